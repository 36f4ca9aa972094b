#!/usr/bin/env python3
"""Writes fresh10.jsonl: 30 held-out German administrative documents of the invented Stadt Haselbrück (Emsland,
Niedersachsen), independent of shared/corpus/dev.jsonl and of the detector.

    python3 make_fresh10.py          (writes fresh10.jsonl beside this script; deterministic, seed 1010101)

Texts carry inline marks [[CATEGORY|text]] ([[N|text]] for neutral spans); the marks are stripped and start/end are
computed as UTF-16 indices (all characters are in the BMP, asserted). Identifiers come from identifiers.py (valid check
digits). All people, addresses and numbers are invented.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from identifiers import Identifiers, group, mod97_iban  # noqa: E402

from marks import build as build_marked  # noqa: E402

g = Identifiers(1010101)
DOCS = []


def doc(channel, template, text, flags=()):
    DOCS.append((channel, template, text, list(flags)))


def build(index, channel, template, marked, flags):
    return build_marked(f"b10-{index:03d}", channel, template, marked, flags)


def tax_number_nds():
    # Niedersachsen layout FF/FFF/UUUUP (layout only, no check digit verified).
    return f"{g.rng.choice(['56', '61', '53', '58'])}/{g.digits(3)}/{g.digits(5)}"


def iban_nl():
    return mod97_iban("NL", g.rng.choice(["ABNA", "RABO", "INGB"]) + g.digits(10))


RATHAUS = "[[N|05964 881-0]]"
RH_STR = "[[N|Markt 1]]"
RH_ORT = "[[N|49746 Haselbrück]]"

# ======================================================================= citizen mails (15)
doc("outlook", "beschwerde-baustelle", f"""Betreff: Dritte Beschwerde – Baustelle Kolpingstraße, und diesmal will ich eine Antwort

Sehr geehrter Herr Bürgermeister,
sehr geehrte Damen und Herren,

ich schreibe Ihnen jetzt zum dritten Mal und erwarte diesmal eine Antwort, die diesen Namen verdient. Seit dem 4. Mai wird vor unserem Haus in der [[A|Kolpingstraße 23]] gebaggert, gerüttelt und gehämmert, morgens ab halb sieben, auch samstags. Auf meine Mail vom 19. Mai kam eine automatische Eingangsbestätigung, auf die vom 2. Juni gar nichts.

Meine Frau [[P|Hiltrud]] ist seit ihrem zweiten Schlaganfall im Winter bettlägerig und hat Pflegegrad 4. Sie liegt tagsüber im Wohnzimmer, das zur Straße geht, und jedes Mal, wenn die Rüttelplatte anspringt, zittern bei uns die Gläser im Schrank. Der Pflegedienst kommt nicht mehr bis vor die Tür, die Schwestern laufen mit ihren Taschen 200 Meter durch den Matsch. Ist das Ihre Vorstellung von Bürgernähe?

Herr [[P|Schulte-Lohmöller]] vom Tiefbau hat mir am Telefon gesagt, die Arbeiten seien „Ende Juni durch“. Jetzt steht auf dem Schild an der Ecke „voraussichtlich bis 30.09.2026“. Was stimmt denn nun?

Ich bin seit über dreißig Jahren in der SPD hier im Ortsverein und habe weiß Gott Verständnis dafür, dass gebaut werden muss. Aber man kann die Leute vorher informieren, eine Anliegerversammlung machen, einen Ansprechpartner nennen, der auch ans Telefon geht. Nichts davon ist passiert.

Ich bitte um einen Ortstermin in den nächsten zwei Wochen. Eine Kopie dieser Mail geht an Ratsfrau [[P|Annegret Schomaker]].

Mit freundlichen Grüßen
[[P|Heinrich Tebben]]
[[A|Kolpingstraße 23]]
[[A|49746 Haselbrück]]
Tel. [[T|05964 91 27 38]]""", ["HEALTH", "POLITICS"])

doc("outlook", "sperrmuell-lowercase", """Von: [[E|kev.schimanski89@gmx.de]]
An: [[N|abfallberatung@haselbrueck.de]]
Betreff: sperrmüll

hallo,

hab am 12.6 sperrmüll angemeldet (auftragsnr 2026-SP-08817) aber es wurde nix abgeholt. steht jetzt seit ner woche vor der tür und die nachbarn meckern schon, einer hat sich schon das sofa genommen lol. adresse ist [[A|am moorkanal 17 b]], [[A|49748 haselbrück]]-tinnenfehn, hinterhaus.
könnt ihr nochmal wen schicken? bin ab 16 uhr da oder ruft an [[T|0176 23845519]]

danke
[[P|kevin]]""")

doc("outlook", "einzeiler-oeffnungszeiten", """Von: [[P|Thea Hoogestraat]] <[[E|thea.hoogestraat@t-online.de]]>
Gesendet: Dienstag, 26. Mai 2026 07:41
An: [[N|buergerbuero@haselbrueck.de]]
Betreff: Öffnungszeiten

Hat das Bürgerbüro am Samstag vor Pfingsten auf? Ich will nur den Kinderausweis für [[P|Jannes]] abholen, der liegt seit letzter Woche bereit. Danke, [[P|T. Hoogestraat]]

Von meinem iPhone gesendet""")

ssn_gw = g.social_security("140338", "H")
doc("outlook", "witwenrente-diktiert", f"""Betreff: Witwenrente – bitte um Hausbesuch Versicherungsamt

Guten Tag,

ich schreibe im Auftrag meiner Oma, sie diktiert und ich tippe, deshalb klingt es etwas anders als sonst:

„Mein Name ist [[P|Gesina Wübbels]], geborene [[P|Hanekamp]], ich bin am [[DOB|14. März 1938]] in Bockholte geboren und wohne seit einundsechzig Jahren [[A|Hinterm Esch 4]] hier in Haselbrück. Mein Mann [[P|Bernhard]] ist am 2. Februar gestorben. Die Rentenversicherung hat geschrieben, dass ich die Witwenrente beantragen muss, aber mit den ganzen Formularen komme ich nicht zurecht. Meine Versicherungsnummer ist [[SSN|{ssn_gw[:2]} {ssn_gw[2:8]} {ssn_gw[8]} {ssn_gw[9:]}]], die von [[P|Bernhard]] steht auf dem Brief. Ich kann nicht mehr gut laufen, seit der Hüfte gehe ich am Rollator, und durch den grauen Star sehe ich die kleine Schrift nicht mehr. Bei der Kasse bin ich unter [[KV|{g.health_insurance()}]]. Kann jemand von Ihnen zu mir nach Hause kommen? Kaffee ist immer da.“

Sie erreichen meine Oma unter [[T|0 59 64 / 73 12]] (bitte lange klingeln lassen), mich unter [[T|0152 0318 4476]].

Viele Grüße
[[P|Lena Wübbels]] (Enkelin)""", ["HEALTH"])

doc("outlook", "bauamt-antwort-zitiert", """Betreff: AW: Ihr Bauantrag Carport – Az. [[AZ|63-BA-0219/2026]]

Hallo Frau [[P|Ostendorf]],

danke für die schnelle Rückmeldung. Den Lageplan mit den Abstandsflächen reiche ich bis Ende nächster Woche nach, mein Architekt Herr [[P|Dirk Bruns]] ist noch im Urlaub. Die Grenzbebauung hat unser Nachbar [[P|Ewald Pleus]] schriftlich genehmigt, seine Unterschrift hänge ich als PDF an.

Zu Ihrer Frage: es ist Flurstück 88/4, Flur 12, Gemarkung Haselbrück.

Gruß
[[P|Jürgen Kaczmarek]]
[[A|Heideweg 31a]], [[A|49746 Haselbrück]]
Mobil [[T|0171 / 5 44 83 20]]

-----Ursprüngliche Nachricht-----
Von: [[P|Ostendorf, Karin]] <[[E|karin.ostendorf@haselbrueck.de]]>
Gesendet: Montag, 8. Juni 2026 10:17
An: '[[E|j.kaczmarek@ewe.net]]'
Betreff: Ihr Bauantrag Carport – Az. [[AZ|63-BA-0219/2026]]

Sehr geehrter Herr [[P|Kaczmarek]],

Ihr Bauantrag ist bei uns eingegangen. Das Grundstück liegt im Geltungsbereich des Bebauungsplans Nr. 31 „Heideweg Nord“. Für die Prüfung nach § 5 NBauO fehlt noch ein Lageplan mit Darstellung der Abstandsflächen sowie die Zustimmung des Grenznachbarn.

Mit freundlichen Grüßen
Im Auftrag
[[P|Karin Ostendorf]]
Stadt Haselbrück · Fachbereich Planen und Bauen
[[N|Markt 1]], [[N|49746 Haselbrück]]
Tel. [[T|05964 881-263]]""")

doc("outlook", "kita-anmeldung-tuerkisch", """Betreff: Anmeldung Krippe für meine Tochter

Sehr geerte Damen und Herren,

ich möchte meine Tochter [[P|Ecrin]] für die Krippe anmelden ab Februar 2027, sie ist am [[DOB|09.08.2025]] geboren. Mein Mann [[P|Serkan Yıldırım]] arbeitet in Lingen in Schicht und ich fange in März wieder an zu arbeiten als Verkäuferin, deswegen brauchen wir den Platz bis 14 Uhr mindestens.

Wir wohnen [[A|Tinnenfehner Straße 56]], [[A|49748 Haselbrück]].

Eine Frage noch: wir sind Muslime und Ecrin soll kein Schweinefleisch essen. Gibt es in der Kita auch Essen ohne Schwein? Meine Freundin hat gesagt in der Kita am Kanal gibt es das, dann wir möchten am liebsten dort hin.

Bitte rufen Sie mich an unter [[T|0157-36 41 28 09]], am besten Vormittags. Mein Deutsch schreiben ist nicht so gut, telefonieren ist besser.

Vielen Dank
[[P|Emine Yıldırım]]""".replace("Ecrin soll", "[[P|Ecrin]] soll"), ["RELIGION"])

doc("outlook", "aufenthalt-syrisch", f"""Betreff: Termin Verlängerung Aufenthaltserlaubnis – [[P|Hasan Sheikho]], Az. [[AZ|AB 32.4-11873]]

Sehr geehrte Frau [[P|Lüken]],

ich schreibe Sie wegen meine Aufenthaltserlaubnis, die läuft am 30.09.2026 ab. Ich habe schon zweimal angerufen bei der Ausländerbehörde aber niemand geht ran. Ich brauche bitte einen Termin, weil mein Arbeitgeber will eine neue Bescheinigung sonst darf ich ab Oktober nicht mehr arbeiten.

Mein syrischer Reisepass hat die Nummer [[PASS|N0{g.digits(8)}]], gültig bis 2028. Meine Frau [[P|Rojin]] und die Kinder [[P|Dilan]] und [[P|Azad]] müssen auch verlängern, bitte wenn möglich alle zusammen an einem Tag.

Wie Sie wissen, ich bin als Kurde aus Afrin gekommen und habe deswegen den Schutz bekommen, das ist in meiner Akte.

Meine Adresse ist immer noch [[A|Sankt-Vitus-Straße 9]], Wohnung 4, in Haselbrück. Telefon [[T|+49 1521 7034419]], auch WhatsApp.

Mit freundliche Grüße
[[P|Hasan Sheikho]]""", ["ETHNICITY"])

doc("outlook", "verwarnung-wuetend", """Betreff: Ihre Verwarnung vom 03.06. – so nicht!!

Von: [[P|Dariusz Kowalczyk]] <[[E|dkowalczyk@web.de]]>
An: [[N|ordnungsamt@haselbrueck.de]]

Hallo,

heute kam Post vom Ordnungsamt, Verwarnungsgeld 30 EUR, Aktenzeichen [[AZ|OA-2026-051187]], weil mein Transporter [[KFZ|EL-DK 714]] angeblich auf dem Gehweg vor der [[A|Meppener Straße 88]] gestanden hat. DAS IST MEINE EIGENE EINFAHRT. Der Gehweg ist da abgesenkt, da steht der Wagen seit elf Jahren, und nie hat sich einer beschwert, außer vielleicht der Nachbar von gegenüber, mit dem wir seit dem Zaun Streit haben.

Ihre Mitarbeiterin hat nicht einmal geklingelt. Mein Schwager [[P|Tomasz]] stand daneben und hat gesehen, wie sie fotografiert und sofort weitergefahren ist. Kowalczyks zahlen ihre Steuern hier seit 1994, und dann so was.

Ich zahle das nicht. Wenn Sie Fotos haben, schicken Sie sie mir, dann reden wir weiter.

[[P|D. Kowalczyk]]
[[T|0162 / 71 90 335]]""".replace("Kowalczyks zahlen", "[[P|Kowalczyks]] zahlen"))

doc("outlook", "grundsteuer-niederlande", f"""Betreff: Grundsteuer Ferienhaus – Kassenzeichen [[AZ|2.2026.118406]] – neue Adresse

Geachte heer/mevrouw,
entschuldigung, ich schreibe auf Deutsch so gut es geht.

Wir sind Eigentümer vom Ferienhaus [[A|Am Bootshafen 7]] in [[A|49748 Haselbrück]]-Lohne. Der Grundsteuerbescheid für 2026 ist an unsere alte Adresse in Groningen gegangen und kam erst jetzt über Nachsendung an, daher sind wir mit der ersten Rate zu spät, sorry.

Unsere neue Adresse ist:
[[A|Kerkstraat 41]]
[[A|7811 EP Emmen]]
Nederland

Bitte buchen Sie die Grundsteuer in Zukunft von diesem Konto ab: [[IBAN|{group(iban_nl(), 4)}]], Kontoinhaber [[P|Geert Lubbers]]. Das alte Konto bei der Volksbank ist aufgelöst.

Met vriendelijke groet / Mit freundlichen Grüßen
[[P|Geert]] en [[P|Marleen Lubbers-Hofstede]]
[[T|+31 6 28451930]]""")

doc("outlook", "gastfamilie-ukraine", f"""Betreff: Anmeldung ukrainische Familie bei uns – was brauchen wir?

Moin,

seit Sonntag wohnen bei uns im Obergeschoss Frau [[P|Olena Kovalenko]] (geb. [[DOB|11.02.1986]]) und ihre beiden Kinder [[P|Sofiia]] (12) und [[P|Maksym]] (7) aus Saporischschja. Ihr Mann [[P|Andrii]] ist noch in der Ukraine.

Frau [[P|Kovalenko]] hat einen biometrischen Reisepass, Nummer [[PASS|{g.rng.choice(["FX", "GE", "FT"])}{g.digits(6)}]], die Kinder stehen mit drin bzw. haben Geburtsurkunden. Was müssen wir zur Anmeldung mitbringen, reicht die Wohnungsgeberbestätigung von uns? Und können wir zusammen kommen, weil sie noch kaum Deutsch spricht (Englisch geht)? Für [[P|Sofiias]] Schulanmeldung bräuchten wir dann wohl auch die Meldebescheinigung.

Telefon von Frau [[P|Kovalenko]]: [[T|+380 67 412 33 90]], eine deutsche Nummer hat sie noch nicht.

Adresse: [[A|Up'n Bülten 12]], [[A|49748 Haselbrück]]

Viele Grüße
[[P|Renate Többen]]
[[T|05964/4417]]""")

doc("outlook", "standesamt-trautermin", """Betreff: Anfrage Trautermin im Heimathaus – August 2027

Liebes Team vom Standesamt,

mein Verlobter [[P|Luca Esposito]] und ich möchten im August 2027 heiraten, am liebsten im Heimathaus an der Mühle, wo Ihre Kolleginnen ja auch Trauungen machen. Wir sind seit acht Jahren zusammen und wohnen gemeinsam in der [[A|Alten Poststraße 14]].

Luca ist italienischer Staatsangehöriger, geboren am [[DOB|23.10.1991]] in Bari. Ich selbst bin ein Haselbrücker Kind (geb. [[DOB|05.01.1993]]). Zwei Fragen:
1. Braucht Luca ein Ehefähigkeitszeugnis aus Italien oder reicht eine internationale Geburtsurkunde?
2. Können wir den Termin schon jetzt reservieren, obwohl die Anmeldung erst sechs Monate vorher geht?

Wir würden auch gern einen Doppelnamen führen, [[P|Brinker-Esposito]], ginge das?

Viele Grüße
[[P|Tobias Brinker]]
[[E|tobi.brinker@posteo.de]] · [[T|0151 2770 9431]]""".replace("\n\nLuca ist", "\n\n[[P|Luca]] ist").replace("Braucht Luca", "Braucht [[P|Luca]]"), ["SEXUAL_ORIENTATION"])

doc("outlook", "gewerbe-nagelstudio", f"""Betreff: Gewerbeummeldung Nagelstudio – neue Adresse ab 1. Juli

Sehr geehrte Damen und Herren,

mein Nagelstudio „[[P|Nguyen]] Nails & Beauty“ zieht zum 1. Juli von der [[A|Hasestraße 3]] in die [[A|Meppener Straße 120]] (ehemals Bäckerei Rolfes). Inhaberin bin weiterhin ich, [[P|Nguyễn Thị Thu Hương]], es ändert sich nur die Betriebsstätte.

Steuernummer [[TNR|{tax_number_nds()}]], USt-IdNr. [[VAT|{g.vat_id()}]].

Brauche ich dafür ein neues Formular oder reicht diese Mail? Die Gebühr von 20 Euro überweise ich gern, bitte sagen Sie mir das Kassenzeichen. Telefonisch bin ich im Studio unter [[T|05964 93947-10]] erreichbar, meine Tochter [[P|Linh]] hilft mir beim Schreiben und kann auch antworten: [[E|linh.ng2004@gmail.com]].

Mit freundlichen Grüßen
[[P|Nguyễn Thị Thu Hương]]""")

doc("outlook", "wohngeld-eritrea", f"""Betreff: Wohngeld Az [[AZ|WG-2026-0733]] neue Konto und Baby

Hallo,

ich habe neue Bank, bitte das Wohngeld ab Juli überweisen auf Konto [[IBAN|{g.iban_de()}]], Kontoinhaber [[P|Yonas Tesfamariam]]. Die alte Konto bei Postbank ist geschlossen.

Und wir haben ein Baby bekommen, [[P|Mariam]], geboren am [[DOB|2.5.2026]] im Krankenhaus Meppen, Geburtsurkunde ist im Anhang. Jetzt sind wir fünf Personen im Haushalt: ich, meine Frau [[P|Selam Weldu]], [[P|Rahel]], [[P|Noah]] und Mariam. Bitte neu rechnen. Die Miete ist gleich, 640 Euro warm, Nebenkosten auch gleich.

Danke sehr
Yonas Tesfamariam
[[A|Dörpener Weg 5]], [[A|49746 Haselbrück]]
Tel [[T|01577 3902214]]""".replace("und Mariam.", "und [[P|Mariam]].").replace("sehr\nYonas Tesfamariam", "sehr\n[[P|Yonas Tesfamariam]]"))

doc("outlook", "personalamt-verdi", """Betreff: Freistellung Vertrauensleute-Seminar ver.di im September

Hallo Herr [[P|Wessels]],

ich bin seit diesem Frühjahr bei ver.di als Vertrauensfrau für den Bauhof und die Kläranlage gewählt und möchte vom 14. bis 18. September am Grundlagenseminar in Walsrode teilnehmen (Seminar-Nr. 26-NDS-4412, Einladung im Anhang). Ist das als Bildungsurlaub nach dem NBildUG möglich oder läuft das über Sonderurlaub?

Meine Personalnummer ist [[N|004417]]. In der Woche vertritt mich [[P|Sandra Koopmann]], das ist mit ihr abgesprochen, und mit [[P|Gerd]] vom Bauhofbüro auch.

Falls Sie Rückfragen haben und ich nicht am Platz bin, gern auch privat: [[T|0173 2290 584]].

Viele Grüße
[[P|Anja Lammers-Dirks]]
Verwaltungsfachangestellte · Bauhof
Durchwahl [[T|05964 881-412]]""", ["UNION"])

doc("outlook", "fundbuero-geldboerse", f"""Betreff: Verlust Geldbörse – Bus 930 / Fundbüro

Sehr geehrte Damen und Herren,

gestern Abend (Donnerstag) habe ich vermutlich im Bus der Linie 930 zwischen Haselbrück Bahnhof und Meppen meine Geldbörse verloren, schwarzes Leder, Marke Fossil. Ich bitte um Nachricht, falls sie abgegeben wird.

Inhalt:
- Personalausweis, Nr. [[IDC|{g.id_card(check_digit=True)}]] (habe ich schon als verloren gemeldet? bitte sagen Sie mir, ob ich das noch muss)
- Visa-Karte der DKB, [[CC|{group(g.credit_card("4", 16), 4)}]] – ist bereits gesperrt
- Führerschein, Krankenkassenkarte, ca. 60 Euro
- ein Foto von meinen Kindern

Ich wohne [[A|Gerhart-Hauptmann-Straße 7]], [[A|49746 Haselbrück]]. Falls ich nicht erreichbar bin, können Sie auch meine Frau [[P|Priya]] anrufen, sie ist meist zuhause.

Best regards / Viele Grüße
[[P|Arjun Raghavan]]
[[T|+49 (0)176 4409 8821]]
[[E|arjun.raghavan@outlook.com]]""")

# ======================================================================= staff documents (9)
doc("word", "bescheid-elternbeitrag", f"""Stadt Haselbrück · Der Bürgermeister · Fachbereich Familie und Bildung
{RH_STR} · {RH_ORT} · Telefon {RATHAUS}

Herrn und Frau
[[P|Baran Aslan]] und [[P|Berfin Aslan]]
[[A|Zum Sandbrink 18]]
[[A|49746 Haselbrück]]

Kassenzeichen: [[AZ|6.2026.214093]]
Haselbrück, 22.06.2026

Bescheid über die Festsetzung des Elternbeitrags für die Kindertagesbetreuung

Sehr geehrte Eheleute [[P|Aslan]],

für die Betreuung Ihrer Tochter [[P|Rona Aslan]], geb. [[DOB|30.11.2023]], in der Kindertagesstätte Am Kanal (Krippengruppe, 8 Stunden täglich) wird nach § 90 SGB VIII in Verbindung mit § 3 der Elternbeitragssatzung ab 01.08.2026 ein monatlicher Beitrag von 186,00 EUR festgesetzt. Grundlage ist das nachgewiesene Jahreseinkommen 2025 (Einkommensstufe 4).

Der Beitrag wird aufgrund des vorliegenden SEPA-Lastschriftmandats zum 15. eines jeden Monats von Ihrem Konto [[IBAN|{group(g.iban_de(), 4)}]] eingezogen.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Osnabrück erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Heike Brüggemann]]""")

doc("word", "anhoerung-bussgeld", f"""Stadt Haselbrück – Ordnungsamt – Bußgeldstelle
{RH_STR}, {RH_ORT}

Herrn
[[P|Arben Krasniqi]]
[[A|Waldstraße 112 c]]
[[A|49809 Lingen (Ems)]]

Aktenzeichen: [[AZ|2026.0231945.6]]
Datum: 17.07.2026

Anhörung im Bußgeldverfahren – Anhörungsbogen für Betroffene

Sehr geehrter Herr [[P|Krasniqi]],

Ihnen wird vorgeworfen, am 29.06.2026 um 22:14 Uhr in Haselbrück, Meppener Straße, Höhe Hausnummer 40, Fahrtrichtung Lingen, als Führer des Pkw [[KFZ|LIN-AK 209]] die zulässige Höchstgeschwindigkeit innerhalb geschlossener Ortschaften um 21 km/h (nach Toleranzabzug) überschritten zu haben. § 41 Abs. 1 i. V. m. Anlage 2, § 49 StVO; § 24 StVG; 11.3.4 BKat. Regelbuße: 115,00 EUR, 1 Punkt.

Angaben zur Person (bitte ergänzen bzw. berichtigen):
Name: Krasniqi   Vorname: Arben
Geburtsdatum: [[DOB|03.04.1997]]   Geburtsort: Prizren

Sie können sich zur Sache äußern; Sie müssen es nicht. Wenn Sie nicht der Fahrer waren, nennen Sie bitte Namen und Anschrift der verantwortlichen Person.

Im Auftrag
[[P|Wilfried Eilers]]""".replace("Name: Krasniqi   Vorname: Arben", "Name: [[P|Krasniqi]]   Vorname: [[P|Arben]]"))

doc("word", "aktenvermerk-hausbesuch", f"""Fachbereich Soziales – Aktenvermerk
Az.: [[AZ|50.2-GS-0388/26]]

Hausbesuch bei Herrn [[P|Waldemar Reimer]], [[A|Heideweg 6]], am 09.07.2026, 10:30–11:15 Uhr
Anwesend: Herr Reimer, Unterzeichnerin

Herr Reimer (Rentenversicherungsnummer [[SSN|{g.social_security("250859", "R")}]]) bezieht seit 2024 Grundsicherung im Alter. Die Wohnung war bei unserem Besuch stark vermüllt, im Flur standen zahlreiche leere Schnapsflaschen. Herr [[P|Reimer]] räumte ein, „seit dem Tod von [[P|Nina]]“ (Ehefrau, verst. 2023) wieder regelmäßig zu trinken; eine frühere Entgiftung im Jahr 2019 habe er abgebrochen. Er ist bei der AOK Niedersachsen versichert (Versichertennummer [[KV|{g.health_insurance()}]]).

Mit seiner Zustimmung wurde telefonisch seine Schwester, Frau [[P|Lydia Penner]], Cloppenburg, Tel. [[T|04471 / 8 93 20 16]], informiert. Sie will am Wochenende kommen und beim Aufräumen helfen. Der Sozialpsychiatrische Dienst des Landkreises wurde um Kontaktaufnahme gebeten; Herrn Reimers Hausärztin, [[P|Dr. med. Ulrike Janßen]], soll nach Rücksprache mit ihm informiert werden.

Wiedervorlage: 06.08.2026

gez. [[P|Kraemer]]""".replace("Anwesend: Herr Reimer", "Anwesend: Herr [[P|Reimer]]").replace("\n\nHerr Reimer (", "\n\nHerr [[P|Reimer]] (").replace("Herrn Reimers Hausärztin", "Herrn [[P|Reimers]] Hausärztin"), ["HEALTH"])

doc("word", "telefonnotiz-buergerbuero", f"""TELEFONNOTIZ – Bürgerbüro

Datum/Uhrzeit: 14.07.2026, 11:40 Uhr
Angenommen von: [[P|Chen Xiaoyu]] (Platz 3)
Anrufer/in: Frau [[P|Stefka Dimitrova]], Tel. [[T|0049 1590 1338 772]]

Anliegen: Frau Dimitrova ruft für ihren Mann, Herrn [[P|Ivaylo Dimitrov]], an, der ein Führungszeugnis für seinen neuen Arbeitgeber (Spedition) braucht und selbst tagsüber nicht kommen kann. Sie fragt, ob sie es für ihn beantragen kann. Ausweisnummer ihres Mannes laut Anruferin: [[IDC|{g.id_card()}]]. Auskunft gegeben: Antrag nur persönlich oder online über das Portal des Bundesamts für Justiz, Vollmacht reicht nicht.

Sie las außerdem unaufgefordert ihre Kreditkartennummer zur Bezahlung der Gebühr vor ([[CC|{group(g.credit_card("5", 16), 4, "-")}]]) – nicht verwendet, telefonische Kartenzahlung bei uns nicht möglich. Bitte diese Notiz nach Erledigung vernichten.

Rückruf erbeten: ja, ab 17 Uhr, Zimmer 0.12 weiß Bescheid.
Weitergeleitet an: Frau [[P|Brockmann]]""".replace("Anliegen: Frau Dimitrova", "Anliegen: Frau [[P|Dimitrova]]"))

doc("word", "protokoll-ortsbegehung", f"""Stadt Haselbrück – Fachbereich Planen und Bauen – Bauaufsicht
Az.: [[AZ|63-BV-0671/2025]]

Protokoll der Ortsbegehung vom 25.06.2026, 9:00–10:10 Uhr
Ort: [[A|Hasestraße 61]], Flurstück 140/2, Flur 7 (Bebauungsplan Nr. 22 „Hasebogen“)

Teilnehmende:
- Dipl.-Ing. [[P|Frauke Hilbers]], Bauaufsicht (Protokoll)
- [[P|Tjark Mählmann]], Bauaufsicht
- Herr [[P|Manuel Ferreira]], Eigentümer, mit Ehefrau [[P|Ana Paula Ferreira]]
- Herr [[P|Ionuț Popescu]], Nachbar, [[A|Hasestraße 63]]

1. Ausgangslage: Beschwerde des Nachbarn Popescu vom 02.05.2026 über einen ohne Genehmigung errichteten Anbau (Werkstatt, ca. 4,20 m × 7,50 m) an der östlichen Grundstücksgrenze.
2. Feststellungen: Der Anbau ist fertiggestellt und wird gewerblich genutzt; auf dem Hof stand der Firmenwagen [[KFZ|EL-MF 303]]. Der Grenzabstand beträgt an der engsten Stelle 1,10 m. Die Sicht auf die St.-Marien-Kirche aus dem Garten Popescu ist nicht betroffen.
3. Herr [[P|Ferreira]] erklärt, er habe den Anbau für genehmigungsfrei gehalten; er werde bis 31.08.2026 einen Bauantrag über Architekt [[P|Hauke de Vries]] einreichen.
4. Weiteres Vorgehen: Nutzungsuntersagung wird vorerst zurückgestellt.

gez. [[P|Hilbers]]""".replace("des Nachbarn Popescu", "des Nachbarn [[P|Popescu]]").replace("Garten Popescu", "Garten [[P|Popescu]]"))

doc("word", "kostenfestsetzung", f"""Stadt Haselbrück · Der Bürgermeister · Rechtsamt
{RH_STR} · {RH_ORT}

Rechtsanwältin
[[P|Dr. Meike Oltmanns]]
[[A|Am Pferdemarkt 9]]
[[A|26121 Oldenburg]]

Ihr Zeichen: 114/26 O/kr
Unser Zeichen: [[AZ|30-W-0092/2026]]
Haselbrück, 03.08.2026

Kostenfestsetzungsbescheid
Widerspruchsverfahren Ihres Mandanten [[P|Haidar Al-Jubouri]], [[A|Bahnhofstraße 27]], [[A|49746 Haselbrück]]

Sehr geehrte Frau [[P|Oltmanns]],

nachdem dem Widerspruch Ihres Mandanten gegen den Gebührenbescheid vom 12.02.2026 mit Widerspruchsbescheid vom 30.06.2026 in vollem Umfang abgeholfen wurde, werden die zu erstattenden Aufwendungen gemäß § 80 Abs. 3 VwVfG auf Ihren Antrag vom 10.07.2026 (Ihre Rechnung Nr. 2026-0417) wie folgt festgesetzt:

Geschäftsgebühr Nr. 2300 VV RVG (1,3)   166,40 EUR
Auslagenpauschale Nr. 7002 VV RVG        20,00 EUR
19 % Umsatzsteuer Nr. 7008 VV RVG        35,42 EUR
Gesamt                                  221,82 EUR

Der Betrag wird innerhalb von zwei Wochen auf das von Ihnen angegebene Kanzleikonto [[IBAN|{g.iban_de()}]] überwiesen.

Mit freundlichen Grüßen
Im Auftrag
[[P|Jens-Uwe Rosemann]]""")

doc("word", "zwischennachricht-einbuergerung", f"""Stadt Haselbrück – Staatsangehörigkeitsbehörde
{RH_STR}, {RH_ORT}

Frau
[[P|Dr. Farzaneh Rahimi-Tabrizi]]
[[A|Schöninghsdorfer Straße 4 a]]
[[A|49746 Haselbrück]]

Az.: [[AZ|StA 2025/0193]]
Haselbrück, 11.08.2026

Ihr Antrag auf Einbürgerung vom 27.10.2025 – Zwischennachricht

Sehr geehrte Frau Dr. [[P|Rahimi-Tabrizi]],

Ihr Antrag ist vollständig, die Regelanfragen bei den Sicherheitsbehörden sind jedoch noch nicht beantwortet. Wir bitten daher um Verständnis, dass sich die Bearbeitung um voraussichtlich drei Monate verzögert. Sie müssen nichts weiter veranlassen.

Ihr iranischer Reisepass (Nr. [[PASS|{g.rng.choice("XYZ")}{g.digits(8)}]]) läuft laut unseren Unterlagen am 19.01.2027 ab. Bitte legen Sie uns rechtzeitig eine Kopie des neuen Passes vor; für die spätere Urkundenaushändigung benötigen wir außerdem das Bekenntnis zur freiheitlichen demokratischen Grundordnung, das Sie beim Termin unterschreiben.

Ihre Tochter [[P|Setareh]] (geb. [[DOB|07.06.2012]]) ist miteinbezogen.

Für Rückfragen erreichen Sie mich unter [[T|05964 881-318]] oder [[E|m.grotjohann@haselbrueck.de]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Marion Grotjohann]]""")

tid_petrovic = g.tax_id()
doc("word", "amtshilfeersuchen", f"""Stadt Haselbrück · Stadtkasse – Vollstreckungsstelle
{RH_STR} · {RH_ORT}

Stadt Gelsenkirchen
Referat Finanzen – Vollstreckung
[[N|45875 Gelsenkirchen]]

Kassenzeichen: [[AZ|9.2024.007741]]
Haselbrück, 21.07.2026

Amtshilfeersuchen nach § 5 VwVfG – Vollstreckung von Gewerbesteuerrückständen

Sehr geehrte Kolleginnen und Kollegen,

wir bitten um Amtshilfe bei der Beitreibung folgender Forderung:

Schuldner: [[P|Zoran Petrović]], geboren am [[DOB|18.09.1979]] in Kraljevo
letzte bekannte Anschrift: [[A|Bochumer Straße 141]], [[A|45886 Gelsenkirchen]]
Steuer-ID: [[TID|{tid_petrovic}]]
Forderung: Gewerbesteuer 2023 und 2024 nebst Säumniszuschlägen, insgesamt 4.812,55 EUR

Der Schuldner betrieb bis 03/2025 einen Fliesenlegerbetrieb in Haselbrück und ist laut Melderegister nach Gelsenkirchen verzogen. Nach unseren Erkenntnissen nutzt er den Lieferwagen [[KFZ|GE-ZP 713]]. Wir bitten um Vollstreckung in das bewegliche Vermögen, hilfsweise um Abnahme der Vermögensauskunft.

Für Rückfragen: [[P|Carsten Lübbers]], [[T|05964 881-227]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Carsten Lübbers]]""")

doc("word", "meldebescheinigung", f"""Stadt Haselbrück – Bürgerbüro
{RH_STR} · {RH_ORT} · Tel. {RATHAUS}

Meldebescheinigung nach § 18 Abs. 1 Bundesmeldegesetz (erweitert)

Familienname:          [[P|Papadopoulou]]
Vornamen:              [[P|Eleni Sofia]]
Geburtsname:           [[P|Karagianni]]
Geburtsdatum:          [[DOB|22.02.1969]]
Geburtsort:            Thessaloniki (Griechenland)
Staatsangehörigkeit:   griechisch
Religionszugehörigkeit: griechisch-orthodox
Familienstand:         verheiratet
Anschrift:             [[A|Bergstraße 2]], [[A|49746 Haselbrück]]
Wohnungsstatus:        Hauptwohnung, Einzug am 01.04.2014
Ausweis:               Personalausweis, Nr. [[IDC|{g.id_card()}]]

Geschäftszeichen: [[AZ|33-MB-2026-05528]]
Haselbrück, 30.07.2026
Gebühr: 10,00 EUR (bezahlt)

Im Auftrag
[[P|Nadine Vehring]]""", ["RELIGION"])

# ======================================================================= other documents (6)
doc("word", "vereinsantrag-zuschuss", f"""Tamilischer Kulturverein Haselbrück e.V.
[[N|info@tamil-kulturverein-haselbrueck.de]] · Vereinsregister AG Osnabrück VR 200417

An die Stadt Haselbrück
Fachbereich Kultur, Sport und Ehrenamt
{RH_STR}
{RH_ORT}

Antrag auf Zuschuss aus dem Förderprogramm „Vielfalt vor Ort“ 2026

Sehr geehrte Damen und Herren,

der Tamilische Kulturverein beantragt für sein Pongal-Erntefest am 17. Januar 2027 im Bürgerhaus Tinnenfehn einen Zuschuss von 850,00 EUR (Saalmiete 420 EUR, Technik 180 EUR, Kindertanzgruppe/Kostüme 250 EUR). Erwartet werden rund 220 Gäste; neben den tamilischen Familien aus dem Emsland laden wir ausdrücklich die Nachbarschaft ein. Die Tanzgruppe leitet [[P|Kavitha Sivanesan]]; die Trommeln leiht uns wie jedes Jahr der Hindu-Tempel in Hamm.

Vertretungsberechtigter Vorstand: [[P|Sivakumar Thevarajah]] (1. Vorsitzender), [[P|Nirmala Rajendran]] (Kassiererin)
Anschrift des Vorsitzenden: [[A|Kanalstraße 33]], [[A|49748 Haselbrück]]
Telefon: [[T|0176-88 01 52 63]]
Bankverbindung des Vereins: [[IBAN|{group(g.iban_de(), 4)}]] (Emsländische Volksbank)

Ein Kosten- und Finanzierungsplan sowie die Satzung liegen bei.

Mit freundlichen Grüßen
[[P|S. Thevarajah]]            [[P|N. Rajendran]]""")

tid_huesing = g.tax_id()
doc("word", "widerspruch-steuerberater", f"""GERDES & PARTNER mbB · Steuerberatungsgesellschaft
[[N|Lingener Straße 60]] · [[N|49716 Meppen]] · Tel. [[N|05931 8819-0]]

Stadt Haselbrück
Steueramt
{RH_STR}
{RH_ORT}

Meppen, 05.08.2026

Widerspruch gegen den Bescheid über Gewerbesteuer-Vorauszahlungen 2026 vom 14.07.2026
Steuerpflichtiger: Elektro [[P|Hüsing]] e.K., Inhaber [[P|Bernd Hüsing]], [[A|Industriestraße 12]], [[A|49746 Haselbrück]]
Kassenzeichen: [[AZ|8.2026.300219]]
Steuernummer: [[TNR|{tax_number_nds()}]] · USt-IdNr.: [[VAT|{g.vat_id()}]]

Sehr geehrte Damen und Herren,

namens und in Vollmacht unseres Mandanten legen wir gegen den o. g. Bescheid Widerspruch ein und beantragen die Aussetzung der Vollziehung.

Die Vorauszahlungen beruhen auf dem Gewerbesteuermessbetrag 2024, der durch einen einmaligen Großauftrag (Rechnungen Nr. 24-0811 bis 24-0840) geprägt war. Für 2026 ist nach den vorliegenden Betriebswirtschaftlichen Auswertungen mit einem Gewinn von höchstens 58.000 EUR zu rechnen. Ein Antrag auf Herabsetzung des Messbetrags für Vorauszahlungszwecke ist beim Finanzamt Lingen gestellt (IdNr. des Inhabers: [[TID|{tid_huesing[:2]} {tid_huesing[2:5]} {tid_huesing[5:8]} {tid_huesing[8:]}]]).

Eine Vollmacht liegt bei. Ansprechpartnerin in unserem Haus ist Frau [[P|Birte Wolters]], [[E|b.wolters@gerdes-partner.de]], Durchwahl [[T|05931 8819-23]].

Mit freundlichen Grüßen
Dipl.-Kfm. [[P|Reinhard Gerdes]]
Steuerberater""")

doc("word", "einwendung-bauverfahren", """An den Landkreis Emsland, untere Bauaufsichtsbehörde,
über die Stadt Haselbrück

Einwendung gegen den Bauantrag Az. [[AZ|BA 6400-2026-0518]] – Erweiterung des Schweinemaststalls, Lohner Esch, Flurstück 31

Sehr geehrte Damen und Herren,

als unmittelbare Nachbarn erheben wir gegen das o. g. Vorhaben Einwendungen. Schon jetzt ist der Geruch an warmen Tagen kaum auszuhalten, Wäsche kann man im Sommer nicht draußen trocknen. Eine Verdopplung auf 2.800 Mastplätze lehnen wir ab. Der Abstand zum Wohngebiet (Bebauungsplan Nr. 9 „Lohne-Süd“) liegt nach unserer Rechnung unter den Werten der TA Luft. Der neunjährige Sohn von Familie [[P|Hodžić]], [[P|Milan]], hat Asthma und ist an Tagen mit Güllegeruch deutlich schlechter dran; sein Kinderarzt bestätigt das gern.

Wir bitten um Beteiligung am weiteren Verfahren und um Zusendung des Geruchsgutachtens.

Unterschriften:
[[P|Jan-Hendrik van der Veen]] und [[P|Wiebke van der Veen]], [[A|Lohner Esch 3]]
[[P|Samir Haddad]], [[A|Lohner Esch 5]]
[[P|Amela Hodžić]] und [[P|Edin Hodžić]], [[A|Lohner Esch 8]]
Dr. [[P|Hermann Kleine-Börger]], [[A|Kiefernweg 1]]
[[P|Carmen Ruiz Ortega]], [[A|Kiefernweg 4]]
alle [[A|49748 Haselbrück]]-Lohne

Kontakt für alle: [[P|Wiebke van der Veen]], [[T|05964 3089177]], [[E|wiebke.vdveen@ewe.net]]""", ["HEALTH"])

doc("word", "hinweis-schule", """Oberschule Haselbrück
Die Schulleitung
[[N|An der Hase 10]] · [[N|49746 Haselbrück]] · [[N|05964 9120-0]]

An die Stadt Haselbrück – Jugendamt, Allgemeiner Sozialer Dienst
per Fax und vorab per Mail

Haselbrück, 23.06.2026

Hinweis auf mögliche Gefährdung des Kindeswohls – [[P|Hodan Warsame]], Klasse 6b, geb. [[DOB|12.12.2014]]

Sehr geehrte Damen und Herren,

die Schülerin Hodan fehlt seit dem 27. Mai an elf Schultagen, überwiegend ohne Entschuldigung. Hodan hat eine ärztlich bekannte Epilepsie; laut Notfallplan der Kinderarztpraxis [[P|Dr. med. Oluwaseun Adeyemi]] muss sie ihre Medikamente regelmäßig nehmen. Ihre Klassenlehrerin, Frau [[P|Mariam Ahmadi]], hat beobachtet, dass Hodan an den Tagen, an denen sie kommt, übermüdet ist und zweimal im Unterricht kurz „weggetreten“ war.

Die Mutter, Frau [[P|Faadumo Cali Warsame]], [[A|Birkenallee 19]], war telefonisch ([[T|0160 9183 2207]]) zuletzt am 12. Juni erreichbar; ein vereinbartes Gespräch am 16. Juni fand nicht statt. Ein älterer Bruder, [[P|Abdirahman]], übersetzt üblicherweise.

Wir bitten um Kontaktaufnahme mit der Familie. Ansprechpartnerin in der Schule ist die Schulsozialarbeiterin Frau [[P|Kerstin Hempen]] ([[E|k.hempen@obs-haselbrueck.de]]).

Mit freundlichen Grüßen
[[P|Burkhard Sandker]], Oberstudienrat, komm. Schulleiter""".replace("die Schülerin Hodan fehlt", "die Schülerin [[P|Hodan]] fehlt").replace("Hodan hat eine", "[[P|Hodan]] hat eine").replace("dass Hodan an", "dass [[P|Hodan]] an"), ["HEALTH"])

doc("word", "anfrage-jobcenter", """Jobcenter Emsland – Geschäftsstelle Meppen
[[N|Kuhstraße 19]] · [[N|49716 Meppen]]

Stadt Haselbrück
Wohngeldstelle
[[N|Markt 1]]
[[N|49746 Haselbrück]]

Ihr Zeichen: [[AZ|WG-2025-1187]]
Unser Zeichen / BG-Nummer: [[AZ|25311BG0047713]]
Datum: 29.07.2026

Anfrage nach § 50 SGB X – vorrangige Leistungen

Kunde: [[P|Asante, Kwame Mensah]], geb. [[DOB|04.07.1988]]
Bedarfsgemeinschaft mit Ehefrau [[P|Chiamaka Asante]] (geb. [[DOB|19.01.1992]]) und zwei Kindern
Anschrift: [[A|Hasestraße 47]], [[A|49746 Haselbrück]]

Sehr geehrte Damen und Herren,

Herr [[P|Asante]] hat am 14.07.2026 eine Arbeit als Lagerhelfer aufgenommen. Voraussichtlich entfällt damit ab August der Anspruch auf Bürgergeld; wir haben ihn auf die Beantragung von Wohngeld und Kinderzuschlag hingewiesen. Bitte teilen Sie uns mit, ob bei Ihnen bereits ein Antrag vorliegt und ab wann ggf. Wohngeld bewilligt wird, damit wir einen Erstattungsanspruch nach § 104 SGB X anmelden können.

Für Rückfragen: [[P|Usman Qureshi]], Integrationsfachkraft, Tel. [[T|05931 9495-216]], [[E|usman.qureshi@jobcenter-ge.de]]

Mit freundlichen Grüßen
Im Auftrag
[[P|U. Qureshi]]""")

ssn_ag = g.social_security("151094", "A")
doc("word", "formular-angaben-person", f"""Stadt Haselbrück – Personal und Organisation
Personalfragebogen – Angaben zur Person (bitte in Druckschrift ausfüllen)

Name: ______ [[P|Agbodjan]] ______________________
Vorname(n): _ [[P|Komlan Elom]] __________________
Geburtsname (falls abweichend): ______________
Geburtsdatum: [[DOB|15.10.1994]]    Geburtsort: Lomé (Togo)
Staatsangehörigkeit: deutsch, togoisch
Anschrift (Straße, Nr.): [[A|hauptkanal links 71]]
PLZ, Ort: [[A|49748 Haselbrück]]
Telefon: [[T|0 1 7 6 / 5 3 1 2 8 8 0 4]]
E-Mail: [[E|komlan.agbodjan@web.de]]
Steuer-Identifikationsnummer: [[TID|{g.tax_id()}]]
Konfession (für Kirchensteuerabzug): [x] rk   [ ] ev   [ ] keine
Sozialversicherungsnummer: [[SSN|{ssn_ag[:2]} {ssn_ag[2:8]} {ssn_ag[8]} {ssn_ag[9:]}]]
Krankenkasse: Techniker Krankenkasse   Versichertennr.: [[KV|{g.health_insurance()}]]
Bankverbindung (IBAN): [[IBAN|{group(g.iban_de(), 4)}]]
Schwerbehinderung: [ ] ja  [x] nein
Beginn der Tätigkeit: 01.09.2026 · Stelle: Erzieher, Kita Am Kanal

Ort, Datum: Haselbrück, 28.07.26     Unterschrift: [[P|K. E. Agbodjan]]""", ["RELIGION"])


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh10.jsonl")
    assert len(DOCS) == 30, len(DOCS)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for i, (channel, template, text, flags) in enumerate(DOCS, 1):
            f.write(json.dumps(build(i, channel, template, text, flags), ensure_ascii=False) + "\n")
    print(f"wrote {len(DOCS)} documents to {out}")


if __name__ == "__main__":
    main()
