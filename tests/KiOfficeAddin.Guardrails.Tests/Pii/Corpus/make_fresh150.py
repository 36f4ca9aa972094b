"""Blind test batch 150: invented correspondence of a city treasury's enforcement office (Vollstreckungsstelle der
Stadtkasse). Writes fresh150.jsonl next to this script. All randomness comes from Identifiers(15050).rng."""
import json
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from identifiers import Identifiers, group, icao_check, luhn_check, mod11_10_check  # noqa: E402
from marks import build  # noqa: E402

ids = Identifiers(15050)
rng = ids.rng


# ---------------------------------------------------------------- marks
def mk(code, s):
    assert s and s == s.strip() and "[[" not in s and "]]" not in s, s
    return f"[[{code}|{s}]]"


def P(s): return mk("P", s)
def A(s): return mk("A", s)
def E(s): return mk("E", s)
def T(s): return mk("T", s)
def N(s): return mk("N", s)
def AZ(s): return mk("AZ", s)
def DOB(s): return mk("DOB", s)
def KFZ(s): return mk("KFZ", s)
def IB(s): return mk("IBAN", s)
def TID(s): return mk("TID", s)
def TNR(s): return mk("TNR", s)
def VAT(s): return mk("VAT", s)
def IDC(s): return mk("IDC", s)
def PASS(s): return mk("PASS", s)
def SSN(s): return mk("SSN", s)
def KV(s): return mk("KV", s)
def CC(s): return mk("CC", s)


def AA(addr, sep=", "):
    return f"{A(addr[0])}{sep}{A(addr[1])}"


def pick(seq):
    return rng.choice(seq)


def chance(p):
    return rng.random() < p


# ---------------------------------------------------------------- names
ORIGINS = {
    "de": (
        ["Sabine", "Petra", "Ursula", "Monika", "Claudia", "Anke", "Heike", "Kerstin", "Jutta", "Gisela", "Silke",
         "Nadine", "Jessica", "Katrin", "Franziska", "Hannah", "Annika", "Marlies", "Waltraud", "Hildegard",
         "Dorothea", "Svenja", "Tanja", "Corinna", "Rosemarie", "Annegret", "Mareike", "Friederike", "Lisa-Marie",
         "Anna-Lena", "Elisabeth", "Sandra", "Ramona", "Britta", "Gudrun"],
        ["Bernd", "Jörg", "Uwe", "Ralf", "Dirk", "Frank", "Heinz-Günter", "Klaus", "Reinhard", "Wilfried", "Hubertus",
         "Ferdinand", "Sven", "Kevin", "Dennis", "Marcel", "Timo", "Lars", "Björn", "Hendrik", "Gregor", "Volker",
         "Norbert", "Egon", "Benedikt", "Jan-Hendrik", "Florian", "Till", "Ansgar", "Detlef", "Rüdiger", "Carsten",
         "Meinolf", "Friedhelm", "Justin"],
        ["Hengesbach", "Schulte", "Kettler", "Wüllner", "Sauerwald", "Feldmann", "Vollmer", "Tillmann", "Brüggemann",
         "Kleine-Bösing", "Schulte-Hengesbach", "Gerwin", "Bracht", "Stratmann", "Padberg", "Kersting", "Humpert",
         "Wiegelmann", "Lübke", "Beckmann", "Cramer", "Plümper", "Göbel", "Rosenkranz", "Böhmer", "Funke", "Kemper",
         "Siepe", "Dicke", "Mues", "Hoffmeister", "Schmalohr", "Stracke", "Eickhoff", "Grewe", "Löser", "Kampmann",
         "Düllberg", "Wrede", "Schmelter", "Droste", "Pieper", "Hüser", "Bültmann", "Tigges", "Wortmann", "Knoche",
         "Lahme", "Brill", "Gördes", "Ostermann-Tigges", "Rötz", "Völlmecke"]),
    "tr": (
        ["Ayşe", "Elif", "Emine", "Hatice", "Büşra", "Gülşen", "Meryem", "Derya", "Sevda", "Nurcan", "Dilek"],
        ["Mehmet", "Mustafa", "Hüseyin", "Emre", "Cem", "Yusuf", "Kemal", "Osman", "Serkan", "Oğuz", "Burak"],
        ["Yılmaz", "Öztürk", "Aydın", "Çelik", "Şahin", "Doğan", "Kılıç", "Arslan", "Koç", "Kurt", "Özdemir",
         "Güneş", "Aksoy", "Polat", "Yıldırım", "Karakaya", "Bozkurt"]),
    "pl": (
        ["Małgorzata", "Agnieszka", "Katarzyna", "Joanna", "Ewa", "Beata", "Dorota", "Justyna"],
        ["Krzysztof", "Tomasz", "Paweł", "Marek", "Grzegorz", "Wojciech", "Łukasz", "Dariusz"],
        ["Nowak", "Wiśniewski", "Kowalczyk", "Lewandowski", "Zieliński", "Wójcik", "Kamiński", "Szymański",
         "Dąbrowski", "Krzyżanowski", "Jabłoński", "Mazur", "Wróblewski"]),
    "ru": (
        ["Swetlana", "Natalja", "Irina", "Tatjana", "Jelena", "Anastasia", "Ljudmila", "Oksana"],
        ["Sergej", "Alexander", "Dmitrij", "Wladimir", "Viktor", "Juri", "Andrej", "Eduard"],
        ["Iwanow", "Petrow", "Kusnezow", "Wolkow", "Dück", "Friesen", "Penner", "Janzen", "Neufeld", "Wiens",
         "Rempel", "Klassen"]),
    "it": (
        ["Giulia", "Francesca", "Chiara", "Rosa", "Antonella", "Carmela"],
        ["Giuseppe", "Salvatore", "Luca", "Marco", "Vincenzo", "Antonio"],
        ["Russo", "Esposito", "Romano", "Greco", "Lo Bianco", "Di Stefano", "De Luca", "La Rosa", "Caruso"]),
    "gr": (
        ["Eleni", "Sofia", "Despina", "Vasiliki", "Athina"],
        ["Georgios", "Dimitrios", "Konstantinos", "Nikolaos", "Stavros"],
        ["Papadopoulos", "Christodoulou", "Georgiou", "Karamanlis", "Tsiolis", "Nikolaidis"]),
    "ar": (
        ["Fatima", "Amira", "Rania", "Leila", "Nour", "Hanan"],
        ["Mohammed", "Ahmad", "Omar", "Khaled", "Tarek", "Bilal", "Youssef", "Samir"],
        ["Al-Hassan", "El-Khoury", "Haddad", "Saleh", "Ibrahim", "Mansour", "Hamdan", "Al Masri", "Nasser",
         "Abdullah", "El Amrani"]),
    "al": (
        ["Arta", "Blerta", "Drita", "Valbona", "Shqipe"],
        ["Arben", "Besnik", "Driton", "Fatmir", "Ilir", "Agron"],
        ["Krasniqi", "Berisha", "Gashi", "Hoxha", "Morina", "Shala", "Bytyqi"]),
    "vn": (
        ["Thi Lan", "Thu Trang", "Mai Anh", "Ngoc Bich"],
        ["Van Minh", "Duc Anh", "Quang Huy", "Thanh Tung"],
        ["Nguyen", "Tran", "Pham", "Hoang", "Vu"]),
    "pt": (
        ["Joana", "Ana Rita", "Inês", "Mariana"],
        ["João", "Rui", "Nuno", "Tiago"],
        ["Pereira", "Ferreira", "da Silva", "dos Santos", "Carvalho"]),
    "wa": (
        ["Abena", "Ngozi", "Chiamaka", "Efua"],
        ["Kwame", "Chukwuemeka", "Adebayo", "Kofi"],
        ["Mensah", "Owusu", "Okafor", "Eze", "Adeyemi", "Boateng"]),
    "ro": (
        ["Ioana", "Elena", "Andreea", "Mihaela"],
        ["Ionuț", "Mihai", "Florin", "Bogdan", "Cătălin"],
        ["Popescu", "Ionescu", "Dumitru", "Munteanu", "Stoica", "Constantinescu"]),
    "nl": (
        ["Anouk", "Sanne", "Femke", "Marieke"],
        ["Ruud", "Bram", "Joost", "Maarten"],
        ["de Jong", "Jansen", "van Dijk", "Bakker", "Visser", "van der Linden", "ter Horst"]),
}
ORIGIN_WEIGHTS = (["de"] * 22 + ["tr"] * 6 + ["pl"] * 4 + ["ru"] * 4 + ["it"] * 3 + ["gr"] * 2 + ["ar"] * 3
                  + ["al"] * 2 + ["vn"] * 1 + ["pt"] * 1 + ["wa"] * 1 + ["ro"] * 2 + ["nl"] * 1)
PARTICLE_NAMES = ["von der Heide", "von Ketteler", "zur Nieden", "vom Stein", "van Beek", "von Papen-Köningen",
                  "de Vries", "auf der Springe"]
TITLES = ["Dr.", "Dr.", "Dr.", "Prof. Dr.", "Dr. med.", "Dipl.-Ing."]


def fem_surname(last, origin):
    if origin == "pl" and last.endswith("ski"):
        return last[:-3] + "ska"
    if origin == "pl" and last.endswith("cki"):
        return last[:-3] + "cka"
    if origin == "ru" and last.endswith(("ow", "ew", "in")):
        return last + "a"
    if origin == "gr" and last.endswith("os"):
        return last[:-2] + "ou"
    if origin == "gr" and last.endswith("is"):
        return last[:-1]
    return last


class Person:
    def __init__(self, first, last, gender, title="", origin="de"):
        self.first, self.last, self.gender, self.title, self.origin = first, last, gender, title, origin

    @property
    def name(self):
        return f"{self.first} {self.last}"

    @property
    def full(self):
        return f"{self.title} {self.first} {self.last}" if self.title else self.name

    @property
    def herr(self):
        return "Herr" if self.gender == "m" else "Frau"

    @property
    def herrn(self):
        return "Herrn" if self.gender == "m" else "Frau"

    @property
    def sg(self):
        return "Sehr geehrter Herr" if self.gender == "m" else "Sehr geehrte Frau"

    @property
    def sal(self):
        """'Sehr geehrter Herr Dr.' — the salutation before a surname-only mention."""
        t = self.title.replace(" med.", "") if self.title.startswith(("Dr", "Prof")) else ""
        return f"{self.sg} {t}".strip()

    @property
    def ref(self):
        """'Herr Dr.' / 'Frau' — the words before a surname-only mention."""
        t = self.title.replace(" med.", "") if self.title.startswith(("Dr", "Prof")) else ""
        return f"{self.herr} {t}".strip()

    @property
    def inv(self):
        return f"{self.last}, {self.first}"

    @property
    def initial(self):
        return f"{self.first[0]}. {self.last}"


USED = []
USED_LAST = []


def person(origin=None, gender=None, title_p=0.0, particle_p=0.0, last=None):
    tries = 0
    while True:
        o = origin or pick(ORIGIN_WEIGHTS)
        g = gender or pick("mf")
        fem, mas, lasts = ORIGINS[o]
        first = pick(fem if g == "f" else mas)
        ln = last or pick(lasts)
        if o == "de" and last is None and chance(particle_p):
            ln = pick(PARTICLE_NAMES)
        if g == "f":
            ln = fem_surname(ln, o)
        title = pick(TITLES) if chance(title_p) else ""
        key = f"{first} {ln}"
        tries += 1
        if last is None and translit(ln[:5]) in USED_LAST and tries < 60:
            continue
        if key not in USED:
            USED.append(key)
            USED_LAST.append(translit(ln[:5]))
            return Person(first, ln, g, title, o)


TRANS = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ı": "i", "ł": "l",
         "Ł": "L", "ș": "s", "ț": "t", "ş": "s", "ğ": "g"}


def translit(s):
    s = "".join(TRANS.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s):
    s = translit(s).lower()
    return "".join(c for c in s if c.isalnum() or c in ".-_").replace(" ", "")


def sepa_name(p, inverted=True):
    s = f"{p.last}, {p.first}" if inverted else f"{p.first} {p.last}"
    return translit(s).upper()


MAIL_DOMAINS = ["gmx.de", "web.de", "t-online.de", "outlook.de", "googlemail.com", "posteo.de", "yahoo.de",
                "icloud.com", "mail.de", "freenet.de", "gmx.net", "hotmail.de"]


def email_for(p, domain=None):
    f = slug(p.first.split(" ")[0].split("-")[0])
    l_ = slug(p.last.replace(" ", ""))
    d = domain or pick(MAIL_DOMAINS)
    style = rng.randint(0, 6)
    if style == 0:
        local = f"{f}.{l_}"
    elif style == 1:
        local = f"{f[0]}.{l_}"
    elif style == 2:
        local = f"{f}{l_}{rng.randint(70, 99)}"
    elif style == 3:
        local = f"{l_}.{f}"
    elif style == 4:
        local = f"{f}_{l_[:4]}{rng.randint(1, 30)}"
    elif style == 5:
        local = f"{f}.{l_}{rng.randint(1, 9)}"
    else:
        local = f"{f[:3]}{l_}"
    return f"{local}@{d}"


# ---------------------------------------------------------------- places
STREETS = ["Stembergstraße", "Ringlebstraße", "Hellefelder Straße", "Oeventroper Straße", "Kleinbahnweg", "Im Ohl",
           "An der Kreuzkirche", "Sauerstraße", "Grafenstraße", "Ruhrtalweg", "Alter Soestweg", "Dreikönigsweg",
           "Unterm Hagen", "Mühlenberg", "Am Roten Bach", "Niedereimerfeld", "Feldstraße", "Hüttenweg", "Nordring",
           "Wiebelsheidestraße", "Lindenberg", "Teutenburg", "Schobbostraße", "Zur Ruhrbrücke", "Kapellenweg",
           "Möhnestraße", "Auf dem Hasenberg", "Zu den Eichen", "Westerfeldweg", "Binnerfeld", "Breslauer Straße",
           "Königsberger Straße", "Mescheder Straße", "Rumbecker Straße", "Seufzertal", "Klosterstraße",
           "Auf der Haar", "Dr.-Loeb-Straße", "Friedrich-Ebert-Allee", "Lehmkuhle", "Sonnenpfad", "Wiesenring",
           "Vogelsang", "Am Kreuzberg", "Tannenstiege", "Graf-Engelbert-Weg", "Birkenallee", "Husener Straße",
           "Hauptstr.", "Rönkhauser Str.", "Stockumer Straße", "In der Telgenbreite", "Hachener Straße",
           "Am Wiebusch", "Zum Schwarzen Kopf", "Enser Straße", "Hönnetalstraße", "Eisborner Weg"]
CITIES = ([("59755", "Arnsberg")] * 4 + [("59757", "Arnsberg")] * 3 + [("59759", "Arnsberg")] * 3
          + [("59821", "Arnsberg")] * 3 + [("59823", "Arnsberg")] * 2
          + [("59846", "Sundern"), ("59846", "Sundern (Sauerland)"), ("59872", "Meschede"), ("58706", "Menden"),
             ("58708", "Menden (Sauerland)"), ("59494", "Soest"), ("59457", "Werl"), ("58802", "Balve"),
             ("59065", "Hamm"), ("44139", "Dortmund"), ("58636", "Iserlohn"), ("59929", "Brilon"),
             ("59469", "Ense"), ("58739", "Wickede (Ruhr)"), ("57392", "Schmallenberg"), ("59423", "Unna"),
             ("44787", "Bochum"), ("50667", "Köln"), ("59755", "Arnsberg-Neheim"), ("59759", "Arnsberg-Hüsten")])


def street():
    s = pick(STREETS)
    n = str(rng.randint(1, 160))
    r = rng.random()
    if r < 0.12:
        n += pick("abc")
    elif r < 0.17:
        n += " " + pick("ab")
    elif r < 0.21:
        n = f"{n}-{int(n) + 2}"
    if chance(0.08) and s.endswith("straße"):
        s = s[:-6] + "str."
    return f"{s} {n}"


def addr(city=None):
    plz, c = city or pick(CITIES)
    pre = "D-" if chance(0.04) else ""
    return street(), f"{pre}{plz} {c}"


# ---------------------------------------------------------------- numbers
MOBILE = ["0151", "0152", "0157", "0159", "0160", "0162", "0163", "0170", "0171", "0172", "0173", "0174", "0175",
          "0176", "0177", "0178", "0179", "01523", "01575"]
LAND = ["02931", "02932", "02933", "02935", "02937", "0291", "02373", "02921", "02922", "0231", "02381", "02371",
        "02961", "02938"]


def phone(kind=None):
    kind = kind or pick(["mobile", "mobile", "land"])
    if kind == "mobile":
        pre = pick(MOBILE)
        sub = ids.digits(rng.randint(7, 8), first_nonzero=True)
    else:
        pre = pick(LAND)
        sub = ids.digits(rng.randint(5, 7), first_nonzero=True)
    style = rng.randint(0, 8)
    if style == 0:
        return f"{pre} {sub}"
    if style == 1:
        return f"{pre}/{sub}"
    if style == 2:
        return f"{pre}-{sub[:3]} {sub[3:]}"
    if style == 3:
        return f"+49 {pre[1:]} {sub}"
    if style == 4:
        return f"+49 (0) {pre[1:]} {sub}"
    if style == 5:
        return f"({pre}) {group(sub, 2)}"
    if style == 6:
        return f"0049 {pre[1:]} {sub}"
    if style == 7:
        return f"{pre} / {group(sub, 2)}"
    return f"+49{pre[1:]}{sub}"


def iban_calc(country, bban):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def iban_de(blz=None):
    if blz is None:
        return ids.iban_de()
    return iban_calc("DE", blz + ids.digits(10))


def fmt_iban(i, grouped=None):
    grouped = chance(0.6) if grouped is None else grouped
    return group(i, 4) if grouped else i


def creditor_id():
    national = "0000" + ids.digits(7, first_nonzero=True)
    digits = "".join(str(int(c, 36)) for c in national + "DE00")
    return f"DE{98 - int(digits) % 97:02d}ZZZ{national}"


BANKS = [
    ("Sparkasse Arnsberg-Sundern", "Königstraße 14", "59821 Arnsberg", "WELADED1ARN", "46650005"),
    ("Volksbank Sauerland eG", "Marktplatz 5", "59846 Sundern", "GENODEM1NEH", "46660022"),
    ("Sparkasse Hochsauerland", "Am Markt 4", "59929 Brilon", "WELADED1HSL", "41651770"),
    ("ING-DiBa AG", "Theodor-Heuss-Allee 2", "60486 Frankfurt am Main", "INGDDEFFXXX", "50010517"),
    ("Commerzbank AG", "Kaiserplatz", "60311 Frankfurt am Main", "COBADEFFXXX", "46040033"),
    ("Sparkasse Mitten im Sauerland", "Le-Puy-Straße 12", "59872 Meschede", "WELADED1MES", "46451012"),
]
CITY_IBAN = iban_calc("DE", "46650005" + "0000012008")
CITY_BIC = "WELADED1ARN"
CITY_CREDITOR = creditor_id()
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
          "Dezember"]


def rdate(y0, y1):
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(y0, y1)


def fdate(d, style=None):
    dd, mm, yy = d
    style = rng.randint(0, 5) if style is None else style
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
    return f"{dd:02d}.{mm:02d}.{yy}"


def ddmmyy(d):
    return f"{d[0]:02d}{d[1]:02d}{d[2] % 100:02d}"


def eur(cents, sym=" €"):
    whole, c = divmod(cents, 100)
    w = f"{whole:,}".replace(",", ".")
    return f"{w},{c:02d}{sym}"


def amt(lo, hi):
    return rng.randint(lo * 100, hi * 100)


# Kassenzeichen / file numbers of persons' cases, several layouts as an enforcement office has them
def kz():
    return f"{pick(['61', '62', '64', '67'])}.{ids.digits(6, True)}.{rng.randint(0, 9)}"


def kz_grund():
    return f"{ids.digits(4, True)}.{ids.digits(4)}.{ids.digits(2)}"


def vs_nr():
    return f"VS-{rng.randint(2023, 2025)}-{ids.digits(6)}"


def dr_nr():
    return f"DR II {rng.randint(100, 2400)}/{rng.choice(['24', '25'])}"


def in_az():
    return f"{rng.randint(10, 13)} IN {rng.randint(12, 380)}/{rng.choice(['24', '25'])}"


def plate(code=None):
    code = code or pick(["HSK", "HSK", "HSK", "HSK", "AR", "MES", "BRI", "SO", "MK", "UN", "DO", "HAM", "IS", "OE"])
    letters = "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.randint(1, 2)))
    num = str(rng.randint(1, 9999 if len(code) < 3 else 999))
    suffix = pick(["", "", "", "", "", "", "E", "H"])
    sep = pick(["-", "-", " "])
    return f"{code}{sep}{letters} {num}{suffix}"


def vat():
    v = ids.vat_id()
    return v if chance(0.6) else f"DE {group(v[2:], 3)}"


def tax_id_fmt():
    t = ids.tax_id()
    return t if chance(0.5) else f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"


def ssn_fmt(s, spaced=None):
    spaced = chance(0.5) if spaced is None else spaced
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}" if spaced else s


def card(kind=None):
    kind = kind or pick(["visa", "mc", "amex"])
    if kind == "visa":
        n = ids.credit_card("4", 16)
        return group(n, 4)
    if kind == "mc":
        n = ids.credit_card(pick(["51", "52", "53", "54", "55"]), 16)
        return group(n, 4, pick([" ", "-"]))
    n = ids.credit_card(pick(["34", "37"]), 15)
    return f"{n[:4]} {n[4:10]} {n[10:]}"


# ---------------------------------------------------------------- the office
STAFF = [person("de", "f"), person("de", "m"), person("tr", "f"), person("de", "m"), person("ru", "f"),
         person("de", "f"), person("it", "m")]
for _s in STAFF:
    _s.mail = f"{slug(_s.first)}.{slug(_s.last.replace(' ', ''))}@arnsberg.de"
    _s.tel = f"02931 963-{rng.randint(4100, 4399)}"
FIELD = [person("de", "m"), person("de", "m"), person("pl", "m")]  # Vollziehungsbeamte (Außendienst)
for _s in FIELD:
    _s.mail = f"{slug(_s.first)}.{slug(_s.last.replace(' ', ''))}@arnsberg.de"
SWITCH = "02931 963-0"
OFFICE_MAIL = "stadtkasse@arnsberg.de"
TOWNHALL = ("Rathausplatz 1", "59759 Arnsberg")
COURT = ("Eichholzstraße 4", "59821 Arnsberg")


def office_head(style=0):
    if style == 0:
        return (f"Stadt Arnsberg · Der Bürgermeister\nFachdienst Finanzen – Stadtkasse / Vollstreckungsstelle\n"
                f"{N(TOWNHALL[0])} · {N(TOWNHALL[1])}")
    if style == 1:
        return (f"STADT ARNSBERG\nDer Bürgermeister – Stadtkasse\nVollstreckung und Beitreibung\n"
                f"Postanschrift: {N(TOWNHALL[0])}, {N(TOWNHALL[1])}")
    return f"Stadt Arnsberg | Stadtkasse – Vollstreckungsstelle | {N(TOWNHALL[0])} | {N(TOWNHALL[1])}"


# ================================================================ documents
def doc01():
    """Pfändungs- und Einziehungsverfügung an eine Bank (Kontopfändung)."""
    s = STAFF[0]
    p = person(title_p=0.1)
    dob = rdate(1958, 1999)
    bank = pick(BANKS)
    ad = addr()
    vnr = vs_nr()
    k1, k2 = kz(), kz()
    a1, a2, a3 = amt(900, 6800), amt(40, 260), amt(30, 110)
    tot = a1 + a2 + a3
    txt = f"""{office_head(0)}

Gegen Zustellungsurkunde
{bank[0]}
– Pfändungsabteilung –
{N(bank[1])}
{N(bank[2])}

Auskunft erteilt: {P(s.full)}
Zimmer 214 · Telefon {T(s.tel)} · Zentrale {N(SWITCH)}
E-Mail: {E(s.mail)}
Vollstreckungs-Nr.: {AZ(vnr)}
Arnsberg, 14.07.2025

Pfändungs- und Einziehungsverfügung
(§ 40 VwVG NRW i. V. m. §§ 309, 314 AO)

Vollstreckungsschuldner{'in' if p.gender == 'f' else ''}:
{P(p.full)}, geb. {DOB(fdate(dob, 0))}
{AA(ad)}
bekannte Kontoverbindung: IBAN {IB(fmt_iban(iban_de(bank[4]), True))}

Die Stadt Arnsberg hat gegen {'die Schuldnerin' if p.gender == 'f' else 'den Schuldner'} folgende vollstreckbare Forderungen:

Kassenzeichen     Forderung                               Betrag
{AZ(k1)}       Gewerbesteuer 2023 (Abschlusszahlung)   {eur(a1)}
{AZ(k2)}       Säumniszuschläge nach § 240 AO          {eur(a2)}
                  Mahngebühren und Vollstreckungskosten   {eur(a3)}
                  zusammen                                {eur(tot)}

Wegen dieser Beträge sowie der Kosten dieser Verfügung (Gebühr 30,00 €, Zustellauslagen 3,45 €) pfände ich hiermit alle gegenwärtigen und künftigen Ansprüche {'der Schuldnerin' if p.gender == 'f' else 'des Schuldners'} gegen Sie aus Girokonten, Sparguthaben und Depots sowie den Anspruch auf Auszahlung eines eingeräumten Dispositionskredits, soweit er in Anspruch genommen wird.

Sie dürfen an {'die Schuldnerin' if p.gender == 'f' else 'den Schuldner'} nicht mehr zahlen. Die gepfändeten Beträge überweisen Sie bitte unter Angabe der Vollstreckungs-Nr. auf das Konto der Stadtkasse bei der Sparkasse Arnsberg-Sundern, IBAN {N(group(CITY_IBAN, 4))}, BIC {N(CITY_BIC)}. Auf die Schutzvorschriften für Pfändungsschutzkonten (§ 850k ZPO) und die Frist des § 835 Abs. 3 ZPO weise ich hin.

Binnen zwei Wochen nach Zustellung haben Sie mir nach § 316 AO zu erklären, ob und inwieweit Sie die Forderung als begründet anerkennen und bereit sind zu zahlen, ob andere Personen Ansprüche erheben und ob die Forderung bereits für andere Gläubiger gepfändet ist.

Im Auftrag
{P(s.name)}
"""
    return "word", "pfaendung-bank", txt, []


def doc02():
    """Hurried debtor mail after the account was garnished."""
    p = person(pick(["de", "de", "ru", "tr"]), "m")
    m = email_for(p)
    bro = person(gender="m", last=p.last)
    k = kz()
    low = p.name.lower()
    txt = f"""Von: {P(low)} <{E(m)}>
An: {N(OFFICE_MAIL)}
Gesendet: Mittwoch, 16. Juli 2025 06:52
Betreff: dringend!!! konto gesperrt

hallo

seit gestern ist mein konto bei der sparkasse komplett gesperrt weil sie das gepfändet haben. ich komm an garnix mehr ran, miete ist am 1. fällig und ich hab 2 kinder zuhause. auf dem brief steht kassenzeichen {AZ(k)} glaub ich, die gewerbesteuer von meinem alten imbiss den ich schon 2023 abgemeldet hab

die bank sagt ich soll ein p-konto machen aber das dauert und sie bräuchten was von ihnen das die pfändung aufgehoben ist?? ich kann 50 euro im monat zahlen mehr geht echt nicht
mein bruder {P(bro.first.lower())} kann auch morgen vorbeikommen und bar was bringen wenn das hilft

bitte rufen sie mich an {T(phone('mobile'))} ab halb 4 bin ich erreichbar vorher bin ich auf arbeit und darf nicht ans handy

mfg
{P(low)}
"""
    return "outlook", "konto-gesperrt", txt, []


def doc03():
    """Semicolon export of open enforcement cases, with header row."""
    kinds = ["Gewerbesteuer", "Hundesteuer", "Grundbesitzabgaben", "Bußgeld OWi", "Elternbeiträge Kita",
             "Rettungsdienstgebühr", "Abfallgebühren", "Vergnügungssteuer", "Verwarnungsgeld"]
    stages = ["Mahnung", "Vollstr.-Ankündigung", "Kontopfändung", "Außendienst", "VA beantragt", "Ratenzahlung",
              "Lohnpfändung"]
    lines = ["Kassenzeichen;Name;Vorname;Geb.-Datum;Straße Hausnr.;PLZ Ort;Forderungsart;Offen EUR;Stufe"]
    for _ in range(12):
        p = person()
        ad = addr()
        dob = rdate(1948, 2001)
        dob_s = DOB(fdate(dob, 0)) if chance(0.85) else ""
        lines.append(f"{AZ(kz())};{P(p.last)};{P(p.first)};{dob_s};{A(ad[0])};{A(ad[1])};{pick(kinds)};"
                     f"{eur(amt(25, 4800), '')};{pick(stages)}")
    txt = ("Export aus OK.VORFAHRT Vollstreckung – Bezirk 2 (Neheim, Voßwinkel, Bachum) – Stand 30.06.2025, 17:04\n"
           "Filter: offene Fälle > 20 EUR, ohne Insolvenz\n\n" + "\n".join(lines) + "\n\n12 Datensätze exportiert.\n")
    return "word", "export-schuldnerliste", txt, []


def doc04():
    """Forwarded mail from an insolvency administrator."""
    s_to, s_from = STAFF[5], STAFF[1]
    adm = person("de", title_p=1.0)
    adm.title = "Dr."
    deb = person(gender="m")
    dob = rdate(1962, 1990)
    ad = addr()
    kanz = addr((pick(["59755", "59821"]), "Arnsberg"))
    az = in_az()
    zeichen = f"IV {rng.randint(100, 999)}/25 {adm.last[:2]}/{pick(['kl', 'mw', 'sb'])}"
    m = f"{slug(adm.first[0])}.{slug(adm.last.replace(' ', ''))}@insolvenz-sauerland.de"
    tel = f"02931 {rng.randint(50, 99)}{rng.randint(100, 999)}-0"
    fax = tel[:-1] + "29"
    txt = f"""Betreff: WG: Insolvenzverfahren {P(deb.name)} – AG Arnsberg {AZ(az)}

Hallo {P(s_to.first)},

bitte in den Fällen von {P(deb.last)} alles anhalten (auch die Kontopfändung bei der Volksbank) und die Forderungen zur Tabelle anmelden, Frist 15.09. Die Pfändung vom Juni fällt wohl unter die Rückschlagsperre.

Danke dir
{P(s_from.first)}

-----Ursprüngliche Nachricht-----
Von: {P(adm.full)} <{E(m)}>
Gesendet: Dienstag, 8. Juli 2025 11:42
An: Stadtkasse Arnsberg <{N(OFFICE_MAIL)}>
Cc: {E(s_from.mail)}
Betreff: Insolvenzverfahren {P(deb.name)} – AG Arnsberg {AZ(az)}

Sehr geehrte Damen und Herren,

mit Beschluss des Amtsgerichts Arnsberg vom 01.07.2025 ist über das Vermögen des Herrn

{P(deb.name)}, geboren am {DOB(fdate(dob, 0))},
{AA(ad)},

Inhaber eines Dachdecker- und Klempnerbetriebs, das Insolvenzverfahren eröffnet und der Unterzeichner zum Insolvenzverwalter bestellt worden. Eine Kopie des Eröffnungsbeschlusses füge ich bei.

Ich weise auf das Vollstreckungsverbot des § 89 InsO hin. Zwangsvollstreckungsmaßnahmen, die im letzten Monat vor dem Eröffnungsantrag (Antrag vom 20.05.2025) ausgebracht wurden, sind nach § 88 InsO unwirksam; das betrifft insbesondere Ihre Kontopfändung vom 03.06.2025. Ich bitte um Freigabe binnen zehn Tagen.

Forderungen sind bis zum 15.09.2025 schriftlich bei mir anzumelden (§ 174 InsO), unter Angabe von Grund und Betrag und mit Belegen. Der Prüfungstermin findet am 06.10.2025 im Amtsgericht statt.

Unser Zeichen: {AZ(zeichen)}

Mit freundlichen Grüßen

{P(adm.full)}
Rechtsanwalt · Fachanwalt für Insolvenz- und Sanierungsrecht
Insolvenzverwaltung Sauerland PartG mbB
{A(kanz[0])} · {A(kanz[1])}
Telefon {T(tel)} · Telefax {T(fax)}
"""
    return "outlook", "insolvenz-weiterleitung", txt, []


def doc05():
    """Filled-in instalment agreement with SEPA mandate."""
    p = person(pick(["pl", "pl", "de", "ro"]), "f")
    spouse = person(p.origin, "m", last=p.last if p.origin != "pl" else None)
    if p.origin == "pl":
        spouse.last = p.last[:-1] + "i" if p.last.endswith("ska") or p.last.endswith("cka") else p.last
    s = STAFF[2]
    dob = rdate(1966, 1994)
    ad = addr()
    k1, k2 = kz_grund(), kz()
    tot = amt(900, 2600)
    rate = pick([50, 60, 75, 80, 100, 120])
    bank = pick(BANKS)
    mref = f"RZ-{ids.digits(7, True)}"
    txt = f"""STADT ARNSBERG – STADTKASSE
RATENZAHLUNGSVEREINBARUNG (§ 222 AO / § 258 AO)

zwischen der Stadt Arnsberg, vertreten durch den Bürgermeister – Stadtkasse –, {N(TOWNHALL[0])}, {N(TOWNHALL[1])}
                                                          – Gläubigerin –
und

Name, Vorname:        {P(p.inv)}
Geburtsdatum:         {DOB(fdate(dob, 1))}
Anschrift:            {A(ad[0])}
                      {A(ad[1])}
Telefon (tagsüber):   {T(phone())}
E-Mail:               {E(email_for(p))}
                                                          – Schuldnerin –

1. Die Schuldnerin erkennt an, der Stadt Arnsberg aus den Kassenzeichen
   {AZ(k1)} (Grundbesitzabgaben 2024/2025) und
   {AZ(k2)} (Abfallgebühren 2024)
   einschließlich Säumniszuschlägen und Kosten insgesamt {eur(tot)} zu schulden.
2. Die Stadt sieht von weiteren Vollstreckungsmaßnahmen ab, solange die Raten pünktlich eingehen. Rate: {rate},00 € monatlich, erstmals am 01.08.2025, dann jeweils zum 1. des Monats.
3. Gerät die Schuldnerin mit einer Rate länger als zwei Wochen in Rückstand, wird der gesamte Restbetrag sofort fällig; die Vollstreckung wird ohne weitere Ankündigung fortgesetzt.
4. Laufende Säumniszuschläge werden weiter erhoben; über einen Teilerlass wird nach vollständiger Zahlung entschieden.

SEPA-Lastschriftmandat
Gläubiger-Identifikationsnummer: {N(CITY_CREDITOR)}
Mandatsreferenz: {AZ(mref)}
Ich ermächtige die Stadt Arnsberg, die Raten von meinem Konto mittels Lastschrift einzuziehen.
Kontoinhaber (falls abweichend): {P(spouse.name)}
IBAN: {IB(fmt_iban(iban_de(bank[4]), True))}          BIC: {N(bank[3])}
Kreditinstitut: {bank[0]}

Arnsberg, den 11.07.2025

_______________________________            _______________________________
{P(p.initial)}                              {P(spouse.name)} (Kontoinhaber)
(Schuldnerin)

Für die Stadtkasse: i. A. {P(s.name)}
"""
    return "word", "ratenzahlung-formular", txt, []


def doc06():
    """Lawyer's objection against enforcement of dog tax, by mail."""
    law = person("de", "f", title_p=0.5)
    cl = person("de", "m")
    ex = person(gender="f")
    k = kz()
    kanz = addr(pick([("59821", "Arnsberg"), ("59755", "Arnsberg"), ("59872", "Meschede")]))
    ex_ad = addr()
    cl_ad = addr()
    zeichen = f"{rng.randint(100, 999)}/25 {law.last[0]}{pick('KLMW')}"
    m = f"{slug(law.last.replace(' ', ''))}@ra-{slug(law.last.replace(' ', ''))}.de"
    txt = f"""Von: {P(law.full)} <{E(m)}>
An: {N(OFFICE_MAIL)}
Betreff: Kassenzeichen {AZ(k)} – {P(cl.last)} ./. Stadt Arnsberg – Einwendungen gegen die Vollstreckung

Sehr geehrte Damen und Herren,

wir zeigen an, dass uns Herr {P(cl.name)}, {AA(cl_ad)}, mit der Wahrnehmung seiner Interessen beauftragt hat. Eine auf uns lautende Vollmacht liegt als PDF bei; wir bitten, den Schriftverkehr künftig ausschließlich mit unserer Kanzlei zu führen.

Mit Vollstreckungsankündigung vom 24.06.2025 verlangen Sie von unserem Mandanten rückständige Hundesteuer für 2024 und 2025 nebst Säumniszuschlägen. Dem widersprechen wir:

1. Unser Mandant war zu keinem Zeitpunkt Halter des Hundes. Der Hund gehört seiner früheren Lebensgefährtin, Frau {P(ex.name)}, die das Tier 2023 angeschafft hat und seit dem 01.02.2024 unter der Anschrift {A(ex_ad[0])} in {A(ex_ad[1])} gemeldet ist.
2. Die zugrunde liegenden Steuerbescheide sind unserem Mandanten nicht bekannt gegeben worden. Herr {P(cl.last)} hat seit 2022 einen Nachsendeauftrag; Post an die alte Anschrift hat ihn nicht erreicht. Ohne wirksame Bekanntgabe fehlt es an einem vollstreckbaren Verwaltungsakt (§ 6 VwVG NRW).

Wir beantragen, die Vollstreckung bis zur Klärung einstweilen einzustellen (§ 258 AO) und uns Einsicht in die Steuerakte zu gewähren. Vorsorglich verweisen wir auf {N("BFH, Urteil vom 28.05.2009 – III R 84/06")} zur Beweislast der Behörde für den Zugang.

Mit freundlichen Grüßen

{P(law.full)}
Rechtsanwältin

Kanzlei am Neheimer Markt
{A(kanz[0])} | {A(kanz[1])}
Tel. {T(phone('land'))} | Fax {T(phone('land'))}
Unser Zeichen: {AZ(zeichen)} (bitte stets angeben)
"""
    return "outlook", "anwalt-einwendungen", txt, []


def doc07():
    """OCR-ish scan of a bailiff's seizure record."""
    gv = person("de", "f")
    deb = person(pick(["al", "de", "it"]), "m")
    partner = person(gender="f")
    gv_ad = addr((pick(["59755", "59759", "59821"]), "Arnsberg"))
    ad = addr()
    dob = rdate(1970, 1996)
    dr = dr_nr()
    k = kz()
    pl = plate("HSK")
    txt = f"""Amtsgericht Arnsberg – Gerichtsvollzieherin
{P(gv.name)}
{A(gv_ad[0])} ,{A(gv_ad[1])}
Geschäfts-Nr.: {AZ(dr)}
                                             Blatt 1 von 2
P F Ä N D U N G S P R O T O K O L L
(Sachpfändung § 808 ZPO / Auftrag der Stadt Arnsberg – Vollstreckungsbehörde)

Gläubigerin :  Stadt Arnsberg, Stadtkasse ,Kassenz. {AZ(k)}
Schuldner :    {P(deb.name)} , geb. {DOB(fdate(dob, 0))}
Anschrift :    {A(ad[0])} ,{A(ad[1])}

Ich traf am 02.07.2025 um 07.4O Uhr den Schuldner in seiner Wohnung an. Er wies sich
aus durch Personalausweis Nr. {IDC(ids.id_card(True))} .
Anwesend war ferner die Lebensgefährtin des Schuldners, Frau {P(partner.name)},
ausgewiesen durch Reisepass Nr. {PASS(ids.passport(False))} ; sie erklärte, die Einrich-
tung der Wohnung gehöre ihr (Kaufbelege wurden nicht vorgelegt).

Der Schuldner wurde zur Zahlung aufgefordert. Er zahlte nicht. Gepfändet wurden :
 1. Pkw VW Golf VII, schwarz, amtl. Kennz. {KFZ(pl)} , Schlüssel (1 St.) und Zulassungs-
    bescheinigung Teil I in Besitz genommen, Fahrzeug mit Siegelmarke Nr. 0471 1
    versehen und belassen (§ 808 Abs. 2 ZPO)
 2. Spielkonsole PS5 mit 2 Controllern
Schätzwert zu 1.: ca. 6.500,-- EUR ; zu 2.: 250,-- EUR

Der Schuldner erklärte, das Fahrzeug werde für den Weg zur Arbeit gebraucht
( Schichtbeginn 05.3O Uhr ) ; Antrag nach § 811 Nr. 1 ZPO wurde nicht gestellt.
Weitere pfändbare Habe nicht vorgefunden. Sch uldner über Verwertung belehrt.

Vorgelesen , genehmigt , unterschrieben
gez. {P(deb.last)}                          gez. {P(gv.initial)} , Gerichtsvollzieherin
"""
    return "word", "gv-protokoll-scan", txt, []


def doc08():
    """Employer's statement as third-party debtor (wage garnishment), mentions union dues."""
    s = STAFF[3]
    hr = person(gender=pick("mf"))
    emp = person(pick(["tr", "gr", "de", "ar"]), "m")
    dob = rdate(1975, 1998)
    k = kz()
    pre_az = f"{rng.randint(10, 30)} M {rng.randint(100, 2400)}/25"
    hr_mail = f"{slug(hr.first)}.{slug(hr.last.replace(' ', ''))}@sauerland-logistik.de"
    txt = f"""Von: {P(hr.name)} <{E(hr_mail)}>
An: {P(s.name)} <{E(s.mail)}>
Betreff: AW: Pfändungs- und Einziehungsverfügung vom 02.07.2025 – Ihr Kassenzeichen {AZ(k)} – Drittschuldnererklärung

{s.sal} {P(s.last)},

in obiger Sache geben wir folgende Erklärung nach § 316 AO ab:

Herr {P(emp.name)}, geb. {DOB(fdate(dob, 0))}, ist seit 01.04.2019 bei uns als Lagerist im Schichtdienst unbefristet beschäftigt. Das Nettoeinkommen schwankt wegen der Zuschläge zwischen 2.050 und 2.380 €. Laut den elektronischen Lohnsteuerabzugsmerkmalen ist er verheiratet, Steuerklasse III, zwei Kinderfreibeträge; wir berücksichtigen daher drei Unterhaltspflichten.

Die Forderung erkennen wir im Rahmen der Pfändungsfreigrenzen als begründet an. Allerdings liegt bereits ein Pfändungs- und Überweisungsbeschluss des Amtsgerichts Meschede vom 12.03.2025 (Az. {AZ(pre_az)}) zugunsten einer Inkassogesellschaft vor, der Ihrer Verfügung im Rang vorgeht. Der pfändbare Betrag (derzeit 41,27 € monatlich) geht vollständig an diese Gläubigerin; mit Zahlungen an die Stadt ist voraussichtlich nicht vor Mitte 2026 zu rechnen.

Zur Vollständigkeit: Vom Nettolohn wird auf Wunsch des Mitarbeiters monatlich der Mitgliedsbeitrag an die Gewerkschaft ver.di einbehalten und abgeführt; außerdem besteht eine vermögenswirksame Leistung. Beides wurde bei der Berechnung des pfändbaren Betrags wie vorgeschrieben behandelt.

Für Rückfragen erreichen Sie mich direkt unter {T(phone('land'))}.

Freundliche Grüße
{P(hr.name)}
Entgeltabrechnung / Personal
Sauerland Logistik GmbH · {N('Industriestraße 40')} · {N('59821 Arnsberg')} · Zentrale {N('02931 5408-0')}
"""
    return "outlook", "drittschuldner-arbeitgeber", txt, ["UNION"]


def doc09():
    """File note on a phone call: debtor in cancer treatment, enforcement deferred."""
    s = STAFF[4]
    mother = person(pick(["de", "it", "tr"]), "f")
    son = person(mother.origin, "m", last=mother.last)
    ad = addr()
    k = kz_grund()
    f = FIELD[0]
    txt = f"""Aktenvermerk

Vorgang:      Vollstreckung Grundbesitzabgaben 2024/2025, Kassenzeichen {AZ(k)}
Schuldnerin:  {mother.herr} {P(mother.name)}, {AA(ad)}
Datum:        09.07.2025, 10:20 Uhr (Telefonat, eingehend)
Anrufer:      Sohn der Schuldnerin, {son.herr} {P(son.name)}, Rückruf unter {T(phone('mobile'))}

Herr {P(son.last)} teilte mit, seine Mutter liege seit Mitte Mai im Klinikum Hochsauerland (Station Onkologie) und erhalte eine Chemotherapie nach einer Brustkrebsoperation. Die Post sei deshalb liegen geblieben. Er habe eine notarielle Vorsorgevollmacht und kümmere sich jetzt um die Finanzen; eine Kopie schickt er per Post.

Er bat darum, bis zum Ende der Behandlung keine Vollstreckung durchzuführen, insbesondere keinen Besuch des Außendienstes an der Wohnung. Der Rückstand (1.318,44 €) solle nach Auszahlung einer Lebensversicherung im September vollständig beglichen werden.

Verfügung:
1. Vollstreckung bis 30.09.2025 zurückgestellt (§ 258 AO), Säumniszuschläge laufen weiter.
2. Außendienst (Herr {P(f.last)}) ist informiert, Auftrag storniert.
3. Wiedervorlage 01.10.2025.

{P(s.initial)}, Stadtkasse
"""
    return "word", "vermerk-telefonat", txt, ["HEALTH"]


def doc10():
    """Broken-German mail of a foreign sole trader asking to pay trade tax in instalments."""
    s = STAFF[2]
    p = person(pick(["pl", "ro"]), "m")
    w1, w2 = person(p.origin, "m"), person(pick(["pl", "ro", "al"]), "m")
    k = kz()
    ad = addr()
    if p.origin == "pl":
        foreign_iban = ids.iban("PL", 24)
        fphone = f"+48 {ids.digits(3, True)} {ids.digits(3)} {ids.digits(3)}"
        land = "polnische"
    else:
        bank = pick(["BTRL", "RNCB", "BRDE", "INGB"])
        foreign_iban = iban_calc("RO", bank + "".join(pick("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16)))
        fphone = f"+40 7{ids.digits(2)} {ids.digits(3)} {ids.digits(3)}"
        land = "rumänische"
    txt = f"""Betreff: Gewerbesteuer 2024 bitte Ratenzahlung Kassenzeichen {AZ(k)}

Guten Tag Frau {P(s.last)},

ich habe Brief bekommen von Vollstreckung wegen Gewerbesteuer 2024 mit Kassenzeichen {AZ(k)}, 3.912 Euro. Ich kann nicht alles zahlen jetzt, weil große Auftrag von Baustelle in Lippstadt ist nicht bezahlt bis jetzt, Generalunternehmer ist pleite. Ich kann jeden Monat 300 Euro bezahlen, ab August.

Meine Firma ist Einzelfirma Trockenbau und Innenausbau, Steuernummer {TNR(ids.tax_number_nrw())}, USt-IdNr. {VAT(vat())}.
Ist möglich das Geld kommt von meine {land} Konto? IBAN {IB(fmt_iban(foreign_iban))}

Bitte nicht Konto bei Sparkasse pfänden, dann kann ich nicht Lohn bezahlen für meine zwei Mitarbeiter {P(w1.name)} und {P(w2.name)}, die haben Familie.
Wenn Sie brauchen Unterlagen von Steuerberater ich schicke.

Mit freundlichen Grüße
{P(p.name)}
Trockenbau & Innenausbau
{AA(ad)}
Tel. {T(fphone)} oder {T(phone('mobile'))}
"""
    return "outlook", "gewst-rate-mail", txt, []


def doc11():
    """Garnishment of a pension claim, letter to the pension insurance."""
    s = STAFF[6]
    p = person(pick(["de", "ru", "pl"]), "f")
    birth = person(pick(["de", "ru", "pl"]), "f")  # only the birth surname is used
    dob = rdate(1956, 1961)
    ssn = ids.social_security(ddmmyy(dob), translit(birth.last)[0].upper())
    ad = addr()
    k1, k2, k3 = kz_grund(), kz(), kz()
    vnr = vs_nr()
    txt = f"""{office_head(1)}

Deutsche Rentenversicherung Westfalen
Pfändungsstelle
{N('Gartenstraße 194')}
{N('48147 Münster')}

Ihr Zeichen / Versicherungsnummer: {SSN(ssn_fmt(ssn, True))}
Unser Zeichen: {AZ(vnr)}
Bearbeiter: {P(s.name)}, Tel. {T(s.tel)}, {E(s.mail)}
Datum: 10.07.2025

Pfändungs- und Einziehungsverfügung – Rentenanspruch

Vollstreckungsschuldnerin:
{P(p.name)}, geb. {P(birth.last)}
geboren am {DOB(fdate(dob, 3))}
wohnhaft {AA(ad)}

Sehr geehrte Damen und Herren,

wegen folgender Rückstände der Schuldnerin bei der Stadt Arnsberg

  {AZ(k1)}   Grundbesitzabgaben 01/2023–06/2025      {eur(amt(1200, 3400))}
  {AZ(k2)}   Hundesteuer 2023–2025                   {eur(amt(250, 480))}
  {AZ(k3)}   Kosten der Vollstreckung                {eur(amt(40, 120))}

pfände ich den gegenwärtigen und künftigen Anspruch der Schuldnerin gegen die Deutsche Rentenversicherung Westfalen auf Zahlung der Altersrente sowie etwaiger Nachzahlungen, soweit er nach §§ 850c ff. ZPO in Verbindung mit § 54 Abs. 4 SGB I pfändbar ist. Die Einziehung wird angeordnet.

Nach unseren Unterlagen bezieht die Schuldnerin seit dem 01.03.2024 eine Regelaltersrente. Sollte die oben genannte Versicherungsnummer nicht zutreffen, bitte ich um Mitteilung; ein Auszug aus dem Melderegister liegt bei.

Bitte überweisen Sie die pfändbaren Beträge auf das Konto der Stadtkasse, IBAN {N(CITY_IBAN)}, Verwendungszweck {AZ(vnr)}, und geben Sie binnen zwei Wochen die Drittschuldnererklärung nach § 316 AO ab.

Mit freundlichen Grüßen
Im Auftrag

{P(s.name)}
"""
    return "word", "pfaendung-rente", txt, []


def doc12():
    """Internal informal mail of a field enforcement officer."""
    f = FIELD[1]
    s = STAFF[5]
    d1 = person("al", "m")
    nb = person("de", "f")
    d2 = person("de", pick("mf"))
    d3 = person("ru", "f")
    d4 = person(gender="m")
    ad1, ad3 = addr(("59759", "Arnsberg")), addr()
    pl = plate()
    dob = rdate(1979, 1995)
    k2, k4 = kz(), kz()
    txt = f"""Von: {P(f.name)} <{E(f.mail)}>
An: {P(s.name)} <{E(s.mail)}>
Betreff: tour hüsten heute + EMA-anfrage

Hi {P(s.first)},

kurz von unterwegs:

- {P(d1.last)}, {A(ad1[0])}: keiner da, Nachbarin (Fr. {P(nb.last)}) meint der wär schon seit Ostern weg, angeblich zu seiner Schwester nach Hamm. Briefkasten aber noch beschriftet und sein Passat {KFZ(pl)} stand in der Einfahrt ?!
- {P(d2.name)}: 150 € bar kassiert, Quittung 7/0412, Rest ({eur(amt(200, 600), ' €')}) will {'sie' if d2.gender == 'f' else 'er'} bis 31.7. überweisen. Kassenzeichen {AZ(k2)}
- {P(d3.last)} ({AA(ad3)}): nur die Tochter da, sagt Mama arbeitet im Altenheim Frühschicht. Zettel dagelassen, soll sich melden. Handy Tochter {T(phone('mobile'))}
- {P(d4.name)} {AZ(k4)}: hat Insolvenzantrag gestellt sagt er, Aktenzeichen wusste er nicht. Kannst du beim AG nachhaken?

Und kannst du für {P(d1.last)} eine EMA-Anfrage machen, geb. {DOB(fdate(dob, 1))} wenn ich das richtig im Kopf hab. Wenn er wirklich in Hamm ist, geben wir ab per Amtshilfe.

Gruß {P(f.first)}
"""
    return "outlook", "aussendienst-intern", txt, []


def doc13():
    """Pipe table: weekly route list of the field service."""
    f = FIELD[2]
    kinds = ["GewSt", "HuSt", "GrBes", "OWi", "Kita", "RettD", "Abfall"]
    notes = [lambda: "", lambda: "", lambda: f"Hund! vorher anrufen {T(phone('mobile'))}",
             lambda: f"Pkw {KFZ(plate())} – Parkkralle prüfen", lambda: "Ratenvereinbarung geplatzt",
             lambda: f"Tel. {T(phone())}", lambda: "Wohnungsöffnung nur mit Beschluss",
             lambda: f"Ehepartner/in {P(person().name)} zahlt evtl.", lambda: f"Kfz {KFZ(plate('HSK'))} abgemeldet?",
             lambda: "2. Versuch"]
    rows = []
    for i in range(1, 11):
        p = person(title_p=0.05, particle_p=0.2)
        ad = addr(pick([("59846", "Sundern"), ("59846", "Sundern"), ("59846", "Sundern-Hachen"), ("59846", "Sundern-Langscheid")]))
        name = P(p.inv) if chance(0.7) else P(p.full)
        note = notes[3]() if i in (4, 9) else pick(notes)()
        rows.append(f"| {i:>2} | {AZ(kz())} | {name} | {AA(ad)} | {eur(amt(60, 3900), '')} | {pick(kinds)} | "
                    f"{note} |")
    txt = f"""Vollziehungsdienst – Tourenliste KW 29/2025
Bezirk: Sundern, Hachen, Stemel, Langscheid
Vollziehungsbeamter: {P(f.name)}   Dienstfahrzeug: {N('HSK-AR 1207')}

| Nr | Kassenzeichen | Schuldner/in | Anschrift | Betrag EUR | Art | Bemerkung |
|----|---------------|--------------|-----------|-----------:|-----|-----------|
""" + "\n".join(rows) + """

Rückgabe der erledigten Aufträge bis Freitag 12:00 Uhr. Barzahlungen am selben Tag in der Kasse abrechnen.
"""
    return "word", "tourenliste-tabelle", txt, []


def doc14():
    """Bailiff's mail sending the debtor's asset disclosure."""
    gv = person("de", "m")
    s = STAFF[1]
    deb = person(pick(["tr", "de", "ar"]), "m")
    ad = addr()
    gv_ad = addr(pick([("59872", "Meschede"), ("59846", "Sundern")]))
    dr = dr_nr()
    k = vs_nr()
    pl = plate()
    gv_mail = f"gv.{slug(gv.last.replace(' ', ''))}@gv-nrw.de"
    dob = rdate(1980, 1999)
    txt = f"""Von: GV {P(gv.last)} <{E(gv_mail)}>
An: {P(s.name)} <{E(s.mail)}>
Betreff: {AZ(dr)} – Vermögensauskunft {P(deb.name)} – Ihr Zeichen {AZ(k)}

{s.sal} {P(s.last)},

in der Zwangsvollstreckungssache Stadt Arnsberg gegen {P(deb.name)} (geb. {DOB(fdate(dob, 0))}), {AA(ad)}, übersende ich als Anlage die Abschrift des Vermögensverzeichnisses. Der Schuldner hat die Vermögensauskunft am 03.07.2025 in meinem Geschäftszimmer abgegeben.

Aus dem Verzeichnis das Wesentliche vorab:
– Arbeitsverhältnis als Fahrer bei einem Kurierdienst in Dortmund, netto ca. 1.900 €, Arbeitgeberanschrift siehe Seite 3
– Pkw Mercedes C 200, Kennzeichen {KFZ(pl)}, nach Angabe des Schuldners sicherungsübereignet an die finanzierende Bank
– Konto bei der N26, IBAN {IB(fmt_iban(iban_de('10011001')))}, als P-Konto geführt

Die Eintragung in das Schuldnerverzeichnis habe ich nicht veranlasst, da Ihr Auftrag keinen entsprechenden Antrag enthält. Meine Kostenrechnung (33,00 € zzgl. Auslagen) folgt mit separater Post; bitte unter Angabe der Geschäftsnummer auf mein Dienstkonto {N(group(iban_calc('DE', '46650005' + '0004221011'), 4))} überweisen.

Mit freundlichen Grüßen
{P(gv.name)}
Obergerichtsvollzieher beim Amtsgericht Meschede
{A(gv_ad[0])}, {A(gv_ad[1])}
Telefon {T(phone('land'))} (Sprechzeit Di und Do 8–9 Uhr)
"""
    return "outlook", "gv-vermoegensauskunft", txt, []


def doc15():
    """Formal enforcement notice for dog tax to a married couple."""
    s = STAFF[0]
    h = person("de", "m", particle_p=1.0, title_p=0.4)
    w = person("de", "f", last=h.last)
    ad = addr()
    k = kz()
    a1, a2, a3 = amt(96, 240), amt(10, 30), amt(15, 40)
    txt = f"""{office_head(2)}

Eheleute
{P(h.full)} und {P(w.name)}
{A(ad[0])}
{A(ad[1])}

Kassenzeichen: {AZ(k)}            Ansprechpartnerin: {P(s.name)}
Telefon: {T(s.tel)}                 Datum: 27.06.2025

Vollstreckungsankündigung – Hundesteuer 2025

{h.sal} {P(h.last)}, {w.sal.replace('Sehr geehrte ', 'sehr geehrte ')} {P(w.last)},

trotz Mahnung vom 20.05.2025 sind folgende Beträge noch nicht bei uns eingegangen:

   Hundesteuer 2025 (2. und 3. Quartal, Hund „Anton“)   {eur(a1)}
   Säumniszuschläge                                     {eur(a2)}
   Mahngebühr                                           {eur(a3)}
   ------------------------------------------------------------
   offen                                                {eur(a1 + a2 + a3)}

Als Gesamtschuldner haften Sie beide für den vollen Betrag. Bitte zahlen Sie bis zum 11.07.2025. Geht bis dahin keine Zahlung ein, werde ich ohne weitere Ankündigung Vollstreckungsmaßnahmen einleiten, etwa die Pfändung von Konten oder Arbeitseinkommen oder einen Besuch unseres Vollziehungsdienstes. Dadurch entstehen weitere Kosten.

Wenn Sie den Betrag nicht auf einmal zahlen können, rufen Sie mich bitte an. Wir finden meist eine Lösung – aber nur, wenn Sie sich melden.

Mit freundlichen Grüßen
Im Auftrag
{P(s.name)}

Bankverbindung der Stadtkasse: Sparkasse Arnsberg-Sundern · IBAN {N(group(CITY_IBAN, 4))} · Sprechzeiten Mo–Fr 8:30–12:00 Uhr
"""
    return "word", "vollstreckungsankuendigung", txt, []


def doc16():
    """Daughter writes about her father with dementia; a professional guardian was appointed."""
    father = person("de", "m")
    d = person("de", "f")
    gd = person(gender="f")
    k = kz_grund()
    dob = rdate(1934, 1944)
    home = addr()
    house = addr()
    gd_ad = addr((pick(["59755", "59821"]), "Arnsberg"))
    bet_az = f"{rng.randint(5, 9)} XVII {rng.randint(40, 600)}/25"
    txt = f"""Von: {P(d.name)} <{E(email_for(d))}>
An: {N(OFFICE_MAIL)}
Betreff: Vollstreckungsankündigung für meinen Vater {P(father.name)}, Kassenzeichen {AZ(k)}

Guten Tag,

mein Vater, {P(father.name)} (geb. {DOB(fdate(dob, 3))}), hat eine Mahnung und jetzt eine Vollstreckungsankündigung wegen der Grundbesitzabgaben für sein Haus {A(house[0])} bekommen. Ich habe die Briefe erst am Wochenende beim Ausräumen gefunden.

Mein Vater hat eine fortgeschrittene Alzheimer-Demenz und lebt seit März im Seniorenzentrum, {A(home[0])}, {A(home[1])}. Er kann seine Post nicht mehr selbst erledigen. Das Amtsgericht Arnsberg hat für ihn eine Berufsbetreuerin bestellt, Frau {P(gd.name)} (Az. {AZ(bet_az)}), Aufgabenkreis auch Vermögenssorge. Bitte schreiben Sie künftig nur noch an sie:

{P(gd.name)}
{A(gd_ad[0])}
{A(gd_ad[1])}
{E(email_for(gd, 'betreuungsbuero-arnsberg.de'))}

Das Haus steht leer und soll verkauft werden, dann wird alles bezahlt. Ich bitte Sie, bis dahin von Vollstreckungsmaßnahmen abzusehen.

Viele Grüße
{P(d.name)}, geb. {P(father.last)}
{T(phone('mobile'))}
"""
    return "outlook", "betreuung-mail", txt, ["HEALTH"]


def doc17():
    """Order to enter a debtor into the debtors' register."""
    s = STAFF[3]
    p = person(pick(["pl", "de", "wa"]), "f")
    birth = person(p.origin, "f")
    dob = rdate(1972, 1997)
    ad = addr()
    az = vs_nr()
    gv = person("de", "f")
    dr = dr_nr()
    place = {"pl": "Gliwice (Polen)", "de": "Arnsberg", "wa": "Kumasi (Ghana)"}[p.origin]
    txt = f"""{office_head(0)}

Eintragungsanordnung
nach § 284 Abs. 9 AO i. V. m. § 882c Abs. 1 Satz 1 Nr. 2 ZPO

Aktenzeichen: {AZ(az)}

Schuldnerin:
Name, Vorname:    {P(p.inv)}
Geburtsname:      {P(birth.last)}
Geburtsdatum:     {DOB(fdate(dob, 0))}
Geburtsort:       {place}
Wohnanschrift:    {A(ad[0])}, {A(ad[1])}

Anordnung:
Die Schuldnerin wird in das Schuldnerverzeichnis beim zentralen Vollstreckungsgericht in Hagen eingetragen.

Gründe:
Die Schuldnerin hat am 12.06.2025 vor der Gerichtsvollzieherin {P(gv.name)} ({AZ(dr)}) die Vermögensauskunft abgegeben. Nach deren Inhalt ist eine vollständige Befriedigung der Stadt Arnsberg wegen der Forderung von {eur(amt(800, 5200))} nicht zu erwarten: Die Schuldnerin verfügt lediglich über ein Pfändungsschutzkonto und ein Einkommen unterhalb der Pfändungsfreigrenze. Die Eintragung ist daher anzuordnen.

Rechtsbehelfsbelehrung:
Gegen diese Anordnung kann binnen zwei Wochen nach Bekanntgabe Widerspruch beim zuständigen Vollstreckungsgericht, Amtsgericht Arnsberg, {N(COURT[0])}, {N(COURT[1])}, eingelegt werden. Der Widerspruch hemmt nicht die Vollziehung.

Arnsberg, 15.07.2025
Im Auftrag
{P(s.name)}
"""
    return "word", "eintragungsanordnung", txt, []


def doc18():
    """Bank's statement as third-party debtor."""
    s = STAFF[0]
    bank = BANKS[1]
    p = person(gender=pick("mf"), title_p=0.1)
    dob = rdate(1965, 2000)
    b1, b2 = person("de"), person("de")
    vnr = vs_nr()
    kdnr = ids.digits(9, True)
    txt = f"""Von: Pfaendungen Volksbank Sauerland <{N('pfaendungen@volksbank-sauerland.de')}>
An: {P(s.name)} <{E(s.mail)}>
Betreff: Drittschuldnererklärung gem. § 316 AO – Ihre PEV vom 14.07.2025 – Vollstreckungs-Nr. {AZ(vnr)}

Sehr geehrte Damen und Herren,

zu Ihrer Pfändungs- und Einziehungsverfügung, zugestellt am 16.07.2025, erklären wir:

Für {'die Schuldnerin' if p.gender == 'f' else 'den Schuldner'} {P(p.full)}, geb. {DOB(fdate(dob, 0))}, Kundennummer {AZ(kdnr)}, werden bei uns folgende Konten geführt:

1. Girokonto IBAN {IB(fmt_iban(iban_de(bank[4]), True))}
   seit 22.05.2025 als Pfändungsschutzkonto (§ 850k ZPO), Guthaben 312,44 €, Grundfreibetrag nicht überschritten
2. Tagesgeld IBAN {IB(fmt_iban(iban_de(bank[4]), False))}
   Guthaben 0,00 €

Die Forderung wird nicht anerkannt, da derzeit kein pfändbares Guthaben vorhanden ist. Ansprüche Dritter sind nicht geltend gemacht. Vorrangig gepfändet hat bereits das Finanzamt Arnsberg (Steuernummer {TNR(ids.tax_number_nrw())}, Pfändung vom 02.04.2025).

Künftige Eingänge oberhalb des Freibetrags werden nach Ablauf der Monatsfrist an die vorrangige Gläubigerin ausgekehrt.

Mit freundlichen Grüßen
Volksbank Sauerland eG
Zentrale Pfändungsbearbeitung

i. A. {P(b1.name)}        i. A. {P(b2.name)}

{N(bank[1])}, {N(bank[2])} · Servicecenter {N('02933 9820-0')}
"""
    return "outlook", "drittschuldner-bank", txt, []


def doc19():
    """Headerless CSV of returned direct debits."""
    reasons = [("MD06", "Rückgabe auf Verlangen des Zahlers"), ("AM04", "Deckung unzureichend"),
               ("AC04", "Konto aufgelöst"), ("MS03", "Grund nicht angegeben"), ("AC01", "IBAN fehlerhaft")]
    rows = []
    for i in range(9):
        p = person()
        r = pick(reasons)
        nm = sepa_name(p, chance(0.6))
        ib = iban_de(pick(BANKS)[4]) if chance(0.6) else ids.iban_de()
        rows.append(f"2025-07-{rng.randint(1, 4):02d};{AZ(kz())};{P(nm)};{IB(ib)};{AZ('RZ-' + ids.digits(7, True))};"
                    f"{eur(amt(12, 420), '')};{r[0]};{r[1]};{rng.randint(3, 15)},00")
    txt = ("RLS_Sparkasse_20250704.csv – Auszug (ohne Kopfzeile), übernommen in Stapel 27/2025\n"
           + "\n".join(rows) + "\n"
           + "\nSpalten lt. Schnittstellenbeschreibung: Buchungstag;Kassenzeichen;Zahler;IBAN Zahler;Mandatsreferenz;"
             "Betrag;Rückgabecode;Text;Rücklastschriftgebühr\n")
    return "word", "ruecklastschriften-export", txt, []


def doc20():
    """Angry mail about a wheel clamp, partly in capitals."""
    p = person(pick(["de", "tr", "it"]), "m")
    law = person("de", "m")
    law.title = pick(["Dr.", "Dr.", ""])
    pl = plate("HSK")
    ad = addr()
    k = f"OWi {ids.digits(3, True)}.{ids.digits(3)}/24"
    txt = f"""Betreff: PARKKRALLE an meinem Auto!!!!

WER HAT IHNEN ERLAUBT AN MEIN AUTO EINE KRALLE ZU MACHEN???

Heute morgen steht mein Wagen {KFZ(pl)} vor meiner eigenen Haustür ({A(ad[0])}) mit so einem gelben Ding am Reifen und einem Zettel von der Stadtkasse. Ich muss um 6 auf der Arbeit sein in Menden, jetzt hab ich wegen ihnen Ärger mit dem Chef.

Das Bußgeld ({AZ(k)}) habe ich NIE bekommen, ich war da gar nicht in Arnsberg. Das war wahrscheinlich mein Cousin der das Auto manchmal fährt aber das ist nicht mein Problem.

Ich will das die Kralle HEUTE NOCH abgemacht wird sonst geht das an meinen Anwalt, {P(law.full)}, der hat mir schon gesagt das ist unverhältnismäßig. Und die 75 € für das Anbringen zahle ich sicher nicht.

Rufen Sie mich SOFORT an {T(phone('mobile'))}

{P(p.name)}
{A(ad[0])}
{A(ad[1])}
"""
    return "outlook", "parkkralle-beschwerde", txt, []


def doc21():
    """Copy of an asset disclosure (Vermögensverzeichnis), form fields."""
    p = person("ru", "m")
    w = person("ru", "f", last=None)
    w.last = fem_surname(p.last, "ru")
    USED.append(w.name)
    c1, c2 = person("ru", "f", last=p.last), person("ru", "m", last=p.last)
    c1.last = fem_surname(p.last, "ru")
    c1.first, c2.first = pick(["Sofia", "Emilia", "Lina", "Alina"]), pick(["Leon", "Maxim", "David", "Artur"])
    dob, wdob = rdate(1978, 1986), rdate(1980, 1989)
    k1, k2 = rdate(2012, 2015), rdate(2016, 2020)
    ad = addr()
    dr = dr_nr()
    ssn = ids.social_security(ddmmyy(dob), translit(p.last)[0].upper())
    gv = person("de", "m")
    txt = f"""Abschrift für die Gläubigerin – Stadt Arnsberg, Stadtkasse
Vermögensverzeichnis gemäß § 802c ZPO          Geschäfts-Nr. {AZ(dr)}
aufgenommen durch Gerichtsvollzieher {P(gv.name)} am 03.07.2025

A. ANGABEN ZUR PERSON
Name, Vorname ............ {P(p.inv)}
geboren am ............... {DOB(fdate(dob, 0))} in Karaganda (Kasachstan)
Anschrift ................ {A(ad[0])}, {A(ad[1])}
Telefon .................. {T(phone('mobile'))}
Ausweis .................. Personalausweis {IDC(ids.id_card(True))}, gültig bis 11/2031
Steuer-IdNr. ............. {TID(tax_id_fmt())}
Rentenvers.-Nr. .......... {SSN(ssn_fmt(ssn, False))}
Krankenversicherung ...... AOK NordWest, Vers.-Nr. {KV(ids.health_insurance())}
Familienstand ............ verheiratet seit 2011 mit {P(w.name)}, geb. {DOB(fdate(wdob, 0))}
Unterhaltsberechtigte .... Ehefrau (eigenes Einkommen als Minijob), Kinder {P(c1.first)} (* {DOB(fdate(k1, 0))}) und {P(c2.first)} (* {DOB(fdate(k2, 0))})

B. EINKÜNFTE
Arbeitgeber .............. Hoppecke Metallverarbeitung GmbH, {N('Bremecketal 3')}, {N('59929 Brilon')}
Tätigkeit / netto ........ Maschinenbediener, ca. 2.310 € monatlich
Kindergeld ............... bezieht die Ehefrau

C. KONTEN, KARTEN
Girokonto ................ IBAN {IB(fmt_iban(iban_de(BANKS[2][4]), True))} (P-Konto)
Kreditkarte .............. {CC(card('mc'))}, Verfügungsrahmen 500 €, derzeit ausgeschöpft

D. FAHRZEUGE
Pkw Opel Zafira, Bj. 2014, Kennzeichen {KFZ(plate('BRI'))}, Halterin: Ehefrau

E. GRUNDVERMÖGEN / SONSTIGES
keins. Lebensversicherung 2019 gekündigt, Rückkaufswert verbraucht.

Der Schuldner versichert an Eides statt, die Angaben nach bestem Wissen richtig und vollständig gemacht zu haben.
gez. {P(p.last)}                                   gez. {P(gv.last)}, GV
"""
    return "word", "vermoegensverzeichnis", txt, []


def doc22():
    """Tax adviser asks for deferral of trade tax on behalf of a sole trader."""
    s = STAFF[1]
    st = person("de", pick("mf"))
    st.title = "Dipl.-Kfm." if st.gender == "m" else "Dipl.-Kffr."
    cl = person(pick(["tr", "ar", "gr", "it"]), "m")
    ad = addr()
    st_ad = addr(pick([("59755", "Arnsberg"), ("59821", "Arnsberg"), ("58706", "Menden")]))
    k1, k2 = kz(), kz()
    st_mail = email_for(st, f"stb-{slug(st.last.replace(' ', ''))}.de")
    txt = f"""Von: {P(st.full)} <{E(st_mail)}>
An: {P(s.name)} <{E(s.mail)}>
Betreff: Antrag auf Vollstreckungsaufschub und Ratenzahlung – Gewerbesteuer 2023/2024 – Mandant {P(cl.name)}

{s.sal} {P(s.last)},

namens und im Auftrag unseres Mandanten, Herrn {P(cl.name)}, Inhaber des Einzelunternehmens „Kfz-Service & Reifenhandel“, Betriebsstätte {A(ad[0])}, {A(ad[1])}, beantragen wir,

1. die Vollstreckung wegen der Gewerbesteuer-Nachzahlungen 2023 (Kassenzeichen {AZ(k1)}) und 2024 (Kassenzeichen {AZ(k2)}) bis zum 31.12.2025 auszusetzen und
2. Ratenzahlung in Höhe von monatlich 750 € zu gewähren.

Begründung: Die Nachzahlungen beruhen auf einer Betriebsprüfung des Finanzamts Arnsberg (Steuernummer des Mandanten {TNR(ids.tax_number_federal_nrw())}, USt-IdNr. {VAT(vat())}, Steuer-ID {TID(tax_id_fmt())}), die Umsätze aus 2021/2022 nachträglich erfasst hat. Gegen die Messbescheide ist Einspruch eingelegt; über den Antrag auf Aussetzung der Vollziehung hat das Finanzamt noch nicht entschieden. Eine Liquiditätsplanung bis Juni 2026 und die BWA 05/2025 fügen wir bei. Als Sicherheit bietet unser Mandant eine Grundschuld auf seinem Wohngrundstück an.

Für ein kurzes Telefonat stehe ich gern zur Verfügung.

Mit freundlichen Grüßen

{P(st.full)}
Steuerberater{'in' if st.gender == 'f' else ''}
{A(st_ad[0])} · {A(st_ad[1])}
Tel. {T(phone('land'))}
"""
    return "outlook", "stundung-steuerberater", txt, []


def doc23():
    """File note of a personal visit; debtor refuses late-payment surcharges on religious grounds."""
    s = STAFF[2]
    p = person(pick(["ar", "tr", "al"]), "m")
    w = person(p.origin, "f", last=p.last)
    ad = addr()
    k = kz()
    txt = f"""Vermerk über eine persönliche Vorsprache

Kasse, Zimmer 112 – 10.07.2025, 09:40 bis 10:15 Uhr
Anwesend: Herr {P(p.name)}, {AA(ad)}, begleitet von seiner Ehefrau {P(w.name)}; für die Stadtkasse {P(s.name)}
Identität geprüft: Reisepass {PASS(ids.passport(True))}

Anlass: Vollstreckungsankündigung vom 30.06.2025, Elternbeiträge Kita und OGS 2024, Kassenzeichen {AZ(k)}, offen 1.126,30 € zuzüglich 84,50 € Säumniszuschläge.

Herr {P(p.last)} erklärte, er wolle die Hauptforderung sofort vollständig bezahlen. Die Säumniszuschläge lehne er ab: Als gläubiger Muslim dürfe er keine Zinsen zahlen oder nehmen, und die Zuschläge seien für ihn nichts anderes. Er habe die Beträge nur deshalb nicht früher gezahlt, weil die Bescheide an die alte Wohnung gegangen seien.

Ihm wurde erläutert, dass Säumniszuschläge nach § 240 AO kraft Gesetzes entstehen, kein Entgelt für die Kapitalüberlassung sind, sondern vor allem ein Druckmittel zur pünktlichen Zahlung. Ein Erlass aus persönlichen Billigkeitsgründen (§ 227 AO) kann beantragt werden; die verspätete Bekanntgabe wegen des Umzugs wird geprüft (Meldedaten anfordern).

Ergebnis: Zahlung der Hauptforderung per Girocard, Beleg Nr. 2025-07-0193. Die Säumniszuschläge bleiben bis zur Entscheidung über den formlosen Erlassantrag offen; Vollstreckung insoweit ausgesetzt.

{P(s.initial)}
"""
    return "word", "vermerk-vorsprache", txt, ["RELIGION"]


def doc24():
    """Hasty reply from a phone with a credit card number, quoting the office's mail."""
    p = person("de", "f")
    mom = person("de", "f", last=p.last)
    m = email_for(p)
    k = kz()
    txt = f"""Betreff: Re: Ihre offene Forderung {AZ(k)}

hi, kann ich das auch mit kreditkarte zahlen? bin grad in spanien im urlaub und komm nicht ins onlinebanking, tan geht nur übers alte handy was zuhause liegt. karte ist {CC(card(pick(['visa', 'amex'])))} gültig bis 09/27, prüfziffer schick ich lieber nicht per mail :)
wenn das nicht geht überweist meine mutter {P(mom.first)} das am montag, die hat die vollmacht fürs konto. bitte keine pfändung!!
lg {P(p.first)}

Von meinem Samsung Galaxy Smartphone gesendet

-------- Ursprüngliche Nachricht --------
Von: Stadtkasse Arnsberg <{N(OFFICE_MAIL)}>
Datum: 07.07.25 09:14 (GMT+01:00)
An: {E(m)}
Betreff: Ihre offene Forderung {AZ(k)}

{p.sal} {P(p.last)},

für das Kassenzeichen {AZ(k)} (Gebühren Rettungsdienst, Einsatz vom 14.02.2025) ist trotz Mahnung ein Betrag von 187,40 € offen. Bitte überweisen Sie den Betrag bis zum 21.07.2025. Danach müssen wir die Forderung zwangsweise beitreiben.

Mit freundlichen Grüßen
Ihre Stadtkasse Arnsberg
"""
    return "outlook", "zahlung-kreditkarte", txt, []


def doc25():
    """Application to the local court for coercive detention over an unpaid fine."""
    s = STAFF[3]
    f = FIELD[0]
    p = person(pick(["de", "pt", "nl", "ro"]), "m")
    dob = rdate(1969, 2000)
    ad = addr()
    az = f"3.2-OWi {ids.digits(3, True)}.{ids.digits(3)}/24"
    place = {"de": pick(["Hagen", "Soest", "Lüdenscheid"]), "pt": "Porto", "nl": "Enschede", "ro": "Timișoara"}[p.origin]
    pl = plate()
    txt = f"""{office_head(1)}

An das
Amtsgericht Arnsberg
– Bußgeldsachen –
{N(COURT[0])}
{N(COURT[1])}

Arnsberg, 17.07.2025
Az.: {AZ(az)}
Sachbearbeitung: {P(s.name)}, Tel. {T(s.tel)}

Antrag auf Anordnung von Erzwingungshaft (§ 96 OWiG)

Betroffener: {P(p.name)}, geboren am {DOB(fdate(dob, 0))} in {place},
wohnhaft {A(ad[0])}, {A(ad[1])}

Gegen den Betroffenen ist mit Bußgeldbescheid vom 12.11.2024 wegen unerlaubter Ablagerung von Bauschutt im Außenbereich (§§ 69, 326 KrWG, Abfallsatzung) eine Geldbuße von 350,00 € zuzüglich 28,50 € Gebühren und Auslagen festgesetzt worden. Der Bescheid ist seit dem 04.12.2024 rechtskräftig. Das Fahrzeug, mit dem der Schutt abgeladen wurde (Pritschenwagen, amtl. Kennzeichen {KFZ(pl)}), ist auf den Betroffenen zugelassen.

Beitreibungsversuche:
– Mahnung am 13.01.2025, Vollstreckungsankündigung am 17.02.2025
– Kontopfändung am 10.03.2025 ohne Erfolg (Konto aufgelöst)
– Vollziehungsbeamter {P(f.name)} am 14.04. und 22.05.2025: Betroffener nicht angetroffen, keine Reaktion auf hinterlassene Nachricht

Der Betroffene hat weder gezahlt noch seine Zahlungsunfähigkeit dargetan. Er betreibt nach unseren Erkenntnissen ein Gewerbe als Entrümpler und verfügt über ein Fahrzeug. Ich beantrage daher, gegen ihn Erzwingungshaft anzuordnen. Die Akte ist beigefügt.

Im Auftrag
{P(s.name)}
"""
    return "word", "antrag-erzwingungshaft", txt, []


def doc26():
    """Citizen office forwards a debtor's mail about moving abroad."""
    bb = person("de", "f")
    s = STAFF[6]
    p = person(pick(["nl", "de"]), pick("mf"))
    old = addr()
    nl_street = pick(["Pelikaanstraat", "Oldenzaalsestraat", "Hengelosestraat", "Deurningerstraat", "Lasondersingel"])
    new = (f"{nl_street} {rng.randint(2, 140)}", f"75{rng.randint(11, 48)} {pick(['JD', 'KM', 'PB', 'AX'])} Enschede")
    m = email_for(p)
    k = kz()
    txt = f"""Von: {P(bb.name)} <{E(bb.first.lower() + '.' + slug(bb.last) + '@arnsberg.de')}>
Gesendet: Montag, 14. Juli 2025 08:03
An: {P(s.name)} <{E(s.mail)}>
Betreff: WG: Adressänderung / Post

Moin {P(s.first)},

das hier kam bei uns im Bürgerbüro an, betrifft aber wohl euch (Kassenzeichen {AZ(k)} laut Fachverfahren). Die Abmeldung ins Ausland ist erfasst.

Gruß
{P(bb.first)}

Von: {P(p.name)} <{E(m)}>
Gesendet: Freitag, 11. Juli 2025 22:47
An: Bürgerbüro Arnsberg <{N('buergerbuero@arnsberg.de')}>
Betreff: Adressänderung / Post

Hallo,

ich bin Ende Juni von {A(old[0])}, {A(old[1])} nach {A(new[0])}, {A(new[1])} (Niederlande) gezogen, neue Arbeit dort. Bitte schicken Sie alle Post an die neue Adresse. Ich habe gehört, es gibt noch offene Sachen bei der Stadtkasse (Hundesteuer?), dann bitte eine Rechnung schicken, ich zahle das, aber bitte nicht mein Auto pfänden lassen, das steht jetzt mit NL-Kennzeichen {KFZ(pick(['XG', 'VZ', 'GX']) + '-' + str(rng.randint(100, 999)) + '-' + pick(['B', 'K', 'N']))} hier.

Neue Telefonnummer: {T('+31 6 ' + ids.digits(8, True))}

Groetjes / viele Grüße
{P(p.name)}
"""
    return "outlook", "weiterleitung-umzug", txt, []


def doc27():
    """Filed claim to the insolvency table, with a claims table."""
    s = STAFF[5]
    p = person(pick(["it", "de", "gr"]), "f")
    adm = person("de", "m", title_p=1.0)
    adm.title = "Dr."
    dob = rdate(1970, 1990)
    ad = addr()
    adm_ad = addr(("44139", "Dortmund"))
    az = in_az()
    rows = []
    total = 0
    for kind, period in [("Gewerbesteuer", "2022"), ("Gewerbesteuer", "2023"), ("Vorauszahlung GewSt", "I–II/2025"),
                         ("Säumniszuschläge", "bis 30.06.2025"), ("Vergnügungssteuer", "2024")]:
        a = amt(120, 5200)
        total += a
        rows.append(f"{AZ(kz())}  {kind:<22}{period:<16}{eur(a):>14}")
    txt = f"""FORDERUNGSANMELDUNG ZUR INSOLVENZTABELLE (§ 174 InsO)

An den Insolvenzverwalter
Rechtsanwalt {P(adm.full)}
{A(adm_ad[0])}
{A(adm_ad[1])}

Insolvenzgericht: Amtsgericht Arnsberg      Aktenzeichen: {AZ(az)}
Schuldnerin: {P(p.name)}, geb. {DOB(fdate(dob, 0))}, {AA(ad)}
(früher Betreiberin der Spielhalle „Lucky Corner“)

Gläubigerin: Stadt Arnsberg, Der Bürgermeister, Stadtkasse, {N(TOWNHALL[0])}, {N(TOWNHALL[1])}
Bankverbindung: IBAN {N(group(CITY_IBAN, 4))}
Ansprechpartnerin: {P(s.name)}, Telefon {T(s.tel)}, E-Mail {E(s.mail)}

Angemeldete Forderungen:

Kassenzeichen  Forderungsgrund       Zeitraum                 Betrag
""" + "\n".join(rows) + f"""
                                                    Summe {eur(total):>14}

Die Forderungen beruhen auf bestandskräftigen Steuerbescheiden; Kopien liegen bei. Zinsen und Säumniszuschläge sind nur bis zum Tag vor der Eröffnung (30.06.2025) berechnet. Eine Forderung aus vorsätzlich begangener unerlaubter Handlung wird nicht geltend gemacht.

Arnsberg, 18.07.2025
Im Auftrag
{P(s.name)}
"""
    return "word", "forderungsanmeldung", txt, []


def doc28():
    """A councillor writes about his own arrears; reveals party membership."""
    p = person("de", "m", title_p=0.3)
    s = STAFF[0]
    ad = addr(("59757", "Arnsberg"))
    k = kz_grund()
    party = pick(["SPD", "CDU", "Grünen", "FDP"])
    txt = f"""Von: {P(p.full)} <{E(email_for(p))}>
An: {P(s.name)} <{E(s.mail)}>
Betreff: vertraulich – Kassenzeichen {AZ(k)}

Liebe Frau {P(s.last)},

wir kennen uns ja von der Ausschusssitzung im Frühjahr, daher wende ich mich direkt an Sie und bitte um Diskretion. Ich habe heute eine Vollstreckungsankündigung wegen der Grundbesitzabgaben für unser Haus {A(ad[0])} bekommen. Das ist mir ausgesprochen peinlich: Der Dauerauftrag ist bei der Umstellung auf das neue Konto schlicht vergessen worden, meine Frau und ich haben das nicht bemerkt.

Den vollen Betrag habe ich eben überwiesen. Ich wäre Ihnen dankbar, wenn die Sache damit erledigt ist und nicht weiter die Runde macht. Als Ratsmitglied der {party}-Fraktion stehe ich gerade im Kommunalwahlkampf, und Sie können sich vorstellen, was die Konkurrenz aus so einer Geschichte macht.

Eine Sonderbehandlung erwarte ich selbstverständlich nicht; bitte erheben Sie die Mahngebühr ganz normal.

Mit herzlichen Grüßen
{P(p.full)}
{A(ad[0])} · {A(ad[1])}
mobil {T(phone('mobile'))}
"""
    return "outlook", "ratsmitglied-mail", txt, ["POLITICS"]


def doc29():
    """Monthly statistics memo: mostly aggregate, little personal data."""
    lead = STAFF[1]
    s = STAFF[4]
    txt = f"""Stadtkasse – Vollstreckungsstelle
Monatsbericht Juni 2025 (intern, nur aggregierte Zahlen)

1. Fallzahlen
Neue Vollstreckungsersuchen: 412 (Vormonat 388), davon 61 % Grundbesitzabgaben, 14 % Gewerbesteuer, 11 % Bußgelder, Rest Gebühren.
Erledigt: 397, davon durch Zahlung 71 %, Ratenzahlung 12 %, Niederschlagung 9 %, Insolvenz 3 %.
Kontopfändungen: 138, davon erfolgreich 46. Lohnpfändungen: 22. Anträge auf Vermögensauskunft: 31.

2. Rechtsprechung
Nach {N('BGH, Beschluss vom 16.07.2020 – VII ZB 8/19')} ist bei der Bemessung des Freibetrags auf dem P-Konto auf den Kalendermonat abzustellen. Die Textbausteine 4.12 und 4.13 wurden angepasst. Die Dienstanweisung Vollstreckung (DA-Vollstr. Nr. 7, Stand 01/2025) gilt unverändert.

3. Organisation
Die Vertretung im Außendienst übernimmt ab 01.08. {P(s.name)}. Das neue Gläubiger-Mandat (Gläubiger-ID {N(CITY_CREDITOR)}) wird ab September für alle Ratenzahlungen genutzt. Die Funktionsadresse {N(OFFICE_MAIL)} ist werktags bis 15 Uhr zu sichten; allgemeine Anrufe laufen weiter über die Zentrale {N(SWITCH)}.

4. Hinweise
Bei Schreiben mit KI-Unterstützung bitte keine Namen, Kassenzeichen oder Kontodaten eingeben, solange die Pseudonymisierung nicht aktiv ist (Leitfaden KI, Abschnitt 3).

gez. {P(lead.name)}, Leitung Vollstreckungsstelle
"""
    return "word", "statistik-vermerk", txt, []


def doc30():
    """Debt counsellor's mail for a Yazidi refugee family (religion, ethnicity, health)."""
    s = STAFF[4]
    c = person("de", "f")
    h = Person(pick(["Xelil", "Ferhad", "Dilovan", "Khidr"]), pick(["Murad", "Qasim", "Khalaf", "Bakir"]), "m")
    w = Person(pick(["Nesrin", "Xezal", "Berfin", "Gulê"]), h.last, "f")
    USED.extend([h.name, w.name])
    kid = Person(pick(["Rojin", "Jiyan", "Delal"]), h.last, "f")
    ad = addr()
    k1, k2 = kz(), kz()
    bg = f"{ids.digits(5, True)}BG{ids.digits(7)}"
    c_mail = f"{slug(c.first[0])}.{slug(c.last.replace(' ', ''))}@diakonie-sauerland.de"
    txt = f"""Von: {P(c.name)} <{E(c_mail)}>
An: {P(s.name)} <{E(s.mail)}>
Betreff: Familie {P(h.last)} – Bitte um Ratenzahlung / Härtefall – Kassenzeichen {AZ(k1)} und {AZ(k2)}

Sehr geehrte Frau {P(s.last)},

ich berate seit Juni die Familie {P(h.last)}, {AA(ad)}, in unserer Schuldner- und Insolvenzberatung. Eine Schweigepflichtentbindung der Eheleute liegt mir vor.

Herr {P(h.name)} und Frau {P(w.name)} sind 2015 als Jesiden aus dem Sindschar-Gebiet im Nordirak nach Deutschland geflohen. Herr {P(h.last)} ist seitdem wegen einer posttraumatischen Belastungsstörung in fachärztlicher Behandlung und derzeit arbeitsunfähig; Frau {P(w.last)} versorgt drei Kinder, darunter die pflegebedürftige Tochter {P(kid.first)}. Die Familie lebt von Bürgergeld (Bedarfsgemeinschaft {AZ(bg)}).

Offen sind nach der Vollstreckungsankündigung Elternbeiträge für die OGS 2023/2024 und eine Rettungsdienstgebühr, zusammen 642,80 €. Für die OGS-Beiträge hätte nach unserer Einschätzung ein Anspruch auf Beitragsbefreiung bestanden; den Antrag reichen wir nach.

Wir bitten darum,
– die Vollstreckung für drei Monate auszusetzen,
– danach eine Rate von 15 € monatlich zu akzeptieren und
– von einem Besuch des Außendienstes abzusehen, da unangekündigte Besuche bei Herrn {P(h.last)} starke Angstreaktionen auslösen.

Mit freundlichen Grüßen
{P(c.name)}
Schuldner- und Insolvenzberatung
Diakonie Sauerland, {N('Lange Wende 16')}, {N('59755 Arnsberg')}
Telefon {T(phone('land'))}
"""
    return "outlook", "schuldnerberatung-haertefall", txt, ["RELIGION", "ETHNICITY", "HEALTH"]


DOCS = [doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09, doc10, doc11, doc12, doc13, doc14, doc15,
        doc16, doc17, doc18, doc19, doc20, doc21, doc22, doc23, doc24, doc25, doc26, doc27, doc28, doc29, doc30]


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh150.jsonl")
    lines = []
    for i, fn in enumerate(DOCS, 1):
        channel, template, marked, flags = fn()
        obj = build(f"F150-{i:03d}", channel, template, marked, flags)
        lines.append(json.dumps(obj, ensure_ascii=False))
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
