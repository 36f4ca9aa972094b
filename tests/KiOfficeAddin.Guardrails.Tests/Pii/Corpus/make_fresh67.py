#!/usr/bin/env python3
"""Held-out batch 67: Oberpfalz border town (Waldmünchen, Lkr. Cham). Writes fresh67.jsonl next to this file."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # marks.py and identifiers.py sit beside this file
from marks import build
from identifiers import Identifiers, group

I = Identifiers(6767)
iban = lambda: group(I.iban_de(), 4)
D = []
def add(ch, tpl, txt, flags=()):
    D.append((ch, tpl, txt, list(flags)))

STADT = "[[N|Marktplatz 16]], [[N|93449 Waldmünchen]]"
ZENTRALE = "[[N|09972 307-0]]"
STADT_IBAN = "[[N|DE42 7425 0000 0000 1180 09]]"

# 1 Landratsamt -> Stadt, Ausländerbehörde, Ukrainian family
p1 = "FX" + I.digits(6)
add("word", "auslaender_weiterleitung", f"""Landratsamt Cham · Sachgebiet 31 – Ausländerwesen
[[N|Rachelstraße 6]] · [[N|93413 Cham]]

An die Stadt Waldmünchen
– Bürgerbüro –

Ihr Zeichen: Me-Hs            Unser Zeichen: [[AZ|31.2-1402/UA-2025-0381]]
Cham, 14.10.2025

Wohnsitzzuweisung nach § 12a AufenthG – Familie [[P|Kovalenko]]

Sehr geehrte Damen und Herren,

wir teilen Ihnen mit, dass Frau [[P|Olena Kovalenko]], geb. [[DOB|03.11.1986]], ukrainische Staatsangehörige (Reisepass-Nr. [[PASS|{p1}]]), sowie ihre Kinder [[P|Dmytro]] (geb. [[DOB|21.06.2012]]) und [[P|Sofiia Kovalenko]] (geb. [[DOB|09.01.2017]]) mit Wirkung vom 01.11.2025 der Stadt Waldmünchen zugewiesen werden. Die Familie war bisher in der Gemeinschaftsunterkunft Cham, [[A|Further Straße 41]], untergebracht und wird in die von der Stadt angemietete Wohnung [[A|Schloßhof 3]], 1. OG links, einziehen.

Aufenthaltserlaubnis nach § 24 AufenthG gültig bis 04.03.2027. Die Anmeldung ist binnen zwei Wochen nach Einzug vorzunehmen. Frau [[P|Kovalenko]] ist mobil unter [[T|0152 08817346]] erreichbar; sie spricht etwas Englisch, eine Begleitung durch die ehrenamtliche Helferin Frau [[P|Brigitte Mühlbauer]] ([[T|09972 8734]]) ist angekündigt.

Mit freundlichen Grüßen
i. A.
[[P|Hildegard Wanninger]]
Sachbearbeiterin
Tel. [[N|09971 78-0]]""")

# 2 Czech commuter, broken German/English, Nebenwohnsitz
add("outlook", "nebenwohnsitz", f"""Von: [[P|Petr Dvořák]] <[[E|petr.dvorak@seznam.cz]]>
An: [[N|buergerbuero@waldmuenchen.de]]
Betreff: Anmeldung zweite Wohnung / second residence

Dobrý den, guten Tag,

ich bin [[P|Petr Dvořák]], ich arbeite seit August bei Firma in Cham (Schicht) und habe jetzt eine kleine Wohnung in Waldmünchen, [[A|Ludwigstraße 22a]]. Meine Hauptwohnung bleibt in Tschechien: [[A|Náměstí Míru 118]], [[A|344 01 Domažlice]].
My German is not so good, sorry. Do I need to come personally to Rathaus or can I send the form by email? I have Czech ID card, not passport. Also my wife [[P|Jana Dvořáková]] comes sometimes in weekend, does she also need Anmeldung?

For the Lohnsteuer my employer has already my Steuer-ID [[TID|{I.tax_id()}]], is this enough?

Is there a Zweitwohnungsteuer in Waldmünchen? My colleague [[P|Lukáš]] said yes.

Telefon: [[T|+420 603 512 847]] (tschechisch) oder [[T|0171 4482910]]

Děkuji / Danke
[[P|Petr Dvořák]]""")

# 3 Bauamt Baugenehmigung farmer
add("word", "baugenehmigung", f"""Stadt Waldmünchen · Bauamt
{STADT}

Herrn
[[P|Xaver Zollner]]
[[A|Gmünd 4]]
[[A|93449 Waldmünchen]]

Bauantrag-Nr.: [[AZ|B-2025-117]]
Waldmünchen, 02.09.2025

Errichtung einer landwirtschaftlichen Maschinenhalle auf Fl.-Nr. 812/3, Gemarkung Herzogau

Sehr geehrter Herr [[P|Zollner]],

Ihr Bauantrag vom 18.06.2025, eingereicht durch das Planungsbüro Dipl.-Ing. (FH) [[P|Regina Vogl]], ist vollständig. Das Vorhaben liegt im Außenbereich und ist als privilegiertes Vorhaben nach § 35 Abs. 1 Nr. 1 BauGB zu beurteilen. Der Flächennutzungsplan (7. Änderung) stellt Fläche für die Landwirtschaft dar; der Bebauungsplan Nr. 14 „Herzogau-Ost“ ist nicht berührt.

Der Antrag wurde mit Stellungnahme der Stadt an das Landratsamt Cham weitergeleitet. Die Gemeinde hat ihr Einvernehmen in der Sitzung des Bauausschusses vom 28.08.2025 (TOP 5) erteilt. Die Gebühr für die gemeindliche Stellungnahme beträgt 75,00 EUR.

Für Rückfragen erreichen Sie mich unter {ZENTRALE} oder [[E|bauamt@waldmuenchen.de]].

Mit freundlichen Grüßen
[[P|Korbinian Wittmann]]
Bauamt""")

# 4 dialect mail to Friedhof, RELIGION
add("outlook", "friedhof_grab", f"""Von: [[E|resi.pongratz@t-online.de]]
An: [[N|friedhof@waldmuenchen.de]]
Betreff: Grab von da Mama

Grüß Gott Herr [[P|Dendorfer]],

mei Mama, d'[[P|Walburga Pongratz]], is am Sonntag in der Früh im Krankenhaus in Cham gstorbn. Sie war ja ihr Lebtag katholisch und im Frauenbund, drum mecht ma a Requiem in der Stadtpfarrkirch und dann d'Beerdigung im Familiengrab, Grabfeld C, Reihe 4, Nr. 11 – do liegt scho da Papa, da [[P|Alois]].
Dauert des mit da Verlängerung vom Nutzungsrecht, des läuft ja heuer aus glaub i? Der [[P|Hans]] vom Bestatter [[P|Hofmann]] hod gsagt, i soll mi bei Ihna meldn.

Rufens mi bitte o: [[T|09972 1573]] oder 's Handy [[T|0160 9873214]].

Vergelt's Gott
[[P|Resi Pongratz]]
[[A|Am Perlbach 7]], [[A|93449 Waldmünchen]]""", ["RELIGION"])

# 5 Friedhof Gebührenbescheid, Kosovar family, Muslim field
add("word", "friedhof_gebuehr", f"""Stadt Waldmünchen – Friedhofsverwaltung
{STADT} · Telefon {ZENTRALE}

Frau
[[P|Vlora Krasniqi]]
[[A|Pfarrer-Schwarz-Straße 9]]
[[A|93449 Waldmünchen]]

Kassenzeichen: [[AZ|7.2025.004412]]
Datum: 23.07.2025

Gebührenbescheid – Bestattung Ihres Ehemannes [[P|Arben Krasniqi]]

Sehr geehrte Frau [[P|Krasniqi]],

wir sprechen Ihnen und Ihrer Familie zunächst unser Beileid aus. Entsprechend Ihrem Wunsch wurde Ihr verstorbener Ehemann im Grabfeld für Bestattungen nach islamischem Ritus (Feld M, Grab 6) in Ausrichtung nach Mekka und ohne Sarg beigesetzt.

Nach der Friedhofsgebührensatzung setzen wir fest:
Grabnutzungsgebühr Einzelgrab (20 Jahre)      640,00 EUR
Benutzung Aussegnungshalle                     95,00 EUR
Grabherstellung                               380,00 EUR
Gesamt                                      1.115,00 EUR

Bitte überweisen Sie den Betrag bis 22.08.2025 unter Angabe des Kassenzeichens auf das Konto der Stadtkasse Waldmünchen, IBAN {STADT_IBAN}. Ratenzahlung ist auf Antrag möglich; Ihr Sohn [[P|Driton]] hatte bereits danach gefragt.

Mit freundlichen Grüßen
Im Auftrag
[[P|Franz Dendorfer]]""", ["RELIGION"])

# 6 Feuerwehr member list with G26.3 result, HEALTH
add("outlook", "feuerwehr_mitglieder", f"""Von: Kommandant FF Waldmünchen <[[E|kommandant@ff-waldmuenchen.de]]>
An: [[E|s.bierl@waldmuenchen.de]]
Betreff: Neuaufnahmen Aktive + Atemschutz

Servus [[P|Stefan]],

anbei wie besprochen die Neuaufnahmen für die Versicherungsmeldung an die KUVB:

Name                 | geb.        | Anschrift                       | Handy
[[P|Jonas Eckl]]           | [[DOB|12.04.2007]]  | [[A|Herzogauer Str. 15]]            | [[T|0176 23419087]]
[[P|Aleyna Yıldırım]]      | [[DOB|30.09.2008]]  | [[A|Am Galgenberg 2]]               | [[T|0157 71283340]]
[[P|Mateusz Wiśniewski]]   | [[DOB|17.02.1999]]  | [[A|Schwarzachstraße 31]]           | [[T|0151 19283746]]

Zum Atemschutz: der [[P|Mateusz]] hat die G26.3 beim Betriebsarzt gemacht, Ergebnis leider „befristete Bedenken“ wegen Asthma, Nachuntersuchung in 6 Monaten. Bitte nur intern, er will nicht dass des rumgeht. Der [[P|Jonas]] und die [[P|Aleyna]] machen im Frühjahr den Grundlehrgang in Cham.

Gruß
[[P|Michael „Much“ Ederer]]
1. Kommandant
[[T|0171 5529184]]""", ["HEALTH"])

# 7 Schülerbeförderung Bescheid
add("word", "schuelerbefoerderung", f"""Stadt Waldmünchen · Schulverwaltung
{STADT}

Eheleute
[[P|Emine]] und [[P|Mehmet Aydın]]
[[A|Bahnhofstraße 27]]
[[A|93449 Waldmünchen]]

Aktenzeichen: [[AZ|SB-2025/0213]]
Datum: 05.09.2025

Kostenfreie Schülerbeförderung im Schuljahr 2025/26

Sehr geehrte Frau [[P|Aydın]], sehr geehrter Herr [[P|Aydın]],

Ihrem Antrag auf Beförderung Ihrer Tochter [[P|Elif Aydın]], geb. [[DOB|11.05.2014]], zur Realschule Waldmünchen wird stattgegeben. Da der Schulweg mehr als 3 km beträgt (§ 2 Abs. 2 SchBefV), übernimmt die Stadt die Kosten der Schülerzeitkarte (Linie 1052, Haltestelle Ulrichsgrün). Der Eigenanteil entfällt, weil für Ihre Familie bereits für ein weiteres Kind, [[P|Yusuf]], Leistungen gewährt werden.

Die Fahrkarte erhält [[P|Elif]] am ersten Schultag im Sekretariat.

Mit freundlichen Grüßen
[[P|Angelika Raab]]
Schulverwaltung, Zimmer 12""")

# 8 lowercase parent mail, diabetes, HEALTH
add("outlook", "schulbus_diabetes", f"""von: [[E|oksana.melnyk88@gmail.com]]
betreff: schulbus morgens

hallo frau [[P|raab]],

mein sohn [[P|maksym]] ([[P|maksym melnyk]], 3b grundschule) hat seit sommer diabetes typ 1 und muss vor dem bus messen. der bus ab haltestelle bärnauer weg fährt jetzt 6:52 statt 7:10, das ist zu früh für ihn wegen insulin und frühstück. gibt es eine andere lösung?? der fahrer hat gesagt ich soll bei der stadt fragen.

bitte rufen sie an [[T|0163 4471829]], ab 14 uhr, davor arbeite ich in der pflege in furth.

danke
[[P|oksana melnyk]]""", ["HEALTH"])

# 9 minutes Kulturausschuss / Vereinsförderung, religion word without person
add("word", "vereinsfoerderung_protokoll", f"""Niederschrift über die öffentliche Sitzung des Kultur- und Sozialausschusses
am Dienstag, 16.09.2025, 19:00 Uhr, Sitzungssaal Rathaus

Anwesend: Erster Bürgermeister [[P|Markus Ackermann]] (Vorsitz), StRin [[P|Gabriele Hölzl]], StR [[P|Dr. Andreas von Plettenberg]], StR [[P|Ercan Şahin]], StRin [[P|Monika Zistler-Lommer]]
Schriftführung: [[P|Angelika Raab]]
Entschuldigt: StR [[P|Günther Rackl]]

TOP 3 Vereinsförderung 2025 – Zuschussanträge

a) TSV Waldmünchen, Sanierung Flutlicht: beantragt 12.500 EUR, Förderung 20 % der förderfähigen Kosten (48.200 EUR) = 9.640 EUR. Beschluss: 5:0.
b) Türkisch-Islamischer Kulturverein e.V., Jugendarbeit Hausaufgabenhilfe: 1.800 EUR. StR [[P|Şahin]] erklärt sich für befangen (§ 49 GO) und verlässt den Tisch. Beschluss: 4:0.
c) Katholischer Frauenbund, Seniorennachmittage: 600 EUR. Beschluss: 5:0.
d) Grenzlandchor Waldmünchen-Klenčí, deutsch-tschechisches Chortreffen: 2.000 EUR aus dem Dispositionsfonds, Zuschuss des Dispositionsfonds Euregio Egrensis wird beantragt. Beschluss: 5:0.

Die Richtlinie zur Vereinsförderung (Fassung 01.01.2023) gilt unverändert.

gez. [[P|Ackermann]]                      gez. [[P|Raab]]""")

# 10 Grundsteuer / Steueramt, farmer, Bavarian Steuernummer, SEPA IBAN
tnr10 = I.tax_number_bavaria()
ib10 = iban()
add("word", "grundsteuer_sepa", f"""Stadt Waldmünchen · Steueramt
{STADT}

Herrn
[[P|Josef Eckl]] sen.
[[A|Ulrichsgrün 12]]
[[A|93449 Waldmünchen]]

Kassenzeichen: [[AZ|2.0814.0037]]
Waldmünchen, 10.02.2025

Grundsteuer A und B ab 2025 (Grundsteuerreform) – Ihr SEPA-Lastschriftmandat

Sehr geehrter Herr [[P|Eckl]],

aufgrund der Messbescheide des Finanzamts Cham (Steuernummer [[TNR|{tnr10}]]) setzen wir die Grundsteuer für Ihren land- und forstwirtschaftlichen Betrieb (Grundsteuer A, Hebesatz 380 %) auf 486,40 EUR und für das Wohngebäude (Grundsteuer B, Hebesatz 390 %) auf 212,55 EUR jährlich fest.

Ihr SEPA-Lastschriftmandat vom 14.03.2011 für das Konto IBAN [[IBAN|{ib10}]] (Kontoinhaber: [[P|Josef Eckl]]) bleibt bestehen. Die Beträge werden zu den Fälligkeiten 15.02., 15.05., 15.08. und 15.11. abgebucht. Wie am Telefon besprochen, geht die Hofübergabe an Ihren Sohn [[P|Josef Eckl]] jun. erst 2026 – bitte teilen Sie uns dann die neue Bankverbindung mit.

Gläubiger-ID der Stadt: [[N|DE57ZZZ00000089413]]

Mit freundlichen Grüßen
[[P|Christine Schießl]]
Steueramt, Durchwahl [[N|09972 307-23]]""")

# 11 Gewerbeanmeldung Vietnamese nail studio
tnr11 = I.tax_number_bavaria(); vat11 = I.vat_id()
add("outlook", "gewerbeanmeldung", f"""Betreff: Gewerbe Anmeldung Nagelstudio

Sehr geehrte Damen und Herren,

ich möchte mein Gewerbe anmelden. Daten:

Name: [[P|Nguyễn Thị Lan]] (Rufname [[P|Lan]])
Geburtsdatum: [[DOB|24.08.1991]] in Hải Phòng
Wohnung: [[A|Marktplatz 5]], [[A|93449 Waldmünchen]]
Betrieb: Nagelstudio Lotus, [[A|Schmiedgasse 2]], [[A|93449 Waldmünchen]], Beginn 01.10.2025
Steuernummer: [[TNR|{tnr11}]]
USt-IdNr.: [[VAT|{vat11}]]
Telefon: [[T|0176 92016473]]

Mein Mann [[P|Trần Văn Minh]] hilft im Laden, er ist nicht angestellt. Die Gebühr 40 Euro habe ich schon überwiesen.

Vielen Dank und freundliche Grüße
[[P|Nguyễn Thị Lan]]
[[E|lannails.wm@gmail.com]]""")

# 12 Personalamt internal note, HEALTH + UNION
tid12 = I.tax_id(); ssn12 = I.social_security("140387", "H"); kv12 = I.health_insurance(); ib12 = iban()
add("word", "personal_einstellung", f"""Stadt Waldmünchen – Personalamt
Vermerk zur Personalakte – VERTRAULICH

Einstellung: Frau [[P|Sabine Hofstetter-Baumann]], geb. [[DOB|14.03.1987]]
Stelle: Verwaltungsfachangestellte Bürgerbüro, EG 6 TVöD, 30 Wochenstunden, Beginn 01.11.2025
Anschrift: [[A|Kirchenweg 8]], [[A|93458 Eschlkam]]

Unterlagen für die Entgeltabrechnung (AKDB):
Steuer-IdNr.: [[TID|{tid12}]], Steuerklasse IV, 0,5 Kinderfreibeträge
Rentenversicherungsnummer: [[SSN|{ssn12}]]
Krankenkasse: AOK Bayern, Versichertennummer [[KV|{kv12}]]
Bankverbindung: [[IBAN|{ib12}]]

Frau [[P|Hofstetter-Baumann]] hat einen Schwerbehindertenausweis (GdB 50, unbefristet) vorgelegt; Zusatzurlaub nach § 208 SGB IX ist einzutragen, die Schwerbehindertenvertretung (Herr [[P|Gerl]]) wurde beteiligt. Sie ist Mitglied bei ver.di und bittet um Weiterleitung der Mitgliedsbescheinigung an den Personalrat wegen der Beitragsübernahme im Rahmen der Tarifbindung – nach Rücksprache mit Herrn [[P|Ackermann]] nicht erforderlich, Bescheinigung zurück an die Beschäftigte.

Waldmünchen, 20.10.2025
[[P|M. Gruber-Seidl]]""", ["HEALTH", "UNION"])

# 13 forwarded chain Jugendamt, ETHNICITY
add("outlook", "jugendamt_weiterleitung", f"""Von: [[P|Hastreiter]], [[P|Maria-Theresia]] <[[E|mt.hastreiter@waldmuenchen.de]]>
Gesendet: Mittwoch, 8. Oktober 2025 09:14
An: [[P|Bierl]], [[P|Stefan]] <[[E|s.bierl@waldmuenchen.de]]>
Betreff: WG: Familie [[P|Lakatos]] – Schulpflicht / Dolmetscher

[[P|Stefan]], zur Info, weil das Ordnungsamt wegen der Schulpflicht-Anzeige auch dran ist. Bitte nichts rausgeben ohne Rücksprache mit dem Jugendamt. LG [[P|Resi]]

-----Ursprüngliche Nachricht-----
Von: [[P|Ludwig Feldmeier]] <[[E|ludwig.feldmeier@lra.landkreis-cham.de]]>
Gesendet: Dienstag, 7. Oktober 2025 16:40
An: [[N|buergerbuero@waldmuenchen.de]]
Betreff: Familie [[P|Lakatos]] – Schulpflicht / Dolmetscher
Aktenzeichen: [[AZ|JA-23-0917/25]]

Sehr geehrte Frau [[P|Hastreiter]],

die Familie [[P|Lakatos]] (Mutter [[P|Erika Lakatos]], Kinder [[P|Zoltán]], 9 J., und [[P|Rebeka]], 7 J.) ist laut Ihrer Meldung zum 15.09. von Košice nach Waldmünchen, [[A|Hammerweg 3]], zugezogen. Die Kinder besuchen bisher keine Schule. Die Familie gehört der Volksgruppe der Roma an und spricht überwiegend Romanes und Ungarisch; wir organisieren über den Verein in Regensburg eine Sprachmittlerin.

Könnten Sie mir die Telefonnummer aus der Anmeldung mitteilen? Wir haben nur [[T|+421 907 318 552]], die ist nicht mehr vergeben.

Mit freundlichen Grüßen
[[P|Ludwig Feldmeier]]
Landratsamt Cham, Amt für Jugend und Familie
Tel. [[N|09971 78-0]]""", ["ETHNICITY"])

# 14 Standesamt Anmeldung Eheschließung, same-sex, SEXUAL_ORIENTATION
pa14 = I.passport(); idc14 = I.id_card(check_digit=True)
add("word", "standesamt_eheschliessung", f"""Standesamt Waldmünchen
Niederschrift über die Anmeldung der Eheschließung

Aktenzeichen: [[AZ|E 41/2025]]
Tag der Anmeldung: 29.07.2025

Es erschienen:
1. Herr [[P|Florian Brunner]], geb. am [[DOB|02.12.1990]] in Cham, ledig, deutsch, ausgewiesen durch Personalausweis Nr. [[IDC|{idc14}]], wohnhaft [[A|Rosenstraße 14]], [[A|93449 Waldmünchen]]
2. Herr [[P|Tomasz Wiśniewski]], geb. am [[DOB|19. Mai 1988]] in Wrocław (Polen), ledig, polnisch, ausgewiesen durch Reisepass Nr. [[PASS|EK{I.digits(7)}]], wohnhaft ebenda

Die Verlobten erklären, die Ehe miteinander eingehen zu wollen. Vorgelegt wurden: beglaubigter Registerausdruck aus dem Geburtenregister für Herrn [[P|Brunner]], internationale Geburtsurkunde und Ehefähigkeitszeugnis des Standesamts Wrocław für Herrn [[P|Wiśniewski]]. Die Lebenspartnerschaft besteht nicht. Trauzeugen werden nicht benannt.

Gewünschter Termin: Samstag, 20.09.2025, 11:00 Uhr, Trauungsraum im Schloss Waldmünchen.
Die Verlobten wollen den Ehenamen [[P|Brunner]] führen; Herr [[P|Wiśniewski]] wird seinen Geburtsnamen als Begleitnamen voranstellen ([[P|Wiśniewski-Brunner]]).

Vorgelesen, genehmigt, unterschrieben.
[[P|Florian Brunner]]   [[P|Tomasz Wiśniewski]]
Standesbeamtin: [[P|Gertraud Fischer]]""", ["SEXUAL_ORIENTATION"])

# 15 Slovak commuter, German/English, Kita fee, Slovak IBAN
ib15 = group(I.iban("SK", 20), 4)
add("outlook", "kita_gebuehr", f"""From: [[P|Zuzana Kováčová]] <[[E|zuzka.kovacova@azet.sk]]>
To: [[N|kita@waldmuenchen.de]]
Subject: Kita Gebühr – SEPA with Slovak account?

Hello / Guten Tag,

my daughter [[P|Nela]] goes since September to Kita St. Stephan (Gruppe Igel). We received the Gebührenbescheid (Kassenzeichen [[AZ|5.2025.101277]]) for 182 EUR per month. Can you take the money from my Slovak account? IBAN [[IBAN|{ib15}]], Kontoinhaber [[P|Martin Horváth]] (my partner, [[P|Nela's]] father). SEPA should work in whole EU I think.

We live in [[A|Eschlkamer Straße 40]], [[A|93449 Waldmünchen]], since we both work at the hospital in Cham.

Thank you very much, dakujem!
[[P|Zuzana Kováčová]]
[[T|+421 905 447 120]]""")

# 16 Ordnungsamt Verwarnungen list, German and Czech plates
add("word", "verwarnung_liste", f"""Stadt Waldmünchen – Ordnungsamt / Kommunale Verkehrsüberwachung
Tagesliste ruhender Verkehr, Dienstag 12.08.2025, Überwacher: [[P|Bierl]] / [[P|Kolb]]

Lfd. | Uhrzeit | Ort                         | Kennzeichen    | Tatbestand                    | Betrag
1    | 08:42   | Marktplatz, Behindertenpl.  | [[KFZ|CHA-RZ 418]]     | Parken auf Schwerbeh.-Parkplatz | 55 EUR
2    | 09:10   | Schloßhof                   | [[KFZ|3P4 7721]]       | Parken im Halteverbot           | 25 EUR
3    | 10:27   | Bahnhofstraße 5             | [[KFZ|R-KM 2207]]      | Parkscheibe fehlt               | 20 EUR
4    | 11:55   | Marktplatz                  | [[KFZ|CHA-A 88]]       | Parkzeit überschritten (45 min) | 30 EUR
5    | 13:03   | Schmiedgasse                | [[KFZ|2P8 3190]]       | Gehwegparken                    | 55 EUR

Bemerkung zu Nr. 2 und 5: tschechische Kennzeichen, Fahrer nicht angetroffen; Verwarnungen am Fahrzeug hinterlassen, bei Nichtzahlung über Zentrale Bußgeldstelle (Viechtach) zur Halterermittlung.
Bemerkung zu Nr. 4: Fahrer (Herr [[P|Wolfgang Gschwendtner]], Anwohner) widerspricht vor Ort, Bewohnerparkausweis lag angeblich im Handschuhfach.

Az. der Sammelliste: [[AZ|OA-VÜ-2025-0812]]""")

# 17 Fundbüro, ID card with check digit
idc17 = I.id_card(check_digit=True)
add("outlook", "fundbuero", f"""Von: Fundbüro Waldmünchen <[[N|fundbuero@waldmuenchen.de]]>
An: [[E|ionut.popescu1979@yahoo.com]]
Betreff: Ihre Geldbörse – Fundsache Nr. [[AZ|2025/148]]

Guten Tag Herr [[P|Popescu]],

in der Fundstelle der Stadt Waldmünchen wurde am 03.10.2025 eine schwarze Geldbörse abgegeben (Fundort: Festplatz Trenck-Festspiele). Darin befinden sich u. a. ein deutscher Personalausweis auf Ihren Namen ([[P|Ionuț Popescu]], Ausweis-Nr. [[IDC|{idc17}]]), eine rumänische Fahrerlaubnis und ca. 35 EUR Bargeld.

Die Geldbörse können Sie zu den Öffnungszeiten im Bürgerbüro (Zimmer 3) gegen Vorlage eines Lichtbildausweises abholen. Falls Ihre Ehefrau [[P|Andreea]] die Sachen abholt, benötigen wir eine schriftliche Vollmacht.

Mit freundlichen Grüßen
[[P|Teresa Kolb]]
Bürgerbüro / Fundbüro
Telefon {ZENTRALE}""")

# 18 Sozialamt Grundsicherung, Spätaussiedlerin, Pflegegrad, HEALTH
ssn18 = I.social_security("070445", "I"); kv18 = I.health_insurance()
add("word", "grundsicherung", f"""Landratsamt Cham – Sozialamt
über: Stadt Waldmünchen, Antragsannahme

Frau
[[P|Valentina Schmidt]]
[[A|Heinrich-Böll-Straße 6]], Whg. 4
[[A|93449 Waldmünchen]]

Geschäftszeichen: [[AZ|S2-4101-GS-1188]]
Cham, 30.06.2025

Bescheid über Leistungen der Grundsicherung im Alter nach dem Vierten Kapitel SGB XII

Sehr geehrte Frau [[P|Schmidt]],

auf Ihren Antrag vom 12.05.2025 (aufgenommen in der Stadtverwaltung Waldmünchen durch Frau [[P|Kolb]]) bewilligen wir Ihnen ab 01.05.2025 monatlich 412,37 EUR. Berücksichtigt wurden Ihre Altersrente (Rentenversicherungsnummer [[SSN|{ssn18}]]) von 689,20 EUR und die Fremdrente nach dem FRG.

Wegen des bei Ihnen festgestellten Pflegegrades 3 und der Mehrbedarfe bei kostenaufwändiger Ernährung (Niereninsuffizienz, Attest [[P|Dr. Pöschl]]) wird ein Mehrbedarf von 10 % des Regelsatzes anerkannt. Krankenversicherung: AOK Bayern, Versichertennummer [[KV|{kv18}]].

Ihre Tochter, Frau [[P|Irina Becker]] geb. [[P|Iwanowa]], wurde als Bevollmächtigte eingetragen.

Mit freundlichen Grüßen
Im Auftrag
[[P|Peter Wolf]]""", ["HEALTH"])

# 19 internal note Bauhof road closure, mentions institutions only
add("outlook", "bauhof_sperrung", f"""Von: [[P|Wittmann]], [[P|Korbinian]] <[[E|k.wittmann@waldmuenchen.de]]>
An: Bauhof; Ordnungsamt; Feuerwehr
Betreff: Vollsperrung Schwarzachbrücke 13.–24.10.

Hallo zusammen,

die Schwarzachbrücke (Bauwerk BW 4/12) wird vom 13. bis 24.10.2025 für die Fahrbahnsanierung voll gesperrt. Umleitung über die St 2400 und Höll, Beschilderung nach Verkehrsrechtlicher Anordnung Nr. 37/2025. Auftragssumme 86.420,15 EUR brutto, Firma Strabag, Bauleiter vor Ort erreichbar über unsere Zentrale {ZENTRALE}.

Betroffen: Schulbus Linie 1052 (Haltestelle verlegt zur Evangelischen Kirche), Zufahrt Gesundheitsamt-Außenstelle und Diakonie-Sozialstation über die Rückseite. Rettungsdienst und Feuerwehr sind informiert, die Durchfahrt für Einsatzfahrzeuge bleibt am 18./19.10. offen.

Bitte Aushang im Schaukasten bis Freitag.

Gruß
[[P|Korbinian Wittmann]]
Bauamt""")

# 20 Wahlvorschlag, POLITICS
add("word", "wahlvorschlag", f"""Wahlvorschlag für die Wahl des Stadtrats in Waldmünchen am 08.03.2026
Bezeichnung des Wahlvorschlags: Freie Wähler Waldmünchen – Bürgerliste

Nr. | Familienname, Vorname, Titel | Geburtsjahr | Beruf | Anschrift
1 | [[P|Rackl, Günther]] | 1968 | Landwirtschaftsmeister | [[A|Herzogau 9]], [[A|93449 Waldmünchen]]
2 | [[P|Zistler-Lommer, Monika]] | 1975 | Steuerfachangestellte | [[A|Am Weinberg 21]], [[A|93449 Waldmünchen]]
3 | [[P|Dr. Ertl, Bernhard]] | 1959 | Zahnarzt | [[A|Ludwigstraße 3]], [[A|93449 Waldmünchen]]
4 | [[P|Çelik, Derya]] | 1992 | Pflegefachfrau | [[A|Kolpingstraße 11]], [[A|93449 Waldmünchen]]
5 | [[P|Mühlbauer, Brigitte]] | 1961 | Rentnerin | [[A|Brunnenweg 4]], [[A|93449 Waldmünchen]]

Die Bewerberinnen und Bewerber sind Mitglieder der Wählergruppe; Frau [[P|Çelik]] ist zusätzlich Mitglied der SPD und hat erklärt, nicht auf einem weiteren Wahlvorschlag zu kandidieren (Art. 24 Abs. 4 GLKrWG).
Beauftragte Person: [[P|Monika Zistler-Lommer]], Tel. [[T|09972 902541]]
Stellvertretung: [[P|Bernhard Ertl]]

Eingang beim Wahlleiter: 12.12.2025, 10:35 Uhr – [[P|Gruber-Seidl]]""", ["POLITICS"])

# 21 Turkish non-native writer, Wohngeld
add("outlook", "wohngeld_nonnative", f"""Betreff: wohngeld antrag frage

Sehr geerte Damen und Herren

Ich heisse [[P|Ayşe Demir]], ich habe Wohngeld antrag gegeben im August aber noch keine antwort. Mein Mann [[P|Hüseyin]] hat jetzt neue arbeit bei [[N|Zollner Elektronik]] in Zandt, weniger geld weil nur teilzeit. Muss ich neue Lohnabrechnung schicken oder alles neu machen? Wir sind 5 person, 3 Kinder ([[P|Emre]], [[P|Zeynep]], [[P|Kerem]]).

Adresse: [[A|Further Str. 18]] [[A|93449 Waldmünchen]]
Telefon [[T|0157-32019845]]

Vielen dank
[[P|Ayse Demir]]
Gesendet von meinem iPhone""")

# 22 Einbürgerung, Kosovar, BIOMETRIC
pa22 = "P0" + I.digits(7)
add("word", "einbuergerung", f"""Landratsamt Cham – Staatsangehörigkeitsbehörde
Abdruck an: Stadt Waldmünchen, Standesamt/Bürgerbüro

Herrn
[[P|Driton Gashi]]
[[A|Sudetenstraße 5]]
[[A|93449 Waldmünchen]]

Unser Zeichen: [[AZ|StA-1213-0456/2025]]
Cham, 18.08.2025

Ihr Antrag auf Einbürgerung vom 03.02.2025

Sehr geehrter Herr [[P|Gashi]],

Ihr Einbürgerungsantrag ist entscheidungsreif. Zur Aushändigung der Einbürgerungsurkunde bitten wir Sie am 25.09.2025 um 9:30 Uhr ins Landratsamt, Zimmer 114. Bringen Sie bitte Ihren kosovarischen Reisepass (Nr. [[PASS|{pa22}]]) und den elektronischen Aufenthaltstitel mit.

Für den Antrag auf Ausstellung des deutschen Personalausweises werden bei der Stadt Waldmünchen ein biometrisches Lichtbild sowie Ihre Fingerabdrücke (linker und rechter Zeigefinger) erfasst. Ihre Ehefrau [[P|Besa Gashi]], geb. [[P|Berisha]], wird in das Verfahren miteinbezogen (§ 10 Abs. 2 StAG); für sie gilt der gleiche Termin.

Mit freundlichen Grüßen
Im Auftrag
[[P|Dr. Cornelia Haberl]]""", ["BIOMETRIC"])

# 23 Vaterschaft / DNA, GENETIC
add("outlook", "vaterschaft_gutachten", f"""Von: [[P|Andreea Stoica]] <[[E|andreea.stoica@web.de]]>
An: [[N|standesamt@waldmuenchen.de]]
Cc: [[E|kanzlei@ra-hutter-cham.de]]
Betreff: Geburtsurkunde [[P|Luca]] – Vaterschaft

Sehr geehrte Frau [[P|Fischer]],

wie am Telefon besprochen sende ich Ihnen das Abstammungsgutachten des Instituts in München. Danach ist Herr [[P|Cristian Munteanu]] mit einer Wahrscheinlichkeit von 99,99 % der biologische Vater meines Sohnes [[P|Luca Stoica]], geb. [[DOB|04.04.2025]] in Cham. Mein früherer Ehemann, Herr [[P|Radu Stoica]], hat die Vaterschaft beim Familiengericht angefochten (Az. [[AZ|2 F 318/25]], AG Cham), der Beschluss ist seit 11.09. rechtskräftig.

Herr [[P|Munteanu]] will die Vaterschaft jetzt bei Ihnen anerkennen. Geht das auch, wenn er in Rumänien wohnt ([[A|Strada Mihai Eminescu 27]], [[A|400011 Cluj-Napoca]])? Er ist nur im November zwei Wochen in Deutschland.

Mit freundlichen Grüßen
[[P|Andreea Stoica]]
[[A|Rötzer Straße 2a]], [[A|93449 Waldmünchen]]
[[T|0178 6610935]]""", ["GENETIC"])

# 24 Kasse Mahnung
add("word", "mahnung", f"""Stadt Waldmünchen · Stadtkasse
{STADT}

Herrn
[[P|Sergej Fischer]]
[[A|Am Kalvarienberg 19]]
[[A|93449 Waldmünchen]]

Kassenzeichen: [[AZ|1.2025.330514]]
Datum: 07.11.2025

2. Mahnung – Ankündigung der Zwangsvollstreckung

Sehr geehrter Herr [[P|Fischer]],

trotz Mahnung vom 06.10.2025 sind folgende Beträge noch offen:

Hundesteuer 2025 (2 Hunde)           144,00 EUR
Abwassergebühren III/2025              87,32 EUR
Mahngebühren                             10,00 EUR
Säumniszuschläge (Art. 18 KAG)           4,00 EUR
Summe                                  245,32 EUR

Bitte überweisen Sie den Betrag bis 21.11.2025 auf das Konto der Stadtkasse, IBAN {STADT_IBAN}, BIC [[N|BYLADEM1CHA]]. Geht bis dahin keine Zahlung ein, werden wir ohne weitere Ankündigung die Vollstreckung nach dem VwZVG einleiten (z. B. Kontopfändung).

Mit freundlichen Grüßen
[[P|Christine Schießl]]
Stadtkasse – [[N|stadtkasse@waldmuenchen.de]]""")

# 25 farmer dialect mail, Feldweg
add("outlook", "feldweg_dialekt", f"""Von: [[E|sepp.eckl.jun@gmx.de]]
An: [[E|k.wittmann@waldmuenchen.de]]
Betreff: Feldweg Ulrichsgrün – Fl.Nr. 1044

Servus [[P|Korbi]],

da Weg zu meine Wiesn hinter da Kapelle (Fl.Nr. 1044, Gemarkung Ulrichsgrün) is nach dem Unwetter komplett ausgschwemmt, do kummst mit'm Bulldog nimmer durch, vom Güllefass gar ned zum redn. Der [[P|Rackl Günther]] hod gsagt, der Bauhof kimmt ersd im Frühjahr?? Des geht ned, i muas no zwoamoi mahn und s'Heu eina.

Kannst ned schaun dass do wer mit'm Radlader vorbeikimmt? I dad a Fuhre Schotter aus'm eigenen Bruch stelln.

Mei Nummer hast ja: [[T|0170 2283175]]

Pfiat di
[[P|Sepp]]
([[P|Josef Eckl]] jun., [[A|Ulrichsgrün 12]])

PS: Wennst an Schotter abrechnen muasst – [[N|Eckl Agrar GbR]], USt-IdNr. [[VAT|{I.vat_id()}]]""")

# 26 pasted table Schülerbeförderung Haltestellen
add("word", "schulbus_liste", f"""Schülerbeförderung 2025/26 – Buslinie Herzogau, Sammelliste für den Busunternehmer (Fa. Stoiber Reisen)
Stand 01.09.2025 – nur für den Dienstgebrauch

Haltestelle     | Schüler/in                 | Schule / Klasse      | Notfallkontakt
Herzogau Ort    | [[P|Eckl, Jonas]]                | BS Cham              | [[T|0176 23419087]]
Herzogau Ort    | [[P|Zollner, Leonie]]            | GS Waldmünchen 2a    | [[T|09972 3317]] (Oma [[P|Zollner]])
Gmünd           | [[P|Al-Hassan, Yara]]            | MS Waldmünchen 6b    | [[T|0152 54430981]] (Vater [[P|Mohammed Al-Hassan]])
Gmünd           | [[P|Al-Hassan, Omar]]            | GS Waldmünchen 3a    | wie oben
Ulrichsgrün     | [[P|Aydın, Elif]]                | RS Waldmünchen 6c    | [[T|0157 71283340]]
Ulrichsgrün     | [[P|Okafor, Chidi]]              | GS Waldmünchen 1b    | [[T|0163 9902718]] (Mutter [[P|Chiamaka Okafor]])

Hinweis: Für [[P|Chidi]] holt donnerstags die Tagesmutter Frau [[P|Lindner]] ab, Ausstieg Marktplatz.
Busunternehmer Leitstelle: [[N|09972 1240]]""")

# 27 Vereinsförderung application from sport club chair; association IBAN neutral, disability word about no one
add("outlook", "vereinsfoerderung_antrag", f"""Von: [[P|Hubert Pscherer]] <[[E|h.pscherer@tsv-waldmuenchen.de]]>
An: [[N|rathaus@waldmuenchen.de]]
Betreff: Antrag Vereinsförderung 2026 – Inklusionssportgruppe

Sehr geehrter Herr Bürgermeister [[P|Ackermann]],

im Namen der Vorstandschaft beantrage ich einen Zuschuss für unsere neue Inklusionssportgruppe (Sport für Menschen mit und ohne Behinderung) ab Januar 2026. Gesamtkosten laut Kostenplan 4.350 EUR (Übungsleiterlizenz 1.100 EUR, Sportrollstühle gebraucht 2.800 EUR, Hallenzeiten 450 EUR). Eigenmittel 1.500 EUR, BLSV-Zuschuss beantragt.

Bankverbindung des Vereins: Sparkasse im Landkreis Cham, IBAN [[N|DE19 7425 0000 0040 1177 30]].

Ansprechpartnerin für die Gruppe ist unsere Übungsleiterin [[P|Katarzyna Nowak]], erreichbar unter [[T|0151 66021387]].

Mit sportlichen Grüßen
[[P|Hubert Pscherer]]
1. Vorsitzender TSV Waldmünchen 1893 e.V.
privat: [[A|Ringstraße 44]], [[A|93449 Waldmünchen]], [[T|09972 1877]]""")

# 28 Ukrainian refugee email in English, passport, phones
pa28 = "FE" + I.digits(6)
add("outlook", "wohnsitzauflage_englisch", f"""Subject: Wohnsitzauflage – moving to Regensburg for job

Dear Mrs. [[P|Hastreiter]],

my name is [[P|Dmytro Shevchuk]], I live in Waldmünchen since 2022 ([[A|Am Stadtpark 10]]). I got a job offer as electrician in Regensburg starting 1 December. The Ausländerbehörde said I need a confirmation from the city that I am deregistered, and the Landratsamt Regensburg needs my new contract. Can I do the Abmeldung by email? My passport number is [[PASS|{pa28}]], date of birth [[DOB|17.07.1994]]. My Steuer-ID for the new employer is [[TID|{I.tax_id()}]] – is it the same after moving?

My wife [[P|Iryna]] and our son [[P|Artem]] will move together with me. New address: [[A|Kumpfmühler Str. 52]], [[A|93051 Regensburg]].

Best regards,
[[P|Dmytro Shevchuk]]
[[T|+380 67 412 8830]] (WhatsApp) / [[T|0155 10422976]]
[[E|d.shevchuk94@ukr.net]]""")

# 29 Hundesteuer paid by credit card in email
cc29 = group(I.credit_card("4", 16), 4)
add("outlook", "hundesteuer_kreditkarte", f"""Von: [[E|g.hoelzl.privat@icloud.com]]
An: [[N|stadtkasse@waldmuenchen.de]]
Betreff: Hundesteuer Kassenzeichen [[AZ|1.2025.330877]] – Zahlung per Kreditkarte?

Hallo liebes Kassen-Team,

ich bin gerade im Urlaub in Kroatien und hab die Zahlungserinnerung für die Hundesteuer (Kassenzeichen [[AZ|1.2025.330877]], 72 EUR für unseren Dackel) bekommen. Online-Banking geht hier grad nicht. Könnt ihr das einfach von meiner Visa abbuchen?

Karte: [[CC|{cc29}]], gültig bis 08/28, Inhaberin [[P|Gabriele Hölzl]]

Den Prüfcode schick ich lieber nicht per Mail 😉 – ruft mich halt kurz an: [[T|0160 3348812]].

Danke & liebe Grüße
[[P|Gabi]]""".replace("😉", ";-)"))

# 30 internal forwarded chain, Meldebescheinigung Vietnamese/African family, nicknames, credit card in quoted mail
cc30 = group(I.credit_card("52", 16), 4)
add("outlook", "meldebescheinigung_intern", f"""Von: [[P|Kolb]], [[P|Teresa]] <[[E|t.kolb@waldmuenchen.de]]>
An: [[P|Hastreiter]], [[P|Maria-Theresia]]
Betreff: AW: Meldebescheinigung [[P|Tesfaye]] + Kartenzahlung

Hi [[P|Resi]],

hab die erweiterte Meldebescheinigung für Herrn [[P|Tesfaye]] fertig, liegt bei dir im Fach. Die Kartennummer aus seiner Mail hab ich NICHT ins Kassenprogramm übernommen, sondern ihn angerufen ([[T|0176 55093418]]) – er kommt Montag und zahlt am Terminal. Mail bitte löschen wegen Datenschutz!

[[P|Tessi]]

> Von: [[P|Abebe Tesfaye]] <[[E|abebe.tesfaye@gmx.net]]>
> Gesendet: Freitag, 17. Oktober 2025 22:03
> An: [[N|buergerbuero@waldmuenchen.de]]
> Betreff: Meldebescheinigung
>
> Sehr geehrte Damen und Herren, ich brauche eine erweiterte Meldebescheinigung für mich und meine Frau [[P|Selamawit Tesfaye-Gebre]] für die Familienkasse. Wir wohnen [[A|Grabenstraße 7]], [[A|93449 Waldmünchen]], seit 01.03.2024. Die Gebühr können Sie von meiner Mastercard [[CC|{cc30}]] nehmen, Ablauf 11/27.
> Mit freundlichen Grüßen, [[P|Abebe Tesfaye]]""")

assert len(D) == 30, len(D)
out = os.path.join(HERE, "fresh67.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for n, (ch, tpl, txt, flags) in enumerate(D, 1):
        f.write(json.dumps(build(f"F67-{n:03d}", ch, tpl, txt, flags), ensure_ascii=False) + "\n")
print("wrote", out)
