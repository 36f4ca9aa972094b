#!/usr/bin/env python3
"""Batch 52: a held-out set in an invented Upper Bavarian Landratsamt (Landkreis Isarwinkel-Werdenfels,
Markt Garmisch-Loisach). Writes fresh52.jsonl next to this file. Texts carry inline marks [[CAT|text]] and
[[N|text]] (neutral); marks.build() turns them into UTF-16 offsets."""
import json
import os
import sys

sys.dont_write_bytecode = True
CORPUS = os.path.dirname(os.path.abspath(__file__))  # marks.py and identifiers.py sit beside this file
sys.path.insert(0, CORPUS)
from marks import build  # noqa: E402
from identifiers import Identifiers, mod97_iban, mod11_10_check, luhn_check, icao_check, digit_sum, group  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ids = Identifiers(5252)
rng = ids.rng


def spaced(iban):
    return group(iban, 4)


def nl_iban():
    # Dutch account numbers pass the "elfproef": sum(d_i * (10 - i)) % 11 == 0.
    while True:
        acct = ids.digits(10, first_nonzero=True)
        if sum(int(d) * (10 - i) for i, d in enumerate(acct)) % 11 == 0:
            return mod97_iban("NL", "ABNA" + acct)


IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(s):
    def val(c):
        return int(c) if c.isdigit() else ord(c) - 65
    return chr(65 + sum(IT_ODD[val(c)] if i % 2 == 0 else val(c) for i, c in enumerate(s)) % 26)


def it_iban(abi, cab):
    conto = "000" + ids.digits(9)
    body = abi + cab + conto
    return mod97_iban("IT", it_cin(body) + body)


def de_iban(blz):
    return mod97_iban("DE", blz + ids.digits(10))


def bav_tax_number():
    return f"117/{ids.digits(3)}/{ids.digits(5)}"  # Finanzamt Garmisch-Partenkirchen layout FFF/BBB/UUUUP


# ---- identifiers (generated once, in this order, from seed 5252) ----
LRA_IBAN = spaced(mod97_iban("DE", "70350000" + "0000004150"))  # the Landkreis' own account: neutral
MARKT_IBAN = spaced(mod97_iban("DE", "70350000" + "0000000117"))  # the Markt's own account: neutral
AT_IBAN_HUBER = spaced(mod97_iban("AT", "36260" + ids.digits(11)))
TNR_MARIC = bav_tax_number()
VAT_MARIC = ids.vat_id()
IT_IBAN_DOLOMITI = spaced(it_iban("08238", "58660"))
PASS_SRISUK = "AC" + ids.digits(7)
SSN_HODZIC = ids.social_security("270592", "H")
SSN_KOVACS = ids.social_security("090198", "K")
TID_KOVACS = ids.tax_id()
KV_ZAHLER = ids.health_insurance()
NL_IBAN_DEVRIES = spaced(nl_iban())
CC_DEVRIES = ids.credit_card("52", 16)
TID_NAGY = ids.tax_id()
SSN_NAGY = ids.social_security("210387", "N")
KV_NAGY = ids.health_insurance()
IBAN_NAGY = de_iban("70350000")
IDC_AYDIN = ids.id_card(check_digit=True)
TNR_AYDIN = bav_tax_number()
TID_AYDIN = ids.tax_id()
CC_PAPA = ids.credit_card("4", 16)
IBAN_PAPA = spaced(de_iban("50010517"))
IBAN_DAV = spaced(de_iban("70350000"))
IBAN_BEGOVIC = de_iban("70390000")
VAT_HOFER = ids.vat_id()
TNR_HOFER = bav_tax_number()
IDC_HOFER = ids.id_card()
IDC_WEISSENBACH = ids.id_card(check_digit=True)
IBAN_WEISSENBACH = spaced(de_iban("70351030"))

docs = []


def doc(channel, template, marked, flags=()):
    docs.append((channel, template, marked, list(flags)))


# F52-001 -- Zulassungsstelle: Anhörung vor Zwangsabmeldung
doc("word", "kfz_zwangsabmeldung", f"""Landratsamt Isarwinkel-Werdenfels · Zulassungsstelle · [[N|Olympiastraße 10]] · [[N|82467 Garmisch-Loisach]]

Herrn
[[P|Josef Hörmann-Zankl]]
[[A|Kramerweg 7a]]
[[A|82467 Garmisch-Loisach]]

Unser Zeichen: [[AZ|ZL-31/0412/2025]]
Ansprechpartnerin: [[P|Veronika Grasegger]]
Telefon: [[T|08821 751-317]]
E-Mail: [[N|zulassung@lra-iw.de]]
Datum: 14.10.2025

Anhörung vor Außerbetriebsetzung Ihres Fahrzeugs mit dem amtlichen Kennzeichen [[KFZ|GAP-JH 412]]

Sehr geehrter Herr [[P|Hörmann-Zankl]],

der Haftpflichtversicherer Ihres Fahrzeugs hat uns am 02.10.2025 nach § 25 Abs. 1 FZV angezeigt, dass für das oben genannte Fahrzeug seit dem 30.09.2025 kein Versicherungsschutz mehr besteht. Bitte legen Sie uns bis spätestens 28.10.2025 eine neue Versicherungsbestätigung (eVB-Nummer) vor oder lassen Sie das Fahrzeug außer Betrieb setzen.

Andernfalls sind wir verpflichtet, das Fahrzeug nach § 25 Abs. 4 FZV von Amts wegen außer Betrieb zu setzen und die Kennzeichenschilder entstempeln zu lassen. Hierfür entstehen Gebühren von voraussichtlich 45,60 EUR zuzüglich Auslagen für den Außendienst.

Sollten Sie das Fahrzeug inzwischen veräußert haben, teilen Sie uns bitte Namen und Anschrift des Erwerbers sowie das Verkaufsdatum mit. Sie erreichen uns Montag bis Freitag von 7:30 bis 12:00 Uhr, donnerstags zusätzlich von 14:00 bis 17:30 Uhr, auch über die Zentrale [[N|08821 751-0]].

Mit freundlichen Grüßen
Im Auftrag

[[P|Veronika Grasegger]]
Sachbearbeiterin Zulassungsstelle""")

# F52-002 -- Austrian moving from Reutte, wants to re-register her car
doc("outlook", "kfz_ummeldung_at", f"""Betreff: Ummeldung Auto aus Österreich - was brauch ich alles??

Servus,

ich bin mit 1. September von Reutte nach Garmisch-Loisach gezogen (neue Adresse: [[A|Partnachauenstraße 22]], [[N|2. Stock]], [[A|82467 Garmisch-Loisach]]) und möcht jetzt mein Auto ummelden. Ist ein VW Golf, bisher mit österreichischem Kennzeichen [[KFZ|RE 572 GK]], zugelassen noch auf meine alte Adresse [[A|Untermarkt 24]], [[A|6600 Reutte]].

Paar Fragen:
1) reicht der österreichische Zulassungsschein Teil I + II oder brauch ich ein Gutachten vom TÜV?
2) die Kfz-Steuer soll von meinem Konto abgebucht werden, das ist noch ein österreichisches: [[IBAN|{AT_IBAN_HUBER.replace(' ', '')}]] - sorry, hier nochmal lesbar: [[IBAN|{AT_IBAN_HUBER}]] (Raiffeisen Reutte). Geht das mit einem AT-Konto überhaupt?
3) Wunschkennzeichen [[KFZ|GAP-MH 1988]] wenn noch frei, sonst egal.

Meine Daten falls nötig: [[P|Magdalena Huber]], geb. [[DOB|03.06.1988]] in Innsbruck, österr. Staatsbürgerin.
Handy [[T|+43 664 381 2207]].

Danke & liebe Grüße aus dem Werdenfelser Land
[[P|Magda Huber]]""")

# F52-003 -- Waffenbehörde: Widerruf (HEALTH: alcohol dependency)
doc("word", "waffen_widerruf", f"""Landratsamt Isarwinkel-Werdenfels
Sachgebiet 32 – Öffentliche Sicherheit und Ordnung, Waffenrecht

Gegen Postzustellungsurkunde
Herrn
[[P|Florian Neuner]]
[[A|Am Gschwandtanger 3]]
[[A|82490 Farchant]]

Az.: [[AZ|32-1431.1/WBK-0877]]
Garmisch-Loisach, 21.11.2025

Widerruf Ihrer waffenrechtlichen Erlaubnisse

Sehr geehrter Herr [[P|Neuner]],

das Landratsamt Isarwinkel-Werdenfels erlässt folgenden

B e s c h e i d :

1. Die Ihnen erteilten Waffenbesitzkarten Nr. [[N|118/2009]] und Nr. [[N|042/2016]] werden widerrufen.
2. Sie haben die Erlaubnisurkunden sowie die in Nr. 1 eingetragenen vier Langwaffen binnen vier Wochen nach Zustellung dieses Bescheids einem Berechtigten zu überlassen oder unbrauchbar machen zu lassen und dies nachzuweisen.
3. Die sofortige Vollziehung der Nrn. 1 und 2 wird angeordnet.
4. Sie haben die Kosten des Verfahrens zu tragen. Die Gebühr wird auf 150,00 EUR festgesetzt.

G r ü n d e :

I.
Sie, geboren am [[DOB|17.02.1971]], sind seit 2009 Inhaber waffenrechtlicher Erlaubnisse. Am 06.09.2025 wurde die Polizeiinspektion Garmisch-Loisach wegen einer häuslichen Auseinandersetzung in Ihre Wohnung gerufen; ein Atemalkoholtest ergab 2,1 Promille. Auf unsere Anordnung vom 22.09.2025 legten Sie das fachärztliche Gutachten von [[P|Dr. med. Theresa Obermaier]], Fachärztin für Psychiatrie und Psychotherapie in Murnau, vom 04.11.2025 vor. Danach liegt bei Ihnen eine Alkoholabhängigkeit (ICD-10 F10.2) vor; eine stabile Abstinenz ist nicht belegt.

II.
Nach § 45 Abs. 2 Satz 1 WaffG ist eine Erlaubnis zu widerrufen, wenn nachträglich Tatsachen eintreten, die zur Versagung hätten führen müssen. Die erforderliche persönliche Eignung besitzt nach § 6 Abs. 1 Satz 1 Nr. 2 WaffG nicht, wer abhängig von Alkohol ist. Die Anordnung der sofortigen Vollziehung liegt im öffentlichen Interesse, da von alkoholabhängigen Waffenbesitzern eine erhebliche Gefahr ausgeht.

Ihre Ehefrau, Frau [[P|Christine Neuner]], besitzt keine waffenrechtliche Erlaubnis; eine Überlassung der Waffen an sie ist daher nicht zulässig.

Rechtsbehelfsbelehrung:
Gegen diesen Bescheid kann innerhalb eines Monats nach seiner Bekanntgabe Klage erhoben werden bei dem Bayerischen Verwaltungsgericht München, [[N|Bayerstraße 30]], [[N|80335 München]].

Im Auftrag

[[P|Korbinian Wackerle]]
Regierungsrat""", ["HEALTH"])

# F52-004 -- Jagdschein, dialect mail
doc("outlook", "jagdschein_dialekt", f"""Betreff: jagdschein verlängern

griaß eahna,

mei jagdschein lauft ende märz aus (3-jahres-schein, nr. steht drauf [[N|2023/117]]) und i dad den gern wieder verlängern. brauchts ihr do nomoi a bild oder reicht des oide? jagdhaftpflicht is bei da versicherungskammer, bestätigung hängt o.

meine daten: [[P|Sebastian Grasegger]], geb. [[DOB|11.8.1969]], [[A|Hinterm Bichl 7]], [[A|82481 Mittenwald]]

wenns no wos brauchts, i bin unter [[T|0171 8834290]] erreichbar, am bestn auf'n abend. mei frau [[P|Vroni]] geht a ans telefon.

pfiad eahna
[[P|Wastl Grasegger]]""")

# F52-005 -- Gaststättenerlaubnis, Croatian landlady
doc("word", "gaststaettenerlaubnis", f"""Landratsamt Isarwinkel-Werdenfels – Sachgebiet 31, Gewerbe und Gaststätten
[[N|Olympiastraße 10]], [[N|82467 Garmisch-Loisach]] · Telefon [[N|08821 751-0]] · [[N|gewerbe@lra-iw.de]]

Frau
[[P|Ivana Marić]]
[[A|Loisachstraße 41]]
[[A|82467 Garmisch-Loisach]]

Aktenzeichen: [[AZ|31-GA-2025/0193]]
Datum: 08.05.2025

Erlaubnis nach § 2 Gaststättengesetz für die Schank- und Speisewirtschaft „Konoba Dalmacija“

Sehr geehrte Frau [[P|Marić]],

auf Ihren Antrag vom 27.03.2025 ergeht folgender Bescheid:

Erlaubnisinhaberin: [[P|Ivana Marić]], geb. [[P|Bilić]], geboren am [[DOB|19.04.1983]] in Split (Kroatien)
Betriebsart: Schank- und Speisewirtschaft mit Außenbewirtschaftung (48 Plätze innen, 32 Plätze Terrasse)
Betriebsräume: Erdgeschoss des Anwesens [[A|Bahnhofstraße 63]], [[A|82467 Garmisch-Loisach]], gemäß Grundrissplan vom 20.03.2025
Steuernummer: [[TNR|{TNR_MARIC}]]
USt-IdNr.: [[VAT|{VAT_MARIC}]]

Die Erlaubnis wird mit folgenden Auflagen verbunden:
1. Die Außenbewirtschaftung ist um 22:00 Uhr zu beenden (Bebauungsplan Nr. 47 „Bahnhofsviertel“, Mischgebiet).
2. Musikdarbietungen im Freien sind nicht zulässig.
3. Der Koch sowie alle mit Lebensmitteln befassten Beschäftigten müssen vor Aufnahme der Tätigkeit nach § 43 IfSG belehrt sein.

Als Stellvertreterin nach § 9 GastG wird Frau [[P|Mirela Kovačević]] zugelassen.

Das Führungszeugnis, die Auskunft aus dem Gewerbezentralregister, die Unbedenklichkeitsbescheinigung des Finanzamts und der Unterrichtungsnachweis der IHK München und Oberbayern liegen vor.

Für diesen Bescheid wird eine Gebühr von 480,00 EUR erhoben. Bitte überweisen Sie den Betrag bis 08.06.2025 unter Angabe des Kassenzeichens [[AZ|5.0210.884173]] auf das Konto des Landkreises, IBAN [[N|{LRA_IBAN}]].

Mit freundlichen Grüßen
Im Auftrag

[[P|Andreas Zwerger]]""")

# F52-006 -- Trachtenverein: Vorstandswechsel, forwarded
doc("outlook", "verein_vorstand", f"""Betreff: WG: Neuwahl Vorstandschaft Trachtenverein D'Loisachtaler e.V.

Hallo,

kannst du das bitte für die Vereinsförderung im Vereinsverzeichnis aktualisieren? Die Eintragung ins Vereinsregister läuft über den Notar.

Gruß
[[P|Michl]]

-----Ursprüngliche Nachricht-----
Von: [[P|Kathi Reindl]] <[[E|kathi.reindl@t-online.de]]>
Gesendet: Montag, 3. März 2025 21:14
An: [[N|vereine@garmisch-loisach.de]]
Betreff: Neuwahl Vorstandschaft Trachtenverein D'Loisachtaler e.V.

Grüß Gott,

bei der Jahreshauptversammlung am 28.02.2025 im Gasthof Zur Post wurde die Vorstandschaft neu gewählt (VR 20347, Amtsgericht München):

1. Vorstand: [[P|Johann „Hansi“ Kirchmair]], [[A|Burgrain 12]], [[A|82467 Garmisch-Loisach]], Tel. [[T|08821 4 37 19]]
2. Vorstand: unverändert
Kassiererin: [[P|Katharina Reindl]] (bisher Schriftführerin)
Schriftführerin: [[P|Lena Zahler-Mayr]], [[E|lena.zm@gmx.de]]
Vorplattler: [[P|Quirin Winter]]

Kassenprüfer bleibt [[P|Benedikt Vogel]]. Der Jahresbeitrag bleibt bei 24 EUR, im Winter proben wir wie gewohnt im Pfarrheim.

Mit trachtlerischem Gruß
[[P|Kathi Reindl]]""")

# F52-007 -- Feuerwehr: Atemschutz-Tauglichkeit (HEALTH)
doc("word", "feuerwehr_atemschutz", f"""Freiwillige Feuerwehr Garmisch-Loisach – Atemschutz
Übersicht arbeitsmedizinische Vorsorge G 26.3, Stand 15.01.2025
– nur für den Dienstgebrauch, nicht am Schwarzen Brett aushängen –

Nr. | Name, Vorname | geb. | Mobil | Untersuchung | Ergebnis
1 | [[P|Demir, Serkan]] | [[DOB|23.01.1994]] | – | 12.11.2024 | keine Bedenken, nächste 11/2027
2 | [[P|Kopp, Thomas]] | [[DOB|08.03.1979]] | [[T|0160 5521907]] | 19.11.2024 | Bedenken – Asthma bronchiale, erneute Vorstellung nach Therapie
3 | [[P|Bäcker, Lukas]] | [[DOB|17.10.2001]] | – | 26.11.2024 | keine Bedenken
4 | [[P|Wojciechowski, Paweł]] | [[DOB|02.06.1990]] | – | 26.11.2024 | befristete Bedenken – Z. n. Bandscheibenvorfall L4/L5, bis 05/2025

Hinweise:
– Kamerad [[P|Kopp]] wird bis auf Weiteres nicht unter Atemschutz eingesetzt, sondern als Maschinist eingeteilt.
– Die Untersuchungen 2025 übernimmt wieder der betriebsärztliche Dienst am Klinikum, Termine über die Gerätewartung.
– Zur Belastungsübung am 08.02.2025 in der Atemschutzstrecke Murnau bringt der Bäcker vom Obermarkt wieder Brezen mit (Abrechnung über die Kameradschaftskasse, Beleg 2025-014).

Kommandant: [[P|Georg Ostler]]""", ["HEALTH"])

# F52-008 -- South Tyrolean mountain school opens a branch
doc("outlook", "gewerbe_suedtirol", f"""Betreff: Gewerbeanmeldung Zweigniederlassung - Bergschule Dolomiti Alpin OHG

Sehr geehrte Damen und Herren,

die Bergschule Dolomiti Alpin OHG mit Sitz in [[A|Via Rezia 38]], [[A|39046 St. Ulrich in Gröden]] (BZ) möchte ab 1. Dezember in Garmisch-Loisach eine Zweigniederlassung für Skitouren- und Hochtourenführungen betreiben. Gesellschafter sind:

- [[P|Matthias Demetz]], geb. [[DOB|22.07.1979]] in Bozen, wohnhaft am Sitz der Gesellschaft
- [[P|Giulia Dalla Torre]], geb. [[DOB|14.03.1985]] in Trient

Die Zweigstelle wird in angemieteten Räumen am [[A|Kurpark 5]], [[A|82467 Garmisch-Loisach]] eingerichtet; Leiter vor Ort ist der staatlich geprüfte Berg- und Skiführer [[P|Lorenz Schöttl]].

Gewerbesteuer und Gebühren bitte per Lastschrift von unserem Geschäftskonto bei der Raiffeisenkasse Gröden, IBAN [[IBAN|{IT_IBAN_DOLOMITI}]].

Für Rückfragen erreichen Sie mich unter [[T|+39 348 512 7764]] oder [[E|giulia.dallatorre@dolomiti-alpin.it]].

Distinti saluti / Mit freundlichen Grüßen
[[P|Giulia Dalla Torre]]
Bergschule Dolomiti Alpin OHG""")

# F52-009 -- Ausländerbehörde: Vermerk, fingerprints for eAT (BIOMETRIC)
doc("word", "auslaender_vermerk_eat", f"""Landratsamt Isarwinkel-Werdenfels – Ausländerbehörde
Vermerk

Az.: [[AZ|AB-41.2-2025-3381]]
Betreff: Antrag auf Aufenthaltserlaubnis zur Beschäftigung (§ 18a AufenthG) – Fachkraft Gastronomie

Vorsprache am 16.07.2025, 9:40 Uhr

Es sprach vor: Frau [[P|Nattaya Srisuk]], thailändische Staatsangehörige, geb. [[DOB|08.11.1996]] in Chiang Mai, Reisepass Nr. [[PASS|{PASS_SRISUK}]], gültig bis 2031. Wohnhaft in der Personalunterkunft des Hotels Alpenhof Werdenfels, [[A|Zugspitzstraße 112]], [[A|82467 Garmisch-Loisach]].

Begleitet wurde sie vom Personalleiter des Hotels, Herrn [[P|Dominik Rauch]] (Tel. [[T|08821 938-214]]).

1. Für den elektronischen Aufenthaltstitel wurden die Fingerabdrücke beider Zeigefinger sowie das Lichtbild über das Live-Enrolment-Terminal erfasst; Qualitätsprüfung der Fingerabdruckdaten bestanden, Unterschrift digital abgenommen.
2. Arbeitsvertrag als Köchin (Thai-Küche) und Zustimmung der Bundesagentur für Arbeit liegen vor.
3. Krankenversicherung: AOK Bayern, Mitgliedsbescheinigung liegt vor.
4. Frau [[P|Srisuk]] spricht Englisch und wenig Deutsch; das Gespräch wurde auf Englisch geführt.

Gebühr 100,00 EUR bar bezahlt (Quittung Nr. 2025/07/118). Kartenbestellung an die Bundesdruckerei am 16.07.2025.

WV: 20.08.2025 (Aushändigung eAT)

[[P|Hülya Arslan]], Sachbearbeiterin, Tel. [[T|08821 751-412]]""", ["BIOMETRIC"])

# F52-010 -- Hotel HR, English-German, seasonal staff (UNION)
doc("outlook", "hotel_saisonkraefte", f"""Betreff: AW: Beschäftigungserlaubnis Saisonkräfte Wintersaison

Hi,

thanks for your quick reply! Anbei wie besprochen die Daten unserer neuen Mitarbeiter für die Wintersaison (start 01.12.):

• [[P|Emir Hodžić]], born [[DOB|27.05.1992]] in Tuzla (BiH), passport no. [[PASS|B7310482]], SV-Nr. [[SSN|{SSN_HODZIC}]] – Housekeeping
• [[P|Amra Hodžić]] ([[P|Emir]]s sister), born [[DOB|14.10.1995]], passport follows – Küche
• [[P|Zsófia Kovács]], Ungarin (EU, only for your info), Steuer-ID [[TID|{TID_KOVACS}]] – Service

[[P|Emir]] and [[P|Amra]] will live in our staff house [[A|Partnachstraße 9]], [[N|apartment 3]], [[A|82467 Garmisch-Loisach]].

One more thing: Frau [[P|Kovács]] is a member of NGG and was elected to our Betriebsrat last week – she asks whether she has to notify you about that. I guess not?

Best regards / Viele Grüße
[[P|Dominik Rauch]]
Personalleitung | Hotel Alpenhof Werdenfels
[[N|Zugspitzstraße 112]] | [[N|82467 Garmisch-Loisach]]
T [[T|+49 8821 938-214]]

-----Original Message-----
From: [[P|Arslan, Hülya]] <[[E|huelya.arslan@lra-iw.de]]>
Sent: Dienstag, 4. November 2025 11:02
To: [[N|personal@alpenhof-werdenfels.de]]
Subject: Beschäftigungserlaubnis Saisonkräfte Wintersaison

Sehr geehrter Herr [[P|Rauch]],

für die Vorabzustimmung benötigen wir Name, Geburtsdatum und Passnummer der Drittstaatsangehörigen sowie die Unterkunftsadresse. Ungarische Staatsangehörige benötigen keinen Aufenthaltstitel.

Mit freundlichen Grüßen
Ihre Ausländerbehörde
Landratsamt Isarwinkel-Werdenfels""", ["UNION"])

# F52-011 -- Bergwacht Einsatzprotokoll (HEALTH)
doc("word", "bergwacht_einsatz", f"""Bergwacht Bayern – Bereitschaft Garmisch-Loisach
Einsatzprotokoll 2025-0712 (Durchschrift für das Landratsamt, Sachgebiet Sicherheit / Kostenersatz)

Alarm: 19.08.2025, 14:22 Uhr, über ILS Oberland
Einsatzort: Steig zur Kreuzalm, ca. 1.450 m, unterhalb Wegweiser „Hupfleitenjoch“
Einsatzleiter: [[P|Andreas „Andi“ Brandner]]
Einsatzkräfte: [[P|Stefanie Kluibenschädl]], [[P|Korbinian Zahler]]

Patientin
Name: [[P|Sanne de Vries-Bakker]]
geb.: [[DOB|02.02.1961]]
Wohnanschrift: [[A|Prinsengracht 411]], [[A|1016 HK Amsterdam]] (NL)
Urlaubsanschrift: Ferienwohnung Haus Alpenrose, Alpspitzstraße
Telefon: [[T|+31 6 41278830]]
Kostenträger: EHIC, Zilveren Kruis

Befund: Sturz auf Geröll, V. a. distale Radiusfraktur links, Schürfwunden an beiden Knien. Bekanntes Vorhofflimmern, Einnahme von Marcumar – erhöhte Blutungsneigung. Patientin wach, orientiert, Schmerz NRS 7.
Maßnahmen: Schienung, Analgesie durch Notarzt nach Übergabe, Vakuummatratze, Abtransport mit Gebirgstrage zur Forststraße, Übergabe an RTW 15:48 Uhr, Klinikum Garmisch-Loisach.

Begleitperson: Ehemann [[P|Pieter de Vries]], erreichbar wie oben. Pkw der Familie am Parkplatz Kreuzeckbahn: [[KFZ|94-TNX-6]] (NL).

Eigenunfall: Einsatzkraft [[P|Zahler]] zog sich beim Abtransport eine Sprunggelenksdistorsion rechts zu. Unfallmeldung an die KUVB, Krankenversichertennummer [[KV|{KV_ZAHLER}]].

Einsatzdauer: 3,5 Std., 3 Einsatzkräfte. Kostenersatz nach Art. 19 BayRDG, Rechnung folgt.

Protokoll: Einsatzleiter""", ["HEALTH"])

# F52-012 -- Dutch tourist: double charge, forwarded
doc("outlook", "bergwacht_rechnung_nl", f"""Betreff: WG: Invoice mountain rescue - Rechnung Nr. BW-R-2025-3317

Servus [[P|Steffi]],

die Dame hat sich an uns gewandt, betrifft aber eure Rechnung. Kannst du dich bitte direkt bei ihr melden? Wir sind für die Abrechnung nicht zuständig.

Danke und Gruß
[[P|Lukas Pfeffer]]
Landratsamt Isarwinkel-Werdenfels, Sachgebiet 32

________________________________
Von: [[P|Sanne de Vries]] <[[E|sanne.devries61@ziggo.nl]]>
Gesendet: Dienstag, 30. September 2025 08:51
An: [[N|poststelle@lra-iw.de]]
Betreff: Invoice mountain rescue - Rechnung Nr. BW-R-2025-3317

Dear Sir or Madam, sehr geehrte Damen und Herren,

sorry, my German is not good enough, so I write in English. I received your invoice of 1.284,00 EUR for the rescue on 19 August (Rechnung Nr. BW-R-2025-3317, Kundennummer [[AZ|K-208817]]). The amount was charged twice to my Mastercard [[CC|{group(CC_DEVRIES, 4)}]] on 22 and 23 September.

Could you please refund the double payment to our bank account [[IBAN|{NL_IBAN_DEVRIES}]] (ABN AMRO, account holder [[P|P. de Vries]])?

Met vriendelijke groet / kind regards
[[P|Sanne de Vries]]""")

# F52-013 -- Niederschrift Bauausschuss
doc("word", "niederschrift_bauausschuss", f"""Markt Garmisch-Loisach
Niederschrift über die öffentliche Sitzung des Bau- und Umweltausschusses am 09.10.2025

Vorsitz: Erster Bürgermeister [[P|Thomas Schwarzenbach]]
Anwesend: [[P|Dr. Maximilian von Hohenegg]], [[P|Sinan Öztürk]], [[P|Ursula Koch]]
Schriftführung: Bauverwaltung

TOP 1 – Bauantrag: Neubau eines Einfamilienhauses mit Doppelgarage, Fl.-Nr. 1187/3, Gemarkung Loisach, [[A|Am Riesserkopf 6]] (Drucksache 2025/214)
Bauwerber: [[P|Lukas]] und [[P|Sabrina Heinzeller]]
Das Vorhaben liegt im Geltungsbereich des Bebauungsplans Nr. 62 „Riesserkopf-Süd“. Beantragt wird eine Befreiung nach § 31 Abs. 2 BauGB von der festgesetzten Dachneigung (28° statt 22–25°). Ausschussmitglied [[P|Koch]] weist darauf hin, dass in der Nachbarschaft bereits zwei vergleichbare Befreiungen erteilt wurden.
Beschluss: Das gemeindliche Einvernehmen wird erteilt. Abstimmung: 5:0

TOP 2 – Isolierte Befreiung: Gartenhaus, [[A|Mittenwalder Straße 88]] (Drucksache 2025/219)
Antragstellerin: [[P|Olena Kovalenko]]. Der Nachbar, Herr [[P|Fritz Winter]] ([[A|Mittenwalder Straße 90]]), hat Einwendungen wegen des Grenzabstands erhoben.
Beschluss: Zurückgestellt; Ortstermin am 23.10.2025.

TOP 3 – Nutzungsänderung eines Ladengeschäfts in ein Café am Marienplatz (Bäckerei [[P|Schretter]], Drucksache 2025/221)
Beschluss: Einvernehmen erteilt, Stellplatznachweis über Ablöse (3 Stellplätze à 9.500 EUR).

TOP 4 – Bekanntgaben: Die Sanierung der Partnachauenstraße beginnt im April 2026; während des Winters ruhen die Arbeiten.

gez. [[P|Thomas Schwarzenbach]]            gez. [[P|Claudia Lindner]]
Erster Bürgermeister                     Schriftführerin""")

# F52-014 -- farmer, dialect, wrong parkers
doc("outlook", "falschparker_dialekt", f"""Betreff: Falschparker bei uns am Hof - scho wieda!!!

Servus mitanand,

i hob eich des scho im Juli gschriebn: jeds Wochenend parkn de Tagesausflügler bei uns in da Hofeinfahrt ([[A|Kreuzeckweg 14]]) und mia kemma mim Bulldog ned naus. Heid in da Friah wieda zwoa: a schwarzer Audi [[KFZ|M-KL 7720]] und a weißer Bus aus Österreich [[KFZ|KU-481 BF]] (Kufstein glaub i). Fotos hob i gmacht.

Da Nachbar, da [[P|Schorsch]] ([[P|Georg Fischer]] vom Lahnhof), hod des gleiche Gfrett. Kennts ihr ned endlich a Schuid aufstelln oder an Abschleppdienst schicka?

Mia san erreichbar unter [[T|08821 / 5 74 12]] oda aufm Handy vo mein Buam [[T|0157 33901746]].

Griaß eich
[[P|Rosi Zankl]]""")

# F52-015 -- Jagdschein Versagung, Reichsbürger (POLITICS)
doc("word", "jagdschein_versagung", f"""Landratsamt Isarwinkel-Werdenfels
Sachgebiet 32 – Untere Jagdbehörde und Waffenrecht

Herrn
[[P|Reinhard Kössler]]
[[A|Almweg 2]]
[[A|82441 Ohlstadt]]

Az.: [[AZ|32-1443/JS-2025-051]]
Garmisch-Loisach, 14.07.2025

Antrag auf Erteilung eines Jagdscheins; Anhörung nach Art. 28 BayVwVfG

Sehr geehrter Herr [[P|Kössler]],

Sie, geboren am [[DOB|09.12.1958]], haben am 02.06.2025 die Erteilung eines Dreijahresjagdscheins beantragt (Antragsnummer 2025-JS-0311). Wir beabsichtigen, den Antrag abzulehnen.

Nach Mitteilung des Bayerischen Landesamts für Verfassungsschutz vom 30.06.2025 sind Sie seit 2019 als Anhänger der sogenannten „Reichsbürger“-Bewegung bekannt. Mit Schreiben vom 11.03.2024 haben Sie gegenüber dem Landratsamt erklärt, die Bundesrepublik Deutschland sei „kein Staat“, und einen selbst gefertigten „Staatsangehörigkeitsausweis Königreich Bayern“ vorgelegt. Zudem sind Sie Mitglied der Partei „Die Heimat“ (vormals NPD), Kreisverband Oberland.

Nach § 17 Abs. 1 Satz 2 BJagdG i. V. m. § 5 Abs. 2 Nr. 3 WaffG besitzen Personen, die Bestrebungen gegen die verfassungsmäßige Ordnung verfolgen oder unterstützen, in der Regel nicht die erforderliche Zuverlässigkeit.

Sie erhalten Gelegenheit, sich bis zum 04.08.2025 schriftlich zu äußern. Ihr Bevollmächtigter, Rechtsanwalt [[P|Dr. Hartmut Leinweber]] aus Murnau erhält eine Abschrift dieses Schreibens.

Mit freundlichen Grüßen

[[P|Korbinian Wackerle]]
Regierungsrat
Tel. [[T|08821 751-322]]""", ["POLITICS"])

# F52-016 -- Hungarian cook: registered religion wrong (RELIGION)
doc("outlook", "melde_religion_hu", f"""Betreff: anmeldung wohnung + frage kirche

Guten tag,

ich bin [[P|Nagy László]] (in deutschland: [[P|László Nagy]]), koch in hotel Zugspitzblick seit april. Bei anmeldung im mai die frau hat geschrieben religion "rk" aber ich bin reformiert (kalvinist), nicht katolisch. Jetzt auf meine lohnabrechnung steht kirchensteuer rk. Können Sie bitte ändern?

Meine daten:
geboren [[DOB|1987.03.21]] ([[DOB|21. märz 1987]]) in Debrecen
Adresse: [[A|Bahnhofstr. 34]], bei familie [[P|Gruber]], [[A|82467 Garmisch-Loisach]]
Steuer-ID: [[TID|{TID_NAGY}]]
Sozialversicherung: [[SSN|{SSN_NAGY}]]
Krankenkasse AOK, nummer [[KV|{KV_NAGY}]]
Telefon [[T|0152 28746610]]

Konto für rückerstattung: [[IBAN|{IBAN_NAGY}]] (Sparkasse)

Köszönöm, vielen dank!
[[P|László]]""", ["RELIGION"])

# F52-017 -- Kommunale Verkehrsüberwachung: Austrian driver
doc("word", "verwarnung_at", f"""Markt Garmisch-Loisach · Kommunale Verkehrsüberwachung · [[N|Rathausplatz 1]] · [[N|82467 Garmisch-Loisach]]

Herrn Mag.
[[P|Stefan Pöll]]
[[A|Anichstraße 17]]/[[N|Top 4]]
[[A|A-6020 Innsbruck]]
ÖSTERREICH

Aktenzeichen: [[AZ|VÜ-2025-118734]]
Datum: 11.08.2025

Verwarnung mit Verwarnungsgeld / Anhörung

Tatzeit: 02.08.2025, 10:47 Uhr
Tatort: Garmisch-Loisach, Kurparkstraße, Höhe Parkplatz P3
Kennzeichen: [[KFZ|I-718 KS]] (A), BMW, grau

Sehr geehrter Herr [[P|Pöll]],

Ihnen wird vorgeworfen, im Bereich eines Zonenhalteverbots ohne Parkschein länger als 3 Stunden geparkt zu haben (§ 49 StVO, § 24 StVG, Nr. 63.4 BKat). Hierfür wird ein Verwarnungsgeld von 30,00 EUR erhoben.

Bitte zahlen Sie innerhalb einer Woche auf das Konto des Marktes Garmisch-Loisach, IBAN [[N|{MARKT_IBAN}]], BIC BYLADEM1GAP, Verwendungszweck [[AZ|VÜ-2025-118734]].

Sollten Sie das Fahrzeug nicht selbst geführt haben, bitten wir um Angabe der Person, der Sie es überlassen haben.

Mit freundlichen Grüßen
i. A. [[P|Manuela Kerschbaum]]""")

# F52-018 -- three-line call-back request
doc("outlook", "rueckruf_kurz", f"""Betreff: Rückruf

bitte um rückruf wegen termin unterrichtung gaststätte, bin heut bis 18 uhr unter [[T|0176 2284 9051]] erreichbar.
danke, [[P|Ana Perić]] (konoba dalmacija)""")

# F52-019 -- form: vorübergehende Gestattung § 12 GastG
doc("word", "formular_gestattung", f"""Markt Garmisch-Loisach – Ordnungsamt
Antrag auf Gestattung eines vorübergehenden Gaststättenbetriebs (§ 12 GastG)

1. Antragsteller/in
Familienname: [[P|Aydın]]
Vorname(n): [[P|Yusuf Kemal]]
Geburtsdatum: [[DOB|16.06.1977]]      Geburtsort: Kayseri
Staatsangehörigkeit: deutsch
Anschrift: [[A|Hauptstraße 57]], [[A|82431 Kochel a. See]]
Mobil: [[T|0172 8801437]]
E-Mail: [[E|aydin.grill@web.de]]
Personalausweis-Nr.: [[IDC|{IDC_AYDIN}]]
Steuernummer: [[TNR|{TNR_AYDIN}]]      Steuer-ID: [[TID|{TID_AYDIN}]]

2. Veranstaltung
Anlass: Sommerfest der Freiwilligen Feuerwehr Garmisch-Loisach
Ort: Festplatz an der Loisachstraße (Fl.-Nr. 412/7)
Zeitraum: 25.07.2025 bis 27.07.2025, jeweils 11:00 bis 01:00 Uhr
Angebot: Döner, Grillhendl, alkoholfreie Getränke, Bier vom Fass

3. Veranstalter / verantwortlich vor Ort
[[P|Georg Ostler]], Kommandant
Vertretung am Stand: Sohn des Antragstellers

Gebühr: 75,00 EUR      Kassenzeichen (vom Amt auszufüllen): [[AZ|3.1207.550312]]

Kochel a. See, 30.06.2025      gez. [[P|Y. K. Aydın]]""")

# F52-020 -- Greek family, Kurbeitrag charged twice
doc("outlook", "kurbeitrag_erstattung", f"""Betreff: Kurbeitrag doppelt bezahlt - Buchung 88214-GLA

Sehr geehrte Damen und Herren der Tourist-Information,

wir (Familie [[P|Papadopoulos]]) waren vom 12. bis 19.07.2025 in der Pension Edelweiß in Garmisch-Loisach. Der Kurbeitrag (4 Personen x 7 Nächte x 2,80 EUR = 78,40 EUR) wurde uns vom Vermieter bar abkassiert und zusätzlich über das Buchungsportal von meiner Kreditkarte abgebucht (VISA [[CC|{group(CC_PAPA, 4)}]], Karteninhaber [[P|Nikolaos Papadopoulos]]).

Gästekarten-Nr. 2025-077413 bis 2025-077416, Quittung der Pension hängt an.
Mitgereist sind meine Frau [[P|Eleni Papadopoulou]] und unsere Kinder [[P|Giorgos]] und [[P|Sofia]].

Bitte erstatten Sie die 78,40 EUR auf mein Konto [[IBAN|{IBAN_PAPA}]].

Mit freundlichen Grüßen
[[P|Nikos Papadopoulos]]
[[A|Wilhelm-Leuschner-Straße 82]]
[[A|60329 Frankfurt am Main]]
[[T|069 24738810]]""")

# F52-021 -- Zuschussbescheid Alpenverein
doc("word", "zuschuss_verein", f"""Landratsamt Isarwinkel-Werdenfels – Sachgebiet 13, Kultur, Sport und Ehrenamt

Deutscher Alpenverein
Sektion Loisachtal e. V.
z. H. Herrn [[P|Dr. Wolfgang Lindemann-Riehl]]
[[A|Am Hausberg 11]]
[[A|82467 Garmisch-Loisach]]

Kassenzeichen: [[AZ|8.1300.204519]]
Datum: 17.04.2025

Zuschuss des Landkreises zur Sanierung der Kreuzalm-Hütte

Sehr geehrter Herr Dr. [[P|Lindemann-Riehl]],

der Kreisausschuss hat in seiner Sitzung vom 03.04.2025 (Vorlage KA 2025/041) beschlossen, der Sektion für die Erneuerung der Abwasseranlage der Kreuzalm-Hütte einen Zuschuss in Höhe von 12.500,00 EUR zu gewähren. Der Betrag wird nach Vorlage der Schlussrechnung auf das Vereinskonto [[IBAN|{IBAN_DAV}]] überwiesen.

Der Verwendungsnachweis ist bis 31.12.2026 vorzulegen. Ansprechpartnerin für den Sachbericht ist nach Ihrer Mitteilung die Schatzmeisterin Frau [[P|Aylin Şahin]].

Mit freundlichen Grüßen
Im Auftrag

[[P|Regina Hundhammer]]
Tel. [[T|08821 751-133]]""")

# F52-022 -- same-sex spouse reunification (SEXUAL_ORIENTATION)
doc("outlook", "familiennachzug_th", f"""Betreff: Familiennachzug Ehemann / family reunification

Dear Ms [[P|Arslan]],

my name is [[P|Somchai Wongsakul]], I work as sous chef at Hotel Alpenhof Werdenfels since March (your file number [[AZ|AB-41.2-2024-2716]]). I would like to bring my husband, [[P|Anan Charoenrat]], to Germany. We married in Bangkok in January 2025 – same-sex marriage is legal in Thailand since then, and I read that Germany recognises it as Ehe.

[[P|Anan]]'s data: born [[DOB|30.04.1990]] in Khon Kaen, passport [[PASS|AB1903382]].

Is this possible, and which documents do we need (apostille, translation)? My residence: [[A|Zugspitzstraße 112]], [[N|room 214]], [[A|82467 Garmisch-Loisach]] (staff house).

Kind regards
[[P|Somchai]]
[[T|+49 1520 7743108]]""", ["SEXUAL_ORIENTATION"])

# F52-023 -- Kreisjugendamt: Beistandschaft, DNA paternity test (GENETIC)
doc("word", "beistandschaft_vaterschaft", f"""Landratsamt Isarwinkel-Werdenfels – Kreisjugendamt, Beistandschaften
Vermerk zur Beistandschaft für [[P|Lejla]] (geb. [[DOB|03.03.2024]])

Az.: [[AZ|51.3-BS-0457/24]]

Mutter: [[P|Selma Begović]], [[A|Partnachauenstraße 7]], [[A|82467 Garmisch-Loisach]]
Vater: [[P|Christoph Rainer]], [[A|Obermarkt 3]], [[A|6632 Ehrwald]] (Tirol)

Sachstand 12.09.2025:
Herr [[P|Rainer]] hatte die Vaterschaft zunächst bestritten. Das vom Amtsgericht Garmisch-Loisach im Verfahren [[AZ|2 F 318/25]] eingeholte Abstammungsgutachten des Instituts für Rechtsmedizin München vom 28.08.2025 (DNA-Analyse von 16 STR-Systemen) ergab eine Vaterschaftswahrscheinlichkeit von 99,999 %. Er hat daraufhin die Vaterschaft am 10.09.2025 beim Jugendamt anerkannt (UR-Nr. 311/2025).

Unterhalt: Herr [[P|Rainer]] ist bei einem Liftbetreiber in Lermoos beschäftigt; Einkommensnachweise sind angefordert. Der Unterhalt soll auf das Konto der Mutter gezahlt werden. [[P|Lejla]] lebt bei der Mutter.

[[P|Theresa Bichler]], Beiständin""", ["GENETIC"])

# F52-024 -- Ausnahmegenehmigung Schächten (RELIGION)
doc("outlook", "schaechten_antrag", f"""Betreff: Ausnahmegenehmigung Schächten zum Opferfest 2026

Sehr geehrte Frau Dr. [[P|Bichlmair]],

wie im letzten Jahr möchte ich für unsere Gemeinde (Islamischer Kulturverein Garmisch-Loisach e. V.) eine Ausnahmegenehmigung nach § 4a Abs. 2 Nr. 2 TierSchG beantragen. Als gläubige Muslime ist uns nach unserer Glaubensüberzeugung vorgeschrieben, die Opfertiere zum Kurban Bayramı ohne vorherige Betäubung zu schlachten.

Schlachtung durch: mich selbst ([[P|Mahmoud Al-Khatib]], Sachkundenachweis liegt Ihnen vor) und ein weiteres sachkundiges Gemeindemitglied
Ort: Schlachtraum der Metzgerei [[P|Ostermaier]], [[A|Gewerbepark 8]], [[A|82490 Farchant]]
Anzahl: 12 Schafe, Termin voraussichtlich 27.05.2026

Für Rückfragen: [[T|0163 5529018]] oder [[E|m.alkhatib@gmx.net]]

Mit freundlichen Grüßen
[[P|Mahmoud Al-Khatib]]
[[A|Ludwigstraße 71]], [[A|82467 Garmisch-Loisach]]""", ["RELIGION"])

# F52-025 -- Ausländerbehörde: Roma family from Bosnia (ETHNICITY)
doc("word", "auslaender_vermerk_roma", f"""Landratsamt Isarwinkel-Werdenfels – Ausländerbehörde
Aktenvermerk – Vorsprache Familie [[P|Mujić]]

Az.: [[AZ|AB-42.1-2023-0918]]
Datum: 24.06.2025

Anwesend: Herr [[P|Senad Mujić]] (geb. [[DOB|01.01.1984]]), Frau [[P|Dženana Mujić]], geb. [[P|Osmanović]] (geb. [[DOB|17.08.1987]]), Dolmetscher für Bosnisch (Landgericht München II)
Kinder: [[P|Almir]] (13 Jahre) und [[P|Ajla]] (9 Jahre)
Anschrift: Gemeinschaftsunterkunft [[A|Am Bahnhof 4]], [[A|82481 Mittenwald]]

Herr [[P|Mujić]] legte die bosnisch-herzegowinischen Reisepässe der Eheleute vor ([[PASS|A4471039]], [[PASS|A4471040]]). Die Familie gehört nach eigenen Angaben der Volksgruppe der Roma an; der Ehemann schildert Ausgrenzung bei der Arbeitssuche und bei der Einschulung der Kinder in Bosnien.

Ein schriftliches Arbeitsplatzangebot der Hotel Karwendelblick GmbH als Hausmeister liegt vor. Prüfung einer Beschäftigungsduldung nach § 60d AufenthG; Vorlage an die Härtefallkommission wird erwogen.

WV: 15.07.2025
[[P|Stefan Rainalter]]""", ["ETHNICITY"])

# F52-026 -- Feuerwehr Kommandant: Lehrgangsanmeldungen
doc("outlook", "feuerwehr_lehrgaenge", f"""Betreff: Anmeldung Lehrgänge SFS Geretsried 2026

Servus [[P|Bernadette]],

anbei unsere Anmeldungen für die Lehrgänge 2026, bitte über den KBI weiterleiten:

Gruppenführer (Lehrgang GF-26-014, 09.–20.02.2026):
- [[P|Maximilian Gschwendtner]]
- [[P|Serkan Demir]]

Maschinist (Lehrgang MA-26-031):
- [[P|Oksana Melnyk]], * [[DOB|05.07.2001]], Handy [[T|0159 01288347]]

Atemschutzgerätewart (AGW-26-008): [[P|Stefan Gschwendtner]], mein Stellvertreter (der Bruder vom [[P|Maxi]]).

Übrigens: Koch beim Kameradschaftsabend ist wieder der [[P|Wiggerl]] ([[P|Ludwig Brandl]]), er will 14,50 EUR pro Person.

Pfiad di
[[P|Schorsch]]
--
[[P|Georg Ostler]]
Kommandant Freiwillige Feuerwehr Garmisch-Loisach
[[T|0171 3340778]] | [[N|kommandant@ff-garmisch-loisach.de]]""")

# F52-027 -- Jägerprüfung: Teilnehmerliste
doc("word", "jaegerpruefung_liste", f"""Landratsamt Isarwinkel-Werdenfels – Untere Jagdbehörde
Prüfungsausschuss für die Jägerprüfung
Teilnehmerliste Jägerprüfung Frühjahr 2026 (Vorbereitungslehrgang Nr. 2026/01 der Jägervereinigung Werdenfels e. V.)

lfd. Nr. | Name | Vorname | geb. am | Zulassung
1 | [[P|von Poschinger]] | [[P|Leopold]] | [[DOB|29.02.1996]] | ja
2 | [[P|Nguyễn]] | [[P|Thị Thu Hà]] | [[DOB|07.12.1992]] | ja
3 | [[P|Okafor]] | [[P|Chinedu]] | [[DOB|18.05.1988]] | nein – Führungszeugnis fehlt

Schriftliche Prüfung: 07.03.2026, 9:00 Uhr, Landratsamt, Sitzungssaal 1
Schießprüfung: 14.03.2026, Schießanlage Krepbach
Mündlich-praktische Prüfung: 21.03.2026
Prüfungsgebühr: 120,00 EUR je Teilnehmer

Herr [[P|Okafor]] wird zugelassen, sobald das Führungszeugnis vorliegt (Frist 20.02.2026).

Der Vorsitzende des Prüfungsausschusses
[[P|Korbinian Wackerle]]""")

# F52-028 -- Hüttenwirtin: Pächterwechsel, reply with quoted mail
doc("outlook", "huette_paechterwechsel", f"""Betreff: Re: Gaststättenerlaubnis Kreuzalm-Hütte - Pächterwechsel

Hallo Herr [[P|Zwerger]],

sorry für die späte Antwort, wir sind seit Mai oben auf der Hütte und das Netz ist halt so lala. Anbei die fehlenden Sachen:
- USt-IdNr. (Einzelunternehmen, das bin ich): [[VAT|{VAT_HOFER}]]
- Steuernummer: [[TNR|{TNR_HOFER}]]
- Perso-Nr. [[IDC|{IDC_HOFER}]], Kopie hängt an
- Führungszeugnis ist beantragt

Die Hütte hat übrigens keine Straßenadresse, im Formular steht fälschlich "Kreuzalmweg". Post bitte an mich im Tal: [[A|Kreuzeckweg 30]], [[A|82467 Garmisch-Loisach]].

Unser Koch ist ab Juli [[P|Jonas Eberl]]; das Brot bringt der Bäcker aus Farchant jeden Morgen mit der Materialseilbahn. Im Winter ist zu, reopening 26.12.

Liebe Grüße von der Alm
[[P|Lisa Hofer]]
[[T|0049 160 93275588]]

Am 02.06.2025 um 10:14 schrieb [[P|Zwerger, Andreas]] <[[E|andreas.zwerger@lra-iw.de]]>:
> Sehr geehrte Frau [[P|Hofer]],
> für die Umschreibung der Erlaubnis fehlen noch die USt-IdNr., die Steuernummer, eine Ausweiskopie und das Führungszeugnis.
> Mit freundlichen Grüßen
> [[P|Andreas Zwerger]]
> Landratsamt Isarwinkel-Werdenfels, Gewerbe und Gaststätten""")

# F52-029 -- Zulassung: Vollmacht und SEPA-Mandat
doc("word", "kfz_vollmacht_sepa", f"""Vollmacht zur Zulassung eines Fahrzeugs

Ich, [[P|Dr. Anja Weißenbach]], geb. [[DOB|25.09.1975]], wohnhaft [[A|Sonnenstraße 12]], [[A|82418 Murnau a. Staffelsee]], Personalausweis-Nr. [[IDC|{IDC_WEISSENBACH}]],

bevollmächtige hiermit

Herrn [[P|Oleksandr Kovalenko]], geb. [[DOB|11.11.1989]], wohnhaft [[A|Mittenwalder Straße 88]], [[A|82467 Garmisch-Loisach]], ausgewiesen durch ukrainischen Reisepass Nr. [[PASS|FE712044]],

zur Neuzulassung des Fahrzeugs Škoda Octavia Combi, FIN TMBJJ7NE4L0123456, mit dem reservierten Kennzeichen [[KFZ|GAP-AW 2509]] (Reservierung Nr. 4471093, eVB-Nummer K7X2P9Q).

SEPA-Lastschriftmandat für die Kraftfahrzeugsteuer (Generalzolldirektion)
Kontoinhaberin: wie oben
IBAN: [[IBAN|{IBAN_WEISSENBACH}]]
BIC: BYLADEM1WHM

Murnau, 03.11.2025          Unterschrift: [[P|A. Weißenbach]]

– Bearbeitungsvermerk Zulassungsstelle: Vollmacht, Personalausweis der Halterin (Kopie) und Reisepass des Bevollmächtigten geprüft. Kennzeichen des Vorfahrzeugs [[KFZ|WM-AW 775]] am 04.11.2025 außer Betrieb gesetzt, Gebühr 26,30 EUR bar. [[P|V. Grasegger]]""")

# F52-030 -- NGG complaint about staff housing (UNION)
doc("outlook", "ngg_personalunterkunft", f"""Betreff: Mängel Personalunterkunft Hotel Karwendelblick - Bitte um Überprüfung

Sehr geehrte Damen und Herren,

ich wende mich als zuständige Gewerkschaftssekretärin der NGG Region Oberbayern an Sie. Mehrere unserer Mitglieder, die im Hotel Karwendelblick beschäftigt sind, haben uns über erhebliche Mängel in der Personalunterkunft [[A|Dammkarstraße 3]], [[A|82481 Mittenwald]] informiert: Schimmel in den Zimmern, eine Dusche für 14 Personen, Heizung seit Oktober defekt.

Die Beschwerde wird von folgenden NGG-Mitgliedern getragen, die mit der Nennung ihrer Namen einverstanden sind:
- [[P|Jelena Radović]] ([[N|Zimmer 4]])
- [[P|Nguyễn Văn Minh]] ([[N|Zimmer 7]])
- [[P|Tigist Alemu]] ([[N|Zimmer 7]])
- [[P|Bogdan Ionescu]]

Herr [[P|Nguyễn]] ist Vertrauensmann der NGG im Betrieb und für Rückfragen unter [[T|0157 88341120]] erreichbar. Wir bitten um eine Begehung durch die Bauaufsicht und das Gesundheitsamt und um Mitteilung des Ergebnisses. Eine Kopie dieses Schreibens erhält der Geschäftsführer, Herr [[P|Ludwig Sailer]].

Mit freundlichen Grüßen
[[P|Sabine Oberhauser-Kılıç]]
Gewerkschaftssekretärin
Gewerkschaft Nahrung-Genuss-Gaststätten, Region Oberbayern
[[N|Schwanthalerstraße 64]], [[N|80336 München]]
Tel. [[T|089 515540-27]] | [[E|sabine.oberhauser-kilic@ngg.net]]""", ["UNION"])


# ---- independent checks of every identifier with a check digit ----
def iban_ok(v):
    s = v.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def luhn_ok(v):
    s = [int(c) for c in v if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(s)):
        if i % 2 == 1:
            d = d * 2 - (9 if d * 2 > 9 else 0)
        total += d
    return total % 10 == 0


def tax_id_ok(v):
    s = v.replace(" ", "")
    if len(s) != 11 or s[0] == "0":
        return False
    counts = [s[:10].count(d) for d in "0123456789"]
    return max(counts) <= 3 and sum(1 for c in counts if c >= 2) == 1 and mod11_10_check(s[:10]) == int(s[10])


def vat_ok(v):
    return v.startswith("DE") and len(v) == 11 and mod11_10_check(v[2:10]) == int(v[10])


def ssn_ok(v):
    s = v.replace(" ", "")
    code = ord(s[8]) - 64
    values = [int(c) for c in s[:8]] + [code // 10, code % 10] + [int(c) for c in s[9:11]]
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum(digit_sum(a * w) for a, w in zip(values, weights)) % 10 == int(s[11])


def kv_ok(v):
    code = ord(v[0]) - 64
    values = [code // 10, code % 10] + [int(c) for c in v[1:9]]
    return sum(digit_sum(a * (1 if i % 2 == 0 else 2)) for i, a in enumerate(values)) % 10 == int(v[9])


CHECKS = {"IBAN": iban_ok, "CREDIT_CARD": luhn_ok, "TAX_ID": tax_id_ok, "VAT_ID": vat_ok,
          "SOCIAL_SECURITY": ssn_ok, "HEALTH_INSURANCE": kv_ok}

out = []
for i, (channel, template, marked, flags) in enumerate(docs, 1):
    rec = build(f"F52-{i:03d}", channel, template, marked, flags)
    for e in rec["entities"]:
        check = CHECKS.get(e["category"])
        assert check is None or check(e["text"]), (rec["id"], e)
        if e["category"] == "ID_CARD" and len(e["text"]) == 10:
            assert icao_check(e["text"][:9]) == int(e["text"][9]), e
    for n in rec["neutral"]:
        if n["text"].startswith("DE") and n["text"][2:4].isdigit():
            assert iban_ok(n["text"]), n
    out.append(rec)

# the Italian and Dutch national checks as well
it = IT_IBAN_DOLOMITI.replace(" ", "")
assert it_cin(it[5:]) == it[4]
nl = NL_IBAN_DEVRIES.replace(" ", "")[8:]
assert sum(int(d) * (10 - i) for i, d in enumerate(nl)) % 11 == 0
assert len(out) == 30

with open(os.path.join(HERE, "fresh52.jsonl"), "w", encoding="utf-8") as f:
    for rec in out:
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")

from collections import Counter  # noqa: E402

cats = Counter(e["category"] for r in out for e in r["entities"])
flag_counts = Counter(f for r in out for f in r["specialCategories"])
n_entities = sum(cats.values())
n_neutral = sum(len(r["neutral"]) for r in out)
n_word = sum(r["channel"] == "word" for r in out)
unflagged = sum(not r["specialCategories"] for r in out)
readme = (
    "# fresh52.jsonl — Landkreis Isarwinkel-Werdenfels (held-out, written blind)\n\n"
    f"{len(out)} documents (F52-001 … F52-030; {n_word} Word, {len(out) - n_word} Outlook) with {n_entities} labelled "
    f"entities and {n_neutral} neutral spans, generated by `make_fresh52.py` (seed 5252, marks.build, identifiers.py) "
    "in the dev.jsonl format. Setting: an invented Upper Bavarian Landratsamt in the Alps (Landkreis "
    "Isarwinkel-Werdenfels, Markt Garmisch-Loisach) — Zulassungsstelle (Anhörung vor Zwangsabmeldung, Vollmacht with "
    "SEPA mandate, Austrian re-registration), Waffenbehörde (Widerruf), Untere Jagdbehörde (dialect renewal mail, "
    "Versagung/Anhörung, exam list), Gaststätten (Erlaubnis for a Croatian landlady, § 12 form, Hüttenpächter reply "
    "chain, three-line call-back), Verein (Trachtenverein forward, Alpenverein grant), Feuerwehr (G 26.3 list, course "
    "registrations), Bergwacht protocol and a Dutch tourist's English complaint, Bauausschuss minutes, a farmer's "
    "dialect mail about parkers, Kurbeitrag refund, Ausländerbehörde notes and mails (Thai, Bosnian, Hungarian, Roma "
    "family), Jugendamt Beistandschaft, Schächt-Ausnahme, an NGG complaint; South Tyrolean and Austrian writers with IT "
    "(CIN checked), AT and NL (elfproef) IBANs and AT/NL plates; names German, Bavarian nicknames (Wastl, Schorsch, "
    "Wiggerl, Hansi in quotes), Croatian/Bosnian/Serbian, Turkish, Arabic, Polish, Ukrainian, Italian/Ladin, Greek "
    "(Papadopoulos/Papadopoulou), Hungarian (Nagy László order), Thai, Vietnamese, Nigerian, Eritrean, Romanian, Dutch "
    "particles (de Vries), von, `Nachname, Vorname` lists and split form fields, née names (geb. Bilić), initials, "
    "a genitive (Emirs), first-name-only mentions and titles (Dr. med. inside, Mag./Rechtsanwalt outside). "
    "Entities: " + ", ".join(f"{k} {v}" for k, v in sorted(cats.items(), key=lambda kv: -kv[1])) + ". "
    "Flags: " + ", ".join(f"{k} {v}" for k, v in sorted(flag_counts.items(), key=lambda kv: -kv[1]))
    + f"; {unflagged} documents carry none (incl. harmless AOK, Pfarrheim, passport photo, Krankenkasse mentions). "
    "Hard negatives: the Landratsamt's and Markt's addresses, switchboard 08821 751-0, functional mailboxes and own "
    "IBANs (neutral), Waffenbesitzkarten/Jagdschein numbers and apartment/room details (neutral), a union office and "
    "the Verwaltungsgericht address (neutral); unmarked invoice, booking, Gästekarten, receipt, Drucksache, course, "
    "eVB, FIN, VR and Antrags numbers, Bebauungsplan Nr., § references, amounts, non-birth dates and ages, street "
    "names without number (Partnachauenstraße, Alpspitzstraße, Kurparkstraße), town names in prose (Kochel), and "
    "Koch, Bäcker, Winter, Vogel, Pfeffer used as nouns beside the same words as surnames.\n"
)
with open(os.devnull, "w", encoding="utf-8") as f:
    f.write(readme)

if __name__ == "__main__":
    print(len(out), "documents,", n_entities, "entities")
    print(dict(sorted(cats.items())))
    print("neutral:", sum(len(r["neutral"]) for r in out))
    print("flags:", Counter(f for r in out for f in r["specialCategories"]))
    print("channels:", Counter(r["channel"] for r in out))
