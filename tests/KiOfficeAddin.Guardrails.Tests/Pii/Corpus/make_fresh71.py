"""Held-out batch 71: 30 documents of a Rhineland city administration (Neuss), written blind to the detector."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # marks.py and identifiers.py sit beside this file
from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban  # noqa: E402

ids = Identifiers(7171)
ib = lambda v: group(v, 4)  # noqa: E731

# the city's own contact data (neutral)
SW = "[[N|02131 90-0]]"
CITY_IBAN = ib(ids.iban_de())
DOCS = []


def add(channel, template, text, flags=()):
    DOCS.append((channel, template, text.strip("\n"), list(flags)))


# 1 Standesamt: Anmeldung der Eheschließung, Italian groom
pass1 = "YB" + ids.digits(7)
add("word", "standesamt_eheschliessung", f"""
Stadt Neuss – Der Bürgermeister
Standesamt · [[N|Markt 2, 41460 Neuss]]

Herrn
[[P|Giuseppe Russo]]
Frau
[[P|Anna-Lena Schäfer-Weiß]]
[[A|Further Straße 88]]
[[A|41462 Neuss]]

Unser Zeichen: [[AZ|StA-E 2025/0417]]
Neuss, 12.08.2025

Anmeldung zur Eheschließung – fehlende Unterlagen

Sehr geehrte Frau [[P|Schäfer-Weiß]], sehr geehrter Herr [[P|Russo]],

vielen Dank für Ihre Vorsprache am 05.08.2025. Für die Prüfung der Ehefähigkeit fehlen noch folgende Unterlagen:

1. für Herrn [[P|Russo]] (geb. am [[DOB|17.11.1989]] in Bari): ein mehrsprachiger Auszug aus dem Geburtsregister (estratto dell'atto di nascita, Formular nach dem CIEC-Übereinkommen) sowie eine Kopie des Reisepasses Nr. [[PASS|{pass1}]],
2. für Frau [[P|Schäfer-Weiß]] (geb. am [[DOB|2. Februar 1992]]): eine aktuelle beglaubigte Abschrift aus dem Geburtenregister des Standesamts Düsseldorf.

Ein Ehefähigkeitszeugnis ist für italienische Staatsangehörige nach dem Münchener CIEC-Übereinkommen vorzulegen; die Gebühr für die Anmeldung beträgt 80,00 EUR. Eine kirchliche Trauung ist von der standesamtlichen Eheschließung unabhängig.

Den gewünschten Trautermin (Samstag, 18.10.2025, Trauzimmer im Rosengarten) habe ich vorgemerkt. Rückfragen gern unter {SW} oder per E-Mail an [[N|standesamt@stadt.neuss.de]].

Mit freundlichen Grüßen
Im Auftrag

[[P|Bettina Hoppe]]
Standesbeamtin
""")

# 2 Namensänderung after divorce, Turkish-German
add("outlook", "namensaenderung", f"""
Von: [[P|Derya Aksoy-Brandt]] <[[E|derya.aksoy@gmx.de]]>
Gesendet: Dienstag, 3. Juni 2025 21:47
An: [[N|standesamt@stadt.neuss.de]]
Betreff: Wiederannahme Geburtsname

Sehr geehrte Damen und Herren,

meine Ehe mit [[P|Sebastian Brandt]] wurde am 14.04.2025 vom Amtsgericht Neuss geschieden (Az. des Gerichts [[AZ|45 F 212/24]], rechtskräftig seit 20.05.2025). Ich möchte jetzt wieder meinen Geburtsnamen [[P|Aksoy]] annehmen.

Frage: Kann meine Tochter [[P|Elif]] (9 Jahre) den Namen [[P|Aksoy]] auch bekommen, oder geht das nur über eine Einbenennung? Sie lebt bei mir. Ihr Vater ist einverstanden, er wohnt inzwischen in Köln.

Meine Daten:
[[P|Derya Aksoy-Brandt]], geb. [[DOB|23.09.1986]] in Neuss
[[A|Bergheimer Straße 141]], [[A|41464 Neuss]]
Handy: [[T|0176 48291735]]

Ich kann auch gerne vorbeikommen, am besten nach 16 Uhr.

Viele Grüße
[[P|Derya Aksoy-Brandt]]
""")

# 3 Birth abroad, Filipino mother, partly English
add("outlook", "geburt_ausland", f"""
Subject: Nachbeurkundung Geburt / registration of birth in the Philippines

Good day po,

my name is [[P|Maricel Dela Cruz-Becker]], I am married to a German citizen, [[P|Thomas Becker]]. Our son [[P|Joshua Miguel Becker]] was born in Cebu City on [[DOB|14 March 2024]]. We want to register the birth in Germany (Nachbeurkundung) so he can get the German Reisepass.

I have the PSA birth certificate with apostille and a translation. My Philippine passport number is [[PASS|P{ids.digits(7)}A]], my husband's Reisepass is [[PASS|{ids.passport()}]]. For the fee, can I pay with my Mastercard [[CC|{group(ids.credit_card('52', 16), 4)}]]? Do we both need to come to the Standesamt or is it enough if [[P|Thomas]] comes alone? Sorry my German is not so good, ich lerne noch (A2).

Unsere Adresse: [[A|Gladbacher Str. 12a]], [[A|41460 Neuss]]
Mobile: [[T|+49 1577 3904261]]
Email: [[E|maricel.dc.becker@yahoo.com]]

Thank you and God bless,
[[P|Maricel]]
""")

# 4 Hundesteuer Bescheid
kz4 = "4.2025." + ids.digits(6)
add("word", "hundesteuer", f"""
Stadt Neuss · Steueramt · Abgabenabteilung
[[N|Markt 2, 41460 Neuss]]

Herrn
[[P|Mehmet Ali Yıldırım]]
[[A|Am Konvent 7]]
[[A|41460 Neuss]]

Kassenzeichen: [[AZ|{kz4}]]
Datum: 27.05.2025

Bescheid über die Hundesteuer ab 01.05.2025

Sehr geehrter Herr [[P|Yıldırım]],

auf Grund Ihrer Anmeldung vom 02.05.2025 setze ich für Ihren Hund (Rasse: Mischling, Name: Paşa, Wurfdatum: 11.01.2024) die Hundesteuer nach § 2 Abs. 1 der Hundesteuersatzung der Stadt Neuss fest:

Zeitraum            Steuersatz      Betrag
05/2025 – 12/2025   108,00 €/Jahr   72,00 €
ab 2026             108,00 €/Jahr   108,00 € jährlich

Der Betrag für 2025 ist am 15.08.2025 fällig. Bitte überweisen Sie ihn unter Angabe des Kassenzeichens auf das Konto der Stadtkasse Neuss, IBAN [[N|{CITY_IBAN}]]. Die Hundemarke erhalten Sie mit gesonderter Post.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Düsseldorf erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Ulrike Brands]]
""")

# 5 Anwohnerparkausweis, lower case informal
add("outlook", "anwohnerparken", f"""
betreff: anwohnerparkausweis zone C / neues auto

hallo zusammen,

ich hab seit letzter woche ein neues auto und bräuchte dafür nen neuen anwohnerparkausweis. der alte lief auf [[KFZ|NE-JV 482]], das neue hat [[KFZ|NE-JN 1907]]. zulassung ist auf mich, fahrzeugschein hab ich als foto angehängt.

wohne weiterhin [[A|sebastianusstr. 23]], zone C. kann ich die 30,70 € einfach überweisen oder muss ich ins bürgerbüro kommen? der alte ausweis ist noch bis 11/2025 gültig, kann man den umschreiben?

danke + gruß
[[P|jan-niklas vogt]]
[[T|0157-82049316]]
""")

# 6 Ordnungsamt complaint, Polish writer
add("outlook", "ordnungsamt_beschwerde", f"""
Von: [[P|Wiesława Nowak]] <[[E|wnowak1971@wp.pl]]>
An: [[N|ordnungsamt@stadt.neuss.de]]
Betreff: Beschwerde Lärm und Auto auf Gehweg

Sehr geehrte Damen und Herren vom Ordnungsamt,

ich schreibe schon zweite Mal. In unsere Haus [[A|Kapitelstraße 56]] wohnt in 2. Etage Herr [[P|Schröder]], er macht jede Nacht laute Musik bis 3 Uhr, auch Sonntag. Ich habe mit ihm gesprochen, aber er sagt nur das ist sein Wohnung. Auch sein Auto (schwarzer Golf, [[KFZ|NE-RS 713]]) steht immer auf Gehweg vor Haus, meine Mutter mit Rollator kann nicht vorbei.

Die Hausverwaltung sagt ich soll Ordnungsamt anrufen. Bitte kommen Sie kontrollieren, besonders Freitag und Samstag.

Mit freundliche Grüße
[[P|Wiesława Nowak]]
Tel. [[T|02131 6628413]]
""")

# 7 Friedhofsamt, Islamic burial of Lebanese father
kz7 = "FH-" + ids.digits(5)
add("word", "friedhofsamt_bestattung", f"""
Stadt Neuss – Friedhofsverwaltung
Hauptfriedhof, Rheydter Straße · Telefon {SW}

Herrn
[[P|Karim El-Khoury]]
[[A|Jülicher Landstraße 203]]
[[A|41464 Neuss]]

Az.: [[AZ|{kz7}]]
06.02.2025

Bestattung Ihres Vaters, Herrn [[P|Hassan El-Khoury]] (geb. [[DOB|03.05.1951]], verst. 04.02.2025)

Sehr geehrter Herr [[P|El-Khoury]],

zunächst möchten wir Ihnen und Ihrer Familie unsere herzliche Anteilnahme aussprechen.

Wie telefonisch besprochen, kann die Beisetzung Ihres Vaters nach islamischem Ritus im muslimischen Grabfeld M 3 des Hauptfriedhofs erfolgen. Die sarglose Bestattung in einem Leichentuch ist nach § 14 Abs. 2 der Friedhofssatzung zulässig; die rituelle Waschung kann im Waschraum der Trauerhalle durchgeführt werden. Die Grabstelle ist nach Mekka ausgerichtet.

Als Termin ist Freitag, 07.02.2025, 14:00 Uhr, vorgesehen. Die Gebühr für das Reihengrab (25 Jahre) beträgt 1.460,00 EUR.

Mit freundlichen Grüßen
Im Auftrag
[[P|Marc Hüsges]]
""", ["RELIGION"])

# 8 Gewerbeamt forwarded chain, Vietnamese nail studio
tnr8 = ids.tax_number_nrw()
vat8 = ids.vat_id()
add("outlook", "gewerbe_weiterleitung", f"""
Von: [[P|Ostermann, Sandra]]
Gesendet: Montag, 7. Juli 2025 09:12
An: [[N|gewerbeamt@stadt.neuss.de]]
Betreff: WG: Gewerbeanmeldung Nagelstudio

Hallo [[P|Kai]],

kannst du das bitte übernehmen? Frau [[P|Nguyễn]] war am Freitag am Schalter, die Unterlagen kamen jetzt per Mail. Betriebsstätte ist neu, bitte auch an die Bauaufsicht wegen Nutzungsänderung.

Gruß [[P|Sandra]]

-----Ursprüngliche Nachricht-----
Von: [[P|Thu Hà Nguyễn]] <[[E|thuha.nails@gmail.com]]>
Gesendet: Freitag, 4. Juli 2025 18:03
An: [[N|gewerbeamt@stadt.neuss.de]]
Betreff: Gewerbeanmeldung Nagelstudio

Sehr geehrte Frau [[P|Ostermann]],

wie besprochen schicke ich die Angaben:

Name: [[P|Nguyễn Thị Thu Hà]]
Geburtsdatum: [[DOB|30.12.1990]]
Wohnung: [[A|Hammfelddamm 4]], [[A|41460 Neuss]]
Betriebsstätte: [[A|Niederstraße 31]], [[A|41460 Neuss]]
Tätigkeit: Nagelstudio, Maniküre, Pediküre
Beginn: 01.08.2025
Steuernummer: [[TNR|{tnr8}]]
USt-IdNr.: [[VAT|{vat8}]]
Telefon: [[T|0152 29638174]]

Mein Bruder [[P|Minh]] hilft im Laden als Minijob, muss ich das auch anmelden?

Vielen Dank
[[P|Nguyễn Thị Thu Hà]]
""")

# 9 Sozialamt Bescheid Grundsicherung, Ukrainian
ssn9 = ids.social_security("140376", "P")
kv9 = ids.health_insurance()
iban9 = ib(ids.iban_de())
add("word", "sozialamt_grundsicherung", f"""
Stadt Neuss · Amt für Soziales und Wohnen
[[N|Markt 2, 41460 Neuss]] · Telefon {SW}

Frau
[[P|Oksana Petrenko]]
[[A|Kaarster Straße 119, Whg. 4]]
[[A|41462 Neuss]]

Aktenzeichen: [[AZ|50.3-GS-2025-1184]]
Neuss, 21.03.2025

Bescheid über Leistungen der Grundsicherung im Alter und bei Erwerbsminderung (4. Kapitel SGB XII)

Sehr geehrte Frau [[P|Petrenko]],

auf Ihren Antrag vom 03.02.2025 bewillige ich Ihnen für die Zeit vom 01.03.2025 bis 28.02.2026 laufende Leistungen in Höhe von monatlich 812,43 EUR.

Darin enthalten ist ein Mehrbedarf für kostenaufwändige Ernährung nach § 30 Abs. 5 SGB XII wegen der ärztlich nachgewiesenen Zöliakie (Attest [[P|Dr. med. Jaroslav Hrabec]] vom 17.01.2025) sowie der Mehrbedarf nach § 30 Abs. 1 SGB XII wegen voller Erwerbsminderung.

Ihre Daten, wie sie uns vorliegen:
Geburtsdatum: [[DOB|14.03.1976]]
Rentenversicherungsnummer: [[SSN|{ssn9}]]
Krankenversichertennummer (AOK Rheinland/Hamburg): [[KV|{kv9}]]
Auszahlung auf: [[IBAN|{iban9}]]

Bitte teilen Sie jede Änderung Ihrer Verhältnisse unverzüglich mit (§ 60 SGB I).

Mit freundlichen Grüßen
Im Auftrag
[[P|Kerstin Bolz-Ahrendt]]
""", ["HEALTH"])

# 10 Jugendamt internal note, Congolese family
add("word", "jugendamt_vermerk", f"""
Jugendamt – Bezirkssozialdienst Süd
Aktenvermerk

Az.: [[AZ|51-BSD-0933/25]]
Familie: [[P|Mbuyi-Kabeya]], [[A|Weberstr. 72]], [[A|41464 Neuss]]
Kind: [[P|Grâce Mbuyi]], geb. [[DOB|08.06.2016]], GGS Gnadental, 3. Klasse
Mutter: [[P|Chantal Mbuyi-Kabeya]], Tel. [[T|0163 7294018]]
Vater: [[P|Patrick Kabeya]] (getrennt lebend, wohnhaft in Brüssel)

Anlass: Meldung der Schulsozialarbeiterin Frau [[P|Lindemann]] vom 12.05.2025 – [[P|Grâce]] fehlt häufig, zuletzt 9 Tage am Stück.

Hausbesuch am 15.05.2025 (Koll. [[P|Reuter]] und Unterzeichnerin):
Frau [[P|Mbuyi-Kabeya]] war kooperativ, Gespräch auf Französisch mit Unterstützung der Nachbarin Frau [[P|Odile Tshibangu]]. Die Mutter berichtet, [[P|Grâce]] habe Sichelzellanämie und sei wegen Schmerzkrisen mehrfach im Lukaskrankenhaus gewesen; Entlassberichte wurden vorgelegt. Die Wohnung ist aufgeräumt, ausreichend Lebensmittel vorhanden. Keine Hinweise auf Kindeswohlgefährdung.

Vereinbarung: Schulbefreiung künftig mit Attest; Kontakt zur Kinderärztin (Praxis [[P|Dr. Hamacher]]) wird mit Einverständnis der Mutter aufgenommen. Wiedervorlage: 30.06.2025.

gez. [[P|A. Kowalczyk]]
""", ["HEALTH"])

# 11 Ausländerbehörde, Lebanese student, partly English
iban11 = ib(ids.iban_de())
add("outlook", "auslaenderbehoerde_verlaengerung", f"""
Von: [[P|Rami Haddad]] <[[E|rami.haddad@stud.hs-niederrhein.de]]>
An: [[N|auslaenderbehoerde@stadt.neuss.de]]
Cc: [[P|Nour Haddad]] <[[E|nour.h.beirut@hotmail.com]]>
Betreff: Verlängerung Aufenthaltserlaubnis § 16b – Termin?

Sehr geehrte Damen und Herren,

my residence permit expires on 30.09.2025 and I could not find any free appointment online. Ich studiere Chemieingenieurwesen an der Hochschule Niederrhein (5. Semester), Immatrikulationsbescheinigung ist im Anhang.

Meine Daten:
Name: [[P|Rami Haddad]]
Date of birth: [[DOB|2001-07-19]]
Reisepass (Libanon): [[PASS|LR{ids.digits(7)}]], gültig bis 2029
Adresse: [[A|Am Südpark 15, App. 212]], [[A|41466 Neuss]]
Sperrkonto (Expatrio): [[IBAN|{iban11}]]

My sister [[P|Nour]] is in cc, she will send the Verpflichtungserklärung if needed. Please tell me which documents I need. I am reachable at [[T|+49 1520 3381927]] or in Lebanon at [[T|+961 3 418 207]] until 25.08.

Thank you very much,
[[P|Rami]]
""")

# 12 Personalamt onboarding letter
tid12 = ids.tax_id()
ssn12 = ids.social_security("250884", "W")
kv12 = ids.health_insurance()
iban12 = ib(ids.iban_de())
add("word", "personalamt_einstellung", f"""
Stadt Neuss – Personalamt (Amt 11)
Personalsachbearbeitung

Herrn
[[P|Piotr Wiśniewski]]
[[A|Erftstraße 17]]
[[A|41460 Neuss]]

Personalnummer: [[AZ|PN 204718]]
14.08.2025

Ihre Einstellung als Straßenwärter zum 01.09.2025 – Personalstammdaten

Sehr geehrter Herr [[P|Wiśniewski]],

wir freuen uns, Sie ab dem 01.09.2025 im Tiefbauamt begrüßen zu dürfen. Aus dem Personalfragebogen haben wir folgende Daten übernommen; bitte prüfen Sie diese und geben Sie das Blatt unterschrieben zurück:

Geburtsdatum ............................. [[DOB|25.08.1984]]
Steuer-Identifikationsnummer ............. [[TID|{tid12}]]
Steuerklasse / Kirchensteuermerkmal ...... III / rk (römisch-katholisch)
Rentenversicherungsnummer ................ [[SSN|{ssn12}]]
Krankenkasse / KVNr. ..................... BARMER / [[KV|{kv12}]]
Bankverbindung ........................... [[IBAN|{iban12}]]

Sie haben angegeben, Mitglied der Gewerkschaft ver.di zu sein und den Mitgliedsbeitrag über die Bezügeabrechnung einbehalten zu lassen. Hierfür benötigen wir noch die unterschriebene Einverständniserklärung (Anlage 3).

Ihr erster Arbeitstag beginnt um 7:00 Uhr am Betriebshof, [[N|Moselstraße 25]]. Ihr Vorgesetzter ist Herr [[P|Thorsten Kaul]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Sabine Offergeld]]
""", ["UNION", "RELIGION"])

# 13 Minutes of committee, special words without persons
add("word", "protokoll_ausschuss", f"""
Niederschrift über die 14. Sitzung des Ausschusses für Bürgerdienste und Ordnung
am 23.04.2025, 17:00 – 19:10 Uhr, Ratssaal

Anwesend: Vorsitzende [[P|Ingrid Wolters-Pütz]]; Ausschussmitglieder [[P|Dr. Hendrik Schlüter]], [[P|Meral Güneş]], [[P|Bernd Lammertz]], [[P|Katharina Jansen]]; Verwaltung: Beigeordneter [[P|Ralf Heimbach]], Amtsleiterin Bürgerdienste [[P|Christiane Flock]]
Schriftführung: [[P|Lea Bongartz]]

TOP 1 – Wartezeiten im Bürgerbüro
Frau [[P|Flock]] berichtet: durchschnittliche Wartezeit auf einen Termin 17 Tage (Vorjahr 24). Seit 01.03.2025 werden 40 % der Termine online vergeben. Der Ausschuss nimmt den Bericht zur Kenntnis.

TOP 2 – Erweiterung des muslimischen Grabfelds auf dem Hauptfriedhof
Die Verwaltung schlägt vor, das Grabfeld M um 120 Grabstellen zu erweitern; die Nachfrage der Religionsgemeinschaften ist seit 2020 stark gestiegen. Kosten: 86.000 EUR (Haushaltsstelle 5530.0815). Beschluss: einstimmig.

TOP 3 – Hitzeschutz und Gesundheit in Warteräumen
Das Gesundheitsamt des Rhein-Kreises Neuss empfiehlt Trinkwasserspender. Herr [[P|Lammertz]] fragt nach den Folgekosten; die Verwaltung antwortet schriftlich.

TOP 4 – Warnstreik
Die Gewerkschaft ver.di hat für den 06.05.2025 zu Warnstreiks aufgerufen. Bürgerbüro und Standesamt bleiben an diesem Tag voraussichtlich geschlossen.

gez. [[P|Wolters-Pütz]]                gez. [[P|Bongartz]]
Vorsitzende                            Schriftführerin
""")

# 14 Stadtkasse, Dutch resident, credit card, NL IBAN
cc14 = ids.credit_card("4", 16)
iban14 = ib(mod97_iban("NL", "RABO" + ids.digits(10)))
kz14 = "7.2025." + ids.digits(6)
add("outlook", "kasse_mahnung", f"""
Von: [[P|Joost van der Meer]] <[[E|joost.vandermeer@ziggo.nl]]>
An: [[N|stadtkasse@stadt.neuss.de]]
Betreff: Mahnung Kassenzeichen [[AZ|{kz14}]]

Geachte heer/mevrouw, sehr geehrte Damen und Herren,

heute habe ich eine Mahnung über 54,50 EUR (Parkgebühren Anwohner plus Mahngebühr) erhalten. Ich hatte den Betrag im April von meinem niederländischen Konto [[IBAN|{iban14}]] überwiesen, aber wahrscheinlich ohne Kassenzeichen, sorry.

Kann ich die offene Summe einfach mit Kreditkarte bezahlen? Visa [[CC|{group(cc14, 4)}]], gültig bis 09/27. Wenn das nicht geht, überweise ich nochmal und Sie erstatten die erste Zahlung zurück.

Ich wohne seit Januar in der [[A|Drususallee 61]], [[A|41460 Neuss]], arbeite aber noch in Venlo. Telefonisch: [[T|+31 6 28417395]].

Met vriendelijke groet / mit freundlichen Grüßen
[[P|Joost van der Meer]]
""")

# 15 Bürgerbüro: pasted registration form, Romanian family
idc15a = "RX" + ids.digits(6)
idc15b = "RX" + ids.digits(6)
add("word", "buergerbuero_anmeldung", f"""
Bürgerbüro – Anmeldung bei der Meldebehörde (Auszug aus dem Formular, Sachbearbeitung [[P|Yvonne Kremer]])

Neue Wohnung: [[A|Theodor-Heuss-Platz 9]], [[A|41460 Neuss]], 3. OG rechts
Bisherige Wohnung: [[A|Strada Avram Iancu 14]], [[A|400083 Cluj-Napoca]], Rumänien
Einzugsdatum: 01.07.2025
Wohnungsgeber: [[P|Hubert Klöcker]], [[A|Marienkirchplatz 3]], [[A|41460 Neuss]]

Nr | Familienname | Vornamen | Geburtsdatum | Geburtsort | Staatsangeh. | Religion | Ausweis
1 | [[P|Popescu]] | [[P|Ionuț Alexandru]] | [[DOB|04.02.1985]] | Cluj-Napoca | rumänisch | orthodox | CI [[IDC|{idc15a}]]
2 | [[P|Popescu]], geb. [[P|Stan]] | [[P|Andreea]] | [[DOB|19.10.1987]] | Dej | rumänisch | orthodox | CI [[IDC|{idc15b}]]
3 | [[P|Popescu]] | [[P|Matei]] | [[DOB|22.05.2015]] | Cluj-Napoca | rumänisch | orthodox | –
4 | [[P|Popescu]] | [[P|Ilinca]] | [[DOB|07.12.2019]] | Neuss | rumänisch | – | –

Telefon: [[T|0049 1512 6673920]]   E-Mail: [[E|andreea.popescu85@yahoo.ro]]
Bemerkung: Wohnungsgeberbestätigung liegt vor. Meldebescheinigungen ausgehändigt am 08.07.2025.
""", ["RELIGION"])

# 16 Schulamt, Turkish father, ADHS
add("outlook", "schulamt_zuweisung", f"""
Von: [[P|Serkan Öztürk]] <[[E|s.oeztuerk@t-online.de]]>
An: [[N|schulamt@stadt.neuss.de]]
Cc: [[P|Gülay Öztürk]] <[[E|guelay.oeztuerk@gmail.com]]>
Betreff: Schulplatz für unseren Sohn [[P|Emir]] – Widerspruch

Sehr geehrte Frau [[P|Dahmen]],

danke für Ihre Antwort vom 12.3. Wir verstehen aber nicht warum [[P|Emir]] an die Gesamtschule Nordstadt soll, wir haben die Janusz-Korczak-Gesamtschule als Erstwunsch gewählt weil dort kleinere Klassen sind. [[P|Emir]] hat ADHS (Diagnose 2022 im SPZ, er nimmt Medikinet) und kommt in großen Klassen nicht klar, das hat auch seine Klassenlehrerin Frau [[P|Pohl]] in der Grundschule bestätigt. Das Gutachten schicke ich im Anhang.

Schüler: [[P|Emir Öztürk]], geb. [[DOB|11.04.2014]]
Anschrift: [[A|Viersener Straße 204]], [[A|41468 Neuss]]

Bitte prüfen Sie das nochmal. Meine Frau und ich können jeden Tag nach 17 Uhr, telefonisch [[T|0171/5829374]].

Mit freundlichen Grüßen
[[P|Serkan]] und [[P|Gülay Öztürk]]
""", ["HEALTH"])

# 17 Bauamt letter, plan numbers and paragraphs
add("word", "bauamt_anhoerung", f"""
Stadt Neuss · Amt für Bauordnung und Denkmalschutz
[[N|Markt 2, 41460 Neuss]]

Herrn
[[P|Dipl.-Ing. Frank Overbeck]]
Architekturbüro [[P|Overbeck]]
[[A|Breite Straße 47]]
[[A|41460 Neuss]]

Aktenzeichen: [[AZ|63-BA-2025-0871]]
Bauherren: Eheleute [[P|Lina]] und [[P|Georg Halbach]], [[A|Holzheimer Weg 30]], [[A|41464 Neuss]]
Datum: 09.09.2025

Bauantrag: Errichtung eines Carports mit Geräteraum, Gemarkung Neuss, Flur 18, Flurstück 412/3
hier: Anhörung nach § 28 VwVfG NRW

Sehr geehrter Herr [[P|Overbeck]],

das Vorhaben widerspricht der Festsetzung des Bebauungsplans Nr. 447 „Holzheim-Süd“, wonach Nebenanlagen außerhalb der überbaubaren Grundstücksfläche nur bis zu einer Grundfläche von 30 m² zulässig sind (textliche Festsetzung Nr. 5.2). Geplant sind laut Lageplan (Plan-Nr. A-02, Index b) 41,6 m².

Eine Befreiung nach § 31 Abs. 2 BauGB kommt nach derzeitiger Einschätzung nicht in Betracht. Sie erhalten Gelegenheit, sich bis zum 30.09.2025 zu äußern oder die Planung zu ändern. Andernfalls beabsichtige ich, den Bauantrag abzulehnen (Gebühr nach Tarifstelle 2.4.1.1 AVwGebO NRW).

Mit freundlichen Grüßen
Im Auftrag
[[P|Dr.-Ing. Susanne Kirchhoff]]
""")

# 18 Steueramt Gewerbesteuer, forwarded from tax consultant, Italian pizzeria
tnr18 = ids.tax_number_federal_nrw()
vat18 = ids.vat_id()
add("outlook", "gewerbesteuer_weiterleitung", f"""
Von: [[P|Thomas Pesch]]
Gesendet: Mittwoch, 16. April 2025 11:40
An: [[P|Meyer-Lansky, Doris]]
Betreff: WG: Antrag auf Herabsetzung der Gewerbesteuer-Vorauszahlungen – Pizzeria da [[P|Salvatore]]

[[P|Doris]], zur Info und Bearbeitung. Bitte Steuermessbescheid vom FA abwarten.
Gruß [[P|Thomas]]

________________________________
Von: [[P|Claudia Wirtz-Ahrens]] <[[E|c.wirtz-ahrens@stb-wirtz-ahrens.de]]>
Gesendet: Dienstag, 15. April 2025 16:55
An: [[N|steueramt@stadt.neuss.de]]
Betreff: Antrag auf Herabsetzung der Gewerbesteuer-Vorauszahlungen

Sehr geehrte Damen und Herren,

namens und in Vollmacht unseres Mandanten

[[P|Salvatore Esposito]], Pizzeria da [[P|Salvatore]]
[[A|Krefelder Straße 112]], [[A|41460 Neuss]]
Steuernummer: [[TNR|{tnr18}]]
USt-IdNr.: [[VAT|{vat18}]]
Steuer-IdNr. (Inhaber): [[TID|{ids.tax_id()}]]

beantragen wir, die Gewerbesteuer-Vorauszahlungen ab dem 2. Quartal 2025 auf 0,00 EUR herabzusetzen. Der Betrieb war wegen Umbaus vom 01.01. bis 31.03.2025 geschlossen; der Gewinn 2024 lag mit 31.200 EUR unter dem Freibetrag von 24.500 EUR zuzüglich der Hinzurechnungen (siehe Anlage, BWA 12/2024).

Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen
[[P|Claudia Wirtz-Ahrens]]
Steuerberaterin
Steuerkanzlei [[P|Wirtz-Ahrens]] · [[A|Oberstraße 90]] · [[A|41460 Neuss]]
Tel. [[T|02131 1598-20]]
""")

# 19 Dutch driver, parking fine, English
add("outlook", "bussgeld_englisch", f"""
From: [[P|Pieter de Vries]] <[[E|p.devries@kpnmail.nl]]>
To: [[N|bussgeldstelle@stadt.neuss.de]]
Subject: Verwarnungsgeld Az. [[AZ|32.1-VG-2025-118374]]

Dear Sir or Madam,

I received your letter dated 02.06.2025 about a parking violation on 21.05.2025 at the Rennbahnparkplatz, car with registration [[KFZ|54-RTN-9]]. I am sorry, but I do not speak German well.

On that day my car was used by my son [[P|Daan]], who studies in Düsseldorf, not by me. I paid a parking ticket at the machine (receipt attached, 4,00 EUR until 18:00), the violation was noted at 17:25. Could you please check this again?

If I have to pay, can I pay by Dutch bank transfer? My address is [[A|Kaldenkerkerweg 118]], [[A|5913 AE Venlo]], the Netherlands. Phone [[T|+31 6 51294087]].

Kind regards,
[[P|P. de Vries]]
""")

# 20 Ausländerbehörde letter, biometrics for eAT
pass20 = "N" + ids.digits(9)
add("word", "auslaenderbehoerde_eat", f"""
Stadt Neuss – Ausländerbehörde
[[N|Markt 2, 41460 Neuss]] · [[N|auslaenderbehoerde@stadt.neuss.de]]

Frau
[[P|Dr. Amira Nasser]]
c/o [[P|Hamza Al-Sayed]]
[[A|Rheinparkallee 3]]
[[A|41460 Neuss]]

Az.: [[AZ|AB-32-0045817]]
19.09.2025

Erteilung einer Blauen Karte EU (§ 18g AufenthG) – Einladung zur Vorsprache

Sehr geehrte Frau Dr. [[P|Nasser]],

die Zustimmung der Bundesagentur für Arbeit zu Ihrer Beschäftigung als Assistenzärztin im Johanna-Etienne-Krankenhaus liegt vor. Bitte kommen Sie am Dienstag, 30.09.2025, 10:30 Uhr, in Raum 1.14.

Für die Herstellung des elektronischen Aufenthaltstitels werden Ihre Fingerabdrücke (zwei Finger) digital erfasst und ein biometrisches Lichtbild aufgenommen; bringen Sie bitte Ihren Reisepass Nr. [[PASS|{pass20}]] (Syrische Arabische Republik) sowie Ihre Geburtsurkunde (geb. [[DOB|09.01.1993]] in Homs) mit.

Die Gebühr beträgt 100,00 EUR und ist bei Vorsprache zu entrichten.

Mit freundlichen Grüßen
Im Auftrag
[[P|Jörg Mertens]]
""", ["BIOMETRIC"])

# 21 Internal mail: strike day, union word without a person's membership
add("outlook", "intern_warnstreik", f"""
Von: [[P|Heike Zillikens]]
Gesendet: Freitag, 2. Mai 2025 14:05
An: Bürgerbüro-Team
Betreff: Warnstreik am Dienstag – Notbesetzung

Hallo zusammen,

wie ihr wisst, ruft ver.di am Dienstag, 06.05., zum Warnstreik auf. Ob jemand streikt, muss niemand vorher sagen. Wir wollen trotzdem eine Notbesetzung für Urkunden und Abholungen von Ausweisen sicherstellen (8–12 Uhr, Schalter 1 und 2).

Bisher haben sich [[P|Murat]] und [[P|Svetlana]] für die Notbesetzung gemeldet, danke euch! Frau [[P|Dr. Esch]] (Amtsleitung) ist ebenfalls im Haus.

Die Hotline {SW} leitet an diesem Tag auf die Bandansage um. Bitte storniert keine Termine eigenständig, das macht [[P|Jana]] zentral über das Terminsystem und informiert die Bürgerinnen und Bürger per Mail.

Schönes Wochenende
[[P|Heike]]

[[P|Heike Zillikens]]
Teamleitung Bürgerbüro
Stadt Neuss
""")

# 22 Same-sex marriage appointment, reply chain
add("outlook", "standesamt_trautermin", f"""
Von: [[N|standesamt@stadt.neuss.de]]
An: [[P|Lukas Brenner]] <[[E|lukas.brenner@posteo.de]]>
Betreff: AW: Trautermin im Alten Zeughaus

Hallo Herr [[P|Brenner]],

der Termin am 14.06.2025, 11:30 Uhr, im Alten Zeughaus ist für Sie und Herrn [[P|Tobias Tran]] reserviert. Die Anmeldung der Eheschließung muss spätestens sechs Monate vorher erfolgen; bitte vereinbaren Sie dazu einen Termin bei Ihrer Standesbeamtin Frau [[P|Hilgers]].

Mit freundlichen Grüßen
[[P|M. Schoenen]]
Standesamt Neuss

> Von: [[P|Lukas Brenner]]
> Gesendet: Sonntag, 12. Januar 2025 20:16
> Betreff: Trautermin im Alten Zeughaus
>
> Liebes Standesamt,
>
> mein Verlobter [[P|Tobias]] und ich sind seit acht Jahren ein Paar und wollen endlich heiraten :) Wir hätten gern einen Samstag im Juni im Zeughaus. [[P|Tobias]]' Eltern kommen aus Vietnam, sein Vater [[P|Trần Văn Hải]] spricht kaum Deutsch – darf ein Dolmetscher dabei sein, oder übersetzt unsere Trauzeugin [[P|Linh]]?
>
> Wir wohnen zusammen in der [[A|Schillerstraße 15]], [[A|41464 Neuss]], erreichbar unter [[T|0151 40288613]].
>
> Liebe Grüße
> [[P|Lukas]] (& [[P|Tobi]])
""", ["SEXUAL_ORIENTATION"])

# 23 Wahlamt: support signature invalid
add("word", "wahlamt_unterstuetzung", f"""
Stadt Neuss · Wahlamt
Telefon {SW}

Frau
[[P|Halina Zielińska]]
[[A|Augustinusstraße 22]]
[[A|41464 Neuss]]

Ihr Zeichen: –
Unser Zeichen: [[AZ|WA-KW25-0318]]
04.08.2025

Kommunalwahl am 14.09.2025 – Ihre Unterstützungsunterschrift

Sehr geehrte Frau [[P|Zielińska]],

Sie haben den Wahlvorschlag der Wählergruppe „Bürgerliste Neuss-Nord“ für den Wahlbezirk 12 durch Ihre Unterschrift auf dem Formblatt vom 18.07.2025 unterstützt. Bei der Prüfung der Wahlberechtigung nach § 15 Abs. 2 KWahlG NRW hat sich ergeben, dass Sie am Stichtag nicht im Wahlbezirk 12, sondern im Wahlbezirk 17 gemeldet waren. Ihre Unterschrift konnte daher nicht gezählt werden.

Eine Unterstützung eines Wahlvorschlags in Ihrem Wahlbezirk 17 ist bis zum 48. Tag vor der Wahl weiterhin möglich. Ihr Wahlrecht selbst ist davon nicht berührt.

Mit freundlichen Grüßen
Im Auftrag
[[P|Norbert Esser]]
""", ["POLITICS"])

# 24 Lost ID card, Russian-German, with reply
idc24 = ids.id_card(check_digit=True)
add("outlook", "buergerbuero_verlust", f"""
Von: Bürgerbüro Stadt Neuss <[[N|buergerbuero@stadt.neuss.de]]>
An: [[E|katja.smirnova@mail.ru]]
Betreff: AW: Personalausweis verloren!!

Sehr geehrte Frau [[P|Smirnova-Hoffmann]],

die Verlustanzeige haben wir aufgenommen, der Ausweis ist gesperrt. Einen neuen Personalausweis können Sie nur persönlich beantragen; bitte buchen Sie online einen Termin und bringen ein biometrisches Passfoto mit. Ein vorläufiger Personalausweis kostet 10,00 EUR.

Freundliche Grüße
Ihr Bürgerbüro

Am 22.07.2025 um 07:58 schrieb [[P|Ekaterina Smirnova-Hoffmann]] <[[E|katja.smirnova@mail.ru]]>:
> guten morgen,
> mir wurde gestern am hauptbahnhof die tasche geklaut mit ausweis und führerschein drin. anzeige bei polizei ist gemacht (Vorgang [[AZ|ST/0918822/2025]]).
> ausweisnummer war [[IDC|{idc24}]], geb. bin ich am [[DOB|6.11.1979]].
> ich fliege am 2. august nach riga zu meiner mama, geht das noch mit vorläufigem ausweis???
> wohne [[A|Rheydter Str. 250]], [[A|41464 Neuss]]
> tel [[T|0178 3301946]]
> spasibo & danke
> [[P|Katja]]
""")

# 25 Public notice, health/religion words, no person data except signer
add("word", "allgemeinverfuegung_hitze", f"""
Öffentliche Bekanntmachung

Hinweise der Stadt Neuss zum Hitzeschutz während der Sommermonate

Die Stadt Neuss weist darauf hin, dass bei Temperaturen über 30 °C gesundheitliche Risiken insbesondere für ältere Menschen, Kleinkinder, Schwangere und chronisch Kranke bestehen. Folgende Angebote stehen zur Verfügung:

– Kühle Orte: Stadtbibliothek, Rathausfoyer und die Räume mehrerer Religionsgemeinschaften (Liste unter www.neuss.de/hitze) sind werktags von 10 bis 18 Uhr geöffnet.
– Trinkwasser: öffentliche Trinkbrunnen am Markt, an der Quirinus-Basilika und im Stadtgarten.
– Das Hitzetelefon des Gesundheitsamts ist unter [[N|02131 928-7777]] erreichbar.

Veranstaltungen unter freiem Himmel mit mehr als 500 Teilnehmenden sind dem Ordnungsamt bis spätestens 14 Tage vorher anzuzeigen (§ 5 der Ordnungsbehördlichen Verordnung vom 12.03.2019). Verstöße können mit einem Bußgeld bis 1.000 EUR geahndet werden.

Neuss, den 24.06.2025
Der Bürgermeister
In Vertretung
[[P|Dr. Matthias Lamberti]]
Beigeordneter
""")

# 26 Jugendamt Beistandschaft, DNA result
add("outlook", "jugendamt_vaterschaft", f"""
Von: [[P|Jennifer Okafor]] <[[E|jenny.okafor@icloud.com]]>
An: Beistandschaft - [[P|Wagner, Melanie]] <[[E|melanie.wagner@stadt.neuss.de]]>
Betreff: Re: Beistandschaft [[P|Noah]] – Gutachten

Liebe Frau [[P|Wagner]],

endlich ist das Abstammungsgutachten vom Institut für Rechtsmedizin gekommen: die Vaterschaft von [[P|Marco Pellegrini]] für [[P|Noah]] ist mit 99,999 % festgestellt. Ich schicke Ihnen die Kopie (12 Seiten, mit den DNA-Profilen) als PDF. [[P|Marco]] hat gesagt, er will die Vaterschaft jetzt anerkennen und auch Unterhalt zahlen, aber nur über Sie, nicht direkt an mich.

[[P|Noah]]s Daten für den Antrag: [[P|Noah Chukwuemeka Okafor]], geb. [[DOB|27.02.2023]] im Lukaskrankenhaus.
[[P|Marco]] wohnt jetzt bei seinem Bruder in der [[A|Zollstraße 8]], [[A|41460 Neuss]], Handy [[T|0160 91538427]].

Bis bald
[[P|Jennifer]]

> Am 03.03.2025 schrieb [[P|Wagner, Melanie]]:
> Sehr geehrte Frau [[P|Okafor]], sobald das Gutachten vorliegt, kann ich Herrn [[P|Pellegrini]] zur Urkunde einladen. Az. [[AZ|51.2-BS-0412/24]]
""", ["GENETIC"])

# 27 Kasse: pasted table of returned direct debits
rows27 = [ib(ids.iban_de()) for _ in range(4)]
add("word", "kasse_ruecklastschriften", f"""
Stadtkasse – Rücklastschriften KW 36/2025 (Auszug SAP, für die Vollstreckung)

Kassenzeichen     | Name                      | IBAN                           | Betrag   | Grund
[[AZ|2.2025.104773]]     | [[P|Kaczmarek, Tomasz]]         | [[IBAN|{rows27[0]}]]  | 312,40 € | MD06 Rückgabe auf Verlangen
[[AZ|4.2025.580216]]     | [[P|Osei-Bonsu, Abena]]         | [[IBAN|{rows27[1]}]]  |  54,00 € | AC04 Konto erloschen
[[AZ|7.2025.033918]]     | [[P|Hoffmann-Lück, Dieter]]     | [[IBAN|{rows27[2]}]]  | 127,50 € | AM04 Deckung unzureichend
[[AZ|2.2025.219054]]     | [[P|Bayram, Zeynep]]            | [[IBAN|{rows27[3]}]]  | 618,00 € | MS03 sonstige Gründe

Summe: 1.111,90 € zzgl. Bankgebühren 4 × 3,00 €
Bearbeitung: [[P|Chr. Wirtz]], Durchwahl [[N|02131 90-4417]]
Hinweis: bei Herrn [[P|Hoffmann-Lück]] liegt bereits ein Insolvenzantrag vor (AG Düsseldorf, [[AZ|503 IN 88/25]]) – keine Vollstreckung, an Abt. 20.3 weiterleiten.
""")

# 28 Ordnungsamt complaint about treatment, Sinti family
add("outlook", "ordnungsamt_beschwerde_kontrolle", f"""
Von: [[P|Rosa Weiß]] <[[E|rosa.weiss64@web.de]]>
An: [[N|ordnungsamt@stadt.neuss.de]]
Betreff: Beschwerde über Ihren Außendienst am Wohnmobilstellplatz

Sehr geehrte Damen und Herren,

am Samstag, 16.08.2025, standen mein Mann [[P|Django Weiß]] und ich mit unserem Wohnmobil ([[KFZ|NE-DW 219]]) ordnungsgemäß auf dem Stellplatz an der Rennbahn, Parkschein war bezahlt. Ihr Mitarbeiter mit der Dienstnummer 47 hat nur uns kontrolliert und gesagt, „Leute wie ihr“ sollen sich einen anderen Platz suchen. Wir sind Sinti und leben seit Generationen in Neuss, mein Mann ist hier geboren. So etwas erleben wir leider immer wieder.

Ich bitte um eine Stellungnahme und darum, dass der Vorfall geprüft wird. Zeugin ist unsere Nachbarin auf dem Stellplatz, Frau [[P|Monika Geuer]] aus Grevenbroich.

Mit freundlichen Grüßen
[[P|Rosa Weiß]]
[[A|Am Blankenwasser 11]]
[[A|41468 Neuss]]
[[T|02131 3190752]]
""", ["ETHNICITY"])

# 29 Hundesteuer exemption, blind Congolese woman
kz29 = "4.2025." + ids.digits(6)
add("outlook", "hundesteuer_befreiung", f"""
Betreff: Antrag Befreiung Hundesteuer – Blindenführhund / Kassenzeichen [[AZ|{kz29}]]

Sehr geehrte Damen und Herren,

mein Name ist [[P|Bernadette Mukendi Ilunga]]. Ich bin seit 2019 vollständig erblindet (Schwerbehindertenausweis GdB 100, Merkzeichen Bl und H) und habe seit Juni einen ausgebildeten Blindenführhund, Labrador „Kimia“.

Nach § 3 Abs. 1 Nr. 2 der Hundesteuersatzung beantrage ich die Steuerbefreiung. Kopie des Ausweises und das Zertifikat der Führhundschule hängen an (meine Tochter [[P|Ruth]] hat sie eingescannt).

Ich diktiere diese Mail mit der Sprachausgabe, bitte entschuldigen Sie Fehler. Bitte schicken Sie mir Briefe möglichst auch per E-Mail an [[E|b.mukendi@gmx.net]], weil ich sie mir dann vorlesen lassen kann.

[[P|Bernadette Mukendi Ilunga]]
[[A|Gnadentaler Allee 39]]
[[A|41468 Neuss]]
Tel. [[T|(02131) 74 28 16]]
""", ["HEALTH"])

# 30 Friedhofsamt: transfer of grave rights, noble particles, no special category
kz30 = "FH-" + ids.digits(5)
add("word", "friedhofsamt_nutzungsrecht", f"""
Stadt Neuss – Friedhofsverwaltung
Telefon {SW} · [[N|friedhofsverwaltung@stadt.neuss.de]]

Frau
[[P|Dr. Cäcilia Freifrau von Loë]]
[[A|Kastanienallee 5]]
[[A|53343 Wachtberg]]

Az.: [[AZ|{kz30}]]
17.03.2025

Übertragung des Nutzungsrechts an der Wahlgrabstätte Feld 12, Reihe 4, Nr. 7–8 (Friedhof Hülchrather Straße)

Sehr geehrte Frau Dr. [[P|von Loë]],

nach dem Tod Ihrer Mutter, Frau [[P|Maria-Theresia von Loë]] (verstorben am 28.01.2025), ist das Nutzungsrecht nach § 19 Abs. 3 der Friedhofssatzung auf Sie als älteste Tochter übergegangen, da Ihre Mutter keine andere Verfügung getroffen hat. Ihr Bruder, Herr [[P|Konstantin von Loë]], hat mit Schreiben vom 03.03.2025 auf das Nutzungsrecht verzichtet.

Das Nutzungsrecht läuft bis zum 31.12.2041. Die Umschreibungsgebühr beträgt 45,00 EUR; eine Verlängerung ist jederzeit gegen Gebühr nach Tarifstelle 4.2 möglich.

Bitte senden Sie uns die beigefügte Erklärung unterschrieben zurück.

Mit freundlichen Grüßen
Im Auftrag
[[P|Ewald Schmitz-Lennartz]]
""")

assert len(DOCS) == 30
out = os.path.join(HERE, "fresh71.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for i, (channel, template, text, flags) in enumerate(DOCS, 1):
        doc = build(f"F71-{i:03d}", channel, template, text, flags)
        f.write(json.dumps(doc, ensure_ascii=False) + "\n")
print("wrote", out)
