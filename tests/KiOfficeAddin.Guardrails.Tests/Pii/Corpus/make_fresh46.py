#!/usr/bin/env python3
"""Batch 46: a held-out set for the German PII detector, written blind (no detector source read).

Setting: the invented Hessian university city Stadt Lahnfels (Bürgeramt, Ausländerbehörde for students and
researchers, Wohnungsaufsicht, Steueramt with Hunde- and Zweitwohnungsteuer, Studentenwerk, university mails).
Texts carry inline marks [[CAT|text]] / [[N|text]]; marks.build() strips them and computes UTF-16 offsets.
"""
import json
import os
import sys

sys.dont_write_bytecode = True
CORPUS = "/work/main/tests/KiOfficeAddin.Guardrails.Tests/Pii/Corpus"
sys.path.insert(0, CORPUS)

from marks import build  # noqa: E402
from identifiers import Identifiers, mod97_iban, mod11_10_check, luhn_check, group  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ids = Identifiers(4646)
rng = ids.rng

# ---------------------------------------------------------------- identifier helpers and independent re-checks


def iban_mod97_ok(iban):
    s = iban.replace(" ", "")
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def luhn_ok(number):
    digits = number.replace(" ", "").replace("-", "")
    return luhn_check(digits[:-1]) == int(digits[-1])


def tax_id_ok(value):
    s = value.replace(" ", "")
    if len(s) != 11 or s[0] == "0":
        return False
    counts = [s[:10].count(d) for d in "0123456789"]
    return max(counts) <= 3 and sum(1 for c in counts if c >= 2) == 1 and mod11_10_check(s[:10]) == int(s[10])


def vat_ok(value):
    s = value.replace(" ", "")
    return s.startswith("DE") and len(s) == 11 and mod11_10_check(s[2:10]) == int(s[10])


def ssn_ok(value):
    s = value.replace(" ", "")
    head, letter, serial, check = s[:8], s[8], s[9:11], int(s[11])
    code = ord(letter) - ord("A") + 1
    values = [int(c) for c in head] + [code // 10, code % 10] + [int(c) for c in serial]
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum((v * w) // 10 + (v * w) % 10 for v, w in zip(values, weights)) % 10 == check


def kvnr_ok(value):
    code = ord(value[0]) - ord("A") + 1
    values = [code // 10, code % 10] + [int(c) for c in value[1:9]]
    total = 0
    for i, v in enumerate(values):
        p = v * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return total % 10 == int(value[9])


def elfproef_account():
    """A 10-digit Dutch account number passing the eleven test (national check of NL IBANs)."""
    while True:
        acct = ids.digits(10, first_nonzero=True)
        if sum(int(d) * (10 - i) for i, d in enumerate(acct)) % 11 == 0:
            return acct


def creditor_id_de(national):
    # SEPA creditor identifier: check digits over national id + DE00, business code ZZZ not included.
    digits = "".join(str(int(c, 36)) for c in national + "DE00")
    return f"DE{98 - int(digits) % 97:02d}ZZZ{national}"


def letters(n, alphabet="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(rng.choice(alphabet) for _ in range(n))


# German identifiers
CITY_IBAN = group(mod97_iban("DE", "53350000" + "0000101170"), 4)   # Stadtkasse Lahnfels: neutral
CREDITOR_ID = creditor_id_de("00000482117")
IBAN_ALEXIOU = group(ids.iban_de(), 4)
IBAN_NOWAK = ids.iban_de()
IBAN_ILIC = group(ids.iban_de(), 4)
IBAN_KOVALENKO = group(ids.iban_de(), 4)
IBAN_NL = group(mod97_iban("NL", "INGB" + elfproef_account()), 4)
IBAN_AT = group(mod97_iban("AT", "20815" + ids.digits(11)), 4)
TAXID_KOVALENKO = ids.tax_id()
TAXID_MEHTA = ids.tax_id()
VAT_KUEHN = ids.vat_id()
VAT_ILIC = ids.vat_id()
SSN_KOVALENKO = ids.social_security("190899", "H")   # birth name Hnatyshyn, born 19.08.1999
SSN_MEHTA = ids.social_security("300992", "M")       # Mehta, born 30.09.1992
KV_KOVALENKO = ids.health_insurance()
KV_LAKSHMI = ids.health_insurance()
IDC_KOVALENKO = ids.id_card()
IDC_YILDIZ = ids.id_card(check_digit=True)
PASS_YILDIZ = ids.passport()
CC_NGUEMO = ids.credit_card("52", 16)
CC_OLIVEIRA = ids.credit_card("4", 16)
CC_HENNIG = ids.credit_card("37", 15)

# foreign passport numbers (no check digit we could verify; labelled PASSPORT by what they are)
PASS_ZHANG = "E" + ids.digits(8, first_nonzero=True)
PASS_KARTHIK = rng.choice("RSTUVWZ") + ids.digits(7, first_nonzero=True)
PASS_TAVAKOLI = rng.choice("KXZ") + ids.digits(8, first_nonzero=True)
PASS_CAVALCANTI = letters(2, "FGY") + ids.digits(6, first_nonzero=True)
PASS_RYAN = "AA" + ids.digits(7)
PASS_LEE = "M" + ids.digits(3, first_nonzero=True) + letters(1) + ids.digits(4)
PASS_NGUYEN = "C" + ids.digits(7, first_nonzero=True)
PASS_MARIA = letters(2, "FGY") + ids.digits(6, first_nonzero=True)
PASS_LAKSHMI = rng.choice("RSTUVWZ") + ids.digits(7, first_nonzero=True)
PASS_MUKHERJEE = rng.choice("RSTUVWZ") + ids.digits(7, first_nonzero=True)
PASS_SHEVCHENKO = letters(2, "EFG") + ids.digits(6, first_nonzero=True)
PASS_MEHTA_NEW = rng.choice("RSTUVWZ") + ids.digits(7, first_nonzero=True)

ALL_IBANS = [CITY_IBAN, IBAN_ALEXIOU, IBAN_NOWAK, IBAN_ILIC, IBAN_KOVALENKO, IBAN_NL, IBAN_AT]
assert all(iban_mod97_ok(i) for i in ALL_IBANS), ALL_IBANS
assert all(luhn_ok(c) for c in (CC_NGUEMO, CC_OLIVEIRA, CC_HENNIG))
assert all(tax_id_ok(t) for t in (TAXID_KOVALENKO, TAXID_MEHTA))
assert all(vat_ok(v) for v in (VAT_KUEHN, VAT_ILIC))
assert all(ssn_ok(s) for s in (SSN_KOVALENKO, SSN_MEHTA))
assert all(kvnr_ok(k) for k in (KV_KOVALENKO, KV_LAKSHMI))


def spaced_tax_id(t):
    return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"


def spaced_ssn(s):
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"


def amex(c):
    return f"{c[:4]} {c[4:10]} {c[10:]}"


HEAD_ABH = "Der Magistrat der Stadt Lahnfels · Ausländerbehörde · [[N|Am Markt 1]] · [[N|35297 Lahnfels]]"

DOCS = []


def doc(channel, template, flags, marked):
    DOCS.append((channel, template, flags, marked.strip("\n")))


# ---------------------------------------------------------------- F46-001 Chinese PhD student, Anmeldung (English)
doc("outlook", "anmeldung_en", [], f"""
Betreff: Appointment for Anmeldung / registration of address

Dear Sir or Madam,

my name is [[P|ZHANG Yiran]] (family name [[P|Zhang]], given name [[P|Yiran]]) and I started my PhD at the Institute of Pharmaceutical Chemistry on 1 October. I moved into a shared flat at [[A|Auf der Weide 17 b]], [[A|35297 Lahnfels]], [[N|2nd floor left]]. The online booking system only shows free appointments from 15 December, but the Ausländerbehörde needs my Meldebescheinigung before 30 November. Is there any way to get an earlier slot? My booking reference is 4471-0923.

My landlady, Mrs. [[P|Gudrun Weller-Ambach]], has already signed the Wohnungsgeberbestätigung.

For your records: passport no. [[PASS|{PASS_ZHANG}]], date of birth [[DOB|1997-03-14]].
You can reach me at [[T|+49 1575 3318462]] or [[E|yiran.zhang@students.uni-lahnfels.de]].

Best regards,
[[P|Yiran Zhang]]
""")

# ---------------------------------------------------------------- F46-002 Bescheid § 16b, Indian student without surname
doc("word", "aufenthaltserlaubnis", [], f"""
{HEAD_ABH}

Herrn
[[P|S. Karthikeyan]]
c/o Studierendenwohnheim Lahnberge, [[N|Zimmer 314]]
[[A|Hans-Sachs-Weg 9]]
[[A|35299 Lahnfels]]

Aktenzeichen: [[AZ|32.1-AE 2025/04817]]
Datum: 14.11.2025

Erteilung einer Aufenthaltserlaubnis zum Zweck des Studiums (§ 16b Abs. 1 AufenthG)

Sehr geehrter Herr [[P|Karthikeyan]],

auf Ihren Antrag vom 02.09.2025 wird Ihnen eine Aufenthaltserlaubnis nach § 16b Abs. 1 AufenthG für den Masterstudiengang „Data Science" an der Universität Lahnfels erteilt. Die Aufenthaltserlaubnis ist bis zum 30.09.2027 befristet. Eine Beschäftigung ist bis zu 140 ganze oder 280 halbe Tage im Jahr sowie als studentische Nebentätigkeit erlaubt.

Angaben laut Reisepass:
Name: [[P|KARTHIKEYAN]]
Vorname: – (im Pass nicht eingetragen)
Geburtsdatum: [[DOB|07.05.2000]], Geburtsort: Coimbatore (Indien)
Reisepass-Nr.: [[PASS|{PASS_KARTHIK}]]

Die Gebühr beträgt 100,00 EUR (§ 45 Nr. 3 AufenthV). Bitte überweisen Sie den Betrag unter Angabe des Kassenzeichens [[AZ|5.2025.041388]] auf das Konto der Stadtkasse Lahnfels, IBAN [[N|{CITY_IBAN}]]. Den elektronischen Aufenthaltstitel können Sie etwa vier Wochen nach Benachrichtigung durch die Bundesdruckerei im Rathaus, Zimmer 2.14, abholen.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Gießen erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Aylin Demirtaş-Keller]]
Telefon [[T|06453 708-327]]
Zentrale [[N|06453 708-0]] · [[N|auslaenderbehoerde@lahnfels.de]]
""")

# ---------------------------------------------------------------- F46-003 Iranian postdoc, political activity (POLITICS)
doc("outlook", "verlaengerung", ["POLITICS"], f"""
Betreff: AW: Verlängerung Aufenthaltserlaubnis – Az. [[AZ|32.1-FO 2024/01192]]

Sehr geehrte Frau [[P|Lindemann]],

vielen Dank für Ihre schnelle Antwort. Anbei die fehlenden Unterlagen: Arbeitsvertrag mit der Universität Lahnfels bis 31.03.2028, Nachweis der Krankenversicherung und die Kopie meines neuen Reisepasses (Nr. [[PASS|{PASS_TAVAKOLI}]]). Die iranische Botschaft in Berlin hat den Pass erst nach vier Monaten ausgestellt.

Ich möchte Sie außerdem darauf hinweisen, dass ich derzeit nicht in den Iran reisen kann. Ich habe 2022 in Teheran an den Protesten von „Frau, Leben, Freiheit" teilgenommen und trete seitdem hier in Lahnfels als Sprecherin der Exil-Oppositionsgruppe „Azadi Hessen" öffentlich auf; mein Bruder [[P|Kaveh]] wurde deswegen im Sommer in Teheran verhört. Falls die Verlängerung nicht rechtzeitig erfolgt, wäre eine Rückkehr für mich gefährlich.

Mein Mann, [[P|Dr. Arash Moradi]], ist weiterhin in Frankfurt beschäftigt; unsere gemeinsame Anschrift bleibt [[A|Elisabethenhof 4a]], [[A|35297 Lahnfels]].

Mit freundlichen Grüßen
[[P|Dr. Shirin Tavakoli-Rad]]
Postdoc, Fachbereich Chemie, Universität Lahnfels
[[T|+49 176 4418 2093]]

> Am 18.11.2025 um 10:42 schrieb [[P|Lindemann, Sabine]] <[[E|sabine.lindemann@lahnfels.de]]>:
>
> Sehr geehrte Frau Dr. [[P|Tavakoli-Rad]],
> für die Verlängerung benötige ich noch Ihren Arbeitsvertrag und einen gültigen Reisepass. Bitte reichen Sie die Unterlagen bis zum 05.12.2025 ein.
> Mit freundlichen Grüßen
> Ausländerbehörde Lahnfels
""")

# ---------------------------------------------------------------- F46-004 Korean student, address change, lower case
doc("outlook", "ummeldung_en", [], f"""
Betreff: adress change

hallo,
i moved last week, new adress is [[A|gutenbergstr. 22]] [[A|35297 lahnfels]] (before: [[A|Bei St. Jost 5]]). do i need to come to bürgeramt or can i do it by email?? my phone [[T|0152 0491 7730]]
thx, [[P|jihoon]]

--
[[P|PARK Jihoon]] | Dept. of Physics | Universität Lahnfels
""")

# ---------------------------------------------------------------- F46-005 Wohnungsaufsicht Ortstermin (HEALTH)
doc("word", "wohnungsaufsicht_vermerk", ["HEALTH"], f"""
Der Magistrat der Stadt Lahnfels – Fachdienst Wohnungsaufsicht
Aktenzeichen: [[AZ|WA-63.2/0417-2025]]

Vermerk über die Ortsbesichtigung am 21.10.2025

Objekt: [[A|Weidenhäuser Straße 41]], [[A|35297 Lahnfels]], [[N|3. OG rechts]] (Wohngemeinschaft, 4 Zimmer)
Eigentümer: [[P|Wojciech Brodowski]] (Anschrift siehe Akte)
Anwesend: [[P|Dimitrios Papadakis]] (Hauptmieter), [[P|Amra Hadžić]], [[P|Trần Minh Đức]]; nicht anwesend: [[P|Lena Vogel]]

Feststellungen:
1. Schimmelbefall an der Außenwand im Zimmer von Frau [[P|Hadžić]] auf ca. 3 m². Frau [[P|Hadžić]] legte ein Attest ihrer Hausärztin [[P|Dr. med. Kerstin Aurich]] vor: Sie leidet an Asthma bronchiale, die Beschwerden haben sich seit dem Winter deutlich verschlechtert.
2. Heizkörper im Bad ohne Funktion; Mängelanzeige der Mieter vom 02.09.2025 liegt vor.
3. Im Lüftungsschacht der Küche liegt ein toter Vogel; starke Geruchsbelästigung.
4. Herrn [[P|Papadakis]]' Zimmer (ca. 9 m²) hat kein Fenster, nur ein Oberlicht zum Flur.

Die Miete beträgt je Zimmer 380,00 EUR warm.

Weiteres Vorgehen: Anhörung des Eigentümers nach § 28 HVwVfG, Frist vier Wochen.

Lahnfels, 22.10.2025
[[P|Schäfer-Lindner]], Tel. [[T|06453 708-412]]
""")

# ---------------------------------------------------------------- F46-006 Hundesteuerbescheid
doc("word", "hundesteuer", [], f"""
Der Magistrat der Stadt Lahnfels · Steueramt · [[N|Am Markt 1]] · [[N|35297 Lahnfels]]

Herrn
[[P|Dr. Konstantinos Alexiou]]
[[A|Am Schwanhof 8]]
[[A|35299 Lahnfels-Weidenau]]

Kassenzeichen: [[AZ|6.2025.200417]]
Datum: 03.11.2025

Hundesteuerbescheid 2025

Sehr geehrter Herr Dr. [[P|Alexiou]],

für den am 15.09.2025 angemeldeten Hund (Mischling, Rufname „Pippa") setzen wir nach §§ 1 und 5 der Hundesteuersatzung der Stadt Lahnfels eine Jahressteuer von 96,00 EUR fest; für 2025 ergibt sich anteilig ein Betrag von 32,00 EUR. Die Hundesteuermarke Nr. 0718 liegt bei.

Die Steuer wird aufgrund des erteilten SEPA-Lastschriftmandats von dem Konto [[IBAN|{IBAN_ALEXIOU}]] (Kontoinhaberin: [[P|Eleni Alexiou-Brandt]]) am 15.11.2025 eingezogen. Gläubiger-ID der Stadt Lahnfels: {CREDITOR_ID}. Wird das Mandat widerrufen, überweisen Sie bitte auf das Konto der Stadtkasse, IBAN [[N|{CITY_IBAN}]].

Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch beim Magistrat der Stadt Lahnfels erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Heike Bäcker]]
Telefon [[T|06453 708-251]]
""")

# ---------------------------------------------------------------- F46-007 dog breeder, Zwingersteuer, informal
doc("outlook", "hundesteuer_zwinger", [], f"""
Betreff: zwingersteuer / hundesteuer 2026

hallo frau [[P|bäcker]],

wie am telefon besprochen die unterlagen für die zwingersteuer. wir haben im moment 3 zuchthündinnen und 1 rüden (rhodesian ridgeback), der wurf vom august ist komplett abgegeben. die zuchtbuchnummern hänge ich als pdf an.

eine gewerbeanmeldung hab ich nicht, die zucht läuft nebenberuflich übers finanzamt:
steuernummer [[TNR|031 842 60517]]
ust-id [[VAT|{VAT_KUEHN}]]

das kassenzeichen war glaub ich [[AZ|6.2019.004512]], bin mir aber nicht sicher.

lg
[[P|Sandra Kühn-Ölmez]]
Zwinger „vom Lahnbogen"
[[A|Hofgut Dammühle 2]]
[[A|35299 Lahnfels-Weidenau]]
mobil [[T|0160 / 94 22 871]]
""")

# ---------------------------------------------------------------- F46-008 Zweitwohnungsteuerbescheid
doc("word", "zweitwohnungsteuer", [], f"""
Der Magistrat der Stadt Lahnfels – Steueramt – [[N|Postfach 11 40]] · [[N|35291 Lahnfels]]

Frau
[[P|Katarzyna Nowak-Brandt]]
[[A|Biegenstraße 30]]
[[N|Whg. 12]]
[[A|35297 Lahnfels]]

Kassenzeichen: [[AZ|7.2025.118206]]
Datum: 27.10.2025

Bescheid über die Festsetzung der Zweitwohnungsteuer

Sehr geehrte Frau [[P|Nowak-Brandt]],

nach dem Melderegister ist Ihre Wohnung in der Biegenstraße seit dem 01.04.2025 als Nebenwohnung gemeldet; Ihre Hauptwohnung befindet sich in [[A|Schlesierstraße 14]], [[A|63450 Hanau]]. Nach § 2 der Zweitwohnungsteuersatzung beträgt die Steuer 10 % der jährlichen Nettokaltmiete (4.560,00 EUR), also 456,00 EUR im Jahr; für 2025 (neun Monate) setzen wir 342,00 EUR fest, fällig am 15.11.2025.

Bitte überweisen Sie den Betrag unter Angabe des Kassenzeichens auf das Konto der Stadtkasse Lahnfels, IBAN [[N|{CITY_IBAN}]].

Hinweis: Wer die Hauptwohnung in Lahnfels anmeldet, zahlt keine Zweitwohnungsteuer; Studierende erhalten nach Beschluss der Stadtverordnetenversammlung (Drucksache VII/1184) zusätzlich ein Begrüßungsgeld von 100 EUR.

Rechtsbehelfsbelehrung: Widerspruch ist innerhalb eines Monats beim Magistrat der Stadt Lahnfels, [[N|Am Markt 1]], [[N|35297 Lahnfels]], einzulegen.

Im Auftrag
[[P|Thorsten Wegener]]
""")

# ---------------------------------------------------------------- F46-009 forwarded Widerspruch by the father
doc("outlook", "zweitwohnungsteuer_widerspruch", [], f"""
Betreff: WG: Widerspruch Zweitwohnungsteuer Kassenzeichen [[AZ|7.2025.118206]]

Hallo [[P|Thorsten]],

kannst du das bitte übernehmen? Der Vater hat heute auch noch angerufen. Die Tochter hat sich laut Melderegister am 30.10. mit Hauptwohnung umgemeldet, dann müsste der Bescheid ab November aufgehoben werden.

Gruß
[[P|Ilka]]

-----Ursprüngliche Nachricht-----
Von: [[P|Andrzej Nowak]] <[[E|a.nowak.hanau@t-online.de]]>
Gesendet: Montag, 3. November 2025 21:17
An: [[N|steueramt@lahnfels.de]]
Betreff: Widerspruch Zweitwohnungsteuer Kassenzeichen [[AZ|7.2025.118206]]

Sehr geehrte Damen und Herren,

ich lege für meine Tochter [[P|Katarzyna Nowak-Brandt]] (Vollmacht anbei) Widerspruch gegen den Bescheid vom 27.10.2025 ein. [[P|Kasia]] studiert in Lahnfels Medizin und wohnt dort in einer WG, ihr Lebensmittelpunkt ist längst Lahnfels, und sie hat sich inzwischen auch mit Hauptwohnsitz umgemeldet. Falls schon etwas abgebucht wurde, bitte auf mein Konto zurück: [[IBAN|{IBAN_NOWAK}]], Kontoinhaber [[P|Andrzej Nowak]].

Mit freundlichen Grüßen
[[P|Andrzej Nowak]]
[[A|Schlesierstraße 14]]
[[A|63450 Hanau]]
Tel. [[T|06181 / 25 73 90]]
""")

# ---------------------------------------------------------------- F46-010 Cameroonian student, discrimination (ETHNICITY)
doc("outlook", "studentenwerk_en", ["ETHNICITY"], f"""
Subject: Complaint about a private landlord on your housing portal

Dear Ms [[P|Brenner]],

I am writing about a room offer on the Studentenwerk's private housing portal (offer no. 2025-4471, a room in a flat near Am Richtsberg). When I called the landlord, Mr [[P|Gerhard Lauterbach]], on 12 November, he asked where I come from. When I told him that I am a Black woman from Cameroon he said that he "does not rent to Africans" and hung up. One hour later my German classmate [[P|Jonas Thielmann]] called him and was invited to a viewing the same evening. I think such offers should not be published by the Studentenwerk.

I still need a room from January. I already paid the fee for the dormitory waiting list with my card ([[CC|{CC_NGUEMO}]], card holder [[P|NGUEMO TCHOUPO A]]) but I never received a confirmation. Until then I am staying with a friend, c/o [[P|Fokou]], [[A|Hasenkopf 11]], [[A|35299 Lahnfels]].

Kind regards,
[[P|NGUEMO TCHOUPO Arielle Flore]]
(family name: [[P|Nguemo Tchoupo]], first names: [[P|Arielle Flore]])
M.Sc. Agricultural Sciences, matriculation no. [[N|3318874]]
WhatsApp [[T|+237 6 77 41 20 95]]
[[E|arielle.nguemo@students.uni-lahnfels.de]]
""")

# ---------------------------------------------------------------- F46-011 Welcome Centre forward, visiting researcher (English)
doc("outlook", "gastwissenschaftler_en", [], f"""
Subject: FW: Visiting researcher – hosting agreement § 18d AufenthG

Dear Ms [[P|Lindemann]],

please find below the request of Prof. [[P|von Stein]]. Dr. [[P|Cavalcanti Lima]] will start on 8 January and is currently a postdoc at Utrecht University. Could you issue a Vorabzustimmung so that he can apply for his visa at the German embassy in The Hague?

Best regards
[[P|Miriam Osei-Bonsu]]
International Office – Welcome Centre, Universität Lahnfels
[[N|Biegenstraße 10]], [[N|35297 Lahnfels]]

From: [[P|Stein, Hartmut von]] <[[E|hartmut.vonstein@chemie.uni-lahnfels.de]]>
Sent: Thursday, 20 November 2025 16:03
To: [[N|welcome@uni-lahnfels.de]]
Subject: Visiting researcher

Dear colleagues,

I am hosting [[P|Dr. Bruno Henrique Cavalcanti Lima]] (born [[DOB|2 August 1990]] in Recife, Brazilian passport [[PASS|{PASS_CAVALCANTI}]]) for 18 months from January, funded by a Humboldt fellowship. Until he has opened a German account the fellowship will be paid to his Dutch account [[IBAN|{IBAN_NL}]]. He will live in the university guest house, [[A|Renthof 3]], [[N|apartment 5]], [[A|35297 Lahnfels]], together with his wife [[P|Fernanda]] and their daughter [[P|Luísa]] (4).

Best,
[[P|Hartmut von Stein]]

--
Prof. [[P|Dr. Dr. Hartmut von Stein]]
Institut für Organische Chemie, Universität Lahnfels
Tel. [[T|+49 6453 29-25510]]
""")

# ---------------------------------------------------------------- F46-012 Familiennachzug with DNA test (GENETIC)
doc("word", "familiennachzug_vermerk", ["GENETIC"], f"""
Aktenvermerk

Az.: [[AZ|32.1-FZ 2025/00388]]
Betreff: Familiennachzug – Kind [[P|MBARGA ESSOMBA Ryan]]

Der Antragsteller, Herr [[P|Dr. Jean-Pierre Mbarga Essomba]] (geb. [[DOB|11.02.1986]], kamerunische Staatsangehörigkeit, Aufenthaltserlaubnis nach § 18d AufenthG), begehrt den Nachzug seines Sohnes [[P|Ryan Mbarga Essomba]] (geb. [[DOB|23.06.2018]] in Yaoundé). Die vorgelegte Geburtsurkunde konnte von der Deutschen Botschaft Jaunde nicht verifiziert werden; dem Antragsteller wurde daher ein freiwilliges DNA-Abstammungsgutachten angeboten.

Das Gutachten des Instituts für Rechtsmedizin vom 14.10.2025 liegt vor: Die Vaterschaft von Herrn [[P|Mbarga Essomba]] zu [[P|Ryan]] ist nach Untersuchung von 24 STR-Systemen mit einer Wahrscheinlichkeit von 99,9999 % nachgewiesen. Die Kindesmutter, Frau [[P|Clarisse Ngo Nyemb]], hat der Ausreise des Kindes zugestimmt.

Reisepass des Kindes: [[PASS|{PASS_RYAN}]]
Anschrift der Familie: [[A|Cappeler Straße 57]], [[A|35299 Lahnfels]], Tel. [[T|0157 3920 1184]]

Ergebnis: Zustimmung zur Visumerteilung an die Botschaft Jaunde übermittelt. Wiedervorlage 15.01.2026.

Lahnfels, 30.10.2025
gez. [[P|Lindemann]]
""")

# ---------------------------------------------------------------- F46-013 WG tenant, lower case, heating
doc("outlook", "wohnungsaufsicht_beschwerde", [], f"""
Betreff: heizung kaputt seit 6 wochen!!!

hallo,

ich wohne in ner wg in der [[A|frankfurter str. 88a]] (hinterhaus) und wir haben seit anfang oktober keine funktionierende heizung. der vermieter herr [[P|kowalczyk]] sagt immer er schickt jemanden aber es passiert nix, sein auto ([[KFZ|MR-WK 404]]) steht jeden tag vorm haus aber er macht nicht auf wenn wir klingeln. mein mitbewohner [[P|jonas]] und ich sitzen abends mit jacke in der küche. ist das überhaupt erlaubt?? wir zahlen 390 € warm pro zimmer.

können sie mal vorbeikommen, bin meistens ab 16 uhr da. handy [[T|01523 7781904]]

danke & grüße
[[P|merve]]

[[P|Merve Aksoy]]
Von meinem iPhone gesendet
""")

# ---------------------------------------------------------------- F46-014 Anhörung to the landlord
doc("word", "wohnungsaufsicht_anhoerung", [], f"""
Der Magistrat der Stadt Lahnfels
Fachdienst Wohnungsaufsicht
[[N|Am Markt 1]], [[N|35297 Lahnfels]]
Auskunft: Zimmer 3.08, [[N|wohnungsaufsicht@lahnfels.de]]

Herrn
[[P|Wojciech Brodowski]]
[[A|Marbacher Weg 112]]
[[A|35299 Lahnfels]]

Unser Zeichen: [[AZ|WA-63.2/0417-2025]]
Datum: 04.11.2025

Anhörung nach § 28 HVwVfG
Wohngebäude [[A|Weidenhäuser Straße 41]], [[A|35297 Lahnfels]], Wohnung [[N|3. OG rechts]]

Sehr geehrter Herr [[P|Brodowski]],

bei der Ortsbesichtigung am 21.10.2025 wurden in der oben genannten Wohnung folgende Mängel festgestellt:
1. Feuchtigkeits- und Schimmelschäden an der Außenwand eines Wohnraums (ca. 3 m²),
2. defekter Heizkörper im Badezimmer,
3. Verunreinigung des Lüftungsschachts der Küche,
4. ein als Schlafraum vermieteter Raum ohne Fenster (ca. 9 m²).

Wir beabsichtigen, Ihnen nach dem Hessischen Wohnungsaufsichtsgesetz die Beseitigung der Mängel bis zum 30.11.2025 aufzugeben und für den Fall der Nichterfüllung ein Zwangsgeld von 2.500,00 EUR anzudrohen. Sie erhalten Gelegenheit, sich bis zum 18.11.2025 zu äußern.

Außerdem wurde festgestellt, dass Ihr Fahrzeug mit dem Kennzeichen [[KFZ|MR-WB 1712]] regelmäßig in der Feuerwehrzufahrt im Hof abgestellt wird; wir haben dies an die Straßenverkehrsbehörde weitergegeben.

Mit freundlichen Grüßen
Im Auftrag
[[P|Jörg Schäfer-Lindner]]
""")

# ---------------------------------------------------------------- F46-015 property manager's reply with letterhead
doc("word", "hausverwaltung_antwort", [], f"""
Hausverwaltung [[P|Ilić]] · Inh. [[P|Dragana Ilić]] · [[A|Universitätsstraße 7]] · [[A|35297 Lahnfels]]

Magistrat der Stadt Lahnfels
Fachdienst Wohnungsaufsicht
z. Hd. Herrn [[P|Schäfer-Lindner]]
[[N|Am Markt 1]]
[[N|35297 Lahnfels]]

Ihr Zeichen: [[AZ|WA-63.2/0417-2025]]
Lahnfels, 18.11.2025

Objekt [[A|Weidenhäuser Straße 41]], [[N|3. OG rechts]] – Ihr Schreiben vom 04.11.2025

Sehr geehrter Herr [[P|Schäfer-Lindner]],

wir zeigen an, dass wir Herrn [[P|Brodowski]] in dieser Angelegenheit vertreten; eine Vollmacht liegt bei.

Die Firma Heizungsbau [[P|Winter]] e.K. hat den Heizkörper im Bad am 12.11.2025 ausgetauscht (Rechnung Nr. 2025-1187 über 486,50 EUR), damit die Mieter im Winter nicht frieren. Mit der Schimmelsanierung ist der Malerbetrieb [[P|Koç]] beauftragt, Beginn 24.11.2025. Der fensterlose Raum wird ab 01.12.2025 nicht mehr als Schlafraum vermietet; der Mieter übernimmt ein frei werdendes Zimmer. Der Lüftungsschacht wurde gereinigt.

Wir bitten, von der Anordnung abzusehen.

Mit freundlichen Grüßen
[[P|Dragana Ilić]]

Telefon [[T|06453 918 40 22]] · [[E|d.ilic@hv-ilic.de]]
Steuernummer [[TNR|031 857 31046]] · USt-IdNr. [[VAT|{VAT_ILIC[:2]} {VAT_ILIC[2:5]} {VAT_ILIC[5:8]} {VAT_ILIC[8:]}]]
Volksbank Mittelhessen · IBAN [[IBAN|{IBAN_ILIC}]]
""")

# ---------------------------------------------------------------- F46-016 Personalbogen Aushilfe (RELIGION)
doc("word", "personalbogen", ["RELIGION"], f"""
Stadt Lahnfels – Personal- und Organisationsamt
Personalbogen für befristet Beschäftigte / Aushilfen

Personalnummer: [[N|0048213]]
Einsatzstelle: Bürgeramt, Servicepoint Rathaus
Beschäftigungsbeginn: 01.12.2025 (geringfügige Beschäftigung)

1. Persönliche Angaben
Familienname: [[P|Kovalenko]]
Vorname: [[P|Oleksandra]]
Geburtsname: [[P|Hnatyshyn]]
Geburtsdatum: [[DOB|19.08.1999]]
Geburtsort: Lwiw (Ukraine)
Staatsangehörigkeit: deutsch, ukrainisch
Anschrift: [[A|Liebigstraße 45]], [[A|35297 Lahnfels]]
Telefon: [[T|0176 2390 4417]]
E-Mail: [[E|o.kovalenko99@gmx.de]]
Personalausweis-Nr.: [[IDC|{IDC_KOVALENKO}]]

2. Steuer und Sozialversicherung
Steuer-Identifikationsnummer: [[TID|{spaced_tax_id(TAXID_KOVALENKO)}]]
Religionszugehörigkeit (Kirchensteuer): rk – römisch-katholisch (ukrainisch griechisch-katholische Gemeinde)
Rentenversicherungsnummer: [[SSN|{spaced_ssn(SSN_KOVALENKO)}]]
Krankenkasse: AOK Hessen, Krankenversichertennummer [[KV|{KV_KOVALENKO}]]
Studentin: ja (Matrikel-Nr. [[N|3402719]], Universität Lahnfels)

3. Bankverbindung
Kontoinhaberin: [[P|Oleksandra Kovalenko]]
IBAN: [[IBAN|{IBAN_KOVALENKO}]]

Lahnfels, 24.11.2025
Unterschrift: [[P|O. Kovalenko]]
""")

# ---------------------------------------------------------------- F46-017 Korean researcher and her wife (SEXUAL_ORIENTATION)
doc("outlook", "familiennachzug", ["SEXUAL_ORIENTATION"], f"""
Betreff: Familiennachzug meiner Ehefrau – welche Unterlagen?

Sehr geehrte Damen und Herren,

ich bin Postdoktorandin am Fachbereich Biologie (Aufenthaltserlaubnis nach § 18b AufenthG, Az. [[AZ|32.1-FO 2025/00731]]). Im September habe ich in Toronto meine langjährige Partnerin [[P|Lee Ha-eun]] geheiratet – in Korea können zwei Frauen leider nicht heiraten. Meine Frau möchte nun zu mir nach Lahnfels ziehen.

Ihre Daten:
Name: [[P|LEE Haeun]] (so im Pass)
geb. [[DOB|02.12.1993]] in Busan
Reisepass Nr. [[PASS|{PASS_LEE}]]

Meine Daten: [[P|KIM Seo-yeon]], geb. [[DOB|17.04.1991]], wohnhaft [[A|Am Schlag 3]], [[A|35297 Lahnfels]].

Muss die kanadische Heiratsurkunde übersetzt oder mit Apostille versehen werden? Und braucht meine Frau einen Deutschnachweis A1?

Mit freundlichen Grüßen
[[P|Seo-yeon Kim]]
[[T|+49 157 8812 0036]]
[[E|seoyeon.kim@bio.uni-lahnfels.de]]
""")

# ---------------------------------------------------------------- F46-018 fingerprint capture failed (BIOMETRIC)
doc("word", "eat_biometrie_vermerk", ["BIOMETRIC"], f"""
Vermerk – Erfassung der biometrischen Merkmale für den elektronischen Aufenthaltstitel

Az.: [[AZ|32.1-AE 2025/05102]]
Antragstellerin: [[P|Nguyễn Thị Thu Hà]], geb. [[DOB|30.01.2001]], vietnamesische Staatsangehörigkeit
Reisepass: [[PASS|{PASS_NGUYEN}]]
Wohnhaft: [[A|Rudolf-Bultmann-Straße 2]], [[N|Wohnheim Zi. 118]], [[A|35299 Lahnfels]]

Bei der Vorsprache am 19.11.2025 konnten die Fingerabdrücke beider Zeigefinger nicht in ausreichender Qualität erfasst werden (NFIQ-Wert 5 bei allen Versuchen). Ersatzweise wurden der linke Mittelfinger und der rechte Ringfinger erfasst. Der Abgleich des im Rathaus aufgenommenen Lichtbilds mit dem Passbild ergab eine Übereinstimmung (Score 0,93). Frau [[P|Nguyễn]] gab an, die Fingerkuppen seien durch ihre Aushilfstätigkeit in einer Großküche stark abgenutzt.

Sprachmittlung: [[P|Phạm Thị Mai]] (Sprachmittlerpool, Tel. [[T|0151 4466 2019]])
Sachbearbeitung: [[P|Lukas Ferreira-Haas]]
""")

# ---------------------------------------------------------------- F46-019 lost ID card, forwarded
doc("outlook", "ausweis_verlust", [], f"""
Betreff: WG: Personalausweis verloren – Sperrung?

Hi [[P|Petra]],

der Herr war heute früh bei mir am Schalter 4, ich hab die Verlustanzeige aufgenommen und den Ausweis sperren lassen. Kannst du bitte noch prüfen, ob sein Reisepass gültig ist? Er fliegt am 12.12. nach Izmir. Hab ihm gesagt, du meldest dich.

LG [[P|Dennis]]

-----Ursprüngliche Nachricht-----
Von: [[P|Yıldız, Emre]] <[[E|emre.yildiz@web.de]]>
Gesendet: Dienstag, 25. November 2025 07:58
An: [[N|buergeramt@lahnfels.de]]
Betreff: Personalausweis verloren – Sperrung?

Guten Morgen,

ich hab am Wochenende in der Oberstadt meinen Geldbeutel verloren, da war mein Perso drin (Nr. [[IDC|{IDC_YILDIZ}]]) und die EC-Karte. Die Karte ist schon gesperrt. Muss ich den Ausweis bei Ihnen sperren lassen oder bei der Polizei?

Meine Daten: [[P|Emre Yıldız]], geb. [[DOB|04.06.1996]], [[A|Am Krekel 29]], [[A|35299 Lahnfels]]. Reisepass hab ich noch ([[PASS|{PASS_YILDIZ}]]), der müsste bis 2027 gehen.

Danke!
[[P|Emre]]
[[T|0157 8204 3316]]
""")

# ---------------------------------------------------------------- F46-020 appointment list (table)
doc("word", "terminliste", [], f"""
Ausländerbehörde Lahnfels – Terminliste Team Studium & Forschung
Donnerstag, 27.11.2025 – Raum 2.14

Uhrzeit\tName, Vorname\tAz.\tAnliegen\tBemerkung
08:30\t[[P|WANG, Haoran]]\t[[AZ|32.1-AE 2025/04390]]\tVerlängerung § 16b\tPass läuft 03/2026 ab
08:50\t[[P|KARTHIKEYAN]] (FNU)\t[[AZ|32.1-AE 2025/04817]]\tAbholung eAT\tGebühr bezahlt
09:10\t[[P|Hosseini, Mohammad-Reza]]\t[[AZ|32.1-BK 2025/01033]]\tBlaue Karte EU § 18g\tArbeitsvertrag fehlt
09:30\t[[P|Ferreira de Souza, Ana Carolina]]\t[[AZ|32.1-AE 2025/03871]]\tFiktionsbescheinigung\t–
09:50\t[[P|Ortega Ruiz, Pablo]]\t[[AZ|32.1-VE 2025/00688]]\tVerpflichtungserklärung für Mutter [[P|Carmen Ruiz Blanco]]\tBonität prüfen
10:10\t[[P|Al-Khatib, Rania]]\t[[AZ|32.1-NE 2025/00127]]\tNiederlassungserlaubnis § 18c\t–

Hinweis: Kurs-Nr. 25-INT-114 (Einbürgerungstest) am 04.12.2025 ist ausgebucht.
""")

# ---------------------------------------------------------------- F46-021 resident parking, Italian student
doc("outlook", "bewohnerparken", [], f"""
Betreff: Bewohnerparkausweis Zone C (Oberstadt)

Buongiorno, guten Tag,

ich wohne seit Oktober in der [[A|Barfüßerstraße 19]] und möchte einen Bewohnerparkausweis beantragen. Mein Auto hat noch ein italienisches Kennzeichen ([[KFZ|FG 418 TR]]), ich bin aber mit Hauptwohnsitz hier gemeldet. Geht das trotzdem? Der Wagen ist auf meinen Vater [[P|Salvatore Esposito]] zugelassen.

Außerdem hat meine Mitbewohnerin [[P|Hanna Lüttgenau]] ein Auto ([[KFZ|LDK-HL 93]]). Bekommen wir zwei Ausweise für dieselbe Wohnung? Auf der Webseite steht etwas von höchstens einem pro Person.

Grazie mille e saluti
[[P|Francesca Esposito]]
[[T|+39 347 552 1980]] (noch italienische Nummer)
""")

# ---------------------------------------------------------------- F46-022 Verpflichtungserklärung, card number in mail
doc("outlook", "verpflichtungserklaerung", [], f"""
Betreff: Re: Verpflichtungserklärung für meine Mutter – Zahlung hat nicht geklappt

Sehr geehrte Frau [[P|Haddad]],

sorry für mein Deutsch. Ich habe versucht, die Gebühr (29 EUR) im Online-Portal zu bezahlen, aber die Kreditkarte wurde abgelehnt. Vielleicht können Sie es manuell buchen: Visa [[CC|{group(CC_OLIVEIRA, 4)}]], gültig bis 08/27, Karteninhaber [[P|RAFAEL A OLIVEIRA]].

Die Daten meiner Mutter:
[[P|Maria Aparecida de Oliveira Santos]]
Data de nascimento / Geburtsdatum: [[DOB|09/11/1961]]
Passaporte: [[PASS|{PASS_MARIA}]]
[[A|Rua Padre Anchieta, 1142]], [[N|apto 503]]
[[A|80410-030 Curitiba]] (PR), Brasilien

Sie besucht uns vom 15.01. bis 10.04.2026.

Abraços / viele Grüße
[[P|Rafael Oliveira]]
[[T|0152 0317 6624]]

Am Mo., 24. Nov. 2025 um 14:05 schrieb Ausländerbehörde Lahnfels <[[N|auslaenderbehoerde@lahnfels.de]]>:
> Sehr geehrter Herr [[P|Oliveira]],
> für die Abgabe der Verpflichtungserklärung bezahlen Sie bitte vorab die Gebühr von 29,00 EUR im Online-Portal und bringen Sie Gehaltsnachweise der letzten drei Monate mit.
> Mit freundlichen Grüßen
> [[P|Nadia Haddad]]
""")

# ---------------------------------------------------------------- F46-023 Fiktionsbescheinigung, illness (HEALTH)
doc("word", "fiktionsbescheinigung", ["HEALTH"], f"""
{HEAD_ABH}

Frau
[[P|R. Lakshmi]]
[[A|Am Richtsberg 88]], [[N|App. 1207]]
[[A|35299 Lahnfels]]

Az.: [[AZ|32.1-AE 2024/02266]]
Datum: 21.11.2025

Ihr Antrag auf Verlängerung der Aufenthaltserlaubnis nach § 16b AufenthG
hier: Fiktionsbescheinigung nach § 81 Abs. 4 AufenthG

Sehr geehrte Frau [[P|Lakshmi]],

Ihr Antrag vom 10.11.2025 ist fristgerecht eingegangen. Bis zur Entscheidung gilt Ihr bisheriger Aufenthaltstitel als fortbestehend; die beigefügte Fiktionsbescheinigung gilt bis zum 20.02.2026.

Die Überschreitung der Regelstudienzeit begründen Sie mit einer Erkrankung. Nach dem Attest von [[P|Dr. med. Friederike Olschewski]] (Fachärztin für Psychiatrie und Psychotherapie) vom 03.11.2025 befinden Sie sich seit März 2025 wegen einer mittelgradigen depressiven Episode in Behandlung und konnten im Sommersemester keine Prüfungen ablegen. Für die Entscheidung benötigen wir noch:
– eine Stellungnahme der Studienfachberatung zum voraussichtlichen Abschluss,
– den Nachweis der Krankenversicherung über den 31.12.2025 hinaus (Techniker Krankenkasse, Versichertennummer [[KV|{KV_LAKSHMI}]]),
– eine Kopie Ihres Reisepasses Nr. [[PASS|{PASS_LAKSHMI}]] mit allen Visa-Seiten,
– den Finanzierungsnachweis (Sperrkonto, 992 EUR monatlich).

Bitte reichen Sie die Unterlagen bis zum 09.01.2026 ein. Sie können sie per Post, über das Online-Serviceportal der Stadt Lahnfels oder persönlich während der Sprechzeiten (Montag, Dienstag und Donnerstag 8:00–12:00 Uhr, Donnerstag zusätzlich 14:00–17:30 Uhr) einreichen. Geben Sie dabei bitte stets das oben genannte Aktenzeichen an.

Zur Rechtslage weisen wir auf Folgendes hin: Nach § 16b Abs. 2 Satz 4 AufenthG wird die Aufenthaltserlaubnis zum Zweck des Studiums verlängert, wenn der Aufenthaltszweck noch nicht erreicht ist und in einem angemessenen Zeitraum noch erreicht werden kann. Zur Beurteilung ist die durchschnittliche Studiendauer an der betreffenden Hochschule in dem jeweiligen Studiengang zu berücksichtigen; Verzögerungen aus Gründen, die der Studierende nicht zu vertreten hat, insbesondere Krankheit, werden bei der Beurteilung angemessen berücksichtigt. Nach Nr. 16.1.1.6.2 der Allgemeinen Verwaltungsvorschrift ist ein angemessener Zeitraum in der Regel nicht überschritten, wenn die Gesamtaufenthaltsdauer zehn Jahre nicht übersteigt.

Die Sicherung des Lebensunterhalts ist nach § 2 Abs. 3 Satz 5 AufenthG nachgewiesen, wenn monatlich mindestens der Betrag zur Verfügung steht, der dem BAföG-Höchstsatz entspricht (derzeit 992 EUR). Einkünfte aus einer erlaubten Beschäftigung werden berücksichtigt, wenn Sie entsprechende Gehaltsnachweise der letzten sechs Monate vorlegen. Eine Verpflichtungserklärung nach § 68 AufenthG ist ebenfalls möglich.

Die Fiktionsbescheinigung berechtigt Sie, wie bisher eine Beschäftigung im Umfang von 140 ganzen oder 280 halben Tagen im Jahr auszuüben. Reisen in andere Schengen-Staaten sind mit der Fiktionsbescheinigung nach § 81 Abs. 4 AufenthG in Verbindung mit Ihrem Reisepass möglich; für die Wiedereinreise aus Staaten außerhalb des Schengen-Raums kann es jedoch zu Schwierigkeiten kommen. Wir empfehlen daher, bis zur Entscheidung auf Reisen nach Indien zu verzichten.

Die Gebühr für die Verlängerung (93,00 EUR) und für die Fiktionsbescheinigung (13,00 EUR) wird mit der Entscheidung festgesetzt. Ihre Gesundheitsdaten verarbeiten wir ausschließlich zur Prüfung Ihres Antrags (Art. 9 Abs. 2 lit. g DSGVO i. V. m. § 86 AufenthG); das Attest wird nach Abschluss des Verfahrens aus der Akte entfernt, soweit es nicht mehr benötigt wird.

Da Ihr Reisepass keinen Familiennamen ausweist, wird Ihr Name im Aufenthaltstitel weiterhin als „[[P|LAKSHMI]]" geführt (geb. [[DOB|14.07.1998]]); die Initiale „R." steht nach Ihren Angaben für den Namen Ihres Vaters, [[P|Ramachandran]].

Rechtsbehelfsbelehrung: Gegen die Entscheidung über Ihren Antrag wird Ihnen gesondert ein Bescheid mit Rechtsbehelfsbelehrung zugestellt. Dieses Schreiben ist kein Verwaltungsakt.

Mit freundlichen Grüßen
Im Auftrag
[[P|Aylin Demirtaş-Keller]]
Durchwahl [[T|06453 708-327]]
""")

# ---------------------------------------------------------------- F46-024 professor books guest apartment (English, Amex)
doc("outlook", "gaestehaus_en", [], f"""
Subject: Guest apartment for Prof. [[P|Mukherjee]], Jan/Feb 2026

Dear Ms [[P|Brenner]],

our guest, Prof. [[P|Anindita Mukherjee]] from IISc Bangalore, will stay in the Studentenwerk guest house from 9 January to 28 February 2026 (booking no. GH-2026-0142). Please charge the rent (2 x 690 EUR) to my private American Express card [[CC|{amex(CC_HENNIG)}]], exp. 05/28 – the institute will reimburse me. For the registration form: Indian passport [[PASS|{PASS_MUKHERJEE}]], date of birth [[DOB|23 February 1979]].

Does she have to register at the Bürgeramt for a stay of seven weeks?

With kind regards,
[[P|Tobias Hennig]]

--
Univ.-Prof. [[P|Dr. med. Dr. rer. nat. Tobias Hennig]]
Director, Institute of Physiology
Universität Lahnfels | [[N|Deutschhausstraße 1-2]] | [[N|35297 Lahnfels]]
Phone [[T|+49 6453 29-66201]] | Mobile [[T|+49 171 553 0912]]
[[E|hennig@staff.uni-lahnfels.de]]
""")

# ---------------------------------------------------------------- F46-025 BEM protocol (HEALTH, UNION)
doc("word", "bem_protokoll", ["HEALTH", "UNION"], f"""
Protokoll – Gespräch im Rahmen des Betrieblichen Eingliederungsmanagements (BEM)
Vertraulich – nur für die BEM-Akte

Datum: 12.11.2025, 10:00–11:15 Uhr, Raum 1.22
Beschäftigte: [[P|Marina Vuković]], Bürgeramt (Melde- und Passwesen), Personalnummer [[N|0031145]]
Teilnehmende: [[P|Gerd Hüsken]] (BEM-Beauftragter), [[P|Hatice Doğan]] (Personalrat), [[P|Ulrich Koch]] (ver.di, Vertrauensperson)

1. Frau [[P|Vuković]] war seit April 2025 an 58 Arbeitstagen arbeitsunfähig. Sie berichtet von einem Bandscheibenvorfall (L4/L5), der im Juli operiert wurde; längeres Sitzen am Schalter verursacht weiterhin Schmerzen.
2. Frau [[P|Vuković]] ist Mitglied der Gewerkschaft ver.di und hat auf eigenen Wunsch Herrn [[P|Koch]] als Vertrauensperson hinzugezogen.
3. Vereinbart: höhenverstellbarer Schreibtisch, stufenweise Wiedereingliederung ab 01.12.2025 nach dem Plan der behandelnden Ärztin [[P|Dr. Svetlana Morozova]], Schalterdienst vorerst nur vormittags.
4. Nächstes Gespräch am 15.01.2026. Erreichbarkeit bis dahin privat unter [[T|0162 7719 034]].

Protokoll: [[P|Gerd Hüsken]]
""")

# ---------------------------------------------------------------- F46-026 transliteration of a Ukrainian name
doc("outlook", "namensschreibweise", [], f"""
Betreff: Schreibweise meines Namens in der Meldebescheinigung

Sehr geehrte Damen und Herren,

in meiner Meldebescheinigung steht mein Name als „[[P|Natalija Schewtschenko]]", in meinem ukrainischen Reisepass aber „[[P|Nataliia Shevchenko]]" (Pass-Nr. [[PASS|{PASS_SHEVCHENKO}]]). Deshalb will die Bank mein Konto nicht eröffnen. Bei meiner Tochter ist es genauso, sie steht als „[[P|Sofija]]" im Register und als „[[P|Sofiia]]" im Pass. Können Sie das ändern? Ein neues biometrisches Passfoto habe ich schon machen lassen, falls nötig.

Meine Daten: geb. [[DOB|03.03.1988]] in Charkiw, wohnhaft [[A|Wilhelm-Roser-Straße 61]], [[A|35297 Lahnfels]] bei Familie [[P|Hellwig]]. Meine Tochter ist am [[DOB|11.06.2015]] geboren.
Dienstags und donnerstags habe ich Deutschkurs an der VHS (Kurs-Nr. 25-B1-207), sonst bin ich unter [[T|0049 1512 6603 471]] erreichbar.

Mit freundlichen Grüßen
[[P|Nataliia Shevchenko]]
""")

# ---------------------------------------------------------------- F46-027 attic conversion, joint inspection
doc("word", "wohnungsaufsicht_dachgeschoss", [], f"""
Vermerk – gemeinsame Begehung Wohnungsaufsicht / Bauaufsicht

Az.: [[AZ|WA-63.2/0502-2025]]
Objekt: [[A|Am Grün 44]], [[A|35297 Lahnfels]] (Flur 12, Flurstück 88/3), Geltungsbereich des Bebauungsplans Nr. 17 „Lahnvorstadt"
Eigentümerin: [[P|Gisela Ahrens-Küpper]], [[A|Goethestraße 5]], [[A|61231 Bad Nauheim]]

Feststellungen:
Im Dachgeschoss wurden ohne Baugenehmigung vier Zimmer eingebaut, die an Studierende vermietet werden. Angetroffen wurden [[P|Yusuf Demir]], [[P|Ahmad Al-Rashid]] und [[P|Bartosz Zieliński]]; ein vierter Mieter („[[P|Tomek]]", Nachname unbekannt) war nicht anwesend. Ein zweiter Rettungsweg fehlt. Herr [[P|Zieliński]] zahlt für sein Zimmer (7,5 m²) 420 EUR warm; der Mietvertrag mit Frau [[P|Ahrens-Küpper]] liegt vor.

Im Erdgeschoss befindet sich eine Pizzeria; der Koch gab an, dass die Abluft über den Dachboden geführt wird. Der Bäcker im Nachbarhaus hat sich bereits im Sommer über Geruch im Treppenhaus beschwert. Die Gasse hinter dem Haus (Zwischenhausen) ist für Feuerwehrfahrzeuge nicht befahrbar.

Die Eigentümerin sagte telefonisch zu, die Zimmer bis zur Klärung nicht neu zu vermieten.

Weiteres: Nutzungsuntersagung für das Dachgeschoss nach § 82 HBO prüfen, Anhörung vorbereiten.

Lahnfels, 26.11.2025
[[P|Schäfer-Lindner]] / [[P|M. Vogel]]
""")

# ---------------------------------------------------------------- F46-028 very short landlord mail
doc("outlook", "wohnungsgeberbestaetigung", [], f"""
Betreff: Wohnungsgeberbestätigung [[P|Ngo Van Long]]

Sehr geehrte Frau [[P|Kaczmarek]],
anbei die unterschriebene Wohnungsgeberbestätigung für Herrn [[P|Ngô Văn Long]] (Einzug 01.11.2025, Zimmer 2 meiner Wohnung [[A|Schwanallee 27a]]). Rückfragen gern unter [[T|0170 2294 518]].
Gruß [[P|H. Winter]]
""")

# ---------------------------------------------------------------- F46-029 Blue Card thread (English)
doc("outlook", "blaue_karte_en", [], f"""
Subject: RE: Blue Card – documents missing (Az. [[AZ|32.1-BK 2025/00954]])

Dear Ms [[P|Haddad]],

thank you for the quick reply. Here are the missing details:
– pension insurance number (Rentenversicherungsnummer): [[SSN|{SSN_MEHTA}]]
– tax ID (Steuer-ID): [[TID|{TAXID_MEHTA}]]
– new passport no. [[PASS|{PASS_MEHTA_NEW}]] (the old one was cancelled by the consulate)
– DOB [[DOB|30/09/1992]]
The employment contract (TV-L E 13, 100 %, until 31 Dec 2028) is attached. I still live at [[A|Zeppelinstraße 14]], [[A|35299 Lahnfels]].

Best regards,
[[P|Rohan Mehta]]
Junior Research Group Leader, Dept. of Mathematics & Computer Science
[[T|+49 1520 448 1973]]

-----Original Message-----
From: [[P|Haddad, Nadia]] <[[E|nadia.haddad@lahnfels.de]]>
Sent: Friday, November 21, 2025 11:20 AM
To: [[P|Mehta, Rohan]]
Cc: [[N|personal@uni-lahnfels.de]]
Subject: Blue Card – documents missing (Az. [[AZ|32.1-BK 2025/00954]])

Dear Mr [[P|Mehta]],

for your EU Blue Card (§ 18g AufenthG) we still need your pension insurance number, your tax ID and a copy of your valid passport. The salary threshold for 2025 is 48,300 EUR gross per year.

Kind regards
[[P|Nadia Haddad]]
Ausländerbehörde der Stadt Lahnfels, phone [[T|+49 6453 708-336]]
""")

# ---------------------------------------------------------------- F46-030 Zweitwohnungsteuer declaration form, Austrian student
doc("word", "zweitwohnungsteuer_erklaerung", [], f"""
Stadt Lahnfels – Steueramt
Erklärung zur Zweitwohnungsteuer

Kassenzeichen (falls bekannt): [[AZ|7.2025.118977]]

1. Steuerpflichtige Person
Name, Vorname: [[P|Hinterberger, Lukas Maximilian]]
Geburtsdatum: [[DOB|21.05.2003]]
Hauptwohnung: [[A|Annenstraße 32]], [[N|Top 5]], [[A|8020 Graz]], Österreich
Nebenwohnung in Lahnfels: [[A|Am Plan 3]], [[N|Dachgeschoss]], [[A|35297 Lahnfels]]
Telefon: [[T|+43 664 2817 903]]
E-Mail: [[E|lukas.hinterberger@students.uni-lahnfels.de]]

2. Angaben zur Nebenwohnung
Wohnfläche: 24 m² · Nettokaltmiete monatlich: 310,00 EUR · Einzug: 01.10.2025
Vermieter: privat (Mietvertrag liegt bei)

3. Befreiung
[ ] verheiratet / eingetragene Lebenspartnerschaft, Hauptwohnung des Ehegatten
[x] keine Befreiung (Student, Hauptwohnung bei den Eltern)

4. SEPA-Lastschriftmandat
Ich ermächtige die Stadt Lahnfels (Gläubiger-ID {CREDITOR_ID}), die Zweitwohnungsteuer von meinem Konto einzuziehen.
Kontoinhaberin: [[P|Elisabeth Hinterberger]] (Mutter)
IBAN: [[IBAN|{IBAN_AT}]]
BIC: STSPAT2GXXX

Graz, 28.11.2025
Unterschrift: [[P|Lukas Hinterberger]]
""")


# ---------------------------------------------------------------- build and write
def main():
    assert len(DOCS) == 30, len(DOCS)
    lines = []
    for n, (channel, template, flags, marked) in enumerate(DOCS, 1):
        lines.append(build(f"F46-{n:03d}", channel, template, marked, flags))
    out = os.path.join(HERE, "fresh46.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for rec in lines:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    total = sum(len(r["entities"]) for r in lines)
    print(f"{out}: {len(lines)} documents, {total} entities")


if __name__ == "__main__":
    main()
