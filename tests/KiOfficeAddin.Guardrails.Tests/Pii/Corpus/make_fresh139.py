#!/usr/bin/env python3
"""Blind test batch 139: invented correspondence of a Westphalian city's education and participation office
(Bildung und Teilhabe, Stadt Lippstadt): school tickets, lunch subsidies, tutoring, class trips, caterer invoices,
lists of children, parents' mails of many origins, school secretaries and social workers.

All names, addresses and identifiers are invented; every identifier with a check digit is valid.
Deterministic: all randomness comes from Identifiers(13939).rng.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from identifiers import Identifiers, group, icao_check, luhn_check, mod11_10_check  # noqa: E402
from marks import build  # noqa: E402

ids = Identifiers(13939)
rng = ids.rng
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh139.jsonl")


# ---------------------------------------------------------------- marks
def _mark(code):
    return lambda s: f"[[{code}|{s}]]"


P, A, E, T, IB = _mark("P"), _mark("A"), _mark("E"), _mark("T"), _mark("IBAN")
TID, TNR, VAT, IDC, PAS = _mark("TID"), _mark("TNR"), _mark("VAT"), _mark("IDC"), _mark("PASS")
SSN, KV, DOB, KFZ, AZ, CC, N = (_mark("SSN"), _mark("KV"), _mark("DOB"), _mark("KFZ"), _mark("AZ"), _mark("CC"),
                                _mark("N"))

# ---------------------------------------------------------------- names
FIRST = {
    "DE": {"m": ["Jens", "Stefan", "Dirk", "Markus", "Tobias", "Florian", "Jan-Hendrik", "Sven", "Matthias", "Frank",
                 "Christoph", "Benedikt", "Heinz-Josef", "Ludger", "Hubertus", "Till", "Carsten", "Reinhard"],
           "f": ["Sabine", "Anja", "Claudia", "Birgit", "Nicole", "Silke", "Anne-Kathrin", "Mechthild", "Stefanie",
                 "Tanja", "Friederike", "Gerda", "Julia", "Katrin", "Annette", "Maren", "Christiane", "Ricarda"]},
    "SY": {"m": ["Omar", "Bashar", "Ammar", "Mohammad", "Ahmad", "Khaled", "Firas", "Hussam", "Tarek", "Adnan"],
           "f": ["Rania", "Nour", "Hiba", "Lana", "Ghazal", "Rasha", "Hala", "Maysaa", "Fatima", "Amal"]},
    "IQ": {"m": ["Haider", "Mustafa", "Ali", "Hassan", "Zaid", "Karrar", "Murtadha", "Sajjad", "Yousif", "Khairi",
                 "Dilshad", "Nawaf"],
           "f": ["Zainab", "Noor", "Maryam", "Ruqaya", "Zahraa", "Shaima", "Duaa", "Hawra", "Layla", "Jihan",
                 "Nadia"]},
    "RO": {"m": ["Andrei", "Ionuț", "Florin", "Alexandru", "Mihai", "Cosmin", "Gheorghe", "Marius", "Adrian",
                 "Costel"],
           "f": ["Mihaela", "Ioana", "Alina", "Elena", "Roxana", "Florentina", "Andreea", "Larisa", "Daniela",
                 "Georgiana"]},
    "BG": {"m": ["Nikolai", "Stoyan", "Georgi", "Dimitar", "Ivaylo", "Hristo", "Ahmed", "Asen", "Viktor", "Plamen"],
           "f": ["Elena", "Desislava", "Mariya", "Ralitsa", "Gergana", "Emine", "Silviya", "Vanya", "Fatme",
                 "Radostina"]},
    "TR": {"m": ["Emre", "Burak", "Mehmet", "Yusuf", "Hakan", "Serkan", "Ömer", "Furkan", "Ali Rıza", "Cengiz",
                 "Tuncay"],
           "f": ["Elif", "Hatice", "Ayşe", "Esra", "Kübra", "Sevgi", "Gülşen", "Büşra", "Songül", "Derya",
                 "Nurcan"]},
}
KIDS = {
    "DE": {"m": ["Finn", "Jonas", "Paul", "Leon", "Ben", "Noah", "Elias", "Mats", "Luis", "Anton", "Henri",
                 "Jannik", "Ole"],
           "f": ["Mia", "Emilia", "Lina", "Marie", "Clara", "Johanna", "Ida", "Frieda", "Lotta", "Mathilda",
                 "Greta", "Pia"]},
    "SY": {"m": ["Kinan", "Jad", "Karam", "Yamen", "Adam", "Ward", "Hamza", "Elias", "Majd"],
           "f": ["Joud", "Shahd", "Rahaf", "Sidra", "Lamar", "Tala", "Yara", "Aya", "Sham"]},
    "IQ": {"m": ["Mohammed", "Hussein", "Yaqub", "Ali", "Taha", "Ammar", "Azad", "Rêber"],
           "f": ["Fatima", "Zahraa", "Ruqaya", "Maryam", "Noor", "Dilan", "Berivan", "Rojin"]},
    "RO": {"m": ["Darius", "Luca", "David", "Ștefan", "Rareș", "Matei", "Sebastian", "Denis"],
           "f": ["Bianca", "Denisa", "Ana-Maria", "Sofia", "Ianis", "Antonia", "Delia", "Iasmina", "Carla"]},
    "BG": {"m": ["Kaloyan", "Martin", "Aleks", "Borislav", "Mehmed", "Kristiyan", "Stefan", "Nikola"],
           "f": ["Teodora", "Yoana", "Viktoria", "Aysel", "Siyana", "Raya", "Nikol", "Gabriela"]},
    "TR": {"m": ["Kerem", "Emir", "Yusuf Emir", "Eymen", "Miraç", "Alperen", "Aras", "Çınar", "Batuhan"],
           "f": ["Ecrin", "Defne", "Zeynep", "Hira", "Asel", "Nehir", "Eylül", "Melek", "Azra"]},
}
LAST = {
    "DE": ["Brüggemann", "Schulte-Wilde", "Droste", "Wiethoff", "Rüther", "Kemper", "Schmalenbach", "Vollmer",
           "Kleinschmidt", "Bracht", "Wulf", "Ostermann", "Remmert", "Pöppelbaum", "Niederquell", "Berkenkamp",
           "Hoppe", "Schnieder", "Hanewinkel", "Lödige", "Beckmann", "Kersting", "Mönig", "Heitkamp", "Fortmann",
           "Ahlke", "ter Horst", "van Ackeren", "Bökamp", "Tölle", "Mertens", "Stukenbrok", "Wessel", "Hagemeier",
           "Tillmann", "Hüser", "Rodehüser", "Kückelhaus", "Schwarze", "Bertelsmeier", "Frigge", "Hense", "Rinsche",
           "Lütkehaus", "Sprenger", "Vormweg", "Dreier", "Pieper", "Schlüter", "Hegemann", "Wiemers", "Böckmann",
           "Nölke", "Ackfeld", "Becker-Lohmann", "Sauerwald", "Humpert", "Fleige"],
    "SY": ["Al-Hassan", "Haddad", "Khalil", "Alshamali", "Mahmoud", "Darwish", "Kassem", "Al-Khatib", "Hamdan",
           "Sulaiman", "Al-Masri", "Shehadeh", "Alhamwi", "Abo Khalil", "Al Zoubi", "Barakat", "Hammoud",
           "Aljasem", "Sabbagh"],
    "IQ": ["Al-Jubouri", "Al-Obaidi", "Kadhim", "Abdulrahman", "Al-Saadi", "Jasim", "Al-Tamimi", "Abbas",
           "Al-Rubaie", "Mahdi", "Al-Dulaimi", "Hameed", "Salih", "Khalaf", "Haji", "Rasho"],
    "RO": ["Popescu", "Ionescu", "Constantin", "Dumitru", "Stoica", "Marinescu", "Radu", "Munteanu", "Lungu",
           "Ciobanu", "Moldovan", "Rusu", "Zamfir", "Bălan", "Țurcanu", "Diaconu", "Oprea", "Sârbu", "Enache"],
    "BG": ["Ivanov", "Dimitrov", "Georgiev", "Hristov", "Todorov", "Angelov", "Yordanov", "Asenov", "Mustafov",
           "Petrov", "Kostadinov", "Nikolov", "Stoyanov", "Mladenov", "Yankov", "Hasanov", "Salimov"],
    "TR": ["Öztürk", "Yıldız", "Çelik", "Aydın", "Arslan", "Doğan", "Şahin", "Koç", "Erdem", "Kılıç", "Güneş",
           "Polat", "Özdemir", "Akbulut", "Tekin", "Kaplan", "Bozkurt", "Uçar", "Taşdemir"],
}

USED_NAMES = []
# family names that documents below assign on purpose: random picks must not reuse them for other families
USED_LAST = ["Popescu", "Doğan", "Dumitru", "Yıldız", "Darwish", "Khalaf", "Kılıç-Westhoff", "van Ackeren", "Özdemir",
             "Aydın", "Asenov", "Al-Obaidi", "Stoica", "Kılıç", "Ivanov", "Al-Jubouri", "Lungu", "Schnieder"]
FIRST_USE = {}
FALLBACKS = []


def choose_first(pool):
    """Least-used first name of the pool (ties broken by rng), so that lists do not repeat names."""
    low = min(FIRST_USE.get(f, 0) for f in pool)
    return rng.choice([f for f in pool if FIRST_USE.get(f, 0) == low])


class Person:
    def __init__(self, first, stem, g, origin):
        self.first, self.stem, self.g, self.origin = first, stem, g, origin

    @property
    def last(self):
        # Bulgarian surnames take the feminine ending -a.
        return self.stem + "a" if self.origin == "BG" and self.g == "f" else self.stem

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def rev(self):
        return f"{self.last}, {self.first}"

    @property
    def frau_herr(self):
        return "Frau" if self.g == "f" else "Herr"

    @property
    def herrn(self):
        return "Frau" if self.g == "f" else "Herrn"

    @property
    def geehrt(self):
        return "Sehr geehrte Frau" if self.g == "f" else "Sehr geehrter Herr"


def pick(origin, g=None, stem=None, kid=False):
    g = g or rng.choice("mf")
    pool = (KIDS if kid else FIRST)[origin][g]
    for attempt in range(200):
        first = choose_first(pool) if attempt < 100 else rng.choice(pool)
        s = stem
        if s is None:
            s = rng.choice(LAST[origin])
            if s in USED_LAST and attempt < 150:
                continue
        if (first, s) in USED_NAMES and attempt < 190:
            continue
        if stem is None and s in USED_LAST:
            FALLBACKS.append((origin, first, s))
        USED_NAMES.append((first, s))
        FIRST_USE[first] = FIRST_USE.get(first, 0) + 1
        if s not in USED_LAST:
            USED_LAST.append(s)
        return Person(first, s, g, origin)
    raise RuntimeError("name pool exhausted")


def kid_of(parent, g=None):
    return pick(parent.origin, g, stem=parent.stem, kid=True)


def spouse_of(p, g=None):
    g = g or ("f" if p.g == "m" else "m")
    return pick(p.origin, g, stem=p.stem)


def fixed(first, last, g, origin="DE"):
    USED_NAMES.append((first, last))
    USED_LAST.append(last)
    FIRST_USE[first] = FIRST_USE.get(first, 0) + 1
    return Person(first, last, g, origin)


# ---------------------------------------------------------------- contact data
TRANSLIT = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ı": "i", "ş": "s", "ç": "c", "ğ": "g", "ț": "t",
            "ș": "s", "ă": "a", "â": "a", "î": "i", "é": "e", "ê": "e", "Ç": "c", "Ş": "s", "Ö": "oe", "Ü": "ue",
            "Ä": "ae", "Ț": "t", "İ": "i"}


def translit(s):
    return "".join(TRANSLIT.get(c, c) for c in s)


def ascii_name(s):
    """SEPA exports: umlauts and diacritics folded to plain ASCII letters."""
    table = {"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "ı": "i", "ş": "s", "ç": "c", "ğ": "g", "ț": "t", "ș": "s",
             "ă": "a", "â": "a", "î": "i", "Ö": "O", "Ü": "U", "Ä": "A", "Ç": "C", "Ş": "S", "Ț": "T", "İ": "I"}
    return "".join(table.get(c, c) for c in s)


DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "outlook.de", "freenet.de", "posteo.de"],
    "TR": ["hotmail.com", "gmail.com", "outlook.com", "hotmail.de"],
    "RO": ["yahoo.com", "yahoo.ro", "gmail.com"],
    "BG": ["abv.bg", "gmail.com", "mail.bg"],
    "SY": ["gmail.com", "hotmail.com", "outlook.com", "icloud.com"],
    "IQ": ["gmail.com", "hotmail.com", "yahoo.com", "icloud.com"],
}


def email_for(p, domain=None):
    f = translit(p.first).lower().replace(" ", "").replace("-", "")
    last = translit(p.last).lower().replace(" ", "").replace("-", "")
    n = rng.randint(1, 99)
    local = rng.choice([f"{f}.{last}", f"{f[0]}.{last}", f"{last}.{f}", f"{f}{last}{n:02d}", f"{f}_{last}",
                        f"{last}{n}", f"{f}.{last}{n}"])
    return f"{local}@{domain or rng.choice(DOMAINS[p.origin])}"


def de_mobile(style=None):
    pre = rng.choice(["0151", "0152", "0157", "0160", "0162", "0170", "0171", "0172", "0173", "0175", "0176",
                      "0177", "0178", "0179", "01512", "01520", "01575"])
    sub = ids.digits(8 if len(pre) == 4 and rng.random() < 0.5 else 7, first_nonzero=True)
    style = style if style is not None else rng.randrange(7)
    if style == 0:
        return f"{pre} {sub}"
    if style == 1:
        return f"{pre}-{sub}"
    if style == 2:
        return f"{pre}/{sub}"
    if style == 3:
        return f"+49 {pre[1:]} {sub}"
    if style == 4:
        return f"+49 (0){pre[1:]} {sub}"
    if style == 5:
        return f"{pre} {sub[:3]} {sub[3:]}"
    return f"+49{pre[1:]}{sub}"


def de_landline(area="02941", style=None):
    sub = ids.digits(rng.choice([5, 6]), first_nonzero=True)
    style = style if style is not None else rng.randrange(5)
    if style == 0:
        return f"{area} {sub}"
    if style == 1:
        return f"{area}/{sub}"
    if style == 2:
        return f"({area}) {sub}"
    if style == 3:
        return f"+49 {area[1:]} {sub}"
    return f"{area}-{sub[:2]} {sub[2:]}"


def ro_mobile():
    body = rng.choice("234568") + ids.digits(7)
    return rng.choice([f"+40 7{body[:2]} {body[2:5]} {body[5:]}", f"0040 7{body}", f"+407{body}"])


def bg_mobile():
    body = rng.choice(["87", "88", "89"]) + ids.digits(7)
    return rng.choice([f"+359 {body[:2]} {body[2:5]} {body[5:]}", f"00359 {body[:3]} {body[3:6]} {body[6:]}",
                       f"+359{body}"])


def tr_mobile():
    body = rng.choice(["532", "535", "542", "555", "505"]) + ids.digits(7)
    return f"+90 {body[:3]} {body[3:6]} {body[6:8]} {body[8:]}"


def de_iban(style=None):
    raw = ids.iban_de()
    style = style if style is not None else rng.randrange(3)
    return group(raw, 4) if style < 2 else raw


def iban_from_bban(cc, bban):
    digits = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{cc}{98 - int(digits) % 97:02d}{bban}"


def ro_iban(bank=None):
    return group(iban_from_bban("RO", (bank or rng.choice(["BTRL", "RNCB", "BRDE", "INGB"])) + ids.digits(16)), 4)


def bg_iban():
    return group(iban_from_bban("BG", rng.choice(["UNCR", "STSA", "FINV", "BPBI"]) + ids.digits(4) + "10"
                                + ids.digits(8)), 4)


def tr_iban():
    return group(iban_from_bban("TR", ids.digits(5) + "0" + ids.digits(16)), 4)


STREETS = ["Bökenförder Straße", "Erwitter Straße", "Overhagener Straße", "Weißenburger Straße", "Beckumer Straße",
           "Cappelstraße", "Kahlenstraße", "Woldemei", "Am Nordbahnhof", "Im Grünen Winkel", "Auf dem Wäschkamp",
           "Stirper Straße", "Rixbecker Straße", "Zum Gänsegarten", "Dusternweg", "Klusetor", "Hospitalstraße",
           "Barbarossastraße", "Unionstraße", "Hellinghauser Straße", "Planckstraße", "Am Tiergarten", "Südertor",
           "Lipperoder Straße", "Mastholter Straße", "Wiedenbrücker Straße", "Liebigstraße", "Kolpingstraße",
           "Juchaczstraße", "Am Bruchbaum", "Dedinghauser Weg", "Brüderstraße", "Bunsenstraße", "Von-Galen-Straße"]
USED_STREETS = []


def street(abbr=None):
    for _ in range(50):
        s = rng.choice(STREETS)
        if s not in USED_STREETS:
            break
    USED_STREETS.append(s)
    if abbr is None:
        abbr = rng.random() < 0.3
    if abbr and s.endswith("straße"):
        s = s[:-6] + "str."
    elif abbr and s.endswith(" Straße"):
        s = s[:-7] + " Str."
    num = str(rng.randint(1, 148))
    r = rng.random()
    if r < 0.18:
        num += rng.choice("abc")
    elif r < 0.24:
        num += " " + rng.choice("ab")
    elif r < 0.29:
        num = f"{num}-{int(num) + 2}"
    return f"{s} {num}"


def plz(local=True):
    if local or rng.random() < 0.75:
        return f"{rng.choice(['59555', '59556', '59557', '59558'])} Lippstadt"
    return rng.choice(["59590 Geseke", "59597 Erwitte", "59609 Anröchte", "33397 Rietberg", "59510 Lippetal"])


# ---------------------------------------------------------------- dates
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
          "Dezember"]


def birth(y0, y1):
    return (rng.randint(1, 28), rng.randint(1, 12), rng.randint(y0, y1))


def fd(d, style=0):
    dd, mm, yy = d
    if style == 0:
        return f"{dd:02d}.{mm:02d}.{yy}"
    if style == 1:
        return f"{dd}.{mm}.{yy}"
    if style == 2:
        return f"{dd:02d}.{mm:02d}.{yy % 100:02d}"
    if style == 3:
        return f"{dd}. {MONTHS[mm - 1]} {yy}"
    if style == 4:
        return f"{yy}-{mm:02d}-{dd:02d}"
    if style == 5:
        return f"{dd:02d}/{mm:02d}/{yy}"
    raise ValueError(style)


def kid_birth(grade):
    """Birth date plausible for a pupil in the given grade in the school year 2025/26."""
    y = 2019 - grade
    return (rng.randint(1, 28), rng.randint(1, 12), y if rng.random() < 0.6 else y - 1 + (rng.random() < 0.3))


# ---------------------------------------------------------------- case references and identifiers
def but_az(style=0):
    n = ids.digits(5)
    if style == 0:
        return f"40.2-BuT-25-{n}"
    if style == 1:
        return f"BuT-25-{n}"
    return f"40.2 BuT 25/{n}"


def kassenzeichen():
    return f"640.25.{ids.digits(6)}"


def kg_nummer():
    return f"{ids.digits(3, True)}FK{ids.digits(6)}"


def bg_nummer():
    return f"36604BG{ids.digits(7)}"


def wg_az():
    return f"WG-25-{ids.digits(4)}"


def plate(district=None):
    district = district or rng.choice(["SO", "LP", "SO", "HAM", "PB", "GT", "WAF"])
    letters = "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXZ") for _ in range(rng.choice([1, 2])))
    num = str(rng.randint(1, 9999))
    sep = rng.choice(["-", " "])
    return f"{district}{sep}{letters} {num}" if sep == "-" else f"{district} {letters} {num}"


def id_card(check=None):
    return ids.id_card(check_digit=rng.random() < 0.5 if check is None else check)


def credit(kind="MC"):
    num = ids.credit_card("5" + rng.choice("12345"), 16) if kind == "MC" else ids.credit_card("4", 16)
    return group(num, 4, rng.choice([" ", "-"]))


def ssn_for(p, d, birth_stem=None):
    letter = translit(birth_stem or p.last)[0].upper()
    raw = ids.social_security(f"{d[0]:02d}{d[1]:02d}{d[2] % 100:02d}", letter)
    return rng.choice([raw, f"{raw[:2]} {raw[2:8]} {raw[8]} {raw[9:]}"])


def tax_id_fmt():
    raw = ids.tax_id()
    return rng.choice([raw, f"{raw[:2]} {raw[2:5]} {raw[5:8]} {raw[8:]}"])


def vat_fmt():
    raw = ids.vat_id()
    return rng.choice([raw, f"DE {raw[2:5]} {raw[5:8]} {raw[8:]}"])


def money(cents):
    s = f"{cents // 100:,}".replace(",", ".")
    return f"{s},{cents % 100:02d}"


# ---------------------------------------------------------------- the office (public data: neutral)
RATHAUS_STREET, RATHAUS_CITY = "Ostwall 1", "59555 Lippstadt"
CITY_SW = "02941 980-0"
CITY_FAX = "02941 980-1599"
OFFICE_MAIL = "bildungspaket@lippstadt.de"
CITY_IBAN = group(ids.iban_de(), 4)

K = fixed("Kerstin", "Hülsmann-Baier", "f")
K.tel, K.mail = "02941 980-1532", "kerstin.huelsmann-baier@lippstadt.de"
D = fixed("Dennis", "Kowalczyk", "m")
D.tel, D.mail = "02941 980-1541", "dennis.kowalczyk@lippstadt.de"
S = fixed("Sabine", "Tigges", "f")
S.tel, S.mail = "02941 980-1536", "sabine.tigges@lippstadt.de"
U = fixed("Ute", "Stratmann", "f")
U.tel, U.mail = "02941 980-1530", "ute.stratmann@lippstadt.de"
L = fixed("Ludger", "Plümpe", "m")
L.tel = "02941 980-2214"
M = fixed("Merve", "Karakaya", "f", "TR")
M.tel, M.mail = "02941 980-1538", "merve.karakaya@lippstadt.de"

# people who appear in more than one document
LEA = fixed("Lea", "Niederquell", "f")
TIMO = fixed("Timo", "Berkenkamp", "m")
TIMO.mail = "timo.berkenkamp@awo-kreis-soest.de"
TIMO.tel = de_mobile(0)

DOCS = []


def doc(channel, template, flags=()):
    def deco(fn):
        DOCS.append((channel, template, fn, list(flags)))
        return fn
    return deco


# ================================================================ documents
@doc("outlook", "mittagessen-glutenfrei", ["HEALTH"])
def d01():
    mom = pick("DE", "f")
    dad = spouse_of(mom)
    child = kid_of(mom, "m")
    ogs = pick("DE", "f")
    doctor = pick("DE", "f")
    return f"""Von: {P(mom.full)} <{E(email_for(mom))}>
Gesendet: Montag, 8. September 2025 21:47
An: Bildung und Teilhabe <{N(OFFICE_MAIL)}>
Betreff: Mittagessen OGS – glutenfreies Menü / Ihr Zeichen {AZ(but_az())}

Sehr geehrte Frau {P(K.last)},

vielen Dank für die schnelle Bewilligung des Zuschusses zum gemeinschaftlichen Mittagessen für unseren Sohn {P(child.full)} (geb. {DOB(fd(kid_birth(2), 0))}, Klasse 2b, Grundschule Am Weinberg).

Inzwischen hat sich leider etwas geändert: Bei {P(child.first)} wurde in den Sommerferien eine Zöliakie festgestellt, er muss ab sofort streng glutenfrei essen. Der Caterer der OGS kocht dafür ein eigenes Menü, stellt aber 1,35 € pro Tag zusätzlich in Rechnung. Frau {P(ogs.full)} von der OGS-Leitung hat mir geraten, bei Ihnen nachzufragen, ob der Aufschlag mit abgerechnet werden kann oder ob wir ihn selbst tragen müssen. Eine Bescheinigung unserer Kinderärztin {P("Dr. " + doctor.last)} liegt vor, ich schicke sie gern eingescannt mit.

Da wir Anfang August umgezogen sind, hier noch einmal die neue Anschrift:
{A(street())}
{A(plz())}

Tagsüber erreichen Sie meinen Mann {P(dad.full)} unter {T(de_mobile())}, ich selbst bin meistens erst abends zu erreichen, am besten per Mail.

Viele Grüße
{P(mom.full)}
"""


FAM_ALHASSAN = {}


@doc("word", "bescheid-schuelerbefoerderung")
def d02():
    mother = pick("SY", "f")
    father = spouse_of(mother, "m")
    yara = kid_of(mother, "f")
    kinan = kid_of(mother, "m")
    az = but_az(0)
    st, pc = street(False), plz()
    yd = kid_birth(8)
    FAM_ALHASSAN.update(kid=yara, az=az, street=st, plz=pc, dob=yd)
    return f"""Stadt Lippstadt – Der Bürgermeister
Fachdienst Schule und Bildung · {N(RATHAUS_STREET)} · {N(RATHAUS_CITY)}

Frau {P(mother.full)}
Herrn {P(father.full)}
{A(st)}
{A(pc)}

                                        Auskunft erteilt: {P(D.full)}
                                        Zimmer 2.14
                                        Telefon {T(D.tel)}
                                        {E(D.mail)}
                                        Aktenzeichen: {AZ(az)}
                                        Lippstadt, 12.09.2025

Bescheid über Leistungen für Bildung und Teilhabe
hier: Übernahme der Schülerbeförderungskosten (§ 28 Abs. 4 SGB II)

Sehr geehrte Frau {P(mother.last)}, sehr geehrter Herr {P(father.last)},

auf Ihren Antrag vom 25.08.2025 übernehme ich für Ihre Tochter {P(yara.full)}, geboren am {DOB(fd(yd, 0))}, die Kosten des SchülerTickets für den Weg zum Evangelischen Gymnasium (Klasse 8c) für die Zeit vom 01.09.2025 bis zum 31.07.2026. Ein Eigenanteil fällt nicht an.

Das Ticket wird unter der Kundennummer {AZ("RLG-" + ids.digits(7))} bei der Regionalverkehr Ruhr-Lippe GmbH geführt und Ihrer Tochter über das Schulsekretariat ausgehändigt. Geht das Ticket verloren, melden Sie dies bitte sofort dem Sekretariat.

Für Ihren Sohn {P(kinan.full)} (geb. {DOB(fd(kid_birth(2), 0))}) kann ich noch nicht entscheiden. Die Grundschule an der Lippe liegt nach unserer Berechnung 1,7 km von Ihrer Wohnung entfernt; nach § 5 der Schülerfahrkostenverordnung werden Fahrkosten erst ab 2 km übernommen. Wenn der Schulweg aus Ihrer Sicht besonders gefährlich ist, teilen Sie mir das bitte bis zum 10.10.2025 mit.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift bei der Stadt Lippstadt, Der Bürgermeister, {N(RATHAUS_STREET)}, {N(RATHAUS_CITY)}, einzulegen.

Mit freundlichen Grüßen
Im Auftrag

{P(D.full)}
"""


FAM_POPESCU = {}


@doc("outlook", "klassenfahrt-erstattung-informell")
def d03():
    dad = pick("RO", "m", stem="Popescu")
    wife = spouse_of(dad, "f")
    kid = kid_of(dad, "f")
    teacher = pick("DE", "m")
    az = but_az(0)
    ro = ro_iban("BTRL")
    FAM_POPESCU.update(dad=dad, wife=wife, kid=kid, iban=ro, az=az)
    low = lambda s: s.lower()
    st = translit(street(True)).lower().replace("str.", "str")
    return f"""Von: {E(email_for(dad, "yahoo.com"))}
An: {N(OFFICE_MAIL)}
Betreff: klassenfahrt

hallo frau {P("hulsmann")}

ich bin der vater von {P(low(kid.full))} sie ist in klasse 6a realschule. lehrer herr {P(low(teacher.last))} sagt wir mussen 289 euro bezahlen fur klassenfahrt nach norderney im mai aber wir haben doch bildungspaket von stadt. ich habe schon 100 euro anzahlung bezahlt weil schule hat gesagt bis freitag sonst kein platz fur {P(low(kid.first))}

konnen sie die 100 euro bitte zuruck schicken auf mein konto {IB(ro)} das ist banca transilvania oder wenn das nich geht auf konto von meine frau {P(low(wife.first))} {IB(de_iban(1))} sparkasse

aktenzeichen weis ich nich genau auf brief steht {AZ(az)} glaube ich

mein handy {T(de_mobile(0))} oder whatsapp {T(ro_mobile())}
danke multumesc
{P(low(dad.full))}
{A(st)} {A("59557 lippstadt")}
"""


CATERER1 = {}


@doc("word", "caterer-rechnung")
def d04():
    owner = pick("TR", "f", stem="Doğan")
    CATERER1["owner"] = owner
    st, pc = street(False), plz()
    iban = de_iban(0)
    CATERER1["iban"] = iban
    rows = []
    total = 0
    origins = ["TR", "SY", "DE", "RO", "BG", "IQ", "TR", "SY"]
    for i, o in enumerate(origins, 1):
        c = pick(o, kid=True)
        days = rng.randint(14, 19)
        price = 410
        total += days * price
        rows.append(f"{i:>2} | {P(c.rev):<40} | {rng.choice(['1a', '1b', '2a', '2c', '3a', '3b', '4a', '4b'])}  | "
                    f"{AZ(but_az(1))} | {days:>2} | 4,10 € | {money(days * price)} €")
    CATERER1["total"] = total
    table = "\n".join(rows)
    return f"""{P(owner.full)} · Anadolu Mutfak Schulcatering · {A(st)} · {A(pc)}

Stadt Lippstadt
Fachdienst Schule und Bildung – Bildung und Teilhabe
{N(RATHAUS_STREET)}
{N(RATHAUS_CITY)}

RECHNUNG Nr. {N("2025-0917")}                                  Datum: 02.10.2025
Leistungszeitraum: 01.09.–30.09.2025
Leistung: Mittagsverpflegung OGS Grundschule Overhagen, Abrechnung BuT-Zuschuss

Nr | Kind (Name, Vorname)                      | Kl. | Bescheid           | Tage | Preis  | Betrag
{table}

Rechnungsbetrag (Lieferung von Speisen, inkl. 7 % USt): {money(total)} €

Bitte überweisen Sie den Rechnungsbetrag innerhalb von 14 Tagen ohne Abzug auf das Konto
Kontoinhaberin: {P(owner.full)}
IBAN: {IB(iban)}

Steuernummer: {TNR(ids.tax_number_nrw())}   USt-IdNr.: {VAT(vat_fmt())}
Telefon {T(de_landline())} · Mobil {T(de_mobile())} · {N("info@anadolu-mutfak-lippstadt.de")}
"""


KIDS_LF = {}


@doc("outlook", "weiterleitung-lernfoerderung")
def d05():
    ana = pick("RO", "f", stem="Dumitru", kid=True)
    kerem = pick("TR", "m", stem="Yıldız", kid=True)
    joud = pick("SY", "f", stem="Darwish", kid=True)
    KIDS_LF.update(kerem=kerem, joud=joud, ana=ana)
    return f"""Betreff: WG: Lernförderung Klasse 5 – Bestätigungen der Fachlehrkräfte

Hallo {P(K.first)},

siehe unten, kommt aus der Gesamtschule. Kannst du die drei Fälle bitte anlegen? Bei {P(ana.last)} fehlt noch der Wohngeldbescheid, den hat Herr {P(TIMO.last)} angefordert.

Gruß
{P(S.first)}

-----Ursprüngliche Nachricht-----
Von: {P(LEA.rev)} <{E("l.niederquell@gesamtschule-lippstadt.de")}>
Gesendet: Dienstag, 16. September 2025 11:42
An: Bildungspaket Stadt Lippstadt <{N(OFFICE_MAIL)}>
Cc: {P(TIMO.rev)} <{E(TIMO.mail)}>
Betreff: Lernförderung Klasse 5 – Bestätigungen der Fachlehrkräfte

Sehr geehrte Damen und Herren,

anbei die ausgefüllten Bestätigungen der Schule für die folgenden Schülerinnen und Schüler der Klasse 5b:

- {P(ana.full)}, geb. {DOB(fd(kid_birth(5), 0))} – Deutsch (Sprachförderung), 2 Std./Woche
- {P(kerem.full)}, geb. {DOB(fd(kid_birth(5), 0))} – Mathematik, 1 Std./Woche
- {P(joud.full)}, geb. {DOB(fd(kid_birth(5), 0))} – Deutsch, 2 Std./Woche

Die Eltern von {P(kerem.first)} (Herr und Frau {P(kerem.last)}) haben die Anträge schon bei Ihnen abgegeben. Familie {P(ana.last)} wird von Herrn {P(TIMO.last)} aus der Schulsozialarbeit begleitet, er ist in Kopie. Bei {P(joud.first)} möchte die Klassenlehrerin Frau {P(pick("DE", "f").last)} die Förderung gern schon vor den Herbstferien beginnen lassen.

Die Originale gehen heute mit der Hauspost raus.

Mit freundlichen Grüßen
{P(LEA.full)}
Sekretariat
Städtische Gesamtschule Lippstadt
Tel. {N("02941 28390-0")}
"""


@doc("word", "export-schuelerticket")
def d06():
    lines = ["Export Fachverfahren BuT – Modul Schülerbeförderung – Stand 01.10.2025 07:00 – 10 Datensätze",
             "Aktenzeichen;Name;Vorname;Geburtsdatum;Straße;PLZ Ort;Schule;Klasse;Ticket;Eigenanteil"]
    schools = ["Ev. Gymnasium", "Marienschule", "Edith-Stein-Realschule", "Gesamtschule", "Ostendorf-Gymnasium",
               "Drost-Rose-Realschule", "Hauptschule Nord", "Lippe-Berufskolleg"]
    y = FAM_ALHASSAN
    lines.append(f"{AZ('BuT-25-' + y['az'][-5:])};{P(y['kid'].last)};{P(y['kid'].first)};{DOB(fd(y['dob'], 4))};"
                 f"{A(y['street'])};{A(y['plz'])};Ev. Gymnasium;8c;SchülerTicket;0,00")
    for o in ["TR", "BG", "DE", "IQ", "RO", "SY", "TR", "DE", "BG"]:
        k = pick(o, kid=True)
        grade = rng.randint(5, 11)
        own = rng.choice(["0,00", "0,00", "12,00"])
        school = rng.choice(schools[:-1] if grade < 11 else ["Gesamtschule", "Ostendorf-Gymnasium", schools[-1]])
        lines.append(f"{AZ(but_az(1))};{P(k.last)};{P(k.first)};{DOB(fd(kid_birth(grade), 4))};{A(street())};"
                     f"{A(plz(False))};{school};{grade}{rng.choice('abcd')};"
                     f"{rng.choice(['SchülerTicket', 'SchülerTicket', 'Deutschlandticket Schule'])};{own}")
    return "\n".join(lines) + "\n"


@doc("word", "vermerk-vorsprache-dolmetscherin", ["RELIGION", "HEALTH"])
def d07():
    father = pick("IQ", "m", stem="Khalaf")
    mother = spouse_of(father, "f")
    kid1 = kid_of(father, "f")
    kid2 = kid_of(father, "m")
    interp = pick("IQ", "f")
    az = but_az(0)
    return f"""Aktenvermerk

Vorsprache am 17.09.2025, 10:20–11:05 Uhr, Büro 2.12
Anwesend: Herr {P(father.full)}, Frau {P(mother.full)}, Sprachmittlerin Frau {P(interp.full)} (Kurmancî–Deutsch), {P(K.full)} (Sachbearbeitung)
Aktenzeichen: {AZ(az)}

1. Identitätsprüfung
Herr {P(father.last)} legte seinen Personalausweis vor (Nr. {IDC(id_card())}), ausgestellt nach der Einbürgerung im Frühjahr 2024. Frau {P(mother.last)} hat eine Aufenthaltserlaubnis nach § 23 Abs. 2 AufenthG; die Kartennummer wurde nicht notiert.

2. Anliegen
Die Eheleute beantragen die Übernahme der Kosten für die Klassenfahrt ihrer Tochter {P(kid1.full)} (geb. {DOB(fd(kid_birth(7), 1))}, Klasse 7b der Realschule) nach Xanten sowie Lernförderung in Englisch für den Sohn {P(kid2.first)} (geb. {DOB(fd(kid_birth(4), 1))}). Die Familie bezieht Kinderzuschlag, Kindergeldnummer {AZ(kg_nummer())}.

3. Hinweise der Familie
Die Familie gehört der êzîdischen Religionsgemeinschaft an. Herr {P(father.last)} bat darum, dass die Schule bei der Terminplanung künftig die Fastentage im Dezember berücksichtigt. Frau {P(mother.last)} berichtete, {P(kid1.first)} leide seit der Flucht aus Shingal unter Angstzuständen und werde in der Traumaambulanz in Hamm behandelt; sie sei deshalb unsicher, ob ihre Tochter mitfahren könne. Ich habe empfohlen, das mit der Klassenlehrerin zu besprechen; für den BuT-Antrag spielt es keine Rolle.

4. Vereinbarungen
- Die Schulbescheinigung für {P(kid2.first)} wird bis 01.10.2025 nachgereicht.
- Den Bescheid erläutere ich telefonisch über Frau {P(interp.last)} ({T(de_mobile())}), da die Eltern deutsche Behördenbriefe nicht sicher lesen können.
- Wiedervorlage: 06.10.2025

gez. {P("K. Hülsmann-Baier")}
"""


TUTOR = {}


@doc("outlook", "lernfoerderung-honorarabrechnung", ["HEALTH"])
def d08():
    tutor = pick("TR", "f", stem="Kılıç-Westhoff")
    TUTOR["p"] = tutor
    st, pc = street(), plz()
    kerem, joud = KIDS_LF["kerem"], KIDS_LF["joud"]
    others = [pick("DE", "m", kid=True), pick("BG", "f", kid=True), pick("SY", "m", kid=True)]
    iban = de_iban(0)
    TUTOR["iban"] = iban
    rows = [(kerem, 4), (joud, 8), (others[0], 6), (others[1], 8), (others[2], 5)]
    body = "\n".join(f"{P(k.full)} ({AZ(but_az(1))}): {h} × 45 Min. à 18,00 € = {money(h * 1800)} €" for k, h in rows)
    total = sum(h * 1800 for _, h in rows)
    return f"""Von: {P(tutor.full)} <{E("lernwerkstatt.kilic@" + "gmx.de")}>
An: {N(OFFICE_MAIL)}
Cc: {P(S.full)} <{E(S.mail)}>
Betreff: Abrechnung Lernförderung September 2025

Guten Morgen Frau {P(S.last)},

anbei wie besprochen meine Abrechnung für September (PDF mit Unterschriftenlisten der Schulen im Anhang):

{body}

Gesamt: {money(total)} €

Zwei Anmerkungen: Bei {P(others[0].first)} haben wir die Stunden auf 7:45 Uhr vorverlegt, weil er wegen seiner ADHS-Medikation am Nachmittag kaum noch aufnahmefähig ist – die Mutter, Frau {P(others[0].last)}, ist einverstanden. Und {P(joud.first)} macht super Fortschritte, ich würde die Förderung gern bis Januar verlängern.

Bitte überweisen Sie wie immer auf mein Geschäftskonto {IB(iban)}. Ich bin Kleinunternehmerin nach § 19 UStG, daher keine Umsatzsteuer.

Viele Grüße
{P(tutor.full)}
Lernwerkstatt am Südertor
{A(st)}
{A(pc)}
Steuernummer {TNR(ids.tax_number_nrw())}
Mobil {T(de_mobile())}
"""


@doc("word", "personalbogen-honorarkraft")
def d09():
    p = pick("BG", "f", stem="Georgieva-Brandt")
    p.stem = "Georgieva-Brandt"  # a married double name: the feminine form is already in the stem
    p.origin = "BGX"
    d = birth(1998, 2002)
    ssn = ssn_for(p, d, "Georgieva")
    return f"""Stadt Lippstadt – Fachdienst Schule und Bildung – Bildung und Teilhabe
PERSONALBOGEN für Honorarkräfte in der außerschulischen Lernförderung
(bitte in Druckbuchstaben ausfüllen und mit Nachweisen zurückgeben)

1. ANGABEN ZUR PERSON
Name: ............................ {P(p.last)}
Vorname: ......................... {P(p.first)}
Geburtsname: ..................... {P("Georgieva")}
Geburtsdatum: .................... {DOB(fd(d, 0))}
Geburtsort: ...................... Plowdiw (Bulgarien)
Anschrift: ....................... {A(street())}, {A(plz())}
Telefon (mobil): ................. {T(de_mobile())}
E-Mail: .......................... {E(email_for(Person(p.first, "Georgieva-Brandt", "f", "DE"), "posteo.de"))}

2. STEUER UND SOZIALVERSICHERUNG
Steuerliche Identifikationsnummer: {TID(tax_id_fmt())}
Rentenversicherungsnummer: ....... {SSN(ssn)}
Krankenkasse: .................... AOK NordWest
Krankenversichertennummer: ....... {KV(ids.health_insurance())}
[x] Ich bin an einer Hochschule eingeschrieben (Universität Paderborn, Lehramt Mathematik/Deutsch)
[ ] Ich übe die Tätigkeit hauptberuflich aus
[ ] Ich bin bei weiteren Auftraggebern als Honorarkraft tätig

3. BANKVERBINDUNG
Kontoinhaber/in: ................. {P(p.full)}
IBAN: ............................ {IB(de_iban(2))}

4. ERWEITERTES FÜHRUNGSZEUGNIS (§ 72a SGB VIII)
vorgelegt am: 04.09.2025        eingesehen von: {P("S. Tigges")}

5. EINSATZWUNSCH
Schulen: Realschule, Gesamtschule   Fächer: Mathematik, Deutsch als Zweitsprache
Sprachkenntnisse: Bulgarisch, Türkisch (Grundkenntnisse), Englisch

Ich versichere die Richtigkeit meiner Angaben.
Lippstadt, 04.09.2025                      {P(p.full)}
"""


LONDON = {}


@doc("outlook", "klassenfahrt-london-lehrkraft", ["HEALTH"])
def d10():
    teacher = pick("DE", "f", stem="van Ackeren")
    kids = [pick(o, kid=True) for o in ["DE", "TR", "BG", "RO", "SY"]]
    eta = kids[1:4]
    asthma = kids[2]
    LONDON["cc"] = credit("MC")
    rows = "\n".join(f"{P(k.rev)} | {DOB(fd(kid_birth(9), 0))} | {A(street())}, {A(plz(False))} | {PAS(ids.passport())} | "
                     f"{KV(ids.health_insurance())}" for k in kids)
    return f"""Von: {P(teacher.full)} <{E(translit(teacher.first[0]).lower() + ".vanackeren@ostendorf-gymnasium.de")}>
Gesendet: Donnerstag, 25. September 2025 15:08
An: {P(K.full)} <{E(K.mail)}>
Betreff: Kursfahrt London März 2026 – ETA-Gebühren und eine Frage

Liebe Frau {P(K.last)},

unsere Jahrgangsstufe 9 fährt vom 23. bis 27. März 2026 nach London. Fünf Jugendliche aus meinem Englischkurs haben einen BuT-Bescheid; die Anträge reichen die Eltern noch ein, ich wollte Ihnen vorab die Eckdaten geben.

1. Für die Einreise brauchen alle einen Reisepass und eine elektronische Reisegenehmigung (ETA). Für {P(eta[0].first)}, {P(eta[1].first)} und {P(eta[2].first)} habe ich die Gebühr (je 16 £) schon mit meiner privaten Kreditkarte bezahlt, weil die Frist des Reisebüros ablief: Mastercard {CC(LONDON["cc"])}, Belege im Anhang. Kann das über das Bildungspaket erstattet werden, oder müssen die Familien mir das Geld zurückgeben?

2. {P(asthma.full)} hat schweres Asthma und darf laut Attest nicht in ein Zimmer mit Teppichboden. Die Jugendherberge verlangt für das Ausweichzimmer 38 € Aufpreis. Ist das ein Teil der Fahrtkosten, den Sie übernehmen?

Hier der Auszug aus der Teilnehmerliste des Reisebüros (nur die fünf BuT-Kinder):

Name | geb. | Anschrift | Reisepass | Versichertennr.
{rows}

Herzliche Grüße
{P(teacher.full)}
Ostendorf-Gymnasium, Fachschaft Englisch
Tel. Schule {N("02941 9672-0")}
"""


@doc("word", "ocr-scan-bkgg-antrag")
def d11():
    d = birth(1986, 1990)
    kids = [("0zdemir, Ecrin", kid_birth(3), "GS Overhagen", "3b"),
            ("Özdemir, Yusuf Emir", kid_birth(6), "Drost-Rose-Realsch.", "6c"),
            ("Ozdemir, Defne", (rng.randint(10, 28), rng.randint(1, 12), 2021), "Kita Sonnenblume", "-")]
    USED_NAMES.extend([("Merve", "Özdemir"), ("Ecrin", "Özdemir"), ("Yusuf Emir", "Özdemir")])
    USED_LAST.append("Özdemir")
    krows = "\n".join(f"{P(n):<24} {DOB(fd(b, 0).replace('0', 'O', 1) if i == 0 else fd(b, 0))}   {s:<20} {c}"
                      for i, (n, b, s, c) in enumerate(kids))
    iban = ids.iban_de()
    iban_ocr = f"DE{iban[2:4]} {iban[4:8]}  {iban[8:12]} {iban[12:16]}{iban[16:20]} {iban[20:]}"
    tel = "0 1 7 6 / " + " ".join(ids.digits(8, True))
    st = "Overhagener Str. l" + str(rng.randint(10, 79))
    return f"""[Scan – automatische Texterkennung – Seite 1 von 2]

STADT LIPPSTADT                                   Eingang: 1 9. SEP. 2025
                                                  FD 40.2 /BuT
Antrag auf Leistungen fur Bildung und Teilhabe
nach § 6b Bundeskindergeldgesetz (BKGG)

1. Antragstelier/in
Narne, Vorname: {P("0zdemir, Merve")}
Geburtsdatum: {DOB(fd(d, 0).replace("0", "O", 1))}
Anschrift (Straße, Nr.): {A(st)}
PLZ, Ort: {A("5955 7 Lippstadt")}
Telefon: {T(tel)}
E-Mail: {E("merve.oezdemir" + str(d[2] % 100) + "@gmx.de")}

2. Leistungsbezug
[X] Wohngeld          Aktenzeichen: {AZ(wg_az())}
[ ] Kinderzuschlag    Kindergeld-Nr.: _______________

3. Kinder, fur die Leistungen beantragt werden
Name, Vorname            geb. am      Schule / Kita        Klasse
{krows}

4. Beantragte Leistungen
[X] Mittagessen   [X] Schulbedarf   [ ] Ausfluge/Fahrten   [X] Lernforderung
[ ] Schulerbeforderung   [ ] Teilhabe (Verein: _______________)

5. Bankverbindung
Kontoinhaber/in: {P("Merve 0zdemir")}
IBAN: {IB(iban_ocr)}

Ort, Datum: Lippstadt, 15.O9.2025        Unterschrift: {P("M. Özdemir")}

[Seite 1 – Ende der Texterkennung, Konfidenz 81 %]
"""


@doc("outlook", "beschwerde-ablehnung-mittagessen", ["UNION"])
def d12():
    dad = pick("TR", "m", stem="Aydın")
    k1, k2 = kid_of(dad, "f"), kid_of(dad, "m")
    return f"""Von: {P(dad.full)} <{E(email_for(dad))}>
An: {P(M.full)} <{E(M.mail)}>
Betreff: WIDERSPRUCH!!! Ablehnung Mittagessen Az {AZ(but_az(2))}

Sehr geehrte Frau {P(M.last)},

mit Ihrem Schreiben vom 22.09. bin ich überhaupt NICHT einverstanden. Sie schreiben, unser Einkommen sei im Juli zu hoch gewesen. Das stimmt nicht!! Im Juli hatte ich 11 Streiktage, weil meine Gewerkschaft (ich bin seit 2009 Mitglied der IG Metall) zum Streik aufgerufen hat, und das Streikgeld ist kein Lohn. Die Lohnabrechnung hat Ihre Kollegin Frau {P(S.last)} schon im August bekommen, wahrscheinlich hat die keiner angeschaut.

Meine Kinder {P(k1.first)} und {P(k2.first)} essen jeden Tag in der Mensa, das sind im Monat über 150 Euro. DAS KANN ICH NICHT ALLEINE BEZAHLEN.

Der Kinderzuschlag läuft ganz normal weiter, Kindergeldnummer {AZ(kg_nummer())}, den Bescheid der Familienkasse haben Sie.

Ich möchte einen Termin, und zwar nicht erst im November. Sie erreichen mich ab 15 Uhr unter {T(de_mobile())}.

{P(dad.full)}
{A(street())}, {A(plz())}
"""


@doc("word", "ogs-essensliste", ["HEALTH", "RELIGION"])
def d13():
    sec = pick("DE", "f")
    notes = ["–", "schweinefleischfrei (muslimisch)", "Laktoseintoleranz", "vegetarisch (Wunsch der Eltern)", "–",
             "Erdnussallergie, Notfallset im Büro", "schweinefleischfrei (muslimisch)", "–", "Zöliakie (Attest liegt vor)",
             "–", "kein Rind (hinduistisch)"]
    origins = ["DE", "TR", "DE", "DE", "RO", "BG", "SY", "IQ", "DE", "RO", "DE"]
    rows = []
    for i, (o, note) in enumerate(zip(origins, notes), 1):
        k = pick(o, kid=True)
        grade = rng.randint(1, 4)
        rows.append(f"{i:02d}\t{P(k.rev)}\t{grade}{rng.choice('abc')}\t{DOB(fd(kid_birth(grade), 1))}\t"
                    f"{rng.choice(['31.07.2026', '31.01.2026', '28.02.2026'])}\t{note}")
    return f"""OGS Grundschule Bökenförde – Kinder mit BuT-Zuschuss zum Mittagessen
Stand: 29.09.2025 – erstellt von {P(sec.full)} (Sekretariat) – nur für den Dienstgebrauch

Nr\tName, Vorname\tKl.\tgeb.\tBescheid bis\tHinweise für die Küche
""" + "\n".join(rows) + f"""

Bitte die Liste nicht an der Essensausgabe aushängen, sondern nur im Küchenordner abheften.
Rückfragen an das Sekretariat: {N("02941 61188")} oder {P(sec.last)} persönlich (Di/Do).
"""


FAM_ASENOV = {}


@doc("outlook", "schulsozialarbeit-roma-familie", ["ETHNICITY"])
def d14():
    father = pick("BG", "m", stem="Asenov")
    mother = spouse_of(father, "f")
    k1, k2, k3 = kid_of(father, "m"), kid_of(father, "f"), kid_of(father, "f")
    rel = pick("BG", "m")
    az = but_az(0)
    FAM_ASENOV.update(az=az)
    return f"""Von: {P(TIMO.full)} <{E(TIMO.mail)}>
An: {P(K.full)} <{E(K.mail)}>
Betreff: Familie {P(father.last)} – Unterstützung bei den BuT-Anträgen

Hallo Frau {P(K.last)},

wie heute Morgen am Telefon besprochen, kurz die Lage: Herr {P(father.full)} und Frau {P(mother.full)} sind im Frühjahr aus Sliven zugezogen. Die Familie gehört zur Minderheit der Roma und hat in Bulgarien wie auch bei einem Vermieter hier schlechte Erfahrungen mit Ämtern gemacht; das Misstrauen ist entsprechend groß. Ich würde den Termin bei Ihnen deshalb gern begleiten.

Kinder:
– {P(k1.full)}, geb. {DOB(fd(kid_birth(4), 0))}, Klasse 4, GS Nord
– {P(k2.full)}, geb. {DOB(fd(kid_birth(2), 0))}, Klasse 2, GS Nord
– {P(k3.first)} (3 Jahre, noch ohne Kitaplatz)

Wohnung: Die Familie lebt zurzeit sehr beengt bei einem Cousin, {A(street())}, {A(plz())} (Klingel „{P(rel.last)}“). Post kommt dort an.
Jobcenter: Antrag läuft, BG-Nummer {AZ(bg_nummer())}; das Aktenzeichen bei Ihnen ist {AZ(az)}.

Telefon: Herr {P(father.last)} {T(bg_mobile())} (nur Bulgarisch/Türkisch), Frau {P(mother.last)} {T(de_mobile())} – sie versteht etwas Deutsch.

Mich erreichen Sie diese Woche am besten mobil unter {T(TIMO.tel)}.

Viele Grüße
{P(TIMO.full)}
Schulsozialarbeit an Grundschulen – AWO Kreisverband Soest
"""


@doc("word", "bescheid-fahrtkosten-privat-pkw", ["HEALTH"])
def d15():
    father = pick("IQ", "m", stem="Al-Obaidi")
    mother = spouse_of(father, "f")
    kid = kid_of(father, "m")
    kd = kid_birth(5)
    az = but_az(0)
    p1, p2 = plate("SO"), plate("LP")
    return f"""Stadt Lippstadt · Der Bürgermeister · Fachdienst Schule und Bildung
{N(RATHAUS_STREET)} · {N(RATHAUS_CITY)} · Telefon {N(CITY_SW)} · Telefax {N(CITY_FAX)}

Herrn und Frau
{P(father.full)} und {P(mother.full)}
{A(street(False))}
{A(plz())}

Ihr Antrag vom 04.09.2025          Unser Zeichen: {AZ(az)}
Bearbeiter: {P(D.full)}             Durchwahl: {T(D.tel)}
                                    Datum: 29.09.2025

Erstattung von Fahrkosten für die Beförderung mit dem privaten Pkw
Schüler: {P(kid.full)}, geb. {DOB(fd(kd, 0))}, Klasse 5a, Förderschule Körperliche und motorische Entwicklung

Sehr geehrter Herr {P(father.last)}, sehr geehrte Frau {P(mother.last)},

Ihr Sohn ist nach dem vorliegenden Gutachten auf einen Rollstuhl angewiesen; wegen seiner Muskelerkrankung kann er den Linienbus mit Umstieg am ZOB nicht nutzen, und der Schülerspezialverkehr fährt Ihren Ortsteil erst ab Februar an. Ich erstatte Ihnen daher für die Zeit vom 01.09.2025 bis 31.01.2026 die Kosten der Fahrten mit Ihrem eigenen Fahrzeug.

Berechnung:
Entfernung Wohnung – Schule: 11,4 km (kürzester Fahrweg)
Fahrten je Schultag: 2 Hin- und Rückfahrten (Bringen und Abholen) = 45,6 km
Wegstreckenentschädigung: 0,30 € je km
voraussichtliche Schultage: 94
Erstattungsbetrag höchstens: 1.285,92 €

Berücksichtigt werden die Fahrten mit den Fahrzeugen {KFZ(p1)} (Halter: Herr {P(father.last)}) und {KFZ(p2)} (Halterin: Frau {P(mother.last)}). Bitte reichen Sie am Monatsende den Fahrtennachweis ein. Die Zahlung erfolgt auf das Konto {IB(de_iban(0))}.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadt Lippstadt, {N(RATHAUS_STREET)}, {N(RATHAUS_CITY)}, erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
{P(D.full)}
"""


@doc("outlook", "handy-kurzmail-englisch-deutsch")
def d16():
    mom = pick("SY", "f")
    k1, k2 = kid_of(mom, "m"), kid_of(mom, "f")
    teacher = pick("DE", "f")
    return f"""Von: {E(email_for(mom, "icloud.com"))}
An: {N(OFFICE_MAIL)}
Betreff: papers for my son

Hello Mrs {P("Hülsmann")}, guten Tag

i send you the Schulbescheinigung for my son {P(k1.full)} and for {P(k2.first)} in attachment (photos). sorry the photo is not so good. The school say {P(k1.first)} need Nachhilfe in Deutsch, the teacher Mrs {P(teacher.last)} write the paper for you.
Please call me on {T(de_mobile(0))} after 3 pm, before i am in Sprachkurs. We have new adress since 1. october: {A(street(True))}, {A(plz())}

thank you very much
{P(mom.full)}
Aktenzeichen {AZ(but_az(2))}

Von meinem Samsung Galaxy Smartphone gesendet
"""


@doc("word", "chatverlauf-team-export")
def d17():
    mom = pick("RO", "f", stem="Stoica")
    darius = kid_of(mom, "m")
    brother = kid_of(mom, "m")
    emre_dad = pick("TR", "m", stem="Kılıç")
    emre = kid_of(emre_dad, "m")
    tutor2 = pick("BG", "m")
    t2d = birth(1990, 2001)
    az = but_az(0)
    return f"""Chatverlauf „Team BuT“ – Export vom 30.09.2025 zur Akte {AZ(az)}

[08:51] {P(K.rev)}: Moin zusammen. Frau {P(mom.full)} hat gestern dreimal angerufen, es geht um die Klassenfahrt von {P(darius.first)}. Wer hat den Fall?
[08:53] {P(D.rev)}: ich nicht, bei mir liegt nur das ticket vom großen bruder ({P(brother.first)})
[08:55] {P(S.rev)}: liegt bei mir, {AZ(az)}. es fehlt die teilnehmerbestätigung der schule
[08:55] {P(S.rev)}: kannst du sie zurückrufen? {T(de_mobile())}, am telefon versteht sie gut deutsch. achtung neue adresse: {A(street())}, {A(plz())}
[08:56] {P(K.rev)}: mach ich
[09:02] {P(M.rev)}: btw der vater von {P(emre.first)} aus der 6c fährt die kinder jetzt selbst, kennzeichen {KFZ(plate())}. geht das über km-pauschale? dann brauch ich den antrag von hr. {P(emre_dad.last)}
[09:04] {P(D.rev)}: ja, 0,30/km. formular liegt unter Vorlagen > Fahrkosten
[09:10] {P(L.rev)}: Kasse hier. Für die neue Honorarkraft {P(tutor2.full)} fehlt mir noch die Steuer-ID, sonst kann ich nicht auszahlen.
[09:12] {P(S.rev)}: steht im personalbogen: {TID(tax_id_fmt())}, RV-Nr {SSN(ssn_for(tutor2, t2d))} falls ihr die auch braucht
[09:13] {P(L.rev)}: danke! und noch was: die ETA-Auslagen von Frau {P("van Ackeren")} (Ostendorf) – soll ich die wirklich auf ihre Karte {CC(LONDON["cc"])} zurückbuchen? Geht bei uns eigentlich nur per Überweisung
[09:14] {P(K.rev)}: ich frag sie nach ner IBAN
[09:21] {P(U.rev)}: Bitte keine Steuer- und Sozialversicherungsnummern mehr hier im Chat posten, das gehört in die Akte. @{P(S.first)} @{P(L.first)}
[09:22] {P(S.rev)}: sorry, kommt nicht wieder vor
"""


JC = {}


@doc("outlook", "jobcenter-abgleich-doppelzahlung")
def d18():
    jc = pick("DE", "m")
    JC["p"] = jc
    fams = []
    for o in ["BG", "SY", "RO", "TR", "DE"]:
        stem = "Ivanov" if o == "BG" else None
        parent = pick(o, "f", stem=stem)
        kid = kid_of(parent)
        fams.append((parent, kid, kid_birth(rng.randint(1, 9)), bg_nummer(), but_az(0)))
    JC["ivanov"] = fams[0]
    rows = "\n".join(f"{AZ(bg)}   {P(k.full):<30} {DOB(fd(kd, 0))}   {AZ(az)}" for _, k, kd, bg, az in fams)
    ivm = fams[0][0]
    jc_mail = (translit(jc.first) + "." + translit(jc.last)).lower().replace(" ", "") + "@jobcenter-ge.de"
    return f"""Von: {P(jc.full)} <{E(jc_mail)}>
Gesendet: Freitag, 26. September 2025 09:14
An: {N(OFFICE_MAIL)}
Cc: {P(U.full)} <{E(U.mail)}>
Betreff: Abgleich Doppelbewilligungen persönlicher Schulbedarf 2025/26

Sehr geehrte Damen und Herren,

beim Abgleich der Zahlungen zum Schuljahresbeginn ist aufgefallen, dass für die folgenden Kinder der erste Teilbetrag des persönlichen Schulbedarfs (130,00 €) sowohl vom Jobcenter Kreis Soest als auch von der Stadt Lippstadt ausgezahlt wurde:

BG-Nummer          Kind                           geb.         Az. Stadt
{rows}

In allen fünf Fällen lag der Bescheid des Jobcenters zeitlich vorn. Bei Familie {P(ivm.last)} hat Frau {P(ivm.full)} uns gegenüber angegeben, der Antrag bei Ihnen sei von der Schule gestellt worden, ohne dass sie davon wusste.

Ich schlage vor, dass die Stadt in diesen Fällen die Rückforderung übernimmt; eine Aufrechnung durch uns wäre wegen der laufenden Leistungen für die Familien deutlich belastender. Eine kurze Rückmeldung bis Mitte Oktober wäre hilfreich.

Mit freundlichen Grüßen
Im Auftrag
{P(jc.full)}
Jobcenter Kreis Soest – Standort Lippstadt, Team 412 Leistungen
Telefon {T("02941 9794-" + ids.digits(3, True))}
"""


@doc("word", "aufhebung-erstattung-kassenzeichen")
def d19():
    mom = fixed("Anna-Lena", "von der Heide", "f")
    kid = pick("DE", "m", stem="von der Heide", kid=True)
    host = pick("DE", "m")
    return f"""Stadt Lippstadt · Der Bürgermeister · {N("Postfach 2540")} · {N("59535 Lippstadt")}

Frau
{P(mom.full)}
c/o {P(host.full)}
{A(street(False))}
{A(plz(False))}

Unser Zeichen: {AZ(but_az(0))}
Kassenzeichen: {AZ(kassenzeichen())}
Sachbearbeitung: {P(S.full)}, Telefon {T(S.tel)}
Datum: 07.10.2025

Aufhebungs- und Erstattungsbescheid (§§ 48, 50 SGB X)
Zuschuss zum gemeinschaftlichen Mittagessen

Sehr geehrte Frau {P(mom.last)},

für Ihren Sohn {P(kid.full)} haben wir von Januar bis Juni 2025 den Zuschuss zum Mittagessen an die Mensa der Gesamtschule gezahlt. Nach Mitteilung der Schule hat {P(kid.first)} seit seinem Wechsel an das Lippe-Berufskolleg im Februar nicht mehr an der Mittagsverpflegung teilgenommen. Der Wechsel wurde uns nicht mitgeteilt.

Ich hebe die Bewilligung deshalb mit Wirkung vom 01.02.2025 auf. Für die Monate Februar bis Juni wurden 312,40 € zu Unrecht gezahlt; diesen Betrag fordere ich von Ihnen zurück.

Bitte überweisen Sie den Betrag bis zum 15.11.2025 unter Angabe des Kassenzeichens auf das Konto der Stadtkasse Lippstadt, IBAN {N(CITY_IBAN)}. Wenn Sie den Betrag nicht auf einmal zahlen können, ist auf Antrag eine Ratenzahlung möglich; wenden Sie sich dazu bitte an Herrn {P(L.full)} von der Stadtkasse, Telefon {T(L.tel)}.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden, schriftlich oder zur Niederschrift bei der Stadt Lippstadt, {N(RATHAUS_STREET)}, {N(RATHAUS_CITY)}.

Mit freundlichen Grüßen
Im Auftrag
{P(S.full)}
"""


@doc("outlook", "mail-englisch-geburtsdatum", ["POLITICS"])
def d20():
    father = pick("IQ", "m", stem="Al-Jubouri")
    wife = spouse_of(father, "f")
    dau = kid_of(father, "f")
    dd = kid_birth(7)
    return f"""From: {P(father.full)} <{E(email_for(father, "gmail.com"))}>
To: {N(OFFICE_MAIL)}
Subject: Class trip of my daughter – date of birth problem

Dear Sir or Madam,

my name is {P(father.full)}, I live with my family in {A(street())}, {A(plz())}. Your colleague Mr {P(D.last)} asked me for the birth certificate of my daughter {P(dau.full)} (born {DOB(fd(dd, 5))}) because the date in the school system is different and the travel company needs the correct one.

I am sorry but I cannot bring a new Iraqi document. In 2019 I was one of the organisers of the October protests in Baghdad and I was persecuted for my political activity, for this reason we got asylum in Germany. I cannot go to the Iraqi embassy. The decision of the BAMF shows the correct date of birth of {P(dau.first)}: {DOB(fd(dd, 0))}. I can send you a copy of this page.

My wife {P(wife.full)} can also come to your office, she speaks German better than me.

Best regards / Mit freundlichen Grüßen
{P(father.full)}
Mobile: {T(de_mobile(3))}
"""


@doc("word", "tagesausflug-erstattungsliste")
def d21():
    teacher = pick("DE", "f")
    lines = []
    for o in ["DE", "TR", "SY", "RO", "BG", "IQ", "TR"]:
        parent = pick(o)
        k = kid_of(parent)
        acct = tr_iban() if o == "TR" and rng.random() < 0.4 else de_iban()
        lines.append(f"{P(k.full)}\t{P(parent.full)}\t{IB(acct)}\t14,50")
    return f"""Klasse 3b – Ausflug Maximilianpark Hamm am 11.09.2025 – Erstattung Eintritt + Bus (je 14,50 €)
Liste von {P(teacher.full)}, Grundschule Cappel – bitte an die Eltern auszahlen, Eigenanteil wurde bar eingesammelt

""" + "\n".join(lines) + """

Summe 101,50 €
"""


@doc("outlook", "nachbarin-mit-vollmacht")
def d22():
    mom = pick("RO", "f", stem="Lungu")
    k1, k2 = kid_of(mom, "m"), kid_of(mom, "f")
    nb = pick("DE", "f")
    st, pc = street(), plz()
    return f"""Von: {P(nb.full)} <{E(email_for(nb))}>
An: {N(OFFICE_MAIL)}
Betreff: Schulbedarf für die Kinder von Frau {P(mom.last)} – ich schreibe mit Vollmacht

Guten Tag,

ich bin die Nachbarin von Frau {P(mom.full)} (geb. {DOB(fd(birth(1987, 1993), 1))}) und helfe ihr mit der Post, weil sie noch Deutsch lernt. Eine Vollmacht hat sie unterschrieben, ich hänge sie als Foto an. Ihre Kollegin wollte beim letzten Anruf auch meine Ausweisnummer wissen: {IDC(id_card(True))}.

Es geht um das Schulbedarfspaket für {P(k1.first)} (Klasse 5) und {P(k2.first)} (Klasse 1). Frau {P(mom.last)} hat im August Wohngeld bewilligt bekommen (Aktenzeichen der Wohngeldstelle {AZ(wg_az())}) und Anfang September bei Ihnen den BuT-Antrag abgegeben. Seitdem hat sie nichts mehr gehört, und die Hefte und der Schulranzen für {P(k2.first)} mussten ja schon im August gekauft werden.

Bitte schicken Sie die Post weiterhin an Frau {P(mom.last)} selbst ({A(st)}, {A(pc)}), gern aber mit Kopie an mich per Mail. Frau {P(mom.last)} hat nur ein rumänisches Handy: {T(ro_mobile())}. Ich bin tagsüber unter {T(de_landline())} zu erreichen.

Freundliche Grüße
{P(nb.full)}
(gleiche Adresse, Erdgeschoss links)
"""


@doc("word", "protokoll-teambesprechung")
def d23():
    gast = fixed("Friederike", "zur Nieden", "f")
    return f"""Ergebnisprotokoll Teambesprechung Bildung und Teilhabe
01.10.2025, 9:00–10:30 Uhr, Raum 2.20

Teilnehmende: {P(U.full)} (Leitung), {P("K. Hülsmann-Baier")}, {P("D. Kowalczyk")}, {P("M. Karakaya")}, {P("S. Tigges")} (Protokoll); als Gast {P("Dr. " + gast.full)} (Schulamt für den Kreis Soest)
Entschuldigt: {P("L. Plümpe")}

TOP 1 Bearbeitungsstand
Rückstand: 212 unbearbeitete Anträge (Vormonat 268). Ziel bis Ende Oktober: unter 150. Schülerbeförderung ist vollständig abgearbeitet.

TOP 2 Einzelfälle
a) Familie {P("Asenov")} ({AZ(FAM_ASENOV["az"])}): gemeinsamer Termin mit der Schulsozialarbeit (Hr. {P(TIMO.last)}) am 08.10., 10 Uhr. Dolmetschung Bulgarisch über den Sprachmittlerpool anfragen.
b) Familie {P("Khalaf")}: Klassenfahrt Xanten bewilligt, Bescheid telefonisch über die Sprachmittlerin erläutert. Erledigt.
c) Doppelzahlungen Schulbedarf (Liste Jobcenter, Hr. {P(JC["p"].last)}): Rückforderung übernimmt die Stadt; Anhörungen gehen diese Woche raus ({P("M. Karakaya")}).
d) Widerspruch {P("Aydın")}: Einkommen Juli wird neu berechnet, Abhilfe voraussichtlich möglich.
e) Kursfahrt London (Ostendorf-Gymnasium): ETA-Gebühren gehören zu den Fahrtkosten. Frau {P("van Ackeren")} wird gebeten, die Auslagen über die Schule abzurechnen, nicht über ihre private Karte.

TOP 3 Caterer
Frischeküche Lippeaue (Hr. {P("Kortmann")}) mahnt die Rechnungen August/September an. Ursache: fehlende Sammelbescheide bei 6 Kindern. {P("D. Kowalczyk")} klärt bis Freitag, Zahlung dann sofort.

TOP 4 Datenschutz
Nach dem Vorfall im Teamchat: Steuer-IDs, Rentenversicherungs- und Kontonummern nur in der E-Akte. {P("Dr. zur Nieden")} weist darauf hin, dass Schulen Klassenlisten mit BuT-Vermerk nicht offen versenden dürfen (Beispiel GS Cappel, Elternmail 4a).

Nächste Sitzung: 05.11.2025, 9:00 Uhr
"""


@doc("outlook", "caterer-zahlungserinnerung")
def d24():
    owner = fixed("Christoph", "Kortmann", "m")
    kids = [pick(o, kid=True) for o in ["DE", "SY", "TR", "BG", "RO"]]
    parent = pick("TR", "m", stem=kids[2].stem)
    lst = "\n".join(f"- {P(k.full)} (Kl. {rng.choice(['1a', '2a', '2b', '3c', '4a'])}) – laut Eltern Bescheid vom "
                    f"{rng.randint(4, 28):02d}.08.2025" for k in kids)
    return f"""Von: {P(owner.full)} <{E("c.kortmann@frischekueche-lippeaue.de")}>
An: {N(OFFICE_MAIL)}
Betreff: 2. Erinnerung – offene Rechnungen Mittagessen August/September

Moin zusammen,

unsere Rechnungen {N("2025-08-114")} und {N("2025-09-131")} für die OGS Cappel und die OGS Lipperode sind immer noch offen (zusammen 4.286,40 €). Für ein kleines Unternehmen wie unseres ist das inzwischen ein echtes Problem – ich muss die Lebensmittel ja vorfinanzieren.

Bei folgenden Kindern sagen die Eltern, dass der Bescheid längst vorliegt:
{lst}

Herr {P(parent.full)} hat unserer Ausgabekraft gestern erklärt, er zahle den Eigenanteil nicht mehr, weil „die Stadt ja alles übernimmt“. Können Sie das bitte einmal klarstellen?

Bankverbindung unverändert: IBAN {IB(de_iban(0))}, Kontoinhaber {P(owner.full)}.

Mit freundlichen Grüßen
{P(owner.full)}

Frischeküche Lippeaue e.K. · {A(street())} · {A(plz())}
Tel. {T(de_landline())} · Fax {T(de_landline())}
St.-Nr. {TNR(ids.tax_number_nrw())} · USt-IdNr. {VAT(vat_fmt())}
Amtsgericht Paderborn {N("HRA 5127")}
"""


@doc("word", "anhoerung-doppelzahlung")
def d25():
    mother, kid, kd, bg, az = JC["ivanov"]
    father = spouse_of(mother, "m")
    return f"""Stadt Lippstadt · Der Bürgermeister · Fachdienst Schule und Bildung · {N(RATHAUS_STREET)} · {N(RATHAUS_CITY)}

Herrn
{P(father.full)}
{A(street(False))}
{A(plz())}

Unser Zeichen: {AZ(az)}                BG-Nummer Jobcenter: {AZ(bg)}
Ansprechpartnerin: {P(M.full)}
Telefon: {T(M.tel)} · E-Mail: {E(M.mail)}
Lippstadt, 06.10.2025

Anhörung nach § 24 SGB X
Persönlicher Schulbedarf für {P(kid.full)}, geb. {DOB(fd(kd, 3))}

Sehr geehrter Herr {P(father.last)},

für {P(kid.first)} wurde der erste Teilbetrag für den persönlichen Schulbedarf in Höhe von 130,00 € zweimal gezahlt: am 05.08.2025 durch das Jobcenter Kreis Soest und am 19.08.2025 durch die Stadt Lippstadt. Der Anspruch besteht nur einmal. Ich beabsichtige daher, die Bewilligung der Stadt aufzuheben und 130,00 € von Ihnen zurückzufordern.

Bevor ich entscheide, haben Sie Gelegenheit, sich zu äußern. Ihre Frau, Frau {P(mother.full)}, hat dem Jobcenter gesagt, sie habe von unserem Antrag nichts gewusst. Wenn das so ist, teilen Sie mir bitte mit, wer den Antrag bei uns gestellt hat.

Ihre Stellungnahme erwarte ich bis zum 27.10.2025 – schriftlich, per E-Mail oder persönlich nach Terminvereinbarung. Bitte bringen Sie zu einem Termin Ihren Ausweis mit. Äußern Sie sich nicht, entscheide ich nach Aktenlage.

Mit freundlichen Grüßen
Im Auftrag
{P(M.full)}
"""


@doc("outlook", "zwei-muetter-bankverbindung", ["SEXUAL_ORIENTATION"])
def d26():
    writer = pick("DE", "f")
    wife = pick("DE", "f")
    old_last = writer.last
    k1 = pick("DE", "m", stem=wife.stem, kid=True)
    k2 = pick("DE", "f", stem=wife.stem, kid=True)
    new_full = f"{writer.first} {wife.last}"
    return f"""Von: {P(new_full)} <{E(email_for(Person(writer.first, wife.stem, "f", "DE")))}>
An: {N(OFFICE_MAIL)}
Betreff: Neue Bankverbindung und Frage zu den Fahrtkosten, Az. {AZ(but_az(1))}

Liebes BuT-Team,

zwei Dinge zu unserem laufenden Bescheid für {P(k1.first)} und {P(k2.first)}:

1. Meine Frau {P(wife.full)} und ich haben im Juli geheiratet. Ich habe ihren Nachnamen angenommen und heiße jetzt {P(new_full)} (vorher {P(old_last)}). Die Heiratsurkunde hänge ich an. Bitte zahlen Sie ab sofort auf unser gemeinsames Konto: {IB(de_iban(0))}, Kontoinhaberinnen {P(new_full)} und {P(wife.full)}.

2. {P(k1.first)} (geb. {DOB(fd(kid_birth(6), 2))}) geht seit den Sommerferien auf die Gesamtschule. Der erste Bus fährt bei uns um 6:38 Uhr, {P(k1.first)} wäre dann fast eine Stunde vor Unterrichtsbeginn da. Wir fahren ihn deshalb meistens mit dem Auto ({KFZ(plate("SO"))}). Gibt es dafür eine Erstattung, oder zahlt die Stadt nur das Ticket?

Herzliche Grüße
{P(new_full)}
{T(de_mobile())}
"""


@doc("word", "sepa-zahllauf-export")
def d27():
    rows = []
    own = CATERER1["owner"]
    rows.append((f"{ascii_name(own.last)} {ascii_name(own.first)}", CATERER1["iban"].replace(" ", ""),
                 money(CATERER1["total"]), "RE 2025-0917 Mittagessen OGS Overhagen 09/25", None))
    tutor = TUTOR["p"]
    rows.append((f"{ascii_name(tutor.last)} {ascii_name(tutor.first)}", TUTOR["iban"].replace(" ", ""), "558,00",
                 "Lernfoerderung 09/25 lt. Abrechnung", None))
    pop = FAM_POPESCU
    rows.append((f"{ascii_name(pop['dad'].last)} {ascii_name(pop['dad'].first)}", pop["iban"].replace(" ", ""),
                 "100,00", "Erstattung Anzahlung Klassenfahrt", pop["kid"]))
    for o in ["SY", "DE", "BG", "TR", "IQ", "RO"]:
        parent = pick(o)
        kid = kid_of(parent)
        rows.append((f"{ascii_name(parent.last)} {ascii_name(parent.first)}", ids.iban_de(),
                     rng.choice(["130,00", "65,00", "130,00", "42,00", "14,50"]),
                     rng.choice(["Schulbedarf 1. Teilbetrag", "Schulbedarf 2. Teilbetrag", "Ausflug Erstattung",
                                 "Teilhabe Vereinsbeitrag"]), kid))
    out = []
    for name, iban, amount, purpose, kid in rows:
        tail = f" {P(ascii_name(kid.first) + ' ' + ascii_name(kid.last))}" if kid else ""
        out.append(f"{AZ(kassenzeichen())};{P(name)};{IB(iban)};{amount};{purpose}{tail}")
    return ("ZAHLLAUF 2025-10-07 / Mandant 001 / Anordnungsstelle 40.2 BuT / Datei SEPA_BuT_20251007.csv\n"
            "Auftraggeber: Stadt Lippstadt, Stadtkasse, IBAN " + N(CITY_IBAN) + "\n---\n" + "\n".join(out) + "\n---\n"
            f"{len(out)} Datensätze, freigegeben: {P('L. Pluempe')} / {P('U. Stratmann')} (Vier-Augen-Prinzip)\n")


@doc("outlook", "abwesenheit-und-grossmutter", ["HEALTH"])
def d28():
    oma = fixed(rng.choice(["Gerda", "Hildegard", "Marlies", "Ursula"]), "Schnieder", "f")
    enk = kid_of(oma, "f")
    ja = pick("DE", "f")
    up = lambda s: s.upper()
    em = email_for(oma, "t-online.de")
    return f"""Betreff: Automatische Antwort: SCHÜLERTICKET ENKELIN
Von: {P(D.full)} <{E(D.mail)}>
An: {E(em)}

Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 17.10.2025 nicht im Dienst; Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an meine Kollegin {P(M.full)}, Telefon {T(M.tel)}, {E(M.mail)}, oder an die Zentrale unter {N(CITY_SW)}.

{P(D.full)}
Stadt Lippstadt | Fachdienst Schule und Bildung

-----Ursprüngliche Nachricht-----
Von: {P(up(oma.full))} <{E(em)}>
Gesendet: Freitag, 3. Oktober 2025 07:12
An: {P(D.rev)} <{E(D.mail)}>
Betreff: SCHÜLERTICKET ENKELIN

SEHR GEEHRTER HERR {P(up(D.last))},
MEINE ENKELIN {P(up(enk.full))} (GEB. {DOB(fd(kid_birth(6), 1))}) HAT IMMER NOCH KEIN SCHÜLERTICKET. SIE WOHNT SEIT AUGUST BEI MIR IN {A(up(street()))}, {A(up(plz(False)))}, WEIL IHRE MUTTER IN DER PSYCHIATRIE IN EICKELBORN IST. SIE GEHT ABER WEITER IN LIPPSTADT ZUR SCHULE.
DAS JUGENDAMT WEISS BESCHEID, FRAU {P(up(ja.last))}.
ICH FAHRE SIE JEDEN MORGEN MIT DEM AUTO, DAS SIND HIN UND ZURÜCK 24 KM. ICH BIN 74 JAHRE ALT.
BITTE RUFEN SIE MICH AN: {T(de_landline("02942", 4))}
MIT FREUNDLICHEN GRÜSSEN
{P(up(oma.full))}
"""


@doc("word", "telefonnotiz-diabetes", ["HEALTH"])
def d29():
    gp = pick("BG", "m")
    aunt = pick("BG", "f", stem=gp.stem)
    kid = pick("BG", "m", stem=gp.stem, kid=True)
    ogs = pick("DE", "f")
    return f"""TELEFONNOTIZ
Datum/Uhrzeit: 06.10.2025, 14:35
Anrufer: Herr {P(gp.full)} (Großvater); übersetzt hat die Tochter, Frau {P(aunt.full)}
Rückrufnummer: {T(de_mobile())}
betrifft: {P(kid.full)}, geb. {DOB(fd(kid_birth(3), 0))}, Kl. 3c GS Lipperode – {AZ(but_az(0))}
angenommen von: {P("M. Karakaya")}

Inhalt:
{P(kid.first)} hat seit Juli Diabetes Typ 1 und trägt jetzt eine Insulinpumpe. Die OGS lässt ihn mittags nur noch mitessen, wenn jemand die Kohlenhydrate berechnet; der Caterer liefert keine Nährwertangaben. Der Großvater fragt, ob über BuT eine Begleitperson für das Mittagessen bezahlt wird.
→ Auskunft: nein, kein BuT-Bedarf. Zuständig ist die Eingliederungshilfe beim Kreis Soest bzw. die Krankenkasse (Behandlungspflege).
Für das ärztliche Attest zur Diätverpflegung fragte die Tochter nach der Versichertennummer; sie hat sie von der Karte abgelesen: {KV(ids.health_insurance())} (IKK classic).

Erledigt:
- Mail an OGS-Leitung Frau {P(ogs.full)} mit Bitte um Nährwertliste vom Caterer
- Flyer Eingliederungshilfe an Familie {P(gp.last)}, {A(street())}, {A(plz())}, verschickt
"""


@doc("outlook", "elternmail-offener-verteiler")
def d30():
    fwd = pick("TR", "f")
    fwd_kid = kid_of(fwd, "m")
    head = pick("DE", "f")
    cl = pick("DE", "m")
    pop = FAM_POPESCU["wife"]
    recips = [(pop, email_for(pop, "yahoo.com")), (fwd, email_for(fwd))]
    for o in ["SY", "DE", "BG", "IQ", "RO", "DE", "TR"]:
        p = pick(o)
        recips.append((p, email_for(p)))
    order = list(range(len(recips)))
    rng.shuffle(order)
    to = "; ".join(f'"{P(recips[i][0].rev)}" <{E(recips[i][1])}>' for i in order)
    return f"""Von: {P(fwd.full)} <{E(recips[1][1])}>
An: {N(OFFICE_MAIL)}
Betreff: WG: Elterninfo 4a – Zuschuss Klassenfahrt Winterberg

Guten Tag,

ich leite Ihnen die Mail der Schulleitung weiter. Mich stört, dass alle Adressen offen im Verteiler stehen. Jetzt weiß die ganze Klasse, welche Familien Bildungspaket bekommen, und die Mutter von einem Klassenkameraden von {P(fwd_kid.first)} hat mich schon darauf angesprochen. Ist das so mit der Stadt abgesprochen?

Freundliche Grüße
{P(fwd.full)}

-------- Weitergeleitete Nachricht --------
Von: Schulleitung GS Cappel <{N("schulleitung@gs-cappel.de")}>
Datum: 02.10.2025 16:03
An: {to}
Betreff: Elterninfo 4a – Zuschuss Klassenfahrt Winterberg

Liebe Eltern der Klasse 4a,

Sie erhalten diese Nachricht, weil für Ihr Kind ein Bescheid über Leistungen für Bildung und Teilhabe vorliegt. Die Klassenfahrt nach Winterberg (19.–21.11.2025) kostet 168 €. Bitte geben Sie bis zum 10.10. eine Kopie des Bescheids bei Herrn {P(cl.last)} ab, dann rechnet die Schule direkt mit der Stadt ab und Sie müssen nichts auslegen.

Herzliche Grüße
{P(head.full)}, Rektorin
"""


# ================================================================ main
def main():
    lines = []
    for i, (channel, template, fn, flags) in enumerate(DOCS, 1):
        marked = fn()
        obj = build(f"F139-{i:03d}", channel, template, marked, flags)
        lines.append(json.dumps(obj, ensure_ascii=False))
    assert len(lines) == 30, len(lines)
    assert not FALLBACKS, FALLBACKS
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
