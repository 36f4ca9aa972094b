#!/usr/bin/env python3
"""Writes fresh13.jsonl: a held-out batch of German administrative correspondence of the invented city of
Haardtbach (Pfalz, Rhineland-Palatinate), written blind to the detector.

    python3 make_fresh13.py          (writes fresh13.jsonl beside this script; deterministic)

Texts carry inline marks [[CATEGORY|text]] (and [[N|text]] for neutral spans); this script strips the marks and
computes start/end as UTF-16 indices (every character is in the BMP, which is asserted). Identifiers come from the
corpus folder's identifiers.py (seed 1313131) with valid check digits, re-verified here. All people, addresses and
numbers are invented.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from identifiers import Identifiers, group  # noqa: E402
from marks import build  # noqa: E402

g = Identifiers(1313131)
DOCS = []

def doc(channel, template, text, flags=()):
    DOCS.append((channel, template, text, list(flags)))


# ----------------------------------------------------------------------------- helpers for local formats
def tax_number_rlp():
    # Rhineland-Palatinate layout FF/BBB/UUUUP (layout only; no public check digit)
    return f"{g.rng.choice(['27', '31', '35', '40', '44'])}/{g.digits(3)}/{g.digits(5)}"


def tax_number_federal_rlp():
    # 13-digit federal form: 27 (RLP) + FF + 0 + BBB + UUUUP
    return "27" + g.rng.choice(["31", "35", "40", "44"]) + "0" + g.digits(8)


RATHAUS = "[[N|06325 884-0]]"

# =============================================================================== citizen mails
doc("outlook", "buergerbuero-ummeldung-pfaelzisch", f"""Betreff: ummeldung

hallo,

ich wollt emol froge wie des mit de ummeldung geht. mir sin letscht woch vun de [[A|kellereistr. 8]] in die [[A|winzergass 21a]] gezoche, [[A|67491 haardtbach]], mei fraa [[P|Gerlinde]] un ich. mei perso hot die nummer [[IDC|{g.id_card()}]], der is noch bis 2029 gültisch. brauch ich do en termin oder kann ich eifach vorbeikumme? die wohnungsgeberbestätischung vum vermieter hab ich schun.

ich bin unner [[T|0171 5520 318]] erreichbar, ab 4 uhr mittags aach dehääm unner [[T|06325/71 84]].

gruß
[[P|walter schäfer]]""")

doc("outlook", "soziales-grundsicherung-sohn", f"""Betreff: Antrag Grundsicherung für meinen Vater – Az. [[AZ|50.2-1187/26]]

Sehr geehrte Frau [[P|Lauterbach]],

wie am Telefon besprochen sende ich Ihnen die fehlenden Unterlagen für meinen Vater, Herrn [[P|Hüseyin Aydoğan]], geb. [[DOB|03.05.1951]], wohnhaft [[A|Speyerer Straße 44]], [[A|67491 Haardtbach]].

Mein Vater ist seit dem Frühjahr dreimal in der Woche zur Dialyse und kann deshalb nicht selbst ins Amt kommen, eine Vollmacht liegt bei. Die Leistungen sollen bitte auf sein Konto [[IBAN|{group(g.iban_de(), 4)}]] überwiesen werden. Die Warmmiete beträgt 512,00 EUR, der Mietvertrag vom 01.07.2019 und die Nebenkostenabrechnung 2025 hängen an.

Für Rückfragen erreichen Sie mich tagsüber unter [[T|+49 176 2290 4417]].

Mit freundlichen Grüßen
[[P|Emre Aydoğan]]""", ["HEALTH"])

doc("outlook", "auslaenderbehoerde-termin-nichtmuttersprachler", f"""Betreff: frage wegen aufenthalt verlängerung

Sehr geehrte Damen und Herren

Mein Name ist [[P|Mohammad Rahimi]], ich bin geboren [[DOB|14.02.1994]] in Ghazni. Meine Aufenthaltserlaubnis ist gültig bis 30.04., Aktenzeichen ist [[AZ|AB 3-2231/22]]. Ich habe Termin bekommen für 12. Januar aber ich kann nicht an diesem Tag, weil ich arbeite in Schicht bei eine Firma in Ludwigshafen. Kann ich bitte andere Termin haben?
Mein Reisepass nummer ist [[PASS|P{g.digits(8)}]], der ist neu von Botschaft.
Ich bin Hazara, deswegen habe ich Schutz bekommen, das steht so im Bescheid von BAMF.
Meine adresse ist neu: [[A|Dalbergstr. 3]], bei [[P|Sultani]], [[A|67491 Haardtbach]].
Telefon [[T|0152 0447 9312]]

Danke vielmals
[[P|M. Rahimi]]""", ["ETHNICITY"])

doc("outlook", "standesamt-eheschliessung-antwort", f"""Betreff: AW: Anmeldung der Eheschließung – Ihre Unterlagen

Hallo Frau [[P|Brenner]],

danke für die schnelle Antwort! Die Geburtsurkunde meines Verlobten [[P|Nikolaos Papageorgiou]] kommt mit Apostille aus Thessaloniki, die Übersetzung hat eine vereidigte Übersetzerin in Mannheim übernommen. [[P|Nikos]] ist am [[DOB|21.11.1988]] in Thessaloniki geboren, das hatte im Formular gefehlt. Wir möchten als schwules Paar ganz bewusst im Trausaal im Alten Rathaus heiraten, gern an einem Samstag im September.

Beste Grüße
[[P|Tobias Heintz]]
[[T|0160 93 12 774]]

Am 02.06.2026 um 09:41 schrieb [[P|Brenner, Julia]] <[[E|j.brenner@haardtbach.de]]>:
> Sehr geehrter Herr [[P|Heintz]],
> für die Anmeldung benötigen wir von Ihnen beiden noch aktuelle Geburtsurkunden und erweiterte Meldebescheinigungen. Ihr Vorgang läuft unter dem Aktenzeichen [[AZ|StA 2026/0417]].
> Mit freundlichen Grüßen
> [[P|Julia Brenner]]
> Standesamt Haardtbach, Tel. [[T|06325 884-214]]""", ["SEXUAL_ORIENTATION"])

doc("outlook", "bauen-weitergeleitet-architekt", f"""Betreff: WG: Bauvoranfrage Flurstück 2281/4 – Nachbarbeteiligung

Hallo Herr [[P|Scherer]],

anbei die Mail des Bauherrn zur Kenntnis. Das Vorhaben liegt im Geltungsbereich des Bebauungsplans Nr. 38 „Am Mandelberg“, die Dachneigung weicht um 7 Grad ab. Ich bitte um kurze Rückmeldung, ob eine Befreiung nach § 31 Abs. 2 BauGB in Aussicht gestellt werden kann.

Mit freundlichen Grüßen
Dipl.-Ing. [[P|Carsten Weiß]]
Architekturbüro [[P|Weiß]]
[[A|Hambacher Straße 17]], [[A|67434 Neustadt an der Weinstraße]]
Tel. [[T|06321 48 93 17]] · [[E|weiss@architekt-weiss.de]]

-------- Weitergeleitete Nachricht --------
Von: [[E|d.kowalczyk.bau@t-online.de]]
Datum: 18.05.2026, 21:07
An: [[E|weiss@architekt-weiss.de]]
Betreff: Bauvoranfrage

hallo herr [[P|weiß]],
bitte schicken sie das an die stadt, die zeichnung mit der gaube ist jetzt so wie besprochen. der nachbar [[P|Schwalb]] hat schon unterschrieben. die rechnung RE-2026-114 ist überwiesen.""")

doc("outlook", "ordnung-beschwerde-parken-laerm", f"""Betreff: Lärm und Falschparker Kurpfalzstraße

Guten Abend,

ich wohne in der [[A|Kurpfalzstraße 9]] und muss mich leider erneut beschweren. Seit Wochen steht ein weißer Transporter mit dem Kennzeichen [[KFZ|DÜW-KR 418]] halb auf dem Gehweg vor Hausnummer 11, mit dem Kinderwagen kommt man nicht mehr vorbei. Der Wagen gehört, soweit ich weiß, dem Sohn der Familie [[P|Yıldırım]] aus dem Nachbarhaus. Am Samstag gab es außerdem bis 2 Uhr nachts laute Musik bei Familie [[P|Keßler]] im Erdgeschoss.

Das Ordnungsamt hatte mir schon am 14.04. unter dem Zeichen [[AZ|32.1-OW-0394/26]] geantwortet, geändert hat sich seitdem nichts.

Tagsüber erreichen Sie mich unter [[T|0621 3 97 14 22]] (Büro Mannheim).

[[P|Sabine Hauck-Rinaldi]]
[[E|s.hauck-rinaldi@gmx.net]]""")

doc("outlook", "steuern-hundesteuer-abmeldung", f"""Betreff: Abmeldung Hundesteuer – Kassenzeichen [[AZ|6.0210.338174]]

Sehr geehrte Damen und Herren,

unser Hund Bella ist am 3. März gestorben. Ich bitte daher um Abmeldung von der Hundesteuer, die Steuermarke Nr. 0417 schicke ich per Post zurück. Zu viel gezahlte Steuer für 2026 erstatten Sie bitte auf das Konto meiner Frau [[P|Phạm Thị Hồng]], IBAN [[IBAN|{g.iban_de()}]].

Halter war ich, [[P|Lê Văn Đức]], [[A|Maximilianstraße 62]], [[A|67491 Haardtbach]].
Tel.: [[T|+49 6325 981 2077]]

Mit freundlichen Grüßen
[[P|Lê Văn Đức]]""")

doc("outlook", "jugend-kitaplatz-epilepsie", f"""Betreff: Kitaplatz für meine Kinder

Sehr geehrte Frau [[P|Özkan]],

ich heiße [[P|Selam Tesfaye]] und wohne seit Januar in Haardtbach, [[A|Im Rebenhang 5]] ([[N|Whg. 3]]). Ich suche einen Kitaplatz für meine Tochter [[P|Saba]] (geboren [[DOB|19.06.2022]]) und einen Hortplatz für meinen Sohn [[P|Yonas]], er ist 7 Jahre.
[[P|Saba]] hat Epilepsie und nimmt jeden Tag Medikamente, die Erzieherinnen müssen wissen, was bei einem Anfall zu tun ist. Einen Arztbrief von [[P|Dr. med. Ruth Adler]] habe ich. [[P|Sabas]] Versichertennummer bei der AOK ist [[KV|{g.health_insurance()}]].
Telefon: [[T|0176 41 88 02 39]]

Vielen Dank
[[P|Selam Tesfaye]]""", ["HEALTH"])

doc("outlook", "schule-anmeldung-religionsunterricht", f"""Betreff: Anmeldung Grundschule Oberhaardt und Religionsunterricht

Guten Tag,

wir sind im März aus Kyjiw nach Haardtbach gekommen und wohnen jetzt bei meiner Schwester [[P|Iryna Melnyk]] in der [[A|Schlossbergstraße 30]], [[A|67492 Haardtbach-Oberhaardt]]. Ich möchte meine Kinder [[P|Marko Kovalenko]] (geb. [[DOB|02.09.2016]]) und [[P|Daryna]] (geb. [[DOB|27.01.2019]]) an der Grundschule anmelden.
Unsere Familie gehört den Zeugen Jehovas an, deshalb sollen die beiden nicht am Religionsunterricht teilnehmen. Bitte sagen Sie mir, was ich dafür ausfüllen muss.

E-Mail: [[E|olena.kovalenko.ua@ukr.net]]
Handy [[T|+380 67 412 5593]] (WhatsApp), deutsche Nummer [[T|0155 6039 1187]]

Mit freundlichen Grüßen
[[P|Olena Kovalenko]]""", ["RELIGION"])

doc("outlook", "kultur-musikschule-kurs", f"""Betreff: anmeldung gitarrenkurs

buongiorno,

ich möchte mich für den gitarrenkurs für erwachsene anmelden, kursnummer 26B-114, dienstag abend im kulturzentrum. ich habe online versucht aber das formular geht nicht. bitte buchen sie die gebühr von 145 euro von meine kreditkarte ab: [[CC|{group(g.credit_card("5", 16), 4)}]], gültig bis 09/28, karteninhaber [[P|giulia ferraro]].
meine adresse ist [[A|pfalzgrafenstr. 14]], [[A|67491 haardtbach]].
wenn was fehlt bitte anrufen: [[T|0151-27 44 81 06]]

grazie mille
[[P|giulia]]
--
[[E|giulia.ferraro82@libero.it]]""")

doc("outlook", "friedhof-islamische-bestattung", f"""Betreff: Bestattung nach islamischem Ritus – dringend

Sehr geehrte Damen und Herren,

mein Vater [[P|Abdulkarim Haddad]], geboren am [[DOB|1. Juli 1946]] in Homs, ist am 14.10.2026 im Krankenhaus in Neustadt verstorben. Als Muslime möchten wir ihn so schnell wie möglich nach islamischem Ritus beerdigen, ohne Sarg und mit Ausrichtung nach Mekka, wenn das im muslimischen Grabfeld auf dem Waldfriedhof möglich ist, am liebsten neben meiner Mutter (Feld M, Reihe 3, Nr. 7). Das Bestattungshaus [[P|Lindner]] in der [[A|Weinstraße 112]] kümmert sich um die Überführung.

Mein Bruder [[P|Samer]] und ich sind erreichbar unter [[T|0157 8120 4493]] und [[T|06325 96 03 18]].

Mit freundlichen Grüßen
[[P|Rasha Haddad-Suleiman]]
[[A|Ludwigstraße 19]], [[A|67491 Haardtbach]]""", ["RELIGION"])

doc("outlook", "personal-bewerbung-schwerbehinderung", f"""Betreff: Bewerbung Stellen-Nr. 2026/31 – Sachbearbeitung IT (EG 10)

Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich auf die ausgeschriebene Stelle in der IT-Abteilung. Ich bin am [[DOB|08.12.1990]] in Chennai geboren, habe an der TU Kaiserslautern Informatik studiert (M.Sc.) und arbeite seit vier Jahren als Systemadministrator. Als Referenz nenne ich meinen früheren Betreuer Prof. [[P|Dr. Ulrich Sander]].

Ich habe wegen Morbus Crohn einen Grad der Behinderung von 50 und bitte um Beteiligung der Schwerbehindertenvertretung.

Kontakt: [[P|Arjun Venkataraman]], [[A|Am Kaltenbrunner Weg 6 b]], [[A|67655 Kaiserslautern]], [[T|+49 631 3107 5528]], [[E|arjun.venkat@posteo.de]]

Mit freundlichen Grüßen
[[P|Arjun Venkataraman]]""", ["HEALTH"])

doc("outlook", "buergerbuero-verlust-ausweis", f"""Betreff: Verlust Personalausweis

Sehr geehrte Damen und Herren,

am Wochenende wurde mir am Hauptbahnhof Mannheim die Geldbörse gestohlen, darin mein Personalausweis Nr. [[IDC|{g.id_card(check_digit=True)}]]. Die Anzeige bei der Polizei habe ich schon gemacht. Ich brauche schnell ein neues Dokument, weil ich am 2. Dezember nach Accra fliege. Ein biometrisches Passfoto bringe ich mit.

Name: [[P|Kwame Asante-Boateng]]
Geb.: [[DOB|30.08.1979]]
Wohnort: [[A|Kastanienweg 2]], [[A|67491 Haardtbach]]
Mobil: [[T|0049 1520 388 71 64]]

Meine Frau [[P|Abena]] kann auch anrufen, falls ich auf der Arbeit bin.

Kind regards
[[P|Kwame]]""")

_ssn_reimer = g.social_security("110359", "R")
doc("outlook", "soziales-rentenantrag-hilfe", f"""Betreff: Rentenantrag hilfe

Guten tag Frau [[P|Wagner]],

ich [[P|Viktor Reimer]], geb. [[DOB|11.03.1959]] in Karaganda, möchte Rente beantragen ab nächstes jahr und brauche hilfe mit den Formular. Meine Rentenversicherungsnummer ist [[SSN|{_ssn_reimer[:2]} {_ssn_reimer[2:8]} {_ssn_reimer[8]} {_ssn_reimer[9:]}]], Krankenkasse AOK, Versichertennr. [[KV|{g.health_insurance()}]]. Steuer-ID laut Brief vom Finanzamt [[TID|{g.tax_id()}]].
Arbeitszeiten in Kasachstan von 1976 bis 1992 habe ich im Arbeitsbuch, Kopie bringe ich mit.
Meine Tochter [[P|Natalia]] komt mit zum termin, sie ist erreichbar [[T|0176/ 50 22 91 84]].

Adresse [[A|Wingertsweg 11]] [[A|67493 Haardtbach]]

MfG [[P|V. Reimer]]""")

doc("outlook", "ordnung-verwarnung-antwort-halterin", f"""Betreff: AW: Anhörung Verwarnungsgeld [[AZ|32.2-VG-11842/26]]

Sehr geehrter Herr [[P|Kühn]],

ich war nicht die Fahrerin. Das Auto [[KFZ|LU-ZW 2861]] ist auf meine Firma angemeldet, am 22.09. fuhr es mein Mitarbeiter [[P|Zhang Wei]], wohnhaft [[A|Rheinuferstraße 4]], [[A|67061 Ludwigshafen am Rhein]]. Bitte schicken Sie den Anhörungsbogen direkt an ihn.

Freundliche Grüße
[[P|Liu Meiling]]
[[P|Liu]] Import & Handel e.K.
Tel. [[T|0621 59 81 47-0]]

> Am 01.10.2026 schrieb Ordnungsamt Haardtbach <[[N|ordnungsamt@haardtbach.de]]>:
> Sehr geehrte Frau [[P|Liu]],
> mit dem oben genannten Fahrzeug wurde am 22.09.2026 um 07:48 Uhr die zulässige Höchstgeschwindigkeit um 14 km/h überschritten. Das Verwarnungsgeld beträgt 60,00 EUR.
> Im Auftrag
> [[P|Dennis Kühn]]""")

# =============================================================================== staff documents
doc("word", "steuern-gewerbesteuer-bescheid", f"""Stadt Haardtbach · Steueramt · [[N|Marktplatz 1]] · [[N|67491 Haardtbach]]

Firma
[[P|Tharmalingam]] Asia Food & Gewürze
Inh. [[P|Suganthi Tharmalingam]]
[[A|Speyerer Straße 150-152]]
[[A|67491 Haardtbach]]

Kassenzeichen: [[AZ|6.3120.004417]]
Steuernummer: [[TNR|{tax_number_rlp()}]]
Haardtbach, 15. Oktober 2026

Bescheid über Vorauszahlungen zur Gewerbesteuer 2027

Sehr geehrte Frau [[P|Tharmalingam]],

auf Grund des Messbescheids des Finanzamts Neustadt vom 02.09.2026 und des Hebesatzes von 405 v. H. setzen wir die Vorauszahlungen nach § 19 GewStG auf je 1.215,00 EUR zum 15.02., 15.05., 15.08. und 15.11. fest. Ihre USt-IdNr. [[VAT|{g.vat_id()}]] haben wir zur Zuordnung vermerkt. Das SEPA-Lastschriftmandat für das Konto [[IBAN|{group(g.iban_de(), 4)}]] bleibt bestehen.

Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.

Im Auftrag
[[P|Heike Rößler]]""")

doc("word", "auslaenderbehoerde-anhoerung", f"""Stadt Haardtbach – Ausländerbehörde

Herrn
[[P|Dariush Farahani]]
[[A|Ringstraße 7]]
[[A|67493 Haardtbach]]

Aktenzeichen: [[AZ|AB-2026-00918]]

Anhörung nach § 28 VwVfG – beabsichtigte Ablehnung der Verlängerung Ihrer Aufenthaltserlaubnis

Sehr geehrter Herr [[P|Farahani]],

Sie beantragten am 12.08.2026 die Verlängerung Ihrer Aufenthaltserlaubnis. Ihr iranischer Reisepass Nr. [[PASS|Y{g.digits(8)}]] ist seit März abgelaufen. Sie tragen vor, als Mitglied einer oppositionellen Exilgruppe bei einer Vorsprache in der Botschaft mit politischer Verfolgung rechnen zu müssen. Wir geben Ihnen Gelegenheit, bis zum 30.11.2026 dazu Stellung zu nehmen. Dies gilt auch für Ihre Ehefrau [[P|Shirin Farahani]], geb. [[DOB|09.04.1987]].

Im Auftrag
[[P|Jörg Metzler]]
Tel. [[T|06325 884-331]], [[E|j.metzler@haardtbach.de]]""", ["POLITICS"])

doc("word", "jugend-aktenvermerk-hausbesuch", f"""Aktenvermerk – Hausbesuch Allgemeiner Sozialer Dienst
Az.: [[AZ|51.3-KW-2026-118]]
Datum: 09.11.2026, 10:00–11:15 Uhr

Anwesend: Frau [[P|Katarzyna Nowak-Zielińska]] (Mutter), die Kinder [[P|Zuzanna]] (9) und [[P|Kacper]] (4); vom Jugendamt [[P|Lena Vogt]] und [[P|Markus Ehrhardt]].
Anschrift: [[A|Pfalzgrafenstraße 40]], [[N|3. OG rechts]], [[A|67491 Haardtbach]]

Die Mutter berichtet, sie sei seit dem Sommer wegen einer schweren Depression in ambulanter Behandlung. Die Wohnung war aufgeräumt, die Kinder wirkten versorgt. Der Vater, Herr [[P|Zieliński]], lebt in Polen ([[A|ul. Ogrodowa 14/3]], [[A|61-821 Poznań]]) und zahlt keinen Unterhalt; Beistandschaft wird angeboten.
Nächster Termin: 07.12.2026.

gez. [[P|L. Vogt]]""", ["HEALTH"])

doc("word", "soziales-telefonnotiz", f"""Telefonnotiz Sozialamt

Datum/Zeit: 04.11.2026, 11:20 Uhr
Anruferin: Frau [[P|Hodan Warsame]], Rückruf unter [[T|01573 4812960]]
Anliegen: Frau [[P|Warsame]] fragt nach dem Stand ihres Wohngeldantrags ([[AZ|WG-2026-1734]]). Sie wohnt inzwischen [[A|Am Bahndamm 3]], die Umzugsmitteilung ist noch nicht eingegangen. Ihr Neffe [[P|Abdirahman Farah]] hat übersetzt.
Sie wollte die Gebühr für die Zweitschrift gleich am Telefon per Kreditkarte zahlen und nannte die Nummer [[CC|{g.credit_card("4", 16)}]]. Hinweis gegeben, dass Kartenzahlung nur am Kassenautomaten im Rathaus geht; allgemeine Fragen bitte über die Zentrale {RATHAUS}.

Rückruf erledigt: [[P|Tanja Bohrer]], Durchwahl [[T|06325 884-247]]""")

_ssn_knoeringer = g.social_security("170672", "K")
doc("word", "personal-protokoll-bem", f"""Protokoll – BEM-Gespräch (§ 167 Abs. 2 SGB IX)

Datum: 21.10.2026, 14:00 Uhr, Raum 2.14, Rathaus
Teilnehmende: [[P|Stefan Knöringer]] (Beschäftigter Bauhof, Personalnr. [[N|004178]]), [[P|Ingrid Seel]] (Personalamt), [[P|Ralf Hemmer]] (Personalrat)

1. Herr [[P|Knöringer]] war seit Februar an 74 Arbeitstagen arbeitsunfähig, nach einem Bandscheibenvorfall (L4/L5) mit Operation im Juni. Er ist ver.di-Mitglied und hat deshalb ausdrücklich die Teilnahme des Personalrats gewünscht.
2. Vereinbart wird eine stufenweise Wiedereingliederung ab 02.11.2026, zunächst ohne schweres Heben.
3. Für den Reha-Antrag wurden Geburtsdatum [[DOB|17.06.1972]] und Versicherungsnummer [[SSN|{_ssn_knoeringer}]] aufgenommen.

Nächstes Gespräch: in sechs Wochen.
Protokoll: [[P|I. Seel]]""", ["HEALTH", "UNION"])

doc("word", "stadtkasse-mahnung", f"""Stadt Haardtbach – Stadtkasse
[[N|Marktplatz 1]], [[N|67491 Haardtbach]]

Herrn
[[P|João Pedro de Sousa Carvalho]]
[[A|Bahnhofstr. 23 a]]
[[A|67491 Haardtbach]]

Kassenzeichen: [[AZ|6.4410.219035]]
Kundennummer: [[AZ|700 3381]]

Mahnung

Sehr geehrter Herr [[P|de Sousa Carvalho]],

für die Rechnung Nr. 2026-RE-04471 vom 12.08.2026 (Benutzungsgebühr Stadthalle, 380,00 EUR) ist bis heute keine Zahlung eingegangen. Bitte überweisen Sie den Betrag zuzüglich 5,00 EUR Mahngebühr bis zum 30.11.2026 auf das Konto der Stadtkasse [[N|{group(g.iban_de(), 4)}]]. Andernfalls wird die Vollstreckung eingeleitet.

Bei Fragen: Frau [[P|Aksoy]], Tel. [[T|06325 884-152]]""")

doc("word", "einbuergerung-einladung-feier", f"""Stadt Haardtbach – Einbürgerungsbehörde

Frau
[[P|Rojda Demirtaş]]
[[A|Hauptstraße 88]]
[[A|67493 Haardtbach]]

Az.: [[AZ|34.2-EB-0771/25]]

Einladung zur Einbürgerungsfeier

Sehr geehrte Frau [[P|Demirtaş]],

wir freuen uns, Ihnen Ihre Einbürgerungsurkunde am Freitag, 27. November 2026, um 17 Uhr im Ratssaal (Raum 101) feierlich überreichen zu können. Bürgermeisterin [[P|Dr. Anja Bellmann]] wird die Urkunden persönlich aushändigen. Bitte bringen Sie Ihren türkischen Reisepass (Nr. [[PASS|U{g.digits(8)}]]) mit. Gern können Sie bis zu zwei Begleitpersonen mitbringen, zum Beispiel Ihren Ehemann [[P|Baran Demirtaş]].

Bitte sagen Sie bis 20.11. zu bei Frau [[P|Jung]], Tel. [[T|06325 884-118]], [[E|p.jung@haardtbach.de]].

Mit freundlichen Grüßen
Im Auftrag""")

doc("word", "standesamt-kirchenaustritt-bescheinigung", f"""Stadt Haardtbach – Standesamt

Bescheinigung über den Kirchenaustritt
Az.: [[AZ|StA-KA 118/2026]]

Frau [[P|Hildegard Bäuerle]], geb. [[P|Kächele]], geboren am [[DOB|23.02.1948]] in Reutlingen, wohnhaft [[A|Am Mandelberg 14]], [[A|67491 Haardtbach]], hat heute vor dem Standesamt ihren Austritt aus der Evangelischen Landeskirche in Württemberg erklärt.

Die Austrittserklärung wird mit der Steuer-Identifikationsnummer [[TID|{group(g.tax_id(), 3)}]] der Meldebehörde übermittelt; die Kirchensteuerpflicht endet mit Ablauf des Kalendermonats. Die Gebühr von 30,00 EUR wurde bar entrichtet.

Haardtbach, 02.11.2026

Der Standesbeamte
[[P|Holger Wendel]]""", ["RELIGION"])

doc("word", "ordnung-verfuegung-hund", f"""Stadt Haardtbach – Ordnungsamt

Herrn
[[P|Emir Hodžić]] (geb. [[DOB|04.12.1985]])
[[A|Weinstraße 201]]
[[A|67491 Haardtbach]]

Az.: [[AZ|32.4-HG-0058/26]]

Ordnungsverfügung – Leinen- und Maulkorbpflicht

Sehr geehrter Herr [[P|Hodžić]],

Ihr Hund (Chip-Nr. 276098106553271) hat am 08.09.2026 auf dem Kastanienweg den Hund von Frau [[P|Margit Lehr]] gebissen. Frau [[P|Lehr]] notierte das Kennzeichen Ihres Fahrzeugs [[KFZ|NW-HE 770]], mit dem Sie den Ort verließen. Auf Grund des § 9 LHundG ordnen wir an, dass Ihr Hund außerhalb Ihres befriedeten Besitztums ab sofort angeleint ist und einen Maulkorb trägt. Für den Fall der Zuwiderhandlung wird ein Zwangsgeld von 500,00 EUR angedroht.

Im Auftrag
[[P|Kerstin Fuhrmann-Jost]]""")

# =============================================================================== other documents
doc("word", "gewerbe-formular-anmeldung", f"""Gewerbe-Anmeldung nach § 14 GewO – Eingang per Post 19.10.2026

Name: [[P|Chen]]
Vornamen: [[P|Xiaoling]]
Geburtsdatum: [[DOB|1983-05-26]]
Geburtsort: Wenzhou (China)
Staatsangehörigkeit: chinesisch
Anschrift der Wohnung: [[A|schillerstr. 5]], [[A|67433 neustadt]]
Telefon: [[T|+49 6321 3 58 90 12]]
E-Mail: [[E|chen.xl@qq.com]]
Betriebsstätte: Restaurant „Goldener Drache“, [[A|Marktstraße 27]], [[A|67491 Haardtbach]]
Angemeldete Tätigkeit: Gaststätte mit Außer-Haus-Verkauf
Beginn der Tätigkeit: 01.12.2026
Steuernummer: [[TNR|{tax_number_federal_rlp()}]]
USt-IdNr.: [[VAT|{g.vat_id()}]]
Unterschrift: [[P|Chen X.]]""")

doc("word", "anwalt-widerspruch-einbuergerung", f"""[[P|Dr. Friederike von der Heydt]]
Rechtsanwältin
[[A|Q 5, 17]] · [[A|68161 Mannheim]]
Tel. [[T|0621 1 22 39-40]] · Fax [[T|0621 1 22 39-49]]

Stadt Haardtbach
Einbürgerungsbehörde
[[N|Postfach 11 20]]
[[N|67488 Haardtbach]]

Ihr Zeichen: [[AZ|34.2-EB-0419/25]]
Unser Zeichen: [[AZ|117/26 vdH]]

Widerspruch gegen den Ablehnungsbescheid vom 28.09.2026

Sehr geehrte Damen und Herren,

ich zeige an, dass mich Herr [[P|Chukwuemeka Okafor]], geb. [[DOB|15.01.1984]], mit seiner Vertretung beauftragt hat; die Vollmacht liegt bei. Namens und im Auftrag meines Mandanten lege ich gegen den oben genannten Bescheid Widerspruch ein. Entgegen der Begründung ist der Lebensunterhalt im Sinne des § 10 Abs. 1 Nr. 3 StAG gesichert: Mein Mandant ist seit dem 01.04.2025 unbefristet als Pflegefachkraft beschäftigt. Eine Begründung im Einzelnen folgt nach Akteneinsicht, um die ich hiermit bitte.

Mit freundlichen Grüßen
[[P|von der Heydt]]
Rechtsanwältin""")

doc("word", "petition-hallenbad", f"""Petition an den Stadtrat der Stadt Haardtbach

Erhalt des Hallenbads Oberhaardt

Wir, die Unterzeichnenden, bitten den Stadtrat, das Hallenbad Oberhaardt nicht zum 31.12.2026 zu schließen. Es ist das einzige Bad, in dem Schulen und Vereine aus dem Westen der Stadt Schwimmunterricht anbieten können. Die im Haushalt 2027 angesetzten 1,4 Mio. EUR für den Abriss sollten in die Sanierung fließen.

Kontakt: [[P|Francesca Lo Bianco]], [[E|f.lobianco@web.de]]

Unterschriften:
1. [[P|Günter Bechtold]], [[A|Schulstraße 4]], [[A|67492 Haardtbach]]
2. [[P|Aleksandra Wójcik]], [[A|Im Rebenhang 12]]
3. [[P|Tran, Thu Ha]], [[A|Dalbergstraße 21]]
4. [[P|Nadia Benali]], [[A|hauptstr. 3]]""")

doc("outlook", "presse-anfrage-bauleitplanung", f"""Betreff: Presseanfrage Gemeindezentrum / Bebauungsplan Nr. 52
An: [[N|presse@haardtbach.de]]

Sehr geehrter Herr [[P|Gutmann]],

für einen Bericht in der Samstagsausgabe der Pfälzer Tagespost bitte ich um eine Stellungnahme zu folgenden Fragen:
1. Wie viele Einwendungen sind im Verfahren zum Bebauungsplan Nr. 52 (Gemeindezentrum des Islamischen Kulturvereins an der Speyerer Straße) eingegangen?
2. Trifft es zu, dass Ratsmitglied [[P|Bernd Kollmar]] wegen Befangenheit nicht an der Abstimmung am 05.11.2026 teilnehmen darf?
3. Wann ist mit dem Satzungsbeschluss zu rechnen?

Ihr Kollege [[P|Thomas Frey]] hatte mir eine Antwort bis Donnerstag, 12 Uhr, zugesagt.

Mit freundlichen Grüßen
[[P|Lea Sommerfeld]]
Redaktion Neustadt
Mobil [[T|+49 171 8834 206]]
[[E|lea.sommerfeld@pfaelzer-tagespost.de]]""")

doc("word", "rat-anfrage-buergerbuero", f"""Anfrage der FWG-Fraktion im Stadtrat Haardtbach

Betreff: Wartezeiten im Bürgerbüro

Sehr geehrte Frau Bürgermeisterin Dr. [[P|Bellmann]],

nach Beschwerden aus der Bürgerschaft – zuletzt schilderte uns Herr [[P|Klaus-Dieter Strobel]] in der Bürgersprechstunde eine Wartezeit von sieben Wochen für einen neuen Reisepass – bitten wir zur Sitzung des Stadtrats am 10.12.2026 um schriftliche Beantwortung folgender Fragen:
1. Wie lang war die durchschnittliche Wartezeit auf einen Termin im Bürgerbüro im 3. Quartal 2026?
2. Wie viele der 14,5 Stellen im Bürgerbüro sind derzeit unbesetzt?
3. Ist eine Samstagsöffnung nach dem Vorbild der Stadt Landau geplant?

Mit freundlichen Grüßen

[[P|Rainer Gaß]]
Fraktionsvorsitzender
[[P|Ayşe Korkmaz-Held]]
Stadträtin

Rückfragen: [[E|r.gass@fwg-haardtbach.de]], [[T|06325 7 19 03]]""")

doc("word", "vollmacht-abholung", f"""Vollmacht

Hiermit bevollmächtige ich,
[[P|Elena Popescu]], geb. am [[DOB|18.10.1942]],
wohnhaft [[A|Hambacher Höhe 9]], [[A|67491 Haardtbach]],
rumänischer Personalausweis Nr. [[IDC|RX {g.digits(6)}]],

meinen Enkel
[[P|Andrei Popescu-Wolf]], geb. am [[DOB|07.03.2001]],
Personalausweis Nr. [[IDC|{g.id_card(check_digit=True)}]],

für mich im Bürgerbüro der Stadt Haardtbach die Meldebescheinigung und die Unterlagen zum Wohngeldantrag abzuholen und Auskünfte einzuholen. Die Vollmacht gilt bis auf Widerruf.

Haardtbach, 06.11.2026

[[P|E. Popescu]]
(Unterschrift)""")


# ----------------------------------------------------------------------------- independent check-digit verification
def _clean(s):
    return re.sub(r"[\s\-/]", "", s)


def ok_iban(s):
    s = _clean(s)
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def _m11_10(body):
    p = 10
    for ch in body:
        t = (int(ch) + p) % 10 or 10
        p = t * 2 % 11
    c = 11 - p
    return 0 if c == 10 else c


def ok_tax_id(s):
    s = _clean(s)
    if len(s) != 11 or s[0] == "0":
        return False
    counts = [s[:10].count(d) for d in "0123456789"]
    return max(counts) <= 3 and sum(1 for c in counts if c >= 2) == 1 and _m11_10(s[:10]) == int(s[10])


def ok_vat(s):
    s = _clean(s)
    return s.startswith("DE") and len(s) == 11 and _m11_10(s[2:10]) == int(s[10])


def ok_ssn(s):
    s = _clean(s).upper()
    if len(s) != 12 or not s[8].isalpha():
        return False
    code = ord(s[8]) - 64
    vals = [int(c) for c in s[:8]] + [code // 10, code % 10] + [int(c) for c in s[9:11]]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum((v * x) // 10 + (v * x) % 10 for v, x in zip(vals, w)) % 10 == int(s[11])


def ok_kv(s):
    s = _clean(s)
    if len(s) != 10 or not s[0].isalpha():
        return False
    code = ord(s[0]) - 64
    vals = [code // 10, code % 10] + [int(c) for c in s[1:9]]
    tot = 0
    for i, v in enumerate(vals):
        q = v * (1 if i % 2 == 0 else 2)
        tot += q // 10 + q % 10
    return tot % 10 == int(s[9])


def ok_luhn(s):
    s = _clean(s)
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            d -= 9 if d > 9 else 0
        tot += d
    return tot % 10 == 0


def ok_icao(s):
    s = _clean(s)
    w = (7, 3, 1)
    tot = sum((int(c) if c.isdigit() else ord(c) - 55) * w[i % 3] for i, c in enumerate(s[:-1]))
    return tot % 10 == int(s[-1])


CHECKS = {"IBAN": ok_iban, "TAX_ID": ok_tax_id, "VAT_ID": ok_vat, "SOCIAL_SECURITY": ok_ssn,
          "HEALTH_INSURANCE": ok_kv, "CREDIT_CARD": ok_luhn}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = [build(f"b13-{i:03d}", *d) for i, d in enumerate(DOCS, 1)]
    assert len(rows) == 30, len(rows)
    assert len({r["id"] for r in rows}) == 30
    for r in rows:
        for e in r["entities"]:
            check = CHECKS.get(e["category"])
            if check:
                assert check(e["text"]), (r["id"], e)
    with open(os.path.join(here, "fresh13.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
