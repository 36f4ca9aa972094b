#!/usr/bin/env python3
"""Batch 84 of the blind PII test corpus: invented correspondence of the invented Stadt Grevenmoor (Niedersachsen),
Stadtkasse / Steueramt / Wirtschaftsförderung. Deterministic: only random.Random(8484) and Identifiers(8484).

Writes fresh84.jsonl beside this file (30 documents). Texts carry inline marks, marks.build() computes offsets.
"""
import json
import os
import random
import sys

sys.dont_write_bytecode = True  # never leave caches beside the shared helpers

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # marks.py and identifiers.py sit beside this file
from marks import build  # noqa: E402
from identifiers import Identifiers, mod97_iban, mod11_10_check, icao_check, luhn_check, group  # noqa: E402

SEED = 8484
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fresh84.jsonl")

ids = Identifiers(SEED)
rng = random.Random(SEED)


def _mark(code):
    return lambda s: f"[[{code}|{s}]]"


P, A, E, T, IB, TID, TNR, VAT, IDC, PAS, SSN, KV, DOB, KFZ, AZ, CC, N = map(_mark, [
    "P", "A", "E", "T", "IBAN", "TID", "TNR", "VAT", "IDC", "PASS", "SSN", "KV", "DOB", "KFZ", "AZ", "CC", "N"])

# ---------------------------------------------------------------------------------------------------------------
# validators (own implementations, used to assert every generated identifier)
# ---------------------------------------------------------------------------------------------------------------


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return total % 10 == 0


def mod97_int(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    return mod97_int(s[4:] + s[:4]) == 1


def tax_id_ok(s):
    s = s.replace(" ", "")
    if len(s) != 11 or s[0] == "0" or not s.isdigit():
        return False
    counts = [s[:10].count(d) for d in "0123456789"]
    if max(counts) > 3 or sum(1 for c in counts if c >= 2) != 1:
        return False
    return mod11_10_check(s[:10]) == int(s[10])


def de_vat_ok(s):
    return s[:2] == "DE" and len(s) == 11 and mod11_10_check(s[2:10]) == int(s[10])


def icao_ok(s):
    return icao_check(s[:9]) == int(s[9])


RV_W = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]


def rv_ok(s):
    s = s.replace(" ", "").replace("-", "")
    code = ord(s[8]) - 64
    vals = [int(c) for c in s[:8]] + [code // 10, code % 10] + [int(c) for c in s[9:11]]
    return sum((v * w) // 10 + (v * w) % 10 for v, w in zip(vals, RV_W)) % 10 == int(s[11])


def kv_ok(s):
    code = ord(s[0]) - 64
    vals = [code // 10, code % 10] + [int(c) for c in s[1:9]]
    tot = sum((v * (1 if i % 2 == 0 else 2)) // 10 + (v * (1 if i % 2 == 0 else 2)) % 10 for i, v in enumerate(vals))
    return tot % 10 == int(s[9])


def bsn_ok(s):            # NL Burgerservicenummer, 11-proef: weights 9..2 and -1
    d = [int(c) for c in s]
    return len(d) == 9 and (sum(w * x for w, x in zip(range(9, 1, -1), d[:8])) - d[8]) % 11 == 0


def tckn_ok(s):           # TR T.C. Kimlik No
    d = [int(c) for c in s]
    if len(d) != 11 or d[0] == 0:
        return False
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    return d[9] == d10 and d[10] == sum(d[:10]) % 10


KR_W = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def rrn_ok(s):            # KR Resident Registration Number (checksum as issued before Oct 2020)
    d = [int(c) for c in s.replace("-", "")]
    return len(d) == 13 and (11 - sum(w * x for w, x in zip(KR_W, d)) % 11) % 10 == d[12]


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cn_check(first17):    # CN citizen identity number, GB 11643-1999 (ISO 7064 MOD 11-2)
    return "10X98765432"[sum(w * int(c) for w, c in zip(CN_W, first17)) % 11]


def cn_ok(s):
    return len(s) == 18 and cn_check(s[:17]) == s[17]


def ir_check(first9):     # IR kod-e melli: weights 10..2, r = sum mod 11, check r if r < 2 else 11 - r
    r = sum(int(c) * (10 - i) for i, c in enumerate(first9)) % 11
    return r if r < 2 else 11 - r


def ir_ok(s):
    return len(s) == 10 and ir_check(s[:9]) == int(s[9]) and len(set(s)) > 1


def at_vat_ok(s):         # ATU + 7 digits + check: weights 1,2 (digit sums), check = (10 - (sum + 4) mod 10) mod 10
    d = [int(c) for c in s[3:]]
    tot = 0
    for i, x in enumerate(d[:7]):
        p = x * (2 if i % 2 else 1)
        tot += p // 10 + p % 10
    return s[:3] == "ATU" and len(d) == 8 and (10 - (tot + 4) % 10) % 10 == d[7]


def pl_nip_ok(s):         # PL NIP: weights 6,5,7,2,3,4,5,6,7 mod 11
    d = [int(c) for c in s]
    r = sum(w * x for w, x in zip([6, 5, 7, 2, 3, 4, 5, 6, 7], d)) % 11
    return len(d) == 10 and r != 10 and r == d[9]


def fr_vat_ok(s):         # FR + key + SIREN; SIREN Luhn, key = (12 + 3 * (SIREN mod 97)) mod 97
    key, siren = int(s[2:4]), s[4:]
    return len(siren) == 9 and luhn_ok(siren) and key == (12 + 3 * (int(siren) % 97)) % 97


def be_vat_ok(s):         # BE + 10 digits, last two = 97 - (first eight mod 97)
    n = s[2:]
    return len(n) == 10 and n[0] in "01" and 97 - int(n[:8]) % 97 == int(n[8:])


def nl_vat_ok(s):         # NL + 9 digits + B + 2 digits: 11-proef (old) or MOD 97-10 over the whole string (since 2020)
    body = s[2:]
    return (len(body) == 12 and body[9] == "B" and int(body[10:]) > 0
            and (bsn_ok(body[:9]) or mod97_int(s) == 1))


def pl_bank_ok(b8):       # Polish sort code (numer rozliczeniowy), weights 3,9,7,1,3,9,7
    return (10 - sum(w * int(c) for w, c in zip([3, 9, 7, 1, 3, 9, 7], b8[:7])) % 10) % 10 == int(b8[7])


def be_bban_ok(b):        # Belgian account: first ten digits mod 97 (0 -> 97)
    return (int(b[:10]) % 97 or 97) == int(b[10:])


def sepa_ci_ok(ci):       # SEPA creditor identifier: MOD 97-10 without the business code
    s = ci.replace(" ", "")
    return mod97_int(s[7:] + s[:4]) == 1


def _selftest():
    assert bsn_ok("111222333") and tckn_ok("10000000146") and cn_ok("11010519491231002X")
    assert at_vat_ok("ATU13585627") and pl_nip_ok("5260250274") and nl_vat_ok("NL004495445B01")
    assert fr_vat_ok("FR40303265045") and ir_ok("0499370899") and sepa_ci_ok("DE98ZZZ09999999999")
    assert iban_ok("BE68539007547034") and be_bban_ok("539007547034")
    assert iban_ok("PL61109010140000071219812874") and pl_bank_ok("10901014")
    assert iban_ok("NL91ABNA0417164300") and iban_ok("AT611904300234573201")


_selftest()

# ---------------------------------------------------------------------------------------------------------------
# generators
# ---------------------------------------------------------------------------------------------------------------


def spaced_iban(v):
    return group(v, 4)


def de_iban():
    v = ids.iban_de()
    assert iban_ok(v)
    return v


def nl_iban(bank):
    v = mod97_iban("NL", bank + ids.digits(10))
    assert iban_ok(v)
    return v


def at_iban():
    v = mod97_iban("AT", ids.digits(5, True) + ids.digits(11))
    assert iban_ok(v)
    return v


def pl_iban():
    b7 = ids.digits(7, True)
    b8 = b7 + str((10 - sum(w * int(c) for w, c in zip([3, 9, 7, 1, 3, 9, 7], b7)) % 10) % 10)
    assert pl_bank_ok(b8)
    v = mod97_iban("PL", b8 + ids.digits(16))
    assert iban_ok(v)
    return v


def be_iban():
    b10 = ids.digits(10, True)
    bban = b10 + f"{int(b10) % 97 or 97:02d}"
    assert be_bban_ok(bban)
    v = mod97_iban("BE", bban)
    assert iban_ok(v)
    return v


def tr_iban():
    v = mod97_iban("TR", ids.digits(5, True) + "0" + ids.digits(16))
    assert iban_ok(v) and len(v) == 26
    return v


def creditor_id():
    national = "0" + ids.digits(10)
    check = 98 - mod97_int(national + "DE00")
    v = f"DE{check:02d}ZZZ{national}"
    assert sepa_ci_ok(v)
    return v


def steuer_id():
    v = ids.tax_id()
    assert tax_id_ok(v)
    return v


def tid_spaced(v):
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"


def de_vat():
    v = ids.vat_id()
    assert de_vat_ok(v)
    return v


def at_vat():
    while True:
        d7 = ids.digits(7, True)
        for c in "0123456789":
            if at_vat_ok("ATU" + d7 + c):
                return "ATU" + d7 + c


def pl_nip():
    while True:
        d9 = ids.digits(9, True)
        r = sum(w * int(x) for w, x in zip([6, 5, 7, 2, 3, 4, 5, 6, 7], d9)) % 11
        if r != 10:
            v = d9 + str(r)
            assert pl_nip_ok(v)
            return v


def fr_vat():
    s8 = ids.digits(8, True)
    siren = s8 + str(luhn_check(s8))
    v = f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"
    assert fr_vat_ok(v)
    return v


def be_vat():
    n8 = "0" + ids.digits(7, True)
    v = f"BE{n8}{97 - int(n8) % 97:02d}"
    assert be_vat_ok(v)
    return v


def nl_vat_new():
    while True:
        base = "NL" + ids.digits(9, True) + "B"
        xx = (1 - mod97_int(base) * 100) % 97
        v = f"{base}{xx:02d}"
        if xx > 0 and not bsn_ok(v[2:11]):
            assert nl_vat_ok(v) and mod97_int(v) == 1
            return v


def nl_vat_old():
    while True:
        d8 = ids.digits(8, True)
        c = sum(w * int(x) for w, x in zip(range(9, 1, -1), d8)) % 11
        if c < 10:
            v = f"NL{d8}{c}B01"
            assert nl_vat_ok(v)
            return v


def id_card(check=False):
    v = ids.id_card(check)
    assert v[0] in "LMNPRTVWXY" and (not check or icao_ok(v))
    return v


def passport_de(check=False):
    v = ids.passport(check)
    assert v[0] in "CFGHJK" and (not check or icao_ok(v))
    return v


def rv_nr(ddmmyy, letter, female):
    while True:
        v = ids.social_security(ddmmyy, letter)
        if (int(v[9:11]) >= 50) == female:
            assert rv_ok(v)
            return v


def rv_spaced(v):
    return f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}"


def kv_nr():
    v = ids.health_insurance()
    assert kv_ok(v)
    return v


def card(prefix, length):
    v = ids.credit_card(prefix, length)
    assert luhn_ok(v) and len(v) == length
    return v


def bsn():
    while True:
        d8 = ids.digits(8, True)
        c = sum(w * int(x) for w, x in zip(range(9, 1, -1), d8)) % 11
        if c < 10:
            v = d8 + str(c)
            assert bsn_ok(v)
            return v


def tckn():
    while True:
        d = [int(c) for c in ids.digits(9, True)]
        d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
        d11 = (sum(d) + d10) % 10
        v = "".join(map(str, d)) + str(d10) + str(d11)
        if tckn_ok(v):
            return v


def rrn(yymmdd, gender_digit):
    first12 = yymmdd + gender_digit + ids.digits(5)
    c = (11 - sum(w * int(x) for w, x in zip(KR_W, first12)) % 11) % 10
    v = f"{first12[:6]}-{first12[6:]}{c}"
    assert rrn_ok(v)
    return v


def cn_id(area6, yyyymmdd, female):
    while True:
        seq = ids.digits(3)
        if (int(seq[2]) % 2 == 0) == female:
            break
    first17 = area6 + yyyymmdd + seq
    v = first17 + cn_check(first17)
    assert cn_ok(v)
    return v


def ir_code():
    while True:
        d9 = ids.digits(9)
        v = d9 + str(ir_check(d9))
        if ir_ok(v) and v[:3] != "000":
            return v


def kz(kind):
    """Kassenzeichen of the Stadtkasse: 21 Grundsteuer, 23 Gewerbesteuer, 25 Hundesteuer, 29 sonstige."""
    return f"{kind}.{rng.randint(400, 499):04d}.{rng.randint(10000, 99999)}"


def mandate(k):
    return "GRV-" + k.replace(".", "") + f"-{rng.randint(1, 3):02d}"


CITY_IBAN = de_iban()
CITY_CI = creditor_id()
SWITCH = "04765 4109-0"
FOOT_BANK = (f"Bankverbindung Stadtkasse Grevenmoor: Sparkasse Wesermoor, IBAN {N(spaced_iban(CITY_IBAN))}, "
             f"BIC NOLADE21WEM")


def staff_block(name, phone, mail):
    return f"Auskunft erteilt: {P(name)}\nTelefon: {T(phone)}\nE-Mail: {E(mail)}"

# ---------------------------------------------------------------------------------------------------------------
# documents
# ---------------------------------------------------------------------------------------------------------------
DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


@doc
def d01():
    k = kz(23)
    iban = de_iban()
    mref = mandate(k)
    text = f"""Stadt Grevenmoor · Der Bürgermeister · Fachbereich 2 Finanzen – Steueramt
Rathausmarkt 2 · 27794 Grevenmoor

Herrn
{P("Wei Zhang")}
Asia-Imbiss „Goldener Lotus“
{A("Lange Straße 41")}
{A("27794 Grevenmoor")}

Unser Zeichen: 20.2-GewSt
Kassenzeichen: {AZ(k)}
Steuernummer beim Finanzamt: {TNR("46/213/08815")}
{staff_block("Onno Brüggemann", "04765 4109-233", "o.brueggemann@grevenmoor.de")}
Datum: 12.02.2026

Bescheid über Vorauszahlungen zur Gewerbesteuer ab dem Erhebungszeitraum 2026

Sehr geehrter Herr {P("Zhang")},

das Finanzamt Wesermoor hat uns mit Gewerbesteuermessbescheid vom 20.01.2026 einen Messbetrag für Vorauszahlungszwecke von 1.240,00 EUR mitgeteilt. Bei dem Hebesatz der Stadt Grevenmoor von 410 % setze ich die Vorauszahlungen gemäß § 19 GewStG wie folgt fest:

Fälligkeit\tBetrag
15.02.2026\t1.271,00 EUR
15.05.2026\t1.271,00 EUR
15.08.2026\t1.271,00 EUR
15.11.2026\t1.271,00 EUR

Die Beträge werden aufgrund des vorliegenden SEPA-Lastschriftmandats (Mandatsreferenz {AZ(mref)}) zu den Fälligkeitstagen von Ihrem Konto {IB(spaced_iban(iban))} eingezogen. Bitte sorgen Sie für ausreichende Deckung; für Rücklastschriften berechnet die Bank Gebühren, die wir an Sie weitergeben müssen.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Stade erhoben werden. Einwendungen gegen den Messbetrag sind beim Finanzamt geltend zu machen.

Mit freundlichen Grüßen
Im Auftrag

{P("Onno Brüggemann")}

{FOOT_BANK} · Gläubiger-ID {N(CITY_CI)}
Zentrale {N(SWITCH)} · {N("steueramt@grevenmoor.de")}"""
    return "word", "gewerbesteuer_vorauszahlung", text, []


@doc
def d02():
    k = kz(23)
    iban = de_iban()
    text = f"""Von: {P("Parisa Soltani")} <{E("parisa.soltani.naeherei@web.de")}>
Gesendet: Montag, 9. März 2026 08:47
An: {N("steueramt@grevenmoor.de")}
Betreff: Antrag auf Stundung Gewerbesteuer – Kassenzeichen {AZ(k)}

Sehr geehrte Damen und Herren,

ich betreibe seit 2019 die Änderungsschneiderei {P("Soltani")} in der {A("Bahnhofstraße 8")} hier in Grevenmoor. Am 16. Februar wurde ich am Knie operiert (Kreuzbandriss mit Meniskusschaden) und bin laut Attest meines Orthopäden voraussichtlich bis Ende April arbeitsunfähig. Eine Krankentagegeldversicherung habe ich leider nicht. Der Laden war fast durchgehend geschlossen, meine Aushilfe Frau {P("Mahsa Karimi")} hat nur an zwei Vormittagen die fertigen Sachen ausgegeben.

Die Vorauszahlung zum 15.02.2026 über 618,00 EUR konnte ich deshalb nicht bezahlen, die Mahnung habe ich bekommen. Ich beantrage hiermit die Stundung bis zum 30.06.2026, alternativ Ratenzahlung mit 150 EUR im Monat. Die Raten können Sie gern von meinem Geschäftskonto abbuchen: IBAN {IB(spaced_iban(iban))}, Kontoinhaberin {P("Parisa Soltani")}.

Eine Kopie des Attests schicke ich Ihnen per Post. Bitte beachten Sie auch meine neue Privatanschrift: {A("Heidkamp 17a")}, {A("27794 Grevenmoor")}.

Für Rückfragen erreichen Sie mich unter {T("0176 48213907")} (bitte erst ab 10 Uhr, vormittags habe ich Krankengymnastik).

Mit freundlichen Grüßen
{P("Parisa Soltani")}

Änderungsschneiderei {P("Soltani")}
{A("Bahnhofstraße 8")} · {A("27794 Grevenmoor")}
Tel. {T("04765 38 17 20")}"""
    return "outlook", "stundungsantrag", text, ["HEALTH"]


@doc
def d03():  # forwarded thread, quoted reply, Hangul signature
    k = kz(23)
    tid = steuer_id()
    text = f"""Betreff: WG: Gewerbesteuer 2024 – Mandant {P("Park, Ji-ho")} / Antrag auf Aussetzung der Vollziehung

Hallo {P("Onno")},

kannst du das bitte übernehmen? Die Kanzlei will AdV für die Nachzahlung, der Einspruch liegt beim Finanzamt. Ich bin ab Donnerstag im Urlaub. Die Mahnsperre habe ich schon gesetzt.

Gruß
{P("Wiebke")}

-----Ursprüngliche Nachricht-----
Von: {P("Maike Ahrens")} <{E("m.ahrens@ahrens-vos-stb.de")}>
Gesendet: Mittwoch, 4. März 2026 16:05
An: {P("Harms, Wiebke")} <{E("wiebke.harms@grevenmoor.de")}>
Cc: {P("Ji-ho Park")} <{E("jiho.park@seoulbbq-grevenmoor.de")}>
Betreff: Gewerbesteuer 2024 – Mandant {P("Park, Ji-ho")} / Antrag auf Aussetzung der Vollziehung

Sehr geehrte Frau {P("Harms")},

in der Gewerbesteuersache unseres Mandanten, Herrn {P("Ji-ho Park")}, Inhaber des Restaurants „Seoul BBQ“, {A("Am Moorkanal 12")}, {A("27794 Grevenmoor")}, haben wir gegen den Gewerbesteuermessbescheid 2024 (Steuernummer {TNR("2346021307718")}) fristgerecht Einspruch beim Finanzamt Wesermoor eingelegt. Die Hinzurechnung der Mieten für die Kühlzelle ist nach unserer Auffassung doppelt erfolgt.

Wir beantragen deshalb, die Vollziehung Ihres Gewerbesteuerbescheids vom 10.02.2026 (Kassenzeichen {AZ(k)}) in Höhe von 3.412,00 EUR bis zur Entscheidung über den Einspruch auszusetzen. Für die Zuordnung bei Ihnen: Steuer-IdNr. des Mandanten {TID(tid_spaced(tid))}.

Herr {P("Park")} hat uns mitgeteilt, dass die Lastschrift zum 15.02. bereits gebucht wurde. Sollte die AdV gewährt werden, bitten wir um Erstattung auf das bekannte Konto.

Mit freundlichen Grüßen

{P("Maike Ahrens")}
Steuerberaterin

{P("Ahrens")} & {P("Vos")} Steuerberatung PartG mbB
Tel. {T("04765 98221-12")} | Fax 04765 98221-99
www.ahrens-vos-stb.de

Am 3. März 2026 um 09:12 schrieb {P("Ji-ho Park")} <{E("jiho.park@seoulbbq-grevenmoor.de")}>:
> Sehr geehrte Frau {P("Ahrens")},
> anbei der Bescheid von der Stadt. Herr {P("Vos")} sagte am Telefon, wir können dagegen vorgehen?
> Das Geld wurde schon am 15.2. abgebucht. Meine Frau {P("Soo-min")} macht die Buchhaltung, Sie können sie unter {T("0157 3364 9021")} anrufen.
> Viele Grüße
> {P("Ji-ho Park")} ({P("박지호")})"""
    return "outlook", "steuerberater_adv", text, []


@doc
def d04():
    rows = [
        ("Öztürk", "Murat", "Fehnstraße 31", "27794 Grevenmoor", "AC04 Konto erloschen", "214,37"),
        ("van Dijk", "Marleen", "Im Brook 9", "27799 Brockhusen", "MD06 Widerspruch durch Zahler", "58,00"),
        ("Hosseini", "Arash", "Schleusenweg 40", "27794 Grevenmoor", "AM04 Deckung unzureichend", "1.271,00"),
        ("Brunßen", "Gerda", "Wilhelm-Busch-Straße 12", "27794 Grevenmoor", "MS03 Sonstige Gründe", "96,50"),
        ("Yoon", "Dae-sung", "An der Wassermühle 3", "27801 Vellmede", "AC04 Konto erloschen", "402,18"),
        ("Terlouw", "Bram", "Torfstich 22b", "27794 Grevenmoor", "AM04 Deckung unzureichend", "120,00"),
        ("Çelik", "Zeynep", "Birkenallee 18a", "27799 Brockhusen", "MD06 Widerspruch durch Zahler", "33,75"),
    ]
    lines = []
    for sur, first, street, town, reason, amount in rows:
        k = kz(rng.choice([21, 23, 25]))
        iban = de_iban()
        lines.append(f"{AZ(k)};{P(sur)};{P(first)};{A(street)};{A(town)};{IB(iban)};{AZ(mandate(k))};"
                     f"{amount};{reason}")
    body = "\n".join(lines)
    text = f"""Rücklastschriften KW 10/2026 – Export aus dem Finanzverfahren (Stadtkasse)

Hallo zusammen, bitte bis Freitag prüfen, ob die Fälle in die 1. Mahnung gehen oder ob neue Bankdaten vorliegen. Gebühren der Bank (3,00 EUR je Rückgabe) sind schon als Nebenforderung gebucht.

Kassenzeichen;Name;Vorname;Strasse;PLZ Ort;IBAN;Mandatsreferenz;Betrag;Rueckgabegrund
{body}

Summe: 2.195,80 EUR (7 Positionen)
Erstellt: Stadtkasse, Sachgebiet Zahlungsverkehr, {P("S. Doğan")}"""
    return "word", "csv_ruecklastschriften", text, []


@doc
def d05():
    iban = de_iban().lower()
    text = f"""Von: {P("tobi ehlers")} <{E("tobi.ehlers92@gmx.de")}>
An: {N("steueramt@grevenmoor.de")}
Betreff: hund anmelden

hallo zusammen,

wir haben seit samstag einen hund aus dem tierheim (mischling, hündin, heißt frieda, ca. 3 jahre alt). wollte den hiermit anmelden, hab das formular auf der seite nicht gefunden.
halter bin ich, {P("tobias ehlers")}, geb {DOB("14.3.92")}, wohne im {A("kolonistenweg 5")} in {A("27794 grevenmoor")}. meine freundin {P("lena marquardt")} wohnt auch hier, aber der hund läuft auf mich.

die steuer könnt ihr abbuchen: {IB(group(iban, 4))} (volksbank). mandat unterschreib ich wenn ihr mir das schickt.
falls noch was fehlt einfach anrufen {T("0151 2290 4417")} oder whatsapp.

lg {P("tobi")}

ps: brauch ich für frieda eine neue steuermarke oder gilt die vom vorbesitzer?"""
    return "outlook", "hundesteuer_anmeldung", text, []


@doc
def d06():
    k = kz(25)
    kvn = kv_nr()
    text = f"""Stadt Grevenmoor · Der Bürgermeister · Steueramt – Hundesteuer
Rathausmarkt 2 · 27794 Grevenmoor

Frau
{P("Hatice Korkmaz")}
{A("Hermann-Löns-Weg 4")}
{A("27794 Grevenmoor")}

Kassenzeichen: {AZ(k)}
Bearbeitung: {P("Imke Oltmanns")}, Zimmer 112
Durchwahl: {T("04765 4109-236")}
Datum: 02.03.2026

Hundesteuer – Steuerbefreiung für Ihren Blindenführhund „Paşa“

Sehr geehrte Frau {P("Korkmaz")},

auf Ihren Antrag vom 18.02.2026, den Ihr Sohn Herr {P("Emre Korkmaz")} für Sie eingereicht hat, befreie ich Ihren Hund nach § 6 Abs. 1 Nr. 2 der Hundesteuersatzung der Stadt Grevenmoor ab dem 01.03.2026 von der Hundesteuer.

Sie haben nachgewiesen, dass Sie blind sind (Schwerbehindertenausweis mit dem Merkzeichen „Bl“, Grad der Behinderung 100) und dass der Hund als Blindenführhund ausgebildet ist (Gespannprüfung vom 09.01.2026). Die Kosten des Hundes hat Ihre Krankenkasse als Hilfsmittel übernommen (Bewilligung vom 28.11.2025 zur Versichertennummer {KV(kvn)}). Für Januar und Februar 2026 wird die Steuer anteilig mit 19,00 EUR festgesetzt; den bereits gezahlten Restbetrag von 57,00 EUR erstattet die Stadtkasse auf das bekannte Konto.

Die Befreiung gilt, solange die Voraussetzungen vorliegen. Bitte teilen Sie uns mit, wenn der Hund nicht mehr als Führhund eingesetzt wird. Die Hundesteuermarke behalten Sie.

Auf Wunsch senden wir Ihnen diesen Bescheid auch als barrierefreies PDF per E-Mail; Ihr Sohn hat dafür die Adresse {E("emre.korkmaz@posteo.de")} angegeben.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Stade erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
{P("Imke Oltmanns")}

Telefonzentrale {N(SWITCH)} · {N("hundesteuer@grevenmoor.de")}"""
    return "word", "hundesteuer_befreiung", text, ["HEALTH"]


@doc
def d07():
    k = kz(21)
    text = f"""Stadt Grevenmoor · Stadtkasse
Rathausmarkt 2 · 27794 Grevenmoor · Deutschland

Dhr. {P("J.W. van der Veen")}
{A("Eemsweg 44")}
{A("9981 GB Uithuizen")}
NIEDERLANDE

Kassenzeichen {AZ(k)}
Steuergegenstand: Grundbesitz {A("Zum Sandberg 6")}, {A("27799 Brockhusen")}
Ansprechpartnerin: {P("Sevgi Doğan")}, Tel. {T("+49 4765 4109-251")}
Grevenmoor, 05.03.2026

Mahnung – Grundsteuer B 2026

Sehr geehrter Herr {P("van der Veen")},

für Ihr Ferienhaus in Brockhusen sind die folgenden Beträge fällig geworden, aber bei uns nicht eingegangen:

| Abgabe | fällig am | Betrag |
|---|---|---|
| Grundsteuer B, 1. Quartal 2026 | 15.02.2026 | 143,25 EUR |
| Säumniszuschlag (§ 240 AO) | | 1,00 EUR |
| Mahngebühr | | 5,00 EUR |
| **Gesamt** | | **149,25 EUR** |

Bitte überweisen Sie den Gesamtbetrag bis zum 19.03.2026 unter Angabe des Kassenzeichens. Zahlungen aus dem Ausland: {FOOT_BANK}. Die Zahlung per Lastschrift ist für Konten in den Niederlanden ebenfalls möglich; ein SEPA-Mandat (Gläubiger-ID {N(CITY_CI)}) finden Sie auf www.grevenmoor.de/stadtkasse.

Sollten Sie inzwischen gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos. Wenn Sie nicht zahlen, müssen wir die Forderung vollstrecken lassen; im Ausland geschieht dies über die zuständige Behörde in den Niederlanden (EU-Beitreibungsgesetz), wodurch weitere Kosten entstehen.

Met vriendelijke groet / Mit freundlichen Grüßen
Im Auftrag
{P("Sevgi Doğan")}"""
    return "word", "mahnung_ausland", text, []


@doc
def d08():
    k1, k2 = kz(21), kz(25)
    iban = de_iban()
    text = f"""Von: {P("Sevgi Doğan")}
Gesendet: Dienstag, 3. März 2026 11:20
An: {P("Elif Aksoy")}
Betreff: AW: SEPA Lastschrift für Grundsteuer und Hund

Sehr geehrte Frau {P("Aksoy")},

vielen Dank für Ihre Angaben. Für einen Einzug brauchen wir das Mandat leider mit Unterschrift des Kontoinhabers, also von Herrn {P("Cem Aksoy")} (eine eingescannte Unterschrift genügt). Das Formular habe ich angehängt; Mandatsreferenzen sind bereits eingetragen: {AZ(mandate(k1))} (Grundsteuer) und {AZ(mandate(k2))} (Hundesteuer).

Freundliche Grüße
{P("Sevgi Doğan")}
Stadtkasse Grevenmoor
{N("stadtkasse@grevenmoor.de")} · {N(SWITCH)}

Am 2. März 2026 um 19:48 schrieb {P("Elif Aksoy")} <{E("elif.aksoy@t-online.de")}>:
> Guten Abend,
>
> wir möchten, dass die Grundsteuer (Kassenzeichen {AZ(k1)}) und die Hundesteuer für unseren Hund Lucky ({AZ(k2)}) ab sofort abgebucht werden. Wir haben die Zahlungen zweimal vergessen, das soll nicht mehr passieren.
>
> Konto: {IB(iban)}
> Bank: Sparkasse Wesermoor
> Kontoinhaber: {P("Cem Aksoy")} (mein Mann)
> Anschrift: {A("Wittmoorer Weg 15")}, {A("27794 Grevenmoor")}
>
> Bei Fragen bin ich abends unter {T("0 47 65 / 91 28 04")} zu erreichen, mein Mann unter {T("+49 172 583 0619")}.
>
> Danke und viele Grüße
> {P("Elif Aksoy")}"""
    return "outlook", "sepa_mandat", text, []


@doc
def d09():
    pas = "E" + ids.digits(8, True)
    cnid = cn_id("330302", "19900903", True)
    text = f"""Aktenvermerk – Gewerbeamt

Vorgang: Gewerbeanmeldung (GewA 1) vom 24.02.2026, Az. {AZ("32.1-GA-2026/0219")}
Anwesend: Frau {P("CHEN Xiaoling")} (Antragstellerin), Frau {P("Yiran Wu")} (Begleitung, übersetzt), {P("S. Brüning")} (Gewerbeamt)

1. Identität
Die Antragstellerin legte ihren Reisepass der Volksrepublik China vor, Pass-Nr. {PAS(pas)}, gültig bis 11/2031, sowie die elektronische Aufenthaltserlaubnis nach § 21 AufenthG (selbständige Tätigkeit, Auflage „Erwerbstätigkeit nur als Inhaberin des angemeldeten Betriebs“). Familienname laut Pass: {P("CHEN")}, Vorname: {P("XIAOLING")}; im Formular war die Reihenfolge vertauscht („{P("Chen Xiaoling")}“ als Vorname). Korrigiert auf Familienname {P("Chen")}, Vorname {P("Xiaoling")}. Geburtsdatum {DOB("03.09.1990")}, Geburtsort Wenzhou.
In der beglaubigten Übersetzung des Haushaltsregisterauszugs (Hukou) ist die Bürger-Identitätsnummer {SSN(cnid)} angegeben; sie stimmt mit dem Geburtsdatum überein.

2. Betrieb
Tätigkeit: Einzelhandel mit Tee, Teegeschirr und asiatischen Lebensmitteln; Betriebsbeginn 01.04.2026.
Betriebsstätte: {A("Marktstraße 27")}, {A("27794 Grevenmoor")} (Ladenlokal, früher Schuhhaus).
Wohnung: {A("Am Kanal 3")}, {A("27801 Vellmede")}.
Telefon laut Formular: {T("0160 9473 2218")}; E-Mail: {E("xiaoling.chen.tea@gmail.com")}

3. Weiteres
Frau {P("Chen")} wurde auf die Anzeigepflicht beim Finanzamt (Fragebogen zur steuerlichen Erfassung über ELSTER) und auf die Gewerbesteuer-Vorauszahlungen hingewiesen. Frau {P("Wu")} hilft bei ELSTER. Eine Erlaubnis nach der Gewerbeordnung ist nicht erforderlich; Hinweis auf Lebensmittelüberwachung des Landkreises gegeben.
Weiterleitung der Anmeldung an Finanzamt, IHK, Handwerkskammer (nicht zuständig) und Statistisches Landesamt am 25.02.2026.

Grevenmoor, 25.02.2026
gez. {P("Brüning")}"""
    return "word", "gewerbeanmeldung_vermerk", text, []


@doc
def d10():
    kz1 = kz(29)
    rv = rv_nr("220879", "A", False)
    pa = id_card()
    rp = passport_de(check=True)
    kv = kv_nr()
    tid = steuer_id()
    iban = de_iban()
    text = f"""Von: {P("Ihnken, Malte")} <{E("malte.ihnken@grevenmoor.de")}>
Gesendet: Donnerstag, 26. Februar 2026 14:37
An: {P("Lüdeking, Friederike")} <{E("friederike.luedeking@grevenmoor.de")}>
Betreff: Vermögensauskunft {P("Aydın")} – Ergebnis / Pfändung vorbereiten

Hallo {P("Friederike")},

{P("Kemal Aydın")} hat heute die Vermögensauskunft bei mir abgegeben (Vollstreckungssache {AZ(kz1)}, Rückstand Gewerbesteuer 2024/2025 inkl. Säumniszuschläge 4.862,40 EUR). Die wichtigsten Angaben für dich:

- ausgewiesen mit Personalausweis {IDC(pa)}, ältere Reisepass-Nr. laut Akte {PAS(rp)}
- geb. {DOB("22.08.1979")} in Gaziantep, verheiratet mit {P("Derya Aydın")}, zwei Kinder (minderjährig)
- Wohnung: {A("Fehnstraße 58")}, {A("27794 Grevenmoor")} (Miete, 780 EUR warm)
- Gewerbe (Trockenbau, Einzelunternehmen) laut eigener Angabe seit 31.12.2025 ruhend, Abmeldung folgt
- Arbeitgeber seit 01.02.2026: Nordweg Logistik GmbH, Lagerhalle Industriestraße, netto ca. 2.150 EUR
- Rentenversicherungsnummer: {SSN(rv_spaced(rv))}
- Krankenkasse: AOK Niedersachsen, KV-Nr. {KV(kv)}
- Steuer-ID: {TID(tid)}
- Konto: Sparkasse Wesermoor, {IB(spaced_iban(iban))} (P-Konto laut Schuldner)
- Fahrzeug: VW Caddy, Bj. 2014, amtl. Kennzeichen {KFZ("OHZ-KA 714")}, lt. Schuldner sicherungsübereignet an die Bank
- Handy: {T("0176/20 44 81 93")}

Vorschlag: Lohnpfändung bei Nordweg, Kontopfändung bringt beim P-Konto wohl nichts. Das Fahrzeug würde ich erst prüfen, wenn wir den Sicherungsvertrag haben.

Gruß
{P("Malte")}

Malte Ihnken · Vollziehungsbeamter · Stadtkasse Grevenmoor
Dienst-Handy {T("0160 91 38 55 07")}"""
    # the plain-text name in the signature line is labelled too
    text = text.replace("Malte Ihnken · Vollziehungsbeamter", f"{P('Malte Ihnken')} · Vollziehungsbeamter")
    return "outlook", "vollstreckung_vermoegensauskunft", text, []


def fr_iban():
    bank, guichet, account = ids.digits(5, True), ids.digits(5), ids.digits(11)
    key = 97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(account)) % 97
    assert (89 * int(bank) + 15 * int(guichet) + 3 * int(account) + key) % 97 == 0
    v = mod97_iban("FR", f"{bank}{guichet}{account}{key:02d}")
    assert iban_ok(v) and len(v) == 27
    return v


@doc
def d11():
    text = f"""Protokoll – Jour fixe Wirtschaftsförderung / Gründungsberatung

Datum: 19.02.2026, 09:00–10:35 Uhr, Rathaus, Raum 204
Teilnehmende: {P("Dr. Nadine Quast")} (Leitung), {P("Torben Meinecke")}, {P("Jasper Kruse")} (Protokoll), {P("Onno Brüggemann")} (Steueramt, zu TOP 2), {P("Ilse Wübbena")} (Gründungslotsin der IHK)
Gäste zu TOP 3: {P("Maarten de Graaf")} (Kaasmakerij {P("De Graaf")}, Sneek), {P("Hye-jin Cho")} (Gründerin „Moorbyte“)

TOP 1 Leerstände Innenstadt
Herr {P("Meinecke")} berichtet: Das Ladenlokal {A("Marktstraße 27")} ist ab April an Frau {P("Chen")} vermietet (Teehandel). Für das frühere Reisebüro in der Langen Straße gibt es zwei Interessenten, Besichtigung am 03.03. Das Leerstandskataster weist 11 Ladenlokale aus (Vorjahr 14).

TOP 2 Gewerbesteuer – Entwicklung
Herr {P("Brüggemann")}: Die Zahl der Stundungsanträge ist gestiegen (4. Quartal 2025: 14, 1. Quartal 2026 bis heute: 9). Einzelfälle werden im Jour fixe wegen des Steuergeheimnisses nicht besprochen. Aufkommen 2025: 11,8 Mio. EUR (Plan 12,4 Mio. EUR).

TOP 3 Ansiedlungsanfragen
a) Herr {P("de Graaf")} plant ein Reifelager mit Verkauf im Gewerbegebiet Am Hafen, Fläche ca. 1.800 m². Kontakt: {E("maarten@degraaf-kaas.nl")}, {T("+31 6 2184 7730")}. Frau {P("Dr. Quast")} bittet um Klärung der Förderfähigkeit über die NBank.
b) Frau {P("Cho")} (Moorbyte, IT-Dienstleistungen, bisher Einzelunternehmen) sucht Büroräume ab 60 m² und fragt nach dem Gründungsstipendium. Kontakt: {E("hyejin.cho@moorbyte.de")}, {T("0152 0893 4471")}. Sie wohnt noch in Bremen und will im Sommer nach Grevenmoor ziehen. Frau {P("Wübbena")} bietet einen Termin in der IHK-Sprechstunde an.

Aufgaben
| Nr. | Aufgabe | Verantwortlich | bis |
|---|---|---|---|
| 1 | Exposé Fläche Am Hafen an Herrn {P("de Graaf")} | {P("T. Meinecke")} | 27.02.2026 |
| 2 | Unterlagen Gründungsstipendium an Frau {P("Cho")} | {P("J. Kruse")} | 24.02.2026 |
| 3 | Abstimmung mit der NBank | {P("Dr. N. Quast")} | 06.03.2026 |
| 4 | Leerstandskataster aktualisieren | {P("T. Meinecke")} | 31.03.2026 |

Nächster Termin: 19.03.2026, 09:00 Uhr
Für das Protokoll: {P("Jasper Kruse")}"""
    return "word", "protokoll_wirtschaftsfoerderung", text, []


@doc
def d12():
    nip = pl_nip()
    plib, frib, beib, atib = pl_iban(), fr_iban(), be_iban(), at_iban()
    frv, bev, atv = fr_vat(), be_vat(), at_vat()
    text = f"""Prüfliste Eingangsrechnungen EU-Lieferanten (Steuerschuldnerschaft des Leistungsempfängers, § 13b UStG)
Stand: 06.03.2026 · Kämmerei an Stadtkasse

| Kreditor | Lieferant / Inhaber | Land | USt-IdNr. | IBAN | Rechnung | Betrag | Bemerkung |
|---|---|---|---|---|---|---|---|
| {AZ("700412")} | Usługi Remontowe {P("Tomasz Wiśniewski")} | PL | {VAT("PL" + nip)} | {IB(plib)} | FV/2026/02/117 | 4.280,00 EUR | USt-IdNr. qualifiziert bestätigt (MIAS) |
| {AZ("700433")} | Atelier {P("Camille Laurent")} EI | FR | {VAT(frv)} | {IB(frib)} | F-2026-0031 | 6.915,00 EUR | Restaurierung Brunnenfigur Marktplatz |
| {AZ("700451")} | {P("Pieter Claes")} – Uurwerktechniek | BE | {VAT(bev[:2] + " " + bev[2:6] + "." + bev[6:9] + "." + bev[9:])} | {IB(spaced_iban(beib))} | 2026/008 | 1.120,00 EUR | Wartung Rathausuhr |
| {AZ("700458")} | {P("Lukas Gruber")} Messtechnik e.U. | AT | {VAT(atv)} | {IB(spaced_iban(atib))} | RE-26-0142 | 2.380,50 EUR | Kalibrierung Schallpegelmesser |

Hinweise:
- Herr {P("Wiśniewski")} hat am 04.03. telefonisch ({T("+48 601 284 993")}) angekündigt, dass sich seine Bankverbindung ab April ändert. Neue Bankdaten nur schriftlich mit Unterschrift annehmen (Betrugsmasche!).
- Bei Frau {P("Laurent")} fehlt noch der Hinweis „Autoliquidation“ auf der Rechnung; Rechnung ist trotzdem zahlbar, Steuer wird von uns angemeldet.
- Die Zahlungsanordnungen sind vom Fachamt unterschrieben, Haushaltsstelle 1.1.1.3.01 / Sachkonto 4211000.

{P("B. Ostendorf")}, Kämmerei, App. {T("4109-122")}"""
    return "word", "eu_lieferanten_pruefliste", text, []


@doc
def d13():
    rows = [
        ("Svenja Gerdes", "Lüttje Straße 11", "27794 Grevenmoor", "07.05.1964", "Dackel „Krümel“", "01.02.2026"),
        ("Reza Tavakoli", "Kanalstraße 3-5", "27794 Grevenmoor", "30.01.1983", "Labrador „Simba“", "15.02.2026"),
        ("Hyun-woo Shin", "Zum Sandberg 19", "27799 Brockhusen", "12.11.1991", "Shiba Inu „Dubu“", "01.02.2026"),
        ("Famke Zijlstra", "Heidkamp 4", "27794 Grevenmoor", "28.06.1977", "Mischling „Bolle“", "09.02.2026"),
        ("Gülay Arslan", "Am Moorkanal 21", "27794 Grevenmoor", "03.12.1958", "Malteser „Lokum“", "01.02.2026"),
        ("Heinz-Dieter Ubben", "Dorfstraße 40", "27801 Vellmede", "19.09.1949", "2 Terrier (Zweithund)", "20.02.2026"),
        ("Liu Fang", "Schleusenweg 7", "27794 Grevenmoor", "25.04.1996", "Pudel „Mantou“", "01.03.2026"),
    ]
    out = []
    for name, street, town, born, dog, start in rows:
        out.append(f"| {AZ(kz(25))} | {P(name)} | {A(street)}, {A(town)} | {DOB(born)} | {dog} | {start} |")
    body = "\n".join(out)
    text = f"""Neuanmeldungen Hundesteuer Februar 2026 – Übersicht für die Sollstellung

| Kassenzeichen | Halter/in | Anschrift | geb. | Hund(e) | Beginn |
|---|---|---|---|---|---|
{body}

Anmerkungen:
- Herr {P("Ubben")}: Zweithund wird mit dem erhöhten Satz veranlagt (§ 4 Hundesteuersatzung).
- Frau {P("Arslan")}: Antrag auf Ermäßigung (Grundsicherung) liegt vor, Nachweis fehlt noch.
- Gefährliche Hunde im Sinne des NHundG: keine.

Erstellt: {P("I. Oltmanns")}, 02.03.2026"""
    return "word", "hundesteuer_tabelle", text, []


@doc
def d14():
    k = kz(21)
    text = f"""Von: {P("Dr. Farhad Rahimi")} <{E("f.rahimi@posteo.de")}>
Gesendet: Sonntag, 1. März 2026 21:03
An: {N("grundsteuer@grevenmoor.de")}
Cc: {P("Shirin Rahimi-Mohseni")} <{E("shirin.rm@gmail.com")}>
Betreff: Widerspruch Grundsteuerbescheid 2026 – Kassenzeichen {AZ(k)}

Sehr geehrte Damen und Herren,
sehr geehrte Frau {P("Harms")},

gegen den Grundsteuerbescheid 2026 vom 16.01.2026 für unser Einfamilienhaus {A("Birkenallee 7")}, {A("27794 Grevenmoor")}, lege ich hiermit – auch im Namen meiner Frau {P("Shirin Rahimi-Mohseni")} – Widerspruch ein.

Die Grundsteuer ist von 412,00 EUR auf 1.036,00 EUR gestiegen. Der Lagefaktor nach dem niedersächsischen Flächen-Lage-Modell ist für unser Grundstück nach meiner Auffassung falsch, weil der Bodenrichtwert der Zone die Neubaugrundstücke am Birkenhof einbezieht. Gegen den Grundsteuermessbescheid des Finanzamts Wesermoor (Aktenzeichen {AZ("46-213-2-10887-0")}) haben wir dort bereits Einspruch eingelegt. Mir ist bewusst, dass Einwendungen gegen den Messbetrag nur beim Finanzamt vorgebracht werden können; ich bitte Sie daher, die Vollziehung bis zur Entscheidung auszusetzen.

Der Transparenz halber: Ich bin Mitglied der Ratsfraktion von Bündnis 90/Die Grünen im Rat der Stadt Grevenmoor und habe im Finanzausschuss für eine aufkommensneutrale Senkung des Hebesatzes gestimmt. Mein Widerspruch ist eine private Angelegenheit und soll ganz normal bearbeitet werden.

Mit freundlichen Grüßen
{P("Dr. Farhad Rahimi")}
{A("Birkenallee 7")} | {A("27794 Grevenmoor")}
Tel. {T("04765 917 30 62")}"""
    return "outlook", "grundsteuer_widerspruch", text, ["POLITICS"]


@doc
def d15():
    k = kz(23)
    tr = tr_iban()
    text = f"""Von: {P("Onno Brüggemann")} <{E("o.brueggemann@grevenmoor.de")}>
Gesendet: Freitag, 6. März 2026 09:58
An: {P("Serkan Demirtaş")} <{E("autoservice.demirtas@gmx.de")}>
Betreff: AW: Ratenzahlung Gewerbesteuer {AZ(k)}

Sehr geehrter Herr {P("Demirtaş")},

Ihrem Antrag auf Ratenzahlung kann ich wie folgt entsprechen (Stundungszinsen nach § 238 AO werden erhoben, 0,5 % je Monat):

Rate\tfällig\tBetrag
1\t15.03.2026\t600,00 EUR
2\t15.04.2026\t600,00 EUR
3\t15.05.2026\t600,00 EUR
4\t15.06.2026\t587,20 EUR + Zinsen

Wird eine Rate nicht pünktlich gezahlt, wird der gesamte Restbetrag sofort fällig. Den förmlichen Bescheid erhalten Sie per Post.

Mit freundlichen Grüßen
{P("Onno Brüggemann")}
Steueramt – Gewerbesteuer
Tel. {T("04765 4109-233")}

-----Ursprüngliche Nachricht-----
Von: {P("Serkan Demirtaş")} <{E("autoservice.demirtas@gmx.de")}>
Gesendet: Mittwoch, 4. März 2026 22:41
An: {N("steueramt@grevenmoor.de")}
Betreff: Ratenzahlung Gewerbesteuer {AZ(k)}

Sehr geehrte Damen und Herren

ich habe die Nachzahlung Gewerbesteuer 2024 bekommen, 2.387,20 Euro. Das kann ich nicht auf einmal bezahlen. Ich bitte um Ratenzahlung 600 Euro im Monat.

Zur Erklärung: wir sind eine kurdische Familie aus Adıyaman. Mein Vater und meine Schwester haben bei dem Erdbeben 2023 das Haus verloren und wohnen bis heute im Container. Ich schicke jeden Monat Geld, meistens an meine Schwester {P("Gülşen Demirtaş")} (Konto {IB(tr)}), dafür habe ich Belege. Die Werkstatt läuft gut, aber die Rücklagen sind weg.

Meine Werkstatt: Autoservice {P("Demirtaş")}, {A("Gewerbering 14a")}, {A("27794 Grevenmoor")}
Handy {T("0172 4406 3158")}

Vielen Dank
{P("Serkan Demirtaş")}"""
    return "outlook", "ratenzahlung", text, ["ETHNICITY"]


@doc
def d16():
    k = kz(25)
    cc = card("4", 16)
    mc = card("52", 16)
    text = f"""Von: Stadtkasse Grevenmoor <{N("stadtkasse@grevenmoor.de")}>
Gesendet: Mittwoch, 4. März 2026 08:15
An: {P("Hendrik Tjaden")} <{E("h.tjaden@web.de")}>
Betreff: AW: Zahlung Hundesteuer per Kreditkarte

Sehr geehrter Herr {P("Tjaden")},

vielen Dank für Ihre Nachricht. Bitte senden Sie uns keine Kreditkartendaten per E-Mail – E-Mails sind nicht verschlüsselt. Wir haben Ihre Kartendaten nicht verwendet. Bitte lassen Sie die Karte vorsichtshalber von Ihrer Bank prüfen.

Die Hundesteuer (Kassenzeichen {AZ(k)}, 96,00 EUR) können Sie bequem per Überweisung, per Lastschrift oder an der Kasse im Rathaus mit Girocard oder Kreditkarte bezahlen. Online ist die Zahlung über das Bürgerportal mit PayPal oder giropay möglich.

Mit freundlichen Grüßen
Im Auftrag
{P("Hauke Rickmers")}
Kassenleiter

Am 3. März 2026 um 22:07 schrieb {P("Hendrik Tjaden")} <{E("h.tjaden@web.de")}>:
> Hallo,
> ich will die Hundesteuer für Bruno bezahlen, Überweisung schaff ich grad nicht weil ich auf Montage bin. Bitte von meiner Kreditkarte abbuchen:
> Visa {CC(group(cc, 4))}, gültig bis 09/28, Karteninhaber {P("Hendrik Tjaden")}.
> Falls die nicht geht, nehmt die Mastercard von meiner Frau {P("Anja")}: {CC(mc)}, 11/27.
> Adresse: {A("Deichweg 12")}, {A("27799 Brockhusen")}
> Gruß {P("H. Tjaden")}
> --
> Von meinem iPhone gesendet"""
    return "outlook", "kartenzahlung", text, []


@doc
def d17():
    rows = [
        ("08.01.2026", [("Kaya, Deniz",), ("Kaya, Selin",)], "Lange Straße 9", "27794 Grevenmoor", "Café (GbR)", "Umzug nach Bremen"),
        ("12.01.2026", [("de Boer, Wouter",)], "Hafenstraße 2", "27794 Grevenmoor", "Fahrradverleih", "Betriebsaufgabe"),
        ("15.01.2026", [("Kang, Min-seo",)], "Marktstraße 11", "27794 Grevenmoor", "Nagelstudio", "Verlegung nach Vellmede"),
        ("20.01.2026", [("Ahmadi, Nasrin",)], "Am Moorkanal 30", "27794 Grevenmoor", "Kosmetikstudio", "Betriebsaufgabe"),
        ("22.01.2026", [("Wessels, Jan-Hendrik",)], "Dorfstraße 27", "27799 Brockhusen", "Lohnunternehmen", "Ruhestand"),
        ("27.01.2026", [("Tan, Jiahui",)], "Bahnhofstraße 19", "27794 Grevenmoor", "Imbiss", "Umwandlung in GmbH"),
        ("30.01.2026", [("Yavuz, Orhan",)], "Gewerbering 3", "27794 Grevenmoor", "Kfz-Handel", "Insolvenzverfahren"),
    ]
    out = []
    for date, names, street, town, what, why in rows:
        who = " und ".join(P(n[0]) for n in names)
        out.append(f"{date}\t{who}\t{A(street)}, {A(town)}\t{what}\t{why}")
    body = "\n".join(out)
    text = f"""Gewerbeabmeldungen Januar 2026 – Auszug für die Wirtschaftsförderung (Leerstandsbeobachtung)
Nur für den Dienstgebrauch. Weitergabe nach § 14 Abs. 8 GewO.

Abmeldung\tInhaber/in\tBetriebsstätte\tTätigkeit\tGrund
{body}

Bemerkung Gewerbeamt ({P("S. Brüning")}): Bei {P("Tan")} wird die Tätigkeit von der neu gegründeten GmbH fortgeführt, das Ladenlokal bleibt belegt. Frau {P("Kang")} hat in Vellmede neu angemeldet. Für Hafenstraße und Lange Straße bitte Kontakt mit den Eigentümern aufnehmen."""
    return "word", "gewerbeabmeldungen_liste", text, []


@doc
def d18():
    k = kz(23)
    text = f"""Von: {P("Lars Hinrichs")} <{E("hinrichs@stb-buenting.de")}>
An: {P("Brüggemann, Onno")} <{E("o.brueggemann@grevenmoor.de")}>
Betreff: kurze frage mandantin kim

moin herr {P("brüggemann")},

kurze frage zu unserer mandantin frau {P("kim soo-ah")} (nagelstudio „nailart moor“, {A("fehnstraße 3")}): die vorauszahlungen 2026 stehen bei ihnen noch nach dem alten messbetrag (kassenzeichen {AZ(k)}). das finanzamt hat den messbetrag für vorauszahlungen aber am 23.02. auf 0 herabgesetzt, st-nr {TNR("46/215/11093")}.
können sie das von amts wegen anpassen oder brauchen sie von uns einen antrag? frau {P("kim")} hat die rate zum 15.02. schon gezahlt, die wäre dann zu erstatten (konto wie bisher).

danke und gruß
{P("lars hinrichs")}
steuerbüro {P("bünting")}
lohn & fibu
{T("04765 93610-14")}"""
    return "outlook", "steuerberater_kurzanfrage", text, []


@doc
def d19():
    k = kz(23)
    iban = de_iban()
    text = f"""Telefonvermerk – Stadtkasse

Datum/Uhrzeit: 04.03.2026, 10:40 Uhr
Anruferin: Frau {P("Yufei Li")} (Tochter des Schuldners), Rückruf unter {T("0151 6620 3815")}
Vorgang: 1. Mahnung Gewerbesteuer, Kassenzeichen {AZ(k)}
Schuldner: Herr {P("Qiang Li")}, Restaurant „Jade-Garten“, {A("Lange Straße 63")}, {A("27794 Grevenmoor")}

Frau {P("Li")} ruft an, weil ihr Vater wenig Deutsch spricht. Die Vorauszahlung zum 15.02. sei nicht abgebucht worden, weil er die Bank gewechselt habe. Neues Konto: {IB(iban)}, Kontoinhaber {P("Qiang Li")}. Ein neues SEPA-Mandat schickt sie diese Woche unterschrieben zurück.

Außerdem fragt sie im Auftrag der Vermieterin des Restaurants, Frau {P("Gesine Winter")}, ob die Grundsteuer für das Gebäude {A("Lange Straße 63")} schon erhöht wurde; Frau {P("Winter")} wolle die Nebenkosten abrechnen. Ich habe erklärt, dass wir über die Grundsteuer der Eigentümerin gegenüber Dritten keine Auskunft geben (Steuergeheimnis, § 30 AO); Frau {P("Winter")} kann sich selbst an das Steueramt wenden.

Vereinbarung: Die Mahngebühr bleibt, Säumniszuschläge werden bei Zahlung bis 15.03.2026 nicht erhoben (erstmaliger Verzug). Wiedervorlage 16.03.2026.

Frau {P("Li")} bittet, künftige Schreiben auch per E-Mail an {E("yufei.li.hb@gmail.com")} zu schicken. Eine Vollmacht von Herrn {P("Li")} liegt nicht vor – Vollmachtsvordruck per Post an den Schuldner geschickt.

{P("S. Doğan")}"""
    return "word", "telefonvermerk", text, []


@doc
def d20():
    nib = nl_iban("RABO")
    nv = nl_vat_new()
    text = f"""Betreff: WG: Factuur 2026-014 / Rechnung Bepflanzung Gründermesse

Hallo Frau {P("Doğan")},

anbei die Mail von Herrn {P("Bakker")}. Die Rechnung ist sachlich richtig, ich habe sie am 12.02. mit Kontierung an die Kasse gegeben. Können Sie schauen, warum sie noch offen ist? Kreditor müsste {AZ("700466")} sein.

Viele Grüße
{P("Torben Meinecke")}
Wirtschaftsförderung Stadt Grevenmoor
Tel. {T("04765 4109-310")}

Van: {P("Sander Bakker")} <{E("sander@hoveniersbedrijf-bakker.nl")}>
Verzonden: maandag 2 maart 2026 15:22
Aan: {P("Meinecke, Torben")} <{E("t.meinecke@grevenmoor.de")}>
Onderwerp: Factuur 2026-014 / Rechnung Bepflanzung Gründermesse

Guten Tag Herr {P("Meinecke")},

leider ist unsere Rechnung 2026-014 vom 30.01.2026 über 2.940,00 EUR (netto, BTW verlegd / Reverse Charge) noch nicht bezahlt. Bitte überweisen Sie auf unser Konto:

Rekeninghouder: {P("S. Bakker")} h.o.d.n. Hoveniersbedrijf {P("Bakker")}
IBAN: {IB(spaced_iban(nib))}
BIC: RABONL2U
BTW-nummer: {VAT(nv)}

Falls etwas fehlt, rufen Sie mich bitte an: {T("+31 6 4172 0938")}.

Met vriendelijke groet,
{P("Sander Bakker")}
Hoveniersbedrijf {P("Bakker")}
{A("Nieuweweg 18")}
{A("9671 CE Winschoten")}
Nederland"""
    return "outlook", "eu_lieferant_nl", text, []


@doc
def d21():
    ks = [kz(25), kz(21), kz(29)]
    text = f"""Stadt Grevenmoor · Der Bürgermeister · Stadtkasse – Vollstreckungsstelle
Rathausmarkt 2 · 27794 Grevenmoor

Herrn
{P("Dennis Wübben")}
{A("Achterstraße 9")}
{A("27801 Vellmede")}

Vollstreckungsnummer: {AZ("V-2026-00418")}
Vollstreckungsschuldner: {P("Dennis Wübben")}, geb. {DOB("03.11.1985")}
Sachbearbeitung: {P("Friederike Lüdeking")}, Telefon {T("04765 4109-256")}
Datum: 06.03.2026

Ankündigung von Vollstreckungsmaßnahmen

Sehr geehrter Herr {P("Wübben")},

trotz Mahnung haben Sie folgende Beträge nicht gezahlt:

Kassenzeichen\tAbgabe\tZeitraum\tBetrag
{AZ(ks[0])}\tHundesteuer\t2025\t192,00 EUR
{AZ(ks[1])}\tGrundsteuer B\t3./4. Quartal 2025\t286,50 EUR
{AZ(ks[2])}\tAbfallgebühren\t2025\t231,40 EUR
\tSäumniszuschläge und Mahngebühren\t\t38,00 EUR
\tGesamt\t\t747,90 EUR

Wenn der Gesamtbetrag nicht bis zum 20.03.2026 auf dem Konto der Stadtkasse eingegangen ist, werde ich ohne weitere Ankündigung die Vollstreckung nach dem Niedersächsischen Verwaltungsvollstreckungsgesetz einleiten. In Betracht kommen insbesondere die Pfändung Ihres Arbeitseinkommens und Ihrer Bankkonten sowie die Pfändung beweglicher Sachen durch den Vollziehungsbeamten. Nach unseren Unterlagen ist auf Sie der Pkw mit dem amtlichen Kennzeichen {KFZ("CUX-DW 385")} zugelassen; auch dieser kann gepfändet und mit einer Parkkralle gesichert werden.

Wenn Sie den Betrag nicht auf einmal zahlen können, melden Sie sich bitte umgehend bei mir. Eine Ratenzahlung ist nur möglich, wenn Sie Ihre Einkommensverhältnisse darlegen.

{FOOT_BANK}
Verwendungszweck: {AZ("V-2026-00418")}

Mit freundlichen Grüßen
Im Auftrag
{P("Friederike Lüdeking")}"""
    return "word", "vollstreckungsankuendigung", text, []


@doc
def d22():
    k = kz(21)
    iban = de_iban()
    text = f"""Von: {P("Anneke de Vries-Hoekstra")} <{E("anneke.devries@ziggo.nl")}>
Gesendet: Donnerstag, 26. Februar 2026 17:30
An: {N("grundsteuer@grevenmoor.de")}
Betreff: Grundsteuer Haus meiner verstorbenen Mutter, Kassenzeichen {AZ(k)}

Sehr geehrte Damen und Herren,

meine Mutter, {P("Hiltrud Hoekstra")} geb. {P("Meinders")}, geboren am {DOB("4. Juli 1938")}, ist am 11. Januar 2026 in Vellmede verstorben. Sie war Eigentümerin des Hauses {A("Vellmeder Straße 14")}, {A("27801 Vellmede")}.

Erben sind laut Erbschein des Amtsgerichts Wesermoor vom 17.02.2026 mein Bruder {P("Pieter Hoekstra")} und ich je zur Hälfte. Bis zum Verkauf des Hauses sollen alle Bescheide bitte an mich gehen:

{P("Anneke de Vries-Hoekstra")}
{A("Heisfelder Straße 88")}
{A("26789 Leer")}

Die Anschrift meines Bruders: {A("Oosterstraat 61a")}, {A("9711 NV Groningen")} (Niederlande).

Die Grundsteuer wurde bisher vom Konto meiner Mutter abgebucht ({IB(spaced_iban(iban))}). Dieses Konto wird zum 31.03. aufgelöst. Bitte teilen Sie mir mit, wie wir künftig zahlen sollen – am liebsten per Überweisung, da ich in Leer wohne und mein Bruder in Groningen.

Eine Kopie des Erbscheins und der Sterbeurkunde hänge ich an. Telefonisch bin ich unter {T("0491 9873 3021")} oder mobil {T("+31 6 1833 4409")} erreichbar.

Mit freundlichen Grüßen
{P("Anneke de Vries-Hoekstra")}"""
    return "outlook", "erbengemeinschaft_grundsteuer", text, []


@doc
def d23():
    k = kz(23)
    text = f"""Vermerk

An: Herrn Fachbereichsleiter {P("Dr. Levent Aras")}
Von: Steueramt, {P("O. Brüggemann")}
Datum: 05.03.2026
Betreff: Antrag auf Erlass von Säumniszuschlägen (§ 227 AO) – Bäckerei-Café {P("Lee")}, Inhaberin Frau {P("Seo-yeon Lee")}
Kassenzeichen {AZ(k)} · Steuernummer {TNR("46/214/30517")}

1. Sachverhalt
Frau {P("Lee")} betreibt seit 2021 das Bäckerei-Café in der {A("Marktstraße 31")}. Die Gewerbesteuer-Vorauszahlungen zum 15.11.2025 und 15.02.2026 (je 905,00 EUR) wurden erst am 27.02.2026 gezahlt; dadurch sind Säumniszuschläge von 63,00 EUR entstanden. Außerdem bittet sie um Erlass der Mahngebühren.

Zur Begründung trägt sie vor, sie habe wegen einer Risikoschwangerschaft von Anfang Dezember bis Mitte Januar stationär im Krankenhaus gelegen (Bescheinigung des Klinikums liegt vor); die Buchhaltung mache sonst sie selbst. Ihr Ehemann, Herr {P("Min-jun Han")}, habe das Geschäft in dieser Zeit allein weitergeführt, aber keinen Zugriff auf das Geschäftskonto gehabt.

2. Bewertung
Säumniszuschläge sind ein Druckmittel; ihr Zweck entfällt, wenn der Steuerpflichtige unverschuldet an der pünktlichen Zahlung gehindert war (plötzliche schwere Erkrankung, vgl. AEAO zu § 240 Nr. 5). Frau {P("Lee")} war bisher immer pünktlich (Zahlungsverhalten seit 2021 ohne Rückstand). Die Erkrankung ist belegt; die Zahlung erfolgte wenige Wochen nach der Entlassung, noch während des Mutterschutzes.

3. Vorschlag
Erlass der Säumniszuschläge in voller Höhe (63,00 EUR) aus persönlichen Billigkeitsgründen; Mahngebühren (10,00 EUR) bleiben bestehen. Um Zustimmung wird gebeten (Zuständigkeit FBL bis 500 EUR).

{P("Onno Brüggemann")}

Zugestimmt: __________ {P("Dr. L. Aras")}"""
    return "word", "vermerk_erlass", text, ["HEALTH"]


@doc
def d24():
    text = f"""Betreff: WG: Grundsteuer für unseren Gebetsraum – Befreiung möglich?

{P("Wiebke")}, kannst du das beantworten? Ich glaube, § 3 GrStG greift nur für öffentlich-rechtliche Religionsgemeinschaften, bei e. V. müsste man über Nr. 3 (gemeinnützig) gehen, und das entscheidet das Finanzamt. Die Wohnung ist ohnehin nicht befreit. – {P("Onno")}

-----Ursprüngliche Nachricht-----
Von: {P("Yusuf Karakaya")} <{E("y.karakaya@islamische-gemeinde-grevenmoor.de")}>
Gesendet: Dienstag, 24. Februar 2026 19:12
An: {N("steueramt@grevenmoor.de")}
Betreff: Grundsteuer für unseren Gebetsraum – Befreiung möglich?

Sehr geehrte Damen und Herren,

ich bin seit Januar 1. Vorsitzender der Islamischen Gemeinde Grevenmoor e.V. Unser Verein hat im letzten Jahr das ehemalige Lagergebäude im Gewerbegebiet Am Hafen gekauft und zu einem Gebetsraum mit Unterrichtsraum für die Koranschule umgebaut. Jetzt haben wir den ersten Grundsteuerbescheid bekommen (1.480 EUR im Jahr).

Wir beten dort täglich, am Freitag kommen etwa 150 Personen. Ist das Gebäude nicht von der Grundsteuer befreit, wie eine Kirche? Im Obergeschoss wohnt unser Imam, Herr {P("Abdullah Kılıç")}, mit seiner Familie in einer kleinen Wohnung.

Die Post für den Verein bitte an mich: {P("Yusuf Karakaya")}, {A("Torfstich 14")}, {A("27794 Grevenmoor")}. Tagsüber bin ich schlecht erreichbar (Schichtdienst), am besten abends unter {T("0157 7281 4460")}. Unser 2. Vorsitzender Herr {P("Hamza Şimşek")} ({T("0162 1093 5527")}) und unser Kassenwart Herr {P("Ömer Bayraktar")} können auch Auskunft geben.

Mit freundlichen Grüßen und vielen Dank
{P("Yusuf Karakaya")}
1. Vorsitzender"""
    return "outlook", "grundsteuer_befreiung_religion", text, ["RELIGION"]


@doc
def d25():
    pa = id_card(check=True)
    text = f"""Von: Bürgerportal Grevenmoor <{N("noreply-portal@grevenmoor.de")}>
An: {N("gewerbe@grevenmoor.de")}
Betreff: Neuer Antrag: Gewerbeanmeldung (GewA 1) – Vorgangsnummer {AZ("GA-2026-003817")}

Es ist ein neuer Online-Antrag eingegangen.

Vorgangsnummer: {AZ("GA-2026-003817")}
Eingang: 27.02.2026 23:48
Leistung: Gewerbeanmeldung

[Angaben zur Person]
Familienname: {P("Mohammadi")}
Vorname(n): {P("Reza Ali")}
Geschlecht: männlich
Geburtsdatum: {DOB("1988-11-30")}
Geburtsort: Schiras (Iran)
Staatsangehörigkeit: deutsch
Identitätsnachweis: Personalausweis, Nr. {IDC(pa)}
Anschrift der Wohnung: {A("Wittmoorer Weg 88")}, {A("27794 Grevenmoor")}
Telefon: {T("+4915209817734")}
E-Mail: {E("rezaali.mohammadi@outlook.de")}

[Angaben zum Betrieb]
Rechtsform: Einzelunternehmen
Betriebsstätte: {A("Hafenstraße 5a")}, {A("27794 Grevenmoor")}
Angemeldete Tätigkeit: Handel mit Teppichen und Heimtextilien, Teppichwäsche und -reparatur
Beginn: 01.04.2026
Anzahl Beschäftigte: 1 Vollzeit, 2 Teilzeit
Erlaubnis/Handwerkskarte: nicht erforderlich

[Zahlung]
Gebühr: 26,00 EUR, bezahlt per giropay

--
Diese Nachricht wurde automatisch erstellt. Antworten Sie nicht auf diese E-Mail.

Notiz Gewerbeamt ({P("S. Brüning")}, 02.03.): Ausweisnummer stimmt mit der hochgeladenen Kopie überein. Betriebsstätte liegt im Gewerbegebiet, Nutzung als Lager/Verkauf lt. Bauakte zulässig. Weiterleitung an FA/IHK erledigt. Herrn {P("Mohammadi")} wegen Teppichwäsche (Abwasser) an den Abwasserbetrieb verwiesen."""
    return "outlook", "gewerbeanmeldung_portal", text, []


@doc
def d26():
    k1, k2 = kz(21), kz(25)
    text = f"""Von: {P("Sven Abels")} <{E("sven.abels@freenet.de")}>
Gesendet: Freitag, 27. Februar 2026 06:55
An: {N("stadtkasse@grevenmoor.de")}
Betreff: Ratenzahlung Grundsteuer + Hundesteuer

Moin,

ich hab die Mahnung für die Grundsteuer ({AZ(k1)}) und die Hundesteuer ({AZ(k2)}) bekommen, zusammen 412 Euro. Ich kann das gerade nicht auf einmal zahlen: Wir sind seit drei Wochen im Streik bei Weser-Kunststofftechnik, ich bekomme nur Streikgeld von der IG Metall und das ist deutlich weniger als der Lohn. Sobald der Tarifvertrag steht, zahl ich alles.

Geht eine Ratenzahlung mit 100 Euro im Monat ab April? Abbuchen geht vom selben Konto wie immer.

Falls Sie eine Bescheinigung brauchen, kann Ihnen meine Vertrauensfrau bei der IG Metall das bestätigen, oder ich schick Ihnen die Streikgeldabrechnung.

Gruß
{P("Sven Abels")}
{A("Fehnstraße 73")}
{A("27794 Grevenmoor")}
{T("0171 / 38 29 064")}

PS: Die Post geht auch an meine Frau {P("Nicole Abels")}, das Haus gehört uns beiden."""
    return "outlook", "ratenzahlung_streik", text, ["UNION"]


@doc
def d27():
    rrn_v = rrn("870412", "1")
    tc = tckn()
    bs = bsn()
    ir = ir_code()
    kpass = "M" + ids.digits(8, True)
    nlid = "".join(rng.choice("ABCDEFGHIJKLMNPRSTUVWXYZ") for _ in range(2)) + "".join(
        rng.choice("ABCDEFGHIJKLMNPRSTUVWXYZ0123456789") for _ in range(6)) + str(rng.randint(0, 9))
    text = f"""Von: {P("Brüning, Swantje")} <{E("s.bruening@grevenmoor.de")}>
Gesendet: Montag, 2. März 2026 13:05
An: {P("Frerichs, Jonas")} <{E("j.frerichs@grevenmoor.de")}>
Betreff: Zuverlässigkeitsprüfung „Street Kitchen Grevenmoor GbR“ – ausländische Nachweise

Hallo {P("Jonas")},

für die Gaststättenanzeige der Street Kitchen GbR ({A("Hafenstraße 2")}, ehemals Fahrradverleih) liegen jetzt alle Nachweise vor. Da drei Gesellschafter längere Zeit im Ausland gelebt haben, reichen die deutschen Führungszeugnisse nicht; sie haben Nachweise aus den Herkunftsstaaten mit beglaubigter Übersetzung eingereicht:

1. {P("Min-ho Jung")}, geb. {DOB("12.04.1987")} in Busan
   Criminal Record Certificate der Korean National Police Agency vom 05.01.2026, keine Eintragungen.
   Resident Registration No. laut Nachweis: {SSN(rrn_v)}; Reisepass Republik Korea Nr. {PAS(kpass)}

2. {P("Mehmet Can Ekinci")}, geb. {DOB("05.10.1992")} in Mersin
   Adli Sicil Kaydı (e-Devlet) vom 14.01.2026, „Adli sicil kaydı yoktur“.
   T.C. Kimlik No: {SSN(tc)}

3. {P("Daan Mulder")}, geb. {DOB("21.02.1990")} in Zwolle
   Verklaring Omtrent het Gedrag vom 20.01.2026 (Justis), Uittreksel BRP mit BSN {SSN(group(bs, 3, "."))}; Identiteitskaart Nr. {IDC(nlid)}

4. {P("Mina Ghorbani")}, geb. {DOB("08.08.1995")} in Täbris (stille Gesellschafterin, nicht in der Küche tätig)
   Nur iranischer Nachweis; Kod-e Melli laut Übersetzung {SSN(f"{ir[:3]}-{ir[3:9]}-{ir[9]}")}. Deutsches Führungszeugnis (Belegart O) ist beantragt.

Anschriften der Gesellschafter stehen im Gesellschaftsvertrag (Anlage), Ansprechpartner für die GbR ist Herr {P("Ekinci")}, {T("0176 5520 8193")}, {E("hallo@streetkitchen-grevenmoor.de")}.

Aus meiner Sicht bestehen keine Bedenken. Kannst du die Abfrage beim Gewerbezentralregister noch anstoßen?

Danke und Gruß
{P("Swantje")}"""
    return "outlook", "zuverlaessigkeit_auslandsnachweise", text, []


@doc
def d28():
    rows = [
        ("Yılmaz, Hakan", "1974-02-11", "1.846,20", "2", f"Kontenabruf beantragt; Pkw {KFZ('ROW-HY 310E')} zugelassen"),
        ("Jansen, Wilma", "1951-07-30", "212,00", "1", "Rentnerin, Ratenplan prüfen"),
        ("Rostami, Kaveh", "1986-12-03", "3.390,75", "3", f"Gewerbe abgemeldet 2025, Transporter {KFZ('STD KR 86')}"),
        ("Oh, Ji-eun", "1993-05-17", "96,00", "1", ""),
        ("Müller-Ostermann, Petra", "1968-09-09", "587,40", "2", "Zustellung fehlgeschlagen, EMA-Anfrage"),
        ("Zhou, Bin", "1980-01-24", "1.214,00", "2", "Insolvenzantrag? Amtsgericht prüfen"),
    ]
    out = []
    for name, born, amount, level, note in rows:
        out.append(f'"{AZ(kz(rng.choice([21, 23, 25, 29])))}","{P(name)}","{DOB(born)}","{TID(steuer_id())}",'
                   f'"{amount}","{level}","{note}"')
    body = "\n".join(out)
    text = f"""OP-Liste Vollstreckung, Stand 05.03.2026 – Vorbereitung Kontenabrufersuchen (§ 93 Abs. 8 AO)
Quelle: Finanzverfahren, Export „Offene Posten > 90 Tage, Mahnstufe ≥ 1, natürliche Personen“

"Kassenzeichen","Schuldner","Geburtsdatum","Steuer-IdNr","Forderung EUR","Mahnstufe","Bemerkung"
{body}

Bitte bei Fällen mit Mahnstufe 1 erst Vollstreckungsankündigung schicken. Kontenabruf nur bei Forderungen über 500 EUR (interne Dienstanweisung Nr. 12). – {P("F. Lüdeking")}"""
    return "word", "csv_offene_posten", text, []


@doc
def d29():
    k = kz(23)
    atib = at_iban()
    atv = at_vat()
    text = f"""Von: {P("Haoran Xu")} <{E("haoran.xu@nudelbar-xu.de")}>
Gesendet: Samstag, 28. Februar 2026 12:04
An: {N("stadtkasse@grevenmoor.de")}; {N("steueramt@grevenmoor.de")}
Betreff: Geschäftsaufgabe Nudelbar {P("Xu")} – Erstattung Gewerbesteuer, neue Adresse

Sehr geehrte Damen und Herren,

ich habe meine Nudelbar in der {A("Marktstraße 5")} zum 31.01.2026 aufgegeben (Gewerbeabmeldung ist erfolgt) und bin nach Wien gezogen, wo ich mit einem Freund ein neues Lokal eröffne.

Laut Steuerberater ergibt sich für 2025 eine Erstattung bei der Gewerbesteuer (Kassenzeichen {AZ(k)}, Steuernummer {TNR("46/213/27706")}). Mein deutsches Konto ist bereits aufgelöst. Bitte überweisen Sie Erstattungen auf mein österreichisches Konto:

Kontoinhaber: {P("Haoran Xu")}
IBAN: {IB(atib)}
Bank: Erste Bank der oesterreichischen Sparkassen

Neue Anschrift:
{A("Mariahilfer Straße 121/14")}
{A("1060 Wien")}
Österreich

Für mein neues Einzelunternehmen in Wien habe ich die UID {VAT(atv)}, falls Sie das für Ihre Unterlagen brauchen.

Telefon: {T("+43 660 418 2297")}

Vielen Dank für die gute Zusammenarbeit in den letzten sechs Jahren!

Mit freundlichen Grüßen
{P("Haoran Xu")} ({P("许浩然")})"""
    return "outlook", "erstattung_auslandskonto", text, []


@doc
def d30():
    text = f"""Hundebestandsaufnahme 2026 – Tagesprotokoll
Bezirk 4 (Ortsteil Brockhusen), Begehung am 03.03.2026, 09:00–15:30 Uhr
Erhebungsbeauftragte: {P("Kerstin Lübben")} (Ausweis Nr. 4 der Stadt Grevenmoor)

- {A("Deichweg 2")}: Frau {P("Grete Ahlers")}, 1 Hund (Rauhaardackel), angemeldet, Marke gesehen.
- {A("Deichweg 4")}: niemand angetroffen, Hinweisblatt eingeworfen.
- {A("Deichweg 7")}: Herr {P("Bülent Güneş")}, 2 Hunde (Kangal-Mischling, Beagle), nur der Beagle angemeldet. Anmeldeformular für den Zweithund ausgehändigt. Rückfragen unter {T("0162 8830 1146")}.
- {A("Deichweg 12")}: Herr {P("Tjaden")}, Hund „Bruno“ angemeldet; Herr {P("Tjaden")} ist unter der Woche auf Montage, Auskunft durch Nachbarin Frau {P("Irmgard Poppen")} ({A("Deichweg 14")}).
- {A("Im Brook 9")}: Frau {P("Marleen van Dijk")}: Hund im Dezember 2025 eingeschläfert, Abmeldung fehlt → Formular dagelassen, Nachweis Tierarzt folgt.
- {A("Im Brook 11")}: Eheleute {P("Janßen")}, keine Hunde.
- {A("Zum Sandberg 6")}: Ferienhaus ({P("van der Veen")}), unbewohnt.
- {A("Zum Sandberg 19")}: Herr {P("Shin")}, Shiba Inu, angemeldet seit 02/2026.
- Am Deich (Höhe Schöpfwerk): zwei freilaufende Hunde ohne Halter gesehen, Meldung an Ordnungsamt.

Ergebnis: 14 Haushalte aufgesucht, 9 angetroffen, 2 nicht angemeldete Hunde festgestellt.
Die Fälle {P("Güneş")} und {P("van Dijk")} gehen an {P("I. Oltmanns")} zur Veranlagung.

{P("K. Lübben")}"""
    return "word", "hundebestandsaufnahme", text, []


# ---------------------------------------------------------------------------------------------------------------

def main():
    lines = []
    for i, fn in enumerate(DOCS, 1):
        channel, template, marked, flags = fn()
        lines.append(build(f"F84-{i:03d}", channel, template, marked, sorted(flags)))
    assert len(lines) == 30, len(lines)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for line in lines:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
