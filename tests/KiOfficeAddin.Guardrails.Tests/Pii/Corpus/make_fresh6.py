#!/usr/bin/env python3
"""Writes fresh6.jsonl: 30 new held-out letters and mails of a German city administration (Stadt Iserlohn,
invented), written blind to the detector and independent of shared/corpus/dev.jsonl and fresh.jsonl.

    python3 make_fresh6.py            (writes fresh6.jsonl beside this script; deterministic)

Texts carry inline marks [[CATEGORY|text]] (and [[N|text]] for neutral spans); this script strips the marks and
computes start/end as UTF-16 indices (all characters are in the BMP, which is asserted). Identifiers come from
identifiers.py (tests/.../Pii/Corpus) with valid check digits. All people, addresses and numbers are invented.
Mark-stripping and offset logic copied from make_fresh.py.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from identifiers import Identifiers, group  # noqa: E402

from marks import build as build_marked  # noqa: E402

g = Identifiers(6060606)
DOCS = []


def doc(channel, template, text, flags=()):
    DOCS.append((channel, template, text, list(flags)))


def build(index, channel, template, marked, flags):
    return build_marked(f"b6-{index:03d}", channel, template, marked, flags)


def ssn_spaced(s):
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"


def tid_spaced(t):
    return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"


ZENTRALE = "[[N|02371 217-0]]"
RATHAUS = "[[N|Schillerplatz 7]] · [[N|58636 Iserlohn]]"

# ================================================================ Outlook: citizen mails (15)

# --- Sozialamt, non-native writer (Syrian), husband's stroke
doc("outlook", "sozialamt-grundsicherung", f"""Betreff: Frage wegen Grundsicherung für meinem Mann

Sehr geehrte Frau [[P|Tönnies]],

ich schreibe Ihnen wegen dem Antrag auf Grundsicherung für meinem Mann [[P|Bassel al-Hamwi]], geboren am [[DOB|11.03.1961]]. Sie haben uns am Telefon gesagt, das noch Unterlagen fehlt. Mein Mann ist seit dem Schlaganfall im April halbseitig gelähmt und kann nicht mehr arbeiten und nicht gut sprechen, deshalb schreibe ich für ihn. Das Attest von Dr. [[P|Kühnel]] habe ich schon im Juli bei Ihnen abgegeben.

Was fehlt noch genau? Die Rentenversicherungsnummer von meinem Mann ist [[SSN|{ssn_spaced(g.social_security("110361", "H"))}]]. Die Kontoauszüge von die letzten drei Monate schicke ich mit der Post, weil der Scanner von unsere Sohn [[P|Taim]] kaputt ist.

Unser Aktenzeichen ist [[AZ|50.21-GS-4471/26]].
Wir wohnen immer noch [[A|Im Wiesengrund 14]], [[A|58640 Iserlohn]].
Mein Handy: [[T|0176 24 93 11 08]]

Vielen Dank für Ihre Hilfe
[[P|Nour al-Hamwi]]""", ["HEALTH"])

# --- Wohngeldstelle, informal lower-case (Polish writer)
doc("outlook", "wohngeld-weiterleistung-klein", f"""Betreff: wohngeld weiterbewilligung

hallo,

mein wohngeld läuft ende november aus, den weiterleistungsantrag hab ich letzte woche in den briefkasten am rathaus geworfen. ist der angekommen? die nummer vom alten bescheid ist [[AZ|WG 64-20318]].

neu ist, dass meine tochter [[P|zuzanna]] seit september eine ausbildung als zahnmedizinische fachangestellte macht und 840 € brutto verdient. muss ich das extra melden oder reicht die kopie vom ausbildungsvertrag?

und ich habe ein neues konto bei der sparkasse, überweisen sie bitte ab dezember auf [[IBAN|{group(g.iban_de(), 4)}]], das alte konto bei der postbank ist gekündigt.

grüße
[[P|bożena wójcik]]
[[A|auf der emst 9]], [[A|58638 iserlohn]]
[[T|0157-88 21 03 47]]""")

# --- Ausländerbehörde, forwarded with quoted header, Afghan writer
doc("outlook", "auslaenderbehoerde-familiennachzug-wg", f"""Betreff: WG: Termin für Aufenthaltserlaubnis meine Frau

Hallo [[P|Jörn]],

anbei die Mail von Herrn [[P|Noorzai]]. Der Termin am Mittwoch um 10:30 Uhr ist laut Kalender noch frei, kannst du ihn bitte eintragen und die Akte [[AZ|ABH 3.2-117/24]] bereitlegen? Die Vorabzustimmung der Botschaft ist in der E-Akte.

Gruß
[[P|Svenja Ruhrmann]]
Ausländerbehörde · Zimmer 0.17 · Tel. [[T|02371 217-1743]]

Am 12.10.2026 um 09:14 schrieb [[P|Farid Noorzai]] <[[E|farid.noorzai88@gmail.com]]>:
> Sehr geehrte Damen und Herren,
>
> meine Frau [[P|Mursal Noorzai]] ist im August mit Familiennachzug gekommen und hat nur Visum bis 30.11.2026. Wir brauchen einen Termin für die Aufenthaltserlaubnis. Ihre Reisepassnummer ist [[PASS|P0{g.digits(7)}]], der Pass ist gültig bis 2031.
> Wir haben auch einen Sohn, [[P|Yama]], er ist am [[DOB|4. Februar 2026]] hier in Iserlohn geboren. Braucht er auch einen Termin oder reicht die Geburtsurkunde?
> Unsere Adresse: [[A|Gerlingser Weg 58]], [[A|58638 Iserlohn]]
> Telefon: [[T|01521 7730548]]
>
> Mit freundlichen Grüßen
> [[P|Farid Noorzai]]""")

# --- Standesamt, couple, church building as photo spot (no flag)
doc("outlook", "standesamt-eheschliessung-ausland", f"""Betreff: Anmeldung zur Eheschließung – Unterlagen aus Italien und Griechenland

Sehr geehrte Damen und Herren,

mein Verlobter und ich möchten im Juni 2027 in Iserlohn standesamtlich heiraten, am liebsten im Trauzimmer von Haus Letmathe. Ich bin italienische Staatsangehörige, geboren am [[DOB|23.05.1994]] in Palermo, mein Verlobter [[P|Christos Vlachopoulos]] ist Grieche und kam am [[DOB|9.1.1990]] in Thessaloniki zur Welt. Wir wohnen beide seit 2021 in Deutschland.

Welche Unterlagen brauchen wir genau? Reicht für Herrn [[P|Vlachopoulos]] eine internationale Geburtsurkunde, oder muss sie übersetzt und mit Apostille versehen werden? Und brauchen wir ein Ehefähigkeitszeugnis aus beiden Ländern?

Die Fotos wollen wir danach an der Bauernkirche machen, ist das mit der Trauung am Vormittag zeitlich machbar?

Unsere gemeinsame Adresse: [[A|Eichendorffallee 31]], [[A|58644 Iserlohn]]
Handy: [[T|+49 171 5530 9124]]

Viele Grüße
[[P|Annunziata Lo Bianco]]
[[E|lobianco.annunziata@icloud.com]]""")

# --- Bauamt, architect with firm signature, Austrian address of the clients
doc("outlook", "bauamt-bauvoranfrage-architekt", f"""Betreff: Bauvoranfrage Gemarkung Hennen, Flur 4, Flurstück 218 – Ihr Az. [[AZ|63-BV-0392/26]]

Sehr geehrte Frau [[P|Kleffmann]],

vielen Dank für das Telefonat am Montag. Wie besprochen reiche ich im Auftrag meiner Bauherren, [[P|Friedemann]] und [[P|Ortrud von Heereman]], die ergänzten Unterlagen zur Bauvoranfrage für das Grundstück [[A|Heidepfad 11]] nach.

Geplant ist ein Einfamilienhaus mit Einliegerwohnung, zwei Vollgeschosse, Satteldach 38°. Das Grundstück liegt im Geltungsbereich des Bebauungsplans Nr. 87 „Rheinener Weg“, der eine GRZ von 0,4 festsetzt; mit der Garage überschreiten wir diese knapp (0,43). Wir bitten daher um Prüfung einer Befreiung nach § 31 Abs. 2 BauGB.

Die Bauherren wohnen derzeit noch in Österreich, [[A|Schönbrunner Straße 118/7]], [[A|1050 Wien]]; Post bitte ausschließlich an unser Büro. Die Gebühr überweisen wir nach Erhalt des Bescheids, bitte die Rechnungsnummer 2026-BV-118 nicht mit dem Aktenzeichen verwechseln.

Mit freundlichen Grüßen

Dipl.-Ing. [[P|Hendrik Terhechte]]
Architekt

[[P|Terhechte]] Architektur · [[A|Am Dördel 12]] · [[A|58642 Iserlohn]]
Tel. [[T|02374 / 92 08 51]] · Mobil [[T|0170 6631 448]]
[[E|h.terhechte@terhechte-architektur.de]]
Steuernr. [[TNR|{g.tax_number_nrw()}]] · USt-IdNr. [[VAT|{g.vat_id()}]]""")

# --- Ordnungsamt, parking complaint with plates
doc("outlook", "ordnungsamt-gehwegparker", """Betreff: Dauerparker auf dem Gehweg Tulpengasse

Guten Morgen,

seit Anfang Oktober parkt fast jeden Tag ein weißer Transporter mit dem Kennzeichen [[KFZ|ISL-TK 94]] halb auf dem Gehweg vor unserem Haus, [[A|Tulpengasse 2]]. Dazu steht seit drei Wochen ein Anhänger ohne Zugfahrzeug daneben ([[KFZ|MK-AZ 1207]]). Mit dem Kinderwagen komme ich nur noch über die Fahrbahn vorbei, und die Müllabfuhr hat letzte Woche unsere Tonnen nicht geleert, weil sie nicht durchkam.

Der Halter wohnt wohl zwei Häuser weiter, ein Herr [[P|Ruschmeyer]]. Ich habe ihn schon zweimal freundlich angesprochen, leider ohne Ergebnis.

Könnten Sie bitte mal jemanden vorbeischicken, am besten morgens zwischen 7 und 9 Uhr?

Freundliche Grüße
[[P|Gunhild Sporkmann]]
Tel. [[T|(02371) 43 98 06]]""")

# --- Steueramt, Gewerbesteuer, Vietnamese owner, federal-form tax number
doc("outlook", "steueramt-gewerbesteuer-herabsetzung", f"""Betreff: Antrag auf Herabsetzung der Gewerbesteuer-Vorauszahlungen 2027
Von: [[P|Đặng Thị Hương]] <[[E|dang.huong@lotus-nails.de]]>

Sehr geehrte Damen und Herren,

ich betreibe seit 2019 das Nagelstudio „Lotus Nails“ in der [[A|Wermingser Str. 23]]. Seit der Baustelle in der Fußgängerzone ist mein Umsatz um fast 40 % zurückgegangen. Ich beantrage deshalb, die Gewerbesteuer-Vorauszahlungen für 2027 herabzusetzen. Das Finanzamt hat den Messbetrag bereits angepasst, der Bescheid vom 28.10.2026 liegt als PDF bei.

Steuernummer: [[TNR|{g.tax_number_federal_nrw()}]]
USt-IdNr.: [[VAT|{g.vat_id()}]]
Kassenzeichen der Stadt: [[AZ|4.2026.310558]]

Bei Rückfragen können Sie auch meinen Steuerberater anrufen, Herrn [[P|Wingenfeld]], [[T|02371 9 51 77-12]].

Mit freundlichen Grüßen
[[P|Đặng Thị Hương]]
Inhaberin""")

# --- Jugendamt, Unterhaltsvorschuss, DNA paternity (GENETIC), c/o address
doc("outlook", "jugendamt-unterhaltsvorschuss", f"""Betreff: Unterhaltsvorschuss für [[P|Tobenna]] – Az. [[AZ|51.4-UV-2208/25]]

Sehr geehrter Herr [[P|Brüggenthies]],

wie am Telefon besprochen schicke ich Ihnen die fehlenden Unterlagen. Das Abstammungsgutachten vom Institut für Rechtsmedizin ist jetzt da: [[P|Emeka Nwosu]] ist mit einer Wahrscheinlichkeit von 99,99 % der Vater von [[P|Tobenna]] (geb. [[DOB|19.06.2022]]). Trotzdem zahlt Herr [[P|Nwosu]] bis heute keinen Unterhalt. Seine letzte bekannte Adresse ist [[A|Nordring 88 a]], [[A|58636 Iserlohn]], aber laut den Nachbarn wohnt er dort seit dem Sommer nicht mehr.

Bis ich eine eigene Wohnung finde, wohne ich mit [[P|Tobenna]] bei meiner Schwester:
[[P|Chiamaka Eze]]
c/o [[P|Ifeoma Eze-Brandhoff]]
[[A|Marktplatz 6]]
[[A|58675 Hemer]]

Bitte schicken Sie die Post dorthin. Telefonisch erreichen Sie mich am besten nach 15 Uhr unter [[T|0049 152 2883 4410]].

Mit freundlichen Grüßen
[[P|Chiamaka Eze]]""", ["GENETIC"])

# --- Schulamt, school allocation, Jewish family (RELIGION)
doc("outlook", "schulamt-grundschule-zuweisung", """Betreff: Schulanmeldung [[P|Elias Rabinowitsch]] – Bitte um Zuweisung an eine Gemeinschaftsgrundschule

Guten Tag,

unser Sohn [[P|Elias]] (geb. [[DOB|27.08.2020]]) soll im Sommer 2027 eingeschult werden. Laut Ihrem Schreiben vom 02.11.2026 ist er der Katholischen Grundschule am Nussberg zugewiesen worden, weil die Gemeinschaftsgrundschule Hennen voll ist.

Wir sind eine jüdische Familie, [[P|Elias]] besucht sonntags die Religionsschule der Jüdischen Gemeinde in Hagen. Wir möchten nicht, dass er an einer Bekenntnisschule am katholischen Religionsunterricht und an Schulgottesdiensten teilnehmen muss. Gibt es die Möglichkeit, ihn an der GGS Wiesengrund oder an der Grundschule Bömberg anzumelden? Den Schulweg würden wir selbst organisieren.

Für ein Gespräch sind wir jederzeit bereit.

Mit freundlichen Grüßen
[[P|Dina Rabinowitsch]] und [[P|Boris Rabinowitsch]]
[[A|An der Schlacht 17]]
[[A|58640 Iserlohn]]
Tel. [[T|+49 2371 9 48 37 10]]""", ["RELIGION"])

# --- Bürgerbüro, forwarded with Von: block, Romanian writer, ID card lost
doc("outlook", "buergerbuero-ausweis-verlust-wg", f"""Betreff: WG: Verlustanzeige Personalausweis

Liebe Kolleginnen,

bitte den Ausweis sperren lassen und Frau [[P|Bălan]] einen Termin für den Neuantrag geben, möglichst noch diese Woche. Danke!

[[P|Thekla Drepper]]
Bürgerbüro Letmathe

Von: [[P|Bălan, Ionela]] <[[E|ionela.balan@yahoo.com]]>
Gesendet: Dienstag, 20. Oktober 2026 22:47
An: [[N|buergerbuero@iserlohn.de]]
Betreff: Verlustanzeige Personalausweis

Hallo,

ich habe heute mein Portemonnaie im Bus verloren, zwischen Stadtbahnhof und Letmathe. Darin war mein Personalausweis, Nummer [[IDC|{g.id_card(check_digit=True)}]], ausgestellt 2022 in Iserlohn. Ich bin geboren am [[DOB|14.12.1988]] in Brașov.
Die Polizei sagt, ich muss das auch bei Ihnen melden. Ich brauche den Ausweis dringend für die Arbeit, bitte einen schnellen Termin. Meine Tochter [[P|Daria]] hat ihren Kinderreisepass noch, der war nicht im Portemonnaie. Meine Visa-Karte war auch drin ([[CC|{group(g.credit_card("4", 16), 4)}]]), die habe ich schon bei der Bank sperren lassen.

Ich wohne [[A|Lennestraße 112 c]], [[A|58642 Iserlohn]].
Tel [[T|0163 / 774 90 21]] oder rumänische Nummer [[T|+40 745 318 226]]

Mulțumesc,
[[P|Ionela Bălan]]""")

# --- Friedhof, Muslim grave field (RELIGION)
doc("outlook", "friedhof-grabnutzungsrecht", """Betreff: Umschreibung Nutzungsrecht – Ihr Zeichen [[AZ|FV-2026/0931]]

Sehr geehrte Damen und Herren,

meine Mutter, [[P|Gülizar Karataş]], ist am 2. September verstorben und wurde auf dem muslimischen Grabfeld des Hauptfriedhofs beigesetzt (Feld M 3, Reihe 2, Nr. 14). Das Nutzungsrecht läuft noch auf meinen verstorbenen Vater. Mein Bruder [[P|Cengiz]] und ich möchten, dass es auf mich umgeschrieben wird; seine Verzichtserklärung liegt bei.

Nach islamischem Glauben soll das Grab nicht aufgelöst werden. Wir möchten das Nutzungsrecht deshalb gleich um 25 Jahre verlängern. Bitte teilen Sie mir die Kosten mit.

Mit freundlichen Grüßen

[[P|Aynur Karataş-Öğüt]]
[[A|Zur Alten Ziegelei 4 c]], [[A|58706 Menden]]
[[T|02373/ 39 18 62]]
[[E|aynur.oegut@gmx.net]]""", ["RELIGION"])

# --- Musikschule, registration with SEPA mandate
doc("outlook", "musikschule-anmeldung-sepa", f"""Betreff: Anmeldung Geigenunterricht + SEPA-Mandat

Hallo Frau [[P|Rapp]],

nach der Schnupperstunde letzte Woche möchte unsere Tochter unbedingt weitermachen. Hier die Angaben für die Anmeldung:

Schülerin: [[P|Chrysanthi Kyriakidou]], * [[DOB|03.12.2016]]
Fach: Violine, Einzelunterricht 30 Minuten, bei Herrn [[P|Lindenblatt]] (Kurs-Nr. 27-114)
Beginn: 01.01.2027

Ihr Bruder [[P|Nikos]] spielt schon Trompete im Jugendblasorchester, gilt dann die Geschwisterermäßigung?

SEPA-Lastschriftmandat
Kontoinhaber: [[P|Stavros Kyriakidis]]
IBAN: [[IBAN|{group(g.iban_de(), 4)}]]
Anschrift: [[A|Kirchweg 4]], [[A|58644 Iserlohn]]

Das unterschriebene Formular bringt [[P|Chrysanthi]] zur nächsten Stunde mit.

Viele Grüße
[[P|Stavros Kyriakidis]]
[[T|02371 / 8 27 55 09]]""")

# --- Bibliothek, very short lower-case mail; surname only in the address
doc("outlook", "bibliothek-mahnung", """Von: [[E|wiebke.oelmann@posteo.de]]
Betreff: mahnung leseausweis

hallo liebe stadtbücherei,

ich hab eine mahnung über 4,50 € bekommen für „Die Mitternachtsbibliothek“, aber das buch hab ich am 3.10. in den rückgabekasten am eingang geworfen. ausweisnummer [[N|0047 1183 26]]. könnt ihr bitte nochmal im regal schauen?

lg [[P|wiebke]]""")

# --- Rettungsdienst fees, objection on behalf of father (HEALTH), KVNR, credit card
doc("outlook", "rettungsdienst-gebuehren-widerspruch", f"""Betreff: Widerspruch Gebührenbescheid Rettungsdienst – Kassenzeichen [[AZ|3.2026.0417755]]

Sehr geehrte Damen und Herren,

gegen den Gebührenbescheid vom 06.11.2026 über 684,00 EUR lege ich im Namen meines Vaters [[P|Zbigniew Grabowski]] (geb. [[DOB|7. Juli 1948]]) Widerspruch ein. Eine Vollmacht liegt bei.

Mein Vater wurde am 14.09.2026 mit Verdacht auf Herzinfarkt vom Rettungswagen ins Evangelische Krankenhaus Bethanien gebracht, laut Notarztprotokoll ([[P|Dr. med. Henrike Aldenhoven]]) war der Transport notwendig. Er ist bei der AOK NordWest versichert, Krankenversichertennummer [[KV|{g.health_insurance()}]]. Bitte rechnen Sie direkt mit der Krankenkasse ab und nicht mit ihm.

Einen Teilbetrag von 100,00 EUR habe ich vor dem Widerspruch versehentlich schon über Ihr Online-Portal bezahlt, mit meiner Kreditkarte [[CC|{group(g.credit_card("5", 16), 4, "-")}]]. Bitte erstatten Sie das oder verrechnen Sie es.

Mit freundlichen Grüßen
[[P|Tomasz Grabowski]]
[[A|Im Hagen 7]]
[[A|58762 Altena]]
[[T|+49 2352 7 14 03]]""", ["HEALTH"])

# --- Abfallwirtschaft, instalments, strike pay from the union (UNION), non-native writer
doc("outlook", "abfall-ratenzahlung", """Betreff: Ratenzahlung Abfallgebühren, Kundennummer [[AZ|20-118734]]

Guten Tag,

ich habe Bescheid bekommen für Abfallgebühren 2026, 312,60 Euro. Ich bitte um Ratenzahlung. Seit sechs Wochen ist Streik in unsere Firma, ich bekomme nur Streikgeld von der IG Metall und das ist viel weniger als Lohn. Ich kann 50 Euro jeden Monat zahlen, ab Dezember.

Noch etwas: die Biotonne ist seit Sommer kaputt, der Deckel ist gebrochen. Können Sie eine neue bringen oder muss ich die abholen?

Mit freundliche Grüße
[[P|Gennadij Wiebe]]
[[A|Von-Scheibler-Str. 40]], [[A|58638 Iserlohn]]
[[T|0176-51 20 33 89]]""", ["UNION"])

# ================================================================ Word: staff letters and notes (10)

# --- Wohngeld Bescheid (Krankenkasse mentioned without a condition: no flag)
doc("word", "wohngeld-bewilligung", f"""Stadt Iserlohn · Der Bürgermeister · Wohngeldstelle
{RATHAUS}

Frau
[[P|Nataliia Hrytsenko]]
[[A|Baarstraße 102]]
[[A|58636 Iserlohn]]

Aktenzeichen: [[AZ|64.1-WG-77312]]
Ansprechpartner: Herr [[P|Frerichs]], Zimmer 2.114
Telefon: [[T|02371 217-2281]]
E-Mail: [[E|j.frerichs@iserlohn.de]]
Datum: 24.11.2026

Bewilligung von Wohngeld (Mietzuschuss)

Sehr geehrte Frau [[P|Hrytsenko]],

auf Ihren Antrag vom 02.10.2026 wird Ihnen für die Zeit vom 01.10.2026 bis 30.09.2027 Wohngeld in Höhe von monatlich 287,00 EUR bewilligt.

Bei der Berechnung wurden zwei Haushaltsmitglieder berücksichtigt: Sie selbst und Ihr Sohn [[P|Bohdan]]. Als Miete wurden 610,00 EUR (Höchstbetrag nach § 12 WoGG, Mietenstufe III) zugrunde gelegt. Ihr Einkommen aus der Teilzeitbeschäftigung wurde nach Abzug der Pauschalen für Steuern sowie Beiträge zur Kranken- und Rentenversicherung (§ 16 WoGG) mit 1.184,00 EUR monatlich angesetzt; Ihre Beiträge an die Techniker Krankenkasse sind damit abgegolten.

Das Wohngeld wird monatlich im Voraus auf Ihr Konto [[IBAN|{group(g.iban_de(), 4)}]] überwiesen.

Bitte teilen Sie uns unverzüglich mit, wenn sich Ihre Miete oder Ihr Einkommen um mehr als 15 % ändert oder jemand aus der Wohnung auszieht (§ 27 WoGG).

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Arnsberg erhoben werden.

Mit freundlichen Grüßen
Im Auftrag

[[P|Jannes Frerichs]]

Servicezeiten: Mo–Fr 8–12 Uhr, Do 14–17 Uhr · Zentrale {ZENTRALE}""")

# --- Anhörung Bußgeldverfahren
doc("word", "ordnungsamt-anhoerung-geschwindigkeit", """Stadt Iserlohn – Ordnungsamt – Bußgeldstelle

Herrn
[[P|Ilir Hoxha]]
[[A|Zum Großen Holz 3]]
[[A|58640 Iserlohn]]

Aktenzeichen: [[AZ|32.2-OWi-508817]]
(bitte bei allen Schreiben und Zahlungen angeben)

Anhörung im Bußgeldverfahren

Sehr geehrter Herr [[P|Hoxha]],

Ihnen wird vorgeworfen, am 17.10.2026 um 08:52 Uhr in Iserlohn, Hans-Böckler-Straße, Höhe Busbahnhof, als Führer des Pkw mit dem amtlichen Kennzeichen [[KFZ|LÜD-R 588]] die zulässige Höchstgeschwindigkeit innerhalb geschlossener Ortschaften von 30 km/h um 23 km/h (nach Toleranzabzug) überschritten zu haben.
§§ 41 Abs. 1 iVm Anlage 2, 49 StVO; § 24 StVG; 11.3.4 BKat. Regelsatz: 150,00 EUR; im Fahreignungsregister wird 1 Punkt eingetragen.

Beweismittel: Messfoto, Messprotokoll (Gerät PoliScan FM1), Zeuge PHK [[P|Brandt]].

Sie haben Gelegenheit, sich zu dem Vorwurf zu äußern. Angaben zur Sache sind freiwillig; zu Ihrer Person sind Sie zu Angaben verpflichtet (§ 111 OWiG). Bitte prüfen Sie die folgenden Daten und ergänzen Sie fehlende:

Name, Vorname: [[P|Hoxha, Ilir]]
Geburtsdatum: [[DOB|30.05.1987]]
Geburtsort: Prizren
Anschrift: siehe oben

Wenn Sie das Fahrzeug nicht selbst geführt haben, nennen Sie uns bitte die verantwortliche Person. Senden Sie den Anhörungsbogen innerhalb einer Woche zurück.

Mit freundlichen Grüßen
Im Auftrag
[[P|Merle Tiggemann]]""")

# --- Aktenvermerk Sozialamt, home visit, dementia (HEALTH), RV number and KVNR, birth name
doc("word", "sozialamt-hausbesuch-hzp", f"""Aktenvermerk – Hausbesuch Hilfe zur Pflege

Az.: [[AZ|50.3-HzP-1129/26]]
Besuch am: 18.11.2026, 10:30–11:45 Uhr
Anwesend: Frau [[P|Lydia Reimer]] (geb. [[P|Dück]], * [[DOB|22.01.1939]]), Antragstellerin; ihr Sohn [[P|Waldemar Reimer]] als gesetzlicher Betreuer; [[P|K. Mollenhauer]], Sozialdienst

Frau [[P|Reimer]] lebt allein in einer Erdgeschosswohnung ([[A|Lenneuferstr. 6]], [[N|Whg. 3]]). Seit etwa einem Jahr fortschreitende Alzheimer-Demenz, fachärztlich diagnostiziert; Pflegegrad 3 seit April 2026. Sie erkannte mich zu Beginn nicht und fragte mehrfach nach ihrem verstorbenen Mann. Der ambulante Pflegedienst kommt morgens und abends, die Nachbarin Frau [[P|Tegethoff]] kauft zweimal pro Woche ein. Tagsüber ist Frau [[P|Reimer]] meist allein; der Herd wurde bereits zweimal angelassen.

Vorgelegt wurden: Rentenbescheid der DRV (Versicherungsnummer [[SSN|{g.social_security("220139", "D")}]]), Bescheid der Pflegekasse (KVNR [[KV|{g.health_insurance()}]]), Betreuerausweis des Amtsgerichts Iserlohn.

Herr [[P|Reimer]] bittet, Post künftig nur an ihn zu senden: [[A|Untere Mühle 2]], [[A|58642 Iserlohn]], Tel. [[T|02374 50 11 87]].

Weiteres Vorgehen: Antrag auf Tagespflege (2 Tage/Woche) unterstützen, Kostenübernahme für Herdabschaltung prüfen, Wiedervorlage 15.01.2027.

gez. [[P|Mollenhauer]]""", ["HEALTH"])

# --- Gesprächsnotiz Ausländerbehörde: Roma (ETHNICITY), fingerprints / AFIS (BIOMETRIC)
doc("word", "auslaenderbehoerde-gespraechsnotiz-25b", f"""Gesprächsnotiz Ausländerbehörde

Datum: 05.11.2026
Az.: [[AZ|ABH 2.1-3390/23]]
Vorsprache: Herr [[P|Bajram Osmani]], geb. [[DOB|14.04.1979]], mit Ehefrau [[P|Fatmire Osmani]]; Dolmetscher Herr [[P|Valon Zeqiri]] (Albanisch/Romanes)
Sachbearbeitung: [[P|Ruhrmann]]

Herr [[P|Osmani]] beantragt eine Aufenthaltserlaubnis nach § 25b AufenthG für sich, seine Frau und die beiden Kinder. Die Familie ist im Juni 2015 aus dem Kosovo eingereist und lebt seither in Iserlohn, derzeit [[A|Sundernallee 57]], [[A|58636 Iserlohn]].

Zur Begründung seines früheren Asylantrags gab er an, die Familie gehöre der Minderheit der Roma an; im Kosovo hätten sie weder Arbeit noch eine Wohnung gefunden, die Kinder seien in der Schule beschimpft und geschlagen worden. Eine Rückkehr sei für ihn nicht vorstellbar.

Identität: kosovarischer Reisepass Nr. [[PASS|P{g.digits(8)}]], gültig bis 2029; Frau [[P|Osmani]] besitzt bislang nur eine Geburtsurkunde, ein Pass ist beantragt.

Für den elektronischen Aufenthaltstitel wurden beiden heute Fingerabdrücke abgenommen. Der Abgleich im AFIS ergab bei Herrn [[P|Osmani]] einen Treffer aus dem Asylverfahren 2015 unter derselben Identität, bei Frau [[P|Osmani]] keinen Treffer.

Lebensunterhalt: Herr [[P|Osmani]] arbeitet seit 2022 in Vollzeit als Lagerhelfer bei einer Spedition in Hagen (Nettoeinkommen ca. 1.950 EUR), Frau [[P|Osmani]] als Reinigungskraft in Teilzeit. Die Kinder [[P|Arjeta]] (12) und [[P|Dardan]] (9) besuchen die Gesamtschule Seilersee bzw. die Grundschule Kalthof; Zeugnisse wurden vorgelegt.

Noch vorzulegen: Mietvertrag, Nachweis über Sprachkenntnisse A2 für Frau [[P|Osmani]], Bescheinigung über den Orientierungskurs.

Hinweise an die Familie: Die Erteilung nach § 25b AufenthG setzt einen achtjährigen Voraufenthalt (bei Kindern im Haushalt sechs Jahre), überwiegende Lebensunterhaltssicherung und Kenntnisse der Rechts- und Gesellschaftsordnung voraus. Die Voraussetzungen dürften bei Herrn [[P|Osmani]] vorliegen; bei Frau [[P|Osmani]] fehlt bisher der Sprachnachweis. Auf die Möglichkeit der Erteilung an die Kinder nach § 25a AufenthG wurde hingewiesen. Die Gebühr für den eAT (100,00 EUR je Erwachsenem) wird bei Ausgabe fällig.

Nächster Termin: 03.12.2026, 9:00 Uhr, Zimmer 0.21. Rückfragen der Familie an den Dolmetscher, Herr [[P|Zeqiri]] ist unter [[T|0177 8 44 19 30]] erreichbar.""", ["ETHNICITY", "BIOMETRIC"])

# --- Einladung Jugendamt Hilfeplangespräch
doc("word", "jugendamt-einladung-hilfeplan", """Stadt Iserlohn
Jugendamt – Allgemeiner Sozialer Dienst
[[N|Friedrichstraße 11]] · [[N|58636 Iserlohn]]

Frau [[P|Chantal Wiemers]]
Herrn [[P|Sascha Kuhlenkamp]]
[[A|Auf dem Lösenbach 23]]
[[A|58636 Iserlohn]]

Unser Zeichen: [[AZ|51.2-HzE-0671/25]]
Iserlohn, 26.11.2026

Einladung zum Hilfeplangespräch

Sehr geehrte Frau [[P|Wiemers]], sehr geehrter Herr [[P|Kuhlenkamp]],

hiermit lade ich Sie zur Fortschreibung des Hilfeplans für Ihren Sohn [[P|Marlon Wiemers]], geb. [[DOB|08.02.2014]], ein.

Termin: Dienstag, 15.12.2026, 14:00 Uhr
Ort: Jugendamt, Besprechungsraum 3.07 (3. Etage, Aufzug vorhanden)

Teilnehmen werden außerdem Frau [[P|Dilan Ekinci]] von der Erziehungsberatungsstelle und Herr [[P|Bögershausen]] von der Tagesgruppe „Kleine Strolche“. [[P|Marlon]] kann und soll am Gespräch teilnehmen; wir besprechen gemeinsam, wie es in der Tagesgruppe und in der Schule läuft und welche Ziele wir uns für das nächste halbe Jahr setzen.

Sollten Sie verhindert sein, melden Sie sich bitte rechtzeitig unter [[T|02371 217-5164]] oder per E-Mail an [[E|m.schwanke@iserlohn.de]].

Mit freundlichen Grüßen

[[P|Mareen Schwanke]]
Dipl.-Sozialpädagogin""")

# --- Beitragsbescheid OGS, form-like block with Steuer-IDs, Prof. Dr.
_tid1, _tid2 = g.tax_id(), g.tax_id()
doc("word", "schulamt-ogs-beitragsbescheid", f"""Stadt Iserlohn · Schulverwaltungsamt · Elternbeiträge Offener Ganztag
{RATHAUS}

Frau Prof. [[P|Dr. Annegret Voßkötter-Iqbal]]
Herrn [[P|Tariq Iqbal]]
[[A|Auf der Bleiche 19]]
[[A|58644 Iserlohn]]

Kassenzeichen: [[AZ|5.2026.402981]]
Datum: 20.11.2026

Festsetzung des Elternbeitrags für die Offene Ganztagsschule (Schuljahr 2026/27)

Sehr geehrte Frau [[P|Voßkötter-Iqbal]], sehr geehrter Herr [[P|Iqbal]],

für die Betreuung Ihrer Tochter [[P|Selma]] (Klasse 2b, Grundschule Bömberg) im Offenen Ganztag wird der Elternbeitrag auf Grundlage Ihrer Einkommenserklärung vom 14.09.2026 festgesetzt.

Angaben aus der Einkommenserklärung
Beitragspflichtige/r 1: [[P|Voßkötter-Iqbal, Annegret]]
Steuer-Identifikationsnummer: [[TID|{tid_spaced(_tid1)}]]
Beitragspflichtige/r 2: [[P|Iqbal, Tariq]]
Steuer-Identifikationsnummer: [[TID|{_tid2}]]
Jahreseinkommen (gesamt): 118.400 EUR → Einkommensstufe 7

Monatlicher Elternbeitrag: 198,00 EUR (12 Monatsbeiträge, zzgl. Mittagessen 3,80 EUR je Tag, Abrechnung über den Caterer)
Geschwisterermäßigung: entfällt, da kein weiteres Kind im Ganztag oder in einer Kita betreut wird.

Die Beiträge werden entsprechend Ihrem SEPA-Mandat jeweils zum 15. eines Monats vom Konto [[IBAN|{group(g.iban_de(), 4)}]] eingezogen. Grundlage ist die Satzung über die Erhebung von Elternbeiträgen vom 12.06.2023, § 4 Abs. 2.

Hinweise:
– Ändert sich Ihr Einkommen im Laufe des Schuljahres um mehr als 10 %, teilen Sie uns dies bitte mit; der Beitrag wird dann ab dem Folgemonat neu festgesetzt.
– Eine Abmeldung vom Offenen Ganztag ist nur zum Schuljahresende möglich (§ 6 der Satzung), außer bei Umzug oder Schulwechsel.
– Die Essensabrechnung erfolgt nicht durch die Stadt, sondern direkt durch den Caterer (Kundennummer beim Caterer bitte nicht mit dem Kassenzeichen verwechseln).
– Fragen zur Festsetzung richten Sie bitte an [[N|ogs-beitraege@iserlohn.de]] oder an die Zentrale {ZENTRALE}; persönliche Sprechzeiten im Rathaus, Zimmer 1.08, dienstags 8–12 Uhr.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Arnsberg erhoben werden. Die Klage ist schriftlich oder zur Niederschrift des Urkundsbeamten der Geschäftsstelle zu erheben; sie kann auch als elektronisches Dokument eingereicht werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Holger Pankratz]]""")

# --- Aktenvermerk Bauaufsicht Ortstermin, neighbours, initial + surname, genitive with apostrophe
doc("word", "bauamt-ortstermin-carport", """Aktenvermerk – Ortstermin Bauaufsicht

Vorgang: Nachbarbeschwerde Carport / Grenzbebauung
Az.: [[AZ|63.3-BA-2291/26]]
Ort: [[A|Am Pferdekamp 14]], Gemarkung Iserlohn, Flur 22, Flurstück 417
Datum: 12.11.2026, 14:00–14:40 Uhr

Teilnehmer: Herr [[P|Heinz-Georg Ebbinghaus]] (Eigentümer), Frau [[P|Olcay Tunç]] (Beschwerdeführerin, Nachbargrundstück [[A|Am Pferdekamp 16]]), [[P|R. Lüttecke]] (Bauaufsicht)

Feststellungen: Auf der Grenze zum Grundstück Nr. 16 wurde ein Carport aus Holz mit Flachdach errichtet, Länge ca. 8,40 m, mittlere Wandhöhe an der Grenze 3,20 m. Nach § 6 Abs. 8 BauO NRW sind Garagen und Carports an der Grenze bis 3,00 m mittlerer Wandhöhe und 9,00 m Länge zulässig; die Höhe ist damit um ca. 20 cm überschritten. Der Bebauungsplan Nr. 112 „Dröschede-Süd“ enthält keine abweichenden Festsetzungen.

Nach Herrn [[P|Ebbinghaus]]' Angaben wurde der Carport im Frühjahr von einer Firma als Bausatz geliefert und von ihm selbst aufgebaut; er sei davon ausgegangen, dass er genehmigungsfrei sei. Frau [[P|Tunç]] beklagt vor allem die Verschattung ihrer Terrasse und das Regenwasser, das von der Dachrinne auf ihr Grundstück läuft.

Ergebnis: Herr [[P|Ebbinghaus]] sagt zu, die Stützen bis zum 31.01.2027 zu kürzen und die Entwässerung auf das eigene Grundstück umzulegen. Frau [[P|Tunç]] bittet um Rückruf nach Abschluss der Arbeiten unter [[T|0152 – 0371 66 29]].

Wiedervorlage: 05.02.2027 (Nachkontrolle)

gez. [[P|Lüttecke]]""")

# --- Standesamt Niederschrift Vaterschaftsanerkennung, Vietnamese names, passport and ID card
doc("word", "standesamt-vaterschaftsanerkennung", f"""Standesamt Iserlohn
Urkundenrolle Nr. 412/2026

Niederschrift über die Anerkennung der Vaterschaft und die Zustimmung der Mutter

Vor der Standesbeamtin [[P|Ricarda Holtgreve]] erschienen heute, am 19.11.2026:

1. Herr [[P|Lâm Quốc Huy]], geboren am [[DOB|30.06.1991]] in Hải Phòng (Vietnam), vietnamesischer Staatsangehöriger, wohnhaft [[A|Hans-Böckler-Str. 37]], [[A|58636 Iserlohn]], ausgewiesen durch vietnamesischen Reisepass Nr. [[PASS|C{g.digits(7)}]],

2. Frau [[P|Vũ Thị Ngọc Anh]], geboren am [[DOB|11.11.1996]] in Hanoi (Vietnam), deutsche Staatsangehörige, wohnhaft ebenda, ausgewiesen durch Personalausweis Nr. [[IDC|{g.id_card()}]].

Die Erschienenen sind der deutschen Sprache hinreichend mächtig; ein Dolmetscher wurde nicht hinzugezogen.

Der Erschienene zu 1. erklärte: Ich erkenne an, der Vater des Kindes [[P|Lâm Bảo Ngọc]] zu sein, geboren am [[DOB|02.10.2026]] in Iserlohn (Geburtenregister Nr. G 1187/2026).

Die Erschienene zu 2. erklärte: Ich bin die Mutter des Kindes und stimme der Anerkennung der Vaterschaft zu.

Die Erschienenen wurden darauf hingewiesen, dass die Anerkennung erst mit der Zustimmung der Mutter wirksam wird und dass gemeinsame Sorge nur durch gesonderte Sorgeerklärungen entsteht (§ 1626a BGB). Beglaubigte Abschriften erhalten das Jugendamt und das Standesamt des Geburtsorts.

Vorgelesen, genehmigt und unterschrieben:

[[P|Lâm Quốc Huy]]
[[P|Vũ Thị Ngọc Anh]]
[[P|Holtgreve]], Standesbeamtin""")

# --- Aktenvermerk illegale Müllablagerung (Ordnungsamt/Abfall), plate, birth date from Halterauskunft
doc("word", "ordnungsamt-muellablagerung-vermerk", """Aktenvermerk – illegale Abfallablagerung

Fundort: Wanderparkplatz am Seilersee, Zufahrt von der Seeuferstraße (ohne Hausnummer)
Festgestellt: 09.11.2026, 07:40 Uhr, durch den Außendienst (Herr [[P|Tewes]])

Abgelagert waren ca. 3 m³ Renovierungsabfälle: Gipskartonplatten, Teppichreste, zwei Farbeimer und ein Waschbecken. In einem Karton fanden sich adressierte Schreiben an Herrn [[P|Dragoș Ciobanu]], [[A|Schlesische Str. 19]], [[A|58636 Iserlohn]], unter anderem eine Rechnung eines Baumarkts (Rechnungs-Nr. 4471-0093) und ein Schreiben seiner Hausverwaltung.

Zeuge: Herr [[P|Manfred Sieberg]] ([[A|Seeuferstr. 2]]) hat am Abend des 08.11. gegen 21 Uhr einen roten Kleintransporter mit dem Kennzeichen [[KFZ|HA DC 471]] auf dem Parkplatz gesehen; zwei Männer hätten „Säcke und Platten“ ausgeladen. Herr [[P|Sieberg]] ist bereit, als Zeuge auszusagen.

Halterauskunft (KBA) zu [[KFZ|HA DC 471]]: [[P|Dragoș Ciobanu]], geb. [[DOB|03.03.1983]], Anschrift wie oben.

Weiteres Vorgehen:
– Anhörung wegen Ordnungswidrigkeit nach § 69 KrWG, Az. [[AZ|32.4-OWi-7713/26]]
– Beseitigung durch die Stadtbetriebe ist erfolgt (Kosten lt. Rechnung 486,20 EUR), Kostenersatz vom Verursacher geltend machen
– Fotos im Vorgang abgelegt

gez. [[P|Tewes]], 10.11.2026""")

# --- Kostenbescheid Feuerwehr (oil spill), sole trader's surname in firm name, city account neutral
doc("word", "feuerwehr-kostenbescheid-oelspur", f"""Stadt Iserlohn – Feuerwehr und Rettungsdienst – Gebührenstelle
[[N|Dortmunder Straße 110]] · [[N|58638 Iserlohn]]

[[P|Ferraro]] Transporte e. K.
Inh. [[P|Gaspare Ferraro]]
[[A|Rombrocker Str. 72]]
[[A|58638 Iserlohn]]

Kassenzeichen: [[AZ|2.2026.077164]]
Datum: 16.11.2026

Kostenbescheid nach § 52 BHKG – Einsatz vom 21.10.2026 (Ölspur)

Sehr geehrter Herr [[P|Ferraro]],

am 21.10.2026 gegen 16:40 Uhr verlor der auf Ihr Unternehmen zugelassene Lkw mit dem amtlichen Kennzeichen [[KFZ|MK-FT 2206]] aus einem beschädigten Tank Dieselkraftstoff. Die Ölspur zog sich über rund 1,2 km von der Autobahnauffahrt Iserlohn-Letmathe bis in die Hagener Straße. Der Löschzug Letmathe hat die Fahrbahn abgestreut und gesichert.

Nach § 52 Abs. 2 BHKG in Verbindung mit der Gebührensatzung für die Feuerwehr der Stadt Iserlohn werden Ihnen als Halter folgende Kosten auferlegt:

Einsatzdauer 2,5 Std., 2 Fahrzeuge, 9 Einsatzkräfte: 846,50 EUR
Ölbindemittel, 12 Sack: 300,00 EUR
Gesamt: 1.146,50 EUR

Bitte überweisen Sie den Betrag innerhalb eines Monats unter Angabe des Kassenzeichens an die Stadtkasse Iserlohn, IBAN [[N|{group(g.iban_de(), 4)}]]. Die Kosten können Sie bei Ihrer Haftpflichtversicherung geltend machen.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Arnsberg erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Daniela Overkämping]]
Tel. [[T|02371 217-3318]]""")

# ================================================================ Mixed (5)

# --- Ratsanfrage, party letterhead (POLITICS)
doc("word", "rat-anfrage-auslaenderbehoerde", f"""Fraktion DIE LINKE im Rat der Stadt Iserlohn
Ratsfrau [[P|Meryem Çakır-Wulff]]
[[A|Alexanderstr. 8]], [[A|58644 Iserlohn]]

An den Bürgermeister
über das Ratsbüro

Iserlohn, 25.11.2026

Anfrage gemäß § 17 der Geschäftsordnung des Rates: Bearbeitungszeiten in der Ausländerbehörde

Sehr geehrter Herr Bürgermeister,

in meiner Bürgersprechstunde haben sich in den letzten Wochen mehrere Menschen gemeldet, deren Aufenthaltstitel abgelaufen ist, ohne dass sie einen Termin zur Verlängerung bekommen. Einige haben dadurch ihren Arbeitsplatz verloren. Als Linke setze ich mich seit Jahren für eine bessere Ausstattung dieser Behörde ein.

Herr [[P|Sabri Demirel]] hat mich ausdrücklich ermächtigt, seinen Fall zu nennen: Sein Antrag auf Verlängerung (Az. [[AZ|ABH 1.4-0288/26]]) liegt seit März unbearbeitet, seine Fiktionsbescheinigung läuft im Dezember aus.

Ich bitte um Beantwortung folgender Fragen in der nächsten Sitzung des Haupt- und Finanzausschusses:
1. Wie viele Anträge auf Erteilung oder Verlängerung eines Aufenthaltstitels sind derzeit offen, und wie lange ist die durchschnittliche Bearbeitungszeit?
2. Wie viele Stellen der Ausländerbehörde sind zum 01.11.2026 unbesetzt?
3. Ist geplant, Termine online vergeben zu lassen, wie es in Hagen und Lüdenscheid bereits geschieht?

Mit freundlichen Grüßen
[[P|Meryem Çakır-Wulff]]
Tel. [[T|0171 2 94 07 61]] · [[E|m.cakir-wulff@linke-iserlohn.de]]""", ["POLITICS"])

# --- Beschwerde: discriminatory remark about a same-sex marriage (SEXUAL_ORIENTATION)
doc("outlook", "beschwerde-buergerbuero-mitarbeiter", """Betreff: Beschwerde über das Verhalten eines Mitarbeiters im Bürgerbüro

Sehr geehrte Damen und Herren,

am Donnerstag, 29.10.2026, war ich im Bürgerbüro am Schillerplatz, um nach unserer Hochzeit meinen Namen im Personalausweis ändern zu lassen. Ich habe den Familiennamen meines Mannes, [[P|Yannis Petridis]], angenommen.

Der Mitarbeiter am Schalter 4 (laut Namensschild Herr [[P|Wetekam]]) fragte mehrmals und für alle Wartenden hörbar, wo denn „die Ehefrau“ sei und ob sie nicht selbst kommen müsse. Als ich erklärte, dass ich mit einem Mann verheiratet bin, sagte er: „Na, das muss ja heute auch jeder wissen.“ Ich lebe seit über zwanzig Jahren offen schwul und habe so etwas in einer Behörde noch nicht erlebt.

Den neuen Ausweis habe ich trotzdem beantragt (Vorgangsnummer [[AZ|BB-2026-118402]]). Ich erwarte eine Stellungnahme und eine Entschuldigung, nicht für mich allein, sondern weil sich niemand in Ihrem Bürgerbüro so etwas anhören sollte.

Mit freundlichen Grüßen
[[P|Florentin Petridis]] (vormals [[P|Aschoff]])
[[A|Am Rosenhügel 3]]
[[A|58644 Iserlohn]]
[[T|+49 160 99 41 22 07]]""", ["SEXUAL_ORIENTATION"])

# --- Presseanfrage after a fire (no special category)
doc("outlook", "presse-anfrage-brand", """Betreff: Presseanfrage: Brand in Letmathe, Unterbringung der Bewohner

Guten Tag Frau [[P|Stratenwerth]],

ich schreibe für den Iserlohner Kreisanzeiger über den Brand in dem Mehrfamilienhaus an der Oberen Mühle in der Nacht zu Sonntag. Könnten Sie mir bis morgen, 12 Uhr, folgende Fragen beantworten?

– Wie viele Einsatzkräfte von Feuerwehr und Rettungsdienst waren vor Ort, und wie lange dauerte der Einsatz?
– Stimmt es, dass das Haus vorerst unbewohnbar ist und die Stadt die elf Bewohner in Notunterkünften untergebracht hat?
– Nachbarn berichten, dass eine Bewohnerin, Frau [[P|Olena Marchenko]], ihre beiden Kinder über den Balkon aus dem ersten Stock gerettet hat. Können Sie das bestätigen? Wir würden sie gern porträtieren, natürlich nur, wenn sie einverstanden ist; vielleicht können Sie den Kontakt vermitteln.

Ein kurzes Telefonat wäre auch möglich, ich bin heute durchgehend unter [[T|0151 40 88 27 13]] erreichbar.

Beste Grüße
[[P|Svea Lammers]]
Lokalredaktion Iserlohn
[[E|svea.lammers@ikz-online.de]]""")

# --- Vollmacht (walking disability as reason: HEALTH), two ID card numbers
doc("word", "vollmacht-ausweis-abholung", f"""Vollmacht

Ich, [[P|Erna Bökenkamp]], geboren am [[DOB|16.09.1934]],
wohnhaft [[A|Hennener Dorfstr. 5]], [[A|58640 Iserlohn]],

bevollmächtige hiermit meine Enkelin

[[P|Leonie Bökenkamp-Saleh]], geb. [[DOB|04.05.2001]],
wohnhaft [[A|Hohler Weg 9]], [[A|58642 Iserlohn]],
Personalausweis-Nr. [[IDC|{g.id_card(check_digit=True)}]],

meinen neuen Personalausweis im Bürgerbüro Iserlohn in Empfang zu nehmen. Mein bisheriger Ausweis mit der Nummer [[IDC|{g.id_card()}]] liegt dieser Vollmacht bei und soll entwertet werden. Den PIN-Brief habe ich bereits erhalten.

Ich kann wegen meiner Gehbehinderung nach dem Oberschenkelhalsbruch das Haus zurzeit nicht verlassen.

Iserlohn, den 23.11.2026

[[P|Erna Bökenkamp]]
(Unterschrift der Vollmachtgeberin)""", ["HEALTH"])

# --- Kündigung Kleingarten-Pachtvertrag (Grünflächenamt), knee surgery (HEALTH)
doc("outlook", "gruenflaechen-kleingarten-kuendigung", f"""Betreff: Kündigung Pachtvertrag Parzelle 31, Kleingartenanlage „Sonnenblick“

Sehr geehrte Damen und Herren,

hiermit kündige ich den Pachtvertrag für die Parzelle Nr. 31 in der Kleingartenanlage „Sonnenblick“ fristgerecht zum 30.11.2026.

Nach meiner zweiten Knieoperation und der anschließenden Reha kann ich den Garten leider nicht mehr bewirtschaften, und seit mein Mann [[P|Horst]] im letzten Jahr gestorben ist, schaffe ich es auch mit Hilfe nicht mehr. Die Laube, das Gewächshaus und die Obstbäume würde ich gern an die Familie [[P|Pawlak]] aus Parzelle 29 abgeben, die Interesse hat; die Ablösesumme klären wir mit dem Vereinsvorstand.

Die Kaution von 150 € überweisen Sie bitte auf mein Konto IBAN [[IBAN|{g.iban_de()}]] (Sparkasse Iserlohn).

Mit freundlichen Grüßen
[[P|Reinhild Stüwe]]
[[A|Birkenweg 15]]
[[A|58638 Iserlohn]]
Tel. [[T|02371 / 6 19 84]]""", ["HEALTH"])


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "fresh6.jsonl")
    assert len(DOCS) == 30, len(DOCS)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for i, (channel, template, text, flags) in enumerate(DOCS, 1):
            f.write(json.dumps(build(i, channel, template, text, flags), ensure_ascii=False) + "\n")
    print(f"{len(DOCS)} documents -> {out}")


if __name__ == "__main__":
    main()
