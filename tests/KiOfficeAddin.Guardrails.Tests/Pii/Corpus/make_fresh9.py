#!/usr/bin/env python3
"""Writes fresh9.jsonl: a held-out batch of German administrative correspondence of the invented city of
Kolvenhagen (Kreis Rendsburg-Eckernförde, Schleswig-Holstein; postcodes 24786/24789), written blind to the detector.

    python3 make_fresh9.py            (writes fresh9.jsonl beside this script; deterministic, seed 9393939)

Texts carry inline marks [[CATEGORY|text]] (and [[N|text]] for neutral spans); this script strips the marks and
computes start/end as UTF-16 indices (all characters are in the BMP, which is asserted). Identifiers come from
identifiers.py (tests/.../Pii/Corpus) with valid check digits. All people, addresses and numbers are invented.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from identifiers import Identifiers, group, mod11_10_check, luhn_check  # noqa: E402

from marks import build as build_marked  # noqa: E402

g = Identifiers(9393939)
DOCS = []


def doc(channel, template, text, flags=()):
    DOCS.append((channel, template, text, list(flags)))


def build(index, channel, template, marked, flags):
    return build_marked(f"b9-{index:03d}", channel, template, marked, flags)


def tax_number_sh():
    # Schleswig-Holstein layout FF/BBB/UUUUP (no check verified; layout only).
    return f"{g.rng.choice(['11', '15', '19', '20', '21', '29'])}/{g.digits(3)}/{g.digits(5)}"


def ssn_spaced(s):
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:11]} {s[11]}"


RATHAUS = "[[N|04335 918-0]]"
CITY_IBAN = group(g.iban_de(), 4)

# ======================================================================== citizen mails (15)
doc("outlook", "buergerbuero-anmeldung", f"""Betreff: Anmeldung Wohnsitz und Termin für neuen Personalausweis

Sehr geehrte Damen und Herren,

zum 1. März bin ich von Kiel nach Kolvenhagen gezogen und möchte mich ordnungsgemäß anmelden. Meine neue Anschrift lautet [[A|Achter de Möhl 7]], [[A|24786 Kolvenhagen]]; bisher wohnte ich im [[A|Knooper Weg 151]] in [[A|24118 Kiel]].

Da mein Personalausweis ([[IDC|{g.id_card()}]]) im Juli abläuft, würde ich gern beide Anliegen in einem Termin erledigen. Ein aktuelles biometrisches Passfoto lasse ich vorher beim Fotografen machen.

Zu meiner Person: [[P|Ingeborg Paulsen-Hansen]], geb. [[DOB|14.09.1958]], erreichbar unter [[T|0170 8 42 19 63]]. Mein Mann [[P|Broder Hansen]] zieht erst im Mai nach, ihn melde ich dann gesondert an.

Mit freundlichen Grüßen
[[P|Ingeborg Paulsen-Hansen]]
[[E|i.paulsen-hansen@t-online.de]]""")

doc("outlook", "steueramt-hund-klein", f"""Betreff: hund anmelden

moin,

wir haben seit letzter woche einen hund aus dem tierheim in rendsburg (mischling, 4 jahre, heißt frieda). wie mach ich die anmeldung für die hundesteuer, geht das per mail? ich wohn [[A|schleswiger chaussee 112 b]] hier in kolvenhagen, die kassenzeichen-nr von der grundsteuer ist [[AZ|{g.digits(1, True)}.{g.digits(4)}.{g.digits(6)}]] falls ihr das braucht.

der hund von meiner nachbarin frau [[P|jessen]] ist übrigens glaub ich auch nicht angemeldet, aber das geht mich ja nix an

die rechnung vom tierheim (nr. 2026-118) hab ich, 250 euro schutzgebühr.
schreibt mir am besten zurück oder ruft an [[T|01522 8371946]], bin aber erst ab 16 uhr zuhause. meine freundin hab ich in cc ([[E|lea.k.2001@gmx.de]]), die ist öfter da

gruß [[P|kevin lorenzen]]""")

doc("outlook", "ordnungsamt-einfahrt-iphone", """Betreff: Einfahrt schon wieder zugeparkt!!

Hallo,

seit heute früh 6 Uhr steht schon wieder der weiße Transporter [[KFZ|RD-LK 482]] vor unserer Einfahrt [[A|Lütt Hörn 4]], gegenüber der Kirche. Ich komme nicht raus und muss zur Arbeit. Das ist das dritte Mal diesen Monat!! Unter [[N|04335 918-0]] geht keiner ran.

Der Wagen gehört glaub ich zur Firma von Herrn [[P|Kowalczyk]] aus Nummer 6. Unser Auto [[KFZ|RD-SY 1907]] steht drinnen in der Garage, Fotos kann ich schicken.

Bitte schnell jemand vorbeischicken

[[P|Serkan Yıldırım]]
[[T|+49 176 43 81 92 07]]

Von meinem iPhone gesendet""")

doc("outlook", "wohngeld-einfache-sprache", f"""Betreff: Wohngeld Brief bekommen

Sehr geehrte Dame und Herr,

ich habe Brief bekommen von Ihnen, Aktenzeichen [[AZ|50.3-1188/26]]. Ich verstehe nicht alles. Sie schreiben, Unterlagen fehlen. Ich habe alles geschickt im Januar.

Ich bin krank, ich habe Zucker (Diabetes Typ 1) und kann nicht arbeiten seit Oktober, Attest von Arzt ist dabei. Meine Frau [[P|Farzana Ahmadzai]] arbeitet 20 Stunden in Bäckerei. Wir haben zwei Kinder, [[P|Sadia]] und [[P|Omid]], beide gehen Schule.

Bitte Geld auf dieses Konto: [[IBAN|{group(g.iban_de(), 4)}]] (Konto von meine Frau).
Adresse ist gleich: [[A|Am Kanalufer 23]], [[A|24789 Kolvenhagen]].

Telefon [[T|0157 36419528]], mein Sohn kann übersetzen.

Danke
[[P|Mohammad Nasir Ahmadzai]]""", ["HEALTH"])

doc("outlook", "kita-integrationsplatz-antwort", """Betreff: AW: Anmeldung Integrationsplatz Kita Regenbogen

Sehr geehrte Frau [[P|Nguyen]],

vielen Dank für Ihre Nachricht. Für einen Integrationsplatz benötigen wir zusätzlich die Stellungnahme der Frühförderstelle und den Bescheid über die Eingliederungshilfe. Sobald beides vorliegt, kann [[P|Minh Anh]] in die Platzvergabe zum 1. August aufgenommen werden. Eine Besichtigung der Kita ist donnerstags ab 15 Uhr möglich.

Mit freundlichen Grüßen
[[P|Kerstin Dethlefsen]]
Fachdienst Kindertagesbetreuung
Stadt Kolvenhagen, Zimmer 2.14
Tel. [[T|04335 918-243]]
[[E|k.dethlefsen@kolvenhagen.de]]

-----Ursprüngliche Nachricht-----
Von: [[P|Thi Lan Nguyen]] <[[E|thilan.nguyen88@gmail.com]]>
Gesendet: Montag, 9. Februar 2026 21:47
An: [[N|kita@kolvenhagen.de]]
Betreff: Anmeldung Integrationsplatz Kita Regenbogen

Guten Abend,
ich möchte meine Tochter [[P|Minh Anh Pham]], geboren am [[DOB|03.05.2023]], für einen Integrationsplatz anmelden. Bei ihr wurde im Dezember eine Autismus-Spektrum-Störung festgestellt, sie spricht noch kaum. Mein Mann [[P|Pham Van Hieu]] und ich arbeiten beide in Vollzeit.
Adresse: [[A|Hans-Christian-Andersen-Weg 18]], [[A|24786 Kolvenhagen]]
Viele Grüße
[[P|Thi Lan Nguyen]]""", ["HEALTH"])

doc("outlook", "steuer-id-englisch", """Betreff: Steuer-ID / tax ID not received – Anmeldung 12.01.

Guten Tag,

sorry, my German is not good enough yet, so I write partly in English.

I registered my address at the Bürgerbüro on 12 January (Anmeldung), together with my husband [[P|Jose Ramon Dela Cruz]]. My employer, a shipyard in Rendsburg, needs my Steuer-Identifikationsnummer, but I did not receive any letter from the Bundeszentralamt für Steuern. Could you please check if my address was entered correctly? It should be [[A|Kleine Eiderstraße 5a]], [[A|24786 Kolvenhagen]], c/o [[P|Struve]] (our landlady).

My passport number is [[PASS|P4829163B]] (Republic of the Philippines), date of birth [[DOB|22 November 1991]], in case you need it to find me.

Vielen Dank!
Best regards / Mit freundlichen Grüßen
[[P|Maria Cristina Dela Cruz]]
Mobile: [[T|+49 1590 1834726]]""")

doc("outlook", "friedhof-islamische-bestattung", """Betreff: Bestattung meines Vaters nach islamischem Ritus – sehr dringend

Sehr geehrte Damen und Herren,

mein Vater, [[P|Hüseyin Öztürk]], geboren am [[DOB|02.07.1947]] in Sivas, ist am Sonntag im Kreiskrankenhaus verstorben. Als gläubiger Muslim wünschte er sich eine Beisetzung nach islamischem Ritus, also im Leichentuch ohne Sarg, mit Ausrichtung nach Mekka und möglichst schnell. Gibt es auf dem Friedhof an der Eckernförder Straße ein muslimisches Grabfeld? Das Bestattungshaus [[P|Claußen]] hat uns an Sie verwiesen.

Meine Mutter [[P|Emine]] möchte später neben ihm beigesetzt werden, bitte reservieren Sie deshalb eine Doppelgrabstelle.

Ich bin unter [[T|0162-7348 215]] erreichbar, auch am Wochenende. Mein Bruder [[P|Murat Öztürk]] ([[T|+90 532 418 77 09]]) kommt morgen aus Istanbul.

Mit freundlichen Grüßen
[[P|Zeynep Kaya-Öztürk]]
[[A|Rendsburger Landstraße 61]], [[A|24789 Kolvenhagen]]""", ["RELIGION"])

doc("outlook", "wbs-nachreichung", f"""Betreff: Wohnberechtigungsschein – fehlende Unterlagen, Az. [[AZ|64.2-WBS-2291/26]]

Sehr geehrter Herr [[P|Thomsen]],

wie telefonisch besprochen schicke ich Ihnen die fehlenden Nachweise für unseren Antrag auf einen Wohnberechtigungsschein: die Lohnabrechnungen meines Mannes [[P|Baran Aslan]] für Oktober bis Dezember und die Schulbescheinigung unseres ältesten Sohnes [[P|Rênas]].

Sie hatten noch nach unseren Steuer-IDs gefragt: ich [[TID|{group(g.tax_id(), 3)}]], mein Mann [[TID|{g.tax_id()}]].

Wir sind zu fünft und wohnen zurzeit auf 58 m² in der [[A|Bahnhofstr. 9]], [[N|3. OG rechts]], [[A|24786 Kolvenhagen]]. Die Miete beträgt 712,00 EUR warm.

Mit freundlichen Grüßen
[[P|Rojda Aslan]]
[[T|04335 6 19 42]]""")

doc("outlook", "grundsteuer-daenemark", f"""Betreff: Grundsteuer 2026 – Kassenzeichen [[AZ|{g.digits(1, True)}.{g.digits(4)}.{g.digits(6)}]] – Lastschrift aus Dänemark?

Sehr geehrte Damen und Herren,

ich bin Eigentümer der Ferienwohnung [[A|Op de Wurth 12]] in [[A|24786 Kolvenhagen]] und wohne in Dänemark. Bisher habe ich die Grundsteuer jedes Quartal überwiesen; künftig möchte ich am Lastschriftverfahren teilnehmen. Ist eine dänische Bankverbindung möglich? IBAN [[IBAN|{group(g.iban("DK", 14), 4)}]], Kontoinhaber [[P|Lars Christensen Nissen]].

Bitte schicken Sie die Bescheide ab sofort an meine Wohnanschrift:
[[A|Storegade 14]], [[N|1. th.]]
[[A|DK-6200 Aabenraa]]
Danmark

Telefonisch erreichen Sie mich unter [[T|+45 28 14 73 90]].

Med venlig hilsen / Mit freundlichen Grüßen
[[P|Lars C. Nissen]]""")

doc("outlook", "gewerbe-ummeldung-fliesen", f"""Betreff: Gewerbeanmeldung Fliesenleger – Umzug Betrieb

Moin Frau [[P|Lüthje]],

ich verlege meinen Betrieb „Fliesen [[P|Brodersen]] e.K." zum 1. April von Büdelsdorf nach Kolvenhagen, neue Betriebsstätte ist die Halle [[A|Gewerbering 14]], [[A|24789 Kolvenhagen]]. Reicht da eine Ummeldung oder muss ich neu anmelden? Die Handwerkskammer Flensburg hat die Handwerksrolle schon geändert.

Falls Sie es fürs Formular brauchen: Steuernummer [[TNR|{tax_number_sh()}]], USt-IdNr. [[VAT|{g.vat_id()}]].

Gruß
[[P|Jens Brodersen]]
Fliesenlegermeister
Mobil [[T|0171 5 38 27 11]]
[[E|jens@fliesen-brodersen.de]]""")

doc("outlook", "ordnungsamt-laerm-gaststaette", """Betreff: Beschwerde Lärm von Gaststätte

Guten Tag,

ich heiße [[P|Ahmad Al-Khatib]] und wohne seit zwei Jahren in der [[A|Fockbeker Straße 33]]. Unten im Haus ist die Taverne von Familie [[P|Papadopoulos]]. Seit sie im Sommer die Terrasse haben, ist jeden Abend bis 1 Uhr laute Musik. Meine Tochter [[P|Lana]] schreibt bald Abitur und kann nicht schlafen.

Ich habe mit Herrn [[P|Papadopoulos]] gesprochen, er sagt, er hat Erlaubnis bis 24 Uhr. Stimmt das? In § 3 Sperrzeitverordnung steht was anderes, glaube ich. Ich will keinen Streit, wir sind Nachbarn.

Meine Nummer ist [[T|0 43 35 / 82 20 16]], E-Mail [[E|a.alkhatib@posteo.de]].

Mit freundlichen Grüßen
[[P|A. Al-Khatib]]""")

doc("outlook", "sozialamt-ukraine-krankenkarte", f"""Betreff: Frage Krankenkasse und Pass für Sohn

Guten Tag Frau [[P|Mahmoudi]],

ich bin [[P|Olena Kovalenko]], ich wohne in Kolvenhagen seit April 2022, [[A|Schiffbrücke 2]], [[N|Wohnung 5]]. Mein Sohn [[P|Artem]] (geb. [[DOB|19.08.2012]]) hat Epilepsie, er braucht neue Medikamente und die Apotheke fragt nach Versichertennummer. Auf der Karte steht [[KV|{g.health_insurance()}]], ist das richtig? Die Karte ist kaputt.

Auch sein ukrainischer Reisepass ist abgelaufen (Nr. [[PASS|FT 482913]]), ich muss nach Hamburg ins Konsulat. Braucht Sozialamt eine Kopie?

Ich schreibe mit Übersetzer, Entschuldigung für Fehler.

Vielen Dank
[[P|Olena Kovalenko]]
Tel/Telegram [[T|+49 152 0847 3391]]""", ["HEALTH"])

doc("outlook", "parkausweis-schwerbehindert", """Betreff: Antrag blauer Parkausweis

Sehr geehrte Damen und Herren,

nach unserem Umzug aus Oberbayern zu unserer Tochter beantrage ich den blauen EU-Parkausweis für Schwerbehinderte. Seit der Amputation meines linken Beins 2019 bin ich auf den Rollstuhl angewiesen, im Schwerbehindertenausweis sind GdB 100 und die Merkzeichen aG und B eingetragen. Der Ausweis wurde noch vom Zentrum Bayern Familie und Soziales in Rosenheim ausgestellt.

Meine Daten: [[P|Alois Huber-Wimmer]], geboren [[DOB|7.3.1941]] in Bad Aibling, jetzt wohnhaft [[A|Am Alten Kanal 3]], [[A|24786 Kolvenhagen]], bei meiner Tochter [[P|Monika Carstens]]. Das Auto ([[KFZ|RD-AH 41E]], vorher [[KFZ|RO-AW 714]]) fährt meistens sie.

Für Rückfragen: [[T|(04335) 7 34 21]] (Festnetz meiner Tochter).

Mit freundlichen Grüßen
[[P|Alois Huber-Wimmer]]""", ["HEALTH"])

doc("outlook", "standesamt-eheschliessung", """Betreff: Anmeldung zur Eheschließung – welche Unterlagen aus Portugal?

Hallo liebes Standesamt-Team,

mein Verlobter [[P|Rafael Santos Ferreira]] und ich möchten im September heiraten, am liebsten im Trauzimmer im alten Packhaus. [[P|Rafael]] ist portugiesischer Staatsangehöriger, geboren am [[DOB|30.01.1990]] in Porto. Reicht bei ihm die Geburtsurkunde (certidão de nascimento) mit Apostille, oder braucht er zusätzlich ein Ehefähigkeitszeugnis?

Meine Daten: [[P|Tobias Wendt]], geb. [[DOB|11.06.1987]], ledig. Wir wohnen zusammen in der [[A|Norderstraße 40]], [[A|24786 Kolvenhagen]].

Trauzeugin wird meine Oma [[P|Hildegard Wendt]] (sie wird 92!), deshalb wäre ein Raum im Erdgeschoss schön.

Erreichbar: [[T|0151/26 48 39 17]], [[E|tobias.wendt@mailbox.org]]

Viele Grüße
[[P|Tobias]] & [[P|Rafael]]""", ["SEXUAL_ORIENTATION"])

doc("outlook", "stadtkasse-doppelzahlung-kreditkarte", f"""Betreff: Doppelte Zahlung Verwarnungsgeld – Kassenzeichen [[AZ|{g.digits(1, True)}.{g.digits(4)}.{g.digits(6)}]]

Sehr geehrte Damen und Herren,

ich habe das Verwarnungsgeld versehentlich zweimal bezahlt, einmal per Überweisung am 14.01. und einmal online mit meiner Kreditkarte [[CC|{group(g.credit_card("4", 16), 4)}]]. Bitte erstatten Sie die 25,00 EUR auf die Karte oder auf mein Konto [[IBAN|{g.iban_de()}]]. Der Beleg der Online-Zahlung trägt die Bestellnummer 7714-2026-33981.

Das Fahrzeug [[KFZ|KI-CO 2284]] ist auf meine Frau [[P|Adaeze Okafor]] zugelassen, gefahren bin aber ich.

Mit freundlichen Grüßen
[[P|Chinedu Okafor]]
[[A|Holtenauer Straße 212]], [[A|24105 Kiel]]
[[T|+49 431 9827164]]""")

# ======================================================================== staff documents (9)
doc("word", "bescheid-elternbeitrag", f"""Stadt Kolvenhagen · Die Bürgermeisterin · Fachdienst Kindertagesbetreuung
[[N|Markt 1]] · [[N|24786 Kolvenhagen]] · Tel. {RATHAUS}

Eheleute
[[P|Katarzyna Nowak-Hinrichsen]] und [[P|Sönke Hinrichsen]]
[[A|Heidkoppel 27]]
[[A|24789 Kolvenhagen]]

Kassenzeichen: [[AZ|{g.digits(1, True)}.{g.digits(4)}.{g.digits(6)}]]
Datum: 16.02.2026

Bescheid über die Festsetzung des Elternbeitrags für [[P|Jule Hinrichsen]]

Sehr geehrte Frau [[P|Nowak-Hinrichsen]], sehr geehrter Herr [[P|Hinrichsen]],

für die Betreuung Ihrer Tochter in der Kita „Lüttje Lüüd" (Elementargruppe, 7 Stunden täglich) setze ich den monatlichen Elternbeitrag nach § 31 KiTaG ab dem 1. März 2026 auf 226,00 EUR fest. Die Geschwisterermäßigung für [[P|Mats]] ist berücksichtigt. Der Beitrag wird zum 5. eines Monats per SEPA-Lastschrift von Ihrem Konto [[IBAN|{group(g.iban_de(), 4)}]] eingezogen.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Bürgermeisterin der Stadt Kolvenhagen, [[N|Markt 1]], [[N|24786 Kolvenhagen]], erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Heike Mommsen]]""")

doc("word", "anhoerung-abfall", """Stadt Kolvenhagen – Ordnungsamt – Bußgeldstelle
[[N|Markt 1]], [[N|24786 Kolvenhagen]]

Herrn
[[P|Dragan Petrović]]
[[A|Wiesengrund 8 c]]
[[A|24768 Rendsburg]]

Aktenzeichen: [[AZ|32.11-OWi-0389/26]]
Kolvenhagen, 02.03.2026

Anhörung im Bußgeldverfahren – unerlaubte Abfallablagerung

Sehr geehrter Herr [[P|Petrović]],

Ihnen wird vorgeworfen, am 21.01.2026 gegen 19:40 Uhr auf dem Wanderparkplatz an der K 74 Bauschutt und zwei Altreifen abgelagert zu haben (§ 69 Abs. 1 Nr. 2 KrWG). Eine Zeugin hat das Kennzeichen des Fahrzeugs [[KFZ|RD-DP 733]] notiert; nach Auskunft des Kraftfahrt-Bundesamtes sind Sie Halter. Geburtsdatum laut Melderegister: [[DOB|04.12.1979]].

Sie haben Gelegenheit, sich bis zum 20.03.2026 schriftlich zu äußern. Sie müssen keine Angaben zur Sache machen.

Ansprechpartner: [[P|Hauke Feddersen]], Zimmer 1.07, Tel. [[T|04335 918-317]]

Mit freundlichen Grüßen
Im Auftrag
[[P|Feddersen]]""")

doc("word", "aktenvermerk-hausbesuch", """Aktenvermerk
Fachdienst Soziale Hilfen – Az. [[AZ|50.2-1473/25]]

Hausbesuch am 05.02.2026, 10:00–11:15 Uhr, [[A|Kieler Straße 118]], [[N|Erdgeschoss links]]

Anwesend: [[P|Dimitar Iliev]] (Leistungsberechtigter), seine Ehefrau [[P|Ganka Ilieva]], Tochter [[P|Rositsa]] (14 J.), Dolmetscherin [[P|Violeta Marinova]], [[P|M. Carstensen]] (Fachdienst).

Die Familie gehört nach eigener Angabe der Minderheit der Roma an und lebt seit 2023 in Kolvenhagen. Herr [[P|Iliev]] berichtet, dass im Kinderzimmer seit Monaten Schimmel auftritt und die Fenster undicht sind. Dies wurde vor Ort bestätigt (Fotos in der Akte, Bl. 41–44). Der Vermieter [[P|Gerd Voß]] war telefonisch nicht erreichbar ([[T|0171 9033 218]]).

Vereinbart: Die Familie reicht die Nebenkostenabrechnung 2025 nach. Meldung an die Bauaufsicht wegen Wohnungsmängeln, Wiedervorlage 05.03.2026.

gez. [[P|Carstensen]]""", ["ETHNICITY"])

doc("word", "telefonvermerk-bauaufsicht", """Vermerk über ein Telefonat
Fachdienst Bauordnung und Planung

Datum: 10.02.2026, 14:20 Uhr
Gesprächspartnerin: [[P|Sudarat Jensen]], Tel. [[T|04335 / 8 44 90 71]]
Gesprächsführung: [[P|Bente Asmussen]]

Anlass: Frau [[P|Jensen]] und ihr Ehemann [[P|Knud Jensen]] planen auf ihrem Grundstück [[A|Dorfstraße 44]] im Ortsteil Osterholm (Flur 3, Flurstück 112/4) einen Carport und einen Wintergarten. Sie fragte, ob das Grundstück im Geltungsbereich des Bebauungsplans Nr. 27 „Osterholm-Nord" liegt und ob eine Baugenehmigung nötig ist.

Auskunft: Das Grundstück liegt im B-Plan Nr. 27. Der Carport bis 30 m² ist nach § 61 LBO verfahrensfrei, die Baugrenze ist einzuhalten; der Wintergarten ist genehmigungspflichtig. Entwurfsverfasser soll Architekt Dipl.-Ing. [[P|Olaf Kühl]] aus Rendsburg werden ([[T|04331 59 27 80]]).

Frau [[P|Jensen]] schickt Lageplan und Skizze per E-Mail an [[N|bauaufsicht@kolvenhagen.de]]. Keine Wiedervorlage.""")

doc("word", "protokoll-bem", """Protokoll
Gespräch zum Betrieblichen Eingliederungsmanagement (BEM)

Datum: 03.02.2026, 10:00 Uhr, Raum 3.02 Rathaus
Teilnehmende: [[P|Dariush Farahani]] (Beschäftigter Bauhof, Personalnummer [[N|40 1187]]), [[P|Ute Schwarzkopf]] (Personalamt), [[P|Ralf Ketelsen]] (Personalrat; als Vertrauensperson der Gewerkschaft ver.di auf Wunsch von Herrn [[P|Farahani]] hinzugezogen, der dort Mitglied ist), Betriebsärztin [[P|Dr. Anja Rieck]]

1. Herr [[P|Farahani]] war seit September an insgesamt 74 Arbeitstagen arbeitsunfähig. Er schildert einen Bandscheibenvorfall (L4/L5) mit anschließender Reha in Damp; schweres Heben ist derzeit ausgeschlossen.
2. Maßnahmen: stufenweise Wiedereingliederung ab 01.03.2026 (4 Stunden täglich, nach vier Wochen 6 Stunden); Einsatz in der Grünflächenpflege statt in der Kanalunterhaltung; Prüfung eines Hubwagens durch die Fachkraft für Arbeitssicherheit.
3. Nächstes Gespräch: 14.04.2026.

Protokoll: [[P|Schwarzkopf]]
Verteiler: Herr [[P|Farahani]], Personalakte (Teil BEM, verschlossen), Betriebsärztin""", ["HEALTH", "UNION"])

doc("word", "verwarnung-parken", f"""Stadt Kolvenhagen · Ordnungsamt · Verkehrsüberwachung
[[N|Markt 1]] · [[N|24786 Kolvenhagen]]

Herrn
[[P|Tran Van Duc]]
[[A|Schützenwall 17]]
[[A|24786 Kolvenhagen]]

Kassenzeichen: [[AZ|{g.digits(1, True)}.{g.digits(4)}.{g.digits(6)}]]

Verwarnung mit Verwarnungsgeld

Sehr geehrter Herr [[P|Tran]],

Ihnen wird zur Last gelegt, am 27.01.2026 um 09:12 Uhr in Kolvenhagen, Parkplatz Schützenwall/Ecke Kanalstraße, mit dem Pkw [[KFZ|RD-TD 58]] ohne gültigen Parkschein geparkt zu haben (§§ 13 Abs. 1, 49 StVO; Nr. 63.1 BKat). Verwarnungsgeld: 20,00 EUR.

Bitte zahlen Sie innerhalb einer Woche auf das Konto der Stadtkasse Kolvenhagen, IBAN [[N|{CITY_IBAN}]], unter Angabe des Kassenzeichens. Festgestellt durch Kontrollkraft Dienstnummer [[N|0417]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Nicole Thiessen]]""")

doc("word", "mitteilung-fahrerlaubnisbehoerde", """Stadt Kolvenhagen – Ordnungsamt

An den
Kreis Rendsburg-Eckernförde
Fahrerlaubnisbehörde
[[N|Kaiserstraße 8]]
[[N|24768 Rendsburg]]

Unser Zeichen: [[AZ|32.4-0071/26]]
Kolvenhagen, 04.02.2026

Mitteilung nach § 2 Abs. 12 StVG – Hinweise auf fehlende Eignung zum Führen von Kraftfahrzeugen

Sehr geehrte Damen und Herren,

am 31.01.2026 gegen 22:30 Uhr traf der Kommunale Ordnungsdienst Herrn [[P|Sergej Becker]], geb. [[DOB|18.10.1984]], wohnhaft [[A|Parkallee 9]], [[A|24789 Kolvenhagen]], stark alkoholisiert und kaum ansprechbar auf dem Fahrersitz seines Pkw [[KFZ|RD-SB 1984]] auf dem Parkplatz des Freibads an; der Motor lief. Gegenüber dem Rettungsdienst gab Herr [[P|Becker]] an, seit Jahren alkoholabhängig zu sein und eine Entgiftung im Herbst abgebrochen zu haben. Die Polizei wurde hinzugezogen (Vorgangsnummer liegt dort vor).

Wir bitten um Prüfung in eigener Zuständigkeit.

Im Auftrag
[[P|Jörg Rathjen]]
Tel. [[T|04335 918-322]] · [[E|j.rathjen@kolvenhagen.de]]""", ["HEALTH"])

doc("word", "uebergabeprotokoll-wohnung", f"""Übergabeprotokoll – Rückgabe einer städtischen Wohnung

Objekt: [[A|Mühlenstraße 21]], [[A|24786 Kolvenhagen]], [[N|Whg.-Nr. 21/04, 2. OG rechts]]
Mieter: [[P|Kwame Mensah-Boateng]] und [[P|Abena Mensah-Boateng]] (Identität geprüft, Personalausweis [[IDC|{g.id_card()}]])
Für die Stadt: Hausmeister [[P|Rüdiger Stamer]], Liegenschaften
Datum: 27.02.2026, 9:00 Uhr

Zählerstände: Strom (Zähler-Nr. 1ESY1160447122) 38 412 kWh; Kaltwasser 214,7 m³; Warmwasser 96,3 m³.
Schlüssel: 3 Haus-/Wohnungsschlüssel, 1 Briefkastenschlüssel, 1 Kellerschlüssel zurückgegeben.
Mängel: 6 Bohrlöcher im Bad nicht verschlossen, Laminat im Kinderzimmer an zwei Stellen aufgequollen. Sonst besenrein.

Kaution 1.260,00 EUR (abzüglich Mängel) bitte überweisen auf IBAN [[IBAN|{group(g.iban_de(), 4)}]], Kontoinhaber [[P|Kwame Mensah-Boateng]].
Neue Anschrift der Mieter: [[A|Flensburger Str. 77]], [[A|24837 Schleswig]]
Telefon: [[T|+49 1525 3 66 41 08]]

Unterschriften: [[P|K. Mensah-Boateng]] / [[P|A. Mensah-Boateng]] / [[P|Stamer]]""")

doc("word", "bescheid-gaststaettenerlaubnis", f"""Stadt Kolvenhagen · Die Bürgermeisterin · Fachdienst Ordnung und Gewerbe
[[N|Markt 1]] · [[N|24786 Kolvenhagen]] · Tel. {RATHAUS}

Herrn
[[P|Tharshan Sivakumar]]
[[A|Thormannplatz 3]]
[[A|24768 Rendsburg]]

Aktenzeichen: [[AZ|32.2-GA-0052/26]]
Kolvenhagen, 19.02.2026

Erlaubnis nach § 2 Gaststättengesetz – „Ceylon Kitchen", [[A|Schiffbrücke 11]]

Sehr geehrter Herr [[P|Sivakumar]],

auf Ihren Antrag vom 12.01.2026 erteile ich Ihnen die Erlaubnis zum Betrieb einer Schank- und Speisewirtschaft mit Ausschank alkoholischer Getränke in den Räumen [[A|Schiffbrücke 11]], Erdgeschoss (Gastraum 64 m², 38 Sitzplätze, Terrasse 16 Plätze).

Der Erlaubnis liegen Ihre Angaben zugrunde: geboren am [[DOB|09.06.1982]] in Jaffna, Steuernummer [[TNR|{tax_number_sh()}]], USt-IdNr. [[VAT|{g.vat_id()}]]. Führungszeugnis und Auskunft aus dem Gewerbezentralregister lagen vor.

Die Verwaltungsgebühr beträgt 350,00 EUR; die Rechnung Nr. R-2026-00871 geht Ihnen gesondert zu.

Mit freundlichen Grüßen
Im Auftrag
[[P|Frauke Lorenzen-Böhm]]""")

# ======================================================================== other documents (6)
doc("word", "unterschriftenliste-tempo30", """Bürgerantrag an die Stadtvertretung Kolvenhagen
„Tempo 30 vor der Grundschule Osterholm – jetzt!"

Wir, die Unterzeichnenden, fordern Tempo 30 auf der Dorfstraße zwischen der St.-Johannis-Kirche und dem Sportplatz sowie einen Zebrastreifen an der Bushaltestelle „Schule".

Ansprechpartnerin: [[P|Gunda Pfeufer]], [[A|Am Mühlenteich 5]], [[A|24786 Kolvenhagen]], Tel. [[T|04335 7 12 08]]

Nr. | Name, Vorname | Anschrift | Unterschrift
1 | [[P|Tadsen, Hauke]] | [[A|Dorfstraße 60]], [[A|24786 Kolvenhagen]] | (unterschrieben)
2 | [[P|Popescu, Ioana]] | [[A|Osterholmer Weg 2a]] | (unterschrieben)
3 | [[P|Nowakowski, Krzysztof]] | [[A|osterholmer weg 9]] | (unterschrieben)
4 | [[P|Wang, Lei]] | [[A|Dorfstraße 38]] | (unterschrieben)
5 | [[P|Russo, Francesca]] | [[A|Am Mühlenteich 12]] | (unterschrieben)

Anmerkung zu Nr. 1: „Als Vorsitzender des SPD-Ortsvereins Osterholm unterstütze ich den Antrag ausdrücklich und bringe ihn in die nächste Fraktionssitzung ein.“""", ["POLITICS"])

doc("word", "widerspruch-wohngeld-anwaeltin", """[[P|Dr. Friederike von Ahlefeldt]]
Rechtsanwältin
[[A|Königstraße 33]] · [[A|24103 Kiel]] · Tel. [[T|0431 5 70 46-12]]

Stadt Kolvenhagen
Fachdienst Wohngeld
[[N|Markt 1]]
[[N|24786 Kolvenhagen]]

Ihr Zeichen: [[AZ|50.3-2204/25]]
Mein Zeichen: [[AZ|0041/26 vA]]
Kiel, 11.02.2026

Widerspruch gegen den Ablehnungsbescheid vom 29.01.2026

Sehr geehrte Damen und Herren,

in der Wohngeldsache meiner Mandantin [[P|Semhar Tesfamariam]], [[A|Heidkoppel 4]], [[A|24789 Kolvenhagen]], lege ich gegen den oben genannten Bescheid Widerspruch ein. Eine Vollmacht liegt bei.

Begründung: Sie haben Einkommen aus einem Minijob angerechnet, den meine Mandantin wegen einer Risikoschwangerschaft mit stationärem Aufenthalt seit Dezember nicht mehr ausübt. Nach § 14 WoGG ist das zu erwartende Einkommen maßgeblich, nicht das frühere. Das Kindergeld für ihren Sohn [[P|Yonas]] wurde zudem doppelt berücksichtigt. Eine ärztliche Bescheinigung reiche ich nach.

Mit freundlichen Grüßen
Dr. [[P|von Ahlefeldt]]
Rechtsanwältin""", ["HEALTH"])

doc("outlook", "kuendigung-musikschule", f"""Betreff: Kündigung Unterrichtsvertrag Musikschule – Kundennummer [[AZ|{g.digits(6, True)}]]

Sehr geehrte Damen und Herren,

hiermit kündige ich den Unterrichtsvertrag meiner Tochter [[P|Ayaan]] (Kurs 214-B, Blockflöte Gruppe) fristgerecht zum 31.07.2026. Bitte widerrufen Sie zum selben Datum das SEPA-Lastschriftmandat für mein Konto [[IBAN|{group(g.iban_de(), 4)}]].

Es liegt nicht am Unterricht, Frau [[P|Ohlsen]] war sehr geduldig mit ihr. Wir ziehen im Sommer nach Neumünster.

Bitte bestätigen Sie die Kündigung schriftlich an: [[P|Hodan Abdi Warsame]], [[A|Fehmarnstraße 3]], [[A|24786 Kolvenhagen]].

Mit freundlichen Grüßen
[[P|Hodan Abdi Warsame]]
[[E|hodan.warsame@outlook.de]]""")

doc("outlook", "beschwerde-buergermeisterin", """Betreff: Beschwerde über die Behandlung im Bürgerbüro am 03.02.

Sehr geehrte Frau Bürgermeisterin [[P|Hansen-Lüth]],

ich wende mich direkt an Sie, weil ich so etwas in Kolvenhagen nicht erwartet hätte. Am 3. Februar war ich mit meiner Schwester [[P|Nour Haddad]] im Bürgerbüro am Schalter 4, sie brauchte einen neuen Reisepass. Der Mitarbeiter, laut Namensschild Herr [[P|Brandt]], sagte zu ihr vor allen Leuten, mit Kopftuch gehe das Foto nicht, „in Deutschland zeigt man sein Gesicht". Das Foto entsprach aber den Vorgaben, das Gesicht war vollständig frei.

Ich trage wie meine Schwester aus religiöser Überzeugung ein Kopftuch und bin hier aufgewachsen. Ein anderer Kunde, Herr [[P|Jean-Pierre Mbuyi]], hat alles gehört und ist bereit, das zu bestätigen (Tel. [[T|0176 28419037]]).

Ich erwarte eine Entschuldigung und dass meine Schwester den Pass ohne weitere Schwierigkeiten bekommt.

Mit freundlichen Grüßen
[[P|Amira Haddad]]
[[A|Eiderkamp 14]]
[[A|24789 Kolvenhagen]]""", ["RELIGION"])

doc("word", "betreuerin-hilfe-zur-pflege", f"""[[P|Annegret Sievers]] · Berufsbetreuerin · [[A|Prinzenstraße 19]] · [[A|24768 Rendsburg]]
Tel. [[T|04331 43 81 06]] · [[E|sievers@betreuung-rd.de]]

Stadt Kolvenhagen
Fachdienst Soziale Hilfen

Betreuung für Herrn [[P|Wilhelm Petersen]], geb. [[DOB|12.03.1936]]
Amtsgericht Rendsburg – Betreuungsgericht, Az. [[AZ|7 XVII 214/25]]
Ihr Zeichen: [[AZ|50.1-GS-0913/26]]

Sehr geehrte Damen und Herren,

ich bin seit November zur rechtlichen Betreuerin von Herrn [[P|Petersen]] bestellt (Aufgabenkreise Vermögenssorge, Behördenangelegenheiten, Gesundheitssorge); der Betreuerausweis liegt bei. Herr [[P|Petersen]] leidet an einer fortgeschrittenen Alzheimer-Demenz und lebt seit Januar im Pflegeheim „Haus am Kanal", [[A|Kanalstraße 40]], [[A|24786 Kolvenhagen]]. Da die Heimkosten seine Rente übersteigen, beantrage ich Hilfe zur Pflege.

[[P|Petersens]] Rentenversicherungsnummer lautet [[SSN|{ssn_spaced(g.social_security("120336", "P"))}]]; die Rentenbescheide der Deutschen Rentenversicherung Nord füge ich bei. Sein Sohn [[P|Jürgen Petersen]] ist nach meinen Ermittlungen unbekannt verzogen.

Mit freundlichen Grüßen
[[P|A. Sievers]]""", ["HEALTH"])

doc("word", "antragsformular-but", f"""Antrag auf Leistungen für Bildung und Teilhabe (§ 6b BKGG)
Stadt Kolvenhagen – Fachdienst Soziale Hilfen

Antragsteller/in
Name, Vorname: [[P|Reimer, Irina]]
Geburtsdatum: [[DOB|23.11.1983]]
Geburtsort: Omsk
Anschrift: [[A|Thomas-Mann-Straße 6]], [[A|24786 Kolvenhagen]]
Telefon: [[T|0049 4335 7782103]]
E-Mail: [[E|irina.reimer@web.de]]
Steuer-Identifikationsnummer: [[TID|{g.tax_id()}]]
Krankenversicherung: AOK NordWest, Versichertennummer [[KV|{g.health_insurance()}]]

Kind
Name, Vorname: [[P|Reimer, David]]
Geburtsdatum: [[DOB|02.04.2016]]
Schule/Klasse: Gemeinschaftsschule Kolvenhagen, 4b

Beantragte Leistungen: [x] Schulbedarf  [x] Mittagsverpflegung  [ ] Lernförderung  [x] Klassenfahrt (189,00 EUR, Rechnung Nr. 2026/0311)
Bezug von: Wohngeld (Az. [[AZ|50.3-0688/25]])
Bankverbindung: IBAN [[IBAN|{g.iban_de()}]], Kontoinhaberin: [[P|Irina Reimer]]

Datum, Unterschrift: 18.02.2026, [[P|I. Reimer]]""")


# ======================================================================== checks
def iban_ok(v):
    s = v.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def tax_id_ok(v):
    s = v.replace(" ", "")
    return len(s) == 11 and s[0] != "0" and mod11_10_check(s[:10]) == int(s[10])


def vat_ok(v):
    s = v.replace(" ", "")
    return s.startswith("DE") and len(s) == 11 and mod11_10_check(s[2:10]) == int(s[10])


def ssn_ok(v):
    s = v.replace(" ", "")
    code = ord(s[8]) - ord("A") + 1
    vals = [int(c) for c in s[:8]] + [code // 10, code % 10] + [int(c) for c in s[9:11]]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum((x * y) // 10 + (x * y) % 10 for x, y in zip(vals, w)) % 10 == int(s[11])


def kvnr_ok(v):
    code = ord(v[0]) - ord("A") + 1
    vals = [code // 10, code % 10] + [int(c) for c in v[1:9]]
    tot = sum(((x * (1 if i % 2 == 0 else 2)) // 10) + ((x * (1 if i % 2 == 0 else 2)) % 10) for i, x in enumerate(vals))
    return tot % 10 == int(v[9])


def cc_ok(v):
    s = v.replace(" ", "")
    return luhn_check(s[:-1]) == int(s[-1])


CHECKS = {"IBAN": iban_ok, "TAX_ID": tax_id_ok, "VAT_ID": vat_ok, "SOCIAL_SECURITY": ssn_ok,
          "HEALTH_INSURANCE": kvnr_ok, "CREDIT_CARD": cc_ok}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "fresh9.jsonl")
    rows = [build(i, c, t, x, f) for i, (c, t, x, f) in enumerate(DOCS, 1)]
    assert len(rows) == 30, len(rows)
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        spans = sorted([(e["start"], e["end"]) for e in r["entities"] + r["neutral"]])
        for (a, b), (c, d) in zip(spans, spans[1:]):
            assert b <= c, (r["id"], a, b, c, d)
        for e in r["entities"]:
            if e["category"] in CHECKS:
                assert CHECKS[e["category"]](e["text"]), (r["id"], e)
        n = len(r["text"])
        assert 300 <= n <= 2500, (r["id"], n)
    assert iban_ok(CITY_IBAN)
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} documents to {out}")


if __name__ == "__main__":
    main()
