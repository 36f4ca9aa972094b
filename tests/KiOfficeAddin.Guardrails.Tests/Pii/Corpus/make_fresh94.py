#!/usr/bin/env python3
"""Blind test batch F94: 30 documents from an invented Brandenburg town (Stadt Rietzow, Landkreis Oder-Spree):
Standesamt, Ordnungsamt, Bürgerbüro. Writes fresh94.jsonl next to this script.

Texts carry inline marks from marks.py ([[P|...]], [[A|...]], [[N|...]] ...); build() computes the offsets.
Every identifier with a check digit comes from Identifiers(9494) (its rng also draws the few foreign numbers whose
check digit identifiers.py has no function for: Polish ID card, Russian SNILS). Deterministic: no clock, no set order.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban  # noqa: E402

ids = Identifiers(9494)
R = ids.rng


# ---------------------------------------------------------------- formatting helpers (all draws go through ids/R)
def letters(n, alphabet="ABCDEFGHIJKLMNPRSTUVWXYZ"):
    return "".join(R.choice(alphabet) for _ in range(n))


def iban_spaced(value):
    return group(value, 4)


def tax_id_spaced(t):
    return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"


def vat_spaced(v):
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"


def ssn_spaced(s):
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"


def polish_id():
    """Polish dowód osobisty: 3 letters + check digit + 5 digits, weights 7,3,1,9,7,3,1,7,3, sum ≡ 0 (mod 10)."""
    series = letters(3, "ABCDEFGHIJKLMNOPRSTUVWXYZ")
    rest = ids.digits(5)
    values = [int(c, 36) for c in series] + [int(c) for c in rest]
    check = sum(v * w for v, w in zip(values, [7, 3, 1, 7, 3, 1, 7, 3])) % 10
    return f"{series} {check}{rest}"


def snils():
    """Russian SNILS: 9 digits + 2 check digits (weights 9..1, mod 101, 100 -> 00)."""
    body = "1" + ids.digits(8)
    total = sum(int(c) * w for c, w in zip(body, range(9, 0, -1)))
    check = total if total < 100 else (0 if total in (100, 101) else total % 101 % 100)
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {check:02d}"


def tax_number_bb():
    """Brandenburg Steuernummer layout 0FF/BBB/UUUUP (layout only)."""
    return f"0{R.choice(['56', '57', '61', '62', '63', '64'])}/{ids.digits(3)}/{ids.digits(5)}"


def card(prefix, length, sep=" "):
    number = ids.credit_card(prefix, length)
    if length == 15:  # Amex 4-6-5
        return f"{number[:4]}{sep}{number[4:10]}{sep}{number[10:]}"
    return group(number, 4, sep)


DOCS = []


def doc(channel, template, flags, marked):
    DOCS.append((channel, template, flags, marked.strip("\n")))


# ====================================================================== F94-001  Standesamt, UA bride, quoted reply
ua_pass = R.choice(["FK", "FE", "FT", "EK"]) + ids.digits(6)
doc("outlook", "standesamt_eheanmeldung_ua", [], f"""
Von: [[P|Oksana Kovalenko]] <[[E|oksana.kovalenko88@ukr.net]]>
Gesendet: Donnerstag, 12. Juni 2025 22:17
An: Standesamt Rietzow <[[N|standesamt@rietzow.de]]>
Betreff: AW: Anmeldung Eheschließung - Unterlagen

Guten Abend Frau [[P|Hoppe]],

danke fur die schnelle Antwort. Ich habe jetzt meine Geburtsurkunde mit Apostille und Übersetzung, die Dolmetscherin ist Frau [[P|Larysa Tkachenko]] aus Frankfurt (Oder). Mein Reisepass hat Nummer [[PASS|{ua_pass}]], gultig bis 2029. Ich bin geboren [[DOB|14.03.1988]] in Charkiw.
[[P|Ronny]] hat am Montag Termin bei Standesamt Storkow fur seine Geburtsurkunde. Er wohnt noch [[A|Fürstenwalder Str. 41]], [[A|15859 Storkow (Mark)]], aber ab August wir wohnen zusammen in Rietzow.

Frage: kann ich Ehefähigkeitszeugnis von ukrainische Konsulat in Berlin bekommen, oder brauchen wir die Befreiung? Konsulat sagt, sie machen das nicht mehr.

Mein Telefon ist [[T|+49 1512 7730418]], besser nach 18 Uhr.

Mit freundliche Grüße
[[P|Oksana Kovalenko]]

Am 11.06.2025 um 09:41 schrieb Standesamt Rietzow <[[N|standesamt@rietzow.de]]>:
> Sehr geehrte Frau [[P|Kovalenko]],
>
> für die Anmeldung Ihrer Eheschließung mit Herrn [[P|Ronny Pietsch]] (Vorgang [[AZ|StA-EA 2025/0093]]) benötigen wir von Ihnen ein Ehefähigkeitszeugnis Ihres Heimatstaates oder eine Befreiung durch die Präsidentin des Brandenburgischen Oberlandesgerichts nach § 1309 Abs. 2 BGB. Den Antrag auf Befreiung nehmen wir hier im Standesamt auf; die Gebühr des Oberlandesgerichts liegt zwischen 15 und 305 EUR.
>
> Bitte bringen Sie zum Termin am 24.06.2025, 10:30 Uhr, Raum 0.14, alle Originale mit.
>
> Mit freundlichen Grüßen
> [[P|Kerstin Hoppe]]
> Standesbeamtin
> Stadt Rietzow | Standesamt | [[N|Markt 1]] | [[N|15868 Rietzow]]
> Telefon [[N|033678 640-212]]
""")

# ====================================================================== F94-002  Word letter, Vietnamese name choice
vn_pass = "C" + ids.digits(7)
doc("word", "standesamt_namensbestimmung_vn", [], f"""
Stadt Rietzow · Der Bürgermeister · Standesamt · [[N|Markt 1]] · [[N|15868 Rietzow]]

Herrn und Frau
[[P|Trần Văn Minh]] und [[P|Nguyễn Thị Thu Hằng]]
[[A|Beeskower Chaussee 17 b]]
[[A|15868 Rietzow]]

Ihr Zeichen: –            Ihre Nachricht vom: 02.06.2025
Unser Zeichen: [[AZ|NE 14/2025]]     Datum: 16.06.2025
Bearbeiter: Herr [[P|Jänicke]], Zimmer 0.16, Tel. [[N|033678 640-214]]

Namensbestimmung für Ihr Kind [[P|Bảo An]], geboren am [[DOB|27. Mai 2025]] in Frankfurt (Oder)

Sehr geehrter Herr [[P|Trần]], sehr geehrte Frau [[P|Nguyễn]],

vielen Dank für Ihre Nachricht. Sie möchten, dass Ihr Kind den Familiennamen des Vaters erhält. Da Sie beide die vietnamesische Staatsangehörigkeit besitzen und keinen gemeinsamen Ehenamen führen, können Sie nach Art. 10 Abs. 3 EGBGB wählen, ob sich der Name nach deutschem oder nach vietnamesischem Recht richtet.

Bitte beachten Sie: Im deutschen Geburtenregister werden Familienname und Vorname getrennt eingetragen. Nach vietnamesischem Recht wäre der vollständige Name „[[P|Trần Bảo An]]“; „[[P|Trần]]“ ist dabei der Familienname, „[[P|Bảo An]]“ der Vorname. Ein Mittelname, wie er bei vietnamesischen Namen üblich ist, kann als Teil des Vornamens eingetragen werden.

Die Erklärung muss von Ihnen beiden persönlich vor dem Standesamt abgegeben und öffentlich beglaubigt werden. Bringen Sie bitte mit:
- Ihre Reisepässe (Herr [[P|Trần]]: Nr. [[PASS|{vn_pass}]] laut Geburtsanzeige),
- Ihre Aufenthaltstitel,
- die Geburtsanzeige der Klinik liegt uns bereits vor (Geburtenregister [[AZ|G 118/2025]]).

Die Gebühr für die Beurkundung der Erklärung beträgt 35,00 EUR, für jede weitere Geburtsurkunde 12,00 EUR. Falls Sie einen Dolmetscher benötigen, kann Frau [[P|Lê Thị Mai]] (Vietnamesisch, allgemein beeidigt) Sie begleiten; die Kosten tragen Sie selbst.

Mit freundlichen Grüßen
Im Auftrag

[[P|Marcel Jänicke]]
Standesbeamter
""")

# ====================================================================== F94-003  forwarded lower-case noise complaint
doc("outlook", "ordnungsamt_laerm_weitergeleitet", ["HEALTH"], """
Von: [[P|Steffi Kalinowski]]
Gesendet: Montag, 16. Juni 2025 07:52
An: [[P|Mike Pohle]]
Betreff: WG: ruhestörung schon wieder!!!

Hallo [[P|Mike]],

zuständigkeitshalber an dich, kam am Wochenende ins Bürgerbüro-Postfach. Die Dame war letzte Woche auch schon am Schalter.

Gruß
[[P|Steffi]]

-----Ursprüngliche Nachricht-----
Von: [[P|mandy]] <[[E|mandy.zschoche@web.de]]>
Gesendet: Sonntag, 15. Juni 2025 02:46
An: [[N|buergerbuero@rietzow.de]]
Betreff: ruhestörung schon wieder!!!

hallo,

es ist jetzt kurz vor 3 und bei [[P|al-khatib]] im 2.og läuft schon wieder musik und die kinder rennen rum. das geht seit wochen so. ich hab den mann ([[P|mohammad]] heißt er glaub ich) schon x mal angesprochen, der versteht angeblich kein deutsch. sein großer sohn ist wohl psychisch krank, jedenfalls schreit der nachts öfter, das sagt auch frau [[P|dück]] von gegenüber.

ausserdem steht seit 3 wochen ein polnischer transporter mit [[KFZ|FSL 4K217]] auf dem gehweg vor unserem haus, da kommt man mit kinderwagen nicht mehr vorbei.

ich wohne [[A|ernst-thälmann-str. 8]], [[A|15868 rietzow]], 1. og links. bitte machen sie endlich was, sonst ruf ich die polizei, die wache in der karl-liebknecht-straße ist ja gleich um die ecke.

[[P|mandy zschoche]]
[[T|0173 4471925]]

Von meinem iPhone gesendet
""")

# ====================================================================== F94-004  Word Bescheid Hundesteuer, dog names
iban04 = iban_spaced(ids.iban_de())
doc("word", "ordnungsamt_hundesteuer_bescheid", [], f"""
Stadt Rietzow
Der Bürgermeister
Ordnungsamt – Steuern und Abgaben

Stadt Rietzow · [[N|Markt 1]] · [[N|15868 Rietzow]]

Herrn
[[P|Waldemar Reimer]]
Ortsteil Kummerow
[[A|Am Kiefernhang 23]]
[[A|15868 Rietzow]]

Ihr Zeichen: Anmeldung vom 28.04.2025
Aktenzeichen: [[AZ|32.2-HS-0381/25]]
Kassenzeichen: [[AZ|5.240.0381.7]]
Datum: 04.06.2025
Sachbearbeitung: Frau [[P|Wendland]], Zimmer 1.08

Bescheid über die Festsetzung der Hundesteuer für 2025

Sehr geehrter Herr [[P|Reimer]],

mit Wirkung vom 01.05.2025 haben Sie den Hund „Bruno“ (Rasse: Deutscher Schäferhund-Mischling, Wurfdatum 12.01.2024) angemeldet. Nach § 4 Abs. 1 der Hundesteuersatzung der Stadt Rietzow beträgt die Steuer für den ersten Hund 72,00 EUR jährlich; für 2025 ergibt sich anteilig ein Betrag von 48,00 EUR.

Nach einem Hinweis von Herrn [[P|Uwe Schadow]] halten Sie seit März zusätzlich eine Hündin („Lotte“, Terrier-Mischling). Sollte das zutreffen, melden Sie diesen Hund bitte innerhalb von zwei Wochen an; für den zweiten Hund beträgt die Steuer 108,00 EUR jährlich.

Der Betrag wird per SEPA-Lastschrift von dem Konto [[IBAN|{iban04}]] (Kontoinhaberin: [[P|Lidija Reimer]]) am 15.07.2025 eingezogen. Die Mandatsreferenz entspricht dem Kassenzeichen.

Ihre Angaben laut Anmeldung: geboren am [[DOB|02.10.1961]] in Karaganda, telefonisch erreichbar unter [[T|033678 51 294]].

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift bei der Stadt Rietzow, Der Bürgermeister, [[N|Markt 1]], [[N|15868 Rietzow]], einzulegen.

Mit freundlichen Grüßen
Im Auftrag

[[P|Katrin Wendland]]
""")

# ====================================================================== F94-005  vendor permit, nephew writes
tnr05 = tax_number_bb()
vat05 = vat_spaced(ids.vat_id())
iban05 = iban_spaced(ids.iban_de())
doc("outlook", "ordnungsamt_strassenhandel_antrag", [], f"""
Von: [[P|Phạm Minh Tuấn]] <[[E|tuan.pham.ehst@gmail.com]]>
Gesendet: Dienstag, 3. Juni 2025 19:05
An: [[N|ordnungsamt@rietzow.de]]
Cc: [[P|Phạm Đức Anh]] <[[E|phamducanh62@yahoo.com]]>
Betreff: Antrag Sondernutzung Marktstand / Straßenverkauf Obst + Gemüse

Sehr geehrte Damen und Herren,

ich schreibe für meinen Onkel, Herrn [[P|Phạm Đức Anh]], weil er nicht so gut Deutsch schreibt. Er möchte ab Juli jeden Dienstag und Freitag von 8 bis 13 Uhr auf dem Marktplatz in Rietzow Obst und Gemüse verkaufen (Verkaufswagen Mercedes Sprinter, Kennzeichen [[KFZ|EH-PA 622]], ca. 6 m lang).

Angaben zum Gewerbe:
Inhaber: [[P|Phạm Đức Anh]] (im Pass: [[P|PHAM DUC ANH]])
geb.: [[DOB|09.11.1962]]
Wohnanschrift: [[A|Lindenallee 22]], [[A|15890 Eisenhüttenstadt]]
Steuernummer: [[TNR|{tnr05}]]
USt-IdNr.: [[VAT|{vat05}]]
Gewerbeanmeldung Eisenhüttenstadt vom 14.02.2019

Die Gebühr kann von seinem Konto abgebucht werden: IBAN [[IBAN|{iban05}]], Sparkasse Oder-Spree.

Rückfragen bitte an mich, [[T|0176 2293 0451]], oder an meinen Onkel unter [[T|+49 3364 418 227]] (nur vormittags).

Vielen Dank und viele Grüße
[[P|Tuấn Phạm]]
""")

# ====================================================================== F94-006  English mail from Cameroon
doc("outlook", "standesamt_englisch_kamerun", ["RELIGION", "HEALTH"], """
From: [[P|Serge Ateba Fouda]] <[[E|ateba.fouda.serge@yahoo.fr]]>
Sent: Saturday, June 7, 2025 11:38 PM
To: [[N|standesamt@rietzow.de]]
Cc: [[P|Estelle Ngo Nkoa]] <[[E|estelle.ngonkoa@gmail.com]]>
Subject: wedding of my sister [[P|Estelle]] - invitation letter ??

Dear Sir / Madam,

I am the elder brother of Miss [[P|ESTELLE NGO NKOA]] who will marry Mr. [[P|Tobias Brandt]] in your town on 23 August 2025. Our family want to travel from Douala for the ceremony, we are 3 persons. The German embassy in Yaoundé ask for a letter from the registry office which confirm the date of the wedding.

Please can you write this letter for:
1. [[P|ATEBA FOUDA Serge]], born [[DOB|21/04/1986]]
2. [[P|NGO BASSONG Thérèse]] (our mother), born [[DOB|03/11/1958]]
3. [[P|MBARGA Jean-Pierre]] (my cousin), born [[DOB|17.07.1990]]

Our mother is diabetic and since March she use a wheelchair, so we ask if the church and the town hall have access without stairs. After the civil wedding there will be the church wedding in the catholic church St. Hedwig, Father [[P|Ambroise]] will come from Douala too.

You can call me on WhatsApp [[T|+237 677 45 12 90]] or my cousin [[T|+237 6 99 81 20 34]].

Best regards,
[[P|Serge ATEBA FOUDA]]
[[A|Rue Njo-Njo 118]], Bonapriso, Douala
""")

# ====================================================================== F94-007  Aktennotiz birth of Syrian child
sy_pass07 = "N0" + ids.digits(8)
bamf07 = ids.digits(7, True) + "-475"
doc("word", "standesamt_aktennotiz_geburt", ["RELIGION"], f"""
Aktennotiz

Standesamt Rietzow – Geburtenregister [[AZ|G 131/2025]]
Betreff: Beurkundung der Geburt des Kindes [[P|Lana Al Hamwi]], geb. [[DOB|03.04.2025]], 04:17 Uhr, Klinikum Frankfurt (Oder)
Verfasserin: [[P|K. Hoppe]], 18.06.2025

1. Sachverhalt
Die Geburtsanzeige des Klinikums ging am 07.04.2025 ein. Die Eltern, Herr [[P|Abdulrahman Al Hamwi]] (geb. [[DOB|1.1.1991]] in Homs) und Frau [[P|Rama Haddad]] (geb. [[DOB|22.08.1996]] in Damaskus), wohnen seit 2023 in der Gemeinschaftsunterkunft [[A|Beeskower Straße 90]], [[A|15868 Rietzow]].
Der Vater legte am 12.06.2025 seinen syrischen Reisepass Nr. [[PASS|{sy_pass07}]] vor (gültig bis 2027), die Mutter lediglich ihre Aufenthaltsgestattung (BAMF-Az. [[AZ|{bamf07}]]) ohne Identitätsnachweis aus dem Herkunftsstaat. Eine Heiratsurkunde liegt nur als Kopie eines Auszugs aus dem syrischen Familienbuch vor.

2. Bewertung
Die Identität der Mutter und die Eheschließung der Eltern sind nicht nachgewiesen. Die Geburt wird nach § 35 Abs. 1 PStV mit einem erläuternden Zusatz beurkundet. Die Zugehörigkeit zu einer Religionsgemeinschaft wird auf ausdrücklichen Wunsch der Eltern eingetragen (beide: islamisch).
Dolmetscher bei der Vorsprache: Herr [[P|Basel Nassar]] (Arabisch), Tel. [[T|0157 8820 4413]].

3. Weiteres Vorgehen
- Geburtsurkunden mit Zusatz ausstellen (3 Exemplare, gebührenfrei für Kindergeld und Elterngeld).
- Mitteilung an die Ausländerbehörde des Landkreises Oder-Spree.
- Wiedervorlage: 30.09.2025.

[[P|Hoppe]]
""")

# ====================================================================== F94-008  Polish worker, reply on top
pl_id08 = polish_id()
tid08 = ids.tax_id()
doc("outlook", "buergerbuero_anmeldung_pl", [], f"""
Sehr geehrter Herr [[P|Zieliński]],

die Anmeldung ist nur persönlich möglich. Wir haben für Sie einen Termin am Donnerstag, 12.06.2025, 09:20 Uhr reserviert (Vorgangsnummer [[AZ|BB-250612-0017]]). Bringen Sie bitte Ihren polnischen Personalausweis und die unterschriebene Wohnungsgeberbestätigung mit. Ihre Frau und Ihr Sohn melden sich nach dem Einzug im September selbst an, der Personalausweis genügt auch dann.

Die Steuer-Identifikationsnummer aus dem Brief des Bundeszentralamts für Steuern ist richtig und gilt dauerhaft; sie ändert sich durch den Umzug nicht.

Mit freundlichen Grüßen
[[P|Steffi Kalinowski]]
Bürgerbüro Stadt Rietzow
Tel. [[N|033678 640-100]] (Servicenummer)

-----Ursprüngliche Nachricht-----
Von: [[P|Krzysztof Zieliński]] <[[E|k.zielinski@wp.pl]]>
Gesendet: Mittwoch, 4. Juni 2025 06:12
An: [[N|buergerbuero@rietzow.de]]
Betreff: Anmeldung Wohnung + Steuer-ID

Dzień dobry / Guten Tag,

ich bin [[P|Krzysztof Zieliński]], geboren [[DOB|30.06.1984]], und arbeite seit Mai bei Firma Holzbau [[N|Kubisch]] in Rietzow. Ich habe jetzt Wohnung in Deutschland: [[A|Am Mühlenfließ 3a]], [[A|15868 Rietzow]]. Vorher war ich nur in Polen gemeldet: [[A|ul. Kościuszki 17/4]], [[A|69-100 Słubice]].

Meine Frau [[P|Małgorzata]] (geb. [[DOB|11.02.1987]]) und Sohn [[P|Kacper]] (geb. [[DOB|05.09.2015]]) kommen im September, [[P|Kacper]] geht dann in Grundschule.

Muss ich mit Termin kommen? Ich habe nur polnische Personalausweis ([[IDC|{pl_id08}]]), kein Reisepass. Vermieter ist Herr [[P|Detlef Kubisch]], er hat Wohnungsgeberbestätigung schon unterschrieben.

Und mein Chef sagt ich brauche Steuer-ID. Ich habe Brief von Finanzamt bekommen mit Nummer [[TID|{tid08}]], ist das richtig so oder muss ich noch etwas machen?

Pozdrawiam
[[P|Krzysztof Zieliński]]
tel. [[T|+48 601 223 447]]
""")

# ====================================================================== F94-009  Anhörung OWi, reference line table
doc("word", "ordnungsamt_anhoerung_owi", [], """
Stadt Rietzow – Der Bürgermeister – Ordnungsamt – Bußgeldstelle
Stadt Rietzow · [[N|Markt 1]] · [[N|15868 Rietzow]]

Herrn
[[P|Viktor Penner]]
[[A|Eichendorffweg 5]]
[[A|15868 Rietzow]]

Ihr Zeichen    Unser Zeichen          Durchwahl     Datum
–              [[AZ|OA-OWi 1712/25]]        [[N|640-231]]       10.06.2025

Anhörung im Bußgeldverfahren
Ordnungswidrigkeit nach § 117 Abs. 1 OWiG i. V. m. § 7 Abs. 1 der Ordnungsbehördlichen Verordnung der Stadt Rietzow

Sehr geehrter Herr [[P|Penner]],

Ihnen wird zur Last gelegt, am Sonntag, 18.05.2025, zwischen 07:10 und 08:05 Uhr auf Ihrem Grundstück [[A|Eichendorffweg 5]] mit einem akkubetriebenen Laubbläser (Stihl BGA 57) und anschließend mit einem Rasenmäher unzulässigen Lärm verursacht zu haben. Zeugin: Frau [[P|Jelena Friesen]] (Anwohnerin).

Nach § 55 OWiG haben Sie Gelegenheit, sich zu dem Vorwurf zu äußern. Bitte senden Sie den beigefügten Anhörungsbogen bis zum 01.07.2025 zurück. Die Angaben zur Person sind Pflicht, Angaben zur Sache sind freiwillig.

Angaben zur Person (von uns vorausgefüllt):
Name, Vorname: [[P|Penner, Viktor]]
Geburtsdatum: [[DOB|07.11.1974]]      Geburtsort: Pawlodar
Anschrift: wie oben

Es ist beabsichtigt, ein Verwarnungsgeld in Höhe von 55,00 EUR zu erheben. Die Akte kann nach vorheriger Terminabsprache in Zimmer 1.12 eingesehen werden.

Mit freundlichen Grüßen
Im Auftrag

[[P|Pohle]]
Sachgebietsleiter Ordnungsangelegenheiten
Sachbearbeitung: Frau [[P|Doreen Lamprecht]]
""")

# ====================================================================== F94-010  CSV export pasted into mail
rows10 = [
    ("5.240.0377.2", "Schellenberg", "Tatjana", "Kiefernweg 9", "15868 Rietzow", "14.08.1979", "Nala", "Labrador"),
    ("5.240.0378.0", "Nguyen", "Van Long", "Am Mühlenfließ 9", "15868 Rietzow", "23.03.1975", "Milu", "Mischling"),
    ("5.240.0379.9", "Krüger-Baumgart", "Doreen", "Dorfstraße 4", "15868 Rietzow", "01.12.1968", "Emma", "Dackel"),
    ("5.240.0380.1", "Okafor", "Chinedu", "Am Bahndamm 2a", "15859 Storkow (Mark)", "30.04.1990", "Rocky",
     "Am. Staffordshire-Mix"),
    ("5.240.0382.5", "Ferreira da Silva", "Jorge", "Seeweg 15", "15868 Rietzow", "", "Kira", "Husky"),
]
csv10 = []
for kz, name, vorname, street, city, dob, dog, breed in rows10:
    iban = ids.iban_de()
    dob_cell = f"[[DOB|{dob}]]" if dob else ""
    csv10.append(f"[[AZ|{kz}]];[[P|{name}]];[[P|{vorname}]];[[A|{street}]];[[A|{city}]];{dob_cell};{dog};{breed};"
                 f"0{R.randint(2, 9)}.05.2025;[[IBAN|{iban}]]")
csv10_text = "\n".join(csv10)
doc("outlook", "kasse_export_hundesteuer_csv", [], f"""
Von: [[P|Ronald Wiesner]] <[[E|r.wiesner@rietzow.de]]>
Gesendet: Freitag, 13. Juni 2025 14:20
An: [[P|Katrin Wendland]] <[[E|k.wendland@rietzow.de]]>
Betreff: Export Neuanmeldungen Hundesteuer Mai – bitte Abgleich mit Melderegister

Hallo [[P|Katrin]],

anbei wie besprochen der Export aus dem Kassenverfahren (Neuanmeldungen 01.05.–31.05.2025, 5 Datensätze). Bei Zeile 3 ist die Lastschrift zurückgekommen (Konto erloschen), bei Zeile 5 fehlt das Geburtsdatum.

Kassenzeichen;Name;Vorname;Anschrift;PLZ Ort;geb.;Hund;Rasse;Anmeldung;IBAN
{csv10_text}

Bitte prüf mal, ob Frau [[P|Krüger-Baumgart]] tatsächlich umgezogen ist, die Post kam mit „unbekannt verzogen“ zurück.

Danke und schönes Wochenende!
[[P|Ronald]]

Stadtkasse / Vollstreckung
Tel. [[N|033678 640-310]]
""")

# ====================================================================== F94-011  minutes with attendee list
doc("word", "protokoll_runder_tisch", [], """
Niederschrift
Runder Tisch „Sicherheit und Sauberkeit im Bahnhofsumfeld“
Sitzung am 05.06.2025, 16:00–17:45 Uhr, Rathaus Rietzow, Sitzungsraum 2.07

Teilnehmende:
Dr. [[P|Andreas Wollschläger]] (Bürgermeister, Vorsitz)
[[P|Mike Pohle]] (Ordnungsamt)
[[P|Kevin Lorenz]] (Ordnungsamt, Außendienst)
PHKin [[P|Sabine Oelschläger]] (Polizeirevier Fürstenwalde, Revierpolizei Rietzow)
[[P|Nadia Benali]] (Integrationsbeauftragte Landkreis Oder-Spree)
[[P|Sven-Olaf Riedel]] (Sprecher Anwohnerinitiative Bahnhofsviertel)
[[P|Giorgos Antoniou]] (Inhaber Bahnhofskiosk)
Protokoll: [[P|Doreen Lamprecht]]
entschuldigt: [[P|Almut Rehfeld]] (Seniorenbeirat)

TOP 1 Begrüßung, Genehmigung der Niederschrift vom 06.03.2025
Herr Dr. [[P|Wollschläger]] begrüßt die Anwesenden. Die Niederschrift wird ohne Änderungen genehmigt.

TOP 2 Lagebild
Frau [[P|Oelschläger]] berichtet: Von März bis Mai gab es 17 Einsätze am Bahnhofsvorplatz, überwiegend Ruhestörungen und Sachbeschädigungen am Fahrradparkhaus. Gegen zwei Jugendliche laufen Ermittlungsverfahren (keine Namensnennung im Protokoll).

TOP 3 Straßenhandel
Herr [[P|Pohle]]: Nach Beschwerden über einen Verkäufer ohne Reisegewerbekarte wurde ein Bußgeldverfahren eingeleitet (Az. [[AZ|OA-OWi 1688/25]]). Herr [[P|Antoniou]] regt an, die Sitzbänke vor dem Kiosk nicht zu entfernen. Herr [[P|Riedel]] widerspricht: Die Bänke seien Treffpunkt bis in die Nacht.

TOP 4 Beleuchtung und Gestaltung
Das Bauamt teilt schriftlich mit: Die neue Beleuchtung ist im Haushalt 2026 unter Produktkonto 54.1.01, Investitionsnummer I-2026-014, vorgesehen. Der Bebauungsplan Nr. 21 „Bahnhofsvorplatz“ steht dem nicht entgegen.

TOP 5 Verschiedenes, nächster Termin
Frau [[P|Benali]] bietet eine Sprechstunde für Gewerbetreibende mit Migrationsgeschichte an; Kontakt: [[E|nadia.benali@l-os.de]].
Nächste Sitzung: 04.09.2025, 16:00 Uhr, gleicher Raum.

Rietzow, 06.06.2025
gez. Dr. [[P|Wollschläger]]            gez. [[P|Lamprecht]]
""")

# ====================================================================== F94-012  info stand of a party (politics)
doc("outlook", "ordnungsamt_infostand", ["POLITICS"], """
Sehr geehrte Frau [[P|Lehmkuhl]],

die Sondernutzungserlaubnis für den Informationsstand am 21.06.2025 wird erteilt (Az. [[AZ|32.3-SNU-118/25]]); der Bescheid geht Ihnen per Post zu. Bitte halten Sie zum Eingang der Sparkasse und zur Feuerwehrzufahrt mindestens 3 m Abstand. Die Gebühr beträgt 15,00 EUR.

Mit freundlichen Grüßen
[[P|Kevin Lorenz]]
Ordnungsamt | [[E|k.lorenz@rietzow.de]] | Tel. [[N|033678 640-233]]

-----Ursprüngliche Nachricht-----
Von: [[P|Heike Lehmkuhl]] <[[E|heike.lehmkuhl@posteo.de]]>
Gesendet: Montag, 2. Juni 2025 21:03
An: [[N|ordnungsamt@rietzow.de]]
Betreff: Antrag Infostand 21.06. Marktplatz

Sehr geehrte Damen und Herren,

als Vorsitzende des SPD-Ortsvereins Rietzow beantrage ich für Samstag, den 21.06.2025, von 9 bis 13 Uhr einen Informationsstand (Tisch 2 x 1 m, Sonnenschirm, Aufsteller) auf dem Marktplatz vor der Sparkasse. Thema: Sanierung des Freibads. Am Stand sind außer mir Herr [[P|Ercan Yıldırım]] und Frau [[P|Renate Scholz-Weigelt]]; beide sind Mitglieder des Ortsvereins.

Verantwortlich vor Ort: ich selbst, mobil [[T|0160 93812277]].
Rechnungsanschrift: [[P|Heike Lehmkuhl]], [[A|Seestraße 31]], [[A|15868 Rietzow]]

Mit freundlichen Grüßen
[[P|Heike Lehmkuhl]]
""")

# ====================================================================== F94-013  Vermerk paternity, DNA report
doc("word", "standesamt_vermerk_vaterschaft", ["GENETIC"], """
Vermerk

Az.: [[AZ|G 64/2024]] – Folgebeurkundung Vaterschaft
Kind: [[P|Sofiia Bondarenko]], geb. [[DOB|19.01.2024]] in Fürstenwalde/Spree
Mutter: [[P|Iryna Bondarenko]], geb. [[DOB|02.12.1995]], ukrainische Staatsangehörige, wohnhaft [[A|Platz der Jugend 6]], [[A|15868 Rietzow]]
Anerkennender Vater: [[P|Taras Melnyk]], geb. [[DOB|28.06.1992]], wohnhaft [[A|Friedensstraße 12]], [[A|15517 Fürstenwalde/Spree]]

1. Die Vaterschaftsanerkennung vom 14.03.2024 durch Herrn [[P|Melnyk]] war nicht wirksam, weil die Mutter bei der Geburt noch mit Herrn [[P|Oleh Bondarenko]] verheiratet war (Ehe geschlossen 2016 in Poltawa, Scheidung rechtskräftig erst am 30.05.2024).

2. Mit Beschluss des Amtsgerichts Fürstenwalde/Spree – Familiengericht – vom 22.04.2025, Az. [[AZ|3 F 412/24]], wurde festgestellt, dass Herr [[P|Oleh Bondarenko]] nicht der Vater des Kindes ist. Grundlage war ein Abstammungsgutachten (DNA-Analyse, 21 STR-Systeme) des Instituts für Rechtsmedizin, wonach die Vaterschaft von Herrn [[P|Melnyk]] mit einer Wahrscheinlichkeit von 99,99 % anzunehmen ist. Der Beschluss ist seit 03.06.2025 rechtskräftig.

3. Herr [[P|Melnyk]] hat die Vaterschaft am 17.06.2025 beim Jugendamt erneut anerkannt, die Mutter hat zugestimmt (UR-Nr. [[AZ|212/2025]], Urkundsperson Frau [[P|Schubert]]).

4. Folgebeurkundung zum Geburtseintrag. Nach der Namenserteilung führt das Kind den Familiennamen [[P|Melnyk]]. Neue Geburtsurkunde an die Mutter übersenden.

Rietzow, 18.06.2025
[[P|Jänicke]]
""")

# ====================================================================== F94-014  forward chain, English original
vn_pass14 = "C" + ids.digits(7)
doc("outlook", "buergerbuero_weiterleitung_englisch", [], f"""
Von: [[P|Steffi Kalinowski]] <[[E|s.kalinowski@rietzow.de]]>
Gesendet: Mittwoch, 18. Juni 2025 10:02
An: [[P|Marcel Jänicke]] <[[E|m.jaenicke@rietzow.de]]>
Betreff: WG: Request residence certificate for my son

Hallo [[P|Marcel]],

kannst du kurz drüberschauen? Der Vater in Hanoi möchte eine Meldebescheinigung für seinen Sohn. Der Sohn selbst hat nichts unterschrieben, eine Vollmacht fehlt. Ich würde absagen bzw. nur an [[P|Huy]] selbst schicken. Passt die Antwort unten so?

Danke, [[P|Steffi]]

--- Entwurf Antwort ---
Dear Mr [[P|Đỗ]],
for data protection reasons we can only issue a registration certificate (Meldebescheinigung) to your son personally or to a person holding his written power of attorney. Please ask [[P|Huy]] to contact us or to book an appointment online.
Kind regards
[[P|Steffi Kalinowski]]
Citizens' Office, Town of Rietzow

-----Original Message-----
From: [[P|Do Van Thang]] <[[E|dovanthang1965@gmail.com]]>
Sent: Tuesday, June 17, 2025 4:51 PM
To: [[N|buergerbuero@rietzow.de]]
Subject: Request residence certificate for my son

Dear Sir or Madam,

my name is [[P|Đỗ Văn Thắng]], I am the father of [[P|ĐỖ QUANG HUY]] (born [[DOB|08/02/2003]]), he study Logistics at the TH Wildau and live in your city since 2022, address [[A|Puschkinstraße 14]], App. 211, [[A|15868 Rietzow]].

For the visa extension of his brother we need a confirmation that [[P|Huy]] is registered in Germany (Meldebescheinigung). [[P|Huy]] is very busy with exams so I write for him. His passport number is [[PASS|{vn_pass14}]].

Please send the document to our home address:
[[A|Số 46 ngõ 158 Ngọc Hà]], Ba Đình, Hà Nội, Vietnam
or by email.

Thank you very much!
[[P|Do Van Thang]]
Tel/Zalo: [[T|+84 912 408 337]]
""")

# ====================================================================== F94-015  Word Bescheid ice-cream bike
tid15 = tax_id_spaced(ids.tax_id())
tnr15 = tax_number_bb()
vat15 = ids.vat_id()
iban15 = iban_spaced(mod97_iban("IT", R.choice("ABCDEFGHIJKLMNPRSTUVWXYZ") + ids.digits(10) + ids.digits(12)))
doc("word", "ordnungsamt_erlaubnis_eisverkauf", [], f"""
Stadt Rietzow | Der Bürgermeister | Ordnungsamt

Herrn
[[P|Giuseppe Caruso]]
[[A|Uferpromenade 3]]
[[A|15868 Rietzow]]

Bescheid-Nr.: [[AZ|2025/OA/00417]]
Ihr Antrag vom: 20.05.2025
Datum: 11.06.2025

Erlaubnis nach § 18 BbgStrG zur Sondernutzung öffentlicher Verkehrsflächen – mobiler Eisverkauf

Sehr geehrter Herr [[P|Caruso]],

hiermit erteile ich Ihnen die jederzeit widerrufliche Erlaubnis, vom 15.06. bis 15.09.2025 an folgenden Standorten Speiseeis von einem Lastenrad mit Kühlanhänger (Modell „Carla Cargo“) zu verkaufen:
– Uferpromenade zwischen Seebad und Bootsverleih,
– Marktplatz (nur samstags, 9 bis 14 Uhr).

Nebenbestimmungen: Der Verkauf ist nur durch Sie selbst und Ihre Mitarbeiterin Frau [[P|Maria do Carmo Ferreira]] gestattet. Eine Beschallung mit Musik ist nicht erlaubt.

Ihre Angaben aus dem Antrag: geboren am [[DOB|14.07.1979]] in Belluno, Steuer-Identifikationsnummer [[TID|{tid15}]], Steuernummer [[TNR|{tnr15}]], USt-IdNr. [[VAT|{vat15}]], Mobil [[T|0151 4471 0932]].

Gebühr: Für diesen Bescheid wird eine Verwaltungsgebühr von 120,00 EUR festgesetzt (Tarifstelle 2.4 der Verwaltungsgebührenordnung). Bitte überweisen Sie den Betrag unter Angabe des Kassenzeichens [[AZ|5.310.0417.3]]. Die Sicherheitsleistung von 200,00 EUR wird nach Ablauf der Saison auf Ihr Konto [[IBAN|{iban15}]] erstattet.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadt Rietzow, [[N|Markt 1]], [[N|15868 Rietzow]], erhoben werden.

Im Auftrag
[[P|Kevin Lorenz]]
""")

# ====================================================================== F94-016  parish office, church wedding
doc("outlook", "standesamt_kirchliche_trauung", ["RELIGION"], """
Liebe Frau [[P|Schadow]],

Heirats- und Eheurkunden dürfen wir nur den Eheleuten selbst (oder mit deren Vollmacht) ausstellen. Das Brautpaar erhält am Trautag eine Eheurkunde; Herr [[P|Wójcik]] und Frau [[P|Dąbrowska-Nowak]] können Ihnen davon gern eine Kopie bringen.

Herzliche Grüße
[[P|Kerstin Hoppe]]
Standesamt Rietzow

-----Ursprüngliche Nachricht-----
Von: Pfarrbüro St. Hedwig Rietzow <[[N|pfarrbuero@st-hedwig-rietzow.de]]>
Gesendet: Dienstag, 10. Juni 2025 11:26
An: [[N|standesamt@rietzow.de]]
Betreff: Nachweis standesamtliche Trauung [[P|Wójcik]] / [[P|Dąbrowska-Nowak]]

Liebe Frau [[P|Hoppe]],

für die kirchliche Trauung von Herrn [[P|Paweł Wójcik]] und Frau [[P|Agnieszka Dąbrowska-Nowak]] am 26.07.2025 in unserer Kirche bräuchten wir wie immer einen Nachweis über die standesamtliche Eheschließung. Das Brautpaar hat erzählt, dass die Trauung bei Ihnen am 12.07. stattfindet (Eheregister [[AZ|E 41/2025]]?) und dass beide künftig den Namen [[P|Wójcik]] führen. Die Braut ist katholisch, der Bräutigam ist 2019 aus der Kirche ausgetreten und möchte wieder eintreten; Pfarrer [[P|Lis]] führt dazu noch ein Gespräch.

Kann das Paar die Heiratsurkunde direkt bei uns abgeben, oder schicken Sie eine Kopie? Uns reicht eine einfache Kopie.

Herzliche Grüße aus dem Pfarrbüro
[[P|Gabriele Schadow]]
Pfarrsekretärin
Kath. Pfarrei St. Hedwig, [[N|Kirchplatz 2]], [[N|15868 Rietzow]]
Tel. [[N|033678 5 21 30]] (Di/Do 9–12 Uhr)
""")

# ====================================================================== F94-017  Niederschrift § 94 BVFG
idc17 = ids.id_card(True)
doc("word", "standesamt_namenserklaerung_bvfg", ["ETHNICITY"], f"""
Niederschrift über die Abgabe von Erklärungen zur Namensführung
nach § 94 Bundesvertriebenengesetz (BVFG)

Standesamt Rietzow                                   Nr. [[AZ|NE 22/2025]]

Vor dem unterzeichnenden Standesbeamten erschienen heute, am 13.06.2025, ausgewiesen durch Registrierschein und deutschen Personalausweis:

1. [[P|Eduard Schellenberg]], geboren am [[DOB|17.03.1985]] in Omsk (Russische Föderation), Personalausweis Nr. [[IDC|{idc17}]],
2. [[P|Tatjana Schellenberg]] geb. [[P|Wiens]], geboren am [[DOB|08.12.1987]] in Isilkul (Russische Föderation),
beide wohnhaft [[A|Dorfstraße 4a]], [[A|15868 Rietzow]],
letzte Anschrift im Herkunftsgebiet: [[A|ul. Lenina 27]], kv. 14, [[A|644043 Omsk]].

Die Erschienenen sind als Spätaussiedler deutscher Volkszugehörigkeit anerkannt (Bundesverwaltungsamt, Registrierschein Az. [[AZ|III B 4-81472/19]]).

Sie erklären:
a) Der bisher geführte Name des Erschienenen zu 1. lautet [[P|Eduard Wladimirowitsch Schellenberg]]. Er legt den Vatersnamen ab.
b) Die Erschienene zu 2. legt den Vatersnamen „[[P|Petrowna]]“ ab.
c) Für ihre Tochter [[P|Jelisaweta Schellenberg]], geboren am [[DOB|02.02.2012]] in Omsk, bestimmen beide Eltern anstelle des Vornamens „[[P|Jelisaweta]]“ die deutschsprachige Form „[[P|Elisabeth]]“.
d) Als Ehename wird [[P|Schellenberg]] geführt; die Schreibweise „[[P|Shellenberg]]“ der russischen Urkunden wird nicht fortgeführt.

Vorgelesen, genehmigt und unterschrieben:
[[P|Eduard Schellenberg]]      [[P|Tatjana Schellenberg]]

Der Standesbeamte
[[P|Jänicke]]
""")

# ====================================================================== F94-018  dog bite, smartphone, quoted chain
kv18 = ids.health_insurance()
doc("outlook", "ordnungsamt_hundebiss", ["HEALTH"], f"""
Betreff: AW: Hund hat mein sohn gebissen

hallo herr [[P|lorenz]],

hier die daten: [[P|Ibrahima Diallo]], geb. [[DOB|14.10.2017]], AOK Nordost Versichertennr. [[KV|{kv18}]]. der arztbrief kommt per post, die wunde ist genäht und er hat tetanus bekommen.

gruss [[P|amadou diallo]]

Von meinem Samsung Galaxy Smartphone gesendet

Am 16.06.2025 um 08:12 schrieb [[P|Lorenz, Kevin]] <[[E|k.lorenz@rietzow.de]]>:
> Sehr geehrter Herr [[P|Diallo]],
>
> danke für Ihre Meldung. Damit wir ein Verfahren nach der Hundehalterverordnung einleiten können, teilen Sie mir bitte das Geburtsdatum Ihres Sohnes und die Krankenkasse mit. Das Kennzeichen haben wir an die Halterabfrage weitergegeben.
>
> Mit freundlichen Grüßen
> [[P|Kevin Lorenz]]
> Ordnungsamt Rietzow – Außendienst
>
>> Am 15.06.2025 um 19:47 schrieb [[P|Amadou Diallo]] <[[E|amadou.diallo.gn@gmail.com]]>:
>> Guten tag,
>>
>> gestern (Sonntag) um 17 uhr an der Spreeufer bei Spielplatz hat ein grosser schwarzer hund ohne leine mein sohn [[P|Ibrahima]] (7 jahre) in die arm gebissen. Der besitzer ist herr [[P|Schulze-Brandt]], er wohnt in die Uferstraße neben die Bootsverleih, ich kenne ihn vom sehen. Er ist dann mit auto weggefahren [[KFZ|LOS-SB 77]] (grauer Skoda).
>>
>> [[P|Ibrahima]] war im Krankenhaus Fürstenwalde. Arzt hat gesagt wir sollen bei Ordnungsamt melden wegen gefährliche hund.
>>
>> Bitte rufen sie mich an [[T|01521 9076 334]]
>>
>> [[P|Amadou Diallo]]
>> [[A|Goethestr. 3]], [[A|15868 Rietzow]]
""")

# ====================================================================== F94-019  form filled in as text
ssn19 = ssn_spaced(ids.social_security("120983", "F"))
cc19 = card("4", 16)
doc("word", "standesamt_formular_urkundenantrag", [], f"""
Antrag auf Ausstellung von Personenstandsurkunden
(Eingang Standesamt Rietzow: 05.06.2025, Vorgangs-Nr. [[AZ|URK-2025-0388]])

1. Antragsteller/in
Familienname: [[P|Friesen]]
Vorname(n): [[P|Lydia]]
Geburtsname: [[P|Janzen]]
Geburtsdatum: [[DOB|30.01.1957]]
Anschrift: [[A|Rosa-Luxemburg-Straße 44]], [[A|15868 Rietzow]]
Telefon: [[T|(033678) 7 20 81]]
E-Mail: –

2. Urkunde(n) betreffend
[x] Geburtsurkunde   [ ] Eheurkunde   [ ] Sterbeurkunde
Name: [[P|Friesen, Viktor Johann]]
geboren am: [[DOB|12.09.1983]] in Rietzow
Verhältnis zur Antragstellerin: Sohn

3. Verwendungszweck
[x] Rentenangelegenheit – Versicherungsnummer des Sohnes: [[SSN|{ssn19}]]
[ ] Eheschließung   [ ] Sonstiges: ______

4. Anzahl: 2 Exemplare à 12,00 EUR = 24,00 EUR

5. Zahlung
[ ] bar   [ ] girocard   [x] Kreditkarte (telefonisch)
Kartennummer: [[CC|{cc19}]]   gültig bis 09/27
Karteninhaberin: [[P|Lydia Friesen]]

Vermerk des Standesamts: Kartendaten nach Buchung am 06.06.2025 auf dem Original geschwärzt. Urkunden am 10.06.2025 per Post versandt.
Bearbeitung: [[P|Hoppe]]
""")

# ====================================================================== F94-020  OLG exemption, internal forward
sy_pass20 = "N0" + ids.digits(8)
doc("outlook", "standesamt_befreiung_olg", ["RELIGION"], f"""
Von: [[P|Kerstin Hoppe]] <[[E|k.hoppe@rietzow.de]]>
Gesendet: Freitag, 6. Juni 2025 14:02
An: [[P|Marcel Jänicke]] <[[E|m.jaenicke@rietzow.de]]>
Betreff: WG: Befreiung vom Ehefähigkeitszeugnis – [[P|Kassab]] / [[P|Krüger]] – Gz. [[AZ|3462 E-418/25]]

[[P|Marcel]], die Befreiung für [[P|Kassab]] ist da, der Trautermin am 19.07. kann bleiben. Bitte in die Akte.
[[P|Kerstin]]

________________________________________
Von: Poststelle OLG Brandenburg <[[N|poststelle@olg.brandenburg.de]]>
Gesendet: Freitag, 6. Juni 2025 13:40
An: [[N|standesamt@rietzow.de]]
Betreff: Befreiung vom Ehefähigkeitszeugnis – [[P|Kassab]] / [[P|Krüger]] – Gz. [[AZ|3462 E-418/25]]

Sehr geehrte Damen und Herren,

in der Befreiungssache des Herrn [[P|Mohammad Kassab]], geb. [[DOB|15.05.1993]] in Aleppo, syrischer Staatsangehöriger, wohnhaft [[A|Kiefernweg 11]], [[A|15868 Rietzow]], übersende ich den Beschluss vom 04.06.2025 zu Ihrer Kenntnis. Die Befreiung von der Beibringung des Ehefähigkeitszeugnisses (§ 1309 Abs. 2 BGB) wird erteilt; sie gilt für sechs Monate ab Erlass.

Herr [[P|Kassab]] hat sich durch den syrischen Reisepass Nr. [[PASS|{sy_pass20}]] ausgewiesen. Die Ehe mit der deutschen Staatsangehörigen Frau [[P|Janine Krüger]] (geb. [[DOB|29.10.1995]]) soll vor dem Standesamt Rietzow geschlossen werden. Dass nach syrischem Personalstatutsrecht für die Eheschließung eines Muslims das Schariagericht zuständig wäre, steht der Befreiung nicht entgegen, da die Ehe im Inland vor dem Standesamt geschlossen wird.

Die Gebühr wurde auf 150,00 EUR festgesetzt.

Mit freundlichen Grüßen
Im Auftrag
[[P|Brigitte Haase-Nowotny]]
Rechtspflegerin
Brandenburgisches Oberlandesgericht
[[N|Gertrud-Piter-Platz 11]], [[N|14770 Brandenburg an der Havel]]
""")

# ====================================================================== F94-021  ID card without fingerprints
idc21_old = ids.id_card(True)
idc21_tmp = ids.id_card(False)
pass21 = ids.passport(True)
doc("word", "buergerbuero_aktennotiz_fingerabdruck", ["BIOMETRIC", "HEALTH"], f"""
Aktennotiz Bürgerbüro – Personalausweisantrag ohne Fingerabdrücke

Vorgang: [[AZ|BB-250605-0031]]
Antragsteller: [[P|Alexander Dück]], geb. [[DOB|1969-06-21]], [[A|Waldsiedlung 12]], [[A|15868 Rietzow]]
Bisheriger Ausweis: [[IDC|{idc21_old}]] (gültig bis 04.07.2025)

Herr [[P|Dück]] erschien am 05.06.2025 zur Beantragung eines neuen Personalausweises. Nach einem Arbeitsunfall im April (Verbrennungen zweiten Grades an beiden Händen, Hauttransplantation) konnten an keinem Finger Abdrücke in ausreichender Qualität erfasst werden (Fingerabdruckscanner DERMALOG LF10, je drei Versuche an beiden Zeigefingern, Qualitätswert unter 30).

Nach § 5 Abs. 9 PAuswG wurde vermerkt, dass die Abnahme vorübergehend unmöglich ist; die ärztliche Bescheinigung der Praxis Dr. med. [[P|Natalia Sokolova]], Fürstenwalde, liegt in Kopie bei (Bl. 3 d. A.). Das Lichtbild ist biometrietauglich (Fotostation im Bürgerbüro). Bis zur Ausstellung erhält Herr [[P|Dück]] einen vorläufigen Personalausweis Nr. [[IDC|{idc21_tmp}]] (gültig bis 04.09.2025). Sein Reisepass Nr. [[PASS|{pass21}]] bleibt bis 2029 gültig und wurde nicht eingezogen.

Der Antrag wurde am 05.06.2025 an die Bundesdruckerei übermittelt (Auftragsnummer [[N|2025-06-05-118472]]). Gebühr 37,00 EUR bar bezahlt.

Rietzow, 05.06.2025
[[P|S. Kalinowski]]
""")

# ====================================================================== F94-022  Ukrainian grandmother, English
cc22 = card("4", 16)
doc("outlook", "standesamt_englisch_ua_grossmutter", [], f"""
Dear Mrs [[P|Shevchuk]],

thank you for your message. We can issue the international (multilingual) birth certificate only to the parents or to a person with their written power of attorney. Please ask [[P|Mykola]] or [[P|Olena]] to apply; they can also apply online with the reference [[AZ|G 97/2025]].

Please do not send credit card numbers by e-mail. The fee (12.00 EUR) can be paid when the certificate is collected.

Kind regards
[[P|Kerstin Hoppe]]
Registry Office, Town of Rietzow

-----Original Message-----
From: [[P|Halyna Shevchuk]] <[[E|halyna.shevchuk58@ukr.net]]>
Sent: Monday, June 9, 2025 8:12 AM
To: [[N|standesamt@rietzow.de]]
Subject: birth certificate grandson [[P|Shevchuk Maksym]]

Good day!

I am grandmother of little [[P|Maksym Shevchuk]], he was born [[DOB|22 of April 2025]] in your Rietzow, his parents are my son [[P|Mykola Shevchuk]] and [[P|Olena Shevchuk]] (born [[P|Hnatiuk]]). They live in Rietzow, [[A|Puschkinstraße 9]]. I need for ukrainian consulate in Berlin international birth certificate (formular multilingual) for registration [[P|Maksym]] as citizen of Ukraine. [[P|Mykola]] work every day and can not come.

I can pay the fee with my card, Visa [[CC|{cc22}]] exp 11/26.

My address: [[A|vul. Ivana Franka 112]], kv. 5, [[A|79011 Lviv]], Ukraine
Tel [[T|+380 67 412 3390]] (Viber)

With respect,
[[P|Halyna Shevchuk]]
""")

# ====================================================================== F94-023  Ordnungsverfügung shisha bar
doc("word", "ordnungsamt_ordnungsverfuegung_laerm", [], """
Stadt Rietzow – Der Bürgermeister – Ordnungsamt
Stadt Rietzow · [[N|Markt 1]] · [[N|15868 Rietzow]]

Gegen Postzustellungsurkunde
Herrn
[[P|Emre Aydın]]
Inhaber der „Shisha Lounge Orient“
[[A|Bahnhofstraße 19]]
[[A|15868 Rietzow]]

Aktenzeichen: [[AZ|OA/32-IM-0093/2025]]
Datum: 17.06.2025

Ordnungsverfügung

Sehr geehrter Herr [[P|Aydın]],

1. Ihnen wird aufgegeben, in Ihrem Betrieb ab sofort in der Zeit von 22:00 bis 06:00 Uhr Fenster und Eingangstür zur Bahnhofstraße geschlossen zu halten und Musik nur so laut abzuspielen, dass vor dem nächstgelegenen Wohnhaus ein Beurteilungspegel von 40 dB(A) nicht überschritten wird.
2. Für jeden Fall der Zuwiderhandlung gegen Nr. 1 wird ein Zwangsgeld in Höhe von 500,00 EUR angedroht.
3. Die sofortige Vollziehung wird nach § 80 Abs. 2 Satz 1 Nr. 4 VwGO angeordnet.

Begründung
Seit Februar 2025 gingen beim Ordnungsamt 14 Beschwerden von Anwohnern ein. Bei einer Messung am 24.05.2025 um 23:40 Uhr stellte Herr [[P|Lorenz]] vom Außendienst 52 dB(A) fest. Ihr Schichtleiter, Herr [[P|Baran Çelik]], sagte damals zu, die Musik leiser zu stellen; bei der Nachkontrolle am 31.05.2025 war das nicht geschehen. Der Betrieb ist seit 2023 unter der Gewerbe-Nr. [[AZ|GA-2023-0412]] angemeldet. Diese Verfügung wird Ihnen zusätzlich an Ihre Privatanschrift [[A|Am Stadtpark 2]], [[A|15517 Fürstenwalde/Spree]] zugestellt.

Rechtsbehelfsbelehrung
Gegen diese Verfügung kann innerhalb eines Monats nach Zustellung Widerspruch bei der Stadt Rietzow, [[N|Markt 1]], [[N|15868 Rietzow]], erhoben werden. Gegen die Anordnung der sofortigen Vollziehung kann beim Verwaltungsgericht Frankfurt (Oder), [[N|Logenstraße 13]], [[N|15230 Frankfurt (Oder)]], die Wiederherstellung der aufschiebenden Wirkung beantragt werden.

Im Auftrag
[[P|Mike Pohle]]
""")

# ====================================================================== F94-024  same-sex partnership to marriage
nl_pass24 = (letters(2, "ABCDEFGHIJKLMNPRSTUVWXYZ") + "".join(R.choice("ABCDEFGHIJKLMNPRSTUVWXYZ0123456789")
                                                              for _ in range(6)) + ids.digits(1))
doc("outlook", "standesamt_umwandlung_lebenspartnerschaft", ["SEXUAL_ORIENTATION"], f"""
Von: [[P|Florian Böttcher-Lange]] <[[E|f.boettcher-lange@gmx.de]]>
Gesendet: Sonntag, 1. Juni 2025 18:44
An: [[N|standesamt@rietzow.de]]
Betreff: Umwandlung Lebenspartnerschaft in Ehe – Terminanfrage

Hallo liebes Standesamt-Team,

mein Mann – offiziell noch mein eingetragener Lebenspartner – [[P|Jan van Dijk]] und ich möchten unsere Lebenspartnerschaft endlich in eine Ehe umwandeln (§ 20a LPartG). Die Lebenspartnerschaft wurde am 14.08.2014 hier in Rietzow begründet, Registernummer [[AZ|L 3/2014]].

Unsere Daten:
- [[P|Florian Böttcher-Lange]], * [[DOB|03.09.1980]] in Eberswalde
- [[P|Jan van Dijk]], * [[DOB|27-11-1978]] in Utrecht (niederländischer Staatsangehöriger), Reisepass [[PASS|{nl_pass24}]]
Wohnhaft: [[A|Seestraße 8]], [[A|15868 Rietzow]]

Wir hätten gern einen Termin an einem Freitagnachmittag im September, am liebsten im Trauzimmer im Schloss. Trauzeugen brauchen wir nicht, aber unsere Freunde [[P|Tomasz]] und [[P|Beate]] kommen mit.

[[P|Jan]] hat noch eine Frage: Reicht sein niederländischer Pass, oder braucht er zusätzlich eine internationale Geburtsurkunde aus Utrecht?

Viele Grüße
[[P|Florian]] (und [[P|Jan]])

--
[[P|Florian Böttcher-Lange]]
[[T|0171 5523 901]]
""")

# ====================================================================== F94-025  market inspection report, table
ro_id25 = R.choice(["IS", "VS", "BC", "NT"]) + " " + ids.digits(6)
doc("word", "ordnungsamt_kontrollbericht_markt", [], f"""
Kontrollbericht Außendienst Ordnungsamt
Wochenmarkt Rietzow, Freitag, 13.06.2025, 08:30–11:15 Uhr
Kontrollkräfte: [[P|Kevin Lorenz]], [[P|Mike Pohle]]; zeitweise PHK [[P|Dirk Lemke]] (Revierpolizei)

Stand | Händler/in | Erlaubnis / Reisegewerbekarte | Fahrzeug | Feststellung
3  | [[P|Selin Karakaya]] (Oliven, Antipasti) | [[AZ|SNU 2025/014]] | [[KFZ|FW-SK 204]] | ohne Beanstandung
7  | [[P|Nguyễn Văn Long]] (Textilien) | [[AZ|RGK LOS-0071/24]] | [[KFZ|B-NL 5528]] | Preisauszeichnung unvollständig, mündlich belehrt
9  | [[P|Ionuț Popescu]] (Haushaltswaren) | keine vorgelegt | [[KFZ|IS 12 POP]] (RO) | Verfahren eingeleitet, Az. [[AZ|OA-OWi 1803/25]]
12 | [[P|Ralf Hübner]] (Honig, Imkerei [[N|Hübner]]) | [[AZ|SNU 2025/019]] | [[KFZ|LOS-RH 12]] | ohne Beanstandung
14 | [[P|Andreea Munteanu]] (Schnittblumen) | [[AZ|SNU 2025/022]] | [[KFZ|EH-AM 319E]] | ohne Beanstandung

Zu Stand 9: Herr [[P|Popescu]] gab an, seine Reisegewerbekarte liege bei seinem Bruder [[P|Marian]] in Berlin. Personalien festgestellt anhand der rumänischen Identitätskarte Nr. [[IDC|{ro_id25}]]: geb. [[DOB|02.04.1990]] in Iași, Meldeanschrift [[A|Hermannstraße 211]], [[A|12049 Berlin]], mobil [[T|+40 742 118 906]]. Platzverweis für den Rest des Markttages; Stand 9 um 10:05 Uhr geräumt.

Zu Stand 7: Herr [[P|Nguyễn]] reicht die Preisschilder bis zum nächsten Markttag nach.

Sonstiges: Kühlvitrine an Stand 14 zeigte 9 °C (Soll 7 °C); Hinweis an das Veterinär- und Lebensmittelüberwachungsamt.

[[P|Lorenz]]
""")

# ====================================================================== F94-026  informal bride mail, lower case
doc("outlook", "standesamt_informell_trauung", ["ETHNICITY"], """
Von: [[P|doreen mattke]] <[[E|dodo.mattke@gmx.de]]>
Gesendet: Mittwoch, 11. Juni 2025 23:58
An: [[N|standesamt@rietzow.de]]
Betreff: Re: trautermin 30.8. + unterlagen [[P|brice]]

hallo frau [[P|hoppe]],

sorry für die späte mail, hier was noch gefehlt hat:

- die geburtsurkunde von [[P|brice]] (acte de naissance nr. [[AZ|0457/1990]], centre d'état civil bafoussam) ist jetzt übersetzt, die übersetzerin schickt sie direkt an sie
- legalisation von der deutschen botschaft in yaoundé dauert noch, die sagen 8-10 wochen :(
- [[P|brice]] ist am [[DOB|04.03.1990]] geboren, nicht 1991 wie im formular, hab mich vertippt sorry!!

wir hätten gern das trauzimmer im schloss, 30.8. um 11 uhr, ca 25 gäste. seine familie sind bamiléké, nach der trauung gibts noch die traditionelle zeremonie bei uns im garten, das ist aber privat.

lg [[P|doreen]]

ps: meine neue handynr ist [[T|0157 31 99 48 20]]

Am 05.06.2025 um 14:03 schrieb [[P|Hoppe, Kerstin]] <[[E|k.hoppe@rietzow.de]]>:
> Sehr geehrte Frau [[P|Mattke]],
>
> für die Anmeldung Ihrer Eheschließung mit Herrn [[P|Brice Tchakounté]] (Vorgang [[AZ|StA-EA 2025/0101]]) fehlen noch die übersetzte Geburtsurkunde Ihres Verlobten und die Legalisation.
>
> Mit freundlichen Grüßen
> [[P|Kerstin Hoppe]]
""")

# ====================================================================== F94-027  lawyer's letter, name order
doc("word", "anwalt_namensfuehrung", [], """
von der Heyde Rechtsanwälte · [[N|Lindenstraße 5]] · [[N|15517 Fürstenwalde/Spree]]

Stadt Rietzow
Standesamt
[[N|Markt 1]]
[[N|15868 Rietzow]]

Ihr Zeichen: [[AZ|NE 31/2025]]
Unser Zeichen: [[AZ|112/25 vdH/ks]]
Fürstenwalde, 16.06.2025

Namensführung unserer Mandantin [[P|Yara Darwish]], geb. [[DOB|04.01.1999]]
hier: Ihr Schreiben vom 02.06.2025

Sehr geehrte Frau [[P|Hoppe]],

wir zeigen an, dass uns Frau [[P|Yara Darwish]], [[A|Schillerstraße 7]], [[A|15868 Rietzow]], mit der Wahrnehmung ihrer Interessen beauftragt hat; eine Vollmacht liegt bei.

Unsere Mandantin führt nach ihrem syrischen Reisepass den Namen „[[P|Yara Mahmoud Darwish]]“, wobei „[[P|Mahmoud]]“ der Vorname ihres Vaters ist. Die Ausländerbehörde hat im Aufenthaltstitel „[[P|DARWISH, Yara Mahmoud]]“ eingetragen, Arbeitgeber und Krankenkasse dagegen „[[P|Yara Darwish]]“. Wir beantragen daher die Entgegennahme einer Erklärung nach Art. 47 Abs. 1 Satz 1 Nr. 3 EGBGB, mit der unsere Mandantin den Eigennamen ihres Vaters ablegt.

Die Sache ist außerdem beim Amtsgericht Frankfurt (Oder) unter dem Aktenzeichen [[AZ|2 III 17/25]] anhängig (Antrag nach § 49 PStG). Wir regen an, das dortige Verfahren bis zu Ihrer Entscheidung ruhen zu lassen. Der Vater unserer Mandantin, Herr [[P|Mahmoud Darwish]], hat seine Zustimmung schriftlich erklärt, obwohl sie rechtlich nicht erforderlich ist.

Mit freundlichen Grüßen

[[P|Friederike von der Heyde]]
Rechtsanwältin
""")

# ====================================================================== F94-028  internal staffing mail, strike
doc("outlook", "intern_warnstreik_besetzung", ["UNION", "HEALTH"], """
Einverstanden. Bitte den Hinweis auch an die Presse geben. Den Personalrat informiere ich selbst.
[[P|Wollschläger]]

Von: [[P|Bianca Herrmann]] <[[E|b.herrmann@rietzow.de]]>
Gesendet: Montag, 16. Juni 2025 08:05
An: Dr. [[P|Andreas Wollschläger]] <[[E|a.wollschlaeger@rietzow.de]]>
Cc: [[P|Steffi Kalinowski]] <[[E|s.kalinowski@rietzow.de]]>; Personalrat <[[N|personalrat@rietzow.de]]>
Betreff: Besetzung Bürgerbüro Mi 18.06. (Warnstreik ver.di)

Sehr geehrter Herr Dr. [[P|Wollschläger]],

zum Warnstreik am Mittwoch haben sich aus dem Bürgerbüro Frau [[P|Kalinowski]] und Frau [[P|Yüksel]] abgemeldet (beide ver.di), aus dem Ordnungsamt Herr [[P|Lorenz]] und Frau [[P|Lamprecht]]. Frau [[P|Matuschek]] ist bis einschließlich Freitag krankgeschrieben (Bandscheibenvorfall), sodass am Mittwoch nur Herr [[P|Sommerfeld]] und ich im Haus sind.

Vorschlag: Das Bürgerbüro öffnet am Mittwoch nur von 8 bis 12 Uhr; die 23 gebuchten Terminkunden werden heute telefonisch verlegt. Notfälle (vorläufige Ausweise, Reisepässe mit nahem Reisedatum) nimmt Herr [[P|Sommerfeld]] in Raum 0.09 an. Den Hinweis für die Homepage und die Bandansage unter [[N|033678 640-100]] bereite ich vor.

Mit freundlichen Grüßen
[[P|Bianca Herrmann]]
Fachbereichsleiterin Bürgerdienste
Tel. [[N|033678 640-110]]
""")

# ====================================================================== F94-029  lost wallet, many identifiers
idc29 = ids.id_card(True)
iban29 = ids.iban_de()
cc29 = card("52", 16, "-")
kv29 = ids.health_insurance()
doc("word", "fundbuero_vermerk_geldboerse", [], f"""
Fundanzeige / Vermerk Fundbüro

Fundnummer: [[AZ|FB-2025-0217]]
Eingang: 12.06.2025, 15:40 Uhr, abgegeben im Bürgerbüro
Finder: [[P|Jörg Wenzel]], [[A|Fliederweg 2]], [[A|15868 Rietzow]], Tel. [[T|0170 338 1264]] – verlangt Finderlohn (§ 971 BGB)
Fundort: Bushaltestelle Bahnhof, Bank am Bussteig 2
Fundgegenstand: schwarze Geldbörse (Marke Fossil), Inhalt:
- Bargeld 47,50 EUR
- Personalausweis Nr. [[IDC|{idc29}]], ausgestellt auf [[P|Sabine Ortmann-Yıldız]], geb. [[DOB|19.08.1971]], Anschrift lt. Ausweis [[A|Hauptstraße 61]], [[A|15890 Eisenhüttenstadt]]
- girocard Sparkasse Oder-Spree, IBAN [[IBAN|{iban29}]]
- Mastercard [[CC|{cc29}]], Inhaberin „[[P|S. ORTMANN-YILDIZ]]“
- Gesundheitskarte AOK Nordost, Versichertennummer [[KV|{kv29}]]
- VBB-Abo-Monatskarte Juni, Kundennummer [[AZ|40071188]]

Maßnahmen: Eigentümerin per Melderegister bestätigt. Frau [[P|Ortmann-Yıldız]] rief am 13.06.2025 von [[T|03364 774109]] zurück und holte die Geldbörse am 16.06.2025 gegen Unterschrift ab. Karten wurden von ihr bereits am 12.06. gesperrt. Finderlohn nach § 971 BGB: 2,38 EUR (5 % des Bargelds), von der Eigentümerin direkt an den Finder gezahlt.

Bearbeitung: [[P|Sommerfeld]]
""")

# ====================================================================== F94-030  relative in Russia, reply on top
ru_pass30 = "75 " + ids.digits(7)
snils30 = snils()
doc("outlook", "standesamt_russland_heiratsurkunde", [], f"""
Sehr geehrte Frau [[P|Wiebe]],

die Heiratsurkunde aus dem Eheregister [[AZ|E 58/2009]] können wir Ihnen mit der Vollmacht Ihrer Tochter ausstellen. Die Apostille wird nicht vom Standesamt erteilt; wir leiten die Urkunde auf Wunsch an die zuständige Stelle weiter. Die Gebühr für die Urkunde (12,00 EUR) kann Ihr Neffe, Herr [[P|Artur]], gern von Berlin aus überweisen; bitte als Verwendungszweck „[[AZ|E 58/2009]]“ angeben.

Bitte schicken Sie uns keine Kopien von Pässen oder Versicherungsnummern, die wir nicht benötigen.

Mit freundlichen Grüßen
[[P|Marcel Jänicke]]
Standesamt Rietzow

-----Ursprüngliche Nachricht-----
Von: [[P|Nadeschda Wiebe]] <[[E|nadja.wiebe62@mail.ru]]>
Gesendet: Samstag, 14. Juni 2025 05:31
An: [[N|standesamt@rietzow.de]]
Betreff: Heiratsurkunde fur Tochter bitte

Sehr geerte Damen und Herren!

Ich schreibe aus Omsk, meine Deutsch ist nicht gut, entschuldigung. Meine Tochter [[P|Swetlana]] hat 2009 in Rietzow geheiratet mit Herrn [[P|Andreas Kühn]] (jetzt geschieden). Name jetzt [[P|Swetlana Kühn]], geboren [[DOB|6. Mai 1986]] in Omsk. Sie lebt wieder bei uns in Russland und braucht fur Pensionsfonds (Rente) eine Kopie von Heiratsurkunde mit Apostil.

[[P|Swetlana]] hat mir Vollmacht gegeben, ich schicke Kopie im Anhang mit ihre Pass [[PASS|{ru_pass30}]] und SNILS [[SSN|{snils30}]].

Bitte schicken an Adresse:
[[A|ул. Масленникова 74]], кв. 33
[[A|644070 Омск]], Russland

Kosten wie bezahle ich? Überweisung aus Russland geht nicht mehr, vielleicht mein Neffe [[P|Artur]] in Berlin bezahlt.

Mit freundlichen Grüßen
[[P|Nadeschda Wiebe]]
Tel./WhatsApp [[T|+7 913 645-22-18]]
""")


def main():
    assert len(DOCS) == 30, len(DOCS)
    lines = []
    for i, (channel, template, flags, marked) in enumerate(DOCS, 1):
        record = build(f"F94-{i:03d}", channel, template, marked, flags)
        for e in record["entities"] + record["neutral"]:
            assert record["text"][e["start"]:e["end"]] == e["text"], (record["id"], e)
        lines.append(json.dumps(record, ensure_ascii=False))
    out = os.path.join(HERE, "fresh94.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    total = sum(len(json.loads(l)["entities"]) for l in lines)
    print(f"wrote {out}: {len(lines)} documents, {total} entities")


if __name__ == "__main__":
    main()
