#!/usr/bin/env python3
"""Blind test batch 88 (seed 8888): invented correspondence of the Stadt Oberkirchheim (Baden-Württemberg) –
Ratsbüro, Wahlamt, Beschwerdemanagement – with inline marks, written to fresh88.jsonl next to this file.

Deterministic: only random.Random(8888) and Identifiers(8888); no network, no clock.
Every identifier with a check digit is generated with a valid one and re-validated here by an independent
implementation (assert). Foreign identifiers: Italian codice fiscale (check character, odd/even tables),
Italian IBAN incl. CIN, Croatian OIB (ISO 7064 MOD 11,10), Croatian IBAN (bank code and account with
MOD 11,10 control digits), Kosovo IBAN (MOD 97-10), Russian SNILS (weighted sum mod 101), Italian passport
(format only, no check digit).
"""
import json
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # marks.py and identifiers.py sit beside this file
from marks import build  # noqa: E402
from identifiers import Identifiers, mod97_iban, group  # noqa: E402

SEED = 8888
rng = random.Random(SEED)
ids = Identifiers(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fresh88.jsonl")


# ----------------------------------------------------------------------------------------------- validators
def iso7064_11_10(ds):
    p = 10
    for c in ds:
        s = (int(c) + p) % 10 or 10
        p = s * 2 % 11
    return (11 - p) % 10


IBAN_LEN = {"DE": 22, "IT": 27, "HR": 21, "XK": 20, "AT": 20, "TR": 26}

CF_ODD = dict(zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]))
CF_ODD.update(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))


def cf_even(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 65


def cf_char(s):
    """Check character shared by the codice fiscale and the Italian CIN (positions 1,3,5.. use the odd table)."""
    return chr(65 + sum(CF_ODD[c] if i % 2 == 0 else cf_even(c) for i, c in enumerate(s)) % 26)


def iban_valid(s):
    x = s.replace(" ", "").upper()
    assert len(x) == IBAN_LEN[x[:2]], s
    r = x[4:] + x[:4]
    assert int("".join(str(int(c, 36)) for c in r)) % 97 == 1, s
    if x[:2] == "IT":
        assert cf_char(x[5:]) == x[4], s
    if x[:2] == "HR":
        assert iso7064_11_10(x[4:10]) == int(x[10]) and iso7064_11_10(x[11:20]) == int(x[20]), s
    return True


def taxid_valid(s):
    d = "".join(c for c in s if c.isdigit())
    assert len(d) == 11 and d[0] != "0", s
    counts = [d[:10].count(c) for c in "0123456789"]
    assert max(counts) <= 3 and sum(1 for c in counts if c >= 2) == 1, s
    assert iso7064_11_10(d[:10]) == int(d[10]), s
    return True


def oib_valid(s):
    assert len(s) == 11 and s.isdigit() and iso7064_11_10(s[:10]) == int(s[10]), s
    return True


def vat_valid(s):
    x = s.replace(" ", "")
    assert x[:2] == "DE" and len(x) == 11 and iso7064_11_10(x[2:10]) == int(x[10]), s
    return True


def icao(s):
    w = (7, 3, 1)
    return sum((int(c) if c.isdigit() else ord(c) - 55) * w[i % 3] for i, c in enumerate(s)) % 10


def idcard_valid(s, check):
    assert s[0] in "LMNPRTVWXY" and all(c in "CFGHJKLMNPRTVWXYZ0123456789" for c in s[:9]), s
    assert len(s) == (10 if check else 9), s
    if check:
        assert icao(s[:9]) == int(s[9]), s
    return True


def passport_valid(s):
    assert s[0] in "CFGHJK" and len(s) in (9, 10) and all(c in "CFGHJKLMNPRTVWXYZ0123456789" for c in s[:9]), s
    if len(s) == 10:
        assert icao(s[:9]) == int(s[9]), s
    return True


def dsum(n):
    return n // 10 + n % 10


def rvnr_check(head11):
    """head11 = area(2) + ddmmyy(6) + letter + serial(2)."""
    code = ord(head11[8]) - 64
    vals = [int(c) for c in head11[:8]] + [code // 10, code % 10] + [int(c) for c in head11[9:11]]
    return sum(dsum(v * w) for v, w in zip(vals, [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1])) % 10


def rvnr_valid(s):
    x = s.replace(" ", "")
    assert len(x) == 12 and x[8].isalpha() and rvnr_check(x[:11]) == int(x[11]), s
    return True


def kvnr_valid(s):
    code = ord(s[0]) - 64
    vals = [code // 10, code % 10] + [int(c) for c in s[1:9]]
    assert len(s) == 10 and sum(dsum(v * (1 if i % 2 == 0 else 2)) for i, v in enumerate(vals)) % 10 == int(s[9]), s
    return True


def luhn_valid(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, v in enumerate(reversed(d)):
        if i % 2 == 1:
            v *= 2
            v -= 9 if v > 9 else 0
        tot += v
    assert tot % 10 == 0 and 13 <= len(d) <= 19, s
    return True


def snils_check(s9):
    t = sum(int(c) * (9 - i) for i, c in enumerate(s9))
    if t < 100:
        return t
    if t in (100, 101):
        return 0
    t %= 101
    return 0 if t == 100 else t


def snils_valid(s):
    d = "".join(c for c in s if c.isdigit())
    assert len(d) == 11 and snils_check(d[:9]) == int(d[9:]), s
    return True


def cf_valid(s):
    assert len(s) == 16 and cf_char(s[:15]) == s[15], s
    return True


# self-test of the independent implementations against published vectors
assert cf_char("RSSMRA85T10A562") == "S"                   # codice fiscale example
assert cf_char("0542811101000000123456") == "X"            # IT60X0542811101000000123456
assert iban_valid("IT60X0542811101000000123456")
assert iban_valid("HR1210010051863000160")                 # IBAN registry example for Croatia
assert oib_valid("69435151530")
assert snils_check("112233445") == 95
_x = Identifiers(1)  # cross-check: helper generators against the independent validators above
for _ in range(50):
    assert rvnr_valid(_x.social_security("170839", "J")) and kvnr_valid(_x.health_insurance())
    assert taxid_valid(_x.tax_id()) and vat_valid(_x.vat_id()) and idcard_valid(_x.id_card(True), True)
    assert passport_valid(_x.passport(True)) and luhn_valid(_x.credit_card("4", 16)) and iban_valid(_x.iban_de())


# ----------------------------------------------------------------------------------------------- marks
def mk(code, check=None):
    def f(x):
        if check:
            check(x)
        return f"[[{code}|{x}]]"
    return f


P, A, E, T, N = mk("P"), mk("A"), mk("E"), mk("T"), mk("N")
DOB, KFZ, AZ = mk("DOB"), mk("KFZ"), mk("AZ")
IBAN = mk("IBAN", iban_valid)
TID = mk("TID", taxid_valid)
OIB = mk("TID", lambda x: oib_valid(x.replace(" ", "")))
CFI = mk("TID", cf_valid)
TNR = mk("TNR")
VAT = mk("VAT", vat_valid)
IDC = mk("IDC", lambda x: idcard_valid(x, len(x) == 10))
PASS_DE = mk("PASS", passport_valid)
PASS_FOREIGN = mk("PASS")
SSN = mk("SSN", rvnr_valid)
SNILS = mk("SSN", snils_valid)
KV = mk("KV", kvnr_valid)
CC = mk("CC", luhn_valid)

# the authority's own contact data (neutral)
SWITCH = "07026 6104-0"
OFFICE_STREET, OFFICE_CITY = "Marktplatz 1", "73284 Oberkirchheim"
RATSBUERO, WAHLAMT, BESCHWERDE, OBBUERO = ("ratsbuero@oberkirchheim.de", "wahlamt@oberkirchheim.de",
                                          "beschwerden@oberkirchheim.de", "oberbuergermeisterin@oberkirchheim.de")

# ----------------------------------------------------------------------------------------------- people
POOLS = {
    "swab": (["Gottlob", "Eberhard", "Reinhold", "Siegfried", "Jochen", "Hannes", "Timo", "Fabian", "Wolfgang",
              "Manfred", "Heinz", "Ulrich", "Lukas", "Jonas", "Dietmar", "Volker"],
             ["Hildegard", "Ulrike", "Gudrun", "Dorothee", "Annegret", "Gerlinde", "Katrin", "Lena", "Marlene",
              "Renate", "Sabine", "Svenja", "Theresa", "Kerstin", "Irmgard", "Friederike"],
             ["Häberle", "Pfleiderer", "Kächele", "Schwämmle", "Dürr", "Ruoff", "Nägele", "Hägele", "Gaiser",
              "Steimle", "Kübler", "Eisele", "Scheufele", "Frech", "Hummel", "Kienzle", "Bäuerle", "Weinmann",
              "Knödler", "Wurster", "Zwißler", "Beutelspacher", "Oesterle", "Greiner", "Schempp", "Fauser", "Rapp",
              "Kußmaul", "Schnaidt", "Ebinger", "Gommel", "Haug", "Schurr", "Bertsch", "Hezel", "Wörner", "Zeeb",
              "Mäule", "Rilling", "Wolfangel", "Stotz", "Pfisterer", "Gekeler", "Eppinger", "Kuttler", "Trautwein",
              "Raff", "Dannecker", "Fink", "Vogel"]),
    "baden": (["Bernhard", "Klaus", "Florian", "Matthias", "Erwin", "Stefan", "Benedikt"],
              ["Monika", "Angelika", "Franziska", "Regina", "Carola", "Judith", "Verena"],
              ["Fehrenbach", "Faller", "Kaltenbach", "Birkle", "Schätzle", "Ketterer", "Wehrle", "Dufner",
               "Tritschler", "Bührer", "Schwörer", "Stiefvater", "Rombach", "Disch", "Hättich", "Gißler", "Ganter",
               "Heizmann", "Kuner", "Sütterlin", "Zipfel", "Hauser"]),
    "it": (["Salvatore", "Rocco", "Vincenzo", "Giuseppe", "Antonio", "Luca", "Davide", "Marco"],
           ["Giuseppina", "Carmela", "Antonella", "Francesca", "Rosaria", "Giulia", "Chiara", "Concetta"],
           ["Esposito", "Lo Bianco", "Di Stefano", "Cusumano", "Pellegrino", "Caruso", "Santoro", "D'Amico",
            "Messina", "Vitale", "Greco", "Lombardo", "Marino", "Ferrara", "Bellomo", "Sorrentino", "Mancuso",
            "Palazzolo", "Ruggiero", "Scalia"]),
    "hr": (["Josip", "Zvonimir", "Ante", "Tomislav", "Dario", "Marko", "Ivica"],
           ["Ivana", "Marija", "Snježana", "Katarina", "Jelena", "Ana", "Dubravka"],
           ["Horvat", "Kovačević", "Jurić", "Tomić", "Matić", "Pavlović", "Vuković", "Grgić", "Šimić", "Božić", "Knežević", "Marić",
            "Blažević", "Perić", "Rukavina", "Lovrić", "Bošnjak", "Radić"]),
    "ks": (["Arbër", "Blerim", "Valon", "Besnik", "Driton", "Fatos", "Agon", "Shkëlzen", "Ilir"],
           ["Drita", "Fatmire", "Vjosa", "Arta", "Blerta", "Mimoza", "Teuta", "Valbona"],
           ["Krasniqi", "Berisha", "Hoxha", "Morina", "Shala", "Kelmendi", "Rexhepi", "Bytyqi", "Hasani",
            "Sylejmani", "Ahmeti", "Gjoka", "Musliu", "Zeqiri", "Osmani", "Rama", "Kryeziu", "Halili", "Avdiu"]),
    "tr": (["Hüseyin", "Murat", "Emre", "Cem", "Yusuf", "Ömer", "Tarık", "Oğuz"],
           ["Emine", "Gülsüm", "Elif", "Ayşe", "Sevgi", "Derya", "Hatice", "Büşra"],
           ["Yıldırım", "Özdemir", "Çelik", "Korkmaz", "Şahin", "Kılıç", "Arslan", "Doğan", "Güneş", "Karaca",
            "Bulut", "Öztürk", "Polat", "Aksoy", "Tekin", "Yavuz", "Kaplan", "Erdem", "Uçar", "Coşkun"]),
    "ru": (["Waldemar", "Viktor", "Alexander", "Eduard", "Andrej", "Dmitrij", "Jakob", "Artur", "Witali"],
           ["Lydia", "Swetlana", "Olga", "Natalja", "Irina", "Tatjana", "Valentina", "Nelli"],
           ["Reimer", "Friesen", "Dyck", "Wiens", "Harder", "Janzen", "Enns", "Klassen", "Neufeld", "Töws",
            "Iwanow/Iwanowa", "Kusnezow/Kusnezowa", "Sawatzky", "Bergen", "Thiessen", "Fast", "Martens", "Epp",
            "Rempel", "Petrow/Petrowa", "Wolkow/Wolkowa", "Hildebrandt", "Giesbrecht"]),
}
ORIGIN_WEIGHTS = [("swab", 5), ("baden", 2), ("it", 2), ("hr", 2), ("ks", 2), ("tr", 2), ("ru", 2)]

used_last, used_full = set(), set()


class Person:
    def __init__(self, first, last, sex, origin):
        self.first, self.last, self.sex, self.origin = first, last, sex, origin
        used_full.add(self.full)

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def inv(self):
        return f"{self.last}, {self.first}"

    @property
    def hr(self):  # Herr/Frau
        return "Herr" if self.sex == "m" else "Frau"

    @property
    def hrn(self):  # Herrn/Frau (dative/accusative)
        return "Herrn" if self.sex == "m" else "Frau"

    @property
    def geehrt(self):
        return "Sehr geehrter Herr" if self.sex == "m" else "Sehr geehrte Frau"


def fold(s):
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss").replace("ı", "i")
    s = s.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s.replace("'", "").replace(" ", "")


def person(origin=None, sex=None):
    if origin is None:
        origin = rng.choices([o for o, _ in ORIGIN_WEIGHTS], [w for _, w in ORIGIN_WEIGHTS])[0]
    if sex is None:
        sex = rng.choice("mf")
    m, f, lasts = POOLS[origin]
    last = rng.choice([x for x in lasts if x not in used_last])
    used_last.add(last)
    if "/" in last:
        last = last.split("/")[0 if sex == "m" else 1]
    firsts = [x for x in (m if sex == "m" else f) if f"{x} {last}" not in used_full]
    return Person(rng.choice(firsts), last, sex, origin)


def relative(p, sex, first=None):
    last = p.last
    if p.origin == "ru" and last.endswith("owa") and sex == "m":
        last = last[:-1]
    elif p.origin == "ru" and last.endswith("ow") and sex == "f":
        last = last + "a"
    m, f, _ = POOLS[p.origin]
    if first is None:
        first = rng.choice([x for x in (m if sex == "m" else f) if x != p.first])
    return Person(first, last, sex, p.origin)


DOMAINS = {
    "swab": ["web.de", "gmx.de", "t-online.de", "kabelbw.de", "posteo.de", "gmail.com", "online.de"],
    "baden": ["web.de", "gmx.de", "t-online.de", "posteo.de"],
    "it": ["libero.it", "gmail.com", "alice.it", "web.de"],
    "hr": ["gmail.com", "net.hr", "gmx.de"],
    "ks": ["gmail.com", "hotmail.com", "outlook.de"],
    "tr": ["gmail.com", "hotmail.de", "web.de", "icloud.com"],
    "ru": ["mail.ru", "web.de", "yandex.ru", "gmx.de"],
}


def email(p, domain=None):
    f, l_ = fold(p.first).lower(), fold(p.last).lower()
    local = rng.choice([f"{f}.{l_}", f"{f[0]}.{l_}", f"{l_}.{f}", f"{f}{l_}", f"{f}_{l_}",
                        f"{l_}{rng.randint(55, 99)}", f"{f}.{l_}{rng.randint(1, 99)}"])
    return f"{local}@{domain or rng.choice(DOMAINS[p.origin])}"


# staff and council members (fixed; their surnames are reserved)
def fixed(first, last, sex, origin):
    used_last.add(last)
    return Person(first, last, sex, origin)


OB = fixed("Annette", "Vöhringer", "f", "swab")
BM1 = fixed("Jochen", "Schöllkopf", "m", "swab")
RB_LEAD = fixed("Cornelia", "Trefz", "f", "swab")
RB_CLERK = fixed("Yannick", "Bauknecht", "m", "swab")
WA_LEAD = fixed("Tobias", "Laichinger", "m", "swab")
WA_CLERK = fixed("Mirela", "Babić", "f", "hr")
BS_LEAD = fixed("Sabrina", "Notz", "f", "swab")
BS_CLERK = fixed("Kemal", "Acar", "m", "tr")
OA = fixed("Heiko", "Stierle", "m", "swab")
GOELZ = fixed("Reinhold", "Gölz", "m", "swab")          # Freie Wähler
KUGLER = fixed("Dorothee", "Kugler", "f", "swab")       # Grüne
AYDIN = fixed("Serkan", "Aydın", "m", "tr")             # SPD
LAROSA = fixed("Giuseppina", "La Rosa", "f", "it")      # CDU
PENNER = fixed("Waldemar", "Penner", "m", "ru")         # CDU
MUERDTER = fixed("Eberhard", "Mürdter", "m", "swab")    # FDP
GASHI = fixed("Lirije", "Gashi", "f", "ks")             # Grüne
ALLM = fixed("Friedhelm", "Allmendinger", "m", "swab")  # Bürgerliste
PERKOVIC = fixed("Zvonimir", "Perković", "m", "hr")     # Freie Wähler, Elektromeister
used_last.update({"Esposito", "Häberle", "Schlecht"})  # written by hand in d21, d28, d15

# ----------------------------------------------------------------------------------------------- places, numbers
OK_STREETS = ["Kelterweg", "Stäffelesgasse", "Wengertsteige", "Im Täle", "Hintere Gasse", "Untere Au",
              "Bei der Zehntscheuer", "Gänswasen", "Öschweg", "Sonnenhalde", "Am Wasserturm", "Lembergstraße",
              "Hohenstaufenstraße", "Mörikeweg", "Uhlandstraße", "Kirchheimer Straße", "Teckblick",
              "Hungerbergweg", "Mühlkanal", "Zollernring", "Rotbachstraße", "Ziegeleiweg", "Obere Kelter",
              "Schelmenwasen", "Eichendorffstraße", "Rosenackerweg", "Wolfsgrube", "Max-Eyth-Straße",
              "Lindachweg", "Auf dem Bühl", "Brunnenstaffel", "Kronenwiesen", "Galgenbergweg"]
OK_PLACES = [("73284", "Oberkirchheim", 6), ("73284", "Oberkirchheim-Rotbach", 2),
             ("73286", "Oberkirchheim-Unterweiler", 2), ("73286", "Oberkirchheim-Steinenfeld", 2)]
OTHER = [("73230", "Kirchheim unter Teck", ["Steinbeisstraße", "Dettinger Straße", "Alleenstraße"]),
         ("72622", "Nürtingen", ["Neckarsteige", "Braike", "Säerstraße"]),
         ("73728", "Esslingen am Neckar", ["Ritterstraße", "Pliensaustraße", "Obertorstraße"]),
         ("72764", "Reutlingen", ["Gartenstraße", "Lederstraße"]),
         ("70190", "Stuttgart", ["Neckarstraße", "Werderstraße"]),
         ("77652", "Offenburg", ["Hauptstraße", "Zähringerstraße"])]


def hausnr():
    n = rng.randint(1, 68)
    kind = rng.choices(["n", "a", "slash", "range", "spaceA"], [10, 3, 2, 1, 1])[0]
    if kind == "a":
        return f"{n}{rng.choice('abc')}"
    if kind == "slash":
        return f"{n}/{rng.randint(1, 3)}"
    if kind == "range":
        return f"{n}–{n + 2}" if rng.random() < 0.5 else f"{n}-{n + 2}"
    if kind == "spaceA":
        return f"{n} {rng.choice('AB')}"
    return str(n)


used_streets = set()


def addr(local=True, street=None):
    """(street with number, postcode + place)."""
    if local:
        if street is None:
            choices = [s for s in OK_STREETS if s not in used_streets] or OK_STREETS
            street = rng.choice(choices)
            used_streets.add(street)
        plz, place, _ = rng.choices(OK_PLACES, [w for *_, w in OK_PLACES])[0]
    else:
        plz, place, streets = rng.choice(OTHER)
        street = street or rng.choice(streets)
    return f"{street} {hausnr()}", f"{plz} {place}"


def ndig(n, first_nonzero=True):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    return (rng.choice("123456789") + s[1:]) if first_nonzero else s


def tel_local(style=None):
    n = ndig(rng.choice([5, 6]))
    style = style or rng.choice(["space", "slash", "paren", "intl", "dash", "grouped"])
    if style == "space":
        return f"07026 {n}"
    if style == "slash":
        return f"07026/{n}"
    if style == "paren":
        return f"(07026) {n}"
    if style == "intl":
        return f"+49 7026 {n}"
    if style == "dash":
        return f"07026-{n}"
    return "0 70 26 / " + " ".join(n[i:i + 2] for i in range(0, len(n), 2))


def tel_region():
    area = rng.choice(["07021", "07022", "0711", "07024", "07153", "0781"])
    n = ndig(6 if len(area) == 5 else 7)
    return rng.choice([f"{area} {n}", f"{area}/{n}", f"{area}-{n[:3]} {n[3:]}"])


def mobile(style=None):
    pre = rng.choice(["0151", "0152", "0157", "0160", "0162", "0170", "0171", "0172", "0173", "0176", "0177",
                      "0178", "0179", "01590"])
    n = ndig(8 if pre in ("0151", "0152", "0157", "0160", "0162", "0176", "0177", "0178", "0179") else 7)
    style = style or rng.choice(["plain", "space", "dash", "slash", "intl", "intl0", "grouped"])
    if style == "plain":
        return f"{pre}{n}"
    if style == "space":
        return f"{pre} {n}"
    if style == "dash":
        return f"{pre}-{n}"
    if style == "slash":
        return f"{pre}/{n}"
    if style == "intl":
        return f"+49 {pre[1:]} {n}"
    if style == "intl0":
        return f"+49 (0) {pre[1:]} {n}"
    return f"{pre} {n[:3]} {n[3:5]} {n[5:]}"


MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def bdate(y0, y1):
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(y0, y1)


def fdate(d, style):
    dd, mm, yy = d
    return {"dmy4": f"{dd:02d}.{mm:02d}.{yy}", "short": f"{dd}.{mm}.{yy}", "dmy2": f"{dd:02d}.{mm:02d}.{yy % 100:02d}",
            "long": f"{dd}. {MONTHS[mm - 1]} {yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}",
            "slash": f"{dd:02d}/{mm:02d}/{yy}"}[style]


def iban_de(style="space"):
    raw = ids.iban_de()
    return fmt_iban(raw, style)


def fmt_iban(raw, style):
    if style == "space":
        return group(raw, 4)
    if style == "lower":
        return group(raw, 4).lower()
    return raw


def iban_it():
    abi, cab, conto = rng.choice(["03069", "02008", "05034", "01030"]), ndig(5), ndig(12, False)
    body = abi + cab + conto
    return mod97_iban("IT", cf_char(body) + body)


def iban_hr():
    bank6 = rng.choice(["234000", "236000", "248400", "240200"])
    acct9 = ndig(9)
    bban = bank6 + str(iso7064_11_10(bank6)) + acct9 + str(iso7064_11_10(acct9))
    return mod97_iban("HR", bban)


def iban_xk():
    return ids.iban("XK", 16)


def oib():
    d = ndig(10)
    return d + str(iso7064_11_10(d))


def snils():
    while True:
        d = ndig(9)
        if int(d) > 1001998:
            c = snils_check(d)
            return f"{d[:3]}-{d[3:6]}-{d[6:]} {c:02d}"


def rvnr(d, birth_surname, sex, spaced=True):
    area = rng.choice(["08", "09", "10", "13", "15"])
    dd, mm, yy = d
    head = f"{area}{dd:02d}{mm:02d}{yy % 100:02d}{fold(birth_surname)[0].upper()}"
    serial = f"{rng.randint(0, 49) if sex == 'm' else rng.randint(50, 99):02d}"
    head += serial
    full = head + str(rvnr_check(head))
    return f"{full[:2]} {full[2:8]} {full[8]} {full[9:]}" if spaced else full


def codice_fiscale(p, d, comune):
    def letters(s):
        s = fold(s).upper()
        cons = [c for c in s if c.isalpha() and c not in "AEIOU"]
        vow = [c for c in s if c in "AEIOU"]
        return cons, vow
    c, v = letters(p.last)
    sur = "".join((c + v + ["X"] * 3)[:3])
    c, v = letters(p.first)
    nam = "".join([c[0], c[2], c[3]]) if len(c) >= 4 else "".join((c + v + ["X"] * 3)[:3])
    dd, mm, yy = d
    body = f"{sur}{nam}{yy % 100:02d}{'ABCDEHLMPRST'[mm - 1]}{dd + (40 if p.sex == 'f' else 0):02d}{comune}"
    return body + cf_char(body)


def plate_bw(code=None):
    code = code or rng.choice(["ES", "ES", "ES", "GP", "WN", "RT", "TÜ", "S", "BB"])
    letters = "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXZ") for _ in range(rng.choice([1, 2])))
    num = str(rng.randint(1, 9999 if len(letters) == 1 else 999 if len(code) >= 2 else 9999))
    sep = rng.choice(["-", " "])
    return f"{code}{sep}{letters} {num}"


def cc_number(prefix, length):
    return ids.credit_card(prefix, length)


def steuernummer_bw():
    ff = rng.choice(["59", "60", "69", "99", "93"])
    return f"{ff}{ndig(3, False)}/{ndig(5, False)}"


def steuernummer_bw13(st10):
    d = st10.replace("/", "")
    return "28" + d[:2] + "0" + d[2:]


# ----------------------------------------------------------------------------------------------- documents
DOCS = []


def doc(channel, template):
    def reg(fn):
        DOCS.append((channel, template, fn))
        return fn
    return reg


@doc("outlook", "ratsmail_weiterleitung_laerm")
def d01():
    cit = person("it", "m")
    wife = relative(cit, "f")
    wirt = person("hr", "m")
    st, pc = addr(street="Schafgasse")
    az = f"32.4-{ndig(4, False)}/2026"
    text = f"""Von: {P(GOELZ.inv)} <{E(email(GOELZ, "t-online.de"))}>
Gesendet: Dienstag, 3. März 2026 07:58
An: Ratsbüro Oberkirchheim <{N(RATSBUERO)}>
Cc: {P(KUGLER.inv)} <{E("d.kugler@gruene-oberkirchheim.de")}>
Betreff: WG: Lärm Gaststätte „Zur Traube“ – bitte um Prüfung

Liebe Frau {P(RB_LEAD.last)},

anbei eine Mail, die mich gestern Abend erreicht hat. Herr {P(cit.last)} wohnt direkt gegenüber der „Traube“ in der {A(st)} und hat sich nach eigener Aussage schon zweimal beim Ordnungsamt gemeldet (dortiges Az. {AZ(az)}). Könnten Sie das bitte ans Beschwerdemanagement weitergeben und mir bis zur Sitzung des Verwaltungsausschusses am 12.03. kurz Bescheid geben? Frau {P(KUGLER.last)} ist in Kopie, weil sie im selben Quartier wohnt.

Danke und Gruß
{P(GOELZ.full)}
Stadtrat | Fraktion Freie Wähler Oberkirchheim
Mobil {T(mobile("space"))}

Am 2. März 2026 um 22:41 schrieb {P(cit.full)} <{E(email(cit))}>:

> Sehr geehrter Herr {P(GOELZ.last)},
>
> Sie kennen mich vom Sommerfest in der Kelter. Seit der neue Pächter, Herr {P(wirt.full)}, im Januar die Traube übernommen hat, läuft jeden Freitag und Samstag bis nach Mitternacht Musik auf der Terrasse. Meine Frau {P(wife.first)} arbeitet im Frühdienst in der Bäckerei und kommt nicht mehr zum Schlafen. Mit Herrn {P(wirt.last)} habe ich zweimal gesprochen, er sagt nur, er habe eine Genehmigung bis 24 Uhr.
>
> Ich bitte Sie, das im Gemeinderat anzusprechen.
>
> Mit freundlichen Grüßen
> {P(cit.full)}
> {A(st)}
> {A(pc)}
> Tel. {T(tel_local("space"))}"""
    return text, ["POLITICS"]


@doc("word", "petition_unterschriftenliste")
def d02():
    vp = person("swab", "f")
    st, pc = addr(street="Wengertsteige")
    used_streets.add("Wengertsteige")
    nr = f"P-2026/{rng.randint(3, 9):03d}"
    rows = []
    signers = []
    for i in range(12):
        s = person(["swab", "baden", "it", "hr", "ks", "tr", "ru", "swab", "swab", "ru", "it", "swab"][i])
        signers.append(s)
    for i, s in enumerate(signers, 1):
        if i == 4:  # household line: two signers, one name span each
            s2 = relative(s, "m" if s.sex == "f" else "f")
            name = f"{P(s.inv)} und {P(s2.first)}"
        elif i == 9:
            name = "(unleserlich)"
        else:
            name = P(s.inv)
        if i == 11:
            a1, a2 = addr(local=False)
        else:
            a1, a2 = (f"Wengertsteige {hausnr()}", "73284 Oberkirchheim") if i % 3 else addr()
        rows.append(f"{i}\t{name}\t{A(a1)}\t{A(a2)}\t[unterschrieben]")
    table = "\n".join(rows)
    text = f"""Petition an den Gemeinderat der Stadt Oberkirchheim
Tempo 30 und eine Querungshilfe in der Wengertsteige

Eingang Ratsbüro: 16.02.2026 – Petitions-Nr. {AZ(nr)}
Vertrauensperson: {P(vp.full)}, {A(st)}, {A(pc)}, Telefon {T(tel_local())}, E-Mail {E(email(vp))}

Die Unterzeichnenden bitten den Gemeinderat, in der Wengertsteige zwischen der Einmündung Kelterweg und dem Kindergarten „Sonnenhalde“ Tempo 30 anzuordnen und auf Höhe der Bushaltestelle eine Querungshilfe zu bauen. Seit Eröffnung des Gewerbegebiets „Kelterwiesen II“ fahren täglich rund 4.800 Fahrzeuge durch die Straße, viele davon deutlich zu schnell. Im Oktober 2025 wurde ein Schulkind auf dem Zebrastreifen nur knapp verfehlt.

Unterschriftenliste (Seite 1 von 3)

Nr.\tName, Vorname\tStraße, Hausnummer\tPLZ, Ort\tUnterschrift
{table}

Vermerk Ratsbüro: Die Seiten 2 und 3 (weitere 61 Unterschriften) liegen im Original vor. Weiterleitung an Dezernat II und Verkehrsbehörde am 17.02.2026. Bearbeitung: {P(RB_CLERK.first[0] + ". " + RB_CLERK.last)}"""
    return text, []


@doc("word", "wahlvorstaende_markdown")
def d03():
    funcs = ["Wahlvorsteherin", "stv. Wahlvorsteher", "Schriftführerin", "Beisitzer", "Wahlvorsteher",
             "stv. Wahlvorsteherin", "Beisitzerin", "Beisitzer"]
    wbs = ["011", "011", "011", "011", "012", "012", "012", "013"]
    origins = ["swab", "ru", "tr", "swab", "baden", "ks", "it", "hr"]
    rows = []
    people = []
    for i, (f, wb, o) in enumerate(zip(funcs, wbs, origins)):
        sex = "f" if f.endswith("in") else "m"
        p = person(o, sex)
        people.append(p)
        d = bdate(1952, 2006)
        a1, a2 = addr()
        mail = E(email(p)) if i not in (3, 7) else "–"
        tel = T(mobile() if i % 2 else tel_local())
        rows.append(f"| {wb} | {f} | {P(p.full)} | {DOB(fdate(d, 'dmy4'))} | {A(a1)}, {A(a2)} | {tel} | {mail} | "
                    f"{IBAN(iban_de('space' if i % 3 else 'plain'))} |")
    ersatz = person("swab", "f")
    text = f"""# Wahlvorstände Landtagswahl 8. März 2026 – Wahlbezirke 011 bis 013

Stand: 02.02.2026 · Wahlamt · nur für den Dienstgebrauch

| WB | Funktion | Name | geb. | Anschrift | Telefon | E-Mail | IBAN (Erfrischungsgeld) |
|---|---|---|---|---|---|---|---|
{chr(10).join(rows)}

**Anmerkungen**
- Herr {P(people[1].last)} (stv. Wahlvorsteher WB 011) steht als Ersatzbewerber der CDU auf dem Kreiswahlvorschlag. Wahlbewerber dürfen nicht Mitglied eines Wahlvorstands sein – Ersatz: {P(ersatz.full)} (Auszubildende, Hauptamt).
- Frau {P(people[2].last)} bittet, ihre Handynummer nicht an die übrigen Mitglieder des Wahlvorstands weiterzugeben.
- Erfrischungsgeld: 50 € Wahlvorsteher/-in, 40 € übrige Mitglieder; Auszahlung nach der Wahl über die Stadtkasse.
- Schlüsselübergabe Grundschule Unterweiler (WB 012) am Samstag, 7. März 2026, 16:00 Uhr, durch den Hausmeister.

Rückfragen: Wahlamt, {N(SWITCH)}, {N(WAHLAMT)}"""
    return text, ["POLITICS"]


@doc("outlook", "laermbeschwerde_kleinschreibung")
def d04():
    w = person("tr", "m")
    nb = person("ks", "m")
    son = relative(nb, "m")
    hv = person("swab", "m")
    st = f"lindachweg {rng.randint(10, 40)}/1"
    text = f"""Betreff: nachbarn schon wieder!!!

hallo frau {P(BS_LEAD.last.lower())},

ich schreib ihnen jetzt zum dritten mal wegen den nachbarn über uns (familie {P(nb.last.lower())}, 2. og). jeden abend ab 23 uhr wird möbel gerückt und der sohn, ich glaub er heißt {P(son.first.lower())}, hört bis 2 uhr laute musik. ich hab schon 3 mal geklingelt, der vater {P(nb.full.lower())} hat mir die tür vor der nase zugeknallt.
meine frau hat seit ihrer herz-op im november schlafstörungen und der kardiologe sagt sie braucht ruhe!!! das kann doch nicht sein dass keiner was macht.
die hausverwaltung (immobilien {hv.last.lower()} gmbh, der chef herr {P(hv.last.lower())}) sagt sie ist nicht zuständig, das wär sache vom ordnungsamt. und beim ordnungsamt sagt man mir das wär privatrecht.

wir wohnen im {A(st)}, erdgeschoss links. rufen sie mich an {T(mobile("space"))} oder schreiben sie an {E(email(w, "gmx.de"))}

gruß
{P(w.first[0].lower() + ". " + w.last.lower())}"""
    return text, ["HEALTH"]


@doc("word", "niederschrift_einwohnerfragestunde")
def d05():
    q1 = person("swab", "f")
    q2 = person("ks", "m")
    q3 = person("ru", "m")
    q4 = person("tr", "f")
    a1, _ = addr()
    a3, a3b = addr()
    bm = f"BM-2026-{rng.randint(200, 299):04d}"
    text = f"""Stadt Oberkirchheim
Niederschrift über die öffentliche Sitzung des Gemeinderats am 26. Februar 2026 – Auszug

TOP 1 Einwohnerfragestunde

Vorsitz: Oberbürgermeisterin {P("Dr. " + OB.full)}
Schriftführung: {P(RB_CLERK.full)}, Ratsbüro

1. Frau {P(q1.full)}, {A(a1)}, fragt nach dem Stand der Sanierung des Freibads Rotbach und ob die Saisonkarten 2026 teurer werden. OB {P("Dr. " + OB.last)} antwortet, die Sanierung werde im Mai abgeschlossen; über die Entgelte entscheide der Gemeinderat in der Sitzung am 23. April (Drucksache GR 31/2026).

2. Herr {P(q2.full)} aus Rotbach fragt, warum der Winterdienst in den Wohnstraßen von Rotbach erst ab 9 Uhr räume. Erster Bürgermeister {P(BM1.last)} sagt eine Prüfung zu. Die Frage wird schriftlich beantwortet (Vorgang {AZ(bm)}).

3. Herr {P(q3.full)}, Vorsitzender des Vereins „Heimat an der Lauter e.V.“, bittet um einen Zuschuss für die Feier zum 30-jährigen Bestehen. Stadträtin {P(GASHI.last)} (Grüne) regt an, den Antrag im Kulturausschuss zu beraten. Die Vorsitzende verweist auf die Richtlinien zur Vereinsförderung.

4. Frau {P(q4.full)}, {A(a3)}, {A(a3b)}, beschwert sich über den Baustellenlärm an der Kronenwiesen-Schule ab 6:30 Uhr. Stadtrat {P(AYDIN.last)} (SPD) erklärt, er sei als Nachbar selbst betroffen, und bittet die Verwaltung, mit der Baufirma zu sprechen. Herr {P(BM1.last)} sagt zu, den Beginn der lärmintensiven Arbeiten auf 7:00 Uhr zu verlegen.

Weitere Fragen werden nicht gestellt. Die Einwohnerfragestunde endet um 18:42 Uhr.

Für die Richtigkeit:

{P("Dr. " + OB.full)}\t\t\t{P(RB_CLERK.full)}
Oberbürgermeisterin\t\t\tSchriftführer"""
    return text, ["POLITICS"]


@doc("outlook", "briefwahl_versand_ausland")
def d06():
    p = person("it", "f")
    d = bdate(1975, 2001)
    a1, a2 = addr()
    wvz = f"{rng.randint(100, 1400):04d}"
    pas = ids.passport(check_digit=False)
    text = f"""Betreff: Briefwahlunterlagen Landtagswahl – Versand nach Italien

Guten Tag,

ich bin vom 20. Februar bis 15. März bei meinen Eltern auf Sizilien und möchte per Briefwahl an der Landtagswahl teilnehmen. Die Wahlbenachrichtigung habe ich leider nicht mehr, ich weiß nur noch: Wahlbezirk 014 (Grundschule Unterweiler), Nummer im Wählerverzeichnis {AZ(wvz)}.

Meine Angaben:
Name: {P(p.full)}
Geburtsdatum: {DOB(fdate(d, 'dmy4'))}
Meldeadresse: {A(a1)}, {A(a2)}
Versandanschrift: c/o {P(p.last)}, {A("Via Vittorio Emanuele " + str(rng.randint(20, 300)))}, {A("90133 Palermo")}, Italien

Zur Sicherheit meine Reisepassnummer: {PASS_DE(pas)}

Bis zum 19.02. bin ich noch in Oberkirchheim, danach am besten unter {T("+39 342 " + ndig(3) + " " + ndig(4, False))} erreichbar (WhatsApp geht auch).

Vielen Dank und viele Grüße
{P(p.full)}"""
    return text, []


@doc("word", "antwortbrief_beschwerde_winterdienst")
def d07():
    p = person("swab", "m")
    nb = person("ru", "f")
    bauhof = person("baden", "m")
    st = f"Öschweg {rng.randint(3, 30)}/2"
    used_streets.add("Öschweg")
    bm = f"BM-2026-{rng.randint(150, 199):04d}"
    text = f"""Stadt Oberkirchheim · Beschwerdemanagement · {N(OFFICE_STREET)} · {N(OFFICE_CITY)}

Herrn
{P(p.full)}
{A(st)}
{A("73286 Oberkirchheim-Steinenfeld")}

Ihre Nachricht vom: 09.02.2026
Unser Zeichen: {AZ(bm)}
Bearbeitet von: {P(BS_CLERK.full)}
Telefon: {N(SWITCH)}
E-Mail: {N(BESCHWERDE)}
Datum: 23.02.2026

Ihre Beschwerde über den Winterdienst im Öschweg

{p.geehrt} {P(p.last)},

vielen Dank für Ihre Nachricht. Sie haben sich darüber beschwert, dass der Räumdienst am 3. und 4. Februar den Schnee vom Fahrbahnrand auf den Gehweg vor Ihrem Grundstück {A(st)} geschoben hat.

Wir haben den Sachverhalt mit dem Leiter des Bauhofs, Herrn {P(bauhof.last)}, besprochen. Der Räumdienst ist angewiesen, Gehwege und Grundstückszufahrten nicht zuzuschieben. An den genannten Tagen fielen allerdings innerhalb von 12 Stunden über 25 cm Schnee, sodass dies nicht überall gelungen ist. Dafür bitten wir um Entschuldigung.

Nach der Streupflichtsatzung müssen Eigentümer den Gehweg vor ihrem Grundstück werktags bis 7 Uhr räumen. Ihre Nachbarin, Frau {P(nb.full)}, hatte uns ebenfalls geschrieben; sie erhält eine eigene Antwort.

Mit freundlichen Grüßen
Im Auftrag

{P(BS_CLERK.full)}"""
    return text, []


@doc("outlook", "nachbarstreit_weiterleitungskette")
def d08():
    p = person("ks", "f")
    hus = relative(p, "m")
    nb = person("swab", "m")
    son = relative(nb, "m")
    st = f"Im Täle {rng.randint(20, 45)}"
    used_streets.add("Im Täle")
    mail = email(p, "gmail.com")
    bm = f"BM-2026-{rng.randint(100, 149):04d}"
    oa = f"32.1-2026-{ndig(5, False)}"
    k1 = plate_bw("ES")
    k2 = plate_bw("ES")
    text = f"""Von: {P(BS_LEAD.full)}
Gesendet: Montag, 16. Februar 2026 11:20
An: '{P(p.full)}'
Betreff: AW: AW: Hecke / Zufahrt {A(st)}

{p.geehrt} {P(p.last)},

wir haben Ihre Fotos an das Ordnungsamt (Herr {P(OA.last)}) weitergegeben, das für das Parken vor Grundstückszufahrten zuständig ist. Dort wird der Vorgang unter dem Aktenzeichen {AZ(oa)} geführt. Wegen der Hecke kann die Stadt leider nur tätig werden, wenn der Gehweg eingeschränkt ist; das prüft der Gemeindevollzugsdienst diese Woche.

Freundliche Grüße
{P(BS_LEAD.full)}

-----Ursprüngliche Nachricht-----
Von: {P(p.full)} <{E(mail)}>
Gesendet: Samstag, 14. Februar 2026 09:03
An: Beschwerdemanagement <{N(BESCHWERDE)}>
Betreff: AW: Hecke / Zufahrt {A(st)}

Hallo Frau {P(BS_LEAD.last)},

es ist wieder passiert. Der Nachbar, Herr {P(nb.full)}, hat seinen Wohnwagen ({KFZ(k1)}) gestern Abend wieder halb vor unsere Einfahrt gestellt, und sein Sohn {P(son.first)} parkt mit dem Transporter {KFZ(k2)} regelmäßig auf dem Gehweg. Mein Mann {P(hus.first)} musste heute früh zu Fuß zur Arbeit, weil wir nicht rausgekommen sind. Die Hecke von {P(nb.last + "s")} ragt außerdem fast einen Meter auf den Gehweg, mit dem Kinderwagen kommt man nicht mehr vorbei.
Fotos hänge ich wieder an.

{P(p.full)}
{A(st)}
{A("73284 Oberkirchheim")}
{T(mobile("space"))}

-----Ursprüngliche Nachricht-----
Von: Beschwerdemanagement <{N(BESCHWERDE)}>
Gesendet: Donnerstag, 5. Februar 2026 14:47
An: {E(mail)}
Betreff: AW: Hecke / Zufahrt {A(st)}

{p.geehrt} {P(p.last)},

vielen Dank für Ihre Nachricht. Ihre Beschwerde ist bei uns unter der Nummer {AZ(bm)} erfasst. Wir melden uns innerhalb von 10 Arbeitstagen.

Mit freundlichen Grüßen
{P(BS_LEAD.full)}
Beschwerdemanagement
Stadt Oberkirchheim | {N(OFFICE_STREET)} | {N(OFFICE_CITY)}
Tel. {N(SWITCH)}"""
    return text, []


@doc("word", "wahlrechtsbescheinigung_unterstuetzer_csv")
def d09():
    vp = person("swab", "m")
    vpa, vpb = addr()
    rows = []
    origins = ["swab", "ru", "swab", "baden", "it", "ru", "tr", "swab", "hr"]
    lines = []
    for i, o in enumerate(origins, 1):
        p = person(o)
        d = bdate(1940, 2006)
        a1, a2 = addr()
        style = ["dmy4", "short", "dmy4", "iso", "dmy4", "dmy4", "short", "dmy4", "dmy4"][i - 1]
        if i == 3:
            res = f"nein – verzogen nach {A('72764 Reutlingen')} am 01.12.2025"
        elif i == 5:
            res = "nein – nicht wahlberechtigt (keine deutsche Staatsangehörigkeit)"
        elif i == 8:
            res = "ja (Hausnummer auf dem Formblatt korrigiert)"
        else:
            res = "ja"
        lines.append(f"{i};{P(p.last)};{P(p.first)};{DOB(fdate(d, style))};{A(a1)}, {A(a2)};{res}")
    text = f"""Wahlamt Oberkirchheim – Bescheinigung des Wahlrechts
Landtagswahl 2026 · Unterstützungsunterschriften für den Kreiswahlvorschlag der Partei „Bündnis Heimat & Zukunft“ (BHZ)

Vorgelegt durch: {P(vp.full)} (Vertrauensperson), {A(vpa)}, {A(vpb)}
Eingang: 19.01.2026, 9 Formblätter

lfd;Familienname;Vorname;Geburtsdatum;Anschrift;Wahlrecht bescheinigt
{chr(10).join(lines)}

Ergebnis: 7 von 9 Unterstützungsunterschriften bescheinigt; Formblätter am 21.01.2026 an die Kreiswahlleitung zurückgegeben.
Bearbeitet: {P(WA_LEAD.first[0] + ". " + WA_LEAD.last)}, 21.01.2026"""
    return text, ["POLITICS"]


@doc("outlook", "ratsmitglied_informell_gewerkschaft")
def d10():
    st = f"hafnergasse {rng.randint(2, 19)}"
    text = f"""Von: {P(KUGLER.full)} <{E("dorothee.kugler@posteo.de")}>
An: {P(RB_LEAD.full)} <{E("c.trefz@oberkirchheim.de")}>
Betreff: sitzung 19.3. + fahrtkosten

hi {P(RB_LEAD.first.lower())},

kurz von unterwegs: ich schaff die sitzung am 19.3. nicht, bin als ver.di-vertrauensfrau beim bezirksdelegiertentag in stuttgart. kannst du bitte {P(GASHI.first.lower())} ({P(GASHI.last.lower())}) als meine stellvertreterin laden? ihre neue handynr: {T(mobile("plain"))}.
die fahrtkostenabrechnung für januar kommt nächste woche, die belege liegen daheim in der {A(st)}, ich komm grad nicht ran.

und noch was: herr {P(MUERDTER.last.lower())} hat mich gefragt ob die niederschrift vom 26.2. schon raus ist?

lg {P(KUGLER.first.lower())}

--
{P(KUGLER.full)}
Stadträtin
Gesendet von meinem iPhone"""
    return text, ["UNION"]


@doc("word", "aktenvermerk_telefonat_ethnie")
def d11():
    p = person("ks", "m")
    ruoff = person("swab", "f")
    kb = person("baden", "m")
    d = bdate(1968, 1990)
    a1, a2 = addr()
    bm = f"BM-2026-{rng.randint(250, 280):04d}"
    text = f"""Aktenvermerk

Vorgang: {AZ(bm)}
Datum/Uhrzeit: 18.02.2026, 10:40–11:05 Uhr (Telefonat)
Gesprächspartner: Herr {P(p.full)}, geb. {DOB(fdate(d, 'dmy4'))}, {A(a1)}, {A(a2)}, Tel. {T(mobile("dash"))}
Aufgenommen: {P(BS_CLERK.full)}

Herr {P(p.last)} rief wegen der Ablehnung seines Antrags auf einen zweiten Standplatz auf dem Wochenmarkt an. Er war sehr aufgebracht und sagte mehrfach, er werde „als Albaner aus dem Kosovo“ von der Marktmeisterin, Frau {P(ruoff.last)}, schlechter behandelt als die „deutschen Händler“. Als Beispiel nannte er den Stand von Obst & Gemüse {P(kb.last)}, der seit Jahren zwei Plätze habe.

Ich habe ihm erklärt, dass die Vergabe nach der Marktsatzung erfolgt und freie Plätze nach Warteliste vergeben werden. Er kündigte an, sich an Stadträtin {P(GASHI.last)} und an die Presse zu wenden. Er bat, die bereits bezahlte Standgebühr für März zu erstatten, und zwar auf sein Konto bei der ProCredit Bank in Prishtina: {IBAN(group(iban_xk(), 4))}.

Vereinbart: schriftliche Stellungnahme bis 06.03.2026; Rückruf durch Frau {P(BS_LEAD.last)} nach Rücksprache mit der Marktmeisterin.

gez. {P(BS_CLERK.last)}"""
    return text, ["ETHNICITY"]


@doc("outlook", "ratsmitglied_bankverbindung_steuer")
def d12():
    st, pc = addr(street="Ziegeleiweg")
    stnr = steuernummer_bw()
    tid = ids.tax_id()
    base = "07026 " + ndig(5)
    vat = ids.vat_id()
    text = f"""Betreff: Änderung Bankverbindung Aufwandsentschädigung

Sehr geehrte Frau {P(RB_LEAD.last)}, liebe {P(RB_LEAD.first)},

ab April bitte die Sitzungsgelder nicht mehr auf das Geschäftskonto, sondern auf mein Privatkonto überweisen:

Kontoinhaber: {P(PERKOVIC.full)}
IBAN: {IBAN(iban_de("space"))}
Bank: Kreissparkasse Esslingen-Nürtingen

Für die Mitteilung an das Finanzamt: meine Steuer-ID ist {TID(tid[:2] + " " + tid[2:5] + " " + tid[5:8] + " " + tid[8:])}.

Das kroatische Konto ({IBAN(iban_hr())}), das ich 2025 während meines Aufenthalts in Zadar angegeben hatte, bitte aus den Unterlagen löschen.

Mit freundlichen Grüßen
{P(PERKOVIC.full)}

Elektro {P(PERKOVIC.last)} e.K. · Inhaber {P(PERKOVIC.full)}
{A(st)} · {A(pc)}
Tel. {T(base + "-0")} · Fax {T(base + "-22")}
St.-Nr. {TNR(stnr)} · USt-IdNr. {VAT(vat[:2] + " " + vat[2:5] + " " + vat[5:8] + " " + vat[8:])}"""
    return text, []


@doc("word", "wahlhelfer_absagen_tabulator")
def d13():
    ps = [person("swab", "f"), person("tr", "m"), person("ru", "f"), person("hr", "m"), person("swab", "f"),
          person("it", "f")]
    ers = [person("swab", "m"), None, None, None, person("baden", "f"), None]
    art = relative(ps[2], "m")
    rows = [
        f"011\t{P(ps[0].full)}\t{T(tel_local('space'))}\tKnie-OP am 05.03., ärztliches Attest liegt vor\t{P(ers[0].full)}",
        f"012\t{P(ps[1].full)}\t{T(mobile('space'))}\tSchichtdienst, Tausch nicht möglich\toffen",
        f"015\t{P(ps[2].full)}\t{T(mobile('intl'))}\tPflege der Mutter (Pflegegrad 4)\t{P(art.full)} (Ehemann)",
        f"021\t{P(ps[3].full)}\t{T(mobile('dash'))}\tErstkommunion des Sohnes am 08.03. in St. Martin\toffen",
        f"022\t{P(ps[4].full)}\t–\tUmzug nach Reutlingen zum 01.03.\t{P(ers[4].full)}",
        f"Briefwahl\t{P(ps[5].full)}\t{E(email(ps[5], 'icloud.com'))}\tkeine Angabe\toffen",
    ]
    text = f"""Wahlamt – Absagen Wahlhelfende Landtagswahl 08.03.2026 (Stand 27.02.2026)

WB\tName\tKontakt\tGrund\tErsatz
{chr(10).join(rows)}

Hinweis: Herr {P(ps[1].last)} wäre für den Auszählwahlvorstand ab 18 Uhr verfügbar. Frau {P(ps[2].last)} bittet, bei künftigen Wahlen wieder angefragt zu werden.
Noch offen: 3 Plätze. Nachbesetzung über die Reserveliste (Auszubildende, Stadtverwaltung).

Bearbeitung: {P(WA_CLERK.first[0] + ". " + WA_CLERK.last)}"""
    return text, ["HEALTH", "RELIGION"]


@doc("outlook", "petition_online_einreichung")
def d14():
    ini = person("tr", "f")
    a1, a2 = addr()
    lines = []
    for i, o in enumerate(["swab", "ks", "ru", "it", "swab", "hr", "tr", "baden", "swab", "ks"], 1):
        p = person(o)
        if i == 5:
            lines.append(f"{i}. {P(p.full)} (Jugendhausteam, ohne Anschrift)")
            continue
        b1, b2 = addr()
        if i == 8:
            lines.append(f"{i}. {P(p.inv)} – {A(b1)} / {A(b2)}")
        else:
            lines.append(f"{i}. {P(p.full)}, {A(b1)}, {A(b2)}")
    nr = f"P-2025/{rng.randint(21, 38):03d}"
    text = f"""Von: {P(ini.full)} <{E(email(ini))}>
An: {N(RATSBUERO)}
Gesendet: Sonntag, 22. Februar 2026 20:15
Betreff: Petition „Jugendhaus Steinenfeld muss bleiben“ – Einreichung
Anlagen: Unterschriften_Jugendhaus_gesamt.pdf; Begruendung.docx

Sehr geehrte Damen und Herren,

hiermit reiche ich die Petition „Jugendhaus Steinenfeld muss bleiben“ an den Gemeinderat ein. Online und auf Papier haben 412 Menschen unterschrieben, die vollständige Liste hängt als PDF an. Die ersten zehn Unterzeichnenden aus Oberkirchheim, wie von Ihrer Kollegin am Telefon gewünscht:

{chr(10).join(lines)}

Ich bin die Ansprechpartnerin für die Petition:
{P(ini.full)}
{A(a1)}
{A(a2)}
{T(mobile("grouped"))}

Bitte bestätigen Sie mir den Eingang und das Aktenzeichen. Unsere erste Petition zum Bolzplatz lief unter {AZ(nr)}, die wurde nie beantwortet.

Viele Grüße
{P(ini.first)}"""
    return text, []


@doc("word", "protokoll_aeltestenrat")
def d15():
    hs = Person("Hildegard", "Schlecht", "f", "swab")
    st = f"Teckblick {rng.randint(2, 20)}"
    used_streets.add("Teckblick")
    text = f"""Ältestenrat – Ergebnisprotokoll (nichtöffentlich)

Sitzung vom 10.02.2026, 17:00–18:20 Uhr, Kleiner Sitzungssaal
Teilnehmende: OB {P("Dr. " + OB.full)} (Vorsitz), StR {P(GOELZ.full)} (FW), StRin {P(LAROSA.full)} (CDU), StR {P(AYDIN.full)} (SPD), StRin {P(KUGLER.full)} (Grüne), StR {P(MUERDTER.full)} (FDP)
Protokoll: {P(RB_LEAD.full)}

TOP 1 Beschwerde von Frau {P(hs.full)} gegen StR {P(ALLM.last)} (Bürgerliste)
Frau {P(hs.last)}, {A(st)}, hatte mit Schreiben vom 28.01.2026 beanstandet, dass StR {P(ALLM.full)} in der Facebook-Gruppe „Du bist Oberkirchheimer, wenn …“ ein Foto ihres Gartens samt Hausnummer veröffentlicht und sie als „Hauptverhinderin des Radwegs“ bezeichnet habe. Herr {P(ALLM.last)} war zu TOP 1 geladen; er räumt die Veröffentlichung ein und hat den Beitrag am 02.02. gelöscht.
Ergebnis: Der Ältestenrat hält das Verhalten für mit der Geschäftsordnung nicht vereinbar. Die Vorsitzende führt mit Herrn {P(ALLM.last)} ein Gespräch; Frau {P(hs.last)} erhält eine Antwort der OB. Eine Rüge nach § 36 GemO wird nicht ausgesprochen.

TOP 2 Sitzordnung nach dem Fraktionswechsel
StR {P(PENNER.full)} hat die CDU-Fraktion zum 31.01.2026 verlassen und sitzt künftig als fraktionsloses Mitglied am Ende der Reihe rechts. Frau {P(LAROSA.last)} bittet, die Ausschussbesetzung in der März-Sitzung neu zu regeln (Drucksache GR 22/2026).

TOP 3 Verschiedenes
Herr {P(MUERDTER.last)} fragt nach dem Stand der Livestream-Satzung. Die Verwaltung legt im April einen Entwurf vor.

gez. {P(RB_LEAD.last)}"""
    return text, ["POLITICS"]


@doc("outlook", "beschwerde_bewohnerparken_kennzeichen")
def d16():
    p = person("ru", "m")
    st = f"Uhlandstraße {rng.randint(5, 60)}"
    used_streets.add("Uhlandstraße")
    firma = person("ks", "m")
    own = plate_bw("ES")
    k1 = plate_bw("ES")
    k2 = plate_bw("RT")
    ks_plate = f"0{rng.randint(1, 7)}-{ndig(3)}-{rng.choice('ABCDEFGHJKLMNPRSTU')}{rng.choice('ABCDEFGHJKLMNPRSTU')}"
    it_plate = f"{rng.choice(['FG', 'GE', 'EX', 'DM'])} {ndig(3)} {rng.choice('KLMNPRST')}{rng.choice('KLMNPRST')}"
    bpa = f"B-{ndig(4, False)}/26"
    text = f"""Betreff: Bewohnerparkzone B – ständig Fremdparker

Sehr geehrte Damen und Herren,

ich habe einen Bewohnerparkausweis (Nr. {AZ(bpa)}) für mein Auto {KFZ(own)}. Trotzdem finde ich seit Wochen abends keinen Platz in der Uhlandstraße, weil immer dieselben Fahrzeuge ohne Ausweis dort stehen:

- {KFZ(k1)} (weißer Transporter mit Aufschrift „Fliesen {P(firma.last)}“)
- {KFZ(k2)}
- ein Auto mit Kennzeichen aus dem Kosovo, {KFZ(ks_plate)}
- ein italienisches Kennzeichen {KFZ(it_plate)}, steht seit Dezember und wird nie bewegt

Ich habe Fotos mit Datum und Uhrzeit. Bitte schicken Sie abends ab 19 Uhr mal den Gemeindevollzugsdienst vorbei, tagsüber ist die Zone leer.

Mit freundlichen Grüßen
{P(p.full)}
{A(st)}
{A("73284 Oberkirchheim")}"""
    return text, []


@doc("word", "anhoerung_ruhestoerung")
def d17():
    p = person("swab", "m")
    st = f"Mühlkanal {hausnr()}"
    used_streets.add("Mühlkanal")
    az = f"32.2-RS-{ndig(4, False)}/26"
    compl = person("it", "f")
    text = f"""Stadt Oberkirchheim · Ordnungsamt · {N(OFFICE_STREET)} · {N(OFFICE_CITY)}

Herrn
{P(p.full)}
{A(st)}
{A("73286 Oberkirchheim-Unterweiler")}

Aktenzeichen: {AZ(az)}
Sachbearbeitung: {P(OA.full)}
Telefon: {N("07026 6104-317")}
Datum: 02.03.2026

Anhörung nach § 28 Landesverwaltungsverfahrensgesetz
Ruhestörung durch anhaltendes Hundegebell

{p.geehrt} {P(p.last)},

bei uns sind mehrere Beschwerden eingegangen, nach denen Ihr Hund (Rufname „Bruno“) an Werktagen zwischen 7 und 14 Uhr über längere Zeit bellt, wenn er allein auf dem Grundstück {A(st)} ist. Eine Beschwerdeführerin, Frau {P(compl.full)}, hat ein Lärmprotokoll für den Zeitraum 12. Januar bis 6. Februar 2026 vorgelegt.

Nach § 5 der Polizeiverordnung der Stadt Oberkirchheim sind Tiere so zu halten, dass niemand durch Lärm mehr als nach den Umständen unvermeidbar belästigt wird. Wir beabsichtigen, Ihnen aufzugeben, den Hund während Ihrer Abwesenheit im Haus zu halten. Bei Verstößen kann ein Bußgeld festgesetzt werden.

Sie haben Gelegenheit, sich bis zum 20.03.2026 zu äußern, schriftlich oder nach Terminvereinbarung persönlich.

Mit freundlichen Grüßen
Im Auftrag

{P(OA.full)}"""
    return text, []


@doc("outlook", "auskunftssperre_bedrohung")
def d18():
    j = person("hr", "f")
    w = Person(rng.choice([x for x in ["Snježana", "Dubravka", "Marija"] if x != j.first]), j.last, "f", "hr")
    birth = person("hr", "f").last
    ex = person("ru", "m")
    d1 = bdate(1986, 1995)
    d2 = bdate(1982, 1992)
    st = f"Rosenackerweg {hausnr()}"
    used_streets.add("Rosenackerweg")
    old1, old2 = addr(local=False)
    pol = f"ST/{ndig(7, False)}/2026"
    text = f"""Betreff: Antrag auf Auskunftssperre im Melderegister – dringend

Sehr geehrte Damen und Herren,

ich beantrage für mich und meine Ehefrau {P(w.full)} eine Auskunftssperre nach § 51 Bundesmeldegesetz. Mein früherer Lebensgefährte, Herr {P(ex.full)}, akzeptiert nicht, dass ich jetzt mit einer Frau verheiratet bin. Er schreibt uns seit der Hochzeit im letzten August beleidigende Nachrichten und stand im Januar zweimal vor unserer Wohnung. Wir haben Anzeige bei der Polizei erstattet, Vorgangsnummer {AZ(pol)}.

Wir sind erst im Dezember von {A(old1)}, {A(old2)} hierher gezogen. Er darf unsere neue Anschrift auf keinen Fall erfahren, auch nicht über das Wahlamt oder über Gruppenauskünfte an Parteien.

Meine Daten:
{P(j.full)}, geb. {P(birth)}, geboren am {DOB(fdate(d1, 'long'))} in Split
Personalausweis: {IDC(ids.id_card(check_digit=True))}
Anschrift: {A(st)}, {A("73284 Oberkirchheim")}

Meine Frau: {P(w.full)}, geboren {DOB(fdate(d2, 'dmy4'))}

Telefon: {T(mobile("intl"))}

Ich kann jederzeit persönlich vorbeikommen, am liebsten aber nicht am Samstag im Bürgerbüro, wenn viel los ist.

Mit freundlichen Grüßen
{P(j.full)}"""
    return text, ["SEXUAL_ORIENTATION"]


@doc("word", "anmeldungen_einwohnerfragestunde_csv")
def d19():
    lines = ["Name;Straße;PLZ Ort;Telefon;E-Mail;Thema"]
    topics = ["Spielplatz Gänswasen – Sanierung", "Gebühren Musikschule", "Parkdruck am Friedhof", "Schulweg Rotbach",
              "Straßenbeleuchtung Kronenwiesen", "Hundekot auf dem Bolzplatz", "Windkraft Hungerberg",
              "Öffnungszeiten Bürgerbüro"]
    for i, (o, topic) in enumerate(zip(["swab", "it", "ru", "ks", "baden", "tr", "swab", "hr"], topics)):
        p = person(o)
        a1, a2 = addr()
        tel = T(mobile() if i % 2 else tel_local()) if i != 5 else ""
        mail = E(email(p)) if i not in (2, 6) else ""
        name = P(p.full) if i != 4 else P(p.inv)
        lines.append(f"{name};{A(a1)};{A(a2)};{tel};{mail};{topic}")
    text = f"""Ratsbüro – Anmeldungen Einwohnerfragestunde, Gemeinderatssitzung 26.03.2026
(Export aus dem Ratsinformationssystem, bitte nicht weitergeben)

{chr(10).join(lines)}

Hinweis für die Sitzungsleitung: Fragen zu laufenden Bauleitplanverfahren (Bebauungsplan „Kelterwiesen II“, Plan-Nr. 2024/07) werden nicht in der Einwohnerfragestunde beantwortet. Maximal 30 Minuten, je Person eine Frage mit Zusatzfrage.
Rückfragen: Ratsbüro, {N(SWITCH)}, {N(RATSBUERO)}"""
    return text, []


@doc("outlook", "beschwerde_rentenantrag_mutter")
def d20():
    son = person("ru", "m")
    mother = relative(son, "f")
    father = relative(son, "m")
    birth = person("ru", "f").last
    dm = bdate(1946, 1952)
    df = (rng.randint(1, 28), rng.randint(1, 12), rng.randint(1944, 1950))
    st = f"Kelterweg {hausnr()}"
    used_streets.add("Kelterweg")
    a1, a2 = addr(local=False, street="Steinbeisstraße")
    clerk = person("swab", "f")
    text = f"""Betreff: Beschwerde – Rentenantrag meiner Mutter liegt seit vier Monaten

Sehr geehrte Damen und Herren,

meine Mutter, Frau {P(mother.full)} (geb. {DOB(fdate(dm, 'dmy4'))}), hat am 14.10.2025 im Versicherungsamt Ihrer Stadt einen Antrag auf Witwenrente gestellt. Aufgenommen hat den Antrag damals Frau {P(clerk.last)}. Die Deutsche Rentenversicherung sagt uns am Telefon, dass der Antrag dort nie angekommen ist. Niemand ruft zurück, und meine Mutter lebt seit dem Tod meines Vaters nur von ihrer kleinen eigenen Rente.

Damit Sie den Vorgang finden:
Versicherungsnummer meines verstorbenen Vaters {P(father.full)}: {SSN(rvnr(df, father.last, 'm'))}
Versicherungsnummer meiner Mutter (geb. {P(birth)}): {SSN(rvnr(dm, birth, 'f', spaced=False))}
SNILS (russische Rentenversicherung, Zeiten in Omsk 1968–1992): {SNILS(snils())}
Krankenversichertennummer: {KV(ids.health_insurance())}

Meine Mutter hat Pflegegrad 3 und kann nicht selbst ins Rathaus kommen. Sie wohnt weiterhin im {A(st)}, Sie können aber auch mich anschreiben.

Ich erwarte eine Antwort bis Ende der Woche, sonst wende ich mich an den Gemeinderat.

Mit freundlichen Grüßen
{P(son.full)}
{A(a1)}, {A(a2)}
Mobil: {T(mobile("intl"))}
{E(email(son, "web.de"))}"""
    return text, ["HEALTH"]


@doc("outlook", "beschwerde_konsulat_codice_fiscale")
def d21():
    p = Person("Francesca", "Esposito", "f", "it")
    used_last.add("Esposito")
    d = bdate(1990, 1998)
    a1, a2 = addr(street="Sonnenhalde")
    cf = codice_fiscale(p, d, "F839")
    pas = f"Y{rng.choice('ABC')}{ndig(7, False)}"
    kz = f"2026-BB-{ndig(5)}"
    cc = cc_number("4", 16)
    text = f"""Betreff: Reclamo / Beschwerde – Bescheinigung für das Konsulat

Gentili Signori, sehr geehrte Damen und Herren,

entschuldigen Sie mein Deutsch. Ich brauche für das Italienische Generalkonsulat in Stuttgart (Anmeldung AIRE) eine Meldebescheinigung. Im Bürgerbüro hat man mir am 10. Februar gesagt, das dauert drei Wochen und es gibt kein zweisprachiges Formular. Jetzt sind es fünf Wochen. Das Konsulat gibt mir keinen Termin ohne diese Bescheinigung.

Meine Daten:
{P(p.full)}
nata a Napoli il {DOB(fdate(d, 'slash'))}
Codice fiscale: {CFI(cf)}
Passaporto: {PASS_FOREIGN(pas)}
Adresse: {A(a1)}, {A(a2)}

Die Gebühr habe ich online mit meiner Kreditkarte bezahlt ({CC(group(cc, 4))}), Buchungsnummer {AZ(kz)}. Wenn die Bescheinigung nicht kommt, bitte das Geld zurück auf mein Konto: {IBAN(group(iban_it(), 4))}.

Cordiali saluti
{P(p.full)}
cell. {T("+39 333 " + ndig(3) + " " + ndig(4, False))}"""
    return text, []


@doc("word", "vermerk_reisekosten_delegation_kreditkarte")
def d22():
    cc = cc_number("5" + str(rng.randint(1, 5)), 16)
    hotel_clerk = person("it", "m")
    text = f"""Ratsbüro – Vermerk zur Erstattung
Delegationsreise in die Partnerstadt Caltagirone, 12.–15. Februar 2026

Teilnehmende: OB {P("Dr. " + OB.full)}, StR {P(MUERDTER.full)}, StRin {P(LAROSA.full)}, StR {P(PENNER.full)}, {P(RB_CLERK.full)} (Ratsbüro, Organisation)

1. Hotelkosten (4 Zimmer, 3 Nächte, 1.284,00 €) hat StR {P(MUERDTER.last)} wegen eines Ausfalls der städtischen Firmenkarte mit seiner privaten Kreditkarte {CC(cc)} ausgelegt (Beleg Hotel Villa Sturzo, Ansprechpartner {P(hotel_clerk.full)}). Erstattung auf: {IBAN(iban_de("plain"))}, Kontoinhaber {P(MUERDTER.full)}.
2. Bahnfahrkarten Stuttgart–Mailand hat StRin {P(LAROSA.last)} bezahlt (Kreditkarte endend auf {rng.randint(1000, 9999)}). Erstattung auf ihr bei der Stadtkasse hinterlegtes Konto.
3. Gastgeschenke (Weinpräsent, 3 × 45,00 €) über die Verfügungsmittel der OB, Haushaltsstelle 1.1110.6580.
4. Herr {P(PENNER.last)} verzichtet auf die Erstattung seiner Taxiquittung (38,50 €).

Die Abrechnung nach dem Landesreisekostengesetz wird bis 13.03.2026 an die Stadtkasse gegeben. Sachlich richtig: {P(RB_CLERK.last)} / festgestellt: {P(RB_LEAD.last)}"""
    return text, []


@doc("outlook", "sammelbeschwerde_bolzplatz")
def d23():
    writer = person("swab", "m")
    wife = relative(writer, "f")
    hh = [person("it", "f"), person("ru", "m"), person("swab", "f"), person("tr", "m"), person("baden", "f")]
    st0 = f"Bei der Zehntscheuer {rng.randint(1, 9)}"
    used_streets.add("Bei der Zehntscheuer")
    addrs = [f"Bei der Zehntscheuer {n}" for n in rng.sample(range(10, 30), 5)]
    boy = person("it", "m").first
    sig = [f"{P(writer.first)} und {P(wife.full)}, {A(st0)}"]
    sig += [f"{P(p.full)}, {A(a)}" for p, a in zip(hh, addrs)]
    text = f"""Betreff: Sammelbeschwerde Anwohner Bolzplatz Zehntscheuer

Sehr geehrte Frau Oberbürgermeisterin {P("Dr. " + OB.last)},
sehr geehrte Damen und Herren,

wir Anwohnerinnen und Anwohner rund um den Bolzplatz an der Zehntscheuer wenden uns gemeinsam an Sie. Seit dem Umbau im Herbst mit Flutlicht wird dort fast jeden Abend bis 23 Uhr und später gespielt, am Wochenende auch mit lauter Musik aus Boxen. Auf unsere Bitte, leiser zu sein, wurden wir beleidigt. Ein Jugendlicher, der sich mit {P(boy)} vorstellte, hat Herrn {P(hh[1].last)} am 7. Februar sogar den Mittelfinger gezeigt und gedroht, „wiederzukommen“.

Wir haben nichts gegen spielende Kinder. Wir bitten aber darum,
1. das Flutlicht um 21 Uhr automatisch abzuschalten,
2. die Nutzungszeiten am Eingang gut sichtbar auszuhängen und
3. abends gelegentlich den Gemeindevollzugsdienst vorbeizuschicken.

Ansprechpartner für uns alle ist {P(writer.full)} – bitte Antwort an {E(email(writer, "kabelbw.de"))} oder Tel. {T(tel_local("slash"))}.

Mit freundlichen Grüßen
{chr(10).join(sig)}"""
    return text, []


@doc("word", "gespraechsnotiz_moscheeverein")
def d24():
    chair = person("tr", "m")
    imam = person("tr", "m")
    nb1 = person("swab", "m")
    nb2 = person("ru", "f")
    st1, _ = addr(street="Galgenbergweg")
    text = f"""Gesprächsnotiz – Parksituation beim Freitagsgebet, Gewerbegebiet Ziegelei

Datum: 19.02.2026, 16:00–17:15 Uhr, Rathaus, Besprechungsraum 2.14
Teilnehmende:
- für den Türkisch-Islamischen Kulturverein Oberkirchheim e.V.: {P(chair.full)} (1. Vorsitzender, Tel. {T(mobile("slash"))}), {P(imam.full)} (Imam der Gemeinde)
- Anwohnende: {P(nb1.full)} ({A(st1)}), {P(nb2.full)}
- Stadt: {P(OA.full)} (Ordnungsamt), {P(BS_LEAD.full)} (Beschwerdemanagement, Moderation)

1. Anlass
Beschwerden der Anwohnenden über zugeparkte Einfahrten freitags zwischen 12:30 und 14:00 Uhr sowie an den Festtagen zum Ende des Ramadan. Herr {P(nb1.last)} schildert, dass er zweimal nicht zur Dialyse fahren konnte, weil seine Ausfahrt blockiert war.

2. Ergebnisse
- Herr {P(chair.last)} sagt zu, beim Freitagsgebet Ordner einzusetzen und die Gemeinde in der Predigt auf das Parkverbot hinzuweisen. Herr {P(imam.last)} übernimmt die Ansage auf Türkisch und Deutsch.
- Die Kübler Logistik GmbH stellt freitags ihren Parkplatz (ca. 40 Stellplätze) zur Verfügung; Ansprechpartner dort ist der Geschäftsführer.
- Das Ordnungsamt kontrolliert im März an zwei Freitagen.
- Frau {P(nb2.last)} bittet um einen Rückruf zur Frage einer Bewohnerparkzone: {T(tel_local("paren"))}.

3. Nächster Termin: Auswertung im April, Einladung durch das Beschwerdemanagement.

Protokoll: {P(BS_LEAD.last)}"""
    return text, ["RELIGION", "HEALTH"]


@doc("outlook", "mahnung_kroatischer_zahlungsbeleg")
def d25():
    p = person("hr", "m")
    a1, a2 = addr()
    kz = f"6.1100.{ndig(6)}"
    city_iban = group(mod97_iban("DE", "611505000000084715"), 4)  # the city's own account: neutral
    text = f"""Betreff: Mahnung Grabnutzungsgebühr – ich habe bezahlt!

Dobar dan, guten Tag,

ich habe heute eine Mahnung bekommen über 412,00 Euro Grabnutzungsgebühr für das Grab von meiner Frau auf dem Friedhof Rotbach. Ich habe aber schon am 15. Januar bezahlt, von meinem Konto in Kroatien, weil ich im Winter immer in Zadar bin. Hier die Bestätigung von der Bank, ich kopiere sie:

--- Potvrda o izvršenom plaćanju / Zahlungsbestätigung ---
Platitelj: {P(p.full.upper())}
OIB: {OIB(oib())}
IBAN platitelja: {IBAN(iban_hr())}
Primatelj: STADT OBERKIRCHHEIM
IBAN primatelja: {N(city_iban)}
Iznos: 412,00 EUR
Opis plaćanja: Kassenzeichen {AZ(kz)}
Datum izvršenja: 15.01.2026
---

Vielleicht ist das Geld wegen der Auslandsüberweisung falsch gebucht. Bitte nehmen Sie die Mahngebühr zurück. Meine Adresse in Deutschland ist {A(a1)}, {A(a2)}, bis April bin ich aber in Kroatien, Telefon {T("+385 91 " + ndig(3) + " " + ndig(4, False))}.

Lijep pozdrav
{P(p.full)}"""
    return text, []


@doc("word", "wahlscheinverzeichnis_auszug")
def d26():
    rows = []
    for i, o in enumerate(["swab", "ru", "it", "swab", "tr", "baden", "ks"], 1):
        p = person(o)
        d = bdate(1931, 1942) if i in (4, 6) else bdate(1950, 2007)
        a1, a2 = addr()
        ws = f"014-{rng.randint(1, 400):04d}"
        style = ["dmy4", "dmy4", "dmy2", "dmy4", "short", "dmy4", "dmy4"][i - 1]
        if i == 2:
            bev = person("ru", "f")
            versand = f"Abholung durch Bevollmächtigte {P(bev.full)}, PA-Nr. {IDC(ids.id_card(check_digit=False))}"
        elif i == 4:
            versand = f"an: Pflegeheim Haus Lindach, Zimmer 12, {A('Lindachweg 40')}, {A('73284 Oberkirchheim')}"
        elif i == 6:
            versand = "persönlich (Direktwahl im Rathaus), Hilfsperson wegen Sehbehinderung: Tochter"
        elif i == 7:
            versand = f"an: {A('Rruga Nëna Terezë ' + str(rng.randint(3, 90)))}, {A('10000 Prishtinë')}, Kosovo"
        else:
            versand = "Post"
        rows.append(f"| {i} | {AZ(ws)} | {P(p.inv)} | {DOB(fdate(d, style))} | {A(a1)}, {A(a2)} | {versand} |")
    text = f"""Wahlscheinverzeichnis – Auszug Wahlbezirk 014 (Grundschule Unterweiler)
Landtagswahl 08.03.2026, Stand 24.02.2026, 12:00 Uhr – nur für die interne Prüfung (Anfrage Kreiswahlleitung)

| lfd. | Wahlschein-Nr. | Name, Vorname | Geburtsdatum | Anschrift | Versand / Ausgabe |
|---|---|---|---|---|---|
{chr(10).join(rows)}

Zu lfd. 2: Vollmacht liegt im Original vor, Ausweis geprüft ({P(WA_CLERK.last)}).
Zu lfd. 6: Die Hilfsperson hat die Erklärung nach dem Landtagswahlgesetz unterschrieben.
Geprüft: {P(WA_LEAD.full)}, Wahlamt"""
    return text, ["HEALTH"]


@doc("outlook", "weiterleitung_ob_buero_kehrwoche")
def d27():
    mieter = person("tr", "m")
    verm = person("swab", "f")
    vz = person("swab", "f")
    st = f"Brunnenstaffel {hausnr()}"
    used_streets.add("Brunnenstaffel")
    kd = f"{ndig(3)} {ndig(3, False)} {ndig(4, False)}"
    mail = email(mieter, "gmail.com")
    text = f"""Von: {P(vz.inv)} <{E(fold(vz.first).lower()[0] + "." + fold(vz.last).lower() + "@oberkirchheim.de")}>
Gesendet: Mittwoch, 25. Februar 2026 08:12
An: Beschwerdemanagement <{N(BESCHWERDE)}>
Betreff: WG: Kehrwoche und Mülltonnen – bitte übernehmen

Guten Morgen {P(BS_LEAD.first)},

kam gestern an die OB-Adresse, bitte übernehmt ihr. Frau {P("Dr. " + OB.last)} möchte bei Gelegenheit kurz wissen, wie es ausgegangen ist.

Danke und Gruß
{P(vz.first)}

Vorzimmer Oberbürgermeisterin | Stadt Oberkirchheim | {N(OBBUERO)}

________________________________
Von: {P(mieter.full)} <{E(mail)}>
Gesendet: Dienstag, 24. Februar 2026 21:37
An: {N(OBBUERO)}
Betreff: Kehrwoche und Mülltonnen

Sehr geehrte Frau Oberbürgermeisterin,

ich wohne seit 2019 zur Miete in der {A(st)}. Meine Vermieterin, Frau {P(verm.full)}, wohnt im EG und kontrolliert jede Woche die Kehrwoche. Jetzt hat sie mir einen Zettel an die Tür gehängt, dass sie die Mülltonnen für das ganze Haus auf mich umgemeldet hat, weil ich „die Kehrwoche nicht richtig mache“. Bei den Stadtwerken steht jetzt meine Kundennummer {AZ(kd)} bei allen vier Tonnen. Darf sie das einfach machen? Die Gebühren dafür kann ich nicht allein zahlen.

Mit freundlichen Grüßen
{P(mieter.full)}
Mobil {T(mobile("grouped"))}
Festnetz {T(tel_local("intl"))}

Gesendet von meinem iPhone"""
    return text, []


@doc("word", "brief_metzgerei_sondernutzung")
def d28():
    inh = Person(rng.choice(["Eugen", "Gotthilf", "Rolf"]), "Häberle", "m", "swab")
    fr = relative(inh, "f")
    st = f"Lembergstraße {rng.randint(2, 40)}"
    used_streets.add("Lembergstraße")
    st10 = steuernummer_bw()
    kd = f"SN-{ndig(5, False)}"
    text = f"""Stadt Oberkirchheim · Beschwerdemanagement · {N(OFFICE_STREET)} · {N(OFFICE_CITY)}

Metzgerei {P(inh.last)}
Inh. {P(inh.full)}
{A(st)}
{A("73284 Oberkirchheim")}

Ihre Kundennummer: {AZ(kd)}
Unser Zeichen: BM-Allg. 2026
Datum: 04.03.2026

Sperrung der Lembergstraße beim Frühlingsmarkt – Ihr Schreiben vom 24.02.2026

{inh.geehrt} {P(inh.last)},

vielen Dank für Ihr Schreiben. Sie befürchten, dass Ihre Kundschaft Ihre Metzgerei während des Frühlingsmarktes am 18. und 19. April nicht erreicht, weil die Lembergstraße von 8 bis 20 Uhr gesperrt ist. Ihre Frau, Frau {P(fr.full)}, hat uns außerdem telefonisch geschildert, dass der Lieferverkehr für den Partyservice am Samstagmorgen nicht möglich wäre.

Wir bieten Ihnen an:
1. eine Zufahrt für Ihre Lieferfahrzeuge bis 9:30 Uhr über die Schafgasse,
2. eine kostenfreie Standfläche direkt vor Ihrem Geschäft für einen Verkaufsstand (Sondernutzung ohne Gebühr).

Für die Gebührenfreistellung haben wir Ihre Angaben aus dem Antrag übernommen: Steuernummer {TNR(steuernummer_bw13(st10))}, USt-IdNr. {VAT(ids.vat_id())}. Eine Rechnung erhalten Sie deshalb nicht.

Bitte teilen Sie uns bis 20. März mit, ob Sie das Angebot annehmen.

Mit freundlichen Grüßen
Im Auftrag

{P(BS_LEAD.full)}"""
    return text, []


@doc("outlook", "befangenheit_ratsmitglied")
def d29():
    sw = person("tr", "m")
    sis = Person(rng.choice(["Derya", "Elif"]), sw.last, "f", "tr")
    text = f"""Von: {P(AYDIN.full)} <{E("serkan.aydin@spd-oberkirchheim.de")}>
Gesendet: Freitag, 6. März 2026 17:02
An: {N(RATSBUERO)}
Cc: {P(RB_LEAD.full)} <{E("c.trefz@oberkirchheim.de")}>
Betreff: Befangenheit TOP 4 und TOP 9 (Sitzung 19.03.2026)

Hallo Frau {P(RB_LEAD.last)},

bitte vermerken Sie für die Sitzung am 19.03., dass ich mich bei zwei Tagesordnungspunkten für befangen halte und den Sitzungssaal verlasse:

TOP 4 Bebauungsplan „Kelterwiesen II“, Satzungsbeschluss: Mein Schwager {P(sw.full)} ist Miteigentümer des Flurstücks 1123/4, das im Plangebiet liegt. Meine Schwester {P(sis.first)} hat ebenfalls einen Anteil.

TOP 9 Stadtwerke, Anpassung der Entgeltordnung: Ich bin bei den Stadtwerken freigestellter Betriebsrat und für die IG BCE im Tarifausschuss, ich möchte hier keinen Anschein erwecken.

Für die SPD-Fraktion spricht zu beiden Punkten die stellvertretende Fraktionsvorsitzende.

Viele Grüße
{P(AYDIN.full)}
Stadtrat, SPD
{T(mobile("intl0"))}"""
    return text, ["POLITICS", "UNION"]


@doc("word", "jahresbericht_beschwerdemanagement")
def d30():
    p = person("ks", "f")
    p2 = person("baden", "m")
    text = f"""Beschwerdemanagement der Stadt Oberkirchheim – Jahresbericht 2025 (Entwurf für den Verwaltungsausschuss, Drucksache VA 09/2026)

1. Überblick
Im Jahr 2025 gingen 1.137 Beschwerden und Anregungen ein (2024: 984). 71 % wurden innerhalb von 10 Arbeitstagen abschließend beantwortet. Die meisten Eingänge betrafen Straßen und Verkehr (312), Sauberkeit (205), Lärm (163) und das Bürgerbüro (121).

Kategorie\t2024\t2025\tVeränderung
Straßen/Verkehr\t288\t312\t+8,3 %
Sauberkeit\t176\t205\t+16,5 %
Lärm\t149\t163\t+9,4 %
Bürgerbüro\t97\t121\t+24,7 %
Sonstiges\t274\t336\t+22,6 %

2. Beispiele
- Nach einer Beschwerde von Frau {P(p.full)} über fehlende Bänke am Friedhof Rotbach wurden im Mai 2025 sechs Bänke aufgestellt (Kosten 4.860 €).
- Die Anregung von Herrn {P(p2.last)}, die Öffnungszeiten des Bürgerbüros am Donnerstag bis 18:30 Uhr zu verlängern, wird seit 1. Oktober 2025 umgesetzt.
- Wiederkehrend sind Beschwerden über den Lieferverkehr in der Lembergstraße und über Falschparker in der Uhlandstraße (Bewohnerparkzone B, eingeführt durch Beschluss vom 14.07.2022).

3. Ausblick 2026
Ab 1. Juli 2026 wird das Formular auf der Website barrierefrei nach BITV 2.0. Die Zahl der Beschwerden zur Landtagswahl (Wahlbenachrichtigungen, Briefwahl) wird gesondert ausgewertet.

Ansprechpartnerin: {P(BS_LEAD.full)}, {N(SWITCH)}, {N(BESCHWERDE)}"""
    return text, []


# ----------------------------------------------------------------------------------------------- main
def main():
    lines = []
    for i, (channel, template, fn) in enumerate(DOCS, 1):
        marked, flags = fn()
        lines.append(build(f"F88-{i:03d}", channel, template, marked, flags))
    assert len(lines) == 30, len(lines)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for line in lines:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
