#!/usr/bin/env python3
"""Batch 33: a held-out set for the German PII detector, written blind.

Setting: the invented Baden-Württemberg university city Stadt Neckarhalde, its Bürgerbüro and Ausländerbehörde
dealing with international students and researchers (India, China, Brazil, Nigeria, Iran, Egypt, USA).
Writes fresh33.jsonl (dev.jsonl format) next to this file.
"""
import sys

sys.dont_write_bytecode = True

import collections  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402

CORPUS = "/work/main/tests/KiOfficeAddin.Guardrails.Tests/Pii/Corpus"
sys.path.insert(0, CORPUS)

from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban, mod11_10_check, luhn_check  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ids = Identifiers(3333033)
rng = ids.rng


# ---------------------------------------------------------------- identifiers
def letters(pool, n):
    return "".join(rng.choice(pool) for _ in range(n))


def pass_in():   # Indian passport: one letter, seven digits
    return letters("JKLMNPRSTUVWZ", 1) + ids.digits(7, True)


def pass_cn():   # Chinese e-passport: E + eight digits
    return "E" + ids.digits(8, True)


def pass_ng():   # Nigerian passport: A/B + eight digits
    return letters("AB", 1) + ids.digits(8, True)


def pass_ir():   # Iranian passport: letter + eight digits
    return letters("KLPTU", 1) + ids.digits(8, True)


def pass_eg():   # Egyptian passport: A + eight digits
    return "A" + ids.digits(8, True)


def pass_br():   # Brazilian passport: two letters + six digits
    return letters("FGHY", 1) + letters("ABCDEFGHJKLMNPRSTUVWXYZ", 1) + ids.digits(6, True)


def pass_us_old():  # US passport book, nine digits
    return ids.digits(9, True)


def pass_us_new():  # US passport since 2021: letter + eight digits
    return "A" + ids.digits(8, True)


def iban_nl(bank):
    while True:  # Dutch account numbers pass the elfproef
        acct = ids.digits(10)
        if acct[0] != "0" and sum(int(d) * (10 - i) for i, d in enumerate(acct)) % 11 == 0:
            return mod97_iban("NL", bank + acct)


def iban_be_wise():
    acct = "967" + ids.digits(7)
    nat = int(acct) % 97 or 97
    return mod97_iban("BE", f"{acct}{nat:02d}")


def ssn_fmt(s):
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"


def taxid_fmt(t):
    return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"


def card_fmt(c):
    if len(c) == 15:
        return f"{c[:4]} {c[4:10]} {c[10:]}"
    return group(c, 4)


def bw_stnr():  # Baden-Württemberg layout FFBBB/UUUUP (layout only)
    return f"{rng.choice(['86', '88', '89', '91', '99'])}{ids.digits(3)}/{ids.digits(5)}"


# persons who recur across documents keep their identifiers
P_GUMMADI = pass_in()
P_ZHANG = pass_cn()
NL_SOUZA = iban_nl("BUNQ")
KV_LIU = ids.health_insurance()
IDC_HAUSSMANN = ids.id_card()
STNR_HAUSSMANN = bw_stnr()
VAT_HAUSSMANN = ids.vat_id()
P_ELSAYED = pass_eg()
IBAN_REZAEI = ids.iban_de()
IBAN_MEHTA = ids.iban_de()
P_MEHTA = pass_in()
P_OKONKWO = pass_ng()
KV_ADEBAYO = ids.health_insurance()
KV_THOMPSON = f"PV-{ids.digits(3)}.{ids.digits(6)}"   # private policy number, no public check digit
P_MARTINEZ = pass_us_old()
P_THOMPSON = pass_us_new()
P_ABDELAZIZ = pass_eg()
P_AYOMIDE = pass_ng()
CITY_IBAN = ids.iban_de()
P_HOSSEINI = pass_ir()
SSN_LIMA = ids.social_security("080293", "N")
TID_LIMA = ids.tax_id()
AT_LIMA = ids.iban("AT", 16)
P_GILL = pass_in()
UP_CHEN = ids.credit_card("6212", 16)
P_WANG = pass_cn()
EAT_WANG = ids.id_card(check_digit=True)
SSN_WANG = ids.social_security("030390", "W")
TID_WANG = ids.tax_id()
KV_WANG = ids.health_insurance()
VISA_IYER = ids.credit_card("4", 16)
BE_IYER = iban_be_wise()
P_RAMESH = pass_in()
P_LAKSHMI = pass_in()
AMEX_MILLER = ids.credit_card("37", 15)
IBAN_KARIMI = ids.iban_de()
STNR_KARIMI = bw_stnr()
VAT_KARIMI = ids.vat_id()
TID_KOWALSKI = ids.tax_id()
SSN_US_KOWALSKI = f"{rng.randint(101, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
IDC_SCHAEFER = ids.id_card()
P_NWOSU = pass_ng()
PP_FERREIRA = ids.passport(check_digit=True)
P_ANTONIO = pass_br()
KV_SUBRAMANIAN = ids.health_insurance()

DOCS = []


def doc(channel, template, marked, flags=()):
    n = len(DOCS) + 1
    DOCS.append(build(f"b33-{n:03d}", channel, template, marked.strip("\n"), list(flags)))


ABH_HEAD = "[[N|Kelternstraße 14]] · [[N|72138 Neckarhalde]]"

# ---------------------------------------------------------------- 001 outlook: Indian student, no appointment
doc("outlook", "termin_abh", f"""
Betreff: URGENT – no appointment available, my visa expires soon

Dear Sir/Madam,

i am writing you because i am trying since 3 weeks to book an appointment in the online system of the Auslanderbehörde but there is never any free slot, always "keine Termine verfügbar". My national D visa is valid only until 14.11.2025 and i am very worried that i will be illegal after that.

My details:
Name: [[P|Venkata Sai Krishna Reddy Gummadi]]
Date of birth: [[DOB|02/07/2001]]
Passport no.: [[PASS|{P_GUMMADI}]]
Matriculation no.: [[N|4418203]] (Universität Neckarhalde, M.Sc. Computational Linguistics)
Address: Studierendenwohnheim Morgenhalde, [[N|Zimmer 2.14]], [[A|Morgenhaldeweg 31]], [[A|72137 Neckarhalde]]

Blocked account and health insurance (TK) are already done, i have all documents printed.
Please can you give me any appointment, i can come at any time also early morning. My phone is [[T|+49 1521 7740 392]] (also WhatsApp) or my indian number [[T|+91 98480 22338]].

Thanking you in anticipation,
[[P|Sai Gummadi]]
([[P|Venkata Sai Krishna Reddy Gummadi]])
[[E|sai.gummadi@student.uni-neckarhalde.de]]
""")

# ---------------------------------------------------------------- 002 word: invitation letter to a Chinese student
doc("word", "einladung_vorsprache", f"""
Stadt Neckarhalde · Bürgeramt · Abteilung Ausländerangelegenheiten
{ABH_HEAD}

Herrn
[[P|ZHANG Haoran]]
[[A|Wilhelm-Hauff-Straße 22/1]]
[[A|72136 Neckarhalde]]

Unser Zeichen: [[AZ|33.21-2025-04187]]
Bearbeiterin: Frau [[P|Kowalczyk]]
Telefon: [[T|07127 931-4417]]
E-Mail: [[N|auslaenderbehoerde@neckarhalde.de]]
Datum: 29.09.2025

Einladung zur persönlichen Vorsprache – Verlängerung Ihrer Aufenthaltserlaubnis nach § 16b Abs. 1 AufenthG

Sehr geehrter Herr [[P|Zhang]],

Ihr Antrag vom 08.09.2025 auf Verlängerung Ihrer Aufenthaltserlaubnis ist bei uns eingegangen. Für die Vorsprache haben wir folgenden Termin für Sie reserviert:

Dienstag, 21.10.2025, 08:50 Uhr, Zimmer 1.07 (Erdgeschoss, Eingang Kelternstraße)
Terminnummer: T-2510-0947

Bitte bringen Sie folgende Unterlagen mit:
1. gültiger Reisepass (laut unserer Akte Nr. [[PASS|{P_ZHANG}]]) und ein aktuelles biometrisches Lichtbild (35 × 45 mm),
2. Immatrikulationsbescheinigung für das Wintersemester 2025/26,
3. Nachweis der Lebensunterhaltssicherung, z. B. Bestätigung eines Sperrkontos über mindestens 11.904,00 EUR für zwölf Monate,
4. Nachweis über einen ausreichenden Krankenversicherungsschutz,
5. Mietvertrag oder Wohnungsgeberbestätigung.

Die Gebühr beträgt 96,00 EUR und kann vor Ort mit Girocard oder Kreditkarte bezahlt werden.

Sollten Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte spätestens zwei Werktage vorher ab. Erscheinen Sie unentschuldigt nicht, wird nach Aktenlage entschieden (§ 82 Abs. 1 AufenthG).

Mit freundlichen Grüßen
Im Auftrag

[[P|Agnieszka Kowalczyk]]
""")

# ---------------------------------------------------------------- 003 outlook: Brazilian student, broken German, landlord
doc("outlook", "wohnsitzanmeldung", f"""
Betreff: Anmeldung - Vermieter gibt keine Wohnungsgeberbestätigung

Hallo liebe Bürgerbüro,

ich heiße [[P|Ana Carolina de Souza Oliveira]], ich komme aus Brasilien und mache seit September meine Master an der Uni. Entschuldigung für mein Deutsch, ich lerne noch (Kurs A2, Kursnummer 25H-2208 bei der VHS).

Ich wohne seit 01.09. in eine WG in der [[A|Gartenstraße 47]], [[N|3. OG]], [[A|72136 Neckarhalde]]. Mein Vermieter Herr [[P|Dieter Bäcker]] sagt, er hat keine Zeit für die Wohnungsgeberbestätigung und ich soll "einfach so" anmelden. Ich habe ihn schon 2 mal gefragt. Meine Mitbewohnerin [[P|Jule]] hat das gleiche Problem, sie ist aber Deutsche.

Ist es ein Problem für mich, wenn ich nicht in 2 Wochen anmelde? Ich brauche die Meldebescheinigung für die Ausländerbehörde und für die Bank. Mein Sperrkonto zahlt jeden Monat auf mein Konto bei bunq ([[IBAN|{group(NL_SOUZA, 4)}]]), aber die Sparkasse sagt, ohne Meldebescheinigung kein Girokonto.

Herr [[P|Bäcker]] wohnt nicht im Haus, seine Nummer ist [[T|0160 94 71 230]]. Vielleicht können Sie ihn anrufen? Er antwortet mir nur auf Whatsapp mit Daumen hoch :)

Vielen Dank!!
[[P|Ana Carolina]]

--
[[P|Ana Carolina de Souza Oliveira]]
[[T|+49 176 3820 5517]]
[[E|anacarol.souza@gmail.com]]
""")

# ---------------------------------------------------------------- 004 word: Wohnungsgeberbestätigung (form)
doc("word", "wohnungsgeberbestaetigung", """
Wohnungsgeberbestätigung nach § 19 Bundesmeldegesetz (BMG)

Angaben zum Wohnungsgeber
Name, Vorname: [[P|Vogel, Gisela]]
Anschrift: [[A|Uhlandstraße 14/1]], [[A|72136 Neckarhalde]]
Telefon (freiwillig): [[T|07127 46 21 93]]
Der Wohnungsgeber ist zugleich Eigentümer der Wohnung:   [x] ja   [ ] nein

Angaben zur Wohnung
Straße, Hausnummer, Zusatz: [[A|Uhlandstraße 14/1]], [[N|Dachgeschoss rechts]]
PLZ, Ort: [[A|72136 Neckarhalde]]
Art des Vorgangs:   [x] Einzug am 15.09.2025   [ ] Auszug am ______

Meldepflichtige Personen (Familienname, Vorname)
1. [[P|Rahimi, Alireza]]
2. [[P|Mohammadi, Sara]]

Ich bestätige mit meiner Unterschrift, dass die oben genannten Personen in die bezeichnete Wohnung eingezogen sind. Mir ist bekannt, dass es verboten ist, eine Wohnanschrift für eine Anmeldung einem Dritten anzubieten oder zur Verfügung zu stellen, obwohl ein tatsächlicher Bezug der Wohnung weder stattfindet noch beabsichtigt ist. Ein Verstoß kann mit einer Geldbuße bis zu 50.000 Euro geahndet werden (§ 54 Abs. 1 i. V. m. § 19 Abs. 6 BMG).

Neckarhalde, 16.09.2025

Unterschrift des Wohnungsgebers: [[P|G. Vogel]]

Vermerk Bürgerbüro: Anmeldung am 18.09.2025 vollzogen, Meldebescheinigungen ausgehändigt.
""")

# ---------------------------------------------------------------- 005 outlook: forwarded chain, Nigerian researcher
doc("outlook", "forschung_weiterleitung", f"""
Betreff: WG: Residence permit researcher – Dr. [[P|Okonkwo]] (Aufnahmevereinbarung)

Liebe Frau [[P|Kowalczyk]],

anbei leite ich Ihnen die Anfrage von Herrn Dr. [[P|Okonkwo]] weiter, der zum 01.11. als Postdoc am Institut für Materialwissenschaft anfängt. Die Aufnahmevereinbarung nach § 18d AufenthG liegt bei (unterschrieben von Prof. [[P|Dr. Hartmut Seidenspinner]]). Könnten Sie ihm einen zeitnahen Termin geben? Sein Visum läuft am 30.11.2025 aus.

Viele Grüße
[[P|Dr. Ioanna Papadopoulou]]
Welcome Centre für internationale Forschende
Universität Neckarhalde | [[N|Schlossberg 4]] | [[N|72138 Neckarhalde]]
Tel. [[T|07127 29-78514]]
[[E|ioanna.papadopoulou@uni-neckarhalde.de]]

-----Ursprüngliche Nachricht-----
Von: [[P|Chukwuemeka Okonkwo]] <[[E|chuks.okonkwo@yahoo.com]]>
Gesendet: Montag, 6. Oktober 2025 22:17
An: [[N|welcome@uni-neckarhalde.de]]
Betreff: Residence permit researcher

Good evening Dr. [[P|Papadopoulou]],

thank you for the warm welcome last week. As discussed, I am sending my data for the appointment with the foreigners' office:

Full name: [[P|Chukwuemeka Obinna Okonkwo]]
Date of birth: [[DOB|17 March 1989]]
Place of birth: Enugu, Nigeria
Passport number: [[PASS|{P_OKONKWO}]] (Federal Republic of Nigeria, valid until 2031)
Current address: c/o [[P|Dr. Stefan Ebinger]], [[A|Hölderlinweg 7]], [[A|72137 Neckarhalde]]

My wife [[P|Ngozi]] and our daughter [[P|Adaeze]] (born [[DOB|02.05.2021]]) will join me in January, so I would also like to ask which documents they need for the family visa.

Please call me [[P|Chuks]], everybody does :)

Best regards,
[[P|Chuks]]

[[P|Dr. Chukwuemeka O. Okonkwo]]
Mobile: [[T|+234 803 514 2276]]
""")

# ---------------------------------------------------------------- 006 word: Vermerk Bonitätsprüfung Verpflichtungserklärung
doc("word", "verpflichtungserklaerung", f"""
Vermerk – Prüfung der Bonität zur Verpflichtungserklärung nach §§ 66–68 AufenthG
Az.: [[AZ|33.24-VE-2025-0311]]

Verpflichtungsgeberin
Dipl.-Ing. [[P|Karin Haußmann-Ebert]], geb. [[DOB|12.06.1971]] in Reutlingen
Personalausweis-Nr.: [[IDC|{IDC_HAUSSMANN}]]
Anschrift: [[A|Im Wolfsgraben 9]], [[A|72138 Neckarhalde]]
Tätigkeit: selbständige Architektin, Büro [[P|Haußmann-Ebert]] Architektur
Steuernummer: [[TNR|{STNR_HAUSSMANN}]], USt-IdNr.: [[VAT|{VAT_HAUSSMANN}]]

Eingeladene Person
[[P|Mona Abdelrahman Hassan El-Sayed]], geb. [[DOB|28.01.1996]], ägyptische Staatsangehörige
Reisepass-Nr.: [[PASS|{P_ELSAYED}]]
Anschrift im Heimatland: [[A|14 El-Nasr Street]], [[A|11757 Kairo]]
Zweck und Dauer: Besuch (ehemalige Praktikantin im Büro), 01.12.2025 bis 28.02.2026

Geprüfte Nachweise
- Einkommensteuerbescheid 2024 vom 03.07.2025: zu versteuerndes Einkommen 86.420 EUR
- Kontoauszüge Juli bis September 2025, laufende Einnahmen aus dem Architekturbüro
- Mietbelastung 1.380 EUR monatlich, keine Unterhaltspflichten angegeben

Ergebnis: Bonität ausreichend. Die Verpflichtungserklärung wurde auf dem bundeseinheitlichen Vordruck Nr. [[N|VE 03417788]] abgegeben und von Frau [[P|Haußmann-Ebert]] eigenhändig unterschrieben. Gebühr 29,00 EUR bar bezahlt (Beleg 2025-10-0442).

Neckarhalde, 13.10.2025
[[P|Dimitrios Anagnostou]]
""")

# ---------------------------------------------------------------- 007 outlook: Iranian student, blocked account and sanctions
doc("outlook", "sperrkonto", f"""
Betreff: Sperrkonto Problem wegen Sanktionen – Bitte um Hilfe

Sehr geehrte Damen und Herren,

mein Name ist [[P|Fatemeh Rezaei]], ich studiere seit April 2024 Elektrotechnik an der Universität Neckarhalde. Meine Aufenthaltserlaubnis läuft am 31.12.2025 ab.

Das Problem: Wegen der Sanktionen kann meine Familie aus Teheran kein Geld mehr auf mein Sperrkonto überweisen. Die letzte Überweisung kam über einen Bekannten in Istanbul, aber die Bank hat das Geld nach drei Wochen zurückgebucht. Auf dem Sperrkonto (IBAN [[IBAN|{IBAN_REZAEI}]], Kundennummer [[AZ|7731 0592]]) sind nur noch 2.340 EUR.

Mein Onkel, Herr [[P|Mehdi Rezaei]], lebt seit 20 Jahren in Stuttgart und wäre bereit, eine Verpflichtungserklärung abzugeben. Er wohnt in der [[A|Böblinger Straße 212]], [[A|70199 Stuttgart]]. Geht das, obwohl er in Stuttgart wohnt, oder muss er dafür zur Ausländerbehörde Stuttgart? Ich arbeite außerdem als studentische Hilfskraft (40 Std./Monat, 13,98 EUR pro Stunde).

Mit freundlichen Grüßen
[[P|Fatemeh Rezaei]]
Matrikelnummer [[N|4302977]]
Tel. [[T|0157 3390 4821]]
""")

# ---------------------------------------------------------------- 008 word: blocked account confirmation
doc("word", "sperrkonto_bestaetigung", f"""
StudiSafe Treuhand GmbH · [[N|Friedrichstraße 71]] · [[N|10117 Berlin]]

Mr
[[P|Arjun Mehta]]
[[A|27 Fifth Main Road]]
[[A|Bengaluru 560038]]
INDIEN

Berlin, 18.09.2025

Bestätigung über die Einrichtung eines Sperrkontos / Confirmation of blocked account

Kundennummer: [[AZ|50211874]]
Kontoinhaber: [[P|Arjun Mehta]], geboren am [[DOB|09.11.2002]] in Pune, Indien
Reisepassnummer: [[PASS|{P_MEHTA}]]
IBAN des Sperrkontos: [[IBAN|{group(IBAN_MEHTA, 4)}]]
BIC: STSFDEB1XXX

Hiermit bestätigen wir, dass für die oben genannte Person ein Sperrkonto im Sinne der Allgemeinen Verwaltungsvorschrift zum Aufenthaltsgesetz eingerichtet wurde. Auf dem Konto ist am 16.09.2025 ein Betrag von 11.904,00 EUR eingegangen. Der Kontoinhaber kann nach Aktivierung in Deutschland monatlich höchstens 992,00 EUR verfügen. Die Auszahlung erfolgt auf ein Girokonto des Kontoinhabers bei einem Kreditinstitut im SEPA-Raum nach Vorlage einer Meldebescheinigung.

Diese Bestätigung wurde maschinell erstellt und ist ohne Unterschrift gültig. Dokument-ID: SSB-2025-0918-44721

StudiSafe Treuhand GmbH · Geschäftsführung: [[P|Jana Pohl]], [[P|Emre Aydın]] · HRB 201874 B, Amtsgericht Charlottenburg · [[N|service@studisafe.de]]
""")

# ---------------------------------------------------------------- 009 outlook: Chinese student, health insurance, quoted reply
doc("outlook", "krankenversicherung", f"""
Betreff: Re: Nachweis Krankenversicherung fehlt

hallo frau [[P|Kowalczyk]],

danke für Ihre mail. ich habe jetzt die Versicherung bei der TK gemacht, die Bescheinigung kommt per post. Meine Versicherungsnummer ist [[KV|{KV_LIU}]]. ist das genug oder brauchen Sie das Papier?
Before I had private insurance from China (Ping An), but you said it is not accepted for students.

Mit freundlichen grüßen
[[P|Liu Yuxuan]] ([[P|刘雨萱]])
Aktenzeichen [[AZ|33.21-2025-03652]]

> Am 02.10.2025 um 14:12 schrieb [[P|Agnieszka Kowalczyk]] <[[E|a.kowalczyk@neckarhalde.de]]>:
>
> Sehr geehrte Frau [[P|Liu]],
>
> für die Verlängerung Ihrer Aufenthaltserlaubnis fehlt noch ein Nachweis über eine in Deutschland anerkannte Krankenversicherung. Eine Reisekrankenversicherung aus dem Heimatland genügt für Studierende in der Regel nicht.
>
> Mit freundlichen Grüßen
> [[P|Agnieszka Kowalczyk]]
> Stadt Neckarhalde – Ausländerbehörde
> [[N|Kelternstraße 14]], [[N|72138 Neckarhalde]]
> Telefon [[N|07127 931-0]]
""")

# ---------------------------------------------------------------- 010 word: health insurer's certificate
doc("word", "kv_bescheinigung", f"""
BKK Neckarhalde · [[N|Postfach 11 40]] · [[N|72131 Neckarhalde]]

Frau
[[P|Oluwaseun Adebayo-Williams]]
[[A|Schaffhausenstraße 102]], [[N|Whg. 12]]
[[A|72137 Neckarhalde]]

Ihre Ansprechpartnerin: [[P|Marija Jovanović]]
Telefon: [[T|07127 388-215]]
E-Mail: [[E|marija.jovanovic@bkk-neckarhalde.de]]
Datum: 06.10.2025

Versicherungsbescheinigung zur Vorlage bei der Ausländerbehörde

Sehr geehrte Frau [[P|Adebayo-Williams]],

wir bestätigen, dass Sie seit dem 01.10.2025 bei uns als Studentin nach § 5 Abs. 1 Nr. 9 SGB V gesetzlich kranken- und pflegeversichert sind.

Name, Vorname: [[P|Adebayo-Williams, Oluwaseun Temitope]]
Geburtsdatum: [[DOB|23.04.2000]]
Krankenversichertennummer: [[KV|{KV_ADEBAYO}]]
Versicherungsbeginn: 01.10.2025
Beitrag: 142,86 EUR monatlich einschließlich Zusatzbeitrag, zuzüglich Pflegeversicherung 35,20 EUR

Der Versicherungsschutz umfasst sämtliche Leistungen der gesetzlichen Krankenversicherung und besteht ohne Leistungsausschlüsse. Diese Bescheinigung gilt bis auf Widerruf.

Mit freundlichen Grüßen
Ihre BKK Neckarhalde
""")

# ---------------------------------------------------------------- 011 outlook: US postdoc, same-sex spouse (SEXUAL_ORIENTATION)
doc("outlook", "familiennachzug", f"""
Betreff: Family reunification – my husband

Hello,

I'm an American postdoc at the Institute of Neurobiology since May; my residence permit is under § 18d AufenthG (Az. [[AZ|33.22-2025-01129]]). I would like to bring my husband, [[P|Daniel Martínez]], to Neckarhalde. We got married in Boston in 2019 – it's a same-sex marriage, so I want to make sure everything is recognized before he applies.

My questions:
1. Is our Massachusetts marriage recognized as an Ehe for § 30 AufenthG? The German consulate in New York told us to ask the Ausländerbehörde first.
2. Does he need German A1? As far as I understand, not for spouses of researchers.
3. He is covered by my private health insurance (family policy, policy no. [[KV|{KV_THOMPSON}]]). Is that sufficient?

His details: [[P|Daniel Alejandro Martínez]], born [[DOB|11/30/1986]] in San Antonio, TX, US passport [[PASS|{P_MARTINEZ}]].
Mine: [[P|Emily R. Thompson]], US passport [[PASS|{P_THOMPSON}]].

We would live together at my apartment, [[A|Zeppelinstraße 38]], [[A|72138 Neckarhalde]] ([[P|Dan]] is visiting right now on a Schengen stay until December).

Thanks so much!
[[P|Emily]]

[[P|Dr. Emily R. Thompson]]
Postdoctoral Researcher | Systems Neuroscience Lab
Universität Neckarhalde
[[E|emily.thompson@uni-neckarhalde.de]] | [[T|+49 7127 29-76632]]
""", ["SEXUAL_ORIENTATION"])

# ---------------------------------------------------------------- 012 word: appointment table
doc("word", "terminliste", """
Terminübersicht Ausländerbehörde – Dienstag, 21.10.2025 – Sachgebiet 33.2 (Studium, Forschung)
Zimmer 1.07 · Sachbearbeitung: [[P|A. Kowalczyk]] · Vertretung: [[P|Thanh Huong Pham]]

Zeit	Name, Vorname	Staatsang.	Geb.-Datum	Anliegen
08:30	[[P|Gummadi, Venkata Sai Krishna Reddy]]	indisch	[[DOB|02.07.2001]]	Erteilung § 16b, Visum bis 14.11.
09:10	[[P|da Silva Pereira, João Pedro]]	brasilianisch	[[DOB|30.08.1997]]	Erteilung § 16b, Sperrkonto unvollständig
09:40	[[P|Adeyemi, Funmilayo]]	nigerianisch	[[DOB|05.12.1988]]	Erteilung § 18d, Aufnahmevereinbarung liegt vor
10:10	[[P|Hosseini, Seyed Amir]]	iranisch	[[DOB|21.06.1992]]	Fiktionsbescheinigung § 81 Abs. 4
11:00	– Telefonsprechstunde [[N|07127 931-4400]] –
11:30	[[P|Miller, Jacob T.]]	US-amerikanisch	[[DOB|17.01.2001]]	Erteilung § 16b (Austauschprogramm)
12:00	[[P|Wang, Jing]]	chinesisch	[[DOB|03.03.1990]]	eAT-Ausgabe, PIN-Brief

Hinweise:
- Herr [[P|da Silva Pereira]] bringt seinen Bruder als Dolmetscher mit.
- Gebühren bitte vor Ort kassieren (EC-Terminal Zimmer 1.09).
""")

# ---------------------------------------------------------------- 013 outlook: three lines, sick (HEALTH)
doc("outlook", "terminabsage", """
Betreff: termin morgen

hi, i cant come tomorrow 10:30 for the fingerprints, i have high fever since sunday and the doctor wrote me sick till friday (AU is attached). can i get a new termin please?
[[P|rahul sharma]], az [[AZ|33.21-2025-04377]]
""", ["HEALTH"])

# ---------------------------------------------------------------- 014 word: Aktenvermerk identity check with fingerprints (BIOMETRIC)
doc("word", "vermerk_identitaet", f"""
Aktenvermerk

Az.: [[AZ|33.21-2025-03977]]
Betreff: Ausgabe des elektronischen Aufenthaltstitels – Identitätsprüfung bei Abholung

Am 14.10.2025 um 11:20 Uhr erschien zur Abholung des eAT eine männliche Person, die sich mit dem Reisepass von Herrn [[P|Omar Khaled Abdelaziz]] (geb. [[DOB|19.08.2000]], ägyptischer Reisepass Nr. [[PASS|{P_ABDELAZIZ}]]) auswies.

Bei der Verifikation am Ausgabeterminal stimmten die live erfassten Abdrücke des linken und rechten Zeigefingers nicht mit den auf dem Chip gespeicherten Fingerabdrücken überein (Vergleichswert in drei Versuchen unterhalb des Schwellenwerts). Auch der Gesichtsbildabgleich zwischen Livebild und gespeichertem Lichtbild ergab keine Übereinstimmung. Auf Nachfrage räumte die Person ein, der Bruder [[P|Karim Abdelaziz]] zu sein; er habe den Titel nur für [[P|Omar]] abholen wollen, der an diesem Tag eine Klausur schreibe.

Der eAT wurde nicht ausgehändigt. Herr [[P|Omar Abdelaziz]] wurde telefonisch unter [[T|+49 1578 2204 716]] informiert und erscheint am 16.10.2025 persönlich. Eine Abholung durch Dritte ist nur mit Vollmacht und ohne PIN-Rücksetzbrief möglich. Von einer Anzeige wird abgesehen.

Neckarhalde, 14.10.2025
[[P|Nikola Petrović]]
""", ["BIOMETRIC"])

# ---------------------------------------------------------------- 015 outlook: Nigerian researcher, DNA test for the child (GENETIC)
doc("outlook", "familiennachzug", f"""
Betreff: DNA test result for my son – Familiennachzug / Vorabzustimmung

Dear Mrs. [[P|Kowalczyk]],

I had my appointment with you on 21 October (Az. [[AZ|33.22-2025-01207]]). I am writing regarding the family reunification of my son.

The German Embassy in Lagos does not accept his Nigerian birth certificate and asked for a DNA test (Abstammungsgutachten). The result came today from the laboratory in Freiburg: the probability of maternity is 99.9999 %, the report was sent directly to the embassy. The embassy now says the Ausländerbehörde has to give the Vorabzustimmung.

My son's details:
[[P|Ayomide Oluwatobi Adeyemi]], born [[DOB|14 July 2018]] in Lagos
Nigerian passport [[PASS|{P_AYOMIDE}]]

My husband [[P|Babatunde]] stays in Lagos with [[P|Ayomide]] for now and will apply later.

Please let me know if you need anything else. I can also come by in person.

Kind regards,
[[P|Dr. Funmilayo Adeyemi]]
[[A|Ringstraße 5/2]], [[A|72139 Neckarhalde]]
[[T|0176 2913 4418]]
[[E|funmi.adeyemi@gmail.com]]
""", ["GENETIC"])

# ---------------------------------------------------------------- 016 word: fee notice to a Brazilian student
doc("word", "gebuehrenbescheid", f"""
Stadt Neckarhalde
Bürgeramt – Ausländerbehörde
{ABH_HEAD}

Stadt Neckarhalde · [[N|Postfach 10 02 61]] · [[N|72122 Neckarhalde]]

Herrn
[[P|João Pedro da Silva Pereira]]
[[A|Rosenauer Weg 18]]
[[A|72136 Neckarhalde]]

Aktenzeichen: [[AZ|33.21-2025-04519]]
Kassenzeichen: [[AZ|6.2025.310274]]
Datum: 24.10.2025

Gebührenbescheid

Sehr geehrter Herr [[P|da Silva Pereira]],

für die Erteilung Ihrer Aufenthaltserlaubnis nach § 16b Abs. 1 AufenthG am 21.10.2025 setze ich nach § 45 Nr. 1 AufenthV eine Gebühr in Höhe von 100,00 EUR fest. Ein Betrag wurde vor Ort nicht bezahlt, da das Kartenterminal gestört war.

Bitte überweisen Sie den Betrag bis zum 21.11.2025 unter Angabe des Kassenzeichens auf das Konto der Stadtkasse Neckarhalde:
Kreissparkasse Neckarhalde, IBAN [[N|{group(CITY_IBAN, 4)}]]

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift bei der Stadt Neckarhalde, Bürgeramt, [[N|Kelternstraße 14]], [[N|72138 Neckarhalde]] einzulegen.

Mit freundlichen Grüßen
Im Auftrag

[[P|Thanh Huong Pham]]
""")

# ---------------------------------------------------------------- 017 outlook: Iranian Kurdish researcher (POLITICS, ETHNICITY)
doc("outlook", "reiseausweis", f"""
Betreff: Passverlängerung nicht möglich – Reiseausweis für Ausländer?

Sehr geehrte Frau [[P|Pham]],

mein Name ist [[P|Seyed Amir Hosseini]] (geb. [[DOB|21.06.1992]]), ich bin wissenschaftlicher Mitarbeiter am Institut für Informatik (Az. [[AZ|33.22-2025-00988]]). Mein iranischer Reisepass Nr. [[PASS|{P_HOSSEINI}]] läuft im Februar 2026 ab.

Ich bin Kurde aus Mahabad und engagiere mich seit 2022 öffentlich für die Bewegung „Frau, Leben, Freiheit“. Ich bin Mitglied im Vorstand einer Exil-Oppositionsgruppe in Baden-Württemberg und habe in Stuttgart mehrere Demonstrationen gegen die Islamische Republik angemeldet und dort gesprochen. Videos davon wurden im iranischen Staatsfernsehen gezeigt. Ein Bekannter, der im Generalkonsulat Frankfurt seinen Pass verlängern wollte, wurde gefragt, ob er mich kennt.

Ich habe deshalb große Angst, beim Konsulat vorzusprechen. Ist es in meinem Fall möglich, einen Reiseausweis für Ausländer nach § 5 AufenthV zu beantragen? Meine Anwältin, Frau [[P|Dr. Leyla Aksoy-Brandt]], hat mir geraten, zuerst bei Ihnen nachzufragen. Sie erreichen sie unter [[E|l.aksoy-brandt@kanzlei-ab.de]] oder [[T|0711 6408 8123]].

Meine Anschrift: [[A|Hirschauer Straße 63]], [[A|72137 Neckarhalde]]

Mit freundlichen Grüßen
[[P|Amir Hosseini]]
""", ["POLITICS", "ETHNICITY"])

# ---------------------------------------------------------------- 018 word: minutes of a staff meeting (few entities, many hard negatives)
doc("word", "protokoll", """
Protokoll der Dienstbesprechung Ausländerbehörde / Bürgerbüro

Datum: 07.10.2025, 14:00–15:30 Uhr, Besprechungsraum 2.12, Rathaus
Teilnehmende: [[P|Dr. Ulrike Brenner]] (Leitung Bürgeramt), [[P|Agnieszka Kowalczyk]], [[P|Thanh Huong Pham]], [[P|Sven Winter]] (Bürgerbüro), [[P|Gülşen Arslan]] (Bürgerbüro, Protokoll)

TOP 1 Semesterstart Wintersemester 2025/26
Laut International Office beginnen rund 1.450 neue internationale Studierende, davon etwa 520 aus Indien, daneben vor allem aus China, Iran und Ägypten. Die Online-Terminvergabe ist bis KW 46 ausgebucht. Vorschlag von Frau [[P|Kowalczyk]]: Sammeltermine für Ersterteilungen im Foyer der Mensa am Schlossberg, jeweils dienstags. Wie im letzten Winter stellt das Studierendenwerk Kaffee und Brezeln vom Bäcker am Markt bereit; der Koch der Mensa bittet um Nachricht bis Freitag.

TOP 2 Wohnsitzanmeldung
Herr [[P|Winter]] berichtet, dass viele Anmeldungen ohne Wohnungsgeberbestätigung vorgelegt werden, vor allem bei Zimmern in der Gartenstraße und in der Wilhelm-Hauff-Straße. Ein zweisprachiges Musterschreiben an Vermieter wird erstellt (Vorlage B-17). Der Gemeinderat berät am 23.10.2025 über zwei zusätzliche Stellen (Drucksache 2025/214). Das neue Wohnheim im Gebiet „Obere Au“ (Bebauungsplan Nr. 3/118) wird voraussichtlich zum Sommersemester 2027 bezogen, ca. 380 Plätze.

TOP 3 Lebensunterhalt / Sperrkonto
Bis auf Weiteres gelten 11.904 EUR jährlich bzw. 992 EUR monatlich; eine Anpassung zum 01.01.2026 ist laut Rundschreiben des Ministeriums vom 12.09.2025 zu erwarten. Studierende aus Iran haben wegen der Sanktionen erhebliche Probleme bei Überweisungen; Einzelfallprüfung, ggf. Verpflichtungserklärung eines Verwandten in Deutschland (Bezugsfall: Az. [[AZ|33.21-2025-02871]]).

TOP 4 Fortbildung
„Interkulturelle Kompetenz in der Verwaltung“, Kursnummer VHS 25H-3107, 11.–12.11.2025; Anmeldung bei Frau [[P|Arslan]] bis 24.10. Englisch für die Verwaltung, Kurs 25H-0412, montags 16 Uhr.

TOP 5 Technik und Terminvergabe
Das Online-Terminsystem hat am 29.09. und 30.09.2025 jeweils vormittags keine Buchungen angenommen (Störungsmeldung INC-2025-004417 beim Rechenzentrum). Der Dienstleister sagt eine Korrektur bis zum 15.10.2025 zu. Bis dahin werden Termine zusätzlich telefonisch über die Servicenummer [[N|07127 931-4400]] und über das Funktionspostfach [[N|auslaenderbehoerde@neckarhalde.de]] vergeben; das Postfach wird täglich bis 12 Uhr geleert. Die Kartenterminals in Zimmer 1.09 und im Bürgerbüro fallen weiterhin gelegentlich aus; die Kasse prüft den Austausch (Angebot Nr. 2025-3318 über 1.240,00 EUR brutto).
Für die Ausgabe elektronischer Aufenthaltstitel wird ab November ein zweites Ausgabeterminal im Erdgeschoss aufgestellt. Frau [[P|Pham]] weist darauf hin, dass Abholungen durch Dritte weiterhin nur mit schriftlicher Vollmacht möglich sind; ein aktueller Fall wurde in der Akte vermerkt.

TOP 6 Zusammenarbeit mit der Universität
Das Welcome Centre der Universität bittet darum, Forschende mit Aufnahmevereinbarung nach § 18d AufenthG bevorzugt einzuplanen. Vereinbart wird ein festes Wochenkontingent von sechs Terminen (donnerstags 13–15 Uhr). Anfragen laufen ausschließlich über das Funktionspostfach [[N|welcome@uni-neckarhalde.de]], nicht über persönliche Adressen. Die Universität stellt zum Semesterstart zwei studentische Hilfskräfte für die Vorprüfung der Unterlagen im Foyer; Datenschutzschulung durch die behördliche Datenschutzbeauftragte ist vorher verpflichtend.
Zur Frage der Anerkennung von Reisekrankenversicherungen aus dem Heimatland wird ein gemeinsames Merkblatt in Deutsch und Englisch erarbeitet (Entwurf bis 31.10.2025). Grundlage bleibt das Schreiben des Ministeriums vom 04.07.2024.

TOP 7 Verschiedenes
- Urlaubsplanung Dezember: Abgabe bis 31.10.2025 im Sekretariat.
- Die Gemeinderatssitzung am 23.10.2025 beginnt bereits um 16 Uhr; Frau [[P|Dr. Brenner]] berichtet dort zu TOP 2.
- Das Wartezimmer im Erdgeschoss erhält im November neue Beschilderung in vier Sprachen (Deutsch, Englisch, Arabisch, Chinesisch).
- Im Innenhof nistet wieder ein Vogel im Lüftungsschacht über dem Eingang; der Hausmeister ist informiert.

Nächste Besprechung: 04.11.2025
gez. [[P|G. Arslan]]
""")

# ---------------------------------------------------------------- 019 outlook: Egyptian Coptic student (RELIGION)
doc("outlook", "meldebescheinigung_religion", """
Betreff: Frage zu Anmeldung – Religion / Kirchensteuer

Guten Tag,

ich habe letzte Woche im Bürgerbüro meine Wohnung angemeldet (Meldebescheinigung vom 06.10.2025). Auf der Meldebescheinigung steht bei Religion nur "--". Ich bin koptisch-orthodoxe Christin und gehe jeden Sonntag in die koptische Gemeinde nach Stuttgart.
My colleague said if it says "rk" or "ev" I must pay Kirchensteuer, and the Coptic Church is not on the list of churches who get church tax. Is it correct that I do not pay Kirchensteuer as a Copt? Or must I change something in the Melderegister?

Meine Daten: [[P|Mariam Girgis Boutros]], geb. [[DOB|30.05.1998]], [[A|Silcherstraße 9]], [[A|72137 Neckarhalde]].

Danke und viele Grüße
[[P|Mariam]]
[[T|0152 0447 9381]]
""", ["RELIGION"])

# ---------------------------------------------------------------- 020 outlook: Brazilian PhD, contract terminated, union member (UNION)
doc("outlook", "aufenthalt_arbeitsrecht", f"""
Betreff: Aufenthaltserlaubnis § 18d – Kündigung meines Arbeitsvertrags

Sehr geehrte Frau [[P|Pham]],

wie heute Vormittag telefonisch besprochen, hier die Informationen schriftlich: Mein Arbeitsvertrag als Doktorand am Institut für Geowissenschaften wurde zum 31.10.2025 vorzeitig gekündigt. Ich halte die Kündigung für unwirksam. Ich bin Mitglied der GEW und habe über den gewerkschaftlichen Rechtsschutz Kündigungsschutzklage beim Arbeitsgericht Reutlingen erhoben (Aktenzeichen des Gerichts [[AZ|3 Ca 412/25]]). Die zuständige Rechtsschutzsekretärin der GEW, Frau [[P|Sabine Koch]], kann Ihnen das bestätigen: [[E|sabine.koch@gew-bw.de]].

Meine Frage: Bleibt meine Aufenthaltserlaubnis bis zur Entscheidung des Gerichts bestehen, oder muss ich eine Arbeitsplatzsuche nach § 20 AufenthG beantragen?

Für Ihre Unterlagen:
[[P|Rafael Augusto Nogueira Lima]]
geb. [[DOB|08.02.1993]] in Belo Horizonte
Rentenversicherungsnummer: [[SSN|{ssn_fmt(SSN_LIMA)}]]
Steuer-ID: [[TID|{TID_LIMA}]]
Das letzte Gehalt wurde noch auf mein Konto aus der Zeit in Wien überwiesen: [[IBAN|{group(AT_LIMA, 4)}]]
Anschrift: [[A|Keplerstraße 24/3]], [[A|72138 Neckarhalde]]

Obrigado e viele Grüße
[[P|Rafael Nogueira Lima]]
[[T|0151 2718 0066]]
""", ["UNION"])

# ---------------------------------------------------------------- 021 word: hearing before refusal (Anhörung)
doc("word", "anhoerung", f"""
Stadt Neckarhalde – Bürgeramt – Ausländerbehörde
{ABH_HEAD} | Tel. [[N|07127 931-0]] | [[N|auslaenderbehoerde@neckarhalde.de]]

Herrn
[[P|Harpreet Singh Gill]]
bei [[P|Kaur]]
[[A|Karlstraße 71]]
[[A|72136 Neckarhalde]]

Az.: [[AZ|33.21-2025-02244]]
Datum: 27.10.2025

Anhörung nach § 28 Landesverwaltungsverfahrensgesetz
Beabsichtigte Ablehnung Ihres Antrags auf Verlängerung der Aufenthaltserlaubnis
[[P|Harpreet Singh Gill]], geb. [[DOB|11.01.2000]] in Ludhiana, indischer Staatsangehöriger

Sehr geehrter Herr [[P|Gill]],

Sie haben am 12.08.2025 die Verlängerung Ihrer Aufenthaltserlaubnis zum Zweck des Studiums (§ 16b AufenthG) beantragt. Nach den vorliegenden Unterlagen ist Ihr Lebensunterhalt nicht gesichert (§ 5 Abs. 1 Nr. 1 AufenthG): Ihr Sperrkonto weist seit Mai 2025 kein Guthaben mehr aus, und aus Ihrer Beschäftigung als Aushilfe in der Bäckerei [[P|Vogel]] erzielen Sie lediglich 538 EUR monatlich. Der Bedarf beträgt derzeit 992 EUR monatlich.

Es ist daher beabsichtigt, Ihren Antrag abzulehnen. Sie erhalten Gelegenheit, sich bis zum 17.11.2025 schriftlich zu äußern. Sie können insbesondere vorlegen:
- einen Nachweis über ein erneut aufgefülltes Sperrkonto,
- eine Verpflichtungserklärung einer leistungsfähigen Person,
- einen Arbeitsvertrag mit höherem Einkommen.

Eine Kopie Ihres Reisepasses Nr. [[PASS|{P_GILL}]] liegt uns vor; bitte legen Sie bei einer Vorsprache das Original vor.

Mit freundlichen Grüßen
Im Auftrag
[[P|Nikola Petrović]]
Telefon [[T|07127 931-4423]]
[[E|nikola.petrovic@neckarhalde.de]]
""")

# ---------------------------------------------------------------- 022 outlook: Chinese student, UnionPay card
doc("outlook", "gebuehr_zahlung", f"""
Betreff: Gebühr bezahlen mit Karte aus China?

Sehr geehrte Damen und Herren,

ich bin [[P|Chen Siyu]], mein Aktenzeichen ist [[AZ|33.21-2025-04290]]. Ich muss 100 Euro Gebühr bezahlen aber meine deutsche Konto ist noch nicht offen. Kann ich mit meine UnionPay Karte bezahlen? Die Nummer ist [[CC|{card_fmt(UP_CHEN)}]], gültig bis 05/28. Oder meine Mutter ([[P|Zhou Lihua]]) kann aus Shanghai überweisen, ist das ok?

Danke schön!
[[P|Chen Siyu]]
Tel [[T|0151 6622 0981]]
""")

# ---------------------------------------------------------------- 023 word: application form (researcher)
doc("word", "antrag_aufenthaltstitel", f"""
Antrag auf Erteilung / Verlängerung eines Aufenthaltstitels
Ausdruck des Online-Antrags – Vorgangsnummer [[AZ|33.22-2025-01088]]

1. Angaben zur Person
   Familienname: [[P|WANG]]
   Vorname(n): [[P|Jing]]
   Geburtsdatum: [[DOB|03.03.1990]]      Geburtsort: Hefei
   Staatsangehörigkeit: chinesisch
   Familienstand: verheiratet seit 06.05.2017
2. Ehegatte
   [[P|LI Zhiwei]], geb. [[DOB|27.11.1988]], chinesisch, wohnhaft in Hefei
3. Anschrift in Deutschland (seit 01.04.2024)
   [[A|Brunnenstraße 5]], [[A|72139 Neckarhalde]]
   Telefon: [[T|0176 8803 2214]]   E-Mail: [[E|jing.wang.hf@gmail.com]]
4. Pass- und Aufenthaltsdokumente
   Reisepass Nr. [[PASS|{P_WANG}]], ausgestellt 12.03.2019, gültig bis 11.03.2029
   Bisheriger Aufenthaltstitel: eAT Nr. [[IDC|{EAT_WANG}]], gültig bis 31.03.2026
5. Beschäftigung
   Arbeitgeber: Universität Neckarhalde, Institut für Pharmazeutische Biologie, [[N|Schlossberg 4]], [[N|72138 Neckarhalde]]
   Rentenversicherungsnummer: [[SSN|{SSN_WANG}]]
   Steuerliche Identifikationsnummer: [[TID|{taxid_fmt(TID_WANG)}]]
6. Krankenversicherung
   AOK Baden-Württemberg, Krankenversichertennummer [[KV|{KV_WANG}]]
7. Frühere Aufenthalte in Deutschland: keine

Neckarhalde, 02.10.2025        Unterschrift: [[P|Wang Jing]]
""")

# ---------------------------------------------------------------- 024 outlook: Indian student, double card charge, Wise refund
doc("outlook", "erstattung", f"""
Betreff: Re: AW: double payment Verpflichtungserklärung fee

Hi,

sorry again for the trouble. As I wrote, the 29 € fee for the Verpflichtungserklärung for my parents' visit was charged twice on my card (Visa [[CC|{card_fmt(VISA_IYER)}]]) on 09.10., your receipts RE-2025-118734 and RE-2025-118735. The card statement is attached.

Please refund one payment to my Wise account: [[IBAN|{group(BE_IYER, 4)}]].

My parents are [[P|Ramesh Iyer]] and [[P|Lakshmi Iyer]] (passports [[PASS|{P_RAMESH}]] and [[PASS|{P_LAKSHMI}]]), they come on 15 Dec for four weeks, so please tell me if anything else is missing for the visa.

Thanks a lot,
[[P|Sneha Iyer]]
[[A|Kastanienallee 3]], [[A|72136 Neckarhalde]]

> Von: [[P|Dimitrios Anagnostou]] <[[E|d.anagnostou@neckarhalde.de]]>
> Gesendet: Freitag, 10. Oktober 2025 11:02
> An: [[E|sneha.iyer93@outlook.com]]
> Betreff: AW: double payment Verpflichtungserklärung fee
>
> Dear Ms [[P|Iyer]],
> please send us the card statement and the account to which we should refund the amount. Refunds are only possible to an account in the SEPA area.
> Kind regards
> [[P|Dimitrios Anagnostou]]
> Stadt Neckarhalde, Ausländerbehörde, Tel. [[T|07127 931-4431]]
""")

# ---------------------------------------------------------------- 025 word: telephone note, Amex number, licence plate
doc("word", "telefonvermerk", f"""
Telefonvermerk

Datum/Uhrzeit: 16.10.2025, 10:45 Uhr
Anrufer: Herr [[P|Jacob T. Miller]], Austauschstudent aus den USA (Az. [[AZ|33.21-2025-04651]])
Rückrufnummer: [[T|+1 (734) 555-0182]]
Gesprächsführung: [[P|Pham]]

Inhalt:
Herr [[P|Miller]] wollte die Gebühr für die Aufenthaltserlaubnis vorab telefonisch mit seiner American-Express-Karte bezahlen und nannte unaufgefordert die vollständige Kartennummer [[CC|{card_fmt(AMEX_MILLER)}]] (gültig bis 09/27). Ich habe ihm mitgeteilt, dass telefonische Kartenzahlungen nicht möglich sind und die Zahlung beim Termin am 21.10.2025 vor Ort erfolgt. Die Kartennummer wurde nicht verwendet und ist nach Ablauf der Frist in diesem Vermerk zu schwärzen.

Weiter fragte er, ob sein Gastvater, Herr [[P|Klaus-Dieter Weinmann]], die Wohnungsgeberbestätigung für das Zimmer [[A|Am Hirschgraben 7]], [[A|72139 Neckarhalde]] unterschreiben kann. Antwort: ja, sofern er Eigentümer oder Hauptmieter ist.

Zuletzt fragte er, ob er mit seinem Führerschein aus Michigan das Auto seines Gastvaters (amtl. Kennzeichen [[KFZ|RT-KW 3318]]) fahren darf. Hinweis auf die Fahrerlaubnisbehörde im Landratsamt gegeben.

[[P|Pham]]
""")

# ---------------------------------------------------------------- 026 outlook: interpreter's invoice (sole trader)
doc("outlook", "rechnung_dolmetscherin", f"""
Betreff: Rechnung Nr. 2025-087 – Dolmetscheinsatz 08.10.2025

Sehr geehrte Frau [[P|Pham]],

anbei erhalten Sie meine Rechnung Nr. 2025-087 für den Dolmetscheinsatz Persisch–Deutsch am 08.10.2025 in Ihrer Behörde (Ihre Bestellung vom 01.10.2025, Bestell-Nr. 4500187322).

Leistung: 2 Stunden à 75,00 EUR = 150,00 EUR
Fahrtkosten Reutlingen–Neckarhalde: 12,60 EUR
Nettobetrag: 162,60 EUR
zzgl. 19 % USt: 30,89 EUR
Rechnungsbetrag: 193,49 EUR

Bitte überweisen Sie den Betrag innerhalb von 14 Tagen unter Angabe der Rechnungsnummer auf mein Konto:
IBAN: [[IBAN|{group(IBAN_KARIMI, 4)}]]

Steuernummer: [[TNR|{STNR_KARIMI}]]
USt-IdNr.: [[VAT|{VAT_KARIMI}]]

Mit freundlichen Grüßen
[[P|Parisa Karimi-Lorenz]]
Öffentlich bestellte und allgemein beeidigte Dolmetscherin und Übersetzerin für Persisch (Farsi/Dari)

Dolmetscherbüro [[P|Karimi-Lorenz]]
[[A|Lessingstraße 30]], [[A|72764 Reutlingen]]
Tel. [[T|07121 909 4417]] | Mobil [[T|0171 4426 093]]
[[E|p.karimi-lorenz@dolmetschen-karimi.de]]
""")

# ---------------------------------------------------------------- 027 word: hearing for a late registration, Italian postdoc
doc("word", "owi_anmeldung", """
Stadt Neckarhalde · Bürgeramt · Bürgerbüro · [[N|Rathausplatz 1]] · [[N|72138 Neckarhalde]]

Herrn
[[P|Dr. Matteo Russo-Cattaneo]]
[[A|Bursagasse 11]]
[[A|72138 Neckarhalde]]

Aktenzeichen: [[AZ|32.11-OWi-2025-0377]]
Neckarhalde, 22.10.2025

Anhörung im Bußgeldverfahren wegen verspäteter Anmeldung (§ 17 Abs. 1, § 54 Abs. 2 Nr. 1 BMG)

Sehr geehrter Herr Dr. [[P|Russo-Cattaneo]],

nach der vorliegenden Wohnungsgeberbestätigung Ihrer Vermieterin, Frau [[P|Renate Schwarzkopf]], haben Sie die Wohnung am 01.06.2025 bezogen. Angemeldet haben Sie sich erst am 15.09.2025. Die Anmeldung hat innerhalb von zwei Wochen nach dem Einzug zu erfolgen. Eine verspätete Anmeldung ist eine Ordnungswidrigkeit, die mit einer Geldbuße bis zu 1.000 EUR geahndet werden kann.

Sie haben Gelegenheit, sich bis zum 12.11.2025 zu dem Vorwurf zu äußern. Sie müssen keine Angaben zur Sache machen.

Ergänzender Hinweis: Ihr Fahrzeug mit italienischem Kennzeichen [[KFZ|FX 418 KT]] ist nach einem Aufenthalt von mehr als sechs Monaten in Deutschland umzumelden (Zulassungsstelle im Landratsamt).

Mit freundlichen Grüßen
Im Auftrag
[[P|Sven Winter]]
Bürgerbüro
Telefon [[T|07127 931-2216]]
[[E|sven.winter@neckarhalde.de]]
""")

# ---------------------------------------------------------------- 028 outlook: US student, parking permit, US SSN, Steuer-ID
doc("outlook", "parkausweis_steuerid", f"""
Betreff: anwohnerparkausweis + steuer id question

hey there,

two quick questions, sorry my german isnt good enough yet for this:

1) i registered at the bürgerbüro on sept 22 ([[A|Hafengasse 4]], [[A|72138 Neckarhalde]], WG with 3 others). i bought a used car, plate [[KFZ|TÜ-MK 418]]. can i get a residents parking permit for zone C? the car is registered on my name, [[P|Madison Kowalski]] (yes polish grandparents lol)

2) my hiwi job at the uni says they need my steuer id but i never got the letter from the finanzamt. can you give it to me? i only have my us social security number [[SSN|{SSN_US_KOWALSKI}]] if that helps??

thanks!!
[[P|maddie]]

UPDATE 5pm: nevermind question 2, the letter was in my roommates mail box lol. its [[TID|{taxid_fmt(TID_KOWALSKI)}]]

[[P|Madison J. Kowalski]]
M.A. American Studies
[[T|+1 (917) 402-7718]] / [[T|0157 8820 4419]]
""")

# ---------------------------------------------------------------- 029 word: list of Verpflichtungserklärungen
doc("word", "liste_verpflichtungserklaerungen", f"""
Liste der abgegebenen Verpflichtungserklärungen – Oktober 2025 (Auszug Sachgebiet 33.24)
Stand: 31.10.2025 · Bearbeitung: [[P|D. Anagnostou]]

Nr.	Verpflichtungsgeber/in	Ausweis	Eingeladene Person	Pass-Nr.	Zweck
1	[[P|Haußmann-Ebert, Karin]]	PA [[IDC|{IDC_HAUSSMANN}]]	[[P|El-Sayed, Mona]]	[[PASS|{P_ELSAYED}]]	Besuch
2	[[P|Schäfer-Nwosu, Thomas]]	PA [[IDC|{IDC_SCHAEFER}]]	[[P|Nwosu, Chiamaka]]	[[PASS|{P_NWOSU}]]	Besuch Schwägerin
3	[[P|Ferreira Lima, Beatriz]]	RP (D) [[PASS|{PP_FERREIRA}]]	[[P|Ferreira, Antônio Carlos]]	[[PASS|{P_ANTONIO}]]	Besuch Vater

Bemerkungen:
- Nr. 2: Einkommensnachweis über Herrn [[P|Schäfer-Nwosu]] und Ehefrau [[P|Ifeoma]] gemeinsam geprüft.
- Rückfragen zu den Vorgängen unter [[N|07127 931-4400]].
""")

# ---------------------------------------------------------------- 030 outlook: forwarded by the counselling service (HEALTH)
doc("outlook", "weiterleitung_beratung", f"""
Betreff: WG: extension

Sehr geehrte Frau [[P|Kowalczyk]],

mit Einverständnis von Herrn [[P|Subramanian]] (eine Schweigepflichtentbindung liegt vor) leite ich Ihnen seine Nachricht weiter. Er ist seit März 2025 in unserer Psychotherapeutischen Beratungsstelle wegen einer mittelgradigen depressiven Episode in Behandlung und konnte im Sommersemester krankheitsbedingt keine Prüfungen ablegen. Aus fachlicher Sicht ist ein Studienverzug von zwei Semestern gut nachvollziehbar; eine Bescheinigung der behandelnden Fachärztin, Frau [[P|Dr. med. Henrike Voss]], reicht er nach.

Mit freundlichen Grüßen
Dipl.-Psych. [[P|Olena Kravchenko]]
Psychotherapeutische Beratungsstelle
Studierendenwerk Neckarhalde
Tel. [[T|07127 69-3314]]

---------- Forwarded message ---------
From: [[P|Karthik Subramanian]] <[[E|karthik.subra@gmail.com]]>
Date: Wed, 15 Oct 2025 at 23:41
Subject: extension
To: [[P|Olena Kravchenko]] <[[E|o.kravchenko@sw-neckarhalde.de]]>

dear ms [[P|kravchenko]],

can you please write to the foreigners office for me, i am too ashamed to explain it myself. my permit ends on 30.11. and i have only 38 ECTS. my parents dont know about the therapy, please dont tell anyone.

my details: [[P|Karthik Subramanian]], born [[DOB|04.09.2000]], az [[AZ|33.21-2024-05518]], TK insurance no. [[KV|{KV_SUBRAMANIAN}]], address [[A|Schleifmühleweg 40/2]], [[A|72138 Neckarhalde]]

thank you for everything
[[P|karthik]]
""", ["HEALTH"])


# ---------------------------------------------------------------- checks
def iban_ok(value):
    v = value.replace(" ", "")
    rearranged = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def national_ok(value):
    v = value.replace(" ", "")
    if v.startswith("NL"):
        acct = v[8:]
        return len(v) == 18 and sum(int(d) * (10 - i) for i, d in enumerate(acct)) % 11 == 0
    if v.startswith("BE"):
        body = v[4:]
        return len(v) == 16 and (int(body[:10]) % 97 or 97) == int(body[10:])
    if v.startswith("AT"):
        return len(v) == 20
    if v.startswith("DE"):
        return len(v) == 22
    return False


def tax_id_ok(value):
    v = value.replace(" ", "")
    if len(v) != 11 or v[0] == "0":
        return False
    counts = [v[:10].count(d) for d in "0123456789"]
    return max(counts) <= 3 and sum(1 for c in counts if c >= 2) == 1 and mod11_10_check(v[:10]) == int(v[10])


def vat_ok(value):
    return len(value) == 11 and value.startswith("DE") and mod11_10_check(value[2:10]) == int(value[10])


def luhn_ok(value):
    v = value.replace(" ", "").replace("-", "")
    return luhn_check(v[:-1]) == int(v[-1])


def kvnr_ok(value):
    if len(value) != 10 or not value[0].isalpha():
        return True  # private policy numbers carry no public check digit
    code = ord(value[0]) - ord("A") + 1
    vals = [code // 10, code % 10] + [int(c) for c in value[1:9]]
    total = sum((v * (1 if i % 2 == 0 else 2)) // 10 + (v * (1 if i % 2 == 0 else 2)) % 10 for i, v in enumerate(vals))
    return total % 10 == int(value[9])


def rvnr_ok(value):
    v = value.replace(" ", "")
    if "-" in v:
        return True  # US social security number: no check digit
    code = ord(v[8]) - ord("A") + 1
    vals = [int(c) for c in v[:8]] + [code // 10, code % 10] + [int(c) for c in v[9:11]]
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum((a * w) // 10 + (a * w) % 10 for a, w in zip(vals, weights)) % 10 == int(v[11])


CHECKS = {"IBAN": lambda v: iban_ok(v) and national_ok(v), "TAX_ID": tax_id_ok, "VAT_ID": vat_ok,
          "CREDIT_CARD": luhn_ok, "HEALTH_INSURANCE": kvnr_ok, "SOCIAL_SECURITY": rvnr_ok}

assert iban_ok(group(CITY_IBAN, 4))
for d in DOCS:
    for e in d["entities"]:
        check = CHECKS.get(e["category"])
        assert check is None or check(e["text"]), (d["id"], e)
        assert d["text"][e["start"]:e["end"]] == e["text"]

assert len(DOCS) == 30
with open(os.path.join(HERE, "fresh33.jsonl"), "w", encoding="utf-8") as out:
    for d in DOCS:
        out.write(json.dumps(d, ensure_ascii=False) + "\n")

# ---------------------------------------------------------------- README
cats = collections.Counter(e["category"] for d in DOCS for e in d["entities"])
flags = collections.Counter(f for d in DOCS for f in d["specialCategories"])
channels = collections.Counter(d["channel"] for d in DOCS)
n_entities = sum(cats.values())
n_neutral = sum(len(d["neutral"]) for d in DOCS)
unflagged = sum(1 for d in DOCS if not d["specialCategories"])
cat_text = ", ".join(f"{k} {v}" for k, v in cats.most_common())
flag_text = ", ".join(f"{k} {v}" for k, v in sorted(flags.items()))
readme = (
    "# fresh33.jsonl — Stadt Neckarhalde, Bürgerbüro and Ausländerbehörde for international students\n\n"
    f"A held-out set of {len(DOCS)} documents (ids b33-001 … b33-030; {channels['word']} Word, "
    f"{channels['outlook']} Outlook) written blind by make_batch33.py (seed 3333033) for the invented "
    "Baden-Württemberg university city Neckarhalde: students and researchers from India, China, Brazil, Nigeria, "
    "Iran, Egypt and the USA write informal English, broken German and mixed mails (lower case, typos, forwarded "
    "chains with quoted Outlook/Gmail headers, signatures with titles and nicknames, a Chinese-script name), and the "
    "office produces appointment invitations, a fee notice, an Anhörung, a Bußgeld hearing, Vermerke, a telephone "
    "note, meeting minutes, an application printout, a Wohnungsgeberbestätigung, blocked-account and "
    "health-insurance certificates and two tables (appointments of a day, Verpflichtungserklärungen with passport and "
    "ID numbers). "
    f"It holds {n_entities} labelled entities ({cat_text}) and {n_neutral} neutral spans. "
    f"Special-category flags: {flag_text}; {unflagged} documents carry none (a biometric photo requirement, "
    "fingerprint appointments, health-insurance numbers without a condition are not flagged "
    "on their own). Identifiers are valid (DE, AT, NL with elfproef and BE Wise with national check IBANs mod 97, "
    "Luhn for Visa, Amex and UnionPay, tax ID, VAT ID, Rentenversicherungsnummer, KVNR); foreign ones are labelled "
    "by kind (Indian, Chinese, Nigerian, Iranian, Egyptian, Brazilian and US passports, a US social security number, "
    "an Italian plate, a private health-policy number, a labour-court Aktenzeichen, an eAT card number as ID_CARD, a German passport with ICAO check digit; "
    "Baden-Württemberg Steuernummer layout FFBBB/UUUUP). Hard negatives: the authority's and university's "
    "addresses, Postfach, switchboards and hotline, functional mailboxes, the city's IBAN, Matrikelnummern, "
    "apartment details, a Vordruck number (neutral); invoice, receipt, order, appointment, incident, document and course "
    "numbers, Drucksache and Bebauungsplan numbers, § references, amounts, non-birth dates, street names without "
    "number, and Winter, Koch, Bäcker and Vogel used as nouns beside staff, landlords and a bakery owner with those surnames (unmarked).\n"
)
# The writer's summary went to its own README.md; in this folder it is a section of the shared README.
print(len(DOCS), "documents,", n_entities, "entities,", n_neutral, "neutral")
print(cats)
print(flags)
