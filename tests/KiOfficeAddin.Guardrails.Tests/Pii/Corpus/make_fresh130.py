#!/usr/bin/env python3
"""Blind test batch 130: invented correspondence of a Hessian city's legal office (Rechtsamt, Widerspruchsstelle,
Anhörungsausschuss) with citizens, lawyers and courts. All persons and identifiers are invented; every identifier
with a check digit is valid. Deterministic: all randomness comes from Identifiers(13030).rng."""
import json
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from identifiers import Identifiers, group, icao_check, luhn_check, mod11_10_check  # noqa: E402
from marks import build  # noqa: E402

ids = Identifiers(13030)
rng = ids.rng
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh130.jsonl")


# ---------------------------------------------------------------- marks
def M(code, s):
    return f"[[{code}|{s}]]"


def P(s):
    return M("P", s)


def A(s):
    return M("A", s)


def E(s):
    return M("E", s)


def T(s):
    return M("T", s)


def AZ(s):
    return M("AZ", s)


def N(s):
    return M("N", s)


def pick(seq):
    return rng.choice(seq)


def chance(p):
    return rng.random() < p


def num(a, b):
    return rng.randint(a, b)


# ---------------------------------------------------------------- names
# origin: (male first names, female first names, surnames; "m/f" for gendered surnames)
POOLS = {
    "de": (["Jürgen", "Klaus", "Matthias", "Stefan", "Thorsten", "Holger", "Lukas", "Jonas", "Felix", "Hans-Georg",
            "Karl-Heinz", "Wolfgang", "Dieter", "Rainer", "Uwe", "Tobias", "Florian", "Benedikt", "Gerd", "Heinz-Dieter",
            "Till", "Volker", "Bernd", "Henrik", "Moritz", "Ulrich", "Friedhelm", "Jan-Philipp"],
           ["Ursula", "Gabriele", "Sabine", "Petra", "Annette", "Claudia", "Anja", "Katrin", "Friederike", "Hannelore",
            "Lea", "Johanna", "Charlotte", "Ute", "Heike", "Brigitte", "Anne-Kathrin", "Marlene", "Dorothea", "Silke",
            "Kerstin", "Theresa", "Elke", "Wiebke", "Jutta", "Ricarda"],
           ["Schäfer", "Hofmann", "Becker", "Wagner", "Schmitt", "Jung", "Hahn", "Keller", "Wolf", "Kraus", "Seipp",
            "Heuser", "Jost", "Schwalm", "Bender", "Dönges", "Weller", "Reitz", "Steinmetz", "Habermehl", "Göbel",
            "Pfaff", "Roth", "Brück", "Dietz", "Zinn", "Hartung", "Lemp", "Stroh", "Fritzsche", "Nickel", "Orth",
            "Kreuter", "Velte", "Grebe", "Weißgerber", "Balser", "Rühl", "Schwarz-Heuser", "Hedderich", "Mengel",
            "Wetz", "Sames", "Kunkel", "Bepler", "Lotz", "Naumann-Geis", "Schneider", "Krämer", "Appel", "Bär",
            "Christ", "Diehl", "Eckhardt", "Fey", "Gerlach", "Haas", "Henkel", "Jäger", "Kessler", "Lauer", "Merz",
            "Nies", "Ott", "Pausch", "Reuter", "Sauer", "Schick", "Trapp", "Ullrich", "Vogel", "Wenzel", "Ebert",
            "Hering", "Leinweber", "Mohr", "Pfeiffer", "Rauber", "Scheld", "Thielmann", "Weigand", "Bastian", "Dern",
            "Gail", "Hoffmann-Reitz", "Kolb", "Münch", "Stumpf", "Schäfer-Lenz", "Decher"]),
    "tr": (["Mehmet", "Murat", "Hakan", "Emre", "Cem", "Serkan", "Yusuf", "Burak", "Kemal", "Okan", "Volkan"],
           ["Ayşe", "Elif", "Fatma", "Zeynep", "Derya", "Hülya", "Esra", "Gülcan", "Sibel", "Büşra", "Gül"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç", "Koç",
            "Güneş", "Özdemir", "Yıldırım", "Korkmaz", "Erdoğan-Wolf"]),
    "pl": (["Piotr", "Krzysztof", "Tomasz", "Paweł", "Marek", "Grzegorz", "Łukasz"],
           ["Agnieszka", "Katarzyna", "Małgorzata", "Joanna", "Ewa", "Magdalena", "Dorota"],
           ["Nowak", "Wójcik", "Kowalczyk", "Mazur", "Krawczyk", "Pawlak", "Sikora", "Kaczmarek",
            "Wiśniewski/Wiśniewska", "Zieliński/Zielińska", "Kamiński/Kamińska", "Dąbrowski/Dąbrowska"]),
    "ru": (["Dmitri", "Sergej", "Alexander", "Viktor", "Eduard", "Waldemar", "Artur"],
           ["Olga", "Natalja", "Swetlana", "Irina", "Jelena", "Tatjana", "Ljudmila"],
           ["Wiebe", "Friesen", "Penner", "Klassen", "Dück", "Neufeld", "Janzen", "Iwanow/Iwanowa",
            "Petrow/Petrowa", "Kusnezow/Kusnezowa"]),
    "it": (["Giuseppe", "Marco", "Luca", "Salvatore", "Antonio", "Vincenzo"],
           ["Giulia", "Francesca", "Maria Grazia", "Alessandra", "Chiara", "Rosalia"],
           ["Russo", "Esposito", "Romano", "Ferrara", "Greco", "Lombardi", "Di Stefano", "De Luca", "La Rosa",
            "Lo Bianco"]),
    "gr": (["Georgios", "Dimitrios", "Nikolaos", "Konstantinos"], ["Eleni", "Katerina", "Sofia", "Despina"],
           ["Papadopoulos/Papadopoulou", "Georgiadis/Georgiadou", "Karagiannis/Karagianni",
            "Oikonomou/Oikonomou"]),
    "yu": (["Goran", "Dragan", "Nikola", "Marko", "Emir", "Adnan", "Ivan"],
           ["Jelena", "Ivana", "Mirela", "Amra", "Snežana", "Dragana", "Lejla"],
           ["Petrović", "Jovanović", "Kovačević", "Hodžić", "Babić", "Marić", "Begović", "Knežević", "Horvat"]),
    "ar": (["Mohammed", "Ahmad", "Khaled", "Omar", "Samer", "Bilal", "Youssef"],
           ["Fatima", "Rania", "Lina", "Hiba", "Amira", "Noor", "Yasmin"],
           ["Al-Hassan", "Haddad", "Khalil", "Nasser", "Saleh", "El-Sayed", "Abu Zaid", "Darwish", "Al-Masri",
            "Hamdan"]),
    "fa": (["Reza", "Ali", "Farid", "Hamid", "Mahmood", "Navid"], ["Shirin", "Maryam", "Parisa", "Nasrin", "Zahra"],
           ["Ahmadi", "Hosseini", "Rahimi", "Karimi", "Sadeghi", "Naderi", "Wardak", "Popal"]),
    "vn": (["Minh", "Tuan", "Duc", "Hung"], ["Thi Lan", "Mai", "Thu Trang", "Linh"],
           ["Nguyen", "Tran", "Pham", "Le", "Vu", "Hoang", "Nguyễn"]),
    "er": (["Tesfaye", "Yonas", "Dawit", "Mehari"], ["Selam", "Helen", "Mekdes", "Saba"],
           ["Tesfamariam", "Ghebremedhin", "Haile", "Berhane", "Kidane"]),
    "wa": (["Kwame", "Chukwuemeka", "Olusegun", "Kofi", "Ibrahim"], ["Adaeze", "Abena", "Ngozi", "Aminata"],
           ["Okafor", "Mensah", "Adeyemi", "Boateng", "Owusu", "Diallo", "Traoré"]),
    "pt": (["João", "Carlos", "Miguel", "Javier", "Rodrigo"], ["Ana Luísa", "Inês", "Carmen", "Lucía", "Mariana"],
           ["da Silva", "Pereira", "Fernandes", "García López", "Martínez", "dos Santos", "Rodrigues"]),
    "nl": (["Jeroen", "Pieter", "Sander", "Maarten"], ["Femke", "Anouk", "Marloes", "Sanne"],
           ["van der Meer", "de Vries", "van Dijk", "Bakker", "Visser", "ter Horst", "van den Berg"]),
    "fr": (["Jean-Luc", "Thierry", "Mathieu"], ["Élodie", "Claire", "Aurélie"],
           ["Dubois", "Lefèvre", "de la Roche", "Moreau"]),
    "ro": (["Florin", "Ionuț", "Mihai", "Adrian"], ["Ioana", "Andreea", "Elena", "Roxana"],
           ["Popescu", "Ionescu", "Dumitru", "Stan", "Moldovan"]),
    "cn": (["Wei", "Jun", "Hao"], ["Xiaoling", "Mei", "Yan"], ["Zhang", "Wang", "Li", "Chen", "Liu"]),
    "hu": (["László", "Zoltán", "Gábor"], ["Katalin", "Zsófia", "Eszter"], ["Nagy", "Kovács", "Szabó", "Tóth"]),
    "adel": (["Friedrich", "Konstantin", "Alexander"], ["Cornelia", "Viktoria", "Henriette"],
             ["von Hattstein", "von der Au", "von Kettler", "Freiherr von Rabenau/Freifrau von Rabenau"]),
}
ORIGINS = ["de"] * 14 + ["tr"] * 3 + ["pl"] * 2 + ["ru"] * 2 + ["it", "gr", "yu", "yu", "ar", "ar", "fa", "vn", "er",
                                                                   "wa", "pt", "nl", "fr", "ro", "cn", "hu", "adel"]
TITLES = ["Dr.", "Dr.", "Dr.", "Prof. Dr.", "Dipl.-Ing.", "Dr. med.", "Dr. jur."]
USED = set()
RESERVED = set()


class Person:
    def __init__(self, first, last, sex, title="", origin="de"):
        self.first, self.last, self.sex, self.title, self.origin = first, last, sex, title, origin

    @property
    def name(self):
        return f"{self.first} {self.last}"

    @property
    def full(self):
        return f"{self.title} {self.first} {self.last}".strip()

    @property
    def inv(self):
        return f"{self.last}, {self.first}"

    @property
    def initial(self):
        return f"{self.first[0]}. {self.last}"

    @property
    def anrede(self):
        return "Frau" if self.sex == "f" else "Herr"

    @property
    def anrede_dat(self):
        return "Frau" if self.sex == "f" else "Herrn"

    def salut(self):
        t = f" {self.title.replace(' med.', '').replace(' jur.', '')}" if self.title.startswith(("Dr", "Prof")) else ""
        g = "Sehr geehrte" if self.sex == "f" else "Sehr geehrter"
        return f"{g} {self.anrede}{t} {P(self.last)}"


def person(origin=None, sex=None, title_p=0.0, last=None):
    for attempt in range(300):
        o = origin or pick(ORIGINS)
        males, females, lasts = POOLS[o]
        s = sex or pick("mf")
        first = pick(males if s == "m" else females)
        ln = last or pick(lasts)
        if "/" in ln:
            ln = ln.split("/")[0 if s == "m" else 1]
        if last is None and ln in RESERVED:
            continue
        if (first, ln) in USED and attempt < 250:
            continue
        title = pick(TITLES) if chance(title_p) else ""
        USED.add((first, ln))
        return Person(first, ln, s, title, o)
    raise RuntimeError("no name")


KIDS = {
    "de": (["Emil", "Noah", "Leon", "Paul", "Mats", "Finn", "Ben", "Elias", "Anton", "Theo", "Jakob", "Henri"],
           ["Mia", "Emma", "Hanna", "Ida", "Lina", "Mila", "Clara", "Lotta", "Ella", "Frieda", "Marie", "Greta"]),
    "tr": (["Aras", "Emir", "Yusuf", "Kerem", "Mert"], ["Defne", "Elif", "Azra", "Zeynep", "Ecrin"]),
    "ar": (["Adam", "Omar", "Ilyas", "Karim"], ["Layla", "Sara", "Mariam", "Jana"]),
    "fa": (["Aryan", "Kian", "Amir"], ["Yasna", "Ava", "Nika"]),
    "it": (["Matteo", "Leonardo", "Tommaso"], ["Sofia", "Giulia", "Aurora"]),
    "pl": (["Antoni", "Jan", "Szymon"], ["Zuzanna", "Hanna", "Julia"]),
    "ru": (["Maxim", "Artjom", "David"], ["Sofia", "Alina", "Milana"]),
    "yu": (["Luka", "Vuk", "Amar"], ["Mia", "Lana", "Sara"]),
    "fr": (["Gabriel", "Louis", "Jules"], ["Louise", "Jade", "Chloé"]),
    "nl": (["Daan", "Sem", "Luuk"], ["Julia", "Tess", "Noor"]),
    "vn": (["Minh Anh", "Bao"], ["Ngoc Anh", "Linh Chi"]),
    "er": (["Nahom", "Eyob"], ["Eden", "Hiwet"]),
    "wa": (["Kwabena", "Tobi"], ["Ama", "Zara"]),
    "cn": (["Hao", "Yichen"], ["Yutong", "Xinyi"]),
}


def child(origin, last, sex=None):
    m, f = KIDS.get(origin, KIDS["de"])
    for _ in range(100):
        sx = sex or pick("mf")
        first = pick(m if sx == "m" else f)
        if (first, last) not in USED:
            break
    USED.add((first, last))
    return Person(first, last, sx, "", origin)


TRANS = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ı": "i", "ł": "l", "đ": "d", "ø": "o", "æ": "ae"}


def ascii_name(s):
    s = "".join(TRANS.get(c, TRANS.get(c.lower(), c)) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def mailbox(p, domain=None, style=None):
    f = ascii_name(p.first).lower().replace(" ", "").replace("-", "")
    la = ascii_name(p.last).lower().replace(" ", "").replace("'", "")
    domain = domain or pick(["gmx.de", "web.de", "t-online.de", "gmail.com", "outlook.de", "posteo.de",
                             "mailbox.org", "icloud.com", "yahoo.de", "freenet.de", "online.de", "gmx.net"])
    style = style if style is not None else num(0, 6)
    local = [f"{f}.{la}", f"{f[0]}.{la}", f"{la}{num(60, 99)}", f"{f}_{la}", f"{f}{la[0]}", f"{la}.{f}",
             f"{f[0]}{la}"][style]
    return f"{local}@{domain}"


# ---------------------------------------------------------------- places
WETZLAR_STREETS = ["Langgasse", "Hauser Gasse", "Brühlsbachstraße", "Frankfurter Straße", "Gießener Straße",
                   "Am Stoppelberg", "Hermannsteiner Straße", "Philippsstraße", "Sophienstraße",
                   "Garbenheimer Straße", "Nauborner Straße", "Altenberger Straße", "Schützenstraße", "Am Kalsmunt",
                   "Bergstraße", "Silhöfer Aue", "Im Amtmann", "Zum Hasenpfad", "In der Lach", "Kornblumengasse",
                   "Steighausplatz", "Obertorstraße", "Karl-Kellner-Ring", "Hohe Straße", "Dillfeld",
                   "Charlottenstraße", "Laufdorfer Weg", "Magdalenenhäuser Weg", "Spilburgstraße", "Stoppelberger Hohl",
                   "Am Eselsberg", "Goethestraße", "Lahninsel", "Wöllbacher Straße", "Heinrich-Heine-Straße"]
OTHER_STREETS = ["Ludwigsplatz", "Grünberger Straße", "Ketzerbach", "Schwanallee", "Berger Straße",
                 "Eschersheimer Landstraße", "Wilhelmshöher Allee", "Am Heiligenstock", "Auf dem Kornmarkt",
                 "Frankfurter Landstraße", "Marktplatz", "Kirchgasse", "Untergasse", "Hauptstraße", "Lindenstraße",
                 "Rheinstraße", "Elisabethenstraße", "Alte Heerstraße", "Am Weinberg", "Seltersweg",
                 "Licher Straße", "Friedrich-Ebert-Anlage", "Biegenstraße", "Zeil", "Hanauer Landstraße"]
WETZLAR_PLZ = ["35576", "35578", "35579", "35580", "35581", "35582", "35583", "35584", "35585", "35586"]
OTHER_PLACES = [("35390", "Gießen"), ("35392", "Gießen"), ("35398", "Gießen"), ("35037", "Marburg"),
                ("35039", "Marburg"), ("35683", "Dillenburg"), ("35745", "Herborn"), ("35606", "Solms"),
                ("35619", "Braunfels"), ("35633", "Lahnau"), ("35614", "Aßlar"), ("35625", "Hüttenberg"),
                ("35641", "Schöffengrund"), ("35435", "Wettenberg"), ("35510", "Butzbach"), ("61169", "Friedberg"),
                ("65549", "Limburg an der Lahn"), ("35781", "Weilburg"), ("35638", "Leun"), ("35630", "Ehringshausen"),
                ("60311", "Frankfurt am Main"), ("60318", "Frankfurt am Main"), ("60594", "Frankfurt am Main"),
                ("34117", "Kassel"), ("64283", "Darmstadt"), ("65183", "Wiesbaden"), ("63065", "Offenbach am Main"),
                ("63450", "Hanau"), ("36037", "Fulda"), ("61348", "Bad Homburg v. d. Höhe"), ("35440", "Linden"),
                ("35647", "Waldsolms")]


def hausnr():
    n = num(1, 140)
    r = rng.random()
    if r < 0.62:
        return str(n)
    if r < 0.8:
        return f"{n}{pick('abcd')}"
    if r < 0.88:
        return f"{n} {pick('ABC')}"
    if r < 0.94:
        return f"{n}–{n + 2}"
    return f"{n}-{n + 1}"


def street(wetzlar=True):
    return f"{pick(WETZLAR_STREETS if wetzlar else OTHER_STREETS)} {hausnr()}"


def place(wetzlar=True):
    if wetzlar:
        return f"{pick(WETZLAR_PLZ)} Wetzlar"
    plz, city = pick(OTHER_PLACES)
    return f"{plz} {city}"


def addr(wetzlar=None):
    w = chance(0.65) if wetzlar is None else wetzlar
    return street(w), place(w)


# ---------------------------------------------------------------- numbers
AREAS = [("06441", 5), ("0641", 6), ("06421", 6), ("069", 8), ("06151", 6), ("0611", 6), ("0561", 6), ("06442", 5),
         ("06443", 4), ("02771", 5), ("06031", 5), ("06404", 4), ("06033", 4), ("06431", 5), ("06445", 4)]
MOBILES = ["0151", "0152", "0157", "0160", "0162", "0170", "0171", "0172", "0173", "0175", "0176", "0177", "0178",
           "0179", "01522", "01590"]


def phone_land(area=None):
    code, n = area or pick(AREAS)
    sub = ids.digits(n, first_nonzero=True)
    k = num(0, 8)
    return [f"{code} {sub}", f"({code}) {sub}", f"{code}/{sub}", f"{code}-{sub}", f"+49 {code[1:]} {sub}",
            f"+49 (0){code[1:]} {sub}", f"{code} {sub[:2]} {sub[2:]}", f"0049 {code[1:]} {sub}",
            f"{code} / {sub}"][k]


def phone_mobile():
    pre = pick(MOBILES)
    sub = ids.digits(8 if len(pre) == 4 else 7, first_nonzero=True)
    k = num(0, 7)
    return [f"{pre} {sub}", f"{pre}-{sub}", f"{pre}/{sub}", f"+49 {pre[1:]} {sub}", f"+49{pre[1:]}{sub}",
            f"{pre} {sub[:3]} {sub[3:]}", f"(+49) {pre[1:]} {sub[:4]} {sub[4:]}", f"{pre} - {sub}"][k]


def phone():
    return phone_mobile() if chance(0.5) else phone_land()


def phone_office(code="06441", n=5):
    base = ids.digits(n, first_nonzero=True)
    ext = ids.digits(num(2, 3), first_nonzero=True)
    return pick([f"{code} {base}-{ext}", f"{code} {base} {ext}", f"+49 {code[1:]} {base}-{ext}", f"{code}/{base}-{ext}"])


def staff_phone():
    return pick(["06441 99-", "06441 99 ", "(06441) 99-", "+49 6441 99-"]) + ids.digits(4, first_nonzero=True)


MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
          "Dezember"]


def birth(y0=1938, y1=2004):
    y, m, d = num(y0, y1), num(1, 12), num(1, 28)
    return y, m, d


def fmt_date(y, m, d, style=None):
    style = num(0, 5) if style is None else style
    return [f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y % 100:02d}", f"{d}. {MONTHS[m - 1]} {y}",
            f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}"][style]


def dob(y0=1938, y1=2004, style=None):
    y, m, d = birth(y0, y1)
    return fmt_date(y, m, d, style), (y, m, d)


def day(y=2025, m0=1, m1=12):
    return f"{num(1, 28):02d}.{num(m0, m1):02d}.{y}"


def iban_alnum(country, bban):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def iban_de(spaced=None):
    v = ids.iban_de()
    spaced = chance(0.6) if spaced is None else spaced
    return group(v, 4) if spaced else v


def kassenzeichen():
    return f"{pick(['1', '2', '5', '6'])}.{ids.digits(3, True)}.{ids.digits(6, True)}.{ids.digits(1)}"


def az_w(y=25):
    return f"30.2-W {num(11, 480)}/{y}"


def az_k(y=25):
    return f"30.2-K {num(3, 95)}/{y}"


def vg_az(kind="K", y=None):
    y = y or pick([24, 25])
    return f"{num(1, 9)} {kind} {num(100, 2400)}/{y}.GI"


def plate(district=None):
    d = district or pick(["LDK", "LDK", "LDK", "DIL", "GI", "GI", "MR", "F", "OF", "HG", "FB", "DA", "WI", "KS",
                          "LM", "VB", "FD", "HU", "MTK", "GG"])
    letters = "".join(pick("ABCDEFGHJKLMNPRSTUVWXZ") for _ in range(num(1, 2)))
    maxd = 8 - len(d) - len(letters)
    digits = str(num(1, 10 ** min(4, maxd) - 1))
    sep = pick(["-", " ", "-"])
    return f"{d}{sep}{letters} {digits}"


def tax_number_he():
    # Hessen layout 0FF BBB UUUUP (state form); domain.md: layout only.
    fa = pick(["39", "16", "14", "20", "26", "43"])
    return f"0{fa} {ids.digits(3)} {ids.digits(5)}"


def tax_number_he_slash():
    return f"0{pick(['39', '16', '26'])}/{ids.digits(3)}/{ids.digits(5)}"


def polish_id():
    letters = "".join(pick("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(3))
    rest = ids.digits(5)
    vals = [int(c, 36) for c in letters] + [int(c) for c in rest]
    w = [7, 3, 1, 7, 3, 1, 7, 3]
    check = sum(v * k for v, k in zip(vals, w)) % 10
    return f"{letters}{check}{rest}"


DOCS = []


def doc(channel, template, flags=()):
    def deco(fn):
        DOCS.append((channel, template, list(flags), fn))
        return fn
    return deco


# ---------------------------------------------------------------- office (public data: neutral)
RATHAUS = (N("Ernst-Leitz-Straße 30"), N("35578 Wetzlar"))
ZENTRALE = N("06441 99-0")
FAX_RA = N("06441 99-3004")
MAIL_RA = N("rechtsamt@wetzlar.de")
VG_ADDR = (N("Marburger Straße 4"), N("35390 Gießen"))
VG_TEL = N("0641 934-0")
STADT_IBAN = N(group(ids.iban_de(), 4))


def creditor_id(national):
    digits = "".join(str(int(c, 36)) for c in national + "DE00")
    return f"DE{98 - int(digits) % 97:02d}ZZZ{national}"


GLAEUBIGER_ID = N(creditor_id("00000031867"))


def staff(sex=None, title_p=0.0, origin=None):
    p = person(origin=origin, sex=sex, title_p=title_p)
    RESERVED.add(p.last)
    p.mail = f"{ascii_name(p.first).lower().replace(' ', '')}.{ascii_name(p.last).lower().replace(' ', '')}@wetzlar.de"
    p.tel = staff_phone()
    return p


LEITUNG = staff("f", origin="de")
LEITUNG.title = "Dr."
SB1 = staff("m", origin="de")
SB2 = staff("f", origin="tr")
SB3 = staff("f", origin="de")
SB4 = staff("m", origin="pl")
AA_VORS = staff("m", origin="de")
AA_VORS.title = "Dr."
SBS = [SB1, SB2, SB3, SB4]


# ================================================================ documents
@doc("outlook", "widerspruch-grundsteuer")
def d01():
    p = person("de", "m", title_p=0.3)
    w = person("de", "f", last=p.last) if chance(0.5) else person(sex="f")
    kz = kassenzeichen()
    obj = street(True)
    home = addr(False)
    fa_az = f"0{pick(['26', '39'])} {ids.digits(3)} {ids.digits(4)} {ids.digits(1)} {ids.digits(3)} {ids.digits(1)}"
    return f"""Betreff: Widerspruch gegen den Grundsteuerbescheid 2025 – Kassenzeichen {AZ(kz)}

Sehr geehrte Damen und Herren,

gegen den Bescheid über Grundbesitzabgaben vom {day(2025, 1, 2)} für das Grundstück {A(obj)} in Wetzlar (Gemarkung Nauborn, Flur 4, Flurstück 112/3) lege ich hiermit – zugleich im Namen meiner Ehefrau {P(w.name)} als Miteigentümerin zu 1/2 – Widerspruch ein.

Die Grundsteuer B ist gegenüber dem Vorjahr von 412,80 EUR auf 1.096,44 EUR gestiegen. Der Festsetzung liegt der Grundsteuermessbescheid des Finanzamts Wetzlar (Aktenzeichen {AZ(fa_az)}) zugrunde, gegen den ich fristgerecht Einspruch eingelegt habe. Die Wohnfläche ist dort mit 186 m² statt tatsächlich 131 m² angesetzt; das Dachgeschoss ist nicht ausgebaut.

Ich beantrage,
1. das Widerspruchsverfahren bis zur Entscheidung über den Einspruch ruhen zu lassen und
2. die Vollziehung des Bescheids in Höhe des Erhöhungsbetrags auszusetzen.

Dass der Hebesatz von der Stadtverordnetenversammlung am 12.12.2024 beschlossen wurde, ist mir bekannt; er wird von mir nicht angegriffen.

Das Haus ist vermietet, wir selbst wohnen in Mittelhessen. Schriftverkehr bitte an die unten stehende Anschrift.

Mit freundlichen Grüßen

{P(p.full)}
{A(home[0])}
{A(home[1])}
Tel. {T(phone_land())}
{E(mailbox(p))}
"""


@doc("word", "eingangsbestaetigung-anhoerung")
def d02():
    p = person(title_p=0.15)
    sb = pick(SBS)
    h = addr(True)
    kz = kassenzeichen()
    az = az_w()
    obj = street(True)
    mit = person(sex="f" if p.sex == "m" else "m", last=p.last)
    return f"""Magistrat der Stadt Wetzlar · Rechtsamt · {RATHAUS[0]} · {RATHAUS[1]}

{p.anrede_dat}
{P(p.full)}
{A(h[0])}
{A(h[1])}

                                                  Ihr Schreiben vom {day(2025, 2, 3)}
                                                  Unser Zeichen: {AZ(az)}
                                                  Kassenzeichen: {AZ(kz)}
                                                  Auskunft: {P(sb.name)}
                                                  Durchwahl: {T(sb.tel)}
                                                  E-Mail: {E(sb.mail)}
                                                  Zentrale: {ZENTRALE}

Wetzlar, {day(2025, 3, 4)}

Widerspruch gegen den Abgabenbescheid für das Grundstück {A(obj)}
hier: Eingangsbestätigung und Gelegenheit zur Stellungnahme

{p.salut()},

Ihr Widerspruch ist am {day(2025, 3, 3)} bei uns eingegangen. Er richtet sich gegen die Festsetzung der Grundsteuer B sowie der Straßenreinigungsgebühr für 2025. Ihr Schreiben ist auch von {P(mit.name)} unterschrieben; wir behandeln es daher als Widerspruch beider Miteigentümer.

Zur Sache weisen wir vorab auf Folgendes hin: Die Stadt ist an den Grundsteuermessbetrag gebunden, den das Finanzamt festgesetzt hat (§ 184 Abs. 1 AO). Einwände gegen die Bewertung des Grundstücks – etwa zur Wohnfläche oder zum Bodenrichtwert – können nur im Verfahren gegen den Messbescheid beim Finanzamt geltend gemacht werden. Das Bundesverfassungsgericht hat die alte Einheitsbewertung zwar für verfassungswidrig erklärt (BVerfG, Urteil vom 10.04.2018 – 1 BvL 11/14), daraus folgt aber nichts für die Höhe des neuen Hebesatzes.

Die Vollziehung setzen wir nicht aus; Zahlungen werden weiterhin zu den Fälligkeiten 15.05., 15.08. und 15.11. erwartet. Sollte das Finanzamt den Messbetrag herabsetzen, ändern wir den Bescheid von Amts wegen.

Bitte teilen Sie uns bis zum {day(2025, 5, 5)} mit, ob Sie den Widerspruch aufrechterhalten. Andernfalls wird die Sache dem Anhörungsausschuss vorgelegt; zur mündlichen Verhandlung werden Sie gesondert geladen.

Mit freundlichen Grüßen
Im Auftrag

{P(sb.name)}
"""


@doc("outlook", "abwasser-informell")
def d03():
    p = person("tr", "m")
    w = person("tr", "f", last=p.last)
    kz = kassenzeichen()
    h = street(True).lower()
    monteur = person("de", "m")
    return f"""Betreff: widerspruch abwasser

hallo zusammen

ich leg hiermit widerspruch ein gegen den abwasser bescheid vom 12.3 kassenzeichen {AZ(kz)}
da stehn 212 kubik frischwasser drin das kann garnicht sein wir sind nur zu zweit im haus {A(h)}
der zähler wurde im januar getauscht von ihrem monteur herr {P(monteur.last)} der kann das bestätigen, der alte zähler hat schon seit sommer gesponnen

letztes jahr warens 74 kubik!!

bitte das zuviel gezahlte zurück auf {M("IBAN", ids.iban_de())} (konto läuft auf meine frau {P(w.first.lower())}) und nicht wieder mit der nächsten rate verrechnen wie beim letzten mal

bin tagsüber auf montage, am besten abends anrufen {T(phone_mobile())}

gruß {P(f"{p.first.lower()} {p.last.lower()}")}

Von meinem Samsung Galaxy Smartphone gesendet
"""


@doc("word", "klageerwiderung-vg")
def d04():
    k = person(sex="m", title_p=0.2)
    kh = addr(True)
    ra1, ra2 = person("de", title_p=0.5), person()
    rah = addr(False)
    ra_z = f"{num(100, 999)}/{num(23, 25)} {ra1.last[:2].upper()}"
    vg = vg_az("K", 24)
    nb = person(sex="m")
    vg2 = f"{vg.split()[0]} K {num(100, 2400)}/24.GI"
    kz = kassenzeichen()
    az = az_k(24)
    azw = az_w(24)
    sb = pick([SB1, SB3])
    return f"""Magistrat der Stadt Wetzlar – Rechtsamt –
{RATHAUS[0]}, {RATHAUS[1]}

Verwaltungsgericht Gießen
{VG_ADDR[0]}
{VG_ADDR[1]}

– per beBPo –

Wetzlar, {day(2025, 4, 6)}
Unser Zeichen: {AZ(az)}

In dem Verwaltungsrechtsstreit

{P(k.full)}, {A(kh[0])}, {A(kh[1])},
– Kläger –

Prozessbevollmächtigte: Rechtsanwälte {P(ra1.last)} & {P(ra2.last)}, {A(rah[0])}, {A(rah[1])}, Az.: {AZ(ra_z)}

gegen

die Stadt Wetzlar, vertreten durch den Magistrat,
– Beklagte –

wegen Straßenbeitrag (Ausbau Hermannsteiner Straße, 2. Bauabschnitt)
Az.: {AZ(vg)}

zeigen wir an, dass die Beklagte sich selbst vertritt, und beantragen,

die Klage abzuweisen.

Begründung:

1. Der Kläger ist Eigentümer des Grundstücks {A(kh[0])}. Mit Bescheid vom {day(2023, 9, 11)} (Kassenzeichen {AZ(kz)}) wurde er zu einem Straßenbeitrag von 7.418,26 EUR herangezogen. Den Widerspruch hat der Anhörungsausschuss nach § 7 HessAGVwGO behandelt; der Widerspruchsbescheid (Az. {AZ(azw)}) ist dem Kläger am {day(2024, 5, 6)} zugestellt worden.

2. Die Einwände der Klägerseite greifen nicht durch. Die Straßenbeitragssatzung war im maßgeblichen Zeitpunkt der Entstehung der Beitragspflicht wirksam; die spätere Abschaffung wiederkehrender Beiträge in anderen hessischen Gemeinden ist ohne Belang. Eine Verletzung des Gebots der Belastungsklarheit und -vorhersehbarkeit liegt nicht vor; die Vorteilslage ist erst mit der Schlussrechnung im Jahr 2022 eingetreten (vgl. BVerfG, Beschluss vom 05.03.2013 – 1 BvR 2457/08; BVerwG, Urteil vom 15.04.2015 – 9 C 19.14). Die Rechtsprechung des Hessischen Verwaltungsgerichtshofs folgt dem ({N("HessVGH, Beschluss vom 18.07.2019 – 5 A 1048/17.Z")}).

3. Soweit sich der Kläger auf das Parallelverfahren seines Nachbarn {P(nb.name)} ({AZ(vg2)}) beruft, betrifft dieses ein Eckgrundstück mit Mehrfacherschließung und ist nicht vergleichbar. Eine Tiefenbegrenzung greift bei dem Grundstück des Klägers nicht, weil der Bebauungsplan Nr. 214 „Büblingshausen-Süd“ die gesamte Fläche als Wohngebiet ausweist.

4. Die Verwaltungsvorgänge (2 Bände, Bl. 1–386) werden als elektronische Akte übermittelt.

Mit dem Übertragen auf die Einzelrichterin/den Einzelrichter sind wir einverstanden; auf mündliche Verhandlung wird nicht verzichtet.

Im Auftrag

{P(sb.name)}
Rechtsamt
Tel. {T(sb.tel)}
"""


@doc("outlook", "kanzlei-bestellung")
def d05():
    ra = person(sex="f")
    ra.title = pick(["Dr.", "Dr.", "Prof. Dr.", ""])
    p1, p2 = person("de"), person()
    m = person(title_p=0.1)
    dstr, _ = dob(1955, 1990)
    mh = addr(None)
    rah = addr(False)
    kz = kassenzeichen()
    z = f"{num(10, 999)}/25-{ra.last[:2].upper()}/{pick(['sw', 'mk', 'ak'])}"
    az = az_w()
    sb = pick(SBS)
    web = ascii_name(f"{ra.last}{p1.last}").lower().replace(" ", "").replace("-", "")
    return f"""Betreff: Ihr Zeichen {AZ(az)} – {P(m.name)} ./. Stadt Wetzlar – unser Zeichen {AZ(z)}

{sb.salut()},

wir zeigen an, dass uns {m.anrede} {P(m.full)}, geb. {M("DOB", dstr)}, {A(mh[0])}, {A(mh[1])}, mit der Wahrnehmung {'ihrer' if m.sex == 'f' else 'seiner'} rechtlichen Interessen beauftragt hat. Eine auf uns lautende Vollmacht liegt als PDF bei; das Original reichen wir auf Anforderung nach.

Namens und in Vollmacht {'unserer Mandantin' if m.sex == 'f' else 'unseres Mandanten'} legen wir gegen den Bescheid über Gewerbesteuer-Vorauszahlungen für 2025 vom {day(2025, 3, 4)} (Kassenzeichen {AZ(kz)}, Steuernummer {M("TNR", tax_number_he())}) Widerspruch ein und beantragen die Aussetzung der Vollziehung. Die Vorauszahlungen beruhen auf dem Messbetrag 2022, der wegen der Betriebsaufgabe der Filiale in Gießen nicht mehr zutrifft.

Eine Begründung folgt nach Akteneinsicht. Wir bitten, uns die Verwaltungsvorgänge elektronisch über das beA zu übermitteln oder für zwei Wochen in unsere Kanzlei zu übersenden.

Bitte führen Sie die Korrespondenz ab sofort ausschließlich über uns; {'unsere Mandantin' if m.sex == 'f' else 'unser Mandant'} ist nicht mehr direkt anzuschreiben.

Mit freundlichen Grüßen

{P(ra.full)}
Rechtsanwältin · Fachanwältin für Verwaltungsrecht

{P(ra.last)} {P(p1.last)} {P(p2.last)} Rechtsanwälte PartG mbB
{A(rah[0])} · {A(rah[1])}
Tel. {T(phone_office(pick(['069', '0641', '06421']), 6))} | Fax {T(phone_office('0641', 6))}
{E(mailbox(ra, f'{web}.de', 1))} | www.{web}.de
USt-IdNr. {M("VAT", ids.vat_id())}
Partnerschaftsregister {N(f"AG Frankfurt am Main PR {num(1200, 3400)}")}

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.
"""


@doc("word", "verfahrensliste-tabelle")
def d06():
    def ra():
        if chance(0.2):
            return "–"
        r = person(title_p=0.35)
        pre = "RAin" if r.sex == "f" else "RA"
        t = f"{r.title} " if r.title.startswith(("Dr", "Prof")) else ""
        return f"{pre} {t}{P(r.last)}"

    rows = [
        (az_k(24), "VG Gießen", vg_az("K", 24), "Zweitwohnungsteuer 2023"),
        (az_k(25), "VG Gießen", vg_az("L", 25), "Eilantrag Abschleppkosten"),
        (az_k(23), "HessVGH", f"5 A {num(100, 2500)}/23.Z", "Straßenbeitrag (Zulassung Berufung)"),
        (f"30.3-S {num(1, 40)}/24", "SG Gießen", f"S {num(2, 30)} SO {num(10, 400)}/24", "Kostenerstattung Hilfe zur Pflege"),
        (f"30.3-S {num(1, 40)}/25", "Hess. LSG", f"L 4 SO {num(10, 200)}/25 B ER", "Beschwerde Eilverfahren"),
        (f"30.4-A {num(1, 20)}/25", "ArbG Gießen", f"{num(1, 12)} Ca {num(100, 900)}/25", "Eingruppierung TVöD"),
        (f"30.5-Z {num(1, 60)}/24", "AG Wetzlar", f"{num(30, 39)} C {num(100, 900)}/24", "Schadensersatz Straßenlaterne"),
        (f"30.5-Z {num(1, 60)}/25", "LG Limburg", f"{num(1, 5)} O {num(40, 400)}/25", "Amtshaftung Baumsturz"),
        (f"30.6-F {num(1, 9)}/24", "Hess. FG", f"{num(1, 12)} K {num(100, 1800)}/24", "Gewerbesteuer-Zerlegung"),
        (az_k(25), "VG Gießen", vg_az("K", 25), "Friedhofsgebühren"),
    ]
    out = ["Rechtsamt – Übersicht der anhängigen Gerichtsverfahren",
           f"Stand: {day(2025, 6, 6)} · nur für den Dienstgebrauch · Bearbeitung: {P(SB4.initial)}",
           "",
           "| Nr. | Az. Rechtsamt | Gericht | Az. Gericht | Gegenseite | Gegenstand | Bevollmächtigt | Termin |",
           "|---|---|---|---|---|---|---|---|"]
    for i, (az, court, caz, subj) in enumerate(rows, 1):
        g = person(title_p=0.1)
        who = P(g.inv) if chance(0.75) else P(g.name)
        term = day(2025, 7, 12) if chance(0.6) else "offen"
        out.append(f"| {i} | {AZ(az)} | {court} | {AZ(caz)} | {who} | {subj} | {ra()} | {term} |")
    lead = LEITUNG
    out += ["",
            "Hinweise:",
            f"– Nr. 3: Zulassungsantrag der Gegenseite; Stellungnahme durch Dr. {P(lead.last)} bis {day(2025, 7, 8)}.",
            f"– Nr. 6: Güteverhandlung gescheitert, Kammertermin steht noch aus (siehe Vermerk {P(SB1.initial)}).",
            "– Nr. 8: Versicherer (Kommunaler Schadenausgleich) ist informiert, Schaden-Nr. wird nachgereicht.",
            "– Musterverfahren zur Zweitwohnungsteuer: BVerwG, Urteil vom 27.10.2021 – 9 C 3.20 (nur zur Orientierung).",
            ]
    return "\n".join(out) + "\n"


@doc("outlook", "weiterleitung-vergleich")
def d07():
    kol = SB2
    me = SB1
    stb = person("de", "m", title_p=0.3)
    m = person(sex="m")
    az = az_w(24)
    kz = kassenzeichen()
    mh = addr(True)
    stb_mail = mailbox(stb, f"stb-{ascii_name(stb.last).lower().replace(' ', '')}.de", 1)
    client_mail = mailbox(m, f"{ascii_name(m.last).lower().replace(' ', '').replace('-', '')}-haustechnik.de", 0)
    steuer = staff("m", origin="de")
    return f"""Betreff: WG: AW: Vergleichsangebot Gewerbesteuer 2021–2023 – {P(m.last)} / {AZ(az)}

Hallo {P(kol.first)},

zur Info und mit der Bitte um kurze Stellungnahme bis Freitag. Aus meiner Sicht können wir den Vergleich so nicht annehmen: Für 2022 setzt der Steuerberater den Hinzurechnungsbetrag für Mieten zu niedrig an. Kannst du bitte mit {P(steuer.name)} aus der Steuerabteilung klären, ob die Zerlegung mit Gießen stimmt?

Danke und Gruß
{P(me.first)}

-----Ursprüngliche Nachricht-----
Von: {P(stb.inv)} <{E(stb_mail)}>
Gesendet: Dienstag, 6. Mai 2025 16:41
An: Rechtsamt <{MAIL_RA}>
Cc: {E(client_mail)}
Betreff: AW: Vergleichsangebot Gewerbesteuer 2021–2023 – {P(m.last)} / {AZ(az)}

Sehr geehrter Herr {P(me.last)},

in der Angelegenheit unseres Mandanten {P(m.name)}, Inhaber der Firma {P(m.last)} Haustechnik e.K., {A(mh[0])}, {A(mh[1])}, Steuernummer {M("TNR", tax_number_he_slash())}, USt-IdNr. {M("VAT", ids.vat_id())}, unterbreiten wir – ohne Anerkennung einer Rechtspflicht – folgenden Vorschlag:

1. Die Gewerbesteuer 2021 bleibt wie festgesetzt.
2. Für 2022 wird der Messbetrag auf 2.145,00 EUR reduziert (statt 3.020,00 EUR).
3. Die Säumniszuschläge für 2023 (Kassenzeichen {AZ(kz)}) werden zur Hälfte erlassen.
4. Mit Erfüllung sind die Widersprüche erledigt; jede Seite trägt ihre Kosten selbst.

Herr {P(m.last)} ist bereit, den Restbetrag in drei Monatsraten zu zahlen.

Mit freundlichen Grüßen

{P(stb.full)}
Steuerberater
Tel. {T(phone_office(pick(['06441', '0641']), 5))}

> -----Ursprüngliche Nachricht-----
> Von: {P(me.inv)} <{E(me.mail)}>
> Gesendet: Montag, 14. April 2025 09:12
> An: {P(stb.inv)} <{E(stb_mail)}>
> Betreff: Vergleichsangebot Gewerbesteuer 2021–2023 – {P(m.last)} / {AZ(az)}
>
> Sehr geehrter Herr {P(stb.last)},
> wir wären grundsätzlich zu einer einvernehmlichen Lösung bereit, wenn Sie uns die Mietverträge für die Lagerhalle vorlegen. Eine Ratenzahlung kann die Stadtkasse nur gegen Stundungszinsen (§ 234 AO) gewähren.
> Mit freundlichen Grüßen
> {P(me.name)}
"""


@doc("word", "vergleichsvorschlag-ratenzahlung")
def d08():
    ra = person("de", "m", title_p=0.4)
    rah = addr(False)
    m = person(sex="m")
    f = person(sex="f", last=m.last)
    mh = addr(True)
    vg = vg_az("K", 24)
    kz = kassenzeichen()
    mahn = f"{num(23, 24)}-{ids.digits(7, True)}-0-{ids.digits(1)}"
    az = az_k(24)
    z = f"{num(100, 900)}/24"
    sb = LEITUNG
    return f"""MAGISTRAT DER STADT WETZLAR
Rechtsamt

{RATHAUS[0]} · {RATHAUS[1]}

Vorab per beA/EGVP

{ra.anrede_dat} Rechtsanwalt
{P(ra.full)}
{A(rah[0])}
{A(rah[1])}

Ihr Zeichen: {AZ(z)}
Unser Zeichen: {AZ(az)}
VG Gießen: {AZ(vg)}

Wetzlar, {day(2025, 5, 7)}

Verwaltungsrechtsstreit {P(m.name)} u. a. ./. Stadt Wetzlar – Erschließungsbeitrag
Vergleichsvorschlag

{ra.salut()},

wie im Erörterungstermin vom {day(2025, 4, 5)} angeregt, unterbreiten wir Ihren Mandanten, den Eheleuten {P(m.first)} und {P(f.first)} {P(m.last)}, {A(mh[0])}, {A(mh[1])}, folgenden Vergleichsvorschlag, der unter dem Vorbehalt der Zustimmung des Magistrats steht:

1. Der Erschließungsbeitrag (Kassenzeichen {AZ(kz)}) wird von 18.944,10 EUR auf 16.200,00 EUR herabgesetzt. Die Eckgrundstücksvergünstigung wird – ohne Präjudiz für andere Verfahren – in Höhe von 20 % gewährt.
2. Die Kläger zahlen den Betrag in 24 Monatsraten zu je 675,00 EUR, erstmals zum 1. des auf die Zustimmung folgenden Monats. Stundungszinsen werden nicht erhoben. Die Raten werden im SEPA-Lastschriftverfahren vom Konto der Kläger {M("IBAN", iban_de())} (Kontoinhaberin: {P(f.name)}) eingezogen; Gläubiger-Identifikationsnummer der Stadt: {GLAEUBIGER_ID}. Geraten die Kläger mit zwei Raten in Verzug, wird der Restbetrag sofort fällig.
3. Die Kläger nehmen die Klage zurück. Die Kosten des Verfahrens tragen die Kläger zu 3/4, die Stadt zu 1/4; die Kosten des Vergleichs werden gegeneinander aufgehoben.
4. Das beim zentralen Mahngericht Hünfeld anhängige Verfahren wegen der Säumniszuschläge ({AZ(mahn)}) wird von der Stadt nicht weiter betrieben.

Alternativ kann der Betrag auf das Konto der Stadtkasse bei der Sparkasse Wetzlar, IBAN {STADT_IBAN}, unter Angabe des Kassenzeichens überwiesen werden.

Wir bitten um Mitteilung bis zum {day(2025, 6, 6)}, ob Ihre Mandanten dem Vorschlag zustimmen. Wir würden dann dem Gericht einen Vergleich nach § 106 Satz 2 VwGO vorschlagen.

Mit freundlichen Grüßen
Im Auftrag

{P(sb.full)}
Leiterin des Rechtsamts
"""


@doc("word", "export-fristen-csv")
def d09():
    lines = ["lfd_nr;az_rechtsamt;name;vorname;strasse;plz_ort;eingang;gegenstand;frist;status"]
    subjects = ["Abfallgebühren", "Grundsteuer B", "Hundesteuer", "Zweitwohnungsteuer", "Kita-Gebühren",
                "Abwassergebühren", "Straßenreinigung", "Sondernutzung", "Verwaltungsgebühr Bauaufsicht",
                "Vergnügungssteuer", "Friedhofsgebühren", "Parkgebühren Anwohnerparken"]
    status = ["offen", "Anhörung", "AA-Sitzung", "ruht", "abgeholfen", "zurückgenommen", "offen"]
    y = 25
    n = num(180, 260)
    for i in range(1, 12):
        n += num(1, 4)
        az = f"30.2-W {n}/{y}"
        subj = pick(subjects)
        eing = day(2025, 4, 5)
        frist = day(2025, 6, 6)
        st = pick(status)
        if i == 6:
            fa = pick(["Lahn-Dill Immobilien GmbH", "Stroh & Partner Bauträger GmbH", "Mittelhessische Wohnbau eG"])
            lines.append(f"{i};{N(az)};{fa};;{N(street(True))};{N(place(True))};{eing};{subj};{frist};{st}")
            continue
        p = person(title_p=0.1)
        h = addr(chance(0.75))
        last = f"{p.title} {p.last}".strip() if p.title.startswith("Dr") else p.last
        stl = "" if i == 9 else A(h[0])
        lines.append(f"{i};{AZ(az)};{P(last)};{P(p.first)};{stl};{A(h[1])};{eing};{subj};{frist};{st}")
    return "\n".join(lines) + "\n"


@doc("outlook", "sg-eingliederungshilfe", ["HEALTH"])
def d10():
    kl = person(sex="f")
    dstr, (y, m, d) = dob(1994, 2003, style=pick([0, 1, 3]))
    bet = person("de", "m")
    bet_tel = phone()
    bet_h = addr(None)
    sg = f"S {num(2, 30)} SO {num(10, 400)}/24"
    xvii = f"{num(1, 9)} XVII {num(50, 400)}/{num(19, 23)}"
    rv = ids.social_security(f"{d:02d}{m:02d}{y % 100:02d}", ascii_name(kl.last)[0].upper())
    rv_s = f"{rv[:2]} {rv[2:8]} {rv[8]} {rv[9:]}" if chance(0.5) else rv
    kv = ids.health_insurance()
    sozaz = f"50.3-EGH-{ids.digits(5, True)}"
    arzt = person(sex=pick("mf"))
    arzt.title = "Dr. med."
    me = staff(origin=pick(["de", "yu", "ru"]))
    to = SB3
    h = addr(True)
    return f"""Betreff: Klage {AZ(sg)} – Eingliederungshilfe {P(kl.initial)} – Bitte um Übernahme der Prozessvertretung

Liebe {P(to.first)},

das Sozialgericht Gießen hat uns gestern die Klage von Frau {P(kl.name)} (geb. {M("DOB", dstr)}), {A(h[0])}, {A(h[1])}, zugestellt, Aktenzeichen {AZ(sg)}. Sie wird vertreten durch ihren Betreuer Herrn {P(bet.name)} (Berufsbetreuer, Büro {A(bet_h[0])}, {A(bet_h[1])}); die Betreuung umfasst laut Beschluss des Amtsgerichts Wetzlar ({AZ(xvii)}) auch die Vertretung gegenüber Behörden und Gerichten.

Worum es geht: Frau {P(kl.last)} arbeitet im Arbeitsbereich der Werkstatt für behinderte Menschen und beantragt eine zusätzliche 1:1-Assistenz für die Fahrt und die ersten beiden Stunden am Arbeitsplatz. Bei ihr ist eine frühkindliche Autismus-Spektrum-Störung mit ausgeprägter Reizüberflutung diagnostiziert, außerdem eine Epilepsie mit zuletzt zwei Grand-mal-Anfällen im Februar. Wir haben den Antrag abgelehnt, weil nach unserer Auffassung die Werkstatt die Begleitung im Rahmen der Grundpauschale schuldet. Die AOK Hessen hat eine Übernahme als Leistung der Krankenbehandlung ebenfalls abgelehnt.

Für den Schriftsatz brauchst du vermutlich:
- Rentenversicherungsnummer: {M("SSN", rv_s)}
- Krankenversichertennummer: {M("KV", kv)}
- unser Aktenzeichen: {AZ(sozaz)}
- Gutachten des Gesundheitsamts ({P(arzt.full)}) vom {day(2024, 10, 12)} – liegt in der E-Akte unter „Medizinisches“

Der Betreuer ist sehr engagiert und ruft häufig an ({T(bet_tel)}); bitte keine Auskünfte am Telefon ohne Rücksprache mit mir, er hat schon zweimal Teile der Akte an die Lokalzeitung weitergegeben.

Die Frist zur Klageerwiderung läuft am {day(2025, 6, 7)} ab. Ich bin ab Montag drei Wochen im Urlaub, Vertretung hat {P(person('de').name)}.

Viele Grüße
{P(me.name)}

Stadt Wetzlar – Amt für Soziales und Wohnen
Eingliederungshilfe / Hilfe zur Pflege
Tel. {T(me.tel)}
{E(me.mail)}
"""


@doc("word", "arbg-guetetermin-vermerk", ["UNION"])
def d11():
    kl = person(sex="f")
    dstr, (y, m, d) = dob(1978, 1996, style=0)
    ri = person("de", "f", title_p=0.0)
    ri.title = "Dr." if chance(0.4) else ""
    sek = person(sex="m")
    pa = staff("m", origin="de")
    prv = person("de", "f")
    caz = f"{num(1, 12)} Ca {num(100, 900)}/25"
    pnr = f"{ids.digits(6)}"
    rv = ids.social_security(f"{d:02d}{m:02d}{y % 100:02d}", ascii_name(kl.last)[0].upper())
    tid = ids.tax_id()
    tid_s = f"{tid[:2]} {tid[2:5]} {tid[5:8]} {tid[8:]}" if chance(0.5) else tid
    kita = pick(["Kita Sonnenblume", "Kita Am Stoppelberg", "Kita Regenbogen (Niedergirmes)", "Familienzentrum Dalheim"])
    az = f"30.4-A {num(1, 20)}/25"
    return f"""Aktenvermerk

Rechtsamt – Arbeitsrecht
Az.: {AZ(az)}
Arbeitsgericht Gießen, {AZ(caz)}
{P(kl.name)} ./. Stadt Wetzlar – Eingruppierung S 8b TVöD SuE

Güteverhandlung am {day(2025, 5, 6)}, 10:30 Uhr, Saal 4

Anwesend:
– Vorsitzende: Richterin am Arbeitsgericht {P(ri.full)}
– Klägerin persönlich, Frau {P(kl.name)}
– für die Klägerin: Rechtssekretär {P(sek.name)}, DGB Rechtsschutz GmbH, Büro Gießen
– für die Stadt: {P(pa.name)} (Personal- und Organisationsamt), {P(SB1.name)} (Rechtsamt)

1. Die Klägerin ist seit 2014 als Erzieherin in der {kita} beschäftigt und begehrt ab 01.01.2023 die Eingruppierung in S 8b, weil sie überwiegend Kinder mit besonderem Förderbedarf betreue. Sie ist Mitglied der Gewerkschaft ver.di; der Rechtsschutz wird von dort getragen. Die Personalratsvorsitzende, Frau {P(prv.name)}, hat das Verfahren nach Angaben der Klägerin „begleitet“, war aber im Termin nicht anwesend.

2. Frau {P(ri.last)} wies darauf hin, dass es auf die tatsächlich auszuübende Tätigkeit ankomme und die Klägerin die Voraussetzungen der Protokollerklärung bislang nicht hinreichend dargelegt habe (vgl. BAG, Urteil vom 09.09.2020 – 4 AZR 195/20). Herr {P(sek.last)} kündigte ergänzenden Vortrag mit Tätigkeitsaufzeichnungen an.

3. Ein Vergleich kam nicht zustande. Kammertermin: {day(2025, 9, 11)}, 9:00 Uhr. Auflage an die Stadt: Stellungnahme bis sechs Wochen vor dem Termin.

4. Für die Berechnung der Differenzvergütung hat das Personalamt folgende Daten übermittelt (nur intern, nicht an das Gericht):
   Personalnummer {AZ(pnr)} · geb. {M("DOB", dstr)} · Steuer-IdNr. {M("TID", tid_s)} · RV-Nr. {M("SSN", rv)}
   Differenz S 8a/S 8b seit 01.01.2023: ca. 214,00 EUR brutto monatlich.

Wetzlar, {day(2025, 5, 6)}
{P(SB1.initial)}
"""


@doc("outlook", "zweitwohnung-oesterreich")
def d12():
    v = person("de", "m")
    v.title = "Mag."
    t = child("de", v.last, "f")
    wien = (f"{pick(['Mariahilfer Straße', 'Favoritenstraße', 'Josefstädter Straße', 'Landstraßer Hauptstraße'])} {num(3, 140)}/{num(1, 24)}",
            f"{pick(['1060', '1100', '1080', '1030'])} Wien")
    wz = street(True)
    kz = kassenzeichen()
    iban = ids.iban("AT", 16)
    at_tel = f"+43 {pick(['664', '676', '699'])} {ids.digits(7, True)}"
    tdob, _ = dob(2001, 2005, style=0)
    return f"""Betreff: Einspruch Zweitwohnungssteuer – Kassenzeichen {AZ(kz)}

Grüß Gott,

mit Bescheid vom {day(2025, 2, 3)} wurde ich für die Wohnung {A(wz)} in Wetzlar zur Zweitwohnungssteuer für 2025 herangezogen (jährlich 684,00 EUR). Ich erhebe dagegen Einspruch bzw. – wie mir Ihre Hotline erklärt hat – Widerspruch.

Ich bin zwar Mieter laut Vertrag, die Wohnung wird aber ausschließlich von meiner Tochter {P(t.name)} (geb. {M("DOB", tdob)}) bewohnt, die an der Technischen Hochschule Mittelhessen studiert und dort mit Hauptwohnsitz gemeldet ist. Ich selbst halte mich nie in Wetzlar auf; mein einziger Wohnsitz ist {A(wien[0])}, {A(wien[1])}. Eine Zweitwohnung „für den persönlichen Lebensbedarf“ liegt daher bei mir nicht vor. Ich lege eine Meldebestätigung meiner Tochter bei.

Die bereits abgebuchte erste Rate über 171,00 EUR bitte ich auf mein Konto {M("IBAN", group(iban, 4))} (Bank Austria) zurückzuüberweisen. Eine deutsche Kontoverbindung habe ich nicht.

Für Rückfragen bin ich am besten mobil unter {T(at_tel)} erreichbar, gerne auch per Mail.

Mit freundlichen Grüßen aus Wien

{P(v.full)}
{E(mailbox(v, pick(['gmx.at', 'aon.at', 'chello.at'])))}
"""


@doc("word", "schadensersatz-polen")
def d13():
    adw = person("pl", "f")
    fahr = person("pl", "m")
    fdob, _ = dob(1970, 1998, style=pick([0, 3]))
    pl_addr = (f"ul. {pick(['Legnicka', 'Kościuszki', 'Grabiszyńska', 'Powstańców Śląskich', 'Piłsudskiego'])} {num(2, 120)}/{num(1, 40)}",
               f"{pick(['54-203', '50-038', '53-332', '50-029'])} Wrocław")
    kanz = (f"ul. {pick(['Świdnicka', 'Ruska', 'Kazimierza Wielkiego'])} {num(1, 60)}", f"50-{num(100, 999)} Wrocław")
    plate_pl = f"DW {num(1, 9)}{pick('KLMNPRSTUVWXY')}{num(100, 999)}"
    pid = polish_id()
    court = f"I Nc {num(1000, 9999)}/24"
    epo = f"70 H {num(1000, 9999)}/24"
    pol = f"ST/{ids.digits(7, True)}/2024"
    zeug = person(sex="f")
    zeug_h = street(True)
    lamp = street(True)
    kz = kassenzeichen()
    az = f"30.5-Z {num(1, 60)}/24"
    sb = SB4
    return f"""Magistrat der Stadt Wetzlar · Rechtsamt
{RATHAUS[0]} · {RATHAUS[1]} · Telefon {ZENTRALE}

Kancelaria Adwokacka
adw. {P(adw.name)}
{A(kanz[0])}
{A(kanz[1])}
POLEN

Unser Zeichen: {AZ(az)} · Kassenzeichen {AZ(kz)}
Ihr Zeichen: {AZ(f"KA/{num(10, 99)}/2024/{adw.last[:1]}")}

Wetzlar, {day(2025, 2, 4)}

Sąd Rejonowy dla Wrocławia-Krzyków, sygn. akt {AZ(court)}
(vormals Europäisches Mahnverfahren, AG Berlin-Wedding, {AZ(epo)})
Stadt Wetzlar ./. {P(fahr.name)}

Sehr geehrte Frau Rechtsanwältin {P(adw.last)},

vielen Dank für Ihr Schreiben vom {day(2025, 1, 1)}, mit dem Sie für Ihren Mandanten, Herrn {P(fahr.name)}, geb. {M("DOB", fdob)}, wohnhaft {A(pl_addr[0])}, {A(pl_addr[1])}, Einspruch gegen den Europäischen Zahlungsbefehl eingelegt haben.

Zum Sachverhalt halten wir fest: Am {day(2024, 8, 9)} gegen 23:40 Uhr kam Ihr Mandant mit dem Sattelzug, amtliches Kennzeichen {M("KFZ", plate_pl)}, in Wetzlar von der Fahrbahn ab und beschädigte den Lichtmast vor dem Anwesen {A(lamp)} so stark, dass er ersetzt werden musste. Die Personalien wurden von der Polizeistation Wetzlar aufgenommen (Vorgangsnummer {AZ(pol)}); Ihr Mandant wies sich mit dem polnischen Personalausweis Nr. {M("IDC", pid)} aus. Eine Zeugin, Frau {P(zeug.name)}, {A(zeug_h)}, hat den Unfall beobachtet und steht für eine Vernehmung – notfalls im Wege der Rechtshilfe – zur Verfügung.

Der Schaden beläuft sich auf 6.832,40 EUR (Lichtmast, Leuchte, Fundament, Einsatz des Bauhofs mit Fahrzeug {N("LDK-WZ 512")}). Der Haftpflichtversicherer des Zugfahrzeugs hat die Regulierung mit der Begründung abgelehnt, der Mast habe zu nah an der Fahrbahn gestanden. Das trifft nicht zu: Der Abstand entspricht den Richtlinien für passive Schutzeinrichtungen.

Zur Vermeidung weiterer Kosten schlagen wir vor, dass Ihr Mandant 5.500,00 EUR in zwei Raten zahlt. Andernfalls werden wir das Verfahren vor dem Sąd Rejonowy fortführen; den Kostenvorschuss haben wir bereits angewiesen.

Mit freundlichen Grüßen
Im Auftrag

{P(sb.name)}
Tel. {T(sb.tel)} · {E(sb.mail)}
"""


@doc("outlook", "abschleppkosten-nl")
def d14():
    h = person("nl", "m")
    fr = person("nl", "f")
    nl_addr = (f"{pick(['Prinsengracht', 'Vondelstraat', 'Oudegracht', 'Kerkstraat', 'Dorpsstraat'])} {num(2, 300)}",
               f"{num(1000, 9999)} {pick('ABCDEGHJKLMNPRSTVWXZ')}{pick('ABCDEGHJKLMNPRSTVWXZ')} {pick(['Amsterdam', 'Utrecht', 'Nijmegen', 'Arnhem'])}")
    cons = "BDFGHJKLNPRSTVXZ"
    pl = f"{pick(cons)}{pick(cons)}-{num(100, 999)}-{pick(cons)}"
    iban = iban_alnum("NL", pick(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + ids.digits(10))
    cc = ids.credit_card(pick(["51", "52", "53", "55"]), 16)
    kz = kassenzeichen()
    vw = f"{ids.digits(2)}.{ids.digits(6, True)}.{ids.digits(1)}"
    last_cap = h.last[0].upper() + h.last[1:]
    return f"""Betreff: Objection / Widerspruch – towing costs {M("KFZ", pl)} – Kassenzeichen {AZ(kz)}

Dear Sir or Madam, sehr geehrte Damen und Herren,

sorry that I write partly in English, my German is not good enough for legal matters.

On Saturday {day(2024, 12, 12)} our car ({M("KFZ", pl)}, Volkswagen Touran) was towed away from the Domplatz during the Christmas market. My wife {P(fr.name)} had parked it there at about 14:00. There was NO sign about a fire brigade access, only a small paper note on the lamppost which was hidden behind a market stand. We have photos.

We paid 389,50 EUR at the towing yard with my Mastercard {M("CC", group(cc, 4))} and later received an additional "Gebührenbescheid" of the Ordnungsamt for 98,00 EUR (Verwarnungsgeld-Nr. {AZ(vw)}). We think both are not fair, because the car did not block anything – the fire engine could pass easily.

Please refund the towing costs to our Dutch account {M("IBAN", iban)} (account holder {P(h.name)}), or if that is easier, back to the credit card.

Our address is {A(nl_addr[0])}, {A(nl_addr[1])}, Nederland. You can call me on {T(f"+31 6 {ids.digits(8, True)}")} or my wife on {T(f"+31 6-{ids.digits(8, True)}")}.

Met vriendelijke groet / mit freundlichen Grüßen
{P(h.name)}

-- 
Ing. {P(last_cap)}
{E(mailbox(h, pick(['ziggo.nl', 'kpnmail.nl', 'xs4all.nl']), 0))}
"""


def ocr(s, rate=0.05):
    """Plausible OCR confusions on plain text (never on the marks themselves)."""
    table = {"l": "1", "i": "í", "e": "c", "h": "b", "m": "rn", "o": "0", "ü": "ii", "n": "ri", ",": ".", "a": "á"}
    out = []
    for c in s:
        if c in table and rng.random() < rate:
            out.append(table[c])
        else:
            out.append(c)
    return "".join(out)


@doc("word", "scan-ocr-wiedereinsetzung", ["HEALTH"])
def d15():
    mu = person("de", "f")
    mu.first = pick(["Hannelore", "Gisela", "Erika", "Waltraud", "Irmgard"])
    so = person("de", "m", last=mu.last)
    ddob, _ = dob(1936, 1946, style=0)
    ddob = ddob.replace("1", "l", 1) if chance(0.5) else ddob
    h = addr(True)
    kz = kassenzeichen()
    kz_ocr = kz.replace("1", "l", 1) if "1" in kz else kz.replace("0", "O", 1)
    arzt = person("de", title_p=1.0)
    arzt.title = "Dr. med."
    tel = phone_land(("06441", 5))
    ra = pick(SBS)
    p1 = ocr("Hiermit lege ich Widerspruch ein gegen den Bescheid über Abfallgebühren vom 21.02.2025. "
             "Ich weiß, dass die Frist schon abgelaufen ist. Ich beantrage deshalb Wiedereinsetzung in den "
             "vorigen Stand.", 0.06)
    p2 = ocr("Ich bin am 26.02. in meiner Wohnung gestürzt und habe mir den Oberschenkelhals gebrochen. "
             "Vom 26.02. bis 24.03.2025 lag ich im Klinikum Wetzlar (Unfallchirurgie), danach war ich bis "
             "Mitte April in der Reha in Bad Nauheim. Wegen meiner Herzschwäche und dem Diabetes musste die "
             "Reha verlängert werden. In dieser Zeit hat niemand meine Post geöffnet.", 0.05)
    p3 = ocr("Der Bescheid ist auch falsch, weil die Tonne seit dem Tod meines Mannes nur noch halb so "
             "oft geleert wird. Ich wohne allein.", 0.05)
    return f"""[Scan · Posteingang Rechtsamt · automatisch erkannter Text · Seite 1 von 2]

EINGANG
{day(2025, 4, 5)}
Rechtsamt  Wetzlar
---------------------------------

{P(mu.name)}
{A(h[0])}
{A(h[1])}
Tel.  {T(tel)}

An die Stadt Wetz1ar
- Rechtsamt -

Kassenzeichen:  {AZ(kz_ocr)}

Betr.: Widersprucb  und  Antrag auf
Wiedereinsetzung

Sehr geehrte Damen und Herren,

{p1}

{p2}
Die Bescheinigung von {P(arzt.full)} lege ich bei. Meine Krankenkasse
(AOK, Vers.-Nr. {M("KV", ids.health_insurance())}) kann den Aufenthalt auch bestätigen.

{p3}

Mein Sohn {P(so.name)} hilft mir bei der Post und darf
für mich Auskunft bekommen.

Mit freundlichen Grüßen
{P(mu.name.replace("a", "á", 1) if chance(0.3) else mu.name)}
geb. {M("DOB", ddob)}

[Seite 2: Kopie Entlassungsbericht – nicht erkannt]

Handschriftlich: „z. d. A., WE-Antrag prüfen – {P(ra.initial)}“
"""


@doc("outlook", "unterkunft-gebuehr-sozialarbeit", ["ETHNICITY"])
def d16():
    sw = person(sex="f", title_p=0.0)
    va = person("ro", "m")
    va.last = pick(["Stoica", "Căldăraru", "Lăcătuș", "Rostaș"])
    USED.add((va.first, va.last))
    mo = person("ro", "f", last=va.last)
    kids = [person("ro", pick("mf"), last=va.last) for _ in range(3)]
    kdobs = [dob(2012, 2022, style=0)[0] for _ in kids]
    unter = street(True)
    kz = kassenzeichen()
    kz2 = kassenzeichen()
    tel = phone_office("06441", 5)
    caritas_mail = mailbox(sw, "bz-mittelhessen.de", 0)
    ro_tel = f"+40 7{ids.digits(2)} {ids.digits(3)} {ids.digits(3)}"
    az = az_w()
    return f"""Betreff: Widerspruch Familie {P(va.last)} – Nutzungsgebühren Notunterkunft – Ihr Az. {AZ(az)}

Sehr geehrte Damen und Herren,

ich berate die Familie {P(va.last)} im Rahmen der Migrationsberatung und lege in ihrem Auftrag (Vollmacht anbei) Widerspruch gegen die beiden Gebührenbescheide vom {day(2025, 3, 4)} ein (Kassenzeichen {AZ(kz)} und {AZ(kz2)}).

Die Familie – Herr {P(va.name)}, Frau {P(mo.name)} und die Kinder {P(kids[0].first)} ({M("DOB", kdobs[0])}), {P(kids[1].first)} ({M("DOB", kdobs[1])}) und {P(kids[2].first)} ({M("DOB", kdobs[2])}) – ist seit November in der städtischen Unterkunft {A(unter)} eingewiesen. Berechnet werden 28,40 EUR pro Person und Tag, also über 4.000 EUR im Monat für zwei Zimmer ohne eigene Küche. Herr {P(va.last)} arbeitet seit Januar als Helfer auf dem Bau; von seinem Lohn kann die Familie diese Gebühr unmöglich tragen, Bürgergeld wird aufstockend beantragt.

Ich möchte außerdem ansprechen, dass sich die Familie als Roma in der Unterkunft wiederholt benachteiligt fühlt: Sie wurde als einzige Familie ohne Anhörung in die Containeranlage verlegt, und ein Mitarbeiter des Sicherheitsdienstes hat gegenüber Frau {P(mo.last)} abfällige Bemerkungen über „Zigeuner“ gemacht. Ich bitte, dem nachzugehen.

Wir beantragen die Aussetzung der Vollziehung und Akteneinsicht. Herr {P(va.last)} hat sich bei der Einweisung mit seinem rumänischen Reisepass Nr. {M("PASS", "05" + ids.digits(7))} ausgewiesen; eine Meldebescheinigung wurde bis heute nicht ausgestellt. Die Familie ist über mich erreichbar; Herr {P(va.last)} hat zusätzlich eine rumänische Mobilnummer ({T(ro_tel)}), spricht aber kaum Deutsch.

Mit freundlichen Grüßen

{P(sw.name)}
Migrationsberatung für Erwachsene
Beratungszentrum Mittelhessen e. V.
Tel. {T(tel)}
{E(caritas_mail)}
"""


@doc("word", "niederschrift-anhoerungsausschuss")
def d17():
    wf = person(pick(["tr", "gr", "it", "yu"]), "m")
    wdob, _ = dob(1968, 1990, style=pick([0, 3]))
    pa = ids.id_card(check_digit=chance(0.5))
    ra = person("de", title_p=0.4)
    rah = addr(True)
    bei1, bei2 = person("de", "m"), person(sex="f")
    sf = staff("f", origin="de")
    beh = staff("m", origin="de")
    cafe = pick(["Café Merhaba", "Bistro Lahnblick", "Eiscafé Dolomiti", "Taverna Olympia"])
    cafe_addr = pick(["Kornmarkt", "Eisenmarkt", "Fischmarkt", "Schillerplatz"]) + f" {num(1, 20)}"
    az = az_w()
    kz = kassenzeichen()
    return f"""Niederschrift
über die mündliche Verhandlung des Anhörungsausschusses bei dem Magistrat der Stadt Wetzlar (§ 7 HessAGVwGO)

Sitzung vom {day(2025, 6, 6)}, Beginn 14:05 Uhr, Ende 14:50 Uhr, Sitzungsraum 2.14 im Neuen Rathaus

Widerspruchsverfahren: {P(wf.name)} ./. Stadt Wetzlar
Az.: {AZ(az)}
Gegenstand: Sondernutzungsgebühr Außengastronomie 2025, Bescheid vom {day(2025, 2, 3)}, Kassenzeichen {AZ(kz)}

Anwesend:
Vorsitzender: {P(AA_VORS.full)}
Beisitzer/in: {P(bei1.name)}, {P(bei2.name)}
Schriftführerin: {P(sf.name)}
Widerspruchsführer: {P(wf.name)}, geb. {M("DOB", wdob)}, persönlich, ausgewiesen durch Personalausweis Nr. {M("IDC", pa)}
Bevollmächtigte/r: {'Rechtsanwältin' if ra.sex == 'f' else 'Rechtsanwalt'} {P(ra.full)}, {A(rah[0])}, {A(rah[1])}
für die Behörde: {P(beh.name)}, Ordnungsamt – Sondernutzungen

Der Vorsitzende eröffnet die Sitzung und stellt die ordnungsgemäße Ladung fest. Er führt in den Sach- und Streitstand ein.

Herr {P(wf.last)} betreibt das {cafe}, {A(cafe_addr)}, {A("35578 Wetzlar")}. Festgesetzt wurde eine Gebühr für 28 m² Terrassenfläche (Zone I, 3,80 EUR/m² und Monat für 7 Monate = 744,80 EUR). Der Widerspruchsführer erklärt, tatsächlich würden nur 18 m² genutzt; die restliche Fläche sei wegen der Baustelle am Nachbarhaus seit April abgesperrt. Er legt Fotos vom 02.05. und 19.05.2025 vor.

Herr {P(beh.last)} erklärt, die Fläche sei bei der Kontrolle am 15.04.2025 vollständig bestuhlt gewesen. Die Sperrung sei dem Ordnungsamt nicht angezeigt worden.

{'Rechtsanwältin' if ra.sex == 'f' else 'Rechtsanwalt'} {P(ra.last)} verweist darauf, dass die Erlaubnis ohnehin nur für die tatsächlich zugelassene Fläche gelten könne, und bittet um eine vermittelnde Lösung.

Nach Beratung schlägt der Ausschuss vor: Die Gebühr wird für die Monate Mai bis Oktober auf 18 m² ermäßigt, für April bleibt es bei 28 m². Der Widerspruchsführer nimmt im Übrigen den Widerspruch zurück. Die Kosten werden gegeneinander aufgehoben.

Herr {P(wf.last)} und die Behördenvertretung erklären ihr Einverständnis. Vorgelesen und genehmigt.

gez. Dr. {P(AA_VORS.last)}                gez. {P(sf.initial)}
Vorsitzender                           Schriftführerin
"""


@doc("outlook", "vollstreckung-drittschuldner")
def d18():
    me = staff(origin=pick(["de", "ru", "it"]))
    to = SB4
    s = person(sex="m")
    sdob, _ = dob(1965, 1990, style=pick([0, 1, 2]))
    sh = addr(True)
    lg = person(sex="f")
    gv = person("de", "f")
    kz1, kz2 = kassenzeichen(), kassenzeichen()
    iban = iban_de()
    dr = f"DR II {num(100, 2400)}/24"
    m_az = f"{num(3, 9)} M {num(300, 2400)}/24"
    in_az = f"{num(3, 9)} IN {num(10, 240)}/25"
    tnr = tax_number_he()
    pa = ids.id_card(check_digit=True)
    tid = ids.tax_id()
    arb = person("de", "m")
    arb_h = addr(None)
    return f"""Betreff: Vollstreckung {P(s.last)} – Drittschuldner zahlt nicht / Kassenzeichen {AZ(kz1)}

Hallo Herr {P(to.last)},

ich bräuchte einmal Ihre Einschätzung, ob wir Drittschuldnerklage erheben sollen.

Schuldner: {P(s.name)}, geb. {M("DOB", sdob)}, {A(sh[0])}, {A(sh[1])}
Forderung: Gewerbesteuer 2022/2023 nebst Säumniszuschlägen, insgesamt 8.412,17 EUR (Kassenzeichen {AZ(kz1)} und {AZ(kz2)}), Steuernummer {M("TNR", tnr)}

Wir haben am {day(2025, 1, 2)} eine Pfändungs- und Einziehungsverfügung an die Volksbank Mittelhessen zugestellt (Konto {M("IBAN", iban)}). Die Bank hat die Drittschuldnererklärung abgegeben und ein Guthaben von 2.930 EUR bestätigt, aber bis heute nichts überwiesen – angeblich wegen eines P-Konto-Antrags, der nach unseren Unterlagen erst nach der Pfändung gestellt wurde.

Zusätzlich: Die Gerichtsvollzieherin {P(gv.name)} hat am {day(2025, 3, 3)} die Vermögensauskunft abgenommen ({AZ(dr)}). Danach ist er seit März bei der Firma {P(arb.last)} Dachtechnik angestellt (Inhaber {P(arb.name)}, {A(arb_h[0])} in {A(arb_h[1])}), nutzt einen Pkw {M("KFZ", plate("LDK"))}, der aber auf seine Lebensgefährtin {P(lg.name)} zugelassen ist, und gibt als Ausweis den Personalausweis {M("IDC", pa)} an. Die Steuer-ID laut Protokoll: {M("TID", tid)}.

Gegen die Kontopfändung hat er Erinnerung beim Amtsgericht Wetzlar eingelegt ({AZ(m_az)}); außerdem hat ein anderer Gläubiger Insolvenzantrag gestellt ({AZ(in_az)}), über den noch nicht entschieden ist. Macht eine Klage dann überhaupt Sinn, oder warten wir die Entscheidung des Insolvenzgerichts ab?

Die Akte liegt bei mir, ich kann sie gern rüberbringen.

Viele Grüße
{P(me.name)}
Stadtkasse – Vollstreckungsinnendienst
Tel. {T(me.tel)}
"""


@doc("word", "tabelle-kita-widersprueche")
def d19():
    rows = []
    for _ in range(8):
        fam_origin = pick(ORIGINS)
        par = person(fam_origin, title_p=0.05)
        kid = child(fam_origin, par.last)
        kdob, _ = dob(2019, 2024, style=pick([0, 0, 2]))
        knr = f"{pick(['KT', 'KiTa'])}-{ids.digits(6, True)}"
        second = person(fam_origin, sex="m" if par.sex == "f" else "f", last=par.last if chance(0.6) else None)
        parents = f"{P(par.name)}" + (f" / {P(second.name)}" if chance(0.5) else "")
        inc = pick(["< 30.000", "30.001–45.000", "45.001–60.000", "60.001–75.000", "> 75.000", "k. A."])
        grund = pick(["Einkommen zu hoch angesetzt", "Geschwisterermäßigung fehlt", "Betreuungszeit 9 h statt 7 h",
                      "Elterngeld nicht berücksichtigt", "Abmeldung zum 31.03. übersehen", "Härtefall"])
        st = pick(["offen", "abgeholfen", "AA", "teilw. abgeholfen"])
        h = addr(chance(0.85))
        rows.append((AZ(knr), P(kid.name), M("DOB", kdob), parents, f"{A(h[0])}, {A(h[1])}", inc, grund, st))
    out = ["Widersprüche Kita-Gebühren 2025 – Zwischenstand für die Dienstbesprechung Rechtsamt/Kinderbetreuung",
           f"erstellt von {P(SB2.name)}, {day(2025, 5, 6)}",
           "",
           "Kunden-Nr.\tKind\tgeb.\tSorgeberechtigte\tAnschrift\tEinkommensstufe (EUR)\tWiderspruchsgrund\tStand"]
    for r in rows:
        out.append("\t".join(r))
    out += ["",
            "Anmerkungen:",
            "– Bei „Elterngeld nicht berücksichtigt“ bleibt es bei der Satzung: Elterngeld oberhalb des Sockelbetrags zählt als Einkommen.",
            f"– Härtefälle bitte vor der Sitzung mit {P(LEITUNG.initial)} abstimmen.",
            ]
    return "\n".join(out) + "\n"


@doc("outlook", "kita-gebuehr-zwei-muetter", ["SEXUAL_ORIENTATION"])
def d20():
    a = person(sex="f")
    b = person("de", "f")
    kid = child("de", b.last)
    kdob, _ = dob(2021, 2023, style=pick([0, 3]))
    h = addr(True)
    knr = f"KT-{ids.digits(6, True)}"
    fam = f"{num(50, 54)} F {num(100, 600)}/24"
    return f"""Betreff: Widerspruch Kita-Gebührenbescheid – Kunden-Nr. {AZ(knr)}

Sehr geehrte Damen und Herren,

wir widersprechen dem Gebührenbescheid vom {day(2025, 3, 4)} für {'unseren Sohn' if kid.sex == 'm' else 'unsere Tochter'} {P(kid.name)} (geb. {M("DOB", kdob)}), {'der' if kid.sex == 'm' else 'die'} die Kita Hauser Gasse besucht.

Im Bescheid wird als „Elternteil 2“ nur {P(b.name)} geführt und ihr Einkommen allein zugrunde gelegt, während bei der Geschwisterermäßigung niemand berücksichtigt wird. Wir sind zwei Mütter und seit 2020 verheiratet; {P(kid.first)} wurde in unsere Ehe hineingeboren. Die Stiefkindadoption durch {P(a.first)} läuft noch beim Familiengericht Wetzlar ({AZ(fam)}). Bis dahin ist rechtlich nur {P(b.first)} Mutter – das ändert aber nichts daran, dass wir eine Familie mit einem gemeinsamen Haushaltseinkommen sind und {P(a.first)}s Sohn aus erster Ehe ebenfalls bei uns lebt.

Wir bitten darum, den Bescheid zu korrigieren und uns wie jede andere Familie mit zwei Kindern zu behandeln. Auf dem Antragsformular gibt es leider nur „Mutter“ und „Vater“ zum Ankreuzen; vielleicht lässt sich das bei der Gelegenheit ändern.

Viele Grüße
{P(a.name)} und {P(b.name)}
{A(h[0])}, {A(h[1])}
{T(phone_mobile())} ({P(a.first)}) · {T(phone_mobile())} ({P(b.first)})
{E(mailbox(a))}
"""


@doc("word", "widerspruchsbescheid-friedhof", ["RELIGION"])
def d21():
    sohn = person(pick(["tr", "ar", "yu"]), "m")
    vater = person(sex="m", last=sohn.last)
    vater.first = pick(["Hüseyin", "Mustafa", "Abdullah", "Ismail", "Ramadan", "Halil"])
    vdob, _ = dob(1938, 1955, style=pick([0, 3]))
    schw = person(sohn.origin, "f", last=sohn.last)
    schw_h = addr(False)
    h = addr(True)
    pas = ids.passport(check_digit=chance(0.5))
    kz = kassenzeichen()
    az = az_w()
    best = person(pick(["tr", "ar"]), "m")
    grab = f"Grabfeld M{num(1, 4)}, Reihe {num(1, 12)}, Nr. {num(1, 30)}"
    return f"""Magistrat der Stadt Wetzlar
Rechtsamt – Geschäftsstelle des Anhörungsausschusses

{RATHAUS[0]}, {RATHAUS[1]}

Gegen Postzustellungsurkunde
{sohn.anrede_dat}
{P(sohn.name)}
{A(h[0])}
{A(h[1])}

Az.: {AZ(az)}                                      Wetzlar, {day(2025, 5, 7)}

WIDERSPRUCHSBESCHEID

In dem Widerspruchsverfahren des Herrn {P(sohn.name)}, {A(h[0])}, {A(h[1])},
– Widerspruchsführer –
gegen den Bescheid der Friedhofsverwaltung vom {day(2025, 1, 2)} über Bestattungs- und Grabnutzungsgebühren (Kassenzeichen {AZ(kz)})

ergeht nach Anhörung durch den Anhörungsausschuss folgende Entscheidung:

1. Der Bescheid wird insoweit aufgehoben, als eine Gebühr für die Benutzung der Trauerhalle (320,00 EUR) festgesetzt wurde. Im Übrigen wird der Widerspruch zurückgewiesen.
2. Die Kosten des Verfahrens tragen der Widerspruchsführer zu 3/4 und die Stadt zu 1/4.

Gründe:

I.
Der Widerspruchsführer ist der älteste Sohn des am {day(2024, 10, 12)} verstorbenen Herrn {P(vater.name)}, geboren am {M("DOB", vdob)}. Auf Antrag des Widerspruchsführers, der sich bei der Friedhofsverwaltung mit seinem Reisepass Nr. {M("PASS", pas)} auswies, wurde der Verstorbene im muslimischen Grabfeld des Friedhofs Büblingshausen ({N(grab)}) nach islamischem Ritus im Leichentuch ohne Sarg bestattet. Die rituelle Waschung fand in den Räumen des Bestattungsunternehmens {P(best.last)} statt; die Trauerhalle wurde nicht genutzt, das Totengebet wurde am Grab gesprochen.

Der Widerspruchsführer wendet sich gegen die Höhe der Grabnutzungsgebühr für ein Erdreihengrab mit 30 Jahren Ruhezeit und trägt vor, die ewige Totenruhe sei für die Familie als gläubige Muslime unverzichtbar; eine spätere Neubelegung komme nicht in Betracht. Seine Schwester {P(schw.name)}, {A(schw_h[0])}, {A(schw_h[1])}, hat sich dem Widerspruch angeschlossen.

II.
Der Widerspruch ist zulässig, aber nur teilweise begründet. Die Gebühr für die Trauerhalle ist nach § 4 Abs. 2 der Friedhofsgebührensatzung nur bei tatsächlicher Inanspruchnahme zu erheben. Die Grabnutzungsgebühr entspricht dagegen der Satzung. Ein Anspruch auf unbefristetes Nutzungsrecht besteht nicht; die Satzung ermöglicht jedoch eine Verlängerung des Nutzungsrechts, die der Widerspruchsführer jederzeit beantragen kann. Religiöse Bestattungsvorschriften sind durch das muslimische Grabfeld und die Befreiung von der Sargpflicht (§ 18 Abs. 2 FBG Hessen) berücksichtigt.

Rechtsbehelfsbelehrung
Gegen den Bescheid kann innerhalb eines Monats nach Zustellung dieses Widerspruchsbescheids Klage beim Verwaltungsgericht Gießen, {VG_ADDR[0]}, {VG_ADDR[1]}, erhoben werden.

Im Auftrag
{P(AA_VORS.full)}
Vorsitzender des Anhörungsausschusses
"""


@doc("outlook", "sondernutzung-infostand", ["POLITICS"])
def d22():
    me = staff("f", origin=pick(["de", "it", "pl"]))
    to = SB1
    p = person(sex="m")
    kz = kassenzeichen()
    az = az_w()
    pl = plate("LDK")
    return f"""Betreff: kurze frage infostand / widerspruch {P(p.last)}

hi {P(to.first.lower())},

hast du kurz zeit für eine rechtliche einschätzung? herr {P(p.name)} hat widerspruch gegen unsere sondernutzungsgebühr für den infostand am 3. mai eingelegt (45 eur, kassenzeichen {AZ(kz)}, bei euch unter {AZ(az)} angelegt).

er ist vorsitzender des ortsverbands der freien wähler in niedergirmes und schreibt, als partei-gliederung sei er nach dem gleichbehandlungsgrundsatz gebührenfrei, weil andere parteien im wahlkampf auch nichts zahlen mussten. das stimmt so nicht, die befreiung gilt laut satzung nur in den 6 wochen vor wahlen. er beruft sich auf BVerwG 3 C 12.20 und meint, das sei "höchstrichterlich entschieden" – hab ich nicht gefunden, vielleicht meint er was anderes?

außerdem will er auf dem marktplatz mit seinem transporter {M("KFZ", pl)} als "infomobil" stehen, den hatte er nicht mit beantragt. hat er letztes mal auch schon gemacht.

er ist sehr hartnäckig, ruft hier fast täglich an ({T(phone_mobile())}) und schreibt an den OB in cc. mails kommen von {E(mailbox(p))}.

danke dir!!
{P(me.first)}

--
{P(me.name)}
Ordnungsamt · Sondernutzungen/Märkte
{T(me.tel)}
"""


@doc("word", "uvg-rueckgriff-abstammung", ["GENETIC"])
def d23():
    kv = person(sex="m")
    kdob, (y, m, d) = dob(1982, 1995, style=0)
    km = person(sex="f")
    kind = child(kv.origin, km.last)
    kmh = addr(True)
    kidob, _ = dob(2016, 2020, style=pick([0, 3]))
    kvh = addr(None)
    beist = staff("f", origin="de")
    fam_old = f"{num(50, 54)} F {num(100, 600)}/23"
    fam_new = f"{num(50, 54)} F {num(100, 600)}/25 UK"
    uv = f"51.2-UV-{ids.digits(5, True)}"
    rv = ids.social_security(f"{d:02d}{m:02d}{y % 100:02d}", ascii_name(kv.last)[0].upper())
    tid = ids.tax_id()
    gut = person("de", title_p=1.0)
    gut.title = pick(["Prof. Dr. med.", "Dr. rer. nat."])
    arb = pick(["Spedition Lahn-Logistik GmbH, Wetzlar", "Dill-Metallbau GmbH in Herborn", "einem Zeitarbeitsunternehmen in Gießen"])
    return f"""Stadt Wetzlar – Der Magistrat
Jugendamt · Unterhaltsvorschusskasse
in Zusammenarbeit mit dem Rechtsamt

An das
Amtsgericht Wetzlar
– Familiengericht –

Az.: {AZ(fam_new)}
Unser Az.: {AZ(uv)}

In der Familiensache

Stadt Wetzlar (Unterhaltsvorschusskasse), vertreten durch den Magistrat,
– Antragstellerin –

gegen

{P(kv.name)}, geb. {M("DOB", kdob)}, {A(kvh[0])}, {A(kvh[1])},
– Antragsgegner –

wegen übergegangener Unterhaltsansprüche (§ 7 UVG)

beantragen wir, den Antragsgegner zu verpflichten, an die Antragstellerin rückständigen Unterhalt für das Kind {P(kind.name)}, geb. {M("DOB", kidob)}, für die Zeit von März 2023 bis Mai 2025 in Höhe von 7.356,00 EUR sowie ab Juni 2025 laufend den Mindestunterhalt abzüglich des hälftigen Kindergelds zu zahlen.

Begründung:

1. Das Kind lebt bei seiner Mutter, Frau {P(km.name)}, {A(kmh[0])}, {A(kmh[1])}, und erhält seit März 2023 Leistungen nach dem UVG. Der Antragsgegner hatte die Vaterschaft zunächst bestritten. Im Abstammungsverfahren ({AZ(fam_old)}) hat das Familiengericht ein Gutachten des Instituts für Rechtsmedizin eingeholt. Nach dem Gutachten von {P(gut.full)} vom {day(2024, 6, 9)} wurden bei Mutter, Kind und Antragsgegner 25 autosomale STR-Systeme untersucht; der Antragsgegner ist in keinem System ausgeschlossen, die Vaterschaftswahrscheinlichkeit beträgt 99,9999 % („Vaterschaft praktisch erwiesen“). Die Vaterschaft ist seit {day(2024, 9, 12)} rechtskräftig festgestellt.

2. Der Antragsgegner ist leistungsfähig. Er ist nach Auskunft der Deutschen Rentenversicherung (Versicherungsnummer {M("SSN", rv)}) seit 2022 sozialversicherungspflichtig bei {arb} beschäftigt. Nach der Auskunft des Bundeszentralamts für Steuern zur Steuer-Identifikationsnummer {M("TID", tid)} liegt für 2024 eine Lohnsteuerbescheinigung mit einem Bruttojahresverdienst von rund 41.000 EUR vor. Auf die Aufforderung zur Auskunft nach § 1605 BGB hat er nicht reagiert.

3. Die Beiständin des Kindes, Frau {P(beist.name)} (Jugendamt), ist über das Verfahren informiert. Die Mutter hat ihre Ansprüche für die Zeit ab Juni 2025 nicht abgetreten; insoweit handelt die Antragstellerin nur für die übergegangenen Ansprüche.

Beglaubigte und einfache Abschrift anbei.

Im Auftrag
{P(SB3.name)}
"""


@doc("outlook", "gewerbesteuer-informell")
def d24():
    p = person(pick(["de", "yu", "pl", "it"]), "m")
    stb = person("de", "f")
    h = addr(True)
    tnr = tax_number_he()
    vat = ids.vat_id()
    trade = pick(["fliesen", "malerbetrieb", "trockenbau", "gartenbau"])
    return f"""Betreff: gewerbesteuer vorauszahlung 2025 ??

moin,

hab heute den bescheid bekommen vorauszahlung gewerbesteuer 2025, steuernr {M("TNR", tnr)}. das ist viel zu hoch!! 2024 ist mein größter kunde abgesprungen und der umsatz ist um fast die hälfte runter, das hab ich dem finanzamt auch schon geschrieben

meine steuerberaterin frau {P(stb.last)} schickt ihnen die bwa, ihre mail ist {E(mailbox(stb, 'stb-' + ascii_name(stb.last).lower().replace(' ', '') + '.de', 1))}
falls sie die brauchen meine ust-id ist {M("VAT", vat[:2] + ' ' + vat[2:] if chance(0.5) else vat)}

betrieb: {P(p.first.lower() + ' ' + p.last.lower())} {trade}, {A(h[0].lower())} in {A(h[1])}
handy {T(phone_mobile())}

bitte erst mal aussetzen bis das geklärt ist, ich kann im moment keine 3.800 euro auf einmal zahlen

gruß {P(p.first)}

ps: mein transporter {M("KFZ", plate())} hat letzte woche vor der eigenen baustelle nen strafzettel bekommen, kann man da auch was machen??
"""


@doc("word", "formular-aussetzung-vollziehung")
def d25():
    p = person(sex="f", title_p=0.1)
    geb = person(pick(ORIGINS), "f")
    pdob, _ = dob(1950, 1995, style=0)
    h = addr(True)
    kz = kassenzeichen()
    az = az_w()
    ra_box = chance(0.5)
    ra = person("de", title_p=0.3)
    rah = addr(False)
    x = "x"
    vert = (f"Name/Kanzlei: {P(ra.full)}, Rechtsanwalt/Rechtsanwältin\nAnschrift: {A(rah[0])}, {A(rah[1])}\n"
            f"Telefon: {T(phone_land())}") if ra_box else "Name/Kanzlei: ______________________\nAnschrift: ______________________"
    first_names = p.first + (" " + pick(["Maria", "Luise", "Sophie", "Elisabeth"]) if chance(0.5) else "")
    return f"""ANTRAG AUF AUSSETZUNG DER VOLLZIEHUNG
(§ 80 Abs. 4 VwGO)

An den Magistrat der Stadt Wetzlar – Rechtsamt –, {RATHAUS[0]}, {RATHAUS[1]}

[{x}] Gegen den Bescheid habe ich Widerspruch eingelegt am: {day(2025, 4, 5)}
Bescheid vom: {day(2025, 3, 4)}     Kassenzeichen: {AZ(kz)}
Art der Abgabe:  [ ] Grundsteuer  [{x}] Abfallgebühren  [ ] Abwassergebühren  [ ] Sonstige: ________

1. ANTRAGSTELLER/IN
Name: {P(p.last)}                      Vorname(n): {P(first_names)}
Geburtsname: {P(geb.last)}               Geburtsdatum: {M("DOB", pdob)}
Straße, Hausnummer: {A(h[0])}
PLZ, Ort: {A(h[1])}
Telefon (freiwillig): {T(phone())}       E-Mail (freiwillig): {E(mailbox(p))}

2. VERTRETEN DURCH (falls zutreffend)   [{x if ra_box else ' '}]
{vert}

3. BANKVERBINDUNG FÜR ERSTATTUNGEN
Kontoinhaber/in: {P(p.name)}
IBAN: {M("IBAN", iban_de(True))}          BIC: {N("HELADEF1WET")}

4. BEGRÜNDUNG (ggf. Beiblatt)
Die Müllgefäße werden seit dem Auszug meiner Mutter Ende 2024 nicht mehr genutzt. Die Abmeldung habe ich am 03.01.2025 persönlich im Bürgerbüro abgegeben.

5. SICHERHEITSLEISTUNG
[ ] wird angeboten   [{x}] wird nicht angeboten

Ort, Datum: Wetzlar, {day(2025, 4, 5)}        Unterschrift: {P(p.name if chance(0.5) else p.initial)}

– Nur von der Behörde auszufüllen –
Eingang: {day(2025, 4, 5)}   Az.: {AZ(az)}   Bearbeiter/in: {P(SB2.last)}   [ ] stattgegeben  [ ] abgelehnt
"""


@doc("outlook", "owi-anwalt-parken")
def d26():
    ra = person(sex="m", title_p=0.3)
    va = person("de", "m")
    so = person("de", "m", last=va.last)
    sdob, _ = dob(1999, 2005, style=pick([0, 1]))
    h = addr(True)
    pl = plate("LDK")
    pl2 = plate()
    bg = f"{ids.digits(3)}.{ids.digits(6, True)}.{ids.digits(1)}"
    owi = f"{num(40, 47)} OWi {num(100, 900)}/25"
    js = f"{num(1, 9)} Js {ids.digits(5, True)}/25"
    z = f"{num(100, 999)}/25"
    rah = addr(True)
    return f"""Betreff: Bußgeldverfahren {AZ(bg)} – Halter {P(va.name)} / Fahrzeug {M("KFZ", pl)}

Sehr geehrte Damen und Herren,

in der Bußgeldsache gegen meinen Mandanten {P(so.name)}, geb. {M("DOB", sdob)}, wohnhaft bei seinen Eltern {A(h[0])}, {A(h[1])}, hatte ich mit Schriftsatz vom {day(2025, 3, 3)} Einspruch eingelegt. Das Verfahren ist inzwischen an das Amtsgericht Wetzlar abgegeben ({AZ(owi)}, StA Limburg {AZ(js)}).

Mir ist aufgefallen, dass die Verwaltungsbehörde parallel gegen den Halter, Herrn {P(va.name)}, einen Kostenbescheid nach § 25a StVG erlassen hat. Das ist unzulässig, solange der Fahrer ermittelt ist – mein Mandant hat die Fahrereigenschaft ausdrücklich eingeräumt. Ich bitte daher, den Kostenbescheid gegen den Vater aufzuheben. Ein förmlicher Widerspruch ist beigefügt.

Zur Sache: Auf dem Messfoto ist hinter dem Fahrzeug {M("KFZ", pl)} ein zweites Fahrzeug ({M("KFZ", pl2)}) zu sehen, das nach unserer Auffassung die Sicht auf das Zusatzzeichen verdeckte. Halter ist ein Nachbar, Herr {P(person('de', 'm').name)} ({A(h[0].rsplit(' ', 1)[0] + ' ' + str(num(1, 60)))}), der dies als Zeuge bestätigen wird.

Akteneinsicht hatte ich über das Gericht; eine Kopie der Lichtbilder in besserer Auflösung wäre hilfreich.

Mit freundlichen Grüßen

{P(ra.full)}
Rechtsanwalt · Fachanwalt für Verkehrsrecht
{A(rah[0])}, {A(rah[1])}
Tel. {T(phone_office('06441', 5))} · mobil {T(phone_mobile())}
{E(mailbox(ra, 'verkehrsrecht-' + ascii_name(ra.last).lower().replace(' ', '').replace('-', '') + '.de', 0))}
Unser Zeichen: {AZ(z)}
"""


@doc("word", "vermerk-telefonat-vg")
def d27():
    ri = person("de", "f", title_p=0.0)
    ri.title = "Dr." if chance(0.3) else ""
    parties = [person(pick(["de", "de", "tr", "cn", "er", "vn", "pt", "fa"])) for _ in range(4)]
    kam = num(1, 9)
    cases = [f"{kam} K {num(300, 1900)}/24.GI" for _ in parties]
    intern = [az_k(24) for _ in parties]
    ra = person("de", "m")
    return f"""Aktenvermerk (Telefonat)

Datum: {day(2025, 6, 6)}, 11:20 Uhr
Gesprächspartnerin: Richterin am VG {P(ri.full)}, Berichterstatterin der {kam}. Kammer, VG Gießen (über Geschäftsstelle {N(f"0641 934-{num(2100, 2399)}")})
Vermerk: {P(SB1.name)}

Betr.: Zweitwohnungsteuer Studierende – Klageverfahren
  {AZ(cases[0])} {P(parties[0].name)}          (bei uns {AZ(intern[0])})
  {AZ(cases[1])} {P(parties[1].name)}          (bei uns {AZ(intern[1])})
  {AZ(cases[2])} {P(parties[2].name)}          (bei uns {AZ(intern[2])})
  {AZ(cases[3])} {P(parties[3].name)}          (bei uns {AZ(intern[3])})

1. Frau {P(ri.last)} rief an und teilte mit, die Kammer halte die Satzungsregelung zur Befreiung von Kinderzimmern bei den Eltern für rechtmäßig (vgl. BVerfG, Beschluss vom 17.02.2010 – 1 BvR 529/09; BVerwG, Urteil vom 19.11.2019 – 9 C 2.19). Bei den Klägern zu 2 und 4 spreche aber viel dafür, dass sie ihren Lebensmittelpunkt inzwischen in Wetzlar hätten; dann liege keine Zweitwohnung, sondern eine Hauptwohnung vor, die nur falsch gemeldet sei.

2. Sie regt an, die Verfahren 2 und 4 durch Aufhebung der Bescheide für die Zeit ab Ummeldung zu erledigen; in den Verfahren 1 und 3 würde die Kammer ohne mündliche Verhandlung entscheiden, wenn alle zustimmen. Herr {P(parties[2].last)} ist anwaltlich vertreten (RA {P(ra.last)}); die übrigen Kläger haben keinen Bevollmächtigten.

3. Ich habe zugesagt, bis {day(2025, 7, 7)} mitzuteilen, ob wir dem folgen. Rücksprache mit Dr. {P(LEITUNG.last)} und der Steuerabteilung erforderlich.

Wv.: {day(2025, 7, 7)}
{P(SB1.initial)}
"""


@doc("outlook", "english-second-home-refund")
def d28():
    p = person(pick(["it", "de", "gr"]), "m")
    uk = (f"{num(2, 180)} {pick(['Elm Grove', 'Victoria Road', 'Cotham Hill', 'St Andrews Road'])}",
          f"{pick(['Bristol BS6 7TW', 'Bristol BS8 1QT', 'Oxford OX4 1RE', 'Leeds LS6 2AB'])}")
    wz = addr(True)
    cc = ids.credit_card("4", 16)
    kz = kassenzeichen()
    iban = iban_alnum("GB", pick(["NWBK", "BARC", "LOYD", "MIDL"]) + ids.digits(6) + ids.digits(8))
    dstr, _ = dob(1975, 1990, style=3)
    uk_tel = f"+44 7700 900{ids.digits(3)}"
    partner = person("de", "f")
    return f"""Subject: Second home tax (Zweitwohnungsteuer) – double payment – Kassenzeichen {AZ(kz)}

Dear Sir or Madam,

I am writing regarding the second home tax for my flat at {A(wz[0])}, {A(wz[1])}, which I keep for my work visits to Wetzlar (I am a consultant for an optics company and spend about 60 days a year there).

I do not object to the tax as such. However, I paid the full amount for 2025 (552.00 EUR) on 12 February through your online payment portal with my Visa card {M("CC", cc)}, and the same amount was charged again on 14 February. The portal shows only one payment. Please refund the second payment, either to the card or to my UK account {M("IBAN", group(iban, 4))}.

For identification: my date of birth is {M("DOB", dstr)}. My partner, {P(partner.name)}, is registered at the flat as well but as her main residence, so I assume she should not be charged anything – she received a separate letter, which we found confusing.

My UK address is {A(uk[0])}, {A(uk[1])}, United Kingdom. The quickest way to reach me is by e-mail or on {T(uk_tel)}.

Kind regards,
{P(p.name)}
{E(mailbox(p, pick(['btinternet.com', 'gmail.com', 'outlook.com'])))}
"""


@doc("word", "eingangsverfuegung-vg-rubrum")
def d29():
    k1 = person(sex="m", title_p=0.2)
    k2 = person(sex="f", last=k1.last if chance(0.5) else None)
    h = addr(True)
    ra1, ra2 = person("de", title_p=0.5), person()
    rah = addr(False)
    kam = num(1, 9)
    caz = f"{kam} K {num(1000, 2400)}/25.GI"
    laz = f"{kam} L {num(1000, 2400)}/25.GI"
    ri = person(sex="f", title_p=0.0)
    ri.title = "Dr." if chance(0.3) else ""
    ub = person("de", "f")
    az = az_k(25)
    kz = kassenzeichen()
    return f"""Verwaltungsgericht Gießen
{kam}. Kammer
{VG_ADDR[0]} · {VG_ADDR[1]} · Telefon {VG_TEL} · {N("poststelle@vg-giessen.justiz.hessen.de")}

Aktenzeichen: {AZ(caz)}
(bitte bei allen Schreiben angeben)

Gießen, {day(2025, 5, 6)}

Stadt Wetzlar
– Der Magistrat – Rechtsamt
{RATHAUS[0]}
{RATHAUS[1]}

Verwaltungsstreitsache

1. {P(k1.full)},
2. {P(k2.name)},
beide wohnhaft {A(h[0])}, {A(h[1])},
– Kläger –

Prozessbevollmächtigte: Rechtsanwälte {P(ra1.full)} und {P(ra2.name)}, {A(rah[0])}, {A(rah[1])}

gegen

Stadt Wetzlar, vertreten durch den Magistrat,
– Beklagte –

wegen Erschließungsbeitrags (Kassenzeichen {AZ(kz)})

Sehr geehrte Damen und Herren,

anliegend wird die Klageschrift vom {day(2025, 5, 5)} nebst Anlagen übersandt mit der Gelegenheit zur Stellungnahme binnen sechs Wochen. Die Beklagte wird gebeten, die vollständigen Verwaltungsvorgänge – möglichst elektronisch – vorzulegen (§ 99 Abs. 1 VwGO).

Auf das zugleich anhängige Eilverfahren der Kläger ({AZ(laz)}) wird hingewiesen; dort wird um Stellungnahme binnen zwei Wochen und um Mitteilung gebeten, ob bis zur Entscheidung von Vollstreckungsmaßnahmen abgesehen wird.

Die Kammer beabsichtigt, den Rechtsstreit der Berichterstatterin, Richterin {P(ri.full)}, als Einzelrichterin zu übertragen (§ 6 VwGO). Es wird Gelegenheit gegeben, hierzu Stellung zu nehmen.

Auf Anordnung
{P(ub.name)}
Justizbeschäftigte als Urkundsbeamtin der Geschäftsstelle

Dieses Schreiben wurde elektronisch erstellt und ist ohne Unterschrift gültig.

---------------------------------------------------------------
Eingangsvermerk Rechtsamt: eingegangen {day(2025, 5, 6)} · Az. RA {AZ(az)}
Frist Klageerwiderung: {day(2025, 6, 7)} · Frist Eilverfahren: {day(2025, 5, 6)} · Kasse informiert (Vollstreckung ruht)
Bearbeitung: {P(SB3.name)} · z. K. Dr. {P(LEITUNG.last)}
"""


@doc("outlook", "ruecklaeufer-liste")
def d30():
    me = staff("m", origin=pick(["de", "tr"]))
    lines = []
    reasons = ["Empfänger unbekannt verzogen", "Annahme verweigert", "Empfänger nicht zu ermitteln",
               "Briefkasten ohne Namen", "verstorben lt. Nachbar", "Anschrift unzureichend"]
    for i in range(9):
        p = person(title_p=0.12)
        who = P(f"{p.title} {p.inv}".strip() if p.title.startswith("Dr") else p.inv)
        old = addr(True)
        r = reasons[0] if i in (1, 4, 6) else pick(reasons)
        line = f"{AZ(az_w())};{who};{A(old[0])}, {A(old[1])};{r}"
        if r.startswith("Empfänger unbekannt"):
            new = addr(False)
            line += f";neu lt. EMA: {A(new[0])}, {A(new[1])}"
        lines.append(line)
    body = "\n".join(lines)
    return f"""Betreff: Rückläufer Widerspruchsbescheide KW 22

Hallo zusammen,

anbei wie besprochen die Rückläufer aus dem Versand der Widerspruchsbescheide der KW 22 (Spalten wie immer: Az;Empfänger;Anschrift lt. Bescheid;Vermerk Post;ggf. neue Anschrift). Wo möglich habe ich die neue Anschrift aus dem Einwohnermelderegister ergänzt. Bitte neu zustellen bzw. öffentliche Zustellung prüfen.

{body}

Die Originalumschläge liegen im Fach Rechtsamt in der Poststelle.

Viele Grüße
{P(me.name)}
Zentrale Poststelle
Tel. {T(me.tel)}
"""


# ---------------------------------------------------------------- main
def main():
    assert len(DOCS) == 30, len(DOCS)
    lines = []
    for i, (channel, template, flags, fn) in enumerate(DOCS, 1):
        marked = fn()
        obj = build(f"F130-{i:03d}", channel, template, marked, flags)
        lines.append(json.dumps(obj, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
