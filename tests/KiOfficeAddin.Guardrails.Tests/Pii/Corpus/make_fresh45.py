#!/usr/bin/env python3
"""Held-out batch 45: Stadt Jadehafen (invented Lower Saxony port city).

Hafenbehörde, Seemannsamt, Bürgeramt, Wohngeldstelle, Ordnungsamt, Standesamt, Hafenärztlicher Dienst; seafarers and
dock workers from Ghana, Nigeria, the Philippines, Portugal and Cape Verde, shipping agencies writing English or
English-German mixes, crew lists, Frisian family names, forwarded mails.

Writes fresh45.jsonl (30 documents, ids F45-001 .. F45-030) next to this script.
"""
import json
import os
import sys
from collections import Counter

sys.dont_write_bytecode = True
CORPUS = "/work/main/tests/KiOfficeAddin.Guardrails.Tests/Pii/Corpus"
sys.path.insert(0, CORPUS)

from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod11_10_check, luhn_check, mod97_iban, digit_sum  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ids = Identifiers(4545)


# ---------------------------------------------------------------- independent re-checks of every identifier
def iban_ok(value):
    s = value.replace(" ", "")
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def luhn_ok(value):
    digits = [int(c) for c in value if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def tax_id_ok(value):
    s = value.replace(" ", "")
    if len(s) != 11 or s[0] == "0":
        return False
    counts = Counter(s[:10])
    if max(counts.values()) > 3 or sum(1 for c in counts.values() if c >= 2) != 1:
        return False
    return mod11_10_check(s[:10]) == int(s[10])


def vat_ok(value):
    return value.startswith("DE") and len(value) == 11 and mod11_10_check(value[2:10]) == int(value[10])


def ssn_ok(value):
    s = value.replace(" ", "")
    code = ord(s[8]) - ord("A") + 1
    vals = [int(c) for c in s[:8]] + [code // 10, code % 10] + [int(c) for c in s[9:11]]
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum(digit_sum(v * w) for v, w in zip(vals, weights)) % 10 == int(s[11])


def kvnr_ok(value):
    code = ord(value[0]) - ord("A") + 1
    vals = [code // 10, code % 10] + [int(c) for c in value[1:9]]
    return sum(digit_sum(v * (1 if i % 2 == 0 else 2)) for i, v in enumerate(vals)) % 10 == int(value[9])


def imo(six):
    return six + str(sum(int(c) * (7 - i) for i, c in enumerate(six)) % 10)


def nl_iban(bank):
    while True:
        acct = "0" + ids.digits(9)
        if sum(int(c) * (10 - i) for i, c in enumerate(acct)) % 11 == 0 and acct != "0000000000":
            return mod97_iban("NL", bank + acct)


def ssn(ddmmyy, letter, spaced):
    v = ids.social_security(ddmmyy, letter)
    assert ssn_ok(v)
    return f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}" if spaced else v


# ---------------------------------------------------------------- identifiers
CITY_IBAN = group(mod97_iban("DE", "282501100002104417"), 4)          # Stadtkasse Jadehafen (neutral)
IBAN_OWUSU = group(ids.iban_de(), 4)
IBAN_BAKARE = ids.iban_de()
IBAN_GASHI = group(ids.iban_de(), 4)
IBAN_NL = group(nl_iban("INGB"), 4)
IBAN_AT = group(ids.iban("AT", 16), 4)
TID_CHARALAMBOUS = ids.tax_id()
TID_WISNIEWSKI = ids.tax_id()
TID_ADU = ids.tax_id()
TID_WISNIEWSKI_F = f"{TID_WISNIEWSKI[:2]} {TID_WISNIEWSKI[2:5]} {TID_WISNIEWSKI[5:8]} {TID_WISNIEWSKI[8:]}"
TID_ADU_F = f"{TID_ADU[:2]} {TID_ADU[2:5]} {TID_ADU[5:8]} {TID_ADU[8:]}"
TNR_FOCKEN = f"{ids.rng.choice(['64', '69', '70'])}/{ids.digits(3)}/{ids.digits(5)}"   # Niedersachsen FF/FFF/UUUUP
TNR_HAYEN = "2370" + "0" + ids.digits(8)                                                  # 13-digit federal form
VAT_FOCKEN = ids.vat_id()
VAT_HAYEN = ids.vat_id()
IDC_CHARALAMBOUS = ids.id_card(check_digit=True)
IDC_BONDARENKO = ids.id_card()
IDC_DEMIR = ids.id_card(check_digit=True)
PASS_MELNYK = ids.passport(check_digit=True)
SSN_WISNIEWSKI = ssn("030563", "W", spaced=True)
SSN_PHAM = ssn("210998", "P", spaced=False)
KV_WISNIEWSKI = ids.health_insurance()
KV_POPKEN = ids.health_insurance()
CC_SOUSA = group(ids.credit_card("4", 16), 4)
CC_HAYEN = group(ids.credit_card("53", 16), 4, "-")
IMO_HORIZON = imo("946730")
IMO_ATLANTIC = imo("951218")
IMO_NORDIC = imo("938804")

for v in (CITY_IBAN, IBAN_OWUSU, IBAN_BAKARE, IBAN_GASHI, IBAN_NL, IBAN_AT):
    assert iban_ok(v), v
for v in (TID_CHARALAMBOUS, TID_WISNIEWSKI, TID_ADU):
    assert tax_id_ok(v), v
for v in (VAT_FOCKEN, VAT_HAYEN):
    assert vat_ok(v), v
for v in (KV_WISNIEWSKI, KV_POPKEN):
    assert kvnr_ok(v), v
for v in (CC_SOUSA, CC_HAYEN):
    assert luhn_ok(v), v

DOCS = []


def doc(channel, template, flags, marked):
    DOCS.append((channel, template, flags, marked.strip("\n")))


# ================================================================ F45-001 word: Vermerk Anmeldung Familie
doc("word", "anmeldung", [], """
Stadt Jadehafen – Bürgeramt
Sachgebiet Meldewesen

Vermerk zur Anmeldung (Zuzug aus dem Ausland, Familie)

Vorsprache am 14.01.2026, Schalter 3, mit Termin. Es erschien Herr [[P|Jerome Villanueva Bautista]] mit seiner Ehefrau und den beiden Kindern zur Anmeldung der Wohnung [[A|Deichstraße 27]], [[N|3. OG rechts]], [[A|26397 Jadehafen]]. Einzug laut Wohnungsgeberbestätigung am 02.01.2026; Wohnungsgeberin ist die Jadehafener Wohnungsbau GmbH. Letzte Anschrift im Ausland: Batangas City, Philippinen (keine Hausnummer angegeben).

Angemeldete Personen:

Familienname | Vornamen | Geburtsdatum | Staatsangehörigkeit
[[P|Bautista]] | [[P|Jerome Villanueva]] | [[DOB|11.03.1988]] | philippinisch
[[P|Bautista]] | [[P|Maria Teresa]] | [[DOB|27.09.1990]] | philippinisch
[[P|Bautista]] | [[P|Angelo]] | [[DOB|05.06.2015]] | philippinisch
[[P|Bautista]] | [[P|Kristine Joy]] | [[DOB|19.12.2019]] | philippinisch

Die philippinischen Reisepässe und die Aufenthaltstitel (Fachkräfte, § 18a AufenthG, gültig bis 31.12.2027) wurden im Original vorgelegt. Der Ehemann arbeitet seit November als Lascher beim Containerterminal. Frau [[P|Bautista]] fragte nach Kita-Plätzen für die Tochter; Hinweis auf das Familienservicebüro (Marktstraße) gegeben. Vier Meldebescheinigungen ausgehändigt, Gebühr 0,00 EUR (Erstanmeldung).

Rückfragen an die Familie über Herrn [[P|Bautista]], mobil [[T|0157 3921 4480]].

Bearbeitet: [[P|Tomke Janßen]], Bürgeramt, Tel. [[T|04423 9180-3312]]
""")

# ================================================================ F45-002 word: Meldebescheinigung
doc("word", "meldebescheinigung", [], """
Stadt Jadehafen · Bürgeramt · [[N|Rathausplatz 1]] · [[N|26399 Jadehafen]]

Einfache Meldebescheinigung nach § 18 Abs. 1 BMG

Familienname: [[P|Ferreira da Silva]]
Vornamen: [[P|João Miguel]]
Doktorgrad: –
Geburtsdatum: [[DOB|23.04.1979]]
Geburtsort: Matosinhos (Portugal)
Staatsangehörigkeit: portugiesisch
Gegenwärtige Anschrift: [[A|Am Handelshafen 9]], [[A|26399 Jadehafen]] (alleinige Wohnung)
Einzugsdatum: 01.10.2025
Frühere Anschrift: [[A|Rua do Almada 87]], [[A|4050-038 Porto]], Portugal

Die vorstehenden Daten sind im Melderegister der Stadt Jadehafen gespeichert.

Jadehafen, 05.11.2025
Im Auftrag

[[P|Okko Saathoff]]

Gebühr: 5,00 EUR (Nr. 1.2 Verwaltungskostentarif), Quittungsnummer Q-2025-118734
""")

# ================================================================ F45-003 word: Wohngeldbescheid
doc("word", "wohngeld", [], f"""
Stadt Jadehafen
Fachbereich Soziales – Wohngeldstelle
[[N|Marktstraße 44]] · [[N|26399 Jadehafen]]

Herrn
[[P|Kwabena Owusu-Ansah]]
[[A|Flutstraße 112 a]]
[[A|26397 Jadehafen]]

Aktenzeichen: [[AZ|WG-2025-04418]]
Telefon: [[T|04423 9180-4127]]
E-Mail: [[E|gesa.poppinga@jadehafen.de]]
Datum: 12.12.2025

Bescheid über die Bewilligung von Wohngeld (Mietzuschuss)

Sehr geehrter Herr [[P|Owusu-Ansah]],

auf Ihren Antrag vom 28.10.2025 bewillige ich Ihnen für den Zeitraum 01.11.2025 bis 31.10.2026 Wohngeld in Höhe von monatlich 287,00 EUR (§§ 19, 24 WoGG). Bei der Berechnung wurden zwei Haushaltsmitglieder berücksichtigt, Sie und Ihre Ehefrau [[P|Abena Owusu-Ansah]]. Als Einkommen wurde Ihr Lohn als Hafenarbeiter beim Gesamthafenbetrieb zugrunde gelegt (Jahresbruttoeinkommen 31.400,00 EUR abzüglich der Pauschalen nach § 16 WoGG); die berücksichtigungsfähige Miete beträgt 612,00 EUR.

Das Wohngeld wird monatlich im Voraus auf Ihr Konto [[IBAN|{IBAN_OWUSU}]] überwiesen.

Sie sind verpflichtet, jede Änderung der Haushaltsgröße oder eine Erhöhung des Einkommens um mehr als 15 Prozent unverzüglich mitzuteilen (§ 27 WoGG). Zu Unrecht erhaltene Beträge sind unter Angabe des Aktenzeichens an die Stadtkasse Jadehafen, IBAN [[N|{CITY_IBAN}]], zu erstatten.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Oldenburg erhoben werden.

Mit freundlichen Grüßen
Im Auftrag

[[P|Gesa Poppinga]]

Sprechzeiten: Mo, Di, Do 8.30–12.00 Uhr · Telefonzentrale [[N|04423 9180-0]] · [[N|wohngeld@jadehafen.de]]
""")

# ================================================================ F45-004 word: Hafenärztliche Bescheinigung
doc("word", "hafenarzt", ["HEALTH"], f"""
Stadt Jadehafen – Hafenärztlicher Dienst
[[N|Bontekai 12]], [[N|26399 Jadehafen]] · Tel. [[N|04423 9180-7700]] · [[N|hafenarzt@jadehafen.de]]

Ärztliche Bescheinigung / Medical Certificate
(zur Vorlage beim Kapitän und beim Schiffsagenten / for the master and the ship's agent)

Name / Name: [[P|OKONKWO, Chukwuemeka Daniel]]
Geburtsdatum / Date of birth: [[DOB|02.08.1984]]
Staatsangehörigkeit / Nationality: Nigeria
Reisepass / Passport No.: [[PASS|A09731554]]
Schiff / Vessel: MV „Jade Horizon“, IMO [[N|{IMO_HORIZON}]]
Dienststellung / Rank: Able Seaman

Befund: Der Genannte wurde am 21.01.2026 an Bord untersucht. Es besteht der dringende Verdacht auf eine offene Lungentuberkulose (produktiver Husten seit etwa drei Wochen, Nachtschweiß, Gewichtsverlust, auffälliger Röntgenbefund beider Oberfelder). Eine Weiterreise mit dem Schiff ist bis zum Ausschluss der Ansteckungsfähigkeit nicht möglich. Herr [[P|Okonkwo]] wird heute in das Klinikum Jadehafen, Station 4B (Isolierung), aufgenommen. Die Meldung nach § 6 IfSG an das Gesundheitsamt ist erfolgt.

Umgebungsuntersuchung der Besatzung (22 Personen) am 23.01.2026, 09:00 Uhr an Bord. Der Koch und der Steward werden wegen der gemeinsam genutzten Kombüse vorrangig untersucht.

Eine deutsche Krankenversicherung besteht nicht; die Kosten übernimmt nach Auskunft des Agenten der P&I-Club des Reeders.

Jadehafen, 21.01.2026

[[P|Dr. med. Imke Rieken]]
Hafenärztin
""")

# ================================================================ F45-005 word: Anhörung Ordnungsamt
doc("word", "ordnungsamt", [], """
Stadt Jadehafen · Ordnungsamt · Verkehrsüberwachung

Herrn
[[P|Dariusz Wróblewski]]
[[A|Ebkeriege 58]]
[[A|26389 Wilhelmshaven]]

Aktenzeichen: [[AZ|OA 32.1-7719/25]]
Datum: 09.10.2025

Anhörung im Verwarnungsgeldverfahren – Parken im Hafengebiet

Sehr geehrter Herr [[P|Wróblewski]],

Ihnen wird vorgeworfen, am 24.09.2025 um 06:42 Uhr mit dem Pkw, amtliches Kennzeichen [[KFZ|WHV-DW 318]], auf der Zufahrt zum Containerterminal an der Niedersachsenbrücke in einer gekennzeichneten Feuerwehrzufahrt geparkt zu haben (§ 12 Abs. 1 StVO, § 49 StVO, § 24 StVG). Der Verstoß wurde von [[P|Hauke Cassens]] (Hafenaufsicht) festgestellt; zwei Lichtbilder liegen vor. Es ist ein Verwarnungsgeld von 55,00 EUR vorgesehen.

Sie haben Gelegenheit, sich bis zum 23.10.2025 schriftlich zu äußern. Waren Sie nicht Fahrer, nennen Sie bitte die Person, die das Fahrzeug geführt hat. Zur Angabe Ihrer Personalien sind Sie verpflichtet, zur Sache können Sie sich äußern.

Im Auftrag
[[P|Silke Osterloh]]
""")

# ================================================================ F45-006 word: Protokoll Dienstbesprechung
doc("word", "protokoll", ["HEALTH", "UNION"], """
Stadt Jadehafen – Hafenbehörde

Protokoll der Dienstbesprechung „Hafensicherheit und Umschlag“ am 03.02.2026

Teilnehmende: [[P|Reinhard Eilers]] (Leitung Hafenbehörde), [[P|Dr. Antje Weerda]] (Hafenärztlicher Dienst), [[P|Salvatore Di Stefano]] (Ordnungsamt), [[P|Frauke Tammen]] (Protokoll); als Gast [[P|Stavros Papadakis]] (Betriebsrat Gesamthafenbetrieb)
Ort: Hafenhaus, Raum 2.14 · Beginn 09:00 Uhr, Ende 10:45 Uhr

TOP 1 – Glätte auf den Kajen im Winter
Herr [[P|Eilers]] berichtet über zwei Stürze an der Südkaje im Januar. Der Winterdienst wird ab sofort durch den Bauhof bereits ab 5 Uhr aufgenommen; die Kosten laut Angebot Nr. 2026-0117 betragen 14.800,00 EUR und werden aus dem Budget 2026 (Produkt 54.7.01) gedeckt.

TOP 2 – Arbeitsunfall eines Laschers
Der Betriebsrat berichtet, dass der Lascher [[P|Ivan Horvat]] am 27.01.2026 beim Lösen von Twistlocks auf vereister Luke gestürzt ist. Er hat sich eine Unterarmfraktur links zugezogen, wurde operiert und ist voraussichtlich bis Ende März arbeitsunfähig. [[P|Horvat]]s Kollegen haben die Unfallstelle fotografiert. Herr [[P|Papadakis]], nach eigenen Worten seit 1998 ver.di-Mitglied und Vertrauensmann der Hafenarbeiter, fordert im Namen der Gewerkschaft zusätzliche Beleuchtung an den Liegeplätzen 3 und 4. Frau Dr. [[P|Weerda]] weist darauf hin, dass die Unfallanzeige an die BG Verkehr innerhalb von drei Tagen erfolgen muss.

TOP 3 – Bebauungsplan Nr. 47 „Hafenkopf“
Die Beschlussvorlage (Drucksache 2026/014) geht am 19.02.2026 in den Bauausschuss. Der Vogelschutz (Brutkolonie der Flussseeschwalben am Banter See) ist im Umweltbericht berücksichtigt.

TOP 4 – Verschiedenes
Das Ordnungsamt bittet um Mitteilung, wann die Lkw-Warteschlange in der Hafenstraße aufgelöst wird. Die Hafenkantine hat einen neuen Koch; Essen ab 11:30 Uhr.

Nächste Sitzung: 03.03.2026, 09:00 Uhr.

Für das Protokoll: [[P|F. Tammen]]
""")

# ================================================================ F45-007 word: Crew list
doc("word", "crewliste", [], f"""
HAFENBEHÖRDE JADEHAFEN / JADEHAFEN PORT AUTHORITY
Crew List (IMO FAL Form 5) – Eingang über Jade Maritime Agency GmbH, zum Vorgang [[AZ|HB-2026-0231]]

Name of ship: MV „Nordic Pearl“    IMO number: [[N|{IMO_NORDIC}]]    Call sign: V2QK7
Flag State: Antigua and Barbuda    Port of arrival: Jadehafen    Date of arrival: 17.02.2026
Last port of call: Rotterdam

No. | Family name | Given names | Rank or rating | Nationality | Date of birth | Passport No.
1 | [[P|KOWALCZYK]] | [[P|Tomasz]] | Master | Polish | [[DOB|04.07.1969]] | [[PASS|EM4417290]]
2 | [[P|MENSAH]] | [[P|Kwesi Emmanuel]] | AB | Ghanaian | [[DOB|09.10.1994]] | [[PASS|G2765019]]
3 | [[P|TAVARES SEMEDO]] | [[P|Edmilson]] | OS | Cape Verdean | [[DOB|30.03.1998]] | [[PASS|PA0214583]]
4 | [[P|NGUYEN]] | [[P|Van Thanh]] | Cook | Vietnamese | [[DOB|15.05.1976]] | [[PASS|C4471083]]

Page 1 of 3 (rows 5–21 on pages 2 and 3)    Total crew: 21 (incl. master)
Date and signature by master: 17.02.2026, [[P|T. Kowalczyk]]

Vermerk Hafenbehörde: Liste mit der Voranmeldung im Maritimen Single Window abgeglichen, keine Abweichungen. Kein Besatzungswechsel in Jadehafen angemeldet.
Geprüft: [[P|Meinert Gerdes]], 17.02.2026
""")

# ================================================================ F45-008 word: Vermerk Seemannsamt (Heuer, Gewerkschaft)
doc("word", "vermerk", ["UNION"], f"""
Seemannsamt Jadehafen
Az.: [[AZ|SA 14/2026-007]]

Vermerk über eine Vorsprache

Am 09.03.2026 sprachen im Seemannsamt vor: der nigerianische Matrose [[P|Babatunde Oladipo Bakare]], geb. [[DOB|17.11.1991]] in Lagos, Besatzungsmitglied der MV „Ocean Grace“ (Liegeplatz 6, Nordhafen), sowie als Begleitung [[P|Marek Zieliński]], Inspektor der Internationalen Transportarbeiter-Föderation (ITF) für die deutsche Nordseeküste, mobil [[T|+49 171 6620 915]].

Herr [[P|Bakare]] gibt an, seit vier Monaten keine vollständige Heuer erhalten zu haben; ausgezahlt worden seien jeweils nur 300 USD in bar als Vorschuss. Nach dem Heuervertrag vom 02.08.2025 stehen ihm monatlich 1.480 USD zu. [[P|Bakare]]s Angaben zufolge betrifft das auch die übrigen elf Besatzungsmitglieder. Er sei Mitglied der Maritime Workers Union of Nigeria und habe über seine Gewerkschaft die ITF eingeschaltet; Herr [[P|Zieliński]] bestätigt, dass die ITF die Forderungen der Besatzung vertritt (insgesamt ca. 58.000 USD).

Herr [[P|Bakare]] hat während der Liegezeit ein Basiskonto eröffnet und bittet, Nachzahlungen dorthin zu leisten: IBAN [[IBAN|{IBAN_BAKARE}]].

Der Agent der Reederei, Herr [[P|Harm Ubben]] (Jade Maritime Agency GmbH), wurde telefonisch unter [[T|04423 87 55 21]] erreicht. Er sagt zu, die Abrechnungen Dezember bis Februar bis zum 13.03.2026 vorzulegen.

Veranlasst:
1. Mitteilung an den Flaggenstaat und an die BG Verkehr (Hafenstaatkontrolle), Bezug: § 104 SeeArbG.
2. Schreiben an den Reeder mit Fristsetzung, Abschrift an die ITF.
3. Wiedervorlage 16.03.2026.

Jadehafen, 09.03.2026
[[P|Enno Tjarks]]
Seemannsamt
""")

# ================================================================ F45-009 word: Gewerbeanmeldung Schiffsausrüster
doc("word", "gewerbe", [], f"""
Stadt Jadehafen – Ordnungsamt – Gewerbeangelegenheiten
Gewerbe-Anmeldung nach § 14 GewO (Auszug aus dem Vordruck GewA 1), Eingangsnummer 2026/00318

1  Name: [[P|Focken]]
2  Vornamen: [[P|Hilke Marieke]]
4  Geburtsdatum: [[DOB|30.05.1982]]    Geburtsort: Jever
5  Staatsangehörigkeit: deutsch
6  Anschrift der Wohnung: [[A|Groden 14]], [[A|26441 Jever]]
7  Telefon: [[T|04461 70 28 93]]    E-Mail: [[E|hilke@schiffsbedarf-focken.de]]
8  Name des Geschäfts: Schiffsbedarf [[P|Focken]] e.K.
10 Betriebsstätte: [[A|Am Ausrüstungskai 3]], [[A|26399 Jadehafen]]
15 Angemeldete Tätigkeit: Schiffsausrüstung (Proviant, Decks- und Maschinenbedarf), Einzelhandel mit Waren für den Bordbedarf
16 Beginn der Tätigkeit: 01.04.2026
   Steuernummer: [[TNR|{TNR_FOCKEN}]]    USt-IdNr.: [[VAT|{VAT_FOCKEN}]]

Hinweis der Gewerbebehörde: Für die Lieferung unverzollter Waren an Schiffe ist zusätzlich eine Bewilligung des Hauptzollamts Oldenburg erforderlich. Gebühr für die Anmeldung: 26,00 EUR.

Jadehafen, 18.03.2026
gez. [[P|Hilke Focken]]
""")

# ================================================================ F45-010 word: Standesamt Vaterschaft (genetisch)
doc("word", "standesamt", ["GENETIC"], """
Stadt Jadehafen – Standesamt
Az.: [[AZ|StA 2-G 118/2025]]

Vermerk zur Folgebeurkundung im Geburtenregister

Kind: [[P|Leandro Fortes Monteiro]], geboren am [[DOB|06.08.2025]] in Jadehafen
Mutter: [[P|Wiebke Siefken]], geb. [[DOB|14.02.1996]], wohnhaft [[A|Ulmenstraße 8]], [[A|26386 Wilhelmshaven]]
Vater (gerichtlich festgestellt): [[P|Nilton Fortes Monteiro]], geb. [[DOB|22.10.1989]] in Mindelo (Cabo Verde), Seemann, z. Zt. an Bord der MV „Atlantic Bridge“

Das Amtsgericht Wilhelmshaven – Familiengericht – hat mit Beschluss vom 12.01.2026, Az. [[AZ|5 F 411/25]], festgestellt, dass nicht der Ehemann der Mutter, Herr [[P|Sven Harms]], sondern Herr [[P|Fortes Monteiro]] der Vater des Kindes ist. Grundlage war ein Abstammungsgutachten des Instituts für Rechtsmedizin Oldenburg (DNA-Vergleich von 24 STR-Systemen; der Ehemann als Vater ausgeschlossen, Vaterschaftswahrscheinlichkeit für den festgestellten Vater 99,9999 %).

[[P|Leandro]]s Vater hat sich bei der Vorsprache am 03.02.2026 mit seinem Reisepass der Republik Cabo Verde, Nr. [[PASS|PB0687241]], ausgewiesen. Die Eltern haben erklärt, dass das Kind den Familiennamen „[[P|Fortes Monteiro]]“ erhalten soll (§ 1617b BGB).

Folgebeurkundung am 03.02.2026 vorgenommen; Mitteilung an die Meldebehörde und das Familiengericht ist erfolgt.

[[P|Jelto Addicks]]
Standesbeamter
""")

# ================================================================ F45-011 word: Niederschrift Kirchenaustritt
doc("word", "kirchenaustritt", ["RELIGION"], f"""
Stadt Jadehafen – Standesamt

Niederschrift über die Erklärung des Austritts aus einer Religionsgemeinschaft
(Niedersächsisches Kirchenaustrittsgesetz)

Vor dem unterzeichnenden Standesbeamten erschien heute, am 26.02.2026, ausgewiesen durch Personalausweis Nr. [[IDC|{IDC_CHARALAMBOUS}]]:

Frau [[P|Eleni Charalambous-Wilken]]
geboren am [[DOB|09.11.1977]] in Thessaloniki
wohnhaft [[A|Kirchreihe 19]], [[A|26397 Jadehafen]]
Steuerliche Identifikationsnummer: [[TID|{TID_CHARALAMBOUS}]]

und erklärte: „Ich trete aus der Evangelisch-lutherischen Landeskirche Hannovers aus.“ Bisherige Kirchengemeinde: Ev.-luth. Christus- und Garnisonkirchengemeinde Jadehafen. Frau [[P|Charalambous-Wilken]] gab an, dass sie bei der Heirat 2004 zum lutherischen Bekenntnis übergetreten sei und nun zur griechisch-orthodoxen Gemeinde ihrer Familie zurückkehren wolle.

Die Erklärung wurde vorgelesen, genehmigt und unterschrieben. Die Austrittsbescheinigung wurde ausgehändigt. Gebühr: 30,00 EUR, bar bezahlt (Kassenbeleg 2026/000734). Die Mitteilung an die Kirchengemeinde und an das Finanzamt erfolgt von Amts wegen.

gez. [[P|Eleni Charalambous-Wilken]]
[[P|Jelto Addicks]], Standesbeamter
""")

# ================================================================ F45-012 word: Wiedervorlageliste Wohngeld
doc("word", "liste", [], """
Wohngeldstelle – Liste Wiedervorlagen KW 9/2026 (nur für den Dienstgebrauch)

Az. | Antragsteller/in | Anschrift | Sachstand
[[AZ|WG-2026-00112]] | [[P|Nwosu, Ifeoma]] | [[A|Flutstraße 7]], [[N|Whg. 3]] | Mietbescheinigung fehlt, Erinnerung am 20.02. versandt
[[AZ|WG-2026-00127]] | [[P|Lemos Gonçalves, Ana Rita]] | [[A|Peterstraße 51]] | Heuerabrechnungen des Ehemanns (Seemann, Auslandsanteil) prüfen
[[AZ|WG-2025-04890]] | [[P|Trần, Thị Lan]] | [[A|Ankerweg 3 b]] | Weiterleistungsantrag, Haushalt jetzt 4 Personen
[[AZ|WG-2026-00151]] | [[P|Haddad, Rania]] | [[A|Friedenstraße 90]] | Zuständigkeit prüfen – Wohnsitz evtl. Schortens
[[AZ|WG-2025-04777]] | [[P|Kovačević, Dragana]] | [[A|Heppenser Straße 4-6]] | Bescheid am 25.02. versandt, Vorgang erledigt

Hinweise:
– Bei Frau [[P|Trần]] hat sich die Haushaltsgröße durch die Geburt eines Kindes geändert; Geburtsurkunde liegt vor.
– Frau [[P|Haddad]] bittet um Rückruf unter [[T|0160 9358 2214]], am besten vor 7 Uhr (Schichtdienst).
– Die Bäckerei in der Friedenstraße hat als Arbeitgeberin von Frau [[P|Nwosu]] die Verdienstbescheinigung noch nicht geschickt.

Stand: 27.02.2026, [[P|G. Poppinga]]
""")

# ================================================================ F45-013 word: Liegeplatzgebühren Fischer
doc("word", "liegeplatz", [], f"""
Stadt Jadehafen – Hafenbehörde
Hafengeld und Liegeplatzgebühren

[[P|Eilert Onken]]
Krabbenfischerei
[[A|Postfach 11 28]]
[[A|26434 Wangerland]]

Kassenzeichen: [[AZ|5.4412.300917]]
Rechnungsnummer: 2026-HG-00481
Datum: 02.03.2026

Gebührenbescheid über Liegeplatzgebühren im Fischereihafen für das Jahr 2026

Sehr geehrter Herr [[P|Onken]],

für den Kutter [[N|„Gesine“]] (Fischereikennzeichen [[N|HOO 31]], Länge über alles 16,80 m) setze ich nach § 5 der Hafengebührenordnung für den Dauerliegeplatz Nr. 14 am Fischerkai folgende Gebühr fest:

16,80 m × 62,00 EUR = 1.041,60 EUR

Die Gebühr ist bis zum 01.04.2026 unter Angabe des Kassenzeichens auf das Konto der Stadtkasse Jadehafen, IBAN [[N|{CITY_IBAN}]], zu zahlen. Die Fischer im Fischereihafen wurden auf der Versammlung am 12.11.2025 über die Anpassung der Gebührensätze informiert.

Ihre Mitteilung, dass Ihre Tochter [[P|Maike Onken]] den Betrieb zum 01.01.2027 übernimmt, haben wir zur Kenntnis genommen. Bitte reichen Sie dann die Gewerbeummeldung ein.

Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Oldenburg erhoben werden.

Im Auftrag
[[P|Meinert Gerdes]]
Hafenbehörde, Tel. [[T|04423 9180-6021]]
""")

# ================================================================ F45-014 word: Gesprächsvermerk Versicherungsamt
doc("word", "rente", [], f"""
Stadt Jadehafen – Versicherungsamt
Gesprächsvermerk

Vorsprache am 11.02.2026: Herr [[P|Grzegorz Wiśniewski]], geb. [[DOB|03.05.1963]] in Gdynia, wohnhaft [[A|Neuengrodener Weg 31]], [[A|26386 Wilhelmshaven]], seit 1994 Festmacher im Hafen Jadehafen.

Anliegen: Kontenklärung und Beratung zur Altersrente für besonders langjährig Versicherte.
Versicherungsnummer: [[SSN|{SSN_WISNIEWSKI}]]
Lücke 1986–1993: Beschäftigung als Matrose bei der Polnischen Ozeanreederei (PLO), Gdynia – Nachweise werden nach dem deutsch-polnischen Sozialversicherungsabkommen über die DRV beim ZUS angefordert.
Krankenversicherung: AOK Niedersachsen, Krankenversichertennummer [[KV|{KV_WISNIEWSKI}]]
Steuer-ID (für die Rentenbezugsmitteilung): [[TID|{TID_WISNIEWSKI_F}]]

Die Ehefrau, [[P|Bożena Wiśniewska]], fragte nach der Hinterbliebenenversorgung; Auskunft erteilt. Er ist unter [[T|04421 5 09 77 3]] oder über seine Tochter [[P|Kasia]] ([[E|kasia.wisniewska@gmx.de]]) erreichbar.

Antrag auf Kontenklärung (V0100) aufgenommen und am 11.02.2026 an die DRV Braunschweig-Hannover übersandt.

[[P|K.-H. Memmen]]
""")

# ================================================================ F45-015 word: Versammlungsanzeige
doc("word", "versammlung", ["POLITICS"], f"""
Stadt Jadehafen – Ordnungsamt – Versammlungsbehörde

Frau
[[P|Nadja Bondarenko]]
[[A|Mühlenweg 33]]
[[A|26397 Jadehafen]]

Az.: [[AZ|32.3-VA 009/26]]
Datum: 05.03.2026

Anzeige einer Versammlung unter freiem Himmel nach § 5 NVersG – Eingangsbestätigung

Sehr geehrte Frau [[P|Bondarenko]],

wir bestätigen den Eingang Ihrer Anzeige vom 02.03.2026 für die Kundgebung „Solidarität mit den ukrainischen Seeleuten“ am Sonnabend, 21.03.2026, 11:00 bis 13:00 Uhr, Südstrand/Kaiser-Wilhelm-Brücke, erwartete Teilnehmerzahl 150.

Als Leiterin der Versammlung haben Sie sich angegeben: [[P|Nadja Bondarenko]], geb. [[DOB|12.06.1986]], Personalausweis Nr. [[IDC|{IDC_BONDARENKO}]]. Nach Ihren Angaben treten Sie als Vorsitzende des Ortsverbands Jadehafen von Bündnis 90/Die Grünen auf; die Partei ruft zur Teilnahme auf. Als Stellvertreter ist Herr [[P|Oleksandr Hrytsenko]] (mobil [[T|0152 2874 6130]]) benannt.

Zum Kooperationsgespräch mit der Polizeiinspektion Wilhelmshaven/Friesland laden wir Sie für den 16.03.2026, 10:00 Uhr, in das Rathaus, Raum 118, ein. Bitte bringen Sie die Liste der Ordnerinnen und Ordner (mindestens 8 Personen) mit.

Im Auftrag
[[P|Salvatore Di Stefano]]
""")

# ================================================================ F45-016 outlook: agency crew change (English)
doc("outlook", "crewchange", [], """
From: Jade Maritime Agency – Operations <[[N|ops@jade-maritime.de]]>
Sent: Monday, 16 February 2026 17:48
To: Seemannsamt Jadehafen <[[N|seemannsamt@jadehafen.de]]>
Cc: [[P|Harm Ubben]] <[[E|h.ubben@jade-maritime.de]]>
Subject: MV BALTIC MERIDIAN / crew change 18.02. – sign on / sign off

Dear Sirs,

please find below the crew change for MV Baltic Meridian (ETA Jadehafen 17.02. 2200 LT, berth CT 3):

SIGN OFF:
- 2/O [[P|Marites Dimaculangan]], Filipino, DOB [[DOB|08.01.1991]], PP [[PASS|P5530916A]] – repatriation via HAM–DOH–MNL on 19.02.
- Oiler [[P|Yaw Boakye]], Ghanaian, DOB [[DOB|25.06.1987]], PP [[PASS|G3308127]]

SIGN ON:
- 2/O [[P|Ricardo Jorge Lemos]], Portuguese, DOB [[DOB|13.09.1983]], PP [[PASS|CB502918]]
- Oiler [[P|Samuel Ofori-Atta]], Ghanaian, DOB [[DOB|02.02.1995]], PP [[PASS|G4019866]]

Off-signers will stay 1 night at the Seemannsheim, transport to Hamburg airport by our driver [[P|Jonas]]. Flight tickets and LOGs attached.

Kindly confirm that no Musterung or Seefahrtbuch entry is required on your side for the two non-EU seafarers.

Best regards / Mit freundlichen Grüßen

[[P|Tjark Hinrichs]]
Operations
Jade Maritime Agency GmbH · [[N|Am Handelshafen 2]] · [[N|26399 Jadehafen]]
Phone [[N|+49 4423 87 55 0]] · Mobile [[T|+49 160 4472 0913]]
""")

# ================================================================ F45-017 outlook: informal lower case, Anmeldung
doc("outlook", "anmeldung", [], f"""
Betreff: termin anmeldung??

hallo,

ich bin seid 1. märz in jadehafen und muss mich anmelden aber online gibt es kein termin bis april. mein arbeitgeber (fischfabrik am nordhafen) braucht die meldebescheinigung für die lohnabrechung, die rentenversicherungsnummer hab ich schon: [[SSN|{SSN_PHAM}]]. kann ich einfach so vorbei kommen? meine neue adresse ist [[A|bremer str. 61]] bei familie [[P|Le]], ich wohne im zimmer von ihrem sohn [[P|Minh]] der studiert in hamburg.

danke
[[P|Pham Thi Hoa]]
geb. [[DOB|21.9.98]]
[[T|0176 83 29 41 07]]
""")

# ================================================================ F45-018 outlook: forwarded chain Bürgeramt -> Wohngeld
doc("outlook", "weiterleitung", [], f"""
Von: [[P|Janßen, Tomke]] <[[E|tomke.janssen@jadehafen.de]]>
Gesendet: Dienstag, 20. Januar 2026 10:12
An: Wohngeldstelle <[[N|wohngeld@jadehafen.de]]>
Betreff: WG: Wohngeld + Ummeldung

Hallo zusammen,

die Mail kam bei uns im Bürgeramt an, betrifft aber eher euch. Die Ummeldung von Frau [[P|Gashi]] haben wir heute erledigt (neue Anschrift s. u.), den Rest bitte bei euch.

Gruß
[[P|Tomke]]

[[P|Tomke Janßen]]
Stadt Jadehafen – Bürgeramt
[[N|Rathausplatz 1]], [[N|26399 Jadehafen]]
Tel. [[T|04423 9180-3312]]

-----Ursprüngliche Nachricht-----
Von: [[P|Arbenita Gashi]] <[[E|arbenita.gashi@web.de]]>
Gesendet: Montag, 19. Januar 2026 21:37
An: [[N|buergeramt@jadehafen.de]]
Betreff: Wohngeld + Ummeldung

Guten Abend,

ich bin mit meinen zwei Kindern ([[P|Elira]], 6 und [[P|Dren]], 3) am 15.01. von der [[A|Bismarckstraße 210]] in den [[A|Tonndeich 92]], [[A|26397 Jadehafen]] gezogen. Die neue Wohnung ist kleiner und die Miete ist 80 Euro niedriger, bitte berechnen Sie mein Wohngeld neu. Mein Aktenzeichen ist [[AZ|WG-2025-03371]].

Ich habe auch ein neues Konto, bitte ab Februar dorthin überweisen: [[IBAN|{IBAN_GASHI}]].

Mit freundlichen Grüßen
[[P|Arbenita Gashi]]
Tel. [[T|0152 0934 7788]]
""")

# ================================================================ F45-019 outlook: English-German mix, Filipino wife
doc("outlook", "meldebescheinigung", [], """
Betreff: Meldebescheinigung for visa – urgent pls

Good day po!

My name is [[P|Marilou Santos-Agbayani]], my husband is [[P|Arnel Agbayani]], he is working as Bootsmann on the tug „Jade 4“ here in Jadehafen. We are living in the [[A|Grodenstraße 5a]] since last year. I need a Meldebescheinigung in English (or mehrsprachig?) for the Philippine embassy in Berlin, because my mother [[P|Lourdes Santos]] will visit us in summer and the embassy wants a proof of our Wohnsitz for the Verpflichtungserklärung.

Can you send it by post? My Reisepass Nr. is [[PASS|P7102846B]] and I was born on [[DOB|30.04.1985]] in Cebu City. If I have to come to the Bürgeramt, which day is possible without Termin?

Salamat po / Vielen Dank!
[[P|Marilou]]

--
[[P|Marilou Santos-Agbayani]]
[[A|Grodenstraße 5a]], [[A|26397 Jadehafen]]
[[T|+49 1517 2290 346]]
""")

# ================================================================ F45-020 outlook: Hafenarzt, Windpocken an Bord
doc("outlook", "hafenarzt", ["HEALTH"], f"""
Von: [[P|Dr. Antje Weerda]] <[[E|antje.weerda@jadehafen.de]]>
Gesendet: Freitag, 6. März 2026 14:05
An: Seemannsamt <[[N|seemannsamt@jadehafen.de]]>; Hafenbehörde <[[N|hafenbehoerde@jadehafen.de]]>
Cc: [[P|Hinrichs, Tjark]] (Jade Maritime) <[[E|t.hinrichs@jade-maritime.de]]>
Betreff: MV „Ocean Grace“ – Windpocken an Bord, Landgangssperre

Liebe Kolleginnen und Kollegen,

bei der heutigen Untersuchung an Bord der MV „Ocean Grace“ (Liegeplatz 6) wurden bei dem Messman [[P|Reynaldo Cabrera]] Jr. (an Bord nur „[[P|Jun-Jun]]“ genannt), geb. [[DOB|14.07.1999]], Windpocken festgestellt. Er bleibt bis zum Abheilen aller Bläschen, voraussichtlich bis 16.03., in seiner Kabine isoliert.

Zwei weitere Besatzungsmitglieder haben keine Immunität (weder Erkrankung noch Impfung): [[P|Oleh Kravchenko]] und [[P|Youssef El Amrani]]. Beide erhalten heute eine Riegelungsimpfung. Der deutsche Zweite Ingenieur, Herr [[P|Lars Popken]], ist ebenfalls nicht immun; er wird heute bei uns geimpft, die Kosten rechnen wir mit seiner Krankenkasse ab (Versichertennummer [[KV|{KV_POPKEN}]]).

Bitte bis einschließlich 20.03.2026 keine Landgangsausweise für die drei genannten Seeleute ausstellen.

Viele Grüße
[[P|Antje Weerda]]

--
[[P|Dr. med. Antje Weerda]]
Hafenärztlicher Dienst der Stadt Jadehafen
Tel. [[T|04423 9180-7712]] | Zentrale [[N|04423 9180-7700]]
""")

# ================================================================ F45-021 outlook: dock worker, Knöllchen
doc("outlook", "bussgeld", [], """
Betreff: Knöllchen / falsches Auto!!

moin,

ich hab heute ein schreiben vom ordnungsamt bekommen wegen parken am terminal, aktenzeichen [[AZ|OA 32.1-8034/25]]. das war aber nicht mein auto!! mein auto ist ein grauer passat mit [[KFZ|WHV-AK 1907]], auf dem foto ist aber ein [[KFZ|FRI-AK 1907]] zu sehen, also friesland kennzeichen. ich war an dem tag (14.10.) gar nicht im hafen, ich hatte frühschicht im lager in sande, kann mein vorarbeiter herr [[P|de Buhr]] bestätigen.

bitte das verfahren einstellen.

gruß
[[P|Ahmet Karakaya]]
[[A|Am Zollhafen 22]], [[A|26397 jadehafen]]
hafenarbeiter GHB
[[T|0170 5523 118]]
""")

# ================================================================ F45-022 outlook: 3-line internal note
doc("outlook", "rueckruf", [], """
Betreff: Rückrufbitte

Frau [[P|Akosua Mensah-Boateng]] hat angerufen wg. Meldebescheinigung, bitte zurückrufen: [[T|0157/88124460]] (ab 15 Uhr, sie hat Spätschicht).
Danke, [[P|Fenna]]
""")

# ================================================================ F45-023 outlook: credit card, living in Lisbon
doc("outlook", "kreditkarte", [], f"""
Betreff: Zahlung Gebühr erweiterte Meldebescheinigung hat nicht geklappt

Sehr geehrte Damen und Herren,

ich habe versucht, die Gebühr von 13,00 EUR für die erweiterte Meldebescheinigung (Bestellnummer 2026-MB-004417) online zu bezahlen, aber das Portal hat meine Karte zweimal abgelehnt. Ich lebe zur Zeit in Lissabon, deshalb kann ich nicht persönlich vorbeikommen. Sie können den Betrag gern direkt von meiner Kreditkarte abbuchen:

Karteninhaberin: [[P|Inês Catarina Sousa Moreira]]
Visa [[CC|{CC_SOUSA}]], gültig bis 08/28

Die Bescheinigung bitte an: [[A|Rua Morais Soares 118]], [[N|3.º Esq.]], [[A|1900-352 Lisboa]], Portugal. Meine letzte Anschrift in Jadehafen war die [[A|Virchowstraße 40]].

Obrigada und freundliche Grüße
[[P|Inês Sousa Moreira]]
geb. [[DOB|02.12.1992]]
""")

# ================================================================ F45-024 outlook: Seemannsmission (harmless church/photo mentions)
doc("outlook", "seemannsmission", [], """
Von: Deutsche Seemannsmission Jadehafen e. V. <[[N|info@seemannsmission-jadehafen.de]]>
Gesendet: Mittwoch, 11. Februar 2026 16:20
An: Bürgeramt Jadehafen <[[N|buergeramt@jadehafen.de]]>
Betreff: Passfotos / Anmeldung von Seeleuten im Seemannsheim

Sehr geehrte Damen und Herren,

wir betreuen im Seemannsheim derzeit mehrere Seeleute, deren Schiff seit Dezember unter Arrest liegt. Zwei von ihnen, Herr [[P|Kofi Antwi]] und Herr [[P|Olumide Fashola]], bleiben voraussichtlich länger als drei Monate und müssen sich nach unserer Kenntnis anmelden. Dazu drei Fragen:

1. Reicht als Wohnungsgeberbestätigung unser Vordruck mit Stempel? Das Seemannsheim hat die Anschrift [[N|Bontekai 41]], [[N|26399 Jadehafen]].
2. Für Ersatzpapiere brauchen beide biometrische Passfotos – kann man die bei Ihnen im Haus am Fotoautomaten machen, oder sollen wir zum Fotografen in die Marktstraße?
3. Herr [[P|Antwi]] hat an Bord als Koch gearbeitet und würde gern bei der Tafel helfen; braucht er dafür eine Meldebescheinigung?

Am Sonntag ist um 11 Uhr wieder der Gottesdienst für Seeleute in der Christus- und Garnisonkirche, danach Suppe im Seemannsclub. Sie sind herzlich eingeladen.

Herzliche Grüße
Diakonin [[P|Hilke Bruns]]
Deutsche Seemannsmission Jadehafen e. V.
Büro [[N|04423 3 12 98]] · mobil [[T|0162 7730 558]]
""")

# ================================================================ F45-025 outlook: Wohngeld, same-sex spouse, NL IBAN
doc("outlook", "wohngeld", ["SEXUAL_ORIENTATION"], f"""
Betreff: Wohngeldantrag – Änderung Haushalt und neues Konto

Sehr geehrte Frau [[P|Poppinga]],

zu meinem Wohngeldantrag (Aktenzeichen [[AZ|WG-2025-04512]]) teile ich mit, dass mein Ehemann, [[P|Ruud van der Meulen]], zum 01.03.2026 bei mir eingezogen ist. Wir haben im Dezember in Groningen geheiratet; die internationale Heiratsurkunde reiche ich nach. [[P|Ruud]] ist am [[DOB|17.05.1984]] geboren und arbeitet als Schiffsmechaniker bei einer Reederei in Delfzijl, seine Gehaltsnachweise schicke ich mit.

Das Wohngeld überweisen Sie bitte ab sofort auf unser gemeinsames Konto bei der ING: [[IBAN|{IBAN_NL}]].

Mit freundlichen Grüßen
[[P|Florian Hayen]]
[[A|Pferdemarkt 17]]
[[A|26397 Jadehafen]]
""")

# ================================================================ F45-026 outlook: terminal security, biometric enrolment
doc("outlook", "hafenausweis", ["BIOMETRIC"], f"""
From: Security Desk JCT <[[N|security@jct-jadehafen.com]]>
Sent: Thursday, 26 February 2026 07:58
To: Hafenbehörde Jadehafen <[[N|hafenbehoerde@jadehafen.de]]>
Subject: AW: Zugangsberechtigung ISPS – Herr [[P|Demir]] / fingerprint enrolment failed

Guten Morgen Herr [[P|Gerdes]],

wie telefonisch besprochen: Bei Herrn [[P|Serkan Demir]] (Straddle-Carrier-Fahrer, Personalnummer [[N|40718]]) ist die Anlernung am biometrischen Drehkreuz zum dritten Mal gescheitert. Die Fingerabdruck-Templates beider Zeigefinger haben wegen stark abgenutzter Fingerkuppen eine zu geringe Qualität. Wir haben daher zusätzlich ein Gesichtsbild-Template für die Gesichtserkennung an Tor 2 erfasst und im Zutrittssystem unter seinem Datensatz gespeichert.

Für den neuen Hafenausweis fehlen Ihnen noch:
- Personalausweisnummer: [[IDC|{IDC_DEMIR}]]
- Kennzeichen für die Parkberechtigung: [[KFZ|WHV-SD 4400]]
- Geburtsdatum: [[DOB|19.08.1990]]
- Wohnanschrift: [[A|Gökerstraße 118]], [[A|26384 Wilhelmshaven]]

Best regards / Viele Grüße
[[P|Marta Kowalska-Reimers]]
Security Coordinator
JCT Jadehafen Container Terminal
Phone [[T|+49 4423 960-118]]

> Am 25.02.2026 um 16:31 schrieb [[P|Meinert Gerdes]] <[[E|meinert.gerdes@jadehafen.de]]>:
> Hallo Frau [[P|Kowalska-Reimers]], können Sie mir bitte die fehlenden Angaben für Herrn [[P|Demir]] schicken? Ohne Ausweisnummer kann ich den Antrag nicht abschließen.
> Danke, [[P|M. Gerdes]]
""")

# ================================================================ F45-027 outlook: complaint, ethnicity
doc("outlook", "beschwerde", ["ETHNICITY"], """
Betreff: Beschwerde über Kontrolle am Wohnmobilstellplatz Südstrand

Sehr geehrte Damen und Herren,

am Samstag, 07.03.2026, wurden meine Familie und ich auf dem Wohnmobilstellplatz am Südstrand von zwei Mitarbeitern des Ordnungsamts kontrolliert. Einer der beiden (Dienstausweis Nr. [[N|0815]]) sagte wörtlich, „solche wie euch“ wolle man hier nicht, obwohl wir ordnungsgemäß bezahlt hatten (Parkticket Nr. 88412, 18,00 EUR). Wir sind deutsche Sinti, meine Familie lebt seit Generationen in Ostfriesland, und wir lassen uns so nicht behandeln. Ich erwarte eine Entschuldigung und eine schriftliche Stellungnahme.

Unser Wohnmobil hat das Kennzeichen [[KFZ|AUR-RW 512]], Halter ist mein Mann [[P|Romano Weiß]].

Mit freundlichen Grüßen
[[P|Sonja Weiß]]
[[A|Am Tief 6]]
[[A|26603 Aurich]]
Tel. [[T|04941 699 23 10]]
""")

# ================================================================ F45-028 outlook: sole-trader agency, invoice query (English)
doc("outlook", "rechnung", [], f"""
From: HPS Accounts <[[N|accounts@hayen-portservices.de]]>
Sent: 04 March 2026 11:16
To: Hafenbehörde Jadehafen <[[N|hafenbehoerde@jadehafen.de]]>
Subject: Invoice 2026-HG-00512 / MV Atlantic Bridge – wrong VAT ID

Dear Mr [[P|Gerdes]],

thank you for your invoice no. 2026-HG-00512 dated 27.02.2026 (port dues MV Atlantic Bridge, IMO [[N|{IMO_ATLANTIC}]], call 21.–23.02.2026, EUR 4,318.60). Unfortunately the invoice still shows our old VAT ID and the old address. Please re-issue it to:

[[P|Hayen]] Port Services e.K.
Inhaber [[P|Dirk Hayen]]
[[A|Postfach 20 14]]
[[A|26382 Wilhelmshaven]]
USt-IdNr. [[VAT|{VAT_HAYEN}]]
Steuernummer [[TNR|{TNR_HAYEN}]]

Payment will be made by bank transfer as usual, our booking ref. PD-88137.

The fresh water invoice 2026-WA-00091 (EUR 35.00) was already paid by card on 02.03. (Mastercard [[CC|{CC_HAYEN}]], card holder [[P|D. Hayen]]) – please do not charge it twice.

Kind regards / Mit freundlichen Grüßen
[[P|Dirk Hayen]]
[[P|Hayen]] Port Services e.K.
Mobile [[T|+49 172 9018 334]]
""")

# ================================================================ F45-029 outlook: religion entry in register (English)
doc("outlook", "melderegister", ["RELIGION"], f"""
Betreff: Correction Religion im Melderegister / Kirchensteuer

Hello Bürgeramt,

sorry for writing in English, my German is not so good yet. When I made my Anmeldung on 12 January (Herr [[P|Saathoff]] helped me, very friendly) the field "Religion" was filled with "rk". But I am not Catholic. I am a Methodist, I go to the Ghanaian Methodist fellowship in Bremen, but I am not a member of a German church, so I think it must be "--" and no Kirchensteuer. My employer took Kirchensteuer from my salary in February already.

My data:
[[P|Emmanuel Kwaku Adu-Gyamfi]]
born [[DOB|06.06.1993]] in Kumasi
[[A|Börsenstraße 73]], [[A|26397 Jadehafen]]
Steuer-ID [[TID|{TID_ADU_F}]] (from the letter of Bundeszentralamt)

Please tell me if I must come personally. Thank you / Danke!
[[P|Emmanuel]]
Tel [[T|0152 1188 2046]]
""")

# ================================================================ F45-030 outlook: refund, forwarded, AT IBAN
doc("outlook", "erstattung", [], f"""
Von: [[P|Saathoff, Okko]] <[[E|okko.saathoff@jadehafen.de]]>
Gesendet: Montag, 2. März 2026 08:51
An: Stadtkasse <[[N|stadtkasse@jadehafen.de]]>
Betreff: WG: Rückerstattung Gebühr Reisepass – Kassenzeichen [[AZ|1.3110.204517]]

Moin,

bitte die Gebühr von 70,00 EUR an Frau [[P|Melnyk]] erstatten. Der Reisepass (Nr. [[PASS|{PASS_MELNYK}]]) wurde nicht abgeholt und ist heute ungültig gesetzt worden. Kontoverbindung siehe unten, sie wohnt inzwischen in Österreich.

Danke
[[P|Okko]]

-----Ursprüngliche Nachricht-----
Von: [[P|Olena Melnyk]] <[[E|olena.melnyk1979@gmail.com]]>
Gesendet: Freitag, 27. Februar 2026 19:02
An: [[N|poststelle@jadehafen.de]]
Betreff: Rückerstattung Gebühr Reisepass

Sehr geehrte Damen und Herren,

im Januar habe ich bei Ihnen einen Reisepass beantragt (Kassenzeichen [[AZ|1.3110.204517]]). Wegen meiner neuen Arbeit in Salzburg bin ich am 15.02. umgezogen und habe mich in Jadehafen abgemeldet; den Pass konnte ich nicht mehr abholen. Ich bitte um Erstattung der Gebühr auf mein österreichisches Konto:

Kontoinhaberin: [[P|Olena Melnyk]]
IBAN: [[IBAN|{IBAN_AT}]]
BIC: SBGSAT2SXXX

Neue Anschrift: [[A|Ignaz-Harrer-Straße 44]], [[A|5020 Salzburg]], Österreich
geboren am [[DOB|08.08.1979]] in Odesa

Mit freundlichen Grüßen
[[P|Olena Melnyk]]
""")


# ---------------------------------------------------------------- build and write
def main():
    assert len(DOCS) == 30, len(DOCS)
    rows = []
    for i, (channel, template, flags, marked) in enumerate(DOCS, 1):
        rows.append(build(f"F45-{i:03d}", channel, template, marked, flags))
    path = os.path.join(HERE, "fresh45.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")

    cats = Counter(e["category"] for r in rows for e in r["entities"])
    flags = Counter(fl for r in rows for fl in r["specialCategories"])
    channels = Counter(r["channel"] for r in rows)
    n_ent = sum(cats.values())
    n_neu = sum(len(r["neutral"]) for r in rows)
    no_flags = sum(1 for r in rows if not r["specialCategories"])
    cat_text = ", ".join(f"{k} {v}" for k, v in cats.most_common())
    flag_text = ", ".join(f"{k} {v}" for k, v in sorted(flags.items()))
    readme = (
        "`fresh45.jsonl` (written by `make_fresh45.py`, seed 4545) holds "
        f"{len(rows)} documents (F45-001 … F45-030; {channels['word']} Word, {channels['outlook']} Outlook) from an "
        "invented Lower Saxony port city, Stadt Jadehafen: Bürgeramt (Anmeldung of a Filipino family with a table, "
        "Meldebescheinigung, register correction, passport-fee refund to Austria), Wohngeldstelle (Bescheid, "
        "Wiedervorlage table in `Nachname, Vorname` form, same-sex spouse moving in with a Dutch IBAN), Ordnungsamt "
        "(Anhörung, Versammlungsanzeige, Gewerbeanmeldung of a ship chandler, a Sinti family's complaint), "
        "Hafenbehörde (Protokoll, FAL crew list, berth-fee Bescheid to a Frisian fisherman with a Postfach, biometric "
        "port-pass enrolment), Seemannsamt (unpaid wages with ITF and union), Standesamt (paternity established by "
        "DNA test, Kirchenaustritt), Hafenärztlicher Dienst (tuberculosis certificate, chickenpox on board), shipping "
        "agencies writing English or English-German, forwarded chains with quoted headers, lower-case mails with typos; "
        "names of Frisian, German, Ghanaian, Nigerian, Filipino, Portuguese, Cape Verdean, Polish, Ukrainian, Turkish, Arabic, Italian, "
        "Greek, Kosovo-Albanian, Croatian/Serbian, Vietnamese and Dutch origin, with particles, double names, "
        "initials, nicknames, upper-case crew-list surnames, first-name-only and genitive mentions. "
        f"{n_ent} labelled entities ({cat_text}) and {n_neu} neutral spans; special-category flags: {flag_text}; "
        f"{no_flags} documents carry no flag. Hard negatives: the city's addresses, switchboards, functional mailboxes "
        "(poststelle@, wohngeld@, ops@ of an agency), the Stadtkasse IBAN, IMO numbers, a fishing-boat register mark "
        "and a boat called „Gesine“, invoice/booking/receipt/Drucksache/Bebauungsplan numbers, personnel and "
        "service-card numbers, amounts, § references, non-birth dates, a BIC, street names without house number, "
        "Koch/Winter/Fischer/Bäckerei/Vogelschutz as nouns, and harmless mentions of a church service, biometric "
        "passport photos and a Krankenkasse without a condition.\n"
    )
    # (the batch README is kept in README.md of this folder, written by hand)
    print(path, len(rows), "documents", n_ent, "entities", n_neu, "neutral")
    print(cats)
    print(flags, "no flags:", no_flags)


if __name__ == "__main__":
    main()
