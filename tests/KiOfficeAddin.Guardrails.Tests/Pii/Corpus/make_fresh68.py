#!/usr/bin/env python3
"""Held-out batch 68: 30 documents of a Hessian city administration (Rüsselsheim am Main setting, international
population). Writes fresh68.jsonl next to this script. Identifiers with check digits come from identifiers.py, seed 6868."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)  # marks.py and identifiers.py sit beside this file
from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod11_10_check  # noqa: E402

ids = Identifiers(6868)


def greek_afm():
    body = ids.digits(8, first_nonzero=True)
    total = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(body))
    return body + str(total % 11 % 10)


def hessen_stnr():
    return f"0{ids.rng.choice(['07', '16', '27', '45'])} {ids.digits(3)} {ids.digits(5)}"


CITY_TEL = "06142 83-0"
CITY_IBAN = group(ids.iban_de(), 4)

docs = []


def add(channel, template, text, flags=()):
    n = len(docs) + 1
    docs.append(build(f"F68-{n:03d}", channel, template, text.strip("\n"), list(flags)))


# 1 Ausländerbehörde: Einbürgerung, Ghana
add("word", "einbuergerung_unterlagen", f"""
Stadt Rüsselsheim am Main · Fachbereich Bürgerdienste · Ausländerbehörde / Einbürgerung
[[N|Marktplatz 4]] · [[N|65428 Rüsselsheim am Main]] · Telefon [[N|{CITY_TEL}]]

Herrn
[[P|Kwame Asante-Boateng]]
[[A|Haßlocher Straße 61]]
[[A|65428 Rüsselsheim am Main]]

Ihr Zeichen: –
Unser Zeichen: [[AZ|EB-32.2-2025-0417]]
Datum: 12.08.2025

Ihr Antrag auf Einbürgerung nach § 10 StAG vom 03.03.2025

Sehr geehrter Herr [[P|Asante-Boateng]],

vielen Dank für Ihren Antrag. Bei der Prüfung Ihrer Unterlagen haben wir festgestellt, dass noch folgende Nachweise fehlen:

1. Kopie aller beschrifteten Seiten Ihres ghanaischen Reisepasses (Nr. [[PASS|G3481907]]), der am 14.11.2026 abläuft,
2. Geburtsurkunde mit Legalisation bzw. Apostille (Sie sind laut Antrag am [[DOB|22.04.1986]] in Kumasi geboren),
3. Nachweis über den Lebensunterhalt der letzten sechs Monate (Gehaltsabrechnungen),
4. Zertifikat „Leben in Deutschland“ bzw. Nachweis über den bestandenen Einbürgerungstest.

Bitte reichen Sie die Unterlagen bis zum 30.09.2025 ein. Die Gebühr von 255,00 EUR wird mit der Aushändigung der Einbürgerungsurkunde fällig. Für Ihre Ehefrau, Frau [[P|Akosua Asante-Boateng]], und die Tochter [[P|Efua]] kann ein gesonderter Antrag auf Miteinbürgerung gestellt werden (§ 10 Abs. 2 StAG).

Mit freundlichen Grüßen
Im Auftrag

[[P|Jürgen Hollerbach]]
Sachbearbeitung Einbürgerung
""")

# 2 Eritrean citizen, Wohngeld, non-native
add("outlook", "wohngeld_frage", f"""
Von: [[P|Semhar Tesfamariam]] <[[E|semhar.tesfa88@gmail.com]]>
An: [[N|wohngeld@ruesselsheim.de]]
Betreff: Wohngeld frage bitte hilfe

Sehr geehrte Damen und Herren

Ich bin [[P|Semhar Tesfamariam]], ich wohne in [[A|Dicker Busch 14]], 2. Stock. Ich habe im Juni Wohngeld beantragt aber ich habe Brief bekommen das fehlt Aufenthaltstitel Kopie. Ich habe die Kopie schon gegeben im Rathaus, bei Frau [[P|Lenz]]. Meine Karte Nummer ist [[IDC|{ids.id_card()}]], gültig bis 2027.

Mein Mann [[P|Yonas]] arbeitet jetzt bei Logistik firma in Raunheim, nur 20 Stunden. Wir haben 2 Kinder [[P|Luwam]] und [[P|Natan]]. Ist das Problem für Wohngeld das er jetzt Geld verdient?

Bitte sagen Sie mir was ich machen muss. Mein Telefon [[T|0176 48219037]], ich spreche besser Englisch oder Tigrinya, aber Deutsch geht auch langsam.

Danke viel mal
[[P|Semhar]]
""")

# 3 Kita Zusage, health
add("word", "kita_zusage", f"""
Stadt Rüsselsheim am Main
Fachbereich Jugend und Familie – Kindertagesbetreuung

Familie
[[P|Hamid Rahimi]] und [[P|Zahra Rahimi]]
[[A|Eisenstraße 27]]
[[A|65428 Rüsselsheim am Main]]

Platzvergabe Kindertagesstätten 2025/2026 – Zusage
Kind: [[P|Mariam Rahimi]], geb. [[DOB|09.02.2022]]
Vorgangsnummer: [[AZ|KT-2025-01893]]

Sehr geehrte Familie [[P|Rahimi]],

wir freuen uns, Ihnen für [[P|Mariam]] ab dem 01.09.2025 einen Ganztagsplatz (bis 16:30 Uhr) in der Kita „Regenbogen“, Böllenseeplatz, anbieten zu können.

Sie haben im Anmeldeformular angegeben, dass [[P|Mariam]] an Diabetes Typ 1 erkrankt ist und eine Insulinpumpe trägt. Die Kitaleitung, Frau [[P|Birgit Schaaf-Özdemir]], wird vor Beginn der Eingewöhnung ein Gespräch mit Ihnen und dem behandelnden Kinderarzt vereinbaren, damit das Team in der Handhabung geschult werden kann.

Bitte bestätigen Sie die Annahme des Platzes bis zum 15.07.2025 schriftlich oder per E-Mail an [[N|kita-anmeldung@ruesselsheim.de]]. Laut Anmeldung erreichen wir Sie unter [[T|0176 30912284]] und [[E|h.rahimi@outlook.de]]. Der Elternbeitrag richtet sich nach der Gebührensatzung (Anlage); für das Kindergartenjahr ab drei Jahren gilt die Beitragsfreiheit nach § 32c HKJGB.

Mit freundlichen Grüßen
[[P|Tanja Wiegand]]
Platzvergabe Kita
""", ["HEALTH"])

# 4 Jobcenter cooperation chain
ssn4 = ids.social_security("170379", "P")
add("outlook", "jobcenter_weiterleitung", f"""
Betreff: WG: BG [[AZ|43602//0047821]] – Kosten der Unterkunft / Mietrückstand

Hallo Frau [[P|Kaiser]],

zur Info und mit der Bitte um Rückmeldung, ob ihr für die Familie noch eine Übernahme der Mietschulden nach § 22 Abs. 8 SGB II prüft. Wir hätten sonst einen Termin in der Schuldnerberatung frei.

Gruß
[[P|Nico]]

[[P|Nico Brandstätter]]
Stadt Rüsselsheim am Main – Fachbereich Soziales, Wohnungssicherung
Tel. [[N|06142 83-2417]]

-----Ursprüngliche Nachricht-----
Von: [[P|Kaiser, Marion]] (Jobcenter Kreis Groß-Gerau) <[[E|Marion.Kaiser3@jobcenter-ge.de]]>
Gesendet: Dienstag, 5. August 2025 09:12
An: [[P|Brandstätter, Nico]] <[[E|nico.brandstaetter@ruesselsheim.de]]>
Betreff: BG [[AZ|43602//0047821]] – Kosten der Unterkunft / Mietrückstand

Hallo Herr [[P|Brandstätter]],

Herr [[P|Dimitrios Papadopoulos]] (RV-Nr. [[SSN|{ssn4}]]) hat uns heute die Räumungsklage seines Vermieters vorgelegt. Rückstand laut Vermieter 2.340,00 EUR (Mai–Juli). Anschrift: [[A|Frankfurter Straße 112]], 3. OG. Im Haushalt leben seine Frau [[P|Sofia]] und zwei Kinder.

Herr [[P|Papadopoulos]] ist telefonisch unter [[T|0151 22740915]] erreichbar, spricht gut Deutsch. Können Sie prüfen, ob die Wohnung gehalten werden kann? Die Mietobergrenze ist eingehalten.

Viele Grüße
[[P|Marion Kaiser]]
Jobcenter Kreis Groß-Gerau, Standort Rüsselsheim
""")

# 5 Gewerbeamt: form table
add("word", "gewerbeanmeldung_formular", f"""
Gewerbeanmeldung nach § 14 GewO – Erfassung Gewerbeamt
Eingang: 18.06.2025 · Bearbeitung: [[P|Wolff]] · Register-Nr. [[AZ|GA-2025-1184]]

Feld | Angabe
Name, Vorname | [[P|Russo, Giuseppe]] (genannt „[[P|Peppe]]“)
Geburtsdatum | [[DOB|17.10.1979]]
Geburtsort / Staatsangehörigkeit | Caltanissetta / italienisch
Wohnanschrift | [[A|Am Weinfaß 8]], [[A|65462 Ginsheim-Gustavsburg]]
Betriebsstätte | [[A|Bahnhofsplatz 3]], [[A|65428 Rüsselsheim am Main]]
Tätigkeit | Gastronomie (Pizzeria mit Außer-Haus-Verkauf), Beginn 01.07.2025
Steuer-ID | [[TID|{ids.tax_id()}]]
Steuernummer (FA Groß-Gerau) | [[TNR|{hessen_stnr()}]]
USt-IdNr. | [[VAT|{ids.vat_id()}]]
Telefon / E-Mail | [[T|06142 4093371]] / [[E|info@pizzeria-da-peppe.de]]
Mitinhaberin | [[P|Francesca De Luca-Russo]]

Hinweis Sachbearbeitung: Gaststättenerlaubnis nicht erforderlich (kein Alkoholausschank ab 01.07.), Belehrung nach § 43 IfSG für Frau [[P|De Luca-Russo]] liegt vor. Durchschriften an Finanzamt, IHK Darmstadt, Gewerbeaufsicht.
""")

# 6 noise complaint, lower case, ethnicity
add("outlook", "laermbeschwerde", """
betreff: lärm jede nacht haus [[A|böllensee str 19]]

hallo ordnungsamt,

ich schreib jetzt zum dritten mal. über uns wohnt die marokkanische familie [[P|el amrani]], und jede nacht ab 23 uhr wird da gefeiert, laute musik, kinder rennen, türen knallen. letzten samstag ging das bis halb 3. ich hab zwei mal geklingelt, der mann ([[P|youssef]] glaub ich) hat nur gelacht.
ich muss um 5 uhr aufstehn, schicht bei opel.

bitte kommen sie mal vorbei oder schicken einen brief. die hausverwaltung (hr. [[P|kuhn]]) macht nix.

gruß
[[P|jana wendel]]
[[T|0157 3391 8820]]
[[E|janawendel@web.de]]
""", ["ETHNICITY"])

# 7 Ordnungsamt Anhörung
add("word", "anhoerung_laerm", """
Stadt Rüsselsheim am Main · Ordnungsamt · Allgemeine Gefahrenabwehr

Herrn
[[P|Youssef El Amrani]]
[[A|Böllenseestraße 19]]
[[A|65428 Rüsselsheim am Main]]

Aktenzeichen: [[AZ|32.1-OWi-2025/3318]]
Rüsselsheim am Main, 25.08.2025

Anhörung im Ordnungswidrigkeitenverfahren – Verstoß gegen § 117 OWiG (unzulässiger Lärm)

Sehr geehrter Herr [[P|El Amrani]],

dem Ordnungsamt liegen Beschwerden vor, nach denen aus Ihrer Wohnung im 3. Obergeschoss an mehreren Tagen (u. a. 09.08., 16.08. und 23.08.2025) nach 22:00 Uhr erheblicher Lärm ausgegangen sein soll. Nach der Gefahrenabwehrverordnung der Stadt ist die Nachtruhe zwischen 22:00 und 6:00 Uhr einzuhalten.

Sie haben Gelegenheit, sich bis zum 12.09.2025 zu dem Vorwurf zu äußern. Ihre Vermieterin, Frau [[P|Renate Kuhn-Albrecht]] (Hausverwaltung, Tel. [[T|06142 937 44 10]]), wurde in Kenntnis gesetzt. Sie sind nicht verpflichtet, Angaben zur Sache zu machen. Gern können Sie auch persönlich vorsprechen (Zimmer 1.14, Di und Do 8–12 Uhr) oder anrufen: [[N|06142 83-2205]].

Mit freundlichen Grüßen
Im Auftrag
[[P|S. Karagiannis]]
""")

# 8 Standesamt, Croatian/Greek marriage, religion
add("word", "standesamt_eheschliessung", f"""
Standesamt Rüsselsheim am Main – Niederschrift (Auszug)
Anmeldung der Eheschließung · Registernummer [[AZ|E 214/2025]]

Es erschienen heute, am 04.09.2025, persönlich:

1. [[P|Ivana Marić]], geb. [[DOB|11.06.1993]] in Split (Kroatien), kroatische Staatsangehörige, ausgewiesen durch Personalausweis der Republik Kroatien Nr. [[IDC|{ids.digits(9, True)}]], wohnhaft [[A|Mainstraße 7a]], [[A|65428 Rüsselsheim am Main]]; Religionszugehörigkeit (freiwillige Angabe zur Eintragung): römisch-katholisch;

2. [[P|Nikolaos Georgiou]], geb. [[DOB|28.01.1990]] in Thessaloniki (Griechenland), griechischer Staatsangehöriger, ausgewiesen durch Reisepass der Hellenischen Republik Nr. [[PASS|AN{ids.digits(7)}]], wohnhaft ebenda; Religionszugehörigkeit: griechisch-orthodox.

Die Verlobten beabsichtigen, am 18.10.2025 im Trauzimmer des Rathauses die Ehe zu schließen. Frau [[P|Marić]] möchte künftig den Ehenamen [[P|Georgiou]] führen, Herr [[P|Georgiou]] behält seinen Namen. Ein Ehefähigkeitszeugnis ist für kroatische Staatsangehörige vorzulegen; für Herrn [[P|Georgiou]] wird eine Befreiung beim OLG Frankfurt am Main beantragt.

Eine Dolmetscherin wurde nicht hinzugezogen; die Verlobten sind der deutschen Sprache mächtig.

Vorgelesen, genehmigt, unterschrieben.
[[P|Ivana Marić]] · [[P|Nikolaos Georgiou]] · [[P|Petra Oberländer]], Standesbeamtin
""", ["RELIGION"])

# 9 Bauamt, religious community building, no person special
add("word", "bauamt_vermerk", """
Vermerk – Bauaufsicht
Bauvorhaben: Erweiterung Gemeindezentrum der griechisch-orthodoxen Kirchengemeinde, Gemarkung Rüsselsheim, Flur 12, Flurstück 214/3
Bauantrag Nr. [[AZ|BA-0612/2025]] · B-Plan Nr. 87 „Im Haßloch-Nord“

1. Die Stellplatzsatzung verlangt für Versammlungsstätten mit 180 Sitzplätzen 18 Stellplätze; nachgewiesen sind 11 auf dem Grundstück, 7 sollen über eine Baulast auf Flurstück 215/1 gesichert werden.
2. Der Abstand zur nördlichen Grundstücksgrenze beträgt 2,60 m statt 3,00 m (§ 6 HBO); eine Abweichung ist beantragt und aus Sicht der Bauaufsicht vertretbar.
3. Die Entwurfsverfasserin, Dipl.-Ing. [[P|Sabine Körner-Lutz]] (Büro [[A|Am Treburer Weg 2]]), wurde am 21.07.2025 telefonisch um geänderte Ansichten (Plan A-203, Index c) gebeten.
4. Stellungnahmen Brandschutz und Untere Denkmalschutzbehörde liegen vor, keine Bedenken.

Weiteres Vorgehen: Nachbarbeteiligung nach § 70 HBO, danach Entscheidung.

gez. [[P|Hartmann]], 29.07.2025
""")

# 10 Steueramt Gewerbesteuer, SEPA
add("word", "gewerbesteuer_bescheid", f"""
Stadt Rüsselsheim am Main · Steueramt
[[N|Postfach 1740]] · [[N|65407 Rüsselsheim am Main]]

Herrn
[[P|Wojciech Nowak]]
Nowak Fliesen & Bad
[[A|Kelsterbacher Straße 40]]
[[A|65479 Raunheim]]

Kassenzeichen: [[AZ|5.2025.204187]]
Steuernummer: [[TNR|{hessen_stnr()}]]
Datum: 02.06.2025

Bescheid über Vorauszahlungen zur Gewerbesteuer ab Erhebungszeitraum 2025

Sehr geehrter Herr [[P|Nowak]],

auf Grundlage des Messbescheides des Finanzamtes Groß-Gerau vom 12.05.2025 (Messbetrag 412,00 EUR, Hebesatz 450 %) werden die Vorauszahlungen auf 463,50 EUR je Quartal festgesetzt, fällig am 15.08. und 15.11.2025.

Die Beträge werden aufgrund des uns vorliegenden SEPA-Lastschriftmandats von Ihrem Konto IBAN [[IBAN|{group(ids.iban_de(), 4)}]] eingezogen. Sollten Sie das Mandat widerrufen haben, überweisen Sie bitte unter Angabe des Kassenzeichens auf das Konto der Stadtkasse, IBAN [[N|{CITY_IBAN}]].

Gegen diesen Bescheid kann innerhalb eines Monats Widerspruch erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Claudia Reichert-Hahn]]
""")

# 11 Personalamt onboarding, union + health
b11 = "140890"
add("word", "personal_einstellung", f"""
Personalamt – Einstellungsvermerk (nur für die Personalakte)

Mitarbeiterin: [[P|Oksana Bondarenko]], geb. [[DOB|14.08.1990]] in Charkiw
Anschrift: [[A|Grabenstraße 22]], [[A|65428 Rüsselsheim am Main]]
Beginn: 01.10.2025 · Stelle 51.2-07, Sachbearbeitung Kita-Gebühren, EG 8 TVöD

Für die Entgeltabrechnung liegen vor:
- Steuer-Identifikationsnummer: [[TID|{ids.tax_id()}]], Steuerklasse I
- Rentenversicherungsnummer: [[SSN|{ids.social_security(b11, "B")}]]
- Krankenkasse: AOK Hessen, KV-Nr. [[KV|{ids.health_insurance()}]]
- Bankverbindung: [[IBAN|{group(ids.iban_de(), 4)}]]

Frau [[P|Bondarenko]] hat einen Schwerbehindertenausweis (GdB 50) vorgelegt; Zusatzurlaub nach § 208 SGB IX ist einzutragen, die Schwerbehindertenvertretung (Herr [[P|Lindner]]) ist informiert.
Sie ist Mitglied bei ver.di und hat den Abzug des Gewerkschaftsbeitrags über die Entgeltabrechnung nicht gewünscht.

Ukrainischer Berufsabschluss (Ökonomin) anerkannt durch ZAB-Bescheid vom 03.04.2025.

[[P|M. Schultheis]], Personalamt, 17.09.2025
""", ["HEALTH", "UNION"])

# 12 Ghanaian mother, German/English mixed
add("outlook", "kita_wohngeld_englisch", """
From: [[P|Ama Owusu]] <[[E|ama.owusu.gh@yahoo.com]]>
To: [[N|buergerbuero@ruesselsheim.de]]
Subject: Kita place + Wohngeld – please help

Hello,

sorry my German is not so good, I try both. Ich habe 2 Fragen:

1) My son [[P|Kofi Owusu-Mensah]] (born [[DOB|3 May 2021]]) is on the waiting list for Kita since last year, number [[AZ|KT-2024-04410]]. Gibt es news? I start work in a hospital in Frankfurt in November, I really need the place.

2) Can I apply Wohngeld when I only have Fiktionsbescheinigung? The lady at the Ausländerbehörde, Mrs. [[P|Yilmaz]], said I should ask the Wohngeldstelle.

My address is [[A|Friedrich-Ebert-Platz 5]], [[A|65428 Rüsselsheim]]. Phone in Germany [[T|0152 55310846]], WhatsApp also my old number [[T|+233 24 412 7789]].

Thank you very much and God bless
[[P|Ama]]
""")

# 13 Schulamt, Vietnamese family
add("word", "schulanmeldung", """
Stadt Rüsselsheim am Main – Schulverwaltungsamt
in Zusammenarbeit mit dem Staatlichen Schulamt für den Kreis Groß-Gerau und den Main-Taunus-Kreis

Herrn [[P|Nguyễn Văn Hùng]]
Frau [[P|Trần Thị Mai]]
[[A|Lachebruchstraße 9]]
[[A|65428 Rüsselsheim am Main]]

Schulanmeldung zum Schuljahr 2026/2027 – Erinnerung
Schüler-ID: [[AZ|SV-26-00713]]

Sehr geehrter Herr [[P|Nguyễn]], sehr geehrte Frau [[P|Trần]],

Ihr Sohn [[P|Nguyễn Minh Anh]], geboren am [[DOB|27.11.2019]], wird zum 1. August 2026 schulpflichtig (§ 58 HSchG). Eine Anmeldung an der zuständigen Grundschule (Parkschule) liegt uns bisher nicht vor.

Bitte melden Sie [[P|Minh Anh]] bis zum 31.10.2025 an. Bringen Sie dazu die Geburtsurkunde, den Nachweis über die Masernschutzimpfung und – falls vorhanden – den Bericht der Kita mit. Die Schuleingangsuntersuchung durch das Gesundheitsamt wird Ihnen gesondert mitgeteilt.

Bei Fragen erreichen Sie uns unter [[N|06142 83-2330]] oder [[N|schulverwaltung@ruesselsheim.de]]. Auf Wunsch vermitteln wir eine Dolmetscherin für Vietnamesisch.

Mit freundlichen Grüßen
[[P|Heike Dörr]]
""")

# 14 Sozialamt Hilfe zur Pflege
ssn14 = ids.social_security("050942", "I")
add("word", "hilfe_zur_pflege", f"""
Stadt Rüsselsheim am Main · Fachbereich Soziales · Hilfe zur Pflege

Frau
[[P|Anastasia Iwanowa]]
c/o Seniorenzentrum Haus am Ostpark
[[A|Virchowstraße 23]]
[[A|65428 Rüsselsheim am Main]]

Zu Händen des rechtlichen Betreuers Herrn [[P|Dr. Wladimir Iwanow]]

Aktenzeichen: [[AZ|50.3-HzP-118/24]]
Datum: 21.07.2025

Bescheid über Hilfe zur Pflege nach §§ 61 ff. SGB XII

Sehr geehrte Frau [[P|Iwanowa]],

Sie (geb. [[DOB|05.09.1942]], RV-Nr. [[SSN|{ssn14}]], versichert bei der Techniker Krankenkasse unter [[KV|{ids.health_insurance()}]]) erhalten ab dem 01.06.2025 Hilfe zur Pflege in Einrichtungen. Der Medizinische Dienst hat aufgrund Ihrer fortgeschrittenen Demenz Pflegegrad 4 festgestellt.

Die ungedeckten Heimkosten von monatlich 1.874,22 EUR werden direkt an die Einrichtung gezahlt. Ihr Renteneinkommen ist abzüglich des Barbetrags in Höhe von 151,20 EUR einzusetzen.

Mit freundlichen Grüßen
Im Auftrag
[[P|Gabriele Fenske]]
""", ["HEALTH"])

# 15 Kasse: double credit card payment
add("outlook", "kasse_doppelzahlung", f"""
Betreff: Anwohnerparkausweis 2x bezahlt!! Kundennr. [[AZ|AP-558201]]

Guten Tag,

ich habe am 14.07. online den Bewohnerparkausweis für Zone C beantragt (Kennzeichen [[KFZ|GG-SK 417]]) und mit Kreditkarte bezahlt. Das Portal hat einen Fehler angezeigt, ich habe es nochmal gemacht und jetzt wurden zwei mal 30,70 EUR abgebucht.

Karte: VISA [[CC|{group(ids.credit_card("4", 16), 4)}]], Inhaber [[P|Stefan Kowalczyk]]

Bitte erstatten Sie eine Zahlung zurück. Wenn das nicht auf die Karte geht, dann gern auf mein Konto [[IBAN|{group(ids.iban_de(), 4)}]].

Mit freundlichen Grüßen
[[P|Stefan Kowalczyk]]
[[A|Hans-Sachs-Straße 11]]
[[A|65428 Rüsselsheim am Main]]
Mobil [[T|+49 172 6604 381]]
[[E|s.kowalczyk@gmx.net]]
""")

# 16 minutes, no special categories about persons
add("word", "protokoll_dienstbesprechung", """
Protokoll der Dienstbesprechung Ausländerbehörde
Datum: 10.09.2025, 9:00–10:30 Uhr, Besprechungsraum 2.05
Teilnehmende: [[P|Dr. Felix Bauer]] (FBL, Vorsitz), [[P|Jürgen Hollerbach]], [[P|Derya Yilmaz]], [[P|Sanja Kovačević]], [[P|Tobias Weigand]] (Protokoll)
Entschuldigt: [[P|Melanie Schmitt]]

TOP 1 Bearbeitungsstand
Offene Einbürgerungsanträge: 1.214 (Vorjahr 862). Durchschnittliche Bearbeitungsdauer 14 Monate. Herr [[P|Hollerbach]] weist darauf hin, dass die Online-Antragstellung seit Juni etwa 60 % der Eingänge ausmacht.

TOP 2 Neues Formular Einbürgerung
Religionszugehörigkeit und Volkszugehörigkeit werden auf dem Antragsformular nicht mehr abgefragt; alte Vordrucke sind bis 30.09. zu vernichten. Frau [[P|Kovačević]] klärt mit der IT die Anpassung im Fachverfahren.

TOP 3 Terminvergabe
Die Wartezeit auf einen Termin zur Verlängerung von Aufenthaltstiteln beträgt derzeit 9 Wochen. Vorschlag [[P|Yilmaz]]: Samstagstermine im Oktober (4., 11., 18.10.). Zustimmung, Personalrat wird beteiligt.

TOP 4 Verschiedenes
Nächste Besprechung 08.10.2025.

f. d. R. [[P|T. Weigand]]
""")

# 17 Vermerk Einbürgerung Afghan, political persecution
add("word", "vermerk_einbuergerung", f"""
Vermerk zur Einbürgerungsakte [[AZ|EB-32.2-2024-1093]]

Antragsteller: [[P|Farid Ahmadzai]], geb. [[DOB|01.01.1991]] (Geburtsdatum laut Tazkira fiktiv festgelegt), afghanischer Staatsangehöriger
Wohnhaft: [[A|Berliner Straße 58]], [[A|65428 Rüsselsheim am Main]]
Dokumente: afghanischer Reisepass Nr. [[PASS|P0{ids.digits(7)}]] (abgelaufen 2021), Tazkira Nr. [[IDC|1400-0101-{ids.digits(5)}]], Reiseausweis für Flüchtlinge

1. Herr [[P|Ahmadzai]] ist seit 2019 als Flüchtling anerkannt (BAMF-Bescheid vom 14.05.2019). Grund der Anerkennung laut Bescheid: Verfolgung wegen seiner Tätigkeit als Journalist und seiner offenen Kritik an den Taliban.
2. Die Aufgabe der afghanischen Staatsangehörigkeit ist nach § 12 Abs. 1 Nr. 6 StAG nicht erforderlich.
3. Sprachnachweis B1 (telc) und Einbürgerungstest (31/33 Punkte) liegen vor.
4. Regelanfrage beim LfV Hessen ergab keine Erkenntnisse.
5. Ehefrau [[P|Nargis Ahmadzai]] hat keinen eigenen Antrag gestellt.

Ergebnis: Einbürgerungszusicherung kann erteilt werden. Wiedervorlage 15.11.2025.

[[P|Derya Yilmaz]], 22.09.2025
""", ["POLITICS"])

# 18 Arabic writer, Wohngeld Weiterleistung
add("outlook", "wohngeld_weiterleistung", f"""
Betreff: Weiterleistungsantrag Wohngeld – Wohngeldnummer [[AZ|WG 64-019355]]

Sehr geehrte Frau [[P|Becker]],

hiermit ich schicke Ihnen den Weiterleistungsantrag für Wohngeld ab 1.11.2025. Mit Anhang Lohnabrechnung von Juli, August, September und neue Mietbescheinigung von Vermieter Herr [[P|Manfred Greulich]].

Änderung: meine Frau [[P|Rania Al-Hassan]] arbeitet seit September als Minijob in Bäckerei, 538 Euro. Unsere Tochter [[P|Lina]] ist jetzt in Ausbildung, sie bekommt 870 Euro, sie wohnt noch bei uns.

Bitte das Wohngeld weiter auf gleiche Konto: [[IBAN|{ids.iban_de()}]] (Sparkasse).

Wenn noch was fehlt bitte anrufen [[T|0163/7720194]], ab 16 Uhr bin ich zu Hause. Oder E-Mail an [[E|khaled.alhassan1979@gmail.com]].

Mit freundliche Grüße
[[P|Khaled Al-Hassan]]
[[A|Mainzer Straße 31]], [[A|65428 Rüsselsheim]]
""")

# 19 Bürgeramt lost ID card, forwarded chain
add("outlook", "personalausweis_verlust", f"""
Betreff: AW: Verlustmeldung Personalausweis

Sehr geehrte Frau [[P|Schäfer-Demir]],

Ihr Personalausweis mit der Nummer [[IDC|{ids.id_card(check_digit=True)}]] wurde heute im Fundbüro abgegeben (gefunden in der Linie 41 am Bahnhof). Da Sie ihn bereits als verloren gemeldet haben, ist er im Sperrregister ausgeschrieben und kann nicht mehr verwendet werden. Der beantragte neue Ausweis liegt voraussichtlich ab dem 20.10.2025 zur Abholung bereit; Sie erhalten eine PIN-Brief-Benachrichtigung.

Freundliche Grüße
[[P|Kübra Aydın]]
Bürgerbüro Rüsselsheim am Main
Tel. [[N|{CITY_TEL}]]

Von: [[P|Helga Schäfer-Demir]] [mailto:[[E|h.schaefer-demir@t-online.de]]]
Gesendet: Montag, 29. September 2025 18:44
An: Bürgerbüro
Betreff: Verlustmeldung Personalausweis

Guten Abend,
mir ist am Wochenende mein Ausweis abhanden gekommen, wahrscheinlich im Bus. Ich habe bereits einen Termin für den neuen Ausweis am Donnerstag gemacht. Muss ich zusätzlich zur Polizei?
Geboren bin ich am [[DOB|2. März 1958]], falls Sie das für die Zuordnung brauchen. Wohnhaft [[A|Im Reis 4]], [[A|65428 Rüsselsheim]].
Tel. [[T|06142 518873]]
[[P|H. Schäfer-Demir]]
""")

# 20 Ordnungsamt towing, Croatian plate
add("word", "abschleppen_anhoerung", """
Ordnungsamt – Verkehrsüberwachung
Anhörungsbogen (Betroffene/r) · Tatbestandsnr. 141312 · Az. [[AZ|OA-VÜ 25/118842]]

Tatzeit: 06.09.2025, 14:22 Uhr
Tatort: Rüsselsheim, Marktstraße vor Nr. 12, Feuerwehrzufahrt
Fahrzeug: VW Golf, grau, amtl. Kennzeichen [[KFZ|ZG 4471-HR]] (Kroatien)
Maßnahme: Abschleppung angeordnet 14:40 Uhr, Kosten 289,00 EUR zzgl. Verwaltungsgebühr 75,00 EUR

Angaben zur Person (vom Halter auszufüllen):
Name, Vorname: [[P|Horvat, Marko]]
Anschrift: [[A|Ilica 214]], [[A|10000 Zagreb]], Hrvatska; derzeit [[A|Waldstraße 70]], [[A|65428 Rüsselsheim am Main]] (bei [[P|Horvat, Ante]])
Geburtsdatum: [[DOB|19.03.1984]]

Erklärung des Betroffenen: Ich war nur 10 Minuten beim Bruder, das Schild war nicht gut sichtbar. Ich bitte um Ermäßigung. Auto meines Bruders [[KFZ|GG-AH 2209]] stand auf Privatplatz besetzt.

Unterschrift: [[P|M. Horvat]]
Sachbearbeitung: [[P|Yıldız]], Tel. [[N|06142 83-2291]]
""")

# 21 Jugendamt Hausbesuch, health
add("word", "jugendamt_hausbesuch", f"""
Jugendamt – Allgemeiner Sozialer Dienst
Vermerk über Hausbesuch am 15.09.2025
Fall-Nr. [[AZ|ASD-2025-0772]] · Familie [[P|Mensah]]

Anwesend: Frau [[P|Abena Mensah]] (Mutter), [[P|Kojo]] (8), [[P|Adwoa]] (4); seitens ASD [[P|Lea Hofmann]] und [[P|Burak Çelik]]

Anlass: Mitteilung der Kita vom 02.09., [[P|Adwoa]] fehle häufig, Asthmaanfälle würden nicht behandelt.

Beobachtungen: Wohnung ([[A|Am Steinmarkt 6]], 2 Zimmer) sauber, aber feucht, Schimmel im Kinderzimmer. Frau [[P|Mensah]] legt Arztbrief der Kinderpneumologie vor: [[P|Adwoa]] hat Asthma bronchiale, Notfallspray liegt bereit. Krankenversichertennummer des Kindes [[KV|{ids.health_insurance()}]] (familienversichert, DAK). Die Mutter arbeitet im Schichtdienst, die Großmutter [[P|Efua Mensah]] betreut nachmittags.

Vereinbarungen: Unterstützung beim Antrag auf Wohnungswechsel (Wohnungsamt), Kontakt Vermieter wegen Schimmel, erneuter Besuch in 6 Wochen. Keine Anhaltspunkte für eine Kindeswohlgefährdung.

[[P|L. Hofmann]]
""", ["HEALTH"])

# 22 Greek kiosk owner, Gewerbeabmeldung, foreign ids
add("outlook", "gewerbeabmeldung", f"""
Von: [[P|Eleni Papadaki]] <[[E|eleni.papadaki76@hotmail.gr]]>
Gesendet: Mittwoch, 1. Oktober 2025 11:05
An: [[N|gewerbeamt@ruesselsheim.de]]
Betreff: Abmeldung Kiosk „Eleni's“ zum 31.10.

Sehr geehrte Damen und Herren,

ich gehe zurück nach Griechenland und möchte meinen Kiosk ([[A|Löwenplatz 2]], [[A|65428 Rüsselsheim am Main]]) zum 31.10.2025 abmelden. Die Gewerbeanmeldung war 2014, Register-Nr. [[AZ|GA-2014-0391]].

Meine Daten: Steuernummer [[TNR|{hessen_stnr()}]], USt-IdNr. [[VAT|{ids.vat_id()}]]. In Griechenland habe ich die AFM [[TID|{greek_afm()}]], falls das Finanzamt das braucht.

Bitte schicken Sie die Bestätigung und eventuelle Rückerstattung an meine neue Adresse: [[A|Egnatias 128]], [[A|54630 Thessaloniki]], bzw. auf mein griechisches Konto [[IBAN|{group(ids.iban("GR", 23), 4)}]].

Telefon ab November: [[T|+30 694 512 3387]]

Ευχαριστώ / vielen Dank für 11 gute Jahre in Rüsselsheim!
[[P|Eleni Papadaki]]
""")

# 23 Wohngeld Bescheid, Moroccan family
add("word", "wohngeld_bescheid", f"""
Stadt Rüsselsheim am Main · Wohngeldstelle
Wohngeld-Nr. [[AZ|WG 64-021877]]

Frau [[P|Nadia Benali]]
Herrn [[P|Rachid Benali]]
[[A|Schäfergasse 15]]
[[A|65428 Rüsselsheim am Main]]

Bewilligungsbescheid über Mietzuschuss
Bewilligungszeitraum: 01.08.2025 – 31.07.2026

Berücksichtigte Haushaltsmitglieder:
Name | Geburtsdatum | Verhältnis
[[P|Benali, Nadia]] | [[DOB|30.06.1985]] | Antragstellerin
[[P|Benali, Rachid]] | [[DOB|12.12.1981]] | Ehegatte
[[P|Benali, Ilyas]] | [[DOB|04.04.2012]] | Kind
[[P|Benali, Salma]] | [[DOB|19.09.2016]] | Kind

Zu berücksichtigende Miete: 1.020,00 EUR (Höchstbetrag Mietenstufe V, 4 Personen)
Gesamteinkommen monatlich: 2.611,40 EUR
Wohngeld monatlich: 318,00 EUR

Das Wohngeld wird auf das von Ihnen angegebene Konto überwiesen. Änderungen des Einkommens um mehr als 15 % sind unverzüglich mitzuteilen (§ 27 WoGG). Rückzahlungen bitte auf das Konto der Stadtkasse [[N|{CITY_IBAN}]].

Mit freundlichen Grüßen
[[P|Sandra Becker]]
Wohngeldstelle, Zimmer 0.09, Tel. [[N|06142 83-2150]]
""")

# 24 internal short mail, sick leave
add("outlook", "intern_krankmeldung", """
Von: [[P|Ralf Steinbach]]
An: Team Bürgerbüro
Betreff: Vertretung diese Woche

Hallo zusammen,

[[P|Daniela]] ([[P|Ferreira]]) ist laut Attest bis einschließlich Freitag krankgeschrieben – sie hatte am Wochenende einen Bandscheibenvorfall und liegt im GPR-Klinikum. Bitte übernehmt ihre Termine: Mo/Di [[P|Kübra]], Mi [[P|Jens]], Do/Fr ich selbst. Die Terminliste liegt im Teamordner.

Bitte schickt ihr keine Dienstmails, sie meldet sich, wenn es ihr besser geht.

Danke euch!
[[P|Ralf]]
""", ["HEALTH"])

# 25 young writer, parking, card
add("outlook", "parkausweis_anfrage", f"""
betreff: parkausweis

hi

ich bin [[P|dima sokolov]] und bin grad umgezogen nach [[A|georg-treber-str. 33]]. brauch ich jetzt neuen anwohnerparkausweis? mein auto ist noch in frankfurt angemeldet [[KFZ|F-DS 1207]] ummelden mach ich nächste woche
hab online schon bezahlt mit karte [[CC|{ids.credit_card("5", 16)}]] aber kam keine bestätigung, ist das angekommen??
handy [[T|01590 1844 702]] / [[E|dima.sok@icloud.com]]

lg [[P|Dmitri]]
""")

# 26 Standesamt birth, Eritrean parents
add("word", "geburtsbeurkundung", """
Standesamt Rüsselsheim am Main
Geburtsregister – Zurückstellung der Beurkundung
Vorgang [[AZ|G 1187/2025]]

Kind: [[P|Selam Ghebremedhin]], weiblich, geboren am [[DOB|23.08.2025]], 04:17 Uhr, GPR-Klinikum Rüsselsheim
Mutter: [[P|Helen Ghebremedhin]], geb. [[DOB|14.05.1996]] in Asmara (Eritrea), wohnhaft [[A|Adam-Opel-Straße 81]], [[A|65428 Rüsselsheim am Main]]
Vater (lt. Angabe der Mutter): [[P|Filmon Kidane]]

Die Eltern haben keine Reisepässe und keine eritreischen Personenstandsurkunden vorgelegt; die Mutter ist im Besitz einer Aufenthaltserlaubnis (subsidiärer Schutz). Die Identität der Mutter ist nicht nachgewiesen. Es wird ein Auszug aus dem Geburtenregister mit erläuterndem Zusatz nach § 35 PStV ausgestellt.

Eine Vaterschaftsanerkennung wurde noch nicht erklärt; Herr [[P|Kidane]] wurde auf die Möglichkeit hingewiesen. Dolmetscherin für Tigrinya: Frau [[P|Mebrat Haile]].

[[P|Petra Oberländer]], Standesbeamtin, 29.08.2025
""")

# 27 circular, health words but no person
add("word", "rundschreiben_kitas", """
Stadt Rüsselsheim am Main · Fachbereich Jugend und Familie
Rundschreiben Nr. 14/2025 an alle Leitungen der städtischen Kindertagesstätten

Hitzeschutz und Masernschutz – Hinweise für den Sommer

1. Bei Außentemperaturen über 30 °C sind Aktivitäten im Freien auf die Vormittagsstunden zu verlegen. Ausreichend Trinkwasser ist bereitzustellen.
2. Für neu aufgenommene Kinder ist der Nachweis nach § 20 Abs. 9 IfSG (Masernschutz) vor Betreuungsbeginn vorzulegen. Fehlt er, ist das Gesundheitsamt des Kreises Groß-Gerau zu benachrichtigen; Namen von Kindern bitte ausschließlich über das Fachverfahren, nicht per E-Mail übermitteln.
3. Medikamentengabe in der Kita nur mit schriftlicher Vollmacht der Sorgeberechtigten und ärztlicher Verordnung (Vordruck M-3).
4. Allergie- und Diabetesschulungen für Fachkräfte werden am 14.10. und 11.11.2025 angeboten, Anmeldung bis 30.09.

Rückfragen: Fachberatung Kita, [[N|06142 83-2412]], [[N|fachberatung-kita@ruesselsheim.de]]

Mit freundlichen Grüßen
[[P|Christiane Maurer-Lehmann]]
Fachbereichsleitung
""")

# 28 eAT biometric capture problem
add("outlook", "eat_fingerabdruck", f"""
Betreff: eAT-Antrag [[P|Ouazzani, Fatima Zahra]] – Fingerabdrücke nicht erfassbar
Az. [[AZ|AB-41-2025-5562]]

Hallo [[P|Sanja]],

bei Frau [[P|Fatima Zahra Ouazzani]] (geb. [[DOB|07.07.1974]], marokkanischer Pass Nr. [[PASS|UZ{ids.digits(7)}]], CIN [[IDC|BK{ids.digits(6)}]]) konnten heute bei der Antragstellung für den elektronischen Aufenthaltstitel die Fingerabdrücke am linken und rechten Zeigefinger nicht erfasst werden. Sie hat nach einer Verbrennung in der Küche vernarbte Fingerkuppen; der Erfassungsversuch an Mittel- und Ringfinger war ebenfalls erfolglos (Qualitätswert unter 20).

Ich habe ihr Lichtbild und die Unterschrift aufgenommen und die Fingerabdruckerfassung als „vorübergehend nicht möglich“ vermerkt. Kannst du bitte prüfen, ob wir bei der Bundesdruckerei die Produktion so freigeben können? Der Sohn [[P|Hassan Ouazzani]] ([[T|0171 9036625]]) begleitet sie und übersetzt.

Danke und Gruß
[[P|Derya]]
""", ["BIOMETRIC", "HEALTH"])

# 29 family reunification, same-sex spouse
add("outlook", "familiennachzug", f"""
Von: [[P|Tobias Brandt]] <[[E|tobias.brandt@posteo.de]]>
An: [[N|auslaenderbehoerde@ruesselsheim.de]]
Betreff: Familiennachzug meines Ehemannes – Zustimmung Visum

Sehr geehrte Damen und Herren,

mein Ehemann [[P|Andrii Melnyk]] (geb. [[DOB|16.01.1992]] in Lwiw) und ich haben im Mai 2025 in Kopenhagen geheiratet. Er lebt derzeit noch in Polen und hat bei der Deutschen Botschaft Warschau ein Visum zum Ehegattennachzug beantragt. Die Botschaft teilte mit, dass die Zustimmung Ihrer Behörde erforderlich ist.

Da gleichgeschlechtliche Ehen in der Ukraine nicht anerkannt werden, hatten wir Sorge wegen der Urkunden; die dänische Heiratsurkunde mit Apostille liegt vor. Anbei die Kopien der Urkunde, meines Reisepasses (Nr. [[PASS|{ids.passport(check_digit=True)}]]), meiner Meldebescheinigung und meines Arbeitsvertrags.

Ich wohne in der [[A|Walter-Flex-Straße 17]], [[A|65428 Rüsselsheim am Main]]. Tagsüber erreichen Sie mich unter [[T|069 2475 3318]] (Büro).

Mit freundlichen Grüßen
[[P|Tobias Brandt]]
""", ["SEXUAL_ORIENTATION"])

# 30 paternity, DNA test
add("word", "vaterschaft_vermerk", """
Jugendamt – Beistandschaften / Beurkundungen
Vermerk · Beistandschaft [[AZ|BS 51.4-0093/25]]

Kind: [[P|Liam Osei]], geb. [[DOB|11.03.2024]]
Mutter: [[P|Abena Osei]], [[A|Robert-Koch-Straße 3]], [[A|65428 Rüsselsheim am Main]], Tel. [[T|0178 6612049]], [[E|abena.osei@gmx.de]]
Als Vater benannt: [[P|Daniel Krüger]], [[A|Hauptstraße 112]], [[A|64521 Groß-Gerau]]

Herr [[P|Krüger]] hat die Vaterschaft zunächst bestritten. Nach Einverständnis beider Seiten wurde ein außergerichtliches Abstammungsgutachten (DNA-Analyse, Institut für Rechtsmedizin Frankfurt) eingeholt. Ergebnis vom 02.09.2025: Vaterschaftswahrscheinlichkeit 99,999 %.

Herr [[P|Krüger]] erklärte am 24.09.2025 die Anerkennung der Vaterschaft zur Urkunde des Jugendamtes (UR-Nr. 412/2025); Frau [[P|Osei]] stimmte zu. Unterhalt nach Düsseldorfer Tabelle, 1. Altersstufe, wird bis 31.10. berechnet.

[[P|Katrin Wedekind-Yüksel]], Beiständin
""", ["GENETIC"])

out = os.path.join(HERE, "fresh68.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(f"wrote {len(docs)} documents to {out}")
