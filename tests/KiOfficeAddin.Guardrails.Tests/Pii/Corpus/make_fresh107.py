#!/usr/bin/env python3
"""Fresh test batch 107: adult-education centre (Kreisvolkshochschule) and integration-course office of a county,
working with the BAMF, the job centre and the foreigners' office. 30 documents, outlook and word.

Deterministic: one seeded generator (Identifiers(10707).rng), no clock, no unordered iteration.
Writes fresh107.jsonl next to this script.
"""
import datetime
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from marks import build  # noqa: E402
from identifiers import Identifiers, mod97_iban, group  # noqa: E402

ids = Identifiers(10707)
rng = ids.rng


# ---------------------------------------------------------------- foreign identifiers with public check digits

def tc_kimlik():
    """Turkish T.C. Kimlik No: 11 digits, d10 = (7*(d1+d3+d5+d7+d9) - (d2+d4+d6+d8)) mod 10, d11 = sum(d1..d10) mod 10."""
    d = [int(ids.digits(1, first_nonzero=True))] + [int(c) for c in ids.digits(8)]
    d10 = (7 * (d[0] + d[2] + d[4] + d[6] + d[8]) - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(str(x) for x in d) + str(d10) + str(d11)


def rnokpp(dob, female):
    """Ukrainian RNOKPP (individual tax number): days since 31.12.1899, serial, sex digit (even = female), check digit
    (weights -1,5,7,9,4,6,10,5,7; sum mod 11 mod 10)."""
    days = (dob - datetime.date(1899, 12, 31)).days
    serial = ids.digits(3)
    sex = rng.choice("02468" if female else "13579")
    body = f"{days:05d}{serial}{sex}"
    weights = (-1, 5, 7, 9, 4, 6, 10, 5, 7)
    check = sum(int(c) * w for c, w in zip(body, weights)) % 11 % 10
    return body + str(check)


def iban_tr():
    # TR: 5-digit bank code, 1 reserve digit (0), 16-digit account
    return mod97_iban("TR", ids.digits(5) + "0" + ids.digits(16))


def iban_ua():
    # UA: 6-digit bank code (MFO), 19-character account
    return mod97_iban("UA", ids.digits(6) + ids.digits(19))


def mrz_check(s):
    total = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch == "<":
            v = 0
        else:
            v = ord(ch) - ord("A") + 10
        total += v * (7, 3, 1)[i % 3]
    return str(total % 10)


def sp_iban(iban):
    return group(iban, 4)


def ssn_spaced(s):
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"


def kz(prefix="5.4401."):
    """Kassenzeichen of the county treasury (layout only)."""
    return f"{prefix}{ids.digits(6)}.{ids.digits(1)}"


OFFICE_MAIL = "integration@kvhs-ruhr-sauerland.de"
EXAM_MAIL = "pruefungszentrum@kvhs-ruhr-sauerland.de"
SWITCHBOARD = "0291 9917-0"
FAX = "0291 9917-199"

docs = []


def add(channel, template, marked, flags=()):
    docs.append((channel, template, marked, list(flags)))


# ---------------------------------------------------------------- 001 outlook: learner asks for admission
add("outlook", "anmeldung_integrationskurs", f"""Von: [[P|Yamen Haddad]] <[[E|yamen.haddad93@gmail.com]]>
Gesendet: Montag, 3. März 2025 09:14
An: [[N|{OFFICE_MAIL}]]
Betreff: Anmeldung Integrationskurs / Einladung vom Jobcenter

Sehr geehrte Damen und Herren,

mein Name ist [[P|Yamen Haddad]], ich bin am [[DOB|17.09.1993]] in Homs geboren und ich wohne seit Januar in [[A|Im Wiesengrund 7a]], [[A|59872 Meschede]].

Das Jobcenter hat mich verpflichtet, einen Integrationskurs zu besuchen (meine Vermittlerin ist Frau [[P|Koerdt]]). Auf dem Brief steht Kundennummer [[AZ|415D083317]] und BG-Nummer [[AZ|41501BG0023871]]. Vom BAMF habe ich auch einen Bescheid bekommen, Geschäftszeichen [[AZ|8803516-475]].

In Syrien ich habe 2011 beim Goethe-Institut Damaskus A1 gelernt, aber ich habe kein Zertifikat mehr. Wann ist der nächste Einstufungstest? Ich kann nur vormittags, weil ich nachmittags als Aushilfe in der Bäckerei Kersting in Bestwig arbeite (Minijob, 538 Euro).

Mein Bruder [[P|Mohamad Haddad]] möchte auch einen Kurs machen, er wohnt bei mir. Seine Nummer ist [[T|+49 1523 7780412]].

Meine Handynummer: [[T|0157 3 4482 917]]

Vielen Dank und freundliche Grüße
[[P|Yamen Haddad]]
""")

# ---------------------------------------------------------------- 002 word: invitation to placement test
add("word", "einladung_einstufung", f"""Kreisvolkshochschule Ruhr-Sauerland · Integrationskurse · [[N|Kolpingstraße 11]] · [[N|59872 Meschede]]

Frau
[[P|Zahra Hosseini]]
c/o Gemeinschaftsunterkunft
[[A|Zur Hüttenwiese 8]]
[[A|59909 Bestwig]]

Ihr Ansprechpartner: [[P|Jörg Brüggemann]]
Zimmer 1.12
Telefon: [[T|0291 9917-231]]
Telefax: [[N|{FAX}]]
E-Mail: [[E|j.brueggemann@kvhs-ruhr-sauerland.de]]
Unser Zeichen: [[AZ|IK-25/0417-Br]]
Teilnehmernummer: [[AZ|25-10388]]
Datum: 11.03.2025

Einladung zum Einstufungstest – allgemeiner Integrationskurs

Sehr geehrte Frau [[P|Hosseini]],

das Bundesamt für Migration und Flüchtlinge hat Sie mit Bescheid vom 24.02.2025 (Geschäftszeichen [[AZ|8814273-423]]) zur Teilnahme an einem Integrationskurs verpflichtet. Wir laden Sie deshalb zum Einstufungstest ein:

Termin: Dienstag, 18.03.2025, 9:00 Uhr
Ort: Raum 2.14, Kolpingstraße 11, 2. Obergeschoss

Bitte bringen Sie mit: Ihre Aufenthaltsgestattung oder Ihren Aufenthaltstitel, den Bescheid des Bundesamtes und einen Kugelschreiber. Der Test dauert etwa 90 Minuten.

Der nächste Kurs (Kurs-Nr. 25-IK-M-07, BAMF-Kursnummer 512/8871-2025) beginnt voraussichtlich am 07.04.2025 und findet montags bis freitags von 8:30 bis 12:45 Uhr statt. Die Kosten trägt der Bund. Für das Lehrbuch „Linie 1 A1.1" fallen 24,50 EUR an.

Laut Bescheid sind Sie am [[DOB|01.01.1996]] geboren. Bitte prüfen Sie das; wenn das Datum nicht stimmt, sagen Sie es uns beim Test.

Sie haben bei der Anmeldung gesagt, dass Ihr Sohn [[P|Ali Reza]] (3 Jahre) noch keinen Kita-Platz hat. Für die Kinderbetreuung während des Kurses wenden Sie sich bitte an Herrn [[P|ter Horst]], Telefon [[T|0291 9917-226]].

Unser Büro ist geöffnet: Montag bis Donnerstag 8:00 bis 12:00 Uhr, Dienstag auch 14:00 bis 17:00 Uhr. Telefon [[N|{SWITCHBOARD}]], E-Mail [[N|{OFFICE_MAIL}]].

Mit freundlichen Grüßen
Im Auftrag

[[P|Jörg Brüggemann]]
Kursverwaltung Integrationskurse
""")

# ---------------------------------------------------------------- 003 word: attendance list pasted from Excel
att_rows = [
    ("Noori", "Shabnam", "15.03.1999", "x\tx\tx\tx\tx", ""),
    ("Darwish", "Rana", "23.11.1990", "x\tx\tx\tx\tx", ""),
    ("Kovalchuk", "Olena", "08.02.1972", "x\tx\tx\tk\tk", "AU 13.–14.03. liegt vor"),
    ("Tesfamariam", "Senait", "01.01.2001", "x\tx\tx\tx\te", "Termin ABH"),
    ("Yıldırım", "Gülşen", "30.06.1985", "x\tx\tx\tx\tx", ""),
    ("Farah", "Hodan Abdi", "15.04.1992", "x\te\te\tx\tx", "Kind krank, Attest KiA liegt vor"),
    ("Al-Obaidi", "Ahmed Jasim", "07.11.1983", "x\tu\tu\tx\tx", "2. Mal unentsch. – Gespräch!"),
    ("Habte Gebremedhin", "Yonas", "01.01.1988", "x\tx\tx\tx\tx", ""),
    ("Öztürk", "Büşra", "04.10.2000", "x\tx\tx\tx\tx", ""),
    ("Qasim", "Xezal Silêman", "03.02.1994", "k\tk\tk\tk\tk", "Kursunterbrechung ab 17.03. (Tagesklinik), Attest liegt vor"),
    ("Kassab", "Nour Al-Huda", "26.02.1995", "x\tx\tx\tx\tx", ""),
    ("Ahmadzai", "Wali", "01.07.1991", "x\tx\te\tx\tx", "Jobcenter-Termin"),
    ("Rezaei", "Maryam", "12.12.1997", "x\tx\tx\tx\tx", ""),
    ("Hersi", "Abdullahi Jama", "01.01.1985", "x\tx\tx\tx\tu", ""),
]
att_lines = "\n".join(
    f"[[P|{sn}]]\t[[P|{gn}]]\t[[DOB|{dob}]]\t{marks}" + (f"\t{note}" if note else "")
    for sn, gn, dob, marks, note in att_rows)
add("word", "anwesenheitsliste", f"""Anwesenheit 25-IK-M-03 · Modul 4 · KW 11 (10.03.–14.03.2025) · Kursleitung: [[P|F. Lammers]] (Mo–Mi), [[P|T. Ebbinghaus]] (Do–Fr)

{att_lines}

x = anwesend · e = entschuldigt · k = krank (AU) · u = unentschuldigt
5 Tage à 5 UE = 25 UE. Fehlzeiten über 20 % im Monat bitte an Kursverwaltung, die meldet an Jobcenter/BAMF (§ 8 Abs. 3 IntV).
gez. [[P|Lammers]], 14.03.2025
""", ["HEALTH"])

# ---------------------------------------------------------------- 004 outlook: teacher, informal, lower case
add("outlook", "kursleitung_info", f"""Von: [[P|Fritzi Lammers]] <[[E|fritzi.lammers@web.de]]>
Gesendet: Freitag, 14. März 2025 13:02
An: [[P|Wiesmann-Lütke, Annegret]]
Cc: [[E|tobias.ebbinghaus@gmx.net]]
Betreff: M-03 zwischenstand + frage wiederholerkurs

hi [[P|annegret]],

kurz der zwischenstand aus dem M-03: wir sind in lektion 12, läuft gut. [[P|rana]] und [[P|shabnam]] sind fit für den DTZ im juni, bei [[P|ahmed]] bin ich skeptisch, der bräuchte eher die 300 UE wiederholung. kannst du mal schauen ob das bamf das noch bewilligt? er fehlt in letzter zeit auch öfter, siehe liste.

[[P|gülşen]] hat gefragt, ob sie ihre tochter ([[P|melek]], 9) in den osterferien mitbringen darf. ich hab gesagt ich frag dich bzw. [[P|hendrik]] wegen der kinderbetreuung.

und: herr [[P|ahmadzai]] hat ne neue handynummer, [[T|0176 2291 0457]], die alte geht nicht mehr. bitte in der TN-liste ändern!

nächste woche fahr ich mit der OK-gruppe nach bonn ins haus der geschichte (adenauer, willy brandt, mauerfall), die fahrt ist ja schon über den fahrtkostentopf genehmigt. raum 2.14 ist übrigens schon wieder eiskalt, kann da mal jemand vom hausmeister gucken?

lg [[P|fritzi]]

--
[[P|Friederike Lammers]]
Kursleitung DaZ / Integrationskurse (BAMF-zugelassen)
mobil [[T|0171 – 55 38 206]]
""")

# ---------------------------------------------------------------- 005 outlook: forwarded job-centre enquiry
bg5 = "41502BG0031194"
add("outlook", "jobcenter_weiterleitung", f"""Von: [[P|Wiesmann-Lütke, Annegret]]
Gesendet: Freitag, 7. März 2025 08:11
An: [[P|Brüggemann, Jörg]]
Betreff: WG: Teilnahmebestätigung und Fehlzeiten Frau [[P|Savchenko]] – BG [[AZ|{bg5}]]

Hallo [[P|Jörg]],

kannst du das bitte übernehmen? Ich bin heute den ganzen Tag auf der Fachtagung in Soest. Die Fehlzeiten stehen in der Liste vom Februar, und die Fahrtkosten sind meines Wissens über uns gelaufen (bitte prüfen, Kassenzeichen aus der Sammelanordnung).

Danke und Gruß
[[P|Annegret]]

-----Ursprüngliche Nachricht-----
Von: [[P|Hengsbach Markus]] (Jobcenter Hochsauerlandkreis) <[[E|Markus.Hengsbach@jobcenter-ge.de]]>
Gesendet: Donnerstag, 6. März 2025 15:42
An: [[P|Wiesmann-Lütke, Annegret]] <[[E|a.wiesmann-luetke@kvhs-ruhr-sauerland.de]]>
Cc: [[N|Jobcenter-HSK.Meschede-Leistung@jobcenter-ge.de]]
Betreff: Teilnahmebestätigung und Fehlzeiten Frau [[P|Savchenko]] – BG [[AZ|{bg5}]]

Sehr geehrte Frau [[P|Wiesmann-Lütke]],

für die Leistungsakte benötige ich eine aktuelle Teilnahmebestätigung für

Frau [[P|Nataliia Savchenko]], geb. [[DOB|21.04.1981]]
wohnhaft [[A|Kapellenstraße 2b]], [[A|59846 Sundern]]
Kunden-Nr. [[AZ|415D091268]]

sowie für ihren Sohn [[P|Artem Savchenko]] (geb. [[DOB|02.10.2006]]), der seit Januar den Jugendintegrationskurs bei Ihnen besucht.

Frau [[P|Savchenko]] hat bei uns Fahrtkosten für Februar in Höhe von 58,00 EUR (Deutschlandticket) geltend gemacht. Nach unseren Unterlagen erstattet das BAMF die Fahrtkosten bereits über den Kursträger. Bitte teilen Sie mir mit, ob für Februar schon eine Erstattung durch Sie erfolgt ist, damit keine Doppelleistung entsteht.

Mit freundlichen Grüßen
Im Auftrag
[[P|Markus Hengsbach]]
Jobcenter Hochsauerlandkreis – Standort Meschede
Team Leistung 3
Tel.: [[T|0291 90 15-337]]
""")

# ---------------------------------------------------------------- 006 word: travel-cost form pasted as text
iban6 = ids.iban_de()
add("word", "fahrtkostenantrag", f"""Antrag auf Erstattung von Fahrtkosten
Integrationskurs – § 4a IntV – Formular KVHS-FK-03/2024

1. Angaben zur teilnehmenden Person
Name, Vorname: [[P|Rahimi, Farid]]
Geburtsdatum: [[DOB|14.08.1987]]
Anschrift: [[A|Lütke Feld 12]], [[A|59889 Eslohe]] (Sauerland)
Telefon: [[T|02973 / 81 77 40]]
E-Mail: [[E|farid.rahimi87@outlook.com]]
Teilnehmer-Nr.: [[AZ|24-09955]]
Kurs-Nr.: 24-IK-E-02 (Abendkurs)

2. Fahrtstrecke
von: Eslohe, Haltestelle Kirchplatz
nach: Meschede, Kolpingstraße (Kursort)
einfache Entfernung: 17 km
Verkehrsmittel: Bus, Deutschlandticket 58,00 EUR/Monat

3. Bankverbindung
Kontoinhaber: [[P|Farid Rahimi]]
IBAN: [[IBAN|{sp_iban(iban6)}]]
BIC: WELADED1MES

4. Erklärung
Ich versichere, dass ich für die Fahrten zum Kurs keine Erstattung von anderer Stelle (Jobcenter, Sozialamt, Arbeitgeber) erhalte. Änderungen teile ich sofort mit.

Eslohe, 28.02.2025    gez. [[P|Farid Rahimi]]

– Vermerk der Verwaltung –
Eingang: 03.03.2025
Anwesenheit Februar: 92 % (mind. 80 % erforderlich) – Erstattung 58,00 EUR angewiesen
Kassenzeichen: [[AZ|5.4401.224079.2]]
Sachbearbeitung: [[P|Brüggemann]]
""")

# ---------------------------------------------------------------- 007 outlook: English/German mail, Ukrainian ids
dob7 = datetime.date(1989, 12, 9)
rnokpp7 = rnokpp(dob7, female=True)
taxid7 = ids.tax_id()
uaid7 = ids.digits(9)
add("outlook", "zertifikat_namenskorrektur", f"""From: [[P|Kateryna Melnyk-Tkachuk]] <[[E|katia.melnyk.t@ukr.net]]>
Sent: Tuesday, March 11, 2025 8:02 PM
To: [[N|{EXAM_MAIL}]]
Subject: DTZ certificate – wrong name / Zertifikat falscher Name

Dear Ms [[P|vom Hofe]],
sehr geehrte Frau [[P|vom Hofe]],

sorry, my German is not good enough for writing, so I write in English, I hope it is ok.

I passed the DTZ on 15 February (B1 – thank you!!) but on the certificate my name is written "[[P|Katerina Melnik]]". It must be "[[P|Kateryna Melnyk-Tkachuk]]" like in my passport ([[PASS|FE748213]]) and my Ukrainian ID card (No. [[IDC|{uaid7}]]). Date of birth [[DOB|09.12.1989]] is correct. My participant number was [[AZ|0412-25-00873]], certificate no. [[AZ|DTZ-25-0418-1127]].

The Ausländerbehörde needs the correct certificate for my Aufenthaltserlaubnis (§ 24). My appointment with Frau [[P|Hömberg]] is on 2 April, so it is a little bit urgent.

One more question: for the Jobcenter form they ask for "Steuer-ID". I have the German one from the Bundeszentralamt für Steuern: [[TID|{taxid7[:2]} {taxid7[2:5]} {taxid7[5:8]} {taxid7[8:]}]]. But my consultant Mr. [[P|Hengsbach]] said I should also write my Ukrainian tax number (РНОКПП / RNOKPP): [[TID|{rnokpp7}]]. Is this right? Or is this only for the tax office?

My address in Germany: [[A|Am Schützenhof 31]], [[A|59929 Brilon]]
In Ukraine (if you need it for the certificate): [[A|vul. Sadova 14, kv. 7]], [[A|36000 Poltava]]

Thank you very much!
[[P|Kateryna]]
[[T|+49 1590 1847266]]
""")

# ---------------------------------------------------------------- 008 word: exam result list, semicolon-separated, no header
dtz_rows = [
    ("0412-25-00861", "Sultani", "Mursal", "12.05.1998", "B1", "DTZ-25-0418-1115"),
    ("0412-25-00862", "Karimi", "Abdul Wahid", "01.01.1979", "A2", "DTZ-25-0418-1116"),
    ("0412-25-00864", "Bondarenko", "Iryna", "19.08.1987", "B1", "DTZ-25-0418-1118"),
    ("0412-25-00865", "Lysenko", "Serhii", "11.01.1975", "A2", "DTZ-25-0418-1119"),
    ("0412-25-00866", "Hnatiuk", "Dmytro", "30.05.1979", "unter A2", ""),
    ("0412-25-00867", "Kravets", "Oksana", "14.09.1993", "B1", "DTZ-25-0418-1121"),
    ("0412-25-00868", "Berhane", "Filmon", "01.01.1996", "B1", "DTZ-25-0418-1122"),
    ("0412-25-00869", "Doğan", "Mehmet Emin", "22.03.1968", "A2", "DTZ-25-0418-1123"),
    ("0412-25-00871", "Azizi", "Nilofar", "05.05.2002", "B1", "DTZ-25-0418-1125"),
    ("0412-25-00873", "Melnyk-Tkachuk", "Kateryna", "09.12.1989", "B1", "DTZ-25-0418-1127"),
]
dtz_lines = "\n".join(
    f"[[AZ|{tn}]];[[P|{sn}]];[[P|{gn}]];[[DOB|{dob}]];{lvl};" + (f"[[AZ|{cert}]]" if cert else "—")
    for tn, sn, gn, dob, lvl, cert in dtz_rows)
add("word", "pruefungsergebnisse", f"""DTZ am 15.02.2025 – Prüfungszentrum KVHS Ruhr-Sauerland (Lizenz 41 0872) – Ergebnisübersicht für die Meldung an das BAMF
Prüferinnen: [[P|K. vom Hofe]], [[P|A.-M. Popescu]] · Aufsicht: [[P|J. Brüggemann]]

{dtz_lines}

Bestanden B1: 6 · A2: 3 · unter A2: 1 (Wiederholung nach § 5 Abs. 4 IntV möglich, Antrag über Kursträger).
Meldung an das BAMF über InGe-Online am 19.02.2025. Zertifikate bei telc angefordert, Versand voraussichtlich KW 12.
Namenskorrektur für die Zeile 00873 beantragt (Schreibweise laut Pass).
""")

# ---------------------------------------------------------------- 009 outlook: mother asks for childcare
add("outlook", "kinderbetreuung_anfrage", f"""Von: [[P|Hodan Abdi Farah]] <[[E|hodan.farah92@gmail.com]]>
An: [[N|{OFFICE_MAIL}]]
Betreff: Kinderbetreuung für meine Kinder im Kurs

Guten Tag Herr [[P|ter Horst]],

ich bin [[P|Hodan Abdi Farah]] aus dem Kurs M-03 bei Frau [[P|Lammers]]. Ab April habe ich den Kurs auch nachmittags und ich brauche Betreuung für meine zwei kleine Kinder:

- [[P|Ayaan Warsame]], geboren [[DOB|14.06.2022]]
- [[P|Liibaan Warsame]], geboren [[DOB|03.01.2024]]

[[P|Ayaan]] hat Asthma, sie hat immer ein Spray in der Tasche, die Betreuerin muss das wissen. [[P|Liibaan]] ist noch nicht in der Kita, wir warten seit einem Jahr auf einen Platz (Vormerkung beim Jugendamt, Nummer [[AZ|KT-2024-3318]]).

Mein Mann [[P|Abdirahman Mohamed Warsame]] arbeitet Schicht bei einer Firma in Bestwig, er kann nicht auf die Kinder aufpassen.

Meine Adresse: [[A|Ruhrwiesenweg 41]], [[A|59872 Meschede]]
Telefon [[T|0152 0648 3371]] (auch WhatsApp)

Mahadsanid / Danke
[[P|Hodan]]
""", ["HEALTH"])

# ---------------------------------------------------------------- 010 word: childcare plan with carers' tax data
iban10a = ids.iban_de()
iban10b = ids.iban_de()
tid10a = ids.tax_id()
tid10b = ids.tax_id()
tnr10 = ids.tax_number_federal_nrw()
add("word", "kinderbetreuung_belegung", f"""Kursbegleitende Kinderbetreuung – Belegungsplan April bis Juni 2025
Träger: Kreisvolkshochschule Ruhr-Sauerland · zuständig: [[P|Hendrik ter Horst]] (Sozialpädagogik)
Finanzierung: BAMF, kursbegleitende Kinderbetreuung; Abrechnung quartalsweise

Gruppe A – Meschede, Raum 0.05, Mo–Fr 8:15–13:00 Uhr
Betreuungsperson: [[P|Gisela Schmelter]], Kindertagespflegeperson (Pflegeerlaubnis Jugendamt, Az. [[AZ|51.3-KTP-0214]])
1. [[P|Ayaan Warsame]] (2 J.) – Mutter: [[P|Hodan Abdi Farah]], M-03
2. [[P|Liibaan Warsame]] (1 J.) – Mutter: s. o.
3. [[P|Ali Reza Hosseini]] (3 J.) – Mutter: [[P|Zahra Hosseini]], M-07
4. [[P|Melek Yıldırım]] (9 J., nur Osterferien) – Mutter: [[P|Gülşen Yıldırım]], M-03

Gruppe B – Brilon, Pfarrheim, Mo–Do 13:30–17:00 Uhr
Betreuungsperson: [[P|Petra Vollmer-Dicke]]
5. [[P|Sofiia Bondarenko]] (4 J.) – Mutter: [[P|Iryna Bondarenko]], Berufssprachkurs B2
6. [[P|Timur Zaporozhets]] (2 J.) – Vater: [[P|Mykola Zaporozhets]], B1-Ukr

Abrechnung Honorare (18,00 EUR je Stunde, Fahrtkosten pauschal):
[[P|Schmelter, Gisela]] · IBAN [[IBAN|{iban10a}]] · Steuer-IdNr. [[TID|{tid10a}]] · Steuernummer [[TNR|{tnr10}]]
[[P|Vollmer-Dicke, Petra]] · IBAN [[IBAN|{sp_iban(iban10b)}]] · Steuer-IdNr. [[TID|{tid10b[:2]} {tid10b[2:5]} {tid10b[5:8]} {tid10b[8:]}]] · Fahrten mit eigenem Pkw ([[KFZ|SO-PV 228]]), 0,30 EUR/km

Vertretung Gruppe A: [[P|Lea Schmelter]] (Tochter von Frau [[P|Schmelter]], Erzieherin), Tel. [[T|0160 99 23 118]]
Bei Ausfall beider bitte Kursleitung und Frau [[P|Wiesmann-Lütke]] sofort informieren; die Mütter werden dann für den Tag entschuldigt.
""")

# ---------------------------------------------------------------- 011 outlook: daughter writes for mother (Turkish)
tc11 = tc_kimlik()
iban11tr = iban_tr()
iban11de = ids.iban_de()
add("outlook", "anmeldung_selbstzahlerin", f"""Von: [[P|Emine Şahin-Arslan]] <[[E|emine.sahin-arslan@t-online.de]]>
An: [[N|{OFFICE_MAIL}]]
Betreff: Anmeldung meiner Mutter – Integrationskurs, Kosten?

Sehr geehrte Damen und Herren,

ich schreibe für meine Mutter, Frau [[P|Hatice Çelik]] (geb. am [[DOB|5. Juli 1962]]), die kaum Deutsch schreiben kann. Sie ist im Oktober aus Kayseri zu uns gezogen (Familiennachzug zu meinem Vater) und möchte einen Integrationskurs machen. Die Ausländerbehörde hat gesagt, sie soll sich selbst bei Ihnen melden und den Bescheid vom BAMF mitbringen – der ist noch nicht da.

Einen deutschen Ausweis hat sie noch nicht, nur ihren türkischen Personalausweis (T.C. Kimlik No. [[IDC|{tc11}]]) und den Reisepass [[PASS|U 29 410 563]].

Sie wohnt bei uns: [[A|Kreuzbergweg 6]], [[A|59939 Olsberg]]
Im Pass steht noch die alte Adresse in der Türkei: [[A|Cumhuriyet Mah. Gül Sok. No: 12 D: 4]], [[A|38030 Melikgazi/Kayseri]]

Falls sie den Kurs selbst zahlen muss (ich habe gelesen 2,29 EUR pro Unterrichtsstunde): Kann das Geld von ihrem türkischen Konto kommen, [[IBAN|{sp_iban(iban11tr)}]]? Oder soll ich es von meinem Konto überweisen ([[IBAN|{iban11de}]])?

Vormittags ist sie nicht so gut, sie passt auf meinen Sohn auf. Am besten wäre ein Nachmittags- oder Onlinekurs.

Annem adına çok teşekkür ederim – vielen Dank im Voraus!

Mit freundlichen Grüßen
[[P|Emine Şahin-Arslan]]
(Tochter)
Tel. [[T|02962 / 90 44 18]]
""")

# ---------------------------------------------------------------- 012 word: freelance teacher contract
tid12 = ids.tax_id()
tnr12 = ids.tax_number_nrw()
ssn12 = ids.social_security("221084", "P")
iban12 = ids.iban_de()
vat12 = ids.vat_id()
kv12 = ids.health_insurance()
add("word", "honorarvertrag", f"""Honorarvertrag Nr. [[AZ|HV-2025-031]]

zwischen der Kreisvolkshochschule Ruhr-Sauerland, [[N|Kolpingstraße 11, 59872 Meschede]], vertreten durch die Leiterin Frau Dr. [[P|Claudia Hesse-Vielhaber]] – nachfolgend „KVHS" –

und

Frau [[P|Ana-Maria Popescu]]
[[A|Oberer Bremkeweg 9]]
[[A|59846 Sundern]]
geboren am [[DOB|22.10.1984]] in Cluj-Napoca
Steuer-Identifikationsnummer: [[TID|{tid12}]]
Steuernummer: [[TNR|{tnr12}]]
USt-IdNr. (nur für Übersetzungsleistungen): [[VAT|{vat12}]]
Rentenversicherungsnummer: [[SSN|{ssn_spaced(ssn12)}]]
Krankenversicherung: Techniker Krankenkasse, Versichertennummer [[KV|{kv12}]]
Bankverbindung: [[IBAN|{sp_iban(iban12)}]]
E-Mail: [[E|am.popescu@posteo.de]] · Mobil: [[T|0170-3318452]]
– nachfolgend „Lehrkraft" –

§ 1 Gegenstand
Die Lehrkraft unterrichtet im allgemeinen Integrationskurs 25-IK-M-07 (Module 1 bis 3, 300 UE à 45 Minuten) vom 07.04.2025 bis voraussichtlich 18.07.2025. Die Lehrkraft ist vom BAMF zugelassen (Zulassungsnummer [[AZ|L-4418-2019]]).

§ 2 Vergütung
Das Honorar beträgt 47,00 EUR je Unterrichtseinheit. Die Abrechnung erfolgt monatlich nach Vorlage der Anwesenheitslisten. Fahrtkosten zwischen Wohnort und Kursort werden nicht erstattet; Fahrten zu Außenterminen (Exkursionen) mit dem eigenen Pkw ([[KFZ|HSK AP 4012]]) mit 0,30 EUR/km.

§ 3 Selbstständigkeit
Die Lehrkraft ist in der Gestaltung des Unterrichts frei und nicht weisungsgebunden. Sie ist nach § 2 Satz 1 Nr. 1 SGB VI selbst rentenversicherungspflichtig und führt Steuern und Beiträge selbst ab.

§ 4 Verhinderung
Bei Krankheit informiert die Lehrkraft die Kursverwaltung (Herr [[P|Brüggemann]], Telefon [[N|{SWITCHBOARD}]]) bis 7:30 Uhr des Kurstages.

§ 5 Datenschutz
Die Lehrkraft verarbeitet Daten der Teilnehmenden nur für den Kurs und gibt Anwesenheitslisten ausschließlich an die KVHS.

Meschede, den 14.03.2025

Dr. [[P|Claudia Hesse-Vielhaber]]                [[P|Ana-Maria Popescu]]
Leiterin der KVHS                                  Lehrkraft
""")

# ---------------------------------------------------------------- 013 outlook: teacher, sick note and union
add("outlook", "kursleitung_krank", f"""Von: [[P|Tobias Ebbinghaus]] <[[E|tobias.ebbinghaus@gmx.net]]>
Gesendet: Dienstag, 18. März 2025 06:52
An: [[E|j.brueggemann@kvhs-ruhr-sauerland.de]]
Betreff: krank + fahrtkosten februar

moin [[P|jörg]],

ich lieg flach, bandscheibe (L4/L5), mein orthopäde hat mich erstmal bis 28.03. krankgeschrieben. die AU schick ich dir per post, die kopie hängt an. kannst du für M-03 donnerstag/freitag ne vertretung organisieren? [[P|fritzi]] würde evtl. den donnerstag machen, frag sie mal. für M-05 liegt der plan im fach.

zweitens: fahrtkostenabrechnung februar hängt an. ich bin 14x zwischen meschede und dem kursort bestwig gependelt, mit meinem privat-pkw ([[KFZ|HSK-TE 714]]): 2 x 11 km x 14 x 0,30 = 92,40 EUR.

und drittens, nur zur info und nicht böse gemeint: ich bin ja in der GEW, und die raten uns honorarkräften nach dem herrenberg-urteil, die verträge auf scheinselbstständigkeit prüfen zu lassen. die kollegin dort, [[P|sandra teimann]], würde sich ggf. bei frau [[P|hesse-vielhaber]] melden. ich wollt's nur vorher gesagt haben.

bis hoffentlich bald
[[P|tobi]]

[[P|Tobias Ebbinghaus]] · [[A|Hohe Lieth 27a]] · [[A|59909 Bestwig]] · [[T|0151 / 42 80 19 33]]
""", ["HEALTH", "UNION"])

# ---------------------------------------------------------------- 014 word: team meeting minutes
add("word", "protokoll_teamsitzung", f"""Protokoll der Teamsitzung Integrationskurse
12.03.2025, 14:00–15:45 Uhr, Raum 1.08

Anwesend: [[P|A. Wiesmann-Lütke]] (Leitung), [[P|J. Brüggemann]], [[P|K. vom Hofe]], [[P|H. ter Horst]], [[P|F. Lammers]], [[P|T. Ebbinghaus]] (bis 15:00 Uhr), [[P|A.-M. Popescu]], [[P|Y. Marchenko]]
Gast: Herr [[P|Oliver Tigges]] (BAMF, Regionalkoordination)
Protokoll: [[P|Sabine Pöppelbaum]]

TOP 1 Kursplanung 2. Quartal
– Zwei neue Elternkurse M-08 und M-09 ab 05.05.2025 (vormittags, mit Kinderbetreuung). Betreuung über Frau [[P|Schmelter]] gesichert, zweite Kraft wird gesucht.
– Herr [[P|Tigges]] weist auf das neue Trägerrundschreiben hin (Kursgröße höchstens 25, Wartezeiten melden).

TOP 2 Vorfall im Kurs M-07
– Am 05.03. kam es im Kurs von Frau [[P|Popescu]] zu einem lauten Streit zwischen Herrn [[P|Sayed Jawad Mousavi]] und Herrn [[P|Gul Ahmad Stanikzai]]. Auslöser waren abfällige Bemerkungen über Herrn [[P|Mousavis]] Zugehörigkeit zu den Hazara; andere Teilnehmende haben sich eingemischt.
– Beschluss: Herr [[P|Mousavi]] wechselt auf eigenen Wunsch ab 17.03. in den Kurs M-05 (Herr [[P|Ebbinghaus]]). Das Gespräch mit Herrn [[P|Stanikzai]] führt Frau [[P|Wiesmann-Lütke]] gemeinsam mit Herrn [[P|ter Horst]]; Hinweis auf die Hausordnung.

TOP 3 Prüfungen
– DTZ vom 15.02.: 6 × B1, 3 × A2, 1 × unter A2. Frau [[P|vom Hofe]] klärt die Namenskorrektur für Frau [[P|Melnyk-Tkachuk]] mit telc.
– Nächster DTZ am 14.06.2025, Anmeldeschluss 16.05.2025. LiD-Termine: 08.05. und 03.07.2025.

TOP 4 Verschiedenes
– Frau [[P|Marchenko]] übersetzt ab April dienstags für die ukrainischen Teilnehmenden (Honorarvertrag [[AZ|HV-2025-034]]).
– Heizung Raum 2.14: Auftrag an das Gebäudemanagement des Kreises ist raus (Ticket 2025-0312-GM).
– Herr [[P|Ebbinghaus]] bittet um eine Rückmeldung zur Honorarerhöhung; Frau Dr. [[P|Hesse-Vielhaber]] nimmt das Thema in die Leitungsrunde mit.

Nächste Sitzung: 09.04.2025, 14:00 Uhr
""", ["ETHNICITY"])

# ---------------------------------------------------------------- 015 outlook: Eritrean learner asks for confirmation
add("outlook", "bestaetigung_anfrage", f"""Von: [[E|senait.tesfamariam@gmail.com]]
An: [[E|a.wiesmann-luetke@kvhs-ruhr-sauerland.de]]
Betreff: bitte Bestätigung für Ausländerbehörde

Hallo Frau [[P|Wiesmann-Lütke]],

ich bin [[P|Senait Tesfamariam]] aus Kurs M-03. Die Ausländerbehörde braucht eine Bestätigung das ich den Kurs mache, für Verlängerung von meine Aufenthaltserlaubnis. Mein Termin ist am 26.03. bei Herrn [[P|Kleine-Wilde]], Aktenzeichen [[AZ|32.20-ER-1187/21]].

Noch eine Frage. Am Mittwoch 2. April ich kann nicht kommen, weil die Taufe von meine Nichte ist in der eritreisch-orthodoxen Kirche in Köln und ich bin die Patin. Ist das entschuldigt? Ich kann eine Bestätigung vom Priester bringen.

Meine Geburtsdatum für die Bestätigung: [[DOB|01.01.2001]].
Ich wohne jetzt neu in [[A|Am Hasenpfad 3]], [[A|59872 Meschede]] (vorher Gemeinschaftsunterkunft).

Danke viel mal
[[P|Senait]]
Tel [[T|0176 48 19 02 77]]
""", ["RELIGION"])

# ---------------------------------------------------------------- 016 word: confirmation for the foreigners' office
eat16 = ids.id_card(check_digit=True)
pass16 = ids.passport()
azr16 = ids.digits(12, first_nonzero=True)
add("word", "teilnahmebescheinigung_abh", f"""Kreisvolkshochschule Ruhr-Sauerland – Integrationskurse

Bescheinigung über die Teilnahme am Integrationskurs
zur Vorlage bei der Ausländerbehörde des Hochsauerlandkreises

Hiermit bestätigen wir, dass

Frau [[P|Senait Tesfamariam]]
geboren am [[DOB|01.01.2001]] in Keren (Eritrea)
Staatsangehörigkeit: eritreisch
wohnhaft: [[A|Am Hasenpfad 3]], [[A|59872 Meschede]]
AZR-Nummer: [[AZ|{azr16}]]
Aufenthaltstitel (eAT), Kartennummer: [[IDC|{eat16}]]
Reiseausweis für Ausländer Nr.: [[PASS|{pass16}]]
Az. der Ausländerbehörde: [[AZ|32.20-ER-1187/21]]

seit dem 02.09.2024 regelmäßig am allgemeinen Integrationskurs (Kurs-Nr. 24-IK-M-03, BAMF-Kursnummer 512/8544-2024) teilnimmt. Sie hat die Module 1 bis 3 abgeschlossen und besucht zurzeit Modul 4. Ihre Anwesenheit liegt bei 94 Prozent. Der Kurs endet voraussichtlich am 27.06.2025 mit dem Deutsch-Test für Zuwanderer und dem Test „Leben in Deutschland".

Die Bescheinigung wird auf Wunsch der Teilnehmerin ausgestellt.

Meschede, 17.03.2025

i. A. [[P|Annegret Wiesmann-Lütke]]
Fachbereichsleitung Deutsch als Zweitsprache / Integration
Tel. [[T|0291 9917-214]] · [[E|a.wiesmann-luetke@kvhs-ruhr-sauerland.de]]
[[N|Kolpingstraße 11]] · [[N|59872 Meschede]] · www.kvhs-ruhr-sauerland.de
""")

# ---------------------------------------------------------------- 017 outlook: reply thread, course interruption
add("outlook", "kursunterbrechung", f"""Betreff: AW: Kursunterbrechung meine Frau

Sehr geehrter Herr [[P|Xelef]],

vielen Dank für Ihre Nachricht und das Attest. Ich habe die Unterbrechung für Ihre Frau, Frau [[P|Xezal Silêman Qasim]], ab dem 17.03.2025 vermerkt. Eine Unterbrechung wegen Krankheit ist möglich, der Anspruch auf den Kurs bleibt bestehen. Bitte sagen Sie uns Bescheid, wenn die Behandlung in der Tagesklinik beendet ist. Dann suchen wir einen passenden Kurs – gern einen Frauenkurs, wenn ihr das lieber ist.

Das Jobcenter informiere ich über die Unterbrechung, aber ohne Angaben zur Erkrankung.

Ihre Frau kann sich auch direkt an mich wenden: [[T|0291 9917-214]].

Mit freundlichen Grüßen
[[P|Annegret Wiesmann-Lütke]]
KVHS Ruhr-Sauerland – Integrationskurse

________________________________
Von: [[P|Dilovan Hecî Xelef]] <[[E|dilovan.xelef@gmail.com]]>
Gesendet: Freitag, 14. März 2025 18:27
An: [[N|{OFFICE_MAIL}]]
Betreff: Kursunterbrechung meine Frau

Hallo,

meine Frau [[P|Xezal Silêman Qasim]] (geb. [[DOB|3.2.1994]], Teilnehmernummer [[AZ|24-10115]]) kann im Moment nicht zum Kurs kommen. Sie ist seit 2014, seit dem IS in Sindschar, psychisch sehr krank. Jetzt hat die Ärztin gesagt sie hat PTBS und muss 8 Wochen in die Tagesklinik in Arnsberg. Das Attest von Frau Dr. [[P|Baumhöver]] ist im Anhang.

Wir sind Jesiden. Im Kurs sind zwei Männer, die schlecht über unsere Religion gesprochen haben, das war auch schwer für sie.

Bitte sagen Sie dem Jobcenter Bescheid (Frau [[P|Schüttler-Kamp]]), Kundennummer [[AZ|415D077504]].

Mit freundlichen Grüßen
[[P|Dilovan Xelef]]
[[A|Sorpestraße 113]], [[A|59846 Sundern]]
Tel. [[T|+49 176 3318 0945]]
""", ["HEALTH", "RELIGION", "ETHNICITY"])

# ---------------------------------------------------------------- 018 word: OCR of a scanned passport page and a receipt
pno18 = "N01583724"
dob18 = "920314"
exp18 = "270801"
pers18 = "<" * 14
line2 = (pno18 + mrz_check(pno18) + "SYR" + dob18 + mrz_check(dob18) + "M" + exp18 + mrz_check(exp18)
         + pers18 + "<")
composite = line2[0:10] + line2[13:20] + line2[21:43]
line2 = line2 + mrz_check(composite)
assert len(line2) == 44, len(line2)
name18 = "AL<HAMWI<<AHMAD<KHALED"
line1_tail = "<" * (44 - 5 - len(name18))
add("word", "scan_ocr_pass", f"""[Scan 18.03.2025 10:41 – Texterkennung – Seite 1/2]

SYRIAN ARAB REPUBLIC   الجمهورية العربية السورية
PASSPORT   جواز سفر
Type P   Code SYR   Passport No. [[PASS|{pno18}]]
Surname / اللقب
[[P|AL HAMWI]]
Given names / الاسم
[[P|AHMAD KHALED]]
Nationality SYRIAN    Sex M
Date of birth [[DOB|14/03/1992]]    Place of birth HAMA
Date of issue 02/08/2021    Date of expiry 01/08/2027
Authority  IMMIGRATION & PASSPORTS DEPT.

P<SYR[[P|{name18}]]{line1_tail}
[[PASS|{pno18}]]{line2[9:13]}[[DOB|{dob18}]]{line2[19:]}

[Seite 2/2]

Hochsauerlandkreis – Der Landrat – Ausländerbehörde
Bestätigung über die Beantragung eines elektronischen Aufenthaltstitels
Name, Vorname: [[P|AL HAMWI, Ahmad Khaled]]    geb.: [[DOB|14.O3.1992]]
Anschrift: [[A|Kettelerstraße 19]]   [[A|S9872 Meschede]]
Az.: [[AZ|32.21-SY-0652/23]]
Die biometrischen Merkmale (Lichtbild, Fingerabdrücke beider Zeigefinger) wurden am O4.03.2025 erfasst. Der eAT wird nach Produktion durch die Bundesdruckerei (ca. 4–6 Wochen) zugesandt; bis dahin gilt diese Bestätigung zusammen mit dem Nationalpass.
Sachbearbeiterin: [[P|Hömberg]]    Tel. [[T|0291 94-1672]]
[Stempel unleserlich]

handschriftlich unten: „angemeldet M-09, Einstufung A1 – 18.3."
""", ["BIOMETRIC"])

# ---------------------------------------------------------------- 019 outlook: job centre asks for exam results
add("outlook", "jobcenter_anfrage_ergebnis", f"""Von: [[P|Koerdt, Sabine]] <[[E|Sabine.Koerdt@jobcenter-ge.de]]>
Gesendet: Mittwoch, 12. März 2025 10:05
An: [[N|{EXAM_MAIL}]]
Cc: [[P|Wiesmann-Lütke, Annegret]]
Betreff: Anfrage Ergebnis DTZ – Herr [[P|Karimi]], Frau [[P|Sultani]]

Sehr geehrte Frau [[P|vom Hofe]],

für die Vermittlung in Arbeit bzw. in eine Einstiegsqualifizierung benötige ich die Ergebnisse des DTZ vom 15.02.2025 für folgende Kundin und folgenden Kunden:

– Herr [[P|Abdul Wahid Karimi]], geb. [[DOB|01.01.1979]], Kd.-Nr. [[AZ|415D062281]]
– Frau [[P|Mursal Sultani]], geb. [[DOB|12.05.1998]], Kd.-Nr. [[AZ|415D088140]]

Frau [[P|Sultani]] hat am 27.03. ein Vorstellungsgespräch beim Pflegedienst Sonnenhang GmbH in Olsberg (Ansprechpartnerin dort: Frau [[P|Dorothee Schnettler-Bäumer]], Pflegedienstleitung, Tel. [[T|02962 77 41 90]]); der Arbeitgeber verlangt mindestens B1. Für Herrn [[P|Karimi]] prüfen wir einen Berufssprachkurs nach DeuFöV (Basismodul B1).

Die Einwilligungen der Kunden zur Übermittlung liegen uns vor (§ 67b SGB X).

Mit freundlichen Grüßen
Im Auftrag
[[P|Sabine Koerdt]]
Arbeitsvermittlung – Integration Zugewanderter
Jobcenter Hochsauerlandkreis, Standort Meschede
Telefon: [[T|0291 90 15-412]]
Zentrale: [[N|0291 90 15-0]]
""")

# ---------------------------------------------------------------- 020 word: payout list pasted from Excel
pay_rows = [
    ("24-09955", "Rahimi", "Farid", "58,00", "5.4401.224079.2"),
    ("24-10098", "Noori", "Shabnam", "58,00", None),
    ("24-10103", "Tesfamariam", "Senait", "58,00", None),
    ("24-10107", "Farah", "Hodan Abdi", "58,00", None),
    ("24-10111", "Al-Obaidi", "Ahmed Jasim", "43,50", None),
    ("24-10115", "Qasim", "Xezal Silêman", "58,00", None),
    ("24-10119", "Habte Gebremedhin", "Yonas", "58,00", None),
    ("24-10122", "Kovalchuk", "Olena", "58,00", None),
    ("24-10279", "Zaporozhets", "Mykola", "58,00", None),
    ("25-10207", "Kadhim Jawad", "Zainab", "58,00", None),
]
pay_lines = []
for i, (tn, sn, gn, amount, kzv) in enumerate(pay_rows):
    iban = ids.iban_de()
    iban_txt = iban if i % 3 else sp_iban(iban)
    kzv = kzv or kz()
    pay_lines.append(f"[[AZ|{tn}]];[[P|{sn}]];[[P|{gn}]];[[IBAN|{iban_txt}]];{amount};[[AZ|{kzv}]]")
pay_text = "\n".join(pay_lines)
add("word", "auszahlungsliste", f"""Sammelanordnung Fahrtkosten Integrationskurse – Februar 2025 – an die Kreiskasse
Haushaltsstelle 2.271.01 / Sachkonto 54290000 / Produkt 04.02.01

{pay_text}

Summe: 10 Fälle, 565,50 EUR
Festgestellt: [[P|Brüggemann]], 04.03.2025 · sachlich und rechnerisch richtig: [[P|S. Pöppelbaum]]
Hinweis: Zeile [[P|Al-Obaidi]] anteilig (Fehlzeiten 25 %), siehe Vermerk.
""")

# ---------------------------------------------------------------- 021 outlook: staff mail, lower case, CC
add("outlook", "pruefung_anmeldungen", f"""Von: [[P|vom Hofe, Kerstin]]
Gesendet: Montag, 17. März 2025 16:48
An: [[P|Wiesmann-Lütke, Annegret]]; [[P|Brüggemann, Jörg]]
Cc: [[P|Marchenko, Yevheniia]]
Betreff: DTZ juni – anmeldungen ukr. gruppe

hallo ihr zwei,

[[P|zhenia]] hat mir die liste der ukrainischen TN für den DTZ am 14.06. geschickt, 7 leute. bei zweien fehlt noch die BAMF-kostenübernahme für die wiederholung: [[P|dmytro hnatiuk]] (TN [[AZ|24-10276]]) und [[P|serhii lysenko]] (TN [[AZ|24-10281]]). [[P|jörg]], kannst du im InGe nachsehen, ob die bewilligung schon drin ist?

frau [[P|bondarenko]] will nach dem B1 zusätzlich den telc B2 beruf machen (wegen der anerkennung als erzieherin). das müsste sie selbst zahlen, 185 €. ich hab ihr gesagt, sie soll sich bei dir melden, [[P|annegret]], vielleicht geht was über den berufssprachkurs.

außerdem war herr [[P|lysenko]] gestern hier und hat nach seinem LiD-zertifikat vom november gefragt (zert.-nr. [[AZ|LiD-2411-0392]]). das lag noch bei uns im schrank. ich schick's ihm per einschreiben an [[A|Zum Hohlen Stein 4a]], [[A|59939 Olsberg]], die adresse hat er mir eben noch mal bestätigt.

vg [[P|kerstin]]

[[P|Kerstin vom Hofe]]
Prüfungszentrum telc · DTZ · LiD
KVHS Ruhr-Sauerland
Fon [[T|0291 9917-240]] | Fax [[N|{FAX}]]
[[E|k.vomhofe@kvhs-ruhr-sauerland.de]]
""")

# ---------------------------------------------------------------- 022 word: payment reminder
add("word", "zahlungserinnerung", f"""Kreisvolkshochschule Ruhr-Sauerland · Verwaltung / Kasse · [[N|Kolpingstraße 11]] · [[N|59872 Meschede]]

Frau
[[P|Hatice Çelik]]
bei [[P|Şahin-Arslan]]
[[A|Kreuzbergweg 6]]
[[A|59939 Olsberg]]

Kassenzeichen: [[AZ|{kz('5.4402.')}]]
Kundennummer: [[AZ|118 442]]
Teilnehmerin: [[P|Hatice Çelik]], geb. [[DOB|05.07.1962]]
Datum: 20.03.2025

Zahlungserinnerung – Kostenbeitrag Integrationskurs, Modul 1 (Kurs 25-IK-O-01)

Sehr geehrte Frau [[P|Çelik]],

für Ihre Teilnahme am Integrationskurs (Modul 1, 100 Unterrichtseinheiten) ist nach § 9 Abs. 1 IntV ein Kostenbeitrag von 229,00 EUR zu zahlen. Der Betrag war am 10.03.2025 fällig. Bis heute ist bei uns keine Zahlung eingegangen.

Bitte überweisen Sie den Betrag bis zum 04.04.2025 auf das Konto der Kreiskasse, IBAN [[N|{sp_iban(mod97_iban("DE", "416500010000012345"))}]], und geben Sie dabei das Kassenzeichen an.

Wenn Sie Leistungen nach dem SGB II, dem SGB XII oder dem Asylbewerberleistungsgesetz bekommen, können Sie beim Bundesamt eine Befreiung vom Kostenbeitrag beantragen (Formular 630.031). Ihre Tochter, Frau [[P|Emine Şahin-Arslan]], hat am Telefon eine Überweisung von einem türkischen Konto angekündigt. Bitte beachten Sie, dass bei Auslandsüberweisungen Gebühren anfallen können; der Betrag muss vollständig bei uns ankommen.

Haben Sie schon bezahlt? Dann ist dieses Schreiben gegenstandslos.

Mit freundlichen Grüßen
Im Auftrag
[[P|Sabine Pöppelbaum]]
Kasse und Gebühren · Telefon [[N|{SWITCHBOARD}]]
""")

# ---------------------------------------------------------------- 023 outlook: Afghan learner, lower case
ssn23 = ids.social_security("150399", "N")
add("outlook", "kurswechsel_arbeit", f"""Von: [[E|shabnam.noori99@gmail.com]]
An: [[N|{OFFICE_MAIL}]]
Betreff: kurs wechseln bitte

سلام
hallo frau [[P|wiesmann]],

ich bin [[P|shabnam noori]] aus kurs M-03. ich habe jetzt eine arbeit gefunden als küchenhilfe im Gasthof Lindenhof in bestwig, mein chef heißt [[P|Klaus-Dieter Wienand]]. ich arbeite von 7 bis 15 uhr, darum kann ich nicht mehr vormittag kurs. gibt es abendkurs? mein kollege [[P|farid rahimi]] sagt es gibt ein kurs E-02 am abend, da will ich gerne hin.

den arbeitsvertrag hab ich im anhang. brauchen sie meine sozialversicherungsnummer? die ist [[SSN|{ssn23}]].

ich wohne noch [[A|Zur Hüttenwiese 8]] in [[A|59909 Bestwig]], aber neue handynummer: [[T|0155 10 77 32 04]]

vielen dank
[[P|shabnam]]
""")

# ---------------------------------------------------------------- 024 word: waiting list literacy course
tazkira24 = f"1401-{ids.digits(4)}-{ids.digits(5)}"
add("word", "warteliste_alpha", f"""Warteliste Integrationskurs mit Alphabetisierung – Stand 14.03.2025
geplanter Start: 01.09.2025, Kursort Brilon (Bürgerzentrum, Raum 3), vormittags, 1.200 UE
Meldungen an: [[P|J. Brüggemann]]

1. [[P|Faadumo Cali Jaamac]] – Somalia, Somali – [[T|0157 7312 6604]] – Zweitschriftlernerin (arabische Schrift), braucht Kinderbetreuung (2 Kinder)
2. [[P|Sahra Yusuf Ismaaciil]] – Somalia, Somali – [[T|+49 152 5319 4082]] – Schwester [[P|Faadumo]] übersetzt
3. [[P|Abdul Qadir Wardak]] – Afghanistan, Paschtu – [[T|0176-81 02 44 59]] – kein Pass, nur Tazkira Nr. [[IDC|{tazkira24}]]; BAMF-Berechtigung liegt vor ([[AZ|8902231-423]])
4. [[P|Bibi Hawa Sadat]] – Afghanistan, Dari – über Sohn [[P|Jawid Sadat]] erreichbar, [[T|0171 3904416]] – geb. [[DOB|01.01.1962]], will nur Frauenkurs
5. [[P|Mebrahtu Tesfay Kahsay]] – Eritrea, Tigrinya – [[T|0160/ 44 81 207]] – vermittelt durch Jobcenter (Frau [[P|Koerdt]])
6. [[P|Xalid Şêxo]] – Syrien, Kurmancî – [[T|0152-29 33 71 08]] – Bruder von [[P|Evîn Şêxo]] (Kurs M-05)
7. [[P|Fatma Kılınç]] – Türkei, Türkisch/Kurmancî – [[T|02961 / 5 38 14]] (Festnetz) – Tochter [[P|Derya]] begleitet zur Einstufung
8. [[P|Amina Mahamud Nuur]] – Somalia, Somali/Arabisch – [[T|+49 (0)1590 2274613]] – Erstorientierung abgeschlossen

Hinweis: Für Nr. 3 und 4 ist noch keine Einstufung erfolgt. Angehörige dürfen bei der Einstufung nicht übersetzen (nur Verständigung über Organisatorisches).
""")

# ---------------------------------------------------------------- 025 outlook: lawyer asks for a confirmation
add("outlook", "anwaltsanfrage", f"""Von: Dr. [[P|Miriam Okafor-Lenz]] <[[E|m.okafor-lenz@ra-altermarkt.de]]>
An: [[N|{OFFICE_MAIL}]]
Betreff: Unser Zeichen [[AZ|117/24 OL]] – [[P|Abdulkarim Sheikho]] ./. Bundesrepublik Deutschland, VG Arnsberg [[AZ|6 K 3381/24.A]]

Sehr geehrte Damen und Herren,

wir vertreten Herrn [[P|Abdulkarim Sheikho]], geb. am [[DOB|08.08.1990]], [[A|Kettelerstraße 21]], [[A|59872 Meschede]], in seinem Klageverfahren gegen den Bescheid des Bundesamtes für Migration und Flüchtlinge (Az. [[AZ|9021544-475]]).

Das Bundesamt hat unserem Mandanten lediglich subsidiären Schutz zuerkannt. Wir tragen vor, dass ihm als kurdischem Aktivisten und Mitglied der Kurdischen Demokratischen Partei in Syrien wegen seiner politischen Überzeugung Verfolgung droht; er hat sich auch in Deutschland exilpolitisch betätigt. Sein Bruder [[P|Rezan Sheikho]] wurde 2019 in Qamischli inhaftiert.

Für die mündliche Verhandlung am 22.05.2025 bitten wir um eine Bescheinigung über die bisherige Teilnahme unseres Mandanten am Integrationskurs und den erreichten Sprachstand. Eine von Herrn [[P|Sheikho]] unterzeichnete Vollmacht mit Entbindung von der Schweigepflicht fügen wir bei.

Mit freundlichen Grüßen

Dr. [[P|Miriam Okafor-Lenz]]
Rechtsanwältin
Fachanwältin für Migrationsrecht

Rechtsanwälte am Alten Markt · [[A|Am Alten Markt 3]] · [[A|59755 Arnsberg]]
Tel. [[T|02931 52 86 70]] · Fax [[T|02931 52 86 71]]
""", ["POLITICS", "ETHNICITY"])

# ---------------------------------------------------------------- 026 word: file note, DNA test for family reunification
add("word", "aktenvermerk_fehlzeit", f"""Aktenvermerk

Betr.: Fehlzeit Herr [[P|Yonas Habte Gebremedhin]], TN-Nr. [[AZ|24-10119]], Kurs 24-IK-M-03
Datum: 13.03.2025 · Verfasser: [[P|H. ter Horst]]

Herr [[P|Habte Gebremedhin]] kam heute in die Sprechstunde und legte für seinen Fehltag am 24.02.2025 eine Bestätigung des Instituts für Rechtsmedizin in Münster vor: An dem Tag wurde bei ihm eine Speichelprobe für ein DNA-Abstammungsgutachten entnommen.

Hintergrund: Im Verfahren zum Familiennachzug verlangt die Deutsche Botschaft in Addis Abeba (Vorgangsnummer [[AZ|RK-512-2024-08817]]) für seine Kinder [[P|Eden Yonas]] (geb. [[DOB|11.02.2016]]) und [[P|Natnael Yonas]] (geb. [[DOB|30.09.2018]]) einen Abstammungsnachweis, weil keine anerkannten Geburtsurkunden vorliegen. Die Proben der Kinder werden in Addis Abeba entnommen; das Ergebnis steht noch aus.

Herr [[P|Habte Gebremedhin]] bat ausdrücklich darum, dies vertraulich zu behandeln.

Bewertung: Fehltag 24.02.2025 entschuldigt. Eine Meldung an das BAMF ist nicht erforderlich. Die Kursleitung (Frau [[P|Lammers]]) erhält nur die Information „entschuldigt", ohne Grund.

Kontakt: Herr [[P|Habte Gebremedhin]], [[T|0160 91 44 70 28]]; Ehefrau Frau [[P|Mebrat Kidane]] (Addis Abeba), [[T|+251 91 123 4567]]
""", ["GENETIC"])

# ---------------------------------------------------------------- 027 outlook: forwarded Ukrainian mail with translation
iban27 = ids.iban_de()
iban27ua = iban_ua()
add("outlook", "fahrtkosten_uebersetzung", f"""Von: [[P|Yevheniia Marchenko]] <[[E|zhenia.marchenko@gmail.com]]>
An: [[P|Brüggemann, Jörg]]
Betreff: WG: Проїзд / Fahrtkosten Herr [[P|Zaporozhets]] – mit Übersetzung

Hallo [[P|Jörg]],

unten die Nachricht von Herrn [[P|Mykola Zaporozhets]] (Kurs B1-Ukr, Brilon) und meine Übersetzung. Er hat die Fahrtkosten für Januar noch nicht bekommen.

-------- Weitergeleitete Nachricht --------
Von: [[P|Микола Запорожець]] <[[E|m.zaporozhets@ukr.net]]>
Datum: 10.03.2025, 21:16
Betreff: Проїзд

Добрий день, пані [[P|Женю]]! Мені досі не прийшли гроші за проїзд за січень. Мій рахунок: [[IBAN|{sp_iban(iban27)}]], отримувач [[P|Mykola Zaporozhets]]. Якщо треба, є ще український рахунок у ПриватБанку: [[IBAN|{iban27ua}]]. Моя адреса змінилася, тепер: [[A|Derker Weg 17]], [[A|59929 Brilon]]. Телефон [[T|+380 67 412 30 85]] (український) або [[T|0151 2270 4419]]. Дякую!

Übersetzung:
„Guten Tag, Frau [[P|Zhenia]]! Ich habe das Fahrgeld für Januar immer noch nicht bekommen. Mein Konto: IBAN wie oben, Empfänger [[P|Mykola Zaporozhets]]. Falls nötig, gibt es noch ein ukrainisches Konto bei der PrivatBank (siehe oben). Meine Adresse hat sich geändert, jetzt: [[A|Derker Weg 17]], [[A|59929 Brilon]]. Telefon wie oben. Danke!"

Anmerkung von mir: Er war im Januar an 19 von 20 Tagen da, die Liste hast du. Die alte Adresse ([[A|Altenbürener Straße 88]], Brilon, Gemeinschaftsunterkunft) ist wohl noch im System. Das ukrainische Konto würde ich nicht nehmen.

Liebe Grüße
[[P|Zhenia]]

[[P|Yevheniia Marchenko]]
Sprachmittlerin Ukrainisch/Russisch – Honorarkraft KVHS
[[T|0157 8820 3316]]
""")

# ---------------------------------------------------------------- 028 word: phone note, card data given by phone
cc28 = ids.credit_card("4", 16)
eat28 = ids.id_card()
add("word", "telefonnotiz", f"""Telefonnotiz – 18.03.2025, 11:20 Uhr – aufgenommen: [[P|S. Pöppelbaum]]

Anrufer: Herr [[P|Oğuzhan Aydın]], Rückruf unter [[T|0 29 04 / 7 10 89 0]] (Festnetz) oder mobil [[T|0162-9 03 17 45]]

Anliegen: Anmeldung zum Test „Leben in Deutschland" am 08.05.2025 für sich und seine Ehefrau [[P|Elif Aydın]] (Einbürgerung). Gebühr 2 × 25,00 EUR.
Herr [[P|Aydın]] wollte per Kreditkarte zahlen und hat die Kartennummer am Telefon durchgegeben: [[CC|{group(cc28, 4)}]], gültig bis 09/27, Inhaber [[P|Oğuzhan Aydın]].
→ Kartendaten dürfen wir telefonisch nicht annehmen! Zahlungslink über ePayBL schicken, diese Notiz danach schwärzen.

Daten für die Anmeldung:
[[P|Aydın, Oğuzhan]] – geb. [[DOB|19.07.1988]] in Trabzon – Aufenthaltstitel Nr. [[IDC|{eat28}]] – E-Mail [[E|oguzhan.aydin88@hotmail.com]]
[[P|Aydın, Elif]], geb. [[P|Kaya]] – geb. [[DOB|02.12.1991]] in Rize – türk. Reisepass [[PASS|U 31 207 846]]
Anschrift beide: [[A|Am Rövenberg 12]], [[A|59909 Bestwig]]

Weiteres: Die Einbürgerungsbehörde des Kreises (Frau [[P|Lohmann-Grewe]]) führt das Verfahren unter Az. [[AZ|34.1-EB-0277/25]]; sie braucht das LiD-Ergebnis direkt. Herr [[P|Aydın]] hat B1 schon (telc, 2019).
""")

# ---------------------------------------------------------------- 029 outlook: learner sends a medical certificate
kv29 = ids.health_insurance()
iq29 = "1990" + ids.digits(8)
add("outlook", "attest_nachteilsausgleich", f"""Von: [[P|Zainab Kadhim Jawad]] <[[E|zainab.kj@web.de]]>
An: [[N|{EXAM_MAIL}]]
Betreff: Attest für Prüfung – Nachteilsausgleich

Sehr geehrte Frau [[P|vom Hofe]],

wie besprochen schicke ich das Attest von meiner HNO-Ärztin für den DTZ im Juni. Ich höre auf dem linken Ohr fast nichts (seit einer Explosion in Mossul 2016) und trage ein Hörgerät. Beim Hörverstehen brauche ich Kopfhörer oder einen Platz vorne beim Lautsprecher.

Hier der Text vom Attest (das Original bringe ich zur Anmeldung mit):

---
Dr. med. [[P|Jutta Schwermer-Brandt]]
Fachärztin für Hals-Nasen-Ohrenheilkunde
[[A|Nordring 14]], [[A|59872 Meschede]] · Tel. [[T|0291 55 20 31]]

Ärztliche Bescheinigung
Patientin: [[P|Zainab Kadhim Jawad]], geb. [[DOB|27.04.1986]]
Versichertennummer: [[KV|{kv29}]] (AOK NordWest)
Diagnose: hochgradige Schallempfindungsschwerhörigkeit links (H90.4), Hörgeräteversorgung seit 2019.
Aus fachärztlicher Sicht wird für Prüfungen mit Hörverstehensanteil ein Nachteilsausgleich empfohlen (z. B. Kopfhörer, Sitzplatz nahe der Tonquelle).
Meschede, 10.03.2025
gez. Dr. [[P|Schwermer-Brandt]]
---

Meine Teilnehmernummer ist [[AZ|25-10207]]. Für die Anmeldung habe ich keinen Pass, nur die irakische Nationalkarte (البطاقة الوطنية), Nummer [[IDC|{iq29}]]. Geht das?

Vielen Dank
[[P|Zainab Kadhim Jawad]]
[[A|Im Siepen 6]]
[[A|59846 Sundern]]
""", ["HEALTH"])

# ---------------------------------------------------------------- 030 word: confidential note, harassment, course change
add("word", "vermerk_beschwerde", f"""Vermerk – vertraulich – Beschwerde und Kurswechsel

Teilnehmer: Herr [[P|Mohamad Aziz Hallak]], geb. [[DOB|02.06.1997]], TN-Nr. [[AZ|25-10412]], Kurs 25-IK-M-05
Gespräch am 17.03.2025 mit Frau [[P|Wiesmann-Lütke]] und Herrn [[P|ter Horst]]; Sprachmittlung Arabisch: Herr [[P|Rami Ghanem]] (ehrenamtlich, Tel. [[T|0171 64 39 502]])

Sachverhalt:
Herr [[P|Hallak]] berichtet, dass ihn zwei Kursteilnehmer seit etwa drei Wochen beleidigen, seit im Kurs bekannt wurde, dass er schwul ist und mit seinem Partner, Herrn [[P|Jonas Brinkschulte]], zusammenlebt. In der Pause am 13.03. sei er beschimpft und bedroht worden. Der Kursleiter, Herr [[P|Ebbinghaus]], hat die Vorfälle vom 13.03. bestätigt (Namen der beiden Teilnehmer liegen ihm vor).

Vereinbarungen:
1. Herr [[P|Hallak]] wechselt ab 24.03.2025 in den Kurs 25-IK-O-01 (hybrid, Kursleitung Frau [[P|Greitemann]]). Der Kurswechsel wird dem BAMF über InGe gemeldet.
2. Frau [[P|Wiesmann-Lütke]] führt Gespräche mit den beiden Teilnehmern; bei Wiederholung Ausschluss nach § 5 der Hausordnung.
3. Herr [[P|Hallak]] erhält die Kontaktdaten der Beratungsstelle für queere Geflüchtete beim Kreis (Sprechstunde donnerstags 15–18 Uhr).
4. Herr [[P|Hallak]] wünscht keine Strafanzeige; die Polizei wurde nicht eingeschaltet.

Kontakt: [[A|Hoher Weg 30]], [[A|59872 Meschede]] · mobil [[T|+49 160 3382915]] · [[E|aziz.hallak97@gmail.com]]

Verteiler: Akte (Verschluss); Frau [[P|Greitemann]] nur Ziffer 1
gez. [[P|Wiesmann-Lütke]]
""", ["SEXUAL_ORIENTATION"])


# ---------------------------------------------------------------- write
def main():
    assert len(docs) == 30, len(docs)
    lines = []
    for n, (channel, template, marked, flags) in enumerate(docs, start=1):
        doc = build(f"F107-{n:03d}", channel, template, marked, flags)
        lines.append(json.dumps(doc, ensure_ascii=False))
    out = os.path.join(HERE, "fresh107.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
