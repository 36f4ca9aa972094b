#!/usr/bin/env python3
"""Blind test batch 89 (seed 8989): invented correspondence of the Ausländer- und Einbürgerungsbehörde of the
invented Stadt Wendelstein an der Saar. Writes fresh89.jsonl next to this file. Deterministic: random.Random(8989)
and Identifiers(8989) only; no network, no clock."""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # marks.py and identifiers.py sit beside this file
from marks import build  # noqa: E402
from identifiers import Identifiers, mod97_iban, mod11_10_check, luhn_check, icao_check, group  # noqa: E402

SEED = 8989
rng = random.Random(SEED)
ids = Identifiers(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))


def mk(code):
    return lambda s: f"[[{code}|{s}]]"


P, A, E, T, IBAN, TID, TNR, VAT = (mk(c) for c in ("P", "A", "E", "T", "IBAN", "TID", "TNR", "VAT"))
IDC, PASS, SSN, KV, DOB, KFZ, AZ, CC, N = (mk(c) for c in ("IDC", "PASS", "SSN", "KV", "DOB", "KFZ", "AZ", "CC", "N"))

# ---------------------------------------------------------------- independent validators (asserted below)
CHECKED = []


def iban_ok(v):
    v = v.replace(" ", "").upper()
    s = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def tax_id_ok(v):
    v = v.replace(" ", "")
    if len(v) != 11 or v[0] == "0":
        return False
    counts = [v[:10].count(d) for d in "0123456789"]
    return max(counts) <= 3 and sum(1 for c in counts if c >= 2) == 1 and mod11_10_check(v[:10]) == int(v[10])


def vat_de_ok(v):
    v = v.replace(" ", "")
    return v.startswith("DE") and len(v) == 11 and mod11_10_check(v[2:10]) == int(v[10])


def icao_ok(v):
    return icao_check(v[:9]) == int(v[9])


def rvnr_ok(v):
    v = v.replace(" ", "")
    code = ord(v[8]) - 64
    vals = [int(c) for c in v[:8]] + [code // 10, code % 10] + [int(c) for c in v[9:11]]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum((x * y) // 10 + (x * y) % 10 for x, y in zip(vals, w)) % 10 == int(v[11])


def kvnr_ok(v):
    code = ord(v[0]) - 64
    vals = [code // 10, code % 10] + [int(c) for c in v[1:9]]
    s = sum((x * (1 if i % 2 == 0 else 2)) // 10 + (x * (1 if i % 2 == 0 else 2)) % 10 for i, x in enumerate(vals))
    return s % 10 == int(v[9])


def luhn_ok(v):
    v = v.replace(" ", "").replace("-", "")
    total = 0
    for i, ch in enumerate(reversed(v)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - (9 if d * 2 > 9 else 0)
        total += d
    return total % 10 == 0


# French NIR (numéro de sécurité sociale): 13 digits + key = 97 - (number mod 97)
def nir(sex, yy, mm, dept, commune, order):
    body = f"{sex}{yy}{mm}{dept}{commune}{order}"
    assert len(body) == 13
    return body + f"{97 - int(body) % 97:02d}"


def nir_ok(v):
    v = v.replace(" ", "")
    return len(v) == 15 and 97 - int(v[:13]) % 97 == int(v[13:])


# Luxembourg matricule: YYYYMMDD + 3 digits, then Luhn digit and Verhoeff digit, both over the first 11 digits
VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
      [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_check(digits):
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    return VINV[c]


def verhoeff_ok(digits):
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0


def lux_matricule(yyyymmdd):
    base = yyyymmdd + ids.digits(3)
    return base + str(luhn_check(base)) + str(verhoeff_check(base))


def lux_matricule_ok(v):
    v = v.replace(" ", "")
    return len(v) == 13 and luhn_ok(v[:12]) and verhoeff_ok(v[:11] + v[12])


# French IBAN with RIB key: key = 97 - ((89*bank + 15*branch + 3*account) mod 97)
def iban_fr():
    bank, branch, acct = ids.digits(5, True), ids.digits(5), ids.digits(11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
    return mod97_iban("FR", f"{bank}{branch}{acct}{key:02d}")


def rib_ok(v):
    v = v.replace(" ", "")[4:]
    return 97 - (89 * int(v[:5]) + 15 * int(v[5:10]) + 3 * int(v[10:21])) % 97 == int(v[21:23])


# Luxembourg VAT: LU + 6 digits + (those 6 digits mod 89)
def vat_lu():
    six = ids.digits(6, True)
    return f"LU{six}{int(six) % 89:02d}"


def vat_lu_ok(v):
    return int(v[2:8]) % 89 == int(v[8:10])


def chk(kind, value, ok):
    assert ok, (kind, value)
    CHECKED.append((kind, value))
    return value


def rvnr(ddmmyy, letter):
    return chk("RVNR", ids.social_security(ddmmyy, letter), True)


def fmt_rvnr(v, style):
    if style == 0:
        return v
    if style == 1:
        return f"{v[:2]} {v[2:8]} {v[8]} {v[9:11]}{v[11]}"
    return f"{v[:2]} {v[2:4]}{v[4:6]}{v[6:8]} {v[8]} {v[9:]}"


def fpass(pattern):
    """Foreign passport numbers (no public check digit): L letter, D digit."""
    return "".join(rng.choice("ABCDEGHKLMNPRSTUZ") if c == "L" else rng.choice("0123456789") if c == "D" else c
                   for c in pattern)


# ---------------------------------------------------------------- identifiers
ib_amrani = chk("IBAN", ids.iban_de(), True)
rv_amrani = rvnr("170591", "A")
pass_ouazzani = fpass("LLDDDDDDD")
nir_keff = chk("NIR", nir(1, "87", "04", "57", "227", "083"), True)
iban_keff = chk("IBAN-FR", iban_fr(), True)
pass_chaabane = fpass("LDDDDDD")
pass_shirin = fpass("LDDDDDDDD")
idc_beridze = chk("ID", ids.id_card(check_digit=True), True)
tid_beridze = chk("TAXID", ids.tax_id(), True)
ib_beridze = chk("IBAN", ids.iban_de(), True)
pass_tamar = fpass("DDLLDDDDD")
pass_ben_jemaa = fpass("LDDDDDD")
eat_ben_jemaa = chk("eAT", ids.travel_document("Y", False), True)
kv_ben_jemaa = chk("KVNR", ids.health_insurance(), True)
mat_wampach = chk("LU-matricule", lux_matricule("19790312"), True)
vat_wampach = chk("VAT-LU", vat_lu(), True)
tid_wampach = chk("TAXID", ids.tax_id(), True)
ib_wampach = chk("IBAN-LU", ids.iban("LU", 16), True)
pass_elfassi = fpass("LLDDDDDDD")
rv_hawrami = rvnr("221185", "B")
kv_hawrami = chk("KVNR", ids.health_insurance(), True)
eat_hawrami = chk("eAT", ids.travel_document("Y", True), True)
eat_list = [chk("eAT", ids.travel_document("Y", False), True) for _ in range(8)]
pass_benali = fpass("LLDDDDDDD")
pass_noorzai = [fpass("PDDDDDDD") for _ in range(2)]
pass_alobaidi = fpass("LDDDDDDDD")
pass_gelashvili = fpass("DDLLDDDDD")
tnr_bouzidi = f"040/{ids.digits(3)}/{ids.digits(5)}"
vat_bouzidi = chk("VAT-DE", ids.vat_id(), True)
ib_bouzidi = chk("IBAN", ids.iban_de(), True)
tid_bouzidi = chk("TAXID", ids.tax_id(), True)
pass_bouzidi = [fpass("LLDDDDDDD") for _ in range(2)]
eat_aitbensaid = chk("eAT", ids.travel_document("Y", True), True)
idc_grosjean = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9))
pass_trabelsi = fpass("LDDDDDD")
eat_trabelsi = chk("eAT", ids.travel_document("Y", False), True)
tid_trabelsi = chk("TAXID", ids.tax_id(), True)
rv_trabelsi = rvnr("171091", "T")
kv_trabelsi = chk("KVNR", ids.health_insurance(), True)
idc_ohlmeyer = chk("ID", ids.id_card(check_digit=True), True)
pass_kapanadze = fpass("DDLLDDDDD")
cc_lamrini = chk("CC", ids.credit_card("4", 16), True)
ib_lamrini = chk("IBAN", ids.iban_de(), True)
rv_sindi = rvnr("090384", "S")
idc_dilvin = "1999" + ids.digits(8)
pass_sulaberidze = fpass("DDLLDDDDD")
ib_hosseini = chk("IBAN", ids.iban_de(), True)
kv_lahlou = chk("KVNR", ids.health_insurance(), True)
cc_keff = chk("CC", ids.credit_card("5", 16), True)

for kind, v in CHECKED:
    if kind.startswith("IBAN"):
        assert iban_ok(v), v
    if kind == "IBAN-FR":
        assert rib_ok(v), v
    if kind == "TAXID":
        assert tax_id_ok(v), v
    if kind == "VAT-DE":
        assert vat_de_ok(v), v
    if kind in ("ID", "eAT") and len(v) == 10:
        assert icao_ok(v), v
    if kind == "RVNR":
        assert rvnr_ok(v), v
    if kind == "KVNR":
        assert kvnr_ok(v), v
    if kind == "CC":
        assert luhn_ok(v), v
    if kind == "NIR":
        assert nir_ok(v), v
    if kind == "LU-matricule":
        assert lux_matricule_ok(v), v
    if kind == "VAT-LU":
        assert vat_lu_ok(v), v
# reference vectors for the home-made algorithms
assert nir_ok("255081416802538") and not nir_ok("255081416802539")
assert verhoeff_check("236") == 3 and verhoeff_ok("2363")
assert iban_ok("FR1420041010050500013M02606") and iban_ok("LU280019400644750000")
assert vat_lu_ok("LU15027442")
assert luhn_ok("4111111111111111")

SW = N("06897 4410-0")
MAB = N("auslaenderbehoerde@wendelstein-saar.de")
MEB = N("einbuergerung@wendelstein-saar.de")
HEAD = ("Stadt Wendelstein an der Saar · Der Oberbürgermeister\n"
        "Amt 32 – Ausländer- und Einbürgerungsbehörde · Rathausplatz 1 · 66789 Wendelstein an der Saar\n\n")
WND = "66789 Wendelstein an der Saar"

docs = []


def doc(channel, template, text, flags=()):
    docs.append((channel, template, text, sorted(flags)))


# 1 ------------------------------------------------------------------------------------------------------------
doc("word", "anhoerung_familiennachzug", HEAD + f"""Herrn
{P("Youssef Amrani-Tahiri")}
{A("Lothringer Straße 58")}
{A(WND)}

Unser Zeichen: {AZ("32.2-FN-0417/25")}
Datum: 12.02.2026
Auskunft: Frau {P("Dillinger")}, Zimmer 2.14
Telefon: {SW}
E-Mail: {MAB}

Familiennachzug Ihrer Ehefrau {P("Salma Ouazzani")}, geb. {DOB("03.11.1996")}
Anhörung nach § 28 VwVfG

Sehr geehrter Herr {P("Amrani-Tahiri")},

die Deutsche Botschaft Rabat hat uns den Visumantrag Ihrer Ehefrau zur Zustimmung nach § 31 AufenthV vorgelegt \
(Vorgangsnummer der Botschaft {AZ("RABA-2025-118734")}). Frau {P("Ouazzani")} ist Inhaberin des marokkanischen \
Reisepasses Nr. {PASS(pass_ouazzani)}.

Nach Prüfung der vorliegenden Unterlagen beabsichtige ich, die Zustimmung zu versagen. Der Mietvertrag für die \
Wohnung {A("Lothringer Straße 58")} weist eine Wohnfläche von 41 m² aus; für zwei Personen ist nach den \
Verwaltungsvorschriften ausreichender Wohnraum nicht nachgewiesen. Außerdem fehlen Nachweise über Ihr Einkommen. Nach \
Ihren Angaben sind Sie seit August 2025 bei der Firma {P("Schaumlöffel")} Kältetechnik e.K. beschäftigt.

Bitte reichen Sie bis zum 13.03.2026 ein:
– die Gehaltsabrechnungen der letzten sechs Monate,
– den Sozialversicherungsausweis (Ihre bisher angegebene Versicherungsnummer {SSN(fmt_rvnr(rv_amrani, 1))} konnte \
die Rentenversicherung nicht zuordnen),
– Kontoauszüge des Gehaltskontos {IBAN(group(ib_amrani, 4))}.

Sie können sich auch persönlich äußern; bitte vereinbaren Sie dazu einen Termin unter {SW}.

Mit freundlichen Grüßen
Im Auftrag

{P("Annegret Dillinger")}
""")

# 2 ------------------------------------------------------------------------------------------------------------
doc("outlook", "aufenthaltskarte_fr", f"""Von: {P("Thibault Keff-Marchal")} <{E("t.keffmarchal@orange.fr")}>
Gesendet: Dienstag, 3. Februar 2026 22:41
An: {MAB}
Betreff: Demande de carte de séjour pour mon épouse / Aufenthaltskarte

Bonjour Madame, Monsieur,

je m'appelle {P("Thibault Keff-Marchal")}, je suis de nationalité française et j'habite actuellement au \
{A("14, rue des Houblonnières")}, {A("57600 Forbach")}. Je travaille depuis 2019 comme frontalier à la fonderie \
Brettnacher GmbH à Wendelstein.

Mon épouse, Mme {P("Rim Chaabane")} épouse {P("Keff-Marchal")}, née le {DOB("22/08/1993")} à Sfax, de nationalité \
tunisienne (passeport n° {PASS(pass_chaabane)}), et moi allons emménager le 1er avril au {A("Bergmannspfad 17 a")} à \
Wendelstein. Quels documents faut-il pour sa carte de séjour (Aufenthaltskarte) ? Notre acte de mariage a été établi \
par la mairie de Forbach.

Pour information, mon numéro de sécurité sociale : {SSN(" ".join([nir_keff[0], nir_keff[1:3], nir_keff[3:5], nir_keff[5:7], nir_keff[7:10], nir_keff[10:13], nir_keff[13:]]))}. \
Les frais peuvent être prélevés sur mon compte {IBAN(group(iban_keff, 4))} ou payés par carte \
({CC(group(cc_keff, 4))}, si besoin).

Je suis délégué syndical CGT dans mon entreprise et j'ai des réunions le mardi et le jeudi ; un rendez-vous le lundi \
ou le vendredi serait idéal.

Vous pouvez me joindre au {T("+33 6 71 24 88 05")}.

Cordialement,
{P("Thibault Keff-Marchal")}
""", {"UNION"})

# 3 ------------------------------------------------------------------------------------------------------------
doc("outlook", "einbuergerungstest_en", f"""Betreff: einbürgerungstest result??

hi,

my name is {P("haval barzinji")}, i did the einbürgerungstest on 14 january at vhs saarlouis. my participant number \
was {AZ("3307-26-0871")} but i still did not get the certificate. my file at your office is {AZ("32.3-EB 2207/24")}.

date of birth {DOB("02.04.1988")}
address {A("hüttenweg 14")}, {A("66789 wendelstein")}

you can call me {T("0157 3328 1940")} or write here ({E("haval.bzj88@gmail.com")}).

also my wife {P("shirin")} wants to apply too. is it ok if she brings only the new iraqi passport \
({PASS(pass_shirin)}) or also the old one?

thanks a lot
{P("haval")}

--
Gesendet von meinem iPhone
""")

# 4 ------------------------------------------------------------------------------------------------------------
doc("word", "verpflichtungserklaerung_vermerk", f"""Stadt Wendelstein an der Saar – Ausländerbehörde
Vermerk zur Bonitätsprüfung – Verpflichtungserklärung nach §§ 66–68 AufenthG

Vorgang:\t{AZ("VE-2026-0088")}
Vordruck-Nr.:\t0043/VE/26 (Bundesdruckerei-Sicherheitsvordruck)

Verpflichtungsgeber:\t{P("Irakli Beridze")}
Anschrift:\t{A("Am Kohlbruch 7b")}, {A(WND)}
geboren am:\t{DOB("19.07.1979")}
Personalausweis:\t{IDC(idc_beridze)}
Steuer-ID:\t{TID(" ".join([tid_beridze[:2], tid_beridze[2:5], tid_beridze[5:8], tid_beridze[8:]]))}
Arbeitgeber:\tSaarhütten Logistik AG, Völklingen
Nettoeinkommen:\t2.940,00 EUR (Lohnabrechnungen 10–12/2025)
Gehaltskonto:\t{IBAN(ib_beridze)}

Eingeladene Person:\t{P("Tamar Beridze-Lomidze")} (Schwester)
geboren am:\t{DOB("5. Februar 1984")}
Reisepass (Georgien):\t{PASS(pass_tamar)}
Wohnort:\t{A("Tsereteli Ave. 112")}, {A("0154 Tbilisi")}, Georgien
Aufenthalt:\t01.05.2026 bis 29.06.2026

Ergebnis: Nach Abzug der Miete (640,00 EUR) und des Pfändungsfreibetrags verbleibt ein ausreichender Betrag. Die \
Bonität ist gegeben. Die Ehefrau des Verpflichtungsgebers, Frau {P("Natia Beridze")}, war bei der Vorsprache anwesend; \
eine Mitverpflichtung ist nicht erforderlich. Gebühr 29,00 EUR bar bezahlt.

Sachbearbeitung: {P("T. Quirin")}, 09.02.2026
""")

# 5 ------------------------------------------------------------------------------------------------------------
doc("outlook", "anwalt_weiterleitung", f"""Von: {P("Dillinger, Annegret")}
Gesendet: Montag, 9. Februar 2026 08:47
An: {P("Quirin, Torsten")}
Betreff: WG: Mandant {P("Rahimi")} – Antrag auf Aufenthaltserlaubnis § 25 Abs. 3 AufenthG

Hallo {P("Torsten")},
kannst du das bitte übernehmen? Ich bin ab morgen im Urlaub, die Akte liegt in deinem Fach.
Gruß {P("Annegret")}

-----Ursprüngliche Nachricht-----
Von: {P("Dr. Meike Ohlig")} <{E("m.ohlig@ra-ohlig.de")}>
Gesendet: Freitag, 6. Februar 2026 16:22
An: {MAB}
Betreff: Mandant {P("Rahimi")} – Antrag auf Aufenthaltserlaubnis § 25 Abs. 3 AufenthG

Sehr geehrte Damen und Herren,

in der Ausländerangelegenheit meines Mandanten Herrn {P("Sayed Ahmad Rahimi")}, geb. {DOB("11.01.1997")}, \
wohnhaft {A("Drahtziehergasse 4")}, {A(WND)}, Ihr Az. {AZ("32.1-0773/22")}, BAMF-Az. {AZ("8120445-423")}, zeige ich \
unter Vorlage der Vollmacht die Vertretung an.

Mein Mandant ist im Jahr 2023 zum christlichen Glauben konvertiert und wurde in der evangelischen Kirchengemeinde \
Wendelstein-Hühnerfeld getauft. Pfarrerin {P("Gudrun Leidinger-Haas")} bestätigt die ernsthafte Glaubensbetätigung; \
die Taufbescheinigung Herrn {P("Rahimis")} füge ich bei. Zudem befindet er sich wegen einer posttraumatischen \
Belastungsstörung in Behandlung bei {P("Dr. med. Veit Sarbacher")}.

Ich beantrage die Erteilung einer Aufenthaltserlaubnis nach § 25 Abs. 3 AufenthG und bitte um Akteneinsicht.

Mit freundlichen Grüßen
{P("Dr. Meike Ohlig")}
Rechtsanwältin
Tel. {T("0681 9 47 22-13")}
""", {"HEALTH", "RELIGION"})

# 6 ------------------------------------------------------------------------------------------------------------
doc("word", "aktenvermerk_fingerabdruck", f"""Aktenvermerk

Az.: {AZ("32.1-4481/24")}
Betreff: Vorsprache zur Beantragung des elektronischen Aufenthaltstitels

Am 04.02.2026 sprach Herr {P("Nizar Ben Jemaa")}, geb. am {DOB("27.06.1990")}, tunesischer Staatsangehöriger, \
in Begleitung seiner Arbeitgeberin Frau {P("Ute Scheidweiler")} (Inhaberin der Bäckerei {P("Scheidweiler")}, \
Marktstraße) vor.

Vorgelegt wurden:
1. tunesischer Reisepass Nr. {PASS(pass_ben_jemaa)}, gültig bis 2030,
2. bisheriger eAT, Kartennummer {IDC(eat_ben_jemaa)},
3. Arbeitsvertrag vom 01.12.2025 (unbefristet, Bäckereifachverkäufer),
4. Mietvertrag für die Wohnung {A("Ensdorfer Weg 31")}.

Die Abnahme der Fingerabdrücke war nur eingeschränkt möglich: Wegen einer Verbrennung an der rechten Hand \
(Arbeitsunfall im Dezember 2025) konnten nur der linke Zeigefinger und der linke Mittelfinger erfasst werden; der \
Qualitätswert des rechten Zeigefingers lag unter dem Schwellenwert. Die Ausnahme wurde im Antrag vermerkt.

Krankenversicherung: IKK Südwest, Versichertennummer {KV(kv_ben_jemaa)}.
Rückrufnummer Herr {P("Ben Jemaa")}: {T("0160 9314 2275")}; Frau {P("Scheidweiler")}: {T("06897 57 41 90")}.

Ein Dolmetscher war nicht erforderlich. Wiedervorlage: 18.02.2026.

gez. {P("Elias Wagener")}
""", {"BIOMETRIC", "HEALTH"})

# 7 ------------------------------------------------------------------------------------------------------------
m = mat_wampach
doc("outlook", "einbuergerung_luxemburg", f"""Von: {P("Claude Wampach")} <{E("claude.wampach@pt.lu")}>
Gesendet: Mittwoch, 28. Januar 2026 21:05
An: {MEB}
Betreff: Einbürgerung – Nachweise Lebensunterhalt (Selbständigkeit in Luxemburg)

Moien, sehr geehrte Damen und Herren,

ich wohne seit 2017 in Wendelstein, {A("Im Lachwald 21")}, bin aber als Schreinermeister in Luxemburg selbständig \
(Atelier {P("Wampach")}, Remich). Für den Nachweis der Einkünfte habe ich den luxemburgischen Steuerbescheid 2024 \
hochgeladen.

Meine luxemburgische Sozialversicherungsnummer (Matricule) lautet {SSN(f"{m[:4]} {m[4:8]} {m[8:]}")}, \
die TVA-Nummer des Betriebs {VAT(vat_wampach)}. In Deutschland habe ich die Steuer-ID {TID(tid_wampach)}.
Die Kontoauszüge stammen vom Geschäftskonto {IBAN(group(ib_wampach, 4))} bei der Spuerkeess.

Mein Sohn {P("Lucien")}, geb. {DOB("30.09.2009")}, soll miteingebürgert werden. Seine Mutter, {P("Sandrine Wampach-Ries")}, \
lebt in Luxemburg und ist einverstanden (Erklärung folgt per Post).

Erreichbar bin ich tagsüber unter {T("+352 621 408 193")}, abends unter {T("06897 61 02 84")}.

Villmols Merci
{P("Claude Wampach")}
""")

# 8 ------------------------------------------------------------------------------------------------------------
rows8 = [("Kharaishvili, Levan", "14.09.1992", "3307-26-0114", "29/33 bestanden"),
         ("Qaderi, Mahboba", "01.01.1985", "3307-26-0115", "abgebrochen"),
         ("El Khattabi, Nour-Eddine", "23.06.1979", "3307-26-0118", "31/33 bestanden"),
         ("Jaziri, Oumaima", "07.12.2000", "3307-26-0121", "33/33 bestanden"),
         ("Tsiklauri, Eka", "19.04.1996", "3307-26-0122", "14/33 nicht bestanden"),
         ("Al-Saffar, Hussein", "30.11.1971", "3307-26-0127", "17/33 bestanden")]
table8 = "\n".join(f"| {i} | {P(n)} | {DOB(d)} | {AZ(z)} | {r} |" for i, (n, d, z, r) in enumerate(rows8, 1))
doc("word", "einbuergerungstest_liste", f"""Einbürgerungstest am 21.01.2026 – Teilnehmende aus Wendelstein
(Mitteilung der VHS Saarlouis, Prüfstelle 3307, eingegangen 04.02.2026)

| Nr. | Name | Geburtsdatum | Prüfungs-ID | Ergebnis |
|---|---|---|---|---|
{table8}

Hinweise:
- Frau {P("Qaderi")} hat die Prüfung nach 20 Minuten wegen eines Kreislaufzusammenbruchs abgebrochen; ein \
ärztliches Attest liegt vor. Nachtermin beantragt.
- Frau {P("Tsiklauri")} wird über die Wiederholungsmöglichkeit informiert.
- Die Zertifikate für {P("Kharaishvili")}, {P("El Khattabi")}, {P("Jaziri")} und {P("Al-Saffar")} werden zu den \
Einbürgerungsakten genommen.

Bearbeitet: {P("L. Faßbender-Mörsdorf")}, 05.02.2026
""", {"HEALTH"})

# 9 ------------------------------------------------------------------------------------------------------------
doc("word", "protokoll_dienstbesprechung", f"""Protokoll der Dienstbesprechung Amt 32 vom 03.02.2026

Teilnehmende: {P("Dr. Ruprecht Ollinger")} (Leitung), {P("Annegret Dillinger")}, {P("Torsten Quirin")}, \
{P("Leonie Faßbender-Mörsdorf")}, {P("Elias Wagener")}
Protokoll: {P("Merve Tokgöz-Riehm")}

TOP 1 – Rückstände Einbürgerung
214 offene Anträge, davon 61 älter als 12 Monate. Ab März werden freitags keine Vorsprachen angeboten; die Hotline \
{SW} bleibt besetzt. Anfragen per Mail weiterhin an {MEB}.

TOP 2 – Einzelfälle
a) {P("Ahmadzai, Farid")} ({AZ("32.3-EB 0912/23")}): Die Regelanfrage beim Verfassungsschutz ist ohne Erkenntnisse \
zurück. Herr {P("Ahmadzai")} hat angegeben, bis 2021 Mitglied der Partei Hezb-e Wahdat gewesen zu sein; er gehört der \
Volksgruppe der Hazara an. Keine Bedenken, Urkunde kann vorbereitet werden (Zuständigkeit: {P("Quirin")}).
b) Familie {P("Dzhaparidze")} ({AZ("32.3-EB 1503/24")} bis {AZ("1506/24")}): Sprachnachweis B1 des Vaters fehlt noch; \
Frist bis 31.03.2026.
c) {P("Océane Strebler")} (Französin, {AZ("32.3-EB 0077/26")}): Antrag unvollständig, es fehlen Geburtsurkunde und \
Meldebescheinigung; Schreiben geht raus ({P("Faßbender-Mörsdorf")}).

TOP 3 – Verschiedenes
Frau {P("Dillinger")} ist vom 10.02. bis 20.02.2026 im Urlaub; Vertretung Herr {P("Quirin")}.

d) Beschwerde Parkplatz: Ein Antragsteller, Herr {P("Brahim Ouchen")}, beschwert sich, dass sein Fahrzeug \
({KFZ("SLS-BO 75")}) während der Vorsprache vom Behördenparkplatz abgeschleppt wurde. Antwort durch {P("Dr. Ollinger")}.

Nächste Besprechung: 03.03.2026, 9:00 Uhr, Raum 2.20.
""", {"POLITICS", "ETHNICITY"})

# 10 -----------------------------------------------------------------------------------------------------------
doc("outlook", "botschaft_zustimmung", f"""Von: Visastelle Rabat <{N("visa-fz@raba.diplo.de")}>
Gesendet: Dienstag, 20. Januar 2026 11:38
An: {MAB}
Betreff: Zustimmungsanfrage § 31 AufenthV – {AZ("RABA 2026/004117")} – {P("EL FASSI, Hajar")}

Sehr geehrte Damen und Herren,

die nachstehend genannte Antragstellerin hat am 14.01.2026 ein Visum zum Ehegattennachzug beantragt:

Name: {P("EL FASSI")}
Vorname: {P("Hajar")}
Geburtsdatum: {DOB("1998-12-07")}
Geburtsort: Meknès
Staatsangehörigkeit: marokkanisch
Reisepass: {PASS(pass_elfassi)}
Carte Nationale: {IDC("D745120")}
Telefon: {T("+212 6 61 48 20 77")}

Referenzperson im Bundesgebiet:
{P("Mehdi Lahlou")}, geb. {DOB("03.03.1994")}, deutscher Staatsangehöriger, Tel. {T("0178 2290 5516")}
{A("Grubenstraße 112")}
{A(WND)}
Krankenversichertennummer (lt. Antrag): {KV(kv_lahlou)}

Der Nachweis einfacher Deutschkenntnisse (Goethe-Zertifikat A1) liegt vor. Wir bitten um Zustimmung bzw. Mitteilung \
innerhalb der Verschweigefrist von drei Wochen.

Mit freundlichen Grüßen
Im Auftrag
{P("K. Vondermühl")}
Visastelle
""")

# 11 -----------------------------------------------------------------------------------------------------------
doc("outlook", "fiktionsbescheinigung_informell", f"""Betreff: fiktionsbescheinigung läuft ab!!

hallo frau {P("faßbender-mörsdorf")},

meine fiktionsbescheinigung läuft am 28.02 ab und ich hab immer noch keinen termin bekommen :( ich studiere an der \
htw saar (informatik) und brauch das papier für meinen minijob bei getränke {P("staudinger")}.

aktenzeichen weiß ich nicht, matrikelnummer ist {AZ("3874421")}
name: {P("nino tchanturia")}, geb {DOB("08.10.2002")}
wohnheim {A("tannenhöhe 22")}, {A("66123 saarbrücken")} (zimmer 214) – seit november wohne ich aber bei meiner \
tante {P("maka")} in wendelstein, {A("schlackenberg 3")}
handy {T("0152 0417 7736")}
pass nr. {PASS(pass_sulaberidze)}

bitte bitte melden sie sich, mein chef will bis freitag was sehen

lg {P("nino")}
""")

# 12 -----------------------------------------------------------------------------------------------------------
doc("word", "bescheid_niederlassungserlaubnis", HEAD + f"""Frau
{P("Dr. Lana Hawrami")}
{A("Moselblick 9")}
{A("66790 Wendelstein-Hühnerfeld")}

Aktenzeichen: {AZ("32.1-2290/19")}
Kassenzeichen: {AZ("5.3200.2026.01187")}
Datum: 26.01.2026

Erteilung einer Niederlassungserlaubnis nach § 9 AufenthG

Sehr geehrte Frau {P("Dr. Hawrami")},

auf Ihren Antrag vom 04.11.2025 erteile ich Ihnen eine Niederlassungserlaubnis. Die Voraussetzungen liegen vor: Nach \
dem Versicherungsverlauf der Deutschen Rentenversicherung Saarland zu Ihrer Versicherungsnummer \
{SSN(fmt_rvnr(rv_hawrami, 2))} haben Sie mehr als 60 Monate Pflichtbeiträge geleistet. Sie sind bei der IKK Südwest \
krankenversichert (Versichertennummer {KV(kv_hawrami)}).

Ihr bisheriger Aufenthaltstitel (Kartennummer {IDC(eat_hawrami)}) wird mit Aushändigung der neuen Karte ungültig. \
Die Gebühr beträgt 113,00 EUR; bitte geben Sie bei Zahlung das oben genannte Kassenzeichen an.

Über den Antrag Ihres Ehemannes, Herrn {P("Aram Hawrami")}, ergeht ein gesonderter Bescheid.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht des Saarlandes, \
Kaiser-Wilhelm-Straße 15, 66740 Saarlouis, erhoben werden.

Mit freundlichen Grüßen
Im Auftrag

{P("Leonie Faßbender-Mörsdorf")}
Telefon {SW}
""")

# 13 -----------------------------------------------------------------------------------------------------------
rows13 = [("Sulaberidze", "Giorgi", "11.06.1987", "GEO", "§ 18b", "15.03.2026", "32.1-0311/23"),
          ("Bennani-Smires", "Yasmina", "02.02.1990", "MAR", "§ 30", "19.03.2026", "32.2-0452/23"),
          ("Haidari", "Mohammad Nasim", "01.01.2001", "AFG", "§ 25 Abs. 2", "21.03.2026", "32.1-1204/22"),
          ("Gharbi", "Aymen", "28.08.1993", "TUN", "§ 18a", "24.03.2026", "32.1-0988/24"),
          ("Abdulwahid", "Rasha", "15.07.1982", "IRQ", "§ 25 Abs. 1", "27.03.2026", "32.1-0137/21"),
          ("Metreveli", "Ana", "30.05.1998", "GEO", "§ 16b", "31.03.2026", "32.1-1560/24"),
          ("Ouchen", "Brahim", "12.10.1975", "MAR", "§ 31", "31.03.2026", "32.2-0907/20"),
          ("Mezghani", "Ines", "05.01.2004", "TUN", "§ 16a", "31.03.2026", "32.1-1733/24")]
csv13 = "\n".join(f"{P(a)};{P(b)};{DOB(c)};{d};{e};{f};{IDC(eat_list[i])};{AZ(g)}"
                  for i, (a, b, c, d, e, f, g) in enumerate(rows13))
doc("outlook", "export_ablaufende_titel", f"""Von: {P("Tokgöz-Riehm, Merve")}
Gesendet: Donnerstag, 12. Februar 2026 07:55
An: {P("Quirin, Torsten")}; {P("Wagener, Elias")}
Betreff: Liste ablaufende Titel März 2026 (Export)

Hallo zusammen,

anbei der Export der im März ablaufenden Titel. Bitte bis Freitag die Erinnerungsschreiben rausschicken; bei \
{P("Haidari")} bitte vorher prüfen, ob der Reiseausweis noch gilt.

Name;Vorname;geb.;StA;Titel;gültig bis;Kartennr.;Az.
{csv13}

Danke und Gruß
{P("Merve")}
""")

# 14 -----------------------------------------------------------------------------------------------------------
doc("word", "aufenthaltskarte_einladung", HEAD + f"""Frau
{P("Aurélie Schmitt-Benali")}
{A("Schlackenberg 11")}
{A(WND)}

Unser Zeichen: {AZ("32.4-FZ 0061/26")}
Datum: 16.02.2026

Ausstellung einer Aufenthaltskarte für Ihren Ehemann, Herrn {P("Karim Benali")}

Sehr geehrte Frau {P("Schmitt-Benali")},

Sie sind französische Staatsangehörige (Carte nationale d'identité Nr. {IDC("1206 5730 1248")}) und seit dem \
01.10.2025 als Arbeitnehmerin in Wendelstein gemeldet. Ihr Ehemann, Herr {P("Karim Benali")}, geb. \
{DOB("9. Juli 1988")} in Oujda, ist marokkanischer Staatsangehöriger (Reisepass Nr. {PASS(pass_benali)}).

Für die Ausstellung der Aufenthaltskarte nach § 5 Abs. 1 FreizügG/EU bitte ich Sie beide zu einer persönlichen \
Vorsprache am 05.03.2026 um 9:30 Uhr, Zimmer 2.08. Bitte bringen Sie mit:
1. die Heiratsurkunde (Standesamt Sarreguemines, Auszug mehrsprachig),
2. den Arbeitsvertrag oder eine aktuelle Arbeitgeberbescheinigung,
3. ein biometrisches Lichtbild Ihres Ehemannes,
4. die Geburtsurkunde Ihrer Tochter {P("Inès")} (geb. {DOB("14.12.2024")}), falls auch für sie eine Karte \
ausgestellt werden soll.

Sollten Sie den Termin nicht wahrnehmen können, erreichen Sie uns unter {SW} oder {MAB}.

Mit freundlichen Grüßen
Im Auftrag

{P("Annegret Dillinger")}
""")

# 15 -----------------------------------------------------------------------------------------------------------
doc("outlook", "jobcenter_thread", f"""Von: {P("Krämer-Nalbach, Sabine")} <{E("sabine.kraemer-nalbach@jobcenter-ge.de")}>
Gesendet: Mittwoch, 11. Februar 2026 13:02
An: {P("Wagener, Elias")} <{E("e.wagener@wendelstein-saar.de")}>
Betreff: AW: Beschäftigung Herr {P("Al-Khafaji")} – Zustimmung BA?

Hallo Herr {P("Wagener")},

ja, die BA hat zugestimmt, das Schreiben schicke ich Ihnen gleich per Post. Bei uns läuft er unter der Kundennummer \
{AZ("462D118293")}, BG-Nummer {AZ("46201//0034518")}. Sobald die Arbeit aufgenommen ist, stellen wir die Leistungen ein.

Viele Grüße
{P("Sabine Krämer-Nalbach")}
Jobcenter Landkreis Saarlouis, Arbeitsvermittlung
Tel. {T("06831 4480-217")}

Am 10.02.2026 um 09:14 schrieb {P("Wagener, Elias")} <{E("e.wagener@wendelstein-saar.de")}>:
> Sehr geehrte Frau {P("Krämer-Nalbach")},
>
> Herr {P("Mustafa Al-Khafaji")} (geb. {DOB("01.07.1983")}), irakischer Staatsangehöriger, hat ein Jobangebot der \
Firma {P("Hasenfratz")} Gerüstbau als Gerüstbauhelfer (Vollzeit, 2.650 EUR brutto).
> BAMF-Az.: {AZ("7734012-438")}
> Wohnanschrift: {A("Zur Fischerhütte 2")}, {A(WND)}
> Handy: {T("+49 176 2281 0937")}
>
> Können Sie mir sagen, ob die Zustimmung der BA schon vorliegt?
>
> Mit freundlichen Grüßen
> {P("Elias Wagener")}
> Stadt Wendelstein an der Saar, Ausländerbehörde
> Telefon {SW}
""")

# 16 -----------------------------------------------------------------------------------------------------------
doc("word", "einladung_urkunde", HEAD + f"""Eheleute
{P("Farzana")} und {P("Wahid Noorzai")}
{A("Kokereistraße 6")}
{A(WND)}

Unser Zeichen: {AZ("32.3-EB 1140/24")} und {AZ("1141/24")}
Datum: 10.02.2026

Aushändigung Ihrer Einbürgerungsurkunden

Sehr geehrte Frau {P("Noorzai")}, sehr geehrter Herr {P("Noorzai")},

ich freue mich, Ihnen mitteilen zu können, dass Ihre Einbürgerung abgeschlossen ist. In die Einbürgerung einbezogen \
sind Ihre Kinder

– {P("Sahar Noorzai")}, geb. {DOB("12.04.2012")},
– {P("Omid Noorzai")}, geb. {DOB("30.08.2015")},
– {P("Yalda Noorzai")}, geb. {DOB("02.02.2020")}.

Die Urkunden werden Ihnen in einer Feierstunde am 5. März 2026 um 10:30 Uhr im Ratssaal ausgehändigt. Bitte bringen \
Sie Ihre afghanischen Reisepässe (Nr. {PASS(pass_noorzai[0])} und {PASS(pass_noorzai[1])}) sowie die \
Aufenthaltstitel aller Familienmitglieder mit; die Titel werden eingezogen. Die Gebühren (2 × 255 EUR, 3 × 51 EUR) \
haben Sie bereits entrichtet.

Mit der Aushändigung sind Sie deutsche Staatsangehörige. Bitte beantragen Sie danach beim Bürgeramt Personalausweise.

Mit freundlichen Grüßen

{P("Dr. Ruprecht Ollinger")}
Amtsleiter
""")

# 17 -----------------------------------------------------------------------------------------------------------
doc("outlook", "beratungsstelle_jesidin", f"""Von: {P("Jule Hemmerling")} <{E("j.hemmerling@fluechtlingsberatung-saarmitte.de")}>
Gesendet: Freitag, 13. Februar 2026 10:16
An: {MAB}
Betreff: WG: passport substitute – Frau {P("Khalaf Saido")}

Sehr geehrte Damen und Herren,

ich leite Ihnen die Mail meiner Klientin weiter (mit ihrem Einverständnis). Ihr Az. lautet nach unserer Kenntnis \
{AZ("32.1-2718/23")}.

Freundliche Grüße
{P("Jule Hemmerling")}
Flüchtlingsberatung Saar-Mitte

---------- Forwarded message ---------
From: {P("Dilvin Khalaf")} <{E("dilvin.khalaf99@gmail.com")}>
Date: Thu, 12 Feb 2026 at 19:40
Subject: passport substitute

Dear Ms {P("Hemmerling")},

I am {P("Dilvin Khalaf Saido")}, born {DOB("1 July 1999")} in Sinjar. As a Yazidi Kurd I cannot travel to Baghdad \
to get an Iraqi passport, my family was attacked there in 2014 and my brother {P("Dakhil")} is still missing. \
I only have my Iraqi national ID card, number {IDC(" ".join([idc_dilvin[:4], idc_dilvin[4:8], idc_dilvin[8:]]))}.

Can the city give me a Reiseausweis für Ausländer? I live at {A("Ensdorfer Weg 12")}, {A(WND)}, phone \
{T("0176 3019 4427")}.

Thank you,
{P("Dilvin")}
""", {"RELIGION", "ETHNICITY"})

# 18 -----------------------------------------------------------------------------------------------------------
doc("word", "verpflichtungserklaerung_eltern", f"""Verpflichtungserklärung – Erfassungsbogen (intern)
Vorgang {AZ("VE-2026-0102")}

Verpflichtungsgeber
Name, Vorname\t{P("Bouzidi, Rachid")}
Geburtsdatum\t{DOB("04.04.1976")}
Anschrift\t{A("Hüttenweg 40a")}, {A(WND)}
Tätigkeit\tselbständig, Inhaber {P("Bouzidi")} Feinkost & Catering
Steuernummer\t{TNR(tnr_bouzidi)}
USt-IdNr.\t{VAT(vat_bouzidi)}
Steuer-IdNr.\t{TID(tid_bouzidi)}
Geschäftskonto\t{IBAN(group(ib_bouzidi, 4))}
Einkommen\tlt. Einkommensteuerbescheid 2024: 48.310 EUR

Eingeladene Personen (Eltern)
1.\t{P("Abdelkader Bouzidi")}, geb. {DOB("12.03.1949")}, Reisepass {PASS(pass_bouzidi[0])}
2.\t{P("Fatima Zahra Bouzidi")}, geb. {P("Tazi")}, geb. am {DOB("17.10.1953")}, Reisepass {PASS(pass_bouzidi[1])}
Wohnort\t{A("Hay Al Qods, Rue 14 n° 7")}, {A("60000 Oujda")}, Marokko
Zweck\tBesuch, 90 Tage ab 01.06.2026

Bemerkung: Herr {P("Bouzidi")} sen. ist herzkrank (Bypass-OP 2023); der Verpflichtungsgeber wurde darauf \
hingewiesen, dass eine Reisekrankenversicherung allein mögliche Behandlungskosten nicht abdeckt.

aufgenommen: {P("Quirin")}, 13.02.2026
""", {"HEALTH"})

# 19 -----------------------------------------------------------------------------------------------------------
doc("outlook", "visum_behandlung_fr", f"""Objet : Visa pour traitement médical de ma mère

Madame, Monsieur,

je suis Mme {P("Loubna Ait Bensaid")}, titulaire d'un titre de séjour allemand n° {IDC(eat_aitbensaid)}, \
demeurant {A("Bergmannspfad 3")} à Wendelstein.

Ma mère, Mme {P("Khadija Ait Bensaid")} née {P("El Ouafi")}, née le {DOB("14 mai 1958")}, CIN {IDC("BH 218406")}, \
demeurant {A("27, rue Ibn Battouta")}, {A("20250 Casablanca")}, souffre d'une insuffisance rénale chronique et doit \
être dialysée trois fois par semaine. Le Dr {P("Hartmut Zensen")} du Klinikum Saarlouis a confirmé la prise en charge \
et établi un devis de 18 400 EUR.

Est-ce que votre service doit donner son accord au consulat de Casablanca ? Je peux signer une \
Verpflichtungserklärung.

Téléphone de ma mère : {T("+212 5 22 47 18 09")}
Mon portable : {T("0171 5530 284")}
E-mail : {E("loubna.aitbensaid@gmail.com")}

Je vous remercie par avance.
{P("L. Ait Bensaid")}
""", {"HEALTH"})

# 20 -----------------------------------------------------------------------------------------------------------
doc("word", "antwort_rechtsanwalt", HEAD + f"""Herrn Rechtsanwalt
{P("Bertram Lauer-Zimmermann")}
Kanzlei am Saarufer
{A("Saaruferstraße 22")}
{A("66111 Saarbrücken")}

Ihr Zeichen: {AZ("0118/26 L/ks")}
Unser Zeichen: {AZ("32.1-1865/21")}
Datum: 17.02.2026

Ihr Mandant Herr {P("Zurab Gelashvili")}, geb. {DOB("23.12.1975")}
Antrag auf Aussetzung der Abschiebung

Sehr geehrter Herr {P("Lauer-Zimmermann")},

Ihr Schreiben vom 09.02.2026 und das beigefügte Attest des Universitätsklinikums Homburg haben wir erhalten. Danach \
befindet sich Herr {P("Gelashvili")} seit Januar in einer Chemotherapie; die Reisefähigkeit ist bis voraussichtlich \
Juni 2026 nicht gegeben. Die Abschiebung wird daher nach § 60a Abs. 2 AufenthG ausgesetzt; die Duldung wird bis \
zum 30.06.2026 verlängert.

Herr {P("Gelashvili")} hat die Duldung persönlich abzuholen. Bitte weisen Sie Ihren Mandanten darauf hin, dass sein \
georgischer Reisepass Nr. {PASS(pass_gelashvili)} (persönliche Nummer {IDC("01024085931")}) weiterhin in unserer \
Verwahrung bleibt. Seine Ehefrau, Frau {P("Manana Gelashvili")}, hat einen eigenen Aufenthaltstitel; für sie ergibt \
sich keine Änderung.

Mit freundlichen Grüßen
Im Auftrag

{P("Torsten Quirin")}
""", {"HEALTH"})

# 21 -----------------------------------------------------------------------------------------------------------
doc("outlook", "zertifikat_verloren", f"""Betreff: Leben in Deutschland – Zertifikat verloren / Einbürgerungsantrag

Sehr geehrte Frau {P("Faßbender-Mörsdorf")},

bei meinem Umzug von Saarlouis nach Wendelstein ist das Zertifikat über den Test „Leben in Deutschland" verloren \
gegangen. Die VHS sagt, ich soll bei Ihnen fragen, ob eine Kopie in der Akte reicht. Der Test war am 18.06.2025, \
Prüfungs-ID {AZ("3307-25-1042")}.

Meine Daten:
{P("Ketevan Abashidze-Müller")}
geboren am {DOB("26. April 1989")} in Batumi
neue Adresse: {A("Hochofenstraße 5")}
{A(WND)}
alte Adresse: {A("Lisdorfer Straße 88")}, {A("66740 Saarlouis")}
Einbürgerungsantrag: {AZ("32.3-EB 0341/25")}
Tel. {T("06897 / 9 20 71 36")}

Mein Mann {P("Sven Müller")} hat mein neues Auto schon umgemeldet, das Kennzeichen ist jetzt {KFZ("SLS-KA 2604")}; \
falls Sie das für die Meldedaten brauchen.

Vielen Dank und freundliche Grüße
{P("Ketevan Abashidze-Müller")}
""")

# 22 -----------------------------------------------------------------------------------------------------------
doc("word", "checkliste_kindernachzug", f"""Checkliste Familiennachzug – Kindernachzug
Referenzperson: {P("Ahmed Jasim Al-Obaidi")}, geb. {DOB("20.09.1980")}
Az.: {AZ("32.2-FN-0098/26")}; Visumvorgang Botschaft Bagdad {AZ("BAGD-2025-20671")}

[x] Geburtsurkunde des Kindes {P("Zainab Ahmed Al-Obaidi")}, geb. {DOB("19.03.2014")} – liegt vor
[x] Reisepass des Kindes Nr. {PASS(pass_alobaidi)}
[ ] Sorgerechtsnachweis bzw. Zustimmung der Mutter {P("Hanan Kareem Al-Rubaie")} (lebt in Basra) – angefordert
[x] Abstammungsnachweis: Wegen Zweifeln an der Echtheit der Geburtsurkunde hat die Botschaft eine DNA-Analyse \
angeregt. Laut Gutachten des Instituts für Rechtsmedizin Homburg vom 22.01.2026 ist Herr {P("Al-Obaidi")} mit einer \
Wahrscheinlichkeit von 99,998 % der leibliche Vater.
[x] Wohnraum: {A("Grubenstraße 80")}, 3 Zimmer, 74 m² – ausreichend
[ ] Lebensunterhalt: Lohnabrechnungen 11/2025–01/2026 fehlen noch
[x] Krankenversicherung: Familienversicherung über den Vater ab Einreise zugesagt

Nächster Schritt: Zustimmung an die Botschaft, sobald Sorgerecht und Lohnnachweise vorliegen.
Sachbearbeitung: {P("A. Dillinger")} – Rückfragen des Vaters unter {T("0151 6622 0419")}
""", {"GENETIC"})

# 23 -----------------------------------------------------------------------------------------------------------
doc("outlook", "umzug_frankreich", f"""Betreff: Umzug nach Wendelstein – Auto und Anmeldung

Guten Tag,

ich bin Französin und ziehe am 01.03.2026 von {A("8 rue du Blauberg")}, {A("57200 Sarreguemines")} nach \
{A("Moselblick 14")}, {A(WND)}. Ich arbeite schon seit drei Jahren als Pflegekraft in Saarlouis.

Muss ich bei Ihnen etwas beantragen, oder reicht die Anmeldung beim Bürgeramt? Meine carte d'identité hat die \
Nummer {IDC(idc_grosjean)}.

Und: Mein Auto hat das französische Kennzeichen {KFZ("GF-482-RK")}. Wie lange darf ich damit noch fahren? Ich hätte \
gern als Wunschkennzeichen {KFZ("SLS-MG 1403")}, wenn das geht.

Sie erreichen mich unter {T("+33 3 87 98 41 26")} (Festnetz, noch bis Ende Februar) oder {T("+33 7 68 20 41 55")}.

Bien cordialement / Mit freundlichen Grüßen
{P("Maëlle Grosjean-Bour")}
{E("maelle.grosjean57@laposte.net")}
""")

# 24 -----------------------------------------------------------------------------------------------------------
doc("word", "telefonnotiz_schwangerschaft", f"""Telefonnotiz

Datum: 11.02.2026, 14:20 Uhr
Anruferin: Frau {P("Marzia Hosseini-Jafari")}, Rückruf unter {T("0176 4210 8836")}
Az.: {AZ("32.1-3012/25")}
Anschrift lt. Akte: {A("Am Hüttenpark 11")}, Whg. 3, {A(WND)}

Frau {P("Hosseini-Jafari")} ist in der 34. Schwangerschaftswoche; ihre Frauenärztin {P("Dr. Franziska Ebersold-Kiefer")} \
hat eine Risikoschwangerschaft bescheinigt. Den Vorsprachetermin am 19.02.2026 kann sie nicht wahrnehmen. Sie bittet \
darum, die Verlängerung ihrer Aufenthaltserlaubnis schriftlich durchzuführen.

Ihr Ehemann, Herr {P("Jawad Hosseini")}, bringt die Unterlagen (Lichtbild, Mietbescheinigung, Kontoauszüge des Kontos \
{IBAN(ib_hosseini.lower())}) am Montag vorbei.

Erledigt: Termin storniert, Verlängerung im schriftlichen Verfahren vorgemerkt; Fiktionsbescheinigung wird per Post \
versandt.

{P("E. Wagener")}
""", {"HEALTH"})

# 25 -----------------------------------------------------------------------------------------------------------
doc("outlook", "standesamt_namensschreibweise", f"""Von: Standesamt Wendelstein <{N("standesamt@wendelstein-saar.de")}>
Gesendet: Montag, 16. Februar 2026 10:03
An: {P("Dillinger, Annegret")}
Betreff: Namensschreibweise – Einbürgerung {P("Chtioui")}

Hallo Frau {P("Dillinger")},

bei Herrn {P("Mohamed Ali Chtioui")} (Ihre Akte {AZ("32.3-EB 0458/25")}) weichen die Schreibweisen in den Urkunden \
voneinander ab:

- tunesischer Reisepass: {P("CHTIOUI Mohamed Ali")}
- Geburtsurkunde (Übersetzung): {P("Chtiwi, Muhammad Ali")}
- Heiratsurkunde Tunis: {P("Mohammed Aly Chtioui")}

Das Geburtsdatum {DOB("09.05.1986")} ist überall gleich. Für die Einbürgerungsurkunde schlage ich vor, die \
Schreibweise aus dem Pass zu übernehmen; Herr {P("Chtioui")} kann zusätzlich eine Namenserklärung nach Art. 47 EGBGB \
abgeben. Seine Ehefrau {P("Sonia Chtioui")} geb. {P("Mabrouk")} ist ebenfalls betroffen (Heiratsurkunde: \
„{P("Soniya Mabruk")}").

Viele Grüße
{P("Henrike Schwalbach")}
Standesamt, Zimmer 0.08
""")

# 26 -----------------------------------------------------------------------------------------------------------
rows26 = [("Rostomashvili, Tornike", "GEO", "411-26-00387", "0163 7748 2091"),
          ("Mahmoudi, Salah", "TUN", "411-26-00391", "0157 8820 4413"),
          ("Taheri, Parwin", "AFG", "411-26-00392", "0176 5531 0276"),
          ("Al-Jubouri, Haider", "IRQ", "411-26-00395", "0152 2284 9910"),
          ("Benkirane, Siham", "MAR", "411-26-00398", "0178 6047 3318"),
          ("Hakimi, Sohrab", "AFG", "411-26-00401", "0155 1093 6627"),
          ("Gogoladze, Mariam", "GEO", "411-26-00404", "06897 70 18 52")]
tab26 = "\n".join(f"{P(a)}\t{b}\t{AZ(c)}\t{T(d)}" for a, b, c, d in rows26)
doc("word", "integrationskurs_liste", f"""Integrationskurs „Wendelstein 3" (Modul 1–6, Beginn 02.03.2026)
Träger: VHS Saarlouis, Kursnummer 411-2026-03 – Verpflichtete Teilnehmende nach § 44a AufenthG

Name\tStA\tBAMF-Kennziffer\tTelefon
{tab26}

Hinweis: Herr {P("Al-Jubouri")} arbeitet im Schichtdienst; Kurszeiten mit dem Träger abstimmen. Frau {P("Taheri")} \
benötigt Kinderbetreuung für ihren Sohn {P("Navid")} ({DOB("03.05.2023")}).

{P("Leonie Faßbender-Mörsdorf")}, 12.02.2026
""")

# 27 -----------------------------------------------------------------------------------------------------------
doc("outlook", "blue_card_en", f"""From: {P("Yassine Trabelsi")} <{E("yassine.trabelsi.dev@proton.me")}>
To: {MAB}
Cc: {P("Ina Gödtel")} <{E("i.goedtel@saarkontor-it.de")}>
Sent: Sunday, 15 February 2026 18:27
Subject: Blue Card – change of employer / Arbeitgeberwechsel

Dear Sir or Madam,

I am changing my employer from Datenwerk Völklingen GmbH to Saarkontor IT GmbH as of 1 April 2026. As far as I \
understand I have to notify you under § 4a (5) AufenthG. My details:

- Full name: {P("Yassine Ben Hadj Trabelsi")}
- Date of birth: {DOB("17 October 1991")}
- Passport (Tunisia): {PASS(pass_trabelsi)}
- EU Blue Card no.: {IDC(eat_trabelsi)}
- German tax ID: {TID(" ".join([tid_trabelsi[:3], tid_trabelsi[3:6], tid_trabelsi[6:9], tid_trabelsi[9:]]))}
- Pension insurance no.: {SSN(fmt_rvnr(rv_trabelsi, 0))}
- Health insurance (TK): {KV(kv_trabelsi)}
- Address: {A("Zur Fischerhütte 9")}, apt. 5, {A(WND)}
- Mobile: {T("+49 1512 3390 874")}

Annual gross salary in the new position: 61,200 EUR (contract attached). Ms {P("Gödtel")} from HR is in copy and can \
confirm the details.

Best regards,
{P("Yassine Trabelsi")}
""")

# 28 -----------------------------------------------------------------------------------------------------------
doc("word", "anhoerung_sicherheitsbedenken", HEAD + f"""Herrn
{P("Rebwar Sindi")}
{A("Am Kohlbruch 19")}
{A(WND)}

Az.: {AZ("32.3-EB 1377/24")}
Datum: 18.02.2026

Ihr Einbürgerungsantrag vom 14.10.2024 – Anhörung

Sehr geehrter Herr {P("Sindi")},

im Rahmen der Regelanfrage nach § 37 Abs. 2 StAG hat das Landesamt für Verfassungsschutz mitgeteilt, dass Sie in den \
Jahren 2017 bis 2019 an Veranstaltungen eines Vereins teilgenommen haben, der der PKK zugerechnet wird. Sie selbst \
haben im Antrag angegeben, als kurdischer Volkszugehöriger Mitglied der Demokratischen Partei Kurdistans (KDP) zu sein.

Bevor ich über Ihren Antrag entscheide, gebe ich Ihnen Gelegenheit, sich bis zum 20.03.2026 schriftlich zu äußern, \
insbesondere dazu, ob Sie sich von den Zielen der PKK abgewandt haben (§ 11 Satz 1 Nr. 1 StAG).

Zur Vervollständigung der Akte benötige ich außerdem den aktuellen Versicherungsverlauf; Ihre \
Rentenversicherungsnummer {SSN(fmt_rvnr(rv_sindi, 1))} ist uns bekannt. Ihr Geburtsdatum ({DOB("09.03.1984")}) ist \
in der Geburtsurkunde abweichend mit {DOB("01.01.1984")} angegeben; bitte legen Sie hierzu eine Erklärung vor.

Mit freundlichen Grüßen
Im Auftrag

{P("Torsten Quirin")}
""", {"POLITICS", "ETHNICITY"})

# 29 -----------------------------------------------------------------------------------------------------------
doc("outlook", "ehegattennachzug_gleichgeschlechtlich", f"""Subject: Family reunification – my husband {P("Davit")}

Hello,

my name is {P("Jannik Ohlmeyer")}, I am German and live at {A("Drahtziehergasse 9")} in Wendelstein. In October 2025 \
I married my husband {P("Davit Kapanadze")} in Copenhagen. He is Georgian and lives in Kutaisi \
({A("Rustaveli St. 31")}, {A("4600 Kutaisi")}).

We want to apply for a visa for spousal reunification. {P("Davit")} has already passed the A1 German test. Do you need \
the Danish marriage certificate with apostille? And is it a problem that Georgia does not recognise same-sex \
marriage?

Details:
{P("Davit Kapanadze")}, born {DOB("11.11.1994")}, passport {PASS(pass_kapanadze)}
me: born {DOB("28.02.1992")}, ID card {IDC(idc_ohlmeyer)}

You can reach me at {T("0160 4471 2905")} or {E("jannik.ohlmeyer@posteo.de")}; {P("Davit")} at {T("+995 599 31 44 82")}.

Thank you!
{P("Jannik")}
""", {"SEXUAL_ORIENTATION"})

# 30 -----------------------------------------------------------------------------------------------------------
doc("outlook", "kreditkarte_doppelt", f"""Von: Stadtkasse Wendelstein <{N("stadtkasse@wendelstein-saar.de")}>
Gesendet: Dienstag, 17. Februar 2026 08:12
An: {MAB}
Betreff: WG: doppelte abbuchung gebühr aufenthaltstitel

Hallo zusammen,
bitte zuständigkeitshalber. Wir haben die Zahlung unter Kassenzeichen {AZ("5.3200.2026.00412")} gefunden; die \
Erstattung läuft über uns, sobald Sie bestätigen, dass nur eine Gebühr angefallen ist. Die Kartennummer haben wir nicht \
gespeichert – bitte die Mail nach Bearbeitung löschen.

Gruß
{P("Jürgen Pistorius")}
Stadtkasse

-----Original Message-----
From: {P("Ayoub Lamrini")} <{E("ayoub.lamrini@outlook.de")}>
Sent: Monday, February 16, 2026 7:58 PM
To: {N("stadtkasse@wendelstein-saar.de")}
Subject: doppelte abbuchung gebühr aufenthaltstitel

hallo,

ich hab die gebühr für meinen aufenthaltstitel (113 €) online bezahlt und es wurde zweimal abgebucht von meiner \
kreditkarte {CC(cc_lamrini)} (gültig bis 09/28). bitte einmal zurück auf die karte oder auf mein konto \
{IBAN(ib_lamrini)}.

{P("ayoub lamrini")}, geb {DOB("1.8.1995")}
{A("hüttenweg 27")}, wendelstein
tel {T("0173/9046218")}
""")

assert len(docs) == 30
with open(os.path.join(HERE, "fresh89.jsonl"), "w", encoding="utf-8", newline="\n") as f:
    for i, (channel, template, text, flags) in enumerate(docs, 1):
        f.write(json.dumps(build(f"F89-{i:03d}", channel, template, text, flags), ensure_ascii=False) + "\n")
