"""Writes fresh14.jsonl (batch 14): held-out documents of the invented town Aischfeld (Lkr. Neustadt a.d.Aisch-Bad Windsheim, Mittelfranken).
Texts carry inline marks; marks.build strips them. Identifiers from identifiers.py, seed 1414141."""
import json, os, sys
CORPUS = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, CORPUS)
from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod11_10_check, luhn_check, icao_check, digit_sum  # noqa: E402

I = Identifiers(1414141)
ib = [I.iban_de() for _ in range(9)]
ib_pl = I.iban("PL", 24)
tid1, tid2 = I.tax_id(), I.tax_id()
vat1 = I.vat_id()
tnr1, tnr2 = I.tax_number_bavaria(), I.tax_number_bavaria()
idc1, idc2, idc3 = I.id_card(True), I.id_card(False), I.id_card(True)
pas1, pas2, pas3 = I.passport(False), I.passport(True), I.passport(False)
rv1 = I.social_security("071196", "H")
rv2 = I.social_security("230487", "S")
kv1, kv2, kv3 = I.health_insurance(), I.health_insurance(), I.health_insurance()
cc1 = I.credit_card("4", 16)
cc2 = I.credit_card("52", 16)


def g4(v):
    return group(v, 4)


def tid_sp(t):
    return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"


def rv_sp(r):
    return f"{r[:2]} {r[2:8]} {r[8]} {r[9:]}"


D = []


def doc(channel, template, marked, flags=()):
    D.append((channel, template, marked, list(flags)))


# ---------------- citizen mails (15) ----------------
doc("outlook", "ummeldung", f"""Betreff: Ummeldung innerhalb von Aischfeld – Terminanfrage

Sehr geehrte Damen und Herren,

zum 1. des Monats bin ich von der [[A|Würzburger Straße 41]] in die [[A|Egerländer Weg 6 a]], [[A|91466 Aischfeld]] umgezogen (Wohnung im 1. OG rechts). Ich möchte mich ummelden und bitte um einen Termin im Bürgeramt, möglichst an einem Donnerstag nach 16 Uhr.

Zur Vorbereitung: Ich heiße [[P|Katharina Gebhardt]], geboren am [[DOB|14.08.1979]] in Bamberg. Mein Personalausweis hat die Nummer [[IDC|{idc1}]] und ist noch bis 2029 gültig. Die Wohnungsgeberbestätigung meiner Vermieterin, Frau [[P|Stöcklein]], bringe ich mit.

Am besten erreichen Sie mich mobil unter [[T|0160 7718 2930]] oder per Mail an [[E|k.gebhardt@t-online.de]].

Vielen Dank und freundliche Grüße
[[P|Katharina Gebhardt]]""")

doc("outlook", "sperrmuell", f"""Betreff: sperrmüll termin verschoben??

hallo,

ich hatte sperrmüll für den 12. angemeldet (auftragsnr. 2025-88317) und jetzt steht in der app ein ganz anderer termin. die sachen stehen schon seit gestern vor dem haus [[A|obere bachgasse 7]] und der nachbar ist schon sauer. könnt ihr bitte mal schauen ob das noch klappt?? bin erreichbar unter [[T|0152-28411907]], ab 17 uhr, sonst geht meine freundin [[P|mia]] ran. angemeldet ist es auf [[P|florian leykauf]].

grüße
[[P|flo]]

--
gesendet von [[E|fleykauf91@web.de]]""")

doc("outlook", "hundesteuer", f"""Betreff: Hundsteur abmelden

Sehr geerte Damen und Heren,

unser Hund Bruno ist leider am Wochenende gestorben, er war 14 Jahre alt und zuletzt beim Tierarzt in Behandlung. Ich möchte ihn deshalb bei der Hundsteuer abmelden. Das Kassenzeichen auf dem letzen Bescheid ist [[AZ|6.1300.118204.7]], die Hundemarke Nr. 0412 schicke ich mit der Post zurück.

Falls ich zuviel bezahlt habe bitte auf unser Konto zurück überweisen, IBAN [[IBAN|{g4(ib[0])}]], Kontoinhaber ist mein Mann [[P|Reinhold Dennerlein]].

Mit freundlichem Gruß
[[P|Gerda Dennerlein]]
[[A|Am Zwinger 19]]
[[A|91466 Aischfeld]]
Tel [[T|09165/3318]]""")

doc("outlook", "auslaenderbehoerde", f"""Betreff: AW: Ihr Antrag auf Verlängerung der Aufenthaltserlaubnis – Az. [[AZ|AB-32.2-1187/24]]

Sehr geehrte Frau [[P|Pöhlmann]],

danke für Ihre Mail. Ich habe jetzt neuen Reisepass bekommen von Botschaft in Berlin, die Nummer ist [[PASS|{pas3}]]. Der alte Pass ist abgelaufen, ich bringe beide zum Termin. Bescheinigung von Arbeitgeber kommt diese Woche, meine Chefin Frau [[P|Wunderlich]] hat gesagt sie schickt direkt zu Ihnen.

Ich hoffe es ist so richtig. Meine Telefon ist noch gleich: [[T|+49 176 43318820]].

Mit freundliche Grüße
[[P|Amal Haddad]]

-----Ursprüngliche Nachricht-----
Von: [[P|Sandra Pöhlmann]] <[[E|s.poehlmann@aischfeld.de]]>
Gesendet: Dienstag, 4. November 2025 09:12
An: [[E|amal.haddad88@gmail.com]]
Betreff: Ihr Antrag auf Verlängerung der Aufenthaltserlaubnis

Sehr geehrte Frau [[P|Haddad]],
für die Verlängerung benötigen wir noch einen gültigen Nationalpass und eine aktuelle Arbeitgeberbescheinigung. Bei Rückfragen erreichen Sie mich unter [[T|09165 776-214]].
Mit freundlichen Grüßen
Im Auftrag
[[P|Pöhlmann]]""")

doc("outlook", "gewerbe", f"""Betreff: Gewerbeanmeldung Trockenbau – Frage zu Unterlagen

Guten Tag,

ich bin [[P|Tomasz Kowalczyk]] und möchte in Aischfeld ein Gewerbe anmelden, Trockenbau und Fliesen. Firma wird heißen „Trockenbau [[P|Kowalczyk]]“. Ich wohne noch in Polen, Adresse: [[A|ul. Ogrodowa 14/3]], [[A|58-500 Jelenia Góra]], ab Januar habe ich Wohnung in [[A|Schwabacher Straße 88]], [[A|91466 Aischfeld]].

Vom Finanzamt habe ich schon Steuernummer [[TNR|{tnr1}]] und USt-IdNr. [[VAT|{vat1}]] bekommen. Muss ich noch was anderes mitbringen? Auftrag Nr. 2025/117 von der Firma Bauernschmitt GmbH habe ich schon, da fange ich im Februar an.

Sie können mich anrufen auf polnische Nummer [[T|+48 601 482 937]] oder deutsch [[T|0157 3390 4471]].

Pozdrawiam / Viele Grüße
[[P|Tomasz]]""")

doc("outlook", "friedhof", f"""Betreff: Grabstätte meines Mannes – Verlängerung

Sehr geehrte Damen und Herren der Friedhofsverwaltung,

mein Enkel [[P|Tobias]] schreibt diese Nachricht für mich, da ich mit dem Computer nicht zurechtkomme.

Mein lieber Mann, [[P|Georg Höfling]], ist im Frühjahr 2005 verstorben und liegt auf dem Alten Friedhof, Grab Nr. 4-117. Das Nutzungsrecht läuft nun aus, und ich möchte es um weitere zehn Jahre verlängern. Mein Mann war sein Leben lang gläubiger Katholik, und es ist mir ein Herzensanliegen, dass zu seinem zwanzigsten Todestag ein Seelenamt gehalten werden kann und ich neben ihm bestattet werde.

Die Gebühr bitte von meinem Konto abbuchen: [[IBAN|{ib[1]}]] bei der Sparkasse.

Ich bin bald 86 Jahre alt (geboren am [[DOB|2. Februar 1940]]) und nicht mehr gut zu Fuß. Rufen Sie mich bitte an, am besten vormittags: [[T|0 91 65 / 4 21 07]].

Hochachtungsvoll
[[P|Hildegard Höfling]]
[[A|Kirchplatz 3]]
[[A|91466 Aischfeld]]""", ["RELIGION"])

doc("outlook", "jugend", f"""Betreff: praktikum im jugendzentrum?

hey,

ich bin [[P|Leonie Fleischmann]], 15 jahre alt (geb. [[DOB|3.9.2010]]) und geh in die 9. klasse der mittelschule. wir müssen im märz ein praktikum machen, 2 wochen, und ich würde voll gern ins jugendzentrum am schlossgraben. ich kenn da schon [[P|Jana]] von der hausaufgabenhilfe.

ich hab ADHS und nehm medikamente, also falls das wichtig ist sag ichs lieber gleich, in der schule klappt es aber gut.

meine mama ([[P|Sabine Fleischmann]]) weiß bescheid, ihre nummer ist [[T|0171 4456723]].

lg leonie
[[E|leo.fleischi2010@icloud.com]]""", ["HEALTH"])

doc("outlook", "zulassung", f"""Betreff: Wunschkennzeichen und Abmeldung Zweitwagen

Sehr geehrte Damen und Herren,

ich möchte für meinen neuen Wagen das Wunschkennzeichen [[KFZ|NEA-HW 1962]] reservieren, falls das noch frei ist. Gleichzeitig soll der bisherige Zweitwagen mit dem Kennzeichen [[KFZ|ERH-K 447]] abgemeldet werden, er ist bereits verkauft (Rechnung Nr. 2025-0871 vom Autohaus liegt vor).

Die Kfz-Steuer wird vom Zoll eingezogen, die Gebühren der Zulassungsstelle können Sie gern per Lastschrift von [[IBAN|{g4(ib[2])}]] einziehen.

Halter ist mein Mann [[P|Hans-Werner Schwemmer]], er hat mir eine Vollmacht ausgestellt. Ich bin erreichbar unter [[T|+49 (0)9165 41872]].

Mit freundlichen Grüßen
[[P|Ute Schwemmer]]
[[A|Riedfeld 22]], [[A|91467 Aischfeld-Ostheim]]""")

doc("outlook", "schulbus", f"""Betreff: Schülerbeförderung für unseren Sohn Emil – bitte um Ausnahme

Sehr geehrte Damen und Herren vom Schulamt,

unser Sohn [[P|Emil]] (geb. [[DOB|21.06.2017]]) besucht ab Januar die Grundschule am Kellerberg. Er hat seit letztem Jahr Diabetes Typ 1 und trägt eine Insulinpumpe. Der Fußweg von unserer Wohnung in der [[A|Untere Mühlgasse 11]] beträgt nur 1,8 km, dennoch bitten wir um Aufnahme in die Schülerbeförderung, da Emil bei Unterzuckerung nicht allein laufen sollte. Ein Attest der Kinderärztin liegt bei.

Emil ist bei der AOK Bayern versichert, Versichertennummer [[KV|{kv1}]].

Für Rückfragen: [[P|Mehmet Yıldırım]] (Vater) [[T|0151 2230 7781]], [[P|Jessica Yıldırım-Popp]] (Mutter) [[E|jessica.popp@gmx.de]].

Viele Grüße
[[P|Jessica Yıldırım-Popp]] und [[P|Mehmet Yıldırım]]""", ["HEALTH"])

doc("outlook", "bauordnung", f"""Betreff: Anbau Nachbargrundstück – Einhaltung Abstandsflächen?

Sehr geehrte Damen und Herren,

auf dem Nachbargrundstück, Flurstück 731/2, Gemarkung Aischfeld, errichtet Herr [[P|Dippold]] seit zwei Wochen einen Anbau, der nach meiner Messung nur 1,90 m von unserer Grenze entfernt ist. Nach § 6 BayBO wären meines Wissens 3 m einzuhalten. Der Bebauungsplan Nr. 23 „Am Kellerberg“ sieht zudem eine offene Bauweise vor. Unser Haus ([[A|Am Kellerberg 14]]) liegt direkt neben der katholischen Kirche St. Johannis, der Anbau nimmt uns nun jedes Licht.

Ich bitte um Prüfung, ob eine Baugenehmigung vorliegt. Ein Lieferwagen der Baufirma mit dem Kennzeichen [[KFZ|SW-BK 318]] parkt zudem täglich auf dem Gehweg.

Mit freundlichen Grüßen
Dipl.-Ing. [[P|Bernd Zeilinger]]
Tel. [[T|0911 / 2 44 18 60]]
[[E|bernd@zeilinger-home.de]]""")

doc("outlook", "standesamt", f"""Betreff: Anmeldung zur Eheschließung – benötigte Unterlagen

Sehr geehrte Damen und Herren,

mein Verlobter und ich möchten im Juni im Standesamt Aischfeld heiraten und bitten um einen Termin zur Anmeldung der Eheschließung. Wir sind beide Männer, wir leben seit sechs Jahren zusammen und freuen uns sehr auf den Tag.

Zu uns:
[[P|Dr. Jonas Amon-Wirth]], geb. [[DOB|30.01.1988]] in Nürnberg, deutsch;
[[P|Rafael Costa Ferreira]], geb. [[DOB|11.05.1990]] in Recife (Brasilien), brasilianischer Staatsangehöriger, Reisepass [[PASS|{pas1}]].

Welche Dokumente aus Brasilien benötigen wir mit Apostille? Unser gemeinsamer Wohnsitz ist [[A|Kastanienallee 5]], [[A|91466 Aischfeld]].

Herzliche Grüße
[[P|Jonas Amon-Wirth]]
[[T|+49 160 9928113]]""", ["SEXUAL_ORIENTATION"])

doc("outlook", "stadtkasse", f"""Betreff: Doppelte Abbuchung Parkgebühren – Bitte um Erstattung

Sehr geehrte Damen und Herren,

am 17.10.2025 habe ich am Parkscheinautomaten am Klinikum-Parkplatz 6,50 EUR bezahlt, auf meiner Kreditkartenabrechnung erscheint der Betrag jedoch zweimal (Beleg Nr. 443812). Die Karte ist eine VISA mit der Nummer [[CC|{g4(cc1)}]], Karteninhaberin ist meine Frau [[P|Olga Ivanova-Kraus]].

Die Stadtkasse hatte mir geantwortet, ich solle mich unter Angabe der Kundennummer [[AZ|40011872]] melden. Die frühere Karte [[CC|{cc2}]] ist seit September gesperrt und betrifft das nicht. Bitte erstatten Sie den doppelten Betrag auf unser Girokonto [[IBAN|{ib[3]}]].

Mit freundlichen Grüßen
[[P|Dietmar Kraus]]
[[A|Hopfengarten 27]] · [[A|91466 Aischfeld]]
[[T|09165 94 03 12]]""")

doc("outlook", "bewerbung", f"""Betreff: Frage zur Stellenausschreibung Nr. 31/2025 (Sachbearbeitung Bürgeramt)

Sehr geehrte Damen und Herren,

ich interessiere mich für die ausgeschriebene Stelle im Bürgeramt und habe vorab zwei Fragen. Ich bin schwerbehindert (GdB 50, chronische Darmerkrankung) und möchte wissen, ob der Arbeitsplatz für Telearbeit geeignet ist. Außerdem bin ich seit vielen Jahren aktives ver.di-Mitglied und Vertrauensfrau in meinem jetzigen Betrieb – gibt es bei Ihnen einen Personalrat, mit dem ich vorab sprechen kann?

Als Ansprechpartner ist in der Ausschreibung Herr [[P|Bayer]] genannt, den ich telefonisch nicht erreicht habe. Meine Bewerbungsunterlagen würde ich bis zum 30.11. einreichen.

Mit freundlichen Grüßen
[[P|Nadine Rückert]]
[[A|Lindenstraße 9]]
[[A|91413 Neustadt a.d.Aisch]]
[[T|0176/55 21 03 98]]
[[E|nadine.rueckert@posteo.de]]""", ["HEALTH", "UNION"])

doc("outlook", "laerm", f"""Betreff: ruhestörung jedes wochenende

guten abend,

ich wohne in der [[A|gartenstraße 12]] im erdgeschoss und jedes wochenende ist bei der familie [[P|Okafor]] im 1. stock bis 3 uhr nachts party, laute musik und leute im treppenhaus. ich hab schon zweimal die polizei (110) gerufen, hat nix gebracht. frau [[P|leykauf]] aus dem 2. stock kann das auch bestätigen.

was kann das ordnungsamt da machen? ich muss um 5 aufstehen für die arbeit.

die hausverwaltung [[P|Gründl]] immobilien reagiert auch nicht.

mfg
[[P|S. Bajramović]]
[[T|01522 9034412]]
[[E|sbajramovic@gmx.de]]""")

doc("outlook", "gewerbesteuer", f"""Betreff: Gewerbesteuer-Vorauszahlung 2026 – Bäckerei Scheuerlein

Sehr geehrte Damen und Herren,

für meine Bäckerei (Einzelunternehmen, Bäckerei [[P|Scheuerlein]], Inhaber [[P|Michael Scheuerlein]]) haben Sie die Vorauszahlungen zur Gewerbesteuer für 2026 auf 4.820 EUR festgesetzt. Wegen des Umbaus der Backstube ist der Gewinn deutlich gesunken, der Steuerberater hat eine Aufstellung beigefügt. Ich bitte um Herabsetzung.

Angaben: Steuernummer [[TNR|{tnr2}]], steuerliche Identifikationsnummer [[TID|{tid_sp(tid1)}]], Bescheid vom 03.02.2025, Az. [[AZ|StA-22/1140/2025]].

Erstattungen bitte auf das Geschäftskonto [[IBAN|{g4(ib[4])}]].

Mit freundlichen Grüßen
[[P|Michael Scheuerlein]]
Bäckermeister
[[A|Marktplatz 8]], [[A|91466 Aischfeld]]
[[T|09165 / 7 71 30]]""")

# ---------------- power of attorney (other) ----------------
doc("word", "vollmacht", f"""VOLLMACHT

Hiermit bevollmächtige ich,

[[P|Elfriede Pfister]], geb. [[DOB|19.12.1938]],
wohnhaft im Seniorenzentrum Aischblick, [[A|An der Aisch 40]], [[A|91466 Aischfeld]], Zimmer 214,

meinen Sohn

[[P|Werner Pfister]], geb. [[DOB|05.07.1964]],
[[A|Bamberger Str. 17]], [[A|96050 Bamberg]],
Personalausweis-Nr. [[IDC|{idc2}]],

mich gegenüber dem Bürgeramt der Stadt Aischfeld zu vertreten, insbesondere meinen neuen Personalausweis abzuholen und die Briefwahlunterlagen für mich zu beantragen und entgegenzunehmen.

Ich kann wegen meiner fortschreitenden Demenz und der Pflegebedürftigkeit (Pflegegrad 4) nicht mehr persönlich erscheinen.

Aischfeld, den 28.10.2025

(Unterschrift [[P|E. Pfister]])""", ["HEALTH"])

# ---------------- staff documents (9) ----------------
doc("word", "bescheid", f"""Stadt Aischfeld · Jugendamt · [[N|Marktplatz 1]] · [[N|91466 Aischfeld]]

Frau
[[P|Selin Arslan-Maier]]
[[A|Kellerberg 3 b]]
[[A|91466 Aischfeld]]

Aktenzeichen: [[AZ|51.3-KB-0093/25]]
Auskunft: Herr [[P|Loos]], Zimmer 1.07, Tel. [[T|09165 776-308]]

Bescheid über die Übernahme des Elternbeitrags für die Kindertagesbetreuung

Sehr geehrte Frau [[P|Arslan-Maier]],

auf Ihren Antrag vom 12.09.2025 wird der Elternbeitrag für Ihre Tochter [[P|Mira]] in der Kita „Regenbogen“ ab 01.10.2025 in Höhe von monatlich 182,00 EUR gemäß § 90 Abs. 4 SGB VIII vollständig übernommen. Die Zahlung erfolgt unmittelbar an den Träger.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach seiner Bekanntgabe Klage beim Bayerischen Verwaltungsgericht Ansbach, [[N|Promenade 24-28]], [[N|91522 Ansbach]], erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Loos]]""")

doc("word", "anhoerung", f"""Stadt Aischfeld – Ordnungsamt, Verkehrsüberwachung

Herrn
[[P|Kevin Bauernschmitt]]
[[A|Wiesenweg 2]]
[[A|91467 Aischfeld-Ostheim]]

Az.: [[AZ|OA-VÜ 2025-004318]]

Anhörung im Bußgeldverfahren

Sehr geehrter Herr [[P|Bauernschmitt]],

Ihnen wird vorgeworfen, am 09.10.2025 um 07:42 Uhr in Aischfeld, Würzburger Straße, Höhe Haus Nr. 60, als Führer des Pkw mit dem amtlichen Kennzeichen [[KFZ|NEA-KB 88]] die zulässige Höchstgeschwindigkeit innerhalb geschlossener Ortschaften um 23 km/h überschritten zu haben (§ 41 Abs. 1 StVO, § 24 StVG). Es kommt eine Geldbuße von 150,00 EUR in Betracht.

Personalien laut Halterauskunft: geboren am [[DOB|17.03.2002]] in Neustadt a.d.Aisch.

Sie haben Gelegenheit, sich innerhalb einer Woche zu äußern. Falls Sie nicht selbst gefahren sind, nennen Sie bitte Name und Anschrift der Fahrerin oder des Fahrers.

Im Auftrag
[[P|Dörfler]]""")

doc("word", "aktenvermerk", f"""Aktenvermerk – Ausländerbehörde

Az.: [[AZ|AB-32.1-0417/2025]]
Betreff: Vorsprache von Herrn [[P|Xalid Murad]], geb. [[DOB|01.01.1995]], irakischer Staatsangehöriger

Herr [[P|Murad]] sprach heute mit dem Dolmetscher Herrn [[P|Ferhad Aziz]] vor. Er legte seinen irakischen Reisepass Nr. [[PASS|{pas2}]] vor, gültig bis 2031. Er gab an, als Jeside aus dem Sindschar-Gebiet geflohen zu sein; seine Ehefrau [[P|Nadia]] und die beiden Kinder leben derzeit noch in einem Lager in Dohuk. Er beabsichtigt, einen Antrag auf Familiennachzug zu stellen.

Anschrift: Gemeinschaftsunterkunft, [[A|Lagerhausstraße 4]], [[A|91466 Aischfeld]], Zimmer 12.
Eigene Mobilnummer: [[T|0155 6012 8834]].

Weiteres Vorgehen: Merkblatt Familiennachzug ausgehändigt; WV in 4 Wochen.

[[P|S. Pöhlmann]], 06.11.2025""", ["ETHNICITY", "RELIGION"])

doc("word", "telefonnotiz", f"""Telefonnotiz

Datum: 05.11.2025, 10:20 Uhr
Anrufer: Herr [[P|Gustav Kreß]], Sohn von [[P|Irmgard Kreß]]
Rückruf unter: [[T|+49 9161 88 73 05]]
Betreff: Grundsteuer für das Anwesen [[A|Hirtengasse 4]] (Kassenzeichen [[AZ|6.1100.204317.9]])

Herr [[P|Kreß]] teilt mit, dass seine Mutter seit August im Heim lebt und die Post nicht mehr selbst bearbeitet. Er bittet, Bescheide künftig an ihn zu senden: [[A|Nürnberger Str. 120]], [[A|90762 Fürth]]. Eine Betreuungsurkunde liegt angeblich vor und wird nachgereicht. Außerdem fragt er, ob die Abbuchung auf sein Konto umgestellt werden kann.

An Stadtkasse zur Kenntnis. Rückruf erledigt am 05.11., 14:05 Uhr.

Notiert: [[P|M. Popp]], App. 251""")

doc("word", "protokoll", f"""Protokoll Hilfeplangespräch

Az.: [[AZ|JA-HzE 27/0318]]
Datum: 22.10.2025, 14:00–15:30 Uhr, Jugendamt Aischfeld, Besprechungsraum 0.12

Teilnehmende: [[P|Anja Lehner]] (Jugendamt, fallführend), [[P|Carina Stirnweiß]] (Mutter), [[P|Noah]] (12 Jahre), Dipl.-Psych. [[P|Ralf Gründl]] (Erziehungsberatung), Herr [[P|Amon]] (Klassenlehrer)

1. Stand: [[P|Noah]] befindet sich seit Juni wegen einer Angststörung in ambulanter kinderpsychiatrischer Behandlung. Der Schulbesuch ist seit September wieder regelmäßig. Frau [[P|Stirnweiß]] berichtet von deutlich weniger Panikattacken.
2. Vereinbarung: Fortsetzung der Erziehungsbeistandschaft für weitere sechs Monate; Herr [[P|Gründl]] stimmt sich mit der behandelnden Ärztin ab.
3. Nächstes Gespräch: April 2026.

Kontakt Mutter: [[T|0170 - 338 12 90]], [[E|carina.stirnweiss@freenet.de]]

Für das Protokoll: [[P|A. Lehner]]""", ["HEALTH"])

doc("word", "mahnung", f"""Stadt Aischfeld · Stadtkasse · [[N|Marktplatz 1]] · [[N|91466 Aischfeld]]

Herrn
[[P|Erhard von Seckendorff]]
[[A|Schloßweg 1]]
[[A|91467 Aischfeld-Ostheim]]

Kassenzeichen: [[AZ|6.1100.377120.4]]
Datum: 10.11.2025

1. Mahnung

Sehr geehrter Herr [[P|von Seckendorff]],

bei der Prüfung unserer Konten haben wir festgestellt, dass folgende Beträge noch offen sind:
Grundsteuer B, Fälligkeit 15.08.2025: 642,30 EUR
Abwassergebühr (Rechnung Nr. 2025/55821): 118,75 EUR
Mahngebühr: 5,00 EUR
Gesamt: 766,05 EUR

Bitte überweisen Sie den Betrag bis zum 24.11.2025 auf das Konto der Stadtkasse, IBAN [[N|{g4(ib[5])}]], unter Angabe des Kassenzeichens. Andernfalls müssen wir die Vollstreckung einleiten.

Für Fragen steht Ihnen Frau [[P|Hetzel]] unter [[T|09165 776-412]] zur Verfügung (allgemein: [[N|09165 776-0]]).

Mit freundlichen Grüßen
Stadtkasse Aischfeld""")

doc("word", "einladung", f"""Stadt Aischfeld – Personalamt

Frau
[[P|Nadine Rückert]]
[[A|Lindenstraße 9]]
[[A|91413 Neustadt a.d.Aisch]]

Ihre Bewerbung vom 28.11.2025 – Stellenausschreibung Nr. 31/2025

Sehr geehrte Frau [[P|Rückert]],

wir laden Sie zu einem Vorstellungsgespräch am Dienstag, 16.12.2025, 10:30 Uhr, im Rathaus, Sitzungssaal 2.14, ein. Da Sie in Ihrer Bewerbung auf Ihre Schwerbehinderung hingewiesen haben, nimmt die Schwerbehindertenvertretung, Herr [[P|Kurt Gebhardt]], an dem Gespräch teil. Ein barrierefreier Zugang besteht über den Hintereingang.

Bitte bestätigen Sie den Termin bis zum 09.12.2025 an Frau [[P|Dr. Miriam Fuchs-Leitner]], [[E|m.fuchs-leitner@aischfeld.de]], oder an [[N|personalamt@aischfeld.de]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Dr. Fuchs-Leitner]]
Leiterin Personalamt""", ["HEALTH"])

doc("word", "bestaetigung", f"""Stadt Aischfeld – Bürgeramt
Meldebehörde

Bestätigung über die Anmeldung (§ 24 Abs. 2 BMG)

Familienname: [[P|Nguyen]]
Vornamen: [[P|Thi Lan]]
Geburtsdatum: [[DOB|08.04.1992]]
Geburtsort: Hải Phòng (Vietnam)
Einzugsdatum: 01.11.2025
Anschrift: [[A|Bahnhofstraße 31]], [[A|91466 Aischfeld]]
Frühere Anschrift: [[A|Fürther Straße 212]], [[A|90429 Nürnberg]]
Identitätsnachweis: Personalausweis [[IDC|{idc3}]]

Mit ihr zugezogen: [[P|Minh Anh Nguyen]] (Tochter), geb. [[DOB|15.02.2019]]

Diese Bestätigung wurde maschinell erstellt.
Aischfeld, 03.11.2025, Sachbearbeitung: [[P|Bayer]] (Platz 4)""")

doc("word", "verfuegung", f"""Verfügung

Az.: [[AZ|OA-32.3/GW-2025-0211]]

1. Vermerk: Die Gaststätte „Zum Roten Ochsen“, [[A|Hauptstraße 44]], wird seit 01.09.2025 von Herrn [[P|Dragan Petrović]] betrieben (Gewerbeanmeldung liegt vor). Eine Gaststättenerlaubnis nach § 2 GastG wurde nicht beantragt. Laut Bauamt (Herr [[P|Körber]]) wurde der Nebenraum ohne Nutzungsänderung als Veranstaltungsraum eingerichtet.

2. Schreiben an Herrn [[P|Petrović]] (Anhörung, Entwurf anbei), z. Hd. [[E|d.petrovic.gastro@gmail.com]], nachrichtlich per Post.

3. Abdruck an Bauordnung, Herrn [[P|Körber]], Tel. [[T|776-317]].

4. WV: 01.12.2025

Aischfeld, 04.11.2025
[[P|Wunderlich]]
Sachgebietsleiterin Gewerbe""")

# ---------------- other (5 more) ----------------
doc("word", "personalbogen", f"""Personalbogen – Neueinstellung (Personalamt)

Name: [[P|Hetzel]]
Vorname: [[P|Maximilian]]
Geburtsname: –
Geburtsdatum: [[DOB|07.11.1996]]
Geburtsort: Scheinfeld
Staatsangehörigkeit: deutsch
Anschrift: [[A|Scheinfelder Str. 15]], [[A|91466 Aischfeld]]
Telefon privat: [[T|0160/4471928]]
E-Mail privat: [[E|max.hetzel@outlook.de]]
Familienstand: verheiratet
Konfession (Kirchensteuer): römisch-katholisch
Steuer-ID: [[TID|{tid_sp(tid2)}]]
Sozialversicherungsnummer: [[SSN|{rv_sp(rv1)}]]
Krankenkasse: Techniker Krankenkasse
Versichertennr.: [[KV|{kv2}]]
Bankverbindung: [[IBAN|{ib[6]}]]
Schwerbehinderung: nein
Eintritt: 01.01.2026
Personalnummer: [[N|20871]]""", ["RELIGION"])

doc("word", "anwalt", f"""RECHTSANWÄLTIN DR. KERSTIN WOLFRUM
Fachanwältin für Verwaltungsrecht
[[A|Königstraße 63]] · [[A|90402 Nürnberg]]
Tel. [[T|(0911) 52 87 30-14]] · [[E|wolfrum@kanzlei-wolfrum.de]]

Stadt Aischfeld
Bauordnungsamt
[[N|Marktplatz 1]]
[[N|91466 Aischfeld]]

Ihr Zeichen: [[AZ|BA-2025-0193]]
Unser Zeichen: [[AZ|113/25 WO]]

Sehr geehrte Damen und Herren,

in der Bausache [[P|Dippold]] zeige ich unter Vorlage einer auf mich lautenden Vollmacht an, dass mich Herr [[P|Anton Dippold]], [[A|Am Kellerberg 16]], [[A|91466 Aischfeld]], mit der Wahrnehmung seiner rechtlichen Interessen beauftragt hat.

Mein Mandant hat den Anbau in Übereinstimmung mit dem Bebauungsplan Nr. 23 errichtet; die Einwendungen des Nachbarn, Herrn [[P|Zeilinger]], sind unbegründet. Ich beantrage Akteneinsicht gemäß Art. 29 BayVwVfG und bitte, bis dahin von einer Baueinstellung abzusehen.

Mit freundlichen Grüßen
[[P|Dr. Wolfrum]]
Rechtsanwältin""".replace("RECHTSANWÄLTIN DR. KERSTIN WOLFRUM", "RECHTSANWÄLTIN [[P|DR. KERSTIN WOLFRUM]]"))

doc("word", "liste", f"""Vorschlagsliste der Stadt Aischfeld für die Schöffenwahl 2028–2033 (Auszug, nicht öffentlich)

Lfd. Nr. | Name, Vorname | Geburtsdatum | Beruf | Anschrift
1 | [[P|Amon, Gertrud]] | [[DOB|12.05.1961]] | Verwaltungsfachwirtin | [[A|Rosenweg 3]], [[A|91466 Aischfeld]]
2 | [[P|Al-Masri, Yusuf]] | [[DOB|23.09.1984]] | Elektroniker | [[A|Ostheimer Straße 70 c]], [[A|91467 Aischfeld-Ostheim]]
3 | [[P|Leykauf-Roth, Daniela]] | [[DOB|02.02.1977]] | Apothekerin | [[A|Am Zwinger 8]], [[A|91466 Aischfeld]]
4 | [[P|Schmitt, Wolfgang]] | [[DOB|30.11.1958]] | Landwirt | [[A|Dorfstr. 1]], [[A|91467 Aischfeld-Ostheim]]
5 | [[P|Wojcik, Agnieszka]] | [[DOB|17.07.1990]] | Pflegefachfrau | [[A|Bahnhofstraße 31]], [[A|91466 Aischfeld]]

Die Liste liegt eine Woche im Rathaus, Zimmer 1.03, zur Einsicht aus (§ 36 Abs. 3 GVG).""")

doc("outlook", "presse", f"""Betreff: Presseanfrage: Schließung Gaststätte „Zum Roten Ochsen“

Sehr geehrte Damen und Herren der Pressestelle,

für die Donnerstagsausgabe des Aischgrund-Boten recherchiere ich zur angeblichen Schließung der Gaststätte „Zum Roten Ochsen“ in der Hauptstraße. Der Wirt, Herr [[P|Petrović]], sagte mir, das Ordnungsamt habe ihm „ohne Vorwarnung“ die Nutzung des Nebenraums untersagt. Trifft das zu, und auf welcher Rechtsgrundlage? Gab es Beschwerden von Anwohnern? Frau [[P|Hannelore Sippel]] aus der [[A|Hauptstraße 46]] sagt, sie habe sich mehrfach über Lärm beschwert.

Ich wäre dankbar für eine Antwort bis Mittwoch, 12 Uhr. Sie erreichen mich mobil unter [[T|+49 171 662 04 58]] oder über die Redaktion ([[N|09161 8920-0]], [[N|redaktion@aischgrund-bote.de]]).

Mit freundlichen Grüßen
[[P|Lukas Scherzer]]
Lokalredaktion Aischgrund-Bote
[[E|l.scherzer@aischgrund-bote.de]]""")

doc("word", "anfrage", f"""Stadtratsfraktion ÖDP/Unabhängige Bürger Aischfeld
Stadträtin [[P|Friederike Kraus-Hollfelder]] · [[A|Lerchenberg 2]] · [[A|91466 Aischfeld]] · [[E|kraus-hollfelder@oedp-aischfeld.de]]

An den Ersten Bürgermeister der Stadt Aischfeld

Anfrage gemäß § 28 der Geschäftsordnung: Sanierung Egerländer Weg

Sehr geehrter Herr Bürgermeister,

als Mitglied der ÖDP-Fraktion frage ich an:
1. Wann ist die Sanierung des Egerländer Wegs im Haushalt 2026 vorgesehen (Haushaltsstelle 6300.9500)?
2. Ist der Verwaltung bekannt, dass Anwohnerin [[P|Rosa Wolf]] (Egerländer Weg 9) im Oktober auf dem beschädigten Gehweg gestürzt ist?
3. Welche Kosten sind für die Beleuchtung der Strecke angesetzt?

Mitunterzeichnet: Stadtrat [[P|Dr. Hakan Demir]] (Unabhängige Bürger).

Mit freundlichen Grüßen
[[P|Friederike Kraus-Hollfelder]]
Tel. [[T|0176 20 44 71 83]]""".replace("[[P|Rosa Wolf]] (Egerländer Weg 9)", "[[P|Rosa Wolf]] ([[A|Egerländer Weg 9]])"), ["POLITICS"])

# --------------- checks -----------------
assert len(D) == 30, len(D)


def ok_iban(v):
    v = v.replace(" ", "")
    d = "".join(str(int(c, 36)) for c in v[4:] + v[:4])
    return int(d) % 97 == 1


def ok_tid(v):
    v = v.replace(" ", "")
    return len(v) == 11 and mod11_10_check(v[:10]) == int(v[10])


def ok_vat(v):
    return v.startswith("DE") and mod11_10_check(v[2:10]) == int(v[10])


def ok_cc(v):
    v = v.replace(" ", "")
    return luhn_check(v[:-1]) == int(v[-1])


def ok_kv(v):
    code = ord(v[0]) - 64
    vals = [code // 10, code % 10] + [int(c) for c in v[1:9]]
    return sum(digit_sum(x * (1 if i % 2 == 0 else 2)) for i, x in enumerate(vals)) % 10 == int(v[9])


def ok_rv(v):
    v = v.replace(" ", "")
    code = ord(v[8]) - 64
    vals = [int(c) for c in v[:8]] + [code // 10, code % 10] + [int(c) for c in v[9:11]]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum(digit_sum(a * b) for a, b in zip(vals, w)) % 10 == int(v[11])


def ok_icao(v):
    return len(v) == 9 or icao_check(v[:9]) == int(v[9])


CHECK = {"IBAN": ok_iban, "TAX_ID": ok_tid, "VAT_ID": ok_vat, "CREDIT_CARD": ok_cc, "HEALTH_INSURANCE": ok_kv,
         "SOCIAL_SECURITY": ok_rv, "ID_CARD": ok_icao, "PASSPORT": ok_icao}

out = []
for n, (channel, template, marked, flags) in enumerate(D, 1):
    d = build(f"b14-{n:03d}", channel, template, marked, flags)
    for e in d["entities"]:
        if e["category"] in CHECK:
            assert CHECK[e["category"]](e["text"]), e
    for s in d["neutral"]:
        if s["text"].startswith("DE") and len(s["text"].replace(" ", "")) == 22:
            assert ok_iban(s["text"]), s
    out.append(d)

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "fresh14.jsonl"), "w", encoding="utf-8") as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
