"""Batch 26: 30 held-out German documents from the invented Berlin district office Bezirksamt Lindenberg-Wühlheide.

Written blind (no detector source, no earlier batches). Run: python3 make_batch26.py  ->  batch26.jsonl
"""
import json
import os
import sys

sys.dont_write_bytecode = True
CORPUS = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, CORPUS)
from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban  # noqa: E402

I = Identifiers(2626262)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh26.jsonl")

# Office data (neutral everywhere): address, switchboard, functional mailboxes, city account.
BA = "Bezirksamt Lindenberg-Wühlheide von Berlin"
BA_STREET = "[[N|Alt-Lindenberg 40]]"
BA_CITY = "[[N|12459 Berlin]]"
SWITCH = "[[N|030 90297-0]]"
CITY_IBAN = "[[N|" + group(mod97_iban("DE", "100500000190026418"), 4) + "]]"


def ib(v):
    return group(v, 4)


def ss_spaced(v):
    # 12 chars: AA DDMMYY L SSP
    return f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}"


docs = []


def add(channel, template, text, flags=()):
    docs.append((channel, template, text, list(flags)))


# ---------------------------------------------------------------- 001 outlook, Bürgeramt, lower-case, typos
idc1 = I.id_card()
add("outlook", "buergeramt-ummeldung", f"""Betreff: ummeldung termin??

hallo,

ich bin [[P|mehmet yıldız]] und bin letzte woche umgezogen, von der [[A|kastanienallee 12]] in die [[A|Seestr. 45]], [[N|hinterhaus 3.OG]], [[A|12459 berlin]]. online gibts keinen termin mehr bis august, ich brauch aber die meldebescheinigung für den neuen arbeitsvertrag. geht das auch ohne termin am donnerstag?

geb bin ich am [[DOB|3.4.91]], perso nr [[IDC|{idc1}]] falls sie das brauchen. die wohnungsgeberbestätigung hab ich vom vermieter bekommen, der heißt [[P|Horst Pankratz]].

erreichbar bin ich unter [[T|0176 2233 4451]], am besten nach 17 uhr

danke im voraus
[[P|mehmet]]
""")

# ---------------------------------------------------------------- 002 word, Wohngeld Bescheid, c/o, Vietnamese name
iban2 = I.iban_de()
add("word", "wohngeld-bescheid", f"""{BA}
Abteilung Soziales und Bürgerdienste – Wohngeldstelle
{BA_STREET}, {BA_CITY}

Frau
[[P|Nguyễn Thị Thu Hà]]
c/o [[P|Trần]]
[[A|Drontheimer Straße 17]]
[[A|12437 Berlin]]

Geschäftszeichen: [[AZ|WoG 3 – 2025/004711]]
Bearbeiterin: [[P|K. Oltmanns]], Zimmer 2.14
Telefon: [[T|030 90297-4412]]
E-Mail: [[N|wohngeld@ba-lindenberg.berlin.de]]
Berlin, 18. Juni 2025

Bescheid über Mietzuschuss nach dem Wohngeldgesetz (WoGG)

Sehr geehrte Frau [[P|Nguyễn]],

auf Ihren Antrag vom 2. April 2025 bewillige ich Ihnen für den Zeitraum 01.05.2025 bis 30.04.2026 einen Mietzuschuss in Höhe von monatlich 287,00 EUR. Bei der Berechnung wurden eine zu berücksichtigende Miete von 612,40 EUR und ein Gesamteinkommen von 1.104,00 EUR zugrunde gelegt (§§ 11, 14 WoGG). Haushaltsmitglieder: Sie und Ihre Tochter [[P|Mai]].

Der Betrag wird monatlich im Voraus auf das von Ihnen angegebene Konto [[IBAN|{ib(iban2)}]] überwiesen. Ändert sich Ihr Einkommen um mehr als 15 Prozent, sind Sie nach § 27 WoGG verpflichtet, dies unverzüglich mitzuteilen.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch beim {BA}, {BA_STREET}, {BA_CITY}, erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Oltmanns]]
""")

# ---------------------------------------------------------------- 003 outlook, Ordnungsamt Falschparker, Seitenflügel
add("outlook", "ordnungsamt-parken", f"""Betreff: Dauerparker auf dem Gehweg Gärtnerstraße – schon wieder

Sehr geehrte Damen und Herren vom Ordnungsamt,

seit Wochen steht der weiße Transporter mit dem Kennzeichen [[KFZ|B-RT 2291]] halb auf dem Gehweg vor unserem Haus, [[A|Gärtnerstraße 8]], [[N|Seitenflügel]]. Mit dem Kinderwagen kommt man nicht vorbei, Rollstuhlfahrer müssen auf die Fahrbahn. Der Wagen gehört, soweit ich weiß, Herrn [[P|Kowalczyk]] aus dem Vorderhaus, der eine Umzugsfirma betreibt. Ein zweites Fahrzeug ([[KFZ|P-ZK 318]]) parkt regelmäßig in der Feuerwehrzufahrt.

Ich habe am Montag, 9. Juni, um 7:40 Uhr und am Mittwoch um 18:15 Uhr Fotos gemacht und hänge sie an. Bitte schicken Sie jemanden vorbei, gern auch morgens vor 8 Uhr.

Für Rückfragen erreichen Sie mich unter [[T|+49 (0)30 5 47 63 12]].

Mit freundlichen Grüßen
[[P|Annegret Wuttke-Haas]]
[[A|Gärtnerstraße 8]]
[[A|12459 Berlin]]
""")

# ---------------------------------------------------------------- 004 word, Aktenvermerk Jobcenter-Schnittstelle, HEALTH
ss4 = I.social_security("120588", "H")
kv4 = I.health_insurance()
add("word", "aktenvermerk-jobcenter", f"""Aktenvermerk – Abstimmung mit dem Jobcenter Lindenberg-Wühlheide

Datum: 24.06.2025, 10:30 Uhr
Teilnehmende: [[P|Schrader]] (Sozialamt, Fachstelle Wohnungsnotfälle), [[P|Frank Ebeling]] (Jobcenter, Team 622, Durchwahl [[T|030 5555 622-1187]])
Betreff: [[P|Haidari, Nasrin]], *[[DOB|12.05.1988]], BG-Nr. [[AZ|92622//0034567]]

1. Frau [[P|Haidari]] befindet sich seit dem 02.06.2025 wegen einer schweren depressiven Episode in stationärer Behandlung im Krankenhaus Königin Elisabeth Herzberge. Die Mietzahlungen für Mai und Juni sind offen (Rückstand 1.348,20 EUR), die Vermieterin hat mit Kündigung gedroht.
2. Das Jobcenter übernimmt die Mietschulden als Darlehen nach § 22 Abs. 8 SGB II, sofern eine Zustimmung der Kundin vorliegt. Herr [[P|Ebeling]] holt diese bei einem Besuch auf Station ein.
3. Für die Prüfung eines Rentenanspruchs wird die Rentenversicherungsnummer [[SSN|{ss_spaced(ss4)}]] an die DRV weitergegeben; Krankenversichertennummer laut Akte: [[KV|{kv4}]].
4. Ansprechpartner in der Familie ist der Bruder, [[P|Jawad Haidari]], Tel. [[T|0152/53 88 10 47]].

Wiedervorlage: 08.07.2025
gez. [[P|Schrader]]
""", ["HEALTH"])

# ---------------------------------------------------------------- 005 outlook, Kita-Gutschein, English-German mix
add("outlook", "kita-gutschein", f"""Betreff: Kita-Gutschein for our daughter – Bitte um Hilfe / help needed

Hi there,

sorry, my German is not perfect yet, so I mix a bit. We applied for the Kita-Gutschein for our daughter [[P|Ada Brandt-Okafor]], born on [[DOB|14 February 2023]], in April. The Kita "Kleine Strolche" in the Wühlheider Weg has a place for her from 1 September, aber wir haben noch keinen Bescheid bekommen. Your reference number was [[AZ|JugKita 4-1123/25]].

Meine Frau [[P|Chiamaka Okafor]] starts her new job at the Charité on 15 August, so we really need the voucher before that. Our address: [[A|Wühlheider Weg 23 B]], [[A|12459 Berlin]].

You can call me anytime: [[T|+44 7700 900461]] (UK mobile, still) or my wife at [[T|0157 7324 9981]]. Email is also fine: [[E|jonas.brandt.okafor@gmail.com]]

Thanks a lot & viele Grüße
[[P|Jonas Brandt-Okafor]]
""")

# ---------------------------------------------------------------- 006 word, Standesamt Niederschrift, RELIGION, passport
pass6 = I.passport(check_digit=True)
idc6 = I.id_card(check_digit=True)
add("word", "standesamt-niederschrift", f"""Standesamt Lindenberg-Wühlheide
Niederschrift über die Anmeldung der Eheschließung

Registernummer: [[AZ|E 2025/0388]]
Aufgenommen am 11.06.2025 von Standesbeamtin [[P|Rosemarie Tietz]]

Es erschienen persönlich:

1. [[P|Dr. Konstantinos Papadopoulos]], Arzt, geboren am [[DOB|2. November 1984]] in Thessaloniki (Griechenland), griechischer und deutscher Staatsangehöriger, ausgewiesen durch Reisepass Nr. [[PASS|{pass6}]], wohnhaft [[A|Rummelsburger Str. 90]], [[A|10319 Berlin]].

2. [[P|Lea-Marie von Oertzen]], Lehrerin, geb. [[DOB|27.03.1990]] in Schwerin, deutsche Staatsangehörige, ausgewiesen durch Personalausweis [[IDC|{idc6}]], wohnhaft ebenda.

Religionszugehörigkeit (freiwillige Angabe für die Kirchensteuer-Mitteilung): Verlobter griechisch-orthodox, Verlobte evangelisch.

Die Verlobten wünschen die Eheschließung am Samstag, 20. September 2025, im Trauzimmer des Schlosses Biesdorf. Als Trauzeugin ist [[P|Eleni Papadopoulou]] vorgesehen. Die Gebühr von 85,00 EUR wurde bar entrichtet (Quittung Nr. 2025-06-1147).

Vorgelesen, genehmigt, unterschrieben.
[[P|K. Papadopoulos]]      [[P|L.-M. von Oertzen]]      [[P|Tietz]], Standesbeamtin
""", ["RELIGION"])

# ---------------------------------------------------------------- 007 outlook, forwarded, Bauaufsicht
add("outlook", "bauaufsicht-weiterleitung", f"""Betreff: WG: Gartenhaus im Hinterhof Rehagener Straße – Beschwerde

Zur Kenntnis und mit der Bitte um Prüfung. Gruß [[P|Bo]]

-----Ursprüngliche Nachricht-----
Von: [[P|Schäfer-Lindqvist, Britta]] <[[E|b.schaefer-lindqvist@posteo.de]]>
Gesendet: Dienstag, 17. Juni 2025 21:04
An: [[N|bauaufsicht@ba-lindenberg.berlin.de]]
Betreff: Gartenhaus im Hinterhof Rehagener Straße – Beschwerde

Sehr geehrte Damen und Herren,

auf dem Nachbargrundstück [[A|Rehagener Straße 31]] (Flurstück 118/4) wird seit Anfang Juni ein Gartenhaus von ca. 4 x 6 m direkt an unsere Grenzmauer gebaut. Laut Bebauungsplan XIV-23b liegt dort eine nicht überbaubare Fläche. Ausführende Firma ist die Zimmerei [[P|Uwe Brömmelkamp]] e.K., geplant hat es nach Aussage des Eigentümers ein Dipl.-Ing. [[P|Ömer Aksoy]].

Unser Schreiben an den Eigentümer, Herrn [[P|Dr. Hagen Fiedler-Moosbrugger]], blieb unbeantwortet. Gibt es eine Baugenehmigung? Ihr Zeichen aus meiner letzten Anfrage war [[AZ|BWA-2025-01873]].

Mit freundlichen Grüßen
[[P|Britta Schäfer-Lindqvist]]
[[A|Rehagener Straße 29a]]
[[A|12459 Berlin]]
Mobil [[T|0171/4 82 90 33]]
""")

# ---------------------------------------------------------------- 008 word, Sozialamt Grundsicherung, HEALTH, PL IBAN, Postfach
iban8 = I.iban("PL", 24)
ss8 = I.social_security("140349", "Z")
add("word", "sozialamt-grundsicherung", f"""{BA}
Amt für Soziales – Grundsicherung im Alter und bei Erwerbsminderung
{BA_STREET} · {BA_CITY} · Telefon {SWITCH}

Herrn
[[P|Wiesław Zieliński]]
[[A|Postfach 41 02 17]]
[[A|12412 Berlin]]

Ihr Zeichen: –
Unser Zeichen: [[AZ|Soz 22 – 2025/3310]]
Datum: 20.06.2025

Grundsicherung nach dem Vierten Kapitel SGB XII – Änderungsbescheid

Sehr geehrter Herr [[P|Zieliński]],

Ihre polnische Altersrente (ZUS) wird seit Mai 2025 auf Ihr Konto bei der PKO BP, IBAN [[IBAN|{ib(iban8)}]], gezahlt und ist als Einkommen in Höhe von umgerechnet 312,55 EUR monatlich anzurechnen. Ihre deutsche Rentenversicherungsnummer lautet [[SSN|{ss8}]].

Zugleich erkenne ich ab 01.07.2025 einen Mehrbedarf für kostenaufwändige Ernährung wegen der bei Ihnen ärztlich festgestellten Zöliakie in Höhe von 10 % des Regelsatzes an (§ 30 Abs. 5 SGB XII). Die Nachzahlung von 168,40 EUR wird gesondert überwiesen.

Bitte beachten Sie die Rechtsbehelfsbelehrung auf der Rückseite.

Mit freundlichen Grüßen
Im Auftrag
[[P|J. Akinyemi-Roth]]
Durchwahl [[T|90297-5530]]
""", ["HEALTH"])

# ---------------------------------------------------------------- 009 outlook, Elterngeld, TAX_ID, 0049, KV
tid9a = I.tax_id()
tid9b = I.tax_id()
iban9 = I.iban_de()
add("outlook", "elterngeld", f"""Betreff: Elterngeldantrag – Nachreichung Steuer-ID und Geburtsurkunde

Guten Tag Frau [[P|Demirci]],

wie telefonisch besprochen reiche ich die fehlenden Angaben zum Elterngeldantrag für unseren Sohn [[P|Matteo]] nach. Matteo ist am [[DOB|28.06.2025]] im Sana Klinikum Lichtenberg zur Welt gekommen, die Geburtsurkunde liegt als PDF bei.

Steuerliche Identifikationsnummer Mutter ([[P|Sofia Marchetti]]): [[TID|{tid9a[:2]} {tid9a[2:5]} {tid9a[5:8]} {tid9a[8:]}]]
Steuer-ID Vater ([[P|Lukas Marchetti]]): [[TID|{tid9b}]]
Krankenkasse: Techniker Krankenkasse (für beide)

Das Elterngeld soll bitte auf das gemeinsame Konto [[IBAN|{iban9}]] gezahlt werden. Basiselterngeld beantrage ich für den 1. bis 12. Lebensmonat, mein Mann nimmt den 13. und 14. Monat.

Sie erreichen mich unter [[T|0049 151 2047 8833]] oder [[E|sofia.marchetti@web.de]].

Viele Grüße aus der [[A|Hönower Str. 214]], [[A|10318 Berlin]]
[[P|Sofia Marchetti]]
""")

# ---------------------------------------------------------------- 010 word, Telefonnotiz Jugendamt, HEALTH, children
add("word", "telefonnotiz-jugendamt", f"""Telefonnotiz – Regionaler Sozialpädagogischer Dienst (RSD) Region Süd

Eingang: 19.06.2025, 14:52 Uhr, Anruferin: [[P|Dragana Petrović]] (Nachbarin), Rückruf unter [[T|030-63 41 92 05]]
Aufgenommen: [[N|Ki.]] / [[P|Kirchhoff-Amadi]]
Az.: [[AZ|Jug 2-KS-0442/25]]

Frau [[P|Petrović]] wohnt in der [[A|Spreestraße 6]], [[N|Hinterhaus, 1. OG]], und meldet, dass die Kinder der Familie [[P|Lindqvist]] aus der Wohnung gegenüber (EG links) seit Tagen allein seien. [[P|Luka]] (ca. 7) und [[P|Mila]] (ca. 4) hätten am Vormittag im Treppenhaus gesessen. Die Mutter, [[P|Jessica Lindqvist]], sei alkoholabhängig und zurzeit nach Angaben der Nachbarin in einer Entzugsklinik. Der Vater lebe in Hamburg.

Frau [[P|Petrović]] möchte anonym bleiben.

Veranlasst: Hausbesuch heute 16:00 Uhr durch [[P|Kirchhoff-Amadi]] und [[P|Sternberg]]; Abfrage Melderegister; Kita der jüngeren Tochter (Kita Spreespatzen) informiert.
""", ["HEALTH"])

# ---------------------------------------------------------------- 011 outlook, Schulamt, Ukrainian family, English DOB, HEALTH
add("outlook", "schulamt-schulplatz", f"""Betreff: Schulplatz für meine Tochter / school place

Sehr geehrte Damen und Herren,

mein Name ist [[P|Oksana Melnyk]], wir sind im März aus Charkiw nach Berlin gekommen und wohnen jetzt bei meiner Cousine in der [[A|Marktstraße 11]], [[A|10317 Berlin]]. Meine Tochter [[P|Daryna]] (date of birth: [[DOB|09/03/2014]]) braucht einen Platz in einer Willkommensklasse, 5. Klasse.

Daryna hat Asthma und braucht manchmal ihr Spray im Unterricht, die Lehrer sollten das wissen. Sie spricht Ukrainisch, Russisch und etwas Englisch.

Der Integrationskurs von mir beginnt am 1. Juli, Montag bis Freitag vormittags. Am besten erreichen Sie mich nachmittags unter [[T|+380 67 412 3398]] (Whatsapp) oder über meine Cousine [[P|Iryna Bondarenko]], [[T|01522 1984703]].

Vielen Dank!
[[P|Oksana Melnyk]]
""", ["HEALTH"])

# ---------------------------------------------------------------- 012 word, BVV Protokoll, POLITICS
add("word", "bvv-protokoll", f"""Bezirksverordnetenversammlung Lindenberg-Wühlheide
Protokoll der 41. öffentlichen Sitzung am 12.06.2025, Rathaus Lindenberg, BVV-Saal

Vorsitz: Bezirksverordnetenvorsteherin [[P|Gabriele Nitschke-Özdemir]]
Schriftführung: [[P|M. Wendland]] (Büro der BVV)

TOP 3 – Einwohnerfragestunde
Frau [[P|Gertrud Hoffmann-Ebeling]], wohnhaft [[A|Lindenweg 4]], fragt nach dem Zeitplan für die Sanierung der Fußgängerbrücke am Bahnhof Wühlheide. Bezirksstadtrat [[P|Dr. Jens-Uwe Markwardt]] antwortet, die Ausschreibung erfolge im 3. Quartal 2025.

TOP 5 – Drucksache VIII/0412: Mehr Sitzbänke im Volkspark
Der Antrag der Fraktion der Grünen wird von dem Bezirksverordneten [[P|Hakan Demir]] begründet. Der Bezirksverordnete [[P|Wolfgang Fuchs]] (CDU) beantragt Überweisung in den Ausschuss für Grünflächen. Abstimmung: 24 Ja, 19 Nein, 2 Enthaltungen – überwiesen.

TOP 7 – Große Anfrage der Fraktion Die Linke (Drucksache VIII/0420) zu Kita-Plätzen
Frau [[P|Svetlana Krämer]] (Die Linke) erklärt, sie sei selbst seit 2019 Parteimitglied und kenne die Wartelisten aus eigener Erfahrung. Die Beantwortung erfolgt schriftlich bis zum 30.06.2025.

Ende der Sitzung: 21:47 Uhr
Nächste Sitzung: Donnerstag, 10.07.2025, 17:00 Uhr
""", ["POLITICS"])

# ---------------------------------------------------------------- 013 outlook, Integrationsbüro, Eritrean, RELIGION + ETHNICITY, spaced digits
add("outlook", "integrationsbuero", f"""Betreff: Beratung Einbürgerung und Familiennachzug

Sehr geehrte Frau [[P|Al-Khatib]],

danke für das Gespräch letzte Woche im Integrationsbüro. Wie besprochen schreibe ich Ihnen meine Fragen noch einmal auf.

Ich heiße [[P|Tesfaye Gebremedhin]], bin am [[DOB|1. Januar 1993]] in Keren geboren und lebe seit 2016 in Deutschland. Ich gehöre zur Volksgruppe der Bilen und bin orthodoxer Christ; in Eritrea wurde ich deswegen verfolgt, das steht auch im Bescheid vom BAMF. Meine Frau [[P|Selam Tekle]] und unser Sohn [[P|Yonas]] leben zurzeit in Addis Abeba.

1. Reichen 5 Jahre Aufenthalt jetzt für die Einbürgerung?
2. Wird mein Sprachzertifikat B1 von 2021 anerkannt?

Meine Adresse: [[A|Kaulsdorfer Weg 77]], [[A|12683 Berlin]]
Telefon: [[T|0 1 5 7 3 - 4 4 2 1 0 9 8]]

Mit freundlichen Grüßen
[[P|Tesfaye Gebremedhin]]
""", ["RELIGION", "ETHNICITY"])

# ---------------------------------------------------------------- 014 word, Ordnungsamt Anhörungsbogen, E-plate
add("word", "ordnungsamt-anhoerung", f"""{BA}
Ordnungsamt – Bußgeldstelle ruhender Verkehr
{BA_STREET} · {BA_CITY}

Frau
[[P|Ilse Krüger]]
[[A|Am Tierpark 48 c]]
[[A|10319 Berlin]]

Kassenzeichen: [[AZ|5640.2025.118734]]
Datum: 16.06.2025

Anhörung im Verwarnungsgeldverfahren

Sehr geehrte Frau [[P|Krüger]],

Ihnen wird vorgeworfen, am 28.05.2025 um 11:17 Uhr in Berlin, Am Tierpark gegenüber Hausnummer 125, mit dem Pkw, amtliches Kennzeichen [[KFZ|B-LW 2731E]], im eingeschränkten Halteverbot geparkt zu haben (§ 12 Abs. 1, § 49 StVO, Nr. 51 BKat). Verwarnungsgeld: 55,00 EUR.

Angaben zur Person (bitte ergänzen oder berichtigen):
Name, Vorname: [[P|Krüger, Ilse]]
Geburtsdatum: [[DOB|17.08.1952]]
Geburtsname: [[P|Lehmkuhl]]

Sollten Sie das Fahrzeug nicht selbst geführt haben, nennen Sie uns bitte die verantwortliche Person. Zeuge: Dienstkraft Nr. [[N|4471]] (Außendienst).

Mit freundlichen Grüßen
Im Auftrag
[[P|Brzezinski]]
""")

# ---------------------------------------------------------------- 015 outlook, Straßen- und Grünflächenamt Schankvorgarten, VAT, Steuernummer NRW
vat15 = I.vat_id()
tnr15 = I.tax_number_nrw()
add("outlook", "sga-sondernutzung", f"""Betreff: Antrag Sondernutzung Schankvorgarten – Café Hoa Sen

Sehr geehrte Damen und Herren,

hiermit beantrage ich für mein Café an der [[A|Wühlheider Chaussee 112 a]] die Erlaubnis für einen Schankvorgarten (6 Tische, ca. 14 m², Gehwegbreite 4,20 m) für die Saison 1. Juli bis 31. Oktober 2025.

Inhaber: [[P|Phạm Đức Minh]]
Firmensitz laut Gewerbeanmeldung: [[A|Hansaring 61]], [[A|50670 Köln]] (Zweitbetrieb in Berlin seit 2024)
Steuernummer: [[TNR|{tnr15}]]
USt-IdNr. [[VAT|{vat15}]]

Den Lageplan und die Zustimmung der Hausverwaltung (Frau [[P|Reinholz]]) füge ich bei. Die Sondernutzungsgebühr nach Tarifstelle 4 SNGebV überweisen wir nach Bescheid.

Mit freundlichen Grüßen
[[P|Minh Pham]]
Café Hoa Sen
Tel. [[T|030 / 567 89 102]]
[[E|minh@cafe-hoasen.de]]
""")

# ---------------------------------------------------------------- 016 word, Liste Bürgeramt Abholung, Nachname Vorname, booking numbers
idc16a = I.id_card(check_digit=True)
idc16b = I.id_card()
pass16 = I.passport()
add("word", "liste-dokumentenabholung", f"""Bürgeramt 2 (Lindenberg-Center) – Abholliste Ausweisdokumente, Dienstag 24.06.2025

Nr. | Name, Vorname | Dokument | Seriennummer | Buchungsnr. | Hinweis
1 | [[P|Okonkwo, Chidi]] | Personalausweis | [[IDC|{idc16a}]] | 4471-2025 | PIN-Brief liegt vor
2 | [[P|Wójcik-Hartmann, Ewa]] | Reisepass | [[PASS|{pass16}]] | 4472-2025 | Express
3 | [[P|Bäcker, Jürgen]] | Personalausweis | [[IDC|{idc16b}]] | 4475-2025 | Vollmacht für Ehefrau [[P|Heide Bäcker]]
4 | [[P|Al-Masri, Rania]] | vorläufiger Personalausweis | – | 4480-2025 | Rückruf [[T|0162 8812 340]]
5 | [[P|van der Berg, Maarten]] | Reisepass | noch nicht eingetroffen | 4481-2025 | Kunde informieren, [[E|m.vanderberg@kpnmail.nl]]

Ausgabe nur gegen Vorlage des Abholscheins bzw. des alten Dokuments. Nicht abgeholte Dokumente nach 3 Monaten an die Bundesdruckerei zurück.
Erstellt: [[P|S. Yilmaz-Krause]], Platz 4
""")

# ---------------------------------------------------------------- 017 outlook, Grünflächenamt tree, informal, typos, harmless church
add("outlook", "gruenflaechen-baum", f"""Betreff: baum kaputt

hallo zusammen,

der große ahorn vor unserm haus ([[A|Rehagener str 3]]) hat seit dem gewitter am sonntag einen riesigen ast der nur noch halb dran hängt, direkt überm spielplatz und gegenüber der kirche st. marien wo immer die schulkinder lang laufen. bitte schnell jemand schicken!! ich hab schon bei der feuerwehr angerufen die meinten das wäre sache vom bezirk.

foto im anhang. mein nachbar herr [[P|winter]] hat gesagt er hat letzten herbst auch schon mal angerufen, is aber nix passiert. im winter fällt da auch immer laub in die rinne aber das is ne andere geschichte

gruß
[[P|kai-uwe]]
tel [[T|030/ 5 44 12 87]]
""")

# ---------------------------------------------------------------- 018 word, Sozialamt Hausbesuch Hilfe zur Pflege, HEALTH, KV, c/o
kv18 = I.health_insurance()
add("word", "vermerk-hausbesuch-pflege", f"""Vermerk über einen Hausbesuch – Hilfe zur Pflege (§§ 61 ff. SGB XII)

Aktenzeichen: [[AZ|50.3-HzP-2025-0917]]
Leistungsberechtigte: Frau [[P|Hildegard Schwarzkopf]], geb. [[DOB|04.12.1938]]
Anschrift: [[A|Treskowallee 201]], [[N|Whg. 12]], [[A|10318 Berlin]]
Pflegekasse: AOK Nordost, KVNR [[KV|{kv18}]]
Besuch am 13.06.2025 durch [[P|Grit Ahlers]] (Sozialdienst) und [[P|Wladimir Kusnezow]] (Pflegefachkraft)

Frau [[P|Schwarzkopf]] ist seit dem Frühjahr in Pflegegrad 3 eingestuft. Sie leidet an einer mittelgradigen Alzheimer-Demenz und ist nach einem Oberschenkelhalsbruch auf einen Rollator angewiesen. Die Tochter, Frau [[P|Martina Schwarzkopf-Yılmaz]], ist rechtliche Betreuerin; Post bitte an sie: c/o [[P|Schwarzkopf-Yılmaz]], [[A|Kiefernweg 9]], [[A|15366 Hoppegarten]], Tel. [[T|03342 30 71 58]].

Empfehlung: Übernahme der ungedeckten Kosten des ambulanten Pflegedienstes (ca. 640 EUR/Monat). Einkommen: Altersrente 1.022,17 EUR, Witwenrente 418,90 EUR.

[[P|Ahlers]]
""", ["HEALTH"])

# ---------------------------------------------------------------- 019 outlook, Bürgeramt double charge, Mastercard, booking number hard negative
cc19 = I.credit_card("5", 16)
add("outlook", "buergeramt-zahlung", f"""Betreff: doppelte Abbuchung Führungszeugnis / Bestellnummer 2025-887412

Sehr geehrte Damen und Herren,

am 05.06. habe ich über das Online-Portal ein Führungszeugnis beantragt und mit meiner Mastercard [[CC|{group(cc19, 4)}]] bezahlt. Laut Kreditkartenabrechnung wurden die 13,00 EUR zweimal abgebucht (Bestellnummer 2025-887412, Transaktion 7781-AQ-20250605). Bitte erstatten Sie den doppelt gezahlten Betrag auf die Karte oder auf mein Konto.

Zu meiner Person: [[P|Friederike Amsel]], geboren [[DOB|19. Oktober 1979]] in Leipzig.

Mit freundlichen Grüßen
[[P|F. Amsel]]
[[A|Am Carlsgarten 7]]
[[A|10318 Berlin]]
[[T|+49 30 50 91 37 44]]
""")

# ---------------------------------------------------------------- 020 word, Jugendamt Beistandschaft, GENETIC
add("word", "jugendamt-beistandschaft", f"""{BA}
Jugendamt – Beistandschaften, Amtsvormundschaften
{BA_STREET} · {BA_CITY}

Herrn
[[P|Marek Nowak]]
[[A|ul. Długa 14/3]]
[[A|66-400 Gorzów Wielkopolski]]
POLEN

Az.: [[AZ|51.22-Bei-118/24]]
Berlin, 23.06.2025

Beistandschaft für das Kind [[P|Emilia Nowak-Schulze]], geb. am [[DOB|22.01.2024]]

Sehr geehrter Herr [[P|Nowak]],

das vom Amtsgericht Lichtenberg eingeholte Abstammungsgutachten (DNA-Analyse) hat Ihre Vaterschaft mit einer Wahrscheinlichkeit von 99,999 % bestätigt. Die Kindesmutter, Frau [[P|Sandra Schulze]], hat mich als Beistand mit der Geltendmachung des Kindesunterhalts beauftragt.

Ich fordere Sie auf, ab 01.07.2025 monatlich 355,00 EUR (Mindestunterhalt erste Altersstufe abzüglich hälftiges Kindergeld) auf das Konto der Bezirkskasse, IBAN {CITY_IBAN}, unter Angabe des Aktenzeichens zu zahlen. Zugleich bitte ich um Auskunft über Ihr Einkommen der letzten 12 Monate (§ 1605 BGB).

Für Rückfragen: Frau [[P|Dr. Bettina Lorenz-Ahmadi]], Telefon [[T|030 90297-6211]], [[E|bettina.lorenz-ahmadi@ba-lindenberg.berlin.de]]

Mit freundlichen Grüßen
Im Auftrag
[[P|Lorenz-Ahmadi]]
""", ["GENETIC"])

# ---------------------------------------------------------------- 021 outlook forwarded from Jobcenter, Kundennummer, sole trader landlord
add("outlook", "jobcenter-mietschulden", f"""Betreff: WG: Räumungsklage [[P|Rahimi]] – Bitte um Übernahmeprüfung

Von: Jobcenter Berlin Lindenberg-Wühlheide Team 614 <[[N|Jobcenter-Berlin-Lindenberg.Team614@jobcenter-ge.de]]>
Gesendet: Montag, 23. Juni 2025 09:12
An: Soziale Wohnhilfe <[[N|soziale-wohnhilfe@ba-lindenberg.berlin.de]]>
Betreff: Räumungsklage [[P|Rahimi]] – Bitte um Übernahmeprüfung

Liebe Kolleginnen und Kollegen,

unser Kunde Herr [[P|Abdullah Rahimi]] (Kundennummer [[AZ|614D118844]], BG-Nummer [[AZ|92614//0098812]]) hat uns die Räumungsklage des Vermieters, Grundstücksverwaltung [[P|Jens Hollerbach]], vorgelegt. Wohnung: [[A|Blockdammweg 3]], [[A|10318 Berlin]], Termin beim AG Lichtenberg am 15.07.2025.

Der Rückstand beträgt 2.914,00 EUR. Herr [[P|Rahimi]] lebt mit Frau und drei Kindern (2, 5 und 9 Jahre) in der Wohnung. Wir bitten um Prüfung einer Übernahme nach § 36 SGB XII bzw. Abstimmung, wer federführend ist.

Herr [[P|Rahimi]] ist mobil unter [[T|0176-31 07 44 92]] erreichbar, ein Dolmetscher für Dari ist sinnvoll.

Mit freundlichen Grüßen
[[P|Ulrike Sandmann-Gül]]
Jobcenter Berlin Lindenberg-Wühlheide, Team 614
Tel. [[T|030 5555 614-2213]]
""")

# ---------------------------------------------------------------- 022 outlook, Ordnungsamt Infostand, UNION
add("outlook", "ordnungsamt-infostand", f"""Betreff: Anmeldung Infostand vor dem Betriebstor, 3. Juli

Guten Tag,

ich bin Betriebsratsvorsitzender bei den Kabelwerken an der Köpenicker Chaussee und seit über 20 Jahren Mitglied der IG Metall. Für die laufende Tarifrunde möchten wir am Donnerstag, 3. Juli, von 5:30 bis 8:00 Uhr einen Infostand mit Pavillon (3 x 3 m) auf dem Gehweg vor dem Haupttor (gegenüber Hausnummer 44) aufstellen. Ein Stromanschluss wird nicht benötigt.

Verantwortlich vor Ort bin ich, als Vertretung [[P|Dörte Vogel]] von der Vertrauensleutekörperschaft. Die Vögel auf dem Dach der Pförtnerloge stören uns nicht, falls jemand fragt :-)

Reicht eine Anzeige bei Ihnen oder brauche ich eine Sondernutzungserlaubnis?

Beste Grüße
[[P|Rüdiger Stankowiak]]
[[A|Hultschiner Damm 180]], [[A|12623 Berlin]]
Mobil: [[T|0170 – 9 33 44 81]]
[[E|r.stankowiak@t-online.de]]
""", ["UNION"])

# ---------------------------------------------------------------- 023 word, Bauaufsicht Ordnungsverfügung, foreign address, AT IBAN
iban23 = I.iban("AT", 16)
add("word", "bauaufsicht-verfuegung", f"""{BA}
Stadtentwicklungsamt – Fachbereich Bau- und Wohnungsaufsicht
{BA_STREET} · {BA_CITY}

Einschreiben mit Rückschein
Herrn
[[P|Maximilian Graf von Hohenau-Ritter]]
[[A|Mariahilfer Straße 88/12]]
[[A|1070 Wien]]
ÖSTERREICH

Geschäftszeichen: [[AZ|BWA 2-0412/2025-Ho]]
Sachbearbeiter: [[P|Tomasz Lewandowski]], Tel. [[T|+49 30 90297-7314]]
Datum: 25.06.2025

Grundstück [[A|Alt-Biesdorf 19]], Gemarkung Biesdorf, Flur 3, Flurstück 211
Anhörung vor Erlass einer Nutzungsuntersagung (§ 80 BauO Bln)

Sehr geehrter Herr [[P|von Hohenau-Ritter]],

bei einer Ortsbesichtigung am 10.06.2025 wurde festgestellt, dass das Dachgeschoss Ihres Gebäudes ohne Genehmigung zu vier Ferienwohnungen ausgebaut wurde. Der zweite Rettungsweg fehlt. Ich beabsichtige, die Nutzung zu untersagen, und gebe Ihnen bis zum 11.07.2025 Gelegenheit zur Stellungnahme.

Die von Ihnen im Jahr 2023 zu viel gezahlte Gebühr für die Abgeschlossenheitsbescheinigung (Rechnungs-Nr. 2023-RE-55812, 240,00 EUR) wird auf Ihr Konto [[IBAN|{ib(iban23)}]] erstattet.

Ihr Verwalter vor Ort, Herr [[P|Lutz Riebesel]], erhält eine Abschrift.

Mit freundlichen Grüßen
Im Auftrag
[[P|Lewandowski]]
""")

# ---------------------------------------------------------------- 024 outlook, Bürgeramt stolen ID, police number, harmless biometric photo
idc24 = I.id_card(check_digit=True)
add("outlook", "buergeramt-diebstahl", f"""Betreff: Personalausweis gestohlen – was muss ich tun?

Sehr geehrte Damen und Herren,

mir wurde am Samstag in der S-Bahn die Geldbörse mit meinem Personalausweis gestohlen. Die Anzeige bei der Polizei ist erstattet, Vorgangsnummer [[AZ|250621-1312-037462]]. Die Nummer des Ausweises war [[IDC|{idc24}]], das habe ich zum Glück noch aus einer alten Kopie.

Ich habe für den neuen Ausweis schon ein biometrisches Passfoto machen lassen. Brauche ich zusätzlich einen Termin für die Verlustmeldung oder geht das in einem Schritt? Und wird die Online-Funktion des alten Ausweises automatisch gesperrt?

Mein Name: [[P|Grzegorz Szymański]], geb. [[DOB|30.11.1975]]
Anschrift: [[A|Frankfurter Allee 301]], [[N|Aufgang B]], [[A|10365 Berlin]]
Tel. [[T|(030) 55 71 90 26]]

Vielen Dank
[[P|G. Szymański]]
""")

# ---------------------------------------------------------------- 025 word, Standesamt, SEXUAL_ORIENTATION, Amex
cc25 = I.credit_card("37", 15)
add("word", "standesamt-umwandlung", f"""Standesamt Lindenberg-Wühlheide – Vermerk

Vorgang: Umwandlung einer Lebenspartnerschaft in eine Ehe (§ 20a LPartG)
Register-Nr.: [[AZ|LP-U 2025/017]]

Am 17.06.2025 erschienen Herr [[P|Jannik Sørensen]], geb. [[DOB|05.09.1981]] in Aarhus, und Herr [[P|Malte Brinkhaus]], geboren am [[DOB|18.4.1979]] in Bielefeld, beide wohnhaft [[A|Weitlingstraße 22]], [[A|10317 Berlin]]. Sie leben seit 2009 in eingetragener Lebenspartnerschaft und möchten diese in eine Ehe umwandeln. Termin: Freitag, 8. August 2025, 11:30 Uhr.

Herr [[P|Sørensen]] ist dänischer Staatsangehöriger; ein Ehefähigkeitszeugnis ist nicht erforderlich. Die beglaubigte Übersetzung der dänischen Geburtsurkunde liegt vor.

Gebühren (Umwandlung 80,00 EUR, drei Eheurkunden je 12,00 EUR) wurden per American Express bezahlt, Kartennummer [[CC|{cc25[:4]} {cc25[4:10]} {cc25[10:]}]], Beleg-Nr. 00481.

Rückfragen der Beteiligten: [[E|malte.brinkhaus@mailbox.org]], [[T|0173 6 20 81 54]]
Bearbeitung: [[P|Hülya Demirtaş]]
""", ["SEXUAL_ORIENTATION"])

# ---------------------------------------------------------------- 026 outlook, Ausländerbehörde/Integration, BIOMETRIC + HEALTH, passport foreign
add("outlook", "integration-fingerabdruck", f"""Betreff: Termin Aufenthaltstitel – Fingerabdrücke nicht lesbar

Sehr geehrte Damen und Herren,

bei meinem Termin am 10. Juni im Bürgeramt konnten für meinen elektronischen Aufenthaltstitel keine Fingerabdrücke genommen werden, weil das Gerät meine Abdrücke wegen meiner Neurodermitis an den Händen nicht erkannt hat. Die Mitarbeiterin hat gesagt, ich soll mit einem Attest wiederkommen. Das Attest von meiner Hautärztin habe ich jetzt.

Meine Daten: [[P|Rasha Al-Hamwi]], geboren am [[DOB|7. Juli 1996]] in Homs, syrischer Reisepass Nr. [[PASS|N014723958]].
Adresse: c/o [[P|Hamwi]], [[A|Zingster Straße 14]], [[A|13051 Berlin]]

Können Sie mir einen neuen Termin geben, am besten dienstags? Mein Integrationskursträger ist die VHS Lindenberg, Kurs B1-17 (Kursnummer 25-117).

Mit freundlichen Grüßen
[[P|Rasha Al-Hamwi]]
[[T|+49 1590 1288374]]
[[E|rasha.hamwi96@gmail.com]]
""", ["BIOMETRIC", "HEALTH"])

# ---------------------------------------------------------------- 027 word, Formular Schulamt, HEALTH (autism)
# Not a valid Dutch IBAN (the registry wants a four-letter bank code; this one is digits), so neutral, not IBAN.
# Changed after the batch was scored (see README).
iban27 = I.iban("NL", 14)
add("word", "formular-schulweg", f"""{BA} – Schul- und Sportamt
Antrag auf Übernahme der Schülerbeförderungskosten (Schuljahr 2025/26)

Aktenzeichen (vom Amt auszufüllen): [[AZ|SchA 41-BEF-2025-0263]]

1. Angaben zum Kind
Familienname: [[P|Wróblewski]]
Vorname(n): [[P|Jakub Tadeusz]]
Geburtsdatum: [[DOB|15.12.2015]]
Schule: Astrid-Lindgren-Schule (Förderzentrum), Klasse 4b

2. Erziehungsberechtigte
Name: [[P|Agata Wróblewska]] und [[P|Piotr Wróblewski]]
Anschrift: [[A|Sewanstraße 143]], [[A|10319 Berlin]]
Telefon tagsüber: [[T|0176/ 442 18 905]]
E-Mail: [[E|agata.wroblewska@gmx.net]]

3. Begründung
Sonderpädagogischer Förderbedarf im Schwerpunkt Autismus; Jakub kann öffentliche Verkehrsmittel wegen einer Reizüberflutung nicht allein nutzen (Gutachten des SPZ liegt bei).

4. Erstattung (falls Eigenbeförderung)
Kontoinhaber: [[P|Piotr Wróblewski]]
IBAN: [[N|{iban27}]] (Konto bei der ING Nederland, Arbeitgeber in Venlo)

Ort, Datum: Berlin, 20.06.2025          Unterschrift: [[P|A. Wróblewska]]
""", ["HEALTH"])

# ---------------------------------------------------------------- 028 outlook, Lärm complaint, hard negatives, noun surnames
add("outlook", "ordnungsamt-laerm", f"""Betreff: Lärmbelästigung Baustelle Sonntagmorgen

Hallo Ordnungsamt,

in der Nacht von Freitag auf Samstag und dann wieder am Sonntag ab 6 Uhr wurde auf der Baustelle an der Ecke Rummelsburger Straße/Am Tierpark gearbeitet, mit Presslufthammer. Laut Schild am Bauzaun (Genehmigung Nr. 2025/331) darf dort nur werktags von 7 bis 20 Uhr gearbeitet werden. Auch der Koch vom Imbiss nebenan hat sich beschwert.

Bauleiter ist laut Schild ein Herr [[P|Koch]], Firma Hochbau Ost GmbH, Telefonzentrale [[N|030 6 33 90-0]]. Dort geht sonntags natürlich keiner ran. Die Familie [[P|Al-Masri]] aus dem 2. OG hat ein Baby, das seitdem kaum schläft, und der alte Herr [[P|Bernd Kranich]] von nebenan hat schon die Polizei gerufen (kam aber nicht).

Ich wohne seit 1998 in Berlin, in Lichtenberg und jetzt hier, und so etwas habe ich noch nicht erlebt. Bitte kontrollieren Sie am kommenden Wochenende, 28./29. Juni.

Gruß
[[P|Stefanie Morgenroth]]
[[A|Am Tierpark 62]]
[[T|0151-70 33 81 29]]
""")

# ---------------------------------------------------------------- 029 word, Kita-Gutschein Bescheid, RELIGION, children
add("word", "kita-gutschein-bescheid", f"""{BA}
Jugendamt – Kita-Gutscheinstelle
{BA_STREET} · {BA_CITY} · Servicetelefon {SWITCH}

Familie
[[P|Serkan Arslan]] und [[P|Büşra Arslan-Kaya]]
[[A|Dolgenseestraße 38]]
[[A|10319 Berlin]]

Aktenzeichen: [[AZ|412-KG-2025-33871]]
Datum: 19.06.2025

Bedarfsbescheid (Kita-Gutschein) für [[P|Yusuf Arslan]], geb. [[DOB|11.09.2022]]

Sehr geehrte Eheleute [[P|Arslan]],

für Ihr Kind wird ab 01.08.2025 ein Betreuungsumfang „ganztags erweitert“ (über 9 Stunden täglich) festgestellt. Der Gutschein gilt bis zum Schuleintritt.

Ihrem Hinweis, dass Ihr Sohn aus religiösen Gründen (muslimischer Glaube der Familie) kein Schweinefleisch essen soll, wird die Kita im Rahmen ihrer Verpflegung berücksichtigen; bitte sprechen Sie die Einrichtung direkt an. Der festgestellte Sprachförderbedarf (Sprachstandsfeststellung vom 05.03.2025) wird an die Kita gemeldet.

Bitte legen Sie diesen Bescheid innerhalb von zwei Monaten der gewählten Kita vor.

Mit freundlichen Grüßen
Im Auftrag
[[P|H.-J. Wortmann]]
""", ["RELIGION"])

# ---------------------------------------------------------------- 030 outlook, Steuerberaterin, Zweitwohnungsteuer, TAX numbers, Bavaria, fax
tid30 = I.tax_id()
tnr30 = I.tax_number_bavaria()
tnr30b = I.tax_number_federal_nrw()
vat30 = I.vat_id()
add("outlook", "zweitwohnungsteuer", f"""Betreff: Zweitwohnungsteuer – Ihr Schreiben vom 02.06.2025, Kassenzeichen [[AZ|7100.2025.448193]]

Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Herrn [[P|Benedikt Freiherr von Ahlefeldt]], [[A|Prinzregentenstraße 54]], [[A|81675 München]], vertreten; Vollmacht anbei. Unser Mandant nutzt die Wohnung [[A|Kurze Straße 5]] in Berlin ausschließlich beruflich als Arbeitnehmer, sie ist daher nach § 2 Abs. 7 ZwStG Bln von der Steuer befreit.

Zur Zuordnung: Steuer-ID [[TID|{tid30}]], Steuernummer beim Finanzamt München [[TNR|{tnr30}]]. Eine Arbeitgeberbescheinigung der Firma Ahlefeldt & Söhne GmbH (ELSTER-Steuernummer [[TNR|{tnr30b}]]) liegt bei.

Bitte setzen Sie die Vollziehung bis zur Entscheidung aus.

Mit freundlichen Grüßen

[[P|Dr. Elif Şahin]]
Steuerberaterin
Kanzlei Dr. Şahin & Partner mbB
[[A|Sendlinger Straße 21]] · [[A|80331 München]]
Tel. [[T|+49 89 2 60 19 77-14]] · Fax [[N|+49 89 2 60 19 77-99]]
[[E|e.sahin@sahin-partner.de]]
USt-IdNr. [[VAT|{vat30}]]
""")

assert len(docs) == 30
lines = []
for n, (channel, template, text, flags) in enumerate(docs, 1):
    lines.append(build(f"b26-{n:03d}", channel, template, text, flags))
with open(OUT, "w", encoding="utf-8") as f:
    for line in lines:
        f.write(json.dumps(line, ensure_ascii=False) + "\n")
print(f"wrote {len(lines)} documents to {OUT}")
