#!/usr/bin/env python3
"""Blind test batch 124: invented mails and files of a port city's trade and licensing office
(Landeshauptstadt Kiel, Ordnungsamt - Gewerbe, Gaststaetten, Maerkte, Taxi/Mietwagen).

Writes fresh124.jsonl next to this file: 30 documents F124-001 ... F124-030, inline marks resolved by marks.build().
Everything random comes from Identifiers(12424).rng, so a second run gives byte-identical output.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from identifiers import Identifiers, luhn_check, group  # noqa: E402
from marks import build  # noqa: E402

ids = Identifiers(12424)
R = ids.rng


# ---------------------------------------------------------------- marks
def m(code, value):
    return f"[[{code}|{value}]]"


def P(v): return m("P", v)
def A(v): return m("A", v)
def E(v): return m("E", v)
def T(v): return m("T", v)
def IB(v): return m("IBAN", v)
def TID(v): return m("TID", v)
def TNR(v): return m("TNR", v)
def VAT(v): return m("VAT", v)
def IDC(v): return m("IDC", v)
def PASS(v): return m("PASS", v)
def SSN(v): return m("SSN", v)
def KV(v): return m("KV", v)
def DOB(v): return m("DOB", v)
def KFZ(v): return m("KFZ", v)
def AZ(v): return m("AZ", v)
def CC(v): return m("CC", v)
def N(v): return m("N", v)


# ---------------------------------------------------------------- value helpers (all randomness via R)
MOBILE_PREFIXES = ["151", "152", "155", "157", "159", "160", "162", "163", "170", "171", "172", "173", "174",
                   "175", "176", "177", "178", "179", "1520", "1577", "1590"]


def mobile(style):
    pre = R.choice(MOBILE_PREFIXES)
    num = ids.digits(R.choice([7, 8]) if len(pre) == 3 else 7, first_nonzero=True)
    if style == "plain":
        return f"0{pre} {num}"
    if style == "dash":
        return f"0{pre}-{num}"
    if style == "slash":
        return f"0{pre}/{num}"
    if style == "intl":
        return f"+49 {pre} {num}"
    if style == "intl0":
        return f"+49 (0){pre} {num}"
    if style == "compact":
        return f"+49{pre}{num}"
    if style == "split":
        return f"0{pre} {num[:3]} {num[3:]}"
    raise ValueError(style)


def kiel_tel(style):
    num = ids.digits(R.choice([6, 7]), first_nonzero=True)
    if num[0] in "01":
        num = "5" + num[1:]
    if style == "plain":
        return f"0431 {num}"
    if style == "slash":
        return f"0431/{num}"
    if style == "dash":
        return f"0431-{num}"
    if style == "intl":
        return f"+49 431 {num}"
    if style == "split":
        return f"0431 {num[:2]} {num[2:]}"
    raise ValueError(style)


def iban_de_grouped():
    return group(ids.iban_de(), 4)


def tax_id_grouped():
    t = ids.tax_id()
    return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"


def tax_number_sh(office):
    # Schleswig-Holstein layout FF/BBB/UUUUP (domain.md: layout only); 19 Kiel-Nord, 20 Kiel-Sued (as used here)
    return f"{office}/{ids.digits(3, True)}/{ids.digits(5)}"


def ssn_spaced(ddmmyy, letter):
    s = ids.social_security(ddmmyy, letter)
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"


def tc_kimlik():
    # Turkish identity number: 11 digits, d10 and d11 are check digits (published algorithm)
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, d + [d10, d11]))


def iran_national_code():
    # Iranian national code: 10 digits, last is check: s = sum(d_i * (10 - i)) mod 11; c = s if s < 2 else 11 - s
    d = [R.randint(0, 9) for _ in range(9)]
    d[0] = R.randint(0, 6)
    d[1] = R.randint(1, 9)
    s = sum(d[i] * (10 - i) for i in range(9)) % 11
    c = s if s < 2 else 11 - s
    return "".join(map(str, d)) + str(c)


def china_resident_id(region, yyyymmdd):
    # 18-character resident identity number, ISO 7064 MOD 11-2 check character
    body = region + yyyymmdd + ids.digits(3)
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, weights)) % 11]


CF_ODD = {'0': 1, '1': 0, '2': 5, '3': 7, '4': 9, '5': 13, '6': 15, '7': 17, '8': 19, '9': 21,
          'A': 1, 'B': 0, 'C': 5, 'D': 7, 'E': 9, 'F': 13, 'G': 15, 'H': 17, 'I': 19, 'J': 21, 'K': 2, 'L': 4,
          'M': 18, 'N': 20, 'O': 11, 'P': 3, 'Q': 6, 'R': 8, 'S': 12, 'T': 14, 'U': 16, 'V': 10, 'W': 22,
          'X': 25, 'Y': 24, 'Z': 23}


def codice_fiscale(first15):
    # Italian tax code: 15 characters from name, birth date and place, plus a check letter (odd/even tables)
    total = 0
    for i, ch in enumerate(first15):
        if i % 2 == 0:  # 1st, 3rd, ... character (odd position)
            total += CF_ODD[ch]
        else:
            total += int(ch) if ch.isdigit() else ord(ch) - ord("A")
    return first15 + chr(ord("A") + total % 26)


def creditor_id():
    # SEPA creditor identifier DE + check + ZZZ + 11-character national id, check by MOD 97-10
    nat = "0000" + ids.digits(7, True)
    digits = "".join(str(int(c, 36)) for c in nat + "DE00")
    return f"DE{98 - int(digits) % 97:02d}ZZZ{nat}"


def passport_digits(letter, n):
    return letter + ids.digits(n, first_nonzero=True)


# ---------------------------------------------------------------- office (neutral values)
OFFICE_STREET = "Stresemannplatz 5"
OFFICE_CITY = "24103 Kiel"
SWITCHBOARD = "0431 901-0"
MAIL_GEWERBE = "gewerbe@kiel.de"
MAIL_GAST = "gaststaetten@kiel.de"
CITY_IBAN = iban_de_grouped()
CITY_CREDITOR = creditor_id()

# staff direct lines and mails (personal data of the staff members)
TEL_THOMSEN = "0431 901-3386"
TEL_KOWALCZYK = "0431 901-3391"
TEL_JESSEN = "0431 901-3374"
TEL_BRODERSEN = "0431 901-3402"

# ---------------------------------------------------------------- recurring people (values drawn once, in order)
ESPOSITO_KZ = f"5.2025.{ids.digits(6, True)}"
AKSOY_KZ = f"5.2025.{ids.digits(6, True)}"
NGUYEN_KZ = f"5.2025.{ids.digits(6, True)}"
BELLANDI_KZ = f"5.2025.{ids.digits(6, True)}"
OEZDEMIR_TNR = tax_number_sh("20")
OEZDEMIR_IBAN = iban_de_grouped()


docs = []


def add(channel, template, marked, flags=()):
    doc_id = f"F124-{len(docs) + 1:03d}"
    docs.append(build(doc_id, channel, template, marked, list(flags)))


# ================================================================ F124-001 outlook: nail studio, broken German
aufenthalt = ids.travel_document("Y", True)
add("outlook", "gewerbeanmeldung_mail", f"""Von: {P("Hà Nguyễn")} <{E("nguyenthuha.kiel@gmail.com")}>
An: {N(MAIL_GEWERBE)}
Gesendet: Montag, 3. März 2025 21:47
Betreff: anmeldung nagelstudio bitte hilfe

Sehr geehrte Damen und Herren

ich möchte Nagelstudio anmelden in Gaarden. Ich war am Freitag bei Ihnen aber Termin war schon zu spät, Frau {P("Thomsen")} hat gesagt ich kann alles per Mail schicken. Hier alle Daten:

Name: {P("Nguyễn Thị Thu Hà")}
geboren: {DOB("14.09.1986")} in Nam Định (Vietnam)
Staatsangehörigkeit: vietnamesisch
Wohnung: {A("Elisabethstraße 61")}, {A("24143 Kiel")}
Laden: {A("Kaiserstraße 27")}, {A("24143 Kiel")}
Aufenthaltstitel Nr.: {IDC(aufenthalt)}
Handy: {T(mobile("plain"))}
Beginn: 01.04.2025
Tätigkeit: Nageldesign, Maniküre, Pediküre (kein Friseur)

Mietvertrag ist mit Frau {P("Ehlers")} von der Hausverwaltung, Kopie ist im Anhang. Steuernummer habe ich noch nicht, Steuerberater Herr {P("Vũ")} macht den Fragebogen für Finanzamt.
Meine Tochter {P("Linh")} ({P("Nguyễn Khánh Linh")}) hilft mir mit deutsch, Sie können sie auch anrufen: {T(mobile("dash"))}

Vielen Dank und Entschuldigung für mein Deutsch
{P("Nguyen Thi Thu Ha")}

Anhang: Mietvertrag.pdf, Aufenthaltstitel_vorne_hinten.jpg""")

# ================================================================ F124-002 word: restaurant licence decision
esposito_dob = "02.11.1979"
add("word", "gaststaettenerlaubnis_bescheid", f"""Landeshauptstadt Kiel · Der Oberbürgermeister · Ordnungsamt – Abteilung Gewerbe und Gaststätten
{N(OFFICE_STREET)} · {N(OFFICE_CITY)}

Landeshauptstadt Kiel · {N("Postfach 1152")} · {N("24099 Kiel")}

Herrn
{P("Salvatore Esposito")}
{A("Knooper Weg 143")}
{A("24118 Kiel")}

Ihre Nachricht vom: 12.02.2025
Unser Zeichen: {AZ("32.2.4-GSt 0193/25")}
Auskunft erteilt: Herr {P("Kowalczyk")}, Zimmer 214
Telefon: {T(TEL_KOWALCZYK)}
E-Mail: {E("dariusz.kowalczyk@kiel.de")}
Datum: 18.03.2025

Erlaubnis nach § 2 Gaststättengesetz (GastG)
Betrieb: „Trattoria Vesuvio", {A("Holtenauer Straße 212")}, {A("24105 Kiel")}

Sehr geehrter Herr {P("Esposito")},

auf Ihren Antrag vom 12.02.2025 erteile ich Ihnen, Herrn {P("Salvatore Esposito")}, geb. am {DOB(esposito_dob)} in Torre del Greco (Italien), die Erlaubnis zum Betrieb einer Schank- und Speisewirtschaft mit Ausschank alkoholischer Getränke in den oben genannten Räumen (Gastraum 68 m², Terrasse 24 m², Küche, Lager, zwei Gästetoiletten).

Die Erlaubnis wird mit folgenden Auflagen verbunden:
1. Die Außenterrasse ist ab 22:00 Uhr zu räumen.
2. Die Abluftanlage der Küche ist jährlich durch eine Fachfirma zu warten; der Nachweis ist auf Verlangen vorzulegen.
3. Mindestens ein alkoholfreies Getränk ist nicht teurer anzubieten als das billigste alkoholische Getränk (§ 6 GastG).

Die Erlaubnis ist an Ihre Person gebunden. Soll der Betrieb zeitweise durch eine andere Person geführt werden, etwa durch Ihre Ehefrau {P("Giuseppina Esposito")} geb. {P("Russo")}, ist vorher eine Stellvertretungserlaubnis nach § 9 GastG zu beantragen.

Für diesen Bescheid wird eine Verwaltungsgebühr von 420,00 EUR erhoben. Bitte überweisen Sie den Betrag innerhalb von vier Wochen unter Angabe des Kassenzeichens {AZ(ESPOSITO_KZ)} auf das Konto der Landeshauptstadt Kiel bei der Förde Sparkasse, IBAN {N(CITY_IBAN)}.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift bei der Landeshauptstadt Kiel, Der Oberbürgermeister, Ordnungsamt, {N(OFFICE_STREET)}, {N(OFFICE_CITY)}, einzulegen.

Mit freundlichen Grüßen
Im Auftrag

{P("Dariusz Kowalczyk")}""")

# ================================================================ F124-003 outlook: forwarded chain, certificate of good conduct
aksoy_tel = kiel_tel("plain")
add("outlook", "fuehrungszeugnis_weitergeleitet", f"""Von: {P("Kowalczyk, Dariusz")} <{E("dariusz.kowalczyk@kiel.de")}>
Gesendet: Mittwoch, 9. April 2025 11:02
An: {P("Thomsen, Merle")} <{E("merle.thomsen@kiel.de")}>
Betreff: WG: Führungszeugnis Kiosk Wik – Az. {AZ("32.2.4-GSt 0211/25")}

Hallo {P("Merle")},

kannst du kurz schauen, ob bei dir das Führungszeugnis von Herrn {P("Aksoy")} gelandet ist? Er schreibt, er hat es im Bürgerbüro Mettenhof beantragt (Belegart O). Bei mir ist nichts angekommen. Die GZR-Auskunft ist seit gestern da, ohne Eintragungen.
Zur Ehefrau: Mitarbeit ohne Leitungsfunktion, da brauchen wir nichts – ich schreibe ihm das.

Gruß
{P("Dariusz")}

-----Ursprüngliche Nachricht-----
Von: {P("Hüseyin Aksoy")} <{E("h.aksoy1972@web.de")}>
Gesendet: Dienstag, 8. April 2025 18:36
An: Gaststätten Kiel <{N(MAIL_GAST)}>
Betreff: Führungszeugnis Kiosk Wik

Sehr geehrter Herr {P("Kowalczyk")},

wie am Telefon besprochen habe ich das Führungszeugnis für Behörden am 24.03. beantragt. Man hat mir gesagt, das geht direkt an Sie. Mein Geburtsdatum ist der {DOB("17.06.1972")}, falls Sie das zum Zuordnen brauchen. Der Kiosk ist in der {A("Holtenauer Straße 301")}, {A("24106 Kiel")}, die Eröffnung wollte ich zum 1. Mai machen, weil dann die Saison am Wasser losgeht.

Meine Frau {P("Emine Aksoy")} ist keine Mitinhaberin, sie hilft nur im Laden aus. Braucht sie auch ein Führungszeugnis?

Mit freundlichen Grüßen
{P("Hüseyin Aksoy")}
{A("Wiker Straße 18")}
{A("24106 Kiel")}
Tel. {T(aksoy_tel)}""")

# ================================================================ F124-004 word: reliability note, taxi applicant
add("word", "zuverlaessigkeit_vermerk_taxi", f"""Vermerk

Az.: {AZ("32.4-PBefG-T-117/25")}
Betreff: Antrag auf Genehmigung des Verkehrs mit Taxen (2 Fahrzeuge) – Prüfung der persönlichen Zuverlässigkeit (§ 13 Abs. 1 Satz 1 Nr. 2 PBefG, § 1 PBZugV)

Antragsteller: {P("Serkan Yıldırım")}, geb. {DOB("05.01.1984")} in Kiel
Anschrift: {A("Schönberger Straße 88")}, {A("24148 Kiel")}
Unternehmen: Einzelunternehmen, Betriebssitz = Wohnanschrift
Steuernummer: {TNR(tax_number_sh("20"))}

1. Auskunft aus dem Gewerbezentralregister (Bundesamt für Justiz, Auskunft vom 02.05.2025, Az. {AZ("GZR 4-2025-118724")}): eine Eintragung – Bußgeldbescheid der Stadt Neumünster vom 14.11.2022 wegen Überschreitung der Lenkzeiten eines angestellten Fahrers, Geldbuße 350 EUR, rechtskräftig.
2. Führungszeugnis zur Vorlage bei einer Behörde (Belegart O) vom 29.04.2025: keine Eintragung.
3. Bescheinigung in Steuersachen, Finanzamt Kiel-Süd, vom 22.04.2025: keine Rückstände.
4. Unbedenklichkeitsbescheinigung der AOK NordWest vom 25.04.2025: keine Beitragsrückstände.
5. Fachkunde: IHK-Prüfung Taxi- und Mietwagenverkehr bestanden am 18.02.2025.
6. Fahrzeuge: {KFZ("KI-TY 1204")} (Mercedes-Benz E 220 d), {KFZ("KI-TY 1205")} (Toyota Corolla Hybrid Touring Sports); Eichschein für beide Taxameter liegt vor.
7. Fahrer: neben dem Antragsteller sein Bruder {P("Volkan Yıldırım")} (Fahrerlaubnis zur Fahrgastbeförderung gültig bis 09/2027).

Bewertung:
Die einzelne Eintragung liegt zweieinhalb Jahre zurück und betraf eine fremde Fahrtenschreiberkontrolle bei einem früheren Arbeitgeber; Herr {P("Yıldırım")} war damals Disponent. Ein Schluss auf fehlende Zuverlässigkeit ist daraus nicht zu ziehen. Die übrigen Nachweise sind vollständig.

Vorschlag: Genehmigung für zwei Taxen mit einer Laufzeit von fünf Jahren erteilen; Auflage Funkanbindung an eine Zentrale.

Kiel, 07.05.2025
{P("Brodersen")}

Mitzeichnung Abteilungsleitung: Dr. {P("Carstensen")}""")

# ================================================================ F124-005 outlook: tax adviser for Greek tavern
lueth_tel = kiel_tel("plain")
lueth_fax = lueth_tel[:-2] + "99"
add("outlook", "steuerberaterin_ummeldung", f"""Von: {P("Maren Lüth")} <{E("m.lueth@stb-lueth.de")}>
An: {N(MAIL_GEWERBE)}
Cc: {P("Georgios Papadakis")} <{E("georgios.papadakis@gmx.de")}>
Gesendet: Donnerstag, 15. Mai 2025 10:21
Betreff: Mandant {P("Georgios Papadakis")} – Gewerbeummeldung / Ihr Az. {AZ("32.2.3/GA-2025-0417")}

Sehr geehrte Frau {P("Thomsen")},

in vorbezeichneter Angelegenheit zeigen wir an, dass wir Herrn {P("Georgios Papadakis")}, geb. {DOB("21.08.1968")}, wohnhaft {A("Wilhelminenstraße 9")}, {A("24103 Kiel")}, steuerlich beraten und vertreten; eine Vollmacht fügen wir bei.

Herr {P("Papadakis")} verlegt seinen Betrieb (Taverna Ithaka, Speisegaststätte) zum 01.06.2025 von der {A("Damperhofstraße 4")}, {A("24103 Kiel")} in die {A("Schauenburgerstraße 51")}, {A("24105 Kiel")} und erweitert ihn um einen Cateringservice (Auslieferung von Speisen ohne Verzehr an Ort und Stelle). Wir bitten, dies als Ummeldung zu erfassen; die neue Gaststättenerlaubnis hat der Mandant bei Ihren Kollegen gesondert beantragt.

Für Ihre Unterlagen:
Steuernummer: {TNR(tax_number_sh("19"))}
USt-IdNr.: {VAT(ids.vat_id())}
Steuerliche Identifikationsnummer: {TID(tax_id_grouped())}
Mitarbeitende Ehefrau (Minijob, Service): {P("Eleni Papadaki")}

Da das Finanzamt Kiel-Nord für die Änderung der Vorauszahlungen einen Nachweis verlangt, wären wir für eine Kopie der Ummeldung an unsere Kanzlei dankbar.

Mit freundlichen Grüßen

{P("Maren Lüth")}
Steuerberaterin

Steuerberatung {P("Maren Lüth")}
{A("Sophienblatt 44")} · {A("24114 Kiel")}
Tel. {T(lueth_tel)} · Fax {T(lueth_fax)}

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese Nachricht.""")

# ================================================================ F124-006 word: taxi licences expiring, table
taxi_rows = [
    ("Sadeghi, Hamid", "11.03.1966", ["KI-HS 301"], "31.07.2025", "Verlängerung beantragt 12.05."),
    ("Hansen, Ole", "28.09.1958", ["KI-TH 72", "KI-TH 73"], "31.08.2025", "Übergabe an Sohn geplant, Beratung erfolgt"),
    ("Çetin, Burak", "03.06.1985", ["KI-BC 5500"], "30.09.2025", "Unterlagen vollständig"),
    ("Gill, Manjit Singh", "19.12.1979", ["KI-MG 118"], "30.09.2025", "Bescheinigung Finanzamt fehlt"),
    ("Bondarenko, Natalia", "07.02.1990", ["KI-NB 2024"], "31.10.2025", "E-Fahrzeug, Eichschein neu"),
    ("Đỗ, Văn Phúc", "25.05.1973", ["KI-DP 66"], "30.11.2025", "Anhörung wegen Taxameter läuft"),
    ("Makris, Ioannis", "14.10.1982", ["KI-IM 907", "KI-IM 908"], "31.12.2025", "—"),
]
lines = []
for i, (name, dob, plates, ablauf, bem) in enumerate(taxi_rows, 1):
    gnr = f"PBefG-T-2020-{ids.digits(4, True)}"
    lines.append(f"{i}\t{AZ(gnr)}\t{P(name)}\t{DOB(dob)}\t{', '.join(KFZ(p) for p in plates)}\t{ablauf}\t{bem}")
table = "\n".join(lines)
add("word", "taxi_liste", f"""Landeshauptstadt Kiel – Ordnungsamt – Verkehrsgewerbe
Übersicht: Taxigenehmigungen mit Ablauf im 2. Halbjahr 2025
Stand: 02.06.2025 · Auszug aus dem Fachverfahren, nur für den Dienstgebrauch

Nr.\tGenehmigungs-Nr.\tUnternehmer/in\tGeb.-Datum\tKennzeichen\tAblauf\tBemerkung
{table}
8\t{N("PBefG-T-2015-0032")}\tFunk-Taxi Förde eG\t—\t12 Fahrzeuge (Liste Anlage 2)\t31.12.2025\tGenossenschaft, Geschäftsführung ruft zurück

Hinweise:
– Bei Herrn {P("Hansen")} soll die Genehmigung nicht verlängert, sondern im Wege der Übertragung (§ 2 Abs. 3 PBefG) auf {P("Jonte Hansen")} umgeschrieben werden; Sohn hat Fachkunde noch nicht nachgewiesen.
– Frau {P("Bondarenko")} fragt nach der Förderung für E-Taxis; Verweis an die Klimaschutzleitstelle.
– Herr {P("Đỗ")}: Taxameter bei Kontrolle am 20.05. ohne gültige Eichmarke; Frist zur Nacheichung bis 30.06.

Zuständig: {P("Jannik Brodersen")}, Tel. {T(TEL_BRODERSEN)}""")

# ================================================================ F124-007 outlook: food truck, all lower case
add("outlook", "markt_standplatz_informell", f"""Von: {E("gurpreet.kaur.sandhu@gmail.com")}
An: {E("wiebke.jessen@kiel.de")}
Betreff: standplatz wochenmarkt exerzierplatz??

hallo frau {P("jessen")},

hier ist {P("gurpreet kaur")} vom food truck "masala on wheels" (indisches street food, alles vegetarisch). wir haben letztes jahr auf der kieler woche gestanden, jetzt wollen wir gern mittwochs und samstags auf den wochenmarkt exerzierplatz. geht das noch für die saison ab april? oder ist alles voll?

unser truck hat das kennzeichen {KFZ("ki-gk 771")}, länge 6,50 m mit deichsel, strom brauchen wir 16A (cee). wasser haben wir im tank.
die reisegewerbekarte hat mein mann {P("harpreet")} ({P("harpreet singh sandhu")}), nr. {AZ("RG 2023/1187")} vom kreis rendsburg-eckernförde. belehrung nach ifsg haben wir beide, kopie schick ich gern.

brauchen sie noch was? wir können auch vorbeikommen, am besten dienstags.

lg {P("gurpreet")}
{T(mobile("plain"))}

(gesendet vom handy)""")

# ================================================================ F124-008 word: itinerant trade card application form
add("word", "reisegewerbekarte_antrag_formular", f"""Antrag auf Erteilung einer Reisegewerbekarte (§ 55 Gewerbeordnung)
Landeshauptstadt Kiel – Ordnungsamt – Reisegewerbe / Märkte

Eingang: 22.01.2025                               Vorgangsnummer: {AZ("RG-2025-0031")}

1. Angaben zur Person
Familienname: {P("Tavakoli")}
Geburtsname: {P("Tavakoli")}
Vorname(n): {P("Behrouz")}
Geschlecht: männlich
Geburtsdatum: {DOB("30.03.1961")}
Geburtsort / -land: Isfahan / Iran
Staatsangehörigkeit(en): deutsch, iranisch
Straße, Hausnummer: {A("Ringstraße 70")}
PLZ, Ort: {A("24114 Kiel")}
Telefon: {T(kiel_tel("slash"))}
E-Mail: {E("b.tavakoli@teppich-tavakoli.de")}
Identitätsnachweis: Personalausweis Nr. {IDC(ids.id_card(True))}
frühere Identitätsnachweise (falls eingebürgert): iranische Nationalkarte (Kart-e Melli) Nr. {IDC(iran_national_code())}

2. Angaben zur Tätigkeit
Art der Tätigkeit: Ankauf und Verkauf von Orientteppichen; Annahme von Teppichen zur Reinigung und Reparatur im Umherziehen (Haustür, Märkte)
Verwendetes Fahrzeug: Kastenwagen, amtl. Kennzeichen {KFZ("KI-BT 3061")}
Beginn: 01.03.2025
Beschäftigte Personen im Reisegewerbe: keine

3. Steuerliche Angaben
Steuerliche Identifikationsnummer: {TID(ids.tax_id())}
Zuständiges Finanzamt: Kiel-Süd, Steuernummer {TNR(tax_number_sh("20"))}

4. Erklärungen
Gegen mich ist kein Strafverfahren und kein Bußgeldverfahren anhängig. Ich bin in den letzten fünf Jahren nicht wegen eines Verbrechens oder Vergehens verurteilt worden.
Ich habe ein Lichtbild (35 x 45 mm) beigefügt.

Kiel, 22.01.2025                                    Unterschrift: {P("B. Tavakoli")}

Bearbeitungsvermerk (nur für die Behörde)
Führungszeugnis (O) angefordert: 23.01.2025
GZR-Auskunft angefordert: 23.01.2025
Gebühr 150,00 EUR bezahlt am Kassenautomaten, Beleg-Nr. 88213
Sachbearbeitung: {P("Wiebke Jessen")}""")

# ================================================================ F124-009 outlook: property manager confirms lease
wang_mobile = mobile("intl")
add("outlook", "hausverwaltung_mietvertrag", f"""Von: {P("Kirsten Ehlers")} <{E("k.ehlers@foerde-immobilien.de")}>
An: Gaststätten Kiel <{N(MAIL_GAST)}>
Gesendet: Freitag, 16. Mai 2025 14:05
Betreff: Ihre Anfrage vom 14.05. – Mietverhältnis Gaststätte Alter Markt / Ihr Az. {AZ("32.2.4-GSt 0260/25")}

Sehr geehrter Herr {P("Kowalczyk")},

auf Ihre Anfrage bestätigen wir, dass die Gewerbeeinheit im Erdgeschoss des Hauses {A("Alter Markt 11")}, {A("24103 Kiel")}, mit Mietvertrag vom 01.03.2025 an Herrn {P("Wang Jianguo")} und Frau {P("Zhang Meiling")} als Gesellschaft bürgerlichen Rechts vermietet ist. Der Mietvertrag ist fest bis zum 28.02.2035 geschlossen; die Nutzung als Speisegaststätte (chinesische Küche, ca. 60 Plätze) ist ausdrücklich gestattet. Unsere Mieternummer für das Objekt lautet {AZ("ME-4711-0283")}.

Die Vorbetreiberin, Frau {P("Sofia Alexiou")}, hat die Räume zum 31.01.2025 zurückgegeben. Die Lüftungsanlage wurde im April auf Kosten der neuen Mieter erneuert; das Abnahmeprotokoll können wir Ihnen bei Bedarf schicken.

Die Mietsicherheit wurde auf ein Kautionskonto eingezahlt, das auf Herrn {P("Wang")} lautet (IBAN {IB(iban_de_grouped())}, verpfändet zugunsten der Eigentümergemeinschaft).

Herr {P("Wang")} ist am besten mobil erreichbar unter {T(wang_mobile)}; Frau {P("Zhang")} spricht nach unserer Erfahrung besser Englisch als Deutsch.

Mit freundlichen Grüßen
i. A. {P("Kirsten Ehlers")}
Objektbetreuung Gewerbe

Förde-Immobilien Verwaltungsgesellschaft mbH
{N("Lorentzendamm 28")} · {N("24103 Kiel")}
Telefon {N("0431 55 44 30")} · Amtsgericht Kiel {N("HRB 18842 KI")}
Geschäftsführer: {P("Hinrich Vollstedt")}""")

# ================================================================ F124-010 word: hearing before revocation
kaplan_ssn = ssn_spaced("140396", "K")
add("word", "anhoerung_widerruf", f"""Landeshauptstadt Kiel · Der Oberbürgermeister · Ordnungsamt – Abteilung Gewerbe und Gaststätten
{N(OFFICE_STREET)} · {N(OFFICE_CITY)} · Telefon {N(SWITCHBOARD)}

Gegen Postzustellungsurkunde
Herrn
{P("Murat Özdemir")}
{A("Iltisstraße 36")}
{A("24143 Kiel")}

Aktenzeichen: {AZ("32.2.4-GSt 0057/19")}
Datum: 02.06.2025

Anhörung nach § 87 Landesverwaltungsgesetz Schleswig-Holstein (LVwG)
Beabsichtigter Widerruf der Gaststättenerlaubnis vom 11.03.2019 für den Betrieb „Anadolu Grill", {A("Elisabethstraße 12")}, {A("24143 Kiel")}

Sehr geehrter Herr {P("Özdemir")},

das Finanzamt Kiel-Süd hat uns mit Schreiben vom 20.05.2025 nach § 30 Abs. 4 Nr. 5 AO mitgeteilt, dass Sie (Steuernummer {TNR(OEZDEMIR_TNR)}) mit Steuern in Höhe von 38.412,57 EUR im Rückstand sind. Vollstreckungsmaßnahmen blieben nach Auskunft des Finanzamts ohne Erfolg; eine Vermögensauskunft wurde am 04.03.2025 abgegeben.

Die AOK NordWest teilt zudem Beitragsrückstände von 4.118,20 EUR für die bei Ihnen beschäftigte Servicekraft Frau {P("Dilan Kaplan")} (Versicherungsnummer {SSN(kaplan_ssn)}) mit.

Ein Gewerbetreibender, der seine steuerlichen und sozialversicherungsrechtlichen Pflichten über längere Zeit nicht erfüllt, ist in der Regel unzuverlässig (§ 4 Abs. 1 Nr. 1 GastG). Ich beabsichtige daher, die Ihnen erteilte Erlaubnis nach § 15 Abs. 2 GastG zu widerrufen und die Fortführung des Betriebs zu untersagen.

Sie erhalten Gelegenheit, sich bis zum 30.06.2025 zu äußern. Bitte legen Sie insbesondere einen mit dem Finanzamt abgestimmten Tilgungsplan vor. Nach unseren Unterlagen ist Ihre Ehefrau, Frau {P("Elif Özdemir")}, als Stellvertreterin nach § 9 GastG eingetragen; die Stellvertretungserlaubnis würde mit dem Widerruf ebenfalls erlöschen.

Sollten Sie anwaltlich vertreten sein, bitte ich um Vorlage einer Vollmacht.

Mit freundlichen Grüßen
Im Auftrag

{P("Dariusz Kowalczyk")}

Abschrift: Finanzamt Kiel-Süd, Vollstreckungsstelle, z. Hd. Frau {P("Anke Struve")}, mit der Bitte um Mitteilung über eine Ratenvereinbarung""")

# ================================================================ F124-011 outlook: lawyer's statement (health)
add("outlook", "anwalt_stellungnahme", f"""Von: {P("Kemal Aydın")} <{E("k.aydin@kanzlei-dreiecksplatz.de")}>
An: {E("dariusz.kowalczyk@kiel.de")}
Gesendet: Freitag, 27. Juni 2025 16:48
Betreff: Ihr Az. {AZ("32.2.4-GSt 0057/19")} – {P("Özdemir")} – Stellungnahme im Anhörungsverfahren
Anlagen: Vollmacht.pdf; Attest_{P("Lorenzen")}.pdf; Ratenvereinbarung_FA.pdf

Unser Zeichen: {AZ("0214/25 KA")}

Sehr geehrter Herr {P("Kowalczyk")},

unter Vorlage der anliegenden Vollmacht zeigen wir an, dass wir Herrn {P("Murat Özdemir")} anwaltlich vertreten. Zu Ihrem Anhörungsschreiben vom 02.06.2025 nehmen wir wie folgt Stellung:

1. Die Steuerrückstände sind ganz überwiegend in einem Zeitraum entstanden, in dem unser Mandant an einer schweren depressiven Episode erkrankt war. Er befand sich von Oktober 2023 bis Februar 2024 in stationärer Behandlung im Zentrum für Integrative Psychiatrie und anschließend bis Juni 2024 in tagesklinischer Behandlung. Das Attest des behandelnden Facharztes Dr. med. {P("Sönke Lorenzen")} liegt bei. In dieser Zeit hat Frau {P("Elif Özdemir")} den Betrieb allein geführt, ohne Zugang zur Buchhaltung zu haben.

2. Mit dem Finanzamt Kiel-Süd wurde am 12.06.2025 eine Ratenzahlung über monatlich 1.200 EUR vereinbart (Ansprechpartnerin Frau {P("Struve")}). Die Raten werden per Dauerauftrag vom Geschäftskonto unseres Mandanten, IBAN {IB(OEZDEMIR_IBAN)}, gezahlt; die erste Rate ist am 20.06.2025 gebucht worden.

3. Mit der AOK NordWest ist der Rückstand für Frau {P("Kaplan")} vollständig ausgeglichen (Bestätigung folgt).

Vor diesem Hintergrund ist die Prognose der Unzuverlässigkeit nicht gerechtfertigt. Wir beantragen, von einem Widerruf abzusehen, hilfsweise das Verfahren für sechs Monate ruhen zu lassen und die Einhaltung der Ratenvereinbarung zu überwachen.

Mit freundlichen Grüßen

{P("Kemal Aydın")}
Rechtsanwalt

Kanzlei am Dreiecksplatz – Rechtsanwälte PartG mbB
{N("Dänische Straße 19")} · {N("24103 Kiel")}
Tel. {N("0431 9 74 41-0")}""", ["HEALTH"])

# ================================================================ F124-012 word: minutes of joint inspection
add("word", "niederschrift_kontrolle", f"""Niederschrift über die gemeinsame Kontrolle der Gaststätte „Saba Lounge" (Shisha-Bar)

Ort: {N("Holstenstraße 90")}, {N("24103 Kiel")}
Datum / Uhrzeit: Freitag, 11.07.2025, 22:40 – 23:55 Uhr
Aktenzeichen: {AZ("32.2.4-GSt 0311/24")}

Anwesend:
– Landeshauptstadt Kiel, Ordnungsamt: {P("Dariusz Kowalczyk")}, {P("Hanna Lüders")} (Außendienst)
– Polizeirevier Kiel-Mitte: POK {P("Finn Harder")}, PK'in {P("Lea Dreyer")}
– Lebensmittelüberwachung: {P("Torben Jöhnk")}
– für den Betrieb: Geschäftsführer {P("Dariush Karimi")} (Betreiberin: Saba Lounge UG (haftungsbeschränkt), Amtsgericht Kiel {N("HRB 21307 KI")})
– Schichtleiter {P("Arash Rezaei")}, geb. {DOB("14.02.1998")}, ausgewiesen durch Personalausweis Nr. {IDC(ids.id_card(True))}

Feststellungen:
1. CO-Warnmelder im Rauchbereich vorhanden, aber ohne Batterie. Messung durch den Außendienst: 38 ppm CO in Kopfhöhe am Tisch 6. Raum wurde geräumt und gelüftet, bis der Wert unter 20 ppm lag.
2. Jugendschutz: zwei Gäste unter 18 Jahren im Rauchbereich angetroffen; Personalien wurden von der Polizei aufgenommen (Vorgang {AZ("2025/131907")}).
3. Beschäftigte: Aushilfe Frau {P("Parisa Hosseini")}, geb. {DOB("03.10.2001")}, wohnhaft {A("Gutenbergstraße 17")}, {A("24118 Kiel")}, gab an, seit drei Wochen im Service zu arbeiten; eine Belehrung nach § 43 IfSG konnte nicht vorgelegt werden.
4. Das Fahrzeug des Geschäftsführers ({KFZ("KI-DK 909")}) stand in der Feuerwehrzufahrt; Herr {P("Karimi")} hat es nach Aufforderung umgesetzt.
5. Tabakerzeugnisse: 14 Dosen unversteuerter Shisha-Tabak (ohne Steuerzeichen) wurden sichergestellt; Mitteilung an das Hauptzollamt Kiel.

Maßnahmen:
– Mündliche Anordnung: Rauchbereich bis zum Nachweis eines funktionsfähigen CO-Warnsystems geschlossen.
– Anhörung zur Untersagung nach § 31 GastG i. V. m. § 35 GewO wird vorbereitet (Zuverlässigkeit GF).
– Belehrung für Frau {P("Hosseini")} ist innerhalb einer Woche nachzuweisen.

Die Niederschrift wurde vor Ort vorgelesen und genehmigt.

gez. {P("Kowalczyk")}          gez. {P("Harder")}          gez. {P("Karimi")} (Kenntnisnahme)""")

# ================================================================ F124-013 outlook: chamber of commerce list
ihk_rows = [
    ("Trần, Văn Minh", "11.11.1979", "Imbiss (vietnamesische Küche), Kiel-Gaarden"),
    ("Marchetti, Luca", "06.05.1990", "Eiscafé, Kiellinie"),
    ("Mehta, Anil", "27.01.1987", "Restaurant, Kiel-Holtenau"),
    ("Rostami, Mahsa", "09.08.1993", "Café mit Ausschank, Innenstadt"),
    ("Claußen, Dörte", "30.04.1964", "Landgasthof-Übernahme, Kiel-Rönne"),
    ("Okafor, Nnamdi", "15.12.1988", "Bar, Kiel-Südfriedhof"),
]
rows = []
for i, (name, dob, vorhaben) in enumerate(ihk_rows, 1):
    nr = f"IHK-GU-2025-{ids.digits(4, True)}"
    rows.append(f"{i} | {P(name)} | {DOB(dob)} | {AZ(nr)} | {vorhaben}")
ihk_table = "\n".join(rows)
add("outlook", "ihk_unterrichtung_liste", f"""Von: {P("Heiko Sievers")} <{E("heiko.sievers@kiel.ihk.de")}>
An: Gaststätten Kiel <{N(MAIL_GAST)}>
Gesendet: Mittwoch, 18. Juni 2025 09:12
Betreff: Unterrichtungsnachweise § 4 Abs. 1 Nr. 4 GastG – Termin 17.06.2025

Sehr geehrte Damen und Herren,

anbei erhalten Sie wie vereinbart die Liste der Teilnehmenden unserer Gaststättenunterrichtung vom 17.06.2025, die nach eigenen Angaben eine Erlaubnis bei der Landeshauptstadt Kiel beantragen wollen. Die Bescheinigungen wurden den Teilnehmenden am Ende der Veranstaltung ausgehändigt.

Nr. | Name, Vorname | Geburtsdatum | Bescheinigung Nr. | Vorhaben
{ihk_table}

Hinweise:
– Herr {P("Marchetti")} musste die Unterrichtung nach dem Lebensmittelteil verlassen; die Bescheinigung wurde ihm erst nach dem Nachholtermin am 24.06. ausgestellt, die Nummer ist bereits reserviert.
– Für Frau {P("Rostami")} war eine Dolmetscherin (Farsi) anwesend, die wir privat vermittelt haben.
– Herr {P("Okafor")} hat gefragt, ob auch sein Stellvertreter teilnehmen muss – nach unserer Auffassung nein, wir bitten aber um Ihre Bestätigung.

Mit freundlichen Grüßen

{P("Heiko Sievers")}
Industrie- und Handelskammer zu Kiel
Geschäftsbereich Starthilfe und Unternehmensförderung
{N("Bergstraße 2")}, {N("24103 Kiel")}
Tel. {T("+49 431 5194-217")}""")

# ================================================================ F124-014 word: tax office notification
iyer_tnr = tax_number_sh("19")
add("word", "finanzamt_mitteilung", f"""Finanzamt Kiel-Nord
{N("Holtenauer Straße 183")} · {N("24118 Kiel")}

Finanzamt Kiel-Nord · {N("Postfach 1469")} · {N("24013 Kiel")}

Landeshauptstadt Kiel
Ordnungsamt – Gewerbeangelegenheiten
{N(OFFICE_STREET)}
{N(OFFICE_CITY)}

Steuernummer: {TNR(iyer_tnr)}
Bearbeiterin: Frau {P("Britta Rohwer")}, Zimmer 312
Telefon: {T("0431 8819-1312")}
Datum: 26.08.2025

Mitteilung nach § 30 Abs. 4 Nr. 5 Abgabenordnung – Anregung eines Gewerbeuntersagungsverfahrens nach § 35 GewO

Steuerpflichtiger: {P("Rajesh Kumar Iyer")}, geb. {DOB("19.07.1974")}
Wohnanschrift: {A("Eckernförder Straße 219")}, {A("24119 Kronshagen")}
Betrieb: Restaurant „Malabar", {A("Knooper Weg 40")}, {A("24103 Kiel")}
Identifikationsnummer: {TID(tax_id_grouped())}
USt-IdNr.: {VAT(ids.vat_id())}

Sehr geehrte Damen und Herren,

der oben genannte Steuerpflichtige schuldet dem Finanzamt Kiel-Nord Umsatzsteuer für die Jahre 2022 bis 2024 sowie Lohnsteuer für die Monate Januar bis Juli 2025 in Höhe von insgesamt 61.880,13 EUR zuzüglich Säumniszuschlägen. Steuererklärungen für 2023 und 2024 wurden trotz Erinnerung und Zwangsgeldandrohung nicht abgegeben; die Besteuerungsgrundlagen mussten geschätzt werden. Pfändungen von Geschäftskonten und Kassenbeständen blieben ohne nennenswerten Erfolg.

Die Ehefrau, Frau {P("Priya Raghunathan")}, hat zum 01.04.2025 unter der Betriebsanschrift ein eigenes Gewerbe (Cateringservice, Steuernummer {TNR(tax_number_sh("19"))}) angemeldet. Nach unseren Feststellungen werden Personal, Küche und Lieferfahrzeuge gemeinsam genutzt. Es besteht der Verdacht, dass der Betrieb über die Ehefrau fortgeführt werden soll.

Die Voraussetzungen für eine Offenbarung nach § 30 Abs. 4 Nr. 5 AO liegen nach unserer Auffassung vor, da die Untersagung im zwingenden öffentlichen Interesse liegt. Wir bitten um Mitteilung, ob ein Verfahren eingeleitet wird.

Mit freundlichen Grüßen
Im Auftrag

{P("Rohwer")}""")

# ================================================================ F124-015 outlook: rental cars, English/German mix (health)
mohammadi_mob = mobile("intl")
add("outlook", "mietwagen_unterlagen_englisch", f"""From: {P("Reza Mohammadi")} <{E("reza.mohammadi@kielcar-rent.de")}>
To: {E("jannik.brodersen@kiel.de")}
Sent: Wednesday, 9 July 2025 23:14
Subject: AW: Mietwagen-Genehmigung § 49 Abs. 4 PBefG – fehlende Unterlagen (Az. {AZ("32.4-PBefG-M-022/25")})

Dear Mr. {P("Brodersen")}, sehr geehrter Herr {P("Brodersen")},

sorry my German is not so good for official things, I write mixed. Thank you for your letter from 03.07.
Here the missing documents / hier die fehlenden Sachen:

1) Fahrzeugliste – all cars are registered on my company KielCar Rent, Inhaber {P("Reza Mohammadi")} e.K.:
   - {KFZ("KI-RM 410")}  Skoda Superb Combi
   - {KFZ("KI-RM 411")}  VW Touran (7 seats)
   - {KFZ("KI-RM 412E")} Tesla Model Y
2) Drivers with Fahrerlaubnis zur Fahrgastbeförderung:
   - {P("Nasrin Ahmadi")}, born {DOB("02.02.1988")}, P-Schein valid until 11/2027
   - {P("Wojciech Zieliński")}, born {DOB("27.09.1979")} – his eye doctor certificate comes next week, he had cataract surgery (Grauer Star) in May and the Führerscheinstelle wants a new Sehtest
   - myself
3) Fachkunde: IHK certificate no. {AZ("FK-PBefG-2024-0388")}, copy attached
4) Eigenkapitalbescheinigung from my tax advisor Mr. {P("Vũ Đức Anh")}, attached (signed 07.07.)
5) Business account / Geschäftskonto: {IB(iban_de_grouped())} (Kieler Volksbank)

Is it ok if I send the Betriebssitz documents (Stellplatznachweis) by post? The landlord is on holiday.
My phone: {T(mohammadi_mob)}

Best regards / Mit freundlichen Grüßen
{P("Reza Mohammadi")}
KielCar Rent
{A("Grasweg 21")}, {A("24118 Kiel")}

> -----Ursprüngliche Nachricht-----
> Von: {P("Brodersen, Jannik")} <{E("jannik.brodersen@kiel.de")}>
> Gesendet: Donnerstag, 3. Juli 2025 10:15
> An: {E("reza.mohammadi@kielcar-rent.de")}
> Betreff: Mietwagen-Genehmigung § 49 Abs. 4 PBefG – fehlende Unterlagen (Az. {AZ("32.4-PBefG-M-022/25")})
>
> Sehr geehrter Herr {P("Mohammadi")},
>
> für die Bearbeitung Ihres Antrags vom 12.06.2025 fehlen noch: Fahrzeugliste mit Kennzeichen, Nachweis der Fahrerlaubnisse zur Fahrgastbeförderung der eingesetzten Fahrerinnen und Fahrer, Fachkundenachweis sowie die Eigenkapitalbescheinigung (2.250 EUR je Fahrzeug). Bitte reichen Sie die Unterlagen bis zum 18.07.2025 ein.
>
> Mit freundlichen Grüßen
> {P("Jannik Brodersen")}
> Landeshauptstadt Kiel, Ordnungsamt – Verkehrsgewerbe
> Tel. {T(TEL_BRODERSEN)}""", ["HEALTH"])

# ================================================================ F124-016 word: export of de-registrations
export_rows = [
    ("Do", "Thi Hoa", "12.07.1975", "Kaiserstraße 70", "24143 Kiel", "Imbiss", "Aufgabe aus Altersgründen", "30.04.2025"),
    ("Kılıç", "Gülsüm", "01.01.1981", "Schulze-Delitzsch-Straße 3", "24143 Kiel", "Änderungsschneiderei", "Umzug nach Neumünster", "09.05.2025"),
    ("Greco", "Alessandro", "22.03.1992", "Medusastraße 9", "24143 Kiel", "Pizzalieferdienst", "Übergabe an Nachfolger", "15.05.2025"),
    ("Liu", "Yang", "08.10.1996", "Sophienblatt 20", "24114 Kiel", "Handyreparatur", "wirtschaftliche Gründe", "16.05.2025"),
    ("Petersen", "Hauke", "19.06.1959", "Hamburger Chaussee 116", "24113 Kiel", "Fahrradwerkstatt", "Ruhestand", "23.05.2025"),
    ("Ghorbani", "Leila", "05.11.1984", "Augustenstraße 51", "24143 Kiel", "Kosmetikstudio", "Umwandlung in GmbH", "28.05.2025"),
    ("Wróbel", "Agata", "13.02.1990", "Stoschstraße 44", "24143 Kiel", "Reinigungsdienst", "Aufnahme Angestelltentätigkeit", "31.05.2025"),
]
out = []
for i, (nn, vn, dob, street, city, taet, grund, datum) in enumerate(export_rows, 1):
    reg = f"GA-{R.choice(['2016', '2018', '2019', '2021', '2022', '2023'])}-{ids.digits(4, True)}"
    out.append(f"{i};{AZ(reg)};{P(nn)};{P(vn)};{DOB(dob)};{A(street)};{A(city)};{taet};{grund};{datum}")
out.insert(3, f"4;{AZ('GA-2017-0761')};Nordlicht Textilpflege GmbH;;;{N('Werftstraße 199')};{N('24143 Kiel')};Wäscherei;Insolvenz (AG Kiel {N('HRB 14226 KI')});20.05.2025")
for j in range(4, len(out)):
    first, rest = out[j].split(";", 1)
    out[j] = f"{int(first) + 1};{rest}"
export = "\n".join(out)
add("word", "gewerbeabmeldungen_export", f"""Gewerberegister – Export Abmeldungen 01.05.2025 bis 31.05.2025
Bezirk: Kiel-Mitte / Gaarden · erstellt am 03.06.2025, 08:12 Uhr · Benutzerkennung gew-sb03
Weitergabe nur im Rahmen des § 14 Abs. 8 GewO

Lfd;Reg.-Nr.;Name;Vorname;Geb.-Datum;Betriebsstätte;PLZ Ort;Tätigkeit;Abmeldegrund;Abmeldung zum
{export}

Summe: 8 Abmeldungen (davon 1 juristische Person)
Automatische Mitteilungen an: Finanzamt, IHK zu Kiel, Handwerkskammer Lübeck, Statistikamt Nord, Agentur für Arbeit, Berufsgenossenschaft""")

# ================================================================ F124-017 outlook: reply with quoted lower-case complaint (ethnicity)
baran_mob = mobile("plain")
add("outlook", "kiosk_antwort_beschwerde", f"""Von: {P("Thomsen, Merle")} <{E("merle.thomsen@kiel.de")}>
Gesendet: Dienstag, 29. April 2025 10:37
An: {E("rojda.baran@t-online.de")}
Betreff: AW: beschwerde nachbar + alkohol verkauf sonntag

Sehr geehrte Frau {P("Baran")},

vielen Dank für Ihre Nachricht.

Zu Ihrer Frage: Für den Verkauf von verschlossenen Flaschen (Bier, Wein) über die Straße brauchen Sie keine Gaststättenerlaubnis. Am Sonntag dürfen Kioske in Schleswig-Holstein aber nach dem Ladenöffnungszeitengesetz nur für fünf Stunden öffnen und nur bestimmte Waren verkaufen (Zeitungen, Back- und Blumenwaren, Milch). Bier gehört nicht dazu. Wenn andere Kioske das anders machen, ändert das leider nichts an der Rechtslage.

Die Beleidigungen und den Übergriff auf Ihren Mann, die Sie schildern, sollten Sie bitte bei der Polizei anzeigen (Polizeirevier Kiel-Ost oder online über die Onlinewache). Die Hinweise von Herrn {P("Bernd Wiechmann")} zum Lärm haben wir aufgenommen; ein Verfahren gegen Sie ist deshalb nicht eingeleitet worden.

Mit freundlichen Grüßen
Im Auftrag
{P("Merle Thomsen")}

Landeshauptstadt Kiel | Ordnungsamt | Gewerbeangelegenheiten
{N(OFFICE_STREET)}, {N(OFFICE_CITY)}
Telefon {T(TEL_THOMSEN)} | Zentrale {N(SWITCHBOARD)}

-----Ursprüngliche Nachricht-----
Von: {P("rojda baran")} <{E("rojda.baran@t-online.de")}>
Gesendet: Sonntag, 27. April 2025 22:10
An: {N(MAIL_GEWERBE)}
Betreff: beschwerde nachbar + alkohol verkauf sonntag

guten abend,
ich habe kiosk in der {A("Preetzer Straße 143")} ({A("24143 Kiel")}), seit 2021 angemeldet, gewerbe nr. {AZ("GA-2021-0874")}.
der nachbar über dem laden herr {P("wiechmann")} ruft immer wieder bei ihnen und bei polizei an wegen lärm und sagt uns jeden tag schlimme sachen, er sagt wir kurden sollen zurück in die berge gehen. mein mann {P("şiyar")} wurde letzte woche vor dem laden geschubst.
frage: dürfen wir sonntags bier verkaufen? ein anderer kiosk in der straße macht das.
bitte antworten, mein deutsch ist nicht perfekt.
{P("rojda baran")}
{T(baran_mob)}""", ["ETHNICITY"])

# ================================================================ F124-018 word: outdoor seating permit with SEPA mandate
gr_iban = group(ids.iban("GR", 23), 4)
add("word", "sondernutzung_aussengastronomie", f"""Landeshauptstadt Kiel · Tiefbauamt – Sondernutzungen
{N("Fabrikstraße 8")} · {N("24103 Kiel")}

Frau
{P("Eleni Konstantinou")}
Café Kalimera
{A("Kehdenstraße 14")}
{A("24103 Kiel")}

Kassenzeichen: {AZ("6.3100.2025.00418")}
Ihr Antrag vom: 02.04.2025
Datum: 22.04.2025

Sondernutzungserlaubnis für Tische und Stühle (Außengastronomie) vor dem Grundstück {A("Kehdenstraße 14")}

Sehr geehrte Frau {P("Konstantinou")},

nach § 21 Straßen- und Wegegesetz Schleswig-Holstein erteile ich Ihnen die Erlaubnis, auf dem Gehweg vor Ihrem Café eine Fläche von 12 m² (6,00 m x 2,00 m, siehe Lageplan) in der Zeit vom 01.04. bis 31.10.2025 mit vier Tischen und zwölf Stühlen zu nutzen.

Auflagen:
1. Zwischen Bestuhlung und Bordsteinkante ist eine Durchgangsbreite von mindestens 1,50 m freizuhalten.
2. Heizpilze und Werbeaufsteller sind nicht zugelassen.
3. Nach 22:00 Uhr ist die Fläche zu räumen; Mobiliar darf nicht angekettet im Straßenraum verbleiben.

Die Sondernutzungsgebühr beträgt 18,00 EUR je m² und Saison, insgesamt 216,00 EUR. Sie haben uns ein SEPA-Lastschriftmandat erteilt:
Kontoinhaberin: {P("Eleni Konstantinou")}
IBAN: {IB(gr_iban)} (Piraeus Bank, Thessaloniki)
Mandatsreferenz: {AZ("SNU-2025-00418-01")}
Gläubiger-Identifikationsnummer der Landeshauptstadt Kiel: {N(CITY_CREDITOR)}
Der Betrag wird frühestens am 15.05.2025 eingezogen.

Ihr Mitarbeiter, Herr {P("Nikolaos Vlachos")}, hat bei der Ortsbesichtigung am 09.04.2025 zugesagt, den Aufsteller an der Hauswand zu entfernen. Bitte denken Sie daran.

Mit freundlichen Grüßen
Im Auftrag
{P("Gesa Möller-Rathje")}
Telefon {T("0431 901-2718")}""")

# ================================================================ F124-019 outlook: taxi driver, diabetes, union
add("outlook", "taxifahrer_pschein_frage", f"""Von: {P("Kwame Mensah")} <{E("kwame.mensah@yahoo.de")}>
An: {E("jannik.brodersen@kiel.de")}
Gesendet: Montag, 18. August 2025 06:52
Betreff: P-Schein Verlängerung – ärztliches Gutachten – Frage

Moin Herr {P("Brodersen")},

ich fahre seit 2016 Taxi in Kiel, angestellt bei Herrn {P("Hansen")} (Taxi {P("Hansen")}, Wik). Mein Personenbeförderungsschein läuft im Oktober ab. Jetzt hat mein Hausarzt im Frühjahr Diabetes Typ 2 festgestellt und ich spritze seit März Insulin. Muss ich das bei der Verlängerung angeben? Bekomme ich den Schein trotzdem?
Die Führerscheinstelle sagt, sie entscheidet über den Schein, aber Sie wüssten, was das für die Konzession von meinem Chef bedeutet, wenn ich ausfalle.

Ich bin Mitglied bei ver.di (Fachbereich Verkehr), die haben mir geraten, zuerst bei Ihnen nachzufragen, bevor ich mit meinem Chef rede.

Meine Daten, falls Sie die brauchen:
{P("Kwame Mensah")}, geb. {DOB("22.10.1981")}
{A("Wulfsbrook 9")}, {A("24113 Kiel")}
Krankenversichertennummer (für das Gutachten): {KV(ids.health_insurance())}
Handy {T(mobile("slash"))}

Danke und Gruß
{P("Kwame")}""", ["HEALTH", "UNION"])

# ================================================================ F124-020 word: telephone note, neighbour complaint
add("word", "telefonvermerk_beschwerde", f"""Telefonvermerk

Datum / Uhrzeit: 14.08.2025, 09:20 Uhr
Aufgenommen von: {P("Jens-Uwe Brandt")}, Außendienst Gewerbe

Anrufer: Herr {P("Detlef Bruhn")}, {A("Feldstraße 121")}, {A("24105 Kiel")}, Tel. {T(kiel_tel("plain"))}
Betrifft: Pizzeria „Bella Napoli" im Erdgeschoss {A("Feldstraße 119")}
Betreiber lt. Register: {P("Antonio Ferraro")}, Gaststättenerlaubnis Az. {AZ("32.2.4-GSt 0144/23")}

Inhalt des Gesprächs:
Herr {P("Bruhn")} beschwert sich seit Juni über
– Lieferroller und einen weißen Fiat Doblò ({KFZ("KI-AF 2207")}), die regelmäßig auf dem Gehweg vor der Hofeinfahrt abgestellt werden,
– Küchenabluft, die direkt in den Innenhof geführt wird,
– laute Musik im Gastraum nach 22 Uhr, vor allem freitags und samstags.
Ein Koch (nach Angabe des Anrufers „{P("Luigi")}", Nachname unbekannt) rauche zudem in der Hofeinfahrt und lasse dort Kippen liegen.
Herr {P("Bruhn")} habe sich bereits schriftlich an den Vermieter, Herrn Dr. {P("Claas Wittorf")}, gewandt, ohne Antwort.

Herr {P("Bruhn")} bittet ausdrücklich um Vertraulichkeit; sein Name soll gegenüber Herrn {P("Ferraro")} nicht genannt werden.

Veranlasst:
1. Kontrolle durch den Außendienst (Kollegin {P("Hanna Lüders")}) am Wochenende 22./23.08. ab 22 Uhr.
2. Abluft: Hinweis an Bauordnungsamt, Prüfung der Baugenehmigung.
3. Parken auf dem Gehweg: Weitergabe an Verkehrsüberwachung.
4. Wiedervorlage 01.09.2025.

gez. {P("Brandt")}""")

# ================================================================ F124-021 outlook: partnership registration, two partners
pham_tid = ids.tax_id()
wulf_tid = tax_id_grouped()
add("outlook", "gewerbeanmeldung_gbr", f"""Von: {P("Phạm Quốc Bảo")} <{E("bao.pham@asiamarkt-gaarden.de")}>
An: {N(MAIL_GEWERBE)}
Cc: {P("Torsten Wulf")} <{E("t.wulf@posteo.de")}>
Gesendet: Dienstag, 5. August 2025 13:40
Betreff: Gewerbeanmeldung GbR Asia Markt Gaarden – Unterlagen + Gebühr

Sehr geehrte Frau {P("Thomsen")},

wie telefonisch besprochen senden wir die Anmeldung unserer GbR (Einzelhandel mit asiatischen Lebensmitteln, Getränken und Haushaltswaren, Beginn 01.09.2025). Da bei einer GbR jeder Gesellschafter selbst anmelden muss, hier beide Datensätze:

Gesellschafter 1
Name: {P("Phạm Quốc Bảo")}
Geburtsdatum: {DOB("08.12.1983")}
Anschrift: {A("Karlstal 30")}, {A("24143 Kiel")}
Staatsangehörigkeit: deutsch
Steuer-ID: {TID(pham_tid)}
Telefon: {T(mobile("intl"))}

Gesellschafter 2
Name: {P("Torsten Wulf")}
Geburtsdatum: {DOB("25.01.1977")}
Anschrift: {A("Ostring 211")}, {A("24148 Kiel")}
Staatsangehörigkeit: deutsch
Steuer-ID: {TID(wulf_tid)}
Telefon: {T(kiel_tel("plain"))}

Betriebsstätte: {A("Vinetaplatz 3")}, {A("24143 Kiel")} (Ladenfläche 180 m², Mietvertrag anbei)
Steuernummer der GbR: noch nicht erteilt, der Fragebogen zur steuerlichen Erfassung liegt beim Finanzamt Kiel-Süd.

Die Gebühr von 2 x 26,00 EUR haben wir heute vom Geschäftskonto der GbR ({N(iban_de_grouped())}) überwiesen, Verwendungszweck „Gewerbeanmeldung {P("Phạm")}/{P("Wulf")}".

Ausweiskopien: Herr {P("Wulf")} Personalausweis Nr. {IDC(ids.id_card(False))}, ich selbst Reisepass Nr. {PASS(ids.passport(True))} (mein Personalausweis ist gerade zur Verlängerung).

Viele Grüße
{P("Bảo Phạm")}""")

# ================================================================ F124-022 word: refusal of itinerant trade card
cf = codice_fiscale("BLLMRC71H23E625")
add("word", "versagung_reisegewerbekarte", f"""Landeshauptstadt Kiel · Der Oberbürgermeister · Ordnungsamt – Reisegewerbe und Märkte
{N(OFFICE_STREET)} · {N(OFFICE_CITY)}

Mit Zustellungsurkunde
Herrn
{P("Marco Bellandi")}
{A("Mühlenweg 12")}
{A("24232 Schönkirchen")}

Aktenzeichen: {AZ("RG-2025-0088")}
Datum: 15.09.2025

Bescheid – Versagung der Reisegewerbekarte

Sehr geehrter Herr {P("Bellandi")},

Ihr Antrag vom 04.07.2025 auf Erteilung einer Reisegewerbekarte für den Vertrieb von Messern, Lederwaren und Textilien im Umherziehen wird abgelehnt.

Begründung:
Sie, Herr {P("Marco Bellandi")}, geboren am {DOB("23. Juni 1971")} in Livorno, italienische Steuernummer (codice fiscale) {TID(cf)}, haben die Erteilung einer Reisegewerbekarte beantragt. Nach § 57 Abs. 1 GewO ist die Karte zu versagen, wenn Tatsachen die Annahme rechtfertigen, dass der Antragsteller die erforderliche Zuverlässigkeit nicht besitzt.

Nach dem Führungszeugnis vom 28.07.2025 wurden Sie durch Urteil des Amtsgerichts Flensburg vom 12.03.2024 (Az. {AZ("44 Ds 118/23")}) wegen gewerbsmäßigen Betruges in 14 Fällen zu einer Freiheitsstrafe von einem Jahr und vier Monaten verurteilt, deren Vollstreckung zur Bewährung ausgesetzt wurde. Geschädigt waren überwiegend ältere Kundinnen und Kunden bei Haustürgeschäften, denen minderwertige Messer als „Solinger Qualitätsware" zu überhöhten Preisen verkauft wurden. Die Taten stehen in unmittelbarem Zusammenhang mit der beantragten Tätigkeit.

Ihre Lebensgefährtin, Frau {P("Francesca Gallo")}, die Sie als Begleitperson angegeben haben, war an den damaligen Verkäufen nach den Urteilsgründen beteiligt; auch dies spricht gegen eine positive Prognose.

Die Gebühr für diesen Bescheid beträgt 150,00 EUR (Kassenzeichen {AZ(BELLANDI_KZ)}).

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Landeshauptstadt Kiel, Der Oberbürgermeister, {N(OFFICE_STREET)}, {N(OFFICE_CITY)}, erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
{P("Wiebke Jessen")}""")

# ================================================================ F124-023 outlook: English mail, bubble tea GmbH
chen_pass = passport_digits("E", 8)
chen_permit = ids.travel_document("Y", True)
huang_id = china_resident_id("331121", "19920817")
add("outlook", "englisch_gmbh_gruendung", f"""From: {P("Chen Xiaowei")} <{E("xiaowei.chen@163.com")}>
To: {N(MAIL_GEWERBE)}
Date: Thu, 22 May 2025 08:03:51 +0800
Subject: Business registration for bubble tea shop – GmbH in formation

Dear Sir or Madam,

my name is {P("Chen Xiaowei")} (passport name: {P("CHEN XIAOWEI")}). I am a Chinese citizen and currently live in Hamburg ({A("Grindelallee 96")}, {A("20146 Hamburg")}) with a residence permit for self-employment (§ 21 AufenthG).

Together with my cousin {P("Huang Rui")} I am founding "Pearl Tide GmbH". The notarial deed was signed on 14.05.2025 before notary Dr. {P("Björn Ahlmann")} in Kiel; the registration at the Amtsgericht Kiel (commercial register) is still pending. We want to open a bubble tea shop at {N("Europaplatz 7")}, {N("24103 Kiel")} on 1 August.

My questions:
1) Can the GmbH register the business (Gewerbeanmeldung) before the HRB number is issued?
2) Do I as managing director need a certificate of good conduct from China, or is the German Führungszeugnis enough? I have lived in Germany since 2019.
3) We will sell drinks only to take away, plus some seats inside. Do we need a Gaststättenerlaubnis?

For identification:
Passport (People's Republic of China): {PASS(chen_pass)}
Residence permit (Aufenthaltstitel): {IDC(chen_permit)}
My cousin {P("Huang Rui")} will be second managing director; his Chinese ID card number is {IDC(huang_id)}, he will come to Germany in July.

Phone Germany: {T(mobile("compact"))}
Phone China: {T("+86 139 " + ids.digits(4, True) + " " + ids.digits(4))}

Thank you very much in advance.

Best regards
{P("Chen Xiaowei")}
Managing Director (designated), Pearl Tide GmbH i. G.""")

# ================================================================ F124-024 word: minutes, Christmas market allocation (politics, health)
wm_rows = [
    ("H-01", "Sofia Alexiou", "Gyros und Pita (Imbiss)", "87", "zugelassen"),
    ("H-02", "Luca Marchetti", "Crêpes und Waffeln", "81", "zugelassen"),
    ("H-03", "Zhou Lin", "Tee und Dim Sum", "79", "zugelassen"),
    ("H-04", "Oksana Hrytsenko", "Holzspielzeug, Kunsthandwerk", "76", "zugelassen"),
    ("H-05", "Sönke Ketelsen", "Glühwein, Punsch", "74", "zugelassen (Auflage Mehrweg)"),
    ("H-06", "Mahsa Rostami", "Persisches Gebäck", "70", "zugelassen, Platztausch s. TOP 3c"),
    ("H-07", "Wilfried Schnoor", "Grünkohl, Bratwurst", "69", "Nachrücker"),
]
wm = []
for platz, name, ware, pkt, beschl in wm_rows:
    wm.append(f"{platz} | {AZ('WM25-' + ids.digits(3, True))} | {P(name)} | {ware} | {pkt} | {beschl}")
wm_table = "\n".join(wm)
add("word", "protokoll_vergabekommission", f"""Niederschrift über die Sitzung der Vergabekommission Kieler Weihnachtsmarkt 2025

Datum: 23.09.2025, 14:00 – 16:30 Uhr
Ort: Raum 3.07, {N(OFFICE_STREET)}, {N(OFFICE_CITY)}

Teilnehmende:
{P("Wiebke Jessen")} (Vorsitz, Ordnungsamt – Märkte)
Dr. {P("Frauke Carstensen")} (Abteilungsleitung Gewerbe und Gaststätten)
{P("Gerrit Ahlers")} (Marktmeister)
{P("Ralf Hinrichsen")} (Landesverband Schleswig-Holsteinischer Schausteller, beratend)
Protokoll: {P("Jonna Paulsen")}

TOP 1 Bewerberlage
Für 96 Plätze (Holstenplatz, Asmus-Bremer-Platz, Rathausplatz) sind 142 fristgerechte Bewerbungen eingegangen. Bewertet wurde nach der Marktsatzung (Attraktivität, Bekannt und bewährt, Nachhaltigkeit).

TOP 2 Vergabe Holstenplatz (Auszug)
Platz | Bewerbungs-Nr. | Bewerber/in | Sortiment | Punkte | Beschluss
{wm_table}

TOP 3 Sonderfälle
a) Herr {P("Ketelsen")} hat im Vorjahr Einwegbecher ausgegeben; die Zulassung erfolgt nur mit der Auflage eines Pfandsystems.
b) Herr {P("Torge Matthiesen")} beantragt als Sprecher des Ortsverbands Kiel-Ost der Partei Die Linke einen Informationsstand an den Adventssamstagen. Die Kommission stellt fest, dass politische Informationsstände nach der Marktsatzung nicht zum Marktsortiment gehören; Herr {P("Matthiesen")} wird auf eine Sondernutzungserlaubnis außerhalb des Marktgeländes verwiesen.
c) Frau {P("Rostami")} bittet wegen einer Risikoschwangerschaft (Entbindungstermin Mitte Januar) um einen Platz nahe den Sanitäranlagen und um Zulassung einer Vertretung durch ihre Schwester {P("Shirin Rostami")}. Beides wird einstimmig befürwortet; Tausch mit Platz H-02 im Einvernehmen mit Herrn {P("Marchetti")}.
d) Frau {P("Alexiou")} hat ihren Gaststättenbetrieb am Alten Markt aufgegeben; die Marktzulassung ist davon unabhängig.

TOP 4 Verschiedenes
Herr {P("Hinrichsen")} regt an, die Stromkosten künftig nach Zählerstand abzurechnen. Die Verwaltung prüft bis zur nächsten Sitzung.

Kiel, 24.09.2025
gez. {P("Jessen")}                    gez. {P("Paulsen")}""", ["POLITICS", "HEALTH"])

# ================================================================ F124-025 outlook: card data sent by mail, staff reply
visa = ids.credit_card("4", 16)
add("outlook", "kreditkarte_gebuehr_antwort", f"""Von: Gewerbe Kiel <{N(MAIL_GEWERBE)}>
Gesendet: Donnerstag, 10. Juli 2025 08:55
An: {E("sunita.deshpande@outlook.de")}
Betreff: AW: Gewerbeauskunft – Zahlung per Kreditkarte?

Sehr geehrte Frau {P("Deshpande")},

bitte senden Sie uns keine Kreditkartendaten per E-Mail – E-Mails sind nicht verschlüsselt. Wir haben die Kartennummer in unserem System nicht gespeichert. Sie können die Gebühr von 15,00 EUR für den Auszug aus dem Gewerberegister bequem über unser Online-Serviceportal (dort auch per Kreditkarte) oder bei Abholung bar bzw. mit Karte bezahlen. Den Auszug senden wir nach Zahlungseingang an Ihre Privatanschrift.

Mit freundlichen Grüßen
Im Auftrag
{P("Merle Thomsen")}
Telefon {T(TEL_THOMSEN)}

-----Ursprüngliche Nachricht-----
Von: {P("Sunita Deshpande")} <{E("sunita.deshpande@outlook.de")}>
Gesendet: Mittwoch, 9. Juli 2025 19:20
An: {N(MAIL_GEWERBE)}
Betreff: Gewerbeauskunft – Zahlung per Kreditkarte?

Hallo,

ich brauche für meine Bank eine Bestätigung meiner Gewerbeanmeldung (Gewerberegisterauszug) für mein Reisebüro „Monsoon Travels". Kann ich die 15 Euro mit Kreditkarte bezahlen? Hier meine Daten:
Visa {CC(group(visa, 4))}, gültig bis 08/27, Karteninhaberin {P("Sunita Deshpande")} (die Prüfziffer schicke ich lieber nicht :-))

Gewerbe angemeldet am 12.02.2024 unter der Nr. {AZ("GA-2024-0219")}, Betrieb: {A("Fleethörn 9")}, {A("24103 Kiel")}.
Bitte schicken Sie den Auszug an meine Privatadresse: {A("Hasseldieksdammer Weg 33")}, {A("24114 Kiel")}.

Danke und viele Grüße
{P("Sunita Deshpande")}
{T(mobile("intl0"))}""")

# ================================================================ F124-026 word: change of registration form (GewA 2)
add("word", "gewerbeummeldung_formular", f"""Gewerbe-Ummeldung
nach § 14 GewO oder § 55c GewO
Landeshauptstadt Kiel – Ordnungsamt – Gewerbeangelegenheiten
Bitte vollständig und gut lesbar ausfüllen

Angaben zum Betriebsinhaber
1 Name: {P("Doğan")}
2 Vornamen: {P("Emine")}
3 Geschlecht: weiblich
4 Staatsangehörigkeit: türkisch
5 Geburtsdatum: {DOB("29.04.1990")}
6 Geburtsort und -land: Trabzon, Türkei
7 Anschrift der Wohnung: {A("Stoschstraße 18")}, {A("24143 Kiel")}
  Telefon: {T(mobile("split"))}   E-Mail: {E("emine.dogan90@gmail.com")}
8 Ausweisdokument: türkischer Reisepass Nr. {PASS(passport_digits("U", 8))}, T.C. Kimlik No. {IDC(tc_kimlik())}
  Aufenthaltstitel: Niederlassungserlaubnis, unbefristet

Angaben zum Betrieb
10 Name des Geschäfts: Fade Factory Barbershop
11 Betriebsstätte (neu): {A("Werftstraße 141")}, {A("24143 Kiel")}
12 Betriebsstätte (bisher): {A("Johannesstraße 62")}, {A("24143 Kiel")}
13 Grund der Ummeldung: Verlegung innerhalb der Gemeinde zum 01.07.2025
14 Angemeldete Tätigkeit: Friseurhandwerk (Herrenfriseur, Bartpflege); Eintragung in die Handwerksrolle der Handwerkskammer Lübeck, Nr. {AZ("HR-2022-04417")}
15 Zahl der Beschäftigten: 2 Vollzeit, 1 Teilzeit
16 Steuernummer: {TNR(tax_number_sh("20"))}

Ich versichere die Richtigkeit der Angaben.
Kiel, 10.06.2025                    Unterschrift: {P("E. Doğan")}

Bearbeitungsvermerk
Eingang: 11.06.2025 · Gebühr 20,00 EUR bar · erfasst: {P("M. Thomsen")} · Reg.-Nr. {AZ("GA-2022-0531")}""")

# ================================================================ F124-027 outlook: forwarded police report, street trading
le_pass = passport_digits("C", 7)
arjun_pass = passport_digits("Z", 7)
add("outlook", "polizei_weitergeleitet", f"""Von: {P("Jessen, Wiebke")} <{E("wiebke.jessen@kiel.de")}>
Gesendet: Montag, 23. Juni 2025 09:30
An: {P("Rickert, Lorenz")} <{E("lorenz.rickert@kiel.de")}>
Betreff: WG: Feststellung unerlaubter Straßenhandel Kiellinie – Tgb.-Nr. {AZ("2025/118734")}

Hallo {P("Lorenz")},

zur Einleitung von OWi-Verfahren nach § 145 GewO unten die Feststellungen der Polizei vom Kieler-Woche-Samstag. Frau {P("Lê")} hat nach meiner Rückfrage beim Bezirksamt Wandsbek tatsächlich eine gültige Reisegewerbekarte aus Hamburg, hatte sie nur nicht dabei – bitte nur Verwarnungsgeld wegen Nichtmitführens. Bei den anderen beiden bitte normales Verfahren.

Gruß
{P("Wiebke")}

-----Ursprüngliche Nachricht-----
Von: {P("Harder, Finn")} (PR Kiel-Mitte) <{E("finn.harder@polizei.landsh.de")}>
Gesendet: Montag, 23. Juni 2025 07:51
An: {P("Jessen, Wiebke")} <{E("wiebke.jessen@kiel.de")}>
Betreff: Feststellung unerlaubter Straßenhandel Kiellinie – Tgb.-Nr. {AZ("2025/118734")}

Moin Frau {P("Jessen")},

am 21.06.2025 gegen 17:30 Uhr wurden im Bereich Kiellinie / Reventloubrücke folgende Personen beim Verkauf von Waren ohne mitgeführte Reisegewerbekarte angetroffen:

1. {P("Lê Thị Hồng")}, geb. {DOB("04.04.1969")}, wh. {A("Steilshooper Straße 250")}, {A("22305 Hamburg")}, ausgewiesen durch vietnamesischen Reisepass Nr. {PASS(le_pass)}; Verkauf von Sonnenbrillen und Handyhüllen von einer Decke. Gab an, eine Reisegewerbekarte der FHH zu besitzen.
2. {P("Dimitrios Karagiannis")}, geb. {DOB("17.12.1995")}, wh. {A("Beselerallee 31")}, {A("24105 Kiel")}, PA-Nr. {IDC(ids.id_card(False))}; Verkauf von Dosenbier und Softdrinks aus zwei Kühlboxen. 43 Dosen sichergestellt (Quittung ausgehändigt).
3. {P("Arjun Nair")}, geb. {DOB("09.08.2000")}, kein fester Wohnsitz in Deutschland (Tourist, Einreise 02.06.2025), indischer Reisepass Nr. {PASS(arjun_pass)}; Rosenverkauf in der Außengastronomie.

Das Fahrzeug von Herrn {P("Karagiannis")} ({KFZ("KI-DK 1712")}), aus dem die Getränke nachgeladen wurden, stand im absoluten Halteverbot; Anzeige wird gesondert gefertigt.

Mit freundlichen Grüßen
{P("Finn Harder")}, POK
Polizeirevier Kiel-Mitte, Einsatz- und Streifendienst
Tel. {T("0431 160-11" + ids.digits(3, True))}""")

# ================================================================ F124-028 word: open items list
op_rows = [
    (ESPOSITO_KZ, "Esposito, Salvatore", "Knooper Weg 143", "24118 Kiel", "Gaststättenerlaubnis § 2 GastG", "420,00", "1"),
    (AKSOY_KZ, "Aksoy, Hüseyin", "Wiker Straße 18", "24106 Kiel", "Gaststättenerlaubnis (Kiosk mit Ausschank)", "310,00", "1"),
    (NGUYEN_KZ, "Nguyễn, Thị Thu Hà", "Elisabethstraße 61", "24143 Kiel", "Gewerbeanmeldung", "26,00", "2"),
    (BELLANDI_KZ, "Bellandi, Marco", "Mühlenweg 12", "24232 Schönkirchen", "Versagung Reisegewerbekarte", "150,00", "1"),
    (f"5.2025.{ids.digits(6, True)}", "Makris, Ioannis", "Sternstraße 4", "24116 Kiel", "Verlängerung Taxigenehmigung", "480,00", "2"),
    (f"5.2025.{ids.digits(6, True)}", "Ghorbani, Leila", "Augustenstraße 51", "24143 Kiel", "Gewerbeabmeldung (Auskunft)", "15,00", "3"),
    (f"5.2025.{ids.digits(6, True)}", "Sandhu, Harpreet Singh", "Dorfstraße 12", "24214 Gettorf", "Standplatz Wochenmarkt (Juni)", "96,00", "1"),
]
op = []
for kz, name, street, city, tb, betrag, stufe in op_rows:
    op.append(f"{AZ(kz)} | {P(name)} | {A(street)}, {A(city)} | {tb} | {betrag} | {stufe}")
op.insert(4, f"{N('5.2025.' + ids.digits(6, True))} | Saba Lounge UG (haftungsbeschränkt) | {N('Holstenstraße 90')}, {N('24103 Kiel')} | Anordnung Rauchbereich, Verwaltungsgebühr | 250,00 | 1")
op_table = "\n".join(op)
add("word", "offene_posten_liste", f"""Landeshauptstadt Kiel – Stadtkasse / Ordnungsamt
Offene Posten Gewerbe- und Gaststättengebühren – Stand 30.09.2025
(Auszug aus dem Finanzverfahren, Buchungskreis 1000, Sachkonto 43110)

Kassenzeichen | Schuldner/in | Anschrift | Gebührentatbestand | Betrag EUR | Mahnstufe
{op_table}

Bemerkungen:
– Herr {P("Makris")}: Ratenzahlung vereinbart (2 x 240 EUR, fällig 15.10. und 15.11.).
– Frau {P("Ghorbani")}: Postrückläufer „Empfänger unbekannt"; neue Anschrift lt. Melderegister {A("Olshausenstraße 40")}, {A("24118 Kiel")}. Bitte Mahnung neu versenden.
– Herr {P("Bellandi")}: Widerspruch eingelegt, Vollziehung der Gebühr bis zur Entscheidung ausgesetzt.
– Herr {P("Aksoy")}: hat am Telefon Zahlung bis 10.10. zugesagt.

Bearbeitung: {P("Jonna Paulsen")}, Stadtkasse, Tel. {T("0431 901-1145")}""")

# ================================================================ F124-029 outlook: queer bar, husband as deputy (sexual orientation)
okafor_tnr = tax_number_sh("19")
add("outlook", "bar_erlaubnis_stellvertreter", f"""Von: {P("Nnamdi Okafor")} <{E("nnamdi@leuchtturm-bar.de")}>
An: {E("dariusz.kowalczyk@kiel.de")}
Gesendet: Freitag, 5. September 2025 12:18
Betreff: Gaststättenerlaubnis Bar „Leuchtturm" – Unterlagen und Stellvertretung meines Mannes

Sehr geehrter Herr {P("Kowalczyk")},

vielen Dank für das freundliche Gespräch am Dienstag. Wie besprochen sende ich Ihnen die Unterlagen für unsere Bar in der {A("Hopfenstraße 4")}, {A("24114 Kiel")}. Die Bar richtet sich vor allem an die queere Community; mein Mann und ich wollen in Kiel einen sicheren Ort für schwule, lesbische und trans* Gäste schaffen, mit Lesungen und kleinen Konzerten.

Ich betreibe die Bar als Einzelunternehmer. Mein Ehemann {P("Jakob Reinholdt")} soll als Stellvertreter eingetragen werden; der Antrag nach § 9 GastG liegt bei. Wir sind seit 2019 verheiratet, {P("Jakob")} arbeitet bisher als Restaurantleiter im Hotel.

Anlagen:
– Führungszeugnisse für uns beide (beantragt am 02.09.)
– Unterrichtungsnachweis der IHK vom 17.06.2025
– Mietvertrag mit der Eigentümerin, Frau {P("Ilse Brammer")}, Laufzeit 10 Jahre
– Ausweiskopien: meiner Nr. {IDC(ids.id_card(True))}, {P("Jakob")}s Nr. {IDC(ids.id_card(True))}

Steuernummer (Finanzamt Kiel-Nord): {TNR(okafor_tnr)}
USt-IdNr.: {VAT(ids.vat_id())}

Sie erreichen mich unter {T(mobile("plain"))}, {P("Jakob")} unter {T(mobile("plain"))}.

Mit freundlichen Grüßen
{P("Nnamdi Okafor")}""", ["SEXUAL_ORIENTATION"])

# ================================================================ F124-030 word: market trader, Friday prayer (religion)
oeztuerk_iban = iban_de_grouped()
add("word", "markt_freitagsgebet_bescheid", f"""Landeshauptstadt Kiel · Der Oberbürgermeister · Ordnungsamt – Märkte
{N(OFFICE_STREET)} · {N(OFFICE_CITY)} · Zentrale {N(SWITCHBOARD)}

Herrn
{P("Yusuf Öztürk")}
Fischhandel {P("Öztürk")}
{A("Heikendorfer Weg 23")}
{A("24149 Kiel")}

Standplatzvertrag: {AZ("WMK-2024-0157")}
Datum: 03.03.2025

Wochenmarkt Blücherplatz – Ihr Antrag auf vorzeitigen Abbau freitags

Sehr geehrter Herr {P("Öztürk")},

Sie haben mit Schreiben vom 17.02.2025 beantragt, Ihren Fischstand (Platz B-14) freitags bereits um 12:30 Uhr abbauen zu dürfen. Zur Begründung führen Sie aus, dass Sie als praktizierender Muslim am Freitagsgebet in der Moschee in der Iltisstraße teilnehmen möchten und der Marktbetrieb nach der Marktsatzung bis 13:00 Uhr dauert.

Ich gestatte Ihnen ab dem 07.03.2025 widerruflich, freitags ab 12:30 Uhr abzubauen, unter folgenden Bedingungen:
1. Der Abbau erfolgt ohne Fahrzeugbewegung über die Marktfläche; Ihr Kühlfahrzeug ({KFZ("KI-YÖ 314")}) bleibt bis 13:15 Uhr auf dem zugewiesenen Stellplatz am Rand.
2. Die Standfläche ist bis 12:45 Uhr besenrein zu verlassen.
3. Die Absprache mit dem Marktmeister, Herrn {P("Gerrit Ahlers")}, ist einzuhalten.

Das Standgeld ändert sich nicht. Es wird weiterhin monatlich per SEPA-Lastschrift von Ihrem Konto {IB(oeztuerk_iban)} eingezogen (Mandatsreferenz {AZ("WMK-2024-0157-M1")}).

Mit freundlichen Grüßen
Im Auftrag
{P("Wiebke Jessen")}
Telefon {T(TEL_JESSEN)}""", ["RELIGION"])


# ---------------------------------------------------------------- checks and output
def _iban_ok(v):
    s = v.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


assert len(docs) == 30
assert [d["id"] for d in docs] == [f"F124-{i:03d}" for i in range(1, 31)]
total = sum(len(d["entities"]) for d in docs)
assert 450 <= total <= 650, total
channels = [d["channel"] for d in docs]
assert channels.count("outlook") == 15 and channels.count("word") == 15
for d in docs:
    for e in d["entities"]:
        if e["category"] == "IBAN":
            assert _iban_ok(e["text"]), e
        if e["category"] == "CREDIT_CARD":
            digits = e["text"].replace(" ", "")
            assert luhn_check(digits[:-1]) == int(digits[-1]), e
    for n in d["neutral"]:
        if n["text"].startswith("DE") and len(n["text"].replace(" ", "")) == 22:
            assert _iban_ok(n["text"]), n

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "fresh124.jsonl"), "w", encoding="utf-8", newline="\n") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
