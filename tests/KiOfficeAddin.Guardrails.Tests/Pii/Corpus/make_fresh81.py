#!/usr/bin/env python3
"""Fresh blind batch 81 (seed 8181): invented correspondence of the Gemeinde Süderwarft (Nordfriesland) –
Standesamt, Bauamt, Friedhofsverwaltung – with inline-marked personal data.

Deterministic: only random.Random(8181) (through Identifiers(8181)); no network, no clock.
Writes fresh81.jsonl next to this file.
"""
import json
import os
import sys

sys.dont_write_bytecode = True  # never leave __pycache__ in the helper folder
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # marks.py and identifiers.py sit beside this file
from marks import build  # noqa: E402
from identifiers import Identifiers, mod97_iban, mod11_10_check, luhn_check, icao_check, group  # noqa: E402

SEED = 8181
ID = Identifiers(SEED)
R = ID.rng  # the one random.Random(8181) used for everything
HERE = os.path.dirname(os.path.abspath(__file__))

# ----------------------------------------------------------------------------------------------------------------
# Independent validators (written from domain.md / the national standards) – every generated identifier is asserted.
# ----------------------------------------------------------------------------------------------------------------


def v_iban(s):
    s = s.replace(" ", "").replace("-", "").upper()
    lengths = {"DE": 22, "NL": 18, "CH": 21, "DK": 18, "PL": 28}
    assert len(s) == lengths[s[:2]], s
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def v_mod11_10(digits):
    p = 10
    for ch in digits[:-1]:
        s = (int(ch) + p) % 10 or 10
        p = s * 2 % 11
    return (11 - p) % 10 == int(digits[-1])


def v_taxid(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 11 or d[0] == "0":
        return False
    counts = [d[:10].count(x) for x in "0123456789"]
    if sum(1 for c in counts if c in (2, 3)) != 1 or max(counts) > 3:
        return False
    return v_mod11_10(d)


def v_vat_de(s):
    s = s.replace(" ", "")
    return s.startswith("DE") and len(s) == 11 and v_mod11_10(s[2:])


def v_icao(serial_with_check):
    return icao_check(serial_with_check[:-1]) == int(serial_with_check[-1])


def v_rvnr(s):
    s = s.replace(" ", "")
    code = ord(s[8]) - 64
    vals = [int(c) for c in s[:8]] + [code // 10, code % 10] + [int(c) for c in s[9:11]]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum((v * k) // 10 + (v * k) % 10 for v, k in zip(vals, w)) % 10 == int(s[11])


def v_kvnr(s):
    code = ord(s[0]) - 64
    vals = [code // 10, code % 10] + [int(c) for c in s[1:9]]
    tot = sum(((v * (1 if i % 2 == 0 else 2)) // 10) + ((v * (1 if i % 2 == 0 else 2)) % 10) for i, v in enumerate(vals))
    return tot % 10 == int(s[9])


def v_luhn(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            x -= 9 if x > 9 else 0
        tot += x
    return tot % 10 == 0


def v_bsn(s):  # Dutch burgerservicenummer: 11-proef, weights 9..2 and -1
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 9 and (sum(x * w for x, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2, -1])) % 11 == 0)


def v_nl_vat(s):  # NL BTW-id: 11-proef on the 9 digits AND ISO 7064 mod 97 over the whole id (both hold here)
    s = s.replace(" ", "").replace(".", "")
    d = [int(c) for c in s[2:11]]
    old = sum(x * w for x, w in zip(d[:8], [9, 8, 7, 6, 5, 4, 3, 2])) % 11 == d[8]
    new = int("".join(str(int(c, 36)) for c in s)) % 97 == 1
    return s[:2] == "NL" and s[11] == "B" and old and new


def v_ahv(s):  # Swiss AHV/AVS number: 756 + 9 digits + EAN-13 check digit
    d = [int(c) for c in s if c.isdigit()]
    tot = sum(x * (1 if i % 2 == 0 else 3) for i, x in enumerate(d[:12]))
    return len(d) == 13 and d[:3] == [7, 5, 6] and (10 - tot % 10) % 10 == d[12]


def v_che(s):  # Swiss UID CHE-xxx.xxx.xxx: mod 11 with weights 5,4,3,2,7,6,5,4
    d = [int(c) for c in s if c.isdigit()]
    r = 11 - sum(x * w for x, w in zip(d[:8], [5, 4, 3, 2, 7, 6, 5, 4])) % 11
    return len(d) == 9 and r != 10 and (0 if r == 11 else r) == d[8]


def v_cpr(s):  # Danish CPR: modulus 11, weights 4,3,2,7,6,5,4,3,2,1
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 10 and sum(x * w for x, w in zip(d, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1])) % 11 == 0


def v_pesel(s):  # Polish PESEL: weights 1,3,7,9,1,3,7,9,1,3; check = (10 - sum mod 10) mod 10
    d = [int(c) for c in s]
    return len(d) == 11 and (10 - sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3])) % 10) % 10 == d[10]


def v_nip(s):  # Polish NIP: weights 6,5,7,2,3,4,5,6,7 mod 11
    d = [int(c) for c in s if c.isdigit()]
    r = sum(x * w for x, w in zip(d, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
    return len(d) == 10 and r != 10 and r == d[9]


def v_pl_idcard(s):  # Polish dowód osobisty: AAA + check digit + 5 digits; weights 7,3,1,9,7,3,1,7,3 sum mod 10 == 0
    s = s.replace(" ", "")
    vals = [ord(c) - 55 if c.isalpha() else int(c) for c in s]
    return len(s) == 9 and s[:3].isalpha() and sum(v * w for v, w in zip(vals, [7, 3, 1, 9, 7, 3, 1, 7, 3])) % 10 == 0


def v_nl_account(acc):  # historic Dutch 10-digit account "elfproef" (weights 10..1)
    return sum(int(c) * w for c, w in zip(acc, range(10, 0, -1))) % 11 == 0


# ----------------------------------------------------------------------------------------------------------------
# Generators (all draw from R / ID)
# ----------------------------------------------------------------------------------------------------------------


def digits(n, first_nonzero=False):
    return ID.digits(n, first_nonzero)


def iban_de():
    v = ID.iban_de()
    assert v_iban(v)
    return v


def iban_nl(bank):
    while True:
        acc = digits(10)
        if v_nl_account(acc):
            break
    v = mod97_iban("NL", bank + acc)
    assert v_iban(v)
    return v


def iban_ch():
    v = mod97_iban("CH", R.choice(["00700", "00235", "08390", "80808"]) + digits(12))
    assert v_iban(v)
    return v


def iban_dk():
    v = mod97_iban("DK", R.choice(["9570", "7930", "3409"]) + digits(10))
    assert v_iban(v)
    return v


def iban_pl():
    v = mod97_iban("PL", digits(24, True))
    assert v_iban(v)
    return v


def tax_id():
    v = ID.tax_id()
    assert v_taxid(v)
    return v


def vat_de():
    v = ID.vat_id()
    assert v_vat_de(v)
    return v


def id_card(check=False):
    v = ID.id_card(check)
    if check:
        assert v_icao(v)
    assert v[0] in "LMNPRTVWXY"
    return v


def passport_de():
    v = ID.passport(False)
    assert v[0] in "CFGHJK" and len(v) == 9
    return v


def rvnr(ddmmyy, letter, female):
    """Rentenversicherungsnummer with serial 00-49 male / 50-99 female (own generator, weights from domain.md)."""
    area = R.choice(["14", "15", "16", "17", "18", "19"])  # Nord areas
    serial = f"{R.randrange(50, 100) if female else R.randrange(0, 50):02d}"
    code = ord(letter) - 64
    vals = [int(c) for c in area + ddmmyy] + [code // 10, code % 10] + [int(c) for c in serial]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    chk = sum((v * k) // 10 + (v * k) % 10 for v, k in zip(vals, w)) % 10
    v = f"{area}{ddmmyy}{letter}{serial}{chk}"
    assert v_rvnr(v)
    return v


def kvnr():
    v = ID.health_insurance()
    assert v_kvnr(v)
    return v


def credit_card(prefix, length):
    v = ID.credit_card(prefix, length)
    assert v_luhn(v)
    return v


def tax_number_sh():
    """Schleswig-Holstein Steuernummer, state layout FF/BBB/UUUUP (layout only)."""
    return f"{R.choice(['15', '25', '29'])}/{digits(3, True)}/{digits(5)}"


def tax_number_sh_federal():
    """13-digit federal form for Schleswig-Holstein: 21 + FF + 0 + BBB + UUUUP."""
    return "21" + R.choice(["15", "25", "29"]) + "0" + digits(3, True) + digits(5)


def bsn():
    while True:
        v = digits(9, True)
        if v_bsn(v):
            return v


def nl_vat():
    while True:
        body = digits(9, True)
        d = [int(c) for c in body]
        if sum(x * w for x, w in zip(d[:8], [9, 8, 7, 6, 5, 4, 3, 2])) % 11 != d[8]:
            continue
        for _ in range(40):
            v = f"NL{body}B{R.randrange(1, 100):02d}"
            if v_nl_vat(v):
                return v


def ahv():
    body = "756" + digits(9)
    tot = sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(body))
    v = body + str((10 - tot % 10) % 10)
    assert v_ahv(v)
    return f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}"


def che_uid():
    while True:
        d = digits(8, True)
        r = 11 - sum(int(x) * w for x, w in zip(d, [5, 4, 3, 2, 7, 6, 5, 4])) % 11
        if r == 10:
            continue
        v = d + str(0 if r == 11 else r)
        assert v_che(v)
        return f"CHE-{v[:3]}.{v[3:6]}.{v[6:]}"


def cpr(dd, mm, yy, male):
    """Danish CPR DDMMYY-SSSS satisfying the modulus-11 rule; 7th digit 0-3 for births 1900-1999."""
    while True:
        s = f"{dd:02d}{mm:02d}{yy:02d}" + str(R.randrange(0, 4)) + digits(3)
        if (int(s[-1]) % 2 == 1) != male:
            continue
        if v_cpr(s):
            return f"{s[:6]}-{s[6:]}"


def pesel(y, m, d, female):
    mm = m + (20 if y >= 2000 else 0)
    while True:
        serial = digits(3)
        sex = R.choice("02468" if female else "13579")
        base = f"{y % 100:02d}{mm:02d}{d:02d}{serial}{sex}"
        chk = (10 - sum(int(x) * w for x, w in zip(base, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3])) % 10) % 10
        v = base + str(chk)
        assert v_pesel(v)
        return v


def nip():
    while True:
        d = digits(9, True)
        r = sum(int(x) * w for x, w in zip(d, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
        if r == 10:
            continue
        v = d + str(r)
        assert v_nip(v)
        return v


def pl_idcard():
    letters = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    rest = digits(5)
    vals = [ord(c) - 55 for c in letters] + [int(c) for c in rest]
    chk = sum(v * w for v, w in zip(vals, [7, 3, 1, 7, 3, 1, 7, 3])) % 10
    v = letters + str(chk) + rest
    assert v_pl_idcard(v)
    return v


def nl_document(first):
    """Dutch passport / identity card number: 2 letters, 6 letters-or-digits, 1 digit, never the letter O (format)."""
    alpha = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
    mid = "".join(R.choice(alpha + "0123456789") for _ in range(6))
    return first + R.choice(alpha) + mid + R.choice("0123456789")


def dk_passport():
    return digits(9, True)  # Danish passports: nine digits (format only)


def ch_passport():
    return R.choice("XS") + digits(7)  # Swiss passport: letter + 7 digits (format only)


def ch_idcard():
    return R.choice("CE") + digits(7)  # Swiss identity card: letter + 7 digits (format only)


def spaced(s, n=4):
    return group(s, n)


# ----------------------------------------------------------------------------------------------------------------
# Fixed office data of the (invented) authority – neutral where marked
# ----------------------------------------------------------------------------------------------------------------
SWITCH = "04846 6090-0"
SWITCH_INT = "+49 4846 6090-0"
FAX = "04846 6090-99"
KASSE_IBAN = iban_de()  # the municipality's own account: neutral


def letterhead(dept):
    return (f"Gemeinde Süderwarft · Der Bürgermeister · {dept}\n"
            f"[[N|Am Kirchwarft 2]] · [[N|25889 Süderwarft]]\n\n")


def footer():
    return (f"\n\n———\nRathaus Süderwarft, [[N|Am Kirchwarft 2]], [[N|25889 Süderwarft]] · Telefon [[N|{SWITCH}]] · "
            f"Fax [[N|{FAX}]] · [[N|info@suederwarft.de]]\nGemeindekasse: Nord-Ostsee Sparkasse, IBAN [[N|{spaced(KASSE_IBAN)}]]")


DOCS = []


def doc(channel, template, flags=()):
    def deco(fn):
        DOCS.append((channel, template, fn, list(flags)))
        return fn
    return deco


# ================================================================================================================
# The documents
# ================================================================================================================


@doc("word", "standesamt_geburt_unterlagen", ["RELIGION"])
def d01():
    pass_nl = nl_document("N")
    idc = id_card(check=True)
    return letterhead("Standesamt") + f"""Frau
[[P|Femke de Boer]]
Herrn
[[P|Ocke Jacobsen]]
[[A|Norderwung 11]]
[[A|25889 Süderwarft]]

Geburtenregister: [[AZ|G 9/2026]]
Auskunft erteilt: [[P|Inken Rörden]], Zimmer 4
Telefon: [[T|04846 6090-31]]
E-Mail: [[N|standesamt@suederwarft.de]]
Datum: 3. März 2026

Beurkundung der Geburt Ihrer Tochter – fehlende Unterlagen

Sehr geehrte Frau [[P|de Boer]], sehr geehrter Herr [[P|Jacobsen]],

herzlichen Glückwunsch zur Geburt Ihrer Tochter [[P|Tatje Marieke]] am [[DOB|27. Februar 2026]] um 04:12 Uhr. Die Hebamme, Frau [[P|Wiebke Arfsten]], hat die Hausgeburt fristgerecht angezeigt. Damit ich die Geburt im Geburtenregister beurkunden kann, fehlen noch folgende Unterlagen:

1. Ihr gültiger niederländischer Reisepass, Frau [[P|de Boer]]. Bisher liegt nur eine Kopie des Passes Nr. [[PASS|{pass_nl}]] vor; eine Kopie reicht für die Beurkundung nicht aus.
2. Ein mehrsprachiger Auszug aus dem Geburtsregister der Gemeente Harlingen für Sie (Geburtsdatum laut Ihrer Anzeige: [[DOB|14-05-1991]]).
3. Die Geburtsurkunde des Vaters, Herrn [[P|Jacobsen]], geboren am [[DOB|2. November 1988]] in Husum, sowie sein Personalausweis (Nr. [[IDC|{idc}]]) im Original.
4. Da Sie nicht miteinander verheiratet sind: die Urkunde über die Anerkennung der Vaterschaft und gegebenenfalls die Sorgeerklärungen. Beides können Sie gemeinsam bei uns oder beim Jugendamt des Kreises Nordfriesland abgeben.

Den Familiennamen des Kindes (nach Ihrer Anzeige „[[P|Jacobsen]]“) können Sie erst nach der Sorgeerklärung gemeinsam bestimmen. Ihre freiwillige Angabe zur Religionszugehörigkeit (beide Eltern: Mennonitengemeinde) wird auf Ihren Wunsch nicht in das Register eingetragen.

Bitte vereinbaren Sie einen Termin unter [[N|{SWITCH}]] oder per E-Mail. Die Gebühr für drei Geburtsurkunden beträgt 36,00 EUR.

Mit freundlichen Grüßen
Im Auftrag

[[P|Inken Rörden]]
Standesbeamtin""" + footer()


@doc("outlook", "eheschliessung_anmeldung_en", ["SEXUAL_ORIENTATION"])
def d02():
    c = cpr(19, 8, 90, male=True)
    dk_pass = dk_passport()
    idc = id_card()
    return f"""Von: [[P|Mads Østergaard]] <[[E|mads.oestergaard@mail.dk]]>
Gesendet: Montag, 9. März 2026 21:47
An: [[N|standesamt@suederwarft.de]]
Cc: [[P|Hauke Nissen]] <[[E|hauke.nissen@posteo.de]]>
Betreff: Marriage registration – [[P|Nissen]] / [[P|Østergaard]]

Dear Sir or Madam,

my fiancé [[P|Hauke Nissen]] and I would like to get married in Süderwarft this summer, ideally in September at the old Pesel room in the Rathaus. We are a gay couple; [[P|Hauke]] is German and lives in Süderwarft, I am a Danish citizen and live just across the border.

My details:
Name: [[P|Mads Peter Østergaard]]
Date of birth: [[DOB|19 August 1990]]
CPR no.: [[SSN|{c}]]
Address: [[A|Vestergade 23]], [[A|DK-6270 Tønder]]
Passport no.: [[PASS|{dk_pass}]]
Mobile: [[T|+45 21 37 84 09]]

[[P|Hauke]]'s details:
born [[DOB|4 January 1987]] in Niebüll, [[A|Warftweg 5]], [[A|25889 Süderwarft]], German ID card [[IDC|{idc}]], phone [[T|0171 5530 218]].

Which documents do I need from the Danish side? My kommune in Tønder says they can issue a "prøvelsesattest" (certificate of no impediment). Is that enough or do you need an apostille as well? Also, can the ceremony be held in English and Danish, since my parents [[P|Birthe]] and [[P|Jørgen Østergaard]] don't speak German?

Thanks a lot and best regards / med venlig hilsen
[[P|Mads]]"""


@doc("word", "standesamt_namenserklaerung_scheidung")
def d03():
    pes = pesel(1983, 6, 21, female=True)
    dow = pl_idcard()
    tid = tax_id()
    return letterhead("Standesamt") + f"""Niederschrift
über die Erklärung zur Wiederannahme eines früheren Familiennamens (§ 1355 Abs. 5 Satz 2 BGB)

Vor der unterzeichnenden Standesbeamtin erschien heute, am 12. März 2026, persönlich:

Frau [[P|Katarzyna Hansen]], geb. [[P|Wiśniewska]]
geboren am [[DOB|21.06.1983]] in Szczecin (Polen)
wohnhaft: [[A|Lammweide 14a]], [[A|25889 Süderwarft]]
ausgewiesen durch: polnischer Personalausweis (dowód osobisty) Nr. [[IDC|{dow}]], PESEL [[SSN|{pes}]]

Die Erschienene erklärte:

„Meine Ehe mit Herrn [[P|Jens Hansen]], geschlossen am 16. August 2014 vor dem Standesamt Süderwarft (Eheregister [[AZ|E 27/2014]]), ist durch Beschluss des Amtsgerichts Niebüll vom 8. Januar 2026, Az. [[AZ|8 F 112/25]], rechtskräftig geschieden. Ich nehme meinen Geburtsnamen [[P|Wiśniewska]] wieder an. Die polnische weibliche Namensform soll beibehalten werden.“

Die Erschienene wurde darauf hingewiesen, dass sich der Familienname der gemeinsamen Tochter [[P|Zofia Hansen]] (geb. [[DOB|02.03.2016]]) durch diese Erklärung nicht ändert.

Die Niederschrift wurde vorgelesen, genehmigt und unterschrieben.

gez. [[P|K. Hansen]]                         gez. [[P|Rörden]], Standesbeamtin

Hinweis an die Erklärende: Die Namensänderung wird dem Bundeszentralamt für Steuern nicht automatisch mitgeteilt. Ihre Steuer-Identifikationsnummer [[TID|{group(tid, 3)}]] bleibt unverändert; bitte informieren Sie Ihren Arbeitgeber selbst. Für die Beglaubigung fällt eine Gebühr von 30,00 EUR an (Kassenzeichen [[AZ|2.1031.004417]])."""


@doc("word", "standesamt_sterbefall_hinterbliebene", ["HEALTH"])
def d04():
    rv = rvnr("110641", "C", female=False)
    ib = iban_de()
    kv = kvnr()
    return letterhead("Standesamt") + f"""Frau
[[P|Keike Carstensen]]
[[A|Ostermarsch 4]]
[[A|25889 Süderwarft]]

Sterberegister-Nr.: [[AZ|S 14/2026]]
Unser Zeichen: 34.1
Datum: 5. März 2026

Sterbefall Ihres Ehemannes [[P|Broder Carstensen]]

Sehr geehrte Frau [[P|Carstensen]],

zunächst möchte ich Ihnen und Ihrer Familie mein aufrichtiges Beileid aussprechen.

Den Tod Ihres Ehemannes, Herrn [[P|Broder Johannes Carstensen]], geboren am [[DOB|11.06.1941]] in Tedingkoog, verstorben am 28.02.2026 in seiner Wohnung in Süderwarft, habe ich heute im Sterberegister beurkundet. Die Anzeige erfolgte durch das Bestattungshaus [[P|Nommensen]]. Anbei erhalten Sie fünf Sterbeurkunden sowie eine Bescheinigung für die Rentenversicherung.

Zwei Hinweise zur Bestattung, die ich mit der Friedhofsverwaltung (Frau [[P|Rickmers]]) abgestimmt habe:

– Laut der Todesbescheinigung von Herrn [[P|Dr. med. Arne Thomsen]] litt Ihr Mann zuletzt an einer offenen Lungentuberkulose. Nach dem Bestattungsgesetz ist eine offene Aufbahrung in der Friedhofskapelle daher leider nicht möglich; eine Trauerfeier am geschlossenen Sarg ist selbstverständlich erlaubt.
– Die Grabstelle neben Ihrem Schwiegervater [[P|Johannes Carstensen]] (Feld A, Reihe 6) ist noch bis 2031 belegt. Bitte klären Sie mit der Friedhofsverwaltung eine Verlängerung.

Für die Mitteilung an die Deutsche Rentenversicherung Nord geben Sie bitte die Versicherungsnummer Ihres Mannes an ([[SSN|{rv[:2]} {rv[2:8]} {rv[8]} {rv[9:]}]]). Den Vorschuss auf das Sterbevierteljahr zahlt der Renten Service der Deutschen Post. Die elektronische Gesundheitskarte Ihres Mannes (Versichertennummer [[KV|{kv}]]) senden Sie bitte mit einer Sterbeurkunde an seine Krankenkasse zurück.

Die Überzahlung der Urkundengebühren (12,00 EUR) erstatten wir auf das von Ihnen genannte Konto [[IBAN|{spaced(ib)}]]. Bei Fragen erreichen Sie mich unter [[N|{SWITCH}]].

Mit freundlichen Grüßen

[[P|Jörn Matthiesen]]
Standesbeamter""" + footer()


@doc("outlook", "friedhof_urnenbeisetzung_weitergeleitet")
def d05():
    ib = iban_de()
    return f"""Von: [[P|Rickmers, Antje]]
Gesendet: Dienstag, 10. März 2026 08:14
An: [[P|Thams, Lorenz]]
Betreff: WG: Urnenbeisetzung meiner Mutter – Gemeinschaftsgrab?

Moin [[P|Lorenz]],

kannst du bitte für Herrn [[P|Ingwersens]] Anfrage prüfen, ob im Urnenhain (Feld U2) noch eine Stelle im Gemeinschaftsgrab mit Namensplatte frei ist? Beisetzung wäre frühestens am 20.03. Die Lastschrift habe ich schon an die Kasse gegeben.

Danke dir
[[P|Antje]]

-----Ursprüngliche Nachricht-----
Von: [[P|Sönke Ingwersen]] <[[E|soenke.ingwersen@web.de]]>
Gesendet: Montag, 9. März 2026 19:03
An: [[N|friedhof@suederwarft.de]]
Betreff: Urnenbeisetzung meiner Mutter – Gemeinschaftsgrab?

Sehr geehrte Damen und Herren,

meine Mutter, [[P|Hilke Ingwersen]] geb. [[P|Paulsen]], ist am 2. März im Alter von 91 Jahren im Pflegeheim in Bredstedt verstorben. Sie wurde am [[DOB|17.10.1934]] in Süderwarft geboren und wollte unbedingt „nach Hause“. Das Krematorium in Husum hat die Urne bereits, das Bestattungshaus kümmert sich um die Überführung.

Da mein Bruder [[P|Arfst]] in Perth lebt und ich selbst in Hamburg wohne, können wir eine eigene Grabstelle nicht pflegen. Gibt es bei Ihnen ein Gemeinschaftsgrab mit Namensnennung? Meine Mutter hatte früher ein Reihengrab neben ihrer Schwester [[P|Tatje Paulsen]] gewünscht, das ist aber laut Herrn [[P|Thams]] nicht mehr möglich.

Die Gebühren können Sie gern per Lastschrift einziehen:
Kontoinhaber: [[P|Sönke Ingwersen]]
IBAN: [[IBAN|{ib}]]

Meine Anschrift: [[A|Hoheluftchaussee 212]], [[A|20253 Hamburg]]
Telefon: [[T|0162 4418237]] (ab 17 Uhr)

Mit freundlichen Grüßen
[[P|Sönke Ingwersen]]"""


@doc("word", "friedhof_verlaengerung_nutzungsrecht_ausland")
def d06():
    ib = iban_ch()
    return letterhead("Friedhofsverwaltung") + f"""Frau
[[P|Seraina Gredig-Petersen]]
[[A|Seestrasse 41]]
[[A|8712 Stäfa]]
SCHWEIZ

Kassenzeichen: [[AZ|4.7110.002318]]
Ihre Nachricht vom 24.02.2026
Ansprechpartnerin: [[P|Antje Rickmers]], [[E|a.rickmers@suederwarft.de]]
Datum: 11.03.2026

Bescheid über die Verlängerung des Nutzungsrechts an der Wahlgrabstätte Feld B, Reihe 3, Nr. 12/13

Sehr geehrte Frau [[P|Gredig-Petersen]],

auf Ihren Antrag verlängere ich das Nutzungsrecht an der oben genannten zweistelligen Wahlgrabstätte, in der Ihre Eltern [[P|Thomas Petersen]] und [[P|Elke Petersen]] beigesetzt sind, um 10 Jahre bis zum 31.12.2036.

Die Gebühr nach Nr. 2.3 der Friedhofsgebührensatzung beträgt 2 × 38,00 EUR × 10 Jahre = 760,00 EUR. Sie haben bereits 800,00 EUR überwiesen. Den Differenzbetrag von 40,00 EUR erstatten wir auf Ihr Konto bei der Zürcher Kantonalbank:

IBAN [[IBAN|{spaced(ib)}]], lautend auf [[P|S. Gredig-Petersen]]

Zur Grabpflege: Sie teilten mit, dass die Friedhofsgärtnerei [[P|Lina Sönnichsen]] die Pflege übernimmt. Bitte beachten Sie, dass die Grabsteine nach § 21 der Friedhofssatzung alle fünf Jahre auf Standsicherheit geprüft werden; die nächste Prüfung findet im Mai 2026 statt.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch beim Bürgermeister der Gemeinde Süderwarft, [[N|Am Kirchwarft 2]], [[N|25889 Süderwarft]], erhoben werden. Bei Bekanntgabe im Ausland beträgt die Frist ebenfalls einen Monat.

Mit freundlichen Grüßen
Im Auftrag
[[P|Rickmers]]""" + footer()


@doc("word", "bauamt_baugenehmigung_ferienhaus_nl")
def d07():
    vat = nl_vat()
    return letterhead("Bauamt") + f"""Einschreiben mit Rückschein
Herrn [[P|Maarten van der Wal]]
Frau [[P|Lotte van der Wal-Veenstra]]
[[A|Zuiderhaven 14]]
[[A|8861 CK Harlingen]]
NIEDERLANDE

Aktenzeichen: [[AZ|60.2-BG 0031/26]]
Bearbeiter: [[P|Tjark Hollmann]]
Durchwahl: [[T|04846 6090-52]]
Datum: 16. März 2026

Baugenehmigung
Neubau eines Ferienhauses mit Reetdach und Nebengebäude
Baugrundstück: [[A|Hallig-Blick 6]], [[A|25889 Süderwarft]], Gemarkung Süderwarft, Flur 3, Flurstück 112/4

Sehr geehrter Herr [[P|van der Wal]], sehr geehrte Frau [[P|van der Wal-Veenstra]],

auf Ihren Bauantrag vom 19.12.2025, eingegangen über den Entwurfsverfasser [[P|Dipl.-Ing. Nahmen Feddersen]], erteile ich Ihnen nach § 73 der Landesbauordnung Schleswig-Holstein die Baugenehmigung für das oben genannte Vorhaben nach Maßgabe der geprüften Bauvorlagen.

Das Vorhaben liegt im Geltungsbereich des Bebauungsplans Nr. 7 „Ostermarsch“ und hält dessen Festsetzungen ein. Die Gemeinde hat ihr Einvernehmen am 4. Februar 2026 erteilt.

Nebenbestimmungen (Auszug):
1. Weiche Bedachung (Reet): Der Abstand zur Grundstücksgrenze von [[P|Gerd Lorenzen]] ([[A|Hallig-Blick 8]]) muss mindestens 12 m betragen; die Nachbarzustimmung von Herrn [[P|Lorenzen]] vom 02.02.2026 ist Bestandteil dieser Genehmigung.
2. Im 50-m-Schutzstreifen des Landesschutzdeichs dürfen keine Baustoffe gelagert werden. Der Deich- und Hauptsielverband wurde beteiligt.
3. Die gewerbliche Vermietung als Ferienwohnung (Ihre Angabe im Bauantrag: Vermietung über Ihr Einzelunternehmen, BTW-id [[VAT|{vat}]]) ist nach § 13a BauNVO zulässig. Die Anzeige der Zweitwohnung bei der Meldebehörde bleibt unberührt.

Die Gebühr für diese Genehmigung beträgt 4.318,00 EUR und ist bis zum 15.04.2026 unter Angabe des Aktenzeichens auf das Konto der Gemeindekasse zu überweisen.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Da der Bescheid im Ausland bekanntgegeben wird, gilt er am dreißigsten Tag nach Aufgabe zur Post als bekanntgegeben.

Mit freundlichen Grüßen
Im Auftrag

[[P|T. Hollmann]]""" + footer()


@doc("outlook", "bauamt_anfrage_carport_pv_en")
def d08():
    return f"""From: [[P|Bram de Vries]] <[[E|bram.devries@ziggo.nl]]>
Sent: Wednesday, 11 March 2026 14:22
To: [[N|bauamt@suederwarft.de]]
Subject: Carport + solar panels at [[A|Fething 3]] – do we need a permit?

Hello,

my wife [[P|Anouk]] and I own the holiday house at [[A|Fething 3]] in Süderwarft since 2019. We would like to build a small wooden carport (approx. 3 x 6 m) next to the house and put solar panels on the roof of the shed – NOT on the thatched main roof, your colleague Mr [[P|Hollmann]] already told us on the phone that this is not allowed.

Do we need a building permit for the carport, or is it "verfahrensfrei"? Our neighbour, Mrs [[P|Rieke Boysen]], has no objection and is happy to sign something.

We will be in Süderwarft from 28 March until 6 April. Could somebody from the Bauamt have a quick look on site? You will recognise our car, a grey Volvo with Dutch plates [[KFZ|TZ-482-V]]. The builder, [[P|Henk Mulder]] from Leeuwarden, would come with his van ([[KFZ|VGL-18-K]]).

Our home address is [[A|Oude Singel 88]], [[A|2312 RH Leiden]], the Netherlands. Best to reach me on my mobile [[T|+31 6 4172 9930]] or at the house (landline [[T|04846 91 37 22]], only when we are there).

Kind regards,
[[P|Bram de Vries]]

Sent from my iPad"""


@doc("outlook", "bauamt_nachbareinwendung_thread")
def d09():
    return f"""Von: [[P|Hollmann, Tjark]]
Gesendet: Freitag, 6. März 2026 11:02
An: [[P|Lüders, Gesa, Dr.]]
Betreff: WG: Einwendung gegen den Anbau [[P|Lewandowski]], [[A|Kleiweg 10]] – Az. [[AZ|60.2-BG 0112/25]]

Hallo [[P|Gesa]],

zur Info vor unserer Besprechung am Montag: die Einwendung der Familie [[P|Brodersen]] bezieht sich auf den bereits genehmigten Anbau (Genehmigung vom 14.11.2025). Die Abstandsfläche von 3 m wird nach meiner Prüfung eingehalten. Herr [[P|Lewandowski]] hat allerdings vermutlich die Terrasse höher gebaut als genehmigt – ich würde einen Ortstermin vorschlagen. Die Nachbarn werfen ihm außerdem vor, dass die Lkw seiner Baufirma den Kleiweg zuparken.

Gruß
[[P|Tjark]]

Am 3. März 2026 um 10:12 schrieb [[P|Keno Brodersen]] <[[E|k.brodersen@t-online.de]]>:
> Sehr geehrte Damen und Herren,
>
> als unmittelbare Nachbarn von Herrn [[P|Jakub Lewandowski]] ([[A|Kleiweg 10]]) erheben wir Einwendungen gegen
> den Anbau, der seit Januar auf seinem Grundstück entsteht. Der Anbau nimmt unserem Wohnzimmer
> ab Mittag das Licht, und die neue Terrasse liegt fast einen Meter über Gelände, sodass
> man direkt in unser Schlafzimmer sieht.
>
> Außerdem stehen seit Wochen Lkw mit den Kennzeichen [[KFZ|NF-JL 440]] und [[KFZ|SL-BW 1207]] vor unserer Einfahrt.
>
> Wir bitten um Akteneinsicht und um Zusendung der genehmigten Pläne.
>
> Mit freundlichen Grüßen
> [[P|Keno Brodersen]] und [[P|Marret Brodersen]]
> [[A|Kleiweg 12]], [[A|25889 Süderwarft]]
> Tel. [[T|04846/8813]]
>
> Mitunterzeichnet:
> [[P|Ose Thomsen]], [[A|Kleiweg 8]]
> [[P|Hinrich Jessen]], [[A|Kleiweg 14]]"""


@doc("word", "bauamt_vermerk_ortstermin")
def d10():
    stnr = tax_number_sh_federal()
    return f"""Gemeinde Süderwarft – Bauamt                                   Az. [[AZ|60.2-BG 0112/25]]

Vermerk über den Ortstermin am 10. März 2026, 14:00–15:10 Uhr
Grundstück: [[A|Kleiweg 10]], [[A|25889 Süderwarft]] (Eigentümer: [[P|Jakub Lewandowski]])

Anwesend:
– [[P|Dr. Gesa Lüders]] (Leiterin Bauamt)
– [[P|Tjark Hollmann]] (Sachbearbeiter, Protokoll)
– [[P|Jakub Lewandowski]] (Bauherr), Mobil [[T|0157 3380 1942]]
– [[P|Ove Ketels]], Inhaber der Firma Bau & Dach [[P|Ketels]] e.K. (ausführender Unternehmer)
– zeitweise: [[P|Marret Brodersen]] (Nachbarin, [[A|Kleiweg 12]])

Feststellungen:
1. Der Anbau entspricht in Lage und Grundfläche den genehmigten Bauvorlagen.
2. Die Terrasse an der Ostseite wurde abweichend von der Genehmigung mit einer Höhe von ca. 0,95 m über Gelände errichtet (genehmigt: 0,30 m). Sie hält damit die Abstandsfläche zur Grenze [[P|Brodersen]] nicht ein.
3. Auf dem Kleiweg standen während des Termins ein Pritschenwagen ([[KFZ|NF-OK 73]]) und ein Radlader der Firma [[P|Ketels]]. Herr [[P|Ketels]] sagte zu, die Fahrzeuge künftig auf dem Grundstück abzustellen.
4. Herr [[P|Lewandowski]] legte eine Rechnung der Firma vor (Steuernummer [[TNR|{stnr}]]), aus der sich die Ausführung der Terrasse im Auftrag des Bauherrn ergibt.

Weiteres Vorgehen:
– Anhörung des Bauherrn vor einer Rückbauanordnung (Entwurf: [[P|T. Hollmann]], bis 13.03.)
– Antwort an die Einwender [[P|Brodersen]] mit Hinweis auf das laufende Verfahren
– Fotodokumentation (14 Bilder) liegt in der E-Akte.

Süderwarft, 10.03.2026
gez. [[P|Hollmann]]"""


@doc("word", "protokoll_bauausschuss", ["POLITICS"])
def d11():
    return f"""Niederschrift
über die 14. Sitzung des Bau-, Wege- und Umweltausschusses der Gemeinde Süderwarft
am Dienstag, 17. März 2026, 19:30 Uhr, im Sitzungssaal des Rathauses

Anwesend:
Vorsitzender: [[P|Momme Carstensen]] (SSW)
Mitglieder: [[P|Ingwer Petersen]] (CDU), [[P|Dörte Hansen-Frahm]] (SSW), [[P|Reimer Bahnsen]] (WGS), [[P|Anneke Brandt]] (Grüne), [[P|Lars Clausen]] (SPD)
Verwaltung: [[P|Dr. Gesa Lüders]], [[P|Tjark Hollmann]] (Protokoll)
Gäste: [[P|Paul Stöver]] (Süderwarfter Rundschau), 6 Einwohnerinnen und Einwohner

TOP 1 – Eröffnung, Feststellung der Beschlussfähigkeit
Der Vorsitzende eröffnet die Sitzung um 19:32 Uhr. Die Tagesordnung wird einstimmig genehmigt. Frau [[P|Hansen-Frahm]] erklärt, dass sie bei TOP 5 als Angehörige (Schwester der Antragstellerin) befangen ist.

TOP 2 – Einwohnerfragestunde
Herr [[P|Jan-Hendrik Hinz]], [[A|Dörpstraat 19]], fragt nach dem Stand der Sanierung des Sielwegs. Frau [[P|Dr. Lüders]] sagt eine schriftliche Antwort zu. Frau [[P|Okka Feddersen]] beschwert sich über Ferienhaus-Neubauten im Außenbereich; Herr [[P|Carstensen]] verweist auf TOP 4.

TOP 3 – Bebauungsplan Nr. 9 „Möwenkamp“, Abwägung der Stellungnahmen
Die Stellungnahme des Kreises Nordfriesland vom 20.01.2026 wird zur Kenntnis genommen. Beschluss: 5 Ja, 1 Enthaltung ([[P|Brandt]]).

TOP 4 – Bauvoranfrage Umnutzung einer Scheune zu zwei Ferienwohnungen, [[A|Ostermarsch 17]] (Antragstellerin: [[P|Gesche Petersen]])
Herr [[P|Petersen]] (CDU) weist darauf hin, dass er mit der Antragstellerin nicht verwandt ist. Herr [[P|Bahnsen]] spricht sich gegen weitere Ferienwohnungen aus („Süderwarft darf kein zweites Sylt werden“). Herr [[P|Clausen]] beantragt Vertagung. Beschluss: Vertagung, 4 Ja, 2 Nein.

TOP 5 – Antrag auf Befreiung von der Gestaltungssatzung (Photovoltaik auf Reetdach), [[A|Norderwung 3]], Antragstellerin [[P|Marlene Frahm]]
Frau [[P|Hansen-Frahm]] verlässt den Sitzungstisch. Herr [[P|Hollmann]] erläutert, dass die Satzung PV auf Reet ausschließt. Beschluss: Ablehnung, 4 Nein, 1 Enthaltung.

TOP 6 – Verschiedenes
Der Vorsitzende teilt mit, dass er auf dem Landesparteitag des SSW am 25. April als Beisitzer kandidiert und daher an der Sitzung am 28. April nicht teilnehmen kann. Vertretung: [[P|Dörte Hansen-Frahm]].

Ende der Sitzung: 21:05 Uhr

[[P|Momme Carstensen]]                              [[P|Tjark Hollmann]]
Vorsitzender                                     Protokollführer"""


@doc("outlook", "standesamt_kirchenaustritt_informell", ["RELIGION"])
def d12():
    tid = tax_id()
    return f"""Betreff: kirchenaustritt

hallo zusammen,

ich ([[P|boy hansen]], geb [[DOB|12.7.79]]) möchte aus der nordkirche austreten. geht das bei euch im standesamt oder muss ich dafür nach husum? hab gelesen in SH macht das das standesamt. meine frau [[P|wiebke]] bleibt drin, die singt im kirchenchor ;)

brauch ich nen termin oder kann ich einfach vorbeikommen? und was kostet das? meine steuer-id ist [[TID|{tid}]] falls ihr die braucht, damit die kirchensteuer aufhört.

adresse: [[A|lüttmarsch 3]], [[A|25889 süderwarft]]
handy [[T|0151 2294 7730]]

gruß
[[P|boy]]

--
gesendet von meinem handy"""


@doc("word", "standesamt_folgebeurkundung_vaterschaft", ["GENETIC"])
def d13():
    return letterhead("Standesamt") + f"""Frau
[[P|Agata Szymańska]]
[[A|Möwenkamp 21]]
[[A|25889 Süderwarft]]

nachrichtlich:
Herrn [[P|Rasmus Holm]], [[A|Nørregade 7]], [[A|DK-6240 Løgumkloster]]
Herrn [[P|Tade Momsen]], [[A|Sielzug 2]], [[A|25891 Tedingkoog]]

Geburtenregister: [[AZ|G 41/2023]]
Datum: 18. März 2026

Folgebeurkundung zum Geburtseintrag Ihres Sohnes [[P|Nikodem Momsen]]

Sehr geehrte Frau [[P|Szymańska]],

das Amtsgericht Niebüll hat mit Beschluss vom 2. Februar 2026 (Az. [[AZ|5 F 48/25]]) festgestellt, dass Herr [[P|Tade Momsen]] nicht der Vater Ihres am [[DOB|9. Juli 2023]] geborenen Sohnes ist. Grundlage war das vom Gericht eingeholte Abstammungsgutachten des Instituts für Rechtsmedizin, nach dem die Vaterschaft von Herrn [[P|Momsen]] ausgeschlossen und die Vaterschaft von Herrn [[P|Holm]] mit einer Wahrscheinlichkeit von 99,99 % festgestellt ist.

Der Beschluss ist seit dem 9. März 2026 rechtskräftig. Ich habe heute als Folgebeurkundung zum Geburtseintrag eingetragen:
– die Aufhebung der Vaterschaft von Herrn [[P|Momsen]],
– die gerichtliche Feststellung der Vaterschaft von Herrn [[P|Rasmus Holm]], geboren am [[DOB|30.01.1989]] in Aabenraa.

Der Geburtsname des Kindes bleibt zunächst „[[P|Momsen]]“. Sie können ihn nach § 1617b BGB durch Erklärung gegenüber dem Standesamt neu bestimmen, etwa auf „[[P|Holm]]“ oder auf die männliche Form Ihres Namens, „[[P|Szymański]]“. Bitte vereinbaren Sie dafür einen Termin.

Eine neue Geburtsurkunde füge ich bei (Gebühr 12,00 EUR, Kassenzeichen [[AZ|2.1031.004502]]).

Mit freundlichen Grüßen
Im Auftrag
[[P|Inken Rörden]]""" + footer()


@doc("outlook", "standesamt_urkundenanforderung_rente")
def d14():
    rv = rvnr("230460", "K", female=False)
    kv = kvnr()
    tid = tax_id()
    return f"""Von: [[P|Nommen Ketelsen-Rahn]] <[[E|nkr1960@gmx.de]]>
Gesendet: Donnerstag, 12. März 2026 09:40
An: [[N|standesamt@suederwarft.de]]
Betreff: Geburtsurkunde für Rentenantrag

Guten Tag,

ich bin am [[DOB|23. April 1960]] in Süderwarft geboren (damals noch Hausgeburt auf dem Hof meiner Eltern [[P|Peter Ketelsen]] und [[P|Grete Ketelsen]], geb. [[P|Bohn]]) und brauche für meinen Rentenantrag eine beglaubigte Abschrift aus dem Geburtenregister bzw. eine Geburtsurkunde. Die Rentenversicherung hat mir geschrieben, ich soll die Urkunde unter meiner Versicherungsnummer [[SSN|{rv}]] einreichen.

Meine Steuer-ID ([[TID|{tid[:2]} {tid[2:5]} {tid[5:8]} {tid[8:]}]]) habe ich im Antrag schon angegeben. Seit meiner Heirat 1987 heiße ich [[P|Ketelsen-Rahn]]. Brauchen Sie dafür auch die Heiratsurkunde? Die Ehe wurde in Flensburg geschlossen.

Noch eine Frage: Meine Frau [[P|Birgit]] ist über mich familienversichert. Die Krankenkasse (Versichertennummer [[KV|{kv}]]) möchte für die Familienversicherung ebenfalls eine Kopie meiner Geburtsurkunde – kann ich gleich zwei Exemplare bekommen? Die Gebühr überweise ich gern vorab.

Bitte schicken Sie die Urkunden an:
[[P|Nommen Ketelsen-Rahn]]
[[A|Am Lornsenpark 9]]
[[A|24837 Schleswig]]

Für Rückfragen: [[T|04621 / 29 83 51]]

Freundliche Grüße
[[P|N. Ketelsen-Rahn]]"""


@doc("word", "friedhof_liste_ablaufende_nutzungsrechte")
def d15():
    return f"""Friedhofsverwaltung Süderwarft – Übersicht ablaufende Nutzungsrechte (Stand 02.03.2026)
Nur für den Dienstgebrauch – Grundlage für die Anschreiben im April

| Grabstätte | Verstorbene(r) | Nutzungsberechtigte(r) | Anschrift | Kassenzeichen | Ablauf |
|---|---|---|---|---|---|
| A 2/14 | [[P|Marten Boysen]] († 1996) | [[P|Haye Boysen]] | [[A|Koogstraße 27]], [[A|25889 Süderwarft]] | [[AZ|4.7110.000871]] | 30.06.2026 |
| A 5/03–04 | [[P|Erna Lorenzen]], [[P|Friedrich Lorenzen]] | [[P|Gerd Lorenzen]] | [[A|Hallig-Blick 8]], [[A|25889 Süderwarft]] | [[AZ|4.7110.001104]] | 31.07.2026 |
| B 1/09 | [[P|Jacob Rörden]] | [[P|Inge de Jong-Rörden]] | [[A|Kerkpad 3]], [[A|9951 AE Winsum]] (NL) | [[AZ|4.7110.001377]] | 31.08.2026 |
| B 4/11 | [[P|Anna Sievers]] | unbekannt – Erbenermittlung läuft | – | [[AZ|4.7110.001390]] | 30.09.2026 |
| C 3/07 | [[P|Christian Kjær]] | [[P|Mette Kjær Andersen]] | [[A|Skolevej 15]], [[A|6280 Højer]] (DK) | [[AZ|4.7110.001912]] | 31.10.2026 |
| U2/22 (Urne) | [[P|Waltraud Hinz]] | [[P|Jan-Hendrik Hinz]] | [[A|Dörpstraat 19]], [[A|25889 Süderwarft]] | [[AZ|4.7110.002044]] | 30.11.2026 |

Anmerkungen:
– Grab B 4/11: Frau [[P|Sievers]] hatte keine bekannten Angehörigen. Ohne Verlängerung wird das Grab nach Ablauf abgeräumt; vorher Aushang am Friedhof (Frist 3 Monate).
– Grab C 3/07: Frau [[P|Kjær Andersen]] schreibt nur Dänisch; Anschreiben bitte zweisprachig (Übersetzung über Herrn [[P|Matthiesen]]).
– Die Grabpflege für A 5/03–04 macht laut Herrn [[P|Lorenzen]] die Gärtnerei [[P|Sönnichsen]].

Erstellt: [[P|A. Rickmers]]"""


@doc("outlook", "standesamt_interne_rueckfrage_dokumente")
def d16():
    pnl = nl_document("N")
    dow = pl_idcard()
    return f"""Von: [[P|Matthiesen, Jörn]] <[[E|j.matthiesen@suederwarft.de]]>
Gesendet: Mittwoch, 11. März 2026 15:58
An: [[P|Rörden, Inken]] <[[E|i.roerden@suederwarft.de]]>
Betreff: eheanmeldung dijkstra / dąbrowska – welche papiere?

moin [[P|inken]],

kurze frage zur eheanmeldung von [[P|sjoerd dijkstra]] und [[P|ewa dąbrowska]] (vorgang [[AZ|EA 2026-017]]), termin ist morgen 10 uhr:

- er: niederländer, wohnt in [[A|de Wieken 40]], [[A|8441 NC Heerenveen]], hat nen nl-pass [[PASS|{pnl}]] und eine internationale geburtsurkunde. ehefähigkeitszeugnis gibts in nl ja nicht, reicht die "verklaring van huwelijksbevoegdheid"?
- sie: polin, wohnt seit 2024 hier ([[A|Sielweg 6]], [[A|25889 Süderwarft]]), hat nur den polnischen personalausweis [[IDC|{dow}]] dabei, keinen pass.

außerdem komisch: im personalausweis steht als geburtsdatum [[DOB|03.09.1994]], auf der polnischen geburtsurkunde (odpis zupełny) aber [[DOB|1994-09-03]] – ok das ist dasselbe, aber in der übersetzung von frau [[P|kowalczyk]] steht [[DOB|09.03.1994]]. ich würde die übersetzerin anrufen ([[T|0461 4072 115]]) und eine berichtigte übersetzung anfordern, oder?

die beiden wollen am 16. mai heiraten, trauzeugen [[P|Marek Dąbrowski]] (ihr bruder) und [[P|Jelle Dijkstra]].

danke + gruß
[[P|jörn]]"""


@doc("word", "standesamt_nachbeurkundung_ehe_schweiz")
def d17():
    a = ahv()
    pch = ch_passport()
    idk = ch_idcard()
    idc = id_card(check=True)
    return letterhead("Standesamt") + f"""Eheleute
[[P|Jannes Bahnsen]] und [[P|Ladina Bahnsen-Cathomen]]
[[A|Via Crusch 14]]
[[A|CH-7013 Domat/Ems]]
Schweiz

Vorgang: [[AZ|NB-E 3/2026]]
Datum: 19.03.2026

Antrag auf Beurkundung Ihrer in der Schweiz geschlossenen Ehe (§ 34 PStG)

Sehr geehrter Herr [[P|Bahnsen]], sehr geehrte Frau [[P|Bahnsen-Cathomen]],

vielen Dank für Ihren Antrag vom 2. März 2026. Da Herr [[P|Bahnsen]] deutscher Staatsangehöriger ist und zuletzt in Süderwarft gewohnt hat, ist unser Standesamt für die Nachbeurkundung Ihrer am 14. Juni 2025 vor dem Zivilstandsamt Imboden geschlossenen Ehe zuständig.

Folgende Angaben habe ich aus Ihren Unterlagen übernommen:

Ehemann:  [[P|Jannes Bahnsen]], geboren am [[DOB|07.10.1985]] in Husum, Personalausweis [[IDC|{idc}]]
Ehefrau:  [[P|Ladina Bahnsen-Cathomen]], geborene [[P|Cathomen]], geboren am [[DOB|22.12.1987]] in Chur, schweizerische Staatsangehörige, Pass Nr. [[PASS|{pch}]], Identitätskarte Nr. [[IDC|{idk}]], AHV-Nr. [[SSN|{a}]]

Es fehlen noch:
– ein Eheregisterauszug des Zivilstandsamts (internationaler Auszug genügt, eine Apostille ist für die Schweiz nicht erforderlich),
– eine Erklärung zur Namensführung: Nach deutschem Recht haben Sie noch keinen Ehenamen bestimmt. Wenn Sie „[[P|Bahnsen]]“ als Ehenamen wählen möchten, kann Frau [[P|Bahnsen-Cathomen]] ihren Geburtsnamen voranstellen oder anfügen.

Die AHV-Nummer benötigen wir für die Beurkundung nicht; sie wird nicht in das Register übernommen. Bitte senden Sie künftig nur die erforderlichen Unterlagen.

Die Gebühr beträgt 80,00 EUR. Bitte überweisen Sie den Betrag unter Angabe des Vorgangs auf das unten genannte Konto.

Mit freundlichen Grüßen
Im Auftrag
[[P|Rörden]]""" + footer()


@doc("outlook", "bauamt_schweizer_bauherr_abbruch")
def d18():
    uid = che_uid()
    cc = credit_card("4", 16)
    return f"""Von: [[P|Reto Hauser]] <[[E|reto.hauser@bluewin.ch]]>
Gesendet: Freitag, 13. März 2026 07:55
An: [[N|bauamt@suederwarft.de]]
Cc: [[P|Corinne Hauser]] <[[E|corinne.hauser@bluewin.ch]]>
Betreff: Abbruch und Ersatzneubau Ferienhaus [[A|Priel-Stieg 2]] – Ihr Zeichen [[AZ|60.2-BV 0007/26]]

Grüezi Herr [[P|Hollmann]]

Besten Dank für das freundliche Telefonat vom Mittwoch. Wie besprochen sende ich Ihnen die fehlenden Angaben zum Bauantrag für unser Ferienhaus am [[A|Priel-Stieg 2]]:

Bauherrschaft: Alpnordic Immobilien GmbH, Zürich, UID [[VAT|{uid}]] MWST, vertreten durch mich als Geschäftsführer
Privatadresse: [[P|Reto Hauser]], [[A|Rainstrasse 7]], [[A|8706 Meilen]], Schweiz
Natel: [[T|+41 79 418 27 63]]

Das bestehende Haus (Baujahr 1962) ist leider nicht mehr zu retten, der Gutachter Herr [[P|Dipl.-Ing. Uwe Knudsen]] hat Schwamm im Dachstuhl festgestellt. Wir möchten es abbrechen und in gleicher Grösse mit Reetdach wieder aufbauen. Das Gutachten folgt per Post.

Die Gebühr für den Vorbescheid können Sie gerne direkt meiner Kreditkarte belasten:
Visa [[CC|{group(cc, 4)}]], gültig bis 09/28, lautend auf [[P|R. Hauser]]
(Falls das bei einer Gemeinde nicht geht, bitte um eine Rechnung.)

Wir sind über Ostern vor Ort; unser Auto hat Zürcher Kennzeichen [[KFZ|ZH 512 307]].

Freundliche Grüsse
[[P|Reto Hauser]]"""


@doc("word", "bauamt_anhoerung_rueckbau")
def d19():
    n = nip()
    return letterhead("Bauamt") + f"""Herrn
[[P|Jakub Lewandowski]]
[[A|Kleiweg 10]]
[[A|25889 Süderwarft]]

Az.: [[AZ|60.2-BG 0112/25]]
Datum: 13.03.2026

Anhörung nach § 87 Landesverwaltungsgesetz Schleswig-Holstein
Beabsichtigte Anordnung des teilweisen Rückbaus der Terrasse

Sehr geehrter Herr [[P|Lewandowski]],

beim Ortstermin am 10. März 2026 auf Ihrem Grundstück wurde festgestellt, dass die Terrasse an der Ostseite Ihres Anbaus mit einer Höhe von etwa 0,95 m über Gelände errichtet wurde. Genehmigt war eine Höhe von 0,30 m. Durch die Erhöhung hält die Terrasse die nach § 6 LBO erforderliche Abstandsfläche zum Grundstück [[A|Kleiweg 12]] nicht mehr ein.

Ich beabsichtige daher, Ihnen aufzugeben, die Terrasse innerhalb von drei Monaten auf die genehmigte Höhe zurückzubauen. Alternativ können Sie einen Antrag auf Abweichung stellen; dafür wäre die schriftliche Zustimmung der Eigentümer [[P|Keno Brodersen]] und [[P|Marret Brodersen]] erforderlich.

Sie haben Gelegenheit, sich bis zum 3. April 2026 zu äußern. Sie gaben beim Ortstermin an, die Terrasse sei nicht von der Firma [[P|Ketels]], sondern von einem polnischen Subunternehmer gebaut worden (Usługi Remontowo-Budowlane [[P|Tomasz Zieliński]], NIP [[VAT|PL{n}]]). Für die Anordnung ist das ohne Bedeutung, weil sie sich an Sie als Bauherrn richtet; ein möglicher Regress gegen den Unternehmer bleibt Ihnen unbenommen.

Bitte beachten Sie: Wird die Terrasse vor einer Entscheidung weiter genutzt, kann ich ein Nutzungsverbot aussprechen.

Mit freundlichen Grüßen
Im Auftrag

[[P|Tjark Hollmann]]""" + footer()


@doc("outlook", "friedhof_rechnung_reetdachdecker")
def d20():
    stnr = tax_number_sh()
    vat = vat_de()
    ib = iban_de()
    return f"""Von: [[P|Boy Sönnichsen]] – Reetdachdeckerei <[[E|info@reet-soennichsen.de]]>
Gesendet: Montag, 16. März 2026 18:31
An: [[N|friedhof@suederwarft.de]]
Betreff: Rechnung Reparatur Reetdach Friedhofskapelle

Moin Frau [[P|Rickmers]],

anbei wie besprochen die Rechnung für die Sturmschadenreparatur am Reetdach der Kapelle (Nordseite, First neu gebunden, ca. 14 m²). Die Arbeiten waren am 9. März fertig, Herr [[P|Thams]] hat abgenommen.

Rechnungsbetrag: 6.842,50 EUR brutto, zahlbar innerhalb 14 Tagen ohne Abzug.

Reetdachdeckerei [[P|Boy Sönnichsen]]
Inh. [[P|Boy Sönnichsen]], Reetdachdeckermeister
[[A|Fischerwarft 4]] · [[A|25889 Süderwarft]]
Tel. [[T|04846 1582]] · mobil [[T|0170 9943 618]]
Steuernummer: [[TNR|{stnr}]] · USt-IdNr.: [[VAT|{vat}]]
Nord-Ostsee Sparkasse · IBAN: [[IBAN|{group(ib, 4)}]]

Für die Versicherung (Sturm „Jule“) brauchen Sie vielleicht noch die Fotos, die hat mein Geselle [[P|Jarne]] gemacht – schick ich morgen.

Schöne Grüße
[[P|Boy]]"""


@doc("word", "standesamt_vornamen_friesisch", ["ETHNICITY"])
def d21():
    return letterhead("Standesamt") + f"""Herrn [[P|Arfst Brodersen]]
Frau [[P|Moiken Brodersen]]
[[A|Hohe Warft 2]]
[[A|25889 Süderwarft]]

Geburtenregister [[AZ|G 12/2026]]
Datum: 9. März 2026

Vornamen Ihres Sohnes – Ihre Anfrage vom 6. März 2026

Sehr geehrte Frau [[P|Brodersen]], sehr geehrter Herr [[P|Brodersen]],

Sie möchten Ihrem am [[DOB|4. März 2026]] geborenen Sohn die Vornamen „[[P|Boy Tade Ocke]]“ geben und haben gefragt, ob das Standesamt diese Namen als Vornamen anerkennt, weil Ihnen eine Bekannte gesagt hat, „[[N|Boy]]“ sei ein englisches Wort.

Ich kann Sie beruhigen: „[[N|Boy]]“, „[[N|Tade]]“ und „[[N|Ocke]]“ sind in Nordfriesland seit Jahrhunderten gebräuchliche männliche Vornamen. Alle drei lassen sich in den einschlägigen Namensverzeichnissen nachweisen; einer Eintragung steht nichts entgegen. Die Reihenfolge bestimmen Sie; ein Rufname wird nicht eingetragen.

Sie haben außerdem mitgeteilt, dass Sie beide der friesischen Volksgruppe angehören und Wert darauf legen, dass die Namen in friesischer Schreibweise eingetragen werden. Dem entsprechen die gewählten Schreibweisen bereits. Auch der Großvater Ihres Sohnes, Herr [[P|Boy Brodersen]] aus Ockenswarft, hatte bereits den Vornamen „[[N|Boy]]“ – das zeigt der Eintrag im Eheregister von 1961.

Zur Beurkundung bringen Sie bitte Ihre Personalausweise und Ihre Eheurkunde mit. Den Termin habe ich für Dienstag, 17. März 2026, 9:30 Uhr, reserviert.

Viele Grüße – und „Hartelk lokwansk“ zur Geburt!

[[P|Inken Rörden]]
Standesbeamtin""" + footer()


@doc("outlook", "standesamt_minderheiten_namensaenderung", ["ETHNICITY"])
def d22():
    idc = id_card(check=True)
    return f"""Von: [[P|Sören Kjaersgaard]] <[[E|soeren.kjaersgaard@mailbox.org]]>
Gesendet: Sonntag, 15. März 2026 20:12
An: [[N|standesamt@suederwarft.de]]
Betreff: Änderung der Schreibweise unserer Namen (Minderheiten-Namensänderungsgesetz)

Goddag / Guten Tag,

wir sind eine Familie der dänischen Minderheit und möchten die Schreibweise unserer Namen nach dem Minderheiten-Namensänderungsgesetz an die dänische Form anpassen lassen. Bei der Einbürgerung meines Großvaters wurden die Buchstaben ø und æ damals durch „ö“ und „ae“ ersetzt.

Betroffen sind:
1. ich selbst: [[P|Sören Kjaersgaard]], geb. [[DOB|08.02.1982]] → künftig [[P|Søren Kjærsgaard]]
2. meine Tochter [[P|Laerke Kjaersgaard]], geb. [[DOB|17.05.2012]] → [[P|Lærke Kjærsgaard]]
3. mein Sohn [[P|Mikkel Kjaersgaard]], geb. [[DOB|29.11.2015]] → [[P|Mikkel Kjærsgaard]]

Meine Frau [[P|Henriette]] hat ihren Geburtsnamen [[P|Lund]] behalten und ist nicht betroffen. Beide Kinder besuchen die dänische Schule (Den Danske Skole) in Bredstedt, wir sind Mitglieder im SSF.

Mein Personalausweis hat die Nummer [[IDC|{idc}]]; brauche ich für die Änderung der Ausweise dann einen neuen Termin im Bürgerbüro?

Wohnhaft sind wir [[A|Bi de Kark 2]] in [[A|25889 Süderwarft]]. Tagsüber erreichen Sie mich unter [[T|+49 171 806 22 49]].

Med venlig hilsen
[[P|Søren Kjærsgaard]] (noch: [[P|Sören Kjaersgaard]])"""


@doc("word", "friedhof_bestattung_muslimisches_grabfeld", ["RELIGION"])
def d23():
    ib = iban_de()
    return letterhead("Friedhofsverwaltung") + f"""Frau
[[P|Rania Al-Khatib]]
[[A|Theodor-Storm-Straße 31]]
[[A|25813 Husum]]

Bestattungsnummer: [[AZ|B-2026-023]]
Datum: 14. März 2026

Bestattung Ihres Vaters, Herrn [[P|Yusuf Al-Khatib]], im Grabfeld für muslimische Bestattungen

Sehr geehrte Frau [[P|Al-Khatib]],

wie heute Morgen telefonisch besprochen, bestätige ich die Beisetzung Ihres Vaters, Herrn [[P|Yusuf Al-Khatib]], geboren am [[DOB|1. Januar 1951]] in Homs, verstorben am 13. März 2026, für Montag, den 16. März 2026, 11:00 Uhr, auf dem Gemeindefriedhof Süderwarft.

– Grabstätte: Feld M (nach Mekka ausgerichtete Reihengräber), Reihe 1, Stelle 5
– Die rituelle Waschung erfolgt im Waschraum der Friedhofskapelle durch Herrn Imam [[P|Ahmad Darwish]] und Angehörige.
– Nach § 15 Abs. 2 des Bestattungsgesetzes Schleswig-Holstein ist auf Ihren Antrag aus religiösen Gründen eine Bestattung ohne Sarg im Leichentuch zulässig. Für den Transport zur Grabstätte ist ein geschlossener Sarg zu verwenden.
– Ein Ruherecht von 25 Jahren wird eingeräumt; eine Umbettung ist nicht vorgesehen.

Die Sterbeurkunde (Sterberegister [[AZ|S 17/2026]]) liegt dem Bestattungsinstitut [[P|Nommensen]] vor.

Die Gebühren von 1.485,00 EUR ziehen wir wie vereinbart von Ihrem Konto [[IBAN|{ib}]] ein. Ansprechpartner am Bestattungstag ist unser Friedhofswart, Herr [[P|Lorenz Thams]], mobil [[T|0160 9177 402]].

Ich spreche Ihnen und Ihrer Familie mein herzliches Beileid aus.

Mit freundlichen Grüßen
Im Auftrag
[[P|Antje Rickmers]]
Friedhofsverwaltung""" + footer()


@doc("outlook", "standesamt_trauungstermine_csv", ["SEXUAL_ORIENTATION"])
def d24():
    return f"""Von: [[P|Rörden, Inken]]
Gesendet: Freitag, 20. März 2026 12:30
An: [[P|Matthiesen, Jörn]]; [[P|Tadsen, Silke]]
Betreff: Trauungen April/Mai – bitte Räume und Leuchtturm blocken

Hallo ihr beiden,

hier die bestätigten Trauungen für April und Mai als Liste zum Einfügen in den Raumkalender. Trauungen am Leuchtturm bitte mit dem Hafenmeister abstimmen.

Datum;Uhrzeit;Ort;Brautpaar;Telefon;E-Mail;Vorgang
11.04.2026;11:00;Pesel Rathaus;[[P|Tjorven Hansen]] / [[P|Leif Christiansen]];[[T|0176 2318 4470]];[[E|tjorven.hansen@gmx.de]];[[AZ|EA 2026-009]]
11.04.2026;13:30;Leuchtturm;[[P|Marieke Smit]] / [[P|Hendrik Jürgensen]];[[T|+31 6 2904 7718]];[[E|marieke.smit@kpnmail.nl]];[[AZ|EA 2026-011]]
25.04.2026;10:30;Pesel Rathaus;[[P|Nele Ingwersen]] / [[P|Finja Petersen]];[[T|04846 7720]];[[E|nele.finja@posteo.de]];[[AZ|EA 2026-012]]
09.05.2026;12:00;Hallig Süderoog (Außentermin);[[P|Jonte Feddersen]] / [[P|Katharina Wojciechowska]];[[T|0152 0938 1164]];[[E|jonte.f@web.de]];[[AZ|EA 2026-014]]
16.05.2026;11:00;Pesel Rathaus;[[P|Sjoerd Dijkstra]] / [[P|Ewa Dąbrowska]];[[T|+48 605 221 870]];[[E|ewa.dabrowska@wp.pl]];[[AZ|EA 2026-017]]
30.05.2026;14:00;Leuchtturm;[[P|Frederik Thomsen]] / [[P|Merle Boysen]];[[T|0173-5521904]];[[E|merle.boysen@icloud.com]];[[AZ|EA 2026-019]]

Bei [[P|Dijkstra]]/[[P|Dąbrowska]] fehlt noch die berichtigte Übersetzung (siehe [[P|Jörns]] Mail). Der Termin am 09.05. ist nur bei gutem Wetter; Ersatztermin im Pesel ist reserviert.

Gruß
[[P|Inken]]"""


@doc("word", "bauamt_erschliessungsbeitrag_nl")
def d25():
    ib = iban_nl("INGB")
    return letterhead("Bauamt – Beiträge") + f"""Herrn [[P|Gerrit Jan Mulder]]
Frau [[P|Ineke Postma]]
[[A|Hereweg 131]]
[[A|9725 AG Groningen]]
Niederlande

Kassenzeichen: [[AZ|6.3400.019822]]
Datum: 20.03.2026

Bescheid über die Erhebung eines Erschließungsbeitrags
Erschließungsanlage: Möwenkamp (1. Bauabschnitt)

Sehr geehrter Herr [[P|Mulder]], sehr geehrte Frau [[P|Postma]],

für die erstmalige endgültige Herstellung der Erschließungsanlage Möwenkamp wird nach §§ 127 ff. BauGB in Verbindung mit der Erschließungsbeitragssatzung der Gemeinde Süderwarft ein Beitrag erhoben.

Beitragspflichtige (Miteigentümer zu je ½ laut Grundbuch von Süderwarft, Blatt 2217):
– [[P|Gerrit Jan Mulder]], geb. [[DOB|12.01.1958]]
– [[P|Ineke Postma]], geb. [[DOB|30.09.1961]]
Beide haften als Gesamtschuldner.

Grundstück: [[A|Möwenkamp 5]], Gemarkung Süderwarft, Flur 3, Flurstück 118/2, Grundstücksfläche 742 m²

Berechnung:
beitragsfähiger Aufwand gesamt                       412.880,00 EUR
abzüglich Gemeindeanteil 10 %                         41.288,00 EUR
umlagefähiger Aufwand                                371.592,00 EUR
Beitragssatz je m² gewichteter Fläche                     18,3411 EUR
Ihre gewichtete Fläche (742 m² × 1,25)                      927,50 m²
Erschließungsbeitrag                                  17.011,37 EUR

Der Betrag ist einen Monat nach Bekanntgabe fällig. Sie haben am Telefon gebeten, den Beitrag per SEPA-Lastschrift von Ihrem niederländischen Konto einzuziehen. Ein entsprechendes Mandat für die IBAN [[IBAN|{spaced(ib)}]] (Kontoinhaber: [[P|G.J. Mulder]]) liegt uns vor. Auf Antrag ist eine Ratenzahlung möglich; wenden Sie sich dazu an Frau [[P|Silke Tadsen]] in der Gemeindekasse.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe schriftlich oder zur Niederschrift beim Bürgermeister der Gemeinde Süderwarft Widerspruch erhoben werden. Der Widerspruch hat keine aufschiebende Wirkung.

Mit freundlichen Grüßen
Im Auftrag
[[P|Hollmann]]""" + footer()


@doc("outlook", "friedhof_beschwerde_vandalismus")
def d26():
    return f"""Betreff: grab meiner oma verwüstet!!!

guten morgen,

ich bin gestern nachmittag auf dem friedhof gewesen und das grab meiner oma [[P|frieda kühl]] (feld C, gleich neben dem großen findling) ist komplett verwüstet. die grabschale ist umgeworfen, die laterne kaputt und jemand hat die erika rausgerissen. das ist jetzt schon das zweite mal seit weihnachten!!

mir ist ein weißer transporter aufgefallen, der hinten am wirtschaftsweg stand, kennzeichen [[KFZ|NF-RM 733]] (bin mir bei der letzten zahl nicht ganz sicher, vielleicht auch 738). zwei männer haben da alte grabsteine aufgeladen. ist das eine firma die von der gemeinde beauftragt ist? wenn nicht, zeige ich das an.

außerdem: euer friedhofswärter herr [[P|thams]] war nicht da, die tür zum geräteschuppen stand offen. herr [[P|rickmers]]?? oder wer ist da zuständig? ich will jetzt endlich eine antwort.

[[P|mareike kühl]]
[[A|sielweg 11]]
[[A|25889 süderwarft]]
[[T|0176/ 48 22 91 03]]
[[E|mareike.kuehl89@gmail.com]]

ps: meine tante [[P|gundula kühl-brix]] aus kiel ist nutzungsberechtigte, sie weiß bescheid."""


@doc("word", "standesamt_telefonvermerk_geburt_polen")
def d27():
    p_child = pesel(2025, 11, 18, female=True)
    dow = pl_idcard()
    return f"""Gemeinde Süderwarft – Standesamt
Telefonvermerk

Datum/Uhrzeit: 17.03.2026, 10:25 Uhr
Gesprächspartnerin: Frau [[P|Małgorzata Kaczmarek]], Mobil [[T|+48 512 384 907]]
Aufgenommen von: [[P|J. Matthiesen]]
Vorgang: [[AZ|NB-G 5/2026]] (Nachbeurkundung einer Auslandsgeburt)

Inhalt:
Frau [[P|Kaczmarek]] ruft aus Polen an. Ihre Tochter [[P|Liliana Lorenzen]] wurde am [[DOB|18.11.2025]] in Szczecin geboren. Der Vater, Herr [[P|Hendrik Lorenzen]] (deutscher Staatsangehöriger, gemeldet [[A|Deichstraße 40]], [[A|25889 Süderwarft]]), möchte die Geburt in Deutschland nachbeurkunden lassen, damit das Kind einen deutschen Pass bekommt.

Vorliegende Angaben:
– Kind: [[P|Liliana Lorenzen]], PESEL [[SSN|{p_child}]], polnische Geburtsurkunde (odpis zupełny aktu urodzenia) vom 24.11.2025
– Mutter: [[P|Małgorzata Kaczmarek]], geb. [[DOB|4.4.1993]], dowód osobisty [[IDC|{dow[:3]} {dow[3:]}]], wohnhaft [[A|ul. Jaśminowa 14/3]], [[A|71-234 Szczecin]]
– Eltern nicht verheiratet; Vaterschaftsanerkennung vor dem polnischen Standesamt (USC Szczecin) am 20.11.2025

Auskunft erteilt:
1. Antrag schriftlich durch einen Elternteil; Herr [[P|Lorenzen]] kann ihn persönlich abgeben.
2. Urkunden im Original mit Übersetzung durch eine in Deutschland vereidigte Übersetzerin (Liste übersandt an [[E|m.kaczmarek93@onet.pl]]).
3. Namensführung: Frau [[P|Kaczmarek]] wünscht den Namen „[[P|Lorenzen]]“, der in Polen bereits eingetragen ist.

Rückruf durch Herrn [[P|Lorenzen]] angekündigt (Tel. [[T|0152 2770 1189]]).

[[P|Matthiesen]]"""


@doc("outlook", "standesamt_sterbeurkunde_nl_en_weitergeleitet")
def d28():
    b = bsn()
    pnl = nl_document("N")
    ib = iban_nl("ABNA")
    cc = credit_card("5", 16)
    return f"""Von: [[P|Matthiesen, Jörn]]
Gesendet: Montag, 23. März 2026 08:47
An: [[N|friedhof@suederwarft.de]]
Betreff: WG: Death certificate for my father – [[P|Visser]]

Hallo [[P|Antje]],

zur Info: Herr [[P|Visser]] (Ferienhaus [[A|Lammweide 3]]) ist am Freitag in Süderwarft gestorben, Sterbefall ist unter [[AZ|S 19/2026]] beurkundet. Die Tochter möchte ihn hier auf dem Friedhof beisetzen lassen, nicht in den Niederlanden – sie meldet sich bei dir. Ihre BSN und Kartennummer habe ich natürlich nicht gebraucht, die Mail lösche ich nach Erledigung.

Gruß [[P|Jörn]]

-----Original Message-----
From: [[P|Anouk Visser]] <[[E|anouk.visser@xs4all.nl]]>
Sent: Sunday, March 22, 2026 9:14 PM
To: [[N|standesamt@suederwarft.de]]
Subject: Death certificate for my father – [[P|Visser]]

Dear Madam or Sir,

my father, [[P|Cornelis (Kees) Visser]], born [[DOB|March 3, 1944]] in Den Helder, passed away on Friday 20 March at his holiday home in Süderwarft. The doctor on duty, Dr [[P|Meinert]], said the death would be registered with you.

I need several international death certificates (the multilingual CIEC version) for the Dutch authorities, the bank and the pension fund. Please find my details below:

Name: [[P|Anouk Visser]]
Address: [[A|Biltstraat 212]], [[A|3572 BJ Utrecht]]
Passport: [[PASS|{pnl}]]
BSN (burgerservicenummer): [[SSN|{b[:4]}.{b[4:6]}.{b[6:]}]]
Phone: [[T|+31 (0)30 271 4458]]

You can charge the fees to my Mastercard [[CC|{cc}]] (exp. 11/27) or I can transfer them from my account [[IBAN|{ib}]].

We would also like him to be buried in Süderwarft next to my mother [[P|Jantje Visser-Hoekstra]], who died in 2019 – could you forward this to the cemetery office?

Thank you very much,
[[P|Anouk Visser]]"""


@doc("word", "friedhof_unfallmeldung_mitarbeiter", ["HEALTH", "UNION"])
def d29():
    kv = kvnr()
    return f"""Gemeinde Süderwarft – Friedhofsverwaltung / Personal
Interne Unfallmeldung (Grundlage für die Unfallanzeige an die Unfallkasse Nord)

Verletzter Beschäftigter:   [[P|Lorenz Thams]]
geboren:                    [[DOB|14.08.1969]]
Anschrift:                  [[A|Koogstraße 12]], [[A|25889 Süderwarft]]
Tätigkeit:                  Friedhofswart, seit 01.04.2004
Krankenkasse:               AOK NordWest, Versichertennummer [[KV|{kv}]]

Unfallzeitpunkt:            Mittwoch, 18.03.2026, ca. 13:40 Uhr
Unfallort:                  Gemeindefriedhof Süderwarft, Hecke an der Nordseite (Feld C)

Hergang:
Herr [[P|Thams]] schnitt mit der Heckenschere die Buchenhecke an der Friedhofsmauer. Beim Umsetzen der Stehleiter rutschte der linke Leiterfuß auf dem nassen Rasen weg; Herr [[P|Thams]] stürzte aus etwa 1,5 m Höhe auf den linken Arm. Zeuge war der Praktikant [[P|Jonas Petersen]], der den Rettungsdienst verständigte.

Verletzungen / ärztliche Versorgung:
Distale Radiusfraktur links, Prellung der Hüfte. Erstversorgung im Klinikum Husum, Durchgangsärztin [[P|Dr. med. Frauke Jessen]]. Herr [[P|Thams]] ist voraussichtlich sechs Wochen arbeitsunfähig. Er hat mitgeteilt, dass er wegen eines Diabetes Typ 2 Insulin spritzt; die Klinik hat das bei der Narkose berücksichtigt.

Sonstiges:
– Herr [[P|Thams]] bittet darum, dass die Unfallmeldung auch an seine Gewerkschaft (IG BAU, Bezirksverband Schleswig-Holstein Nord) geht, weil er über sie Rechtsschutz hat. Das ist mit dem Personalrat ([[P|Heike Bendixen]]) abzustimmen – keine Weitergabe ohne seine schriftliche Einwilligung.
– Vertretung am Friedhof: Bauhof ([[P|Hauke Paulsen]]); Bestattungen am 23. und 26.03. übernimmt Frau [[P|Rickmers]] mit dem Bestatter.
– Die Leiter wurde aus dem Verkehr gezogen.

Aufgenommen am 19.03.2026
[[P|A. Rickmers]]"""


@doc("outlook", "buergermeister_jubilare_liste", ["HEALTH"])
def d30():
    return f"""Von: [[P|Tadsen, Silke]]
Gesendet: Dienstag, 24. März 2026 10:05
An: [[P|Volquardsen, Knut]]
Cc: [[N|info@suederwarft.de]]
Betreff: Jubilare April 2026 – Glückwünsche / Besuche

Moin [[P|Knut]],

anbei die Jubilare für April. Bitte beachte die Spalte „Bemerkung“ – zwei wünschen ausdrücklich keinen Besuch und keine Veröffentlichung im Amtsblatt.

Name	Geburtsdatum	Anlass	Anschrift	Bemerkung
[[P|Hedwig Clausen]]	[[DOB|02.04.1926]]	100. Geburtstag	Seniorenheim Haus Seeblick, [[A|Deichstraße 1]]	Besuch erwünscht, Presse ok
[[P|Ketel Jensen]]	[[DOB|09.04.1931]]	95. Geburtstag	[[A|Warftweg 17]]	keine Veröffentlichung!
[[P|Anneliese Hinrichsen]]	[[DOB|17.04.1936]]	90. Geburtstag	[[A|Bi de Kark 6]]	Tochter [[P|Elke]] anrufen: [[T|04846 2207]]
[[P|Ingeburg Thomsen]] und [[P|Peter Thomsen]]	Hochzeit 06.04.1966	Diamantene Hochzeit	[[A|Ostermarsch 9]]	Besuch erwünscht
[[P|Gisela Boysen]] und [[P|Harro Boysen]]	Hochzeit 28.04.1976	Goldene Hochzeit	[[A|Koogstraße 31]]	kein Besuch, nur Karte
[[P|Wilhelmina de Graaf]]	[[DOB|21.04.1936]]	90. Geburtstag	[[A|Fething 1]] (Zweitwohnsitz, Hauptwohnsitz Zwolle)	Karte auf Niederländisch?

Zur Diamantenen Hochzeit [[P|Thomsen]]: Herr [[P|Thomsen]] ist seit Februar bettlägerig, Frau [[P|Thomsen]] freut sich aber über einen kurzen Besuch. Die Glückwunschschreiben des Ministerpräsidenten habe ich für [[P|Clausen]] (100) und [[P|Thomsen]] (60 Jahre Ehe) bei der Staatskanzlei beantragt.

Schöne Grüße
[[P|Silke]]

[[P|Silke Tadsen]]
Gemeinde Süderwarft – Büro des Bürgermeisters
Tel. [[N|{SWITCH}]]"""


# ================================================================================================================


def main():
    lines = []
    for i, (channel, template, fn, flags) in enumerate(DOCS, start=1):
        doc_id = f"F81-{i:03d}"
        lines.append(build(doc_id, channel, template, fn(), flags))
    assert len(lines) == 30, len(lines)
    out = os.path.join(HERE, "fresh81.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for line in lines:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    total = sum(len(x["entities"]) for x in lines)
    print(f"wrote {out}: {len(lines)} documents, {total} entities")


if __name__ == "__main__":
    main()
