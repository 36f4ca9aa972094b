#!/usr/bin/env python3
"""Batch 93 (seed 9393): invented correspondence of the Stadt Altenbrück an der Ruhr (Sozialamt: Hilfe zur Pflege,
Grundsicherung im Alter, Bestattungskosten § 74 SGB XII; Betreuungsstelle; Seniorenbüro). Deterministic: only
random.Random(9393) and Identifiers(9393). Writes fresh93.jsonl beside this file."""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # marks.py and identifiers.py sit beside this file
from marks import build  # noqa: E402
from identifiers import (Identifiers, mod97_iban, mod11_10_check, luhn_check, icao_check,  # noqa: E402
                         digit_sum, group)

SEED = 9393
R = random.Random(SEED)
I = Identifiers(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

# ----------------------------------------------------------------------------------------------------------------
# validators (asserted for every identifier written)

def valid_iban(v):
    s = v.replace(" ", "")
    d = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(d) % 97 == 1


def valid_tax_id(v):
    s = v.replace(" ", "").replace("/", "")
    if len(s) != 11 or s[0] == "0":
        return False
    counts = [s[:10].count(d) for d in "0123456789"]
    if max(counts) > 3 or sum(1 for c in counts if c >= 2) != 1:
        return False
    return mod11_10_check(s[:10]) == int(s[10])


def valid_vat(v):
    s = v.replace(" ", "")
    return s[:2] == "DE" and len(s) == 11 and mod11_10_check(s[2:10]) == int(s[10])


def valid_rvnr(v):
    s = v.replace(" ", "")
    code = ord(s[8]) - ord("A") + 1
    vals = [int(c) for c in s[:8]] + [code // 10, code % 10] + [int(c) for c in s[9:11]]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum(digit_sum(a * b) for a, b in zip(vals, w)) % 10 == int(s[11])


def valid_kvnr(v):
    s = v.replace(" ", "")
    code = ord(s[0]) - ord("A") + 1
    vals = [code // 10, code % 10] + [int(c) for c in s[1:9]]
    return sum(digit_sum(x * (1 if i % 2 == 0 else 2)) for i, x in enumerate(vals)) % 10 == int(s[9])


def valid_luhn(v):
    s = "".join(c for c in v if c.isdigit())
    return luhn_check(s[:-1]) == int(s[-1])


def valid_icao(v):
    return icao_check(v[:9]) == int(v[9])


# non-German identifiers --------------------------------------------------------------------------------------------
PESEL_W = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]


def pesel(y, m, d, female):
    """Polish PESEL: YYMMDD (month +20 for 2000s), 3 serial digits, sex digit (even = female), check digit:
    weights 1,3,7,9,1,3,7,9,1,3; check = (10 - sum mod 10) mod 10."""
    mm = m + (20 if y >= 2000 else 0)
    serial = I.digits(3)
    sex = R.choice("02468" if female else "13579")
    body = f"{y % 100:02d}{mm:02d}{d:02d}{serial}{sex}"
    check = (10 - sum(int(c) * w for c, w in zip(body, PESEL_W)) % 10) % 10
    return body + str(check)


def valid_pesel(v):
    return len(v) == 11 and (10 - sum(int(c) * w for c, w in zip(v, PESEL_W)) % 10) % 10 == int(v[10])


def amka(y, m, d):
    """Greek AMKA: DDMMYY + 4 digits + Luhn check digit over the 11 digits."""
    payload = f"{d:02d}{m:02d}{y % 100:02d}" + I.digits(4)
    return payload + str(luhn_check(payload))


def tckn():
    """Turkish T.C. Kimlik No: d1..d9 (d1 != 0); d10 = ((d1+d3+d5+d7+d9)*7 - (d2+d4+d6+d8)) mod 10;
    d11 = (d1+...+d10) mod 10."""
    d = [int(c) for c in I.digits(9, first_nonzero=True)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, d)) + str(d10) + str(d11)


def valid_tckn(v):
    d = [int(c) for c in v]
    return (len(d) == 11 and d[0] != 0 and
            d[9] == ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 and
            d[10] == sum(d[:10]) % 10)


def snils_check(nine):
    s = sum(int(c) * w for c, w in zip(nine, range(9, 0, -1)))
    if s < 100:
        return s
    if s in (100, 101):
        return 0
    c = s % 101
    return 0 if c == 100 else c


def snils():
    """Russian SNILS (pension insurance number): 9 digits, check = sum(d_i * (9..1)); <100 as is, 100/101 -> 00,
    else mod 101 (100 -> 00). Written XXX-XXX-XXX YY."""
    while True:
        n = I.digits(9)
        if n > "001001998":
            break
    return f"{n[:3]}-{n[3:6]}-{n[6:]} {snils_check(n):02d}"


def valid_snils(v):
    s = v.replace("-", "").replace(" ", "")
    return snils_check(s[:9]) == int(s[9:])


def greek_afm():
    """Greek AFM (tax number): 9 digits, check = (sum d_i * 2^(8-i), i = 0..7) mod 11 mod 10."""
    b = I.digits(8, first_nonzero=True)
    return b + str(sum(int(c) * 2 ** (8 - i) for i, c in enumerate(b)) % 11 % 10)


def valid_afm(v):
    return sum(int(c) * 2 ** (8 - i) for i, c in enumerate(v[:8])) % 11 % 10 == int(v[8])


CF_ODD = {**{str(i): v for i, v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21])},
          **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                     [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))}
CF_EVEN = {**{str(i): i for i in range(10)}, **{c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}}


def cf_char(s):
    """Check character of the Italian codice fiscale (and the CIN of an Italian BBAN): odd positions (1-based)
    through the odd table, even positions through the even table, sum mod 26 -> A..Z."""
    return chr(ord("A") + sum(CF_ODD[c] if i % 2 == 0 else CF_EVEN[c] for i, c in enumerate(s)) % 26)


def _cons(s):
    s = s.upper().replace(" ", "").replace("'", "")
    return [c for c in s if c.isalpha() and c not in "AEIOU"], [c for c in s if c in "AEIOU"]


def codice_fiscale(last, first, y, m, d, female, comune):
    c, v = _cons(last)
    sur = "".join((c + v + ["X"] * 3)[:3])
    c, v = _cons(first)
    nam = "".join([c[0], c[2], c[3]] if len(c) > 3 else (c + v + ["X"] * 3)[:3])
    body = f"{sur}{nam}{y % 100:02d}{'ABCDEHLMPRST'[m - 1]}{d + (40 if female else 0):02d}{comune}"
    return body + cf_char(body)


def iban_it():
    bban = I.digits(10) + I.digits(12)
    return mod97_iban("IT", cf_char(bban) + bban)


def valid_iban_it(v):
    s = v.replace(" ", "")
    return valid_iban(s) and cf_char(s[5:]) == s[4]


# ----------------------------------------------------------------------------------------------------------------
# people and places (all invented)

TR_M = ["Hüseyin", "Recep", "Cengiz", "Orhan", "Erdal", "Yusuf", "Kemal", "Nurettin", "Halil", "Selahattin"]
TR_F = ["Gülsen", "Nurten", "Sevim", "Songül", "Hatice", "Emine", "Fadime", "Zehra", "Saniye", "Hülya"]
TR_L = ["Yıldırım", "Karakaya", "Öztürk", "Şahin", "Kılıç", "Taşdemir", "Doğan", "Korkmaz", "Çelikkol", "Bozkurt",
        "Akgül", "Ercan"]
GR_M = ["Georgios", "Dimitrios", "Konstantinos", "Vasilios", "Panagiotis", "Christos", "Ioannis", "Apostolos"]
GR_F = ["Eleni", "Despina", "Sofia", "Paraskevi", "Chrysoula", "Athanasia", "Vasiliki", "Evangelia"]
GR_L = [("Papadakis", "Papadaki"), ("Oikonomou", "Oikonomou"), ("Karagiannis", "Karagianni"),
        ("Theodoridis", "Theodoridou"), ("Tsakiridis", "Tsakiridou"), ("Vlachos", "Vlachou"),
        ("Anagnostou", "Anagnostou"), ("Stavropoulos", "Stavropoulou")]
IT_M = ["Salvatore", "Vincenzo", "Rocco", "Carmelo", "Gaetano", "Francesco", "Domenico"]
IT_F = ["Giuseppina", "Concetta", "Rosaria", "Carmela", "Assunta", "Filomena", "Lucia"]
IT_L = ["Esposito", "Caruso", "Lo Bianco", "Di Stefano", "Greco", "Marino", "D'Amico", "La Rosa", "Messina",
        "Ruggiero"]
PL_M = ["Zbigniew", "Tadeusz", "Krzysztof", "Władysław", "Jerzy", "Stanisław", "Ryszard"]
PL_F = ["Jadwiga", "Halina", "Bożena", "Krystyna", "Danuta", "Grażyna", "Teresa"]
PL_L = [("Wiśniewski", "Wiśniewska"), ("Kowalczyk", "Kowalczyk"), ("Zieliński", "Zielińska"),
        ("Lewandowski", "Lewandowska"), ("Wójcik", "Wójcik"), ("Szymański", "Szymańska"), ("Dąbrowski", "Dąbrowska"),
        ("Pawlak", "Pawlak"), ("Grabowski", "Grabowska")]
RU_M = ["Waldemar", "Viktor", "Eduard", "Johann", "Jakob", "Andrej", "Gennadi", "Heinrich"]
RU_F = ["Lydia", "Valentina", "Nina", "Tatjana", "Swetlana", "Frida", "Ljudmila", "Rosa"]
RU_L = ["Reimer", "Dyck", "Penner", "Friesen", "Wiebe", "Klassen", "Neufeld", "Harder", "Isaak", "Giesbrecht",
        "Tschernow", "Rempel"]
DE_M = ["Heinz", "Werner", "Manfred", "Gerhard", "Klaus-Dieter", "Hans-Jürgen", "Friedhelm", "Rolf", "Ulrich",
        "Wilfried", "Horst"]
DE_F = ["Gisela", "Ingrid", "Hannelore", "Elfriede", "Waltraud", "Brigitte", "Marlies", "Annegret", "Liesel",
        "Christa", "Erika"]
DE_L = ["Brinkhoff", "Overbeck", "Schulte-Berge", "Kemper", "Tiemann", "Hülsmann", "Bödeker", "Wortmann", "Niehues",
        "Pöppelmann", "Droste", "Stratmann", "Hegemann", "Ossenbrink", "Kettler", "Sökeland", "Vosskuhl", "Lüdenscheidt",
        "Brüning", "Hengstenberg", "Wiemers", "Kückelhaus", "Böckmann", "Schürmann", "Lohmeyer", "Vieregge", "Hoppe",
        "Kleinebrahm"]
YOUNG_M = {"de": ["Dennis", "Marco", "Sven", "Tobias", "Kevin", "Timo"], "tr": ["Murat", "Emre", "Serkan", "Volkan"],
           "gr": ["Nikos", "Stelios", "Giannis"], "it": ["Luca", "Alessandro", "Marco"], "pl": ["Dawid", "Marcin", "Kamil"],
           "ru": ["Artur", "Eugen", "Maxim", "Timo"]}
YOUNG_F = {"de": ["Nadine", "Katrin", "Melanie", "Jana", "Sabrina", "Yvonne"], "tr": ["Derya", "Aylin", "Sibel", "Esra"],
           "gr": ["Eleni", "Katerina", "Despina"], "it": ["Chiara", "Francesca", "Daniela"], "pl": ["Agnieszka", "Monika", "Justyna"],
           "ru": ["Anastasia", "Natalie", "Olga", "Viktoria"]}
STAFF_L = ["Terhorst", "Brüggemann", "Hölscher", "Rüsing", "Wienold", "Kortmann", "Bußmann", "Dahlhoff", "Feldkamp",
           "Eickhoff", "Schwarzkopf", "Rosendahl"]

ALT_STREETS = ["Am Kötterberg", "Zechenweg", "Schleusenstraße", "Hüttenstraße", "Kettelerstraße", "Auf der Halde",
               "Lohbrink", "Ruhrauenweg", "Fährstraße", "Im Siepen", "Stollenweg", "Henrichsallee", "Kohlenpfad",
               "Zur Pferdebahn", "Lindenbrink", "Am Treidelpfad", "Wehrstraße", "Gartenstadt-Nord",
               "Vinckestraße", "Schachtstraße", "Grubenfeld", "Mühlengraben"]
ALT_PLZ = ["58461", "58462", "58463", "58464", "58466"]
ALT_CITY = ["Altenbrück", "Altenbrück", "Altenbrück", "Altenbrück-Wenzlar", "Altenbrück-Hollenstein"]
NEAR = [("Velmerstein", "58479"), ("Grothusen", "58512"), ("Kassenberg an der Ruhr", "58489"),
        ("Dortmund", "44139"), ("Bochum", "44803"), ("Essen", "45147"), ("Hagen", "58095"), ("Gelsenkirchen", "45879"),
        ("Witten", "58452"), ("Köln", "50733"), ("Wuppertal", "42285"), ("Bielefeld", "33602")]
NEAR_STREETS = ["Wittener Straße", "Bergmannsweg", "Eichendorffstraße", "Am Rosenhügel", "Industriestraße",
                "Hellweg", "Ostring", "Kleine Brückgasse", "Hohe Egge", "Sudermannweg"]
MAIL = ["web.de", "gmx.de", "t-online.de", "outlook.de", "gmail.com", "icloud.com", "freenet.de", "posteo.de",
        "gmx.net", "arcor.de"]

USED = set()


def translit(s):
    t = {"ı": "i", "ş": "s", "ğ": "g", "ç": "c", "ö": "oe", "ü": "ue", "ä": "ae", "ß": "ss", "ł": "l", "ą": "a",
         "ę": "e", "ś": "s", "ż": "z", "ź": "z", "ó": "o", "ć": "c", "ń": "n", "Ş": "s", "Ç": "c", "Ö": "oe",
         "Ü": "ue", "Ł": "l", "Ż": "z", "'": "", " ": ""}
    return "".join(t.get(c, c) for c in s).lower()


class Pers:
    pass


def person(origin, g, born=(1928, 1950), home="alt", young=False, last=None):
    """A private person with name, birth date, address, phone and e-mail (all invented)."""
    p = Pers()
    p.g = g
    while True:
        if young:
            first = R.choice((YOUNG_M if g == "m" else YOUNG_F)[origin])
        else:
            first = R.choice({"tr": TR_M, "gr": GR_M, "it": IT_M, "pl": PL_M, "ru": RU_M, "de": DE_M}[origin]
                             if g == "m" else
                             {"tr": TR_F, "gr": GR_F, "it": IT_F, "pl": PL_F, "ru": RU_F, "de": DE_F}[origin])
        if last is not None:
            ln = last
        else:
            pool = {"tr": TR_L, "gr": GR_L, "it": IT_L, "pl": PL_L, "ru": RU_L, "de": DE_L}[origin]
            ln = R.choice(pool)
            if isinstance(ln, tuple):
                ln = ln[0] if g == "m" else ln[1]
        if (first, ln) not in USED:
            USED.add((first, ln))
            break
    p.first, p.last, p.full = first, ln, f"{first} {ln}"
    p.anrede = "Herr" if g == "m" else "Frau"
    p.herrn = "Herrn" if g == "m" else "Frau"
    p.geehrt = "Sehr geehrter Herr" if g == "m" else "Sehr geehrte Frau"
    p.y, p.m, p.d = R.randint(*born), R.randint(1, 12), R.randint(1, 28)
    if home == "alt":
        k = R.randrange(len(ALT_PLZ))
        p.plz, p.city = ALT_PLZ[k], ALT_CITY[k]
        p.street = R.choice(ALT_STREETS)
    else:
        p.city, p.plz = R.choice(NEAR)
        p.street = R.choice(NEAR_STREETS)
    p.hnr = str(R.randint(1, 140)) + R.choice(["", "", "", "a", "b", " a"])
    p.str = f"{p.street} {p.hnr}"
    p.ort = f"{p.plz} {p.city}"
    p.phone = phone(AREA.get(p.city, "02335"))
    p.mobile = mobile()
    f, l = translit(first.split("-")[0]), translit(ln)
    p.email = R.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{l}.{f}", f"{f}{l}{p.y % 100}", f"{f}_{l}",
                        f"{l}{R.randint(1, 99)}"]) + "@" + R.choice(MAIL)
    return p


AREA = {"Velmerstein": "02336", "Grothusen": "02337", "Kassenberg an der Ruhr": "02338", "Dortmund": "0231",
        "Bochum": "0234", "Essen": "0201", "Hagen": "02331", "Gelsenkirchen": "0209", "Witten": "02302", "Köln": "0221",
        "Wuppertal": "0202", "Bielefeld": "0521"}


def phone(area="02335"):
    n = len(area)
    local = I.digits(R.choice([5, 6]) if n == 5 else R.choice([6, 7]), True)
    return R.choice([f"{area} {local}", f"{area}/{local}", f"({area}) {group(local, 2) if len(local) % 2 == 0 else local}", f"+49 {area[1:]} {local}",
                     f"{area}-{local}", f"{area} {local[:3]} {local[3:]}"])


def mobile():
    pre = R.choice(["0151", "0152", "0157", "0160", "0162", "0170", "0172", "0176", "0178"])
    n = I.digits(8, True)
    return R.choice([f"{pre} {n}", f"{pre}-{n[:3]} {n[3:]}", f"{pre}/{n}", f"+49 {pre[1:]} {n}",
                     f"{pre} {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"])


MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
          "Dezember"]


def dob(p, style=None):
    style = R.randrange(6) if style is None else style
    y, m, d = p.y, p.m, p.d
    return [f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y % 100:02d}", f"{d}. {MONATE[m - 1]} {y}",
            f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}"][style]


def ddmmyy(p):
    return f"{p.d:02d}{p.m:02d}{p.y % 100:02d}"


def iban_de(style=None):
    v = I.iban_de()
    assert valid_iban(v)
    return group(v, 4) if (style if style is not None else R.random() < 0.6) else v


def iban_f(country, n, spaced=True):
    v = I.iban(country, n)
    assert valid_iban(v)
    return group(v, 4) if spaced else v


def rvnr(p, spaced=True):
    v = I.social_security(ddmmyy(p), p.last[0].upper() if p.last[0].upper() in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                          else {"Ö": "O", "Ş": "S", "Ç": "C", "Ü": "U", "Ł": "L"}[p.last[0]])
    assert valid_rvnr(v)
    return f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}" if spaced else v


def kvnr(style=0):
    v = I.health_insurance()
    assert valid_kvnr(v)
    return [v, f"{v[0]} {v[1:9]} {v[9]}", f"{v[0]}{v[1:5]} {v[5:]}"][style]


def taxid(spaced=False):
    v = I.tax_id()
    assert valid_tax_id(v)
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if spaced else v


def vat():
    v = I.vat_id()
    assert valid_vat(v)
    return v


def vat_spaced():
    v = vat()
    return f"{v[2:5]} {v[5:8]} {v[8:]}"


def plate():
    code = R.choice(["EN", "HA", "BO", "DO", "UN", "MK", "HAT", "WIT", "E", "GE", "HER"])
    letters = "".join(R.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(R.randint(1, 2)))
    num = str(R.randint(1, 9999))
    return R.choice([f"{code}-{letters} {num}", f"{code} {letters} {num}", f"{code}-{letters}{num}"])


STAFF = {}


def staff(key, origin="de", g=None):
    if key not in STAFF:
        g = g or R.choice("mf")
        ln = None
        if origin in ("de", "yy"):
            ln = R.choice([x for x in STAFF_L if x not in {q.last for q in STAFF.values()}])
        p = person(origin, g, born=(1965, 1998), home="alt", last=ln) if origin != "yy" else \
            person("de", g, young=True, born=(1985, 1999), last=ln)
        p.dial = f"02335 918-{R.randint(2100, 5899)}"
        p.mail = f"{translit(p.first.split('-')[0])}.{translit(p.last)}@altenbrueck-ruhr.de"
        STAFF[key] = p
    return STAFF[key]


def az(kind):
    n = R.randint(1, 999)
    yy = R.choice([24, 25, 26])
    return {"hzp": f"50.21-HzP-{n:04d}/{yy}", "gsi": f"50.3-GSi {R.randint(10000, 99999)}", "bk":
            f"BK-20{yy}-{n:04d}", "bt": f"BSt {n}/{yy}", "ag": f"{R.randint(11, 19)} XVII {n}/{yy}",
            "kd": f"{R.randint(100, 999)} {R.randint(100, 999)} {R.randint(100, 999)}", "sb": f"SB-{R.randint(1000, 9999)}"}[kind]


P = lambda s: f"[[P|{s}]]"
A = lambda s: f"[[A|{s}]]"
E = lambda s: f"[[E|{s}]]"
T = lambda s: f"[[T|{s}]]"
N = lambda s: f"[[N|{s}]]"
D = lambda s: f"[[DOB|{s}]]"
Z = lambda s: f"[[AZ|{s}]]"
IB = lambda s: f"[[IBAN|{s}]]"
KV = lambda s: f"[[KV|{s}]]"
SS = lambda s: f"[[SSN|{s}]]"

KOPF = ("Stadt Altenbrück an der Ruhr · Der Bürgermeister\nFachbereich 50 – Soziales und Wohnen\n"
        "Haus der Sozialen Dienste · Kanalstraße 22–24 · 58463 Altenbrück")
SWITCH = "02335 918-0"
SOZ = "sozialamt@altenbrueck-ruhr.de"
BST = "betreuungsstelle@altenbrueck-ruhr.de"
SEN = "seniorenbuero@altenbrueck-ruhr.de"


def fem(last):
    """Female form of a Polish or Greek surname (Wiśniewski -> Wiśniewska)."""
    for m, f in PL_L + GR_L:
        if m == last:
            return f
    return last


def window(p, extra=""):
    return f"{p.herrn}\n{extra}{P(p.full)}\n{A(p.str)}\n{A(p.ort)}"


DOCS = []


def doc(channel, template, flags=()):
    def deco(fn):
        DOCS.append((channel, template, fn, list(flags)))
        return fn
    return deco


# ----------------------------------------------------------------------------------------------------------------
# 1 Word: Bescheid Hilfe zur Pflege (stationär), addressed to the son as Bevollmächtigter
@doc("word", "hzp-bescheid-stationaer", ["HEALTH"])
def d01():
    mum = person("tr", "f", born=(1936, 1944))
    son = person("tr", "m", born=(1962, 1970), last=mum.last)
    st = staff("hzp1")
    a = az("hzp")
    return f"""{KOPF}

{son.herrn}
{P(son.full)}
{A(son.str)}
{A(son.ort)}

Ihr Zeichen: –
Unser Zeichen: {Z(a)}
Auskunft erteilt: {P(st.full)}, Zimmer 214
Durchwahl: {T(st.dial)} · Zentrale: {N(SWITCH)}
E-Mail: {E(st.mail)}

Altenbrück, 12. Februar 2026

Hilfe zur Pflege in einer Einrichtung (§§ 61 ff. SGB XII) für Ihre Mutter, {P(mum.full)}, geb. {D(dob(mum, 0))}

{son.geehrt} {P(son.last)},

als Bevollmächtigter Ihrer Mutter haben Sie am 08.01.2026 Leistungen der Hilfe zur Pflege beantragt. Frau {P(mum.last)} lebt seit dem 01.12.2025 im Seniorenzentrum Haus Ruhrblick, Wehrstraße 40, 58463 Altenbrück. Die Pflegekasse hat mit Bescheid vom 20.11.2025 den Pflegegrad 4 festgestellt (Versichertennummer {KV(kvnr(0))}).

Ich bewillige ab dem 01.12.2025 die ungedeckten Heimkosten in Höhe von monatlich 1.284,17 EUR. Die Zahlung erfolgt direkt an die Einrichtung. Der Barbetrag nach § 27b Abs. 3 SGB XII von 152,46 EUR wird auf das Konto Ihrer Mutter überwiesen:

Kontoinhaberin: {P(mum.full)}
IBAN: {IB(iban_de(True))}

Bitte beachten Sie: Die Altersrente Ihrer Mutter (Rentenversicherungsnummer {SS(rvnr(mum))}) wird als Einkommen angerechnet. Jede Änderung ist mir unverzüglich mitzuteilen.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden, schriftlich oder zur Niederschrift bei der Stadt Altenbrück an der Ruhr, Der Bürgermeister, Rathausplatz 1, 58463 Altenbrück.

Mit freundlichen Grüßen
Im Auftrag

{P(st.full)}"""


# 2 Outlook: daughter (Greek family) asks about Grundsicherung im Alter for her mother
@doc("outlook", "grundsicherung-anfrage-tochter")
def d02():
    mum = person("gr", "f", born=(1940, 1948))
    da = person("gr", "f", born=(1966, 1975), young=True, home="near", last=mum.last)
    dad_first = R.choice(GR_M)
    return f"""Von: {P(da.full)} <{E(da.email)}>
An: {N(SOZ)}
Betreff: Grundsicherung für meine Mutter – was brauchen Sie noch?

Sehr geehrte Damen und Herren,

meine Mutter {P(mum.full)} (geb. {D(dob(mum, 1))}) wohnt seit dem Tod meines Vaters {P(dad_first)} allein in der {A(mum.str)}, {A(mum.ort)}. Sie bekommt nur eine kleine Witwenrente aus Deutschland und eine Rente aus Griechenland (EFKA), zusammen ca. 690 Euro. Die Miete ist 455 Euro warm.

Ich habe gelesen, dass sie Grundsicherung im Alter beantragen kann. Meine Mutter spricht nicht gut Deutsch, deshalb schreibe ich für sie. Eine Vollmacht hat sie mir 2023 beim Notar gegeben.

Für die griechische Rente hat sie die AMKA {SS(amka(mum.y, mum.m, mum.d))}, falls Sie das brauchen. Die Rentenversicherungsnummer in Deutschland steht auf dem Rentenbescheid: {SS(rvnr(mum, spaced=False))}.

Können wir einen Termin bekommen? Ich arbeite in {da.city}, aber donnerstags kann ich freinehmen. Am besten erreichen Sie mich mobil unter {T(da.mobile)}, meine Mutter unter {T(mum.phone)} (bitte langsam sprechen).

Viele Grüße
{P(da.full)}
{A(da.str)}
{A(da.ort)}"""


# 3 Outlook: forwarded thread, undertaker (sole trader) and Sozialamt, § 74 SGB XII for an Italian deceased
@doc("outlook", "bestattung-weitergeleitet", ["RELIGION"])
def d03():
    dec = person("it", "m", born=(1931, 1942))
    wid = person("it", "f", born=(1934, 1945), last=dec.last)
    und = person("de", "m", born=(1960, 1975), last="Hülsmann")
    st = staff("bk1")
    st2 = staff("bk2")
    a = az("bk")
    cf = codice_fiscale(dec.last, dec.first, dec.y, dec.m, dec.d, False, R.choice(["A662", "F839", "C351", "G273"]))
    return f"""Von: {P(st.full)}
Gesendet: Montag, 2. März 2026 08:47
An: {P(st2.full)}
Betreff: WG: Bestattung {P(dec.last)} – Kostenübernahme § 74 SGB XII

Hallo {P(st2.first)},

kannst du das übernehmen? Ich bin ab morgen im Urlaub. Az. ist {Z(a)}. Die Witwe war schon hier, Antrag liegt im Postkorb.

Gruß
{P(st.first)}

-----Ursprüngliche Nachricht-----
Von: Bestattungen {P(und.last)} <{E('info@bestattungen-' + translit(und.last) + '.de')}>
Gesendet: Freitag, 27. Februar 2026 16:05
An: {N(SOZ)}
Betreff: Bestattung {P(dec.last)} – Kostenübernahme § 74 SGB XII

Sehr geehrte Damen und Herren,

wir wurden von Frau {P(wid.full)}, {A(wid.str)}, {A(wid.ort)}, mit der Bestattung ihres am 24.02.2026 verstorbenen Ehemannes {P(dec.full)}, geb. {D(dob(dec, 3))} in Bari, beauftragt. Gewünscht ist eine katholische Trauermesse in St. Barbara und eine Erdbestattung auf dem Friedhof Am Hohlweg.

Frau {P(wid.last)} hat nach eigener Aussage kein Vermögen; die italienische Rente ihres Mannes (INPS, Codice fiscale {f"[[TID|{cf}]]"}) ist mit dem Tod entfallen. Unseren Kostenvoranschlag über 4.870,00 EUR fügen wir bei. Wir bitten um kurzfristige Mitteilung, ob die Kosten übernommen werden.

Für Rückfragen: {T(und.phone)} oder mobil {T(und.mobile)}.

Mit freundlichen Grüßen
{P(und.full)}
Bestattungen {P(und.last)} – Inh. {P(und.full)}
{A(und.str)} · {A(und.ort)}
St.-Nr. [[TNR|{I.tax_number_nrw()}]] · USt-IdNr. [[VAT|{vat()}]]"""


# 4 Word: note to file of the Betreuungsstelle (Sozialbericht for the Betreuungsgericht)
@doc("word", "betreuungsstelle-sozialbericht", ["HEALTH"])
def d04():
    b = person("ru", "f", born=(1935, 1942))
    dil = person("ru", "f", born=(1968, 1976), young=True, last=b.last)
    nb = person("de", "m", born=(1950, 1960))
    st = staff("bst1")
    doc_ = R.choice(["Sökeland", "Vosskuhl", "Lüdenscheidt"])
    a, ag = az("bt"), az("ag")
    return f"""Stadt Altenbrück an der Ruhr – Betreuungsstelle
Aktenvermerk / Sozialbericht gem. § 11 BtOG

Betroffene: {P(b.full)}, geb. {D(dob(b, 0))}
Anschrift: {A(b.str)}, {A(b.ort)}
Az. Betreuungsstelle: {Z(a)}
Az. Amtsgericht Altenbrück: {Z(ag)}

Anlass: Anregung einer Betreuung durch die Hausärztin Dr. med. {P(doc_)} vom 03.02.2026.

Hausbesuch am 17.02.2026, 10:30 Uhr, gemeinsam mit der Schwiegertochter Frau {P(dil.full)} ({T(dil.mobile)}).

Frau {P(b.last)} empfing uns freundlich, war zur Person orientiert, zeitlich und örtlich jedoch nicht. Laut Arztbericht besteht eine mittelgradige Alzheimer-Demenz; sie nimmt ihre Medikamente (u. a. Donepezil) nur unregelmäßig. Der Kühlschrank war weitgehend leer, auf dem Tisch lagen ungeöffnete Mahnungen der Stadtwerke.

Der Nachbar {P(nb.full)} ({A(nb.str)}) sieht täglich nach ihr und hat bereits zweimal den Notruf verständigt, zuletzt am 09.02.2026 nach einem Sturz. Herr {P(nb.last)} ist bereit, weiter zu helfen, möchte aber keine rechtliche Verantwortung übernehmen.

Die Schwiegertochter gab an, ihr Mann {P(R.choice(RU_M) + ' ' + b.last)} (Sohn der Betroffenen) sei beruflich oft in Kasachstan. Frau {P(dil.last)} wäre bereit, die Betreuung ehrenamtlich zu übernehmen, für die Aufgabenkreise Gesundheitssorge, Aufenthaltsbestimmung, Vermögenssorge und Behördenangelegenheiten.

Eine Vorsorgevollmacht liegt nicht vor. Andere Hilfen (§ 1814 Abs. 3 BGB) reichen nach Einschätzung der Betreuungsstelle nicht aus.

Vorschlag an das Gericht: Bestellung von Frau {P(dil.full)}, {A(dil.str)}, {A(dil.ort)}, geb. {D(dob(dil, 1))}.

gez. {P(st.full)}, Betreuungsstelle, 18.02.2026"""


# 5 Outlook: informal lower-case mail by a grandson (Russian-German family) with many numbers
@doc("outlook", "hzp-unterlagen-informell", ["HEALTH"])
def d05():
    oma = person("ru", "f", born=(1933, 1940))
    enk = person("ru", "m", young=True, born=(1994, 2001), home="near", last=oma.last)
    st = staff("hzp2", g="f")
    return f"""Betreff: unterlagen oma {translit(oma.last)}

hallo frau {P(st.last.lower())},

wie am telefon besprochen hier nochmal die daten von meiner oma, {P(oma.first.lower() + ' ' + oma.last.lower())}, geb {D(dob(oma, 2))}, wohnt {A(oma.str.lower())}, {A(oma.ort)}

rentenvers.nr: {SS(rvnr(oma))}
russische rente (snils): {SS(snils())}
krankenkasse AOK nordwest, vers.nr {KV(kvnr(2))}
konto für die pflegegeld-sachen: {IB(iban_de(False))}

pflegegrad 3 hat sie seit november, der pflegedienst kommt morgens und abends. sie hat zucker und kommt nicht mehr allein die treppe runter. papa ({P('viktor')}) kann nicht helfen, der liegt selbst seit januar im krankenhaus in dortmund.

wenn noch was fehlt einfach anrufen {T(enk.mobile)} oder schreiben an {E(enk.email)}

lg
{P(enk.first.lower())}"""


# 6 Word: minutes of a case conference (Fallkonferenz)
@doc("word", "fallkonferenz-protokoll", ["HEALTH"])
def d06():
    k = person("pl", "m", born=(1937, 1945))
    wife = person("pl", "f", born=(1940, 1948), last=fem(k.last))
    pdl = person("de", "f", born=(1970, 1985), young=True)
    son = person("pl", "m", young=True, born=(1968, 1975), home="near", last=k.last)
    s1, s2 = staff("sen1", g="f"), staff("hzp1")
    return f"""Protokoll Fallkonferenz
Datum: 05.03.2026, 14:00–15:10 Uhr, Besprechungsraum 1.12, Haus der Sozialen Dienste

Teilnehmende:
– {P(s1.full)} (Seniorenbüro, Protokoll)
– {P(s2.full)} (Sozialamt, Hilfe zur Pflege)
– {P(pdl.full)} (Pflegedienstleitung, Ambulanter Pflegedienst Ruhrtal gGmbH)
– {P(son.full)} (Sohn, telefonisch zugeschaltet, {T(son.mobile)})

Betreff: Herr {P(k.full)}, geb. {D(dob(k, 0))}, und Ehefrau {P(wife.full)}, {A(k.str)}, {A(k.ort)}

TOP 1 Situation
Herr {P(k.last)} ist seit einem Schlaganfall im Oktober 2025 halbseitig gelähmt (Pflegegrad 4). Frau {P(wife.last)} pflegt ihn überwiegend allein und ist nach Einschätzung von Frau {P(pdl.last)} erschöpft; sie selbst hat eine Herzinsuffizienz.

TOP 2 Leistungen
Die Pflegesachleistung ist ausgeschöpft. {s2.anrede} {P(s2.last)} prüft ergänzende Hilfe zur Pflege; dafür fehlen der Rentenbescheid (ZUS, PESEL {SS(pesel(k.y, k.m, k.d, False))}) und die Kontoauszüge der letzten drei Monate (Konto bei der Sparkasse, IBAN {IB(iban_de(True))}).

TOP 3 Absprachen
1. Herr {P(son.last)} (Pkw [[KFZ|{plate()}]], Parkerlaubnis Hof beantragt) holt die Unterlagen bis 20.03.2026 bei den Eltern ab und sendet sie an {N(SOZ)}.
2. Frau {P(s1.last)} vermittelt einen Platz in der Tagespflege „Zeche Helene" ab April.
3. Nächste Fallkonferenz: 16.04.2026.

gez. {P(s1.full)}"""


# 7 Outlook: semicolon list pasted from the specialist software (Heimbewohner mit Hilfe zur Pflege)
@doc("outlook", "liste-csv-heimbewohner", ["HEALTH"])
def d07():
    st = staff("hzp2", g="f")
    st3 = staff("hzp3")
    rows = []
    for origin, g in [("de", "f"), ("it", "m"), ("tr", "f"), ("de", "m"), ("gr", "f"), ("ru", "m")]:
        p = person(origin, g, born=(1929, 1946))
        rows.append(f"{P(p.last)};{P(p.first)};{D(dob(p, 0))};{Z(az('hzp'))};{R.choice([3, 4, 4, 5])};"
                    f"{R.choice(['Haus Ruhrblick', 'St. Antonius-Stift', 'Seniorenpark Zeche Helene', 'Haus am Treidelpfad'])};"
                    f"{KV(kvnr(0))}")
    body = "\n".join(rows)
    return f"""Von: {P(st.full)}
An: {P(st3.full)}
Betreff: Überprüfung Pflegegrade – Liste aus OPEN/PROSOZ

Hi {P(st3.first)},

hier die Liste der Fälle, bei denen die Höherstufung noch aussteht. Bitte bis Ende der Woche mit den Heimen abgleichen.

Name;Vorname;Geburtsdatum;Aktenzeichen;PG;Einrichtung;KV-Nr.
{body}

Die Liste bitte nicht weiterleiten, nur über das Laufwerk S:\\50\\HzP\\2026 ablegen.

Danke dir!
{P(st.first)}"""


# 8 Word: hearing (Anhörung § 24 SGB X) on an overpayment of Grundsicherung, Polish pensioner
@doc("word", "gsi-anhoerung-ueberzahlung")
def d08():
    p = person("pl", "f", born=(1945, 1955))
    st = staff("gsi1", origin="tr")
    a = az("gsi")
    pl_iban = iban_f("PL", 24, spaced=True)
    return f"""{KOPF}

{window(p)}

Aktenzeichen: {Z(a)}
Bearbeitet von: {P(st.full)}
Telefon: {T(st.dial)}
Datum: 26.02.2026

Anhörung nach § 24 SGB X – Überzahlung Grundsicherung im Alter

{p.geehrt} {P(p.last)},

nach einem Datenabgleich (§ 118 SGB XII) ist mir bekannt geworden, dass Sie seit Juli 2024 eine Altersrente der polnischen Sozialversicherung (ZUS) beziehen. Diese Rente haben Sie in Ihrem Antrag vom 14.05.2024 nicht angegeben. Nach den mir vorliegenden Unterlagen wird sie auf ein Konto bei der PKO Bank Polski überwiesen:

IBAN {IB(pl_iban)}
PESEL {SS(pesel(p.y, p.m, p.d, True))}

Dadurch wurden Ihnen vom 01.07.2024 bis 31.01.2026 Leistungen in Höhe von insgesamt 3.412,80 EUR zu Unrecht gewährt. Ich beabsichtige, die Bewilligung insoweit aufzuheben und den Betrag zurückzufordern.

Bevor ich entscheide, haben Sie Gelegenheit, sich bis zum 20.03.2026 zu äußern. Sie können sich auch durch eine Person Ihres Vertrauens vertreten lassen. Wenn Sie Fragen haben, rufen Sie mich an oder schreiben Sie an {N(SOZ)}.

Mit freundlichen Grüßen
Im Auftrag
{P(st.full)}"""


# 9 Outlook: lawyer objects to a contribution of an adult son (Elternunterhalt / Einkommensprüfung)
@doc("outlook", "widerspruch-anwaeltin")
def d09():
    law = person("de", "f", born=(1970, 1985), young=True, home="near")
    son = person("gr", "m", born=(1963, 1972), young=False, last=None)
    dad = person("gr", "m", born=(1934, 1941), last=son.last)
    a = az("hzp")
    st = staff("hzp1")
    return f"""Von: Kanzlei {P(law.last)} <{E('kanzlei@ra-' + translit(law.last) + '.de')}>
An: {E(st.mail)}
Cc: {E(son.email)}
Betreff: Ihr Az. {Z(a)} – Widerspruch / Auskunftsersuchen § 94 Abs. 1a SGB XII

{st.geehrt} {P(st.last)},

in der Sozialhilfesache {P(dad.full)}, geb. {D(dob(dad, 0))}, zeige ich an, dass mich dessen Sohn, Herr {P(son.full)}, {A(son.str)}, {A(son.ort)}, mit der Wahrnehmung seiner Interessen beauftragt hat. Eine Vollmacht liegt bei.

Gegen Ihr Auskunftsersuchen vom 10.02.2026 lege ich Widerspruch ein. Mein Mandant ist selbständiger Gastronom (Taverna Olympia, USt-IdNr. [[VAT|{vat()}]]). Sein zu versteuerndes Jahreseinkommen lag nach dem Steuerbescheid 2024 deutlich unter 100.000 EUR; die Vermutung des § 94 Abs. 1a Satz 3 SGB XII ist daher nicht widerlegt. Zur Glaubhaftmachung übersende ich den Steuerbescheid in geschwärzter Form (Steuernummer [[TNR|{I.tax_number_nrw()}]], Identifikationsnummer [[TID|{taxid(True)}]]).

Weitere Auskünfte über Einkommen und Vermögen meines Mandanten wird es nicht geben. Ich bitte, künftig ausschließlich mit mir zu korrespondieren.

Mit freundlichen Grüßen

{P('Dr. ' + law.full)}
Rechtsanwältin
Fachanwältin für Sozialrecht
{A(law.str)}
{A(law.ort)}
Tel. {T(law.phone)}"""


# 10 Word: letter to a son about costs of a burial in Turkey (Überführung), Muslim rites
@doc("word", "bestattung-ueberfuehrung-tr", ["RELIGION"])
def d10():
    dec = person("tr", "m", born=(1938, 1946))
    son = person("tr", "m", born=(1964, 1975), last=dec.last)
    st = staff("bk2")
    a = az("bk")
    return f"""{KOPF}

{window(son)}

Ihr Antrag vom 18.02.2026 auf Übernahme der Bestattungskosten
Aktenzeichen: {Z(a)} – bitte stets angeben

{son.geehrt} {P(son.last)},

vielen Dank für Ihren Antrag auf Übernahme der Kosten für die Bestattung Ihres Vaters, Herrn {P(dec.full)} (geboren am {D(dob(dec, 3))}, verstorben am 11.02.2026 im Klinikum Altenbrück).

Sie haben mitgeteilt, dass Ihr Vater nach islamischem Ritus in seinem Heimatdorf bei Kayseri beigesetzt wurde. Die Kosten der Überführung in die Türkei sind nach § 74 SGB XII nur bis zur Höhe der Kosten einer ortsüblichen Bestattung in Altenbrück übernahmefähig. Die rituelle Waschung und das Totengebet in der DITIB-Moschee an der Hüttenstraße werden dabei berücksichtigt.

Für die Prüfung benötige ich noch:
1. die Sterbeurkunde (auch die türkische, mit T.C. Kimlik No. Ihres Vaters {SS(tckn())}),
2. die Rechnung des Bestattungsunternehmens und der Fluggesellschaft,
3. Nachweise über Ihr Einkommen und das Ihrer Geschwister, auch von Ihrer Schwester {P(R.choice(TR_F) + ' ' + R.choice(TR_L))} in Izmir,
4. Kontoauszüge des Girokontos Ihres Vaters ({IB(iban_de(True))}) ab dem Sterbetag,
5. Angaben zur Sterbegeldversicherung (Türkiye Cenaze Fonu) und ggf. zum Bestattungsfonds des Moscheevereins.

Die Kopie Ihres Reisepasses (Nr. [[PASS|{I.passport(check_digit=True)}]]), die Sie für die Überführungsgenehmigung vorgelegt haben, habe ich zur Akte genommen.

Bitte reichen Sie die Unterlagen bis zum 31.03.2026 ein. Telefonisch erreichen Sie mich über die Zentrale {N(SWITCH)}.

Mit freundlichen Grüßen
Im Auftrag
{P(st.full)}"""


# 11 Outlook: Seniorenbüro – registration list for a trip, table with tabs, one wheelchair user
@doc("outlook", "seniorenbuero-anmeldeliste", ["HEALTH"])
def d11():
    s1 = staff("sen1", g="f")
    s2 = staff("sen2", origin="yy")
    ppl = [person(o, g, born=(1935, 1952)) for o, g in
           [("de", "f"), ("it", "f"), ("de", "m"), ("tr", "m"), ("pl", "f"), ("ru", "f"), ("de", "f")]]
    lines = []
    for i, p in enumerate(ppl):
        note = ["", "Rollstuhl, braucht Hublift", "", "vegetarisch", "mit Ehemann", "Diabetikerin – Zuckerfrei",
                ""][i]
        lines.append(f"{i + 1}\t{P(p.last + ', ' + p.first)}\t{T(p.phone)}\t{note}")
    return f"""Von: {P(s1.full)}
An: {P(s2.full)}
Betreff: Ausflug Baldeneysee 23.04. – Anmeldungen bis jetzt

Hallo {P(s2.first)},

anbei der aktuelle Stand. Der Bus hat 32 Plätze, der Hublift ist bestellt.

Nr.\tName\tTelefon\tBemerkung
{chr(10).join(lines)}

Frau {P(ppl[4].last)} kommt mit ihrem Mann {P(R.choice(PL_M))}, bitte als zwei Plätze zählen. Herr {P(ppl[3].last)} fragt, ob seine Nachbarin {P(R.choice(DE_F) + ' ' + R.choice(['Vogel', 'Winter', 'Koch']))} nachrücken kann – sie steht noch auf der Warteliste (Tel. {T(phone())}).

Kannst du die Bestätigungen rausschicken? Rückfragen an {N(SEN)} oder {N(SWITCH)}.

LG {P(s1.first)}"""


# 12 Outlook: thread with quoted "Am … schrieb …", owner of a care service (sole trader) and Sozialamt
@doc("outlook", "pflegedienst-thread", ["HEALTH"])
def d12():
    own = person("pl", "f", born=(1972, 1982), young=False, home="alt", last="Kowalczyk")
    kl = person("gr", "m", born=(1935, 1944))
    kl2 = person("it", "f", born=(1937, 1946))
    st = staff("hzp3")
    return f"""Von: {P(st.full)} <{E(st.mail)}>
Gesendet: Dienstag, 10. März 2026 11:32
An: Pflegedienst {P(own.last)} <{E('info@pflege-' + translit(own.last) + '.de')}>
Betreff: AW: Kostenübernahme ambulant – {P(kl.last)} / {P(kl2.last)}

Sehr geehrte Frau {P(own.last)},

die Kostenübernahme für Herrn {P(kl.last)} ist gestern rausgegangen (Az. {Z(az('hzp'))}). Bei Frau {P(kl2.last)} fehlt mir noch die Pflegeplanung, sonst kann ich nicht entscheiden.

Freundliche Grüße
{P(st.full)}
Stadt Altenbrück an der Ruhr – Hilfe zur Pflege

Am 3. März 2026 um 10:12 schrieb Pflegedienst {P(own.last)} <{E('info@pflege-' + translit(own.last) + '.de')}>:
> {st.geehrt} {P(st.last)},
>
> wir versorgen seit Januar Herrn {P(kl.full)}, geb. {D(dob(kl, 1))}, {A(kl.str)}, und Frau {P(kl2.full)}, geb. {D(dob(kl2, 1))}, {A(kl2.str)}.
> Beide haben Pflegegrad 3, die Sachleistung der Pflegekasse reicht nicht (Herr {P(kl.last)}: Wundversorgung nach Amputation, Frau {P(kl2.last)}: Insulin zweimal täglich).
> Versichertennummern: {P(kl.last)} {KV(kvnr(1))}, {P(kl2.last)} {KV(kvnr(1))}.
> Die Einverständniserklärungen zur Datenweitergabe liegen vor.
>
> Mit freundlichen Grüßen
> {P(own.full)}
> Pflegedienst {P(own.last)} – Inhaberin
> {A(own.str)}, {A(own.ort)}
> Tel. {T(own.phone)} · Fax {T(phone())}
> USt-ID [[VAT|{vat()[:2] + ' ' + vat_spaced()}]]"""


# 13 Word: Bewilligung Grundsicherung for an Italian couple
@doc("word", "gsi-bewilligung-ehepaar")
def d13():
    h = person("it", "m", born=(1940, 1952))
    w = person("it", "f", born=(1942, 1955), last=h.last)
    st = staff("gsi1", origin="tr")
    it_iban = group(iban_it(), 4)
    assert valid_iban_it(it_iban)
    a = az("gsi")
    return f"""{KOPF}

Eheleute
{P(h.full)} und {P(w.full)}
{A(h.str)}
{A(h.ort)}

Zeichen: {Z(a)}
Ansprechpartnerin: {P(st.full)}, {T(st.dial)}
Datum: 04.03.2026

Grundsicherung im Alter und bei Erwerbsminderung (§§ 41 ff. SGB XII) – Bewilligungsbescheid

Sehr geehrte Frau {P(w.last)}, sehr geehrter Herr {P(h.last)},

auf Ihren Antrag vom 02.01.2026 bewillige ich Ihnen für die Zeit vom 01.01.2026 bis 31.12.2026 Leistungen der Grundsicherung im Alter. Leistungsberechtigt sind:

• {P(h.full)}, geboren {D(dob(h, 0))}
• {P(w.full)}, geboren {D(dob(w, 0))}

Der monatliche Zahlbetrag beträgt 618,44 EUR. Angerechnet werden die Altersrente von Herrn {P(h.last)} (Deutsche Rentenversicherung Westfalen, Vers.-Nr. {SS(rvnr(h, spaced=False))}), die italienische Rente der INPS (Auszahlung auf das Konto {IB(it_iban)} bei der Banca Popolare di Bari) sowie die Rente von Frau {P(w.last)} (Vers.-Nr. {SS(rvnr(w))}).

Die Leistung wird monatlich im Voraus auf das Konto {IB(iban_de(True))} (Kontoinhaber: {P(h.full)}) überwiesen.

Bitte teilen Sie jede Änderung Ihrer Verhältnisse sofort mit, insbesondere Rentenerhöhungen, Umzug, Aufenthalte in Italien von mehr als vier Wochen und Änderungen des Vermögens.

Die Berechnung liegt diesem Bescheid als Anlage bei.

Mit freundlichen Grüßen
Im Auftrag
{P(st.full)}"""


# 14 Outlook: worried neighbour writes to the Seniorenbüro; surnames that are ordinary nouns
@doc("outlook", "seniorenbuero-nachbarin", ["HEALTH"])
def d14():
    nb = person("de", "f", born=(1955, 1965), last="Vogel")
    old = person("de", "m", born=(1934, 1940), last="Koch")
    s1 = staff("sen1", g="f")
    return f"""Von: {E(nb.email)}
An: {N(SEN)}
Betreff: Sorge um Nachbarn

Guten Tag Frau {P(s1.last)},

Sie waren letztes Jahr bei uns im Nachbarschaftscafé, deshalb wende ich mich an Sie. Es geht um meinen Nachbarn, Herrn {P(old.full)}, {A(old.str)}, Erdgeschoss links. Er ist über 85 und lebt allein, seit seine Frau {P(R.choice(DE_F))} gestorben ist.

In letzter Zeit macht er mir Sorgen. Er trinkt viel, vergisst den Herd und stand letzte Woche nachts im Schlafanzug vor dem Haus, weil er den Schlüssel nicht fand. Sein Auto ([[KFZ|{plate()}]]) fährt er trotzdem noch. Der Koch vom Mittagstisch sagt, er kommt auch nicht mehr zum Essen. Seine Tochter wohnt in Bielefeld, ich habe nur ihre Handynummer: {T(mobile())} (Frau {P('Koch-' + R.choice(['Ahlers', 'Brandt', 'Siebert']))}).

Können Sie mal vorbeischauen? Ich will nicht, dass er ins Heim muss, aber so geht es nicht weiter. Bitte sagen Sie ihm nicht, dass ich mich gemeldet habe.

Mit freundlichen Grüßen
{P(nb.full)}
(wohne im 1. OG, gleiches Haus)
Tel. {T(nb.phone)}"""


# 15 Word: Betreuungsstelle proposes a professional guardian (Berufsbetreuer) to the court
@doc("word", "betreuervorschlag-gericht", ["HEALTH"])
def d15():
    bb = person("de", "m", born=(1965, 1980), home="near")
    b = person("it", "m", born=(1945, 1958))
    st = staff("bst1")
    ag = az("ag")
    return f"""Stadt Altenbrück an der Ruhr
Betreuungsstelle
Kanalstraße 22–24, 58463 Altenbrück

Amtsgericht Altenbrück
– Betreuungsgericht –
Gerichtsstraße 5
58463 Altenbrück

Ihr Aktenzeichen: {Z(ag)}
Betroffener: {P(b.full)}, geb. {D(dob(b, 0))}, derzeit LWL-Klinik Velmerstein, Station P3

Betreuervorschlag

Sehr geehrte Damen und Herren,

zu Ihrer Anfrage vom 12.02.2026 schlägt die Betreuungsstelle als Berufsbetreuer vor:

Herrn {P(bb.full)}
Betreuungsbüro {P(bb.last)}
{A(bb.str)}
{A(bb.ort)}
Telefon {T(bb.phone)}, E-Mail {E(bb.email)}

Herr {P(bb.last)} ist registrierter Berufsbetreuer (§ 24 BtOG) und hat freie Kapazitäten. Er spricht Italienisch, was bei Herrn {P(b.last)} hilfreich ist, da dieser nach der Psychose im Januar überwiegend in seiner Muttersprache kommuniziert. Familienangehörige stehen nicht zur Verfügung: Die Schwester {P(R.choice(IT_F) + ' ' + b.last)} lebt in Catania, der Kontakt ist abgebrochen.

Wir regen die Aufgabenkreise Vermögenssorge, Wohnungsangelegenheiten und Vertretung gegenüber Behörden an. Die Wohnung in der {A(b.str)} ist wegen Mietschulden gekündigt.

Mit freundlichen Grüßen
Im Auftrag
{P(st.full)}
Betreuungsstelle, {E(st.mail)}"""


# 16 Outlook: relative sends ID data for a Schwerbehinderten-Parkausweis (forwarded by Seniorenbüro)
@doc("outlook", "parkausweis-ausweisdaten", ["HEALTH"])
def d16():
    mum = person("de", "f", born=(1938, 1946))
    da = person("de", "f", young=True, born=(1968, 1978), home="near")
    s1 = staff("sen1", g="f")
    idc = I.id_card(check_digit=True)
    assert valid_icao(idc)
    pas = I.passport()
    return f"""Von: {P(s1.full)}
Gesendet: Mittwoch, 11. März 2026 09:15
An: Straßenverkehrsamt – Sondergenehmigungen
Betreff: WG: Parkausweis für meine Mutter

Zur Info und Erledigung – Frau {P(da.last)} war gestern in der Sprechstunde, die Mutter hat Merkzeichen aG.

Von: {P(da.full)} [mailto:{E(da.email)}]
Gesendet: Dienstag, 10. März 2026 19:48
An: {N(SEN)}
Betreff: Parkausweis für meine Mutter

Hallo Frau {P(s1.last)},

wie besprochen die Daten für den blauen Parkausweis:

Name: {P(mum.full)}, geb. {P(R.choice(['Niehues', 'Stratmann', 'Droste']))}
Geburtsdatum: {D(dob(mum, 0))}
Anschrift: {A(mum.str)}, {A(mum.ort)}
Personalausweis-Nr.: [[IDC|{idc}]]
(abgelaufener Reisepass: [[PASS|{pas}]])
Schwerbehindertenausweis: GdB 100, Merkzeichen aG, G, B – Multiple Sklerose, sie sitzt seit 2024 im Rollstuhl
Fahrzeug (gehört mir, ich fahre sie): [[KFZ|{plate()}]]

Den Ausweis bitte an meine Adresse schicken: {A(da.str)}, {A(da.ort)}. Für die Abholvollmacht: mein Perso hat die Nummer [[IDC|{I.id_card()}]].

Danke!
{P(da.first)}"""


# 17 Word: note to file on a home visit (Hausbesuch), Russian-German couple, Spätaussiedler
@doc("word", "aktenvermerk-hausbesuch", ["HEALTH", "ETHNICITY"])
def d17():
    h = person("ru", "m", born=(1938, 1945))
    w = person("ru", "f", born=(1940, 1947), last=h.last)
    st = staff("gsi2", origin="ru", g="f")
    a = az("gsi")
    return f"""Aktenvermerk
Az.: {Z(a)}
Betr.: Hausbesuch bei Eheleuten {P(h.last)}, {A(h.str)}, {A(h.ort)}
Datum des Besuchs: 09.03.2026, 11:00 Uhr
Anwesend: {P(h.full)} (*{D(dob(h, 1))}), {P(w.full)} (*{D(dob(w, 1))}), Enkelin {P(R.choice(['Anastasia', 'Alina', 'Viktoria']))}, Unterzeichnerin

Die Eheleute kamen 1994 als Spätaussiedler aus Karaganda (Kasachstan) nach Deutschland (Bescheinigung nach § 15 Abs. 1 BVFG liegt in Kopie vor). Herr {P(h.last)} erhält eine Rente nach dem Fremdrentengesetz, Frau {P(w.last)} eine kleine Altersrente und zusätzlich eine Rente aus Russland (SNILS {SS(snils())}).

Die Wohnung (2 Zimmer, 54 m², 2. OG ohne Aufzug) ist sauber und ordentlich. Frau {P(w.last)} ist nach zwei Hüftoperationen stark gehbehindert und verlässt die Wohnung kaum noch. Herr {P(h.last)} ist auf einem Auge erblindet.

Vermögen: Sparbuch ca. 2.100 EUR, ein Pkw (Lada Niva, Baujahr 2009, Kennzeichen [[KFZ|{plate()}]]), den der Enkel nutzt. Eine Grabstelle auf dem Friedhof Am Hohlweg ist bereits bezahlt.

Die Enkelin übersetzte teilweise. Sie ist erreichbar unter {T(mobile())}.

Ergebnis: Grundsicherung dem Grunde nach gegeben; Pkw als Vermögen prüfen (Verkehrswert unter 5.000 EUR?). Hinweis auf Wohnberatung und Hausnotruf gegeben.

{P(st.full)}, 10.03.2026"""


# 18 Outlook: son paid the funeral by credit card and pastes the receipt
@doc("outlook", "bestattung-kreditkarte")
def d18():
    son = person("de", "m", born=(1960, 1972), home="near")
    dec = person("de", "f", born=(1933, 1940), last=son.last)
    cc = I.credit_card(R.choice(["4", "51", "53"]), 16)
    assert valid_luhn(cc)
    st = staff("bk2")
    return f"""Betreff: Az. {Z(az('bk'))} – Nachweis Zahlung Bestattung

Sehr geehrte/r {P(st.full)},

anbei wie gewünscht der Nachweis, dass ich die Rechnung für die Beerdigung meiner Mutter {P(dec.full)} (geb. {D(dob(dec, 4))}, gest. 02.01.2026) bezahlt habe. Ich habe den Beleg vom Bestatter abgetippt, der Scan ist unleserlich:

---
Zahlungsbeleg Nr. 2026-0113
Betrag: 3.950,00 EUR
Karte: VISA/Mastercard {f"[[CC|{group(cc, 4, '-')}]]"}
Karteninhaber: {P(son.full.upper())}
Datum: 13.01.2026
Restbetrag 450,00 EUR: Mastercard [[CC|{group(I.credit_card("52", 16), 4)}]]
---

Das Geld fehlt mir jetzt natürlich. Ich beziehe selbst nur Bürgergeld (Jobcenter, BG-Nummer {Z(f"{R.randint(10000, 99999)}BG{R.randint(1000000, 9999999)}")}) und wohne in einer kleinen Wohnung. Meine Schwester {P(R.choice(DE_F))} hat die Zahlung abgelehnt.

Bitte überweisen Sie die Erstattung auf mein Konto: {IB(iban_de(False))}.

Mit freundlichen Grüßen
{P(son.full)}
{A(son.str)}
{A(son.ort)}
{T(son.mobile)}"""


# 19 Word: Kostenübernahmeerklärung to a nursing home, resident's customer number at the home
@doc("word", "kostenuebernahme-heim", ["HEALTH"])
def d19():
    r = person("gr", "f", born=(1932, 1940))
    bt = person("de", "m", born=(1958, 1970), home="near")
    st = staff("hzp3")
    a = az("hzp")
    return f"""{KOPF}

St. Antonius-Stift gGmbH
Heimverwaltung
Overhoffstraße 12
58464 Altenbrück

Aktenzeichen: {Z(a)}
Ihre Bewohnernummer: {Z(f"B-{R.randint(10000, 99999)}")}
Datum: 27.02.2026

Kostenübernahmeerklärung – Hilfe zur Pflege in Einrichtungen

Bewohnerin: {P(r.full)}, geb. {D(dob(r, 5))}
bisherige Anschrift: {A(r.str)}, {A(r.ort)}
Pflegekasse: AOK NordWest, KVNR {KV(kvnr(0))}
Pflegegrad: 5 (seit 01.01.2026)
Rechtlicher Betreuer: Herr {P(bt.full)}, {A(bt.str)}, {A(bt.ort)}

Sehr geehrte Damen und Herren,

für Frau {P(r.last)} übernehme ich ab dem Einzugstag, 15.01.2026, die nach Abzug der Leistungen der Pflegekasse und des einzusetzenden Einkommens ungedeckten Kosten des Heimaufenthalts nach Maßgabe der Vergütungsvereinbarung. Bitte rechnen Sie monatlich unter Angabe des Aktenzeichens ab.

Bei Entlassung, Krankenhausaufenthalt von mehr als drei Tagen oder Tod der Bewohnerin bitte ich um sofortige Nachricht an {N(SOZ)}.

Eine Durchschrift erhält der Betreuer, Herr {P(bt.last)}.

Mit freundlichen Grüßen
Im Auftrag
{P(st.full)}"""


# 20 Outlook: relative abroad (Greece), mixed English/German, burial and estate, AMKA, AFM, Greek IBAN
@doc("outlook", "angehoerige-ausland-gr")
def d20():
    dec = person("gr", "m", born=(1936, 1944))
    nep = person("gr", "m", born=(1970, 1980), young=False)
    st = staff("bk1")
    afm = greek_afm()
    assert valid_afm(afm)
    a = amka(dec.y, dec.m, dec.d)
    assert valid_luhn(a)
    return f"""From: {P(nep.full)} <{E(translit(nep.first)[0] + '.' + translit(nep.last) + '@otenet.gr')}>
Sent: Thursday, March 5, 2026 21:14
To: {N(SOZ)}
Subject: Burial of my uncle {P(dec.full)} / Bestattung

Dear Sir or Madam, sehr geehrte Damen und Herren,

I am the nephew of {P(dec.full)}, born {D(dob(dec, 5))} in Kavala, who died on 19 February in Altenbrück. My uncle lived alone at {A(dec.str)}, {A(dec.ort)}; he had no wife and no children. The funeral director told me the city has paid the burial because nobody took responsibility in time. I am sorry, I learned it only last week from his neighbour Mrs. {P(R.choice(DE_F) + ' ' + R.choice(DE_L))}.

I would like to pay back what is fair and to transfer him later to our family grave in Greece. For the Greek authorities I need a German death certificate. His Greek numbers are: AMKA {SS(a)}, AFM [[TID|{afm}]].

My address: {A('Odos Egnatias ' + str(R.randint(2, 180)))}, {A('546 30 Thessaloniki')}, Greece. Phone/WhatsApp {T('+30 69' + I.digits(1) + ' ' + I.digits(3) + ' ' + I.digits(4))}.
Bank account for any refund: {IB(iban_f('GR', 23))} (Eurobank).

Thank you and best regards / Mit freundlichen Grüßen
{P(nep.full)}"""


def died():
    m = R.choice([12, 1, 2, 3])
    return f"{R.randint(1, 14 if m == 3 else 28):02d}.{m:02d}.{2025 if m == 12 else 2026}"


# 21 Word: list of ordnungsbehördliche Bestattungen (tab-separated), dates of death are not birth dates
@doc("word", "liste-ordnungsbehoerdliche-bestattungen")
def d21():
    st = staff("bk1")
    rows = []
    for o, g in [("de", "m"), ("pl", "m"), ("de", "f"), ("tr", "m"), ("ru", "f"), ("de", "m")]:
        p = person(o, g, born=(1938, 1962))
        rows.append(f"{Z(az('bk'))}\t{P(p.full)}\t{D(dob(p, 0))}\t{died()}\t"
                    f"{A(p.str)}, {A(p.ort)}\t{R.choice(['Urnenreihengrab', 'Erdreihengrab', 'anonymes Urnenfeld'])}")
    return f"""Stadt Altenbrück an der Ruhr – Fachbereich 50
Ordnungsbehördliche Bestattungen (§ 8 Abs. 1 BestG NRW) – Übersicht 1. Quartal 2026
Stand: 16.03.2026, Bearbeitung: {P(st.full)}

Az.\tVerstorbene/r\tgeb.\tverst.\tletzte Anschrift\tGrabart
{chr(10).join(rows)}

Hinweise:
– Bei Az. {Z(az('bk'))} (Frau {P(R.choice(DE_F) + ' ' + R.choice(DE_L))}, noch nicht bestattet) wird noch eine Tochter in Polen ermittelt; Anfrage an die Botschaft läuft.
– Kostenerstattung gegenüber Erben nach § 8 Abs. 3 BestG NRW wird in allen Fällen geprüft; Nachlassgericht ist informiert.
– Die Liste ist nur für den Dienstgebrauch bestimmt."""


# 22 Outlook: informal internal chat-like mail between colleagues (lower case), surnames only
@doc("outlook", "intern-kollegen-kurz")
def d22():
    a1 = staff("gsi1", origin="tr")
    a2 = staff("gsi2", origin="ru", g="f")
    c1 = person("it", "m", born=(1940, 1955))
    c2 = person("de", "f", born=(1940, 1955), last="Sommer")
    return f"""Von: {P(a2.full)}
An: {P(a1.full)}
Betreff: kurz wg. {P(c1.last.lower())} und {P(c2.last.lower())}

hi {P(a1.first.lower())},

kannst du bei {P(c1.last.lower())} ({Z(az('gsi'))}) nochmal reinschauen? der hat angerufen, seine rente ist seit feb höher und er will wissen ob er was zurückzahlen muss. handy {T(c1.mobile)}, er geht aber selten ran, lieber vormittags festnetz {T(c1.phone)}.

und bei frau {P(c2.last.lower())} ist die miete im sommer gestiegen, neuer mietvertrag liegt bei mir aufm tisch. sie zieht evtl. zur tochter, {A('am rosenhügel ' + str(R.randint(2, 60)))}, {A('58095 hagen')}.

danke dir, bin ab 14 uhr im homeoffice
{P(a2.first.lower())}"""


# 23 Word: Anhörung on undeclared assets, Polish man (car, Polish account), Steuer-ID
@doc("word", "gsi-anhoerung-vermoegen")
def d23():
    p = person("pl", "m", born=(1948, 1957))
    st = staff("gsi2", origin="ru", g="f")
    a = az("gsi")
    return f"""{KOPF}

{window(p)}

Ihr Zeichen / Steuer-IdNr.: [[TID|{taxid(False)}]]
Mein Zeichen: {Z(a)}
Auskunft: {P(st.full)} · {T(st.dial)}

Altenbrück, 09.03.2026

Grundsicherung im Alter – Anhörung zu nicht angegebenem Vermögen

{p.geehrt} {P(p.last)},

nach Mitteilung des Bundeszentralamts für Steuern (Kontenabruf) verfügen Sie über ein Konto in Polen, Bank Pekao S.A., IBAN {IB(iban_f('PL', 24, spaced=False))}. Außerdem ist auf Sie seit dem 12.08.2025 ein Pkw Skoda Octavia mit dem amtlichen Kennzeichen [[KFZ|{plate()}]] zugelassen.

Beides haben Sie in Ihrem Weiterbewilligungsantrag vom 30.11.2025 nicht angegeben. Ich bitte Sie, bis zum 31.03.2026
– Kontoauszüge des polnischen Kontos für die letzten zwölf Monate,
– den Kaufvertrag und den Fahrzeugschein des Pkw sowie
– eine Erklärung, woher die Mittel stammen,
vorzulegen. Soweit das Vermögen den Schonbetrag von 10.000 EUR übersteigt, besteht kein Anspruch auf Leistungen.

Sie haben nach § 24 SGB X Gelegenheit zur Stellungnahme. Sie können auch persönlich vorsprechen; bitte vereinbaren Sie einen Termin unter {N(SWITCH)}.

Mit freundlichen Grüßen
Im Auftrag
{P(st.full)}"""


# 24 Outlook: volunteer guardian (daughter) sends tax data of her mother (rental income)
@doc("outlook", "betreuerin-steuerdaten", ["HEALTH"])
def d24():
    mum = person("it", "f", born=(1935, 1943))
    da = person("it", "f", young=True, born=(1965, 1975), home="near", last=mum.last)
    st = staff("hzp1")
    return f"""Von: {P(da.full)} <{E(da.email)}>
Gesendet: Sonntag, 8. März 2026 22:03
An: {P(st.full)} <{E(st.mail)}>
Betreff: Re: Einkommensnachweise Mama – {Z(az('hzp'))}

{'Lieber Herr' if st.g == 'm' else 'Liebe Frau'} {P(st.last)},

sorry für die späte Antwort, ich war die ganze Woche bei Mama im Krankenhaus (Lungenentzündung, jetzt wieder im Heim).

Hier die Angaben aus dem Steuerbescheid 2024 meiner Mutter {P(mum.full)}:
- Steuernummer: [[TNR|{I.tax_number_federal_nrw()}]]
- Steuer-ID: [[TID|{taxid(True)}]]
- Einkünfte aus Vermietung (Wohnung {A(R.choice(ALT_STREETS) + ' ' + str(R.randint(1, 90)))} hier in Altenbrück): 4.210 EUR im Jahr

Die Wohnung ist an ein junges Paar vermietet, die Miete geht auf Mamas Konto {IB(iban_de(True))}. Das Haus in Italien (Apulien) gehört zu einem Drittel meiner Mutter und zu je einem Drittel mir und meinem Bruder {P(R.choice(IT_M))}, dazu schicke ich den Grundbuchauszug (catasto) nach.

Meinen Betreuerausweis ({Z(az('ag'))}) hänge ich nochmal an.

Viele Grüße
{P(da.full)}

Am 02.03.2026 um 09:41 schrieb {P(st.full)} <{E(st.mail)}>:
> Sehr geehrte Frau {P(da.last)},
> für die Weiterbewilligung benötige ich noch den letzten Steuerbescheid Ihrer Mutter.
> Mit freundlichen Grüßen
> {P(st.full)}"""


# 25 Word: Seniorenbüro note on a complaint; reveals party and union membership
@doc("word", "seniorenbuero-beschwerde-vermerk", ["POLITICS", "UNION"])
def d25():
    c = person("de", "m", born=(1942, 1950))
    s1 = staff("sen1", g="f")
    s2 = staff("sen2", origin="yy")
    return f"""Vermerk Seniorenbüro
Datum: 03.03.2026
Verfasserin: {P(s1.full)}
Betreff: Beschwerde {P(c.full)} über den Wegfall des Seniorentreffs Wenzlar

Herr {P(c.last)} ({A(c.str)}, {A(c.ort)}, Tel. {T(c.phone)}, E-Mail {E(c.email)}) rief am 02.03.2026 an und beschwerte sich sehr deutlich über die Schließung des Seniorentreffs im Gemeindehaus Wenzlar. Er sei seit 40 Jahren Mitglied der IG Bergbau, Chemie, Energie und spreche auch für die Seniorengruppe der Gewerkschaft, die sich dort jeden Dienstag trifft.

Außerdem kündigte Herr {P(c.last)} an, das Thema als Mitglied des SPD-Ortsvereins Wenzlar in die nächste Sitzung der Bezirksvertretung zu tragen und die Presse einzuschalten. Er verwies auf seine Kontakte zu Frau {P(R.choice(DE_F) + ' ' + R.choice(DE_L))}, die für die Partei im Rat sitzt.

Ich habe erläutert, dass der Raum wegen Brandschutzmängeln bis auf Weiteres nicht genutzt werden kann und eine Ausweichmöglichkeit im Bürgerhaus Hollenstein besteht. Herr {P(c.last)} lehnte das ab (zu weit, keine Busverbindung).

Vereinbart: Rückruf durch {s2.herrn} {P(s2.full)} bis 10.03.2026 mit Angeboten zum Fahrdienst. Kopie an FB 50 Leitung.

{P(s1.first[0] + '. ' + s1.last)}"""


# 26 Outlook: forwarded mail of a Pflegekasse clerk (decision on Pflegegrad), several number formats
@doc("outlook", "pflegekasse-weiterleitung", ["HEALTH"])
def d26():
    kl = person("tr", "f", born=(1941, 1950))
    pk = person("de", "m", young=True, born=(1980, 1992), home="near")
    st = staff("hzp2", g="f")
    st3 = staff("hzp3")
    kv = kvnr(1)
    return f"""Von: {P(st.full)}
An: {P(st3.full)}
Betreff: WG: Ihre Anfrage Pflegegrad {P(kl.last)}

zur Akte {Z(az('hzp'))}, Pflegegrad liegt jetzt vor. Bitte HzP-Bedarf neu berechnen.

-----Ursprüngliche Nachricht-----
Von: {P(pk.full)} <{E(translit(pk.first) + '.' + translit(pk.last) + '@pflegekasse-ruhr.de')}>
Gesendet: Donnerstag, 12. März 2026 13:20
An: {P(st.full)}
Betreff: Ihre Anfrage Pflegegrad {P(kl.last)}

Sehr geehrte Frau {P(st.last)},

zu Ihrer Anfrage teile ich Ihnen mit, dass für unsere Versicherte
{P(kl.full)}, geb. {D(dob(kl, 2))}, Vers.-Nr. {KV(kv)},
nach dem Gutachten des Medizinischen Dienstes vom 24.02.2026 ab 01.02.2026 der Pflegegrad 3 festgestellt wurde (vorher 2). Ursächlich sind die fortschreitende Parkinson-Erkrankung und eine Depression.

Die Versicherte hat eine Schweigepflichtentbindung zugunsten der Stadt Altenbrück erteilt. Den Bescheid hat ihr Sohn {P(R.choice(TR_M) + ' ' + kl.last)} als Bevollmächtigter erhalten.

Mit freundlichen Grüßen
{P(pk.full)}
Leistungsabteilung Pflege
Durchwahl {T('0231 ' + I.digits(3, True) + '-' + I.digits(4))}"""


# 27 Word: Anhörung to the surviving partner of a deceased man (same-sex partnership), § 74 SGB XII
@doc("word", "bestattung-lebensgefaehrte", ["SEXUAL_ORIENTATION", "HEALTH"])
def d27():
    dec = person("de", "m", born=(1950, 1960))
    lp = person("gr", "m", born=(1952, 1962))
    st = staff("bk2")
    a = az("bk")
    return f"""{KOPF}

{window(lp)}

Aktenzeichen: {Z(a)}
Datum: 10.03.2026

Ihr Antrag auf Übernahme der Bestattungskosten für Herrn {P(dec.full)}

{lp.geehrt} {P(lp.last)},

zunächst möchte ich Ihnen zum Tod Ihres Lebensgefährten mein aufrichtiges Beileid aussprechen. Sie schreiben, dass Sie mit Herrn {P(dec.last)} 31 Jahre zusammengelebt haben und im Jahr 2019 eine Ehe schließen wollten, was wegen seiner Krebserkrankung nicht mehr zustande kam.

Nach § 74 SGB XII werden die erforderlichen Kosten einer Bestattung übernommen, soweit den hierzu Verpflichteten nicht zugemutet werden kann, sie zu tragen. Als nicht verheirateter Partner sind Sie nach dem Bestattungsgesetz NRW nicht vorrangig bestattungspflichtig; vorrangig verpflichtet ist hier zunächst die Schwester des Verstorbenen, Frau {P(R.choice(DE_F) + ' ' + R.choice(DE_L))}, {A(R.choice(NEAR_STREETS) + ' ' + str(R.randint(1, 99)))}, {A('33602 Bielefeld')}. Da Sie den Bestattungsvertrag aber selbst unterschrieben haben, können Sie als derjenige, der die Kosten getragen hat, einen Anspruch haben.

Um das prüfen zu können, benötige ich:
– die Sterbeurkunde von Herrn {P(dec.last)} (geb. {D(dob(dec, 3))}),
– Nachweise über Ihr eigenes Einkommen und Vermögen,
– die Bestattungsrechnung und den Zahlungsnachweis,
– Angaben zum Nachlass (Konto Ihres verstorbenen Partners: {IB(iban_de(True))}).

Sie haben Gelegenheit, sich bis zum 07.04.2026 zu äußern.

Mit freundlichen Grüßen
Im Auftrag
{P(st.full)}"""


# 28 Outlook: daughter writes to the Betreuungsstelle – Huntington's disease, genetic test
@doc("outlook", "betreuungsstelle-huntington", ["HEALTH", "GENETIC"])
def d28():
    dad = person("de", "m", born=(1952, 1960))
    da = person("de", "f", young=True, born=(1978, 1988), home="near", last=dad.last)
    st = staff("bst1")
    return f"""An: {N(BST)}
Betreff: Vorsorgevollmacht / Betreuung für meinen Vater {P(dad.full)}

Sehr geehrte Damen und Herren,

mein Vater {P(dad.full)}, geboren am {D(dob(dad, 3))}, wohnhaft {A(dad.str)} in {A(dad.ort)}, hat Chorea Huntington. Die Krankheit ist seit 2021 bekannt und schreitet schnell voran; er kann kaum noch sprechen und nicht mehr allein essen.

Ich habe mich im letzten Jahr selbst genetisch testen lassen (Humangenetik Uniklinik Essen). Das Ergebnis ist positiv, ich trage die Mutation also auch. Deshalb möchte ich jetzt für mich selbst eine Vorsorgevollmacht machen und gleichzeitig für meinen Vater eine Betreuung anregen, weil er keine Vollmacht mehr unterschreiben kann.

{st.anrede} {P(st.last)} aus Ihrem Team war vor zwei Jahren schon einmal bei uns. Können Sie mir sagen, ob ich die Unterschrift unter meiner Vollmacht bei Ihnen beglaubigen lassen kann und was das kostet?

Mein Bruder {P(R.choice(DE_M) + ' ' + dad.last)} ist einverstanden, dass ich die Betreuung übernehme.

Mit freundlichen Grüßen
{P(da.full)}
{A(da.str)}, {A(da.ort)}
Tel. {T(da.mobile)}
geb. {D(dob(da, 0))}"""


# 29 Word: vacation handover list as a Markdown table
@doc("word", "uebergabe-markdown", ["HEALTH"])
def d29():
    st = staff("hzp1")
    rep = staff("hzp3")
    rows = []
    tasks = ["Widerspruch Kostenbeitrag, Frist 27.03.", "Heimwechsel geplant, KÜ neu", "Rückforderung Pflegegeld prüfen",
             "Pflegegrad 4 → 5 beantragt (Demenz)", "Erbe ausgeschlagen, Nachlass klären", "Sohn zahlt Unterhalt?"]
    for i, (o, g) in enumerate([("tr", "m"), ("de", "f"), ("pl", "f"), ("gr", "m"), ("it", "f"), ("ru", "m")]):
        p = person(o, g, born=(1930, 1948))
        who = P(p.last + ", " + p.first) if i % 2 == 0 else P(p.first[0] + ". " + p.last)
        rows.append(f"| {Z(az('hzp'))} | {who} | {D(dob(p, 2)) if i % 3 else D(dob(p, 0))} | {tasks[i]} | {R.randint(17, 31)}.03. |")
    return f"""# Übergabe Urlaubsvertretung {P(st.full)} → {P(rep.full)}
Zeitraum: 16.03.–03.04.2026

| Az. | Leistungsberechtigte/r | geb. | offene Aufgabe | WV |
|---|---|---|---|---|
{chr(10).join(rows)}

**Sonstiges**
- Betreuer Herr {P(R.choice(DE_M) + ' ' + R.choice(DE_L))} ruft wegen Az. {Z(az('hzp'))} an – bitte Rückruf, Tel. {T(mobile())}.
- Heim „Haus am Treidelpfad" schickt Rechnungen künftig nur noch per E-Mail an {N(SOZ)}.
- Postfach: {E(st.mail)} ist mit Abwesenheitsnotiz versehen."""


# 30 Outlook: short mail of an elderly woman, first names, nickname, sender only as e-mail address
@doc("outlook", "seniorin-kurzmail", ["HEALTH"])
def d30():
    w = person("de", "f", born=(1936, 1944))
    fr = person("ru", "f", born=(1936, 1944))
    s2 = staff("sen2", origin="yy")
    return f"""Von: {E(w.email)}
An: {N(SEN)}
Betreff: Mittagstisch

Hallo {'lieber Herr' if s2.g == 'm' else 'liebe Frau'} {P(s2.last)},

ich wollte mich für den Mittagstisch im Bürgerhaus anmelden, ab April jeden Mittwoch. Meine Freundin {P(fr.first)} ({P(fr.full)}, wohnt bei mir gegenüber, {A(fr.str)}) möchte auch mitkommen, sie hat aber kein Internet. Ihre Nummer ist {T(fr.phone)}.

Können Sie uns beide abholen lassen? Ich laufe seit der neuen Hüfte mit dem Rollator und der Bus hält zu weit weg.

Meine Enkelin hat mir das mit der E-Mail eingerichtet, ich hoffe es kommt an.

Ganz liebe Grüße
Ihre {P(w.first)} ({P(w.last)})
{A(w.str)}, {A(w.ort)}
Tel. {T(w.phone)}"""


# ----------------------------------------------------------------------------------------------------------------

def main():
    out = []
    for i, (channel, template, fn, flags) in enumerate(DOCS, 1):
        marked = fn()
        out.append(build(f"F93-{i:03d}", channel, template, marked, flags))
    assert len(out) == 30, len(out)
    path = os.path.join(HERE, "fresh93.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in out:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"wrote {path}: {len(out)} documents, {sum(len(d['entities']) for d in out)} entities")


if __name__ == "__main__":
    main()
