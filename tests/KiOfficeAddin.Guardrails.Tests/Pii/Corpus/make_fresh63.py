"""Held-out batch 63: 30 documents of a Saxon city administration (Chemnitz area, Vogtland/Erzgebirge).
Writes fresh63.jsonl next to this script. Identifiers with check digits come from identifiers.Identifiers(6363)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # marks.py and identifiers.py sit beside this file
from marks import build  # noqa: E402
from identifiers import Identifiers, group  # noqa: E402

ids = Identifiers(6363)


def iban_de():
    return group(ids.iban_de(), 4)


def sn_sachsen():
    # Saxon layout FFF/BBB/UUUUP (layout only)
    return f"2{ids.digits(2)}/{ids.digits(3)}/{ids.digits(5)}"


DOCS = []


def doc(channel, template, text, flags=()):
    DOCS.append((channel, template, text, list(flags)))


# 1 Wohngeld, Vietnamese writer, non-native German
iban1 = iban_de()
doc("outlook", "wohngeld", f"""Betreff: Wohngeld Weiterleistung - Unterlagen

Sehr geehrte Frau [[P|Seidel]],

ich schicke Ihnen die Unterlagen für Weiterleistungsantrag Wohngeld. Ihr Brief vom 12.05. ich habe bekommen, aber leider zu spät gelesen, weil ich war in Vietnam bei meine Mutter. Entschuldigung.

Wir sind jetzt 4 Personen im Haushalt: ich, mein Mann [[P|Trần Văn Hùng]] und unsere Kinder [[P|Bảo Anh]] und [[P|Minh]]. Die Miete ist gleich, 512,40 Euro warm. Mein Mann hat neue Arbeit seit 1. April im Asia-Markt, Lohnabrechnung ist im Anhang.

Aktenzeichen: [[AZ|WG-2024-11873]]
Adresse: [[A|Wladimir-Sagorski-Straße 84]], [[A|09122 Chemnitz]]
Konto bleibt gleich: [[IBAN|{iban1}]]

Wenn Sie Fragen haben bitte anrufen [[T|0176 4418 2093]], am besten nach 15 Uhr.

Vielen Dank und freundliche Grüße
[[P|Nguyễn Thị Lan]]
""")

# 2 Sozialamt, Grundsicherung / Pflegegrad (HEALTH)
kv2 = ids.health_insurance()
doc("word", "grundsicherung", f"""Stadt Chemnitz · Sozialamt · Abteilung Grundsicherung und Hilfe zur Pflege
[[N|Moritzstraße 20]] · [[N|09111 Chemnitz]]

Herrn
[[P|Wiktor Schäfer]]
bei [[P|Schäfer]], [[P|Irina]]
[[A|Max-Müller-Straße 17, Whg. 0308]]
[[A|09123 Chemnitz]]

Ihr Zeichen: –
Unser Zeichen: [[AZ|50.2-GSiA-0419/23]]
Datum: 04.07.2025

Bescheid über Leistungen der Grundsicherung im Alter und bei Erwerbsminderung nach dem Vierten Kapitel SGB XII

Sehr geehrter Herr [[P|Schäfer]],

auf Ihren Antrag vom 02.06.2025 werden Ihnen für die Zeit vom 01.07.2025 bis 30.06.2026 Leistungen in Höhe von monatlich 487,13 EUR bewilligt. Der Berechnung liegt der Regelbedarf der Stufe 1 (563,00 EUR) sowie ein Mehrbedarf nach § 30 Abs. 1 SGB XII wegen des Merkzeichens G zugrunde.

Die Pflegekasse hat mit Gutachten vom 21.05.2025 den Pflegegrad 2 festgestellt (Diagnose laut MD-Gutachten: fortgeschrittene Parkinson-Erkrankung, Sturzneigung). Leistungen der Hilfe zur Pflege werden deshalb gesondert beschieden. Ihre Krankenversichertennummer [[KV|{kv2}]] haben wir an die AOK PLUS übermittelt.

Ihre Tochter, Frau [[P|Irina Schäfer]], hat als Bevollmächtigte die Kontoauszüge vorgelegt; vielen Dank dafür.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadt Chemnitz, Sozialamt, erhoben werden.

Mit freundlichen Grüßen
Im Auftrag

[[P|Kerstin Uhlig]]
Sachbearbeiterin
Telefon: [[N|0371 488-5052]]
""", ["HEALTH"])

# 3 Kita, informal lower case, Vogtland
doc("outlook", "kita", """Betreff: kitaplatz ab september??

hallo,

ich wollte mal nachfragen wie es mit dem kitaplatz für unsere kleine aussieht. wir haben uns im januar über das elternportal angemeldet (vorgangsnummer [[AZ|KP-25-004718]]) und seitdem nix mehr gehört. [[P|emma]] ist am [[DOB|14.11.2023]] geboren und ich muss ab 1.9. wieder voll arbeiten (schicht bei continental).

wunschkitas waren "spatzennest" am yorckgebiet und die kita in der scheffelstraße, wir wohnen [[A|zeisigwaldstr. 9]] also beides nicht weit. mein freund [[P|ronny]] kann zur not auch morgens bringen, er hat aber kein auto.

bitte meldet euch, sonst muss ich meinen job kündigen.

lg [[P|mandy kühn]]
[[T|0152 29384711]]
[[E|mandy.kuehn92@web.de]]
""")

# 4 Einbürgerung, Syrian applicant, passport
pass4 = "N" + ids.digits(9)
doc("word", "einbuergerung", f"""Stadt Chemnitz
Bürgeramt – Ausländerbehörde, Sachgebiet Einbürgerung

Herrn
[[P|Mohammad Al-Hussein]]
[[A|Paul-Bertz-Straße 31]]
[[A|09120 Chemnitz]]

Aktenzeichen: [[AZ|EB 3316/2024]]
Chemnitz, 19.08.2025

Ihr Antrag auf Einbürgerung nach § 10 StAG – Anforderung fehlender Unterlagen

Sehr geehrter Herr [[P|Al-Hussein]],

für die weitere Bearbeitung Ihres Antrags benötigen wir noch:

1. eine beglaubigte Kopie Ihres syrischen Reisepasses (Nr. [[PASS|{pass4}]], gültig bis 11.03.2027),
2. den Nachweis über den bestandenen Test „Leben in Deutschland“ (mind. 17 von 33 Punkten),
3. das Zertifikat Deutsch-Test für Zuwanderer, Niveau B1,
4. die Geburtsurkunde Ihrer Tochter [[P|Lilas]] (geb. [[DOB|02.02.2019]] in Aleppo) mit beglaubigter Übersetzung.

Ihre Ehefrau, Frau [[P|Rasha Al-Hussein]], geb. [[P|Haddad]], kann ihren Antrag nach § 10 Abs. 2 StAG miteinbeziehen lassen; hierzu ist ein gesondertes Formular auszufüllen.

Bitte reichen Sie die Unterlagen bis zum 30.09.2025 ein. Termine vergeben wir unter [[N|0371 488-3377]] oder [[N|einbuergerung@stadt-chemnitz.de]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Ch. Lämmel]]
""")

# 5 Friedhofsamt, muslim burial (RELIGION)
doc("outlook", "friedhof", """Betreff: Grabstelle für meinen Vater – muslimisches Grabfeld

Sehr geehrte Damen und Herren,

mein Vater [[P|Hüseyin Yıldız]] ist am Sonntag im Klinikum Küchwald verstorben. Wir sind eine muslimische Familie und möchten ihn nach islamischem Ritus bestatten, also möglichst schnell, ohne Sarg und mit Ausrichtung nach Mekka. Man hat uns gesagt, dass es auf dem Städtischen Friedhof ein Grabfeld für muslimische Bestattungen gibt.

Können Sie mir sagen, ob dort noch eine Wahlgrabstelle frei ist und ob die rituelle Waschung in der Feierhalle möglich ist? Das Bestattungshaus Pietät kümmert sich um die Überführung, der Imam der Moschee am Sonnenberg würde das Totengebet sprechen.

Die Sterbeurkunde beantrage ich morgen beim Standesamt. Mein Vater wohnte zuletzt [[A|Hilbersdorfer Straße 58]], [[A|09131 Chemnitz]].

Erreichbar bin ich jederzeit mobil: [[T|+49 1517 0288463]]

Mit freundlichen Grüßen
[[P|Emre Yıldız]]
[[E|emre.yildiz@gmx.net]]
""", ["RELIGION"])

# 6 Gewerbeamt, Vietnamese nail studio
vat6 = ids.vat_id()
sn6 = sn_sachsen()
doc("word", "gewerbe", f"""STADT CHEMNITZ – Ordnungsamt, Gewerbeangelegenheiten

Empfangsbestätigung einer Gewerbeanmeldung (§ 15 Abs. 1 GewO)

Betriebsinhaber/in: [[P|Phạm Văn Đức]]
Geburtsdatum: [[DOB|23.07.1986]]
Staatsangehörigkeit: vietnamesisch
Wohnanschrift: [[A|Straße Usti nad Labem 141]], [[A|09119 Chemnitz]]
Betriebsstätte: Nagelstudio „Lucky Nails“, [[A|Annaberger Straße 212]], [[A|09125 Chemnitz]]
Angemeldete Tätigkeit: Nageldesign, Maniküre, Pediküre (ohne medizinische Fußpflege)
Beginn der Tätigkeit: 01.10.2025
Zahl der Beschäftigten: 2 Teilzeit
Steuernummer (Finanzamt Chemnitz-Süd): [[TNR|{sn6}]]
USt-IdNr.: [[VAT|{vat6}]]
Telefon: [[T|0371 2601 9985]]
E-Mail: [[E|luckynails.chemnitz@gmail.com]]

Die Anmeldung wurde am 24.09.2025 unter der Registernummer [[AZ|GA-2025-07712]] erfasst. Gebühr: 26,00 EUR, zahlbar auf das Konto der Stadtkasse [[N|DE36 8705 0000 3510 0003 02]].

Hinweis: Für die Beschäftigung von Arbeitnehmern ist eine Betriebsnummer bei der Bundesagentur für Arbeit zu beantragen.

Bearbeiterin: [[P|S. Reichel]], Zimmer 112
""")

# 7 Bürgerbüro forwarded chain, ID card, fingerprints impossible (BIOMETRIC, HEALTH)
idc7 = ids.id_card(True)
doc("outlook", "ausweis", f"""Betreff: WG: Personalausweis Herr [[P|Günther]] – Fingerabdrücke

Hallo [[P|Jana]],

kannst du das bitte übernehmen? Ich bin ab morgen im Urlaub.

Gruß [[P|Dirk]]

-----Ursprüngliche Nachricht-----
Von: [[P|Dirk Wendler]] <[[E|dirk.wendler@stadt-chemnitz.de]]>
Gesendet: Dienstag, 8. Juli 2025 16:42
An: Bürgerbüro Heckert <[[N|buergerbuero.heckert@stadt-chemnitz.de]]>
Betreff: Personalausweis Herr [[P|Günther]] – Fingerabdrücke

Herr [[P|Gerd Günther]] (geb. [[DOB|30.04.1951]]) war heute zur Beantragung des neuen Personalausweises da. Die Fingerabdrücke konnten nicht erfasst werden – beide Zeigefinger nach Schlaganfall-bedingter Lähmung bzw. Amputation des Endglieds nicht auflegbar, Daumen ebenfalls erfolglos (Qualitätswert unter Schwelle). Ausnahme nach § 5 Abs. 9 PAuswG im Antrag vermerkt, Lichtbild wurde biometrisch geprüft und ist ok.

Alter Ausweis: [[IDC|{idc7}]], läuft am 15.08. ab.
Wohnanschrift: [[A|Johannes-Dick-Straße 4]], [[A|09123 Chemnitz]] (Pflegeheim „Am Rosenhof“)
Sohn [[P|Matthias Günther]] hat die Vollmacht, Rückruf bitte an ihn: [[T|0160 97712405]]

Danke!
[[P|Dirk Wendler]]
Bürgerbüro Heckert, Vita-Center
""", ["HEALTH", "BIOMETRIC"])

# 8 Jugendamt Fallkonferenz minutes (HEALTH)
doc("word", "jugendamt_protokoll", """Protokoll Fallkonferenz – Allgemeiner Sozialer Dienst, Sozialraum 3

Datum: 11.03.2025, 09:00–10:30 Uhr, Raum 2.14
Az.: [[AZ|51.3-HzE-2291]]

Teilnehmende:
- [[P|Susanne Hering]] (ASD, fallführend)
- [[P|Marcel Oehme]] (ASD)
- [[P|Dr. med. Anja Beyer]] (Kinder- und Jugendpsychiatrie, Klinikum)
- Frau [[P|Lenk]] (Klassenlehrerin, Grundschule am Hartmannplatz)
- [[P|Olena Kovalenko]] (Mutter)
- Protokoll: [[P|M. Oehme]]

1. Ausgangslage
[[P|Danylo Kovalenko]], geb. [[DOB|09.06.2016]], besucht die 3. Klasse. Seit Herbst zunehmende Konflikte im Unterricht, zweimal Schulausschluss für einen Tag. Frau [[P|Kovalenko]] berichtet von Schlafstörungen und Albträumen seit der Flucht aus Charkiw 2022. Der Vater befindet sich weiterhin in der Ukraine.

2. Befund
[[P|Dr. Beyer]] bestätigt die Diagnose einer einfachen Aktivitäts- und Aufmerksamkeitsstörung (F90.0) sowie Anzeichen einer posttraumatischen Belastungsstörung. Medikation mit Methylphenidat wird derzeit nicht empfohlen, zunächst Traumatherapie.

3. Vereinbarungen
- Antrag auf Schulbegleitung nach § 35a SGB VIII wird gestellt (verantwortlich: [[P|Hering]], bis 31.03.).
- Frau [[P|Kovalenko]] meldet [[P|Danylo]] bei der Traumaambulanz an; Dolmetscherin (Frau [[P|Petrenko]]) wird vom ASD organisiert.
- Nächste Fallkonferenz: 10.06.2025.

gez. [[P|Hering]]
""", ["HEALTH"])

# 9 Czech resident, partly English, car re-registration, Czech IBAN
iban9 = group(ids.iban("CZ", 20), 4)
doc("outlook", "zulassung", f"""Betreff: Ummeldung Auto aus Tschechien / car registration

Dobrý den, sehr geehrte Damen und Herren,

sorry, my German is not so good, I write partly in English. Ich wohne seit März in Chemnitz, [[A|Ernst-Enge-Straße 71]], [[A|09127 Chemnitz]], and I work at the university.

I want to register my car here. It is a Škoda Octavia with Czech plates [[KFZ|4K3 7152]] (registered in Karlovy Vary). Welche Dokumente brauche ich? I have the technický průkaz (registration certificate) and the insurance from Kooperativa.

Also: can I pay the fee by transfer from my Czech account? Číslo účtu / IBAN: [[IBAN|{iban9}]]

Second question: my wife [[P|Petra Dvořáková]] will also move here in October. Does she need an appointment at Bürgerbüro separately?

Děkuji / Thank you very much,
[[P|Tomáš Dvořák]]
Mobil: [[T|+420 604 318 277]]
[[E|tomas.dvorak@seznam.cz]]
""")

# 10 Ordnungsamt Bußgeld / Anhörung
doc("word", "bussgeld", """Stadt Chemnitz
Ordnungsamt – Bußgeldstelle
Postfach [[N|09106 Chemnitz]]

Frau
[[P|Yvonne Stiehler-Bauer]]
[[A|Bahnhofstraße 12a]]
[[A|08523 Plauen]]

Aktenzeichen: [[AZ|653.2-31.08.2025-4411]]
Kassenzeichen: [[AZ|5.0225.118402]]

Anhörung im Bußgeldverfahren

Sehr geehrte Frau [[P|Stiehler-Bauer]],

Ihnen wird vorgeworfen, am 31.08.2025 um 14:12 Uhr in Chemnitz, Brückenstraße, Höhe Karl-Marx-Monument, als Führerin des Pkw mit dem amtlichen Kennzeichen [[KFZ|V-YS 812]] die zulässige Höchstgeschwindigkeit innerorts von 50 km/h um 23 km/h überschritten zu haben (§ 41 Abs. 1 i. V. m. Anlage 2 StVO, § 49 StVO, § 24 StVG, lfd. Nr. 11.3.4 BKat). Regelsatz: 115,00 EUR, 1 Punkt.

Sie haben Gelegenheit, sich zu äußern. Falls Sie nicht selbst gefahren sind, benennen Sie bitte die Person, die das Fahrzeug geführt hat (Name, Vorname, Geburtsdatum, Anschrift).

Mit freundlichen Grüßen
Im Auftrag
[[P|Weißflog]]
""")

# 11 Personalamt: new employee data sheet, union dues, severe disability (UNION, HEALTH)
tid11 = ids.tax_id()
ssn11 = ids.social_security("170389", "B")
kv11 = ids.health_insurance()
iban11 = iban_de()
doc("word", "personal_stammblatt", f"""Personalamt – Personalstammblatt (Neueinstellung)          Personalnummer: [[AZ|10-48213]]

Name, Vorname:            [[P|Bachmann, Stefanie]]
Geburtsname:              [[P|Tschirner]]
Geburtsdatum:             [[DOB|17.03.1989]]
Anschrift:                [[A|Lutherstraße 33]], [[A|09126 Chemnitz]]
Telefon privat:           [[T|0371 5611 487]]
Steuer-ID:                [[TID|{tid11}]]
Steuerklasse / Kinder:    IV / 1,0
Rentenvers.-Nr.:          [[SSN|{ssn11}]]
Krankenkasse:             AOK PLUS, KVNR [[KV|{kv11}]]
Bankverbindung:           [[IBAN|{iban11}]]
Einsatz:                  Amt 51, Kita-Verwaltung, EG 9a, 30 Std./Woche, ab 01.02.2026

Schwerbehinderung:        GdB 50 (Diabetes Typ 1), Nachweis liegt vor – Zusatzurlaub 5 Tage, Meldung an SBV
Gewerkschaft:             ver.di – Einverständnis zum Beitragsabzug über Entgeltabrechnung erteilt (1 % Brutto)

Erfasst: [[P|R. Nestler]], 14.01.2026
""", ["HEALTH", "UNION"])

# 12 Standesamt, same-sex marriage (SEXUAL_ORIENTATION), Ukrainian passport
pass12 = "FX" + ids.digits(6)
idc12 = ids.id_card(False)
doc("word", "standesamt_ehe", f"""Standesamt Chemnitz
Niederschrift über die Anmeldung der Eheschließung

Reg.-Nr.: [[AZ|E 0871/2025]]

Erschienen sind:

1. [[P|Andrij Melnyk]], geboren am [[DOB|05.12.1990]] in Lwiw (Ukraine), ledig, ukrainischer Staatsangehöriger, ausgewiesen durch Reisepass Nr. [[PASS|{pass12}]],
   wohnhaft [[A|Reichsstraße 48]], [[A|09112 Chemnitz]]

2. [[P|Florian Ebert]], geboren am [[DOB|28.08.1987]] in Aue, ledig, deutscher Staatsangehöriger, ausgewiesen durch Personalausweis Nr. [[IDC|{idc12}]],
   wohnhaft ebenda

Die Erschienenen erklären, miteinander die Ehe eingehen zu wollen. Herr [[P|Melnyk]] legt ein Ehefähigkeitszeugnis nicht vor; Befreiung durch das Oberlandesgericht Dresden ist beantragt (§ 1309 Abs. 2 BGB). Die Partner leben seit 2021 in einer festen gleichgeschlechtlichen Partnerschaft und wünschen eine Trauung im Schloss Lichtenwalde.

Gewünschter Ehename: [[P|Ebert]]. Trauzeugen: [[P|Oksana Melnyk]] (Schwester), [[P|Tino „Tiny“ Rößler]].

Vorgelesen, genehmigt, unterschrieben.
[[P|A. Melnyk]]          [[P|F. Ebert]]          [[P|Krauß]], Standesbeamtin
""", ["SEXUAL_ORIENTATION"])

# 13 Bauamt, architect mail with plan numbers
doc("outlook", "bauantrag", """Betreff: BV Einfamilienhaus Flurstück 412/7 Gemarkung Euba – Nachforderung

Sehr geehrter Herr [[P|Lorenz]],

vielen Dank für Ihr Schreiben vom 03.06.2025 zum Bauantrag unserer Bauherren, Eheleute [[P|Kamiński]]. Anbei übersende ich die nachgeforderten Unterlagen:

- Lageplan M 1:500, Plan-Nr. 24-118-LP-02, Index b
- Grundrisse EG/DG, Plan-Nr. 24-118-GR-01 und -02
- Standsicherheitsnachweis (Ingenieurbüro für Tragwerksplanung IBT)
- Berechnung der GRZ (0,27) und Nachweis der Stellplätze (2 Stück)

Die Abstandsfläche zur Grenze mit Flurstück 412/6 beträgt nun 3,10 m; die Garage wurde um 0,80 m nach Norden verschoben. Der Nachbar, Herr [[P|Jürgen Schubert]] ([[A|Am Hutberg 7]]), hat seine Zustimmung schriftlich erteilt, siehe Anlage 6.

Die Bauherren [[P|Paweł]] und [[P|Monika Kamińska]] sind für Rückfragen unter [[T|0157 3390 1284]] erreichbar, ich selbst wie gewohnt im Büro.

Bauantragsnummer bei Ihnen: [[AZ|BA-0637/25]]

Mit freundlichen Grüßen

Dipl.-Ing. (FH) [[P|Katrin Wolf-Seifert]]
Architektin
Architekturbüro WS Plan · [[A|Zschopauer Straße 101]] · [[A|09126 Chemnitz]]
Tel. [[T|0371 33 47 81]] · [[E|k.wolf-seifert@architektur-ws.de]]
""")

# 14 Steueramt, Hundesteuer + SEPA mandate
iban14 = iban_de()
doc("word", "hundesteuer", f"""Stadt Chemnitz · Kämmerei · Steuern und Abgaben
[[N|Markt 1]], [[N|09111 Chemnitz]] · Telefon [[N|0371 488-2240]]

Frau [[P|Marlies Fröhlich]]
Herrn [[P|Heinz Fröhlich]]
[[A|Gornauer Straße 62]]
[[A|09125 Chemnitz]]

Kassenzeichen: [[AZ|4.0410.053118]]
Datum: 27.01.2025

Hundesteuerbescheid 2025 – Änderung wegen Zweithund

Sehr geehrte Frau [[P|Fröhlich]], sehr geehrter Herr [[P|Fröhlich]],

aufgrund Ihrer Anmeldung vom 09.01.2025 (Mischling „Krümel“, aus dem Tierheim) wird die Hundesteuer ab 01.02.2025 wie folgt festgesetzt:

Ersthund „Benno“         108,00 EUR/Jahr
Zweithund „Krümel“       156,00 EUR/Jahr
anteilig 2025 (11/12)    242,00 EUR

Die Beträge werden aufgrund des vorliegenden SEPA-Lastschriftmandats (Mandatsreferenz [[AZ|HST-053118-01]]) von Ihrem Konto [[IBAN|{iban14}]] zu den Fälligkeiten 15.02., 15.05., 15.08. und 15.11. eingezogen. Gläubiger-ID der Stadt: [[N|DE43ZZZ00000015882]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Jens Lippold]]
""")

# 15 Schulamt, Syrian father non-native, headscarf (RELIGION)
doc("outlook", "schule", """Betreff: Schulwechsel meine Tochter

Sehr geehrte Frau [[P|Ullrich]],

ich bin der Vater von [[P|Nour Al-Khatib]], sie ist in Klasse 7b in der Oberschule. Meine Tochter ist geboren [[DOB|17.10.2012]]. Wir möchten bitte Schulwechsel in andere Oberschule, weil sie hat viele Probleme mit andere Schüler. Sie trägt Kopftuch seit diese Jahr weil sie betet jetzt regelmäßig, und einige Jungen sagen schlimme Wörter zu ihr und ziehen an Kopftuch. Die Lehrerin Frau [[P|Naumann]] weiß das, aber es wird nicht besser.

Wir wohnen [[A|Stollberger Straße 74]], vielleicht ist Oberschule Altchemnitz besser, das ist näher.

Meine Frau [[P|Samira]] spricht besser Deutsch, bitte Sie können auch sie anrufen: [[T|0157 8824 6610]]. Mein Nummer ist [[T|0176 3019 5527]].

Danke viel mal
[[P|Khaled Al-Khatib]]
""", ["RELIGION"])

# 16 Stadtkasse Mahnung
doc("word", "mahnung", """Stadt Chemnitz – Stadtkasse
Vollstreckungsstelle

Herrn
[[P|Sergej Wagner]]
[[A|Albert-Köhler-Straße 46]]
[[A|09122 Chemnitz]]

Kassenzeichen: [[AZ|7.1100.264905]]
Ihr Ansprechpartner: Herr [[P|Tröger]], Telefon [[N|0371 488-2617]]
Datum: 02.10.2025

Mahnung

Sehr geehrter Herr [[P|Wagner]],

nach unseren Unterlagen sind folgende Forderungen trotz Fälligkeit noch nicht beglichen:

Forderungsart                  fällig am     Betrag
Elternbeitrag Kita 08/2025     15.08.2025    198,34 EUR
Elternbeitrag Kita 09/2025     15.09.2025    198,34 EUR
Mahngebühr                                     5,00 EUR
Säumniszuschlag                                3,50 EUR
Gesamt                                       405,18 EUR

Bitte überweisen Sie den Gesamtbetrag bis zum 16.10.2025 auf das Konto der Stadt Chemnitz, IBAN [[N|DE36 8705 0000 3510 0003 02]], BIC [[N|CHEKDE81XXX]], unter Angabe des Kassenzeichens. Andernfalls müssen wir Vollstreckungsmaßnahmen einleiten. Sollten Sie bereits gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Grüßen
Stadtkasse Chemnitz
""")

# 17 Ukrainian refugee, English/German, passport, pregnancy (HEALTH)
pass17 = "FE" + ids.digits(6)
doc("outlook", "aufenthalt", f"""Betreff: Aufenthaltstitel § 24 – extension / Verlängerung

Hello, guten Tag,

my name is [[P|Yuliia Bondarenko]], I am from Ukraine (Zaporizhzhia) and I live in Chemnitz since April 2022. My Aufenthaltserlaubnis nach § 24 AufenthG expires on 04.03.2026. I tried to book a termin online but there is nothing free until May.

Ich bin schwanger (Entbindungstermin 20.02.2026) und der Arzt sagt, ich soll im Februar nicht mehr viel unterwegs sein. Is it possible to get a Fiktionsbescheinigung by post, or an appointment in January?

My data:
Date of birth: [[DOB|11.06.1995]]
Passport: [[PASS|{pass17}]]
Address: [[A|Sonnenstraße 28]], [[A|09130 Chemnitz]]
Ihr Aktenzeichen: [[AZ|AB-UA-2022-15508]]

My husband [[P|Oleksandr]] is still in Ukraine, so I am alone here with my son [[P|Maksym]] (7 years).

Thank you! Дякую!
[[P|Yuliia Bondarenko]]
[[T|+49 163 2457 019]]
[[E|yuliia.bondarenko95@ukr.net]]
""", ["HEALTH"])

# 18 Ordnungsamt Aktenvermerk, neighbour complaint, Roma family (ETHNICITY)
doc("word", "aktenvermerk", """Aktenvermerk

Vorgang: Lärmbeschwerde [[A|Dresdner Straße 139]]
Az.: [[AZ|32.1-LB-2025-0388]]
Verfasser: KOD [[P|Rüdiger Pfeifer]]
Datum: 22.07.2025

Am 21.07.2025 gegen 22:40 Uhr erfolgte auf Anruf von Frau [[P|Hannelore Scholz]] (2. OG links, Tel. [[T|0371 41 22 96]]) eine Kontrolle durch den Kommunalen Ordnungsdienst (KOD [[P|Pfeifer]], KOD [[P|Nowak]]).

Vor Ort wurde im Innenhof eine Familienfeier (Taufe) mit ca. 25 Personen festgestellt, Musik über Lautsprecher. Verantwortlich: Herr [[P|Marian Stoica]], Mieter EG rechts. Herr [[P|Stoica]] zeigte sich einsichtig, die Musik wurde sofort leiser gestellt und um 23:05 Uhr beendet.

Frau [[P|Scholz]] äußerte im Gespräch mehrfach, „die Zigeuner“ seien „jedes Wochenende“ laut. Herr [[P|Stoica]] gab an, die Familie gehöre zur Roma-Minderheit aus Rumänien und fühle sich von der Nachbarin seit Monaten beobachtet und beleidigt. Auf beide Seiten wurde deeskalierend eingewirkt. Verwarnung wurde nicht erteilt.

Empfehlung: Hinweis an die Hausverwaltung (GGG), ggf. Angebot einer Nachbarschaftsmediation über das Stadtteilmanagement.

gez. [[P|Pfeifer]]
""", ["ETHNICITY"])

# 19 Lost wallet, lower case, ID card, credit card
idc19 = ids.id_card(True)
cc19 = group(ids.credit_card("4", 16), 4)
doc("outlook", "fundsache", f"""Betreff: geldbörse verloren – personalausweis gesperrt?

guten tag,

mir ist am samstag meine geldbörse abhanden gekommen, vermutlich in der straßenbahn linie 5 richtung hutholz oder im vita-center. drin waren mein personalausweis (nummer [[IDC|{idc19}]]), die ec-karte und meine visa-karte [[CC|{cc19}]], führerschein und die krankenkassenkarte.

die bank hab ich schon angerufen und die karten sperren lassen. muss ich den ausweis jetzt bei ihnen als verloren melden oder reicht die polizei? und kann ich gleich einen neuen beantragen, ich fliege am 20. nach antalya.

falls sie im fundbüro eine schwarze geldbörse (leder, mit fc erzgebirge aue anhänger) haben, bitte bescheid geben!

[[P|kevin schmiedel]]
[[A|robert-siewert-str. 23]]
[[A|09122 chemnitz]]
[[T|0178 662 19 40]]
""")

# 20 Sozialamt, Bildung und Teilhabe table
doc("word", "but", """Stadt Chemnitz · Sozialamt · Bildung und Teilhabe (BuT)

Bewilligungsübersicht – Bedarfsgemeinschaft [[P|Osei-Hartmann]]
Antragstellerin: [[P|Abena Osei-Hartmann]], [[A|Fritz-Fritzsche-Straße 2]], [[A|09123 Chemnitz]]
Aktenzeichen: [[AZ|BuT-4417-2025]]

| Kind                    | geb.         | Einrichtung                          | Leistung                       | monatlich |
|-------------------------|--------------|--------------------------------------|--------------------------------|-----------|
| [[P|Kofi Osei-Hartmann]]      | [[DOB|08.02.2014]]   | Oberschule Hutholz                   | Mittagessen, Schulbedarf       | 42,80 EUR |
| [[P|Ama Osei-Hartmann]]       | [[DOB|19.09.2017]]   | Grundschule am Richterweg            | Mittagessen, Lernförderung Mathe | 81,60 EUR |
| [[P|Yaw Hartmann]]            | [[DOB|03.01.2021]]   | Kita „Knirpsenland“                  | Mittagessen                    | 39,10 EUR |

Schulbedarfspaket: 130,00 EUR (1. Halbjahr) / 65,00 EUR (2. Halbjahr) je Schulkind.
Lernförderung für [[P|Ama]]: 12 Doppelstunden beim Anbieter „Lernstudio Barbarossa“, Nachweis der Schule (Frau [[P|Zenker]]) liegt vor.

Zahlung der Mittagessen direkt an die Caterer. Klassenfahrt [[P|Kofi]] (Mai 2026, 236,00 EUR) bitte gesondert beantragen.

Sachbearbeitung: [[P|Petra Gläser]], Zi. 3.07, Tel. [[N|0371 488-5431]]
""")

# 21 Internal mail: fingerprint time clocks, general policy (no flag)
doc("outlook", "intern_zeiterfassung", """Betreff: AW: Zeiterfassung mit Fingerabdruck – Stellungnahme DSB

Hallo Herr [[P|Liebscher]],

zu Ihrer Anfrage aus dem Hauptamt: Eine Zeiterfassung per Fingerabdruck verarbeitet biometrische Daten im Sinne von Art. 9 Abs. 1 DSGVO. Das ist im Beschäftigungsverhältnis nur in engen Ausnahmefällen zulässig (§ 26 Abs. 3 BDSG), eine reine Komfortlösung genügt nach der Rechtsprechung (LAG Berlin-Brandenburg, 10 Sa 2130/19) nicht.

Unsere Empfehlung: weiterhin Transponderchips, wie im Technischen Rathaus bereits im Einsatz. Falls der Personalrat dennoch ein Pilotprojekt wünscht, bräuchten wir eine Dienstvereinbarung, eine DSFA und eine freiwillige Alternative für alle Beschäftigten.

Ich stelle das gern in der Sitzung am 17.09. vor.

Viele Grüße
[[P|Annett Börner]]
Behördliche Datenschutzbeauftragte
Stadt Chemnitz, [[N|Markt 1]], [[N|09111 Chemnitz]]
[[N|datenschutz@stadt-chemnitz.de]]

> Von: [[P|Liebscher, Frank]]
> Gesendet: Montag, 1. September 2025 09:14
> An: Datenschutz
> Betreff: Zeiterfassung mit Fingerabdruck
>
> Liebe Frau [[P|Börner]], der Anbieter unserer neuen Terminals bietet auch Fingerprint-Leser an. Ist das bei uns denkbar? Gruß [[P|F. Liebscher]]
""")

# 22 Wahlamt: poll workers with party (POLITICS)
doc("word", "wahlhelfer", """Wahlamt – Besetzung der Wahlvorstände, Landtagswahl 01.09.2024
Wahlbezirk 0914 (Wahlraum: Grundschule Hutholz, [[N|Hutholzstraße 2]])

Funktion                      Name                         Vorschlag durch     Telefon
Wahlvorsteher                 [[P|Lutz Heinig]]                  Stadtverwaltung     [[T|0171 4480 213]]
stellv. Wahlvorsteherin       [[P|Doreen Mai]]                   CDU-Fraktion        [[T|0371 27 33 108]]
Schriftführer                 [[P|Ahmad Rahimi]]                 SPD                 [[T|0176 9910 4472]]
Beisitzerin                   [[P|Irina Fast]]                   Die Linke           [[T|0151 6620 0381]]
Beisitzer                     [[P|Dr. Hans-Ulrich von Wedel]]    FDP                 [[T|0371 5 66 21 90]]
Beisitzerin                   [[P|Lea Tran]]                     BÜNDNIS 90/DIE GRÜNEN  –
Beisitzer                     [[P|Ronny Krüger]]                 AfD                 [[T|0160 2250 7734]]

Hinweis: Die Mitgliedschaft in den vorschlagenden Parteien wurde von den Betroffenen selbst angegeben (Frau [[P|Fast]] und Herr [[P|Rahimi]] als Parteimitglieder, die übrigen als parteinah). Erfrischungsgeld 50,00 EUR, Wahlvorsteher 60,00 EUR.
Schulung: 27.08.2024, 17:00 Uhr, Ratssaal.

Ansprechpartnerin Wahlamt: Frau [[P|Kretzschmar]], [[N|wahlen@stadt-chemnitz.de]]
""", ["POLITICS"])

# 23 Gesundheitsamt general info mail about measles (no flag)
doc("outlook", "gesundheit_info", """Betreff: Information Masernschutz – Nachweise für neue Kita-Kinder

Liebe Kita-Leitungen,

zum neuen Kita-Jahr erinnern wir an die Pflichten nach dem Masernschutzgesetz (§ 20 Abs. 8–13 IfSG). Vor der Aufnahme muss für jedes Kind ab einem Jahr ein Nachweis über ausreichenden Impfschutz, eine ärztliche Bestätigung über eine durchgemachte Erkrankung oder eine medizinische Kontraindikation vorgelegt werden.

Fehlt der Nachweis, melden Sie das Kind bitte über das Formular „Meldung nach § 20 Abs. 9 IfSG“ an das Gesundheitsamt, nicht per unverschlüsselter E-Mail mit Gesundheitsdaten. Diagnosen oder Impfausweise bitte nicht einscannen und versenden.

Rückfragen: Infektionsschutz, Tel. [[N|0371 488-5301]], [[N|infektionsschutz@stadt-chemnitz.de]]

Mit freundlichen Grüßen
i. A. [[P|Dr. Susann Tittel]]
Gesundheitsamt, Abteilung Infektions- und Umwelthygiene
""")

# 24 Wohngeld Bescheid, Romanian family
iban24 = iban_de()
doc("word", "wohngeld_bescheid", f"""Stadt Chemnitz – Sozialamt – Wohngeldstelle

Frau [[P|Ioana Popescu]]
Herrn [[P|Andrei-Florin Popescu]]
[[A|Zwickauer Straße 389]]
[[A|09117 Chemnitz]]

Wohngeldnummer: [[AZ|WG 07-3381]]
Bearbeiter: Herr [[P|Schüppel]]
Chemnitz, den 15.10.2025

Bewilligungsbescheid Wohngeld (Mietzuschuss)

Sehr geehrte Frau [[P|Popescu]], sehr geehrter Herr [[P|Popescu]],

auf Ihren Antrag vom 21.08.2025 wird Ihnen für den Bewilligungszeitraum 01.08.2025 – 31.07.2026 Wohngeld in Höhe von monatlich 318,00 EUR bewilligt.

Berücksichtigte Haushaltsmitglieder: 5 ([[P|Ioana]], [[P|Andrei-Florin]], [[P|Darius]], [[P|Sofia]] und [[P|Elena Popescu]])
Berücksichtigte Miete (Mietenstufe II, Höchstbetrag): 750,00 EUR
Gesamteinkommen monatlich: 2.214,56 EUR

Die Auszahlung erfolgt monatlich im Voraus auf das Konto [[IBAN|{iban24}]]. Änderungen (Einkommen, Haushaltsgröße, Umzug) sind unverzüglich mitzuteilen (§ 27 WoGG).

Mit freundlichen Grüßen
Im Auftrag
[[P|Schüppel]]
""")

# 25 Kita, African father, child with Down syndrome (HEALTH, GENETIC)
doc("outlook", "kita_integration", """Betreff: Integrationsplatz für unseren Sohn – Trisomie 21

Sehr geehrte Damen und Herren,
liebe Frau [[P|Hertel]],

wie heute am Telefon besprochen, schicke ich Ihnen die Informationen zu unserem Sohn [[P|Elias Mensah]] (geb. [[DOB|27.04.2023]]). Bei [[P|Elias]] wurde nach der Geburt per Chromosomenanalyse eine freie Trisomie 21 festgestellt; er hat außerdem einen operierten Herzfehler (AVSD) und braucht Physiotherapie und Logopädie. Der Bescheid über die Eingliederungshilfe vom Kommunalen Sozialverband liegt bei.

Wir wünschen uns einen Integrationsplatz in der Kita „Sonnenkäfer“ in Kappel ab März 2026. Meine Frau [[P|Claudia Mensah-Richter]] arbeitet als Pflegekraft im Schichtdienst, ich bin Doktorand an der TU.

Unsere Adresse: [[A|Irkutsker Straße 160]], [[A|09119 Chemnitz]]

Mit besten Grüßen
[[P|Kwame Mensah]]
[[T|0176 2055 8193]] · [[E|kwame.mensah@s2023.tu-chemnitz.de]]
""", ["HEALTH", "GENETIC"])

# 26 Standesamt Geburtsanzeige, Vietnamese parents
doc("word", "geburt", """Standesamt Chemnitz – Geburtsregister

Eingang der Geburtsanzeige: Klinikum Chemnitz gGmbH, Frauenklinik, [[N|Flemmingstraße 4]]
Reg.-Nr.: [[AZ|G 2025/2214]]

Kind
Familienname: [[P|Lê]]
Vornamen: [[P|Gia Huy Leon]]
Geschlecht: männlich
Geburtstag/-zeit: [[DOB|06.11.2025]], 03:17 Uhr

Mutter
Familienname: [[P|Lê]], geb. [[P|Đặng]]
Vornamen: [[P|Thu Hà]]
geboren am [[DOB|14.02.1994]] in Hải Phòng (Vietnam)

Vater
Familienname: [[P|Lê]]
Vornamen: [[P|Quang Minh]]
geboren am [[DOB|30.09.1991]] in Chemnitz

Wohnsitz der Eltern: [[A|Stefan-Heym-Platz 3]], [[A|09111 Chemnitz]]

Namensbestimmung: Die Eltern führen den gemeinsamen Ehenamen „[[P|Lê]]“; das Kind erhält diesen als Geburtsnamen. Die Schreibweise mit diakritischen Zeichen wurde anhand der vietnamesischen Pässe übernommen.

Beurkundet am 10.11.2025 durch [[P|Schwalbe]], Standesbeamter.
""")

# 27 Forwarded Gewerbeamt chain, Polish trader, credit card fee payment, VAT, tax number
vat27 = ids.vat_id()
sn27 = sn_sachsen()
cc27 = ids.credit_card("51", 16)
doc("outlook", "gewerbe_weiterleitung", f"""Betreff: WG: Reisegewerbekarte Weihnachtsmarkt – Zahlung

Liebe [[P|Conny]],

hier die Mail von Herrn [[P|Zieliński]], bitte mit in den Vorgang [[AZ|RG-2025-0193]] nehmen. Die Kartennummer hat er leider komplett reingeschrieben, bitte die Mail nach Buchung löschen.

Danke, [[P|Heike]]

________________________________
Von: [[P|Marek Zieliński]] <[[E|biuro@zh-handel.pl]]>
Gesendet: Donnerstag, 6. November 2025 11:03
An: Gewerbeamt <[[N|gewerbeamt@stadt-chemnitz.de]]>
Cc: [[P|Heike Morgenstern]] <[[E|heike.morgenstern@stadt-chemnitz.de]]>
Betreff: Reisegewerbekarte Weihnachtsmarkt – Zahlung

Guten Tag Frau [[P|Morgenstern]],

danke für die Rechnung über 185,00 EUR für die Reisegewerbekarte. Überweisung aus Polen dauert zu lange, darum zahle ich mit Kreditkarte wie angeboten:

Karte: Mastercard
Nummer: [[CC|{cc27}]]
Gültig bis: 09/27
Inhaber: [[P|MAREK ZIELINSKI]]

Meine deutsche Steuernummer ist [[TNR|{sn27}]], USt-IdNr. [[VAT|{vat27}]] (Niederlassung [[A|Neefestraße 88]], [[A|09119 Chemnitz]]). Der Stand (Oscypek und Kiełbasa) wird von meinem Sohn [[P|Kacper]] betreut.

Pozdrawiam / Mit freundlichen Grüßen
[[P|Marek Zieliński]]
ZH Handel Sp. z o.o.
tel. [[T|+48 601 273 448]]
""")

# 28 Jugendamt Beistandschaft, father's data, tax id, SSN
tid28 = ids.tax_id()
ssn28 = ids.social_security("220785", "M")
doc("word", "beistandschaft", f"""Stadt Chemnitz · Amt für Jugend und Familie · Beistandschaften/Unterhalt

Herrn
[[P|Dennis Lehmann]]
[[A|Schlossteichstraße 5]]
[[A|09113 Chemnitz]]

Az.: [[AZ|51.41-BS-1788]]
Datum: 05.05.2025

Unterhalt für [[P|Finn Lehmann]], geb. [[DOB|12.12.2017]] – Aufforderung zur Auskunft (§ 1605 BGB)

Sehr geehrter Herr [[P|Lehmann]],

die Kindesmutter, Frau [[P|Sandra Vogel]], hat für Ihren Sohn [[P|Finn]] die Beistandschaft des Jugendamtes beantragt. Als Beistand fordere ich Sie auf, Auskunft über Ihr Einkommen der letzten zwölf Monate zu erteilen und die Lohnabrechnungen Juni 2024 bis Mai 2025 sowie den letzten Steuerbescheid vorzulegen.

Zur Zuordnung bei der Prüfung über das Bundeszentralamt für Steuern liegen uns bereits vor:
Steuer-Identifikationsnummer: [[TID|{tid28}]]
Versicherungsnummer: [[SSN|{ssn28}]]
Geburtsdatum: [[DOB|22.07.1985]]

Bitte übersenden Sie die Unterlagen bis 05.06.2025. Bis dahin gehen wir vom Mindestunterhalt der 2. Altersstufe (Düsseldorfer Tabelle 2025) in Höhe von 444,00 EUR abzüglich hälftigem Kindergeld (127,50 EUR) aus.

Mit freundlichen Grüßen
[[P|Anja Kaden]]
Beiständin
""")

# 29 Friedhofsamt informal, nickname
doc("outlook", "grabpflege", """Betreff: Grab meiner Mutti – Verlängerung Nutzungsrecht

Hallo Frau [[P|Schiefer]],

Sie hatten mir ja geschrieben, dass das Nutzungsrecht für das Urnengrab von meiner Mutti ([[P|Ursula „Uschi“ Heinrich]], Abt. 14, Nr. 233) im Dezember ausläuft. Ich möchte gerne um 10 Jahre verlängern. Die Gebühr von 620 Euro ist ok, kann ich das in zwei Raten zahlen?

Mein Bruder [[P|Klaus-Dieter]] wohnt jetzt in Oelsnitz/Vogtl. und kann sich nicht mehr kümmern, deshalb bin ich jetzt die Ansprechpartnerin. Meine neue Adresse ist [[A|Augustusburger Straße 245]], [[A|09127 Chemnitz]].

Schönen Gruß vom Sonnenberg
[[P|Gabi Wünsche]] (geb. [[P|Heinrich]])
[[T|0371 / 72 44 805]]
""")

# 30 Sozialamt Krankenhilfe: genetic test costs (HEALTH, GENETIC)
kv30 = ids.health_insurance()
doc("word", "krankenhilfe", f"""Vermerk – Hilfen zur Gesundheit (§ 48 SGB XII) / Übernahme nach § 264 SGB V

Leistungsberechtigte: [[P|Aylin Demir]], geb. [[DOB|04.10.1998]]
Anschrift: [[A|Müllerstraße 22]], [[A|09113 Chemnitz]]
eGK über Barmer nach § 264 SGB V, KVNR [[KV|{kv30}]]
Az.: [[AZ|50.3-KH-0752]]

Sachverhalt:
Frau [[P|Demir]] beantragt die Übernahme von Fahrtkosten zur humangenetischen Beratung am Universitätsklinikum Leipzig. Bei ihrem Bruder [[P|Cem Demir]] wurde Mukoviszidose (CFTR-Mutation) diagnostiziert; die Gynäkologin empfiehlt Frau [[P|Demir]] wegen Kinderwunsches einen Anlageträgertest. Die genetische Untersuchung selbst trägt die Krankenkasse.

Prüfung: Fahrtkosten zu ambulanter Behandlung sind nur in Ausnahmefällen übernahmefähig (§ 60 SGB V). Antrag wird an die Barmer zur Entscheidung weitergeleitet; Hinweis an Frau [[P|Demir]] mit Schreiben vom heutigen Tag.

Chemnitz, 12.06.2025
[[P|Hoyer]], SB 50.3
""", ["HEALTH", "GENETIC"])


def main():
    assert len(DOCS) == 30
    out = os.path.join(HERE, "fresh63.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, (channel, template, text, flags) in enumerate(DOCS, 1):
            rec = build(f"F63-{n:03d}", channel, template, text.strip("\n"), flags)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", out)


if __name__ == "__main__":
    main()
