#!/usr/bin/env python3
"""Blind test batch 101: an invented Lower Bavarian Landratsamt (Führerscheinstelle, Kfz-Zulassung, Waffenbehörde).

Writes fresh101.jsonl next to this script: 30 documents F101-001 … F101-030 in the format of dev.jsonl.
Texts carry inline marks (marks.py); every identifier with a check digit comes from Identifiers(10101).
Deterministic: no clock, no unseeded randomness, documents built in a fixed order.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban  # noqa: E402

ids = Identifiers(10101)

# The invented authority. Its own address, switchboard, direct dials and functional mailboxes are neutral.
LRA = "Landratsamt Isar-Vils"
LRA_STREET = "[[N|Am Stadtwall 4]]"
LRA_CITY = "[[N|84139 Vilsmarkt]]"
FS_MAIL = "[[N|fuehrerscheinstelle@lra-isar-vils.de]]"
ZUL_MAIL = "[[N|zulassung@lra-isar-vils.de]]"
WAFFEN_MAIL = "[[N|waffenrecht@lra-isar-vils.de]]"


def iban_spaced(value):
    return group(value, 4)


def rv_number(birth_ddmmyy, letter, style):
    v = ids.social_security(birth_ddmmyy, letter)
    if style == 0:
        return f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}"
    if style == 1:
        return v
    return f"{v[:2]} {v[2:8]} {v[8]} {v[9:11]} {v[11]}"


def polish_id_card(series="CBA"):
    """Polish dowód osobisty: 3 letters, check digit, 5 digits; weights 7,3,1,(9),7,3,1,7,3."""
    tail = ids.digits(5)
    values = [ord(c) - 55 for c in series] + [int(c) for c in tail]
    check = sum(v * w for v, w in zip(values, (7, 3, 1, 7, 3, 1, 7, 3))) % 10
    return f"{series} {check}{tail}"


def dni():
    number = ids.digits(8)
    return number + "TRWAGMYFPDXBNJZSQVHLCKE"[int(number) % 23]


# ---------------------------------------------------------------------------------------------------------------
def d01():
    pass_ua = "FX 418207"
    return "outlook", "fs_umschreibung_ukraine", f"""Von: [[P|Oksana Melnyk]] <[[E|oksana.melnyk87@ukr.net]]>
Gesendet: Dienstag, 10. Juni 2025 07:42
An: Führerscheinstelle <{FS_MAIL}>
Betreff: AW: Umschreibung ukrainischer Führerschein – fehlende Unterlagen

Guten Tag Frau [[P|Eichinger]],

danke fur Ihre Antwort. Ich schicke jetzt was noch fehlt (Fotos im Anhang):
- Reisepass Ukraine Nr. [[PASS|{pass_ua}]], gultig bis 2031
- Fuhrerschein Ukraine Nr. [[N|ВХТ 512904]], Kategorie B, ausgestellt 2009 in Lwiw
- Meldebescheinigung, ich wohne jetzt [[A|Oberhaselbach 12]], [[A|84155 Bodenkirchen]] (bei Familie [[P|Sedlmeier]])
- Sehtest von Optiker

Mein Geburtsdatum ist [[DOB|23.11.1987]], im ukrainischen Dokument steht [[DOB|23/11/1987]] – ist gleich.
Mein Mann [[P|Taras]] hat auch Fuhrerschein, er kommt nachste Woche selbst mit Dolmetscherin. Unser Auto hat noch
ukrainische Nummer [[KFZ|BC 4417 KM]], muss das auch umgemeldet werden?
Telefon: [[T|+380 67 412 55 90]] (Viber) oder [[T|0152 0381 7745]]

Mit freundlichen Grüßen
[[P|Oksana Melnyk]]

Am 02.06.2025 um 14:05 schrieb [[P|Eichinger Kathrin]] <[[E|k.eichinger@lra-isar-vils.de]]>:
> Sehr geehrte Frau [[P|Melnyk]],
>
> für die Umschreibung Ihrer ukrainischen Fahrerlaubnis (Vorgang [[AZ|FE-U 2025/0611]]) fehlen noch: Kopie des
> Reisepasses, Kopie des Führerscheins (Vorder- und Rückseite), Meldebescheinigung und Sehtestbescheinigung.
> Die Ukraine ist in Anlage 11 FeV aufgeführt; für die Klasse B ist keine Prüfung erforderlich.
> Die Gebühr beträgt 42,60 €.
>
> Mit freundlichen Grüßen
> [[P|Kathrin Eichinger]]
> {LRA} – Führerscheinstelle, Zimmer 1.14
> Tel. [[N|08731 502-314]]
""", []


def d02():
    office_iban = ids.iban_de()
    return "word", "fs_umschreibung_tuerkei", f"""{LRA} · {LRA_STREET} · {LRA_CITY}

Herrn
[[P|Cem Yıldırım-Aksoy]]
[[A|Bgm.-Kiermaier-Str. 17a]]
[[A|84139 Vilsmarkt]]

Ihr Zeichen, Ihre Nachricht vom    Unser Zeichen      Bearbeitung, Telefon                 Datum
–, 28.05.2025                      [[AZ|32-FE-0413/25]]      Frau [[P|Zehetbauer]], [[N|08731 502-317]]      12.06.2025

Umschreibung Ihrer türkischen Fahrerlaubnis (Klassen B und C1)
Antragsteller: [[P|Cem Yıldırım-Aksoy]], geb. [[DOB|14.03.1988]]

Sehr geehrter Herr [[P|Yıldırım-Aksoy]],

vielen Dank für Ihren Antrag. Die Türkei ist nicht in Anlage 11 zur Fahrerlaubnis-Verordnung (FeV) aufgeführt.
Eine Fahrerlaubnis kann Ihnen deshalb nur nach bestandener theoretischer und praktischer Prüfung erteilt werden
(§ 31 FeV). Eine Ausbildung in einer Fahrschule ist nicht vorgeschrieben; die theoretische Prüfung können Sie auch
in türkischer Sprache ablegen.

Ihren türkischen Führerschein (Seri No. [[N|A 2290417]], ausgestellt am 02.09.2008) haben wir geprüft. Für die
Klasse C1 benötigen wir zusätzlich eine ärztliche Bescheinigung nach Anlage 5 FeV und einen Sehtest nach Anlage 6 FeV.

Bitte reichen Sie bis zum 31.07.2025 ein:
1. eine Übersetzung des Führerscheins (ADAC oder eine allgemein beeidigte Übersetzerin),
2. ein biometrisches Lichtbild (35 x 45 mm),
3. die ärztliche Bescheinigung und den Sehtest für die Klasse C1.

Die Gebühr von 43,90 € überweisen Sie bitte unter Angabe des Kassenzeichens [[AZ|5101.3204.7718]] auf das Konto der
Kreiskasse Isar-Vils, IBAN [[N|{iban_spaced(office_iban)}]].

Ihre Ehefrau, Frau [[P|Elif Yıldırım-Aksoy]], hat am 03.06.2025 ebenfalls einen Antrag gestellt; hierzu erhält sie
ein eigenes Schreiben.

Sprechzeiten der Führerscheinstelle: Mo–Fr 7:30–12:00 Uhr, Do zusätzlich 13:30–17:30 Uhr.

Mit freundlichen Grüßen
Im Auftrag

[[P|Monika Zehetbauer]]
Sachgebietsleiterin Fahrerlaubnisse
""", []


def d03():
    return "outlook", "fs_kosovo_weitergeleitet", f"""[[P|Kathrin]], kannst du das übernehmen? Kosovo steht nicht in Anlage 11, also volle Prüfung. Der Sohn ruft jeden Tag
an. Die Akte liegt bei dir im Fach (Az. [[AZ|32-FE-0388/25]]).
[[P|Flo]]

-----Ursprüngliche Nachricht-----
Von: [[P|Florian Stangl-Pfeffer]]
Gesendet: Mittwoch, 4. Juni 2025 11:20
An: [[P|Kathrin Eichinger]] <[[E|k.eichinger@lra-isar-vils.de]]>
Betreff: WG: führerschein papa kosovo

-----Ursprüngliche Nachricht-----
Von: [[P|arben krasniqi]] <[[E|arbenk93@gmail.com]]>
Gesendet: Dienstag, 3. Juni 2025 22:17
An: {FS_MAIL}
Betreff: führerschein papa kosovo

hallo,
mein papa [[P|bajram krasniqi]] (geb [[DOB|07.05.1961]]) hat führerschein aus kosovo und will hier umschreiben, er wohnt
seit märz bei uns in der [[A|Frauenbrunner Str. 3]], [[A|84139 Vilsmarkt]]. er spricht nicht gut deutsch deswegen
schreibe ich. kann er prüfung auf albanisch machen?? sein pass nummer ist [[PASS|P01478823]] (republika e kosovës).
in kosovo hat er gewohnt [[A|Rr. Adem Jashari 45]], [[A|10000 Prishtinë]], führerschein ist von dort 1989 noch
jugoslawisch und 2012 neu gemacht.
bitte rückruf [[T|0176 2290 4418]] ich bin [[P|arben]], der sohn
danke
""", []


def d04():
    tax = ids.tax_id()
    tax_fmt = f"{tax[:2]} {tax[2:5]} {tax[5:8]} {tax[8:]}"
    amex = ids.credit_card("37", 15)
    amex_fmt = f"{amex[:4]} {amex[4:10]} {amex[10:]}"
    return "outlook", "fs_umschreibung_usa", f"""Dear Mr [[P|Whitfield]],

thank you for your e-mail. Ohio is listed in Annex 11 of the German Driving Licence Regulation (FeV) for class B,
so you do not need a driving test. For security reasons we cannot take card details by e-mail; you can pay by card at
the counter. Please come to room 1.14 on Tuesday, 24 June 2025, at 9:30 a.m. and bring your
Ohio licence, your passport, one biometric photo and your Meldebescheinigung. Your file number is [[AZ|32-FE-0429/25]].
The fee is 35.00 EUR plus 7.10 EUR for the card licence.

Kind regards / Mit freundlichen Grüßen
[[P|Florian Stangl-Pfeffer]]
{LRA} | Führerscheinstelle
Phone [[N|+49 8731 502-316]] | {FS_MAIL}

From: [[P|Whitfield, Jordan M.]] <[[E|jordan.whitfield@outlook.com]]>
Sent: Thursday, June 5, 2025 4:18 PM
To: Führerscheinstelle <{FS_MAIL}>
Cc: [[P|Anna-Lena Whitfield]] <[[E|annalena.whitfield@gmail.com]]>
Subject: Exchange of Ohio driver license

Hello,

I moved to Germany in February for a position at the BMW plant in Dingolfing. A colleague told me my Ohio license
(class D) can be exchanged for a German class B license without a test. My details:

Full name: [[P|Jordan Michael Whitfield]]
Date of birth: [[DOB|09/17/1984]]
US passport no.: [[PASS|583920176]] (issued 2019)
Ohio driver license no.: [[N|RS410387]]
German address: [[A|Griesgasse 9]], [[A|84130 Dingolfing]]
Previous address: [[A|7712 Sawmill Creek Ln]], [[A|Dublin, OH 43016]]
Tax ID (Steuer-ID), in case you need it: [[TID|{tax_fmt}]]
Phone: [[T|+49 1512 6637208]] / [[T|+1 614 329 8817]]

My wife [[P|Anna-Lena]] (German citizen, née [[P|Brandstetter]]) already has a German license, so this is only for me.
Can I pay the fee in advance by credit card? My Amex is [[CC|{amex_fmt}]], exp. 03/28.

Best regards,
[[P|Jordan]]
""", []


def d05():
    return "word", "fs_mpu_anordnung", f"""{LRA}
Fahrerlaubnisbehörde
{LRA_STREET}, {LRA_CITY}

Mit Postzustellungsurkunde
Herrn
[[P|Sebastian Kreuzpointner]]
[[A|Hofmark 6]]
[[A|84155 Bodenkirchen]]

Aktenzeichen: [[AZ|32.2-0143/25-Mo]] (bitte bei Antwort angeben)
Vilsmarkt, 16.06.2025

Fahrerlaubnis der Klassen AM, B, BE und L
Anordnung der Beibringung eines medizinisch-psychologischen Gutachtens

Sehr geehrter Herr [[P|Kreuzpointner]],

mit Strafbefehl des Amtsgerichts Landshut vom 07.04.2025 (Az. [[AZ|Cs 104 Js 8821/25]]), rechtskräftig seit
29.04.2025, wurden Sie wegen fahrlässiger Trunkenheit im Verkehr (§ 316 StGB) zu einer Geldstrafe von 50 Tagessätzen
verurteilt. Die Ihnen am 14.12.2024 um 23:40 Uhr nach der Fahrt mit dem Pkw [[KFZ|VIB-SK 279]] entnommene Blutprobe
ergab eine Blutalkoholkonzentration von 1,74 Promille. Die Sperrfrist nach § 69a StGB endet am 13.10.2025.

Bei einer Blutalkoholkonzentration von 1,6 Promille oder mehr ist vor der Neuerteilung ein medizinisch-psychologisches
Gutachten beizubringen (§ 13 Satz 1 Nr. 2 Buchst. c FeV). Die Fragestellung lautet:
„Ist zu erwarten, dass Herr [[P|Kreuzpointner]] (geb. [[DOB|02.02.1979]]) auch zukünftig ein Kraftfahrzeug unter
Alkoholeinfluss führen wird, und/oder liegen als Folge eines unkontrollierten Alkoholkonsums Beeinträchtigungen vor,
die das sichere Führen eines Kraftfahrzeugs der Gruppe 1 in Frage stellen?“

Sie haben uns mitgeteilt, dass Sie seit Januar 2025 alkoholabstinent leben, an einer Selbsthilfegruppe teilnehmen
und Ihr Hausarzt, Herr Dr. [[P|Wolfgang Ertl]], Ihre Leberwerte (GGT, CDT) monatlich kontrolliert. Diese Nachweise
legen Sie bitte der Begutachtungsstelle vor.

Bitte teilen Sie uns bis zum 18.07.2025 mit, welche amtlich anerkannte Begutachtungsstelle für Fahreignung Sie
beauftragen. Die Kosten der Begutachtung tragen Sie selbst. Im Fahreignungsregister sind für Sie derzeit 3 Punkte
eingetragen (Stand: 05.06.2025).

Mit freundlichen Grüßen
Im Auftrag

Dr. [[P|Reinhard Moosbauer]]
Regierungsrat
""", ["HEALTH"]


def d06():
    anderkonto = ids.iban_de()
    vat = ids.vat_id()
    return "outlook", "fs_anwalt_punkte", f"""Von: Sekretariat [[N|Sörensen & Partner]] <[[N|sekretariat@soerensen-partner.de]]>
Gesendet: Freitag, 13. Juni 2025 10:02
An: [[P|Monika Zehetbauer]] <[[E|m.zehetbauer@lra-isar-vils.de]]>
Betreff: Ihr Zeichen [[AZ|32-FE-0297/25]] – [[P|Dragan Petrović]], geb. [[DOB|21.08.1990]] – Vertretungsanzeige

[[N|SÖRENSEN & PARTNER]]
Rechtsanwälte PartG mbB
[[N|Ländgasse 41]] · [[N|84028 Landshut]]

Ihr Zeichen: [[AZ|32-FE-0297/25]]
Unser Zeichen: [[AZ|0388/25 Sö/kr]]
Landshut, 13.06.2025

Sehr geehrte Frau [[P|Zehetbauer]],

in der Fahrerlaubnissache unseres Mandanten, Herrn [[P|Dragan Petrović]], [[A|Stadtplatz 3]], [[A|94405 Landau a. d. Isar]],
zeigen wir unter Vorlage der Vollmacht die anwaltliche Vertretung an und beantragen Akteneinsicht in die vollständige
Verwaltungsakte einschließlich der Auskunft aus dem Fahreignungsregister.

Nach Ihrem Anhörungsschreiben vom 28.05.2025 beabsichtigen Sie, unserem Mandanten die Fahrerlaubnis nach § 4 Abs. 5
Satz 1 Nr. 3 StVG zu entziehen, weil 8 Punkte erreicht seien. Die Verwarnung bei 6 Punkten (§ 4 Abs. 5 Satz 1 Nr. 2
StVG) vom 17.01.2025 ist Herrn [[P|Petrović]] jedoch nie zugegangen. Sie wurde an die frühere Anschrift
[[A|Landshuter Straße 88]] in Frontenhausen gerichtet, wo nur noch seine frühere Lebensgefährtin, Frau [[P|Snežana Ilić]],
wohnt; sie hat den Brief nach eigener Aussage nicht weitergegeben. Der zugrunde liegende Bußgeldbescheid der Zentralen
Bußgeldstelle im Bayerischen Polizeiverwaltungsamt vom 09.12.2024 (Az. [[AZ|504.1.2418772.3]]) betraf zudem eine
Fahrt mit dem Firmenfahrzeug [[KFZ|LAN-DP 540]], das auch von Kollegen genutzt wird.

Wir regen an, das Verfahren auf die Stufe des § 4 Abs. 6 StVG zurückzuführen. Sollten Sie gleichwohl einen
Entziehungsbescheid erlassen, werden wir Klage zum Bayerischen Verwaltungsgericht Regensburg erheben und die
Wiederherstellung der aufschiebenden Wirkung beantragen (vgl. BayVGH, Beschluss vom 07.11.2023 – [[N|11 CS 23.1466]]).

Erstattungen bitte ausschließlich auf unser Anderkonto, IBAN [[IBAN|{anderkonto}]].

Mit freundlichen Grüßen

Dr. [[P|Jan-Hendrik Sörensen]]
Rechtsanwalt | Fachanwalt für Verkehrsrecht

[[N|Sörensen & Partner]] Rechtsanwälte PartG mbB | [[N|Ländgasse 41]] | [[N|84028 Landshut]]
Tel. [[N|0871 96548-0]] | Fax [[N|0871 96548-29]] | [[E|j.soerensen@soerensen-partner.de]]
USt-IdNr. [[VAT|{vat}]] | Partnerschaftsregister AG München PR 2107
""", []


def d07():
    return "word", "fs_aktennotiz_punkte", f"""Aktennotiz (Telefonat)

Vorgang: Fahreignungsregister – Ermahnung nach § 4 Abs. 5 Satz 1 Nr. 1 StVG
Az.: [[AZ|FE 2-0577/25]]
Gesprächspartner: Herr [[P|Wiktor Sokolow]] (geb. [[DOB|30.06.1975]]), Rückrufnummer [[T|0160 9385 1120]]
Datum/Uhrzeit: 11.06.2025, 10:15–10:30 Uhr
Bearbeiter: [[P|Stangl-Pfeffer]]

Herr [[P|Sokolow]] rief wegen der Ermahnung vom 26.05.2025 an (4 Punkte). Er fragte, ob das freiwillige
Fahreignungsseminar noch einen Punkt abzieht. Ich habe erklärt, dass ein Punkteabzug nur bis zu einem Stand von
5 Punkten möglich ist (§ 4 Abs. 7 StVG) und die Teilnahmebescheinigung innerhalb von zwei Wochen nach Abschluss
vorgelegt werden muss.

Er gab an, dass zwei der Verstöße (Geschwindigkeit, 08.02.2025 und 19.03.2025) von seinem Sohn [[P|Dmitrij Sokolow]]
begangen worden seien, der das Fahrzeug [[KFZ|LA-WS 306]] ebenfalls fahre. Hierzu wurde auf das Anhörungsverfahren der
Bußgeldbehörde verwiesen; die Eintragungen sind rechtskräftig und binden die Fahrerlaubnisbehörde (§ 4 Abs. 5 Satz 4
StVG). Seine Ehefrau, Frau [[P|Ljudmila Sokolowa]], habe das Schreiben geöffnet und sei „sehr aufgeregt“.

Neue Anschrift mitgeteilt: [[A|Am Mühlbach 9 1/2]], [[A|84137 Vilsbiburg]] (bisher [[A|Ringstraße 40]], [[A|84032 Altdorf]]).
Änderung im Fachverfahren erfasst, Ummeldung beim Einwohnermeldeamt bereits erfolgt.

Wv.: 25.06.2025
gez. [[P|Stangl-Pfeffer]]
""", []


def d08():
    dealer_iban = ids.iban_de()
    dealer_vat = ids.vat_id()
    dealer_tnr = ids.tax_number_bavaria()
    rows = [
        ("1", "[[P|Hinterberger, Josef]]", "[[DOB|1958-04-11]]", "[[A|Kirchplatz 2]]", "[[A|84155;Bodenkirchen]]",
         "[[N|WVWZZZAUZPW123456]]", "[[KFZ|VIB-JH 58]]", "[[N|A7K2M9Q]]"),
        ("2", "[[P|Kowalczyk, Małgorzata]]", "[[DOB|1991-12-02]]", "[[A|Frontenhausener Str. 19]]",
         "[[A|84160;Frontenhausen]]", "[[N|TMBJR7NE4P0087731]]", "[[KFZ|VIB-MK 912]]", "[[N|B9T4WQ2]]"),
        ("3", "[[P|Aydın, Mehmet Ali]]", "[[DOB|1976-07-30]]", "[[A|Am Anger 5b]]", "[[A|84137;Vilsbiburg]]",
         "[[N|WF0EXXTTRENK41287]]", "[[KFZ|VIB-AY 7630]]", "[[N|K3P8LZ5]]"),
        ("4", "[[N|Brunnhuber Bau GmbH]]", "", "[[N|Gewerbering 8]]", "[[N|84137;Vilsbiburg]]",
         "[[N|WDB9066331S551902]]", "[[KFZ|VIB-BB 400]]", "[[N|R2M6XC8]]"),
        ("5", "[[P|Nguyen, Van Duc]]", "[[DOB|1983-03-15]]", "[[A|Bahnhofstraße 12]]", "[[A|84149;Velden]]",
         "[[N|VF1RJA00468821174]]", "[[KFZ|VIB-ND 315]]", "[[N|H8W1ZP4]]"),
        ("6", "[[P|Obermeier-Stadler, Christine]]", "[[DOB|1969-10-27]]", "[[A|Zum Kreuzfeld 21]]",
         "[[A|84163;Marklkofen]]", "[[N|JYARN23E0MA004417]]", "[[KFZ|VIB-CO 69]]", "[[N|F5Q7NB3]]"),
        ("7", "[[P|Adeyemi, Oluwaseun]]", "[[DOB|1995-01-08]]", "[[A|Lerchenstraße 3]]", "[[A|84130;Dingolfing]]",
         "[[N|WBA21EF0X0BT61583]]", "[[KFZ|DGF-OA 95]]", "[[N|M4D9KT6]]"),
    ]
    table = "\n".join(";".join(r) for r in rows)
    return "outlook", "zul_haendler_csv", f"""Von: Zulassungsdienst Autohaus Rottal <[[N|zulassung@autohaus-rottal.de]]>
Gesendet: Montag, 9. Juni 2025 16:51
An: Kfz-Zulassung <{ZUL_MAIL}>
Betreff: Sammelzulassung KW 24 – 7 Fahrzeuge (Liste anbei)

Hallo Frau [[P|Wimmer]],

anbei wie besprochen die Liste für die Sammelzulassung am Donnerstag. Vollmachten und eVB liegen im Ordner,
Ausweiskopien haben wir für alle Halter. Bei Nr. 4 ist Halter die Firma, der Handelsregisterauszug hängt dran.
Nr. 6 möchte ein Saisonkennzeichen 04–10, Nr. 7 wohnt in Dingolfing, daher DGF (Umkennzeichnung gewünscht).

Nr;Halter;Geburtsdatum;Strasse;PLZ;Ort;FIN;Wunschkennzeichen;eVB
{table}

Die Gebühren bitte wie immer per Lastschrift vom Händlerkonto [[IBAN|{dealer_iban}]] (Mandatsreferenz liegt vor).
USt-IdNr. Autohaus Rottal GmbH: [[VAT|{dealer_vat}]], St.-Nr. [[TNR|{dealer_tnr}]]
Nr. 3 holt das Fahrzeug schon am Mittwoch mit unserem roten Kennzeichen [[KFZ|VIB-06 412]] zur Folierung ab.

Gruß
[[P|Sandra Pöllmann]]
Zulassungsdienst
Autohaus Rottal GmbH · [[N|Industriestraße 14]] · [[N|84347 Pfarrkirchen]]
Tel. [[N|08561 9870-22]]
""", []


def d09():
    dealer_iban = ids.iban_de()
    dealer_vat = ids.vat_id()
    tnr = ids.tax_number_bavaria()
    pl_id = polish_id_card()
    return "outlook", "zul_ausfuhrkennzeichen", f"""Sehr geehrter Herr [[P|Grabowski]],

die Ausfuhrkennzeichen sind zugeteilt: [[KFZ|VIB 217 A]] (Passat), [[KFZ|VIB 218 A]] (Transit), [[KFZ|VIB 219 A]] (Octavia),
jeweils gültig bis 30.06.2025 (Ablaufdatum im roten Feld). Die Zulassungsbescheinigungen Teil I können ab morgen
8:00 Uhr am Schalter 4 abgeholt werden; die Käufer müssen dabei ihren Pass im Original vorlegen. Für Herrn
[[P|Zieliński]] reicht die Vollmacht der Firma mit seinem Personalausweis.

Mit freundlichen Grüßen
[[P|Ludwig Haslbeck]]
Kfz-Zulassungsstelle, {LRA}

-----Ursprüngliche Nachricht-----
Von: Export Team <[[N|export@vils-automobile.de]]>
Gesendet: Dienstag, 10. Juni 2025 09:12
An: [[P|Ludwig Haslbeck]] <[[E|l.haslbeck@lra-isar-vils.de]]>
Betreff: Ausfuhrkennzeichen für 3 Fzg. – Käufer Ukraine / Moldau / Polen

Sehr geehrter Herr [[P|Haslbeck]],

für folgende Fahrzeuge bitten wir um Zuteilung von Ausfuhrkennzeichen. Die Käufer holen die Fahrzeuge selbst ab,
die Ausfuhrversicherung (15 Tage) ist abgeschlossen.

1) VW Passat Variant, FIN [[N|WVWZZZ3CZLE048812]], bisher [[KFZ|VIB-VA 311]]
   Käufer: [[P|Andrij Bondarenko]], [[A|vul. Zelena 112, kv. 5]], [[A|79017 Lviv]], Ukraine
   Reisepass [[PASS|FE 602718]], geb. [[DOB|04.09.1979]], Tel. [[T|+380 50 771 20 43]]
2) Ford Transit 2.0 TDCi, FIN [[N|WF0XXXTTGXLS73105]], bisher [[KFZ|VIB-VA 318]]
   Käufer: [[P|Ion Ceban]], [[A|str. Ștefan cel Mare 64]], [[A|MD-2001 Chișinău]], Republik Moldau
   Pass [[PASS|AB0735214]], geb. [[DOB|19.02.1985]], mobil [[T|+373 691 22 748]]
3) Škoda Octavia Combi, FIN [[N|TMBJJ7NE1L0218776]], bisher [[KFZ|LA-AV 1207]]
   Käufer: Trans-Pol Sp. z o.o., [[N|ul. Głogowska 218]], [[N|60-104 Poznań]], NIP [[N|7792418860]]
   Abholung durch Herrn [[P|Paweł Zieliński]], dowód osobisty [[IDC|{pl_id}]]

Die Gebühren buchen Sie bitte von unserem Konto [[IBAN|{iban_spaced(dealer_iban)}]] ab.
USt-IdNr. [[VAT|{dealer_vat}]], Steuernummer [[TNR|{tnr}]] (Finanzamt Landshut).

Mit freundlichen Grüßen
i. A. [[P|Tomasz Grabowski]]
Vils Automobile GmbH – Export
Tel. [[N|08741 96 33 0]]
""", []


def d10():
    office_iban = ids.iban_de()
    return "word", "waffen_jagdschein", f"""{LRA} – Sachgebiet 33, Waffen- und Jagdrecht
{LRA_STREET} · {LRA_CITY}

Frau
[[P|Theresia Gschwendtner-Ostermaier]]
[[A|Oberschwärzenbach 3]]
[[A|84163 Marklkofen]]

Ihre Nachricht vom: 20.05.2025
Unser Zeichen: [[AZ|33-1432.3-Gs/2025]]
Kassenzeichen: [[AZ|0610.4417.2025.88]]
Datum: 13.06.2025

Erteilung eines Jahresjagdscheins (Jagdjahre 2025/26 bis 2027/28)

Sehr geehrte Frau [[P|Gschwendtner-Ostermaier]],

nach Ihrer bestandenen Jägerprüfung am 24.04.2025 erteilen wir Ihnen den Jagdschein Nr. [[N|0417/2025]], gültig vom
01.04.2025 bis 31.03.2028. Der Nachweis der Jagdhaftpflichtversicherung liegt vor. Die Prüfung der Zuverlässigkeit und
persönlichen Eignung nach § 17 BJagdG in Verbindung mit §§ 5 und 6 WaffG (Auskünfte aus dem Bundeszentralregister,
dem staatsanwaltschaftlichen Verfahrensregister und der Polizei) hat keine Bedenken ergeben.

Laut Antrag sind Sie am [[DOB|5. Mai 1996]] geboren; bitte prüfen Sie die Angabe auf dem Jagdschein bei Erhalt.

Den Jagdschein können Sie ab 23.06.2025 in Zimmer 2.11 abholen. Sie können auch Ihren Ehemann, Herrn
[[P|Johann Ostermaier]], mit einer schriftlichen Vollmacht und Ihrem Personalausweis schicken.

Gebühr: 92,00 € (Ziffer 2.II.8 Kostenverzeichnis). Bitte überweisen Sie den Betrag unter Angabe des Kassenzeichens
auf das Konto der Kreiskasse, IBAN [[N|{office_iban}]].

Waidmannsheil und mit freundlichen Grüßen
Im Auftrag

[[P|Georg Hinterskirchner]]
""", []


def d11():
    idc = ids.id_card(check_digit=True)
    return "word", "waffen_reichsbuerger", f"""Vermerk

Betreff: Waffenrechtliche Erlaubnisse des Herrn [[P|Hartmut Ebenhöch]], geb. [[DOB|12.10.1962]],
[[A|Kapellenweg 5]], [[A|84164 Moosthenning]]
Waffenbesitzkarten Nr. [[N|112/2009]] und [[N|47/2016]], Jagdschein Nr. [[N|0093/2024]]
Az.: [[AZ|33-1371.1-Eb/2025]]

1. Sachverhalt
Mit Schreiben vom 28.05.2025 hat Herr [[P|Ebenhöch]] seinen Personalausweis (Nr. [[IDC|{idc}]]) mit dem Vermerk
„Rückgabe an den Aussteller – ich bin Staatsangehöriger des Königreichs Bayern“ an das Landratsamt zurückgesandt.
Die Gebührenrechnung für die Verlängerung des Jagdscheins wies er als „Angebot ohne Rechtsgrundlage“ zurück und
unterzeichnete als „Mensch [[P|Hartmut]] aus der Familie [[P|Ebenhöch]]“. Er hat außerdem einen
Staatsangehörigkeitsausweis nach dem RuStAG 1913 beantragt.

Das Bayerische Landesamt für Verfassungsschutz teilte auf Anfrage vom 02.06.2025 mit, dass Herr [[P|Ebenhöch]] seit
2023 der Reichsbürger- und Selbstverwalterszene zugerechnet wird; er nimmt regelmäßig an Treffen einer Gruppe in
Niederbayern teil und verbreitet deren Schriften in einem Messengerkanal.

PHK [[P|Bernhard Schießl]], PI Vilsbiburg, teilte am 05.06.2025 telefonisch mit, dass bei einer Verkehrskontrolle am
17.05.2025 (Vorgangsnummer [[AZ|BY8431-006612-25/7]]) ein selbstgefertigter „Reichsführerschein“ vorgezeigt wurde.

2. Bewertung
Wer der Reichsbürgerszene angehört und die Geltung der Rechtsordnung der Bundesrepublik bestreitet, bietet nicht die
Gewähr, mit Waffen stets ordnungsgemäß umzugehen (§ 5 Abs. 1 Nr. 2 WaffG, ständige Rechtsprechung).

3. Weiteres Vorgehen
- Anhörung nach Art. 28 BayVwVfG, Frist zwei Wochen
- Widerruf der Waffenbesitzkarten, Ungültigerklärung und Einziehung des Jagdscheins
- Sicherstellung der 4 Langwaffen und 1 Kurzwaffe (Waffenliste Anlage 1) mit Unterstützung der PI Vilsbiburg
- die Ehefrau, Frau [[P|Gertraud Ebenhöch]], ist ebenfalls WBK-Inhaberin (WBK [[N|48/2016]]); gemeinsamer
  Waffenschrank, Zuverlässigkeit gesondert prüfen

[[P|Rauscher]], 13.06.2025
""", ["POLITICS"]


def d12():
    return "outlook", "zul_protokoll", f"""Betreff: Protokoll Dienstbesprechung Zulassung 12.06.2025

Hallo zusammen,
anbei das Protokoll, Ergänzungen bitte bis Freitag an mich.
[[P|Tamara]]

Protokoll der Dienstbesprechung der Kfz-Zulassungsstelle
Datum: 12.06.2025, 8:30–9:45 Uhr, Besprechungsraum 2.07

Teilnehmende: [[P|Sabine Wimmer]] (Leitung), [[P|Ludwig Haslbeck]], [[P|Tamara Oberndorfer]] (Protokoll),
[[P|Nguyễn Thị Lan]] (Auszubildende), Herr Dipl.-Ing. [[P|Reinhold Vogl]] (TÜV SÜD, Prüfstelle Vilsbiburg, als Gast)
Entschuldigt: [[P|Ramona Ertl-Fuchs]] (Urlaub)

TOP 1 Saisonkennzeichen
Im März wieder über 400 Saisonkennzeichen (Motorräder, Cabrios, Wohnmobile). Vorschlag Frau [[P|Wimmer]]: ab Februar
zwei zusätzliche Termine pro Tag nur für Saisonkennzeichen.

TOP 2 i-Kfz
Die Fehlerquote bei der Online-Außerbetriebsetzung liegt bei 6 %. Ticket beim Hersteller ist offen
(Ticket-Nr. 2025-061-4471). Herr [[P|Haslbeck]] klärt, ob Version 4.2 das Problem behebt.

TOP 3 Beschwerde
Herr [[P|Vasile Popescu]] hat sich direkt bei Landrat [[P|Alois Brandlmeier]] über die Wartezeit beschwert
(Vorgang [[AZ|ZUL-BS-2025-014]]). Herr [[P|Haslbeck]] ruft ihn unter [[T|0171 5520 814]] an und bietet einen Termin an.

TOP 4 Händlerzulassungen
Das Autohaus Rottal liefert seine Listen künftig als CSV. Frau [[P|Nguyễn]] prüft die Vollständigkeit vor der Übernahme.

TOP 5 Verschiedenes
[[P|Lan]] wechselt im September ins Bürgerbüro. Herr [[P|Vogl]] weist auf die neue HU-Richtlinie ab 01.07.2025 hin.
Nächste Besprechung: 10.07.2025, 8:30 Uhr, Raum 2.07.
""", []


def d13():
    return "outlook", "zul_saison_smartphone", f"""Hallo Herr [[P|Huber-Aschenbrenner]],

das geht online über i-Kfz nur mit Personalausweis mit aktivierter Online-Funktion. Sonst kommen Sie einfach mit
Zulassungsbescheinigung Teil I, Ausweis und den Schildern vorbei; für [[KFZ|VIB-M 742]] ändern wir nur den
Zeitraum (04 bis 10). Gebühr 10,20 €.

Viele Grüße
[[P|L. Haslbeck]]

> Am 13.06.2025 um 06:58 schrieb [[P|dominik huber-aschenbrenner]] <[[E|dome.huber@gmx.de]]>:
>
> hallo, ich bräuchte für meine kawasaki wieder das saisonkennzeichen, wie letztes jahr 04-10 aber jetzt 03-10
> weil ich im märz schon fahren will. kennzeichen ist [[KFZ|vib-m 742]]. kann ich das online machen oder muss ich
> vorbeikommen? versicherung hab ich schon umgestellt
>
> lg
> [[P|dominik]]
> [[T|0151 27739018]]
>
> Von meinem iPhone gesendet
""", []


def d14():
    idc = ids.id_card()
    cc = ids.credit_card("4", 16)
    cc_fmt = group(cc, 4)
    refund = ids.iban_de()
    refund_fmt = group(refund, 4).lower()
    return "outlook", "zul_ikfz_kreditkarte", f"""Betreff: Fehler bei Online-Zulassung – Zahlung abgebrochen (Vorgangsnummer [[AZ|IKFZ-25-0087412]])

Sehr geehrte Damen und Herren,

ich wollte gestern über i-Kfz mein neues Auto (Tesla Model 3, Erstzulassung) zulassen. Die Online-Ausweisfunktion
hat funktioniert (Personalausweis [[IDC|{idc}]]), dann kam bei der Zahlung mit der Kreditkarte [[CC|{cc_fmt}]]
(gültig bis 08/27) die Meldung „Fehler 502“. Jetzt ist der Betrag von 46,70 € zweimal reserviert, aber ich habe
keinen Bescheid bekommen. Reserviert war das Wunschkennzeichen [[KFZ|VIB-EL 2025E]].

Meine Daten: Dr. [[P|Amira Haddad-Schönberger]], geboren [[DOB|1.2.1986]], [[A|Hans-Kiermaier-Weg 21]], [[A|84137 Vilsbiburg]]
Tel. [[T|0179 / 441 20 87]]

Bitte stornieren Sie die doppelte Reservierung und buchen Sie auf die Karte zurück. Die Karte läuft übrigens auf
meinen Mann, Dr. [[P|Lukas Schönberger]]; falls das ein Problem ist, gerne auch auf mein Konto
[[IBAN|{refund_fmt}]].

Mit freundlichen Grüßen
[[P|Amira Haddad-Schönberger]]
""", []


def d15():
    kv = ids.health_insurance()
    return "word", "fs_anhoerung_epilepsie", f"""{LRA} · {LRA_STREET} · {LRA_CITY}

Herrn
[[P|Emre Kılıçarslan]]
[[A|Am Bachl 4]]
[[A|94424 Arnstorf]]

Az.: [[AZ|FE 2-0611/25-Ze]]
Datum: 17.06.2025

Anhörung vor Entziehung der Fahrerlaubnis (Art. 28 BayVwVfG)

Sehr geehrter Herr [[P|Kılıçarslan]],

die Polizeiinspektion Eggenfelden hat uns am 21.05.2025 mitgeteilt, dass Sie am 18.05.2025 gegen 17:20 Uhr auf der
Staatsstraße 2112 bei Arnstorf mit Ihrem Pkw [[KFZ|PAN-EK 1903]] nach einem Krampfanfall von der Fahrbahn abgekommen
sind (Vorgangsnummer [[AZ|BY8412-004417-25/1]]). Verletzt wurde niemand.

Dem Entlassungsbericht des Klinikums vom 23.05.2025 (Patient: [[P|Kılıçarslan, Emre]], *[[DOB|19.03.2001]],
Versichertennummer [[KV|{kv}]]) ist zu entnehmen, dass bei Ihnen erstmals eine Epilepsie diagnostiziert und eine
medikamentöse Behandlung begonnen wurde. Der Bericht ist von der Oberärztin der Neurologie, Frau Dr. med.
[[P|Aleksandra Wiśniewska]], unterzeichnet.

Nach Nr. 6.6 der Anlage 4 zur FeV ist nach einem ersten Anfall die Fahreignung in der Regel für mindestens sechs
Monate nicht gegeben; danach kann sie bei Anfallsfreiheit durch ein neurologisches Gutachten nachgewiesen werden.
Wir beabsichtigen daher, Ihnen die Fahrerlaubnis zu entziehen (§ 3 Abs. 1 StVG, § 46 Abs. 1 FeV).

Sie können sich bis zum 04.07.2025 schriftlich äußern. Alternativ können Sie auf die Fahrerlaubnis verzichten; das
erspart Ihnen die Gebühr für den Entziehungsbescheid. Ihr Vater, Herr [[P|Yusuf Kılıçarslan]], hat bereits angerufen ([[T|08723 / 96 14 07]]);
Auskünfte an ihn geben wir nur mit Ihrer schriftlichen Zustimmung.

Mit freundlichen Grüßen
Im Auftrag

[[P|Zehetbauer]]
""", ["HEALTH"]


def d16():
    tid = ids.tax_id()
    rows = [
        ("Wójcik", "[[P|Krzysztof]]", "14.02.1981", "140281", "W", 0, "[[N|DR 448127]]", "Werkstraße 3",
         "84130 Dingolfing", "+48 601 284 517"),
        ("Zielińska-Nowak", "[[P|Małgorzata]]", "03.08.1992", "030892", "Z", 1, "[[N|EZ 097335]]",
         "Teisbacher Str. 41", "84130 Dingolfing", "0157 8820 4461"),
        ("Dumitru", "[[P|Florin-Cătălin]]", "22.11.1978", "221178", "D", 2, "[[N|171130022]]", "Am Wasserturm 7",
         "84163 Marklkofen", "0040 745 118 902"),
        ("Mazur", "[[P|Bartłomiej]] „[[P|Bartek]]“", "09.06.1988", "090688", "M", 0, "[[N|FB 220961]]", "Werkstraße 3",
         "84130 Dingolfing", "0176 2218 9034"),
    ]
    lines = []
    for surname, first, dob, dob6, letter, style, fs, street, city, phone in rows:
        rv = rv_number(dob6, letter, style)
        lines.append(f"[[P|{surname}]] | {first} | [[DOB|{dob}]] | [[SSN|{rv}]] | {fs} | [[A|{street}]], [[A|{city}]]"
                     f" | [[T|{phone}]]")
    table = "\n".join(lines)
    return "outlook", "fs_spedition_liste", f"""Guten Morgen Frau [[P|Eichinger]],

wie telefonisch besprochen die Liste unserer Fahrer, die ihren Wohnsitz nach Deutschland verlegt haben. Die
Führerscheine (PL/RO) sollen registriert und wegen der Schlüsselzahl 95 auf deutsche Karten umgeschrieben werden.
Die Kopien der Sozialversicherungsausweise liegen bei (die Rentenversicherungsnummer steht mit in der Tabelle).

Name | Vorname | geb. | RV-Nr. | Führerschein-Nr. | Anschrift | Handy
{table}

Entschuldigung, bei Herrn [[P|Dumitru]] habe ich aus der Lohnbuchhaltung versehentlich die Steuer-ID mitkopiert
([[TID|{tid}]]), die brauchen Sie natürlich nicht. Herr [[P|Mazur]] ist nur bis 27.06. im Haus, danach auf Tour.

Viele Grüße
[[P|Jelena Marković]]
Personal / Lohnbuchhaltung
Vilstrans Spedition GmbH, [[N|Gewerbepark Ost 12]], [[N|84130 Dingolfing]]
Tel. [[N|08731 7766-41]]

-----Ursprüngliche Nachricht-----
Von: [[P|Kathrin Eichinger]] <[[E|k.eichinger@lra-isar-vils.de]]>
Gesendet: Donnerstag, 5. Juni 2025 15:03
An: [[P|Marković, Jelena]] <[[E|j.markovic@vilstrans.de]]>
Betreff: Fahrerkarten / Umschreibung poln. und rumän. Fahrer

Sehr geehrte Frau [[P|Marković]],

bitte senden Sie mir die Daten der betroffenen Fahrer (Name, Geburtsdatum, Anschrift, Führerscheinnummer). Die
Fahrer müssen zur Antragstellung aber persönlich kommen (Zimmer 1.14, Termine über die Online-Terminvergabe).

Mit freundlichen Grüßen
[[P|Kathrin Eichinger]]
""", []


def d17():
    passport = ids.passport(check_digit=True)
    return "word", "fs_eu_fuehrerscheintourismus", f"""{LRA} · Fahrerlaubnisbehörde · {LRA_STREET} · {LRA_CITY}

Gegen Postzustellungsurkunde
Herrn
[[P|Marcel Obermüller]]
[[A|Am Gries 11]]
[[A|84137 Vilsbiburg]]

Bescheid-Nr.: [[AZ|2025/FE/00318]]
Geschäftszeichen: [[AZ|32.2-1432-Ob]]
Datum: 18.06.2025

Feststellung der fehlenden Berechtigung, von Ihrer tschechischen Fahrerlaubnis im Inland Gebrauch zu machen

Sehr geehrter Herr [[P|Obermüller]],

erlässt das Landratsamt Isar-Vils folgenden

Bescheid:
1. Es wird festgestellt, dass die Ihnen am 14.03.2023 von der Stadt Cheb (Tschechische Republik) erteilte
   Fahrerlaubnis der Klasse B (Führerschein Nr. [[N|EF 418273]]) Sie nicht berechtigt, im Inland Kraftfahrzeuge zu führen.
2. Sie haben den Führerschein bis 04.07.2025 zur Eintragung eines Sperrvermerks vorzulegen.
3. Die sofortige Vollziehung der Nummer 2 wird angeordnet.

Gründe:
Bei einer Verkehrskontrolle am 22.04.2025 mit dem Pkw [[KFZ|VIB-MO 1204]] legten Sie den oben genannten Führerschein
vor (Vorgangsnummer der PI Vilsbiburg [[AZ|BY8431-004127-25/3]]). Im Führerschein ist als Wohnsitz
[[A|Svobody 412/7]], [[A|350 02 Cheb]] eingetragen. Nach dem Melderegister waren Sie jedoch durchgehend seit 2011 unter
Ihrer jetzigen Anschrift gemeldet; Ihr Reisepass (Nr. [[PASS|{passport}]]) enthält keine tschechische Anschrift.
Auch Ihre Arbeitgeberin hat bestätigt, dass Sie im Jahr 2022 ohne Unterbrechung in Vilsbiburg beschäftigt waren.
Damit lag Ihr ordentlicher Wohnsitz bei Erteilung nicht in Tschechien (§ 28 Abs. 4 Satz 1 Nr. 2 FeV). Zuvor war
Ihnen die deutsche Fahrerlaubnis mit Urteil des Amtsgerichts Landshut vom 03.02.2021 ([[AZ|3 Ds 56 Js 3307/20]])
entzogen worden.

Gebühr: 128,00 € zuzüglich Auslagen von 3,45 €.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid können Sie innerhalb eines Monats nach seiner Bekanntgabe Klage
erheben bei dem Bayerischen Verwaltungsgericht Regensburg in [[N|93047 Regensburg]], [[N|Haidplatz 1]].

Im Auftrag
Dr. [[P|Moosbauer]]
""", []


def d18():
    return "outlook", "fs_mpu_cannabis", f"""Von: [[P|Lukas Brandl]] <[[E|lukas.brandl.2001@web.de]]>
Gesendet: Mittwoch, 11. Juni 2025 23:48
An: [[P|Kathrin Eichinger]] <[[E|k.eichinger@lra-isar-vils.de]]>
Betreff: AW: Neuerteilung Fahrerlaubnis – MPU

hi frau [[P|eichinger]],

anbei mein mpu-gutachten von der begutachtungsstelle in landshut (gutachten-nr. [[AZ|LA-25-0612-117]],
untersuchung am 03.06.2025) – positiv!! ich war 14 monate clean, 4 haaranalysen alle negativ, dazu 10 sitzungen
verkehrspsychologische beratung bei frau [[P|Tanja Rieger]].

was ich nicht versteh: seit dem neuen § 13a FeV gilt doch für cannabis was anderes, muss ich dann trotzdem die ganzen
kosten (ca. 1.150 €) selber zahlen? mein az bei ihnen war glaub ich [[AZ|FE 2-0201/24]].
geb. [[DOB|05.10.2001]], adresse immer noch [[A|Fichtenstr. 8]], [[A|84163 Marklkofen]]

mfg [[P|lukas brandl]]
[[T|0157 8841 2290]]

Am Di., 3. Juni 2025 um 16:02 schrieb [[P|Kathrin Eichinger]] <[[E|k.eichinger@lra-isar-vils.de]]>:
> Sehr geehrter Herr [[P|Brandl]],
> für die Neuerteilung nach der Entziehung wegen Amphetamin- und Cannabiskonsums benötigen wir ein positives
> medizinisch-psychologisches Gutachten (§ 14 Abs. 2 FeV) und den Nachweis einer einjährigen Abstinenz.
> Bitte senden Sie das Gutachten direkt an mich oder geben Sie es in Zimmer 1.14 ab.
> Mit freundlichen Grüßen
> [[P|Kathrin Eichinger]]
""", ["HEALTH"]


def d19():
    return "outlook", "fs_gewerkschaft_rechtsschutz", f"""Von: [[P|Beate Kronawitter]] <[[E|beate.kronawitter@dgbrechtsschutz.de]]>
Gesendet: Montag, 16. Juni 2025 08:37
An: Führerscheinstelle <{FS_MAIL}>
Betreff: Ihr Az. [[AZ|FE 3-0042/25]] – [[P|Trần Văn Minh]], Fahrerlaubnis Klasse CE – Vertretungsanzeige, Eilbedürftigkeit

Sehr geehrte Damen und Herren,

wir vertreten Herrn [[P|Trần Văn Minh]], geb. [[DOB|11.01.1980]], wohnhaft [[A|Bahnhofstraße 31]],
[[A|94405 Landau an der Isar]], im Rahmen des gewerkschaftlichen Rechtsschutzes. Herr [[P|Trần]] ist Mitglied der
Vereinten Dienstleistungsgewerkschaft ver.di (Mitgliedsnummer [[N|1044 7882 3]]); eine Vollmacht liegt bei.
In den Unterlagen seines Arbeitgebers wird er teilweise als „[[P|Minh Tran]]“ geführt. Herr [[P|Trần]] ist
für Rückfragen unter [[T|0152 2904 1773]] erreichbar (bitte möglichst auf Englisch).

Die Fahrerlaubnis der Klassen C und CE unseres Mitglieds war bis 30.04.2025 befristet. Den Verlängerungsantrag hat
Herr [[P|Trần]] mit allen Unterlagen am 12.03.2025 persönlich bei Ihnen abgegeben (Eingangsstempel liegt in Kopie vor).
Seit 01.05.2025 darf er nicht mehr Lkw fahren; sein Arbeitgeber, die Spedition Vilstrans GmbH, hat ihn zunächst
unbezahlt freigestellt und droht mit der Kündigung. Der Betriebsrat, vertreten durch Herrn [[P|Mario Kastenhuber]],
hat sich ebenfalls eingeschaltet.

Wir bitten um Ausstellung einer vorläufigen Bescheinigung über die Verlängerung oder um kurzfristige Mitteilung, welche
Unterlagen noch fehlen. Sollten wir bis 20.06.2025 nichts von Ihnen hören, werden wir beim Bayerischen
Verwaltungsgericht Regensburg einen Antrag nach § 123 VwGO stellen.

Mit freundlichen Grüßen

[[P|Beate Kronawitter]]
Rechtssekretärin
DGB Rechtsschutz GmbH, Büro Landshut
Tel. [[N|0871 96226-13]]
""", ["UNION"]


def d20():
    return "word", "zul_zwangsabmeldung", f"""{LRA} – Kfz-Zulassungsbehörde
{LRA_STREET}, {LRA_CITY}

Einschreiben mit Rückschein
Frau
[[P|Ana Sofia Carvalho Pereira]]
[[A|Pfarrgasse 2]]
[[A|84137 Vilsbiburg]]

Bescheid-Nr.: [[AZ|Z-0419/2025]]
Kassenzeichen: [[AZ|6.0441.219876.4]]
Fahrzeug: [[KFZ|VIB-AP 913]], Opel Corsa, FIN [[N|W0L0XCF0814000117]]
Datum: 12.06.2025

Außerbetriebsetzung Ihres Fahrzeugs wegen fehlenden Versicherungsschutzes (§ 25 Abs. 4 FZV)

Sehr geehrte Frau [[P|Carvalho Pereira]],

Ihr Haftpflichtversicherer hat uns am 22.05.2025 angezeigt, dass für das oben genannte Fahrzeug seit 01.05.2025 kein
Versicherungsschutz mehr besteht. Eine neue Versicherungsbestätigung haben Sie trotz unseres Schreibens vom 26.05.2025
nicht vorgelegt.

Wir fordern Sie daher auf, das Fahrzeug bis spätestens 27.06.2025 außer Betrieb setzen zu lassen. Legen Sie dazu die
Zulassungsbescheinigung Teil I und beide Kennzeichenschilder vor oder weisen Sie einen neuen Versicherungsschutz nach.
Andernfalls werden wir die Polizei mit der zwangsweisen Außerbetriebsetzung beauftragen. Sie dürfen das Fahrzeug bis
dahin nicht im öffentlichen Verkehrsraum benutzen oder abstellen.

Laut Ihrem Anruf vom 10.06.2025 (Rückrufnummer [[T|0157 3320 9146]]) nutzt derzeit Ihr Bruder, Herr [[P|Rui Carvalho]], das Fahrzeug. Auch er darf es
ohne Versicherungsschutz nicht fahren.

Gebühr: 28,60 € zuzüglich Auslagen von 3,45 €.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid können Sie innerhalb eines Monats nach seiner Bekanntgabe Klage
erheben bei dem Bayerischen Verwaltungsgericht Regensburg in [[N|93047 Regensburg]], [[N|Haidplatz 1]].

Im Auftrag
[[P|Tamara Oberndorfer]]
""", []


def d21():
    return "outlook", "zul_wunschkennzeichen", f"""Sehr geehrter Herr [[P|Al-Khatib]],

das Kennzeichen [[KFZ|VIB-MA 1987]] ist für Sie bis 13.09.2025 reserviert (Reservierungsnummer [[AZ|WKZ-25-33190]]).
Die Zulassung geht nur mit Termin. Bitte bringen Sie mit: Personalausweis oder Aufenthaltstitel, Zulassungsbescheinigung
Teil I und II aus Polen, den Kaufvertrag, die eVB-Nummer Ihrer Versicherung, einen HU-Nachweis und die
Kennzeichenschilder [[KFZ|PO 7KX21]]. Die Unterlagen aus Polen brauchen eine Übersetzung.

Mit freundlichen Grüßen
[[P|Tamara Oberndorfer]]
Kfz-Zulassungsstelle

________________________________
Von: [[P|M. Al-Khatib]] <[[E|m.alkhatib87@hotmail.de]]>
Gesendet: Freitag, 13. Juni 2025 21:03
An: {ZUL_MAIL}
Betreff: Wunschkennzeichen

Hallo ich will wunschkenzeichen [[KFZ|VIB-MA 1987]] reservieren bitte, für mein neue auto (gebraucht aus polen, hat noch
polnisch kennzeichen [[KFZ|PO 7KX21]]). geht das auch ohne termin?? mein name [[P|Mohammed Al-Khatib]] geburtstag
[[DOB|3.1.87]]
Anschrift [[A|Hauptstr 44a]] [[A|84155 Bodenkirchen]]
mein bruder [[P|abdullah]] hat gesagt man kann online machen?
Tel [[T|01577 3902118]]

Mit freundlichen grüßen
[[P|M. Al-Khatib]]

Gesendet von Outlook für Android
""", []


def d22():
    rows = [
        ("von Rotenhan, Konstantin", "17.08.2004", "Schloßberg 1", "84155 Bodenkirchen", "keine Erkenntnisse"),
        ("Ostermaier, Johann", "02.02.1990", "Oberschwärzenbach 3", "84163 Marklkofen", "keine Erkenntnisse"),
        ("Petrenko, Wiktorija", "28.09.1996", "Vilsstraße 17a", "84149 Velden", "keine Erkenntnisse"),
        ("Demir, Kaan", "10.12.1999", "Am Sonnenhang 14", "84139 Vilsmarkt",
         "BZR: Geldstrafe 30 TS (§ 229 StGB), 2021"),
        ("Mensah, Kwame Kofi", "01.06.1985", "Lindenweg 2", "84130 Dingolfing", "keine Erkenntnisse"),
        ("Schwarzfischer, Maria-Theresia", "24.12.1971", "Untergolding 7", "84030 Ergolding", "keine Erkenntnisse"),
        ("Lindinger, Xaver", "06.03.1958", "Hauptstraße 40", "84149 Velden", "PI: Nachbarschaftsstreit 2024, eingestellt"),
    ]
    lines = [f"{i} | [[P|{n}]] | [[DOB|{d}]] | [[A|{s}]], [[A|{c}]] | {r}" for i, (n, d, s, c, r) in enumerate(rows, 1)]
    table = "\n".join(lines)
    return "word", "waffen_sammelpruefung", f"""{LRA} – Waffen- und Jagdrecht
Vermerk

Sammelprüfung der Zuverlässigkeit und persönlichen Eignung (§§ 5, 6 WaffG, § 17 BJagdG)
Teilnehmende der Jägerprüfung Frühjahr 2025 mit Antrag auf Erteilung eines Jagdscheins
Az.: [[AZ|33-1432.1/2025-SP]]

Anfragen an das Bundeszentralregister, das staatsanwaltschaftliche Verfahrensregister, die PI Vilsbiburg, die
PI Dingolfing und das Landesamt für Verfassungsschutz wurden am 02.06.2025 gestellt; alle Antworten liegen vor.

Lfd. | Name, Vorname | geb. | Anschrift | Ergebnis
{table}

Bewertung:
Zu Nr. 4: Eine Verurteilung zu weniger als 60 Tagessätzen begründet keine Regelunzuverlässigkeit
(§ 5 Abs. 2 Nr. 1 Buchst. a WaffG). Herr [[P|Demir]] hat den Vorfall im Antrag selbst angegeben. Unbedenklich.
Zu Nr. 7: Das Verfahren wurde nach § 170 Abs. 2 StPO eingestellt. Unbedenklich; Herr [[P|Lindinger]] (im Ort
„[[P|Xare]]“ genannt) ist seit 1981 Jäger und war bislang nicht auffällig.

Ergebnis: alle sieben Antragstellerinnen und Antragsteller zuverlässig und persönlich geeignet.
Jagdscheine können nach Zahlung der Gebühr ausgestellt werden.

Rücksprache mit SGL [[P|Hinterskirchner]] am 12.06.2025 erfolgt.
[[P|Rauscher]]
""", []


def d23():
    return "outlook", "fs_beschwerde_diskriminierung", f"""Von: [[P|Judith Vilsmeier-Ademi]] <[[E|j.vilsmeier-ademi@caritas-isar-vils.de]]>
Gesendet: Mittwoch, 11. Juni 2025 13:26
An: [[P|Monika Zehetbauer]] <[[E|m.zehetbauer@lra-isar-vils.de]]>
Cc: Beschwerdestelle <[[N|beschwerde@lra-isar-vils.de]]>
Betreff: Beschwerde – Vorsprache Familie [[P|Mustafa]] am 10.06.2025 / Führerschein

Sehr geehrte Frau [[P|Zehetbauer]],

ich begleite als Migrationsberaterin die Familie [[P|Mustafa]], Roma aus Gjakova im Kosovo. Herr [[P|Fadil Mustafa]]
(geb. [[DOB|3.8.75]]) war am 10.06.2025 mit mir in der Führerscheinstelle, um die Umschreibung seines kosovarischen
Führerscheins zu beantragen.

Laut Herrn [[P|Mustafa]] hat der Mitarbeiter am Schalter 3, der ein Namensschild „[[P|A. Kerscher]]“ trug, zu ihm
gesagt: „Bei euch Zigeunern weiß man ja nie, ob der Führerschein echt ist.“ Ich stand in diesem Moment am
Wartemarkenautomaten und habe nur noch gehört, dass Herr [[P|Kerscher]] den Antrag nicht annehmen wollte. Herr
[[P|Mustafa]] hat eine Duldung; die Ausländerbehörde führt ihn unter der AZR-Nummer [[AZ|1420 8377 1195]]. Seine Identität
ist durch den kosovarischen Pass geklärt.

Die Familie wohnt in der Gemeinschaftsunterkunft [[A|Industriestraße 9]], Zimmer 14, [[A|84139 Vilsmarkt]]. Frau
[[P|Sabrije Mustafa]] und der Sohn [[P|Dardan]] (17) waren ebenfalls dabei und sind sehr verletzt.

Ich bitte Sie, den Vorfall aufzuklären und Herrn [[P|Mustafa]] einen neuen Termin bei einer anderen Sachbearbeiterin
zu geben. Für Rückfragen erreichen Sie mich unter [[T|0160 4471902]] (dienstliches Handy) oder über die Zentrale
[[N|08741 9677-0]].

Mit freundlichen Grüßen
[[P|Judith Vilsmeier-Ademi]]
Migrationsberatung für erwachsene Zuwanderer
Caritasverband für den Landkreis Isar-Vils e. V.
""", ["ETHNICITY"]


def d24():
    idc = ids.id_card(check_digit=True)
    return "outlook", "fs_namensaenderung", f"""Betreff: Namensänderung Führerschein nach Heirat

Servus,

ich habe am 24.05. geheiratet und heiße jetzt nicht mehr [[P|Tobias Reindl]], sondern [[P|Tobias Reindl-Mertens]]
(Doppelname; mein Mann [[P|Jonas Mertens]] hat seinen Namen behalten). Muss ich den Führerschein (Kartenführerschein
von 2014) umschreiben lassen, oder reicht die Heiratsurkunde, wenn ich z. B. in Österreich kontrolliert werde?

Neuer Personalausweis ist schon da, Ausweisnummer [[IDC|{idc}]].
Geb. [[DOB|15.07.1992]], Eheschließung beim Standesamt Landshut.
Wohnung jetzt [[A|Am Kellerberg 7]], [[A|84137 Vilsbiburg]] (vorher [[A|Neustadt 466]], [[A|84028 Landshut]]).

Danke & Grüße
[[P|Tobi]]
[[T|0170 9982417]]
[[E|tobias.reindl-mertens@posteo.de]]
""", ["SEXUAL_ORIENTATION"]


def d25():
    eat = ids.id_card(check_digit=False)
    return "word", "fs_antrag_formular", f"""Antrag auf Erteilung einer Fahrerlaubnis – Erfassungsbogen (Ausdruck aus dem Fachverfahren)

Antragsnummer: [[AZ|FE-A-2025-001288]]
Eingang: 05.06.2025

Angaben zur Person
Familienname: [[P|El Idrissi]]
Geburtsname: [[P|Benali]]
Vorname(n): [[P|Fatima Zahra]]
Doktorgrad: –
Geschlecht: weiblich
Geburtsdatum: [[DOB|22.04.2002]]
Geburtsort: [[N|Casablanca]]
Staatsangehörigkeit: marokkanisch
Anschrift: [[A|Lerchenfeldstraße 3a]]
PLZ/Ort: [[A|84130 Dingolfing]]
Telefon: [[T|0176 82043391]]
E-Mail: [[E|fatimazahra.elidrissi@gmail.com]]

Ausweisdokument: Reisepass Königreich Marokko, Nr. [[PASS|VA3918274]]
Aufenthaltstitel (eAT), Kartennummer: [[IDC|{eat}]]

Beantragte Klassen: B, AM
Ausbildende Fahrschule: Fahrschule Vilstal, Fahrlehrer [[P|Serkan Öztürk]]
Sehtest: 03.06.2025, bestanden mit Sehhilfe (Schlüsselzahl 01.06)
Erste-Hilfe-Kurs: 17.05.2025

Lichtbild: mit Kopftuch aus religiösen Gründen; Gesicht vollständig sichtbar, zulässig
(Erklärung der Antragstellerin liegt bei).

Bemerkungen: Die Antragstellerin wurde von ihrem Ehemann [[P|Youssef El Idrissi]] begleitet; Dolmetschen nicht
erforderlich. Prüfauftrag an TÜV SÜD nach Eingang der Ausbildungsbescheinigung.

Sachbearbeitung: [[P|Eichinger]], 05.06.2025
""", ["RELIGION", "HEALTH"]


def d26():
    return "outlook", "zul_halteranfrage_tabelle", f"""Hallo Herr [[P|Kiermaier]],

hier die Halterdaten zu Ihrer Anfrage (Ihr Zeichen [[AZ|OA-32/2025-117]]). Übermittlung nach § 35 Abs. 1 Nr. 1 StVG,
nur für die Beseitigung der abgestellten Fahrzeuge zu verwenden.

Kennzeichen	Halter	Anschrift	Status
[[KFZ|VIB-RS 4410]]	[[P|Radu Ștefănescu]]	[[A|Vilsstraße 17]], [[A|84149 Velden]]	zugelassen
[[KFZ|LA-K 8]]	[[P|Kerstin Wallner-Hofbauer]]	[[A|Gartenweg 3]], [[A|84032 Altdorf]]	außer Betrieb seit 03.02.2025
[[KFZ|VIB-AB 1204]]	[[P|Abdi Farah Warsame]]	[[A|Am Sonnenhang 2]], [[A|84149 Velden]]	zugelassen
[[KFZ|ROL-HZ 55H]]	[[P|Heinz Zellner]]	[[A|Kleinweichs 4]], [[A|84149 Velden]]	zugelassen (Oldtimer)
[[KFZ|PO 4KX21]]	–	ausländisches Kennzeichen	–

Zu Nr. 5 (polnisches Kennzeichen) können wir keine Auskunft geben; bitte über die Polizei (EUCARIS) anfragen.
Frau [[P|Wallner-Hofbauer]] hat das Fahrzeug nach unserer Kenntnis an einen Händler verkauft, der Verkauf ist aber nicht
angezeigt.

Viele Grüße
[[P|Ludwig Haslbeck]]
Kfz-Zulassungsstelle, {LRA}
Tel. [[N|08731 502-402]]

-----Ursprüngliche Nachricht-----
Von: [[P|Kiermaier Stefan]] <[[E|s.kiermaier@markt-velden.de]]>
Gesendet: Dienstag, 10. Juni 2025 10:40
An: Kfz-Zulassung <{ZUL_MAIL}>
Betreff: Halteranfrage abgestellte Fahrzeuge Parkplatz Vilsauen

Sehr geehrte Damen und Herren,

auf dem gemeindlichen Parkplatz an den Vilsauen (Flurnummer 1187/4) stehen seit mehreren Wochen folgende Fahrzeuge,
teilweise ohne gültige HU-Plakette:
- [[KFZ|VIB-RS 4410]] (grauer Passat, Stellplatz 14)
- [[KFZ|LA-K 8]] (Wohnwagen)
- [[KFZ|VIB-AB 1204]] (Kleintransporter)
- [[KFZ|ROL-HZ 55H]] (alter Mercedes /8)
- [[KFZ|PO 4KX21]] (Audi A4, polnisch)
Wir bitten um Mitteilung der Halter, damit wir sie zur Beseitigung auffordern können.

Mit freundlichen Grüßen
[[P|Stefan Kiermaier]]
Markt Velden – Ordnungsamt
""", []


def d27():
    return "word", "fs_ablehnung_eritrea", f"""{LRA} · {LRA_STREET} · {LRA_CITY}

Herrn
[[P|Tesfay Gebremedhin Haile]]
[[A|Obere Stadt 14]]
[[A|84130 Dingolfing]]

Ihre Nachricht vom 02.04.2025
Unser Zeichen [[AZ|32-FE-0156/25/Ha]]
Datum 17.06.2025

Ihr Antrag auf Erteilung einer Fahrerlaubnis der Klasse B ohne Prüfung (eritreischer Führerschein)

Sehr geehrter Herr [[P|Haile]],

wir können Ihnen die Fahrerlaubnis nicht ohne Prüfung erteilen.

Eritrea ist nicht in Anlage 11 zur FeV aufgeführt. Außerdem bestehen Zweifel an der Echtheit Ihres Führerscheins: Die
Polizeiinspektion Dingolfing (Sachbearbeiter POK [[P|Andreas Stadler]]) hat das Dokument am 06.05.2025 einer
Urkundenprüfung unterzogen; Papier, Druckbild und Sicherheitsmerkmale entsprechen nicht dem Vergleichsmuster.

Bei Ihrer erkennungsdienstlichen Behandlung wurden Ihre Fingerabdrücke mit der EURODAC-Datenbank abgeglichen. Danach
sind Sie in Italien unter dem Namen „[[P|Tesfalem Haile]]“ mit dem Geburtsdatum [[DOB|01.01.1994]] registriert; in
Ihrem Antrag haben Sie den [[DOB|12.09.1992]] angegeben. Diese Abweichung müssen Sie bei der Ausländerbehörde klären.

Sie können die Fahrerlaubnis nach einer Ausbildung in einer Fahrschule mit theoretischer und praktischer Prüfung
erwerben. Die theoretische Prüfung ist auch in Tigrinya nicht möglich, wohl aber in Arabisch oder Englisch.

Für die Ablehnung wird keine Gebühr erhoben.

Ihr Betreuer vom Helferkreis Dingolfing, Herr [[P|Winfried Sturm]], erhält eine Kopie dieses Schreibens; Ihre
Einverständniserklärung liegt uns vor.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid können Sie innerhalb eines Monats nach seiner Bekanntgabe Klage
erheben bei dem Bayerischen Verwaltungsgericht Regensburg in [[N|93047 Regensburg]], [[N|Haidplatz 1]].

Im Auftrag
[[P|Florian Stangl-Pfeffer]]
""", ["BIOMETRIC"]


def d28():
    kv = ids.health_insurance()
    kv_fmt = f"{kv[0]} {kv[1:]}"
    return "outlook", "fs_verlaengerung_c1_augen", f"""Betreff: Verlängerung C1/C1E – augenärztliches Gutachten

Sehr geehrte Damen und Herren,

ich fahre ehrenamtlich Rettungswagen beim BRK und muss meine Klasse C1/C1E bis Juli verlängern. Meine Augenärztin hat
das Gutachten nach Anlage 6 FeV erstellt, den Text kopiere ich unten ein. Die Netzhauterkrankung ist bei mir erblich
(Retinitis pigmentosa, molekulargenetisch bestätigt, dieselbe Mutation im RPGR-Gen wie bei meinem Onkel
[[P|Alfons Achatz]]). Bisher merke ich beim Fahren keine Einschränkung.

Name: [[P|Korbinian Achatz]]
Geburtsdatum: [[DOB|27.11.1983]]
Führerschein-Nr.: [[N|B072R8T4L51]]
Krankenversichertennummer: [[KV|{kv_fmt}]]

Auszug aus dem Gutachten:
„Herr [[P|Achatz]] (geb. [[DOB|27.11.83]]) stellte sich am 02.06.2025 vor. Visus beidseits mit Korrektur 0,8;
Gesichtsfeld nach Goldmann konzentrisch eingeschränkt auf 120 Grad horizontal, Dämmerungssehen deutlich
herabgesetzt. Aus augenärztlicher Sicht bestehen für die Klassen C1/C1E derzeit Bedenken; für die Klasse B
ausreichend mit Auflage Nachtfahrverbot. Nachuntersuchung in 12 Monaten empfohlen.
Dr. med. [[P|Cornelia Wäckerle-Şahin]], Fachärztin für Augenheilkunde, [[N|Stadtplatz 21]], [[N|84130 Dingolfing]]“

Was bedeutet das jetzt für mich? Kann ich wenigstens die Klasse B behalten?

Mit freundlichen Grüßen
[[P|Korbinian Achatz]]
[[A|Sonnenleite 4]]
[[A|84163 Marklkofen]]
Tel. [[T|08732 / 93 11 48]]
""", ["HEALTH", "GENETIC"]


def d29():
    return "word", "fs_info_pflichtumtausch", f"""Info für den Schalter – Pflichtumtausch der Führerscheine
Stand: 10.06.2025, Sachgebiet 32

1. Fristen
- Papierführerscheine: Geburtsjahrgänge 1953 bis 1958 bis 19.01.2022, 1959 bis 1964 bis 19.01.2023, 1965 bis 1970
  bis 19.01.2024, ab Jahrgang 1971 bis 19.01.2025. Wer vor 1953 geboren ist, muss bis 19.01.2033 umtauschen.
- Kartenführerscheine: Ausstellungsjahre 1999 bis 2001 bis 19.01.2026, 2002 bis 2004 bis 19.01.2027.

2. Unterlagen
Personalausweis oder Reisepass, ein biometrisches Lichtbild, der alte Führerschein. Wurde der Führerschein nicht vom
Landratsamt Isar-Vils ausgestellt, brauchen wir eine Karteikartenabschrift der ausstellenden Behörde
(Formular FS 7a, liegt an der Information aus).

3. Gebühr
25,30 € (Gebührennummer 202.4), bei Direktversand durch die Bundesdruckerei zusätzlich 5,10 €.

4. Ablauf
Termine in Zimmer 0.12 und 0.14 im Erdgeschoss, Wartemarken am Automaten neben der Information. Besucherparkplätze
gibt es in der Bahnhofstraße und am Stadtwall; der Parkplatz hinter dem Gesundheitsamt ist nur für Dienstfahrzeuge.

5. Häufige Fragen
- „Mein Vater ist 92 und fährt nicht mehr.“ – Dann ist kein Umtausch nötig; ein Verzicht ist nicht erforderlich.
- „Ich habe zwei Führerscheine (DDR und BRD).“ – Beide mitbringen, es wird ein Kartenführerschein ausgestellt.
- Fälschungsverdacht: Dokument einbehalten, Rücksprache mit der Sachgebietsleitung.

6. Ansprechpartner
Frau [[P|Eichinger]] (Durchwahl [[N|-314]]), Vertretung Herr [[P|Stangl-Pfeffer]] (Durchwahl [[N|-316]]).
Ab 01.07.2025 übernimmt Herr [[P|Anton Kerscher]] den Schalter 3 nicht mehr; er wechselt in das Sachgebiet 21.
Hotline der Zulassungsstelle: [[N|08731 502-400]].

Datenschutz: Kopien von Führerscheinen und Ausweisen nur anfertigen, wenn sie für den Vorgang erforderlich sind;
die Vorlage zur Einsicht genügt in der Regel.

gez. [[P|Zehetbauer]]
""", []


def d30():
    cc = ids.credit_card("5", 16)
    it_iban = mod97_iban("IT", ids.rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + ids.digits(22))
    de_iban = ids.iban_de()
    dni_es = dni()
    return "outlook", "waffen_auslaenderjagdschein", f"""Grüß Gott Herr [[P|Sedlmeier]],

danke für die Unterlagen. Die Ausländerjagdscheine stelle ich für Herrn [[P|De Santis]] und Herrn [[P|Pöschl-Reiter]]
vorab aus. Bei Frau [[P|García-Ordóñez]] fehlt noch der Nachweis der Jagdhaftpflichtversicherung für Deutschland;
die spanische Licencia de caza genügt dafür nicht. Die Zahlung per Kreditkarte nehmen wir nur am Kartenterminal an,
bitte die Kartennummer nicht per E-Mail schicken.

Waidmannsheil
[[P|Georg Hinterskirchner]]
Sachgebiet 33, Waffen- und Jagdrecht
Tel. [[N|08731 502-331]] | {WAFFEN_MAIL}

-----Ursprüngliche Nachricht-----
Von: [[P|Franz Xaver Sedlmeier]] <[[E|fx.sedlmeier@t-online.de]]>
Gesendet: Montag, 16. Juni 2025 19:22
An: [[P|Georg Hinterskirchner]] <[[E|g.hinterskirchner@lra-isar-vils.de]]>
Betreff: Ausländerjagdscheine für die Drückjagd am 8.11.

Grüß Gott Herr [[P|Hinterskirchner]],

für unsere Drückjagd im Gemeinschaftsjagdrevier Oberhaselbach II (412 ha) am 08.11.2025 kommen wieder Gäste aus dem
Ausland. Ich schicke die Daten vorab, die Originale bringen sie am 07.11. mit:

1. [[P|Giancarlo De Santis]], nato il [[DOB|14/02/1967]], [[A|Via Brennero 112]], [[A|38121 Trento]], Italien
   Passaporto [[PASS|YA4418273]], Europäischer Feuerwaffenpass [[N|IT-TN-0098812]], Tel. [[T|+39 347 882 1905]]
   Er überweist die Gebühr selbst von seinem Konto [[IBAN|{iban_spaced(it_iban)}]].
2. [[P|María José García-Ordóñez]], nacida el [[DOB|3 de agosto de 1979]], [[A|Calle Real 23, 3º B]], [[A|37002 Salamanca]]
   DNI [[IDC|{dni_es}]]; sie möchte mit ihrer Mastercard zahlen: [[CC|{cc}]], gültig bis 11/26
3. Mag. [[P|Wolfgang Pöschl-Reiter]], geb. [[DOB|30.3.1958]], [[A|Kirchengasse 4]], [[A|4910 Ried im Innkreis]], Österreich
   Reisepass [[PASS|P4471928]], österr. Jagdkarte Nr. [[N|RI-2231]]

Die Gebühren für Frau [[P|García-Ordóñez]] und Herrn [[P|Pöschl-Reiter]] überweise ich als Jagdvorsteher vorab von
meinem Konto [[IBAN|{de_iban}]], die beiden zahlen es mir am Jagdtag bar zurück.

Waidmannsheil
[[P|Franz Xaver Sedlmeier]]
Jagdvorsteher JG Oberhaselbach
[[A|Oberhaselbach 1]], [[A|84155 Bodenkirchen]]
[[T|0171 2298405]]
""", []


DOCS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15,
        d16, d17, d18, d19, d20, d21, d22, d23, d24, d25, d26, d27, d28, d29, d30]


def main():
    out = []
    for i, make in enumerate(DOCS, 1):
        channel, template, marked, flags = make()
        doc = build(f"F101-{i:03d}", channel, template, marked.strip("\n") + "\n", flags)
        for e in doc["entities"] + doc["neutral"]:
            assert doc["text"][e["start"]:e["end"]] == e["text"], (doc["id"], e)
        out.append(doc)
    path = os.path.join(HERE, "fresh101.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for doc in out:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    total = sum(len(d["entities"]) for d in out)
    print(f"{path}: {len(out)} documents, {total} entities")


if __name__ == "__main__":
    main()
