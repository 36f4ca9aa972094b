#!/usr/bin/env python3
"""Batch 54: held-out documents for the German PII detector (invented Saxon city Stadt Elbwerder).

Setting: Ausländerbehörde (Blaue Karte, Fachkräfteeinwanderung, Anerkennung), employers' HR writing in English,
Kindergeld/Familienkasse, Elterngeld, Sorbian families in Lusatian villages, hospital HR, Vermerke, mail threads,
forms and tables. Inline marks [[CAT|text]] / [[N|text]] are resolved by marks.build().
"""
import json
import os
import sys

sys.dont_write_bytecode = True
CORPUS = os.path.dirname(os.path.abspath(__file__))  # marks.py and identifiers.py sit beside this file
sys.path.insert(0, CORPUS)
from marks import build  # noqa: E402
from identifiers import (Identifiers, group, luhn_check, mod11_10_check, mod97_iban,  # noqa: E402
                         digit_sum)

HERE = os.path.dirname(os.path.abspath(__file__))
ids = Identifiers(5454)
rng = ids.rng


# ---------------------------------------------------------------- identifier helpers
def tax_id(spaced=False):
    t = ids.tax_id()
    return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}" if spaced else t


def iban_de(spaced=True):
    i = ids.iban_de()
    return group(i, 4) if spaced else i


def iban_at(spaced=True):
    i = ids.iban("AT", 16)
    return group(i, 4) if spaced else i


def iban_nl(spaced=True):
    # Dutch account numbers of the big banks passed the 11-test (elfproef); keep it for realism.
    while True:
        acct = ids.digits(10)
        if acct[0] != "0" and sum(int(d) * (10 - k) for k, d in enumerate(acct)) % 11 == 0:
            break
    i = mod97_iban("NL", rng.choice(["INGB", "RABO", "ABNA"]) + acct)
    return group(i, 4) if spaced else i


def vat_id():
    return ids.vat_id()


def ssn(birth, letter, spaced=False):
    s = ids.social_security(birth, letter)
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}" if spaced else s


def kvnr():
    return ids.health_insurance()


def card(prefix, length, style):
    c = ids.credit_card(prefix, length)
    if style == "amex":
        return f"{c[:4]} {c[4:10]} {c[10:]}"
    if style == "space":
        return group(c, 4)
    if style == "dash":
        return group(c, 4, "-")
    return c


def id_card(check=False):
    return ids.id_card(check_digit=check)


def letters(n, pool="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(rng.choice(pool) for _ in range(n))


def pass_in():   # Indian passport: one letter, seven digits
    return rng.choice("JKLMNPRTUVWZ") + ids.digits(7, first_nonzero=True)


def pass_vn():   # Vietnamese passport: C or P, seven digits
    return rng.choice("CP") + ids.digits(7, first_nonzero=True)


def pass_ph():   # Philippine ePassport: P, seven digits, one letter
    return "P" + ids.digits(7, first_nonzero=True) + rng.choice("AB")


def pass_br():   # Brazilian passport: two letters, six digits
    return rng.choice(["FZ", "GA", "FX", "GB"]) + ids.digits(6, first_nonzero=True)


def pass_tn():
    return rng.choice("XZ") + ids.digits(6, first_nonzero=True)


def pass_other(prefix, n):
    return prefix + ids.digits(n, first_nonzero=True)


def kg_nr():     # Familienkasse Kindergeldnummer: 3 digits FK 6 digits
    return f"{ids.digits(3, True)}FK{ids.digits(6)}"


def st_nr_sachsen():  # Saxon Steuernummer 2FF/BBB/BBBBP (layout only)
    return f"2{rng.choice(['01', '03', '07', '16', '20', '37'])}/{ids.digits(3)}/{ids.digits(5)}"


# City's own data: neutral everywhere
CITY_IBAN = group(mod97_iban("DE", "85055000" + "3000418722"), 4)
CITY_ADR = "[[N|Markt 1]], [[N|01595 Elbwerder]]"
CITY_TEL = "[[N|03525 560-0]]"

docs = []


def add(channel, template, marked, flags=()):
    n = len(docs) + 1
    docs.append(build(f"F54-{n:03d}", channel, template, marked.strip("\n"), list(flags)))


# ---------------------------------------------------------------- F54-001 Blaue Karte Bescheid (word)
add("word", "blaue_karte_bescheid", f"""
Stadt Elbwerder · Ordnungsamt · Ausländerbehörde
{CITY_ADR}

Herrn
[[P|Arjun Venkatesh Reddy]]
[[A|An der Elbaue 12b]]
[[A|01597 Elbwerder]]

Unser Zeichen: [[AZ|ABH 32-18g/2025-0417]]
Telefon: [[T|03525 560-214]]
E-Mail: [[E|kristin.haehnel@elbwerder.de]]
Datum: 14.10.2025

Erteilung einer Blauen Karte EU nach § 18g Abs. 1 AufenthG

Sehr geehrter Herr [[P|Reddy]],

auf Ihren Antrag vom 02.09.2025 erteile ich Ihnen eine Blaue Karte EU, gültig bis 30.09.2029. Grundlage ist Ihr Arbeitsvertrag mit der Elbtal Semiconductor GmbH als Process Engineer mit einem Bruttojahresgehalt von 61.200,00 EUR; die Mindestgehaltsgrenze für Engpassberufe (43.759,80 EUR) ist damit überschritten. Eine Zustimmung der Bundesagentur für Arbeit ist nicht erforderlich, da Ihr Hochschulabschluss (M.Tech., Indian Institute of Technology Madras) in der Datenbank anabin mit „H+“ bewertet ist.

Ihre Personalien:
Name: [[P|Reddy, Arjun Venkatesh]]
geboren am [[DOB|17.06.1992]] in Hyderabad (Indien)
Reisepass-Nr.: [[PASS|{pass_in()}]]

Der elektronische Aufenthaltstitel wird bei der Bundesdruckerei bestellt; bitte bringen Sie zur Abholung Ihren Reisepass und den PIN-Brief mit. Die Gebühr in Höhe von 100,00 EUR ist bereits beglichen.

Über den Antrag Ihrer Ehefrau auf Erteilung einer Aufenthaltserlaubnis nach § 30 AufenthG wird gesondert entschieden.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadt Elbwerder, {CITY_ADR}, erhoben werden.

Mit freundlichen Grüßen
im Auftrag

[[P|Kristin Hähnel]]
Sachbearbeiterin

Zentrale: {CITY_TEL} · [[N|auslaenderbehoerde@elbwerder.de]]
""")

# ---------------------------------------------------------------- F54-002 English HR mail, § 81a (outlook)
add("outlook", "fachkraefteverfahren_hr_en", f"""
Von: [[P|Whitfield, Sarah]] <[[E|sarah.whitfield@elbtal-semi.com]]>
Gesendet: Dienstag, 21. Oktober 2025 09:12
An: Ausländerbehörde Elbwerder <[[N|auslaenderbehoerde@elbwerder.de]]>
Betreff: AW: Accelerated procedure § 81a – Mr [[P|Nguyen Van Tuan]]

Dear Ms [[P|Hähnel]],

thank you for your quick reply. Please find attached the signed agreement (Vereinbarung) for the accelerated skilled worker procedure and the Anerkennungsbescheid. Candidate details once more:

Full name: [[P|NGUYEN VAN TUAN]]
Date of birth: [[DOB|1993-02-14]]
Passport no.: [[PASS|{pass_vn()}]] (Socialist Republic of Viet Nam)
Accommodation from 1 Dec: company guesthouse, [[A|Werftstraße 9]], [[A|01597 Elbwerder]]

The fee of EUR 411.00 will be paid with our corporate credit card [[CC|{card("5", 16, "space")}]], exp. 08/27. Invoice reference on our side is PO-4500187723, in case your cashier's office needs it.

If anything is missing, please call me directly – I'm in the office until 5 pm.

Best regards
[[P|Sarah]]

[[P|Sarah Whitfield]]
Senior HR Business Partner – Global Mobility
Elbtal Semiconductor GmbH | [[N|Werftstraße 1]] | [[N|01597 Elbwerder]]
M [[T|+49 151 2290 3377]]

Am 20.10.2025 um 15:40 schrieb Ausländerbehörde Elbwerder <[[N|auslaenderbehoerde@elbwerder.de]]>:

> für das beschleunigte Fachkräfteverfahren nach § 81a AufenthG benötige ich noch die von Ihnen unterschriebene Vereinbarung, eine Kopie des Reisepasses von Herrn [[P|Nguyen]] sowie den Anerkennungsbescheid. Die Gebühr beträgt 411,00 EUR.
""")

# ---------------------------------------------------------------- F54-003 Filipino nurse, Kenntnisprüfung (outlook, HEALTH)
add("outlook", "anerkennung_pflege_mail", f"""
Betreff: Kenntnisprüfung termin - bitte verschieben

Hallo Frau [[P|Wuttke]],

sorry my german is not perfect. ich habe die einladung für die Kenntnisprüfung am 18.11. bekommen aber ich bin jetzt in der 30. woche schwanger und meine frauenärztin sagt ich habe schwangerschaftsdiabetes und soll nicht so viel stress haben. Kann man den termin auf frühjahr verschieben? Der defizitbescheid von der Landesdirektion hat das aktenzeichen [[AZ|LDS 24-5415/1127/25]] falls Sie das brauchen.

meine krankenversichertennummer bei der AOK PLUS ist [[KV|{kvnr()}]], die bescheinigung von der ärztin schicke ich per post.

Mein Mann [[P|Rodel]] kommt im dezember mit dem visum, dann wohnen wir zusammen in der [[A|Rosa-Luxemburg-Straße 18]], [[N|Whg. 4]].

salamat po & liebe grüße
[[P|Maricel Dela Cruz]]
[[T|0157 3380 2941]]
""", ["HEALTH"])

# ---------------------------------------------------------------- F54-004 hospital HR table (word)
p_santos = pass_ph()
add("word", "klinikum_liste", f"""
Klinikum Elbwerder gGmbH – Personalabteilung
Übersicht Pflegefachkräfte Philippinen, Kohorte 3 (Stand: 06.10.2025)

Nr. | Name, Vorname | geb. | Reisepass | Pers.-Nr. | Unterkunft | Stand Anerkennung
1 | [[P|Dela Cruz, Maricel]] | [[DOB|12.04.1996]] | [[PASS|{pass_ph()}]] | [[N|40817]] | [[A|Rosa-Luxemburg-Straße 18]] | Defizitbescheid, Kenntnisprüfung 18.11.2025
2 | [[P|Bautista, Rowena]] | [[DOB|30.01.1993]] | [[PASS|{pass_ph()}]] | [[N|40819]] | [[A|Am Klinikum 7]] | Anpassungslehrgang bis 31.01.2026
3 | [[P|Santos, Kristine Joy]] | [[DOB|02.08.1997]] | [[PASS|{p_santos}]] | [[N|40823]] | [[A|Am Klinikum 7]] | Sprachprüfung B2 Pflege am 28.10.2025

Hinweise:
– Die Wohnheimplätze am Klinikum (Zimmerpreis 290,00 EUR warm) werden über die Rechnungsnummer WH-2025-0311 abgerechnet.

Rückfragen: [[P|Jana Wuttke]], Personalreferentin, Tel. [[T|03525 74-2218]], [[E|jana.wuttke@klinikum-elbwerder.de]]
""")

# ---------------------------------------------------------------- F54-005 Kindergeld, Tunisian father (outlook)
add("outlook", "kindergeld_mail", f"""
Betreff: kindergeld für meine kinder - steuer-id fehlt

bonjour, guten tag

ich bin [[P|hamza jebali]], ich arbeite seit märz als koch im restaurant „La Médina“ in der Hafenstraße. die familienkasse schreibt mir, dass die steuer-id von meinen kindern fehlt und das kindergeld erst dann kommt. meine kinder sind [[P|Aya]] (geb. [[DOB|05.09.2017]]) und [[P|Youssef]] (geb. [[DOB|22.01.2021]]), beide seit august mit meiner frau [[P|Sonia Jebali]] hier in Elbwerder.

steuer-id [[P|aya]]: [[TID|{tax_id()}]]
steuer-id [[P|youssef]]: [[TID|{tax_id()}]]
kindergeldnummer: [[AZ|{kg_nr()}]]
konto (sparkasse): [[IBAN|{iban_de()}]]

ich war schon im bürgerbüro aber die frau hat gesagt ich soll das per mail schicken und sie leiten das weiter?? ist das richtig so.

merci beaucoup
hamza
[[T|0176 42918830]]
""".replace("merci beaucoup\nhamza", "merci beaucoup\n[[P|hamza]]"))

# ---------------------------------------------------------------- F54-006 Elterngeld Bescheid, Sorbian family (word, HEALTH)
add("word", "elterngeld_bescheid", f"""
Stadt Elbwerder · Elterngeldstelle
{CITY_ADR}

Frau
[[P|Hańža Kralowa]]
[[A|Am Klosterwasser 6]]
[[A|01920 Ralbitz-Rosenthal]]

Aktenzeichen: [[AZ|EG-2025-003318]]
Datum: 03.11.2025

Bescheid über Elterngeld für [[P|Jurij Kral]], geboren am [[DOB|19.08.2025]]

Sehr geehrte Frau [[P|Kralowa]],

auf Ihren Antrag vom 25.09.2025 bewillige ich Ihnen Basiselterngeld für den 1. bis 12. Lebensmonat Ihres Sohnes [[P|Jurij]]. Da [[P|Jurij]] mehr als acht Wochen vor dem errechneten Entbindungstermin (07.10.2025) zur Welt kam und nach der Geburt fünf Wochen auf der neonatologischen Intensivstation behandelt wurde, stehen Ihnen nach § 4 Abs. 5 BEEG zwei zusätzliche Monatsbeträge zu.

Berechnungsgrundlage ist Ihr durchschnittliches Nettoeinkommen im Bemessungszeitraum von 2.184,00 EUR; das Elterngeld beträgt 1.419,60 EUR monatlich.

Der Vater, Herr [[P|Měrćin Kral]], hat keine Elterngeldmonate beantragt. Beantragt er nachträglich Partnermonate, verlängert sich der Bezugszeitraum entsprechend.

Die Zahlung erfolgt monatlich im Voraus auf das Konto [[IBAN|{iban_de()}]].

Gegen diesen Bescheid kann innerhalb eines Monats Widerspruch erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Peggy Riedel]]
Elterngeldstelle, Tel. [[T|03525 560-331]]
""", ["HEALTH"])

# ---------------------------------------------------------------- F54-007 Sorbian family, Kita Witaj (outlook, ETHNICITY, RELIGION)
add("outlook", "kita_sorbisch", f"""
Betreff: Kita-Platz Witaj-Gruppe für unsere Tochter

Dobry dźeń, sehr geehrte Frau [[P|Ullrich]],

wir sind eine sorbische Familie und sprechen zu Hause nur Sorbisch, auch die Großeltern. Für unsere Tochter [[P|Hanka]] (geb. [[DOB|11.03.2023]]) suchen wir ab Januar einen Platz in einer Kita mit Witaj-Konzept, am liebsten im Kinderhaus in Worklecy, weil die Kita in Elbwerder nur deutschsprachig ist.

Wichtig wäre uns außerdem eine katholische Einrichtung: wir gehen jeden Sonntag in Ralbitz zur Messe und [[P|Hanka]] soll das Kirchenjahr auch im Kindergarten mitbekommen. Gibt es dafür eine Warteliste?

Unsere Anschrift: [[A|Dorfstraße 21]], [[A|01920 Ralbitz-Rosenthal]]
Telefon: [[T|035796 9 14 27]]

Z postrowom / mit freundlichen Grüßen
[[P|Marja Cyžowa]] ([[P|Marja Ziesch]]) und [[P|Bjarnat Ziesch]]
""", ["ETHNICITY", "RELIGION"])

# ---------------------------------------------------------------- F54-008 Vermerk same-sex spouse + fingerprints (word)
add("word", "vermerk_familiennachzug", f"""
Vermerk

Az.: [[AZ|ABH 32-30/2025-0562]]
Vorsprache am 22.10.2025, 10:15 Uhr, Zimmer 2.14

Es erscheint Herr [[P|Thiago Henrique Almeida Costa]], geb. [[DOB|04.12.1989]] in Campinas (Brasilien), Inhaber einer Blauen Karte EU (Software Engineer bei der Elbtal Semiconductor GmbH), wohnhaft [[A|Meißner Straße 112]], [[A|01595 Elbwerder]].

1. Herr [[P|Almeida Costa]] beantragt den Familiennachzug seines Ehemannes, Herrn [[P|Rafael Nogueira Lima]], geb. [[DOB|27.05.1991]], brasilianischer Reisepass [[PASS|{pass_br()}]]. Die Ehe wurde am 14.02.2022 in São Paulo geschlossen; die Heiratsurkunde mit Apostille liegt vor. Die gleichgeschlechtliche Ehe ist als Ehe im Sinne des § 30 AufenthG zu behandeln. Ein Sprachnachweis ist beim Ehegattennachzug zu Inhabern einer Blauen Karte EU entbehrlich.

2. Zugleich wurde die Verlängerung des eAT von Herrn [[P|Almeida Costa]] beantragt. Lichtbild und Fingerabdrücke wurden erfasst. Der Abgleich der Fingerabdrücke mit dem im Visumverfahren gespeicherten Datensatz ergab am linken Zeigefinger zunächst keine ausreichende Übereinstimmung (Narbe nach Schnittverletzung); nach Erfassung des rechten Zeigefingers wurde die Identität bestätigt.

Weiteres: Zustimmung an die Botschaft São Paulo nach § 31 AufenthV, Wiedervorlage 05.12.2025.

[[P|Schmiedel]]
""", ["SEXUAL_ORIENTATION", "BIOMETRIC"])

# ---------------------------------------------------------------- F54-009 forwarded chain, DNA test (outlook, GENETIC)
add("outlook", "familiennachzug_dna", f"""
Betreff: WG: Familiennachzug Tochter – Abstammungsgutachten

Hallo [[P|Ronny]],

zur Info, bitte zur Akte [[AZ|ABH 32-32/2025-0388]] nehmen. Die Botschaft Bogotá verlangt tatsächlich ein Gutachten, das Ergebnis hängt an.

Gruß
[[P|Kristin]]

________________________________
Von: [[P|Andrés Rodríguez]] <[[E|andresfelipe.rodriguez@outlook.com]]>
Gesendet: Freitag, 17. Oktober 2025 22:47
An: [[N|auslaenderbehoerde@elbwerder.de]]
Betreff: Familiennachzug Tochter – Abstammungsgutachten

Buenas noches / Guten Abend,

ich bin [[P|Andrés Felipe Rodríguez Gómez]], Elektroniker bei den Stadtwerken, Aufenthaltserlaubnis nach § 18a. Meine Tochter [[P|Valentina Rodríguez Castaño]] (geb. [[DOB|09.06.2014]] in Pereira) soll zu mir kommen. Die Botschaft sagt, die Geburtsurkunde reicht nicht, weil ich bei der Geburt nicht eingetragen war, deshalb musste ich einen DNA-Vaterschaftstest machen. Die Probe meiner Tochter wurde in Bogotá in der Botschaft genommen, meine in Dresden. Ergebnis: Vaterschaftswahrscheinlichkeit 99,99 %, ich schicke das Gutachten als PDF mit.

Die Mutter, [[P|Luisa Fernanda Castaño Restrepo]], ist einverstanden, die Zustimmung ist notariell beglaubigt.

Ich wohne in der [[A|Straße des Friedens 41]], [[A|01597 Elbwerder]], Tel. [[T|0152 0347 7719]].

Muchas gracias y saludos
[[P|Andrés Rodríguez]]
""", ["GENETIC"])

# ---------------------------------------------------------------- F54-010 Niederschrift, political past (word, POLITICS)
add("word", "niederschrift_niederlassung", f"""
Niederschrift über die persönliche Vorsprache

Aktenzeichen: [[AZ|ABH 32-09/2024-1175]]
Datum: 29.10.2025, 13:30 Uhr
Anwesend: Herr [[P|Mohamed Amine Ben Salah]] (Antragsteller), Frau [[P|Dr. Ulrike Pietzsch]] (Sachgebietsleiterin), Herr [[P|Toralf Gnauck]] (Niederschrift)

Personalien: [[P|Ben Salah, Mohamed Amine]], geb. [[DOB|03.08.1987]] in Sfax (Tunesien), tunesischer Reisepass [[PASS|{pass_tn()}]], wohnhaft [[A|Dr.-Külz-Ring 3]], [[A|01595 Elbwerder]].

Gegenstand: Antrag auf Niederlassungserlaubnis nach § 18c Abs. 1 AufenthG.

Herr [[P|Ben Salah]] erklärt: Er sei seit 2021 als Elektroniker für Betriebstechnik bei der Stadtwerke Elbwerder GmbH beschäftigt. Von 2011 bis 2014 sei er Mitglied der Partei Ettakatol gewesen und habe für sie 2014 bei den Kommunalwahlen in Sfax kandidiert; 2013 sei er nach einer Kundgebung für zwei Tage festgehalten worden. Seit seiner Übersiedlung sei er parteipolitisch nicht mehr gebunden, unterstütze aber einen tunesischen Exilverein in Leipzig, der sich für die Freilassung politischer Gefangener einsetzt.

Nachweise: 48 Monate Pflichtbeiträge zur Rentenversicherung (Versicherungsnummer [[SSN|{ssn("030887", "B", spaced=True)}]]), Zertifikat Deutsch B1, Test „Leben in Deutschland“ (33 von 33 Punkten), Mietvertrag.

Die Niederschrift wurde vorgelesen und genehmigt.

gez. [[P|Gnauck]]
""", ["POLITICS"])

# ---------------------------------------------------------------- F54-011 nurse to HR, ver.di (outlook, UNION)
add("outlook", "klinikum_dienstplan", f"""
Von: [[P|Reyes, Jhoanna Mae]] <[[E|jhoanna.reyes@klinikum-elbwerder.de]]>
An: [[P|Wuttke, Jana]]
Cc: [[N|betriebsrat@klinikum-elbwerder.de]]
Betreff: Dienstplan November / Anerkennungszulage

Hi Ms [[P|Wuttke]],

I checked my payslip for October and the Anerkennungszulage is still missing, although I have the Urkunde since 01.09. Also im Dienstplan November I have 9 night shifts in a row on Station 4B, this is not ok according to the Dienstvereinbarung.

Ich bin seit Juli Mitglied bei ver.di and I already talked to Mr [[P|Böhme]] from the Betriebsrat, he will bring it to the next meeting on 12.11.

My Personalnummer is [[N|40822]], Rentenversicherungsnummer [[SSN|{ssn("231195", "R")}]] if you need it for the correction.

Thank you po,
[[P|Jhoanna]]

--
[[P|Jhoanna Mae Reyes]]
Pflegefachkraft, Station 4B
[[T|0160 9321 5570]]
""", ["UNION"])

# ---------------------------------------------------------------- F54-012 very short mail (outlook)
add("outlook", "termin_kurz", """
Betreff: termin 12.11.

hallo, ich schaffe es am 12.11. nicht zur abholung vom eAT, mein zug aus leipzig fällt aus. geht auch freitag?
lg [[P|priya]] ([[P|Priya Subramanian]], Az. [[AZ|ABH 32-18g/2025-0391]])
[[T|+49 1522 4419087]]
""")

# ---------------------------------------------------------------- F54-013 application form (word)
add("word", "antrag_aufenthaltstitel", f"""
Antrag auf Erteilung / Verlängerung eines Aufenthaltstitels
Stadt Elbwerder – Ausländerbehörde · Eingang: 08.10.2025 · Az. [[AZ|ABH 32-18b/2025-0502]]

1. Familienname: [[P|Kulkarni]]
2. Vorname(n): [[P|Sandeep Madhukar]]
3. Geburtsname: –
4. Geburtsdatum: [[DOB|26.01.1990]]
5. Geburtsort / -land: Pune, Indien
6. Staatsangehörigkeit: indisch
7. Familienstand: verheiratet seit 11.12.2018
8. Reisepass-Nr.: [[PASS|{pass_in()}]], ausgestellt am 04.05.2022 in Mumbai, gültig bis 03.05.2032
9. Anschrift: [[A|Am Hafenbecken 5-7]], [[N|3. OG rechts]], [[A|01597 Elbwerder]]
10. Telefon / E-Mail: [[T|0172 6640 183]] / [[E|sandeep.kulkarni90@gmail.com]]
11. Arbeitgeber: Saxonia Automation Systems GmbH, [[N|Industriestraße 22]], [[N|01595 Elbwerder]]
12. Steuerliche Identifikationsnummer: [[TID|{tax_id()}]]
13. Rentenversicherungsnummer: [[SSN|{ssn("260190", "K")}]]
14. Krankenversicherung: Techniker Krankenkasse, Versichertennummer [[KV|{kvnr()}]]
15. Ehegatte / Kinder: siehe Anlage 1
16. Bisherige Aufenthalte: seit 01.04.2019 in Deutschland (Blaue Karte EU, Landeshauptstadt Dresden)

Ich versichere, dass meine Angaben vollständig und richtig sind.

Elbwerder, 08.10.2025        Unterschrift: [[P|S. Kulkarni]]

Nur für den Dienstgebrauch: Gebühr 93,00 EUR bar, Quittung Nr. 2025-118734
""")

# ---------------------------------------------------------------- F54-014 Vietnamese sole trader, Ausbildung (outlook)
add("outlook", "arbeitgeber_nagelstudio", f"""
Betreff: Erklärung zum Ausbildungsverhältnis Kosmetikerin

Sehr geehrte Damen und Herren,

anbei sende ich Ihnen die ausgefüllte Erklärung für meine zukünftige Auszubildende Frau [[P|Lê Thị Hồng Nhung]]. Sie hat den Visumtermin in der Botschaft Hanoi am 03.12.2025 und soll bei mir ab 01.02.2026 eine Ausbildung zur Kosmetikerin beginnen (§ 16a AufenthG). Die Berufsschule in Meißen hat schon zugesagt.

Angaben zum Betrieb:
Nail & Beauty Lounge [[P|Trần]], Inhaber [[P|Trần Minh Đức]]
[[A|Meißner Straße 48]], [[A|01595 Elbwerder]]
Steuernummer: [[TNR|{st_nr_sachsen()}]]
USt-IdNr.: [[VAT|{vat_id()}]]
Ausbildungsvergütung: 950 EUR im 1. Jahr, 1.050 EUR im 2. Jahr

Die Vergütung zahle ich vom Geschäftskonto [[IBAN|{iban_de(spaced=False)}]]. Eine Unterkunft bei meiner Schwester ist gesichert.

Bei Fragen erreichen Sie mich am besten mobil, im Laden ist nachmittags viel los.

Mit freundlichen Grüßen
[[P|Trần Minh Đức]]
[[T|0179 5528 306]]
[[E|nailsbytran.elbwerder@gmail.com]]
""")

# ---------------------------------------------------------------- F54-015 Familienkasse letter (word)
add("word", "familienkasse_festsetzung", f"""
Familienkasse Sachsen
[[N|Postfach 30 01 41]], [[N|09021 Chemnitz]]

Frau
[[P|Ana Carolina Ferreira de Souza]]
[[A|Fischergasse 11]]
[[A|01597 Elbwerder]]

Kindergeld-Nr.: [[AZ|{kg_nr()}]]
Datum: 27.10.2025

Festsetzung von Kindergeld

Sehr geehrte Frau [[P|Ferreira de Souza]],

auf Ihren Antrag vom 12.08.2025 wird für folgende Kinder Kindergeld ab Juli 2025 festgesetzt:

[[P|Lucas Ferreira Oliveira]], geb. [[DOB|15.02.2016]], Identifikationsnummer [[TID|{tax_id(spaced=True)}]]
[[P|Beatriz Ferreira Oliveira]], geb. [[DOB|08.10.2019]], Identifikationsnummer [[TID|{tax_id(spaced=True)}]]

Das Kindergeld beträgt 255,00 EUR monatlich je Kind. Für Juni 2025 besteht kein Anspruch, da Ihnen die Aufenthaltserlaubnis nach § 18a AufenthG erst am 01.07.2025 erteilt wurde (§ 62 Abs. 2 EStG).

Die Zahlung erfolgt auf das Konto [[IBAN|{iban_de()}]]. Ein weiterer Antrag für diese Kinder liegt nicht vor; eine Doppelzahlung ist damit ausgeschlossen.

Bitte teilen Sie uns jede Änderung, z. B. einen Umzug ins Ausland, unverzüglich mit.

Mit freundlichen Grüßen
Ihre Familienkasse
Im Auftrag [[P|Möbius]]
""")

# ---------------------------------------------------------------- F54-016 licence conversion + car (outlook)
add("outlook", "fuehrerschein_kfz", f"""
Betreff: Umschreibung kolumbianischer Führerschein + Ummeldung Auto

Hallo zusammen,

meine Frau [[P|Luz Marina Ospina de Häußler]] arbeitet seit September als Pflegefachkraft im Klinikum und möchte ihren kolumbianischen Führerschein umschreiben lassen. Geht das ohne Prüfung oder muss sie Theorie und Praxis machen? Kolumbien steht ja nicht in der Anlage 11 FeV.

Zweite Frage: Wir sind von Dresden nach Elbwerder gezogen ([[A|Gartenweg 3 a]]), das Auto hat noch das Kennzeichen [[KFZ|DD-LO 4817]]. Muss ich umkennzeichnen? Ich hätte gern [[KFZ|MEI-LO 481]], das ist online schon reserviert.

Zur Identifikation: meine Personalausweisnummer ist [[IDC|{id_card(check=True)}]].

Danke und Grüße
[[P|Torsten Häußler]]
[[T|0173 / 449 82 10]]
""")

# ---------------------------------------------------------------- F54-017 Protokoll Dienstberatung (word, HEALTH)
add("word", "protokoll_dienstberatung", f"""
Protokoll der Dienstberatung Sachgebiet Ausländerangelegenheiten

Datum: 04.11.2025, 09:00–10:30 Uhr, Beratungsraum 1.08
Teilnehmende: [[P|Dr. Ulrike Pietzsch]] (Leitung), [[P|Kristin Hähnel]], [[P|Ronny Schmiedel]], [[P|Mandy Kretzschmar]], [[P|Toralf Gnauck]] (Protokoll)

TOP 1 Organisatorisches
Die Drucksache [[N|DS 7/2025/214]] zur Stellenmehrung (zwei Stellen E 9a) wird am 27.11. im Stadtrat beraten.

TOP 2 Beschleunigte Fachkräfteverfahren
23 offene Verfahren, davon 9 für die Elbtal Semiconductor GmbH. Die Landesdirektion Sachsen erteilt Anerkennungsbescheide derzeit nach etwa sieben Wochen. Das Portal der Bundesagentur bleibt am 15.11. wegen Wartung abgeschaltet.

TOP 3 Einzelfälle
a) [[P|Okonkwo, Chukwuemeka]] (Nigeria), Az. [[AZ|ABH 32-18a/2024-0907]]: Verlängerung der Aufenthaltserlaubnis. Herr [[P|Okonkwo]] ist seit August wegen terminaler Niereninsuffizienz dreimal wöchentlich an der Dialyse und seitdem arbeitsunfähig; der Arbeitgeber hält den Arbeitsplatz frei. Prüfung, ob § 18a weiter trägt – Frau Dr. [[P|Pietzsch]] übernimmt.
b) [[P|Melnyk, Oksana]] (Ukraine), Az. [[AZ|ABH 32-24/2022-0614]]: Wechsel von § 24 in § 18b nach Approbation als Zahnärztin; Unterlagen vollständig.

TOP 4 Verschiedenes
Für die geplante Unterkunft für Auszubildende im Bereich des Bebauungsplans Nr. 58 „Am Elbhafen“ liegt der Bauantrag vor. Nächste Dienstberatung am 02.12.2025.

gez. [[P|Gnauck]]
""", ["HEALTH"])

# ---------------------------------------------------------------- F54-018 Verwarnungsgeld, Ukrainian driver (outlook)
add("outlook", "verwarnungsgeld_fahrer", """
Betreff: AW: Anhörung Verwarnungsgeld [[AZ|OA-VW 2025/188264]]

guten tag,

ich habe brief bekommen wegen parken am 09.10.2025 in der Poststraße. das auto [[KFZ|MEI-KV 284]] ist nicht von mir, ist firmenauto von Transporte [[P|Wolff]] e.K., ich bin nur fahrer. der brief ging an chef, er hat mir gegeben.

fahrer war ich, [[P|Oleksandr Kovalenko]], geb. [[DOB|11.04.1994]], wohne [[A|Poststraße 9]], [[A|01595 Elbwerder]]. bitte schicken sie neuen brief an mich, ich bezahle die 35 euro.

sorry für mein deutsch
[[P|Oleksandr]]
""")

# ---------------------------------------------------------------- F54-019 Erklärung zum Beschäftigungsverhältnis (word)
add("word", "erklaerung_beschaeftigung", f"""
Erklärung zum Beschäftigungsverhältnis (Auszug)

A. Arbeitgeber
Name / Firma: Trattoria Vesuvio, Inh. [[P|Salvatore Esposito]]
Anschrift: [[A|Elbstraße 27]], [[A|01595 Elbwerder]]
Betriebsnummer: [[N|48291735]]
Steuernummer: [[TNR|{st_nr_sachsen()}]]
USt-IdNr.: [[VAT|{vat_id()}]]
Ansprechpartnerin: [[P|Giulia Esposito]], Tel. [[T|03525 71 88 40]], E-Mail [[N|info@trattoria-vesuvio.de]]

B. Arbeitnehmer
Name, Vorname: [[P|Trabelsi, Yassine]]
Geburtsdatum: [[DOB|14.12.1996]]
Staatsangehörigkeit: tunesisch
Rentenversicherungsnummer (falls vorhanden): [[SSN|{ssn("141296", "T", spaced=True)}]]

C. Beschäftigung
Tätigkeit: Koch (KldB 29302)
Qualifikation: Brevet de Technicien Professionnel – Cuisine; von der IHK FOSA als gleichwertig mit dem Ausbildungsberuf Koch/Köchin festgestellt (Bescheid vom 12.08.2025)
Arbeitszeit: 40 Stunden/Woche
Arbeitsentgelt: 2.850,00 EUR brutto monatlich, Tarifbindung: nein
Beginn: 01.01.2026

Ort, Datum: Elbwerder, 21.10.2025
Unterschrift Arbeitgeber: [[P|S. Esposito]]
""")

# ---------------------------------------------------------------- F54-020 English thread, change of employer (outlook)
add("outlook", "employer_change_en", f"""
From: [[P|Rahul Mehta]] <[[E|rahul.mehta@elbtal-semi.com]]>
Sent: Thursday, October 30, 2025 4:02 PM
To: [[P|Schmiedel, Ronny]] <[[E|ronny.schmiedel@elbwerder.de]]>
Subject: RE: Change of employer – Dr [[P|Oyelaran]] (Blue Card)

Dear Mr [[P|Schmiedel]],

thanks for the call earlier. As discussed, [[P|Dr. Folasade Adebisi Oyelaran]] will join us on 1 January 2026 from Sachsenchip AG in Dresden. Since she has held her Blue Card for less than twelve months, I understand the change has to be notified to your office.

Her details:
- Date of birth: [[DOB|12 March 1988]], Lagos (Nigeria)
- Current address: [[A|Bautzner Landstraße 84]], [[A|01324 Dresden]] (until 31 Dec)
- New address from January: not yet known, she is looking in Elbwerder
- Private e-mail: [[E|f.oyelaran@posteo.de]]
- Mobile: [[T|+49 1512 3307 418]]

Please charge the notification fee to my Amex [[CC|{card("37", 15, "amex")}]] – the corporate Visa is blocked until next week.

Kind regards,

[[P|Rahul Mehta]] | Global Mobility Lead
Elbtal Semiconductor GmbH | [[N|Werftstraße 1]] | [[N|01597 Elbwerder]]

> Am 30.10.2025 um 11:20 schrieb [[P|Schmiedel, Ronny]] <[[E|ronny.schmiedel@elbwerder.de]]>:
> bitte senden Sie mir die aktuellen Kontaktdaten von Frau Dr. [[P|Oyelaran]] sowie den neuen Arbeitsvertrag.
""")

# ---------------------------------------------------------------- F54-021 Vermerk Anerkennung (word)
add("word", "vermerk_anerkennung", f"""
Aktenvermerk – Anerkennungsverfahren Pflege

Betr.: [[P|Đặng Thị Mai]], geb. [[DOB|21.09.1998]], vietnamesische Staatsangehörige
Az. Ausländerbehörde: [[AZ|ABH 32-16d/2025-0233]]; Az. Landesdirektion Sachsen: [[AZ|LDS 24-5415/0962/25]]

Frau [[P|Đặng]] hält sich seit 15.03.2025 mit einer Aufenthaltserlaubnis nach § 16d Abs. 1 AufenthG zur Anerkennung ihrer Berufsqualifikation auf. Die Landesdirektion hat mit Bescheid vom 02.04.2025 einen Anpassungslehrgang von sechs Monaten auferlegt; der Lehrgang läuft im Bildungszentrum des Klinikums (Kurs-Nr. AP-2025-07) bis 30.11.2025. Im Haus wird sie als „Frau [[P|Mai]]“ geführt – Vor- und Familienname wurden bei der Einstellung vertauscht, Personalabteilung ist informiert.

Krankenversicherung: AOK PLUS, Versichertennummer [[KV|{kvnr()}]] (Nachweis liegt vor).
Wohnung: Schwesternwohnheim [[A|Am Klinikum 7]], [[N|Zi. 214]], [[A|01595 Elbwerder]]

Weiteres Vorgehen: Nach Vorlage der Erlaubnisurkunde Erteilung nach § 18a AufenthG, Gebühr 93,00 EUR. WV 01.12.2025.

[[P|Hähnel]], 05.11.2025
""")

# ---------------------------------------------------------------- F54-022 Meldebescheinigung for Kindergeld (outlook)
add("outlook", "meldebescheinigung_kindergeld", f"""
Betreff: meldebescheinigung für familienkasse ??

hallo, die familienkasse will eine meldebescheinigung wo beide kinder drauf sind ([[P|Sofiia]] und [[P|Dimitris]]), wir wohnen seit mai in der [[A|Weinbergstraße 5]]. geht das per mail an [[E|tetiana.papa@gmx.de]]? ausweisnummer [[IDC|{id_card()}]], auf dem alten brief steht noch mein name [[P|Hrytsenko]].
danke, [[P|tetiana papadopoulou]]
""")

# ---------------------------------------------------------------- F54-023 Telefonnotiz (word)
add("word", "telefonnotiz", """
Telefonnotiz – 06.11.2025, 14:20 Uhr

Anrufer: Herr [[P|Winter]], Jobcenter Meißen (Zentrale [[N|03521 4790-0]])
Betr.: [[P|Kurbanov, Rustam]], Az. [[AZ|ABH 32-24/2023-0118]]

Herr [[P|Kurbanov]] hat einen Arbeitsvertrag als Fahrer im Winterdienst der Stadtreinigung ab 01.12. vorgelegt; im Winter ist er dort in Rufbereitschaft. Jobcenter fragt, ob die Beschäftigung erlaubt ist. → Ja, Nebenbestimmung „Erwerbstätigkeit erlaubt“. Rückruf erledigt.

[[P|M. Kretzschmar]]
""")

# ---------------------------------------------------------------- F54-024 Sorbian carpenter hires Colombian (outlook)
add("outlook", "handwerk_lausitz", f"""
Betreff: Tischlergeselle aus Kolumbien – Rückfragen zur Einreise

Sehr geehrter Herr [[P|Schmiedel]],

wir möchten Herrn [[P|Juan Sebastián Cárdenas Múnera]] als Tischlergesellen einstellen. Die Handwerkskammer Dresden hat seinen Abschluss vom SENA als gleichwertig anerkannt (Bescheid vom 02.10.2025, Az. [[AZ|HWK-AN 2025/0871]]). Arbeitsvertrag ab 01.02.2026, Lohn 2.900 EUR brutto, wohnen kann er erstmal bei uns in der Einliegerwohnung.

Mein Sohn holt ihn in Berlin am Flughafen mit dem Firmenbus ([[KFZ|BZ-TN 318]]) ab und fährt mit ihm gleich zu Ihnen zur Anmeldung – geht das ohne Termin?

Noch was: Herr [[P|Cárdenas]] hat in Medellín zwei Jahre als Bäcker gearbeitet, spielt das für die Zustimmung eine Rolle?

Mit freundlichen Grüßen
[[P|Měrćin Nawka]]
Tischlermeister

Tischlerei [[P|Nawka]] – Bau- und Möbeltischlerei
[[A|Bautzener Straße 31]] · [[A|01920 Nebelschütz]]
Tel. [[T|035796 9 72 03]]
USt-IdNr. [[VAT|{vat_id()}]] · St.-Nr. [[TNR|{st_nr_sachsen()}]]
""")

# ---------------------------------------------------------------- F54-025 Wohnheim Belegungsliste (word)
add("word", "wohnheim_belegung", f"""
Belegungsliste Azubi-Wohnheim [[A|Am Elbhafen 2]], [[A|01597 Elbwerder]] – Stand 01.11.2025
Betreiber: Elbwerder Wohnungsbaugesellschaft mbH

Zi. | Name, Vorname | geb. | Staatsang. | Dokument | Ausbildung / Arbeitgeber | Einzug
01 | [[P|Mensah, Kwame]] | [[DOB|19.04.2004]] | ghanaisch | Pass [[PASS|{pass_other("G", 7)}]] | Mechatroniker, Elbtal Semiconductor | 01.09.2025
02 | [[P|Nguyễn Đức Anh]] | [[DOB|08.01.2005]] | vietnamesisch | Pass [[PASS|{pass_vn()}]] | Koch, Hotel „Elbterrassen“ | 01.08.2025
03 | [[P|Rahimi, Farid]] | [[DOB|30.06.2001]] | afghanisch | eAT [[IDC|{id_card()}]] | Elektroniker, Stadtwerke | 01.10.2025
04 | – frei – | | | | | ab 01.12.2025

Hausmeister: Herr [[P|Vogel]], mobil [[T|0162 7738 014]]
Hinweis: Auf dem Balkon von Zimmer 02 brütet ein Vogel; die Taubenabwehr wird erst nach der Brutzeit montiert. Miete je Zimmer 320,00 EUR warm, Kaution 640,00 EUR.
""")

# ---------------------------------------------------------------- F54-026 ElterngeldPlus, AT account (outlook)
add("outlook", "elterngeld_plus", f"""
Betreff: ElterngeldPlus / Einkommen aus Österreich

Sehr geehrte Frau [[P|Riedel]],

mein Mann [[P|Lorenzo Bellandi]] und ich haben für unsere Tochter [[P|Emilia]] (geboren am [[DOB|02.09.2025]]) Elterngeld beantragt, Aktenzeichen [[AZ|EG-2025-003402]]. [[P|Lorenzo]] arbeitet für eine Firma in Linz und bekommt sein Gehalt auf sein österreichisches Konto [[IBAN|{iban_at()}]]. Zählt dieses Einkommen beim ElterngeldPlus mit? Und soll sein Elterngeld dann auf dieses Konto oder auf unser gemeinsames Konto [[IBAN|{iban_de()}]]?

Seine Steuer-ID ist [[TID|{tax_id()}]].

Danke schon mal!
[[P|Franziska Bellandi-Thiele]]
[[A|Lessingstraße 7]]
[[A|01595 Elbwerder]]
[[T|0151/22 90 47 63]]
""")

# ---------------------------------------------------------------- F54-027 Vorabzustimmung letter to hospital (word)
add("word", "vorabzustimmung", f"""
Stadt Elbwerder – Der Oberbürgermeister – Ausländerbehörde
{CITY_ADR} · Tel. {CITY_TEL} · [[N|poststelle@elbwerder.de]]

Klinikum Elbwerder gGmbH
Personalabteilung
z. Hd. Frau [[P|Jana Wuttke]]
[[N|Am Klinikum 1]]
[[N|01595 Elbwerder]]

Az.: [[AZ|ABH 32-81a/2025-0611]]
Kassenzeichen: [[AZ|5.2025.204418]]
Datum: 31.10.2025

Vorabzustimmung nach § 81a AufenthG für Herrn [[P|John Paul Mercado]], geb. [[DOB|16.10.1994]]

Sehr geehrte Frau [[P|Wuttke]],

im beschleunigten Fachkräfteverfahren stimme ich der Erteilung eines Visums nach § 18a AufenthG an Herrn [[P|Mercado]] (Reisepass [[PASS|{pass_ph()}]]) vor. Die Zustimmung der Bundesagentur für Arbeit vom 28.10.2025 und der Bescheid der Landesdirektion Sachsen über die Gleichwertigkeit liegen vor.

Herr [[P|Mercado]] kann mit dieser Vorabzustimmung innerhalb von drei Wochen einen Termin bei der Deutschen Botschaft Manila vereinbaren; die Visumentscheidung soll innerhalb weiterer drei Wochen ergehen.

Die Gebühr von 411,00 EUR (Rechnung Nr. 2025/RE/08817) überweisen Sie bitte unter Angabe des Kassenzeichens auf das Konto der Stadtkasse Elbwerder, IBAN [[N|{CITY_IBAN}]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Kristin Hähnel]]
""")

# ---------------------------------------------------------------- F54-028 Kita, Muslim family (outlook, RELIGION)
add("outlook", "kita_essen", """
Betreff: Kita Sonnenblume – Frage zum Essen

Hallo Frau [[P|Ullrich]],

vielen Dank für den Platz für [[P|Nour]] ab 01.12.! Ich habe noch eine Frage zum Essen: wir sind Muslime und [[P|Nour]] isst kein Schweinefleisch und auch keine Gummibärchen mit Gelatine. Gibt es in der Kita ein Alternativessen? Im Ramadan faste ich selbst, sie natürlich nicht, aber sie möchte zum Zuckerfest gern Süßigkeiten für die Gruppe mitbringen – ist das okay?

Den Betreuungsvertrag mit der Unterschrift von meinem Mann [[P|Karim]] bringe ich am Montag vorbei. Der Vertrag läuft auf [[P|Nour Gharbi]], geb. [[DOB|18.06.2022]], [[A|Bahnhofstraße 3 b]], [[A|01595 Elbwerder]].

Liebe Grüße
[[P|Yasmine Gharbi]]
[[T|+216 98 412 557]] (WhatsApp) oder [[T|0157 8821 0093]]
""", ["RELIGION"])

# ---------------------------------------------------------------- F54-029 lost passport, forwarded (outlook)
add("outlook", "passverlust_weiterleitung", f"""
Betreff: WG: Stolen passport and residence card – Ms [[P|Santos]]

Hallo,

kannst du bitte den eAT von Frau [[P|Santos]] im AZR als abhandengekommen eintragen? Kartennummer steht unten. Die Verlustanzeige der Polizei liegt vor, Fiktionsbescheinigung kann sie Dienstag früh abholen.

Danke, [[P|Ronny]]

Am 05.11.2025 um 07:58 schrieb [[P|Kristine Joy Santos]] <[[E|kjsantos.rn@yahoo.com]]>:

Good morning,

my bag was stolen on the S-Bahn from Dresden yesterday evening. Inside was my Philippine passport no. [[PASS|{p_santos}]] and my German residence card ([[IDC|{id_card(check=True)}]]). I already made a police report. The embassy in Berlin will issue a new passport on 19 November but they need a copy of the residence permit.

Can I get a paper until then? I work night shift at the Klinikum, so I can only come in the morning.

My details: [[P|Kristine Joy Santos]], born [[DOB|02/08/1997]], [[A|Am Klinikum 7]], [[N|Zimmer 312]], [[A|01595 Elbwerder]]

Thank you and God bless,
[[P|Kristine]]
[[T|+49 1590 1447 326]]
""")

# ---------------------------------------------------------------- F54-030 long Vermerk, Vietnamese family (word)
add("word", "vermerk_familie_lang", f"""
Stadt Elbwerder – Ausländerbehörde                                   Elbwerder, 07.11.2025
Az.: [[AZ|ABH 32-18g/2023-0144]]

Zusammenfassender Vermerk – Familie [[P|Phạm]]
(Anträge auf Niederlassungserlaubnis und auf Nachzug der Mutter der Ehefrau)

1. Beteiligte Personen
a) [[P|Phạm Quốc Bảo]], geb. [[DOB|25.11.1986]] in Hải Phòng, vietnamesischer Reisepass [[PASS|{pass_vn()}]]. Inhaber einer Blauen Karte EU seit 01.03.2023; zuvor drei Jahre als hochqualifizierter Migrant („kennismigrant“) in Eindhoven, Niederlande.
b) Ehefrau [[P|Vũ Thị Thanh Hương]], geb. [[DOB|04.04.1989]] in Nam Định, Pflegefachfrau; Anerkennung durch die Landesdirektion Sachsen am 14.06.2024 (Urkunde Nr. PF-2024-0815), Aufenthaltserlaubnis nach § 18a AufenthG.
c) Kinder: [[P|Phạm Minh Khang]], geb. [[DOB|13.01.2019]] in Eindhoven, und [[P|Phạm An Nhiên]], geb. [[DOB|21.05.2024]] in Elbwerder.

2. Wohnverhältnisse
Die Familie wohnt seit 01.04.2023 in einer Vier-Zimmer-Wohnung in der [[A|Straße der Einheit 22]], [[N|2. OG links]], [[A|01597 Elbwerder]] (Kaltmiete 780,00 EUR, 92 m²). Ausreichender Wohnraum ist nachgewiesen, auch nach einem Zuzug der Mutter. Die Wohnung liegt im Geltungsbereich des Bebauungsplans Nr. 31 „Neustadt-Süd“; die Straße der Einheit wird 2026 saniert, ein Umzug ist nicht geplant.

3. Sicherung des Lebensunterhalts
Der Ehemann erzielt bei der Elbtal Semiconductor GmbH ein Bruttojahresgehalt von 68.400,00 EUR (Gehaltsnachweise Juli bis September 2025), die Ehefrau arbeitet in Teilzeit mit 30 Wochenstunden im Klinikum Elbwerder. Kindergeld wird unter der Kindergeld-Nr. [[AZ|{kg_nr()}]] für beide Kinder gezahlt; Elterngeld wurde bis 31.07.2025 bezogen (Az. [[AZ|EG-2024-001877]]).
Das Girokonto der Familie lautet [[IBAN|{iban_de()}]]. Eine Nachzahlung des niederländischen Arbeitgebers (Urlaubsgeld 2022) ging noch im Mai 2025 auf das fortbestehende Konto [[IBAN|{iban_nl()}]] ein; das Konto soll bis Jahresende aufgelöst werden.

4. Renten- und Krankenversicherung
Herr [[P|Phạm]]: Versicherungsnummer [[SSN|{ssn("251186", "P", spaced=True)}]], 32 Monate Pflichtbeiträge. Frau [[P|Vũ]]: Versicherungsnummer [[SSN|{ssn("040489", "V")}]], 18 Monate Pflichtbeiträge.
Die Kinder sind über die Mutter bei der BARMER familienversichert (Versichertennummer des Sohnes: [[KV|{kvnr()}]]).

5. Sprache und Integration
Deutsch B1 (telc, Prüfungsnummer 118-2025-4471) bzw. B2 Pflege; der Integrationskurs (Kurs-Nr. 221/2023/07) wurde von beiden Ehegatten abgeschlossen.

6. Nachzug der Mutter
Frau [[P|Vũ]] beantragt den Nachzug ihrer Mutter, Frau [[P|Trịnh Thị Lan]], geb. [[DOB|17.09.1961]], wohnhaft in Nam Định, Tel. [[T|+84 912 338 407]], zur Betreuung der Kinder. Ein Anspruch nach § 36 Abs. 2 AufenthG setzt eine außergewöhnliche Härte voraus. Dass beide Eltern im Schichtdienst bzw. in Vollzeit arbeiten und der Kita-Platz für die Tochter erst ab August 2026 zugesagt ist, begründet nach der Rechtsprechung keine außergewöhnliche Härte. Geprüft wird daher eine Aufenthaltserlaubnis für Eltern von Fachkräften nach § 36 Abs. 3 AufenthG; der Lebensunterhalt der Mutter ist durch eine Verpflichtungserklärung des Schwiegersohns vom 03.11.2025 gesichert.

7. Ergebnis
a) Die Niederlassungserlaubnis nach § 18c Abs. 2 AufenthG für den Ehemann kann erteilt werden; Gebühr 113,00 EUR.
b) Dem Nachzug von Frau [[P|Trịnh]] wird vorbehaltlich der Prüfung nach § 36 Abs. 3 AufenthG zugestimmt; die Zustimmung geht an die Botschaft Hanoi.

[[P|Schmiedel]]
Sachbearbeiter, Durchwahl [[T|03525 560-217]]
""")


# ---------------------------------------------------------------- checks
def iban_ok(v):
    v = v.replace(" ", "")
    r = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def luhn_ok(v):
    d = "".join(c for c in v if c.isdigit())
    return luhn_check(d[:-1]) == int(d[-1])


def taxid_ok(v):
    d = v.replace(" ", "")
    if len(d) != 11 or d[0] == "0":
        return False
    counts = [d[:10].count(x) for x in "0123456789"]
    return max(counts) <= 3 and sum(1 for c in counts if c >= 2) == 1 and mod11_10_check(d[:10]) == int(d[10])


def vat_ok(v):
    return v.startswith("DE") and len(v) == 11 and mod11_10_check(v[2:10]) == int(v[10])


def ssn_ok(v):
    s = v.replace(" ", "")
    head, letter, serial, check = s[:8], s[8], s[9:11], int(s[11])
    code = ord(letter) - ord("A") + 1
    values = [int(c) for c in head] + [code // 10, code % 10] + [int(c) for c in serial]
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum(digit_sum(x * w) for x, w in zip(values, weights)) % 10 == check


def kv_ok(v):
    code = ord(v[0]) - ord("A") + 1
    values = [code // 10, code % 10] + [int(c) for c in v[1:9]]
    return sum(digit_sum(x * (1 if i % 2 == 0 else 2)) for i, x in enumerate(values)) % 10 == int(v[9])


CHECKS = {"IBAN": iban_ok, "CREDIT_CARD": luhn_ok, "TAX_ID": taxid_ok, "VAT_ID": vat_ok,
          "SOCIAL_SECURITY": ssn_ok, "HEALTH_INSURANCE": kv_ok}

assert iban_ok(CITY_IBAN)
assert len(docs) == 30
for d in docs:
    assert d["text"] == d["text"].strip()
    for e in d["entities"]:
        assert d["text"][e["start"]:e["end"]] == e["text"]
        if e["category"] in CHECKS:
            assert CHECKS[e["category"]](e["text"]), (d["id"], e)
    for n in d["neutral"]:
        if n["text"].startswith(("DE", "NL", "AT")) and n["text"][2:4].isdigit():
            assert iban_ok(n["text"]), n

with open(os.path.join(HERE, "fresh54.jsonl"), "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    from collections import Counter
    cats = Counter(e["category"] for d in docs for e in d["entities"])
    print(len(docs), "documents,", sum(cats.values()), "entities,", sum(len(d["neutral"]) for d in docs), "neutral")
    print(dict(cats))
    print(Counter(d["channel"] for d in docs), Counter(f for d in docs for f in d["specialCategories"]))
