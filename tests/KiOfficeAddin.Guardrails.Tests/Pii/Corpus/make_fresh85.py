#!/usr/bin/env python3
"""Blind test batch 85 (seed 8585): invented correspondence of the Bürgeramt / Meldebehörde of the invented
Stadt Rheinbergen (NRW). Deterministic: only Identifiers(8585) and its random.Random are used, no time, no network.
Writes fresh85.jsonl next to this file. Every identifier with a check digit is validated below (assert)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # marks.py and identifiers.py sit beside this file
from marks import build  # noqa: E402
from identifiers import (Identifiers, mod97_iban, mod11_10_check, luhn_check, icao_check,  # noqa: E402
                         digit_sum, group, ICAO_ALPHABET)

SEED = 8585
ids = Identifiers(SEED)
rng = ids.rng
HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- validators (independent re-checks)
def iban_ok(v):
    s = v.replace(" ", "").upper()
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def taxid_ok(v):
    s = v.replace(" ", "").replace("/", "")
    if len(s) != 11 or not s.isdigit() or s[0] == "0":
        return False
    counts = [s[:10].count(d) for d in "0123456789"]
    if max(counts) > 3 or sum(1 for c in counts if c >= 2) != 1:
        return False
    return mod11_10_check(s[:10]) == int(s[10])


def vat_de_ok(v):
    s = v.replace(" ", "")
    return s.startswith("DE") and len(s) == 11 and mod11_10_check(s[2:10]) == int(s[10])


def icao_doc_ok(v):
    return len(v) == 10 and all(c in ICAO_ALPHABET for c in v) and icao_check(v[:9]) == int(v[9])


def rv_ok(v):
    s = v.replace(" ", "")
    code = ord(s[8]) - ord("A") + 1
    vals = [int(c) for c in s[:8]] + [code // 10, code % 10] + [int(c) for c in s[9:11]]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum(digit_sum(a * b) for a, b in zip(vals, w)) % 10 == int(s[11])


def kv_ok(v):
    code = ord(v[0]) - ord("A") + 1
    vals = [code // 10, code % 10] + [int(c) for c in v[1:9]]
    return sum(digit_sum(x * (1 if i % 2 == 0 else 2)) for i, x in enumerate(vals)) % 10 == int(v[9])


def luhn_ok(v):
    s = "".join(c for c in v if c.isdigit())
    return luhn_check(s[:-1]) == int(s[-1])


# ---------------------------------------------------------------- German identifiers with chosen parts
def rv_number(ddmmyy, birth_surname_initial, female):
    """Rentenversicherungsnummer: area, birth date, initial of birth name, serial (00-49 m, 50-99 f), check."""
    area = rng.choice(["12", "13", "15", "18", "24", "28", "38", "42", "65"])
    serial = rng.randint(50, 99) if female else rng.randint(0, 49)
    head = f"{area}{ddmmyy}{birth_surname_initial}{serial:02d}"
    code = ord(birth_surname_initial) - ord("A") + 1
    vals = [int(c) for c in head[:8]] + [code // 10, code % 10] + [int(c) for c in head[9:11]]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    v = head + str(sum(digit_sum(a * b) for a, b in zip(vals, w)) % 10)
    assert rv_ok(v)
    return v


def iban_de(blz):
    v = mod97_iban("DE", blz + ids.digits(10))
    assert iban_ok(v)
    return v


def eat_number():
    """Elektronischer Aufenthaltstitel: 9 characters of the ICAO alphabet, here with the ICAO 7-3-1 check digit."""
    serial = "Y" + "".join(rng.choice(ICAO_ALPHABET) for _ in range(7)) + rng.choice("0123456789")
    v = serial + str(icao_check(serial))
    assert icao_doc_ok(v)
    return v


# ---------------------------------------------------------------- foreign identifiers
CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
                   1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))


def cf_even(c):
    return int(c) if c.isdigit() else ord(c) - ord("A")


def it_check_char(s):
    """Italian check character (codice fiscale and the CIN of an Italian BBAN): odd positions (1-based) via the
    odd table, even positions A=0..Z=25 / 0..9, sum mod 26 -> letter."""
    total = sum(CF_ODD[c] if i % 2 == 0 else cf_even(c) for i, c in enumerate(s))
    return chr(ord("A") + total % 26)


def codice_fiscale(stem15):
    v = stem15 + it_check_char(stem15)
    assert len(v) == 16 and it_check_char(v[:15]) == v[15]
    return v


def iban_it():
    abi, cab, conto = "0" + ids.digits(4), ids.digits(5), ids.digits(12)
    cin = it_check_char(abi + cab + conto)
    v = mod97_iban("IT", cin + abi + cab + conto)
    assert iban_ok(v) and len(v) == 27 and it_check_char(v[5:]) == v[4]
    return v


def iban_pl():
    bank = rng.choice(["102", "105", "114", "109", "124"]) + ids.digits(4)
    w = [3, 9, 7, 1, 3, 9, 7]
    sort = bank + str((10 - sum(int(a) * b for a, b in zip(bank, w)) % 10) % 10)
    v = mod97_iban("PL", sort + ids.digits(16))
    assert iban_ok(v) and len(v) == 28
    return v


def iban_tr():
    v = mod97_iban("TR", rng.choice(["00062", "00010", "00046", "00012"]) + "0" + ids.digits(16))
    assert iban_ok(v) and len(v) == 26
    return v


def tc_kimlik():
    """Turkish T.C. Kimlik No: 11 digits, d10 = (7*(d1+d3+d5+d7+d9) - (d2+d4+d6+d8)) mod 10, d11 = sum(d1..d10) mod 10."""
    d = [int(c) for c in ids.digits(9, first_nonzero=True)]
    d.append((7 * sum(d[0:9:2]) - sum(d[1:8:2])) % 10)
    d.append(sum(d) % 10)
    v = "".join(map(str, d))
    assert v[0] != "0" and int(v[9]) == (7 * sum(d[0:9:2]) - sum(d[1:8:2])) % 10 and int(v[10]) == sum(d[:10]) % 10
    return v


def pesel(yyyy, mm, dd, female):
    """Polish PESEL: YYMMDD (month +20 for 2000-2099), serial, sex digit (even = female), weights 1-3-7-9."""
    month = mm + (20 if yyyy >= 2000 else 0)
    sex = rng.choice("02468" if female else "13579")
    body = f"{yyyy % 100:02d}{month:02d}{dd:02d}{ids.digits(3)}{sex}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    v = body + str((10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10)
    assert sum(int(a) * b for a, b in zip(v, w + [1])) % 10 == 0
    return v


def pl_id_card():
    """Polish dowód osobisty: AAA + 6 digits; weights 7,3,1,9,7,3,1,7,3 (letters A=10..), sum mod 10 = 0; the 4th
    character is the check digit."""
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    rest = ids.digits(5)
    w = [7, 3, 1, 9, 7, 3, 1, 7, 3]
    val = lambda c: int(c) if c.isdigit() else ord(c) - ord("A") + 10  # noqa: E731
    s = sum(val(c) * x for c, x in zip(letters + "0" + rest, w))
    v = letters + str(s % 10) + rest
    assert sum(val(c) * x for c, x in zip(v, w)) % 10 == 0
    return v


def dni_es():
    n = ids.digits(8, first_nonzero=True)
    v = n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23]
    assert v[-1] == "TRWAGMYFPDXBNJZSQVHLCKE"[int(v[:8]) % 23]
    return v


def ir_national_code():
    """Iranian national code (code-e melli): 10 digits, r = sum(d_i*(10-i), i=0..8) mod 11, check = r if r<2 else 11-r."""
    while True:
        body = ids.digits(9, first_nonzero=True)
        r = sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
        v = body + str(r if r < 2 else 11 - r)
        if len(set(v)) > 1:
            return v


def card(prefix, length):
    v = ids.credit_card(prefix, length)
    assert luhn_ok(v)
    return v


# ---------------------------------------------------------------- the identifiers, drawn in a fixed order
PASS_NG = "A" + ids.digits(8, first_nonzero=True)          # Nigerian passport (no public check digit)
AMEX_1 = card("37", 15)
AZ_003 = f"ANM-26-{ids.digits(6)}"
TID_003 = ids.tax_id()
AZ_002 = f"MA-2026-{ids.digits(6)}"
TNR_002 = ids.tax_number_nrw()
AZ_004A, AZ_004B, AZ_004C = f"FM-{ids.digits(5)}/25", f"32-MRA-2026/{ids.digits(4)}", f"5.2026.{ids.digits(6)}"
AZ_005 = f"32.1-AS-{ids.digits(4)}/26"
IDC_007 = ids.id_card(check_digit=True)
VISA_007 = card("4", 16)
AZ_007 = f"5.2026.{ids.digits(6)}"
AZ_008A, AZ_008B = "RB-" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)) + "-" + ids.digits(3), \
    "RB-" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)) + "-" + ids.digits(3)
CF_010 = codice_fiscale("LMBFNC03B61A944")    # Lombardi Francesca, f, 21.02.2003, Bologna (A944)
IDC_010 = "CA" + ids.digits(5) + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
IBAN_010 = iban_it()
IDC_012 = ids.id_card(check_digit=False)
KIMLIK_012 = tc_kimlik()
PASS_012 = ids.passport(check_digit=False)
IBAN_012 = iban_tr()
AZ_012 = f"2026/{ids.digits(5)}"
AZ_013 = f"32.1-OWi-2026/{ids.digits(4)}"
PASS_IR = rng.choice("ABDEFGHKMNPU") + ids.digits(8, first_nonzero=True)
IRNC_014 = ir_national_code()
AZ_015 = f"32.1-OWi-2026/{ids.digits(4)}"
PLID_015 = pl_id_card()
PESEL_015 = pesel(1987, 9, 15, female=False)
AZ_016 = f"0307-{ids.digits(5)}"
IBAN_016 = iban_de("35450000")
AZ_017 = f"ZUW-26-{ids.digits(5)}"
EAT_017A, EAT_017B = eat_number(), eat_number()
AZ_018 = f"32.1-AvA-2026/{ids.digits(4)}"
AZ_019 = f"GA-2026-{ids.digits(5)}"
TNR_019 = ids.tax_number_nrw()
VAT_019 = ids.vat_id()
TID_019 = ids.tax_id()
RV_020 = rv_number("300359", "D", female=False)
KV_020 = ids.health_insurance()
CF_020 = codice_fiscale("DSNVCN59C30G942")    # De Santis Vincenzo, m, 30.03.1959, Potenza (G942)
TID_020 = ids.tax_id()
PESEL_022 = pesel(2002, 3, 5, female=True)
DNI_022 = dni_es()
IBAN_022 = iban_pl()
AZ_024 = [f"{w}-{ids.digits(5)}" for w in ("0211", "0211", "0304", "0307", "0412", "0412")]
AZ_025 = f"32.1-OWi-2026/{ids.digits(4)}"
TNR_025 = ids.tax_number_federal_nrw()
IDC_027 = ids.id_card(check_digit=True)
IDC_028 = ids.id_card(check_digit=False)
IBAN_028 = iban_de("3545" + ids.digits(4))
PASS_029A = ids.passport(check_digit=True)
IDC_029 = ids.id_card(check_digit=False)
PASS_029B = ids.passport(check_digit=False)
KV_030 = ids.health_insurance()
MC_030 = card("52", 16)
RV_030 = rv_number("110890", "K", female=True)
NIN_001 = ids.digits(11, first_nonzero=True)                # Nigerian NIN (no public check digit)
KV_009 = ids.health_insurance()
RV_021 = rv_number("121296", "W", female=True)
IBAN_001 = iban_de("3505" + ids.digits(4))
TID_028 = ids.tax_id()

for v in (TID_003, TID_019, TID_020, TID_028):
    assert taxid_ok(v), v
assert vat_de_ok(VAT_019)
for v in (IDC_007, IDC_027, PASS_029A):
    assert icao_doc_ok(v), v
for v in (KV_020, KV_030, KV_009):
    assert kv_ok(v), v
for v in (IBAN_001, IBAN_010, IBAN_012, IBAN_016, IBAN_022, IBAN_028):
    assert iban_ok(v), v
assert len(TNR_025) == 13 and TNR_025.startswith("5")


def sp(v, n, sep=" "):
    return group(v, n, sep)


def tid_spaced(v):
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"


DOCS = []


def doc(channel, template, marked, flags=()):
    n = len(DOCS) + 1
    DOCS.append(build(f"F85-{n:03d}", channel, template, marked.strip("\n"), sorted(flags)))


SWITCH = "[[N|02843 9170-0]]"

# ---------------------------------------------------------------- 001 English mail, Nigerian master student
doc("outlook", "anmeldung_termin_en", f"""
Betreff: Appointment for Anmeldung – new student at Hochschule Rheinbergen

Dear Sir or Madam,

my name is [[P|Oluwaseun Adeyemi-Bakare]] and I arrived in Rheinbergen on 2 March 2026 to start my master's programme in Water Engineering. I moved into the student residence at [[A|Campusallee 14]] (room 3.12), [[A|47523 Rheinbergen]] and I understand that I have to register my address within two weeks.

Unfortunately the online booking system only shows free slots from 14 April onwards. Is there any way to get an earlier appointment? The Ausländerbehörde needs the Meldebescheinigung before they can give me a date for my residence permit.

For your records:
Full name (as in passport): [[P|ADEYEMI-BAKARE, Oluwaseun Temitope]]
Date of birth: [[DOB|17/11/1999]]
Passport no.: [[PASS|{PASS_NG}]]
NIN: [[IDC|{NIN_001}]]
Nationality: Nigerian

The Wohnungsgeberbestätigung was signed by the residence administration (Studierendenwerk Niederrhein), I can bring the original. I also tried to pay the 10 EUR fee online in advance with my card [[CC|{AMEX_1[:4]} {AMEX_1[4:10]} {AMEX_1[10:]}]], but the payment page said "transaction declined" – was anything charged?

My German bank account (for the semester contribution refund, if needed): [[IBAN|{sp(IBAN_001, 4)}]]

You can reach me on WhatsApp at [[T|+234 803 417 2296]] or on my German number [[T|0157 3920 4418]], or by e-mail to [[E|o.adeyemibakare@stud.hs-rheinbergen.de]].

Kind regards,
[[P|Seun]] ([[P|Oluwaseun Adeyemi-Bakare]])
""")

# ---------------------------------------------------------------- 002 Wohnungsgeberbestätigung, form pasted as text
doc("word", "wohnungsgeberbestaetigung", f"""
[abgetippt aus Scan, Eingang 02.03.2026 – Vorgang [[AZ|{AZ_002}]]]

Bestätigung des Wohnungsgebers nach § 19 des Bundesmeldegesetzes (BMG)

1. Angaben zum Wohnungsgeber
Name / Firma: Hausverwaltung [[P|Brzezińska]] e.K., Inhaberin [[P|Danuta Brzezińska]]
Anschrift: [[A|Kapuzinerwall 5]], [[A|47521 Rheinbergen]]
Telefon: [[T|02843 883 1270]]
Steuernummer (für Rückfragen der Meldebehörde nicht erforderlich): [[TNR|{TNR_002}]]
Der Wohnungsgeber ist zugleich Eigentümer der Wohnung: [ ] ja  [x] nein
Name und Anschrift des Eigentümers: [[P|Herbert Kösters]], [[A|Lerchenfeld 31]], [[A|47525 Rheinbergen]]

2. Angaben zur Wohnung
Art des meldepflichtigen Vorgangs: [x] Einzug  [ ] Auszug
Datum des Einzugs: 01.03.2026
Anschrift der Wohnung:
[[A|Weseler Landstraße 212]], 2. OG links
[[A|47523 Rheinbergen]]

3. Namen der meldepflichtigen Personen
1. [[P|Wróblewski, Tomasz]]
2. [[P|Wróblewska, Agnieszka Maria]]
3. [[P|Wróblewski, Kacper]] (Sohn)

Ich bestätige mit meiner Unterschrift, dass die oben genannten Personen in die angegebene Wohnung eingezogen sind. Mir ist bekannt, dass es verboten ist, eine Wohnanschrift für eine Anmeldung anzubieten, wenn ein tatsächlicher Bezug der Wohnung weder stattfindet noch beabsichtigt ist (§ 19 Abs. 6 BMG).

Rheinbergen, 27.02.2026
gez. [[P|D. Brzezińska]]

Vermerk Sachbearbeitung: Frau [[P|Wróblewska]] hat telefonisch ([[T|0176 2045 3381]]) mitgeteilt, dass die Familie vorher in [[A|Ostring 88]], [[A|47809 Krefeld]] gemeldet war.
""")

# ---------------------------------------------------------------- 003 forwarded thread, landlord refuses confirmation
doc("outlook", "wohnungsgeber_weiterleitung", f"""
Betreff: WG: Vermieter verweigert Wohnungsgeberbestätigung

Hallo [[P|Sabine]],

kannst du dir das bitte anschauen? Ich würde dem Vermieter einen Hinweis auf das Bußgeld nach § 54 BMG schicken. Die Mieterin war heute früh am Schalter, Vorgangsnummer [[AZ|{AZ_003}]].

Danke und Gruß
[[P|Mehmet]]

Von: [[P|Aylin Karataş]] <[[E|aylin.karatas91@gmx.de]]>
Gesendet: Montag, 9. März 2026 08:47
An: Bürgeramt Rheinbergen <[[N|buergeramt@rheinbergen.de]]>
Betreff: Vermieter verweigert Wohnungsgeberbestätigung

Sehr geehrte Damen und Herren,

ich bin zum 15. Februar in die Erdgeschosswohnung [[A|Mühlenbruch 17a]] in [[A|47527 Rheinbergen]] eingezogen. Mein Vermieter, Herr [[P|Ralf Tenhagen]], weigert sich, mir die Wohnungsgeberbestätigung auszustellen. Er sagt, ich soll mich „nicht offiziell anmelden“, weil er die Wohnung eigentlich nur an Monteure vermietet. Ich habe ihn mehrfach unter [[T|0171 2290 448]] angerufen, zuletzt gestern Abend.

Meine alte Adresse war [[A|Hafenstraße 6]], [[A|47119 Duisburg]]. Geboren bin ich am [[DOB|04.09.1991]], falls Sie mich im System suchen müssen.

Ich brauche die Meldebescheinigung dringend für meinen neuen Arbeitgeber, der hat auch schon nach meiner Steuer-ID gefragt ([[TID|{TID_003}]]) – die stimmt aber noch mit der alten Adresse überein, oder?

Mit freundlichen Grüßen
[[P|Aylin Karataş]]
Tel. [[T|0152 / 0381 7745]]

-------- Weitergeleitete Nachricht --------
Am 6. März 2026 um 19:02 schrieb [[P|Ralf Tenhagen]] <[[E|r.tenhagen@t-online.de]]>:
> Frau [[P|Karataş]], ich unterschreibe da nichts. Sie wohnen da zur Zwischenmiete, das reicht so.
> MfG [[P|R. Tenhagen]]
""")

# ---------------------------------------------------------------- 004 Melderegisterauskunft to a debt collector
doc("word", "melderegisterauskunft", f"""
Stadt Rheinbergen · Die Oberbürgermeisterin · Bürgeramt – Meldebehörde
Rathausplatz 1 · 47521 Rheinbergen

NRW Forderungsmanagement GmbH
z. Hd. Frau [[P|Pauline Reckers]]
[[N|Industriestraße 40]]
[[N|40822 Mettmann]]

Ihr Zeichen: [[AZ|{AZ_004A}]]
Unser Zeichen: [[AZ|{AZ_004B}]]
Datum: 12.03.2026

Einfache Melderegisterauskunft nach § 44 BMG
Ihre Anfrage vom 02.03.2026 zu: [[P|Dariusz Kamiński]], geb. [[DOB|22.06.1984]]

Sehr geehrte Frau [[P|Reckers]],

die gesuchte Person konnte anhand der von Ihnen übermittelten Daten (Familienname, Vorname, Geburtsdatum, letzte bekannte Anschrift) im Melderegister eindeutig festgestellt werden. Herr [[P|Kamiński]] ist zum 30.11.2025 innerhalb Rheinbergens von [[A|Am Deichtor 7]], [[A|47521 Rheinbergen]] nach

[[A|Zollhafenstraße 103]]
[[A|47525 Rheinbergen]]

umgezogen. Eine Auskunftssperre ist nicht eingetragen. Die Auskunft darf nur für den angegebenen Zweck (Forderungseinzug) verwendet werden.

Die Gebühr von 12,00 EUR bitte ich unter Angabe des Kassenzeichens [[AZ|{AZ_004C}]] an die Stadtkasse Rheinbergen zu überweisen. Bankverbindung siehe Fußzeile.

Mit freundlichen Grüßen
Im Auftrag

[[P|Jana Terhorst]]

Telefon {SWITCH} · [[N|meldebehoerde@rheinbergen.de]] · Sparkasse am Niederrhein, IBAN der Stadtkasse auf www.rheinbergen.de/zahlungen
""")

# ---------------------------------------------------------------- 005 Bescheid Auskunftssperre (domestic violence)
doc("word", "auskunftssperre", f"""
Stadt Rheinbergen · Bürgeramt – Meldebehörde · Rathausplatz 1 · 47521 Rheinbergen

Persönlich / vertraulich
Frau
[[P|Rania Al-Khatib]]
[[A|Schiffergasse 14]]
[[A|47521 Rheinbergen]]

Aktenzeichen: [[AZ|{AZ_005}]]
Rheinbergen, 05.03.2026

Eintragung einer Auskunftssperre nach § 51 Abs. 1 BMG

Sehr geehrte Frau [[P|Al-Khatib]],

auf Ihren Antrag vom 16.02.2026 trage ich im Melderegister eine Auskunftssperre für Sie und Ihre Kinder [[P|Lina]] (geb. [[DOB|08.05.2015]]) und [[P|Omar Al-Khatib]] (geb. [[DOB|19.01.2019]]) ein.

Sie haben glaubhaft gemacht, dass Ihnen durch Ihren früheren Ehemann, Herrn [[P|Samir Qasem]], zuletzt wohnhaft [[A|Graf-Adolf-Ring 48]], [[A|47057 Duisburg]], eine Gefahr für Leben, Gesundheit und persönliche Freiheit droht. Berücksichtigt habe ich insbesondere die Gewaltschutzanordnung des Amtsgerichts Duisburg (Az. [[AZ|52 F 211/25]]) sowie das Attest der Traumaambulanz vom 02.02.2026 über die bei Ihnen diagnostizierte posttraumatische Belastungsstörung.

Die Auskunftssperre ist bis zum 31.03.2028 befristet und kann auf Antrag verlängert werden. Bitte beachten Sie:
– Melderegisterauskünfte über Sie werden nicht erteilt; anfragende Stellen erhalten eine neutrale Antwort.
– Ihre Anschrift wird auch im Wählerverzeichnis nicht zur Einsicht bereitgestellt.
– Teilen Sie Ihre neue Anschrift bitte nur Personen mit, denen Sie vertrauen.

Ihre bisherige Anschrift [[A|Buchenweg 9]], [[A|46535 Dinslaken]] wird im Register als frühere Anschrift geführt und ebenfalls gesperrt.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Düsseldorf erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Katrin Lohmann-Beeck]]
Telefon {SWITCH}
""", ["HEALTH"])

# ---------------------------------------------------------------- 006 informal lowercase mail, Briefwahl to hospital
doc("outlook", "briefwahl_klinik", """
Betreff: briefwahl für meinen opa

hallo,

mein opa [[P|hüseyin öztürk]] (geb. [[DOB|12.4.1941]]) liegt seit letzter woche nach einem schlaganfall im krankenhaus und kann am 15.3. nicht ins wahllokal zur OB-wahl. er will aber unbedingt wählen, hat er noch nie verpasst. kann man die briefwahlunterlagen direkt in die klinik schicken? adresse:

St.-Josef-Hospital, Station 4B (Neurologie), Zimmer 12
[[A|Klosterstraße 20]]
[[A|47521 Rheinbergen]]

seine wohnadresse ist [[A|ossenhorster weg 2]], [[A|47527 rheinbergen]], wahlbezirk 0214 steht auf der wahlbenachrichtigung.
eine vollmacht hat er unterschrieben (so gut es mit links ging), ich kann sie als foto schicken oder vorbeibringen.

ich bin sein enkel, [[P|emre öztürk]], handy [[T|0176 / 51 88 20 93]], mail [[E|emre.oeztuerk@outlook.de]]

danke!!
[[P|emre]]
""", ["HEALTH"])

# ---------------------------------------------------------------- 007 erweitertes Führungszeugnis, tab form
doc("word", "fuehrungszeugnis", f"""
Antrag auf Erteilung eines erweiterten Führungszeugnisses (§ 30a BZRG) – Erfassungsbogen Bürgeramt

Antragsteller/in
Familienname:\t[[P|Ahmadi-Nejad]]
Geburtsname:\t[[P|Ahmadi]]
Vorname(n):\t[[P|Shirin]]
Name in Originalschrift:\t[[P|شیرین احمدی نژاد]]
Geburtsdatum:\t[[DOB|03.10.1988]]
Geburtsort:\tTeheran (Iran)
Staatsangehörigkeit(en):\tdeutsch, iranisch
Anschrift:\t[[A|Hinter den Gärten 4]], [[A|47525 Rheinbergen]]
Ausweisdokument:\tPersonalausweis, Seriennummer mit Prüfziffer [[IDC|{IDC_007}]]

Verwendungszweck:\tTätigkeit als Erzieherin in einer Kindertageseinrichtung (Aufforderung des Trägers vom 20.02.2026 liegt vor)
Belegart:\tN (zur Vorlage bei einer Privatperson / Stelle)
Gebühr:\t13,00 EUR, bezahlt per Kreditkarte [[CC|{sp(VISA_007, 4, "-")}]] am Kassenterminal 2
Kassenzeichen:\t[[AZ|{AZ_007}]]

Hinweis Antragstellerin: Das Führungszeugnis soll an die private Anschrift gesandt werden, nicht an den Träger.
Bearbeitet: [[P|Derya Aslan]], 10.03.2026, Schalter 5
""")

# ---------------------------------------------------------------- 008 chat-like thread about an appointment
doc("outlook", "termin_chat", f"""
Betreff: AW: AW: AW: termin verschieben?

ok passt, danke!!
gruß [[P|kuba]]

Am 10.03.2026 um 14:31 schrieb Bürgeramt Rheinbergen <[[N|termine@rheinbergen.de]]>:
> Hallo Herr [[P|Nowicki]], neuer Termin: Do 12.03., 11:20 Uhr, Schalter 7. Buchungsnummer [[AZ|{AZ_008B}]]. Bitte Reisepass + Wohnungsgeberbestätigung mitbringen. VG [[P|J. Terhorst]]
>
> Am 10.03.2026 um 13:58 schrieb [[P|Jakub Nowicki]] <[[E|kuba.nowicki@wp.pl]]>:
>> geht auch donnerstag vormittag? mittwoch hab ich frühschicht. tel [[T|+48 601 772 345]] oder [[T|0160 9987 1123]]
>>
>> Am 10.03.2026 um 09:05 schrieb Bürgeramt Rheinbergen <[[N|termine@rheinbergen.de]]>:
>>> Guten Tag, Ihr Termin zur Anmeldung am Mi 11.03., 08:40 Uhr ist bestätigt. Buchungsnummer [[AZ|{AZ_008A}]]. Bitte bringen Sie alle einziehenden Personen oder eine Vollmacht mit.
>>>
>>>> Von: [[P|Jakub Nowicki]]
>>>> Gesendet: Sonntag, 8. März 2026 22:17
>>>> hallo, ich brauche termin für anmeldung, neue adresse [[A|Alte Fährstraße 66]] bei [[P|Grabowski]], wohne da seit 1.3. vorher [[A|ul. Długa 3]], [[A|62-800 Kalisz]]
""")

# ---------------------------------------------------------------- 009 minutes of a team meeting
doc("word", "protokoll_dienstbesprechung", f"""
Protokoll der Dienstbesprechung Bürgeramt / Meldebehörde
Datum: 05.03.2026, 09:00–10:30 Uhr, Raum 2.14
Teilnehmende: [[P|Dirk Hülsmann]] (Leitung), [[P|Jana Terhorst]], [[P|Mehmet Aydoğan]], [[P|Sabine Overkamp]], [[P|Derya Aslan]], [[P|Katrin Lohmann-Beeck]] (Protokoll)
Entschuldigt: [[P|Tobias Kurz]]

TOP 1 Wartezeiten und Terminvergabe
Herr [[P|Hülsmann]] berichtet: Im Februar wurden 4.812 Termine vergeben, die No-Show-Quote lag bei 11 %. Ab 01.04.2026 werden 20 % der Termine als Kurzfristtermine (Freigabe am Vortag, 16 Uhr) vorgehalten. Die Hotline {SWITCH} wird vormittags durch eine zweite Person besetzt.

TOP 2 Einzelfälle
– Beschwerde von Herrn [[P|Wilhelm Sonntag]] ([[A|Klosterhof 8]]) wegen Ablehnung der Meldebescheinigung ohne Wohnungsgeberbestätigung: Frau [[P|Overkamp]] ruft ihn unter [[T|02843 4471 90]] zurück. Frau [[P|Sonntag]] hat am Sonntag zusätzlich schriftlich nachgefragt; beide Schreiben werden zusammen beantwortet.
– Verdacht auf Scheinanmeldungen in der [[A|Weidenkamp 22b]]: siehe Vermerk Frau [[P|Aslan]] vom 04.03.; Weitergabe an das Ordnungsamt.
– Erasmus-Welcome-Day der Hochschule am 20.04.: Herr [[P|Aydoğan]] und Frau [[P|Terhorst]] bieten vor Ort Anmeldungen an (mobiles Bürgerbüro, zwei Koffer).
– Für Frau [[P|Marianne Schlüter]], wohnhaft im Seniorenzentrum an der Weseler Landstraße, wurde ein Hausbesuch zur Ausweisbeantragung vereinbart; Versichertennummer liegt der Heimleitung vor ([[KV|{KV_009}]]), wird für uns nicht benötigt und ist zu schwärzen.

TOP 3 OB-Wahl / Briefwahl
Bisher 9.430 Wahlscheine ausgestellt. Rückläufer wegen unzustellbarer Anschrift: 37. Herr [[P|Kurz]] klärt kurz nach seiner Rückkehr die Zustellfehler mit der Post. Wahlhelferschulung am 11.03. (Ratssaal).

TOP 4 Verschiedenes
Das neue Formular „Widerspruch gegen Datenübermittlung“ ist ab sofort im Intranet. Nächste Besprechung: 19.03.2026.

gez. [[P|Lohmann-Beeck]]
""")

# ---------------------------------------------------------------- 010 Italian Erasmus student, mixed languages
doc("outlook", "erasmus_it", f"""
Betreff: Anmeldung / registrazione – Erasmus, falsche Ausweisnummer

Guten Tag / Buongiorno,

sorry for my German: ich bin Erasmus-Studentin aus Bologna und war am Dienstag bei Ihnen für die Anmeldung. Die Kollegin hat gesagt, mein Ausweis ist ok, aber die Nummer im System stimmt nicht (sie hat „C4“ statt „CA“ geschrieben). Hier nochmal alle Daten:

Nome e cognome: [[P|Francesca Lombardi]]
Data di nascita: [[DOB|21/02/2003]]
Codice fiscale: [[TID|{CF_010}]]
Carta d'identità n.: [[IDC|{IDC_010}]]
Indirizzo in Italia: [[A|Via del Pratello 41]], [[A|40122 Bologna]]
Adresse hier: [[A|Auf der Rheinaue 11]] (WG bei Frau [[P|Schulte-Brinkmann]]), [[A|47521 Rheinbergen]]

Also I paid the fee for the Meldebescheinigung twice (online and at the counter). Could you please refund it to my Italian account?
IBAN: [[IBAN|{IBAN_010}]]
intestato a: [[P|LOMBARDI FRANCESCA]]

Grazie mille e buona giornata!
[[P|Francesca]]
[[T|+39 347 218 6650]]
""")

# ---------------------------------------------------------------- 011 extended Meldebescheinigung, family table
doc("word", "meldebescheinigung_familie", """
Stadt Rheinbergen – Bürgeramt
Erweiterte Meldebescheinigung nach § 18 Abs. 2 BMG

Für die nachstehend aufgeführten Personen sind im Melderegister folgende Daten gespeichert:

Familienname\tVorname\tGeburtsdatum\tGeburtsort\tRel.\tFamilienstand
[[P|Russo]]\t[[P|Salvatore]]\t[[DOB|14.08.1972]]\tNapoli\trk\tverheiratet
[[P|Russo]], geb. [[P|Esposito]]\t[[P|Carmela]]\t[[DOB|02.12.1975]]\tCaserta\trk\tverheiratet
[[P|Russo]]\t[[P|Giulia]]\t[[DOB|30.06.2008]]\tRheinbergen\trk\tledig
[[P|Russo]]\t[[P|Matteo]]\t[[DOB|11.01.2012]]\tRheinbergen\t–\tledig

Anschrift (Hauptwohnung): [[A|Van-Heyden-Straße 9]], [[A|47523 Rheinbergen]], seit 01.08.2003
Frühere Anschrift: [[A|Via Toledo 156]], [[A|80134 Napoli]] (Italien)
Staatsangehörigkeit: italienisch (alle Personen)

Diese Bescheinigung wird auf Antrag von Herrn [[P|Salvatore Russo]] zur Vorlage bei der Familienkasse ausgestellt. Gebühr: 10,00 EUR (bar bezahlt).

Rheinbergen, 09.03.2026
Im Auftrag
[[P|Tobias Kurz]]
""", ["RELIGION"])

# ---------------------------------------------------------------- 012 ID card lost abroad (Turkey)
doc("outlook", "ausweis_verlust_tr", f"""
Betreff: Personalausweis im Urlaub verloren – was muss ich tun?

Sehr geehrte Damen und Herren,

ich bin zurzeit bei meiner Familie in der Türkei und habe gestern in İzmir meine Handtasche mit meinem deutschen Personalausweis verloren. Die Polizei hier hat eine Verlustanzeige aufgenommen (Tutanak Nr. [[AZ|{AZ_012}]]).

Meine Daten:
Name: [[P|Emine Yıldırım]], geb. [[P|Karakuş]]
geboren am [[DOB|7. Juli 1979]] in Gaziantep
Nummer des verlorenen Ausweises: [[IDC|{IDC_012}]]
T.C. Kimlik No.: [[IDC|{KIMLIK_012}]]
Wohnanschrift in Deutschland: [[A|Fischerstiege 12]], [[A|47525 Rheinbergen]]
Anschrift hier: [[A|Şehitler Cad. No: 45 D: 3]], [[A|35210 Konak/İzmir]]

Ich fliege am 21. März zurück und habe noch meinen Reisepass ([[PASS|{PASS_012}]]). Reicht der für die Einreise? Muss ich den Ausweis bei Ihnen sperren lassen, oder reicht die Anzeige hier?

Falls Gebühren für den neuen Ausweis vorab bezahlt werden müssen: Ich komme im Moment nur an mein türkisches Konto, [[IBAN|{sp(IBAN_012, 4)}]] (Kontoinhaberin [[P|Emine Yıldırım]]).

Erreichbar bin ich unter [[T|+90 532 418 77 06]] (WhatsApp) oder per Mail an [[E|emine.yildirim@hotmail.de]].

Vielen Dank
[[P|Emine Yıldırım]]
""")

# ---------------------------------------------------------------- 013 note to file, suspected sham registrations
doc("word", "vermerk_scheinanmeldung", f"""
Aktenvermerk

Betreff: Verdacht auf Scheinanmeldungen – [[A|Weidenkamp 22b]], [[A|47527 Rheinbergen]]
Az.: [[AZ|{AZ_013}]]

Bei einer Auswertung des Melderegisters am 03.03.2026 fiel auf, dass unter der o. g. Anschrift (Wohnfläche lt. Bauakte ca. 58 m², zwei Zimmer) derzeit elf Personen mit Hauptwohnung gemeldet sind. Alle Wohnungsgeberbestätigungen seit Oktober 2025 wurden von Herrn [[P|Hakan Doğru]] ([[P|Doğru]] Immobilien & Service, [[A|Zollhafenstraße 41]]) unterschrieben. Eigentümerin lt. Grundbuch ist Frau [[P|Gerda Heckmanns]], [[A|Am Lindchen 2]], [[A|47533 Kleve]].

Auszug (Zuzüge seit 01.01.2026):

| Nr. | Name, Vorname | geb. | Einzug | Arbeitgeber lt. Angabe |
|---|---|---|---|---|
| 1 | [[P|Popescu, Ionuț]] | [[DOB|12.03.1990]] | 02.01.2026 | Zeitarbeit Niederrhein GmbH |
| 2 | [[P|Popescu, Maria-Elena]] | [[DOB|27.11.1992]] | 02.01.2026 | – |
| 3 | [[P|Zieliński, Paweł]] | [[DOB|08.08.1985]] | 15.01.2026 | Logistikzentrum Alpsrath |
| 4 | [[P|Zieliński, Robert]] | [[DOB|30.04.1988]] | 15.01.2026 | Logistikzentrum Alpsrath |
| 5 | [[P|Dimitrov, Stojan]] | [[DOB|19.12.1979]] | 01.02.2026 | Bau [[P|Hendricks]] e.K. |
| 6 | [[P|Marinescu, Ana]] | [[DOB|03.06.2001]] | 01.02.2026 | – |

Die Personen 1–6 haben bei der Anmeldung dieselbe Mobilnummer als Kontakt angegeben ([[T|0163 4471 2208]]); unter dieser Nummer meldet sich Herr [[P|Doğru]].

Vorschlag: Ortsbesichtigung gemeinsam mit dem Ordnungsamt; Anhörung von Herrn [[P|Doğru]] nach § 54 Abs. 2 Nr. 2 BMG; ggf. Berichtigung des Melderegisters von Amts wegen (§ 6 BMG).

Rheinbergen, 04.03.2026
[[P|D. Aslan]]
""")

# ---------------------------------------------------------------- 014 English mail, name transliteration (Iran)
doc("outlook", "namensschreibweise_en", f"""
Betreff: Wrong spelling of my name in the Meldebescheinigung

Dear Ms [[P|Overkamp]],

thank you for your help last week. Unfortunately the Meldebescheinigung I received shows my name as "[[P|Mohammad Reza Hosseinifard]]", while my passport says "[[P|MOHAMMADREZA HOSSEINI FARD]]" (given name [[P|MOHAMMADREZA]], surname [[P|HOSSEINI FARD]]). The International Office and my bank both require exactly the spelling in the passport.

Passport number: [[PASS|{PASS_IR}]]
National code (code-e melli): [[IDC|{IRNC_014[:3]}-{IRNC_014[3:9]}-{IRNC_014[9]}]]
Date of birth: [[DOB|1993-05-28]] (in my Iranian documents: [[DOB|7 Khordad 1372]])
Name in Persian: [[P|محمدرضا حسینی فرد]]

My address is still [[A|Graf-Engelbert-Straße 27]], c/o [[P|Lindemann]], [[A|47523 Rheinbergen]].

Could you please issue a corrected certificate? I can come by on Thursday afternoon if you need to see the passport again. My supervisor, [[P|Prof. Anke Dellwig]], has also confirmed my enrolment by e-mail.

Best regards
[[P|Mohammadreza Hosseini Fard]]
PhD candidate, Institute of Hydraulic Engineering
Mobile: [[T|+49 1590 2284 317]] | [[E|m.hosseinifard@hs-rheinbergen.de]]
""")

# ---------------------------------------------------------------- 015 hearing: late registration (Polish worker)
doc("word", "anhoerung_verspaetete_anmeldung", f"""
Stadt Rheinbergen · Bürgeramt · Rathausplatz 1 · 47521 Rheinbergen

Herrn
[[P|Tomasz Kędzierski]]
[[A|Alpsrather Straße 118]]
[[A|47527 Rheinbergen]]

Unser Zeichen: [[AZ|{AZ_015}]]
Datum: 11.03.2026

Anhörung im Bußgeldverfahren wegen verspäteter Anmeldung (§ 17 Abs. 1, § 54 Abs. 2 Nr. 1 BMG)

Sehr geehrter Herr [[P|Kędzierski]],

nach den mir vorliegenden Unterlagen sind Sie am 01.10.2025 in die oben genannte Wohnung eingezogen, haben sich aber erst am 24.02.2026 angemeldet. Die Anmeldung hätte innerhalb von zwei Wochen nach dem Einzug erfolgen müssen.

Bei Ihrer Vorsprache haben Sie sich mit Ihrem polnischen Personalausweis (dowód osobisty) Nr. [[IDC|{PLID_015}]] ausgewiesen. Erfasst wurden außerdem:
Geburtsdatum: [[DOB|15.09.1987]]
PESEL: [[SSN|{PESEL_015}]]
Frühere Anschrift: [[A|ul. Kwiatowa 12/4]], [[A|60-123 Poznań]], Polen

Sie haben Gelegenheit, sich bis zum 01.04.2026 schriftlich oder mündlich zu äußern. Wenn Sie die Anhörung auf Polnisch erläutert haben möchten, wenden Sie sich bitte an Frau [[P|Magdalena Sowa]] (Sprachmittlerpool der Stadt), erreichbar über die Zentrale {SWITCH}.

Mit freundlichen Grüßen
Im Auftrag
[[P|Mehmet Aydoğan]]
""")

# ---------------------------------------------------------------- 016 Briefwahl missing, party member
doc("outlook", "briefwahl_wahlschein", f"""
Von: [[P|Gregor Nienhaus]] <[[E|gregor.nienhaus@posteo.de]]>
An: Wahlamt <[[N|wahlamt@rheinbergen.de]]>
Betreff: Wahlschein nicht angekommen – bitte dringend

Sehr geehrte Damen und Herren,

ich habe am 20. Februar online Briefwahl für die OB-Wahl beantragt, die Unterlagen sind aber bis heute nicht angekommen. Ironischerweise bin ich als SPD-Mitglied sogar Beisitzer im Wahlvorstand eines anderen Bezirks und möchte natürlich trotzdem selbst wählen :-)

Meine Daten laut Wahlbenachrichtigung:
[[P|Gregor Nienhaus]], [[A|Krähenbusch 1-3]], [[A|47525 Rheinbergen]], geb. [[DOB|23.11.1968]]
Wahlschein-Nr. (aus der Bestätigungsmail): [[AZ|{AZ_016}]]

Sollte der Wahlschein verloren gegangen sein, kann ich am Freitag persönlich ins Rathaus kommen und eine Versicherung an Eides statt abgeben. Meine Frau [[P|Ulrike]] hat ihre Unterlagen übrigens schon am 24. Februar bekommen.

Das Erfrischungsgeld für den Wahlvorstand bitte wie immer auf [[IBAN|{IBAN_016}]].

Tel.: [[T|02843 / 7 12 55]]

Mit freundlichen Grüßen
[[P|G. Nienhaus]]
""", ["POLITICS"])

# ---------------------------------------------------------------- 017 registration of a Syrian family
doc("word", "vermerk_zuweisung", f"""
Vermerk zur Anmeldung – Wohnsitzzuweisung nach § 12a AufenthG

Familie [[P|Haddad]] / [[P|Al-Masri]] wurde durch die Bezirksregierung Arnsberg der Stadt Rheinbergen zugewiesen (Bescheid vom 12.02.2026, Az. [[AZ|{AZ_017}]]) und bezieht die Wohnung [[A|Lindenallee 3]], [[A|47521 Rheinbergen]] (Wohnungsgeberin: Rheinbergener Wohnungsbaugesellschaft mbH, Bestätigung liegt vor).

Angemeldete Personen:
1. [[P|Yousef Haddad]], geb. [[DOB|01.01.1980]] in Aleppo – eAT Nr. [[IDC|{EAT_017A}]]
2. [[P|Nour Al-Masri]], geb. [[DOB|15.07.1986]] in Homs – eAT Nr. [[IDC|{EAT_017B}]]
3. [[P|Karim Haddad]], geb. [[DOB|22.09.2014]] in Gaziantep
4. [[P|Salma Haddad]], geb. [[DOB|03.03.2020]] in Rheine

Hinweise:
– Bei Herrn [[P|Haddad]] ist im Nationalpass nur das Geburtsjahr eingetragen; gemäß Verfahrenshinweis wurde der 01.01. übernommen.
– Die Familie gehört nach eigenen Angaben der syrisch-orthodoxen Kirche an. Im Datenfeld Religion wird nichts eingetragen, da keine Mitgliedschaft in einer steuererhebenden Religionsgesellschaft besteht.
– Frau [[P|Al-Masri]] führt ihren Geburtsnamen weiter (kein Ehename).
– Dolmetscherin bei der Vorsprache: Frau [[P|Hiba Saleh]], [[T|0157 8832 0046]].

Bearbeitet: [[P|J. Terhorst]], 04.03.2026
""", ["RELIGION"])

# ---------------------------------------------------------------- 018 forwarded landlord mail, tenant moved abroad
doc("outlook", "vermieter_abmeldung_ausland", f"""
Betreff: Fwd: Mieter ausgezogen ohne Abmeldung

Hallo zusammen,

anbei die Mail von Herrn [[P|Ferraro]], bitte als Abmeldung von Amts wegen prüfen (Vorgang [[AZ|{AZ_018}]]). Neue Anschrift im Ausland lt. Vermieter s. u. – ob die stimmt, wissen wir nicht. Wegen des Autos habe ich das Ordnungsamt in Kopie gesetzt.

[[P|Sabine Overkamp]]
Bürgeramt Rheinbergen | Team Meldewesen
Tel. {SWITCH} | [[N|buergeramt@rheinbergen.de]]

---------- Forwarded message ---------
Von: [[P|Gianluca Ferraro]] <[[E|g.ferraro@ferraro-immobilien.de]]>
Date: Mi., 4. März 2026 um 16:22
Subject: Mieter ausgezogen ohne Abmeldung
To: <[[N|buergeramt@rheinbergen.de]]>

Guten Tag,

mein Mieter, Herr [[P|Chinedu Okafor]], geb. [[DOB|09.02.1995]], hat die Wohnung [[A|Hafenmole 9]], 3. OG, zum 28.02. geräumt und ist nach eigener Aussage nach Nigeria zurückgegangen. Abgemeldet hat er sich nicht. Seine neue Anschrift laut WhatsApp:

[[A|27 Olaniyi Close]]
[[A|Ikeja 100271]], Lagos State, Nigeria

Er hat noch ein Auto hier stehen lassen, Kennzeichen [[KFZ|WES-CO 482]], das steht seit Wochen auf meinem Hof. Wissen Sie, was ich da machen kann?

Seine Handynummer war [[T|+234 809 552 1406]], die E-Mail [[E|chinedu.okafor95@yahoo.com]].

Mit freundlichen Grüßen
[[P|Gianluca Ferraro]]
[[P|Ferraro]] Immobilien, Inh. [[P|Gianluca Ferraro]]
[[A|Kirchstraße 5]], [[A|47533 Kleve]]
[[T|02821 977 304]]
""")

# ---------------------------------------------------------------- 019 Gewerbeanmeldung + Ummeldung, sole trader
doc("word", "gewerbeanmeldung", f"""
Stadt Rheinbergen · Bürgeramt – Gewerbeangelegenheiten · Rathausplatz 1 · 47521 Rheinbergen

Frau
[[P|Ngozi Eze-Okonkwo]]
Afro Beauty [[P|Eze-Okonkwo]]
[[A|Marktstraße 22]]
[[A|47521 Rheinbergen]]

Gewerbe-Nr.: [[AZ|{AZ_019}]]
Rheinbergen, 02.03.2026

Empfangsbestätigung Ihrer Gewerbeanmeldung (§ 15 Abs. 1 GewO)

Sehr geehrte Frau [[P|Eze-Okonkwo]],

Ihre Anmeldung des Gewerbes „Einzelhandel mit Lebensmitteln, Kosmetik und Haarprodukten (Afro Shop)“ zum 01.03.2026 ist eingegangen und wurde wie folgt erfasst:

Betriebsinhaberin: [[P|Ngozi Adaeze Eze-Okonkwo]], geb. [[DOB|18.04.1983]] in Enugu (Nigeria)
Wohnanschrift: [[A|Am Stadtgraben 19]], [[A|47523 Rheinbergen]]
Betriebsstätte: [[A|Marktstraße 22]], [[A|47521 Rheinbergen]]
Steuernummer: [[TNR|{TNR_019}]]
USt-IdNr.: [[VAT|{VAT_019}]]
Steuerliche Identifikationsnummer: [[TID|{tid_spaced(TID_019)}]]
Telefon (Geschäft): [[T|02843 559 0817]]
E-Mail: [[E|info@afrobeauty-eze.de]]

Zugleich haben Sie Ihre Wohnanschrift im Melderegister umgemeldet (bisher [[A|Bismarckstraße 74]], [[A|47799 Krefeld]]). Eine Durchschrift der Gewerbeanmeldung erhalten das Finanzamt, die IHK Niederrhein und die Berufsgenossenschaft.

Mit freundlichen Grüßen
Im Auftrag
[[P|Frank Terlinden]]
""")

# ---------------------------------------------------------------- 020 daughter asks for Meldebescheinigung (pension)
doc("outlook", "meldebescheinigung_rente", f"""
Betreff: Meldebescheinigung für den Rentenantrag meines Vaters (Vollmacht anbei)

Sehr geehrte Frau [[P|Aslan]],

wie heute telefonisch besprochen schicke ich Ihnen die Daten meines Vaters. Er sitzt nach einem Oberschenkelhalsbruch derzeit im Rollstuhl und kann nicht persönlich vorbeikommen.

Vollmachtgeber: [[P|Vincenzo De Santis]], geb. [[DOB|30.03.1959]] in Potenza
Anschrift: [[A|Clara-Schumann-Weg 4]], [[A|47525 Rheinbergen]]
Rentenversicherungsnummer: [[SSN|{RV_020[:2]} {RV_020[2:8]} {RV_020[8]} {RV_020[9:]}]]
Krankenversichertennummer: [[KV|{KV_020}]]
Steuer-ID: [[TID|{TID_020}]]
Codice fiscale (für das INPS in Italien): [[TID|{CF_020}]]

Bevollmächtigte: [[P|Giulia De Santis-Brandt]] (Tochter), [[A|Wallstraße 7]], [[A|46483 Wesel]]
mobil [[T|0172-6630418]], [[E|giulia.desantis-brandt@web.de]]

Die Bescheinigung brauchen sowohl die Deutsche Rentenversicherung als auch das INPS, weil mein Vater von 1974 bis 1979 in Italien gearbeitet hat. Wenn es geht, bitte zwei Exemplare. Die Gebühr kann ich gerne bar bezahlen, wenn ich sie abhole.

Viele Grüße
[[P|Giulia De Santis-Brandt]]
""", ["HEALTH"])

# ---------------------------------------------------------------- 021 Widerspruch gegen Datenübermittlung (form)
doc("word", "widerspruch_uebermittlung", f"""
Antrag auf Eintragung von Übermittlungssperren (Widerspruchsrechte nach dem Bundesmeldegesetz)

Name, Vorname: [[P|Kowalczyk, Ewa]]
Geburtsname: [[P|Wiśniewska]]
Geburtsdatum: [[DOB|12.12.1996]]
Anschrift: [[A|Sankt-Viktor-Platz 3]], [[A|47527 Rheinbergen]]
Telefon für Rückfragen: [[T|+48 512 330 817]] / [[T|02843 661 205]]

Ich widerspreche der Übermittlung meiner Daten
[x] an Parteien, Wählergruppen u. a. im Zusammenhang mit Wahlen und Abstimmungen (§ 50 Abs. 1 BMG)
[x] an Mandatsträger, Presse oder Rundfunk über Alters- und Ehejubiläen (§ 50 Abs. 2 BMG)
[ ] an Adressbuchverlage (§ 50 Abs. 3 BMG)
[x] an das Bundesamt für das Personalmanagement der Bundeswehr (§ 36 Abs. 2 BMG)
[ ] an eine öffentlich-rechtliche Religionsgesellschaft, der ich selbst nicht angehöre (§ 42 Abs. 3 BMG)

Der Widerspruch gilt auch für folgende Familienangehörige mit derselben Anschrift:
[[P|Kowalczyk, Marek]], geb. [[DOB|04.02.1994]]
[[P|Kowalczyk, Zofia]], geb. [[DOB|17.08.2021]]

Rheinbergen, 02.03.2026
Unterschrift: [[P|E. Kowalczyk]]

– nur für den Dienstgebrauch –
Eingetragen am 03.03.2026, Sachbearbeitung [[P|Overkamp]]. Die von der Antragstellerin versehentlich mit eingereichte Kopie des Sozialversicherungsausweises (RV-Nr. [[SSN|{RV_021}]]) wurde vernichtet.
""")

# ---------------------------------------------------------------- 022 English mail, two Erasmus students deregister
doc("outlook", "abmeldung_erasmus_en", f"""
Betreff: Deregistration (Abmeldung) – end of Erasmus semester

Hello,

we are two Erasmus students sharing a flat at [[A|Kaiserkai 2]], flat 14, [[A|47525 Rheinbergen]] and we will leave Germany on 31 July. We would like to deregister before we go, but we are not sure if we can do it for each other. Here are our details:

1) [[P|Zuzanna Pietrzak]] – born [[DOB|5 March 2002]] in Kraków – PESEL [[SSN|{PESEL_022}]]
   new address: [[A|ul. Słoneczna 8 m. 21]], [[A|30-065 Kraków]], Poland
2) [[P|Lucía Moreno Vidal]] – born [[DOB|19 October 2001]] in Valencia – DNI [[IDC|{DNI_022}]]
   new address: [[A|Calle de Colón 27]], 4º B, [[A|46004 Valencia]], Spain

[[P|Lucía]] will already be back in Spain from 20 July. Can [[P|Zuzanna]] bring a copy of [[P|Lucía]]'s DNI and a signed authorisation, or does [[P|Lucía]] have to send the form by post?

One more thing: [[P|Zuzanna]] paid the fee for the residence certificate twice in April. If a refund is possible, please use her Polish account [[IBAN|{sp(IBAN_022, 4)}]].

Thanks a lot!
[[P|Zuzia]] & [[P|Lucía]]
[[E|zuzanna.pietrzak@student.uj.edu.pl]] / [[T|+48 698 114 203]]
""")

# ---------------------------------------------------------------- 023 minutes, round table on integration
doc("word", "protokoll_runder_tisch", """
Ergebnisprotokoll – Runder Tisch „Ankommen in Rheinbergen“
Sitzung vom 26.02.2026, 17:00–18:45 Uhr, Bürgerhaus Nordhafen

Anwesend: [[P|Dirk Hülsmann]] (Bürgeramt), [[P|Leyla Rostami]] (Integrationsbüro), Pfarrer i. R. [[P|Bernhard Upgang]] (Flüchtlingshilfe Ossenhorst), [[P|Amina Bello]] (Nigerian Community Niederrhein e. V.), [[P|Kaan Demirel]] (Türkischer Elternverein)

1. Termine für Neuzugezogene
Herr [[P|Hülsmann]] stellt das Kontingent „Willkommenstermine“ vor (15 pro Woche, Buchung nur über Beratungsstellen). Frau [[P|Bello]] regt an, auch englischsprachige Termine zu kennzeichnen. Zustimmung.

2. Schreibweise von Namen
Frau [[P|Bello]] berichtet, dass bei mehreren Mitgliedern ihres Vereins Namen mit Präfix (z. B. „Oluwa-“, „Chukwu-“) im Register getrennt oder gekürzt wurden. Das Bürgeramt prüft, ob die Namensfelder nach dem Pass übernommen werden. Beispiel aus der Sitzung: Frau [[P|Oluwabunmi Fashola-Daniels]] wird im Register als „[[P|Bunmi Daniels]]“ geführt.

3. Einzelfall Familie [[P|Khalaf]]
Herr [[P|Upgang]] schildert die Situation der Familie [[P|Khalaf]] ([[P|Barakat]] und [[P|Jiyan Khalaf]], drei Kinder), die als Jesiden aus dem Sindschar-Gebiet geflohen sind und in der Gemeinschaftsunterkunft [[A|Im Dornbusch 6]] Anfeindungen durch andere Bewohner erleben. Die Familie hat eine Wohnung in Aussicht ([[A|Tulpenstraße 15]], Vermieter Herr [[P|Norbert Gietmann]]). Das Bürgeramt sagt eine zügige Ummeldung zu, sobald die Wohnungsgeberbestätigung vorliegt. Frau [[P|Rostami]] prüft eine Auskunftssperre.

4. Verschiedenes
Herr [[P|Demirel]] bietet an, Informationsblätter zur Anmeldung ins Türkische zu übersetzen. Nächste Sitzung: 28.05.2026.

Protokoll: [[P|L. Rostami]]
""", ["ETHNICITY", "RELIGION"])

# ---------------------------------------------------------------- 024 internal mail, semicolon export
rows = [
    ("Mazur", "Krzysztof", "14.05.1966", "Hafenmole 9", "47521 Rheinbergen"),
    ("Bianchi", "Lorenzo", "02.09.1999", "Kaiserkai 2 App. 31", "47525 Rheinbergen"),
    ("Adeyeml", "Folake", "23.01.1997", "Am Stadtgraben 7", "47523 Rheinbergen"),
    ("Yılmaz", "Zeynep", "09.10.1958", "Tulpenstraße 2", "47521 Rheinbergen"),
    ("Moradi", "Parisa", "30.07.1982", "Ossenhorster Weg 40", "47527 Rheinbergen"),
    ("Schulte", "Heinz-Werner", "16.03.1949", "Auf dem Kamp 1", "47527 Rheinbergen"),
]
csv = "\n".join(f"{i + 1};[[AZ|{AZ_024[i]}]];[[P|{a}]];[[P|{b}]];[[DOB|{c}]];[[A|{d}]];[[A|{e}]]"
                for i, (a, b, c, d, e) in enumerate(rows))
doc("outlook", "briefwahl_ruecklaeufer_csv", f"""
Betreff: Briefwahl – Rückläufer unzustellbar, bitte Anschriften prüfen

Hi [[P|Tobias]],

anbei die Rückläufer von gestern (Export aus dem Wahlprogramm, Semikolon-getrennt). Kannst du bitte im Melderegister nachsehen, ob es neue Anschriften gibt? Bei Nr. 3 ist wohl nur der Name falsch geschrieben (müsste [[P|Adeyemi]] heißen), bei Nr. 2 fehlt am Briefkasten das Namensschild.

lfd;Wahlschein-Nr;Name;Vorname;Geburtsdatum;Straße;PLZ Ort
{csv}

Die neuen Wahlscheine müssen bis Donnerstag raus, sonst wird es knapp. Frau [[P|Moradi]] hat schon angerufen ([[T|0178 330 5126]]), sie holt ihre Unterlagen selbst ab.

Danke dir!
[[P|Jana]]
""")

# ---------------------------------------------------------------- 025 hearing to a landlord (sham confirmations)
doc("word", "anhoerung_wohnungsgeber", f"""
Stadt Rheinbergen · Bürgeramt · Rathausplatz 1 · 47521 Rheinbergen

Per Postzustellungsurkunde
Herrn
[[P|Hakan Doğru]]
[[P|Doğru]] Immobilien & Service
[[A|Zollhafenstraße 41]]
[[A|47525 Rheinbergen]]

Aktenzeichen: [[AZ|{AZ_025}]]
Datum: 10.03.2026

Anhörung nach § 55 OWiG – Ausstellung von Wohnungsgeberbestätigungen ohne tatsächlichen Wohnungsbezug (§ 19 Abs. 6, § 54 Abs. 1 BMG)

Sehr geehrter Herr [[P|Doğru]],

Ihnen wird vorgeworfen, für die Wohnung [[A|Weidenkamp 22b]], Erdgeschoss rechts, in der Zeit vom 02.01.2026 bis zum 01.02.2026 mindestens sechs Wohnungsgeberbestätigungen ausgestellt zu haben, obwohl ein Bezug der Wohnung durch die genannten Personen weder stattgefunden hat noch beabsichtigt war. Bei einer Ortsbesichtigung am 06.03.2026 traf der Außendienst lediglich Herrn [[P|Paweł Zieliński]] an, der angab, die übrigen Personen „nie gesehen“ zu haben.

Die Ordnungswidrigkeit kann mit einer Geldbuße bis zu 50.000 EUR geahndet werden. Sie können sich zu dem Vorwurf bis zum 31.03.2026 äußern; Sie müssen sich nicht zur Sache einlassen.

Für die Festsetzung benötige ich Angaben zu Ihren wirtschaftlichen Verhältnissen. Nach Auskunft des Gewerberegisters wird Ihr Betrieb beim Finanzamt unter der Steuernummer [[TNR|{TNR_025}]] geführt.

Mit freundlichen Grüßen
Im Auftrag
[[P|Derya Aslan]]
Telefon {SWITCH}
""")

# ---------------------------------------------------------------- 026 internal mail, residents' parking + plates
doc("outlook", "bewohnerparken_kfz", """
Betreff: Bewohnerparkausweise Zone C – Ummeldungen März

Hallo [[P|Frank]],

folgende Bewohner haben sich in die Zone C (Altstadt) umgemeldet und gleich einen Parkausweis beantragt. Bitte Halterdaten prüfen, bei zwei Fahrzeugen passt die Zulassung nicht zur Meldeadresse:

- [[P|Paolo Bianchi]], [[A|Kapuzinerwall 12]] – [[KFZ|KR-PB 1907]]
- [[P|Marlies Wientjes]], [[A|Schiffergasse 3]] – [[KFZ|WES-MW 88]]
- [[P|Daan de Vries]] (Gastwissenschaftler Hochschule), [[A|Kirchgasse 15]] – niederländisches Kennzeichen [[KFZ|GZ-476-K]]
- [[P|Bartosz Lis]], [[A|Schiffergasse 9]] – polnisches Kennzeichen [[KFZ|PO 7N312]]
- [[P|Selin Arslan]], [[A|Kapuzinerwall 2a]] – [[KFZ|MO-SA 2207]]
- [[P|Horst Gellenbeck]], [[A|Kirchgasse 1]] – E-Auto [[KFZ|DU-EV 512E]]

Bei Herrn [[P|de Vries]] und Herrn [[P|Lis]] bitte klären, ob ausländische Kennzeichen überhaupt gehen – lt. Satzung nur mit Nachweis, dass das Fahrzeug dauerhaft vom Bewohner genutzt wird. Frau [[P|Arslan]] hat ihren Wagen noch in Moers zugelassen, sie kümmert sich um die Umschreibung.

Gruß
[[P|Sabine]]
""")

# ---------------------------------------------------------------- 027 note, fee exemption Führungszeugnis (volunteers)
doc("word", "vermerk_fz_ehrenamt", f"""
Vermerk – Anträge auf Führungszeugnis mit Gebührenbefreiung (ehrenamtliche Tätigkeit), Eingang KW 10

a) [[P|Murat Çelik]], geb. [[DOB|06.05.1994]], [[A|Tulpenstraße 28]], [[A|47521 Rheinbergen]]
   Ehrenamtlicher Jugendbetreuer in der Moscheegemeinde Rheinbergen-Nord (DITIB). Bestätigung des Vorstands liegt vor.
b) [[P|Katarzyna Dąbrowska]], geb. [[DOB|21.10.1978]], [[A|Sankt-Viktor-Platz 11]], [[A|47527 Rheinbergen]]
   Leiterin der Messdienergruppe der katholischen Pfarrei St. Viktor; Bestätigung des Pfarrbüros liegt vor.
c) [[P|Benedikt Lammers]], geb. [[DOB|13.02.2001]], [[A|Auf dem Kamp 17]], [[A|47527 Rheinbergen]]
   Ehrenamtlicher Teamer bei Seminaren der ver.di-Jugend Niederrhein; er ist selbst Gewerkschaftsmitglied. Ausweis geprüft: [[IDC|{IDC_027}]].

Bewertung: In allen drei Fällen handelt es sich um eine unentgeltliche Tätigkeit für eine gemeinnützige Einrichtung; die Befreiung wird beim Bundesamt für Justiz mit beantragt. Herr [[P|Lammers]] wurde darauf hingewiesen, dass die Befreiung nicht für seine hauptberufliche Tätigkeit gilt.

Rheinbergen, 06.03.2026
[[P|Tobias Kurz]]
""", ["RELIGION", "UNION"])

# ---------------------------------------------------------------- 028 Ummeldung after marriage (two men)
doc("outlook", "ummeldung_heirat", f"""
Betreff: Ummeldung nach Heirat + neuer Ausweis

Liebe Mitarbeitende des Bürgeramts,

mein Mann und ich haben am 14. Februar im Standesamt Düsseldorf geheiratet und ziehen jetzt zusammen. Ich ziehe von [[A|Mercatorstraße 51]], [[A|47051 Duisburg]] zu ihm in die [[A|Alte Fährstraße 12]], [[A|47521 Rheinbergen]]. Wir führen seit der Hochzeit den gemeinsamen Ehenamen „[[P|Lenz-Marchetti]]“.

Ich heiße also jetzt [[P|Jonas Lenz-Marchetti]] (vorher [[P|Jonas Lenz]]), geboren am [[DOB|02.06.1990]]. Mein Mann ist [[P|Davide Marchetti]], jetzt ebenfalls [[P|Lenz-Marchetti]], und wohnt dort schon seit 2021.

Fragen:
1. Reicht die Eheurkunde, oder brauchen wir noch etwas fürs Melderegister?
2. Muss [[P|Davide]] mitkommen, obwohl er nicht umzieht?
3. Den Personalausweis mit neuem Namen würde ich gleich mit beantragen (alter Ausweis: [[IDC|{IDC_028}]]). Kann die Gebühr per Lastschrift von [[IBAN|{IBAN_028.lower()}]] eingezogen werden?

Mein neuer Arbeitgeber hat übrigens gefragt, ob sich meine Steuer-ID durch den Namen ändert ([[TID|{TID_028[:3]}/{TID_028[3:6]}/{TID_028[6:9]}/{TID_028[9:]}]]) – wahrscheinlich nicht, oder?

Wir sind beide tagsüber erreichbar: [[T|0151 44 03 92 18]] ([[P|Jonas]]), [[T|0173 552 8801]] ([[P|Davide]]).

Viele Grüße
[[P|Jonas]]
""", ["SEXUAL_ORIENTATION"])

# ---------------------------------------------------------------- 029 note: fingerprints could not be taken
doc("word", "vermerk_biometrie", f"""
Aktenvermerk – Beantragung Personalausweis und Reisepass, Abweichung bei der Fingerabdruckerfassung

Antragsteller: [[P|Leon Wischnewski]], geb. [[DOB|27.01.2011]] (minderjährig)
gesetzlich vertreten durch die Mutter [[P|Irina Wischnewski]], geb. [[P|Reimer]]
Anschrift: [[A|Lindenallee 40]], [[A|47521 Rheinbergen]]

Beantragte Dokumente:
– Reisepass, Seriennummer [[PASS|{PASS_029A}]] (inkl. Prüfziffer)
– Personalausweis, Seriennummer [[IDC|{IDC_029}]]

Bei der Erfassung konnten die Fingerabdrücke der Zeigefinger nicht aufgenommen werden, da der Antragsteller nach einem Sportunfall beidseitig Unterarmgipse trägt (ärztliche Bescheinigung von [[P|Dr. Hanna Breuer]], Kinderchirurgie, vom 02.03.2026). Ersatzweise wurden gemäß § 5 Abs. 9 PAuswG die Mittelfinger erfasst; der Qualitätswert rechts lag unter dem Schwellenwert, die Erfassung wurde dreimal wiederholt. Das Lichtbild entspricht den biometrischen Anforderungen.

Die Mutter wies sich mit ihrem Reisepass [[PASS|{PASS_029B}]] aus. Der Vater, Herr [[P|Alexander Wischnewski]], hat seine Zustimmung schriftlich erteilt (Kopie in der Akte).

Rheinbergen, 06.03.2026
[[P|Mehmet Aydoğan]]
""", ["BIOMETRIC", "HEALTH"])

# ---------------------------------------------------------------- 030 newborn, paternity by DNA test
doc("outlook", "anmeldung_neugeborenes", f"""
Betreff: Anmeldung unserer Tochter – Vaterschaft, Kinderreisepass, doppelte Abbuchung

Sehr geehrte Damen und Herren,

unsere Tochter [[P|Amara Ifeoma Okeke]] wurde am [[DOB|19.02.2026]] in Moers geboren. Das Standesamt Moers hat die Geburt beurkundet, hat aber gesagt, dass die Anmeldung bei Ihnen automatisch läuft – stimmt das?

Zur Erklärung: Die Vaterschaft meines Partners [[P|Emeka Okeke]] wurde erst nach einem gerichtlich angeordneten DNA-Abstammungsgutachten festgestellt (Amtsgericht Moers, Az. [[AZ|480 F 37/25]]), deshalb steht er erst seit letzter Woche in der Geburtsurkunde. [[P|Amara]] soll seinen Familiennamen tragen.

Unsere gemeinsame Anschrift: [[A|Ossenhorster Weg 17]], [[A|47527 Rheinbergen]]
Mutter: [[P|Hannah Kleinschmidt]], geb. [[DOB|11.08.1990]], RV-Nr. [[SSN|{RV_030}]] (für das Elterngeld)
Krankenversichertennummer von [[P|Amara]] (AOK): [[KV|{KV_030}]]

Für den Kinderreisepass (wir wollen im Mai [[P|Emekas]] Familie in Enugu besuchen) habe ich online einen Termin gebucht und die Gebühr vorab bezahlt – die Kreditkarte [[CC|{sp(MC_030, 4)}]] wurde aber zweimal belastet (je 13,00 EUR). Können Sie das prüfen?

Sie erreichen mich unter [[T|0157 7102 5589]] oder [[E|hannah.kleinschmidt@gmx.net]].

Viele Grüße
[[P|Hannah Kleinschmidt]]

Am 5. März 2026 um 10:12 schrieb Bürgeramt Rheinbergen <[[N|buergeramt@rheinbergen.de]]>:
> Sehr geehrte Frau [[P|Kleinschmidt]], für die Ausstellung des Kinderreisepasses müssen beide sorgeberechtigten Elternteile zustimmen. Bitte bringen Sie die Geburtsurkunde mit.
""", ["GENETIC"])

assert len(DOCS) == 30, len(DOCS)
with open(os.path.join(HERE, "fresh85.jsonl"), "w", encoding="utf-8", newline="\n") as f:
    for d in DOCS:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(f"wrote {len(DOCS)} documents, {sum(len(d['entities']) for d in DOCS)} entities")
