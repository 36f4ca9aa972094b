"""Held-out batch 61: invented Swabian city Kellingen (Rems-Murr area). Writes fresh61.jsonl next to this script."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)  # marks.py and identifiers.py sit beside this file
from marks import build
from identifiers import Identifiers, mod97_iban, mod11_10_check, group

ids = Identifiers(6161)
CITY_IBAN = group(ids.iban_de(), 4)          # the city's own account -> neutral
SW = "07184 906-0"                              # switchboard -> neutral

def bw_taxnr():
    return f"{ids.digits(5, True)}/{ids.digits(5)}"

D = []
def doc(channel, template, text, flags=()):
    D.append((channel, template, text, list(flags)))

# 1 Hundesteuer Bescheid
doc("word", "hundesteuer", f"""Stadt Kellingen · Kämmerei · Abteilung Steuern und Abgaben
[[N|Marktplatz 1]], [[N|73671 Kellingen]]

Herrn
[[P|Mehmet Yıldırım]]
[[A|Remsstraße 14/2]]
[[A|73671 Kellingen]]

Kassenzeichen: [[AZ|6.1110.204187]]
Ihr Ansprechpartner: [[P|Jochen Bührle]], Zimmer 2.14, Telefon [[N|07184 906-231]]
Kellingen, 03.02.2026

Festsetzung der Hundesteuer ab 01.01.2026 – Zweithund

Sehr geehrter Herr [[P|Yıldırım]],

mit Schreiben vom 12.01.2026 haben Sie einen zweiten Hund (Rüde, Mischling, Name „Paşa“) angemeldet. Nach § 5 Abs. 1 der Hundesteuersatzung der Stadt Kellingen beträgt die Steuer für den ersten Hund 108,00 EUR und für jeden weiteren Hund 216,00 EUR im Jahr. Für 2026 ergibt sich damit ein Gesamtbetrag von 324,00 EUR, fällig in vier Raten zum 15.02., 15.05., 15.08. und 15.11.

Bitte überweisen Sie die Beträge unter Angabe des Kassenzeichens auf das Konto der Stadtkasse Kellingen, IBAN [[N|{CITY_IBAN}]], oder erteilen Sie uns ein SEPA-Lastschriftmandat. Die Hundesteuermarke Nr. 0417 liegt bei.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadt Kellingen erhoben werden.

Mit freundlichen Grüßen
Im Auftrag

[[P|Jochen Bührle]]""")

# 2 Sperrmüll, Swabian, lower case
doc("outlook", "sperrmuell", f"""Von: [[P|gerd bäuerle]] <[[E|g.baeuerle56@t-online.de]]>
An: [[N|abfallberatung@kellingen.de]]
Betreff: sperrmüll

grüß gott mitanand,

i hätt gern en termin für sperrmüll. es isch a alts sofa, zwei matratza und a kaschta vom schlofzimmer, der isch scho ausanandr gschraubt. mir wohnat in dr [[A|hindere gass 7]] in oberkellingen, des isch des haus mit dem grüne tor. wenn ihr kommat stell i des zeug an d'stroß, aber bitte ned am mittwoch, do isch d'garage vom [[P|kächele]] nebedra zua und der kommt sonscht ned raus.

wenn was isch, ruafat halt a, [[T|07184 6231]], ab sechse obends bin i drhoim, sonscht mei frau [[P|inge]] ufm handy [[T|0171 4408913]].

an scheena gruaß
[[P|gerd bäuerle]]""")

# 3 Indian engineer, Blue Card, partly English
p3 = "Z" + ids.digits(7, True)
doc("outlook", "auslaender_bluecard", f"""From: [[P|Venkata Subramanian Iyer]] <[[E|vs.iyer@gmail.com]]>
To: [[N|auslaenderbehoerde@kellingen.de]]
Subject: Extension Blue Card / Verlängerung Blaue Karte EU – Az. [[AZ|ABH-32.2-2023/1184]]

Dear Sir or Madam, sehr geehrte Damen und Herren,

my Blue Card expires on 30.04.2026 and I would like to apply for the extension (or Niederlassungserlaubnis, if possible – I have worked 27 months now as Entwicklungsingenieur at a supplier in Weinstadt). My German is B1, I am sorry for mistakes.

My data:
Name: [[P|IYER]], [[P|Venkata Subramanian]]
Date of birth / Geburtsdatum: [[DOB|17.08.1989]]
Indian passport no.: [[PASS|{p3}]] (valid until 2033)
Address: [[A|Schillerstraße 41]], [[A|73671 Kellingen]]

Also for my wife [[P|Lakshmi Priya Iyer]] (born [[DOB|02.11.1992]]) and our son [[P|Aarav]] (born [[DOB|21.06.2021]] in Chennai) we need the extension of the Aufenthaltserlaubnis. Could you please send me an appointment? Mornings are difficult because of my shift, after 15:00 is fine.

Mobile: [[T|+49 176 38842017]]

Thank you very much and best regards,
[[P|Venkata]] ([[P|Venkat]]) [[P|Iyer]]""")

# 4 Turkish national, Fiktionsbescheinigung letter
p4 = "U" + ids.digits(8, True)
doc("word", "auslaender_fiktion", f"""Stadt Kellingen – Bürgerdienste – Ausländerbehörde
[[N|Marktplatz 3]] · [[N|73671 Kellingen]] · Telefon [[N|{SW}]]

Herrn
[[P|Hüseyin Aydoğan]]
c/o [[P|Aydoğan]]
[[A|Am Güterbahnhof 22]]
[[A|73672 Kellingen-Hegnach]]

Aktenzeichen: [[AZ|32.2-AE-0993/19]]
Datum: 11.03.2026

Ihr Antrag auf Verlängerung der Aufenthaltserlaubnis nach § 18b AufenthG

Sehr geehrter Herr [[P|Aydoğan]],

Ihr Antrag ist am 04.03.2026 und damit vor Ablauf Ihres bisherigen Aufenthaltstitels bei uns eingegangen. Ihr Aufenthalt gilt deshalb nach § 81 Abs. 4 AufenthG bis zur Entscheidung als fortbestehend. Die Fiktionsbescheinigung liegt ab 18.03.2026 zur Abholung bereit.

Bitte bringen Sie zur Abholung mit:
– Ihren türkischen Reisepass (Nr. [[PASS|{p4}]])
– eine aktuelle Arbeitgeberbescheinigung
– ein biometrisches Lichtbild (für den späteren eAT)

Die Gebühr für die Fiktionsbescheinigung beträgt 13,00 EUR.

Mit freundlichen Grüßen
Im Auftrag

[[P|Ivana Marković]]
Sachbearbeiterin""")

# 5 Elterngeld form pasted by Romanian mother
tid5, iban5, kv5 = ids.tax_id(), ids.iban_de(), ids.health_insurance()
doc("outlook", "elterngeld", f"""Betreff: Elterngeld Antrag – Fragen + Daten
Von: [[E|anamaria.popescu@yahoo.com]]

Hallo Frau [[P|Reinhardt]],

danke für das Gespräch heute im Bürgerbüro. Sie haben gesagt ich soll die Daten schon schicken damit Sie den Antrag für die L-Bank vorausfüllen können. Hier sind sie:

Antragstellerin ........ [[P|Ana-Maria Popescu]]
geboren ................ [[DOB|9. Mai 1994]] in Craiova
Anschrift .............. [[A|Kelterweg 5]], [[A|73671 Kellingen]]
Steuer-ID .............. [[TID|{tid5}]]
Krankenkasse ........... AOK Baden-Württemberg, Vers.-Nr. [[KV|{kv5}]]
Konto .................. [[IBAN|{iban5}]]
Kind ................... [[P|Luca Andrei Popescu]], geb. [[DOB|14.01.2026]]
anderer Elternteil ..... [[P|Ionuț Popescu]] (arbeitet bei Zulieferer, Schicht)

Mein Mann will auch 2 Monate nehmen, im August und September. Geht das zusammen mit mir oder nacheinander? Und brauchen Sie die Geburtsurkunde im Original?

Vielen Dank!
[[P|Ana-Maria]]
[[T|0157 82310496]]""")

# 6 Schulanmeldung form, Vietnamese family, religion
doc("word", "schulanmeldung", f"""Grundschule am Weinberg Kellingen – Anmeldung zur Einschulung Schuljahr 2026/27

| Feld | Angabe |
|---|---|
| Name des Kindes | [[P|Nguyen]], [[P|Minh Anh]] |
| Geburtsdatum | [[DOB|03.10.2019]] |
| Geburtsort | Waiblingen |
| Staatsangehörigkeit | deutsch / vietnamesisch |
| Anschrift | [[A|Bahnhofstraße 88]], [[A|73671 Kellingen]] |
| Erziehungsberechtigte | [[P|Nguyễn Thị Lan]] (Mutter), [[P|Trần Văn Hùng]] (Vater) |
| Telefon | [[T|07184 937 5521]] / [[T|0160 9927341]] |
| E-Mail | [[E|lan.nguyen.ks@web.de]] |
| Religionszugehörigkeit | buddhistisch |
| Teilnahme Religionsunterricht | nein – Ethikunterricht ab Klasse 1 gewünscht |
| Geschwister an der Schule | [[P|Bảo Ngọc Nguyen]], Klasse 3b |
| Kindergarten | Kita Sonnenhalde |

Bemerkungen der Schule: Sprachstand unauffällig, Kind spricht zu Hause Vietnamesisch und Deutsch. Hortplatz wird über das Schulamt der Stadt beantragt (Formular H-3).

Aufgenommen am 24.02.2026 durch [[P|Claudia Wössner]], Sekretariat""", ["RELIGION"])

# 7 Personalrat mail re BEM, health + union
doc("outlook", "personalrat_bem", f"""Von: Personalrat Stadt Kellingen <[[N|personalrat@kellingen.de]]>
An: [[P|Schäfer, Heike]] <[[E|heike.schaefer@kellingen.de]]>
Cc: [[P|Oğuz Demirci]] <[[E|oguz.demirci@kellingen.de]]>
Betreff: BEM-Gespräch am Donnerstag – vertraulich

Liebe [[P|Heike]],

wie am Telefon besprochen: Das Personalamt hat Dir nach Deinen 9 Wochen Arbeitsunfähigkeit (Bandscheibenvorfall, Reha in Bad Wildbad) ein BEM-Gespräch angeboten. Die Teilnahme ist freiwillig. Ich komme gerne als Vertrauensperson mit, [[P|Oğuz]] aus dem Vorstand ebenfalls, falls Du das möchtest.

Für das Gespräch wäre gut zu wissen, ob Du eine stufenweise Wiedereingliederung (Hamburger Modell) willst und ob der Arbeitsplatz im Bürgerbüro mit einem höhenverstellbaren Tisch ausgestattet werden soll. Den Antrag auf die Hilfsmittel stellen wir dann gemeinsam.

Da Du ver.di-Mitglied bist, kannst Du Dich außerdem beim Bezirk Stuttgart kostenlos arbeitsrechtlich beraten lassen – falls es später um eine Umsetzung geht.

Herzliche Grüße
[[P|Sabine Kuhnle-Rieger]]
Vorsitzende des Personalrats
Durchwahl [[N|07184 906-118]]""", ["HEALTH", "UNION"])

# 8 Personalrat minutes, general mentions only
doc("word", "protokoll_personalrat", f"""Niederschrift über die 4. Sitzung des Personalrats der Stadt Kellingen am 19.02.2026, 14:00–16:40 Uhr, Sitzungszimmer 3

Anwesend: [[P|Sabine Kuhnle-Rieger]] (Vorsitz), [[P|Oğuz Demirci]], [[P|Thomas Maier]], [[P|Dragana Jurić]], [[P|Wolfgang Hörz]]
Entschuldigt: [[P|Petra Gaiser]]
Gast zu TOP 3: [[P|Dr. Markus Fetzer]], Leiter Personalamt
Protokoll: [[P|Maier]]

TOP 1 Genehmigung der Niederschrift vom 22.01.2026 – einstimmig genehmigt.

TOP 2 Stellenbesetzungen
a) Sachbearbeitung Ausländerbehörde, EG 9b, Stellen-Nr. 32.2-07: Zustimmung zur Einstellung von Frau [[P|Antonia Sarris]] (5:0).
b) Bauhof, Kolonnenführer Grünpflege, EG 6: Zustimmung zur Höhergruppierung von Herrn [[P|Kemal Arslan]] (5:0).

TOP 3 Betriebliches Gesundheitsmanagement 2026
[[P|Dr. Fetzer]] stellt das Programm vor (Rückenkurse, Grippeschutzimpfung im Oktober, Gesundheitstag am 17.06.). Budget 18.500 EUR. Der Personalrat begrüßt das Angebot und bittet, die Kurse auch für Beschäftigte im Schichtdienst der Feuerwehr anzubieten.

TOP 4 Tarifrunde TVöD
Frau [[P|Kuhnle-Rieger]] berichtet über den Stand der Verhandlungen. Für einen möglichen Warnstreik der Gewerkschaften wird eine Notdienstvereinbarung für Kitas und Bürgerbüro vorbereitet.

TOP 5 Verschiedenes: Dienstvereinbarung mobiles Arbeiten – Entwurf bis zur nächsten Sitzung.

gez. [[P|Kuhnle-Rieger]]            gez. [[P|Maier]]""")

# 9 Betreuungsverein to Amtsgericht, health, KV, SSN
ssn9, kv9 = ids.social_security("140339", "W"), ids.health_insurance()
doc("word", "betreuung", f"""Betreuungsverein Rems-Murr e. V. · [[N|Lindenstraße 9]] · [[N|71332 Waiblingen]]

An das Amtsgericht Schorndorf – Betreuungsgericht –
Aktenzeichen: [[AZ|XVII 214/24]]

Betreuungssache [[P|Martha Hägele]], geb. [[DOB|14.03.1939]]
wohnhaft Pflegeheim Haus Remsblick, [[A|Talstraße 40]], [[A|73671 Kellingen]]

Jahresbericht der Betreuerin 2025

Sehr geehrte Frau Rechtspflegerin [[P|Ostertag]],

Frau [[P|Hägele]] lebt seit Juli 2025 im Pflegeheim. Die Demenz vom Alzheimer-Typ ist weiter fortgeschritten; seit November ist Pflegegrad 4 anerkannt. Nach einem Sturz im September wurde eine Hüft-TEP eingesetzt, sie ist seither auf den Rollstuhl angewiesen. Freiheitsentziehende Maßnahmen werden nicht angewandt.

Vermögenssorge: Die Altersrente (Rentenversicherungsnummer [[SSN|{ssn9}]]) und die Witwenrente gehen auf das Girokonto bei der Kreissparkasse ein. Die Heimkosten übersteigen die Einkünfte; der Antrag auf Hilfe zur Pflege beim Landratsamt ist gestellt. Krankenversichertennummer für die Zuzahlungsbefreiung: [[KV|{kv9}]].

Kontakt zur Familie: Der Sohn, Herr [[P|Reinhold Hägele]], besucht sie wöchentlich; die Tochter [[P|Gudrun Schiele]] lebt in Kanada und ruft regelmäßig an.

Ich rege an, die Betreuung im bisherigen Umfang fortzuführen.

Mit freundlichen Grüßen
[[P|Nadja Köhler]], Diplom-Sozialpädagogin
Vereinsbetreuerin, Telefon [[N|07151 96604-12]]""", ["HEALTH"])

# 10 Ordnungsamt, forwarded chain, Greek citizen, plate
doc("outlook", "bussgeld_weiterleitung", f"""Von: [[P|Lorenz, Patrick]] <[[E|p.lorenz@kellingen.de]]>
Gesendet: Dienstag, 10. März 2026 08:52
An: [[P|Vogt, Carina]] <[[E|c.vogt@kellingen.de]]>
Betreff: WG: Verwarnung [[AZ|OA-VW-2026-01877]]

Hallo [[P|Carina]],

kannst Du das bitte übernehmen? Foto vom Kollegen [[P|Wahl]] zeigt das Fahrzeug eindeutig im absoluten Halteverbot, aber der Herr hat wohl einen Schwerbehindertenparkausweis – bitte den Ausweis anfordern, dann ggf. einstellen.

Gruß [[P|Patrick]]

-----Ursprüngliche Nachricht-----
Von: [[P|Dimitrios Papadopoulos]] <[[E|d.papadopoulos@gmx.de]]>
Gesendet: Montag, 9. März 2026 19:14
An: [[N|ordnungsamt@kellingen.de]]
Betreff: Verwarnung [[AZ|OA-VW-2026-01877]]

Sehr geehrte Damen und Herren

ich habe eine Verwarnung bekommen über 55 Euro für mein Auto [[KFZ|WN-DP 733]] am 02.03. in der Kirchstraße. Ich habe meine Mutter zum Arzt gebracht, sie kann nicht laufen und der Ausweis liegt immer im Auto, vielleicht hat man ihn nicht gesehen weil er runtergefallen ist. Ich schicke ein Foto von dem Ausweis mit.

Bitte prüfen Sie noch einmal.

Mit freundlichen Grüßen
[[P|Dimitrios Papadopoulos]]
[[A|Uhlandstraße 19]]
[[A|73671 Kellingen]]""", ["HEALTH"])

# 11 Kirchenaustritt Standesamt
doc("word", "kirchenaustritt", f"""Stadt Kellingen – Standesamt

Bescheinigung über den Austritt aus einer Religionsgemeinschaft
(§ 26 Kirchensteuergesetz Baden-Württemberg)

Vor dem unterzeichnenden Standesbeamten erklärte heute persönlich

[[P|Tobias Johannes Schäufele]]
geboren am [[DOB|28. Juni 1990]] in Schwäbisch Gmünd
wohnhaft: [[A|Weinsteige 3]], [[A|73674 Kellingen-Rohrbronn]]
ausgewiesen durch Personalausweis

seinen Austritt aus der römisch-katholischen Kirche.

Der Austritt wird mit Ablauf des Tages der Erklärung wirksam. Eine Ausfertigung dieser Bescheinigung wird dem Katholischen Stadtdekanat und dem Finanzamt Waiblingen übersandt.

Gebühr: 30,00 EUR, bar bezahlt, Quittungs-Nr. 2026-0312

Kellingen, den 16.03.2026

[[P|Frank Ziegler]]
Standesbeamter""", ["RELIGION"])

# 12 Eheanmeldung two men
idc12a, idc12b = ids.id_card(check_digit=True), ids.id_card(check_digit=True)
doc("outlook", "standesamt_ehe", f"""Betreff: Anmeldung zur Eheschließung – Termin im Juli?

Hallo liebes Standesamt-Team,

mein Partner und ich möchten heiraten :-) – am liebsten am Samstag, 18. Juli, im Trauzimmer im Alten Rathaus. Wir sind seit 2019 zusammen und wohnen gemeinsam in der [[A|Gartenstraße 12]] ([[A|73671 Kellingen]]).

Kurz zu uns:
[[P|Florian Haug]], geb. [[DOB|02.02.1988]], ledig, Personalausweis [[IDC|{idc12a}]]
[[P|Emre Kaplan]], geb. [[DOB|30.09.1991]] in Stuttgart, ledig, Personalausweis [[IDC|{idc12b}]]

Welche Unterlagen brauchen wir noch? [[P|Emre]] war bis 2010 auch türkischer Staatsangehöriger – reicht da die Einbürgerungsurkunde? Trauzeugen sind [[P|Svenja Haug]] und [[P|Deniz Kaplan]].

Liebe Grüße und danke schon mal!
[[P|Flo Haug]]
[[T|0152 20417736]]
[[E|flo.haug@posteo.de]]""", ["SEXUAL_ORIENTATION"])

# 13 Bauamt Angrenzerbenachrichtigung
doc("word", "bauamt_angrenzer", f"""Stadt Kellingen · Baurechtsamt
[[N|Marktplatz 1]] · [[N|73671 Kellingen]] · [[N|baurecht@kellingen.de]]

Frau
[[P|Waltraud Fritz-Ebinger]]
Herrn [[P|Hans-Jürgen von der Heyde]]
[[A|Seewiesenweg 8]]
[[A|73671 Kellingen]]

Aktenzeichen: [[AZ|BV 2026/0147]] (bitte stets angeben)
Datum: 05.03.2026

Benachrichtigung der Angrenzer nach § 55 LBO
Bauvorhaben: Neubau eines Einfamilienhauses mit Doppelgarage
Baugrundstück: Flst. Nr. 2318/4, [[A|Seewiesenweg 10]], Gemarkung Kellingen
Bauherr: [[P|Dariusz Nowak]] und [[P|Marta Nowak]]

Sehr geehrte Frau [[P|Fritz-Ebinger]], sehr geehrter Herr [[P|von der Heyde]],

für das oben genannte Grundstück ist ein Bauantrag eingegangen. Das Vorhaben liegt im Geltungsbereich des Bebauungsplans Nr. 47 „Seewiesen II“ (rechtskräftig seit 14.05.2004) und erfordert eine Befreiung von der festgesetzten Firsthöhe (8,50 m statt 8,00 m). Die Pläne (Lageplan M 1:500, Ansichten Blatt 3–5) können Sie bis 26.03.2026 im Baurechtsamt, Zimmer 1.07, einsehen.

Einwendungen sind innerhalb von vier Wochen nach Zustellung schriftlich oder zur Niederschrift vorzubringen.

Mit freundlichen Grüßen
Im Auftrag
[[P|Rüdiger Eisele]]
Telefon [[N|07184 906-412]]""")

# 14 Gewerbeanmeldung Italian pizzeria
tn14, vat14 = bw_taxnr(), ids.vat_id()
doc("outlook", "gewerbe", f"""Betreff: Gewerbeanmeldung Pizzeria „Da Peppe“ – Unterlagen

Buongiorno Frau [[P|Schwarz]],

wie besprochen schicke ich die fehlende Sachen für die Anmeldung. Ich übernehme die Pizzeria von meinem Onkel [[P|Carmine Russo]] zum 1. April, die Adresse bleibt gleich: [[A|Hauptstraße 61]], [[A|73671 Kellingen]].

Inhaber: [[P|Giuseppe Russo]] (alle sagen [[P|Peppe]])
geb. [[DOB|11.12.1985]] in Avellino
Wohnung: [[A|Brunnenstraße 4]], [[A|73672 Kellingen-Hegnach]]
Steuernummer (Finanzamt Waiblingen): [[TNR|{tn14}]]
USt-IdNr.: [[VAT|{vat14}]]
Gaststättenerlaubnis: beantragt am 20.02.

Meine Frau [[P|Francesca]] arbeitet mit, als Minijob. Muss ich sie auch irgendwo anmelden bei Ihnen?

Grazie mille e cordiali saluti
[[P|Giuseppe Russo]]
[[T|+49 1512 6604128]] · [[E|dapeppe.kellingen@gmail.com]]""")

# 15 Gewerbesteuer Bescheid Croatian painter
tn15 = bw_taxnr()
doc("word", "gewerbesteuer", f"""Stadt Kellingen · Steueramt
[[N|Marktplatz 1]], [[N|73671 Kellingen]] · Telefon [[N|{SW}]] · Stadtkasse IBAN [[N|{CITY_IBAN}]]

Malerbetrieb [[P|Kovačević]]
Inhaber Herr [[P|Zoran Kovačević]]
[[A|Industriestraße 17]]
[[A|73671 Kellingen]]

Steuernummer: [[TNR|{tn15}]]
Kassenzeichen: [[AZ|6.3000.118245]]
Datum: 23.01.2026

Bescheid über Gewerbesteuer 2024

Sehr geehrter Herr [[P|Kovačević]],

auf Grundlage des Gewerbesteuermessbescheids des Finanzamts Waiblingen vom 08.12.2025 (Steuermessbetrag 612,50 EUR) und des Hebesatzes von 370 % wird die Gewerbesteuer 2024 auf 2.266,25 EUR festgesetzt. Abzüglich der geleisteten Vorauszahlungen von 1.800,00 EUR ergibt sich eine Nachzahlung von 466,25 EUR, fällig am 25.02.2026.

Die Vorauszahlungen ab 2026 werden auf 566,00 EUR je Quartal (15.02., 15.05., 15.08., 15.11.) angepasst.

Mit freundlichen Grüßen
Im Auftrag
[[P|Melanie Haas]]""")

# 16 Grundsteuer SEPA, elderly lady
iban16 = group(ids.iban_de(), 4)
doc("outlook", "grundsteuer_sepa", f"""Betreff: Grundsteuer – neues Konto

Sehr geehrte Damen und Herren,

mein Mann [[P|Eugen]] ist im Dezember verstorben und das bisherige Konto wurde aufgelöst. Bitte buchen Sie die Grundsteuer für unser Haus [[A|Am Sonnenhang 23]] ab sofort von meinem Konto ab:

Kontoinhaberin: [[P|Hildegard Wörner]]
IBAN: [[IBAN|{iban16}]]
Kassenzeichen laut Bescheid: [[AZ|6.0100.076530]]

Das unterschriebene Lastschriftmandat bringt mein Enkel [[P|Jannik]] nächste Woche vorbei, ich selber komme nicht mehr so gut aus dem Haus. Falls noch etwas fehlt, rufen Sie mich bitte an: [[T|07184 4712]].

Mit freundlichen Grüßen
[[P|Hildegard Wörner]]
[[A|73671 Kellingen]]""")

# 17 Ukrainian refugee, non-native
ua = "F" + ids.rng.choice("ABEHKMT") + ids.digits(6)
doc("outlook", "auslaender_ukraine", f"""Тема: Termin für Aufenthaltstitel § 24 verlängerung

Guten Tag,

ich heiße [[P|Oksana Melnyk]], ich bin aus Charkiw und wohne seit 2022 in Kellingen, [[A|Eichendorffweg 2]], Wohnung 5. Mein Aufenthaltstitel ist gültig bis 04.03.2026 aber ich habe noch kein Brief bekommen. Jetzt ich arbeite in Kantine bei Firma und Chef fragt nach neue Karte.

Meine Kinder: [[P|Sofiia Melnyk]] geb. [[DOB|12.07.2016]] und [[P|Bohdan Melnyk]] geb. [[DOB|29.01.2019]]. Ich geboren [[DOB|06.04.1987]]. Mein Reisepass Nummer ist [[PASS|{ua}]], ist gültig bis 2029.

Bitte können Sie mir sagen wann ich kommen kann? Mein Deutsch nicht so gut, meine Nachbarin Frau [[P|Dietrich]] kann mitkommen zum übersetzen.

Telefon [[T|0176 51093284]] (Viber auch)

Dankeschön
[[P|Oksana]]""")

# 18 Jugendamt Beistandschaft DNA
doc("word", "jugendamt_vaterschaft", f"""Stadt Kellingen · Amt für Jugend und Familie · Beistandschaften
[[N|Kirchplatz 4]] · [[N|73671 Kellingen]]

Herrn
[[P|Marcel Buck]]
[[A|Lange Straße 70]]
[[A|71332 Waiblingen]]

Unser Zeichen: [[AZ|51.3-BS-0219/25]]
Kellingen, 27.02.2026

Feststellung der Vaterschaft für das Kind [[P|Lina-Sophie Gruber-Aksoy]], geb. [[DOB|08.10.2025]]

Sehr geehrter Herr [[P|Buck]],

als Beistand des Kindes teile ich Ihnen mit, dass das vom Familiengericht Waiblingen eingeholte Abstammungsgutachten vorliegt. Nach dem DNA-Vergleich der Proben von Mutter, Kind und Ihnen beträgt die Vaterschaftswahrscheinlichkeit 99,9999 %. Sie gelten damit als biologischer Vater.

Ich fordere Sie auf, für [[P|Lina-Sophie]] ab Geburt Kindesunterhalt in Höhe des Mindestunterhalts (derzeit 482,00 EUR abzüglich hälftigen Kindergelds) zu zahlen und bis 31.03.2026 Auskunft über Ihr Einkommen zu erteilen. Die Mutter, Frau [[P|Jessica Gruber-Aksoy]], ist mit einer Beurkundung beim Jugendamt einverstanden.

Mit freundlichen Grüßen
[[P|Anja Steinhilber]]
Beiständin
Telefon [[N|07184 906-517]]""", ["GENETIC"])

# 19 Bürgerbüro internal note: passport, fingerprints, card payment
pass19 = ids.passport(check_digit=True)
idc19 = ids.id_card()
cc19 = ids.credit_card("4", 16)
doc("word", "buergerbuero_vermerk", f"""Vermerk Bürgerbüro – Reisepass im Expressverfahren

Antragsteller: [[P|Dr. Konstantin Wolkow]], geb. [[DOB|19.05.1977]], [[A|Hölderlinstraße 6]], [[A|73671 Kellingen]]
Bisheriger Pass: [[PASS|{pass19}]] (abgelaufen 01/2026), Personalausweis [[IDC|{idc19}]] liegt vor.

Der Antragsteller hat nach Handoperation beide Zeigefinger bandagiert. Fingerabdrücke wurden stattdessen vom linken und rechten Ringfinger abgenommen, Qualitätswert ausreichend. Lichtbild mit Live-Enrollment am Terminal aufgenommen.

Dringlichkeit: Dienstreise nach Chennai ab 02.04.2026 (Bescheinigung des Arbeitgebers liegt vor). Gebühr 92,00 EUR + Express 32,00 EUR, bezahlt online per Kreditkarte VISA [[CC|{cc19}]] – Zahlungseingang über ePayBL bestätigt, Vorgangsnummer [[AZ|EP-2026-033841]].

Abholung erfolgt durch Bevollmächtigte (Ehefrau [[P|Irina Wolkowa]]), Vollmacht und Ausweiskopie liegen in der Akte.

17.03.2026, [[P|Kaya]] / Bürgerbüro Schalter 4""", ["BIOMETRIC", "HEALTH"])

# 20 Italian retiree moving back, Italian IBAN, SSN
iban20 = group(mod97_iban("IT", ids.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + ids.digits(22)), 4)
ssn20 = ids.social_security("070551", "E")
doc("outlook", "abmeldung_italien", f"""Oggetto: Abmeldung und Hundesteuer zurück

Sehr geehrte Damen und Herren,

nach 48 Jahre in Kellingen gehen meine Frau und ich zurück nach Italien. Wir melden uns ab zum 30. April 2026 von [[A|Rosenstraße 11]], [[A|73671 Kellingen]]. Neue Adresse:

[[A|Via Roma 12]]
[[A|84010 Maiori (SA)]]
Italia

Ich bin [[P|Salvatore Esposito]], geb. [[DOB|07.05.1951]], meine Frau ist [[P|Concetta Esposito]] geb. [[P|Ferraro]]. Unser Hund ist leider im Februar gestorben, bitte die Hundesteuer für den Rest von Jahr zurück überweisen an unser Konto in Italien:
IBAN [[IBAN|{iban20}]] (Banca Intesa, intestato a [[P|Esposito Salvatore]])

Für die Rentenversicherung habe ich die Nummer [[SSN|{ssn20}]], braucht die Stadt das für die Abmeldung?

Mein Sohn [[P|Michele]] wohnt weiter in Kellingen, wenn Fragen bitte ihn anrufen: [[T|0173 9052218]].

Grazie e tanti saluti
[[P|Salvatore Esposito]]""")

# 21 Sozialamt Grundsicherung Bescheid
ssn21 = ids.social_security("241156", "I")
kv21 = ids.health_insurance()
iban21 = group(ids.iban_de(), 4)
doc("word", "grundsicherung", f"""Landratsamt Rems-Murr-Kreis – Außenstelle Sozialamt im Rathaus Kellingen

Frau
[[P|Valentina Schmidt]]
[[A|Goethestraße 30]]
[[A|73671 Kellingen]]

Aktenzeichen: [[AZ|50.2-GS-44719]]
Datum: 02.03.2026

Bescheid über Leistungen der Grundsicherung im Alter (4. Kapitel SGB XII)

Sehr geehrte Frau [[P|Schmidt]],

auf Ihren Antrag vom 15.01.2026 bewillige ich Ihnen für die Zeit vom 01.01.2026 bis 31.12.2026 Leistungen in Höhe von monatlich 412,37 EUR.

Ihre Daten:
Name, Geburtsname: [[P|Schmidt]], geb. [[P|Iwanowa]]
Geburtsdatum: [[DOB|24.11.1956]]
Rentenversicherungsnummer: [[SSN|{ssn21}]]
Krankenversicherung: Techniker Krankenkasse, [[KV|{kv21}]]
Auszahlung auf: [[IBAN|{iban21}]]

Berechnung: Regelbedarf Stufe 1 563,00 EUR, Mehrbedarf für kostenaufwändige Ernährung wegen insulinpflichtigem Diabetes mellitus 56,30 EUR, Kosten der Unterkunft 498,00 EUR; abzüglich Altersrente 704,93 EUR.

Bitte teilen Sie Änderungen (z. B. Rentenanpassung zum 01.07.) unverzüglich mit.

Mit freundlichen Grüßen
Im Auftrag
[[P|Alexander Brenner]]""", ["HEALTH"])

# 22 Croatian worker, Bosnian wife, forwarded chain with Croatian ID and IBAN
hr_idc = ids.digits(9, True)
iban22 = mod97_iban("HR", ids.digits(17))
doc("outlook", "auslaender_familie", f"""Von: [[P|Marković, Ivana]] <[[E|i.markovic@kellingen.de]]>
An: [[P|Sarris, Antonia]] <[[E|a.sarris@kellingen.de]]>
Datum: 12.03.2026 11:03
Betreff: WG: Aufenthaltskarte für Ehefrau

[[P|Antonia]], Dein erster eigener Fall ;-) – Ehefrau ist bosnische Staatsangehörige, also Aufenthaltskarte nach § 5 FreizügG/EU. Bitte Termin vergeben, Heiratsurkunde mit Apostille anfordern. LG [[P|Ivana]]

> Von: [[P|Ante Perić]] <[[E|ante.peric78@gmail.com]]>
> Gesendet: 11.03.2026 21:47
> An: [[N|auslaenderbehoerde@kellingen.de]]
> Betreff: Aufenthaltskarte für Ehefrau
>
> Poštovani, sehr geehrte Damen und Herren,
>
> ich bin kroatischer Staatsbürger und arbeite seit 2021 bei einem Autozulieferer in Kellingen (Montage, Schicht). Meine Frau [[P|Amela Perić]] (geb. [[P|Hodžić]], geboren [[DOB|14.08.1990]] in Tuzla) ist bosnische Staatsbürgerin und kommt im April mit Visum. Was braucht sie für die Aufenthaltskarte?
>
> Meine Daten: kroatische Osobna iskaznica Nr. [[IDC|{hr_idc}]], Anschrift [[A|Kappelbergstraße 36]], [[A|73671 Kellingen]].
> Kindergeld für unsere Tochter [[P|Lana]] geht auf mein Konto in Kroatien [[IBAN|{iban22}]], ist das ein Problem?
>
> Lijep pozdrav
> [[P|Ante Perić]]
> [[T|+385 91 455 2093]] / [[T|0151 24471908]]""")

# 23 Hundesteuer exemption, guide dog
doc("word", "hundesteuer_befreiung", f"""[[P|Eleni Georgiou]]
[[A|Mörikestraße 15]]
[[A|73671 Kellingen]]
Tel. [[T|07184 938214]]

An die Stadt Kellingen
Steueramt – Hundesteuer
[[N|Marktplatz 1]]
[[N|73671 Kellingen]]

Kellingen, 09.02.2026

Antrag auf Steuerbefreiung für meinen Blindenführhund
Kassenzeichen [[AZ|6.1110.203356]]

Sehr geehrte Damen und Herren,

seit Januar lebt mein neuer Blindenführhund „Kira“ (Labrador-Hündin, Chip-Nr. 276098106412583) bei mir. Ich bin seit meiner Geburt vollblind (Schwerbehindertenausweis mit Merkzeichen Bl, GdB 100). Nach § 6 der Hundesteuersatzung bitte ich um Befreiung von der Hundesteuer ab 01.01.2026.

Eine Kopie des Schwerbehindertenausweises und die Bescheinigung der Führhundschule liegen bei. Dieser Brief wurde von meiner Assistentin [[P|Sandra Leibfried]] nach Diktat geschrieben.

Mit freundlichen Grüßen
[[P|Eleni Georgiou]]""", ["HEALTH"])

# 24 VHS course booking with credit card, Nigerian-born writer, partly English
cc24 = ids.credit_card("51", 16)
doc("outlook", "vhs_kurs", f"""Subject: Anmeldung Kurs 26F-3104 „Deutsch B2 Beruf“ + payment

Hello / Hallo,

I would like to register for the course 26F-3104 (Tuesday and Thursday evening, start 14.04.). The online form did not work on my phone, so I write you.

Name: [[P|Chiamaka Okonkwo-Berger]]
Adresse: [[A|Friedrichstraße 27]], [[A|73671 Kellingen]]
Geburtsdatum: [[DOB|23 March 1993]]
Handy: [[T|0162 7720145]]

Please charge the fee of 289 EUR to my Mastercard [[CC|{cc24}]], valid 09/28, name on card [[P|C. Okonkwo-Berger]]. If this is not possible, I can also pay by bank transfer.

My husband [[P|Tobias Berger]] will maybe also register for the Italian course later.

Thank you and kind regards,
[[P|Chiamaka]] ([[P|Ama]])""")

# 25 Gemeinderat Vorlage - no personal special categories
doc("word", "gemeinderat_vorlage", f"""Stadt Kellingen – Sitzungsvorlage Nr. 31/2026
Gremium: Gemeinderat, öffentlich, 26.03.2026
Federführung: Amt für Integration, Bürgerdienste und Soziales ([[P|Merve Toprak]])

Betreff: Interkulturelle Woche 2026 und Zuschuss an Vereine

Beschlussvorschlag:
1. Der Gemeinderat nimmt das Programm der Interkulturellen Woche vom 20. bis 27.09.2026 zur Kenntnis.
2. Für Veranstaltungen der Vereine wird ein Zuschuss von insgesamt 6.500 EUR aus dem Produkt 3.15.01 bewilligt.

Sachverhalt:
Etwa 31 % der Einwohnerinnen und Einwohner Kellingens haben eine Zuwanderungsgeschichte, überwiegend aus der Türkei, Italien, Griechenland, Kroatien und zunehmend aus Indien. Beteiligt sind u. a. der Türkisch-Islamische Kulturverein (Moschee an der Neckarstraße), die griechisch-orthodoxe Gemeinde, die katholische Seelsorgeeinheit, der Tamil-Verein Rems und der Betriebsrat des größten Arbeitgebers. Vorgesehen sind ein Tag der offenen Moschee, ein interreligiöses Friedensgebet, ein Gesundheitstag mit dem Gesundheitsamt (Angebote in fünf Sprachen) und ein Fest auf dem Marktplatz.

Finanzielle Auswirkungen: 6.500 EUR, im Haushalt 2026 veranschlagt.

Kellingen, 04.03.2026
[[P|Dr. Ulrich Seybold]]
Oberbürgermeister""")

# 26 Noise complaint, Swabian, lower case
doc("outlook", "beschwerde_laerm", f"""Von: [[E|helmut.rapp@web.de]]
An: [[N|ordnungsamt@kellingen.de]]
Betreff: lärm und falschparker im kirschenweg

sehr geehrte damen und herren,

jetzt langts uns. des isch jetzt scho des dritte wochenend wo im [[A|kirschenweg 9]] bis nachts um zwoi party isch. der sohn vom [[P|haberle]], der [[P|kevin]], stellt au jedes mal sein schwarzen golf mit [[KFZ|WN-KH 1904]] quer über unsere einfahrt, mei frau hot am sonntag ned zum gottesdienst fahra kenna.

mir hend scho mit dem vater gschwätzt, aber der sagt bloß, des goht uns nix a. mir wohnat direkt gegenüber in dr nummer 10.

bitte schickat sie mol jemand vorbei.

[[P|helmut rapp]]
[[T|07184 5533]]""")

# 27 Personalamt new employee
tid27, ssn27, kv27, iban27 = ids.tax_id(), ids.social_security("150397", "K"), ids.health_insurance(), ids.iban_de()
doc("word", "personalamt_einstellung", f"""Stadt Kellingen · Personalamt
[[N|Marktplatz 1]] · [[N|73671 Kellingen]]

Frau
[[P|Aylin Karaca]]
[[A|Weilerstraße 5]]
[[A|73614 Schorndorf]]

Personalnummer: [[AZ|40-1873]]
Datum: 10.03.2026

Ihre Einstellung zum 01.04.2026 als Erzieherin (S 8a TVöD SuE) – Kita Sonnenhalde

Sehr geehrte Frau [[P|Karaca]],

wir freuen uns, Sie bei der Stadt Kellingen begrüßen zu dürfen. Für die Gehaltsabrechnung haben wir folgende Angaben aus Ihrem Personalbogen übernommen – bitte prüfen Sie diese und teilen Sie Abweichungen umgehend mit:

Geburtsdatum: [[DOB|15.03.1997]]
Steuerliche Identifikationsnummer: [[TID|{tid27}]]
Rentenversicherungsnummer: [[SSN|{ssn27}]]
Krankenkasse: BARMER, Versichertennummer [[KV|{kv27}]]
Bankverbindung: [[IBAN|{iban27}]]

Bitte bringen Sie am ersten Arbeitstag das erweiterte Führungszeugnis (nicht älter als drei Monate) und den Nachweis über den Masernschutz mit. Ihre Einarbeitung übernimmt die Kita-Leitung Frau [[P|Birgit Rommel]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Sven Pfleiderer]]
Sachgebiet Personalservice, Telefon [[N|07184 906-206]]""")

# 28 Parent mail, Schulbegleitung autism, Arabic names, partly English
doc("outlook", "schulamt_inklusion", f"""Von: [[P|Rania Al-Khatib]] <[[E|rania.alkhatib@hotmail.com]]>
An: [[N|schulamt@kellingen.de]]
Betreff: Schulbegleitung für [[P|Yusuf]] – dringend

Sehr geehrte Frau [[P|Leins]],

mein Sohn [[P|Yusuf Al-Khatib]] (geb. [[DOB|05.12.2017]], Klasse 2a, Grundschule am Weinberg) hat seit Oktober die Diagnose Autismus-Spektrum-Störung vom SPZ Stuttgart. The school says he needs a Schulbegleitung, otherwise he can only stay until 10 o'clock. Der Antrag auf Eingliederungshilfe ist seit 8 Wochen beim Landratsamt und wir haben keine Antwort.

Können Sie als Schulträger helfen oder uns sagen, wen wir anrufen sollen? Die Klassenlehrerin Frau [[P|Brodbeck]] unterstützt den Antrag.

Mein Mann [[P|Omar]] ist tagsüber erreichbar unter [[T|0176 45129903]], ich unter [[T|07184 930 447]].

Vielen Dank
[[P|Rania Al-Khatib]]
[[A|Talstraße 3]], [[A|73671 Kellingen]]""", ["HEALTH"])

# 29 Aktennotiz Ausländerbehörde, Yazidi family
p29 = "A" + ids.digits(8, True)
doc("word", "aktennotiz_abh", f"""Aktennotiz – Ausländerbehörde Kellingen
Az.: [[AZ|32.2-AS-0771/23]]
Betreff: Familie [[P|Haji Khalaf]], Vorsprache am 13.03.2026

Anwesend: Herr [[P|Barakat Haji Khalaf]] (geb. [[DOB|01.01.1982]]), Sohn [[P|Dilshad]] (17 J.), Dolmetscher Herr [[P|Sherzad Murad]] (Kurmandschi), Sachbearbeiterin [[P|Sarris]].

Herr [[P|Haji Khalaf]] ist jesidischer Kurde aus Sindschar. Das BAMF hat am 02.02.2026 die Flüchtlingseigenschaft zuerkannt (Verfolgung wegen Religionszugehörigkeit und ethnischer Zugehörigkeit). Er beantragt den Aufenthaltstitel nach § 25 Abs. 2 AufenthG für sich, seine Ehefrau [[P|Nadia Haji Khalaf]] und die drei Kinder. Der irakische Reisepass Nr. [[PASS|{p29}]] wurde vorgelegt, Ablauf 2027; die Ehefrau besitzt keinen Pass, Reiseausweis für Flüchtlinge wird beantragt.

Wohnanschrift laut Meldeamt: Gemeinschaftsunterkunft [[A|Benzstraße 12]], [[A|73671 Kellingen]]; Umzug in eine Wohnung der Kreisbaugenossenschaft zum 01.05. geplant.

Erledigung: Fotos und Fingerabdrücke für den eAT der Eltern in der nächsten Woche; Rückruf über Dolmetscher [[T|0157 33980126]].

[[P|A. Sarris]], 13.03.2026""", ["RELIGION", "ETHNICITY"])

# 30 Wahlhelfer, politics, Polish double name
doc("outlook", "wahlhelfer", f"""Von: [[P|Katarzyna Wiśniewska-Laux]] <[[E|k.wisniewska-laux@kellingen.de]]>
An: [[N|wahlamt@kellingen.de]]
Cc: [[P|Benjamin Oßwald]] <[[E|b.osswald@kellingen.de]]>
Betreff: Einsatz als Wahlvorsteherin Landtagswahl – Befangenheit

Hallo Herr [[P|Oßwald]],

ich bin für die Landtagswahl als Wahlvorsteherin im Wahlbezirk 107 (Turnhalle Hegnach) eingeteilt. Das geht leider nicht: Ich bin seit letztem Jahr Mitglied der Grünen und stehe auf deren Liste als Ersatzbewerberin für unseren Wahlkreis. Nach meinem Verständnis darf ich dann kein Wahlorgan sein.

Gerne helfe ich stattdessen beim Briefwahl-Auszählen im Rathaus oder tausche mit meinem Kollegen [[P|Jan Schüle]] aus der Kämmerei, der hat schon zugesagt.

Viele Grüße
[[P|Kasia]] [[P|Wiśniewska-Laux]]
Bürgerbüro, Schalter 2, Durchwahl [[N|07184 906-144]]""", ["POLITICS"])

assert len(D) == 30, len(D)
out = os.path.join(HERE, "fresh61.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for i, (ch, tpl, text, flags) in enumerate(D, 1):
        f.write(json.dumps(build(f"F61-{i:03d}", ch, tpl, text, flags), ensure_ascii=False) + "\n")
print("wrote", out)
