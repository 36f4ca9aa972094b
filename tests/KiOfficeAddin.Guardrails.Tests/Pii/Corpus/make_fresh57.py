#!/usr/bin/env python3
"""Batch 57: held-out test set, Stadt Vilsreuth (invented Lower Bavarian district town).

Writes fresh57.jsonl (30 documents, F57-001 ... F57-030) next to this script, in the dev.jsonl format.
Marks: [[CAT|text]] for entities, [[N|text]] for neutral spans (see marks.py).
"""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(os.path.abspath(__file__))  # marks.py and identifiers.py sit beside this file
sys.path.insert(0, CORPUS)

from marks import build  # noqa: E402
from identifiers import (Identifiers, group, luhn_check, mod11_10_check, mod97_iban,  # noqa: E402
                         digit_sum)

G = Identifiers(5757)


# ---------------------------------------------------------------- identifiers and their checks
def iban_ok(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def luhn_ok(number):
    digits = [int(c) for c in number if c.isdigit()]
    return luhn_check("".join(map(str, digits[:-1]))) == digits[-1]


def tax_id_ok(value):
    d = value.replace(" ", "")
    counts = [d[:10].count(x) for x in "0123456789"]
    return (len(d) == 11 and d[0] != "0" and max(counts) <= 3 and sum(1 for c in counts if c >= 2) == 1
            and mod11_10_check(d[:10]) == int(d[10]))


def vat_ok(value):
    return value.startswith("DE") and len(value) == 11 and mod11_10_check(value[2:10]) == int(value[10])


def ssn_ok(value):
    v = value.replace(" ", "")
    code = ord(v[8]) - ord("A") + 1
    values = [int(c) for c in v[:8]] + [code // 10, code % 10] + [int(c) for c in v[9:11]]
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum(digit_sum(a * b) for a, b in zip(values, weights)) % 10 == int(v[11])


def kv_ok(value):
    code = ord(value[0]) - ord("A") + 1
    values = [code // 10, code % 10] + [int(c) for c in value[1:9]]
    return sum(digit_sum(v * (1 if i % 2 == 0 else 2)) for i, v in enumerate(values)) % 10 == int(value[9])


def pl_iban():
    """PL: 8-digit sort code (bank 3 + branch 4 + check, weights 3 9 7 1 3 9 7) + 16-digit account."""
    head = "102" + G.digits(4)
    check = (10 - sum(int(c) * w for c, w in zip(head, (3, 9, 7, 1, 3, 9, 7))) % 10) % 10
    return mod97_iban("PL", head + str(check) + G.digits(16))


def pl_sort_ok(iban):
    s = iban.replace(" ", "")[4:12]
    return (10 - sum(int(c) * w for c, w in zip(s[:7], (3, 9, 7, 1, 3, 9, 7))) % 10) % 10 == int(s[7])


def nl_iban(bank):
    """NL: 4-letter bank code + 10-digit account satisfying the old elfproef (weights 10..1, mod 11)."""
    while True:
        acc = "0" + G.digits(9, first_nonzero=True)
        if sum(int(c) * w for c, w in zip(acc, range(10, 0, -1))) % 11 == 0:
            return mod97_iban("NL", bank + acc)


def spaced_iban(iban):
    return group(iban, 4)


def ssn_fmt(v):
    return f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}"


def tax_id_fmt(v):
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"


IBAN_RAHIMI = G.iban_de()
IBAN_CITY = G.iban_de()               # Stadtkasse Vilsreuth: neutral
IBAN_KALTENECKER = G.iban_de()
IBAN_SCHACHTNER = mod97_iban("AT", "34" + G.digits(14))   # Raiffeisen (AT bank codes 3xxxx), no national check
IBAN_WISNIEWSKI = pl_iban()
IBAN_POPA = nl_iban("RABO")

TID_MARCHENKO = G.tax_id()
TID_PAPADOPOULOU = G.tax_id()
TID_WISNIEWSKI = G.tax_id()

VAT_NGUYEN = G.vat_id()
VAT_UNGUREANU = G.vat_id()
VAT_PAPADAKIS = G.vat_id()

TNR_UNGUREANU = G.tax_number_bavaria()
TNR_PAPADAKIS = G.tax_number_bavaria()

IDC_ZEHETBAUER = G.id_card()
IDC_PAPADOPOULOU = G.id_card(check_digit=True)

SSN_KALTENECKER = G.social_security("041261", "K")
SSN_WISNIEWSKI = G.social_security("190784", "W")
SSN_MARCHENKO = G.social_security("080970", "M")

KV_KALTENECKER = G.health_insurance()
KV_MAKSYM = G.health_insurance()
KV_WISNIEWSKI = G.health_insurance()  # drawn but not used, keeps the seed sequence stable

CC_LOBIANCO = G.credit_card("4", 16)
CC_NGUYEN = G.credit_card("37", 15)

for _iban in (IBAN_RAHIMI, IBAN_CITY, IBAN_KALTENECKER, IBAN_SCHACHTNER, IBAN_WISNIEWSKI, IBAN_POPA):
    assert iban_ok(_iban), _iban
assert pl_sort_ok(IBAN_WISNIEWSKI)
for _t in (TID_MARCHENKO, TID_PAPADOPOULOU, TID_WISNIEWSKI):
    assert tax_id_ok(_t), _t
for _v in (VAT_NGUYEN, VAT_UNGUREANU, VAT_PAPADAKIS):
    assert vat_ok(_v), _v
for _s in (SSN_KALTENECKER, SSN_WISNIEWSKI, SSN_MARCHENKO):
    assert ssn_ok(_s), _s
for _k in (KV_KALTENECKER, KV_MAKSYM, KV_WISNIEWSKI):
    assert kv_ok(_k), _k
for _c in (CC_LOBIANCO, CC_NGUYEN):
    assert luhn_ok(_c), _c

CC_LOBIANCO_F = group(CC_LOBIANCO, 4)
CC_NGUYEN_F = f"{CC_NGUYEN[:4]} {CC_NGUYEN[4:10]} {CC_NGUYEN[10:]}"
assert luhn_ok(CC_LOBIANCO_F) and luhn_ok(CC_NGUYEN_F)

DOCS = []


def doc(channel, template, flags, marked):
    DOCS.append((channel, template, flags, marked.strip("\n")))


# ---------------------------------------------------------------- 001 Standesamt: Geburtsanzeige (word)
doc("word", "standesamt-geburt", [], """
Stadt Vilsreuth – Standesamt
[[N|Stadtplatz 1]], [[N|84378 Vilsreuth]]

Vermerk zur Geburtsanzeige
Az.: [[AZ|StA-G 2025/0412]]

Anzeige durch: Klinikum Vilsreuth, Kreißsaal (Schreiben vom 15.08.2025, eingegangen 18.08.2025)

Kind:   [[P|Chiamaka Favour Okafor]], weiblich, geboren am [[DOB|14.08.2025]] um 03:17 Uhr in Vilsreuth
Mutter: [[P|Blessing Ngozi Okafor]] geb. [[P|Eze]], * [[DOB|02.03.1994]] in Enugu (Nigeria), nigerianische Staatsangehörige, Reisepass Nr. [[PASS|A09182736]]
Vater:  [[P|Chukwuemeka Okafor]], * [[DOB|19.11.1989]] in Onitsha (Nigeria), Reisepass liegt in Kopie vor
Wohnung der Eltern: [[A|Pfarrgasse 7]], [[N|2. OG rechts]], [[A|84378 Vilsreuth]]

Die Eheschließung der Eltern (Lagos, 2019) ist bisher nur durch eine nicht legalisierte Heiratsurkunde belegt. Die Eltern wurden am 21.08.2025 auf die Möglichkeit einer Urkundenüberprüfung durch die Deutsche Botschaft Abuja hingewiesen (Kosten ca. 250,00 €). Bis zum Nachweis wird die Geburt nach § 35 PStV mit erläuterndem Zusatz beurkundet; die Namensführung des Kindes richtet sich nach nigerianischem Recht (Art. 10 EGBGB).

Der Vater wurde am 21.08.2025 telefonisch informiert und legt die Unterlagen bis 30.09.2025 vor. Wiedervorlage: 01.10.2025.

[[P|Theresia Brandl]], Standesbeamtin
Durchwahl [[T|08726 9680-131]]
""")

# ---------------------------------------------------------------- 002 Romanian seasonal worker, Anmeldung (outlook)
doc("outlook", "melde-anmeldung", [], """
Betreff: anmeldung wohnung

buna ziua, guten tag

ich bin [[P|Ionuț Popescu]] und ich arbeite seit april bei gemüsebau [[P|Moosbauer]] in eggstetten (spargel, jetzt kürbis). ich wohne jetzt in die wohnung über die halle, [[A|Eggstetten 12]], [[A|84378 Vilsreuth]]. wie kann ich anmelden?? online termin geht nicht, immer fehler.
ich habe nur buletin (rumänische ausweis) nr. [[IDC|XT 482913]], geboren [[DOB|07.05.1998]], kein pass. ist das ok?
mein kollege [[P|Marius]] auch braucht anmeldung, er wohnt gleiche wohnung.

mein handy [[T|+40 742 318 905]] oder deutsche nummer [[T|0176 41129087]]

multumesc / danke
[[P|Ionut]]
""")

# ---------------------------------------------------------------- 003 AsylbLG Bescheid (word)
doc("word", "asylblg-bescheid", [], f"""
Stadt Vilsreuth · Sozialamt · Sachgebiet Asylbewerberleistungen · [[N|Stadtplatz 1]] · [[N|84378 Vilsreuth]]

Herrn
[[P|Mohammad Nasir Rahimi]]
[[A|Am Vilsdamm 22 b]]
[[A|84378 Vilsreuth]]

Unser Zeichen: [[AZ|50.2-AsylbLG-0387/25]]
Auskunft: Rathaus, Zimmer 1.14, Telefon (Zentrale) [[N|08726 9680-0]]
Datum: 03.09.2025

Bescheid über die Gewährung von Leistungen nach dem Asylbewerberleistungsgesetz (AsylbLG)

Sehr geehrter Herr [[P|Rahimi]],

auf Ihren Antrag vom 12.08.2025 werden Ihnen und den mit Ihnen in einem Haushalt lebenden Familienangehörigen für die Zeit vom 01.09.2025 bis 28.02.2026 Grundleistungen nach § 3 AsylbLG bewilligt. Die Leistungen für Unterkunft und Heizung werden direkt an den Vermieter gezahlt.

Name, Vorname                  | geb. am     | Bedarfsstufe | monatlich
[[P|Rahimi, Mohammad Nasir]]   | [[DOB|01.01.1987]]  | 2            | 397,00 €
[[P|Rahimi, Fereshta]]         | [[DOB|15.06.1991]]  | 2            | 397,00 €
[[P|Rahimi, Sohrab]]           | [[DOB|22.10.2013]]  | 5            | 357,00 €
Summe                                                                 1.151,00 €

Der Betrag wird jeweils zum Monatsersten auf Ihr Konto [[IBAN|{spaced_iban(IBAN_RAHIMI)}]] überwiesen. Die Nachzahlung für September (1.151,00 €) ist bereits angewiesen.

Sie sind verpflichtet, jede Änderung Ihrer Einkommens- und Vermögensverhältnisse, einen Umzug sowie den Ausgang Ihres Asylverfahrens unverzüglich mitzuteilen (§ 9 Abs. 3 AsylbLG i. V. m. § 60 SGB I). Zu Unrecht erhaltene Leistungen sind unter Angabe des obigen Zeichens auf das Konto der Stadtkasse Vilsreuth, IBAN [[N|{spaced_iban(IBAN_CITY)}]], zu erstatten.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach seiner Bekanntgabe Klage erhoben werden bei dem Bayerischen Verwaltungsgericht Regensburg, Haidplatz 1, 93047 Regensburg. Ein Widerspruchsverfahren findet nicht statt (Art. 12 Abs. 2 AGVwGO).

Mit freundlichen Grüßen
Im Auftrag

[[P|Monika Eder-Pfaffinger]]
""")

# ---------------------------------------------------------------- 004 Bavarian dialect: barking dog (outlook)
doc("outlook", "ordnung-hund", [], """
Betreff: Hund vom Nachban

Griaß God,

i muaß mi jetz amoi beschwern. Da Hund vom [[P|Gruber Sepp]] ([[A|Kirchweg 9]]) bellt de ganze Nacht, scho seit'm Winter. Mia ham an Stoi mit 40 Küah direkt danebn und wenn der Hund umanandabellt, san de Viecher narrisch und gem weniger Milch. I hob's eahm scho zwoamoi gsagt, aber der [[P|Sepp]] sogt nur, des geht mi nix o. Da Koch vom Gasthof Post hod's a scho gheart, wenn er um Mitternacht hoamgeht, der ko des bezeign. Und da Vogel, den mei Frau in da Stubn hod, pfeift a nimmer.

Kennts es do wos macha? Sunst muaß i zum Anwalt.

Mit freindliche Griaß
[[P|Alois Hinterberger]]
[[A|Kirchweg 11]], [[A|84378 Vilsreuth-Haiderbach]]
Tel. [[T|08726 1347]]

gsendt vo mein Handy
""")

# ---------------------------------------------------------------- 005 Caritas forwards mother's mail, insulin (outlook)
doc("outlook", "asylblg-krankenschein", ["HEALTH"], """
Betreff: WG: [[P|dardan]] insulin – Behandlungsschein [[P|Krasniqi]] dringend

Sehr geehrte Frau [[P|Eder-Pfaffinger]],

ich leite Ihnen die Nachricht von Frau [[P|Krasniqi]] weiter. Die Familie hat am 02.09. die Krankenbehandlung nach § 4 AsylbLG beantragt, einen Behandlungsschein hat sie bislang nicht erhalten. Ihr Sohn [[P|Dardan]] (geb. [[DOB|11.02.2017]]) ist Typ-1-Diabetiker und braucht dringend Insulin und Teststreifen; die Bereitschaftspraxis hat am Wochenende nur einmalig ausgeholfen.

Können Sie den Schein heute noch ausstellen? Die Mutter käme um 14 Uhr ins Rathaus.

Mit freundlichen Grüßen
[[P|Dragana Petrović]]
Migrations- und Flüchtlingsberatung
Caritasverband für den Landkreis Rottal-Inn e. V.
[[N|Ringstraße 4]], [[N|84347 Pfarrkirchen]]
Tel. [[T|(08561) 9877-23]]
[[E|d.petrovic@caritas-rottal-inn.de]]

-----Ursprüngliche Nachricht-----
Von: [[P|Valdete Krasniqi]] <[[E|valdete.krasniqi88@gmail.com]]>
Gesendet: Sonntag, 14. September 2025 21:47
An: [[P|Petrović, Dragana]]
Betreff: [[P|dardan]] insulin

pershendetje frau [[P|dragana]],
bitte hilfe, [[P|dardan]] hat nur noch insulin für 2 tag, apotheke will rezept und der doktor will krankenschein von sozialamt. mein mann [[P|arben]] war freitag im rathaus aber zimmer 1.14 war zu. wir wohnen immer noch [[A|Bahnhofstraße 31]] hinten im haus.
faleminderit, danke
[[P|valdete]]
""")

# ---------------------------------------------------------------- 006 Ordnungsamt: Anordnung Hundehaltung (word, long)
doc("word", "ordnung-hund-anordnung", ["HEALTH"], """
Stadt Vilsreuth – Ordnungsamt
[[N|Stadtplatz 1]] · [[N|84378 Vilsreuth]] · Telefon [[N|08726 9680-0]] · [[N|ordnungsamt@vilsreuth.de]]

Gegen Postzustellungsurkunde
Herrn
[[P|Emre Yıldırım]]
[[A|Rottaler Straße 48]]
[[A|84378 Vilsreuth]]

Az.: [[AZ|32.1-LStVG-117/2025]]                                  Vilsreuth, 18.09.2025

Vollzug des Landesstraf- und Verordnungsgesetzes (LStVG); Anordnung zur Haltung Ihres Hundes „Zeus" (American-Staffordshire-Terrier-Mischling, Transponder [[N|276098106543219]])

Sehr geehrter Herr [[P|Yıldırım]],

die Stadt Vilsreuth erlässt folgenden

Bescheid:

1. Der Hund „Zeus" ist außerhalb Ihrer Wohnung und des eingefriedeten Gartens an einer höchstens 1,5 m langen, reißfesten Leine zu führen und hat dort einen Maulkorb zu tragen.
2. Der Hund darf nur von Personen geführt werden, die das 18. Lebensjahr vollendet haben und körperlich in der Lage sind, ihn sicher zu halten.
3. Die sofortige Vollziehung der Nummern 1 und 2 wird angeordnet.
4. Für den Fall, dass Sie gegen Nummer 1 oder 2 verstoßen, wird ein Zwangsgeld in Höhe von 500,00 € zur Zahlung fällig.
5. Sie haben die Kosten des Verfahrens zu tragen. Für diesen Bescheid wird eine Gebühr von 120,00 € festgesetzt; die Auslagen betragen 4,11 €.

Gründe:

I.
Am 27.08.2025 gegen 18:30 Uhr sprang Ihr Hund auf dem Fußweg an der Vils (Höhe Mühlgasse) die achtjährige [[P|Lea Vogl]] an und biss sie in den linken Unterarm. Das Kind wurde in der Notaufnahme des Klinikums ambulant versorgt (genähte Bisswunde, Tetanusauffrischung). Die Zeugin [[P|Rosemarie Wallner]] hat den Vorfall gegenüber der Polizeiinspektion Eggenfelden bestätigt; Frau [[P|Wallner]]s Angaben decken sich mit denen der Mutter des Kindes.

Bei der Anhörung am 08.09.2025 gaben Sie an, der Hund gehöre eigentlich Ihrem Bruder [[P|Serkan Yıldırım]]. Laut Hundesteuerregister ist „Zeus" jedoch seit 2023 unter Ihrem Namen gemeldet (Steuermarke Nr. 0419), und Sie haben ihn am Tattag selbst geführt.

II.
Die Stadt Vilsreuth ist für den Erlass dieses Bescheides sachlich und örtlich zuständig (Art. 18 Abs. 2 LStVG, Art. 3 Abs. 1 Nr. 1 BayVwVfG). Nach Art. 18 Abs. 2 LStVG können die Gemeinden zum Schutz der öffentlichen Sicherheit Anordnungen für den Einzelfall zur Haltung von Hunden treffen. Der Beißvorfall zeigt, dass von „Zeus" eine konkrete Gefahr für Leib und Gesundheit Dritter ausgeht. Ein milderes Mittel ist nicht ersichtlich. Die Androhung des Zwangsgeldes beruht auf Art. 29, 31 und 36 VwZVG. Die Kostenentscheidung stützt sich auf Art. 1, 2 und 6 KG i. V. m. Tarif-Nr. 2.II.1/1.24 des Kostenverzeichnisses.

Rechtsbehelfsbelehrung:
Gegen diesen Bescheid können Sie innerhalb eines Monats nach seiner Bekanntgabe Widerspruch einlegen oder unmittelbar Klage beim Bayerischen Verwaltungsgericht Regensburg erheben. Widerspruch und Klage haben wegen Nr. 3 keine aufschiebende Wirkung.

Mit freundlichen Grüßen

[[P|Johann Lindinger]]
Sachgebietsleiter Öffentliche Sicherheit und Ordnung
""")

# ---------------------------------------------------------------- 007 Ukrainian mother, English/German (outlook)
doc("outlook", "schule-anmeldung", ["HEALTH"], f"""
Betreff: School registration for my son / Schulanmeldung

Dear Sir or Madam, sehr geehrte Damen und Herren,

sorry for my English, my German is still A2 (Integrationskurs Nr. 25-IK-0341 at VHS, Mo–Fr). We came from Kharkiv in March and live now at [[A|Lindenweg 5a]] (c/o [[P|Huber]]), [[A|84378 Vilsreuth]].

My son [[P|Maksym Kovalenko]], born [[DOB|17/02/2016]], should go to Grundschule, 4th class. In Ukraine he was in school No. 134. The doctor in Pfarrkirchen ([[P|Dr. Ingrid Sattler]]) says Maksym has PTBS (post-traumatic stress) after the bombing and needs a small class if possible, I have her letter. He is insured at AOK Bayern, Versichertennummer [[KV|{KV_MAKSYM}]].

Can you tell me which school and which documents I need? Our Aufenthaltstitel is § 24 AufenthG.

Phone/Viber: [[T|+380 67 451 2290]], German number [[T|0152 29384716]]

Thank you very much! Дякую!
[[P|Olena Kovalenko]]
""")

# ---------------------------------------------------------------- 008 Niederschrift Ortstermin Lärm (word)
doc("word", "ordnung-laerm-protokoll", [], """
Stadt Vilsreuth – Ordnungsamt
Niederschrift über den Ortstermin am 23.09.2025, 17:00 bis 18:20 Uhr

Betreff: Lärmbeschwerden Maistrocknung, Hof [[P|Stockinger]], [[A|Oberndorf 3]], [[A|84378 Vilsreuth]]
Aktenzeichen: [[AZ|32.4-Lärm-044/25]]

Anwesend:
– [[P|Xaver Stockinger]] (Betriebsinhaber) und Sohn
– [[P|Gerlinde Bachmeier]], [[A|Oberndorf 5]] (Beschwerdeführerin)
– Eheleute [[P|Constantin]] und [[P|Elena Dumitru]], [[A|Oberndorf 7]]
– für die Stadt: [[P|Stefan Huber]] (Ordnungsamt), Dipl.-Ing. [[P|Ludwig Fischer]] (Bauamt)

1. Sachvortrag
Frau [[P|Bachmeier]] trägt vor, dass der Ventilator der Trocknungsanlage seit Anfang September bis ca. 2 Uhr nachts laufe. [[P|Bachmeier]]s Schlafzimmer liegt ca. 35 m von der Anlage entfernt. Ihr Nachbar bestätigt das; er arbeite im Schichtdienst bei einem Automobilzulieferer und könne tagsüber kaum schlafen, wenn die Anlieferung laufe.

Herr [[P|Stockinger]] erklärt, die Trocknung laufe nur während der Körnermaisernte (ca. drei Wochen im Jahr). Er räumt ein, dass die Lkw der Lohnunternehmer (beobachtet: amtl. Kennzeichen [[KFZ|PAN-LS 412]] und [[KFZ|DGF-K 3071]]) auch nach 22 Uhr anfahren.

2. Messung
Die orientierende Messung des Landratsamts vom 16.09.2025 ergab am Immissionsort [[A|Oberndorf 5]] nachts 47 dB(A). Der Immissionsrichtwert für Dorfgebiete beträgt nachts 45 dB(A) (Nr. 6.1 TA Lärm). Das Gebiet liegt im Geltungsbereich des Bebauungsplans Nr. 27 „Oberndorf-Süd" (Dorfgebiet).

3. Ergebnis
– Anlieferung nach 22 Uhr wird eingestellt; der Betriebsinhaber informiert die Lohnunternehmer bis 26.09.2025.
– Der Ventilator erhält bis zur nächsten Saison eine Schalldämmhaube (Angebot liegt vor, 3.480,00 € netto).
– Nachmessung im Oktober 2026.

Für die Niederschrift: gez. Ordnungsamt
""")

# ---------------------------------------------------------------- 009 Telefonnotiz, school (outlook, short)
doc("outlook", "telefonnotiz-schule", ["HEALTH"], """
Von: [[P|Wimmer Regina]]
An: Sekretariat GS Vilsreuth
Betreff: Telefonnotiz [[P|Berisha]]

Hr. [[P|Berisha]] (Vater von [[P|Arta]], Kl. 3b) hat angerufen: [[P|Arta]] hat Windpocken, fehlt bis mind. Freitag. Bitte Klassenleitung informieren, Rückruf erbeten unter [[T|0176 55219043]].
Gruß [[P|Regina]]
""")

# ---------------------------------------------------------------- 010 Meldeformular mit Kästchen (word)
doc("word", "melde-formular", ["RELIGION"], """
Anmeldung bei der Meldebehörde (§ 17 Abs. 1 BMG)
Stadt Vilsreuth – Einwohnermeldeamt

Tag des Einzugs: 01.10.2025
Neue Wohnung:       Straße, Hausnummer: [[A|Passauer Straße 17]]    PLZ, Ort: [[A|84378 Vilsreuth]]
Bisherige Wohnung:  [[A|vul. Pushkinska 15]], [[N|kv. 8]], [[A|61057 Kharkiv]], Ukraine
Die neue Wohnung ist:  ☒ alleinige Wohnung   ☐ Hauptwohnung   ☐ Nebenwohnung

Person 1
Familienname: [[P|Shevchuk]]          Vorname(n): [[P|Bohdan]]
Geschlecht: ☒ männlich ☐ weiblich ☐ divers
Geburtsdatum: [[DOB|30.06.1979]]      Geburtsort: Poltava
Staatsangehörigkeit(en): ukrainisch
Religionsgesellschaft: ☐ rk ☐ ev ☒ keine/sonstige
Familienstand: ☒ verheiratet seit 12.07.2003
Pass/Ausweis: ☐ Personalausweis ☒ Reisepass  Nr. [[PASS|FT351902]]  ausgestellt 04.02.2019, Ukraine

Person 2
Familienname: [[P|Shevchuk]]          Vorname(n): [[P|Halyna]]          Geburtsname: [[P|Melnyk]]
Geschlecht: ☐ männlich ☒ weiblich ☐ divers
Geburtsdatum: [[DOB|9.10.1982]]       Geburtsort: Lwiw
Staatsangehörigkeit(en): ukrainisch
Religionsgesellschaft: ☒ rk (ukrainisch griechisch-katholisch) ☐ ev ☐ keine/sonstige
Pass/Ausweis: ☐ Personalausweis ☒ Reisepass  Nr. [[PASS|FK928374]]

Wohnungsgeber: [[P|Franz Xaver Obermeier]] (Eigentümer, wohnt im Nachbarhaus) – Wohnungsgeberbestätigung liegt vor ☒

Vilsreuth, 02.10.2025       Unterschrift: [[P|B. Shevchuk]]
""")

# ---------------------------------------------------------------- 011 Betreuer writes for client (outlook)
doc("outlook", "sozial-grundsicherung-betreuer", ["HEALTH"], f"""
Betreff: Betreuungssache [[P|Leopold Kaltenecker]] – Antrag auf Grundsicherung nach dem SGB XII

Sehr geehrter Herr [[P|Stadler]],

als Betreuer von Herrn [[P|Leopold Kaltenecker]], geb. [[DOB|04.12.1961]] (Amtsgericht Eggenfelden, Az. [[AZ|XVII 214/24]], Aufgabenkreise Vermögenssorge, Behördenangelegenheiten, Gesundheitssorge), reiche ich die mit Schreiben vom 28.08.2025 angeforderten Unterlagen nach:

– Rentenbescheid der DRV Bayern Süd vom 11.07.2025, Versicherungsnummer [[SSN|{ssn_fmt(SSN_KALTENECKER)}]] (Erwerbsminderungsrente 612,48 €)
– Mitgliedsbescheinigung der AOK Bayern, Krankenversichertennummer [[KV|{KV_KALTENECKER}]]
– Kontoauszüge Juni bis August des Betreuungskontos [[IBAN|{IBAN_KALTENECKER}]]

Herr [[P|Kaltenecker]] lebt seit seiner Entlassung aus dem Bezirksklinikum Mainkofen im März in einer ambulant betreuten Wohngemeinschaft ([[A|Färbergasse 6]], [[A|84378 Vilsreuth]]). Wegen seiner paranoiden Schizophrenie kann er Behördenpost nicht selbst bearbeiten; ich bitte daher, Schreiben ausschließlich an mich zu richten. [[P|Kaltenecker]]s Einkommen besteht allein aus der Rente, Vermögen ist nicht vorhanden (Kontostand 31.08.2025: 214,30 €).

Mit freundlichen Grüßen

[[P|Wolfgang Reindl]]
Berufsbetreuer
[[A|Postfach 1208]] · [[A|84301 Eggenfelden]]
Tel. [[T|08721 50 77 31]]
[[E|w.reindl@betreuung-reindl.de]]
""")

# ---------------------------------------------------------------- 012 Standesamt: Anmeldung Eheschließung (word)
doc("word", "standesamt-ehe", [], f"""
Stadt Vilsreuth – Standesamt

Niederschrift über die Anmeldung der Eheschließung
Reg.-Nr. [[AZ|E 2025/061]]

Vor der unterzeichnenden Standesbeamtin erschienen heute, am 29.09.2025, persönlich:

1. [[P|Besnik Gashi]], geboren am [[DOB|03.11.1992]] in Prizren (Kosovo), kosovarischer Staatsangehöriger, ledig,
   wohnhaft [[A|Innstraße 40]], [[A|84378 Vilsreuth]],
   ausgewiesen durch Personalausweis der Republik Kosovo Nr. [[IDC|013948275]],

2. [[P|Katharina Zehetbauer]], geboren am [[DOB|21.05.1995]] in Eggenfelden, deutsche Staatsangehörige, ledig,
   wohnhaft ebenda, ausgewiesen durch Personalausweis Nr. [[IDC|{IDC_ZEHETBAUER}]].

Der Verlobte legte einen internationalen Geburtsregisterauszug sowie eine Ehefähigkeitsbescheinigung des Zivilstandsamts Prizren vom 14.08.2025 vor; eine Befreiung von der Beibringung des Ehefähigkeitszeugnisses (§ 1309 BGB) ist daher nicht erforderlich. Da der Verlobte die deutsche Sprache nicht hinreichend beherrscht, wurde die Dolmetscherin für Albanisch, Frau [[P|Shqipe Morina]], hinzugezogen.

Die Verlobten wünschen die Eheschließung am Freitag, 24.10.2025, 11:00 Uhr, im Trauzimmer des Rathauses. Sie wollen den Geburtsnamen des Mannes zum Ehenamen bestimmen.
Trauzeugin (freiwillig): [[P|Vroni Zehetbauer]], Schwester der Verlobten.

Gebühr Anmeldung mit Auslandsbezug: 75,00 € (bezahlt, Quittung Nr. 2025-1184).

Vorgelesen, genehmigt, unterschrieben.
[[P|Theresia Brandl]], Standesbeamtin
""")

# ---------------------------------------------------------------- 013 Nigerian asylum seeker, transfer request (outlook)
doc("outlook", "asylblg-umverteilung", ["SEXUAL_ORIENTATION", "HEALTH"], """
Betreff: Request for transfer / Umzug aus der Unterkunft – urgent!!

Hello Mrs. [[P|Eder-Pfaffinger]],

my name is [[P|Oluwaseun Adeyemi]], I live in the Gemeinschaftsunterkunft [[A|Industriestraße 12]], room 23. I left Nigeria because I am gay, and there it is a crime. Here in the house some men from my country found out and now they threaten me every day. Last Saturday one of them hit me in the face, my nose is broken, the hospital in Eggenfelden made the operation on Monday. I am afraid to sleep there.

My BAMF Aktenzeichen is [[AZ|8123456-232]]. Mr. [[P|Jonas]] from the Queer Refugees group in Passau helps me, you can call him: [[T|0151 70328815]].

Please can I move to a flat or another house? Anywhere is ok.

Thank you so much
[[P|Seun]]
[[T|+49 1577 4410263]]
""")

# ---------------------------------------------------------------- 014 Vermerk Doppelbezug, Fingerabdrücke (word)
doc("word", "asylblg-vermerk-identitaet", ["BIOMETRIC"], """
Vermerk
Az.: [[AZ|50.2-AsylbLG-0412/25]]
Betreff: Verdacht auf Doppelbezug – [[P|Jawad Hashimi]], geb. [[DOB|01.01.2001]]

Herr [[P|Hashimi]] sprach am 30.09.2025 zur Barauszahlung vor. Da das Lichtbild im Ankunftsnachweis stark abweicht, wurden im Rahmen der Identitätsprüfung seine Fingerabdrücke mit dem Fast-ID-Gerät erfasst und mit dem Kerndatensystem abgeglichen.

Der Abgleich ergab einen Treffer: Unter den Personalien [[P|Jawad Haschemi]], geb. [[DOB|12.03.2000]], ist dieselbe Person seit Mai 2025 im Landkreis Deggendorf registriert und bezieht dort ebenfalls Leistungen (dortiges Az. [[AZ|SG 23-4711/2025]]).

Er gab über den Dolmetscher Herrn [[P|Farid Sultani]] (Dari) an, er habe sich in Deggendorf „nur kurz gemeldet" und sei nach zwei Wochen zu seinem Cousin nach Vilsreuth gezogen.

Veranlasst:
1. Leistungen ab 01.10.2025 vorläufig eingestellt (§ 9 Abs. 3 AsylbLG i. V. m. § 66 SGB I).
2. Mitteilung an das Landratsamt Deggendorf, Sachgebiet 23, per Fax an die Zentrale [[N|0991 3100-0]].
3. Prüfung einer Strafanzeige (§ 263 StGB); Überzahlung Mai bis September ca. 2.060,00 €.

[[P|Korbinian Stadler]], 30.09.2025
""")

# ---------------------------------------------------------------- 015 Ukrainian worker, Steuer-ID (outlook)
doc("outlook", "melde-steuerid", [], f"""
Betreff: Steuer ID falsch? / Lohnsteuer

Добрий день, guten Tag,

ich heiße [[P|Tetiana Marchenko]], angemeldet seit 15.05.2025 in der [[A|Sudetenstraße 8]]. Ich arbeite jetzt beim Bäcker am Stadtplatz (Bäckerei [[P|Ertl]]) als Verkäuferin, Frühschicht. Mein Arbeitgeber fragt die Steuer-Identifikationsnummer. Ich habe Brief vom Bundeszentralamt bekommen, Nummer [[TID|{tax_id_fmt(TID_MARCHENKO)}]], aber dort steht mein Name „[[P|Marchenko Tatiana]]" mit a, im Pass ist „[[P|Tetiana]]". Geburtsdatum stimmt ([[DOB|08.09.1970]]).

Muss ich im Meldeamt etwas ändern? I can only come after 14 Uhr, sorry.

Дякую / Danke
[[P|Tetiana Marchenko]]
[[T|0160 9923471]]
""")

# ---------------------------------------------------------------- 016 Auszahlungsliste GU (word, table)
doc("word", "asylblg-auszahlungsliste", [], """
Auszahlungsliste – Barbetrag nach § 3 Abs. 1 AsylbLG, Oktober 2025
Gemeinschaftsunterkunft [[N|Industriestraße 12]], Vilsreuth – Auszahlung am 01.10.2025, 9:00–11:30 Uhr

Lfd. | Name, Vorname                | Zimmer | Betrag   | Unterschrift
1    | [[P|Adeyemi, Oluwaseun]]     | 23     | 196,00 € | ✓
2    | [[P|Okonkwo, Chidi]]         | 23     | 196,00 € | i. V. (s. u.)
3    | [[P|Haidari, Ali Reza]]      | 08     | 196,00 € | ✓
4    | [[P|Sadiqi, Hamid]]          | 11     | –        | nicht erschienen

Bemerkungen: Nr. 4 nicht erschienen, Betrag wird einbehalten und am 02.10. nachgezahlt. Nr. 2: Auszahlung an den Bevollmächtigten [[P|Emeka Nwosu]] (Vollmacht vom 29.09.2025 liegt vor).
Ausgezahlt: 588,00 € aus Barkasse 3, Beleg-Nr. 2025-10-0071.

Ausgezahlt von: [[P|M. Eder-Pfaffinger]]          Zweitunterschrift: [[P|K. Stadler]]
""")

# ---------------------------------------------------------------- 017 Roma father, bullying at school (outlook)
doc("outlook", "schule-mobbing", ["ETHNICITY"], """
Betreff: meine kinder schule problem

sehr geehrte frau [[P|obermaier]],

ich bin vater von [[P|Elvis]] und [[P|Samanta Bajrami]], mittelschule vilsreuth klasse 6a und 8c. die andere kinder sagen zu [[P|samanta]] jeden tag „zigeuner", weil wir sind Roma aus Kosovo, aus Fushë Kosova. [[P|elvis]] will nicht mehr in schule gehen, er bleibt seit montag zuhause. der lehrer herr [[P|Koch]] sagt kinder machen nur spaß.

bitte ich will termin mit ihnen, meine frau [[P|Mirlinda]] kommt auch mit, sie spricht besser deutsch.

[[P|Ramadan Bajrami]]
[[A|Am Mühlbach 3]]
tel [[T|0170 3348215]]
""")

# ---------------------------------------------------------------- 018 Schulpflicht: Anhörung Bußgeld (word)
doc("word", "schule-owi-anhoerung", [], """
Stadt Vilsreuth – Schulverwaltung, Ordnungswidrigkeiten
[[N|Stadtplatz 1]], [[N|84378 Vilsreuth]]
Sachbearbeiterin: [[P|Regina Obermaier]], Zimmer 2.07
Telefon [[T|08726 9680-318]], [[E|regina.obermaier@vilsreuth.de]]

Eheleute
[[P|Gheorghe]] und [[P|Mihaela Dumitrescu]]
[[A|Ganghoferstraße 14]]
[[A|84378 Vilsreuth]]

Az.: [[AZ|40.3-OWi-0093/25]]                                   06.10.2025

Anhörung im Bußgeldverfahren wegen Verletzung der Schulpflicht

Sehr geehrte Eheleute [[P|Dumitrescu]],

nach Mitteilung der Schulleitung der Mittelschule Vilsreuth hat Ihr Sohn [[P|Andrei]], geb. [[DOB|11.07.2014]], Klasse 5b, in der Zeit vom 21. bis 31.07.2025 sowie am 16. und 17.09.2025 unentschuldigt gefehlt (insgesamt neun Unterrichtstage). Die Familie hielt sich nach Angaben der Klassenleiterin in dieser Zeit in Rumänien auf.

Erziehungsberechtigte, die nicht dafür sorgen, dass ihr Kind am Unterricht teilnimmt, handeln ordnungswidrig (Art. 119 Abs. 1 Nr. 2 i. V. m. Art. 76 BayEUG). Die Ordnungswidrigkeit kann mit einer Geldbuße bis zu 1.000 € geahndet werden.

Sie haben Gelegenheit, sich bis zum 27.10.2025 zu dem Vorwurf schriftlich zu äußern oder nach Terminvereinbarung zur Niederschrift. Es steht Ihnen frei, sich zur Sache zu äußern. Liegt bis dahin keine Äußerung vor, wird nach Aktenlage entschieden.

Mit freundlichen Grüßen

[[P|Regina Obermaier]]
""")

# ---------------------------------------------------------------- 019 Lawyer, DNA test, quoted chain (outlook)
doc("outlook", "standesamt-vaterschaft", ["GENETIC"], """
Betreff: AW: Vaterschaftsanerkennung [[P|Eze]] / [[P|Nwachukwu]] – Abstammungsgutachten

Sehr geehrte Frau [[P|Brandl]],

anbei übersende ich das Abstammungsgutachten des Instituts für Rechtsmedizin der LMU München vom 02.10.2025. Danach ist Herr [[P|Ikenna Nwachukwu]] mit einer Wahrscheinlichkeit von 99,99 % der biologische Vater des Kindes [[P|Precious Eze]] (geb. [[DOB|5.4.2024]]). Die Mundschleimhautabstriche wurden bei Vater, Kind und der Mutter unter Identitätskontrolle entnommen; die DNA-Profile sind in 23 STR-Systemen ausgewertet.

Damit dürften die Anhaltspunkte für eine missbräuchliche Anerkennung im Sinne des § 1597a BGB ausgeräumt sein. Ich bitte um kurzfristige Mitteilung, wann die Beurkundung der Anerkennung erfolgen kann.

Mit freundlichen Grüßen

[[P|Dr. Sabine Lechner-Aydın]]
Rechtsanwältin
[[A|Ludwigsplatz 4]], [[A|94032 Passau]]
Tel. [[T|0851 75649-12]]
[[E|lechner-aydin@ra-passau.de]]

Am 17.09.2025 um 10:02 schrieb Standesamt Vilsreuth <[[N|standesamt@vilsreuth.de]]>:
> Sehr geehrte Frau Dr. [[P|Lechner-Aydın]],
> die Ausländerbehörde hat uns gemäß § 85a AufenthG mitgeteilt, dass konkrete Anhaltspunkte für eine missbräuchliche Vaterschaftsanerkennung bestehen. Das Beurkundungsverfahren ist bis zu deren Entscheidung ausgesetzt.
> Unser Az.: [[AZ|StA-V 2025/019]]
> Mit freundlichen Grüßen
> [[P|T. Brandl]]
> Standesamt
""")

# ---------------------------------------------------------------- 020 Hundesteuerbescheid farmer, AT IBAN (word)
doc("word", "hundesteuer", [], f"""
Stadt Vilsreuth · Kämmerei – Steueramt · [[N|Stadtplatz 1]] · [[N|84378 Vilsreuth]]

Eheleute
[[P|Andreas]] und [[P|Rosa Schachtner]]
[[A|Loipfing 2]]
[[A|84378 Vilsreuth]]

Kassenzeichen: [[AZ|2.2025.004518]]                         Datum: 09.10.2025

Bescheid über die Festsetzung der Hundesteuer ab 2025

Sehr geehrte Eheleute [[P|Schachtner]],

für Ihre Hunde „Bello" (Hofhund, Mischling) und „Luna" (Border Collie) wird die Hundesteuer wie folgt festgesetzt:

Hund 1 „Bello": steuerfrei nach § 3 Nr. 4 der Hundesteuersatzung (Bewachung eines landwirtschaftlichen Anwesens, das mehr als 400 m vom nächsten bewohnten Gebäude entfernt liegt)
Hund 2 „Luna": 60,00 € jährlich

Die Steuer wird jeweils zum 15.11. fällig und aufgrund des SEPA-Lastschriftmandats vom 02.06.2019 (Mandatsreferenz HST-004518-01, Gläubiger-ID der Stadt [[N|DE47ZZZ00000123456]]) von Ihrem Konto [[IBAN|{spaced_iban(IBAN_SCHACHTNER)}]] bei der Raiffeisenbank Braunau eingezogen. Die Steuermarken Nr. 211 und 212 liegen bei.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadt Vilsreuth oder Klage beim Bayerischen Verwaltungsgericht Regensburg erhoben werden.

Im Auftrag
[[P|Bernadette Gschwendtner]]
""")

# ---------------------------------------------------------------- 021 Farmer: field road blocked (outlook)
doc("outlook", "ordnung-parken", [], """
Betreff: Feldweg scho wieder zugparkt!!

Servus Herr [[P|Huber]],

des is jetz des dritte moi, dass mir de Zufahrt zu meiner Wiesn am Kreuzweg hinter der Gärtnerei [[P|Moosbauer]] zuaparkt is. Heit in da Fruah stehn wieder zwoa Autos drin, a weißer Dacia mit rumänischer Nummer [[KFZ|BV 17 KRT]] und a blauer Golf [[KFZ|PAN-MJ 88]]. I kimm mit'm Odlfass ned durch, und de Wiesn muaß bis Freitag gmaht sei. Fotos hob i gmacht, de schick i mit.

Wenn ihr nix machts, ruaf i an Abschleppdienst, des sog i eich glei.

[[P|Hias Reiter]]
[[A|Kreuzweg 4]]
[[T|0171/6620394]]

Von meinem iPhone gesendet
""")

# ---------------------------------------------------------------- 022 Niederschrift Kirchenaustritt (word)
doc("word", "standesamt-kirchenaustritt", ["RELIGION"], f"""
Stadt Vilsreuth – Standesamt
Niederschrift über den Austritt aus einer Kirche, Religionsgemeinschaft oder weltanschaulichen Gemeinschaft
Lfd. Nr. [[N|2025/147]]

Es erschien heute, am 13.10.2025, ausgewiesen durch Personalausweis Nr. [[IDC|{IDC_PAPADOPOULOU}]]:

Familienname: [[P|Papadopoulou]]            Vorname(n): [[P|Eleni]]
Geburtsname: [[P|Karagianni]]
Geburtsdatum: [[DOB|08.09.1977]]            Geburtsort: Thessaloniki
Anschrift: [[A|Brunnenweg 2c]], [[A|84378 Vilsreuth]]
Steuerliche Identifikationsnummer: [[TID|{TID_PAPADOPOULOU}]]

und erklärte ihren Austritt aus der
☐ römisch-katholischen Kirche   ☐ Evangelisch-Lutherischen Kirche in Bayern   ☒ Griechisch-Orthodoxen Metropolie von Deutschland (KdöR)

Die Erklärung wird mit ihrer Unterzeichnung wirksam. Eine Bescheinigung wird der Erklärenden ausgehändigt; das Finanzamt und die Religionsgemeinschaft werden unterrichtet. Gebühr: 35,00 € (bar bezahlt).

Vorgelesen, genehmigt und unterschrieben:

[[P|Eleni Papadopoulou]]                        [[P|Theresia Brandl]], Standesbeamtin
""")

# ---------------------------------------------------------------- 023 internal short mail, Amex number (outlook, short)
doc("outlook", "gewerbe-rueckruf", [], f"""
Betreff: Rückruf Fr. [[P|Nguyen]]

Hi [[P|Flo]],
Frau [[P|Nguyễn Thị Hoa]] (Nagelstudio am Stadtplatz) wartet noch auf die Gewerbeummeldung, bitte heute zurückrufen: [[T|0152 0481 7736]]. USt-IdNr. [[VAT|{VAT_NGUYEN}]] hat sie nachgereicht, Gebühr 40 € hat sie am Telefon mit Karte bezahlt: [[CC|{CC_NGUYEN_F}]], bitte an die Kasse geben und danach die Mail löschen.
LG [[P|Sabine]]
""")

# ---------------------------------------------------------------- 024 Schulamt table Deutschklassen (word)
doc("word", "schule-tabelle", ["HEALTH"], """
Stadt Vilsreuth – Schulverwaltung
Zuweisung zu Deutschklassen, Schuljahr 2025/26 – Stand 10.10.2025

Nr. | Name, Vorname          | geb. am             | Herkunft | Erziehungsberechtigte/r    | Telefon
1   | [[P|Kovalenko, Maksym]] | [[DOB|17.02.2016]] | UKR      | [[P|Olena Kovalenko]]      | [[T|0152 29384716]]
2   | [[P|Rahimi, Mahtab]]    | [[DOB|09.04.2019]] | AFG      | [[P|Fereshta Rahimi]]      | [[T|0157 63218840]]
3   | [[P|Lungu, Denisa]]     | [[DOB|30.11.2017]] | ROU      | [[P|Florentina Lungu]]     | [[T|+40 745 902 117]]

Bemerkungen:
zu 1: fachärztliches Attest (posttraumatische Belastungsstörung) liegt vor, Kleingruppe empfohlen, Schulbegleitung beantragt.
zu 2: Sprachstand A1, Schulweg mit Bus Linie 6204.
zu 3: Mutter arbeitet saisonal, Beginn erst ab 03.11.2025.

Schulweg- und Lernmittelfreiheit nach Art. 21 BayEUG wird von Amts wegen geprüft.
gez. [[P|Obermaier]]
""")

# ---------------------------------------------------------------- 025 Italian abroad orders Geburtsurkunde (outlook)
doc("outlook", "standesamt-urkunde", [], f"""
Betreff: Geburtsurkunde – payment failed / Zahlung fehlgeschlagen

Gentili signori, sehr geehrte Damen und Herren,

I was born in Vilsreuth in 1968 (my father worked at the Ziegelei then) and now I need a Geburtsurkunde with Apostille for my pension in Italy. Your online portal always says „Zahlung fehlgeschlagen", booking number 2025-ONL-448190. Could you please charge my card directly:
Visa [[CC|{CC_LOBIANCO_F}]], valid until 08/27 – the CVV I can tell you by phone.

My data: [[P|Giuseppe Lo Bianco]], born [[DOB|23 March 1968]] in Vilsreuth, mother [[P|Anna Lo Bianco]] née [[P|Hirschberger]].
Please send the certificate to:
[[A|Via Padova 118]]
[[A|20132 Milano]], Italy

Tel. [[T|+39 347 218 5506]]
[[E|g.lobianco68@libero.it]]

Grazie mille and best regards
[[P|Giuseppe Lo Bianco]]
""")

# ---------------------------------------------------------------- 026 Gesprächsvermerk conversion, Hazara (word)
doc("word", "sozial-gespraechsvermerk", ["RELIGION", "ETHNICITY"], """
Gesprächsvermerk
Datum: 07.10.2025, 10:00–11:10 Uhr, Rathaus Zimmer 1.14
Az.: [[AZ|50.2-AsylbLG-0387/25]]
Teilnehmende: Eheleute [[P|Rahimi]], Frau [[P|Petrović]] (Caritas), Dolmetscher Herr [[P|Sultani]] (Dari), [[P|M. Eder-Pfaffinger]]

1. Die Eheleute berichten, sie seien am 13.07.2025 in der evangelischen Kirchengemeinde Vilsreuth getauft worden; Herr [[P|Rahimi]] legte eine Taufbescheinigung von Pfarrerin [[P|Ute Schönhammer]] vor. Seitdem würden sie von Bekannten aus der früheren Unterkunft als „Abtrünnige" bedroht, zuletzt am 04.10.2025 vor dem Supermarkt am Stadtplatz.

2. Die Familie gehört der Volksgruppe der Hazara an und sei schon in Afghanistan deswegen verfolgt worden; nach dem Glaubenswechsel fürchte sie nun auch Übergriffe von Landsleuten. [[P|Sohrab]]s Klassenlehrerin habe gemeldet, dass ältere Schüler ihn in der Pause deswegen angesprochen hätten.

3. Die Caritas regt einen Wohnungswechsel innerhalb von Vilsreuth an. Angebot: [[A|Rosenstraße 3]], Obergeschoss, 3 Zimmer, 590,00 € kalt; Vermieter Herr [[P|Eichinger]], Tel. [[T|08726 1188]]. Besichtigung am 14.10.2025.

4. Die Bedrohungen werden der Polizeiinspektion Eggenfelden gemeldet; die Familie erhält die Nummer des Opfernotrufs.

Vermerkt: [[P|Eder-Pfaffinger]]
""")

# ---------------------------------------------------------------- 027 Versammlungsanzeige SPD (outlook)
doc("outlook", "ordnung-versammlung", ["POLITICS"], """
Betreff: Anzeige Versammlung 8.11. – Mahnwache Stadtplatz

Sehr geehrter Herr [[P|Lindinger]],

hiermit zeige ich gemäß Art. 13 BayVersG für den SPD-Ortsverein Vilsreuth, dessen Vorsitzende ich bin, folgende Versammlung an:

Samstag, 08.11.2025, 17:00–18:30 Uhr, Stadtplatz vor dem Rathaus
Thema: „Nie wieder ist jetzt – Vilsreuth gegen Antisemitismus und Rechtsextremismus"
Erwartete Teilnehmende: ca. 80; Ordner: 6 (Namensliste folgt)
Hilfsmittel: Lautsprecher, Kerzen, ein Transparent

Versammlungsleiterin: [[P|Sevgi Demirtaş-Brunner]], geb. [[DOB|14.01.1979]], [[A|Schönauer Straße 26]], [[A|84378 Vilsreuth]], mobil [[T|0175 2203961]]
Stellvertreter: [[P|Maximilian von Poschinger]], Schriftführer des Ortsvereins, [[T|0160 7731842]]

Die Beschlussvorlage zur Gedenkplakette (Drucksache 2025/118) liegt dem Stadtrat ja ohnehin schon vor.

Mit solidarischen Grüßen
[[P|Sevgi Demirtaş-Brunner]]
Vorsitzende SPD Vilsreuth
[[E|sevgi.demirtas-brunner@web.de]]
""")

# ---------------------------------------------------------------- 028 Wohngeld Berechnungsbogen, union dues (word)
doc("word", "wohngeld-berechnung", ["UNION"], f"""
Stadt Vilsreuth – Wohngeldstelle
Berechnungsbogen zum Wohngeldantrag vom 01.09.2025 (Mietzuschuss)
Wohngeldnummer: [[AZ|WG-2025-0815]]

Antragsteller:      [[P|Krzysztof Wiśniewski]], geb. [[DOB|19.07.1984]]
Anschrift:          [[A|Dingolfinger Straße 52]], [[N|Whg. 11]], [[A|84378 Vilsreuth]]
Haushalt:           Ehefrau [[P|Agnieszka Wiśniewska]], Kinder [[P|Kuba]] (8 J.) und [[P|Zofia]] (5 J.) – 4 Personen
Steuer-ID:          [[TID|{TID_WISNIEWSKI}]]
SV-Nummer:          [[SSN|{ssn_fmt(SSN_WISNIEWSKI)}]]

Einkommen (Verdienstbescheinigungen BMW AG, Werk Dingolfing, Juni–August 2025)
Bruttoarbeitslohn monatlich                      3.412,00 €
Abzug Werbungskosten (Pauschale, § 9a EStG)        – 102,50 €
Gewerkschaftsbeitrag IG Metall (lt. Abrechnung)    – 34,12 €
Abzüge Steuern/Sozialversicherung (30 %)          – 1.082,81 €
Ehefrau: Minijob Supermarkt                         538,00 €
Kindergeld bleibt unberücksichtigt (§ 14 Abs. 2 Nr. 24 WoGG)

Miete bruttokalt 890,00 € (Vermieterin [[P|Hildegard Sedlmeier]]), Mietenstufe II, Höchstbetrag 4 Personen 794,00 €

Ergebnis: Wohngeld 176,00 € monatlich, Bewilligungszeitraum 01.09.2025 – 31.08.2026
Zahlung auf Konto des Antragstellers (PKO BP, Polen): [[IBAN|{spaced_iban(IBAN_WISNIEWSKI)}]]

Berechnet: [[P|Florian Aigner]], 10.10.2025     geprüft: Sachgebietsleitung
""")

# ---------------------------------------------------------------- 029 Agency forwards Romanian worker's mail, NL IBAN (outlook)
doc("outlook", "melde-abmeldung-weiterleitung", [], f"""
Betreff: FW: abmeldung [[P|Popa]] – refund of double fee

Hello,

please see below. He left Germany on 30.09. and needs the Abmeldebescheinigung for his new employer in Romania. He paid the 12 € fee twice (booking ref. VR-2025-77312), please refund one fee to his account [[IBAN|{IBAN_POPA}]].

Kind regards / Viele Grüße
[[P|Cristian Ungureanu]]

[[P|Ungureanu]] Agro Personal e. K.
[[A|Bahnhofstraße 2]], [[A|84307 Eggenfelden]]
St.-Nr. [[TNR|{TNR_UNGUREANU}]] · USt-IdNr. [[VAT|{VAT_UNGUREANU}]]
Mobil [[T|+49 160 99120487]]

---------- Forwarded message ---------
From: [[P|Vasile Popa]] <[[E|vasilepopa1979@yahoo.com]]>
Date: Fri, 3 Oct 2025 at 19:12
Subject: abmeldung
To: <[[N|office@ungureanu-agro.de]]>

hello domnule [[P|cristian]], i am now home in suceava. please make abmeldung for me in vilsreuth, my address in germany was [[A|Eggstetten 14]], [[A|84378 Vilsreuth]]. born [[DOB|02.02.1979]], buletin [[IDC|SV 604218]].
the money please to my bunq account, is in the app.
multumesc
[[P|vasile]]
""")

# ---------------------------------------------------------------- 030 Gewerbeanmeldung form, Greek taverna (word)
doc("word", "gewerbe-anmeldung", [], f"""
Gewerbe-Anmeldung nach § 14 GewO bzw. § 55c GewO (Vordruck GewA 1, Auszug)
Stadt Vilsreuth – Gewerbeamt            Gemeindekennzahl 09 2 77 148

☒ Neuerrichtung   ☐ Übernahme   ☐ Änderung der Rechtsform   ☐ Gesellschaftereintritt

1  Name: [[P|Papadakis]]                   2  Vorname(n): [[P|Georgios]]
4  Geburtsdatum: [[DOB|12. Mai 1981]]      Geburtsort: Chania (Griechenland)
5  Staatsangehörigkeit: ☐ deutsch  ☒ andere: griechisch
6  Anschrift der Wohnung: [[A|Innstraße 12]], [[A|84378 Vilsreuth]]
   Telefon: [[T|08726 9931447]]   E-Mail: [[E|g.papadakis@taverna-kreta.de]]
7  Betriebsstätte: [[A|Stadtplatz 14]], [[A|84378 Vilsreuth]]
8  Angemeldete Tätigkeit: Speisegaststätte „Taverna Kreta" mit Ausschank alkoholischer Getränke, ca. 60 Sitzplätze innen, 24 auf der Freischankfläche
9  Beginn der Tätigkeit: 01.11.2025
10 Steuernummer: [[TNR|{TNR_PAPADAKIS}]]     USt-IdNr.: [[VAT|{VAT_PAPADAKIS}]]
11 Zahl der Beschäftigten: 2 Vollzeit, 3 Teilzeit
12 ☒ Erlaubnis nach § 2 GastG beantragt am 12.09.2025   ☐ Handwerkskarte   ☐ Eintragung Handelsregister

Vermerk Gewerbeamt: Freischankfläche nur bis 22:00 Uhr (Lärmbeschwerden gegen den Vorpächter, Az. [[AZ|32.4-Lärm-019/24]]). Gebühr 45,00 € bezahlt, Rechnung Nr. 2025-0917.
Bearbeitet: [[P|F. Aigner]], 14.10.2025
""")


# ---------------------------------------------------------------- write
def main():
    assert len(DOCS) == 30, len(DOCS)
    out = []
    for i, (channel, template, flags, marked) in enumerate(DOCS, 1):
        out.append(build(f"F57-{i:03d}", channel, template, marked, flags))
    path = os.path.join(HERE, "fresh57.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    n = sum(len(d["entities"]) for d in out)
    print(f"{path}: {len(out)} documents, {n} entities")


if __name__ == "__main__":
    main()
