"""Batch 20: a held-out set of 30 German documents from an invented Große Kreisstadt (Erlenried, Landkreis
Aichach-Friedberg, Regierungsbezirk Schwaben). Written blind: without looking at the detector or earlier batches.

Marks: [[P|…]] PERSON, [[A|…]] ADDRESS, [[E|…]] EMAIL, [[T|…]] PHONE, [[IBAN|…]], [[TID|…]] TAX_ID,
[[TNR|…]] TAX_NUMBER, [[VAT|…]] VAT_ID, [[IDC|…]] ID_CARD, [[PASS|…]] PASSPORT, [[SSN|…]] SOCIAL_SECURITY,
[[KV|…]] HEALTH_INSURANCE, [[DOB|…]] DATE_OF_BIRTH, [[KFZ|…]] LICENSE_PLATE, [[AZ|…]] CASE_REFERENCE,
[[CC|…]] CREDIT_CARD, [[N|…]] neutral. Every identifier with a check digit comes from identifiers.py.
"""
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import json  # noqa: E402
import os  # noqa: E402
from collections import Counter  # noqa: E402

from identifiers import Identifiers, group, icao_check, luhn_check, mod97_iban, mod11_10_check  # noqa: E402
from marks import build  # noqa: E402

SEED = 2020202
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh20.jsonl")

ids = Identifiers(SEED)


def spaced_iban(value):
    return group(value, 4)


def spaced_tax_id(value):
    return f"{value[:2]} {value[2:5]} {value[5:8]} {value[8:]}"


def spaced_ssn(value):
    return f"{value[:2]} {value[2:8]} {value[8]} {value[9:]}"


# --- identifiers (all generated once, in this order, from the seed) ---------------------------------------------
CITY_IBAN = spaced_iban(ids.iban_de())            # Stadtkasse Erlenried (neutral)
SENIOR_IBAN = spaced_iban(ids.iban_de())          # Seniorenbeirat's account (neutral, an organisation)
PASS_PETROVIC = ids.passport(check_digit=True)    # German passport serial with check digit
TNR_NGUYEN = ids.tax_number_bavaria()
VAT_NGUYEN = ids.vat_id()
IDC_SZABO = ids.id_card(check_digit=True)
IBAN_KOVALENKO = spaced_iban(ids.iban_de())
SSN_SCHRALL = ids.social_security("300671", "S")
KV_SCHRALL = ids.health_insurance()
IBAN_HORVAT = spaced_iban(ids.iban_de())
IBAN_KERTESZ = spaced_iban(ids.iban("AT", 16))
IBAN_KASTL = ids.iban_de()                        # written without spaces
TID_LEWANDOWSKA = ids.tax_id()
TID_STOJANOVIC = ids.tax_id()
SSN_STOJANOVIC = ids.social_security("210986", "I")  # letter of the birth name Ilić
KV_STOJANOVIC = ids.health_insurance()
IBAN_STOJANOVIC = spaced_iban(ids.iban_de())
IDC_WAGENKNECHT = ids.id_card(check_digit=False)
CC_BERNARDI = ids.credit_card("37", 15)
VAT_BERNARDI = ids.vat_id()
_bav = ids.tax_number_bavaria().split("/")
TNR_SOKOLOV = "9103" + "0" + _bav[1] + _bav[2]    # 13-digit federal form of a Bavarian Steuernummer (FA 9103)
TID_SOKOLOV = ids.tax_id()
IBAN_SOKOLOV = spaced_iban(ids.iban("PL", 24))

CC_BERNARDI_TXT = f"{CC_BERNARDI[:4]} {CC_BERNARDI[4:10]} {CC_BERNARDI[10:]}"

DOCS = []


def doc(channel, template, flags, marked):
    DOCS.append((channel, template, flags, marked.strip("\n")))


# 001 ----------------------------------------------------------------------------------------------------------
doc("outlook", "ummeldung", [], """
Betreff: ummeldung bzw. wohnungsgeberbestätigung

griaß eich,

mia (also i und mei frau) san zum 1. oktober innerhoib vo erlenried umzogn, von da [[A|Pfarrgasse 3]] in die [[A|Zur Lohmühle 11 b]], [[N|1. stock]]. des formular für d anmeldung hob i ausdruckt, aber da vermieter, da [[P|Huber Sepp]] vom [[A|Lohmühlweg 2]], is no bis allerheiligen im urlaub und ko d wohnungsgeberbestätigung ned untaschreim. reicht des wenn mas nachbringa?

mei frau is die [[P|Kreszenz Brandl]], geb. [[DOB|17.3.1961]], i bin da [[P|Xaver Brandl]], geb. [[DOB|2.11.1958]]. muas ma wega dem auto ([[KFZ|AIC-XB 58]]) a no wos macha oda is des bloß beim landratsamt?

an termin hätt i gern am vormittag, nachmittag is schlecht wega da arbeit.

pfiad eich
[[P|xaver brandl]]
[[T|0171 4 82 90 13]]
""")

# 002 ----------------------------------------------------------------------------------------------------------
doc("word", "passamt", ["BIOMETRIC", "HEALTH"], f"""
Große Kreisstadt Erlenried – Bürgerbüro / Pass- und Personalausweisbehörde
Aktenvermerk

Vorgang: [[AZ|PA 2025/03381]]
Antragsteller: [[P|Petrović, Dragan]]
Geburtsdatum: [[DOB|08.05.1979]] (Banja Luka, Bosnien und Herzegowina)
Anschrift: [[A|Am Schlossberg 22]], [[A|86568 Erlenried]]
Bisheriger Reisepass: [[PASS|{PASS_PETROVIC}]], gültig bis 11.03.2025
Beantragt: Reisepass 48 Seiten im Expressverfahren (Gebühr 70,00 € zzgl. 32,00 € Expresszuschlag)

Sachverhalt:
Herr [[P|Petrović]] sprach am 14.10.2025 um 10:20 Uhr ohne Termin vor, da er am 02.11.2025 zu einer Beerdigung nach Sarajevo reisen muss. Das mitgebrachte Lichtbild war nicht biometrietauglich (Schlagschatten, Kopf zu klein) und wurde im Fotoautomaten im Erdgeschoss neu gefertigt.

Bei der Erfassung der Fingerabdrücke erreichte der linke Zeigefinger auch nach drei Versuchen nur einen Qualitätswert von 31, da die Fingerkuppe nach einem Arbeitsunfall stark vernarbt ist. Ersatzweise wurde der linke Mittelfinger erfasst; rechter Zeigefinger Qualitätswert 87. Die Fingerabdruckdaten wurden mit dem Antrag an die Bundesdruckerei übermittelt und werden nach Aushändigung des Passes gelöscht.

Der Antragsteller wurde darauf hingewiesen, dass der Pass frühestens am 24.10.2025 abholbereit ist. Benachrichtigung per SMS an [[T|0152 2904 1177]] gewünscht.

gez. [[P|Seitz]], 14.10.2025
""")

# 003 ----------------------------------------------------------------------------------------------------------
doc("outlook", "gewerbe", [], f"""
Betreff: Gewerbeanmeldung Nagelstudio – Nachreichung der Unterlagen

Sehr geehrte Frau [[P|Obermaier]],

wie am Telefon besprochen reiche ich die fehlenden Angaben zu meiner Gewerbeanmeldung (Ihr Zeichen [[AZ|32.1-GA 2025/0877]]) nach:

Name: [[P|Nguyen Thi Thu Hà]]
Geburtsdatum: [[DOB|23.01.1990]], Geburtsort Hải Phòng (Vietnam)
Betriebsstätte: Nails & Beauty [[P|Hà]], [[A|Stadtplatz 9]], [[A|86568 Erlenried]]
Tätigkeit: Nagelstudio, Kosmetik (ohne Heilbehandlung), Verkauf von Pflegeprodukten
Beginn: 01.11.2025
Steuernummer: [[TNR|{TNR_NGUYEN}]]
USt-IdNr.: [[VAT|{VAT_NGUYEN}]]
Mobil: [[T|0176 / 43 21 87 09]]

Die Kopie meines Aufenthaltstitels habe ich eingescannt und angehängt. Die Gebühr in Höhe von 40,00 € habe ich heute überwiesen.

Mit freundlichen Grüßen
[[P|Thu Hà Nguyen]]
[[E|nails.ha.erlenried@gmail.com]]
""")

# 004 ----------------------------------------------------------------------------------------------------------
doc("word", "verwarnung", [], f"""
Große Kreisstadt Erlenried · Ordnungsamt · Kommunale Verkehrsüberwachung
[[N|Marktplatz 1]] · [[N|86568 Erlenried]] · Zentrale [[N|08257 903-0]]

Herrn
[[P|Ionuț-Cristian Mureșan]]
[[A|Hauptstraße 104 1/2]]
[[A|86568 Erlenried]]

Aktenzeichen: [[AZ|OWi 710.25.004512]]
Kassenzeichen: [[AZ|5.2025.130977]]
Datum: 21.10.2025

Verwarnung mit Verwarnungsgeld und Anhörung

Sehr geehrter Herr [[P|Mureșan]],

Ihnen wird vorgeworfen, am 02.10.2025 um 09:47 Uhr in Erlenried, Stadtplatz, Höhe Einhorn-Apotheke, als Führer des PKW Dacia mit dem amtlichen Kennzeichen [[KFZ|AIC-RM 711]] im eingeschränkten Halteverbot länger als drei Minuten geparkt zu haben (§ 12 Abs. 1, § 49 StVO; Tatbestandsnummer 112402). Beweismittel: Feststellung und Lichtbilder der Verkehrsüberwachungskraft.

Wegen dieser Ordnungswidrigkeit wird Ihnen eine Verwarnung mit einem Verwarnungsgeld in Höhe von 25,00 EUR erteilt (§ 56 OWiG). Die Verwarnung wird nur wirksam, wenn Sie innerhalb einer Woche zustimmen, indem Sie den Betrag auf das Konto der Stadtkasse Erlenried, IBAN [[N|{CITY_IBAN}]], unter Angabe des Kassenzeichens überweisen. Andernfalls wird ein Bußgeldverfahren eingeleitet; es entstehen dann zusätzlich Gebühren und Auslagen von mindestens 28,50 EUR.

Sie können sich zu dem Vorwurf auch schriftlich äußern.

Mit freundlichen Grüßen
Im Auftrag
[[P|T. Gschwendtner]]
Telefon [[T|08257 903-318]]
""")

# 005 ----------------------------------------------------------------------------------------------------------
doc("outlook", "sondernutzung", [], """
Von: [[P|Wiedemann, Sabine]]
Gesendet: Montag, 13. Oktober 2025 08:12
An: Ordnungsamt Sondernutzung
Betreff: WG: Freischankfläche Taverne Olympia 2026

Zur Bearbeitung, kam übers allgemeine Postfach rein. Danke!

-----Ursprüngliche Nachricht-----
Von: [[P|Kostas Papadopoulos]] <[[E|k.papadopoulos@taverne-olympia-erlenried.de]]>
Gesendet: Samstag, 11. Oktober 2025 22:41
An: [[N|info@erlenried.de]]
Betreff: Freischankfläche Taverne Olympia 2026

Guten Tag,

für unsere Taverne in der [[A|Ludwigstraße 17]] möchte ich für die Saison 2026 (April bis Oktober) wieder die Freischankfläche auf dem Gehweg beantragen, wie dieses Jahr unter dem Aktenzeichen [[AZ|32-SN-2025/041]], ca. 24 m² mit 6 Tischen.

Neu wäre eine zweite Fläche vor dem Schreibwarenladen nebenan (ca. 8 m², 2 Stehtische), die Inhaberin Frau [[P|Angelika Reiter-Pfaffinger]] hat schon schriftlich zugestimmt, ihr Schreiben hänge ich an. Die Durchgangsbreite von 1,50 m bleibt frei, das haben wir ausgemessen.

Die Rechnung Nr. 2025-0388 über 312,00 € für die Saison 2025 ist bezahlt.

Mit freundlichen Grüßen
[[P|Konstantinos Papadopoulos]]
Taverne Olympia
Tel. [[T|08257 / 93 11 40]]
Handy [[T|+49 160 96 01 44 7]]
""")

# 006 ----------------------------------------------------------------------------------------------------------
doc("word", "fundbuero", ["HEALTH"], f"""
Fundbüro der Großen Kreisstadt Erlenried
Fundsachenverzeichnis Oktober 2025 – Auszug zur internen Bearbeitung (nicht für den Aushang)
Stand: 24.10.2025

Fund-Nr. | Fundtag | Gegenstand | Fundort | Finder/in | Bemerkung
[[N|F-25-0412]] | 01.10.2025 | Herrenfahrrad, schwarz, KTM, mit Rahmen-Codierung | Bahnhof, Radständer Gleis 1 | [[P|Kuhn, Wolfgang]] | Eigentümer über Codierung ermittelt: [[P|Reindl, Maximilian]], [[A|Birkenweg 4]]; angeschrieben am 06.10.
[[N|F-25-0415]] | 03.10.2025 | Geldbörse braun, 43,50 € Bargeld, keine Ausweise | Volksfestplatz | anonym | Tresor
[[N|F-25-0419]] | 06.10.2025 | Personalausweis Nr. [[IDC|{IDC_SZABO}]], ausgestellt auf [[P|Szabó, Réka]], geb. [[DOB|12.04.1997]] | Stadtbus Linie 2 | Busfahrer | am 08.10. an die Inhaberin ausgehändigt
[[N|F-25-0423]] | 09.10.2025 | Schlüsselbund, 7 Schlüssel, Anhänger „TSV Erlenried“ | Friedhof Nord, Eingang Aussegnungshalle | Friedhofsgärtnerei | –
[[N|F-25-0430]] | 15.10.2025 | Hörgerät (Hinter-dem-Ohr, beige) im Etui | Seniorenbegegnungsstätte | [[P|Amir Sultani]] | Eigentümer: [[P|Alois Stangl]], Tel. [[T|08257 2731]], Abholung am 17.10.
[[N|F-25-0431]] | 16.10.2025 | Smartphone Samsung Galaxy A54, Display gesprungen | Parkplatz Edeka, Augsburger Straße | Polizeiinspektion Aichach | Tresor, Entsperrung nicht möglich

Fahrräder ohne Eigentümerermittlung werden nach Ablauf der Aufbewahrungsfrist von sechs Monaten (§ 973 BGB) versteigert.
""")

# 007 ----------------------------------------------------------------------------------------------------------
doc("outlook", "wohngeld", [], f"""
Betreff: Weiterleistungsantrag Wohngeld - Aktenzeichen [[AZ|WG-0471/2024]]

Sehr geehrte Damen und Herren,

ich heiße [[P|Oksana Kovalenko]] und bekomme Wohngeld bis 30.11.2025 (Bescheid vom 14.05.2025). Ich möchte Weiterleistung beantragen. Die Formulare habe ich ausgefüllt, aber ich habe noch Fragen:

1. Meine Tochter [[P|Sofiia]] (geboren [[DOB|19.08.2009]]) macht seit September Ausbildung als Zahnmedizinische Fachangestellte und bekommt 1.050 Euro brutto. Muss ich das angeben und zählt sie noch zum Haushalt?
2. Mein Sohn [[P|Artem Kovalenko]] ist im August nach Augsburg ausgezogen, er wohnt jetzt [[A|Gögginger Str. 88]], [[A|86159 Augsburg]]. Die Miete für unsere Wohnung bleibt gleich, 690 Euro warm.
3. Mein Konto hat sich geändert, neue IBAN: [[IBAN|{IBAN_KOVALENKO}]] (Kontoinhaber bin ich).

Meine Adresse ist gleich: [[A|Schwabenstr. 40]], [[N|Whg. 12]], [[A|86568 Erlenried]].

Vielen Dank und freundliche Grüße
[[P|Oksana Kovalenko]]
Tel: [[T|+49 1577 3904 218]]
""")

# 008 ----------------------------------------------------------------------------------------------------------
doc("word", "grundsicherung", ["HEALTH"], f"""
Große Kreisstadt Erlenried
Amt für Soziales, Senioren und Integration – Sachgebiet Grundsicherung

Große Kreisstadt Erlenried · [[N|Postfach 11 40]] · [[N|86565 Erlenried]]

Frau Rechtsanwältin
[[P|Dr. Miriam Stadler-Oktay]]
[[A|Bahnhofstraße 5]]
[[A|86551 Aichach]]

Ihr Zeichen: [[AZ|117/25 St]]
Unser Zeichen: [[AZ|50.2-GS 2025/0093]]
Datum: 16.10.2025

Grundsicherung im Alter und bei Erwerbsminderung (Viertes Kapitel SGB XII)
Ihr Mandant: Herr [[P|Bernhard Schrall]], geb. [[DOB|30.06.1971]]

Sehr geehrte Frau Dr. [[P|Stadler-Oktay]],

für den mit Schreiben vom 29.09.2025 gestellten Antrag Ihres Mandanten auf Leistungen nach §§ 41 ff. SGB XII danken wir Ihnen. Die Deutsche Rentenversicherung Schwaben hat mit Bescheid vom 02.09.2025 eine volle Erwerbsminderung auf Dauer festgestellt (Versicherungsnummer [[SSN|{spaced_ssn(SSN_SCHRALL)}]]). Nach dem beigefügten Entlassungsbericht des Bezirkskrankenhauses Augsburg befindet sich Ihr Mandant wegen einer paranoiden Schizophrenie in fortlaufender ambulanter Behandlung; eine Arbeitsaufnahme ist danach nicht absehbar.

Zur abschließenden Bearbeitung benötigen wir nach § 60 SGB I noch folgende Unterlagen bis zum 14.11.2025:
1. Kontoauszüge der letzten drei Monate für alle Konten Ihres Mandanten,
2. den aktuellen Mietvertrag sowie die Nebenkostenabrechnung 2024 (Kaltmiete laut Antrag 410,00 €, Nebenkosten 95,00 €),
3. einen Nachweis über die Kranken- und Pflegeversicherung (laut Antrag AOK Bayern, Krankenversichertennummer [[KV|{KV_SCHRALL}]]),
4. die ärztliche Bescheinigung für den beantragten Mehrbedarf für kostenaufwändige Ernährung.

Werden die Unterlagen nicht fristgerecht vorgelegt, können die Leistungen nach § 66 SGB I ganz oder teilweise versagt werden.

Mit freundlichen Grüßen
Im Auftrag

[[P|Kathrin Lechner]]
Sachbearbeiterin Grundsicherung
Zimmer 2.14 · Telefon [[T|08257 903-261]] · [[E|kathrin.lechner@erlenried.de]]
""")

# 009 ----------------------------------------------------------------------------------------------------------
doc("outlook", "standesamt", ["SEXUAL_ORIENTATION"], """
Betreff: Anmeldung zur Eheschließung – Termin im Mai 2026?

Liebes Team vom Standesamt,

mein Verlobter [[P|Matteo Russo]] und ich, [[P|Florian Wimmer]], wollen nächstes Jahr heiraten – am liebsten am Samstag, 16.05.2026, im Trauzimmer im Alten Rathaus. Ist da noch was frei?

Ein paar Fragen vorab:
- [[P|Matteo]] ist Italiener, geboren am [[DOB|4. Dezember 1991]] in Bari, und seit 2019 in Erlenried gemeldet. Er hat nur seinen italienischen Reisepass ([[PASS|YB4417283]]), als EU-Bürger keinen Aufenthaltstitel. Reicht der für die Anmeldung?
- Braucht er ein Ehefähigkeitszeugnis aus Italien, oder genügt der „nulla osta“ vom Generalkonsulat in München?
- Ich bin am [[DOB|27.02.1989]] in Friedberg zur Welt gekommen. Die Geburtsurkunde muss ich dort anfordern, oder?

Als Trauzeugin kommt meine Schwester [[P|Veronika Wimmer-Schuster]] mit, den zweiten Trauzeugen bringt er aus Bari mit.

Wir wohnen zusammen am [[A|Kapellenweg 2c]], [[A|86568 Erlenried-Oberbrunn]]. Am besten erreichen Sie mich unter [[T|0160 99 12 34 8]] oder hier per Mail.

Viele Grüße und danke schon mal!
[[P|Florian Wimmer]]
[[E|flo.wimmer@gmx.net]]
""")

# 010 ----------------------------------------------------------------------------------------------------------
doc("word", "friedhof", ["RELIGION"], """
Telefonnotiz – Friedhofsverwaltung

Datum/Uhrzeit: 20.10.2025, 08:35 Uhr
Anrufer: Herr [[P|Emre Yıldırım]] (Sohn), Rückruf unter [[T|+49 176 22 90 41 38]]
Betrifft: Sterbefall [[P|Hasan Yıldırım]], geb. [[DOB|03.07.1948]], verst. 18.10.2025 im Kreisklinikum Aichach, zuletzt wohnhaft [[A|Färbergasse 6]], Erlenried
Az.: [[AZ|67.1-BE 2025/212]]

Herr [[P|Yıldırım]] bittet um eine Grabstelle auf dem muslimischen Grabfeld des Waldfriedhofs. Die Familie wünscht eine Bestattung nach islamischem Ritus möglichst innerhalb von 48 Stunden, mit Ausrichtung des Grabes nach Mekka und ohne Sarg, nur im Leichentuch. Die rituelle Waschung soll durch Helfer der Moscheegemeinde in der Leichenhalle erfolgen.

Ich habe erläutert:
– Grabfeld M ist bis Reihe 3 belegt; frei sind Reihe 4, Nr. 1–9.
– Die sarglose Bestattung ist nach § 17 Abs. 4 der Friedhofssatzung nur mit Ausnahmegenehmigung zulässig; Antrag formlos über den Bestatter.
– Bestattung frühestens Mittwoch, 22.10., nachmittags, da die Freigabe noch aussteht.

Bestatter ist das Bestattungshaus [[P|Kögel]], Tel. [[T|08257 15 54]].

Rückruf bis heute 12 Uhr zugesagt.
[[P|Brunhilde Zach]], Friedhofsverwaltung
""")

# 011 ----------------------------------------------------------------------------------------------------------
doc("outlook", "bauamt", [], """
Betreff: AW: Nachbarbeteiligung Bauvorhaben [[A|Kellerfeldstraße 9]] – Ihr Schreiben vom 15.10.

Sehr geehrter Herr [[P|Lindner]],

danke für Ihre rasche Antwort. Ich bleibe trotzdem bei meinen Einwendungen: Die geplante Doppelgarage meines Nachbarn hat laut den Plänen an der Grenze zu meinem Grundstück eine Wandhöhe von 3,40 m und nimmt unserem Wintergarten ab Oktober praktisch die ganze Nachmittagssonne. Außerdem soll darauf eine Dachterrasse entstehen, von der man direkt in unser Schlafzimmer sieht. Ich habe die Pläne deshalb nicht unterschrieben und bitte, mir den Bescheid förmlich zuzustellen.

Zu einer Ortsbesichtigung stehe ich jederzeit zur Verfügung, am besten nach 16 Uhr.

Mit freundlichen Grüßen
[[P|Dr. Konrad von Aretin]]
[[A|Kellerfeldstraße 11]]
[[A|86568 Erlenried]]
Tel. [[T|(0 82 57) 93 41 06]]

Am 15.10.2025 um 10:03 schrieb [[P|Lindner, Markus]] <[[E|markus.lindner@erlenried.de]]>:
> Sehr geehrter Herr Dr. [[P|von Aretin]],
>
> das Bauvorhaben von Herrn [[P|Besnik Krasniqi]] auf Fl.Nr. 1123/4 der Gemarkung Haslach ([[A|Kellerfeldstraße 9]]) liegt im Geltungsbereich des Bebauungsplans Nr. 38 „Kellerfeld Süd“. Garagen an der Grundstücksgrenze sind nach Art. 6 Abs. 7 BayBO mit einer mittleren Wandhöhe bis 3 m und einer Gesamtlänge von 9 m je Grundstücksgrenze zulässig. Ob die Dachterrasse genehmigungsfähig ist, prüfen wir derzeit.
> Unser Aktenzeichen lautet [[AZ|BV-0214/2025-Li]]; bitte geben Sie es bei Rückfragen an.
>
> Mit freundlichen Grüßen
> [[P|Markus Lindner]]
> Stadtbauamt – Bauordnung
> Tel. [[T|08257 903-412]]
""")

# 012 ----------------------------------------------------------------------------------------------------------
doc("word", "kita", ["HEALTH"], """
Städtische Kindertagesstätte „Regenbogen“ · [[N|Jahnstraße 4]] · [[N|86568 Erlenried]] · Tel. [[N|08257 903-540]]

Protokoll Aufnahmegespräch

Kind: [[P|Chiamaka Okafor]], geb. am [[DOB|11.03.2022]]
Eltern: [[P|Chukwuemeka Okafor]] und [[P|Blessing Okafor]] geb. [[P|Eze]]
Anschrift: [[A|Im Wiesengrund 14]], [[A|86568 Erlenried]]
Telefon Mutter: [[T|0157 35 82 19 44]] (Vater über die Mutter erreichbar)
Aufnahme: 01.12.2025, Krippengruppe „Raupen“, Buchungszeit 7–8 Std. (Elternbeitrag 245,00 € mtl.)
Kundennummer Kita-Beiträge: [[AZ|KT-40218]]

Gesundheit:
[[P|Chiamaka]] hat seit Juni 2025 einen Diabetes mellitus Typ 1 und trägt eine Insulinpumpe mit Glukosesensor. Die Eltern legen einen Notfallplan der behandelnden Kinderdiabetologin am Klinikum Augsburg vor. Das Gruppenpersonal wird am 24.11. durch die Diabetesberaterin geschult. Bei Werten unter 70 mg/dl: Traubenzucker geben, Eltern anrufen. Impfnachweis Masern liegt vor.

Sonstiges:
Familiensprache Englisch, die Mutter spricht gut Deutsch. Abholberechtigt außer den Eltern: Tante [[P|Ngozi Eze-Müller]] (Ausweis wird bei der ersten Abholung vorgezeigt).

Erlenried, 22.10.2025
[[P|S. Rauch]], Kita-Leitung
""")

# 013 ----------------------------------------------------------------------------------------------------------
doc("outlook", "mittagsbetreuung", ["HEALTH"], f"""
Von: [[P|Ivana Horvat-Kraus]] <[[E|ivana.hk@web.de]]>
Gesendet: Dienstag, 7. Oktober 2025 21:58
An: [[N|mittagsbetreuung@erlenried.de]]
Betreff: Mittagsbetreuung [[P|Luka]] 3b - essen + lastschrift

hallo frau [[P|pongratz]],

kurze frage wegen [[P|luka]] (klasse 3b, grundschule am kellerberg): er hat ja zöliakie, das wissen sie glaub ich vom anmeldebogen. letzte woche hat er 2x normale nudeln bekommen und hatte dann am wochenende wieder die bauchkrämpfe :( könnt ihr mit dem caterer nochmal reden dass er glutenfrei bekommt? das attest vom kinderarzt schick ich nochmal mit.

und: wir haben die bank gewechselt, bitte ab november hiervon abbuchen: [[IBAN|{IBAN_HORVAT}]] , inhaber ist mein mann [[P|Tomislav Horvat]]. brauchen sie dafür ein neues sepa-mandat?

danke und lg
[[P|ivana]]
[[T|0176-21 88 43 07]]
""")

# 014 ----------------------------------------------------------------------------------------------------------
doc("word", "musikschule", [], """
Städtische Musikschule Erlenried
Neuanmeldungen Schuljahr 2025/26 – Stand 30.09.2025 (intern)

Nr.	Name, Vorname	geb.	Fach	Erziehungsberechtigte/r	Telefon	Ermäßigung
1	[[P|Oberpriller, Korbinian]]	[[DOB|07.06.2011]]	Steirische Harmonika	[[P|Rosi Oberpriller]]	[[T|08257/3371]]	Bildung und Teilhabe
2	[[P|Trần, Minh Anh]]	[[DOB|30.04.2015]]	Klavier	[[P|Trần Văn Hùng]]	[[T|0162 – 710 23 56]]	Sozialermäßigung 50 %
3	[[P|Huber, Vitus]]	[[DOB|09.01.1958]]	Zither (Erwachsene)	–	[[T|08257 4 19 07]]	–

Unterrichtsbeginn für alle Neuanmeldungen in der Woche ab 13.10.2025. Entgelte laut Gebührenordnung vom 01.08.2024 (Einzelunterricht 30 Min. 78,00 €, 45 Min. 112,00 € monatlich; Erwachsene zzgl. 10 %); die Bescheide verschickt die Stadtkasse.
""")

# 015 ----------------------------------------------------------------------------------------------------------
doc("outlook", "vhs", ["HEALTH"], f"""
Betreff: Abmeldung Kurs 252-4107 „Yoga am Vormittag“ / Rückerstattung

Sehr geehrte Damen und Herren,

leider muss ich mich von dem Kurs 252-4107 (Yoga am Vormittag, donnerstags 9:30 Uhr, Kursleiterin Frau [[P|Brigitte Maurer]]) abmelden. Meine Frauenärztin hat mir wegen einer Risikoschwangerschaft bis auf Weiteres jeden Sport untersagt, ein Attest kann ich nachreichen.

Die Kursgebühr von 96,00 € (Rechnung Nr. VHS-R-2025-03317) habe ich bereits bezahlt. Ich wäre dankbar, wenn Sie mir den anteiligen Betrag für die acht noch offenen Termine erstatten könnten. Da wir zum 1. November zu meinem Mann nach Salzburg ziehen, bitte auf unser österreichisches Konto:

Kontoinhaberin: [[P|Zsófia Kertész-Bauer]]
IBAN: [[IBAN|{IBAN_KERTESZ}]]
BIC: RVSAAT2S

Neue Anschrift ab 01.11.2025:
[[A|Schallmooser Hauptstraße 48/7]]
[[A|5020 Salzburg]]
Österreich

Mit freundlichen Grüßen
[[P|Zsófia Kertész-Bauer]]
VHS-Kundennummer [[AZ|20-118204]]
Mobil [[T|+43 664 4127 389]]
""")

# 016 ----------------------------------------------------------------------------------------------------------
doc("word", "stadtwerke", [], f"""
Stadtwerke Erlenried – Eigenbetrieb der Großen Kreisstadt Erlenried
Wasserversorgung · Abwasserbeseitigung
[[N|Am Wasserturm 2]] · [[N|86568 Erlenried]] · Kundenservice [[N|08257 903-700]] · [[N|kundenservice@stadtwerke-erlenried.de]]

Herrn und Frau
[[P|Georg]] und [[P|Theresia Kastl]]
[[A|Auf der Haid 27 a]]
[[A|86568 Erlenried]]

Kundennummer: [[AZ|200 314 778]]
Verbrauchsstelle: [[A|Mühlstraße 5]], Erlenried (vermietetes Objekt)
Zählernummer: [[N|3 EMH 0071 4528]]
Datum: 09.10.2025

Ihr Antrag auf Absetzung von Gartenwassermengen / Änderung der Bankverbindung

Sehr geehrte Eheleute [[P|Kastl]],

vielen Dank für Ihr Schreiben vom 29.09.2025. Den Zwischenzähler für das Gartenwasser (Zähler-Nr. [[N|GZ-18-22931]], eingebaut am 12.04.2025 durch die Firma Sanitär [[P|Heinzlmeier]]) haben wir am 06.10.2025 abgenommen und verplombt. Nach § 10 Abs. 3 der Beitrags- und Gebührensatzung zur Entwässerungssatzung (BGS-EWS) werden nachweislich nicht in die Kanalisation eingeleitete Wassermengen von der Schmutzwassergebühr abgesetzt. Für 2025 ergibt sich eine Gutschrift von 31,08 € (18,5 m³ × 1,68 €/m³), die mit der Jahresverbrauchsabrechnung verrechnet wird.

Die neue Bankverbindung haben wir für künftige Abbuchungen hinterlegt:
IBAN: [[IBAN|{IBAN_KASTL}]]
Mandatsreferenz: [[N|SWE-200314778-03]]

Der nächste Abschlag in Höhe von 64,00 € wird am 15.11.2025 eingezogen.

Mit freundlichen Grüßen
Stadtwerke Erlenried
i. A. [[P|Ludmila Becker]]
Telefon [[T|08257 903-714]]
""")

# 017 ----------------------------------------------------------------------------------------------------------
doc("outlook", "grundsteuer", [], f"""
Von: [[P|Marek Lewandowski]] <[[E|marek.lewandowski@outlook.de]]>
Gesendet: Donnerstag, 16. Oktober 2025 19:12
An: [[N|steueramt@erlenried.de]]
Betreff: WG: Grundsteuerbescheid 2025 meiner Mutter

Guten Abend,

ich leite Ihnen die Nachricht meiner Mutter weiter, sie tut sich mit dem Mailen schwer. Sie versteht nicht, warum die Grundsteuer für ihr Haus [[A|Am Kreuzacker 12]] von 187,00 € auf 512,40 € im Jahr gestiegen ist. Der Grundsteuermessbescheid des Finanzamts Augsburg-Land (Az. [[AZ|103/270/18834]]) ist aus unserer Sicht falsch: Die Wohnfläche ist mit 162 m² angesetzt, tatsächlich sind es 118 m², das Dachgeschoss ist nicht ausgebaut.

Können Sie die Zahlung aussetzen, bis das Finanzamt den Messbescheid korrigiert hat? Einspruch beim Finanzamt haben wir am 10.10. eingelegt.

Viele Grüße
[[P|Marek Lewandowski]]
[[T|+49 171 902 55 18]]

---------- Weitergeleitete Nachricht ---------
Von: [[P|Halina Lewandowska]] <[[E|h.lewandowska@gmx.de]]>
Datum: Mi., 15. Okt. 2025 um 11:40
Betreff: Grundsteuer
An: [[P|Marek]] <[[E|marek.lewandowski@outlook.de]]>

Kannst du das bitte an die Stadt schicken. Ich habe den Bescheid bekommen, Kassenzeichen [[AZ|2.1100.058831]], 512 Euro, das kann nicht sein. Ich zahle seit 1994 immer 187 Euro. Brauchen die meine Nummer vom Finanzamt? Die ist [[TID|{spaced_tax_id(TID_LEWANDOWSKA)}]].
Mama
""")

# 018 ----------------------------------------------------------------------------------------------------------
doc("word", "hundesteuer", [], f"""
Große Kreisstadt Erlenried · Steueramt · [[N|Marktplatz 1]] · [[N|86568 Erlenried]]

Frau
[[P|Siriporn Schäffler]]
[[A|An der Leiten 3 1/2]]
[[A|86568 Erlenried]]

Kassenzeichen: [[AZ|3.1300.004127]]
Steuermarke Nr.: 0317
Auskunft erteilt: Herr [[P|Pfisterer]], Telefon [[T|08257 903-225]]
Datum: 13.10.2025

Bescheid über die Festsetzung der Hundesteuer

Sehr geehrte Frau [[P|Schäffler]],

aufgrund Ihrer Anmeldung vom 01.10.2025 wird für Ihren Hund „Rocky“ (American Staffordshire Terrier, Rüde, gewölft am 12.05.2024, Transponder-Nr. [[N|276098106534211]]) nach der Hundesteuersatzung der Großen Kreisstadt Erlenried vom 18.11.2019 folgende Hundesteuer festgesetzt:

Zeitraum 01.10.–31.12.2025: 150,00 €
ab dem Kalenderjahr 2026 jährlich: 600,00 €

Der erhöhte Steuersatz ergibt sich aus § 5 Abs. 2 der Satzung, da es sich um einen Kampfhund der Kategorie II im Sinne der Verordnung über Hunde mit gesteigerter Aggressivität und Gefährlichkeit handelt. Das Negativzeugnis des Landratsamts Aichach-Friedberg vom 22.09.2025 liegt vor. Ihr Ehemann, Herr [[P|Jürgen Schäffler]], ist als weiterer Halter eingetragen.

Die Steuer für 2025 ist einen Monat nach Bekanntgabe dieses Bescheids fällig, für die Folgejahre jeweils zum 01.07. Bitte überweisen Sie unter Angabe des Kassenzeichens auf das Konto der Stadtkasse, IBAN [[N|{CITY_IBAN}]].

Rechtsbehelfsbelehrung: Gegen diesen Bescheid können Sie innerhalb eines Monats nach seiner Bekanntgabe entweder Widerspruch einlegen oder unmittelbar Klage erheben bei dem Bayerischen Verwaltungsgericht Augsburg, [[N|Kornhausgasse 4]], [[N|86152 Augsburg]].

Mit freundlichen Grüßen
i. A.
[[P|Pfisterer]]
""")

# 019 ----------------------------------------------------------------------------------------------------------
doc("outlook", "zweitwohnungsteuer", [], """
Betreff: Re: Zweitwohnungsteuer – Erklärung Nebenwohnung [[A|Ringstraße 22]]

Sehr geehrte Frau [[P|Heigl]],

anbei wie gewünscht die ausgefüllte Erklärung zur Zweitwohnungsteuer. Zur Begründung meines Antrags auf Befreiung:

Ich bin verheiratet und lebe mit meiner Frau [[P|Claudia Rauscher-Hendl]] in unserer gemeinsamen Hauptwohnung in der [[A|Leopoldstraße 143]] ([[N|Rückgebäude]]), [[A|80804 München]]. Die Wohnung in der [[A|Ringstraße 22]] in Erlenried (1 Zimmer, 34 m²) nutze ich ausschließlich beruflich, da ich seit März 2025 als Projektleiter bei der Kessler Anlagenbau GmbH in Erlenried tätig bin. Nach der Rechtsprechung des Bundesverfassungsgerichts (Beschluss vom 11.10.2005, 1 BvR 1232/00) darf die aus beruflichen Gründen gehaltene Nebenwohnung eines nicht dauernd getrennt lebenden Verheirateten nicht besteuert werden, wenn die Hauptwohnung die eheliche Wohnung ist.

Eine Kopie der Heiratsurkunde sowie die Meldebestätigung meiner Frau füge ich bei.

Mit freundlichen Grüßen
Dipl.-Ing. [[P|Wolfgang Rauscher-Hendl]]
[[T|+49 89 3 07 41 92]] / mobil [[T|0170 55 23 604]]

Am Mo., 6. Okt. 2025 um 14:22 Uhr schrieb Steueramt Erlenried <[[N|steueramt@erlenried.de]]>:
> Sehr geehrter Herr [[P|Rauscher-Hendl]],
> laut Melderegister sind Sie seit 01.03.2025 mit Nebenwohnung in der [[A|Ringstraße 22]] gemeldet. Wir bitten Sie, die beigefügte Erklärung zur Zweitwohnungsteuer bis 31.10.2025 zurückzusenden (Aktenzeichen [[AZ|22-ZWS-0461]]).
> Mit freundlichen Grüßen
> [[P|Heigl]]
> Steueramt
""")

# 020 ----------------------------------------------------------------------------------------------------------
doc("word", "personalfragebogen", ["RELIGION", "HEALTH"], f"""
Große Kreisstadt Erlenried – Personalamt
Personalfragebogen für Beschäftigte (TVöD)                    Personalnummer: [[N|0041872]]

1. Persönliche Angaben
Name, Vorname: [[P|Stojanović, Jelena]]
Geburtsname: [[P|Ilić]]
Geburtsdatum, -ort: [[DOB|21.09.1986]], Kragujevac (Serbien)
Staatsangehörigkeit: serbisch; Niederlassungserlaubnis
Anschrift: [[A|Zur Alten Ziegelei 7]], [[A|86568 Erlenried]]
Telefon privat: [[T|0821/5 67 89 03]]
E-Mail privat: [[E|jelena.stojanovic86@gmail.com]]

2. Beschäftigung
Dienststelle: Kita „Sonnenblume“, Gruppe Igel
Beginn: 01.11.2025, Teilzeit 30 Std./Woche, Entgeltgruppe S 8a Stufe 3

3. Steuer und Sozialversicherung
Steuer-Identifikationsnummer: [[TID|{TID_STOJANOVIC}]]
Steuerklasse / Kinderfreibeträge: III / 1,0
Religionszugehörigkeit: serbisch-orthodox (keine Kirchensteuer)
Rentenversicherungsnummer: [[SSN|{SSN_STOJANOVIC}]]
Krankenkasse: BARMER, Versichertennummer [[KV|{KV_STOJANOVIC}]]
Schwerbehinderung: ja, GdB 50 (Morbus Crohn), Ausweis gültig bis 09/2028

4. Bankverbindung
IBAN: [[IBAN|{IBAN_STOJANOVIC}]]
Kontoinhaberin: die Beschäftigte

5. Kinder
[[P|Stojanović, Nikola]], geb. [[DOB|05.02.2015]]

Erlenried, 20.10.2025          Unterschrift: [[P|J. Stojanović]]
Eingang Personalamt: 21.10.2025
""")

# 021 ----------------------------------------------------------------------------------------------------------
doc("word", "personalgespraech", ["UNION"], """
Niederschrift
über das Personalgespräch am 08.10.2025, 14:00 bis 15:10 Uhr, Rathaus, Besprechungsraum 3

Anwesend:
[[P|Oberhauser]] (Leiter Personalamt)
Fr. [[P|Demirci]] (Personalrat)
Hr. [[P|Dejan Kuzmanović]] (Beschäftigter, Bauhof, Kolonne Grünpflege)
Fr. [[P|Pichler]] (Gewerkschaftssekretärin ver.di, Bezirk Augsburg), auf Wunsch des Beschäftigten
Protokoll: [[P|Lisa-Marie Wörle]]

Gegenstand: Antrag auf Höhergruppierung von EG 5 nach EG 6; Einteilung zum Winterdienst

1. Herr [[P|Kuzmanović]] erklärt, er sei seit 2011 Mitglied der Gewerkschaft ver.di und habe deshalb die Gewerkschaftssekretärin hinzugezogen. Er übe seit Frühjahr 2024 überwiegend Tätigkeiten als Vorarbeiter aus (Einteilung der Kolonne, Führen des Großflächenmähers).
2. Das Personalamt sagt eine Prüfung der Stellenbeschreibung durch die Stellenbewertung bis 30.11.2025 zu.
3. Winterdienst: Herr [[P|Kuzmanović]] bittet, wegen der Betreuung seines Sohnes nicht mehr zum Frühdienst ab 3:00 Uhr eingeteilt zu werden. Die Bauhofleitung wird um Stellungnahme gebeten.
4. Die Gewerkschaftssekretärin regt an, die Dienstvereinbarung Rufbereitschaft aus dem Jahr 2018 zu überarbeiten.

Personalnummer des Beschäftigten: [[N|0023316]]; Vorgang Personalamt: [[AZ|11-PA-2025-117]]

Erlenried, 09.10.2025
gez. [[P|Oberhauser]]
""")

# 022 ----------------------------------------------------------------------------------------------------------
doc("outlook", "integration", ["ETHNICITY", "RELIGION"], """
Betreff: Familie [[P|Hosseini]] – Bescheinigung für Wohnungssuche

Liebe Frau [[P|Schwarzmann]],

ich melde mich als ehrenamtliche Patin vom Helferkreis Asyl wegen einer afghanischen Familie aus der Unterkunft in der [[N|Gewerbestraße 21]].

Herr [[P|Mohammad Reza Hosseini]] (geb. [[DOB|01.01.1987]] – das Datum ist laut BAMF „fiktiv“, er kennt sein echtes Geburtsdatum nicht) und seine Frau [[P|Fatemeh Rezaei]] haben seit letzter Woche den Bescheid über subsidiären Schutz (BAMF-Az. [[AZ|8123456-423]]). Die Familie gehört zur Volksgruppe der Hazara und hat lange im Iran gelebt, deshalb gab es keine Papiere. Er hat inzwischen über die Botschaft in Berlin einen afghanischen Reisepass bekommen, Nr. [[PASS|P04418273]], gültig bis 2030.

Die Töchter [[P|Zahra]] (8) und [[P|Maryam]] (5) gehen in die Grundschule bzw. in den Kindergarten St. Michael.

Noch ein Punkt, um den mich die Familie ausdrücklich gebeten hat: Frau [[P|Rezaei]] ist vor einem Jahr in der evangelischen Gemeinde getauft worden und hat große Angst, dass das bekannt wird. Bitte vertraulich behandeln.

Für die Wohnungssuche bräuchten wir eine Bescheinigung über den Aufenthaltsstatus – können Sie die ausstellen, oder macht das nur das Landratsamt?

Viele Grüße
[[P|Renate Obermüller-Frank]]
Helferkreis Asyl Erlenried
[[T|0171 / 6 39 20 58]]
[[E|r.obermueller-frank@helferkreis-erlenried.de]]
""")

# 023 ----------------------------------------------------------------------------------------------------------
doc("word", "integration", ["POLITICS"], """
Aktenvermerk
Integrationsberatung – Vorsprache am 13.10.2025

Vorsprechender: [[P|Abdulrahman Al-Khatib]], geboren am [[DOB|17. März 1984]] in Deir ez-Zor
Anschrift: [[A|Bgm.-Wagner-Str. 9]], [[N|2. OG links]], [[A|86568 Erlenried]]
Telefon: [[T|0152 / 21 49 83 07]]
Dolmetscher: ehrenamtlich über den Helferkreis

Anliegen:
Herr [[P|Al-Khatib]] (anerkannter Flüchtling, Aufenthaltserlaubnis nach § 25 Abs. 2 AufenthG) möchte den Nachzug seiner Ehefrau [[P|Rasha Al-Khatib]], geb. [[P|Hamdan]], und der beiden Kinder (7 und 4 Jahre) betreiben. Die Familie lebt derzeit in der Türkei:
[[A|İnönü Caddesi No: 45/3]], [[A|27090 Şehitkamil/Gaziantep]], Türkei, Tel. [[T|+90 532 417 28 90]]

Er schildert, dass er 2012 nach der Teilnahme an Demonstrationen gegen die Regierung inhaftiert war und sich heute in einer syrischen Oppositionsgruppe im Exil engagiert; die Ehefrau habe deshalb keinen syrischen Pass beantragen können. Vorhanden ist lediglich sein eigener syrischer Reisepass Nr. [[PASS|N011842736]] (abgelaufen 2016).

Weiteres Vorgehen:
– Terminbuchung bei der Deutschen Botschaft Ankara über das Auslandsportal erläutert; Hinweis, dass die Dreimonatsfrist nach § 29 Abs. 2 AufenthG bereits abgelaufen ist.
– Kontakt zur Migrationsberatung der Caritas in Aichach vermittelt.
– Zuständig für die Zustimmung ist die Ausländerbehörde im Landratsamt Aichach-Friedberg (Az. dort: [[AZ|AB-2024-1187-AK]]).

[[P|Schwarzmann]], Integrationsbeauftragte
""")

# 024 ----------------------------------------------------------------------------------------------------------
doc("outlook", "stadtrat", ["POLITICS"], """
Betreff: Antrag der SPD-Stadtratsfraktion: Sitzbänke und Trinkwasserbrunnen am Mühlbachweg

Sehr geehrter Herr Oberbürgermeister [[P|Kratzer]],

die SPD-Stadtratsfraktion stellt gemäß § 24 der Geschäftsordnung für den Stadtrat folgenden Antrag zur Behandlung im Bau- und Umweltausschuss am 23.10.2025:

1. Entlang des Mühlbachwegs zwischen Ludwigsbrücke und Freibad werden bis Sommer 2026 mindestens sechs zusätzliche Sitzbänke mit Armlehnen aufgestellt.
2. Am Spielplatz Mühlbachwiese wird ein öffentlicher Trinkwasserbrunnen errichtet; die Kosten (geschätzt 18.000 €) werden im Haushalt 2026 bei der Haushaltsstelle 5800.9350 veranschlagt.

Begründung:
Der Seniorenbeirat hat in seiner Sitzung vom 17.09.2025 auf den Mangel an Sitzgelegenheiten hingewiesen. Viele ältere Bürgerinnen und Bürger, auch aus dem Seniorenwohnen am Mühlbach, können den Weg ohne Pausen kaum nutzen. Ein Trinkwasserbrunnen ist in heißen Sommern ein Beitrag zur Gesundheitsvorsorge, wie ihn der Hitzeaktionsplan des Landkreises empfiehlt.

Mit freundlichen Grüßen

[[P|Dr. Gülay Aksoy-Brenner]]
Fraktionsvorsitzende
[[A|Haslacher Weg 18]] · [[A|86568 Erlenried]]
[[T|08257 / 93 88 41]] · [[E|g.aksoy-brenner@t-online.de]]

für die Fraktion: [[P|Anton Rieger]], [[P|Michaela Strobl]]
""")

# 025 ----------------------------------------------------------------------------------------------------------
doc("word", "niederschrift", [], """
Niederschrift über die öffentliche Sitzung des Bau- und Umweltausschusses
Sitzungstag: 23.10.2025, Beginn 18:00 Uhr, Sitzungssaal des Rathauses

Vorsitz: Oberbürgermeister [[P|Kratzer]]
Anwesend: die Ausschussmitglieder [[P|Aksoy-Brenner]], [[P|Fuchs]], [[P|Wintergerst]] sowie fünf weitere Mitglieder (Anwesenheitsliste Anlage 1)
Verwaltung: Stadtbaumeister [[P|Hubert Zellhuber]], Frau [[P|Kiening]] (Schriftführerin)
Entschuldigt: ein Mitglied

TOP 1 Bürgerfragestunde
Herr [[P|Ludwig Aumiller]], [[A|Gartenstraße 31]], fragt nach dem Stand der Sanierung der Gartenstraße (Kanal und Fahrbahn). Der Stadtbaumeister antwortet, die Arbeiten beginnen im März 2026; die Anlieger werden im Januar schriftlich informiert.
Der Elternbeirat der Kita Regenbogen fragt nach einer Querungshilfe an der Jahnstraße. Die Verwaltung prüft einen Fußgängerüberweg.

TOP 2 Bebauungsplan Nr. 52 „Wohngebiet Am Galgenberg“ – Abwägung der Stellungnahmen aus der frühzeitigen Beteiligung
Beschluss: Der Ausschuss billigt den Entwurf in der Fassung vom 01.10.2025 und beschließt die öffentliche Auslegung nach § 3 Abs. 2 BauGB.
Abstimmung: 7 : 1

TOP 3 Antrag vom 13.10.2025 – Sitzbänke und Trinkwasserbrunnen am Mühlbachweg
Die Antragstellerin erläutert den Antrag. Die Verwaltung schlägt vor, 2026 vier und 2027 zwei Bänke aufzustellen (Kosten je ca. 1.450 €); der Brunnen wird in die Haushaltsberatungen verwiesen.
Beschluss gemäß Verwaltungsvorschlag. Abstimmung: 8 : 0

TOP 4 Bauantrag Errichtung eines Einfamilienhauses mit Doppelgarage, Fl.Nr. 877/12, Gemarkung Erlenried, [[A|Am Galgenberg 4]]; Bauherren: [[P|Emir]] und [[P|Sanela Brkić]] (Az. [[AZ|BV-0388/2025]])
Das Vorhaben hält die Festsetzungen des Bebauungsplans Nr. 41 ein, eine Befreiung wird für die Dachneigung (28° statt 30°) beantragt.
Das gemeindliche Einvernehmen wird erteilt. Abstimmung: 8 : 0

Ende der öffentlichen Sitzung: 19:40 Uhr

[[P|Kratzer]], Oberbürgermeister          [[P|Kiening]], Schriftführerin
""")

# 026 ----------------------------------------------------------------------------------------------------------
doc("outlook", "seniorenbeirat", [], f"""
Betreff: Anmeldung zum Ausflug Wieskirche am 12. November

Sehr geehrte Frau [[P|Kronawitter]],

hiermit möchte ich mich und meine Schwester für den Ausflug des Seniorenbeirats zur Wieskirche mit anschließender Einkehr in Steingaden am Mittwoch, den 12. November, verbindlich anmelden:

[[P|Walburga Stöckl]], [[A|Am Hopfengarten 5]], [[A|86568 Erlenried]], Telefon [[T|08257 / 12 64]]
[[P|Kreszentia Mösl]] geb. [[P|Stöckl]], gleiche Anschrift, Telefon [[T|0 82 57 - 89 02]]

Den Fahrpreis von 2 x 28,00 € überweise ich auf das Konto des Seniorenbeirats bei der Raiffeisenbank, IBAN [[N|{SENIOR_IBAN}]], Verwendungszweck „Wieskirche [[P|Stöckl]]/[[P|Mösl]]“.

Meine Schwester fragt, ob der Bus wieder beim Pfarrheim St. Martin hält, von dort hat sie es näher als zum Busbahnhof. Und müssen wir für so einen Ausflug eigens eine Versicherung abschließen, oder reicht es, dass wir bei der AOK sind?

Mit freundlichen Grüßen
[[P|Walburga Stöckl]]
""")

# 027 ----------------------------------------------------------------------------------------------------------
doc("word", "standesamt", ["GENETIC"], """
Standesamt Erlenried
Aktenvermerk

Az.: [[AZ|34-G 412/2025]]
Betreff: Beurkundung der Geburt [[P|Zielińska, Hanna]]; Anerkennung der Vaterschaft

Das Kind [[P|Hanna Zielińska]] kam am [[DOB|02.09.2025]] um 04:12 Uhr im Krankenhaus Friedberg zur Welt (Geburtsanzeige der Klinik vom 03.09.2025). Mutter: [[P|Katarzyna Zielińska]], polnische Staatsangehörige, geb. [[DOB|14.11.1996]], wohnhaft [[A|Schmiedgasse 1a]], [[A|86568 Erlenried]], ledig; Reisepass der Republik Polen Nr. [[PASS|EK4419027]].

Am 08.10.2025 sprachen die Mutter und Herr [[P|Marcel Eberl]], geb. [[DOB|30.01.93]], wohnhaft in Aichach, vor. Er war zunächst nicht bereit, die Vaterschaft anzuerkennen. Er legte ein privat in Auftrag gegebenes DNA-Abstammungsgutachten vor, nach dem seine Vaterschaft mit einer Wahrscheinlichkeit von 99,998 % festgestellt ist. Daraufhin gab er die Anerkennungserklärung nach § 1594 BGB ab; die Mutter stimmte nach § 1595 BGB zu. Eine Sorgeerklärung wurde nicht abgegeben.

Das Gutachten wurde eingesehen und nicht zur Akte genommen. Der Geburtsname des Kindes ist [[P|Zielińska]] (§ 1617a Abs. 1 BGB). Die Beurkundung im Geburtenregister erfolgt heute; drei Geburtsurkunden (je 12,00 €) wurden ausgehändigt.

[[P|Huber-Lindl]], Standesbeamtin, 08.10.2025
""")

# 028 ----------------------------------------------------------------------------------------------------------
doc("outlook", "auskunftssperre", ["HEALTH"], f"""
Betreff: Antrag auf Auskunftssperre im Melderegister – dringend

Sehr geehrte Damen und Herren,

ich beantrage hiermit eine Auskunftssperre nach § 51 Bundesmeldegesetz für mich und meinen Sohn.

Mein früherer Lebensgefährte, [[P|Sven Lauterbach]], geb. [[DOB|09.08.85]], hat mich nach der Trennung über Monate bedroht und verfolgt. Gegen ihn besteht eine Schutzanordnung des Amtsgerichts Augsburg nach dem Gewaltschutzgesetz (Az. [[AZ|3 F 1187/25]]), die Polizeiinspektion Aichach ermittelt unter der Vorgangsnummer [[AZ|BY8512-004471-25/7]]. Ich bin deshalb seit dem Sommer wegen einer Angststörung in psychotherapeutischer Behandlung.

Wir sind zum 01.10.2025 umgezogen. Die neue Anschrift darf er auf keinen Fall erfahren:
[[P|Daniela Wagenknecht]] und [[P|Leon Wagenknecht]] (geb. [[DOB|14.6.2017]])
[[A|Im Bachgrund 9]]
[[A|86568 Erlenried]]

Zur Identifikation: [[IDC|{IDC_WAGENKNECHT}]] (mein Personalausweis). Kopien des Beschlusses und der polizeilichen Bescheinigung hänge ich an.

Bitte melden Sie sich nur per Mail oder unter [[T|0159 0417 2286]].

Mit freundlichen Grüßen
[[P|Daniela Wagenknecht]]
""")

# 029 ----------------------------------------------------------------------------------------------------------
doc("word", "telefonnotiz", [], f"""
Telefonnotiz Bürgerbüro – Bewohnerparken Zone B (Altstadt)

Anruf am 17.10.2025, 15:50 Uhr, angenommen von [[P|Kaya]]
Anrufer: Herr [[P|Paolo Bernardi-Kreutzer]], [[A|Hintere Gasse 11]], Erlenried, Tel. [[T|08257 - 99 30 47]]
Kundenkonto Bürgerportal / Kassenzeichen: [[AZ|6.5100.022916]]

Herr [[P|Bernardi-Kreutzer]] hat online einen Bewohnerparkausweis für zwei Fahrzeuge beantragt:
– PKW [[KFZ|A-PB 4407]] (Halter: er selbst, Firmenwagen, zugelassen in Augsburg)
– PKW [[KFZ|AIC-BK 19E]] (Halterin: seine Ehefrau)
Außerdem fragt er, ob sein Oldtimer [[KFZ|AIC-PB 65H]] (Saisonkennzeichen 04–10) eingetragen werden kann. Auskunft: laut Richtlinie höchstens zwei Ausweise je Haushalt, Oldtimer als drittes Fahrzeug nicht möglich.

Die Zahlung der Gebühr (2 × 30,00 €) über ePayBL ist zweimal mit Fehlermeldung abgebrochen. Der Anrufer hat mir ungefragt seine American-Express-Karte vorgelesen: [[CC|{CC_BERNARDI_TXT}]], gültig bis 08/27. Die Nummer wurde NICHT im Verfahren erfasst – diese Notiz bitte nach Klärung vernichten. Rückruf durch die Stadtkasse (Frau [[P|Mühlbauer]], [[T|08257 903-152]]) vereinbart; Zahlung dann per Überweisung mit Kassenzeichen.

Firmenwagen: Bescheinigung des Arbeitgebers (Feinkost [[P|Bernardi]] e. K., [[VAT|{VAT_BERNARDI}]]) liegt bei.
""")

# 030 ----------------------------------------------------------------------------------------------------------
doc("outlook", "gewerbesteuer", [], f"""
Betreff: Gewerbeummeldung + Frage Gewerbesteuer-Vorauszahlung

Hallo zusammen,

ich ziehe mit meinem Betrieb (Umzüge und Entrümpelungen, Einzelunternehmen) zum 01.11. von der [[A|Industriestr. 4]] in die Halle [[A|Gewerbering 17 d]], beides Erlenried. Das Formular für die Ummeldung ist im Anhang.

Daten:
Inhaber: [[P|Dmitrij Sokolov]], * [[DOB|28.07.1979]] in Omsk
privat: [[A|Kolpingstraße 3]], [[A|86568 Erlenried]]
Finanzamt Augsburg-Land [[TNR|{TNR_SOKOLOV}]]
IdNr. [[TID|{TID_SOKOLOV}]]

Zur Gewerbesteuer: Im Vorauszahlungsbescheid (Kassenzeichen [[AZ|1.0300.000877]]) stehen 1.840 € pro Quartal, das ist viel zu hoch, mein Gewinn 2024 war nur 41.000 € (Freibetrag 24.500 €). Bitte um Herabsetzung, den Einkommensteuerbescheid 2024 schicke ich mit.

Erstattungen bitte nicht mehr aufs alte Konto, sondern auf mein Geschäftskonto bei der mBank:
[[IBAN|{IBAN_SOKOLOV}]]

Mfg
[[P|D. Sokolov]]
[[P|Sokolov]] Umzüge & Entrümpelung
Tel [[T|0176/640 91 27 3]]
""")


# --- build, verify, write --------------------------------------------------------------------------------------
def self_check():
    """Re-verify every check-digit identifier with the functions of identifiers.py."""
    def compact(v):
        return v.replace(" ", "")
    for iban in (IBAN_KOVALENKO, IBAN_HORVAT, IBAN_KERTESZ, IBAN_KASTL, IBAN_STOJANOVIC, IBAN_SOKOLOV,
                 CITY_IBAN, SENIOR_IBAN):
        c = compact(iban)
        assert mod97_iban(c[:2], c[4:]) == c, iban
    for tid in (TID_LEWANDOWSKA, TID_STOJANOVIC, TID_SOKOLOV):
        assert len(tid) == 11 and mod11_10_check(tid[:10]) == int(tid[10]), tid
    for vat in (VAT_NGUYEN, VAT_BERNARDI):
        assert mod11_10_check(vat[2:10]) == int(vat[10]), vat
    for doc_serial in (PASS_PETROVIC, IDC_SZABO):
        assert icao_check(doc_serial[:9]) == int(doc_serial[9]), doc_serial
    assert luhn_check(CC_BERNARDI[:-1]) == int(CC_BERNARDI[-1])
    assert len(TNR_SOKOLOV) == 13


def main():
    self_check()
    lines = []
    for n, (channel, template, flags, marked) in enumerate(DOCS, start=1):
        lines.append(build(f"b20-{n:03d}", channel, template, marked, flags))
    assert len(lines) == 30
    assert len({line["id"] for line in lines}) == len(lines)
    with open(OUT, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    # re-read and re-check
    docs = [json.loads(x) for x in open(OUT, encoding="utf-8")]
    for d in docs:
        assert set(d) == {"id", "channel", "template", "text", "entities", "neutral", "specialCategories"}
        for e in d["entities"] + d["neutral"]:
            assert d["text"][e["start"]:e["end"]] == e["text"]
    cats = Counter(e["category"] for d in docs for e in d["entities"])
    flags = Counter(f for d in docs for f in d["specialCategories"])
    channels = Counter(d["channel"] for d in docs)
    print(f"{OUT}: {len(docs)} documents, {sum(cats.values())} entities, "
          f"{sum(len(d['neutral']) for d in docs)} neutral spans; channels {dict(channels)}")
    for cat, count in cats.most_common():
        print(f"  {cat:18} {count}")
    print("special categories:", dict(flags), "| unflagged documents:",
          sum(1 for d in docs if not d["specialCategories"]))


if __name__ == "__main__":
    main()
