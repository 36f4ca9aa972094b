#!/usr/bin/env python3
"""Held-out batch 32: Amt Peenetal-Haffküste (Mecklenburg-Vorpommern), 30 documents.

Wohngeld, Kita-Verpflegungsgeld, Grundsteuer, Hundesteuer, Ordnungsamt, Fischereischein, Kurabgabe; Outlook mails
(informal, forwarded chains, phone notes, English-German mixes) and Word documents (Bescheide, Vermerke, Protokoll,
forms, lists). Inline marks [[CAT|text]] / [[N|text]] are resolved by marks.build().
"""
import sys

sys.dont_write_bytecode = True

import json
import os
import random
import unicodedata
from collections import Counter

CORPUS = "/work/main/tests/KiOfficeAddin.Guardrails.Tests/Pii/Corpus"
sys.path.insert(0, CORPUS)

from marks import build  # noqa: E402
from identifiers import (Identifiers, mod97_iban, mod11_10_check, luhn_check, icao_check,  # noqa: E402
                         digit_sum, group)

SEED = 3232032
OUT_DIR = os.path.dirname(os.path.abspath(__file__))
ids = Identifiers(SEED)
rng = random.Random(SEED)


# ---------------------------------------------------------------------------------------------------------------
# Identifier helpers on top of identifiers.py
# ---------------------------------------------------------------------------------------------------------------
def iban_de(blz=None):
    bban = (blz or ids.digits(8, first_nonzero=True)) + ids.digits(10)
    return mod97_iban("DE", bban)


def pl_sort_code(bank3):
    """Polish bank sort code: 3-digit bank, 4-digit branch, check digit with weights 3,9,7,1,3,9,7."""
    body = bank3 + ids.digits(4)
    total = sum(int(c) * w for c, w in zip(body, (3, 9, 7, 1, 3, 9, 7)))
    return body + str((10 - total % 10) % 10)


def iban_pl(bank3="102"):
    return mod97_iban("PL", pl_sort_code(bank3) + ids.digits(16))


def nl_account():
    """Ten digits passing the Dutch 11-test (elfproef) used by RABO/ABNA account numbers."""
    while True:
        acc = ids.digits(10, first_nonzero=True)
        if sum(int(c) * (10 - i) for i, c in enumerate(acc)) % 11 == 0:
            return acc


def iban_nl(bank="RABO"):
    return mod97_iban("NL", bank + nl_account())


def pl_id_card():
    """Polish dowód osobisty: AAA + check digit + 5 digits; weights 7,3,1,9,7,3,1,7,3 (check in 4th place)."""
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    rest = ids.digits(5)
    vals = [ord(c) - 55 for c in letters] + [int(c) for c in rest]
    weights = (7, 3, 1, 7, 3, 1, 7, 3)
    check = sum(v * w for v, w in zip(vals, weights)) % 10
    return f"{letters}{check}{rest}"


def creditor_id_de():
    """SEPA creditor identifier DEkkZZZ0 + 10 digits (check as IBAN, business code excluded)."""
    national = "0" + ids.digits(10)
    digits = "".join(str(int(c, 36)) for c in national + "DE00")
    return f"DE{98 - int(digits) % 97:02d}ZZZ{national}"


def spaced_iban(iban):
    return group(iban, 4)


def tax_id_spaced(t):
    return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"


def ssn_spaced(s):
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"


def tax_number_mv():
    """MV layout FFF/BBB/UUUUP with a Finanzamt number 079..086 (layout only)."""
    return f"0{rng.choice(['79', '81', '84', '86'])}/{ids.digits(3)}/{ids.digits(5)}"


def tax_number_mv_federal():
    """13-digit federal form for MV: 40 + FF + 0 + BBB + UUUUP."""
    return "40" + rng.choice(["79", "81", "84", "86"]) + "0" + ids.digits(3) + ids.digits(5)


# The Amt's own data (all neutral)
AMT_IBAN = spaced_iban(iban_de("15050500"))
AMT_CREDITOR = creditor_id_de()

# Citizens' identifiers, generated in a fixed order
IB_MELNYK = spaced_iban(iban_de("15050500"))
IB_DABROWSKI = iban_de("13061008")
IB_BRUESEHABER = spaced_iban(iban_de("15061638"))
IB_PAPADOPOULOU = spaced_iban(iban_de("15050500"))
IB_VDBERG = spaced_iban(iban_nl("RABO"))
IB_WOJCIK = spaced_iban(iban_pl("102"))
IB_LOBIANCO = iban_de("13050000")

TID_KROLL = tax_id_spaced(ids.tax_id())
TID_DITTMANN = ids.tax_id()

TNR_KROLL = tax_number_mv()
TNR_LUEHE = tax_number_mv()
TNR_LOBIANCO = tax_number_mv_federal()

VAT_LUEHE = ids.vat_id()
VAT_WENDT = ids.vat_id()

IDC_LEWANDOWSKI = pl_id_card()
_unused_idc = pl_id_card()  # drawn to keep the generator sequence stable
IDC_RAHN = ids.id_card(check_digit=True)

PASS_HNATIUK = "FE " + ids.digits(6, first_nonzero=True)
PASS_PETROVIC = "0" + ids.digits(8)
PASS_KRAVETS = "FH" + ids.digits(6, first_nonzero=True)
PASS_PETRENKO = "GA " + ids.digits(6, first_nonzero=True)

SSN_PETRENKO = ids.social_security("191292", "P")
SSN_DITTMANN = ssn_spaced(ids.social_security("070348", "S"))

KV_DITTMANN = ids.health_insurance()
KV_LEONIE = ids.health_insurance()

CC_VDBERG = group(ids.credit_card("4", 16), 4)
CC_BARTELT = group(ids.credit_card("53", 16), 4)

DOCS = []


def doc(channel, template, flags, marked):
    DOCS.append((channel, template, flags, unicodedata.normalize("NFC", marked.strip("\n"))))


# ---------------------------------------------------------------------------------------------------------------
# 001 Outlook, Wohngeld: informal mail of a Ukrainian mother, lower case, English bits
# ---------------------------------------------------------------------------------------------------------------
doc("outlook", "wohngeld", [], f"""
Betreff: wohngeld unterlagen

hallo frau [[P|Lüdtke]],

ich bin [[P|Oksana Melnyk]], wir waren letzte woche bei ihnen im büro wegen wohngeld. sie haben gesagt ich soll noch kontoauszüge schiken und den mietvertrag, das mache ich heute abend per mail. mein sohn [[P|Danylo]] geht jetzt in die schule in Ducherow, brauchen sie dafür auch bescheinigung von schule?

unsere adresse ist jetzt neu: [[A|Am Bahnhof 7]], [[N|Whg. 4]], [[A|17398 Ducherow]]. vorher wir waren in Anklam in der gemeinschaftsunterkunft.

konto für wohngeld bitte: [[IBAN|{IB_MELNYK}]] (Sparkasse Vorpommern), kontoinhaber bin ich.

sorry for my german, if it is easier you can write me in english :)

telefon [[T|0157 3481 2260]] oder whatsapp [[T|+380 67 415 22 90]]

viele grüße
[[P|Oksana]]
""")

# ---------------------------------------------------------------------------------------------------------------
# 002 Word, Wohngeldbescheid to a Polish family
# ---------------------------------------------------------------------------------------------------------------
doc("word", "wohngeld", [], f"""
Amt Peenetal-Haffküste
Der Amtsvorsteher
Fachbereich Bürgerdienste – Wohngeldstelle
[[N|Am Amtshof 2]] · [[N|17398 Ducherow]]

Amt Peenetal-Haffküste · [[N|Am Amtshof 2]] · [[N|17398 Ducherow]]
Herrn [[P|Grzegorz Dąbrowski]]
Frau [[P|Małgorzata Dąbrowska]]
[[A|Ueckermünder Straße 31]]
[[A|17398 Bugewitz]]

Ihr Antrag vom: 02.09.2025
Unser Zeichen: [[AZ|WG-0417/25]]
Bearbeiterin: [[P|Kerstin Lüdtke]]
Telefon: [[T|039726 260-14]]
E-Mail: [[E|k.luedtke@amt-peenetal-haffkueste.de]]
Datum: 17.10.2025

Bescheid über die Bewilligung von Wohngeld (Mietzuschuss)

Sehr geehrter Herr [[P|Dąbrowski]], sehr geehrte Frau [[P|Dąbrowska]],

auf Ihren Antrag vom 02.09.2025 wird Ihnen für die Zeit vom 01.09.2025 bis 31.08.2026 Wohngeld in Höhe von monatlich 287,00 EUR bewilligt (§§ 19, 25 WoGG).

Zum Haushalt rechnen folgende Personen:
1. [[P|Grzegorz Dąbrowski]], geb. [[DOB|11.05.1984]] – Antragsteller
2. [[P|Małgorzata Dąbrowska]], geb. [[DOB|27.02.1987]]
3. [[P|Zuzanna Dąbrowska]], geb. [[DOB|14.03.2016]]

Berechnung des Wohngeldes
Zu berücksichtigende Haushaltsmitglieder (§ 5 WoGG): 3
Miete/Belastung: Bruttokaltmiete laut Mietbescheinigung vom 28.08.2025: 612,00 EUR; Höchstbetrag nach § 12 Abs. 1 WoGG (Mietenstufe I, 3 Personen): 668,00 EUR; zuzüglich Heizkostenkomponente (§ 12 Abs. 6 WoGG): 1,60 EUR/m² Richtfläche; zuzüglich Klimakomponente (§ 12 Abs. 7 WoGG): 0,40 EUR/m² Richtfläche; zu berücksichtigende Miete: 728,00 EUR
Einkommen: Jahresbruttoeinkommen aus nichtselbständiger Arbeit 29.880,00 EUR, abzüglich Werbungskostenpauschale 1.230,00 EUR, abzüglich pauschaler Abzug von 30 Prozent nach § 16 WoGG; Freibetrag für Alleinerziehende (§ 17 Nr. 3 WoGG) entfällt; monatliches Gesamteinkommen: 2.140,00 EUR
Wohngeld nach der Formel des § 19 Abs. 1 WoGG (Anlage 1 und 2 zum WoGG): 287,00 EUR monatlich (gerundet nach § 19 Abs. 2 WoGG)

Begründung
Sie haben am 02.09.2025 Wohngeld in Form eines Mietzuschusses beantragt. Der Bewilligungszeitraum beginnt nach § 25 Abs. 2 WoGG am Ersten des Monats, in dem der Antrag gestellt worden ist, und umfasst zwölf Monate. Die Prüfung Ihres Antrags hat ergeben, dass die Voraussetzungen der §§ 3 bis 5 WoGG vorliegen und kein Ausschluss nach §§ 7 und 8 WoGG besteht, insbesondere beziehen Sie keine Transferleistungen, bei deren Berechnung Kosten der Unterkunft berücksichtigt worden sind. Das Kindergeld sowie der Kinderzuschlag bleiben nach § 14 Abs. 2 WoGG außer Betracht. Das von Ihnen angegebene Einkommen aus der geringfügigen Beschäftigung im Juli und August 2025 wurde nach § 15 Abs. 1 WoGG für den Bewilligungszeitraum prognostiziert; eine einmalige Sonderzahlung (Urlaubsgeld 2025, 450,00 EUR) wurde auf zwölf Monate verteilt.

Auszahlung
Das Wohngeld wird monatlich im Voraus auf das Konto [[IBAN|{IB_DABROWSKI}]] überwiesen, die Nachzahlung für September und Oktober 2025 (574,00 EUR) in den nächsten Tagen. Eine Zahlung auf ein anderes Konto ist nur nach schriftlicher Mitteilung möglich.

Ihre Mitteilungspflichten (§ 27 WoGG)
Sie sind verpflichtet, uns unverzüglich mitzuteilen, wenn
– sich die Zahl der Haushaltsmitglieder verringert oder ein Haushaltsmitglied die Wohnung nicht mehr nutzt,
– sich die monatliche Miete um mehr als 15 Prozent verringert,
– sich das Gesamteinkommen um mehr als 15 Prozent erhöht,
– Sie oder ein Haushaltsmitglied eine Transferleistung (z. B. Bürgergeld, Grundsicherung) beantragen oder erhalten,
– Sie umziehen oder die Wohnung nicht mehr als Lebensmittelpunkt nutzen.
Verletzen Sie diese Pflichten, kann der Bescheid nach §§ 45, 48 SGB X aufgehoben und zu viel gezahltes Wohngeld nach § 50 SGB X zurückgefordert werden; außerdem kann nach § 37 WoGG ein Bußgeld bis zu 2.000,00 EUR festgesetzt werden.

Weiterleistungsantrag
Wenn Sie auch nach dem 31.08.2026 Wohngeld erhalten möchten, stellen Sie bitte rechtzeitig, spätestens bis Ende Juli 2026, einen Weiterleistungsantrag. Das Formular finden Sie im Formularcenter auf www.amt-peenetal-haffkueste.de oder im Bürgerbüro.

Datenabgleich
Wir weisen darauf hin, dass nach § 33 WoGG regelmäßig ein automatisierter Datenabgleich mit der Deutschen Rentenversicherung, der Bundesagentur für Arbeit und dem Bundeszentralamt für Steuern durchgeführt wird.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift beim Amt Peenetal-Haffküste, [[N|Am Amtshof 2]], [[N|17398 Ducherow]], einzulegen.

Mit freundlichen Grüßen
Im Auftrag
[[P|Lüdtke]]

Sprechzeiten: Di 9–12 und 13–18 Uhr, Do 9–12 Uhr · Telefon [[N|039726 260-0]] · [[N|poststelle@amt-peenetal-haffkueste.de]]
Bankverbindung: Sparkasse Vorpommern · IBAN [[N|{AMT_IBAN}]] · BIC NOLADE21GRW
""")

# ---------------------------------------------------------------------------------------------------------------
# 003 Outlook, Kita: forwarded parent mail (child with type-1 diabetes) -> HEALTH
# ---------------------------------------------------------------------------------------------------------------
doc("outlook", "kita", ["HEALTH"], """
Betreff: WG: Essengeld Emir / Befreiung?

Hallo Frau [[P|Wegner-Stöck]],

anbei die Nachricht von Frau [[P|Kılıç]], bitte prüfen, ob wir das Verpflegungsgeld für [[P|Emir]] ab November aussetzen können. Die ärztliche Bescheinigung liegt im Original bei uns in der Kita-Akte.

Liebe Grüße aus Mönkebude
[[P|Wiebke Dahlke]]
Leiterin Kita „Haffpiraten“
[[N|Schulstraße 3]], [[N|17375 Mönkebude]]
Tel. [[N|039774 202 11]]

-----Ursprüngliche Nachricht-----
Von: [[P|Ayşe Kılıç]] <[[E|ayse.kilic86@web.de]]>
Gesendet: Dienstag, 14. Oktober 2025 07:52
An: Kita Haffpiraten <[[N|kita.haffpiraten@amt-peenetal-haffkueste.de]]>
Betreff: Essengeld Emir / Befreiung?

Guten Morgen Frau [[P|Dahlke]],

wie schon beim Abholen besprochen: bei [[P|Emir]] wurde im September Diabetes Typ 1 festgestellt, er war 9 Tage im Klinikum Karlsburg. [[P|Emir]]s Blutzucker wird jetzt mehrmals am Tag gemessen, er darf nur noch nach Plan mit BE essen und wir geben ihm Frühstück und Mittag selbst mit. Können wir dann das Essengeld (68,20 € im Monat) sparen? Kassenzeichen ist [[AZ|5.2210.0348.7]].

Den Insulin-Pen und die Liste mit den BE-Mengen bringt mein Mann [[P|Murat]] morgen früh mit, er erklärt den Erzieherinnen auch das Messgerät.

Danke!!
[[P|Ayşe Kılıç]]
[[T|0160 9134 5527]]
""")

# ---------------------------------------------------------------------------------------------------------------
# 004 Word, Kita list of Verpflegungsgeld (table)
# ---------------------------------------------------------------------------------------------------------------
doc("word", "kita", [], """
Amt Peenetal-Haffküste – Kindertagesförderung
Kita „Haffpiraten“, Mönkebude – Verpflegungsgeld ab 01.11.2025 (Neuaufnahmen und Änderungen)

Bearbeitung: [[P|Dörte Wegner-Stöck]], Tel. [[T|039726 260-27]]

Grundlage: Beschluss der Gemeindevertretung vom 18.09.2025 (Drucksache GV-MÖ/2025/029). Verpflegungsgeld 3,10 EUR je Betreuungstag, Frühstück/Vesper 1,20 EUR. Die Förderung selbst ist nach § 29 KiföG M-V elternbeitragsfrei.

Nr.	Kind (Name, Vorname)	geb.	Zahlungspflichtige	Anschrift	Kassenzeichen	monatlich
1	[[P|Nguyen, Bao An]]	[[DOB|03.02.2023]]	[[P|Nguyễn Thị Lan]]	[[A|Hafenstraße 12a]], [[A|17375 Mönkebude]]	[[AZ|5.2210.0351.1]]	0,00 EUR (BuT, Bescheid Jobcenter liegt vor)
2	[[P|Kılıç, Emir]]	[[DOB|19.05.2020]]	[[P|Ayşe Kılıç]]	[[A|Mühlenweg 3]], [[A|17375 Mönkebude]]	[[AZ|5.2210.0348.7]]	68,20 EUR – ab 01.12. ruhend, siehe Vermerk
3	(Gastkind aus Ducherow, Aufnahme 01.12. – Daten folgen nach Vertragsabschluss)			Kostenausgleich Gemeinde Ducherow

Hinweise: Das Lastschriftmandat für Nr. 2 liegt vor. Rechnungen des Caterers (Rechnung Nr. 2025-1187 vom 30.09.2025, 4.312,40 EUR) werden weiterhin über die Gemeinde abgerechnet. Der Koch des Caterers bietet ab Januar auf Anfrage ein vegetarisches Menü an.

Mönkebude, 21.10.2025
[[P|Wegner-Stöck]]
""")

# ---------------------------------------------------------------------------------------------------------------
# 005 Word, Grundsteuerbescheid
# ---------------------------------------------------------------------------------------------------------------
doc("word", "grundsteuer", [], f"""
Amt Peenetal-Haffküste · Fachbereich Finanzen · Steuern und Abgaben
für die Gemeinde Rossin

Eheleute
[[P|Karl-Heinz Brüsehaber]] und [[P|Hannelore Brüsehaber]]
[[A|Dorfstraße 14]]
[[A|17398 Rossin]]

Kassenzeichen: [[AZ|2.0117.4452.3]]
Datum: 15.01.2025

Grundsteuerbescheid 2025 – Grundsteuer B

Sehr geehrte Eheleute [[P|Brüsehaber]],

für den Grundbesitz [[A|Dorfstraße 14]], Gemarkung Rossin, Flur 2, Flurstück 87/3, wird auf Grundlage des Grundsteuermessbescheids des Finanzamts Greifswald vom 12.09.2024 (Aktenzeichen [[AZ|084/280-1-03417.000]]) die Grundsteuer für das Kalenderjahr 2025 wie folgt festgesetzt:

Steuermessbetrag 48,20 EUR × Hebesatz 420 v. H. = Jahresbetrag 202,44 EUR
Fälligkeiten: 15.02.2025: 50,61 EUR · 15.05.2025: 50,61 EUR · 15.08.2025: 50,61 EUR · 15.11.2025: 50,61 EUR

Der Bescheid gilt nach § 27 Abs. 3 GrStG auch für die folgenden Jahre, bis ein neuer Bescheid ergeht.

Die Beträge werden aufgrund des erteilten SEPA-Lastschriftmandats (Mandatsreferenz [[N|GS-0117-4452]]) zu den Fälligkeiten von Ihrem Konto [[IBAN|{IB_BRUESEHABER}]] eingezogen. Gläubiger-ID des Amtes: [[N|{AMT_CREDITOR}]].

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch beim Amt Peenetal-Haffküste erhoben werden. Einwendungen gegen den Messbetrag sind beim Finanzamt geltend zu machen.

Im Auftrag
[[P|Nicole Rusch]]

[[N|Am Amtshof 2]] · [[N|17398 Ducherow]] · Telefon [[N|039726 260-0]] · [[N|steuern@amt-peenetal-haffkueste.de]]
""")

# ---------------------------------------------------------------------------------------------------------------
# 006 Outlook, Grundsteuer: angry informal mail
# ---------------------------------------------------------------------------------------------------------------
doc("outlook", "grundsteuer", [], f"""
Betreff: grundsteuer rossin - das kann doch nicht stimmen

moin,

hab heute den bescheid für unsere laube am see bekommen ([[A|Seeweg 3]] in Rossin) und soll jetzt 3x soviel zahlen wie letztes jahr. 186 euro für ne laube mit 40qm und plumsklo!! das finanzamt hat wohl den wert falsch, da läuft das unter meiner steuernummer [[TNR|{TNR_KROLL}]], hab da aber keinen bescheid über den wert gekriegt. kassenzeichen bei ihnen steht oben drauf [[AZ|2.0117.4460.1]].

meine steuer id ist [[TID|{TID_KROLL}]] falls sie das brauchen.

ps der [[P|Schwanbeck]] von nebenan zahlt für sein grundstück weniger und hat nen größeren garten, das versteh wer will

bitte um rückruf, bin ab 16 uhr zu hause [[T|039726 20 417]]

gruß
[[P|Detlef Kroll]]
[[A|Kirchsteig 9]]
[[A|17398 Ducherow]]
""")

# ---------------------------------------------------------------------------------------------------------------
# 007 Word, Hundesteuer registration form, filled in
# ---------------------------------------------------------------------------------------------------------------
doc("word", "hundesteuer", [], f"""
Amt Peenetal-Haffküste – Steuern und Abgaben
Anmeldung eines Hundes zur Hundesteuer – Gemeinde Mönkebude

1. Angaben zur Halterin / zum Halter
Name, Vorname: [[P|Papadopoulos, Georgios]]
Geburtsdatum: [[DOB|08.11.1979]]
Anschrift: [[A|Haffstraße 22b]], [[A|17375 Mönkebude]]
Telefon: [[T|0174 / 398 21 07]]
E-Mail: [[E|g.papadopoulos@t-online.de]]

2. Angaben zum Hund
Rasse: Labrador-Mischling        Name des Hundes: Winter
Farbe: schwarz                   Wurftag: 03/2023
gehalten seit: 01.10.2025        vorher gehalten in: Tierheim Pasewalk
Chip-Nr.: 276 098 106 435 771
Gefährlicher Hund nach HundehVO M-V: nein      Zweithund: nein

3. SEPA-Lastschriftmandat
Ich ermächtige das Amt Peenetal-Haffküste, Gläubiger-ID [[N|{AMT_CREDITOR}]], die Hundesteuer von meinem Konto einzuziehen.
Kontoinhaberin: [[P|Eleni Papadopoulou]]
IBAN: [[IBAN|{IB_PAPADOPOULOU}]]
BIC: NOLADE21GRW

Mönkebude, 02.10.2025            Unterschrift: [[P|G. Papadopoulos]]

Bearbeitungsvermerk: Hundemarke Nr. 0347 ausgegeben am 06.10.2025, Kassenzeichen [[AZ|2.0305.2291.8]], Steuer 2025 anteilig 18,00 EUR (Jahresbetrag 72,00 EUR nach § 4 Hundesteuersatzung).
""")

# ---------------------------------------------------------------------------------------------------------------
# 008 Outlook, Hundesteuer exemption for a guide dog -> HEALTH
# ---------------------------------------------------------------------------------------------------------------
doc("outlook", "hundesteuer", ["HEALTH"], """
Betreff: Befreiung Hundesteuer Blindenführhund

Sehr geehrte Damen und Herren,

mein Name ist [[P|Renate Pagel]]. Nach einer Netzhauterkrankung bin ich seit 2019 vollständig erblindet (Merkzeichen Bl) und habe seit Juli meinen Blindenführhund Amor. Nach § 5 der Hundesteuersatzung beantrage ich die Befreiung. Den Schwerbehindertenausweis und die Bescheinigung der Führhundschule hat mein Sohn eingescannt und hängt sie an.

Diese Mail schreibt er für mich, er ist Koch im Hotel in Ueckermünde und nur vormittags zu Hause. Rufen Sie deshalb bitte bei mir an: [[T|039726 289 33]].

Mit freundlichen Grüßen
[[P|Renate Pagel]]
[[A|Lindenweg 5]], [[A|17398 Neu Kosenow]]
(i. A. [[P|Thomas Pagel]])
""")

# ---------------------------------------------------------------------------------------------------------------
# 009 Word, Ordnungsamt Vermerk: night-time noise at seasonal workers' lodging
# ---------------------------------------------------------------------------------------------------------------
doc("word", "ordnungsamt", [], f"""
Amt Peenetal-Haffküste – Ordnungsamt
Vermerk
Az.: [[AZ|OA 32.11-0877/25]]
Betr.: Beschwerden wegen nächtlicher Ruhestörung, Grundstück [[A|Dorfstraße 41]] in Bugewitz (Unterkunft von Saisonarbeitskräften)

Am Samstag, 23.08.2025, gegen 23:40 Uhr suchten die Unterzeichnerin und Herr [[P|Kasischke]] (Außendienst) nach telefonischer Beschwerde des Anwohners [[P|Uwe Zühlke]] ([[A|Dorfstraße 39]]) das o. g. Grundstück auf. Im Hof lief laute Musik, etwa 15 Personen waren anwesend, die meisten Erntehelfer des Obsthofs.

Angetroffen und identifiziert wurden:
– [[P|Tomasz Lewandowski]], geb. [[DOB|17.06.1991]] in Szczecin, poln. Personalausweis [[IDC|{IDC_LEWANDOWSKI}]], nach eigenen Angaben Vorarbeiter, von den Kollegen „[[P|Tomek]]“ genannt
– [[P|Mykola Hnatiuk]], * [[DOB|29.09.1986]], ukr. Reisepass [[PASS|{PASS_HNATIUK}]]

Auf dem Hof standen u. a. die Fahrzeuge [[KFZ|ZPL 58HM]] und [[KFZ|VG-LW 412]]; Halter des zweiten laut Abfrage: [[P|Lothar Wendt]], [[A|Dorfstraße 41]], [[A|17398 Bugewitz]], zugleich Eigentümer des Grundstücks.

Der Vorarbeiter sagte zu, die Musik sofort abzustellen; bei der Nachkontrolle um 00:25 Uhr war es ruhig. Im Straßengraben der Dorfstraße lagen außerdem mehrere Müllsäcke; Herr [[P|Wendt]] wird aufgefordert, sie bis zum 29.08.2025 zu beseitigen. Gespräch mit ihm am 26.08.2025, 10 Uhr, im Amt vereinbart.

Ducherow, 25.08.2025
[[P|Ines Schwanbeck]]
Sachbearbeiterin Ordnungsamt
""")

# ---------------------------------------------------------------------------------------------------------------
# 010 Outlook, Ordnungsamt: forwarded chain, abandoned car
# ---------------------------------------------------------------------------------------------------------------
doc("outlook", "ordnungsamt", [], """
Betreff: AW: WG: Schrottauto Am Haffufer

Hi,

Halterabfrage ist durch: [[KFZ|UER-AK 77]] war auf [[P|Arben Krasniqi]] zugelassen, [[A|Fischerstraße 8]], [[A|17373 Ueckermünde]]. Abgemeldet am 30.06., also seit über drei Monaten ohne Zulassung. Rote Plakette klebe ich morgen früh, Frist 14 Tage, danach Abschleppen über den Haff-Service (Angebot 2025/311). Vorgang angelegt unter Az. [[AZ|OA 32.14-1102/25]].

Gruß

--
[[P|Sven Kasischke]]
Ordnungsamt / Außendienst
Amt Peenetal-Haffküste
Mobil [[T|0171 4420 618]]

Von: [[P|Schwanbeck, Ines]]
Gesendet: Montag, 6. Oktober 2025 09:14
An: [[P|Kasischke, Sven]]
Betreff: WG: Schrottauto Am Haffufer

Kannst du bitte den Halter abfragen? Siehe unten. Danke, [[P|Ines]]

Von: [[P|Dörte Ramelow]] <[[E|doerte.ramelow@gmx.de]]>
Gesendet: Samstag, 4. Oktober 2025 17:30
An: [[N|ordnungsamt@amt-peenetal-haffkueste.de]]
Betreff: Schrottauto Am Haffufer

Hallo,
am Haffufer gegenüber vom Bootsschuppen steht seit dem Sommer ein alter blauer Golf, vorne ohne Nummernschild, hinten hängt noch [[KFZ|UER-AK 77]] dran. Die Scheiben sind eingeschlagen und die Kinder spielen da drin. Bitte kümmern Sie sich!
[[P|D. Ramelow]]
[[A|Am Haffufer 2]]
[[A|17375 Mönkebude]]
""")

# ---------------------------------------------------------------------------------------------------------------
# 011 Word, Fischereischein application form
# ---------------------------------------------------------------------------------------------------------------
doc("word", "fischereischein", [], f"""
Antrag auf Erteilung eines Fischereischeins – Land Mecklenburg-Vorpommern
Ausgabestelle: Amt Peenetal-Haffküste, Ordnungsamt

Familienname: [[P|Petrović]]
Vorname(n): [[P|Dragan]]
Geburtsdatum: [[DOB|21.04.1975]]          Geburtsort: Niš (Serbien)
Staatsangehörigkeit: serbisch
Straße, Hausnummer: [[A|Zur Peene 3]]
PLZ, Ort: [[A|17390 Murchin]]
Telefon: [[T|03971 83 46 02]]
Ausweisdokument: Reisepass der Republik Serbien, Nr. [[PASS|{PASS_PETROVIC}]], gültig bis 11/2031

Art: Fischereischein auf Lebenszeit
Nachweis der Fischereiprüfung: Prüfungszeugnis Nr. 2025/VG-0412 vom 14.06.2025 (Lehrgang 07/2025 des Kreisanglerverbandes)
Fischereiabgabe 2025: 10,00 EUR · Gebühr Fischereischein: 30,00 EUR
Ein aktuelles Lichtbild (35 × 45 mm) ist beigefügt.

Ich versichere, dass ich in den letzten fünf Jahren nicht wegen einer Straftat nach §§ 293, 324 oder 329 StGB verurteilt worden bin. Mir ist bekannt, dass ich als Angler keine Berufsfischer-Reusen im Haff anfassen darf.

Murchin, 09.09.2025                  Unterschrift: [[P|D. Petrović]]

Bearbeitungsvermerk: Fischereischein Nr. [[N|MV-16-0042817]] ausgestellt am 12.09.2025, Gebühr bar entrichtet, Quittung 2025-00981. [[P|Schwanbeck]]
""")

# ---------------------------------------------------------------------------------------------------------------
# 012 Outlook, Fischereischein: English-German mail of a Ukrainian worker
# ---------------------------------------------------------------------------------------------------------------
doc("outlook", "fischereischein", [], f"""
Betreff: Touristenfischereischein for my brother??

Hello, guten Tag,

my name is [[P|Taras Kravets]], I work in the Räucherei in Mönkebude since last year. My brother [[P|Andrij]] comes from Lviv for two weeks from 20. Oktober and we want go fishing am Haff. Can he get the Urlauberfischereischein bei Ihnen in Ducherow or only in the Tourist-Info? He has only ukrainian passport, number is [[PASS|{PASS_KRAVETS}]], he was born [[DOB|12.07.2001]].

How much it costs, and can I pay with card?

I live [[A|Ueckermünder Str. 9]], [[A|17398 Bugewitz]], my phone [[T|+49 1523 870 4411]].

Thank you very much / Dankeschön!
[[P|Taras]]
""")

# ---------------------------------------------------------------------------------------------------------------
# 013 Word, Kurabgabe quarterly statement of a landlady with guest list
# ---------------------------------------------------------------------------------------------------------------
doc("word", "kurtaxe", [], f"""
Kurabgabe – Quartalsabrechnung III/2025
Gemeinde Mönkebude · Erhebung durch das Amt Peenetal-Haffküste, Steuern und Abgaben

Vermieterin: [[P|Friederike von der Lühe]], Ferienwohnungen „Haffblick“
Anschrift: [[A|Strandweg 6]], [[A|17375 Mönkebude]]
Steuernummer: [[TNR|{TNR_LUEHE}]]
USt-IdNr.: [[VAT|{VAT_LUEHE}]]
Vermieter-Nr. Kurabgabe: 0031 · Objekt: 3 Ferienwohnungen, 9 Betten

Gästeverzeichnis (Auszug, kurabgabepflichtige Aufenthalte August 2025)
Name, Vorname	Geburtsdatum	Wohnanschrift	Aufenthalt	Nächte	Kurabgabe
[[P|van den Berg, Jan]]	[[DOB|14.02.1968]]	[[A|Laan van Meerdervoort 212]], [[A|2563 AH Den Haag]] (NL)	02.08.–09.08.	7	28,00 EUR (mit Ehefrau; Sohn unter 16 J. frei)
[[P|Szymańska, Agata]]	[[DOB|05.03.1990]]	[[A|ul. Wojska Polskiego 14/3]], [[A|70-470 Szczecin]] (PL)	09.08.–16.08.	7	14,00 EUR

Summe August (Auszug): 42,00 EUR · Summe Quartal III: 1.186,00 EUR (Kurkarten-Nr. 25-0031-001 bis 25-0031-094)
Der Betrag wird bis zum 15.10.2025 auf das Konto des Amtes, IBAN [[N|{AMT_IBAN}]], überwiesen.

Mönkebude, 06.10.2025
[[P|F. v. d. Lühe]]
""")

# ---------------------------------------------------------------------------------------------------------------
# 014 Outlook, Kurabgabe refund, English-Dutch-German, credit card + NL IBAN
# ---------------------------------------------------------------------------------------------------------------
doc("outlook", "kurtaxe", [], f"""
Betreff: Kurabgabe paid twice / doppelt bezahlt – Mönkebude August

Dear Sir or Madam, sehr geehrte Damen und Herren,

sorry, my German is not so good. We were guests in Mönkebude from 2 to 9 August (Ferienwohnung Haffblick, Strandweg). The Kurabgabe was already in the rent, but at the Tourist-Information at the harbour they charged my wife's credit card again 28,00 EUR for the two of us. The receipt (Beleg-Nr. 2025-08-04-117) is attached.

Card: Visa [[CC|{CC_VDBERG}]], card holder [[P|M. van den Berg-Visser]]

Could you please refund the money to our bank account [[IBAN|{IB_VDBERG}]], account holder [[P|J. van den Berg]]? Or back on the card, as you like.

Met vriendelijke groet / Mit freundlichen Grüßen
[[P|Jan van den Berg]]
[[A|Laan van Meerdervoort 212]]
[[A|2563 AH Den Haag]], Nederland
[[T|+31 6 4127 8830]]
[[E|jan.vandenberg@ziggo.nl]]
""")

# ---------------------------------------------------------------------------------------------------------------
# 015 Outlook, three-line phone note
# ---------------------------------------------------------------------------------------------------------------
doc("outlook", "kita", [], """
Betreff: Rückruf Fr. Nguyen – Essengeld

Fr. [[P|Nguyen]] (Mutter von [[P|Bao An]], Haffpiraten) hat angerufen, versteht den Bescheid zum Verpflegungsgeld nicht. Bitte zurückrufen, am besten nach 15 Uhr: [[T|0152 2904 7713]]. Spricht wenig Deutsch, die große Tochter übersetzt.
[[N|K.]]
""")

# ---------------------------------------------------------------------------------------------------------------
# 016 Word, phone note: employer wants to register Ukrainian workers
# ---------------------------------------------------------------------------------------------------------------
doc("word", "melde", [], f"""
Telefonnotiz

Datum: 08.10.2025, 10:20 Uhr                Aufgenommen von: [[P|Lüdtke]] (Bürgerbüro)
Anrufer: Herr [[P|Serhij Tkachenko]], Fischräucherei [[P|Tkachenko]], [[A|Hafenstraße 2]], [[A|17375 Mönkebude]]
Rückrufnummer: [[T|0160 / 77 30 218]]

Anliegen: Zwei neue Mitarbeiter aus der Ukraine wohnen seit 01.10. in der Wohnung über der Räucherei ([[A|Hafenstraße 2]], [[N|DG links]]). Er fragt, ob er die Anmeldung für sie erledigen kann.
– [[P|Iryna Petrenko]], geb. [[DOB|03.03.1994]], Reisepass [[PASS|{PASS_PETRENKO}]]
– [[P|Oleh Petrenko]], geb. [[DOB|19.12.1992]]

Auskunft: Nein, persönliche Vorsprache mit Pass/Aufenthaltstitel und Wohnungsgeberbestätigung erforderlich (§ 17, § 19 BMG). Außerdem fragt er nach der Steuer-ID von Frau [[P|Petrenko]] für die Lohnabrechnung – nicht herausgegeben, Auskunft nur an die Person selbst. Die Rentenversicherungsnummer von Herrn [[P|Oleh Petrenko]] hat er schon: [[SSN|{SSN_PETRENKO}]] (vorgelesen, nicht geprüft).

Termin vereinbart: Dienstag, 14.10.2025, 9:00 Uhr, Bürgerbüro Ducherow, beide gemeinsam; Dolmetscherin bringen sie mit.
""")

# ---------------------------------------------------------------------------------------------------------------
# 017 Word, list of residents with birthdays (Jubilare)
# ---------------------------------------------------------------------------------------------------------------
doc("word", "melde", [], """
Amt Peenetal-Haffküste · Büro des Amtsvorstehers
Jubilarliste November 2025 – Glückwünsche der Bürgermeister
Stand: 20.10.2025 · nur für den Dienstgebrauch · Auskunftssperren und Widersprüche nach § 50 Abs. 2 BMG sind berücksichtigt

Geburtstage
Gemeinde	Name, Vorname	Geburtsdatum	Alter	Anschrift
Ducherow	[[P|Kühl, Gerda]]	[[DOB|03.11.1935]]	90	[[A|Lindenallee 4]], [[A|17398 Ducherow]]
Ducherow	[[P|Kusnezow, Wladimir]]	[[DOB|17.11.1940]]	85	[[A|Anklamer Straße 23]], [[N|Whg. 12]], [[A|17398 Ducherow]]
Mönkebude	[[P|Iwanowa, Swetlana]]	[[DOB|09.11.1945]]	80	[[A|Haffstraße 5]], [[A|17375 Mönkebude]]

Ehejubiläen
Goldene Hochzeit (Trauung am 14.11.1975): Eheleute [[P|Dittberner]], Mönkebude – Urkunde des Ministerpräsidenten ist beantragt

Hinweise
Frau [[P|Kühl]] wünscht keinen Besuch, nur eine Karte. Bei Frau [[P|Iwanowa]] Besuch nur nach Absprache mit der Tochter, [[P|Natalja Becker]], Tel. [[T|0171 205 88 34]]. Präsentkorb über Bäckerei und Hofladen wie im Vorjahr (Rechnung an das Amt, max. 25,00 EUR).
""")

# ---------------------------------------------------------------------------------------------------------------
# 018 Outlook, forwarded union adviser's complaint about workers' housing -> UNION
# ---------------------------------------------------------------------------------------------------------------
doc("outlook", "ordnungsamt", ["UNION"], f"""
Betreff: WG: Unterkunft Saisonkräfte Bugewitz – Beschwerde

Liebe [[P|Ines]],

zur Kenntnis und mit der Bitte um Prüfung, ob wir (Unterkunft/Gefahrenabwehr) oder der Landkreis zuständig ist. Das Grundstück kennst du ja schon von der Ruhestörung im August.

Gruß
[[P|Jörg Behrendt]]
Leitender Verwaltungsbeamter
Amt Peenetal-Haffküste

-----Ursprüngliche Nachricht-----
Von: [[P|Nowak-Zielińska, Katarzyna]] <[[E|katarzyna.nowak-zielinska@igbau.de]]>
Gesendet: Freitag, 29. August 2025 14:03
An: [[N|poststelle@amt-peenetal-haffkueste.de]]
Betreff: Unterkunft Saisonkräfte Bugewitz – Beschwerde

Sehr geehrte Damen und Herren,

ich berate für die IG BAU in Mecklenburg-Vorpommern Beschäftigte aus Polen. Herr [[P|Bartosz Wójcik]] ist seit Juni Mitglied unserer Gewerkschaft und hat sich mit mehreren Kollegen an uns gewandt. Die Männer wohnen in einer Unterkunft des Obsthofs [[P|Wendt]] ([[A|Dorfstraße 41]], [[A|17398 Bugewitz]]): 14 Personen in einem Haus mit einem Bad, pro Bett werden 280 EUR im Monat vom Lohn abgezogen, eine Heizung gibt es im Obergeschoss nicht.

Laut den Lohnabrechnungen, die mir vorliegen, wird der Lohn von Herrn [[P|Wójcik]] auf sein polnisches Konto ([[IBAN|{IB_WOJCIK}]]) überwiesen, die Abzüge sind dort nicht erklärt. Arbeitgeber ist der Obsthof [[P|Lothar Wendt]], USt-IdNr. [[VAT|{VAT_WENDT}]].

Herr [[P|Wójcik]] (Tel. [[T|+48 601 742 385]]) und sein Kollege [[P|Tomasz Lewandowski]] sind bereit, mit Ihnen zu sprechen; der Kollege spricht gut Deutsch.

Mit freundlichen Grüßen
[[P|Katarzyna Nowak-Zielińska]]
Beraterin, IG BAU Bezirksverband Mecklenburg-Vorpommern
Tel. [[T|0381 4970 215]]
""")

# ---------------------------------------------------------------------------------------------------------------
# 019 Word, minutes of a municipal council meeting -> POLITICS (citizen states party membership)
# ---------------------------------------------------------------------------------------------------------------
doc("word", "protokoll", ["POLITICS"], """
Gemeinde Mönkebude
Niederschrift über die 12. öffentliche Sitzung der Gemeindevertretung
am Donnerstag, 18.09.2025, 19:00 Uhr, Gemeindezentrum, [[N|Schulstraße 1]], [[N|17375 Mönkebude]]

Vorsitz: Bürgermeisterin [[P|Anke Piehl]]
Anwesend: 6 von 7 Gemeindevertreterinnen und Gemeindevertretern (Anwesenheitsliste, Anlage 1), für die Verwaltung [[P|Nicole Rusch]] (Steuern und Abgaben)
Protokoll: [[P|Mandy Ziemer]]
Gäste: 14 Einwohnerinnen und Einwohner, Presse

TOP 1 Eröffnung und Feststellung der Beschlussfähigkeit
Die Bürgermeisterin eröffnet die Sitzung um 19:02 Uhr. 6 von 7 Mitgliedern sind anwesend; die Gemeindevertretung ist beschlussfähig. Die Niederschrift vom 26.06.2025 wird ohne Änderungen bestätigt.

TOP 2 Einwohnerfragestunde
Herr [[P|Lange]] ([[A|Strandweg 9]]) fragt, wie lange die Hafenstraße noch gesperrt bleibt. Die Bürgermeisterin antwortet: voraussichtlich bis Ende Oktober.
Frau [[P|Ilona Sauer]] erklärt, sie spreche als Sprecherin der Bürgerinitiative „Haffufer bleibt frei“ und als Mitglied der Partei Die Linke; sie fordert, den Bebauungsplan Nr. 7 „Wohnen am Haff“ zurückzuziehen, weil das Vogelschutzgebiet am Haffufer beeinträchtigt werde.

TOP 3 Bebauungsplan Nr. 7 „Wohnen am Haff“ – Abwägungs- und Satzungsbeschluss (Drucksache GV-MÖ/2025/031)
Herr [[P|Wollin]] beantragt Vertagung; der Antrag wird abgelehnt (2 Ja, 4 Nein). Die Stellungnahme der unteren Naturschutzbehörde vom 04.08.2025 wird zur Kenntnis genommen.
Beschluss: 4 Ja, 2 Nein, 0 Enthaltungen.

TOP 4 2. Änderung der Kurabgabesatzung (Drucksache GV-MÖ/2025/034)
Frau [[P|Rusch]] erläutert die Erhöhung von 2,00 EUR auf 2,50 EUR je Übernachtung in der Hauptsaison (15.05.–15.09.). Kinder unter 16 Jahren bleiben befreit.
Beschluss: einstimmig.

TOP 5 Verschiedenes
Arbeitseinsatz am Hafen am 04.10.2025, 9 Uhr. Frau [[P|Marino]] regt an, im Winter die Beleuchtung am Bootssteg zu prüfen.

Ende der Sitzung: 20:48 Uhr

[[P|Anke Piehl]], Bürgermeisterin                    [[P|Mandy Ziemer]], Protokollführerin
""")

# ---------------------------------------------------------------------------------------------------------------
# 020 Outlook, registration of a vigil, forwarded -> POLITICS
# ---------------------------------------------------------------------------------------------------------------
doc("outlook", "ordnungsamt", ["POLITICS"], """
Betreff: WG: Anmeldung Mahnwache 24.08. Marktplatz Ducherow

Sehr geehrte Damen und Herren,

zuständig für Versammlungen ist die Versammlungsbehörde des Landkreises; ich leite Ihnen die Anzeige unten zuständigkeitshalber weiter und habe die Anmelderin darüber informiert. Die Sondernutzung für den Pavillon auf dem Marktplatz erteilen wir (gebührenfrei).

Mit freundlichen Grüßen
Im Auftrag
[[P|Ines Schwanbeck]]
Ordnungsamt
Amt Peenetal-Haffküste
Tel. [[T|039726 260-31]]

-----Ursprüngliche Nachricht-----
Von: [[P|Olena Kovalenko]] <[[E|olena.kovalenko@ukr.net]]>
Gesendet: Montag, 11. August 2025 21:47
An: [[N|ordnungsamt@amt-peenetal-haffkueste.de]]
Betreff: Anmeldung Mahnwache 24.08. Marktplatz Ducherow

Sehr geehrte Damen und Herren,

am 24. August, dem Unabhängigkeitstag der Ukraine, möchten wir als Ukrainische Gemeinschaft Vorpommern eine Mahnwache auf dem Marktplatz in Ducherow machen, 15 bis 17 Uhr, etwa 40 Personen. Wir protestieren gegen den russischen Krieg und fordern mehr Unterstützung für die Ukraine. Wir haben einen Pavillon, Fahnen und einen kleinen Lautsprecher.

Versammlungsleiterin: [[P|Olena Kovalenko]], geb. [[DOB|22.06.1983]], [[A|Bahnhofstraße 17]], [[A|17398 Ducherow]], Tel. [[T|0176 5521 9084]]
Ordner: [[P|Andrij Bondarenko]] und [[P|Taras Kravets]]

Vielen Dank und freundliche Grüße
[[P|Olena Kovalenko]]
""")

# ---------------------------------------------------------------------------------------------------------------
# 021 Outlook, Kita meals: Muslim family -> RELIGION
# ---------------------------------------------------------------------------------------------------------------
doc("outlook", "kita", ["RELIGION"], """
Betreff: Essen in der Krippe – kein Schweinefleisch für Yara

Sehr geehrte Frau [[P|Dahlke]],

unsere Tochter [[P|Yara Al-Hassan]] (geb. [[DOB|09.01.2022]]) ist seit September bei Ihnen in der Krippe. Wir sind Muslime und [[P|Yara]] soll kein Schweinefleisch und keine Gelatine essen. Im Ramadan fasten natürlich nur wir Eltern, nicht die Kleine :)

Der Caterer hat uns gesagt, ein extra Essen gibt es nicht. Dann möchten wir das Verpflegungsgeld ab Dezember kündigen und geben [[P|Yara]]s Essen selbst mit. Unsere Kundennummer beim Amt: [[AZ|5.2210.0355.6]]

Mit freundlichen Grüßen
[[P|Rania Haddad]] und [[P|Mohammed Al-Hassan]]
[[A|Am Mühlenberg 5]]
[[A|17398 Ducherow]]
[[T|0157 8823 1046]]
""")

# ---------------------------------------------------------------------------------------------------------------
# 022 Word, Wohngeld Vermerk: elderly woman with Pflegegrad -> HEALTH; SSN, KVNR, tax ID, ID card
# ---------------------------------------------------------------------------------------------------------------
doc("word", "wohngeld", ["HEALTH"], f"""
Amt Peenetal-Haffküste – Wohngeldstelle
Vermerk über eine persönliche Vorsprache
Az.: [[AZ|WG-0452/25]]

Am 13.10.2025 sprach Frau [[P|Sabine Rahn]] vor, Tochter und gerichtlich bestellte Betreuerin (Aufgabenkreis Vermögenssorge, Behörden) von Frau [[P|Waltraud Dittmann]] geb. [[P|Scholz]], * [[DOB|07.03.1948]], wohnhaft [[A|Am Kirchberg 2]], [[A|17392 Spantekow]]. Frau [[P|Rahn]] wies sich mit Personalausweis [[IDC|{IDC_RAHN}]] und dem Betreuerausweis des Amtsgerichts Pasewalk aus.

Gestellt wird ein Erstantrag auf Wohngeld (Mietzuschuss). Frau [[P|Dittmann]] ist seit einem Schlaganfall im Frühjahr halbseitig gelähmt, hat eine beginnende Demenz und ist in Pflegegrad 3 eingestuft; GdB 100, Merkzeichen G und H. Sie lebt allein, ein Pflegedienst kommt dreimal täglich. Der Freibetrag nach § 17 Nr. 1 WoGG ist zu berücksichtigen.

Vorgelegt bzw. aufgenommen:
– Rentenbescheid der DRV Nord vom 01.07.2025, Versicherungsnummer [[SSN|{SSN_DITTMANN}]], Altersrente 1.034,17 EUR
– Krankenversichertennummer [[KV|{KV_DITTMANN}]] (AOK Nordost) für den Nachweis der Beitragsanteile
– Steuer-ID der Antragstellerin: [[TID|{TID_DITTMANN}]]
– Mietbescheinigung der Wohnungsgenossenschaft, Kaltmiete 398,00 EUR

Es fehlen: Kontoauszüge der letzten drei Monate, Nachweis Pflegegeld. Die Betreuerin reicht sie bis 31.10.2025 nach. Erreichbar unter [[T|0173 208 55 41]] oder [[E|sabine.rahn@posteo.de]].

[[P|K. Lüdtke]]
""")

# ---------------------------------------------------------------------------------------------------------------
# 023 Outlook, social worker: Roma family facing eviction -> ETHNICITY
# ---------------------------------------------------------------------------------------------------------------
doc("outlook", "ordnungsamt", ["ETHNICITY"], """
Betreff: Unterbringung Familie Berisha – bitte dringend

Sehr geehrte Frau [[P|Schwanbeck]],

ich begleite als Migrationsberaterin die Familie [[P|Berisha]]. Herr [[P|Senad Berisha]], seine Frau [[P|Mirela]] und die vier Kinder (2 bis 11 Jahre, [[P|Elvis]] und [[P|Ajla]] gehen in Ducherow zur Schule) müssen die Wohnung [[A|Ziegeleiweg 4]] in Rossin zum 31.10. räumen, das Räumungsurteil ist rechtskräftig.

Die Familie gehört zur Minderheit der Roma aus dem Kosovo. Sie hat sich bei drei Vermietern beworben, zweimal wurde ihr offen gesagt, „an solche Leute“ werde nicht vermietet. Ohne Ihre Hilfe steht die Familie Anfang November auf der Straße. Ich bitte daher um Prüfung einer Einweisung in eine Notunterkunft nach dem SOG M-V.

Herr [[P|Berisha]] ist unter [[T|0152 0637 4418]] erreichbar (Deutsch geht gut, sonst gern über mich).

Freundliche Grüße
[[P|Amela Hodžić]]
Migrationsberatung für erwachsene Zuwanderer
[[N|Friedländer Straße 4]], [[N|17389 Anklam]]
Tel. [[T|03971 24 58 13]]
""")

# ---------------------------------------------------------------------------------------------------------------
# 024 Outlook, staff council: fingerprint time clock -> BIOMETRIC, UNION
# ---------------------------------------------------------------------------------------------------------------
doc("outlook", "personal", ["BIOMETRIC", "UNION"], """
Betreff: Zeiterfassung Bauhof – Widerspruch Fingerabdruck

Hallo [[P|Jörg]],

wie gestern besprochen: Kollege [[P|Maik Gützlaff]] (Personalnr. [[N|4471]]) widerspricht der Nutzung seines Fingerabdrucks am neuen Zeiterfassungsterminal. Der Lieferant hat bei der Einweisung am 01.09. schon von allen neun Kollegen den rechten Zeigefinger eingelesen, also auch [[P|Maik]]s Finger. Das gespeicherte Fingerabdruck-Template muss gelöscht werden, er nimmt dann einen Transponder.

[[P|Maik]] ist ver.di-Mitglied und hat sich dort auch schon beraten lassen; [[P|Kwame Mensah]] (ebenfalls ver.di) schließt sich dem Widerspruch an. Laut Hersteller wird kein Bild, sondern nur ein Merkmals-Template gespeichert – das sind trotzdem biometrische Daten nach Art. 9 DSGVO, eine Dienstvereinbarung dazu haben wir nicht.

Bitte bis Freitag um Rückmeldung, dann spreche ich mit beiden.

Viele Grüße
[[P|Birgit Kaatz]]
Vorsitzende des Personalrats
Amt Peenetal-Haffküste
[[T|039726 260-22]]
""")

# ---------------------------------------------------------------------------------------------------------------
# 025 Word, Kita: integration place, child with Trisomy 21 confirmed by chromosome analysis -> HEALTH, GENETIC
# ---------------------------------------------------------------------------------------------------------------
doc("word", "kita", ["HEALTH", "GENETIC"], f"""
Amt Peenetal-Haffküste – Kindertagesförderung
Aktenvermerk

Betr.: Integrativer Platz und Verpflegungsgeld – Kind [[P|Leonie Marquardt]], geb. [[DOB|15.06.2021]]
Az.: [[AZ|KiTa 51.2-0093/25]]

Die Eltern [[P|Janine Marquardt]] und [[P|Christopher Reinke]] ([[A|Feldstraße 11]], [[A|17379 Ferdinandshof]]) beantragen für [[P|Leonie]] ab 01.01.2026 einen integrativen Platz in der Kita „Sonnenkäfer“ Ferdinandshof.

Laut Bericht des Sozialpädiatrischen Zentrums Greifswald vom 02.07.2025 ([[P|Dr. med. Ulrike Sponholz]]) liegt bei [[P|Leonie]] eine durch Chromosomenanalyse bestätigte freie Trisomie 21 vor; der Herzfehler (AVSD) wurde 2022 operiert, es bestehen eine Muskelhypotonie und eine deutliche Sprachentwicklungsverzögerung. Frau Dr. [[P|Sponholz]] empfiehlt Heilpädagogik und Logopädie in der Einrichtung. Frau [[P|Marquardt]] bittet ausdrücklich darum, den humangenetischen Befund nicht an die Kita weiterzugeben; dort genügt der Förderplan.

Krankenversichertennummer des Kindes: [[KV|{KV_LEONIE}]] (AOK Nordost). Der Antrag auf Eingliederungshilfe beim Landkreis ist gestellt.

Verpflegungsgeld: Die Eltern erhalten Leistungen nach dem BuT; Befreiung ab Aufnahme (Kostensatz 3,10 EUR/Tag). Rückfragen an die Mutter unter [[T|0151 1742 0983]].

Ducherow, 08.07.2025
[[P|Wegner-Stöck]]
""")

# ---------------------------------------------------------------------------------------------------------------
# 026 Outlook, harassment of a gay couple by a neighbour -> SEXUAL_ORIENTATION
# ---------------------------------------------------------------------------------------------------------------
doc("outlook", "ordnungsamt", ["SEXUAL_ORIENTATION"], """
Betreff: Beleidigungen und Wohnwagen auf dem Gehweg – Seeweg, Rossin

Guten Tag,

mein Mann [[P|Tobias]] und ich wohnen seit März im [[A|Seeweg 7]] in Rossin. Seit unser Nachbar, Herr [[P|Dieter Grabow]] ([[A|Seeweg 5]]), mitbekommen hat, dass wir ein schwules Paar sind, beschimpft er uns fast täglich über den Zaun. Am 27.09. war ein Reifen an unserem Auto ([[KFZ|VG-FN 219]]) zerstochen. Anzeige bei der Polizei in Anklam ist erstattet, Vorgangsnummer [[AZ|ANK-2025-118842]].

Unabhängig davon steht sein Wohnwagen seit Wochen auf dem Gehweg, Kinder und Rollatoren müssen auf die Straße ausweichen. Können Sie als Ordnungsamt da etwas machen?

Viele Grüße
[[P|Florian Neumann-Brandt]]
[[T|0173 / 615 40 92]]
""")

# ---------------------------------------------------------------------------------------------------------------
# 027 Outlook, short: online payment charged twice, credit card
# ---------------------------------------------------------------------------------------------------------------
doc("outlook", "fischereischein", [], f"""
Betreff: fischereiabgabe 2x abgebucht

hallo,
hab gestern übers onlineportal die fischereiabgabe 2026 bezahlt (bestellnr. FA-2025-118274) und es wurde zweimal abgebucht, je 10 €. kreditkarte ist die [[CC|{CC_BARTELT}]], bitte einmal zurückbuchen. mein fischereischein ist der [[N|MV-16-0039911]].
gruß [[P|ronny bartelt]]
ueckermünde
""")

# ---------------------------------------------------------------------------------------------------------------
# 028 Word, Verwarnung with Verwarnungsgeld to a driver with Ukrainian plate
# ---------------------------------------------------------------------------------------------------------------
doc("word", "ordnungsamt", [], f"""
Amt Peenetal-Haffküste · Ordnungsamt · [[N|Am Amtshof 2]] · [[N|17398 Ducherow]]

Herrn
[[P|Andrij Bondarenko]]
[[A|Bahnhofstraße 21]]
[[A|17398 Ducherow]]

Aktenzeichen: [[AZ|OA 33.2-4417/25]]
Sachbearbeiter: [[P|Sven Kasischke]]
Datum: 03.09.2025

Verwarnung mit Verwarnungsgeld

Sehr geehrter Herr [[P|Bondarenko]],

Ihnen wird vorgeworfen, am 28.08.2025 um 10:42 Uhr in Mönkebude, Parkplatz am Hafen (Strandweg), mit dem Pkw, amtliches Kennzeichen [[KFZ|BH 4127 KE]] (UA), ohne gültigen Parkschein geparkt zu haben (§§ 13 Abs. 1, 49 StVO; lfd. Nr. 63.1 BKat). Beweismittel: Foto, Feststellung durch den Außendienst.

Wegen dieser Ordnungswidrigkeit werden Sie gemäß § 56 OWiG verwarnt. Das Verwarnungsgeld beträgt 20,00 EUR. Bitte überweisen Sie den Betrag innerhalb einer Woche auf das Konto des Amtes, IBAN [[N|{AMT_IBAN}]], unter Angabe des Aktenzeichens.

Wenn Sie nicht selbst gefahren sind, teilen Sie uns bitte Name und Anschrift der Person mit, die das Fahrzeug geführt hat. Zahlen Sie nicht fristgerecht, wird ein Bußgeldverfahren eingeleitet; dann kommen Gebühren und Auslagen von mindestens 28,50 EUR hinzu.

Mit freundlichen Grüßen
Im Auftrag
[[P|Kasischke]]
""")

# ---------------------------------------------------------------------------------------------------------------
# 029 Outlook, reply chain with an Italian owner of a holiday home (foreign address, 13-digit tax number)
# ---------------------------------------------------------------------------------------------------------------
doc("outlook", "grundsteuer", [], f"""
Betreff: AW: Grundsteuer und Kurabgabe Ferienhaus Mönkebude, Kassenzeichen [[AZ|2.0311.7781.4]]

Sehr geehrter Herr [[P|Lo Bianco]],

vielen Dank für Ihre Nachricht. Der Grundsteuerbescheid 2025 ist am 15.01.2025 an Ihre Anschrift in Turin gegangen und nicht zurückgekommen; eine Kopie hänge ich an. Offen sind 318,40 EUR. Bitte überweisen Sie den Betrag auf unser Konto bei der Sparkasse Vorpommern, IBAN [[N|{AMT_IBAN}]], Verwendungszweck: Kassenzeichen wie im Betreff. Gern können Sie uns auch ein Lastschriftmandat für Ihr deutsches Konto erteilen, das Formular liegt bei.

Für Ihre eigene Nutzung des Hauses fällt keine Kurabgabe an. Wenn Sie an Gäste vermieten, sind Sie nach § 6 der Kurabgabesatzung verpflichtet, die Kurabgabe einzuziehen und vierteljährlich abzurechnen. Ihre Steuernummer beim Finanzamt benötigen wir dafür nicht.

Mit freundlichen Grüßen
Im Auftrag
[[P|Nicole Rusch]]
Steuern und Abgaben
Tel. [[T|039726 260-41]]
[[E|n.rusch@amt-peenetal-haffkueste.de]]

Von: [[P|Giuseppe Lo Bianco]] <[[E|giuseppe.lobianco@libero.it]]>
Gesendet: Donnerstag, 16. Oktober 2025 18:22
An: [[N|steuern@amt-peenetal-haffkueste.de]]
Betreff: Grundsteuer und Kurabgabe Ferienhaus Mönkebude, Kassenzeichen [[AZ|2.0311.7781.4]]

Gentile Signora, sehr geehrte Damen und Herren,

seit 2019 gehört mir das Ferienhaus [[A|Am Haffufer 9]] in Mönkebude. Meine Frau und ich wohnen in Italien: [[A|Via Nizza 48]], [[A|10125 Torino]]. Die Post kommt oft sehr spät, bitte schreiben Sie mir per E-Mail.

Ich habe für 2025 keine Rechnung über die Grundsteuer bekommen. Die Zahlungen gehen normal von meinem deutschen Konto bei der Deutschen Bank, [[IBAN|{IB_LOBIANCO}]]. Ab nächstem Jahr möchte ich das Haus auch an Gäste vermieten; mein Steuerberater in Greifswald hat beim Finanzamt die Steuernummer [[TNR|{TNR_LOBIANCO}]] bekommen. Muss ich dann Kurabgabe einsammeln?

Cordiali saluti
[[P|Giuseppe Lo Bianco]]
[[T|+39 347 218 5530]]
""")

# ---------------------------------------------------------------------------------------------------------------
# 030 Word, list of adjoining owners for a road construction information evening
# ---------------------------------------------------------------------------------------------------------------
doc("word", "bau", [], """
Gemeinde Bugewitz – Ausbau der Dorfstraße, 2. Bauabschnitt
Anliegerliste für die Einladung zur Anliegerversammlung am 12.11.2025, 18:00 Uhr, Dorfgemeinschaftshaus
Stand: 21.10.2025 · Bauamt, Bearbeitung [[P|Abena Owusu-Brandt]], [[T|039726 260-52]]

Flurstück	Eigentümer/in	Zustellanschrift	Telefon	Bemerkung
Flur 1, 12/4	[[P|Zühlke, Uwe]]	[[A|Dorfstraße 39]], [[A|17398 Bugewitz]]	–	–
Flur 1, 13	Obsthof (siehe Gewerbeakte)	–	–	Zufahrt für Lkw während der Ernte
Flur 1, 14/1	Erbengemeinschaft [[P|Vogel]]: [[P|Vogel, Sieglinde]]; [[P|Winter, Gisela]]	[[P|Gisela Winter]], [[A|Postfach 11 02]], [[A|17373 Ueckermünde]]	–	Miteigentümerin [[P|Vogel]] verstorben, Erbschein beantragt
Flur 1, 15	Gemeinde Bugewitz	–	–	Zugang zur Ueckermünder Straße bleibt frei
Flur 1, 18	[[P|Dr. Konstantin von Maltzahn]]	c/o Hausverwaltung Pommern, [[A|Elbchaussee 312]], [[A|22609 Hamburg]]	–	Ferienhaus, nur zeitweise bewohnt

Hinweise: Straßenausbaubeiträge werden in M-V seit 01.01.2018 nicht mehr erhoben (§ 8 KAG M-V); Kosten nach Bebauungsplan Nr. 3 „Dorfmitte“ trägt die Gemeinde. Bauzeit voraussichtlich März bis Oktober 2026; Baumfällungen nur außerhalb der Vogelbrutzeit, kein Winterdienst im Baufeld. Die Dorfstraße bleibt für Anlieger befahrbar.
""")


# ---------------------------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------------------------
def iban_ok(v):
    s = v.replace(" ", "")
    r = s[4:] + s[:4]
    if int("".join(str(int(c, 36)) for c in r)) % 97 != 1:
        return False
    if s.startswith("PL"):
        sc = s[4:12]
        total = sum(int(c) * w for c, w in zip(sc[:7], (3, 9, 7, 1, 3, 9, 7)))
        return (10 - total % 10) % 10 == int(sc[7]) and len(s) == 28
    if s.startswith("NL"):
        acc = s[8:]
        return len(s) == 18 and sum(int(c) * (10 - i) for i, c in enumerate(acc)) % 11 == 0
    if s.startswith("DE"):
        return len(s) == 22
    return True


def luhn_ok(v):
    d = v.replace(" ", "").replace("-", "")
    return luhn_check(d[:-1]) == int(d[-1])


def tax_id_ok(v):
    d = v.replace(" ", "")
    if len(d) != 11 or d[0] == "0":
        return False
    counts = [d[:10].count(c) for c in "0123456789"]
    return max(counts) <= 3 and sum(1 for c in counts if c >= 2) == 1 and mod11_10_check(d[:10]) == int(d[10])


def vat_ok(v):
    return v.startswith("DE") and len(v) == 11 and mod11_10_check(v[2:10]) == int(v[10])


def ssn_ok(v):
    s = v.replace(" ", "")
    code = ord(s[8]) - ord("A") + 1
    values = [int(c) for c in s[:8]] + [code // 10, code % 10] + [int(c) for c in s[9:11]]
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum(digit_sum(v * w) for v, w in zip(values, weights)) % 10 == int(s[11])


def kv_ok(v):
    code = ord(v[0]) - ord("A") + 1
    values = [code // 10, code % 10] + [int(c) for c in v[1:9]]
    return sum(digit_sum(x * (1 if i % 2 == 0 else 2)) for i, x in enumerate(values)) % 10 == int(v[9])


def pl_id_ok(v):
    if len(v) != 9 or not v[:3].isalpha() or not v[3:].isdigit():
        return False
    vals = [ord(c) - 55 for c in v[:3]] + [int(c) for c in v[3:]]
    return len(v) == 9 and sum(x * w for x, w in zip(vals, (7, 3, 1, 9, 7, 3, 1, 7, 3))) % 10 == 0


def de_id_ok(v):
    return len(v) == 10 and icao_check(v[:9]) == int(v[9])


CHECKS = {
    "IBAN": iban_ok, "CREDIT_CARD": luhn_ok, "TAX_ID": tax_id_ok, "VAT_ID": vat_ok,
    "SOCIAL_SECURITY": ssn_ok, "HEALTH_INSURANCE": kv_ok,
}


def main():
    assert len(DOCS) == 30, len(DOCS)
    rows = []
    for i, (channel, template, flags, marked) in enumerate(DOCS, 1):
        row = build(f"b32-{i:03d}", channel, template, marked, flags)
        rows.append(row)
    # identifier checks
    for row in rows:
        for e in row["entities"]:
            check = CHECKS.get(e["category"])
            if check:
                assert check(e["text"]), (row["id"], e)
            if e["category"] == "ID_CARD":
                assert pl_id_ok(e["text"]) or de_id_ok(e["text"]), (row["id"], e)
    # the Amt's own account is a valid IBAN too (hard negative), creditor id shape
    assert iban_ok(AMT_IBAN)
    path = os.path.join(OUT_DIR, "fresh32.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    # re-read and verify
    total = Counter()
    flags = Counter()
    channels = Counter()
    with open(path, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    for row in back:
        text = row["text"]
        u16 = text.encode("utf-16-le")
        for e in row["entities"] + row["neutral"]:
            assert u16[2 * e["start"]:2 * e["end"]].decode("utf-16-le") == e["text"]
        total.update(e["category"] for e in row["entities"])
        flags.update(row["specialCategories"])
        channels[row["channel"]] += 1
    n_ent = sum(total.values())
    print(f"{path}: {len(back)} documents, {n_ent} entities, "
          f"{sum(len(r['neutral']) for r in back)} neutral spans")
    print("channels:", dict(channels))
    print("categories:", dict(total.most_common()))
    print("flags:", dict(flags), "documents without flags:", sum(1 for r in back if not r["specialCategories"]))
    write_readme(back, total, flags, channels)
    return back, total, flags


def write_readme(back, total, flags, channels):
    n_ent = sum(total.values())
    cats = ", ".join(f"{c} {n}" for c, n in total.most_common())
    flg = ", ".join(f"{f} {n}" for f, n in sorted(flags.items(), key=lambda kv: (-kv[1], kv[0])))
    unflagged = sum(1 for r in back if not r["specialCategories"])
    n_neutral = sum(len(r["neutral"]) for r in back)
    text = (
        "# fresh32.jsonl — Amt Peenetal-Haffküste (Mecklenburg-Vorpommern), held out\n\n"
        f"`fresh32.jsonl` ({len(back)} documents b32-001…b32-030, {n_ent} labelled entities, {n_neutral} neutral spans; "
        "written blind to the detector, generated by `make_batch32.py`, seed 3232032) is set in an invented Amt "
        "Peenetal-Haffküste at the Stettiner Haff (Ducherow, Bugewitz, Rossin, Mönkebude, Spantekow, Ferdinandshof) and "
        "covers Wohngeld, Kita-Verpflegungsgeld, Grundsteuer, Hundesteuer, Ordnungsamt, Fischereischein and Kurabgabe: "
        f"{channels['outlook']} Outlook mails (lower-case citizen mails with typos, a Ukrainian mother's and a Ukrainian "
        "worker's German-English mails, a Dutch tourist's English-Dutch-German refund request with Visa card and NL IBAN, "
        "forwarded chains with `-----Ursprüngliche Nachricht-----` and internal `Von: Schwanbeck, Ines` headers, "
        "a three-line phone note, an Italian holiday-home owner with an address in Turin and a 13-digit MV "
        f"Steuernummer, staff signatures with direct dials) and {channels['word']} Word documents (a two-page "
        "Wohngeldbescheid, Grundsteuer- and Verwarnungsgeld letters, Ordnungsamt and Kita Vermerke, a Telefonnotiz, a "
        "filled-in Hundesteuer form with SEPA mandate, a Fischereischein application with separate Familienname/Vorname "
        "fields, a Gemeindevertretung Niederschrift, tab tables: Kita-Verpflegungsgeld, Kurabgabe guest list, "
        "Jubilarliste, Anliegerliste with Erbengemeinschaft, Postfach, c/o). Names are German, Polish (Dąbrowska, "
        "Wójcik, Nowak-Zielińska), Ukrainian (Melnyk, Petrenko, Kravets, Kovalenko), Russian-German, Turkish, Arabic, "
        "Vietnamese, Greek, Italian, Kosovar/Bosnian, Serbian, Dutch and Ghanaian, with particles (von der Lühe, van den "
        "Berg-Visser, F. v. d. Lühe, von Maltzahn), `Dr.`/`Dr. med.` before a full name vs `Frau Dr. Sponholz`, a maiden "
        "name after `geb.`, a nickname (Tomek), genitives labelled without the `s` (Emirs, Maiks, Yaras), first names "
        f"alone and `Nachname, Vorname` lists. Entities: {cats}. Identifiers are checked in the generator (IBAN mod 97 "
        "plus the Polish sort-code and Dutch 11-test checks, Luhn, Steuer-ID and USt-IdNr mod 11,10, "
        "Rentenversicherungs- and Krankenversichertennummer check digits, the German ID card ICAO digit and the Polish "
        f"ID card check). Flags: {flg}, on {len(back) - unflagged} documents (a guide-dog exemption, a child with "
        "type-1 diabetes, a Pflegegrad/Demenz Wohngeld case, Trisomie 21 confirmed by chromosome analysis, Muslim "
        "dietary rules, a Roma family, IG BAU and ver.di membership, a fingerprint time clock, a gay couple, party "
        "membership stated at a council meeting, a pro-Ukraine vigil); {unflagged} documents carry none, among them a "
        "passport photo, a Krankenkasse and a Klinikum named without a condition. "
        "Hard negatives: the Amt's address, switchboard `039726 260-0`, functional mailboxes (poststelle@, "
        "ordnungsamt@, steuern@, kita.haffpiraten@), its Sparkasse IBAN and SEPA creditor ID, a Kita's address and "
        "phone, a counselling office's address, a personnel number, Mandatsreferenz, Fischereischein numbers and "
        "`Whg.`/`DG links` are neutral; invoice, order, receipt, Beleg, Angebot, Hundemarke, chip, Kurkarten and "
        "Prüfungszeugnis numbers, Drucksachen GV-MÖ/2025/0xx, Bebauungsplan Nr. 7 and Nr. 3, Flurstücke, amounts, "
        "§ references, Fälligkeiten and a wedding date, streets without house numbers (Dorfstraße, Am Haffufer, Seeweg), "
        "city names in prose, a dog called Winter, `Koch`, `im Winter`, `Vogelschutzgebiet`, `Bäckerei`, "
        "`Berufsfischer` and `wie lange` beside a Herr Lange are left unlabelled.\n"
    )
    # The writer's summary went to its own README.md; in this folder it is a section of the shared README.


if __name__ == "__main__":
    main()
