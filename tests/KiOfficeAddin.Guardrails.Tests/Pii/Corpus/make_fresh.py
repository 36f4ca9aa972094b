#!/usr/bin/env python3
"""Writes fresh.jsonl: a held-out set of German administrative letters, independent of shared/corpus/dev.jsonl.

    python3 make_fresh.py            (writes fresh.jsonl beside this script; deterministic)

Texts carry inline marks [[CATEGORY|text]] (and [[N|text]] for neutral spans); this script strips the marks and
computes start/end as UTF-16 indices (all characters are in the BMP, which is asserted). Identifiers come from
identifiers.py with valid check digits. All people, addresses and numbers are invented.
"""
import json
import os

from identifiers import Identifiers, group

from marks import build as build_marked  # noqa: E402

g = Identifiers(20261130)
DOCS = []


def doc(channel, template, text, flags=()):
    DOCS.append((channel, template, text, list(flags)))


def build(index, channel, template, marked, flags):
    return build_marked(f"fresh-{index:03d}", channel, template, marked, flags)


RATHAUS = "[[N|02931 963-0]]"

# ---------------------------------------------------------------- Bürgeramt / Meldewesen
doc("outlook", "buergeramt-ummeldung", f"""Betreff: ummeldung nach umzug

hallo zusammen,

ich bin zum 1. oktober innerhalb von arnsberg umgezogen, von der [[A|Hellefelder Straße 27]] in die [[A|Möhnestraße 149]], [[A|59755 Arnsberg]]. kann ich die ummeldung auch online machen oder muss ich persönlich ins bürgerbüro kommen? mein personalausweis hat die nummer [[IDC|{g.id_card()}]], der vermieter hat mir die wohnungsgeberbestätigung schon gegeben.

am besten erreichbar bin ich mittags unter [[T|0171/4829306]].

danke und liebe grüße
[[P|jonas meier]]""")

doc("outlook", "buergeramt-weitergeleitet", f"""Betreff: WG: Termin Personalausweis – Kind

Zur Kenntnis und Erledigung, bitte Termin für Donnerstag anbieten.

[[P|Sabine Große-Wilde]]
Bürgerbüro Hüsten

Am 03.11.2026 um 14:12 schrieb [[P|Aylin Demir]] <[[E|a.demir@web.de]]>:
> Guten Tag,
> für meine Tochter [[P|Elif Demir]], geboren am [[DOB|17.04.2015]], brauchen wir einen Kinderreisepass bzw. einen Personalausweis für die Klassenfahrt nach Italien im Mai.
> Wir wohnen [[A|Am Eichholz 3a]] in [[A|59759 Arnsberg]].
> Gibt es noch einen Termin vor den Herbstferien? Telefonisch bin ich unter [[T|+49 (0)2931 5512840]] erreichbar.
> Viele Grüße
> [[P|Aylin Demir]]""")

doc("word", "buergeramt-meldebescheinigung", f"""Stadt Arnsberg – Bürgeramt
[[N|Rathausplatz 1]] · [[N|59759 Arnsberg]] · Telefon {RATHAUS}

Herrn
[[P|Dimitrios Papadakis]]
[[A|Zur Feldmühle 12-14]]
[[A|59821 Arnsberg]]

Ihr Zeichen: –
Unser Aktenzeichen: [[AZ|32.1-0815/26]]
Arnsberg, 12. November 2026

Erweiterte Meldebescheinigung

Sehr geehrter Herr [[P|Papadakis]],

anbei erhalten Sie die beantragte erweiterte Meldebescheinigung. Die Gebühr von 10,00 EUR haben Sie bereits am Schalter entrichtet. Bitte prüfen Sie die Angaben; bei Fehlern wenden Sie sich an das Bürgerbüro in Neheim oder Hüsten. Beide Standorte haben montags bis freitags ab 8 Uhr geöffnet, donnerstags bis 18 Uhr.

Mit freundlichen Grüßen
Im Auftrag

[[P|Małgorzata Wiśniewska]]
Sachbearbeiterin""")

doc("outlook", "buergeramt-auskunftssperre", f"""Betreff: Antrag auf Auskunftssperre im Melderegister

Sehr geehrte Damen und Herren,

hiermit beantrage ich eine Auskunftssperre nach § 51 BMG. Mein früherer Partner hat mich wiederholt bedroht, eine Kopie der Anzeige bei der Polizei lege ich bei (Tagebuchnummer der Polizei liegt der Anzeige bei).

Angaben zu meiner Person:
Name: [[P|Oksana Bondarenko]]
geb. am [[DOB|02.08.1991]] in Charkiw
Anschrift: [[A|Clemens-August-Str. 120]], [[A|59821 Arnsberg]]
Mobil: [[T|0157 3319 2847]]

Bitte schicken Sie mir keine Post an die alte Adresse in der Stembergstraße mehr.

Mit freundlichen Grüßen
[[P|Oksana Bondarenko]]""")

doc("word", "buergeramt-vermerk", f"""Aktenvermerk – Vorsprache im Bürgerbüro Neheim, 18.11.2026

Es erschien [[P|Nguyễn Thị Lan]], ausgewiesen durch Reisepass Nr. [[PASS|{g.passport(check_digit=True)}]], und beantragte die Ummeldung ihrer Familie. Mitgezogen sind ihr Ehemann [[P|Trần Văn Minh]] und der Sohn [[P|Trần Gia Bảo]] (geb. [[DOB|9. Januar 2019]]).
Neue Anschrift: [[A|Kleine Lindenstr. 3 b]], [[A|59755 Arnsberg]]; die Wohnung liegt im [[N|2. OG links]].
Die Wohnungsgeberbestätigung fehlte, Frau [[P|Nguyễn]] reicht sie bis Freitag nach. Dolmetschen war nicht nötig.

gez. [[P|Bernd Hollmann]]""")

# ---------------------------------------------------------------- Ausländerbehörde
doc("word", "auslaenderbehoerde-einladung", f"""Stadt Arnsberg
Ausländerbehörde

Herrn
[[P|Yusuf Al-Khatib]]
c/o [[P|Rania El Amrani]]
[[A|Auf dem Hahnenberg 8]]
[[A|59757 Arnsberg]]

Aktenzeichen: [[AZ|AB-2026-04417]]

Verlängerung Ihrer Aufenthaltserlaubnis

Sehr geehrter Herr [[P|Al-Khatib]],

Ihre Aufenthaltserlaubnis läuft am 31.12.2026 ab. Bitte kommen Sie am Dienstag, 8. Dezember 2026, um 10:30 Uhr in Zimmer 214 und bringen Sie Ihren Nationalpass, ein aktuelles biometrisches Passfoto sowie den Arbeitsvertrag mit. Die Gebühr beträgt 96,00 EUR und kann bar oder mit Karte bezahlt werden.

Sollten Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte unter {RATHAUS} oder per E-Mail an [[N|auslaenderbehoerde@arnsberg.de]] ab.

Mit freundlichen Grüßen
Im Auftrag
[[P|Katarzyna Nowicka-Brandt]]""")

doc("outlook", "auslaenderbehoerde-fluechtling", f"""Betreff: Wohnsitzauflage – Antrag auf Streichung

Sehr geehrte Frau [[P|Nowicka-Brandt]],

ich vertrete Herrn [[P|Abdulrahman Haddad]] (geboren [[DOB|14.03.1988]]), der als anerkannter Flüchtling aus Syrien zur kurdischen Volksgruppe gehört und bislang einer Wohnsitzauflage für Arnsberg unterliegt. Er hat eine feste Stelle in Dortmund angeboten bekommen. Den Arbeitsvertrag sowie die Erklärung des Arbeitgebers füge ich bei. Er wohnt derzeit in der Gemeinschaftsunterkunft [[A|Niedereimerfeld 60]].

Seine Steuer-ID für den Arbeitgeber lautet [[TID|{group(g.tax_id(), 3)}]].

Mit freundlichen Grüßen
[[P|Dr. Helga Oberschelp]]
Rechtsanwältin
[[A|Ringstr. 7]] · [[A|59821 Arnsberg]]
Tel. [[T|02931 52 64 0]] · Fax [[T|02931 52 64 29]]""", ["ETHNICITY"])

doc("word", "auslaenderbehoerde-einbuergerung", f"""Vermerk Einbürgerungsverfahren

Antragstellerin: [[P|Swetlana Iwanowa]], geboren am [[DOB|30.06.1979]] in Omsk
Anschrift: [[A|Alter Soestweg 44]], [[A|59821 Arnsberg]]
Aktenzeichen: [[AZ|EB 114/2026]]

Der Einbürgerungstest wurde am 02.10.2026 mit 31 von 33 Punkten bestanden. Das Sprachzertifikat B1 liegt vor. Frau [[P|Iwanowa]] bezieht keine Leistungen nach dem SGB II. Für die Gebühr von 255 EUR ist eine Ratenzahlung vereinbart. Rückfragen beantwortet sie unter [[T|0049 2931 887213]] oder [[E|s.iwanowa@gmx.de]].

Nächster Schritt: Anfrage beim Bundeszentralregister.""")

# ---------------------------------------------------------------- Jugendamt
doc("word", "jugendamt-hilfeplan", f"""Jugendamt der Stadt Arnsberg
Allgemeiner Sozialer Dienst

Protokoll Hilfeplangespräch vom 05.11.2026

Anwesend: [[P|Mirela Kovačević]] (Kindesmutter), [[P|Timo Vogel]] (Fachkraft ASD), [[P|Kerstin Hüttemann]] (Familienhilfe Caritas)

Es geht um die Kinder [[P|Luka]] (geb. [[DOB|12.02.2016]]) und [[P|Ena Kovačević]] (geb. [[DOB|28.09.2019]]). Beide besuchen die Grundschule bzw. die Kita am Wohnort. [[P|Luka]] zeigt seit den Sommerferien deutliche Verhaltensauffälligkeiten; eine kinderpsychiatrische Abklärung wegen ADHS ist im Januar vorgesehen. Die Mutter wünscht weiterhin Unterstützung durch die Familienhilfe, zwei Termine pro Woche.

Die Vogelvoliere im Garten ist inzwischen abgebaut; Herr [[P|Vogel]] hat den Hausbesuch am Montag durchgeführt.

Nächstes Gespräch: Februar 2027.""", ["HEALTH"])

doc("outlook", "jugendamt-unterhaltsvorschuss", f"""Betreff: unterhaltsvorschuss für meine zwei kinder

Guten Abend,

der vater meiner kinder, [[P|Marco Esposito]], zahlt seit august keinen unterhalt mehr. ich möchte deshalb unterhaltsvorschuss beantragen für [[P|Giulia Esposito]] (*[[DOB|11.05.2017]]) und [[P|Matteo Esposito]] (*[[DOB|23.01.2021]]).
Seine letzte bekannte Adresse ist [[A|Via Roma 18]], [[A|80100 Napoli]], Italien, aber dort wohnt er wohl nicht mehr.

Das Geld bitte auf mein Konto: [[IBAN|{group(g.iban_de(), 4)}]]

Vielen Dank
[[P|Chiara Esposito]]
[[A|Obereimer 13]]
[[A|59821 Arnsberg]]
[[T|0176-2290 4471]]""")

doc("word", "jugendamt-inobhutnahme", f"""Vertraulich – Jugendamt

Mitteilung an das Familiengericht Arnsberg

In der Familiensache betreffend das Kind [[P|Noah Becker]], geboren am [[DOB|4. April 2014]], wohnhaft bei der Mutter [[P|Jacqueline Becker]], [[A|Sauerlandweg 23]], [[A|59846 Sundern]], teilen wir mit, dass [[P|Noah]] am 20.11.2026 in Obhut genommen wurde. Die Bäckerei gegenüber der Wohnung hatte die Polizei verständigt, weil das Kind an zwei Abenden allein vor dem Haus wartete.

Der Kindesvater [[P|Sven Becker]] ist unbekannten Aufenthalts.

Az. Jugendamt: [[AZ|51.2-1187/26]]

[[P|Anja Lütke-Schelhowe]]
Dipl.-Sozialpädagogin""")

doc("outlook", "jugendamt-kitagebuehr", f"""Betreff: Elternbeitrag Kita – Einkommensnachweis

Sehr geehrte Damen und Herren,

anbei der Einkommensnachweis für die Berechnung des Elternbeitrags unserer Tochter [[P|Maja Winter]]. Im Winter ändert sich nichts am Betreuungsumfang (45 Stunden). Meine Frau [[P|Lea Winter]] ist ab Januar in Elternzeit, das Elterngeld beträgt 1.340 EUR im Monat.

Kundennummer beim Jugendamt: [[AZ|KB-20931-77]]

Beste Grüße
[[P|Florian Winter]]
[[E|florian.winter@posteo.de]]""")

# ---------------------------------------------------------------- Bauordnung
doc("outlook", "bauordnung-nachbar", f"""Betreff: Beschwerde Anbau Nachbargrundstück

Sehr geehrte Damen und Herren,

auf dem Nachbargrundstück [[A|Grafenstraße 4–6]] wird seit Montag ein zweigeschossiger Anbau errichtet, direkt an unserer Grenze. Nach meinem Verständnis verlangt § 6 BauO NRW eine Abstandsfläche von mindestens 3 m. Im Bebauungsplan Nr. 118 „Am Schlossberg" ist dort außerdem nur eine eingeschossige Bebauung zulässig. Gibt es für das Vorhaben eine Baugenehmigung? Die Bauherren sind [[P|Jan van Dijk]] und [[P|Anneke van Dijk]].

Ich wohne nebenan in der [[A|Grafenstraße 8]].

Mit freundlichen Grüßen
[[P|Tobias von der Heide]]
Telefon privat: [[T|02932 / 47 11 08]]""")

doc("word", "bauordnung-genehmigung", f"""Stadt Arnsberg · Fachdienst Bauordnung

Frau
[[P|Marie zur Nieden]]
[[A|An der Ruhr 27]]
[[A|59759 Arnsberg]]

Aktenzeichen: [[AZ|63/BG-0412/2026]]
Gemarkung Hüsten, Flur 7, Flurstück 412

Baugenehmigung – Errichtung eines Carports mit Geräteraum

Sehr geehrte Frau [[P|zur Nieden]],

auf Ihren Antrag vom 14.09.2026 wird die Baugenehmigung nach § 74 BauO NRW erteilt. Die Gebühr nach Tarifstelle 2.4.1.1 beträgt 312,50 EUR. Der Entwurfsverfasser, Architekt Dipl.-Ing. [[P|Georgios Antoniou]], erhält eine Kopie dieses Bescheides.

Bitte überweisen Sie die Gebühr unter Angabe des Kassenzeichens [[AZ|6.2026.300417]] an die Sparkasse Arnsberg-Sundern, IBAN [[N|DE11 4665 0005 0000 0012 34]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Reinhard Fuchs]]
Bauingenieur""")

doc("outlook", "bauordnung-anfrage", f"""Betreff: Frage Gartenhaus genehmigungsfrei?

Hallo,

wir wollen im Garten hinter dem Haus ein Gartenhaus mit 28 m³ Brutto-Rauminhalt aufstellen. Ist das nach § 62 BauO NRW verfahrensfrei? Das Grundstück liegt im Außenbereich an der Straße Zum Sonnenhang, also nicht im Geltungsbereich eines Bebauungsplans.

Der Fuchs, der nachts durch unseren Garten läuft, wird sich freuen.

Gruß
[[P|Katrin Fuchs]]
[[A|Zum Sonnenhang 5]], [[A|59846 Sundern-Hachen]]""")

# ---------------------------------------------------------------- Kfz-Zulassung
doc("outlook", "kfz-ummeldung", f"""Betreff: Ummeldung Fahrzeug / Halterwechsel

Guten Tag,

ich habe von meinem Schwiegervater [[P|Heinrich Koch]] einen gebrauchten VW Golf übernommen, amtliches Kennzeichen [[KFZ|HSK-HK 412]]. Er behält das Kennzeichen nicht. Ich möchte das Auto auf mich zulassen und hätte gern das Wunschkennzeichen [[KFZ|AR-SK 2210]], falls frei.

Die eVB-Nummer der Versicherung ist [[N|A7K2M9P]], die Zulassungsbescheinigung Teil II liegt vor. Die Kfz-Steuer soll per Lastschrift von meinem Konto [[IBAN|{g.iban_de()}]] eingezogen werden.

Mit freundlichen Grüßen
[[P|Sandra Koch-Ilić]]
[[A|Am Galgenberg 2]], [[A|59757 Arnsberg]]
[[T|+49 171 9920 345]]""")

doc("word", "kfz-vermerk", f"""Vermerk Zulassungsstelle – Sicherstellung

Bei der Kontrolle am 16.11.2026 auf dem Parkplatz am Neumarkt wurde das Fahrzeug [[KFZ|E-ZW 4711]] ohne gültige Haftpflichtversicherung festgestellt. Halterin laut Register: [[P|Irina Petrowa]], [[A|Stembergstraße 1]], [[A|59755 Arnsberg]]. Ein zweites Fahrzeug der Halterin, das Elektroauto [[KFZ|HSK-IP 77E]], ist ordnungsgemäß versichert.

Die Stilllegung wurde verfügt, die Siegel wurden entfernt. Gebühr 28,60 EUR.

Bearbeiter: [[P|Krzysztof Lewandowski]], Durchwahl [[T|02931 963-4127]]""")

doc("outlook", "kfz-oldtimer", f"""Betreff: H-Kennzeichen für meinen Käfer

Moin,

für meinen VW Käfer, Baujahr 1972, möchte ich ein Oldtimerkennzeichen beantragen. Das Gutachten nach § 23 StVZO liegt vor. Bisheriges Kennzeichen: [[KFZ|SO AB 19H]] – wohl schon historisch, weil ich es in Soest zugelassen hatte. Jetzt wohne ich in Arnsberg.

Halter: [[P|Dr. Wolfgang Brökelmann]], geboren [[DOB|7.7.1955]]
Personalausweis: [[IDC|{g.id_card(check_digit=True)}]]

Rückruf bitte unter [[T|02932 8 91 44]] (AB vorhanden).

[[P|W. Brökelmann]]""")

# ---------------------------------------------------------------- Steueramt
doc("word", "steueramt-grundsteuer", f"""Stadt Arnsberg · Der Bürgermeister · Steueramt

Eheleute
[[P|Piotr Zieliński]] und [[P|Ewa Zielińska]]
[[A|Hüstener Markt 9]]
[[A|59759 Arnsberg]]

Kassenzeichen: [[AZ|2.2026.117483]]

Änderungsbescheid Grundsteuer B 2026

Sehr geehrte Eheleute [[P|Zieliński]],

auf Grund des geänderten Grundsteuermessbetrags des Finanzamts Arnsberg setze ich die Grundsteuer B für das Jahr 2026 auf 684,22 EUR fest. Die Vorauszahlungen zum 15.02., 15.05., 15.08. und 15.11. betragen je 171,06 EUR. Ein Betrag von 42,18 EUR wird Ihnen erstattet.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Arnsberg erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Ulrike Schmalenbach]]""")

doc("outlook", "steueramt-gewerbesteuer", f"""Betreff: Gewerbesteuer-Vorauszahlung – Herabsetzung

Sehr geehrte Damen und Herren,

für mein Unternehmen ([[P|Kaya]] Haustechnik, Inhaber [[P|Emre Kaya]]) beantrage ich die Herabsetzung der Gewerbesteuer-Vorauszahlungen 2027. Der Gewinn ist wegen der Baukrise deutlich gesunken.

Steuernummer: [[TNR|{g.tax_number_nrw()}]]
USt-IdNr. [[VAT|{g.vat_id()}]]
Betriebsstätte: Gewerbegebiet Wiebelsheide, [[A|Im Ohl 5]], [[A|59757 Arnsberg]]

Den Bescheid des Finanzamts vom 30.10.2026 füge ich bei. Meine Steuerberaterin, Frau [[P|Elena Georgiou]], ist informiert und unter [[E|georgiou@stb-georgiou.de]] erreichbar.

Freundliche Grüße
[[P|Emre Kaya]]
Mobil [[T|0152 / 288 40 117]]""")

doc("word", "steueramt-hundesteuer-abmeldung", f"""Gesprächsnotiz Steueramt – 10.11.2026

Anruf von [[P|Wojciech Kamiński]]: Sein Hund ist am 28.10. verstorben, er möchte ihn zur Hundesteuer abmelden. Die Steuermarke schickt er per Post zurück. Er fragte, ob die Steuer für November und Dezember erstattet wird; ich habe die anteilige Erstattung von 18,00 EUR zugesagt.

Kassenzeichen [[AZ|1.2025.904411]]
Erstattung auf IBAN [[IBAN|{group(g.iban_de(), 4)}]], Kontoinhaber laut Herrn [[P|Kamiński]] seine Frau [[P|Agata Kamińska]].

Rückruf erbeten unter [[T|0 29 31 / 78 45 2]].""")

doc("outlook", "steueramt-zweitwohnung", f"""Betreff: Zweitwohnungsteuer – Abmeldung Nebenwohnung
Von: [[P|Lukas Brinkschulte]] <[[E|lukas.brinkschulte@t-online.de]]>

Sehr geehrte Damen und Herren,

ich habe meine Nebenwohnung in der [[A|Ringstraße 31]] zum 30.09.2026 aufgegeben und bin wieder nur in Köln gemeldet, [[A|Aachener Str. 501]], [[A|50933 Köln]]. Die Abmeldebestätigung liegt bei. Für die Erstattung der Zweitwohnungsteuer nenne ich Ihnen meine Steuer-Identifikationsnummer [[TID|{g.tax_id()}]] und meine Kontoverbindung [[IBAN|{group(g.iban_de(), 4)}]].

Mit freundlichen Grüßen
[[P|Lukas Brinkschulte]]""")

# ---------------------------------------------------------------- Friedhofsverwaltung
doc("outlook", "friedhof-bestattung", f"""Betreff: Bestattung meines Vaters – muslimisches Grabfeld

Sehr geehrte Damen und Herren,

mein Vater [[P|Mustafa Yıldırım]] (geb. [[DOB|01.03.1941]]) ist gestern im Klinikum Hochsauerland verstorben. Wir möchten ihn nach islamischem Ritus in einem Grab mit Ausrichtung nach Mekka auf dem Waldfriedhof bestatten, möglichst innerhalb von 24 Stunden und ohne Sarg, wie es unser Glaube vorsieht. Ist das in Arnsberg möglich?

Der Bestatter (Bestattungshaus [[P|Hegener]]) ist informiert.

Mit freundlichen Grüßen
[[P|Serkan Yıldırım]]
[[A|Mendener Str. 12]]
[[A|59755 Arnsberg]]
[[T|0160 91827364]]""", ["RELIGION"])

doc("word", "friedhof-nutzungsrecht", f"""Friedhofsverwaltung der Stadt Arnsberg

Herrn
[[P|Giuseppe Russo]]
[[A|Postfach 12 34]]
[[A|59806 Arnsberg]]

Grabstätte: Waldfriedhof, Feld C, Reihe 4, Nr. 17
Aktenzeichen: [[AZ|67-GR-2026/0316]]

Verlängerung des Nutzungsrechts

Sehr geehrter Herr [[P|Russo]],

das Nutzungsrecht an der oben genannten Wahlgrabstätte endet am 30.04.2027. Eine Verlängerung um 10 Jahre kostet nach der Friedhofsgebührensatzung 820,00 EUR. Die Kapelle und der Parkplatz an der Friedhofstraße sind wegen Bauarbeiten bis Ende März gesperrt; nutzen Sie bitte den Eingang am Mühlenweg.

Mit freundlichen Grüßen
Im Auftrag
[[P|Thomas Wienecke]]""")

doc("outlook", "friedhof-grabpflege", f"""Betreff: grabpflege / rechnung

hallo frau [[P|kowalczyk]],

die rechnung nr. 2026-0871 über 145,00 € für die grabpflege habe ich bekommen, aber das grab meiner mutter [[P|Hedwig Schulte-Ebbert]] wird doch seit märz von der gärtnerei gepflegt, nicht von der stadt. können sie das bitte prüfen?

grüße aus dem sauerland
[[P|Rainer Schulte-Ebbert]]
[[E|r.schulte-ebbert@gmx.net]]""")

# ---------------------------------------------------------------- Schulamt
doc("outlook", "schulamt-anmeldung", f"""Betreff: Schulanmeldung unseres Sohnes / Förderbedarf

Sehr geehrte Damen und Herren,

unser Sohn [[P|Dawit Tesfaye]], geboren am [[DOB|19.08.2020]], wird im nächsten Sommer schulpflichtig. Er hat eine diagnostizierte Autismus-Spektrum-Störung und einen anerkannten Förderbedarf im Bereich emotionale und soziale Entwicklung. Wir wünschen uns die Gemeinsame Lernen-Klasse an der Grundschule Rumbecke.

Wir wohnen [[A|Am Rumbecker Holz 9]], [[A|59821 Arnsberg]].

Mit freundlichen Grüßen
[[P|Meseret Tesfaye]] und [[P|Yonas Tesfaye]]
Telefon [[T|+49 2931 7788-15]]""", ["HEALTH"])

doc("word", "schulamt-schuelerfahrkosten", f"""Schulverwaltungsamt – Schülerfahrkosten

Frau
[[P|Konstantina Georgiadou]]
[[A|Sonnenstraße 14]]
[[A|59846 Sundern]]

Antrag auf Übernahme der Schülerfahrkosten für [[P|Eleni Georgiadou]], Klasse 7b, Gymnasium Laurentianum

Sehr geehrte Frau [[P|Georgiadou]],

der Schulweg Ihrer Tochter beträgt nach unserer Berechnung 4,2 km. Nach § 5 der Schülerfahrkostenverordnung werden die Kosten ab 3,5 km übernommen. Das SchokoTicket wird Ihnen von der RLG zugeschickt; der Eigenanteil von 14,00 EUR im Monat wird von Ihrem Konto abgebucht.

Mit freundlichen Grüßen
[[P|Hartmut Bäcker]]""")

doc("outlook", "schulamt-religionsunterricht", f"""Betreff: Abmeldung vom Religionsunterricht

Sehr geehrte Frau Schulrätin,

wir sind Zeugen Jehovas und möchten unsere Tochter [[P|Hanna Lindqvist]] (Klasse 4a, Grundschule Bruchhausen) vom katholischen Religionsunterricht abmelden. Sie soll stattdessen am Fach Praktische Philosophie teilnehmen, falls es angeboten wird.

Freundliche Grüße
[[P|Erik Lindqvist]]
[[A|Zum Feldtor 3]]
[[A|59759 Arnsberg]]""", ["RELIGION"])

# ---------------------------------------------------------------- Sozialamt / Wohngeld / Rente variations
doc("outlook", "sozialamt-grundsicherung", f"""Betreff: Antrag Grundsicherung im Alter

Sehr geehrte Damen und Herren,

ich stelle für meine Mutter, Frau [[P|Halina Mazur]], einen Antrag auf Grundsicherung. Ihre Rente beträgt 812,40 EUR. Sie lebt seit einem Schlaganfall im Pflegeheim St. Elisabeth und hat Pflegegrad 4.

Rentenversicherungsnummer: [[SSN|{g.social_security('120348', 'M')}]]
Krankenversichertennummer: [[KV|{g.health_insurance()}]]
Geburtsdatum: [[DOB|12.03.1948]]

Ich bin ihre Betreuerin, die Bestallungsurkunde liegt bei.

Mit freundlichen Grüßen
[[P|Beata Mazur-Hennecke]]
[[A|Feldstraße 22]], [[A|59494 Soest]]
[[E|beata.mazur@web.de]]""", ["HEALTH"])

_ssn = g.social_security("050780", "K")
doc("word", "versicherungsamt-vermerk", f"""Gesprächsvermerk Versicherungsamt, 24.11.2026

Herr [[P|Konstantin Kuznetsov]] legte seinen Rentenversicherungsausweis vor (RV-Nr. [[SSN|{_ssn[:2]} {_ssn[2:8]} {_ssn[8]} {_ssn[9:]}]]) und möchte eine Kontenklärung. Er hat von 1998 bis 2003 in Kasachstan gearbeitet; die Nachweise sind auf Russisch und müssen übersetzt werden. Seine Krankenkasse (AOK NordWest) hat die Mitgliedsbescheinigung bereits geschickt.

Herr [[P|Kuznetsov]] ist vormittags unter [[T|(02931) 44 18 90]] erreichbar.

[[P|I. Stratmann]]""")

doc("outlook", "wohngeld-rueckfrage", f"""Betreff: AW: Ihr Wohngeldantrag, Az. [[AZ|WG-50.3-2026-1174]]

Sehr geehrter Herr [[P|Schmalenbach]],

danke für Ihre Nachricht. Die fehlenden Kontoauszüge der Sparkasse Arnsberg-Sundern für August bis Oktober schicke ich Ihnen bis Freitag. Die Heizkostenabrechnung der Stadtwerke (Rechnungsnummer 4410029817) liegt ebenfalls bei.

Bankverbindung für die Auszahlung: [[IBAN|{group(g.iban_de(), 4)}]] (Kontoinhaberin [[P|Fatma Öztürk]])

Viele Grüße
[[P|Fatma Öztürk]]

-----Ursprüngliche Nachricht-----
Von: [[P|Schmalenbach, Ulrich]] <[[E|u.schmalenbach@arnsberg.de]]>
Gesendet: Montag, 23. November 2026 09:41
An: [[E|fatma.oeztuerk@gmx.de]]
Betreff: Ihr Wohngeldantrag""")

# ---------------------------------------------------------------- Ordnungsamt / Bußgeld
doc("outlook", "ordnungsamt-laerm", f"""Betreff: Lärmbelästigung jedes Wochenende

Guten Tag,

in der Wohnung über uns ([[A|Lange Straße 48]], 3. Etage) wird jedes Wochenende bis 4 Uhr morgens laut Musik gespielt. Die Mieter heißen laut Klingelschild [[P|Petrović]]. Wir haben schon mit der Hausverwaltung (Vonovia) gesprochen, ohne Erfolg. Am Samstag, 14.11., hat die Polizei eingegriffen.

Können Sie bitte etwas unternehmen?

[[P|Aleksandra Nowak]] und [[P|Dariusz Nowak]]
Erdgeschoss, gleiche Adresse
Tel: [[T|0171-9384-102]]""")

doc("word", "bussgeld-anhoerung", f"""Stadt Arnsberg · Ordnungsamt · Verkehrsüberwachung

Herrn
[[P|Ahmad Rahimi]]
[[A|Bahnhofstr. 3]], [[N|Whg. 7]]
[[A|59759 Arnsberg]]

Aktenzeichen: [[AZ|VOW 2026/118834]]
Tatzeit: 02.11.2026, 07:43 Uhr
Tatort: Arnsberg, Clemens-August-Straße, Höhe Kreuzung Möhnestraße
Kennzeichen: [[KFZ|MK-AR 803]]

Anhörung im Bußgeldverfahren

Sehr geehrter Herr [[P|Rahimi]],

Ihnen wird vorgeworfen, die zulässige Höchstgeschwindigkeit innerhalb geschlossener Ortschaften um 23 km/h überschritten zu haben (§ 41 Abs. 1 i. V. m. Anlage 2 StVO). Das Bußgeld beträgt 150,00 EUR, hinzu kommt ein Punkt im Fahreignungsregister. Sie können sich innerhalb einer Woche äußern.

Mit freundlichen Grüßen
Im Auftrag
[[P|Olaf Krämer]]""")

doc("outlook", "ordnungsamt-hund", f"""Betreff: Beißvorfall im Park

Hallo,

am Sonntagnachmittag wurde mein Sohn ([[P|Levin Scholz]], 9 Jahre) im Eichholzpark von einem freilaufenden Schäferhund gebissen. Die Halterin hat sich als [[P|Renata Krawczyk]] vorgestellt und mir ihre Nummer gegeben: [[T|0162 4471 039]]. Die Wunde am Unterarm wurde im Krankenhaus genäht, er hat eine Tetanusimpfung bekommen.

Bitte prüfen Sie, ob für den Hund eine Leinenpflicht angeordnet werden kann.

Gruß
[[P|Nadine Scholz]]
[[A|Im Langel 6]], [[A|59821 Arnsberg]]""", ["HEALTH"])

# ---------------------------------------------------------------- Personal / internal
doc("word", "personal-umsetzung", f"""Personalamt – Vermerk (vertraulich)

Frau [[P|Sevgi Arslan]], Sachbearbeiterin im Fachdienst Soziales, hat ihre Umsetzung in das Bürgerbüro beantragt. Sie ist seit 2019 Mitglied der Gewerkschaft ver.di und Vertrauensfrau im Fachbereich 3; sie bittet darum, dass der Personalrat beteiligt wird.

Personalnummer: [[N|40017]]
Steuer-ID [[TID|{g.tax_id()}]]
Privatanschrift: [[A|Karlstraße 15]], [[A|59755 Arnsberg]]

Die Stelle im Bürgerbüro ist zum 01.01.2027 frei. Gegen die Umsetzung bestehen keine Bedenken.

Prof. [[P|Dr. Annette Kleinschmidt]]
Leiterin Personalamt""", ["UNION"])

doc("word", "personal-zugang", f"""IT-Sicherheit – Protokoll Zugangsberechtigung Rechenzentrum

Für den neuen Mitarbeiter [[P|Kevin Nguyen]] (Netzwerkadministration) wurde am 09.11.2026 der Zugang zum Serverraum eingerichtet. Sein Fingerabdruck wurde im Zutrittssystem hinterlegt, zusätzlich ein Gesichtsbild für die Kamera am Eingang. Die Daten werden nach Ende des Beschäftigungsverhältnisses gelöscht.

Dienstausweis Nr. [[N|0815]]; Rückfragen an [[P|Marcel Dörrenberg]], [[N|it-service@arnsberg.de]].""", ["BIOMETRIC"])

doc("outlook", "personal-krankmeldung", f"""Betreff: krankmeldung

hallo [[P|jutta]],

ich bin leider seit heute krank, der arzt hat mich wegen einer depression für drei wochen krankgeschrieben. die au-bescheinigung schicke ich per post. bitte gib das an herrn [[P|lindner]] weiter, die akten zur hundesteuer liegen auf meinem schreibtisch.

lg [[P|tanja]]

--
[[P|Tanja Oberhaus]]
Steueramt, Zimmer 112""", ["HEALTH"])

# ---------------------------------------------------------------- special categories in new wordings
doc("outlook", "gleichstellung-beschwerde", f"""Betreff: Beschwerde über Mitarbeiter im Standesamt

Sehr geehrte Damen und Herren,

mein Partner [[P|Jonas Albrecht]] und ich ([[P|Mehmet Can Aydın]]) haben im Standesamt einen Termin zur Eheschließung angefragt. Der Mitarbeiter am Schalter machte eine abfällige Bemerkung darüber, dass zwei Männer heiraten wollen. Als schwules Paar erwarten wir von einer Behörde einen respektvollen Umgang.

Wir bitten um eine Stellungnahme.

[[P|Mehmet Can Aydın]]
[[E|mc.aydin@outlook.com]]""", ["SEXUAL_ORIENTATION"])

doc("outlook", "wahlamt-wahlhelfer", f"""Betreff: Meldung als Wahlhelfer – Kommunalwahl

Hallo,

ich möchte bei der nächsten Wahl als Wahlhelfer mitmachen. Zur Info: Ich bin Mitglied der SPD und sitze für die Partei in der Bezirksvertretung Neheim – ist das ein Problem für den Einsatz im Wahllokal?

Kontakt:
[[P|Georg Hammerschmidt]]
[[A|Lindenweg 4]], [[A|59755 Arnsberg]]
[[T|02932-3 44 56]]
[[E|g.hammerschmidt@arcor.de]]""", ["POLITICS"])

doc("word", "gesundheitsamt-gentest", f"""Vermerk – Beratung Gesundheitsamt

Frau [[P|Sophia Karagiannis]] (geb. [[DOB|22.10.1986]]) sprach zur Beratung über die Kostenübernahme vor. Bei ihr wurde im Rahmen einer humangenetischen Untersuchung eine BRCA1-Mutation festgestellt; ihre Schwester [[P|Anastasia]] soll ebenfalls getestet werden. Die Krankenkasse (Techniker Krankenkasse, Versichertennummer [[KV|{g.health_insurance()}]]) hat die Übernahme zunächst abgelehnt.

Weiteres Vorgehen: Widerspruch mit Unterstützung der Beratungsstelle.

[[P|Dr. med. Ingrid Sauerwald]]""", ["GENETIC"])

doc("outlook", "integration-sprachkurs", f"""Betreff: Integrationskurs – Anmeldung

Guten Tag,

ich heiße [[P|Gheorghe Lăcătuș]], bin Rom aus Rumänien und lebe seit März mit meiner Familie in Arnsberg. Ich möchte einen Integrationskurs mit Alphabetisierung besuchen. Im Jobcenter sagte man mir, ich soll mich bei Ihnen melden.

Adresse: [[A|Möhnepforte 11]], [[A|59755 Arnsberg]]
Telefon: [[T|0049 176 55 1234 87]]

Mulțumesc / Danke""", ["ETHNICITY"])

doc("outlook", "buergeramt-kirchenaustritt-anders", f"""Betreff: Austritt aus der evangelischen Kirche

Guten Tag,

bitte schicken Sie mir einen Termin für den Kirchenaustritt. Ich bin evangelisch getauft, aber schon lange nicht mehr gläubig.

[[P|Friederike Sommerkamp]], geb. [[DOB|3. Mai 1990]]
[[A|Ruhrstraße 88a]]
[[A|59821 Arnsberg]]""", ["RELIGION"])

doc("word", "gewerkschaft-streik", f"""Vermerk Personalrat / Dienststelle

Am 12.11.2026 fand ein Warnstreik statt. Aus dem Bauhof haben sich die IG-BAU-Mitglieder [[P|Ralf Kötter]] und [[P|Ömer Şahin]] beteiligt. Die Zeiterfassung wurde entsprechend gekennzeichnet, der Lohnabzug erfolgt mit der Dezemberabrechnung.

[[P|M. Gockel]], Personalsachbearbeitung""", ["UNION"])

# ---------------------------------------------------------------- identifiers without context, mixed
doc("word", "kasse-liste", f"""Stadtkasse – offene Erstattungen, Stand 25.11.2026

- [[P|Halvorsen, Ingrid]]: 62,00 EUR → [[IBAN|{group(g.iban('AT', 16), 4)}]]
- [[P|Lehmkuhl, Bernd]]: 118,40 EUR → [[IBAN|{g.iban_de()}]]
- [[P|Wiśniewski, Paweł]]: 9,50 EUR → [[IBAN|{group(g.iban('PL', 24), 4)}]]
- Rechnung 2026-4470 (Firma Elektro Stemmer GmbH): Skonto abgezogen, kein Personenbezug

Überweisungen bitte bis Freitag freigeben. Rückfragen: Kasse, {RATHAUS}.""")

doc("outlook", "kasse-kreditkarte", f"""Betreff: Doppelte Abbuchung Kreditkarte – Online-Terminbuchung

Sehr geehrte Damen und Herren,

bei der Online-Buchung für die Beglaubigung wurde meine Karte [[CC|{group(g.credit_card('4', 16), 4)}]] zweimal mit 12,50 € belastet (Buchungen vom 19.11.2026, Referenz [[N|88311]] und [[N|88312]]). Bitte erstatten Sie einen Betrag.

Meine zweite Karte, eine Amex ([[CC|{(lambda c: c[:4] + ' ' + c[4:10] + ' ' + c[10:])(g.credit_card('37', 15))}]]), habe ich nicht verwendet.

[[P|Isabella Conti]]
[[T|+39 347 218 4490]] (italienische Nummer, ich bin bis Dezember in Mailand)""")

doc("word", "gewerbeamt-anmeldung", f"""Gewerbeanmeldung – Erfassungsbogen (Auszug)

Betriebsinhaber/in: [[P|Thi Thu Hà Phạm]]
Geburtsdatum: [[DOB|14.12.1984]]
Geburtsort: Hanoi
Wohnanschrift: [[A|Clemens-August-Straße 47]], [[A|59821 Arnsberg]]
Betriebsanschrift: [[A|Hauptstraße 91]], [[A|59755 Arnsberg]]
Tätigkeit: Nagelstudio
Steuernummer: [[TNR|{g.tax_number_federal_nrw()}]]
USt-IdNr.: [[VAT|{g.vat_id()}]]
Beginn: 01.12.2026

Die Erlaubnis ist nicht erforderlich. Kopie an Finanzamt, IHK und Handwerkskammer.""")

doc("outlook", "gewerbeamt-bayern", f"""Betreff: Abmeldung Gewerbe nach Umzug nach Bayern

Servus,

ich verlege meinen Betrieb (Hausmeisterservice) zum Jahresende nach Rosenheim und melde das Gewerbe in Arnsberg ab. Meine neue Steuernummer beim Finanzamt Rosenheim: [[TNR|{g.tax_number_bavaria()}]]; die Umsatzsteuer-Identifikationsnummer bleibt [[VAT|{g.vat_id()}]].

Neue Anschrift ab 01.01.2027: [[A|Kufsteiner Straße 103]], [[A|83022 Rosenheim]]

Pfiat di
[[P|Andreas Huber-Lindl]]""")

doc("outlook", "buergeramt-pass-verlust", f"""Betreff: Verlust Reisepass und Personalausweis

Guten Tag,

mir wurden am Wochenende in Dortmund die Geldbörse und der Rucksack gestohlen. Darin waren mein Reisepass ([[PASS|{g.passport()}]]) und mein Personalausweis ([[IDC|{g.id_card()}]]). Die Anzeige habe ich bei der Polizei Dortmund erstattet.
Ich brauche schnell einen vorläufigen Ausweis, weil ich am 4. Dezember fliege.

Danke!
[[P|Benedikt Raulf]]
geb. [[DOB|28.02.1996]]
[[A|Am Sportplatz 9]] · [[A|59846 Sundern]]
[[T|0170 2 33 44 55]]""")

doc("word", "sozialamt-liste-ohne-kontext", f"""Übergabeliste Sozialamt – Fälle von Frau [[P|Dahlmann]] (Urlaubsvertretung)

1. [[P|Rüdiger Pankoke]], [[KV|{g.health_insurance()}]], [[SSN|{g.social_security('110957', 'P')}]] – Antrag Hilfe zur Pflege, Gutachten fehlt
2. [[P|Emine Çelik]], [[KV|{g.health_insurance()}]] – Bestattungskosten ihres Mannes, Rechnung liegt vor
3. [[P|Aurelio Bianchi]], [[TID|{g.tax_id()}]] – Rückforderung 240 EUR, Ratenplan 20 EUR/Monat

Alle Akten im Schrank Zimmer 305, zweites Fach.""")

# ---------------------------------------------------------------- hard negatives / harmless mentions
doc("word", "rat-beschlussvorlage", f"""Beschlussvorlage Nr. 214/2026 – Ausschuss für Planung und Bauen

Betreff: Änderung des Bebauungsplans Nr. 118 „Am Schlossberg"

Sachverhalt: Für das Plangebiet zwischen Ruhrstraße, Stembergstraße und Möhnestraße soll die zulässige Geschossflächenzahl von 0,8 auf 1,0 erhöht werden. Die Kosten des Verfahrens von rund 24.000 EUR trägt der Vorhabenträger (Wohnungsbaugesellschaft Arnsberg mbH). Eine frühzeitige Beteiligung nach § 3 Abs. 1 BauGB fand vom 2. bis 30. September 2026 statt; es gingen 14 Stellungnahmen ein. Die Kirche St. Laurentius und der Kindergarten der Caritas sind nicht betroffen.

Finanzielle Auswirkungen: Haushaltsjahr 2027, Produkt 09.01.01, Sachkonto 542900.

Beschlussvorschlag: Der Ausschuss beschließt die Offenlage für Januar und Februar 2027.""")

doc("outlook", "stadtwerke-rechnung", f"""Betreff: Ihre Rechnung Nr. 2026-118733 vom 02.11.2026

Sehr geehrte Damen und Herren,

in der Abrechnung für das Bürgerhaus Hüsten wurde der Zählerstand vom 31.12.2025 (48.211 kWh) doppelt berücksichtigt. Die Differenz beträgt 1.842,17 EUR. Bitte korrigieren Sie die Rechnung; Vertragskonto 601 448 213 der Stadt Arnsberg.

Mit freundlichen Grüßen
Gebäudemanagement der Stadt Arnsberg
{RATHAUS}""")

doc("word", "pressemitteilung", f"""Pressemitteilung der Stadt Arnsberg

Weihnachtsmarkt am Neumarkt öffnet am Freitag

Vom 27. November bis 23. Dezember 2026 verwandelt sich der Neumarkt wieder in einen Weihnachtsmarkt. Geöffnet ist montags bis donnerstags von 11 bis 20 Uhr, freitags und samstags bis 22 Uhr. Der Winter hält dieses Jahr früh Einzug; der Bauhof streut die Gehwege rund um die Marktstraße ab 6 Uhr. Die Sparkasse Arnsberg-Sundern, die Volksbank Sauerland und die Caritas beteiligen sich mit eigenen Ständen, der Erlös geht an das Frauenhaus. Parkplätze gibt es an der Jahnallee und im Parkhaus am Bahnhof; der Bus R51 fährt bis 23 Uhr im 30-Minuten-Takt.

Pressekontakt: Pressestelle, {RATHAUS}, [[N|presse@arnsberg.de]]""")

doc("outlook", "vhs-anmeldung-harmlos", f"""Betreff: Anmeldung Kochkurs VHS

Hallo,

ich möchte mich für den Kochkurs „Italienisch kochen" (Kursnummer 26H-3104, 4 Abende, 68 EUR) anmelden. Der Koch, der den Kurs im Frühjahr geleitet hat, war großartig! Meine Krankenkasse bezuschusst leider nur Bewegungskurse, deshalb zahle ich selbst.

Viele Grüße
[[P|Claudia Vogel]]
[[A|Schützenstraße 12]], [[A|59823 Arnsberg]]
[[E|claudia.vogel77@gmx.de]]""")

doc("outlook", "kirchengemeinde-veranstaltung", f"""Betreff: Genehmigung Straßenfest an der Kirche

Sehr geehrte Damen und Herren,

der Förderverein des Kindergartens plant am Samstag, 6. Juni 2027, ein Straßenfest auf dem Platz vor der Kirche St. Johannes. Wir benötigen eine Sondernutzungserlaubnis und möchten die Straße Zum Kirchplatz zwischen 10 und 18 Uhr sperren lassen. Erwartet werden etwa 300 Besucher; es gibt einen Grillstand, eine Hüpfburg und Kaffee im Gemeindehaus.

Ansprechpartnerin: [[P|Dorothee Kemper-Blum]], [[T|0 2931 / 87 65 43]]

Förderverein Kita Regenbogen e. V.""")

doc("word", "sportamt-hallenbelegung", f"""Sportamt – Hallenbelegung Winterhalbjahr 2026/27

Die Sporthalle am Berliner Platz ist montags und mittwochs ab 18 Uhr an den TuS Sundern vergeben, dienstags an die Volleyballabteilung des TV Arnsberg. Freitags bleibt die Halle für den Schulsport reserviert. In den Weihnachtsferien vom 23. Dezember bis 6. Januar ist die Halle geschlossen. Die Hallennutzungsgebühr bleibt bei 12,50 EUR je Stunde.

Ansprechpartner im Sportamt: Zimmer 018, {RATHAUS}.""")

# ---------------------------------------------------------------- more person/address/phone variety
doc("outlook", "abfall-beschwerde", f"""Betreff: Gelbe Tonne wieder nicht geleert!!!

Sehr geehrte Damen und Herren,

zum dritten Mal in Folge wurde die gelbe Tonne in der Straße Am Hüttengraben nicht geleert. Wir wohnen [[A|Am Hüttengraben 17]] (Hinterhaus). Der Fahrer meinte, die Tonne stehe zu weit weg. Das stimmt nicht!

Mfg
[[P|K.-H. Wortmann]]
Tel. [[T|+49 2931 13579 - 22]]""")

doc("outlook", "standesamt-geburt", f"""Betreff: Geburtsurkunde für unsere Tochter

Liebe Mitarbeiterinnen und Mitarbeiter des Standesamts,

unsere Tochter [[P|Amira Benali-Hoffmann]] ist am [[DOB|15. November 2026]] im Marienhospital zur Welt gekommen. Wir brauchen drei Geburtsurkunden für Elterngeld, Kindergeld und die Krankenkasse. Die Vaterschaftsanerkennung ist schon beurkundet.

Mutter: [[P|Sarah Hoffmann]]
Vater: [[P|Karim Benali]]
Anschrift: [[A|Zur Feldmühle 4]], [[A|59755 Arnsberg]]
E-Mail: [[E|karim.benali@icloud.com]]""")

doc("word", "standesamt-namensaenderung", f"""Standesamt Arnsberg – Niederschrift

Vor dem Standesbeamten erschien heute Frau [[P|Katharina von Bredow-Pieper]], geboren am [[DOB|11.11.1977]], wohnhaft [[A|Schlossstraße 2]], [[A|59821 Arnsberg]], und erklärte, dass sie nach der Scheidung von [[P|Matthias Pieper]] wieder ihren Geburtsnamen „[[P|von Bredow]]" führen möchte.

Die Erklärung wurde vorgelesen, genehmigt und unterschrieben. Gebühr: 35,00 EUR.

[[P|Ole Rasmussen]], Standesbeamter""")

doc("outlook", "umwelt-baum", f"""Betreff: Baumfällung Nachbar

Hi,

der Nachbar, [[P|Herbert Schäfer-Kuhlmann]] aus der [[A|Dreikönigsstr. 5]], hat gestern eine Buche mit ca. 90 cm Stammumfang gefällt. Nach der Baumschutzsatzung braucht man dafür doch eine Genehmigung, oder? Im März brüten da außerdem Vögel.

VG [[P|Sina Bergmann]]
[[E|sina.bergmann@gmail.com]]
[[T|01523 884 2210]]""")

doc("outlook", "parkausweis-anwohner", f"""Betreff: Anwohnerparkausweis – Kennzeichenwechsel

Hallo liebes Team vom Ordnungsamt,

ich habe ein neues Auto und damit ein neues Kennzeichen: [[KFZ|HSK MB 1204]] (vorher [[KFZ|HSK-MB 88]]). Kann der Anwohnerparkausweis für die Zone Altstadt umgeschrieben werden? Wohnhaft bin ich weiterhin [[A|Alter Markt 21]].

Danke, [[P|Marlene Bültmann]]""")

doc("word", "ratsbuero-einladung", f"""Einladung zur Sitzung des Integrationsrates am Donnerstag, 10. Dezember 2026, 17:00 Uhr, Rathaus, Sitzungssaal

Tagesordnung:
1. Begrüßung durch den Vorsitzenden, [[P|Hüseyin Doğan]]
2. Bericht der Verwaltung zur Unterbringung von Geflüchteten (Referent: Beigeordneter [[P|Dr. Klaus-Dieter Hengstebeck]])
3. Interkulturelle Woche 2027 – Planung
4. Verschiedenes

Gäste sind willkommen. Anfragen an die Geschäftsstelle, {RATHAUS}.""")

doc("outlook", "kita-abholung", f"""Betreff: Abholberechtigung

Hallo Frau [[P|Wolff]],

ab Montag holt auch meine Schwester [[P|Olga Kusnezowa]] unseren [[P|Mischa]] aus der Kita ab. Ihre Handynummer: [[T|+49 1512 3456789]]. Sie kann sich mit Personalausweis ausweisen.

Beste Grüße
[[P|Natalia Braun]]""")

doc("word", "sozialamt-bescheid-kv", f"""Stadt Arnsberg · Fachdienst Soziales

Frau
[[P|Ljiljana Marković]]
[[A|Breite Straße 30 c]]
[[A|59757 Arnsberg]]

Kundennummer: [[AZ|SO-4410-7782]]

Bewilligung von Leistungen nach dem SGB XII

Sehr geehrte Frau [[P|Marković]],

für den Zeitraum vom 01.12.2026 bis 30.11.2027 werden Ihnen Leistungen in Höhe von monatlich 563,00 EUR bewilligt. Die Beiträge zur Kranken- und Pflegeversicherung (KVNR [[KV|{g.health_insurance()}]]) übernehmen wir direkt gegenüber Ihrer Krankenkasse.

Mit freundlichen Grüßen
Im Auftrag
[[P|Jens Tillmann]]""")

doc("outlook", "musikschule-anmeldung", f"""Betreff: Anmeldung Musikschule – Geige

Guten Tag,

ich möchte meinen Sohn [[P|Felix Brandt-Ostermann]] (8 Jahre, geb. [[DOB|24.06.2018]]) für Geigenunterricht anmelden, gerne dienstags. Die Gebühr soll per SEPA-Lastschrift von [[IBAN|{group(g.iban_de(), 4)}]] abgebucht werden, Kontoinhaberin [[P|Miriam Ostermann]].

Mit freundlichen Grüßen
[[P|Miriam Ostermann]]
[[A|Hellefelder Höhe 19]]
[[A|59821 Arnsberg]]""")

doc("outlook", "buergeramt-fuehrungszeugnis", f"""Betreff: Führungszeugnis für Ehrenamt

Hallo,

für meine Tätigkeit als Trainerin beim SV Holzen benötige ich ein erweitertes Führungszeugnis. Die Bestätigung des Vereins habe ich. Geht das auch per Post?

Meine Daten: [[P|Zofia Jabłońska]], geb. [[DOB|08.01.2001]] in Gdańsk, [[A|Im Ohl 22]], [[A|59757 Arnsberg]]. Ausweis-Nr. [[IDC|{g.id_card(check_digit=True)}]].

Vielen Dank
[[P|Zofia]]""")


# ---------------------------------------------------------------- second batch (fresh-066 …)
# Written after the first detector fixes (2026-11-30, 02:20–02:47 UTC) and scored once before any further change,
# so that these documents stay a held-out check of those fixes (see README.md).
SECOND_BATCH_START = len(DOCS) + 1

doc("outlook", "elterngeld-rueckfrage", f"""Betreff: Elterngeld – fehlende Verdienstbescheinigung

Sehr geehrte Frau [[P|Freitag]],

die Verdienstbescheinigung meines Arbeitgebers kommt erst am Freitag. Reicht es, wenn ich sie nächste Woche nachreiche? Unsere Tochter [[P|Lotta Marie Schürmann]] wurde am [[DOB|30. Oktober 2026]] geboren, der Antrag ging am 6. November raus.

Vorgangsnummer: [[AZ|EG-2026-33817]]

Viele Grüße
[[P|Jannis Schürmann]]
[[T|+49-171-5043382]]""")

doc("word", "bafoeg-bescheid", f"""Amt für Ausbildungsförderung

Herrn
[[P|Lucas García López]]
[[A|Vinckestraße 41]]
[[A|59755 Arnsberg]]

Förderungsnummer: [[AZ|BA 0593/26-1]]

Bewilligungsbescheid

Sehr geehrter Herr [[P|García López]],

für den Bewilligungszeitraum 10/2026 bis 09/2027 erhalten Sie Ausbildungsförderung in Höhe von 812,00 EUR monatlich. Die Zahlung erfolgt auf das Konto [[IBAN|{group(g.iban_de(), 4)}]].

Im Auftrag
[[P|Marita O'Donnell]]""")

doc("outlook", "gaststaette-erlaubnis", f"""Betreff: Gaststättenerlaubnis Café am Markt – Unterlagen

Guten Tag Frau [[P|Szymańska]],

wie besprochen anbei die Unterlagen für die Übernahme des Cafés am Neumarkt:
- Führungszeugnis und Auskunft aus dem Gewerbezentralregister
- Lebensmittelhygienebelehrung vom 12.10.2026
- Mietvertrag, Pächter: [[P|Dragan Jovanović]]

Die Steuernummer lautet [[TNR|{g.tax_number_nrw()}]], die Betriebsnummer der Arbeitsagentur reiche ich nach.

Mit freundlichen Grüßen
[[P|Dragan Jovanović]]
Café am Markt
[[A|Neumarkt 6]]
[[A|59821 Arnsberg]]
[[E|d.jovanovic@cafe-am-markt.de]]""")

doc("outlook", "briefwahl", f"""Betreff: briefwahlunterlagen an andere adresse

hi,

ich bin im januar beruflich in hamburg und brauche die briefwahlunterlagen dorthin: [[P|nele hartmann]], bei [[P|Okafor]], [[A|Eppendorfer Weg 212]], [[A|20259 Hamburg]]. geboren bin ich am [[DOB|04.09.1999]], gemeldet in der [[A|Sauerstraße 3]].

danke!
[[P|nele]]""")

doc("word", "fundbuero-vermerk", f"""Fundbüro – Eingangsvermerk Nr. 2026/0917

Fundsache: schwarze Geldbörse mit Personalausweis ([[IDC|{g.id_card(check_digit=True)}]]) und EC-Karte der Sparkasse, Bargeld 35,00 EUR.
Gefunden am 21.11.2026 am Busbahnhof Neheim von [[P|Hildegard Pöppelbaum]] ([[T|02932/894412]]), sie verzichtet auf Finderlohn.
Ausweisinhaber: [[P|Mahmoud Sharifi]], [[A|Goethestr. 9]], [[A|59755 Arnsberg]] – schriftlich benachrichtigt.""")

doc("outlook", "standesamt-sterbeurkunde", f"""Betreff: Sterbeurkunde für meinen Onkel

Sehr geehrte Damen und Herren,

mein Onkel [[P|Alfons Tigges]] ist am 17.11.2026 in Arnsberg verstorben (geboren am [[DOB|08.02.1936]]). Als Neffe und Erbe benötige ich fünf Sterbeurkunden für Rentenversicherung, Bank und Krankenkasse. Er war zuletzt wohnhaft [[A|Am Kapellenberg 2]], [[A|59846 Sundern]].

Mit freundlichen Grüßen
[[P|Dr. Bernhard Tigges]]
Fachanwalt für Erbrecht
[[T|0231 / 55 66 77 - 12]]""")

doc("word", "vollstreckung-ankuendigung", f"""Stadtkasse Arnsberg – Vollstreckungsstelle

Frau
[[P|Natascha Hellwig-Demir]]
[[A|Rönkhauser Str. 8]]
[[A|59846 Sundern]]

Kassenzeichen [[AZ|9.2025.210047]]

Ankündigung der Vollstreckung

Sehr geehrte Frau [[P|Hellwig-Demir]],

trotz Mahnung vom 02.10.2026 ist die Forderung von 1.234,56 EUR (Gewerbesteuer 2024 einschl. Säumniszuschläge nach § 240 AO) noch offen. Zahlen Sie bitte bis zum 14.12.2026 auf das Konto der Stadtkasse bei der Sparkasse Arnsberg-Sundern, BIC WELADED1ARN, sonst wird die Kontopfändung eingeleitet.

Im Auftrag
[[P|Gregor Pütz]]""")

doc("outlook", "auslaenderbehoerde-verpflichtung", f"""Betreff: Verpflichtungserklärung für Besuch aus Vietnam

Guten Tag,

meine Schwiegermutter [[P|Lê Thị Hoa]] (geb. [[DOB|12.12.1962]], Reisepass-Nr. [[PASS|C7841902]]) möchte uns im Frühjahr drei Monate besuchen. Ich möchte dafür die Verpflichtungserklärung abgeben. Mein Einkommen: 3.480 EUR netto, Gehaltsabrechnungen liegen vor.

[[P|Sebastian Ortmann]]
[[A|Schützenhof 14]], [[A|59821 Arnsberg]]
Tel. [[T|0151 – 40 22 93 17]]""")

doc("word", "jugendamt-vormundschaft", f"""Jugendamt – Vermerk Amtsvormundschaft

Mündel: [[P|Amani Yohannes]], geb. [[DOB|02.07.2010]], unbegleitet eingereist aus Eritrea
Vormund: [[P|Friedrich Lohmann]] (Amtsvormund)
Unterbringung: Wohngruppe Haus Sonnenschein, [[A|Brückenstraße 17]], [[A|59755 Arnsberg]]

[[P|Amani]] besucht seit September die internationale Förderklasse. Sie ist orthodoxe Christin und möchte am Sonntag den Gottesdienst der eritreischen Gemeinde in Dortmund besuchen; die Fahrten werden übernommen.

Krankenversichertennummer [[KV|{g.health_insurance()}]]""", ["RELIGION"])

doc("outlook", "schulbegleitung", f"""Betreff: Antrag Schulbegleitung

Sehr geehrte Damen und Herren,

für unseren Sohn [[P|Ben Hollmann-Richter]] beantragen wir eine Schulbegleitung. [[P|Ben]] hat Typ-1-Diabetes und muss mehrmals am Vormittag seinen Blutzucker messen, die Lehrerin traut sich die Insulingabe nicht zu.

Wir erreichen Sie unter [[T|0171 - 23 45 67 8]].

[[P|Svenja Hollmann-Richter]]""", ["HEALTH"])

doc("outlook", "bibliothek-mahnung", f"""Betreff: Mahnung Stadtbücherei – Bücher sind zurück!

Hallo,

ich habe heute eine Mahnung über 6,00 € bekommen (Leserausweis [[AZ|100233871]]), aber die drei Bücher habe ich schon am Samstag in den Rückgabekasten geworfen. Bitte prüfen Sie das noch mal.

Gruß
[[P|Merve Aksoy]]""")

doc("word", "brandschau-protokoll", f"""Feuerwehr Arnsberg – Protokoll Brandverhütungsschau

Objekt: Seniorenwohnanlage Lindenhof, [[N|Lindenstraße 60]], [[N|59755 Arnsberg]]
Betreiber: Caritasverband Arnsberg-Sundern e. V.
Anwesend: Brandoberinspektor [[P|Kai Schnettler]], Heimleitung [[P|Renate Voß-Kleine]]

Mängel: Rauchschutztür im 2. OG blockiert (Keil), Feuerlöscher im Keller Prüfdatum 03/2024 abgelaufen, Flucht- und Rettungsplan nicht aktuell. Frist zur Beseitigung: 4 Wochen. Nachschau im Januar.

gez. [[P|K. Schnettler]]""")

doc("outlook", "tiefbau-sondernutzung", f"""Betreff: Container vor dem Haus – Sondernutzungserlaubnis

Hallo Herr [[P|Sommer]],

im Sommer hatten Sie mir schon einmal geholfen. Jetzt brauche ich für eine Entrümpelung vom 7. bis 11. Dezember einen Container (7 m³) vor dem Haus [[A|Kirchstraße 5]]. Die Straße ist dort 6,50 m breit, der Gehweg bleibt frei.

Beste Grüße
[[P|Oliver Strathmann]]
[[E|o.strathmann@strathmann-entruempelung.de]]
[[T|+49 (0) 2931 / 93 93 0]]""")

doc("word", "gesundheitsamt-belehrung", f"""Gesundheitsamt – Bescheinigung nach § 43 IfSG (Entwurf)

[[P|Kwame Mensah]], geboren am [[DOB|19.03.1994]] in Kumasi (Ghana), wohnhaft [[A|Zum Wiebelsberg 11]], [[A|59757 Arnsberg]], wurde am 27.11.2026 über die Tätigkeitsverbote und Verpflichtungen nach §§ 42 und 43 IfSG belehrt. Er hat schriftlich erklärt, dass ihm keine Tatsachen für ein Tätigkeitsverbot bekannt sind.

Arnsberg, 27.11.2026
Im Auftrag
[[P|Jutta Wüllner-Goebel]]""")

doc("outlook", "personal-betriebsrat", f"""Betreff: Freistellung für Gewerkschaftsschulung

Liebe Frau Dr. [[P|Hengsbach]],

ich bin seit Jahren in der GEW organisiert und möchte vom 18. bis 20. Januar an einer Bildungsschulung teilnehmen. Nach dem Arbeitnehmerweiterbildungsgesetz steht mir dafür Bildungsurlaub zu.

Herzliche Grüße
[[P|Ines Kowalewski]]
Musikschule, Fachbereich Streicher""", ["UNION"])

doc("outlook", "demo-anmeldung", f"""Betreff: Anmeldung einer Versammlung am 12.12.

Sehr geehrte Damen und Herren,

hiermit melde ich als Versammlungsleiter eine Kundgebung gegen die Schließung des Hallenbads an. Ort: Platz vor dem Rathaus, 10 bis 12 Uhr, erwartet werden 150 Teilnehmende. Ich bin Mitglied der Linken und Sprecher der Bürgerinitiative „Bad bleibt".

[[P|Till Rademacher]]
[[A|Am Hegeborn 4]], [[A|59759 Arnsberg]]
[[T|0176 84 29 31 05]]""", ["POLITICS"])

doc("word", "ordnungsamt-venenscanner", f"""Vermerk – Zugangskontrolle Asservatenraum Ordnungsamt

Seit dem 01.11.2026 öffnet der Asservatenraum nur noch per Handvenenscanner. Angelernt wurden die Handvenenmuster von [[P|Stefanie Bräutigam]] und [[P|Yannick Osei]]; ihre Daten liegen verschlüsselt im Zutrittssystem des Herstellers. Der Personalrat wurde beteiligt.

[[P|Uwe Kramer-Lenz]], IT-Sicherheitsbeauftragter""", ["BIOMETRIC"])

doc("outlook", "standesamt-lebenspartner", f"""Betreff: Eheschließung – Namenswahl

Hallo,

meine Verlobte [[P|Johanna Brinkmann]] und ich ([[P|Esra Keskin]]) heiraten im Mai. Wir sind ein lesbisches Paar und möchten beide den Doppelnamen [[P|Keskin-Brinkmann]] tragen. Geht das nach dem neuen Namensrecht?

Liebe Grüße
[[P|Esra Keskin]]
[[E|esra.keskin@posteo.net]]""", ["SEXUAL_ORIENTATION"])

doc("outlook", "vaterschaft", f"""Betreff: Beurkundung Vaterschaft – DNA-Gutachten

Sehr geehrte Damen und Herren,

das vom Familiengericht eingeholte DNA-Gutachten hat meine Vaterschaft für [[P|Milan]] bestätigt (Az. Familiengericht [[AZ|3 F 214/26]]). Ich möchte die Vaterschaft jetzt beim Jugendamt anerkennen und das gemeinsame Sorgerecht erklären.

[[P|Pavel Dvořák]]
[[T|0152 07743195]]""", ["GENETIC"])

doc("word", "sozialamt-sikh", f"""Vermerk – Hausbesuch Eingliederungshilfe

Herr [[P|Gurpreet Singh]] ([[A|Breslauer Str. 21]]) trägt als gläubiger Sikh einen Turban; für die Werkstatt für behinderte Menschen wurde vereinbart, dass er statt des Schutzhelms eine angepasste Lösung erhält. Seine Lernbehinderung ist durch das Gutachten vom 04.05.2026 festgestellt.

[[P|A. Dombrowski]]""", ["RELIGION", "HEALTH"])

doc("outlook", "kfz-saison", f"""Betreff: Saisonkennzeichen Motorrad

Hallo,

für mein Motorrad (bisher [[KFZ|HSK-RT 66]]) hätte ich gern ein Saisonkennzeichen 04–10. Die Versicherung ist informiert, die eVB kommt per Mail. Mein Auto [[KFZ|AR-TT 1907]] bleibt unverändert.

Danke & Gruß
[[P|Robin Tillmann-Stracke]]""")

doc("word", "ehrenamtskarte", f"""Ehrenamtskarte NRW – Antrag (Auszug)

Name, Vorname: [[P|BEHRENDT, Ursula]]
Geburtsdatum: [[DOB|03.03.1951]]
Straße, Hausnummer: [[A|Zum Schwarzen Bruch 7]]
PLZ, Ort: [[A|59759 Arnsberg]]
Ehrenamt: Lesepatin an der Grundschule Müschede, ca. 6 Stunden/Woche seit 2019
Bestätigt durch: [[P|Frank Lübke]], Schulleiter""")

doc("outlook", "wohngeld-mail-ohne-gruss", f"""Betreff: Re: Wohngeld Nachweise

anbei die kontoauszüge. mein neuer vermieter ist [[P|Herbert Quinkert]], [[A|Lange Wende 2]], tel [[T|0 29 32 - 2 18 44]]

[[E|yvonne.strzelecki@gmx.de]]""")

doc("word", "ratsanfrage-harmlos", f"""Anfrage der Fraktion für die Sitzung des Hauptausschusses am 15.12.2026

Wie viele Anträge auf Wohngeld wurden 2025 gestellt, und wie lange dauerte die Bearbeitung im Durchschnitt? Wie viele Stellen (VZÄ) sind im Fachdienst Soziales derzeit unbesetzt, Entgeltgruppe TVöD E 9a? Drucksache 12/2026, Haushaltsstelle 1.05.01. Antwort bitte bis KW 50.

Die Antwort der Verwaltung erfolgt schriftlich; das Bürgertelefon ist unter [[N|115]] erreichbar.""")

doc("outlook", "hundesteuer-befreiung", f"""Betreff: Hundesteuerbefreiung Assistenzhund

Sehr geehrte Damen und Herren,

ich bin seit einer Netzhauterkrankung fast blind und habe seit Oktober einen ausgebildeten Blindenführhund (sie heißt Luna). Ich beantrage die Befreiung von der Hundesteuer. Schwerbehindertenausweis mit Merkzeichen Bl liegt in Kopie bei.

[[P|Frieda Hagemeister]]
[[A|Drosselweg 9]]
[[A|59755 Arnsberg]]""", ["HEALTH"])


# ---------------------------------------------------------------- third batch (fresh-091 …)
# Written after the second round of fixes (2026-11-30, 03:00 UTC) and scored once; no detector change was made for it,
# so its figure is the held-out estimate reported in bench/README.md.
THIRD_BATCH_START = len(DOCS) + 1

doc("outlook", "wbs-antrag", f"""Betreff: Wohnberechtigungsschein

Guten Tag,

ich beantrage einen Wohnberechtigungsschein für eine 2-Zimmer-Wohnung. Ich lebe mit meinem Sohn [[P|Arbnor]] (9) zurzeit bei meiner Cousine in der [[A|Heinrich-Knoche-Straße 14]] in [[A|59821 Arnsberg]], das ist auf Dauer zu eng.

Mein Einkommen: 1.690 EUR netto als Pflegehelferin, Kindergeld 255 EUR.

Mit freundlichen Grüßen
[[P|Arbenita Krasniqi]]
Tel [[T|0151/2233 4455]]""")

doc("outlook", "english-thread", f"""Betreff: AW: Anmeldung Gewerbe – Rückfrage

Danke, ich habe die fehlende Seite ergänzt.

[[P|María José Fernández Ruiz]]

From: [[P|Andrea Köhler-Bolte]] <[[E|a.koehler-bolte@arnsberg.de]]>
Sent: Tuesday, November 24, 2026 10:02 AM
To: [[P|María José Fernández Ruiz]] <[[E|mj.fernandez@outlook.es]]>
Subject: Anmeldung Gewerbe – Rückfrage

Sehr geehrte Frau [[P|Fernández Ruiz]],
auf Seite 2 fehlt Ihre Unterschrift.
Mit freundlichen Grüßen
[[P|Andrea Köhler-Bolte]]""")

doc("word", "obdach-vermerk", f"""Vermerk Obdachlosenunterbringung

Herr [[P|Janusz Wróbel]], geb. [[DOB|14.09.1971]], wurde am 26.11.2026 in die Unterkunft [[N|Am Bahndamm 4]] eingewiesen (Zimmer 3). Er ist seit der Räumung seiner Wohnung in der [[A|Mühlenstraße 22]] ohne Obdach. Er leidet an Long Covid und ist nur eingeschränkt belastbar; Kontakt zur Suchtberatung wurde abgelehnt.

Zuständig: [[P|Lea-Marie Oberkönig]], Durchwahl [[N|-214]]""", ["HEALTH"])

doc("outlook", "seniorenbeirat", f"""Betreff: Seniorenbeirat – Fahrdienst zur Sitzung

Liebe Frau [[P|Overmann]],

für die Sitzung am Mittwoch brauche ich wieder den Fahrdienst, mein Hörgerät ist in Reparatur, deshalb bitte die Unterlagen vorher per Post an meine Tochter [[P|Gisela Hoppe]], [[A|Feldmark 3]], [[A|59759 Arnsberg]].

Herzlichst
[[P|Wilhelmine Scheele]]""", ["HEALTH"])

doc("word", "einbuergerung-bescheinigung", f"""Einbürgerungszusicherung – Vermerk

Antragsteller: [[P|Mohammad Nabi Rahimi]], *[[DOB|12.05.1988]] in Herat (Afghanistan)
Ehefrau: [[P|Zahra Rahimi]], geb. [[P|Hosseini]]
Kinder: [[P|Ali Reza]] und [[P|Fatemeh]]
Anschrift: [[A|Gutenbergplatz 2]], [[A|59821 Arnsberg]]
Steuer-Identifikationsnummer: [[TID|{g.tax_id()}]]

Die Identität ist durch die Tazkira und den Reisepass geklärt. Die Einbürgerungszusicherung wird erteilt.""")

doc("outlook", "sperrmuell", f"""Betreff: Sperrmüll-Termin

hallo,

ich hätte gern einen termin für sperrmüll, ca. 4 m³ (sofa, schrank, matratze). abholadresse: [[A|sauerstr. 17]], [[A|59821 arnsberg]]. klingeln bei [[P|wang]].

viele grüße
[[P|wang xiaoming]]
[[T|+49 176 6312 0094]]""")

doc("outlook", "kfz-abmeldung-oesterreich", f"""Betreff: Abmeldung Pkw – Umzug nach Österreich

Sehr geehrte Damen und Herren,

ich ziehe nach Graz und möchte meinen Pkw [[KFZ|HSK-LM 2204]] abmelden. Die Kennzeichenschilder schicke ich Ihnen mit der Zulassungsbescheinigung Teil I per Einschreiben. Bitte erstatten Sie die Kfz-Steuer auf [[IBAN|{group(g.iban('AT', 16), 4)}]].

Erreichbar bin ich ab Dezember unter [[T|+43 664 1234567]].

Mit freundlichen Grüßen
[[P|Leopold Kainz-Wieser]]""")

doc("word", "rentenantrag-vermerk", f"""Rentenberatung – Aufnahme Antrag auf Erwerbsminderungsrente

Versicherte: [[P|Gabriele Nienhaus]], Geb.-Datum: [[DOB|1.1.1960]]
Versicherungsnummer: [[SSN|{(lambda v: v[:2] + ' ' + v[2:8] + ' ' + v[8] + ' ' + v[9:])(g.social_security('010160', 'N'))}]]
Versichertennr. Krankenkasse: [[KV|{g.health_insurance()}]]

Frau [[P|Nienhaus]] ist nach einer Krebserkrankung seit 14 Monaten arbeitsunfähig. Der Reha-Entlassungsbericht liegt vor. Antrag aufgenommen und an die DRV Westfalen weitergeleitet.

i.V. [[P|Torsten Mertens]]""", ["HEALTH"])

doc("outlook", "moschee-anwohner", f"""Betreff: Parken am Tag der offenen Moschee

Sehr geehrte Damen und Herren,

am 3. Oktober ist wieder Tag der offenen Moschee, und die Moschee an der Ruhrstraße erwartet etwa 400 Gäste. Als Anwohner bitte ich darum, dass an diesem Tag auf dem Schotterplatz geparkt werden darf, damit unsere Einfahrten frei bleiben.

[[P|Yasin Öztürk]]
[[E|yasin.oeztuerk@web.de]]""")

doc("outlook", "bewerbung-schwerbehindert", f"""Betreff: Bewerbung Sachbearbeitung Wohngeld (Kennziffer 44/2026)

Sehr geehrte Damen und Herren,

anbei meine Bewerbung. Ich bin schwerbehindert (GdB 50) und bitte um Berücksichtigung nach § 165 SGB IX. Ich bin bisexuell und engagiere mich ehrenamtlich im Queeren Netzwerk Sauerland – das nur, weil es in meinem Lebenslauf steht.

Mit freundlichen Grüßen
[[P|Noah-Elias Brandenburg]]
[[T|02931 / 7 88 99 00]]""", ["HEALTH", "SEXUAL_ORIENTATION"])

doc("word", "kasse-kreditkarte-rueckbuchung", f"""Stadtkasse – Vermerk Rückbuchung

Die Gebühr für die Eheschließung (84,00 EUR) wurde am 12.11.2026 per Visa (Kartennummer [[CC|{g.credit_card('4', 16)}]]) bezahlt und am 20.11.2026 vom Karteninhaber [[P|Dominik Fröhlich]] zurückgebucht. Mahnung mit Kassenzeichen [[AZ|4.2026.551980]] wurde erstellt.""")

doc("outlook", "gesundheitsamt-kamera", f"""Betreff: Einwand gegen Gesichtserkennung im Schwimmbad

Sehr geehrte Damen und Herren,

im Freizeitbad werden Dauerkarteninhaber seit Oktober per Gesichtserkennung am Drehkreuz erkannt. Ich bin damit nicht einverstanden und bitte, mein Gesichtsbild zu löschen. Meine Dauerkarte hat die Nummer 40019.

[[P|Annika Lohmann-Stute]]
[[A|Am Wiebelsberg 30]], [[A|59757 Arnsberg]]""", ["BIOMETRIC"])

doc("word", "jugendamt-erbkrankheit", f"""Jugendamt – Gesprächsnotiz Pflegekinderdienst

Die Pflegeeltern [[P|Ralf]] und [[P|Petra Sauerland]] berichten, dass bei ihrem Pflegekind [[P|Finn]] (7) eine erbliche Muskelerkrankung (Duchenne) festgestellt wurde; die Erbkrankheit wurde durch einen Gentest bestätigt. Sie bitten um Unterstützung beim Antrag auf Pflegegrad.

[[P|Sandra Ley]], Pflegekinderdienst""", ["GENETIC", "HEALTH"])

doc("outlook", "partei-plakate", f"""Betreff: Genehmigung Wahlplakate

Sehr geehrte Damen und Herren,

als Vorsitzender des CDU-Stadtverbands beantrage ich die Plakatierung für die Kommunalwahl an den üblichen Standorten, 250 Plakate DIN A1, vom 1. bis 30. August.

[[P|Clemens Hüttemann-Berg]]
[[A|Am Schlossberg 12]]
[[A|59821 Arnsberg]]""", ["POLITICS"])

doc("outlook", "verdi-betriebsgruppe", f"""Betreff: Raum für Betriebsgruppentreffen

Hallo [[P|Marco]],

die ver.di-Betriebsgruppe der Stadtwerke möchte sich am Donnerstag um 16 Uhr treffen. Ist der Besprechungsraum im 1. OG frei? Wir sind ca. 12 Leute.

Solidarische Grüße
[[P|Heike Bornemann]]
Vertrauensfrau""", ["UNION"])

doc("word", "sorbisch-anfrage", f"""Vermerk – Anfrage Standesamt

Frau [[P|Jadwiga Nowakowa]] gehört der sorbischen Minderheit an und möchte die sorbische Form ihres Familiennamens auch in der Geburtsurkunde ihres Sohnes [[P|Jan Nowak]] (geb. [[DOB|06.06.2026]]) eintragen lassen. Rechtsgrundlage prüfen.

[[P|C. Meininghaus]]""", ["ETHNICITY"])

doc("outlook", "harmlos-rathausfuehrung", f"""Betreff: Rathausführung für unsere Klasse

Liebe Kolleginnen und Kollegen,

die Klasse 4b der Grundschule Herdringen möchte im Februar das Rathaus besuchen. Passt Dienstag, der 9. Februar, 10 Uhr? Wir sind 24 Kinder und zwei Begleitpersonen. Die Kinder wollen gern den Ratssaal sehen und den Bürgermeister fragen, was er den ganzen Tag macht.

Viele Grüße
Grundschule Herdringen, Sekretariat
[[N|02932 3 12 45]]""")

doc("word", "haushalt-harmlos", f"""Auszug Haushaltsplan 2027 – Produktgruppe 1.02 Bürgerdienste

Ansatz Personalaufwendungen: 2.418.300 EUR (Vorjahr 2.301.900 EUR), Sachaufwand 312.000 EUR. Die Erhöhung folgt aus dem Tarifabschluss TVöD (plus 5,5 % ab 01.04.2026) und zwei zusätzlichen Stellen nach EG 8 für das Bürgerbüro Neheim. Erträge aus Gebühren: 640.000 EUR (Pässe, Personalausweise, Meldebescheinigungen).""")

doc("outlook", "pflegegeld-nachbar", f"""Betreff: Nachbarschaftshilfe – Entlastungsbetrag

Guten Tag,

ich helfe meiner Nachbarin Frau [[P|Grete Lübbert]] seit dem Sommer beim Einkaufen und Putzen. Sie hat Pflegegrad 2. Kann ich mich als Nachbarschaftshelferin anerkennen lassen?

Mfg [[P|Svetlana Isaeva]]
[[A|Lindenweg 11]], [[A|59757 Arnsberg]]""", ["HEALTH"])

doc("outlook", "schwimmkurs", f"""Betreff: Anmeldung Schwimmkurs Seepferdchen

Hallo,

ich möchte unsere Zwillinge [[P|Mila]] und [[P|Emil Brockhoff]] (beide geb. [[DOB|12.03.2020]]) für den Seepferdchen-Kurs im Januar anmelden. Bezahlt wird über das Bildungs- und Teilhabepaket, die Bescheinigung des Jobcenters hänge ich an.

[[P|Jessica Brockhoff]]
[[T|0160 / 97 11 23 4]]""")


# ---------------------------------------------------------------- fourth batch (fresh-111 …)
# Written after the third round (2026-11-30, 03:10 UTC), before the given-name lexicon was widened; scored before and
# after that data change, with no rule changed for it.
FOURTH_BATCH_START = len(DOCS) + 1

doc("outlook", "anwohnerbeschwerde-baustelle", f"""Betreff: Baustellenlärm ab 6 Uhr

Guten Morgen,

seit Montag beginnt die Baustelle gegenüber von uns um 6 Uhr. Laut Schild ist die Firma Bau-Union Sauerland GmbH zuständig, Bauleiter ist ein Herr [[P|Mancini]]. Mein Mann [[P|Dario Greco]] arbeitet nachts und kann so nicht schlafen.

[[P|Valentina Greco]]
[[A|Bergstraße 41]], [[A|59755 Arnsberg]]""")

doc("word", "wohngeld-bescheid-kurz", f"""Wohngeldbehörde der Stadt Arnsberg

Frau
[[P|Ngozi Okonkwo-Schmitz]]
[[A|Auf der Haar 19]]
[[A|59759 Arnsberg]]

Wohngeldnummer: [[AZ|WG 2026/00871]]

Sehr geehrte Frau [[P|Okonkwo-Schmitz]],

Ihr Wohngeld wird ab 01.12.2026 auf 214,00 EUR monatlich festgesetzt. Der Bescheid ergeht unter dem Vorbehalt der Rückforderung.

Im Auftrag
[[P|Björn Sandvoß]]""")

doc("outlook", "hochzeit-standesamt", f"""Betreff: Trauung im Schloss – Termin

Liebe Damen und Herren vom Standesamt,

[[P|Tomás]] und ich möchten am 14. August 2027 im Rittersaal heiraten. Wir sind beide katholisch, kirchlich heiraten wir erst im Herbst in Porto.

Liebe Grüße
[[P|Inês Carvalho]] & [[P|Tomás Ferreira]]
[[T|0157 – 8812 4409]]""", ["RELIGION"])

doc("word", "ordnungsamt-gewerbe-kontrolle", f"""Kontrollbericht Gaststätte „Taverna Olympia"

Inhaber: [[P|Panagiotis Chatzidakis]], [[A|Marktstraße 7]], [[A|59755 Arnsberg]]
Kontrolle am 20.11.2026, 22:40 Uhr durch [[P|Lars Vieth]] und [[P|Aylin Kara]]

Der Betrieb war nach der Sperrzeit noch geöffnet. Der Geschäftsführer [[P|Chatzidakis]] wurde belehrt. Bußgeldverfahren eingeleitet, Az. [[AZ|32.3-OWi-7716/26]].""")

doc("outlook", "kita-platz-absage", f"""Betreff: absage kita-platz

hallo frau [[P|brüggemann]],

wir nehmen den platz in der kita sonnenschein doch nicht an, wir ziehen im januar nach köln. unser sohn [[P|yusuf]] bleibt bis dahin bei der tagesmutter.

lg [[P|hatice]] und [[P|emre yilmaz]]""")

doc("word", "rechtsamt-vermerk", f"""Rechtsamt – Vermerk zum Widerspruch

Widerspruchsführer: [[P|Dr. Reinhold Padberg]], vertreten durch Rechtsanwälte [[P|Kowalski]] & Partner, [[A|Königstraße 30]], [[A|59821 Arnsberg]]
Gegenstand: Ablehnung der Baugenehmigung vom 02.09.2026, Az. [[AZ|63/BG-0277/2026]]

Der Widerspruch ist fristgerecht eingelegt. In der Sache ist er unbegründet, weil das Vorhaben dem Bebauungsplan Nr. 57 widerspricht.""")

doc("outlook", "schuelerticket", f"""Betreff: Schülerticket verloren

Guten Tag,

mein Sohn hat sein Deutschlandticket für Schüler verloren. Name: [[P|Oskar Lindemann-Nguyen]], Schule: Gymnasium Laurentianum, Klasse 8c. Wie bekommen wir Ersatz?

Danke
[[P|Thuy Lindemann-Nguyen]]
[[E|thuy.lindemann@gmail.com]]""")

doc("word", "personalakte-auszug", f"""Personalakte – Auszug (vertraulich)

Beschäftigte: [[P|Milena Dragović]]
Geburtsdatum: [[DOB|17.02.1985]]
Anschrift: [[A|Wiesenweg 3]], [[A|59846 Sundern]]
Steuer-ID: [[TID|{group(g.tax_id(), 3)}]]
Sozialversicherungsnummer: [[SSN|{g.social_security('170285', 'D')}]]
IBAN: [[IBAN|{group(g.iban_de(), 4)}]]
Konfession: rk
Schwerbehinderung: nein""", ["RELIGION"])

doc("outlook", "hundehalter-anmeldung", f"""Betreff: Anmeldung Hund

Hallo,

wir haben einen Hund aus dem Tierheim geholt und möchten ihn anmelden. Halter ist mein Lebensgefährte [[P|Kofi Boateng]], die Steuer soll aber von meinem Konto abgebucht werden: [[IBAN|{g.iban_de()}]].

Grüße
[[P|Janine Wessel]]
[[A|Im Hasenwinkel 4]]
[[A|59757 Arnsberg]]""")

doc("word", "sozialamt-hausbesuch", f"""Hausbesuch – Hilfe zur Pflege

Besucht wurde Frau [[P|Anneliese Brüninghaus]] ([[A|Rosenweg 12]]). Anwesend war ihr Neffe [[P|Dirk Brüninghaus]]. Frau [[P|Brüninghaus]] ist nach zwei Stürzen kaum noch mobil und auf einen Rollator angewiesen; die Tochter [[P|Heike]] kommt täglich.

Empfehlung: Pflegegrad 3 beantragen.

[[P|S. Yıldız]]""", ["HEALTH"])

doc("outlook", "fahrradunfall", f"""Betreff: Schlagloch – Unfall mit dem Fahrrad

Sehr geehrte Damen und Herren,

am Dienstag bin ich auf dem Radweg an der Möhnestraße, Höhe Hausnummer 80, in ein tiefes Schlagloch gefahren und gestürzt. Das Rad ist beschädigt (Reparatur 186 EUR), ich selbst habe mir das Handgelenk gebrochen.

Ich bitte um Schadensersatz.
[[P|Arvid Solberg]]
[[A|Sonnenhang 8]], [[A|59846 Sundern]]
IBAN [[IBAN|{group(g.iban_de(), 4)}]]""", ["HEALTH"])

doc("outlook", "politik-buergerantrag", f"""Betreff: Bürgerantrag nach § 24 GO NRW

Sehr geehrter Herr Bürgermeister,

als Sprecherin der Initiative „Tempo 30 Hüsten" und Mitglied der Grünen im Ortsverband Hüsten stelle ich einen Bürgerantrag für Tempo 30 auf der Hauptstraße. 312 Unterschriften liegen bei.

[[P|Rebekka Schulte-Hengesbach]]
[[A|Hauptstraße 155]]
[[A|59759 Arnsberg]]""", ["POLITICS"])

doc("word", "kfz-haltersuche", f"""Halterauskunft – Ordnungsamt

Anfrage der Polizei Arnsberg vom 25.11.2026 zum Fahrzeug [[KFZ|HSK-AE 4410]]: Halterin ist [[P|Agnieszka Zając]], [[A|Kolpingstraße 6]], [[A|59755 Arnsberg]], geb. [[DOB|30.01.1990]]. Zweitfahrzeug: [[KFZ|AR-ZA 90E]].

Auskunft erteilt am 26.11.2026 durch [[P|Fenja Rottmann]].""")

doc("outlook", "einwohnerfrage-harmlos", f"""Betreff: Öffnungszeiten Bürgerbüro zwischen den Jahren

Hallo,

hat das Bürgerbüro in Neheim zwischen Weihnachten und Neujahr geöffnet? Ich muss meinen Personalausweis abholen, der Abholschein ist vom 18. Dezember. Am 27. und 28. Dezember hätte ich Zeit.

Danke!
[[P|Pia]]""")

doc("word", "jugendamt-umgang", f"""Jugendamt – Vereinbarung zum Umgang

Die Eltern [[P|Sabrina Kühn]] und [[P|Mehmet Aslan]] vereinbaren für ihre Tochter [[P|Lina Aslan]] (4 Jahre) Umgang jedes zweite Wochenende von Freitag 16 Uhr bis Sonntag 18 Uhr. Die Übergabe erfolgt am Familienzentrum [[N|Schreppenberg]].

Arnsberg, 19.11.2026
[[P|Marion Hesse]], ASD""")

doc("outlook", "musikschule-kuendigung", f"""Betreff: Kündigung Klavierunterricht

Sehr geehrte Damen und Herren,

hiermit kündige ich den Klavierunterricht meiner Tochter [[P|Sophie Wang]] zum 31.01.2027. Kundennummer [[AZ|MS-10447]].

Mit freundlichen Grüßen
[[P|Li Wang]]""")

doc("word", "gesundheitsamt-impfung", f"""Gesundheitsamt – Vermerk Masernschutz

Für [[P|Emilio Navarro]], geb. [[DOB|03.10.2019]], Kita Regenbogen, liegt kein Nachweis über den Masernschutz vor. Die Mutter, Frau [[P|Carmen Navarro]], gibt an, das Kind sei wegen einer Immunschwäche nicht impfbar; ein ärztliches Attest wurde angefordert.""", ["HEALTH"])

doc("outlook", "grabstelle-juedisch", f"""Betreff: Grabstelle auf dem jüdischen Friedhof

Sehr geehrte Damen und Herren,

meine Mutter [[P|Ruth Liebermann]] ist Mitglied der jüdischen Kultusgemeinde und wünscht sich, später auf dem alten jüdischen Friedhof neben ihren Eltern beigesetzt zu werden. Ist das noch möglich?

[[P|David Liebermann]]
[[E|d.liebermann@posteo.de]]""", ["RELIGION"])

doc("outlook", "strassenreinigung", f"""Betreff: Straßenreinigungsgebühr falsch?

Guten Tag,

in meinem Grundbesitzabgabenbescheid steht für die Straßenreinigung eine Frontlänge von 28 m, mein Grundstück ist aber nur 17 m breit. Kassenzeichen [[AZ|3.2026.404412]].

Gruß
[[P|Hubertus Schmidt-Wiegand]]""")

doc("word", "integrationsrat-protokoll", f"""Protokoll Integrationsrat, 26.11.2026

Anwesend: [[P|Hüseyin Doğan]] (Vorsitz), [[P|Nadia Benhadi]], [[P|Viktor Schäfer]], [[P|Ioana Popescu]]
Entschuldigt: [[P|Samir Hadžić]]

TOP 1: Frau [[P|Popescu]] berichtet über die Sprechstunde für rumänische Saisonarbeitskräfte; es kamen 34 Personen. TOP 2: Herr [[P|Hadžić]] lässt ausrichten, dass der Kulturverein den Raum im Januar braucht.""")


# ---------------------------------------------------------------- fifth batch (fresh-131–155), written after round 4
doc("outlook", "hausmuell-nachbar", f"""Betreff: Mülltonnen seit Wochen auf dem Gehweg

Guten Tag,

die Tonnen vom Haus gegenüber stehen seit drei Wochen auf dem Gehweg. Die Wohnung gehört, soweit ich weiß, Herrn [[P|Szabó]]; gewohnt wird dort aber von einer Familie, die auf dem Briefkasten [[P|Nagy]] heißt. Ich habe [[P|Ferenc]] (den Sohn) schon zweimal angesprochen.

Freundliche Grüße
[[P|Gudrun Tiemann]]
[[A|Brückenplatz 2]], [[A|59821 Arnsberg]]""")

doc("word", "auslaenderbehoerde-verpflichtung", f"""Ausländerbehörde – Verpflichtungserklärung nach § 68 AufenthG

Verpflichtungsgeber: [[P|Mihai Constantinescu]], geb. [[DOB|11.07.1978]], [[A|Ringlebstraße 14]], [[A|59821 Arnsberg]]
Eingeladene Person: [[P|Elena Constantinescu]] (Mutter), Reisepass Nr. [[PASS|{g.passport()}]]
Aufenthalt vom 15.12.2026 bis 20.01.2027.

Die Bonität wurde anhand der Gehaltsnachweise geprüft. Bearbeitet: [[P|Lorenz Klauke]]""")

doc("outlook", "kita-abholung-oma", f"""Betreff: abholung freitag

hallo frau [[P|kemper]],

am freitag holt unsere [[P|zeynep]] ihre oma ab, [[P|gülten arslan]]. sie hat keinen ausweis dabei, nur den führerschein, ist das ok?

lg [[P|derya]]""")

doc("word", "standesamt-namenserklaerung", f"""Standesamt Arnsberg – Niederschrift

Erklärung zur Namensführung in der Ehe. Es erschienen die Eheleute [[P|Tomislav Babić]] und [[P|Marijana Babić]] geb. [[P|Jurić]], wohnhaft [[A|Am Bahnhof 9]], [[A|59759 Arnsberg]]. Sie bestimmen den Geburtsnamen des Mannes, [[P|Babić]], zum Ehenamen.

Urkundsperson: [[P|Kathrin Dolle]]""")

doc("outlook", "bauordnung-nachbarbeschwerde", f"""Betreff: Anbau ohne Genehmigung?

Sehr geehrte Damen und Herren,

auf dem Nachbargrundstück ([[A|Zum Wiesengrund 5]]) wird seit Montag ein Anbau hochgezogen. Der Eigentümer, ein Herr [[P|Lindqvist]], sagt, das sei genehmigt. Können Sie das prüfen? Mein Aktenzeichen aus einem früheren Verfahren: [[AZ|63/BA-1187/2025]].

Mit freundlichen Grüßen
[[P|Ortwin Schlüter]]""")

doc("outlook", "schulamt-schulweg", f"""Betreff: Schulweg meiner Tochter

Sehr geehrte Frau [[P|Brinkmann]],

meine Tochter [[P|Amira]] (7) geht ab Februar in die Grundschule Moosfelde. Der Weg führt über die B 7 ohne Ampel. Gibt es einen Schulbus? Bisher bringt sie ihr Onkel [[P|Karim]] mit dem Auto.

Viele Grüße
[[P|Souad El Idrissi]]
[[T|0157 3382 9041]]""")

doc("word", "stadtkasse-mahnung", f"""Stadtkasse Arnsberg – Mahnung

Herrn [[P|Dariusz Wróblewski]]
[[A|Lange Wende 23]]
[[A|59755 Arnsberg]]

Kassenzeichen: [[AZ|5.2026.118830]]

Sehr geehrter Herr [[P|Wróblewski]],

der Betrag von 214,60 EUR aus dem Bescheid vom 02.09.2026 ist noch offen. Bitte überweisen Sie ihn innerhalb von zwei Wochen.

Im Auftrag
[[P|Hanna Völmecke]]""")

doc("outlook", "jugendamt-pflegefamilie", f"""Betreff: Besuchskontakt Samstag

Hallo [[P|Jelena]],

der Besuch von [[P|Nikola]] bei seiner leiblichen Mutter findet wie besprochen am Samstag im Familienbüro statt. Frau [[P|Stojanović]] hat zugesagt. Bitte bring [[P|Nikola]] um 10 Uhr hin; [[P|Milica]] kann diesmal nicht mit.

Gruß
[[P|Bernd]] vom Pflegekinderdienst""")

doc("outlook", "gewerbe-anmeldung", f"""Betreff: Gewerbeanmeldung Imbiss

Guten Tag,

ich möchte zum 1. Januar einen Imbiss anmelden: „Anatolia Grill – Inhaber [[P|Cem Öztürk]]", [[A|Apostelstraße 3]], [[A|59759 Arnsberg]]. Steuernummer [[TNR|{g.tax_number_nrw()}]]. Mein Bruder [[P|Tarkan]] arbeitet als Aushilfe mit.

Mit freundlichen Grüßen
[[P|Cem Öztürk]]
[[T|+49 2932 550 3127]]""")

doc("word", "ordnungsamt-anhoerung", f"""Ordnungsamt – Anhörung im Bußgeldverfahren

Aktenzeichen: [[AZ|OA-32-0477/26]]

Sie werden beschuldigt, am 14.11.2026 um 07:45 Uhr in der Goethestraße den Gehweg zugeparkt zu haben. Fahrzeug: [[KFZ|HSK-PT 812]]. Halter laut Register: [[P|Piotr Tomaszewski]], [[A|Vogelsang 17]], [[A|59846 Sundern]].

Sie können sich binnen einer Woche äußern.
[[P|Dieter Rüther]]""")

doc("outlook", "friedhof-umbettung", f"""Betreff: Umbettung Urne

Sehr geehrte Damen und Herren,

wir möchten die Urne unseres Vaters, [[P|Konstantinos Papadakis]], gest. 2019, in ein Familiengrab auf dem Waldfriedhof umbetten lassen. Die Grabstelle hat die Nummer WF-12-088. Meine Schwester [[P|Eleni]] und ich teilen uns die Kosten.

Mit freundlichen Grüßen
[[P|Georgios Papadakis]]
[[E|g.papadakis@t-online.de]]""")

doc("outlook", "wohngeld-nachfrage-informell", f"""Betreff: wohngeld

hallo,

ich habe vor 6 wochen wohngeld beantragt und noch nichts gehört. mein vermieter ist herr [[P|demirci]], die miete ist 540 euro warm. ich wohne [[A|kirchstraße 40]] in [[A|59759 arnsberg]].

grüße
[[P|olga petrenko]]""")

doc("word", "personalamt-zeugnis", f"""Personalamt – Entwurf Arbeitszeugnis

Frau [[P|Ljiljana Marković]], geboren am [[DOB|24.03.1985]], war vom 01.04.2019 bis 30.11.2026 als Verwaltungsfachangestellte im Bürgerbüro tätig. Frau [[P|Marković]] erledigte die ihr übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit.

Arnsberg, 30.11.2026
[[P|Reinhard Gerwin]], Leiter Personalamt""")

doc("outlook", "kfz-abmeldung-erbe", f"""Betreff: Abmeldung Fahrzeug meines verstorbenen Mannes

Guten Tag,

mein Mann [[P|Halvard Eriksen]] ist im Oktober verstorben. Ich möchte sein Auto ([[KFZ|HSK-HE 77]]) abmelden. Die Erbscheinsnummer habe ich nicht, aber das Testament vom Nachlassgericht, Az. [[AZ|7 VI 233/26]].

[[P|Ingrid Eriksen]]
[[A|Am Sauerfeld 11]]
[[A|59757 Arnsberg]]""")

doc("outlook", "sozialamt-bestattungskosten", f"""Betreff: Antrag Übernahme Bestattungskosten

Sehr geehrte Damen und Herren,

für die Beerdigung meines Bruders [[P|Ruslan]] kann ich die Kosten nicht tragen. Ich beziehe Bürgergeld (BG-Nummer [[AZ|32501//0048811]]). Das Bestattungshaus [[P|Lüke]] & Söhne hat 3.180 EUR berechnet.

[[P|Aslan Tsurov]]
[[T|0176 2211 9035]]""")

doc("word", "rat-anfrage", f"""Anfrage der Fraktion zur Ratssitzung am 10.12.2026

Wie viele Anträge auf Wohngeld sind 2026 eingegangen, und wie lang ist die durchschnittliche Bearbeitungszeit? Wie viele Stellen sind im Fachdienst Wohnen unbesetzt?

Für die Fraktion
[[P|Anneke Vollmer-Sandkühler]]
Ratsmitglied""")

doc("outlook", "ausländerbehörde-termin-en", f"""Betreff: Appointment residence permit

Dear Sir or Madam,

my residence permit expires on 15 January. Could I please get an appointment? My name is [[P|Oluwaseun Adebayo]], passport [[PASS|{g.passport()}]], address [[A|Sternstraße 4]], [[A|59821 Arnsberg]]. My wife [[P|Funmilayo]] needs an appointment as well.

Kind regards
[[P|Oluwaseun Adebayo]]""")

doc("outlook", "steueramt-hundesteuer", f"""Betreff: Hundesteuer Abmeldung

Guten Tag,

unsere Hündin [[N|Mila]] ist am 20.11. gestorben. Bitte melden Sie sie zum Monatsende ab. Steuernummer der Hundesteuer: [[AZ|HS-0093127]].

Viele Grüße
Familie [[P|Krzyżanowski]]
[[A|Lindenweg 3]], [[A|59757 Arnsberg]]""")

doc("word", "buergeramt-vollmacht", f"""Vollmacht

Hiermit bevollmächtige ich, [[P|Dagny Sørensen]], geb. [[DOB|02.02.1954]], meine Nachbarin [[P|Hiltrud Becker]], meinen neuen Personalausweis im Bürgerbüro abzuholen.

Arnsberg, 27.11.2026
[[P|Dagny Sørensen]]""")

doc("outlook", "jugendamt-kita-gebuehr", f"""Betreff: Elternbeitrag Kita

Hallo,

wir haben für [[P|Mateo]] und [[P|Valentina]] einen Beitragsbescheid bekommen, aber unser Einkommen ist seit August niedriger, weil ich nur noch halbtags arbeite. Beitragsnummer [[AZ|EB-2026-5519]]. Wen muss ich dafür anrufen?

Danke
[[P|Lucía Ferreira]]""")

doc("word", "vermerk-hausbesuch", f"""Vermerk Hausbesuch Sozialer Dienst, 25.11.2026

In der Wohnung [[A|Ringstraße 51]] trafen wir Herrn [[P|Vasile Munteanu]] und seine Lebensgefährtin an. Die Kinder [[P|Andrei]] (9) und [[P|Bianca]] (5) waren in der Schule bzw. Kita. Die Wohnung ist beengt, aber sauber. Herr [[P|Munteanu]] arbeitet als Lagerhelfer bei einer Spedition.

[[P|Jutta Grewe]]""")

doc("outlook", "bauamt-abnahme", f"""Betreff: Schlussabnahme Einfamilienhaus

Sehr geehrter Herr [[P|Lenze]],

die Schlussabnahme für unser Haus ([[A|Auf dem Spring 6]], Aktenzeichen [[AZ|63/BG-0912/2025]]) kann ab dem 8. Dezember stattfinden. Unser Bauleiter, Herr [[P|Kovač]] von der Firma [[P|Kovač]] Bau, ist dann vor Ort.

Beste Grüße
[[P|Thorsten]] und [[P|Mareike Ewers]]""")

doc("outlook", "anwohner-parken", f"""Betreff: Bewohnerparkausweis

hi,

ich brauche einen bewohnerparkausweis für die zone b. kennzeichen [[KFZ|HSK-JW 208]], ich wohne seit september in der [[A|klosterstraße 12]]. mein mitbewohner [[P|jakub]] hat schon einen.

grüße
[[P|jonte weskamp]]""")

doc("word", "schulamt-beurlaubung", f"""Antrag auf Beurlaubung vom Unterricht

Schüler: [[P|Dawit Tesfaye]], Klasse 6b
Zeitraum: 18.12.2026 bis 08.01.2027

Begründung: Die Familie reist zur Hochzeit eines Onkels nach Addis Abeba. Die Großmutter, [[P|Almaz Gebremedhin]], ist schwer erkrankt und möchte die Enkel noch einmal sehen.

[[P|Meseret Tesfaye]], Mutter""", ["HEALTH"])

doc("outlook", "presse-anfrage", f"""Betreff: Presseanfrage Weihnachtsmarkt

Sehr geehrte Damen und Herren,

für einen Bericht in der Westfalenpost bitte ich um die Besucherzahlen des Weihnachtsmarkts 2025 und eine Einschätzung zur Sicherheitslage. Gern auch ein kurzes Telefonat.

Mit freundlichen Grüßen
[[P|Malte Rosenbaum]]
Redaktion Arnsberg
[[T|0160 94471023]]""")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "fresh.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for i, (channel, template, text, flags) in enumerate(DOCS, 1):
            f.write(json.dumps(build(i, channel, template, text, flags), ensure_ascii=False) + "\n")
    print(f"{len(DOCS)} documents -> {out}")


if __name__ == "__main__":
    main()
