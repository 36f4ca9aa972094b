#!/usr/bin/env python3
"""Blind test batch 80 (seed 8080): invented correspondence of the Stadt Rheinhöhe am Niederrhein (Jobcenter,
Sozialamt, Wohngeld, Bildung und Teilhabe, Mietschulden, Schuldnerberatung) with inline-marked personal data.

Deterministic: only random.Random(8080) and Identifiers(8080); no network, no clock. Writes fresh80.jsonl beside
this file. Every identifier that has a check digit is generated valid and asserted with an independent validator
below (German ones from shared/docs/domain.md; foreign ones from their public national standards).
"""
import json
import os
import random
import sys

sys.dont_write_bytecode = True  # never leave __pycache__ beside the shared helpers
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # marks.py and identifiers.py sit beside this file
from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod11_10_check  # noqa: E402

SEED = 8080
gen = Identifiers(SEED)
rng = random.Random(SEED)


# ----------------------------------------------------------------------------------------------------------------
# Independent validators (asserted for every identifier placed in a text)
# ----------------------------------------------------------------------------------------------------------------
def _compact(s):
    return "".join(ch for ch in s if ch.isalnum()).upper()


IBAN_LEN = {"DE": 22, "RO": 24, "BG": 22, "NL": 18, "AT": 20, "BE": 16}


def iban_ok(s):
    s = _compact(s)
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def tax_id_ok(s):
    s = _compact(s)
    if len(s) != 11 or not s.isdigit() or s[0] == "0":
        return False
    counts = [s[:10].count(d) for d in "0123456789"]
    if sum(1 for c in counts if c >= 2) != 1 or max(counts) > 3:
        return False
    product = 10
    for ch in s[:10]:
        total = (int(ch) + product) % 10 or 10
        product = total * 2 % 11
    check = 11 - product
    return (0 if check == 10 else check) == int(s[10])


def vat_de_ok(s):
    s = _compact(s)
    return len(s) == 11 and s.startswith("DE") and mod11_10_check(s[2:10]) == int(s[10])


def icao_ok(s):
    s = _compact(s)
    total = 0
    for i, ch in enumerate(s[:-1]):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        total += v * (7, 3, 1)[i % 3]
    return total % 10 == int(s[-1])


def rvnr_ok(s):
    s = _compact(s)
    if len(s) != 12 or not s[8].isalpha():
        return False
    code = ord(s[8]) - 64
    vals = [int(c) for c in s[:8]] + [code // 10, code % 10] + [int(c) for c in s[9:11]]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum((v * x) // 10 + (v * x) % 10 for v, x in zip(vals, w)) % 10 == int(s[11])


def kvnr_ok(s):
    s = _compact(s)
    if len(s) != 10 or not s[0].isalpha():
        return False
    code = ord(s[0]) - 64
    vals = [code // 10, code % 10] + [int(c) for c in s[1:9]]
    total = 0
    for i, v in enumerate(vals):
        p = v * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return total % 10 == int(s[9])


def luhn_ok(s):
    s = _compact(s)
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - (9 if d * 2 > 9 else 0)
        total += d
    return total % 10 == 0


def cnp_ok(s):  # Romania, Cod Numeric Personal: weights 279146358279, sum mod 11, 10 -> 1
    s = _compact(s)
    w = "279146358279"
    r = sum(int(a) * int(b) for a, b in zip(s[:12], w)) % 11
    return len(s) == 13 and (1 if r == 10 else r) == int(s[12])


def egn_ok(s):  # Bulgaria, ЕГН: weights 2,4,8,5,10,9,7,3,6, sum mod 11, 10 -> 0
    s = _compact(s)
    w = [2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = sum(int(a) * b for a, b in zip(s[:9], w)) % 11
    return len(s) == 10 and (0 if r == 10 else r) == int(s[9])


def bsn_ok(s):  # Netherlands, burgerservicenummer: 11-proef with weights 9..2 and -1
    s = _compact(s)
    w = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    return len(s) == 9 and sum(int(a) * b for a, b in zip(s, w)) % 11 == 0


def ro_cui_ok(s):  # Romania, CIF/CUI (VAT "RO"+CUI): key 753217532 on the left-padded body, *10 mod 11, 10 -> 0
    s = _compact(s)
    if s.startswith("RO"):
        s = s[2:]
    body, check = s[:-1].rjust(9, "0"), int(s[-1])
    r = sum(int(a) * int(b) for a, b in zip(body, "753217532")) * 10 % 11
    return (0 if r == 10 else r) == check


def bg_vat_ok(s):  # Bulgaria, 9-digit ЕИК/BULSTAT: weights 1..8 mod 11; if 10 then 3..10 mod 11; 10 -> 0
    s = _compact(s)
    if s.startswith("BG"):
        s = s[2:]
    r = sum(int(a) * b for a, b in zip(s[:8], range(1, 9))) % 11
    if r == 10:
        r = sum(int(a) * b for a, b in zip(s[:8], range(3, 11))) % 11
        r = 0 if r == 10 else r
    return len(s) == 9 and r == int(s[8])


# ----------------------------------------------------------------------------------------------------------------
# Generators (all randomness from rng / gen)
# ----------------------------------------------------------------------------------------------------------------
def digits(n, first_nonzero=False):
    return gen.digits(n, first_nonzero)


def iban_any(country, bank_letters="", length_digits=0):
    bban = bank_letters + digits(length_digits)
    raw = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(raw) % 97
    value = f"{country}{check:02d}{bban}"
    assert iban_ok(value), value
    return value


def iban_de(spaced=True):
    v = gen.iban_de()
    assert iban_ok(v)
    return group(v, 4) if spaced else v


def tax_id(style=" "):
    v = gen.tax_id()
    assert tax_id_ok(v)
    if style == " ":
        return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
    if style == "/":
        return f"{v[:2]}/{v[2:5]}/{v[5:8]}/{v[8:]}"
    return v


def vat_de():
    v = gen.vat_id()
    assert vat_de_ok(v)
    return v


def id_card(check=True, first=None):
    v = gen.travel_document(first or "LMNPRTVWXY", check)
    if check:
        assert icao_ok(v), v
    return v


def passport_de(check=True):
    v = gen.passport(check)
    if check:
        assert icao_ok(v), v
    return v


def rvnr(dob_ddmmyy, letter, female, area=None, fmt="spaced"):
    area = area or rng.choice(["13", "14", "16", "17", "18", "19", "24", "25", "28", "42"])
    serial = f"{rng.randint(50, 99) if female else rng.randint(0, 49):02d}"
    code = ord(letter) - 64
    vals = [int(c) for c in area + dob_ddmmyy] + [code // 10, code % 10] + [int(c) for c in serial]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    check = sum((v * x) // 10 + (v * x) % 10 for v, x in zip(vals, w)) % 10
    v = f"{area}{dob_ddmmyy}{letter}{serial}{check}"
    assert rvnr_ok(v), v
    if fmt == "spaced":
        return f"{area} {dob_ddmmyy} {letter} {serial}{check}"
    if fmt == "dashed":
        return f"{area}-{dob_ddmmyy}-{letter}-{serial}{check}"
    return v


def kvnr():
    v = gen.health_insurance()
    assert kvnr_ok(v), v
    return v


def credit_card(prefix, length=16):
    v = gen.credit_card(prefix, length)
    assert luhn_ok(v), v
    return v


def cnp(sex_century, yymmdd, county):
    body = f"{sex_century}{yymmdd}{county}{digits(3)}"
    r = sum(int(a) * int(b) for a, b in zip(body, "279146358279")) % 11
    v = body + str(1 if r == 10 else r)
    assert cnp_ok(v), v
    return v


def egn(yy, mm, dd, female, born_2000s=False):
    mm = mm + 40 if born_2000s else mm
    region = rng.randint(0, 99)
    sex_digit = rng.choice("13579" if female else "02468")
    body = f"{yy:02d}{mm:02d}{dd:02d}{region:02d}{sex_digit}"
    r = sum(int(a) * b for a, b in zip(body, [2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11
    v = body + str(0 if r == 10 else r)
    assert egn_ok(v), v
    return v


def bsn():
    while True:
        body = digits(8, first_nonzero=True)
        s = sum(int(a) * b for a, b in zip(body, [9, 8, 7, 6, 5, 4, 3, 2])) % 11
        if s < 10:
            v = body + str(s)
            assert bsn_ok(v), v
            return v


def ro_cui():
    body = digits(7, first_nonzero=True)
    r = sum(int(a) * int(b) for a, b in zip(body.rjust(9, "0"), "753217532")) * 10 % 11
    v = body + str(0 if r == 10 else r)
    assert ro_cui_ok(v), v
    return v


def bg_eik():
    body = digits(8, first_nonzero=True)
    r = sum(int(a) * b for a, b in zip(body, range(1, 9))) % 11
    if r == 10:
        r = sum(int(a) * b for a, b in zip(body, range(3, 11))) % 11
        r = 0 if r == 10 else r
    v = body + str(r)
    assert bg_vat_ok(v), v
    return v


def tax_number_nrw():
    return f"{rng.choice(['116', '119', '113', '114'])}/{digits(4)}/{digits(4)}"


def kdnr():  # Jobcenter Kundennummer, e.g. 472D318806
    return f"{digits(3, True)}D{digits(6)}"


def bgnr():  # Nummer der Bedarfsgemeinschaft, e.g. 47215BG0031877
    return f"47215BG{digits(7)}"


def mobile(prefix=None, style=0):
    p = prefix or rng.choice(["0151", "0152", "0157", "0160", "0162", "0170", "0176", "0178"])
    n = digits(7 if p in ("0160", "0162", "0170") else 8, True)
    if style == 0:
        return f"{p} {n}"
    if style == 1:
        return f"{p}/{n[:3]} {n[3:]}"
    if style == 2:
        return f"+49 {p[1:]} {n}"
    if style == 3:
        return f"{p}-{n}"
    return f"{p}{n}"


def landline(style=0):
    n = digits(rng.choice([5, 6]), True)
    if style == 0:
        return f"02847 {n}"
    if style == 1:
        return f"(02847) {n[:2]} {n[2:]}"
    return f"+49 2847 {n}"


DOCS = []


def doc(channel, template, flags=()):
    def wrap(fn):
        DOCS.append((channel, template, list(flags), fn))
        return fn
    return wrap


# Authority data (neutral where the brief says so; office addresses are not labelled at all)
SWITCH = "02847 71-0"
SWITCH_INTL = "+49 2847 71-0"
JC_BOX = "Jobcenter-Rheinhoehe@jobcenter-ge.de"
WG_BOX = "wohngeld@rheinhoehe.de"
SB_BOX = "schuldnerberatung@rheinhoehe.de"
SOZ_BOX = "sozialamt@rheinhoehe.de"
BUT_BOX = "bildungspaket@rheinhoehe.de"
STADTKASSE_IBAN = iban_any("DE", "", 18)  # the city's own public bank account, printed on every Bescheid


# ----------------------------------------------------------------------------------------------------------------
# Documents
# ----------------------------------------------------------------------------------------------------------------
@doc("outlook", "buergergeld_weiterbewilligung", ["HEALTH"])
def d01():
    kd, bg, tel = kdnr(), bgnr(), mobile("0176", 4)
    return f"""Von: [[P|Mohamad Al-Hamwi]] <[[E|m.alhamwi1988@gmail.com]]>
Gesendet: Montag, 2. März 2026 21:14
An: [[N|{JC_BOX}]]
Betreff: weiterbewilligung + schwangerschaft

hallo herr [[P|hüsken]],

ich bin [[P|mohamad al-hamwi]] aus der [[A|kopfweidenweg 7]], meine kundennummer ist [[AZ|{kd.lower()}]] und die bg nummer [[AZ|{bg}]]. ich habe den weiterbewilligungsantrag am montag in ihren briefkasten gemacht aber die anlage KDU habe ich vergessen, kann ich die per mail schiken??

meine frau [[P|rasha]] ist schwanger (10. woche), die frauenärztin hat mutterpass gemacht. ich habe gehört es gibt mehrbedarf dafür ab der 13. woche. welche papiere brauchen sie, reicht kopie vom mutterpass?

auserdem unser sohn [[P|yousef]] geb [[DOB|14.2.2019]] kommt im august in die schule, für die schulsachen muss ich extra antrag machen oder kommt das automatisch?

vielen dank und entschuldigung für mein deutsch
[[P|mohamad]]
[[T|{tel}]]

Von meinem iPhone gesendet"""


@doc("word", "wohngeld_bescheid")
def d02():
    iban = iban_de()
    return f"""Stadt Rheinhöhe · Der Bürgermeister · Fachbereich 50 – Wohngeldstelle · Rathausplatz 1 · 47633 Rheinhöhe

Herrn
[[P|Heinz-Werner Tenbrink]]
[[A|Auf dem Kolk 14]]
[[A|47633 Rheinhöhe]]

Aktenzeichen: [[AZ|50.3-WG-2026/00418]]
Auskunft erteilt: [[P|Marlies Terhorst]], Zimmer 214
Telefon: [[T|02847 71-214]]
E-Mail: [[E|marlies.terhorst@rheinhoehe.de]]
Datum: 12.03.2026

Bescheid über Wohngeld (Mietzuschuss)

Sehr geehrter Herr [[P|Tenbrink]],

auf Ihren Antrag vom 02.02.2026 wird Ihnen für die Zeit vom 01.02.2026 bis 31.01.2027 Wohngeld in Höhe von monatlich 287,00 EUR bewilligt.

Berücksichtigte Haushaltsmitglieder:
1. [[P|Heinz-Werner Tenbrink]], geb. [[DOB|03.09.1957]], Antragsteller
2. [[P|Gisela Tenbrink]], geb. [[DOB|21.11.1959]], Ehefrau

Berechnungsgrundlagen: berücksichtigungsfähige Miete 612,00 EUR (Mietenstufe III, Höchstbetrag für zwei Personen), monatliches Gesamteinkommen 1.734,50 EUR nach Abzug der Pauschalen gemäß § 16 WoGG. Die Einzelberechnung finden Sie in der Anlage.

Das Wohngeld wird monatlich im Voraus auf das von Ihnen angegebene Konto
IBAN [[IBAN|{iban}]] (Kontoinhaberin: [[P|Gisela Tenbrink]])
überwiesen. Die Nachzahlung für Februar und März 2026 (574,00 EUR) erhalten Sie gesondert.

Bitte teilen Sie uns unverzüglich mit, wenn sich Ihr Einkommen, Ihre Miete oder die Zahl der Haushaltsmitglieder ändert (§ 27 WoGG). Zu Unrecht erhaltenes Wohngeld müssen Sie zurückzahlen.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Düsseldorf, Bastionstraße 39, 40213 Düsseldorf, erhoben werden.

Mit freundlichen Grüßen
Im Auftrag

[[P|Terhorst]]

Stadtkasse Rheinhöhe · IBAN [[N|{group(STADTKASSE_IBAN, 4)}]] · Telefonzentrale [[N|{SWITCH}]] · [[N|{WG_BOX}]]"""


@doc("outlook", "mietschulden_weitergeleitet")
def d03():
    ro_tel = f"+40 745 {digits(3)} {digits(3)}"
    de_tel = mobile("0157", 0)
    return f"""Von: [[P|Ingenpaß]], [[P|Timo]] <[[E|timo.ingenpass@rheinhoehe.de]]>
Gesendet: Dienstag, 10. März 2026 11:32
An: [[P|Verhoeven]], [[P|Nadine]] <[[E|nadine.verhoeven@rheinhoehe.de]]>
Betreff: WG: Mietrückstand [[P|Lăcătuș]] – Wohnung [[A|Fährstraße 31]], 2. OG links

Hallo [[P|Nadine]],

anbei die Mail der Niederrhein Wohnbau zum Mietrückstand. Die Familie war heute früh ohne Termin bei mir, Frau [[P|Lăcătuș]] hatte die Klageschrift dabei (Amtsgericht Rheinhöhe, Az. [[AZ|4 C 187/26]], Güte- und Verhandlungstermin am 21.04.2026). Kannst du prüfen, ob wir nach § 36 SGB XII übernehmen? Bürgergeld beziehen sie nicht, Herr [[P|Lăcătuș]] arbeitet Vollzeit bei einer Spedition in Emmerich, das Einkommen liegt knapp über dem Bedarf.

Drei Kinder im Haushalt, das jüngste ist erst zwei. Ich würde die Familie gern in die Fallkonferenz am Mittwoch nehmen.

Gruß
[[P|Timo]]

Fachstelle Wohnungsnotfälle
Telefon [[T|02847 71-388]]

Von: [[P|Wiebke Haffmans]] <[[E|w.haffmans@niederrhein-wohnbau.de]]>
Gesendet: Dienstag, 10. März 2026 08:47
An: [[N|{SOZ_BOX}]]
Cc: [[E|timo.ingenpass@rheinhoehe.de]]
Betreff: Mietrückstand [[P|Lăcătuș]] – Wohnung [[A|Fährstraße 31]], 2. OG links

Sehr geehrte Damen und Herren,

für die Mieter [[P|Florin Lăcătuș]] und [[P|Mirela Lăcătuș]], [[A|Fährstraße 31]], [[A|47633 Rheinhöhe]], Mieternummer [[AZ|31-0207-04]], besteht ein Mietrückstand von 2.184,60 EUR (Dezember 2025 bis März 2026). Wir haben das Mietverhältnis am 12.02.2026 fristlos gekündigt und Räumungsklage erhoben.

Nach § 569 Abs. 3 Nr. 2 BGB wird die Kündigung unwirksam, wenn der Rückstand innerhalb von zwei Monaten nach Rechtshängigkeit ausgeglichen wird oder eine öffentliche Stelle sich zur Befriedigung verpflichtet. Wir bitten daher um kurzfristige Mitteilung, ob eine Übernahme in Betracht kommt.

Die Mieter haben uns folgende Kontaktdaten hinterlassen: [[T|{ro_tel}]] (rumänische Nummer, Herr [[P|Lăcătuș]]) bzw. [[T|{de_tel}]] (Frau [[P|Lăcătuș]]).

Mit freundlichen Grüßen

[[P|Wiebke Haffmans]]
Forderungsmanagement
Niederrhein Wohnbau eG · Hafenstraße 2 · 47633 Rheinhöhe"""


@doc("word", "aktenvermerk_beratung", ["HEALTH"])
def d04():
    bg = bgnr()
    eat_f, eat_m = id_card(True, "Y"), id_card(True, "Y")
    rv = rvnr("010191", "A", True, area="65")
    kv = kvnr()
    tel = mobile("0152", 1)
    return f"""Aktenvermerk – Beratungsgespräch Jobcenter Rheinhöhe, Team 472 (Familien/Integration)

Datum: 05.03.2026, 09:30–10:45 Uhr
Anwesend: [[P|Zarghona Ahmadzai]] (Kundin), [[P|Sayed Jawad Ahmadzai]] (Ehemann), [[P|Farid Noori]] (Sprachmittler Dari), [[P|Benedikt Opgenoorth]] (Integrationsfachkraft)
Nummer der Bedarfsgemeinschaft: [[AZ|{bg}]]

1. Angaben und Dokumente
– Frau [[P|Ahmadzai]], geb. [[DOB|01.01.1991]] (laut Tazkira ist nur das Geburtsjahr bekannt, das Datum wurde amtlich auf den 01.01. gesetzt)
  eAT-Nr. [[IDC|{eat_f}]], gültig bis 14.09.2028
  e-Tazkira-Nr. [[IDC|1400-0311-48217]] (Kopie liegt vor)
  Versicherungsnummer DRV: [[SSN|{rv}]]
  KVNR: [[KV|{kv}]] (AOK Rheinland/Hamburg)
– Herr [[P|Ahmadzai]], geb. [[DOB|17.06.1986]], eAT-Nr. [[IDC|{eat_m}]]

2. Gesundheitliche Situation
Frau [[P|Ahmadzai]] berichtet über Schlafstörungen und Panikattacken seit der Flucht über den Iran; ein Erstgespräch im Psychosozialen Zentrum in Wesel ist für April vereinbart. Herr [[P|Ahmadzai]] legt ein Attest des Orthopäden vor (Bandscheibenvorfall L4/L5), schwere körperliche Helfertätigkeiten sind bis auf Weiteres ausgeschlossen. Ärztlicher Dienst wird eingeschaltet.

3. Kinder im Haushalt
– [[P|Mursal]] (geb. [[DOB|12.04.2014]]) – Gesamtschule Rheinhöhe, Klasse 6b
– [[P|Ahmad Zia]] (geb. [[DOB|30.09.2017]]) – GGS Am Altrhein, Klasse 3a
– [[P|Sitara]] (geb. [[DOB|08.02.2022]]) – noch kein Kita-Platz, Anmeldung über den Kita-Navigator erfolgt am 03.02.2026

4. Vereinbarungen
– Integrationskurs mit Kinderbetreuung für Frau [[P|Ahmadzai]] ab Mai (Träger VHS Rheinhöhe), Fahrkosten werden übernommen.
– Herr [[P|Ahmadzai]] reicht bis 20.03.2026 den Bescheid der Familienkasse nach.
– Kontakt über Herrn [[P|Ahmadzai]]: [[T|{tel}]]; keine E-Mail-Adresse. Post weiterhin an die Gemeinschaftsunterkunft [[A|Zur Wardtfähre 3]], [[A|47634 Rheinhöhe-Wardt]], Zimmer 12.
– Nächster Termin: 16.04.2026, 10:00 Uhr, wieder mit Sprachmittlung.

gez. [[P|Opgenoorth]]"""


@doc("word", "protokoll_fallkonferenz", ["HEALTH", "ETHNICITY"])
def d05():
    bg1, bg2 = bgnr(), bgnr()
    vk = f"{digits(3, True)} {digits(3)} {digits(4)}"
    tel = mobile("0178", 0)
    return f"""Protokoll der Fallkonferenz „Wohnungssicherung“

Datum: Mittwoch, 11.03.2026, 14:00 bis 15:40 Uhr
Ort: Rathaus Rheinhöhe, Raum 1.08
Teilnehmende: [[P|Nadine Verhoeven]] (Sozialamt, Leitung), [[P|Timo Ingenpaß]] (Fachstelle Wohnungsnotfälle), [[P|Jörg Hüsken]] (Jobcenter, Leistungsabteilung), [[P|Svenja Kempkes]] (Schuldnerberatung), [[P|Ayten Doğan]] (Migrationsberatung der Caritas)
Protokoll: [[P|Lea Schoofs]] (Auszubildende)

TOP 1 – Familie [[P|Lăcătuș]], [[A|Fährstraße 31]]
Sachstand: Mietrückstand 2.184,60 EUR, Räumungsklage beim Amtsgericht (Az. [[AZ|4 C 187/26]]), Termin am 21.04.2026. Das Einkommen von Herrn [[P|Lăcătuș]] liegt nach der Vergleichsberechnung von Herrn [[P|Hüsken]] rund 60 EUR über dem Bürgergeld-Bedarf; ein Anspruch auf Wohngeld und Kinderzuschlag ist wahrscheinlich, aber nicht beantragt.
Ergebnis: Die Übernahme als Darlehen nach § 36 Abs. 1 SGB XII wird vorbereitet (Frau [[P|Verhoeven]]). Frau [[P|Kempkes]] bietet der Familie eine Budgetberatung an, Frau [[P|Doğan]] begleitet den Wohngeldantrag.

TOP 2 – Herr [[P|Plamen Stoyanov]], [[A|Kastellstraße 58]], BG-Nr. [[AZ|{bg1}]]
Sachstand: Die Stadtwerke Rheinhöhe haben die Stromsperre zum 25.03.2026 angekündigt (Vertragskonto [[AZ|{vk}]], Rückstand 930,17 EUR). Herr [[P|Stoyanov]] ist seit dem 07.01.2026 nach einem Arbeitsunfall (Unterarmfraktur rechts) arbeitsunfähig, das Verletztengeld der BG Verkehr wurde verspätet gezahlt.
Ergebnis: Jobcenter prüft ein Darlehen nach § 24 Abs. 1 SGB II; Frau [[P|Kempkes]] verhandelt mit den Stadtwerken über eine Ratenzahlung von 40 EUR. Rückruf an Herrn [[P|Stoyanov]] unter [[T|{tel}]] durch Herrn [[P|Hüsken]].

TOP 3 – Frau [[P|Elvira Rusu]] mit drei Kindern, derzeit Obdachlosenunterkunft [[A|Schleusendamm 4]]
Sachstand: Frau [[P|Rusu]] ist im Oktober 2025 aus Craiova zugezogen und bezieht Bürgergeld (BG-Nr. [[AZ|{bg2}]]). Sie gehört nach eigenen Angaben der Roma-Minderheit an und berichtet, dass ihr bei Besichtigungen mehrfach abgesagt wurde, sobald ihr Name genannt wurde. Frau [[P|Doğan]] hat zwei Fälle dokumentiert.
Ergebnis: Kontakt zur Antidiskriminierungsberatung wird hergestellt. Die Fachstelle fragt bei der Niederrhein Wohnbau nach einer Wohnung im Kontingent nach (Ansprechpartnerin dort: Frau [[P|Haffmans]]).

TOP 4 – Verschiedenes
Die Mittel der Haushaltsstelle 1.31.01.533100 („Mietschuldenübernahme“) sind zu 41 % gebunden. Nächste Fallkonferenz: 08.04.2026, 14:00 Uhr, gleicher Raum.

Für das Protokoll: [[P|L. Schoofs]]
gesehen: [[P|N. Verhoeven]]"""


@doc("outlook", "but_klassenfahrt_lernfoerderung")
def d06():
    tel = mobile("0162", 3)
    fk = f"{digits(3, True)}FK{digits(6)}"
    return f"""Betreff: Antrag Klassenfahrt und Nachhilfe für meine Kinder

Guten Tag Frau [[P|Derksen]],

mein Name ist [[P|Senait Tesfamariam]], ich wohne in der [[A|Salmweg 22 a]] in [[A|47633 Rheinhöhe]]. Meine Tochter [[P|Luwam Habte]] (geboren am [[DOB|3. Mai 2012]]) fährt mit ihrer Klasse 8c vom 18. bis 22. Mai nach Xanten in die Jugendherberge. Die Klassenlehrerin Frau [[P|Brüx]] hat gesagt, ich muss den Antrag bei Ihnen stellen. Es kostet 236 Euro, das Formular von der Schule ist im Anhang.

Mein Sohn [[P|Abel Habte]] ([[DOB|19.10.2015]]) hat Probleme in Deutsch und Mathematik, seine Versetzung ist gefährdet. Die Schule schreibt die Bestätigung für die Lernförderung, das schicke ich nächste Woche. Kann er zum Lernstudio in der Fußgängerzone gehen oder muss ich ein anderes nehmen?

Wir bekommen Wohngeld und Kinderzuschlag, der Bescheid von der Familienkasse ist auch im Anhang (Kindergeldnummer [[AZ|{fk}]]).

Wenn Sie Fragen haben, meine Handynummer ist [[T|{tel}]]. Am besten nach 14 Uhr, vormittags bin ich im Sprachkurs.

Mit freundlichen Grüßen
[[P|Senait Tesfamariam]]"""


@doc("outlook", "schuldnerberatung_kontopfaendung")
def d07():
    cc = credit_card("4" + digits(5), 16)
    iban = iban_de(spaced=False)
    bg_tel = f"+359 88 {digits(3)} {digits(4)}"
    de_tel = mobile("0160", 0)
    return f"""Von: [[P|Dimitar Kolev]] <[[E|dimitar.kolev82@abv.bg]]>
Gesendet: Sonntag, 8. März 2026 19:02
An: [[N|{SB_BOX}]]
Betreff: Termin Schuldnerberatung – dringend, Kontopfändung

Sehr geehrte Damen und Herren,

ich heiße [[P|Dimitar Kolev]] und wohne seit 2019 in Rheinhöhe ([[A|Oyweg 9]], [[A|47633 Rheinhöhe]]). Meine Bank hat mein Girokonto gepfändet, weil ein Inkassobüro einen Pfändungs- und Überweisungsbeschluss hat (Rhein-Ruhr Forderungsmanagement GmbH, Az. [[AZ|RRF-26-044917]]). Jetzt bekomme ich meinen Lohn vom Februar nicht.

Ich habe noch Schulden bei einer Kreditkarte (Visa, Nummer [[CC|{group(cc, 4)}]], ungefähr 3.400 Euro) und bei einem Handyvertrag. Ich möchte ein P-Konto machen, die Bank sagt ich brauche eine Bescheinigung. Mein Konto ist [[IBAN|{iban}]].

Kann ich schnell einen Termin bekommen? Ich arbeite in Schicht im Lager, am besten nach 15 Uhr oder am Freitag. Telefon [[T|{bg_tel}]] (WhatsApp) oder die deutsche Nummer [[T|{de_tel}]].

Благодаря / Danke
[[P|Димитър Колев]]
[[P|Dimitar Kolev]]"""


@doc("word", "schuldnerberatung_glaeubigerliste")
def d08():
    cc = credit_card("5" + str(rng.randint(1, 5)) + digits(4), 16)
    masked = "**** **** **** " + digits(4)
    iban = iban_de()
    vk, tk = digits(10, True), f"{digits(2, True)} {digits(3)} {digits(3)} {digits(3)}"
    mahn = f"26-{digits(7, True)}-0-{rng.randint(0, 9)}"
    tel = landline(1)
    return f"""Schuldnerberatung der Stadt Rheinhöhe – Gläubiger- und Forderungsübersicht (Stand 09.03.2026)

Ratsuchende: [[P|Sandra Gerritzen]], geb. [[DOB|27.07.1979]]
Anschrift: [[A|Wilhelmine-Holtkamp-Straße 9]], [[A|47636 Rheinhöhe-Veenhusen]]
Telefon: [[T|{tel}]] · E-Mail: [[E|sandra.gerritzen@web.de]]
Pfändungsschutzkonto seit 02/2026: [[IBAN|{iban}]]
Beraterin: [[P|Svenja Kempkes]]

| Nr. | Gläubiger | Aktenzeichen / Kundennummer | Forderung EUR | Stand |
|---|---|---|---|---|
| 1 | Stadtwerke Rheinhöhe GmbH | Vertragskonto [[AZ|{vk}]] | 1.122,40 | Ratenzahlung 50 EUR/Monat |
| 2 | Telekom Deutschland GmbH | Kd.-Nr. [[AZ|{tk}]] | 486,19 | tituliert |
| 3 | Kfz-Werkstatt [[P|Tenhaef]] e.K. | Mahnbescheid AG Hagen [[AZ|{mahn}]] | 2.310,00 | Vollstreckungsbescheid 01/2026 |
| 4 | Santander Consumer Bank AG | Kreditkarte [[CC|{cc}]] | 4.870,55 | gekündigt, Abgabe an Inkasso |
| 5 | Rechtsanwalt [[P|Dr. Klaus Bovenkerk]] (für einen Versandhändler) | Az. [[AZ|1187/25-BO]] | 642,30 | Vergleich angeboten: 40 % |
| 6 | Advanzia Bank S.A. | Karte {masked} (Kartennummer unvollständig) | 1.905,00 | Unterlagen angefordert |
| | **Summe** | | **11.336,44** | |

Hinweise:
– Die Forderung Nr. 3 betrifft die Reparatur des Fahrzeugs ihres früheren Ehemanns [[P|Marco Gerritzen]], für die Frau [[P|Gerritzen]] als Auftraggeberin unterschrieben hat. Die Gesamtschuldnerschaft wird geprüft.
– Frau [[P|Gerritzen]] arbeitet in Teilzeit (25 Std./Woche), pfändbarer Betrag nach Tabelle zu § 850c ZPO derzeit 0,00 EUR bei einer Unterhaltspflicht.
– Nächster Schritt: außergerichtlicher Einigungsversuch nach § 305 InsO, Schuldenbereinigungsplan bis 30.04.2026."""


@doc("outlook", "kurzmail_rueckruf")
def d09():
    tel = mobile("0176", 3)
    return f"""Von: [[P|Rojda Aslan]] <[[E|rojda.aslan94@web.de]]>
An: [[E|b.opgenoorth@jobcenter-ge.de]]
Betreff: termin morgen

hi,
ich kann morgen um 9 nicht kommen, hab keine betreuung für die kleine, kita hat streik. bitte um rückruf für neuen termin [[T|{tel}]]
lg [[P|rojda]]

--
Gesendet mit der WEB.DE Mail App"""


@doc("word", "anhoerung_ueberzahlung")
def d10():
    kd, bg = kdnr(), bgnr()
    rv = rvnr("140807", "E", False, fmt="plain")
    return f"""Jobcenter Rheinhöhe · Kastellstraße 12 · 47633 Rheinhöhe

Frau
[[P|Kerstin Elspaß]]
[[A|Kribbenstraße 5]]
[[A|47633 Rheinhöhe]]

Ihre Kundennummer: [[AZ|{kd}]]
Nummer der Bedarfsgemeinschaft: [[AZ|{bg}]]
Ansprechpartner: [[P|Jörg Hüsken]], Durchwahl [[T|02847 9302-117]]
Rheinhöhe, 06.03.2026

Anhörung nach § 24 Zehntes Buch Sozialgesetzbuch (SGB X)

Sehr geehrte Frau [[P|Elspaß]],

nach den mir vorliegenden Erkenntnissen haben Sie in der Zeit vom 01.08.2025 bis 31.01.2026 Leistungen zur Sicherung des Lebensunterhalts in Höhe von 1.264,80 EUR zu Unrecht bezogen.

Im Rahmen des automatisierten Datenabgleichs nach § 52 SGB II wurde für Ihren Sohn [[P|Luca Elspaß]] (geb. [[DOB|14.08.2007]], Versicherungsnummer [[SSN|{rv}]]) eine geringfügige Beschäftigung bei der Gebäudereinigung [[P|Heckens]] in Wesel gemeldet. Das Einkommen aus dieser Beschäftigung (monatlich 538,00 EUR) wurde mir nicht mitgeteilt. Nach Abzug des Freibetrags für Schülerinnen und Schüler ergibt sich die oben genannte Überzahlung.

Bevor ich über die Aufhebung und Erstattung entscheide, gebe ich Ihnen Gelegenheit, sich bis zum 27.03.2026 zu äußern. Bitte legen Sie die Lohnabrechnungen Ihres Sohnes ab August 2025 und den Arbeitsvertrag vor. Wenn Sie sich nicht äußern, entscheide ich nach Aktenlage.

Mit freundlichen Grüßen
Im Auftrag
[[P|Hüsken]]

Telefonzentrale [[N|02847 9302-0]] · [[N|{JC_BOX}]]"""


@doc("outlook", "but_mittagessen_weiterleitung", ["HEALTH"])
def d11():
    return f"""Von: [[P|Katrin Derksen]] <[[E|katrin.derksen@rheinhoehe.de]]>
Gesendet: Mittwoch, 4. März 2026 13:05
An: [[P|Peters]], [[P|Monika]] <[[E|m.peters@ggs-altrhein.schulen-rheinhoehe.de]]>
Betreff: AW: Mittagessen [[P|Lana Haddad]], 2b

Liebe Frau [[P|Peters]],

vielen Dank. Den Antrag auf gemeinschaftliche Mittagsverpflegung für [[P|Lana]] habe ich bewilligt (Az. [[AZ|BuT-26-0192]]), die Kostenübernahme gilt ab 01.03.2026 bis 28.02.2027 und geht direkt an den Caterer. Die glutenfreie Kost ist im Tagessatz enthalten, ein Mehrpreis fällt nach Auskunft des Caterers nicht an.

Herrn [[P|Haddad]] schicke ich den Bescheid heute per Post an die [[A|Hollandgasse 11]].

Viele Grüße
[[P|Katrin Derksen]]
Bildung und Teilhabe · Stadt Rheinhöhe
[[T|02847 71-452]] · [[N|{BUT_BOX}]]

Am 3. März 2026 um 10:12 schrieb [[P|Monika Peters]] <[[E|m.peters@ggs-altrhein.schulen-rheinhoehe.de]]>:
> Liebe Frau [[P|Derksen]],
>
> der Vater von [[P|Lana Haddad]] (Klasse 2b, geb. [[DOB|22.06.2018]]), Herr [[P|Omar Haddad]], war heute im Sekretariat. Er hat den BuT-Antrag fürs Mittagessen schon im Februar abgegeben, aber wir haben noch keine Kostenübernahme. [[P|Lana]] hat Zöliakie, deshalb braucht sie das glutenfreie Menü. Ein Attest von Dr. [[P|Schmeink]] liegt uns vor.
>
> Herr [[P|Haddad]] ist erreichbar unter [[T|{mobile('0157', 2)}]].
>
> Mit freundlichen Grüßen
> [[P|Monika Peters]]
> Schulsekretariat GGS Am Altrhein"""


@doc("word", "mietschulden_darlehen_bescheid")
def d12():
    bg, kd = bgnr(), kdnr()
    iban_ll = iban_de()
    return f"""Jobcenter Rheinhöhe – Leistungsabteilung · Kastellstraße 12 · 47633 Rheinhöhe

Herrn
[[P|Abdulkarim Sheikho]]
Frau
[[P|Nisreen Sheikho]]
[[A|Pastor-Heesen-Straße 27]]
[[A|47633 Rheinhöhe]]

BG-Nummer: [[AZ|{bg}]] · Kundennummer: [[AZ|{kd}]]
Ihre Ansprechpartnerin: [[P|Sabine Kersjes]], Telefon [[T|02847 9302-140]]
Datum: 13.03.2026

Bescheid über die Übernahme von Mietschulden als Darlehen (§ 22 Abs. 8 SGB II)

Sehr geehrter Herr [[P|Sheikho]], sehr geehrte Frau [[P|Sheikho]],

auf Ihren Antrag vom 24.02.2026 übernehme ich Ihre Mietschulden für die Monate November 2025 bis Februar 2026 in Höhe von 1.780,00 EUR als Darlehen. Die Übernahme ist gerechtfertigt und notwendig, weil ohne sie Wohnungslosigkeit einzutreten droht.

Der Betrag wird direkt an Ihre Vermieterin, Frau [[P|Gertrud van de Loo]], [[A|Deichgrafenweg 61]], [[A|47633 Rheinhöhe]], auf das Konto [[IBAN|{iban_ll}]] überwiesen. Frau [[P|van de Loo]] hat mit Schreiben vom 02.03.2026 bestätigt, die Kündigung nach Eingang der Zahlung nicht weiter zu verfolgen.

Das Darlehen wird ab dem 01.04.2026 durch monatliche Aufrechnung in Höhe von 10 Prozent des maßgebenden Regelbedarfs (derzeit 50,60 EUR) getilgt (§ 42a Abs. 2 SGB II). Die Darlehensnehmer haften als Gesamtschuldner.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift beim Jobcenter Rheinhöhe, Kastellstraße 12, 47633 Rheinhöhe, einzulegen.

Mit freundlichen Grüßen
Im Auftrag
[[P|S. Kersjes]]"""


@doc("outlook", "aufstocker_selbststaendig")
def d13():
    stnr, ust = tax_number_nrw(), vat_de()
    cui = ro_cui()
    cnp_v = cnp("1", "870423", "12")
    iban_ro = iban_any("RO", "BTRL", 16)
    iban_d = iban_de()
    tid = tax_id("")
    kd = kdnr()
    return f"""Von: [[P|Ionuț Bălan]] <[[E|ionut.balan.transport@yahoo.ro]]>
Gesendet: Donnerstag, 5. März 2026 07:41
An: [[N|{JC_BOX}]]
Betreff: EKS abschließend 2. Halbjahr 2025 – Kd.-Nr. [[AZ|{kd}]]

Guten Morgen Frau [[P|Kersjes]],

wie am Telefon besprochen schicke ich Ihnen die abschließende EKS für Juli bis Dezember 2025. Ich fahre als selbstständiger Kurierfahrer für zwei Paketdienste, Kleinunternehmer bin ich seit Januar nicht mehr.

Meine Daten für Ihre Unterlagen:
Steuernummer: [[TNR|{stnr}]] (Finanzamt Kleve)
USt-IdNr.: [[VAT|{ust}]]
Steuer-ID: [[TID|{tid}]]
Fahrzeug: Mercedes Sprinter, Kennzeichen [[KFZ|KLE-IB 318]] (Leasing, Rate 489 EUR, Vertrag im Anhang)
Geschäftskonto: [[IBAN|{iban_d}]]

Die alte Firma in Rumänien (PFA [[P|Bălan Ionuț]], CIF [[VAT|RO{cui}]]) ist seit 2023 gelöscht, auf dem alten Konto [[IBAN|{group(iban_ro, 4)}]] bei der Banca Transilvania kommt aber noch die Miete für die Wohnung meiner Mutter in Cluj an (180 EUR im Monat). Soll ich das auch angeben? Für die Anfrage bei der rumänischen Rentenkasse wegen meiner Beitragszeiten bis 2014 brauchen Sie vielleicht meinen CNP: [[SSN|{cnp_v}]].

Die Tankquittungen sind zu viele für die Mail, ich bringe den Ordner am Dienstag vorbei.

Mulțumesc și o zi bună,
[[P|Ionuț Bălan]]
[[A|Am Lohgraben 2]], [[A|47634 Rheinhöhe-Wardt]]
[[T|+49 1525 {digits(7, True)}]]"""


@doc("word", "tabelle_wohngeld_rueckforderungen")
def d14():
    rows = [
        ("WG-2025-01144", "Kersjes", "Hannelore", "Deichgrafenweg 40", "47633 Rheinhöhe", "412,00", "Ratenzahlung 25 EUR"),
        ("WG-2025-01379", "Yıldız", "Mehmet Ali", "Kastellstraße 7", "47633 Rheinhöhe", "1.086,00", "Widerspruch anhängig"),
        ("WG-2025-01502", "Popescu", "Cristina", "Ottersteg 3 b", "47634 Rheinhöhe-Wardt", "96,00", "bezahlt 02.03.2026"),
        ("WG-2025-01611", "Bruckmann", "Dieter", "Am Altrhein 118", "47633 Rheinhöhe", "2.304,00", "Mahnung 2. Stufe"),
        ("WG-2026-00027", "Haidari", "Nasrin", "Rosmarinhof 6", "47636 Rheinhöhe-Veenhusen", "318,00", "Stundung bis 30.06.2026"),
        ("WG-2026-00089", "Ter Haar", "Wilhelm", "Kleine Deichstraße 2", "47633 Rheinhöhe", "744,00", "Nachlass, Erben ermittelt"),
        ("WG-2026-00112", "Ghebreyesus", "Almaz", "Salmweg 14", "47633 Rheinhöhe", "150,00", "Aufrechnung mit lfd. WoG"),
    ]
    lines = []
    for az, last, first, street, city, amount, status in rows:
        kz = f"5.{digits(4, True)}.{digits(6)}"
        lines.append(f"[[AZ|{az}]]\t[[AZ|{kz}]]\t[[P|{last}]], [[P|{first}]]\t[[A|{street}]], [[A|{city}]]\t{amount}\t{status}")
    table = "\n".join(lines)
    return f"""Stadt Rheinhöhe – Wohngeldstelle
Übersicht offene Rückforderungen Wohngeld, Stand 28.02.2026 (Auszug aus dem Fachverfahren, nur für den Dienstgebrauch)

Aktenzeichen\tKassenzeichen\tName, Vorname\tAnschrift\tBetrag EUR\tStand
{table}

Summe offen: 5.110,00 EUR (7 Fälle)

Anmerkungen ([[P|M. Terhorst]]):
– Bei Herrn [[P|Ter Haar]] ist der Erbschein noch nicht erteilt; Rückfrage beim Nachlassgericht Kleve läuft.
– Frau [[P|Popescu]] hat den Betrag vollständig gezahlt, bitte Vorgang schließen.
– Der Widerspruch von Herrn [[P|Yıldız]] liegt beim Rechtsamt (Frau [[P|Tebartz]])."""


@doc("outlook", "csv_ferienfreizeit")
def d15():
    kids = [
        ("Al-Hamwi", "Yousef", "14.02.2019", "GGS Am Altrhein", "BG"),
        ("Ahmadzai", "Ahmad Zia", "30.09.2017", "GGS Am Altrhein", "BG"),
        ("Habte", "Abel", "19.10.2015", "Gesamtschule", "WG"),
        ("Rusu", "Denisa", "05.01.2016", "KGS St. Willibrord", "BG"),
        ("Gerritzen", "Finn", "11.08.2014", "Gesamtschule", "WG"),
        ("Angelova", "Viktoria", "27.03.2017", "GGS Wardt", "BG"),
        ("Ibrahim", "Rojin", "02.12.2015", "KGS St. Willibrord", "BG"),
        ("Stoyanov", "Martin", "18.07.2016", "GGS Wardt", "BG"),
    ]
    rows = []
    for last, first, dob, school, kind in kids:
        ref = bgnr() if kind == "BG" else f"WG-2025-0{digits(4)}"
        tel = mobile(None, rng.choice([0, 3, 4]))
        rows.append(f"[[P|{last}]];[[P|{first}]];[[DOB|{dob}]];{school};[[AZ|{ref}]];[[T|{tel}]]")
    csv = "\n".join(rows)
    return f"""Von: [[P|Katrin Derksen]] <[[E|katrin.derksen@rheinhoehe.de]]>
Gesendet: Freitag, 6. März 2026 15:22
An: [[P|Schoofs]], [[P|Lea]] <[[E|lea.schoofs@rheinhoehe.de]]>
Betreff: Ferienfreizeit Ostern – Teilnehmerbeiträge BuT

Hallo [[P|Lea]],

kannst du bitte für die Kinder unten prüfen, ob der Eigenanteil für die Osterfreizeit (Jugendhof Bislich, 07.–10.04.2026) über BuT übernommen werden kann? Die Liste kommt vom Jugendamt als Export, ich hab sie einfach reinkopiert. Bei den WG-Aktenzeichen bitte in der Wohngeldakte schauen, ob ein aktueller Bescheid vorliegt.

Nachname;Vorname;Geburtsdatum;Schule;BG-Nr./WG-Az.;Telefon Eltern
{csv}

Danke dir und schönes Wochenende!
[[P|Katrin]]"""


@doc("word", "auskunft_auslaenderbehoerde", ["RELIGION", "ETHNICITY", "POLITICS"])
def d16():
    bg = bgnr()
    p1, p2 = "N0" + digits(8), "N0" + digits(8)
    e1, e2 = id_card(True, "Y"), id_card(True, "Y")
    return f"""Jobcenter Rheinhöhe · Kastellstraße 12 · 47633 Rheinhöhe

Kreis Wesel
Der Landrat – Ausländerbehörde
z. Hd. Herrn [[P|Gerd Bovenkerk]]
Reeser Landstraße 31
46483 Wesel

Ihr Zeichen: [[AZ|32.1-SYR-88214]]
Unser Zeichen: 472 – BG [[AZ|{bg}]]
Rheinhöhe, 09.03.2026

Auskunft über den Leistungsbezug – Familie [[P|Hesen]]
Ihr Schreiben vom 19.02.2026; Einverständniserklärung der Betroffenen vom 26.02.2026 liegt vor

Sehr geehrter Herr [[P|Bovenkerk]],

zu den nachstehend genannten Personen teile ich Ihnen Folgendes mit:

1. [[P|Xalid Hesen]], geb. [[DOB|01.07.1979]], syrischer Reisepass Nr. [[PASS|{p1}]], eAT-Nr. [[IDC|{e1}]]
2. [[P|Nesrîn Hesen]], geb. [[DOB|15.03.1984]], syrischer Reisepass Nr. [[PASS|{p2}]], eAT-Nr. [[IDC|{e2}]]
3. [[P|Dilvan Hesen]], geb. [[DOB|09.11.2009]]
4. [[P|Rûken Hesen]], geb. [[DOB|23.04.2013]]

wohnhaft [[A|Ottersteg 12]], [[A|47634 Rheinhöhe-Wardt]].

Die Familie bezog vom 01.12.2016 bis zum 31.10.2025 Leistungen nach dem SGB II. Seit dem 01.11.2025 ist Herr [[P|Hesen]] als Berufskraftfahrer bei einer Spedition in Goch sozialversicherungspflichtig beschäftigt; der Bedarf der Bedarfsgemeinschaft ist seitdem durch Erwerbseinkommen, Kindergeld und Wohngeld gedeckt. Eine Erstattung von Leistungen steht nicht aus.

Ergänzend weise ich darauf hin, dass die Familie nach Angaben in unserer Akte als kurdische Jesiden aus der Region Afrin anerkannte Flüchtlinge sind; Herr [[P|Hesen]] war nach dem Bescheid des Bundesamts wegen seiner Mitgliedschaft in einer kurdischen Oppositionspartei in Syrien inhaftiert. Diese Angaben sind für Ihre Entscheidung über die Niederlassungserlaubnis nach meiner Einschätzung nicht erheblich und werden hier nur wegen Ihrer ausdrücklichen Nachfrage zu Ziffer 4 Ihres Schreibens genannt.

Mit freundlichen Grüßen
Im Auftrag
[[P|Benedikt Opgenoorth]]
Telefon [[T|02847 9302-163]] · [[E|benedikt.opgenoorth@jobcenter-ge.de]]"""


@doc("outlook", "grenzpendler_nl_wohngeld")
def d17():
    b = bsn()
    iban_nl = iban_any("NL", "RABO", 10)
    tel_nl = f"+31 6 {digits(4, True)} {digits(4)}"
    return f"""Von: [[P|Joost van Beek]] <[[E|joostvanbeek@ziggo.nl]]>
Gesendet: Samstag, 7. März 2026 10:58
An: [[N|{WG_BOX}]]
Betreff: Vraag / Frage Wohngeld – wir wohnen in Rheinhöhe, ich arbeite in NL

Goedendag / Guten Tag,

mijn naam is [[P|Joost van Beek]]. Seit September 2025 wohne ich mit meiner Frau [[P|Femke van Beek-Jansen]] und unserem Sohn [[P|Daan]] in der [[A|Hollandgasse 4]], [[A|47633 Rheinhöhe]]. Vorher wohnten wir in [[A|Molenstraat 14]], [[A|6562 BD Groesbeek]]. Ich arbeite weiter in Nijmegen (Logistik), meine Frau ist zu Hause mit dem Kind.

Kann ich als Grenzgänger Wohngeld in Deutschland bekommen? Mein Lohn wird in den Niederlanden versteuert. Für den Antrag habe ich schon folgende Sachen:
- BSN (burgerservicenummer): [[SSN|{b[:4]}.{b[4:6]}.{b[6:]}]]
- Jaaropgave 2025 vom Arbeitgeber
- Mietvertrag, Miete 780 EUR warm
- Bankrekening: [[IBAN|{group(iban_nl, 4)}]] (Rabobank)

Ein deutsches Konto haben wir noch nicht. Unser Auto hat noch das niederländische Kennzeichen [[KFZ|GX-382-N]], das melden wir im April um – spielt das eine Rolle?

Bel me gerust / Sie können mich gern anrufen: [[T|{tel_nl}]]

Met vriendelijke groet / Mit freundlichen Grüßen
[[P|Joost van Beek]]"""


@doc("word", "gespraechsnotiz_telefon", ["HEALTH"])
def d18():
    kd = kdnr()
    kv = kvnr()
    tel = landline(0)
    return f"""Gesprächsnotiz (Telefonat)

Datum/Uhrzeit: 10.03.2026, 08:20 Uhr
Anruferin: Frau [[P|Helga Janssen]], Mutter des Kunden, Rückrufnummer [[T|{tel}]]
Betrifft: [[P|Marvin Janssen]], geb. [[DOB|29.01.1998]], Kd.-Nr. [[AZ|{kd}]]
Aufgenommen von: [[P|Sabine Kersjes]]

Frau [[P|Janssen]] teilte mit, dass ihr Sohn sich seit dem 02.03.2026 zur qualifizierten Entgiftung (Alkohol) in der LVR-Klinik Bedburg-Hau befindet und den Termin am 05.03. deshalb nicht wahrnehmen konnte. Die Aufenthaltsbescheinigung werde die Klinik direkt schicken. Danach sei eine Entwöhnungsbehandlung geplant, der Antrag bei der DRV laufe über den Sozialdienst der Klinik.

Frau [[P|Janssen]] nannte unaufgefordert die Krankenversichertennummer ihres Sohnes ([[KV|{kv[0]} {kv[1:5]} {kv[5:]}]]) und bat um Auskunft, ob die Miete für März überwiesen wurde. Eine Auskunft wurde mangels Vollmacht unter Hinweis auf das Sozialgeheimnis (§ 35 SGB I) nicht erteilt. Frau [[P|Janssen]] wurde gebeten, ihren Sohn eine schriftliche Vollmacht unterschreiben zu lassen.

Veranlasst:
– Meldeversäumnis vom 05.03.2026: keine Leistungsminderung, wichtiger Grund liegt vor.
– Wiedervorlage 24.03.2026 (Eingang Aufenthaltsbescheinigung).
– Information an die Fallmanagerin Frau [[P|Tebartz]].

[[P|Kersjes]]"""


@doc("outlook", "beschwerde_leistungsminderung", ["UNION"])
def d19():
    kd = kdnr()
    spaced = f"{kd[:3]} {kd[3]} {kd[4:7]} {kd[7:]}"
    tel = mobile("0170", 4)
    return f"""Von: [[P|sascha kuypers]] <[[E|saschakuypers@t-online.de]]>
Gesendet: Montag, 9. März 2026 23:47
An: [[N|{JC_BOX}]]
Betreff: WIDERSPRUCH!!! kürzung

hallo,

ich hab heute den brief bekommen das mir 10% gekürzt werden weil ich angeblich nicht beim termin war am 12.2. ich WAR da, um 8:55, und die dame am empfang hat gesagt herr [[P|engel]] ist krank und ich soll nach hause gehen!!! das kann ja wohl nicht sein das ich dafür bestraft werde.

kundennr [[AZ|{spaced}]], [[P|kuypers]] [[P|sascha]], [[A|schleusenweg 14 a]].

ich lege hiermit widerspruch ein. ich bin seit 20 jahren in der ig metall und hab das schon an die rechtsschutzabteilung weitergeleitet, die kollegin dort (frau [[P|Aydın]]) meldet sich bei ihnen. außerdem will ich akteneinsicht.

wenn ich bis freitag nix höre geh ich zur zeitung.

[[P|s. kuypers]]
[[T|{tel}]]"""


@doc("word", "kostenuebernahmeerklaerung_vermieter")
def d20():
    mnr = f"{digits(2, True)}.{digits(3)}.{digits(2)}"
    return f"""Stadt Rheinhöhe · Fachbereich 50 Soziales · Fachstelle Wohnungsnotfälle · Rathausplatz 1 · 47633 Rheinhöhe

Niederrhein Wohnbau eG
Forderungsmanagement
z. Hd. Frau [[P|Haffmans]]
Hafenstraße 2
47633 Rheinhöhe

Unser Zeichen: [[AZ|50.4-WN 2026/031]]
Datum: 16.03.2026

Verpflichtungserklärung nach § 569 Abs. 3 Nr. 2 BGB
Mietverhältnis [[P|Florin Lăcătuș]] und [[P|Mirela Lăcătuș]], [[A|Fährstraße 31]], [[A|47633 Rheinhöhe]], Mieternummer [[AZ|31-0207-04]]
Räumungsrechtsstreit Amtsgericht Rheinhöhe, Az. [[AZ|4 C 187/26]]

Sehr geehrte Frau [[P|Haffmans]],

die Stadt Rheinhöhe verpflichtet sich, den Mietrückstand der oben genannten Mieter bis einschließlich März 2026 in Höhe von 2.184,60 EUR zu übernehmen. Die Zahlung erfolgt innerhalb von 14 Tagen auf das uns bekannte Mietkonto unter Angabe der Mieternummer.

Wir bitten Sie, die Räumungsklage nach Eingang der Zahlung zurückzunehmen und uns dies kurz zu bestätigen. Für Rückfragen erreichen Sie mich unter [[T|02847 71-388]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Timo Ingenpaß]]

Zur Kenntnis: Familie [[P|Lăcătuș]] (per Post)
Altes Mietkonto der Familie bei der Wohnbau (bis 2024): Mieternummer [[AZ|{mnr}]]"""


@doc("outlook", "sprachmittlung_rechnung_thread")
def d21():
    stnr, ust = tax_number_nrw(), vat_de()
    iban = iban_de()
    bg = bgnr()
    tel = mobile("0178", 1)
    return f"""Von: [[P|Benedikt Opgenoorth]] <[[E|benedikt.opgenoorth@jobcenter-ge.de]]>
Gesendet: Donnerstag, 12. März 2026 09:03
An: [[P|Sabine Kersjes]] <[[E|sabine.kersjes@jobcenter-ge.de]]>
Betreff: WG: Rechnung Sprachmittlung 02/2026

Hallo [[P|Sabine]],

bitte die Rechnung von Frau [[P|Haidari]] anweisen (Haushaltsmittel Eingliederung, sachlich richtig: [[P|Opgenoorth]]). Die Termine mit Frau [[P|Gulalai Sadat]] (BG [[AZ|{bg}]]) und mit Familie [[P|Ahmadzai]] haben stattgefunden, Teilnahmelisten hängen an.

Danke!
[[P|Benedikt]]

-----Ursprüngliche Nachricht-----
Von: Sprachmittlung [[P|Haidari]] <[[E|info@sprachmittlung-haidari.de]]>
Gesendet: Mittwoch, 11. März 2026 17:26
An: [[P|Opgenoorth]], [[P|Benedikt]] <[[E|benedikt.opgenoorth@jobcenter-ge.de]]>
Betreff: Rechnung Sprachmittlung 02/2026

Sehr geehrter Herr [[P|Opgenoorth]],

anbei meine Rechnung Nr. 2026-014 für die Sprachmittlung (Dari/Paschtu) im Februar:

04.02.2026  Beratung Frau [[P|Sadat]]        1,5 Std.   82,50 EUR
19.02.2026  Hausbesuch Familie [[P|Ahmadzai]]  2,0 Std.  110,00 EUR
Fahrtkosten 38 km × 0,30 EUR                           11,40 EUR
zzgl. 19 % USt.                                         38,74 EUR
Gesamt                                                 242,64 EUR

Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf mein Konto
[[IBAN|{iban}]], Kontoinhaberin [[P|Mariam Haidari]].

Steuernummer [[TNR|{stnr}]] · USt-IdNr. [[VAT|{ust}]]

Mit freundlichen Grüßen
[[P|Mariam Haidari]]
Sprachmittlung [[P|Haidari]] – Dari · Paschtu · Farsi
[[A|Bahnstraße 44]], [[A|46509 Xanten]]
Mobil [[T|{tel}]]"""


@doc("word", "protokoll_dienstbesprechung", ["UNION"])
def d22():
    return f"""Protokoll der Dienstbesprechung Schuldner- und Insolvenzberatung

Datum: 12.03.2026, 09:00–10:15 Uhr
Anwesend: [[P|Svenja Kempkes]], [[P|Ralf Gerritsen]], [[P|Anja Brüx]], [[P|Ümran Kaya-Lenz]] (Verwaltung)
Entschuldigt: [[P|Wilma Tebartz]] (Fachbereichsleitung)
Protokoll: [[P|Kaya-Lenz]]

1. Fallzahlen
Im Februar 2026 wurden 46 Erstgespräche geführt (Vorjahr: 38), davon 17 mit Sprachmittlung. Die Wartezeit auf einen Ersttermin liegt bei fünf Wochen; Kontopfändungen werden weiterhin innerhalb von drei Werktagen gesehen (Krisenintervention). P-Konto-Bescheinigungen nach § 903 ZPO: 29.

2. Pfändungsfreigrenzen
Ab 01.07.2026 gelten neue Beträge nach der Pfändungsfreigrenzenbekanntmachung. Herr [[P|Gerritsen]] aktualisiert die Vorlagen und die Tabelle im Laufwerk S:\\50\\SB\\Vorlagen bis 15.06.2026.

3. Personal
Frau [[P|Kempkes]] ist vom 30.03. bis 10.04.2026 im Urlaub; Vertretung Herr [[P|Gerritsen]]. Frau [[P|Brüx]] nimmt als ver.di-Vertrauensfrau am 24.03.2026 an der Sitzung des Personalrats zur Dienstvereinbarung KI teil und berichtet anschließend.

4. Einzelfälle mit Abstimmungsbedarf
– [[P|Kolev]]: P-Konto eingerichtet, Bescheinigung ausgestellt; Verhandlung mit dem Inkassounternehmen läuft.
– [[P|Gerritzen]] (nicht verwandt mit Herrn [[P|Gerritsen]]): Schuldenbereinigungsplan in Vorbereitung.

5. Verschiedenes
Die Telefonsprechstunde bleibt dienstags 9–12 Uhr über die Zentrale [[N|{SWITCH}]] bzw. [[N|{SB_BOX}]]. Nächste Dienstbesprechung: 09.04.2026."""


@doc("outlook", "kindergeld_but_rumaenisch")
def d23():
    fk = f"{digits(3, True)}FK{digits(6)}"
    c_mother = cnp("2", "900816", "16")
    tid_s, tid_i = tax_id(" "), tax_id("")
    tel = f"+40 7{digits(2)} {digits(3)} {digits(3)}"
    tel_de = mobile("0152", 0)
    return f"""Von: [[P|Andreea Stănescu]] <[[E|andreea.stanescu90@yahoo.com]]>
Gesendet: Dienstag, 3. März 2026 16:36
An: [[N|{BUT_BOX}]]
Betreff: Schulbedarf für meine Kinder / rechizite

Bună ziua, guten Tag,

ich bin [[P|Andreea-Maria Stănescu]], ich bin im Januar mit meinen zwei Kindern von Dolj nach Rheinhöhe gekommen. Wir wohnen bei meinem Bruder [[P|Cătălin Stănescu]], [[A|Weberstege 19]], [[A|47633 Rheinhöhe]]. Ich arbeite in Teilzeit in der Wäscherei und habe Kindergeld beantragt, Kindergeldnummer [[AZ|{fk}]], aber noch keinen Bescheid.

Meine Kinder:
[[P|Ștefan Stănescu]], născut/geboren [[DOB|04.09.2014]]
[[P|Ioana Stănescu]], născută/geboren [[DOB|21.02.2018]]

Die Familienkasse wollte die Steuer-ID von den Kindern, die Briefe vom Bundeszentralamt sind jetzt gekommen: [[P|Ștefan]] [[TID|{tid_s}]], [[P|Ioana]] [[TID|{tid_i}]].

Die Schule sagt ich kann Geld für Schulsachen bekommen (Schulbedarf). Was muss ich machen? Ich habe nur meinen rumänischen Personalausweis (seria [[IDC|DX 512784]]), CNP [[SSN|{c_mother}]], einen Reisepass habe ich nicht.

Am besten bitte auf Deutsch einfach schreiben oder anrufen, mein Bruder hilft mir: [[T|{tel_de}]] oder meine Nummer aus Rumänien [[T|{tel}]].

Mulțumesc frumos,
[[P|Andreea Stănescu]]"""


@doc("word", "vermerk_hausbesuch", ["HEALTH"])
def d24():
    bg = bgnr()
    kv = kvnr()
    return f"""Prüfdienst Jobcenter Rheinhöhe – Vermerk über einen Hausbesuch

BG-Nummer: [[AZ|{bg}]]
Leistungsberechtigte: [[P|Nicole Heckmanns]], geb. [[DOB|02.05.1988]]
Anschrift: [[A|Krummer Weg 8]], [[A|47636 Rheinhöhe-Veenhusen]], Erdgeschoss rechts
Anlass: Hinweis auf eine nicht angegebene Partnerschaft (Verantwortungs- und Einstehensgemeinschaft, § 7 Abs. 3a SGB II)
Durchgeführt am 04.03.2026, 10:10 Uhr, von [[P|Dirk Bongartz]] und [[P|Yasemin Özkan]]

Feststellungen:
Auf dem Klingelschild stehen die Namen „[[P|Heckmanns]]“ und „[[P|Roelofs]]“. Vor dem Haus parkte ein grauer VW Caddy mit dem Kennzeichen [[KFZ|KLE-KR 1907]], der laut Halterauskunft auf Herrn [[P|Kevin Roelofs]] ([[A|Grüner Winkel 3]], [[A|47533 Kleve]]) zugelassen ist.

Frau [[P|Heckmanns]] ließ uns freiwillig ein. In der Wohnung leben außerdem ihre Tochter [[P|Mia]] (geb. [[DOB|2016-11-30]]) und ihre Großmutter [[P|Anneliese Heckmanns]] (geb. [[DOB|17. Januar 1941]]). Frau [[P|Anneliese Heckmanns]] ist bettlägerig und hat Pflegegrad 3 (Bescheid der Pflegekasse, Versichertennummer [[KV|{kv}]]); Frau [[P|Nicole Heckmanns]] pflegt sie und erhält das Pflegegeld weitergeleitet.

Im Bad befanden sich zwei Zahnbürsten, Herrenrasierzeug war nicht vorhanden. Im Flur hing eine Arbeitsjacke mit dem Aufdruck „Dachdeckerei [[P|Roelofs]]“. Frau [[P|Heckmanns]] erklärte, Herr [[P|Roelofs]] sei ihr ehemaliger Partner und Vater von [[P|Mia]], er hole die Tochter jeden Mittwoch ab und habe die Jacke vergessen. Er wohne in Kleve. Der Nachbar Herr [[P|Wolfgang Tillmanns]] (1. OG) gab auf Nachfrage an, Herrn [[P|Roelofs]] „ab und zu“ zu sehen.

Bewertung: Anhaltspunkte für eine Einstehensgemeinschaft haben sich nicht ergeben. Empfehlung: Der Hinweis ist nicht weiter zu verfolgen.

[[P|Bongartz]]                                  [[P|Özkan]]"""


@doc("outlook", "ausbildung_fahrkosten", ["RELIGION"])
def d25():
    kd = kdnr()
    iban = iban_de()
    tel = mobile("0157", 1)
    return f"""Von: [[P|Yonas Ghebremedhin]] <[[E|yonas.ghebremedhin@gmx.de]]>
Gesendet: Freitag, 13. März 2026 18:12
An: [[P|Opgenoorth]], [[P|Benedikt]] <[[E|benedikt.opgenoorth@jobcenter-ge.de]]>
Betreff: Fahrtkosten Berufsschule und Termin

Hallo Herr [[P|Opgenoorth]],

ich habe jetzt die Ausbildung als Anlagenmechaniker bei der Firma Haustechnik Niederrhein GmbH angefangen (seit 1. Februar). Mein Ausbilder Herr [[P|Ralf Wolters]] hat den Vertrag unterschrieben, die Kopie ist im Anhang. Ich habe auch Berufsausbildungsbeihilfe bei der Agentur für Arbeit beantragt.

Die Berufsschule ist in Moers, jeden Dienstag und Donnerstag. Das Deutschlandticket kostet 63 Euro, kann das Jobcenter das bezahlen bis die BAB kommt? Meine Kundennummer ist [[AZ|{kd}]]. Bitte das Geld auf mein neues Konto [[IBAN|{iban}]], das alte bei der Sparkasse habe ich geschlossen.

Sie wollten einen Termin am Sonntag 22.3. für den Bewerbertag vorschlagen, aber sonntags bin ich morgens immer in der eritreisch-orthodoxen Kirche in Duisburg, das ist mir wichtig. Geht vielleicht Samstag?

Meine Adresse ist jetzt neu: [[A|Fährstraße 8]], [[A|47633 Rheinhöhe]] (WG mit [[P|Tesfay]] und [[P|Mehari]]).

Vielen Dank
[[P|Yonas]]
[[T|{tel}]]"""


@doc("word", "but_bescheid_lernfoerderung")
def d26():
    bg = bgnr()
    iban_prov = iban_de()
    return f"""Stadt Rheinhöhe · Der Bürgermeister · Bildung und Teilhabe · Rathausplatz 1 · 47633 Rheinhöhe

Frau
[[P|Hêvîn Ibrahim]]
[[A|Kastellstraße 40]]
[[A|47633 Rheinhöhe]]

Aktenzeichen: [[AZ|BuT-2026-0311]]
Leistungsberechtigt nach: SGB II (BG-Nummer [[AZ|{bg}]])
Sachbearbeitung: [[P|Katrin Derksen]], Telefon [[T|02847 71-452]]
Datum: 16.03.2026

Bescheid über Leistungen für Bildung und Teilhabe – Lernförderung (§ 28 Abs. 5 SGB II)

Sehr geehrte Frau [[P|Ibrahim]],

für Ihre Tochter [[P|Rojin Ibrahim]], geboren am [[DOB|02.12.2015]], Schülerin der Klasse 4b der KGS St. Willibrord, übernehme ich die Kosten einer ergänzenden Lernförderung im Fach Deutsch (Lesen und Rechtschreibung).

Umfang: zwei Unterrichtseinheiten à 45 Minuten pro Woche, vom 01.03.2026 bis 30.06.2026
Anbieter: Lernstudio [[P|Wilmsen]], Inhaberin [[P|Petra Wilmsen]], [[A|Marktstraße 17]], [[A|47633 Rheinhöhe]]
Kosten: 21,00 EUR je Unterrichtseinheit, höchstens 714,00 EUR

Die Abrechnung erfolgt direkt mit dem Anbieter. Die Zahlungen werden auf das Konto des Lernstudios, IBAN [[IBAN|{iban_prov}]], geleistet; Sie selbst erhalten kein Geld ausgezahlt. Die Bestätigung der Schule (Klassenlehrer Herr [[P|Brinkhoff]]) vom 20.02.2026 habe ich berücksichtigt.

Gegen diesen Bescheid können Sie innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadt Rheinhöhe, Rathausplatz 1, 47633 Rheinhöhe, einlegen.

Mit freundlichen Grüßen
Im Auftrag
[[P|Derksen]]

Stadtkasse Rheinhöhe · IBAN [[N|{group(STADTKASSE_IBAN, 4)}]] · [[N|{SWITCH_INTL}]]"""


@doc("outlook", "einkommensnachweise_bulgarien_thread", ["HEALTH"])
def d27():
    egn_h = egn(85, 6, 12, False)
    egn_v = egn(17, 3, 27, True, born_2000s=True)
    lk = digits(9, True)
    iban_bg = iban_any("BG", "UNCR", 14)
    eik = bg_eik()
    kd = kdnr()
    tel = f"+359 87 {digits(3, True)} {digits(4)}"
    return f"""Von: [[P|Tsvetelina Angelova]] <[[E|tsveti.angelova@abv.bg]]>
Gesendet: Mittwoch, 11. März 2026 20:19
An: [[P|Kersjes]], [[P|Sabine]] <[[E|sabine.kersjes@jobcenter-ge.de]]>
Betreff: AW: Fehlende Unterlagen Weiterbewilligung – Kd.-Nr. [[AZ|{kd}]]

Sehr geehrte Frau [[P|Kersjes]],

anbei die Unterlagen. Mein Mann [[P|Hristo Angelov]] hatte am 14. Januar einen Unfall auf der Baustelle (Knie, Meniskus operiert), deshalb bekommt er seit Februar Krankengeld und nicht mehr Lohn. Die Bescheinigung von der Krankenkasse kommt noch.

Die alte Firma von meinem Mann in Bulgarien (ЕООД, ЕИК/VAT [[VAT|BG{eik}]]) ist geschlossen, es kommt kein Geld mehr. Das bulgarische Konto [[IBAN|{iban_bg}]] haben wir noch für die Miete von unserer Wohnung in Pleven, Kontoauszüge sind dabei.

Für das Kindergeld fragt die Familienkasse nach den bulgarischen Nummern, ich schreibe sie Ihnen auch:
[[P|Hristo Angelov]] – ЕГН [[SSN|{egn_h}]], лична карта № [[IDC|{lk}]]
[[P|Виктория Ангелова]] ([[P|Viktoria Angelova]]) – ЕГН [[SSN|{egn_v}]]

Mit freundlichen Grüßen
[[P|Tsvetelina Angelova]]
[[T|{tel}]]

-----Original Message-----
From: [[P|Kersjes]], [[P|Sabine]] <[[E|sabine.kersjes@jobcenter-ge.de]]>
Sent: Monday, March 9, 2026 2:40 PM
To: [[E|tsveti.angelova@abv.bg]]
Subject: Fehlende Unterlagen Weiterbewilligung – Kd.-Nr. [[AZ|{kd}]]

Sehr geehrte Frau [[P|Angelova]], sehr geehrter Herr [[P|Angelov]],

für die Weiterbewilligung ab 01.04.2026 fehlen noch: Lohnabrechnungen Januar und Februar 2026 von Herrn [[P|Angelov]], Kontoauszüge aller Konten der letzten drei Monate (auch ausländische Konten) und der aktuelle Kindergeldbescheid.

Mit freundlichen Grüßen
[[P|Sabine Kersjes]]
Jobcenter Rheinhöhe – Leistungsabteilung
Telefon [[T|02847 9302-140]] · Zentrale [[N|02847 9302-0]]"""


@doc("word", "uebergabe_vertretung")
def d28():
    kd1, kd2, kd3, kd4 = kdnr(), kdnr(), kdnr(), kdnr()
    rfa = gen.travel_document("CFGHJK", True)
    assert icao_ok(rfa)
    tid1 = tax_id(" ")
    rv2 = rvnr("230559", "B", False, area="13", fmt="dashed")
    pa3 = id_card(True)
    pa4 = id_card(False)
    kv5 = kvnr()
    pass6 = passport_de(True)
    stnr6 = f"5{rng.choice(['116', '119'])}0{digits(8)}"
    tel3, tel5 = mobile("0162", 0), mobile("0151", 2)
    return f"""Übergabevermerk Urlaubsvertretung 16.03.–27.03.2026
von [[P|Sabine Kersjes]] an [[P|Marcel Tenhagen]] (Leistungsabteilung, Team 473)

Bitte in meiner Abwesenheit im Blick behalten:

1) [[P|Gulalai Sadat]] – Kd.-Nr. [[AZ|{kd1}]] – Erstantrag vom 02.03.
   Identität geprüft über Reiseausweis für Ausländer Nr. [[PASS|{rfa}]]. Sie hat einen Minijob im Bistro am Markt angefangen; Steuer-ID für die Anmeldung: [[TID|{tid1}]]. Es fehlt noch die Mietbescheinigung des Vermieters.

2) Herr [[P|Dieter Bruckmann]] (*[[DOB|23.05.1959]]) – Kd.-Nr. [[AZ|{kd2}]]
   Antrag auf Altersrente für besonders langjährig Versicherte läuft, Versicherungsnummer [[SSN|{rv2}]]. Sobald der Rentenbescheid kommt: Erstattungsanspruch nach § 104 SGB X bei der DRV Rheinland anmelden (ist vorgemerkt).

3) Frau [[P|Sibel Yıldırım]] – Kd.-Nr. [[AZ|{kd3}]]
   Zieht zum 01.04. um nach [[A|Rosmarinhof 11]], [[A|47636 Rheinhöhe-Veenhusen]]. Zusicherung nach § 22 Abs. 4 SGB II ist raus. Mietkaution (1.140 EUR) als Darlehen: Unterschrift fehlt noch, Kopie Personalausweis ([[IDC|{pa3}]]) liegt in der E-Akte. Sie ruft oft an, Handy [[T|{tel3}]].

4) [[P|Jan-Hendrik Peerenboom]] – Kd.-Nr. [[AZ|{kd4}]]
   Vermögensprüfung: Pkw mit dem Kennzeichen [[KFZ|WES JP 88]] (Wert laut DAT ca. 7.800 EUR), liegt unter dem Freibetrag; Vermerk schreiben. Ausweisnummer ohne Prüfziffer im Antrag angegeben ([[IDC|{pa4}]]), bitte nicht beanstanden.

5) [[P|Ramona Lupu]] (BG von Herrn [[P|Cristian Lupu]])
   Familienversicherung unklar. KVNR laut Karte [[KV|{kv5}]]; die Krankenkasse antwortet per E-Mail an [[E|ramona.lupu@gmx.net]]. Rückruf [[T|{tel5}]].

6) Herr [[P|Thomas Kühnen]] – Neuantrag, Nebengewerbe (Fahrradreparatur)
   Ausweis: Reisepass [[PASS|{pass6}]] (Personalausweis abgelaufen). Steuernummer aus dem Fragebogen zur steuerlichen Erfassung: [[TNR|{stnr6}]]. Anlage EKS fehlt.

Sonst nichts Dringendes. Danke, [[P|Marcel]]!
[[P|Sabine]]"""


@doc("outlook", "interne_weiterleitung_wohngeld")
def d29():
    tel = landline(2)
    return f"""Von: [[P|Marlies Terhorst]] <[[E|marlies.terhorst@rheinhoehe.de]]>
Gesendet: Freitag, 13. März 2026 12:01
An: [[P|Lukas Mertens]] <[[E|lukas.mertens@rheinhoehe.de]]>
Betreff: WG: Weiterleistungsantrag

hi [[P|lukas]],

kannst du mal bei frau [[P|yıldırım]] nachschauen ob der WL-antrag schon im system ist? sie hat heute 3x angerufen und ist ziemlich aufgelöst. ihre nummer steht unten in der mail. achtung, sie zieht zum 1.4. um (neue anschrift steht im jobcenter-vermerk, hab ich nicht).

danke dir!
[[P|marlies]]

--
Stadt Rheinhöhe | Der Bürgermeister | Fachbereich 50 – Wohngeldstelle
Rathausplatz 1 | 47633 Rheinhöhe
Telefon [[N|{SWITCH}]] | [[N|{WG_BOX}]] | www.rheinhoehe.de
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.

-----Ursprüngliche Nachricht-----
Von: [[P|Sibel Yıldırım]] <[[E|sibel.yildirim@hotmail.de]]>
Gesendet: Freitag, 13. März 2026 09:47
An: [[N|{WG_BOX}]]
Betreff: Weiterleistungsantrag

Guten Tag,

ich habe am 20.02. meinen Weiterleistungsantrag für das Wohngeld in den Briefkasten am Rathaus geworfen (Aktenzeichen [[AZ|WG-2025-00873]]). Mein Bewilligungszeitraum endet am 31.03. und ich habe noch keine Eingangsbestätigung. Bitte sagen Sie mir, ob der Antrag angekommen ist, sonst bringe ich ihn nochmal persönlich.

Mit freundlichen Grüßen
[[P|Sibel Yıldırım]]
[[A|Am Altrhein 52]]
[[A|47633 Rheinhöhe]]
Tel. [[T|{tel}]]"""


@doc("word", "vermerk_unterbringung_schutz", ["SEXUAL_ORIENTATION", "HEALTH"])
def d30():
    bamf = f"{digits(7, True)}-423"  # BAMF file number: 7 digits + country code (423 = Afghanistan)
    tel = mobile("0176", 0)
    return f"""Vermerk – Unterbringung außerhalb der Gemeinschaftsunterkunft (Schutzbedarf)

Betroffener: [[P|Mustafa Rahimi]], geb. [[DOB|11.10.1999]], afghanischer Staatsangehöriger
Aufenthaltsgestattung, BAMF-Aktenzeichen [[AZ|{bamf}]], Leistungen nach dem AsylbLG, Az. [[AZ|50.2-AsylbLG-0417]]
Derzeitige Unterkunft: Gemeinschaftsunterkunft [[A|Zur Wardtfähre 3]], [[A|47634 Rheinhöhe-Wardt]], Zimmer 7

Sachverhalt:
Herr [[P|Rahimi]] sprach am 12.03.2026 zusammen mit seinem Lebenspartner, Herrn [[P|Jonas Elsing]], und Frau [[P|Tanja Vos]] von der Beratungsstelle für queere Geflüchtete am Niederrhein vor. Herr [[P|Rahimi]] ist homosexuell. Nachdem Mitbewohner von der Beziehung erfahren hatten, wurde er am 08.03.2026 in der Unterkunft angegriffen (Platzwunde an der Stirn, Rippenprellung; ambulante Behandlung im Krankenhaus). Er schläft seitdem bei Herrn [[P|Elsing]]. Strafanzeige ist erstattet (Polizei Kreis Wesel, Vorgangsnummer [[AZ|260308-1412-037519]]).

Herr [[P|Elsing]] bietet an, Herrn [[P|Rahimi]] dauerhaft in seiner Wohnung [[A|Kribbenstraße 19]], [[A|47633 Rheinhöhe]], aufzunehmen; eine Mietbeteiligung von 250 EUR monatlich ist vereinbart. Erreichbar ist Herr [[P|Elsing]] unter [[T|{tel}]] und [[E|jonas.elsing@posteo.de]].

Bewertung:
Es besteht ein besonderer Schutzbedarf (Art. 21 der Aufnahmerichtlinie). Die Unterbringung außerhalb der Gemeinschaftsunterkunft wird befürwortet; die Zustimmung der Ausländerbehörde ist wegen der Wohnsitzauflage einzuholen. Die Unterkunftskosten werden nach § 3 Abs. 3 AsylbLG übernommen. Die Heimleitung (Herr [[P|Kamps]]) wird gebeten, bis zur Entscheidung keine weiteren Auskünfte an Mitbewohner zu geben.

Rheinhöhe, 13.03.2026
[[P|Nadine Verhoeven]]
Sozialamt – Leistungen für Geflüchtete"""


def main():
    lines = []
    for i, (channel, template, flags, fn) in enumerate(DOCS, 1):
        lines.append(build(f"F80-{i:03d}", channel, template, fn(), flags))
    assert len(lines) == 30, len(lines)
    out = os.path.join(HERE, "fresh80.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"wrote {len(lines)} documents, {sum(len(x['entities']) for x in lines)} entities to {out}")


if __name__ == "__main__":
    main()
