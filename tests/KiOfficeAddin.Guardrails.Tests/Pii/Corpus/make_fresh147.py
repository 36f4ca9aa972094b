"""Blind test batch 147: a Rhineland-Palatinate city's cemetery office, funeral grants and social burials
(Sozialbestattung). Invented documents with inline marks; run twice, the output is byte-identical."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from identifiers import Identifiers, group, icao_check, luhn_check, mod11_10_check  # noqa: E402,F401
from marks import build  # noqa: E402

ids = Identifiers(14747)
rng = ids.rng
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh147.jsonl")


# ---------------------------------------------------------------- marks
def P(s): return f"[[P|{s}]]"
def A(s): return f"[[A|{s}]]"
def E(s): return f"[[E|{s}]]"
def T(s): return f"[[T|{s}]]"
def IB(s): return f"[[IBAN|{s}]]"
def TID(s): return f"[[TID|{s}]]"
def TNR(s): return f"[[TNR|{s}]]"
def VAT(s): return f"[[VAT|{s}]]"
def IDC(s): return f"[[IDC|{s}]]"
def PASS(s): return f"[[PASS|{s}]]"
def SSN(s): return f"[[SSN|{s}]]"
def KV(s): return f"[[KV|{s}]]"
def DOB(s): return f"[[DOB|{s}]]"
def KFZ(s): return f"[[KFZ|{s}]]"
def AZ(s): return f"[[AZ|{s}]]"
def CC(s): return f"[[CC|{s}]]"
def N(s): return f"[[N|{s}]]"


def ch(seq):
    return rng.choice(seq)


def chance(p):
    return rng.random() < p


# ---------------------------------------------------------------- names
FIRST = {
    "de": ([
        "Klaus", "Günter", "Horst", "Dieter", "Manfred", "Werner", "Jürgen", "Rüdiger", "Uwe", "Bernd", "Stefan",
        "Thorsten", "Matthias", "Jochen", "Lukas", "Felix", "Wolfgang", "Helmut", "Reinhold", "Egon", "Karl-Heinz",
        "Hans-Jürgen", "Erwin", "Armin", "Volker", "Marcel", "Dennis", "Björn"],
        ["Ursula", "Brigitte", "Hannelore", "Gisela", "Renate", "Sabine", "Claudia", "Anja", "Kerstin", "Heike",
         "Jutta", "Ingrid", "Marlene", "Annika", "Johanna", "Friederike", "Elke", "Waltraud", "Roswitha",
         "Anne-Kathrin", "Marie-Luise", "Doris", "Silke", "Nadine", "Tanja", "Carina", "Edeltraud"]),
    "pl": (["Krzysztof", "Tomasz", "Grzegorz", "Zbigniew", "Wojciech", "Piotr", "Marek", "Jerzy", "Paweł", "Łukasz",
            "Stanisław", "Tadeusz", "Mirosław"],
           ["Agnieszka", "Małgorzata", "Katarzyna", "Dorota", "Bożena", "Ewa", "Joanna", "Halina", "Jadwiga",
            "Grażyna", "Beata", "Urszula"]),
    "it": (["Salvatore", "Giuseppe", "Vincenzo", "Calogero", "Rocco", "Antonio", "Gaetano", "Domenico", "Carmelo",
            "Pasquale", "Nicola"],
           ["Giuseppina", "Rosaria", "Carmela", "Francesca", "Antonella", "Concetta", "Lucia", "Maria Grazia",
            "Immacolata", "Teresa"]),
    "tr": (["Mehmet", "Hüseyin", "Mustafa", "İbrahim", "Osman", "Yusuf", "Kemal", "Cem", "Erdal", "Ramazan",
            "Serkan", "Murat"],
           ["Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Songül", "Gülay", "Sevgi", "Nurcan", "Derya"]),
    "sy": (["Mohammed", "Ahmad", "Khaled", "Omar", "Bashar", "Hassan", "Mahmoud", "Abdulrahman", "Yaman", "Fadi"],
           ["Rasha", "Hiba", "Nour", "Lama", "Amal", "Fatima", "Rania", "Ghada", "Ruba", "Aya"]),
    "ru": (["Wladimir", "Sergej", "Alexander", "Viktor", "Juri", "Nikolai", "Dmitrij", "Andrej", "Oleg", "Pawel",
            "Jewgenij"],
           ["Tatjana", "Swetlana", "Irina", "Olga", "Ljudmila", "Natalja", "Jelena", "Walentina", "Galina",
            "Raissa", "Oksana"]),
}
LAST = {
    "de": ["Schäfer", "Hoffmann", "Weber", "Becker", "Kessler", "Gaßner", "Ruppert", "Hartmann", "Diehl", "Bohn",
           "Seibert", "Kiefer", "Metzger", "Dörr", "Brunner", "Keller", "Kron", "Ehrhardt", "Hahn", "Gebhardt",
           "Wendel", "Frey", "Jung", "Stumpf", "Lauer", "Schmitt", "Zöller", "Hillesheim", "Gutjahr", "Ohlig",
           "Dexheimer", "Westenberger", "Rauschkolb", "Hammel", "Kling", "Oberle", "Spieß", "Bickel", "Fleischhauer",
           "Grünewald", "Heß", "Jakoby", "Kissel", "Lahr", "Mohr", "Neeb", "Pfeiffer", "Reinhard", "Sauerwein",
           "Thomae", "Ullrich", "Vogt", "Wilhelmi", "Bärenz", "Christmann", "Eckert", "Faust", "Gölz", "Hanewald",
           "Istel", "Knierim", "Marx", "Nies", "Schreiber", "Treber", "Zimmermann-Roth"],
    "pl": [("Nowak", "Nowak"), ("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"), ("Kowalczyk", "Kowalczyk"),
           ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"),
           ("Dąbrowski", "Dąbrowska"), ("Kaczmarek", "Kaczmarek"), ("Mazur", "Mazur"), ("Krawczyk", "Krawczyk"),
           ("Grabowski", "Grabowska"), ("Pawłowski", "Pawłowska"), ("Jabłoński", "Jabłońska"), ("Michalak", "Michalak")],
    "it": ["Russo", "Esposito", "Lo Bianco", "Di Stefano", "La Rosa", "D'Amico", "Caruso", "Greco", "De Luca",
           "Lo Presti", "Ferraro", "Santoro", "Messina", "Amato", "Vitale"],
    "tr": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan", "Doğan", "Kılıç", "Koç",
           "Kurt", "Özdemir", "Güneş", "Erdoğdu", "Karataş"],
    "sy": ["Al-Hassan", "Alkhatib", "Haddad", "Al-Masri", "Darwish", "Hamdan", "Al Shami", "Kanaan", "Sabbagh",
           "Abdullah", "Alnajjar", "Al-Zoubi"],
    "ru": [("Iwanow", "Iwanowa"), ("Petrow", "Petrowa"), ("Smirnow", "Smirnowa"), ("Kusnezow", "Kusnezowa"),
           ("Popow", "Popowa"), ("Sokolow", "Sokolowa"), ("Lebedew", "Lebedewa"), ("Morosow", "Morosowa"),
           ("Reimer", "Reimer"), ("Friesen", "Friesen"), ("Penner", "Penner"), ("Klassen", "Klassen"),
           ("Neufeld", "Neufeld")],
}
YOUNG = (["Finn", "Luca", "Jonas", "Noah", "Ben", "Paul", "Elias", "Leon", "Maximilian"],
         ["Lena", "Mia", "Emilia", "Hannah", "Leonie", "Lina", "Sophie", "Marie", "Clara"])
USED = set()


def family(origin):
    """A surname as (male form, female form), not yet used in this batch if possible."""
    for _ in range(40):
        s = ch(LAST[origin])
        key = s if isinstance(s, str) else s[0]
        if key not in USED:
            break
    USED.add(key)
    return (s, s) if isinstance(s, str) else s


class Pers:
    def __init__(self, origin, female, fam=None, first=None):
        self.origin, self.female = origin, female
        self.fam = fam or family(origin)
        self.first = first or ch(FIRST[origin][1 if female else 0])
        self.last = self.fam[1] if female else self.fam[0]

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def rev(self):
        return f"{self.last}, {self.first}"

    @property
    def anrede(self):
        return "Frau" if self.female else "Herr"

    @property
    def herrn(self):
        return "Frau" if self.female else "Herrn"

    @property
    def geehrt(self):
        return "Sehr geehrte Frau" if self.female else "Sehr geehrter Herr"


def pers(origin, female=None, fam=None):
    if female is None:
        female = chance(0.5)
    return Pers(origin, female, fam)


ASCII = str.maketrans("ŁŚŻŹĆŃÓĄĘÖÜÄŞÇİĞ", "LSZZCNOAEOUASCIG")


def initial(surname):
    return surname.replace("D'", "D")[0].upper().translate(ASCII)


def mailpart(s):
    t = s.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("ł", "l"), ("ś", "s"), ("ż", "z"), ("ź", "z"),
                 ("ć", "c"), ("ń", "n"), ("ó", "o"), ("ą", "a"), ("ę", "e"), ("ş", "s"), ("ç", "c"), ("ı", "i"),
                 ("i̇", "i"), ("ğ", "g"), ("'", ""), (" ", ""), ("-", "")):
        t = t.replace(a, b)
    return t


def email(p, domains):
    f, l = mailpart(p.first.split()[0]), mailpart(p.last)
    shape = ch(["{f}.{l}", "{f0}.{l}", "{l}.{f}", "{f}{l}{n}", "{f}_{l}", "{l}{n}"])
    local = shape.format(f=f, l=l, f0=f[0], n=rng.randint(2, 89))
    return f"{local}@{ch(domains)}"


DE_MAIL = ["web.de", "gmx.de", "t-online.de", "gmail.com", "freenet.de", "outlook.de", "posteo.de", "gmx.net"]

# ---------------------------------------------------------------- dates
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def ymd(y1, y2):
    return rng.randint(y1, y2), rng.randint(1, 12), rng.randint(1, 28)


def fdate(d, style=None):
    y, m, dd = d
    style = style if style is not None else ch(["dot", "dot", "dot2", "long", "short"])
    if style == "dot":
        return f"{dd:02d}.{m:02d}.{y}"
    if style == "dot2":
        return f"{dd:02d}.{m:02d}.{y % 100:02d}"
    if style == "long":
        return f"{dd}. {MONTHS[m - 1]} {y}"
    if style == "short":
        return f"{dd}.{m}.{y}"
    if style == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    raise ValueError(style)


def ddmmyy(d):
    y, m, dd = d
    return f"{dd:02d}{m:02d}{y % 100:02d}"


def day25(m1, m2):
    return (2025, rng.randint(m1, m2), rng.randint(1, 28))


# ---------------------------------------------------------------- places
WORMS_STREETS = ["Alzeyer Straße", "Mainzer Straße", "Speyerer Straße", "Kyffhäuserstraße", "Gaustraße",
                 "Von-Steuben-Straße", "Liebenauer Straße", "Am Schlangengraben", "Hochheimer Straße", "Bebelstraße",
                 "Klosterstraße", "Eckenbertstraße", "Im Kleinen Ried", "Pfortengasse", "Remeyerhofstraße",
                 "Wormser Landstraße", "Am Hochgericht", "Zum Rheinblick", "Im Wingert", "Rheinhessenstraße",
                 "Berliner Ring", "Valckenbergstraße", "Hafergasse", "Bauhofgasse", "Kirschgartenweg",
                 "Im Bruchgewann", "Herrnsheimer Hauptstraße", "Prinz-Carl-Anlage", "Nibelungenring", "Siegfriedstraße"]
WORMS_PLZ = ["67547", "67549", "67550", "67551"]
OTHER = [
    ("55116", "Mainz", ["Rheinstraße", "Leibnizstraße", "Kaiser-Wilhelm-Ring", "Am Rosengarten"]),
    ("55122", "Mainz", ["Saarstraße", "Am Fort Gonsenheim", "Drususstraße"]),
    ("67059", "Ludwigshafen am Rhein", ["Bismarckstraße", "Ludwigstraße", "Hemshofstraße"]),
    ("67063", "Ludwigshafen", ["Sternstraße", "Friesenheimer Straße"]),
    ("68199", "Mannheim", ["Neckarauer Straße", "Rheingoldstraße", "Casterfeldstraße"]),
    ("68159", "Mannheim", ["Q 5", "H 7", "T 4"]),
    ("67227", "Frankenthal", ["Mörscher Straße", "Wormser Straße", "Am Kanal"]),
    ("55232", "Alzey", ["Schloßgasse", "Antoniterstraße", "Dautenheimer Landstraße"]),
    ("67574", "Osthofen", ["Friedrich-Ebert-Straße", "Ludwig-Schwamb-Straße", "Rheinstraße"]),
    ("64625", "Bensheim", ["Darmstädter Straße", "Hauptstraße", "Rodensteinstraße"]),
    ("68623", "Lampertheim", ["Kaiserstraße", "Wilhelmstraße", "Neuschloßstraße"]),
    ("67655", "Kaiserslautern", ["Pariser Straße", "Fackelstraße"]),
    ("60316", "Frankfurt am Main", ["Berger Straße", "Rhönstraße"]),
    ("67575", "Eich", ["Hauptstraße", "Gimbsheimer Straße"]),
]


def hn():
    r = rng.random()
    n = rng.randint(1, 168)
    if r < 0.15:
        return f"{n}{ch('abc')}"
    if r < 0.22:
        return f"{n}-{n + 2}"
    return str(n)


def worms_addr():
    return f"{ch(WORMS_STREETS)} {hn()}", f"{ch(WORMS_PLZ)} Worms"


def other_addr():
    plz, city, streets = ch(OTHER)
    st = ch(streets)
    if st[0] in "QHT" and " " in st and len(st) <= 3:
        return f"{st}, {rng.randint(1, 24)}", f"{plz} {city}"
    return f"{st} {hn()}", f"{plz} {city}"


def addr(p_worms=0.6):
    return worms_addr() if chance(p_worms) else other_addr()


# ---------------------------------------------------------------- phones
def sub(n):
    return ch("23456789") + ids.digits(n - 1)


def tel_worms():
    s = sub(ch([5, 6]))
    return ch([f"06241 {s}", f"(06241) {s}", f"06241/{s}", f"+49 6241 {s}", f"06241-{s[:2]} {s[2:]}"])


def tel_fix(area):
    s = sub(ch([6, 7]) if len(area) <= 4 else ch([5, 6]))
    return ch([f"{area} {s}", f"{area}/{s}", f"({area}) {s}", f"+49 {area[1:]} {s}"])


def mobile():
    pre = ch(["0151", "0152", "0157", "0160", "0170", "0171", "0176", "0179", "0162"])
    n = 8 if pre in ("0151", "0152", "0157", "0176", "0179") else 7
    s = sub(n)
    return ch([f"{pre} {s}", f"{pre}-{s}", f"{pre}/{s}", f"+49 {pre[1:]} {s}", f"{pre} {s[:3]} {s[3:]}",
               f"+49{pre[1:]}{s}"])


def tel_pl():
    pre = ch(["501", "512", "530", "577", "601", "602", "660", "691", "721", "730", "781", "790", "880"])
    s = ids.digits(6)
    return ch([f"+48 {pre} {s[:3]} {s[3:]}", f"+48{pre}{s}", f"0048 {pre}-{s[:3]}-{s[3:]}"])


def tel_it():
    pre = ch(["320", "328", "329", "333", "338", "339", "347", "348", "349", "380", "389", "393"])
    s = ids.digits(7)
    return ch([f"+39 {pre} {s}", f"+39 {pre} {s[:3]} {s[3:]}", f"0039 {pre} {s}"])


def tel_tr():
    pre = ch(["532", "533", "535", "542", "543", "544", "505", "506", "552", "555"])
    s = ids.digits(7)
    return ch([f"+90 {pre} {s[:3]} {s[3:5]} {s[5:]}", f"+90 {pre} {s}", f"0090 {pre} {s[:3]} {s[3:]}"])


def tel_sy():
    pre = ch(["93", "94", "95", "96", "98", "99"])
    s = ids.digits(7)
    return ch([f"+963 9{pre[1]}{s[0]} {s[1:4]} {s[4:]}", f"+963 {pre}{s}", f"00963 {pre} {s[:3]} {s[3:]}"])


def tel_ru():
    pre = ch(["913", "903", "905", "916", "923", "950", "960", "983"])
    s = ids.digits(7)
    return ch([f"+7 {pre} {s[:3]}-{s[3:5]}-{s[5:]}", f"+7 ({pre}) {s}", f"+7 {pre} {s[:3]} {s[3:5]} {s[5:]}"])


# ---------------------------------------------------------------- identifiers
def mod97(country, bban):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def iban_it():
    """Italian IBAN: CIN letter (odd/even tables over ABI+CAB+account) then MOD 97-10."""
    body = ids.digits(5, True) + ids.digits(5, True) + ids.digits(12)
    total = 0
    for i, c in enumerate(body):
        v = int(c)
        total += ODD[v] if i % 2 == 0 else v
    return mod97("IT", chr(ord("A") + total % 26) + body)


def iban_pl():
    return mod97("PL", ids.digits(24))


def iban_tr():
    return mod97("TR", ids.digits(5, True) + "0" + ids.digits(16))


def iban_de(spaced=None):
    v = ids.iban_de()
    spaced = chance(0.6) if spaced is None else spaced
    return group(v, 4) if spaced else v


def fmt_iban(v):
    return group(v, 4) if chance(0.6) else v


def taxid():
    v = ids.tax_id()
    return ch([v, f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"])


def steuernr_rlp():
    ff = ch(["44", "45", "26", "27", "47", "08"])
    return f"{ff}/{ids.digits(3, True)}/{ids.digits(5)}"


def ssn(birth, surname, spaced=None):
    v = ids.social_security(ddmmyy(birth), initial(surname))
    spaced = chance(0.5) if spaced is None else spaced
    return f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}" if spaced else v


def cc():
    if chance(0.5):
        v = ids.credit_card("4", 16)
    else:
        v = ids.credit_card("5" + ch("12345"), 16)
    return ch([group(v, 4), v, group(v, 4, "-")])


def plate(district=None):
    d = district or ch(["WO", "WO", "WO", "AZ", "MZ", "LU", "FT", "KIB", "DÜW", "HP", "MA"])
    letters = "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(ch([1, 2, 2])))
    num = str(rng.randint(1, 9999 if len(d) + len(letters) < 5 else 999))
    return ch([f"{d}-{letters} {num}", f"{d} {letters} {num}", f"{d}-{letters}{num}"])


def az_sb():
    n = rng.randint(100, 620)
    return ch([f"5.3-SB-{n:04d}/25", f"SB-2025/{n:04d}", f"SB 2025-{n:04d}", f"53.2-SB/{n}/25"])


def kassenzeichen():
    return ch([f"5.1000.{ids.digits(4)}.{ids.digits(2)}", f"61 {ids.digits(3)} {ids.digits(3)} {ids.digits(1)}",
               f"KZ-{ids.digits(2)}-{ids.digits(6)}"])


def nachlass_az():
    return f"{rng.randint(1, 6)} VI {rng.randint(100, 999)}/25"


def grave():
    return ch([f"Feld {rng.randint(1, 38)}, Reihe {rng.randint(1, 22)}, Nr. {rng.randint(1, 40)}",
               f"Grabstätte {ch('ABCDEFGH')}-{rng.randint(1, 30)}-{rng.randint(1, 60):02d}",
               f"Abt. {rng.randint(1, 24)}/{rng.randint(1, 90)}"])


CITY_IBAN = group(ids.iban_de(), 4)
SWITCH = "06241 853-0"


def direct():
    return f"06241 853-{rng.randint(1000, 6999)}"


def staff(female=None):
    return pers("de", female)


def staffmail(p):
    return f"{mailpart(p.first.split('-')[0])}.{mailpart(p.last)}@worms.de"


# ---------------------------------------------------------------- the office's staff (recurring)
SB1 = Pers("de", False)            # Sozialbestattungen, clerk
SB2 = Pers("de", True)             # Sozialbestattungen, clerk
FR1 = Pers("de", True)             # Friedhofsverwaltung
FR2 = Pers("de", False)            # Friedhofsverwaltung
LEAD = Pers("de", True)            # head of department
LEAD_T = "Dr. " + LEAD.full
DOCS = []


def doc(channel, template, flags=()):
    def deco(fn):
        DOCS.append((channel, template, fn, list(flags)))
        return fn
    return deco


# 1 ------------------------------------------------------------------------------------------------
@doc("outlook", "bestattungsanmeldung")
def d01():
    dec = pers("de", False)
    wife_year = rng.randint(2004, 2016)
    son = Pers("de", False, dec.fam)
    owner = pers("de", True)
    b = ymd(1936, 1950)
    st, pl = worms_addr()
    sst, spl = addr(0.3)
    ost, opl = worms_addr()
    died = day25(7, 8)
    return f"""Betreff: Anmeldung Erdbestattung {P(dec.rev)} - Hauptfriedhof Hochheimer Höhe
Von: {P(owner.full)} <{E(email(owner, ['bestattungen-' + mailpart(owner.last) + '.de']))}>
An: {N('friedhofsverwaltung@worms.de')}

Guten Morgen Frau {P(FR1.last)},

wie eben am Telefon besprochen melde ich die folgende Bestattung an:

Verstorbener: {P(dec.full)}, geb. {DOB(fdate(b, 'dot'))}
zuletzt wohnhaft: {A(st)}, {A(pl)}
verstorben am {fdate(died, 'dot')} im Klinikum Worms
Sterbeurkunde Standesamt Worms Nr. {AZ(f'S {rng.randint(300, 990)}/2025')}
Art: Erdbestattung im vorhandenen Wahlgrab {N(grave())} – die Ehefrau wurde dort {wife_year} beigesetzt, das Nutzungsrecht läuft noch bis 20{rng.randint(34, 39)}.
Wunschtermin: Donnerstag 10:30 Uhr, Trauerfeier in der Trauerhalle, ca. 60 Gäste, Orgel vom Band

Auftraggeber und künftiger Nutzungsberechtigter ist der Sohn:
{P(son.full)}
{A(sst)}
{A(spl)}
mobil {T(mobile())}
{E(email(son, DE_MAIL))}

Den Gebührenbescheid bitte direkt an Herrn {P(son.last)} schicken, nicht an uns. Die unterschriebene Kostenübernahme hängt als PDF an, die Graböffnung hat der Steinmetz schon abgestimmt (Grabmal wird am Montag abgebaut).

Viele Grüße aus Herrnsheim
{P(owner.full)}

{N('Bestattungen ' + owner.last)} e.K.
Inhaberin {P(owner.full)}
{A(ost)} · {A(opl)}
Tel. {T(tel_worms())} · Tag und Nacht erreichbar
USt-IdNr. {VAT(ids.vat_id())}
"""


# 2 ------------------------------------------------------------------------------------------------
@doc("word", "anhoerung_bestattungspflicht")
def d02():
    fam = family("pl")
    son = Pers("pl", False, fam)
    father = Pers("pl", False, fam)
    while father.first == son.first:
        father = Pers("pl", False, fam)
    sister = Pers("pl", True, fam)
    neighbour = pers("de", True)
    b = ymd(1941, 1955)
    st, pl = worms_addr()
    city = ch([("58-100", "Świdnica"), ("80-831", "Gdańsk"), ("60-123", "Poznań"), ("45-052", "Opole"),
               ("40-017", "Katowice")])
    pst = f"ul. {ch(['Słowackiego', 'Długa', 'Kwiatowa', 'Mickiewicza', 'Piastowska', 'Ogrodowa'])} {rng.randint(2, 60)} m. {rng.randint(1, 30)}"
    az = az_sb()
    died = day25(6, 7)
    return f"""Stadtverwaltung Worms · Bereich 5 Soziales · Abteilung 5.3 Friedhofs- und Bestattungswesen
Marktplatz 2 · 67547 Worms

Einschreiben mit Rückschein (international)
{son.herrn}
{P(son.full)}
{A(pst)}
{A(city[0] + ' ' + city[1])}
POLEN

Unser Zeichen: {AZ(az)}
Bearbeitet von: {P(SB1.full)}
Durchwahl: {N(direct())}
Datum: {fdate(day25(8, 8), 'dot')}

Bestattung Ihres Vaters, Herrn {P(father.full)}, geb. {DOB(fdate(b, 'long'))}, zuletzt wohnhaft {A(st)}, {A(pl)}
Anhörung nach § 28 Verwaltungsverfahrensgesetz vor Erlass eines Leistungsbescheides

{son.geehrt} {P(son.last)},

Ihr Vater ist am {fdate(died, 'long')} in seiner Wohnung verstorben. Gefunden wurde er von seiner Nachbarin, Frau {P(neighbour.full)}, die die Polizei verständigt hat. Weil innerhalb der gesetzlichen Frist niemand aus der Familie die Bestattung veranlasst hat, musste die Stadt Worms sie im Wege der Ersatzvornahme durchführen lassen: Einäscherung und Beisetzung der Urne in einem Urnenreihengrab auf dem Hauptfriedhof. Dafür sind Kosten von insgesamt 2.846,30 EUR entstanden (Bestatter 1.912,80 EUR, Krematorium 388,00 EUR, Friedhofsgebühren 545,50 EUR).

Nach § 9 Bestattungsgesetz Rheinland-Pfalz sind die Kinder der verstorbenen Person verpflichtet, für die Bestattung zu sorgen, wenn es keinen Ehegatten gibt. Diese Pflicht besteht unabhängig davon, ob Sie Erbe geworden sind oder das Erbe ausgeschlagen haben. Ich beabsichtige daher, die Kosten von Ihnen und Ihrer Schwester, Frau {P(sister.full)}, als Gesamtschuldner zurückzufordern.

Sie haben Gelegenheit, sich bis zum {fdate(day25(9, 9), 'dot')} zu äußern. Wenn Ihnen die Zahlung wegen Ihrer wirtschaftlichen Lage nicht möglich ist, legen Sie bitte Nachweise über Einkommen und Vermögen bei. Sie dürfen in polnischer Sprache antworten; eine Übersetzung veranlassen wir.

Mit freundlichen Grüßen
Im Auftrag

{P(SB1.full)}
"""


# 3 ------------------------------------------------------------------------------------------------
@doc("outlook", "einwand_kosten_informell")
def d03():
    fam = family("de")
    father = Pers("de", False, fam)
    writer = Pers("de", True, fam)
    husband_name = ch(["Aydın", "Kılıç", "Karataş"])
    brother = Pers("de", False, fam)
    az = az_sb().lower()
    return f"""Betreff: AW: ihr schreiben vom 12.8. az {AZ(az)}

hallo frau {P(SB2.last.lower())}

hab ihr schreiben bekommen wegen meinem vater {P(father.full.lower())} aber ich hab seit 1998 null kontakt zu dem mann.der hat meine mutter und uns kinder damals sitzen lassen und nie unterhalt gezahlt, kann ihnen das jugendamt bestätigen. ich seh echt nicht ein das ich jetzt für die beerdigung zahlen soll, 3200 euro hab ich nich!!
ich bin alleinerziehend mit 2 kindern und krieg aufstockend vom jobcenter, den bescheid kann ich ihnen schiken

mein bruder {P(brother.first.lower())} wohnt glaub ich in ludwigshafen irgendwo, fragen sie doch den mal. der hatte wenigstens noch kontakt zu ihm

bin unter {T(mobile())} erreichbar nach 16 uhr wegen arbeit

gruß {P(writer.first.lower() + ' ' + writer.last.lower() + '-' + husband_name.lower())}

Von meinem iPhone gesendet
"""


# 4 ------------------------------------------------------------------------------------------------
@doc("word", "aktenvermerk_sozialbestattung", ["HEALTH", "RELIGION"])
def d04():
    fam = family("tr")
    dec = Pers("tr", False, fam)
    widow = Pers("tr", True, fam)
    daughter = Pers("tr", True, fam)
    son = Pers("tr", False, fam)
    while son.first == dec.first:
        son = Pers("tr", False, fam)
    b1, b2 = ymd(1944, 1952), ymd(1948, 1956)
    st, pl = worms_addr()
    sst, spl = other_addr()
    az = az_sb()
    return f"""AKTENVERMERK                                                        Az.: {AZ(az)}

Betr.: Antrag auf Übernahme der Bestattungskosten nach § 74 SGB XII
Verstorbener: {P(dec.full)}, * {DOB(fdate(b1, 'dot'))}, † 02.07.2025
Antragstellerin: {P(widow.full)} (Ehefrau), * {DOB(fdate(b2, 'dot'))}
wohnhaft: {A(st)}, {A(pl)}

1. Sachverhalt
Frau {P(widow.last)} sprach am 21.07.2025 zusammen mit ihrer Tochter {P(daughter.first + ' ' + daughter.last + '-' + ch(['Korkmaz', 'Bulut', 'Tekin']))} vor, die übersetzte. Die Bestattung fand am 04.07.2025 nach islamischem Ritus im muslimischen Grabfeld des Hauptfriedhofs statt, die rituelle Waschung in der Moschee. Rechnung des Bestatters vom 10.07.2025 über 4.180,00 EUR, Friedhofsgebühren lt. Bescheid 1.260,00 EUR.

2. Einkommen und Vermögen der Antragstellerin
- Altersrente 612,40 EUR mtl. (Versicherungsnummer {SSN(ssn(b2, widow.last))})
- Witwenrente beantragt; Vorschuss für das Sterbevierteljahr noch nicht eingegangen
- Girokonto Sparkasse Worms-Alzey-Ried, IBAN {IB(iban_de())}, Stand 17.07.: 1.043,17 EUR
- Sterbegeldversicherung, Versicherungsschein-Nr. {AZ(f'SV-{ids.digits(3)}-{ids.digits(6)}')}: 2.500,00 EUR, an den Bestatter abgetreten
- Haus im Heimatdorf bei Sivas: nach Angabe von Frau {P(widow.last)} Eigentum aller Geschwister des Verstorbenen, nicht verwertbar

Frau {P(widow.last)} ist seit einem Schlaganfall 2023 auf einen Rollator angewiesen, Pflegegrad 2; Krankenversichertennummer {KV(ids.health_insurance())}. Ein Umzug in eine kleinere Wohnung ist nach ihrer Aussage nicht geplant.

3. Bewertung
Nach Abzug der Sterbegeldversicherung verbleiben 2.940,00 EUR. Die Einkommensgrenze nach §§ 85 ff. SGB XII ist deutlich unterschritten; vorhandenes Schonvermögen bleibt unberücksichtigt. Eine Übernahme in Höhe der erforderlichen Kosten kommt in Betracht; der Anteil für die Grabeinfassung aus Naturstein (680,00 EUR) ist nicht erforderlich im Sinne des § 74 SGB XII.

4. Weiteres Vorgehen
a) Rentenbescheid über die Witwenrente anfordern
b) Sohn {P(son.full)}, {A(sst)}, {A(spl)}, nach § 117 SGB XII zur Auskunft auffordern
c) Wiedervorlage 15.09.2025

gez. {P(SB1.last)}
"""


# 5 ------------------------------------------------------------------------------------------------
@doc("word", "kontoauszug_nachlass", ["HEALTH"])
def d05():
    fam = family("it")
    dec = Pers("it", True, fam)
    son = Pers("it", False, fam)
    cousin = pers("it", True)
    landlord = pers("de", False)
    b = ymd(1938, 1947)
    st, pl = worms_addr()
    iban = iban_de(True)
    card = cc()
    rows = [
        ("01.07.", "Gutschrift", "DEUTSCHE RENTENVERSICHERUNG", f"RENTE 07/25 {SSN(ssn(b, dec.last, False))}", "+ 934,18"),
        ("01.07.", "Lastschrift", P(landlord.full.upper()), f"MIETE 07/25 {A(st.upper())}", "- 486,00"),
        ("02.07.", "Dauerauftrag", P(son.full.upper()), f"TASCHENGELD ENKEL IBAN {IB(ids.iban_de())}", "- 50,00"),
        ("04.07.", "Lastschrift", "AMBULANTER PFLEGEDIENST ST. MARTIN", "BEHANDLUNGSPFLEGE 06/25 INSULIN", "- 118,40"),
        ("07.07.", "Kartenzahlung", "APOTHEKE AM DOM WORMS", "GIROCARD 07.07. 10:14", "- 23,95"),
        ("09.07.", "Überweisung", P(cousin.full.upper()), f"RUECKZAHLUNG DARLEHEN IBAN {IB(iban_it())}", "- 200,00"),
        ("14.07.", "Lastschrift", "VISA KARTENABRECHNUNG", f"KARTE {CC(card)}", "- 61,27"),
        ("16.07.", "Lastschrift", "STADTWERKE WORMS", f"ABSCHLAG STROM KD-NR {AZ(ids.digits(9, True))}", "- 57,00"),
        ("01.08.", "Gutschrift", "DEUTSCHE RENTENVERSICHERUNG", "RENTE 08/25", "+ 934,18"),
        ("01.08.", "Dauerauftrag", P(son.full.upper()), "TASCHENGELD ENKEL", "- 50,00"),
        ("05.08.", "Rückbuchung", "DEUTSCHE RENTENVERSICHERUNG", "RUECKFORDERUNG RENTE 08/25 WG. TOD", "- 934,18"),
    ]
    lines = "\n".join(f"{a}\t{bk}\t{c}\t{d}\t{e}" for a, bk, c, d, e in rows)
    return f"""Sparkasse Worms-Alzey-Ried – Kontoauszug 7–8/2025 (Kopie für die Nachlassakte)
Kontoinhaberin: {P(dec.full)}, {A(st)}, {A(pl)}
IBAN {IB(iban)} · BIC {N('MALADE51WOR')}

Buchung\tVorgang\tAuftraggeber/Empfänger\tVerwendungszweck\tBetrag EUR
{lines}

Kontostand am 18.07.2025 (Todestag): 2.118,60 EUR
Kontostand am 05.08.2025: 1.133,75 EUR

Handschriftliche Anmerkung Sachbearbeitung:
Dauerauftrag an den Sohn lief nach dem Tod weiter – Bank um Sperrung bitten. Guthaben reicht nicht für die Bestattungskosten (2.655,00 EUR). Pflegedienst und Apotheke bestätigen Diabetes-Behandlung bis zuletzt, für uns ohne Bedeutung. Sohn ({P(son.first)}) lt. Melderegister in {A(other_addr()[1])}. – {P(SB2.last)}, 07.08.
"""


# 6 ------------------------------------------------------------------------------------------------
@doc("outlook", "weiterleitung_ausschlagung")
def d06():
    fam = family("de")
    dec = Pers("de", False, fam)
    c1 = Pers("de", True, fam)
    c2 = Pers("de", False, fam)
    c3 = Pers("de", True, fam)
    married = ch(["Brenner", "Jost", "Vollmer", "Hamm"])
    grandchild = Pers("de", True, (married, married), first=ch(YOUNG[1]))
    rp = pers("de", True)
    st, pl = worms_addr()
    a1, a2 = other_addr(), other_addr()
    c1name = f"{c1.first} {c1.last}-{ch(['Jost', 'Sauer', 'Engel'])}"
    naz = nachlass_az()
    return f"""Betreff: WG: Nachlasssache {P(dec.full)} – {AZ(naz)}
Von: {P(FR1.rev)} <{E(staffmail(FR1))}>
An: {P(SB1.rev)} <{E(staffmail(SB1))}>

Hallo {P(SB1.first)},

für deine Akte {AZ(az_sb())}: alle drei Kinder haben ausgeschlagen, siehe unten. Die Enkelin ist minderjährig, da haben die Eltern ausgeschlagen. Bleibt also an uns hängen, es sei denn, du gehst über die Bestattungspflicht – die entfällt durch die Ausschlagung ja nicht.

LG {P(FR1.first)}

-----Ursprüngliche Nachricht-----
Von: Poststelle Amtsgericht Worms <{N('poststelle.agwo@justiz.rlp.de')}>
Gesendet: Dienstag, 19. August 2025 11:02
An: {P(FR1.rev)} <{E(staffmail(FR1))}>
Betreff: Nachlasssache {P(dec.full)} – {AZ(naz)}

Sehr geehrte Frau {P(FR1.last)},

in der Nachlasssache des am 02.06.2025 verstorbenen {P(dec.full)}, zuletzt wohnhaft {A(st)}, {A(pl)}, teile ich auf Ihre Anfrage vom 30.07.2025 mit, dass folgende Ausschlagungserklärungen fristgerecht eingegangen sind:

1. {P(c1name)}, {A(a1[0])}, {A(a1[1])} – Erklärung vom 24.06.2025
2. {P('Dr. ' + c2.full)}, {A(a2[0])}, {A(a2[1])} – Erklärung vom 01.07.2025 (öffentlich beglaubigt)
3. {P(c3.first + ' ' + married)} geb. {P(c3.last)} – Erklärung zur Niederschrift des Nachlassgerichts vom 03.07.2025
4. für die minderjährige {P(grandchild.full)}, geb. {DOB(fdate(ymd(2009, 2014), 'dot'))}, durch beide Elternteile

Ein Erbschein ist nicht beantragt, eine Nachlasspflegschaft nicht angeordnet. Weitere gesetzliche Erben sind dem Gericht nicht bekannt. Akteneinsicht kann nach § 13 FamFG beantragt werden.

Mit freundlichen Grüßen
{P(rp.last)}
Rechtspflegerin
Amtsgericht Worms – Nachlassgericht
"""


# 7 ------------------------------------------------------------------------------------------------
@doc("word", "export_faelle_csv")
def d07():
    rows = []
    status = ["Anhörung läuft", "Bescheid erlassen", "Widerspruch", "Angehörige unbekannt", "Ratenzahlung",
              "Niederschlagung geprüft", "Kostenübernahme § 74 SGB XII", "Vollstreckung"]
    origins = ["pl", "de", "ru", "tr", "it", "de", "sy", "de"]
    rel = ["Tochter", "Sohn", "Ehefrau", "Bruder", "Nichte", "Enkel", "Ehemann", "Schwester"]
    clerks = [SB1.last, SB2.last]
    for i, o in enumerate(origins):
        fam = family(o)
        r = rel[i]
        dec = Pers(o, r == "Ehemann" if r in ("Ehefrau", "Ehemann") else chance(0.5), fam)
        b = ymd(1932, 1968)
        died = day25(1, 8)
        st, pl = addr(0.8)
        stat = status[i]
        if stat == "Angehörige unbekannt":
            relative = "–"
            phone = ""
        else:
            female = r in ("Tochter", "Ehefrau", "Nichte", "Schwester")
            rp = Pers(o, female, fam if r != "Nichte" else family(o))
            relative = f"{P(rp.rev)} ({r})"
            phone = T(tel_worms() if chance(0.4) else mobile()) if i != 5 else T(tel_pl() if o == "pl" else mobile())
        rows.append(";".join([AZ(az_sb()), P(dec.rev), DOB(fdate(b, 'dot')), fdate(died, 'dot'), A(st), A(pl),
                              relative, phone, stat, fdate(day25(8, 8), 'dot'), P(ch(clerks))]))
    body = "\n".join(rows)
    return f"""Export aus dem Fachverfahren – Sozialbestattungen, offene Vorgänge – Stand 31.08.2025
Trennzeichen Semikolon, Zeichensatz UTF-8

Aktenzeichen;Verstorbene Person;geb.;gest.;letzte Anschrift;PLZ Ort;Bestattungspflichtige(r);Tel. Pflichtige(r);Status;letzte Änderung;Sachbearbeitung
{body}

8 Datensätze exportiert.
"""


# 8 ------------------------------------------------------------------------------------------------
@doc("word", "export_buchungen_ohne_kopf")
def d08():
    items = ["Grabnutzungsgebühr Wahlgrab 25 J.", "Bestattungsgebühr Erdbestattung", "Trauerhalle 45 Min.",
             "Urnenreihengrab 20 J.", "Verlängerung Nutzungsrecht 5 J.", "Kühlzelle 4 Tage", "Umbettung",
             "Grabmalgenehmigung"]
    amounts = ["2.150,00", "845,00", "210,00", "990,00", "430,00", "96,00", "1.120,00", "65,00"]
    lines = []
    for i in range(8):
        o = ch(["de", "de", "de", "it", "tr", "pl", "ru"])
        p = pers(o)
        pay = ch(["SEPA-LS", "Überweisung", "SEPA-LS", "bar Kasse"])
        iban = fmt_iban(ids.iban_de()) if pay != "bar Kasse" else ""
        name = f"{p.last} {p.first}" if chance(0.6) else p.rev
        lines.append(";".join([AZ(kassenzeichen()), P(name), IB(iban) if iban else "", items[i], amounts[i], pay,
                               fdate(day25(8, 8), "iso")]))
    lines.insert(5, ";".join([AZ(kassenzeichen()), N("Bestattungshaus Lamberti"), "", "Kühlzelle 6 Tage",
                              "144,00", "Überweisung", "2025-08-14"]))
    return "FRI_SOLL_2025-08.csv – Rohdaten für die Kasse, ohne Kopfzeile\n\n" + "\n".join(lines) + "\n"


# 9 ------------------------------------------------------------------------------------------------
@doc("outlook", "ueberfuehrung_italien")
def d09():
    fam = family("it")
    uncle = Pers("it", False, fam)
    niece = Pers("it", True, fam)
    neighbour = pers("de", False)
    b = ymd(1946, 1953)
    st, pl = worms_addr()
    town = ch([("92024", "Canicattì (AG)"), ("90133", "Palermo"), ("93100", "Caltanissetta"),
               ("89900", "Vibo Valentia"), ("84010", "Ravello (SA)")])
    via = f"Via {ch(['Vittorio Emanuele', 'Garibaldi', 'Roma', 'Cavour', 'Mazzini'])} {rng.randint(3, 240)}"
    return f"""Betreff: Überführung meines Onkels nach Italien / trasferimento salma

Sehr geehrte Damen und Herren,

mein Onkel {P(uncle.full)}, geboren am {DOB(fdate(b, 'dot'))} in Sizilien, ist am 28. Juli in Worms gestorben. Er hat fast 40 Jahre bei einer Gießerei in Worms gearbeitet und wollte immer in seinem Dorf neben meiner Nonna begraben werden. Wir möchten deshalb die Überführung nach Italien machen. Das Bestattungsunternehmen in Italien fragt nach dem Leichenpass – stellt den die Stadt Worms aus, und wie lange dauert das?

Vielleicht brauchen Sie seine Ausweise: er war seit 2009 auch deutscher Staatsangehöriger, Reisepass Nr. {PASS(ids.passport())}, Personalausweis {IDC(ids.id_card(chance(0.5)))}. Die Wohnung war {A(st)}, {A(pl)}; den Schlüssel hat der Nachbar, Herr {P(neighbour.last)}.

Noch eine Frage: Mein Onkel hat schon 2023 bei Ihnen für ein Urnengrab 380 Euro vorausbezahlt, weil er unsicher war. Das brauchen wir jetzt nicht. Können Sie das Geld bitte auf mein Konto erstatten?
IBAN {IB(fmt_iban(iban_it()))} – intestato a {P(niece.full)}

Die Gebühr für den Leichenpass können Sie von meiner Kreditkarte abbuchen: {CC(cc())}, gültig bis 09/27, Inhaberin {P(niece.full)}.

Entschuldigung für mein Deutsch. Vielen Dank für Ihre Hilfe!

Cordiali saluti
{P(niece.full)}
{A(via)}
{A(town[0] + ' ' + town[1])}
ITALIA
Tel. {T(tel_it())}
{E(email(niece, ['libero.it', 'alice.it', 'tiscali.it', 'virgilio.it']))}
"""


# 10 -----------------------------------------------------------------------------------------------
@doc("outlook", "islamische_bestattung", ["RELIGION"])
def d10():
    fam = family("tr")
    dec = Pers("tr", False, fam)
    son = Pers("tr", False, fam)
    while son.first == dec.first:
        son = Pers("tr", False, fam)
    wife = Pers("tr", True, fam)
    daughter = Pers("tr", True, fam)
    while daughter.first == wife.first:
        daughter = Pers("tr", True, fam)
    chair = pers("tr", False)
    b = ymd(1949, 1958)
    return f"""Betreff: Bestattung ohne Sarg – Herr {P(dec.full)}, heute früh verstorben – bitte dringend

Sehr geehrte Frau {P(FR1.last)},

heute Morgen um 5:40 Uhr ist unser Gemeindemitglied Herr {P(dec.full)} (geb. {DOB(fdate(b, 'short'))}) im Klinikum verstorben. Die Familie wünscht eine Bestattung nach islamischem Ritus, möglichst noch morgen, ohne Sarg im Leichentuch und mit Ausrichtung nach Mekka im muslimischen Grabfeld. Die rituelle Waschung übernehmen wir in unseren Räumen, das Totengebet findet nach dem Mittagsgebet in der Moschee statt.

Die sarglose Bestattung ist nach der Friedhofssatzung ja inzwischen zulässig. Können Sie uns sagen, ob morgen ab 11 Uhr eine Grabstelle vorbereitet werden kann? Die Familie möchte ein Wahlgrab für zwei Personen erwerben, damit Frau {P(wife.full)} später neben ihrem Mann liegen kann.

Ansprechpartner der Familie ist der Sohn, {P(son.full)}, Telefon {T(mobile())}. Die Tochter {P(daughter.first)} kommt heute Nacht aus Antalya, für Rückfragen zur Not: {T(tel_tr())}.

Die Rechnung für die Gebühren geht bitte an Herrn {P(son.last)} persönlich, {A(worms_addr()[0])}.

Mit freundlichen Grüßen und vielen Dank im Voraus
{P(chair.full)}
Vorsitzender des Moscheevereins
"""


# 11 -----------------------------------------------------------------------------------------------
@doc("word", "formular_74_sgb_xii")
def d11():
    fam = family("de")
    dec = Pers("de", False, fam)
    app = Pers("de", True, (ch(["Gutjahr", "Rauschkolb", "Dexheimer", "Westenberger"]),) * 2)
    husband = Pers("de", False, app.fam)
    grandson = Pers("de", False, app.fam, first=ch(YOUNG[0]))
    b_dec, b_app, b_h, b_g = ymd(1948, 1958), ymd(1950, 1960), ymd(1945, 1956), ymd(2008, 2012)
    dst, dpl = worms_addr()
    ast_, apl = worms_addr()
    return f"""ANTRAG auf Übernahme der erforderlichen Kosten einer Bestattung (§ 74 SGB XII)
Stadtverwaltung Worms – Abteilung 5.3 – Eingangsstempel: 12. AUG. 2025 – Az. {AZ(az_sb())}

A  Angaben zur verstorbenen Person
Name, Vorname: {P(dec.rev)}                 Geburtsdatum: {DOB(fdate(b_dec, 'dot'))}
Sterbedatum: 03.08.2025                  Sterbeort: Worms
Letzte Anschrift: {A(dst)}, {A(dpl)}
Familienstand: [ ] ledig  [ ] verheiratet  [x] geschieden  [ ] verwitwet
Rentenversicherungsnummer: {SSN(ssn(b_dec, dec.last))}
Krankenkasse / Versichertennummer: AOK Rheinland-Pfalz/Saarland / {KV(ids.health_insurance())}

B  Angaben zur antragstellenden Person
Name, Vorname: {P(app.rev)}       Geburtsname: {P(dec.last)}
Geburtsdatum: {DOB(fdate(b_app, 'dot'))}
Anschrift: {A(ast_)}
           {A(apl)}
Telefon: {T(tel_worms())}       E-Mail: {E(email(app, DE_MAIL))}
Verwandtschaftsverhältnis zur verstorbenen Person: Schwester
Steuerliche Identifikationsnummer: {TID(taxid())}
Personalausweis-Nr.: {IDC(ids.id_card(True))}
Bankverbindung IBAN: {IB(iban_de())}     Kontoinhaber/in: {P(husband.full)}

C  Weitere Personen im Haushalt
1. {P(husband.full)}, Ehemann, geb. {DOB(fdate(b_h, 'dot'))}, Rentner
2. {P(grandson.full)}, Enkel, geb. {DOB(fdate(b_g, 'dot'))}, Schüler (Pflegekind, Jugendamt Worms)

D  Einkommen (monatlich netto)
Altersrente Antragstellerin 784,12 EUR · Altersrente Ehemann 1.106,55 EUR · Wohngeld 142,00 EUR · Pflegegeld Enkel 612,00 EUR

E  Vermögen
Girokonto 318,40 EUR · Sparbuch 1.200,00 EUR · Pkw (Bj. 2011, Zeitwert ca. 2.000 EUR) · kein Haus- und Grundbesitz

F  Wer hat die Bestattung in Auftrag gegeben?   [x] ich selbst   [ ] andere Person: ______________
Bestattungsunternehmen: {N('Pietät Rheinhessen')}        Rechnungsbetrag: 3.486,90 EUR (Rechnung liegt bei)
Hat die verstorbene Person Vermögen hinterlassen?  [ ] ja   [x] nein   [ ] unbekannt
Wurde das Erbe ausgeschlagen?  [x] ja, am 06.08.2025 beim Amtsgericht Worms, Az. {AZ(nachlass_az())}

G  Ich versichere, dass meine Angaben vollständig und richtig sind. Änderungen teile ich unverzüglich mit.

Worms, 11.08.2025                 Unterschrift: {P(app.first + ' ' + app.last)} (handschriftlich)
"""


# 12 -----------------------------------------------------------------------------------------------
def ocr(s, p=0.08):
    out = []
    swaps = {"i": "l", "m": "rn", "e": "c", "0": "O", "1": "l", "ü": "u", "ß": "B", "S": "5", "a": "a"}
    for c in s:
        out.append(swaps[c] if c in swaps and chance(p) else c)
    return "".join(out)


@doc("word", "rechnung_bestatter_ocr")
def d12():
    owner_first = ch(FIRST["it"][0])
    fam = family("pl")
    dec = Pers("pl", True, fam)
    b = ymd(1934, 1942)
    dob = fdate(b, "dot").replace("0", "O")
    home_st = f"{ch(WORMS_STREETS)} {hn()}"
    iban = ids.iban_de()
    iban_ocr = iban[:4] + " " + iban[4:8] + " " + iban[8:16] + " " + iban[16:]
    return f"""BESTATTUNGSHAUS  {N('LAMBERTI')}                                  lnh. {P(owner_first + ' Lamberti')}
{A(ocr('Alzeyer Str. 131'))} · {A('67549 Worrns')} · Tel. {T('06241 / 2 84 66')} · Fax 06241 / 2 84 67
————————————————————————————————————————————————
Stadtverwaltung Worms
Abt. 5.3 Friedhofs- und Bestattungswesen
Marktplatz 2
67547 Worrns

RECHNUNG Nr. {AZ('RE-25/0418')}                                  Datum: 14.O8.2O25
{ocr('Sterbefall')}: {P(ocr(dec.rev, 0.12))}     geb. {DOB(dob)}     gest. 29.O7.2O25
Auftrag: Ersatzvornahme gem. BestG, lhr Zeichen {AZ(az_sb())}
Uberführung am 3O.O7. rnit Fahrzeug {KFZ('WO-BL 412')} vom Wohnort {A(ocr(home_st))} zum Krematorium

Pos  Bezeichnung                                        Menge   Einzel      Gesamt
1    Sarg Kiefer natur, einfache Ausführung               1     485,OO      485,OO
2    Innenausstattung, Decke, Kissen                       1      89,OO       89,OO
3    Hygienische Versorgung, Einkleiden                    1     145,OO      145,OO
4    Uberführung (bis 25 km), Träger 2                     1     210,OO      210,OO
5    Erledigung Formalitäten Standesamt/Krematorium        1     120,OO      120,OO
6    Schmuckurne schlicht                                  1      79,OO       79,OO
7    Auslagen Krematorium Mainz (durchlaufender Posten)    1     388,OO      388,OO
                                                              Summe netto  1.128,OO
                                                    zzgl. l9 % MwSt auf 1.128,OO   214,32
                                                       durchlaufende Posten    388,OO
                                                              Gesamtbetrag 1.73O,32

Zahlbar innerhalb 14 Tagen ohne Abzug.
Bankverbindung: Volksbank Alzey-Worms · IBAN {IB(iban_ocr)} · BIC {N('GENODE61AZY')}
St.-Nr. {TNR(steuernr_rlp())} · USt-IdNr. {VAT(ids.vat_id())}
Seite l von l
"""


# 13 -----------------------------------------------------------------------------------------------
@doc("outlook", "migrationsdienst_anfrage", ["HEALTH", "RELIGION"])
def d13():
    fam = family("sy")
    dec = Pers("sy", False, fam)
    widow = Pers("sy", True, fam)
    brother = Pers("sy", False, fam)
    while brother.first == dec.first:
        brother = Pers("sy", False, fam)
    kids = []
    while len(kids) < 3:
        k = ch(FIRST["sy"][len(kids) % 2])
        if k not in kids and k not in (dec.first, brother.first, widow.first):
            kids.append(k)
    sw = pers("de", True)
    st, pl = worms_addr()
    return f"""Betreff: Familie {P(dec.last)} – Bestattung von Herrn {P(dec.full)}, Kostenübernahme möglich?
An: {N('sozialbestattung@worms.de')}
Cc: {P(SB1.rev)} <{E(staffmail(SB1))}>

Sehr geehrter Herr {P(SB1.last)},

ich begleite im Migrationsdienst die Familie {P(dec.last)} aus Syrien. Herr {P(dec.full)}, geboren am {DOB(fdate(ymd(1974, 1983), 'long'))}, ist am 9. August nach einer langen Krebserkrankung auf der Palliativstation des Klinikums verstorben. Die Familie ist muslimisch und möchte ihn in Worms auf dem muslimischen Grabfeld bestatten; eine Überführung nach Syrien ist derzeit nicht möglich.

Seine Frau, {P(widow.full)} (geb. {DOB(fdate(ymd(1982, 1990), 'dot'))}), lebt mit den drei Kindern {P(kids[0])}, {P(kids[1])} und {P(kids[2])} in der {A(st)}, {A(pl)}. Die Familie erhält Bürgergeld, BG-Nummer {AZ(f'31302//{ids.digits(7)}')}, Vermögen ist nicht vorhanden. Ein Bestatter hat ein Angebot über 3.350 EUR gemacht, das ich anhänge.

Der Bruder des Verstorbenen, {P(brother.full)}, lebt in Aleppo und kann sich an den Kosten nicht beteiligen. Er ist nur über WhatsApp erreichbar: {T(tel_sy())}.

Frau {P(widow.last)} spricht wenig Deutsch. Ich würde sie gern zu einem Termin begleiten, eine Vollmacht liegt bei. Wäre ein Gespräch in der kommenden Woche möglich?

Freundliche Grüße
{P(sw.full)}
Migrationsberatung für erwachsene Zuwanderer
Diakonisches Werk Worms-Alzey
Tel. {T(tel_worms())}
{E(mailpart(sw.first) + '.' + mailpart(sw.last) + '@diakonie-worms-alzey.de')}
"""


# 14 -----------------------------------------------------------------------------------------------
@doc("word", "leistungsbescheid")
def d14():
    fam = family("de")
    dec = Pers("de", False, fam)
    bro = Pers("de", False, fam)
    while bro.first == dec.first:
        bro = Pers("de", False, fam)
    sis = Pers("de", True, fam)
    st, pl = addr(0.4)
    dst, dpl = worms_addr()
    b = ymd(1950, 1962)
    return f"""Stadtverwaltung Worms · Der Oberbürgermeister
Abteilung 5.3 Friedhofs- und Bestattungswesen

Gegen Postzustellungsurkunde
Herrn
{P(bro.full)}
{A(st)}
{A(pl)}

Aktenzeichen: {AZ(az_sb())}
Kassenzeichen: {AZ(kassenzeichen())}
Auskunft erteilt: {P(SB2.full)}, Zimmer 214
Telefon: {N(direct())} · E-Mail: {N('sozialbestattung@worms.de')}
Worms, {fdate(day25(9, 9), 'long')}

LEISTUNGSBESCHEID
über die Erstattung der Kosten für die Bestattung Ihres Bruders {P(dec.full)}, geboren am {DOB(fdate(b, 'dot'))}, verstorben am {fdate(day25(4, 5), 'dot')}, zuletzt wohnhaft {A(dst)}, {A(dpl)}

{bro.geehrt} {P(bro.last)},

1. Sie werden verpflichtet, der Stadt Worms die Kosten der Bestattung in Höhe von 3.112,45 EUR zu erstatten.
2. Der Betrag ist innerhalb eines Monats nach Bekanntgabe dieses Bescheides fällig.
3. Für diesen Bescheid wird eine Verwaltungsgebühr von 55,00 EUR festgesetzt.

Begründung
Ihr Bruder hatte weder Ehegatten noch Kinder; seine Eltern sind vorverstorben. Damit waren Sie und Ihre Schwester, Frau {P(sis.full)}, nach dem Bestattungsgesetz Rheinland-Pfalz zur Bestattung verpflichtet. Da keiner von Ihnen tätig wurde, hat die Stadt die Bestattung im Wege der Ersatzvornahme veranlasst. Die Kosten setzen sich zusammen aus den Leistungen des Bestatters (1.958,10 EUR), den Gebühren des Krematoriums (401,00 EUR) und den Friedhofsgebühren nach der Friedhofsgebührensatzung (753,35 EUR).

In Ihrer Stellungnahme vom 14.08.2025 haben Sie vorgetragen, Sie hätten Ihren Bruder seit über zwanzig Jahren nicht gesehen. Ein gestörtes Verhältnis allein lässt die Bestattungspflicht nach ständiger Rechtsprechung nicht entfallen (vgl. {N('BVerwG, Urteil vom 29.01.2004 – 5 C 2.03')}). Ob Ihnen die Kosten wirtschaftlich zugemutet werden können, ist nicht hier, sondern in einem Verfahren nach § 74 SGB XII zu prüfen (vgl. {N('BSG, Urteil vom 25.08.2011 – B 8 SO 20/10 R')}); ein entsprechender Antrag liegt bisher nicht vor. Ihre Schwester habe ich gleichlautend in Anspruch genommen; Sie haften als Gesamtschuldner.

Zahlungshinweis
Bitte überweisen Sie den Betrag unter Angabe des Kassenzeichens auf das Konto der Stadtkasse Worms, IBAN {N(CITY_IBAN)}.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich, in elektronischer Form nach § 3a Abs. 2 VwVfG oder zur Niederschrift bei der Stadtverwaltung Worms, Marktplatz 2, 67547 Worms, einzulegen.

Mit freundlichen Grüßen
Im Auftrag

{P(SB2.full)}
"""


# 15 -----------------------------------------------------------------------------------------------
CYR_F = {"Irina": "Ирина", "Olga": "Ольга", "Tatjana": "Татьяна", "Galina": "Галина"}
CYR_L = {"Smirnowa": "Смирнова", "Iwanowa": "Иванова", "Petrowa": "Петрова", "Kusnezowa": "Кузнецова",
         "Popowa": "Попова", "Sokolowa": "Соколова", "Lebedewa": "Лебедева", "Morosowa": "Морозова"}


@doc("outlook", "orthodoxe_trauerfeier", ["RELIGION"])
def d15():
    fam = ch([f for f in LAST["ru"] if f[1] in CYR_L and f[0] not in USED])
    USED.add(fam[0])
    oma = Pers("ru", True, fam)
    opa = Pers("ru", False, fam)
    aunt = Pers("ru", True, fam, first=ch(list(CYR_F)))
    writer = Pers("ru", True, ("Penner", "Penner"))
    priest = pers("ru", False)
    b = ymd(1931, 1936)
    age = 2025 - b[0] - (1 if (b[1], b[2]) > (8, 20) else 0)
    st, pl = worms_addr()
    return f"""Betreff: Trauerfeier für meine Oma – orthodoxer Priester in der Trauerhalle erlaubt?

Hallo liebes Friedhofsteam,

meine Oma {P(oma.full)} ist letzten Mittwoch mit {age} Jahren eingeschlafen (geboren {DOB(fdate(b, 'long'))} in Nowosibirsk). Sie war sehr gläubig, russisch-orthodox, und es war ihr wichtig, dass Vater {P(priest.first)} von der orthodoxen Gemeinde in Mannheim die Totenliturgie hält. Deshalb ein paar Fragen, bevor wir den Termin mit dem Bestatter festmachen:

1. Darf in der Trauerhalle Weihrauch benutzt werden?
2. Dürfen die Gäste während der Feier brennende Kerzen in der Hand halten?
3. Ist ein offener Sarg zum Abschied möglich? (bei uns küsst man die Ikone und verabschiedet sich am Sarg)
4. Oma soll zu Opa {P(opa.first)} ins Grab, {N(grave())}. Reicht die Ruhezeit da noch?

Meine Tante {P(aunt.full)} will aus Omsk kommen und braucht für das Visum eine Bestätigung über Termin und Ort der Beerdigung. Könnten Sie so eine Bestätigung ausstellen? Ihre Anschrift: {A(f'ul. Lenina d. {rng.randint(3, 90)}, kv. {rng.randint(1, 120)}')}, {A(f'644{ids.digits(3)} Omsk')}, Russland, Tel. {T(tel_ru())}. Ihr Name auf Russisch, falls das für das Konsulat wichtig ist: {P(CYR_F[aunt.first] + ' ' + CYR_L[aunt.last])}.

Danke schon mal!!
Viele Grüße
{P(writer.full)} (Enkelin)
{A(st)}, {A(pl)}
{T(mobile())}
"""


# 16 -----------------------------------------------------------------------------------------------
@doc("outlook", "rueckrufbitte_buergertelefon")
def d16():
    caller = pers("de", False)
    partner = pers("de", True)
    daughter = Pers("de", True, partner.fam)
    agent = pers("tr", True)
    return f"""Von: Bürgertelefon Worms <{N('buergertelefon@worms.de')}>
An: {N('friedhofsverwaltung@worms.de')}
Betreff: Rückrufbitte – Urnenbeisetzung ohne Angehörige

Anruf heute 09:47 Uhr
Anrufer: Herr {P(caller.full)}, Osthofen
Rückruf an: {T(tel_fix('06242'))} (Festnetz) oder {T(mobile())}

Anliegen:
Die Urne seiner Lebensgefährtin, Frau {P(partner.full)} (verst. am 11.07.), steht seit drei Wochen beim Bestatter. Herr {P(caller.last)} ist nicht verwandt und nach eigener Aussage nicht bestattungspflichtig. Die Tochter der Verstorbenen, {P(daughter.first + ' ' + daughter.last)}, wohnt in Frankfurt und reagiert weder auf Anrufe noch auf Briefe. Er hat eine Vorsorgevollmacht und möchte wissen:
– ob er die Beisetzung in der Urnenwand ({N(grave())}) selbst beauftragen darf
– wer dann Nutzungsberechtigter wird
– ob er die Kosten später von der Tochter zurückverlangen kann

Herr {P(caller.last)} ist nur vormittags erreichbar. Er war am Telefon sehr aufgewühlt, bitte möglichst heute noch zurückrufen.

Gruß
{P(agent.first + ' ' + agent.last)}
Bürgertelefon / Servicecenter
"""


# 17 -----------------------------------------------------------------------------------------------
@doc("outlook", "pflegeheim_sterbefall", ["HEALTH"])
def d17():
    dec = pers("de", False)
    guardian = pers("de", True)
    doctor = Pers("de", False, ("van der Linden", "van der Linden"))
    admin = pers("pl", True)
    b = ymd(1935, 1944)
    st, pl = addr(0.7)
    return f"""Betreff: Sterbefall Bewohner {P(dec.full)} – keine Angehörigen bekannt

Sehr geehrte Damen und Herren,

unser Bewohner Herr {P(dec.full)}, geb. {DOB(fdate(b, 'dot2'))}, ist heute Nacht gegen 3:15 Uhr in seinem Zimmer verstorben. Herr {P(dec.last)} lebte seit 2019 in unserem beschützenden Wohnbereich für Menschen mit Demenz. Die Todesbescheinigung hat sein Hausarzt, {P('Dr. med. ' + doctor.full)}, ausgestellt: natürlicher Tod, Grunderkrankungen Alzheimer-Demenz und Diabetes mellitus Typ 2.

Angehörige sind uns nicht bekannt. Seine rechtliche Betreuerin, Frau Rechtsanwältin {P(guardian.full)} (Betreuungsgericht Worms, Az. {AZ(f'{rng.randint(2, 9)} XVII {rng.randint(40, 400)}/19')}), hat uns mitgeteilt, dass die Betreuung mit dem Tod endet und sie keine Bestattung in Auftrag geben kann.

Folgendes ist bei uns vorhanden:
– Verwahrgeld (Barbetrag) 684,20 EUR
– Ehering, Armbanduhr, zwei Fotoalben
– Girokonto bei der Sparkasse Worms-Alzey-Ried, IBAN {IB(iban_de())}

Stammdaten laut Heimakte: Rentenversicherungsnummer {SSN(ssn(b, dec.last))}, Krankenversichertennummer {KV(ids.health_insurance())}. Letzte Wohnanschrift vor dem Heimeinzug: {A(st)}, {A(pl)}.

Der Verstorbene liegt bis morgen 12 Uhr in unserem Abschiedsraum. Bitte teilen Sie uns kurzfristig mit, welches Bestattungsunternehmen die Stadt beauftragt.

Mit freundlichen Grüßen
{P(admin.full)}
Heimverwaltung
Seniorenzentrum am Rhein gGmbH
Telefon {N('06241 9377-0')} · {E(mailpart(admin.first[0]) + '.' + mailpart(admin.last) + '@seniorenzentrum-am-rhein.de')}
"""


# 18 -----------------------------------------------------------------------------------------------
@doc("word", "angehoerigenermittlung")
def d18():
    fam = family("ru")
    dec = Pers("ru", False, fam)
    ex = Pers("ru", True, fam)
    s1 = Pers("ru", False, fam)
    while s1.first == dec.first:
        s1 = Pers("ru", False, fam)
    dau = Pers("ru", True, ("Friesen", "Friesen"))
    s2 = Pers("ru", False, fam)
    while s2.first in (dec.first, s1.first):
        s2 = Pers("ru", False, fam)
    bro = Pers("ru", False, fam)
    while bro.first in (dec.first, s1.first, s2.first):
        bro = Pers("ru", False, fam)
    gk = Pers("de", False, ("Friesen", "Friesen"), first=ch(["Kevin", "Dominik", "Justin", "Leon"]))
    b = ymd(1949, 1957)
    a1, a2 = addr(0.5), other_addr()
    return f"""Ermittlung der bestattungspflichtigen Angehörigen
Sterbefall: {P(dec.full)}, * {DOB(fdate(b, 'dot'))} in Karaganda (Kasachstan), † 26.07.2025 in Worms
Aktenzeichen: {AZ(az_sb())}
Quellen: Melderegister, Standesamt Worms, Auskunft Rentenservice, Nachlassgericht

Rang 1 – Ehegatte
  {P(ex.full)}, geb. {DOB(fdate(ymd(1952, 1959), 'dot'))} – Ehe 2004 geschieden → nicht bestattungspflichtig

Rang 2 – Kinder
  a) {P(s1.full)}
     {A(a1[0])}
     {A(a1[1])}
     Anschreiben 04.08.2025 – keine Reaktion, Erinnerung 25.08.2025
  b) {P(dau.first + ' ' + dau.last)}, geb. {P(ex.last)}
     {A(a2[0])}, {A(a2[1])}
     hat das Erbe ausgeschlagen (Amtsgericht Worms, Az. {AZ(nachlass_az())}); Anhörung zur Bestattungspflicht läuft
  c) {P(s2.full)}
     lt. Melderegister 2016 nach Russland verzogen, letzte bekannte Anschrift {A(f'ul. Sowetskaja d. {rng.randint(2, 70)}, kv. {rng.randint(1, 90)}')}, {A(f'630{ids.digits(3)} Nowosibirsk')}
     → Zustellung im Ausland praktisch nicht möglich, nicht weiter verfolgen

Rang 3 – Eltern: beide verstorben (1989 / 1997)

Rang 4 – Geschwister
  {P(bro.full)} † 2019, weitere Geschwister nicht bekannt

Rang 5 – Enkel
  {P(gk.full)}, geb. {DOB(fdate(ymd(2008, 2011), 'dot'))} – minderjährig, nicht heranziehen

Ergebnis: Kostenbescheid gegen {P(s1.last)} (Sohn) und {P(dau.last)} (Tochter) als Gesamtschuldner vorbereiten. Bearbeitung: {P(SB2.first[0] + '. ' + SB2.last)}
"""


# 19 -----------------------------------------------------------------------------------------------
@doc("outlook", "widerspruch_anwaltskanzlei", ["HEALTH"])
def d19():
    fam = family("it")
    client = Pers("it", False, fam)
    father = Pers("it", False, fam)
    while father.first == client.first:
        father = Pers("it", False, fam)
    lawyer = Pers("de", True, ("von Borstel", "von Borstel"))
    assistant = pers("de", True)
    cst, cpl = other_addr()
    lst, lpl = ch([("Kämmererstraße " + str(rng.randint(2, 60)), "67547 Worms"),
                   ("Ludwigsplatz " + str(rng.randint(1, 12)), "67547 Worms")])
    return f"""Betreff: Widerspruch gegen Leistungsbescheid vom 02.09.2025 – Ihr Az. {AZ(az_sb())} – unser Az. {AZ(f'{rng.randint(100, 999)}/25 vB')}
Von: {N('Kanzlei von Borstel')} <{E('kanzlei@' + 'vonborstel-recht.de')}>
An: {N('sozialbestattung@worms.de')}

Sehr geehrte Damen und Herren,

in der oben bezeichneten Angelegenheit zeigen wir an, dass wir Herrn {P(client.full)}, {A(cst)}, {A(cpl)}, anwaltlich vertreten. Eine auf uns lautende Vollmacht fügen wir bei.

Namens und im Auftrag unseres Mandanten legen wir gegen den Leistungsbescheid vom 02.09.2025, mit dem er zur Erstattung der Kosten für die Bestattung seines Vaters, Herrn {P(father.full)}, herangezogen wird, Widerspruch ein.

Begründung:
Unser Mandant wurde von seinem Vater in seiner Kindheit über Jahre schwer misshandelt. Er hat im Alter von 15 Jahren das Elternhaus verlassen und seitdem keinen Kontakt mehr gehabt. Er befindet sich wegen einer posttraumatischen Belastungsstörung seit 2019 in psychotherapeutischer Behandlung; ein ärztliches Attest reichen wir nach. Unter diesen Umständen wäre die Heranziehung unbillig. Jedenfalls ist bei der Frage, ob ihm die Kosten zugemutet werden können, das Verhalten des Verstorbenen zu berücksichtigen (vgl. {N('BSG, Urteil vom 25.08.2011 – B 8 SO 20/10 R')}); einen entsprechenden Antrag nach § 74 SGB XII stellen wir hiermit vorsorglich.

Wir beantragen, den Bescheid aufzuheben und die Vollziehung bis zur Entscheidung über den Widerspruch auszusetzen. Für Rückfragen steht Ihnen die Unterzeichnerin zur Verfügung.

Mit freundlichen Grüßen

{P('Dr. ' + lawyer.full)}
Rechtsanwältin
Fachanwältin für Verwaltungsrecht

{N('Kanzlei von Borstel')} · {A(lst)} · {A(lpl)}
Telefon {T(tel_worms())} · Sekretariat Frau {P(assistant.last)}
"""


# 20 -----------------------------------------------------------------------------------------------
@doc("word", "anfrage_bank_nachlass")
def d20():
    dec = pers(ch(["de", "pl", "it"]), True)
    clerk = pers("de", False)
    b = ymd(1939, 1950)
    st, pl = worms_addr()
    return f"""Stadtverwaltung Worms · Abteilung 5.3 · Marktplatz 2 · 67547 Worms

Sparkasse Worms-Alzey-Ried
Nachlassservice
z. Hd. Herrn {P(clerk.last)}
Bahnhofstraße 8
67547 Worms

Ihr Zeichen: {AZ('NL ' + ids.digits(5))}        Unser Zeichen: {AZ(az_sb())}        Datum: {fdate(day25(8, 8), 'dot')}

Auskunft über Konten der verstorbenen {P(dec.full)}

Sehr geehrter Herr {P(clerk.last)},

die oben genannte Kundin Ihres Hauses ist am {fdate(day25(6, 7), 'long')} verstorben. Angaben zur Person:

Name: {P(dec.full)}
geboren: {DOB(fdate(b, 'dot'))}
letzte Anschrift: {A(st)}, {A(pl)}
Konto: IBAN {IB(iban_de(True))}
Kundennummer: {AZ(ids.digits(10, True))}

Die Stadt Worms hat die Bestattung als Ordnungsbehörde veranlasst, weil Angehörige nicht rechtzeitig tätig geworden sind. Wir bitten um Mitteilung des Kontostandes am Todestag, um Auskunft über weitere Konten, Depots oder ein Schließfach sowie um Prüfung, ob aus dem Guthaben die Rechnung des Bestatters (2.655,00 EUR) unmittelbar beglichen werden kann. Die Sterbeurkunde liegt in Kopie bei.

Auf das Bankgeheimnis gegenüber Behörden weisen wir vorsorglich hin; soweit Sie eine Auskunft nur mit Zustimmung der Erben erteilen dürfen, bitten wir um einen kurzen Hinweis.

Mit freundlichen Grüßen
Im Auftrag

{P(SB1.full)}
"""


# 21 -----------------------------------------------------------------------------------------------
@doc("outlook", "interne_rueckfrage", ["RELIGION", "ETHNICITY"])
def d21():
    fam = ch(["Haso", "Qasim", "Khalaf", "Bakr"])
    dec = Pers("sy", False, (fam, fam), first=ch(["Khidr", "Xelîl", "Nayef", "Dexil"]))
    dau = Pers("sy", True, (fam, fam), first=ch(["Jiyan", "Bêrivan", "Dilvin", "Sozdar"]))
    az = az_sb().lower()
    return f"""Betreff: kurze frage {AZ(az)}

hi {P(SB1.first.lower())},

hast du grad die akte {P(dec.full)} da? (verstorben am 14.8.)
die tochter {P(dau.first)} war heute nochmal bei mir am schalter. die familie ist jesidisch, kurdisch aus dem shingal-gebiet im irak, und die wollen ihn unbedingt nach oldenburg überführen lassen, weil da ein großer jesidischer friedhof ist und die ganze verwandtschaft. frau {P(dau.last)} meint, das ist billiger als hier ein wahlgrab für 25 jahre.

ich hab ihr gesagt, dass überführungskosten normalerweise keine erforderlichen kosten nach § 74 sind – stimmt doch, oder? oder zählt da nur, was eine bestattung hier vor ort gekostet hätte, und den rest zahlt die familie?

ihre nummer: {T(mobile())}
wenn du zeit hast ruf sie bitte an, die war ziemlich fertig.

danke dir!
{P(FR1.first[0].lower() + '.' + FR1.last.lower())}
"""


# 22 -----------------------------------------------------------------------------------------------
@doc("word", "zufahrtsgenehmigung", ["HEALTH"])
def d22():
    app = pers(ch(["de", "it", "pl"]), True)
    son = Pers(app.origin, False, app.fam)
    b = ymd(1938, 1949)
    st, pl = worms_addr()
    return f"""Friedhofsverwaltung Worms – Hauptfriedhof Hochheimer Höhe
Genehmigung zum Befahren der Friedhofswege mit einem Kraftfahrzeug (§ 6 Friedhofssatzung)

Antragstellerin:        {P(app.full)}
geboren am:             {DOB(fdate(b, 'dot'))}
Anschrift:              {A(st)}, {A(pl)}
Telefon:                {T(tel_worms())}
E-Mail:                 {E(email(app, DE_MAIL))}
Identität geprüft:      Personalausweis Nr. {IDC(ids.id_card(chance(0.5)))} (Original vorgelegt)

Fahrzeug 1:             Pkw, amtl. Kennzeichen {KFZ(plate('WO'))} (Halterin: Antragstellerin)
Fahrzeug 2:             Pkw, amtl. Kennzeichen {KFZ(plate())} (Halter und Fahrer: Sohn {P(son.full)})

Grabstätte:             {N(grave())}, Nutzungsberechtigte: Antragstellerin
Begründung:             Frau {P(app.last)} ist nach einer Hüftoperation und wegen fortgeschrittener Arthrose erheblich gehbehindert (Schwerbehindertenausweis, GdB 70, Merkzeichen G). Der Weg vom Haupteingang bis zur Grabstätte beträgt rund 650 m.

Entscheidung:           [x] genehmigt   [ ] abgelehnt
Auflagen:               befristet bis 31.12.2026; nur dienstags und freitags 9–12 Uhr; Schrittgeschwindigkeit; keine Zufahrt bei Beerdigungen im Feld; Genehmigung gut sichtbar hinter die Windschutzscheibe legen
Verwaltungsgebühr:      25,00 EUR, Kassenzeichen {AZ(kassenzeichen())}

Worms, {fdate(day25(8, 9), 'dot')}
{P(FR2.full)}
Friedhofsverwaltung
"""


# 23 -----------------------------------------------------------------------------------------------
@doc("outlook", "umschreibung_nutzungsrecht", ["SEXUAL_ORIENTATION"])
def d23():
    husband = pers("de", False)
    writer = Pers("de", False, (husband.last + "-" + ch(["Albers", "Nickel", "Bauer", "Sommer"]),) * 2,
                  first=ch(["Bernd", "Rüdiger", "Volker", "Armin", "Hans-Jürgen", "Uwe"]))
    while writer.first == husband.first:
        writer = Pers("de", False, writer.fam, first=ch(["Bernd", "Rüdiger", "Volker", "Armin", "Hans-Jürgen", "Uwe"]))
    sister = Pers("de", True, husband.fam)
    st, pl = worms_addr()
    return f"""Betreff: Grab meines Mannes – Umschreibung des Nutzungsrechts

Sehr geehrte Frau {P(FR1.last)},

am 2. Juli ist mein Mann, {P(husband.full)}, nach kurzer Krankheit gestorben. Wir waren 31 Jahre ein Paar und sind seit 2018 verheiratet, vorher waren wir eingetragene Lebenspartner. Die Urnenwahlgrabstätte {N(grave())} hat er 2021 für uns beide erworben; als Nutzungsberechtigter ist bisher nur er eingetragen.

Ich möchte das Nutzungsrecht jetzt auf mich umschreiben lassen. Seine Schwester, Frau {P(sister.full)}, hat schriftlich erklärt, dass sie damit einverstanden ist – die Erklärung und die Sterbeurkunde hänge ich an. Sie hat sich mit unserer Ehe lange schwergetan, umso mehr freut mich, dass das jetzt ohne Streit geht.

Die Umschreibungsgebühr und die künftigen Gebühren können Sie gern per Lastschrift einziehen:
IBAN {IB(iban_de())}
Kontoinhaber {P(writer.full)}
Das bisherige Kassenzeichen meines Mannes war {AZ(kassenzeichen())}.

Mit freundlichen Grüßen
{P(writer.full)}
{A(st)}
{A(pl)}
Tel. {T(tel_worms())}
"""


# 24 -----------------------------------------------------------------------------------------------
@doc("word", "liste_ablauf_nutzungsrechte")
def d24():
    rows = []
    arten = ["Wahlgrab 2-stellig", "Urnenwahlgrab", "Wahlgrab 4-stellig", "Urnenwahlgrab", "Wahlgrab 2-stellig",
             "Wahlgrab 1-stellig", "Urnenwahlgrab", "Wahlgrab 2-stellig", "Gruft (Denkmalschutz)"]
    notes = ["Verlängerung angefragt", "Brief zurück – unbekannt verzogen", "NB verstorben 2023, Erben ermitteln",
             "will Grab auflösen, Grabmal selbst abräumen", "", "Verlängerung 5 J. bezahlt", "keine Reaktion",
             "Tochter übernimmt, Umschreibung offen", "Patenschaft prüfen"]
    for i, art in enumerate(arten):
        o = ch(["de", "de", "de", "it", "pl", "tr", "de"])
        p = pers(o)
        name = p.rev
        if i == 6:
            name = p.rev + ", Prof. Dr."
        if i == 2:
            name = f"{p.last}, {p.first} (†)"
            nm = P(f"{p.last}, {p.first}") + " (†)"
        else:
            nm = P(name)
        st, pl = addr(0.55)
        note = notes[i]
        if i == 2:
            heir = pers(o)
            note = f"NB verstorben 2023, Erbin vermutlich {P(heir.full)}"
        if i == 7:
            heir = Pers(o, True, p.fam)
            note = f"Tochter {P(heir.first)} übernimmt, Umschreibung offen"
        if i == 1:
            rows.append(f"| {N(grave())} | {art} | {nm} | {A(st)}, {A(pl)} | 31.12.2025 | {note} |")
        else:
            rows.append(f"| {N(grave())} | {art} | {nm} | {A(st)}, {A(pl)} | {rng.choice(['30.09.', '31.10.', '31.12.'])}2025 | {note} |")
    body = "\n".join(rows)
    return f"""Hauptfriedhof Hochheimer Höhe – Nutzungsrechte mit Ablauf 2025 (Auszug, Stand 01.09.2025)
Bearbeitung: {P(FR2.full)} / {P(FR1.full)}

| Grabstätte | Art | Nutzungsberechtigte(r) | Anschrift | Ablauf | Bemerkung |
|---|---|---|---|---|---|
{body}

Hinweis: Nach Ablauf ohne Verlängerung fallen die Grabstätten an die Stadt zurück; Grabmale sind binnen drei Monaten zu entfernen (§ 24 Friedhofssatzung). Öffentliche Bekanntmachung im Amtsblatt folgt.
"""


# 25 -----------------------------------------------------------------------------------------------
@doc("outlook", "stundung_gewerkschaftszuschuss", ["UNION"])
def doc_25():
    fam = family("de")
    husband = Pers("de", False, fam)
    widow = Pers("de", True, fam)
    colleague = pers(ch(["de", "tr", "it"]), False)
    st, pl = worms_addr()
    return f"""Betreff: Bitte um Stundung Friedhofsgebühren – Kassenzeichen {AZ(kassenzeichen())}

Sehr geehrte Damen und Herren,

am 5. August habe ich meinen Mann {P(husband.full)} beerdigt. Jetzt ist der Gebührenbescheid über 2.995,00 EUR gekommen, zahlbar bis 15. September. Das Geld habe ich im Moment nicht, weil die Rechnung vom Bestatter schon fast alles aufgebraucht hat.

Mein Mann war 41 Jahre Mitglied in der IG Metall, Mitgliedsnummer {AZ(ids.digits(9, True))}. Die Gewerkschaft zahlt für langjährige Mitglieder einen Zuschuss im Todesfall. Den Antrag hat sein früherer Kollege aus dem Betriebsrat, Herr {P(colleague.full)}, für mich gestellt, das Geld soll in vier bis sechs Wochen kommen. Außerdem warte ich auf das Sterbevierteljahr von der Rentenversicherung.

Darf ich die Gebühren deshalb bis Ende Oktober zahlen? Wenn nötig auch in zwei Raten. Eine Bestätigung der Gewerkschaft kann ich nachreichen.

Mit freundlichen Grüßen
{P(widow.full)}
{A(st)}, {A(pl)}
{T(tel_worms())}
{E(email(widow, DE_MAIL))}
"""


# 26 -----------------------------------------------------------------------------------------------
@doc("word", "mahnung_friedhofsgebuehren")
def d26():
    debtor = pers(ch(["de", "tr", "ru", "it"]), True)
    co = pers(debtor.origin, False)
    st, pl = addr(0.5)
    kz = kassenzeichen()
    return f"""Stadtkasse Worms · Marktplatz 2 · 67547 Worms

{debtor.herrn}
{P(debtor.full)}
{A(st)}
{A(pl)}

Kassenzeichen: {AZ(kz)}
Mahnstufe: 2
Datum: {fdate(day25(8, 9), 'dot')}

MAHNUNG

{debtor.geehrt} {P(debtor.last)},

trotz Zahlungserinnerung vom {fdate(day25(6, 7), 'dot')} ist folgende Forderung noch offen:

Friedhofsgebühren lt. Bescheid vom 14.04.2025 (Bestattung, Urnenreihengrab)    845,00 EUR
Säumniszuschläge (§ 240 AO i. V. m. § 3 KAG)                                       16,50 EUR
Mahngebühr                                                                          5,00 EUR
Gesamt                                                                            866,50 EUR

Bitte zahlen Sie den Gesamtbetrag innerhalb einer Woche auf das Konto der Stadtkasse, IBAN {N(CITY_IBAN)}, und geben Sie dabei unbedingt das Kassenzeichen an. Geht die Zahlung nicht fristgerecht ein, wird die Forderung ohne weitere Ankündigung im Verwaltungsvollstreckungsverfahren beigetrieben; dabei entstehen weitere Kosten.

Die Forderung richtet sich gesamtschuldnerisch auch gegen Herrn {P(co.full)}. Zahlungen eines Gesamtschuldners wirken für beide.

Wenn Sie den Betrag nicht auf einmal zahlen können, rufen Sie uns bitte an ({N(SWITCH)}) – eine Ratenzahlung ist auf Antrag möglich.

Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.
"""


# 27 -----------------------------------------------------------------------------------------------
@doc("outlook", "anfrage_tochter_polen")
def d27():
    fam = family("pl")
    mama = Pers("pl", True, fam)
    dau = Pers("pl", True, fam)
    while dau.first == mama.first:
        dau = Pers("pl", True, fam)
    employer = pers("de", False)
    city = ch([("97-300", "Piotrków Trybunalski"), ("26-600", "Radom"), ("33-100", "Tarnów"), ("75-016", "Koszalin")])
    pst = f"ul. {ch(['Słoneczna', 'Polna', 'Leśna', 'Kościuszki', 'Szkolna'])} {rng.randint(2, 80)}"
    est, _ = worms_addr()
    return f"""Betreff: pogrzeb mama / beerdigung {P(mama.full)}

dzień dobry,

ich schreibe für meine mama {P(mama.full)}, sie ist gestorben am 3 sierpnia (august) in Worms. sie hat gearbeitet als pflegerin 24 stunden bei herr {P(employer.full)} in {A(est)}, sie hat auch da gewohnt.
ich bin tochter, ich wohne in polen: {A(pst)}, {A(city[0] + ' ' + city[1])}

ich habe von ihnen brief bekommen, ich muss zahlen 2.900 euro für beerdigung. ich verstehe nicht alles in brief. ich will mama nach polen bringen aber bestatter sagt 4500 euro, zu teuer für uns. kann man urne nach polen schicken? mit post oder wie?
und herr {P(employer.last)} sagt mama hat noch geld von letzter monat nicht bekommen, 1.100 euro – kann das zahlen für beerdigung?

bitte schreiben sie mir auf email {E(email(dau, ['wp.pl', 'o2.pl', 'onet.pl', 'interia.pl']))} oder whatsapp {T(tel_pl())}, mein deutsch ist nicht gut, google übersetzer hilft.
moje konto: {IB(fmt_iban(iban_pl()))}

dziękuję bardzo
{P(dau.full)}
"""


# 28 -----------------------------------------------------------------------------------------------
@doc("word", "nachlassverzeichnis")
def d28():
    dec = pers("de", False)
    partner = pers(ch(["de", "pl", "ru"]), True)
    b = ymd(1952, 1961)
    st, pl = worms_addr()
    return f"""Vorläufiges Nachlassverzeichnis – Prüfung der Kostendeckung (Ersatzvornahme)
Aktenzeichen: {AZ(az_sb())}

Erblasser: {P(dec.full)}, geb. {DOB(fdate(b, 'long'))}, verst. 19.06.2025
letzte Anschrift: {A(st)}, {A(pl)}
Steuerliche Identifikationsnummer: {TID(taxid())} – Erstattung Einkommensteuer 2024 laut Finanzamt offen (412,00 EUR)
Steuernummer (Hausmeisterservice, Gewerbe abgemeldet 2022): {TNR(steuernr_rlp())}
Rentenversicherungsnummer: {SSN(ssn(b, dec.last))} – Rente für Juli wird zurückgefordert

I. Vermögen                                                                         EUR
1. Girokonto Volksbank Alzey-Worms, IBAN {IB(iban_de())}                         1.412,55
2. Tagesgeldkonto Direktbank, IBAN {IB(iban_de())}                              3.000,00
3. Pkw Opel Astra, Bj. 2014, amtl. Kennzeichen {KFZ(plate('WO'))}, Schätzwert      3.800,00
4. Pkw-Anhänger, amtl. Kennzeichen {KFZ(plate('WO'))}, Schätzwert                     350,00
5. Werkzeug und Maschinen aus dem früheren Gewerbe (Garage)                           ca. 600,00
6. Kapitallebensversicherung, Vers.-Nr. {AZ(f'LV {ids.digits(2)}-{ids.digits(7)}')}, bezugsberechtigt Lebensgefährtin {P(partner.full)} – fällt nicht in den Nachlass

II. Verbindlichkeiten
1. Kreditkarte Mastercard {CC(cc())}, Saldo                                    318,20
2. Miete Juli/August                                                                     1.180,00
3. Kosten der Bestattung (Ersatzvornahme)                                               3.274,60

Ergebnis: Der Nachlass deckt die Bestattungskosten voraussichtlich. Da alle Erben ausgeschlagen haben, Anregung einer Nachlasspflegschaft beim Amtsgericht prüfen (§ 1961 BGB).

Sichergestellt und an das Bürgerbüro zur Entwertung abgegeben: Personalausweis {IDC(ids.id_card(True))}, Reisepass {PASS(ids.passport(chance(0.5)))}.

aufgestellt: {P(SB1.full)}, {fdate(day25(8, 8), 'dot')}
"""


# 29 -----------------------------------------------------------------------------------------------
@doc("outlook", "trauerfeier_ortsverein", ["POLITICS", "RELIGION"])
def d29():
    fam = family("de")
    dec = Pers("de", False, fam)
    widow = Pers("de", True, fam)
    pastor = pers("de", True)
    chair = pers(ch(["de", "it", "tr"]), False)
    st, pl = worms_addr()
    return f"""Betreff: Trauerfeier für {P(dec.full)} – Ehrengrab möglich?

Sehr geehrte Frau {P('Dr. ' + LEAD.last)},

unser langjähriges Mitglied und früherer Stadtrat {P(dec.full)} ist am vergangenen Sonntag im Alter von 84 Jahren gestorben. {P(dec.first)} war 56 Jahre in der SPD und hat für uns 18 Jahre im Stadtrat gesessen, lange Zeit auch im Sozialausschuss.

Die Familie wünscht eine evangelische Trauerfeier in der Trauerhalle; halten wird sie Pfarrerin {P(pastor.full)} von der Lutherkirchengemeinde, bei der er Presbyter war. Im Anschluss möchte der Ortsverein am Grab ein paar Worte sprechen und die Fahne des Ortsvereins mitbringen. Ist das auf dem Hauptfriedhof erlaubt?

Außerdem fragen wir, ob die Stadt für ihn ein Ehrengrab nach der Friedhofssatzung in Betracht zieht. Seine Witwe, Frau {P(widow.full)}, wäre damit einverstanden; sie ist erreichbar unter {T(tel_worms())}, Anschrift {A(st)}, {A(pl)}.

Mit solidarischen Grüßen
{P(chair.full)}
Vorsitzender SPD-Ortsverein Worms-Horchheim
{T(mobile())} · {E(email(chair, DE_MAIL))}
"""


# 30 -----------------------------------------------------------------------------------------------
@doc("word", "protokoll_dienstbesprechung")
def d30():
    lawyer_case = pers(ch(["de", "it", "tr"]), False)
    trainee = pers(ch(["de", "tr", "sy"]), True)
    return f"""Protokoll der Dienstbesprechung Abteilung 5.3 vom 28.08.2025
Teilnehmende: {P(LEAD_T)} (Leitung), {P(SB1.full)}, {P(SB2.full)}, {P(FR1.full)}, {P(FR2.full)}, {P(trainee.full)} (Auszubildende)
Protokoll: {P(SB2.last)}

TOP 1 Fallzahlen
Sozialbestattungen/Ersatzvornahmen 2024: 61 Fälle, Kosten gesamt 187.400 EUR, davon erstattet 41 %. 2025 bis 31.07.: 44 Fälle. Durchschnittliche Dauer bis zum Bescheid: 94 Tage.

TOP 2 Rechtsprechung
Kurze Vorstellung der Grundsätze zur Zumutbarkeit nach § 74 SGB XII ({N('BSG, Urteil vom 25.08.2011 – B 8 SO 20/10 R')}). Widerspruchsverfahren {P(lawyer_case.full)} ({AZ(az_sb())}) geht an das Rechtsamt; die Kanzlei hat Akteneinsicht beantragt.

TOP 3 Friedhofsgebührensatzung
Entwurf der Neufassung (Erhöhung Urnenreihengrab von 990 auf 1.080 EUR) geht in die Sitzung des Haupt- und Finanzausschusses am 23.09.2025, Vorlage Nr. 0412/2025. Erweiterung des muslimischen Grabfeldes um 120 Grabstellen ist im Bebauungsplan Nr. 17 "Hochheimer Höhe" bereits berücksichtigt.

TOP 4 Erreichbarkeit
Bereitschaftstelefon am Wochenende für Bestatter: {N('06241 853-4444')}. Die Funktionsadresse {N('friedhofsverwaltung@worms.de')} wird ab Oktober auch vom Bürgertelefon gelesen. Zahlungen weiterhin nur auf das Konto der Stadtkasse, IBAN {N(CITY_IBAN)}.

TOP 5 Verschiedenes
Schulung „Datenschutz im Sterbefall“ am 16.10.2025, 9–12 Uhr, Raum 110. Urlaubsvertretung im Oktober: {P(SB1.last)} für {P(SB2.last)}.

Nächste Besprechung: 25.09.2025
"""


# ---------------------------------------------------------------- main
def main():
    assert len(DOCS) == 30, len(DOCS)
    out = []
    for i, (channel, template, fn, flags) in enumerate(DOCS, 1):
        marked = fn()
        out.append(build(f"F147-{i:03d}", channel, template, marked, flags))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for obj in out:
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
