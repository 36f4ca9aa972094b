#!/usr/bin/env python3
"""Held-out batch 69: city administration of a Thuringian university city (Jena). Writes fresh69.jsonl."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)  # marks.py and identifiers.py sit beside this file
from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban  # noqa: E402

I = Identifiers(6969)
g4 = lambda v: group(v, 4)

CITY_IBAN = g4(I.iban_de())
SW_IBAN = g4(I.iban_de())
docs = []


def add(channel, template, text, flags=()):
    n = len(docs) + 1
    docs.append(build(f"F69-{n:03d}", channel, template, text.strip("\n"), list(flags)))


# 1 ---------------------------------------------------------------- Indian PhD student, visa extension, EN/DE
cc1 = group(I.credit_card("4", 16), 4)
add("outlook", "visum_verlaengerung", f"""
Von: [[P|Priya Venkataraman]] <[[E|priya.venkataraman@uni-jena.de]]>
An: [[N|auslaenderbehoerde@jena.de]]
Betreff: Verlängerung Aufenthaltserlaubnis – Az. [[AZ|32.1-AE-2025-04417]]

Dear Sir or Madam, sehr geehrte Damen und Herren,

my residence permit (§ 16b AufenthG) expires on 31.10.2025 and I would like to apply for the extension. My PhD at the Institut für Physikalische Chemie was extended until 2027, the new contract and a letter of my supervisor [[P|Prof. Dr. Matthias Kühnel]] are attached.

Passport no.: [[PASS|V4826193]] (Republic of India), valid until 2032
Date of birth: [[DOB|14.08.1996]]
Address: [[A|Kahlaische Straße 12]], Zimmer 304, [[A|07745 Jena]]

Can I pay the fee of 93 EUR by credit card? I don't have an EC card yet. Visa [[CC|{cc1}]], expiry 09/28.

Entschuldigung for writing in English, my German is still A2.

Best regards / Mit freundlichen Grüßen
[[P|Priya Venkataraman]]
Mobile: [[T|+49 1523 8841907]]
""")

# 2 ---------------------------------------------------------------- Verpflichtungserklärung
idc2 = I.id_card(check_digit=True)
add("word", "verpflichtungserklaerung", f"""
Stadt Jena · Fachdienst Migration und Integration · Ausländerbehörde
[[N|Am Anger 15]] · [[N|07743 Jena]] · Telefon [[N|03641 49-0]]

Herrn
[[P|Jonas Brettschneider]]
[[A|Dornburger Straße 87a]]
[[A|07743 Jena]]

Ihr Zeichen: –
Unser Zeichen: [[AZ|VE-2025/1183]]
Datum: 02.09.2025

Verpflichtungserklärung nach §§ 66–68 AufenthG für Frau [[P|Marie-Claire Ngo Biyong]]

Sehr geehrter Herr [[P|Brettschneider]],

Sie beabsichtigen, die Kosten des Lebensunterhalts für den Besuchsaufenthalt von Frau [[P|Ngo Biyong]] (Staatsangehörigkeit: Kamerun, geb. am [[DOB|03.05.1994]], Reisepass-Nr. [[PASS|AA0391847]]) vom 15.12.2025 bis 15.02.2026 zu übernehmen.

Für die Abgabe der Erklärung bringen Sie bitte zum Termin am 16.09.2025, 10:30 Uhr, Zimmer 2.14, mit:
- Ihren Personalausweis (laut Antrag Nr. [[IDC|{idc2}]]),
- die Gehaltsnachweise der letzten drei Monate (netto mindestens 2.150,00 EUR zuzüglich Miete),
- den Mietvertrag.

Die Gebühr beträgt 29,00 EUR (§ 47 Abs. 1 Nr. 12 AufenthV). Bitte beachten Sie, dass die Verpflichtung bis zu fünf Jahre nach Einreise fortbesteht.

Mit freundlichen Grüßen
Im Auftrag

[[P|Sabine Lorenz-Ebert]]
Sachbearbeiterin
""")

# 3 ---------------------------------------------------------------- Brazilian student, Rundfunkbeitrag, lower case
add("outlook", "rundfunkbeitrag", """
Betreff: rundfunkbeitrag wg – who has to pay??

hallo,

ich bin [[P|joão pedro oliveira]], student aus brasilien, seit april in jena. we live in a WG with 3 people ([[P|lukas]], [[P|mei]] und ich) in der [[A|wöllnitzer str 8]], [[A|07749 jena]]. now i got a letter from beitragsservice with beitragsnummer [[AZ|472 918 305]] and they want 55,08 euro from me. but [[P|lukas]] says he pays already for the flat?? do we have to pay twice?

sorry my deutsch ist nicht so gut. can someone from bürgeramt help or is this not your job?

obrigado und lg
[[P|joão]]
[[T|0157 34129908]]
[[E|jp.oliveira.br@gmail.com]]
""")

# 4 ---------------------------------------------------------------- Bußgeldstelle Anhörung
add("word", "bussgeld_anhoerung", """
Stadt Jena – Fachdienst Sicherheit und Ordnung – Bußgeldstelle
[[N|Löbdergraben 12]], [[N|07743 Jena]]

Herrn
[[P|Dr. Reza Tehrani]]
[[A|Erlanger Allee 101]]
[[A|07747 Jena]]

Aktenzeichen: [[AZ|771.2025.118364.9]]
Datum: 28.08.2025

Anhörung im Bußgeldverfahren – Geschwindigkeitsüberschreitung

Sehr geehrter Herr Dr. [[P|Tehrani]],

dem Fahrer / der Fahrerin des Pkw mit dem amtlichen Kennzeichen [[KFZ|J-RT 713]] wird vorgeworfen, am 11.08.2025 um 07:42 Uhr in Jena, B 88, Höhe Abzweig Göschwitz, Fahrtrichtung Rudolstadt, die zulässige Höchstgeschwindigkeit innerhalb geschlossener Ortschaften um 18 km/h überschritten zu haben (zulässig 50 km/h, gemessen 71 km/h, nach Toleranzabzug 68 km/h). §§ 41 Abs. 1 i. V. m. Anlage 2, 49 StVO; § 24 StVG; 11.3.3 BKat.

Regelsatz: 70,00 EUR, zuzüglich Gebühren und Auslagen 28,50 EUR. Ein Punkt im Fahreignungsregister.

Als Halter haben Sie Gelegenheit, sich innerhalb einer Woche zu äußern. Waren Sie nicht selbst Fahrer, teilen Sie uns bitte Name, Vorname, Geburtsdatum und Anschrift der Person mit, die das Fahrzeug geführt hat.

Das Messfoto kann nach Terminvereinbarung unter [[N|03641 49-5300]] eingesehen werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|K. Wunderlich]]
""")

# 5 ---------------------------------------------------------------- reply, forwarded chain
add("outlook", "bussgeld_fahrerbenennung", """
Von: [[P|Reza Tehrani]] <[[E|r.tehrani@leibniz-ipht.de]]>
Gesendet: Dienstag, 2. September 2025 21:14
An: [[N|bussgeldstelle@jena.de]]
Betreff: AW: Anhörung [[AZ|771.2025.118364.9]] / Kennzeichen [[KFZ|J-RT 713]]

Sehr geehrte Frau [[P|Wunderlich]],

das Fahrzeug ist auf mich zugelassen, gefahren ist an dem Morgen aber mein Kollege, der den Wagen für eine Fahrt zum Institut geliehen hatte:

Herr [[P|Dr. Amir Hosseini]], geb. [[DOB|22.01.1989]]
[[A|Fritz-Ritter-Straße 34]], [[A|07747 Jena]]

Er weiß Bescheid und ist mit der Weitergabe einverstanden. Bitte schicken Sie ihm den Anhörungsbogen direkt. Mich erreichen Sie bei Rückfragen unter [[T|0176 / 553 20 718]].

Mit freundlichen Grüßen
[[P|Reza Tehrani]]

-----Ursprüngliche Nachricht-----
Von: Bußgeldstelle Stadt Jena <[[N|bussgeldstelle@jena.de]]>
Gesendet: Donnerstag, 28. August 2025 09:03
An: [[E|r.tehrani@leibniz-ipht.de]]
Betreff: Anhörung [[AZ|771.2025.118364.9]]

Sehr geehrter Herr Dr. [[P|Tehrani]],
anbei erhalten Sie den Anhörungsbogen als PDF. ...
""")

# 6 ---------------------------------------------------------------- Meldebehörde, family Anmeldung form
passA = "FX482917"
passB = "GK105338"
add("word", "anmeldung_formular", f"""
Meldebehörde Jena – Anmeldung einer Wohnung (Bundesmeldegesetz)          Vorgang: [[AZ|MB-2025-22871]]

Neue Wohnung: [[A|Karl-Marx-Allee 28]], 4. OG rechts, [[A|07747 Jena]]     Einzug: 01.08.2025
Bisherige Wohnung (Ausland): [[A|Rua Harmonia 455]], apto 12, [[A|05435-000 São Paulo]], Brasilien

| Nr | Familienname | Vorname(n) | Geburtsdatum | Geschlecht | Religion | Pass-Nr. |
|----|--------------|------------|--------------|------------|----------|----------|
| 1  | [[P|Carvalho da Silva]] | [[P|Ana Beatriz]] | [[DOB|19.11.1990]] | w | rk | [[PASS|{passA}]] |
| 2  | [[P|Mendes Carvalho]] | [[P|Rafael]] | [[DOB|07.03.1988]] | m | rk | [[PASS|{passB}]] |
| 3  | [[P|Mendes Carvalho]] | [[P|Helena]] | [[DOB|25.06.2019]] | w | – | (im Pass der Mutter) |

Wohnungsgeberbestätigung liegt vor: Vermieterin [[P|Gisela Hoffmann-Brandt]], [[A|Schillbachstraße 3]], [[A|07743 Jena]].
Zuzug aus dem Ausland, Mitteilung an Ausländerbehörde erfolgt. Steuer-ID wird vom BZSt zugeteilt.

Bearbeitet: [[P|Ludwig]], Bürgerservice Lobeda, 04.08.2025
""", ["RELIGION"])

# 7 ---------------------------------------------------------------- Chinese researcher, Blue Card
add("outlook", "blaue_karte", """
Subject: Blue Card application – appointment request / Terminanfrage

Dear colleagues of the Ausländerbehörde,

I am a postdoctoral researcher at the Max-Planck-Institut in Jena since 1 July 2025. I entered with a national D-visa which is valid until 30.09.2025. I would like to apply for the EU Blue Card (§ 18g AufenthG). My salary is 58.300 EUR per year (TV-ÖD E13).

Name: [[P|LI Jun]] (family name [[P|Li]], given name [[P|Jun]])
Passport: [[PASS|EJ4407312]], People's Republic of China
Birthday: [[DOB|1992-04-09]]
Current address: [[A|Beutenbergstraße 11a]], [[A|07745 Jena]] (guest house)

My wife [[P|Zhao Xinyi]] will follow me in spring, can she apply at the same time?

Thank you very much and best wishes,
[[P|Dr. Jun Li]]
[[E|jli@ice.mpg.de]] | [[T|+49 3641 57-1432]] (office) | [[T|+86 138 1024 5576]]
""")

# 8 ---------------------------------------------------------------- Studierendenwerk rent arrears
iban8 = g4(I.iban_de())
cc8 = I.credit_card("51", 16)
add("word", "studierendenwerk_mahnung", f"""
Studierendenwerk Thüringen – Abteilung Studentisches Wohnen – Service-Center Jena

Herrn
[[P|Emmanuel Fotso Kamga]]
Wohnanlage Am Herrenberg, Haus 3, App. 117
[[A|Max-Steenbeck-Straße 7]]
[[A|07745 Jena]]

Mieterkonto: [[AZ|WJ-30-117-2207]]
Jena, 10.09.2025

Zahlungserinnerung – Mietrückstand

Sehr geehrter Herr [[P|Fotso Kamga]],

für die Monate Juli und August 2025 sind die Mietzahlungen von jeweils 296,00 EUR (inkl. Nebenkosten und Internet) nicht eingegangen. Die Lastschrift von Ihrem Konto [[IBAN|{iban8}]] wurde am 03.07. und 04.08.2025 mangels Deckung zurückgegeben (Rücklastschriftgebühr je 3,50 EUR).

Ihre telefonische Angabe, die Miete künftig per Mastercard ([[CC|{cc8}]]) zu zahlen, können wir leider nicht umsetzen; Kartenzahlungen sind nur im Service-Center möglich.

Bitte überweisen Sie den offenen Betrag von 599,00 EUR bis 24.09.2025 auf unser Konto [[N|{SW_IBAN}]]. Falls Sie sich in einer finanziellen Notlage befinden, wenden Sie sich gern an unsere Sozialberatung, Frau [[P|Ines Baumbach]], [[T|03641 9-400 721]].

Mit freundlichen Grüßen
[[P|Thomas Reichenbächer]]
Sachgebietsleiter Wohnen
""")

# 9 ---------------------------------------------------------------- Cameroonian student, Sozialamt, health
kv9 = I.health_insurance()
add("outlook", "sozialamt_krankenhaus", f"""
Betreff: Bitte um Hilfe – Krankenhausrechnung und Miete

Sehr geehrte Damen und Herren,

mein Name ist [[P|Arielle Ngono Mballa]], ich studiere Biochemie im 5. Semester. Im Juli war ich drei Wochen im Universitätsklinikum, weil ich eine Sichelzellkrise hatte (ich habe seit Kindheit Sichelzellanämie). In dieser Zeit konnte ich nicht in meinem Minijob arbeiten und habe jetzt 640 EUR Schulden bei der Miete.

Meine Krankenversicherung ist die AOK Plus, Versichertennummer [[KV|{kv9}]]. Die Klinik sagt, ein Teil der Rechnung (Zuzahlung 10 EUR pro Tag) muss ich selbst zahlen.

Ist es möglich, beim Sozialamt eine einmalige Hilfe zu bekommen? Oder wer ist zuständig? Meine Freundin [[P|Chantal]] hat gesagt, Studenten bekommen nichts.

Ich wohne [[A|Anna-Siemsen-Straße 41]], [[A|07745 Jena]].
Telefon: [[T|0152 0774 3318]]

Mit freundlichen Grüßen
[[P|Arielle Ngono Mballa]]
""", ["HEALTH"])

# 10 --------------------------------------------------------------- Wahlamt table, politics
iban10a, iban10b = g4(I.iban_de()), g4(I.iban_de())
add("word", "wahlvorstand_liste", f"""
Wahlamt – Bundestagswahl 2025 – Besetzung Wahlvorstand Wahlbezirk 0412 (Wahlraum: Grundschule Kulturarena, Raum 104)

| Funktion | Name | vorgeschlagen von | Telefon | E-Mail | IBAN Erfrischungsgeld |
|---|---|---|---|---|---|
| Wahlvorsteher | [[P|Bernd Ackermann]] | SPD | [[T|0171 2290413]] | [[E|b.ackermann@web.de]] | [[IBAN|{iban10a}]] |
| Stellvertreterin | [[P|Dr. Yasemin Aydın-Krüger]] | Bündnis 90/Die Grünen | [[T|03641 826614]] | [[E|yasemin.aydin@posteo.de]] | [[IBAN|{iban10b}]] |
| Schriftführer | [[P|Ionuț Popescu]] | Die Linke | [[T|0160 93378210]] | [[E|ionut.popescu@uni-jena.de]] | folgt |
| Beisitzerin | [[P|Hannah Vogt]] | CDU | – | [[E|hannah.vogt96@gmx.de]] | bar |
| Beisitzer | [[P|Dmitri Sokolow]] | Verwaltung (Freiwillige) | [[T|0176 41189032]] | [[E|dmitri.sok@mail.ru]] | folgt |

Erfrischungsgeld: 50,00 EUR (Vorsteher/Stellv. 60,00 EUR). Schulung am 12.02.2025, 17 Uhr, Rathaus, Plenarsaal.
Stand 06.02.2025 – [[P|Schreiter]], Wahlamt, App. [[N|49-1620]]
""", ["POLITICS"])

# 11 --------------------------------------------------------------- Wahlhelfer sick, lower case
add("outlook", "wahlhelfer_absage", """
Von: [[P|Dmitri Sokolow]] <[[E|dmitri.sok@mail.ru]]>
An: [[N|wahlamt@jena.de]]
Betreff: absage sonntag wahlbezirk 0412

hallo frau [[P|schreiter]],

leider kann ich am sonntag nicht als beisitzer kommen, ich habe seit gestern fieber und der test ist positiv (corona). krankschreibung schicke ich, wenn nötig. tut mir sehr leid!

vielleicht kann mein nachbar [[P|artjom]] einspringen, er hat auch letztes mal geholfen: [[T|0178 5521 946]].

gruß
[[P|dima]] ([[P|Dmitri Sokolow]])
""", ["HEALTH"])

# 12 --------------------------------------------------------------- Gewerbeanmeldung Vietnamese
tid12, vat12 = I.tax_id(), I.vat_id()
tnr12 = f"162/{I.digits(3)}/{I.digits(5)}"
add("word", "gewerbe_bestaetigung", f"""
Stadt Jena · Fachdienst Sicherheit und Ordnung · Gewerbeangelegenheiten

Frau
[[P|Nguyễn Thị Lan]]
[[A|Karl-Liebknecht-Straße 64]]
[[A|07749 Jena]]

Gewerberegister-Nr.: [[AZ|GA-16053000-2025-0872]]
Jena, 18.07.2025

Empfangsbestätigung Ihrer Gewerbeanmeldung (§ 15 Abs. 1 GewO)

Sehr geehrte Frau [[P|Nguyễn]],

Ihre Anmeldung vom 14.07.2025 haben wir erhalten:

Betriebsinhaberin: [[P|Nguyễn Thị Lan]], geb. [[DOB|02.12.1985]] in Hải Phòng
Tätigkeit: Nagelstudio und Kosmetik (ohne Heilbehandlung)
Betriebsstätte: [[A|Johannisstraße 19]], [[A|07743 Jena]] – Beginn 01.08.2025
Steuernummer: [[TNR|{tnr12}]]
Steuer-ID: [[TID|{tid12}]]
USt-IdNr.: [[VAT|{vat12}]]

Die Daten wurden an das Finanzamt Jena, die Handwerkskammer und die IHK Ostthüringen weitergeleitet. Die Gebühr von 26,00 EUR überweisen Sie bitte unter Angabe der Registernummer auf [[N|{CITY_IBAN}]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Wolfgang Hörold]]
Telefon [[T|03641 49-5127]]
""")

# 13 --------------------------------------------------------------- Zweitwohnungsteuer
add("word", "zweitwohnungsteuer", f"""
Stadt Jena – Steuern und Abgaben
[[N|Am Anger 15]], [[N|07743 Jena]]

Frau
[[P|Anna-Lena Schäfer]]
[[A|Camburger Straße 55]]
[[A|07743 Jena]]

Kassenzeichen: [[AZ|6.2025.030814]]
Bescheiddatum: 15.09.2025

Bescheid über die Festsetzung der Zweitwohnungsteuer 2025

Sehr geehrte Frau [[P|Schäfer]],

nach dem Melderegister sind Sie seit 01.04.2025 mit Nebenwohnung in Jena gemeldet; Ihre Hauptwohnung befindet sich bei Ihren Eltern in [[A|Pfarrgasse 7]], [[A|99423 Weimar]].

Nach § 4 der Zweitwohnungsteuersatzung beträgt die Steuer 12 % der Nettokaltmiete. Bei einer Jahreskaltmiete von 3.960,00 EUR (9 Monate × 440,00 EUR) ergeben sich 475,20 EUR. Fällig zum 15.10.2025.

Hinweis: Wenn Sie Jena zu Ihrer Hauptwohnung machen (Ummeldung im Bürgeramt), entfällt die Steuer ab dem Folgemonat.

Zahlung: Stadtkasse Jena, IBAN [[N|{CITY_IBAN}]], Verwendungszweck: Kassenzeichen.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats Widerspruch erhoben werden.

Im Auftrag
[[P|Jana Möbius]]
""")

# 14 --------------------------------------------------------------- Personalamt new hire, Ukrainian
tid14 = I.tax_id()
ssn14 = I.social_security("170784", "H")
kv14 = I.health_insurance()
iban14 = g4(I.iban_de())
add("outlook", "personal_neueinstellung", f"""
Von: [[P|Katrin Seifert]] <[[E|katrin.seifert@jena.de]]>
An: Entgeltabrechnung <[[N|entgelt@jena.de]]>
Cc: [[P|Uwe Gräfe]]
Betreff: WG: Neueinstellung [[P|Hrytsenko]] zum 01.10. – Unterlagen vollständig

Hallo [[P|Uwe]],

die Unterlagen von Frau [[P|Hrytsenko]] (Sachbearbeiterin Integrationsmanagement, EG 9b) sind jetzt da, bitte für die Oktoberabrechnung anlegen:

Name: [[P|Oksana Hrytsenko]], geb. [[DOB|17.07.1984]]
Anschrift: [[A|Hermann-Löns-Straße 22]], [[A|07745 Jena]]
Steuer-ID: [[TID|{tid14}]], Steuerklasse II, Konfession: ev
Rentenversicherungsnummer: [[SSN|{ssn14}]]
Krankenkasse: TK, KV-Nr. [[KV|{kv14}]]
Bankverbindung: [[IBAN|{iban14}]]
Schwerbehindertenausweis GdB 50 liegt vor (bitte Zusatzurlaub 5 Tage eintragen).
Gewerkschaft: ver.di – sie möchte den Beitrag NICHT über die Abrechnung zahlen.

Danke und viele Grüße
[[P|Katrin]]

[[P|Katrin Seifert]] | Personal und Organisation | Tel. [[T|03641 49-2207]]
""", ["HEALTH", "RELIGION", "UNION"])

# 15 --------------------------------------------------------------- Jugendamt note
add("word", "jugendamt_vermerk", """
Jugendamt – Allgemeiner Sozialer Dienst, Team Lobeda
Aktenvermerk                                                   Az.: [[AZ|51.2-ASD-2025/0391]]

Betreff: Schulabsentismus [[P|Yusuf Demir]] (geb. [[DOB|09.02.2013]]), Staatliche Gemeinschaftsschule

Anwesend beim Hausbesuch am 23.09.2025, 15:00 Uhr, [[A|Kastanienstraße 11]], 3. OG: Kindsmutter Frau [[P|Emine Demir]], [[P|Yusuf]], seine Schwester [[P|Elif]] (8); Unterzeichnerin; Kindsvater Herr [[P|Kemal Demir]] war telefonisch zugeschaltet ([[T|0163 8812 507]]).

[[P|Yusuf]] hat seit den Herbstferien 14 Tage unentschuldigt gefehlt. Laut Frau [[P|Demir]] traut er sich nach einem Streit mit Mitschülern nicht mehr in die Schule. Die Klassenlehrerin Frau [[P|Hentschel]] bestätigt Mobbing in der Klassenchat-Gruppe.

Vereinbarungen:
1. Gespräch in der Schule am 30.09.2025 mit Schulsozialarbeiter Herrn [[P|Paulick]].
2. Frau [[P|Demir]] meldet sich bis 07.10.2025 bei der Erziehungsberatungsstelle.
3. Wiedervorlage 15.10.2025.

gez. [[P|M. Schönfeld-Ramadani]], Sozialpädagogin
""")

# 16 --------------------------------------------------------------- Standesamt marriage, Iranian bride
add("outlook", "standesamt_eheschliessung", """
Betreff: Anmeldung Eheschließung – documents from Iran

Sehr geehrte Frau [[P|Kowalczyk]],

vielen Dank für das Telefonat heute. As discussed, here the data for our appointment:

Braut: [[P|Shirin Ahmadi]], born [[DOB|30.06.1993]] in Isfahan, Iranian passport [[PASS|X95467321]]
Bräutigam: [[P|Tobias Reinhardt]], geb. [[DOB|11.10.1990]] in Gera
Gemeinsame Wohnung: [[A|Saalbahnhofstraße 17]], [[A|07743 Jena]]

One question: in my Iranian birth certificate the religion "Islam" is written, but I left Islam many years ago and I am now without confession. Does the Standesamt need this information, and will it be in the German Eheregister? It is important for me that this is not written.

The translations of the Shenasnameh and the Ehefähigkeitszeugnis are done by a sworn translator, Mr. [[P|Farhad Naseri]] from Erfurt.

Viele Grüße
[[P|Shirin Ahmadi]] & [[P|Tobias Reinhardt]]
[[T|0176 22104598]] / [[E|shirin.ahmadi93@yahoo.com]]
""", ["RELIGION"])

# 17 --------------------------------------------------------------- Bauamt neighbour participation
vat17 = I.vat_id()
tnr17 = "4162" + "0" + I.digits(8)
add("word", "bauamt_nachbarbeteiligung", f"""
Stadt Jena · Fachdienst Bauordnung und Denkmalschutz

Herrn
[[P|Friedrich von der Heydt]]
[[A|Forstweg 22]]
[[A|07745 Jena]]

Bauantrag Az.: [[AZ|BA-2025-0614]]
Gemarkung Jena, Flur 12, Flurstück 227/3
Jena, 05.08.2025

Beteiligung der Angrenzer nach § 70 ThürBO – Anbau eines Wintergartens, [[A|Forstweg 24]]

Sehr geehrter Herr [[P|von der Heydt]],

die Bauherren Herr [[P|Abdelkader Benali]] und Frau [[P|Sophie Benali-Runge]] beantragen eine Abweichung von den Abstandsflächen (§ 6 ThürBO): Der Wintergarten soll bis auf 2,10 m an die gemeinsame Grundstücksgrenze heranrücken (Lageplan Blatt 2, Ansicht Nord Plan-Nr. 03-A).

Entwurfsverfasser: Architekturbüro [[P|Matthias Zöllner]], [[A|Wagnergasse 5]], [[A|07743 Jena]], USt-IdNr. [[VAT|{vat17}]], Steuernummer [[TNR|{tnr17}]] (Honorarrechnung liegt der Akte bei).

Sie können die Unterlagen bis zum 02.09.2025 im Technischen Rathaus, Zimmer 3.08, einsehen und Einwendungen schriftlich vorbringen. Auskunft erteilt Frau [[P|Engelhardt-Voigt]], [[T|03641 49-5212]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Dipl.-Ing. Ute Engelhardt-Voigt]]
""")

# 18 --------------------------------------------------------------- complaint parking, Polish writer, no flag
add("outlook", "ordnungsamt_beschwerde", """
Betreff: Falschparker vor Apotheke und Einfahrt

Guten Tag,

schon wieder steht der weiße Transporter mit Kennzeichen [[KFZ|SHK-MT 45]] den ganzen Tag auf dem Behindertenparkplatz vor der Apotheke am Nordplatz und der schwarze BMW [[KFZ|WE-AK 1907]] blockiert unsere Einfahrt. Ich habe Fotos gemacht. Die Leute mit Rollstuhl müssen auf der Straße aussteigen, das ist gefährlich.

Ich habe schon im Mai angerufen, aber nichts passiert. Bitte kontrollieren Sie öfter, besonders morgens zwischen 7 und 9.

Mit freundlichen Grüßen
[[P|Małgorzata Wiśniewska]]
[[A|Closewitzer Straße 9]]
[[A|07743 Jena]]
Tel. [[T|03641 / 44 87 02]]
""")

# 19 --------------------------------------------------------------- Stadtkasse Mahnung to sole trader
vat19 = I.vat_id()
add("word", "kasse_mahnung", f"""
Stadt Jena – Stadtkasse
[[N|Am Anger 15]] · [[N|07743 Jena]] · Kassenstunden Mo–Do 9–12 Uhr

Herrn
[[P|Mehmet Ali Yıldırım]]
Inhaber Döner Palast Jena
[[A|Westbahnhofstraße 4]]
[[A|07745 Jena]]

Kassenzeichen: [[AZ|5.2025.004471]]
Ihre USt-IdNr.: [[VAT|{vat19}]]
Datum: 22.09.2025

Mahnung

Sehr geehrter Herr [[P|Yıldırım]],

folgende Forderungen sind trotz Fälligkeit noch nicht beglichen:

Sondernutzungsgebühr Freisitz 2025 (Bescheid vom 14.04.2025) ..... 384,00 EUR
Mahngebühr (§ 19 ThürVwZVG) ...................................... 5,00 EUR
Säumniszuschläge ................................................. 7,50 EUR
Gesamt ........................................................... 396,50 EUR

Bitte zahlen Sie innerhalb einer Woche auf das Konto der Stadtkasse, IBAN [[N|{CITY_IBAN}]]. Andernfalls wird die Zwangsvollstreckung eingeleitet.

Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.
""")

# 20 --------------------------------------------------------------- forwarded chain, double card charge
cc20 = group(I.credit_card("4", 16), 4)
add("outlook", "kasse_kreditkarte", f"""
Von: Bürgerservice <[[N|buergerservice@jena.de]]>
An: Stadtkasse <[[N|stadtkasse@jena.de]]>
Betreff: WG: Bewohnerparkausweis doppelt bezahlt
Datum: 29.08.2025 08:12

Liebe Kolleginnen, könnt ihr das bitte prüfen? Vorgang [[AZ|BPA-2025-11904]]. Gruß, [[P|Heike]]

________________________________
Von: [[P|Svetlana Kuznetsova]] <[[E|s.kuznetsova@t-online.de]]>
Gesendet: Mittwoch, 27. August 2025 19:40
An: [[N|buergerservice@jena.de]]
Betreff: Bewohnerparkausweis doppelt bezahlt

Sehr geehrte Damen und Herren,

ich habe am 25.08. online den Bewohnerparkausweis für Zone C (Kfz [[KFZ|J-SK 2207]]) beantragt und 120,00 EUR mit meiner Kreditkarte bezahlt. Auf der Abrechnung sehe ich den Betrag zweimal. Karte: [[CC|{cc20}]] (Inhaberin [[P|Svetlana Kuznetsova]]).

Bitte erstatten Sie 120 EUR zurück. Meine Adresse: [[A|Talstraße 16]], [[A|07743 Jena]], Handy [[T|0151-27734018]].

Danke
[[P|S. Kuznetsova]]
""")

# 21 --------------------------------------------------------------- Schulamt, school entry, autism
add("word", "schulverwaltung_einschulung", """
Stadt Jena · Fachdienst Schule und Sport · Schulverwaltung

Frau [[P|Pauline Essomba]] und Herrn [[P|Serge Mbarga]]
[[A|Liselotte-Herrmann-Straße 3]]
[[A|07747 Jena]]

Aktenzeichen: [[AZ|40-SE-2026-0127]]
Jena, 11.11.2025

Schulaufnahme Ihres Sohnes [[P|Noah Mbarga]], geb. [[DOB|27.04.2020]], zum Schuljahr 2026/27

Sehr geehrte Frau [[P|Essomba]], sehr geehrter Herr [[P|Mbarga]],

Ihr Sohn ist der Grundschule "An der Trießnitz" zugewiesen. Sie haben mit dem ärztlichen Gutachten von [[P|Dr. Kerstin Malz]] (Sozialpädiatrisches Zentrum) mitgeteilt, dass bei [[P|Noah]] eine Autismus-Spektrum-Störung diagnostiziert wurde und er eine Schulbegleitung benötigt.

Wir haben das Staatliche Schulamt Ostthüringen um Feststellung des sonderpädagogischen Förderbedarfs gebeten. Den Antrag auf Eingliederungshilfe (§ 35a SGB VIII) stellen Sie bitte parallel beim Jugendamt.

Die Schuleingangsuntersuchung findet am 20.01.2026 statt.

Mit freundlichen Grüßen
[[P|Rüdiger Trautmann]]
Sachbearbeiter, Telefon [[N|03641 49-0]]
""", ["HEALTH"])

# 22 --------------------------------------------------------------- minutes, no flag
add("word", "protokoll_dienstberatung", """
Protokoll der Dienstberatung Ausländerbehörde vom 16.09.2025
Ort: Beratungsraum 2.01 · Beginn 09:00 Uhr · Ende 10:25 Uhr
Anwesend: Frau [[P|Dr. Brandis]] (Leitung), [[P|Lorenz-Ebert]], [[P|Kowalczyk]], [[P|Haferkorn]], [[P|Tran]], [[P|Schubert]] (Protokoll)
Entschuldigt: Herr [[P|Ulbrich]] (Urlaub)

TOP 1 Rückstände
Derzeit 1.142 offene Anträge, davon 388 Studierende. Terminwartezeit 7 Wochen. Ab Oktober zusätzliche Samstagstermine für die Universität (Semesterbeginn).

TOP 2 Einzelfall [[AZ|32.1-AE-2025-04417]]
Frau [[P|Venkataraman]] hat angefragt, ob Kartenzahlung mit Kreditkarte möglich ist. Ergebnis: Nein, nur EC/Girocard oder Überweisung. Frau [[P|Kowalczyk]] antwortet.

TOP 3 Fortbildung
Die Antidiskriminierungsschulung ("Benachteiligung wegen ethnischer Herkunft, Religion oder Weltanschauung im Verwaltungshandeln") findet am 04.11.2025 statt. Teilnahme für alle Beschäftigten mit Publikumsverkehr verpflichtend.

TOP 4 Verschiedenes
Neue Durchwahl der Servicestelle: [[N|03641 49-3200]]. Funktionspostfach bleibt [[N|auslaenderbehoerde@jena.de]].

Nächste Dienstberatung: 14.10.2025. f. d. R. [[P|Schubert]]
""")

# 23 --------------------------------------------------------------- Fiktionsbescheinigung, biometric
add("word", "auslaenderbehoerde_eat", """
Stadt Jena · Ausländerbehörde

Herrn
[[P|Mohammad-Reza Karimi]]
c/o [[P|Hosseini]]
[[A|Fritz-Ritter-Straße 34]]
[[A|07747 Jena]]

Unser Zeichen: [[AZ|32.1-AE-2025-05190]]
Jena, 01.10.2025

Ihr Antrag auf Erteilung einer Aufenthaltserlaubnis (§ 16b AufenthG)

Sehr geehrter Herr [[P|Karimi]],

Ihr Antrag ist vollständig. Bis zur Entscheidung gilt Ihr bisheriger Aufenthaltstitel als fortbestehend (§ 81 Abs. 4 AufenthG); die Fiktionsbescheinigung liegt bei.

Für die Herstellung des elektronischen Aufenthaltstitels (eAT) werden bei Ihrem Termin am 14.10.2025, 08:15 Uhr, ein biometrisches Lichtbild aufgenommen und die Fingerabdrücke beider Zeigefinger abgenommen. Bringen Sie bitte Ihren Reisepass (Islamische Republik Iran, Nr. [[PASS|Z48201937]]) sowie die Immatrikulationsbescheinigung mit. Sie sind geboren am [[DOB|5. März 1998]] – bitte prüfen Sie, ob das Datum im Antrag korrekt übernommen wurde, da im Pass das Datum nach dem persischen Kalender ([[DOB|14.12.1376]]) vermerkt ist.

Gebühr: 100,00 EUR.

Mit freundlichen Grüßen
Im Auftrag
[[P|Tran Minh Duc]]
""", ["BIOMETRIC"])

# 24 --------------------------------------------------------------- Indian student short mail with nickname
add("outlook", "anmeldung_termin", """
Subject: Anmeldung appointment?? urgent

hi,

i need anmeldung for my bank account (Sparkasse says no account without Meldebescheinigung) but online there is no termin until november. i moved on 01.09 in [[A|Stoystraße 3]], WG room, [[A|07743 Jena]]. landlord Mr [[P|Kießling]] gave me the Wohnungsgeberbestätigung.

is there any walk-in? or can my friend [[P|Aditya]] bring the papers for me?

thx a lot
[[P|Karthikeyan Subramanian]] ([[P|Kartik]])
[[T|+91 98401 22763]] (whatsapp) / [[T|0159 01734422]]
""")

# 25 --------------------------------------------------------------- Sozialamt Hilfe zur Pflege
kv25 = I.health_insurance()
ssn25 = I.social_security("080339", "Z")
iban25 = g4(I.iban_de())
add("word", "sozialamt_hilfe_pflege", f"""
Stadt Jena · Fachdienst Soziales · Hilfe zur Pflege

Frau
[[P|Kerstin Ziegenbalg-Nowak]]
(Betreuerin für Frau [[P|Hannelore Ziegenbalg]])
[[A|Ammerbacher Straße 60]]
[[A|07745 Jena]]

Aktenzeichen: [[AZ|50.3-HzP-2025-0219]]
Jena, 03.09.2025

Bescheid über Hilfe zur Pflege nach dem SGB XII

Sehr geehrte Frau [[P|Ziegenbalg-Nowak]],

für Ihre Mutter, Frau [[P|Hannelore Ziegenbalg]], geb. [[DOB|08.03.1939]], Versichertennummer der Pflegekasse [[KV|{kv25}]], Rentenversicherungsnummer [[SSN|{ssn25}]], derzeit wohnhaft im Seniorenzentrum Lobeda, [[A|Erlanger Allee 33]], werden ab 01.08.2025 die ungedeckten Heimkosten übernommen.

Grundlage: Pflegegrad 4 (Gutachten des Medizinischen Dienstes vom 18.06.2025, fortgeschrittene Demenz).
Heimentgelt monatlich 4.312,40 EUR, abzüglich Leistung Pflegekasse 1.855,00 EUR, Leistungszuschlag § 43c SGB XI 1.277,20 EUR, Rente 1.012,77 EUR; Barbetrag nach § 27b SGB XII verbleibt.

Die Zahlung des Barbetrags erfolgt auf das Konto [[IBAN|{iban25}]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Andreas Pönitz]]
""", ["HEALTH"])

# 26 --------------------------------------------------------------- Uyghur family reunification, ethnicity
add("outlook", "familiennachzug", """
Von: [[P|Aygül Tursun]] <[[E|aygul.tursun@protonmail.com]]>
Betreff: Familiennachzug meines Mannes – Frage

Sehr geehrte Damen und Herren,

ich bin Doktorandin an der Friedrich-Schiller-Universität (Aufenthaltserlaubnis § 16b, Az. [[AZ|32.1-AE-2024-09876]]). Ich möchte, dass mein Ehemann [[P|Ablimit Ahmet]] (geb. [[DOB|12.12.1990]]) nachzieht.

Das Problem: wir sind Uiguren. Mein Mann bekommt in Ürümqi keinen neuen Pass, und die chinesische Botschaft verlangt von mir persönliche Vorsprache in Berlin, wovor ich Angst habe. Gibt es eine Möglichkeit mit einem Reiseausweis oder einer Ausnahme bei der Passpflicht?

Meine Betreuerin [[P|Prof. Dr. Annette Vollrath]] kann das bestätigen.

Mit freundlichen Grüßen
[[P|Aygül Tursun]]
[[A|Philosophenweg 20]], [[A|07743 Jena]]
[[T|0162 448 9037]]
""", ["ETHNICITY"])

# 27 --------------------------------------------------------------- Fundbüro table
idc27a, idc27b = I.id_card(), I.id_card(check_digit=True)
pass27 = I.passport(check_digit=True)
add("word", "fundbuero_liste", f"""
Fundbüro – Eingänge KW 37/2025 (Auszug, nur Ausweisdokumente und Karten) – intern

| Fund-Nr. | Fundort / Datum | Gegenstand | Inhaber laut Dokument | Benachrichtigt |
|---|---|---|---|---|
| [[AZ|F-2025-1452]] | Straßenbahn Linie 4, 08.09. | Personalausweis [[IDC|{idc27a}]] | [[P|Lea Marie Großmann]], geb. [[DOB|14.01.2003]] | per Brief an [[A|Stauffenbergstraße 6]], [[A|07747 Jena]] |
| [[AZ|F-2025-1457]] | Paradiesbahnhof, 09.09. | Geldbörse mit Personalausweis [[IDC|{idc27b}]], Girocard | [[P|Ahmad Al-Khatib]] | SMS an [[T|0177 3021 884]] |
| [[AZ|F-2025-1463]] | Mensa Ernst-Abbe-Platz, 10.09. | Reisepass [[PASS|{pass27}]] | [[P|Henrik Schulze-Wendt]] | E-Mail [[E|henrik.sw@gmx.net]] |
| [[AZ|F-2025-1470]] | Holzmarkt, 12.09. | Studierendenausweis (thoska) | [[P|Fernanda Ribeiro]] | über Studierendenwerk |

Ausweise, die nach 4 Wochen nicht abgeholt werden, gehen an die ausstellende Behörde zurück. Bearbeitung: [[P|Rita Ebersbach]], Sprechzeiten Di 9–18 Uhr, [[N|03641 49-5400]].
""")

# 28 --------------------------------------------------------------- same-sex couple, Standesamt
add("outlook", "standesamt_umwandlung", """
Von: [[P|Kai Lindqvist]] <[[E|kai.lindqvist@icloud.com]]>
An: [[N|standesamt@jena.de]]
Betreff: Umwandlung Lebenspartnerschaft in Ehe

Hallo liebes Standesamt-Team,

mein Partner [[P|Oleksandr Bondarenko]] und ich leben seit 2016 in einer eingetragenen Lebenspartnerschaft (begründet in Jena, Registernummer [[AZ|LP 14/2016]]). Wir möchten diese jetzt in eine Ehe umwandeln, gern an einem Freitag im Dezember im Rathaussaal.

[[P|Sascha]] ist ukrainischer Staatsbürger – braucht er dafür noch einmal Dokumente aus der Ukraine, oder reicht die alte Urkunde?

Unsere Adresse: [[A|Jenergasse 12]], [[A|07743 Jena]]. Am besten erreichbar bin ich unter [[T|0170 9912 384]].

Viele Grüße
[[P|Kai]]
""", ["SEXUAL_ORIENTATION"])

# 29 --------------------------------------------------------------- Jugendamt Beistandschaft, DNA
add("word", "jugendamt_beistandschaft", """
Stadt Jena · Jugendamt · Beistandschaften, Amtsvormundschaften

Herrn
[[P|Cristian-Andrei Munteanu]]
[[A|Emil-Wölk-Straße 8]]
[[A|07749 Jena]]

Az.: [[AZ|51.4-BS-2025-077]]
Jena, 19.08.2025

Feststellung der Vaterschaft für [[P|Sofia Wagner]], geb. [[DOB|02.02.2025]]

Sehr geehrter Herr [[P|Munteanu]],

als Beistand des Kindes [[P|Sofia]] (Mutter: Frau [[P|Laura Wagner]]) teile ich Ihnen mit, dass das Abstammungsgutachten des Instituts für Rechtsmedizin vom 04.08.2025 auf Grundlage der DNA-Analyse (Mundschleimhautabstriche) Ihre Vaterschaft mit einer Wahrscheinlichkeit von 99,999 % bestätigt.

Ich bitte Sie, die Vaterschaft beim Jugendamt oder Standesamt urkundlich anzuerkennen und sich zum Kindesunterhalt zu erklären (Mindestunterhalt 1. Altersstufe: 482,00 EUR abzgl. halbes Kindergeld). Terminvereinbarung unter [[T|03641 49-2751]] (Frau [[P|Rosenkranz]]).

Mit freundlichen Grüßen
[[P|Claudia Rosenkranz]]
Beiständin
""", ["GENETIC"])

# 30 --------------------------------------------------------------- general circular, no flag
add("word", "rundschreiben_datenschutz", """
Stadt Jena · Der Oberbürgermeister · Hauptamt
Rundschreiben Nr. 14/2025

An alle Fachdienste

Einsatz von KI-Schreibhilfen in der Korrespondenz

Ab 01.11.2025 steht in Word und Outlook eine KI-Schreibhilfe zur Verfügung. Bitte beachten Sie:

1. Personenbezogene Daten (Namen, Anschriften, Geburtsdaten, Aktenzeichen mit Personenbezug) werden vor der Übermittlung automatisch geschwärzt. Prüfen Sie das Ergebnis trotzdem.
2. Besondere Kategorien nach Art. 9 DSGVO – Gesundheitsdaten, genetische und biometrische Daten, religiöse oder weltanschauliche Überzeugungen, ethnische Herkunft, politische Meinungen, Gewerkschaftszugehörigkeit, sexuelle Orientierung – dürfen nicht in Eingaben an die KI stehen.
3. Allgemeine Texte (Satzungen, Merkblätter, § 16b AufenthG, Gebührenordnung) dürfen ohne Einschränkung bearbeitet werden.

Fragen richten Sie an den Datenschutzbeauftragten, [[N|datenschutz@jena.de]], App. [[N|49-1050]].

gez. [[P|Dr. Benedikt Kollmar]]
Leiter Hauptamt
""")

assert len(docs) == 30, len(docs)
out = os.path.join(HERE, "fresh69.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print("wrote", out, len(docs))
