#!/usr/bin/env python3
"""Writes fresh7.jsonl: 30 held-out German administrative documents (Hansestadt Lüneburg, invented data).

    python3 make_fresh7.py

Mark syntax and offset logic as in make_fresh.py: [[CAT|text]] for entities, [[N|text]] for neutral spans; marks are
stripped and start/end computed as UTF-16 indices (all characters BMP, asserted). Identifiers from identifiers.py
(seed 7171717) carry valid check digits. All people, addresses and numbers are invented.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from identifiers import Identifiers, group, mod97_iban  # noqa: E402

from marks import build as build_marked  # noqa: E402

g = Identifiers(7171717)
DOCS = []


def doc(channel, template, text, flags=()):
    DOCS.append((channel, template, text, list(flags)))


def build(index, channel, template, marked, flags):
    return build_marked(f"b7-{index:03d}", channel, template, marked, flags)


def tnr_nds():
    # Lower Saxony layout FF/BBB/UUUUP (layout only).
    return f"{g.rng.choice(['23', '33', '40', '57'])}/{g.digits(3)}/{g.digits(5)}"


def tnr_nds_federal():
    # 13-digit federal form: 23 (Niedersachsen) + FF + 0 + BBB + UUUUP.
    return "23" + g.rng.choice(["33", "40", "57"]) + "0" + g.digits(8)


def ssn_spaced(v):
    return f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}"


RATHAUS = "[[N|04131 309-0]]"
CITY_IBAN = group(mod97_iban("DE", "240501100000" + "012345"), 4)

# 1 ------------------------------------------------------------ Einwohnermeldeamt, lower-case
doc("outlook", "einwohnermeldeamt-ummeldung", f"""Betreff: ummeldung familie wiens

hallo liebes bürgeramt,

wir sind am 15.10. von reppenstedt nach lüneburg gezogen und wollten fragen ob wir alle persönlich kommen müssen. neue adresse ist [[A|bockelmannstr. 41 a]], [[A|21337 lüneburg]], vorher [[A|mühlenweg 7]] in [[A|21391 reppenstedt]].
mein personalausweis nr. ist [[IDC|{g.id_card()}]], meine frau [[P|lena]] hat noch den alten pass aus kasachstan und einen deutschen ausweis, unser sohn [[P|artur]] (geb. [[DOB|03.05.2012]]) hat nur einen kinderreisepass. meine schwiegermutter [[P|irma schellenberg]] zieht auch mit ein, sie ist aber noch bis dezember in omsk bei ihrer schwester.
die wohnungsgeberbestätigung hat der vermieter herr [[P|drewes]] uns schon gegeben.

können sie mir einen termin vorschlagen, am besten nach 16 uhr? handy [[T|0176 2218 9043]]

mfg
[[P|eduard wiens]]""")

# 2 ------------------------------------------------------------ Wohngeld, daughter writes for mother
_ssn2 = g.social_security("140348", "H")
doc("outlook", "wohngeld-weiterleistung", f"""Betreff: Wohngeld – Weiterleistungsantrag, Ihr Zeichen [[AZ|WG 50.3-2211/24]]

Sehr geehrte Damen und Herren,

meine Mutter, Frau [[P|Gisela Hinrichs]], geboren am [[DOB|14. März 1948]], bezieht seit zwei Jahren Wohngeld. Der Bewilligungszeitraum endet am 31.01.2027; den Weiterleistungsantrag schicke ich Ihnen in ihrem Auftrag, die Vollmacht liegt bei.

Seit dem 1. Juli ist die Rente gestiegen, der neue Rentenbescheid der Deutschen Rentenversicherung Braunschweig-Hannover ist beigefügt (Versicherungsnummer [[SSN|{ssn_spaced(_ssn2)}]]). Die Miete für die Wohnung [[A|Auf dem Meere 14]] ist unverändert bei 512,40 EUR warm. Die Beiträge zur AOK Niedersachsen zahlt sie weiterhin selbst.

Das Wohngeld bitte wie bisher auf ihr Konto:
IBAN: [[IBAN|{group(g.iban_de(), 4)}]]
Kontoinhaberin: [[P|Gisela Hinrichs]]

Für Rückfragen bin ich unter [[T|04131 / 86 45 12]] erreichbar, meine Mutter ist tagsüber oft bei der Seniorengymnastik.

Mit freundlichen Grüßen
[[P|Silke Rademacher]] (Tochter)
[[A|Am Schierbrunnen 3]]
[[A|21379 Scharnebeck]]
[[E|silke.rademacher@t-online.de]]""")

# 3 ------------------------------------------------------------ Ausländerbehörde, non-native writer
doc("outlook", "auslaenderbehoerde-fingerabdruck", f"""Betreff: Frage wegen elektronische Aufenthaltstitel / Termin

Sehr geehrte Frau [[P|Grünhagen]],

ich bin [[P|Mohamad Nour Al-Shami]], mein Aktenzeichen ist [[AZ|32.4-SYR-7781]]. Ich war am Dienstag bei Ihnen für die Verlängerung von meine Aufenthaltserlaubnis. Bei die Abgabe von Fingerabdrücke hat das Gerät meine Finger nicht erkannt, weil ich habe eine Hautkrankheit an die Hände (Neurodermitis). Ihre Kollege hat gesagt ich soll mit Attest noch mal kommen, das Attest von Hautarzt habe ich jetzt.

Meine Frau [[P|Rasha]] und unser Sohn [[P|Yazan]] brauchen auch Termin, ihre Karte läuft im Januar ab. Wir wohnen immer noch [[A|Theodor-Heuss-Str. 9]], [[A|21337 Lüneburg]], [[N|3. Stock]].

Für die Arbeitgeber ich brauche auch Bestätigung das ich arbeiten darf, meine Steuer ID ist [[TID|{g.tax_id()}]].

Mit freundliche Grüße
[[P|Mohamad Al-Shami]]
Tel [[T|0152 0478 3316]]""", ["BIOMETRIC", "HEALTH"])

# 4 ------------------------------------------------------------ Standesamt, forwarded English header, foreign address
doc("outlook", "standesamt-anmeldung-eheschliessung", f"""Betreff: WG: Anmeldung Eheschließung – Unterlagen aus Portugal

Hallo [[P|Okke]],

kannst du das bitte übernehmen? Frau [[P|Ferreira da Silva]] hat die Geburtsurkunde nur als Kopie geschickt, wir brauchen das internationale Formular. Ich bin ab Mittwoch im Urlaub.

Gruß
[[P|Imke Harms]]
Standesamt, Durchwahl [[N|-2318]]

From: [[P|Ana Beatriz Ferreira da Silva]] <[[E|anabeatriz.fsilva@sapo.pt]]>
Sent: Thursday, November 19, 2026 8:47 PM
To: [[N|standesamt@stadt.lueneburg.de]]
Cc: [[E|tjark.ahlers@posteo.de]]
Subject: Anmeldung Eheschließung

Sehr geehrte Damen und Herren,

mein Verlobter [[P|Tjark Ahlers]] und ich möchten im Juni 2027 im Lüneburger Rathaus heiraten. Ich bin portugiesische Staatsangehörige, geboren am [[DOB|27.09.1994]] in Braga, und wohne noch in Portugal:
[[A|Rua de Cedofeita 218]], [[N|3.º Esq.]]
[[A|4050-174 Porto]]
PORTUGAL

[[P|Tjark]] wohnt [[A|Hinter der Bardowicker Mauer 6]], [[A|21335 Lüneburg]]; dort ziehe ich im März ein. Seinen Reisepass ([[PASS|{g.passport(check_digit=True)}]]) und meinen Cartão de Cidadão bringen wir zum Termin mit. Die Fotos möchten wir danach vor St. Johannis machen.

Sie erreichen mich unter [[T|+351 912 408 573]].

Com os melhores cumprimentos / Mit freundlichen Grüßen
[[P|Ana Beatriz Ferreira da Silva]]""")

# 5 ------------------------------------------------------------ Bauaufsicht, architect
doc("outlook", "bauaufsicht-nachforderung", f"""Betreff: Bauantrag Einfamilienhaus [[P|Wittkopf]] – Az. [[AZ|63-BA-2026-0412]] – Nachforderung

Sehr geehrte Frau Dr. [[P|Hollenbach]],

vielen Dank für Ihr Schreiben vom 12.11.2026. Die nachgeforderten Unterlagen (Standsicherheitsnachweis, Entwässerungsplan) reiche ich bis Ende des Monats ein.

Zur Abweichung von der Baugrenze: Das Grundstück liegt im Geltungsbereich des Bebauungsplans Nr. 88 „Ebensberg-Süd", Flurstück 112/7 der Flur 4. Die Überschreitung um 0,80 m betrifft nur den Wintergarten an der Südseite. Der Nachbar, Herr [[P|Salvatore Di Benedetto]] ([[A|Ebensberger Ring 22]]), hat seine Zustimmung bereits unterschrieben; die Baulasterklärung bringen die Bauherren, Eheleute [[P|Karl-Heinz]] und [[P|Ute Wittkopf]], am Freitag persönlich ins Rathaus.

Rückfragen gern direkt an mich: [[T|04131 / 40 77 18-12]] oder [[E|jens-uwe.brammer@brammer-architekten.de]].

Mit freundlichen Grüßen
Dipl.-Ing. [[P|Jens-Uwe Brammer]]
Architekt
Brammer Architekten PartGmbB
[[A|Vor dem Neuen Tore 31]] | [[A|21339 Lüneburg]]""")

# 6 ------------------------------------------------------------ Straßenverkehrsbehörde, Polish writer
doc("outlook", "strassenverkehr-bewohnerparken", f"""Betreff: Bewohnerparkausweis Zone C – Fahrzeugwechsel

Dzień dobry / Guten Tag,

ich habe seit 2023 einen Bewohnerparkausweis für die Zone C (Wasserviertel) für mein Auto [[KFZ|LG-KD 318]]. Jetzt fahre ich einen Firmenwagen von meinem Arbeitgeber, Kennzeichen [[KFZ|WL-TX 4402]], das alte Auto ist verkauft. Kann ich den Ausweis umschreiben lassen oder brauche ich einen neuen Antrag? Der Fahrzeugschein ist auf die Firma ausgestellt, eine Bestätigung von meinem Chef Herrn [[P|Bernd Otte]] kann ich schicken.

Meine Lebensgefährtin [[P|Agata Wróblewska]] hat auch einen Ausweis für dieselbe Adresse ([[A|Am Stintmarkt 2]]). Ist das ein Problem, wenn zwei Ausweise auf eine Adresse laufen?

Die Gebühr kann ich überweisen, das Kassenzeichen vom letzten Jahr war [[AZ|5.1000.204417]].

Pozdrawiam / Viele Grüße
[[P|Krzysztof Dąbrowski]]
[[T|+48 601 224 873]] (polnische Nummer) oder [[T|0157 84412097]]""")

# 7 ------------------------------------------------------------ Gewerbesteuer, Vietnamese sole trader
doc("outlook", "gewerbesteuer-herabsetzung", f"""Betreff: Herabsetzung Gewerbesteuer-Vorauszahlungen 2027 – Kassenzeichen [[AZ|7.2026.118034]]

Sehr geehrte Damen und Herren,

ich betreibe seit 2019 das Nagelstudio „Nails by [[P|Huy]]" in der [[A|Kleine Bäckerstraße 5]]. Durch die Baustelle vor dem Laden ist mein Umsatz seit Juni um fast 40 % gefallen. Ich bitte deshalb, die Vorauszahlungen ab dem 1. Quartal 2027 herabzusetzen. Das Finanzamt Lüneburg hat den Messbetrag schon angepasst (Bescheid vom 02.11.2026, Steuernummer [[TNR|{tnr_nds()}]]), eine Kopie hänge ich an.

Meine Umsatzsteuer-ID: [[VAT|{g.vat_id()}]]
Bankverbindung für Erstattungen: [[IBAN|{g.iban_de()}]] (Sparkasse Lüneburg)

Mit freundlichen Grüßen
[[P|Đặng Quốc Huy]]
Inhaber
[[E|dang.huy@nailsbyhuy.de]]
Tel. [[T|04131 2 23 65 90]]""")

# 8 ------------------------------------------------------------ Kita, Kurdish family, informal
doc("outlook", "kita-eingewoehnung-diabetes", f"""Betreff: [[P|Miran]] – Diabetes & Kita

Hallo Frau [[P|Behrens]],

wie am Telefon besprochen schicke ich Ihnen die Infos für die Eingewöhnung von unserem Sohn [[P|Miran Yıldız]] (geb. [[DOB|11.02.2023]]) in der Kita Kaltenmoor ab dem 4. Januar.
[[P|Miran]] hat seit dem Sommer Diabetes Typ 1 und trägt eine Insulinpumpe mit Sensor. Die Erzieherinnen müssen eigentlich nur den Alarm am Handy im Blick haben; die Diabetesberaterin vom Klinikum würde dafür einmal in die Kita kommen und das Team schulen.

Wegen dem Elternbeitrag: mein Mann [[P|Serhat]] arbeitet seit Oktober Vollzeit, die neue Gehaltsbescheinigung kommt per Post. Unsere Adresse ist gleich geblieben, [[A|Carl-Friedrich-Goerdeler-Str. 17]].

Am besten erreichen Sie mich auf dem Handy [[T|0163 / 719 44 02]], [[P|Serhat]] unter [[T|0170 5538 221]].

Liebe Grüße
[[P|Berfin Yıldız]]""", ["HEALTH"])

# 9 ------------------------------------------------------------ Schulverwaltung, forwarded German header
doc("outlook", "schule-schulwechsel", f"""Betreff: AW: Schulwechsel [[P|Denis]]

Sehr geehrte Frau [[P|Hennings]],

danke für Ihre schnelle Antwort. Ich möchte trotzdem, dass mein Sohn [[P|Denis]] die Schule wechselt. Er wird in der Klasse seit Wochen beschimpft, weil wir Roma sind, und er will morgens nicht mehr aus dem Haus. Das Gespräch mit der Klassenlehrerin hat nichts geändert.

Wir haben uns die Oberschule am Wasserturm angeschaut, dort wäre ab Februar ein Platz frei. Was muss ich bei der Schulverwaltung beantragen?

Mit freundlichen Grüßen
[[P|Florin Stoica]]
[[A|Graf-Schenk-von-Stauffenberg-Str. 44]], [[A|21337 Lüneburg]]

Von: [[P|Hennings, Birte]] <[[E|birte.hennings@schulen.lueneburg.de]]>
Gesendet: Dienstag, 24. November 2026 13:05
An: [[E|florin.stoica88@yahoo.com]]
Cc: [[E|m.aufderheide@stadt.lueneburg.de]]
Betreff: AW: Schulwechsel [[P|Denis]]

Sehr geehrter Herr [[P|Stoica]],

ein Schulwechsel während des Schuljahres ist nur aus wichtigem Grund möglich. Bitte wenden Sie sich dafür an die Schulverwaltung der Stadt (in Kopie) oder an die Schulleitung der aufnehmenden Schule. [[P|Denis]]' Klassenlehrerin ist bis Freitag auf Klassenfahrt.

Freundliche Grüße
[[P|B. Hennings]]
Konrektorin""", ["ETHNICITY"])

# 10 ----------------------------------------------------------- Gesundheitsamt
doc("outlook", "gesundheitsamt-sti-beratung", f"""Betreff: Termin HIV-/STI-Beratung

Moin,

ich würde gern einen Termin für die anonyme HIV- und STI-Testung bei Ihnen ausmachen, am liebsten zusammen mit meinem Mann [[P|Yonas]]. Bei ihm wurde im Sommer eine Hepatitis B festgestellt, und seine Ärztin meinte, ich sollte mich auch testen und ggf. impfen lassen. Wir sind beide bei der Techniker versichert, falls das eine Rolle spielt.

Geht auch ein Termin am Donnerstagnachmittag? Ich arbeite bis 14 Uhr in Adendorf.

Danke & viele Grüße
[[P|Lars-Ole Petersen]]
[[T|0151 42 09 87 33]]
[[E|lo.petersen@mailbox.org]]""", ["HEALTH", "SEXUAL_ORIENTATION"])

# 11 ----------------------------------------------------------- Ordnungsamt, dog
doc("outlook", "ordnungsamt-hund-stellungnahme", f"""Betreff: Ihr Schreiben vom 17.11.2026 – Az. [[AZ|32.2-HU-0936/26]] – Stellungnahme

Sehr geehrter Herr [[P|Gerdes]],

zu der Beschwerde wegen meinem Hund möchte ich Stellung nehmen. Unser Rüde [[N|Bruno]] ist ein Labrador-Mischling und kein Listenhund, die Bescheinigung vom Tierarzt Dr. [[P|Heinemann]] hänge ich an. Dass er bellt, wenn die Kinder der Familie [[P|Mensah]] am Zaun klingeln, stimmt, aber nicht nachts und nicht stundenlang. Frau [[P|Schlüter]] aus der Nr. 12 beschwert sich leider über alles im Haus, auch über die Mülltonnen.

Die Hundesteuer zahle ich seit 2021 pünktlich (Kassenzeichen [[AZ|6.2021.300871]]), die Steuermarke Nr. 1142 trägt er am Halsband.

Mit freundlichen Grüßen
[[P|Arben Krasniqi]]
[[A|Zum Hasenwinkel 10]]
[[A|21339 Lüneburg]]
[[T|+49 176 31 86 02 47]]""")

# 12 ----------------------------------------------------------- Stadtbibliothek, lower-case
doc("outlook", "stadtbibliothek-gebuehr", f"""Betreff: bibliotheksausweis verloren + gebühr doppelt bezahlt

hallo,

ich habe leider meinen bibliotheksausweis verloren (benutzernummer [[N|0048 2213 7]]). bitte sperren, falls jemand damit bücher ausleiht! außerdem wurde die jahresgebühr von 20 € zweimal von meiner kreditkarte abgebucht, am 02.11. und am 03.11. (karte [[CC|{group(g.credit_card('4', 16), 4)}]]). könnt ihr eine buchung zurückerstatten?

ich wohne jetzt im wohnheim [[A|scharnhorststraße 1]], [[N|zimmer 214]], [[A|21335 lüneburg]], nicht mehr c/o [[P|brandes]]. den neuen ausweis kann auch mein mitbewohner [[P|ahmad bin yusof]] abholen, wenn das geht.

danke!!
[[P|xiaoyu wang]] ([[P|sophie]])
[[E|x.wang@stud.leuphana.de]]""")

# 13 ----------------------------------------------------------- Volkshochschule, Ukrainian
doc("outlook", "vhs-anmeldung", f"""Betreff: Anmeldung Deutschkurs B1 / Zahlung

Guten Tag Frau [[P|van Dijk]],

ich möchte mich und meine Mutter für den Kurs 262-41008 „Deutsch B1 am Vormittag" anmelden, Beginn 11.01.2027.

Teilnehmerin 1: [[P|Tetiana Kovalenko]], geb. [[DOB|19.06.1987]]
Teilnehmerin 2: [[P|Halyna Kovalenko]], geb. [[DOB|02.01.1961]]
Adresse: [[A|Dahlenburger Landstraße 102]], [[A|21337 Lüneburg]]

Für meine Mutter zahlt das Jobcenter, der Berechtigungsschein kommt nächste Woche. Meinen Kurs (248,00 EUR) bezahle ich selbst mit Kreditkarte: Mastercard [[CC|{g.credit_card('5', 16)}]], gültig bis 08/28. Die Prüfnummer von der Rückseite schicke ich lieber nicht per Mail.

Mit freundlichen Grüßen
[[P|Tetiana Kovalenko]]
[[T|+380 67 412 3309]] / [[T|0157 3902 1178]]""")

# 14 ----------------------------------------------------------- Friedhof / Bestattung, Greek
doc("outlook", "bestattung-orthodox", f"""Betreff: Beisetzung meines Vaters – Zentralfriedhof, orthodoxe Trauerfeier

Sehr geehrte Damen und Herren,

mein Vater, [[P|Georgios Papadopoulos]], geboren am [[DOB|08.08.1942]] in Thessaloniki, ist am 21.11.2026 verstorben. Er war griechisch-orthodox, und wir möchten eine Erdbestattung nach orthodoxem Ritus mit dem Priester der griechischen Gemeinde aus Hamburg. Ist das in der Kapelle auf dem Zentralfriedhof möglich, auch mit offenem Sarg?

Das Bestattungshaus (Bestattungen Ilmenau GmbH) kümmert sich um die Formalitäten. Die Grabstelle soll neben meiner Mutter [[P|Eleni Papadopoulou]] sein, Grab Nr. 14-B-117, die Nutzungszeit müsste verlängert werden.

Gebührenbescheide bitte an mich:
[[P|Sofia Papadopoulou-Lange]]
[[A|Lünertorstraße 8 A]]
[[A|21335 Lüneburg]]

Mein Bruder [[P|Nikos]] lebt in Athen und ist unter [[T|+30 694 512 3378]] erreichbar, ich unter [[T|04131 7 39 42 00]].

Mit freundlichen Grüßen
[[P|Sofia Papadopoulou-Lange]]""", ["RELIGION"])

# 15 ----------------------------------------------------------- Sozialamt, Bescheid
_ssn15 = g.social_security("220751", "K")
doc("word", "sozialamt-grundsicherung-bescheid", f"""Hansestadt Lüneburg · Fachbereich Soziales · [[N|Am Ochsenmarkt 1]] · [[N|21335 Lüneburg]]

Frau
[[P|Hannelore Kretzschmar]]
[[A|Reichenbachstraße 2 c]]
[[A|21335 Lüneburg]]

Aktenzeichen: [[AZ|50.21-GSi-03317]]
Ihre Ansprechpartnerin: Sachbearbeiterin [[P|Dörte Meinecke]], Zimmer 2.14, Telefon [[T|04131 309-3471]]
Lüneburg, 25.11.2026

Bescheid über Leistungen der Grundsicherung im Alter und bei Erwerbsminderung (§§ 41 ff. SGB XII)

Sehr geehrte Frau [[P|Kretzschmar]],

auf Ihren Antrag vom 28.10.2026 bewillige ich Ihnen für die Zeit vom 01.11.2026 bis 31.10.2027 Leistungen in Höhe von monatlich 438,17 EUR. Sie sind am [[DOB|22.07.1951]] in Zwickau geboren und haben die Altersgrenze nach § 41 Abs. 2 SGB XII erreicht.

Berücksichtigt ist ein Mehrbedarf für kostenaufwändige Ernährung wegen der ärztlich bestätigten Zöliakie (§ 30 Abs. 5 SGB XII). Ihre Altersrente (Versicherungsnummer [[SSN|{_ssn15}]]) wird als Einkommen angerechnet. Die Beiträge zur Kranken- und Pflegeversicherung (Krankenversichertennummer [[KV|{g.health_insurance()}]]) werden direkt an Ihre Krankenkasse gezahlt.

Die Zahlung erfolgt monatlich im Voraus auf das Konto [[IBAN|{g.iban_de()}]].

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Hansestadt Lüneburg erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Dörte Meinecke]]""", ["HEALTH"])

# 16 ----------------------------------------------------------- Ausländerbehörde, Anhörung
doc("word", "auslaenderbehoerde-anhoerung", f"""Hansestadt Lüneburg
Bereich Ausländerangelegenheiten

Gegen Empfangsbekenntnis
Herrn
[[P|Khalil Murad Haso]]
[[A|Stadtkoppel 15]]
[[A|21337 Lüneburg]]

Az.: [[AZ|32.4-IRQ-2291]]
Datum: 26.11.2026

Anhörung gemäß § 28 VwVfG vor Ablehnung Ihres Antrags auf Erteilung einer Niederlassungserlaubnis

Sehr geehrter Herr [[P|Haso]],

mit Bescheid des Bundesamts für Migration und Flüchtlinge vom 14.05.2018 wurde Ihnen als jesidischem Glaubensangehörigen aus dem Distrikt Sindschar die Flüchtlingseigenschaft zuerkannt. Am 02.09.2026 haben Sie die Niederlassungserlaubnis nach § 26 Abs. 3 AufenthG beantragt.

Nach derzeitigem Stand kann dem Antrag nicht entsprochen werden, weil der Lebensunterhalt nicht überwiegend gesichert ist und der Nachweis hinreichender Deutschkenntnisse (Niveau B1) fehlt. Ihr irakischer Reisepass Nr. [[PASS|A{g.digits(8)}]] ist zudem am 30.06.2026 abgelaufen.

Für Ihre Ehefrau [[P|Gule Khalaf]] (geb. [[DOB|01.07.1990]]) und die Kinder [[P|Dilvin]] und [[P|Azad Haso]] gilt diese Anhörung nicht; deren Verfahren werden gesondert geführt.

Sie erhalten Gelegenheit, sich bis zum 28.12.2026 schriftlich oder zur Niederschrift zu äußern. Ihre Aufenthaltserlaubnis gilt bis zur Entscheidung fort (§ 81 Abs. 4 AufenthG).

Im Auftrag
[[P|Jutta Grünhagen]]""", ["RELIGION"])

# 17 ----------------------------------------------------------- Jugendamt, Aktenvermerk
doc("word", "jugendamt-aktenvermerk-hausbesuch", f"""Aktenvermerk

Fachbereich Familie und Bildung – Allgemeiner Sozialer Dienst
Az.: [[AZ|51.2-ASD-1480/26]]
Hausbesuch am 24.11.2026, 10:00–11:15 Uhr, [[A|Goseburgstraße 60]], [[N|Whg. 11]]
Anwesend: Frau [[P|Marzia Rahimi]] (Kindesmutter), die Kinder [[P|Ali Reza]] (7) und [[P|Setayesh]] (3), Dolmetscherin (Dari) Frau [[P|Parwin Sultani]], [[P|Kerstin Lüdemann]] (ASD)

Frau [[P|Rahimi]] berichtete, dass sie seit der Geburt der Tochter wegen einer mittelgradigen depressiven Episode in Behandlung ist und Medikamente nimmt; die Termine in der Institutsambulanz nehme sie regelmäßig wahr. Die Wohnung war aufgeräumt, die Kinder wirkten altersgerecht versorgt. [[P|Ali Reza]] besucht die 2. Klasse der Grundschule, [[P|Setayesh]] steht auf der Warteliste für einen Krippenplatz.

Zur Vaterschaft: Das vom Amtsgericht eingeholte Abstammungsgutachten (DNA-Analyse) hat ergeben, dass Herr [[P|Farid Noori]], geb. [[DOB|15.04.1989]], der Vater von [[P|Setayesh]] ist. Herr [[P|Noori]] lebt in Hamburg und zahlt bisher keinen Unterhalt; die Beistandschaft wird eingeleitet.

Nächster Termin: 12.01.2027. Frau [[P|Rahimi]] ist unter [[T|0176 / 22 19 43 78]] erreichbar.

[[P|K. Lüdemann]]""", ["HEALTH", "GENETIC"])

# 18 ----------------------------------------------------------- Personalamt, BEM
doc("word", "personalamt-bem-gespraechsvermerk", f"""Gesprächsvermerk – Betriebliches Eingliederungsmanagement (vertraulich)

Datum: 19.11.2026, 14:00 Uhr, Raum 3.07
Beschäftigter: [[P|Maik Ebermann]], Straßenbetriebshof, Personalnummer [[N|100 4471]]
Teilnehmende: [[P|Christiane Wulf-Rasmussen]] (Personalamt), [[P|Doris Lehnhoff]] (Personalrat) und auf Wunsch von Herrn [[P|Ebermann]] [[P|Ralf Dziedzic]] als Vertreter der Gewerkschaft ver.di, deren Mitglied er ist.

Herr [[P|Ebermann]] war in den vergangenen zwölf Monaten an 71 Arbeitstagen arbeitsunfähig, überwiegend wegen eines Bandscheibenvorfalls (L4/L5) und der anschließenden Reha in Bad Bevensen. Er darf derzeit nicht mehr als 10 kg heben und keine Arbeiten mit Vibrationsbelastung ausführen.

Vereinbart wurde:
1. stufenweise Wiedereingliederung ab 07.12.2026 (4 Wochen, 4 bis 6 Stunden täglich);
2. Arbeitsplatzbegehung durch die Fachkraft für Arbeitssicherheit, Herrn [[P|Seemann]];
3. Prüfung eines Wechsels in die Disposition des Betriebshofs.

Herr [[P|Ebermann]] ist für Rückfragen privat unter [[T|0172-4 83 19 06]] erreichbar. Nächstes Gespräch im Februar 2027.

[[P|Wulf-Rasmussen]]""", ["HEALTH", "UNION"])

# 19 ----------------------------------------------------------- Vergabestelle, Niederschrift
doc("word", "vergabe-niederschrift-angebotsoeffnung", f"""Niederschrift über die Öffnung der Angebote

Vergabestelle der Hansestadt Lüneburg
Vergabe-Nr.: V 2026/117 – Sanierung der Gehwege im Roten Feld, Los 1
Öffnungstermin: 27.11.2026, 11:00 Uhr, Sitzungsraum 1.02
Verhandlungsleiterin: [[P|Anja Siemers]]; Schriftführer: [[P|Thorsten Kück]]

Bis zum Ablauf der Angebotsfrist sind drei Angebote elektronisch eingegangen:

1. Tiefbau [[P|Sönke Meyerhoff]] e.K., [[A|Bleckeder Landstraße 71]], [[A|21337 Lüneburg]], USt-IdNr. [[VAT|{g.vat_id()}]] – Angebotssumme 184.322,10 EUR brutto
2. Straßen- und Tiefbau Nordheide GmbH, [[N|Postfach 11 63]], [[N|21413 Winsen (Luhe)]], USt-IdNr. [[VAT|{(lambda v: v[:2] + ' ' + v[2:5] + ' ' + v[5:8] + ' ' + v[8:])(g.vat_id())}]] – Angebotssumme 171.905,44 EUR brutto
3. Bauunternehmung [[P|Josef Huber]] jun., [[A|Kapellenweg 4]], [[A|84036 Landshut]], Steuernummer [[TNR|{g.tax_number_bavaria()}]] – Angebotssumme 199.870,00 EUR brutto

Das Angebot zu 2 ist nicht in Textform mit Namen des Erklärenden versehen; über den Ausschluss entscheidet die Vergabestelle nach Prüfung. Bieter waren bei der Öffnung nicht anwesend.

Lüneburg, 27.11.2026
gez. [[P|Siemers]]          gez. [[P|Kück]]""")

# 20 ----------------------------------------------------------- Stadtkasse, Mahnung Gewerbesteuer
doc("word", "stadtkasse-mahnung-gewerbesteuer", f"""Hansestadt Lüneburg – Stadtkasse
[[N|Am Ochsenmarkt 1]], [[N|21335 Lüneburg]]

Imbiss Beirut
Inhaber [[P|Rami El-Zein]]
[[A|Am Sande 47]]
[[A|21335 Lüneburg]]

Kassenzeichen: [[AZ|7.2025.402219]]
Steuernummer: [[TNR|{tnr_nds_federal()}]]
Lüneburg, 30.11.2026

Mahnung

Sehr geehrter Herr [[P|El-Zein]],

nach unseren Unterlagen ist die Gewerbesteuer-Vorauszahlung für das 4. Quartal 2026 in Höhe von 1.240,00 EUR, fällig am 15.11.2026, noch nicht eingegangen. Hinzu kommen ein Säumniszuschlag von 12,00 EUR (§ 240 AO) und eine Mahngebühr von 5,00 EUR. Bitte überweisen Sie den Gesamtbetrag von 1.257,00 EUR bis zum 14.12.2026 auf das Konto der Stadtkasse bei der Sparkasse Lüneburg, IBAN [[N|{CITY_IBAN}]].

Sollten Sie den Betrag inzwischen gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos. Bei Fragen erreichen Sie [[P|Jens Tödter]] unter [[T|04131 309-3802]] oder [[N|stadtkasse@stadt.lueneburg.de]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Tödter]]""")

# 21 ----------------------------------------------------------- Schulverwaltung, Zuweisung
doc("word", "schulverwaltung-zuweisung", f"""Hansestadt Lüneburg
Fachbereich Familie und Bildung – Schulverwaltung

Herrn und Frau
[[P|Abdirahman Mohamed Ali]] und [[P|Faadumo Hassan Nuur]]
[[A|Im Wendischen Dorfe 28 b]]
[[A|21335 Lüneburg]]

Unser Zeichen: [[AZ|40.1-SZ-0588/26]]
Lüneburg, 23.11.2026

Zuweisung an eine Grundschule

Sehr geehrte Eltern,

Ihre Tochter [[P|Hodan Abdirahman Mohamed]], geboren am [[DOB|30.08.2018]], ist nach Ihrem Zuzug aus Neumünster in Lüneburg schulpflichtig. Sie wird mit Wirkung vom 01.12.2026 der Grundschule Hasenburg, Klasse 3, zugewiesen. Die Schule ist informiert. Bitte begleiten Sie [[P|Hodan]] am ersten Schultag um 7:45 Uhr ins Sekretariat (Telefon [[N|04131 309-6620]]).

Für die Schülerbeförderung ist ein Antrag beim Landkreis Lüneburg zu stellen. Über Sprachfördermaßnahmen informiert Sie die Schulleitung.

Mit freundlichen Grüßen
Im Auftrag
[[P|Marion Aufderheide]]""")

# 22 ----------------------------------------------------------- Personalamt, Einladung Vorstellungsgespräch
doc("word", "personalamt-einladung-vorstellung", f"""Hansestadt Lüneburg · Personal und Organisation

Frau
[[P|Dr. Adaeze Okafor]]
[[A|Schießgrabenstraße 3a]]
[[A|21335 Lüneburg]]

Kennziffer der Ausschreibung: 2026-48
Lüneburg, 20.11.2026

Einladung zum Vorstellungsgespräch – Referentin (m/w/d) Klimaanpassung

Sehr geehrte Frau Dr. [[P|Okafor]],

vielen Dank für Ihre Bewerbung. Wir laden Sie zum Vorstellungsgespräch am Mittwoch, 9. Dezember 2026, um 13:30 Uhr in Raum 0.12 des Rathauses ein. Der Auswahlkommission gehören Stadtbaurat Prof. [[P|Dr. Carl-Philipp zu Hardenau]], die Gleichstellungsbeauftragte [[P|Gülay Karaca-Meinhardt]] und ein Mitglied des Personalrats an. Da Sie uns Ihre Schwerbehinderung (GdB 50) mitgeteilt haben, nimmt außerdem die Vertrauensperson der schwerbehinderten Menschen, Herr [[P|Uwe Harneit]], teil. Der Raum ist barrierefrei über den Aufzug erreichbar.

Bitte bestätigen Sie den Termin bis 02.12.2026 unter [[T|04131 309-3146]] oder [[E|nadine.kruse@stadt.lueneburg.de]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Nadine Kruse]]""", ["HEALTH"])

# 23 ----------------------------------------------------------- Straßenverkehrsbehörde, Parkausweis
doc("word", "strassenverkehr-parkausweis-bescheid", f"""Hansestadt Lüneburg
Straßenverkehrsbehörde

Herrn
[[P|Franz Xaver Obermaier]]
[[A|Ochtmisser Kirchsteig 19]]
[[A|21339 Lüneburg]]

Az.: [[AZ|36.3-aG-2026-0219]]
Lüneburg, 18.11.2026

Ausnahmegenehmigung nach § 46 Abs. 1 Nr. 11 StVO – Parkausweis für Menschen mit außergewöhnlicher Gehbehinderung

Sehr geehrter Herr [[P|Obermaier]],

auf Ihren Antrag vom 02.11.2026 erteile ich Ihnen die Ausnahmegenehmigung. Grundlage ist Ihr Schwerbehindertenausweis mit dem Merkzeichen „aG" (GdB 80). Der blaue EU-Parkausweis Nr. [[N|0219/26]] ist bis 30.11.2031 gültig und gilt in jedem Fahrzeug, mit dem Sie befördert werden, etwa im Pkw Ihrer Tochter [[P|Theresia Lindemann]] ([[KFZ|LG-TL 512]]) oder in Ihrem eigenen Fahrzeug [[KFZ|LA-FX 1941]]. Legen Sie ihn beim Parken gut lesbar hinter die Windschutzscheibe.

Über Ihren zusätzlichen Antrag auf einen personengebundenen Behindertenparkplatz vor dem Haus entscheide ich nach der Ortsbesichtigung gesondert. Die Genehmigung ist gebührenfrei.

Mit freundlichen Grüßen
Im Auftrag
[[P|Heiko Bartels]]""", ["HEALTH"])

# 24 ----------------------------------------------------------- Bauaufsicht, Anhörung
doc("word", "bauaufsicht-anhoerung-nutzungsuntersagung", f"""Hansestadt Lüneburg · Bauaufsicht
Az.: [[AZ|63-BV-2026-0977]]

Frau
[[P|Sieglinde Voigt]]
[[A|Hasenburger Damm 140]]
[[A|21339 Lüneburg]]

Lüneburg, 26.11.2026

Anhörung zur beabsichtigten Nutzungsuntersagung – Gemarkung Lüneburg, Flur 31, Flurstück 46/3

Sehr geehrte Frau [[P|Voigt]],

bei einer Ortsbesichtigung am 05.11.2026 wurde festgestellt, dass das Gartenhaus auf Ihrem Grundstück [[A|Am Kreideberg 9]] zu Wohnzwecken genutzt wird. Nach Auskunft Ihres Sohnes, Herrn [[P|Ronny Voigt]], wohnt dort seit dem Frühjahr sein Bekannter, Herr [[P|Mirko Schädlich]]. Das Grundstück liegt im Geltungsbereich des Bebauungsplans Nr. 156 „Kreideberg-Nord", der dort nur Kleingärten festsetzt. Eine Baugenehmigung für eine Wohnnutzung liegt nicht vor.

Ich beabsichtige, die Nutzung des Gartenhauses zu Wohnzwecken mit einer Frist von drei Monaten zu untersagen und für den Fall der Zuwiderhandlung ein Zwangsgeld von 2.500,00 EUR anzudrohen. Vor einer Entscheidung gebe ich Ihnen Gelegenheit, sich bis zum 21.12.2026 zu äußern (§ 28 VwVfG i. V. m. § 1 NVwVfG).

Ansprechpartner: Herr [[P|Lennart Brockmöller]], Zimmer 4.03, Telefon [[T|04131 309-3627]]

Im Auftrag
[[P|L. Brockmöller]]""")

# 25 ----------------------------------------------------------- Ratsanfrage
doc("word", "ratsanfrage-schulweg", f"""Gruppe Bürgerliste/Unabhängige im Rat der Hansestadt Lüneburg
Ratsherr [[P|Hauke Thormählen]] · [[A|Rotenbleicher Weg 8]] · [[A|21335 Lüneburg]] · [[T|0171 883 40 12]] · [[E|hauke.thormaehlen@rat-lg.de]]

An die Oberbürgermeisterin
Frau [[P|Dr. Friederike von der Lühe]]
– im Hause –

Anfrage gemäß § 56 NKomVG zur Sitzung des Rates am 17.12.2026: Schulwegsicherheit an der Ebensberger Allee

Sehr geehrte Frau Oberbürgermeisterin,

Anwohnerinnen und Anwohner haben mich auf die gefährliche Querung an der Ebensberger Allee in Höhe der Bushaltestelle hingewiesen, die täglich von rund 200 Schulkindern genutzt wird. Ich frage die Verwaltung:

1. Wie viele Unfälle mit Beteiligung von Schulkindern hat die Polizeiinspektion an dieser Stelle 2024 bis 2026 registriert?
2. Wird die Anordnung von Tempo 30 nach § 45 Abs. 9 StVO geprüft, und bis wann?
3. Ist eine Querungshilfe im Haushalt 2027 vorgesehen?

Eine Anwohnerin, Frau [[P|Gerda Wilkens]], hat der Verwaltung hierzu bereits am 3. September geschrieben; ihr Schreiben liegt dieser Anfrage mit ihrem Einverständnis bei.

Mit freundlichen Grüßen
[[P|Hauke Thormählen]]""")

# 26 ----------------------------------------------------------- Widerspruch by a lawyer
doc("outlook", "widerspruch-elternbeitrag", f"""Betreff: Widerspruch gegen Elternbeitragsbescheid vom 03.11.2026 – Az. [[AZ|51.4-EB-22817]] – Mdt. [[P|Dimitrov]]

Sehr geehrte Damen und Herren,

in der Angelegenheit
[[P|Kaloyan Dimitrov]] und [[P|Radostina Dimitrova]], [[A|Bardowicker Straße 26]], [[A|21335 Lüneburg]],
wegen Elternbeitrag für [[P|Viktoria Dimitrova]], geb. [[DOB|14.12.2021]] (Kita Rotes Feld),

zeige ich die Vertretung meiner Mandanten an; die Vollmacht ist beigefügt. Namens und im Auftrag meiner Mandanten lege ich gegen den oben genannten Bescheid Widerspruch ein.

Begründung: Der Beitragsberechnung wurde das Einkommen des Jahres 2025 zugrunde gelegt, obwohl Herr [[P|Dimitrov]] seit dem 01.08.2026 arbeitslos ist und Arbeitslosengeld bezieht. Maßgeblich ist nach der Satzung das Einkommen des laufenden Jahres. Den Bewilligungsbescheid der Agentur für Arbeit sowie den Einkommensteuerbescheid 2025 (Steuer-IdNr. des Herrn [[P|Dimitrov]]: [[TID|{(lambda t: t[:2] + ' ' + t[2:5] + ' ' + t[5:8] + ' ' + t[8:])(g.tax_id())}]]) füge ich bei.

Zu viel gezahlte Beiträge erstatten Sie bitte auf das Konto meiner Mandanten: [[IBAN|{group(g.iban_de(), 4)}]].

Mit freundlichen Grüßen
[[P|Nikola Marković]]
Rechtsanwalt

Kanzlei [[P|Marković]] · [[A|Postfach 21 08]] · [[A|21311 Lüneburg]]
Tel. [[T|(04131) 2 64 88-0]] · [[E|kanzlei@ra-markovic.de]]""")

# 27 ----------------------------------------------------------- Presseanfrage
doc("outlook", "presseanfrage-vergabe", f"""Betreff: Presseanfrage: Vergabe Gehwegsanierung Rotes Feld

Sehr geehrte Damen und Herren der Pressestelle,

die CDU-Fraktion hat in der letzten Sitzung des Bauausschusses kritisiert, dass die Gehwegsanierung im Roten Feld erneut ausgeschrieben werden musste. Für einen Bericht in der Landeszeitung bitte ich bis Donnerstag, 12 Uhr, um Antworten auf folgende Fragen:

1. Wie hoch sind die Mehrkosten gegenüber der ersten Ausschreibung?
2. Trifft es zu, dass das günstigste Angebot aus formalen Gründen ausgeschlossen wurde?
3. Wie bewertet Stadtbaurätin [[P|Heike Gundlach]] die Verzögerung für die Anwohner?

Gern auch telefonisch, ich bin heute bis 18 Uhr in der Redaktion.

Beste Grüße
[[P|Ananya Krishnamurthy]]
Redakteurin Lokales
Landeszeitung für die Lüneburger Heide
Tel. [[T|04131 740-2217]] · mobil [[T|0160 98 12 33 45]]
[[E|a.krishnamurthy@landeszeitung.de]]""")

# 28 ----------------------------------------------------------- Vollmacht
doc("word", "vollmacht-ausweisabholung", f"""Vollmacht

Ich, [[P|Waltraud Behn]], geb. [[DOB|12.05.1944]] in Stettin, wohnhaft [[A|Am Weißen Turm 5]], [[A|21339 Lüneburg]], Personalausweis-Nr. [[IDC|{g.id_card()}]],

bevollmächtige hiermit meinen Enkel

[[P|Jannik Behn]], geb. am [[DOB|27.02.2001]], wohnhaft [[A|Salzstraße am Wasser 11]], [[A|21335 Lüneburg]], Ausweis-Nr. [[IDC|{g.id_card(check_digit=True)}]],

meinen neuen Personalausweis sowie den PIN-Brief beim Bürgeramt der Hansestadt Lüneburg für mich abzuholen und den alten Ausweis abzugeben. Die Vollmacht gilt nur für diesen Vorgang.

Lüneburg, den 24.11.2026

[[P|Waltraud Behn]]
(Unterschrift der Vollmachtgeberin)""")

# 29 ----------------------------------------------------------- Beschwerde, political membership
doc("outlook", "beschwerde-infostand", f"""Betreff: Beschwerde über einen Mitarbeiter des Ordnungsamts – Infostand am 21.11.

Sehr geehrte Damen und Herren,

ich bin Mitglied der Partei Volt und habe am Samstag, 21.11.2026, mit zwei Parteifreunden einen angemeldeten Infostand Am Sande betreut (Sondernutzungserlaubnis vom 10.11.2026, Az. [[AZ|32.1-SN-4471/26]]). Gegen 11:30 Uhr kam ein Mitarbeiter des Ordnungsamts, der sich als Herr [[P|Gerdes]] vorstellte, und forderte uns in herablassendem Ton auf, den Stand sofort abzubauen. Als ich ihm die Erlaubnis zeigte, sagte er, Leute wie wir bräuchten hier gar nicht zu werben. Die zufällig vorbeikommende Streife (Polizeioberkommissar [[P|Jan-Hendrik Ohlsen]]) hat die Erlaubnis dann bestätigt.

Eine Passantin, Frau [[P|Ingrid Maaß]], hat das Gespräch mitbekommen und ist bereit, es zu bestätigen ([[T|04131 / 5 18 02]]).

Ich bitte um Aufklärung und eine Stellungnahme.

Mit freundlichen Grüßen
[[P|Vesna Kovačević]]
[[A|Kalandstraße 3]], [[A|21335 Lüneburg]]
[[E|vesna.kovacevic@posteo.de]]""", ["POLITICS"])

# 30 ----------------------------------------------------------- Antrag in Formularform
_ssn30 = g.social_security("031139", "K")
doc("word", "sozialamt-antrag-hilfe-zur-pflege", f"""Antrag auf Hilfe zur Pflege nach dem SGB XII
Hansestadt Lüneburg – Fachbereich Soziales

1. Angaben zur antragstellenden Person
Name: [[P|Kowalczyk]]
Vorname: [[P|Henryka]]
Geburtsname: [[P|Pawlak]]
Geburtsdatum: [[DOB|03.11.1939]]          Geburtsort: Gliwice (Polen)
Familienstand: verwitwet
Anschrift: Pflegeheim Haus Ilmenau, [[A|Am Graalwall 12]], [[A|21335 Lüneburg]]
Rentenversicherungsnummer: [[SSN|{ssn_spaced(_ssn30)}]]
Pflegekasse / Krankenversichertennummer: AOK Niedersachsen, [[KV|{g.health_insurance()}]]
Pflegegrad: 4 (seit 01.03.2026), vollstationäre Pflege
Diagnose laut Gutachten: Demenz vom Alzheimer-Typ

2. Bevollmächtigte/r bzw. Betreuer/in
Name, Vorname: [[P|Kowalczyk, Andreas]]
Verhältnis zur antragstellenden Person: Sohn
Anschrift: [[A|Rübekamp 7]], [[A|21365 Adendorf]]
Telefon: [[T|0171 / 390 44 21]]     E-Mail: [[E|andreas.kowalczyk@web.de]]

3. Bankverbindung für Zahlungen
Kontoinhaberin: [[P|Henryka Kowalczyk]]
IBAN: [[IBAN|{g.iban_de()}]]

Ich versichere, dass die Angaben vollständig und richtig sind.

Adendorf, 22.11.2026          [[P|A. Kowalczyk]]""", ["HEALTH"])


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "fresh7.jsonl")
    assert len(DOCS) == 30, len(DOCS)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for i, (channel, template, text, flags) in enumerate(DOCS, 1):
            f.write(json.dumps(build(i, channel, template, text, flags), ensure_ascii=False) + "\n")
    print(f"{len(DOCS)} documents -> {out}")


if __name__ == "__main__":
    main()
