#!/usr/bin/env python3
"""Held-out batch 29: Stadt Grünhainichen-Wald (Saxony) – Standesamt, Ausländerbehörde, Einbürgerung, Jobcenter.

Writes fresh29.jsonl (dev.jsonl format, 30 documents b29-001 … b29-030) next to this file.
Texts carry inline marks [[CAT|text]] / [[N|text]]; marks.build() strips them and computes UTF-16 offsets.
"""
import sys

sys.dont_write_bytecode = True
import json
import os
from collections import Counter

CORPUS = "/work/main/tests/KiOfficeAddin.Guardrails.Tests/Pii/Corpus"
sys.path.insert(0, CORPUS)
from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban, mod11_10_check, luhn_check, icao_check  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 2929029
ids = Identifiers(SEED)
rng = ids.rng


# ---------------------------------------------------------------- identifiers with check digits
def nl_iban(bank):
    """NL IBAN whose 10-digit account also passes the Dutch elfproef."""
    while True:
        acct = ids.digits(10, first_nonzero=True)
        if sum(int(c) * (10 - i) for i, c in enumerate(acct)) % 11 == 0:
            return mod97_iban("NL", bank + acct)


def pl_iban(bank3):
    """PL IBAN: 8-digit sort code (bank + branch + check, weights 3 9 7 1 3 9 7) and 16-digit account."""
    head = bank3 + ids.digits(4)
    check = (10 - sum(int(c) * w for c, w in zip(head, (3, 9, 7, 1, 3, 9, 7))) % 10) % 10
    return mod97_iban("PL", head + str(check) + ids.digits(16))


def pl_id_card(series):
    """Polish dowód osobisty: 3 letters, check digit, 5 digits (weights 7 3 1 _ 7 3 1 7 3)."""
    rest = ids.digits(5)
    vals = [ord(c) - 55 for c in series] + [int(c) for c in rest]
    check = sum(v * w for v, w in zip(vals, (7, 3, 1, 7, 3, 1, 7, 3))) % 10
    return f"{series}{check}{rest}"


city_iban = group(ids.iban_de(), 4)           # Stadtkasse – neutral
iban_tekle = group(ids.iban_de(), 4)
iban_lotus = group(nl_iban("BUNQ"), 4)
iban_wroblewska = group(pl_iban("102"), 4)
iban_karagianni = group(ids.iban("AT", 16), 4)
iban_petrenko = ids.iban_de()
iban_elsayed = group(ids.iban_de(), 4)

eat_alhamwi = ids.id_card()
id_ebersbach = ids.id_card(check_digit=True)
eat_hosseini = ids.id_card()
rafl_hosseini = ids.passport()
eat_melnyk = ids.id_card()
eat_pham = ids.id_card()
eat_mansour = ids.id_card(check_digit=True)
pass_rafl_gebremedhin = ids.passport()
id_wroblewska = pl_id_card("CDK")

tid_melnyk = ids.tax_id()
tid_yildirim = ids.tax_id()
tid_oezdemir = ids.tax_id()
ssn_melnyk = ids.social_security("170486", "S")
ssn_yildirim = ids.social_security("090579", "Y")
ssn_hadzic = ids.social_security("120684", "H")
kv_tekle = ids.health_insurance()
kv_le = ids.health_insurance()
kv_shevchuk = ids.health_insurance()
vat_lotus = ids.vat_id()
vat_anatolia = ids.vat_id()
cc_stan = ids.credit_card("53", 16)
cc_papadopoulos = ids.credit_card("37", 15)

# Saxon tax numbers (layout FFF/BBB/UUUUP, federal 13-digit form 3 + FFF + 0 + BBB + UUUUP); layout only
tnr_lotus = f"223/{ids.digits(3)}/{ids.digits(5)}"
tnr_anatolia = "3219" + "0" + ids.digits(8)
tnr_elsayed = f"215/{ids.digits(3)}/{ids.digits(5)}"


def spaced_tax_id(t):
    return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"


def ssn_spaced(s):
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"


def cc_blocks(c, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(c[i:i + n])
        i += n
    return sep.join(out)


DOCS = []


def doc(channel, template, flags, marked):
    n = len(DOCS) + 1
    DOCS.append(build(f"b29-{n:03d}", channel, template, marked.strip("\n"), flags))


# ================================================================ b29-001 Standesamt: Anmeldung Eheschließung
doc("word", "standesamt_ehe", ["RELIGION"], f"""
Stadt Grünhainichen-Wald
Standesamt
[[N|Markt 1]], [[N|09581 Grünhainichen-Wald]] · Tel. [[N|037294 73-0]] · [[N|standesamt@gruenhainichen-wald.de]]

Niederschrift über die Anmeldung der Eheschließung (§ 12 PStG)
Anmeldung Nr.: [[AZ|A 47/2025]]

Vor der unterzeichnenden Standesbeamtin erschienen heute, am 14.05.2025, die nachstehend bezeichneten Verlobten und erklärten, miteinander die Ehe eingehen zu wollen.

1. Verlobter
Familienname: [[P|Al-Hamwi]]
Vornamen: [[P|Mohammad Khaled]]
Geburtsdatum/-ort: [[DOB|03.09.1991]] in Homs (Arabische Republik Syrien)
Staatsangehörigkeit: syrisch
Religionszugehörigkeit (Angabe auf Wunsch): sunnitisch-islamisch
Familienstand: ledig
Wohnung: [[A|Clara-Zetkin-Straße 14]], [[A|09581 Grünhainichen-Wald]]
ausgewiesen durch: syrischen Reisepass Nr. [[PASS|N011482375]], gültig bis 22.10.2027, und elektronischen Aufenthaltstitel

2. Verlobte
Familienname: [[P|Ebersbach]]
Vornamen: [[P|Franziska Marie]]
Geburtsdatum/-ort: [[DOB|27.01.1995]] in Zschopau
Staatsangehörigkeit: deutsch
Religionszugehörigkeit (Angabe auf Wunsch): evangelisch-lutherisch
Familienstand: ledig
Wohnung: wie Verlobter
ausgewiesen durch: Personalausweis Nr. [[IDC|{id_ebersbach}]]

Die Verlobten erklären, dass sie keinen gemeinsamen Ehenamen bestimmen wollen; beide führen ihren bisherigen Familiennamen weiter.

Da der Verlobte der deutschen Sprache nicht hinreichend mächtig ist, wurde die Niederschrift von der allgemein beeidigten Dolmetscherin für die arabische Sprache, Frau [[P|Rana El-Sayed]], Chemnitz, mündlich übersetzt. Die Dolmetscherin ist mit den Verlobten weder verwandt noch verschwägert.

Vorgelegte Unterlagen:
– Auszug aus dem syrischen Zivilregister (Geburt) des Verlobten mit beglaubigter Übersetzung
– Ledigkeitsbescheinigung des Zivilregisters Homs vom 02.02.2025
– Geburtsurkunde der Verlobten (Standesamt Zschopau)
– erweiterte Meldebescheinigungen beider Verlobten

Der Antrag auf Befreiung von der Beibringung des Ehefähigkeitszeugnisses (§ 1309 Abs. 2 BGB) wird an das Oberlandesgericht Dresden weitergeleitet. Die Gebühr von 75,00 EUR zuzüglich 65,00 EUR für die Weiterleitung wird mit gesondertem Gebührenbescheid erhoben.

Als Termin der Eheschließung ist Freitag, der 08.08.2025, 11:00 Uhr, im Trauzimmer des Rathauses vorgemerkt. Trauzeugen sind nicht vorgesehen.

Vorgelesen, übersetzt, genehmigt und unterschrieben:

(Unterschriften der Verlobten und der Dolmetscherin)

Die Standesbeamtin
[[P|Haubold]]
""")

# ================================================================ b29-002 Ausländerbehörde: Bescheid § 25 Abs. 2
doc("word", "aufenthaltserlaubnis", [], f"""
Stadt Grünhainichen-Wald · Ordnungsamt · Sachgebiet Ausländerangelegenheiten
[[N|Bahnhofstraße 12]] · [[N|09581 Grünhainichen-Wald]]

Stadt Grünhainichen-Wald · [[N|Postfach 11 20]] · [[N|09579 Grünhainichen-Wald]]

Herrn
[[P|Sayed Mustafa Hosseini]]
c/o Gemeinschaftsunterkunft Am Güterbahnhof
[[A|Am Güterbahnhof 4]]
[[A|09581 Grünhainichen-Wald]]

Aktenzeichen: [[AZ|32.2-AE-2025/0612]]
Zimmer: 1.07
Telefon: [[T|037294 73-418]]
E-Mail: [[N|auslaenderbehoerde@gruenhainichen-wald.de]]
Datum: 23.06.2025

Erteilung einer Aufenthaltserlaubnis nach § 25 Abs. 2 Satz 1 Alt. 1 AufenthG

Sehr geehrter Herr [[P|Hosseini]],

mit Bescheid vom 12.03.2025 hat das Bundesamt für Migration und Flüchtlinge Ihnen die Flüchtlingseigenschaft zuerkannt. Der Bescheid ist seit dem 29.03.2025 bestandskräftig. Auf Ihren Antrag vom 07.04.2025 ergeht folgende Entscheidung:

1. Ihnen, Herrn [[P|Sayed Mustafa Hosseini]], geb. [[DOB|01.01.1998]] in Herat, afghanischer Staatsangehöriger, wird eine Aufenthaltserlaubnis nach § 25 Abs. 2 Satz 1 Alt. 1 AufenthG für die Dauer von drei Jahren, gültig bis 22.06.2028, erteilt.

2. Die Aufenthaltserlaubnis wird als elektronischer Aufenthaltstitel (eAT) mit der Kartennummer [[IDC|{eat_hosseini}]] ausgegeben. Die Karte liegt ab dem 14.07.2025 zur Abholung bereit; den PIN-Brief sendet Ihnen die Bundesdruckerei gesondert zu.

3. Die Aufenthaltserlaubnis berechtigt zur Ausübung einer Erwerbstätigkeit.

4. Sie sind nach § 12a Abs. 1 AufenthG verpflichtet, für den Zeitraum von drei Jahren ab Anerkennung Ihren Wohnsitz im Freistaat Sachsen zu nehmen.

5. Für die Ausstellung des Reiseausweises für Flüchtlinge (Nr. [[PASS|{rafl_hosseini}]]) wird eine Gebühr von 60,00 EUR festgesetzt; die Erteilung der Aufenthaltserlaubnis selbst ist nach § 52 Abs. 7 AufenthV gebührenfrei.

Begründung:
Nach § 25 Abs. 2 Satz 1 Alt. 1 AufenthG ist einem Ausländer eine Aufenthaltserlaubnis zu erteilen, wenn das Bundesamt die Flüchtlingseigenschaft im Sinne des § 3 Abs. 1 AsylG zuerkannt hat. Diese Voraussetzung liegt vor. Ausschlussgründe nach § 25 Abs. 2 Satz 2 i. V. m. Abs. 1 Satz 2 AufenthG sind nicht ersichtlich. Von der Passpflicht sind Sie befreit, solange Sie einen gültigen Reiseausweis für Flüchtlinge besitzen (§ 3 Abs. 1 AufenthG i. V. m. § 4 Abs. 1 Nr. 3 AufenthV).

Die Wohnsitzregelung beruht auf § 12a Abs. 1 AufenthG. Eine Aufhebung kommt in Betracht, wenn Sie eine sozialversicherungspflichtige Beschäftigung mit einem Umfang von mindestens 15 Stunden wöchentlich aufnehmen (§ 12a Abs. 5 AufenthG).

Bitte überweisen Sie die Gebühr innerhalb von zwei Wochen auf das Konto der Stadtkasse Grünhainichen-Wald, IBAN [[N|{city_iban}]], Erzgebirgssparkasse, unter Angabe des Kassenzeichens [[AZ|5.2025.031874]].

Rechtsbehelfsbelehrung:
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift bei der Stadt Grünhainichen-Wald, [[N|Markt 1]], [[N|09581 Grünhainichen-Wald]], einzulegen.

Bitte bringen Sie zur Abholung Ihren Ankunftsnachweis und Ihre Aufenthaltsgestattung mit. Sprechzeiten: Dienstag 8–12 und 13–18 Uhr, Donnerstag 8–12 Uhr. Unsere Zentrale erreichen Sie unter [[N|037294 73-0]].

Mit freundlichen Grüßen
Im Auftrag

[[P|Kathrin Schubert]]
Sachbearbeiterin
""")

# ================================================================ b29-003 Einbürgerung: Prüfvermerk
doc("word", "einbuergerung", [], f"""
Stadt Grünhainichen-Wald – Staatsangehörigkeitsbehörde
Prüfvermerk zum Einbürgerungsantrag

Az.: [[AZ|EB-2025-0193]]
Eingang des Antrags: 11.02.2025

Antragstellerin: [[P|Melnyk, Tetiana]], geb. [[P|Sydorenko]]
geboren am [[DOB|17.04.1986]] in Poltawa (Ukraine), ukrainische Staatsangehörige
Anschrift: [[A|Waldkirchener Str. 8 b]], [[A|09581 Grünhainichen-Wald]]
Miteinzubürgernde Kinder:
 – [[P|Bohdan Melnyk]] (12 Jahre)
 – [[P|Sofiia Melnyk]] (9 Jahre)
Der Ehemann lebt derzeit in der Ukraine und stellt keinen eigenen Antrag.

1. Identität und Staatsangehörigkeit
Nachgewiesen durch den ukrainischen Reisepass für Auslandsreisen Nr. [[PASS|FX 482913]] (gültig bis 03.05.2031). Geburtsurkunde mit Apostille liegt vor. Die lateinische Schreibweise des Reisepasses wird für die Einbürgerungsurkunde übernommen.

2. Rechtmäßiger gewöhnlicher Aufenthalt (§ 10 Abs. 1 Satz 1 StAG)
Einreise am 01.10.2019 mit Visum zur Anerkennung der Berufsqualifikation (§ 16d AufenthG); seit 12.01.2021 Aufenthaltserlaubnis nach § 18a AufenthG, derzeit gültig bis 11.01.2027. Die Kinder reisten am 18.03.2022 nach und besitzen Aufenthaltserlaubnisse nach § 32 AufenthG. Der erforderliche Aufenthalt von fünf Jahren ist erfüllt.

3. Lebensunterhalt
Unbefristet beschäftigt als Pflegefachkraft im Diakonie-Pflegeheim „Haus am Hang“, Bruttoentgelt rund 3.420 EUR monatlich. Keine Leistungen nach SGB II oder XII. Steuerliche Identifikationsnummer: [[TID|{tid_melnyk}]]; Versicherungsnummer der Rentenversicherung: [[SSN|{ssn_spaced(ssn_melnyk)}]].

4. Sprachkenntnisse / Einbürgerungstest
Zertifikat Deutsch B2 (telc) vom 14.06.2024. Einbürgerungstest bestanden (33 von 33 Punkten) am 12.02.2025, Prüfungsnummer ET 2025/00417.

5. Straffreiheit
Auskunft aus dem Bundeszentralregister vom 03.03.2025: keine Eintragung.

6. Bekenntnis zur freiheitlichen demokratischen Grundordnung
Abgegeben und unterschrieben am 11.02.2025. Regelanfrage beim Landesamt für Verfassungsschutz ohne Erkenntnisse.

7. Mehrstaatigkeit
Wird seit 27.06.2024 generell hingenommen (§ 10 Abs. 1 StAG n. F.).

Ergebnis: Die Einbürgerungsvoraussetzungen sind erfüllt. Gebühren: 255,00 EUR für die Antragstellerin, je 51,00 EUR für die beiden Kinder (§ 38 Abs. 2 StAG). Aushändigung der Urkunden in der Einbürgerungsfeier am 25.09.2025 vorgesehen.

Grünhainichen-Wald, 07.07.2025
[[P|Kretzschmar]]
""")

# ================================================================ b29-004 Jobcenter: Einladung
doc("word", "jobcenter_einladung", [], """
Jobcenter Erzgebirgskreis
Geschäftsstelle Grünhainichen-Wald
[[N|Chemnitzer Straße 33]], [[N|09581 Grünhainichen-Wald]]

Herrn
[[P|Florin-Cătălin Constantin]]
[[A|Lengefelder Weg 2]]
[[N|Wohnung 5, 2. OG]]
[[A|09581 Grünhainichen-Wald]]

Nummer der Bedarfsgemeinschaft: [[AZ|07403BG0018842]]
Kundennummer: [[AZ|431D078215]]
Name: Herr [[P|Fritzsche]]
Durchwahl: [[T|037294 581-237]]
Telefax: [[N|037294 581-199]]
E-Mail: [[N|Jobcenter-Erzgebirgskreis.Gruenhainichen@jobcenter-ge.de]]
Datum: 02.07.2025

Einladung

Sehr geehrter Herr [[P|Constantin]],

bitte kommen Sie am Dienstag, 15.07.2025, um 09:30 Uhr in das Jobcenter, Zimmer 2.14. Ich möchte mit Ihnen über Ihr Bewerberangebot und Ihre berufliche Situation sprechen. Der Gasthof „Zum Vogel“ in Augustusburg sucht ab August einen Koch in Vollzeit; außerdem liegt ein Angebot einer Großbäckerei für eine Tätigkeit als Bäcker im Nachtdienst vor.

Bitte bringen Sie mit:
– Ihren rumänischen Personalausweis (Carte de identitate)
– Ihren aktuellen Lebenslauf
– Nachweise über Ihre Tätigkeit als Bäcker in Brașov (2014–2021)

Wenn Sie zu dem Gespräch eine Sprachmittlerin für Rumänisch benötigen, teilen Sie mir das bitte bis zum 10.07.2025 mit.

Rechtsfolgenbelehrung:
Wenn Sie ohne wichtigen Grund nicht zu dem Termin erscheinen, wird Ihr Bürgergeld um 10 Prozent des maßgebenden Regelbedarfs für einen Monat gemindert (§ 32 SGB II). Können Sie den Termin nicht wahrnehmen, rufen Sie mich bitte vorher an.

Fahrkosten zu diesem Termin können auf Antrag erstattet werden, wenn sie 6,00 EUR übersteigen.

Mit freundlichen Grüßen
Im Auftrag
[[P|Ronny Fritzsche]]
Arbeitsvermittler
""")

# ================================================================ b29-005 Jobcenter: Gesprächsvermerk (HEALTH)
doc("word", "jobcenter_vermerk", ["HEALTH"], f"""
Jobcenter Erzgebirgskreis – Geschäftsstelle Grünhainichen-Wald
Gesprächsvermerk (persönliche Vorsprache)

BG-Nummer: [[AZ|07403BG0021957]]
Datum: 01.07.2025, 10:15–11:05 Uhr
Anwesend: Frau [[P|Senait Tekle]] (Kundin), ein ehrenamtlicher Sprachmittler für Tigrinya (Caritas), Frau [[P|Mandy Richter]] (Integrationsfachkraft)

Anlass: Kooperationsplan, Teilnahme Integrationskurs, Mehrbedarfe

Frau [[P|Tekle]] legt den Mutterpass vor; sie ist in der 24. Schwangerschaftswoche, errechneter Entbindungstermin 18.10.2025. Außerdem teilt sie mit, dass sie seit März wegen einer posttraumatischen Belastungsstörung bei [[P|Dr. med. Carola Lindner]] (Psychiatrische Institutsambulanz Zschopau) in Behandlung ist; eine Bescheinigung der Ärztin liegt bei (Bl. 214 d. A.).

Vereinbart:
1. Die Teilnahme am Alphabetisierungskurs (Kurs-Nr. 217/2025-IK-Alpha, Beginn 04.08.2025) wird bis zum Ende des Mutterschutzes zurückgestellt.
2. Mehrbedarf für werdende Mütter (§ 21 Abs. 2 SGB II) wird ab der 13. SSW rückwirkend gewährt; Erstausstattung bei Schwangerschaft und Geburt (§ 24 Abs. 3 Nr. 2 SGB II) wurde beantragt.
3. Sie meldet ihren Sohn [[P|Natnael]] (geb. [[DOB|05.09.2019]]) für die Vorschulgruppe der Kita „Sonnenschein“ an; die Integrationsfachkraft unterstützt beim Antrag auf Leistungen für Bildung und Teilhabe.

Bankverbindung neu (Sparkassenkonto seit 15.06.2025): IBAN [[IBAN|{iban_tekle}]], Kontoinhaberin ist die Kundin. Bitte in der Zahlungsanweisung ändern.
Krankenversicherung: AOK PLUS, Krankenversichertennummer [[KV|{kv_tekle}]].

Hinweis: Die Kundin versteht einfache Sätze auf Deutsch; die Rechtsfolgenbelehrung wurde vollständig übersetzt. Nächster Termin: 04.09.2025, 9:00 Uhr (Einladung folgt).

gez. [[P|Richter]]
""")

# ================================================================ b29-006 Ausländerbehörde: Terminliste (table)
doc("word", "terminliste", [], """
Ausländerbehörde Grünhainichen-Wald – Terminübersicht Dienstag, 08.07.2025
Sachbearbeitung: [[P|K. Schubert]] (Raum 1.07) / [[P|J. Uhlig]] (Raum 1.09)

Uhrzeit	Name, Vorname	geb.	StA	Anliegen	Az.	Bemerkung
08:00	[[P|Nguyen, Thi Lan]]	[[DOB|14.02.1990]]	VNM	Verlängerung AE § 16a (Ausbildung Pflege)	[[AZ|32.2-AE-2022/0388]]	neuen Pass [[PASS|C4829173]] vorlegen lassen
08:40	[[P|Okafor, Chukwuemeka]]	–	NGA	Ausbildungsduldung § 60c, Bäckerei [[P|Winter]]	[[AZ|32.2-D-2024/0771]]	Ausbildungsvertrag fehlt
09:40	[[P|Al-Masri, Omar]]	[[DOB|01.01.1993]]	SYR	Aushändigung eAT	–	Dolmetscherin Arabisch bestellt
10:00	[[P|Karimi, Nasrin Sadat]]	–	AFG	Verlust eAT, Neuausstellung	[[AZ|32.2-AE-2023/0913]]	Verlustanzeige liegt vor
10:40	– Teambesprechung –

Online gebuchte Termine: Buchungsnummern T-2025-048812 bis T-2025-048823; Stornierungen bitte an [[N|auslaenderbehoerde@gruenhainichen-wald.de]] weiterleiten.
Wartebereich EG, Aufruf über das Nummernsystem.
""")

# ================================================================ b29-007 Standesamt: Beurkundung Geburt
doc("word", "standesamt_geburt", [], f"""
Standesamt Grünhainichen-Wald
Beurkundungsvermerk – Geburt

Geburtenregister-Nr.: [[AZ|G 211/2025]]
Eingang der Geburtsanzeige: 23.06.2025 (Kreiskrankenhaus Zschopau, [[N|Alte Marienberger Straße 52]], [[N|09405 Zschopau]])

Kind
Familienname: [[P|Trần]]
Vornamen: [[P|Gia Bảo]]
Geschlecht: männlich
Geburtstag und -zeit: [[DOB|19.06.2025]], 04:12 Uhr
Geburtsort: Zschopau

Mutter
[[P|Phạm Thu Hà]], geb. [[DOB|02.12.1994]] in Hải Phòng (Vietnam), vietnamesische Staatsangehörige
Reisepass Nr. [[PASS|C7316408]], Aufenthaltserlaubnis nach § 30 AufenthG

Vater
[[P|Trần Văn Minh]], geb. [[DOB|11.07.1990]] in Nam Định (Vietnam), vietnamesischer Staatsangehöriger
Reisepass (Schreibweise im Pass: [[P|TRAN VAN MINH]]), Niederlassungserlaubnis

Wohnung der Eltern: [[A|Rosa-Luxemburg-Straße 19]], [[A|09581 Grünhainichen-Wald]]

Eheschließung der Eltern: 14.02.2020 in Hải Phòng; Heiratsurkunde mit Legalisation und Übersetzung liegt vor.

Namensführung: Die Eltern haben nach Art. 10 Abs. 3 EGBGB bestimmt, dass das Kind den Familiennamen nach vietnamesischem Recht erhält. Nach vietnamesischer Namensordnung steht der Familienname voran; im Register wird der Familienname wie oben eingetragen. Die Eltern wurden darauf hingewiesen, dass die Schreibweise ohne diakritische Zeichen in vietnamesischen Dokumenten abweichen kann.

Anzeigende Stelle: Kreiskrankenhaus Zschopau (Kreißsaal).
Dolmetscher: nicht erforderlich (der Vater spricht Deutsch auf Niveau B2).

Gebühren: drei Geburtsurkunden, davon zwei gebührenfrei (Elterngeld, Kindergeld) – 12,00 EUR.

Grünhainichen-Wald, 26.06.2025
[[P|Haubold]], Standesbeamtin
""")

# ================================================================ b29-008 Ausländerbehörde: Familiennachzug, DNA-Gutachten (GENETIC)
doc("word", "familiennachzug", ["GENETIC"], """
Stadt Grünhainichen-Wald · Ausländerbehörde
[[N|Bahnhofstraße 12]], [[N|09581 Grünhainichen-Wald]]

Herrn
[[P|Khaled Kabbani]]
[[A|Chemnitzer Straße 71]]
[[A|09581 Grünhainichen-Wald]]

Unser Zeichen: [[AZ|32.2-FN-2024/0215]]
Auskunft erteilt: Zimmer 1.07, Tel. [[T|037294 73-418]]
Datum: 30.06.2025

Familiennachzug Ihrer Ehefrau und Ihrer Kinder – Ergebnis des Abstammungsgutachtens

Sehr geehrter Herr [[P|Kabbani]],

in den Visumverfahren Ihrer Ehefrau [[P|Hiba Kabbani]] und Ihrer Kinder

– [[P|Omar Kabbani]], geb. [[DOB|02.02.2012]],
– [[P|Lina Kabbani]], geb. [[DOB|19.10.2014]],
– [[P|Yousef Kabbani]], geb. [[DOB|07.06.2018]],

hat uns die Deutsche Botschaft Beirut am 24.06.2025 das Ergebnis des von Ihnen freiwillig in Auftrag gegebenen DNA-Abstammungsgutachtens übermittelt.

Nach dem Gutachten vom 11.06.2025 ist Ihre Vaterschaft für die beiden älteren Kinder praktisch erwiesen (Wahrscheinlichkeit jeweils über 99,99 %). Für das jüngste Kind ist Ihre biologische Vaterschaft nach dem Gutachten ausgeschlossen; die Mutterschaft Ihrer Ehefrau wurde für alle drei Kinder bestätigt.

Für Ihre Ehefrau sowie für die beiden älteren Kinder haben wir der Erteilung der Visa nach § 31 Abs. 1 AufenthV zugestimmt (§§ 30, 32 AufenthG). Die Zustimmung wurde der Botschaft heute elektronisch übermittelt.

[[P|Yousefs]] Nachzug prüfen wir gesondert nach § 32 AufenthG, da seine Mutter ein Aufenthaltsrecht erhält und er mit ihr in familiärer Gemeinschaft lebt. Nach syrischem Recht sind Sie in der Geburtsurkunde als Vater eingetragen; bitte teilen Sie uns mit, ob Sie für das Kind weiterhin das Sorgerecht ausüben, und legen Sie hierzu eine Erklärung beider Elternteile vor.

Die Reisepässe Ihrer Ehefrau und der Kinder hat die Botschaft geprüft; Beanstandungen bestehen nicht.

Die Kosten des Gutachtens (Rechnung Nr. RM-2025-3381 über 1.140,00 EUR) tragen Sie; eine Erstattung durch die Ausländerbehörde ist nicht vorgesehen. Ihre Wohnung (78 m², drei Zimmer) ist für fünf Personen ausreichend (§ 2 Abs. 4 AufenthG).

Wenn Sie Fragen haben, vereinbaren Sie bitte einen Termin; bei Bedarf ziehen wir eine Dolmetscherin hinzu.

Mit freundlichen Grüßen
Im Auftrag
[[P|Kathrin Schubert]]
""")

# ================================================================ b29-009 Identitätsklärung (BIOMETRIC, ETHNICITY, RELIGION)
doc("word", "identitaet", ["BIOMETRIC", "ETHNICITY", "RELIGION"], """
Aktenvermerk – Identitätsklärung / Abgleich erkennungsdienstlicher Daten

Az.: [[AZ|32.2-D-2023/0349]]
AZR-Nummer: [[AZ|221734598013]]
Betroffener (bisherige Personalien): [[P|Ahmad Zia Rahimi]], geb. [[DOB|01.01.2001]] in Ghazni, afghanisch
Status: Duldung nach § 60b AufenthG (Person mit ungeklärter Identität)

Sachverhalt:
Herr [[P|Rahimi]] (wohnhaft [[A|Am Güterbahnhof 4]], [[N|Zimmer 31]]) sprach am 03.07.2025 zur Verlängerung seiner Duldung vor und legte erstmals eine afghanische elektronische Tazkira (Nr. [[IDC|1401-0907-48213]]) im Original vor. Die Prüfung mit dem Dokumentenprüfgerät ergab keine Hinweise auf eine Manipulation.

Zur Überprüfung wurden die Fingerabdrücke des Betroffenen (zehn Finger) im Fast-ID-Verfahren erfasst und mit dem Bestand des BKA abgeglichen. Es ergab sich ein Treffer zu einem Datensatz, der am 11.11.2016 in Bulgarien angelegt wurde, mit den Personalien [[P|Zia Ahmad Rahimy]], geb. [[DOB|12.03.1999]]. Der Abgleich des Lichtbilds der Tazkira mit dem gespeicherten Gesichtsbild ergab einen Übereinstimmungswert von 0,93 (Schwelle 0,80).

Herr [[P|Rahimi]] erklärte hierzu mit Hilfe der Dolmetscherin für Dari, Frau [[P|Fariba Ahmadzai]], er habe in Bulgarien aus Angst vor einer Rückführung falsche Angaben gemacht. Sein richtiges Geburtsdatum sei der [[DOB|12.03.1999]]; das Datum 01.01.2001 sei bei der Erstregistrierung in Deutschland geschätzt worden. Er gehöre der Volksgruppe der Hazara an und sei schiitischen Glaubens; seine Familie lebe seit 2021 im Iran. Als Zeugen benennt er einen in Hamburg lebenden Bruder.

Bewertung:
Die Identität ist nunmehr hinreichend geklärt. Es wird vorgeschlagen, das Geburtsdatum im AZR zu berichtigen, die in Bulgarien erfassten Personalien als Alias zu speichern und die Duldung künftig ohne den Zusatz nach § 60b AufenthG zu erteilen. Die Beschaffung eines afghanischen Reisepasses bleibt zumutbar; der Betroffene wurde hierüber belehrt (Bl. 87 d. A.).

Wiedervorlage: 04.08.2025

[[P|Jens Uhlig]]
Sachbearbeiter
""")

# ================================================================ b29-010 Einbürgerung: Regelanfrage (POLITICS)
doc("word", "einbuergerung_regelanfrage", ["POLITICS"], f"""
Vermerk – Einbürgerungsverfahren, Ergebnis der Regelanfrage

Az.: [[AZ|EB-2024-0877]]
Antragsteller: [[P|Yıldırım, Mehmet Ali]], geb. [[DOB|09.05.1979]] in Diyarbakır, türkischer Staatsangehöriger
Anschrift: [[A|Am Wiesenrain 3]], [[A|09581 Grünhainichen-Wald]]
Ehefrau: [[P|Emine Yıldırım]] (eigener Antrag)

Das Landesamt für Verfassungsschutz Sachsen teilt mit Schreiben vom 16.06.2025 mit, dass zum Antragsteller Erkenntnisse vorliegen: Herr [[P|Yıldırım]] sei zwischen 2008 und 2013 in Diyarbakır Mitglied der prokurdischen Partei BDP gewesen und habe 2012 an nicht genehmigten Kundgebungen teilgenommen; in der Türkei sei gegen ihn deswegen ein Strafverfahren geführt worden. Seit 2019 ist er Mitglied der Partei DIE LINKE (Ortsverband Flöha) und dort als Beisitzer im Vorstand tätig.

Bewertung: Die Mitgliedschaft in einer in Deutschland nicht verbotenen Partei und die frühere Betätigung in der Türkei begründen keine tatsächlichen Anhaltspunkte für die Verfolgung oder Unterstützung verfassungsfeindlicher Bestrebungen im Sinne des § 11 Satz 1 Nr. 1 StAG. Das Bekenntnis zur freiheitlichen demokratischen Grundordnung wurde im Gespräch am 02.07.2025 glaubhaft erläutert.

Weitere Voraussetzungen:
– Niederlassungserlaubnis seit 2016, Aufenthalt seit 2009
– Beschäftigung als Schweißer bei einem Metallbaubetrieb in Flöha, Steuer-ID [[TID|{spaced_tax_id(tid_yildirim)}]], RV-Nummer [[SSN|{ssn_yildirim}]]
– Deutsch-Test für Zuwanderer B1 (2014), Einbürgerungstest bestanden
– Bundeszentralregister: keine Eintragung

Der Antragsteller wurde am 07.07.2025 telefonisch ([[T|0157 38820461]]) über den Sachstand informiert. Die Urkunde soll ihm gemeinsam mit seiner Frau ausgehändigt werden. Gebühr 255,00 EUR.

[[P|Kretzschmar]]
""")

# ================================================================ b29-011 Formular Reiseausweis (ETHNICITY, RELIGION)
doc("word", "formular_reiseausweis", ["ETHNICITY", "RELIGION"], f"""
Antrag auf Ausstellung eines Reiseausweises für Flüchtlinge (Art. 28 GFK)
Ausländerbehörde Grünhainichen-Wald

1. Familienname: [[P|GEBREMEDHIN]]
2. Vornamen: [[P|Tesfaye Berhane]]
3. Geburtsname: –
4. Geburtsdatum: [[DOB|14.10.1991]]
5. Geburtsort / -land: Keren / Eritrea
6. Geschlecht: männlich   7. Größe: 172 cm   8. Augenfarbe: braun
9. Staatsangehörigkeit: eritreisch
10. Volkszugehörigkeit: Bilen
11. Religion: katholisch (Ge’ez-Ritus)
12. Anschrift: [[A|Am Güterbahnhof 4]], [[N|Zimmer 17]], [[A|09581 Grünhainichen-Wald]]
13. Telefon: [[T|+49 1522 4408317]]
14. E-Mail: –
15. Nationalpass: nicht vorhanden; eritreische Identitätskarte Nr. [[IDC|1429385]] (beim BAMF hinterlegt)
16. Familienstand: verheiratet
17. Ehegattin: [[P|Feven Tesfamariam]], derzeit in Kampala (Uganda)
18. Kinder: keine
19. Zweck: Reise zur Ehegattin nach Uganda (nicht Eritrea)

Ich versichere, dass die Angaben vollständig und richtig sind.

Grünhainichen-Wald, 30.06.2025          Unterschrift: [[P|T. Gebremedhin]]

– Vom Amt auszufüllen –
Lichtbild geprüft: ja   Gebühr: 60,00 EUR bezahlt (Kasse, Beleg 2025-06-30-114)
Seriennummer Reiseausweis: [[PASS|{pass_rafl_gebremedhin}]]   gültig bis: 29.06.2028
Bearbeitet: SB 2
""")

# ================================================================ b29-012 Jobcenter: Prüfvermerk Selbstständige (Vietnamese nail studio)
doc("word", "jobcenter_eks", [], f"""
Jobcenter Erzgebirgskreis – Leistungsbereich Selbständige
Prüfvermerk zur abschließenden Erklärung zum Einkommen aus selbständiger Tätigkeit (Anlage EKS)

BG-Nummer: [[AZ|07403BG0017263]]
Bewilligungszeitraum: 01.01.2025 – 30.06.2025
Kundin: [[P|Lê Thị Hồng Nhung]], [[A|Dorfstraße 21 b]], [[A|09581 Grünhainichen-Wald]]
Betrieb: Nagelstudio „Lotus“, [[A|Markt 9]], [[A|09405 Zschopau]] (Inhaberin: Frau [[P|Le]])
Steuernummer: [[TNR|{tnr_lotus}]]
USt-IdNr.: [[VAT|{vat_lotus}]]
Geschäftskonto: [[IBAN|{iban_lotus}]] (bunq)
Steuerliche Beratung: Steuerbüro [[P|Pieter van Dijk]], Zschopau

1. Betriebseinnahmen
Laut Kassenbuch 28.614,50 EUR im Bewilligungszeitraum. Die Einnahmen aus Gutscheinverkäufen (Dezember) wurden periodengerecht zugeordnet.

2. Betriebsausgaben
Wareneinkauf laut Rechnungen der Nail Supply GmbH (u. a. Rechnung Nr. 2025-0147 über 412,30 EUR, Rechnung Nr. 2025-0311 über 388,90 EUR) anerkannt. Miete Studio 650,00 EUR monatlich anerkannt.
Betriebs-Pkw Toyota Yaris, amtliches Kennzeichen [[KFZ|ZP-LN 88]]: Die Kundin gibt an, das Fahrzeug auch privat zu nutzen; Privatanteil pauschal 20 % der Kfz-Kosten abgesetzt. Fahrtenbuch wurde nicht geführt.
Die Position „Fortbildung Nageldesign Leipzig“ (Beleg 88231, 540,00 EUR) wird anerkannt.

3. Ergebnis
Gewinn im Bewilligungszeitraum 6.912,40 EUR, monatlich 1.152,07 EUR. Nach Abzug der Freibeträge (§ 11b SGB II) ergibt sich eine Überzahlung von 318,60 EUR; Erstattungsbescheid ist zu fertigen. Der getrennt lebende Ehemann ist nicht Teil der BG.

Bearbeitung: [[P|Sandra Pfefferkorn]], 08.07.2025
""")

# ================================================================ b29-013 Protokoll Dienstberatung (UNION)
doc("word", "protokoll", ["UNION"], """
Protokoll der Dienstberatung Sachgebiet Ausländer- und Staatsangehörigkeitsangelegenheiten
Datum: Donnerstag, 03.07.2025, 13:00–14:40 Uhr, Beratungsraum 2.01

Teilnehmende: [[P|Dr. Ines Lößnitzer]] (Sachgebietsleiterin, Leitung), [[P|Heike Vogel]], Ordnungsamtsleiter [[P|Carsten von der Heyde]] (zu TOP 2)
Protokoll: [[P|Marcel Kunze]]

TOP 1 Personal
Frau [[P|Vogel]] teilt mit, dass sie als Vertrauensfrau der Gewerkschaft ver.di in den Personalrat gewählt wurde und ab 01.09.2025 für die Personalratsarbeit zu 30 % freigestellt wird. [[P|Vogels]] Fälle mit den Anfangsbuchstaben P–S übernimmt ab diesem Zeitpunkt der Protokollführer. Die Stelle einer weiteren Sachbearbeitung ist laut Stellenplan (Drucksache DS 7/2025/114) ab Januar 2026 besetzbar.

TOP 2 Unterbringung
Herr [[P|von der Heyde]] berichtet: Der Stadtrat hat die Errichtung einer zweiten Gemeinschaftsunterkunft im Geltungsbereich des Bebauungsplans Nr. 23 „Am Wiesengrund“ beschlossen. Die Zufahrt soll über die Waldkirchener Straße erfolgen; Bezug frühestens im Winter 2026. Die Unterkunft Am Güterbahnhof ist mit 112 von 120 Plätzen belegt.

TOP 3 Terminvergabe
Die Online-Terminbuchung hat sich bewährt. Buchungsnummern (Format T-2025-048812) sind keine Aktenzeichen und dürfen nicht in das Fachverfahren übernommen werden. Beschwerden über Wartezeiten gehen weiterhin an [[N|poststelle@gruenhainichen-wald.de]].

TOP 4 Einzelfälle
a) Herr [[P|Okafor]] ([[AZ|32.2-D-2024/0771]]): Ausbildungsduldung in der Bäckerei [[P|Winter]]; der Ausbildungsvertrag liegt der Handwerkskammer vor. Er wird angefordert.
b) Zwei Wohnsitzauflagen wurden wegen Beschäftigungsaufnahme aufgehoben; die Akten gehen an die Ausländerbehörde Leipzig.

TOP 5 Verschiedenes
Fortbildung „Aufenthaltsrecht kompakt“ der SAKD (Kurs-Nr. 25-311) am 16./17.09.2025 in Meißen: Teilnahme von zwei Sachbearbeitern. Der Robert-Koch-Platz ist wegen Bauarbeiten bis Oktober gesperrt; Dienstfahrzeuge bitte am Bauhof parken.

Nächste Dienstberatung: 07.08.2025, 13:00 Uhr.

gez. [[P|Kunze]]
""")

# ================================================================ b29-014 Standesamt: Namensführung / Transliteration (PL IBAN)
doc("word", "standesamt_name", [], f"""
Standesamt Grünhainichen-Wald
Vermerk zur Namensführung und Schreibweise vor Anmeldung der Eheschließung

Vorgang: [[AZ|A 58/2025]]

Verlobter: [[P|Oleksandr Kovalenko]], geb. [[DOB|30.08.1988]] in Charkiw, ukrainischer Staatsangehöriger
Wohnung: [[A|Chemnitzer Straße 7]], [[A|09581 Grünhainichen-Wald]]

In den vorgelegten Dokumenten wird der Name unterschiedlich geschrieben:
– Reisepass für Auslandsreisen Nr. [[PASS|GA 736215]]: [[P|KOVALENKO OLEKSANDR]]
– Geburtsurkunde (1988, russischsprachig): [[P|Коваленко Александр Викторович]]

Der Verlobte erklärt nach Art. 47 Abs. 1 Satz 1 Nr. 5 EGBGB, dass er künftig die deutschsprachige Form seines Vornamens „[[P|Alexander]]“ führen möchte; den Familiennamen in der Passschreibweise „[[P|Kovalenko]]“ behält er bei. Der Vatersname ([[P|Viktorovych]]) entfällt nach Art. 47 Abs. 1 Satz 1 Nr. 3 EGBGB.

Verlobte: [[P|Agnieszka Wróblewska]], polnische Staatsangehörige, wohnhaft in Chemnitz
Ausweis: polnischer Personalausweis (dowód osobisty) Nr. [[IDC|{id_wroblewska}]]

Die Verlobte hatte die Gebühr für die Prüfung der Ehefähigkeit doppelt überwiesen. Die Erstattung von 65,00 EUR erfolgt auf ihr polnisches Konto IBAN [[IBAN|{iban_wroblewska}]].

Grünhainichen-Wald, 04.07.2025
[[P|Haubold]]
""")

# ================================================================ b29-015 Jobcenter: Zusicherung Umzug (AT IBAN, plate)
doc("word", "jobcenter_umzug", [], f"""
Jobcenter Erzgebirgskreis · Geschäftsstelle Grünhainichen-Wald · [[N|Chemnitzer Straße 33]] · [[N|09581 Grünhainichen-Wald]]

Frau
[[P|Iryna Bondarenko]]
[[A|Annaberger Straße 102]]
[[A|09581 Grünhainichen-Wald]]

BG-Nummer: [[AZ|07403BG0020544]]
Telefon: [[T|037294 581-252]]
Datum: 04.07.2025

Zusicherung zur Berücksichtigung der Aufwendungen für eine neue Unterkunft (§ 22 Abs. 4 SGB II)

Sehr geehrte Frau [[P|Bondarenko]],

auf Ihren Antrag vom 24.06.2025 sichere ich Ihnen die Berücksichtigung der Aufwendungen für die Wohnung
[[A|Zur Alten Spinnerei 5 a]], [[N|2. OG rechts]], [[A|09573 Augustusburg]]
ab dem 01.08.2025 zu. Die Gesamtmiete von 498,00 EUR (Grundmiete 365,00 EUR, Betriebskosten 83,00 EUR, Heizkosten 50,00 EUR) ist angemessen.

Vermieterin ist Frau [[P|Eleni Karagianni]], [[A|Linzer Gasse 22]], [[A|5020 Salzburg]], Österreich. Auf Ihren Wunsch wird die Miete direkt an die Vermieterin gezahlt (§ 22 Abs. 7 SGB II), IBAN [[IBAN|{iban_karagianni}]].

Die Mietkaution von 730,00 EUR wird als Darlehen übernommen (§ 22 Abs. 6 SGB II) und ab September 2025 mit monatlich 56,30 EUR aufgerechnet.

Umzugskosten: Sie haben angegeben, den Umzug mit dem Pkw eines Bekannten (amtliches Kennzeichen [[KFZ|FG-DH 712]]) und einem geliehenen Anhänger durchzuführen. Anerkannt werden Kraftstoffkosten bis 60,00 EUR sowie die Anhängermiete laut Beleg.

Bitte beachten Sie: Mit dem Umzug nach Augustusburg bleibt die Zuständigkeit beim Jobcenter Erzgebirgskreis; die Geschäftsstelle Flöha übernimmt Ihre Akte.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch beim Jobcenter Erzgebirgskreis erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Sandra Pfefferkorn]]
""")

# ================================================================ b29-016 Outlook: very short, lower case (HEALTH)
doc("outlook", "termin_absage", ["HEALTH"], """
Betreff: termin 10.7.

hallo frau [[P|schubert]], ich kann morgen nicht kommen bin seit montag im krankenhaus wegen blinddarm op. neue termin bitte?
[[P|wali naseri]]
[[T|0176/23918844]]
""")

# ================================================================ b29-017 Outlook: English-German student mail
doc("outlook", "studium_verlaengerung", [], f"""
Betreff: Re: Verlängerung Aufenthaltserlaubnis / extension residence permit – Az. [[AZ|32.2-AE-2023/0457]]

Dear Ms [[P|Schubert]],

sorry for my bad German. My name is [[P|Le Quang Huy]], born on [[DOB|7 March 2002]] in Đà Nẵng. My residence permit for study (§ 16b) expires on 31.08.2025. I send you in the attachment:

- copy of my new passport (no. [[PASS|C8127364]], the old one is expired)
- Immatrikulationsbescheinigung TU Chemnitz, Wintersemester 2025/26
- Sperrkonto Nachweis, 11.904 EUR
- Krankenversicherung: TK, Versichertennummer [[KV|{kv_le}]]

I moved in April, my new address is [[A|Reichenhainer Str. 35]], [[N|Zimmer 412]], [[A|09126 Chemnitz]], but I am still registered at my uncle in Grünhainichen-Wald. Is this a problem? Can I get an appointment in August? I have exams until 25 July.

Thank you very much!!
Best regards / Mit freundlichen Grüßen
[[P|Huy]]

--
[[P|Lê Quang Huy]]
M.Sc. Automotive Software Engineering, TU Chemnitz
[[T|+49 1578 2204913]] | [[E|huy.le.quang@s2025.tu-chemnitz.de]]
""")

# ================================================================ b29-018 Outlook: forwarded course confirmations
doc("outlook", "integrationskurs_wg", [], """
Betreff: WG: Teilnahmebestätigungen Integrationskurs – Kurs 215/2025-IK

Hallo [[P|Jens]],

zur Info, bitte zu den Akten [[P|Darwish]] und [[P|Popal]] nehmen. Seite 2 fehlt noch, ich hab die Schule schon angeschrieben.

Grüße
[[P|Kathrin]]

-----Ursprüngliche Nachricht-----
Von: Sprachschule Lingua Viva – Sekretariat <[[N|info@linguaviva-erz.de]]>
Gesendet: Mittwoch, 2. Juli 2025 14:07
An: [[N|auslaenderbehoerde@gruenhainichen-wald.de]]
Betreff: Teilnahmebestätigungen Integrationskurs – Kurs 215/2025-IK

Sehr geehrte Damen und Herren,

anbei die Teilnahmebestätigungen für folgende Teilnehmende des Kurses 215/2025-IK (BAMF-Kursnummer 71/2025/0815):

- [[P|Abdulrahman Darwish]], geb. [[DOB|15.08.1987]], Module 1–6, Fehlzeiten 12 UE (entschuldigt)
- [[P|Zarghuna Popal]], geb. [[DOB|03.03.1995]], Module 1–6, keine Fehlzeiten
- eine weitere Teilnehmerin hat in den Abendkurs 219/2025-IK gewechselt

Die Prüfung „Deutsch-Test für Zuwanderer“ findet am Samstag, 26.07.2025, statt (Prüfungsnummer DTZ-2025-1187).

Mit freundlichen Grüßen
i. A. [[P|Giulia De Luca]]
Kursleitung
Sprachschule Lingua Viva GmbH
[[N|Annaberger Straße 40]] · [[N|09581 Grünhainichen-Wald]]
Tel. [[N|037294 6690-0]]
""")

# ================================================================ b29-019 Outlook: Ukrainian mother, typos (HEALTH)
doc("outlook", "buergerin_ukraine", ["HEALTH"], f"""
Betreff: Frage wegen wohnung und Kita

Gutten Tag Frau [[P|Richter]],

ich bin [[P|Olena Petrenko]], wir haben gesprochen letzte woche im Jobcenter. Ich wohne jetz in [[A|Feldstrasse 7]] nicht mehr in Flöha, Wohnungsgeberbestätigung habe ich gegeben in Bürgerbüro.

mein Sohn [[P|Sascha]] (eigentlich [[P|Oleksandr]], geb. [[DOB|11.01.2010]]) geht ab September in Oberschule hier. Meine Tochter [[P|Daryna]] (4 Jahre) hat Autismus Diagnose von Kinderklinik Chemnitz, sie braucht Integrationsplatz in Kita mit Einzelfallhelfer, wer bezahlt das? Die Kita sagt ich muss Antrag machen bei Sozialamt??

Brief vom Jobcenter mit Nummer [[AZ|07403BG0019384]] habe ich bekommen, aber ich verstehe nicht alles. Mein Mann ist noch in Ukraine, er kann nicht kommen.

Meine Kontonummer ist neu, bitte ändern: [[IBAN|{iban_petrenko}]]

Vielen dank!!
[[P|Olena Petrenko]]
Tel [[T|0152 08817245]]

Von meinem iPhone gesendet
""")

# ================================================================ b29-020 Outlook: lawyer, Eritrean client (POLITICS)
doc("outlook", "anwalt_duldung", ["POLITICS"], """
Betreff: Ihr Az. [[AZ|32.2-D-2024/0933]] – Herr [[P|Yonas Haile Berhane]] – Antrag auf Aufenthaltserlaubnis nach § 25 Abs. 5 AufenthG

Sehr geehrte Frau Dr. [[P|Lößnitzer]],

in der Ausländerangelegenheit meines Mandanten [[P|Yonas Haile Berhane]], wohnhaft [[A|Am Güterbahnhof 4]], [[A|09581 Grünhainichen-Wald]], nehme ich Bezug auf Ihr Schreiben vom 17.06.2025, mit dem Sie ihn zur Vorlage eines eritreischen Nationalpasses auffordern.

Die Passbeschaffung ist meinem Mandanten nicht zumutbar. Die eritreische Botschaft stellt Pässe nur aus, wenn der Antragsteller die sogenannte Reueerklärung unterzeichnet und die 2-%-Aufbausteuer nachzahlt. Mein Mandant hat sich 2014 dem unbefristeten Nationaldienst durch Flucht entzogen; mit der Reueerklärung müsste er sich einer Straftat bezichtigen. Hinzu kommt, dass er seit 2018 aktives Mitglied der exilpolitischen Oppositionsbewegung ist, regelmäßig an Kundgebungen gegen die Regierung in Asmara teilnimmt und dort als Redner aufgetreten ist. Fotos dieser Auftritte sind im Netz abrufbar.

Nach der Rechtsprechung des Bundesverwaltungsgerichts (Urteil vom 11.10.2022 – 1 C 9.21) ist die Abgabe einer solchen Erklärung gegen die eigene Überzeugung unzumutbar. Der Richter des VG Chemnitz hat dies in einem Parallelverfahren (Az. 4 K 1187/23) ebenso gesehen.

Ich beantrage daher, meinem Mandanten eine Aufenthaltserlaubnis nach § 25 Abs. 5 AufenthG zu erteilen und ihm einen Reiseausweis für Ausländer auszustellen. Eine Vollmacht füge ich bei.

Mit freundlichen Grüßen

[[P|Dr. Selam Ghebreyesus]]
Rechtsanwältin

Kanzlei für Aufenthalts- und Asylrecht
[[A|Brückenstraße 17]] | [[A|09111 Chemnitz]]
Tel. [[T|0371 2739112]] (Durchwahl)
[[E|ghebreyesus@kanzlei-gp-chemnitz.de]]
""")

# ================================================================ b29-021 Outlook: same-sex marriage (SEXUAL_ORIENTATION)
doc("outlook", "standesamt_anfrage", ["SEXUAL_ORIENTATION"], """
Betreff: Heiraten – welche Unterlagen braucht mein Verlobter aus Rumänien?

Hallo liebes Standesamt-Team,

mein Verlobter und ich sind seit sechs Jahren ein Paar und wollen im Herbst heiraten. Ich bin Deutscher, [[P|Tobias Fiedler]]; er ist Rumäne: [[P|Ionuț-Alexandru Popescu]], geb. [[DOB|04.11.1991]] in Cluj-Napoca. Wir wohnen zusammen [[A|Am Eisenberg 12]], [[A|09581 Grünhainichen-Wald]].

Er ist in Rumänien noch unter seiner alten Adresse gemeldet: [[A|Strada Republicii 21]], [[N|ap. 4]], [[A|400015 Cluj-Napoca]].

Frage: Braucht er ein Ehefähigkeitszeugnis? Rumänien erkennt gleichgeschlechtliche Ehen ja nicht an – bekommt er das Dokument dann überhaupt? Sein Buletin (Personalausweis) hat die Nummer [[IDC|CJ 482915]], einen Reisepass hat er nicht.

Unser Wunschtermin wäre Samstag, der 20.09.2025.

LG
[[P|Tobias]]
[[T|0173 6620481]]
""")

# ================================================================ b29-022 Outlook: Jobcenter → Ausländerbehörde (internal)
doc("outlook", "jobcenter_anfrage_abh", [], f"""
Von: [[P|Fritzsche, Ronny]] <[[E|ronny.fritzsche@jobcenter-ge.de]]>
Gesendet: Montag, 7. Juli 2025 10:12
An: [[N|auslaenderbehoerde@gruenhainichen-wald.de]]
Betreff: Anfrage Aufenthaltsstatus

Sehr geehrte Kolleginnen und Kollegen,

für die Weiterbewilligung benötigen wir den aktuellen Aufenthaltsstatus folgender Personen der Bedarfsgemeinschaft [[AZ|07403BG0020716]]:

1. [[P|Hadžić, Amra]], geb. [[DOB|12.06.1984]], bosnisch-herzegowinisch, SV-Nr. [[SSN|{ssn_hadzic}]], wohnhaft [[A|Lengefelder Weg 9]], [[A|09581 Grünhainichen-Wald]]
2. [[P|Hadžić, Lejla]], geb. [[DOB|09.09.2015]]

Die Fiktionsbescheinigung von Frau [[P|Hadžić]] ist am 30.06.2025 abgelaufen. Bitte teilen Sie uns kurz mit, ob ein Verlängerungsantrag vorliegt und ob die Beschäftigung erlaubt ist.

Die Datenübermittlung erfolgt nach § 71 SGB X i. V. m. § 87 AufenthG.

Mit freundlichen Grüßen
Im Auftrag
[[P|Ronny Fritzsche]]
Arbeitsvermittlung
Jobcenter Erzgebirgskreis, Geschäftsstelle Grünhainichen-Wald
[[N|Chemnitzer Straße 33]], [[N|09581 Grünhainichen-Wald]]
Telefon: [[T|037294 581-237]]
""")

# ================================================================ b29-023 Outlook: employer, cook (VAT, tax number, passport)
doc("outlook", "arbeitgeber_koch", [], f"""
Betreff: Beschäftigung eines Kochs aus der Türkei – Herr [[P|Serkan Doğan]]

Sehr geehrte Damen und Herren,

ich möchte Herrn [[P|Serkan Doğan]] (türkischer Staatsangehöriger, geb. [[DOB|18.07.1994]] in İzmir, Reisepass Nr. [[PASS|U28461937]]) ab 01.09.2025 als Koch in meinem Restaurant einstellen. Er hat sechs Jahre als Koch in einem Hotel in Çeşme gearbeitet, die Zeugnisse mit Übersetzung hänge ich an. Die Bundesagentur hat im beschleunigten Fachkräfteverfahren schon zugestimmt (Vorabzustimmung vom 23.06.2025).

Angaben zum Arbeitgeber:
Restaurant „Anatolia Grill“, Inhaber [[P|Murat Aydın]]
[[A|Markt 7]], [[A|09581 Grünhainichen-Wald]]
Steuernummer: [[TNR|{tnr_anatolia}]]
USt-IdNr.: [[VAT|{vat_anatolia}]]
Betriebsnummer: 48372615
Arbeitszeit 40 Std./Woche, Bruttolohn 2.850,00 EUR

Er wohnt zuerst bei seinem Cousin in der [[A|Feldstraße 19]]. Wann kann er nach der Einreise zur Ausländerbehörde kommen?

Für Rückfragen erreichen Sie mich unter [[T|0172 4418290]] oder [[E|murat.aydin@anatolia-grill.de]].

Viele Grüße
[[P|Murat Aydın]]
""")

# ================================================================ b29-024 Outlook: Romanian mother, credit card
doc("outlook", "urkunde_zahlung", [], f"""
Betreff: Zahlung fehlgeschlagen – Bestellung Geburtsurkunde Nr. 2025-000417

Bună ziua / Guten Tag,

ich habe online eine Geburtsurkunde für meine Tochter [[P|Ana-Maria Stan]] (geb. am [[DOB|3.4.2021]] hier in Grünhainichen-Wald) bestellt, Bestellnummer 2025-000417. Die Zahlung mit Kreditkarte hat nicht geklappt, es kam nur ein Fehler. Meine Karte: [[CC|{cc_blocks(cc_stan, (4, 4, 4, 4), ' ')}]], gültig bis 09/27. Bitte nochmal abbuchen oder Rechnung schicken, ich brauche die Urkunde für die Familienkasse.

Bitte schicken an: [[A|Hohe Straße 3]], [[A|09581 Grünhainichen-Wald]]

Mulțumesc!
[[P|Andreea Stan]]
[[T|+40 742 318 905]]
""")

# ================================================================ b29-025 Outlook: pastor, baptism of Afghan convert (RELIGION)
doc("outlook", "pfarrer_taufe", ["RELIGION"], """
Betreff: Taufbescheinigung für Herrn [[P|Naseri]]

Sehr geehrte Frau [[P|Schubert]],

als Pfarrer der Ev.-Luth. Kirchgemeinde Grünhainichen-Wald bestätige ich Ihnen auf Bitte von Herrn [[P|Mohammad Wali Naseri]], geb. [[DOB|22.08.2000]], dass er am Ostersonntag, 20.04.2025, in unserer St.-Marien-Kirche getauft wurde. Er besucht seit zwei Jahren regelmäßig unsere Gottesdienste und hat den Glaubenskurs vollständig absolviert; er engagiert sich im Besuchsdienst der Gemeinde.

Herr [[P|Naseri]] befürchtet, im Falle einer Rückkehr nach Afghanistan als Abtrünniger verfolgt zu werden, und hat beim Bundesamt einen Folgeantrag gestellt (Az. [[AZ|8274416-423]]). Ich bitte darum, bis zur Entscheidung des Bundesamtes keine aufenthaltsbeendenden Maßnahmen einzuleiten. Die Taufurkunde liegt im Original bei; eine Kopie habe ich seinem Anwalt übersandt.

Mit herzlichen Grüßen
Pfarrer [[P|Johannes Tippmann]]

Ev.-Luth. Kirchgemeinde Grünhainichen-Wald
Pfarramt, [[N|Kirchplatz 2]], [[N|09581 Grünhainichen-Wald]]
Tel. [[N|037294 7311]]
[[E|johannes.tippmann@evlks.de]]
""")

# ================================================================ b29-026 Outlook: Turkish man, lower case (UNION)
doc("outlook", "einbuergerung_nachfrage", ["UNION"], f"""
Betreff: einbürgerung stand??

hallo herr [[P|kretzschmar]],

hab vor 8 monate den antrag abgegeben (aktenzeichen [[AZ|EB-2024-1102]]) und noch nix gehört. brauchen sie noch was von mir? lohnabrechnungen hab ich im mai geschickt, steuer id ist [[TID|{tid_oezdemir}]].
ich arbeite seit 2016 bei der gleichen firma in flöha und bin da betriebsrat für die ig metall, falls das wichtig is wegen dem bekenntnis und so.
meine frau [[P|ayşe]] will auch mit eingebürgert werden, geht das noch oder muss sie extra antrag machen?

danke und grüße
[[P|hakan özdemir]]
[[A|bahnhofstr. 5a]]
[[A|09581 grünhainichen-wald]]
[[T|0176-55129043]]
""")

# ================================================================ b29-027 Outlook: son writes for mother (HEALTH, KVNR)
doc("outlook", "sozialamt_grundsicherung", ["HEALTH"], f"""
Betreff: Grundsicherung für meine Mutter – fehlende Unterlagen

Sehr geehrte Damen und Herren,

anbei schicke ich die fehlenden Unterlagen für den Antrag meiner Mutter, Frau [[P|Natalija Shevchuk]], geb. [[DOB|14.01.1954]]. Sie lebt seit 2022 bei uns in der [[A|Waldkirchener Straße 41]], [[A|09581 Grünhainichen-Wald]].

Meine Mutter hatte im Februar einen Schlaganfall und ist seitdem halbseitig gelähmt; sie hat Pflegegrad 3 und einen Schwerbehindertenausweis mit GdB 90, Merkzeichen G und B. Deshalb kann sie nicht selbst ins Amt kommen. Ich habe eine Vorsorgevollmacht (Kopie anbei).

Krankenversicherung: AOK PLUS, Versichertennummer [[KV|{kv_shevchuk}]]
Rente aus der Ukraine: ca. 95 EUR im Monat (Bescheid mit Übersetzung anbei)

Bitte schicken Sie die Post an mich, weil meine Mutter kein Deutsch lesen kann.

Mit freundlichen Grüßen
[[P|Mykola Shevchuk]]
[[T|+49 151 22748016]]
[[E|m.shevchuk@web.de]]
""")

# ================================================================ b29-028 Outlook: interpreter invoice (IBAN, tax number)
doc("outlook", "dolmetscher_rechnung", [], f"""
Betreff: Rechnung Dolmetscheinsatz 08.07.2025 – Rechnung Nr. 2025/087

Sehr geehrte Frau [[P|Schubert]],

anbei meine Rechnung für den Dolmetscheinsatz (Arabisch) am 08.07.2025 von 09:40 bis 12:25 Uhr für zwei Vorsprachen in der Ausländerbehörde:
2,75 Std. x 85,00 EUR = 233,75 EUR zzgl. Fahrtkosten 56 km x 0,42 EUR = 23,52 EUR, gesamt 257,27 EUR.

Bitte überweisen Sie den Betrag auf mein Konto bei der Volksbank Chemnitz: IBAN [[IBAN|{iban_elsayed}]]. Steuernummer [[TNR|{tnr_elsayed}]]; als Kleinunternehmerin nach § 19 UStG weise ich keine Umsatzsteuer aus.

Freundliche Grüße
[[P|Rana El-Sayed]]
allgemein beeidigte Dolmetscherin und ermächtigte Übersetzerin für die arabische Sprache (LG Chemnitz)
[[A|Hainstraße 9]] · [[A|09130 Chemnitz]]
Mobil [[T|0176 41827390]]
[[E|rana.elsayed.dolmetscht@gmail.com]]
""")

# ================================================================ b29-029 Outlook: reply with quoted English mail, lost passport
doc("outlook", "verlust_reisepass", [], f"""
Betreff: AW: lost passport / Verlust Reisepass

Sehr geehrte Frau [[P|Mansour]],

bitte buchen Sie online einen Termin und bringen Sie die Verlustanzeige der Polizei, ein biometrisches Passfoto und Ihren Aufenthaltstitel mit. Wir stellen Ihnen einen Ausweisersatz aus; einen neuen syrischen Pass müssen Sie bei der Botschaft in Berlin beantragen.

Mit freundlichen Grüßen
[[P|Jens Uhlig]]
Ausländerbehörde Grünhainichen-Wald
Tel. [[T|037294 73-416]]

Am 04.07.2025 um 21:33 schrieb [[P|Nour Mansour]] <[[E|nour.mansour95@hotmail.com]]>:
> Hello,
> I lost my Syrian passport in the train from Chemnitz (RB 80) on Wednesday. Passport number was [[PASS|N013366082]].
> My residence card is ok, number [[IDC|{eat_mansour}]].
> Police gave me a paper with number [[AZ|ED-0712-25-004183]].
> What must I do? Thank you
> [[P|Nour Mansour]], born [[DOB|1995-05-23]]
> [[A|Lessingstraße 4]], [[A|09581 Grünhainichen-Wald]]
> [[T|+49 176 88120934]]
""")

# ================================================================ b29-030 Outlook: Greek EU citizen, parking permit, Amex
doc("outlook", "anwohnerparken", [], f"""
Betreff: Anwohnerparkausweis + Ummeldung Auto

Guten Tag,

ich bin im Juni nach Grünhainichen-Wald gezogen ([[A|Clara-Zetkin-Straße 3]]) und möchte einen Anwohnerparkausweis für die Zone B beantragen. Mein Auto hat noch das griechische Kennzeichen [[KFZ|IKY-4821]], ich melde es im August um; reserviert habe ich das Wunschkennzeichen [[KFZ|ERZ-DP 1981]].

Die Gebühr von 30,00 EUR habe ich im Online-Portal mit meiner American Express bezahlt ([[CC|{cc_blocks(cc_papadopoulos, (4, 6, 5), ' ')}]]), Buchungsnummer 2025-PA-01733. Im Winter soll der Ausweis ja auch für den Parkplatz an der Schule gelten?

Viele Grüße
[[P|Dimitrios Papadopoulos]]
[[T|0049 160 97245581]]
[[E|d.papadopoulos@outlook.com]]
""")


# ---------------------------------------------------------------- checks
def iban_ok(s):
    s = s.replace(" ", "")
    digits = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    ok = int(digits) % 97 == 1
    if s.startswith("NL"):
        acct = s[8:]
        ok &= sum(int(c) * (10 - i) for i, c in enumerate(acct)) % 11 == 0
    if s.startswith("PL"):
        head = s[4:11]
        ok &= (10 - sum(int(c) * w for c, w in zip(head, (3, 9, 7, 1, 3, 9, 7))) % 10) % 10 == int(s[11])
    lengths = {"DE": 22, "AT": 20, "NL": 18, "PL": 28}
    return ok and len(s) == lengths[s[:2]]


def luhn_ok(s):
    d = s.replace(" ", "").replace("-", "")
    return luhn_check(d[:-1]) == int(d[-1])


def tax_id_ok(s):
    d = s.replace(" ", "")
    counts = [d[:10].count(x) for x in "0123456789"]
    return (len(d) == 11 and d[0] != "0" and max(counts) <= 3 and sum(1 for c in counts if c >= 2) == 1
            and mod11_10_check(d[:10]) == int(d[10]))


def vat_ok(s):
    return s.startswith("DE") and len(s) == 11 and mod11_10_check(s[2:10]) == int(s[10])


def ssn_ok(s):
    d = s.replace(" ", "")
    code = ord(d[8]) - ord("A") + 1
    values = [int(c) for c in d[:8]] + [code // 10, code % 10] + [int(c) for c in d[9:11]]
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum((v * w) // 10 + (v * w) % 10 for v, w in zip(values, weights)) % 10 == int(d[11])


def kv_ok(s):
    code = ord(s[0]) - ord("A") + 1
    values = [code // 10, code % 10] + [int(c) for c in s[1:9]]
    return sum(((v * (1 if i % 2 == 0 else 2)) // 10 + (v * (1 if i % 2 == 0 else 2)) % 10)
               for i, v in enumerate(values)) % 10 == int(s[9])


def pl_id_ok(s):
    vals = [ord(c) - 55 for c in s[:3]] + [int(c) for c in s[3:]]
    return sum(v * w for v, w in zip(vals, (7, 3, 1, 9, 7, 3, 1, 7, 3))) % 10 == 0


def icao_ok(s):
    return len(s) == 9 or icao_check(s[:9]) == int(s[9])


CHECKS = {"IBAN": iban_ok, "CREDIT_CARD": luhn_ok, "TAX_ID": tax_id_ok, "VAT_ID": vat_ok,
          "SOCIAL_SECURITY": ssn_ok, "HEALTH_INSURANCE": kv_ok}

assert iban_ok(city_iban) and pl_id_ok(id_wroblewska) and icao_ok(id_ebersbach) and icao_ok(eat_mansour)
assert len(DOCS) == 30
for d in DOCS:
    for e in d["entities"]:
        check = CHECKS.get(e["category"])
        assert check is None or check(e["text"]), (d["id"], e)
        assert d["text"][e["start"]:e["end"]] == e["text"]
    assert len(set(d["specialCategories"])) == len(d["specialCategories"])

out = os.path.join(HERE, "fresh29.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for d in DOCS:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")

# round trip: every line valid JSON, offsets right
for line in open(out, encoding="utf-8"):
    d = json.loads(line)
    for span in d["entities"] + d["neutral"]:
        assert d["text"][span["start"]:span["end"]] == span["text"]

cats = Counter(e["category"] for d in DOCS for e in d["entities"])
flags = Counter(f for d in DOCS for f in d["specialCategories"])
channels = Counter(d["channel"] for d in DOCS)
n_ent = sum(cats.values())
n_neutral = sum(len(d["neutral"]) for d in DOCS)
no_flag = sum(1 for d in DOCS if not d["specialCategories"])
order = ["PERSON", "ADDRESS", "DATE_OF_BIRTH", "CASE_REFERENCE", "PHONE", "PASSPORT", "ID_CARD", "EMAIL", "IBAN",
         "TAX_ID", "TAX_NUMBER", "SOCIAL_SECURITY", "HEALTH_INSURANCE", "LICENSE_PLATE", "VAT_ID", "CREDIT_CARD"]
forder = ["HEALTH", "RELIGION", "ETHNICITY", "POLITICS", "UNION", "SEXUAL_ORIENTATION", "BIOMETRIC", "GENETIC"]

readme = (
    "# fresh29.jsonl — held-out set, Stadt Grünhainichen-Wald (Saxony)\n\n"
    f"Written blind (no detector source, no other batch) by `make_batch29.py` (seed {SEED}) in the dev.jsonl format: "
    f"{len(DOCS)} documents b29-001…b29-030 ({channels['word']} Word, {channels['outlook']} Outlook) from an invented "
    "Saxon city's Standesamt, Ausländerbehörde, Staatsangehörigkeitsbehörde, Sozialamt and the Jobcenter — marriage and "
    "birth registrations, a name-transliteration note (Latin, Cyrillic, Vietnamese diacritics), residence-permit and "
    "family-reunification letters, an identity-clarification note, a travel-document form, naturalisation notes, "
    "a Jobcenter invitation, notes and a decision, an appointment table (tab-separated), meeting minutes, and mails from "
    "citizens (lower case, typos, English-German mixes), a lawyer, a pastor, an employer, an interpreter, plus a "
    "forwarded chain and a reply over a quoted mail; people of Syrian, Afghan, Ukrainian, Vietnamese, Romanian, "
    "Turkish, Eritrean, Bosnian, Greek, Polish, Nigerian, Italian, Dutch and Saxon origin, with "
    "`Nachname, Vorname` lists, split form fields, initials, nicknames (Sascha), genitives (Yousefs, Vogels), "
    "particles (von der Heyde, van Dijk, De Luca), `Dr. med.`, sole traders' surnames in firm names (Bäckerei Winter). "
    f"{n_ent} labelled entities: " + ", ".join(f"{c} {cats[c]}" for c in order if cats[c]) + "; "
    f"{n_neutral} neutral spans. Identifiers with check digits are valid and re-checked (IBAN DE/AT/NL with elfproef/"
    "PL with sort-code check, Luhn incl. Amex, Steuer-ID, USt-IdNr., RV-Nr. matching birth date and birth-name "
    "initial, KVNR, ICAO check digits, Polish ID card); foreign passports/ID cards (Syrian, Ukrainian, Vietnamese, "
    "Turkish, Romanian, Eritrean, Afghan Tazkira) are labelled PASSPORT/ID_CARD by what they are, eAT card numbers "
    "ID_CARD, BG-Nummer/Kundennummer/BAMF-Gz./AZR-Nummer/register and police numbers CASE_REFERENCE. Flags: "
    + ", ".join(f"{f} {flags[f]}" for f in forder if flags[f])
    + f"; {no_flag} documents carry none (including ones that mention a Krankenkasse, a Diakonie employer or a "
    "biometric passport photo harmlessly). Hard negatives: the city's and Jobcenter's addresses, switchboards, fax, functional mailboxes "
    "and Stadtkasse IBAN (neutral), a hospital, a language school and a parish office (neutral), invoice, booking, "
    "order, receipt, exam, course and Drucksache numbers, BA-Betriebsnummer, court file numbers, amounts, § references, "
    "Bebauungsplan Nr., validity/appointment/entry dates, streets without number (Am Güterbahnhof, Waldkirchener "
    "Straße), a person's name in a place name (Robert-Koch-Platz), "
    "Koch/Bäcker as jobs, Vogel in an inn's name, Winter as season, Richter as judge, city names in prose (unlabelled).\n"
)
# The writer's summary went to its own README.md; in this folder it is a section of the shared README.

print(out, len(DOCS), "documents", n_ent, "entities", n_neutral, "neutral")
print(dict(cats))
print(dict(flags), "no flag:", no_flag, dict(channels))
