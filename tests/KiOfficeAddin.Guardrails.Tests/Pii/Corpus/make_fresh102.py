#!/usr/bin/env python3
"""Blind test batch 102: homelessness prevention (Sozialamt / Wohnungsamt) of the invented Ruhr city Lippewerth.

Writes fresh102.jsonl next to this script: 30 documents F102-001 … F102-030. Texts carry inline marks
([[P|…]], [[A|…]], [[IBAN|…]], [[N|…]] for neutral spans, see marks.py); build() strips them and computes offsets.
Every identifier with a check digit comes from Identifiers(10202); the output is deterministic.
All persons, addresses and numbers are invented.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban  # noqa: E402

ids = Identifiers(10202)


def g4(value):
    return group(value, 4)


def tid_sp(t):
    return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"


def rv_sp(s):
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"


# ---- identifiers, drawn in a fixed order (determinism) ----
IBAN_SCHULTE = ids.iban_de()
IBAN_EW = ids.iban_de()
IBAN_SWL = ids.iban_de()
CC_KOVALENKO = ids.credit_card("52", 16)
IBAN_REIMER = ids.iban_de()
TID_REIMER = ids.tax_id()
SSN_REIMER = ids.social_security("170357", "R")
SSN_LYDIA = ids.social_security("051059", "D")
KV_REIMER = ids.health_insurance()
IDC_REIMER = ids.id_card(True)
IBAN_ANDERKONTO = ids.iban_de()
VAT_ASCHENBACH = ids.vat_id()
TNR_ASCHENBACH = ids.tax_number_nrw()
PASS_QASIM = "A" + ids.digits(8)
PASS_SILO = "A" + ids.digits(8)
PASS_DILOVAN = ids.passport(False)
KV_QASIM = ids.health_insurance()
TNR_KARAG = ids.tax_number_nrw()
VAT_KARAG = ids.vat_id()
IBAN_KARAG = ids.iban_de()
CC_LOPRESTI = ids.credit_card("4", 16)
IDC_YUSEIN = "6" + ids.digits(8, first_nonzero=True)
IDC_KOSTADINOV = "6" + ids.digits(8, first_nonzero=True)
IDC_RO_MARIAN = "PH " + ids.digits(6, first_nonzero=True)
IDC_RO_FLORENTINA = "PX " + ids.digits(6, first_nonzero=True)
TID_MARIAN = ids.tax_id()
TID_FLORENTINA = ids.tax_id()
TID_DENISA = ids.tax_id()
TID_ALEXANDRU = ids.tax_id()
TID_REBECA = ids.tax_id()
IBAN_RO = mod97_iban("RO", "BTRL" + ids.digits(16))
IBAN_CALD = ids.iban_de()
SSN_MELNYK = ids.social_security("141188", "M")
IDC_SCHW = ids.id_card(False)
PASS_SCHW = ids.passport(True)
SSN_SCHW = ids.social_security("271066", "S")
KV_SCHW = ids.health_insurance()
IBAN_SCHW = ids.iban_de()
IBAN_YILDIRIM = ids.iban_de()
PASS_ABDUL = "N0" + ids.digits(8)
PASS_RASHA = "N0" + ids.digits(8)
PASS_MOHAMMAD = "N0" + ids.digits(8)
TID_ABDUL = ids.tax_id()
TID_WOJCIK = ids.tax_id()
SSN_WOJCIK = ids.social_security("121279", "W")
IBAN_WOJCIK = ids.iban_de()
TNR_NGUYEN = ids.tax_number_federal_nrw()
VAT_NGUYEN = ids.vat_id()
IBAN_BG = mod97_iban("BG", "UNCR7000" + "15" + ids.digits(8))
IDC_IVANOV = "6" + ids.digits(8, first_nonzero=True)
KV_ALEXANDRU = ids.health_insurance()
IDC_BRZOSKA = ids.id_card(True)
KV_KOWALCZYK = ids.health_insurance()
KV_ALSAADI = ids.health_insurance()
SSN_FERREIRA = ids.social_security("220454", "F")

DOCS = []


def doc(channel, template, flags, marked):
    DOCS.append((channel, template, flags, marked))


# ---------------------------------------------------------------- 001 court notice (MiZi)
doc("word", "mizi_raeumungsklage", [], f"""Amtsgericht Lippewerth
– Zivilabteilung –
[[N|Bochumer Straße 90]], [[N|45879 Lippewerth]]
Telefon [[N|02365 508-0]]

Amtsgericht Lippewerth, Postfach 10 04 61, [[N|45804 Lippewerth]]

An die
Stadt Lippewerth
Fachbereich Soziales – Zentrale Fachstelle Wohnungssicherung
[[N|Europaplatz 1]]
[[N|45879 Lippewerth]]

Geschäftsnummer: [[AZ|23 C 1184/25]]
Datum: 12.05.2025

Mitteilung in Zivilsachen (MiZi) nach § 22 Abs. 9 SGB II und § 36 Abs. 2 SGB XII

In dem Rechtsstreit

Emscher Wohnen GmbH, vertreten durch den Geschäftsführer [[P|Ralf-Udo Terhorst]],
Klägerin,
Prozessbevollmächtigte: Rechtsanwältin Dr. [[P|Friederike von Aschenbach]], [[N|Kanalstraße 14]], [[N|45881 Lippewerth]],

gegen

1. Herrn [[P|Khaled Fakhoury]], geb. [[DOB|03.02.1972]],
2. Frau [[P|Nadine Fakhoury]], geborene [[P|Saadeh]], geb. am [[DOB|17.09.1978]],
beide wohnhaft [[A|Hertener Straße 211]], 2. OG rechts, [[A|45881 Lippewerth]],
Beklagte,

wegen Räumung und Herausgabe von Wohnraum

wird mitgeteilt, dass am 06.05.2025 eine Klage auf Räumung der vorgenannten Wohnung eingegangen ist. Die fristlose Kündigung vom 14.03.2025 ist auf Zahlungsverzug gestützt (§ 543 Abs. 2 Satz 1 Nr. 3 BGB). Der Mietrückstand beträgt nach Angaben der Klägerin 4.318,60 EUR (Mieten Januar bis April 2025 zu je 1.079,65 EUR).

Termin zur mündlichen Verhandlung: Dienstag, 24.06.2025, 10:30 Uhr, Saal 112, Erdgeschoss.

Auf die Möglichkeit, die Kündigung durch Zahlung innerhalb der Schonfrist unwirksam werden zu lassen (§ 569 Abs. 3 Nr. 2 BGB), wird hingewiesen. Die Mitteilung erfolgt, damit der zuständige Träger prüfen kann, ob die Wohnungslosigkeit durch Übernahme der Mietrückstände abgewendet werden kann.

[[P|Lindemann-Oyelaran]]
Justizbeschäftigte als Urkundsbeamtin der Geschäftsstelle
Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.""")

# ---------------------------------------------------------------- 002 private landlord, typos
doc("outlook", "vermieter_mail", [], f"""Von: [[E|hw.schulte-braeucker@t-online.de]]
Gesendet: Montag, 2. Juni 2025 07:48
An: Wohnungssicherung Stadt Lippewerth <[[N|wohnungssicherung@lippewerth.de]]>
Betreff: Mieter [[P|Kostadinov]] ,Hafenstr.

Sehr geehrte Damen und Herrren,

ich schreibe ihnen wegen meinen Mietern [[P|Stojan Kostadinov]] und [[P|Silvija Kostadinova]], die wohnen seit 2019 in meinem Haus [[A|Hafenstraße 7]] im Erdgeschoß. Seit Febuar kommt keine Miete mehr, jetzt sind es 2.460 € (4 x 615 €). Ich habe ja Verständniss das es schwer ist mit drei Kindern aber ich bin selber Rentner und zahle noch den Kredit vom Haus ab.

Mein Sohn [[P|Markus]] hat gesagt ich soll bei der Stadt anrufen, da war aber immer besetzt ([[N|02365 99-0]]). Ein Anwalt hat gesagt ich muss fristlos kündigen. Eigentlich will ich das garnicht, die Familie ist ordentlich, nur der Hausflur steht voll mit Kinderwagen und der Transporter ([[KFZ|RE-SK 417]]) von Herrn [[P|Kostadinov]] steht dauernd in der Einfahrt.

Wenn das Amt die Miete direkt an mich überweist wäre mir das am liebsten. Meine Bankverbindung:
Sparkasse Vest
IBAN [[IBAN|{g4(IBAN_SCHULTE)}]]
Kontoinhaber [[P|Heinz-Werner Schulte-Bräucker]]

Bitte rufen sie mich an, am besten vormittags [[T|02365 41 87 09]] oder Handy [[T|0171 4490 233]].

Mit freundlichem Gruß
[[P|H.-W. Schulte-Bräucker]]
[[A|Im Mühlenbruch 22]]
[[A|45894 Lippewerth]]""")

# ---------------------------------------------------------------- 003 home visit note, Romanian family
doc("word", "aktennotiz_hausbesuch", ["HEALTH", "ETHNICITY"], f"""Aktennotiz – Hausbesuch

Az.: [[AZ|50.3-WN-2025/0417]]
Datum des Besuchs: 21.05.2025, 14:00–15:15 Uhr
Anwesend: [[P|Ilka Schäfer-Tiedemann]] (ZFW), [[P|Ramona Dinu]] (Caritas, Sprachmittlung Rumänisch), Familie [[P|Căldăraru]]

Anschrift: [[A|Bergmannsglück 14a]], [[A|45896 Lippewerth]], Dachgeschoss

Haushalt:
– [[P|Marian Căldăraru]], *[[DOB|11.08.1983]], Tel. [[T|+40 742 318 905]] (rumänische Nummer, nur WhatsApp)
– [[P|Florentina Căldăraru]], geb. [[P|Lăcătuș]], *[[DOB|02.03.1987]]
– [[P|Denisa]], *[[DOB|19.12.2009]]
– [[P|Alexandru]], *[[DOB|07.06.2013]], KVNR [[KV|{KV_ALEXANDRU}]] (AOK NordWest)
– [[P|Rebeca-Maria]], *[[DOB|30.01.2018]]

Die Wohnung (3 Zimmer, ca. 58 m²) ist stark feucht, im Kinderzimmer großflächiger Schimmel hinter dem Schrank. [[P|Alexandru]] hat Asthma bronchiale und ist in der Kinderarztpraxis in der Ewaldstraße in Behandlung; laut Mutter zwei Notaufnahmen seit Januar. Frau [[P|Căldăraru]] berichtet, die Familie habe als Roma in Rumänien nie eine eigene Wohnung gehabt; hier habe man ihnen wegen des Namens mehrfach abgesagt.

Vermieter ist Herr [[P|Cemal Yıldırım]] (privat). Miete 690 € warm, Rückstand 1.380 € (April, Mai). Herr [[P|Yıldırım]] hat am 20.05.2025 fristlos gekündigt, wäre aber laut Frau [[P|Dinu]] bei Ausgleich des Rückstands zur Fortsetzung bereit.

Einkommen: Herr [[P|Căldăraru]] arbeitet in Teilzeit als Reinigungskraft (ca. 1.150 € netto), Kindergeld für drei Kinder. Kein Leistungsbezug.

Vereinbart:
1. Antrag auf Übernahme der Mietschulden (§ 36 SGB XII ist nicht einschlägig, da erwerbsfähig – Weiterleitung an Jobcenter prüfen, § 22 Abs. 8 SGB II).
2. Frau [[P|Dinu]] sammelt die Unterlagen (Ausweise, Steuer-IDs, Kontoauszüge).
3. Mängelanzeige wegen Schimmel an den Vermieter, Kopie an FB 64.
Nächster Termin: 04.06.2025, 10:00 Uhr, Rathaus, Zimmer 2.14.

gez. [[P|Schäfer-Tiedemann]]""")

# ---------------------------------------------------------------- 004 allocation list emergency accommodation
doc("word", "belegungsliste", ["HEALTH"], f"""Stadt Lippewerth – FB 32 / FB 50 – Belegungsliste Notunterkünfte
Stand: 02.06.2025, 08:00 Uhr – nur für den Dienstgebrauch

Objekt: Übergangsheim [[N|Kokereistraße 41]] (Einzelpersonen und Familien), Kapazität 64 Plätze, belegt 57

Zi. | Name, Vorname | geb. | StA | Einweisung | Verfügung | Bemerkung
0.02 | [[P|Kowalczyk, Manfred]] | [[DOB|23.10.1961]] | DEU | 02.12.2024 | [[AZ|EV-2024-0987]] | Rollator, insulinpflichtiger Diabetes, Pflegedienst 2x tgl.; KVNR [[KV|{KV_KOWALCZYK}]]
1.01 | [[P|Gebremedhin, Tesfay]] | [[DOB|01.01.1991]] | ERI | 14.03.2025 | [[AZ|EV-2025-0112]] | –
1.03 | [[P|Diallo, Mamadou Aliou]] | [[DOB|01.01.1998]] | GIN | 27.03.2025 | [[AZ|EV-2025-0139]] | Geburtsdatum fiktiv lt. BAMF
1.04/1.05 | [[P|Brzoska, Kevin]] | [[DOB|06.07.1994]] | DEU | 19.05.2025 | [[AZ|EV-2025-0398]] | mit [[P|Jacqueline Brzoska]] ([[DOB|28.02.1996]]), [[P|Leon-Maurice]] ([[DOB|12.04.2017]]) und [[P|Chantal]] ([[DOB|09.11.2020]]); Brand in der Wohnung; PA-Nr. Herr [[P|Brzoska]]: [[IDC|{IDC_BRZOSKA}]]; Pkw [[KFZ|BOT-KB 94]] auf Besucherparkplatz
2.03 | [[P|Papadakis, Konstantinos]] | [[DOB|15.5.1969]] | GRC | 08.01.2025 | [[AZ|EV-2025-0006]] | Substitution (Praxis Dr. [[P|Hegemann]]), Ausgabe dienstags
2.04 | [[P|Okafor, Chukwuemeka]] („[[P|Emeka]]") | [[DOB|30.09.1985]] | NGA | 21.04.2025 | [[AZ|EV-2025-0274]] | Arbeitsaufnahme 06/25
2.08 | [[P|Al-Saadi, Haider Jawad]] | [[DOB|19.08.1997]] | IRQ | 03.02.2025 | [[AZ|EV-2025-0061]] | Zimmerwechsel am 26.05. auf eigenen Wunsch (vorher 2.01)

Freie Plätze: 7 (davon rollstuhlgerecht: Zi. 0.03, 0.04)
Hausmeister: [[P|Karl-Heinz Brömmelkamp]] („[[P|Kalle]]"), Diensthandy [[N|0151 4402 7710]]
Sicherheitsdienst nachts: Revierwacht GmbH, Leitstelle [[N|02361 40 33 0]]

Erstellt: [[P|T. Przybilla]], FB 64""")

# ---------------------------------------------------------------- 005 utility energy debts, German reply chain
doc("outlook", "stadtwerke_energieschulden", [], f"""Von: Forderungsmanagement Stadtwerke Lippewerth <[[N|forderungsmanagement@stadtwerke-lippewerth.de]]>
Gesendet: Dienstag, 3. Juni 2025 11:02
An: [[P|Schäfer-Tiedemann, Ilka]] <[[E|ilka.schaefer-tiedemann@lippewerth.de]]>
Cc: [[P|Wischnewski, Jörg]] <[[E|joerg.wischnewski@lippewerth.de]]>
Betreff: AW: Energieschulden Kd.-Nr. [[AZ|2104 4893 7]] – drohende Versorgungsunterbrechung

Sehr geehrte Frau [[P|Schäfer-Tiedemann]],

vielen Dank für Ihre Nachricht. Zum Kundenkonto von Frau [[P|Oksana Melnyk]], [[A|Zollvereinstraße 58]], [[A|45889 Lippewerth]], kann ich Ihnen Folgendes mitteilen (die Einwilligung der Kundin zur Auskunft liegt uns seit 28.05.2025 vor):

Vertragskonto: [[AZ|8000 3321 4471]]
Offener Betrag Strom: 1.247,33 € (Abschläge Januar bis Mai offen, Nachzahlung Jahresrechnung 2024: 412,18 €)
Sperrandrohung vom 12.05.2025, Unterbrechung frühestens am 10.06.2025

Eine Zahlung per Kreditkarte über Dritte nehmen wir bei Forderungen aus der Grundversorgung nicht an; Herr [[P|Kovalenko]] kann aber gern auf unser Konto überweisen. Wenn bis 09.06.2025 eine Kostenzusage der Stadt oder des Jobcenters vorliegt, setzen wir die Sperrung aus.

Bankverbindung: IBAN [[IBAN|{g4(IBAN_SWL)}]], Verwendungszweck [[AZ|8000 3321 4471]]

Mit freundlichen Grüßen
i. A. [[P|Dennis Ogunleye]]
Forderungsmanagement

Stadtwerke Lippewerth GmbH · [[N|Am Gasometer 2]] · [[N|45886 Lippewerth]] · Tel. [[N|02365 708-0]]
Sitz der Gesellschaft: Lippewerth · Amtsgericht Lippewerth HRB 4711 · Geschäftsführung: [[P|Ute Brinkhoff-Selmani]]

-----Ursprüngliche Nachricht-----
Von: [[P|Schäfer-Tiedemann, Ilka]]
Gesendet: Freitag, 30. Mai 2025 15:40
An: Forderungsmanagement
Betreff: Energieschulden Kd.-Nr. [[AZ|2104 4893 7]] – drohende Versorgungsunterbrechung

Guten Tag,

Frau [[P|Oksana Melnyk]] (geb. [[DOB|14.11.1988]]) hat bei uns vorgesprochen. Sie lebt mit ihrem Sohn [[P|Taras]] (11) in der o. g. Wohnung und bezieht ergänzend Leistungen vom Jobcenter (BG-Nr. [[AZ|45801BG0047113]]). Ihr Schwager, Herr [[P|Bohdan Kovalenko]], hat angeboten, 500 € sofort per Kreditkarte zu zahlen (Mastercard [[CC|{group(CC_KOVALENKO, 4, "-")}]]). Bitte teilen Sie mit, ob das möglich ist und ob Sie einer Ratenzahlung zustimmen.

Kontakt Frau [[P|Melnyk]]: [[T|0157 3382 1046]]

Mit freundlichen Grüßen
[[P|Ilka Schäfer-Tiedemann]]
Stadt Lippewerth | Fachbereich Soziales | Zentrale Fachstelle Wohnungssicherung
[[N|Europaplatz 1]] | [[N|45879 Lippewerth]] | Zimmer 2.14 | Tel. [[N|02365 99-4417]]""")

# ---------------------------------------------------------------- 006 job centre mail, loan for rent debts
doc("outlook", "jobcenter_darlehen", [], f"""Von: Jobcenter Lippewerth - Leistungsteam 512 <[[N|Jobcenter-Lippewerth.Team512@jobcenter-ge.de]]>
Gesendet: Mittwoch, 4. Juni 2025 09:17
An: Zentrale Fachstelle Wohnungssicherung
Betreff: BG [[AZ|45801BG0051290]] – Mietschulden [[P|Öztürk]] / Darlehen § 22 Abs. 8 SGB II

Sehr geehrte Damen und Herren,

für die Bedarfsgemeinschaft [[P|Serkan]] und [[P|Melek Öztürk]] (Kundennummer [[AZ|512D118804]]) wurde mit Bescheid vom 03.06.2025 ein Darlehen zur Übernahme der Mietschulden in Höhe von 2.214,00 € bewilligt. Die Tilgung erfolgt durch Aufrechnung in Höhe von 10 % des Regelbedarfs ab 01.07.2025. Die Auszahlung geht direkt an die Vermieterin:

Emscher Wohnen GmbH
IBAN [[IBAN|{IBAN_EW}]]
Verwendungszweck: Mieter-Nr. [[AZ|0142.07.0033]] / [[P|Öztürk]]

Die fristlose Kündigung vom 08.05.2025 dürfte damit nach § 569 Abs. 3 Nr. 2 BGB unwirksam werden. Eine Räumungsklage ist nach unserer Kenntnis noch nicht anhängig. Die laufende Miete zahlen wir ab Juli direkt an die Vermieterin (§ 22 Abs. 7 SGB II).

Für Rückfragen erreichen Sie mich dienstags und donnerstags unter der Teamnummer [[N|02365 3050-512]].

Mit freundlichen Grüßen
Im Auftrag
[[P|B. Olschewski]]
Jobcenter Lippewerth – Leistungsteam 512
[[N|Kurt-Schumacher-Straße 80]], [[N|45881 Lippewerth]]

Diese E-Mail enthält Sozialdaten (§ 35 SGB I, §§ 67 ff. SGB X). Sollten Sie nicht der richtige Empfänger sein, löschen Sie die Nachricht bitte.""")

# ---------------------------------------------------------------- 007 decision letter § 36 SGB XII
doc("word", "bescheid_mietschulden", [], f"""Stadt Lippewerth · Der Oberbürgermeister · [[N|Europaplatz 1]] · [[N|45879 Lippewerth]]

Frau
[[P|Maria do Céu Ferreira]]
bei [[P|Fernandes]]
[[A|Gneisenaustraße 31]]
[[A|45883 Lippewerth]]

Ihr Zeichen / Ihre Nachricht vom: – / 15.05.2025
Unser Zeichen: [[AZ|50.2-SH-118/0233]]
Kassenzeichen: [[AZ|5.8401.223619.7]]
Auskunft: Herr [[P|Wischnewski]]
Zimmer: 2.09
Telefon: [[N|02365 99-4431]]
E-Mail: [[E|joerg.wischnewski@lippewerth.de]]
Datum: 05.06.2025

Übernahme von Mietrückständen nach § 36 Abs. 1 SGB XII
Frau [[P|Maria do Céu Ferreira]], geb. [[DOB|22.04.1954]], Versicherungsnummer [[SSN|{rv_sp(SSN_FERREIRA)}]]

Sehr geehrte Frau [[P|Ferreira]],

auf Ihren Antrag vom 15.05.2025 werden die Mietrückstände für Ihre Wohnung [[A|Gneisenaustraße 31]], 1. OG, für die Monate Februar bis April 2025 in Höhe von 1.764,00 EUR als Beihilfe übernommen. Der Betrag wird direkt an Ihre Vermieterin, Frau [[P|Sabine Terlinden-Koç]], überwiesen.

Begründung:
Sie beziehen seit dem 01.03.2023 Grundsicherung im Alter (Bescheid-Nr. [[AZ|GSi-2023-00871]]). Nach dem Tod Ihres Ehemannes im Januar 2025 wurde die Witwenrente erst im Mai festgesetzt; die Rückstände sind dadurch entstanden. Ohne die Übernahme droht Wohnungslosigkeit. Die Übernahme ist gerechtfertigt und notwendig (§ 36 Abs. 1 Satz 2 SGB XII). Ihr Vermögen liegt unter dem Freibetrag von 10.000,00 EUR.

Bitte melden Sie sich bei uns, wenn sich Ihre Rente oder Ihre Miete ändert.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist bei der Stadt Lippewerth, Der Oberbürgermeister, [[N|Europaplatz 1]], [[N|45879 Lippewerth]], schriftlich oder zur Niederschrift einzulegen.

Mit freundlichen Grüßen
Im Auftrag

[[P|Wischnewski]]""")

# ---------------------------------------------------------------- 008 smartphone mail, Syrian father, lower case
doc("outlook", "buerger_mail_handy", [], f"""Von: [[P|abdul khatib]] <[[E|abdul.khatib79@gmail.com]]>
Gesendet: Dienstag, 3. Juni 2025 23:14
An: [[E|ilka.schaefer-tiedemann@lippewerth.de]]
Betreff: wohnung

hallo frau [[P|schäfer tiedemann]]
ich bin [[P|abdulrahman al khatib]] wir hatten termin letzte woche mit frau [[P|gitti]].
heute der vermieter hat brief gegeben kündigung eigenbedarf, wir müssen raus bis ende august!! ich habe 5 kinder und mein sohn [[P|mohammad]] kommt vielleicht auch aus libanon (familiennachzug). wo sollen wir wohnen??
bitte helfen. meine nummer [[T|0176 21 93 48 57]] auch whatsapp
adresse noch [[A|schalker str 118]] [[A|45881 lippewerth]]
danke

Von meinem iPhone gesendet

Am 27.05.2025 um 16:02 schrieb [[P|Schäfer-Tiedemann, Ilka]] <[[E|ilka.schaefer-tiedemann@lippewerth.de]]>:

> Sehr geehrter Herr [[P|Al-Khatib]],
> wie besprochen sende ich Ihnen die Liste der Unterlagen für den Antrag auf einen Wohnberechtigungsschein: Ausweise aller Personen, Einkommensnachweise, aktueller Bescheid vom Jobcenter.
> Bitte geben Sie bei Rückfragen immer Ihr Aktenzeichen an: [[AZ|50.3-WN-2025/0388]].
> Mit freundlichen Grüßen
> [[P|Ilka Schäfer-Tiedemann]]""")

# ---------------------------------------------------------------- 009 housing company, English Outlook headers, forwarded
doc("outlook", "wohnungsgesellschaft_weiterleitung", [], f"""From: [[P|Dragan Ilić]] <[[E|dragan.ilic@emscher-wohnen.de]]>
Sent: Thursday, June 5, 2025 8:51 AM
To: [[P|Przybilla, Tobias]] <[[E|tobias.przybilla@lippewerth.de]]>
Cc: Forderungsmanagement <[[N|forderung@emscher-wohnen.de]]>
Subject: FW: [[A|Vinckestr. 9]] / [[AZ|WE 4471/12]] / Wasserschaden + Rückstand

Hallo Herr [[P|Przybilla]],

anbei die Info von unserem Hausmeister zur Wohnung [[A|Vinckestraße 9]], 3. OG links. Mieter ist Herr [[P|Khudeida Qasim Haji]], Vertrags-Nr. [[AZ|WE 4471/12]]. Rückstand aktuell zwei Monatsmieten (1.286,00 €). Den Wasserschaden regulieren wir über die Gebäudeversicherung, aber die Rückstände gehen Ende Juni an unsere Rechtsabteilung, wenn bis dahin nichts passiert.

Können Sie bei der Zentralen Fachstelle nachfragen, ob dort schon ein Vorgang läuft? Nach Angaben des Sohnes zahlt das Jobcenter seit April nicht mehr.

Beste Grüße / Best regards
[[P|Dragan Ilić]]
Kundenbetreuer Bestand Lippewerth-Nord
Emscher Wohnen GmbH | [[N|Hafenweg 2]] | [[N|45881 Lippewerth]]
T [[N|+49 2365 8870-214]] | M [[T|+49 160 9184 3377]]

-----Original Message-----
From: Hausmeisterservice Nord <[[N|hausmeister-nord@emscher-wohnen.de]]>
Sent: Wednesday, June 4, 2025 4:12 PM
To: [[P|Dragan Ilić]] <[[E|dragan.ilic@emscher-wohnen.de]]>
Subject: [[A|vinckestr 9]]

[[P|dragan]],
war heute bei [[P|qasim haji]] 3.og li wegen wasser in der decke bei [[P|nowak]] drunter (2.og). ursache waschmaschinenschlauch, hab abgedreht. die frau spricht kaum deutsch, der sohn [[P|dilovan]] hat übersetzt. miete hab ich angesprochen, sie sagen jobcenter zahlt nicht weil unterlagen fehlen. handy sohn [[T|0152 0718 4469]].
gruß [[P|zoran]]

Sent from my Galaxy""")

# ---------------------------------------------------------------- 010 minutes case conference
doc("word", "protokoll_fallkonferenz", ["HEALTH"], f"""Protokoll der Fallkonferenz Wohnungsnotfallhilfe

Datum: 28.05.2025, 09:30–11:45 Uhr
Ort: Rathaus Lippewerth, Sitzungsraum 3 (Raum 1.22)

Teilnehmende:
Dr. [[P|Anke Overbeck]] (Leitung FB 50, Vorsitz)
[[P|Ilka Schäfer-Tiedemann]] (Zentrale Fachstelle Wohnungssicherung)
[[P|Jörg Wischnewski]] (Wirtschaftliche Hilfen SGB XII)
[[P|Tobias Przybilla]] (FB 64 Wohnen)
[[P|Sven Hülsmann]] (Ordnungsamt, Unterbringung)
[[P|Bernadette Olschewski]] (Jobcenter, Leistungsteam 512)
[[P|Ramona Dinu]] (Caritas Migrationsdienst)
[[P|Mustafa Kılıç]] (Streetwork, Diakonie)
Protokoll: [[P|Lea-Sophie Brandt]] (Auszubildende)
Entschuldigt: [[P|Katrin Vössing]] (Datenschutz)

TOP 1 Protokoll vom 30.04.2025
Genehmigt ohne Änderungen.

TOP 2 Einzelfälle
2.1 Familie [[P|Fakhoury]], [[A|Hertener Straße 211]] (AG Lippewerth [[AZ|23 C 1184/25]], Termin 24.06.2025). Herr [[P|Fakhoury]] war bis 12/2024 selbstständig (Imbiss), jetzt ohne Einkommen; Antrag beim Jobcenter am 20.05.2025 gestellt. Frau [[P|Olschewski]] prüft vorrangig ein Darlehen nach § 22 Abs. 8 SGB II. Die Vermieterin verlangt zusätzlich die Verfahrenskosten.
2.2 Herr [[P|Kowalczyk]] (Übergangsheim, Zi. 0.02): Diabetes mit offener Wunde am Fuß, Versorgung durch Pflegedienst reicht nicht mehr. Eine Hilfe in einer stationären Einrichtung nach § 67 SGB XII wird geprüft; Herr [[P|Kılıç]] begleitet ihn zum Termin am 05.06.
2.3 Familie [[P|Căldăraru]] (Az. [[AZ|50.3-WN-2025/0417]]): Herr [[P|Yıldırım]] setzt das Mietverhältnis fort, wenn der Rückstand von 1.380 € bis 15.06. ausgeglichen ist. Frau [[P|Dinu]] reicht die Unterlagen bis 06.06. ein. Schimmel: Herr [[P|Przybilla]] schickt die Wohnungsaufsicht.
2.4 Herr [[P|Papadakis]]: nach Rückfall wieder in Substitution; Beikonsum Alkohol. Kein Handlungsbedarf Unterbringung.
2.5 Herr [[P|Emeka Okafor]]: Arbeitsvertrag als Lagerhelfer ab 16.06.; sucht Wohnung bis 450 € kalt. FB 64 nimmt ihn in die Vormerkliste auf (Vormerk-Nr. [[AZ|WBS-V 25/1187]]).

TOP 3 Verschiedenes
– Neues Fachverfahren „OPEN/PROSOZ" (Modul Wohnungsnotfall) ab 01.09.2025; Schulung am 17.06.2025.
– Ratsvorlage Drucksache 17/0412 „Wohnraumversorgungskonzept" im Sozialausschuss am 26.06.2025.
– Bebauungsplan Nr. 214 „Zechenfeld-Süd": 38 geförderte Wohnungen, Bezug voraussichtlich 2027.

Nächste Sitzung: 25.06.2025, 09:30 Uhr, gleicher Raum.

gez. [[P|Brandt]]                         gez. Dr. [[P|Overbeck]]""")

# ---------------------------------------------------------------- 011 CSV export pasted into a mail
CSV_ROWS = [
    ("WN-25-0391", "Dumitrescu", "Ionuț", "1979-04-30", "Schalker Str. 56", "45881;Lippewerth", "23 C 1097/25", "2025-06-11", "4"),
    ("WN-25-0402", "Hamdan", "Nour", "1991-12-02", "Ewaldstr. 117", "45892;Lippewerth", "23 C 1126/25", "2025-06-18", "3"),
    ("WN-25-0415", "Traoré", "Fatoumata", "1993-03-05", "Marler Str. 212", "45889;Lippewerth", "12 C 388/25", "2025-06-25", "1"),
    ("WN-25-0433", "Lehnhoff", "Detlef", "1959-01-08", "Zur Zeche Ewald 3", "45897;Lippewerth", "23 C 1190/25", "2025-06-24", "1"),
]
csv_lines = []
for az, name, vorname, geb, strasse, plzort, gaz, termin, pers in CSV_ROWS:
    csv_lines.append(f"[[AZ|{az}]];[[P|{name}]];[[P|{vorname}]];[[DOB|{geb}]];[[A|{strasse}]];[[A|{plzort}]];"
                     f"AG Lippewerth;[[AZ|{gaz}]];{termin};{pers}")
CSV = "\n".join(csv_lines).replace("AG Lippewerth;[[AZ|12 C 388/25]]", "AG Gelsenkirchen-Buer;[[AZ|12 C 388/25]]")
doc("outlook", "csv_export", [], f"""Von: [[P|Schäfer-Tiedemann, Ilka]] <[[E|ilka.schaefer-tiedemann@lippewerth.de]]>
Gesendet: Freitag, 6. Juni 2025 12:31
An: [[P|Przybilla, Tobias]] <[[E|tobias.przybilla@lippewerth.de]]>
Betreff: Export Räumungstermine Juni/Juli – bitte mit Wohnungsangeboten abgleichen

hi [[P|tobias]],

hier der Export aus dem Fachverfahren (Räumungsmitteilungen mit Termin bis Mitte Juli). Kannst du schauen, ob ihr für die Haushalte mit 3+ Personen was Passendes im Kontingent habt? Letzte Spalte = Personen im Haushalt. Bitte nicht weiterleiten, nur für den Abgleich.

Az;Name;Vorname;Geburtsdatum;Strasse;PLZ;Ort;Gericht;Gericht-Az;Termin;Personen
{CSV}

Zeile 2: Frau [[P|Hamdan]] wohnt inzwischen bei ihrer Schwester, der Termin bleibt trotzdem drin. Bei Herrn [[P|Lehnhoff]] (Zeile 4) hat das Gericht das Az. korrigiert, im Export steht schon das neue.

danke dir!
[[P|Ilka]]""")

# ---------------------------------------------------------------- 012 application form filled in as text
doc("word", "antrag_energieschulden", ["HEALTH"], f"""ANTRAG auf Übernahme von Energiekostenrückständen
(§ 36 SGB XII / § 22 Abs. 8 SGB II) – Vordruck WNH-7 (Stand 01/2025)

1. Antragsteller/in
Name, Vorname: [[P|Reimer, Waldemar]]
Geburtsdatum / -ort: [[DOB|17.03.1957]] / Karaganda (Kasachstan)
Staatsangehörigkeit: deutsch (Spätaussiedler seit 1994)
Anschrift: [[A|Am Schwarzbach 6]], [[A|45897 Lippewerth]]
Telefon: [[T|02365 / 38 19 04]]     E-Mail: [[E|w.reimer57@web.de]]
Rentenversicherungsnummer: [[SSN|{SSN_REIMER}]]
Krankenversichertennummer: [[KV|{KV_REIMER}]]
Steuerliche Identifikationsnummer: [[TID|{tid_sp(TID_REIMER)}]]
Personalausweis-Nr.: [[IDC|{IDC_REIMER}]]

2. Ehegatte / Lebenspartner/in
Name, Vorname: [[P|Reimer, Lydia]], geb. [[P|Dyck]]
Geburtsdatum: [[DOB|05.10.1959]]
Rentenversicherungsnummer: [[SSN|{rv_sp(SSN_LYDIA)}]]

3. Weitere Personen im Haushalt: keine

4. Energieversorger
Stadtwerke Lippewerth GmbH, Kundennummer [[AZ|2108 1175 0]], Vertragskonto [[AZ|8000 3356 0192]]
Rückstand Strom: 986,41 € – Sperre angedroht zum 16.06.2025
Grund für den hohen Verbrauch: Herr [[P|Reimer]] ist wegen COPD auf einen Sauerstoffkonzentrator angewiesen (Dauerbetrieb, ärztliche Bescheinigung liegt bei).

5. Einkommen
Altersrente Herr [[P|Reimer]]: 1.084,20 €; Altersrente Frau [[P|Reimer]]: 612,73 €; Wohngeld: 118,00 €

6. Bankverbindung
Kontoinhaber: [[P|Waldemar Reimer]]
IBAN: [[IBAN|{g4(IBAN_REIMER)}]]     BIC: GENODEM1GBU

7. Erklärung
Ich versichere, dass meine Angaben vollständig und richtig sind. Änderungen teile ich unverzüglich mit.

Lippewerth, 02.06.2025          Unterschrift: [[P|W. Reimer]]

– Nur für den Dienstgebrauch –
Eingang: 03.06.2025    Bearbeitung: [[P|Wischnewski]]    Az.: [[AZ|50.2-SH-118/0251]]""")

# ---------------------------------------------------------------- 013 landlord's lawyer
doc("outlook", "anwalt_vermieter", [], f"""Von: RAin Dr. [[P|Friederike von Aschenbach]] <[[E|f.aschenbach@ra-aschenbach.de]]>
Gesendet: Mittwoch, 4. Juni 2025 17:05
An: Zentrale Fachstelle Wohnungssicherung <[[N|wohnungssicherung@lippewerth.de]]>
Betreff: Emscher Wohnen GmbH ./. [[P|Fakhoury]] – AG Lippewerth [[AZ|23 C 1184/25]] – unser Zeichen [[AZ|118/25 FA09]]

Sehr geehrte Damen und Herren,

in vorbezeichneter Angelegenheit vertrete ich die Emscher Wohnen GmbH. Die Beklagten, die Eheleute [[P|Khaled]] und [[P|Nadine Fakhoury]], haben mitgeteilt, dass die Stadt die Übernahme der Rückstände prüft.

Meine Mandantin ist grundsätzlich bereit, das Mietverhältnis fortzusetzen, wenn bis zum 20.06.2025 folgende Beträge ausgeglichen sind:
Mietrückstand Januar bis Mai 2025: 5.398,25 €
Gerichtskosten: 438,00 €
Rechtsanwaltskosten: 627,13 €
Summe: 6.463,38 €

Bitte überweisen Sie auf mein Anderkonto:
IBAN [[IBAN|{g4(IBAN_ANDERKONTO)}]]
Kontoinhaberin: Rechtsanwältin Dr. [[P|Friederike von Aschenbach]] (Anderkonto)
Verwendungszweck: [[AZ|118/25 FA09]] [[P|Fakhoury]]

Der Sohn der Beklagten, Herr [[P|Karim Fakhoury]], hat mir gegenüber telefonisch ([[T|+49 1523 6618 204]]) erklärt, er werde sich ab Juli an der Miete beteiligen. Eine schriftliche Erklärung liegt mir nicht vor.

Eine Verlegung des Termins am 24.06.2025 beantrage ich nicht.

Mit freundlichen Grüßen

Dr. [[P|Friederike von Aschenbach]]
Rechtsanwältin · Fachanwältin für Miet- und Wohnungseigentumsrecht
[[N|Kanalstraße 14]] · [[N|45881 Lippewerth]]
Tel. [[N|02365 9570-0]] · Fax [[N|02365 9570-29]]
St.-Nr. [[TNR|{TNR_ASCHENBACH}]] · USt-IdNr. [[VAT|{VAT_ASCHENBACH}]]""")

# ---------------------------------------------------------------- 014 note: Yazidi family, documents
doc("word", "vermerk_unterlagen", ["RELIGION", "HEALTH"], f"""Vermerk

Betr.: Familie [[P|Qasim Haji]], [[A|Vinckestraße 9]], [[A|45881 Lippewerth]] – Sicherung der Wohnung, fehlende Unterlagen beim Jobcenter
Az.: [[AZ|50.3-WN-2025/0452]]

1. Sachverhalt
Herr [[P|Khudeida Qasim Haji]] (geb. [[DOB|01.07.1975]]) und Frau [[P|Gulê Elias Silo]] (geb. [[DOB|01.07.80]]) leben mit ihren Kindern [[P|Dilovan]] (geb. [[DOB|14.02.2008]]) und [[P|Nesrin]] (geb. [[DOB|03.09.2011]]) seit 2019 in einer Wohnung der Emscher Wohnen GmbH (Vertrags-Nr. [[AZ|WE 4471/12]]). Die Familie gehört der jesidischen Glaubensgemeinschaft an und ist 2014 aus Sindschar geflohen. Frau [[P|Silo]] ist wegen einer posttraumatischen Belastungsstörung im Psychosozialen Zentrum in Behandlung; Termine nimmt meist der Sohn wahr.

Das Jobcenter hat die Leistungen zum 01.04.2025 vorläufig eingestellt (§ 41a SGB II), weil die Verlängerung der Aufenthaltstitel nicht nachgewiesen war. Inzwischen liegen vor:
– irakischer Reisepass Herr [[P|Qasim Haji]], Nr. [[PASS|{PASS_QASIM}]], gültig bis 11/2029
– irakischer Reisepass Frau [[P|Silo]], Nr. [[PASS|{PASS_SILO}]]
– Reiseausweis für Flüchtlinge [[P|Dilovan]], Nr. [[PASS|{PASS_DILOVAN}]]
– Aufenthaltserlaubnisse nach § 25 Abs. 2 AufenthG, verlängert bis 05/2028
– Mitgliedsbescheinigung AOK NordWest, KVNR Herr [[P|Qasim Haji]]: [[KV|{KV_QASIM}]]

2. Weiteres Vorgehen
a) Unterlagen am 06.06.2025 per Boten an das Jobcenter (BG-Nr. [[AZ|45801BG0039927]]), Bitte um Nachzahlung April/Mai direkt an die Vermieterin.
b) Herr [[P|Ilić]] (Emscher Wohnen) wird gebeten, bis 30.06. von einer Kündigung abzusehen.
c) Der Wasserschaden in der Wohnung darunter (Familie [[P|Nowak]]) ist Sache der Versicherungen.
d) Sprachmittlung Kurmancî für den nächsten Termin: Herr [[P|Sherzad Bakr]], Tel. [[T|0162 448 19 03]].

Kontakt zur Familie über den Sohn [[P|Dilovan]]: [[T|0152 0718 4469]]

Lippewerth, 05.06.2025
[[P|I. Schäfer-Tiedemann]]""")

# ---------------------------------------------------------------- 015 guesthouse invoice mail
doc("outlook", "pension_abrechnung", [], f"""Von: Pension Zur Zeche <[[N|info@pension-zur-zeche.de]]>
Gesendet: Montag, 2. Juni 2025 18:22
An: Ordnungsamt Unterbringung <[[N|unterbringung@lippewerth.de]]>
Cc: [[P|Hülsmann, Sven]] <[[E|sven.huelsmann@lippewerth.de]]>
Betreff: Abrechnung Mai 2025 – Unterbringung Obdachlose

Guten Abend Herr [[P|Hülsmann]],

anbei wie besprochen die Aufstellung für Mai. Die Rechnung 2025-05-118 kommt mit der Post.

Gast | Zimmer | Zeitraum | Nächte | Ihre Kostenübernahme
[[P|Lo Presti, Giuseppe]] | 4 | 04.05.–31.05. | 27 | [[AZ|OA 32.4-KÜ-25/058]]
[[P|Asante-Mensah, Kwame]] + [[P|Abena Asante-Mensah]] + 2 Kinder | 7/8 | 01.05.–31.05. | 30 | [[AZ|OA 32.4-KÜ-25/049]]
[[P|Diop, Awa]] | 11 | 12.05.–31.05. | 19 | [[AZ|OA 32.4-KÜ-25/061]]
[[P|Sokolow, Dmitrij]] | 2 | 01.05.–09.05. | 8 | [[AZ|OA 32.4-KÜ-25/031]]

Einzelzimmer: 54 Nächte x 32,00 € = 1.728,00 €
Familienzimmer: 30 Nächte x 89,00 € = 2.670,00 €
Summe netto 4.398,00 € zzgl. 7 % USt 307,86 € = 4.705,86 €

Herr [[P|Lo Presti]] hat die Nächte vom 01.05. bis 03.05. selbst bezahlt (Visa [[CC|{g4(CC_LOPRESTI)}]]), die sind NICHT in der Aufstellung.
Herr [[P|Sokolow]] ist am 09.05. ohne Abmeldung weg, seine Sachen stehen noch im Keller. Handy [[T|+49 1590 4417 280]] geht nicht ran. Wie lange muss ich das aufbewahren?

Mit freundlichen Grüßen
[[P|Dimitrios Karagiannis]]

Pension Zur Zeche – Inh. [[P|D. Karagiannis]]
[[N|Zechenring 31]] · [[N|45886 Lippewerth]] · Tel. [[N|02365 4412-0]]
St.-Nr. [[TNR|{TNR_KARAG}]] · USt-IdNr. [[VAT|{VAT_KARAG[:2]} {VAT_KARAG[2:5]} {VAT_KARAG[5:8]} {VAT_KARAG[8:]}]]
Bank: Volksbank Ruhr Mitte · [[IBAN|{IBAN_KARAG}]]""")

# ---------------------------------------------------------------- 016 quoted reply between staff, family living in car
doc("outlook", "interne_mail_pkw", [], f"""Von: [[P|Schäfer-Tiedemann, Ilka]]
Gesendet: Mittwoch, 4. Juni 2025 10:37
An: [[P|Hülsmann, Sven]]
Betreff: AW: Pkw-Bewohner Parkplatz Stadion / Einweisung?

hi [[P|sven]],

war um 7:30 mit [[P|Mustafa]] von der Streetwork da. die beiden heißen [[P|Sevdalin Yusein]] (geb. [[DOB|9.5.1999]] laut bulgarischem Ausweis Nr. [[IDC|{IDC_YUSEIN}]]) und [[P|Fatme Salieva]], das baby ist 4 monate alt und heißt [[P|Elif]]. sie schlafen seit ca. 10 tagen im opel zafira mit dem kennzeichen [[KFZ|PB 4471 KX]] auf dem parkplatz P3 am stadion.

die einweisungsverfügung nach § 14 OBG kannst du fertig machen, zimmer 0.04 in der kokereistraße ist frei. letzte meldeadresse war [[A|Bochumer Str. 212]] ([[A|45879 Lippewerth]]), dort von amts wegen abgemeldet.
handy herr [[P|yusein]]: [[T|+359 897 42 18 06]] (nur whatsapp)

lg [[P|Ilka]]

Am 04.06.2025 um 06:58 schrieb [[P|Hülsmann, Sven]] <[[E|sven.huelsmann@lippewerth.de]]>:
> Moin [[P|Ilka]],
> kannst du heute früh mit rausfahren? Der Sicherheitsdienst vom Stadion meldet, dass da wieder ein Auto mit Familie steht, bulgarisches Kennzeichen. Ich hab um 9 Uhr Dienstbesprechung in Raum 3.11, komme danach dazu.
> Gruß [[P|Sven]]""")

# ---------------------------------------------------------------- 017 plain-language letter to Bulgarian family
doc("word", "einladung_einfache_sprache", [], f"""Stadt Lippewerth | Fachbereich Soziales | [[N|Europaplatz 1]] | [[N|45879 Lippewerth]]

Herrn [[P|Stojan Kostadinov]]
Frau [[P|Silvija Kostadinova]]
[[A|Hafenstraße 7]]
[[A|45881 Lippewerth]]

Ihr Zeichen: –
Unser Zeichen: [[AZ|50.3-WN-2025/0466]]
Datum: 06.06.2025

Ihre Miete – wir wollen Ihnen helfen
Einladung zu einem Gespräch

Guten Tag Herr [[P|Kostadinov]],
guten Tag Frau [[P|Kostadinova]],

Ihr Vermieter, Herr [[P|Schulte-Bräucker]], hat uns geschrieben. Sie haben seit Februar keine Miete bezahlt. Es fehlen jetzt 2.460 Euro. Ihr Vermieter kann Ihnen deshalb kündigen. Dann müssen Sie vielleicht aus der Wohnung ausziehen.

Wir möchten Ihnen helfen. Bitte kommen Sie zu einem Gespräch:
Dienstag, 17. Juni 2025, um 10:00 Uhr
Rathaus Lippewerth, Europaplatz, Zimmer 2.14
Eine Dolmetscherin für Bulgarisch ist da: Frau [[P|Jana Dimitrova]].

Bitte bringen Sie mit:
– Ihre Ausweise. Achtung, Herr [[P|Kostadinov]]: Ihr Ausweis mit der Nummer [[IDC|{IDC_KOSTADINOV}]] ist seit März abgelaufen.
– den Mietvertrag
– Kontoauszüge der letzten 3 Monate
– Briefe vom Jobcenter oder von der Familienkasse (Kindergeld-Nummer [[AZ|115FK328471]])

Sie haben an dem Tag keine Zeit? Dann rufen Sie bitte an: [[N|02365 99-4417]].

Mit freundlichen Grüßen
Im Auftrag

[[P|Ilka Schäfer-Tiedemann]]
Sozialarbeiterin""")

# ---------------------------------------------------------------- 018 Caritas counsellor, documents
doc("outlook", "beratungsstelle_unterlagen", [], f"""Von: [[P|Ramona Dinu]] <[[E|ramona.dinu@caritas-lippewerth.de]]>
Gesendet: Donnerstag, 5. Juni 2025 14:48
An: [[P|Schäfer-Tiedemann, Ilka]]
Cc: [[P|Przybilla, Tobias]]
Betreff: Fam. [[P|Căldăraru]] – Unterlagen für Mietschulden / WBS

Liebe Frau [[P|Schäfer-Tiedemann]],

wie am Mittwoch besprochen schicke ich Ihnen die Daten, die ich mit der Familie zusammengetragen habe. Die Scans lade ich über das Bürgerportal hoch (Vorgangsnummer [[AZ|BP-2025-118734]]).

Herr [[P|Marian Căldăraru]]
Personalausweis Rumänien: seria/nr. [[IDC|{IDC_RO_MARIAN}]]
Steuer-ID: [[TID|{TID_MARIAN}]]

Frau [[P|Florentina Căldăraru]]
Personalausweis Rumänien: seria/nr. [[IDC|{IDC_RO_FLORENTINA}]] (abgelaufen 08/2024, neuer beim Konsulat in Bonn beantragt)
Steuer-ID: [[TID|{TID_FLORENTINA}]]

Kinder:
[[P|Denisa]] – Steuer-ID [[TID|{tid_sp(TID_DENISA)}]]
[[P|Alexandru]] – Steuer-ID [[TID|{tid_sp(TID_ALEXANDRU)}]]
[[P|Rebeca-Maria]] – Steuer-ID [[TID|{tid_sp(TID_REBECA)}]]
Kindergeld: Familienkasse NRW West, Kindergeldnummer [[AZ|215FK774052]]

Konten:
Sparkasse Gelsenkirchen: [[IBAN|{g4(IBAN_CALD)}]]
Banca Transilvania (Rumänien): [[IBAN|{IBAN_RO}]] – Guthaben lt. Auszug 14,20 RON

Arbeitgeber von Herrn [[P|Căldăraru]]: Ruhr-Clean Personal GmbH, seit 01.02.2025, 30 Std./Woche.
Herr [[P|Yıldırım]] hat mir am Telefon ([[T|0172 9930 418]]) bestätigt, dass er die Kündigung zurücknimmt, wenn das Geld bis 15.06. da ist.

Herzliche Grüße
[[P|Ramona Dinu]]
Caritasverband Lippewerth e.V. – Migrationsdienst
[[N|Kirchplatz 4]] · [[N|45879 Lippewerth]]
Tel. [[N|02365 2077-31]] · mobil [[T|0160 91 33 74 02]] (Di/Do)""")

# ---------------------------------------------------------------- 019 monthly report (hard negatives, almost no entities)
doc("word", "monatsbericht", [], f"""Bericht der Zentralen Fachstelle Wohnungssicherung – Mai 2025
zur Vorlage im Ausschuss für Soziales und Gesundheit am 26.06.2025 (Drucksache 17/0433)

1. Fallzahlen
Neue Räumungsmitteilungen der Amtsgerichte (§ 22 Abs. 9 SGB II): 23 (April: 19)
davon AG Lippewerth: 17, AG Gelsenkirchen-Buer: 4, AG Herne-Wanne: 2
Abgewendete Wohnungsverluste: 11 (Übernahme nach § 22 Abs. 8 SGB II: 6; nach § 36 SGB XII: 3; Vereinbarung ohne Zahlung: 2)
Volumen Mietschuldenübernahmen: 28.417,63 € (Darlehen 21.090,00 €; Beihilfen 7.327,63 €)
Sperrandrohungen der Stadtwerke: 41, durchgeführte Sperren: 9

2. Unterbringung nach dem OBG
Belegung Übergangsheim Kokereistraße: 57 von 64 Plätzen (89 %); Hotel und Pension: 14 Personen
Durchschnittliche Verweildauer: 7,4 Monate
Haushalte mit Kindern: 12 (darunter 31 minderjährige Kinder)
Staatsangehörigkeit der Untergebrachten: deutsch 38 %, bulgarisch 17 %, rumänisch 14 %, syrisch 9 %, irakisch 7 %, sonstige 15 %

3. Personal
Stellenplan 50.3: 6,5 Stellen; Stellen 50.3.004 und 50.3.006 sind unbesetzt. Die Ausschreibung (Kennziffer 2025/50/07) läuft bis 30.06.2025.

4. Vorhaben
– Kooperationsvertrag mit der Emscher Wohnen GmbH (Kontingent 20 Wohnungen, Bebauungsplan Nr. 214 „Zechenfeld-Süd")
– Einführung der E-Akte „enaio" im Fachbereich zum 01.10.2025
– Haushaltsstelle 1.05.03.01, Sachkonto 533100: Mittelabfluss 46 %
– Beratungsangebot im Stadtteilbüro an der Cranger Straße, dienstags 14–17 Uhr

Hinweis: Der Bericht enthält keine personenbezogenen Daten. Fallzahlen unter 5 werden nicht einzeln ausgewiesen.

Lippewerth, 04.06.2025

Dr. [[P|Anke Overbeck]]
Fachbereichsleiterin Soziales
Telefon [[N|02365 99-4400]]""")

# ---------------------------------------------------------------- 020 job centre forwarding a citizen mail
doc("outlook", "jobcenter_weiterleitung", ["HEALTH"], f"""Von: [[P|Olschewski, Bernadette]] <[[E|bernadette.olschewski@jobcenter-ge.de]]>
Gesendet: Donnerstag, 5. Juni 2025 13:40
An: Wohnungssicherung (Stadt Lippewerth)
Betreff: WG: strom / Frau [[P|Melnyk]] / BG [[AZ|45801BG0047113]]

Hallo zusammen,

zur Info und mit Einverständnis der Kundin weitergeleitet. Ein Darlehen für die Stromschulden können wir nach § 24 Abs. 1 SGB II gewähren, wenn die Stadtwerke der Tilgung durch Aufrechnung zustimmen. Die Miete liegt mit 612 € bruttokalt über der Angemessenheitsgrenze (541 € für 2 Personen); die Kostensenkungsaufforderung ist am 15.01.2025 ergangen.

Kundennummer: [[AZ|512D207719]]
RV-Nummer (für den Minijob-Abgleich): [[SSN|{SSN_MELNYK}]]

Viele Grüße
[[P|Bernadette Olschewski]]
Jobcenter Lippewerth | Leistungsteam 512 | [[N|Kurt-Schumacher-Straße 80]] | [[N|45881 Lippewerth]]

---------- Weitergeleitete Nachricht ----------
Von: [[P|Oksana Melnyk]] <[[E|oksana.melnyk88@ukr.net]]>
Datum: Mi., 4. Juni 2025 um 22:17
Betreff: strom
An: <[[N|jobcenter-lippewerth.team512@jobcenter-ge.de]]>

Sehr geehrte frau [[P|Olschewski]],
Stadtwerke will strom abstellen am 10 Juni. Ich habe nicht bezahlt weil ich nach Kiew fahren musste zu meine Mutter, sie hat Krebs und Operation, und Geld war weg. Jetzt arbeite ich wieder Minijob in Bäckerei. Mein Sohn [[P|Taras]] braucht Strom für Schule und Laptop. Ich kann jeden Monat 50 Euro zahlen.
Meine Adresse neu: [[A|Zollvereinstraße 58]], nicht mehr [[A|Flöz-Sonnenschein-Weg 3]].
Telefon [[T|+380 67 412 9083]] und deutsche [[T|0157 3382 1046]]

З повагою
[[P|Oksana Melnyk]]""")

# ---------------------------------------------------------------- 021 interview note, German man living in his car
doc("word", "gespraechsvermerk", ["HEALTH"], f"""Gesprächsvermerk

Vorsprache am 02.06.2025 in der Zentralen Fachstelle, Zimmer 2.14 (ohne Termin)
Sachbearbeitung: [[P|Schäfer-Tiedemann]]
Az.: [[AZ|50.3-WN-2025/0471]]

Person: Herr [[P|Rüdiger Schwertfeger]], geb. am [[DOB|27. Oktober 1966]] in Wanne-Eickel
Ausweis: Personalausweis Nr. [[IDC|{IDC_SCHW}]] abgelaufen; vorgelegt und kopiert wurde der Reisepass Nr. [[PASS|{PASS_SCHW}]]
Letzte Anschrift: [[A|Dahlhauser Weg 12]], [[A|45894 Lippewerth]] – Wohnung am 30.04.2025 geräumt (Obergerichtsvollzieherin [[P|Beckmann-Nwosu]], [[AZ|DR II 0874/25]])
Derzeit: übernachtet im eigenen Pkw ([[KFZ|HER-RS 661]]) oder bei seiner Schwester, Frau [[P|Petra Lisowski]], [[A|Am Rübenkamp 5]], [[A|44625 Herne]], Tel. [[T|02323 / 9 84 51 07]]
Einkommen: Rente wegen voller Erwerbsminderung, Knappschaft-Bahn-See, Versicherungsnummer [[SSN|{rv_sp(SSN_SCHW)}]], Zahlbetrag 1.031,44 €
Krankenversicherung: Knappschaft, KVNR [[KV|{KV_SCHW}]]
Konto: [[IBAN|{g4(IBAN_SCHW)}]] (Pfändungsschutzkonto)

Herr [[P|Schwertfeger]] berichtet, er habe seit der Trennung 2023 „zu viel getrunken" und deshalb die Miete nicht mehr gezahlt. Seit Januar sei er trocken und gehe wöchentlich in die Gruppe der Suchtberatung. Eine Unterbringung in der Kokereistraße lehnt er ab („da geht's mir nach einer Woche wieder schlecht").

Vereinbart:
– Antrag auf Hilfe nach §§ 67 ff. SGB XII (Herr [[P|Wischnewski]]), Termin 10.06.2025
– Antrag auf Wohnberechtigungsschein beim FB 64
– Postanschrift vorübergehend über die Schwester
Erreichbar: [[T|0173 5520 981]]

[[P|Schäfer-Tiedemann]]""")

# ---------------------------------------------------------------- 022 bailiff announces eviction
doc("outlook", "gerichtsvollzieher", [], f"""Von: [[P|Beckmann-Nwosu, Annette]] <[[E|annette.beckmann-nwosu@gv.justiz.nrw.de]]>
Gesendet: Montag, 30. Juni 2025 08:05
An: Zentrale Fachstelle Wohnungssicherung; Ordnungsamt Unterbringung
Betreff: Räumungstermin [[AZ|DR II 1187/25]] – [[P|Dumitrescu]], [[A|Schalker Str. 56]]

Sehr geehrte Damen und Herren,

in der Zwangsvollstreckungssache Lippewerther Gemeinnützige Wohnungsbau eG ./. [[P|Ionuț Dumitrescu]] und [[P|Mihaela Dumitrescu]] (Titel: Urteil des AG Lippewerth vom 11.06.2025, [[AZ|23 C 1097/25]]) teile ich Ihnen mit, dass die Räumung am Dienstag, 22.07.2025, 9:00 Uhr stattfindet.

Betroffene Wohnung: [[A|Schalker Straße 56]], 2. OG Mitte, [[A|45881 Lippewerth]]
Nach Angaben der Gläubigerin leben im Haushalt zwei minderjährige Kinder ([[P|Andrei]], ca. 8 Jahre, und [[P|Ioana]], ca. 4 Jahre).

Die Schuldner waren bei meinem Besuch am 27.06.2025 nicht anzutreffen. Die Nachbarin, Frau [[P|Grabowski]], gab an, die Familie sei „seit Pfingsten in Rumänien". Ich bitte um Mitteilung, ob eine Unterbringung vorbereitet wird, damit ich die Spedition entsprechend beauftragen kann.

Mit freundlichen Grüßen
[[P|Annette Beckmann-Nwosu]]
Obergerichtsvollzieherin
Geschäftszimmer: [[N|Husemannstraße 15]], [[N|45879 Lippewerth]]
Tel. [[N|02365 58 11 90]] (Sprechzeit Di 8–9 Uhr)
Bitte geben Sie stets die DR-Nummer an: [[AZ|DR II 1187/25]]""")

# ---------------------------------------------------------------- 023 letter to private landlord
doc("word", "schreiben_vermieter", [], f"""Stadt Lippewerth · Der Oberbürgermeister · Fachbereich Soziales
[[N|Europaplatz 1]] · [[N|45879 Lippewerth]]

Herrn
[[P|Cemal Yıldırım]]
[[A|Hochlarmarkstraße 140]]
[[A|45896 Lippewerth]]

Ihr Zeichen: Ihr Schreiben vom 26.05.2025
Unser Zeichen: [[AZ|50.3-WN-2025/0417]]
Kassenzeichen: [[AZ|5.8401.224107.3]]
Datum: 10.06.2025

Mietverhältnis [[P|Căldăraru]], [[A|Bergmannsglück 14a]], Dachgeschoss
Übernahme der Mietrückstände

Sehr geehrter Herr [[P|Yıldırım]],

wir bestätigen Ihnen, dass die Stadt Lippewerth die Mietrückstände Ihrer Mieter, Herrn [[P|Marian Căldăraru]] und Frau [[P|Florentina Căldăraru]], für die Monate April und Mai 2025 in Höhe von insgesamt 1.380,00 EUR übernimmt. Der Betrag wird innerhalb von zehn Tagen auf Ihr Konto überwiesen:

Kontoinhaber: [[P|Cemal Yıldırım]]
IBAN: [[IBAN|{g4(IBAN_YILDIRIM)}]]
Verwendungszweck: Kassenzeichen [[AZ|5.8401.224107.3]]

Wie mit Frau [[P|Dinu]] vom Caritasverband besprochen, nehmen Sie im Gegenzug die Kündigung vom 20.05.2025 zurück. Bitte bestätigen Sie uns das schriftlich bis 20.06.2025. Über die Feuchtigkeitsschäden im Kinderzimmer informiert Sie die Wohnungsaufsicht gesondert.

Mit freundlichen Grüßen
Im Auftrag

[[P|Ilka Schäfer-Tiedemann]]

Durchschrift: Familie [[P|Căldăraru]] zur Kenntnis; Caritasverband, Frau [[P|Dinu]]""")

# ---------------------------------------------------------------- 024 volunteer mail, family reunification, DNA test
doc("outlook", "ehrenamt_familiennachzug", ["GENETIC", "HEALTH"], f"""Von: [[P|Gitti Overmann]] <[[E|gitti.overmann@gmx.net]]>
Gesendet: Samstag, 7. Juni 2025 21:36
An: [[E|ilka.schaefer-tiedemann@lippewerth.de]]
Betreff: Familie [[P|Al-Khatib]] – Wohnung zu klein wenn [[P|Mohammad]] kommt

Liebe Frau [[P|Schäfer-Tiedemann]],

ich bin die ehrenamtliche Patin von Familie [[P|Al-Khatib]] (Flüchtlingshilfe Zechenfeld), wir waren im März zusammen bei [[P|Abdulrahman]] und [[P|Rasha]] zu Hause.

Es gibt gute und schlechte Nachrichten. Die Botschaft in Beirut hatte für [[P|Mohammad]] (geb. [[DOB|02.01.2006]]) einen DNA-Abstammungstest verlangt, weil seine syrische Geburtsurkunde nicht anerkannt wurde. Das Gutachten ist jetzt da: die Vaterschaft von [[P|Abdulrahman Al-Khatib]] ist mit 99,99 % bestätigt. Das Visum kommt wohl im Juli. Seine Passnummer ist [[PASS|{PASS_MOHAMMAD}]].

Dann wohnen sie zu siebt auf 64 m² in der [[A|Schalker Straße 118]], und der Vermieter, Herr [[P|Klaus-Dieter Hemsing]], hat wegen Eigenbedarf zum 31.08. gekündigt (Schreiben vom 02.06.).

Falls Sie es für den WBS-Antrag brauchen: Passnummern [[P|Abdulrahman]] [[PASS|{PASS_ABDUL}]], [[P|Rasha Haj Hussein]] [[PASS|{PASS_RASHA}]] (beide syrisch, gültig bis 2027), die Kinder [[P|Yamen]], [[P|Lana]], [[P|Jouri]] und [[P|Adam]] sind im Pass der Mutter eingetragen. [[P|Abdulrahman]] hat die Steuer-ID [[TID|{TID_ABDUL}]], er arbeitet seit März als Lagerhelfer bei einer Spedition in Gladbeck.

Können wir einen Termin machen? Ich kann dienstags und donnerstags nach 15 Uhr. Mein Handy: [[T|0175-6612094]].

Viele Grüße
[[P|Gitti]] ([[P|Brigitte Overmann]])

PS: [[P|Rasha]] ist wieder schwanger, errechneter Termin im November. Das sollte beim WBS mitzählen, oder?""")

# ---------------------------------------------------------------- 025 counselling centre, harassment in shelter
doc("outlook", "beratung_verlegung", ["SEXUAL_ORIENTATION", "HEALTH"], f"""Von: [[P|Jonas Wiechert-Amadi]] <[[E|j.wiechert-amadi@queeres-zentrum-ruhr.de]]>
Gesendet: Freitag, 6. Juni 2025 10:05
An: [[P|Hülsmann, Sven]]; [[P|Schäfer-Tiedemann, Ilka]]
Betreff: Dringend: Verlegung Herr [[P|Al-Saadi]] aus dem Übergangsheim

Sehr geehrter Herr [[P|Hülsmann]], sehr geehrte Frau [[P|Schäfer-Tiedemann]],

ich begleite seit Februar Herrn [[P|Haider Jawad Al-Saadi]] (DOB [[DOB|19/08/1997]]), der im Übergangsheim Kokereistraße, Zimmer 2.08, untergebracht ist. Herr [[P|Al-Saadi]] ist schwul und wurde deshalb im Irak verfolgt; sein Asylverfahren läuft noch (BAMF-Az. [[AZ|8512736-438]]). In der Unterkunft wurde er in den letzten Wochen von zwei Mitbewohnern mehrfach beleidigt und am 01.06. geschlagen. Die Anzeige ist bei der Polizei aufgenommen (Tagebuch-Nr. [[AZ|0918731/2025]]).

Seit dem Vorfall schläft er kaum und ist bei einer Psychotherapeutin in Behandlung. Krankenversichert ist er über die AOK, KVNR [[KV|{KV_ALSAADI}]], falls die Kosten geklärt werden müssen.

Wir bitten dringend um eine Unterbringung in einer Einzelwohnung oder in einer Pension. Das Wohnprojekt „Regenbogenhaus" in Bochum hätte ab 01.07. ein Zimmer frei (Kontakt: [[P|Timo Rehbein]], [[T|0234 / 79 20 41 18]]).

Herr [[P|Al-Saadi]] ist unter [[T|+49 1520 8834 719]] erreichbar (Arabisch, Englisch). Bitte rufen Sie ihn nicht über die Unterkunft aus.

Mit freundlichen Grüßen
[[P|Jonas Wiechert-Amadi]] (er/ihm)
Queeres Zentrum Ruhr e.V. – Beratung für LSBTIQ*-Geflüchtete
[[N|Kortumstraße 52]] · [[N|44787 Bochum]] · [[N|0234 7920 410]]""")

# ---------------------------------------------------------------- 026 Excel list of arrears pasted into a mail
XL_ROWS = [
    ("0142.07.0033", "[[P|Öztürk, Serkan]] u. [[P|Melek]]", "Overwegstraße 27", "738,00", "2.214,00", "03/2025", "JC-Darlehen bewilligt 03.06."),
    ("0311.02.0108", "[[P|Qasim Haji, Khudeida]]", "Vinckestraße 9", "643,00", "1.286,00", "04/2025", "Unterlagen JC fehlen; Wasserschaden"),
    ("0207.11.0241", "[[P|Nguyễn Thị Thu Hà]]", "Cranger Straße 301", "512,50", "1.537,50", "02/2025", "Tel. [[T|0176 8812 4037]]"),
    ("0188.04.0077", "[[P|Wójcik, Krzysztof]]", "Emscherbruch 3", "690,00", "2.070,00", "02/2025", "hat sich selbst gemeldet"),
    ("0520.03.0019", "[[P|de Almeida Santos, João Paulo]]", "Marler Straße 88", "820,00", "1.640,00", "04/2025", "Ratenzahlung nicht eingehalten"),
    ("0333.09.0150", "[[P|Haddad, Rima]]", "Bergmannsglück 60", "590,00", "1.770,00", "03/2025", "Kontakt über Tochter [[P|Lara]], [[E|lara.haddad@outlook.de]]"),
    ("0102.05.0004", "[[P|van der Meulen, Hendrik]]", "Am Wasserturm 2", "1.020,00", "3.060,00", "01/2025", "Klage eingereicht, AG Lippewerth [[AZ|23 C 1211/25]]"),
    ("0276.06.0091", "[[P|Ehrlich, Bernd]]", "Glückaufstraße 41", "480,00", "960,00", "04/2025", "–"),
]
xl = "\n".join(f"[[AZ|{nr}]]\t{name}\t[[A|{adr}]]\t{miete}\t{rs}\t{seit}\t{bem}" for nr, name, adr, miete, rs, seit, bem in XL_ROWS)
doc("outlook", "excel_rueckstaende", [], f"""Von: [[P|Ilić, Dragan]] <[[E|dragan.ilic@emscher-wohnen.de]]>
Gesendet: Dienstag, 3. Juni 2025 15:12
An: [[P|Przybilla, Tobias]] <[[E|tobias.przybilla@lippewerth.de]]>
Betreff: Frühwarnliste Rückstände >= 2 Monatsmieten, Stand 31.05.2025

Hallo Herr [[P|Przybilla]],

wie im Kooperationsvertrag vereinbart (§ 4 Frühwarnsystem) die Liste der Haushalte in Lippewerth mit Rückständen von mindestens zwei Monatsmieten. Die Einwilligungen zur Datenweitergabe (Formular EW-DS-07) liegen für alle Mieter vor.

Mieter-Nr.\tName\tAnschrift\tMiete €\tRückstand €\tseit\tBemerkung
{xl}
Summe\t\t\t\t14.537,50\t\t

Die Haushalte [[P|Öztürk]] und [[P|Qasim Haji]] kennen Sie ja schon. Bei Fragen bin ich mobil erreichbar: [[T|+49 160 9184 3377]].

Viele Grüße
[[P|Dragan Ilić]]""")

# ---------------------------------------------------------------- 027 Polish steelworker, strike, union
doc("outlook", "mieter_streik", ["UNION", "HEALTH"], f"""Von: [[P|Krzysztof Wójcik]] <[[E|k.wojcik79@wp.pl]]>
Gesendet: Sonntag, 8. Juni 2025 20:41
An: [[N|wohnungssicherung@lippewerth.de]]
Betreff: Mietschulden – bitte um Hilfe (Mieter-Nr. [[AZ|0188.04.0077]])

Sehr geehrte Damen und Herren,

ich heiße [[P|Krzysztof Wójcik]], geboren [[DOB|12.12.1979]] in Katowice, und wohne mit meiner Frau [[P|Małgorzata]] und unserer Tochter [[P|Zuzanna]] (6) in der [[A|Emscherbruch 3]], [[A|45892 Lippewerth]]. Die Wohnung ist von Emscher Wohnen.

Ich arbeite seit 2011 bei einem Zulieferer für die Stahlindustrie. Von Februar bis April waren wir im Streik, ich bin Mitglied der IG Metall und habe nur Streikgeld bekommen. Dazu hatte meine Frau im März eine Fehlgeburt und war lange krank. Deshalb haben wir drei Mieten nicht bezahlt, 2.070 €.

Jetzt bekomme ich wieder normalen Lohn. Ich kann jeden Monat 300 € extra zahlen, aber Emscher Wohnen will alles auf einmal. Kann die Stadt mit einem Darlehen helfen?

Meine Daten:
Steuer-ID: [[TID|{TID_WOJCIK}]]
Sozialversicherungsnummer: [[SSN|{SSN_WOJCIK}]]
Konto: [[IBAN|{IBAN_WOJCIK[:4]} {IBAN_WOJCIK[4:8]} {IBAN_WOJCIK[8:12]} {IBAN_WOJCIK[12:16]} {IBAN_WOJCIK[16:20]} {IBAN_WOJCIK[20:]}]]
Handy: [[T|0177 / 2109 338]] oder polnisch [[T|+48 601 223 970]]

Mit freundlichen Grüßen
[[P|Krzysztof Wójcik]]

Gesendet von meinem Samsung Galaxy Smartphone.""")

# ---------------------------------------------------------------- 028 councillor enquiry and reply
doc("outlook", "ratsanfrage", ["POLITICS", "RELIGION"], f"""Von: Dr. [[P|Overbeck, Anke]] <[[E|anke.overbeck@lippewerth.de]]>
Gesendet: Montag, 9. Juni 2025 08:26
An: [[P|Derya Aksoy-Brinkmann]] <[[E|derya.aksoy-brinkmann@rat.lippewerth.de]]>
Cc: Büro des Oberbürgermeisters
Betreff: AW: Familie [[P|Fakhoury]] – Hertener Straße

Sehr geehrte Frau [[P|Aksoy-Brinkmann]],

vielen Dank für Ihren Hinweis. Bitte haben Sie Verständnis dafür, dass ich Ihnen ohne eine Schweigepflichtentbindung der Familie keine Einzelheiten nennen kann (§ 35 SGB I). Ich kann Ihnen aber versichern, dass der Vorgang bei uns bekannt ist und dass wir mit allen Beteiligten im Gespräch sind. Wenn Frau [[P|Fakhoury]] einverstanden ist, rufe ich Sie gern an.

Mit freundlichen Grüßen
Dr. [[P|Anke Overbeck]]
Fachbereichsleiterin Soziales

Am 06.06.2025 um 19:03 schrieb [[P|Derya Aksoy-Brinkmann]] <[[E|derya.aksoy-brinkmann@rat.lippewerth.de]]>:

Sehr geehrte Frau Dr. [[P|Overbeck]],

als Mitglied der Fraktion Bündnis 90/Die Grünen und Sprecherin im Sozialausschuss wende ich mich in einer dringenden Sache an Sie. Frau [[P|Nadine Fakhoury]] war am Samstag in meiner Bürgersprechstunde. Der Familie droht die Räumung ihrer Wohnung an der Hertener Straße. Ihr Mann, den im Viertel alle nur „[[P|Abu Karim]]" nennen, hat sein Imbissgeschäft aufgeben müssen.

Die Familie ist in der maronitischen Gemeinde St. Barbara sehr engagiert; Pfarrer [[P|Elias Chidiac]] hat angeboten, einen Teil der Schulden aus dem Sozialfonds der Gemeinde zu zahlen. Die Tochter [[P|Yara]] macht im nächsten Jahr ihr Abitur an der Gesamtschule Zechenfeld, ein Umzug in eine Notunterkunft wäre fatal.

Ich plane dazu eine Anfrage für die Ratssitzung (Drucksache 17/0451), würde aber lieber vorher mit Ihnen sprechen. Sie erreichen mich mobil unter [[T|0151 2244 8190]].

Mit freundlichen Grüßen
[[P|Derya Aksoy-Brinkmann]]
Ratsfrau, Fraktion Bündnis 90/Die Grünen
Wahlkreis 14 (Hassel-Nord)""")

# ---------------------------------------------------------------- 029 data protection note, fingerprint access
doc("word", "vermerk_datenschutz", ["BIOMETRIC"], f"""Vermerk der behördlichen Datenschutzbeauftragten

Betreff: Beschwerde von Herrn [[P|Tesfay Gebremedhin]] (Übergangsheim Kokereistraße, Zi. 1.01) – Zutrittskontrolle per Fingerabdruck
Az. DSB: [[AZ|DSB-2025-017]]

1. Sachverhalt
Der vom Ordnungsamt beauftragte Sicherheitsdienst Revierwacht GmbH hat im April 2025 am Eingang des Übergangsheims ein Zutrittssystem „BioAccess T5" installiert. Die Bewohnerinnen und Bewohner werden über einen Fingerabdruckscan identifiziert. Bei der Einrichtung wurden von 41 Personen Fingerabdruck-Templates erfasst, darunter von Herrn [[P|Gebremedhin]] (Einweisungsverfügung [[AZ|EV-2025-0112]]).

Herr [[P|Gebremedhin]] hat sich mit Schreiben vom 19.05.2025, verfasst mit Unterstützung von Herrn [[P|Mustafa Kılıç]] (Streetwork), beschwert: Er sei nicht gefragt worden, man habe ihm gesagt, ohne Fingerabdruck komme er nachts nicht mehr ins Haus.

2. Bewertung
Fingerabdruck-Templates sind biometrische Daten zur eindeutigen Identifizierung einer Person (Art. 4 Nr. 14, Art. 9 Abs. 1 DSGVO). Eine Einwilligung ist in der Zwangslage einer ordnungsbehördlichen Unterbringung nicht freiwillig (Art. 7 Abs. 4 DSGVO). Eine andere Rechtsgrundlage ist nicht ersichtlich. Eine Datenschutz-Folgenabschätzung wurde nicht durchgeführt.

3. Maßnahmen
– Abschaltung des Scanners ab sofort; Zutritt wieder per Transponder
– Löschung aller Templates bis 15.06.2025, Löschprotokoll vom Dienstleister (Ansprechpartner Herr [[P|Oliver Kaczmarek]], Revierwacht GmbH, Leitstelle [[N|02361 40 33 0]])
– Information der Bewohner in Deutsch, Arabisch, Tigrinya, Bulgarisch und Rumänisch
– Antwort an Herrn [[P|Gebremedhin]] über Herrn [[P|Kılıç]]

Lippewerth, 05.06.2025
[[P|Katrin Vössing]]
Behördliche Datenschutzbeauftragte
Tel. [[N|02365 99-1090]] · [[N|datenschutz@lippewerth.de]]""")

# ---------------------------------------------------------------- 030 inspection of a run-down house, forwarded
doc("outlook", "wohnungsaufsicht_begehung", [], f"""Von: [[P|Przybilla, Tobias]] <[[E|tobias.przybilla@lippewerth.de]]>
Gesendet: Montag, 9. Juni 2025 16:55
An: [[P|Schäfer-Tiedemann, Ilka]]; [[P|Hülsmann, Sven]]
Betreff: WG: Begehung [[A|Cranger Str. 301]] – Ergebnis

zur Kenntnis – wir sollten die Unterbringung vorbereiten, falls die Unbewohnbarkeitserklärung kommt. Betroffen sind ca. 23 Personen, davon mind. 8 Kinder.
[[P|Tobias]]

-----Ursprüngliche Nachricht-----
Von: Wohnungsaufsicht <[[N|wohnungsaufsicht@lippewerth.de]]>
Gesendet: Montag, 9. Juni 2025 14:20
An: [[P|Przybilla, Tobias]]
Betreff: Begehung [[A|Cranger Str. 301]] – Ergebnis

Aktenzeichen Wohnungsaufsicht: [[AZ|64.3-WA/2025/0093]]

Begehung am 05.06.2025 mit dem Ordnungsamt (Herr [[P|Hülsmann]]), der Bauaufsicht (Frau Dipl.-Ing. [[P|Ewa Szymańska]]) und der Polizei (PK [[P|Riedel]]).

Eigentümer: Herr [[P|Nikolai Stoyanov Georgiev]], [[A|ul. Tsar Simeon 118]], [[A|1000 Sofia]], Bulgarien, Tel. [[T|+359 2 981 4402]]. Die Mieter zahlen bar an einen „Verwalter" oder auf das bulgarische Konto [[IBAN|{IBAN_BG}]].

Zustand: Feuchtigkeit und Schimmel in allen Wohnungen, keine Rauchmelder, Elektrik offen, Überbelegung (23 Personen in 6 Wohnungen, 412 m²). Verstoß gegen §§ 6, 9 WohnStG NRW.

Gewerbe im EG: Nagelstudio „Lotus Nails", Inhaberin Frau [[P|Nguyễn Thị Thu Hà]] (St.-Nr. [[TNR|{TNR_NGUYEN}]], USt-IdNr. [[VAT|{VAT_NGUYEN}]]). Sie ist zugleich Mieterin der Wohnung EG links und vermietet zwei Zimmer unter an Herrn [[P|Phạm Văn Đức]] und Herrn [[P|Lê Minh Tuấn]].

Meldeliste (Melderegister, Stand 04.06.2025):
Whg. | Name | geb. | StA
EG li | [[P|Nguyễn Thị Thu Hà]] | [[DOB|08.03.1982]] | VNM
EG li | [[P|Phạm Văn Đức]] | [[DOB|21.11.1979]] | VNM
EG li | [[P|Lê Minh Tuấn]] | [[DOB|03.06.2001]] | VNM
1. OG re | [[P|Ivanov, Asen]] | [[DOB|17.02.1990]] | BGR
1. OG re | [[P|Ivanova, Gergana]] | [[DOB|29.07.1992]] | BGR
1. OG li | [[P|Rădulescu, Sorin-Gabriel]] | [[DOB|05.05.1986]] | ROU
DG | [[P|Mehmedov, Ahmed]] | [[DOB|02.08.1977]] | BGR
(weitere 16 Personen nicht gemeldet; Personalien durch die Polizei aufgenommen, Liste bei PK [[P|Riedel]])

Herr [[P|Ivanov]] legte seine bulgarische Lichna karta Nr. [[IDC|{IDC_IVANOV}]] vor.

Fahrzeuge auf dem Hof (Halterabfrage durch die Polizei):
[[KFZ|CB 7721 HP]] (BG) – Halter [[P|Asen Ivanov]]
[[KFZ|TM 09 SRG]] (RO) – Halter [[P|Sorin-Gabriel Rădulescu]]
[[KFZ|GE-LT 301]] – Halterin [[P|Nguyễn Thị Thu Hà]]
[[KFZ|RE-AI 8820]] – ohne Zulassung, Halter nicht ermittelt

Weiteres Vorgehen: Anhörung des Eigentümers (Frist zwei Wochen), Entwurf der Unbewohnbarkeitserklärung nach § 9 WohnStG, Abstimmung mit FB 50 wegen Unterbringung.

Im Auftrag
[[P|Jannik Terstegen]]
Wohnungsaufsicht, Zimmer 3.05, Tel. [[N|02365 99-6431]]""")


def main():
    assert len(DOCS) == 30, len(DOCS)
    lines = []
    for i, (channel, template, flags, marked) in enumerate(DOCS, start=1):
        record = build(f"F102-{i:03d}", channel, template, marked, flags)
        for e in record["entities"]:
            assert record["text"][e["start"]:e["end"]] == e["text"], e
        lines.append(json.dumps(record, ensure_ascii=False))
    out = os.path.join(HERE, "fresh102.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    total = sum(len(json.loads(line)["entities"]) for line in lines)
    print(f"wrote {out}: {len(lines)} documents, {total} entities")


if __name__ == "__main__":
    main()
