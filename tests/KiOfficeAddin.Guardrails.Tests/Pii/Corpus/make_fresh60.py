#!/usr/bin/env python3
"""Held-out batch 60: an invented town (Stadt Grenzweiler, 66359) in Saarland at the French border.
Writes fresh60.jsonl next to this script. Identifiers with check digits come from identifiers.Identifiers(6060);
the French NIR (not covered there) gets its mod-97 key computed here."""
import json
import os
import sys

CORPUS = os.path.dirname(os.path.abspath(__file__))  # marks.py and identifiers.py sit beside this file
sys.path.insert(0, CORPUS)
from marks import build  # noqa: E402
from identifiers import Identifiers, group  # noqa: E402

I = Identifiers(6060)


def iban_de():
    return group(I.iban_de(), 4)


def nir(sex, yy, mm, dept, commune, order):
    head = f"{sex}{yy}{mm}{dept}{commune}{order}"
    key = 97 - int(head) % 97
    return f"{sex} {yy} {mm} {dept} {commune} {order} {key:02d}"


# --- identifiers -----------------------------------------------------------------------------------------------
IB1 = iban_de()
IB2 = group(I.iban("FR", 23), 4)
IB3 = group(I.iban("LU", 16), 4)
IB4 = iban_de()
IB5 = I.iban_de()
IB6 = group(I.iban("FR", 23), 4)
TID1 = I.tax_id()
TID2 = I.tax_id()
t3 = I.tax_id()
TID3 = f"{t3[:2]} {t3[2:5]} {t3[5:8]} {t3[8:]}"
TNR1 = I.tax_number_bavaria()
TNR2 = I.tax_number_bavaria()
VAT1 = I.vat_id()
VAT2 = I.vat_id()
IDC1 = I.id_card(check_digit=True)
IDC2 = I.id_card()
PASS1 = I.passport(check_digit=True)
PASS2 = I.passport()
SSN1 = I.social_security("140352", "K")
s2 = I.social_security("230788", "M")
SSN2 = f"{s2[:2]} {s2[2:8]} {s2[8]} {s2[9:]}"
SSN3 = nir("1", "84", "07", "57", "227", "118")
KV1 = I.health_insurance()
KV2 = I.health_insurance()
KV3 = I.health_insurance()
CC1 = group(I.credit_card("4", 16), 4)
CC2 = I.credit_card("5", 16)

CITY_TEL = "[[N|06898 7070-0]]"
CITY_FAX = "[[N|06898 7070-199]]"
CITY_MAIL = "[[N|buergerbuero@grenzweiler.de]]"
CITY_IBAN = "[[N|DE12 5905 0101 0000 4711 00]]"
HEAD = "Stadt Grenzweiler · Der Oberbürgermeister"

DOCS = []


def doc(channel, template, marked, flags=()):
    DOCS.append((channel, template, marked, list(flags)))


# 1 Standesamt: Anmeldung Eheschließung, French bride
doc("word", "standesamt_eheschliessung", f"""{HEAD}
Standesamt
Rathausplatz 1 · 66359 Grenzweiler

Frau
[[P|Élodie Marchetti]]
[[A|14, rue des Mineurs]]
[[A|F-57600 Forbach]]

Unser Zeichen: [[AZ|StA 12-2025/0388]]
Grenzweiler, 04.09.2025

Anmeldung zur Eheschließung mit Herrn [[P|Tobias Kettenhofen]]

Sehr geehrte Frau [[P|Marchetti]],

vielen Dank für Ihren Besuch in unserem Standesamt am 28. August. Für die Anmeldung Ihrer Eheschließung liegen uns bereits folgende Unterlagen vor:

- Ihr Reisepass Nr. [[PASS|19CK83027]] (République française)
- Reisepass Ihres Verlobten Nr. [[PASS|{PASS1}]]
- Geburtsurkunde Ihres Verlobten, geb. am [[DOB|11.02.1991]] in Saarlouis
- Meldebescheinigung von Herrn [[P|Kettenhofen]], [[A|Bergmannsweg 7]], [[A|66359 Grenzweiler]]

Es fehlt noch eine internationale Geburtsurkunde (Extrait d'acte de naissance plurilingue) aus Metz, die nicht älter als sechs Monate sein darf. Da Sie französische Staatsangehörige sind, prüfen wir außerdem, ob eine Befreiung von der Beibringung des Ehefähigkeitszeugnisses nach § 1309 BGB erforderlich ist; hierüber entscheidet das Oberlandesgericht Saarbrücken.

Als Wunschtermin haben Sie Samstag, den 16.05.2026, im Trauzimmer der Alten Schmelz genannt. Die Gebühr für die Trauung außerhalb der Öffnungszeiten beträgt 120,00 EUR.

Bei Fragen erreichen Sie uns unter {CITY_TEL}.

Mit freundlichen Grüßen
Im Auftrag

[[P|Ursula Backes-Quint]]
Standesbeamtin""")

# 2 French-speaking commuter e-mail, Ummeldung
doc("outlook", "ummeldung", f"""Von: [[P|Jean-Baptiste Lorrain]] <[[E|jb.lorrain@orange.fr]]>
An: {CITY_MAIL}
Betreff: Ummeldung – Frage wegen Wohnung

Bonjour, guten Tag,

ich bitte um Entschuldigung für mein Deutsch. Ich bin Grenzgänger und arbeite seit 2019 in Luxemburg bei ArcelorMittal in Esch. Ab 1. Oktober wohne ich nicht mehr in Frankreich, ich ziehe mit meiner Frau [[P|Nadia]] und unserem Sohn [[P|Louis]] nach Grenzweiler in die [[A|Saarbrücker Straße 112a]].

Meine Frage: muss ich mich in die erste zwei Wochen anmelden oder kann ich auch später kommen, weil ich arbeite in Schicht? Muss ich auch unser Auto ummelden, es hat noch französische Kennzeichen [[KFZ|FL-527-RB]]? Und brauchen wir eine Wohnungsgeberbestätigung von dem Vermieter, Herr [[P|Schwindling]]?

Meine Adresse bis jetzt ist [[A|3 Impasse des Acacias]], [[A|57350 Stiring-Wendel]].
Vous pouvez m'appeler aussi: [[T|+33 6 12 48 90 37]] oder in Luxemburg auf der Arbeit [[T|+352 621 447 209]].

Merci beaucoup et cordialement
[[P|J.-B. Lorrain]]""")

# 3 Miner's pension case, internal note Sozialamt
doc("word", "aktennotiz_knappschaft", f"""Aktenvermerk – Sozialamt, Sachgebiet Grundsicherung im Alter
Az.: [[AZ|50.2-GS-2025-0917]]

Betr.: Herr [[P|Reinhold Altmeyer]], geb. [[DOB|14.03.1952]], [[A|Zechenstraße 22]], [[A|66359 Grenzweiler-Velsen]]
hier: Vorrangige Leistungen der Knappschaft

Gespräch am 02.10.2025 im Büro mit Herrn [[P|Altmeyer]] und seiner Tochter, Frau [[P|Sabine Feld geb. Altmeyer]] (Tel. [[T|0176 22819035]]).

Herr [[P|Altmeyer]] war von 1968 bis 1996 unter Tage auf der Grube Warndt beschäftigt. Er bezieht eine Knappschaftsrente (Rentenversicherungsnummer [[SSN|{SSN1}]]) in Höhe von 1.184,37 EUR netto. Seit 2021 ist bei ihm eine Silikose (Quarzstaublunge) festgestellt; nach Angabe der Tochter wird derzeit ein Verfahren auf Anerkennung als Berufskrankheit Nr. 4101 bei der BG RCI geführt. Die Anerkennung würde eine Verletztenrente auslösen, die auf die Grundsicherung anzurechnen wäre.

Herr [[P|Altmeyer]] ist seit 1970 Mitglied der IG BCE; der Rechtsschutz der Gewerkschaft vertritt ihn im BK-Verfahren (Ansprechpartner dort: Herr [[P|Wolfgang Hoor]]).

Krankenversichertennummer (KBS): [[KV|{KV1}]]

Weiteres Vorgehen:
1. Erstattungsanspruch nach § 104 SGB X bei der BG anmelden (Frist beachten).
2. Bescheid der Knappschaft vom 12.06.2025 zur Akte nehmen.
3. Wiedervorlage 15.12.2025.

[[P|Kerstin Bost]], 02.10.2025""", ["HEALTH", "UNION"])

# 4 Wohngeld Bescheid
doc("word", "wohngeld_bescheid", f"""{HEAD}
Amt für Soziales und Wohnen – Wohngeldstelle

Herrn
[[P|Dariusz Wójcik]]
[[A|Am Hüttenpark 5]]
[[A|66359 Grenzweiler]]

Wohngeldnummer: [[AZ|WG-0463-2025]]
Datum: 18.08.2025

Bewilligung von Wohngeld (Mietzuschuss)

Sehr geehrter Herr [[P|Wójcik]],

auf Ihren Antrag vom 03.07.2025 wird Ihnen für den Bewilligungszeitraum 01.07.2025 bis 30.06.2026 Wohngeld in Höhe von monatlich 287,00 EUR bewilligt. Bei der Berechnung wurden drei zu berücksichtigende Haushaltsmitglieder (Sie, Ihre Ehefrau [[P|Katarzyna Wójcik]] und Ihre Tochter [[P|Zuzanna]]) sowie eine Bruttokaltmiete von 640,00 EUR zugrunde gelegt (Mietstufe II, § 12 WoGG).

Das Wohngeld wird monatlich im Voraus auf Ihr Konto
IBAN [[IBAN|{IB1}]]
überwiesen.

Sie sind verpflichtet, jede Änderung der Haushaltsgröße, der Miete oder des Einkommens unverzüglich mitzuteilen (§ 27 WoGG). Eine Rechtsbehelfsbelehrung liegt bei.

Mit freundlichen Grüßen
Im Auftrag
[[P|Heike Sträßer]]

Bankverbindung der Stadtkasse: {CITY_IBAN} · Telefon {CITY_TEL} · Fax {CITY_FAX}""")

# 5 Wohngeld informal lowercase mail
doc("outlook", "wohngeld_mail", f"""Betreff: wohngeld weiterbewilligung

hallo frau [[P|sträßer]],

ich hab den weiterbewilligungsantrag letzte woche in den briefkasten am rathaus geworfen, aber jetzt fällt mir ein das die lohnabrechnungen von juli und august fehlen. mein mann [[P|mehmet]] hat die erst gestern bekommen. kann ich die einfach per mail schicken oder muss das im original sein??

unsere wohngeldnummer weiß ich nicht mehr, wir wohnen [[A|lothringer str. 41]], 2. stock.

lg
[[P|ayşe yıldırım]]
[[T|0157 3318 2046]]""")

# 6 Ordnungsamt: French plate
doc("word", "anhoerung_ordnungswidrigkeit", f"""{HEAD}
Ordnungsamt – Verkehrsüberwachung

Monsieur
[[P|Patrick Wagner-Hoffmann]]
[[A|27 avenue de la République]]
[[A|57150 Creutzwald]]
FRANKREICH

Aktenzeichen: [[AZ|OA-VÜ 2025-118442]]

Anhörung im Bußgeldverfahren / Audition dans une procédure d'amende

Sehr geehrter Herr [[P|Wagner-Hoffmann]],

dem Fahrzeug mit dem amtlichen Kennzeichen [[KFZ|GH-318-ZP]] (F) wird vorgeworfen, am 21.07.2025 um 14:32 Uhr in Grenzweiler, Hauptstraße Höhe Hausnummer 60, die zulässige Höchstgeschwindigkeit innerhalb geschlossener Ortschaften um 23 km/h überschritten zu haben (§ 3 Abs. 3, § 49 StVO; Tatbestandsnummer 103636). Das vorgesehene Bußgeld beträgt 150,00 EUR.

Nach Auskunft der französischen Zulassungsbehörde (ANTS) sind Sie Halter des Fahrzeugs. Sie haben Gelegenheit, sich innerhalb von zwei Wochen zu äußern. Sofern Sie nicht selbst gefahren sind, teilen Sie uns bitte Name und Anschrift der Person mit, die das Fahrzeug geführt hat.

Zahlungen bitte unter Angabe des Aktenzeichens auf das Konto der Stadtkasse: {CITY_IBAN}, BIC SAKSDE55XXX.

Mit freundlichen Grüßen
[[P|Marco Di Stefano]]
Sachbearbeiter""")

# 7 Schulamt: Italian family, child with diabetes
doc("outlook", "schulamt_einschulung", f"""Von: [[P|Francesca Lombardi-Recktenwald]] <[[E|f.lombardi@web.de]]>
Gesendet: Montag, 8. September 2025 07:41
An: Schulamt Grenzweiler <[[N|schulamt@grenzweiler.de]]>
Betreff: Einschulung [[P|Matteo]] – Grundschule Am Weiher

Sehr geehrte Damen und Herren,

unser Sohn [[P|Matteo Lombardi]], geboren am [[DOB|27. Juni 2019]], wird zum Schuljahr 2026/27 schulpflichtig. Wir möchten ihn gerne an der Grundschule Am Weiher anmelden statt an der Sprengelschule, weil seine Nonna [[P|Giuseppina Lombardi]] in der [[A|Weiherstraße 9]] wohnt und ihn mittags abholt.

Wichtig: [[P|Matteo]] hat seit letztem Jahr Diabetes Typ 1 und trägt eine Insulinpumpe. Die Diabetologin in Homburg hat uns empfohlen, mit der Schule früh über eine Schulbegleitung zu sprechen. Können Sie uns sagen, wer dafür zuständig ist?

Unsere Adresse: [[A|Via-Roma-Platz 3]], [[A|66359 Grenzweiler]]
Handy: [[T|0171 / 440 92 18]] (ich) oder [[T|0160 9920 3315]] (mein Mann [[P|Stefan]])

Grazie e cordiali saluti
[[P|Francesca Lombardi-Recktenwald]]""", ["HEALTH"])

# 8 Sports club
doc("outlook", "sportverein_zuschuss", f"""Betreff: AW: Zuschuss Flutlichtanlage SV 1919 Grenzweiler-Velsen

Hallo Herr [[P|Klein]],

danke für den Rückruf heute. Wie besprochen hier die Angaben zum Förderantrag:

Verein: SV 1919 Grenzweiler-Velsen e.V., VR 1187 Amtsgericht Saarbrücken
Vorsitzender: [[P|Hans-Jürgen „Hansi“ Schmitt]]
Kassiererin: [[P|Lidia Popescu]]
Maßnahme: Umrüstung Flutlicht Kunstrasenplatz auf LED, Kosten laut Angebot 48.730,00 EUR brutto
beantragter Zuschuss: 30 % nach Nr. 4.2 der Sportförderrichtlinie

Die Unterlagen (Angebot, Vereinsregisterauszug, Haushaltsplan 2026) schicke ich Ihnen bis Freitag. Falls noch was fehlt, bin ich ab 17 Uhr unter [[T|06898 84 27 71]] zu erreichen, tagsüber lieber per Mail.

Sportliche Grüße
[[P|Hansi Schmitt]]
1. Vorsitzender

-----Ursprüngliche Nachricht-----
Von: [[P|Klein, Bernd]] <[[E|b.klein@grenzweiler.de]]>
Gesendet: Dienstag, 14. Oktober 2025 10:12
An: [[E|hansi.schmitt@sv-velsen.de]]
Betreff: Zuschuss Flutlichtanlage SV 1919 Grenzweiler-Velsen

Sehr geehrter Herr [[P|Schmitt]],

für die Bearbeitung Ihres Antrags benötige ich noch die Angaben zum Vorstand und einen aktuellen Registerauszug.

Freundliche Grüße
[[P|Bernd Klein]]
Stadt Grenzweiler, Sport und Ehrenamt
Tel. {CITY_TEL}""")

# 9 Ausländerbehörde: Ukrainian
doc("word", "auslaenderbehoerde_24", f"""{HEAD}
Ausländerbehörde

Frau
[[P|Olena Kovalenko]]
c/o [[P|Halyna Bondarenko]]
[[A|Hüttenstraße 18]]
[[A|66359 Grenzweiler]]

Geschäftszeichen: [[AZ|32.3-UKR-2024-1552]]
Grenzweiler, 22.09.2025

Verlängerung Ihrer Aufenthaltserlaubnis nach § 24 AufenthG

Sehr geehrte Frau [[P|Kovalenko]],

Ihre Aufenthaltserlaubnis gilt nach der Ukraine-Aufenthaltserlaubnis-Fortgeltungsverordnung bis zum 04.03.2026 fort. Für die Ausstellung des neuen elektronischen Aufenthaltstitels bitten wir Sie, am Donnerstag, 09.10.2025, um 10:30 Uhr in Zimmer 1.14 vorzusprechen.

Bitte bringen Sie mit:
- Ihren ukrainischen Reisepass Nr. [[PASS|FX482917]] (gültig bis 2027),
- die Geburtsurkunde Ihres Sohnes [[P|Artem]] (geb. [[DOB|19.11.2016]]),
- ein aktuelles biometrisches Passbild,
- die Bescheinigung des Jobcenters.

Sollten Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte telefonisch unter {CITY_TEL} ab.

Mit freundlichen Grüßen
Im Auftrag
[[P|Tatjana Hein]]""")

# 10 Personalamt: Schwerbehinderung, tax id, SSN, KV
doc("word", "personal_stammdaten", f"""Stadt Grenzweiler – Personalamt
VERTRAULICH – Personalakte

Neueinstellung zum 01.11.2025 – Stammdatenblatt

Name, Vorname: [[P|Nguyen, Thi Thu Hà]]
Geburtsdatum: [[DOB|23.07.1988]]
Anschrift: [[A|Kapellenweg 4]], [[A|66359 Grenzweiler]]
Dienststelle: Bürgeramt, EG 8 TVöD, Stufe 3
Steuer-IdNr.: [[TID|{TID1}]]
Steuerklasse / Konfession: III / rk
Rentenversicherungsnummer: [[SSN|{SSN2}]]
Krankenkasse: AOK Rheinland-Pfalz/Saarland, KVNR [[KV|{KV2}]]
Bankverbindung: [[IBAN|{IB4}]]
Schwerbehinderung: GdB 50 (Bescheid LAS vom 11.04.2023), Zusatzurlaub nach § 208 SGB IX
Notfallkontakt: [[P|Minh Trần]] (Ehemann), [[T|0152 0394 7718]]

Hinweis für die Lohnabrechnung: Kirchensteuermerkmal rk ist im ELStAM-Abruf bestätigt.

erfasst: [[P|S. Weiland]], 14.10.2025""", ["HEALTH", "RELIGION"])

# 11 Bauamt forwarded chain
doc("outlook", "bauamt_nachbarbeschwerde", f"""Von: [[P|Jonas Becker]] <[[E|j.becker@grenzweiler.de]]>
Gesendet: Mittwoch, 1. Oktober 2025 09:05
An: [[P|Petra Zimmer]] <[[E|p.zimmer@grenzweiler.de]]>
Betreff: WG: Carport an der Grundstücksgrenze – Flurstück 412/7

Hallo [[P|Petra]],

zur Info und mit der Bitte um Ortstermin. Bauantrag gibt es laut Register keinen, Vorgang unter [[AZ|BA-63-2025-0734]] angelegt. Plan-Nr. 4.12-B im Bebauungsplan „Am Schachtweg“ lässt nur 3 m Grenzbebauung zu.

Gruß [[P|Jonas]]

---------- Weitergeleitete Nachricht ----------
Von: [[P|Dr. Friedhelm Oberhauser]] <[[E|oberhauser.f@t-online.de]]>
Datum: 29.09.2025 21:47
Betreff: Carport an der Grundstücksgrenze

Sehr geehrte Damen und Herren,

mein Nachbar, Herr [[P|Vitali Schäfer]], [[A|Schachtweg 15]], hat ohne jede Rücksprache einen Carport mit über 9 m Länge direkt an unsere Grenze gebaut, darunter steht seit Wochen ein abgemeldeter Transporter ([[KFZ|SLS-VS 412]]). Das Regenwasser läuft nun auf unser Grundstück [[A|Schachtweg 17]]. Ich bitte um Prüfung, ob hierfür eine Genehmigung vorliegt.

Mit freundlichen Grüßen
[[P|Dr. F. Oberhauser]]
Tel. [[T|06898 93 11 40]]""")

# 12 Steueramt Gewerbesteuer Vietnamese restaurant
doc("word", "gewerbesteuer_bescheid", f"""{HEAD}
Steueramt

Herrn
[[P|Pham Van Long]]
Inhaber „Saigon Bistro“
[[A|Marktplatz 6]]
[[A|66359 Grenzweiler]]

Kassenzeichen: [[AZ|7.800.2025.00318]]
Steuernummer: [[TNR|{TNR1}]]
Datum: 10.10.2025

Bescheid über Vorauszahlungen zur Gewerbesteuer ab dem Erhebungszeitraum 2026

Sehr geehrter Herr [[P|Pham]],

auf Grundlage des Gewerbesteuermessbescheides des Finanzamts Saarbrücken vom 12.09.2025 (Messbetrag 420,00 EUR) und des Hebesatzes von 450 % werden die Vorauszahlungen auf 1.890,00 EUR jährlich festgesetzt, fällig zu je 472,50 EUR am 15.02., 15.05., 15.08. und 15.11.

Ihre bei uns hinterlegte Umsatzsteuer-Identifikationsnummer [[VAT|{VAT1}]] wurde aktualisiert.

Überweisungen bitte nur auf das Konto der Stadtkasse {CITY_IBAN} mit Angabe des Kassenzeichens.

Mit freundlichen Grüßen
Im Auftrag
[[P|Andreas Lauer]]""")

# 13 Jugendamt Hausbesuch
doc("word", "jugendamt_vermerk", f"""Jugendamt Grenzweiler – Allgemeiner Sozialer Dienst
Vermerk Hausbesuch

Familie: [[P|Ionescu]], [[A|Brunnenstraße 33]], 3. OG links
Vorgang: [[AZ|51-ASD-2025-211]]
Datum: 06.10.2025, 15:00–16:10 Uhr
Anwesend: Frau [[P|Mirela Ionescu]] (Mutter), [[P|Andrei]] (9 J.), [[P|Daria]] (5 J.), Fachkraft [[P|L. Hoffmann]], Dolmetscherin Frau [[P|Raluca Stan]]

Die Wohnung ist aufgeräumt, Kinderzimmer mit zwei Betten. Der Vater, Herr [[P|Constantin Ionescu]], arbeitet laut Mutter auf Montage in Luxemburg und ist nur am Wochenende zu Hause.

[[P|Daria]] besucht seit August die Kita St. Barbara. Die Erzieherin hatte eine deutliche Sprachentwicklungsverzögerung und wiederkehrende Mittelohrentzündungen gemeldet; ein Termin beim SPZ Neunkirchen ist für den 20.11. vereinbart. Frau [[P|Ionescu]] wirkt kooperativ und nimmt die Hilfe an.

Vereinbarung: Frühförderung beantragen, Rückmeldung bis Ende Oktober. Mutter erreichbar unter [[T|0176 5502 8841]].

[[P|Lena Hoffmann]]""", ["HEALTH"])

# 14 Luxembourg commuter, partly English, SEPA mandate
doc("outlook", "hundesteuer_sepa", f"""Subject: Hundesteuer / SEPA mandate – Luxembourg bank account

Hello / Guten Tag,

sorry for writing partly in English, my German is still not so good. We moved to Grenzweiler in July ([[A|Im Wiesengrund 12]]) and registered our dog (Beagle, "Pixel") for the Hundesteuer. Kassenzeichen on the letter is [[AZ|6.200.25.01177]].

I would like to pay by direct debit, but our bank account is in Luxembourg because I work there:
Account holder: [[P|Ruairí O'Sullivan]]
IBAN: [[IBAN|{IB3}]]
BIC: BCEELULL

Is a SEPA mandate with a Luxembourg IBAN ok for you? If yes, please send me the form, I will sign it. Otherwise you can charge the first year to my Mastercard [[CC|{CC2}]] (exp. 11/27). My wife [[P|Anja Schwarz-O'Sullivan]] can also come to the Rathaus if needed.

Best regards / Viele Grüße
[[P|Ruairí O'Sullivan]]
Mobile [[T|+352 691 208 433]]
[[E|ruairi.osullivan@pt.lu]]""")

# 15 Kasse credit card
doc("outlook", "kasse_kreditkarte", f"""Betreff: Zahlung Parkausweis Anwohner – Kreditkarte

Guten Tag Frau [[P|Meiser]],

wie heute am Telefon besprochen, bitte ich Sie, die Gebühr für den Bewohnerparkausweis (30,70 EUR, Zone B) von meiner Kreditkarte abzubuchen, da ich derzeit in Montréal bin und keine SEPA-Überweisung machen kann:

Karteninhaber: [[P|Dr. Isabelle Ngo-Fischer]]
Kartennummer: [[CC|{CC1}]]
gültig bis 08/28

Den Parkausweis schicken Sie bitte an meine Adresse [[A|Gartenstraße 2b]], [[A|66359 Grenzweiler]] – für das Fahrzeug [[KFZ|SB-IN 2604]].

Vielen Dank und beste Grüße
[[P|Isabelle Ngo-Fischer]]""")

# 16 Minutes Sozialausschuss – no special category about a person
doc("word", "protokoll_ausschuss", f"""Niederschrift über die 14. Sitzung des Ausschusses für Soziales, Gesundheit und Integration
am Dienstag, 23.09.2025, 17:00 Uhr, Sitzungssaal Rathaus

Anwesend: Vorsitzende [[P|Brigitte Jochum]]; Ausschussmitglieder [[P|Dr. Yusuf Demirtaş]], [[P|Klaus-Dieter Bauer]], [[P|Monika Spaniol]], [[P|Kai Wendel]], [[P|Svetlana Maurer]]; Verwaltung: Beigeordneter [[P|Thomas Reis]], Protokoll [[P|Nicole Gehl]]
Entschuldigt: [[P|Rainer Ost]]

TOP 1 – Genehmigung der Niederschrift vom 01.07.2025: einstimmig genehmigt.

TOP 2 – Bericht Gesundheitsförderung an Grundschulen (Vorlage 2025/118)
Frau [[P|Spaniol]] berichtet über das Zahngesundheitsprogramm. 1.240 Kinder wurden untersucht; die Quote behandlungsbedürftiger Befunde liegt bei 18 %. Herr [[P|Dr. Demirtaş]] regt an, auch die Elternarbeit in türkischer und arabischer Sprache auszubauen.

TOP 3 – Runder Tisch der Religionsgemeinschaften
Der Runde Tisch (katholische und evangelische Gemeinden, DITIB-Moschee, Synagogengemeinde Saar) soll 2026 zweimal tagen. Zuschuss 2.500,00 EUR (HHSt. 3310.5318). Beschluss: 8 Ja, 0 Nein, 1 Enthaltung.

TOP 4 – Verschiedenes
Herr [[P|Wendel]] fragt nach dem Stand der Barrierefreiheit am Bahnhof. Die Verwaltung antwortet schriftlich.

Ende der Sitzung: 18:35 Uhr

[[P|Brigitte Jochum]], Vorsitzende          [[P|Nicole Gehl]], Schriftführerin""")

# 17 Standesamt Kirchenaustritt
doc("word", "kirchenaustritt", f"""Stadt Grenzweiler – Standesamt
Bescheinigung über den Austritt aus einer Religionsgemeinschaft mit öffentlich-rechtlichem Status

Registernummer: [[AZ|KA 2025/0217]]

Vor der Standesbeamtin erschien heute, persönlich bekannt bzw. ausgewiesen durch Personalausweis Nr. [[IDC|{IDC1}]]:

Herr [[P|Sebastian Raphael Kiefer]]
geboren am [[DOB|05.01.1979]] in Völklingen
wohnhaft [[A|Grubenstraße 61]], [[A|66359 Grenzweiler]]

und erklärte seinen Austritt aus der römisch-katholischen Kirche.

Der Austritt wird mit Ablauf des heutigen Tages wirksam. Die Gebühr nach dem Kirchenaustrittsgesetz des Saarlandes in Höhe von 30,00 EUR wurde bar entrichtet. Eine Mitteilung ergeht an das Bistum Trier und an das zuständige Finanzamt.

Grenzweiler, 17.10.2025

[[P|Kiefer]] (Unterschrift Erklärender)

[[P|Ursula Backes-Quint]], Standesbeamtin""", ["RELIGION"])

# 18 Bürgeramt lost ID card, Polish
doc("outlook", "verlustanzeige_ausweis", f"""Betreff: Verlust Personalausweis

Sehr geehrte Damen und Herren,

am Wochenende wurde mir in Saarbrücken auf dem Altstadtfest mein Portemonnaie gestohlen, darin war auch mein Personalausweis (Nummer [[IDC|{IDC2}]]). Die Anzeige bei der Polizeiinspektion Saarbrücken-St. Johann habe ich gemacht, Tagebuchnummer [[AZ|PI-SB 2025/4418812]].

Ich brauche dringend einen vorläufigen Ausweis, weil ich am 30.10. nach Krakau fliege. Kann ich ohne Termin vorbeikommen?

Meine Daten: [[P|Małgorzata Nowak-Biehl]], geb. [[DOB|02.12.1975]], [[A|Friedhofstraße 8]], [[A|66359 Grenzweiler]].

Mit freundlichen Grüßen
[[P|Małgorzata Nowak-Biehl]]
Tel. [[T|+49 160 9781 2233]]""")

# 19 Ordnungsamt Versammlung
doc("word", "versammlung_bestaetigung", f"""{HEAD}
Ordnungsamt – Versammlungsbehörde

Herrn
[[P|Lukas Hennrich]]
[[A|Blumenstraße 29]]
[[A|66359 Grenzweiler]]

Az.: [[AZ|32.1-VS-2025-044]]

Versammlung am Samstag, 08.11.2025 – Bestätigung der Anmeldung

Sehr geehrter Herr [[P|Hennrich]],

wir bestätigen den Eingang Ihrer Anmeldung vom 20.10.2025 für eine ortsfeste Kundgebung auf dem Marktplatz mit dem Thema „Grenze offen halten – Nein zu dauerhaften Grenzkontrollen“. Als Veranstalter haben Sie den Ortsverband Grenzweiler der Partei Die Linke angegeben, als Versammlungsleiter sich selbst, als Stellvertreterin Frau [[P|Samira El-Khoury]].

Erwartet werden ca. 150 Teilnehmende. Die Auflagen (Ordnerzahl 1:50, Lautsprecher nur bis 20 Uhr) entnehmen Sie bitte der Anlage. Für Rückfragen am Versammlungstag ist der Kontaktbeamte der Polizei unter 110 bzw. unser Bereitschaftsdienst unter {CITY_TEL} erreichbar.

Mit freundlichen Grüßen
Im Auftrag
[[P|Fabian Recktenwald]]""", ["POLITICS"])

# 20 Sozialamt Hilfe zur Pflege, dementia, KV
doc("outlook", "hilfe_zur_pflege", f"""Von: [[P|Gabriele Thiel]] <[[E|gabi.thiel@gmx.net]]>
An: [[N|sozialamt@grenzweiler.de]]
Betreff: Antrag Hilfe zur Pflege für meine Mutter – [[AZ|50.3-HzP-2025-0612]]

Sehr geehrter Herr [[P|Schuh]],

anbei wie erbeten die fehlenden Unterlagen für meine Mutter, Frau [[P|Irmgard Thiel]] (geb. [[DOB|30.04.1938]]), die seit August im Seniorenzentrum St. Josef, [[A|Klosterweg 2]], lebt:

- Bescheid der Pflegekasse über Pflegegrad 4 (Diagnose: fortgeschrittene Alzheimer-Demenz)
- Betreuerausweis des Amtsgerichts Saarlouis (ich bin zur Betreuerin bestellt)
- Kontoauszüge der letzten drei Monate
- Versichertenkarte, Nr. [[KV|{KV3}]]

Das Sparbuch meines verstorbenen Vaters [[P|Ewald]] ist seit 2022 aufgelöst, dazu lege ich die Bankbestätigung bei.

Ich bin unter [[T|0681 / 94 71 302]] meistens am Nachmittag erreichbar.

Mit freundlichen Grüßen
[[P|Gabriele Thiel]]
[[A|Am Römerberg 14]]
[[A|66740 Saarlouis]]""", ["HEALTH"])

# 21 Einbürgerung, Kurdish, non-native German
doc("outlook", "einbuergerung_anfrage", f"""Betreff: Frage Einbürgerung

Sehr geehrte Frau [[P|Hein]],

mein Name ist [[P|Rojhat Aydın]], ich wohne seit 2017 in Grenzweiler, [[A|Schillerstraße 70]]. Ich bin kurdischer Herkunft aus Syrien (Afrin) und habe bis jetzt keine Pass, nur Reiseausweis für Flüchtlinge. Ich habe Deutschtest B1 bestanden und arbeite als Elektriker bei Firma in Völklingen seit 4 Jahre.

Meine Frage ist: Kann ich Einbürgerung beantragen ohne syrische Pass? Mein Kollege [[P|Ferhat]] hat gesagt man braucht unbedingt Pass von Syrien, aber ich kann nicht zu Botschaft gehen wegen meine Situation.

Ich bin auch geboren am [[DOB|1.1.1990]], ist das wichtig für die Formular weil das Datum ist nicht richtig genau?

Vielen Dank für Antwort
[[P|Rojhat Aydın]]
[[T|01523 774 0912]]""", ["ETHNICITY"])

# 22 Schulamt pasted table Schülerbeförderung
doc("word", "schuelerbefoerderung_liste", f"""Schulamt – Schülerbeförderung 2025/26, Linie 3 (Velsen – Gemeinschaftsschule Warndt)
Stand: 15.09.2025 – nur für den Dienstgebrauch

Nr. | Name, Vorname | Klasse | Haltestelle | Anschrift | Kontakt Erziehungsberechtigte
1 | [[P|Ahmadi, Sina]] | 5b | Velsen Kirche | [[A|Kirchstraße 3]] | [[T|0176 1180 4432]]
2 | [[P|Becker, Leonie]] | 6a | Velsen Kirche | [[A|Hauptstraße 141]] | [[T|06898 88 12 09]]
3 | [[P|Okonkwo, Chidera]] | 5a | Schacht II | [[A|Am Förderturm 6]] | [[T|0151 2266 9170]]
4 | [[P|Kuznetsov, Maksim]] | 7c | Schacht II | [[A|Am Förderturm 11]] | [[T|0157 8012 3345]]
5 | [[P|Müller, Ben]] | 5b | Rathaus | [[A|Rathausplatz 9]] | [[T|06898 7 33 21]]
6 | [[P|Do, Minh Anh]] | 8a | Rathaus | [[A|Lindenallee 20]] | [[T|0162 4497 018]]

Anmerkung: Fahrkarten (Schülerticket Saar, 365 Tage) wurden am 01.09. ausgegeben. Rückfragen an Herrn [[P|Marx]], Durchwahl [[N|06898 7070-312]].""")

# 23 Ordnungsamt notice Stadtfest – health/union words, no person special category
doc("word", "stadtfest_auflagen", f"""{HEAD}
Ordnungsamt

Firma
Grill & Crêpes Weber GbR
z. Hd. Herrn [[P|Jörg Weber]]
[[A|Industriestraße 4]]
[[A|66359 Grenzweiler]]

Aktenzeichen: [[AZ|32.2-GE-2025-0291]]

Gestattung nach § 12 GastG – Deutsch-Französisches Stadtfest 2025

Sehr geehrter Herr [[P|Weber]],

Ihnen wird gestattet, vom 05.07. bis 07.07.2025 auf dem Marktplatz (Standplatz 14) Speisen und alkoholfreie Getränke abzugeben. Folgende Auflagen sind zu beachten:

1. Die Kennzeichnung der 14 Hauptallergene ist gut sichtbar auszuhängen.
2. Beschäftigte müssen eine Belehrung nach § 43 Infektionsschutzgesetz des Gesundheitsamtes besitzen.
3. Die mit der Gewerkschaft NGG vereinbarten Pausenregelungen für Aushilfen gelten auch auf dem Fest.
4. Das Rauchverbot im Zeltbereich ist durchzusetzen.

Die Verwaltungsgebühr beträgt 65,00 EUR. Bitte überweisen Sie den Betrag unter Angabe des Aktenzeichens auf {CITY_IBAN}.

Mit freundlichen Grüßen
Im Auftrag
[[P|Marco Di Stefano]]""")

# 24 Personalamt: Elternzeit, male employee with husband
doc("outlook", "elternzeit_antrag", f"""Von: [[P|Timo Lehnert]] <[[E|t.lehnert@grenzweiler.de]]>
An: Personalamt <[[N|personal@grenzweiler.de]]>
Cc: [[P|Schneider, Carmen]] <[[E|c.schneider@grenzweiler.de]]>
Betreff: Antrag auf Elternzeit

Liebe Frau [[P|Schneider]],

hiermit beantrage ich Elternzeit für unsere Tochter [[P|Mila]], geboren am [[DOB|03.10.2025]], für die Zeit vom 01.12.2025 bis 31.05.2026. Mein Mann [[P|Daniel Lehnert-Arce]] nimmt im Anschluss die Monate 7 bis 12. Die Adoptionsurkunde bzw. die Geburtsurkunde mit unserem gemeinsamen Sorgerecht reiche ich nach, sobald das Familiengericht entschieden hat.

Während der Elternzeit möchte ich 15 Stunden pro Woche in Teilzeit im Ordnungsamt weiterarbeiten, wenn das geht.

Viele Grüße
[[P|Timo]]

--
[[P|Timo Lehnert]]
Stadt Grenzweiler | Ordnungsamt
Rathausplatz 1 | 66359 Grenzweiler
Telefon [[N|06898 7070-241]]""", ["SEXUAL_ORIENTATION"])

# 25 Ausländerbehörde biometric
doc("word", "eat_fingerabdruck", f"""Ausländerbehörde Grenzweiler
Vermerk zur Antragsaufnahme elektronischer Aufenthaltstitel (eAT)

Antragsteller: [[P|Chukwuemeka Eze]]
Geburtsdatum: [[DOB|17.08.1994]], Geburtsort: Enugu (Nigeria)
Reisepass: [[PASS|A09318842]]
Anschrift: [[A|Kohlenstraße 2]], [[A|66359 Grenzweiler]]
Vorgang: [[AZ|32.3-eAT-2025-2207]]

Bei der Antragsaufnahme am 13.10.2025 wurden Lichtbild und Unterschrift elektronisch erfasst. Die Fingerabdruckerfassung (linker und rechter Zeigefinger) war wegen einer Hautverletzung am rechten Zeigefinger nur eingeschränkt möglich; erfasst wurden stattdessen linker Zeigefinger und rechter Mittelfinger, Qualitätswert 72. Die Daten wurden an die Bundesdruckerei übermittelt.

Der Antragsteller wurde über die Speicherung der Fingerabdrücke ausschließlich auf dem Chip belehrt.

[[P|Hein]], 13.10.2025""", ["BIOMETRIC"])

# 26 Standesamt/Jugendamt Vaterschaft DNA
doc("outlook", "vaterschaft_gutachten", f"""Von: [[P|Antonio Russo]] <[[E|antonio.russo77@libero.it]]>
An: [[N|jugendamt@grenzweiler.de]]
Betreff: Beistandschaft – Vaterschaftsgutachten [[P|Lea]]

Sehr geehrte Frau [[P|Wagner]],

ich habe nun das Ergebnis vom Abstammungsgutachten des Instituts für Rechtsmedizin in Homburg bekommen. Die Wahrscheinlichkeit der Vaterschaft für [[P|Lea Schwan]] (geb. [[DOB|12.06.2023]]) liegt bei 99,999 %, die DNA-Analyse hat also bestätigt, dass ich der Vater bin.

Ich möchte jetzt die Vaterschaft beim Standesamt anerkennen und Unterhalt zahlen, wie wir in dem Gespräch mit Frau [[P|Schwan]] besprochen haben. Brauche ich einen Termin beim Standesamt oder kann das bei Ihnen im Jugendamt beurkundet werden?

Ich wohne jetzt in [[A|Rue de l'Alzette 88]], [[A|L-4011 Esch-sur-Alzette]], bin aber jede Woche in Grenzweiler.

Cordiali saluti
[[P|Antonio Russo]]
[[T|+352 661 320 774]]""", ["GENETIC"])

# 27 Internal quick message
doc("outlook", "interne_rueckrufbitte", f"""Betreff: Rückruf Hr. [[P|Nguyen]] / Fr. [[P|Al-Hashimi]]

Hi [[P|Sandra]],

kannst du bitte heute noch Herrn [[P|Nguyen]] zurückrufen? Es geht um seine Gewerbeabmeldung, er hat die Steuernummer [[TNR|{TNR2}]] falsch angegeben und wir brauchen die richtige. Nummer: [[T|0173 / 229 88 14]].

Und Frau [[P|Al-Hashimi]] wartet noch auf die Meldebescheinigung für ihren Sohn [[P|Karim]] – bitte per Post an [[A|Bahnhofstraße 55]], nicht abholen.

Danke dir!
[[P|Mo]]

[[P|Mohammed Benali]]
Bürgeramt, Zimmer 0.07""")

# 28 Bürgeramt letter to French cross-border worker: NIR, Steuer-ID
doc("word", "grenzgaenger_bescheinigung", f"""{HEAD}
Bürgeramt – Meldewesen

Herrn
[[P|Mathieu Schreiner]]
[[A|Talstraße 19]]
[[A|66359 Grenzweiler]]

Grenzweiler, 29.09.2025
Unser Zeichen: [[AZ|BA-M 2025/11934]]

Ihre Anfrage zur Ansässigkeitsbescheinigung (Formular 5000 / Frankreich)

Sehr geehrter Herr [[P|Schreiner]],

Sie haben uns mitgeteilt, dass Ihr französischer Arbeitgeber in Sarreguemines für die Anwendung des Doppelbesteuerungsabkommens eine Bestätigung Ihres Wohnsitzes in Deutschland verlangt. Die steuerliche Ansässigkeit selbst bestätigt nicht die Stadt, sondern das Finanzamt Saarbrücken. Wir haben Ihnen deshalb eine erweiterte Meldebescheinigung ausgestellt (Anlage).

Für den Antrag beim Finanzamt benötigen Sie:
- Ihre Steuer-Identifikationsnummer: [[TID|{TID3}]]
- Ihre französische Sozialversicherungsnummer (NIR): [[SSN|{SSN3}]]
- die Bescheinigung Ihres Arbeitgebers

Die Gebühr für die erweiterte Meldebescheinigung beträgt 12,00 EUR.

Mit freundlichen Grüßen
Im Auftrag
[[P|Gül Karadeniz]]
Telefon {CITY_TEL}, E-Mail {CITY_MAIL}""")

# 29 Bauamt: Baugenehmigung with numbers that are not PII, VAT of architect, father-in-law helping
doc("word", "baugenehmigung", f"""{HEAD}
Bauaufsichtsbehörde

Eheleute
[[P|Kateryna]] und [[P|Maximilian Sauer]]
[[A|Zum Schlackenberg 3]]
[[A|66359 Grenzweiler]]

Aktenzeichen: [[AZ|BA-63-2025-0418]]
Gemarkung Velsen, Flur 6, Flurstück 221/14

Baugenehmigung – Neubau eines Einfamilienhauses mit Doppelgarage

Sehr geehrte Frau [[P|Sauer]], sehr geehrter Herr [[P|Sauer]],

auf Ihren Antrag vom 02.06.2025 erteilen wir die Baugenehmigung nach § 73 LBO nach Maßgabe der mit Genehmigungsvermerk versehenen Bauvorlagen (Plan-Nr. 01 bis 07, Lageplan M 1:500). Der Bau liegt im Geltungsbereich des Bebauungsplanes Nr. 34 „Schlackenberg“; die GRZ von 0,4 wird eingehalten.

Entwurfsverfasser: Architekturbüro [[P|Valentina Ricci]], [[A|Saarstraße 40]], [[A|66111 Saarbrücken]], USt-IdNr. [[VAT|{VAT2}]]

Die Gebühr wird auf 2.314,00 EUR festgesetzt (Tarifstelle 2.1.1 GebVerz). Der Baubeginn ist eine Woche vorher anzuzeigen.

Mit freundlichen Grüßen
Im Auftrag
[[P|Dipl.-Ing. Peter Kessler]]""")

# 30 Kasse refund to French IBAN, forwarded chain
doc("outlook", "kasse_erstattung", f"""Von: Stadtkasse Grenzweiler <[[N|stadtkasse@grenzweiler.de]]>
An: [[P|Fatoumata Diallo]] <[[E|fatou.diallo@laposte.net]]>
Betreff: AW: Remboursement – doppelte Zahlung Kita-Beitrag

Sehr geehrte Frau [[P|Diallo]],

die doppelte Zahlung des Elternbeitrags für September (214,00 EUR, Kassenzeichen [[AZ|5.410.25.00872]]) erstatten wir wie gewünscht auf Ihr französisches Konto [[IBAN|{IB2}]]. Die Gutschrift erfolgt in etwa fünf Bankarbeitstagen.

Mit freundlichen Grüßen
[[P|Jutta Meiser]]
Stadtkasse

> Am 07.10.2025 um 19:02 schrieb [[P|Fatoumata Diallo]] <[[E|fatou.diallo@laposte.net]]>:
> Bonjour Madame, guten Tag,
> ich habe den Kita-Beitrag für meinen Sohn [[P|Ibrahima]] für September zwei mal bezahlt, einmal von meinem deutschen Konto [[IBAN|{IB5}]] und einmal mein Mann [[P|Moussa Koné]] von Frankreich. Können Sie bitte das Geld zurück auf das Konto von meinem Mann? [[IBAN|{IB2}]]
> Wir wohnen [[A|Ringstraße 12]], [[A|66359 Grenzweiler]].
> Merci!
> [[P|Fatou Diallo]]
> [[T|+33 7 81 22 49 06]]""")


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh60.jsonl")
    assert len(DOCS) == 30, len(DOCS)
    with open(out, "w", encoding="utf-8") as f:
        for i, (channel, template, marked, flags) in enumerate(DOCS, 1):
            rec = build(f"F60-{i:03d}", channel, template, marked, flags)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", out)


if __name__ == "__main__":
    main()
