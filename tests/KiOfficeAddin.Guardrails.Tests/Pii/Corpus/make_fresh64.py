#!/usr/bin/env python3
"""Held-out batch 64: Gladbeck (Ruhr, NRW) city administration, 30 documents. Writes fresh64.jsonl beside this file."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # marks.py and identifiers.py sit beside this file
from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban  # noqa: E402

ids = Identifiers(6464)


def ib(v):
    return group(v, 4)


def pl_id_card(letters, digits5):
    """Polish ID card: 3 letters, check digit, 5 digits; weights 7,3,1,9,7,3,1,7,3, sum mod 10 == 0."""
    vals = [ord(c) - 55 for c in letters] + [0] + [int(d) for d in digits5]
    w = [7, 3, 1, 9, 7, 3, 1, 7, 3]
    s = sum(v * x for i, (v, x) in enumerate(zip(vals, w)) if i != 3)
    return f"{letters}{s % 10}{digits5}"


CITY_IBAN = ib(ids.iban_de())
SW = "02043 99-0"
D = []


def doc(channel, template, text, flags=()):
    D.append((channel, template, text, list(flags)))


# 1 Jobcenter mail chain forwarded to Sozialamt
doc("outlook", "jobcenter_weiterleitung", f"""Von: [[P|Sabine Kowalczyk]] <[[E|sabine.kowalczyk@stadt-gladbeck.de]]>
Gesendet: Dienstag, 4. November 2025 09:12
An: [[N|sozialamt@stadt-gladbeck.de]]
Betreff: WG: Bedarfsgemeinschaft [[P|Yıldız]] – Kosten der Unterkunft, BG-Nr. [[AZ|36502//0048813]]

Zur Kenntnis und mit der Bitte um Prüfung, ob hier Wohngeld vorrangig ist. Die Akte liegt bei mir.
Gruß
[[P|Sabine]]

-----Ursprüngliche Nachricht-----
Von: Jobcenter Kreis Recklinghausen – Standort Gladbeck <[[N|jobcenter-gladbeck.team-410@jobcenter-ge.de]]>
Gesendet: Montag, 3. November 2025 16:47
An: [[P|Kowalczyk, Sabine]]
Betreff: Bedarfsgemeinschaft [[P|Yıldız]] – Kosten der Unterkunft

Sehr geehrte Frau [[P|Kowalczyk]],

in der o. g. Bedarfsgemeinschaft (Antragsteller Herr [[P|Mehmet Ali Yıldız]], geb. [[DOB|17.05.1979]], Ehefrau [[P|Hatice Yıldız]], drei Kinder) ist der Mietvertrag für die Wohnung [[A|Horster Straße 212]], [[A|45968 Gladbeck]] zum 31.12.2025 gekündigt worden. Die neue Wohnung in der [[A|Wielandstraße 9]] liegt mit 742,00 EUR Bruttokaltmiete über der Angemessenheitsgrenze von 689,00 EUR. Vermieterin ist Frau [[P|Renate Oberkötter]], die bisher die Direktzahlung auf ihr Konto [[IBAN|{ib(ids.iban_de())}]] erhalten hat.
Kundennummer: [[AZ|365D204417]]
Herr [[P|Yıldız]] hat seit dem 15.10.2025 eine Vollzeitstelle, sodass der Leistungsbezug voraussichtlich endet.

Mit freundlichen Grüßen
Im Auftrag
[[P|Jens Overbeck]]
Jobcenter Kreis Recklinghausen
Tel.: [[N|02043 6891-410]]
""")

# 2 Wohnungsaufsicht internal note, overcrowded house
van1, van2 = "B 417 XRT", "CT 44 KBR"
doc("word", "wohnungsaufsicht_vermerk", f"""Stadt Gladbeck – Ordnungsamt / Wohnungsaufsicht
Aktenvermerk

Objekt: [[A|Rentforter Straße 88]] (Vorder- und Hinterhaus)
Az.: [[AZ|32.4-WA-117/25]]
Ortstermin am 22.10.2025, 07:30 Uhr, gemeinsam mit Polizei und Feuerwehr

Anwesend: [[P|Kühn]] (WA), [[P|Aslan]] (Ordnungsamt), POK [[P|Brinkmann]] (Polizei), BOI [[P|Terhorst]] (Feuerwehr)

Im Vorderhaus (6 Wohneinheiten, je ca. 48 m²) sind laut Melderegister 31 Personen gemeldet, angetroffen wurden 26. In der Wohnung 1. OG links schlafen nach eigenen Angaben neun Personen in zwei Räumen, u. a. Herr [[P|Ionuț Stănescu]] und Frau [[P|Florentina Stănescu]] mit vier Kindern sowie der Bruder [[P|Marian]]. Der Rauchwarnmelder fehlt, im Bad Schimmelbefall auf ca. 4 m². Die Elektroinstallation im Treppenhaus ist offen (Foto 7–12).

Mieterliste (Auszug, Angaben der Bewohner):
Whg. | Name | geb. | Tel.
EG re | [[P|Gheorghe Lăcătuș]] | [[DOB|02.02.1968]] | [[T|+40 745 218 903]]
1. OG li | [[P|Ionuț Stănescu]] | [[DOB|11.09.1990]] | [[T|0157 38820147]]
2. OG re | [[P|Daniela Mihai]] | [[DOB|30.06.1997]] | –

Vor dem Haus zwei Transporter mit rumänischen Kennzeichen [[KFZ|{van1}]] und [[KFZ|{van2}]]; laut Bewohnern werden damit Arbeiter zu einem Schlachthof gefahren.

Eigentümer: [[P|Dragan Petrović]], [[A|Am Wiesenbusch 3]], [[A|45966 Gladbeck]]; die Verwaltung läuft über seinen Sohn [[P|Luka]] ([[T|0172 9930418]]).

Weiteres Vorgehen: Anhörung nach § 28 VwVfG NRW zur Unbewohnbarkeitserklärung (§ 9 WohnStG NRW), Frist 14 Tage. Wiedervorlage 10.11.2025.

[[P|Kühn]]
""")

# 3 Schulpflicht letter to Bulgarian parents
doc("word", "schulpflicht", f"""Stadt Gladbeck · Amt für Bildung und Erziehung · Schulverwaltung
[[N|Willy-Brandt-Platz 2]] · [[N|45964 Gladbeck]]

Frau [[P|Gergana Ivanova]]
Herrn [[P|Stojan Ivanov]]
[[A|Bülser Straße 41a]]
[[A|45964 Gladbeck]]

Ihr Zeichen: –   Mein Zeichen: [[AZ|40-SP-2025-0391]]   Datum: 06.11.2025

Verletzung der Schulpflicht Ihrer Tochter [[P|Desislava Ivanova]], geb. [[DOB|14.03.2014]]

Sehr geehrte Frau [[P|Ivanova]], sehr geehrter Herr [[P|Ivanov]],

die Mosaikschule teilt mit, dass [[P|Desislava]] seit dem 29.09.2025 an insgesamt 19 Schultagen unentschuldigt gefehlt hat. Nach § 34 und § 41 Schulgesetz NRW sind Sie als Eltern verpflichtet, für den regelmäßigen Schulbesuch Ihres Kindes zu sorgen.

Ich gebe Ihnen Gelegenheit, sich bis zum 20.11.2025 zu äußern. Sollte Ihre Tochter im Ausland gewesen sein, legen Sie bitte Nachweise vor. Andernfalls muss ich ein Bußgeldverfahren nach § 126 SchulG einleiten (bis zu 1.000 EUR).

Ein Gespräch mit Dolmetscherin (Bulgarisch) ist möglich. Bitte rufen Sie dazu Frau [[P|Nadine Wöstmann]] an: [[N|02043 99-2611]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Wöstmann]]
""")

# 4 lower-case citizen mail, Sperrmüll
doc("outlook", "sperrmuell", f"""Betreff: sperrmüll

hallo,
ich hab am 12.11 sperrmüll angemeldet aber die haben nur die couch mitgenommen und der schrank steht immer noch vor der tür. auftragsnummer war [[AZ|SM-2025-118274]]. die 20 euro für den zusatzposten hab ich online mit kreditkarte [[CC|{ids.credit_card('54', 16)}]] bezahlt. können sie bitte nochmal jemand schicken?? meine nachbarin frau [[P|schulte]] beschwert sich schon
adresse: [[A|kampstr. 17]], [[A|45968 gladbeck]]

lg [[P|dennis kaminski]]
[[T|0176 44120938]]
""")

# 5 Verwarnungsgeld / Anhörung Ordnungsamt
plate5 = "GLA-MK 712"
doc("word", "bussgeld_anhoerung", f"""Stadt Gladbeck – Der Bürgermeister
Ordnungsamt – Bußgeldstelle
[[N|Postfach 100 860]] · [[N|45951 Gladbeck]]

Herrn
[[P|Murat Keskin]]
[[A|Schwechater Straße 36]]
[[A|45964 Gladbeck]]

Aktenzeichen: [[AZ|502.11.2025.044172]]
Bitte bei Zahlung angeben – Kassenzeichen: [[AZ|5.0211.044172.7]]

Anhörung im Verwarnungsgeldverfahren

Sehr geehrter Herr [[P|Keskin]],

Ihnen wird vorgeworfen, am 28.10.2025 um 10:14 Uhr in Gladbeck, Hochstraße (Fußgängerzone, Höhe Nr. 45), als Halter bzw. Führer des Pkw mit dem amtlichen Kennzeichen [[KFZ|{plate5}]] unerlaubt geparkt zu haben (§ 12 Abs. 4, § 49 StVO; Tatbestandsnummer 112262).

Verwarnungsgeld: 55,00 EUR

Zahlen Sie bitte innerhalb einer Woche auf das Konto der Stadtkasse Gladbeck, IBAN [[N|{CITY_IBAN}]]. Wenn nicht Sie gefahren sind, nennen Sie uns bitte Name und Anschrift der Person, die das Fahrzeug geführt hat.

Sachbearbeitung: Frau [[P|Pawlak]], Telefon [[N|02043 99-2184]], Servicezeiten Mo–Do 8–16 Uhr.

Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.
""")

# 6 Kleingarten: Verein mail about tenant dispute
doc("outlook", "kleingarten", f"""Betreff: KGV "Am Nattbach" e.V. – Parzelle 23 / Beschwerde Nachbar

Sehr geehrter Herr [[P|Hülsmann]],

wie telefonisch besprochen schicke ich Ihnen die Zusammenfassung. Pächter der Parzelle 23 ist seit 2019 Herr [[P|Wiktor Zieliński]]. Auf der Parzelle wurde ohne Genehmigung eine zweite Laube (ca. 3 x 4 m) aufgestellt, außerdem wird dort nach Angaben der Nachbarin Frau [[P|Elfriede Pohlmann]] (Parzelle 24) regelmäßig übernachtet. Nach BKleingG und unserer Gartenordnung ist das nicht zulässig. Herr [[P|Zieliński]] sagt, sein Schwager [[P|Jarek]] habe die Laube nur "vorübergehend" abgestellt.

Der Vorstand hat am 18.10. eine Frist bis 30.11.2025 gesetzt. Da die Stadt Generalpächterin ist, bitten wir um Unterstützung, falls er nicht reagiert.

Herr [[P|Zieliński]] wohnt [[A|Beethovenstraße 60]], [[A|45966 Gladbeck]], Handy [[T|0152-21873340]].

Mit freundlichen Grüßen
[[P|Klaus-Dieter Hemmelrath]]
1. Vorsitzender
KGV Am Nattbach e.V.
[[E|kd.hemmelrath@t-online.de]]
""")

# 7 Ausländerbehörde letter to Ghanaian resident
gh_pass = "G2917463"
doc("word", "auslaenderbehoerde_verlaengerung", f"""Kreis Recklinghausen – Ausländerbehörde, Außenstelle Gladbeck

Herrn
[[P|Kwame Mensah-Boateng]]
c/o [[P|Akosua Owusu]]
[[A|Steinstraße 71]]
[[A|45964 Gladbeck]]

Gz.: [[AZ|III/2-A-117.934]]
Gladbeck, 03.11.2025

Verlängerung Ihrer Aufenthaltserlaubnis nach § 18a AufenthG

Sehr geehrter Herr [[P|Mensah-Boateng]],

Ihre Aufenthaltserlaubnis läuft am 14.12.2025 ab. Für die Verlängerung bringen Sie bitte zu Ihrem Termin am 25.11.2025, 10:30 Uhr, Zimmer 0.14, folgende Unterlagen mit:

– Ihren gültigen Nationalpass (Republic of Ghana, Nr. [[PASS|{gh_pass}]]); der bisher eingetragene Pass läuft am 01.02.2026 ab,
– ein aktuelles biometrisches Passfoto,
– Arbeitsvertrag und die letzten drei Gehaltsabrechnungen,
– Mietvertrag bzw. Wohnungsgeberbestätigung.

Ihre Daten laut Akte: geboren am [[DOB|9. August 1992]] in Kumasi, Staatsangehörigkeit ghanaisch.

Die Gebühr beträgt 93,00 EUR und ist am Termin bar oder mit EC-Karte zu zahlen.

Mit freundlichen Grüßen
Im Auftrag
[[P|Birgit Sönmez-Lange]]
""")

# 8 Citizen mail partly English (Ghanaian, Anmeldung)
doc("outlook", "anmeldung_englisch", f"""Betreff: Anmeldung / appointment Bürgeramt

Dear Sir or Madam,
Sehr geehrte Damen und Herren,

my name is [[P|Abena Asantewaa Darko]], I moved to Gladbeck on 1 October together with my husband [[P|Yaw Darko]] and our son [[P|Kofi]] (born [[DOB|03/02/2021]]). We live now at [[A|Uhlandstraße 14]], [[A|45968 Gladbeck]]. I tried to book an appointment online for the Anmeldung but there is no free date until January. Ich weiß, man muss in 2 Wochen anmelden, is this a problem? Do I have to pay a fine?

My husband works at the hospital in Bottrop in shifts, so maybe one of us can come alone with the other passport?

Thank you very much / Vielen Dank
[[P|Abena Darko]]
Mobile: [[T|+49 1523 9016287]]
Ghana: [[T|+233 24 455 1870]]
""")

# 9 Standesamt, Polish bride, religion
pl_idc = pl_id_card("AYK", "48216")
doc("word", "standesamt_anmeldung_eheschliessung", f"""Standesamt Gladbeck
Niederschrift über die Anmeldung der Eheschließung (Auszug)

Reg.-Nr. [[AZ|A 0317/2025]]

1. Verlobte/r
Familienname: [[P|Wiśniewska]]
Vornamen: [[P|Bożena Maria]]
Geburtsdatum/-ort: [[DOB|21.04.1994]], Gliwice (Polen)
Staatsangehörigkeit: polnisch
Wohnung: [[A|Lambertistraße 5]], [[A|45964 Gladbeck]]
Ausweis: poln. Personalausweis (dowód osobisty) Nr. [[IDC|{pl_idc}]]
Religion (freiwillige Angabe): römisch-katholisch

2. Verlobte/r
Familienname: [[P|Reinhardt]]
Vornamen: [[P|Tobias Johannes]]
Geburtsdatum/-ort: [[DOB|08.12.1991]], Gelsenkirchen
Staatsangehörigkeit: deutsch
Wohnung: wie oben
Ausweis: Personalausweis Nr. [[IDC|{ids.id_card(check_digit=True)}]]
Religion: ohne

Ehename: [[P|Reinhardt]]; die Verlobte führt künftig den Namen [[P|Wiśniewska-Reinhardt]].
Die Verlobte legt eine Geburtsurkunde (mehrsprachig, CIEC) und ein Ehefähigkeitszeugnis des Standesamts Gliwice vor; eine Befreiung durch das OLG ist nicht erforderlich.

Trauung vorgesehen am 14.02.2026, 11:00 Uhr, Schloss Wittringen.
Trauzeugen: [[P|Katarzyna Lewandowska]], [[P|Marco Reinhardt]]

Aufgenommen: [[P|Stefanie Brosch]], Standesbeamtin
""", ["RELIGION"])

# 10 Personalamt BEM note
ssn10 = ids.social_security("250775", "T")
doc("word", "personalamt_bem", f"""VERTRAULICH – Personalakte / BEM-Akte getrennt führen

Fachbereich 10 – Personal und Organisation
Vermerk über das BEM-Erstgespräch am 29.10.2025

Beschäftigte: Frau [[P|Claudia Terwey]], Sachbearbeiterin Wohngeldstelle (EG 9a)
Personalnummer: [[AZ|100-48817]]
Geburtsdatum: [[DOB|25.07.1975]]
Rentenversicherungsnummer: [[SSN|{ssn10}]]
Steuer-IdNr.: [[TID|{ids.tax_id()}]]
Krankenkasse: AOK NORDWEST, KVNR [[KV|{ids.health_insurance()}]]

Teilnehmende: Frau [[P|Terwey]]; Herr [[P|Uwe Pieper]] (BEM-Beauftragter); auf Wunsch von Frau [[P|Terwey]] Herr [[P|Bünyamin Çelik]] als Vertrauensperson ihrer Gewerkschaft ver.di, deren Mitglied sie ist; Personalrat: Frau [[P|Giesen]].

Frau [[P|Terwey]] war in den letzten zwölf Monaten an 71 Arbeitstagen arbeitsunfähig. Sie berichtet über einen Bandscheibenvorfall (LWS) und eine anschließende depressive Episode; sie ist in psychotherapeutischer Behandlung. Eine stufenweise Wiedereingliederung (Hamburger Modell) ab 17.11.2025 ist ärztlich empfohlen.

Vereinbart:
1. höhenverstellbarer Schreibtisch (Antrag an Arbeitsschutz, Herr [[P|Wendland]]),
2. in den ersten acht Wochen kein Publikumsverkehr am Donnerstag,
3. Folgegespräch am 15.01.2026.

Frau [[P|Terwey]] stimmt der Weitergabe dieses Vermerks an den Betriebsarzt zu.

gez. [[P|Pieper]]
""", ["HEALTH", "UNION"])

# 11 Steueramt Vergnügungssteuer to shisha bar operator
tnr11 = ids.tax_number_nrw()
vat11 = ids.vat_id()
doc("word", "steueramt_vergnuegungssteuer", f"""Stadt Gladbeck · Fachbereich Finanzen · Steuerabteilung

Herrn
[[P|Baran Demirtaş]]
Inhaber „Lounge 34“
[[A|Hochstraße 34]]
[[A|45964 Gladbeck]]

Steuernummer Stadt (Personenkonto): [[AZ|4.0190.331207]]
Datum: 30.10.2025

Vergnügungssteuer – Spielgeräte mit Gewinnmöglichkeit, III. Quartal 2025

Sehr geehrter Herr [[P|Demirtaş]],

für die in Ihrem Betrieb aufgestellten zwei Geldspielgeräte liegt uns die Steueranmeldung für das III. Quartal 2025 noch nicht vor. Die Steuer beträgt nach § 5 der Vergnügungssteuersatzung 19 % des Einspielergebnisses. Bitte reichen Sie die Anmeldung einschließlich der Zählwerksausdrucke bis zum 14.11.2025 ein.

In Ihrer Gewerbeanmeldung haben Sie die Steuernummer [[TNR|{tnr11}]] (Finanzamt Gladbeck) und die USt-IdNr. [[VAT|{vat11}]] angegeben. Sollten sich diese geändert haben, teilen Sie uns das bitte mit.

Bei Fragen erreichen Sie uns unter [[N|{SW}]] oder [[N|steuern@stadt-gladbeck.de]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Hans-Georg Nienhaus]]
""")

# 12 Jugendamt Gefährdungseinschätzung
doc("word", "jugendamt_kindeswohl", f"""Jugendamt Gladbeck – Allgemeiner Sozialer Dienst, Bezirk Mitte/Ost
Gefährdungseinschätzung nach § 8a SGB VIII – Kurzdokumentation

Fall-Nr.: [[AZ|ASD-M-2025-0612]]
Kinder: [[P|Leon Hoxha]] (geb. [[DOB|04.01.2017]]), [[P|Elira Hoxha]] (geb. [[DOB|19.11.2019]])
Sorgeberechtigt: Mutter [[P|Arbëresha Hoxha]], [[A|Enfieldstraße 102]], [[A|45966 Gladbeck]], Tel. [[T|0163 7820114]]
Kindesvater: [[P|Driton Krasniqi]], Aufenthalt unbekannt (zuletzt Essen)

Meldung: 27.10.2025, 13:20 Uhr, Klassenlehrerin Frau [[P|Rademacher]] (Grundschule Brauck): [[P|Leon]] hatte Hämatome am linken Oberarm und am Rücken, er gab an, der neue Freund der Mutter („[[P|Besi]]“) habe ihn „gepackt“.

Hausbesuch 28.10.2025 ([[P|Okonkwo]]/[[P|Strathmann]]): Frau [[P|Hoxha]] kooperativ, Wohnung sauber, ausreichend Lebensmittel. Der Lebensgefährte, Herr [[P|Besnik Gashi]], war nicht anwesend. Kinderärztliche Untersuchung am 29.10. bei [[P|Dr. Yasemin Erol]]: Befund mit Griffmarken vereinbar, keine Frakturen. [[P|Elira]] ohne Befund, Entwicklungsverzögerung im Sprachbereich.

Einschätzung: latente Gefährdung. Schutzvereinbarung mit der Mutter (Herr [[P|Gashi]] übernachtet bis auf Weiteres nicht in der Wohnung), Anbindung an die Erziehungsberatung, erneuter Hausbesuch in zwei Wochen.

[[P|Chidi Okonkwo]], Dipl.-Sozialpädagoge
""", ["HEALTH"])

# 13 Kasse: citizen mail, Ratenzahlung, credit card
cc13 = ids.credit_card("4", 16)
doc("outlook", "kasse_ratenzahlung", f"""Betreff: Re: Mahnung Kassenzeichen [[AZ|6.1100.208815.3]]

Guten Tag Frau [[P|Lindemann]],

danke für Ihren Rückruf gestern. Wie besprochen bitte ich um Ratenzahlung für die offenen Grundbesitzabgaben 2025 (insgesamt 1.284,60 EUR inkl. Mahngebühren) in 6 Raten à 214,10 EUR, erste Rate zum 01.12.

Die Raten würde ich per Dauerauftrag von meinem Konto bei der Sparkasse Gladbeck zahlen:
Kontoinhaber: [[P|Oleksandr Melnyk]]
IBAN: [[IBAN|{ib(ids.iban_de())}]]

Im Online-Portal hatte ich versucht, die erste Teilzahlung mit meiner Kreditkarte zu bezahlen ([[CC|{group(cc13, 4)}]], gültig bis 09/27), das ist aber abgebrochen. Falls doch etwas abgebucht wurde, bitte verrechnen.

Mit freundlichen Grüßen
[[P|Oleksandr Melnyk]]
[[A|Roßheidestraße 120]]
[[A|45968 Gladbeck]]
[[T|0177 / 23 89 104]]

> Am 03.11.2025 um 10:02 schrieb Stadtkasse Gladbeck <[[N|stadtkasse@stadt-gladbeck.de]]>:
> Sehr geehrter Herr [[P|Melnyk]],
> zu dem o. g. Kassenzeichen ist ein Betrag von 1.284,60 EUR rückständig. Bitte zahlen Sie bis zum 17.11.2025.
> Stadtkasse Gladbeck, [[N|{SW}]]
""")

# 14 Sozialamt Hilfe zur Pflege
doc("word", "sozialamt_hilfe_zur_pflege", f"""Stadt Gladbeck – Sozialamt – Hilfe zur Pflege

An
Frau [[P|Ludmila Kusnezowa]]
z. Hd. Betreuerin Frau Rechtsanwältin [[P|Dr. Annette Schulze-Berndt]]
[[A|Postallee 18]]
[[A|45964 Gladbeck]]

Unser Zeichen: [[AZ|50.3-HzP-4471/25]]
Datum: 05.11.2025

Antrag auf Hilfe zur Pflege für Frau [[P|Ludmila Kusnezowa]], geb. [[DOB|12.06.1941]], wohnhaft im Seniorenzentrum St. Altfrid, [[A|Hegestraße 44]], [[A|45966 Gladbeck]]

Sehr geehrte Frau Dr. [[P|Schulze-Berndt]],

vielen Dank für den Antrag vom 20.10.2025. Die Pflegekasse hat bei Ihrer Betreuten Pflegegrad 4 festgestellt (fortgeschrittene Demenz vom Alzheimer-Typ, Diabetes mellitus Typ 2). Die ungedeckten Heimkosten betragen nach unserer Berechnung monatlich 2.318,47 EUR.

Zur weiteren Bearbeitung benötige ich noch:
1. den vollständigen Bescheid der Pflegekasse (Versichertennummer [[KV|{ids.health_insurance()}]]),
2. die Rentenbescheide 2025 (Deutsche Rentenversicherung, Vers.-Nr. [[SSN|{ids.social_security('120641', 'K')}]] und Witwenrente nach Herrn [[P|Pjotr Kusnezow]]),
3. Kontoauszüge der letzten drei Monate,
4. Nachweis über die Bestattungsvorsorge (Sterbegeldversicherung).

Leistungen würden wir auf das Betreuungskonto [[IBAN|{ib(ids.iban_de())}]] (Kontoinhaberin [[P|Ludmila Kusnezowa]]) überweisen.

Die Sohn-Verpflichtung wird geprüft; Herr [[P|Igor Kusnezow]] ([[A|Ahornweg 2]], [[A|46240 Bottrop]]) erhält gesondert Post.

Mit freundlichen Grüßen
Im Auftrag
[[P|Agata Nowicka]]
Telefon [[N|02043 99-2353]]
""", ["HEALTH"])

# 15 Rundschreiben Masern (health words, no individual)
doc("word", "rundschreiben_kitas", f"""Stadt Gladbeck – Jugendamt, Abteilung Tagesbetreuung für Kinder
An alle Leitungen der Kindertageseinrichtungen und Kindertagespflegepersonen

Rundschreiben 14/2025 – Masernschutz, Kopflausbefall, Hitzeschutz

Sehr geehrte Damen und Herren,

das Gesundheitsamt des Kreises Recklinghausen weist darauf hin, dass im Oktober im Kreisgebiet elf Masernfälle gemeldet wurden. Bitte prüfen Sie bei allen Neuaufnahmen den Nachweis nach § 20 Abs. 9 IfSG. Fehlende Nachweise melden Sie bitte mit dem Formular „Meldung nach § 20 IfSG“ (Anlage 1) an das Gesundheitsamt, nicht an das Jugendamt.

Bei Kopflausbefall gilt weiterhin das Merkblatt in der Fassung 2023; Kinder dürfen nach der ersten Behandlung wieder betreut werden. Eine ärztliche Bescheinigung ist nicht erforderlich.

Religiöse Speisevorschriften (z. B. schweinefleischfrei, vegetarisch) sind bei der Ausschreibung der Mittagsverpflegung 2026 als Los 2 berücksichtigt; Rückfragen zur Ausschreibung (Vergabe-Nr. 2025-117-J) bitte an die Zentrale Vergabestelle.

Mit freundlichen Grüßen
Im Auftrag
[[P|Martina Brückner-Olschewski]]
Abteilungsleiterin
Telefon [[N|02043 99-2520]] · [[N|kita@stadt-gladbeck.de]]
""")

# 16 Bauamt: neighbour objection
doc("outlook", "bauamt_einwendung", f"""Betreff: Einwendung Bauvorhaben Gemarkung Gladbeck, Flur 12, Flurstück 418 – Az. [[AZ|63-BV-0734/25]]

Sehr geehrte Damen und Herren,

als unmittelbare Nachbarn erheben wir Einwendungen gegen den Bauantrag von Herrn [[P|Sergej Hoffmann]] für den Anbau eines Zweifamilienhauses auf dem Grundstück [[A|Schützenstraße 131]].

1. Laut Lageplan (Plan-Nr. 03, M 1:500) wird die Abstandsfläche von 3,00 m zu unserer Grenze nicht eingehalten, es sind nur 2,40 m eingezeichnet.
2. Die geplante Garage mit 9,50 m Länge liegt direkt an unserem Wohnzimmerfenster.
3. Schon jetzt parken auf der Straße ständig die Firmenwagen von Herrn [[P|Hoffmann]] (z. B. [[KFZ|RE-SH 4410]] und [[KFZ|GLA-H 88]]).

Wir bitten um Akteneinsicht und um Benachrichtigung über die Entscheidung.

Mit freundlichen Grüßen
[[P|Friedhelm]] und [[P|Roswitha Meyer zu Hartum]]
[[A|Schützenstraße 129]]
[[A|45964 Gladbeck]]
Tel. [[T|02043 / 31 77 46]]
E-Mail: [[E|meyerzuhartum@gmx.de]]
""")

# 17 Ukrainian refugee Ummeldung mail
doc("outlook", "buergeramt_ummeldung_ukr", f"""Betreff: Ummeldung und Aufenthaltstitel – [[P|Hrytsenko]] Oksana

Guten Tag,

ich heiße [[P|Oksana Hrytsenko]], ich bin aus Ukraine (Charkiw) und wohne seit April 2022 in Gladbeck. Jetzt wir ziehen um von [[A|Goethestraße 27]] nach [[A|Feldhauser Straße 240]], Wohnung 3, am 1. Dezember. Ich komme mit meine Mutter [[P|Valentyna Hrytsenko]] (geb. [[DOB|02.10.1956]]) und meine Tochter [[P|Sofiia]] (geb. [[DOB|17.07.2012]]).

Mein Reisepass Nummer [[PASS|FX617230]] ist noch gültig bis 2029, aber der Pass von meine Mutter ist abgelaufen, sie hat nur ukrainischen Inlandspass. Ist das ein Problem für die Ummeldung? Die Aufenthaltserlaubnis § 24 ist bis 04.03.2027.

Bitte schreiben Sie mir einfach, ich verstehe Deutsch besser lesen als am Telefon.

Danke und freundliche Grüße
[[P|Oksana Hrytsenko]]
[[E|oksana.hrytsenko88@gmail.com]]
[[T|0157 5510 2376]]
""")

# 18 Vietnamese nail salon owner, Gewerbe
tnr18 = ids.tax_number_federal_nrw()
vat18 = ids.vat_id()
doc("outlook", "gewerbe_ummeldung", f"""Betreff: Gewerbe-Ummeldung Nagelstudio – neue Adresse

Sehr geehrte Damen und Herren,

hiermit melde ich mein Gewerbe (Nagelstudio "Lotus Beauty Nails") zum 01.01.2026 um.

Alte Betriebsstätte: [[A|Horster Straße 19]], [[A|45964 Gladbeck]]
Neue Betriebsstätte: [[A|Friedrich-Ebert-Straße 7]], [[A|45964 Gladbeck]]
Inhaberin: [[P|Nguyễn Thị Lan]], geb. [[DOB|23.05.1986]] in Hải Phòng
Steuer-ID: [[TID|{group(ids.tax_id(), 3)}]]
Privatanschrift: [[A|Lindenstraße 88]], [[A|45968 Gladbeck]]
Steuernummer: [[TNR|{tnr18}]]
USt-IdNr.: [[VAT|{vat18}]]

Die Mitarbeiterin Frau [[P|Trần Mai]] bleibt weiter angestellt (Minijob).

Das Formular GewAbmeldung/GewAnmeldung habe ich ausgefüllt und unterschrieben als PDF angehängt. Meine Steuerberaterin, Frau [[P|Pham]], hat eine Vollmacht, falls Rückfragen sind: [[T|0209 1577 230]].

Vielen Dank
[[P|Lan Nguyen]]
[[T|0162 8834019]]
""")

# 19 Lärmbeschwerde with nickname
doc("outlook", "laermbeschwerde", f"""Betreff: Ruhestörung jedes Wochenende!!!

Sehr geehrte Damen und Herren vom Ordnungsamt,

ich wohne in der [[A|Ellinghorststraße 55]] im 2. Stock und schreibe Ihnen jetzt zum dritten Mal. Über mir (3. OG rechts) wohnt Herr [[P|Michail Sokolow]], den hier alle nur "[[P|Mischa]]" nennen. Jeden Freitag und Samstag ist bis 3-4 Uhr nachts Party, laute Musik, Leute im Treppenhaus, und es wird auf dem Balkon gegrillt, der Rauch zieht in unser Kinderzimmer. Die Polizei war am 25.10. schon da (Einsatznummer habe ich leider nicht).

Die Hausverwaltung (Frau [[P|Engel]] von der Vivawest) sagt, sie kann nichts machen. Die andere Nachbarin, Frau [[P|Dąbrowski]], kann das bestätigen.

Was kann ich tun? Muss ich ein Lärmprotokoll führen?

[[P|Sandra Przybylla]]
[[T|0176-55 30 82 17]]
""")

# 20 Bewohnerparkausweis form pasted
doc("word", "bewohnerparken_antrag", f"""Antrag auf Erteilung eines Bewohnerparkausweises – Zone B (Innenstadt)
(eingegangen per Post am 31.10.2025, Bearb.-Nr. [[AZ|BP-2025-1183]])

Name, Vorname: [[P|Sarıkaya, Elif]]
Geburtsdatum: [[DOB|1988-02-14]]
Anschrift (Hauptwohnung): [[A|Wilhelmstraße 12]], [[A|45964 Gladbeck]]
Telefon (freiwillig): [[T|02043 2 07 55 91]]
E-Mail (freiwillig): [[E|elif.sarikaya@web.de]]

Fahrzeug: Halter [ ] ich selbst  [x] Arbeitgeber (Dienstwagen, Nutzungsnachweis liegt bei)
Amtl. Kennzeichen: [[KFZ|BOT-ES 214]]
Fahrzeugart: Pkw

Gebühr: 30,00 EUR / Jahr – Zahlung nach Bescheid.

Vermerk Sachbearbeitung: Meldedaten geprüft (Hauptwohnung seit 01.08.2024), Nutzungsnachweis Fa. Emscher Logistik GmbH vorhanden. Ausweis Nr. 2025-B-0418 erteilt am 04.11.2025. – [[P|Schwarze]]
""")

# 21 Sozialbestattung, Islamic burial
doc("word", "sozialamt_bestattung", f"""Stadt Gladbeck – Sozialamt
Vermerk – Übernahme von Bestattungskosten nach § 74 SGB XII

Vorgang: [[AZ|50.1-BK-0089/25]]
Verstorben: Herr [[P|Abdulkadir Mahmoud Al-Hassan]], geb. [[DOB|01.01.1958]], gest. 19.10.2025, zuletzt wohnhaft [[A|Bergmannsweg 6]], [[A|45968 Gladbeck]]
Antragstellerin: Tochter [[P|Rania Al-Hassan]], [[A|Brauckstraße 33]], [[A|45968 Gladbeck]], Tel. [[T|0176 21094458]]

Die Antragstellerin hat die Bestattung als Verpflichtete nach § 8 BestG NRW beauftragt. Der Verstorbene war Muslim; die Familie wünscht eine Erdbestattung nach islamischem Ritus ohne Sarg auf dem muslimischen Grabfeld des Friedhofs Rentfort. Die rituelle Waschung erfolgte in der Moschee der DITIB-Gemeinde. Die Mehrkosten gegenüber einer einfachen Reihengrabbestattung (ca. 380,00 EUR) sind nach der Rechtsprechung (BSG, B 8 SO 4/13 R) angemessen, soweit religiös begründet.

Weitere Kinder: [[P|Omar Al-Hassan]] (Syrien, nicht erreichbar), [[P|Lina Haddad]] geb. [[P|Al-Hassan]] (Berlin, leistet eigenes Einkommen nachweislich nicht).

Kostenvoranschlag Bestattungshaus Rahma: 3.940,00 EUR; Sterbegeld ist nicht vorhanden.

Entscheidung: Übernahme bis 3.400,00 EUR empfohlen.
[[P|Melanie Kötter]], 05.11.2025
""", ["RELIGION"])

# 22 Schulbegleitung autism
doc("outlook", "schulamt_schulbegleitung", f"""Von: [[P|Anna-Lena ter Horst]] <[[E|a.terhorst@stadt-gladbeck.de]]>
An: [[P|Heike Brüggemann]]; [[P|Tarek Mansour]]
Cc: [[N|eingliederungshilfe@stadt-gladbeck.de]]
Betreff: Schulbegleitung [[P|Jonas Wierzbicki]] – Verlängerung Schuljahr 2025/26
Datum: 28.10.2025 11:35

Hallo [[P|Heike]], hallo [[P|Tarek]],

kurze Info vor der Hilfeplankonferenz am Donnerstag: Für [[P|Jonas Wierzbicki]] (geb. [[DOB|06.06.2015]], 5. Klasse Ratsgymnasium) liegt jetzt der Bericht der Kinder- und Jugendpsychiatrie vor: Autismus-Spektrum-Störung (F84.5) bestätigt, zusätzlich ADHS. Die Schule befürwortet weiter 25 Wochenstunden Schulbegleitung. Die Mutter, Frau [[P|Joanna Wierzbicki]], ist einverstanden mit einem Wechsel des Trägers; der bisherige Schulbegleiter Herr [[P|Lukas Brandt]] geht zum 30.11.

Antrag läuft unter [[AZ|51-EGH-35a-2025-044]]. Könnt ihr bitte bis Mittwoch die Stellungnahme der Schule (Frau [[P|Dr. Siebert]]) einscannen?

Danke und viele Grüße
[[P|Anna-Lena]]

[[P|Anna-Lena ter Horst]]
Stadt Gladbeck – Jugendamt – Eingliederungshilfe § 35a SGB VIII
Tel. [[N|02043 99-2488]]
""", ["HEALTH"])

# 23 Ausländerbehörde internal: Kurdish asylum, politics, biometric
doc("word", "auslaenderbehoerde_vermerk_asyl", f"""Ausländerbehörde – Außenstelle Gladbeck
Interner Vermerk (nicht zur Weitergabe an Dritte)

Betr.: Herr [[P|Rojhat Demir]], geb. [[DOB|15.02.1995]] in Cizre, türk. StA, kurdischer Volkszugehörigkeit
BAMF-Az.: [[AZ|8871204-163]]
Unsere Akte: [[AZ|III/2-D-2025-0377]]

Herr [[P|Demir]] sprach heute mit seinem Rechtsanwalt, Herrn [[P|Cem Karataş]], vor. Der Asylantrag wurde vom BAMF am 12.09.2025 als offensichtlich unbegründet abgelehnt; die Klage beim VG Gelsenkirchen ist anhängig (Az. [[AZ|15a K 4117/25.A]]).

Er trägt vor, in der Türkei als Mitglied der HDP/DEM-Partei an Demonstrationen teilgenommen zu haben und deshalb 2023 festgenommen worden zu sein. Er ist in Gladbeck im kurdischen Kulturverein aktiv.

Bei der Vorsprache wurden zur Ausstellung der Duldung Fingerabdrücke (zwei Zeigefinger) und ein Lichtbild erfasst; Abgleich mit EURODAC ergab einen Treffer (Griechenland, 2022).

Seinen türkischen Reisepass (Nr. [[PASS|U27463915]]) hat er nicht vorgelegt; er gibt an, dieser sei in Griechenland verloren gegangen. Die Ehefrau, Frau [[P|Rojda Demir]], und der Sohn [[P|Baran]] leben in der Unterkunft [[A|Am Rathaus 9]] (ZUE-Außenstelle).

Duldung nach § 60a Abs. 2 AufenthG bis 05.02.2026 erteilt.
[[P|Hinz]], 05.11.2025
""", ["ETHNICITY", "POLITICS", "BIOMETRIC"])

# 24 Bewerbung mit Schwerbehinderung
doc("outlook", "bewerbung_personalamt", f"""Betreff: Bewerbung Stellenausschreibung 2025/38 – Verwaltungsfachangestellte/r Bürgerbüro

Sehr geehrte Frau [[P|Ebbinghaus]],

hiermit bewerbe ich mich auf die oben genannte Stelle. Ich bin 34 Jahre alt, gelernte Verwaltungsfachangestellte (Ausbildung bei der Stadt Bottrop, Abschluss 2014) und arbeite derzeit in Teilzeit beim Jobcenter Kreis Recklinghausen in der Leistungsabteilung.

Ich habe einen Grad der Behinderung von 50 (Multiple Sklerose, schubförmig, derzeit stabil). Ich bitte daher, die Schwerbehindertenvertretung zu beteiligen. Im Alltag bin ich nicht eingeschränkt, ein Arbeitsplatz im Erdgeschoss wäre aber hilfreich.

Lebenslauf, Zeugnisse und Schwerbehindertenausweis finden Sie im Anhang.

Mit freundlichen Grüßen
[[P|Katharina Nowak-Özdemir]]
[[A|Brauckstr. 77]] · [[A|45968 Gladbeck]]
[[T|0151 42078831]] · [[E|k.nowak-oezdemir@posteo.de]]
""", ["HEALTH"])

# 25 same-sex couple, Anmeldung
doc("outlook", "buergeramt_anmeldung_ehemann", f"""Betreff: Anmeldung meines Ehemanns / Termin

Hallo zusammen,

mein Mann [[P|Thanh Hùng Vũ]] und ich haben im September in Rotterdam geheiratet (gleichgeschlechtliche Ehe, niederländische Heiratsurkunde mit Apostille liegt vor). [[P|Hùng]] zieht jetzt zu mir nach Gladbeck und muss sich anmelden. Er ist vietnamesischer Staatsangehöriger und hat bisher in den Niederlanden gewohnt.

Können wir beide zusammen zum Termin kommen? Und muss die Ehe hier im Standesamt nachbeurkundet werden, damit sie im Melderegister eingetragen wird?

Meine Daten: [[P|Jan-Philipp Ostermann]], [[A|Kiefernweg 4]], [[A|45966 Gladbeck]], Personalausweis [[IDC|{ids.id_card()}]].

Viele Grüße
[[P|Jan-Philipp]]
[[T|+49 171 2284905]]
""", ["SEXUAL_ORIENTATION"])

# 26 Vaterschaft, DNA-Gutachten
doc("word", "jugendamt_beistandschaft_vaterschaft", f"""Stadt Gladbeck – Jugendamt – Beistandschaften/Unterhaltsvorschuss

Frau
[[P|Adjoa Nkrumah]]
[[A|Bohmertstraße 190]]
[[A|45964 Gladbeck]]

Az.: [[AZ|51.4-BS-0215/24]]
05.11.2025

Beistandschaft für Ihren Sohn [[P|Emmanuel Nkrumah]], geb. [[DOB|22.08.2023]] – Feststellung der Vaterschaft

Sehr geehrte Frau [[P|Nkrumah]],

das Amtsgericht Gladbeck hat uns das Abstammungsgutachten des Instituts für Rechtsmedizin Essen übersandt. Nach der DNA-Analyse beträgt die Wahrscheinlichkeit der Vaterschaft von Herrn [[P|Samuel Ofori]] 99,9999 %. Der Beschluss über die Feststellung der Vaterschaft wird in den nächsten Wochen ergehen.

Anschließend werde ich Herrn [[P|Ofori]] ([[A|Kirchstraße 21]], [[A|45127 Essen]]) zur Zahlung des Mindestunterhalts (derzeit 482,00 EUR abzüglich hälftiges Kindergeld) auffordern. Für die Berechnung benötige ich noch die Steuer-Identifikationsnummer von [[P|Emmanuel]]; in Ihrem Antrag steht die Nummer [[TID|{ids.tax_id()}]], laut Familienkasse ist diese jedoch einem anderen Kind zugeordnet. Bitte senden Sie mir eine Kopie der Mitteilung des Bundeszentralamts für Steuern.

Bis dahin erhalten Sie weiter Unterhaltsvorschuss (Kassenzeichen [[AZ|7.5104.019862.4]]).

Mit freundlichen Grüßen
Im Auftrag
[[P|Reinhild van den Boom]]
Beiständin
Telefon [[N|02043 99-2577]]
""", ["GENETIC"])

# 27 SEPA mandate with Romanian IBAN
ro_iban = mod97_iban("RO", "BTRL" + "RONCRT" + ids.digits(10))
doc("word", "sepa_mandat_hundesteuer", f"""SEPA-Lastschriftmandat
Zahlungsempfänger: Stadt Gladbeck, [[N|Willy-Brandt-Platz 2]], [[N|45964 Gladbeck]]
Gläubiger-Identifikationsnummer: [[N|DE52ZZZ00000034567]]
Mandatsreferenz: wird separat mitgeteilt
Kassenzeichen / Personenkonto: [[AZ|4.0310.287730]] (Hundesteuer)

Ich ermächtige die Stadt Gladbeck, Zahlungen von meinem Konto mittels Lastschrift einzuziehen. Zugleich weise ich mein Kreditinstitut an, die von der Stadt Gladbeck auf mein Konto gezogenen Lastschriften einzulösen.

Kontoinhaber/in: [[P|Popescu, Ioana-Cristina]]
Anschrift: [[A|Marienstraße 3]], [[A|45964 Gladbeck]]
Kreditinstitut: Banca Transilvania
BIC: BTRLRO22
IBAN: [[IBAN|{ib(ro_iban)}]]

Gladbeck, 02.11.2025    Unterschrift: [[P|I. Popescu]]

Bearbeitungsvermerk Steuerabteilung: Mandat erfasst am 04.11.2025 ([[P|Lemke]]).
""")

# 28 forwarded chain: Schrottimmobilie, Bulgarian plates
doc("outlook", "ordnungsamt_polizei_kette", f"""Von: [[P|Serkan Aslan]]
Gesendet: Mittwoch, 5. November 2025 08:03
An: [[P|Kühn, Martina]]; [[N|wohnungsaufsicht@stadt-gladbeck.de]]
Betreff: WG: Schrottimmobilie [[A|Bottroper Straße 301]] – Fahrzeuge/Halterabfrage

Moin [[P|Martina]], 
siehe unten, die Polizei hat die Halter. Der Geschäftsführer der Eigentümerin (Ruhr Immo Invest UG) ist wieder derselbe wie bei der Rentforter Str. Ich ruf dich nachher an.
[[P|Serkan]]

________________________________
Von: [[P|Brinkmann, Dirk]] <[[E|dirk.brinkmann@polizei.nrw.de]]>
Gesendet: Dienstag, 4. November 2025 17:41
An: [[P|Aslan, Serkan]] <[[E|serkan.aslan@stadt-gladbeck.de]]>
Betreff: Schrottimmobilie Bottroper Straße – Fahrzeuge

Hallo Herr [[P|Aslan]],

zu den drei Fahrzeugen auf dem Hof:
– [[KFZ|CA 7214 PB]] (BG) – Halter laut Auskunft Bulgarien: [[P|Hristo Dimitrov Georgiev]], geb. [[DOB|05.05.1983]], Meldeadresse in Gladbeck ebenfalls [[A|Bottroper Str. 301]]
– [[KFZ|GE-DP 1907]] – Halter [[P|Dragan Petrović]], [[A|Am Wiesenbusch 3]], [[A|45966 Gladbeck]]
– ein Anhänger ohne Kennzeichen (FIN ausgeschliffen)

Herr [[P|Georgiev]] wurde bei der Kontrolle angetroffen und hat sich mit bulgarischem Personalausweis ausgewiesen. Nach seinen Angaben zahlt er 250 EUR „pro Bett“ bar an einen Herrn „[[P|Petro]]“.

Mit freundlichen Grüßen
POK [[P|Brinkmann]]
Polizeiwache Gladbeck, Bezirksdienst
[[N|0231 132-1234]]
""")

# 29 Kleingarten Kündigung to Russian-German tenant
doc("word", "kleingarten_kuendigung", f"""Stadt Gladbeck – Ingenieuramt, Abteilung Grünflächen – Kleingartenwesen

Einschreiben/Rückschein
Herrn
[[P|Wladimir Schmidt]]
Frau
[[P|Swetlana Schmidt]]
[[A|Heringstraße 15]]
[[A|45964 Gladbeck]]

Pachtvertrag Nr. [[AZ|KG-Zw-114]] – Anlage Zweckel, Parzelle 114
Kassenzeichen: [[AZ|6.2310.114227.9]]

Kündigung des Kleingartenpachtvertrages nach § 8 Nr. 1 BKleingG

Sehr geehrte Eheleute [[P|Schmidt]],

Sie sind mit der Zahlung der Pacht und der Nebenkosten für die Jahre 2024 und 2025 in Höhe von insgesamt 612,40 EUR trotz Mahnungen vom 11.03.2025 und 08.07.2025 mehr als drei Monate in Verzug. Auch auf die schriftliche Zahlungsaufforderung vom 02.09.2025 mit Fristsetzung haben Sie nicht reagiert.

Hiermit kündige ich den Pachtvertrag fristlos. Bitte räumen Sie die Parzelle bis zum 31.01.2026 und übergeben Sie die Schlüssel an den Obmann der Anlage, Herrn [[P|Günter Wessel]].

Zahlungen bitte weiterhin auf das Konto der Stadtkasse: [[N|{CITY_IBAN}]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Dr. Friedrich von der Heydt]]
""")

# 30 Sitzungsvorlage Integrationsrat (politics/religion words, no individual data beyond staff)
doc("word", "niederschrift_integrationsrat", f"""Niederschrift über die 9. Sitzung des Integrationsrates der Stadt Gladbeck am 23.10.2025
Sitzungssaal Rathaus, Beginn 17:00 Uhr, Ende 19:25 Uhr

Vorsitz: [[P|Ayşe Güneş]]
Schriftführung: [[P|Petra Lohkamp]] (Verwaltung)
Verwaltung: [[P|Thomas Ruhnau]] (Erster Beigeordneter), [[P|Ramona Ziółkowski]] (Kommunales Integrationszentrum)

TOP 3 – Bericht Wohnungsaufsicht
Herr [[P|Ruhnau]] berichtet über 14 überbelegte Objekte im Stadtgebiet mit zusammen rund 380 gemeldeten Personen, überwiegend aus Südosteuropa. Die Verwaltung weist darauf hin, dass Staatsangehörigkeit oder Herkunft kein Kriterium für Kontrollen sind; maßgeblich sind Beschwerden und Meldedaten. Frau [[P|Güneş]] bittet, in den Pressemitteilungen auf Angaben zur Volkszugehörigkeit zu verzichten.

TOP 4 – Islamischer Religionsunterricht und Gebetsräume an Schulen
Drei Grundschulen bieten ab 2026 IRU an; der Antrag der Fraktion auf einen Raum der Stille im Ratsgymnasium wird in den Schulausschuss verwiesen (Drucksache 2025/0419).

TOP 5 – Wahl des Integrationsrates 2025
Wahlbeteiligung 8,4 %. Es wurden 11 Listen zugelassen, darunter erstmals eine ukrainische und eine ghanaische Liste.

Abstimmung zu TOP 4: einstimmig bei 2 Enthaltungen.

gez. [[P|Güneş]]                gez. [[P|Lohkamp]]
""")

assert len(D) == 30, len(D)
out = os.path.join(HERE, "fresh64.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for i, (ch, tpl, txt, fl) in enumerate(D, 1):
        rec = build(f"F64-{i:03d}", ch, tpl, txt.strip("\n"), fl)
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", out)
