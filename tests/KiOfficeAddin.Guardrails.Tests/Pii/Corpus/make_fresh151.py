#!/usr/bin/env python3
"""Blind test batch 151: the data-protection officer (DSB) of a city administration.

Art. 15 access requests, erasure requests with ID copies, complaints about misdirected letters, breach reports with
lists of affected persons, internal notes, exchanges with the state data-protection authority (LDI NRW).
All randomness comes from Identifiers(15151).rng, so two runs write identical bytes.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from identifiers import Identifiers, group, icao_check, luhn_check, mod11_10_check  # noqa: E402
from marks import build  # noqa: E402

ids = Identifiers(15151)
rng = ids.rng


# ---------------------------------------------------------------------------------------------------------------
# marks
def mk(code, s):
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


# ---------------------------------------------------------------------------------------------------------------
# names
ORIGINS = [
    ("de", 38,
     ["Sabine", "Ursula", "Monika", "Petra", "Claudia", "Heike", "Kerstin", "Jana", "Lea", "Marie", "Hannah",
      "Johanna", "Saskia", "Gudrun", "Hildegard", "Roswitha", "Annegret", "Wiebke", "Mareike", "Svenja", "Birte",
      "Anne-Kathrin", "Marlies", "Theresa", "Lisa-Marie", "Dorothee", "Friederike", "Insa"],
     ["Michael", "Andreas", "Stefan", "Jürgen", "Klaus", "Wolfgang", "Bernd", "Reinhard", "Hubertus", "Friedhelm",
      "Ludger", "Meinolf", "Lukas", "Finn", "Jonas", "Tobias", "Malte", "Henrik", "Bastian", "Hans-Jürgen",
      "Karl-Heinz", "Franz-Josef", "Ansgar", "Dietmar", "Volker", "Gereon", "Till"],
     ["Schulte", "Hennecke", "Rüther", "Wiegelmann", "Hüser", "Linnemann", "Vollmer", "Feldmann", "Kleine", "Gerwin",
      "Bräutigam", "Köster", "Tillmann", "Beule", "Geueke", "Kersting", "Heimes", "Brüggemann", "Pieper", "Stracke",
      "Sauerwald", "Wrede", "Lohmann", "Mertens", "Schulte-Bockum", "Kemper-Heide", "Rüther-Linn", "Müller-Wiegand",
      "Hesse", "Düllberg", "Padberg", "Tigges", "Klauke", "Sommerhoff", "Bathe", "Enste", "Funke", "Voß",
      "von Boeselager", "von der Heyden", "Schmitz", "Wessel", "Göbel", "Nölle", "Ebbers"]),
    ("tr", 12,
     ["Elif", "Ayşe", "Fatma", "Zeynep", "Merve", "Derya", "Dilan", "Hevin", "Rojda", "Gülşen", "Büşra", "Songül"],
     ["Mehmet", "Mustafa", "Emre", "Cem", "Hüseyin", "Serhat", "Rojhat", "Murat", "Oğuz", "Ilhan", "Burak"],
     ["Yılmaz", "Demir", "Kaya", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç", "Koç", "Yıldız",
      "Aksoy", "Polat", "Güneş", "Tekin", "Karataş", "Bozkurt"]),
    ("pl", 7,
     ["Aleksandra", "Katarzyna", "Magdalena", "Joanna", "Jolanta", "Beata", "Agnieszka", "Małgorzata"],
     ["Piotr", "Tomasz", "Krzysztof", "Paweł", "Dariusz", "Marek", "Grzegorz", "Łukasz"],
     ["Nowak", "Wójcik", "Kowalczyk", "Mazur", "Krawczyk", "Pawlak", "Michalak", "Zając", "Wróbel", "Sikora"]),
    ("ua", 6,
     ["Olena", "Iryna", "Natalia", "Swetlana", "Oksana", "Tetiana", "Jekaterina"],
     ["Dmitri", "Sergej", "Oleksandr", "Andrij", "Wladimir", "Bohdan", "Artem"],
     ["Kowalenko", "Schewtschenko", "Bondarenko", "Melnyk", "Tkachenko", "Kravets", "Lysenko", "Hrytsenko"]),
    ("it", 4,
     ["Giulia", "Francesca", "Chiara", "Rosaria", "Antonella"],
     ["Giuseppe", "Marco", "Luca", "Salvatore", "Vincenzo"],
     ["Russo", "Esposito", "Romano", "Ferraro", "Lombardi", "De Luca", "Di Stefano", "La Rocca"]),
    ("gr", 3,
     ["Eleni", "Dimitra", "Maria", "Sofia"],
     ["Nikolaos", "Georgios", "Kostas", "Christos"],
     ["Georgiou", "Alexiou", "Karamanlis", "Tsakiris", "Vlachos"]),
    ("ar", 7,
     ["Amira", "Layla", "Rana", "Nour", "Sahar", "Yasmin", "Hanan", "Rasha"],
     ["Ahmad", "Omar", "Khaled", "Yusuf", "Mohammed", "Tarek", "Bilal", "Samir"],
     ["Al-Hassan", "Haddad", "Khalil", "Mansour", "El Amrani", "Abu Zaid", "Saleh", "Nasser", "Al-Khatib",
      "Hamdan", "Ben Ali"]),
    ("afr", 4,
     ["Chiamaka", "Ngozi", "Adaeze", "Selam", "Abena", "Fatoumata"],
     ["Emeka", "Chukwudi", "Kwame", "Tesfaye", "Oluwaseun", "Yaw"],
     ["Okafor", "Adeyemi", "Nwosu", "Eze", "Okonkwo", "Balogun", "Mensah", "Haile", "Gebremedhin", "Diallo"]),
    ("vn", 2,
     ["Thi Lan", "Mai Anh", "Thu Trang", "Ngoc Han"],
     ["Duc Anh", "Van Minh", "Quang Huy"],
     ["Nguyen", "Tran", "Pham", "Le", "Vu", "Hoang"]),
    ("nl", 3,
     ["Femke", "Sanne", "Ingrid", "Anouk", "Marieke"],
     ["Bram", "Joost", "Erik", "Sjoerd", "Pieter"],
     ["van der Meulen", "de Vries", "van Dijk", "ter Horst", "op den Camp", "Bakker", "Visser"]),
    ("balkan", 5,
     ["Jelena", "Ana", "Mirela", "Vesna", "Arta", "Drita"],
     ["Goran", "Dragan", "Mirko", "Arben", "Besnik", "Nenad", "Ivica"],
     ["Jovanović", "Horvat", "Kovačević", "Petrović", "Krasniqi", "Berisha", "Gashi", "Hodžić", "Babić"]),
    ("ib", 3,
     ["Ana Lúcia", "Fernanda", "Carmen", "Lucía", "Inês"],
     ["João", "Rui", "Javier", "Alejandro", "Tiago"],
     ["García", "Fernández", "Silva", "Pereira", "Costa", "Oliveira", "Moreno"]),
]
TITLES = ["Dr.", "Dr.", "Dr.", "Prof. Dr.", "Dipl.-Ing.", "Dr. med."]

TRANS = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ı": "i", "ş": "s", "ç": "c", "ğ": "g", "İ": "i", "ł": "l",
         "ś": "s", "ą": "a", "ę": "e", "ó": "o", "ż": "z", "ź": "z", "ć": "c", "ń": "n", "é": "e", "è": "e",
         "ú": "u", "í": "i", "á": "a", "ã": "a", "ê": "e", "č": "c", "š": "s", "ž": "z", "đ": "d", "Ł": "l"}


def ascii_fold(s):
    out = "".join(TRANS.get(c, TRANS.get(c.lower(), c)) for c in s.lower())
    return "".join(c for c in out if c.isalnum() or c in "-. ")


class Person:
    def __init__(self, first, last, g, title="", origin="de"):
        self.first, self.last, self.g, self.title, self.origin = first, last, g, title, origin

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def tfull(self):
        return f"{self.title} {self.full}" if self.title else self.full

    @property
    def tlast(self):
        return f"{self.title} {self.last}" if self.title else self.last

    @property
    def frau_herr(self):
        return "Frau" if self.g == "f" else "Herr"

    @property
    def herrn(self):
        return "Frau" if self.g == "f" else "Herrn"

    @property
    def sg(self):
        return "Sehr geehrte Frau" if self.g == "f" else "Sehr geehrter Herr"

    @property
    def initial(self):
        return f"{self.first[0]}. {self.last}"

    @property
    def comma(self):
        return f"{self.last}, {self.first}"

    def letter(self):
        """Initial of the (birth) surname for the pension insurance number."""
        core = self.last.split()[-1] if self.last.split()[0][0].islower() else self.last
        return ascii_fold(core)[0].upper()


USED = []
DOC_LAST = []  # surnames already given out in the current document (reset per document)


def person(g=None, origin=None, title=None, last=None):
    for _ in range(200):
        gg = g or rng.choice("fm")
        if origin:
            o = next(x for x in ORIGINS if x[0] == origin)
        else:
            o = rng.choices(ORIGINS, weights=[x[1] for x in ORIGINS])[0]
        first = rng.choice(o[2] if gg == "f" else o[3])
        ln = last or rng.choice(o[4])
        if last is None and ln in DOC_LAST:
            continue
        if title is None:
            t = rng.choice(TITLES) if rng.random() < 0.08 else ""
        else:
            t = title
        key = (first, ln)
        if key in USED:
            continue
        USED.append(key)
        DOC_LAST.append(ln)
        return Person(first, ln, gg, t, o[0])
    raise RuntimeError("name pool exhausted")


# ---------------------------------------------------------------------------------------------------------------
# addresses, phones, mails, dates
STREETS = ["Hellefelder Straße", "Möhnestraße", "Mendener Straße", "Ruhrstraße", "Klosterstraße", "Schobbostraße",
           "Apothekerstraße", "Goethestraße", "Grafenstraße", "Lange Wende", "Königstraße", "Burgstraße",
           "Zum Wiegelsberg", "Unterer Hessenberg", "Am Bergelchen", "Ringlebstraße", "Stembergstraße",
           "Rumbecker Straße", "Kapellenstraße", "Jahnallee", "In der Lüre", "Auf dem Hahnenkamp",
           "Zur Alten Mühle", "Am Ehmsenberg", "Drostenbergweg", "Im Ohl", "Zu den Drei Bänken",
           "Im Kleinen Feldchen", "Graf-Gottfried-Straße", "Dr.-Josef-Mertens-Straße", "Marktstraße",
           "Sauerstraße", "Eichholzstraße", "Bergheimer Weg", "Westring", "Alter Soestweg", "Uentroper Weg",
           "Am Müggenberg", "Seltersberg", "Bahnhofstraße", "Ohlweg", "Kirchstraße", "Freiheit", "Hasenwinkel",
           "Wildhausener Straße", "Auf der Haar", "Wannestraße", "Schürenweg", "An der Rennbahn", "Zur Feldmühle"]
ABBR = {"Straße": "Str.", "straße": "str."}
PLACES = [("59755", "Arnsberg"), ("59757", "Arnsberg"), ("59759", "Arnsberg"), ("59821", "Arnsberg"),
          ("59823", "Arnsberg"), ("59846", "Sundern"), ("59872", "Meschede"), ("58706", "Menden"),
          ("59494", "Soest"), ("59457", "Werl"), ("59469", "Ense"), ("44137", "Dortmund"), ("59581", "Warstein"),
          ("58802", "Balve"), ("59755", "Arnsberg-Neheim"), ("59759", "Arnsberg-Hüsten"),
          ("59823", "Arnsberg-Oeventrop"), ("57392", "Schmallenberg"), ("58636", "Iserlohn")]
LOCAL = PLACES[:5] + PLACES[14:17]


def house():
    n = str(rng.choice([rng.randint(1, 30), rng.randint(1, 30), rng.randint(1, 140)]))
    r = rng.random()
    if r < 0.15:
        n += rng.choice("abc")
    elif r < 0.19:
        n += " " + rng.choice("ab")
    elif r < 0.22:
        k = int(n)
        n = f"{k}-{k + 2}"
    return n


def street(abbr=None):
    s = rng.choice(STREETS)
    if abbr is None:
        abbr = rng.random() < 0.25
    if abbr:
        for k, v in ABBR.items():
            if s.endswith(k):
                s = s[: -len(k)] + v
    return f"{s} {house()}"


def place(local=True):
    plz, city = rng.choice(LOCAL if local else PLACES)
    return f"{plz} {city}"


MOBILE = ["0151", "0152", "0157", "0159", "0160", "0162", "0163", "0170", "0171", "0172", "0173", "0174", "0175",
          "0176", "0177", "0178", "0179"]
AREAS = ["02931", "02932", "02933", "02935", "02937", "02934", "02921", "02373", "0291", "02902", "0231", "02303"]


def mobile():
    pre = rng.choice(MOBILE)
    num = ids.digits(rng.choice([7, 8]), first_nonzero=True)
    f = rng.randrange(7)
    if f == 0:
        return f"{pre} {num}"
    if f == 1:
        return f"{pre}/{num}"
    if f == 2:
        return f"{pre}-{num[:3]} {num[3:]}"
    if f == 3:
        return f"+49 {pre[1:]} {num}"
    if f == 4:
        return f"+49 (0){pre[1:]} {num[:5]} {num[5:]}"
    if f == 5:
        return f"+49{pre[1:]}{num}"
    return f"{pre} {num[:3]} {num[3:5]} {num[5:]}"


def landline(area=None):
    a = area or rng.choice(AREAS)
    num = ids.digits(rng.choice([5, 6]) if len(a) == 5 else rng.choice([6, 7]), first_nonzero=True)
    f = rng.randrange(6)
    if f == 0:
        return f"{a} {num}"
    if f == 1:
        return f"{a}/{num}"
    if f == 2:
        return f"({a}) {num}"
    if f == 3:
        return f"{a}-{num}"
    if f == 4:
        return f"+49 {a[1:]} {num}"
    return f"+49 (0) {a[1:]} {num[:3]} {num[3:]}"


def phone():
    return mobile() if rng.random() < 0.55 else landline()


def staff_phone():
    ext = ids.digits(4, first_nonzero=True)
    return rng.choice([f"02931 963-{ext}", f"02931 963-{ext}", f"(02931) 963 {ext}", f"+49 2931 963-{ext}"])


DOMAINS = ["gmx.de", "gmx.net", "web.de", "t-online.de", "gmail.com", "outlook.de", "hotmail.com", "posteo.de",
           "icloud.com", "mailbox.org", "freenet.de", "yahoo.de", "arcor.de", "online.de", "aol.com"]


def mail(p, domain=None):
    f = ascii_fold(p.first).replace(" ", "").replace("-", "")
    last = ascii_fold(p.last).replace(" ", "")
    d = domain or rng.choice(DOMAINS)
    s = rng.randrange(7)
    if s == 0:
        loc = f"{f}.{last}"
    elif s == 1:
        loc = f"{f[0]}{last}"
    elif s == 2:
        loc = f"{last}{rng.randint(60, 99)}"
    elif s == 3:
        loc = f"{f}_{last}"
    elif s == 4:
        loc = f"{f}{last[0]}{rng.randint(1, 99)}"
    elif s == 5:
        loc = f"{last}.{f[0]}"
    else:
        loc = f"{f}.{last}{rng.randint(1970, 2004)}"
    return f"{loc}@{d}"


def staff_mail(p, domain="arnsberg.de"):
    f = ascii_fold(p.first).replace(" ", "")
    last = ascii_fold(p.last).replace(" ", "")
    return f"{f}.{last}@{domain}"


MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
          "Dezember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


class Date:
    def __init__(self, y0, y1):
        self.y = rng.randint(y0, y1)
        self.m = rng.randint(1, 12)
        self.d = rng.randint(1, 28)

    def fmt(self, style=None):
        s = style if style is not None else rng.randrange(5)
        d, m, y = self.d, self.m, self.y
        if s == 0:
            return f"{d:02d}.{m:02d}.{y}"
        if s == 1:
            return f"{d}. {MONTHS[m - 1]} {y}"
        if s == 2:
            return f"{d}.{m}.{y}"
        if s == 3:
            return f"{d:02d}.{m:02d}.{y % 100:02d}"
        if s == 4:
            return f"{d:02d}.{m:02d}.{y}"
        if s == 5:
            return f"{y}-{m:02d}-{d:02d}"
        if s == 6:
            return f"{d} {MONTHS_EN[m - 1]} {y}"
        if s == 7:
            return f"{d:02d}/{m:02d}/{y}"
        raise ValueError(s)

    @property
    def ddmmyy(self):
        return f"{self.d:02d}{self.m:02d}{self.y % 100:02d}"

    @property
    def yymmdd(self):
        return f"{self.y % 100:02d}{self.m:02d}{self.d:02d}"


def dob(y0=1940, y1=2004):
    return Date(y0, y1)


# ---------------------------------------------------------------------------------------------------------------
# identifiers
def iban_de(spaced=None):
    v = ids.iban_de()
    if spaced is None:
        spaced = rng.random() < 0.6
    return group(v, 4) if spaced else v


def mod97(country, bban):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def iban_nl():
    bank = rng.choice(["RABO", "INGB", "ABNA", "TRIO", "SNSB"])
    return group(mod97("NL", bank + ids.digits(10)), 4)


def tax_id(spaced=None):
    v = ids.tax_id()
    if spaced is None:
        spaced = rng.random() < 0.5
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if spaced else v


def ssn(p, born, spaced=None):
    v = ids.social_security(born.ddmmyy, p.letter())
    if spaced is None:
        spaced = rng.random() < 0.5
    return f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}" if spaced else v


def idcard(check=None):
    if check is None:
        check = rng.random() < 0.4
    return ids.id_card(check_digit=check)


def passport(check=None):
    if check is None:
        check = rng.random() < 0.3
    return ids.passport(check_digit=check)


def card(kind=None):
    kind = kind or rng.choice(["visa", "mc", "mc", "visa", "amex"])
    if kind == "amex":
        v = ids.credit_card(rng.choice(["34", "37"]), 15)
        return f"{v[:4]} {v[4:10]} {v[10:]}"
    v = ids.credit_card("4" if kind == "visa" else rng.choice(["51", "52", "53", "54", "55"]), 16)
    st = rng.randrange(3)
    return group(v, 4) if st == 0 else group(v, 4, "-") if st == 1 else v


DISTRICTS = ["HSK", "HSK", "AR", "AR", "MES", "BRI", "SO", "LP", "UN", "MK", "HA", "DO", "BO", "E", "MS", "PB",
             "OE", "WAR", "GT", "SI"]


def plate():
    d = rng.choice(DISTRICTS)
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice([1, 2, 2])))
    num = str(rng.randint(1, 9999 if len(d) + len(letters) < 5 else 999))
    suffix = rng.choice(["", "", "", "", "", "", "E", "H"])
    sep = rng.choice(["-", "-", " "])
    return f"{d}{sep}{letters} {num}{suffix}"


def kassenzeichen():
    return f"{rng.randint(1, 9)}.{rng.choice([2023, 2024, 2025])}.{ids.digits(6, True)}"


def dsb_az():
    return rng.choice([f"DSB-{rng.choice([2024, 2025])}-{ids.digits(3, True)}",
                       f"10.4/DS {ids.digits(3, True)}/25", f"DS 25/{ids.digits(4, True)}"])


def ldi_az():
    return f"{rng.choice(['31', '32', '33', '41'])}.{rng.randint(1, 9)}.{rng.randint(1, 5)}-{ids.digits(4, True)}/25"


def mrz_check(s):
    w = (7, 3, 1)
    t = 0
    for i, c in enumerate(s):
        v = 0 if c == "<" else int(c) if c.isdigit() else ord(c) - ord("A") + 10
        t += v * w[i % 3]
    return str(t % 10)


def tl(p):
    """Surname in a salutation: the title stays outside the mark, as in dev.jsonl."""
    return f"{p.title} {P(p.last)}" if p.title else P(p.last)


def wrap(parts):
    return "\n".join(parts)


# recurring staff of the DSB office
DSB = person("f", "de", title="")
DSB.title = "Dr."
DSB2 = person("m", "gr", title="")
DSB_TEL = "02931 963-1042"
LDI_REF = person(title="")
LDI_EXT = ids.digits(3, True)
KITA_C = person("f", title="")
KITA_AZ = ldi_az()
RESERVED = [DSB.last, DSB2.last, LDI_REF.last, KITA_C.last]


# ---------------------------------------------------------------------------------------------------------------
# documents
def d01():
    p = person()
    bn = person(p.g, "de", title="")
    born = dob(1952, 1990)
    kd = f"KD-{ids.digits(7, True)}"
    kz = kassenzeichen()
    idn = idcard(True)
    return ("outlook", "auskunftsersuchen-art15", f"""Betreff: Auskunftsersuchen nach Art. 15 DSGVO – bitte mit Kopie der Daten

Sehr geehrte Damen und Herren,

hiermit mache ich von meinem Recht auf Auskunft nach Art. 15 der Datenschutz-Grundverordnung Gebrauch. Bitte teilen Sie mir mit, welche Daten die Stadt über mich gespeichert hat, zu welchen Zwecken, an wen sie übermittelt wurden und wie lange sie noch aufbewahrt werden. Ich bitte ausdrücklich auch um eine Kopie der Daten (Art. 15 Abs. 3 DSGVO), nicht nur um eine Aufzählung der Kategorien.

Zur eindeutigen Zuordnung:
Name: {P(p.tfull)}
Geburtsname: {P(bn.last)}
Geburtsdatum: {DOB(born.fmt(0))}
Anschrift: {A(street())}, {A(place())}
frühere Anschrift (bis 2019): {A(street())}, {A(place(False))}

In den letzten Jahren hatte ich Kontakt mit dem Bürgerbüro (Kundennummer {AZ(kd)}) und mit der Stadtkasse wegen der Grundsteuer (Kassenzeichen {AZ(kz)}). Eine Kopie meines Personalausweises liegt bei; ich habe alles geschwärzt außer Name, Geburtsdatum, Anschrift und der Ausweisnummer {IDC(idn)}, damit Sie mich sicher identifizieren können.

Die Auskunft hätte ich gern elektronisch an diese Adresse ({E(mail(p))}). Für Rückfragen bin ich werktags ab 17 Uhr unter {T(phone())} erreichbar.

Mit freundlichen Grüßen
{P(p.full)}
""", [])


def d02():
    p = person(title="")
    p.title = rng.choice(["", "Dr."])
    clerk = person("m", title="")
    ex = person("f", title="")
    az = dsb_az()
    pnr = passport(False)
    return ("word", "eingangsbestaetigung-auskunft", f"""Stadt Arnsberg · Der Bürgermeister · Behördliche Datenschutzbeauftragte
{N("Rathausplatz 1")}, {N("59759 Arnsberg")}

{p.herrn}
{P(p.tfull)}
{A(street())}
{A(place(False))}

Ihr Schreiben vom 02.10.2025
Unser Zeichen: {AZ(az)}
Bearbeitet von: {P(clerk.full)}
Telefon: {T(staff_phone())}
E-Mail: {E(staff_mail(clerk))}

Arnsberg, 09.10.2025

Ihr Auskunftsersuchen nach Art. 15 DSGVO – Eingangsbestätigung

{p.sg} {tl(p)},

vielen Dank für Ihr Schreiben, das am 06.10.2025 bei uns eingegangen ist. Wir haben Ihr Anliegen an alle Stellen weitergegeben, bei denen Daten zu Ihrer Person liegen könnten: Bürgerbüro, Stadtkasse, Ordnungsamt sowie Fachdienst Jugend und Familie. Daten der Gesundheitsverwaltung führt nicht die Stadt, sondern der Hochsauerlandkreis; dorthin müssten Sie sich gesondert wenden.

Die Frist für die Antwort beträgt einen Monat ab Eingang (Art. 12 Abs. 3 DSGVO). Müssen wir sie wegen der Zahl der beteiligten Stellen verlängern, hören Sie vorher von uns.

Zu Ihrer Identität: Die mitgesandte Kopie Ihres Reisepasses (Passnummer {PASS(pnr)}) reicht uns aus. Wir haben sie nur für diese Prüfung verwendet und vernichten sie mit Abschluss des Vorgangs. Bei künftigen Kopien genügt es, Name, Geburtsdatum und Anschrift lesbar zu lassen.

Ein Hinweis vorab: Enthalten die Unterlagen auch Angaben über Dritte, zum Beispiel über Ihre frühere Lebensgefährtin, Frau {P(ex.full)}, dürfen wir diese Stellen nur geschwärzt herausgeben (Art. 15 Abs. 4 DSGVO).

Mit freundlichen Grüßen
Im Auftrag

{P(clerk.full)}
""", [])


def d03():
    p = person(title="")
    ex = person("m" if p.g == "f" else "f", "de", title="")
    sis = person("f", title="")
    kfz = plate()
    az = f"{rng.randint(11, 48)}-{rng.choice([2022, 2023])}-{ids.digits(4)}"
    old = street(True).lower()
    me = mail(p)
    return ("outlook", "loeschung-informell", f"""Betreff: daten löschen!!!

hallo

ich will das sie ALLE meine daten löschen und zwar sofort. vor 3 jahren hab ich nen knöllchen bekommen wegen parken am neumarkt mit meinem auto {KFZ(kfz)} und seitdem krieg ich immer wieder post von ihnen obwohl das längst bezahlt is. das aktenzeichen war glaub ich {AZ(az)} steht auf dem alten brief

mein ex {P(ex.first.lower())} meint die stadt speichert sowas ewig, stimmt das?? ich wohn auch garnich mehr in der {A(old)}, bin jetzt bei meiner schwester {P(sis.full)}, {A(street())}, {A(place())} und will nich das die briefe da auch noch hinkommen

art 17 dsgvo hab ich gegoogelt. bitte bestätigen sie mir das schriftlich oder per mail an {E(me)}
handy {T(mobile())}

{P(p.full.lower())}

Von meinem iPhone gesendet
""", [])


def d04():
    rep = person(title="")
    aff = person("f", title="")
    wrong = person("m", title="")
    az = f"WG-{ids.digits(5, True)}/25"
    inc = f"DSB-2025-{ids.digits(3, True)}"
    ib = iban_de()
    return ("word", "meldung-datenpanne-art33", f"""Meldung einer Verletzung des Schutzes personenbezogener Daten nach Art. 33 DSGVO
Online-Formular der Aufsichtsbehörde – Abschrift für die Akte, interne Vorfallsnummer {N(inc)}

An: Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen
    {N("Kavalleriestraße 2-4")}, {N("40213 Düsseldorf")}

1. Verantwortlicher
   Stadt Arnsberg, vertreten durch den Bürgermeister, {N("Rathausplatz 1")}, {N("59759 Arnsberg")}
2. Datenschutzbeauftragte
   {P(DSB.tfull)}, Tel. {T(DSB_TEL)}, {N("datenschutz@arnsberg.de")}
3. Meldende Person (falls abweichend)
   {P(rep.full)}, Fachdienst Wohnen, Durchwahl {T(staff_phone())}
4. Art der Verletzung
   [x] Vertraulichkeit   [ ] Integrität   [ ] Verfügbarkeit
5. Zeitpunkte
   Eintritt: 22.09.2025 (Postausgang) · bekannt geworden: 24.09.2025, 10:40 Uhr · Meldung binnen 72 Stunden: ja
6. Beschreibung des Vorfalls
   Ein Wohngeldbescheid für Frau {P(aff.full)}, {A(street())}, {A(place())}, Aktenzeichen {AZ(az)}, wurde wegen eines Fehlers in der Serienbriefvorlage an Herrn {P(wrong.full)}, {A(street())}, {A(place())}, versandt. Der Bescheid enthielt Angaben zum Haushaltseinkommen, zur Miete und die Bankverbindung der Betroffenen ({IB(ib)}). Herr {P(wrong.last)} hat das Schreiben am 24.09.2025 ungeöffnet zurückgeben wollen, es aber nach eigener Aussage bereits gelesen; eine Kopie habe er nicht gefertigt.
7. Kategorien und ungefähre Zahl der Betroffenen
   1 betroffene Person. Identifikations- und Kontaktdaten, Finanzdaten, Sozialdaten (§ 35 SGB I). Besondere Kategorien nach Art. 9 DSGVO: keine.
8. Wahrscheinliche Folgen
   Gering bis mittel: Offenlegung der Einkommensverhältnisse gegenüber einem Nachbarn im selben Ortsteil.
9. Ergriffene und geplante Maßnahmen
   Die Betroffene wurde am 25.09.2025 telefonisch ({T(phone())}) und schriftlich informiert (Art. 34 DSGVO). Die Vorlage wurde korrigiert; Serienbriefe im Fachdienst werden bis auf Weiteres im Vier-Augen-Prinzip geprüft.
10. Aktenzeichen der Aufsichtsbehörde: noch nicht vergeben

gez. {P(DSB.full)}
""", [])


def d05():
    staff = person("f", "de", title="")
    rows = []
    for i in range(1, 9):
        par = person(title="")
        kid_last = par.last if rng.random() < 0.75 else person(title="").last
        kid = person(last=kid_last, title="", origin=par.origin)
        born = Date(2019, 2023)
        ph = mobile() if rng.random() < 0.8 else ""
        mob = T(ph) if ph else ""
        rows.append(f"{i};{P(par.comma)};{P(kid.full)};{DOB(born.fmt(5))};{A(street())};{A(place())};"
                    f"{E(mail(par))};{mob}")
    inc = f"DSB-2025-{ids.digits(3, True)}"
    return ("word", "export-verteiler-csv", f"""Vorfall {N(inc)} – Rundmail Elternbeiträge vom 15.09.2025 mit offenem Verteiler
Export aus dem Elternbeitragsverfahren, gefiltert auf die acht Empfängerinnen und Empfänger der Mail. Erstellt von {P(staff.full)} am 17.09.2025 für die Risikobewertung nach Art. 33/34 DSGVO. Nur für den Dienstgebrauch.

lfd;Elternteil;Kind;geb_Kind;Strasse;PLZ_Ort;Mail;Mobil
{wrap(rows)}

Bewertung: In der Mail waren nur die Adressen im Feld „An“ sichtbar, Anhänge gab es keine. Die übrigen Spalten stammen aus dem Verfahren und waren nicht Teil der Rundmail; sie dienen nur dazu, die Betroffenen anzuschreiben.
""", [])


def d06():
    me = person(title="")
    other = person("m", title=None)
    kz1 = kassenzeichen()
    kz2 = kassenzeichen()
    ib = iban_de()
    my_street, my_place = street(), place()
    return ("outlook", "beschwerde-fehlversand", f"""Betreff: Falsch zugestellter Brief der Stadtkasse – fremde Bankdaten bei mir!

Guten Tag,

ich bin einigermaßen fassungslos. Heute lag in meinem Briefkasten ein Umschlag der Stadtkasse, richtig adressiert an mich. Drin war aber nicht meine Grundsteuer-Abrechnung, sondern die eines Herrn {P(other.tfull)}, {A(street())}, {A(place())}: Kassenzeichen {AZ(kz1)}, sein SEPA-Lastschriftmandat mit der IBAN {IB(ib)} und der Hinweis, dass seine Rate im Oktober geplatzt ist.

Wenn mein Schreiben jetzt umgekehrt bei Herrn {P(other.last)} liegt, kennt er meine Bankverbindung ebenfalls. Ich erwarte, dass Sie
1. den Brief bei mir abholen lassen oder mir einen frankierten Rückumschlag schicken,
2. mir schriftlich mitteilen, wer meinen Bescheid bekommen hat, und
3. die Datenschutzaufsicht informieren, falls Sie dazu verpflichtet sind.

Mein eigenes Kassenzeichen lautet {AZ(kz2)}. Eine Kopie dieser Mail geht an die Verbraucherzentrale.

{P(me.full)}
{A(my_street)}
{A(my_place)}
Tel. {T(phone())}
""", [])


def d07():
    s = person("f", "de", title="")
    col = person("m", title="")
    c = person(title="")
    mother = person("f", last=c.last if rng.random() < 0.5 else None, title="")
    landlord = person("m", "de", title="")
    clerk = person("f", "de", title="")
    az = f"50.2-{ids.digits(4, True)}/24"
    born = dob(1932, 1948)
    return ("outlook", "weiterleitung-pflegegrad", f"""Betreff: WG: WG: Beschwerde wegen Weitergabe Pflegegrad

Hallo {P(DSB.first)},

anbei die Beschwerde, die gestern bei uns aufgelaufen ist. Kurz: Eine Kollegin soll dem Vermieter der Familie am Telefon bestätigt haben, dass die Mutter Pflegegrad 3 hat. Kannst du dir das bis Freitag ansehen? Der Leistungsfall läuft bei uns unter {AZ(az)}. Die Kollegin ist informiert, dass du dich meldest.

Gruß
{P(s.first)}

-----Ursprüngliche Nachricht-----
Von: {P(s.comma)} <{E(staff_mail(s))}>
Gesendet: Montag, 13. Oktober 2025 16:02
An: {P(col.comma)} <{E(staff_mail(col))}>
Cc: Fachdienst Soziales <{N("soziales@arnsberg.de")}>
Betreff: WG: Beschwerde wegen Weitergabe Pflegegrad

zur Info, bitte nicht weiterleiten

-----Ursprüngliche Nachricht-----
Von: {P(c.full)} <{E(mail(c))}>
Gesendet: Sonntag, 12. Oktober 2025 21:47
An: {N("soziales@arnsberg.de")}
Betreff: Beschwerde wegen Weitergabe Pflegegrad

Sehr geehrte Damen und Herren,

meine Mutter {P(mother.full)}, geboren am {DOB(born.fmt(1))}, lebt seit 2023 bei uns, {A(street())}, {A(place())}. Am 8. Oktober hat unser Vermieter, Herr {P(landlord.full)}, bei Ihnen angerufen, weil er wegen des Treppenlifts Fragen hatte. Nach seinen eigenen Worten hat ihm eine Frau {P(clerk.last)} bestätigt, dass meine Mutter „Pflegegrad 3 wegen der Demenz“ hat und Hilfe zur Pflege bekommt. Das hat er mir gestern im Treppenhaus erzählt.

Ich habe dem nie zugestimmt und meine Mutter erst recht nicht. Ich bitte um Aufklärung und darum, dass die Datenschutzbeauftragte eingeschaltet wird.

{P(c.full)}
{T(phone())}
""", ["HEALTH"])


def d08():
    c = person("f", title="")
    stalker = person("m", title="")
    friend = person("f", title="")
    az = dsb_az()
    court = f"{rng.randint(2, 9)} F {rng.randint(100, 399)}/25"
    born = dob(1975, 1995)
    return ("word", "aktenvermerk-auskunftssperre", f"""AKTENVERMERK

Datum: 16.10.2025 · Verfasser: {P(DSB2.full)} · Az.: {AZ(az)}
Betreff: Telefonat mit Frau {P(c.full)} – Löschung bzw. Sperrung von Meldedaten

Frau {P(c.last)} rief um 11:15 Uhr an (Rückrufnummer {T(mobile())}). Sie ist im Juli aus der {A(street())}, {A(place())} ausgezogen und hat eine Auskunftssperre nach § 51 BMG beantragt, weil ihr früherer Partner, Herr {P(stalker.full)} (geb. {DOB(born.fmt(4))}), ihr nach ihren Angaben nachstellt. Ein Beschluss nach dem Gewaltschutzgesetz liegt vor (Amtsgericht Arnsberg, {AZ(court)}).

Sie möchte, dass ihre neue Anschrift „überall gelöscht“ wird. Ich habe erklärt:
– Meldedaten können nicht gelöscht werden, solange die Meldepflicht besteht. Die Auskunftssperre verhindert aber Auskünfte an Dritte.
– Im Verfahren Bewohnerparken ist ihr Fahrzeug ({KFZ(plate())}) noch unter der alten Anschrift gespeichert; das Ordnungsamt passt das an und sperrt den Datensatz.
– Herr {P(stalker.last)} hat am 02.10.2025 eine einfache Melderegisterauskunft beantragt. Sie wurde wegen der Sperre nicht erteilt; er erhielt die neutrale Mitteilung nach § 51 Abs. 5 BMG.

Vereinbart: Schriftliche Bestätigung an die Zustellanschrift c/o {P(friend.full)}, {A(street())}, {A(place(False))}. Keine Zustellung per E-Mail.

{P(DSB2.initial)}
""", [])


def d09():
    c = person("m", title=None)
    ldi = LDI_REF
    az = ldi_az()
    vg = f"VG-2025-{ids.digits(6, True)}"
    clerk = person("f", title="")
    ext = LDI_EXT
    return ("outlook", "aufsicht-anhoerung", f"""Betreff: Beschwerde nach Art. 77 DSGVO – unser Az. {AZ(az)} – Bitte um Stellungnahme

Sehr geehrte Damen und Herren,

bei mir ist eine Beschwerde von Herrn {P(c.tfull)}, {A(street())}, {A(place())}, eingegangen. Herr {P(c.last)} trägt vor, sein Auskunftsersuchen vom 14. Juli 2025 sei trotz zweier Erinnerungen bis heute nicht beantwortet worden. Er legt die Eingangsbestätigung Ihres Bürgerbüros (Vorgangsnummer {AZ(vg)}, unterzeichnet von Frau {P(clerk.initial)}) und seine Erinnerungen vom 20. August und 22. September 2025 vor.

Ich bitte Sie, bis zum 21. November 2025 mitzuteilen,
– ob und wann die Auskunft erteilt wurde,
– aus welchen Gründen die Frist des Art. 12 Abs. 3 DSGVO nicht eingehalten wurde und
– welche Maßnahmen Sie getroffen haben, um solche Verzögerungen künftig zu vermeiden.

Bitte geben Sie bei Antworten unser Aktenzeichen an und senden Sie sie an die Funktionsadresse {N("poststelle@ldi.nrw.de")}.

Mit freundlichen Grüßen
Im Auftrag
{P(ldi.full)}
Referat 3 – Kommunen, Meldewesen, Personenstand
Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen
{N("Kavalleriestraße 2-4")}, {N("40213 Düsseldorf")}
Tel. {T(f"0211 38424-{ext}")}
{E(staff_mail(ldi, "ldi.nrw.de"))}
""", [])


def d10():
    c = KITA_C
    kid = person(rng.choice("fm"), last=c.last, title="", origin=c.origin)
    lead = person("f", title="")
    press = person("m", "de", title="")
    az_ldi = KITA_AZ
    az = dsb_az()
    return ("word", "stellungnahme-aufsicht", f"""Stadt Arnsberg – Behördliche Datenschutzbeauftragte

Landesbeauftragte für Datenschutz und Informationsfreiheit NRW
{N("Postfach 20 04 44")}
{N("40102 Düsseldorf")}

Ihr Zeichen: {AZ(az_ldi)} · Unser Zeichen: {AZ(az)}
Arnsberg, 30.10.2025

Beschwerde von Frau {P(c.full)} – Veröffentlichung eines Fotos aus der Kita Am Lüsenberg

Sehr geehrte Damen und Herren,

zu der Beschwerde nehmen wir wie folgt Stellung.

1. Sachverhalt. Beim Laternenfest der städtischen Kita am 7. Oktober 2025 hat die Kita-Leiterin, Frau {P(lead.full)}, Fotos gemacht. Eines davon zeigt {P(kid.first)}, das Kind der Beschwerdeführerin, gut erkennbar von vorn. Die Pressestelle (Herr {P(press.last)}) hat das Foto am 9. Oktober auf dem Instagram-Kanal der Stadt gepostet. Eine Einwilligung der Eltern lag für Fotos im Gruppenalbum vor, nicht aber für eine Veröffentlichung im Internet.

2. Bewertung. Die Veröffentlichung war ohne Rechtsgrundlage. Die Einwilligung deckte den Zweck nicht ab.

3. Maßnahmen. Der Beitrag wurde am 10. Oktober um 8:05 Uhr gelöscht, nachdem Frau {P(c.last)} sich gemeldet hatte. Eine Sicherung des Bildes besteht nur noch im Archiv der Kita. Wir haben das Einwilligungsformular überarbeitet (Anlage 2). Alle Kita-Leitungen und die Pressestelle werden bis Ende November geschult; Herr {P(press.full)} hat die Schulung bereits abgeschlossen.

4. Information der Betroffenen. Wir haben Frau {P(c.last)} am 14. Oktober geschrieben und uns entschuldigt. Das Schreiben liegt als Anlage 3 bei.

Für Rückfragen erreichen Sie mich unter {T(DSB_TEL)}.

Mit freundlichen Grüßen

{P(DSB.tfull)}
Behördliche Datenschutzbeauftragte
""", [])


def d11():
    g = rng.choice("fm")
    o = rng.choice(["tr", "balkan", "de", "pl"])
    p = person(g, o, title="")
    bn = person(g, o, title="")
    born = dob(1960, 2000)
    exp = Date(2029, 2034)
    serial = ids.id_card(check_digit=False)
    cd = str(icao_check(serial))
    up_last, up_first, up_bn = p.last.upper(), p.first.upper(), bn.last.upper()

    def mrzname(s):
        return ascii_fold(s).upper().replace(" ", "<").replace("-", "<").replace(".", "")
    l1 = f"IDD<<{serial}{cd}" + "<" * 15
    l2a = f"{born.yymmdd}{mrz_check(born.yymmdd)}<{exp.yymmdd}{mrz_check(exp.yymmdd)}D<<" + "<" * 11
    comp = mrz_check(l1[5:30] + l2a[0:7] + l2a[8:15] + l2a[18:29])
    l2 = l2a + comp
    nm = f"{mrzname(p.last)}<<{mrzname(p.first)}"
    l3 = nm + "<" * (30 - len(nm))
    assert len(l1) == len(l2) == len(l3) == 30
    st = street(False).upper()
    pl = place()
    staff = person(title="")
    az = dsb_az()
    can = ids.digits(6)
    size = rng.randint(155, 195)
    return ("word", "ausweiskopie-ocr", f"""Anlage 2 zum Löschersuchen – Scan Eingang 03.11.2025, Texterkennung (ungeprüft), Seite 2/2
Zu Az. {AZ(az)} · Identitätsprüfung durch {P(staff.full)}, danach Kopie vernichten (Vermerk)

--- Vorderseite ---
BUNDESREPUBLIK DEUTSCHLAND   FEDERAL REPUBLIC OF GERMANY
PERS0NALAUSWEIS / IDENTITY CARD / CARTE D'IDENTITÉ       {IDC(serial)}
Narne / Surname / Nom
{P(up_last)}
geb. / née  {P(up_bn)}
Vornamen / Given names / Prénoms
{P(up_first)}
Geburtstag / Date of birth        Staatsangehörigkeit
{DOB(born.fmt(0))}                DEUTSCH
Geburtsort / Place of birth
{rng.choice(["ARNSBERG", "IZMIR", "SARAJEVO", "MESCHEDE", "KATOWICE", "DORTMUND"])}
Gültig bis / Date of expiry
{exp.fmt(0)}              {can}

--- Rückseite ---
Anschrift / Address
{A(pl.upper())}
{A(st)}
Augenfarbe / Colour of eyes  {rng.choice(["BRAUN", "BLAU", "GRÜN", "GRAU"])}     Größe / Height  {size} cm
Behörde / Authority   STADT ARNSBERG
Ordens- oder Künstlername / Religious name or pseudonym
—
{l1[:5]}{IDC(l1[5:15])}{l1[15:]}
{DOB(l2[:6])}{l2[6:]}
{P(nm)}{l3[len(nm):]}
""", [])


def d12():
    p = person(origin="nl", title="")
    born = dob(1994, 2001)
    return ("outlook", "access-request-english", f"""Subject: Subject access request (Art. 15 GDPR) – former resident of Arnsberg

Dear Sir or Madam,

from October 2019 until June 2023 I was a student and lived in Arnsberg, at {A(street())}, {A(place())}. I have since moved back to the Netherlands; my current address is {A(f"{rng.choice(['Oudegracht', 'Lange Nieuwstraat', 'Biltstraat', 'Twijnstraat'])} {rng.randint(2, 220)}")}, {A(f"35{rng.randint(11, 85)} {rng.choice(['JE', 'KC', 'AB', 'HN'])} Utrecht")}.

Under Article 15 GDPR I would like to receive a copy of all personal data the city still holds about me. In particular I would like to know whether my registration data were passed on to the Beitragsservice (broadcasting fee) and to the tax office, and when they will be deleted.

To help you find me:
– name: {P(p.full)}
– date of birth: {DOB(born.fmt(6))}
– German tax ID (Steuer-ID) issued in 2019: {TID(tax_id(False))}

When I deregistered, the dog tax for 2023 was overpaid. If a refund is still open, please transfer it to {IB(iban_nl())}.

You can reach me at {T(f"+31 6 {ids.digits(8, True)}")} or at this e-mail address, {E(mail(p))}. A reply in German is fine.

Kind regards,
{P(p.full)}
""", [])


def d13():
    offices = ["Bürgerbüro", "Stadtkasse", "Ordnungsamt", "Fachdienst Jugend", "Fachdienst Soziales",
               "Standesamt", "Fachdienst Steuern", "Personalservice", "Bauordnung"]
    rows = []
    for i in range(9):
        s = person(title="")
        done = rng.choice(["ja (14.10.2025)", "ja (02.09.2025)", "offen", "ja (21.10.2025)", "offen – Elternzeit"])
        rows.append(f"| {P(s.comma)} | {offices[i]} | {T(staff_phone())} | {E(staff_mail(s))} | {done} |")
    return ("word", "schulungsnachweise-tabelle", f"""Nachweise KI-Kompetenz (Art. 4 KI-VO) und Datenschutz-Grundschulung – Ansprechpersonen der Fachdienste
Stand: 31.10.2025 · erstellt von {P(DSB2.full)} für die Freischaltung des KI-Assistenten

| Name | Fachdienst | Durchwahl | E-Mail | E-Learning abgeschlossen |
|---|---|---|---|---|
{wrap(rows)}

Hinweis: Diese Liste dient nur der Freischaltung der App-Rolle durch die IT. Sie darf nicht zur Leistungs- oder Verhaltenskontrolle verwendet und nicht an Vorgesetzte weitergegeben werden (Dienstvereinbarung KI, § 6). Nach der Freischaltung wird sie gelöscht. Rückfragen an {N("datenschutz@arnsberg.de")}.
""", [])


def d14():
    s = person("m", title="")
    items = []
    for _ in range(4):
        p = person(title="")
        vg = f"VG-{rng.choice([2019, 2020, 2021])}-{ids.digits(6, True)}"
        items.append((p, vg))
    keep = person(title="")
    keep_born = dob(1950, 1985)
    (p1, v1), (p2, v2), (p3, v3), (p4, v4) = items
    return ("outlook", "rueckmeldung-loeschung", f"""Betreff: AW: Löschersuchen aus KW 42 – erledigt (fast)

moin {P(DSB2.first)},

kurzer stand von uns aus dem bürgerbüro, die löschungen aus deiner liste sind durch:

- {P(p1.full)}, {AZ(v1)}: alte Anträge Führungszeugnis + Beglaubigungen gelöscht
- {P(p2.initial)} ({AZ(v2)}): Fundsache Fahrrad 2020, Vorgang komplett raus
- {P(p3.full)}, {AZ(v3)}, Kontaktdaten aus dem Terminvergabe-System gelöscht (Mail {E(mail(p3))} und Tel. {T(phone())} standen da noch drin)
- {P(p4.comma)} – {AZ(v4)} – erledigt, aber Papierakte liegt noch im Archiv Hüsten, da müsstest du {P("Brandt")} fragen

NICHT gelöscht: {P(keep.full)}, geb. {DOB(keep_born.fmt(2))}. Das ist Passregister, da gilt die Aufbewahrung bis 5 Jahre nach Ablauf des Passes (§ 21 PassG), wir können nur sperren. Soll ich {'ihr' if keep.g == 'f' else 'ihm'} das direkt schreiben oder machst du das? Anschrift laut Register {A(street())}, {A(place())}.

Gruß {P(s.first)}

--
{P(s.full)}
Bürgerbüro Neheim, Stadt Arnsberg
Tel. {T(staff_phone())}
""", [])


def d15():
    finder = person("m", "de", title="")
    lead = person("f", title="")
    services = ["Grundsicherung bei voller Erwerbsminderung (F20.0 laut Gutachten)",
                "Hilfe zur Pflege, Pflegegrad 2",
                "Eingliederungshilfe, Assistenz im Wohnen (geistige Behinderung, GdB 80)",
                "Grundsicherung im Alter, Mehrbedarf kostenaufwändige Ernährung (Diabetes)",
                "Hilfe zur Pflege, Pflegegrad 4, Heimunterbringung",
                "Krankenhilfe nach § 48 SGB XII (Dialyse)",
                "Blindenhilfe nach § 72 SGB XII"]
    rng.shuffle(services)
    blocks = []
    for i in range(7):
        p = person(title=None)
        born = dob(1938, 1990)
        blocks.append(
            f"{i + 1}) {P(p.tfull)}, geb. {DOB(born.fmt(rng.choice([0, 2, 4])))}\n"
            f"   {A(street())}, {A(place())}\n"
            f"   RV-Nr. {SSN(ssn(p, born))} · KVNr. {KV(ids.health_insurance())}\n"
            f"   Leistung: {services[i]}")
    return ("word", "datenpanne-usb-stick", f"""Vorfallsbericht – Verlust eines unverschlüsselten USB-Sticks, Fachdienst Soziales
VERTRAULICH – nur für DSB, IT-Sicherheit und Fachdienstleitung

Am Dienstag, 21.10.2025, stellte Herr {P(finder.full)} (Sachbearbeitung SGB XII) fest, dass ein privater USB-Stick fehlt, auf dem er Arbeitsdateien für das Homeoffice gespeichert hatte. Der Stick war nicht verschlüsselt. Er war zuletzt am 17.10. im Zug zwischen Arnsberg und Neheim-Hüsten in Gebrauch. Eine Verlustmeldung bei der Bahn ist erfolgt; der Stick ist bisher nicht aufgetaucht.

Nach Rekonstruktion aus dem Fachverfahren lagen auf dem Stick Bescheidentwürfe zu sieben Leistungsfällen mit folgenden Angaben:

{chr(10).join(blocks)}

Bewertung: Es handelt sich um Sozialdaten und Gesundheitsdaten (Art. 9 DSGVO) mit hohem Risiko für die Betroffenen. Meldung an die LDI NRW ist am 22.10.2025 erfolgt; die Betroffenen werden nach Art. 34 DSGVO persönlich benachrichtigt, bei den Personen unter 3) und 5) über die rechtlichen Betreuer. Private Datenträger sind ab sofort nicht mehr zulässig; die Fachdienstleiterin, Frau {P(lead.full)}, hat das per Dienstanweisung festgelegt.
""", ["HEALTH"])


def d16():
    me = person(title="")
    planner = person(title="")
    rec = [person(title=None) for _ in range(11)]
    lst = []
    for i, r in enumerate(rec):
        if i == 4:
            lst.append(E(mail(r)))
        elif i == 8:
            lst.append(f"'{P(r.full)}' <{E(mail(r))}>")
        else:
            lst.append(f"{P(r.full)} <{E(mail(r))}>")
    mine = mail(me)
    idx = rng.randrange(len(lst) + 1)
    lst.insert(idx, f"{P(me.full)} <{E(mine)}>")
    neigh = rec[rng.randrange(11)]
    return ("outlook", "beschwerde-offener-verteiler", f"""Betreff: Ihre Einladung zur Bürgerwerkstatt – alle Adressen offen im Verteiler

Hallo zusammen bzw. an wen auch immer das geht,

die Einladung unten haben heute offenbar alle bekommen, die sich auf der Bürgerversammlung für die Werkstatt „Neue Mitte Hüsten“ in die Liste eingetragen haben – und zwar mit allen Mailadressen sichtbar im An-Feld. Ich habe dort meine private Adresse angegeben, nicht damit jetzt zwölf Leute sie kennen. {neigh.frau_herr} {P(neigh.last)} hat auch schon „allen antworten“ gedrückt.

Bitte löschen Sie meine Adresse aus dieser Liste und sagen Sie mir, ob noch jemand anderes die Liste hat (Planungsbüro?).

Gruß
{P(me.full)}

________________________________
Von: {P(planner.full)} <{E(staff_mail(planner))}>
Gesendet: Mittwoch, 29. Oktober 2025 14:12
An: {"; ".join(lst)}
Betreff: Einladung Bürgerwerkstatt Neue Mitte Hüsten am 13.11.2025

Liebe Teilnehmende der Bürgerversammlung,

herzlichen Dank für Ihr Interesse! Die erste Bürgerwerkstatt findet am Donnerstag, 13. November 2025, um 18 Uhr im Bürgerzentrum Bahnhof Hüsten statt. Anmeldung bitte bis 7.11. an {N("stadtplanung@arnsberg.de")}.

Viele Grüße
{P(planner.full)}
Stadtplanung
""", [])


def d17():
    p = person(title=None)
    bn = person(p.g, "de", title="")
    sp = person("m" if p.g == "f" else "f", title="", last=p.last, origin=p.origin)
    k1 = person(rng.choice("fm"), title="", last=p.last, origin=p.origin)
    k2 = person(rng.choice("fm"), title="", last=p.last, origin=p.origin)
    born = dob(1968, 1985)
    b1, b2 = Date(2006, 2012), Date(2013, 2019)
    kz = kassenzeichen()
    rel = rng.choice(["römisch-katholisch (rk)", "evangelisch (ev)", "altkatholisch (ak)"])
    clerk = person(title="")
    az = dsb_az()
    st, pl = street(), place()
    return ("word", "antwort-auskunft-art15", f"""Stadt Arnsberg · Behördliche Datenschutzbeauftragte

{p.herrn}
{P(p.tfull)}
{A(st)}
{A(pl)}

Unser Zeichen: {AZ(az)} · Arnsberg, 05.11.2025

Auskunft nach Art. 15 DSGVO

{p.sg} {tl(p)},

auf Ihr Ersuchen vom 8. Oktober 2025 teilen wir Ihnen mit, welche Daten die Stadt Arnsberg über Sie verarbeitet. Die Kopien der Datensätze liegen diesem Schreiben bei (Anlagen 1 bis 4).

1. Melderegister (Bürgerbüro; Rechtsgrundlage § 3 BMG)
   Familienname: {P(p.last)}, Geburtsname: {P(bn.last)}, Vornamen: {P(p.first)}
   Geburtsdatum: {DOB(born.fmt(0))}
   Anschrift: {A(st)}, {A(pl)}; frühere Anschrift: {A(street())}, {A(place(False))}
   Familienstand: verheiratet mit {P(sp.full)}
   Minderjährige Kinder: {P(k1.first)} (geb. {DOB(b1.fmt(0))}), {P(k2.first)} (geb. {DOB(b2.fmt(0))})
   Steuerliche Identifikationsnummer: {TID(tax_id())}
   Rechtliche Zugehörigkeit zu einer Religionsgesellschaft: {rel}
   Ausweisdaten: Personalausweis {IDC(idcard(False))}, ausgestellt am 12.04.2022
   Übermittlungen in den letzten zwei Jahren: Bundeszentralamt für Steuern, ARD ZDF Deutschlandradio Beitragsservice, Kirchensteuerstelle.
2. Bewohnerparken (Ordnungsamt; Art. 6 Abs. 1 lit. e DSGVO)
   Kennzeichen {KFZ(plate())}, Bewohnerparkausweis Zone N3, gültig bis 31.03.2026.
3. Hundesteuer (Fachdienst Steuern; § 12 KAG NRW)
   Kassenzeichen {AZ(kz)}, SEPA-Mandat mit IBAN {IB(iban_de())}.
4. Kontakt über das Serviceportal
   E-Mail-Adresse {E(mail(p))}, gespeichert seit 2021.

In anderen Fachdiensten sind keine Daten zu Ihrer Person gespeichert. Die Daten werden gelöscht, sobald die jeweilige Aufbewahrungsfrist abgelaufen ist (Übersicht in Anlage 5). Sie haben das Recht, sich bei der Landesbeauftragten für Datenschutz und Informationsfreiheit NRW zu beschweren.

Mit freundlichen Grüßen
Im Auftrag

{P(clerk.full)}
""", ["RELIGION"])


def d18():
    s = person("f", "de", title="")
    mother = person("f", title="")
    kid = person(rng.choice("fm"), title="", last=mother.last, origin=mother.origin)
    wrong = person("f", title="", last=mother.last)
    az = f"51.4-EGH-{ids.digits(4, True)}"
    wst = street(True).lower()
    return ("outlook", "fehlversand-intern", f"""Betreff: mist – bescheid an falsche familie

hi {P(DSB.first.lower())},

mir is was blödes passiert und ich weiß nich genau wie das jetzt läuft. ich hab am freitag den bescheid über eingliederungshilfe für {P(kid.first)} {P(kid.last)} (schulbegleitung wg. autismus-spektrum-störung, az {AZ(az)}) rausgeschickt, aber an frau {P(wrong.full)} statt an die mutter frau {P(mother.full)}. gleicher nachname, im programm die falsche ausgewählt. die frau {P(wrong.last)} wohnt {A(wst)} und hat heute angerufen, sie hat ihn aufgemacht und gelesen, will ihn aber zurückbringen

muss ich das jetzt irgendwo melden?? meine teamleitung ist im urlaub bis 3.11.

lg {P(s.first)}
{T(staff_phone())}
""", ["HEALTH"])


def d19():
    law = person("f", title="")
    client = person(title=None)
    other_plate = plate()
    zeichen = f"{rng.randint(100, 999)}/25 {law.last[0].upper()}{rng.randint(1, 9)}"
    schaden = f"KH-{ids.digits(9, True)}"
    fst, fpl = street(False), place(False)
    return ("word", "anwaltsschreiben-videoaufnahmen", f"""{P(law.full)}
Rechtsanwältin · Fachanwältin für Verkehrsrecht
{A(fst)} · {A(fpl)}
Tel. {T(landline())} · {E(f"{ascii_fold(law.first)[0]}.{ascii_fold(law.last).replace(' ', '')}@{rng.choice(['kanzlei-sauerland.de', 'ra-verkehr-hsk.de'])}")}

Stadt Arnsberg
– Datenschutzbeauftragte –
{N("Rathausplatz 1")}
{N("59759 Arnsberg")}

Unser Zeichen: {AZ(zeichen)}
27.10.2025

Auskunft nach Art. 15 DSGVO / Sicherung von Videoaufnahmen – Parkhaus Neumarkt

Sehr geehrte Damen und Herren,

ich vertrete {"Frau" if client.g == "f" else "Herrn"} {P(client.tfull)}, {A(street())}, {A(place())}. Vollmacht anbei.

Am 24.10.2025 zwischen 15:30 und 16:10 Uhr wurde das Fahrzeug meiner Partei mit dem amtlichen Kennzeichen {KFZ(plate())} auf Ebene 2 des städtischen Parkhauses beim Ausparken eines anderen Wagens beschädigt. Nach Zeugenangaben handelt es sich um einen grauen Kombi mit dem Kennzeichen {KFZ(other_plate)}. Der Haftpflichtversicherer führt den Vorgang unter der Schadennummer {AZ(schaden)}.

Im Parkhaus ist eine Videoüberwachung ausgeschildert. Namens meiner Partei mache ich das Auskunftsrecht nach Art. 15 DSGVO geltend, soweit die Aufnahmen sie selbst zeigen, und bitte Sie, die Aufnahmen des genannten Zeitraums über die übliche Speicherdauer von 72 Stunden hinaus zu sichern, bis die Staatsanwaltschaft oder das Gericht sie anfordert. Mir ist bewusst, dass Dritte auf den Aufnahmen unkenntlich gemacht werden müssen.

Bitte bestätigen Sie mir die Sicherung bis zum 29.10.2025.

Mit freundlichen Grüßen

{P(law.full)}
Rechtsanwältin
""", [])


def d20():
    pr = person(title="")
    boss = person("m", "de", title="")
    members = [person(title="") for _ in range(6)]
    lines = []
    for i, m in enumerate(members):
        if i % 3 == 0:
            lines.append(f"{P(m.full)} (Kolonne Grünpflege), {T(mobile())}")
        elif i % 3 == 1:
            lines.append(f"{P(m.initial)}, Werkstatt")
        else:
            lines.append(f"{P(m.comma)}, Winterdienst, privat {E(mail(m))}")
    return ("outlook", "personalrat-mitgliederliste", f"""Betreff: Vertraulich: Liste mit ver.di-Mitgliedern an Amtsleitung gelangt

Liebe Frau {tl(DSB)},

ich wende mich als Vorsitzende{"r" if pr.g == "m" else ""} des Personalrats an Sie. Für die Planung des Warnstreiks am 4. November hatte unser Vertrauensmann im Baubetriebshof eine Telefonliste der ver.di-Mitglieder seiner Abteilung angelegt. Diese Liste ist gestern als Anhang einer Mail an den Betriebsleiter, Herrn {P(boss.full)}, gegangen – offenbar, weil sie im selben Ordner lag wie die Schichtpläne.

Auf der Liste stehen unter anderem:
{chr(10).join("– " + x for x in lines)}

Die Gewerkschaftszugehörigkeit ist eine besondere Kategorie nach Art. 9 DSGVO. Herr {P(boss.last)} sagt, er habe die Liste nicht geöffnet. Wir bitten Sie trotzdem, den Vorgang zu prüfen, die Löschung in seinem Postfach und auf dem Fileserver zu veranlassen und zu bewerten, ob eine Meldung an die LDI nötig ist. Die betroffenen Kolleginnen und Kollegen informieren wir selbst, wenn Sie einverstanden sind.

Mit freundlichen Grüßen
{P(pr.full)}
Vorsitzende{"r" if pr.g == "m" else ""} des Personalrats
Tel. {T(staff_phone())}
""", ["UNION"])


def d21():
    parties = ["CDU", "SPD", "Bündnis 90/Die Grünen", "FDP", "Die Linke", "parteilos", "SPD", "CDU"]
    rows = []
    for i in range(7):
        p = person(title="")
        party = parties[i]
        pay = IB(iban_de(False))
        rows.append(f"WB {rng.randint(101, 148)}\t{P(p.last)}\t{P(p.first)}\t{A(street())}\t{A(place())}\t"
                    f"{T(phone())}\t{party}\t{pay}")
    found = person("m", title="")
    return ("word", "wahlhelferliste-veroeffentlicht", f"""Vermerk zum Vorfall „Wahlhelferliste im Ratsinformationssystem“

Am 03.11.2025 meldete Herr {P(found.full)}, Mitglied des Wahlausschusses, dass im öffentlichen Teil des Ratsinformationssystems eine Anlage zur Vorlage „Besetzung der Wahlvorstände“ abrufbar war, die nicht für die Öffentlichkeit bestimmt war. Die Anlage war vom 28.10. bis 03.11.2025 online; laut Protokoll wurde sie 37-mal abgerufen. Sie enthielt neben den Wahlbezirken auch die Parteimitgliedschaft der von den Parteien vorgeschlagenen Beisitzerinnen und Beisitzer und die Bankverbindung für das Erfrischungsgeld.

Auszug (Tabulator-getrennt, wie im Original, ohne Kopfzeile):

{wrap(rows)}

Bewertung: Die Parteizugehörigkeit lässt auf politische Meinungen schließen (Art. 9 Abs. 1 DSGVO). Zusammen mit Anschrift und IBAN besteht ein hohes Risiko. Meldung an die LDI NRW und Benachrichtigung aller 143 Personen der vollständigen Liste sind veranlasst; die Datei wurde am 03.11.2025 um 12:20 Uhr entfernt und der Suchmaschinen-Cache gelöscht.
""", ["POLITICS"])


def d22():
    me = person("m", title="")
    partner = person("m", title="")
    clerk = person("f", "de", title="")
    coll = person("m", title="")
    vg = f"ST-{ids.digits(5, True)}/2025"
    return ("outlook", "beschwerde-standesamt", f"""Betreff: Beschwerde – Standesamt, Anmeldung der Eheschließung am 22.10.

Sehr geehrte Frau {tl(DSB)},

ich schreibe Ihnen, weil ich nicht weiß, an wen ich mich sonst wenden soll. Mein Verlobter {P(partner.full)} und ich haben am 22. Oktober unsere Eheschließung im Standesamt angemeldet (Vorgang {AZ(vg)}). Als wir im Wartebereich saßen, rief die Mitarbeiterin, nach dem Türschild Frau {P(clerk.last)}, laut in den Flur: „Die beiden Herren für die Trauung, bitte!“ und fragte dann noch, wer von uns beiden den Namen ändern will.

Im Wartebereich saß ein Kollege von mir, {P(coll.full)}. Ich bin auf der Arbeit nicht geoutet und hatte das auch nicht vor. Seit Montag weiß es nun die halbe Abteilung.

Ich möchte wissen, ob das zulässig war, und ich möchte, dass so etwas anderen Paaren nicht passiert. Eine Entschuldigung wäre auch schön.

Mit freundlichen Grüßen
{P(me.full)}
{A(street())}, {A(place())}
{T(mobile())}
""", ["SEXUAL_ORIENTATION"])


def d23():
    tech = person("m", title="")
    head = person("f", "de", title="")
    rows = []
    for i in range(6):
        p = person(title="")
        born = dob(1950, 2009)
        an = f"PA-{ids.digits(7, True)}"
        doc = PASS(passport()) if i % 2 == 0 else IDC(idcard())
        kind = "Reisepass" if i % 2 == 0 else "Personalausweis"
        rows.append(f"{AZ(an)} | {P(p.comma)} | {DOB(born.fmt(0))} | {kind} | {doc} | 2 Fingerabdrücke")
    return ("word", "vorfall-fingerabdruckdaten", f"""IT-Sicherheitsvorfall 2025-17 – Bürgerbüro Arnsberg, Arbeitsplatz Pass 03
Bericht an: DSB, Leitung Bürgerbüro ({P(head.full)}), Informationssicherheitsbeauftragter

Sachverhalt
Bei der Wartung des Fingerabdruckscanners am 29.10.2025 hat Herr {P(tech.full)} (IT-Service) festgestellt, dass die Erfassungssoftware nach einem Update Zwischenbilder der Fingerabdrücke im Temp-Ordner des Arbeitsplatzes ablegte, statt sie nach der Übermittlung an die Bundesdruckerei zu löschen (§ 16 Abs. 2 PassG, § 26 Abs. 2 PAuswG). Betroffen sind Anträge vom 06.10. bis 29.10.2025. Der Arbeitsplatz ist nur im Verwaltungsnetz erreichbar; Hinweise auf einen Zugriff Dritter gibt es nicht.

Stichprobe aus dem Temp-Ordner (Dateiname = Antragsnummer, Zuordnung über das Fachverfahren)

Antrag | Name | Geburtsdatum | Dokument | Seriennummer | Bilddaten
{wrap(rows)}

Insgesamt liegen 412 Bilddateien zu 206 Anträgen vor.

Maßnahmen
1. Temp-Ordner am 29.10.2025 um 14:50 Uhr sicher gelöscht (Protokoll liegt bei).
2. Update zurückgespielt, Hersteller informiert.
3. Bewertung durch die DSB: biometrische Daten nach Art. 9 DSGVO, aber kein Abfluss; Meldung an die LDI vorsorglich, Benachrichtigung der Betroffenen wird geprüft.
""", ["BIOMETRIC"])


def d24():
    me = person("m", title="")
    ex = person("f", title="")
    kid = person(rng.choice("fm"), title="", last=ex.last, origin=ex.origin)
    born = Date(2019, 2022)
    az = f"51.3-UV-{ids.digits(4, True)}/23"
    return ("outlook", "loeschung-abstammungsgutachten", f"""Betreff: Antrag auf Löschung eines Abstammungsgutachtens aus der Unterhaltsvorschussakte

Guten Tag,

ich beantrage die Löschung des DNA-Abstammungsgutachtens, das sich in der Akte des Jugendamts zum Unterhaltsvorschuss für {P(kid.full)} (geb. {DOB(born.fmt(0))}) befindet, Aktenzeichen {AZ(az)}. Das Gutachten wurde 2024 im Vaterschaftsanfechtungsverfahren erstellt und hat ergeben, dass ich nicht der biologische Vater bin. Der Rückgriff gegen mich ist damit erledigt, das hat mir Ihr Kollege Herr {P(person("m", "de", title="").last)} im Februar bestätigt.

Trotzdem liegt das komplette Gutachten mit allen DNA-Merkmalen von mir, dem Kind und der Mutter ({P(ex.full)}) weiterhin in der Akte. Ich sehe keinen Grund, warum die Stadt meine genetischen Daten noch braucht. Bitte teilen Sie mir außerdem mit, ob das Gutachten an das Jobcenter oder an andere Stellen gegangen ist.

Meine Anschrift: {A(street())}, {A(place(False))}
Telefon: {T(phone())}

Mit freundlichen Grüßen
{P(me.full)}
""", ["GENETIC"])


def d25():
    adv = person(title="")
    fam = person(origin="balkan", title="")
    sp = person("f" if fam.g == "m" else "m", origin="balkan", title="", last=fam.last)
    clerk = person("f", "de", title="")
    clerk2 = person("m", title="")
    az = f"32.3-{ids.digits(6, True)}"
    ost, opl = street(False), place(False)
    return ("word", "beschwerde-beratungsstelle", f"""Migrationsberatung für Erwachsene · Caritasverband Arnsberg-Sundern e.V.
{N(ost)} · {N(opl)}
Beraterin / Berater: {P(adv.full)} · {T(landline())} · {E(mail(adv, "caritas-arnsberg.de"))}

An die Datenschutzbeauftragte der Stadt Arnsberg

Arnsberg, 28.10.2025

Beschwerde im Auftrag von Familie {P(fam.last)} – Weitergabe eines Vermerks der Ausländerbehörde an die Wohnungsvermittlung

Sehr geehrte Damen und Herren,

in Absprache mit {P(fam.full)} und {P(sp.full)}, {A(street())}, {A(place())}, wende ich mich an Sie; die Vollmacht liegt bei.

Die Familie sucht seit dem Frühjahr über die städtische Wohnungsvermittlung eine größere Wohnung. Bei einem Termin am 21.10.2025 las die Sachbearbeiterin, Frau {P(clerk.last)}, aus einem Vermerk vor, den ihr die Ausländerbehörde (Herr {P(clerk2.initial)}, Az. {AZ(az)}) auf Nachfrage geschickt hatte. Darin stand unter anderem „Volkszugehörigkeit: Roma, Herkunft Mitrovica“ und der Satz, die Familie sei „in der Vergangenheit wegen Mietrückständen aufgefallen“. Letzteres ist nachweislich falsch.

Die ethnische Herkunft ist für die Wohnungsvermittlung ohne Bedeutung und darf nach Art. 9 DSGVO nicht einfach weitergegeben werden. Wir bitten um Prüfung, um Löschung des Vermerks in der Akte der Wohnungsvermittlung und um Berichtigung der falschen Angabe (Art. 16 DSGVO).

Mit freundlichen Grüßen
{P(adv.full)}
""", ["ETHNICITY"])


def d26():
    c = KITA_C
    ldi = LDI_REF
    az = KITA_AZ
    return ("outlook", "aufsicht-abschluss", f"""Betreff: Az. {AZ(az)} – Abschluss des Beschwerdeverfahrens

Sehr geehrte Frau {tl(DSB)},

vielen Dank für Ihre Stellungnahme vom 30. Oktober. In der Beschwerdesache {P(c.tfull)} sehe ich nach den getroffenen Maßnahmen von weiteren Schritten ab. Frau {P(c.last)} erhält heute eine Abschlussnachricht; eine Kopie geht Ihnen nachrichtlich zu.

Ich wäre Ihnen dankbar, wenn Sie mir bis Ende des ersten Quartals 2026 kurz berichten, ob die Schulung der Kita-Leitungen stattgefunden hat.

Freundliche Grüße
{P(ldi.full)}
LDI NRW, Referat 3
{T(f"+49 211 38424-{LDI_EXT}")}
""", [])


def d27():
    prov = person(title="")
    rows = []
    for _ in range(5):
        p = person(title="")
        kz = kassenzeichen()
        d = f"{rng.randint(1, 28):02d}.10.2025"
        what = rng.choice(["Führungszeugnis", "Bewohnerparkausweis", "Meldebescheinigung", "Verwarnungsgeld",
                           "Hundemarke Ersatz"])
        rows.append(f"{d};{AZ(kz)};{what};{P(p.full)};{E(mail(p))};{CC(card())}")
    return ("word", "zahlungsportal-kartennummern", f"""Vermerk: Vollständige Kartennummern in Zahlungsbestätigungen des ePayment-Portals

Der Dienstleister ({'Ansprechpartnerin' if prov.g == 'f' else 'Ansprechpartner'} {P(prov.full)}, Tel. {T(landline("0231"))}) hat am 30.10.2025 mitgeteilt, dass nach einer Änderung am 01.10.2025 die Bestätigungsmails des Portals statt der maskierten Kartennummer die vollständige Nummer enthielten. Betroffen sind 61 Zahlungen. Die Mails gingen nur an die jeweils zahlende Person, lagen aber unverschlüsselt auf dem Mailserver des Dienstleisters und in einer Kopie im Postfach der Stadtkasse.

Auszug aus der Transaktionsliste (Spalten: Datum;Kassenzeichen;Leistung;Zahler;Mail;Karte):

{wrap(rows)}

Gemäß Auftragsverarbeitungsvertrag (§ 8) hat der Dienstleister uns unverzüglich informiert. Die Kopien im Postfach der Stadtkasse wurden am 31.10.2025 gelöscht. Die DSB empfiehlt, alle 61 Zahlenden zu informieren und ihnen zu raten, die Karte sperren zu lassen. Die Kartennummern in diesem Vermerk bitte nach Abschluss des Vorgangs schwärzen.
""", [])


def d28():
    clerk = person("m", title="")
    it = person("f", title="")
    owner = person(title=None)
    owner2 = person(title="")
    wrong = person("f", title="")
    colleague = person("f", "de", title="")
    wrong_mail = mail(wrong, "gmx.de")
    return ("outlook", "scan-fehlversand-gewerbesteuer", f"""Betreff: Scan an falsche externe Adresse – Gewerbesteuerakten

Hallo Frau {tl(DSB)}, hallo {P(it.first)},

heute um 09:14 habe ich am Multifunktionsgerät im 2. OG eine Scan-Mail an „{E(wrong_mail)}“ geschickt statt an unsere Kollegin {P(colleague.full)} – die Adressvervollständigung hat die private Adresse von {P(wrong.full)} vorgeschlagen, die wohl seit einem Mailwechsel wegen einer Hundesteueranmeldung im Adressbuch steht. Im Anhang waren 6 Seiten aus zwei Gewerbesteuerakten:

1. Einzelunternehmen, Inhaber {P(owner.tfull)}, {A(street())}, {A(place())}
   Steuernummer {TNR(ids.tax_number_nrw())}, USt-IdNr. {VAT(ids.vat_id())}, Steuer-ID {TID(tax_id())}
   Vorauszahlungsbescheid 2025 und Stundungsantrag mit Kontoauszügen (IBAN {IB(iban_de())})
2. {P(owner2.full)}, Imbiss „Zur Post“, Steuernummer {TNR(ids.tax_number_federal_nrw())}
   nur das Anschreiben zur Anhörung wegen Säumniszuschlägen

Ich habe sofort eine Rückrufmail geschickt und die Empfängerin gebeten, die Mail zu löschen. Antwort kam noch keine. Steuergeheimnis (§ 30 AO) ist betroffen, deshalb melde ich das direkt. Was muss ich noch tun?

Viele Grüße
{P(clerk.full)}
Fachdienst Steuern · {T(staff_phone())}
""", [])


def d29():
    staff = [person(title="") for _ in range(3)]
    lines = []
    procs = [("OWi", "verwarngeld"), ("Bewohnerparken", "park"), ("Fundbüro", "fund"),
             ("Sondernutzung", "sonder"), ("Hundesteuer", "hund")]
    for _ in range(9):
        proc, kind = rng.choice(procs)
        p = person(title="")
        ts = f"2025-10-{rng.randint(1, 31):02d} {rng.randint(6, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        if kind in ("verwarngeld", "park"):
            ref = f"{rng.randint(11, 48)}-{rng.choice([2021, 2022])}-{ids.digits(4)}"
            extra = KFZ(plate())
        elif kind == "hund":
            ref = kassenzeichen()
            extra = "Hundemarke 2021"
        else:
            ref = f"{rng.choice(['FB', 'SN'])}-{rng.choice([2020, 2021])}/{ids.digits(4, True)}"
            extra = "—"
        who = rng.choice(staff)
        lines.append(f"{ts}|{proc}|{AZ(ref)}|{P(p.comma)}|{extra}|Datensatz gelöscht (Frist abgelaufen)|{P(who.initial)}")
    return ("word", "loeschprotokoll-export", f"""Loeschlauf_Oktober_2025.txt – Export aus dem Löschmodul (Sammelverfahren Ordnung), ungekürzt

{wrap(lines)}

-- Ende des Exports, 9 Zeilen --
Geprüft im Rahmen der Stichprobenkontrolle der DSB am 04.11.2025, ohne Beanstandung. {P(DSB2.initial)}
""", [])


def d30():
    clerk = person("f", title="")
    c = person(title=None)
    wrong = person("m", title="")
    born = dob(1962, 1980)
    rv = ssn(c, born)
    kv = ids.health_insurance()
    return ("outlook", "versicherungsamt-fehlversand", f"""Betreff: WG: Ihr Antrag auf Erwerbsminderungsrente – Unterlagen

Liebe {P(DSB.first)},

leider ein neuer Fall: Ich habe am Montag die eingescannten Unterlagen zum EM-Rentenantrag von {P(c.tfull)} per Mail an die falsche Adresse geschickt. Outlook hat beim Tippen {P(wrong.full)} vorgeschlagen, der vor zwei Wochen wegen Kontenklärung bei uns war. Unten die weitergeleitete Mail. Rückrufversuch bei Herrn {P(wrong.last)} unter {T(phone())} ohne Erfolg, Mail mit Bitte um Löschung ist raus.

{P(clerk.full)}
Versicherungsamt

-----Original Message-----
From: {P(clerk.full)} <{E(staff_mail(clerk))}>
Sent: Monday, November 3, 2025 10:27 AM
To: {E(mail(wrong))}
Subject: Ihr Antrag auf Erwerbsminderungsrente – Unterlagen

Guten Tag,

anbei wie besprochen die Antragsunterlagen zur Durchsicht, bevor ich sie an die Deutsche Rentenversicherung Westfalen weitergebe:
– Antrag R0100 mit Versicherungsnummer {SSN(rv)}
– Anlage R0210 (Krankheiten: rezidivierende depressive Störung, Zustand nach Bandscheibenvorfall L4/L5)
– Befundbericht der behandelnden Psychiaterin
– Kopie der Versichertenkarte, KVNr. {KV(kv)}
– Geburtsurkunde (geb. {DOB(born.fmt(0))})

Bitte prüfen Sie alles und rufen Sie mich an.

Freundliche Grüße
{P(clerk.full)}
""", ["HEALTH"])


DOCS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16, d17, d18, d19, d20, d21, d22,
        d23, d24, d25, d26, d27, d28, d29, d30]


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh151.jsonl")
    lines = []
    for i, fn in enumerate(DOCS, 1):
        DOC_LAST[:] = RESERVED
        channel, template, text, flags = fn()
        obj = build(f"F151-{i:03d}", channel, template, text.strip() + "\n", flags)
        lines.append(json.dumps(obj, ensure_ascii=False))
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
