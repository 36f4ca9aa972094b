#!/usr/bin/env python3
"""Held-out batch 66: 30 documents of a city administration in the Emsland (Stadt Lingen (Ems)), written blind."""
import json
import os
import sys

CORPUS = os.path.dirname(os.path.abspath(__file__))  # marks.py and identifiers.py sit beside this file
sys.path.insert(0, CORPUS)
from marks import build  # noqa: E402
from identifiers import Identifiers, mod97_iban, group  # noqa: E402

I = Identifiers(6666)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh66.jsonl")


def ide(grouped=True):
    v = I.iban_de()
    return group(v, 4) if grouped else v


def pl_nip():
    # Polish VAT id PL + NIP: weights 6,5,7,2,3,4,5,6,7, check = sum mod 11 (10 not allowed)
    while True:
        body = I.digits(9, True)
        c = sum(int(d) * w for d, w in zip(body, (6, 5, 7, 2, 3, 4, 5, 6, 7))) % 11
        if c < 10:
            return "PL" + body + str(c)


def nds_tax_number():
    # Lower Saxony layout FF/FFF/BBBBB (layout only)
    return f"{I.rng.choice(['61', '64', '55', '57'])}/{I.digits(3)}/{I.digits(5)}"


CITY_IBAN = "DE91 2665 0001 0000 0123 45"  # fixed, the city's own account (neutral)

docs = []


def add(channel, template, marked, flags=()):
    n = len(docs) + 1
    docs.append(build(f"F66-{n:03d}", channel, template, marked, list(flags)))


# 1 ------------------------------------------------------------------ Romanian worker, overcrowded flat
add("outlook", "wohnungsaufsicht", f"""Betreff: problem wohnung - bitte hilfe

Guten Tag,

ich bin [[P|Ionuț Popescu]] und ich arbeite in Schlachthof in Sögel. Wir wohnen in [[A|Georgstraße 41]], [[A|49809 Lingen]], 2. Etage. In die Wohnung sind 11 Personen, nur eine Toilette und die Heizung ist kaputt seit Oktober. Der Vermieter Herr [[P|Hinrichs]] sagt, jeder muss 280 Euro zahlen für ein Bett, das wird von Lohn abgezogen.
Mein Kollege [[P|Marian Stoica]] hat Schimmel in Zimmer fotografiert, ich schicke die Fotos mit.

Bitte kommen Sie kontrollieren. Ich spreche nicht so gut Deutsch, meine Frau [[P|Elena]] spricht besser, Sie können sie anrufen: [[T|0157 3492 8810]]. Meine Nummer ist [[T|+40 745 218 903]] (rumänisch, WhatsApp).

Danke schön
[[P|Popescu Ionuț]]
[[E|ionut.popescu88@yahoo.com]]""")

# 2 ------------------------------------------------------------------ Anhörung to landlord
az2 = "63-WA-2025/0417"
add("word", "wohnungsaufsicht", f"""Stadt Lingen (Ems) · Fachdienst Bauordnung und Wohnungsaufsicht
[[N|Elisabethstraße 14-16]] · [[N|49808 Lingen (Ems)]]

Herrn
[[P|Gerd Hinrichs]]
[[A|Am Wall-Süd 7a]]
[[A|49808 Lingen (Ems)]]

Aktenzeichen: [[AZ|{az2}]]
Ihr Zeichen: –
Lingen, 12.11.2025

Anhörung nach § 28 VwVfG – beabsichtigte Anordnung nach dem Niedersächsischen Wohnraumschutzgesetz (NWoSchG)
Objekt: [[A|Georgstraße 41]], 2. Obergeschoss

Sehr geehrter Herr [[P|Hinrichs]],

bei einer Ortsbesichtigung am 06.11.2025 wurde festgestellt, dass die o. g. Wohnung (ca. 74 m²) von elf Personen bewohnt wird. Nach § 7 Abs. 1 NWoSchG muss für jede Person eine Wohnfläche von mindestens 10 m² vorhanden sein. Außerdem war die Gasetagenheizung außer Betrieb, im Bad und in zwei Schlafräumen fanden sich großflächige Schimmelschäden.

Ich beabsichtige, Ihnen aufzugeben,
1. die Belegung bis zum 31.01.2026 auf höchstens sieben Personen zu reduzieren,
2. die Heizungsanlage binnen 14 Tagen instand zu setzen,
3. die Feuchtigkeitsschäden fachgerecht beseitigen zu lassen.
Für den Fall der Nichtbefolgung wird ein Zwangsgeld von 2.500,00 EUR je Maßnahme angedroht.

Sie erhalten Gelegenheit, sich bis zum 28.11.2025 zu äußern. Die Wohnraumschutz-Gebühr richtet sich nach Tarifstelle 4.2 der Verwaltungskostensatzung.

Mit freundlichen Grüßen
Im Auftrag

[[P|Svenja Többen]]
Tel. [[N|0591 9144-631]]
[[N|wohnungsaufsicht@lingen.de]]""")

# 3 ------------------------------------------------------------------ TB screening, Bulgarian worker (HEALTH)
kv3 = I.health_insurance()
add("outlook", "gesundheitsamt", f"""Von: [[P|Anke Lührs]] <[[E|a.luehrs@emsland.de]]>
An: [[E|s.dimitrov.bg@gmail.com]]
Cc: [[N|tbc-fuersorge@emsland.de]]
Datum: Mittwoch, 3. September 2025 10:14
Betreff: Umgebungsuntersuchung Tuberkulose – Ihr Termin / Покана за преглед

Sehr geehrter Herr [[P|Dimitrov]],

wie Ihnen Ihr Vorarbeiter Herr [[P|Kostadinov]] bereits mitgeteilt hat, ist bei einem Arbeitskollegen aus Ihrer Kolonne eine offene Lungentuberkulose festgestellt worden. Sie gelten als enge Kontaktperson. Wir bitten Sie deshalb zu einem Bluttest (IGRA) und ggf. einer Röntgenaufnahme der Lunge.

Termin: Dienstag, 09.09.2025, 8:30 Uhr, Gesundheitsamt, Raum 0.14
Bitte mitbringen: Ausweis, Versichertenkarte. Nach unseren Unterlagen:
Name: [[P|Stoyan Dimitrov]], geb. [[DOB|17.04.1991]]
Wohnanschrift: [[A|Schillerstraße 22]], [[A|49811 Lingen]]
Krankenversichertennummer: [[KV|{kv3}]] (AOK Niedersachsen)

Sie haben im Juli angegeben, dass Sie seit Wochen husten und nachts schwitzen. Bitte kommen Sie unbedingt, die Untersuchung ist für Sie kostenlos. Ein Dolmetscher für Bulgarisch ist bestellt.

Mit freundlichen Grüßen
Dr. med. [[P|Anke Lührs]]
Fachärztin für Öffentliches Gesundheitswesen
Landkreis Emsland – Fachbereich Gesundheit
Tel. [[N|05931 44-2212]]""", ["HEALTH"])

# 4 ------------------------------------------------------------------ general health notice (no person's data)
add("word", "gesundheitsamt", f"""Pressemitteilung / Aushang für Gemeinschaftsunterkünfte

Masern-Impfaktion in Lingen: Gesundheitsamt kommt zu den Unterkünften

Nach drei bestätigten Masernfällen im westlichen Emsland bietet das Gesundheitsamt im Oktober offene Impfsprechstunden an. Geimpft wird mit dem MMR-Impfstoff; mitzubringen sind, soweit vorhanden, Impfpass und Krankenversichertenkarte. Wer keinen Impfnachweis hat, gilt als ungeschützt. Kinder ab dem vollendeten ersten Lebensjahr brauchen nach § 20 Abs. 8 IfSG für den Besuch von Kita und Schule einen Nachweis.

Termine:
– 14.10.2025, 15–18 Uhr, Gemeinschaftsunterkunft Kaiserstraße
– 16.10.2025, 16–19 Uhr, Jugendzentrum Alter Schlachthof
– 21.10.2025, 14–17 Uhr, Kirchengemeinde St. Bonifatius (Gemeindehaus)

Dolmetscherinnen für Arabisch, Kurmancî, Rumänisch und Bulgarisch sind vor Ort. Die Impfung ist kostenlos, auch ohne Versicherung.

Rückfragen: Impfstelle, Tel. [[N|05931 44-2250]], [[N|impfen@emsland.de]]""")

# 5 ------------------------------------------------------------------ Standesamt, Yazidi couple (RELIGION)
pass5 = "A" + I.digits(8)
add("word", "standesamt", f"""Standesamt Lingen (Ems)
Anmeldung der Eheschließung – Niederschrift

Reg.-Nr.: [[AZ|E 2025/0312]]
Datum: 22.07.2025
Sachbearbeiterin: [[P|Monika Wübbels]]

Es erscheinen:
1. [[P|Khalid Murad Hassan]], geb. [[DOB|03.02.1996]] in Sindschar (Irak), Staatsangehörigkeit: irakisch, ausgewiesen durch Reisepass Nr. [[PASS|{pass5}]], wohnhaft [[A|Meppener Straße 118]], [[A|49808 Lingen (Ems)]]
2. [[P|Nadia Khalaf Ali]], geb. [[DOB|11.12.1999]] in Duhok (Irak), Staatsangehörigkeit: deutsch, ausgewiesen durch Personalausweis, wohnhaft ebenda

Religionszugehörigkeit (freiwillige Angabe für das Eheregister): beide jesidisch.
Die Verlobten erklären, dass sie nicht miteinander verwandt sind. Für den Verlobten wurde ein Antrag auf Befreiung von der Beibringung des Ehefähigkeitszeugnisses (§ 1309 Abs. 2 BGB) beim OLG Oldenburg gestellt. Als Dolmetscher für Kurmancî wirkt Herr [[P|Dilshad Avdal]] mit, vereidigt beim LG Osnabrück.
Gewünschter Trautermin: 19.09.2025, Historisches Rathaus. Trauzeugin: [[P|Leyla Hassan]] (Schwester des Verlobten).

Gebühr nach Nr. 3 der Gebührenordnung: 66,00 EUR, bezahlt per EC-Karte.

v. g. u.
[[P|K. Murad Hassan]]      [[P|N. Khalaf Ali]]      [[P|Wübbels]], Standesbeamtin""", ["RELIGION"])

# 6 ------------------------------------------------------------------ Kita fees, Dutch commuter, partly English
iban6 = mod97_iban("NL", "RABO" + I.digits(10))
add("outlook", "kita-gebuehren", f"""Betreff: Kita-Beitrag / Kassenzeichen [[AZ|5.4100.22871]] – wrong income?

Dear Sir or Madam, sehr geehrte Damen und Herren,

sorry for writing in English partly, my German is not good enough for this. We received the Beitragsbescheid for our daughter [[P|Fenna van der Laan]] (Kita Regenbogen, Krippe). The calculation uses our gross income from 2023, but my husband [[P|Joris]] changed jobs in 2024 and now works in Emmen (NL) with a lower salary. Wij hebben de jaaropgave bijgevoegd.

Also the SEPA mandate still has the old German account. Please use our Dutch account from 01.01.2026:
IBAN [[IBAN|{group(iban6, 4)}]] – account holder [[P|S. van der Laan-Bosma]]

You can reach me at [[T|+31 6 4172 0395]] or at work [[T|+31 591 63 22 40]].

Met vriendelijke groet / Mit freundlichen Grüßen
[[P|Sanne van der Laan-Bosma]]
[[A|Kampstraße 5]]
[[A|49809 Lingen]]""")

# 7 ------------------------------------------------------------------ Kita fee notice, Turkish family
tid7 = I.tax_id()
add("word", "kita-gebuehren", f"""STADT LINGEN (EMS)
Fachdienst Kindertagesbetreuung

Frau und Herrn
[[P|Tuğba]] und [[P|Mehmet Yıldırım]]
[[A|Falkenstraße 23]]
[[A|49811 Lingen (Ems)]]

Kassenzeichen: [[AZ|5.4100.19344]]                                   Datum: 04.08.2025

Festsetzung des Elternbeitrags für das Kindergartenjahr 2025/26

Sehr geehrte Frau [[P|Yıldırım]], sehr geehrter Herr [[P|Yıldırım]],

für die Betreuung Ihres Sohnes [[P|Emir Yıldırım]], geb. [[DOB|28.06.2023]], in der Krippe der Kita St. Marien (Betreuungsumfang 7 Stunden) wird der Elternbeitrag nach § 4 der Satzung über die Erhebung von Elternbeiträgen wie folgt festgesetzt:

Maßgebliches Jahreseinkommen (Einkommensstufe 5):   48.000,01 – 54.000,00 EUR
Monatlicher Beitrag:                                     212,00 EUR
Geschwisterermäßigung (Bruder [[P|Yusuf]], Kita St. Marien): 50 %
zu zahlen ab 01.08.2025 monatlich:                      106,00 EUR
Verpflegungspauschale:                                    55,00 EUR

Grundlage ist der von Ihnen vorgelegte Einkommensteuerbescheid 2024 (Steuer-ID des Antragstellers [[TID|{tid7}]]). Bitte überweisen Sie die Beträge jeweils zum 15. eines Monats auf das Konto der Stadtkasse, IBAN [[N|{CITY_IBAN}]], unter Angabe des Kassenzeichens.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Osnabrück erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Hermann-Josef Schulte-Wermeling]]""")

# 8 ------------------------------------------------------------------ informal lower-case dog tax mail
iban8 = ide()
add("outlook", "hundesteuer", f"""Betreff: hund abmelden

hallo zusammen,

leider ist unser hund (bruno, 14 jahre) letzte woche eingeschläfert worden. ich möcht ihn hiermit abmelden, steuermarke hab ich in den briefkasten vom rathaus geworfen. kassenzeichen müsste [[AZ|1.2025.409127]] sein, steht auf dem alten bescheid.
falls zu viel bezahlt wurde bitte auf das konto von meinem mann zurück: [[IBAN|{iban8.lower()}]] ([[P|dennis brüggemann]])

lg
[[P|jenny brüggemann]]
[[A|ahornweg 12]], [[A|49808 lingen]]
[[T|0176 21194470]]""")

# 9 ------------------------------------------------------------------ Mahnung dog tax
add("word", "hundesteuer", f"""Stadtkasse Lingen (Ems) – Vollstreckungsstelle

Herrn
[[P|Waldemar Reimer]]
[[A|Heideweg 3]]
[[A|49811 Lingen (Ems)]]

Mahnung

Kassenzeichen        Fälligkeit     Forderung                    Betrag
[[AZ|1.2025.377014]]        15.05.2025     Hundesteuer 2025 (2 Hunde)   288,00 EUR
[[AZ|1.2025.377014]]        –              Mahngebühr § 4 NVwVG           5,00 EUR
                                                   Summe        293,00 EUR

Sehr geehrter Herr [[P|Reimer]],

trotz Fälligkeit ist der o. g. Betrag bisher nicht eingegangen. Bitte zahlen Sie innerhalb einer Woche auf das Konto [[N|{CITY_IBAN}]]. Andernfalls muss die Forderung ohne weitere Ankündigung zwangsweise beigetrieben werden (z. B. durch Kontopfändung). Sollten Sie zwischenzeitlich gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Sprechzeiten Stadtkasse: Mo–Fr 8:30–12:00 Uhr, Tel. [[N|0591 9144-210]]

Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.""")

# 10 ----------------------------------------------------------------- Ortsrat minutes (religion words, no person)
add("word", "ortsrat-protokoll", f"""Niederschrift über die 14. Sitzung des Ortsrates Laxten
am Dienstag, 16.09.2025, 19:00 Uhr, Gaststätte „Zur Linde"

Anwesend:
Ortsbürgermeisterin [[P|Gesine Thole]] (Vorsitz)
Ortsratsmitglieder [[P|Bernd Hüsing]], [[P|Aylin Demir]], [[P|Thomas Ahlers]], [[P|Dr. Markus Evers]], [[P|Ursula Gerdes-Nolte]]
Verwaltung: [[P|Jan-Hendrik Kuipers]] (Fachdienst Stadtplanung), Protokoll: [[P|Lisa Möller]]
Entschuldigt: [[P|Heinz Robben]]

TOP 1 – Eröffnung, Feststellung der Beschlussfähigkeit
Frau [[P|Thole]] eröffnet die Sitzung um 19:03 Uhr. Die Beschlussfähigkeit wird festgestellt.

TOP 2 – Bauvoranfrage des Jesidischen Kulturvereins Emsland e. V. für ein Gemeindezentrum, Flurstück 112/4, Flur 9, Gemarkung Laxten
Herr [[P|Kuipers]] stellt das Vorhaben vor. Das Grundstück liegt im Geltungsbereich des Bebauungsplanes Nr. 47 („Gewerbegebiet Laxten-Nord"); Anlagen für kirchliche und kulturelle Zwecke sind dort ausnahmsweise zulässig (§ 8 Abs. 3 Nr. 2 BauNVO). Geplant sind ein Versammlungsraum für ca. 250 Personen und 60 Stellplätze.
Herr [[P|Hüsing]] fragt nach dem Verkehr an Feiertagen. Frau [[P|Demir]] begrüßt, dass die Gemeinde nicht mehr in einer Halle im Industriegebiet feiern müsse. Herr [[P|Dr. Evers]] regt ein Lärmgutachten an.
Beschluss: Der Ortsrat empfiehlt, das gemeindliche Einvernehmen zu erteilen. (6 Ja, 0 Nein, 0 Enthaltungen)

TOP 3 – Einwohnerfragestunde
Ein Anwohner der Schützenstraße beklagt das Parken von Kleinbussen der Werkvertragsfirmen. Die Verwaltung sagt eine Prüfung durch den Fachdienst Ordnung zu.

TOP 4 – Mittel des Ortsrates 2026
Für das Dorffest werden 1.200 EUR, für die Bank am Ems-Vechte-Radweg 850 EUR bereitgestellt.

Ende der Sitzung: 20:41 Uhr

[[P|Gesine Thole]]                    [[P|Lisa Möller]]
Ortsbürgermeisterin               Protokollführerin""")

# 11 ----------------------------------------------------------------- Seniorenbeirat (HEALTH, POLITICS)
add("word", "seniorenbeirat", f"""Seniorenbeirat der Stadt Lingen (Ems)
Ergebnisprotokoll der Sitzung vom 02.10.2025

Teilnehmende: [[P|Hildegard Stroot]] (Vorsitzende), [[P|Alfons Kamphues]], [[P|Irina Becker]], [[P|Friedhelm „Fiete" Lammers]], [[P|Marianne Jansen]], [[P|Józef Wiśniewski]]
Gast: [[P|Katrin Hölscher]], Seniorenstützpunkt

1. Mitteilungen
Frau [[P|Stroot]] teilt mit, dass Herr [[P|Kamphues]] nach seiner Bypass-Operation im Bonifatius-Hospital noch in der Reha in Bad Rothenfelde ist; er nimmt per Telefon teil und lässt grüßen. Karten können an seine Privatadresse [[A|Rheiner Straße 61]], [[A|49809 Lingen]] geschickt werden.
Herr [[P|Lammers]] erklärt, dass er zum Jahresende aus dem Beirat ausscheidet, weil er für die FDP auf Listenplatz 3 für den Stadtrat kandidiert und Interessenkonflikte vermeiden möchte.

2. Barrierefreiheit Bahnhof
Der Aufzug zu Gleis 2 war im September 17 Tage außer Betrieb. Herr [[P|Wiśniewski]] berichtet, dass Rollstuhlfahrer nach Leer ausweichen mussten. Frau [[P|Becker]] schreibt an die DB Station&Service.

3. Digitalsprechstunde
Ab November jeden 1. Donnerstag in der Stadtbibliothek. Ansprechpartnerin: Frau [[P|Hölscher]], Tel. [[N|0591 9144-480]].

Nächste Sitzung: 06.11.2025, 15:00 Uhr, Ratssaal.
Kontakt Vorsitzende: [[T|0591 47 11 36]], [[E|h.stroot@t-online.de]]

gez. [[P|H. Stroot]]""", ["HEALTH", "POLITICS"])

# 12 ----------------------------------------------------------------- Ausländerbehörde, Syrian family (ETHNICITY, GENETIC)
pass12 = "N" + I.digits(9)
add("outlook", "auslaenderbehoerde", f"""Von: RA [[P|Dr. Yasmin El-Khatib]] <[[E|kanzlei@el-khatib-recht.de]]>
Gesendet: Montag, 20. Oktober 2025 16:52
An: Ausländerbehörde Lingen <[[N|auslaenderbehoerde@lingen.de]]>
Betreff: Familiennachzug [[P|Ahmad Al-Hussein]] – Ihr Az. [[AZ|32.1-AHU-0915]]

Sehr geehrte Frau [[P|Bröring]],

in der Sache meines Mandanten [[P|Ahmad Al-Hussein]], geb. [[DOB|01.01.1987]], syrischer Staatsangehöriger kurdischer Volkszugehörigkeit, subsidiär schutzberechtigt, nehme ich Bezug auf Ihr Schreiben vom 30.09.2025.

Die Botschaft in Beirut hat für die Kinder [[P|Ronî]] (geb. [[DOB|14.08.2015]]) und [[P|Berivan Al-Hussein]] (geb. [[DOB|02.03.2018]]) Zweifel an der Abstammung geäußert, weil die syrischen Geburtsurkunden nachträglich ausgestellt wurden. Mein Mandant ist bereit, ein DNA-Abstammungsgutachten nach § 17 GenDG erstellen zu lassen; die Probenentnahme bei ihm erfolgt am 04.11.2025 beim Institut für Rechtsmedizin in Münster. Ich bitte um Zustimmung, dass die Botschaft die Proben der Kinder und der Mutter, Frau [[P|Hevin Sido]], entnimmt.

Reisepass meines Mandanten: Nr. [[PASS|{pass12}]], gültig bis 2027.
Anschrift unverändert: [[A|Lindenstraße 9]], [[A|49808 Lingen]]. Er ist unter [[T|0152 08837461]] erreichbar, spricht aber nur Arabisch und Kurdisch.

Mit freundlichen Grüßen
[[P|Dr. Yasmin El-Khatib]]
Rechtsanwältin
[[A|Marktplatz 2]] · [[A|49716 Meppen]] · Tel. [[T|05931 938 17 0]]""", ["ETHNICITY", "GENETIC"])

# 13 ----------------------------------------------------------------- Ukrainian, residence permit, fingerprints (BIOMETRIC, HEALTH)
add("word", "auslaenderbehoerde", f"""Stadt Lingen (Ems) – Ausländerbehörde                    Lingen, 08.05.2025

Aktenvermerk

Az.: [[AZ|32.2-KOV-2204]]
Betr.: Frau [[P|Olena Kovalenko]], geb. [[DOB|19.09.1979]], ukrainische Staatsangehörige
Antrag auf Verlängerung der Aufenthaltserlaubnis nach § 24 AufenthG (elektronischer Aufenthaltstitel)

Frau [[P|Kovalenko]] erschien heute mit ihrer Tochter [[P|Daryna]] (16 J.) zur Vorsprache. Vorgelegt wurde der ukrainische Reisepass Nr. [[PASS|FX 471903]]. Neue Anschrift seit 01.04.2025: [[A|Bögenstraße 17]], [[A|49809 Lingen]] (vorher GU Kaiserstraße).

Die Abnahme der Fingerabdrücke für den eAT war nicht möglich: Der rechte Zeigefinger ist nach einer Verbrennung vernarbt, der linke Zeigefinger nach Amputation des Endglieds (Kriegsverletzung 2022, ärztl. Bescheinigung liegt vor) nicht erfassbar. Ersatzweise wurden die Mittelfinger erfasst, Qualitätswert ausreichend. Lichtbild biometrietauglich.

Die Produktion des eAT wurde veranlasst. Fiktionsbescheinigung bis 08.08.2025 ausgehändigt. Frau [[P|Kovalenko]] ist erreichbar unter [[T|0163 7720 158]] oder [[E|olena.kovalenko79@ukr.net]].

[[P|Bröring]]""", ["BIOMETRIC", "HEALTH"])

# 14 ----------------------------------------------------------------- forwarded sick note chain (HEALTH, UNION)
add("outlook", "personalamt", f"""Betreff: WG: Krankmeldung + BEM-Gespräch

Hallo [[P|Marion]],

zur Info für die Personalakte, bitte nicht weiterleiten. Das BEM-Gespräch mit Herrn [[P|Özdemir]] würde ich gerne in KW 47 machen. Er möchte dazu Frau [[P|Tiemann]] vom Personalrat mitbringen, die ist ja auch unsere ver.di-Vertrauensfrau im Bauhof.

Gruß
[[P|Reinhard]]

-----Ursprüngliche Nachricht-----
Von: [[P|Kemal Özdemir]] <[[E|kemal.oezdemir@web.de]]>
Gesendet: Freitag, 7. November 2025 07:41
An: [[P|Reinhard Meyer-Wilmes]] <[[E|r.meyer-wilmes@lingen.de]]>
Betreff: Krankmeldung

Moin Herr [[P|Meyer-Wilmes]],

ich bin leider weiter krank geschrieben bis 28.11. Die Rückenprobleme sind nicht besser geworden, der Orthopäde sagt Bandscheibenvorfall L4/L5 und jetzt erstmal Physio und evtl. Reha. Die AU hab ich über die Krankenkasse elektronisch, Kopie hängt trotzdem an.
Bin ja jetzt schon über 6 Wochen raus dieses Jahr, deswegen wegen dem BEM – ja, mach ich, aber bitte mit Personalrat dabei. Ich bin übrigens seit 20 Jahren in der Gewerkschaft, das wissen Sie ja.

Gruß [[P|Kemal Özdemir]]
[[T|0171 6640392]]""", ["HEALTH", "UNION"])

# 15 ----------------------------------------------------------------- new employee data sheet (RELIGION)
ssn15 = I.social_security("230594", "S")
tid15 = I.tax_id()
kv15 = I.health_insurance()
iban15 = ide()
add("word", "personalamt", f"""Personalbogen – Neueinstellung (Tarifbeschäftigte TVöD)
Fachdienst Personal · Eingang 14.08.2025 · Bearb.: [[P|Meyer-Wilmes]]

Name, Vorname:              [[P|Schäfer]], [[P|Anna-Lena]]
Geburtsname:                [[P|Wessels]]
Geburtsdatum / -ort:        [[DOB|23.05.1994]] / Nordhorn
Anschrift:                  [[A|Lookenstraße 30]], [[A|49808 Lingen (Ems)]]
Telefon / E-Mail:           [[T|0591 80 29 114]] / [[E|annalena.schaefer@gmx.de]]
Familienstand:              verheiratet seit 06/2021
Kinder (steuerlich):        1,0
Steuer-Identifikationsnummer: [[TID|{tid15}]]
Steuerklasse:               IV
Konfession (Kirchensteuer): römisch-katholisch
Rentenversicherungsnummer:  [[SSN|{ssn15}]]
Krankenkasse / KVNR:        Techniker Krankenkasse / [[KV|{kv15}]]
Bankverbindung:             [[IBAN|{iban15}]] (Emsländische Volksbank)
Schwerbehinderung:          nein

Einsatz: Fachdienst Jugend, Entgeltgruppe S 14, Stufe 2, ab 01.10.2025, 39 Std./Woche
Vorbeschäftigung: Landkreis Grafschaft Bentheim, 2019–2025 (Anerkennung Stufenlaufzeit prüfen)

Unterschrift Beschäftigte: [[P|A.-L. Schäfer]]""", ["RELIGION"])

# 16 ----------------------------------------------------------------- Polish subcontractor, trade tax
vat16 = pl_nip()
iban16 = I.iban("PL", 24)
tnr16 = nds_tax_number()
add("outlook", "gewerbesteuer", f"""Subject: Gewerbesteuer Vorauszahlung – Firma [[P|Nowak]] Usługi Mięsne

Sehr geehrte Damen und Herren,

ich bin Inhaber von Firma „[[P|Nowak]] Usługi Mięsne" (Zerlegung, Subunternehmer für Schlachthof). Ich habe bekommen Bescheid über Gewerbesteuer-Vorauszahlung 2026, Kassenzeichen [[AZ|3.2026.001487]], mit 4.320 EUR pro Quartal. Das ist viel zu hoch, weil ab Januar wir haben nur noch 9 statt 23 Mitarbeiter, der Werkvertrag mit dem Schlachtbetrieb in Haren ist gekündigt.

Meine Daten:
Steuernummer Finanzamt Lingen: [[TNR|{tnr16}]]
USt-IdNr. (polnisch, NIP): [[VAT|{vat16}]]
Betriebsstätte: [[A|Industriestraße 48]], [[A|49811 Lingen]]
Sitz in Polen: [[A|ul. Kościuszki 14/3]], [[A|62-800 Kalisz]]

Bitte Rückerstattung auf polnisches Firmenkonto: [[IBAN|{group(iban16, 4)}]]
Mein Steuerberater Herr [[P|Lübbers]] schickt die Prognose nächste Woche.

Z poważaniem / Mit freundlichen Grüßen
[[P|Krzysztof Nowak]]
tel. [[T|+48 601 339 827]] / [[T|0160 9915523]]
[[E|k.nowak@nowak-uslugi.pl]]""")

# 17 ----------------------------------------------------------------- property tax (church word, no flag)
add("word", "grundsteuer", f"""Stadt Lingen (Ems) · Fachdienst Steuern
[[N|Elisabethstraße 14-16]], [[N|49808 Lingen (Ems)]] · Tel. [[N|0591 9144-0]]

[[P|Dr. Bernhard]] und [[P|Mechthild Tangen]]
[[A|Burgstraße 21]]
[[A|49808 Lingen (Ems)]]

Kassenzeichen [[AZ|2.0815.33012]]          Bescheiddatum 15.01.2026

Grundsteuerbescheid 2026 (Grundsteuer B)
Steuergegenstand: Wohngrundstück Burgstraße 21, Gemarkung Lingen, Flur 14, Flurstück 287/3
Grundsteuermessbetrag lt. Bescheid des Finanzamtes Lingen vom 12.03.2024 (Az. [[AZ|61/013/0815/330]]): 118,47 EUR
Hebesatz Grundsteuer B (Hebesatzsatzung vom 11.12.2024): 410 v. H.
Jahressteuer: 485,73 EUR
Fälligkeiten: 15.02., 15.05., 15.08., 15.11. je 121,43 EUR (Rundungsbetrag im 1. Quartal: 121,44 EUR)

Hinweis: Das benachbarte Flurstück 287/4 (Pfarrheim der katholischen Kirchengemeinde St. Bonifatius) ist nach § 3 GrStG steuerbefreit und nicht Gegenstand dieses Bescheides.

Die Beträge werden von Ihrem Konto abgebucht (SEPA-Mandat vom 2009).

Mit freundlichen Grüßen
Ihr Fachdienst Steuern""")

# 18 ----------------------------------------------------------------- parking complaint with plates
add("outlook", "ordnungsamt", f"""Betreff: Dauerparker Feuerwehrzufahrt Schützenstraße – schon wieder!!

Sehr geehrte Damen und Herren vom Ordnungsamt,

jetzt reicht es wirklich. Seit Wochen stehen jeden Abend die Sprinter der Leiharbeitsfirma in der Feuerwehrzufahrt zwischen Haus 30 und 32. Heute Morgen wieder: weißer Ford Transit [[KFZ|CLP-YT 416]] und ein Opel Vivaro mit rumänischem Kennzeichen [[KFZ|TM 19 ZKP]]. Dazu der private Golf von meinem Nachbarn Herrn [[P|Kötter]] ([[KFZ|EL-KK 2210]]), der stellt sich immer halb auf den Gehweg.

Meine Frau sitzt im Rollator und kommt da nicht vorbei. Fotos mit Uhrzeit im Anhang. Ich erwarte, dass Sie da endlich abschleppen lassen!

[[P|Wilfried Kampmann]]
[[A|Schützenstraße 34]]
[[T|0591 5 42 78]]""")

# 19 ----------------------------------------------------------------- hearing, Dutch driver
add("word", "bussgeld", f"""Landkreis Emsland · Bußgeldstelle (Verkehr)            Meppen, 21.10.2025

Mevrouw / Frau
[[P|Anouk Hoekstra]]
[[A|Hoofdstraat 212]]
[[A|7811 EV Emmen]]
NIEDERLANDE

Anhörung im Bußgeldverfahren – Hoorzitting
Aktenzeichen: [[AZ|703.21.118722.5]]

Sehr geehrte Frau [[P|Hoekstra]],

Ihnen wird vorgeworfen, am 02.10.2025 um 07:12 Uhr in Lingen (Ems), B 213, Fahrtrichtung Nordhorn, als Führerin des Pkw mit dem amtlichen Kennzeichen [[KFZ|GZ-731-K]] (NL) die zulässige Höchstgeschwindigkeit außerhalb geschlossener Ortschaften von 70 km/h um 23 km/h (nach Toleranzabzug) überschritten zu haben. § 41 Abs. 1 i. V. m. Anlage 2, § 49 StVO; § 24 StVG; 11.3.4 BKat. Regelsatz: 150,00 EUR.

Halterin laut niederländischem Fahrzeugregister (RDW) ist die Firma [[P|Hoekstra]] Installatietechniek B.V.; nach dem Messfoto kommen Sie als Fahrerin in Betracht. Wenn Sie das Fahrzeug nicht selbst geführt haben, teilen Sie bitte Name und Anschrift der verantwortlichen Person mit.

Die Bußgeldbescheide werden aufgrund des EU-Rahmenbeschlusses 2005/214/JI auch in den Niederlanden vollstreckt.

Mit freundlichen Grüßen
Im Auftrag
[[P|Tobias Wolters]]
Tel. [[N|05931 44-1750]] · [[N|bussgeldstelle@emsland.de]]""")

# 20 ----------------------------------------------------------------- school enrolment, Yazidi mother (RELIGION)
add("outlook", "schulanmeldung", f"""Betreff: Schulanmeldung Tochter – Religionsunterricht

Sehr geehrte Frau [[P|Nordhoff]],

ich schreibe für Frau [[P|Jiyan Qasim]], weil sie noch nicht so gut Deutsch schreiben kann. Ich bin ihre Nachbarin und helfe bei Behördenpost.

Frau [[P|Qasim]] möchte ihre Tochter [[P|Lavin Qasim]] (geb. [[DOB|05.05.2019]]) zum Schuljahr 2026/27 an der Grundschule Darme anmelden. Die Familie ist jesidisch. Frau [[P|Qasim]] fragt, ob es an der Schule Werte und Normen statt katholischem Religionsunterricht gibt und ob [[P|Lavin]] am Mittwoch (Çarşema Sor) freibekommen kann. Der ältere Bruder [[P|Shvan]] ist schon in der 3b.

Adresse: [[A|Darmer Escheweg 88]], [[A|49808 Lingen]]
Telefon Frau [[P|Qasim]]: [[T|0155 60218837]] (Arabisch/Kurdisch), oder mich: [[T|0591 96 31 408]]

Viele Grüße
[[P|Brigitte Overmeyer]]""", ["RELIGION"])

# 21 ----------------------------------------------------------------- compulsory schooling notice, Romanian family
add("word", "schulpflicht", f"""Stadt Lingen (Ems) · Fachdienst Schulen und Sport

Herrn
[[P|Florin Dumitrescu]]
Frau
[[P|Mihaela Dumitrescu]]
[[A|Waldstraße 95]], Whg. 4
[[A|49808 Lingen (Ems)]]

Unser Zeichen: [[AZ|40-SP-2025-071]]               Datum: 29.09.2025

Schulpflicht Ihres Sohnes [[P|Andrei Dumitrescu]], geb. [[DOB|12.01.2014]]

Sehr geehrte Eheleute [[P|Dumitrescu]],

die Oberschule Lingen-Mitte teilt mit, dass [[P|Andrei]] seit dem 25.08.2025 nicht zum Unterricht erschienen ist (bisher 23 unentschuldigte Fehltage). Nach § 63 NSchG ist [[P|Andrei]] in Niedersachsen schulpflichtig; Erziehungsberechtigte haben nach § 71 NSchG dafür zu sorgen, dass das Kind die Schule besucht.

Sollte Ihr Sohn inzwischen in Rumänien zur Schule gehen, legen Sie bitte eine Schulbescheinigung vor. Andernfalls muss ich ein Bußgeldverfahren nach § 176 NSchG einleiten.

Bitte melden Sie sich bis zum 13.10.2025. Eine Beratung auch in rumänischer Sprache ist möglich (Frau [[P|Căpraru]], Bildungsbüro).

Mit freundlichen Grüßen
[[P|Nordhoff]]""")

# 22 ----------------------------------------------------------------- Grundsicherung, Russian-German senior (HEALTH)
ssn22 = I.social_security("030850", "P")
kv22 = I.health_insurance()
iban22 = ide()
add("outlook", "sozialamt", f"""Betreff: Antrag Grundsicherung im Alter für meine Mutter [[P|Valentina Schmidt]]

Guten Tag Herr [[P|Lüken]],

wie am Telefon besprochen schicke ich Ihnen die fehlenden Unterlagen für den Antrag meiner Mutter.

Antragstellerin: [[P|Valentina Schmidt]] (geb. [[P|Kusnezowa]]), geb. am [[DOB|03.08.1950]] in Karaganda
Anschrift: [[A|Haselünner Straße 77]], [[A|49809 Lingen]]
Rentenversicherungsnr.: [[SSN|{ssn22}]] (Rente DRV 612,40 EUR + Fremdrente)
Krankenversichertennr.: [[KV|{kv22}]]
Konto: [[IBAN|{iban22}]]

Meine Mutter hat seit März Pflegegrad 3 (Demenz, Diabetes Typ 2), sie kann nichts mehr selber unterschreiben. Die Betreuungsurkunde vom Amtsgericht Lingen, Az. [[AZ|11 XVII 214/25]], ist beigefügt. Betreuerin bin ich.

Mit freundlichen Grüßen
[[P|Swetlana Gerdes]]
[[E|swetlana.gerdes@gmail.com]]
[[T|0171 5036221]]""", ["HEALTH"])

# 23 ----------------------------------------------------------------- Jugendamt home visit note, Vietnamese family (HEALTH)
add("word", "jugendamt-vermerk", f"""Fachdienst Jugend – Allgemeiner Sozialer Dienst
Vermerk Hausbesuch

Az.: [[AZ|51-ASD-2025-0388]]
Familie: [[P|Nguyễn Văn Hùng]] (Vater), [[P|Trần Thị Mai]] (Mutter)
Kinder: [[P|Minh Anh]] (geb. [[DOB|07.02.2021]]), [[P|Bảo]] (geb. [[DOB|30.10.2023]])
Anschrift: [[A|Am Pulverturm 4]], [[A|49808 Lingen (Ems)]]
Datum: 10.06.2025, 14:00–15:15 Uhr; anwesend: [[P|F. Jürgens]], [[P|D. Albers]] (ASD), Dolmetscherin [[P|Thu Hà Lê]]

Anlass: Mitteilung der Kita Sonnenblume, dass [[P|Minh Anh]] kaum spricht und häufig ohne Frühstück kommt.

Die Wohnung ist sauber und ausreichend möbliert. Die Eltern betreiben ein Nagelstudio in der Innenstadt und arbeiten bis 20 Uhr; die Kinder werden nachmittags von der Großmutter betreut. Frau [[P|Trần]] berichtet, dass beim Kinderarzt (Dr. [[P|Brinkers]]) im März eine Sprachentwicklungsverzögerung und ein Verdacht auf Hörminderung festgestellt wurden; ein Termin in der Pädaudiologie in Osnabrück ist für August vereinbart. Herr [[P|Nguyễn]] wirkt kooperativ.

Vereinbarungen: Logopädie-Verordnung wird eingelöst; Frühstück wird mitgegeben; Kontakt Kita – Eltern über die Dolmetscherin. Kein Hinweis auf Kindeswohlgefährdung (§ 8a SGB VIII). Wiedervorlage 09/2025.

Telefon Mutter: [[T|0176 38 49 21 05]]

[[P|Jürgens]]""", ["HEALTH"])

cc24 = I.credit_card("5", 16)
# 24 ----------------------------------------------------------------- carport, Dutch family, partly English
add("outlook", "bauamt", f"""Betreff: Carport – genehmigungsfrei? / B-Plan Nr. 112

Hallo Herr [[P|Kuipers]],

my neighbour Mr. [[P|Többen]] said you are also Dutch-speaking, so I hope this is okay. We want to build a carport (6 x 3,5 m, wood) next to our house at [[A|Brockhauser Weg 19a]], Flurstück 55/12. Is this allowed without permit? In the Bebauungsplan Nr. 112 "Brockhausen-West" I see a Baugrenze of 3 m from the street, and the carport would be 1,5 m from the Straße.

Unser Nachbar zur linken Seite, Familie [[P|Wigger]], hat nichts dagegen, sie würden auch unterschreiben. Sollen wir einen Bauantrag stellen oder reicht eine Bauanzeige nach § 62 NBauO? If there is a fee you can charge my Mastercard [[CC|{group(cc24, 4)}]] (exp. 03/27), that is easiest for us from NL.

Groeten / Grüße
[[P|Bram Oosterhuis]] & [[P|Lieke de Vries]]
[[T|+31 6 2839 4410]]
[[E|bram.oosterhuis@ziggo.nl]]

--
Sent from my iPhone""")

tnr25 = nds_tax_number()
vat25 = I.vat_id()
# 25 ----------------------------------------------------------------- building application receipt
add("word", "bauantrag", f"""Stadt Lingen (Ems) – Fachdienst Bauordnung
Eingangsbestätigung / Anforderung von Unterlagen

Bauherrin:    [[P|Fatma Aksoy-Brinker]], [[A|Nordstraße 6]], [[A|49809 Lingen (Ems)]]
Entwurfsverfasser: Dipl.-Ing. [[P|Hajo ter Haar]], Architekturbüro [[P|ter Haar]], [[A|Bahnhofstraße 31]], [[A|48529 Nordhorn]], [[E|info@terhaar-architekten.de]]
Vorhaben:     Umbau eines Wohnhauses zu einem Zweifamilienhaus mit Anbau
Baugrundstück: Nordstraße 6, Gemarkung Darme, Flur 3, Flurstück 141
Aktenzeichen: [[AZ|BA-0734/25]]
Eingang:      17.07.2025

Sehr geehrte Frau [[P|Aksoy-Brinker]],

Ihr Bauantrag ist vollständig eingegangen mit Ausnahme folgender Unterlagen (§ 3 BauVorlVO):
☐ Nachweis der Standsicherheit (Statik), geprüft
☐ Lageplan mit Darstellung der Abstandsflächen (§ 5 NBauO)
☐ Stellplatznachweis (2 Stellplätze je Wohneinheit, Stellplatzsatzung)

Bitte reichen Sie die Unterlagen bis zum 15.08.2025 nach, andernfalls gilt der Antrag nach § 69 Abs. 2 NBauO als zurückgenommen. Die Bearbeitungszeit beginnt mit Vollständigkeit. Eine Kopie dieses Schreibens geht an Herrn [[P|ter Haar]].

Mit freundlichen Grüßen
[[P|Jan-Hendrik Kuipers]]
Tel. [[N|0591 9144-612]]

Anlage: Honorarrechnung des Entwurfsverfassers (Kopie, für Gebührenberechnung)
Architekturbüro [[P|ter Haar]] · St.-Nr. [[TNR|{tnr25}]] · USt-IdNr. [[VAT|{vat25}]]""")

# 26 ----------------------------------------------------------------- Kasse, credit card in mail
cc26 = I.credit_card("4", 16)
add("outlook", "stadtkasse", f"""Betreff: Re: Rücklastschrift Kassenzeichen [[AZ|1.2025.511960]]

Hello / Hallo,

thank you for your letter. The direct debit was returned because I changed bank after moving from Hamburg. I am so sorry about the extra fee. Can I pay with credit card? Here is my card, please take 96,50 EUR:

Visa [[CC|{group(cc26, 4)}]], exp. 09/28, card holder [[P|Chiamaka Okonkwo-Bauer]]

(I will send the CVC by phone if you call me.)

My husband [[P|Lukas Bauer]] says Stadtkasse does not accept cards by mail, if so please send me the bank details again.

Best regards
[[P|Chiamaka Okonkwo-Bauer]]
[[A|Wilhelmstraße 54]], [[A|49808 Lingen]]
[[T|+49 1517 2203 914]]

> Am 03.11.2025 schrieb Stadtkasse Lingen <[[N|stadtkasse@lingen.de]]>:
> Sehr geehrte Frau [[P|Okonkwo-Bauer]],
> die Lastschrift vom 15.10.2025 wurde von Ihrem Kreditinstitut zurückgegeben. Bitte überweisen Sie 96,50 EUR
> (einschl. Rücklastschriftgebühr 3,50 EUR) auf [[N|{CITY_IBAN}]].""")

# 27 ----------------------------------------------------------------- pasted table: ID cards ready for pickup
rows = []
people27 = [("Bakker", "Thijs"), ("Łukasik", "Magdalena"), ("Hamdan", "Rami"), ("Oltmanns", "Frauke"), ("Ivanova", "Petya")]
for i, (sur, first) in enumerate(people27):
    doc = I.id_card(check_digit=(i % 2 == 0))
    kind = "PA" if i != 2 else "RP"
    if kind == "RP":
        doc = I.passport()
        mark = f"[[PASS|{doc}]]"
    else:
        mark = f"[[IDC|{doc}]]"
    rows.append(f"{kind}\t[[P|{sur}, {first}]]\t{mark}\t{['28.10.','29.10.','29.10.','30.10.','31.10.'][i]}\t{['offen','offen','abgeholt','offen','Vollmacht'][i]}")
table27 = "\n".join(rows)
add("word", "buergeramt-liste", f"""Bürgeramt – Dokumentenausgabe, Stand 03.11.2025 (intern)

Art\tName, Vorname\tDokumentennr.\tEingang Bundesdruckerei\tStatus
{table27}

Hinweise:
– Frau [[P|Ivanova]] lässt das Dokument durch ihren Bruder [[P|Georgi Ivanov]] abholen, Vollmacht + dessen Ausweis liegen vor.
– Herr [[P|Bakker]] (Grenzpendler, Wohnsitz [[A|Langschmidtsweg 12]]) hat gebeten, vorher anzurufen: [[T|0157 83 11 04 62]].
– Nicht abgeholte Dokumente nach 3 Monaten zur Vernichtung (§ 18 PAuswV), Liste an Frau [[P|Heyer]].

[[P|C. Heyer]], Bürgeramt, Durchwahl [[N|-330]]""")

# 28 ----------------------------------------------------------------- Ummeldung, Ukrainian in mixed English
add("outlook", "buergeramt", f"""Subject: Re-registration / Ummeldung – appointment?

Good day,

my name is [[P|Andrii Melnyk]], I live in Lingen since 2023. We move inside the city from [[A|Kiefernweg 8]] to [[A|Konrad-Adenauer-Ring 40]], [[A|49808 Lingen]] on 15. December. Also my wife [[P|Iryna Melnyk]] and son [[P|Maksym]] (born [[DOB|22.11.2017]]).

Online I do not find any free Termin for Ummeldung before January. The Wohnungsgeberbestätigung from Herr [[P|Schnieders]] (Vermieter) I have already. Is it possible to come without appointment? I work in shifts at the Lebensmittelfabrik, only Monday morning is free.

Documents: Ukrainian passport [[PASS|GF 218847]], Aufenthaltstitel.

Thank you very much!
[[P|Andrii]]
[[T|+49 176 5530 1942]]
[[E|melnyk.andrii@ukr.net]]""")

# 29 ----------------------------------------------------------------- internal note meat plant, works council, union (UNION)
add("word", "gesundheitsamt-vermerk", f"""Vermerk (intern) – Gemeinsame Begehung Arbeiterunterkünfte, 24.09.2025

Teilnehmende: Gewerbeaufsichtsamt Osnabrück (Herr [[P|Albers-Kösters]]), Gesundheitsamt (Frau [[P|Dr. Lührs]]), Stadt Lingen Wohnungsaufsicht (Frau [[P|Többen]]), Beratungsstelle „Faire Mobilität" (Frau [[P|Radu]])

Der Hinweis kam von Herrn [[P|Piotr Wójcik]], Betriebsratsmitglied beim Zerlegebetrieb und seit 2021 Mitglied der Gewerkschaft NGG, der die Kolleginnen und Kollegen bei der Begehung begleitete und übersetzte. Er bat ausdrücklich darum, gegenüber dem Arbeitgeber nicht namentlich genannt zu werden, da ihm wegen seiner Gewerkschaftsarbeit bereits mit Kündigung gedroht worden sei.

Ergebnis:
– Objekt [[A|Am Hundesand 2-4]]: 38 Personen in 9 Räumen, Brandschutz mangelhaft, Feuerlöscher abgelaufen.
– Objekt [[A|Poststraße 19]]: ordnungsgemäß, 12 Personen.
– Mietabzug je Person lt. Lohnabrechnungen 260–310 EUR monatlich.

Weiteres Vorgehen: Anhörung des Vermieters (Az. [[AZ|63-WA-2025/0452]]), Information an den Zoll (FKS). Kontakt zu Herrn [[P|Wójcik]] nur über Frau [[P|Radu]] ([[E|radu@faire-mobilitaet.de]], [[T|0541 350 61 27]]).

[[P|Többen]]""", ["UNION"])

# 30 ----------------------------------------------------------------- birth registration, two mothers (SEXUAL_ORIENTATION)
add("outlook", "standesamt-geburt", f"""Von: [[P|Katharina Sievers-Nakamura]] <[[E|k.sievers-nakamura@posteo.de]]>
An: Standesamt <[[N|standesamt@lingen.de]]>
Betreff: Geburt unseres Sohnes am 30.10. – Eintragung beider Mütter?

Sehr geehrte Damen und Herren,

am 30.10.2025 ist im Bonifatius-Hospital unser Sohn [[P|Theo Sievers]] zur Welt gekommen. Die Klinik hat die Geburt bereits angezeigt. Meine Ehefrau [[P|Mareike Sievers]] und ich sind seit 2022 verheiratet; das Kind wurde durch eine Samenspende in einer Kinderwunschklinik gezeugt.

Nach Auskunft unserer Anwältin wird bisher nur die gebärende Mutter eingetragen, und ich müsste [[P|Theo]] als Stiefkind adoptieren. Stimmt das noch, oder gibt es inzwischen eine Neuregelung im Abstammungsrecht? Falls wir etwas unterschreiben müssen, kommen wir gern vorbei.

Zu den Personalien: [[P|Mareike Sievers]], geb. [[DOB|14.06.1990]]; [[P|Katharina Sievers-Nakamura]], geb. [[DOB|02.09.1987]]; wohnhaft [[A|Kaiserstraße 66]], [[A|49809 Lingen (Ems)]].

Mit freundlichen Grüßen
[[P|Katharina Sievers-Nakamura]]
[[T|0160 4471 2038]]""", ["SEXUAL_ORIENTATION"])

with open(OUT, "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(f"wrote {len(docs)} documents to {OUT}")
