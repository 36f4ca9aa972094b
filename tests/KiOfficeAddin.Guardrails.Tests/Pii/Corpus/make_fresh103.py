#!/usr/bin/env python3
"""Blind test batch 103: Ausländerbehörde / Einbürgerungsstelle of the invented Kreis Angeln-Schwansen
(Schleswig-Holstein), working with a Danish-minority school and the university hospital (UKSH).

Writes fresh103.jsonl next to this script: 30 documents F103-001 … F103-030.
Offsets are computed by marks.build(); every identifier with a check digit comes from Identifiers(10303).
Deterministic: no clock, no unordered iteration, one seeded generator.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from marks import build  # noqa: E402
from identifiers import Identifiers, mod97_iban, luhn_check, group  # noqa: E402

ids = Identifiers(10303)
rng = ids.rng
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def letters(n):
    return "".join(rng.choice(UP) for _ in range(n))


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


def polish_id():
    """Polish dowód osobisty: 3 letters, check digit, 5 digits (weights 7,3,1,9,7,3,1,7,3; sum mod 10 == 0)."""
    pre = letters(3)
    tail = ids.digits(5)
    vals = [ord(c) - 55 for c in pre] + [int(c) for c in tail]
    w = [7, 3, 1, 7, 3, 1, 7, 3]
    check = sum(v * x for v, x in zip(vals, w)) % 10
    return f"{pre}{check}{tail}"


def card(prefix, sep):
    num = ids.credit_card(prefix, 16)
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


# Office data (neutral: the authority's own switchboard, functional mailboxes, office address, Kreiskasse account)
SWITCH = "04642 917-0"
FAX = "04642 917-199"
MAIL_EB = "einbuergerung@kreis-angeln-schwansen.de"
MAIL_ABH = "auslaenderbehoerde@kreis-angeln-schwansen.de"
KREISKASSE_IBAN = group(ids.iban_de(), 4)
HEAD = ("Kreis Angeln-Schwansen · Der Landrat\nFachdienst 32 – Ausländerangelegenheiten und Einbürgerung\n"
        "Kreishaus · [[N|Schleswiger Straße 12]] · [[N|24376 Kappeln]]")

docs = []


def add(channel, template, marked, flags=()):
    n = len(docs) + 1
    docs.append(build(f"F103-{n:03d}", channel, template, marked, list(flags)))


# ---------------------------------------------------------------- 001 Eingangsbestätigung (Word letter)
pp_dc = "P" + ids.digits(7) + letters(1)
eat_dc = ids.id_card(check_digit=True)
add("word", "einbuergerung_eingang", f"""{HEAD}

Frau
[[P|Maria Cristina Dela Cruz]]
[[A|Heinrichstraße 27a]]
[[A|24937 Flensburg]]

Ihr Zeichen: Ihr Antrag vom 14.01.2026
Unser Zeichen: [[AZ|EB 32.3-0417/26]]
Bearbeitung: [[P|Merle Brodersen]], Zimmer 2.14
Telefon: [[N|{SWITCH}]] · Telefax: [[N|{FAX}]]
E-Mail: [[N|{MAIL_EB}]]
Kappeln, 02.02.2026

Ihr Antrag auf Einbürgerung nach § 10 StAG – Eingangsbestätigung und Nachforderung von Unterlagen

Sehr geehrte Frau [[P|Dela Cruz]],

Ihr Antrag auf Einbürgerung ist am 16.01.2026 bei uns eingegangen; bitte geben Sie bei jeder Rückfrage das oben genannte Zeichen an. Nach Ihren Angaben wurden Sie am [[DOB|23. Mai 1991]] in Iloilo City (Philippinen) geboren und leben seit dem 01.10.2020 ununterbrochen rechtmäßig im Bundesgebiet.

Folgende Unterlagen liegen uns bereits vor:
– Reisepass der Republik der Philippinen, Nr. [[PASS|{pp_dc}]], gültig bis 11.08.2031
– elektronischer Aufenthaltstitel (§ 18a AufenthG), Kartennummer [[IDC|{eat_dc}]]
– Zertifikat Deutsch B1 (telc), Zertifikats-Nr. [[AZ|2211-B1-0034873]], Prüfung vom 17.06.2023
– Urkunde über die Erlaubnis zum Führen der Berufsbezeichnung „Pflegefachfrau“

Es fehlen noch:
1. die Bescheinigung über den bestandenen Test „Leben in Deutschland“ (Sie sind nach Auskunft der Volkshochschule für den 28.01.2026 angemeldet),
2. ein lückenloser Lebenslauf ab dem 16. Lebensjahr,
3. die NBI Clearance (Führungszeugnis der Philippinen), nicht älter als sechs Monate,
4. Verdienstbescheinigungen der letzten sechs Monate Ihres Arbeitgebers (UKSH, Campus Kiel).

Die Gebühr für die Einbürgerung beträgt nach § 38 Abs. 2 StAG 255,00 EUR. Ein Gebührenbescheid ergeht gesondert.

Bitte reichen Sie die fehlenden Unterlagen bis zum 16.03.2026 ein. Persönliche Vorsprachen sind dienstags und donnerstags von 8:30 bis 12:00 Uhr nach Terminvereinbarung möglich.

Mit freundlichen Grüßen
Im Auftrag

[[P|Merle Brodersen]]
""")

# ---------------------------------------------------------------- 002 English Outlook reply, Indian physician
pp_as = rng.choice("JKLMNPRSTUVZ") + ids.digits(7)
pp_pv = rng.choice("JKLMNPRSTUVZ") + ids.digits(7)
cc_as = card("4", " ")
add("outlook", "einbuergerung_englisch", f"""From: [[P|Arvind Subramanian]] <[[E|arvind.subramanian@uksh.de]]>
Sent: Tuesday, February 10, 2026 7:42 AM
To: [[P|Brodersen, Merle]] <[[E|merle.brodersen@kreis-angeln-schwansen.de]]>
Cc: [[P|Priya Venkataraman]] <[[E|priya.v.1987@gmail.com]]>
Subject: RE: Naturalisation application – file [[AZ|EB 32.3-0388/25]]

Dear Ms [[P|Brodersen]],

thank you for your quick reply. Please find attached the scanned data pages of my passport (no. [[PASS|{pp_as}]]) and of my wife's passport (no. [[PASS|{pp_pv}]]). The originals can of course be shown at the appointment.

Regarding the language certificate: I passed the Goethe-Zertifikat C1 at the Goethe-Institut Max Mueller Bhavan in Bangalore in 2017, certificate no. [[AZ|GI-BLR-C1-17-04418]]. I hope that is still accepted, as it is older than five years.

My wife [[P|Priya]] will file her own application next month. Her date of birth is [[DOB|02/11/1988]] (2 November, not 11 February – the Indian way of writing it has confused the Bürgerbüro before).

For the Indian police clearance I need to state our last address in India, which was
[[A|27, 14th Cross Road]], [[A|Indiranagar]], [[A|Bengaluru 560038]], Karnataka.

If the fee can be paid by card, you may charge my Visa card [[CC|{cc_as}]] (valid until 09/28). Otherwise I will transfer it.

Best regards,
Dr. [[P|Arvind Subramanian]]
Senior Physician | Klinik für Anästhesiologie und Operative Intensivmedizin
UKSH, Campus Kiel
Mobile: [[T|+49 160 91827364]]

-----Original Message-----
From: [[P|Brodersen, Merle]] <[[E|merle.brodersen@kreis-angeln-schwansen.de]]>
Sent: Monday, February 9, 2026 3:15 PM
To: [[E|arvind.subramanian@uksh.de]]
Subject: Naturalisation application – file [[AZ|EB 32.3-0388/25]]

Dear Dr [[P|Subramanian]],

thank you for your application of 12 November 2025. To continue, we need copies of the passports of you and your wife and proof of German language skills at level B1 or higher. Please note that the fee (255 euros per adult) is due before the certificate is handed over.

Kind regards
[[P|Merle Brodersen]]
Kreis Angeln-Schwansen | Einbürgerungsstelle
Phone [[N|{SWITCH}]]
""")

# ---------------------------------------------------------------- 003 Vermerk: Lebenslauf, Tunisian nurse (HEALTH)
tn_bull = ids.digits(6)
add("word", "vermerk_lebenslauf", f"""Vermerk zur Akte [[AZ|EB 32.3-0291/25]]

Betr.: Einbürgerung [[P|Ines Trabelsi]], geb. [[DOB|04.07.1989]] in Sfax (Tunesien)
hier: Prüfung des Lebenslaufs und der Aufenthaltszeiten

Die Antragstellerin hat folgenden Lebenslauf vorgelegt (zusammengefasst):

1989  geboren in Sfax; Eltern: [[P|Habib Trabelsi]] (Lehrer) und [[P|Fatma Trabelsi]] geb. [[P|Jelassi]]
1995–2008  Schulbesuch, Baccalauréat am Lycée 15 Novembre 1955, Sfax
2008–2012  Studium der Krankenpflege, Institut Supérieur des Sciences Infirmières, Sfax
2012–2018  Krankenschwester, Hôpital Habib Bourguiba, Sfax (Chirurgie)
2017  sechsmonatige Behandlung wegen Lungentuberkulose, seit 03/2018 ausgeheilt (Attest von Dr. [[P|Slim Khemiri]], Sfax, liegt vor)
08/2018  Einreise mit Visum zur Anerkennung der Berufsqualifikation (§ 16d AufenthG)
2018–2019  Anpassungslehrgang, UKSH Campus Kiel
seit 10/2019  Pflegefachfrau, Intensivstation, UKSH
seit 03/2021  wohnhaft [[A|Gottorfstraße 8]], [[A|24837 Schleswig]]
2022  Eheschließung mit [[P|Karim Ayari]] (geb. [[DOB|02.02.1987]], tunesischer Staatsangehöriger, Elektroniker)

Ergebnis der Prüfung:
– Rechtmäßiger gewöhnlicher Aufenthalt seit 14.08.2018, damit mehr als fünf Jahre (§ 10 Abs. 1 StAG).
– Die Lücke im Lebenslauf (03/2018 bis 08/2018) hat Frau [[P|Trabelsi]] schlüssig mit der Vorbereitung der Ausreise und einem B1-Kurs am Goethe-Institut Tunis erklärt.
– Das tunesische Führungszeugnis (Bulletin n° 3) Nr. [[AZ|{tn_bull}]] vom 05.11.2025 liegt in Übersetzung vor, ohne Eintrag.
– Die frühere Tuberkuloseerkrankung ist für das Verfahren ohne Bedeutung; das Attest wird nicht zur Akte genommen, sondern zurückgegeben.

Die Regelanfrage beim Landesamt für Verfassungsschutz wurde am 09.02.2026 gestellt.

Schleswig, 12.02.2026
[[P|Brodersen]]
""", ["HEALTH"])

# ---------------------------------------------------------------- 004 Danish mail from the minority school (ETHNICITY)
add("outlook", "skole_bekraeftelse", f"""Fra: [[P|Mette Kjærgaard Sørensen]] <[[E|mks@skolen-ved-slien.dk]]>
Sendt: 3. februar 2026 14:08
Til: Einbürgerungsstelle <[[N|{MAIL_EB}]]>
Emne: Skolebekræftelse – [[P|Jonas]] og [[P|Freja Petersen-Nowak]]

Kære [[P|Merle Brodersen]],

som aftalt i telefonen bekræfter jeg hermed, at [[P|Jonas Petersen-Nowak]] (født [[DOB|17.06.2014]]) og [[P|Freja Petersen-Nowak]] (født [[DOB|2.9.2017]]) har gået på Skolen ved Slien i Kappeln siden august 2020. Begge børn taler dansk og tysk på modersmålsniveau og deltager i den almindelige undervisning.

Familien er medlem af Sydslesvigsk Forening og hører selv til det danske mindretal i Sydslesvig. Forældrene, [[P|Karoline Petersen-Nowak]] og [[P|Tomasz Nowak]], har bedt om bekræftelsen til deres ansøgning om tysk indfødsret for børnene.

Familiens adresse er fortsat [[A|Mühlenstraße 41]], [[A|24376 Kappeln]].

Hvis I har brug for mere, er I velkomne til at ringe til skolens kontor på [[N|04642 9831-0]] eller til mig direkte på min mobil [[T|+45 28 61 43 90]].

Med venlig hilsen

[[P|Mette Kjærgaard Sørensen]]
Skoleleder
Skolen ved Slien · Dansk Skoleforening for Sydslesvig
""", ["ETHNICITY"])

# ---------------------------------------------------------------- 005 Form filled in as text, Colombian physician (RELIGION)
tid_vr = ids.tax_id()
ssn_vr = ids.social_security("190387", "R")
kv_vr = ids.health_insurance()
pp_vr = "A" + rng.choice("OSTUV") + ids.digits(6)
cedula = f"1.0{ids.digits(2)}.{ids.digits(3)}.{ids.digits(3)}"
eat_vr = ids.id_card(check_digit=True)
add("word", "formular_angaben", f"""Antrag auf Einbürgerung – Anlage 1: Angaben zur Person
(Abschrift aus dem Online-Antrag für die Papierakte)
Vorgangsnummer: [[AZ|VG-EB-2026-000157]]

1. Familienname: [[P|Restrepo Ocampo]]
2. Geburtsname: [[P|Restrepo Ocampo]]
3. Vornamen: [[P|Valentina]]
4. Geschlecht: weiblich
5. Geburtsdatum: [[DOB|1987-03-19]]
6. Geburtsort / Geburtsland: Medellín / Kolumbien
7. Staatsangehörigkeit(en): kolumbianisch
8. Familienstand: verheiratet seit 21.06.2019
9. Religionszugehörigkeit (freiwillige Angabe): römisch-katholisch
10. Anschrift: [[A|Brauereiweg 6]], [[A|24340 Eckernförde]]
11. Telefon (mobil): [[T|+49 1573 8820461]]
12. E-Mail: [[E|vale.restrepo.o@outlook.com]]
13. Steuerliche Identifikationsnummer: [[TID|{tid_vr}]]
14. Rentenversicherungsnummer: [[SSN|{ssn_vr[:2]} {ssn_vr[2:8]} {ssn_vr[8]} {ssn_vr[9:]}]]
15. Krankenversichertennummer: [[KV|{kv_vr}]]
16. Reisepass: Republik Kolumbien, Nr. [[PASS|{pp_vr}]], ausgestellt am 04.05.2022 in Bogotá
17. Nationaler Ausweis (Cédula de Ciudadanía): [[IDC|{cedula}]]
18. Aufenthaltstitel: Blaue Karte EU (§ 18g AufenthG), eAT-Nr. [[IDC|{eat_vr}]]
19. Arbeitgeber: Universitätsklinikum Schleswig-Holstein, Klinik für Innere Medizin I
20. Ehegatte: [[P|Andrés Felipe Ortiz Gómez]], geb. [[DOB|08.12.1985]], kolumbianisch
21. Kinder: [[P|Mateo Ortiz Restrepo]], geb. [[DOB|30.01.2021]] in Kiel
22. Aufenthalt im Bundesgebiet seit: 01.09.2018
23. Sprachnachweis: Fachsprachprüfung der Ärztekammer Schleswig-Holstein vom 12.11.2018 (C1 Medizin)
24. Strafrechtliche Verurteilungen im In- und Ausland: keine

Ich versichere, dass die vorstehenden Angaben vollständig und richtig sind.
Eckernförde, den 20.01.2026
gez. [[P|V. Restrepo Ocampo]]
""", ["RELIGION"])

# ---------------------------------------------------------------- 006 CSV export of test results pasted into a mail
add("outlook", "testergebnisse_csv", f"""Von: [[P|Kerstin Matzen-Lüders]] <[[E|k.matzen-lueders@vhs-kappeln.de]]>
Gesendet: Freitag, 6. Februar 2026 11:23
An: Einbürgerungsstelle <[[N|{MAIL_EB}]]>
Cc: [[P|Brodersen, Merle]]
Betreff: Ergebnisse Test "Leben in Deutschland" 28.01.2026 – Prüfstelle Kappeln

Moin Frau [[P|Brodersen]],

anbei wie besprochen die Ergebnisse aus dem Termin am 28.01. als Export aus unserer Kursverwaltung (die Bescheinigungen des BAMF kommen wie immer per Post an die Teilnehmenden):

Teilnehmernr;Nachname;Vorname;Geburtsdatum;Punkte;Ergebnis
[[AZ|LiD-2601-KAP-014]];[[P|Dela Cruz]];[[P|Maria Cristina]];[[DOB|23.05.1991]];31;bestanden
[[AZ|LiD-2601-KAP-015]];[[P|Yıldırım]];[[P|Emre]];[[DOB|07.11.1995]];28;bestanden
[[AZ|LiD-2601-KAP-016]];[[P|Nguyễn]];[[P|Thị Thu Hà]];[[DOB|29.02.1984]];33;bestanden
[[AZ|LiD-2601-KAP-017]];[[P|Kowalenko]];[[P|Bohdan]];[[DOB|12.06.1979]];14;nicht bestanden
[[AZ|LiD-2601-KAP-018]];[[P|Ben Salah]];[[P|Mohamed Amine]];[[DOB|03.10.1982]];26;bestanden
[[AZ|LiD-2601-KAP-019]];[[P|Okonkwo]];[[P|Chiamaka]];[[DOB|18.04.1993]];30;bestanden
[[AZ|LiD-2601-KAP-020]];[[P|Popescu]];[[P|Ioana-Maria]];[[DOB|22.08.1990]];32;bestanden
[[AZ|LiD-2601-KAP-021]];[[P|al-Masri]];[[P|Yousef]];[[DOB|05.05.1999]];;nicht erschienen

Bestanden ist ab 17 von 33 Punkten. Herr [[P|Kowalenko]] hat nach eigener Aussage zu wenig Zeit zur Vorbereitung gehabt; eine Wiederholung wäre am 25.03.2026 möglich, 14:00 Uhr, Raum 104 (Anmeldeschluss 11.03.).

Beste Grüße aus der VHS
[[P|Kerstin Matzen-Lüders]]
Fachbereich Deutsch & Integration
Volkshochschule Kappeln · [[N|04642 2371]]
""")

# ---------------------------------------------------------------- 007 Minutes with attendee list
add("word", "protokoll_fachkraefte", f"""Protokoll
Arbeitsgespräch „Beschleunigtes Fachkräfteverfahren (§ 81a AufenthG)“ – UKSH / Kreis Angeln-Schwansen
29.01.2026, 10:00–11:45 Uhr, Kreishaus Kappeln, Sitzungsraum 3.02

Teilnehmende:
– [[P|Katrin Wulff-Nommensen]] (UKSH, Geschäftsbereich Personal, International Recruiting)
– Dr. [[P|Mohamed Amine Ben Salah]] (UKSH, Oberarzt Kardiologie, für die internationalen Ärztinnen und Ärzte)
– [[P|Sven Paulsen]] (UKSH, Welcome Center)
– [[P|Wiebke Thomsen]] (Kreis, Ausländerbehörde, Sachgebiet Erwerbsmigration)
– [[P|Hauke Lorenzen]] (Kreis, Leitung Fachdienst 32)
– [[P|Merle Brodersen]] (Kreis, Einbürgerungsstelle; Protokoll)
entschuldigt: [[P|Tjark Henningsen]]

TOP 1 – Stand der Verfahren
Frau [[P|Wulff-Nommensen]] berichtet, dass 2025 insgesamt 23 Pflegefachkräfte aus den Philippinen, 9 aus Indien, 4 aus Tunesien und 3 aus Kolumbien eingestellt wurden. Für die Kohorte 2026-1 (Einreise 02.03.2026) sind 14 Vorabzustimmungen beantragt. Herr [[P|Lorenzen]] sagt eine Bearbeitungszeit von höchstens drei Wochen ab Vollständigkeit zu.

TOP 2 – Einzelfälle
a) Für Frau [[P|Rowena Macaraeg]] (Vorgang [[AZ|AB-81a-2025-0932]]) fehlt noch die Zustimmung der Bundesagentur für Arbeit; Herr [[P|Paulsen]] klärt dies mit dem Arbeitgeberservice der BA.
b) Herr Dr. [[P|Ben Salah]] fragt, ob die Approbation vor der Einbürgerung vorliegen muss. Frau [[P|Brodersen]]: nein, maßgeblich ist die Sicherung des Lebensunterhalts (§ 10 Abs. 1 Nr. 3 StAG).
c) Wohnungssuche: Die Personalwohnungen in der Feldstraße sind ausgelastet; der Kreis verweist auf die Wohnraumvermittlung der Stadt.

TOP 3 – Verschiedenes
Nächstes Treffen: 26.03.2026, 10:00 Uhr, UKSH Campus Kiel, Haus 12, Raum 104.
Kontakt Welcome Center: [[N|welcome-center@uksh.de]]; Herr [[P|Paulsen]] direkt: [[E|sven.paulsen@uksh.de]]

Kappeln, 30.01.2026
gez. [[P|Brodersen]]
""")

# ---------------------------------------------------------------- 008 Informal smartphone reply, lower case, typos
pp_jb_new = "P" + ids.digits(7) + letters(1)
pp_jb_old = "E" + rng.choice("BC") + ids.digits(7)
add("outlook", "handy_mail", f"""Betreff: AW: termin pass übertragung

hallo frau [[P|thomsen]],

sorry das ich erst jetzt schreibe, hatte nachtdienst. also die nummer von meinem neuen pass ist [[PASS|{pp_jb_new.lower()}]], der alte [[PASS|{pp_jb_old}]] ist ja abgelaufen, den bring ich auch mit.
termin am donnerstag 9:30 passt, ich bring dann auch meine frau mit, [[P|joy pangilinan-bautista]] geb [[DOB|14.3.93]], die braucht ja auch ne neue fiktionsbescheinigung weil ihre am 28.2. abläuft.
handy ist jetzt die [[T|0176 31 84 27 09]] die alte nummer geht nicht mehr

danke und lg
[[P|jericho]]

Von meinem iPhone gesendet

Am 09.02.2026 um 08:14 schrieb [[P|Thomsen, Wiebke]] <[[E|wiebke.thomsen@kreis-angeln-schwansen.de]]>:

> Sehr geehrter Herr [[P|Bautista]],
>
> für die Übertragung Ihres Aufenthaltstitels benötigen wir Ihren neuen Reisepass im Original. Bitte kommen Sie am Donnerstag, 12.02.2026, um 9:30 Uhr in Zimmer 1.07.
> Ihr Aktenzeichen: [[AZ|33.18a-0677/24]]
>
> Mit freundlichen Grüßen
> Im Auftrag
> [[P|Wiebke Thomsen]]
> Kreis Angeln-Schwansen – Ausländerbehörde
> Tel. [[N|{SWITCH}]]
""")

# ---------------------------------------------------------------- 009 Aktennotiz: police clearances from abroad
nbi = f"{letters(4)}{ids.digits(8)}{letters(2)}{ids.digits(4)}"
pp_dn = rng.choice("JKLMNPRSTUVZ") + ids.digits(7)
pcc = f"COK/{ids.digits(7)}/{2025}"
tn_b3 = ids.digits(6)
ced_lm = f"43.{ids.digits(3)}.{ids.digits(3)}"
ua_ref = f"{ids.digits(4)}/{ids.digits(2)}-2025"
add("word", "aktennotiz_fuehrungszeugnisse", f"""Aktennotiz – ausländische Führungszeugnisse (Stand 11.02.2026)

Zur Vorbereitung der Entscheidungen wurden die vorgelegten Nachweise aus den Herkunftsstaaten geprüft:

a) [[P|Rowena Lacson Macaraeg]] (Philippinen), [[AZ|EB 32.3-0502/25]]
NBI Clearance, Nr. [[AZ|{nbi}]], ausgestellt am 18.12.2025, Vermerk „No Record on File“. Der QR-Code wurde über das Prüfportal des NBI verifiziert.

b) [[P|Deepika Nair]] (Indien), [[AZ|EB 32.3-0511/25]]
Police Clearance Certificate des Regional Passport Office Kochi, Nr. [[AZ|{pcc}]]. Die im PCC genannte Passnummer [[PASS|{pp_dn}]] stimmt mit dem vorgelegten Pass überein.

c) [[P|Oussama Ben Ammar]] (Tunesien), [[AZ|EB 32.3-0519/25]]
Bulletin n° 3 (Extrait du casier judiciaire), Nr. [[AZ|{tn_b3}]], mit Apostille; übersetzt von der öffentlich bestellten Übersetzerin [[P|Leila Mansour-Rehberg]].

d) [[P|Luisa Fernanda Moreno Salazar]] (Kolumbien), [[AZ|EB 32.3-0533/25]]
Certificado de Antecedentes (Policía Nacional), Online-Abfrage vom 03.02.2026 zur Cédula [[IDC|{ced_lm}]]: „no tiene asuntos pendientes con las autoridades judiciales“.

e) [[P|Bohdan Kowalenko]] / [[P|Коваленко Богдан Миколайович]] (Ukraine), [[AZ|EB 32.3-0547/25]]
Auskunft des Innenministeriums der Ukraine über das Nichtvorliegen von Vorstrafen, Nr. [[AZ|{ua_ref}]], über das Portal Diia beantragt; Übersetzung steht noch aus.

Für alle fünf Personen liegt zudem eine Auskunft aus dem Bundeszentralregister ohne Eintrag vor (Anfragen vom 02.02.2026). Gebühren für Übersetzungen sind von den Antragstellenden selbst getragen worden.

Wiedervorlage: 25.02.2026
gez. [[P|Feddersen]]
""")

# ---------------------------------------------------------------- 010 Gebührenbescheid + Einladung, Ukrainian family
ua_p1 = "F" + rng.choice("AUX") + ids.digits(6)
ua_p2 = ua_p1[:2] + ids.digits(6)
add("word", "gebuehrenbescheid_aushaendigung", f"""{HEAD}

Frau [[P|Oksana Petrenko]]
Herrn [[P|Andrij Petrenko]]
[[A|Toosbüystraße 16]]
[[A|24939 Flensburg]]

Aktenzeichen: [[AZ|EB 32.3-0144/25]] und -[[AZ|0145/25]]
Kassenzeichen: [[AZ|5.0231.004417.6]]
Bescheid-Nr.: [[AZ|GB-EB/2026/0211]]
Datum: 05.02.2026

Gebührenbescheid und Einladung zur Aushändigung der Einbürgerungsurkunden

Sehr geehrte Frau [[P|Petrenko]], sehr geehrter Herr [[P|Petrenko]],

Ihre Anträge auf Einbürgerung sowie die Miteinbürgerung Ihrer Kinder [[P|Sofiia]] (geb. [[DOB|11.09.2012]]) und [[P|Mark]] (geb. [[DOB|27.04.2016]]) sind entscheidungsreif. Sie behalten nach dem seit 27.06.2024 geltenden Recht Ihre ukrainische Staatsangehörigkeit.

Für die Einbürgerung werden nach § 38 StAG folgende Gebühren festgesetzt:
Erwachsene: 2 × 255,00 EUR = 510,00 EUR
minderjährige Kinder (Miteinbürgerung): 2 × 51,00 EUR = 102,00 EUR
Gesamt: 612,00 EUR

Bitte überweisen Sie den Betrag bis zum 19.02.2026 unter Angabe des Kassenzeichens an die Kreiskasse Angeln-Schwansen, IBAN [[N|{KREISKASSE_IBAN}]], BIC NOLADE21SCH.

Die Urkunden werden Ihnen am Donnerstag, 26.02.2026, um 11:00 Uhr im Kreishaus (Sitzungssaal, 1. OG) ausgehändigt. Bringen Sie bitte Ihre ukrainischen Reisepässe (u. a. Nr. [[PASS|{ua_p1}]] und [[PASS|{ua_p2}]]) mit. Vor der Aushändigung geben Sie das feierliche Bekenntnis nach § 16 StAG ab.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch beim Landrat des Kreises Angeln-Schwansen erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Brodersen]]
""")

# ---------------------------------------------------------------- 011 Mail from Indian nurse: family reunification
pp_ak = rng.choice("JKLMNPRSTUVZ") + ids.digits(7)
pp_k1 = rng.choice("JKLMNPRSTUVZ") + ids.digits(7)
visa_ref = f"NEWD{ids.digits(10)}"
add("outlook", "familiennachzug", f"""Von: [[P|Rohit Kulkarni]] <[[E|rohit.kulkarni88@gmail.com]]>
Gesendet: Mittwoch, 4. Februar 2026 22:51
An: Ausländerbehörde Kreis Angeln-Schwansen <[[N|{MAIL_ABH}]]>
Betreff: Familiennachzug Ehefrau und Sohn – Vorabzustimmung / mein Az. [[AZ|33.18a-0712/24]]

Sehr geehrte Damen und Herren,

ich arbeite seit Oktober 2024 als Pflegefachmann am UKSH in Kiel und möchte meine Frau und meinen Sohn nachholen. Meine Frau heißt [[P|Anjali Rohit Kulkarni]], geboren am [[DOB|21.03.1992]], Reisepass Nr. [[PASS|{pp_ak}]]. Unser Sohn [[P|Aarav]] ist am [[DOB|5. Januar 2021]] in Pune geboren, sein Pass hat die Nr. [[PASS|{pp_k1}]].

Die Visumanträge sind bei der Botschaft in Neu-Delhi (VFS) eingereicht, Antragsnummer [[AZ|{visa_ref}]]. Die Botschaft hat mir gesagt, eine Vorabzustimmung nach § 31 Abs. 3 AufenthV könnte das Verfahren schneller machen.

Meine Wohnung ist 68 qm groß, zwei Zimmer, die Miete ist 740 Euro warm. Mietvertrag und Gehaltsabrechnungen (netto ca. 2.650 Euro) lege ich bei.

Die Adresse meiner Familie in Indien ist:
[[A|Flat 12, Shree Ganesh Apartments, Karve Road]]
[[A|Kothrud, Pune 411038]]
Maharashtra, India

Meine Adresse hier: [[A|Knooper Weg 131]], [[A|24118 Kiel]]
Telefon: [[T|0157 3391 0472]]

Mit freundlichen Grüßen
[[P|Rohit Kulkarni]]
""")

# ---------------------------------------------------------------- 012 Telephone note, Romanian nurse + self-employed husband
tid_ip = ids.tax_id()
ssn_ip = ids.social_security("220890", "P")
kv_ip = ids.health_insurance()
iban_ip = ids.iban_de()
stnr_md = f"15/{ids.digits(3)}/{ids.digits(5)}"
vat_md = ids.vat_id()
add("word", "aktennotiz_telefonat", f"""Aktennotiz (Telefonat)

Datum/Uhrzeit: 04.02.2026, 14:20 Uhr
Anruferin: Frau [[P|Ioana-Maria Popescu]], geb. [[DOB|22.08.1990]], rumänische Staatsangehörige
Vorgang: [[AZ|EB 32.3-0598/25]]

Frau [[P|Popescu]] (Pflegefachfrau am UKSH, Station N7 Neurologie) fragte, welche Nachweise zur Sicherung des Lebensunterhalts noch fehlen. Sie gab am Telefon folgende Daten durch, damit die Unterlagen zugeordnet werden können:
– Steuer-ID: [[TID|{tid_ip[:2]} {tid_ip[2:5]} {tid_ip[5:8]} {tid_ip[8:]}]]
– Versicherungsnummer DRV: [[SSN|{ssn_ip}]]
– Krankenversichertennummer (AOK NordWest): [[KV|{kv_ip[0]} {kv_ip[1:]}]]
– Konto für die Erstattung der doppelt gezahlten Gebühr: [[IBAN|{group(iban_ip, 4)}]]

Ihr Ehemann, Herr [[P|Mihai Dumitrescu]], ist selbständiger Fliesenleger (Einzelunternehmen „Dumitrescu Fliesen & Naturstein“) und möchte ebenfalls eingebürgert werden. Für ihn werden der letzte Einkommensteuerbescheid (Steuernummer [[TNR|{stnr_md}]]) und eine Bescheinigung des Steuerberaters benötigt; seine USt-IdNr. [[VAT|{vat_md}]] steht auf den beigefügten Rechnungen.

Vereinbart: Frau [[P|Popescu]] reicht die Unterlagen bis 27.02.2026 ein; Rückruf bei Fragen unter [[T|0152 2841 9937]].
Hinweis an Frau [[P|Popescu]]: Nach § 12 Abs. 2 StAG bleibt die rumänische Staatsangehörigkeit ohnehin unberührt.

[[P|J.-O. Paulsen]]
""")

# ---------------------------------------------------------------- 013 Table pasted into a mail from UKSH HR
rows13 = [
    ("Villanueva", "Angelica", "09.12.1996", "PHL", "P" + ids.digits(7) + letters(1), "AB-81a-2025-1107", "Kardiologie"),
    ("Reyes", "Mark Anthony", "1994-07-01", "PHL", "P" + ids.digits(7) + letters(1), "AB-81a-2025-1108", "ZNA"),
    ("Menon", "Anjali", "8.3.1992", "IND", rng.choice("JKLMNPRSTUVZ") + ids.digits(7), "AB-81a-2025-1111", "Onkologie"),
    ("Jebali", "Sarra", "30.06.1995", "TUN", rng.choice("ABCDE") + ids.digits(6), "AB-81a-2025-1114", "Geriatrie"),
    ("Cárdenas Rojas", "Juan Sebastián", "11.10.1990", "COL", "A" + rng.choice("OSTUV") + ids.digits(6),
     "AB-81a-2025-1120", "Intensiv"),
    ("Pangilinan", "Ma. Theresa", "17.01.1998", "PHL", "P" + ids.digits(7) + letters(1), "AB-81a-2025-1121", "Neurologie"),
    ("Thomas", "Jinu", "02.09.1993", "IND", rng.choice("JKLMNPRSTUVZ") + ids.digits(7), "AB-81a-2025-1124", "Dialyse"),
]
tbl13 = "\n".join(
    f"[[P|{a}]] | [[P|{b}]] | [[DOB|{c}]] | {d} | [[PASS|{e}]] | [[AZ|{f}]] | {g}" for a, b, c, d, e, f, g in rows13)
add("outlook", "tabelle_kohorte", f"""Von: [[P|Wulff-Nommensen, Katrin]] <[[E|katrin.wulff-nommensen@uksh.de]]>
Gesendet: Montag, 9. Februar 2026 09:12
An: [[P|Thomsen, Wiebke]] <[[E|wiebke.thomsen@kreis-angeln-schwansen.de]]>
Cc: [[P|Paulsen, Sven]] <[[E|sven.paulsen@uksh.de]]>
Betreff: Kohorte 2026-1 – Liste für die Terminvergabe

Liebe Frau [[P|Thomsen]],

wie am 29.01. besprochen hier die Liste der neuen Kolleginnen und Kollegen (Einreise 02.03.2026, Dienstbeginn 16.03.2026), jeweils mit der Passnummer und dem Aktenzeichen Ihrer Behörde aus der Vorabzustimmung:

Name | Vorname | Geb.-Datum | StAng | Reisepass | Az. ABH | Einsatz
{tbl13}

Alle sieben wohnen zunächst in den Personalwohnungen des UKSH; die Meldebescheinigungen reichen wir nach der Anmeldung beim Bürgerbüro nach. Herr [[P|Reyes]] kommt zwei Tage später, weil sein Flug ab Manila umgebucht wurde.

Die Arbeitsverträge (TV-L, E 9a) liegen Ihnen seit der Vorabzustimmung vor.

Viele Grüße
[[P|Katrin Wulff-Nommensen]]
UKSH · Geschäftsbereich Personal · International Recruiting
Tel. [[N|0431 500-10400]]
""")

# ---------------------------------------------------------------- 014 Letter abroad: Staatsangehörigkeitsfeststellung, Frisian family (ETHNICITY)
dk_plate = f"{letters(2)} {ids.digits(2)} {ids.digits(3)}"
add("word", "feststellung_staatsangehoerigkeit", f"""{HEAD}

Herrn
[[P|Brar Riewerts]]
[[A|Slotsgade 14, 1. th.]]
[[A|DK-6270 Tønder]]
DÄNEMARK

Ihr Zeichen: –
Unser Zeichen: [[AZ|StA-F 2025/0093]]
Datum: 10.02.2026

Antrag auf Feststellung der deutschen Staatsangehörigkeit (§ 30 StAG) – Anforderung von Nachweisen

Sehr geehrter Herr [[P|Riewerts]],

Sie haben beantragt festzustellen, dass Sie die deutsche Staatsangehörigkeit durch Abstammung besitzen. Nach Ihren Angaben leitet sich diese wie folgt ab:

Großvater: [[P|Ocke Riewerts]], geboren am [[DOB|2. April 1911]] in Niebüll, gestorben 1979 in Tønder
Großmutter: [[P|Keike Riewerts]] geb. [[P|Jannsen]], * [[DOB|19.11.1914]] in Dagebüll
Vater: [[P|Hans Christian Riewerts]], geboren [[DOB|07.03.1941]] in Tønder
Sie selbst: geboren am [[DOB|28.10.1972]] in Tønder

Entscheidend ist, ob Ihr Vater bei seiner Geburt 1941 die deutsche Staatsangehörigkeit von seinem Vater ableiten konnte. Dafür benötigen wir:
1. die Heiratsurkunde der Großeltern (Standesamt Niebüll, Heiratsregister Nr. [[AZ|117/1938]]),
2. Nachweise über eine etwaige dänische Einbürgerung Ihres Großvaters vor 1941 (Indfødsretsbevis),
3. die Geburtsurkunde Ihres Vaters.

Ihr Hinweis, dass sich Ihre Familie seit Generationen der nordfriesischen Volksgruppe zugehörig fühlt, ist für die rechtliche Prüfung ohne Bedeutung; wir haben ihn daher nicht weiter ausgewertet.

Bei Ihrer Vorsprache am 03.02.2026 war Ihr Fahrzeug (dänisches Kennzeichen [[KFZ|{dk_plate}]]) auf dem Behindertenparkplatz vor dem Kreishaus abgestellt; wir bitten, bei künftigen Terminen den Besucherparkplatz in der Gerichtsstraße zu nutzen.

Für Rückfragen stehe ich Ihnen unter [[N|{SWITCH}]] zur Verfügung.

Med venlig hilsen / Mit freundlichen Grüßen
Im Auftrag
[[P|Dörte Feddersen]]
""", ["ETHNICITY"])

# ---------------------------------------------------------------- 015 Forwarded chain, Syrian applicant (POLITICS)
azr = ids.digits(12, first_nonzero=True)
bamf = f"{ids.digits(7, True)}-475"
add("outlook", "weiterleitung_regelanfrage", f"""Von: [[P|Henningsen, Tjark]]
Gesendet: Donnerstag, 5. Februar 2026 16:02
An: [[P|Brodersen, Merle]]
Betreff: WG: Regelanfrage [[P|Al-Hassan]] – Rückmeldung LfV

Hallo [[P|Merle]],

zur Info für deine Einbürgerungsakte, die Ausländerakte schicke ich dir per Hauspost (AZR-Nr. [[AZ|{azr}]], frühere BAMF-Az. [[AZ|{bamf}]]).
Er hat im Gespräch selbst erzählt, dass er in Aleppo für den Syrischen Nationalrat aktiv war und seit 2023 Mitglied im SPD-Ortsverein Kappeln ist – steht auch so in seinem Lebenslauf. Aus meiner Sicht unproblematisch, aber bitte berücksichtigen, falls du das Bekenntnisgespräch führst.

Gruß
[[P|Tjark]]

-----Ursprüngliche Nachricht-----
Von: Landesamt für Verfassungsschutz SH – Regelanfragen <[[N|regelanfrage@lfv.landsh.de]]>
Gesendet: Donnerstag, 5. Februar 2026 11:37
An: [[N|{MAIL_ABH}]]
Betreff: Regelanfrage nach § 37 Abs. 2 StAG – Ihr Zeichen [[AZ|33.25-0288/19]]

Sehr geehrte Damen und Herren,

zu der Anfrage betreffend
[[P|Abdulrahman Al-Hassan]], geb. [[DOB|01.01.1986]] in Aleppo, wohnhaft [[A|Dehnthof 9]], [[A|24376 Kappeln]],
und
[[P|Lina Darwish]], geb. [[DOB|15.08.1990]] in Homs, gleiche Anschrift,
sowie den miteinzubürgernden Kindern [[P|Omar]] und [[P|Jana Al-Hassan]]
liegen hier keine Erkenntnisse im Sinne des § 11 StAG vor.

Unser Zeichen: [[AZ|LfV-RA 2026/01182]]

Im Auftrag
[[P|Schramm]]
""", ["POLITICS"])

# ---------------------------------------------------------------- 016 Vermerk: Lebensunterhalt, Vietnamese applicant
tid_nl = ids.tax_id()
stnr_nl = f"15/{ids.digits(3)}/{ids.digits(5)}"
iban_nl = ids.iban_de()
add("word", "vermerk_lebensunterhalt", f"""Vermerk – Prüfung der Lebensunterhaltssicherung (§ 10 Abs. 1 Satz 1 Nr. 3 StAG)

Az.: [[AZ|EB 32.3-0566/25]]
Antragsteller: [[P|Nguyễn Văn Long]] (in deutschen Dokumenten: [[P|Nguyen, Van Long]]), *[[DOB|03.11.1978]] in Hải Phòng
Ehefrau: [[P|Trần Thị Mai]], geb. [[DOB|17.05.1982]]
Anschrift: [[A|Schmiedestraße 22]], [[A|24376 Kappeln]]

1. Einkommen
Herr [[P|Nguyễn]] betreibt seit 2011 das Restaurant „Saigon Garden“ am Rathausmarkt in Kappeln (Einzelunternehmen, Steuernummer [[TNR|{stnr_nl}]]). Laut Einkommensteuerbescheid 2024 betrug der Gewinn 41.380 EUR; die vorläufige BWA 2025 weist 38.900 EUR aus. Frau [[P|Trần]] ist im Betrieb mit 20 Wochenstunden angestellt (brutto 1.450 EUR).

2. Bedarf
Regelbedarfe nach § 20 SGB II für zwei Erwachsene und zwei Kinder, Kosten der Unterkunft 980 EUR. Kein Bezug von Leistungen nach SGB II oder SGB XII seit 2012 (Auskunft Jobcenter vom 21.01.2026).

3. Sonstiges
– Steuer-ID des Antragstellers: [[TID|{tid_nl}]] (zur Abfrage beim Finanzamt Flensburg)
– Geschäftskonto laut Kontoauszug: [[IBAN|{iban_nl}]]
– Das Lieferfahrzeug [[KFZ|SL-NL 388]] ist auf den Antragsteller zugelassen; der Leasingvertrag (monatlich 389 EUR) ist berücksichtigt.
– Die Kinder [[P|Nguyễn Minh Anh]] und [[P|Nguyễn Bảo Khang]] werden miteingebürgert.

Ergebnis: Der Lebensunterhalt ist ohne Inanspruchnahme öffentlicher Mittel gesichert.

Kappeln, 06.02.2026
[[P|Brodersen]]
Mitzeichnung: [[P|Lorenzen]] (SGL)
""")

# ---------------------------------------------------------------- 017 English mail, Colombian nurse, same-sex spouse (SEXUAL_ORIENTATION)
pp_dv = "A" + rng.choice("OSTUV") + ids.digits(6)
serial_mat = ids.digits(8)
add("outlook", "english_reunification", f"""From: [[P|Juan Sebastián Cárdenas]] <[[E|jscardenas.rojas@gmail.com]]>
Sent: Sunday, February 8, 2026 9:17 PM
To: [[N|{MAIL_ABH}]]
Subject: Family reunification – my husband / file [[AZ|AB-81a-2025-1120]]

Dear Sir or Madam,

my name is [[P|Juan Sebastián Cárdenas Rojas]], I will start working as a nurse at UKSH in March (I am on the list the hospital sent you). I would like to ask what I need so that my husband can join me later this year.

We got married on 14 October 2023 in Bogotá. It is a same-sex marriage, which has been legal in Colombia since 2016; the marriage is registered under Registro Civil de Matrimonio, serial no. [[AZ|{serial_mat}]]. I read that Germany recognises it as a marriage, but a colleague told me that some embassies make difficulties – is that true for the embassy in Bogotá?

My husband's details:
Name: [[P|Diego Alejandro Vargas Peña]]
Date of birth: [[DOB|1988/05/22]]
Passport: [[PASS|{pp_dv}]]
Address: [[A|Carrera 7 # 72-41, Apto. 502]], [[A|Bogotá D.C. 110231]], Colombia
Phone / WhatsApp: [[T|+57 310 482 9176]]

He is a graphic designer and has A2 German (Goethe-Institut Bogotá, certificate attached).

Thank you very much!
[[P|Juan Sebastián]]

--
Enviado desde mi Galaxy
""", ["SEXUAL_ORIENTATION"])

# ---------------------------------------------------------------- 018 Medical certificate (HEALTH)
kv_hc = ids.health_insurance()
add("word", "aerztliche_bescheinigung", f"""Praxis für Neurologie und Psychiatrie
Dr. med. [[P|Frauke Hinrichsen]]
[[N|Lollfuß 61]] · [[N|24837 Schleswig]] · Tel. [[N|04621 29 88 70]]

Ärztliche Bescheinigung
zur Vorlage bei der Einbürgerungsbehörde des Kreises Angeln-Schwansen (§ 10 Abs. 6 StAG)

Patient: Herr [[P|Hüseyin Çelik]]
geboren am: [[DOB|09.02.1958]]
wohnhaft: [[A|Am Lornsenpark 3]], [[A|24837 Schleswig]]
Versichertennummer: [[KV|{kv_hc}]]
Ihr Aktenzeichen: [[AZ|EB 32.3-0601/25]]

Herr [[P|Çelik]] befindet sich seit Oktober 2022 in meiner regelmäßigen Behandlung. Nach einem ischämischen Schlaganfall im linken Mediastromgebiet (ICD-10 I63.5) besteht eine mittelgradige Aphasie mit deutlicher Einschränkung des Sprachverständnisses und der Schreibfähigkeit; zusätzlich leichte kognitive Störung (F06.7). Eine wesentliche Besserung ist nicht zu erwarten.

Aufgrund dieser Erkrankung ist Herr [[P|Çelik]] nicht in der Lage, die für die Einbürgerung erforderlichen Deutschkenntnisse auf dem Niveau B1 zu erwerben oder den Einbürgerungstest abzulegen.

Die Bescheinigung wird auf Wunsch des Patienten und seiner Tochter, Frau [[P|Elif Çelik-Brandt]], ausgestellt. Die Kosten (GOÄ Nr. 70: 5,36 EUR) trägt der Patient.

Schleswig, 27.01.2026

Dr. med. [[P|F. Hinrichsen]]
Fachärztin für Neurologie
""", ["HEALTH"])

# ---------------------------------------------------------------- 019 Polish applicant, typos, card payment
cc_mw = card("53", "")
pl_id = polish_id()
add("outlook", "zahlung_kreditkarte", f"""Betreff: Zahlung gebür Einbürgerung Kassenzeichen [[AZ|5.0231.004502.1]]

Sehr geerte Damen und Herren,

ich habe gestern versucht die Gebür für meine Einbürgerung über das Online-Portal zu bezahlen (255,- €) aber die Zahlung ist zwei mal abgebrochen. Im Portal steht "Transaktion abgelehnt, Fehlercode 05". Die Karte ist eine Mastercard [[CC|{cc_mw}]], gültig bis 11/27, Karteninhaber ist mein Mann [[P|Krzysztof Wiśniewski]]. Ist das ein Problem das die Karte nicht auf mein Name ist?

Kann ich auch überweisen? Dann bitte die Bankverbindung schicken. 

Noch eine Frage: bei der Aushändigung muss ich meinen polnischen Personalausweis mitbringen (Nr. [[IDC|{pl_id}]]) oder reicht der Reisepass?

Mein Aktenzeichen ist [[AZ|EB 32.3-0574/25]], Geburtsdatum [[DOB|3.7.1984]].

Mit freundlichen Grüssen
[[P|Małgorzata Wiśniewska-Kühl]]
[[A|Süderstraße 84b]]
[[A|24955 Harrislee]]
tel. [[T|0461 / 70 38 215]]
""")

# ---------------------------------------------------------------- 020 Invitation to the naturalisation ceremony, officials
add("word", "einbuergerungsfeier", f"""{HEAD}

Einbürgerungsfeier des Kreises Angeln-Schwansen
Freitag, 13.03.2026, 17:00 Uhr, Kreistagssaal im Kreishaus

Programmentwurf (Stand 09.02.2026)

17:00  Begrüßung durch den Landrat, Dr. [[P|Bendix Ketelsen]]
17:10  Grußwort der Kreispräsidentin [[P|Anke Sönnichsen-Holm]]
17:20  Musik: Schülerchor der Skolen ved Slien, Leitung [[P|Rasmus Bøgh Jessen]]
17:30  „Wie ich Kappelnerin wurde“ – ein Erfahrungsbericht von [[P|Ines Trabelsi]]
17:45  Gemeinsames Bekenntnis und Überreichung der Urkunden (Landrat, Bürgermeister [[P|Jörn Asmussen]])
18:15  Nationalhymne, anschließend Empfang im Foyer (Catering: Hotel Stadt Kappeln)

Namensliste für die Urkundenüberreichung (intern, nicht zur Veröffentlichung):
1. [[P|Abebe Tesfaye]]
2. [[P|Ana Luísa Ferreira da Silva]]
3. [[P|Giuseppe Lo Russo]]
4. [[P|Ines Trabelsi]]
5. [[P|Oksana Petrenko]], [[P|Andrij Petrenko]] mit [[P|Sofiia]] und [[P|Mark]]
6. [[P|Chiamaka Okonkwo]]
7. [[P|Emre Yıldırım]]
8. [[P|Dimitrios Papadopoulos]]
9. [[P|Javier de la Fuente Ruiz]]
10. [[P|Thanh Hương Đỗ]]
11. [[P|Ruslan Ibragimov]]
12. [[P|Marieke van der Veen]]

Hinweise:
– Fotos werden nur mit schriftlicher Einwilligung veröffentlicht; die Pressestelle (Frau [[P|Gesa Claußen]]) holt diese am Eingang ein.
– Für die Bestuhlung sind 90 Plätze vorgesehen; Haushaltsmittel: 1.800 EUR aus Produktkonto 12205.543100.
– Das Grußwort der Kreispräsidentin ist mit 5 Minuten eingeplant.

Rückmeldungen bitte bis 27.02.2026 an [[N|{MAIL_EB}]] oder unter [[N|{SWITCH}]].

[[P|H. Lorenzen]]
Leitung Fachdienst 32
""")

# ---------------------------------------------------------------- 021 DNA test for family reunification (GENETIC)
pp_child = "G" + ids.digits(7)
gutachten = f"RM-KI {2026}/{ids.digits(4)}"
add("outlook", "abstammungsgutachten", f"""Von: Prof. Dr. [[P|Annika Voss-Meinert]] <[[E|a.voss-meinert@rechtsmedizin.uksh.de]]>
Gesendet: Dienstag, 10. Februar 2026 13:48
An: [[P|Thomsen, Wiebke]]
Betreff: Abstammungsgutachten [[AZ|{gutachten}]] – Familiennachzug [[P|Asante-Boateng]]

Sehr geehrte Frau [[P|Thomsen]],

im Auftrag der Deutschen Botschaft Accra haben wir das Abstammungsgutachten in der oben genannten Sache erstellt. Untersucht wurden die Proben von
– Herrn [[P|Kwame Asante-Boateng]], geb. [[DOB|30.11.1985]] (Entnahme am 12.01.2026 in Kiel),
– dem Kind [[P|Ama Serwaa Asante-Boateng]], geb. [[DOB|14.02.2017]], Reisepass Ghana Nr. [[PASS|{pp_child}]] (Entnahme am 19.01.2026 in der Botschaft Accra),
– der Mutter, Frau [[P|Abena Owusu]] (ebenfalls Accra).

Ergebnis: Nach Untersuchung von 24 STR-Systemen ist die Vaterschaft von Herrn [[P|Asante-Boateng]] praktisch erwiesen (W = 99,9999 %). Ein Ausschluss liegt in keinem System vor.

Das vollständige Gutachten geht Ihnen mit Post zu; eine Kopie erhält die Botschaft. Die Proben werden nach § 13 GenDG nach Abschluss vernichtet.

Mit freundlichen Grüßen
[[P|Annika Voss-Meinert]]
Institut für Rechtsmedizin, UKSH Campus Kiel
Sekretariat: [[N|0431 500-15601]]
""", ["GENETIC"])

# ---------------------------------------------------------------- 022 Biometrics problem at eAT application, MRZ (BIOMETRIC, HEALTH)
pp_rm = "P" + ids.digits(7) + letters(1)
mrz1 = "P<PHLMACARAEG<<ROWENA<LACSON"
mrz1 = mrz1 + "<" * (44 - len(mrz1))
dob_rm, exp_rm = "960314", "330707"
pn = "<" * 14
line2_body = (pp_rm + mrz_check(pp_rm) + "PHL" + dob_rm + mrz_check(dob_rm) + "F" + exp_rm + mrz_check(exp_rm)
              + pn + mrz_check(pn))
composite = mrz_check(pp_rm + mrz_check(pp_rm) + dob_rm + mrz_check(dob_rm) + exp_rm + mrz_check(exp_rm)
                      + pn + mrz_check(pn))
line2 = line2_body + composite
assert len(line2) == 44
l2 = (f"[[PASS|{pp_rm}]]{mrz_check(pp_rm)}PHL[[DOB|{dob_rm}]]{mrz_check(dob_rm)}F{exp_rm}{mrz_check(exp_rm)}"
      f"{pn}{mrz_check(pn)}{composite}")
antrag_bd = f"{ids.digits(4)} {ids.digits(4)} {ids.digits(4)}"
add("word", "vermerk_biometrie", f"""Vermerk – Erfassung der Fingerabdrücke für den elektronischen Aufenthaltstitel

Vorgang: [[AZ|AB-81a-2025-0932]]
Antragstellerin: [[P|Rowena Lacson Macaraeg]], geb. [[DOB|14.03.1996]]
Sachbearbeitung: [[P|Wiebke Thomsen]]

Bei der Vorsprache am 11.02.2026 konnten die Fingerabdrücke beider Zeigefinger auch nach mehreren Versuchen nicht in ausreichender Qualität erfasst werden (Qualitätswert NFIQ unter dem Schwellenwert). Frau [[P|Macaraeg]] gab an, dass sie wegen eines Kontaktekzems an beiden Händen (berufsbedingt, häufige Händedesinfektion) in hautärztlicher Behandlung ist.

Es wurden ersatzweise die Mittelfinger erfasst (§ 61a Abs. 1 AufenthV, Ersatzfinger). Das Lichtbild wurde vor Ort mit der Selbstbedienungsstation aufgenommen und biometrisch geprüft.

Datenseite des Reisepasses (maschinenlesbare Zone, zur Kontrolle abgeschrieben):
{mrz1[:5]}[[P|{mrz1[5:28]}]]{mrz1[28:]}
{l2}

Antrag an die Bundesdruckerei übermittelt, Antrags-Nr. [[AZ|{antrag_bd}]]. Die Fiktionsbescheinigung wurde bis 10.05.2026 verlängert.

Kappeln, 11.02.2026
[[P|Thomsen]]
""", ["BIOMETRIC", "HEALTH"])

# ---------------------------------------------------------------- 023 Union secretary writes on behalf of a member (UNION)
mitgl = f"{ids.digits(4)} {ids.digits(4)} {ids.digits(2)}"
add("outlook", "gewerkschaft", f"""Von: [[P|Zeynep Aydoğan]] <[[E|zeynep.aydogan@verdi.de]]>
Gesendet: Mittwoch, 11. Februar 2026 08:05
An: [[N|{MAIL_ABH}]]
Cc: [[E|h.k.sandhu@web.de]]
Betreff: Fiktionsbescheinigung Frau [[P|Harpreet Kaur Sandhu]] – Bitte um kurzfristigen Termin

Sehr geehrte Damen und Herren,

ich schreibe Ihnen als zuständige Gewerkschaftssekretärin im ver.di-Bezirk Nord für unser Mitglied Frau [[P|Harpreet Kaur Sandhu]] (Mitgliedsnummer [[AZ|{mitgl}]]), Pflegefachfrau am UKSH, Campus Kiel. Eine Vollmacht liegt bei (Frau [[P|Sandhu]], geb. [[DOB|19.09.1994]], wohnhaft [[A|Projensdorfer Straße 200]], [[A|24106 Kiel]]).

Die Fiktionsbescheinigung von Frau [[P|Sandhu]] ist am 31.01.2026 abgelaufen. Ihren Antrag auf Verlängerung der Aufenthaltserlaubnis (Ihr Zeichen [[AZ|33.18a-0559/23]]) hat sie fristgerecht am 12.12.2025 gestellt. Der Arbeitgeber hat ihr nun mitgeteilt, dass sie ab dem 16.02.2026 nicht mehr eingesetzt werden kann, solange keine gültige Bescheinigung vorliegt.

Wir bitten daher um einen Termin noch in dieser Woche. Frau [[P|Sandhu]] ist unter [[T|0177 4120 883]] erreichbar, ich selbst unter der unten genannten Nummer.

Mit freundlichen Grüßen

[[P|Zeynep Aydoğan]]
Gewerkschaftssekretärin Gesundheit, Soziale Dienste, Bildung und Wissenschaft
ver.di Bezirk Nord · [[N|Legienstraße 22]] · [[N|24103 Kiel]]
Mobil [[T|0160 9823 4471]]
""", ["UNION"])

# ---------------------------------------------------------------- 024 Excel resubmission list
rows24 = [
    ("EB 32.3-0388/25", "Subramanian, Arvind", "IND", "12.11.2025", "16.02.2026", "Sprachnachweis (Gültigkeit C1 2017)"),
    ("EB 32.3-0291/25", "Trabelsi, Ines", "TUN", "03.09.2025", "13.03.2026", "Urkunde fertig – Feier"),
    ("EB 32.3-0417/26", "Dela Cruz, Maria Cristina", "PHL", "16.01.2026", "16.03.2026", "LiD-Test, NBI"),
    ("EB 32.3-0502/25", "Macaraeg, Rowena", "PHL", "28.10.2025", "25.02.2026", "Echtheitsprüfung NBI"),
    ("EB 32.3-0519/25", "Ben Ammar, Oussama", "TUN", "30.10.2025", "25.02.2026", "Übersetzung"),
    ("EB 32.3-0547/25", "Kowalenko, Bohdan", "UKR", "14.11.2025", "25.03.2026", "LiD-Wiederholung"),
    ("EB 32.3-0611/25", "Lo Russo, Giuseppe", "ITA", "01.12.2025", "20.02.2026", "–"),
    ("EB 32.3-0613/25", "Ferreira da Silva, Ana Luísa", "PRT", "02.12.2025", "20.02.2026", "–"),
    ("EB 32.3-0620/25", "Diallo, Amadou", "GIN", "05.12.2025", "02.03.2026", "Geburtsurkunde (Legalisation)"),
    ("EB 32.3-0627/25", "Wolkow, Dmitri", "RUS", "08.12.2025", "18.02.2026", "Anhörung § 12a StAG"),
]
dob24 = ["19.08.1979", "04.07.1989", "23.05.1991", "14.03.1996", "27.01.1984", "12.06.1979", "30.04.1971",
         "06.12.1988", "01.01.1990", "15.10.1975"]
tbl24 = "\n".join(f"[[AZ|{a}]]\t[[P|{b}]]\t[[DOB|{g}]]\t{c}\t{d}\t{e}\t{f}"
                   for (a, b, c, d, e, f), g in zip(rows24, dob24))
add("word", "wiedervorlage_liste", f"""Wiedervorlageliste Einbürgerung – Sachbearbeitung [[P|Brodersen]] – KW 7/2026
(Export aus dem Fachverfahren, Spalten gekürzt)

Az.\tName, Vorname\tGeb.-Dat.\tStAng\tEingang\tWV\toffen
{tbl24}

Summe: 10 Vorgänge, davon 3 mit überschrittener Wiedervorlage. Durchschnittliche Laufzeit seit Eingang: 94 Tage.
Vertretung während des Urlaubs (23.02.–06.03.2026): [[P|Dörte Feddersen]], Zimmer 2.16.
""")

# ---------------------------------------------------------------- 025 Danish parent mail + German reply quoted (ETHNICITY)
cpr = f"120378-{ids.digits(4)}"
add("outlook", "dansk_forespoergsel", f"""Emne: SV: Tysk statsborgerskab for vores datter

Kære [[P|Merle Brodersen]],

mange tak for det hurtige svar. Jeg har lige et par opfølgende spørgsmål. Vores datter [[P|Ida]] er født [[DOB|9. marts 2009]] i Flensborg og har kun dansk statsborgerskab, fordi vi begge var danske statsborgere dengang. Min kone [[P|Inken]] (født [[P|Boysen]]) blev tysk statsborger igen i 2015.

Vi er en del af det danske mindretal, og [[P|Ida]] går på A.-O.-Lund-Gymnasiet i Flensborg. Kan hun søge om tysk statsborgerskab uden at opgive det danske? Og tæller årene på en dansk mindretalsskole som "skolegang i Tyskland"?

Mit CPR-nummer, hvis I skal bruge det: [[SSN|{cpr}]]. Vi bor stadig på [[A|Rosenstraße 9]], [[A|24960 Glücksburg]].

Venlig hilsen
[[P|Søren Østergaard Lund]]
[[T|+45 51 88 20 36]]

Am 06.02.2026 um 10:41 schrieb [[P|Merle Brodersen]] <[[E|merle.brodersen@kreis-angeln-schwansen.de]]>:
> Sehr geehrter Herr [[P|Østergaard Lund]],
> vielen Dank für Ihre Anfrage. Seit dem 27.06.2024 ist Mehrstaatigkeit bei der Einbürgerung generell hingenommen. Ihre Tochter kann daher die deutsche Staatsangehörigkeit erwerben, ohne die dänische aufzugeben. Für Minderjährige ab 16 Jahren ist ein eigener Antrag erforderlich.
> Mit freundlichen Grüßen
> [[P|Merle Brodersen]]
""", ["ETHNICITY"])

# ---------------------------------------------------------------- 026 Hearing before refusal, Russian applicant, court file
add("word", "anhoerung_versagung", f"""{HEAD}

Herrn
[[P|Dmitri Sergejewitsch Wolkow]]
[[A|Friedrichstraße 47]]
[[A|24837 Schleswig]]

Geschäftszeichen: [[AZ|EB 32.3-0627/25]]
Datum: 09.02.2026

Anhörung nach § 28 Verwaltungsverfahrensgesetz – beabsichtigte Ablehnung Ihres Einbürgerungsantrags

Sehr geehrter Herr [[P|Wolkow]],

Sie haben am 08.12.2025 Ihre Einbürgerung beantragt. Nach der Auskunft aus dem Bundeszentralregister vom 20.01.2026 wurden Sie durch Strafbefehl des Amtsgerichts Schleswig vom 14.06.2024 (Az. [[AZ|41 Cs 107 Js 4471/24]]) wegen fahrlässiger Trunkenheit im Verkehr (§ 316 StGB) zu einer Geldstrafe von 120 Tagessätzen zu je 45,00 EUR verurteilt. Sie hatten am 02.03.2024 gegen 23:40 Uhr das Fahrzeug mit dem amtlichen Kennzeichen [[KFZ|SL-DW 714]] auf der B 201 geführt.

Nach § 12a Abs. 1 Satz 1 Nr. 2 StAG bleiben Geldstrafen bis zu 90 Tagessätzen außer Betracht. Die gegen Sie verhängte Strafe überschreitet diese Grenze. Wir beabsichtigen daher, Ihren Antrag abzulehnen.

Ihre Ehefrau, Frau [[P|Natalja Wolkowa]], ist von dieser Entscheidung nicht betroffen; ihr Verfahren ([[AZ|EB 32.3-0628/25]]) wird fortgeführt.

Sie haben Gelegenheit, sich bis zum 09.03.2026 schriftlich oder zur Niederschrift zu äußern. Sie können Ihren Antrag auch zurücknehmen; die Gebühr ermäßigt sich dann nach § 38 Abs. 2 StAG auf 191,25 EUR. Eine erneute Antragstellung ist nach Tilgung der Eintragung (voraussichtlich 2029) möglich.

Mit freundlichen Grüßen
Im Auftrag
[[P|Merle Brodersen]]
""")

# ---------------------------------------------------------------- 027 Internal informal mails, nicknames
add("outlook", "intern_kurz", f"""Von: [[P|Feddersen, Dörte]]
Gesendet: Donnerstag, 12. Februar 2026 07:58
An: [[P|Henningsen, Tjark]]
Betreff: AW: sprechstunde heute

moin [[P|kalle]] 😉 – nee, [[P|tjark]] natürlich, sorry, bin noch nicht wach.

ja, ich übernehm die sprechstunde von [[P|wiebke]] ab 8:30 in 1.07, sie ist heute auf der schulung in kiel. die drei termine (9:00 [[P|bautista]], 9:30 [[P|pangilinan-bautista]], 10:15 [[P|sandhu]]) sind im kalender. bei [[P|sandhu]] geht's um die fiktionsbescheinigung, die ver.di-mail liegt im sammelpostfach.

kannst du mir den schlüssel für den fingerabdruckscanner in 1.09 hinlegen? und sag [[P|kalle]], die halterauskunft zu [[KFZ|FL-ZK 53]] hab ich ihm gestern schon gemailt.

[[P|dö]]

> Von: [[P|Henningsen, Tjark]]
> wer macht heute die sprechstunde für [[P|wiebke]]? [[P|kalle]] aus der zulassungsstelle fragt, ob er den raum 1.07 haben kann.
""".replace("😉", ";-)"))

# ---------------------------------------------------------------- 028 Tabular CV from Guinean applicant (RELIGION)
add("word", "lebenslauf_tabellarisch", f"""Tabellarischer Lebenslauf

Persönliche Daten
Name: [[P|Amadou Diallo]]
Geburtsdatum / -ort: [[DOB|1. Januar 1990]] in Labé (Guinea)
Staatsangehörigkeit: guineisch
Familienstand: ledig
Religion: Islam (sunnitisch)
Anschrift: [[A|Hafenstraße 5c]], [[A|24376 Kappeln]]
Telefon: [[T|+49 (0) 163 228 41 90]]
E-Mail: [[E|amadou.diallo90@gmx.de]]

Eltern
Vater: [[P|Mamadou Saliou Diallo]], Landwirt, verstorben 2012
Mutter: [[P|Kadiatou Bah]], lebt in Labé

Schule und Ausbildung
1997–2006  École primaire und Collège in Labé
2006–2009  Lycée Hoggo Mbouro, Labé (ohne Abschluss, Flucht 2015 über Mali und Libyen)
2016–2017  Integrationskurs mit Deutsch-Test für Zuwanderer B1, VHS Kappeln
2018–2021  Ausbildung zum Pflegefachmann, Berufsfachschule Pflege am Klinikum Schleswig

Beruf
seit 10/2021  Pflegefachmann, Dialysezentrum Schlei-Nord, Kappeln
seit 2023  zusätzlich Praxisanleiter

Sonstiges
Führerschein Klasse B (2019); Fahrzeug: [[KFZ|SL-AD 1990]]
Ehrenamt: Trainer der C-Jugend beim TSV Kappeln von 1921 e. V.
Sprachen: Pular (Muttersprache), Französisch (fließend), Deutsch (C1), Englisch (Grundkenntnisse)

Kappeln, den 18.11.2025
[[P|Amadou Diallo]]
""", ["RELIGION"])

# ---------------------------------------------------------------- 029 English chain with the university hospital, Tunisian physician
cin = ids.digits(8)
iban_bs = ids.iban_de()
approb = f"LAsD 35-A-{2025}-{ids.digits(4)}"
add("outlook", "english_approbation", f"""From: [[P|Mohamed Amine Ben Salah]] <[[E|mohamedamine.bensalah@uksh.de]]>
Sent: Wednesday, February 11, 2026 6:12 PM
To: [[P|Thomsen, Wiebke]] <[[E|wiebke.thomsen@kreis-angeln-schwansen.de]]>
Cc: [[P|Sven Paulsen]] <[[E|sven.paulsen@uksh.de]]>
Subject: Re: Settlement permit – documents

Dear Mrs [[P|Thomsen]],

sorry for the late answer, I was on call the whole week. Here the missing information:

- Approbation: granted by the Landesamt für soziale Dienste on 15.12.2025, file number [[AZ|{approb}]]
- Tunisian national ID card (CIN): [[IDC|{cin}]]
- my address in Tunisia (still registered there): [[A|12, Rue Habib Thameur]], [[A|3000 Sfax]]
- the refund of the fee for the cancelled appointment (100 EUR) please to [[IBAN|{iban_bs}]]

My wife [[P|Hiba]] does not need to come, right? She already has her own permit.

Best regards
[[P|Amine]]

Sent from my Galaxy

-------- Original message --------
From: [[P|Sven Paulsen]] <[[E|sven.paulsen@uksh.de]]>
Date: 10/02/2026 15:30 (GMT+01:00)
To: [[E|mohamedamine.bensalah@uksh.de]]
Subject: FW: Settlement permit – documents

Dear Dr. [[P|Ben Salah]],

Ms [[P|Thomsen]] from the foreigners' office asked me to remind you of the documents below. Her office is in the Kreishaus Kappeln, room 1.07; appointments via [[N|{MAIL_ABH}]] or [[N|{SWITCH}]].

Best, [[P|Sven]]
UKSH Welcome Center
""")

# ---------------------------------------------------------------- 030 Quarterly report: hard negatives, staff only
add("word", "quartalsbericht", f"""Fachdienst 32 – Ausländerangelegenheiten und Einbürgerung
Bericht für den Hauptausschuss, IV. Quartal 2025 (Vorlage VO/2026/014)

1. Einbürgerung
Im IV. Quartal gingen 187 Anträge ein (Vorjahresquartal: 121). Entschieden wurden 143 Verfahren, davon 136 Einbürgerungen, 4 Ablehnungen (überwiegend § 12a StAG) und 3 Rücknahmen. Die durchschnittliche Verfahrensdauer sank von 11,2 auf 8,7 Monate. Häufigste Herkunftsstaaten: Syrien (41), Ukraine (23), Türkei (19), Philippinen (14), Indien (11).

Gebühreneinnahmen: 33.915,00 EUR (Produktkonto 12205.432100). Nach § 38 StAG beträgt die Regelgebühr 255 EUR, für miteingebürgerte Kinder 51 EUR.

2. Erwerbsmigration
Nach § 81a AufenthG wurden 62 beschleunigte Fachkräfteverfahren abgeschlossen, 48 davon für das Universitätsklinikum Schleswig-Holstein. Die Vereinbarung mit dem UKSH vom 15.09.2025 hat sich bewährt.

3. Personal und Räume
Zum 01.01.2026 wurde eine zusätzliche Stelle (E 9b, 0,5 VZÄ) besetzt. Die Sprechzimmer 1.07 und 1.09 im Erdgeschoss werden ab April 2026 barrierefrei umgebaut (Bauplan Nr. 2026-KH-03). Die Einbürgerungsfeier findet am 13.03.2026 statt.

4. Ausblick
Für 2026 rechnen wir mit rund 700 Anträgen. Das Online-Antragsverfahren „Einbürgerung digital“ des Landes wird voraussichtlich im Mai 2026 angebunden.

Kappeln, 10.02.2026
[[P|Hauke Lorenzen]]
Leitung Fachdienst 32
Telefon [[N|{SWITCH}]]
""")

assert len(docs) == 30
out = os.path.join(HERE, "fresh103.jsonl")
with open(out, "w", encoding="utf-8", newline="\n") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(out, len(docs), sum(len(d["entities"]) for d in docs))
