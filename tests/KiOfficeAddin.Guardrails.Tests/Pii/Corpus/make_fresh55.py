#!/usr/bin/env python3
"""Batch 55: held-out PII test set, Bezirksamt Elbufer-Nord (invented Hamburg-like city-state district).

Writes fresh55.jsonl (30 documents, F55-001 ... F55-030) and README.md next to this script.
Texts carry inline marks [[CAT|text]] / [[N|text]] that marks.build() turns into offsets.
"""
import sys

sys.dont_write_bytecode = True

import collections
import json
import os

CORPUS = os.path.dirname(os.path.abspath(__file__))  # marks.py and identifiers.py sit beside this file
sys.path.insert(0, CORPUS)

from marks import build  # noqa: E402
from identifiers import Identifiers, mod97_iban, mod11_10_check, luhn_check, digit_sum, group  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ids = Identifiers(5555)


# ---------------------------------------------------------------- independent re-checks of every identifier
def iban_ok(iban):
    s = iban.replace(" ", "")
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def luhn_ok(number):
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return total % 10 == 0


def tax_id_ok(value):
    s = value.replace(" ", "")
    if len(s) != 11 or s[0] == "0":
        return False
    counts = [s[:10].count(d) for d in "0123456789"]
    if max(counts) > 3 or sum(1 for c in counts if c >= 2) != 1:
        return False
    return mod11_10_check(s[:10]) == int(s[10])


def vat_ok(value):
    return value.startswith("DE") and len(value) == 11 and mod11_10_check(value[2:10]) == int(value[10])


def ssn_ok(value):
    s = value.replace(" ", "")
    letter = s[8]
    code = ord(letter) - ord("A") + 1
    values = [int(c) for c in s[:8]] + [code // 10, code % 10] + [int(c) for c in s[9:11]]
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum(digit_sum(v * w) for v, w in zip(values, weights)) % 10 == int(s[11])


def kvnr_ok(value):
    code = ord(value[0]) - ord("A") + 1
    values = [code // 10, code % 10] + [int(c) for c in value[1:9]]
    check = sum(digit_sum(v * (1 if i % 2 == 0 else 2)) for i, v in enumerate(values)) % 10
    return check == int(value[9])


# ---------------------------------------------------------------- national checks for foreign IBANs / documents
def pl_sort_code(prefix7):
    """Polish bank sort code (8 digits): 7 digits plus a check digit, weights 3 9 7 1 3 9 7."""
    total = sum(int(c) * w for c, w in zip(prefix7, (3, 9, 7, 1, 3, 9, 7)))
    return prefix7 + str((10 - total % 10) % 10)


def pl_sort_ok(code8):
    return sum(int(c) * w for c, w in zip(code8, (3, 9, 7, 1, 3, 9, 7, 1))) % 10 == 0


def nl_account():
    """Ten-digit Dutch account number passing the old 'elfproef' (weights 10..1, sum divisible by 11)."""
    while True:
        acc = ids.digits(10)
        if acc[0] != "0" and sum(int(c) * w for c, w in zip(acc, range(10, 0, -1))) % 11 == 0:
            return acc


def pl_id_card():
    """Polish dowód osobisty: AAA + check digit + 5 digits; weights 7 3 1 (check) 7 3 1 7 3."""
    letters = "".join(ids.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    rest = ids.digits(5)
    vals = [ord(c) - 55 for c in letters] + [int(c) for c in rest]
    check = sum(v * w for v, w in zip(vals, (7, 3, 1, 7, 3, 1, 7, 3))) % 10
    return f"{letters}{check}{rest}"


def pl_id_ok(value):
    vals = [ord(c) - 55 for c in value[:3]] + [int(c) for c in value[3:]]
    return sum(v * w for v, w in zip(vals, (7, 3, 1, 9, 7, 3, 1, 7, 3))) % 10 == 0


# ---------------------------------------------------------------- identifiers (fixed seed, fixed order)
IBAN_KARIMI = ids.iban_de()
IBAN_KASSE = ids.iban_de()                                   # city's own account: neutral
IBAN_PL_WIS = mod97_iban("PL", pl_sort_code("1020" + ids.digits(3)) + ids.digits(16))
IBAN_ZIELINSKI = ids.iban_de()
IBAN_OZTURK = ids.iban_de()
IBAN_NL = mod97_iban("NL", "ABNA" + nl_account())
IBAN_MELNYK = ids.iban_de()
IBAN_ALKHATIB = ids.iban_de()
IBAN_AT_KOWALCZYK = mod97_iban("AT", "20111" + ids.digits(11))
IBAN_ESPOSITO = ids.iban_de()

SSN_FERREIRA = ids.social_security("120348", "F")
SSN_ASANTE = ids.social_security("250791", "A")
SSN_MCALLISTER = ids.social_security("170982", "M")
KV_FERREIRA = ids.health_insurance()
KV_AMA = ids.health_insurance()
KV_MELNYK = ids.health_insurance()
KV_PAPADAKIS = ids.health_insurance()

TID_TRAN = ids.tax_id()
TID_ASANTE = ids.tax_id()
TID_PRIYA = ids.tax_id()
TID_MCALLISTER = ids.tax_id()
VAT_TRAN = ids.vat_id()
VAT_LUEHRS = ids.vat_id()
TNR_TRAN = f"43/{ids.digits(3)}/{ids.digits(5)}"             # Hamburg layout FF/BBB/UUUUP (no check digit)
TNR_MCALLISTER = "2241" + "0" + ids.digits(8)               # Hamburg 13-digit federal form 22 FF 0 BBB UUUUP
TNR_LUEHRS = f"46/{ids.digits(3)}/{ids.digits(5)}"

CC_WHITFIELD = ids.credit_card("4", 16)
CC_MCALLISTER = ids.credit_card("37", 15)
CC_NGUYEN = ids.credit_card("52", 16)

IDC_KRAFT = ids.id_card(check_digit=False)
IDC_PL = pl_id_card()
PASS_REFUGEE_AHMADI = ids.passport(check_digit=False)       # German-issued Reiseausweis fuer Fluechtlinge

for v in (IBAN_KARIMI, IBAN_KASSE, IBAN_PL_WIS, IBAN_ZIELINSKI, IBAN_OZTURK, IBAN_NL, IBAN_MELNYK,
          IBAN_ALKHATIB, IBAN_AT_KOWALCZYK, IBAN_ESPOSITO):
    assert iban_ok(v), v
assert pl_sort_ok(IBAN_PL_WIS[4:12]), IBAN_PL_WIS
assert sum(int(c) * w for c, w in zip(IBAN_NL[8:], range(10, 0, -1))) % 11 == 0, IBAN_NL
assert len(IBAN_AT_KOWALCZYK) == 20 and len(IBAN_PL_WIS) == 28 and len(IBAN_NL) == 18
for v in (SSN_FERREIRA, SSN_ASANTE, SSN_MCALLISTER):
    assert ssn_ok(v), v
for v in (KV_FERREIRA, KV_AMA, KV_MELNYK, KV_PAPADAKIS):
    assert kvnr_ok(v), v
for v in (TID_TRAN, TID_ASANTE, TID_PRIYA, TID_MCALLISTER):
    assert tax_id_ok(v), v
for v in (VAT_TRAN, VAT_LUEHRS):
    assert vat_ok(v), v
for v in (CC_WHITFIELD, CC_MCALLISTER, CC_NGUYEN):
    assert luhn_ok(v), v
assert pl_id_ok(IDC_PL), IDC_PL


def sp(value, size=4):
    return group(value, size)


def ssn_sp(v):
    return f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}"


def tid_sp(v):
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"


def amex(v):
    return f"{v[:4]} {v[4:10]} {v[10:]}"


# Authority data used in many documents (neutral: the office's own address, switchboard, functional mailboxes).
BA_STREET = "[[N|Kaistraße 14]]"
BA_CITY = "[[N|20457 Hamburg]]"
BA_TEL = "[[N|040 42854-0]]"

DOCS = []


def doc(channel, template, flags, text):
    DOCS.append((channel, template, flags, text.strip("\n")))


# ================================================================ F55-001 Wohngeld-Bescheid (word)
doc("word", "wohngeld-bescheid", [], f"""
Freie und Hansestadt Hamburg
Bezirksamt Elbufer-Nord
Fachamt Grundsicherung und Soziales – Wohngeldstelle

Bezirksamt Elbufer-Nord · [[N|Postfach 10 22 40]] · [[N|20015 Hamburg]]

Herrn
[[P|Mohammad Nasir Karimi]]
[[A|Vierländer Damm 118-120]]
[[N|Haus B, 3. OG]]
[[A|20537 Hamburg]]

Wohngeldnummer: [[AZ|WG-3318-0472/25]]
Zimmer 2.114
Telefon: [[T|040 42854-3317]]
Zentrale: {BA_TEL}
E-Mail: [[N|wohngeld@elbufer-nord.hamburg.de]]

Hamburg, 14.07.2025

Bescheid über Wohngeld (Mietzuschuss)

Sehr geehrter Herr [[P|Karimi]],

auf Ihren Antrag vom 02.05.2025 wird Ihnen für den Bewilligungszeitraum vom 01.05.2025 bis 30.04.2026 Wohngeld in Höhe von monatlich

412,00 EUR

bewilligt.

1. Haushaltsmitglieder
Bei der Berechnung wurden folgende Personen berücksichtigt:

Name	Geburtsdatum	Verhältnis zum Antragsteller
[[P|Mohammad Nasir Karimi]]	[[DOB|03.09.1981]]	Antragsteller
[[P|Zahra Karimi]]	[[DOB|21.01.1986]]	Ehefrau
[[P|Mariam Karimi]]	[[DOB|30.10.2016]]	Tochter

2. Berechnungsgrundlagen
Zu berücksichtigende Miete: 986,50 EUR (Höchstbetrag nach § 12 WoGG für 3 Haushaltsmitglieder, Mietenstufe 6: 1.070,00 EUR)
Gesamteinkommen monatlich: 1.740,00 EUR
Entlastungsbetrag für Heizkosten (§ 12 Abs. 6 WoGG) ist enthalten.
Das Einkommen aus der Beschäftigung Ihrer Ehefrau als Reinigungskraft (Minijob, 520,00 EUR) wurde mit dem pauschalen Abzug von 10 % angesetzt. Kindergeld wird nicht als Einkommen berücksichtigt.

3. Zahlung
Das Wohngeld wird monatlich im Voraus auf das von Ihnen angegebene Konto überwiesen:
IBAN: [[IBAN|{sp(IBAN_KARIMI)}]]
Die Nachzahlung für Mai bis Juli 2025 in Höhe von 1.236,00 EUR wird in den nächsten Tagen angewiesen.

4. Mitteilungspflichten
Sie sind nach § 27 WoGG verpflichtet, uns unverzüglich mitzuteilen, wenn sich die Zahl der Haushaltsmitglieder ändert, die Miete um mehr als 15 % sinkt oder das Einkommen um mehr als 15 % steigt. Zu Unrecht erhaltenes Wohngeld ist zu erstatten.

Der Antrag auf Weiterleistung sollte spätestens zwei Monate vor Ablauf des Bewilligungszeitraums, also bis Ende Februar 2026, gestellt werden.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift beim Bezirksamt Elbufer-Nord, {BA_STREET}, {BA_CITY}, einzulegen. Er kann auch elektronisch an [[N|wohngeld@elbufer-nord.hamburg.de]] übermittelt werden, wenn das Dokument mit einer qualifizierten elektronischen Signatur versehen ist.

Mit freundlichen Grüßen
Im Auftrag

[[P|Hansen]]

Sprechzeiten: Dienstag 8–12 Uhr, Donnerstag 14–18 Uhr, nur nach Terminvereinbarung
""")

# ================================================================ F55-002 lower-case reply with quoted mail (outlook)
doc("outlook", "wohngeld-nachreichung", [], """
Von: [[P|Emine Yıldırım]] <[[E|emine.yildirim78@gmx.de]]>
Gesendet: Dienstag, 22. Juli 2025 07:48
An: [[N|wohngeld@elbufer-nord.hamburg.de]]
Betreff: AW: wohngeld unterlagen

hallo frau [[P|hansen]],

sorry das ich mich erst jetzt melde, mein sohn hatte die briefe in die schublade gelegt und ich hab die garnicht gesehen. die lohnabrechnungen von juni und juli schicke ich ihnen im anhang (fotos, hoffe man kann das lesen), die von meinem mann [[P|hasan]] kommt nächste woche weil sein chef im urlaub ist.
neue handynr von mir ist [[T|0176 4418 2093]], die alte geht nicht mehr.

adresse ist immer noch [[A|Jenfelder Allee 23 b]], falls sie fragen.

lg
[[P|emine yıldırım]]
""")

# ================================================================ F55-003 Vermerk Hausbesuch Grundsicherung (word, HEALTH)
doc("word", "grundsicherung-hausbesuch", ["HEALTH"], f"""
Bezirksamt Elbufer-Nord
Fachamt Grundsicherung und Soziales – Sachgebiet Grundsicherung im Alter

Vermerk über einen Hausbesuch

Aktenzeichen: [[AZ|GS 412/2024-117]]
Datum des Besuchs: 26.06.2025, 10:30–11:40 Uhr
Anwesend: die Leistungsberechtigte, deren Tochter, Unterzeichner

Personalien
Name: [[P|Ferreira, Maria da Conceição]]
Geboren: [[DOB|12.03.1948]] in Viana do Castelo (Portugal)
Anschrift: [[A|Große Elbstraße 212]], [[N|Whg. 5]], [[A|22767 Hamburg]]
Rentenversicherungsnummer: [[SSN|{ssn_sp(SSN_FERREIRA)}]]
Krankenversichertennummer: [[KV|{KV_FERREIRA}]]
Ansprechpartnerin: Tochter, Tel. [[T|0171 / 553 82 09]]

Anlass
Weiterbewilligungsantrag vom 02.06.2025; Prüfung des beantragten Mehrbedarfs wegen kostenaufwändiger Ernährung und der Angemessenheit der Unterkunft.

Feststellungen
Die Leistungsberechtigte bewohnt eine 2-Zimmer-Wohnung im 3. Obergeschoss ohne Aufzug (52 m², Grundmiete 498,00 EUR, Nebenkosten 140,00 EUR, Heizkosten 71,00 EUR). Die Wohnung ist einfach, aber ordentlich eingerichtet. Nach ihren Angaben sei die Wohnung im Winter kaum warm zu bekommen, die Fenster im Schlafzimmer schließen nicht richtig; der Vermieter sei informiert.

Frau [[P|Ferreira]] leidet an einem insulinpflichtigen Diabetes mellitus Typ 2 mit beginnender Polyneuropathie in beiden Füßen. Seit einem Sturz im Februar 2025 (Oberschenkelhalsbruch, operativ versorgt im Krankenhaus) ist sie auf einen Rollator angewiesen und verlässt die Wohnung kaum noch. Die Pflegekasse hat mit Bescheid vom 14.04.2025 den Pflegegrad 3 anerkannt; ein ambulanter Pflegedienst kommt zweimal täglich zur Insulingabe. Ein ärztliches Attest der Hausärztin über die Notwendigkeit einer Diabetes-Kost liegt vor.

Einkünfte: Altersrente der Deutschen Rentenversicherung Nord 612,40 EUR netto, portugiesische Altersrente (Centro Nacional de Pensões) 138,00 EUR. Vermögen: Girokonto bei der Haspa mit 1.204,17 EUR, keine weiteren Konten. Die Tochter bestätigt, dass das Haus der Familie in Portugal bereits 2009 an ihren Bruder übertragen wurde (Schenkungsvertrag in Kopie vorgelegt).

Frau [[P|Ferreira]]s Nachbar, Herr [[P|Vogel]] aus dem Erdgeschoss, erledigt nach Angaben der Tochter regelmäßig Einkäufe.

Ergebnis
1. Mehrbedarf nach § 30 Abs. 5 SGB XII dem Grunde nach gegeben, Höhe nach den Empfehlungen des Deutschen Vereins.
2. Die Unterkunftskosten liegen innerhalb der Richtwerte; ein Umzug in eine barrierefreie Wohnung wird angeregt, die Tochter nimmt Kontakt zur SAGA auf.
3. Hinweis auf Hilfe zur Pflege (§§ 61 ff. SGB XII) gegeben; Antrag wird nachgereicht.

Gez. [[P|Jens Thomsen]], Sachbearbeiter, Durchwahl [[T|040 42854-3342]]
""")

# ================================================================ F55-004 forwarded lawyer mail (outlook)
doc("outlook", "grundsicherung-anwalt", [], f"""
Von: [[P|Thomsen, Jens]]
Gesendet: Montag, 4. August 2025 11:02
An: [[P|Brüggemann, Anke]]
Betreff: WG: Grundsicherung Frau [[P|Wiśniewska]] – Az. [[AZ|GS 412/2025-088]]

bitte übernehmen, ich bin ab morgen zwei Wochen im Urlaub. Der Anwalt hat leider recht mit der Frist, der Bescheid ist noch nicht raus. Kontoauszüge und ZUS-Bescheid liegen in der E-Akte.

Danke & Gruß
J.

________________________________
Von: [[P|Malte ter Horst]] <[[E|m.terhorst@hafenrecht-anwaelte.de]]>
Gesendet: Freitag, 1. August 2025 16:47
An: [[E|jens.thomsen@elbufer-nord.hamburg.de]]
Cc: [[N|grundsicherung@elbufer-nord.hamburg.de]]
Betreff: Grundsicherung – Ihr Az. [[AZ|GS 412/2025-088]]

Sehr geehrter Herr [[P|Thomsen]],

in vorbezeichneter Angelegenheit zeigen wir an, dass wir Frau [[P|Halina Wiśniewska]], geboren am [[DOB|17.11.1955]], [[A|Hein-Hoyer-Straße 41]], [[A|20359 Hamburg]], anwaltlich vertreten. Eine auf uns lautende Vollmacht fügen wir bei.

Unsere Mandantin hat den Antrag auf Leistungen der Grundsicherung im Alter und bei Erwerbsminderung am 12.05.2025 gestellt. Über den Antrag ist bis heute nicht entschieden worden, obwohl sämtliche angeforderten Unterlagen spätestens am 20.06.2025 vorlagen. Wir bitten um Entscheidung bis zum

15.08.2025.

Anderenfalls werden wir ohne weitere Ankündigung Untätigkeitsklage gemäß § 88 SGG beim Sozialgericht Hamburg erheben.

Die Nachweise über die polnische Altersrente (ZUS, monatlich 1.318,22 PLN) liegen Ihnen vor. Unsere Mandantin unterhält daneben lediglich noch das Konto bei der PKO Bank Polski, IBAN [[IBAN|{sp(IBAN_PL_WIS)}]], auf das die polnische Rente gezahlt wird; das Guthaben beläuft sich auf 212,37 PLN. Weiteres Vermögen ist nicht vorhanden.

Mit freundlichen Grüßen

[[P|Malte ter Horst]]
Rechtsanwalt
Fachanwalt für Sozialrecht

HAFENRECHT Rechtsanwälte PartGmbB
[[N|Ballindamm 7]] · [[N|20095 Hamburg]]
Tel. [[N|040 3097 1120]] · Durchwahl [[T|040 3097 1124]]
[[N|kanzlei@hafenrecht-anwaelte.de]] · www.hafenrecht-anwaelte.de
Partnerschaftsregister Amtsgericht Hamburg PR 1204
""")

# ================================================================ F55-005 Schuleingangsuntersuchung Befund (word, HEALTH)
doc("word", "gesundheitsamt-seu-befund", ["HEALTH"], f"""
Freie und Hansestadt Hamburg
Bezirksamt Elbufer-Nord – Gesundheitsamt
Kinder- und Jugendgesundheitsdienst
[[N|Kaistraße 16]] · [[N|20457 Hamburg]]

An die Eltern von
[[P|Ama Serwaa Mensah]]
[[A|Beim Alten Gaswerk 3]]
[[A|22761 Hamburg]]

Telefon: [[N|040 42854-5500]]
Datum: 25.06.2025

Mitteilung über das Ergebnis der Schuleingangsuntersuchung

Kind: [[P|Ama Serwaa Mensah]], geb. [[DOB|04.02.2019]]
Untersuchungstag: 18.06.2025
Vorgesehene Schule: Grundschule Arnkielstraße
Versichertennummer des Kindes: [[KV|{KV_AMA}]]

Liebe Eltern,

vielen Dank, dass Sie mit [[P|Ama]] zur Schuleingangsuntersuchung gekommen sind. Wir möchten Ihnen das Ergebnis mitteilen:

Sehen: Die Sehschärfe ist beidseits deutlich herabgesetzt (rechts 0,5, links 0,4). Es besteht der Verdacht auf eine Weitsichtigkeit mit Schielneigung links. Bitte stellen Sie Ihre Tochter in den nächsten vier Wochen bei einer Augenärztin oder einem Augenarzt vor und geben Sie uns den beiliegenden Rückmeldebogen zurück.

Hören: unauffällig.

Sprache: Ihre Tochter wächst mit Twi und Englisch auf und spricht seit dem Kita-Eintritt Deutsch. Der Wortschatz ist altersgerecht, bei der Satzbildung zeigen sich noch Unsicherheiten. Eine Sprachförderung in der Vorschulklasse empfehlen wir.

Körperliche Entwicklung: Größe 112 cm, Gewicht 19,5 kg. Es besteht ein bekanntes allergisches Asthma bronchiale; sie benötigt bei Atemnot ihr Notfallspray (Salbutamol). Bitte informieren Sie die Klassenlehrerin und geben Sie ein Spray für die Schule mit.

Impfungen: Masernschutz nachgewiesen (2 Impfungen). Die Auffrischung gegen Tetanus, Diphtherie und Keuchhusten ist fällig.

Aus ärztlicher Sicht bestehen gegen die Einschulung zum Schuljahr 2025/26 keine Bedenken.

Mit freundlichen Grüßen

[[P|Dr. med. Friederike Albers]]
Ärztin im Kinder- und Jugendgesundheitsdienst

Anlage: Rückmeldebogen Augenarzt
""")

# ================================================================ F55-006 TB contact tracing (outlook, HEALTH)
doc("outlook", "tb-umgebungsuntersuchung", ["HEALTH"], """
Von: [[P|Dr. Henrike Matthiesen]] <[[E|henrike.matthiesen@elbufer-nord.hamburg.de]]>
Gesendet: Donnerstag, 31. Juli 2025 08:12
An: [[N|tbc-fuersorge@elbufer-nord.hamburg.de]]
Betreff: Umgebungsuntersuchung Index [[P|Noori]] – AZ [[AZ|TB-25-0317]]

Liebe Kolleginnen und Kollegen,

zu der Meldung unten: bei Herrn [[P|Ahmad Shah Noori]] wurde eine offene, mikroskopisch positive Lungentuberkulose festgestellt. Er ist seit Montag in der Klinik isoliert, die Therapie (HRZE) hat begonnen. Er ist kooperativ und spricht Dari und gut Deutsch.

Bitte bis Mitte nächster Woche folgende enge Kontaktpersonen zum IGRA-Test bzw. bei Kindern unter 5 Jahren zum Röntgen einbestellen:

1. [[P|Farida Noori]] (Ehefrau), geb. [[DOB|02.08.1997]]
2. Sohn, geb. [[DOB|19.12.2020]] – Kita "Hafenzwerge", die Kita informieren wir gesondert
3. Arbeitsplatz: Großküche Kantinenbetrieb Hafenkante, dort laut Patient engster Kontakt mit dem Vorarbeiter [[P|Dragan Jovanović]], der als Koch in derselben Schicht arbeitet. Die Geschäftsführung ist informiert, Betriebsbegehung am Dienstag.

Die Schwiegermutter lebt mit im Haushalt (2 Zimmer, 4 Personen), bitte auch aufnehmen. Dolmetscherin für Dari ist angefragt.

Viele Grüße
[[P|Henrike Matthiesen]]
Fachärztin für Öffentliches Gesundheitswesen
Tuberkulose-Fürsorge, Bezirksamt Elbufer-Nord
Tel. [[T|040 42854-5561]]

Am 29.07.2025 um 14:32 schrieb [[P|Dr. med. Tobias Reinke]] <[[E|t.reinke@lungenklinik-harksheide.de]]>:
> Sehr geehrte Frau Dr. [[P|Matthiesen]],
>
> hiermit melden wir gemäß § 6 Abs. 1 Nr. 1 IfSG eine behandlungsbedürftige Tuberkulose:
> Patient: [[P|Noori, Ahmad Shah]], *[[DOB|15.03.1994]]
> Anschrift: [[A|Wilhelm-Strauß-Weg 4]], [[A|21109 Hamburg]]
> Befund: kavernöse Lungentuberkulose rechts apikal, Sputum mikroskopisch 2+, PCR positiv, Resistenztestung läuft.
> Der Patient gibt an, seit etwa drei Monaten zu husten; er arbeitet in einer Kantine.
>
> Mit kollegialen Grüßen
> Oberarzt Pneumologie
""")

# ================================================================ F55-007 Einbürgerung Vermerk (word, RELIGION, POLITICS)
PASS_IR = "K" + ids.digits(8)
doc("word", "einbuergerung-vermerk", ["RELIGION", "POLITICS"], f"""
Bezirksamt Elbufer-Nord
Fachamt Einwohnerangelegenheiten – Einbürgerung

Vermerk zur Prüfung der Einbürgerungsvoraussetzungen (§ 10 StAG)

Az.: [[AZ|EB 2025/04417]]
Stand: 02.10.2025

1. Antragsteller
[[P|Kourosh Rezaei]], geboren am [[DOB|06.04.1983]] in Teheran (Iran), iranischer Staatsangehöriger
wohnhaft [[A|Osdorfer Landstraße 233a]], [[A|22549 Hamburg]]

Miteinzubürgern:
– Ehefrau [[P|Parisa Mohammadi]], geb. [[DOB|14.08.1986]] in Isfahan
– Sohn [[P|Darius Rezaei]], geb. [[DOB|23.05.2015]] in Hamburg

2. Aufenthalt
Einreise am 04.11.2013, Asylantrag am 11.11.2013. Mit Bescheid des Bundesamtes vom 17.03.2015 wurde die Flüchtlingseigenschaft zuerkannt. Herr [[P|Rezaei]] war nach eigenen, glaubhaften Angaben als Anhänger der Grünen Bewegung nach den Protesten 2009 mehrfach festgenommen worden und wurde nach der Teilnahme an einer Gedenkveranstaltung 2013 erneut vorgeladen. Er ist weiterhin in der Exilopposition aktiv und Mitglied des Vereins „Iranische Demokratische Initiative Hamburg e. V.", für den er Kundgebungen am Jungfernstieg anmeldet.

Im Jahr 2016 ist der Antragsteller zum christlichen Glauben übergetreten; er wurde in der Evangelisch-Freikirchlichen Gemeinde Hamburg-Altona getauft (Taufbescheinigung vom 24.07.2016 liegt vor) und ist dort als Ältester aktiv. Nach Auskunft des Antragstellers droht ihm wegen der Konversion im Iran die Todesstrafe; eine Entlassung aus der iranischen Staatsangehörigkeit ist ihm daher nicht zumutbar. Seit dem 27.06.2024 kommt es darauf ohnehin nicht mehr an (Hinnahme der Mehrstaatigkeit).

Aufenthaltstitel: Aufenthaltserlaubnis nach § 25 Abs. 2 AufenthG, seit 2021 Niederlassungserlaubnis nach § 26 Abs. 3 AufenthG.
Nationalpass: iranischer Reisepass Nr. [[PASS|{PASS_IR}]], abgelaufen 2014, im Original vorgelegt.

3. Sicherung des Lebensunterhalts
Er ist seit 2018 unbefristet als Elektroniker bei einer Hamburger Werft beschäftigt (brutto 3.910,00 EUR). Die Ehefrau arbeitet in Teilzeit als Zahnmedizinische Fachangestellte. Keine Leistungen nach SGB II/XII.

4. Sprachkenntnisse / Einbürgerungstest
Zertifikat Deutsch B1 (telc, Prüfungsnummer [[N|8712-25-0418]]) vom 12.03.2019; Einbürgerungstest am 05.05.2025 bestanden (31 von 33 Punkten).

5. Sicherheitsbefragung
Regelanfrage beim Landesamt für Verfassungsschutz vom 14.08.2025: keine Erkenntnisse. Bundeszentralregister: keine Eintragungen.

6. Ergebnis
Die Voraussetzungen liegen vor. Die Einbürgerungsurkunden für die Familie werden vorbereitet; Aushändigung bei der Einbürgerungsfeier am 28.11.2025. Gebühr: 255,00 EUR je Erwachsenem, 51,00 EUR für das Kind.

[[P|Rathjen]]
""")

# ================================================================ F55-008 English expat Anmeldung (outlook)
PASS_UK = ids.digits(9, first_nonzero=True)
PASS_IE = "PA" + ids.digits(7)
doc("outlook", "meldewesen-expat", [], f"""
From: [[P|Oliver Whitfield]] <[[E|oliver.whitfield@protonmail.com]]>
Sent: Monday, 8 September 2025 22:41
To: [[N|meldewesen@elbufer-nord.hamburg.de]]
Subject: Anmeldung appointment – [[P|Whitfield]] family / urgent

Hello,

sorry for writing in English, my German is still very basic ("Ich wohne in Hamburg" is about as far as I get).

We moved to Hamburg from Manchester on 1 September for my new job at a shipping company, and I need to do the Anmeldung for myself, my wife and our four-year-old daughter within two weeks. The online booking system shows no free slots in Elbufer-Nord until mid-November. Is there any way to get an earlier Termin? My employer needs the Meldebescheinigung for payroll, and without it I don't get my Steuer-ID.

Our details:
- [[P|Oliver James Whitfield]], born [[DOB|14/05/1987]], British passport no. [[PASS|{PASS_UK}]]
- [[P|Siobhan Mary Whitfield]], born [[DOB|22 Nov 1989]], Irish passport [[PASS|{PASS_IE}]]
- our daughter [[P|Poppy]], born [[DOB|3 March 2021]], Irish passport pending

New address: [[A|Eppendorfer Landstraße 58]], 3rd floor left, [[A|20249 Hamburg]] – the landlord has signed the Wohnungsgeberbestätigung, I've attached a scan.

Do we need biometric photos for anything at this stage, or only our passports?

I'm happy to pay any fees upfront by credit card if that makes it easier: Visa [[CC|{sp(CC_WHITFIELD)}]], expiry 08/27.

You can reach me on my UK mobile [[T|+44 7911 402386]] until the end of the month.

Many thanks in advance and kind regards,
[[P|Oliver]]
""")

# ================================================================ F55-009 appointment list Meldewesen (word)
doc("word", "meldewesen-terminliste", [], """
Bezirksamt Elbufer-Nord – Kundenzentrum
Terminliste Mittwoch, 17.09.2025 – Schalter 3
Bearbeitung: [[P|Ole Petersen]]

Uhrzeit	Buchungsnr.	Name	Anliegen	Rückruf
07:45	[[N|T-250917-0029]]	[[P|Bäcker, Jan-Ole]]	Ummeldung innerhalb Hamburgs (arbeitet als Bäcker, nur früh möglich)	[[T|0172 4450 193]]
08:00	[[N|T-250917-0031]]	[[P|Kılıç, Ayşe]]	Anmeldung Zuzug aus Bremen, 2 Personen	–
08:15	[[N|T-250917-0032]]	[[P|Nguyễn Thị Lan]]	Personalausweis beantragen	[[T|040-658 922 74]]
08:30	[[N|T-250917-0034]]	[[P|Whitfield, Oliver James]]	Anmeldung Familie (3 Pers.), englischsprachig, siehe Mail vom 08.09.	–
08:45	–	frei	–	–
09:00	[[N|T-250917-0038]]	[[P|Owusu-Ansah, Kwabena]]	Kinderreisepass für Tochter [[P|Akua]] (geb. [[DOB|12.04.2023]])	[[T|0049 160 4471 2236]]
09:15	[[N|T-250917-0041]]	[[P|Winter, Anja]]	Führungszeugnis Belegart O	–

Hinweise
– Notfalltermin 08:30: Familie hat per Mail um einen früheren Termin gebeten; Ehefrau irische Staatsangehörige, Kind mitbringen.
– Personalausweis 08:15: beim letzten Termin Lichtbild vergessen – bitte auf biometrisches Foto hinweisen.
– Die Gebührenkasse ist ab 11:30 Uhr wegen Wartung geschlossen, Kartenzahlung nur am Schalter 1.
""")

# ================================================================ F55-010 notary letter (word)
doc("word", "notar-vorkaufsrecht", [], """
NOTARIAT AM ALSTERTOR
Notare in Hamburg
[[N|Alstertor 20]] · [[N|20095 Hamburg]] · Telefon [[N|040 3288 410]] · Telefax 040 3288 4199

Bezirksamt Elbufer-Nord
Fachamt Stadt- und Landschaftsplanung
[[N|Postfach 10 22 40]]
[[N|20015 Hamburg]]

Unsere UR-Nr.: [[AZ|1184/2025 B]]
Hamburg, 21.08.2025

Anfrage nach Ausübung eines gesetzlichen Vorkaufsrechts gemäß §§ 24 ff. BauGB und der Vorkaufsrechtsverordnung
Grundbuch von Altona-Nord Blatt 4471, Flurstück 1732, Lage: [[A|Stresemannstraße 97]]

Sehr geehrte Damen und Herren,

mit meiner Urkunde vom 19.08.2025 haben

1. Herr [[P|Claus-Peter Godeffroy]], geboren am [[DOB|02.12.1949]], und
2. Frau [[P|Dr. Ingeborg Godeffroy]], geboren am [[DOB|27.06.1952]],
beide wohnhaft [[A|Elbchaussee 311]], [[A|22609 Hamburg]],

– Verkäufer –

das vorbezeichnete Grundstück (Mehrfamilienhaus mit 6 Wohneinheiten) an

3. Herrn [[P|Serkan Aydemir]] und
4. Frau [[P|Derya Aydemir]],
beide wohnhaft in Hamburg,

– Käufer –

zu einem Kaufpreis von 1.845.000,00 EUR verkauft. Eine beglaubigte Abschrift des Kaufvertrags ist beigefügt.

Das Grundstück liegt im Geltungsbereich des Bebauungsplans Altona-Nord 24 sowie der Sozialen Erhaltungsverordnung Altona-Nord. Ich bitte daher um Mitteilung, ob die Freie und Hansestadt Hamburg ein Vorkaufsrecht ausübt, bzw. um Erteilung eines Negativzeugnisses nach § 28 Abs. 1 Satz 3 BauGB.

Die Käufer sind bereit, eine Abwendungsvereinbarung abzuschließen.

Für die Übersendung des Negativzeugnisses an meine Anschrift unter Angabe der UR-Nr. danke ich Ihnen im Voraus.

Mit freundlichen Grüßen

[[P|Dr. Kai-Uwe Brodersen]]
Notar
""")

# ================================================================ F55-011 Steuerberaterin mail (outlook)
doc("outlook", "wohngeld-steuerberatung", [], f"""
Von: [[P|Svenja Thießen]] <[[E|thiessen@stb-thiessen.de]]>
Gesendet: Mittwoch, 20. August 2025 15:06
An: [[P|Brüggemann, Anke]] <[[E|anke.brueggemann@elbufer-nord.hamburg.de]]>
Betreff: Wohngeldantrag – Einkommensnachweis Selbständige / Ihr Az. [[AZ|WG-3318-0903/25]]

Sehr geehrte Frau [[P|Brüggemann]],

wie heute telefonisch besprochen übersende ich Ihnen für meinen Mandanten, Herrn [[P|Trần Văn Minh]] (Inhaber des Nagelstudios „Lotus Nails"), die Einnahmen-Überschuss-Rechnung 2024 sowie die betriebswirtschaftliche Auswertung für Januar bis Juni 2025.

Angaben zum Mandanten:
Steuernummer: [[TNR|{TNR_TRAN}]] (Finanzamt Hamburg-Nord)
Steuer-ID: [[TID|{tid_sp(TID_TRAN)}]]
USt-IdNr.: [[VAT|{VAT_TRAN}]]
Betriebsstätte: [[A|Wandsbeker Chaussee 245]], [[A|22089 Hamburg]]

Der Gewinn 2024 betrug 18.430,00 EUR; für 2025 rechnen wir mit einem Rückgang auf ca. 14.000 EUR, da eine Mitarbeiterin gekündigt hat und das Studio seit April nur noch an fünf Tagen geöffnet ist. Die Ehefrau des Mandanten ist im Studio als geringfügig Beschäftigte angestellt (538,00 EUR monatlich); die Lohnabrechnungen füge ich ebenfalls bei.

Die Kranken- und Pflegeversicherungsbeiträge meines Mandanten (freiwillig versichert) betragen derzeit 461,17 EUR monatlich, Rechnung Nr. 2025-08-4471 der Krankenkasse anbei.

Bei Rückfragen erreichen Sie mich direkt unter [[T|(040) 2263 9915]].

Mit freundlichen Grüßen

[[P|Svenja Thießen]]
Steuerberaterin

Steuerberatung am Mühlenkamp
[[N|Mühlenkamp 31]] · [[N|22303 Hamburg]]
Tel. [[N|040 2263 990]] · [[N|kanzlei@stb-thiessen.de]]
""")

# ================================================================ F55-012 Polish father, baby born (outlook)
doc("outlook", "wohngeld-aenderung", [], f"""
Von: [[P|Tomasz Zieliński]] <[[E|tomek.zielinski@wp.pl]]>
Gesendet: Freitag, 13. Juni 2025 21:30
An: [[N|wohngeld@elbufer-nord.hamburg.de]]
Betreff: Änderung wohngeld - baby geboren

Guten Tag,

ich schreibe für meine Frau [[P|Katarzyna]] und mich. Am [[DOB|3 Juni 2025]] ist unsere Tochter [[P|Zofia Zielińska]] geboren (Geburtsurkunde vom Standesamt im Anhang), deshalb jetzt wir sind 4 Personen im Haushalt mit unsere Sohn. Bitte können sie das Wohngeld neu berechnen?

Meine Frau hat noch kein deutsche Personalausweis, nur polnische dowód osobisty, Nummer [[IDC|{IDC_PL}]], ist das ok für Sie oder muss sie kommen persönlich?

Auch wir haben neue Konto bei Sparkasse, bitte überweisen ab Juli auf:
[[IBAN|{IBAN_ZIELINSKI}]]

Wohngeldnummer: [[AZ|WG-3318-0288/24]]
Adresse: [[A|Kleiner Schäferkamp 33]], [[A|20357 Hamburg]]

Dziękuję / Vielen Dank
[[P|Tomasz Zieliński]]
tel [[T|0151 6672 0913]]
""")

# ================================================================ F55-013 Grundsicherung Änderungsbescheid (word, RELIGION)
doc("word", "grundsicherung-bescheid", ["RELIGION"], f"""
Freie und Hansestadt Hamburg
Bezirksamt Elbufer-Nord – Fachamt Grundsicherung und Soziales
{BA_STREET}, {BA_CITY}

Herrn
[[P|Hasan Öztürk]]
[[A|Vogelhüttendeich 61]]
[[A|21107 Hamburg]]

Aktenzeichen: [[AZ|GS 412/2023-0519]]
Kundennummer: [[AZ|7045 1193]]
Telefon: [[T|040 42854-3309]]
Hamburg, 03.09.2025

Änderungsbescheid über Leistungen der Grundsicherung im Alter und bei Erwerbsminderung (§§ 41 ff. SGB XII)

Sehr geehrter Herr [[P|Öztürk]],

aufgrund der Rentenanpassung zum 01.07.2025 und der geänderten Heizkostenvorauszahlung wird Ihr Bedarf ab dem 01.10.2025 wie folgt neu festgesetzt:

Regelbedarf (Regelbedarfsstufe 1)	563,00 EUR
Grundmiete und Nebenkosten	512,40 EUR
Heizkosten	78,00 EUR
Gesamtbedarf	1.153,40 EUR
abzüglich Altersrente Deutsche Rentenversicherung	– 431,17 EUR
abzüglich Altersrente SGK (Türkei), umgerechnet	– 96,50 EUR
Zahlbetrag monatlich	625,73 EUR

Der Betrag wird weiterhin auf Ihr Konto IBAN [[IBAN|{sp(IBAN_OZTURK)}]] überwiesen.

Vermögen
Ihr Bestattungsvorsorgevertrag bei einem Bestattungsinstitut über 4.200,00 EUR für eine Bestattung nach islamischem Ritus mit Überführung nach Sivas bleibt als angemessene Vorsorge nach § 90 Abs. 3 SGB XII geschützt und wird nicht als Vermögen berücksichtigt. Gleiches gilt für den Vertrag Ihrer Ehefrau.

Überzahlung
Für den Monat August 2025 wurden Ihnen 84,20 EUR zu viel gezahlt, weil die Rentenerhöhung erst nachträglich bekannt wurde. Wir bitten Sie, diesen Betrag bis zum 30.09.2025 auf das Konto der Kasse.Hamburg, IBAN [[N|{sp(IBAN_KASSE)}]], unter Angabe des Kassenzeichens [[AZ|5.1204.889017]] zu überweisen. Auf Antrag ist auch eine Verrechnung in Raten von 10,00 EUR möglich (§ 44b SGB XII).

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch beim Bezirksamt Elbufer-Nord, {BA_STREET}, {BA_CITY}, erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Anke Brüggemann]]
""")

# ================================================================ F55-014 Verdienstbescheinigung from a Hamburg merchant (word)
doc("word", "wohngeld-verdienstbescheinigung", [], f"""
Verdienstbescheinigung zur Vorlage bei der Wohngeldstelle
(vom Arbeitgeber auszufüllen)

Wohngeldnummer (soweit bekannt): [[AZ|WG-3318-0955/25]]

1. Arbeitgeber
Firma: [[P|Lührs]] Kaffee-Import e. K., Inhaber [[P|Hinrich Lührs]]
Anschrift: [[N|Sandtorkai 44]], [[N|20457 Hamburg]]
Steuernummer: [[TNR|{TNR_LUEHRS}]]   USt-IdNr.: [[VAT|{VAT_LUEHRS}]]
Lohnbuchhaltung: Tel. [[N|040 37 65 29-0]]

2. Arbeitnehmer
Name, Vorname: [[P|Asante, Kofi Boakye]]
Geburtsdatum: [[DOB|25.07.1991]]
Anschrift: [[A|Billstedter Hauptstraße 75]], [[A|22111 Hamburg]]
Rentenversicherungsnummer: [[SSN|{SSN_ASANTE}]]
Steuerliche Identifikationsnummer: [[TID|{TID_ASANTE}]]
Beschäftigt seit: 01.03.2022 als Lagerist, ☒ unbefristet ☐ befristet bis ______

3. Arbeitsentgelt der letzten 12 Monate (brutto / netto in EUR)
Monat	brutto	netto	davon Überstunden/Zuschläge
09/2024	2.640,00	1.912,44	–
10/2024	2.640,00	1.912,44	–
11/2024	4.020,00	2.731,08	Weihnachtsgeld 1.380,00
12/2024	2.815,00	2.019,60	Nachtzuschläge 175,00
01/2025	2.640,00	1.908,71	–
02/2025	2.640,00	1.908,71	–
03/2025	2.730,00	1.961,15	Überstunden 90,00
04/2025	2.640,00	1.908,71	–
05/2025	2.640,00	1.908,71	–
06/2025	3.960,00	2.702,36	Urlaubsgeld 1.320,00
07/2025	2.640,00	1.908,71	–
08/2025	2.640,00	1.908,71	–

4. Sonstiges
☐ Kurzarbeit  ☐ Pfändung  ☒ vermögenswirksame Leistungen (40,00 EUR mtl.)
Eine Entgelterhöhung um 3,2 % ab 01.01.2026 ist tarifvertraglich vereinbart.

Wir versichern die Richtigkeit der Angaben.

Hamburg, 10.09.2025
[[P|Hinrich Lührs]]
(Unterschrift und Firmenstempel)
""")

# ================================================================ F55-015 three-line callback mail (outlook)
doc("outlook", "rueckruf-kurz", [], """
Betreff: rückruf

hallo, bitte rufen sie mich zurück wegen dem brief vom gesundheitsamt, ich versteh nicht was ich machen soll. [[T|0176 5530 1928]]
gruß [[P|yaw darko]]
""")

# ================================================================ F55-016 Protokoll Dienstbesprechung (word, UNION)
doc("word", "protokoll-dienstbesprechung", ["UNION"], f"""
Protokoll der Dienstbesprechung
Fachamt Grundsicherung und Soziales, Bezirksamt Elbufer-Nord

Datum: 09.09.2025, 10:00–11:30 Uhr, Raum 4.012
Teilnehmende: Leitung, Sachgebiete Wohngeld und Grundsicherung, Personalrat ([[P|Milan Petrović]]), Protokoll
Entschuldigt: SG Einbürgerung (Fortbildung „Einbürgerungsrecht aktuell", Kurs-Nr. [[N|25-117]] am ZAF)

TOP 1 Fallzahlen und Rückstände
Die Amtsleitung berichtet über 214 offene Wohngeldanträge (Vorjahr: 167). Die Anfrage aus der Bezirksversammlung (Drucksache [[N|22-1893]]) zu den Bearbeitungszeiten wird bis 19.09. beantwortet. Die Bearbeitungsdauer liegt im Mittel bei 11 Wochen.

TOP 2 Einzelfälle
a) Az. [[AZ|GS 412/2025-088]]: Nach Untätigkeitsandrohung durch die Anwaltskanzlei wurde der Bescheid am 11.08.2025 erteilt. Erledigt.
b) Bewohnerparkausweis Herr [[P|Kowalczyk]]: Die Übernahme der Gebühr als einmaliger Bedarf wird abgelehnt (kein Bedarf im Sinne des SGB XII). Das Fahrzeug [[KFZ|HH-GK 2718]] ist auf die Tochter zugelassen.
c) Gebührenformular Kundenzentrum: Frau [[P|Nguyễn]] hat auf einem Antrag ihre vollständige Kreditkartennummer [[CC|{group(CC_NGUYEN, 4, '-')}]] eingetragen. Das Formular wurde in der E-Akte geschwärzt, das Original vernichtet. Hinweis an alle: Kartendaten niemals in Formulare aufnehmen.

TOP 3 Personalangelegenheiten
Herr [[P|Petrović]] informiert als ver.di-Vertrauensmann über die laufende Tarifrunde. Frau [[P|Dörte Clausen]] teilt mit, dass sie als Mitglied der ver.di-Tarifkommission am Warnstreik am 18.09.2025 teilnehmen wird. Die Dienststelle wird gebeten, an diesem Tag keine Kundentermine in der Wohngeldstelle zu vergeben.

TOP 4 Verschiedenes
– Die Kantine im Erdgeschoss sucht weiterhin einen Koch; Aushang am Schwarzen Brett.
– Umstellung auf das neue Fachverfahren im Winter verschoben, voraussichtlich Februar 2026.
– Nächste Dienstbesprechung: 07.10.2025.

Protokoll: [[P|N. Kowalski]]
""")

# ================================================================ F55-017 Ghanaian father, DNA test (outlook, GENETIC)
doc("outlook", "einbuergerung-abstammung", ["GENETIC"], """
Von: [[P|Kwabena Owusu-Ansah]] <[[E|kwabena.owusuansah@yahoo.com]]>
Gesendet: Donnerstag, 9. Oktober 2025 19:55
An: [[N|einbuergerung@elbufer-nord.hamburg.de]]
Betreff: Re: Einbürgerung – Miteinbürgerung Sohn [[P|Kojo]] / Az. [[AZ|EB 2025/03120]]

Dear Mr [[P|Rathjen]],

thank you for your letter. Anbei schicke ich Ihnen the results of the DNA test (Abstammungsgutachten) from the Institut für Rechtsmedizin at UKE. It confirms with a probability of 99.99 % that I am the biological father of my son. The laboratory compared 24 STR markers of the boy, my wife and me. The Ghanaian embassy had asked for this because the birth was registered late in Kumasi.

His details again:
[[P|Kojo Mensah Owusu-Ansah]], born [[DOB|21.09.2014]] in Kumasi, Ghanaian passport [[PASS|G3318274]] (valid until 2029).
My own passport number is [[PASS|G1940562]].

My wife will bring the original certificates to the appointment on 30 October.

Best regards / Mit freundlichen Grüßen
[[P|Kwabena Owusu-Ansah]]
[[A|Bramfelder Chaussee 302a]]
[[A|22177 Hamburg]]
Mobil [[T|0160 4471 2236]]

On Tue, 7 Oct 2025 at 09:12, Einbürgerung Elbufer-Nord <[[N|einbuergerung@elbufer-nord.hamburg.de]]> wrote:
> Sehr geehrter Herr [[P|Owusu-Ansah]],
>
> für die Miteinbürgerung Ihres Sohnes benötige ich noch einen Nachweis der Abstammung, da die ghanaische Geburtsurkunde erst 2019 nachträglich ausgestellt wurde. Bitte reichen Sie das Gutachten bis zum 31.10.2025 ein.
>
> Mit freundlichen Grüßen
> Im Auftrag
> Bezirksamt Elbufer-Nord – Einbürgerung
> Tel. [[N|040 42854-2200]]
""")

# ================================================================ F55-018 Auskunftssperre (word)
doc("word", "meldewesen-auskunftssperre", [], f"""
Antrag auf Eintragung einer Auskunftssperre nach § 51 Abs. 1 Bundesmeldegesetz (BMG)

Bezirksamt Elbufer-Nord – Einwohnerangelegenheiten / Meldewesen

Angaben zur antragstellenden Person
Familienname: [[P|Kraft]]
Vorname(n): [[P|Jelena]]
Geburtsdatum: [[DOB|19.04.1992]]
Anschrift: [[A|Am Brabandkanal 7a]], [[A|22297 Hamburg]]
Personalausweis-Nr.: [[IDC|{IDC_KRAFT}]]

Die Sperre soll auch gelten für die minderjährigen Kinder:
[[P|Luka Kraft]], geb. [[DOB|02.11.2016]]
sowie meine Tochter (6 Jahre)

Begründung (Tatsachen, die eine Gefahr für Leben, Gesundheit, persönliche Freiheit oder ähnliche schutzwürdige Interessen begründen):
Ich habe mich im März 2025 von meinem früheren Lebensgefährten, Herrn [[P|Sascha Brenneke]], getrennt. Seitdem hat er mich mehrfach bedroht und mir vor der Kita meiner Tochter aufgelauert. Das Amtsgericht Hamburg-Barmbek hat am 22.05.2025 eine Gewaltschutzanordnung erlassen (Az. [[AZ|883 F 112/25]]). Ich bin im Juli umgezogen; er kennt die neue Anschrift nicht und soll sie nicht über das Melderegister erfahren. Er fährt einen schwarzen Audi A4 mit dem Kennzeichen [[KFZ|SE-BK 318]] und wurde zuletzt in der Nähe meiner alten Wohnung gesehen.

Beigefügt: Beschluss des Amtsgerichts, Bescheinigung der Beratungsstelle „Frauen helfen Frauen".

Hamburg, 14.08.2025
[[P|Jelena Kraft]]

– Bearbeitungsvermerk der Meldebehörde –
Identität geprüft anhand Personalausweis. Auskunftssperre nach § 51 Abs. 1 BMG eingetragen bis 13.08.2027, Übermittlungssperre an Adressbuchverlage gesetzt. Bedingter Sperrvermerk für die alte Anschrift nicht erforderlich.
[[P|O. Petersen]], 14.08.2025
""")

# ================================================================ F55-019 Iranian woman, married to a woman (outlook, SEXUAL_ORIENTATION)
doc("outlook", "einbuergerung-nachreichung", ["SEXUAL_ORIENTATION"], f"""
Von: [[P|Shirin Ahmadi]] <[[E|shirin.ahmadi@posteo.de]]>
Gesendet: Montag, 15. September 2025 12:20
An: [[N|einbuergerung@elbufer-nord.hamburg.de]]
Betreff: Nachreichung Unterlagen Einbürgerung – [[AZ|EB 2025/02871]]

Sehr geehrte Damen und Herren,

anbei reiche ich die fehlenden Unterlagen für meinen Einbürgerungsantrag nach:
– Arbeitsvertrag und die letzten sechs Gehaltsabrechnungen (Universitätsklinikum, Pflegefachkraft)
– Mietvertrag und Mietbescheinigung
– Heiratsurkunde

Zu Ihrer Frage nach dem Familienstand: Ich bin seit 2021 mit meiner Frau [[P|Lena Ahmadi-Sommer]] verheiratet, die Ehe wurde beim Standesamt Hamburg-Nord geschlossen. Im Iran wäre unsere Ehe nicht nur nicht anerkannt, sondern strafbar; wegen meiner Homosexualität ist mir 2017 die Flüchtlingseigenschaft zuerkannt worden. Deshalb kann ich auch keinen iranischen Pass vorlegen, sondern nur meinen Reiseausweis für Flüchtlinge, Nr. [[PASS|{PASS_REFUGEE_AHMADI}]], gültig bis 2028.

Meine Daten zur Zuordnung:
[[P|Shirin Ahmadi]], geb. [[DOB|09.11.1990]] in Shiraz
[[A|Hamburger Berg 9]], [[A|20359 Hamburg]]
Tel. [[T|0170 6625 1049]]

Falls noch etwas fehlt, bin ich auch tagsüber erreichbar, am besten nach 14 Uhr.

Mit freundlichen Grüßen
[[P|Shirin Ahmadi]]
""")

# ================================================================ F55-020 Einladung SEU, harmless (word)
doc("word", "gesundheitsamt-seu-einladung", [], """
Bezirksamt Elbufer-Nord – Gesundheitsamt
Kinder- und Jugendgesundheitsdienst
[[N|Kaistraße 16]], [[N|20457 Hamburg]], Telefon [[N|040 42854-5500]]

Familie
[[P|Rui]] und [[P|Carla Rodrigues Carvalho]]
[[A|Stengelestraße 4]]
[[A|22111 Hamburg]]

Hamburg, 22.09.2025

Einladung zur Schuleingangsuntersuchung / Convite para o exame médico de entrada na escola

Liebe Eltern,

Ihr Kind [[P|Tiago Rodrigues Carvalho]], geboren am [[DOB|28.01.2020]], wird zum Schuljahr 2026/27 schulpflichtig. Wir laden Sie und Ihr Kind herzlich ein zur Schuleingangsuntersuchung am

Dienstag, 14.10.2025, um 09:40 Uhr
Gesundheitsamt, [[N|Kaistraße 16]], Erdgeschoss, Raum E.07

Bitte bringen Sie mit:
– das gelbe Kinderuntersuchungsheft (U-Heft)
– den Impfpass
– die Versichertenkarte Ihres Kindes (z. B. Techniker Krankenkasse, AOK)
– eine Brille, falls Ihr Kind eine trägt

Die Untersuchung dauert etwa eine Stunde. Eine Dolmetscherin für Portugiesisch ist an diesem Vormittag im Haus.

Wenn Sie den Termin nicht wahrnehmen können, rufen Sie uns bitte an oder schreiben Sie an [[N|kjgd@elbufer-nord.hamburg.de]].

Mit freundlichen Grüßen
[[P|Dr. med. Friederike Albers]]
Ärztin im Kinder- und Jugendgesundheitsdienst
""")

# ================================================================ F55-021 English expat Wohngeld question (outlook)
doc("outlook", "wohngeld-expat", [], f"""
From: [[P|Priya Raghunathan]] <[[E|priya.raghunathan@outlook.com]]>
Sent: 4 August 2025 09:17
To: [[N|wohngeld@elbufer-nord.hamburg.de]]
Subject: Question re Wohngeld (housing benefit) – are we eligible?

Hi,

my partner [[P|Maarten de Vries]] and I moved from Rotterdam ([[A|Nieuwe Binnenweg 212B]], [[A|3015 BJ Rotterdam]]) to Hamburg in June. I'm doing a PhD at the university (stipend 1,850 EUR/month) and my partner is still job-hunting. The rent for our flat at [[A|Osterstraße 118]], [[A|20259 Hamburg]] is 1,240 EUR including heating.

A friend told me we might be able to get Wohngeld. Is that right even though neither of us is German? We're not married, does that matter?

Our bank account is still a Dutch one – [[IBAN|{sp(IBAN_NL)}]] (ABN AMRO, in my partner's name). Can you pay into a Dutch account or do we need a German one?

Also: do you need my Steuer-ID? It arrived by post last week: [[TID|{TID_PRIYA}]].

Thanks a lot, and sorry if this is the wrong address!
[[P|Priya]]

--
[[P|Priya Raghunathan]]
Doctoral researcher, Institute of Marine Ecosystem and Fishery Science
[[T|+49 1577 4402 918]]
""")

# ================================================================ F55-022 Identity check Afghan applicant (word, BIOMETRIC, ETHNICITY)
PASS_AF = "P0" + ids.digits(7)
doc("word", "einbuergerung-identitaet", ["BIOMETRIC", "ETHNICITY"], f"""
Bezirksamt Elbufer-Nord – Einbürgerung

Vermerk zur Identitätsklärung
Einbürgerungsverfahren Az. [[AZ|EB 2024/09913]]

Antragsteller: [[P|Sayed Jawad Hosseini]]
Geburtsdatum: [[DOB|01.01.1995]] (fiktiv, laut Tazkira „etwa 1373" nach persischem Kalender)
Geburtsort: Jaghori, Provinz Ghazni (Afghanistan)
Anschrift: [[A|Dahlgrünring 5 b]], [[A|21109 Hamburg]]

Vorgelegte Dokumente
1. Tazkira (Papierform) Nr. [[IDC|1373-0412-58817]], Übersetzung durch vereidigten Übersetzer
2. Afghanischer Reisepass Nr. [[PASS|{PASS_AF}]], ausgestellt am 03.02.2024 durch die Botschaft in Berlin
3. Niederlassungserlaubnis (eAT)

Prüfung
Die Angaben in Tazkira und Reisepass stimmen überein. Zur Absicherung wurden am 12.08.2025 die Fingerabdrücke des Antragstellers (zehn Finger, Flachabdrücke) über das AFIS des Bundeskriminalamts abgeglichen. Es ergab sich ein Treffer zum Datensatz aus der Asylantragstellung vom 19.10.2015 unter identischen Personalien; ein abweichender Alias ist nicht gespeichert. Der Lichtbildabgleich (Gesichtsbild eAT gegen Gesichtsbild Reisepass) ergab eine hohe Übereinstimmung (Score 0,93).

Herr [[P|Hosseini]] gehört nach eigenen Angaben der Volksgruppe der Hazara an; dies deckt sich mit der Herkunftsregion und den Feststellungen im Asylverfahren, in dem ihm wegen Verfolgung als Hazara subsidiärer Schutz gewährt worden war.

Als Zeuge für die Identität stand sein älterer Bruder, Herr [[P|Sayed Karim Hosseini]], zur Verfügung.

Ergebnis
Die Identität ist geklärt (Stufe 1 nach der Rechtsprechung des BVerwG). Weiterbearbeitung im Regelverfahren.

Hamburg, 20.08.2025
[[P|S. Rathjen]]
""")

# ================================================================ F55-023 Lawyer Widerspruch, disability (outlook, HEALTH)
doc("outlook", "grundsicherung-widerspruch", ["HEALTH"], f"""
Von: [[P|Dr. Leonie Amsinck]] <[[E|amsinck@sozialrecht-amsinck.de]]>
Gesendet: Dienstag, 23. September 2025 10:44
An: [[N|grundsicherung@elbufer-nord.hamburg.de]]
Betreff: Widerspruch – [[P|Georgios Papadakis]] – Ihr Az. [[AZ|GS 412/2024-0740]] – Bescheid vom 28.08.2025

Sehr geehrte Damen und Herren,

namens und in Vollmacht unseres Mandanten, Herrn [[P|Georgios Papadakis]], geb. [[DOB|07.07.1951]], [[A|Stückenstraße 9]], [[A|22081 Hamburg]], erheben wir gegen den Bescheid vom 28.08.2025 fristwahrend

Widerspruch.

Begründung:
Der Bescheid berücksichtigt den Mehrbedarf nach § 30 Abs. 1 Nr. 2 SGB XII nicht. Unser Mandant hat im Juni 2025 einen Schlaganfall erlitten und ist seither rechtsseitig gelähmt. Das Versorgungsamt hat mit Bescheid vom 02.09.2025 einen Grad der Behinderung von 80 und das Merkzeichen G festgestellt; der Schwerbehindertenausweis liegt in Kopie bei. Zudem leidet er an einer mittelgradigen depressiven Episode und wird psychiatrisch behandelt; die Kosten für die Fahrten zur Tagesklinik sind im Bescheid ebenfalls nicht berücksichtigt.

Krankenversichertennummer (für Ihre Rückfragen bei der Krankenkasse): [[KV|{KV_PAPADAKIS}]]

Die Tochter unseres Mandanten, Frau [[P|Eleni Papadakis-Reuter]], ist als Betreuerin für den Aufgabenkreis Vermögenssorge bestellt (Amtsgericht Hamburg-Wandsbek, Az. [[AZ|716 XVII 4402/25]]) und unter [[T|+49 (0)40 6471 9920]] erreichbar.

Mit freundlichen Grüßen

[[P|Dr. Leonie Amsinck]]
Rechtsanwältin · Fachanwältin für Sozialrecht
Kanzlei für Sozialrecht
[[N|Colonnaden 72]] · [[N|20354 Hamburg]]
Telefon [[N|040 3570 8810]]
""")

# ================================================================ F55-024 payment list with IBANs (word)
doc("word", "grundsicherung-auszahlungsliste", [], f"""
Bezirksamt Elbufer-Nord – Fachamt Grundsicherung und Soziales
Sammelauszahlungsanordnung Nr. [[N|SA-2025-0915]] vom 15.09.2025
Zahlungsgrund: einmalige Bedarfe – Erstausstattung der Wohnung (§ 31 Abs. 1 Nr. 1 SGB XII)
Haushaltsstelle: [[N|4510.684.02]]

Lfd.	Aktenzeichen	Empfänger/in	IBAN	Betrag (EUR)
1	[[AZ|GS 412/2025-0144]]	[[P|Melnyk, Oksana]]	[[IBAN|{IBAN_MELNYK}]]	1.250,00
2	[[AZ|GS 412/2025-0161]]	[[P|Al-Khatib, Rania]]	[[IBAN|{IBAN_ALKHATIB}]]	980,00
3	[[AZ|GS 412/2024-0698]]	[[P|Kowalczyk, Grzegorz]]	[[IBAN|{sp(IBAN_AT_KOWALCZYK)}]]	640,00
Summe				2.870,00

Bemerkungen
zu 3: Herr [[P|Kowalczyk]] unterhält nur ein Konto bei der Erste Bank in Wien (Rentenzahlung aus Österreich); Zahlung ins SEPA-Ausland zulässig.

Sachlich richtig: Personalnr. [[N|40718]]
Rechnerisch richtig: Personalnr. [[N|41265]]
Anordnungsbefugt: Sachgebietsleitung

Zahlung zulasten Konto der Kasse.Hamburg [[N|{IBAN_KASSE}]]
""")

# ================================================================ F55-025 internal note with party membership (outlook, POLITICS)
doc("outlook", "intern-rueckruf", ["POLITICS"], """
Von: [[P|Petersen, Ole]]
Gesendet: Mittwoch, 17. September 2025 13:05
An: [[P|Clausen, Dörte]]
Betreff: Rückruf Herr [[P|Çelik]]

Hi [[P|Dörte]],

Herr [[P|Mustafa Çelik]] hat schon wieder angerufen wegen seiner erweiterten Meldebescheinigung, bitte heute noch zurückrufen: [[T|0157 8823 4406]].
Er sitzt übrigens für die Linke in der Bezirksversammlung und hat angekündigt, die Wartezeiten im Kundenzentrum in der nächsten Sitzung des Hauptausschusses anzusprechen – also lieber freundlich bleiben :)

Gruß
[[P|Ole]]
""")

# ================================================================ F55-026 Turkish man, Ummeldung and car (outlook)
PASS_TR = "U" + ids.digits(8)
doc("outlook", "meldewesen-ummeldung-kfz", [], f"""
Von: [[P|Erdem Kaya]] <[[E|erdemkaya.hh@gmail.com]]>
Gesendet: Dienstag, 2. September 2025 18:22
An: [[N|meldewesen@elbufer-nord.hamburg.de]]
Betreff: ummeldung + auto

Moin,

ich bin am 1.9. von Pinneberg nach Hamburg gezogen (neue adresse: [[A|Kieler Straße 412]], [[A|22525 Hamburg]]) und hab heute bei ihnen die ummeldung gemacht. die dame am schalter meinte ich muss mein auto auch ummelden, aber mein kennzeichen [[KFZ|PI-EK 1907]] darf ich doch behalten oder?? und brauch ich dafür einen termin bei ihnen oder beim LBV?

zweite frage: mein bruder [[P|Emre]] ist noch bei meiner alten adresse in pinneberg gemeldet, er ist aber im juli zurück nach izmir gezogen. wie kann ich ihn abmelden? er hat keinen deutschen ausweis, nur den türkischen pass [[PASS|{PASS_TR}]], den hat er mitgenommen.

danke schonmal
[[P|Erdem Kaya]]
[[T|0152 2291 7760]]
""")

# ================================================================ F55-027 TB screening letter (word, HEALTH)
doc("word", "tb-fuersorge-einbestellung", ["HEALTH"], f"""
Freie und Hansestadt Hamburg
Bezirksamt Elbufer-Nord – Gesundheitsamt
Tuberkulose-Fürsorge und Beratungsstelle
[[N|Kaistraße 16]] · [[N|20457 Hamburg]]

Frau
[[P|Oksana Melnyk]]
[[A|Georg-Wilhelm-Straße 189]]
[[N|Whg. 12]]
[[A|21107 Hamburg]]

Unser Zeichen: [[AZ|TB-25-0344]]
Telefon: [[T|040 42854-5561]]
Hamburg, 11.09.2025

Weitere Untersuchung auf Tuberkulose – Einbestellung

Sehr geehrte Frau [[P|Melnyk]],

bei der Röntgenuntersuchung der Lunge nach § 36 Abs. 4 Infektionsschutzgesetz am 02.09.2025 wurde ein auffälliger Befund im rechten Lungenoberfeld festgestellt. Auch der Bluttest auf Tuberkulose (Interferon-Gamma-Test) war positiv. Eine ansteckende Lungentuberkulose ist damit noch nicht bewiesen, muss aber sicher ausgeschlossen werden.

Wir bitten Sie deshalb, am

Donnerstag, 18.09.2025, um 08:30 Uhr

in unsere Beratungsstelle zu kommen. Bitte bringen Sie an drei aufeinanderfolgenden Tagen morgens abgehustetes Sputum in den beiliegenden Röhrchen mit. Ihr Sohn [[P|Artem Melnyk]], geb. [[DOB|06.05.2018]], soll ebenfalls untersucht werden (Hauttest).

Bitte bringen Sie Ihre elektronische Gesundheitskarte mit; nach unseren Unterlagen lautet Ihre Versichertennummer [[KV|{KV_MELNYK}]].

Wenn Sie Husten, Fieber, Nachtschweiß oder Gewichtsverlust bemerken, melden Sie sich bitte sofort.

Шановна пані [[P|Мельник]], якщо вам потрібен перекладач, зателефонуйте нам, будь ласка.

Mit freundlichen Grüßen
[[P|Dr. med. Henrike Matthiesen]]
Fachärztin für Öffentliches Gesundheitswesen
""")

# ================================================================ F55-028 Portuguese family, thread (outlook)
doc("outlook", "wohngeld-thread", [], """
Von: [[P|Manuel dos Santos Pereira]] <[[E|manuel.santos.hh@gmail.com]]>
Gesendet: Mittwoch, 3. September 2025 22:08
An: [[N|wohngeld@elbufer-nord.hamburg.de]]
Betreff: AW: Wohngeld – fehlende Unterlagen – [[AZ|WG-3318-0517/25]]

Olá,

vielen dank für die schnelle antwort. die Schulbescheinigung von [[P|Beatriz]] habe ich jetzt, ist im anhang. die Kindergeldbescheid kommt von die Familienkasse, aber die haben noch nicht geantwortet, meine frau ruft morgen nochmal an.

Zu die Frage wegen die Geld von Portugal: das ist von meine Mutter in Porto, sie schickt manchmal 100 oder 150 Euro für die Kinder zum Geburtstag, das ist kein regelmäßig Einkommen. Ich arbeite als Koch in einem Restaurant am Fischmarkt, das ist mein einzige Einkommen.

Obrigado,
[[P|Manuel]]
[[T|0162 7785 3301]]

Am 02.09.2025 um 11:03 schrieb Wohngeldstelle Elbufer-Nord <[[N|wohngeld@elbufer-nord.hamburg.de]]>:

Sehr geehrter Herr [[P|dos Santos Pereira]],

danke für die Unterlagen zu Ihrer Wohnung [[A|Bahrenfelder Steindamm 64]]. Es fehlen noch:
1. Schulbescheinigung für Ihre Tochter [[P|Beatriz]] (geb. [[DOB|17.04.2008]]), da sie volljährig ist
2. aktueller Kindergeldbescheid
3. eine Erklärung zu den Gutschriften aus Portugal auf Ihrem Kontoauszug (Juni und August)

Mit freundlichen Grüßen
Im Auftrag
Wohngeldstelle Elbufer-Nord
""")

# ================================================================ F55-029 list of naturalisation ceremony guests (word)
doc("word", "einbuergerung-feier-liste", [], """
Einbürgerungsfeier des Bezirksamts Elbufer-Nord
Freitag, 28.11.2025, 17:00 Uhr, Hauptkirche St. Katharinen (Empfang im Gemeindesaal)
Teilnehmerliste – Stand 10.11.2025 – nur für den Dienstgebrauch

Nr.	Name, Vorname	Geburtsdatum	bisherige Staatsangehörigkeit	Begleitpersonen
1	[[P|Rezaei, Kourosh]]	[[DOB|06.04.1983]]	iranisch	2 (Ehefrau, Sohn – werden miteingebürgert)
2	[[P|Ahmadi, Shirin]]	[[DOB|09.11.1990]]	iranisch	1
3	[[P|Wójcik, Małgorzata]] („[[P|Gosia]]")	[[DOB|12.12.1977]]	polnisch	0
4	[[P|Nguyễn, Văn Dũng]]	[[DOB|03.03.1969]]	vietnamesisch	2
5	[[P|Hosseini, Sayed Jawad]]	[[DOB|01.01.1995]]	afghanisch	1 (Bruder)

Programm
17:00 Begrüßung durch die Bezirksamtsleitung
17:15 Musik: Chor der Stadtteilschule
17:30 Aushändigung der Urkunden (in der Reihenfolge der Liste), Bekenntnis zur freiheitlichen demokratischen Grundordnung
18:00 Empfang

Hinweise: Der Kirchenraum ist ab 16:30 Uhr geöffnet. Die Presse (Hamburger Abendblatt) darf nur Personen fotografieren, die schriftlich eingewilligt haben (Nr. 3 und 4).
""")

# ================================================================ F55-030 expat freelancer, forwarded tax adviser mail (outlook)
doc("outlook", "einbuergerung-einkommen-expat", [], f"""
From: [[P|Daniel McAllister]] <[[E|dan@mcallister-design.de]]>
Sent: Tuesday, 14 October 2025 08:51
To: [[N|einbuergerung@elbufer-nord.hamburg.de]]
Subject: Einbürgerung – income proof and fee / Az. [[AZ|EB 2025/05562]]

Dear Sir or Madam,

please find attached my income tax assessments (Einkommensteuerbescheide) for 2022 to 2024. My tax adviser has summarised the key figures in his mail below, I hope that's sufficient.

Regarding the fee of 255 EUR: the Kasse told me I could pay by credit card over the phone, but nobody picked up all week. Could you charge it to my Amex [[CC|{amex(CC_MCALLISTER)}]] (exp. 11/28)? If that isn't possible I'll transfer it, just send me the Kassenzeichen.

Cheers,

[[P|Daniel R. McAllister]]
Freelance UX designer
[[A|Hohenzollernring 54]], [[A|22763 Hamburg]]
[[T|+49 176 2290 4517]]

---------- Forwarded message ---------
Von: [[P|Jan-Hendrik Stüve]] <[[E|j.stueve@elbe-treuhand.de]]>
Date: Mo., 13. Okt. 2025 um 16:20
Subject: Zahlen für Einbürgerung

Hallo,

hier die Eckdaten für das Bezirksamt:

Steuernummer (Finanzamt Hamburg-Altona): [[TNR|{TNR_MCALLISTER}]]
Steuer-ID: [[TID|{TID_MCALLISTER}]]
Rentenversicherungsnummer (freiwillig versichert, DRV Nord): [[SSN|{ssn_sp(SSN_MCALLISTER)}]]

Einkünfte aus selbständiger Arbeit (§ 18 EStG):
2022: 41.280 EUR
2023: 47.915 EUR
2024: 52.360 EUR

Vorauszahlungen 2025 sind festgesetzt und werden pünktlich gezahlt; Rückstände bestehen nicht (Bescheinigung in Steuersachen vom 02.10.2025 liegt bei).

Viele Grüße
[[P|Jan-Hendrik]]
Steuerberater
Elbe Treuhand Steuerberatungsgesellschaft mbB
[[N|Neuer Wall 61]] · [[N|20354 Hamburg]] · [[N|040 3346 880]]
""")

# ---------------------------------------------------------------- build and write
def main():
    assert len(DOCS) == 30, len(DOCS)
    lines = []
    for i, (channel, template, flags, text) in enumerate(DOCS, 1):
        lines.append(build(f"F55-{i:03d}", channel, template, text, flags))

    out = os.path.join(HERE, "fresh55.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")

    # re-read and verify offsets, then re-check the identifiers found in the written file
    cats = collections.Counter()
    flag_counts = collections.Counter()
    channels = collections.Counter()
    n_neutral = 0
    with open(out, encoding="utf-8") as fh:
        for raw in fh:
            d = json.loads(raw)
            channels[d["channel"]] += 1
            for f in d["specialCategories"]:
                flag_counts[f] += 1
            n_neutral += len(d["neutral"])
            for e in d["entities"] + d["neutral"]:
                assert d["text"][e["start"]:e["end"]] == e["text"], (d["id"], e)
            for e in d["entities"]:
                cats[e["category"]] += 1
                v = e["text"]
                if e["category"] == "IBAN":
                    assert iban_ok(v), v
                elif e["category"] == "CREDIT_CARD":
                    assert luhn_ok(v), v
                elif e["category"] == "TAX_ID":
                    assert tax_id_ok(v), v
                elif e["category"] == "VAT_ID":
                    assert vat_ok(v), v
                elif e["category"] == "SOCIAL_SECURITY":
                    assert ssn_ok(v), v
                elif e["category"] == "HEALTH_INSURANCE":
                    assert kvnr_ok(v), v
    total = sum(cats.values())
    print(f"{out}: {len(lines)} documents, {total} entities, {n_neutral} neutral spans")
    print(dict(channels))
    print(dict(sorted(cats.items(), key=lambda kv: -kv[1])))
    print(dict(flag_counts))
    write_readme(len(lines), total, cats, flag_counts, channels, n_neutral,
                 sum(1 for l in lines if not l["specialCategories"]))
    return lines


def write_readme(n_docs, total, cats, flags, channels, n_neutral, n_unflagged):
    cat_text = ", ".join(f"{c} {n}" for c, n in sorted(cats.items(), key=lambda kv: (-kv[1], kv[0])))
    flag_text = ", ".join(f"{f} {n}" for f, n in sorted(flags.items(), key=lambda kv: (-kv[1], kv[0])))
    text = (
        "# Batch 55 – held-out PII test set (Bezirksamt Elbufer-Nord)\n\n"
        f"`fresh55.jsonl` ({n_docs} documents F55-001 … F55-030, dev.jsonl format, written by `make_fresh55.py`, seed 5555) "
        "is set in an invented Hamburg-like city-state district, the Bezirksamt Elbufer-Nord, and was written blind, "
        "without looking at the detector: Wohngeld (Bescheid, Änderungsmitteilungen, a merchant's Verdienstbescheinigung, "
        "a Steuerberaterin's income statement), Grundsicherung im Alter (Hausbesuchsvermerk, Änderungsbescheid with a "
        "funeral-provision contract, a lawyer's Untätigkeits mail forwarded internally, a Widerspruch by a Fachanwältin, "
        "a payment list with DE/AT IBANs), Meldewesen (an English expat's Anmeldung request, an appointment list, an "
        "Auskunftssperre form, a lower-case Ummeldung mail about a car), Gesundheitsamt (Schuleingangsuntersuchung "
        "invitation and findings, TB contact tracing with a quoted IfSG notification, a TB screening letter with a "
        "Ukrainian line), Einbürgerung (review note, identity check with fingerprints, DNA parentage mail, a refugee "
        "married to a woman, an expat freelancer's forwarded tax-adviser mail, a ceremony guest list) plus a notary's "
        "Vorkaufsrecht letter, a staff meeting protocol and short internal/citizen mails; "
        f"{channels.get('word', 0)} Word and {channels.get('outlook', 0)} Outlook documents from 3 lines to about two pages, "
        "with Afghan, Iranian, Turkish, Ghanaian, Portuguese, Polish, Vietnamese, Ukrainian, Greek, Balkan, British/Irish, "
        "Dutch and Hamburg names (particles like ter/de/dos, double names, Dr. titles, Nachname-Vorname lists, lower-case "
        "and first-name-only mentions, a nickname, a Cyrillic surname, a genitive -s left outside the span). "
        f"It holds {total} labelled entities ({cat_text}) and {n_neutral} neutral spans; every IBAN (DE, AT, NL with "
        "elfproef, PL with sort-code check), card (Luhn), Steuer-ID, USt-IdNr., Rentenversicherungs- and "
        "Krankenversichertennummer is re-checked when the file is written. "
        f"Special-category flags: {flag_text}; {n_unflagged} documents carry none, among them harmless mentions of a "
        "Krankenkasse, Impfpass/U-Heft, biometric passport photos and a church as the ceremony venue. Hard negatives "
        "(neutral or unlabelled): the Bezirksamt's address, Postfach, switchboards and functional mailboxes, the "
        "Kasse.Hamburg IBAN, law-firm/notary/tax-firm letterhead addresses and switchboards, booking, invoice, "
        "Drucksache, course, exam and personnel numbers, Haushaltsstelle, amounts, § references, Bebauungsplan and "
        "Flurstück numbers, non-birth dates, apartment details, street names without number (Jungfernstieg, "
        "Fischmarkt, Arnkielstraße), Koch/Bäcker/Winter as nouns next to people called Bäcker, Winter and Vogel, "
        "and Vogel inside a street name.\n"
    )
    with open(os.devnull, "w", encoding="utf-8") as fh:
        fh.write(text)


if __name__ == "__main__":
    main()
