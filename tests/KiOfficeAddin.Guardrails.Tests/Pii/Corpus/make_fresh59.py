"""Held-out batch 59: an invented Große Kreisstadt (Weißenrodach, Lkr. Kronach, Oberfranken). Writes fresh59.jsonl."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)  # marks.py and identifiers.py sit beside this file
from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban  # noqa: E402

ids = Identifiers(5959)
R = ids.rng

# the city's own contact data (neutral)
CITY_IBAN = group(ids.iban_de(), 4)
CITY_TEL = "09261 6031-0"


def alnum(n, alphabet="0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


docs = []


def add(channel, template, marked, flags=()):
    docs.append((channel, template, marked, list(flags)))


# 1 Kfz-Zulassung, Landratsamt
idc1 = ids.id_card(check_digit=True)
iban1 = group(ids.iban_de(), 4)
add("word", "kfz_umschreibung", f"""Landratsamt Kronach · Zulassungsstelle · Außenstelle Weißenrodach
[[N|Am Rathaus 2, 96328 Weißenrodach]] · Tel. [[N|09261 678-0]]

Herrn
[[P|Waldemar Schäfer]]
[[A|Lindenweg 14a]]
[[A|96328 Weißenrodach]]

Vorgangsnummer: [[AZ|ZL-2025-004711]]
Weißenrodach, 12.08.2025

Umschreibung Ihres Fahrzeugs – fehlende Unterlagen

Sehr geehrter Herr [[P|Schäfer]],

bei Ihrer Vorsprache am 07.08.2025 haben Sie die Umschreibung des Pkw (bisheriges Kennzeichen [[KFZ|LIF-WS 612]]) auf
den Landkreis Kronach beantragt. Reserviert ist für Sie das Wunschkennzeichen [[KFZ|KC-WS 1964]].

Zur Identifizierung lag Ihr Personalausweis Nr. [[IDC|{idc1}]] vor; als Halter ist eingetragen:
[[P|Schäfer, Waldemar]], geb. [[DOB|03.11.1964]] in Karaganda.

Es fehlt noch das SEPA-Lastschriftmandat für die Kfz-Steuer an das Hauptzollamt. Sie hatten die IBAN
[[IBAN|{iban1}]] genannt, das Formular ist aber nicht unterschrieben. Die Gebühr von 29,40 EUR ist bereits bezahlt.

Mit freundlichen Grüßen
Im Auftrag

[[P|Brigitte Zapf]]
Sachbearbeiterin Zulassung""")

# 2 Jobcenter, non-native writer
iban2 = group(ids.iban_de(), 4)
add("outlook", "jobcenter_weiterbewilligung", f"""Von: [[P|Selam Tesfaye]] <[[E|selam.tesfaye88@gmail.com]]>
An: [[N|jobcenter-kronach.weissenrodach@jobcenter-ge.de]]
Betreff: Weiterbewilligung BG [[AZ|09303BG0047125]]

Sehr geehrte Frau [[P|Wunder]],

ich habe den Weiterbewilligungsantrag am 2. Juli in Briefkasten gegeben aber noch keine Antwort. Mein Sohn [[P|Yonas]] ist jetzt
in der Schule und braucht Geld für Schulsachen, bitte auch Antrag Bildung und Teilhabe.
Meine Konto ist neu, bei Sparkasse: [[IBAN|{iban2}]]. Bitte nicht mehr auf alte Konto zahlen.
Mein Adresse ist gleich, [[A|Kronacher Straße 53]], 2. Stock.

Wenn Sie Fragen haben bitte rufen [[T|0152 2843 9071]], ich arbeite bis 14 Uhr.

Danke
[[P|Selam Tesfaye]] Weldemichael""".replace("[[P|Selam Tesfaye]] Weldemichael", "[[P|Selam Tesfaye Weldemichael]]"))

# 3 Franconian dialect, Ordnungsamt
add("outlook", "falschparker_dialekt", """Betreff: scho widder der blaue Bus!!!

Servus midanand,

etz stehd der blaue VW-Bus mid [[KFZ|KC-MK 318]] scho widder seit drei Wochn vor mein Hofdor in der [[A|Schützenstraße 9]]
und ich kumm mid mein Bulldog ned naus. Der gherd ans Nachbarshaus, dem [[P|Kuhnlein Manfred]] sei Bu, der [[P|Maik]], der
schafft auf Montage. Die [[P|Kunni]] (also sei Mudder) sagt, des geht mi nix o. Des kann doch ned sei!!

Kommd amol wer vom Ordnungsamt vorbei? Ich bin fast immer dahaam, am besten vormiddochs.

Grüß Godd
[[P|Schorsch Dippold]]
[[T|09261 52718]]""")

# 4 Kita admission, Vietnamese family, HEALTH
add("word", "kita_aufnahme", """Städtische Kindertagesstätte „Regenbogen"
[[N|Hammerweg 21, 96328 Weißenrodach]] · [[N|09261 6031-470]] · [[N|kita.regenbogen@weissenrodach.de]]

Familie
[[P|Nguyen Van Duc]] und [[P|Tran Thi Mai]]
[[A|Am Mühlgraben 7]]
[[A|96328 Weißenrodach]]

Weißenrodach, 03.06.2025

Aufnahmebestätigung zum 01.09.2025

Liebe Familie [[P|Nguyen]],

wir freuen uns, Ihre Tochter [[P|Nguyen Minh Anh]] (geb. [[DOB|17.04.2022]]) zum 1. September 2025 in unserer Krippengruppe
„Igel" aufnehmen zu können. Die Buchungszeit beträgt 7 bis 8 Stunden täglich, der Elternbeitrag nach der
Gebührensatzung 212,00 EUR monatlich abzüglich 100,00 EUR Beitragszuschuss des Freistaats.

Sie haben uns mitgeteilt, dass [[P|Minh Anh]] eine ärztlich bestätigte Laktoseintoleranz hat. Bitte bringen Sie zum
Eingewöhnungsgespräch am 28.08.2025 das Attest der Kinderärztin mit, damit die Küche das Essen anpassen kann.
Die Eingewöhnung begleitet Frau [[P|Stefanie Hümmer]].

Herzliche Grüße

[[P|Daniela Fischer-Oppel]]
Einrichtungsleitung""", ["HEALTH"])

# 5 US Army family, English/German, passport and credit card
pass5 = alnum(9)
cc5 = group(ids.credit_card("4", 16), 4)
add("outlook", "anmeldung_us_family", f"""From: [[P|Michael O'Connor-Ramirez]] <[[E|mike.oconnor.ramirez@army.mil]]>
To: [[N|buergerbuero@weissenrodach.de]]
Subject: Anmeldung / registration – family [[P|O'Connor-Ramirez]]

Hello / Guten Tag,

sorry my German is not good yet. We moved off-post and our housing office told us we have to do the "Anmeldung" within
two weeks. New address: [[A|Am Kreuzberg 14]], [[A|96328 Weißenrodach]] (landlord is Mr. [[P|Helmut Stöcklein]]).

Family members:
- SSG [[P|Michael O'Connor-Ramirez]], US passport [[PASS|{pass5}]], born [[DOB|06/19/1989]]
- [[P|Ashley O'Connor-Ramirez]] (spouse)
- [[P|Liam]] (7) and [[P|Harper]] (4)

Do we need an appointment or can we just come by on Friday? Also, can we pay the fee for the Meldebescheinigung online?
I tried with my Visa card [[CC|{cc5}]] but the page showed an error.

My cell: [[T|+1 (910) 555-0187]], German cell: [[T|0157 3390 2214]]

Thank you / Danke!
Mike""".replace("\nMike", "\n[[P|Mike]]"))

# 6 Standesamt, Niederschrift Eheschließung, RELIGION
pass6a = alnum(8)
pass6b = ids.passport(check_digit=False)
add("word", "standesamt_anmeldung_ehe", f"""Standesamt Weißenrodach – Niederschrift über die Anmeldung der Eheschließung
Registernummer: [[AZ|E 2025/0147]]

Erschienen sind am 22.07.2025:

1. [[P|Ioana-Maria Popescu]], geb. [[DOB|09.02.1996]] in Cluj-Napoca (Rumänien), rumänische Staatsangehörige,
   wohnhaft [[A|Bahnhofstraße 31]], [[A|96328 Weißenrodach]], ausgewiesen durch rumänischen Reisepass Nr. [[PASS|{pass6a}]],
   Religion (freiwillige Angabe): rumänisch-orthodox

2. [[P|Maximilian Freiherr von Redwitz]], geb. [[DOB|30.12.1993]] in Bamberg, deutscher Staatsangehöriger,
   wohnhaft ebenda, ausgewiesen durch Reisepass Nr. [[PASS|{pass6b}]],
   Religion (freiwillige Angabe): römisch-katholisch

Die Verlobten beabsichtigen, den Familiennamen „[[P|von Redwitz]]" als Ehenamen zu führen. Frau [[P|Popescu]] legte eine
Geburtsurkunde mit beglaubigter Übersetzung (Übersetzerin: [[P|Adriana Lungu]]) sowie eine Ledigkeitsbescheinigung vor.
Ein Befreiungsantrag nach § 1309 Abs. 2 BGB ist nicht erforderlich. Gewünschter Trautermin: 20.09.2025, 11:00 Uhr,
Trausaal Schloss.

Vorgelesen, genehmigt, unterschrieben.

gez. [[P|Popescu]]           gez. [[P|v. Redwitz]]           [[P|Thomas Gareis]], Standesbeamter""", ["RELIGION"])

# 7 Steueramt Gewerbesteuer, Bavarian tax number, VAT, city IBAN neutral
tnr7 = ids.tax_number_bavaria()
vat7 = ids.vat_id()
add("word", "gewerbesteuer_bescheid", f"""Stadt Weißenrodach · Steueramt · [[N|Marktplatz 1]] · [[N|96328 Weißenrodach]]

Herrn
[[P|Kemal Yıldırım]]
Inhaber „Yıldırım Grill & Pizza"
[[A|Marktplatz 12]]
[[A|96328 Weißenrodach]]

Kassenzeichen: [[AZ|6.0301.028814]]
Steuernummer (Finanzamt Kronach): [[TNR|{tnr7}]]
USt-IdNr.: [[VAT|{vat7}]]

Bescheid über Gewerbesteuer-Vorauszahlungen ab dem Erhebungszeitraum 2025

Sehr geehrter Herr [[P|Yıldırım]],

auf Grundlage des Messbescheids des Finanzamts vom 14.05.2025 (Messbetrag 1.015,00 EUR) und des Hebesatzes von 350 %
setzen wir die Vorauszahlungen gemäß § 19 GewStG auf vierteljährlich 888,00 EUR fest, fällig jeweils am 15.02., 15.05.,
15.08. und 15.11. Bitte überweisen Sie unter Angabe des Kassenzeichens auf das Konto der Stadtkasse,
IBAN [[N|{CITY_IBAN}]], Sparkasse Kronach-Ludwigsstadt.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadt
Weißenrodach erhoben oder Klage beim Bayerischen Verwaltungsgericht Bayreuth erhoben werden.

Mit freundlichen Grüßen
[[P|R. Kestel]]
Steueramt, Tel. [[N|09261 6031-220]]""")

# 8 lower case citizen mail, lost ID card
idc8 = ids.id_card(check_digit=False)
add("outlook", "perso_verloren", f"""betreff: perso weg

hallo,

ich hab am samstag auf der kerwa meinen perso verloren (glaub ich jedenfalls, vllt auch geklaut). die nummer war
[[IDC|{idc8}]], hab noch ein foto davon aufm handy. muss ich das bei der polizei anzeigen oder reicht es wenn ich zu euch
komm? ich brauch den eigentlich bis ende monat weil ich nach kroatien flieg.

ich wohn [[A|kirchgasse 4]] bei meiner oma, geb. bin ich am [[DOB|2.5.2003]] falls ihr das braucht.

gruß [[P|kevin leistner]]
[[T|0176 44190023]]
[[E|kev.leistner03@web.de]]""")

# 9 Ausländerbehörde Aktenvermerk, BIOMETRIC, ETHNICITY
pass9 = R.choice("P") + alnum(7)
add("word", "auslaenderbehoerde_vermerk", f"""Landratsamt Kronach – Ausländerbehörde
Aktenvermerk                                           Az.: [[AZ|AB-32.1-4471/23]]

Vorsprache am 14.10.2025, 9:30 Uhr
Anwesend: Herr [[P|Tesfamariam Ghebreyesus]] (geb. [[DOB|01.01.1991]], eritr. StA), Dolmetscherin Frau [[P|Luam Habte]]
(Tigrinya), Sachbearbeiter [[P|Jens Raab]]

Herr [[P|Ghebreyesus]] beantragt die Verlängerung seiner Aufenthaltserlaubnis nach § 25 Abs. 2 AufenthG. Er legt
erstmals einen eritreischen Reisepass Nr. [[PASS|{pass9}]] vor, ausgestellt durch die Botschaft in Berlin. Er gibt
an, der Volksgruppe der Kunama anzugehören und deshalb in Eritrea verfolgt worden zu sein; auf die Zumutbarkeit der
Passbeschaffung (Reueerklärung, Aufbausteuer) wird gesondert eingegangen.

Lichtbild und Fingerabdrücke (zwei Finger) für den elektronischen Aufenthaltstitel wurden erfasst, die
Unterschrift digitalisiert. Bestellung bei der Bundesdruckerei erfolgt heute.

Wohnanschrift unverändert: [[A|Gartenstraße 8]], [[A|96328 Weißenrodach]] (Gemeinschaftsunterkunft).
Erreichbar über den Sozialdienst, Frau [[P|Schnappauf]], Tel. [[T|09261 98812-14]].

WV: 01.12.2025
[[P|Raab]]""", ["BIOMETRIC", "ETHNICITY"])

# 10 Personalamt, new hire, UNION
tid10 = ids.tax_id()
ssn10 = ids.social_security("140895", "M")
kv10 = ids.health_insurance()
iban10 = group(ids.iban_de(), 4)
add("word", "personalbogen", f"""Stadt Weißenrodach – Personalamt
Personalbogen / Stammdatenblatt (für die Bezügestelle, bitte nur intern)

Name, Vorname:           [[P|Melnyk, Oksana]]
Geburtsname:             [[P|Melnyk]]
Geburtsdatum:            [[DOB|14.08.1995]]
Anschrift:               [[A|Spitalgasse 6]], [[A|96328 Weißenrodach]]
Telefon privat:          [[T|0162 7719 0485]]
Steuer-IdNr.:            [[TID|{tid10}]]
Rentenvers.-Nr.:         [[SSN|{ssn10}]]
Krankenkasse:            AOK Bayern, KVNR [[KV|{kv10}]]
Bankverbindung:          [[IBAN|{iban10}]]
Einstellung:             01.10.2025, Erzieherin, S 8a TVöD SuE, Kita „Regenbogen"
Gewerkschaft:            Mitglied ver.di – Beitragsabzug über die Bezügestelle gewünscht: ja

Bemerkung: Anerkennung des ukrainischen Abschlusses (Bescheid Regierung von Oberfranken vom 12.06.2025) liegt vor.
Ansprechpartnerin im Personalamt: [[P|Carina Burkhardt]], Durchwahl [[N|09261 6031-132]]""", ["UNION"])

# 11 forwarded mail chain, Bauamt
add("outlook", "weiterleitung_bauamt", """Von: Hofmann, Matthias <[[E|matthias.hofmann@weissenrodach.de]]>
Gesendet: Dienstag, 16. September 2025 10:42
An: [[P|Jürgen Hübner-Wagner]] <[[E|j.huebner-wagner@t-online.de]]>
Cc: [[N|bauamt@weissenrodach.de]]
Betreff: AW: WG: Anfrage Carport Flurnr. 412/3

Sehr geehrter Herr [[P|Hübner-Wagner]],

Ihre Anfrage wurde mir vom Bürgerbüro weitergeleitet. Ein Carport bis 50 m² Brutto-Grundfläche ist nach Art. 57 Abs. 1
Nr. 1 Buchst. b BayBO verfahrensfrei, sofern der Bebauungsplan Nr. 27 „Am Eichelberg" nichts anderes festsetzt. Im
Bereich Ihres Grundstücks setzt er allerdings eine Baugrenze von 3,0 m zur Straße fest. Bitte schicken Sie mir einen
Lageplan, dann prüfe ich das gern.

Mit freundlichen Grüßen
[[P|Matthias Hofmann]]
Bauamt – Bauordnung
Tel. [[N|09261 6031-310]]

-----Ursprüngliche Nachricht-----
Von: Bürgerbüro Weißenrodach <[[N|buergerbuero@weissenrodach.de]]>
Gesendet: Montag, 15. September 2025 16:05
An: Hofmann, Matthias
Betreff: WG: Anfrage Carport Flurnr. 412/3

Hallo [[P|Matthias]], bitte übernehmen, Bürger hat am Telefon schon zweimal nachgefragt. Gruß [[P|Sandra]]

-----Ursprüngliche Nachricht-----
Von: [[P|Jürgen Hübner-Wagner]] <[[E|j.huebner-wagner@t-online.de]]>
Gesendet: Montag, 15. September 2025 08:17
Betreff: Anfrage Carport Flurnr. 412/3

Guten Morgen, wir möchten an unserem Haus [[A|Eichelbergweg 23]] einen Doppelcarport (6 x 6 m) bauen. Brauchen wir
dafür eine Genehmigung? Mfg [[P|J. Hübner-Wagner]], Tel. [[T|09261 963044]]""".replace(
    "Von: Hofmann, Matthias <", "Von: [[P|Hofmann, Matthias]] <").replace(
    "An: Hofmann, Matthias\n", "An: [[P|Hofmann, Matthias]]\n"))

# 12 Baugenehmigung, Polish couple
add("word", "baugenehmigung", f"""Stadt Weißenrodach · Bauamt
[[N|Marktplatz 1]], [[N|96328 Weißenrodach]]

Eheleute
[[P|Dariusz Wiśniewski]] und [[P|Katarzyna Wiśniewska]]
[[A|Am Eichelberg 5]]
[[A|96328 Weißenrodach]]

Az.: [[AZ|B-2025-0317]]                                                     Datum: 02.10.2025

Baugenehmigung – Neubau eines Einfamilienhauses mit Doppelgarage, Fl.-Nr. 418/7, Gemarkung Weißenrodach

Sehr geehrte Frau [[P|Wiśniewska]], sehr geehrter Herr [[P|Wiśniewski]],

die Stadt Weißenrodach erteilt gemäß Art. 68 BayBO die Baugenehmigung nach Maßgabe der mit Genehmigungsvermerk
versehenen Bauvorlagen (Pläne Nr. 01 bis 07 vom 18.06.2025, Entwurfsverfasser: Architekturbüro [[P|Carsten Motschmann]]).
Die Befreiung von der festgesetzten Dachneigung (38° statt 30°–35°) wird nach § 31 Abs. 2 BauGB erteilt.

Für diesen Bescheid wird eine Gebühr von 1.284,00 EUR zuzüglich Auslagen von 12,50 EUR erhoben. Bitte überweisen Sie
den Betrag innerhalb eines Monats unter Angabe des Kassenzeichens [[AZ|5.2025.031702]] auf die IBAN
[[N|{CITY_IBAN}]].

Mit freundlichen Grüßen
[[P|Hofmann]]
Bauamt""")

# 13 Sozialamt, Russian-German family, HEALTH
kv13 = ids.health_insurance()
ssn13 = ids.social_security("210846", "K")
iban13 = group(ids.iban_de(), 4)
add("outlook", "grundsicherung_mutter", f"""Von: [[P|Elena Becker]] <[[E|elena.becker@gmx.de]]>
An: [[N|sozialamt@weissenrodach.de]]
Betreff: Grundsicherung für meine Mutter – Unterlagen

Sehr geehrte Frau [[P|Pfaffenberger]],

wie am Telefon besprochen schicke ich Ihnen die fehlenden Angaben für den Antrag meiner Mutter, Frau [[P|Lidia Schmidt]]
(geb. [[DOB|21.08.1946]], Spätaussiedlerin seit 1995). Sie wohnt seit Juli bei uns in der [[A|Finkenweg 3]],
[[A|96328 Weißenrodach]].

- Rentenversicherungsnummer: [[SSN|{ssn13}]]
- Krankenversichertennummer (AOK): [[KV|{kv13}]]
- Konto für die Zahlung (mein Konto, Vollmacht liegt bei): [[IBAN|{iban13}]]

Seit dem Schlaganfall im Frühjahr hat Mama Pflegegrad 3 und ist auf den Rollator angewiesen, der Bescheid des
Medizinischen Dienstes ist im Anhang. Mein Bruder [[P|Alexander Schmidt]] aus Hof beteiligt sich mit 150 EUR monatlich.

Mit freundlichen Grüßen
[[P|Elena Becker]] geb. [[P|Schmidt]]
[[T|0171 / 3894 552]]""", ["HEALTH"])

# 14 Jugendamt, Hilfeplangespräch, HEALTH
add("word", "jugendamt_hilfeplan", """Landratsamt Kronach · Amt für Jugend und Familie
Allgemeiner Sozialdienst

Frau
[[P|Jacqueline Kraus]]
[[A|Rodachstraße 77]]
[[A|96328 Weißenrodach]]

Unser Zeichen: [[AZ|ASD 51-2024-0389]]                                           18.11.2025

Einladung zum Hilfeplangespräch

Sehr geehrte Frau [[P|Kraus]],

hiermit lade ich Sie und Ihren Sohn [[P|Leon-Jayden]] (geb. [[DOB|11.03.2014]]) zum Hilfeplangespräch am Donnerstag,
04.12.2025, 14:00 Uhr, ins Landratsamt, Zimmer 2.14, ein. Eingeladen sind außerdem Herr [[P|Marco Baumann]] als Vater,
die Klassenleitung Frau [[P|Öztürk]] sowie Frau [[P|Ramona Geßlein]] von der Erziehungsbeistandschaft (Diakonie).

Themen sind die Schulsituation nach der ADHS-Diagnose durch die Kinder- und Jugendpsychiatrie, die Medikation und die
Fortsetzung der Hilfe nach § 30 SGB VIII. Bitte bringen Sie den Arztbrief von Dr. [[P|Vogel]] mit.

Falls Sie verhindert sind, rufen Sie mich bitte an: [[N|09261 678-512]].

Mit freundlichen Grüßen
[[P|Nadine Schnappauf-Weiß]]
Sozialpädagogin (B.A.)""", ["HEALTH"])

# 15 school leave for Eid, RELIGION
add("outlook", "schule_beurlaubung", """Von: Mehmet Aydın <[[E|m.aydin1979@hotmail.de]]>
An: Sekretariat Grundschule Weißenrodach <[[N|sekretariat@gs-weissenrodach.de]]>
Betreff: Beurlaubung Elif und Yusuf Aydın

Sehr geehrte Frau Rektorin [[P|Scherbel]],

ich möchte für meine Kinder [[P|Elif]] (Klasse 3b) und [[P|Yusuf Aydın]] (Klasse 1a) eine Beurlaubung für Montag, den
30. März beantragen. An diesem Tag feiern wir das Ramadanfest (Zuckerfest) mit der Familie in der Moschee in Coburg.
Wir sind gläubige Muslime und das ist für uns der wichtigste Feiertag.

Die Hausaufgaben holt die Nachbarin [[P|Frau Pöhlmann]] für die Kinder ab.

Vielen Dank und freundliche Grüße
[[P|Mehmet Aydın]]
[[A|Ludwigstraße 18]], [[A|96328 Weißenrodach]]
Tel. [[T|0151-28471930]]""".replace("[[P|Frau Pöhlmann]]", "Frau [[P|Pöhlmann]]").replace(
    "Von: Mehmet Aydın <", "Von: [[P|Mehmet Aydın]] <").replace(
    "Betreff: Beurlaubung Elif und Yusuf Aydın", "Betreff: Beurlaubung [[P|Elif]] und [[P|Yusuf Aydın]]"), ["RELIGION"])

# 16 internal minutes, Art. 9 words without a person (no flag)
add("word", "protokoll_dienstbesprechung", f"""Protokoll der Dienstbesprechung Bürgerbüro / Standesamt
Datum: 08.10.2025, 13:30–14:45 Uhr, Besprechungsraum 1.08
Teilnehmende: [[P|S. Kolb]] (Leitung), [[P|Thomas Gareis]], [[P|Sandra Meißner]], [[P|Büşra Kaplan]], [[P|Werner Fleischmann]]
(Personalrat, TOP 3); entschuldigt: [[P|Anja Zeh]]
Protokoll: [[P|Meißner]]

TOP 1 – Terminvergabe
Die Wartezeit für Pass- und Ausweisanträge liegt bei 3 Wochen. Ab 01.11. werden dienstags zusätzlich 12 Termine
freigegeben. Hr. [[P|Gareis]] klärt mit der IT die Umstellung der Online-Terminbuchung.

TOP 2 – Neue Rechtslage
Seit dem 01.05.2025 werden Passbilder nur noch digital erfasst (PassbildV); das Gerät im Bürgerbüro ist geliefert.
Biometrische Fotos von Fotografen werden übergangsweise noch angenommen. Die Angabe der Religionszugehörigkeit im
Melderegister bleibt für die Kirchensteuer erforderlich; Fragen dazu bitte an das Finanzamt verweisen.

TOP 3 – Gesundheitsschutz am Arbeitsplatz
Der Personalrat regt an, die Trennwände an den Schaltern zu erneuern. Die Gewerkschaftsversammlung am 23.10. gilt als
Arbeitszeit. Frau [[P|Kaplan]] bittet um ein Schulungsangebot zu Deeskalation.

Nächster Termin: 12.11.2025. Allgemeine Rufnummer des Bürgerbüros bleibt [[N|{CITY_TEL}]].""")

# 17 Romanian driver, Bußgeld, foreign plate & IBAN
iban17 = group(mod97_iban("RO", "BTRL" + alnum(16)), 4)
add("outlook", "bussgeld_rumaenien", f"""Subject: Verwarnung [[AZ|OWi 2025-08811]] – plata

Buna ziua, guten Tag,

ich habe Brief bekommen wegen parken am 19.09. in Weißenrodach, Marktplatz. Mein LKW hat rumänische Nummer
[[KFZ|B 204 DMV]], aber der Anhänger ist deutsche Firma mit [[KFZ|KC-SL 452]]. Ich bin Fahrer nicht Halter, Firma ist
Spedition [[P|Schlee]] in Kronach.

Ich habe 30 Euro überwiesen von meine Konto in Rumänien ([[IBAN|{iban17}]]) aber Bank hat zurück gegeben, ich weiss nicht
warum. Können Sie bitte sagen richtige Konto?

Ich bin wieder in Deutschland ab 6. Oktober, dann kann ich auch bar zahlen.

Mulțumesc / Danke
[[P|Ionuț Dumitrescu]]
[[T|+40 741 283 906]]
[[E|ionut.dumitrescu.tir@yahoo.com]]""")

# 18 Kasse reminder, federal tax number of a sole trader
tnr18 = "9" + alnum(3) + "0" + alnum(8)
add("word", "kasse_mahnung", f"""Stadt Weißenrodach · Stadtkasse
[[N|Marktplatz 1]] · [[N|96328 Weißenrodach]] · Tel. [[N|09261 6031-240]] · [[N|stadtkasse@weissenrodach.de]]

Frau
[[P|Svetlana Kuznetsova]]
Nagelstudio „Svetas Nails"
[[A|Kronacher Str. 2]]
[[A|96328 Weißenrodach]]

Mahnung                                                           Datum: 24.10.2025
Kassenzeichen: [[AZ|6.0301.031207]]      Steuernummer lt. Gewerbeanzeige: [[TNR|{tnr18}]]

Sehr geehrte Frau [[P|Kuznetsova]],

bei Durchsicht unserer Konten haben wir festgestellt, dass folgende Beträge noch offen sind:

Forderung                          fällig am      Betrag
Gewerbesteuer-Vorauszahlung III/25  15.08.2025     212,00 EUR
Säumniszuschlag (§ 240 AO)                          4,00 EUR
Mahngebühr                                          5,00 EUR
Summe                                             221,00 EUR

Bitte überweisen Sie den Betrag bis zum 07.11.2025 auf die IBAN [[N|{CITY_IBAN}]]. Andernfalls müssen wir die
Zwangsvollstreckung nach dem Bayerischen Verwaltungszustellungs- und Vollstreckungsgesetz einleiten.

Diese Mahnung wurde maschinell erstellt und ist ohne Unterschrift gültig.""")

# 19 double card charge, credit card, IBAN
cc19 = ids.credit_card("5", 16)
iban19 = group(ids.iban_de(), 4)
add("outlook", "fuehrungszeugnis_doppelt", f"""Von: [[P|Anja Reitmeier-Franke]] <[[E|anja.reitmeier@posteo.de]]>
An: [[N|buergerbuero@weissenrodach.de]]
Betreff: Führungszeugnis doppelt bezahlt

Guten Tag,

ich habe am 29.09. online ein erweitertes Führungszeugnis beantragt (für meine Tätigkeit als Übungsleiterin beim
TSV 1862 Weißenrodach). Die Gebühr von 13 EUR wurde von meiner Mastercard zweimal abgebucht, Kartennummer
[[CC|{cc19}]], Buchungen vom 29.09. und 30.09.

Können Sie mir einen Betrag zurückerstatten? Gern auch auf mein Girokonto [[IBAN|{iban19}]].
Vorgangsnummer laut Bestätigungsmail: [[AZ|FZ-2025-093-77412]]

Viele Grüße
[[P|Anja Reitmeier-Franke]]
[[A|Birkenleite 11]] · [[A|96328 Weißenrodach-Seibelsdorf]]
mobil [[T|0160 95541827]]""")

# 20 household table for Wohngeld, Syrian family
add("word", "haushaltsbescheinigung", """Stadt Weißenrodach – Bürgerbüro / Meldebehörde

Bescheinigung über die Haushaltszusammensetzung (zur Vorlage bei der Wohngeldstelle)

Wohnung: [[A|Jahnstraße 40]], 3. OG links, [[A|96328 Weißenrodach]]
Eingezogen am: 01.02.2023

Lfd. | Familienname    | Vorname(n)     | Geburtsdatum  | Verhältnis zum Antragsteller
1    | [[P|Al-Hassan]]       | [[P|Abdulrahman]]    | [[DOB|05.06.1983]]    | Antragsteller
2    | [[P|Al-Hassan]]       | [[P|Rania]]          | [[DOB|22.09.1988]]    | Ehefrau
3    | [[P|Al-Hassan]]       | [[P|Omar]]           | [[DOB|14.01.2012]]    | Sohn
4    | [[P|Al-Hassan]]       | [[P|Lina]]           | [[DOB|30.07.2016]]    | Tochter
5    | [[P|Al-Hassan]]       | [[P|Karim]]          | [[DOB|09.11.2021]]    | Sohn

Weitere Personen sind unter dieser Anschrift nicht gemeldet.

Gebühr: 10,00 EUR (bar bezahlt, Quittung Nr. 2025-11873)
Weißenrodach, 05.11.2025
Im Auftrag
[[P|Kaplan]]""")

# 21 funeral home, Sterbefall (weltliche Trauerfeier, no flag)
add("outlook", "sterbefall_bestatter", """Von: Bestattungen Hörath <[[E|info@bestattungen-hoerath.de]]>
An: [[N|standesamt@weissenrodach.de]]
Betreff: Sterbefallanzeige Wunderlich, Gottfried

Sehr geehrter Herr [[P|Gareis]],

anbei die Unterlagen zur Beurkundung des Sterbefalls:

Verstorbener: [[P|Gottfried Wunderlich]], geb. [[DOB|17.02.1938]]
letzte Anschrift: Seniorenheim St. Elisabeth, [[A|Klosterweg 2]], [[A|96328 Weißenrodach]]
verstorben am 03.11.2025 im Seniorenheim
Familienstand: verwitwet (Ehefrau [[P|Irmgard Wunderlich]] geb. [[P|Fiedler]], verst. 2019)
Anzeigende: Tochter [[P|Renate Schubert-Wunderlich]], [[A|Hauptstraße 61]], [[A|96317 Kronach]], [[T|09261 40087]]

Die Familie wünscht eine weltliche Trauerfeier in der Aussegnungshalle am Stadtfriedhof; Termin bitte mit der
Friedhofsverwaltung abstimmen. Wir bräuchten 4 Sterbeurkunden (Rente, Krankenkasse, Bank, Versicherung).

Mit freundlichen Grüßen
[[P|Peter Hörath]]
Bestattungen Hörath GmbH · Tel. [[T|09261 2318]]""".replace(
    "Betreff: Sterbefallanzeige Wunderlich, Gottfried", "Betreff: Sterbefallanzeige [[P|Wunderlich, Gottfried]]").replace(
    "Von: Bestattungen Hörath <", "Von: Bestattungen [[P|Hörath]] <").replace(
    "Bestattungen Hörath GmbH", "Bestattungen [[P|Hörath]] GmbH"))

# 22 Jobcenter invitation, boilerplate health words (no flag)
add("word", "jobcenter_einladung", """Jobcenter Landkreis Kronach · Geschäftsstelle Weißenrodach

Herrn
[[P|Nicolae Constantin]]
[[A|Siedlungsstraße 19]]
[[A|96328 Weißenrodach]]

Kundennummer: [[AZ|287D411905]]       BG-Nummer: [[AZ|09303BG0051866]]
Datum: 10.11.2025

Einladung

Sehr geehrter Herr [[P|Constantin]],

bitte kommen Sie am 20.11.2025 um 10:15 Uhr in das Jobcenter, Eingang B, Zimmer 014. Ich möchte mit Ihnen über Ihr
Bewerberangebot als Lagerhelfer bei der Firma Frankenlogistik sprechen. Bringen Sie bitte Ihren Lebenslauf und Ihren
Aufenthaltstitel mit.

Wenn Sie gesundheitliche Einschränkungen haben, die bei der Arbeitsvermittlung berücksichtigt werden sollen, können
Sie diese freiwillig mitteilen; eine Pflicht dazu besteht nicht.

Dies ist eine Einladung nach § 59 SGB II in Verbindung mit § 309 SGB III. Wenn Sie ohne wichtigen Grund nicht
erscheinen, kann Ihr Bürgergeld gemindert werden.

Mit freundlichen Grüßen
[[P|Tamara Wunder]]
Arbeitsvermittlung
Servicenummer: [[N|09261 6280-0]]""")

# 23 Nigerian doctor, English mail
pass23 = "A" + alnum(8)
add("outlook", "anmeldung_english", f"""Subject: Appointment for residence registration – Dr. Okafor

Dear Sir or Madam,

I am a physician starting at the Helios Frankenwaldklinik on 1 December. My wife [[P|Ngozi Okafor]] and I arrived last
week and are staying temporarily with a colleague, Dr. [[P|Felix Ruppert]], at [[A|Pfarrgasse 5]], [[A|96328 Weißenrodach]].
Our own flat at [[A|Am Anger 22]] will be ready on 15 November.

Should we register now at the temporary address or wait? The Ausländerbehörde told me I need the Meldebescheinigung
for my residence permit. My Nigerian passport number is [[PASS|{pass23}]], date of birth [[DOB|12 March 1988]].

Kind regards / Mit freundlichen Grüßen
Dr. [[P|Chukwuemeka Okafor]]
Mobile: [[T|+49 1522 4081 736]]
Email: [[E|c.okafor.md@gmail.com]]""".replace("– Dr. Okafor", "– Dr. [[P|Okafor]]"))

# 24 BEM note, HEALTH
ssn24 = ids.social_security("020777", "G")
add("word", "bem_gespraech", f"""VERTRAULICH – Personalakte / BEM-Akte

Vermerk über das Erstgespräch im Betrieblichen Eingliederungsmanagement

Beschäftigte: [[P|Sabine Gebhardt-Löffler]], Verwaltungsfachangestellte, Kasse (RV-Nr. [[SSN|{ssn24}]])
Datum: 06.11.2025
Teilnehmende: Frau [[P|Gebhardt-Löffler]]; Herr [[P|Fleischmann]] (Personalrat, auf Wunsch der Beschäftigten);
Frau [[P|Burkhardt]] (Personalamt); Frau [[P|Heidi Roth]] (Schwerbehindertenvertretung)

Frau [[P|Gebhardt-Löffler]] war in den letzten 12 Monaten an 61 Arbeitstagen arbeitsunfähig, überwiegend wegen eines
Bandscheibenvorfalls (L4/L5) mit anschließender Reha in Bad Staffelstein. Ein Antrag auf Feststellung einer
Schwerbehinderung ist gestellt. Vereinbart wurden: höhenverstellbarer Schreibtisch, stufenweise Wiedereingliederung
ab 17.11.2025 (4 Std./Tag), Gespräch mit der Betriebsärztin Dr. [[P|Angelika Saalfrank]].

Nächstes Gespräch: 15.01.2026
[[P|Burkhardt]]""", ["HEALTH"])

# 25 car dealer bulk registration, e.K. tax number & VAT
tnr25 = ids.tax_number_bavaria()
vat25 = ids.vat_id()
add("outlook", "autohaus_sammelzulassung", f"""Von: Autohaus [[P|Schramm]] – Zulassungsservice <[[E|zulassung@autohaus-schramm.de]]>
An: [[N|zulassung@lra-kc.de]]
Betreff: Sammelantrag Zulassungen KW 46

Hallo Frau [[P|Zapf]],

anbei wie besprochen die Liste für Donnerstag, Vollmachten und eVB liegen im Original bei.

Halter                                   Geb.-Datum   Anschrift                                  Wunschkennz.
[[P|Doris Pöhlmann]]                           [[DOB|28.04.1957]]   [[A|Lerchenweg 6]], [[A|96328 Weißenrodach]]        [[KFZ|KC-DP 57]]
[[P|Ivan Petrenko]]                            [[DOB|03.10.1990]]   [[A|Kulmbacher Str. 115]], [[A|96317 Kronach]]      [[KFZ|KC-IP 310]]
Physiotherapie [[P|Lena Schnabel]]             –            [[A|Marktplatz 4]], [[A|96328 Weißenrodach]]        [[KFZ|KC-LS 4E]]

Rechnung an uns wie immer: Autohaus [[P|Bernd Schramm]] e.K., StNr. [[TNR|{tnr25}]], USt-IdNr. [[VAT|{vat25}]]

Bei Rückfragen bin ich unter [[T|09261 5049-23]] erreichbar.

Gruß
[[P|Jessica Wachter]]
Zulassungsservice""")

# 26 Ordnungsamt hearing, dog, ID card
idc26 = ids.id_card(check_digit=True)
add("word", "anhoerung_hund", f"""Stadt Weißenrodach · Ordnungsamt
[[N|Marktplatz 1]] · [[N|96328 Weißenrodach]]

Herrn
[[P|Dragan Petrović]]
[[A|Mühlweg 3]]
[[A|96328 Weißenrodach]]

Az.: [[AZ|32-122/2025-0064]]                                            21.10.2025

Anhörung nach Art. 28 BayVwVfG – beabsichtigte Anordnung eines Leinen- und Maulkorbzwangs

Sehr geehrter Herr [[P|Petrović]],

am 27.09.2025 hat Ihr Hund (Rottweiler-Mischling „Tito") auf dem Radweg an der Rodach den Spaziergänger Herrn [[P|Lothar Ebert]]
angesprungen und in den Unterarm gebissen. Zeugin ist Frau [[P|Marion Sesselmann]]. Bei der Befragung durch die Polizei
wiesen Sie sich mit dem Personalausweis Nr. [[IDC|{idc26}]] aus.

Wir beabsichtigen, gemäß Art. 18 Abs. 2 LStVG anzuordnen, dass der Hund außerhalb Ihres befriedeten Besitztums an einer
höchstens 1,5 m langen Leine zu führen ist und einen Maulkorb tragen muss. Sie haben Gelegenheit, sich bis zum
07.11.2025 zu äußern.

Mit freundlichen Grüßen
[[P|Kerstin Söllner]]
Ordnungsamt, Tel. [[N|09261 6031-330]]""")

# 27 Kita parent, informal, GENETIC + HEALTH
add("outlook", "kita_integrationsplatz", """Betreff: Integrationsplatz für Paula

Hallo Frau [[P|Fischer-Oppel]],

danke nochmal für das nette Gespräch letzte Woche! Wie versprochen: [[P|Paula]] hat Trisomie 21 (per Chromosomenanalyse
nach der Geburt bestätigt), deshalb würden wir gern einen Integrationsplatz beantragen. Der Bezirk Oberfranken braucht
dafür wohl eine Bescheinigung von euch, dass ihr sie aufnehmen würdet. Die Frühförderstelle (Frau [[P|Jahn]]) könnte
auch einmal die Woche in die Kita kommen.

Paulas Geburtstag ist der [[DOB|8. Januar 2023]], wir wohnen jetzt in der [[A|Wiesenstraße 12b]] (umgezogen im Sommer).

Liebe Grüße, auch von [[P|Tobi]]
[[P|Miriam Zwosta]]
[[T|0170 2219387]]""".replace("Paulas Geburtstag", "[[P|Paulas]] Geburtstag").replace(
    "Integrationsplatz für Paula", "Integrationsplatz für [[P|Paula]]"), ["GENETIC", "HEALTH"])

# 28 naturalisation, Vietnamese, tax id, passport
tid28 = ids.tax_id()
pass28 = R.choice("CN") + alnum(7)
add("word", "einbuergerung_eingang", f"""Landratsamt Kronach – Staatsangehörigkeitsbehörde

Frau
[[P|Lê Thị Thu Hà]]
[[A|Bergstraße 9]]
[[A|96328 Weißenrodach]]

Ihr Antrag auf Einbürgerung vom 30.06.2025 – Eingangsbestätigung und Nachforderung
Aktenzeichen: [[AZ|StA-1.2-0932/25]]

Sehr geehrte Frau [[P|Lê]],

Ihr Antrag ist vollständig bis auf folgende Unterlagen eingegangen:
1. Kopie des gültigen vietnamesischen Reisepasses (Nr. [[PASS|{pass28}]]) – die vorgelegte Kopie ist abgelaufen,
2. Einkommensteuerbescheid 2024 (Steuer-IdNr. [[TID|{tid28}]]),
3. Nachweis über den Einbürgerungstest (Bescheinigung des BAMF).

Das B1-Zertifikat der Volkshochschule Kronach liegt vor. Die Gebühr von 255 EUR bitte erst nach Aufforderung bezahlen.
Ihr Sohn [[P|Trần Minh Khoa]] (geb. [[DOB|02.02.2009]]) kann miteingebürgert werden, hierzu bitte das Formular M beifügen.

Mit freundlichen Grüßen
Im Auftrag
[[P|Oliver Stumpf]]""")

# 29 election helpers, POLITICS
add("word", "wahlhelfer_einteilung", """Wahlamt Weißenrodach – interne Liste, nicht zur Veröffentlichung
Kommunalwahl 08.03.2026 – Einteilung Wahlvorstände (Stand 12.11.2025)

Wahlbezirk 001 Rathaus
  Wahlvorsteherin: [[P|Gerlinde Hempfling]], [[T|09261 6631]]
  Stellv.: [[P|Anton Neubauer]]
  Beisitzer: [[P|Hatice Yılmaz]], [[P|Paul Körner]], [[P|Jana Ott]]
Wahlbezirk 002 Grundschule
  Wahlvorsteher: [[P|Ralf Zipfel]], [[E|ralf.zipfel@icloud.com]]
  Stellv.: [[P|Florin Munteanu]]
  Beisitzer: [[P|Bärbel Schmidt-Rauh]], [[P|Viktor Braun]]
Briefwahl 1
  Wahlvorsteher: [[P|Helmut Gebhardt]] (nicht zu verwenden: Hr. [[P|Gebhardt]] kandidiert für die Freien Wähler auf
  Platz 7 und ist deshalb als Mitglied eines Wahlorgans ausgeschlossen, Art. 5 Abs. 1 GLKrWG) → Ersatz: [[P|Tanja Fößel]]

Hinweis: Hr. [[P|Neubauer]] hat mitgeteilt, dass er als Mitglied des SPD-Ortsvorstands lieber in einem anderen Bezirk
eingesetzt werden möchte als in seinem Wohnbezirk. Bitte berücksichtigen.

Erfrischungsgeld: 50 EUR je Helfer. Rückfragen an das Wahlamt, [[N|wahlamt@weissenrodach.de]].""", ["POLITICS"])

# 30 same-sex marriage inquiry, SEXUAL_ORIENTATION, Turkish passport
pass30 = "U" + alnum(8)
add("outlook", "standesamt_trauung_anfrage", f"""Von: Tobias Engelhardt <[[E|tobi.engelhardt@gmx.net]]>
An: [[N|standesamt@weissenrodach.de]]
Betreff: Trautermin im Schloss – zwei Männer, ein Ja ;)

Liebes Standesamt-Team,

mein Verlobter [[P|Arif Demir]] und ich möchten im Mai 2026 heiraten, am liebsten im Schloss. Wir sind seit sieben Jahren
ein Paar und wohnen zusammen in der [[A|Pfarrgasse 12]], [[A|96328 Weißenrodach]].

Arif ist türkischer Staatsangehöriger (geb. [[DOB|19.07.1990]] in Izmir, Reisepass [[PASS|{pass30}]]). Welche Unterlagen
braucht er aus der Türkei? Wir haben gehört, dass die Ehefähigkeitsbescheinigung bei gleichgeschlechtlichen Paaren
schwierig ist, weil die Türkei die Ehe nicht anerkennt. Kann man davon befreit werden?

Danke und liebe Grüße
[[P|Tobias Engelhardt]]
[[T|0173 5508213]]""".replace("\nArif ist", "\n[[P|Arif]] ist").replace(
    "Von: Tobias Engelhardt <", "Von: [[P|Tobias Engelhardt]] <"), ["SEXUAL_ORIENTATION"])

assert len(docs) == 30
out = os.path.join(HERE, "fresh59.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for i, (channel, template, marked, flags) in enumerate(docs, 1):
        f.write(json.dumps(build(f"F59-{i:03d}", channel, template, marked, flags), ensure_ascii=False) + "\n")
print(out)
