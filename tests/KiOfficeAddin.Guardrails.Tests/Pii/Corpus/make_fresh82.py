#!/usr/bin/env python3
"""Batch 82 (seed 8282): invented correspondence of the Stadt Saalfurt (Thüringen), Schulverwaltungsamt and
Jugendamt, with inline PII marks. Deterministic: only Identifiers(8282) and its random.Random are used.

Writes fresh82.jsonl next to this file. Run: python3 make_fresh82.py
"""
import datetime
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # marks.py and identifiers.py sit beside this file
from marks import build  # noqa: E402
from identifiers import Identifiers, mod97_iban, group  # noqa: E402

SEED = 8282
PREFIX = "F82-"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh82.jsonl")

ids = Identifiers(SEED)
rng = ids.rng  # the one random stream of this batch


# ---------------------------------------------------------------- independent validators (asserted below)

def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def _mod11_10(digits):
    p = 10
    for ch in digits:
        s = (int(ch) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    c = 11 - p
    return 0 if c == 10 else c


def tax_id_ok(s):
    s = s.replace(" ", "")
    if len(s) != 11 or not s.isdigit() or s[0] == "0":
        return False
    counts = [s[:10].count(d) for d in "0123456789"]
    if sum(1 for c in counts if c in (2, 3)) != 1 or max(counts) > 3:
        return False
    return _mod11_10(s[:10]) == int(s[10])


def vat_ok(s):
    s = s.replace(" ", "")
    return len(s) == 11 and s[:2] == "DE" and s[2:].isdigit() and _mod11_10(s[2:10]) == int(s[10])


def icao_ok(s):
    tot = 0
    for i, ch in enumerate(s[:9]):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        tot += v * (7, 3, 1)[i % 3]
    return tot % 10 == int(s[9])


def rv_ok(s):
    s = s.replace(" ", "")
    code = ord(s[8]) - 64
    vals = [int(c) for c in s[:8]] + [code // 10, code % 10] + [int(c) for c in s[9:11]]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum((v * x) // 10 + (v * x) % 10 for v, x in zip(vals, w)) % 10 == int(s[11])


def kv_ok(s):
    code = ord(s[0]) - 64
    vals = [code // 10, code % 10] + [int(c) for c in s[1:9]]
    tot = 0
    for i, v in enumerate(vals):
        p = v * (1 if i % 2 == 0 else 2)
        tot += p // 10 + p % 10
    return tot % 10 == int(s[9])


def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, v in enumerate(reversed(d)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


# ---------------------------------------------------------------- foreign identifiers (own implementations)

def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def tckn():
    """Turkish T.C. Kimlik No: 11 digits, d1 != 0, d10 = (7*(d1+d3+d5+d7+d9) - (d2+d4+d6+d8)) mod 10,
    d11 = (d1+...+d10) mod 10."""
    d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
    d.append((7 * (d[0] + d[2] + d[4] + d[6] + d[8]) - (d[1] + d[3] + d[5] + d[7])) % 10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tckn_ok(s):
    d = [int(c) for c in s]
    return (len(d) == 11 and d[0] != 0 and (7 * sum(d[0:9:2]) - sum(d[1:8:2])) % 10 == d[9]
            and sum(d[:10]) % 10 == d[10])


def _iin_check(body):
    s = sum(int(c) * w for c, w in zip(body, range(1, 12))) % 11
    if s == 10:
        s = sum(int(c) * w for c, w in zip(body, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])) % 11
    return s


def iin(dob, male):
    """Kazakh IIN: YYMMDD, century/sex digit (3/4 = 1900s m/f, 5/6 = 2000s m/f), 4-digit serial, check digit:
    weights 1..11 mod 11; if 10, weights 3..11,1,2 mod 11; if again 10 the number is not issued."""
    c = (3 if male else 4) if dob.year < 2000 else (5 if male else 6)
    while True:
        body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{c}" + digits(4)
        chk = _iin_check(body)
        if chk != 10:
            return body + str(chk)


def iin_ok(s, dob):
    return (len(s) == 12 and s[:6] == f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}"
            and _iin_check(s[:11]) == int(s[11]))


def _snils_check(body):
    s = sum(int(c) * w for c, w in zip(body, range(9, 0, -1)))
    if s < 100:
        return s
    if s in (100, 101):
        return 0
    r = s % 101
    return 0 if r == 100 else r


def snils():
    """Russian SNILS (pension insurance number): 9 digits + 2 check digits; sum of digit*weight (9..1);
    <100 -> sum, 100/101 -> 00, else sum mod 101 (100 -> 00)."""
    while True:
        body = digits(9)
        if int(body) > 1001998:
            return body + f"{_snils_check(body):02d}"


def snils_ok(s):
    s = s.replace("-", "").replace(" ", "")
    return len(s) == 11 and _snils_check(s[:9]) == int(s[9:])


def _rnokpp_check(head):
    return sum(int(c) * w for c, w in zip(head, [-1, 5, 7, 9, 4, 6, 10, 5, 7])) % 11 % 10


def rnokpp(dob, male):
    """Ukrainian RNOKPP (individual tax number): 5 digits = days since 31.12.1899, 3 serial digits, 9th digit odd
    for men / even for women, check = (-1,5,7,9,4,6,10,5,7 weighted sum) mod 11 mod 10."""
    days = (dob - datetime.date(1899, 12, 31)).days
    head = f"{days:05d}" + digits(3) + rng.choice("13579" if male else "02468")
    return head + str(_rnokpp_check(head))


def rnokpp_ok(s, dob):
    return (len(s) == 10 and int(s[:5]) == (dob - datetime.date(1899, 12, 31)).days
            and _rnokpp_check(s[:9]) == int(s[9]))


def cccd(province, dob, male):
    """Vietnamese citizen ID (Căn cước): 3-digit province, century/sex digit (0/1 = 1900s m/f, 2/3 = 2000s m/f),
    2-digit birth year, 6 random digits. No check digit exists; structure asserted."""
    c = (0 if male else 1) + (2 if dob.year >= 2000 else 0)
    return f"{province:03d}{c}{dob.year % 100:02d}" + digits(6)


def fmt_ddmmyy(d):
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}"


# ---------------------------------------------------------------- identifiers of this batch (fixed order)

D = datetime.date
KV_ILJA = ids.health_insurance()
KV_MAXIM = ids.health_insurance()
KV_MIA = ids.health_insurance()
TID_DEFNE = ids.tax_id()
TID_UMUT = ids.tax_id()
TID_ALIKHAN = ids.tax_id()
TID_DUNG = ids.tax_id()
IBAN_ELIF = ids.iban_de()
IBAN_ELIF_TR = mod97_iban("TR", "00010" + "0" + digits(16))
IBAN_AIGERIM = ids.iban_de()
IBAN_ABENOV_KZ = mod97_iban("KZ", "722S" + digits(12))
IBAN_TRANG = ids.iban_de()
IBAN_FOERSTER = ids.iban_de()
IBAN_HRYTSENKO_UA = mod97_iban("UA", "305299" + digits(19))
TCKN_SERKAN = tckn()
DOB_TIMUR = D(2012, 3, 2)
IIN_TIMUR = iin(DOB_TIMUR, True)
DOB_YERLAN = D(1991, 8, 19)
IIN_YERLAN = iin(DOB_YERLAN, True)
PASS_YERLAN_KZ = "N" + digits(8)
SNILS_ERNA = snils()
SSN_ERNA = ids.social_security("110657", "U")
SSN_SAHIN = ids.social_security("090179", "S")
DOB_OLEH = D(1986, 7, 14)
RNOKPP_OLEH = rnokpp(DOB_OLEH, True)
PASS_YAROSLAVA = "FE " + digits(6)
PASS_NAZAR = "FX " + digits(6)
PASS_MINH_VN = "C" + digits(7)
PASS_HUONG_VN = "C" + digits(7)
DOB_HUONG = D(1988, 10, 2)
CCCD_HUONG = cccd(31, DOB_HUONG, False)
IDC_VANESSA = ids.id_card(check_digit=True)
PASS_ARTEM = ids.passport(check_digit=False)
CC_AKSOY = ids.credit_card("52", 16)
VAT_JANZEN = ids.vat_id()
TNR_LE = f"162/{digits(3)}/{digits(5)}"          # Thüringen layout FFF/BBB/UUUUP
TNR_JANZEN = "4151" + "0" + digits(8)             # Thüringen 13-digit federal form 41FF0BBBUUUUP

for v in (KV_ILJA, KV_MAXIM, KV_MIA):
    assert kv_ok(v), v
for v in (TID_DEFNE, TID_UMUT, TID_ALIKHAN, TID_DUNG):
    assert tax_id_ok(v), v
for v in (IBAN_ELIF, IBAN_ELIF_TR, IBAN_AIGERIM, IBAN_ABENOV_KZ, IBAN_TRANG, IBAN_FOERSTER, IBAN_HRYTSENKO_UA):
    assert iban_ok(v), v
assert len(IBAN_ELIF_TR) == 26 and len(IBAN_ABENOV_KZ) == 20 and len(IBAN_HRYTSENKO_UA) == 29
assert tckn_ok(TCKN_SERKAN)
assert iin_ok(IIN_TIMUR, DOB_TIMUR) and IIN_TIMUR[6] == "5"
assert iin_ok(IIN_YERLAN, DOB_YERLAN) and IIN_YERLAN[6] == "3"
assert snils_ok(SNILS_ERNA)
assert rv_ok(SSN_ERNA) and rv_ok(SSN_SAHIN)
assert rnokpp_ok(RNOKPP_OLEH, DOB_OLEH) and int(RNOKPP_OLEH[8]) % 2 == 1
assert CCCD_HUONG[:6] == "031188"
assert icao_ok(IDC_VANESSA) and IDC_VANESSA[0] in "LMNPRTVWXY"
assert len(PASS_ARTEM) == 9 and PASS_ARTEM[0] in "CFGHJK"
assert luhn_ok(CC_AKSOY) and CC_AKSOY[:2] == "52"
assert vat_ok(VAT_JANZEN)
assert len(TNR_JANZEN) == 13

# written forms
f_snils = f"{SNILS_ERNA[0:3]}-{SNILS_ERNA[3:6]}-{SNILS_ERNA[6:9]} {SNILS_ERNA[9:]}"
f_ssn_erna = f"{SSN_ERNA[:2]} {SSN_ERNA[2:8]} {SSN_ERNA[8]} {SSN_ERNA[9:]}"
f_tid_defne = f"{TID_DEFNE[:2]} {TID_DEFNE[2:5]} {TID_DEFNE[5:8]} {TID_DEFNE[8:]}"
f_tid_alikhan = f"{TID_ALIKHAN[:3]} {TID_ALIKHAN[3:6]} {TID_ALIKHAN[6:9]} {TID_ALIKHAN[9:]}"
f_cc = group(CC_AKSOY, 4)
f_tnr_janzen = f"{TNR_JANZEN[:4]} {TNR_JANZEN[4:8]} {TNR_JANZEN[8:]}"
f_tckn = f"{TCKN_SERKAN[:3]} {TCKN_SERKAN[3:6]} {TCKN_SERKAN[6:9]} {TCKN_SERKAN[9:]}"

# ---------------------------------------------------------------- documents

DOCS = []


def doc(channel, template, flags, text):
    DOCS.append((channel, template, flags, text.strip("\n")))


# 001 — parent mail, school enrolment (Vietnamese family, surname first)
doc("outlook", "einschulung", [], f"""
Von: [[P|Trần Văn Hùng]] <[[E|hung.tran.sf@gmail.com]]>
Gesendet: Montag, 2. März 2026 21:47
An: Schulverwaltungsamt Saalfurt <[[N|schulverwaltungsamt@saalfurt.de]]>
Betreff: Anmeldung Schulanfänger 2026/27 – [[P|Trần Minh Khang]]

Sehr geehrte Damen und Herren,

hiermit melde ich unseren Sohn zur Einschulung zum Schuljahr 2026/27 an:

Name: [[P|Trần Minh Khang]]
geboren: [[DOB|14.02.2020]] in Saalfurt
Anschrift: [[A|Lohmühlenring 31]], [[A|07343 Saalfurt]]
Sorgeberechtigt: [[P|Trần Văn Hùng]] (Vater) und [[P|Phạm Thị Hoa]] (Mutter)

Nach dem Schulbezirk wäre die Grundschule „Am Sonnenhang“ zuständig. Unsere Tochter [[P|Trần Bảo Ngọc]] besucht dort schon die Klasse 3a, deshalb möchten wir dieselbe Schule. Außerdem brauchen wir einen Hortplatz, meine Frau und ich arbeiten im Restaurant bis 21 Uhr.

Auf Ihrer Internetseite steht, schulpflichtig sind alle Kinder, die bis zum 1. August 2020 geboren sind. Dann ist [[P|Khang]] schulpflichtig, richtig?

Für Rückfragen erreichen Sie mich unter [[T|0176 / 3841 2290]], meine Frau spricht besser Deutsch: [[T|0157 82 40 19 63]].

Vielen Dank und freundliche Grüße
[[P|Hùng Trần]]
""")

# 002 — Word letter, school assignment (Russian-German family), address window, reference block
doc("word", "schulzuweisung", [], f"""
Stadt Saalfurt · Schulverwaltungsamt · Markt 6 · 07343 Saalfurt

Frau und Herrn
[[P|Swetlana]] und [[P|Waldemar Reimer]]
[[A|Am Roten Hang 21b]]
[[A|07346 Saalfurt-Gorndorf]]

Ihre Nachricht vom: 26.02.2026
Unser Zeichen: [[AZ|SVA 40.2-0187/26]]
Bearbeiterin: [[P|Katrin Ebersbach]]
Telefon: [[T|03671 598-231]]
E-Mail: [[E|k.ebersbach@saalfurt.de]]
Datum: 09.03.2026

Aufnahme Ihres Sohnes [[P|David Reimer]], geb. [[DOB|27.09.2019]], in die Klassenstufe 1 zum Schuljahr 2026/27

Sehr geehrte Frau [[P|Reimer]], sehr geehrter Herr [[P|Reimer]],

Sie haben [[P|David]] an der Staatlichen Grundschule „Friedrich Fröbel“ angemeldet und keinen Zweitwunsch angegeben. Für diese Schule sind zum Schuljahr 2026/27 insgesamt 61 Anmeldungen bei 50 Plätzen eingegangen. Nach den Aufnahmekriterien der Schulnetzplanung werden zunächst Kinder aus dem Schulbezirk und Geschwisterkinder aufgenommen. Ihre Wohnanschrift liegt im Schulbezirk der Staatlichen Grundschule Gorndorf; ein Geschwisterkind besucht die Grundschule „Friedrich Fröbel“ nicht.

[[P|David]] wird daher der Staatlichen Grundschule Gorndorf, Zeitzer Straße 4, 07346 Saalfurt-Gorndorf, zugewiesen. Die Schule lädt Sie im Mai zu einem Kennenlerngespräch ein. Das Ergebnis der schulärztlichen Untersuchung geben Sie bitte direkt an die Schule.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift bei der Stadt Saalfurt, Schulverwaltungsamt, Markt 6, 07343 Saalfurt, einzulegen.

Sprechzeiten: Di 9–12 Uhr und Do 14–18 Uhr, Zentrale [[N|03671 598-0]], [[N|schulverwaltungsamt@saalfurt.de]]

Mit freundlichen Grüßen
Im Auftrag

[[P|Katrin Ebersbach]]
Sachbearbeiterin Schulaufnahme
""")

# 003 — class list as Markdown table, children's names and birth dates
doc("word", "klassenliste", ["HEALTH", "RELIGION"], f"""
Staatliche Grundschule „Am Sonnenhang“ Saalfurt
Klassenliste 1b – Schuljahr 2025/26 (Stand: 02.03.2026)
Klassenleiterin: [[P|Heidrun Seifarth]] · Hort: [[P|Manja Rudolph]]
Nur für den internen Gebrauch – nicht an Eltern weitergeben!

| Nr. | Name | Vorname | geb. am | Erziehungsberechtigte | Notfallnummer | Hinweise |
|---|---|---|---|---|---|---|
| 1 | [[P|Akgül]] | [[P|Mira]] | [[DOB|11.09.2018]] | [[P|Sevgi Akgül]] | [[T|0152 2748 1130]] | – |
| 2 | [[P|Baumbach]] | [[P|Fritz]] | [[DOB|23.04.2019]] | [[P|Ines]] u. [[P|Thomas Baumbach]] | [[T|03671 46 18 02]] | – |
| 3 | [[P|Dück]] | [[P|Alina]] | [[DOB|02.12.2018]] | [[P|Olga Dück]] | [[T|0171 882 40 17]] | Typ-1-Diabetes, Insulinpen im Sekretariat |
| 4 | [[P|Hoàng]] | [[P|Gia Huy]] | [[DOB|17.07.2019]] | [[P|Hoàng Văn Tuấn]] | [[T|0176 2201 9384]] | Elternabend: Dolmetschen vietn. |
| 5 | [[P|Iskakova]] | [[P|Aruzhan]] | [[DOB|30.01.2019]] | [[P|Saule Iskakova]] | [[T|0157 3390 1845]] | – |
| 6 | [[P|Kolesnyk]] | [[P|Dmytro]] | [[DOB|08.08.2018]] | [[P|Nadiia Kolesnyk]] | [[T|+380 50 731 2846]] | seit 11/2025, DaZ-Förderung |
| 7 | [[P|Lorenz]] | [[P|Paul]] | [[DOB|19.03.2019]] | [[P|Sandra Lorenz]] | [[T|0160 4471 925]] | Abholung nur durch Mutter (Beschluss AG) |
| 8 | [[P|Neufeld]] | [[P|Anna]] | [[DOB|25.06.2019]] | [[P|Irina]] und [[P|Viktor Neufeld]] | [[T|036741 5 62 88]] | – |
| 9 | [[P|Öztürk]] | [[P|Yusuf]] | [[DOB|04.10.2018]] | [[P|Ayşe Öztürk]] | [[T|0163 9028 114]] | muslimisch, kein Schweinefleisch |
| 10 | [[P|Schuster]] | [[P|Lotta]] | [[DOB|14.09.2019]] | [[P|Kathleen Schuster]] | [[T|0151 6627 0041]] | Kann-Kind |
| 11 | [[P|Vũ]] | [[P|Minh Anh]] | [[DOB|21.11.2018]] | [[P|Nguyễn Thị Mai]] | [[T|0178 503 92 16]] | – |
| 12 | [[P|Winkler]] | [[P|Ben]] | [[DOB|07.02.2019]] | [[P|Marco Winkler]] | [[T|0172 7719 308]] | – |

Geburtsdaten aus dem Melderegister übernommen (Abgleich 15.08.2025).
Elternabend im Mai: Frau [[P|Mai]] (Mutter von [[P|Minh Anh]]) übersetzt für Familie [[P|Hoàng]].
Bitte für den Wandertag am 24.04.2026 ausdrucken. – [[P|H. Seifarth]]
""")

# 004 — teacher forwards a mother's mail (Schulbegleitung), Outlook headers, inverted display names
doc("outlook", "schulbegleitung_anfrage", ["HEALTH"], f"""
Von: [[P|Gaßmann, Till]] <[[E|t.gassmann@gs-sonnenhang.saalfurt.de]]>
Gesendet: Dienstag, 10. März 2026 07:58
An: [[P|Ebersbach, Katrin]] <[[E|k.ebersbach@saalfurt.de]]>
Cc: Jugendamt Saalfurt <[[N|jugendamt@saalfurt.de]]>; Schulleitung <[[N|schulleitung@gs-sonnenhang.saalfurt.de]]>
Betreff: WG: Schulbegleitung für [[P|Ilja]] (2a) – dringend

Guten Morgen Frau [[P|Ebersbach]],

wie gestern am Telefon besprochen leite ich Ihnen die Nachricht von Frau [[P|Friesen]] weiter, sie ist mit der Weitergabe einverstanden. Aus Sicht der Klasse ist eine Schulbegleitung dringend: [[P|Ilja]] verlässt mehrmals täglich unangekündigt den Raum, reagiert auf Lärm mit Schreien und hat in der Hofpause zweimal ein anderes Kind gebissen. Die Förderschullehrerin Frau [[P|Gundula Eckstein]] (MSD) hat am 26.02. hospitiert, ihr Bericht kommt nach.

Den Antrag nach § 35a SGB VIII stellen die Eltern beim Jugendamt, darauf habe ich sie hingewiesen.

Viele Grüße
[[P|Till Gaßmann]]
Klassenleiter 2a, Staatliche Grundschule „Am Sonnenhang“
Sekretariat [[N|03671 4421-0]]

-----Ursprüngliche Nachricht-----
Von: [[P|Natalia Friesen]] <[[E|natalia.friesen@t-online.de]]>
Gesendet: Montag, 9. März 2026 19:32
An: [[P|Gaßmann, Till]] <[[E|t.gassmann@gs-sonnenhang.saalfurt.de]]>
Betreff: [[P|Ilja]]

Hallo Herr [[P|Gaßmann]],

wie versprochen die Infos: Seit dem 14.10.2025 haben wir die Diagnose frühkindlicher Autismus (F84.0) vom SPZ in Jena, unterschrieben von [[P|Dr. med. Kristin Oelschlegel]]. Den Befund zeige ich Ihnen gern.

Für den Antrag: [[P|Ilja Friesen]], geb. [[DOB|05.06.2018]], versichert bei der AOK PLUS, Versichertennummer [[KV|{KV_ILJA}]].

Wir wohnen jetzt in der [[A|Kulmbacher Straße 88]] in [[A|07343 Saalfurt]], die neue Adresse hat die Schule noch nicht, oder?

Mein Mann [[P|Eduard]] ist als Fernfahrer die ganze Woche weg, deshalb bitte immer mich anrufen: [[T|0151 2039 7781]].

Danke für alles!
[[P|Natalia Friesen]]
""")

# 005 — Bescheid Eingliederungshilfe § 35a, Jugendamt
doc("word", "bescheid_35a", ["HEALTH"], f"""
Stadt Saalfurt · Jugendamt · Brudergasse 18 · 07343 Saalfurt

Herrn und Frau
[[P|Eduard]] und [[P|Natalia Friesen]]
[[A|Kulmbacher Straße 88]]
[[A|07343 Saalfurt]]

Aktenzeichen: [[AZ|51.4-35a-0062/26]]
Sachbearbeitung: [[P|Ronny Zschiesche]]
Zimmer 1.07 · Telefon [[T|03671 598-412]]
Saalfurt, 20.03.2026

Bescheid über Eingliederungshilfe nach § 35a SGB VIII in Form einer Schulbegleitung
für [[P|Ilja Friesen]], geboren am [[DOB|05.06.2018]], Krankenversichertennummer [[KV|{KV_ILJA}]]

Sehr geehrte Frau [[P|Friesen]], sehr geehrter Herr [[P|Friesen]],

auf Ihren Antrag vom 12.03.2026 wird Ihrem Sohn [[P|Ilja]] Eingliederungshilfe in Form einer Schulbegleitung für den Zeitraum vom 07.04.2026 bis 31.07.2026 im Umfang von bis zu 25 Stunden wöchentlich bewilligt. Leistungserbringer ist die Lebenshilfe Saale-Orla gGmbH, Am Bahnhof 3, 07343 Saalfurt. Als Schulbegleiter ist Herr [[P|Jonas Leipold]] vorgesehen.

Begründung
Bei [[P|Ilja]] wurde durch das Sozialpädiatrische Zentrum Jena eine tiefgreifende Entwicklungsstörung (frühkindlicher Autismus, ICD-10 F84.0) festgestellt; die ärztliche Stellungnahme nach § 35a Abs. 1a SGB VIII von [[P|Dr. med. Kristin Oelschlegel]] vom 14.10.2025 liegt vor. Nach dem Hospitationsbericht des Mobilen Sonderpädagogischen Dienstes (Frau [[P|Eckstein]]) vom 26.02.2026 ist die Teilhabe am Unterricht ohne Begleitung nicht gesichert.

Die Kosten trägt das Jugendamt unmittelbar gegenüber dem Leistungserbringer. Ein Kostenbeitrag wird nicht erhoben.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadt Saalfurt, Jugendamt, Brudergasse 18, 07343 Saalfurt, erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Zschiesche]]
Sachgebietsleiter Eingliederungshilfe

Verteiler: Akte; Lebenshilfe Saale-Orla gGmbH; Grundschule „Am Sonnenhang“ (nur Bewilligungsumfang, ohne Diagnose)
""")

# 006 — informal lower-case mail, Ukrainian mother
doc("outlook", "kita_platz_informell", [], f"""
Betreff: kita platz für sofiia

hallo frau [[P|tischendorf]],

ich bin [[P|iryna savchuk]], wir haben letzte woche telefoniert. meine tochter [[P|sofiia]] (geb [[DOB|17.10.2022]]) braucht dringend kita platz, ich habe ab 1. april integrationskurs bei der vhs, jeden tag 8.30 bis 12.45. wir wohnen jetzt nicht mehr in gemeinschaftsunterkunft sondern eigene wohnung: [[A|saaldamm 19]], 2. og links, [[A|07343 saalfurt]].

[[P|matvii]] geht schon in grundschule gorndorf, klasse 2, das ist gut.

mein handy: [[T|0155 6012 4478]]
ukrainische nummer [[T|+380 67 412 33 56]] geht nicht mehr, bitte nur deutsche.

danke!!
[[P|iryna]]
""")

# 007 — semicolon export of the Kita place allocation (ISO dates; start dates are not birth dates)
doc("word", "kita_vergabeliste", [], f"""
Export KitaPlan – Platzvergabe Kita-Jahr 2026/27 – Stand 13.03.2026 – Bearbeitung: [[P|Tischendorf]]

Kundennr;Nachname;Vorname;Geburtsdatum;Wunsch-Kita;Beginn;Elternteil;Telefon;Status
[[AZ|KN-2026-04417]];[[P|Savchuk]];[[P|Sofiia]];[[DOB|2022-10-17]];Saalezwerge;2026-04-01;[[P|Iryna Savchuk]];[[T|0155 6012 4478]];Zusage
[[AZ|KN-2026-04152]];[[P|Kranich]];[[P|Ella]];[[DOB|2024-08-03]];Sonnenkäfer;2026-08-01;[[P|Anne Kranich]];[[T|0176 9921 0463]];Warteliste (3)
[[AZ|KN-2025-03988]];[[P|Lê]];[[P|Bảo An]];[[DOB|2022-12-09]];Pusteblume;2026-03-01;[[P|Đặng Thu Trang]];[[T|0162 4471 0923]];Zusage
[[AZ|KN-2026-04208]];[[P|Bekov]];[[P|Amina]];[[DOB|2023-05-28]];Saalezwerge;2026-09-01;[[P|Madina Bekova]];[[T|0159 0382 7716]];Warteliste (7)
[[AZ|KN-2026-04391]];[[P|Yıldız]];[[P|Elif Naz]];[[DOB|2024-01-15]];Villa Kunterbunt;2026-08-01;[[P|Gülşen Yıldız]];[[T|0157 7710 3398]];Zusage unter Vorbehalt
[[AZ|KN-2026-04012]];[[P|Ens]];[[P|Leon]];[[DOB|2023-11-30]];Pusteblume;2026-06-01;[[P|Lilli Ens]];[[T|036741 6 29 14]];Absage (Umzug)
[[AZ|KN-2026-04466]];[[P|Hahn]];[[P|Mila]];[[DOB|2026-01-23]];Sonnenkäfer;2027-01-01;[[P|Vanessa Hahn]];[[T|0170 4482 3390]];Warteliste (12)
[[AZ|KN-2026-04475]];[[P|Schirmer]];[[P|Karl]];[[DOB|2024-06-06]];Villa Kunterbunt;2026-08-01;[[P|Nico Schirmer]];[[T|0173 2285 9061]];Zusage
[[AZ|KN-2026-04481]];[[P|Kovalenko]];[[P|Oleksandr]];[[DOB|2023-03-19]];Saalezwerge;2026-04-15;[[P|Viktoriia Kovalenko]];[[T|0155 3917 6624]];Warteliste (2)

9 Datensätze · 4 Zusagen · 4 Warteliste · 1 Absage
""")

# 008 — UVG: mother sends missing data, children's tax ids, father abroad, Turkish id and IBAN
doc("outlook", "uvg_antrag", [], f"""
Von: [[P|Elif Karataş]] <[[E|elif.karatas85@gmx.de]]>
Gesendet: Mittwoch, 4. März 2026 11:26
An: [[P|Meinhold, Dörte]] <[[E|d.meinhold@saalfurt.de]]>
Betreff: AW: Ihr Antrag auf Unterhaltsvorschuss, Az. [[AZ|51.3-UV-0412/26]]

Sehr geehrte Frau [[P|Meinhold]],

danke für Ihren Brief. Hier die fehlenden Angaben:

Kinder
1. [[P|Defne Karataş]], geb. [[DOB|12.08.2017]], Steuer-ID [[TID|{f_tid_defne}]]
2. [[P|Umut Karataş]], geb. [[DOB|03.01.2021]], Steuer-ID [[TID|{TID_UMUT}]]

Der Vater der Kinder ist [[P|Serkan Yalçın]], geboren am [[DOB|22. November 1988]] in Kayseri. Wir waren nie verheiratet, die Vaterschaft hat er 2017 beim Jugendamt anerkannt. Seit August 2024 lebt er wieder in der Türkei, die letzte Adresse, die ich kenne: [[A|Cumhuriyet Mah. 1453. Sok. No: 7/3]], [[A|38030 Melikgazi/Kayseri]]. Seine türkische Kimlik-Nr. ist [[IDC|{f_tckn}]], die steht auf der alten Urkunde. Er zahlt keinen Unterhalt, auch nicht teilweise.

Bitte überweisen Sie auf mein Konto bei der Sparkasse: [[IBAN|{group(IBAN_ELIF, 4)}]]. Nicht auf das alte Konto bei der Ziraat Bankası ([[IBAN|{group(IBAN_ELIF_TR, 4)}]]), da hat er noch Zugriff.

Die Geburtsurkunden und die Schulbescheinigung von [[P|Defne]] schicke ich morgen per Post.

Mit freundlichen Grüßen
[[P|Elif Karataş]]
[[A|Wöhlsdorfer Straße 66]]
[[A|07343 Saalfurt]]
[[T|0160 918 244 70]]
""")

# 009 — UVG decision (Kazakh mother), debtor abroad, KZ IBAN
doc("word", "uvg_bescheid", [], f"""
Stadt Saalfurt · Jugendamt · Unterhaltsvorschusskasse · Brudergasse 18 · 07343 Saalfurt

Frau
[[P|Aigerim Zhaksylykova]]
[[A|Pfortenweg 14]]
[[A|07341 Saalfurt]]

Az.: [[AZ|51.3-UV-0388/26]]
Ihre Ansprechpartnerin: [[P|Dörte Meinhold]], Tel. [[T|03671 598-436]]
Datum: 18.03.2026

Bescheid über Leistungen nach dem Unterhaltsvorschussgesetz (UVG)
Kind: [[P|Alikhan Abenov]], geb. [[DOB|09.05.2021]], Steuerliche Identifikationsnummer [[TID|{f_tid_alikhan}]]

Sehr geehrte Frau [[P|Zhaksylykova]],

auf Ihren Antrag vom 02.02.2026 werden für [[P|Alikhan]] ab dem 01.02.2026 Leistungen nach dem UVG bewilligt. Der monatliche Zahlbetrag beträgt 227,00 EUR. Die Zahlung erfolgt monatlich im Voraus auf Ihr Konto [[IBAN|{IBAN_AIGERIM}]].

Der Unterhaltsanspruch des Kindes gegen den anderen Elternteil, Herrn [[P|Nurlan Abenov]], geb. [[DOB|04.07.1987]], geht in Höhe der Leistungen auf das Land über (§ 7 UVG). Nach Ihren Angaben lebt Herr [[P|Abenov]] in Kasachstan; als letzte Anschrift haben Sie [[A|mkr. Samal-2, d. 58, kv. 14]], [[A|050059 Almaty]] angegeben. Ihre Kontoauszüge zeigen zwei Überweisungen von seinem Konto bei der Kaspi Bank ([[IBAN|{IBAN_ABENOV_KZ}]]) über je 40.000 Tenge. Solche Zahlungen teilen Sie uns bitte unverzüglich mit.

Sie sind verpflichtet, uns jede Änderung mitzuteilen, insbesondere einen Umzug, eine Heirat oder wenn [[P|Alikhan]] nicht mehr bei Ihnen lebt.

Mit freundlichen Grüßen
Im Auftrag
[[P|Meinhold]]
""")

# 010 — note to file, Inobhutnahme
doc("word", "inobhutnahme_vermerk", ["HEALTH"], f"""
Jugendamt Saalfurt – Allgemeiner Sozialer Dienst
VERMERK Inobhutnahme gemäß § 42 SGB VIII – vertraulich –

Aktenzeichen: [[AZ|ASD 2026/0093]]
Datum: Samstag, 07.03.2026, Rufbereitschaft
Verfasserin: [[P|Mareike Obst]]

1. Kind
[[P|Leonie Fink]], geb. [[DOB|29.01.2016]], Klasse 4a GS Gorndorf, wohnhaft bei der Mutter [[P|Mandy Fink]], [[A|Gorndorfer Ring 103]], [[A|07346 Saalfurt-Gorndorf]].

2. Anlass
21:15 Uhr Anruf der Polizeiinspektion Saalfurt (PHK [[P|Dirk Hentschel]], Vorgangsnummer [[AZ|0412-005873/26]]). Die Nachbarin Frau [[P|Gisela Raab]] ([[A|Gorndorfer Ring 105]]) hatte wegen lauten Streits und Hilferufen des Kindes die Polizei verständigt. Vor Ort: Mutter und ihr Lebensgefährte Herr [[P|Rico Sperling]] (geb. [[DOB|15.05.1990]], gemeldet [[A|Saaldamm 7]], [[A|07343 Saalfurt]]) stark alkoholisiert (Atemalkohol Mutter 1,9 Promille). [[P|Leonie]] saß weinend im Treppenhaus, am linken Oberarm und am Hals frische Hämatome (Griffspuren). Angabe des Kindes: „[[P|Rico]] hat mich gepackt, weil ich die Tür zugemacht hab.“

3. Maßnahmen
22:05 Uhr Eintreffen der Unterzeichnerin. Gespräch mit Frau [[P|Fink]]; sie widerspricht der Inobhutnahme nicht, kann den Schutz des Kindes derzeit aber nicht sicherstellen.
22:40 Uhr Unterbringung bei der Bereitschaftspflegefamilie [[P|Kießling]] (Anschrift wird den Eltern nicht mitgeteilt).
Kinderärztliche Untersuchung für 08.03. in der Kinderklinik Saalfurt veranlasst ([[P|Dr. Ulrike Reinhold]]).
Der Pkw des Herrn [[P|Sperling]] ([[KFZ|SLF-RS 915]]) stand mit laufendem Motor vor dem Haus; die Polizei hat den Schlüssel sichergestellt.

4. Sorgeberechtigte
Alleinige elterliche Sorge der Mutter. Kindsvater Herr [[P|Steffen Opitz]], geb. [[DOB|03.02.1985]], unbekannten Aufenthalts.

5. Weiteres Vorgehen
Mo 09.03., 10:00 Uhr Gespräch mit Frau [[P|Fink]] im Jugendamt; Mutter erreichbar unter [[T|0176 5540 2913]]. Widerspricht sie, ist unverzüglich das Familiengericht anzurufen. Information der Schule (Klassenleiterin Frau [[P|Roßbach]]) erst nach Rücksprache mit der Fallführung.

[[P|M. Obst]]
""")

# 011 — minutes of a Hilfeplangespräch
doc("word", "hilfeplan_protokoll", ["HEALTH", "ETHNICITY"], f"""
Protokoll Hilfeplangespräch (§ 36 SGB VIII) – Fortschreibung

Hilfe: Erziehung in einer Tagesgruppe (§ 32 SGB VIII), Tagesgruppe „Regenbogen“
Az.: [[AZ|51.2-HzE-0217/24]]
Datum: 12.03.2026, 14:00–15:30 Uhr, Jugendamt Saalfurt, Raum 2.14

Junger Mensch: [[P|Maxim Penner]], geb. [[DOB|18.04.2013]], Klasse 6b, Staatliche Regelschule Gorndorf
Anschrift: [[A|Schwarzaer Weg 5]], [[A|07343 Saalfurt]]
Krankenkasse: IKK classic, KV-Nr. [[KV|{KV_MAXIM}]]
Sorgeberechtigt: [[P|Jelena Penner]] geb. [[P|Schewtschenko]], * [[DOB|23.12.1986]]

Teilnehmende:
- [[P|Maxim Penner]]
- [[P|Jelena Penner]] (Mutter)
- [[P|Artur Wiens]] (Lebensgefährte der Mutter)
- [[P|Marina Klassen]] (Sprachmittlerin Russisch, auf Wunsch der Mutter)
- [[P|Sebastian Kanis]] (Bezugserzieher Tagesgruppe)
- [[P|Claudia Wenzel]] (Klassenleiterin, bis 14:45 Uhr)
- [[P|Mareike Obst]] (ASD, fallführend, Protokoll)

1. Rückblick seit dem letzten HPG (16.09.2025)
[[P|Maxim]] besucht die Tagesgruppe an vier Tagen pro Woche. Seit der Neueinstellung der Medikation (Methylphenidat, verordnet vom Kinder- und Jugendpsychiater [[P|Dr. Andreas Köhn]]) kann er sich im Unterricht deutlich länger konzentrieren. Frau [[P|Wenzel]] berichtet von nur noch zwei Einträgen ins Klassenbuch seit den Herbstferien. Die Diagnose ADHS (F90.0) besteht seit 2021.

2. Sicht des jungen Menschen
[[P|Maxim]] findet die Tagesgruppe „okay“, möchte aber freitags zum Fußballtraining. Mit [[P|Artur]] komme er „jetzt besser klar“.

3. Sicht der Mutter
Frau [[P|Penner]] (übersetzt durch Frau [[P|Klassen]]) berichtet, die Familie sei 2019 als Spätaussiedler aus Omsk gekommen; sie seien Russlanddeutsche, zu Hause werde überwiegend Russisch gesprochen. Sie wünscht sich Unterstützung bei den Hausaufgaben und bei Elterngesprächen in der Schule.

4. Vereinbarungen bis zum nächsten HPG
| Ziel | Wer | bis |
|---|---|---|
| Hausaufgaben an vier Tagen in der Tagesgruppe erledigt | [[P|Maxim]], Herr [[P|Kanis]] | 30.06.2026 |
| wöchentliches Elterngespräch in der Tagesgruppe | Frau [[P|Penner]], Herr [[P|Kanis]] | laufend |
| Anmeldung im Fußballverein | Herr [[P|Wiens]] | 31.03.2026 |
| Prüfung Übergang in Erziehungsbeistandschaft | Frau [[P|Obst]] | nächstes HPG |

5. Nächstes Hilfeplangespräch: 15.09.2026, 14:00 Uhr.

Protokoll: [[P|Obst]] – Versand an alle Teilnehmenden außer der Sprachmittlerin.
""")

# 012 — forwarded mail with quoted original ("> "), Kazakh family, IIN
doc("outlook", "schulwechsel_ausland", [], f"""
Von: Sekretariat Regelschule Gorndorf <[[N|sekretariat@rs-gorndorf.saalfurt.de]]>
Gesendet: Mittwoch, 11. März 2026 09:02
An: [[E|k.ebersbach@saalfurt.de]]
Betreff: WG: Anmeldung Sohn – Schulwechsel aus Kasachstan

Hallo Frau [[P|Ebersbach]],

anbei die Mail von Familie [[P|Seitkali]]. Soll [[P|Timur]] in Klassenstufe 7 oder 8? Das Zeugnis aus Almaty ist übersetzt, die Zuweisung müsste aber über Sie laufen. Die Familie wohnt übergangsweise beim Onkel.

Gruß
[[P|B. Hellwig]], Schulsekretärin

Am 11.03.2026 um 08:14 schrieb [[P|Gulnara Seitkali]] <[[E|g.seitkali@mail.kz]]>:
> Guten Tag,
> mein Name ist [[P|Gulnara Seitkali]], ich bin mit meinem Sohn [[P|Timur Seitkali]] (geboren [[DOB|02.03.2012]] in Almaty) am 28. Februar nach Deutschland gekommen. Mein Mann [[P|Daulet]] arbeitet seit 2024 als Pflegefachkraft im Klinikum Saalfurt.
> Bis wir eine Wohnung haben, wohnen wir bei meinem Bruder [[P|Askar Nurpeisov]], [[A|Beulwitzer Straße 17]], [[A|07341 Saalfurt]].
> In Kasachstan war [[P|Timur]] in der 8. Klasse (Schule-Gymnasium Nr. 159). Im Zeugnis steht seine IIN [[IDC|{IIN_TIMUR}]], vielleicht brauchen Sie die für die Anerkennung.
> Telefon Deutschland: [[T|0152 0477 3816]], WhatsApp auch kasachische Nummer [[T|+7 701 345 28 19]].
> Mit freundlichen Grüßen
> [[P|Gulnara Seitkali]]
""")

# 013 — grandmother (Spätaussiedlerin), German pension number and Russian SNILS
doc("outlook", "elternbeitrag_ermaessigung", ["HEALTH", "ETHNICITY"], f"""
Betreff: Ermäßigung Elternbeitrag – Enkel [[P|Nikita Hildebrandt]], Kundennummer [[AZ|KN-2024-01733]]

Sehr geehrte Damen und Herren,

ich bin seit Juli 2025 durch Beschluss des Amtsgerichts Saalfurt (Az. [[AZ|2 F 87/25]]) Vormund meines Enkels [[P|Nikita Hildebrandt]] (geb. [[DOB|21.07.2021]]), er lebt bei mir und geht in die Kita „Pusteblume“. Meine Tochter [[P|Kristina]] ist in einer Langzeittherapie wegen ihrer Suchterkrankung und kann sich nicht kümmern.

Ich habe nur eine kleine Rente. Die Angaben für die Berechnung:
Name: [[P|Erna Hildebrandt]], geb. [[P|Unger]]
Geburtsdatum: [[DOB|11.06.1957]] in Omsk
Rentenversicherungsnummer: [[SSN|{f_ssn_erna}]]
Altersrente Deutsche Rentenversicherung Mitteldeutschland: 1.046,18 € netto
Russische Altersrente, SNILS [[SSN|{f_snils}]]: umgerechnet ca. 95 €, schwankt mit dem Kurs
Wohngeld: beantragt

Ich bin Spätaussiedlerin, deshalb die zwei Renten. Die Bescheide lege ich bei.

Bitte rufen Sie mich an, am Computer schreibe ich nicht so gut: [[T|03671 46 55 02]] (Festnetz).

Mit freundlichen Grüßen
[[P|Erna Hildebrandt]]
[[A|Friedrich-Ludwig-Jahn-Straße 27]]
[[A|07343 Saalfurt]]
""")

# 014 — Elternbeitrag decision, sole trader (firm name with surname), Steuernummer, SEPA
doc("word", "elternbeitragsbescheid", [], f"""
Stadt Saalfurt · Schulverwaltungsamt – Kindertagesbetreuung · Markt 6 · 07343 Saalfurt

Herrn [[P|Lê Văn Dũng]]
Frau [[P|Đặng Thu Trang]]
[[A|Obere Saalgasse 12]]
[[A|07343 Saalfurt]]

Kundennummer: [[AZ|KN-2025-03988]]
Mandatsreferenz: [[AZ|SF-KITA-0398802]]
Bearbeitung: [[P|Marlen Tischendorf]], Telefon [[T|03671 598-247]]
Datum: 16.03.2026

Festsetzung des Elternbeitrags für [[P|Lê Bảo An]] (geb. [[DOB|09.12.2022]]), Kita „Pusteblume“, ab 01.03.2026

Sehr geehrter Herr [[P|Lê]], sehr geehrte Frau [[P|Đặng]],

der Elternbeitrag richtet sich nach der Elternbeitragssatzung der Stadt Saalfurt und dem Einkommen beider Elternteile. Herr [[P|Lê]] betreibt als Einzelunternehmer den „Asia Imbiss [[P|Lê]]“ am Bahnhofsvorplatz (Steuernummer [[TNR|{TNR_LE}]], Steuer-IdNr. [[TID|{TID_DUNG}]]). Maßgeblich ist der Einkommensteuerbescheid 2024 mit einem gemeinsamen Jahreseinkommen von 38.450 EUR. Daraus ergibt sich die Beitragsstufe 4: monatlich 142,00 EUR zuzüglich Verpflegung von 3,10 EUR je Betreuungstag.

Der Beitrag wird aufgrund des erteilten SEPA-Lastschriftmandats zum 5. eines Monats vom Konto [[IBAN|{group(IBAN_TRANG, 4)}]] (Kontoinhaberin: [[P|Đặng Thu Trang]]) eingezogen.

Bitte reichen Sie den Einkommensteuerbescheid 2025 bis zum 30.09.2026 nach; danach wird der Beitrag rückwirkend neu berechnet.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadt Saalfurt, Markt 6, 07343 Saalfurt, erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|M. Tischendorf]]
""")

# 015 — informal teacher mail, lower case, first names only
doc("outlook", "schulpflicht_lehrermail", [], f"""
Von: [[P|Steffi Kunath]] <[[E|s.kunath@rs-gorndorf.saalfurt.de]]>
An: [[P|Ebersbach, Katrin]]
Betreff: baran 7b – fehlzeiten

hallo [[P|katrin]],

kurz wie besprochen: [[P|baran doğan]] (7b) hat seit den winterferien 23 unentschuldigte tage, liste hängt an. mutter (fr. [[P|doğan]]) geht nicht ans telefon, zwei briefe kamen zurück, obwohl die adresse ([[A|ortelsgasse 9]]) laut melderegister stimmt. laut mitschülern ist der vater seit januar in istanbul und [[P|baran]] passt vormittags auf die kleine schwester [[P|azra]] auf (die ist 3).

nummern, die wir haben:
mutter [[T|0163 774 20 58]]
vater [[T|+90 532 418 77 21]] (hat sich nie gemeldet)

kannst du bitte das owi-verfahren anstoßen? schulleiter herr [[P|lindemann]] hat schon unterschrieben. ich hab do. 4. std. frei, dann können wir telefonieren.

lg [[P|steffi]]
""")

# 016 — hearing in fine proceedings (parent's birth date as Betroffene)
doc("word", "owi_anhoerung", [], f"""
Stadt Saalfurt · Schulverwaltungsamt · Markt 6 · 07343 Saalfurt
Mit Postzustellungsurkunde

Frau
[[P|Hatice Doğan]]
[[A|Ortelsgasse 9]]
[[A|07343 Saalfurt]]

Aktenzeichen: [[AZ|32.1-OWi-2026/0311]]
Datum: 19.03.2026

Anhörung im Bußgeldverfahren
Betroffene: [[P|Hatice Doğan]], geb. [[DOB|14.09.1984]] in Gaziantep
Vorwurf: Verstoß gegen die Pflicht, für den regelmäßigen Schulbesuch Ihres Sohnes [[P|Baran Doğan]], geb. [[DOB|28.10.2013]], zu sorgen

Sehr geehrte Frau [[P|Doğan]],

nach Mitteilung der Staatlichen Regelschule Gorndorf hat Ihr Sohn [[P|Baran]] im Zeitraum vom 16.02.2026 bis 13.03.2026 an 23 Schultagen unentschuldigt gefehlt. Sie erhalten Gelegenheit, sich bis zum 09.04.2026 zu äußern. Sie müssen sich nicht zur Sache äußern; Angaben zu Ihrer Person (Name, Geburtsdatum, Anschrift) sind jedoch Pflicht.

Sie können auch persönlich vorsprechen; auf Wunsch stellen wir eine Dolmetscherin für Türkisch. Termine nach Vereinbarung unter [[N|03671 598-0]].

Im Auftrag
[[P|Uwe Brettschneider]]
""")

# 017 — parent complains about the school transport (disability, two plates, sole trader taxi)
doc("outlook", "schuelerbefoerderung", ["HEALTH"], f"""
Von: [[P|Ksenia Gerber]] <[[E|ksenia.gerber@freenet.de]]>
Gesendet: Donnerstag, 12. März 2026 06:41
An: Schülerbeförderung Saalfurt <[[N|schuelerbefoerderung@saalfurt.de]]>
Betreff: Fahrdienst [[P|Mia]] – Fahrer kam wieder nicht

Guten Morgen,

heute früh ist der Fahrdienst für meine Tochter [[P|Mia Gerber]] (Klasse 3, Förderzentrum „Janusz Korczak“) schon wieder nicht gekommen, das dritte Mal im März. [[P|Mia]] sitzt wegen ihrer Spina bifida im Rollstuhl, ich kann sie nicht einfach in den Linienbus setzen.

Laut Bewilligung (Az. [[AZ|SB-2025-0144]]) fährt Taxi [[P|Gröschel]] mit dem Kleinbus [[KFZ|SLF-TK 220]]. Der Fahrer, ich glaube Herr [[P|Wieland]], sagte letzte Woche, die Tour sei „zu eng geplant“.

Ich habe sie heute selbst mit unserem Auto ([[KFZ|SOK-KG 83]]) gefahren und komme deshalb zu spät zur Arbeit. Bekomme ich die Kilometer erstattet (2 × 14 km)?

Wir wohnen [[A|Unterm Gehege 4]], [[A|07338 Kaulsdorf-Tal]] – das ist außerhalb, ich weiß, aber das Förderzentrum ist die zuständige Schule.

[[P|Ksenia Gerber]]
Mobil [[T|0172 6603 1948]]
""")

# 018 — phone note, neighbour report, street without city, caller wants anonymity
doc("word", "telefonnotiz", [], f"""
TELEFONNOTIZ – Jugendamt Saalfurt, ASD-Eingang

Datum/Zeit: 16.03.2026, 17:52 Uhr
Entgegengenommen: [[P|Kühnast]] (Bereitschaft)
Anrufer: Herr [[P|Wolfgang Pätz]], Nachbar, Tel. [[T|03671 44 38 61]] – möchte gegenüber der Familie nicht genannt werden!

Mitteilung:
In der Wohnung über ihm ([[A|Rainweg 42a]], 2. OG rechts, Klingelschild „[[P|Yıldız]]“) seien seit dem frühen Nachmittag zwei kleine Kinder allein, sie weinten und riefen nach der Mama. Die Mutter, Frau [[P|Yıldız]], arbeite seines Wissens in der Spätschicht bei einem Paketdienst. Die Kinder heißen nach seiner Erinnerung [[P|Elif Naz]] (ca. 2 J.) und [[P|Mert]] (ca. 5 J.).

Veranlasst:
18:05 Uhr Rückruf auf der Mobilnummer der Mutter laut Kita-Liste ([[T|0157 7710 3398]]) – nicht erreichbar.
18:20 Uhr Hausbesuch [[P|Kühnast]]/[[P|Obst]]; Mutter um 18:40 Uhr angetroffen, Kinder wohlauf. Die Nachbarin Frau [[P|Ilona Strobel]] (Erdgeschoss) habe „ab und zu reingeschaut“.
Absprache: Frau [[P|Yıldız]] kommt am 17.03. zur Beratung (Betreuungszeiten bei Spätschicht).

Kein Az. vergeben (Erstkontakt). – [[P|Sven Kühnast]]
""")

# 019 — two mothers apply for a Kita place (sexual orientation revealed), one-line address with middle dot
doc("outlook", "kita_anmeldung", ["SEXUAL_ORIENTATION"], f"""
Von: [[P|Anne Kranich]] <[[E|anne.kranich@posteo.de]]>
Gesendet: Freitag, 6. März 2026 22:10
An: Kita-Anmeldung Stadt Saalfurt <[[N|kita-anmeldung@saalfurt.de]]>
Cc: [[P|Dilara Kranich]] <[[E|dilara.k@gmx.net]]>
Betreff: Kita-Platz ab August für [[P|Ella Kranich]] (Kundennr. [[AZ|KN-2026-04152]])

Liebe Frau [[P|Tischendorf]],

vielen Dank für das nette Telefonat. Wie besprochen die Angaben noch einmal schriftlich:

Kind: [[P|Ella Kranich]], geboren am [[DOB|3. August 2024]]
Eltern: [[P|Anne Kranich]] und [[P|Dilara Kranich]] geb. [[P|Aydın]]
Adresse: [[A|Hinter dem Siechenhaus 2]] · [[A|07343 Saalfurt]]

Wir sind zwei Mütter und seit 2022 verheiratet; [[P|Dilara]] hat [[P|Ella]] im letzten Jahr adoptiert (Stiefkindadoption). Uns ist wichtig, dass die Kita offen mit Regenbogenfamilien umgeht – in der Krabbelgruppe gab es leider blöde Sprüche. Ist die Kita „Sonnenkäfer“ da gut aufgestellt?

Ich arbeite ab August wieder Vollzeit im Schichtdienst, daher bräuchten wir 9 Stunden.

Telefonisch: [[T|0176 9921 0463]] ([[P|Anne]]) oder [[T|0178 355 62 07]] ([[P|Dilara]]).

Herzliche Grüße
[[P|Anne]] & [[P|Dilara Kranich]]
""")

# 020 — tab-separated deployment plan of school companions
doc("word", "einsatzplan_schulbegleitung", ["HEALTH"], f"""
Jugendamt Saalfurt – Eingliederungshilfe
Einsatzplan Schulbegleitungen 2. Halbjahr 2025/26 (Stand 23.03.2026)
Träger: Lebenshilfe Saale-Orla gGmbH, sofern nicht anders vermerkt

Schulbegleitung\tKind\tSchule/Klasse\tFörderschwerpunkt\tStd./Wo.\tbewilligt bis\tAz.
[[P|Jonas Leipold]]\t[[P|Ilja Friesen]]\tGS Am Sonnenhang 2a\tAutismus\t25\t31.07.2026\t[[AZ|51.4-35a-0062/26]]
[[P|Tatjana Ens]] (AWO)\t[[P|Mia Gerber]]\tFörderzentrum 3\tkörperl.-motor. (Spina bifida)\t30\t31.07.2026\t[[AZ|51.4-SGB IX-0019/25]]
[[P|Nicole Funke]]\t[[P|Kenan Aslan]]\tRS Gorndorf 5a\temot.-soz. Entwicklung\t18\t31.01.2027\t[[AZ|51.4-35a-0041/25]]
[[P|Oleksii Marchenko]]\t[[P|Polina Kravets]]\tGS Gorndorf 1c\tHören (CI beidseitig)\t20\t31.07.2026\t[[AZ|51.4-SGB IX-0023/25]]
[[P|Sabine Lind]]\t[[P|Jakob Herbst]]\tGS Friedrich Fröbel 4b\tAutismus\t15\t31.07.2026\t[[AZ|51.4-35a-0057/25]]
[[P|Emre Tekin]] (AWO)\t[[P|Daniyar Bekov]]\tGymnasium Heinrich Heine 6a\tDiabetes Typ 1 / Epilepsie\t12\t30.09.2026\t[[AZ|51.4-SGB IX-0031/25]]

Vertretung: bei Ausfall von Herrn [[P|Leipold]] übernimmt Frau [[P|Lind]] (mit Frau [[P|Friesen]] abgesprochen, Tel. [[T|0151 2039 7781]]).
Krankenversichertennummer [[P|Mia Gerber]] für die Abrechnung mit der Krankenkasse (Pflegeanteil): [[KV|{KV_MIA}]]
Erstellt: [[P|R. Zschiesche]]
""")

# 021 — Ukrainian father registers two children, Cyrillic names, foreign passports, RNOKPP
doc("outlook", "schulanmeldung_ukraine", ["HEALTH"], f"""
Von: [[P|Oleh Marchuk]] <[[E|oleh.marchuk1986@ukr.net]]>
Gesendet: Montag, 16. März 2026 12:03
An: [[N|schulverwaltungsamt@saalfurt.de]]
Betreff: Anmeldung Schule für 2 Kinder / реєстрація до школи

Sehr geehrte Damen und Herren,

wir sind am 2. März aus Charkiw nach Saalfurt gekommen und wohnen in der Gemeinschaftsunterkunft [[A|Am Hutberg 15]], Zimmer 212, [[A|07346 Saalfurt-Gorndorf]]. Wir haben Aufenthalt nach § 24 AufenthG (Fiktionsbescheinigung). Ich möchte meine Kinder in der Schule anmelden:

1) [[P|Yaroslava Marchuk]] / [[P|Ярослава Марчук]], geb. [[DOB|21.05.2014]], in der Ukraine 6. Klasse, Reisepass [[PASS|{PASS_YAROSLAVA}]]
2) [[P|Nazar Marchuk]] / [[P|Назар Марчук]], geb. [[DOB|06.12.2016]], 3. Klasse, Reisepass [[PASS|{PASS_NAZAR}]]

Ich bin der Vater, [[P|Oleh Marchuk]], geb. [[DOB|14.07.1986]]. Meine Frau [[P|Halyna Marchuk]] ([[P|Галина Марчук]]) ist noch bei ihrer Mutter in Lwiw und kommt im April.

Beim Sozialamt habe ich meine ukrainische Steuernummer (РНОКПП) angegeben: [[TID|{RNOKPP_OLEH}]]. Brauchen Sie die auch?

[[P|Nazar]] hat Asthma und braucht sein Spray in der Schule.

Telefon: [[T|0155 1027 4433]] (deutsch), Viber/Telegram [[T|+380 97 226 18 40]]

Дякую / Danke
[[P|Oleh Marchuk]]
""")

# 022 — Jugendamt statement to the family court, court file number, German child passport, UA plate
doc("word", "stellungnahme_familiengericht", [], f"""
Stadt Saalfurt · Jugendamt · Brudergasse 18 · 07343 Saalfurt

Amtsgericht Saalfurt
– Familiengericht –
Postfach 1144
07332 Saalfurt

Ihr Aktenzeichen: [[AZ|3 F 214/25]]
Unser Zeichen: [[AZ|51.1-FamG-0188/25]]
Bearbeiterin: [[P|Mareike Obst]]
Datum: 24.03.2026

Kindschaftssache betreffend [[P|Artem Tkachenko]], geb. [[DOB|02.02.2017]], und [[P|Lina Tkachenko]], geb. [[DOB|30.09.2019]]
Antragsteller: [[P|Bohdan Tkachenko]], [[A|Wöhlsdorfer Straße 12]], [[A|07343 Saalfurt]]
Antragsgegnerin: [[P|Franziska Tkachenko]] geb. [[P|Ullrich]], [[A|Am Gleitsch 7]], [[A|07341 Saalfurt]]
Verfahrensbeistand: Rechtsanwältin [[P|Dr. Katja Sonnenschein]]

Stellungnahme des Jugendamtes gemäß § 162 FamFG

1. Sachstand
Die Eltern leben seit Oktober 2025 getrennt; beide Kinder leben bei der Mutter. Herr [[P|Tkachenko]] beantragt einen erweiterten Umgang sowie die Zustimmung zu einer Ferienreise mit den Kindern zu seinen Eltern nach Tscherkassy. Frau [[P|Tkachenko]] befürchtet, dass er die Kinder nicht zurückbringt, und beantragt die amtliche Verwahrung der Reisepässe (Reisepass [[P|Artem]]: [[PASS|{PASS_ARTEM}]]; für [[P|Lina]] besteht ein Kinderreisepass).

2. Gespräche
Hausbesuch bei der Mutter am 05.03.2026, Gespräch mit dem Vater im Jugendamt am 10.03.2026, Einzelgespräch mit [[P|Artem]] am 12.03.2026. [[P|Artem]] äußerte, er wolle „bei Mama wohnen und bei Papa schlafen, wenn Wochenende ist“. [[P|Lina]] war für ein Gespräch noch zu zurückhaltend.

3. Einschätzung
Eine konkrete Entführungsgefahr ist aus Sicht des Jugendamtes nicht erkennbar: Herr [[P|Tkachenko]] lebt seit 2014 in Deutschland und ist unbefristet beschäftigt. Er fährt allerdings weiterhin einen Pkw mit ukrainischem Kennzeichen ([[KFZ|CA 7281 KB]]), was die Mutter verunsichert.

4. Empfehlung
Wir empfehlen Umgang an jedem zweiten Wochenende von Freitag bis Sonntag sowie eine Ferienreise erst nach einem begleiteten Probelauf im Inland.

[[P|Obst]]
Dipl.-Sozialpädagogin (FH)
""")

# 023 — parent mail with a full credit card number, portal customer number, BuT file
doc("outlook", "essengeld_erstattung", [], f"""
Von: [[P|Kerem Aksoy]] <[[E|kerem.aksoy@outlook.de]]>
An: [[N|schulverwaltungsamt@saalfurt.de]]
Betreff: Schulessen [[P|Emir Aksoy]] 4c – doppelt abgebucht!!

Hallo,

im Essensportal vom Caterer wurde im Februar das Essensgeld für meinen Sohn [[P|Emir]] zweimal abgebucht, 2 x 68,20 €. Der Caterer sagt, für BuT-Kinder ist die Stadt zuständig, weil [[P|Emir]] seit Januar den BuT-Bescheid hat (Az. [[AZ|BuT-2026-00871]]).

Meine Kundennummer im Portal ist [[AZ|200-44718]], bezahlt habe ich mit der Kreditkarte [[CC|{f_cc}]], gültig bis 09/28. Bitte erstatten Sie mir das Geld oder sagen Sie dem Caterer Bescheid.

Gruß
[[P|K. Aksoy]]
[[T|0176 2290 4418]]
""")

# 024 — minutes of a staff meeting (mostly staff names, union role)
doc("word", "dienstberatung_protokoll", ["UNION"], f"""
Ergebnisprotokoll Dienstberatung Schulverwaltungsamt
Datum: 16.03.2026, 9:00–10:30 Uhr, Raum 2.14
Leitung: [[P|Dr. Bettina Hofmeister]] (Amtsleiterin)
Teilnehmende: [[P|Katrin Ebersbach]], [[P|Uwe Brettschneider]], [[P|Marlen Tischendorf]], [[P|Sven-Ole Jahnke]] (IT); Gast: [[P|Petra Lüdtke]] (Personalrat)
Protokoll: [[P|Jahnke]]

TOP 1 Einschulung 2026/27
Stand 13.03.: 412 Anmeldungen (Vorjahr 398), davon 37 Kann-Kinder. Zuweisungen wegen Übernachfrage an der GS „Friedrich Fröbel“: 11. Bisher zwei Widersprüche, darunter Fall [[P|Reimer]] ([[AZ|SVA 40.2-0187/26]]); Frau [[P|Ebersbach]] prüft die Härtefallregel.

TOP 2 Kita-Bedarfsplanung
38 Kinder auf der Warteliste, überwiegend unter drei Jahren. Frau [[P|Tischendorf]] stellt die Auslastung der Einrichtungen in der nächsten Sitzung des Jugendhilfeausschusses vor (Vorlage SR/0142/2026).

TOP 3 KI-Assistent in Word und Outlook
Herr [[P|Jahnke]] stellt den Pilotbetrieb vor. Texte aus Jugendamtsakten enthalten Sozialdaten und dürfen nur pseudonymisiert verarbeitet werden. Frau [[P|Lüdtke]] erklärt, sie nehme als Personalratsmitglied und ver.di-Vertrauensfrau teil; die Dienstvereinbarung schließe eine Leistungs- und Verhaltenskontrolle aus.

TOP 4 Verschiedenes
– Herr [[P|Brettschneider]] ist vom 30.03. bis 10.04. im Urlaub; Vertretung OWi-Verfahren: Frau [[P|Ebersbach]].
– Seiteneinsteiger [[P|Timur Seitkali]] (aus Kasachstan): Zuweisung an die RS Gorndorf, Klasse 8 mit DaZ-Kurs.

Nächste Dienstberatung: 13.04.2026
""")

# 025 — father asks for religious exemptions, broken German
doc("outlook", "schwimmunterricht_religion", ["RELIGION"], f"""
Betreff: [[P|Zeynep Çelik]] 5a – Schwimmunterricht und Klassenfahrt

Sehr geehrte Damen und Herren,
sehr geehrte Frau [[P|Ebersbach]],

ich bin Vater von [[P|Zeynep Çelik]], sie geht Klasse 5a am Gymnasium Heinrich Heine. Die Schule hat gesagt ich soll mich an Sie wenden.

Wir sind muslimische Familie. [[P|Zeynep]] trägt seit diesem Jahr Kopftuch und möchte nicht mit Jungen zusammen schwimmen. Wir haben Burkini gekauft, aber Sportlehrer Herr [[P|Grabowski]] sagt das geht nicht wegen Hygiene? Bitte erklären Sie mir die Regel. Bei Klassenfahrt nach Oberhof im Juni darf [[P|Zeynep]] mitfahren, aber bitte kein Schweinefleisch und Zimmer nur mit Mädchen.

Herr [[P|Ömer Kılıç]] von der DITIB-Gemeinde kann auch gern mit der Schule sprechen, seine Nummer [[T|0157 4481 2296]].

Mit freundlichen Grüßen
[[P|Hüseyin Çelik]]
[[A|Gorndorfer Ring 61]]
[[A|07346 Saalfurt-Gorndorf]]
Tel [[T|0163 512 88 07]]
""")

# 026 — certificate for the foreigners' authority, Vietnamese passports and citizen id, name without diacritics
doc("word", "schulbescheinigung_abh", [], f"""
Stadt Saalfurt · Schulverwaltungsamt · Markt 6 · 07343 Saalfurt

Bescheinigung über den Schulbesuch
(zur Vorlage bei der Ausländerbehörde, Az. [[AZ|ABH 3-VNM-20711]])

Hiermit wird bestätigt, dass
[[P|Đỗ Quang Minh]], geboren am [[DOB|17.04.2011]] in Hải Phòng (Vietnam),
Reisepass-Nr. [[PASS|{PASS_MINH_VN}]],
wohnhaft [[A|Saaldamm 40]], [[A|07343 Saalfurt]],
seit dem 01.09.2025 die Klasse 9a der Staatlichen Regelschule Gorndorf besucht. Der Schulbesuch erfolgt regelmäßig.

Die Bescheinigung wird auf Antrag der Mutter, Frau [[P|Đỗ Thị Thanh Hương]] (Reisepass-Nr. [[PASS|{PASS_HUONG_VN}]], Căn cước công dân Nr. [[IDC|{CCCD_HUONG}]]), ausgestellt.

Hinweis: In der Akte der Ausländerbehörde ist der Name ohne diakritische Zeichen als „[[P|Do Quang Minh]]“ erfasst; bei Rückfragen bitte beide Schreibweisen verwenden.

Saalfurt, 23.03.2026
Im Auftrag
[[P|Ebersbach]]
(Dienstsiegel)
""")

# 027 — staff reply with quoted original ("Am … schrieb …")
doc("outlook", "kita_zusage_antwort", ["HEALTH"], f"""
Betreff: AW: Kita-Platz [[P|Sofiia Savchuk]] – Zusage Kita „Saalezwerge“

Sehr geehrte Frau [[P|Savchuk]],

ich freue mich, Ihnen für [[P|Sofiia]] einen Platz in der Kita „Saalezwerge“, Mühlgraben 2, ab dem 1. April 2026 anbieten zu können. Bitte bringen Sie zum Aufnahmegespräch am 26.03.2026 um 9:00 Uhr mit:
– den Nachweis über den Masernschutz (Impfpass, gern auch ukrainisch),
– den unterschriebenen Betreuungsvertrag (Kundennummer [[AZ|KN-2026-04417]]),
– eine Kopie Ihres Aufenthaltstitels.

Ihre Bezugserzieherin wird Frau [[P|Nadine Voigtländer]] sein. Die Pflegecreme wegen der Neurodermitis von [[P|Sofiia]] sprechen Sie bitte direkt mit ihr ab. Eine Begleitperson zum Übersetzen ist natürlich willkommen.

Mit freundlichen Grüßen
Im Auftrag
[[P|Marlen Tischendorf]]
Stadt Saalfurt – Schulverwaltungsamt, Kindertagesbetreuung
Markt 6, 07343 Saalfurt
Telefon [[T|03671 598-247]] · Zentrale [[N|03671 598-0]] · [[N|kita-anmeldung@saalfurt.de]]

Am 3. März 2026 um 10:12 schrieb [[P|Iryna Savchuk]] <[[E|iryna.savchuk.ua@gmail.com]]>:
> Guten Tag Frau [[P|Tischendorf]],
> danke fur Ihre Hilfe. [[P|Sofiia]] hat Neurodermitis, sie braucht spezielle Creme, die gebe ich mit.
> Kann ich mit Übersetzer kommen? Meine Nachbarin [[P|Oksana]] spricht gut Deutsch.
> [[P|Iryna Savchuk]]
> [[T|0155 6012 4478]]
""")

# 028 — deed of paternity acknowledgement: Kazakh passport and IIN, German ID card with check digit
doc("word", "beurkundung_vaterschaft", [], f"""
Stadt Saalfurt – Jugendamt – Beurkundungen

Urkundenrolle Nr. [[AZ|UR 41/2026]]

Verhandelt zu Saalfurt am 18. März 2026.
Vor mir, der nach § 59 SGB VIII ermächtigten Urkundsperson des Jugendamtes der Stadt Saalfurt, [[P|Sabine Träger]], erschienen heute:

1. Herr [[P|Yerlan Omarov]], geboren am [[DOB|19.08.1991]] in Schymkent (Kasachstan), kasachischer Staatsangehöriger, wohnhaft [[A|Kesselweg 8]], [[A|07343 Saalfurt]], ausgewiesen durch kasachischen Reisepass Nr. [[PASS|{PASS_YERLAN_KZ}]] (IIN [[IDC|{IIN_YERLAN}]]),
2. Frau [[P|Vanessa Hahn]], geboren am [[DOB|02.04.1999]] in Saalfurt, deutsche Staatsangehörige, wohnhaft [[A|Bohlenplatz 2]], [[A|07343 Saalfurt]], ausgewiesen durch Personalausweis Nr. [[IDC|{IDC_VANESSA}]].

Herr [[P|Omarov]] ist der deutschen Sprache hinreichend mächtig; eine Dolmetscherin war nicht erforderlich.

Der Erschienene zu 1. erklärte:
Ich erkenne die Vaterschaft für das am [[DOB|23.01.2026]] in Saalfurt geborene Kind [[P|Mila Hahn]] an.

Die Erschienene zu 2. erklärte:
Ich stimme der Anerkennung der Vaterschaft zu.

Die Beteiligten wurden darauf hingewiesen, dass eine Namensbestimmung gesondert beim Standesamt erfolgt.

Vorgelesen, genehmigt und eigenhändig unterschrieben:
[[P|Yerlan Omarov]]          [[P|Vanessa Hahn]]
[[P|Träger]], Urkundsperson
""")

# 029 — Kita head reports § 8a concern (initial as subject, child abuse injuries, plate)
doc("outlook", "kinderschutz_meldung", ["HEALTH"], f"""
Von: Kita Sonnenkäfer – Leitung <[[N|kita.sonnenkaefer@saalfurt.de]]>
Gesendet: Donnerstag, 19. März 2026 13:37
An: ASD Jugendamt <[[N|asd@saalfurt.de]]>
Betreff: Mitteilung nach § 8a SGB VIII – [[P|Noah P.]]

Sehr geehrte Kolleginnen und Kollegen,

wir melden gewichtige Anhaltspunkte für eine Kindeswohlgefährdung bei
[[P|Noah Pohle]], geb. [[DOB|11.11.2021]], Gruppe „Igel“,
Mutter: [[P|Jacqueline Pohle]], [[A|Gorndorfer Ring 87]], [[A|07346 Saalfurt-Gorndorf]], Tel. [[T|0152 3380 7164]].

Beim Umziehen nach dem Mittagsschlaf hat die Erzieherin Frau [[P|Katja Lux]] heute mehrere streifenförmige Hämatome am Rücken und an beiden Oberschenkeln gesehen. [[P|Noah]] sagte auf Nachfrage: „Papa hat gehauen mit dem Gürtel.“ Nach Angaben der Mutter wohnt der Kindsvater, Herr [[P|Kevin Schulze]], „seit Fasching wieder bei uns“. Herr [[P|Schulze]] holt [[P|Noah]] seit einer Woche mit einem schwarzen Golf ([[KFZ|SLF-KS 1312]]) ab und wirkte dabei zweimal alkoholisiert.

Die insoweit erfahrene Fachkraft, Frau [[P|Henning]], wurde um 12:15 Uhr hinzugezogen und empfiehlt die sofortige Mitteilung an Sie. Die Mutter ist noch nicht informiert; Abholung ist heute gegen 16 Uhr.

Für Rückfragen erreichen Sie mich bis 16:30 Uhr unter [[N|03671 4422-0]] oder mobil [[T|0170 2218 5542]].

Mit freundlichen Grüßen
[[P|Yvonne Barthel]]
Leiterin Kita Sonnenkäfer
""")

# 030 — UVG recourse overview (Markdown), debtors abroad, sole trader with VAT and tax number
doc("word", "uvg_rueckgriff_liste", ["HEALTH"], f"""
Unterhaltsvorschusskasse – Rückgriffsfälle mit Handlungsbedarf (Stand 25.03.2026)
Sachbearbeitung: [[P|D. Meinhold]] – nur für den Dienstgebrauch

| Az. | Unterhaltspflichtige/r | geb. | Anschrift | Einkommen / Konto | nächster Schritt |
|---|---|---|---|---|---|
| [[AZ|51.3-UV-0412/26]] | [[P|Serkan Yalçın]] | [[DOB|22.11.1988]] | [[A|38030 Melikgazi/Kayseri]] (TR) | unbekannt | Auslandsunterhalt über Bundesamt für Justiz |
| [[AZ|51.3-UV-0388/26]] | [[P|Nurlan Abenov]] | [[DOB|04.07.1987]] | [[A|050059 Almaty]] (KZ) | Zahlungen von [[IBAN|{IBAN_ABENOV_KZ}]] | Zahlungseingänge abgleichen |
| [[AZ|51.3-UV-0297/25]] | [[P|Viktor Janzen]] | [[DOB|30.12.1985]] | [[A|Zum Kiefernhang 11]], [[A|07338 Kaulsdorf-Tal]] | Einzelunternehmer (Trockenbau [[P|Janzen]]), USt-IdNr. [[VAT|{VAT_JANZEN}]], StNr. [[TNR|{f_tnr_janzen}]] | Auskunft beim Finanzamt |
| [[AZ|51.3-UV-0150/25]] | [[P|Mike Förster]] | [[DOB|17.03.1992]] | unbekannt verzogen, zuletzt [[A|Beulwitzer Straße 3]] | Girokonto [[IBAN|{IBAN_FOERSTER}]] | Pfändungs- und Überweisungsbeschluss |
| [[AZ|51.3-UV-0433/26]] | [[P|Andrii Hrytsenko]] | [[DOB|05.05.1990]] | Ukraine, Anschrift unbekannt | Überweisungen von [[IBAN|{group(IBAN_HRYTSENKO_UA, 4)}]] | Anfrage Ausländerbehörde |
| [[AZ|51.3-UV-0358/25]] | [[P|Ramazan Şahin]] | [[DOB|09.01.1979]] | [[A|Lohmühlenring 8]], [[A|07343 Saalfurt]] | Rente wegen voller Erwerbsminderung, RV-Nr. [[SSN|{SSN_SAHIN}]] | Leistungsfähigkeit prüfen |

Hinweise
– Herr [[P|Janzen]] hat am 10.03. telefonisch Ratenzahlung angeboten ([[T|0171 6620 3358]]); Vermerk folgt.
– Bei Herrn [[P|Şahin]] liegt der Rentenbescheid vor; Selbstbehalt für Nichterwerbstätige ansetzen.
""")


def main():
    lines = []
    for n, (channel, template, flags, marked) in enumerate(DOCS, 1):
        rec = build(f"{PREFIX}{n:03d}", channel, template, marked, flags)
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} documents to {OUT}")


if __name__ == "__main__":
    main()
