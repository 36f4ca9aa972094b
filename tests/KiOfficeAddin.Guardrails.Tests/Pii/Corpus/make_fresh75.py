"""Batch 75: 30 documents from the (invented) Große Kreisstadt Muldenau in the Landkreis Leipzig (Saxony): its
Bürgeramt, the Kita fee office (Elternbeiträge), the Ausländerbehörde and the school administration, writing to and
about Czech commuters, Vietnamese shop owners, Syrian, Ukrainian and Tunisian residents and German families. Many
Outlook threads forwarded between staff with quoted headers, short informal mails and tables pasted from Excel.
Every person, address and number is invented."""
import datetime
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)  # marks.py and identifiers.py sit beside this file
from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban  # noqa: E402

ids = Identifiers(7575)
rng = ids.rng


# --- foreign identifiers with their national check digits -------------------------------------------------------
def cz_account(length=10):
    """Czech bank account number: weights 6,3,7,9,10,5,8,4,2,1 (right-aligned), weighted sum divisible by 11."""
    weights = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1][-length:]
    while True:
        body = ids.digits(length - 1, first_nonzero=True)
        rest = sum(int(d) * w for d, w in zip(body, weights)) % 11
        last = (11 - rest) % 11  # weight of the last digit is 1
        if last < 10:
            return body + str(last)


def cz_iban(bank="0800"):
    """Czech IBAN: bank code (4) + prefix (6, here zeros) + account (10, mod-11 weighted check), then ISO 7064 MOD 97-10."""
    return mod97_iban("CZ", bank + "000000" + cz_account())


def cz_birth_number(birth, female):
    """Czech rodné číslo YYMMDD/SSSC: month +50 for women; the 10-digit number is divisible by 11."""
    month = birth.month + (50 if female else 0)
    head = f"{birth.year % 100:02d}{month:02d}{birth.day:02d}"
    while True:
        serial = ids.digits(3)
        check = int(head + serial) % 11
        if check < 10:
            return f"{head}/{serial}{check}"


def cz_vat():
    """Czech DIČ of a legal person: CZ + 8 digits; weights 8..2 on the first 7, check = (11 - sum mod 11) mod 10."""
    body = ids.digits(7, first_nonzero=True)
    rest = sum(int(d) * w for d, w in zip(body, range(8, 1, -1))) % 11
    return "CZ" + body + str((11 - rest) % 10)


def ua_rnokpp(birth, female):
    """Ukrainian taxpayer number (RNOKPP/ІПН): days since 31.12.1899, serial, 9th digit even for women;
    check = (sum of digits × (-1,5,7,9,4,6,10,5,7)) mod 11 mod 10."""
    days = (birth - datetime.date(1899, 12, 31)).days
    while True:
        serial = ids.digits(4)
        if (int(serial[-1]) % 2 == 0) == female:
            break
    body = f"{days:05d}{serial}"
    weights = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return body + str(sum(int(d) * w for d, w in zip(body, weights)) % 11 % 10)


def ua_unzr(birth):
    """Ukrainian UNZR (record number of the population register) YYYYMMDD-NNNNC: check = digits × 7,3,1 mod 10."""
    head = birth.strftime("%Y%m%d") + ids.digits(4)
    weights = [7, 3, 1] * 4
    return f"{head[:8]}-{head[8:]}{sum(int(d) * w for d, w in zip(head, weights)) % 10}"


def ua_iban():
    """Ukrainian IBAN: 6-digit bank MFO + 19-digit account, ISO 7064 MOD 97-10 (no separate national check)."""
    return mod97_iban("UA", rng.choice(["305299", "322001", "320649"]) + ids.digits(19))


def tn_iban():
    """Tunisian IBAN: RIB = bank (2) + branch (3) + account (13) + key (2), key = 97 - (RIB18 × 100 mod 97);
    the IBAN check then always comes out as 59."""
    rib18 = rng.choice(["08", "10", "11", "25"]) + ids.digits(3) + ids.digits(13)
    key = 97 - (int(rib18) * 100) % 97
    iban = mod97_iban("TN", rib18 + f"{key:02d}")
    assert iban.startswith("TN59"), iban
    return iban


def ua_passport():
    """Ukrainian passport for travel abroad: 2 letters + 6 digits (no public check digit outside the MRZ)."""
    return rng.choice(["FX", "FE", "FT", "GA"]) + ids.digits(6)


def vn_passport():
    """Vietnamese passport: letter + 7 digits (no public check digit outside the MRZ)."""
    return rng.choice("CKP") + ids.digits(7, first_nonzero=True)


def sy_passport():
    """Syrian passport: N + 9 digits (no public check digit outside the MRZ)."""
    return "N" + ids.digits(9)


def tn_passport():
    """Tunisian passport: letter + 6 digits (no public check digit outside the MRZ)."""
    return rng.choice("ZXY") + ids.digits(6, first_nonzero=True)


def tax_sn():
    """Saxon Steuernummer FFF/BBB/BBBBP (layout only)."""
    return f"2{rng.choice(['07', '16', '20', '37', '38'])}/{ids.digits(3)}/{ids.digits(5)}"


def tax_sn_federal():
    """13-digit federal form for Saxony: 3 + FFF + 0 + BBB BBBBP."""
    return "3" + rng.choice(["207", "216", "238"]) + "0" + ids.digits(8)


def de_iban_spaced():
    return group(ids.iban_de(), 4)


D = datetime.date

# --- fixed public (neutral) data of the city ---------------------------------------------------------------------
RATHAUS = "[[N|Markt 1]], [[N|04699 Muldenau]]"
BA_ADR = "[[N|Grimmaische Straße 14]], [[N|04699 Muldenau]]"
ZENTRALE = "[[N|034386 79-0]]"
BA_MAIL = "[[N|buergeramt@muldenau.de]]"
EB_MAIL = "[[N|elternbeitraege@muldenau.de]]"
ABH_MAIL = "[[N|auslaenderbehoerde@muldenau.de]]"
SV_MAIL = "[[N|schulverwaltung@muldenau.de]]"
CITY_IBAN = group(mod97_iban("DE", "86052000" + "0001023847"), 4)

DOCS = []

# ---------------------------------------------------------------------------------------------------------------
# 1 Czech father asks for the sibling reduction and a new SEPA account; forwarded to a colleague before leave
iban1 = group(cz_iban("0300"), 4)
DOCS.append(("outlook", "elternbeitrag_geschwister_weitergeleitet", f"""Von: [[P|Heinig, Katrin]] <[[E|k.heinig@muldenau.de]]>
Gesendet: Donnerstag, 12. März 2026 15:47
An: [[P|Uhlmann, Sven]] <[[E|s.uhlmann@muldenau.de]]>
Betreff: WG: Ermäßigung zweites Kind / neues Konto

hi [[P|sven]],
kannst du das bitte übernehmen, ich bin ab morgen 2 wochen weg. geschwisterermäßigung ist klar (beide kinder in unseren einrichtungen), nur das tschechische konto für die lastschrift müsste mit der kämmerei geklärt werden ob SEPA da geht. kundennr. steht unten.
danke dir!
[[P|katrin]]

-----Ursprüngliche Nachricht-----
Von: [[P|Tomáš Dvořák]] <[[E|tomas.dvorak@seznam.cz]]>
Gesendet: Mittwoch, 11. März 2026 21:13
An: Elternbeiträge Muldenau <{EB_MAIL}>
Betreff: Ermäßigung zweites Kind / neues Konto

Dobrý den, guten Abend,

meine Sohn [[P|Matěj Dvořák]] (geb. [[DOB|04.09.2023]]) geht seit 1. Februar in Krippe „Muldenspatzen“ und meine Tochter [[P|Eliška Dvořáková]] (geb. [[DOB|17.01.2021]]) ist schon in Kindergarten „Regenbogen“. Wir bezahlen aber für beide den volle Beitrag, ich denke für das zweite Kind gibt es Ermäßigung? Unsere Kundennummer ist [[AZ|KB-40-118736]].

Zweite Sache: wir haben die Konto bei Sparkasse gekündigt. Bitte ab April abbuchen von meine Konto in Tschechien, Inhaberin ist meine Frau [[P|Lucie Dvořáková]]:
IBAN [[IBAN|{iban1}]]
BIC CEKOCZPP

Ist das möglich mit SEPA? Wenn nicht, wir machen Dauerauftrag.

Wir wohnen weiter [[A|Leipziger Straße 33]], [[A|04699 Muldenau]]. Tagsüber bin ich in Arbeit (Schicht), am besten erreichbar unter [[T|+420 604 218 339]] oder meine Frau [[T|0157 38824410]].

Děkuji a hezký večer
[[P|Tomáš Dvořák]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 2 Fee decision for a German family with two children, table of children, SEPA mandate
iban2 = de_iban_spaced()
DOCS.append(("word", "elternbeitragsbescheid_familie", f"""Große Kreisstadt Muldenau · Fachbereich Bildung, Soziales und Kultur · Sachgebiet Elternbeiträge
{RATHAUS}

Frau [[P|Sandra Kempe]]
Herrn [[P|Marcel Kempe]]
[[A|Straße der Einheit 7]]
[[A|04699 Muldenau OT Trebsitz]]

Kassenzeichen: [[AZ|5.2026.004417]]
Kundennummer: [[AZ|KB-40-102289]]
Ihr Ansprechpartner: [[P|Sven Uhlmann]], Zimmer 2.14, Tel. [[T|034386 79-214]]
Datum: 23.02.2026

Festsetzung der Elternbeiträge für die Kindertagesbetreuung ab 01.03.2026

Sehr geehrte Frau [[P|Kempe]], sehr geehrter Herr [[P|Kempe]],

auf Grundlage der Satzung über die Erhebung von Elternbeiträgen für die Benutzung der Kindertageseinrichtungen der Großen Kreisstadt Muldenau in Verbindung mit § 15 SächsKitaG setzen wir die monatlichen Elternbeiträge wie folgt fest:

Kind	geb. am	Einrichtung	Betreuung	Beitrag/Monat
[[P|Lena Kempe]]	[[DOB|11.06.2020]]	Ev. Kindergarten „Arche Noah“	9 Std.	198,40 €
[[P|Finn Kempe]]	[[DOB|02.12.2024]]	Kinderkrippe „Muldenspatzen“	9 Std.	264,90 €
abzgl. Geschwisterermäßigung (2. Kind, 40 %)			-105,96 €
Summe			357,34 €

Der Beitrag wird jeweils zum 5. des Monats fällig und entsprechend dem vorliegenden SEPA-Lastschriftmandat (Mandatsreferenz [[AZ|EB-102289-01]]) vom Konto
Kontoinhaber: [[P|Marcel Kempe]]
IBAN: [[IBAN|{iban2}]]
eingezogen. Die Verpflegungskosten werden vom Träger gesondert abgerechnet.

Wir weisen darauf hin, dass Sie Änderungen des Betreuungsumfangs und Ihrer Anschrift unverzüglich mitteilen müssen. Ein Antrag auf Übernahme des Elternbeitrags nach § 90 SGB VIII ist beim Landratsamt Landkreis Leipzig zu stellen.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift bei der Großen Kreisstadt Muldenau, {RATHAUS}, einzulegen.

Mit freundlichen Grüßen
im Auftrag

[[P|Uhlmann]]
Sachbearbeiter Elternbeiträge
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 3 Informal internal mail with arrears pasted from Excel
DOCS.append(("outlook", "rueckstaende_elternbeitraege_excel", f"""Von: [[P|Lorenz, Peggy]] <[[E|p.lorenz@muldenau.de]]>
Gesendet: Montag, 6. April 2026 08:02
An: [[P|Heinig, Katrin]] <[[E|k.heinig@muldenau.de]]>
Cc: [[P|Uhlmann, Sven]] <[[E|s.uhlmann@muldenau.de]]>
Betreff: rückstände Q1

morgen [[P|katrin]],

hier die liste aus dem fibu export (stand 31.3.), alles über 3 monate hab ich rot markiert aber das geht beim kopieren ja verloren, also: zeile 1,3 und 5. bei [[P|Hoang]] weiss ich nicht ob die ratenzahlung noch läuft die du im januar vereinbart hast, kannst du mal gucken? und [[P|Alkhatib]] ist laut [[P|sven]] beim jugendamt in der übernahme, da bitte noch nicht mahnen.

Kassenzeichen	Name	Vorname	Kind	offen €	letzte Zahlung	Mahnstufe
[[AZ|5.2025.003871]]	[[P|Hoang]]	[[P|Thi Lan]]	[[P|Minh Anh]]	612,30	15.12.2025	2
[[AZ|5.2025.004102]]	[[P|Richter-Möbius]]	[[P|Anja]]	[[P|Emil]]	188,70	05.02.2026	1
[[AZ|5.2025.002954]]	[[P|Alkhatib]]	[[P|Yousef]]	[[P|Ranim]]	941,00	–	2
[[AZ|5.2026.000318]]	[[P|Kowalenko]]	[[P|Oksana]]	[[P|Daryna]]	94,35	05.03.2026	0
[[AZ|5.2025.003390]]	[[P|Schöne]]	[[P|Ronny]]	[[P|Mia-Sophie]]	529,20	05.11.2025	2

summe 2.365,55

ach und die [[P|Oksana Kowalenko]] hat angerufen, sie zahlt den rest diese woche bar an der stadtkasse.

lg [[P|peggy]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 4 Ukrainian mother asks about school and Kita (English / Ukrainian), reply on top from the school administration
pass4 = ua_passport()
DOCS.append(("outlook", "schulanmeldung_ukraine_englisch", f"""Von: [[P|Grellmann, Ute]] <[[E|u.grellmann@muldenau.de]]>
Gesendet: Dienstag, 21. April 2026 10:31
An: [[P|Olena Kovalenko]] <[[E|olena.kovalenko.kh@ukr.net]]>
Cc: Schulverwaltung <{SV_MAIL}>
Betreff: AW: school for my son / школа

Sehr geehrte Frau [[P|Kovalenko]],
dear Mrs [[P|Kovalenko]],

vielen Dank für Ihre Nachricht. Für [[P|Maksym]] ist die Goethe-Grundschule Muldenau zuständig. Er kommt zuerst in eine DaZ-Klasse (Deutsch als Zweitsprache) und wechselt dann schrittweise in die Klasse 4.
Your son will first attend a German language class at Goethe-Grundschule and then join class 4 step by step.

Please come with [[P|Maksym]] on Tuesday, 28 April, 9:00, to the school office (Sekretariat, Frau [[P|Bräuer]]). Bring his passport, the Meldebescheinigung and, if you have it, the last school report from Kharkiv.

Für [[P|Sofiia]] stellen Sie bitte einen Antrag auf einen Kita-Platz über das Kita-Portal der Stadt. For the Kindergarten please use the online portal; if you need help, the Bürgeramt can help you on Thursdays.

Mit freundlichen Grüßen / Kind regards
[[P|Ute Grellmann]]
Schulverwaltung, Große Kreisstadt Muldenau
Tel. [[T|034386 79-331]]

-----Original Message-----
From: [[P|Olena Kovalenko]] <[[E|olena.kovalenko.kh@ukr.net]]>
Sent: Monday, April 20, 2026 11:52 PM
To: {SV_MAIL}
Subject: school for my son / школа

Добрий вечір! Good evening,

my name is [[P|Olena Kovalenko]], we came from Kharkiv in March and now live in Muldenau c/o family [[P|Hertel]], [[A|Am Mühlgraben 5]], [[A|04699 Muldenau]]. Registration in Bürgeramt is done (11.04.).

My son [[P|Maksym Kovalenko]], born [[DOB|2016-05-09]], was in 4th class in Ukraine. He speaks some English, no German yet. Which school he can go? Also my daughter [[P|Sofiia Kovalenko]], born [[DOB|2019-11-23]], she needs Kindergarten because I want to start integration course.

My passport: [[PASS|{pass4}]]. Children are written in my passport and they have birth certificates (translated).

Mrs [[P|Hertel]] helps us with German, you can also call her: [[T|0172 9904136]]. My phone: [[T|+380 67 412 38 90]] (Viber, WhatsApp).

Дякую! Thank you very much
[[P|Olena Kovalenko]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 5 File note of the foreigners' office: extension of a residence permit (health, ethnic origin)
pass5 = sy_passport()
eat5 = ids.id_card(check_digit=True)
DOCS.append(("word", "aktenvermerk_abh_verlaengerung", f"""Große Kreisstadt Muldenau – Ausländerbehörde
Aktenvermerk

Az.: [[AZ|ABH 32.1-0418/2019]]
Betreff: Verlängerung der Aufenthaltserlaubnis nach § 25 Abs. 2 AufenthG
Person: [[P|IBRAHIM, Rezan]], geb. [[DOB|03.02.1988]] in Qamishli, syr. StA
Anschrift: [[A|Thomas-Müntzer-Ring 22, Whg. 41]], [[A|04699 Muldenau]]
Nationalpass: [[PASS|{pass5}]] (gültig bis 14.08.2027)
eAT-Kartennummer: [[IDC|{eat5}]]

Vorsprache am 09.03.2026, 10:15 Uhr, mit Dolmetscher Herrn [[P|Kawa Mahmoud]] (Kurmandschi), Sachbearbeitung: [[P|A. Rößler]]

1. Herr [[P|Ibrahim]] beantragt die Verlängerung seiner Aufenthaltserlaubnis (subsidiärer Schutz seit 2019, Bescheid des BAMF liegt vor). Der Nationalpass ist gültig, die Lichtbilder sind aktuell.

2. Er gibt an, als Kurde aus dem Nordosten Syriens weiterhin nicht zurückkehren zu können; seine Brüder seien nach wie vor in Qamishli. Hierzu wurde nichts weiter veranlasst, die Entscheidung über den Schutzstatus liegt beim BAMF.

3. Zur Sicherung des Lebensunterhalts: Herr [[P|Ibrahim]] ist seit Oktober 2024 als Lagerhelfer bei einer Spedition in Grimma beschäftigt (Arbeitsvertrag unbefristet, Lohnabrechnungen 12–02 vorgelegt). Er teilt mit, dass er wegen einer posttraumatischen Belastungsstörung seit 2023 in Behandlung bei der Psychiatrischen Institutsambulanz ist und im Januar drei Wochen krankgeschrieben war. Eine ärztliche Bescheinigung legt er zur Akte (Bl. 212).

4. Ehefrau [[P|Hevin Ibrahim]] (geb. [[DOB|21.07.1992]]) und die Kinder [[P|Dilan]] (geb. [[DOB|12.10.2017]]) und [[P|Baran]] (geb. [[DOB|30.05.2021]]) haben eigene Verfahren (Az. [[AZ|ABH 32.1-0419/2019]], [[AZ|ABH 32.1-0420/2019]] und [[AZ|ABH 32.1-0421/2019]]); Vorsprache von Frau [[P|Ibrahim]] ist für den 16.03.2026 vereinbart.

5. Ergebnis: Verlängerung um drei Jahre wird befürwortet, eAT ist bei der Bundesdruckerei zu bestellen. Fiktionsbescheinigung nach § 81 Abs. 4 AufenthG ausgehändigt. Gebühr 93,00 € bar gezahlt.

Wiedervorlage: 20.04.2026 (eAT-Ausgabe)

[[P|Rößler]]
""", ["HEALTH", "ETHNICITY"]))

# ---------------------------------------------------------------------------------------------------------------
# 6 Employer's HR writes about a Tunisian engineer (EU Blue Card); forwarded inside the foreigners' office
pass6 = tn_passport()
tid6 = ids.tax_id()
iban6 = tn_iban()
DOCS.append(("outlook", "blaue_karte_arbeitgeber_weitergeleitet", f"""Von: [[P|Eichhorn, Jana]] <[[E|j.eichhorn@muldenau.de]]>
Gesendet: Freitag, 8. Mai 2026 09:14
An: [[P|Gläser, Matthias]] <[[E|m.glaeser@muldenau.de]]>
Betreff: WG: Blaue Karte EU – Herr [[P|Trabelsi]], Arbeitsbeginn 01.06.

[[P|Matthias]], zur Info + Entscheidung: Gehalt liegt über der Grenze für Engpassberufe, Zustimmung BA brauchen wir nicht. Anerkennung des Abschlusses (anabin H+) ist in der Akte. Ich würde am 19.05. den Titel erteilen, wenn du einverstanden bist.
Gruß [[P|Jana]]

Am 07.05.2026 um 16:40 schrieb [[P|Franziska Lenk]] <[[E|f.lenk@muldental-praezision.de]]>:
> Sehr geehrte Frau [[P|Eichhorn]],
>
> wie telefonisch besprochen sende ich Ihnen die Unterlagen für unseren neuen Mitarbeiter Herrn [[P|Yassine Trabelsi]]:
>
> - Name: [[P|Trabelsi, Yassine]]
> - geboren: [[DOB|19. August 1994]] in Sfax, tunesische Staatsangehörigkeit
> - Reisepass: [[PASS|{pass6}]], ausgestellt in Tunis
> - Einreise mit nationalem Visum am 28.04.2026
> - Wohnung: [[A|Dr.-Wilhelm-Külz-Straße 9]], [[A|04699 Muldenau]] (Werkswohnung, Anmeldung ist erfolgt)
> - Steuer-ID (vom BZSt zugeteilt): [[TID|{group(tid6, 3)}]]
> - Tätigkeit: Entwicklungsingenieur Konstruktion, Vollzeit, Bruttojahresgehalt 52.800 €
>
> Herr [[P|Trabelsi]] hat noch ein Konto in Tunesien, auf das die ersten Reisekosten erstattet wurden ([[IBAN|{iban6}]]); das deutsche Gehaltskonto wird gerade eröffnet.
>
> Die Erklärung zum Beschäftigungsverhältnis ist unterschrieben, ebenso der Arbeitsvertrag. Falls Sie Herrn [[P|Trabelsi]] direkt erreichen möchten: [[T|+216 98 417 306]] oder ab nächster Woche [[T|0151 24683017]].
>
> Mit freundlichen Grüßen
> [[P|Franziska Lenk]]
> Personalreferentin
> Muldental Präzisionstechnik GmbH
> [[N|Gewerbepark Ost 4]], [[N|04699 Muldenau]]
> Tel. [[T|034386 8812-27]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 7 Registration form (Anmeldung) of a Vietnamese family, as typed into Word by the Bürgeramt (religion field)
pass7a, pass7b, pass7c = vn_passport(), vn_passport(), vn_passport()
DOCS.append(("word", "anmeldung_wohnsitz_familie", f"""Große Kreisstadt Muldenau – Bürgeramt / Meldebehörde
Anmeldung bei der Meldebehörde (§ 17 BMG) – Erfassungsbogen

Tag des Einzugs: 01.04.2026
Neue Wohnung: [[A|Thomas-Müntzer-Ring 14, Whg. 23]], [[A|04699 Muldenau]]
Die Wohnung ist: alleinige Wohnung
Bisherige Wohnung: [[A|Bautzner Straße 88]], [[A|01099 Dresden]]
Wohnungsgeber: Muldenauer Wohnungsbaugesellschaft mbH, Bestätigung liegt vor

Person 1
Familienname: [[P|Nguyễn]]
Vorname(n): [[P|Văn Hùng]]
Geschlecht: männlich
Geburtsdatum: [[DOB|14.11.1979]]   Geburtsort: Hải Phòng (Vietnam)
Staatsangehörigkeit: vietnamesisch
Religion: –
Familienstand: verheiratet seit 22.06.2008 in Hải Phòng
Dokument: Reisepass Nr. [[PASS|{pass7a}]], ausgestellt von Cục Quản lý xuất nhập cảnh

Person 2
Familienname: [[P|Trần]]
Vorname(n): [[P|Thị Mai]]
Geschlecht: weiblich
Geburtsdatum: [[DOB|3. Mai 1984]]   Geburtsort: Nam Định (Vietnam)
Staatsangehörigkeit: vietnamesisch
Religion: römisch-katholisch
Familienstand: verheiratet
Dokument: Reisepass Nr. [[PASS|{pass7b}]]

Person 3
Familienname: [[P|Nguyễn]]
Vorname(n): [[P|Bảo Anh]]
Geschlecht: weiblich
Geburtsdatum: [[DOB|27.08.2012]]   Geburtsort: Dresden
Staatsangehörigkeit: vietnamesisch, deutsch (§ 4 Abs. 3 StAG)
Religion: –
Dokument: Kinderreisepass Nr. [[PASS|{pass7c}]]
Gesetzliche Vertreter: [[P|Nguyễn Văn Hùng]], [[P|Trần Thị Mai]]

Telefon (freiwillig): [[T|0176 55 09 18 42]]
E-Mail (freiwillig): [[E|hung.nguyen.dd@gmail.com]]

Übermittlungssperren: keine beantragt
Bearbeitet: [[P|D. Kaltofen]], 02.04.2026, Meldebescheinigungen für alle drei Personen ausgedruckt und ausgehändigt.
""", ["RELIGION"]))

# ---------------------------------------------------------------------------------------------------------------
# 8 Short informal mails between two Bürgeramt colleagues
idc8 = ids.id_card(check_digit=False)
DOCS.append(("outlook", "buergeramt_kurznachricht_kollegen", f"""Von: [[P|Pietzsch, Ronny]] <[[E|r.pietzsch@muldenau.de]]>
Gesendet: Donnerstag, 2. April 2026 17:56
An: [[P|Kaltofen, Doreen]] <[[E|d.kaltofen@muldenau.de]]>
Betreff: AW: frau [[P|nguyen]] / meldebescheinigung

[[P|doreen]],
die frau [[P|tran]] (ehefrau von [[P|nguyen]], [[A|ring 14]]) war nach 16 uhr nochmal da, die meldebescheinigung für den arbeitgeber von ihrem mann fehlt angeblich, hab ihr gesagt es gab 3 stück. sie sucht nochmal. falls nicht kommt sie morgen früh, handy [[T|0176 55091842]].

und der herr [[P|Schwabe]] hat wegen anwohnerparken angerufen, sein neues auto hat das kennzeichen [[KFZ|GRM-RS 118]], der alte ausweis war für [[KFZ|GRM-KS 77]]. kannst du umschreiben? er wohnt [[A|Töpfergasse 3]]. perso liegt kopiert in deinem fach (nr [[IDC|{idc8}]], hab ich mir notiert falls du fragst)

schönen feierabend
[[P|ronny]]

Am 02.04.2026 um 11:20 schrieb [[P|Kaltofen, Doreen]] <[[E|d.kaltofen@muldenau.de]]>:
> [[P|ronny]], ich muss heut um 13:30 los (überstunden abbauen), kannst du meine 2 termine übernehmen? 14:00 [[P|Böttger]] (ummeldung) und 14:30 [[P|Lehnert, Klaus]] (führungszeugnis). danke!! [[N|d.]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 9 School allocation letter to parents moving from Leipzig (name particles, double names)
DOCS.append(("word", "schulplatz_zuweisung_grundschule", f"""Große Kreisstadt Muldenau
Fachbereich Bildung, Soziales und Kultur – Schulverwaltung
{RATHAUS}

Herrn [[P|Jan-Philipp von der Heydt]]
Frau [[P|Sophie Brandt-von der Heydt]]
[[A|Karl-Heine-Straße 71]]
[[A|04229 Leipzig]]

Ihr Zeichen: Anmeldung vom 02.02.2026
Unser Zeichen: [[AZ|40.2-SA-2026/0117]]
Bearbeiter: [[P|Steffen Kühnel]]
Telefon: [[T|034386 79-335]]
E-Mail: [[E|s.kuehnel@muldenau.de]]
Muldenau, 16.03.2026

Aufnahme in die Grundschule zum Schuljahr 2026/27
Ihr Sohn [[P|Carl von der Heydt]], geb. [[DOB|14.04.2020]]

Sehr geehrter Herr [[P|von der Heydt]],
sehr geehrte Frau [[P|Brandt-von der Heydt]],

wir bestätigen Ihnen, dass [[P|Carl]] zum 1. August 2026 in die Grundschule „Am Schlossberg“ aufgenommen wird. Der Schulbezirk ergibt sich aus Ihrer künftigen Anschrift [[A|Am Schlossberg 18]], [[A|04699 Muldenau]], die Sie uns mit dem Kaufvertrag nachgewiesen haben. Bitte melden Sie den Umzug nach dem Einzug beim Bürgeramt an und senden Sie uns eine Kopie der Meldebescheinigung.

Die schulärztliche Untersuchung durch das Gesundheitsamt des Landkreises Leipzig hat bereits in Leipzig stattgefunden; das Ergebnis wird von dort übersandt. Die Schulaufnahmefeier findet am Samstag, 8. August 2026, um 10:00 Uhr in der Stadtkirche St. Nikolai statt, anschließend in der Schule.

Für die Hortbetreuung wenden Sie sich bitte an den Hort „Schlossgeister“ (Träger: Ev.-Luth. Kirchgemeinde Muldenau), Ansprechpartnerin Frau [[P|Wünsche]], Tel. [[N|034386 4 17 20]].

Mit freundlichen Grüßen
im Auftrag

[[P|Kühnel]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 10 Son writes for his mother about moving her nail studio (Gewerbeummeldung); reply on top
tnr10 = tax_sn()
vat10 = ids.vat_id()
DOCS.append(("outlook", "gewerbeummeldung_nagelstudio", f"""Von: [[P|Schubert-Wagner, Mandy]] <[[E|m.schubert-wagner@muldenau.de]]>
Gesendet: Mittwoch, 15. April 2026 08:47
An: [[P|Long Pham]] <[[E|long.pham.1999@web.de]]>
Betreff: AW: Ummeldung Nagelstudio meiner Mutter

Hallo Herr [[P|Pham]],

das geht so: Ihre Mutter muss die Ummeldung selbst unterschreiben (Formular GewA 2), Sie können es aber für sie abgeben. Eine Vollmacht brauchen wir dann nicht, wenn die Unterschrift im Original ist. Gebühr 20 Euro. Die Steuernummer müssen Sie nicht angeben, das Finanzamt bekommt von uns automatisch eine Mitteilung.

Viele Grüße
[[P|Mandy Schubert-Wagner]]
Bürgeramt – Gewerbeangelegenheiten
Tel. [[T|034386 79-128]]

Am 14.04.2026 um 22:05 schrieb [[P|Long Pham]] <[[E|long.pham.1999@web.de]]>:
> Guten Abend,
>
> ich schreibe für meine Mutter Frau [[P|Phạm Thị Hương]], sie spricht nicht so gut Deutsch. Sie hat seit 2017 das Nagelstudio "Lotus Nails" in der [[A|Leipziger Straße 12]] und zieht jetzt mit dem Laden um in die [[A|Grimmaische Straße 41]] (ab 1. Mai, gleiche Stadt).
>
> Was muss sie machen? Reicht eine Ummeldung oder muss sie abmelden und neu anmelden?
>
> Daten von meiner Mutter:
> geb. [[DOB|12.7.1971]] in Hà Nội
> wohnhaft [[A|Puschkinstraße 6]], [[A|04699 Muldenau]]
> Steuernummer [[TNR|{tnr10}]]
> USt-IdNr. [[VAT|{vat10}]]
> Telefon Laden [[T|(03 43 86) 5 28 91]]
>
> Ich bin Student in Leipzig und kann nur Freitag kommen.
>
> MfG
> [[P|Phạm Đức Long]]
> [[T|0152 04417385]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 11 Excel list of school registrations pasted into Word (with the religion/ethics choice)
DOCS.append(("word", "schulanmeldungen_liste_religion", f"""Schulanmeldungen Klasse 1, Schuljahr 2026/27 – Grundschule Trebsitz
Stand: 14.01.2026 (Export aus dem Schulverwaltungsprogramm, bearbeitet [[P|U. Grellmann]])

Nr.	Name	Vorname	geb.	Anschrift	Sorgeberechtigte	Rel./Ethik	Bemerkung
1	[[P|Börner]]	[[P|Paul]]	[[DOB|03.09.2019]]	[[A|Am Anger 3]]	[[P|Katja]] u. [[P|Sebastian Börner]]	ev. Religion	Geschwisterkind
2	[[P|Horák]]	[[P|Jakub]]	[[DOB|17.01.2020]]	[[A|Lindenstr. 5]]	[[P|Petra Horáková]], [[P|Martin Horák]]	Ethik	DaZ-Förderung prüfen
3	[[P|Haddad]]	[[P|Lina]]	[[DOB|28.06.2020]]	[[A|Kirchweg 1b]]	[[P|Bassam Haddad]]	Ethik	Hort gewünscht
4	[[P|Meißner]]	[[P|Leonie]]	[[DOB|11.02.2020]]	[[A|Trebsitzer Hauptstr. 27]]	[[P|Franziska Meißner]]	kath. Religion	alleinerziehend, Hort
5	[[P|Schöne]]	[[P|Mia-Sophie]]	[[DOB|30.07.2019]]	[[A|Dorfstraße 8]]	[[P|Ronny Schöne]], [[P|Nadine Schöne]]	ev. Religion	Rückstellung 2025
6	[[P|Zschoche]]	[[P|Ben]]	[[DOB|19.12.2019]]	[[A|Am Anger 11]]	[[P|Martin Zschoche]]	Ethik	–

Gesamt: 6 Anmeldungen (Kapazität 1 Klasse à 28)
Anmerkung: Bei Nr. 2 Wohnsitz laut Melderegister noch Muldenau-Kernstadt, Gestattungsantrag der Eltern liegt vor (Schulweg über die Arbeitsstelle der Mutter). Nr. 5 nach Rückstellung im Vorjahr, Stellungnahme Schulleitung liegt bei.

f.d.R. [[P|Grellmann]]
""", ["RELIGION"]))

# ---------------------------------------------------------------------------------------------------------------
# 12 Czech resident asks for a residents' parking permit; three-mail thread with a Czech plate and a new German one
op12 = ids.digits(9, first_nonzero=True)
DOCS.append(("outlook", "anwohnerparken_tschechisches_kennzeichen", f"""Von: [[P|Petra Horáková]] <[[E|horakova.petra@email.cz]]>
Gesendet: Dienstag, 3. Februar 2026 19:22
An: Bürgeramt Muldenau <{BA_MAIL}>
Betreff: Re: AW: Anwohnerparkausweis Lindenstraße

Dobrý den, Frau [[P|Kaltofen]],

danke für die Info. Ich habe das Auto jetzt umgemeldet beim Landratsamt in Borna, neues Kennzeichen ist [[KFZ|GRM-PH 512]], Zulassung und Fahrzeugschein schicke ich als Foto mit. Das tschechische Kennzeichen [[KFZ|4U7 1938]] ist abgemeldet.
Kann ich jetzt den Ausweis bekommen? Ich arbeite bis 18 Uhr in Grimma, vielleicht kann mein Mann [[P|Martin]] ihn abholen (er hat Vollmacht).

S pozdravem
[[P|Petra Horáková]]
[[A|Lindenstraße 5]], [[A|04699 Muldenau]]
mobil [[T|+420 731 506 284]]

> Am 27.01.2026 um 10:05 schrieb Bürgeramt Muldenau <{BA_MAIL}>:
> Sehr geehrte Frau [[P|Horáková]],
> einen Bewohnerparkausweis können wir nur für Fahrzeuge ausstellen, die auf Sie zugelassen sind und deren Halteranschrift im Bewohnerparkgebiet liegt. Da Sie seit über sechs Monaten mit Hauptwohnung in Muldenau gemeldet sind, muss Ihr Fahrzeug in Deutschland zugelassen werden (Zulassungsbehörde des Landkreises Leipzig). Danach stellen wir den Ausweis gern aus (Gebühr 30,00 € / Jahr).
> Mit freundlichen Grüßen
> [[P|Doreen Kaltofen]]
> Bürgeramt
>
>> Am 26.01.2026 um 21:47 schrieb [[P|Petra Horáková]] <[[E|horakova.petra@email.cz]]>:
>> Guten Tag, ich möchte Anwohnerparkausweis für Lindenstraße beantragen. Mein Auto: Škoda Octavia, [[KFZ|4U7 1938]] (tschechische Zulassung). Ich wohne seit Juni 2025 hier mit meiner Familie. Mein Ausweis: občanský průkaz Nr. [[IDC|{op12}]]. Danke!
>> [[P|P. Horáková]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 13 Formal obligation (Verpflichtungserklärung § 68 AufenthG) for a visit of relatives from Tunisia
eat13 = ids.id_card(check_digit=True)
iban13 = de_iban_spaced()
pass13a, pass13b = tn_passport(), tn_passport()
DOCS.append(("word", "verpflichtungserklaerung_besuch", f"""Große Kreisstadt Muldenau – Ausländerbehörde
Vermerk zur Entgegennahme einer Verpflichtungserklärung nach §§ 66–68 AufenthG

Vorgang: [[AZ|VE-2026-0073]]
Datum: 24.06.2026
Sachbearbeitung: [[P|Eichhorn]]

Verpflichtungsgeber
Name, Vorname: [[P|Ben Salah, Mohamed Ali]]
geboren am: [[DOB|1981-03-07]] in Sfax (Tunesien)
Anschrift: [[A|Heinrich-Heine-Straße 17]], [[A|04699 Muldenau]]
Aufenthaltstitel: Niederlassungserlaubnis, eAT Nr. [[IDC|{eat13}]]
Beschäftigung: Koch, unbefristet, seit 2015 (Restaurant in Grimma)
Nettoeinkommen: 2.340 € (Lohnabrechnungen März–Mai 2026 vorgelegt)
Miete warm: 680 €; Unterhaltspflichten: Ehefrau, zwei Kinder
Kontoverbindung (Nachweis Rücklagen): [[IBAN|{iban13}]]
Telefon: [[T|0049 1520 8839164]]

Eingeladene Personen
1. [[P|Ben Salah née Jaziri, Fatma]], geb. [[DOB|02.11.1956]], tunesische StA, Reisepass [[PASS|{pass13a}]], Mutter des Verpflichtungsgebers
2. [[P|Ben Salah, Anis]], geb. [[DOB|15.05.1990]], tunesische StA, Reisepass [[PASS|{pass13b}]], Bruder
Anschrift in Tunesien: [[A|Route de Gremda km 4, Rue 12 n° 8]], [[A|3062 Sfax]], Tunesien
Zweck und Dauer: Familienbesuch, 28.07.–25.08.2026

Prüfung der Bonität
Nach den vorgelegten Unterlagen reicht das Einkommen von Herrn [[P|Ben Salah]] unter Berücksichtigung der Pfändungsfreigrenze für zwei Besucher für vier Wochen aus. Die Belehrung über den Umfang und die Dauer der Haftung (bis fünf Jahre, auch Kosten einer Abschiebung) ist erfolgt, Herr [[P|Ben Salah]] hat sie unterschrieben.

Das Formular wurde mit der Nr. [[AZ|C 4417306]] ausgefertigt und dem Verpflichtungsgeber zur Weiterleitung an die Eingeladenen ausgehändigt (Visumantrag bei TLScontact Tunis). Gebühr 29,00 € gezahlt.

[[P|J. Eichhorn]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 14 Kita fee office forwards a fee waiver case to the district youth office (health of a child)
DOCS.append(("outlook", "uebernahme_elternbeitrag_jugendamt", f"""Von: [[P|Uhlmann, Sven]] <[[E|s.uhlmann@muldenau.de]]>
Gesendet: Dienstag, 17. März 2026 11:09
An: [[P|Baldauf, Christiane]] <[[E|christiane.baldauf@lk-l.de]]>
Cc: [[P|Heinig, Katrin]] <[[E|k.heinig@muldenau.de]]>
Betreff: WG: Elternbeitrag Familie [[P|Alkhatib]] – Übernahme § 90 SGB VIII
Anlagen: Bescheid_Jobcenter.pdf; Betreuungsvertrag.pdf

Hallo Frau [[P|Baldauf]],

anbei wie besprochen der Fall [[P|Alkhatib]]. Die Familie bezieht Bürgergeld (BG-Nr. [[AZ|73402BG0051187]]), damit müsste der Beitrag ja komplett übernommen werden. Bei uns laufen inzwischen 941 € Rückstand auf (Kassenzeichen [[AZ|5.2025.002954]]), die Mahnung haben wir angehalten. Können Sie mir kurz Bescheid geben, ab wann Sie übernehmen, damit ich die Sollstellung anpassen kann?

Zusätzlich: [[P|Ranim]] hat seit Januar einen Integrationsplatz (siehe Mail der Kita unten), der Betreuungsumfang wurde auf 9 Stunden erhöht.

Viele Grüße
[[P|Sven Uhlmann]]
Sachgebiet Elternbeiträge
Tel. [[T|034386 79-214]]

-----Ursprüngliche Nachricht-----
Von: [[P|Nitzsche, Kerstin]] <[[N|kita.regenbogen.leitung@muldenau.de]]>
Gesendet: Freitag, 13. März 2026 14:30
An: Elternbeiträge <{EB_MAIL}>
Betreff: Familie [[P|Alkhatib]]

Hallo Herr [[P|Uhlmann]],

Frau [[P|Al-Masri]] war heute mit dem Brief wegen der Mahnung bei mir und total aufgelöst, sie dachte sie verliert den Platz. Sie hat den Jobcenter-Bescheid mitgebracht (hängt an). Zur Info für die Akte: [[P|Ranim Alkhatib]] (geb. [[DOB|22.09.2021]]) hat im Dezember vom SPZ die Diagnose frühkindlicher Autismus bekommen, seit 12.01. ist sie bei uns Integrationskind mit Heilpädagogin, Bewilligung vom Landratsamt liegt vor.
Der Vater, Herr [[P|Yousef Alkhatib]], arbeitet seit Februar 20 Std. als Helfer in der Küche im Seniorenheim, vielleicht ändert sich da was am Jobcenter-Bescheid.
Familie wohnt [[A|Nordstraße 40]], Tel. [[T|0157 71180263]].

Liebe Grüße
[[P|Kerstin Nitzsche]]
Leiterin Kita „Regenbogen“
""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
# 15 File note on a misdirected e-mail (data breach check) in the Bürgeramt
DOCS.append(("word", "aktenvermerk_fehlversand_datenschutz", f"""Große Kreisstadt Muldenau – Bürgeramt
Aktenvermerk – Fehlversand einer Meldebescheinigung (Prüfung nach Art. 33 DSGVO)

Vorgangsnummer: [[AZ|BA-DS-2026-004]]
Erstellt: [[P|R. Pietzsch]], Teamleiter Bürgeramt, 19.05.2026

Sachverhalt
Am 18.05.2026 um 14:12 Uhr hat Frau [[P|Kaltofen]] eine erweiterte Meldebescheinigung (PDF, unverschlüsselt) für Frau [[P|Ivana Procházková]], geb. [[DOB|09.10.1990]], wohnhaft [[A|Am Bahndamm 2a]], [[A|04699 Muldenau]], per E-Mail versandt. Statt an die von Frau [[P|Procházková]] im Antrag angegebene Adresse [[E|ivana.prochazkova@seznam.cz]] ging die Mail an [[E|ivana.prochazka@seznam.cz]] (Autovervollständigung im Adressfeld). Der Inhalt: Name, Geburtsdatum und -ort, Anschrift, Familienstand, frühere Anschrift in Tschechien, Staatsangehörigkeit.

Maßnahmen
1. Rückruf der Nachricht nicht möglich (externer Empfänger). Am 18.05. um 15:40 Uhr wurde der unbekannte Empfänger per Mail gebeten, die Nachricht ungelesen zu löschen und dies zu bestätigen. Eine Antwort in tschechischer Sprache ging am 19.05. um 08:02 Uhr ein: Der Empfänger, nach eigener Angabe Herr [[P|Jiří Procházka]] aus Ústí nad Labem, bestätigt die Löschung.
2. Frau [[P|Procházková]] wurde am 19.05. telefonisch unter [[T|+420 777 302 118]] informiert und hat die Bescheinigung erneut erhalten, diesmal über das Bürgerportal.
3. Der behördliche Datenschutzbeauftragte, Herr [[P|Thomas Ebert]], wurde am 18.05. um 16:05 Uhr informiert.

Bewertung
Betroffen ist eine Person, es handelt sich nicht um besondere Kategorien von Daten. Der Empfänger hat die Löschung bestätigt. Nach Einschätzung des Datenschutzbeauftragten besteht voraussichtlich kein Risiko für die Rechte und Freiheiten der betroffenen Person; eine Meldung an den Sächsischen Datenschutz- und Transparenzbeauftragten ist nicht erforderlich. Der Vorfall wird dokumentiert (Art. 33 Abs. 5 DSGVO).

Folgerung
Autovervollständigung in Outlook für das Bürgeramt-Team deaktivieren (Ticket an die IT, [[P|Pietzsch]]); Meldebescheinigungen nur noch über das Bürgerportal.

gez. [[P|Pietzsch]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 16 Ukrainian IT specialist writes in English, answer in English on top
rnokpp16 = ua_rnokpp(D(1991, 1, 27), female=False)
unzr16 = ua_unzr(D(1991, 1, 27))
DOCS.append(("outlook", "anmeldung_englisch_bank", f"""From: Bürgeramt Muldenau <{BA_MAIL}>
Sent: Wednesday, 10 June 2026 09:02
To: [[P|Dmytro Savchenko]] <[[E|d.savchenko.dev@gmail.com]]>
Subject: RE: Appointment for registration (Anmeldung) – bank needs certificate

Dear Mr [[P|Savchenko]],

thank you for your e-mail. We have booked an appointment for you and your wife on Friday, 12 June 2026, 8:30, Bürgeramt, {BA_ADR}, counter 3. Please bring:
- your passports (or Ukrainian ID cards),
- the Wohnungsgeberbestätigung signed by your landlord,
- your marriage certificate (with translation).

You do not need to send us your tax number or your Ukrainian record number (UNZR); we only need the documents above. The Meldebescheinigung for your bank will be printed at the appointment, free of charge.

Kind regards
[[P|Mandy Schubert-Wagner]]
Bürgeramt

-----Original Message-----
From: [[P|Dmytro Savchenko]] <[[E|d.savchenko.dev@gmail.com]]>
Sent: Tuesday, 9 June 2026 22:41
To: {BA_MAIL}
Subject: Appointment for registration (Anmeldung) – bank needs certificate

Hello,

I am a software developer and started working remote for a company in Leipzig. We moved on 1 June into a flat at [[A|Rosa-Luxemburg-Straße 19, 2. OG links]], [[A|04699 Muldenau]]. The online booking shows no free slots until July, but the bank (Sparkasse) will not open my account without the Meldebescheinigung and my salary is paid on 30 June. Can you please help?

My data for the appointment:
[[P|Savchenko Dmytro Oleksandrovych]], born [[DOB|27 January 1991]] in Lviv
ID card UNZR: [[IDC|{unzr16}]]
Taxpayer number (RNOKPP): [[TID|{rnokpp16}]]
Wife: [[P|Savchenko Anastasiia]], born [[DOB|14.03.1993]]

Phone: [[T|+380 93 701 45 28]], German number from next week: [[T|+49 160 93384721]]

Best regards,
[[P|Dmytro Savchenko]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 17 Minutes of a meeting of the school administration with head teachers (church as a venue only)
DOCS.append(("word", "protokoll_schulleiterberatung", f"""Protokoll der Schulleiterberatung (Grund- und Oberschulen in Trägerschaft der Großen Kreisstadt Muldenau)
Datum: 04.03.2026, 14:00–16:10 Uhr, Rathaus, Beratungsraum 1
Leitung: [[P|Ute Grellmann]] (Schulverwaltung)
Anwesend: [[P|S. Kühnel]] (Schulverwaltung), [[P|Dr. Annegret Lohse]] (Goethe-Grundschule), [[P|H. Tietze]] (GS Am Schlossberg), [[P|M. Adler]] (GS Trebsitz), [[P|Carsten Wolf-Riedel]] (Oberschule „Johann Gottfried Seume“), [[P|B. Nestler]] (Hortkoordination)
Entschuldigt: [[P|R. Fröhlich]] (Kreiselternrat)
Protokoll: [[P|S. Kühnel]]

TOP 1 Schulaufnahme 2026/27
Frau [[P|Grellmann]] berichtet: 147 Anmeldungen, davon 19 mit DaZ-Bedarf. Die GS Trebsitz bleibt einzügig; Gestattungsanträge werden nur bei freien Kapazitäten genehmigt. Die Schulaufnahmefeiern finden wie bisher statt: Goethe-GS in der Aula, GS Am Schlossberg in der Stadtkirche St. Nikolai (Absprache mit Pfarrerin [[P|Köhler]] erfolgt), GS Trebsitz im Dorfgemeinschaftshaus.

TOP 2 Schülerbeförderung
Herr [[P|Kühnel]]: Der Landkreis stellt den Linienverkehr Trebsitz–Muldenau ab August auf Taktverkehr um. Für Schüler mit Anspruch auf Einzelbeförderung (Rollstuhl, Begleitperson) bleibt es bei den Sonderfahrten; Anträge weiter über die Schulverwaltung.

TOP 3 DaZ-Klassen
Frau [[P|Dr. Lohse]] bittet um eine zweite DaZ-Lehrkraft; derzeit 23 Kinder aus der Ukraine, Syrien, Vietnam und Tunesien in der Vorbereitungsklasse. Das Landesamt für Schule und Bildung (Standort Leipzig) ist angefragt. Herr [[P|Wolf-Riedel]] weist darauf hin, dass an der Oberschule Sprachmittler für Elterngespräche fehlen; die Stadt prüft einen Rahmenvertrag mit dem Dolmetscherpool des Landkreises.

TOP 4 Bau und Ausstattung
Sanierung Sanitärbereich GS Trebsitz in den Sommerferien; digitale Tafeln (DigitalPakt) für die Oberschule geliefert, Einweisung durch den Medienpädagogen des Landkreises.

TOP 5 Sonstiges
Frau [[P|Tietze]] verabschiedet sich zum Schuljahresende in den Ruhestand; Nachfolge wird vom LaSuB ausgeschrieben.

Nächste Beratung: 10.06.2026

gez. [[P|Kühnel]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 18 Lost identity card: citizen's mail, forwarded with a short note between staff
idc18 = ids.id_card(check_digit=True)
cc18 = ids.credit_card("5" + rng.choice("1234"), 16)
DOCS.append(("outlook", "verlust_personalausweis_weitergeleitet", f"""Von: [[P|Kaltofen, Doreen]] <[[E|d.kaltofen@muldenau.de]]>
Gesendet: Montag, 26. Januar 2026 08:15
An: [[P|Schubert-Wagner, Mandy]] <[[E|m.schubert-wagner@muldenau.de]]>
Betreff: WG: Ausweis verloren

[[P|mandy]], kannst du den ausweis im register als verloren eintragen (sperrung eID) und dem herrn nen termin für heute nachmittag geben? er braucht wohl dringend was vorläufiges wg. flug. danke, [[N|d.]]

-----Ursprüngliche Nachricht-----
Von: [[P|Jürgen Fiedler]] <[[E|juergen.fiedler56@t-online.de]]>
Gesendet: Sonntag, 25. Januar 2026 19:48
An: {BA_MAIL}
Betreff: Ausweis verloren

Sehr geehrte Damen und Herren,

leider habe ich am Freitag beim Einkaufen in Grimma meine Geldbörse verloren, darin war auch mein Personalausweis. Die Kreditkarte (Mastercard [[CC|{cc18}]]) habe ich schon über den Sperrnotruf sperren lassen. Bei der Polizei habe ich Anzeige erstattet (Vorgangsnummer [[AZ|VG-2026-0125-3371]]).
Nummer des Ausweises laut Kopie: [[IDC|{idc18}]]
Name: [[P|Fiedler, Jürgen Hans]]
Geburtsdatum: [[DOB|8.3.56]]
Anschrift: [[A|Am Schlossberg 4]], [[A|04699 Muldenau]]

Am 3. Februar fliege ich mit meiner Frau [[P|Renate]] nach Teneriffa, einen Reisepass habe ich nicht. Geht ein vorläufiger Personalausweis so schnell? Was muss ich mitbringen? Ein Passbild habe ich noch.

Sie erreichen mich unter [[T|(0 34 386) 3 19 44]] oder mobil [[T|0171/4 29 83 10]].

Mit freundlichen Grüßen
[[P|Jürgen Fiedler]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 19 Payment reminder for Kita fees (city's own account is public)
DOCS.append(("word", "zahlungserinnerung_elternbeitrag", f"""Große Kreisstadt Muldenau · Stadtkasse / Sachgebiet Elternbeiträge · {RATHAUS}

Frau
[[P|Denise Ullrich]]
[[A|Am Bahndamm 14]]
[[A|04699 Muldenau]]

Kassenzeichen: [[AZ|5.2025.004388]]
Kundennummer: [[AZ|KB-40-117052]]
Bearbeiterin: [[P|Peggy Lorenz]], Tel. [[T|034386 79-217]]
Datum: 14.04.2026

Zahlungserinnerung – Elternbeitrag für [[P|Luca Ullrich]]

Sehr geehrte Frau [[P|Ullrich]],

bei der Durchsicht unserer Konten haben wir festgestellt, dass die Elternbeiträge für die Betreuung Ihres Sohnes [[P|Luca]] in der Kita „Muldenspatzen“ für die Monate Februar und März 2026 noch nicht bezahlt sind:

Monat	Sollbetrag	gezahlt	offen
02/2026	176,20 €	0,00 €	176,20 €
03/2026	176,20 €	0,00 €	176,20 €
Mahngebühr		 	5,00 €
Gesamt			357,40 €

Das SEPA-Lastschriftmandat wurde von Ihrer Bank mit dem Grund „Konto erloschen“ zurückgegeben. Bitte überweisen Sie den offenen Betrag bis zum 28.04.2026 auf das Konto der Stadtkasse Muldenau, IBAN [[N|{CITY_IBAN}]], Verwendungszweck: Kassenzeichen [[AZ|5.2025.004388]], und erteilen Sie uns ein neues Lastschriftmandat (Vordruck anbei).

Wenn Sie den Betrag nicht auf einmal zahlen können, sprechen Sie uns bitte an; eine Ratenzahlung ist möglich. Sollten Sie Bürgergeld, Wohngeld oder Kinderzuschlag erhalten, können Sie beim Landratsamt die Übernahme des Elternbeitrags beantragen.

Haben Sie inzwischen gezahlt, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Grüßen
im Auftrag
[[P|P. Lorenz]]

Dieses Schreiben wurde maschinell erstellt.
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 20 Kita head sends monthly arrivals/departures as a pasted table; short reply on top
DOCS.append(("outlook", "kita_zu_abgaenge_tabelle", f"""Von: [[P|Heinig, Katrin]] <[[E|k.heinig@muldenau.de]]>
Gesendet: Mittwoch, 1. April 2026 13:22
An: [[P|Zschoche, Heike]] <[[E|h.zschoche@muldenau.de]]>
Betreff: AW: zu- und abgänge april

danke [[P|heike]], ist eingepflegt. bei [[P|Jonas]] fehlt uns noch der unterschriebene betreuungsvertrag, und bei [[P|Yasmine]] brauch ich die neue adresse, die mutter hat uns nix mitgeteilt. lg [[P|katrin]]

-----Ursprüngliche Nachricht-----
Von: [[P|Zschoche, Heike]] <[[E|h.zschoche@muldenau.de]]>
Gesendet: Mittwoch, 1. April 2026 07:54
An: Elternbeiträge <{EB_MAIL}>
Betreff: zu- und abgänge april

Hallo ins Rathaus,

hier unsere Änderungen zum 01.04., wie immer aus unserer Liste kopiert:

Kind	geb.	Eltern	Std.	Änderung	ab
[[P|Jonas Petzold]]	[[DOB|09.02.2025]]	[[P|Stefanie Petzold]]	7	Neuaufnahme Krippe	01.04.2026
[[P|Yasmine Jlassi]]	[[DOB|24.10.2022]]	[[P|Karim]] u. [[P|Amira Jlassi]]	9	Umzug innerhalb Muldenau	01.04.2026
[[P|Oskar Lange]]	[[DOB|13.05.2023]]	[[P|Tina Lange]], [[P|Philipp Kunze]]	6 → 9	Erhöhung	01.04.2026
[[P|Minh Anh Hoang]]	[[DOB|30.08.2020]]	[[P|Hoang Thi Lan]]	9	Abgang (Wegzug nach Chemnitz)	31.03.2026
[[P|Greta Müller-Lindner]]	[[DOB|07.01.2024]]	[[P|Annika Lindner]]	9	Wechsel Krippe → Kiga	01.04.2026

Bei [[P|Oskar]] haben die Eltern die Erhöhung schriftlich beantragt, liegt bei uns im Ordner. Familie [[P|Hoang]] hat die letzten Beiträge wohl noch nicht bezahlt, Frau [[P|Hoang]] sagt, das läuft über Ratenzahlung mit Ihnen?

Viele Grüße aus den Muldenspatzen
[[P|Heike Zschoche]]
Leiterin
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 21 Invitation of the foreigners' office to a Ukrainian family (§ 24 AufenthG), with UA identifiers
b21a, b21b, b21c = D(1986, 8, 2), D(2011, 4, 18), D(2015, 12, 1)
pass21a, pass21b = ua_passport(), ua_passport()
rnokpp21 = ua_rnokpp(b21a, female=True)
unzr21b, unzr21c = ua_unzr(b21b), ua_unzr(b21c)
DOCS.append(("word", "abh_einladung_ukraine_familie", f"""Große Kreisstadt Muldenau · Ausländerbehörde · {RATHAUS}

Frau
[[P|Iryna Melnyk]]
c/o [[P|Gudrun Seifert]]
[[A|Trebsitzer Hauptstraße 52]]
[[A|04699 Muldenau]]

Aktenzeichen: [[AZ|ABH 32.4-1187/2022]]
Bearbeiter: [[P|Matthias Gläser]]
Sprechzeiten: Di 9–12 und 13–18 Uhr, Do 9–12 Uhr
Muldenau, 02.02.2026

Verlängerung der Aufenthaltserlaubnis nach § 24 AufenthG – Einladung zur Vorsprache
Запрошення до відомства у справах іноземців

Sehr geehrte Frau [[P|Melnyk]],

die Aufenthaltserlaubnisse für Sie und Ihre Kinder gelten bis 04.03.2026. Wir laden Sie zur Verlängerung ein:

Termin: Dienstag, 17.02.2026, 10:30 Uhr, Rathaus, Zimmer 1.08

Betroffene Personen:
Name	geb.	Reisepass / Dokument	UNZR / Steuernummer
[[P|Melnyk, Iryna]]	[[DOB|02.08.1986]]	[[PASS|{pass21a}]]	RNOKPP [[TID|{rnokpp21}]]
[[P|Melnyk, Bohdan]]	[[DOB|18.04.2011]]	[[PASS|{pass21b}]]	UNZR [[IDC|{unzr21b}]]
[[P|Melnyk, Anna]]	[[DOB|01.12.2015]]	Geburtsurkunde	UNZR [[IDC|{unzr21c}]]

Bitte bringen Sie mit: gültige Pässe (für [[P|Anna]], falls vorhanden, sonst die Geburtsurkunde), die bisherigen eAT-Karten, je ein biometrisches Passbild, die aktuelle Meldebescheinigung und den Nachweis über den Bezug von Leistungen bzw. Ihren Arbeitsvertrag.

Wenn Sie den Termin nicht wahrnehmen können, melden Sie sich bitte rechtzeitig unter {ZENTRALE} oder per E-Mail an {ABH_MAIL}. Sie können eine Person zur Übersetzung mitbringen; Frau [[P|Seifert]] hat uns bereits mitgeteilt, dass sie Sie begleitet.

Mit freundlichen Grüßen
im Auftrag

[[P|Gläser]]
Sachgebietsleiter Ausländerbehörde
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 22 Tunisian resident asks in French and German about naturalisation; forwarded to the district office
cin22a, cin22b = ids.digits(8), ids.digits(8)
tid22 = ids.tax_id()
DOCS.append(("outlook", "einbuergerung_franzoesisch_weitergeleitet", f"""Von: [[P|Gläser, Matthias]] <[[E|m.glaeser@muldenau.de]]>
Gesendet: Montag, 18. Mai 2026 10:37
An: [[N|einbuergerung@lk-l.de]]
Cc: [[P|Eichhorn, Jana]] <[[E|j.eichhorn@muldenau.de]]>
Betreff: WG: naturalisation / Einbürgerung – Familie [[P|Jlassi]]

Liebe Kolleginnen und Kollegen im Landratsamt,

zuständigkeitshalber leite ich die Anfrage von Herrn [[P|Jlassi]] weiter (Einbürgerung liegt beim Landkreis). Unsere Ausländerakte ([[AZ|ABH 32.2-0291/2016]]) kann bei Bedarf angefordert werden; beide Ehegatten haben Niederlassungserlaubnisse. Herrn [[P|Jlassi]] habe ich eine Eingangsbestätigung mit Ihrer Anschrift geschickt.

Mit freundlichen Grüßen
[[P|M. Gläser]]

-----Ursprüngliche Nachricht-----
Von: [[P|Karim Jlassi]] <[[E|karim.jlassi@gmx.de]]>
Gesendet: Samstag, 16. Mai 2026 23:14
An: Ausländerbehörde <{ABH_MAIL}>
Betreff: naturalisation / Einbürgerung

Bonsoir Madame, Monsieur,

je voudrais demander la naturalisation allemande pour moi, ma femme et notre fille. Ich versuche auf Deutsch: wir wohnen seit 2016 in Muldenau, jetzt [[A|Wurzener Straße 61]], [[A|04699 Muldenau]] (seit März, neue Wohnung). Ich arbeite als Elektriker, meine Frau [[P|Amira]] als Pflegehelferin. Deutsch B1 habe ich, meine Frau macht den Test im Juni.

Moi: [[P|Karim Jlassi]], né le [[DOB|5 février 1985]] à Kairouan, CIN [[IDC|{cin22a}]]
Ma femme: [[P|Amira Jlassi]] née [[P|Gharbi]], née le [[DOB|19/09/1989]] à Sousse, CIN [[IDC|{cin22b}]]
Notre fille: [[P|Yasmine]], née le [[DOB|24/10/2022]] à Leipzig
Meine Steuer-ID: [[TID|{tid22}]]

Müssen wir die tunesische Staatsangehörigkeit abgeben? Et combien ça coûte? Est-ce qu'on peut avoir un rendez-vous un samedi?

Merci beaucoup / vielen Dank
[[P|Karim Jlassi]]
[[T|+49 179 5530248]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 23 Decision on individual school transport for a pupil with a disability (health data)
kv23 = ids.health_insurance()
DOCS.append(("word", "schuelerbefoerderung_einzelbefoerderung", f"""Große Kreisstadt Muldenau – Schulverwaltung
{RATHAUS}

Herrn und Frau
[[P|Andreas]] und [[P|Claudia Reichel]]
[[A|Kleinzschepaer Weg 9]]
[[A|04699 Muldenau OT Kleinzschepa]]

Az.: [[AZ|40.2-SBF-2026/031]]
Bearbeiter: [[P|S. Kühnel]], Tel. [[T|034386 79-335]]
Datum: 11.06.2026

Antrag auf Einzelbeförderung für [[P|Nele Reichel]], geb. [[DOB|16.10.2014]], Oberschule „Johann Gottfried Seume“

Sehr geehrte Frau [[P|Reichel]], sehr geehrter Herr [[P|Reichel]],

Ihrem Antrag vom 20.05.2026 geben wir statt. [[P|Nele]] wird ab dem Schuljahr 2026/27 an Schultagen mit einem Fahrdienst zur Schule und zurück befördert. Die Kosten trägt der Landkreis Leipzig als Träger der Schülerbeförderung; die Stadt leitet den Antrag mit ihrer Stellungnahme weiter.

Begründung:
[[P|Nele]] ist nach dem vorgelegten Schwerbehindertenausweis (GdB 80, Merkzeichen aG und B) wegen einer spastischen Zerebralparese auf einen Rollstuhl angewiesen. Die Benutzung des Linienbusses ist ihr nach der Stellungnahme der behandelnden Kinderärztin, Frau [[P|Dr. Jutta Kirchhof]], auch mit Begleitung nicht zumutbar, da die Haltestelle in Kleinzschepa nicht barrierefrei ist. Für die Fahrt ist ein Fahrzeug mit Rampe und Kopfstütze erforderlich.

Die Krankenversichertennummer ([[KV|{kv23}]], AOK PLUS) haben wir nur zur Klärung der Zuständigkeit für therapeutische Fahrten aufgenommen; Fahrten zur Physiotherapie während der Schulzeit werden nicht von diesem Bescheid erfasst.

Der Fahrdienst (Muldentaler Fahrdienst GmbH) setzt sich vor Schuljahresbeginn mit Ihnen in Verbindung. Bitte teilen Sie Änderungen (Umzug, Schulwechsel, längere Krankheit) umgehend mit.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Großen Kreisstadt Muldenau, {RATHAUS}, erhoben werden.

Mit freundlichen Grüßen
im Auftrag
[[P|Kühnel]]
""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
# 24 Czech applicant for a certificate of good conduct sends her card number; reply tells her not to
cc24 = ids.credit_card("4", 16)
rc24 = cz_birth_number(D(1996, 6, 14), female=True)
DOCS.append(("outlook", "fuehrungszeugnis_kreditkarte_tschechisch", f"""Von: Bürgeramt Muldenau <{BA_MAIL}>
Gesendet: Freitag, 6. März 2026 11:48
An: [[P|Kateřina Veselá]] <[[E|katka.vesela96@seznam.cz]]>
Betreff: AW: Führungszeugnis für Kita Arbeit

Sehr geehrte Frau [[P|Veselá]],

bitte senden Sie uns niemals Kreditkartendaten per E-Mail. Wir haben Ihre Nachricht nach dem Lesen gelöscht und empfehlen Ihnen, die Karte bei Ihrer Bank sperren zu lassen.

Ein erweitertes Führungszeugnis (für die Tätigkeit in der Kita) beantragen Sie online über das Portal des Bundesamts für Justiz mit Ihrem Online-Ausweis, oder persönlich im Bürgeramt. Mitzubringen: Ausweis oder Pass und die Bestätigung des Trägers, dass ein erweitertes Führungszeugnis verlangt wird. Die Gebühr von 13 Euro zahlen Sie vor Ort mit EC- oder Kreditkarte. Da Sie auch die tschechische Staatsangehörigkeit haben, wird ein Europäisches Führungszeugnis mit Auszug aus dem tschechischen Strafregister erstellt; das dauert etwas länger.

Mit freundlichen Grüßen
[[P|R. Pietzsch]]
Bürgeramt

-----Ursprüngliche Nachricht-----
Von: [[P|Kateřina Veselá]] <[[E|katka.vesela96@seznam.cz]]>
Gesendet: Donnerstag, 5. März 2026 20:31
An: {BA_MAIL}
Betreff: Führungszeugnis für Kita Arbeit

hallo,
ich fange am 1.4. als erzieherin bei kita muldenspatzen an und brauch erweitertes führungszeugnis. ich bin noch nicht so lange in muldenau gemeldet ([[A|Grimmaische Str. 8]], seit januar), vorher in [[A|Husova 412/7]], [[A|434 01 Most]].
kann ich das per mail beantragen und mit karte zahlen? visa [[CC|{group(cc24, 4)}]], gültig 09/28.
geboren [[DOB|14.6.1996]] in Most, rodné číslo [[SSN|{rc24}]]
tel. [[T|+420 605 119 874]]

děkuji, [[P|Katka Veselá]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 25 File note: pension application taken up by the Bürgeramt (the daughter works at a hospital: no health data)
ssn25 = ids.social_security("220459", "P")
tid25 = ids.tax_id()
kv25 = ids.health_insurance()
iban25 = de_iban_spaced()
DOCS.append(("word", "rentenantrag_aufnahme_vermerk", f"""Große Kreisstadt Muldenau – Bürgeramt (Versicherungsamt)
Vermerk über die Aufnahme eines Rentenantrags

Antragstellerin: [[P|Gisela Pönitz]], geb. [[DOB|22. April 1959]]
Anschrift: [[A|Straße des Friedens 23]], [[A|04699 Muldenau]]
Versicherungsnummer: [[SSN|{ssn25[:2]} {ssn25[2:8]} {ssn25[8]} {ssn25[9:]}]]
Steuerliche Identifikationsnummer: [[TID|{tid25}]]
Krankenversicherung: AOK PLUS, KVNR [[KV|{kv25}]]
Bankverbindung: [[IBAN|{iban25}]], Kontoinhaberin ist die Antragstellerin
Telefon: [[T|034386 5 66 02]]
Antragsart: Altersrente für besonders langjährig Versicherte, Rentenbeginn 01.06.2026
Aufgenommen: 07.04.2026 von [[P|M. Schubert-Wagner]]

Frau [[P|Pönitz]] erschien mit ihrer Tochter, Frau [[P|Kathrin Pönitz-Schramm]], die im Kreiskrankenhaus Grimma als Pflegefachkraft arbeitet und wegen ihres Schichtdienstes nur vormittags begleiten konnte. Die Tochter hat eine Vollmacht für künftige Rückfragen (Tel. [[T|0162 8817450]]).

Versicherungsverlauf: Lücken 1990–1992 (Umschulung nach Schließung des Betriebs VEB Papierfabrik Muldenau) wurden geklärt; Nachweise des Arbeitsamts liegen in Kopie vor. Kindererziehungszeiten für die Tochter und den Sohn [[P|Torsten Pönitz]] wurden erfasst. Die Antragstellerin ist seit 1979 verheiratet mit [[P|Wolfgang Pönitz]], der bereits Altersrente bezieht.

Beigefügt: Formulare R0100, R0210, R0240 (Steuer und Krankenversicherung der Rentner), Kopie Personalausweis, Kopie Bankkarte.
Der Antrag wurde elektronisch an die Deutsche Rentenversicherung Mitteldeutschland übermittelt, Eingangsbestätigung ausgehändigt.

[[P|Schubert-Wagner]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 26 Single father sends proof of income incl. strike pay from his union (union membership)
tid26 = ids.tax_id()
DOCS.append(("outlook", "einkommensnachweis_streikgeld", f"""Von: [[P|Uhlmann, Sven]] <[[E|s.uhlmann@muldenau.de]]>
Gesendet: Montag, 9. Februar 2026 14:02
An: [[P|Heinig, Katrin]] <[[E|k.heinig@muldenau.de]]>
Betreff: WG: Einkommen 2025 [[P|Seidel]]

[[P|katrin]], kurze frage: zählt streikgeld bei uns als einkommen für die staffel? in der satzung steht nur "alle einkünfte im sinne des § 2 EStG", und streikgeld ist ja steuerfrei. würde es rausnehmen, dann landet er eine stufe tiefer. was meinst du? [[N|s.]]

-----Ursprüngliche Nachricht-----
Von: [[P|Rico Seidel]] <[[E|rico.seidel@posteo.de]]>
Gesendet: Sonntag, 8. Februar 2026 18:37
An: {EB_MAIL}
Betreff: Einkommen 2025 [[P|Seidel]], Kundennr. [[AZ|KB-40-109944]]

Hallo,

wie im Brief vom Januar angefordert schicke ich die Einkommensnachweise für 2025 für die Neuberechnung. Ich bin seit Juli alleinerziehend, die Kinder [[P|Leon]] (geb. [[DOB|12.3.19]]) und [[P|Emma]] (geb. [[DOB|4.8.22]]) wohnen bei mir, ihre Mutter ([[P|Jennifer Seidel]]) ist nach Halle gezogen und zahlt Unterhalt 0 €, Unterhaltsvorschuss ist beantragt.

Anbei:
- Lohnsteuerbescheinigung 2025 (Muldenwerk Metallbau), meine Steuer-ID ist [[TID|{tid26}]]
- Bescheinigung der IG Metall über das Streikgeld für den Streik im Oktober/November (3 Wochen), ich bin da Mitglied seit der Ausbildung, deshalb habe ich Streikgeld statt Lohn bekommen
- Kindergeldbescheid

Neue Adresse seit 01.08.2025: [[A|Am Bahndamm 7, Whg. 3]], [[A|04699 Muldenau]] (Ummeldung ist gemacht).

Wenn noch was fehlt bitte kurz melden, tagsüber am besten per Mail, ab 17 Uhr Handy [[T|01522 8740316]].

Gruß
[[P|Rico Seidel]]
""", ["UNION"]))

# ---------------------------------------------------------------------------------------------------------------
# 27 Hearing letter on a breach of compulsory schooling (Ordnungswidrigkeit) to a German-Tunisian family
DOCS.append(("word", "anhoerung_schulpflichtverletzung", f"""Große Kreisstadt Muldenau
Ordnungsamt in Zusammenarbeit mit der Schulverwaltung
{RATHAUS}

Herrn [[P|Sami Mansour]]
Frau [[P|Jessica Mansour]]
[[A|Wurzener Straße 18]]
[[A|04699 Muldenau]]

Aktenzeichen: [[AZ|32.3-OWi-0457/26]]
Sachbearbeiterin: [[P|Claudia Hennig-Rauh]]
Tel.: [[T|034386 79-342]]
Datum: 08.05.2026

Anhörung im Bußgeldverfahren wegen Verletzung der Schulpflicht (§ 61 Abs. 1 Nr. 1 SächsSchulG)
Betroffene Schülerin: [[P|Yasmin Mansour]], geb. [[DOB|21.01.2013]], Klasse 7b, Oberschule „Johann Gottfried Seume“

Sehr geehrter Herr [[P|Mansour]], sehr geehrte Frau [[P|Mansour]],

die Schulleitung hat uns mitgeteilt, dass Ihre Tochter [[P|Yasmin]] im Zeitraum vom 09.03. bis 24.04.2026 an insgesamt 14 Schultagen unentschuldigt gefehlt hat. Die Klassenlehrerin, Frau [[P|Ebersbach]], hat Sie am 17.03. und am 02.04. schriftlich und telefonisch auf die Fehlzeiten hingewiesen; ein Elterngespräch am 14.04. haben Sie abgesagt.

Als Erziehungsberechtigte sind Sie verpflichtet, für den regelmäßigen Schulbesuch Ihres Kindes zu sorgen. Eine Verletzung dieser Pflicht kann mit einer Geldbuße geahndet werden.

Sie haben Gelegenheit, sich bis zum 29.05.2026 zu dem Vorwurf zu äußern. Sie können sich schriftlich äußern oder nach Terminvereinbarung zur Niederschrift bei uns vorsprechen. Wenn Gründe für die Fehlzeiten vorliegen, die bisher nicht bekannt sind, teilen Sie uns diese bitte mit; Nachweise (z. B. ärztliche Atteste) können Sie beifügen. Sie sind nicht verpflichtet, sich zur Sache zu äußern.

Wir weisen darauf hin, dass wir parallel das Jugendamt des Landkreises Leipzig informiert haben, das Ihnen ein Beratungsgespräch anbieten wird. Die Schulsozialarbeiterin der Oberschule, Frau [[P|Nadja Thiel]], steht ebenfalls zur Verfügung.

Mit freundlichen Grüßen
im Auftrag

[[P|Hennig-Rauh]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 28 Two mothers apply for a Kita place (sexual orientation revealed), reply from the fee office on top
DOCS.append(("outlook", "kitaplatz_anfrage_zwei_muetter", f"""Von: [[P|Heinig, Katrin]] <[[E|k.heinig@muldenau.de]]>
Gesendet: Dienstag, 24. Februar 2026 09:40
An: [[P|Jana Wendt]] <[[E|jana.wendt@mailbox.org]]>
Betreff: AW: Krippenplatz ab Oktober + Beitrag

Sehr geehrte Frau [[P|Wendt]],

vielen Dank für Ihre Anfrage. Die Platzvergabe erfolgt über das Kita-Portal; ich habe Ihre Anmeldung für [[P|Ida]] dort für die Krippe „Muldenspatzen“ (Wunsch 1) und „Regenbogen“ (Wunsch 2) erfasst, Aufnahme frühestens 01.10.2026.

Zum Beitrag: Für die Staffelung zählt das Einkommen beider Elternteile, die im Haushalt leben, also Ihres und das von Frau [[P|Wendt-Ochs]]. Die Einkommensnachweise brauchen wir erst mit dem Betreuungsvertrag.

Mit freundlichen Grüßen
[[P|Katrin Heinig]]
Sachgebiet Elternbeiträge
Tel. [[T|034386 79-212]]

-----Ursprüngliche Nachricht-----
Von: [[P|Jana Wendt]] <[[E|jana.wendt@mailbox.org]]>
Gesendet: Montag, 23. Februar 2026 21:16
An: {EB_MAIL}
Betreff: Krippenplatz ab Oktober + Beitrag

Guten Abend,

meine Frau [[P|Marie Wendt-Ochs]] und ich suchen ab Oktober einen Krippenplatz für unsere Tochter [[P|Ida Wendt-Ochs]], geboren am [[DOB|19. Dezember 2024]]. [[P|Marie]] hat [[P|Ida]] geboren, ich habe sie im letzten Jahr adoptiert (Stiefkindadoption), wir sind also beide sorgeberechtigt – falls das für die Unterlagen wichtig ist.

Wir wohnen [[A|Karl-Marx-Platz 6]], [[A|04699 Muldenau]]. [[P|Marie]] geht im Oktober wieder arbeiten (30 Std.), ich arbeite Vollzeit in Leipzig.

Zwei Fragen:
1. Wird für den Beitrag das Einkommen von uns beiden angerechnet?
2. Gibt es einen Rabatt, wenn das Kind nur 6 Stunden betreut wird?

Telefonisch bin ich unter [[T|0177 6603185]] erreichbar, [[P|Marie]] unter [[T|0160 94472031]].

Viele Grüße
[[P|Jana Wendt]]
""", ["SEXUAL_ORIENTATION"]))

# ---------------------------------------------------------------------------------------------------------------
# 29 Follow-up list of the foreigners' office pasted from Excel (passports of several countries)
rows29 = [
    ("ABH 32.1-0418/2019", "Ibrahim", "Rezan", "03.02.1988", "SYR", "§ 25 II", "19.05.2026", pass5, "eAT bestellt, Ausgabe offen"),
    ("ABH 32.4-1187/2022", "Melnyk", "Iryna", "02.08.1986", "UKR", "§ 24", "04.03.2026", pass21a, "Termin 17.02. wahrgenommen"),
    ("ABH 32.2-0291/2016", "Jlassi", "Karim", "05.02.1985", "TUN", "NE § 9", "–", tn_passport(), "Einbürgerungsanfrage an LRA"),
    ("ABH 32.3-0612/2024", "Lê", "Quang Minh", "11.12.1999", "VNM", "§ 16a", "30.09.2026", vn_passport(), "Ausbildungsvertrag Pflege nachreichen"),
    ("ABH 32.1-0733/2023", "Al-Hamwi", "Nour", "29.06.2001", "SYR", "§ 25 II", "12.07.2026", sy_passport(), "Pass läuft vor Titel ab!"),
    ("ABH 32.4-1342/2022", "Bondarenko", "Serhii", "17.04.1979", "UKR", "§ 24", "04.03.2026", ua_passport(), "Wehrpflicht/Passverlängerung, Rücksprache"),
    ("ABH 32.3-0588/2025", "Ben Amor", "Rim", "08.08.1997", "TUN", "§ 18b", "31.01.2028", tn_passport(), "Arbeitgeberwechsel angezeigt"),
]
lines29 = "\n".join(f"[[AZ|{az}]]\t[[P|{n}]]\t[[P|{v}]]\t[[DOB|{dob}]]\t{sta}\t{tit}\t{bis}\t[[PASS|{pp}]]\t{bem}"
                    for az, n, v, dob, sta, tit, bis, pp, bem in rows29)
DOCS.append(("word", "abh_wiedervorlageliste_excel", f"""Ausländerbehörde Muldenau – Wiedervorlageliste KW 20/2026
(Auszug aus Excel „WV_ABH_2026.xlsx“, Blatt „offen“, sortiert nach Sachbearbeitung; intern, nicht weitergeben)

Sachbearbeitung: [[P|Gläser]] / [[P|Eichhorn]] / [[P|Rößler]]

Az.	Name	Vorname	geb.	StA	Titel	gültig bis	Pass-Nr.	Bemerkung
{lines29}

Hinweise:
- Frau [[P|Al-Hamwi]]: Passverlängerung bei der syrischen Botschaft beantragt, Nachweis fehlt noch; bis dahin Titel nur bis Passablauf.
- Herr [[P|Bondarenko]]: hat am 12.05. angerufen ([[T|0159 06612873]]), kommt mit Sohn [[P|Artem]] (geb. [[DOB|2009-02-14]]) zum Termin.
- Herr [[P|Lê]]: Ausbildungsbetrieb ist das Seniorenzentrum „Am Mühlgraben“, Ansprechpartnerin dort Frau [[P|Knauth]].

Stand: 15.05.2026, [[P|A. Rößler]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 30 Interpreter's informal mail with his invoice data and schedule (reveals his religion); forwarded
tnr30 = tax_sn()
vat30 = ids.vat_id()
iban30 = de_iban_spaced()
DOCS.append(("outlook", "dolmetscher_rechnung_termine", f"""Von: [[P|Rößler, Annett]] <[[E|a.roessler@muldenau.de]]>
Gesendet: Dienstag, 19. Mai 2026 12:05
An: [[P|Gläser, Matthias]] <[[E|m.glaeser@muldenau.de]]>
Betreff: WG: rechnung april + termine juni

zur freigabe, rechnung ist sachlich richtig (6 einsätze, stimmt mit meinem kalender). die freitagstermine müssen wir dann auf do legen, ich kümmer mich. [[N|a.]]

-----Ursprüngliche Nachricht-----
Von: [[P|Bassam Haddad]] <[[E|b.haddad.dolmetscher@gmail.com]]>
Gesendet: Montag, 18. Mai 2026 22:47
An: [[P|Rößler, Annett]] <[[E|a.roessler@muldenau.de]]>
Betreff: rechnung april + termine juni

hallo frau [[P|rößler]],

anbei meine rechnung nr. 2026-014 für april (arabisch, 6 termine, zusammen 9,5 std a 75 € + fahrtkosten). bitte wie immer überweisen auf
[[P|Bassam Haddad]]
[[IBAN|{iban30}]]
steuernr. [[TNR|{tnr30}]], ust-id [[VAT|{vat30}]] (ust ist extra ausgewiesen)

die termine im april waren:
07.04.	[[P|Alkhatib]]	2 std
09.04.	[[P|Al-Hamwi, Nour]]	1,5 std
16.04.	[[P|Ibrahim]] (nur kurz, termin verschoben)	0,5 std
22.04.	[[P|Al-Hamwi]] + botschaft telefon	2 std
28.04.	[[P|Omar Qassem]] (neu)	1,5 std
30.04.	[[P|Alkhatib, Yousef]] jobcenter-brief	2 std

für juni: freitags vor 14 uhr geht bei mir leider nicht mehr, ich gehe jetzt regelmäßig zum freitagsgebet in die moschee in leipzig. montag bis donnerstag bin ich flexibel, am besten anrufen [[T|0176 31198024]].

schöne grüße
[[P|bassam haddad]]
[[A|Kirchweg 1b]], [[A|04699 Muldenau]]
""", ["RELIGION"]))

assert len(DOCS) == 30
out = os.path.join(HERE, "fresh75.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for i, (channel, template, text, flags) in enumerate(DOCS, 1):
        doc = build(f"F75-{i:03d}", channel, template, text, flags)
        f.write(json.dumps(doc, ensure_ascii=False) + "\n")
