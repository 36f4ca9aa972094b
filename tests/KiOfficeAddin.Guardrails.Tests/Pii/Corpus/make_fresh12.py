#!/usr/bin/env python3
"""Writes fresh12.jsonl: 30 held-out German administrative letters (ids b12-001..b12-030), dev.jsonl format.

    python3 make_batch12.py          (deterministic, seed 1212121)

Same twelve template names as shared/corpus/dev.jsonl, but other situations, writers, names and formats, set in the
invented town of Sarnhagen. Texts carry inline marks [[CATEGORY|text]] ([[N|text]] for neutral spans); the script
strips them and computes start/end as UTF-16 indices (BMP asserted). Identifiers come from identifiers.py (check
digits valid). All people, addresses and numbers are invented.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from identifiers import Identifiers, group  # noqa: E402

from marks import build as build_marked  # noqa: E402

g = Identifiers(1212121)
DOCS = []


def doc(channel, template, text, flags=()):
    DOCS.append((channel, template, text, list(flags)))


def build(index, channel, template, marked, flags):
    return build_marked(f"b12-{index:03d}", channel, template, marked, flags)


def rv(birth, letter, spaced=True):
    v = g.social_security(birth, letter)
    return f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}" if spaced else v


AMT = "[[N|02394 711-0]]"
RATHAUS = "[[N|Am Rathaus 1]], [[N|58795 Sarnhagen]]"

# ---------------------------------------------------------------- wohngeld
doc("outlook", "wohngeld", f"""Betreff: weiterbewilligung wohngeld

hallo frau [[P|Brinkhoff]],

mein wohngeld läuft ende januar aus und ich möchte den weiterbewilligungsantrag stellen. die formulare hab ich ausgefüllt, nur die gehaltsabrechnung von dezember fehlt noch, die bringe ich nächste woche vorbei. mein aktenzeichen ist [[AZ|WG-2026-04418]].

seit november wohnt mein bruder [[P|Yamen]] nicht mehr bei mir, er macht jetzt eine ausbildung in bochum. die miete ist gleich geblieben, 612,40 € warm.

neue bankverbindung bitte: [[IBAN|{group(g.iban_de(), 4)}]] (sparkasse), das alte konto bei der postbank ist gekündigt.

ich wohne weiter in der [[A|Hagener Straße 71]], [[N|2. etage]]. handy [[T|0176 2291 8034]], auch whatsapp.

danke und schöne grüße
[[P|mohammad al-hassan]]""")

doc("word", "wohngeld", f"""Stadt Sarnhagen · Fachbereich Soziales · Wohngeldstelle
{RATHAUS} · Telefon {AMT} · [[N|wohngeld@sarnhagen.de]]

Frau
[[P|Halina Wróbel-Schulz]]
[[A|Von-Galen-Straße 4 a]]
[[A|58797 Sarnhagen]]

Aktenzeichen: [[AZ|50.3-WG-1187/26]]
Sarnhagen, 2. Dezember 2026

Ihr Antrag auf Mietzuschuss vom 14.10.2026 – fehlende Unterlagen

Sehr geehrte Frau [[P|Wróbel-Schulz]],

für die Bearbeitung Ihres Antrags benötige ich noch folgende Nachweise:
– die Schulbescheinigung Ihrer Tochter [[P|Zofia]] für das Schuljahr 2026/27,
– den aktuellen Bescheid über den Unterhaltsvorschuss,
– Kontoauszüge der letzten drei Monate für das Konto, auf das das Wohngeld gezahlt werden soll.

Bitte reichen Sie die Unterlagen bis zum 23.12.2026 ein. Nach § 60 SGB I sind Sie zur Mitwirkung verpflichtet; werden die Nachweise nicht vorgelegt, kann der Antrag nach § 66 SGB I abgelehnt werden. Die voraussichtliche Höhe des Wohngeldes (derzeit 287,00 € monatlich) ist davon unabhängig.

Für Rückfragen erreichen Sie mich direkt unter [[T|02394 711-236]] oder per E-Mail an [[E|k.brinkhoff@sarnhagen.de]].

Mit freundlichen Grüßen
Im Auftrag

[[P|Katrin Brinkhoff]]""")

doc("outlook", "wohngeld", f"""Betreff: AW: Mietbescheinigung Wohngeldantrag Petrović

Sehr geehrte Frau [[P|Ilić-Brauer]],

anbei wie gewünscht die ausgefüllte Mietbescheinigung für die Mieter Herrn [[P|Dragan Petrović]] und Frau [[P|Jelena Petrović]], [[A|Am Wiesengrund 14]], [[N|Whg. 5]]. Die Grundmiete beträgt seit dem 01.07.2026 unverändert 498,00 €, die Nebenkostenvorauszahlung 165,00 €. Heizkosten sind darin nicht enthalten, die Wohnung hat eine Gasetagenheizung.

Mit freundlichen Grüßen

[[P|Klaus-Dieter Overbeck]]
Hausverwaltung [[P|Overbeck]]
[[A|Ostwall 38]] · [[A|58795 Sarnhagen]]
Tel. [[T|02394 55 01 82]]

-----Ursprüngliche Nachricht-----
Von: Wohngeldstelle Stadt Sarnhagen <[[N|wohngeld@sarnhagen.de]]>
Gesendet: Dienstag, 17. November 2026 11:42
An: [[E|info@hv-overbeck.de]]
Betreff: Mietbescheinigung Wohngeldantrag Petrović

Sehr geehrter Herr [[P|Overbeck]],
Ihre Mieter haben Wohngeld beantragt. Bitte füllen Sie die beigefügte Mietbescheinigung aus.
Mit freundlichen Grüßen
[[P|Snežana Ilić-Brauer]]""")

# ---------------------------------------------------------------- hundesteuer
doc("outlook", "hundesteuer", f"""Betreff: Abmeldung Hund – Kassenzeichen [[AZ|4.2026.117302]]

Sehr geehrte Damen und Herren,

leider muss ich Ihnen mitteilen, dass mein Dackel Fritzi am 9. November eingeschläfert werden musste. Ich möchte ihn deshalb zur Hundesteuer abmelden. Die Steuermarke lege ich dem Brief bei, den mein Enkel [[P|Lukas]] für mich einwirft.

Die Steuer für das ganze Jahr hatte ich im Februar schon bezahlt (84,00 €). Falls mir etwas erstattet wird, bitte auf mein Konto bei der Volksbank:
[[IBAN|{group(g.iban_de(), 4)}]]
Kontoinhaberin ist [[P|Gertrud Schmidtke-Hallmann]].

Ich bin 86 Jahre alt und habe keinen Computer, die E-Mail schreibt [[P|Lukas]]. Anrufen können Sie mich vormittags unter [[T|02394 / 61 77 2]].

Mit freundlichen Grüßen
[[P|Gertrud Schmidtke-Hallmann]]
[[A|Dechant-Brill-Weg 6]]
[[A|58795 Sarnhagen]]""")

doc("word", "hundesteuer", f"""Anmeldung eines Hundes zur Hundesteuer – Stadt Sarnhagen, Steueramt

Hundehalter/in (Name, Vorname): [[P|Kowalczyk, Marek]]
Geburtsdatum: [[DOB|19.03.1983]]
Straße, Hausnummer: [[A|Kolpingstraße 112]]
PLZ, Ort: [[A|58797 Sarnhagen]]
Telefon: [[T|0157-84 21 90 36]]
E-Mail: [[E|marek.kowalczyk@o2mail.de]]

Hund 1 – Name: Lola · Rasse: Mischling (Labrador/Pudel) · Wurftag: 02.05.2025 · Haltung seit: 15.11.2026
Transpondernummer (Chip): 276098106234517
Listenhund nach § 3 LHundG NRW: nein

SEPA-Lastschriftmandat
Kontoinhaber: [[P|Marek Kowalczyk]]
IBAN: [[IBAN|{g.iban_de()}]]

Ort, Datum: Sarnhagen, 18.11.2026      Unterschrift: [[P|M. Kowalczyk]]

— Bearbeitungsvermerk Steueramt —
Steuersatz 1. Hund: 96,00 € jährlich. Kassenzeichen vergeben: [[AZ|4.2026.121946]]
Steuermarke Nr. 0417 ausgegeben. Erfasst: [[P|J. Hülsmann]], 20.11.2026""")

_cc1 = g.credit_card("4", 16)
doc("outlook", "hundesteuer", f"""Betreff: Hundesteuer doppelt bezahlt mit Kreditkarte

Guten Tag,

ich habe am Samstag die Hundesteuer für 2027 über das Bürgerportal online bezahlt, Kassenzeichen [[AZ|4.2025.098815]], Betrag 96,00 €. Die Seite hat einen Fehler gezeigt und ich habe noch einmal bezahlt. Jetzt sind zwei Buchungen auf meiner Kreditkarte [[CC|{group(_cc1, 4)}]] (Transaktion 8841-22907 und 8841-22913).

Der Hund ist auf meinen Mann [[P|Trần Văn Dũng]] angemeldet, aber die Karte gehört mir. Mein Name ist [[P|Nguyễn Thị Thu Hà]]. Bitte erstatten Sie einen Betrag zurück auf die Karte oder sagen Sie mir, was ich machen muss.

Adresse: [[A|Schützenstraße 3]], [[A|58795 Sarnhagen]]
Tel.: [[T|+49 1523 7730419]]

Vielen Dank
[[P|Thu Hà Nguyễn]]
[[E|thuha.nguyen88@gmail.com]]""")

# ---------------------------------------------------------------- laterne
doc("outlook", "laterne", f"""Betreff: lampe kaputt kettelerstr

hallo,

die straßenlampe an der ecke kettelerstraße / schützenstraße, gegenüber von der kirche st. marien, flackert seit tagen und geht nachts ganz aus. die ältere dame von nebenan, frau [[P|Wessel]], traut sich abends nicht mehr raus zum bus. mein sohn [[P|kofi]] muss da auch langlaufen wenn er vom training kommt.

ich wohne [[A|kettelerstraße 9]], die lampe steht genau vor unserer einfahrt, die nummer am mast ist 11-207.

bitte schnell reparieren, danke!

[[P|kwame asante-boateng]]
[[T|0162 904 7718]]
[[E|k.asanteboateng@web.de]]""")

doc("word", "laterne", f"""Stadt Sarnhagen · Tiefbauamt · Straßenbeleuchtung
{RATHAUS} · Telefon {AMT}

Herrn
Prof. [[P|Dr. Reinhard von Ameln]]
[[A|Zur Alten Ziegelei 3 b]]
[[A|58799 Sarnhagen]]

Unser Zeichen: [[AZ|66.2-SB-0312/26]]
Sarnhagen, 27.11.2026

Ihre Meldung vom 19.11.2026 – Beleuchtung Zur Alten Ziegelei

Sehr geehrter Herr Professor [[P|von Ameln]],

vielen Dank für Ihren Hinweis auf die ausgefallenen Leuchten zwischen den Häusern 1 und 11. Die Prüfung hat ergeben, dass ein Erdkabel beschädigt ist. Wir haben die Firma Elektrotechnik [[P|Brandl]] e.K. mit der Reparatur beauftragt; die Arbeiten beginnen voraussichtlich in der 50. Kalenderwoche und dauern etwa drei Tage. Der Gehweg wird in dieser Zeit halbseitig gesperrt.

Die Kosten trägt nach § 2 der Straßenbaubeitragssatzung nicht der Anlieger.

Bei Rückfragen erreichen Sie mich unter [[T|02394 711-418]] oder [[E|sevgi.karatas@sarnhagen.de]].

Mit freundlichen Grüßen
Im Auftrag

[[P|Sevgi Karataş]]""")

# ---------------------------------------------------------------- kita
doc("outlook", "kita", f"""Betreff: Anmeldung Kita – unsere Tochter Mahsa

Sehr geehrte Damen und Herren,

wir möchten unsere Tochter [[P|Mahsa Rahimi]], geboren am [[DOB|3. März 2023]], für einen Platz ab 1. August 2027 anmelden, am liebsten in der Kita Regenbogen, weil sie nah an unserer Wohnung in der [[A|Lindenallee 22a]], [[A|58797 Sarnhagen]] liegt.

Wichtig: [[P|Mahsa]] hat seit einem Jahr Diabetes Typ 1 und trägt eine Insulinpumpe. Die Erzieherinnen müssten kurz geschult werden, das übernimmt die Diabetesberaterin der Kinderklinik. Ihre Krankenversichertennummer ist [[KV|{g.health_insurance()}]], falls die Kita sie braucht.

Meine Frau [[P|Nazanin Rahimi]] arbeitet vormittags in der Pflege, ich bin unter [[T|0171 / 55 39 208]] erreichbar.

Mit freundlichen Grüßen
[[P|Farid Rahimi]]""", ["HEALTH"])

doc("word", "kita", f"""Stadt Sarnhagen · Jugendamt · Kindertagesbetreuung
{RATHAUS} · Telefon {AMT}

Frau [[P|Eleni Karagiannis]]
Herrn [[P|Nikos Karagiannis]]
[[A|Detmolder Straße 118]]
[[A|33604 Bielefeld]]

Kundennummer Elternbeitrag: [[AZ|51-EB-40118273]]
Sarnhagen, 30.11.2026

Kündigung des Betreuungsvertrags für [[P|Yannis Karagiannis]]

Sehr geehrte Frau [[P|Karagiannis]], sehr geehrter Herr [[P|Karagiannis]],

wir bestätigen die Kündigung des Betreuungsplatzes Ihres Sohnes in der städtischen Kita Am Hülsberg zum 31.12.2026. Der letzte Betreuungstag ist Montag, der 21.12.2026. Der Elternbeitrag von 142,00 € für Dezember wird noch eingezogen; danach wird das Lastschriftmandat gelöscht. Ein Guthaben aus dem Essensgeld erstatten wir auf das bekannte Konto.

Wir wünschen [[P|Yannis]] einen guten Start in Bielefeld.

Mit freundlichen Grüßen
Im Auftrag
[[P|Beate Schulte-Rödding]]""")

# ---------------------------------------------------------------- bussgeld
doc("outlook", "bussgeld", f"""Betreff: Anhörung Az. [[AZ|52.3-118907/26]] – Fahrer war nicht ich

Sehr geehrte Damen und Herren,

ich habe den Anhörungsbogen wegen Geschwindigkeitsüberschreitung (21 km/h innerorts, Hagener Straße) bekommen. Das Fahrzeug [[KFZ|MK-PW 318]] ist zwar auf mich zugelassen, gefahren ist am 4. November aber mein Arbeitskollege [[P|Tomasz Nowicki]], wohnhaft [[A|Bräuckenstraße 40]], [[A|58511 Lüdenscheid]]. Er hat das Auto für einen Umzug geliehen und ist mit der Zusendung eines Bogens einverstanden. Auf dem Foto sieht man auch deutlich, dass der Fahrer einen Bart hat, ich nicht.

Meine Daten zur Vollständigkeit: [[P|Paweł Zieliński]], geb. [[DOB|14.09.1979]].

Mit freundlichen Grüßen
[[P|Paweł Zieliński]]
[[T|+48 601 338 274]] (polnisches Handy)""")

doc("word", "bussgeld", f"""Kanzlei [[P|Dr. Hanna Esser-Rotthoff]] · Rechtsanwältin · Fachanwältin für Verkehrsrecht
[[A|Bahnhofstraße 12]] · [[A|58791 Werdohl]] · Tel. [[T|02392 91 44 60]] · [[E|kanzlei@esser-rotthoff.de]]

Stadt Sarnhagen
Bußgeldstelle
[[N|Am Rathaus 1]]
[[N|58795 Sarnhagen]]

Ihr Zeichen: [[AZ|52.3-120455/26]]
Unser Zeichen: [[AZ|117/26 EY]]
Werdohl, 25.11.2026

Bußgeldverfahren gegen Herrn [[P|Ömer Yıldırım]], geb. [[DOB|02.11.1995]]
Kennzeichen [[KFZ|HA-OY 795]]

Sehr geehrte Damen und Herren,

hiermit zeige ich an, dass mich Herr [[P|Yıldırım]] mit der Wahrnehmung seiner Interessen beauftragt hat; eine Vollmacht liegt bei. Namens und in Vollmacht meines Mandanten beantrage ich Akteneinsicht, insbesondere in das Messprotokoll, den Eichschein und die Schulungsnachweise des Messbeamten. Zur Sache wird sich mein Mandant nach Akteneinsicht äußern. Eine Anhörung nach § 55 OWiG gilt damit als erfolgt.

Mit freundlichen Grüßen

[[P|Dr. Hanna Esser-Rotthoff]]
Rechtsanwältin""")

doc("outlook", "bussgeld", f"""Betreff: Re: Verwarnungsgeld Kennzeichen [[KFZ|AA 4721 KX]]

Guten Tag Herr [[P|Tiemann]],

danke für die schnelle Antwort. Ich verstehe jetzt, dass ich mit dem ukrainischen Kennzeichen auch in der Anwohnerzone nicht parken darf. Ich kann die 55 € aber diesen Monat nicht auf einmal zahlen, weil ich erst ab Januar im Sprachkurs Geld bekomme. Ist Ratenzahlung möglich, zum Beispiel 3 x 18,33 €? Mein Mann [[P|Andrij]] hat das Auto nur an dem Tag geparkt.

Mit freundlichen Grüßen
[[P|Olena Kravchenko]]
[[A|Auf dem Kamp 5]], bei Familie [[P|Hesse]]
[[T|0155 6108 4472]]

Am 18.11.2026 um 10:02 schrieb Bußgeldstelle Stadt Sarnhagen <[[N|bussgeldstelle@sarnhagen.de]]>:
> Sehr geehrte Frau [[P|Kravchenko]],
> das Verwarnungsgeld zum Kassenzeichen [[AZ|7.2026.305518]] ist berechtigt, das Parken in Zone B ist nur mit Anwohnerparkausweis erlaubt.
> Mit freundlichen Grüßen
> [[P|Jens Tiemann]]""")

# ---------------------------------------------------------------- gewerbe
doc("outlook", "gewerbe", f"""Betreff: Gewerbeanmeldung Nagelstudio – Nachreichung Steuerdaten

Sehr geehrte Frau [[P|Hoffmeister-Kaya]],

wie am Telefon besprochen schicke ich die fehlenden Angaben für meine Anmeldung (Nagelstudio „Lotus Nails“, Eröffnung 15.01.2027):

Inhaberin: [[P|Phạm Thị Mai]], geboren am [[DOB|27.08.1990]] in Hải Phòng
Geschäftsadresse: [[A|Hohe Straße 17]], [[A|58795 Sarnhagen]] (Ladenlokal im Erdgeschoss)
Steuer-Identifikationsnummer: [[TID|{g.tax_id()}]]
Steuernummer (vom Finanzamt für die alte Firma in Hagen): [[TNR|{g.tax_number_nrw()}]]
USt-IdNr.: [[VAT|{g.vat_id()}]]

Meine Schwester [[P|Phạm Thị Lan]] arbeitet als Angestellte mit. Die Gebühr von 26,00 € habe ich schon überwiesen.

Viele Grüße
[[P|Mai Phạm]]
[[T|0176-41 08 55 21]] · [[E|lotusnails.sarnhagen@gmail.com]]""")

doc("word", "gewerbe", f"""Gewerbe-Ummeldung (GewA 2) – Stadt Sarnhagen, Ordnungsamt

Feld 1 Name: [[P|Okafor]]
Feld 2 Vorname: [[P|Chinedu Emmanuel]]
Feld 3 Geburtsdatum: [[DOB|11.02.1986]]
Feld 4 Geburtsort: Enugu
Feld 6 Anschrift der Wohnung: [[A|Lindenallee 40]], [[A|58797 Sarnhagen]]
Feld 7 Telefon: [[T|02394-883 17 42]]
Feld 10 Name des Geschäfts: Malerbetrieb [[P|Okafor]]
Feld 11 Betriebsstätte bisher: [[A|In der Schlah 8]], [[A|58799 Sarnhagen]]
Feld 12 Betriebsstätte neu: [[A|Industriestraße 21]] ([[N|Gewerbepark Ohle, Halle 3]]), [[A|58799 Sarnhagen]]
Feld 15 angemeldete Tätigkeit: Maler- und Lackierarbeiten, Trockenbau
Feld 20 Datum der Ummeldung: 01.12.2026
Steuernummer: [[TNR|{g.tax_number_federal_nrw()}]]
USt-IdNr.: [[VAT|{g.vat_id()}]]

Handwerksrolle eingetragen unter Nr. 4471 (HWK Südwestfalen). Gebühr 20,00 € bar bezahlt, Quittung 2026/1893.""")

_tid1 = g.tax_id()
doc("outlook", "gewerbe", f"""Betreff: Gewerbeabmeldung Eiscafé Venezia / Mandant De Luca

Sehr geehrte Damen und Herren,

namens unseres Mandanten, Herrn [[P|Giuseppe De Luca]] (geb. [[DOB|06.06.1961]]), melden wir dessen Einzelunternehmen „Eiscafé Venezia“, [[A|Marktplatz 2]], [[A|58795 Sarnhagen]], zum 31.12.2026 ab. Grund ist die Aufgabe aus Altersgründen; der Betrieb wird nicht übertragen. Die unterschriebene Gewerbeabmeldung und die Vollmacht hängen als PDF an.

Steuerliche Angaben des Mandanten:
Steuernummer: [[TNR|{g.tax_number_nrw()}]]
Steuer-ID: [[TID|{_tid1[:2]} {_tid1[2:5]} {_tid1[5:8]} {_tid1[8:]}]]

Für Rückfragen steht Ihnen Frau [[P|Aydın]] aus unserem Büro zur Verfügung, Durchwahl [[T|02371 90 27-14]].

Mit freundlichen Grüßen

Dipl.-Kfm. [[P|Bernd Vollmer-Ilgen]]
Steuerberater
Steuerkanzlei [[P|Vollmer-Ilgen]]
[[A|Westfalenstraße 55]] | [[A|58636 Iserlohn]]
[[E|b.vollmer@stb-vollmer-ilgen.de]]""")

# ---------------------------------------------------------------- melde
_p1, _p2 = "N0" + g.digits(7, True), "N0" + g.digits(7, True)
doc("outlook", "melde", f"""Betreff: Anmeldung Familie Al-Masri – Termin gesucht

Sehr geehrte Damen und Herren,

wir sind am 20. November in die Wohnung [[A|Kettelerstraße 27]], [[A|58795 Sarnhagen]] eingezogen und möchten uns anmelden. Der Termin im Online-System ist erst im Februar frei, die Frist nach § 17 BMG sind aber zwei Wochen. Geht es früher?

Wir sind vier Personen:
– [[P|Khaled Al-Masri]], Reisepass [[PASS|{_p1}]]
– [[P|Rania Al-Masri]], Reisepass [[PASS|{_p2}]]
– [[P|Omar]], geb. [[DOB|12.01.2016]]
– [[P|Lina]], geb. [[DOB|30.07.2019]]
Die Wohnungsgeberbestätigung vom Vermieter haben wir.

Mit freundlichen Grüßen
[[P|Khaled Al-Masri]]
[[T|0152 21 87 40 96]]""")

doc("word", "melde", f"""Stadt Sarnhagen · Bürgeramt
Vermerk zur Änderung des Vornamens

Betroffene Person
Bisheriger Name: [[P|Schewtschenko, Wladimir]]
Neu geführter Name: [[P|Schewtschenko, Waldemar]]
Geburtsdatum: [[DOB|08.12.1958]], Geburtsort: Karaganda (Kasachstan)
Anschrift: [[A|Ohler Weg 63]], [[A|58799 Sarnhagen]]

Der Bescheid der Namensänderungsbehörde vom 24.11.2026 ist bestandskräftig (Gebühr 85,00 € bezahlt). Das Melderegister ist geändert. Der neue Personalausweis mit der Nummer [[IDC|{g.id_card(check_digit=True)}]] wurde beantragt; der bisherige Ausweis bleibt bis zur Aushändigung gültig. Herr [[P|Schewtschenko]] wurde telefonisch unter [[T|02394 4 71 93]] informiert, seine Tochter [[P|Swetlana Reimer]] begleitet ihn zur Abholung.

Sarnhagen, 27.11.2026
[[P|T. Grabowski]], Bürgeramt""")

doc("outlook", "melde", f"""Betreff: Ummeldung Betreute in Pflegeeinrichtung – Az. Betreuungsgericht [[AZ|XVII 212/25]]

Sehr geehrte Damen und Herren,

als gerichtlich bestellter Betreuer (Aufgabenkreise Aufenthaltsbestimmung und Behördenangelegenheiten) von Frau [[P|Irmgard Pohlmann]], geboren am [[DOB|17.4.1937]], melde ich ihren Umzug an. Wegen der fortgeschrittenen Demenz kann Frau [[P|Pohlmann]] nicht mehr allein leben; sie wohnt seit dem 16.11.2026 im Seniorenzentrum Haus Lindenhof, [[A|Am Kurpark 4]], [[A|58797 Sarnhagen]]. Die bisherige Wohnung [[A|Bergstraße 11]] ist gekündigt.

Ihr Personalausweis hat die Nummer [[IDC|{g.id_card()}]]; eine Kopie des Betreuerausweises füge ich bei. Ein persönliches Erscheinen ist Frau [[P|Pohlmann]] nicht möglich.

Mit freundlichen Grüßen
[[P|Sven Achterberg]]
Berufsbetreuer
[[T|0231 58 66 02 11]] · [[E|achterberg@betreuungsbuero-achterberg.de]]""", ["HEALTH"])

# ---------------------------------------------------------------- rente
doc("word", "rente", f"""Stadt Sarnhagen – Versicherungsamt
Niederschrift über die Aufnahme eines Rentenantrags

Antragstellerin: Frau [[P|Aleksandra Nowak-Brandt]], geb. am [[DOB|23.05.1971]]
Anschrift: [[A|Schützenstraße 48]], [[A|58795 Sarnhagen]]
Versicherungsnummer: [[SSN|{rv("230571", "N")}]]
Krankenversichertennummer: [[KV|{g.health_insurance()}]] (AOK NordWest)
Bankverbindung: [[IBAN|{group(g.iban_de(), 4)}]]

Beantragt wird eine Rente wegen voller Erwerbsminderung. Frau [[P|Nowak-Brandt]] ist seit März 2025 arbeitsunfähig; nach zwei Bandscheibenoperationen und einer schweren depressiven Episode hält die Reha-Klinik sie für weniger als drei Stunden täglich einsetzbar. Der Entlassungsbericht liegt vor. Letzte Beschäftigung: Verkäuferin, 30 Std./Woche. Der Antrag wurde am 26.11.2026 an die Deutsche Rentenversicherung Westfalen übersandt.

Aufgenommen: [[P|Ch. Oberkötter]]""", ["HEALTH"])

doc("outlook", "rente", f"""Betreff: Witwenrente – Unterlagen meines verstorbenen Mannes

Sehr geehrte Damen und Herren,

mein Mann [[P|Konstantinos Antoniadis]] ist am 2. Oktober 2026 verstorben. Ich möchte Witwenrente beantragen und bitte um einen Termin beim Versicherungsamt. Seine Rentenversicherungsnummer war [[SSN|{rv("150448", "A", spaced=False)}]], er hat 38 Jahre bei Hoesch und danach bei einer Spedition gearbeitet.

Ich selbst bin am [[DOB|11.6.1952]] geboren und bekomme eine kleine eigene Rente. Die Witwenrente soll bitte auf unser gemeinsames Konto [[IBAN|{g.iban_de()}]] gehen, das ich jetzt allein weiterführe.

Weil mein Deutsch nicht so gut ist, kommt meine Tochter [[P|Maria]] mit. Sie ist erreichbar unter [[E|maria.antoniadou@t-online.de]] oder [[T|0170 3348 615]].

Mit freundlichen Grüßen
[[P|Sofia Antoniadou]]
[[A|Hagener Straße 102]]
[[A|58795 Sarnhagen]]""")

doc("outlook", "rente", f"""Betreff: AW: Rentenzahlung ins Ausland

hallo frau [[P|Lindemann]],

danke für den rückruf. hier die daten, die sie wollten. mein vater [[P|hüseyin çelik]] zieht ende januar endgültig zurück in die türkei. die rente soll dann auf sein konto dort:
IBAN [[IBAN|{group(g.iban("TR", 22), 4)}]] (Ziraat Bankası)
versicherungsnummer: [[SSN|{rv("010155", "C")}]]
neue adresse: [[A|Atatürk Caddesi No. 45]], [[A|07100 Muratpaşa/Antalya]]

den lebensnachweis schickt dann jedes jahr das konsulat. bis zum umzug wohnt er noch bei mir, [[A|zur alten ziegelei 12]].

gruß
[[P|emre çelik]]
[[T|+49 157 30 22 81 46]]

> Am 24.11.2026 um 15:20 schrieb Versicherungsamt Sarnhagen <[[N|versicherungsamt@sarnhagen.de]]>:
> Sehr geehrter Herr [[P|Çelik]], bitte teilen Sie uns die neue Anschrift und Bankverbindung Ihres Vaters mit.
> [[P|R. Lindemann]]""")

# ---------------------------------------------------------------- bauantrag
doc("outlook", "bauantrag", f"""Betreff: Einwendung gegen Bauantrag Az. [[AZ|63-BA-0419/26]] (Auf dem Kamp 17)

Sehr geehrte Damen und Herren,

als unmittelbare Nachbarn erheben wir Einwendungen gegen das Vorhaben von Herrn [[P|Dr. Volker Stratmann]] auf dem Grundstück [[A|Auf dem Kamp 17]] (Gemarkung Ohle, Flur 5, Flurstück 388). Geplant ist ein zweigeschossiger Anbau mit Dachterrasse nur 2,40 m von unserer Grenze. Nach § 6 BauO NRW ist eine Abstandsfläche von 3 m einzuhalten; zudem setzt der Bebauungsplan Nr. 47 „Am Hülsberg“ hier nur ein Vollgeschoss fest. Die Dachterrasse würde direkt in unser Schlafzimmer sehen.

Wir bitten um Akteneinsicht und um Beteiligung am weiteren Verfahren.

Mit freundlichen Grüßen
[[P|Ingrid Bäumer]] und [[P|Heinz-Werner Bäumer]]
[[A|Auf dem Kamp 19]]
[[A|58799 Sarnhagen]]
[[T|(02394) 7 28 15]]""")

doc("word", "bauantrag", f"""Stadt Sarnhagen · Bauordnungsamt
{RATHAUS} · Telefon {AMT}

Architekturbüro [[P|Haferkamp]]
Frau Dipl.-Ing. [[P|Miriam Haferkamp]]
[[A|Nordring 9]]
[[A|58762 Altena]]

Aktenzeichen: [[AZ|63-BA-0502/26]]
Sarnhagen, 01.12.2026

Bauantrag Neubau Einfamilienhaus, [[A|Schützenstraße 28]], Gemarkung Sarnhagen, Flur 12, Flurstück 211
Bauherren: [[P|Luca Bianchi]] und [[P|Chiara Bianchi-Roth]]

Sehr geehrte Frau [[P|Haferkamp]],

der Bauantrag ist am 12.11.2026 eingegangen. Er ist noch nicht vollständig: Es fehlen der Nachweis der Stellplätze nach § 48 BauO NRW, der Entwässerungsplan und die Unterschrift der Bauherrin auf Blatt 2. Bitte reichen Sie die Unterlagen innerhalb von vier Wochen nach. Die Bearbeitungsfrist beginnt erst mit Vollständigkeit. Die Gebühr wird nach Tarifstelle 2.4.1.1 AVerwGebO NRW auf etwa 1.850,00 € geschätzt.

Mit freundlichen Grüßen
Im Auftrag
[[P|Thorsten Mlynek]]
Durchwahl [[T|02394 711-612]]""")

# ---------------------------------------------------------------- kirchenaustritt
doc("outlook", "kirchenaustritt", f"""Betreff: kirchenaustritt termin?

hi,

ich würde gern aus der katholischen kirche austreten, bin noch in polen getauft worden aber seit der firmung nie mehr hingegangen. kann man das beim standesamt in sarnhagen machen oder muss ich zum amtsgericht? und was kostet das, ich hab was von 30 € gelesen.

meine daten:
[[P|weronika dąbrowska]], geboren [[DOB|02.02.2001]] in Katowice
[[A|Ostwall 12]], [[A|58795 Sarnhagen]]

mein freund [[P|jan]] würde mitkommen, geht das oder muss ich allein rein? am besten passt mir freitags.

lg [[P|weronika]]
[[T|0157 - 322 48 190]] / [[E|wero.dabrowska@icloud.com]]""", ["RELIGION"])

doc("word", "kirchenaustritt", f"""Stadt Sarnhagen – Der Standesbeamte
Aktenzeichen: [[AZ|34.2-KA-031/27]]

Bescheinigung über die Erklärung des Kirchenaustritts

Frau [[P|Dr. med. Anke Lüttgenau-Wirtz]], geboren am [[DOB|29. September 1974]] in Hagen, wohnhaft [[A|Von-Galen-Straße 31]], [[A|58797 Sarnhagen]], hat heute vor mir persönlich erklärt, dass sie aus der Evangelischen Kirche von Westfalen (Religionsgemeinschaft des öffentlichen Rechts) austritt.

Sie hat sich durch Personalausweis ausgewiesen. Der Austritt wird mit Ablauf des heutigen Tages wirksam. Das Bundeszentralamt für Steuern und die zuständige Kirchengemeinde werden nach § 4 KiAustrG NRW unterrichtet. Eine Gebühr von 30,00 € wurde erhoben.

Sarnhagen, 04.01.2027

[[P|Ursula Debus-Kamińska]]
Standesbeamtin""", ["RELIGION"])

# ---------------------------------------------------------------- parkausweis
doc("outlook", "parkausweis", f"""Betreff: Orangener Parkausweis für meinen Vater

Guten Tag,

mein Vater [[P|Salvatore Russo]] (* [[DOB|19.08.1944]]) hat Parkinson im fortgeschrittenen Stadium und kann nur noch mit Rollator kurze Strecken gehen. Das Versorgungsamt hat einen GdB von 70 und das Merkzeichen G festgestellt, der Bescheid ist angehängt. Ich beantrage für ihn den orangefarbenen Parkausweis nach der Ausnahmeregelung für besondere Gruppen.

Er wohnt [[A|Lindenallee 3]], [[A|58797 Sarnhagen]]; gefahren wird er meistens von mir mit meinem Auto, Kennzeichen [[KFZ|EN-SR 441]]. Seine Versichertennummer bei der Barmer ist [[KV|{g.health_insurance()}]].

Viele Grüße
[[P|Marco Russo]]
[[T|0173 / 820 14 57]]""", ["HEALTH"])

doc("outlook", "parkausweis", f"""Betreff: Verlängerung Bewohnerparkausweis Zone B + neues Auto

Hallo liebes Team,

mein Bewohnerparkausweis für die Zone B (Innenstadt) läuft am 31.12. ab. Ich möchte ihn verlängern, aber für mein neues Auto: altes Kennzeichen [[KFZ|MK-AH 612]] (verkauft), neues Kennzeichen [[KFZ|MK-AH 2207E]]. Der Fahrzeugschein ist angehängt, Halterin bin ich.

Die Gebühr von 120 € für zwei Jahre zahle ich wieder per Lastschrift wie beim letzten Mal, Kassenzeichen war [[AZ|6.2024.551209]].

Meine Adresse: [[P|Amela Hadžić]], [[A|Hohe Straße 4c]], [[A|58795 Sarnhagen]]

Danke und liebe Grüße
[[P|Amela]]
[[E|amela.hadzic@posteo.de]]""")

# ---------------------------------------------------------------- aktenvermerk
_amex = g.credit_card("37", 15)
_tid2 = g.tax_id()
doc("word", "aktenvermerk", f"""Telefonnotizen Bürgerbüro Ohle – 30.11.2026

• 08:40 [[P|Bayram, Hatice]] ruft an: Führerschein umschreiben lassen, Termin Do. 10:15 gegeben. Rückruf erbeten unter [[T|0176 88 41 20 73]].
• 09:25 Herr [[P|Lindqvist]] (Schwede, wohnt [[A|Kolpingstraße 7]]): braucht Steuer-ID für neuen Arbeitgeber, aus Register abgelesen und per Post verschickt: [[TID|{_tid2}]]
• 10:05 Frau [[P|de Vries]] zahlt Führungszeugnis (13,00 €) per Kreditkarte, Zahlung am Terminal abgelehnt, Karte [[CC|{_amex[:4]} {_amex[4:10]} {_amex[10:]}]]; Kasse informiert, Beleg Nr. 2026-11-30/017 storniert.
• 11:30 Herr [[P|Dr. Emeka Nwosu]] meldet Verlust Reisepass [[PASS|{g.passport(check_digit=True)}]], Verlustanzeige aufgenommen, E-Mail-Bestätigung an [[E|e.nwosu@uni-hagen.de]].

Allgemeine Rückfragen an die Zentrale {AMT}.
gez. [[P|A. Yilmaz-Berger]]""")

doc("word", "aktenvermerk", f"""Ordnungsamt Sarnhagen – Vermerk Ortstermin
Az.: [[AZ|32.4-AV-0877/26]]

Am 26.11.2026 gegen 14:30 Uhr wurde auf dem Parkstreifen vor [[A|Hohe Straße 31]] ein abgemeldetes Fahrzeug (grauer Kombi) ohne gültige Zulassung festgestellt; die zuletzt zugeteilten Kennzeichen [[KFZ|LÜN-K 88]] lagen hinter der Windschutzscheibe. Rote Plakette Nr. 62/26 angebracht, Frist zur Entfernung 14 Tage (§ 22 LAbfG).

Hinweisgeber: Anwohner [[P|Jürgen Stemmann]], gleiche Anschrift, Tel. [[T|02394 6 03 58]].
Halterin laut Halterauskunft: [[P|Bojana Marković]], geb. [[DOB|07.05.1988]], [[A|Wilhelmstraße 5]], [[A|44532 Lünen]]. Frau [[P|Marković]] war telefonisch nicht erreichbar; Anhörungsschreiben geht heute raus.

Ortstermin: [[P|Winkelmann]] / [[P|Grzegorz Lis]]""")


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh12.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, (channel, template, text, flags) in enumerate(DOCS, 1):
            f.write(json.dumps(build(i, channel, template, text, flags), ensure_ascii=False) + "\n")
    print(f"wrote {len(DOCS)} documents to {out}")


if __name__ == "__main__":
    main()
