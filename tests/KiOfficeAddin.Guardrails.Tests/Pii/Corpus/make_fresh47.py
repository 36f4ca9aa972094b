#!/usr/bin/env python3
"""Batch 47: a blind held-out set from an invented rural Amt in Vorpommern (Amt Peenetal-Land,
Landkreis Vorpommern-Süd). Writes fresh47.jsonl next to this file."""
import sys

sys.dont_write_bytecode = True
import collections
import json
import os

CORPUS = "/work/main/tests/KiOfficeAddin.Guardrails.Tests/Pii/Corpus"
sys.path.insert(0, CORPUS)
from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban, mod11_10_check, luhn_check, icao_check  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ids = Identifiers(4747)
rng = ids.rng


# ---------------------------------------------------------------- identifier helpers and self-checks
def iban_ok(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def luhn_ok(num):
    d = num.replace(" ", "").replace("-", "")
    return luhn_check(d[:-1]) == int(d[-1])


def tax_id_ok(t):
    d = t.replace(" ", "")
    counts = [d[:10].count(x) for x in "0123456789"]
    return (len(d) == 11 and d[0] != "0" and max(counts) <= 3 and sum(1 for c in counts if c >= 2) == 1
            and mod11_10_check(d[:10]) == int(d[10]))


def vat_ok(v):
    return v.startswith("DE") and len(v) == 11 and mod11_10_check(v[2:10]) == int(v[10])


def ssn_ok(s):
    d = s.replace(" ", "")
    head, letter, serial, check = d[:8], d[8], d[9:11], int(d[11])
    code = ord(letter) - ord("A") + 1
    values = [int(c) for c in head] + [code // 10, code % 10] + [int(c) for c in serial]
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum((v * w) // 10 + (v * w) % 10 for v, w in zip(values, weights)) % 10 == check


def kvnr_ok(k):
    code = ord(k[0]) - ord("A") + 1
    assert len(k) == 10 and k[0].isalpha() and k[1:].isdigit(), k
    values = [code // 10, code % 10] + [int(c) for c in k[1:9]]
    s = sum(((v * (1 if i % 2 == 0 else 2)) // 10 + (v * (1 if i % 2 == 0 else 2)) % 10)
            for i, v in enumerate(values)) % 10
    return s == int(k[9])


def pl_id_card():
    """Polish dowód osobisty: AAA + check digit + 5 digits; weights 7,3,1,9,7,3,1,7,3, sum mod 10 == 0."""
    letters = "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUWXYZ") for _ in range(3))
    tail = ids.digits(5)
    vals = [ord(c) - 55 for c in letters]
    s = sum(v * w for v, w in zip(vals, (7, 3, 1))) + sum(int(c) * w for c, w in zip(tail, (7, 3, 1, 7, 3)))
    return f"{letters}{s % 10}{tail}"


def pl_id_ok(v):
    vals = [ord(c) - 55 for c in v[:3]] + [int(c) for c in v[3:]]
    return sum(a * w for a, w in zip(vals, (7, 3, 1, 9, 7, 3, 1, 7, 3))) % 10 == 0


def ssn_grouped(ddmmyy, letter):
    s = ids.social_security(ddmmyy, letter)
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"


def tax_number_mv():
    return f"{rng.choice(['079', '081', '084', '086'])}/{ids.digits(3)}/{ids.digits(5)}"


# ---------------------------------------------------------------- values
V = {}
V["amt_iban"] = group(ids.iban_de(), 4)                       # the Amt's own account: neutral
V["kreis_iban"] = group(ids.iban_de(), 4)                     # Landkreis account: neutral
V["idc_dreyer"] = ids.id_card(check_digit=False)
V["idc_pl"] = pl_id_card()
V["pass_klassen1"] = "75 " + ids.digits(7, True)
V["pass_klassen2"] = V["pass_klassen1"][:3] + str(int(V["pass_klassen1"][3:]) + 8)
_t = ids.tax_id()
V["tid_klassen"] = f"{_t[:2]} {_t[2:5]} {_t[5:8]} {_t[8:]}"
V["ssn_klassen"] = ssn_grouped("110562", "K")
V["pass_melnyk"] = "FX" + ids.digits(6, True)
V["tnr_nguyen"] = tax_number_mv()
V["vat_nguyen"] = ids.vat_id()
V["ssn_wittstock"] = ssn_grouped("180138", "W")
V["kv_wittstock"] = ids.health_insurance()
V["iban_wittstock"] = group(ids.iban_de(), 4)
V["iban_bruesehaber"] = group(ids.iban_de(), 4)
V["idc_hoffmann"] = ids.id_card(check_digit=True)
V["pass_alkhatib"] = ids.passport(check_digit=False)
V["pass_papadopoulou"] = ids.passport(check_digit=True)
V["idc_okafor"] = ids.id_card(check_digit=False)
V["cc_wisniewski"] = group(ids.credit_card("4", 16), 4)
V["pass_shevchuk"] = "EK " + ids.digits(6, True)
V["idc_ahlgrimm"] = ids.id_card(check_digit=True)
V["iban_krueger"] = ids.iban_de()                             # written unspaced
V["tnr_krueger"] = tax_number_mv()
V["iban_at"] = group(mod97_iban("AT", "20503" + ids.digits(11)), 4)
V["ssn_wiebe"] = ssn_grouped("241249", "W").replace(" ", "")
V["kv_wiebe"] = ids.health_insurance()
_fa = rng.choice(["079", "081", "084", "086"])
V["tnr_lobianco"] = "4" + _fa + "0" + ids.digits(3) + ids.digits(5)
V["vat_lobianco"] = ids.vat_id()
_t = ids.tax_id()
V["tid_schmoock"] = f"{_t[:2]} {_t[2:5]} {_t[5:8]} {_t[8:]}"
V["kv_tesfaye"] = ids.health_insurance()
V["cc_tesfaye"] = group(ids.credit_card("53", 16), 4)
V["pass_tesfaye"] = "P" + ids.digits(7, True)
V["idc_vogel"] = ids.id_card(check_digit=False)

checks = [iban_ok(V[k]) for k in ("amt_iban", "kreis_iban", "iban_wittstock", "iban_bruesehaber", "iban_krueger",
                                  "iban_at")]
assert all(checks), checks
assert all(tax_id_ok(V[k]) for k in ("tid_klassen", "tid_schmoock"))
assert all(vat_ok(V[k]) for k in ("vat_nguyen", "vat_lobianco"))
assert all(ssn_ok(V[k]) for k in ("ssn_klassen", "ssn_wittstock", "ssn_wiebe"))
assert all(kvnr_ok(V[k]) for k in ("kv_wittstock", "kv_wiebe", "kv_tesfaye"))
assert all(luhn_ok(V[k]) for k in ("cc_wisniewski", "cc_tesfaye"))
assert pl_id_ok(V["idc_pl"]) and pl_id_ok("ABA300000")
for k in ("idc_hoffmann", "idc_ahlgrimm", "pass_papadopoulou"):
    assert icao_check(V[k][:9]) == int(V[k][9]), k

AMT_FOOT = ("Amt Peenetal-Land · [[N|Markt 1 · 17398 Peenekamp]] · Telefon [[N|039724 870-0]] · "
            "[[N|poststelle@amt-peenetal-land.de]]\nSparkasse Vorpommern-Süd · IBAN [[N|" + V["amt_iban"] + "]]")

DOCS = []


def doc(channel, template, text, flags=()):
    DOCS.append((channel, template, text.strip("\n"), list(flags)))


# ---------------------------------------------------------------- F47-001 Ordnungsamt: Verfügung Hund
doc("word", "ordnungsamt_hund", f"""
Amt Peenetal-Land · Der Amtsvorsteher · Ordnungsamt

Herrn
[[P|Wiktor Iwanowitsch Becker]]
[[A|Ausbau 3]]
[[A|17398 Groß Wiesenthal OT Kleeberg]]

Unser Zeichen: [[AZ|32.1-HuV-0417/25]]
Bearbeiterin: [[P|Sabine Lemke]], Telefon [[T|039724 870-213]]
Datum: 12.08.2025

Ordnungsbehördliche Verfügung nach § 16 SOG M-V – Leinen- und Maulkorbpflicht für Ihren Hund „Rex“

Sehr geehrter Herr [[P|Becker]],

am 29.07.2025 hat Ihr Schäferhundmischling „Rex“ auf dem Gemeindeweg zwischen Kleeberg und Groß Wiesenthal eine Spaziergängerin angesprungen und zu Boden gestoßen. Der Vorfall wurde von Herrn [[P|Dariusz Wąsik]], Erntehelfer auf dem Hof [[P|Brüsehaber]], beobachtet und bestätigt. Nach Ihrer Anhörung (Ihre Stellungnahme vom 05.08.2025) ordne ich an:

1. Der Hund ist außerhalb Ihres eingefriedeten Grundstücks an einer höchstens 2 m langen Leine zu führen.
2. Auf öffentlichen Wegen und bei Veranstaltungen im Gemeindegebiet hat der Hund einen Maulkorb zu tragen.
3. Für den Fall der Zuwiderhandlung gegen Nr. 1 oder 2 wird ein Zwangsgeld von 250,00 EUR angedroht.

Für diese Verfügung wird eine Verwaltungsgebühr von 85,00 EUR erhoben. Bitte überweisen Sie den Betrag bis zum 15.09.2025 unter Angabe des Kassenzeichens [[AZ|5.1100.004127]].

Rechtsbehelfsbelehrung: Gegen diese Verfügung kann innerhalb eines Monats nach Bekanntgabe Widerspruch beim Amt Peenetal-Land, Der Amtsvorsteher, [[N|Markt 1, 17398 Peenekamp]], erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Lemke]]

{AMT_FOOT}
""")

# ---------------------------------------------------------------- F47-002 Friedhof: Verlängerung Nutzungsrecht
doc("word", "friedhof_gebuehr", f"""
Amt Peenetal-Land – Friedhofsverwaltung

Frau
[[P|Marlies Kowalke-Thiede]]
[[A|Am Mühlenberg 14 b]]
[[A|17399 Lübzin]]

Kassenzeichen: [[AZ|6.2200.001988]]
Grabstätte: Friedhof Lübzin, [[N|Abt. III, Reihe 4, Nr. 17/18]] (Doppelwahlgrab)
Peenekamp, 03.09.2025

Gebührenbescheid – Verlängerung des Nutzungsrechts an einer Wahlgrabstätte

Sehr geehrte Frau [[P|Kowalke-Thiede]],

das Nutzungsrecht an der o. g. Grabstätte, in der Ihre Eltern [[P|Erna Kowalke]] geb. [[P|Schulz]] (* [[DOB|14.03.1931]], † 02.11.2004) und [[P|Gerhard Kowalke]] beigesetzt sind, läuft am 31.12.2025 ab. Auf Ihren Antrag vom 18.08.2025 verlängere ich das Nutzungsrecht um zehn Jahre bis zum 31.12.2035.

Nach der Friedhofsgebührensatzung (Tarifstelle 1.2) ergeben sich 10 Jahre × 38,50 EUR = 385,00 EUR.

Bitte überweisen Sie den Betrag bis zum 30.09.2025 unter Angabe des Kassenzeichens. Eine Ratenzahlung ist möglich; wenden Sie sich dazu an die Amtskasse, Telefon [[N|039724 870-170]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Gudrun Behnke]]
Friedhofsverwaltung · [[N|friedhof@amt-peenetal-land.de]]
""")

# ---------------------------------------------------------------- F47-003 Jagdbehörde: Vermerk Eignung (HEALTH)
doc("word", "jagd_vermerk", f"""
Landkreis Vorpommern-Süd
Untere Jagdbehörde
Az.: [[AZ|JB 33-115/2025]]

Vermerk über die Prüfung der Zuverlässigkeit und persönlichen Eignung (§ 17 BJagdG)

Antragsteller: [[P|Jörg-Henning Dreyer]], geb. [[DOB|22.10.1967]] in Demmin
Anschrift: [[A|Dorfstraße 41]], [[A|17398 Groß Wiesenthal]]
Personalausweis: [[IDC|{V["idc_dreyer"]}]]
Jagdschein Nr. [[N|VS-2019-0342]] (gültig bis 31.03.2025)

Sachverhalt:
Herr [[P|Dreyer]] beantragte am 14.03.2025 die Verlängerung seines Jahresjagdscheins. Die Polizeiinspektion teilte mit Schreiben vom 02.04.2025 mit, dass er am 17.01.2025 eine Trunkenheitsfahrt (1,9 ‰) mit dem Pkw [[KFZ|ANK-JD 622]] begangen hat. Auf Anforderung legte Herr [[P|Dreyer]] ein Attest seines Hausarztes [[P|Dr. med. Kai Rußbüldt]] vor, wonach er sich seit Mai 2025 wegen einer Alkoholabhängigkeit in ambulanter Suchtbehandlung befindet.

Bewertung:
Nach § 17 Abs. 1 Satz 2 BJagdG i. V. m. § 6 WaffG fehlt bei Alkoholabhängigkeit die persönliche Eignung. Der Jagdschein ist zu versagen. Die Waffenbehörde (Frau [[P|Tanja Wollenberg]]) wurde unterrichtet; die beiden Langwaffen werden bis zur Entscheidung bei einem berechtigten Jagdkameraden verwahrt.

Die Jäger der Hegegemeinschaft Peenetal wurden nicht informiert.

[[P|M. Ohlerich]], 11.06.2025
""", ["HEALTH"])

# ---------------------------------------------------------------- F47-004 Schiedsstelle: Niederschrift
doc("word", "schiedsstelle_protokoll", """
Schiedsstelle des Amtes Peenetal-Land

Niederschrift über die Schlichtungsverhandlung
Register-Nr.: [[AZ|SchSt 09/2025]]
Verhandlung am 16.09.2025, 17:00 Uhr, Gemeindehaus Sarnow

Antragsteller: [[P|Dimitrios Karagiannis]], [[A|Lindenallee 7]], [[A|17392 Sarnow]]
Antragsgegnerin: [[P|Bożena Ratajczak-Hübner]], [[A|Lindenallee 9]], [[A|17392 Sarnow]]

Gegenstand: Rückschnitt der Thujahecke auf der Grenze der Flurstücke 112/3 und 112/4 (Flur 2, Gemarkung Sarnow); Lärm durch den Hahn der Antragsgegnerin in den frühen Morgenstunden.

Die Schiedsperson erörterte mit den Parteien die Sach- und Rechtslage nach dem Schiedsstellen- und Schlichtungsgesetz M-V und § 910 BGB. Die Parteien schließen folgenden Vergleich:

1. Frau [[P|Ratajczak-Hübner]] schneidet die Hecke bis zum 31.10.2025 auf eine Höhe von 1,80 m zurück.
2. Der Antragsteller beteiligt sich an den Entsorgungskosten des Schnittguts mit 60,00 EUR.
3. Der Hahn wird von 22:00 bis 7:00 Uhr im geschlossenen Stall gehalten, im Winter bis 8:00 Uhr.
4. Die Kosten des Verfahrens (Gebühr 25,00 EUR, Auslagen 6,40 EUR) tragen die Parteien je zur Hälfte.

Vorgelesen, genehmigt und unterschrieben.

gez. [[P|D. Karagiannis]]     gez. [[P|B. Ratajczak-Hübner]]     gez. [[P|K.-H. Wollin]], Schiedsperson
""")

# ---------------------------------------------------------------- F47-005 Gemeindevertretung: Niederschrift (POLITICS)
doc("word", "gv_niederschrift", """
Gemeinde Groß Wiesenthal
Niederschrift über die 14. Sitzung der Gemeindevertretung am 24.06.2025
Sitzungsort: Dorfgemeinschaftshaus Kleeberg, Beginn 19:00 Uhr, Ende 21:40 Uhr

Anwesend:
Bürgermeister [[P|Uwe Prestin]] (Wählergemeinschaft „Unser Dorf“)
[[P|Rüdiger Stechow]] (CDU)
[[P|Nikolai Schönfeld]] (AfD)
[[P|Dr. Friederike von der Osten]] (Bündnis 90/Die Grünen)
sowie vier weitere Gemeindevertreter laut Anwesenheitsliste (Anlage 1)
Entschuldigt: [[P|Enrico Pagel]] (SPD)
Protokoll: Amt Peenetal-Land

TOP 3 Einwohnerfragestunde
Herr [[P|Ewald Gramkow]] ([[A|Kleeberg 12]]) fragt nach der Straßenbeleuchtung in der Dorfstraße. Der Bürgermeister sagt eine Prüfung zu.

TOP 5 Satzungsbeschluss Bebauungsplan Nr. 7 „Solarpark Kleeberg-Süd“ – Drucksache [[N|GV-GW/2025/031]]
Beschluss: 6 Ja, 1 Nein ([[P|Schönfeld]]), 0 Enthaltungen. Herr [[P|Stechow]] erklärt sich nach § 24 KV M-V für befangen (Eigentümer des Flurstücks 45/2) und nimmt im Zuschauerraum Platz.

TOP 8 Vergabe Winterdienst 2025/26
Der Auftrag geht an ein Lohnunternehmen aus Sarnow zum Angebotspreis von 4.210,00 EUR brutto (Angebot Nr. 2025-118).

[[P|Uwe Prestin]], Bürgermeister          [[P|J. Tesch]], Protokollführerin
""", ["POLITICS"])

# ---------------------------------------------------------------- F47-006 Bürgerbüro: Spätaussiedler (ETHNICITY, RELIGION)
doc("word", "melde_spaetaussiedler", f"""
Bürgerbüro Peenekamp – Vermerk zur Anmeldung (Zuzug aus dem Ausland)
Datum: 07.07.2025          Sachbearbeiter: [[P|Tobias Rathke]]

Vorgesprochen hat ein Ehepaar, Zuzug aus Omsk (Russische Föderation) über das Grenzdurchgangslager Friedland:

1. [[P|Jakob Petrowitsch Klassen]], geb. [[DOB|11.05.1962]] in Isilkul, Reisepass Nr. [[PASS|{V["pass_klassen1"]}]]
2. [[P|Lidia Iwanowna Klassen]] geb. [[P|Wiebe]], geb. [[DOB|28.08.1964]], Reisepass Nr. [[PASS|{V["pass_klassen2"]}]]

Neue Anschrift ab 01.07.2025: [[A|Feldstraße 3]], [[A|17398 Peenekamp]].

Vorgelegt wurden der Registrierschein und die Bescheinigungen nach § 15 Abs. 1 BVFG (Spätaussiedler deutscher Volkszugehörigkeit). Religionszugehörigkeit laut Angabe: evangelisch-mennonitisch (im Melderegister „sonstige“, keine Kirchensteuerpflicht).

Das BZSt hat für Herrn [[P|Klassen]] die Steuer-ID [[TID|{V["tid_klassen"]}]] mitgeteilt; die Rentenversicherungsnummer lautet [[SSN|{V["ssn_klassen"]}]]. Die Angleichung der Vatersnamen nach § 94 BVFG wurde erläutert, die Eheleute möchten sie zunächst nicht.

Rückfragen über die Tochter [[P|Swetlana]]: [[T|0157 83 44 19 20]].
""", ["ETHNICITY", "RELIGION"])

# ---------------------------------------------------------------- F47-007 Ordnungsamt: Tabelle ruhender Verkehr
doc("word", "ordnungsamt_liste", """
Ordnungsamt Peenetal-Land – Verwarnungsgelder ruhender Verkehr, August 2025 (Stand 01.09.2025)

Lfd. | Kassenzeichen | Kennzeichen | Halter/in | Tatort | Betrag | Status
1 | [[AZ|5.1400.008813]] | [[KFZ|ZPL 5483J]] | [[P|Wiśniewski, Krzysztof]] | Sarnow, Hafenstraße | 35,00 € | Widerspruch per Mail
2 | [[AZ|5.1400.008815]] | [[KFZ|DM-K 71]] | Agrargenossenschaft Peenetal eG | Lübzin, Dorfstraße | 55,00 € | Anhörung
3 | [[AZ|5.1400.008820]] | [[KFZ|HRO-EK 88]] | [[P|Kalinowski, Eckhard]] | Groß Wiesenthal, Kirchplatz | 30,00 € | Halteranfrage KBA

Anmerkung: Zu Nr. 1 wird Kreditkartenzahlung angeboten, bitte mit der Kasse klären. Zu Nr. 3: Herr [[P|Kalinowski]] ist laut Melderegister verzogen nach [[A|Am Stadthafen 4]], [[A|18055 Rostock]].

Erstellt: [[P|R. Ziemer]], Ordnungsamt, Tel. [[T|039724 870-225]]
""")

# ---------------------------------------------------------------- F47-008 Fischereibehörde: Verwarnung polnischer Angler
doc("word", "fischerei_verwarnung", f"""
Landkreis Vorpommern-Süd · Untere Fischereibehörde
[[N|Am Wall 5 · 17389 Pasenow]]

Pan
[[P|Mirosław Dąbrowski]]
[[A|ul. Bolesława Chrobrego 27/4]]
[[A|72-010 Police]]
POLEN

Aktenzeichen: [[AZ|FiB 7.3-0612/25]]
Datum: 05.09.2025

Verwarnung mit Verwarnungsgeld – Angeln ohne gültigen Fischereischein am Peenestrom bei Sarnow

Sehr geehrter Herr [[P|Dąbrowski]],

am 23.08.2025 gegen 06:15 Uhr wurden Sie von der Fischereiaufsicht an der Badestelle Sarnow beim Angeln mit zwei Ruten angetroffen. Einen gültigen Fischereischein oder Touristenfischereischein konnten Sie nicht vorlegen. Zur Identifizierung legten Sie Ihren polnischen Personalausweis (dowód osobisty) Nr. [[IDC|{V["idc_pl"]}]] vor; Ihr Pkw [[KFZ|ZPL 91AC7]] stand auf dem Parkplatz am Deich. Die Berufsfischer hatten in diesem Bereich Reusen gesetzt, ein Fischer hatte die Aufsicht verständigt.

Gemäß § 56 OWiG erteile ich Ihnen eine Verwarnung mit einem Verwarnungsgeld von 35,00 EUR. Bitte zahlen Sie binnen einer Woche auf das Konto des Landkreises, IBAN [[N|{V["kreis_iban"]}]], Verwendungszweck: Aktenzeichen.

Bei Rückfragen in polnischer Sprache erreichen Sie Frau [[P|Katarzyna Nowicka-Behm]] unter [[E|k.nowicka-behm@vorpommern-sued.de]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Dr. Ulrike Fährmann]]
""")

# ---------------------------------------------------------------- F47-009 Ausländerangelegenheiten: Erfassung Ukraine (BIOMETRIC)
doc("word", "auslaender_erfassung", f"""
Amt Peenetal-Land – Bürgerbüro (Außenstelle der Ausländerbehörde Vorpommern-Süd)
Erfassungsbogen Aufenthalt nach § 24 AufenthG – Schutzsuchende aus der Ukraine

Vorgangsnummer: [[AZ|AB-24-2025-0381]]
Familienname: [[P|Melnyk]]
Vorname(n): [[P|Oksana Wolodymyriwna]]
Geburtsdatum: [[DOB|17.04.1988]]        Geburtsort: Charkiw
Reisedokument: biometrischer Reisepass der Ukraine Nr. [[PASS|{V["pass_melnyk"]}]]
Anschrift: [[A|Gartenweg 6]], [[A|17399 Lübzin]] (private Unterkunft)
Telefon: [[T|0152 2870 4316]] (auch WhatsApp)

Mitreisende Kinder:
- [[P|Melnyk, Danylo]], geb. [[DOB|03.12.2013]]
- [[P|Melnyk, Sofiia]], geb. [[DOB|21.06.2019]]

Erkennungsdienstliche Behandlung: Fingerabdrücke (beide Zeigefinger) und Lichtbild am 14.07.2025 erfasst und an das Kerndatensystem übermittelt. Bei [[P|Sofiia]] wegen des Alters keine Fingerabdrücke.

Sachbearbeitung/Dolmetschung: [[P|O. Pawlenko]]
""", ["BIOMETRIC"])

# ---------------------------------------------------------------- F47-010 Friedhof: Ausgrabung für DNA-Gutachten (GENETIC)
doc("word", "friedhof_vermerk", """
Friedhofsverwaltung – Vermerk

Betr.: Ausgrabung der Leiche des [[P|Siegfried Manthey]] (geb. [[DOB|19.02.1951]], verst. 08.03.2023), Friedhof Groß Wiesenthal, [[N|Feld B, Reihe 2, Grab 9]]

1. Das Amtsgericht Pasenow – Familiengericht – übersandte am 21.07.2025 den Beschluss im Verfahren [[AZ|4 F 117/25]] (Feststellung der Vaterschaft). Antragstellerin ist Frau [[P|Jacqueline Brandenburg]], vertreten durch Rechtsanwalt [[P|Hauke Petersen-Iwersen]], [[A|Steinstraße 11]], [[A|17389 Pasenow]].
2. Angeordnet ist die Entnahme von Gewebeproben für ein DNA-Abstammungsgutachten. Ein Vorabvergleich mit der Speichelprobe der Halbschwester [[P|Carola Manthey]] ergab bereits eine Verwandtschaftswahrscheinlichkeit von 99,2 % zu Frau [[P|Brandenburg]].
3. Die Nutzungsberechtigte, die Witwe [[P|Helga Manthey]], wurde am 28.07.2025 telefonisch ([[T|039724 5 13 87]]) unterrichtet. Sie widerspricht nicht, bittet aber um Wiederherstellung der Grabstätte auf Kosten der Antragstellerin.
4. Kosten nach Tarifstelle 5.1 der Friedhofsgebührensatzung (Ausgrabung): 640,00 EUR; Kassenzeichen folgt.

[[P|G. Behnke]], 30.07.2025
""", ["GENETIC"])

# ---------------------------------------------------------------- F47-011 Gewerbeanmeldung Datenblatt
doc("word", "gewerbe_anmeldung", f"""
Gewerbeanmeldung nach § 14 GewO – Datenblatt
Amt Peenetal-Land, Ordnungsamt, Gewerbeangelegenheiten
Registriernummer: [[AZ|GA-2025-0142]]

Angaben zum Betriebsinhaber
1  Name: [[P|Nguyễn]]
2  Vorname: [[P|Văn Hùng]]
4  Geburtsdatum: [[DOB|08.01.1976]]        Geburtsort: Hải Phòng (Vietnam)
6  Wohnanschrift: [[A|Bahnhofstraße 19]], [[A|17398 Peenekamp]]
7  Mobil: [[T|0163 4471 205]]
8  E-Mail: [[E|hung.nguyen.asia-imbiss@web.de]]

Angaben zum Betrieb
Asia-Imbiss „Hạ Long“, Imbisswagen, Standplatz: Peenekamp, Parkplatz Am Bollwerk
Tätigkeit: Imbiss, Verkauf von Speisen und alkoholfreien Getränken; Beginn: 01.10.2025
Steuernummer: [[TNR|{V["tnr_nguyen"]}]]          USt-IdNr.: [[VAT|{V["vat_nguyen"]}]]
Beschäftigte: 1 Vollzeit (Ehefrau [[P|Trần Thị Mai]]), 2 Teilzeit

Bemerkung: Belehrung nach § 43 IfSG liegt für beide vor. Gaststättenerlaubnis nicht erforderlich.
Bearbeitet: Ordnungsamt, 22.09.2025
""")

# ---------------------------------------------------------------- F47-012 Brief einer älteren Bürgerin (HEALTH)
doc("word", "friedhof_brief_buergerin", f"""
[[P|Hildegard Wittstock]]
[[A|Ausbau 11]]
[[A|17399 Lübzin OT Karnitz]]
Tel. [[T|039723 2 04 61]]

An das
Amt Peenetal-Land
Friedhofsverwaltung
[[N|Markt 1]]
[[N|17398 Peenekamp]]

                                              Karnitz, den 2.9.2025

Betr.: Grabgebühren für das Grab meines Mannes [[P|Otto Wittstock]]
       Ihr Schreiben vom 12.08.2025, Kassenzeichen [[AZ|6.2200.002315]]

Sehr geehrte Damen und Herren,

ich bin 87 Jahre alt und habe nur meine kleine Rente. Die Rechnung über 412,50 EUR kann ich nicht auf einmal bezahlen. Ich bitte um Ratenzahlung, vielleicht 40 Euro im Monat.

Seit meiner Hüftoperation im Frühjahr und wegen dem grauen Star kann ich auch nicht mehr selbst zum Friedhof. Meine Enkelin [[P|Jessica]] pflegt das Grab jetzt, wenn sie aus Hamburg kommt.

Die Rentenbescheinigung lege ich bei, da steht meine Versicherungsnummer [[SSN|{V["ssn_wittstock"]}]] drauf. Die Frau vom Sozialamt hat gesagt, ich soll auch die Nummer von der Krankenkasse angeben, die ist [[KV|{V["kv_wittstock"]}]]. Geboren bin ich am [[DOB|18. Januar 1938]], falls Sie das brauchen.

Das Geld bitte abbuchen von meinem Konto: [[IBAN|{V["iban_wittstock"]}]]

Hochachtungsvoll

[[P|Hildegard Wittstock]]

P.S. Meine Nachbarin, Frau [[P|Schümann]], hat mir beim Schreiben geholfen.
""", ["HEALTH"])

# ---------------------------------------------------------------- F47-013 Wildschaden: Niederschrift Ortstermin
doc("word", "wildschaden_protokoll", f"""
Amt Peenetal-Land – Vorverfahren in Wildschadenssachen (§ 35 BJagdG)
Niederschrift über den Ortstermin
Az.: [[AZ|WS 02/2025]]
Ort: Schlag „Langer Kamp“, Gemarkung Kleeberg, Flur 3, Flurstücke 88 und 89 (6,2 ha Mais); Termin: 18.09.2025, 10:00 Uhr

Geschädigter: Landwirt [[P|Heiko Brüsehaber]], [[A|Gut Wendorf 2]], [[A|17398 Groß Wiesenthal]]
Ersatzpflichtig: Jagdpächter [[P|Dr. Konstantin Graf von Schwerin-Lanke]], vertreten durch den Jagdaufseher [[P|Mathias Tews]] (Tel. [[T|0162 730 18 44]])
Wildschadensschätzer: [[P|Reinhard Klütz]]

Feststellungen: Schaden durch Schwarzwild auf ca. 1,4 ha; Ertragsausfall 38 dt/ha zu 21,00 EUR/dt, zusammen 1.117,20 EUR.
Einigung: Der Jagdaufseher erkennt für den Jagdpächter einen Ersatzbetrag von 1.100,00 EUR an, zahlbar bis 31.10.2025 an den Agrarbetrieb [[P|Brüsehaber]] GbR, IBAN [[IBAN|{V["iban_bruesehaber"]}]]. Der Schätzer berechnet 180,00 EUR (Rechnung Nr. 2025-044).

Die Unterschriften der Beteiligten liegen im Original vor. Für das Amt: [[P|S. Lemke]]
""")

# ---------------------------------------------------------------- F47-014 Bürgerbüro: Abholliste Ausweisdokumente
doc("word", "buergerbuero_abholliste", f"""
Bürgerbüro Peenekamp – Abholliste Ausweisdokumente, Lieferung Bundesdruckerei vom 15.09.2025
Nur für den Dienstgebrauch

Nr. | Name, Vorname | geb. | Dokument | Seriennummer | Bemerkung
1 | [[P|Al-Khatib, Rami]] | [[DOB|01.01.1991]] | Reisepass | [[PASS|{V["pass_alkhatib"]}]] | –
2 | [[P|Papadopoulou, Eleni]] | [[DOB|25.07.1972]] | Reisepass | [[PASS|{V["pass_papadopoulou"]}]] | Abholung durch Ehemann mit Vollmacht
3 | [[P|Vogel, Ines]] | [[DOB|30.10.1959]] | Personalausweis | [[IDC|{V["idc_vogel"]}]] | neue Anschrift [[A|Feldstraße 8]] eintragen

Nicht abgeholte Dokumente werden nach drei Monaten an die Bundesdruckerei zurückgegeben (Vermerk [[P|T. Rathke]]).
""")

# ---------------------------------------------------------------- F47-015 Ordnungsamt: Kostenbescheid Fundtier
doc("word", "ordnungsamt_fundtier", f"""
Amt Peenetal-Land · Ordnungsamt
[[N|Markt 1 · 17398 Peenekamp]] · Telefon [[N|039724 870-0]] · Telefax [[N|039724 870-199]]

Herrn
[[P|Ahmad Rahimi]]
c/o [[P|Doreen Fiedler]]
[[A|Schulstraße 4 a]]
[[A|17392 Sarnow]]

Kassenzeichen [[AZ|5.1300.000963]]
Peenekamp, 26.09.2025

Kostenbescheid – Unterbringung eines Fundtieres (Hund „Lucky“)

Sehr geehrter Herr [[P|Rahimi]],

Ihr Hund wurde am 06.09.2025 frühmorgens vor dem Bäcker am Markt von Frau [[P|Gisela Winter]] aufgegriffen und in das Tierheim Pasenow gebracht. Über den Transponder (Nr. [[N|276 0981 0034 5521]]) wurden Sie als Halter ermittelt; am 09.09.2025 haben Sie den Hund abgeholt. Frau [[P|Winter]] verzichtet auf Finderlohn.

Kosten: Unterbringung 3 Tage × 18,00 EUR = 54,00 EUR; tierärztliche Untersuchung 42,80 EUR; Transport 25,00 EUR; Verwaltungsgebühr 30,00 EUR; zusammen 151,80 EUR.

Bitte zahlen Sie bis zum 27.10.2025 auf das Konto des Amtes, IBAN [[N|{V["amt_iban"]}]].

Rechtsbehelfsbelehrung: Widerspruch ist innerhalb eines Monats beim Amt Peenetal-Land, [[N|Markt 1, 17398 Peenekamp]], einzulegen.

Mit freundlichen Grüßen
Im Auftrag
[[P|Robert Ziemer]]
Durchwahl [[T|039724 870-225]] · [[E|r.ziemer@amt-peenetal-land.de]]
""")

# ================================================================ Outlook
# ---------------------------------------------------------------- F47-016 Beschwerde Nachbar, klein geschrieben
doc("outlook", "ordnungsamt_beschwerde", """
Von: [[E|moni.schwanke@t-online.de]]
Gesendet: Montag, 4. August 2025 21:47
An: [[N|ordnungsamt@amt-peenetal-land.de]]
Betreff: schon wieder!!!

hallo ordnungsamt,

ich weiß nich wie oft ich noch anrufen soll. der nachbar von gegenüber, dieser [[P|waldemar]] (nachname weiß ich nich genau, [[P|friesen]] oder [[P|fresen]]), verbrennt schon wieder gartenabfall und plastik in ner tonne, der ganze qualm zieht bei uns rein. wir wohnen [[A|dorfstr 22]] in kleeberg, er hat die nummer gegenüber.
ausserdem läuft sein hund ständig frei rum, letzte woche hat er die hühner von frau [[P|grams]] gerissen.
bitte kommen sie mal abends vorbei dann sieht man es. sie können mich anrufen [[T|0173 9 42 18 60]], mein mann [[P|ronny]] geht auch ran.

lg [[P|monika schwanke]]

Von meinem iPhone gesendet
""")

# ---------------------------------------------------------------- F47-017 Weitergeleitet: polnischer Pendler, Kreditkarte
doc("outlook", "ordnungsamt_kreditkarte", f"""
Von: [[P|Ziemer, Robert]] <[[E|r.ziemer@amt-peenetal-land.de]]>
Gesendet: Mittwoch, 20. August 2025 11:02
An: Kasse Amt Peenetal-Land <[[N|kasse@amt-peenetal-land.de]]>
Betreff: WG: Parking ticket [[AZ|5.1400.008813]]

Hallo Kasse,

siehe unten. Der Herr möchte per Kreditkarte zahlen und hat die komplette Kartennummer gemailt. Geht das über unser ePayment? Sonst bitte ich ihn zu überweisen. Die Nummer bitte nirgends abspeichern.

Gruß
[[P|Robert Ziemer]]

-----Ursprüngliche Nachricht-----
Von: [[P|Krzysztof Wiśniewski]] <[[E|k.wisniewski@wp.pl]]>
Gesendet: Dienstag, 19. August 2025 22:15
An: [[N|ordnungsamt@amt-peenetal-land.de]]
Betreff: Parking ticket [[AZ|5.1400.008813]]

Dear Sir or Madam, sehr geehrte Damen und Herren,

sorry my German is not so good. I got a ticket (Verwarnung) for my car [[KFZ|ZPL 5483J]] in Sarnow, Hafenstraße on 12.08. I work at the shipyard in Wolgast and I did not see the sign "Anwohnerparken", it was behind a tree. If Widerspruch is not possible I want to pay by credit card, transfer from Polish bank takes long and costs fee.

Card: Visa [[CC|{V["cc_wisniewski"]}]], valid 09/27, name KRZYSZTOF WISNIEWSKI

Tel. [[T|+48 604 118 372]]

Best regards / Mit freundlichen Grüßen
[[P|Krzysztof Wiśniewski]]
""".replace("name KRZYSZTOF WISNIEWSKI", "name [[P|KRZYSZTOF WISNIEWSKI]]"))

# ---------------------------------------------------------------- F47-018 Ukrainische Geflüchtete: Termin für Mutter (HEALTH)
doc("outlook", "buergerbuero_ukraine", f"""
Von: [[P|Olena Shevchuk]] <[[E|olena.shevchuk.ua@gmail.com]]>
An: [[N|buergerbuero@amt-peenetal-land.de]]
Betreff: Anmeldung meine Mutter / Termin

Guten Tag Herr [[P|Pawlenko]],

Sie haben gesagt, ich kann schreiben wenn Problem. Meine Mutter [[P|Halyna Shevchuk]] (geb. [[DOB|02.02.1956]]) ist gestern aus Saporischschja gekommen, sie wohnt jetzt bei mir [[A|Am Sportplatz 3]], [[N|Whg. 5]] in [[A|17398 Peenekamp]]. Wir brauchen Termin für Anmeldung und Ausländerbehörde.

Sie hat nur alte Inlandspass (Nr. [[PASS|{V["pass_shevchuk"]}]]), keine biometrische Reisepass. Ist das ok?

Wichtig: Mutter hat Diabetes Typ 2 und nach Herzinfarkt 2023 kann sie nicht lange stehen und keine Treppen. Bitte Termin früh und nicht lange warten. Maybe you can come to our home? Die Ärztin in Pasenow, Frau [[P|Dr. Iryna Bondar]], kann Attest schreiben.

Мій номер / my number: [[T|0176 5520 9134]]

Дякую! Danke!
[[P|Олена Шевчук]]
""", ["HEALTH"])

# ---------------------------------------------------------------- F47-019 Hegering: Streckenliste + Jagdschein
doc("outlook", "jagd_mail", f"""
Von: [[P|Gunnar Ahlgrimm]] <[[E|ahlgrimm.gunnar@jagd-peenetal.de]]>
An: Untere Jagdbehörde <[[N|jagdbehoerde@vorpommern-sued.de]]>
Betreff: Streckenliste 2024/25 + Jagdschein

Moin Herr [[P|Ohlerich]],

anbei die Streckenliste für den Eigenjagdbezirk Kleeberg (Pächter ist ja der Herr [[P|von Schwerin-Lanke]]) und den GJB Groß Wiesenthal: 14 Stück Rotwild, 38 Sauen, 22 Rehe, 3 Marderhunde. ASP-Proben alle negativ.

Dann noch was: mein Jagdschein läuft am 31.03. ab, ich will ihn für 3 Jahre verlängern. Meine Daten: [[P|Ahlgrimm, Gunnar]], geb. [[DOB|13.07.1958]], [[A|Waldsiedlung 5]], [[A|17399 Lübzin]], Personalausweis neu: [[IDC|{V["idc_ahlgrimm"]}]].

Ach ja, der tote Vogel am Kiessee war ein Kormoran, kein Seeadler. Ist schon gemeldet.

Waidmannsheil
[[P|Gunnar Ahlgrimm]]
Obmann Hegering Peenetal
[[T|0172 3308 916]]
""")

# ---------------------------------------------------------------- F47-020 Berufsfischer: Reusendiebstahl, Erstattung
doc("outlook", "fischerei_mail", f"""
Von: [[P|Jens Krüger]] <[[E|jens.krueger.fischerei@t-online.de]]>
Gesendet: Freitag, 12. September 2025 05:58
An: Fischereibehörde Vorpommern-Süd <[[N|fischerei@vorpommern-sued.de]]>
Betreff: Reusen geklaut + Fischereiabgabe doppelt

Guten Morgen,

in der Nacht zum Donnerstag sind mir zwischen Sarnow und der Fähre wieder drei Reusen geklaut worden. Anzeige ist gemacht, Vorgangsnummer [[AZ|0614-025871-25/3]]. Die Fischer hier am Strom haben alle das gleiche Problem, seit die Angler mit ihren Booten bis an die Stellnetze ranfahren.

Zweitens hab ich die Fischereiabgabe 2025 doppelt bezahlt (einmal über die Genossenschaft, einmal selbst am 03.03.). Bitte die 24 EUR zurück aufs Geschäftskonto, [[IBAN|{V["iban_krueger"]}]]. Steuernummer [[TNR|{V["tnr_krueger"]}]], falls ihr das für die Buchung braucht.

Gruß vom Wasser
[[P|Jens Krüger]]
Fischereibetrieb [[P|Krüger]], [[A|Hafenweg 3]], [[A|17392 Sarnow]]
Mobil [[T|0151 1827 3304]]
""")

# ---------------------------------------------------------------- F47-021 Islamische Bestattung (RELIGION)
doc("outlook", "friedhof_bestattung", """
Von: [[P|Rania Haddad]] <[[E|rania.haddad@gmx.de]]>
An: [[N|friedhof@amt-peenetal-land.de]]
Betreff: Dringend: Beerdigung meines Vaters nach islamischem Ritus

Sehr geehrte Frau [[P|Behnke]],

mein Vater [[P|Mahmoud Haddad]], geboren am [[DOB|03.07.1949]] in Homs, ist heute Nacht verstorben. Wir sind Muslime und möchten ihn nach islamischem Brauch möglichst innerhalb von 24 Stunden bestatten, im Leichentuch und mit Ausrichtung des Grabes nach Mekka. Gibt es auf dem Friedhof Peenekamp dafür ein Grabfeld? Der Imam aus Greifswald, Herr [[P|Abdulrahman Saleh]], würde das Totengebet sprechen.

Mein Vater wohnte zuletzt bei uns in der [[A|Bahnhofstraße 27]], [[A|17398 Peenekamp]]. Sie erreichen mich jederzeit unter [[T|0157 3372 8195]].

Mit freundlichen Grüßen
[[P|Rania Haddad]]
""", ["RELIGION"])

# ---------------------------------------------------------------- F47-022 Schiedsstelle: Antrag, Beleidigung (SEXUAL_ORIENTATION)
doc("outlook", "schiedsstelle_antrag", """
Von: [[P|Marco Schliemann]] <[[E|m.schliemann@posteo.de]]>
An: [[N|schiedsstelle@amt-peenetal-land.de]]
Betreff: Antrag auf Sühneverfahren

Sehr geehrter Herr [[P|Wollin]],

mein Mann [[P|Jonas]] und ich wohnen seit März 2024 in der [[A|Lindenallee 12]] in [[A|17392 Sarnow]]. Seitdem beleidigt uns unser Nachbar [[P|Dieter Kaatz]] ([[A|Lindenallee 14]]) regelmäßig über den Zaun, zuletzt am 30.08. mit „Schwuchteln“ und „so was wie euch gab's hier früher nicht“. Außerdem hat er die Regenbogenfahne von unserem Carport gerissen. Zeugin war Frau [[P|Elżbieta Kamińska]] von gegenüber.

Vor einer Privatklage wegen Beleidigung möchten wir das Sühneverfahren bei Ihnen durchführen (§ 380 StPO). Welche Unterlagen brauchen Sie?

Beste Grüße
[[P|Marco Schliemann]]
Tel. [[T|0160 9 81 22 47]]
""".replace("Nachbar Kaatz", "Nachbar [[P|Kaatz]]"), ["SEXUAL_ORIENTATION"])

# ---------------------------------------------------------------- F47-023 Intern: Rückzahlung an österreichischen Touristen
doc("outlook", "kasse_rueckzahlung", f"""
Von: [[P|Dahms, Kerstin]] <[[E|k.dahms@amt-peenetal-land.de]]>
Gesendet: Donnerstag, 25. September 2025 09:40
An: [[P|Ziemer, Robert]] <[[E|r.ziemer@amt-peenetal-land.de]]>
Betreff: AW: Doppelzahlung Kassenzeichen [[AZ|5.1400.008790]]

Hallo,

Rückzahlung ist angewiesen: 30,00 EUR an Herrn [[P|Florian Oberhuber-Steindl]], Innsbruck, IBAN [[IBAN|{V["iban_at"]}]] (Tiroler Sparkasse), Buchungstag 26.09. Die Rechnung Nr. 2025/11872 vom Abschleppdienst habe ich getrennt gebucht.

Sag dem Herrn bitte Bescheid. Für Rückfragen der Bürger bleibt es bei der Kassen-Hotline [[N|039724 870-170]].

LG
--
[[P|Kerstin Dahms]]
Amtskasse · Amt Peenetal-Land · [[N|Markt 1, 17398 Peenekamp]]
Tel. [[T|039724 870-172]] · [[N|kasse@amt-peenetal-land.de]]

> Von: [[P|Ziemer, Robert]]
> Gesendet: Mittwoch, 24. September 2025 15:02
> Hallo [[P|Kerstin]], Herr [[P|Oberhuber-Steindl]] (Kennzeichen [[KFZ|IL 782 FO]], Österreich) hat das Verwarnungsgeld zweimal überwiesen. Kannst du die 30 Euro zurückzahlen?
""")

# ---------------------------------------------------------------- F47-024 Drei Zeilen, Spitzname
doc("outlook", "ordnungsamt_rueckruf", """
Von: [[P|Karl-Heinz Brüsehaber]] <[[E|kh.bruesehaber@web.de]]>
An: [[N|ordnungsamt@amt-peenetal-land.de]]
Betreff: feuer erntefest

moin [[P|sabine]], kannst du mich mal zurückrufen wegen dem feuer beim erntefest am kamp? [[T|0170 588 2104]]. gruß [[P|kalle]]
""")

# ---------------------------------------------------------------- F47-025 Spätaussiedler: Rentenantrag, Hausbesuch (ETHNICITY, HEALTH)
doc("outlook", "rente_hausbesuch", f"""
Von: [[P|Natalie Wiebe]] <[[E|natalie.wiebe@icloud.com]]>
Gesendet: Dienstag, 9. September 2025 18:31
An: [[N|buergerbuero@amt-peenetal-land.de]]
Betreff: Rentenantrag für meinen Vater – Hausbesuch möglich?

Hallo,

ich schreibe für meinen Vater [[P|Heinrich Abramowitsch Wiebe]], geb. am [[DOB|24.12.1949]] in Karaganda. Er ist 1995 als Spätaussiedler gekommen, als Russlanddeutscher hat er als Kind noch die Sondersiedlung in Kasachstan erlebt, die Zeiten dort sollen nach dem Fremdrentengesetz angerechnet werden. Die Rentenversicherung hat einen Fragebogen geschickt (Versicherungsnummer [[SSN|{V["ssn_wiebe"]}]]).

Seit seinem zweiten Schlaganfall im Juni ist Papa halbseitig gelähmt und kann nicht mehr ins Bürgerbüro kommen. Wäre ein Hausbesuch möglich? Er wohnt bei uns, [[A|Siedlung 7]] in [[A|17399 Lübzin OT Neu Lübzin]]. Krankenversichertennummer, falls nötig: [[KV|{V["kv_wiebe"]}]].

Viele Grüße
[[P|Natalie Wiebe]] (Tochter)
Handy: [[T|0151-2240 6618]]

P.S. Meine Mutter [[P|Tamara]] hat noch die alten Arbeitsbücher aus Kasachstan, die bringe ich mit.
""", ["ETHNICITY", "HEALTH"])

# ---------------------------------------------------------------- F47-026 Saisonarbeiter: Unterkunft (UNION)
doc("outlook", "ordnungsamt_unterkunft", """
From: [[P|Tomasz Grabowski]] <[[E|tomek.grabowski85@o2.pl]]>
To: [[N|ordnungsamt@amt-peenetal-land.de]]
Cc: [[P|Marek Zając]] (IG BAU) <[[E|marek.zajac@igbau.de]]>
Subject: Unterkunft Erntehelfer – bitte kontrollieren / accommodation check

Sehr geehrte Damen und Herren,

ich bin [[P|Tomasz Grabowski]] und arbeite seit April als Saisonarbeiter beim Spargelhof Wendorf und wohne mit 11 Kollegen in einem alten Stallgebäude, [[A|Gut Wendorf 5]] in [[A|17398 Groß Wiesenthal]]. Es gibt nur eine Toilette und eine Dusche, seit drei Wochen kein warmes Wasser, Schimmel an den Wänden, und bald kommt der Winter.

Ich bin Mitglied der IG BAU, mein Kollege von der Gewerkschaft in Cc hilft mir bei diesem Brief. Please do not tell the employer who reported this, I am afraid for my job.

You can call me in English or Polish: [[T|+48 512 330 947]], or Marek: [[T|0151 4467 9021]].

Pozdrawiam / Mit freundlichen Grüßen
[[P|Tomasz Grabowski]]
""".replace("or Marek:", "or [[P|Marek]]:"), ["UNION"])

# ---------------------------------------------------------------- F47-027 Gemeindevertreter: Mandatsniederlegung (POLITICS)
doc("outlook", "gv_mandat", """
Von: [[P|Enrico Pagel]] <[[E|enrico.pagel@gmx.net]]>
Gesendet: Sonntag, 28. September 2025 20:14
An: [[N|poststelle@amt-peenetal-land.de]]; [[P|Uwe Prestin]] <[[N|buergermeister@gross-wiesenthal.de]]>
Betreff: Niederlegung Mandat Gemeindevertretung Groß Wiesenthal

Sehr geehrter Herr Bürgermeister, lieber [[P|Uwe]],

hiermit lege ich mein Mandat als Gemeindevertreter mit Ablauf des 30.09.2025 nieder. Ich bin nach 22 Jahren aus der SPD ausgetreten, weil ich die Haltung des Kreisverbands zum Windpark Kleeberg nicht mittragen kann, und als Parteiloser auf einem SPD-Sitz zu bleiben wäre gegenüber meinen Wählern nicht ehrlich. Nachrückerin wäre meines Wissens Frau [[P|Kathleen Runge]].

Die Unterlagen (Sitzungsordner, Tablet GV-07) gebe ich am Dienstag bei Frau [[P|Tesch]] ab.

Danke für die Zusammenarbeit
[[P|Enrico Pagel]]
""", ["POLITICS"])

# ---------------------------------------------------------------- F47-028 Trattoria: Sondernutzung
doc("outlook", "sondernutzung_gastro", f"""
Von: Trattoria Da Peppe <[[N|info@dapeppe-peenekamp.de]]>
Gesendet: Montag, 1. September 2025 10:26
An: [[N|ordnungsamt@amt-peenetal-land.de]]
Betreff: Sondernutzung Terrasse Markt + Weinfest 3.–5.10.

Buongiorno Herr [[P|Ziemer]],

wie am Telefon besprochen beantrage ich die Sondernutzungserlaubnis für 6 Tische (ca. 24 m²) vor meinem Restaurant am [[A|Markt 7]] und einen Stand beim Weinfest vom 03. bis 05.10.2025. Die Angaben für die Gebührenrechnung:

Inhaber: [[P|Giuseppe Lo Bianco]]
Steuernummer: [[TNR|{V["tnr_lobianco"]}]]
USt-IdNr.: [[VAT|{V["vat_lobianco"]}]]
Restaurant [[N|039724 6 77 10]], mobil [[T|0176 2093 4418]]

Rechnung bitte an: z. Hd. Frau [[P|Chiara Lo Bianco-Dethloff]], [[A|Markt 7]], [[A|17398 Peenekamp]], [[E|chiara.lobianco@gmx.de]]

Grazie e cordiali saluti
[[P|Giuseppe Lo Bianco]]
""")

# ---------------------------------------------------------------- F47-029 Älterer Herr: Hundesteuer, Steuer-ID als "Steuernummer"
doc("outlook", "hundesteuer_einspruch", f"""
Von: [[P|Werner Schmoock]] <[[E|w.schmoock1941@t-online.de]]>
An: [[N|info@amt-peenetal-land.de]]
Betreff: HUNDESTEUER Kassenzeichen [[AZ|5.1100.003871]]

Sehr geehrte Damen und Herren vom Amt,

ICH HABE IHREN BESCHEID ÜBER DIE HUNDESTEUER ERHALTEN. Mein Hund ist ein Jagdhund (Deutsch Drahthaar) und ich bin seit 1962 Jäger, früher war das steuerfrei. Ich bin am [[DOB|2.5.1941]] geboren und zahle das nicht doppelt, der Hund "Hasso" war schon bei der Gemeinde Lübzin angemeldet, Hundemarke Nr. 112.

Sie wollen meine Steuernummer, hier ist sie: [[TID|{V["tid_schmoock"]}]] (steht auf dem Brief vom Finanzamt).
Wohnhaft bin ich immernoch [[A|Karnitzer Weg 9]], [[A|17399 Lübzin]].

Bitte schreiben Sie mir per Post, meine Enkelin [[P|Mandy]] druckt mir sonst die E-Mails aus.

Mit freundlichem Gruß
[[P|W. Schmoock]]
Tel [[T|039723/20577]]
""")

# ---------------------------------------------------------------- F47-030 Fundbüro: verlorene Geldbörse (Antwortkette)
doc("outlook", "fundbuero", f"""
Von: Fundbüro Amt Peenetal-Land <[[N|fundbuero@amt-peenetal-land.de]]>
Gesendet: Freitag, 19. September 2025 14:05
An: [[E|yonas.tesfaye94@gmail.com]]
Betreff: AW: lost wallet – Fundsache [[N|F-2025-0217]]

Dear Mr [[P|Tesfaye]],

good news: your wallet was handed in yesterday by Mr [[P|Dragan Petrović]]. Please come to the Bürgerbüro ([[N|Markt 1]], ground floor) with an ID document, Tue 9–12 and 14–18, Thu 9–12. The finder asks for the reward (§ 971 BGB), for 40 EUR that is 2 EUR.

Kind regards / Mit freundlichen Grüßen
i. A. [[P|Jana Tesch]]
Bürgerbüro / Fundbüro, Phone [[T|039724 870-131]]

-----Original Message-----
From: [[P|Yonas Tesfaye]] <[[E|yonas.tesfaye94@gmail.com]]>
Sent: Thursday, September 18, 2025 7:52 AM
To: [[N|fundbuero@amt-peenetal-land.de]]
Subject: lost wallet - Geldbörse verloren

Hello,

I lost my wallet yesterday evening, I think at the bus stop near the school or in bus 583 to Pasenow. Black leather, with:
- health card AOK Nordost, Versichertennummer [[KV|{V["kv_tesfaye"]}]]
- my Mastercard [[CC|{V["cc_tesfaye"]}]] (already blocked)
- copy of my Eritrean passport no. [[PASS|{V["pass_tesfaye"]}]]
- photo of my daughter
- about 40 euro

My name: [[P|Yonas Tesfaye Gebremedhin]], born [[DOB|11.11.1994]], [[A|Bahnhofstraße 31]], [[A|17398 Peenekamp]]. My colleague from the Kita speaks German if you prefer, she can call you. My number: [[T|0152 1934 7725]].

Thank you very much!
[[P|Yonas]]
""")


# ---------------------------------------------------------------- write
def main():
    assert len(DOCS) == 30, len(DOCS)
    rows = [build(f"F47-{i:03d}", ch, tpl, text, flags) for i, (ch, tpl, text, flags) in enumerate(DOCS, 1)]
    # re-check identifiers inside the built rows
    for r in rows:
        for e in r["entities"]:
            t = e["text"]
            if e["category"] == "IBAN":
                assert iban_ok(t), t
            elif e["category"] == "CREDIT_CARD":
                assert luhn_ok(t), t
            elif e["category"] == "TAX_ID":
                assert tax_id_ok(t), t
            elif e["category"] == "VAT_ID":
                assert vat_ok(t), t
            elif e["category"] == "SOCIAL_SECURITY":
                assert ssn_ok(t), t
            elif e["category"] == "HEALTH_INSURANCE":
                assert kvnr_ok(t), t
    with open(os.path.join(HERE, "fresh47.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    cats = collections.Counter(e["category"] for r in rows for e in r["entities"])
    flags = collections.Counter(x for r in rows for x in r["specialCategories"])
    channels = collections.Counter(r["channel"] for r in rows)
    n_ent = sum(cats.values())
    n_neu = sum(len(r["neutral"]) for r in rows)
    n_noflag = sum(1 for r in rows if not r["specialCategories"])
    cat_txt = ", ".join(f"{k} {v}" for k, v in cats.most_common())
    flag_txt = ", ".join(f"{k} {v}" for k, v in sorted(flags.items()))
    readme = (
        "# fresh47.jsonl — Amt Peenetal-Land (Vorpommern), a blind held-out batch\n\n"
        f"Written blind (no detector source read) by `make_fresh47.py` (seed 4747): {len(rows)} documents "
        f"F47-001…F47-030 ({channels['word']} Word, {channels['outlook']} Outlook), {n_ent} labelled entities and "
        f"{n_neu} neutral spans, in the dev.jsonl format. Setting: the invented Amt Peenetal-Land in the invented "
        "Landkreis Vorpommern-Süd (Mecklenburg-Western Pomerania) with villages, Ortsteile (`17398 Groß Wiesenthal "
        "OT Kleeberg`, the OT kept inside the postcode-and-city span), rural street lines without a street name "
        "(`Ausbau 3`, `Kleeberg 12`, `Gut Wendorf 2`, `Siedlung 7`) and a Polish address (`ul. Bolesława Chrobrego 27/4`, "
        "`72-010 Police`). Word documents: an Ordnungsamt dog order and Fundtier cost notice, a cemetery fee notice "
        "and an exhumation note, a hunting-licence suitability note, a Schiedsstelle settlement record, Gemeindevertretung "
        "minutes with party affiliations, a Spätaussiedler registration note (patronymics, maiden name after `geb.`), "
        "a parking-fines table and an ID-document pick-up list (`Nachname, Vorname`), a fisheries warning to a Polish "
        "angler (Polish ID card with its check digit), a Ukrainian refugee intake form, a Gewerbe data sheet for a "
        "Vietnamese snack bar, a game-damage record and an old lady's typed letter. Outlook mails: lower-case "
        "complaints with guessed surnames, a three-line mail signed with a nickname, forwarded and replied chains "
        "with `Nachname, Vorname` headers and quoted lines, English-German and Ukrainian (Cyrillic signature) mixes. "
        f"Entities per category: {cat_txt}. Special-category flags: {flag_txt}; {n_noflag} documents carry none. "
        "Identifiers come from identifiers.py and are re-checked (IBAN mod 97 for DE and AT, Luhn, Steuer-ID, "
        "USt-IdNr., Rentenversicherungsnummer, KVNR, ICAO check digits where present); Russian, Ukrainian and "
        "Eritrean passport numbers have no checkable digit and are labelled PASSPORT; a Steuer-ID that the writer "
        "calls his `Steuernummer` is TAX_ID; MV Steuernummern appear as FFF/BBB/UUUUP and in the 13-digit form. "
        "Hard negatives: the Amt's and the Landkreis' addresses, switchboard, fax, cash-desk hotline, IBANs and "
        "functional mailboxes (neutral), a restaurant's landline and info@ mailbox (neutral), grave locations, "
        "a transponder number, a hunting-licence, a Drucksache and a Fundsache number (neutral), invoice, "
        "offer and Hundemarke numbers, Flurstücke, a Bebauungsplan number, § references, amounts, non-birth dates "
        "(death dates, deadlines), city and farm names in prose, and surname-like nouns (Jäger, Fischer, Vogel, "
        "Bäcker, Winter) next to people actually called Vogel, Winter, Brandenburg and von Schwerin-Lanke.\n"
    )
    # (the batch README is kept in README.md of this folder, written by hand)
    print(f"{len(rows)} documents, {n_ent} entities, {n_neu} neutral")
    print(cat_txt)
    print(flag_txt, "| no flags:", n_noflag, "|", dict(channels))


if __name__ == "__main__":
    main()
