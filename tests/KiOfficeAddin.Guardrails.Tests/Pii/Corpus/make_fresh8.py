#!/usr/bin/env python3
"""Writes fresh8.jsonl: 30 held-out documents (b8-001..b8-030) of an invented Große Kreisstadt Wolkenau
(Landkreis Mittelsachsen, Saxony). Same format and conventions as shared/corpus/dev.jsonl and the test corpus
README. Texts carry inline marks [[CODE|text]] ([[N|text]] = neutral); offsets are computed here (UTF-16; BMP
asserted). Identifiers come from identifiers.py (seed 8282828) with valid check digits. Everything is invented.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from identifiers import Identifiers, group  # noqa: E402

from marks import build as build_marked  # noqa: E402

g = Identifiers(8282828)
DOCS = []


def doc(channel, template, text, flags=()):
    DOCS.append((channel, template, text, list(flags)))


def build(index, channel, template, marked, flags):
    return build_marked(f"b8-{index:03d}", channel, template, marked, flags)


# Saxon Steuernummer: FFF/BBB/UUUUP (Finanzamt 2xx); federal 13-digit form 3 FFF 0 BBB UUUUP. Layout only.
def tax_number_sn():
    return f"2{g.digits(2)}/{g.digits(3)}/{g.digits(5)}"


def tax_number_sn_federal():
    return "32" + g.digits(2) + "0" + g.digits(8)


def spaced_iban(iban):
    return group(iban, 4)


RATHAUS = "[[N|03726 7940-0]]"
CITY = "Große Kreisstadt Wolkenau"
CITY_IBAN = spaced_iban(g.iban_de())

# ====================================================================== citizen mails (Outlook)
doc("outlook", "meldebehoerde-anmeldung-familie", f"""Betreff: Anmeldung Wohnsitz – Familie [[P|Hrytsenko]]

Sehr geehrte Damen und Herren,

wir sind am 1. November aus Chemnitz nach Wolkenau gezogen und möchten uns anmelden. Wir sind vier Personen: ich, [[P|Oleksandr Hrytsenko]], meine Frau [[P|Iryna Hrytsenko]] und die Kinder [[P|Mykyta]] (9) und [[P|Sofiia]] (5). Die neue Wohnung ist in der [[A|Friedrich-Engels-Straße 41]], [[A|09437 Wolkenau]], die alte Adresse war [[A|Zietenstraße 118]], [[A|09130 Chemnitz]].

Ich habe noch keinen deutschen Ausweis, nur den ukrainischen Reisepass ([[PASS|FT394027]]) und den Aufenthaltstitel. Reicht das für den Termin? Krankenversichert sind wir alle bei der AOK PLUS, brauchen Sie die Karten auch? Der Vermieter (Wohnungsbaugenossenschaft Wolkenau eG) hat die Wohnungsgeberbestätigung schon unterschrieben.

Wir können vormittags kommen, meine Frau arbeitet ab 13 Uhr. Telefon [[T|0176 2190 4476]].

Mit freundlichen Grüßen
[[P|Oleksandr Hrytsenko]]
[[E|o.hrytsenko@ukr.net]]""")

doc("outlook", "wohngeld-nachfrage-informell", f"""Betreff: wohngeld imma noch nix

hallo frau [[P|steinbach]],

ich hatte ja schon im august angerufen wegen meim wohngeld, aktenzeichen war [[AZ|WG-2026-04417]] oder so ähnlich. seit 3 monaten hab ich keine zahlung mehr bekommen und die miete ist jetzt 412,50 warm. die neue bescheinigung vom vermieter hab ich doch abgegeben?? bitte das geld wieder auf das alte konto [[IBAN|{spaced_iban(g.iban_de())}]], das hat sich nicht geändert.

ich wohn imma noch [[A|lößnitzgrund 14 b]] in [[A|09437 wolkenau]], falls sie das prüfen wollen. meine tochter [[P|jacqueline]] zieht im januar aus, ich weiß nich ob das was ändert. brauchen sie nochmal meine ausweisnummer? die is [[IDC|{g.id_card(check_digit=True)}]]

lg
[[P|peggy krause]]
[[T|0151 / 28 44 09 13]]""")

doc("outlook", "strassenverkehr-diktiert", f"""Betreff: Bewohnerparkausweis

guten tag mein name ist [[P|Ronny Tauscher]] ich wohne in der [[A|Zschopauer Straße 88]] in Wolkenau und brauche einen bewohnerparkausweis weil seit dem umbau am markt keine parkplätze mehr da sind das kennzeichen ist [[KFZ|FG RT 412]] der wagen ist auf mich zugelassen meine frau [[P|Mandy]] hat auch ein auto aber das steht bei ihrer mutter in Flöha punkt was kostet das und kann ich das per email beantragen ich bin tagsüber auf montage erreichbar bin ich unter [[T|0172 5 80 33 61]] am besten nach 18 uhr bezahlen kann ich gleich mit kreditkarte die nummer ist [[CC|{group(g.credit_card('52', 16), 4)}]] gültig bis 11 27 danke [[P|Ronny Tauscher]]

Von meinem iPhone gesendet""")

doc("outlook", "auslaenderbehoerde-weitergeleitet", f"""Betreff: WG: Verlängerung Aufenthaltserlaubnis Frau [[P|Murad]]

Liebe [[P|Kathleen]],

bitte übernimm das, Frau [[P|Murad]] gehört nach Buchstaben zu dir. Termin gern mit Dolmetscherin für Kurmandschi. Die Unterlagen hängen an.

Gruß [[P|Uwe]]

-----Ursprüngliche Nachricht-----
Von: [[P|Hoffmann-Reichel, Dorothea]] <[[E|dorothea.hoffmann-reichel@posteo.de]]>
Gesendet: Dienstag, 17. November 2026 09:41
An: [[N|auslaenderbehoerde@wolkenau.de]]
Betreff: Verlängerung Aufenthaltserlaubnis Frau [[P|Murad]]

Sehr geehrte Damen und Herren,

ich begleite ehrenamtlich Frau [[P|Xate Murad]] (geb. [[DOB|03.06.1988]]) und ihre Söhne [[P|Azad]] und [[P|Dilshad Murad]]. Die Aufenthaltserlaubnis von Frau [[P|Murad]] läuft am 14.01.2027 ab. Sie ist als Jesidin aus dem Sindschar-Gebiet geflohen; wegen ihres Glaubens wurde die Familie dort verfolgt, das Verfahren beim BAMF lief unter dem Aktenzeichen [[AZ|7712093-438]].

Ihr Nationalpass wurde inzwischen ausgestellt, die Nummer lautet [[PASS|{g.passport(check_digit=True)}]]. Wohnanschrift unverändert [[A|Am Rosenhof 7]], [[A|09437 Wolkenau]].

Für Rückfragen bin ich unter [[T|+49 371 4408127]] erreichbar.

Mit freundlichen Grüßen
[[P|Dorothea Hoffmann-Reichel]]""", ["RELIGION"])

doc("outlook", "standesamt-antwort-zitat", f"""Betreff: AW: Anmeldung Eheschließung

Sehr geehrter Herr [[P|Lombardi]],

vielen Dank für Ihre Nachricht. Für die Anmeldung benötigen wir von Ihnen beiden die Geburtsurkunden, von Ihnen zusätzlich den italienischen Reisepass und eine Bescheinigung des Konsulats. Einen Termin kann ich Ihnen am 9. Dezember um 10:30 Uhr anbieten (Rathaus, Zimmer 1.07).

Mit freundlichen Grüßen
[[P|Annett Ziegenbalg]]
Standesbeamtin
Telefon [[T|03726 7940-341]]

> Von: [[P|Matteo Lombardi]] <[[E|matteo.lombardi@libero.it]]>
> Gesendet: Freitag, 20. November 2026 18:03
> An: [[N|standesamt@wolkenau.de]]
> Betreff: Anmeldung Eheschließung
>
> Guten Tag,
> mein Verlobter [[P|Sebastian Wünsche]] und ich möchten im Sommer 2027 heiraten, am liebsten im Trauzimmer auf Schloss Wolkenau. Wir sind seit acht Jahren ein Paar und wohnen zusammen im [[A|Bergmannsweg 3]], [[A|09437 Wolkenau]].
> Geburtsdaten: ich [[DOB|22.10.1984]] (geboren in Bergamo), [[P|Sebastian]] [[DOB|5. März 1990]].
> Welche Unterlagen brauchen wir?
> Grazie e saluti,
> [[P|Matteo Lombardi]]""", ["SEXUAL_ORIENTATION"])

doc("outlook", "hundesteuer-abmeldung", f"""Betreff: Abmeldung Hund / Kassenzeichen [[AZ|6.2024.310977]]

Sehr geehrte Damen und Herren,

leider müssen wir unseren Dackel Waldi abmelden, er ist am 12. Oktober eingeschläfert worden. Die Steuermarke (Nr. 0417) lege ich dem Brief bei, den ich zusätzlich schicke. Bitte erstatten Sie die zu viel gezahlte Steuer für die Monate November und Dezember auf unser Konto bei der Kreissparkasse Esslingen, IBAN [[IBAN|{g.iban_de()}]], Kontoinhaber [[P|Gottlob Häberle]].

Wir sind erst im Frühjahr aus Nürtingen hergezogen und kennen uns mit den Formularen hier noch nicht so aus, nehmen Sie es uns nicht übel, wenn etwas fehlt.

Mit freundlichen Grüßen aus der [[A|Hohen Straße 25]]

[[P|Gerlinde Häberle]] (geb. [[P|Schäufele]])
Tel. [[T|037 26 / 61 88 20]]""")

doc("outlook", "elterngeld-frage", f"""Betreff: Elterngeld Antrag - Frühchen

Sehr geehrte Damen und Herren,

meine Frau [[P|Phạm Thị Hương]] hat unsere Tochter [[P|Lena Mai Nguyễn]] am [[DOB|28.09.2026]] zur Welt gebracht, allerdings schon in der 30. Schwangerschaftswoche. [[P|Lena]] lag sechs Wochen auf der Neonatologie im Klinikum Chemnitz und ist erst seit 10.11. zuhause. Verlängert sich das Elterngeld wegen der Frühgeburt? Ich habe gelesen, dass es dann zusätzliche Monate gibt.

Ich möchte die Partnermonate nehmen. Meine Steuer-ID ist [[TID|{group(g.tax_id(), 3)}]], die meiner Frau reiche ich mit dem Formular nach. Mein Arbeitgeber (Spedition in Oederan) hat die Bescheinigung ausgestellt.

Vielen Dank
[[P|Nguyễn Văn Đức]]
[[A|Straße der Einheit 16]]
[[A|09437 Wolkenau]]
[[T|0160-94 77 218]]""", ["HEALTH"])

doc("outlook", "schule-wechsel-informell", f"""Betreff: Schulwechsel nach den Ferien

Hallo Herr [[P|Ebert]],

wie telefonisch besprochen hier die Infos: [[P|Emre]] und [[P|Zeynep]] wechseln nach den Winterferien von der Grundschule am Kirchberg an die Oberschule Wolkenau bzw. an die Grundschule Nord, weil wir umziehen. Neue Adresse ab 1.2.: [[A|Anton-Günther-Weg 9]], [[A|09437 Wolkenau-Hohenfichte]]. [[P|Zeynep]] ist in der 3b, [[P|Emre]] kommt in Klasse 5.

Brauchen Sie von uns noch die Zeugnisse? Die Busfahrkarte für [[P|Emre]] haben wir schon beantragt (Bestellnr. 2026-118840).

Viele Grüße
[[P|Serkan Yıldırım]] und [[P|Aynur Yıldırım]]
[[E|familie.yildirim@gmx.de]]
[[T|0049 176 30218 845]]""")

doc("outlook", "gesundheitsamt-masern", f"""Betreff: Masernschutz - Nachweis für Kita Sonnenschein

Sehr geehrte Damen und Herren,

die Kita hat uns aufgefordert, für unseren Sohn [[P|Jonas Lindner]] (geb. [[DOB|14.02.2022]]) den Masernschutz nachzuweisen. [[P|Jonas]] kann nicht geimpft werden, er hat einen angeborenen Immundefekt (schwerer kombinierter Immundefekt) und wird in der Uniklinik Dresden behandelt. Das ärztliche Attest von Dr. med. [[P|Grit Engelmann]] liegt bei. Versichert ist [[P|Jonas]] über mich bei der AOK PLUS, Versichertennummer [[KV|{g.health_insurance()}]].

Können Sie der Kita direkt bestätigen, dass das Attest ausreicht? Die Leiterin, Frau [[P|Pietzsch]], wartet darauf.

Freundliche Grüße
[[P|Susann Lindner]]
[[A|Talstraße 52]], [[A|09437 Wolkenau]]""", ["HEALTH"])

doc("outlook", "ordnungsamt-laerm", f"""Betreff: Ruhestörung Wettinerstraße - schon wieder!!!

Guten Abend,

ich muss mich leider erneut beschweren. Im Haus [[A|Wettinerstraße 30]] (Hinterhaus) wird seit Wochen jeden Freitag und Samstag bis 3 Uhr Musik gemacht. Die Mieter im 2. Stock, soweit ich weiß ein Herr [[P|Kowalczyk]] und seine Freundin, reagieren nicht auf Klingeln. Die Hausverwaltung (Frau [[P|Drechsel]]) hat auch nichts unternommen. Der Polizeiposten hat mir gesagt ich soll mich ans Ordnungsamt wenden.

Ich arbeite im Schichtdienst bei der Pflege und brauche meinen Schlaf. Bitte melden Sie sich.

[[P|Wojciech Nowicki]]
[[A|wettinerstr. 28]]
mobil [[T|+48 601 284 337]] (polnische Nummer, ich habe noch keine deutsche)""")

doc("outlook", "friedhof-bestattung", f"""Betreff: Bestattung meines Vaters nach islamischem Ritus

Sehr geehrte Damen und Herren,

mein Vater [[P|Hasan Mujić]], geboren am [[DOB|02.07.1949]] in Tuzla, ist am 25. November im Krankenhaus Freiberg verstorben. Er war gläubiger Muslim und wir möchten ihn nach islamischem Ritus beisetzen, also ohne Sarg im Leichentuch und mit Ausrichtung nach Mekka. Gibt es auf dem Waldfriedhof Wolkenau ein muslimisches Grabfeld? Das Bestattungshaus sagte uns, Feld 12 sei eventuell möglich.

Die Kosten übernehme ich, Rechnung bitte an mich: [[P|Amra Mujić-Schulze]], [[A|Obere Dorfstraße 4]], [[A|09573 Augustusburg]].

Mein Bruder [[P|Edin]] kommt am Donnerstag aus Sarajevo, er ist unter [[T|+387 61 225 908]] erreichbar.

Mit freundlichen Grüßen
[[P|Amra Mujić-Schulze]]
[[T|0173 6612 094]]""", ["RELIGION"])

doc("outlook", "wahlamt-wahlhelfer", f"""Betreff: Wahlhelfer Bürgermeisterwahl

Hallo liebes Wahlamt,

ich würde mich gerne wieder als Wahlhelfer für die Bürgermeisterwahl am 7. März melden, am liebsten wieder im Wahlbezirk 014 (Turnhalle Nord). Damit keine Fragen aufkommen: ich bin seit letztem Jahr Mitglied bei Bündnis 90/Die Grünen und sitze im Ortsvorstand, kandidiere aber selbst nicht. Falls das ein Problem ist, sagen Sie bitte Bescheid.

Das Erfrischungsgeld bitte wie letztes Mal auf [[IBAN|{spaced_iban(g.iban_de())}]] überweisen.

Viele Grüße
[[P|Tobias Reinhold-Gläser]]
[[E|t.reinhold-glaeser@mailbox.org]]
[[A|Silberstraße 11]]
[[A|09437 Wolkenau]]
geb. [[DOB|30.11.1997]]""", ["POLITICS"])

doc("outlook", "tiefbau-gehwegabsenkung", f"""Betreff: Gehwegabsenkung Grundstück [[A|Fichtestraße 6]] - Ihr Az. [[AZ|66.2-118/26]]

Sehr geehrte Frau [[P|Kühnel]],

im Auftrag unseres Kunden [[P|Siegfried Ullmann]] hatten wir die Absenkung des Gehwegs vor der Einfahrt [[A|Fichtestraße 6]] beantragt. Die Aufbruchgenehmigung liegt vor; wir würden am 2.12. beginnen, sofern das Wetter mitspielt. Die Verkehrssicherung stellt die Verkehrstechnik Mittelsachsen GmbH. Die Schlussrechnung (Rechnungs-Nr. RE-2026-0931) geht an Herrn [[P|Ullmann]].

Bitte teilen Sie uns noch mit, ob die Bordsteine aus Granit wieder verwendet werden sollen.

Mit freundlichen Grüßen

[[P|Ronny Wünsche]]
Pflasterbau [[P|Wünsche]] – Inh. [[P|Ronny Wünsche]]
[[A|Gartenweg 2a]], [[A|09569 Oederan]]
Tel. [[T|037292 / 28 01 44]] · Fax [[T|037292 / 28 01 45]]
USt-IdNr. [[VAT|{g.vat_id()}]] · St.-Nr. [[TNR|{tax_number_sn()}]]""")

doc("outlook", "museum-schenkung", f"""Betreff: Schenkung Nachlass Bergbau / Grubenlampen

Sehr geehrter Herr Dr. [[P|Tränkner]],

mein Großvater [[P|Jan Kral]] war bis 1991 Steiger im Revier und hat über fünfzig Jahre Grubenlampen und Geleucht gesammelt. Nach seinem Tod möchten meine Schwester [[P|Hańža Wjeńkowa]] und ich die Sammlung dem Stadtmuseum schenken. Als Sorbin aus der Lausitz liegt mir besonders am Herzen, dass auch die zweisprachigen Beschriftungen erhalten bleiben.

Die Sammlung steht noch im Haus meines Großvaters, [[A|Am Schwarzen Teich 19]], [[A|09437 Wolkenau]]. Ein Besichtigungstermin wäre ab Januar möglich. Die Katalognummern (Inv. 1–214) hat er selbst vergeben.

Mit freundlichen Grüßen
[[P|Měrana Kralowa]]
[[A|Bahnhofstraße 31]], [[A|02625 Bautzen]]
[[E|merana.kral@web.de]] · [[T|03591 48 27 60]]""", ["ETHNICITY"])

# ====================================================================== staff documents (Word)
ssn = g.social_security("150359", "S")
ssn_sadat = f"{ssn[:2]} {ssn[2:8]} {ssn[8]} {ssn[9:]}"
doc("word", "sozialamt-bescheid-grundsicherung", f"""{CITY} · Sozialamt
[[N|Markt 1]] · [[N|09437 Wolkenau]] · Telefon {RATHAUS}

Frau
[[P|Mursal Sadat]]
[[A|Karl-Liebknecht-Straße 73]]
[[A|09437 Wolkenau]]

Aktenzeichen: [[AZ|50.3-SGB XII-2291/26]]
Wolkenau, 23.11.2026

Bescheid über Leistungen der Grundsicherung im Alter und bei Erwerbsminderung (§§ 41 ff. SGB XII)

Sehr geehrte Frau [[P|Sadat]],

auf Ihren Antrag vom 02.10.2026 bewillige ich Ihnen für die Zeit vom 01.11.2026 bis 31.10.2027 monatliche Leistungen in Höhe von 687,34 EUR. Darin enthalten ist ein Mehrbedarf für kostenaufwändige Ernährung nach § 30 Abs. 5 SGB XII, da bei Ihnen laut fachärztlicher Bescheinigung eine Zöliakie besteht.

Die Leistungen werden monatlich im Voraus auf das von Ihnen angegebene Konto [[IBAN|{spaced_iban(g.iban_de())}]] überwiesen. Ihre Versicherungsnummer bei der Deutschen Rentenversicherung ([[SSN|{ssn_sadat}]]) haben wir für den Datenabgleich nach § 118 SGB XII gespeichert. Ihr Sohn [[P|Farid Sadat]] ist als Bevollmächtigter eingetragen und erhält eine Kopie dieses Bescheides.

Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.

Mit freundlichen Grüßen
Im Auftrag

[[P|Heike Schubert-Langer]]
Sachbearbeiterin, Zimmer 2.11""", ["HEALTH"])

doc("word", "ordnungsamt-anhoerung-bussgeld", f"""{CITY}
Ordnungsamt – Bußgeldstelle

Herrn
[[P|Dragan Petrović]]
[[A|Augustusburger Str. 140]]
[[A|09557 Flöha]]

Aktenzeichen: [[AZ|32.2-OWi 008815/26]]
Tattag: 14.10.2026, 07:52 Uhr
Tatort: Wolkenau, Zschopauer Straße, Höhe Hausnummer 12

Anhörung im Bußgeldverfahren

Sehr geehrter Herr [[P|Petrović]],

Ihnen wird zur Last gelegt, als Führer des Pkw mit dem amtlichen Kennzeichen [[KFZ|FLÖ-DP 77]] die zulässige Höchstgeschwindigkeit innerorts um 23 km/h überschritten zu haben (§ 41 Abs. 1 i. V. m. Anlage 2, § 49 StVO; § 24 StVG). Hierfür ist ein Bußgeld von 150,00 EUR zuzüglich Gebühren und Auslagen von 28,50 EUR vorgesehen.

Sie haben Gelegenheit, sich bis zum 10.12.2026 zu äußern. Falls Sie nicht selbst gefahren sind, nennen Sie bitte die verantwortliche Person mit Namen, Anschrift und Geburtsdatum. Angaben zur Person: Geburtsdatum [[DOB|19.08.1979]], Geburtsort Kragujevac.

Im Auftrag
[[P|Steffen Mehnert]]""")

doc("word", "auslaenderbehoerde-aktenvermerk-fingerabdruck", f"""Aktenvermerk

Vorgang: Ausstellung elektronischer Aufenthaltstitel
Az.: [[AZ|ABH-13-4471-E]]
Datum: 26.11.2026

Es sprach Herr [[P|Yonas Tesfamariam Gebru]], eritreischer Staatsangehöriger, geb. am [[DOB|01.01.1995]], persönlich vor. Er legte den eritreischen Reisepass Nr. [[PASS|{g.passport(check_digit=True)}]] vor. Als Dolmetscher für Tigrinya war Herr [[P|Mehari]] vom Verein Brücke e. V. anwesend.

Die Erfassung der Fingerabdrücke für den eAT war nur eingeschränkt möglich: am rechten Zeigefinger und am rechten Daumen sind nach einer Verbrennung Narben vorhanden, die Abdrücke erreichten nicht die erforderliche Qualität. Es wurden ersatzweise der rechte Mittelfinger und der linke Zeigefinger erfasst; das Lichtbild wurde mitgebracht.

Neue Anschrift laut Meldeauskunft: [[A|Rittergutsweg 5]], [[A|09437 Wolkenau]]. Telefon: [[T|0157-3418 2207]].

Wiedervorlage: 10.12.2026 (Abholung Karte)

[[P|K. Vogelsang]]""", ["BIOMETRIC", "HEALTH"])

doc("word", "jugendamt-telefonnotiz", f"""Telefonnotiz – Allgemeiner Sozialer Dienst

Datum/Uhrzeit: 24.11.2026, 16:20 Uhr
Anrufer/in: [[P|Gülistan Aydın]] (Großmutter mütterlicherseits)
Rückrufnummer: [[T|0371 / 5 22 41 90]]
Aufgenommen von: [[P|Sandy Kretzschmar]]

Inhalt:
Frau [[P|Aydın]] teilt mit, dass ihre Tochter [[P|Rojda Aydın]] seit dem Wochenende stationär in der Psychiatrie in Chemnitz-Borna aufgenommen ist. Die Kinder [[P|Ilayda]] (8) und [[P|Baran]] (3) sind seitdem bei ihr in der [[A|Bernsdorfer Straße 101]] in Chemnitz. Der Kindsvater, Herr [[P|Demirtaş]], sei nicht erreichbar. [[P|Ilayda]] geht weiter in die Grundschule in Wolkenau, die Großmutter bringt sie mit dem Bus. Sie bittet um Unterstützung, weil sie selbst berufstätig ist, und fragt nach einem Kita-Notplatz für [[P|Baran]].

Vereinbart: Hausbesuch am 27.11. um 10 Uhr bei der Großmutter. Fall an Hr. [[P|Fiedler]] (zuständig Bezirk Süd) zur Kenntnis.""", ["HEALTH"])

doc("word", "bauordnung-protokoll", f"""Protokoll der Besprechung zum Bauvorhaben „Umnutzung ehemalige Spinnerei“, [[A|Mühlgraben 3–5]]

Ort: Rathaus, Beratungsraum 3.02
Datum: 19.11.2026, 13:00–14:30 Uhr
Az. Bauordnung: [[AZ|BA 0418/2026]]

Teilnehmende:
– [[P|Kerstin Fröhlich]] (Sachgebietsleiterin Bauordnung)
– [[P|Pohl, Rüdiger]] (Bauherr)
– Dipl.-Ing. [[P|Cornelia Baumgärtel]] (Architektin, Büro [[P|Baumgärtel]] Planung)
– [[P|Aleksandar Jovanović]] (Brandschutzsachverständiger)
– Stadtbrandmeister [[P|Lehmann]] (Freiwillige Feuerwehr)
– Frau [[P|Neumann]] (Protokoll)

1. Planungsrecht: Das Grundstück liegt im Geltungsbereich des Bebauungsplans Nr. 27 „Am Mühlgraben“. Die geplante Wohnnutzung im 1. und 2. OG ist zulässig; für das EG ist eine Befreiung nach § 31 Abs. 2 BauGB erforderlich.
2. Brandschutz: Herr [[P|Jovanović]] stellt das Konzept vor; der zweite Rettungsweg über Anleiterung ist laut Stadtbrandmeister nicht möglich, da die Drehleiter die Hofseite nicht erreicht. Eine Außentreppe wird geprüft.
3. Stellplätze: 14 Stellplätze nach Stellplatzsatzung, davon 6 auf Flurstück 211/4.

Nächster Termin: 10.12.2026. Unterlagen an Frau [[P|Baumgärtel]] per Mail an [[E|c.baumgaertel@baumgaertel-planung.de]].

gez. [[P|Neumann]]""")

doc("word", "kaemmerei-mahnung-gewerbesteuer", f"""{CITY} · Kämmerei · Stadtkasse / Vollstreckung
[[N|Markt 1]], [[N|09437 Wolkenau]]

Imbiss Antalya
Inh. [[P|Hüseyin Karataş]]
[[A|Bahnhofstraße 8]]
[[A|09437 Wolkenau]]

Kassenzeichen: [[AZ|8.2025.004126]]
Steuernummer: [[TNR|{tax_number_sn()}]]
Datum: 25.11.2026

Mahnung – Gewerbesteuer 3. Quartal 2026

Sehr geehrter Herr [[P|Karataş]],

nach unseren Unterlagen ist die Gewerbesteuervorauszahlung zum 15.08.2026 in Höhe von 1.240,00 EUR noch nicht eingegangen. Nach § 240 AO sind Säumniszuschläge von 36,00 EUR entstanden, die Mahngebühr beträgt 5,00 EUR.

Bitte überweisen Sie den Gesamtbetrag von 1.281,00 EUR bis zum 09.12.2026 auf das Konto der Stadtkasse Wolkenau, IBAN [[N|{CITY_IBAN}]], unter Angabe des Kassenzeichens. Andernfalls müssen wir ohne weitere Ankündigung Vollstreckungsmaßnahmen einleiten.

Sollten Sie zwischenzeitlich gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Im Auftrag
[[P|Ines Flemming]]
Vollstreckungsinnendienst, Telefon [[T|03726 7940-228]]""")

doc("word", "schulverwaltung-zahlungserinnerung", f"""{CITY}
Schulverwaltungsamt – Schulspeisung

Frau
[[P|Eleni Papadopoulou-Richter]]
[[A|Wilhelm-Pieck-Ring 21]]
[[A|09437 Wolkenau]]

Kundennummer: [[AZ|SP-100-47713]]
Rechnung Nr. 2026/10/4471 vom 05.10.2026

Zahlungserinnerung

Sehr geehrte Frau [[P|Papadopoulou-Richter]],

sicher haben Sie es nur übersehen: Der Elternbeitrag für das Mittagessen Ihres Sohnes [[P|Nikolas]] (Grundschule am Kirchberg, Klasse 2a) für den Monat Oktober in Höhe von 71,40 EUR ist noch offen. Bitte überweisen Sie den Betrag bis zum 11.12.2026 unter Angabe der Kundennummer.

Wenn Sie Leistungen für Bildung und Teilhabe erhalten, reichen Sie bitte den Bescheid ein; dann wird das Mittagessen direkt abgerechnet.

Mit freundlichen Grüßen
[[P|Marcel Oehme]]""")

doc("word", "einladung-einbuergerungsfeier", f"""{CITY} · Der Oberbürgermeister

Herrn und Frau
[[P|Rajesh Iyer]] und [[P|Priya Iyer]]
[[A|Dresdner Straße 64]]
[[A|09437 Wolkenau]]

Wolkenau, im November 2026

Einladung zur Einbürgerungsfeier

Sehr geehrte Frau [[P|Iyer]], sehr geehrter Herr [[P|Iyer]],

herzlichen Glückwunsch zu Ihrer Einbürgerung! Der Oberbürgermeister [[P|Dr. Frank Leistner]] lädt Sie herzlich zur Feierstunde am Freitag, 15. Januar 2027, um 17 Uhr in den Festsaal des Rathauses (Eingang Kirchgasse, gegenüber der Stadtkirche) ein. Ihre Kinder [[P|Ananya]] und [[P|Vikram]] sind ebenfalls willkommen. Im Anschluss überreicht Ihnen die Leiterin der Einbürgerungsbehörde die Urkunden.

Bitte bringen Sie Ihre bisherigen indischen Reisepässe mit. Bitte teilen Sie uns bis 8. Januar mit, mit wie vielen Personen Sie kommen, unter {RATHAUS} oder an [[N|einbuergerung@wolkenau.de]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Claudia Weißflog]]""")

doc("word", "wohngeld-bescheid", f"""{CITY} · Wohngeldstelle

Herrn
[[P|Ionuț-Cristian Dumitrescu]]
[[A|Erzgebirgsstraße 47 c]]
[[A|09437 Wolkenau]]

Wohngeldnummer: [[AZ|WG-2026-05118]]
Wolkenau, 20.11.2026

Bescheid über Wohngeld (Mietzuschuss)

Sehr geehrter Herr [[P|Dumitrescu]],

auf Ihren Antrag vom 18.09.2026 wird Ihnen für den Bewilligungszeitraum 01.09.2026 bis 31.08.2027 Wohngeld in Höhe von monatlich 239,00 EUR bewilligt. Berücksichtigt wurden drei Haushaltsmitglieder: Sie selbst, Ihre Ehefrau [[P|Andreea Dumitrescu]] und Ihre Tochter [[P|Ioana]]. Die zu berücksichtigende Miete beträgt 565,00 EUR.

Die Nachzahlung für September bis November (717,00 EUR) wird in den nächsten Tagen auf Ihr Konto [[IBAN|{spaced_iban(g.iban_de())}]] überwiesen. Änderungen beim Einkommen oder bei der Zahl der Haushaltsmitglieder müssen Sie uns unverzüglich mitteilen (§ 27 WoGG).

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Großen Kreisstadt Wolkenau erhoben werden.

Im Auftrag
[[P|Jens-Uwe Richter]]
Tel. [[T|03726 7940-172]] · [[E|jens-uwe.richter@wolkenau.de]]""")

doc("word", "jugendamt-beistandschaft-vermerk", f"""Vermerk Beistandschaft – Feststellung der Vaterschaft

Kind: [[P|Malia Fofanah]], geb. [[DOB|11.04.2025]]
Mutter: [[P|Aminata Fofanah]], [[A|Am Kirchberg 12]], [[A|09437 Wolkenau]]
Benannter Vater: [[P|Kofi Mensah-Boateng]], zurzeit [[A|Rue de la Loi 41]], [[A|1040 Bruxelles]], Belgien
Az.: [[AZ|JA-51-BS-0097/25]]

Das vom Amtsgericht Freiberg eingeholte Abstammungsgutachten (DNA-Analyse nach § 1600d BGB) liegt vor: Die Vaterschaft von Herrn [[P|Mensah-Boateng]] ist mit einer Wahrscheinlichkeit von 99,999 % nachgewiesen. Das Ergebnis wurde der Mutter am 23.11.2026 erläutert.

Nächste Schritte: Beurkundung der Vaterschaft beim Standesamt, Unterhaltsberechnung. Herr [[P|Mensah-Boateng]] hat über seine Anwältin Einkommensnachweise angekündigt; er ist per E-Mail erreichbar: [[E|kofi.mensahboateng@gmail.com]].

[[P|Birgit Schönherr]], Beiständin""", ["GENETIC"])

# ====================================================================== other documents
doc("word", "einwohnerantrag-tempo30", f"""Einwohnerantrag nach § 23 SächsGemO
an den Stadtrat der Großen Kreisstadt Wolkenau

Tempo 30 und Querungshilfe an der Grundschule Nord (Fichtestraße / Körnerplatz)

Die Unterzeichnenden beantragen, dass der Stadtrat sich mit der Anordnung von Tempo 30 vor der Grundschule Nord und dem Bau einer Querungshilfe am Körnerplatz befasst. Seit Eröffnung des Gewerbegebiets fahren morgens zwischen 7 und 8 Uhr über 400 Fahrzeuge durch die Fichtestraße (eigene Zählung vom 04.11.2026).

Vertrauenspersonen:
1. [[P|Dr. Friederike von Einsiedel]], [[A|Körnerplatz 2]], [[A|09437 Wolkenau]], Tel. [[T|03726 61 02 77]]
2. [[P|Hendrik van der Linde]], [[A|Fichtestraße 19]], [[A|09437 Wolkenau]]

Unterschriftenliste (Auszug, Blatt 1 von 23):
[[P|Horváth, Zsófia]] – [[A|Fichtestraße 21]]
[[P|Dvořák, Tomáš]] – [[A|Fichtestraße 4b]]
[[P|Rahimi, Shirin]] – [[A|Körnerplatz 7]]
[[P|Al-Khatib, Yousef]] – [[A|Lindenallee 33]]
[[P|Böhme, Hannelore]] – [[A|Fichtestraße 40]]

Die vollständigen Listen (insgesamt 611 Unterschriften) werden im Bürgerbüro übergeben. Rückfragen bitte an die Vertrauenspersonen; Kopie an [[N|elternrat.gs-nord@web.de]] und [[E|sabine.hertel@t-online.de]].""")

doc("word", "widerspruch-anwalt-abschleppen", f"""RECHTSANWÄLTE SAUERBREY & KNOLL
[[P|Dr. Matthias Sauerbrey]] · [[P|Jana Knoll]]
[[N|Theaterstraße 17]] · [[N|09111 Chemnitz]]

Per Fax vorab: [[N|03726 7940-199]]
{CITY}
Straßenverkehrsbehörde

Ihr Zeichen: [[AZ|32.4-AS-2026-0783]]
Unser Zeichen: [[AZ|412/26 SB/kn]]
Chemnitz, 26.11.2026

Widerspruch gegen den Kostenbescheid vom 09.11.2026 (Abschleppkosten)

Sehr geehrte Damen und Herren,

wir zeigen an, dass uns Herr [[P|Emmanuel Ngassa Nkemdirim]], [[A|Siedlung am Wald 8]], [[A|09437 Wolkenau]], mit der Wahrnehmung seiner Interessen beauftragt hat. Eine Vollmacht liegt bei.

Namens und im Auftrag unseres Mandanten legen wir gegen den oben genannten Kostenbescheid über 287,40 EUR Widerspruch ein. Das Fahrzeug mit dem amtlichen Kennzeichen [[KFZ|C-EN 2211]] wurde am 30.10.2026 in der Talstraße abgeschleppt, obwohl das mobile Halteverbotsschild erst am Vortag um 16 Uhr aufgestellt worden war. Die Vorlaufzeit von 72 Stunden (vgl. BVerwG, Urt. v. 24.05.2018 – 3 C 25.16) war nicht eingehalten. Herrn [[P|Ngassas]] Fahrzeug stand dort bereits seit dem 27.10.

Bei der Herausgabe des Fahrzeugs hat unser Mandant sich mit seinem Personalausweis ([[IDC|{g.id_card(check_digit=True)}]]) ausgewiesen; die Kosten hat er unter Vorbehalt bezahlt. Wir beantragen, den Bescheid aufzuheben und den Betrag zu erstatten.

Mit freundlichen Grüßen
Dr. [[P|Sauerbrey]]
Rechtsanwalt""")

doc("outlook", "presseanfrage", f"""Betreff: Presseanfrage – Schließung Restaurant am Markt

Sehr geehrte Frau [[P|Hänel]],

ich recherchiere für die Freie Presse, Lokalredaktion Flöha, zur Schließung des Restaurants „Goldener Drache“ am Markt. Nach meinen Informationen hat die Lebensmittelüberwachung des Landkreises den Betrieb am 17.11. geschlossen; der Inhaber, [[P|Zhang Wei]], sagte mir gegenüber, er habe alle Auflagen erfüllt. Die CDU-Fraktion im Stadtrat hat dazu bereits eine Anfrage angekündigt.

Meine Fragen an die Stadt:
1. War das Ordnungsamt beteiligt, und seit wann war der Fall bekannt?
2. Hat der Oberbürgermeister mit Herrn [[P|Zhang]] gesprochen?
3. Gab es in diesem Jahr weitere Schließungen in Wolkenau?

Redaktionsschluss ist Donnerstag, 14 Uhr. Gern auch telefonisch.

Beste Grüße
[[P|Paulina Kaczmarek-Vogt]]
Freie Journalistin
[[T|+49 (0) 157 / 7731 4408]]
[[E|kontakt@kaczmarek-vogt.de]]
USt-IdNr.: [[VAT|{g.vat_id()}]]""")

doc("word", "hinweis-buergermeister-warnstreik", f"""Hinweis an den Oberbürgermeister
Von: Hauptamt / Personal – [[P|H.-J. Scholz]]
Datum: 25.11.2026
Vertraulich – nur zur Kenntnis

Betreff: Angekündigter Warnstreik am 2. Dezember

Herr Oberbürgermeister,

ver.di hat für den 2. Dezember einen ganztägigen Warnstreik im kommunalen Dienst angekündigt. Betroffen wären nach derzeitigem Stand die Kitas Sonnenschein und Zwergenland sowie der Bauhof.

Zur Einordnung: Der Vorsitzende des Personalrats, [[P|Jörg Bachmann]], ist zugleich ver.di-Vertrauensmann und hat mich gestern vorab informiert. Aus dem Bauhof haben sich [[P|Arbër Krasniqi]] und [[P|Mahmoud El-Sayed]] als Gewerkschaftsmitglieder zur Streikleitung gemeldet; Herr [[P|Krasniqi]] bittet um ein Gespräch zur Notdienstvereinbarung. Der Gottesdienst zum Advent in der Stadtkirche St. Marien am selben Abend ist nicht betroffen.

Vorschlag: Gespräch mit dem Personalrat am Freitag, 27.11., 9 Uhr, Besprechungsraum OB. Ich bin erreichbar unter [[T|03726 7940-110]] oder mobil [[T|0175 9903 218]].

[[P|Scholz]]""", ["UNION"])

doc("word", "formular-hilfe-zur-pflege", f"""{CITY} – Sozialamt
Antrag auf Hilfe zur Pflege (§§ 61 ff. SGB XII)

1. Antragstellende Person
Name, Vorname: [[P|Schmidt, Lydia]]
Geburtsname: [[P|Dick]]
Geburtsdatum / -ort: [[DOB|17.02.1948]] / Karaganda (Kasachstan)
Anschrift: [[A|Hohe Straße 2]], [[A|09437 Wolkenau]]
Telefon: [[T|03726-64 11 98]]
Personalausweis-Nr.: [[IDC|{g.id_card()}]]
Steuerliche IdNr.: [[TID|{g.tax_id()}]]
Rentenversicherungsnummer: [[SSN|{g.social_security("170248", "D")}]]

2. Krankenversicherung
Kasse: BARMER    Versichertennummer: [[KV|{g.health_insurance()}]]

3. Pflegebedürftigkeit
Pflegegrad: 3 (seit 03/2025)    Diagnose laut Gutachten: Morbus Parkinson, Demenz im Anfangsstadium
Pflege erfolgt durch: Sohn [[P|Viktor Schmidt]] und ambulanten Pflegedienst

4. Bankverbindung
Kontoinhaber: [[P|Viktor Schmidt]] (Betreuer)
IBAN: [[IBAN|{g.iban_de()}]]

5. Bevollmächtigte/r / Betreuer/in
[[P|Viktor Schmidt]], [[A|Am Flöhaer Weg 14]], [[A|09557 Flöha]], [[E|viktor.schmidt1972@gmx.net]]

Ort, Datum: Wolkenau, 20.11.2026
Unterschrift: ____________________""", ["HEALTH"])

doc("outlook", "vereinsanmeldung-stadtfest", f"""Betreff: Anmeldung Verein – Stand beim Stadtfest „Wolkenauer Bergmannstag“

Sehr geehrte Damen und Herren,

hiermit meldet sich der Afrikanisch-Sächsische Kulturverein Mittelsachsen e. V. (VR 2417, Amtsgericht Chemnitz) für einen Stand beim Bergmannstag am 12. und 13. Juni 2027 an. Wir möchten Essen aus Ghana, Kamerun und Somalia anbieten und nachmittags eine Trommelgruppe auftreten lassen.

Vorstand:
Vorsitzende: [[P|Abena Owusu-Ansah]]
Stellv. Vorsitzender: [[P|Faysal Abdi Warsame]]
Kassenwartin: [[P|Lucía Fernández Ortega]]

Ansprechpartnerin für den Stand ist [[P|Abena]], Handy [[T|0152 0338 4190]]. Die Steuernummer des Vereins (gemeinnützig) lautet [[TNR|{tax_number_sn_federal()}]], Freistellungsbescheid anbei.

Die Standgebühr von 45 EUR bitte von der Vereins-Kreditkarte abbuchen: Visa [[CC|{group(g.credit_card("4", 16), 4)}]], gültig bis 03/29, Karteninhaberin [[P|Lucía Fernández Ortega]]. Strom brauchen wir (230 V, Stand-Nr. wie 2026: B 14).

Mit freundlichen Grüßen
[[P|Abena Owusu-Ansah]]
[[A|Straße der Freundschaft 6]], [[A|09437 Wolkenau]]
[[N|vorstand@afrika-sachsen-kultur.de]]""")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "fresh8.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for i, (channel, template, text, flags) in enumerate(DOCS, 1):
            f.write(json.dumps(build(i, channel, template, text, flags), ensure_ascii=False) + "\n")
    print(f"{len(DOCS)} documents -> {out}")


if __name__ == "__main__":
    main()
