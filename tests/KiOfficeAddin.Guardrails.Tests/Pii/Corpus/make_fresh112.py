#!/usr/bin/env python3
"""Fresh blind test batch 112: Sozialamt and Wohngeldstelle of a Saxony-Anhalt town (Aschersleben, Salzlandkreis).

Deterministic: one seeded generator (Identifiers(11212).rng), no clock, no unordered iteration.
Writes fresh112.jsonl next to this script. Every person, street, company and number is invented.
"""
import datetime
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from marks import build  # noqa: E402
from identifiers import Identifiers, mod97_iban, icao_check, group  # noqa: E402

IDS = Identifiers(11212)
RNG = IDS.rng


# ----------------------------------------------------------------------------------------------------------------
# Formatting helpers and foreign identifiers (public algorithms)
# ----------------------------------------------------------------------------------------------------------------
def iban_spaced(iban):
    return group(iban, 4)


def tid_spaced(t):
    return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"


def ssn_spaced(s):
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"


def digits(n):
    return "".join(RNG.choice("0123456789") for _ in range(n))


def snils():
    """Russian SNILS (СНИЛС): 9 digits + 2 check digits; weights 9..1, sum<100 -> sum, 100/101 -> 00, else mod 101."""
    while True:
        body = digits(9)
        if int(body) <= 1001998:
            continue
        s = sum(int(c) * (9 - i) for i, c in enumerate(body))
        if s > 101:
            s %= 101
        check = 0 if s in (100, 101) else s
        return f"{body[:3]}-{body[3:6]}-{body[6:]} {check:02d}"


def inn12(region):
    """Russian personal INN (ИНН), 12 digits, two check digits (weights per the FNS rule), mod 11 mod 10."""
    body = region + digits(6)
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = sum(int(c) * w for c, w in zip(body, w1)) % 11 % 10
    body += str(c1)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c2 = sum(int(c) * w for c, w in zip(body, w2)) % 11 % 10
    return body + str(c2)


def kz_iin(yymmdd, century_sex):
    """Kazakh IIN (ЖСН/ИИН): YYMMDD + century/sex digit + 4 serial + check (weights 1..11, fallback 3..11,1,2)."""
    while True:
        body = yymmdd + century_sex + digits(4)
        s = sum(int(c) * (i + 1) for i, c in enumerate(body)) % 11
        if s == 10:
            w = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
            s = sum(int(c) * wi for c, wi in zip(body, w)) % 11
            if s == 10:
                continue
        return body + str(s)


def ua_rnokpp(birth, female):
    """Ukrainian RNOKPP (tax number, 10 digits): days since 31.12.1899, serial with sex parity, weighted check."""
    days = (birth - datetime.date(1899, 12, 31)).days
    while True:
        serial = digits(3)
        sexd = RNG.choice("02468" if female else "13579")
        body = f"{days:05d}{serial}{sexd}"
        w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
        check = sum(int(c) * wi for c, wi in zip(body, w)) % 11 % 10
        return body + str(check)


def pesel(birth, female):
    """Polish PESEL: YYMMDD (month +0 for 1900s) + 3 serial + sex digit + check (weights 1,3,7,9,...)."""
    sexd = RNG.choice("02468" if female else "13579")
    body = birth.strftime("%y%m%d") + digits(3) + sexd
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    s = sum(int(c) * wi for c, wi in zip(body, w))
    return body + str((10 - s % 10) % 10)


def pl_id_card():
    """Polish ID card (dowód osobisty): AAA + check + 5 digits; weights 7,3,1,(9),7,3,1,7,3, letters A=10."""
    letters = "".join(RNG.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    tail = digits(5)
    vals = [ord(c) - 55 for c in letters] + [int(c) for c in tail]
    w = [7, 3, 1, 7, 3, 1, 7, 3]
    check = sum(v * wi for v, wi in zip(vals, w)) % 10
    return f"{letters}{check}{tail}"


def pl_iban():
    """Polish IBAN (NRB): bank sort code with its own check digit (weights 3,9,7,1,3,9,7), 16-digit account."""
    bank7 = "1090" + digits(3)
    s = sum(int(c) * w for c, w in zip(bank7, [3, 9, 7, 1, 3, 9, 7]))
    sort_code = bank7 + str((10 - s % 10) % 10)
    return mod97_iban("PL", sort_code + digits(16))


def creditor_id_de(national11):
    """SEPA creditor identifier: DE + check (MOD 97 over national id + DE00, business code skipped) + ZZZ + id."""
    num = "".join(str(int(c, 36)) for c in national11 + "DE00")
    check = 98 - int(num) % 97
    return f"DE{check:02d}ZZZ{national11}"


# ----------------------------------------------------------------------------------------------------------------
# The office's own public data (neutral)
# ----------------------------------------------------------------------------------------------------------------
O_STREET = "[[N|Hinter dem Zoll 4]]"
O_CITY = "[[N|06449 Aschersleben]]"
O_TEL = "[[N|03473 958-0]]"
O_FAX = "[[N|03473 958-199]]"
MB_SOZ = "[[N|soziales@aschersleben-stadt.de]]"
MB_GS = "[[N|grundsicherung@aschersleben-stadt.de]]"
MB_WG = "[[N|wohngeld@aschersleben-stadt.de]]"
WEB = "[[N|www.aschersleben-stadt.de]]"
HOURS = "Di 9–12 und 13–17.30 Uhr, Do 9–12 Uhr"
CITY_IBAN = IDS.iban_de()
CREDITOR_ID = creditor_id_de("0000" + digits(7))


def letterhead(sachgebiet):
    return (f"Stadt Aschersleben · Der Bürgermeister\nFachbereich 3 – Soziales und Wohnen · {sachgebiet}\n"
            f"{O_STREET} · {O_CITY} · Telefon {O_TEL} · Fax {O_FAX}\n")


DOCS = []


def add(channel, template, text, flags=()):
    DOCS.append((channel, template, text, sorted(flags)))


# ----------------------------------------------------------------------------------------------------------------
# F112-001 outlook: daughter writes for her Vietnamese father (first application Grundsicherung im Alter)
# ----------------------------------------------------------------------------------------------------------------
ssn_tran = IDS.social_security("140854", "T")
kv_tran = IDS.health_insurance()
iban_tran = IDS.iban_de()
add("outlook", "grundsicherung", f"""Von: [[P|Mai Trần-Köhler]] <[[E|mai.tran-koehler@web.de]]>
An: [[N|grundsicherung@aschersleben-stadt.de]]
Betreff: Antrag Grundsicherung für meinen Vater – [[P|Tran Van Hung]]

Sehr geehrte Frau [[P|Matthes]],

wie am Telefon besprochen schicke ich Ihnen die Angaben für den Antrag von meinem Vater. Er heißt [[P|Trần Văn Hùng]] (in den deutschen Papieren steht „[[P|Tran, Van Hung]]“), geboren am [[DOB|14.08.1954]] in Nam Định, und lebt seit 1988 in Aschersleben, jetzt in der [[A|Heinrichstraße 17]], [[A|06449 Aschersleben]]. Er ist damals als Vertragsarbeiter in die DDR gekommen und hat bis 1990 im Maschinenbau gearbeitet, danach hatte er lange einen Imbiss. Seine Rente reicht leider nicht, es sind nur 612,40 € im Monat.

Rentenversicherungsnummer: [[SSN|{ssn_spaced(ssn_tran)}]]
Krankenkasse: AOK Sachsen-Anhalt, Versichertennummer [[KV|{kv_tran}]]
Konto bei der Salzlandsparkasse: [[IBAN|{iban_spaced(iban_tran)}]], Kontoinhaber [[P|Tran Van Hung]]

Meine Mutter, [[P|Nguyễn Thị Hoa]], ist 2019 gestorben, er wohnt allein. Er hat kein Sparbuch und kein Auto mehr. Ich bin seine Tochter und kümmere mich um die Post, weil er nicht so gut Deutsch lesen kann. Die Vollmacht und den Rentenbescheid vom Juli habe ich eingescannt und angehängt.

Sie erreichen mich am besten nach 16 Uhr unter [[T|0176 / 5528 1934]] oder über diese Mail.

Viele Grüße
[[P|Mai Trần-Köhler]]
[[A|Kastanienallee 3a]]
[[A|06406 Bernburg (Saale)]]
""")

# ----------------------------------------------------------------------------------------------------------------
# F112-002 word: decision Grundsicherung im Alter (Russian-German pensioner)
# ----------------------------------------------------------------------------------------------------------------
ssn_schmidt = IDS.social_security("031251", "K")
iban_schmidt = IDS.iban_de()
add("word", "grundsicherung", f"""{letterhead("Sachgebiet Grundsicherung")}
Stadt Aschersleben, {O_STREET}, {O_CITY}

Frau
[[P|Valentina Schmidt]]
[[A|Akazienweg 9]]
[[A|06449 Aschersleben]]

Unser Zeichen: [[AZ|50.3-GS-0388/25]]
Bearbeiterin: Frau [[P|Matthes]], Zimmer 114
Durchwahl: [[T|03473 958-214]]
E-Mail: {MB_GS}
Datum: 12.11.2025

Bescheid über Leistungen der Grundsicherung im Alter und bei Erwerbsminderung nach dem Vierten Kapitel SGB XII

Leistungsberechtigte: [[P|Valentina Schmidt]], geb. [[P|Kusnezowa]], geboren am [[DOB|03.12.1951]]
Versicherungsnummer: [[SSN|{ssn_schmidt}]]

Sehr geehrte Frau [[P|Schmidt]],

auf Ihren Antrag vom 02.10.2025 bewillige ich Ihnen für die Zeit vom 01.10.2025 bis 30.09.2026 Leistungen der Grundsicherung im Alter in Höhe von monatlich 430,56 EUR.

Berechnung des monatlichen Bedarfs:
Regelbedarf (Regelbedarfsstufe 1)          563,00 EUR
Grundmiete                                 318,00 EUR
Nebenkosten (kalt)                          86,00 EUR
Heizkosten                                  74,00 EUR
Gesamtbedarf                             1.041,00 EUR
abzüglich Altersrente (netto)             – 562,44 EUR
abzüglich Rente aus Kasachstan (umgerechnet) – 48,00 EUR
Anspruch                                   430,56 EUR

Die Leistung wird jeweils zum Monatsanfang auf Ihr Konto [[IBAN|{iban_spaced(iban_schmidt)}]] überwiesen. Auf Ihren Wunsch zahle ich den Anteil für die Unterkunft (478,00 EUR) direkt an Ihre Vermieterin, die Wohnungsgenossenschaft „Einheit“ Aschersleben eG (Mitgliedsnummer [[AZ|4711-203]]).

Sie sind verpflichtet, jede Änderung Ihrer Verhältnisse unverzüglich mitzuteilen (§ 60 SGB I), insbesondere einen Umzug, eine Änderung der Rente oder der Miete und jeden Aufenthalt im Ausland, der länger als vier Wochen dauert.

Ihr Sohn, Herr [[P|Alexander Schmidt]], hat den Antrag als Bevollmächtigter gestellt. Er erhält eine Abschrift dieses Bescheides.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift bei der Stadt Aschersleben, {O_STREET}, {O_CITY}, einzulegen.

Mit freundlichen Grüßen
Im Auftrag

[[P|Matthes]]

Abschrift an: Herrn [[P|Alexander Schmidt]], [[A|Lindenweg 12]], [[A|39418 Staßfurt]]
""")

# ----------------------------------------------------------------------------------------------------------------
# F112-003 outlook: forwarded mail of a nursing service, Hilfe zur Pflege (HEALTH)
# ----------------------------------------------------------------------------------------------------------------
kv_lehnert = IDS.health_insurance()
add("outlook", "hilfe_zur_pflege", f"""Von: [[P|Kretzschmar, Jana]] <[[E|j.kretzschmar@aschersleben-stadt.de]]>
Gesendet: Dienstag, 4. November 2025 09:12
An: [[P|Pietsch, Ronny]] <[[E|r.pietsch@aschersleben-stadt.de]]>
Betreff: WG: Kostenübernahme Hilfe zur Pflege – Herr [[P|Lehnert]], Az. [[AZ|50.4-HzP-0117/25]]

Hallo [[P|Ronny]],

kannst du bitte vor meinem Termin am Donnerstag noch einen Hausbesuch bei Herrn [[P|Lehnert]] machen? Der Pflegedienst schreibt, dass die Sachleistung der Pflegekasse nicht mehr reicht. Die Tochter wohnt in Hannover und ist schwer greifbar, am ehesten abends auf dem Handy.

Danke & Gruß
[[P|Jana]]

-----Ursprüngliche Nachricht-----
Von: Pflegedienstleitung Bodeblick <[[N|pdl@pflegedienst-bodeblick.de]]>
Gesendet: Montag, 3. November 2025 16:47
An: {MB_SOZ}
Cc: [[P|Sabine Lehnert-Voigt]] <[[E|s.lehnert-voigt@gmx.net]]>
Betreff: Kostenübernahme Hilfe zur Pflege – Herr [[P|Lehnert]]

Sehr geehrte Damen und Herren,

wir versorgen Herrn [[P|Manfred Lehnert]] (geb. [[DOB|22.06.1939]]), [[A|Hopfenmarkt 8]], [[A|06449 Aschersleben]], seit März 2024 im Rahmen der ambulanten Pflege. Bei Herrn [[P|Lehnert]] wurde eine fortschreitende vaskuläre Demenz diagnostiziert; seit dem Gutachten des Medizinischen Dienstes vom 18.09.2025 ist Pflegegrad 3 festgestellt (Pflegekasse: IKK gesund plus, Versichertennummer [[KV|{kv_lehnert}]]).

Der Sachleistungsbetrag der Pflegekasse (1.497,00 EUR) wird durch die notwendigen Einsätze (dreimal täglich Grundpflege und Medikamentengabe, zusätzlich Hauswirtschaft) monatlich um ca. 640 EUR überschritten. Herr [[P|Lehnert]] verfügt nach Auskunft seiner Tochter, Frau [[P|Sabine Lehnert-Voigt]], nur über eine Altersrente von 1.104,00 EUR. Wir bitten um Prüfung der Kostenübernahme nach §§ 61 ff. SGB XII ab dem 01.10.2025. Kostenvoranschlag und Pflegevertrag liegen bei.

Die Tochter ist unter [[T|0511 4478 213]] (dienstlich) bzw. [[T|0172 903 11 48]] erreichbar. Eine rechtliche Betreuung besteht bislang nicht, Frau [[P|Lehnert-Voigt]] hat eine Vorsorgevollmacht.

Mit freundlichen Grüßen

i. A. [[P|Kerstin Dahms]]
Pflegedienstleitung
Ambulanter Pflegedienst Bodeblick GmbH
[[N|Über den Steinen 11]], [[N|06449 Aschersleben]]
Tel. [[N|03473 80 77 50]] · IK 461506789
""", ["HEALTH"])

# ----------------------------------------------------------------------------------------------------------------
# F112-004 word: payment list Wohngeld pasted from Excel (tab-separated)
# ----------------------------------------------------------------------------------------------------------------
rows4 = [
    ("WG-2025-00412", "Al-Khatib, Mahmoud", "07.03.1983", "Johannisgasse 5", "06449 Aschersleben", "412,00", ""),
    ("WG-2025-00436", "Hoffmeister, Gisela", "19.11.1944", "Seegraben 31", "06449 Aschersleben", "187,00",
     "Rentenanpassung 07/25 berücksichtigt"),
    ("WG-2025-00451", "Vu, Thi Hong Nhung", "02.05.1979", "Magdeburger Str. 7", "06449 Aschersleben", "298,00", ""),
    ("WG-2025-00488", "Melnyk, Mykola", "30.06.1958", "Kuckucksberg 21", "06449 Aschersleben", "241,00",
     "Direktzahlung an Vermieter (§ 26 WoGG)"),
    ("WG-2025-00509", "Neufeld, Olga", "12.11.1950", "Lerchenweg 2", "06449 Aschersleben", "134,00",
     "STOPP ab 12/25 – Doppelbezug GS prüfen"),
    ("WG-2025-00533", "Pfannschmidt, Horst-Dieter", "11.05.1956", "Über den Steinen 3", "06449 Aschersleben",
     "156,00", "Erstbewilligung"),
]
lines4 = ["Wohngeld – Zahlungsliste Dezember 2025 (Auszug, Stand 24.11.2025)",
          "Az\tName, Vorname\tgeb.\tStraße\tPLZ Ort\tIBAN\tBetrag EUR\tBemerkung"]
for az, name, dob, street, city, amount, note in rows4:
    iban = IDS.iban_de()
    lines4.append(f"[[AZ|{az}]]\t[[P|{name}]]\t[[DOB|{dob}]]\t[[A|{street}]]\t[[A|{city}]]\t[[IBAN|{iban}]]\t"
                  f"{amount}\t{note}")
lines4 += ["", "Summe Seite 1\t\t\t\t\t\t1.428,00", "",
           "erstellt: [[P|M. Ebert]], Sachgebiet Wohngeld – zur Anordnung an Stadtkasse (Hr. [[P|Gottschalk]])"]
add("word", "wohngeld", "\n".join(lines4) + "\n")

# ----------------------------------------------------------------------------------------------------------------
# F112-005 outlook: informal lower-case mail of a grandson
# ----------------------------------------------------------------------------------------------------------------
add("outlook", "wohngeld", """Betreff: wohngeld oma

hi frau [[P|ebert]],

ich schreib für meine oma [[P|gisela hoffmeister]] weil sie kein internet hat. sie hat den brief mit dem aktenzeichen [[AZ|WG-2025-00436]] bekommen und versteht nicht warum das wohngeld jetzt weniger ist (187 statt 231 euro). sie ist deswegen total durch den wind. die rente ist doch nur um 3,74 % gestiegen??

kann sie einfach vorbeikommen oder braucht sie nen termin? sie wohnt ja [[A|seegraben 31]], gleich um die ecke vom amt. am besten rufen sie sie an: [[T|03473 81 22 09]] (festnetz, sie geht nur ran wenns lange klingelt). oder mich auf handy [[T|0157-3381 2290]]. mein onkel [[P|uwe]] ist grad auf montage, der kann nicht.

lg
[[P|kevin hoffmeister]]
(enkel)

gesendet von meinem iphone
""")

# ----------------------------------------------------------------------------------------------------------------
# F112-006 word: OCR of a handwritten SGB XII application (Syrian couple)
# ----------------------------------------------------------------------------------------------------------------
eat_haj = IDS.id_card()
pass_haj = "N01" + digits(7)
ssn_haj = IDS.social_security("010157", "H")
iban_haj = IDS.iban_de()
add("word", "grundsicherung", f"""Stadt Aschers1eben                                   Eingang: 28. OKT. 2025  |  Zi. 114
Antrag auf Leistungen nach dem Zwölften Buch Sozia1gesetzbuch (SGB XII)
Grundsicherung im A1ter und bei Erwerbsminderung (4. Kapite1)
_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _

1. Angaben zur antragste1lenden Person
Familienname: [[P|HAJ HUSSEIN]]          Vorname: [[P|Abdulkarim]]
Geburtsname: —       Geburtsdaturn: [[DOB|01.01.1957]]      Geburtsort: Al-Hasaka / Syrien
Staatsangehörigkeit: syr.      Familienstand: verh.
Anschrift: [[A|Gartenstr. 14 b]]     [[A|06449 Aschersleben]]
Telefon: [[T|0152 / 2 88 41 70 6]]
Aufentha1tstitel Nr.: [[IDC|{eat_haj}]]      gültig bis: 14.03.2027
Reisepass (SYR) Nr.: [[PASS|{pass_haj}]]
Rentenvers.-Nr.: [[SSN|{ssn_spaced(ssn_haj)}]]

2. Ehegatte / Lebenspartner(in)
Name, Vorname: [[P|HAJ HUSSEIN, Fatima]]   geb. [[P|AL-ZOUBI]]
Geburtsdatum: [[DOB|15.06.1961]]

3. Weitere Personen im Haushalt:   keine   (Sohn [[P|Rami]] wohnt in Magdeburg)

4. Einkommen
[x] Rente   DRV Mitteldeutsch1and   214,18 €
[ ] Arbeit   [ ] Unterha1t   [ ] sonstiges

5. Vermögen
Girokonto Salzlandsparkasse   lBAN [[IBAN|{iban_spaced(iban_haj)}]]   Kontostand 312,55 €
Bargeld ca. 100 €      Kfz: nein      Grundstück: nein

6. Kosten der Unterkunft
Miete 365,00 €   Nebenkosten 95,00 €   Heizung 70,00 €   (Vermieter: Salzland Wohnbau GmbH)

Ich versichere, dass die Angaben richtig und vo11ständig sind.
Aschersleben, 27.10.25           Unterschrift: [[P|A. Haj Hussein]]
Übersetzt / ausgefü1lt durch: [[P|Rami Haj Hussein]] (Sohn), Tel. [[T|0391 5 63 18 27]]
- Seite 1 von 4 -
""")

# ----------------------------------------------------------------------------------------------------------------
# F112-007 outlook: English mail from a daughter in the UK (care home, HEALTH)
# ----------------------------------------------------------------------------------------------------------------
kv_baumgart = IDS.health_insurance()
iban_baumgart = IDS.iban_de()
add("outlook", "hilfe_zur_pflege", f"""From: [[P|Heike Lambert]] <[[E|heike.lambert@btinternet.com]]>
To: [[N|soziales@aschersleben-stadt.de]]
Subject: My mother [[P|Ingrid Baumgart]] – care home fees / Hilfe zur Pflege

Dear Ms [[P|Kretzschmar]],

thank you for your letter of 21 October (your reference [[AZ|50.4-HzP-0162/25]]). I'm sorry for replying in English – my German has got rather rusty after thirty years in Leeds.

Please find below the details you asked for:

- Resident: [[P|Ingrid Baumgart]], born [[DOB|9 February 1938]], now at Seniorenzentrum "Am Stadtpark", room 112
- Her former flat: [[A|Wilhelmstraße 3]], [[A|06449 Aschersleben]] (given up on 31 August)
- Pflegegrad 4 since July, after her second fall and the hip fracture; she is also more and more confused
- Pflegekasse: AOK Sachsen-Anhalt, member no. [[KV|{kv_baumgart}]]
- Pension: DRV 967,20 € plus widow's pension 388,50 €
- Savings account at the Volksbank: [[IBAN|{iban_baumgart}]], balance about 4.180 € (I understand 10.000 € are protected)

About myself, as you asked because of the "Unterhaltsheranziehung": I am [[P|Ingrid]]'s only child, [[P|Heike Lambert]] (née [[P|Baumgart]]), married, employed part-time as a school office manager. My UK National Insurance number is [[SSN|JT 48 21 73 B]], in case you need it – I no longer have a German tax ID.

[[A|14 Cardigan Grove]]
[[A|Leeds LS6 3BQ]]
United Kingdom

Mobile [[T|+44 7700 900417]], home [[T|+44 (0)113 496 0728]]. Please note the time difference – I am one hour behind you.

Kind regards / Mit freundlichen Grüßen
[[P|Heike Lambert]]
""", ["HEALTH"])

# ----------------------------------------------------------------------------------------------------------------
# F112-008 word: file note on a home visit (Russian-German couple; HEALTH, RELIGION, ETHNICITY)
# ----------------------------------------------------------------------------------------------------------------
add("word", "aktenvermerk", """Aktenvermerk – Hausbesuch

Az.: [[AZ|50.4-HzP-0201/25]]
Datum des Besuchs: 06.11.2025, 10:15–11:30 Uhr
Anwesend: Herr [[P|Jakob Friesen]] (Antragsteller), Frau [[P|Lydia Friesen]] (Ehefrau), Herr [[P|Waldemar Friesen]] (Sohn, zeitweise), Unterzeichner
Ort: Wohnung der Eheleute, [[A|Am Tie 7]], EG rechts, [[A|06449 Aschersleben]]

1. Wohnsituation
3-Zimmer-Wohnung im Erdgeschoss, ordentlich, Bad mit Badewanne (kein Umbau), Schwelle zum Balkon. Ein Badewannenlifter wurde von der Pflegekasse abgelehnt, Widerspruch läuft.

2. Gesundheitliche Situation
Frau [[P|Friesen]] ist insulinpflichtige Diabetikerin und nach Amputation des linken Vorfußes (2023) auf den Rollator angewiesen; Pflegegrad 2 laut Bescheid der Pflegekasse vom 12.05.2025. Herr [[P|Friesen]] (79) versorgt sie überwiegend allein, ist aber nach zwei Herzinfarkten selbst nur eingeschränkt belastbar. Frau [[P|Friesen]]s Blutzucker misst der Pflegedienst morgens und abends.

3. Soziales Umfeld
Die Eheleute sind 1993 als Spätaussiedler aus Kasachstan (Gebiet Pawlodar) gekommen; zu Hause wird Plautdietsch und Russisch gesprochen. Beide sind aktive Mitglieder der Mennonitischen Brüdergemeinde; Gemeindeglieder helfen beim Einkauf, u. a. Frau [[P|Helene Dyck]] (Tel. [[T|03473 91 55 02]]).

4. Fahrzeuge
Der Sohn fährt die Eltern mit seinem Pkw ([[KFZ|SLK-WF 812]]) zu Arztterminen. Der eigene Pkw der Eheleute ([[KFZ|ASL-JF 46]], Baujahr 2009, Zeitwert ca. 1.500 EUR) ist angemessen und bleibt als Vermögen unberücksichtigt.

5. Ergebnis
Antrag auf Hilfe zur Pflege (Haushaltshilfe 4 Std./Woche, ergänzend zum Entlastungsbetrag) wird befürwortet. Hausnotruf empfohlen, Info-Blatt übergeben. Sohn [[P|Waldemar]] kümmert sich um den Widerspruch gegen die Pflegekasse; Kontakt: [[E|w.friesen@t-online.de]], mobil [[T|0171 2204 618]].

Aschersleben, 07.11.2025
[[P|Pietsch]]
Allgemeiner Sozialdienst
""", ["HEALTH", "RELIGION", "ETHNICITY"])

# ----------------------------------------------------------------------------------------------------------------
# F112-009 word: bank statement pasted as text, with the clerk's note
# ----------------------------------------------------------------------------------------------------------------
iban_neufeld = IDS.iban_de()
iban_alexej = IDS.iban_de()
ssn_neufeld = IDS.social_security("121150", "N")
cc_neufeld = IDS.credit_card("4539", 16)
add("word", "grundsicherung", f"""Salzlandsparkasse                                         Kontoauszug 11/2025        Blatt 1/1
Frau [[P|Olga Neufeld]] · [[A|Lerchenweg 2]] · [[A|06449 Aschersleben]]
Girokonto  IBAN [[IBAN|{iban_spaced(iban_neufeld)}]]   BIC NOLADE21SLK

Kontostand am 31.10.2025                                               1.284,17 H

Buchung  Valuta  Vorgang                                                      Betrag EUR
03.11.   03.11.  Rentenzahlung DRV MITTELDEUTSCHLAND                           812,36 H
                 RV-NR [[SSN|{ssn_neufeld}]] RENTE 11/25
03.11.   03.11.  Lastschrift WOHNUNGSBAU ASCHERSLEBEN MBH                      402,50 S
                 MIETE 11/25 MIETERNR. [[AZ|0032-118-04]]
04.11.   04.11.  Dauerauftrag [[P|ALEXEJ NEUFELD]]                                   50,00 S
                 IBAN [[IBAN|{iban_alexej}]] TASCHENGELD
05.11.   05.11.  Kartenzahlung NETTO FIL. 4211 ASCHERSLEBEN                     37,84 S
07.11.   07.11.  Lastschrift STADTWERKE ASCHERSLEBEN                            58,00 S
                 KD-NR [[AZ|2004 8812]] ABSCHLAG STROM
10.11.   10.11.  Gutschrift STADT ASCHERSLEBEN WOHNGELD [[AZ|WG-2025-00509]]        134,00 H
14.11.   14.11.  Gutschrift [[P|LYDIA PENNER]] RUECKZAHLUNG DARLEHEN                 200,00 H
20.11.   20.11.  Bargeldauszahlung GA 11/20 09.14                                100,00 S
24.11.   24.11.  Abrechnung VISA-Karte [[CC|{group(cc_neufeld, 4)}]]                    64,90 S
28.11.   28.11.  Gutschrift [[P|ALEXANDER NEUFELD]] ZUSCHUSS HEIZUNG                 150,00 H

Kontostand am 28.11.2025                                               1.867,29 H

------------------------------------------------------------------------------------------
Vermerk SB GS, 01.12.2025:
– Wohngeld-Gutschrift trotz laufender Grundsicherung → Doppelbezug! Wohngeldstelle (Fr. [[P|Ebert]]) informiert.
– Zahlungen von Frau [[P|Penner]] und Herrn [[P|Neufeld]] (Sohn) klären: Darlehen oder Einkommen?
– Kreditkarte: Verfügungsrahmen und Kartenkonto erfragen.
[[P|Matthes]]
""")

# ----------------------------------------------------------------------------------------------------------------
# F112-010 outlook: son on the Polish live-in carer of his mother (HEALTH)
# ----------------------------------------------------------------------------------------------------------------
kv_wachsmuth = IDS.health_insurance()
pesel_w = pesel(datetime.date(1968, 3, 11), True)
plid_w = pl_id_card()
pliban_w = pl_iban()
tid_w = IDS.tax_id()
ssn_w = IDS.social_security("110368", "W")
add("outlook", "hilfe_zur_pflege", f"""Betreff: Hilfe zur Pflege – Betreuungskraft bei meiner Mutter [[P|Erika Wachsmuth]]

Sehr geehrte Frau [[P|Kretzschmar]],

seit dem 1. Oktober lebt bei meiner Mutter, Frau [[P|Erika Wachsmuth]] (geb. [[DOB|30.04.1936]]), [[A|Poststraße 11]] in [[A|06449 Aschersleben]], eine Betreuungskraft aus Polen. Meine Mutter hat Pflegegrad 4 (fortgeschrittener Morbus Parkinson, nachts mehrfach Hilfe beim Toilettengang). Versichertennummer bei der Pflegekasse: [[KV|{kv_wachsmuth}]]. Das Pflegegeld reicht bei weitem nicht, die Betreuung kostet uns mit Sozialabgaben rund 2.650 € im Monat.

Sie hatten um die Angaben zur Betreuungskraft gebeten, weil wir sie direkt angestellt haben (Arbeitgebermodell, Minijob-Zentrale ist nicht zuständig):

Name: [[P|Małgorzata Wiśniewska]]
geb.: [[DOB|11.03.1968]]
PESEL: [[IDC|{pesel_w}]]
Dowód osobisty: [[IDC|{plid_w}]]
Anschrift in Polen: [[A|ul. Słoneczna 14 m. 3]], [[A|45-316 Opole]]
Bankverbindung (Lohn): [[IBAN|{iban_spaced(pliban_w)}]]
Steuer-ID (deutsch): [[TID|{tid_w}]]
Sozialversicherungsnummer: [[SSN|{ssn_w}]]
Handy: [[T|+48 604 318 227]]

Frau [[P|Wiśniewska]] fährt ihr eigenes Auto (polnisches Kennzeichen [[KFZ|OP 41527]]), Fahrtkosten fallen für uns also nicht an.

Ich selbst wohne in Braunschweig, bin aber jedes zweite Wochenende bei meiner Mutter. Den Arbeitsvertrag und die Lohnabrechnungen Oktober/November hänge ich an.

Mit freundlichen Grüßen
Dr. [[P|Thomas Wachsmuth]]
[[A|Am Lehmanger 27]]
[[A|38120 Braunschweig]]
Tel. [[T|0531 / 2 87 14 39]]
[[E|thomas.wachsmuth@posteo.de]]
""", ["HEALTH"])

# ----------------------------------------------------------------------------------------------------------------
# F112-011 word: Wohngeld decision for a Syrian family
# ----------------------------------------------------------------------------------------------------------------
iban_khatib = IDS.iban_de()
add("word", "wohngeld", f"""{letterhead("Sachgebiet Wohngeld")}
Herrn und Frau
[[P|Mahmoud]] und [[P|Rania Al-Khatib]]
[[A|Johannisgasse 5]]
[[A|06449 Aschersleben]]

Aktenzeichen: [[AZ|WG-2025-00412]]
Ihr Antrag vom 15.09.2025
Aschersleben, 30.10.2025

Wohngeldbescheid (Mietzuschuss)

Sehr geehrte Eheleute [[P|Al-Khatib]],

für die Zeit vom 01.09.2025 bis 31.08.2026 wird Ihnen Wohngeld in Höhe von monatlich 412,00 EUR bewilligt.

Berücksichtigte Haushaltsmitglieder (§ 5 WoGG):
1. [[P|Al-Khatib, Mahmoud]] – geb. [[DOB|07.03.1983]] – Antragsteller
2. [[P|Al-Khatib, Rania]], geb. [[P|Haddad]] – geb. [[DOB|21.10.1987]]
3. [[P|Al-Khatib, Yusuf]] – geb. [[DOB|14.02.2012]]
4. [[P|Al-Khatib, Lina]] – geb. [[DOB|30.08.2015]]
5. [[P|Al-Khatib, Omar]] – geb. [[DOB|05.01.2021]]

Berechnungsgrundlagen:
Zu berücksichtigende Miete (Höchstbetrag Mietenstufe II, 5 Personen): 720,00 EUR
Gesamteinkommen nach §§ 14 bis 18 WoGG: 1.986,40 EUR
Herr [[P|Al-Khatib]] ist als Berufskraftfahrer bei der Harzland Logistik GmbH beschäftigt, Frau [[P|Al-Khatib]] hat eine geringfügige Beschäftigung (538,00 EUR). Das Kindergeld ist kein Einkommen im Sinne des WoGG.

Das Wohngeld wird monatlich im Voraus auf das Konto [[IBAN|{iban_spaced(iban_khatib)}]] (Kontoinhaber: [[P|Mahmoud Al-Khatib]]) überwiesen.

Bitte beachten Sie: Sie müssen uns unverzüglich mitteilen, wenn sich die Zahl der Haushaltsmitglieder ändert, Sie umziehen oder sich Ihr Einkommen um mehr als 15 Prozent erhöht (§ 27 WoGG).

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadt Aschersleben, {O_STREET}, {O_CITY}, erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Mandy Ebert]]
Sachbearbeiterin Wohngeld
Telefon {O_TEL} (Zentrale) · Sprechzeiten {HOURS} · Zimmer 021
""")

# ----------------------------------------------------------------------------------------------------------------
# F112-012 outlook: reply to a Ukrainian daughter, original quoted
# ----------------------------------------------------------------------------------------------------------------
iban_koval = IDS.iban_de()
rnokpp_k = ua_rnokpp(datetime.date(1952, 3, 12), True)
uapass_k = "FH" + digits(6)
uaid_k = "00" + digits(7)
add("outlook", "grundsicherung", f"""Betreff: AW: Grundsicherung für meine Mutter [[P|Halyna Kovalenko]]

Sehr geehrte Frau [[P|Bondarenko]],

vielen Dank für Ihre Nachricht und die Unterlagen. Für die Entscheidung über den Antrag Ihrer Mutter fehlen mir noch:

1. eine Kopie des Aufenthaltstitels (§ 24 AufenthG), Vorder- und Rückseite,
2. der Nachweis über die ukrainische Rente (Bescheid des Pensionsfonds mit Übersetzung),
3. die Kontoauszüge der letzten drei Monate für das Konto [[IBAN|{iban_koval}]],
4. die Mietbescheinigung des Vermieters, Herrn [[P|Brämer]].

Die ukrainische Steuernummer (RNOKPP) Ihrer Mutter habe ich aus der Passkopie übernommen: [[TID|{rnokpp_k}]]. Bitte prüfen Sie, ob sie stimmt.

Zu Ihrer Frage nach den Medikamenten: Zuzahlungen übernimmt das Sozialamt nicht, Ihre Mutter kann sich aber bei der Krankenkasse von Zuzahlungen befreien lassen, sobald die Belastungsgrenze erreicht ist.

Bitte geben Sie bei allen Schreiben das Aktenzeichen [[AZ|50.3-GS-0455/25]] an.

Mit freundlichen Grüßen
[[P|Doreen Matthes]]

Stadt Aschersleben | Fachbereich Soziales und Wohnen | Grundsicherung
{O_STREET} | {O_CITY}
Tel. [[T|03473 958-214]] | Fax {O_FAX}
[[E|d.matthes@aschersleben-stadt.de]]
Sprechzeiten: {HOURS}

Am 10.11.2025 um 19:43 schrieb [[P|Olena Bondarenko]] <[[E|olena.bondarenko88@gmail.com]]>:
> Добрий день! Sehr geehrte Frau [[P|Matthes]],
> ich schicke Ihnen die Dokumente von meiner Mama, [[P|Halyna Kovalenko]], geb. [[DOB|12.03.1952]] in Charkiw. Sie wohnt seit Mai 2022 bei uns, jetzt hat sie eigene Wohnung: [[A|Damaschkestraße 40]], [[A|06449 Aschersleben]], Wohnung 12 (Vermieter Herr [[P|Detlef Brämer]]).
> Reisepass: [[PASS|{uapass_k}]]
> ID-Karte (Україна): [[IDC|{uaid_k}]]
> Ich habe noch Frage: bekommt Mama auch Geld für Medikamente? Sie nimmt jeden Tag viele Tabletten.
> Mein Telefon: [[T|+49 152 0841 7732]], Mama hat nur ukrainische Nummer [[T|+380 67 412 3956]].
> Дякую! Danke!
> [[P|Olena Bondarenko]]
""", ["HEALTH"])

# ----------------------------------------------------------------------------------------------------------------
# F112-013 word: minutes of a case conference (HEALTH)
# ----------------------------------------------------------------------------------------------------------------
add("word", "protokoll", f"""Protokoll Fallkonferenz

Datum: 13.11.2025, 14:00–15:10 Uhr
Ort: Sitzungszimmer 2.05, {O_STREET}
Betroffener: Herr [[P|Lothar Kunze]], geb. [[DOB|17.07.1958]] – Az. [[AZ|50.4-HzP-0149/25]]

Teilnehmende:
– Frau [[P|Yvonne Hädicke]], Fachbereichsleiterin Soziales (Moderation)
– Frau [[P|Jana Kretzschmar]], Hilfe zur Pflege
– Herr [[P|Ronny Pietsch]], Allgemeiner Sozialdienst
– Herr [[P|Uwe Rademacher]], rechtlicher Betreuer (Betreuungsbüro [[P|Rademacher]] & Sohn)
– Frau Dr. med. [[P|Cornelia von der Heydt]], Hausärztin
– Frau [[P|Peggy Kühne]], Jobcenter Salzlandkreis (bis 14:30 Uhr)
– Protokoll: Frau [[P|Sandy Bartels]]

1. Ausgangslage
Herr [[P|Kunze]] lebt allein in einer Einraumwohnung in der [[A|Hohen Straße 9]] (3. OG, kein Aufzug). Alkoholabhängigkeit seit über 20 Jahren, zwei Entgiftungen 2024. Seit einem Sturz im August überwiegend im Rollstuhl. Frau Dr. [[P|von der Heydt]] berichtet über zunehmende Gedächtnisstörungen, Verdacht auf Korsakow-Syndrom; fachärztliche Abklärung steht aus. Pflegegrad 2 ist beantragt.
Die Betreuung besteht seit 2024 (Amtsgericht Aschersleben, Az. [[AZ|8 XVII 112/24]]; Aufgabenkreise Gesundheitssorge, Vermögenssorge, Wohnungsangelegenheiten, Behörden).

2. Leistungen
Bis 31.07.2024 Bürgergeld (Jobcenter, BG-Nr. [[AZ|07345//0081234]]), seit 01.08.2024 Grundsicherung im Alter (Regelaltersgrenze erreicht). Herrn [[P|Kunze]]s Mietschulden aus 2023 (ca. 1.100 EUR) sind noch offen.

3. Vereinbarungen
a) Herr [[P|Rademacher]] stellt bis 30.11.2025 den Antrag auf vollstationäre Aufnahme (Wunsch des Betroffenen: Einrichtung in Quedlinburg, Nähe zur Schwester).
b) Herr [[P|Pietsch]] begleitet Herrn [[P|Kunze]] zum Termin beim Medizinischen Dienst.
c) Frau [[P|Kühne]] übersendet die Leistungsakte des Jobcenters bis 21.11.2025.
d) Frau [[P|Kretzschmar]] prüft die Übernahme der Kosten für einen Hausnotruf bis zur Heimaufnahme.

Nächste Fallkonferenz: 11.12.2025, 14:00 Uhr, gleicher Ort.
Verteiler: Teilnehmende, Akte

gez. [[P|Bartels]]
""", ["HEALTH"])

# ----------------------------------------------------------------------------------------------------------------
# F112-014 outlook: professional guardian (Berufsbetreuer) with a long signature
# ----------------------------------------------------------------------------------------------------------------
ssn_kauf = IDS.social_security("190257", "K")
iban_kauf = IDS.iban_de()
add("outlook", "grundsicherung", f"""Betreff: Herr [[P|Dieter Kaufhold]], geb. [[DOB|19.02.1957]] – Übernahme Mietschulden / Stromsperre droht

Sehr geehrte Damen und Herren,

als gerichtlich bestellter Betreuer (Amtsgericht Aschersleben, Az. [[AZ|8 XVII 204/22]]) des Herrn [[P|Dieter Kaufhold]], geboren am [[DOB|19.02.1957]], wohnhaft [[A|Vor dem Johannistor 12]], [[A|06449 Aschersleben]], beantrage ich für meinen Betreuten die Übernahme von Schulden nach § 36 SGB XII.

Herr [[P|Kaufhold]] bezieht seit 2023 ergänzend Grundsicherung im Alter (Ihr Az. [[AZ|50.3-GS-0117/23]]). Im Sommer hat er, bevor ich den Aufgabenkreis Vermögenssorge erhielt, die Miete für Juli bis September nicht gezahlt. Der Vermieter hat Räumungsklage erhoben (Amtsgericht Aschersleben, Az. [[AZ|2 C 318/25]], Termin am 09.12.2025). Zusätzlich haben die Stadtwerke die Sperrung des Stroms für den 28.11.2025 angekündigt (Kundennummer [[AZ|300 471 882]], Rückstand 412,77 EUR).

Die Räumung kann nach § 569 Abs. 3 Nr. 2 BGB noch abgewendet werden, wenn der Mietrückstand (3 x 389,00 EUR = 1.167,00 EUR) bis zum Termin ausgeglichen ist. Ich bitte daher um eine kurzfristige Entscheidung.

Anlagen:
- Betreuerausweis
- Räumungsklage und Sperrankündigung
- Rentenbescheid (Vers.-Nr. [[SSN|{ssn_spaced(ssn_kauf)}]])
- Kontoauszüge 07–10/2025, Konto [[IBAN|{iban_spaced(iban_kauf)}]]

Für Rückfragen erreichen Sie mich Mo–Do 8–16 Uhr.

Mit freundlichen Grüßen

[[P|Uwe Rademacher]]
Berufsbetreuer (Dipl.-Sozialpädagoge)
Betreuungsbüro [[P|Rademacher]] & Sohn
[[A|Breiter Weg 88]] · [[A|06484 Quedlinburg]]
Tel. [[T|03946 70 41 22]] · Fax [[T|03946 70 41 23]] · Mobil [[T|0160 93 71 448]]
[[E|rademacher@betreuung-harz.de]]

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.
""")

# ----------------------------------------------------------------------------------------------------------------
# F112-015 word: hearing before reclaiming overpaid Wohngeld
# ----------------------------------------------------------------------------------------------------------------
tid_hent = IDS.tax_id()
ssn_hent = IDS.social_security("230557", "H")
add("word", "wohngeld", f"""{letterhead("Sachgebiet Wohngeld")}
Einschreiben

Herrn
[[P|Siegfried Hentschel]]
[[A|Schierstedter Weg 17]]
[[A|06449 Aschersleben]]

Aktenzeichen: [[AZ|WG-2024-01178]]
Kassenzeichen: [[AZ|5.0103.224518.6]]
Aschersleben, 20.11.2025

Anhörung nach § 24 SGB X – beabsichtigte Aufhebung und Rückforderung von Wohngeld

Sehr geehrter Herr [[P|Hentschel]],

mit Bescheid vom 11.01.2024 wurde Ihnen für die Zeit vom 01.01.2024 bis 31.12.2024 Wohngeld in Höhe von monatlich 214,00 EUR bewilligt. Der Datenabgleich nach § 33 WoGG über Ihre Steuer-Identifikationsnummer [[TID|{tid_spaced(tid_hent)}]] und Ihre Versicherungsnummer [[SSN|{ssn_hent}]] hat ergeben, dass Sie seit dem 01.03.2024 eine geringfügige Beschäftigung bei der Glanzwerk Gebäudedienste GmbH ausüben. Dieses Einkommen haben Sie nicht angegeben.

Unter Berücksichtigung des Einkommens hätte Ihnen nur ein Wohngeld von monatlich 78,40 EUR zugestanden. Für März bis Dezember 2024 ergibt sich damit eine Überzahlung von 10 x 135,60 EUR = 1.356,00 EUR.

Ich beabsichtige, den Bescheid insoweit nach § 48 Abs. 1 Satz 2 Nr. 3 SGB X aufzuheben und den Betrag nach § 50 SGB X zurückzufordern. Sie erhalten Gelegenheit, sich bis zum 15.12.2025 zu äußern. Ihr Schreiben vom 02.09.2025, das Ihr Sohn, Herr [[P|Marco Hentschel]], für Sie verfasst hat, habe ich bereits berücksichtigt. Falls auch Ihre Ehefrau, Frau [[P|Brigitte Hentschel]], Einkommen hatte, teilen Sie mir dies bitte ebenfalls mit.

Eine Zahlung vor Erlass des Bescheides ist nicht erforderlich. Sollten Sie freiwillig zahlen wollen, nutzen Sie bitte das Konto der Stadtkasse, IBAN [[N|{iban_spaced(CITY_IBAN)}]], mit dem oben genannten Kassenzeichen.

Mit freundlichen Grüßen
Im Auftrag
[[P|Lüdecke]]
Durchwahl [[T|03473 958-231]]
""")

# ----------------------------------------------------------------------------------------------------------------
# F112-016 outlook: interpreter forwards a translation of a Vietnamese letter (property in Viet Nam)
# ----------------------------------------------------------------------------------------------------------------
cccd_lan = "031158" + digits(6)
vnpass_lan = "C" + digits(7)
add("outlook", "grundsicherung", f"""Von: [[P|Thu Trang Lê]] <[[E|thutrang.le@dolmetschen-le.de]]>
An: [[P|Matthes, Doreen]]
Betreff: Übersetzung Schreiben Frau [[P|Nguyễn Thị Lan]] – Ihr Az. [[AZ|50.3-GS-0471/25]]

Sehr geehrte Frau [[P|Matthes]],

anbei wie vereinbart die Übersetzung des handschriftlichen Schreibens von Frau [[P|Nguyễn Thị Lan]] vom 29.10.2025. Das Original ist vietnamesisch, einen Auszug füge ich zum Abgleich unten ein. Die Rechnung (Nr. 2025-117, 58,50 EUR) folgt separat per Post.

--- Original (Auszug) ---
Kính gửi Phòng Xã hội thành phố Aschersleben,
Tôi tên là [[P|Nguyễn Thị Lan]], sinh ngày [[DOB|05/06/1958]] tại Hải Phòng. Số căn cước công dân: [[IDC|{cccd_lan}]].
Tôi có một căn nhà nhỏ ở Việt Nam, địa chỉ: [[A|Số 27 ngõ 115 phố Lạch Tray]], quận Ngô Quyền, Hải Phòng. Em trai tôi, [[P|Nguyễn Văn Đức]], đang ở trong căn nhà này.

--- Übersetzung ---
An das Sozialamt der Stadt Aschersleben,

mein Name ist [[P|Nguyễn Thị Lan]], geboren am [[DOB|05.06.1958]] in Hải Phòng. Nummer meines Bürgerausweises: [[IDC|{cccd_lan}]], Reisepass Nr. [[PASS|{vnpass_lan}]].
Ich besitze ein kleines Haus in Vietnam, Anschrift: [[A|Haus Nr. 27, Gasse 115, Lạch-Tray-Straße]], Bezirk Ngô Quyền, Hải Phòng. In dem Haus wohnt mein jüngerer Bruder, [[P|Nguyễn Văn Đức]], mit seiner Familie; ich erhalte keine Miete. Der Wert beträgt nach Auskunft meines Bruders etwa 900 Millionen Đồng (ca. 32.000 Euro). Ich kann das Haus nicht verkaufen, weil mein Bruder sonst keine Wohnung hat. Ich bitte Sie, das Haus nicht als Vermögen anzurechnen.
Meine Tochter, [[P|Phạm Thu Hà]], hilft mir bei den Formularen. Telefon: [[T|+49 1517 2204 386]].
Hochachtungsvoll, [[P|Nguyễn Thị Lan]]

Ich bestätige die Richtigkeit und Vollständigkeit der vorstehenden Übersetzung.

Mit freundlichen Grüßen
[[P|Thu Trang Lê]]
Öffentlich bestellte und allgemein beeidigte Dolmetscherin und Übersetzerin für die vietnamesische Sprache
[[A|Hagenstraße 23]]
[[A|06108 Halle (Saale)]]
Tel. [[T|0345 / 68 24 91 07]]
""")

# ----------------------------------------------------------------------------------------------------------------
# F112-017 word: semicolon export of direct payments of housing costs to landlords and providers
# ----------------------------------------------------------------------------------------------------------------
rows17 = [
    ("Wohnungsgenossenschaft Einheit Aschersleben eG", "Schmidt, Valentina", "03.12.1951", "50.3-GS-0388/25",
     "KdU Direktzahlung", "478,00", None),
    ("Salzland Wohnbau GmbH", "Haj Hussein, Abdulkarim", "01.01.1957", "50.3-GS-0440/25", "KdU Direktzahlung",
     "530,00", None),
    ("Brämer, Detlef (Privatvermieter)", "Kovalenko, Halyna", "12.03.1952", "50.3-GS-0455/25",
     "KdU Direktzahlung", "426,00", "Brämer, Detlef"),
    ("Wohnungsbau Aschersleben mbH", "Neufeld, Olga", "12.11.1950", "50.3-GS-0409/25", "KdU Direktzahlung",
     "402,50", None),
    ("Stadtwerke Aschersleben GmbH", "Kaufhold, Dieter", "19.02.1957", "50.3-GS-0117/23",
     "Abschlag Strom (§ 36 SGB XII)", "412,77", None),
    ("Umzugsservice Ingo Mäder", "Khalaf, Khudeda", "01.07.1950", "50.3-GS-0218/24", "Umzugskosten",
     "640,00", "Ingo Mäder"),
]
lines17 = ["Export Zahlbarmachung SGB XII – Direktzahlungen 12/2025 (Fachverfahren, Datei zahl_122025.csv)",
           "Zahlungsempfaenger;IBAN;Leistungsberechtigte/r;Geb.-Datum;Az;Leistungsart;Betrag;Faelligkeit"]
for payee, name, dob, az, kind, amount, payee_person in rows17:
    iban = IDS.iban_de()
    payee_cell = payee
    if payee_person == "Brämer, Detlef":
        payee_cell = "[[P|Brämer, Detlef]] (Privatvermieter)"
    elif payee_person:
        payee_cell = payee.replace(payee_person, f"[[P|{payee_person}]]")
    lines17.append(f"{payee_cell};[[IBAN|{iban}]];[[P|{name}]];[[DOB|{dob}]];[[AZ|{az}]];{kind};{amount};01.12.2025")
lines17 += ["", "Anzahl Zahlungen: 6;Summe: 2.889,27 EUR",
            "sachlich richtig: [[P|Matthes]] 25.11.2025;angewiesen: [[P|Gottschalk]] (Stadtkasse) 26.11.2025"]
add("word", "grundsicherung", "\n".join(lines17) + "\n")

# ----------------------------------------------------------------------------------------------------------------
# F112-018 outlook: private landlord, rent certificate and direct payment
# ----------------------------------------------------------------------------------------------------------------
iban_braemer = IDS.iban_de()
add("outlook", "wohngeld", f"""Betreff: Mietbescheinigung Mieter [[P|Melnyk]] / Bitte um Direktzahlung

Guten Tag Frau [[P|Ebert]],

anbei die ausgefüllte Mietbescheinigung für meinen Mieter, Herrn [[P|Mykola Melnyk]], Wohnung 2. OG rechts im Haus [[A|Kuckucksberg 21]]. Die Kaltmiete beträgt 385,00 €, die Vorauszahlung für Betriebskosten 145,00 € und für Heizung 78,00 €. Die Wohnung hat 48 m², Baujahr 1962, saniert 2018.

Leider ist Herr [[P|Melnyk]] mit zwei Monatsmieten im Rückstand (September und Oktober). Ich bitte daher, das Wohngeld nach § 26 Abs. 1 WoGG künftig direkt an mich zu überweisen:

Kontoinhaber: [[P|Detlef Brämer]]
IBAN: [[IBAN|{iban_spaced(iban_braemer)}]]
Verwendungszweck bitte: „Miete [[P|Melnyk]] [[A|Kuckucksberg 21]] / WE 5“

Beim Finanzamt Staßfurt werde ich unter der Steuernummer [[TNR|104/215/07493]] geführt, falls Sie das für die Auszahlung brauchen. Herrn [[P|Melnyk]] habe ich über mein Schreiben informiert.

Mit freundlichen Grüßen
[[P|D. Brämer]]

Hausverwaltung [[P|Brämer]] (Privatvermietung)
[[A|Damaschkestraße 38]] | [[A|06449 Aschersleben]]
Tel./Fax [[T|03473 2 20 18]] – mobil [[T|0171-4 83 29 17]]
[[E|d.braemer@online.de]]
""")

# ----------------------------------------------------------------------------------------------------------------
# F112-019 word: phone note on Russian and Kazakh pensions (foreign identifiers)
# ----------------------------------------------------------------------------------------------------------------
snils_w = snils()
inn_w = inn12("5503")
iin_kw = kz_iin("500923", "4")
ru_pass = f"52 0{RNG.choice('23456789')} {digits(6)}"
kz_iban = mod97_iban("KZ", "601" + "A" + digits(12))
add("word", "aktenvermerk", f"""Telefonvermerk

Az.: [[AZ|50.3-GS-0492/25]] – [[P|Wiebe, Heinrich]] und [[P|Katharina]]
Datum/Uhrzeit: 17.11.2025, 10:40 Uhr
Gesprächspartner: Herr [[P|Andreas Wiebe]] (Sohn, Bevollmächtigter), Rückruf unter [[T|0176 44 18 20 93]]
Gesprächsführung: [[P|Matthes]]

Inhalt:
Herr [[P|Wiebe]] jun. teilt mit, dass sein Vater neben der deutschen Altersrente noch eine russische Altersrente bezieht. Diese wird seit 2022 nicht mehr überwiesen, sondern läuft auf einem Konto in Omsk auf, auf das die Eltern keinen Zugriff haben. Nachweis: Schreiben des Sozialfonds der Russischen Föderation (СФР) vom 04.04.2025; darin SNILS [[SSN|{snils_w}]] und INN [[TID|{inn_w}]]. Kopien liegen vor (russisch, Übersetzung fehlt). Der alte russische Inlandspass des Vaters (Nr. [[IDC|{ru_pass}]]) ist abgelaufen.

Die Mutter, Frau [[P|Katharina Wiebe]], geb. [[P|Penner]], geboren am [[DOB|23.09.1950]] in Karaganda, hat in Kasachstan eine Rente beantragt (IIN [[IDC|{iin_kw}]]); die Zahlung soll auf ihr altes Konto bei einer kasachischen Bank gehen, IBAN [[IBAN|{kz_iban}]].

Die Eltern haben in Omsk außerdem noch eine Eigentumswohnung ([[A|ул. Красный Путь, д. 97, кв. 18]], [[A|644033 Омск]]), in der eine Nichte, Frau [[P|Jelena Sawatzki]], wohnt (Tel. [[T|+7 913 642-18-57]]). Wert und Verwertbarkeit sind zu klären.

Anschrift der Eltern unverändert: [[A|Wilslebener Chaussee 6]]. Pkw des Vaters ([[KFZ|SLK-HW 49]]) wird nach Auskunft des Sohnes im Frühjahr abgemeldet.

Vereinbart: Sohn reicht die Übersetzungen bis 05.12.2025 nach; bis dahin vorläufige Bewilligung nach § 44a SGB XII (verfügt am 17.11.2025).

[[P|Matthes]], 17.11.2025
""")

# ----------------------------------------------------------------------------------------------------------------
# F112-020 outlook: internal mail on holiday cover, list of open cases
# ----------------------------------------------------------------------------------------------------------------
add("outlook", "intern", f"""Von: [[P|Matthes, Doreen]]
An: [[P|Ebert, Mandy]]; [[P|Lüdecke, Sven]]
Cc: [[P|Schönfeld-Raue, Anett]] <[[E|a.schoenfeld-raue@aschersleben-stadt.de]]>
Betreff: Urlaubsvertretung 24.11.–05.12. – offene Fälle GS

Hallo ihr beiden,

ab Montag bin ich zwei Wochen weg. Bitte schaut in meine Fälle, vor allem:

• [[P|Kovalenko, Halyna]] ([[AZ|0455/25]]) – Unterlagen von der Tochter kommen noch, Aufenthaltstitel fehlt.
• [[P|Wiebe]] ([[AZ|0492/25]]) – russische Rente, vorläufige Bewilligung ist raus. Sohn ruft evtl. an.
• [[P|Haj Hussein]] ([[AZ|0440/25]]) – Dolmetscher für Arabisch/Kurmandschi ist für den 27.11., 10 Uhr, Zi. 114 bestellt (Herr [[P|Dilovan Sino]]).
• [[P|Tran Van Hung]] – Erstantrag, die Tochter (Frau [[P|Trần-Köhler]]) hat fast alles geschickt, nur die Kontoauszüge fehlen.
• [[P|Neufeld, Olga]] – Doppelbezug WG/GS klären!! [[P|Mandy]], das ist euer Fall [[AZ|WG-2025-00509]], bitte stoppt die Zahlung ab Dezember.

[[P|Mandy]]: Frau [[P|Schmidt]] ([[P|Valentina]]) kommt evtl. wegen der Mieterhöhung vorbei, der Änderungsbescheid liegt fertig in der Unterschriftenmappe.

Mein Postfach leite ich auf {MB_GS} um.

Danke!!
[[P|Doreen]]

--
[[P|Doreen Matthes]]
Sachgebiet Grundsicherung · Zi. 114 · Tel. -214
""")

# ----------------------------------------------------------------------------------------------------------------
# F112-021 word: Wohngeld application form pasted as text (male couple; SEXUAL_ORIENTATION)
# ----------------------------------------------------------------------------------------------------------------
tid_pf = IDS.tax_id()
ssn_pf = IDS.social_security("110556", "P")
pa_pf = IDS.id_card(check_digit=True)
iban_pf = IDS.iban_de()
add("word", "wohngeld", f"""Antrag auf Wohngeld – Mietzuschuss (Formular WG 1, Stand 01/2025)
Eingang: 20.10.2025          Az.: [[AZ|WG-2025-00533]]

Feld 1 – Antragsteller/in
Name: [[P|Pfannschmidt]]
Vorname: [[P|Horst-Dieter]]
Geburtsdatum: [[DOB|11.05.1956]]
Geburtsort: Halberstadt
Familienstand: eingetragene Lebenspartnerschaft seit 2009 (mit Herrn [[P|Bernd Zöllner]])
Anschrift: [[A|Über den Steinen 3]], [[A|06449 Aschersleben]]
Telefon: [[T|(03473) 81 34 05]]
E-Mail: [[E|hd.pfannschmidt@t-online.de]]
Personalausweis-Nr.: [[IDC|{pa_pf}]]
Steuerliche Identifikationsnummer: [[TID|{tid_pf}]]
Rentenversicherungsnummer: [[SSN|{ssn_spaced(ssn_pf)}]]

Feld 2 – Bankverbindung
IBAN: [[IBAN|{iban_spaced(iban_pf)}]]
Kontoinhaber: [[P|Horst-Dieter Pfannschmidt]] und [[P|Bernd Zöllner]] (Gemeinschaftskonto)

Feld 3 – Haushaltsmitglieder
lfd. Nr. | Name, Vorname | geb. am | Verhältnis | Einkommen mtl.
1 | [[P|Pfannschmidt, Horst-Dieter]] | [[DOB|11.05.1956]] | Antragsteller | Altersrente 1.184,30 €
2 | [[P|Zöllner, Bernd]] | [[DOB|28.12.1952]] | Lebenspartner | Altersrente 986,10 €, Betriebsrente 112,00 €

Feld 4 – Wohnung
Baujahr 1928, 74 m², 3 Zimmer, Bad/WC, Ofenheizung ersetzt durch Gasetagenheizung (2016)
Miete: 590,00 € einschließlich kalter Betriebskosten, Heizkosten werden direkt mit den Stadtwerken abgerechnet
Vermieter: Wohnungsgenossenschaft Aschersleben eG

Feld 5 – Erklärung
Ich versichere, dass die Angaben vollständig und richtig sind. Änderungen teile ich unverzüglich mit.
Aschersleben, 18.10.2025          gez. [[P|H.-D. Pfannschmidt]]
""", ["SEXUAL_ORIENTATION"])

# ----------------------------------------------------------------------------------------------------------------
# F112-022 outlook: migration counselling writes for a Yazidi Kurdish couple (HEALTH, RELIGION, ETHNICITY)
# ----------------------------------------------------------------------------------------------------------------
add("outlook", "grundsicherung", f"""Betreff: Herr [[P|Khalaf]] – Zustimmung Umzug in barrierefreie Wohnung, Az. [[AZ|50.3-GS-0218/24]]

Sehr geehrte Frau [[P|Matthes]],
sehr geehrter Herr [[P|Lüdecke]],

ich melde mich als Migrationsberaterin des Diakonischen Werkes für Herrn [[P|Khudeda Khalaf]] und seine Frau [[P|Gulê Khalaf]]. Beide stammen aus einem jesidischen Dorf bei Al-Hasaka und haben 2016 als kurdische Jesiden Flüchtlingsschutz erhalten.

Herr [[P|Khalaf]], geb. [[DOB|01.07.1950]], ist seit einem Schlaganfall im Frühjahr rechtsseitig gelähmt und kann die jetzige Wohnung im 4. OG ohne Aufzug ([[A|Lerchenweg 14]]) praktisch nicht mehr verlassen. Wir haben eine Erdgeschosswohnung gefunden: [[A|Magdeburger Straße 61]], [[A|06449 Aschersleben]], 52 m², Gesamtmiete 498,00 € warm, also innerhalb Ihrer Angemessenheitsgrenze. Vermieterin ist Frau [[P|Ilse Gerlach-Henning]] (Tel. [[T|03473 2 29 41]]), sie würde die Wohnung bis zum 05.12. freihalten.

Wir beantragen daher
1. die Zusicherung nach § 35 Abs. 2 SGB XII,
2. die Übernahme der Mietkaution (3 x 345,00 €) als Darlehen,
3. die Übernahme der Umzugskosten (Angebot liegt bei).

Der Sohn, Herr [[P|Sherko Khalaf]], hilft beim Umzug. Er bezieht selbst Bürgergeld (Jobcenter Salzlandkreis, BG-Nr. [[AZ|07345BG0061187]]); das Jobcenter ist informiert.

Mit freundlichen Grüßen
[[P|Friederike Albrecht-Nasser]]
Migrationsberatung für erwachsene Zuwanderer (MBE)
Diakonisches Werk im Kirchenkreis Egeln e. V.
[[N|Breite Straße 8]], [[N|06449 Aschersleben]]
Tel. [[T|03473 84 06-12]] (Zentrale [[N|03473 84 06-0]])
[[E|f.albrecht-nasser@diakonie-egeln.de]]
""", ["HEALTH", "RELIGION", "ETHNICITY"])

# ----------------------------------------------------------------------------------------------------------------
# F112-023 word: court order of the social court (trade union legal protection; UNION)
# ----------------------------------------------------------------------------------------------------------------
add("word", "gericht", """Sozialgericht Magdeburg
Geschäftsstelle der 9. Kammer
[[N|Am Großen Werder 9]], [[N|39104 Magdeburg]] · Telefon [[N|0391 606-0]]

Aktenzeichen: [[AZ|S 9 SO 77/25 ER]]
(bitte stets angeben)

Stadt Aschersleben
Der Bürgermeister – Rechtsamt –

Magdeburg, 17.11.2025

In dem Verfahren des einstweiligen Rechtsschutzes

[[P|Renate Zschoche]], [[A|Wassertorstraße 8]], [[A|06449 Aschersleben]]
– Antragstellerin –

Prozessbevollmächtigte: DGB Rechtsschutz GmbH, Büro Magdeburg, Rechtssekretär [[P|Frank Lüttich]], Az. [[AZ|RS-MD 2025/1184]]

gegen

Stadt Aschersleben, vertreten durch den Bürgermeister
– Antragsgegnerin –, Az. der Behörde: [[AZ|50.3-GS-0307/23]]

wegen Kosten der Unterkunft (§ 35 SGB XII)

Verfügung
1. Die Antragsgegnerin erhält Abschrift des Antrags vom 12.11.2025 nebst Anlagen.
2. Die Antragsgegnerin wird gebeten, binnen zwei Wochen Stellung zu nehmen und die Verwaltungsvorgänge zu übersenden.
3. Hinweis der Vorsitzenden: Die Antragstellerin (geb. [[DOB|04.10.1949]]) trägt vor, sie sei seit 1968 Mitglied der IG Chemie bzw. der IG BCE und werde deshalb durch die DGB Rechtsschutz GmbH vertreten. Die Absenkung der anerkannten Unterkunftskosten auf 392,00 EUR beruhe auf einem Konzept aus dem Jahr 2019. Die Kammer regt an zu prüfen, ob das Konzept der Stadt noch schlüssig ist (vgl. BSG, Urteil vom 17.12.2009 – B 4 AS 27/09 R). Frau [[P|Zschoche]] lebt seit 1974 in der Wohnung.

[[P|Hauschild-Brandt]]
Richterin am Sozialgericht

Beglaubigt
[[P|Schulze]], Justizbeschäftigte
als Urkundsbeamtin der Geschäftsstelle
""", ["UNION"])

# ----------------------------------------------------------------------------------------------------------------
# F112-024 outlook: old-fashioned letter-like mail of a pensioner (POLITICS)
# ----------------------------------------------------------------------------------------------------------------
ssn_roe = IDS.social_security("150341", "R")
add("outlook", "wohngeld", f"""Betreff: Anfrage Wohngeld – [[P|Karl-Heinz Rößler]]

Sehr geehrte Damen und Herren,

mein Name ist [[P|Karl-Heinz Rößler]], ich bin 84 Jahre alt und wohne seit 1962 in Aschersleben, seit 1981 in der [[A|Breiten Straße 50]]. Meine Frau ist im Frühjahr verstorben, seitdem fehlt ihre Rente, und die Miete (468,00 € warm) frisst mir die Haare vom Kopf. Meine eigene Rente beträgt 1.040,12 € (Rentenversicherungsnummer [[SSN|{ssn_roe}]]).

Ich wollte mich erkundigen, ob ich Wohngeld bekommen kann, und ob ich dafür persönlich vorsprechen muss. Ich war lange Jahre für die SPD im Ortschaftsrat Groß Schierstedt und kenne noch Ihren früheren Amtsleiter, Herrn [[P|Gebhardt]], aber das soll keine Rolle spielen, ich möchte behandelt werden wie jeder andere auch.

Ein Auto besitze ich noch ([[KFZ|ASL-KR 884]], Baujahr 2006), das brauche ich für den Garten in der Kleingartenanlage „Am Zollberg“. Muss ich das angeben?

Telefonisch bin ich am besten vormittags erreichbar: [[T|03473 / 8 12 33 56]].

Hochachtungsvoll
[[P|Karl-Heinz Rößler]]
[[A|Breite Straße 50]]
[[A|06449 Aschersleben]]

P. S. Meine Nachbarin, Frau [[P|Ute Kliemann]], hat mir beim Schreiben geholfen. Sie können auch ihr antworten: [[E|ute.kliemann@web.de]]
""", ["POLITICS"])

# ----------------------------------------------------------------------------------------------------------------
# F112-025 word: OCR excerpt of a care assessment (HEALTH, GENETIC)
# ----------------------------------------------------------------------------------------------------------------
kv_teich = IDS.health_insurance()
add("word", "gutachten", f"""Medizinischer Dienst Sachsen-Anha1t                                   Seite 1 von 11
GUTACHTEN zur Feststellung der Pf1egebedürftigkeit gemäß SGB XI
Auftragsnummer: [[AZ|2025-0918-44721]]            Pflegekasse: AOK Sachsen-Anhalt – Die Gesundheitskasse

Versicherte/r: [[P|TEICHMANN, Wolfgang]]          geb.: [[DOB|08.08.1962]]
Vers.-Nr.: [[KV|{kv_teich}]]
Anschrift: [[A|Am Wallgarten 5 06449 Aschersleben]]
Untersuchung am: 18.09.2025   in der Wohnung   Dauer: 75 Min.
Anwesend: Versicherter, Ehefrau [[P|Monika Teichmann]] (Tel. [[T|0173 2 98 44 01]]), Pf1egefachkraft Frau [[P|Dahms]] (Pflegedienst)
Gutachterln: [[P|Silke Bormann]], Pflegefachkraft

1. Pflegerelevante Vorgeschichte
Chorea Huntington, molekulargenetisch gesichert 2019 (CAG-Repeat 44); beim Sohn [[P|Tobias Teichmann]] 2021 prädiktiver Gentest ebenfalls positiv. Seit 2023 zunehmende Bewegungsunruhe, Schluckstörung, Stürze. Behandelnder Neurologe: Dr. med. [[P|Jörg Albers]], Halle.
Pflegebegründende Diagnosen (ICD-10): G10 | F06.7 | R13.9 | R26.8

2. Ergebnis
Gesamtpunkte: 62,5 —— Pf1egegrad 3
Empfehlung Hilfsmittel: Pflegebett (Hilfsmittelnummer 19.40.01.0047), Duschhocker
Präventionsempfehlung: Logopädie, Ergotherapie

- - - - - - - - - - - - - - - - - - - - - - - - - - - - -
[Eingangsstempel] SOZIALAMT ASCHERSLEBEN  02. OKT. 2025   Az. [[AZ|50.4-HzP-0189/25]]   Kr.
""", ["HEALTH", "GENETIC"])

# ----------------------------------------------------------------------------------------------------------------
# F112-026 outlook: Syrian father, Arabic greeting, move and residence card (BIOMETRIC)
# ----------------------------------------------------------------------------------------------------------------
eat_rania = IDS.id_card(check_digit=True)
add("outlook", "wohngeld", f"""Betreff: Umzug + Wohngeld weiterzahlen bitte / Az [[AZ|WG-2025-00412]]

السلام عليكم
Guten Tag Frau [[P|Ebert]],

ich bin [[P|Mahmoud Al-Khatib]]. Wir ziehen am 01.12.2025 um, weil die Wohnung zu klein ist für 5 Personen. Alte Adresse: [[A|Johannisgasse 5]]. Neue Adresse: [[A|Weinbergstraße 33]], [[A|06449 Aschersleben]]. Die neue Miete ist 790 € warm, der Mietvertrag ist im Anhang. Bitte zahlen Sie das Wohngeld weiter, was muss ich machen?

Meine Frau [[P|Rania]] hat am 26.11. Termin bei der Ausländerbehörde Salzlandkreis für die neue Aufenthaltserlaubnis, sie müssen Fingerabdrücke und biometrisches Foto machen für die neue Karte. Vorgangsnummer Ausländerbehörde: [[AZ|ABH-SLK-2025-118734]]. Ihre alte Karte hat die Nummer [[IDC|{eat_rania}]], die ist bis Januar gültig.

Für die Familienkasse: unsere Kindergeldnummer ist [[AZ|153FK412873]], die neue Adresse habe ich dort schon gesagt.

Mein neues Handy: [[T|0157 3082 1146]] (alte Nummer geht nicht mehr).

Vielen Dank und schöne Grüße
[[P|Mahmoud Al-Khatib]]
[[P|محمود الخطيب]]
""", ["BIOMETRIC"])

# ----------------------------------------------------------------------------------------------------------------
# F112-027 word: funeral costs letter (§ 74 SGB XII; RELIGION)
# ----------------------------------------------------------------------------------------------------------------
pass_nour = IDS.passport()
while sum(c.isdigit() for c in pass_nour) < 4:  # German passports carry several digits
    pass_nour = IDS.passport()
add("word", "bestattung", f"""{letterhead("Sachgebiet Besondere Leistungen")}
Frau
[[P|Nour Kassab]]
[[A|Taubenberg 4]]
[[A|06449 Aschersleben]]

Unser Zeichen: [[AZ|50.5-BK-0031/25]]
Bearbeiterin: Frau [[P|Wunderlich]], Durchwahl [[T|03473 958-247]]
Aschersleben, 18.11.2025

Ihr Antrag vom 03.11.2025 auf Übernahme der Bestattungskosten für Ihren verstorbenen Vater, Herrn [[P|Adnan Kassab]], geb. [[DOB|12.04.1944]], gest. 21.10.2025

Sehr geehrte Frau [[P|Kassab]],

vielen Dank für Ihren Antrag, den Sie am 03.11.2025 persönlich abgegeben haben (Identität nachgewiesen durch Reisepass Nr. [[PASS|{pass_nour}]]). Ihr Vater wurde am 24.10.2025 nach islamischem Ritus auf dem muslimischen Grabfeld des Westfriedhofs Magdeburg beigesetzt. Die Rechnung des Bestattungsinstituts Al-Nur (Inhaber [[P|Samir Daher]]) über 3.460,00 EUR liegt vor; die Kosten der rituellen Waschung und des Leichentransports nach Magdeburg sind darin enthalten.

Für die Prüfung nach § 74 SGB XII benötige ich noch:
1. die Sterbeurkunde (Standesamt Aschersleben, Registernummer [[AZ|S 287/2025]]),
2. Nachweise über Ihr Einkommen und Vermögen sowie über das Ihrer Brüder, Herrn [[P|Firas Kassab]] (Berlin) und Herrn [[P|Bashar Kassab]] (derzeit unbekannter Aufenthalt in Syrien),
3. den Versicherungsschein der Sterbegeldversicherung Ihres Vaters (Nr. [[AZ|40-8812934-7]]) und die Mitteilung über die ausgezahlte Summe,
4. ggf. die Bestätigung des Nachlassgerichts über die Ausschlagung der Erbschaft (Amtsgericht Aschersleben, Az. [[AZ|4 VI 512/25]]).

Bitte reichen Sie die Unterlagen bis zum 12.12.2025 ein. Sprechzeiten: {HOURS}, Zimmer 108.

Mit freundlichen Grüßen
Im Auftrag
[[P|Steffi Wunderlich]]
""", ["RELIGION"])

# ----------------------------------------------------------------------------------------------------------------
# F112-028 outlook: job centre hands over a case at the retirement age (nickname)
# ----------------------------------------------------------------------------------------------------------------
ssn_lor = IDS.social_security("141059", "L")
add("outlook", "grundsicherung", f"""Von: [[P|Kühne, Peggy]] (Jobcenter Salzlandkreis) <[[E|peggy.kuehne@jobcenter-ge.de]]>
Gesendet: Mittwoch, 19. November 2025 13:05
An: [[N|grundsicherung@aschersleben-stadt.de]]
Betreff: Übergang SGB II → SGB XII zum 01.01.2026 – Frau [[P|Brigitte Lorenz]]

Sehr geehrte Kolleginnen und Kollegen,

Frau [[P|Brigitte Lorenz]], geb. [[DOB|14.10.1959]], erreicht am 14.12.2025 die Regelaltersgrenze und scheidet zum 31.12.2025 aus dem Leistungsbezug nach dem SGB II aus. Sie lebt mit ihrem erwerbsfähigen Sohn, Herrn [[P|Maik Lorenz]] (geb. [[DOB|02.08.1988]]), in einer Bedarfsgemeinschaft in der [[A|Ermslebener Straße 42]], [[A|06449 Aschersleben]]. Der Sohn bleibt bei uns im Bezug (BG-Nummer [[AZ|07345//0077415]], Kundennummer Frau [[P|Lorenz]]: [[AZ|073D412887]]).

Nach unserer Aktenlage wird die Altersrente (Vers.-Nr. [[SSN|{ssn_lor}]]) voraussichtlich nur rund 780 EUR betragen; ein Antrag auf Grundsicherung im Alter wurde von Frau [[P|Lorenz]] am 12.11. bei uns abgegeben und wird Ihnen nach § 16 SGB I weitergeleitet (Eingangsdatum bleibt gewahrt). Die Unterkunftskosten teilen wir künftig nach Köpfen auf (je 271,50 EUR).

Kleiner Hinweis: Frau [[P|Lorenz]] meldet sich am Telefon meist als „[[P|Gitti]]“ und ist sehr unsicher mit Behördenpost. Ihre Festnetznummer ist abgemeldet, erreichbar ist sie unter [[T|0049 175 661 0384]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Peggy Kühne]]
Integrationsfachkraft / Leistungssachbearbeitung
Jobcenter Salzlandkreis, Standort Aschersleben
Tel. [[T|03473 3 68-2217]] · Service-Hotline [[N|0800 4 5555 00]]
""")

# ----------------------------------------------------------------------------------------------------------------
# F112-029 word: reminder of the town treasury, instalment agreement
# ----------------------------------------------------------------------------------------------------------------
iban_hent = IDS.iban_de()
add("word", "mahnung", f"""Stadt Aschersleben · Der Bürgermeister · Stadtkasse / Vollstreckung
{O_STREET} · {O_CITY}
Bankverbindung: Salzlandsparkasse, IBAN [[N|{iban_spaced(CITY_IBAN)}]] · Gläubiger-ID [[N|{CREDITOR_ID}]]

Herrn
[[P|Siegfried Hentschel]]
[[A|Schierstedter Weg 17]]
[[A|06449 Aschersleben]]

Kassenzeichen: [[AZ|5.0103.224518.6]]
Datum: 09.03.2026

Mahnung und Bestätigung der Ratenzahlung

Sehr geehrter Herr [[P|Hentschel]],

aus dem Erstattungsbescheid vom 18.12.2025 (Az. [[AZ|WG-2024-01178]]) ist ein Betrag von 1.356,00 EUR zur Zahlung fällig geworden. Bis heute ist keine Zahlung eingegangen. Zuzüglich Mahngebühr (5,00 EUR) beträgt die Forderung 1.361,00 EUR.

Ihrem Antrag vom 02.03.2026 auf Ratenzahlung entspreche ich: Die Forderung wird ab 15.04.2026 in monatlichen Raten von 75,00 EUR per Lastschrift von Ihrem Konto [[IBAN|{iban_spaced(iban_hent)}]] eingezogen (Mandatsreferenz [[AZ|M-224518-01]]). Gerät eine Rate länger als zwei Wochen in Rückstand, wird die gesamte Restforderung sofort fällig.

Ihre Ehefrau, Frau [[P|Brigitte Hentschel]], hat die Vereinbarung als Kontomitinhaberin mit unterschrieben.

Mit freundlichen Grüßen
Im Auftrag
[[P|Marcel Gottschalk]]
Vollstreckungssachbearbeiter
Tel. [[T|03473 958-310]] · [[E|m.gottschalk@aschersleben-stadt.de]]
""")

# ----------------------------------------------------------------------------------------------------------------
# F112-030 outlook: Vietnamese self-employed applicant, forwarded tax adviser's mail
# ----------------------------------------------------------------------------------------------------------------
vat_pham = IDS.vat_id()
tid_pham = IDS.tax_id()
add("outlook", "wohngeld", f"""Von: [[P|Pham Minh Tuan]] <[[E|tuan.nails.asl@gmail.com]]>
An: [[N|wohngeld@aschersleben-stadt.de]]
Betreff: Wohngeld Antrag – Einkommen Selbständigkeit ([[P|Phạm Minh Tuấn]])

Sehr geehrter Herr [[P|Lüdecke]],

wie telefonisch besprochen anbei die Unterlagen zu meinem Einkommen. Ich habe seit 2019 ein Nagelstudio „Lotus Nails“ (Einzelunternehmen) in der [[A|Johannisstraße 28]], [[A|06449 Aschersleben]], wir wohnen in der Wohnung über dem Studio.

Steuernummer: [[TNR|104/246/11835]] (bundeseinheitlich [[TNR|3104024611835]]), Finanzamt Staßfurt
USt-IdNr.: [[VAT|{vat_pham}]]
Steuer-ID (persönlich): [[TID|{tid_spaced(tid_pham)}]]

Unsere Steuerberaterin, Frau [[P|Kim Oanh Vũ]], hat die Gewinnermittlung 2024 gemacht: Gewinn 14.820 €. Für 2025 rechnen wir mit ca. 16.000 €. Meine Frau [[P|Đỗ Thị Thanh Hương]] arbeitet im Studio mit (Minijob, 538 €). Unsere Kinder sind [[P|Phạm Đức Anh]] (geb. [[DOB|12.09.2010]]) und [[P|Phạm Ngọc Mai]] (geb. [[DOB|03.03.2014]]). Das Auto ([[KFZ|SLK-PT 88]]) ist Betriebsvermögen.

Kontakt: [[T|0177 614 20 58]] oder diese E-Mail.

Mit freundlichen Grüßen
[[P|Phạm Minh Tuấn]]
([[P|Pham Minh Tuan]])

-------- Weitergeleitete Nachricht --------
Betreff: EÜR 2024 + Prognose 2025
Datum: 14.11.2025, 11:02
Von: Steuerberatung [[P|Vũ]] <[[N|kanzlei@stb-vu-halle.de]]>
An: [[P|Pham Minh Tuan]] <[[E|tuan.nails.asl@gmail.com]]>

Hallo [[P|Tuấn]],

anbei die EÜR 2024 (Mandanten-Nr. [[AZ|10482]]) und die Prognose 2025 für das Wohngeldamt. Die Umsatzsteuer-Voranmeldungen für das 4. Quartal machen wir wie immer im Januar.

Viele Grüße
[[P|Oanh]]
""")


# ----------------------------------------------------------------------------------------------------------------
def main():
    assert len(DOCS) == 30, len(DOCS)
    out_path = os.path.join(HERE, "fresh112.jsonl")
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        for i, (channel, template, text, flags) in enumerate(DOCS, 1):
            line = build(f"F112-{i:03d}", channel, template, text, list(flags))
            f.write(json.dumps(line, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
