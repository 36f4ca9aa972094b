"""Batch 62: held-out test documents, Kreisstadt Strandow (invented), Mecklenburg-Vorpommern, Baltic coast."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # marks.py and identifiers.py sit beside this file
from marks import build  # noqa: E402
from identifiers import Identifiers, mod97_iban, group  # noqa: E402

ids = Identifiers(6262)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh62.jsonl")

# city's own data (neutral)
CITY_IBAN = group(ids.iban_de(), 4)
# identifiers of private persons
iban01 = group(ids.iban_de(), 4)
tnr01 = ids.tax_number_bavaria()            # MV layout FFF/BBB/UUUUP
iban_pl03 = "PL" + ids.iban("PL", 24)[2:]
pass_pl03 = "E" + "K" + ids.digits(7)        # Polish passport: 2 letters + 7 digits
pass_ge04 = ids.digits(2) + "AB" + ids.digits(5)  # Georgian passport
ssn05 = ids.social_security("140344", "P")
kv05 = ids.health_insurance()
iban05 = group(ids.iban_de(), 4)
kv06 = ids.health_insurance()
cc09 = ids.credit_card("4", 16)
pass_ua11 = "FX" + ids.digits(6)
iban11 = ids.iban_de()
tid12 = ids.tax_id()
idc14 = ids.id_card(check_digit=True)
idc15a = ids.id_card(check_digit=True)
idc15b = ids.id_card()
tid17 = ids.tax_id()
ssn17 = ids.social_security("020503", "O")
kv17 = ids.health_insurance()
iban17 = group(ids.iban_de(), 4)
tnr19 = ids.tax_number_bavaria()
vat19 = ids.vat_id()
iban19 = group(ids.iban_de(), 4)
cc22 = ids.credit_card("5", 16)
vat23 = ids.vat_id()
ssn24 = ids.social_security("110761", "K")
kv24 = ids.health_insurance()
iban26 = group(ids.iban_de(), 4)
tid26 = ids.tax_id()
idc27 = ids.id_card(check_digit=True)
kv28 = ids.health_insurance()
cc28 = ids.credit_card("4", 16)
tnr30 = "4" + "081" + "0" + ids.digits(8)   # 13-digit federal form, MV prefix 4
iban_ge04 = mod97_iban("GE", "TB" + ids.digits(16))
iban_ua11 = mod97_iban("UA", ids.digits(25))
vat09 = ids.vat_id()

SW = "[[N|03821 7740-0]]"
DOCS = []


def doc(channel, template, text, flags=()):
    DOCS.append((channel, template, text, list(flags)))


# 1 Zweitwohnungssteuer objection, formal
doc("outlook", "zweitwohnungssteuer-widerspruch", f"""Betreff: Widerspruch Zweitwohnungssteuerbescheid 2025 – Kassenzeichen [[AZ|ZWS-2025-00418]]

Sehr geehrte Damen und Herren,

gegen den Bescheid über die Zweitwohnungssteuer vom 12.03.2025 lege ich hiermit fristgerecht Widerspruch ein.

Die Wohnung in der [[A|Dünenweg 14a]], Whg. 3, wird von mir nicht als Zweitwohnung genutzt, sondern ausschließlich als Ferienwohnung an Gäste vermietet (Belegung 2024: 187 Nächte, Eigennutzung 0 Tage). Die Einkünfte erkläre ich beim Finanzamt Stralsund unter der Steuernummer [[TNR|{tnr01}]]. Nach § 2 Abs. 3 der Zweitwohnungssteuersatzung ist eine reine Kapitalanlage nicht steuerpflichtig.

Ich bitte um Aufhebung des Bescheids und Erstattung der bereits gezahlten 1.146,00 EUR auf mein Konto:
Kontoinhaber: [[P|Hans-Joachim von Bülow]]
IBAN: [[IBAN|{iban01}]]

Mit freundlichen Grüßen

[[P|Dr. Hans-Joachim von Bülow]]
[[A|Wundtstraße 40]]
[[A|14057 Berlin]]
Tel. [[T|030 3218 8841]] / mobil [[T|0172 4410 936]]
[[E|hj.vonbuelow@t-online.de]]""")

# 2 Steueramt notice
doc("word", "zws-bescheid", f"""Kreisstadt Strandow · Der Bürgermeister · Amt für Finanzen / Steuern
[[N|Markt 1]] · [[N|18347 Strandow]]

Familie
[[P|Thi Lan Nguyen]] und [[P|Duc Anh Tran]]
[[A|Lindenallee 7]]
[[A|12587 Berlin]]

Kassenzeichen: [[AZ|6.0320.114562]]
Datum: 03.02.2025
Bearbeiterin: Frau [[P|Köpke]], Zimmer 2.14

Bescheid über die Festsetzung der Zweitwohnungssteuer für das Kalenderjahr 2025

Sehr geehrte Frau [[P|Nguyen]], sehr geehrter Herr [[P|Tran]],

aufgrund Ihrer Erklärung vom 18.01.2025 für die Wohnung [[A|Strandstraße 22]], [[A|18347 Strandow]], setze ich die Zweitwohnungssteuer gemäß §§ 2, 5 der Satzung über die Erhebung einer Zweitwohnungssteuer in der Kreisstadt Strandow vom 14.11.2019 wie folgt fest:

Jahresrohmiete (fiktiv)      6.480,00 EUR
Steuersatz                    12 %
Jahressteuer                    777,60 EUR

Die Steuer wird zu je einem Viertel am 15.02., 15.05., 15.08. und 15.11. fällig. Bitte überweisen Sie unter Angabe des Kassenzeichens auf das Konto der Stadtkasse Strandow bei der Sparkasse Vorpommern, IBAN [[N|{CITY_IBAN}]].

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Kreisstadt Strandow, Der Bürgermeister, [[N|Markt 1]], [[N|18347 Strandow]], erhoben werden.

Mit freundlichen Grüßen
Im Auftrag

[[P|Anke Köpke]]
Sachbearbeiterin Steuern
Telefon {SW} · [[N|steuern@strandow.de]]""")

# 3 Polish seasonal worker, broken German / English
doc("outlook", "zws-saisonarbeiter", f"""Betreff: Zweitwohnung Steuer - ich bin nicht Tourist!!

Guten Tag,

mein Name ist [[P|Paweł Wiśniewski]], ich arbeite seit April in die Fischverarbeitung bei [[P|Firma Henning Lübcke]] in Strandow, Saison bis Oktober. I got a letter from you, Zweitwohnungssteuer 312 Euro. I live in a room in container at [[A|Hafenstraße 3]], together with 3 colleagues, this is not a holiday flat. My main home is in Poland, [[A|ul. Kolejowa 17/4]], [[A|76-200 Słupsk]].

Aktenzeichen von Brief ist [[AZ|ZWS-2025-01377]].

Please can you stop this. If I must pay already, please send money back to my polish account:
[[IBAN|{iban_pl03}]] (PKO BP)

Passport: [[PASS|{pass_pl03}]], geboren [[DOB|22.08.1991]]

My phone is [[T|+48 601 223 984]], in Germany [[T|0157 3392 1180]]. Email [[E|pawel.wisniewski91@wp.pl]]

Danke schön und sorry for my German
Paweł""")
DOCS[-1] = (DOCS[-1][0], DOCS[-1][1], DOCS[-1][2].replace("\nPaweł", "\n[[P|Paweł]]").replace("bei [[P|Firma Henning Lübcke]]", "bei Firma [[P|Henning Lübcke]]"), DOCS[-1][3])

# 4 Ausländerbehörde letter to Georgian worker
doc("word", "auslaenderbehoerde-beschaeftigung", f"""Landkreis Vorpommern-Rügen – Ausländerbehörde, Außenstelle Strandow
[[N|Am Bollwerk 2]], [[N|18347 Strandow]]

Herrn
[[P|Giorgi Beridze]]
c/o Obsthof [[P|Marquardt]]
[[A|Ausbau 4]]
[[A|18347 Strandow-Wieck]]

Unser Zeichen: [[AZ|31.2-AB-2025/0682]]
Strandow, 27.05.2025

Ihr Antrag auf Erteilung einer Aufenthaltserlaubnis zur Saisonbeschäftigung (§ 19c AufenthG i. V. m. § 15a BeschV)

Sehr geehrter Herr [[P|Beridze]],

Ihr Antrag vom 06.05.2025 ist hier eingegangen. Zur weiteren Bearbeitung fehlen noch folgende Unterlagen:

1. Kopie Ihres georgischen Reisepasses Nr. [[PASS|{pass_ge04}]] (alle Seiten mit Einträgen),
2. Arbeitsvertrag mit dem Obsthof [[P|Marquardt]], unterschrieben von beiden Seiten,
3. Nachweis der Unterkunft (Mietvertrag oder Bescheinigung des Arbeitgebers),
4. Nachweis über Krankenversicherungsschutz.

Geburtsdatum laut Antrag: [[DOB|3. Oktober 1998]], Geburtsort: Kutaissi.

Die Bundesagentur für Arbeit wurde am 08.05.2025 beteiligt. Bitte reichen Sie die Unterlagen bis zum 20.06.2025 ein. Für eine Rücküberweisung der Gebühr von 100,00 EUR haben Sie ein Konto bei der TBC Bank angegeben ([[IBAN|{iban_ge04}]]); eine Erstattung ist nur bei Rücknahme des Antrags möglich.

Telefonisch erreichen Sie mich dienstags und donnerstags unter [[N|03821 7740-312]]. Ihr Arbeitgeber hat als Rückrufnummer [[T|+995 599 41 27 08]] angegeben; wir bitten um eine deutsche Mobilnummer.

Mit freundlichen Grüßen
Im Auftrag
[[P|Nadine Wendt-Ruhnau]]""")

# 5 Elderly resident, hand-typed, Low German, Grundsicherung, health
doc("outlook", "grundsicherung-brief", f"""An das Sozialamt Strandow
z.Hd. Frau [[P|Dühring]]

Strandow, den 4.9.2025

Betr.: Grundsicherung im Alter, mein Zeichen [[AZ|50.3-GS-1187/23]]

Sehr geehrte Frau [[P|Dühring]],

ick schriew Ihnen dat man so, wie dat kümmt, mien Enkel [[P|Jannik]] hett mi dat Schriewen op den Computer wiest.
Ich bin [[P|Erna Pagels]], geb. [[DOB|14.03.1944]], wohne [[A|Fischerkathen 9]] in [[A|18347 Strandow]].
Nu is mi dat Geld wedder knapp worden. Die Rente ist bloß 742,18 Euro, Rentenversicherungsnummer [[SSN|{ssn05}]].
Durch den Zucker und das Bein (Amputation links 2022) brauch ich jetzt jeden Tag den Pflegedienst, und die Zuzahlung für die Medikamente und die Fahrten zur Dialyse nach Stralsund kann ich nich mehr aufbringen. Krankenkasse AOK Nordost, Versichertennummer [[KV|{kv05}]].

Bitte prüfen Sie ob ich Mehrbedarf kriegen kann. Das Geld bitte wie immer auf mein Konto [[IBAN|{iban05}]].

Wenn Sie Fragen haben, mien Dochter [[P|Gisela Behnke]] kümmert sich, Telefon [[T|038231 45 672]]. Ich selbst hör nich mehr so gut am Telefon.

Mit fründlichen Grööt
Ihre [[P|Erna Pagels]]""", ["HEALTH"])

# 6 Pflegestützpunkt note
doc("word", "pflegestuetzpunkt-vermerk", f"""Pflegestützpunkt Strandow – Beratungsvermerk (intern)

Datum: 16.07.2025        Beraterin: [[P|K. Steinhagen]]
Ratsuchende/r: [[P|Marlies Lüth]] (Ehefrau) für [[P|Friedrich-Wilhelm Lüth]], geb. [[DOB|02.12.1936]]
Anschrift: [[A|Kapitänsweg 5]], [[A|18347 Strandow]]
Tel.: [[T|03821 61 94 07]]
Pflegekasse: Techniker Krankenkasse, KVNR [[KV|{kv06}]]

Anlass: Herr [[P|Lüth]] zunehmend desorientiert (ärztl. Diagnose: vaskuläre Demenz, Hausärztin [[P|Dr. Sievert]]), Sturz im Juni, seitdem Rollator. Frau [[P|Lüth]] (88) selbst herzkrank, mit Grundpflege überfordert. Sohn [[P|Ralf]] lebt in Hamburg, kommt alle zwei Wochen.

Beratungsinhalt:
- Antrag auf Höherstufung (derzeit Pflegegrad 2) vorbereitet, Formular mitgegeben
- Tagespflege „Haus Seeblick" empfohlen, 2 Tage/Woche
- Hinweis Entlastungsbetrag 131 EUR/Monat, Verhinderungspflege
- Hausnotruf: Angebot DRK liegt vor

Nächster Termin: Hausbesuch 30.07.2025, 10:00 Uhr, gemeinsam mit Sohn.
gez. [[P|Steinhagen]]""", ["HEALTH"])

# 7 Bürgerinitiative e-mail, politics (party membership)
doc("outlook", "bi-windpark", f"""Von: Bürgerinitiative Gegenwind Boddenküste <[[E|gegenwind.boddenkueste@gmx.de]]>
An: [[N|bauamt@strandow.de]]
Betreff: Einwendung zum Entwurf B-Plan Nr. 41 „Windeignungsgebiet Strandow-Nord"

Sehr geehrte Damen und Herren,

im Namen der Bürgerinitiative Gegenwind Boddenküste (derzeit 312 Unterschriften) erheben wir Einwendungen gegen den Entwurf des B-Plans Nr. 41 in der Fassung vom 02.06.2025. Die geplanten Anlagen mit 250 m Gesamthöhe liegen nur 850 m von der Wohnbebauung am Mühlenberg entfernt, das widerspricht der 10-H-Regel, die wir fordern. Die ausführliche Begründung mit Gutachten zum Vogelzug liegt als PDF bei.

Persönlich möchte ich anmerken: Ich bin seit 1994 Mitglied der SPD und habe die Energiewende immer unterstützt. Gerade deshalb ärgert es mich, wie hier über die Köpfe der Anwohner hinweg geplant wird. Mein Parteifreund [[P|Detlef Rahn]] aus dem Ortsverein sieht das übrigens genauso.

Ansprechpartner für die BI:
[[P|Uwe „Matze" Matzke]], [[A|Mühlenberg 12]], [[A|18347 Strandow]], Tel. [[T|0160 9127 4455]]
[[P|Svenja Ohlsen-Karimi]], [[E|svenja.ohlsen@posteo.de]]

Mit freundlichen Grüßen
[[P|Uwe Matzke]]
Sprecher der BI""", ["POLITICS"])

# 8 Minutes of residents' meeting (no special category)
doc("word", "protokoll-einwohnerversammlung", f"""Kreisstadt Strandow
Niederschrift über die Einwohnerversammlung zum Windeignungsgebiet Strandow-Nord
am 19.06.2025, 18:00–21:10 Uhr, Kurhaus, Großer Saal

Anwesend: ca. 140 Einwohnerinnen und Einwohner; Verwaltung: Bürgermeister [[P|Torsten Kiekbusch]], Bauamtsleiterin [[P|Dr. Imke Carstens]], Protokoll: [[P|Lea Wolter]]
Vorhabenträger: Nordwind Projekt GmbH, vertreten durch Herrn [[P|Bastian Vogt]]

TOP 1 Begrüßung
Herr [[P|Kiekbusch]] begrüßt die Anwesenden und verweist auf § 16 KV M-V. Das Wortprotokoll wird nicht geführt.

TOP 2 Vorstellung des Vorhabens
Herr [[P|Vogt]] stellt 7 Anlagen Typ V162 vor (Nabenhöhe 169 m). Schallgutachten Nr. 2025-114 liegt aus. Gesundheitliche Auswirkungen von Infraschall seien nach Stand der Forschung nicht nachgewiesen.

TOP 3 Aussprache
- Herr [[P|Matzke]] (BI Gegenwind) kritisiert die Abstände zur Siedlung Mühlenberg.
- Frau [[P|Hinrichs]], Vermieterin von Ferienwohnungen, befürchtet Buchungsrückgänge.
- Herr [[P|Karl-Heinz „Kalle" Dettmann]], Fischer, fragt nach Auswirkungen auf den Bodden; Frau [[P|Dr. Carstens]] sagt schriftliche Antwort zu.
- Herr [[P|Osei]] fragt, ob die Stadt an den Erträgen beteiligt wird (Bürgerbeteiligungsgesetz M-V: 0,2 ct/kWh).

TOP 4 Weiteres Verfahren
Öffentliche Auslegung voraussichtlich bis 31.08.2025, Stellungnahmen an die Stadtverwaltung, [[N|Markt 1]], [[N|18347 Strandow]] oder [[N|bauamt@strandow.de]].

Strandow, 23.06.2025
[[P|Wolter]], Protokollführerin          [[P|Kiekbusch]], Bürgermeister""")

# 9 lower-case informal, Kurtaxe refund, credit card
doc("outlook", "kurabgabe-erstattung", f"""Betreff: kurtaxe doppelt bezahlt

hallo liebe kurverwaltung,

wir waren vom 2.8. bis 16.8. in der fewo "Möwennest" bei frau [[P|hinrichs]] und haben die kurabgabe (4 personen, 2 erw. 2 kinder, 84,00 €) online über euer portal mit meiner kreditkarte bezahlt, [[CC|{cc09[:4]} {cc09[4:8]} {cc09[8:12]} {cc09[12:]}]], ablauf 09/27. dann hat die vermieterin das nochmal bar kassiert weil sie angeblich die zahlung nicht sehen konnte. buchungsnr. [[AZ|KT-25-0081734]].

könnt ihr das bitte zurück auf die karte buchen? die vermieterin sagt wir sollen uns an euch wenden.

lg [[P|jenny]] ([[P|jennifer schulte-ebbert]])
[[A|gartenstraße 8]], [[A|33602 bielefeld]]
[[T|0151 22348870]]

ps: die vermieterin hat übrigens eine USt-IdNr. auf der quittung stehen, [[VAT|{vat09}]], falls ihr das braucht""")

# 10 Kurverwaltung reply
doc("word", "kurverwaltung-antwort", f"""Kurverwaltung Ostseebad Strandow · Eigenbetrieb der Kreisstadt Strandow
[[N|Seebrückenplatz 1]] · [[N|18347 Strandow]] · Tel. [[N|03821 7740-500]] · [[N|kurverwaltung@strandow.de]]

Frau
[[P|Jennifer Schulte-Ebbert]]
[[A|Gartenstraße 8]]
[[A|33602 Bielefeld]]

Vorgang: [[AZ|KT-25-0081734]]
21.08.2025

Erstattung der Kurabgabe

Sehr geehrte Frau [[P|Schulte-Ebbert]],

vielen Dank für Ihre Nachricht. Nach Prüfung bestätigen wir, dass die Kurabgabe für den Aufenthalt vom 02.08. bis 16.08.2025 sowohl online als auch bei Ihrer Gastgeberin entrichtet wurde. Den Betrag von 84,00 EUR erstatten wir auf die Kreditkarte mit der Endung 4417, mit der Sie online gezahlt haben. Die Gutschrift erfolgt innerhalb von 10 Bankarbeitstagen.

Die Gastgeberin, Frau [[P|Hinrichs]], haben wir gebeten, die Barzahlung nicht an uns abzuführen. Bei Rückfragen wenden Sie sich gern an mich.

Wir hoffen, Sie bald wieder an der Boddenküste begrüßen zu dürfen.

Mit freundlichen Grüßen

[[P|Mirko Tesch]]
Kurverwaltung, Gästeservice""")

# 11 Ukrainian refugee, partly English
doc("outlook", "sozialamt-ukraine", f"""Subject: Leistungen AsylbLG / question about money for my son

Sehr geehrte Frau [[P|Jablonski]],

sorry I write in English, my German is only A2. My name is [[P|Oksana Melnyk]], I came from Kharkiv in March with my son [[P|Danylo Melnyk]] (born [[DOB|11.06.2015]]). We live now at [[A|Am Bahnhof 4]], Zimmer 6, [[A|18347 Strandow]].

Ich habe Brief bekommen mit Aktenzeichen [[AZ|50.2-UA-0419/25]], aber ich verstehe nicht, why the money for Danylo is less than last month. He is going to Regionale Schule since September.

My documents: Ukrainian passport [[PASS|{pass_ua11}]], Fiktionsbescheinigung from Ausländerbehörde. My German bank account is new: IBAN [[IBAN|{iban11}]] (before I gave you the Ukrainian one, [[IBAN|{iban_ua11}]], please do not use it anymore).

Phone: [[T|+49 1520 7718432]] (WhatsApp/Viber), old number [[T|+380 67 412 5509]]
E-mail: [[E|oksana.melnyk.kh@gmail.com]]

Дякую! Thank you very much
[[P|Oksana]]""")
DOCS[-1] = (DOCS[-1][0], DOCS[-1][1], DOCS[-1][2].replace("less than last month", "less than last month").replace("why the money for Danylo", "why the money for [[P|Danylo]]"), DOCS[-1][3])

# 12 Jugendamt Unterhaltsvorschuss
doc("word", "jugendamt-uvg", f"""Kreisstadt Strandow – Jugendamt – Unterhaltsvorschusskasse
[[N|Markt 3]], [[N|18347 Strandow]]

Frau
[[P|Aylin Demir-Schulz]]
[[A|Rosenweg 11]]
[[A|18347 Strandow]]

Aktenzeichen: [[AZ|51.4-UV 0233/2025]]
Datum: 08.04.2025

Ihr Antrag auf Unterhaltsvorschuss für [[P|Mehmet Emir Demir]]

Sehr geehrte Frau [[P|Demir-Schulz]],

Ihr Antrag vom 25.03.2025 für Ihren Sohn [[P|Mehmet Emir]], geboren am [[DOB|17.09.2019]], ist vollständig. Für die Bearbeitung benötigen wir noch die steuerliche Identifikationsnummer des Kindes. Auf der Kopie der Mitteilung des Bundeszentralamts ist sie nur teilweise lesbar; bitte bestätigen Sie: [[TID|{tid12}]].

Den unterhaltspflichtigen Elternteil, Herrn [[P|Serkan Demir]], zuletzt wohnhaft [[A|Neptunweg 2]], [[A|18055 Rostock]], werden wir nach § 7 UVG zur Auskunft auffordern. Sofern Ihnen eine neuere Anschrift bekannt ist, teilen Sie uns diese bitte mit.

Leistungshöhe ab 01.04.2025: 227,00 EUR monatlich (Altersstufe 6 bis 11 Jahre).

Mit freundlichen Grüßen
Im Auftrag
[[P|Benedikt Pohl]]
Telefon [[N|03821 7740-421]]""")

# 13 forwarded chain, Ordnungsamt
doc("outlook", "ordnungsamt-weiterleitung", f"""Von: [[P|Ramona Fleischer]] <[[E|r.fleischer@strandow.de]]>
Gesendet: Montag, 14. Juli 2025 08:12
An: [[P|Stefan Gräning]] <[[E|s.graening@strandow.de]]>
Betreff: WG: Wohnmobil blockiert seit Tagen Zufahrt

Moin [[P|Stefan]],

kannst du das bitte mit auf deine Runde nehmen? Kennzeichen ist laut Halteranfrage auf einen Herrn [[P|Rüdiger Quandt]] aus Magdeburg zugelassen. Die Anwohnerin ist schon ziemlich sauer.

Gruß [[P|Ramona]]

-----Ursprüngliche Nachricht-----
Von: [[P|Beate Wollin]] <[[E|beate.wollin@web.de]]>
Gesendet: Samstag, 12. Juli 2025 19:44
An: [[N|ordnungsamt@strandow.de]]
Betreff: Wohnmobil blockiert seit Tagen Zufahrt

Guten Abend,

seit Mittwoch steht ein weißes Wohnmobil mit dem Kennzeichen [[KFZ|MD-RQ 712]] quer vor unserer Grundstückszufahrt [[A|Seestraße 31]]. Mein Mann ist gehbehindert und wir kommen mit dem Auto nicht mehr raus. Daneben parkt seit gestern noch ein Transporter [[KFZ|VR-HK 2044]], der gehört wohl zu den Handwerkern vom Nachbarhaus.

Bitte kümmern Sie sich darum. Erreichbar bin ich unter [[T|0174 8816 203]].

Freundliche Grüße
[[P|Beate Wollin]]""", ["HEALTH"])

# 14 Ordnungsamt Anhörung, Romanian driver
doc("word", "anhoerung-owi", f"""Kreisstadt Strandow · Ordnungsamt · Bußgeldstelle

Herrn
[[P|Ionuț-Andrei Popescu]]
[[A|Bergstraße 17]]
[[A|18356 Barth]]

Aktenzeichen: [[AZ|32.1-OWi 25-004711]]
Datum: 02.06.2025

Anhörung im Bußgeldverfahren

Sehr geehrter Herr [[P|Popescu]],

Ihnen wird vorgeworfen, am 24.05.2025 um 14:37 Uhr in Strandow, Seebrückenplatz, als Führer des Pkw mit dem amtlichen Kennzeichen [[KFZ|VR-IP 55]] im absoluten Halteverbot geparkt und dadurch eine Rettungszufahrt behindert zu haben (§§ 12 Abs. 1, 49 StVO; Tatbestandsnummer 112402). Regelsatz: 55,00 EUR.

Personalien laut Halterauskunft:
Geburtsdatum: [[DOB|30.01.1987]], Geburtsort: Brașov (Rumänien)
Personalausweis: [[IDC|{idc14}]]

Sie haben Gelegenheit, sich bis zum 16.06.2025 zu äußern. Wenn Sie das Fahrzeug nicht selbst geführt haben, nennen Sie uns bitte die verantwortliche Person.

Mit freundlichen Grüßen
Im Auftrag
[[P|Ramona Fleischer]]
[[N|bussgeldstelle@strandow.de]] · {SW}""")

# 15 Standesamt, same-sex marriage, religion entry
doc("word", "standesamt-eheschliessung", f"""Standesamt Strandow – Niederschrift über die Anmeldung der Eheschließung (Arbeitsfassung)

Vorgangsnummer: [[AZ|E 117/2025]]
Aufgenommen am 11.03.2025 durch Standesbeamtin [[P|Heike Prochnow]]

Ehegatte 1:
Name: [[P|Kowalczyk]], Vorname: [[P|Thomas Marek]]
geboren [[DOB|05.11.1984]] in Anklam
Religion (freiwillige Angabe): römisch-katholisch
Wohnung: [[A|Hafenstraße 19]], [[A|18347 Strandow]]
Personalausweis: [[IDC|{idc15a}]]

Ehegatte 2:
Name: [[P|Diallo]], Vorname: [[P|Amadou]]
geboren [[DOB|21. Februar 1989]] in Conakry (Guinea)
Religion: keine Angabe
Wohnung: wie Ehegatte 1
Personalausweis: [[IDC|{idc15b}]] (eingebürgert 2019, Urkunde liegt vor)

Gewünschter Trautermin: 14.06.2025, Seebrücke (Außentrauort), Trauzeugen: [[P|Agnieszka Kowalczyk]] (Schwester), [[P|Jonas Reetz]].
Ehename: Die Verlobten führen keinen gemeinsamen Ehenamen.
Kontakt: [[T|0176 33 81 44 09]], [[E|t.kowalczyk@posteo.de]]

Anmerkung: Herr [[P|Diallo]] bittet um kurze Rücksprache wegen der Geburtsurkunde (Legalisation).
[[P|Prochnow]]""", ["SEXUAL_ORIENTATION", "RELIGION"])

# 16 event notice, no special category
doc("outlook", "kurverwaltung-veranstaltung", f"""Von: [[P|Mirko Tesch]] <[[E|m.tesch@strandow.de]]>
An: Verteiler Gastgeber Strandow
Betreff: Veranstaltungen August – bitte an Ihre Gäste weitergeben

Liebe Gastgeberinnen und Gastgeber,

im August finden folgende Veranstaltungen statt, Aushänge liegen in der Tourist-Info aus:

So 03.08. 10:00   Ökumenischer Gottesdienst am Strand (Strandaufgang 7), bei Regen in der St.-Marien-Kirche
Di 05.08. 19:30   Plattdeutscher Abend „Wat de Ool vertellt" im Kurhaus, Eintritt 8 EUR
Sa 09.08. ab 14 Uhr  Hafenfest mit Fischerstechen, Räucherfischmarkt
Mi 13.08. 10–16 Uhr  Gesundheitstag: Blutdruck- und Blutzuckermessung, Beratung zur Sturzprävention, Infostand der Selbsthilfegruppe Diabetes
Fr 22.08. 20:00   Konzert des Shanty-Chors „De Boddenjungs"

Barrierefreie Zugänge gibt es am Strandaufgang 3 und 7. Rückfragen gern an die Tourist-Info, Tel. [[N|03821 7740-500]].

Sonnige Grüße aus der Kurverwaltung
[[P|Mirko Tesch]]""")

# 17 Personalamt staff form: union + religion (church tax)
doc("word", "personalbogen-saisonkraft", f"""Kreisstadt Strandow – Personalamt
Personalbogen Saisonbeschäftigte (Rettungsschwimmer/in, TVöD)

Name, Vorname:           [[P|Orlowski]], [[P|Oskar Ferdinand]]
Geburtsdatum:            [[DOB|02.05.2003]]
Anschrift:               [[A|Ahornweg 6]], [[A|17489 Greifswald]]
Telefon / E-Mail:        [[T|0159 0614 2278]] / [[E|oskar.orlowski@uni-greifswald.de]]
Steuer-ID:               [[TID|{tid17}]]
Steuerklasse / Konfession:  1 / ev (Kirchensteuermerkmal)
Rentenversicherungsnr.:  [[SSN|{ssn17}]]
Krankenkasse:            BARMER, KVNR [[KV|{kv17}]]
Bankverbindung:          [[IBAN|{iban17}]]
Gewerkschaft:            Mitglied ver.di (Beitragsabzug nicht gewünscht)
Rettungsschwimmabzeichen: Silber, ausgestellt 04/2024
Einsatz:                 Strandwache Hauptstrand, 23.06.–07.09.2025, 39 Std./Woche, EG 4

Eingangsstempel Personalamt: 12.06.2025, bearbeitet: [[P|Kühl]]""", ["UNION", "RELIGION"])

# 18 BEM invitation, health
doc("word", "bem-einladung", f"""Kreisstadt Strandow – Personalamt
– Vertraulich – Personalsache –

Frau
[[P|Svetlana Iwanowa]]
[[A|Wiesengrund 23]]
[[A|18347 Strandow]]

Strandow, 19.09.2025

Angebot eines Betrieblichen Eingliederungsmanagements (BEM) nach § 167 Abs. 2 SGB IX

Sehr geehrte Frau [[P|Iwanowa]],

Sie waren in den letzten zwölf Monaten länger als sechs Wochen arbeitsunfähig. Wir möchten Ihnen daher ein BEM-Gespräch anbieten. Ziel ist es, gemeinsam zu klären, wie Ihre Arbeitsunfähigkeit überwunden und erneuter Arbeitsunfähigkeit vorgebeugt werden kann. Sie hatten uns im Juli mitgeteilt, dass nach Ihrer Bandscheibenoperation und der Reha in Heringsdorf eine Stufenweise Wiedereingliederung ärztlich empfohlen wird.

Die Teilnahme ist freiwillig. Auf Wunsch können die Schwerbehindertenvertretung (Herr [[P|Yusuf Aydın]]) und der Personalrat (Frau [[P|Doreen Maaß]]) hinzugezogen werden.

Bitte melden Sie sich bis 02.10.2025 bei mir, Tel. [[N|03821 7740-141]].

Mit freundlichen Grüßen
[[P|Claudia Kühl]]
BEM-Beauftragte""", ["HEALTH"])

# 19 Gewerbeanmeldung Vietnamese Imbiss
doc("outlook", "gewerbeanmeldung-imbiss", f"""Betreff: Gewerbeanmeldung Imbiss am Hafen – Nachreichung Unterlagen

Sehr geehrte Frau [[P|Lehmkuhl]],

wie telefonisch besprochen reiche ich die fehlenden Angaben nach:

Betriebsinhaber: [[P|Nguyễn Văn Minh]]
geb. am: [[DOB|08.08.1979]] in Hải Phòng
Wohnanschrift: [[A|Ringstraße 44]], [[A|18347 Strandow]]
Betriebsstätte: Hafenstraße, Kiosk 3 (Pachtvertrag mit der Stadt, Nr. P-2025-07)
Tätigkeit: Imbiss, Verkauf von Fischbrötchen und asiatischen Speisen
Steuernummer: [[TNR|{tnr19}]]
USt-IdNr.: [[VAT|{vat19}]]
Geschäftskonto: [[IBAN|{iban19}]]

Meine Frau [[P|Phạm Thị Hoa]] wird mitarbeiten (Minijob). Die Belehrung nach § 43 IfSG haben wir beide am 02.04. beim Gesundheitsamt gemacht.

Vielen Dank und freundliche Grüße
[[P|Minh Nguyen]]
[[T|0162 5530 918]]
[[E|imbiss.minh.strandow@gmail.com]]""")

# 20 Bauamt Bescheid
doc("word", "baugenehmigung", f"""Kreisstadt Strandow · Bauamt · Untere Bauaufsicht (übertragener Wirkungskreis)

Eheleute
[[P|Kerstin Schröder-Nowak]] und [[P|Paweł Nowak]]
[[A|Am Deich 2b]]
[[A|18347 Strandow-Wieck]]

Aktenzeichen: [[AZ|63-BA-2025-0147]]
Datum: 29.07.2025

Baugenehmigung – Errichtung eines Carports mit Abstellraum
Grundstück: Gemarkung Wieck, Flur 3, Flurstück 112/4

Sehr geehrte Frau [[P|Schröder-Nowak]], sehr geehrter Herr [[P|Nowak]],

auf Ihren Antrag vom 14.05.2025 wird die Baugenehmigung nach § 72 LBauO M-V im vereinfachten Verfahren (§ 63 LBauO M-V) erteilt. Grundlage sind die Bauvorlagen der Entwurfsverfasserin [[P|Dipl.-Ing. Maren Feddersen]], Architekturbüro Feddersen, [[A|Lange Straße 51]], [[A|18439 Stralsund]], Planstand 05/2025, Zeichnungen Nr. 1–4.

Nebenbestimmungen:
1. Der Abstand zur Grundstücksgrenze Flurstück 112/5 (Eigentümer Herr [[P|Hinnerk Jaap]]) von 3,00 m ist einzuhalten.
2. Die Dachfläche ist zu begrünen (Festsetzung Nr. 6 des B-Plans Nr. 18 „Wieck-Süd").

Gebühr: 284,00 EUR (Tarifstelle 2.1.3 BauGebVO M-V), zahlbar unter Kassenzeichen [[AZ|6.1000.330918]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Dr. Imke Carstens]]
Leiterin Bauamt""")

# 21 Syrian father, school, religion
doc("outlook", "schulanmeldung-religion", f"""Betreff: Anmeldung Grundschule und Frage Religionsunterricht

Sehr geehrte Damen und Herren,

ich möchte meine Kinder für die Grundschule „Am Bodden" anmelden. Wir sind neu nach Strandow gezogen von Neubrandenburg.

1. [[P|Lana Al-Hassan]], geboren [[DOB|02.02.2018]], kommt in Klasse 2
2. [[P|Yusuf Al-Hassan]], geboren [[DOB|19.10.2019]], kommt in Klasse 1

Unsere Adresse ist [[A|Friedensstraße 15]], [[A|18347 Strandow]].

Wir sind Muslime und ich möchte fragen, ob meine Kinder statt evangelische Religion das Fach Philosophieren mit Kindern besuchen können. Beim Essen in der Schule bitte kein Schweinefleisch für beide.

Meine Frau [[P|Rania]] spricht besser Deutsch als ich, Sie können sie anrufen: [[T|0176 4127 8890]]. Meine Nummer ist [[T|0152 0338 1245]].

Mit freundlichen Grüße
[[P|Mohammad Al-Hassan]]
[[E|m.alhassan2016@hotmail.com]]""", ["RELIGION"])

# 22 Kasse Mahnung with refund note
doc("word", "kasse-mahnung", f"""Kreisstadt Strandow · Stadtkasse
[[N|Markt 1]] · [[N|18347 Strandow]] · Tel. [[N|03821 7740-200]] · [[N|stadtkasse@strandow.de]]

Herrn
[[P|Wolf-Dieter Krümmel]]
[[A|Stettiner Straße 3]]
[[A|17438 Wolgast]]

Kassenzeichen: [[AZ|6.0320.098211]]
Datum: 14.10.2025

1. Mahnung

Sehr geehrter Herr [[P|Krümmel]],

folgende Forderung ist trotz Fälligkeit noch offen:

Forderung                           fällig am     Betrag
Zweitwohnungssteuer 3. Quartal 2025  15.08.2025   194,40 EUR
Säumniszuschlag § 240 AO                              1,50 EUR
Mahngebühr                                            5,00 EUR
Gesamt                                              200,90 EUR

Ihre Kartenzahlung vom 20.08.2025 am Kassenautomaten des Rathauses (Mastercard [[CC|{cc22}]]) wurde von Ihrer Bank zurückgebucht und konnte daher nicht verrechnet werden.

Bitte überweisen Sie den Gesamtbetrag bis zum 28.10.2025 auf das Konto [[N|{CITY_IBAN}]] (Sparkasse Vorpommern). Danach müssen wir ohne weitere Ankündigung die Vollstreckung einleiten.

Mit freundlichen Grüßen
Im Auftrag
[[P|Sabine Rehberg]]""")

# 23 pasted table, Ferienwohnungen
doc("outlook", "tabelle-fewo-meldungen", f"""Von: [[P|Anke Köpke]] <[[E|a.koepke@strandow.de]]>
An: [[P|Mirko Tesch]] <[[E|m.tesch@strandow.de]]>
Betreff: Liste fehlende Meldescheine Q2 – Abgleich Kurabgabe

Hallo [[P|Mirko]],

hier die Vermieter, bei denen für Q2 noch keine Meldescheine bzw. Kurabgabe-Abrechnungen vorliegen (aus dem Fachverfahren kopiert):

Vermieter | Objekt | Tel. | E-Mail | Vorgang
[[P|Hinrichs, Frauke]] | [[A|Dünenweg 3]] | [[T|038231 7720]] | [[E|fewo-moewennest@gmx.de]] | [[AZ|KA-2025-0212]]
[[P|Yılmaz, Cem]] | [[A|Strandstraße 40]] | [[T|0171 2290 448]] | [[E|cem.yilmaz@ostsee-apart.de]] | [[AZ|KA-2025-0233]]
[[P|Brandt-Okafor, Esther]] | [[A|Lotsenweg 1]] | [[T|0157 8802 3361]] | – | [[AZ|KA-2025-0240]]
Ostsee Apart GmbH (GF [[P|Kühn]]) | [[A|Kurpromenade 12]] | [[T|03821 66 23 10]] | [[E|info@ostsee-apart.de]] | [[AZ|KA-2025-0251]]

Bei der GmbH steht im Fachverfahren noch die alte USt-IdNr. [[VAT|{vat23}]] – kannst du das bei Gelegenheit prüfen? Frau [[P|Brandt-Okafor]] hat angerufen, sie ist bis Ende Juli im Krankenhaus, deshalb die Verzögerung – bitte keine Mahnung.

Danke und Gruß
[[P|Anke]]""", ["HEALTH"])

# 24 Sozialamt home visit note, health
doc("word", "sozialamt-hausbesuch", f"""Aktenvermerk – Hausbesuch
Sozialamt Strandow, Grundsicherung bei Erwerbsminderung (SGB XII, 4. Kapitel)

Az.: [[AZ|50.3-GS-2204/24]]
Leistungsberechtigter: [[P|Klaus Kaminski]], geb. [[DOB|11.07.1961]]
Anschrift: [[A|Plattenweg 8]], 2. OG rechts, [[A|18347 Strandow]]
RV-Nr.: [[SSN|{ssn24}]]   KV-Nr.: [[KV|{kv24}]] (DAK)

Datum/Uhrzeit: 22.10.2025, 09:30 Uhr
Anwesend: [[P|Herr Kaminski]]; Betreuer [[P|Rechtsanwalt Frank Oelschläger]]; vom Amt [[P|Sibel Karataş]], [[P|Jan-Ole Ewert]]

Feststellungen:
Die Wohnung (1,5 Zi., 41 m², Miete 368 EUR warm) ist stark vermüllt. Herr [[P|K.]] gibt an, seit der Entgiftung im Frühjahr wieder Alkohol zu trinken; er nimmt Antidepressiva, Facharzttermine werden nicht wahrgenommen. Der Betreuer regt eine Vorstellung beim Sozialpsychiatrischen Dienst an. Heizung funktioniert, Stromsperre droht (Rückstand 412,70 EUR, Stadtwerke).

Vereinbarung:
- Darlehen für Stromrückstand nach § 36 SGB XII wird geprüft
- Entrümpelung über Projekt „Neustart" (Diakonie), Termin durch Betreuer
- Wiedervorlage 15.11.2025

[[P|Karataş]]""", ["HEALTH"])
DOCS[-1] = (DOCS[-1][0], DOCS[-1][1], DOCS[-1][2].replace("[[P|Herr Kaminski]]", "Herr [[P|Kaminski]]").replace("[[P|Rechtsanwalt Frank Oelschläger]]", "Rechtsanwalt [[P|Frank Oelschläger]]"), DOCS[-1][3])

# 25 Ausländerbehörde note, ethnicity + religion
doc("word", "auslaenderbehoerde-vermerk", f"""Vermerk

Ausländerbehörde – Außenstelle Strandow
Az.: [[AZ|31.3-AS-2023/1188]]
Betr.: Familie [[P|Haji Murad]] – Antrag auf Aufenthaltserlaubnis nach § 25b AufenthG

Die Familie [[P|Khalil Haji Murad]] (geb. [[DOB|1982]]), Ehefrau [[P|Nadia Elias Qasim]] und die Kinder [[P|Delal]], [[P|Shirin]] und [[P|Azad]] leben seit 2017 in Strandow, derzeit [[A|Kastanienallee 27]]. Die Familie ist kurdischer Volkszugehörigkeit und jesidischen Glaubens; das Asylverfahren wurde 2019 mit subsidiärem Schutz abgeschlossen.

Herr [[P|Haji Murad]] ist seit 2021 unbefristet als Decksmann bei der Fischereigenossenschaft Boddenfischer eG beschäftigt, Frau [[P|Qasim]] hat den B1-Test bestanden. Die älteste Tochter [[P|Delal]] macht eine Ausbildung zur Pflegefachfrau.

Die Voraussetzungen des § 25b Abs. 1 AufenthG liegen aus hiesiger Sicht vor. Die Identität ist durch irakische Reisepässe geklärt (Kopien in der Akte, Bl. 14–18).

Vorschlag: Erteilung für 2 Jahre. Vorlage an SGL [[P|Wendt-Ruhnau]] zur Zeichnung.

Strandow, 05.11.2025
[[P|Huth]]""", ["ETHNICITY", "RELIGION"])
DOCS[-1] = (DOCS[-1][0], DOCS[-1][1], DOCS[-1][2].replace("(geb. [[DOB|1982]])", "(geb. 1982)"), DOCS[-1][3])

# 26 fisherman, lower case-ish, Wohngeld
doc("outlook", "wohngeld-fischer", f"""Betreff: Wohngeld - Einkommen weniger wegen Fangquote

Moin,

ick bin [[P|Hannes Wilken]], Fischer in Strandow, Boot SDW 14. Wegen der Heringsquote (dies Jahr wieder runter) hab ich seit Januar viel weniger Einkommen, ca. 1.100 im Monat. Meine Frau [[P|Anja]] arbeitet Teilzeit in der Räucherei.

wir wohnen [[A|Fischerkathen 2]], [[A|18347 Strandow]], Miete 640 warm. Wir haben zwei Kinder, [[P|Lotte]] (7) und [[P|Fiete]] (4).

Kann ich Wohngeld beantragen? Einkommensteuerbescheid 2024 kann ich mitschicken, meine Steuer-ID ist [[TID|{tid26}]].
Falls was gezahlt wird dann auf [[IBAN|{iban26}]]

Tel [[T|0171 / 5 44 82 19]]

Schöne Grüße
[[P|Hannes Wilken]]""")

# 27 Bürgeramt, fingerprints not captured, biometric + health
doc("word", "buergeramt-ausweis-vermerk", f"""Bürgeramt Strandow – Vermerk zum Antrag auf Ausstellung eines Personalausweises

Antragsteller: [[P|Gerhard Lemke]], geb. [[DOB|23.04.1950]]
Wohnort: [[A|Uferweg 16]], [[A|18347 Strandow]]
bisheriger Ausweis: [[IDC|{idc27}]], gültig bis 30.06.2025
Antragsdatum: 26.06.2025, Sachbearbeiter: [[P|Lukas Brüning]]

Die Erfassung der Fingerabdrücke war nicht möglich: beide Zeigefinger und der rechte Daumen nach Arbeitsunfall (Sägewerk, 1998) teilamputiert, linker Daumen vernarbt, Qualitätswert unter Schwellenwert. Es wurde nach § 5 Abs. 9 PAuswG verfahren und ein Lichtbild ohne Fingerabdrücke übermittelt. Ärztliche Bescheinigung von [[P|Dr. med. Anna Ruckdeschel]] liegt vor (Kopie zur Akte).

Das biometrische Lichtbild erfüllt die Anforderungen. Gebühr 22,80 EUR (Antragsteller über 24 Jahre: 37,00 EUR) – bar bezahlt, Quittung Nr. 2025-06-4417.

Herr [[P|Lemke]] wird benachrichtigt, Tel. [[T|03821 48 11 62]].
[[P|Brüning]]""", ["BIOMETRIC", "HEALTH"])

# 28 parent about child with genetic diagnosis, school assistance
doc("outlook", "schulbegleitung-anfrage", f"""Von: [[P|Natalia Sokolova]] <[[E|natalia.sokolova84@mail.ru]]>
An: [[N|jugendamt@strandow.de]]
Cc: [[P|Dana Reinke]] <[[E|d.reinke@schule-am-bodden.de]]>
Betreff: Antrag Schulbegleitung für [[P|Mischa]] ([[P|Michail Sokolov]])

Sehr geehrte Damen und Herren,

mein Sohn [[P|Michail]], geb. [[DOB|07.01.2017]], hat Mukoviszidose (Gentest an der Uniklinik Greifswald 2017, beide Eltern Träger der Mutation F508del). Er muss in der Schule zweimal täglich inhalieren und braucht Hilfe bei der Einnahme der Enzyme zu den Mahlzeiten. Die Klassenlehrerin Frau [[P|Reinke]] unterstützt den Antrag, ihre Stellungnahme ist im Anhang.

Versichertennummer von [[P|Mischa]]: [[KV|{kv28}]] (AOK Nordost). Die Bescheinigung vom Kinderarzt schicke ich per Post.

Die Gebühr für das Gutachten hatte ich schon mit Karte bezahlt ([[CC|{cc28}]]), bitte sagen Sie mir, ob das richtig ist.

Wir wohnen [[A|Gartenweg 4]], [[A|18347 Strandow]]. Mein Mann [[P|Sergej]] ist tagsüber auf dem Bau, bitte rufen Sie mich an: [[T|0157 3019 4452]].

Mit freundlichen Grüßen
[[P|Natalia Sokolova]]""", ["HEALTH", "GENETIC"])

# 29 internal mail mentioning union/strike in general, no special category
doc("outlook", "personalamt-streik", f"""Von: [[P|Claudia Kühl]] <[[E|c.kuehl@strandow.de]]>
An: Amtsleitungen
Betreff: Warnstreik am Donnerstag – Hinweise

Liebe Kolleginnen und Kollegen,

ver.di hat für Donnerstag, 13.03.2025, zu einem ganztägigen Warnstreik im öffentlichen Dienst aufgerufen. Bitte beachten Sie:

- Die Teilnahme am Streik ist freiwillig und muss nicht vorher angezeigt werden. Fragen Sie Beschäftigte nicht nach ihrer Gewerkschaftszugehörigkeit.
- Beamtinnen und Beamte dürfen nicht streiken.
- Für Bürgeramt und Standesamt gilt die Notdienstvereinbarung vom 02.03.2023 (Trauungen finden statt).
- Die Kitas „Seepferdchen" und „Muschelkinder" bleiben voraussichtlich geschlossen; Eltern werden über die Kita-App informiert.

Die Zeiterfassung für den Streiktag wird zentral durch das Personalamt korrigiert. Bei Fragen erreichen Sie mich unter Durchwahl -141, in Vertretung Herrn [[P|Ewert]].

Viele Grüße
[[P|Claudia Kühl]]
Personalamt""")

# 30 parking permit form
doc("word", "antrag-bewohnerparken", f"""Antrag auf Erteilung eines Bewohnerparkausweises – Zone B (Altstadt/Hafen)
Kreisstadt Strandow – Ordnungsamt – [[N|Markt 1]], [[N|18347 Strandow]]

1. Antragsteller/in
Name, Vorname: [[P|Bachmann-Yeboah]], [[P|Linda]]
Geburtsdatum:  [[DOB|29.12.1976]]
Anschrift (Hauptwohnung): [[A|Kleine Fischerstraße 6]], [[A|18347 Strandow]]
Telefon: [[T|+49 3821 7 19 05 66]]   E-Mail: [[E|linda.bachmann@freenet.de]]
Personalausweis / Reisepass Nr.: [[PASS|{ids.passport(check_digit=True)}]]

2. Fahrzeug
Amtl. Kennzeichen: [[KFZ|VR-LB 1976]]   Halter/in: ☐ selbst  ☒ Arbeitgeber (Firmenwagen)
Arbeitgeber: Pflegedienst Sonnenschein, Inh. [[P|Kwame Yeboah]], Steuernummer [[TNR|{tnr30}]]

3. Zweitfahrzeug (Gebühr 60 EUR)
Amtl. Kennzeichen: [[KFZ|HGW-KY 88E]]

Ich versichere die Richtigkeit meiner Angaben. Gebühr Erstausweis 30,00 EUR/Jahr nach Nr. 265 GebOSt.
Strandow, 03.03.2025     Unterschrift: [[P|L. Bachmann-Yeboah]]

– Vom Amt auszufüllen –
Ausweis-Nr. B-0441   gültig bis 31.03.2026   bearbeitet: [[P|Fleischer]]""")

assert len(DOCS) == 30, len(DOCS)
with open(OUT, "w", encoding="utf-8") as f:
    for i, (channel, template, text, flags) in enumerate(DOCS, 1):
        rec = build(f"F62-{i:03d}", channel, template, text, flags)
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", OUT)
