#!/usr/bin/env python3
"""Held-out batch 56: Stadt Oderhagen, an invented Brandenburg Kreisstadt on the Oder (Polish border).

30 documents (Word and Outlook) with inline marks [[CAT|text]] / [[N|text]], built with marks.build().
Every identifier with a check digit is generated with identifiers.py (or, for PL/NL national parts, with the
national algorithms below) and re-checked before the file is written.
"""
import sys

sys.dont_write_bytecode = True
import json
import os
import random
from collections import Counter

CORPUS = os.path.dirname(os.path.abspath(__file__))  # marks.py and identifiers.py sit beside this file
sys.path.insert(0, CORPUS)
from marks import build  # noqa: E402
from identifiers import Identifiers, mod97_iban, mod11_10_check, luhn_check, icao_check, digit_sum, group  # noqa: E402

OUT_DIR = os.path.dirname(os.path.abspath(__file__))
SEED = 5656
ids = Identifiers(SEED)
rng = random.Random(SEED)

# ---------------------------------------------------------------- national helpers (PL, NL)
PL_WEIGHTS_SORT = (3, 9, 7, 1, 3, 9, 7)


def pl_sort_code(bank):
    """Polish numer rozliczeniowy: 3-digit bank, 4-digit branch, check digit (weights 3,9,7,1,3,9,7)."""
    head = bank + ids.digits(4)
    check = (10 - sum(w * int(d) for w, d in zip(PL_WEIGHTS_SORT, head)) % 10) % 10
    return head + str(check)


def pl_sort_ok(code):
    return sum(w * int(d) for w, d in zip(PL_WEIGHTS_SORT + (1,), code)) % 10 == 0


def iban_pl(bank):
    return mod97_iban("PL", pl_sort_code(bank) + ids.digits(16))


def nl_account():
    while True:
        acc = ids.digits(10, first_nonzero=True)
        if sum(int(d) * w for d, w in zip(acc, range(10, 0, -1))) % 11 == 0:
            return acc


def iban_nl(bank):
    return mod97_iban("NL", bank + nl_account())


def pl_nip():
    weights = (6, 5, 7, 2, 3, 4, 5, 6, 7)
    while True:
        body = ids.digits(9, first_nonzero=True)
        check = sum(w * int(d) for w, d in zip(weights, body)) % 11
        if check != 10:
            return body + str(check)


def pl_nip_ok(nip):
    weights = (6, 5, 7, 2, 3, 4, 5, 6, 7)
    return sum(w * int(d) for w, d in zip(weights, nip[:9])) % 11 == int(nip[9])


def pl_id_card(prefix):
    """Polish dowód osobisty: 3 letters, check digit, 5 digits; weights 7,3,1,9,7,3,1,7,3; sum % 10 == 0."""
    letters = prefix + "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUWXYZ") for _ in range(3 - len(prefix)))
    rest = ids.digits(5)
    vals = [ord(c) - 55 for c in letters]
    s = 7 * vals[0] + 3 * vals[1] + vals[2] + sum(w * int(d) for w, d in zip((7, 3, 1, 7, 3), rest))
    return letters + str(s % 10) + rest


def pl_id_ok(value):
    vals = [ord(c) - 55 for c in value[:3]] + [int(c) for c in value[3:]]
    return sum(w * v for w, v in zip((7, 3, 1, 9, 7, 3, 1, 7, 3), vals)) % 10 == 0


# ---------------------------------------------------------------- independent re-checks
def iban_ok(iban):
    s = iban.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def luhn_ok(number):
    d = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            x -= 9 if x > 9 else 0
        total += x
    return total % 10 == 0


def tax_id_ok(value):
    v = value.replace(" ", "")
    if len(v) != 11 or v[0] == "0":
        return False
    counts = [v[:10].count(d) for d in "0123456789"]
    if max(counts) > 3 or sum(1 for c in counts if c >= 2) != 1:
        return False
    return mod11_10_check(v[:10]) == int(v[10])


def vat_de_ok(value):
    return value.startswith("DE") and len(value) == 11 and mod11_10_check(value[2:10]) == int(value[10])


def ssn_ok(value):
    v = value.replace(" ", "")
    code = ord(v[8]) - ord("A") + 1
    vals = [int(c) for c in v[:8]] + [code // 10, code % 10] + [int(c) for c in v[9:11]]
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum(digit_sum(a * b) for a, b in zip(vals, weights)) % 10 == int(v[11])


def kvnr_ok(value):
    code = ord(value[0]) - ord("A") + 1
    vals = [code // 10, code % 10] + [int(c) for c in value[1:9]]
    return sum(digit_sum(v * (1 if i % 2 == 0 else 2)) for i, v in enumerate(vals)) % 10 == int(value[9])


def icao_ok(value):
    return icao_check(value[:-1]) == int(value[-1])


def ssn_spaced(v):
    return f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}"


# ---------------------------------------------------------------- identifiers used in the documents
CITY_IBAN = ids.iban_de()           # Stadtkasse Oderhagen (neutral)
CITY_IBAN_S = group(CITY_IBAN, 4)

PL_ID_ZIELINSKI = pl_id_card("CF")
PL_ID_LEWANDOWSKA = pl_id_card("DA")
NIP_NOWAK = pl_nip()
VAT_NOWAK = "PL" + NIP_NOWAK
TNR_NOWAK = f"046/{ids.digits(3)}/{ids.digits(5)}"           # Brandenburg layout FFF/BBB/UUUUP
IBAN_NOWAK = group(iban_pl("109"), 4)
KV_AMINA = ids.health_insurance()
IBAN_VOGEL = group(ids.iban_de(), 4)
SSN_WINTER = ids.social_security("190239", "W")
KV_WINTER = ids.health_insurance()
PASS_BOHDAN = "FT" + ids.digits(6, first_nonzero=True)
KV_BOHDAN = ids.health_insurance()
IDC_BAECKER = ids.id_card(check_digit=True)
PASS_ARTEM = "FX" + ids.digits(6, first_nonzero=True)
PASS_HAJALI = "N0" + ids.digits(8)
IDC_YILDIRIM_OLD = ids.id_card(check_digit=False)
IDC_YILDIRIM_NEW = ids.id_card(check_digit=True)
TID_DISTEFANO = ids.tax_id()
TNR_DISTEFANO = "3046" + "0" + ids.digits(8)                  # 13-digit federal form, Land 3 (Brandenburg)
VAT_DISTEFANO = ids.vat_id()
IBAN_DISTEFANO = group(iban_nl("RABO"), 4)
IBAN_PAPADOPOULOS = ids.iban_de()
TID_PAPADOPOULOS = ids.tax_id()
SSN_PAPADOPOULOS = ids.social_security("080382", "P")
CC_DACHBAU = ids.credit_card("5412", 16)
VAT_DACHBAU = ids.vat_id()
TNR_DACHBAU = f"061/{ids.digits(3)}/{ids.digits(5)}"
PASS_BAO = "C" + ids.digits(7, first_nonzero=True)
PASS_ANH = "C" + ids.digits(7, first_nonzero=True)
IBAN_ALKHATIB = ids.iban_de()
SSN_ESPOSITO = ids.social_security("120551", "E")
IBAN_ESPOSITO = group(ids.iban("AT", 16), 4)
KV_ESPOSITO = ids.health_insurance()
IDC_HADDAD = ids.id_card(check_digit=False)
CC_LINDQVIST = ids.credit_card("37", 15)
CC_LINDQVIST_S = f"{CC_LINDQVIST[:4]} {CC_LINDQVIST[4:10]} {CC_LINDQVIST[10:]}"


def recheck():
    for v in (CITY_IBAN, IBAN_NOWAK, IBAN_VOGEL, IBAN_DISTEFANO, IBAN_PAPADOPOULOS, IBAN_ALKHATIB, IBAN_ESPOSITO):
        assert iban_ok(v), v
    assert pl_sort_ok(IBAN_NOWAK.replace(" ", "")[4:12]), IBAN_NOWAK
    nl = IBAN_DISTEFANO.replace(" ", "")
    assert sum(int(d) * w for d, w in zip(nl[8:], range(10, 0, -1))) % 11 == 0, nl
    for v in (CC_DACHBAU, CC_LINDQVIST):
        assert luhn_ok(v), v
    for v in (TID_DISTEFANO, TID_PAPADOPOULOS):
        assert tax_id_ok(v), v
    for v in (VAT_DISTEFANO, VAT_DACHBAU):
        assert vat_de_ok(v), v
    assert pl_nip_ok(NIP_NOWAK), NIP_NOWAK
    for v in (SSN_WINTER, SSN_PAPADOPOULOS, SSN_ESPOSITO):
        assert ssn_ok(v), v
    for v in (KV_AMINA, KV_WINTER, KV_BOHDAN, KV_ESPOSITO):
        assert kvnr_ok(v), v
    for v in (IDC_BAECKER, IDC_YILDIRIM_NEW):
        assert icao_ok(v), v
    for v in (PL_ID_ZIELINSKI, PL_ID_LEWANDOWSKA):
        assert pl_id_ok(v), v
    # the standard Polish example IBAN passes both checks, as a sanity check of the helpers
    assert iban_ok("PL61109010140000071219812874") and pl_sort_ok("10901014")


recheck()

RATHAUS = "[[N|Platz der Einheit 1]], [[N|15319 Oderhagen]]"
DOCS = []


def doc(channel, template, flags, marked):
    DOCS.append((channel, template, flags, marked.strip("\n")))


# ================================================================ F56-001 Bürgerbüro, Polish newcomer
doc("outlook", "buergerbuero", [], """
Betreff: Anmeldung Wohnsitz - brauche ich Termin??

Dzień dobry / Guten Tag,

ich heiße [[P|Agnieszka Wiśniewska]] und ziehe zum 1.11. von Polen nach Oderhagen, bisher wohne ich in [[A|ul. Jedności Robotniczej 14]], [[A|69-100 Słubice]]. Neue Wohnung ist [[A|Straße der Freundschaft 7]], [[N|3. OG rechts]], [[A|15319 Oderhagen]] (Vermieter ist die Wohnungsbaugenossenschaft). Meine Tochter [[P|Zuzanna]] (geb. [[DOB|04.03.2016]]) kommt mit, mein Mann [[P|Krzysztof]] bleibt erst noch in Słubice wegen Arbeit.

Muss ich Termin machen oder kann ich einfach kommen? Ich arbeite bis 16 Uhr in Frankfurt (Oder). Ich habe polnischen Personalausweis, reicht das oder brauche ich noch biometrisches Passbild für etwas?

Telefon: [[T|+48 601 742 318]]
Pozdrawiam
[[P|Agnieszka Wiśniewska]]
[[E|a.wisniewska@wp.pl]]
""")

# ================================================================ F56-002 Kfz-Zulassung, car from Poland
doc("word", "kfz", [], f"""
Stadt Oderhagen – Ordnungsamt – Kfz-Zulassungsstelle
{RATHAUS}

Vermerk zur Zulassung eines in Polen zugelassenen Fahrzeugs

Az.: [[AZ|32.2-ZL-0871/25]]
Halter: [[P|Marek Zieliński]], geb. [[DOB|17.08.1979]] in Gorzów Wielkopolski
Anschrift: [[A|Karl-Marx-Ring 14b]], [[A|15319 Oderhagen]]
Ausweis: polnischer Personalausweis (dowód osobisty) Nr. [[IDC|{PL_ID_ZIELINSKI}]]
Fahrzeug: VW Passat Variant, FIN [[N|WVWZZZ3CZ9E512784]], bisheriges Kennzeichen [[KFZ|FSL 4762C]]

Der Halter legte den polnischen Fahrzeugschein (dowód rejestracyjny) im Original sowie eine beglaubigte Übersetzung vor. Die Abmeldung in Polen ist noch nicht erfolgt; laut Herrn [[P|Zieliński]] erledigt dies ein Verwandter beim Starostwo Powiatowe in Słubice. Die Zulassungsbescheinigung Teil II wurde ausgestellt, neues Kennzeichen [[KFZ|MOL-MZ 179]] (Wunschkennzeichen, 10,20 EUR zusätzlich zur Zulassungsgebühr von 41,30 EUR).

Die Versicherungsbestätigung (eVB) liegt vor. Eine HU ist nach § 29 StVZO nicht erforderlich, da die polnische Prüfung bis 03/2026 gültig ist.

Bearbeitet: [[P|Stefanie Hoppe]], 14.10.2025
""")

# ================================================================ F56-003 Gewerbeamt, Polish tiler, forwarded
doc("outlook", "gewerbe", [], f"""
Betreff: WG: Gewerbeanmeldung Fliesenleger / rejestracja działalności

Hallo Frau [[P|Kühn]],

anbei zur Bearbeitung, der Herr war gestern schon am Schalter, die Unterlagen kamen jetzt per Mail. Die Eintragung in die Handwerksrolle kläre ich noch mit der HWK Frankfurt (Oder).

Gruß
[[P|Rüdiger Schwanitz]]
Gewerbeamt, App. 231

-----Ursprüngliche Nachricht-----
Von: [[P|Tomasz Nowak-Kamiński]] <[[E|biuro@nowak-kaminski-plytki.pl]]>
Gesendet: Dienstag, 7. Oktober 2025 21:14
An: [[N|gewerbe@oderhagen.de]]
Betreff: Gewerbeanmeldung Fliesenleger / rejestracja działalności

Sehr geehrte Damen und Herren,

wie gestern besprochen schicke ich die Daten für die Gewerbeanmeldung (Zweigniederlassung in Deutschland):

Firma: [[P|Nowak-Kamiński]] Usługi Budowlane
Inhaber: [[P|Tomasz Nowak-Kamiński]], ur./geb. [[DOB|22.11.1984]]
Hauptsitz: [[A|ul. Graniczna 5]], [[A|66-470 Kostrzyn nad Odrą]]
Betriebsstätte DE: [[A|Küstriner Straße 41]], [[A|15319 Oderhagen]] (Lagerhalle)
NIP / USt-IdNr.: [[VAT|{VAT_NOWAK}]]
Steuernummer Finanzamt Oranienburg: [[TNR|{TNR_NOWAK}]]
Konto: [[IBAN|{IBAN_NOWAK}]]
Tel. [[T|+48 512 604 977]]

Bei Fragen bitte an meine Frau [[P|Gosia]] schreiben, sie spricht besser Deutsch.

Z poważaniem
[[P|Tomasz Nowak-Kamiński]]
""")

# ================================================================ F56-004 Kita, Chechen family (HEALTH, RELIGION)
doc("word", "kita", ["HEALTH", "RELIGION"], f"""
Kita „Oderspatzen“ · [[N|Lebuser Weg 12]] · [[N|15319 Oderhagen]]

Aufnahmegespräch – Gesprächsnotiz vom 06.10.2025

Kind: [[P|Amina Magomedova]], geb. [[DOB|09.05.2021]]
Eltern: [[P|Ruslan Magomedov]] und [[P|Zarema Magomedova]] (geb. [[P|Dudaeva]])
Anschrift: [[A|Straße der Jugend 23]], [[A|15319 Oderhagen]]
Telefon Mutter: [[T|0157 3481 2260]]
Krankenkasse: AOK Nordost, Versichertennummer des Kindes [[KV|{KV_AMINA}]]
Aufnahme: 01.12.2025, Gruppe „Igel“, Eingewöhnung mit der Mutter

Besprochen:
– [[P|Amina]] hat eine Zöliakie (Attest von [[P|Dr. med. Hava Ibragimova]], Kinderarztpraxis in Seelow, liegt vor); glutenfreie Verpflegung ist zwingend erforderlich.
– Die Familie ist muslimisch und bittet um Essen ohne Schweinefleisch; das Kind fastet im Ramadan nicht.
– Sprache zu Hause: Tschetschenisch und Russisch. Die Mutter versteht Deutsch gut, der Vater wünscht Elterngespräche mit Dolmetscher.
– [[P|Aminas]] Eingewöhnung beginnt mit zwei Stunden täglich.

Der Koch der Kita wurde über die Diät informiert.

gez. [[P|Sabine Gärtner]], Kita-Leitung
""")

# ================================================================ F56-005 Kita, Vietnamese mother, half English
doc("outlook", "kita", [], """
Betreff: kita platz minh - still waiting??

hallo frau [[P|gärtner]],

sorry for my bad german, i write half english ok? mein sohn [[P|Nguyễn Đức Minh]] (geb [[DOB|12.1.2022]]) ist seit april auf warteliste für kita oderspatzen, wir haben immer noch keine antwort. ich muss ab januar wieder arbeiten im nagelstudio, otherwise i lose the job. [[P|minh]] speaks already good german from the playground haha

my husband [[P|Quang]] works shift at the logistics center in frankfurt oder, so pickup is only me or my mother in law bà [[P|Lợi]].
we live now [[A|Rosa-Luxemburg-Str. 9a]], [[A|15319 Oderhagen]], not anymore the old address in seelow.

pls call me [[T|0152 0917 3365]] or whatsapp

thank you!!
[[P|Trần Thị Thu Hà]]

Von meinem iPhone gesendet
""")

# ================================================================ F56-006 Schulverwaltung, Schülerbeförderung, Syrian family
doc("word", "schule", [], f"""
Stadt Oderhagen · Der Bürgermeister · Fachbereich Bildung und Soziales · Schulverwaltung
{RATHAUS}

Herrn
[[P|Khaled Al-Hassan]]
[[A|Wriezener Chaussee 88]]
[[A|15319 Oderhagen]]

Unser Zeichen: [[AZ|40.3-SB-2025/0412]]                Datum: 02.10.2025

Übernahme der Schülerfahrkosten für das Schuljahr 2025/26
hier: Ihr Antrag vom 28.08.2025

Sehr geehrter Herr [[P|Al-Hassan]],

für Ihre Tochter [[P|Rama Al-Hassan]] (geb. [[DOB|14.06.2013]]), Schülerin der Oberschule „Am Oderbruch“, [[N|Schulstraße 4]], werden die Kosten der Schülerfahrkarte für die Buslinie 968 ab dem 01.09.2025 übernommen. Der Schulweg beträgt mehr als 4 km (§ 3 Abs. 2 der Schülerbeförderungssatzung).

Für Ihren Sohn [[P|Yousef]] (geb. [[DOB|30.01.2017]]), Grundschule Zollbrück, wird der Antrag abgelehnt, da der Schulweg lediglich 1,8 km beträgt und nicht als besonders gefährlich eingestuft ist. Die Kosten einer Jahreskarte (412,00 EUR) können daher nicht erstattet werden.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift bei der Stadt Oderhagen, {RATHAUS}, einzulegen.

Im Auftrag
[[P|Kerstin Wendland]]
Sachbearbeiterin Schulverwaltung
Tel. [[T|03346 8520-412]] · [[E|k.wendland@oderhagen.de]]
""")

# ================================================================ F56-007 Wohngeld Bescheid, pensioner Vogel
doc("word", "wohngeld", [], f"""
Stadt Oderhagen – Wohngeldbehörde
{RATHAUS} · Telefon [[N|03346 8520-0]] · [[N|wohngeld@oderhagen.de]]

Frau
[[P|Gerda Vogel]]
[[A|Am Oderdeich 3]]
[[A|15319 Oderhagen]]

Wohngeld-Nr.: [[AZ|WG 51-2025-0388]]
Datum: 21.10.2025

Bewilligungsbescheid über Wohngeld (Mietzuschuss)

Sehr geehrte Frau [[P|Vogel]],

auf Ihren Weiterleistungsantrag vom 12.09.2025, gestellt durch Ihren Sohn Herrn [[P|Bernd Vogel]] als Bevollmächtigten, wird Ihnen für den Bewilligungszeitraum 01.11.2025 bis 31.10.2026 Wohngeld in Höhe von monatlich 187,00 EUR bewilligt (§§ 19, 25 WoGG). Berücksichtigt wurden eine Bruttokaltmiete von 398,50 EUR sowie Ihre Altersrente und Ihre Witwenrente.

Das Wohngeld wird monatlich im Voraus auf Ihr Konto [[IBAN|{IBAN_VOGEL}]] überwiesen.

Sie sind verpflichtet, Änderungen Ihrer Einkommensverhältnisse sowie einen Umzug unverzüglich mitzuteilen (§ 27 WoGG). Zu Unrecht erhaltene Beträge sind unter Angabe der Wohngeld-Nr. auf das Konto der Stadtkasse Oderhagen, IBAN [[N|{CITY_IBAN_S}]], zu erstatten.

Mit freundlichen Grüßen
Im Auftrag
[[P|Jana Piontek]]
""")

# ================================================================ F56-008 pensioner's letter (HEALTH)
doc("word", "sozialamt", ["HEALTH"], f"""
[[P|Horst Winter]]
[[A|Ernst-Thälmann-Str. 56]]
[[A|15319 Oderhagen]]
                                                        Oderhagen, den 3.10.25
An die Stadtverwaltung
Sozialamt
z. Hd. Frau [[P|Schröder]]

Betr.: Mein Antrag Wohngeld bzw. Grundsicherung, Ihr Zeichen [[AZ|50-GS-25-0217]]

Werte Frau [[P|Schröder]]!

Ich bin nun 86 Jahre alt (geb. am [[DOB|19.2.1939]] in Küstrin) und habe noch nie beim Amt um Geld bitten müssen. Seit meine Frau [[P|Ilse]] im Frühjahr verstorben ist, reicht die Rente hinten und vorne nicht. Der Winter kommt und die Heizkosten sind gestiegen, die Nachzahlung von der Wohnungsgenossenschaft sind 612,- Euro!!

Ich kann nicht mehr gut laufen. Nach meinem zweiten Herzinfarkt habe ich Wasser in den Beinen und mein Hausarzt, Herr Dr. [[P|Lange]], sagt ich soll mich schonen. Deshalb kann ich nicht ins Rathaus kommen, die Treppe schaffe ich nicht. Meine Nachbarin Frau [[P|Kaczmarek]] hilft mir beim Schreiben und bringt den Brief vorbei.

Die Unterlagen von der Rentenversicherung lege ich bei, meine Versicherungsnummer ist [[SSN|{ssn_spaced(SSN_WINTER)}]]. Krankenkasse ist die AOK, Nummer [[KV|{KV_WINTER}]].

Bitte rufen Sie mich an, ich bin immer zuhause: [[T|03346 / 4 12 87]]

Hochachtungsvoll
[[P|Horst Winter]]
""")

# ================================================================ F56-009 SMS-like mail
doc("outlook", "buergerbuero", [], """
Betreff: termin

hallo hier ist [[P|dima kovalenko]], termin morgen 9.30 im bürgerbüro wegen wohnungsgeberbestätigung schaffe ich nicht, muss zur arbeit. geht donnerstag? mein handy [[T|0162 7719045]]
danke [[P|dima]] / [[P|Дмитро Коваленко]]
""")

# ================================================================ F56-010 Sozialamt Vermerk, Ukrainian family (HEALTH)
doc("word", "sozialamt", ["HEALTH"], f"""
Aktenvermerk – Sozialamt Oderhagen, Eingliederungshilfe
Az.: [[AZ|50.2-EGH-2025-0093]]

Vorsprache am 16.10.2025, anwesend: Frau [[P|Olena Hrytsenko]] (Antragstellerin), ihr Sohn [[P|Bohdan Hrytsenko]] (Leistungsberechtigter), eine ehrenamtliche Dolmetscherin.

Personalien des Leistungsberechtigten:
[[P|Bohdan Hrytsenko]], geb. [[DOB|27.07.2008]] in Cherson, ukrainischer Reisepass Nr. [[PASS|{PASS_BOHDAN}]], Aufenthaltserlaubnis nach § 24 AufenthG
wohnhaft bei der Mutter, [[A|Straße der Jugend 41]], [[N|Whg. 12]], [[A|15319 Oderhagen]]
Krankenversicherung: Barmer, KVNR [[KV|{KV_BOHDAN}]]

Sachverhalt: [[P|Bohdan]] hat seit Geburt eine infantile Zerebralparese (spastische Diparese) und ist auf einen Rollstuhl angewiesen; ein GdB von 80 mit den Merkzeichen G, aG und H ist festgestellt. Frau [[P|Hrytsenko]] beantragt eine Schulbegleitung für das Oberstufenzentrum in Seelow. Die Familie ist im Februar 2023 aus Cherson geflohen, der Vater lebt weiterhin in der Ukraine.

Erreichbarkeit der Mutter: mobil [[T|+49 1590 6623871]]

Weiteres Vorgehen: Stellungnahme des Gesundheitsamtes anfordern, Bedarfsermittlung (ITP Brandenburg) terminieren.

gez. [[P|Mandy Schröder]]
""")

# ================================================================ F56-011 Standesamt, German-Polish marriage
doc("word", "standesamt", [], f"""
Standesamt Oderhagen
Niederschrift über die Anmeldung der Eheschließung
Reg.-Nr. [[AZ|E 2025/0147]]

Es erschienen heute, am 08.10.2025:

1. [[P|Jens Bäcker]], geboren am [[DOB|11.12.1988]] in Eisenhüttenstadt, deutscher Staatsangehöriger, ausgewiesen durch Personalausweis Nr. [[IDC|{IDC_BAECKER}]], wohnhaft [[A|Frankfurter Straße 102]], [[A|15319 Oderhagen]], Beruf: Bäcker und Konditor,

2. [[P|Katarzyna Lewandowska]], geboren am [[DOB|02.04.1991]] in Zielona Góra (Polen), polnische Staatsangehörige, ausgewiesen durch Personalausweis Nr. [[IDC|{PL_ID_LEWANDOWSKA}]], wohnhaft [[A|ul. Wojska Polskiego 23]], [[A|65-077 Zielona Góra]], Beruf: Physiotherapeutin.

Die Verlobte legte ein Ehefähigkeitszeugnis (zaświadczenie o zdolności prawnej do zawarcia małżeństwa) des Standesamts Zielona Góra mit Übersetzung vor. Die Verlobten erklären, dass sie den Namen „Bäcker“ als Ehenamen führen wollen; die Verlobte stellt ihren Geburtsnamen als Begleitnamen voran.

Die Eheschließung soll am 13.12.2025 um 11:00 Uhr im Trauzimmer des Rathauses stattfinden, Fotos sind danach vor der Marienkirche am Markt geplant. Trauzeugen: der Bruder der Verlobten, [[P|Marcin Lewandowski]], und eine Freundin des Verlobten. Gebühr: 60,00 EUR, bar bezahlt.

v. u. g. (Unterschriften der Verlobten)

[[P|Heike Mielke]], Standesbeamtin
""")

# ================================================================ F56-012 Standesamt, same-sex couple (SEXUAL_ORIENTATION)
doc("outlook", "standesamt", ["SEXUAL_ORIENTATION"], f"""
Betreff: Wedding / Eheschließung - which documents for Ukrainian partner?

Hi there / Hallo,

my fiancé and I would like to get married in Oderhagen next summer. Ich bin deutscher Staatsbürger, [[P|Sebastian Krüger]], geb. [[DOB|05.09.1990]], wohnhaft [[A|Oderstraße 19]], [[A|15319 Oderhagen]]. Mein Verlobter [[P|Artem Shevchuk]] (born [[DOB|23.03.1994]] in Kharkiv) lives with me since 2023, he has a Ukrainian passport, no. [[PASS|{PASS_ARTEM}]].

As two men we are a bit worried whether the Ukrainian side will give him any document, because same-sex marriage is not recognized there. Brauchen wir dann eine Befreiung vom Ehefähigkeitszeugnis beim OLG Brandenburg? And how long does this take?

Thanks a lot,
[[P|Sebastian]] & [[P|Artem]]
[[T|+49 171 4408 2913]]
[[E|sebastian.krueger90@gmail.com]]
""")

# ================================================================ F56-013 Protokoll StVV (POLITICS)
doc("word", "protokoll", ["POLITICS"], """
Niederschrift über die 14. öffentliche Sitzung der Stadtverordnetenversammlung Oderhagen
am 25.09.2025, 18:00 Uhr bis 21:40 Uhr, Ratssaal, [[N|Platz der Einheit 1]]

Vorsitz: [[P|Dr. Ute Brennecke]]
Bürgermeister: [[P|Frank Tietz]]
Anwesend: 21 von 24 Stadtverordneten (Anwesenheitsliste Anlage 1), entschuldigt: 3
Schriftführung: [[P|Nadine Kolbe]]
Gäste: 34 Einwohnerinnen und Einwohner, Vertreter der Märkischen Oderzeitung

TOP 1 Eröffnung, Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit
Die Vorsitzende eröffnet die Sitzung um 18:00 Uhr und stellt die ordnungsgemäße Ladung vom 11.09.2025 sowie die Beschlussfähigkeit fest. Die Tagesordnung wird ohne Änderungen bestätigt (einstimmig). Die Niederschrift der Sitzung vom 26.06.2025 wird mit einer redaktionellen Korrektur auf Seite 4 bestätigt.

TOP 2 Bericht des Bürgermeisters
Der Bürgermeister berichtet über den Stand der Baumaßnahmen. Die Sanierung der Turnhalle der Grundschule Zollbrück ist abgeschlossen (Gesamtkosten 1,24 Mio. EUR, davon 780.000 EUR Fördermittel). Der Radweg entlang der Küstriner Straße wird im Oktober freigegeben. Für das Oderfest 2026 liegt die Zusage der Partnerstadt Kostrzyn nad Odrą vor. Die Stelle der Leitung des Ordnungsamtes ist zum 01.01.2026 ausgeschrieben. Die Haushaltssperre nach § 29 KomHKV wird nicht verlängert.

TOP 3 Einwohnerfragestunde
Herr [[P|Günter Fuchs]], [[A|Lebuser Weg 30]], fragt nach dem Stand der Sanierung der Brücke über den Stadtgraben. Der Bürgermeister antwortet, die Ausschreibung erfolge im ersten Quartal 2026 (Haushaltsstelle 54100.0961). Herr [[P|Fuchs]] bittet, die Anwohner rechtzeitig über die Vollsperrung zu informieren.
Frau [[P|Elżbieta Sowa]], [[A|Küstriner Straße 7]], spricht als Sprecherin der Bürgerinitiative „Oderhagen bleibt grün“ und nach eigenen Worten als langjähriges Mitglied von Bündnis 90/Die Grünen gegen den Bebauungsplan [[N|Nr. 27 „Gewerbegebiet Ost“]]. Die geplante Halle zerstöre Brutplätze, der Vogelzug über dem Oderbruch werde nicht berücksichtigt. Sie übergibt eine Unterschriftenliste mit 412 Unterschriften.
Herr [[P|Ahmad Rahimi]] fragt, warum der Integrationsbeirat seit Mai nicht getagt hat. Die Stadtverordnete [[P|Renate Voigt]] sagt als Vorsitzende des Beirats eine schriftliche Antwort zu.
Eine Anwohnerin der Straße der Jugend beklagt die Parksituation vor der Bäckerei am Markt; der Bürgermeister verweist auf die laufende Verkehrszählung.

TOP 4 Drucksache [[N|DS 2025/058]] – Abwägungs- und Satzungsbeschluss Bebauungsplan [[N|Nr. 27 „Gewerbegebiet Ost“]]
Der Bauausschuss empfiehlt die Zustimmung (5 Ja, 2 Nein). Im Rahmen der Offenlage vom 02.06. bis 04.07.2025 gingen 38 Stellungnahmen ein; die Abwägung ist der Drucksache als Anlage 3 beigefügt. Nach kontroverser Aussprache wird der Antrag, die artenschutzrechtliche Prüfung zu ergänzen, mit 10 Ja, 11 Nein abgelehnt.
Beschluss: Die Stadtverordnetenversammlung beschließt den Bebauungsplan als Satzung (§ 10 Abs. 1 BauGB). Abstimmung: 13 Ja, 8 Nein, 0 Enthaltungen.

TOP 5 Drucksache [[N|DS 2025/061]] – Satzung über die Erhebung von Elternbeiträgen in Kindertagesstätten
Aus der Mitte der Versammlung wird Vertagung in den Sozialausschuss beantragt. Abstimmung über den Vertagungsantrag: 9 Ja, 12 Nein, 0 Enthaltungen – abgelehnt. Die Satzung wird in der Fassung der Drucksache mit 14 Ja, 7 Nein beschlossen; sie tritt am 01.01.2026 in Kraft. Der Höchstbeitrag für die Krippe beträgt künftig 298,00 EUR monatlich.

TOP 6 Drucksache [[N|DS 2025/064]] – Überplanmäßige Ausgabe Winterdienst
Die überplanmäßige Ausgabe von 42.000 EUR für Streusalz und Fremdleistungen wird einstimmig genehmigt.

TOP 7 Anfragen
Stv. [[P|Paulina Nowicka]] fragt nach den Kosten des Winterdienstes 2024/25 (Vorjahr 138.400 EUR) und nach dem Stand der Partnerschaftsvereinbarung mit Kostrzyn. Die Antwort erfolgt schriftlich bis zur nächsten Sitzung am 27.11.2025.

Ende des öffentlichen Teils: 21:05 Uhr. Es folgt der nichtöffentliche Teil (gesonderte Niederschrift).

gez. [[P|Dr. Ute Brennecke]]                gez. [[P|Nadine Kolbe]]
Vorsitzende                                Schriftführerin
""")

# ================================================================ F56-014 complaint about parking
doc("outlook", "beschwerde", [], """
Betreff: Beschwerde!!! Dauerparker + Lärm Baustelle Lindenweg

Sehr geehrte Damen und Herren vom Ordnungsamt,

jetzt reicht es wirklich. Seit drei Wochen parkt ein weißer Transporter mit dem Kennzeichen [[KFZ|FSL 1HK42]] jeden Tag ab 6 Uhr früh vor meiner Einfahrt im Lindenweg. Die Handwerker arbeiten auf der Baustelle bei Familie [[P|Demir]] gegenüber. Ich habe die Männer angesprochen, aber die verstehen angeblich kein Deutsch. Ihr Kollege Herr [[P|Neumann]] hat mir schon im August versprochen, dass jemand vorbeikommt. Passiert ist nix.

Außerdem steht seit Wochen ein Wohnwagen mit dem Kennzeichen [[KFZ|MOL KV 88]] auf dem Wendehammer, der gehört wohl dem Enkel von Frau [[P|Irmgard Koch]], die aber schon lange weggezogen ist.

Mein Mann ist Koch und hat Spätschicht, der muss morgens schlafen können!

Mit freundlichen Grüßen
[[P|Dr. Wolfgang Kessler]]
[[A|Lindenweg 11]]
[[A|15319 Oderhagen]]
Tel. [[T|03346 71044]]
""")

# ================================================================ F56-015 Word table, WBS applications
doc("word", "liste", [], """
Stadt Oderhagen – Wohnungswesen
Übersicht offene Anträge auf Wohnberechtigungsschein, Stand 20.10.2025 – nur für den Dienstgebrauch

Nr.	Name, Vorname	geb.	derzeitige Anschrift	Pers.	Az.	Stand
1	[[P|Nguyen, Van Long]]	[[DOB|03.02.1975]]	[[A|Karl-Marx-Ring 22]]	4	[[AZ|64-WBS-25/311]]	Einkommensnachweise fehlen
2	[[P|Abdullahi, Hodan]]	[[DOB|17.11.1996]]	[[A|Wriezener Chaussee 5a]]	3	[[AZ|64-WBS-25/318]]	vollständig, Entscheidung KW 44
3	[[P|Osmanović, Emir]]	[[DOB|28.06.1969]]	[[A|Am Mühlenfließ 12]]	2	[[AZ|64-WBS-25/322]]	Mietbescheinigung angefordert

Hinweis: Die Wohnungen im Neubau Lebuser Weg werden erst ab Januar 2026 vergeben (Kostenmiete 6,90 EUR/m²).
Erstellt: [[P|T. Ritter]]
""")

# ================================================================ F56-016 forwarded chain Ausländerbehörde / Bürgerbüro
doc("outlook", "buergerbuero", [], f"""
Betreff: AW: WG: erweiterte Meldebescheinigung / Familiennachzug

Hallo [[P|Katrin]],

die erweiterte Meldebescheinigung für Herrn [[P|Haj Ali]] hänge ich an. Die Ehefrau und die Kinder sind bei uns natürlich noch nicht gemeldet, das ist ja gerade Gegenstand des Familiennachzugs.

Viele Grüße

[[P|Maik Hoffmann]]
Stadt Oderhagen | Bürgerbüro
{RATHAUS}
Tel. [[T|03346 8520-118]] | Zentrale [[N|03346 8520-0]]
[[E|maik.hoffmann@oderhagen.de]] | [[N|buergerbuero@oderhagen.de]]

Von: [[P|Sommer, Katrin]] <[[E|katrin.sommer@landkreis-mol.de]]>
Gesendet: Montag, 13. Oktober 2025 10:42
An: Bürgerbüro Oderhagen <[[N|buergerbuero@oderhagen.de]]>
Cc: Ausländerbehörde <[[N|auslaenderbehoerde@landkreis-mol.de]]>
Betreff: WG: erweiterte Meldebescheinigung / Familiennachzug

Sehr geehrte Kolleginnen und Kollegen,

im Verfahren zum Familiennachzug (unser Az. [[AZ|33.2-FN-4711/24]]) benötigen wir eine aktuelle erweiterte Meldebescheinigung für

Herrn [[P|Abdulrahman Haj Ali]], geb. [[DOB|01.01.1987]] in Idlib, syr. Reisepass [[PASS|{PASS_HAJALI}]],
wohnhaft [[A|Am Oderdeich 17]], [[A|15319 Oderhagen]].

Der Antragsteller gab an, die Wohnung sei für fünf Personen ausreichend (78 m²). Die Ehefrau, Frau [[P|Fatima Al-Sheikh]], und die drei gemeinsamen Kinder halten sich derzeit in Gaziantep auf.

Vielen Dank und freundliche Grüße
[[P|Katrin Sommer]]
Landkreis Märkisch-Oderland | Ausländerbehörde
Tel. [[T|+49 3346 850-6234]]
""")

# ================================================================ F56-017 Personalausweis, fingerprints (BIOMETRIC)
doc("word", "buergerbuero", ["BIOMETRIC"], f"""
Bürgerbüro Oderhagen – Vermerk zum Antrag auf einen Personalausweis

Antragsteller: [[P|Emre Yıldırım]], geb. [[DOB|26.04.1992]]
Anschrift: [[A|Frankfurter Straße 23c]], [[A|15319 Oderhagen]]
Bisheriger Personalausweis: [[IDC|{IDC_YILDIRIM_OLD}]] (gültig bis 04.11.2025)
Neuer Personalausweis, Seriennummer: [[IDC|{IDC_YILDIRIM_NEW}]]

Bei der Erfassung der Fingerabdrücke erreichten beide Zeigefinger wegen stark abgenutzter Papillarleisten (Herr [[P|Yıldırım]] arbeitet als Fliesenleger) nicht die erforderliche Qualität. Ersatzweise wurden der rechte Mittelfinger (NFIQ-Wert 3) und der linke Daumen (NFIQ-Wert 2) erfasst. Das Lichtbild wurde am Selbstbedienungsterminal erstellt und entsprach den Vorgaben.

Der Antragsteller wünscht die Aushändigung im Bürgerbüro; Benachrichtigung per SMS an [[T|0176 5533 8102]]. Gebühr 46,00 EUR, EC-Karte.

[[P|M. Hoffmann]], 09.10.2025
""")

# ================================================================ F56-018 lawyer, paternity with DNA report (GENETIC)
doc("outlook", "standesamt", ["GENETIC"], """
Betreff: Vaterschaftsanerkennung, Ihr Az. [[AZ|StA 2025-V-031]]

Sehr geehrte Frau [[P|Mielke]],

in obiger Sache zeige ich die Vertretung von Herrn [[P|Kwame Mensah-Bonsu]], [[A|Rosa-Luxemburg-Straße 3]], [[A|15319 Oderhagen]], an; eine Vollmacht füge ich bei.

Mein Mandant möchte die Vaterschaft für das am [[DOB|29.07.2025]] geborene Kind [[P|Leonie Marie Hartwig]] anerkennen. Die Kindesmutter, Frau [[P|Jasmin Hartwig]], stimmt zu. Da die Kindesmutter bei der Geburt noch mit Herrn [[P|Dennis Hartwig]] verheiratet war, das Scheidungsverfahren aber bereits anhängig ist, kommt eine Anerkennung nach § 1599 Abs. 2 BGB in Betracht.

Zur Klarstellung übersende ich zudem das Abstammungsgutachten vom 12.09.2025: Die DNA-Analyse ergab für Herrn [[P|Mensah-Bonsu]] eine Vaterschaftswahrscheinlichkeit von 99,9999 %, der Ehemann ist als biologischer Vater ausgeschlossen. Eine Kopie von [[P|Leonies]] Geburtsurkunde liegt ebenfalls bei.

Bitte teilen Sie mir einen Beurkundungstermin mit. Ein Dolmetscher ist nicht erforderlich.

Mit freundlichen Grüßen

[[P|Dr. Friederike von Alvensleben]]
Rechtsanwältin
Kanzlei am Oderturm
[[N|Große Scharrnstraße 14]], [[N|15230 Frankfurt (Oder)]]
Tel. [[N|0335 5006 70]]
""")

# ================================================================ F56-019 Gewerbeamt, Italian restaurateur (form)
doc("word", "gewerbe", [], f"""
Stadt Oderhagen – Gewerbeamt
Empfangsbestätigung über eine Gewerbeanzeige nach § 14 GewO

Registriernummer: [[AZ|GA-2025-0391]]
Eingang: 29.09.2025

1  Name: [[P|Di Stefano]]
2  Vornamen: [[P|Giuseppe Antonio]]
3  Geburtsdatum: [[DOB|12.05.1971]]   Geburtsort: Palermo
4  Staatsangehörigkeit: italienisch
5  Anschrift der Wohnung: [[A|Frankfurter Straße 58]], [[A|15319 Oderhagen]]
6  Telefon: –   E-Mail: [[E|pizzeria.dapeppe.oderhagen@gmail.com]]
7  Betriebsstätte: Pizzeria „Da [[P|Peppe]]“, [[A|Markt 5]], [[A|15319 Oderhagen]]
8  Angemeldete Tätigkeit: Betrieb einer Schank- und Speisewirtschaft mit Außer-Haus-Verkauf
9  Beginn: 01.11.2025
10 Zahl der Beschäftigten: 2 Vollzeit (davon ein Koch), 3 Aushilfen
11 Steuerliche Angaben: Steuer-ID [[TID|{TID_DISTEFANO}]], Steuernummer [[TNR|{TNR_DISTEFANO}]], USt-IdNr. [[VAT|{VAT_DISTEFANO}]]
12 Bankverbindung für Gebühren (SEPA-Lastschrift, Konto aus der Zeit in Venlo): [[IBAN|{IBAN_DISTEFANO}]]

Gebühr: 26,00 EUR (Lastschrift)
Die Anzeige wird an das Finanzamt, die IHK Ostbrandenburg und das Lebensmittelüberwachungsamt weitergeleitet.

Im Auftrag
[[P|Rüdiger Schwanitz]]
""")

# ================================================================ F56-020 Migrationsberatung re Chechen family (ETHNICITY, HEALTH)
doc("outlook", "sozialamt", ["ETHNICITY", "HEALTH"], """
Betreff: Familie [[P|Umarova]] – dringend andere Unterkunft

Liebe Frau [[P|Schröder]],

ich melde mich wegen Familie [[P|Umarova]] (Ihr Az. [[AZ|50.1-AsylbLG-2024-0266]]). Frau [[P|Madina Umarova]] (geb. [[DOB|14.08.1989]]) lebt mit ihren drei Kindern seit März in der Gemeinschaftsunterkunft [[A|Wriezener Chaussee 120]].

Seit Wochen wird die Familie dort von anderen Bewohnern als Tschetschenen beschimpft und bedroht, am Samstag wurde [[P|Isa]] (14) auf dem Hof geschlagen. Die Polizei war da (Vorgangsnummer liegt mir vor). Frau [[P|Umarova]] ist seitdem wegen einer posttraumatischen Belastungsstörung in der Institutsambulanz bei [[P|Dr. med. Petra Lindemann]] in Behandlung und schläft kaum noch.

Ich bitte dringend um Prüfung, ob der Familie eine freie städtische Wohnung zugewiesen werden kann. Gern komme ich mit ihr am Donnerstag in Ihre Sprechstunde.

Herzliche Grüße
[[P|Anja Krebs]]
Migrationsberatung für Erwachsene
mobil [[T|0151 4220 7368]]
[[E|a.krebs@mbe-oderland.de]]
""")

# ================================================================ F56-021 staff mail to HR (UNION)
doc("outlook", "personal", ["UNION"], f"""
Betreff: Änderung Bankverbindung + Abmahnung / Personalnummer [[N|40871]]

Hallo Frau [[P|Engel]],

ab November bitte mein Gehalt auf das neue Konto überweisen:
[[IBAN|{IBAN_PAPADOPOULOS}]], Kontoinhaber [[P|Dimitrios Papadopoulos]]

Außerdem hat mir die Lohnbuchhaltung geschrieben, dass meine Steuer-ID falsch hinterlegt ist. Richtig ist [[TID|{group(TID_PAPADOPOULOS[:2], 2)} {group(TID_PAPADOPOULOS[2:], 3)}]]. Die Sozialversicherungsnummer [[SSN|{SSN_PAPADOPOULOS}]] stimmt, Krankenkasse bleibt auch gleich.

Wegen der Abmahnung vom 29.09. habe ich mich als ver.di-Mitglied an meinen Gewerkschaftssekretär Herrn [[P|Olaf Przybylski]] gewandt, er meldet sich beim Personalrat und möchte mit mir zusammen Einsicht in meine Personalakte nehmen.

Gruß
[[P|Dimitris Papadopoulos]]
Hausmeister Kita Oderspatzen / Grundschule Zollbrück
[[T|0160 98 21 447]]
""")

# ================================================================ F56-022 Telefonnotiz Zulassungsstelle
doc("word", "kfz", [], """
Telefonnotiz Zulassungsstelle – 15.10.2025, 10:20 Uhr

Anruf von Herrn [[P|Janusz Wróbel]] ([[T|+48 604 118 372]]) wegen der Einfuhr seines Transporters aus Polen, bisheriges Kennzeichen [[KFZ|FSL 8812M]]. Die beglaubigte Übersetzung der karta pojazdu liegt noch nicht vor; er bringt sie am Freitag vorbei. Zulassung bis dahin nur befristet, Kennzeichen [[KFZ|MOL-JW 812]] ist reserviert (Reservierungsgebühr 2,60 EUR).

Rückfragen bitte an mich.
[[P|S. Hoppe]]
""")

# ================================================================ F56-023 English-German, scaffold permit payment
doc("outlook", "ordnungsamt", [], f"""
Betreff: Re: Sondernutzungserlaubnis Gerüst Frankfurter Straße – payment

Dear Mr [[P|Winter]],

thank you for the permit. Unfortunately our Polish bank blocks SEPA transfers to new recipients this week, so please charge the fee (Ihre Rechnung Nr. 2025-SN-0487, 185,00 EUR) to our company credit card:
[[CC|{group(CC_DACHBAU, 4)}]], valid until 08/27, card holder [[P|Ewa Kaczmarczyk]].

For your records our German branch data: USt-IdNr. [[VAT|{VAT_DACHBAU}]], Steuernummer [[TNR|{TNR_DACHBAU}]].
The scaffold stays at the house of Mr [[P|Manfred Zech]], [[A|Frankfurter Straße 66]], until 21 November.

Best regards / Mit freundlichen Grüßen
[[P|Ewa Kaczmarczyk]]
Office Manager, Dach-Bau Oder Sp. z o.o.
[[T|+48 95 752 18 40]]
[[E|e.kaczmarczyk@dachbau-oder.pl]]

Am 14.10.2025 um 09:12 schrieb Tiefbauamt Oderhagen <[[N|tiefbau@oderhagen.de]]>:
> Sehr geehrte Damen und Herren,
> anbei erhalten Sie die Sondernutzungserlaubnis für das Gerüst (Aktenzeichen [[AZ|66.3-SN-2025-118]]).
> Die Gebühr ist unter Angabe des Aktenzeichens auf das Konto der Stadtkasse, IBAN [[N|{CITY_IBAN_S}]], zu überweisen.
> Mit freundlichen Grüßen
> [[P|Jörg Winter]]
> Tiefbauamt
""")

# ================================================================ F56-024 Schulverwaltung, Vietnamese children arriving
doc("word", "schule", [], f"""
Vermerk Schulverwaltung – Aufnahme von Seiteneinsteigern

Az.: [[AZ|40.1-SE-2025/027]]
Datum: 22.10.2025

Die Familie ist am 01.10.2025 aus Hải Phòng zugezogen (Familiennachzug zum Vater, der seit 2019 in Oderhagen lebt).

Vater: [[P|Phạm Văn Tuấn]], Inhaber eines Imbisses am Markt
Anschrift: [[A|Straße der Freundschaft 15]], [[A|15319 Oderhagen]]

Kinder:
– [[P|Phạm Gia Bảo]], geb. [[DOB|18.03.2015]], vietn. Reisepass [[PASS|{PASS_BAO}]] – Aufnahme in Klasse 5 der Grundschule Zollbrück
– [[P|Phạm Ngọc Anh]], geb. [[DOB|07.11.2011]], vietn. Reisepass liegt vor – Aufnahme in Klasse 8 der Oberschule „Am Oderbruch“

Beide Kinder erhalten DaZ-Förderung (Deutsch als Zweitsprache) im Umfang von 6 Wochenstunden. [[P|Anh]] hat in Vietnam Englisch gelernt; die Klassenlehrerin wird gebeten, dies zu nutzen. Die Schulbücher werden über die Lernmittelfreiheit gestellt; die Schülerfahrkarte ist nicht erforderlich (Schulweg unter 2 km).

[[P|Kerstin Wendland]]
""")

# ================================================================ F56-025 Wohngeld mail with typos, Syrian father
doc("outlook", "wohngeld", [], f"""
Betreff: wohngeld antrag fehlt was???

sehr geehrte damen und herren

ich habe brief bekomen das meine antrag nicht volständig ist, Aktenzeichen [[AZ|WG 51-2025-0412]]. ich habe alles abgegeben im september!! lohnabrechnung von meine arbeit im lager und mietvertrag. Frau [[P|Piontek]] hat gesagt ist gut.

meine frau [[P|Rasha]] hat jetzt auch minijob, ich schicke die abrechnung mit. kindergeld bescheid für [[P|Yara]] und [[P|Hamza]] ist auch dabei.
konto ist geändert, neue IBAN [[IBAN|{IBAN_ALKHATIB}]] bitte nicht mehr alte konto nehmen.

wir wohnen immer noch [[A|Karl-Marx-Ring 8]], aber jetzt [[N|2. etage]].

mit freundlichen grüßen
[[P|Mohamad Alkhatib]]
[[T|01521 4488903]]
""")

# ================================================================ F56-026 Grundsicherung Bescheid (HEALTH)
doc("word", "sozialamt", ["HEALTH"], f"""
Stadt Oderhagen · Sozialamt · {RATHAUS}

Frau
[[P|Rosaria Esposito-Krüger]]
c/o [[P|Michael Krüger]]
[[A|Am Mühlenfließ 2 b]]
[[A|15319 Oderhagen]]

Aktenzeichen: [[AZ|50-GS-2025-0198]]
Geburtsdatum: [[DOB|12.05.1951]]
Rentenversicherungsnummer: [[SSN|{ssn_spaced(SSN_ESPOSITO)}]]
Datum: 17.10.2025

Bescheid über Leistungen der Grundsicherung im Alter und bei Erwerbsminderung (4. Kapitel SGB XII)

Sehr geehrte Frau [[P|Esposito-Krüger]],

auf Ihren Antrag vom 02.09.2025 bewillige ich Ihnen ab dem 01.09.2025 Leistungen in Höhe von monatlich 312,44 EUR. Berücksichtigt wurden der Regelbedarf der Stufe 1 (563,00 EUR), die Kosten der Unterkunft, ein Mehrbedarf für kostenaufwändige Ernährung wegen Ihrer insulinpflichtigen Diabetes-Erkrankung mit Niereninsuffizienz (§ 30 Abs. 5 SGB XII) sowie ein Mehrbedarf wegen des Merkzeichens G (§ 30 Abs. 1 SGB XII). Als Einkommen wurden Ihre deutsche Altersrente und Ihre italienische Rente (INPS) angerechnet.

Die Leistung wird auf das von Ihnen angegebene Konto [[IBAN|{IBAN_ESPOSITO}]] überwiesen. Die Beiträge zur Kranken- und Pflegeversicherung (AOK Nordost, Versichertennummer [[KV|{KV_ESPOSITO}]]) werden direkt an die Kasse gezahlt.

Mit freundlichen Grüßen
Im Auftrag
[[P|Mandy Schröder]]
""")

# ================================================================ F56-027 three-line callback request
doc("outlook", "standesamt", [], """
Betreff: Rückruf bitte

Bitte um Rückruf wegen Geburtsurkunde für meinen Sohn [[P|Maxim]] (geb. [[DOB|3.7.2019]]), brauche sie für die Familienkasse. Tel [[T|0157 88201147]].
Danke, [[P|Swetlana Becker]]
""")

# ================================================================ F56-028 Polish owner contests a parking fine
doc("outlook", "ordnungsamt", [], """
Betreff: Verwarnung [[AZ|OA-VG-2025-08817]] / mandat

Dzień dobry,

ich habe bekommen Brief von Ordnungsamt Oderhagen, Verwarnungsgeld 30 Euro für Parken am 2.10.2025 in der Marktstraße. Aber Auto mit Kennzeichen [[KFZ|FSL 5KR17]] ist von meine Firma, mein Mitarbeiter [[P|Krystian Wójcik]] ist gefahren, nicht ich.

Ich bin [[P|Beata Mazur]], [[A|ul. Piłsudskiego 31]], [[A|69-100 Słubice]]. Bitte schicken Sie Brief an ihm, seine Adresse: [[A|ul. Sienkiewicza 4]], [[A|66-470 Kostrzyn nad Odrą]], geboren [[DOB|09.06.1997]].

30 euro ist nicht viel, but it is a principle.

Pozdrawiam
[[P|Beata Mazur]]
[[T|+48 698 113 540]]
[[E|beata.mazur@interia.pl]]
""")

# ================================================================ F56-029 Standesamt, birth registration (RELIGION)
doc("word", "standesamt", ["RELIGION"], f"""
Standesamt Oderhagen – Vermerk zur Beurkundung einer Geburt
Registernummer: [[AZ|G 2025/0311]]

Kind: [[P|Elias Charalambidis]], geboren am [[DOB|04.10.2025]] um 03:12 Uhr in Oderhagen, [[A|Am Mühlenfließ 7]] (Hausgeburt), männlich
Geburtshelferin: freiberufliche Hebamme (Bescheinigung liegt vor)

Mutter: [[P|Layla Haddad]], geb. [[DOB|21.12.1993]] in Berlin, deutsche Staatsangehörige, Personalausweis [[IDC|{IDC_HADDAD}]]
Vater: [[P|Nikolaos Charalambidis]], geb. [[DOB|15.02.1990]] in Thessaloniki, griechischer Staatsangehöriger, griechischer Personalausweis [[IDC|AK 482915]]
gemeinsame Anschrift: [[A|Am Mühlenfließ 7]], [[A|15319 Oderhagen]]

Die Eltern sind nicht miteinander verheiratet. Der Vater hat die Vaterschaft am 18.09.2025 vor dem Jugendamt des Landkreises anerkannt; eine Sorgeerklärung liegt vor. Die Eltern bestimmen den Familiennamen des Vaters zum Geburtsnamen des Kindes.

Auf ausdrücklichen Wunsch der Eltern wird die Religionszugehörigkeit eingetragen: Mutter islamisch, Vater griechisch-orthodox. Das Kind soll nach Auskunft der Eltern orthodox getauft werden.

[[P|Heike Mielke]], Standesbeamtin
""")

# ================================================================ F56-030 residents' parking permit, card number
doc("outlook", "buergerbuero", [], f"""
Betreff: Bewohnerparkausweis Zone B – Zahlung klappt nicht

Hallo liebes Bürgerbüro-Team,

ich wollte über das Serviceportal den Bewohnerparkausweis für unser zweites Auto verlängern, aber die Kartenzahlung bricht jedes Mal ab (Fehlercode 5003). Damit es schneller geht, hier meine Daten, vielleicht können Sie die 30,70 € direkt abbuchen:

Name: [[P|Annika Lindqvist-Brandt]]
Anschrift: [[A|Oderstraße 4]], [[A|15319 Oderhagen]]
Kennzeichen: [[KFZ|MOL-AL 204]]
bisheriger Ausweis Nr. [[N|B-0419]]
Amex [[CC|{CC_LINDQVIST_S}]], gültig bis 09/27

Mein Mann [[P|Jonas]] kann den Ausweis auch abholen, er arbeitet gleich gegenüber in der Sparkasse.
Danke!!
[[P|Annika]]

--
[[P|Annika Lindqvist-Brandt]]
[[T|+49 (0)172 5530 918]]
""")


# ---------------------------------------------------------------- build, verify, write
def main():
    assert len(DOCS) == 30, len(DOCS)
    rows = []
    for i, (channel, template, flags, marked) in enumerate(DOCS, 1):
        rows.append(build(f"F56-{i:03d}", channel, template, marked, flags))
    with open(os.path.join(OUT_DIR, "fresh56.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # read back and re-verify offsets (UTF-16 == Python indices, asserted in build)
    with open(os.path.join(OUT_DIR, "fresh56.jsonl"), encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    for r in back:
        for span in r["entities"] + r["neutral"]:
            assert r["text"][span["start"]:span["end"]] == span["text"], span
            assert len(r["text"][:span["start"]].encode("utf-16-le")) // 2 == span["start"]
    cats = Counter(e["category"] for r in back for e in r["entities"])
    flags = Counter(f for r in back for f in r["specialCategories"])
    channels = Counter(r["channel"] for r in back)
    n_ent = sum(cats.values())
    n_neu = sum(len(r["neutral"]) for r in back)
    no_flags = sum(1 for r in back if not r["specialCategories"])
    write_readme(back, cats, flags, channels, n_ent, n_neu, no_flags)
    print(f"{len(back)} documents, {n_ent} entities, {n_neu} neutral spans")
    print(dict(cats))
    print(dict(flags), "no flags:", no_flags, dict(channels))


def write_readme(back, cats, flags, channels, n_ent, n_neu, no_flags):
    cat_text = ", ".join(f"{k} {v}" for k, v in cats.most_common())
    flag_text = ", ".join(f"{k} {v}" for k, v in sorted(flags.items()))
    text = (
        "# Batch 56 – Stadt Oderhagen (held-out)\n\n"
        f"`fresh56.jsonl` ({len(back)} documents, ids F56-001 … F56-030, {n_ent} labelled entities, {n_neu} neutral "
        "spans; generated by `make_fresh56.py`, seed 5656) is set in the invented Brandenburg Kreisstadt Oderhagen on "
        "the Polish border (Landkreis Märkisch-Oderland, MOL plates, 15319, 03346 numbers): "
        f"{channels['word']} Word documents (Kfz-Zulassung Vermerk for a car from Poland, Kita intake note for a "
        "Chechen family, Schülerbeförderung and Seiteneinsteiger notes, Wohngeld and Grundsicherung Bescheide, a "
        "pensioner's letter, a Sozialamt Vermerk on a Ukrainian boy, Standesamt Niederschriften for a German-Polish "
        "marriage and a home birth, a Stadtverordnetenversammlung Niederschrift, a Gewerbeanzeige form, a Personalausweis "
        "Vermerk, a Zulassung phone note, a tab-separated Word table of WBS applications with `Nachname, Vorname` rows) and "
        f"{channels['outlook']} Outlook mails (a Polish newcomer, a forwarded Polish tiler's Gewerbeanmeldung, a "
        "half-English Vietnamese mother, an SMS-like note with a Cyrillic signature, a same-sex couple asking about "
        "marriage, a parking complaint, a forwarded Ausländerbehörde chain with quoted headers, a lawyer's paternity "
        "letter, a Migrationsberatung mail, a staff mail to HR, an English-German contractor mail with a quoted reply, "
        "a typo-heavy Wohngeld mail, a Polish owner's objection to a fine, a three-line callback request, a parking "
        f"permit mail with a card number). Entities: {cat_text}. Names are German, Polish, Ukrainian (one in "
        "Cyrillic), Russian, Chechen, Vietnamese (with diacritics, family name first), Syrian/Arabic, Turkish, Greek, "
        "Italian, Bosnian, Somali, Ghanaian and Swedish, with double names, particles (von Alvensleben, Di Stefano), "
        "Dr./Dr. med., nicknames (dima, Gosia, Peppe), a birth name, lower-case names, `Nachname, Vorname` rows, "
        "initials and genitives (Aminas, Leonies), a sole trader's name in a firm name; identifiers are valid (DE, PL with sort-code check, NL with 11-check and AT IBANs; "
        "PL NIP VAT ID; Polish ID cards with check digit; German ID cards with and without check digit; Polish and "
        "German plates; Mastercard and Amex). Flags: "
        f"{flag_text}; {no_flags} documents carry none. Hard negatives: the Rathaus address, switchboard, functional "
        "mailboxes and the Stadtkasse IBAN (neutral), a law firm's office address, a FIN, a personnel and a permit number, "
        "Drucksache, Bebauungsplan and Haushaltsstelle numbers, an invoice number, a Polish company name, amounts, § references, "
        "non-birth dates, street names without number (Lindenweg, Lebuser Weg, Marktstraße), city names in prose, "
        "Koch/Winter/Bäcker/Vogel(zug) as nouns beside Koch/Winter/Bäcker/Vogel as surnames, a church building, a biometric passport "
        "photo and a Krankenkasse named harmlessly.\n"
    )
    with open(os.devnull, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
