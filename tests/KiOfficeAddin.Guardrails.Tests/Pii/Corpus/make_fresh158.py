#!/usr/bin/env python3
"""Blind test batch 158: a district youth office's foster care and adoption service (Pflegekinderdienst und
Adoptionsvermittlungsstelle des Kreises Sauerland-Ruhr, invented). Foster families' applications and home studies,
birth parents, development reports, contact arrangements, adoption files with name changes, international adoptions
(Ethiopia, Colombia, Ukraine), family-court decisions.

All randomness comes from Identifiers(15858).rng, so two runs write byte-identical files.
"""
import json
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from identifiers import Identifiers, group, icao_check, luhn_check, mod11_10_check  # noqa: E402,F401
from marks import build  # noqa: E402

ids = Identifiers(15858)
rng = ids.rng
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh158.jsonl")


# ---------------------------------------------------------------- marks
def mk(code, value):
    return f"[[{code}|{value}]]"


def P(v): return mk("P", v)
def A(v): return mk("A", v)
def E(v): return mk("E", v)
def T(v): return mk("T", v)
def N(v): return mk("N", v)
def DOB(v): return mk("DOB", v)
def AZ(v): return mk("AZ", v)
def KFZ(v): return mk("KFZ", v)
def IBAN(v): return mk("IBAN", v)
def TID(v): return mk("TID", v)
def TNR(v): return mk("TNR", v)
def VAT(v): return mk("VAT", v)
def IDC(v): return mk("IDC", v)
def PASS(v): return mk("PASS", v)
def SSN(v): return mk("SSN", v)
def KV(v): return mk("KV", v)
def CC(v): return mk("CC", v)


# ---------------------------------------------------------------- public office data (not personal)
KREIS = "Kreis Sauerland-Ruhr"
OFF_ST = "Eichholzstraße 9"
OFF_PC = "59821 Arnsberg"
SWITCH = "02931 94-0"
FAX = "02931 94-1199"
PKD_MAIL = "pflegekinderdienst@kreis-sauerland-ruhr.de"
ADOPT_MAIL = "adoption@kreis-sauerland-ruhr.de"
STAFF_DOMAIN = "kreis-sauerland-ruhr.de"

# ---------------------------------------------------------------- name pools
FIRST = {
    "de": {"f": ["Katharina", "Sabine", "Petra", "Miriam", "Stefanie", "Claudia", "Annette", "Heike", "Kerstin",
                 "Franziska", "Johanna", "Ulrike", "Dorothee", "Carina", "Svenja", "Nadine", "Marlies", "Wiebke",
                 "Friederike", "Anne-Kathrin", "Rebekka", "Hildegard", "Jana", "Bettina", "Susanne", "Maren"],
           "m": ["Thomas", "Michael", "Jens", "Stefan", "Ralf", "Tobias", "Christoph", "Dirk", "Matthias", "Bernd",
                 "Lars", "Henrik", "Jörg", "Volker", "Benedikt", "Ansgar", "Hubertus", "Karl-Heinz", "Florian",
                 "Sven", "Reinhard", "Norbert", "Timo", "Markus", "Frank", "Georg"]},
    "tr": {"f": ["Ayşe", "Elif", "Zeynep", "Emine", "Derya", "Gülsen", "Hatice", "Songül", "Melek", "Büşra"],
           "m": ["Mehmet", "Murat", "Emre", "Serkan", "Okan", "Hakan", "Yusuf", "Erdal", "Cem", "Ömer"]},
    "pl": {"f": ["Agnieszka", "Magdalena", "Katarzyna", "Małgorzata", "Joanna", "Dorota", "Ewa"],
           "m": ["Paweł", "Grzegorz", "Tomasz", "Krzysztof", "Marek", "Wojciech", "Łukasz"]},
    "ru": {"f": ["Swetlana", "Natalja", "Olga", "Irina", "Ljudmila", "Tatjana", "Galina", "Elena"],
           "m": ["Alexander", "Viktor", "Waldemar", "Eduard", "Andreas", "Jakob", "Johann", "Dmitrij"]},
    "ua": {"f": ["Olena", "Oksana", "Iryna", "Tetiana", "Nataliia", "Yuliia", "Halyna", "Sofiia", "Viktoriia"],
           "m": ["Andrii", "Serhii", "Oleksandr", "Mykola", "Bohdan", "Taras", "Dmytro", "Yaroslav", "Vasyl"]},
    "et": {"f": ["Tigist", "Selamawit", "Meron", "Hiwot", "Bethlehem", "Mekdes", "Almaz", "Saba", "Tsion"],
           "m": ["Abebe", "Yonas", "Dawit", "Tesfaye", "Haile", "Kebede", "Girma", "Bereket", "Solomon", "Mulugeta"]},
    "co": {"f": ["María Fernanda", "Luz Dary", "Yuliana", "Valentina", "Ana Milena", "Leidy Johana", "Sara"],
           "m": ["Juan Camilo", "Andrés Felipe", "Jhon Jairo", "Santiago", "Brayan Steven", "Luis Fernando"]},
    "ar": {"f": ["Rasha", "Nour", "Amal", "Hiba", "Rania", "Dima"],
           "m": ["Khaled", "Ahmad", "Omar", "Mahmoud", "Tarek", "Bassam"]},
    "kos": {"f": ["Arbnora", "Vjosa", "Fatime", "Blerta", "Drita"],
            "m": ["Bekim", "Driton", "Arben", "Valon", "Agron"]},
    "it": {"f": ["Giulia", "Francesca", "Chiara"], "m": ["Giuseppe", "Salvatore", "Luca"]},
    "gr": {"f": ["Eleni", "Sofia", "Despina"], "m": ["Konstantinos", "Georgios", "Nikolaos"]},
    "af": {"f": ["Chidinma", "Abena", "Adaeze", "Efua"], "m": ["Kwame", "Chukwuemeka", "Kofi", "Emeka"]},
    "vn": {"f": ["Thi Lan", "Thu Trang", "Ngoc Anh"], "m": ["Van Duc", "Minh Tuan", "Quang Huy"]},
}
LAST = {
    "de": ["Schulte", "Hennecke", "Brüggemann", "Kemper", "Vogt", "Rüther", "Wiese", "Hoppe", "Tigges", "Kaiser",
           "Klauke", "Schmelter", "Bause", "Plett", "Gierse", "Droste", "Hüttemann", "Stratmann", "Sauerwald",
           "Funke", "Korte", "Wrede", "Linnemann", "Heimes", "Brökelmann", "Kersting", "Aßhoff", "Rath", "Grewe",
           "Menke", "Schauerte", "Bräutigam", "Thöne", "Wullner", "Eickelmann", "Schmidt-Rüsche", "Köster-Baum",
           "Hesse", "Lohmann", "Quinke", "Bartmann", "Pape"],
    "tr": ["Yılmaz", "Demir", "Şahin", "Öztürk", "Aydın", "Kılıç", "Arslan", "Doğan", "Çelik", "Karaca"],
    "pl": ["Kowalczyk", "Wiśniewski", "Zieliński", "Nowakowski", "Mazur", "Wójcik", "Lewandowski", "Kamiński"],
    "ru": ["Reimer", "Penner", "Janzen", "Wiebe", "Friesen", "Dick", "Klassen", "Enns", "Harder", "Neufeld"],
    "ua": ["Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boiko", "Hnatiuk",
           "Savchuk", "Marchenko", "Lysenko", "Rudenko"],
    "co": ["Rodríguez", "Gómez", "Restrepo", "Zapata", "Londoño", "Ospina", "Cardona", "Valencia", "Muñoz",
           "Arango", "Giraldo", "Quintero"],
    "ar": ["Al-Khatib", "Haddad", "Alhamwi", "Mansour", "Darwish", "Al-Hussein"],
    "kos": ["Krasniqi", "Berisha", "Gashi", "Hoxha", "Morina"],
    "it": ["Esposito", "Romano", "Lo Bianco"],
    "gr": ["Papadopoulos", "Nikolaidis", "Karagianni"],
    "af": ["Okonkwo", "Mensah", "Boateng", "Eze"],
    "vn": ["Nguyen", "Tran", "Pham"],
}
CHILD = {
    "f": ["Mia", "Lina", "Emilia", "Lea", "Hannah", "Ella", "Marie", "Leonie", "Amira", "Nela", "Zoe", "Jolina",
          "Maja", "Sophie", "Elif", "Lia", "Fiona", "Chantal", "Alina", "Paula", "Ronja"],
    "m": ["Ben", "Finn", "Noah", "Luca", "Elias", "Jonas", "Leon", "Paul", "Mats", "Kevin", "Justin", "Mert",
          "Emil", "Luis", "Milan", "Tim", "Jannik", "Malik", "Ole", "Leo", "Mika"],
}
UA_CYR = [("Olena", "Kovalenko", "Олена Коваленко"), ("Iryna", "Shevchenko", "Ірина Шевченко"),
          ("Tetiana", "Bondarenko", "Тетяна Бондаренко"), ("Oksana", "Melnyk", "Оксана Мельник")]

USED = []


class Pn:
    def __init__(self, first, last, g, title=""):
        self.first, self.last, self.g, self.title = first, last, g, title

    @property
    def fl(self):
        return f"{self.first} {self.last}"

    @property
    def full(self):
        return f"{self.title} {self.first} {self.last}".strip()

    @property
    def tl(self):  # title + surname, for "Frau Dr. Kaya"
        return f"{self.title} {self.last}".strip()

    @property
    def hf(self):
        return "Frau" if self.g == "f" else "Herr"

    @property
    def hfn(self):  # accusative/dative: Frau / Herrn
        return "Frau" if self.g == "f" else "Herrn"

    @property
    def sgt(self):
        return "Sehr geehrte Frau" if self.g == "f" else "Sehr geehrter Herr"

    @property
    def ini(self):
        return f"{self.first[0]}. {self.last}"

    def job(self, base):
        return base + ("in" if self.g == "f" else "")


def fem_last(last, g, origin):
    if origin == "pl" and g == "f":
        if last.endswith("ski"):
            return last[:-3] + "ska"
        if last.endswith("cki"):
            return last[:-3] + "cka"
    return last


def person(origin, g, title=""):
    for _ in range(500):
        first = rng.choice(FIRST[origin][g])
        if origin == "et":
            last = rng.choice(FIRST["et"]["m"])
            if last == first:
                continue
        elif origin == "co":
            a, b = rng.choice(LAST["co"]), rng.choice(LAST["co"])
            if a == b:
                continue
            last = f"{a} {b}"
        else:
            last = fem_last(rng.choice(LAST[origin]), g, origin)
        if (first, last) not in USED and last not in [u[1] for u in USED[-6:]]:
            break
    USED.append((first, last))
    return Pn(first, last, g, title)


def spouse(p, origin, g=None):
    g = g or ("m" if p.g == "f" else "f")
    for _ in range(100):
        first = rng.choice(FIRST[origin][g])
        if first != p.first:
            break
    USED.append((first, p.last))
    return Pn(first, p.last, g)


def kid(g=None, exclude=()):
    g = g or rng.choice("fm")
    for _ in range(100):
        n = rng.choice(CHILD[g])
        if n not in exclude:
            return n
    return n


def any_gender():
    return rng.choice("fm")


# ---------------------------------------------------------------- addresses, phones, mails
STREETS = ["Am Mühlenberg", "Schützenstraße", "Ruhrstraße", "Zum Hasenwinkel", "Im Siepen", "Kapellenweg",
           "Auf dem Loh", "Hellefelder Straße", "Graf-Gottfried-Straße", "Lindenallee", "Unterm Hagen",
           "Möhnestraße", "Sauerlandstraße", "Brilburgstraße", "Zur Alten Schmiede", "Dümpelweg", "Ennerter Weg",
           "Heinrich-Lübke-Straße", "Am Kreuzberg", "Hollenweg", "Ebbinghof", "In der Wüste", "Am Steinbruch",
           "Röhrstraße", "Bergstraße", "Lennestraße", "Klosterstraße", "Auf der Hude", "Wiesenweg", "Schlehenweg",
           "Kirchhellener Straße", "Overbergstraße", "Lürwaldstraße", "Alter Soestweg", "Stembergweg"]
PLACES = [("59755", "Arnsberg", "02932"), ("59757", "Arnsberg", "02932"), ("59759", "Arnsberg", "02932"),
          ("59821", "Arnsberg", "02931"), ("59823", "Arnsberg", "02937"), ("59846", "Sundern", "02933"),
          ("59872", "Meschede", "0291"), ("59909", "Bestwig", "02904"), ("59929", "Brilon", "02961"),
          ("59939", "Olsberg", "02962"), ("59955", "Winterberg", "02981"), ("57392", "Schmallenberg", "02972"),
          ("59581", "Warstein", "02902"), ("59889", "Eslohe", "02973"), ("59964", "Medebach", "02982"),
          ("59969", "Hallenberg", "02984"), ("59494", "Soest", "02921"), ("58706", "Menden", "02373")]
FAR_PLACES = [("44137", "Dortmund", "0231"), ("33098", "Paderborn", "05251"), ("59065", "Hamm", "02381"),
              ("58095", "Hagen", "02331"), ("45127", "Essen", "0201"), ("48143", "Münster", "0251")]


class Addr:
    def __init__(self, street, pc, town, area):
        self.street, self.pc, self.town, self.area = street, pc, town, area

    @property
    def city(self):
        return f"{self.pc} {self.town}"


def house_no():
    n = rng.randint(1, 140)
    r = rng.random()
    if r < 0.15:
        return f"{n}{rng.choice('abc')}"
    if r < 0.2:
        return f"{n}-{n + 2}"
    return str(n)


def addr(far=False):
    pc, town, area = rng.choice(FAR_PLACES if far else PLACES)
    return Addr(f"{rng.choice(STREETS)} {house_no()}", pc, town, area)


def digits(n, first_nonzero=True):
    return ids.digits(n, first_nonzero=first_nonzero)


def landline(area, style=None):
    sub = digits(rng.choice([5, 6, 6, 7]))
    style = style if style is not None else rng.randint(0, 5)
    if style == 0:
        return f"{area} {sub}"
    if style == 1:
        return f"{area}/{sub}"
    if style == 2:
        return f"({area}) {sub}"
    if style == 3:
        return f"+49 {area[1:]} {sub}"
    if style == 4:
        return f"{area}-{sub}"
    return f"{area} {' '.join(sub[i:i + 2] for i in range(0, len(sub), 2))}"


MOBILE_PREFIX = ["0151", "0152", "0157", "0159", "0160", "0162", "0163", "0170", "0171", "0172", "0175", "0176",
                 "0177", "0178", "0179"]


def mobile(style=None):
    pre = rng.choice(MOBILE_PREFIX)
    sub = digits(rng.choice([7, 8]))
    style = style if style is not None else rng.randint(0, 5)
    if style == 0:
        return f"{pre} {sub}"
    if style == 1:
        return f"{pre}/{sub}"
    if style == 2:
        return f"+49 {pre[1:]} {sub}"
    if style == 3:
        return f"{pre}-{sub[:3]} {sub[3:]}"
    if style == 4:
        return f"{pre}{sub}"
    return f"0049 {pre[1:]} {sub[:4]} {sub[4:]}"


def direct():
    return f"02931 94-{rng.randint(4100, 4399)}"


def fold(s):
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe")
    s = s.replace("Ü", "Ue").replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


DOMAINS = ["web.de", "gmx.de", "t-online.de", "gmail.com", "outlook.de", "posteo.de", "freenet.de", "icloud.com",
           "arcor.de", "gmx.net", "online.de", "mail.de"]


def email(p, domain=None):
    f = fold(p.first.split()[0]).lower().replace(" ", "")
    l = fold(p.last.split()[0]).lower().replace(" ", "").replace("'", "")
    domain = domain or rng.choice(DOMAINS)
    style = rng.randint(0, 5)
    local = [f"{f}.{l}", f"{f[0]}.{l}", f"{l}{rng.randint(60, 99)}", f"{f}{l[0]}", f"{f}_{l}",
             f"{f}.{l}{rng.randint(1, 9)}"][style]
    return f"{local}@{domain}"


def staff_mail(p):
    return f"{fold(p.first[0]).lower()}.{fold(p.last).lower().replace(' ', '-')}@{STAFF_DOMAIN}"


MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


class D:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    def fmt(self, style):
        y, m, d = self.y, self.m, self.d
        return {
            "dmy": f"{d:02d}.{m:02d}.{y}", "dmY": f"{d}.{m}.{y}", "dmy2": f"{d:02d}.{m:02d}.{y % 100:02d}",
            "long": f"{d}. {MONTHS[m - 1]} {y}", "iso": f"{y}-{m:02d}-{d:02d}", "slash": f"{d:02d}/{m:02d}/{y}",
            "ddmmyy": f"{d:02d}{m:02d}{y % 100:02d}",
        }[style]


def bday(y0, y1):
    return D(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def dob(y0, y1, style=None):
    return bday(y0, y1).fmt(style or rng.choice(["dmy", "dmy", "dmY", "long", "dmy2"]))


# ---------------------------------------------------------------- identifiers
def az_jugend(kind=None, year=None):
    kind = kind or rng.choice(["PK", "VP", "BP", "AD", "EP"])
    year = year or rng.randint(2019, 2025)
    return rng.choice([f"51.3-{kind}-{year}/{rng.randint(1, 999):04d}", f"51.32 {kind} {rng.randint(10, 999)}/{year % 100}",
                       f"{kind}-{year}-{rng.randint(1, 999):03d}"])


def az_fam(court_no=None):
    return f"{court_no or rng.randint(1, 9)} F {rng.randint(11, 499)}/{rng.randint(22, 25)}"


def az_adopt():
    return f"{rng.randint(2, 8)} XVI {rng.randint(1, 40)}/{rng.randint(22, 25)}"


def plate(code=None, suffix=""):
    code = code or rng.choice(["HSK", "HSK", "HSK", "AR", "BRI", "MES", "SO", "UN", "MK", "OE", "DO", "PB"])
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXZ") for _ in range(rng.choice([1, 2, 2])))
    num = str(rng.randint(1, 9999 if len(code) + len(letters) < 5 else 999))
    style = rng.randint(0, 2)
    sep1 = ["-", " ", "-"][style]
    sep2 = [" ", " ", ""][style]
    return f"{code}{sep1}{letters}{sep2}{num}{suffix}"


def iban_de(grouped=None):
    v = ids.iban_de()
    grouped = rng.random() < 0.6 if grouped is None else grouped
    return group(v, 4) if grouped else v


def tax_id(spaced=None):
    v = ids.tax_id()
    spaced = rng.random() < 0.5 if spaced is None else spaced
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if spaced else v


def vat(spaced=False):
    v = ids.vat_id()
    return f"DE {v[2:5]} {v[5:8]} {v[8:]}" if spaced else v


def rvnr(day, last, spaced=True):
    v = ids.social_security(day.fmt("ddmmyy"), fold(last)[0].upper())
    return f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}" if spaced else v


def id_card():
    return ids.id_card(check_digit=rng.random() < 0.4)


def passport_de():
    return ids.passport(check_digit=rng.random() < 0.3)


def passport_ua():
    return rng.choice(["FT", "FU", "FX", "GA", "FV"]) + digits(6, False)


def passport_et():
    return "EP" + digits(7)


def card(kind="visa", sep=" "):
    v = ids.credit_card("4", 16) if kind == "visa" else ids.credit_card(rng.choice(["51", "52", "53", "54", "55"]), 16)
    return sep.join(v[i:i + 4] for i in range(0, 16, 4)) if sep else v


def money(cents):
    return f"{cents // 100},{cents % 100:02d}"


def staff():
    g = any_gender()
    return person(rng.choice(["de", "de", "de", "tr", "pl", "ru", "gr"]), g)


def amount(lo, hi):
    return f"{rng.randint(lo, hi)},{rng.choice(['00', '50', '20', '75', '90'])}"


def sign_block(st, role="Pflegekinderdienst"):
    dw = direct()
    return (f"{P(st.fl)}\n{st.job('Sozialarbeiter')} · {role}\n{KREIS} · Fachdienst 51 – Jugend und Familie\n"
            f"Telefon {T(dw)} · Zentrale {N(SWITCH)}\n{E(staff_mail(st))}")


# ================================================================ documents
def d01():
    wife = person("de", "f")
    husb = spouse(wife, "de")
    k1, k2 = kid("m"), kid("f")
    friend = person("tr", "f")
    ad = addr()
    mob, tel, mail = mobile(), landline(ad.area), email(wife)
    t = f"""Betreff: Pflegekind aufnehmen – wann ist der nächste Infoabend?

Guten Tag,

mein Mann und ich tragen uns schon länger mit dem Gedanken, einem Kind auf Zeit oder auch auf Dauer ein Zuhause zu geben. Auf der Homepage des Kreises steht, dass der Pflegekinderdienst regelmäßig Informationsabende anbietet, dort ist aber noch der Termin aus dem Frühjahr eingetragen.

Kurz zu uns: Wir sind {P(wife.fl)} (41) und {P(husb.fl)} (44), seit 2011 verheiratet, und haben zwei leibliche Kinder, {P(k1)} (9) und {P(k2)} (6). Wir wohnen in einem Einfamilienhaus mit Garten, {A(ad.street)}, {A(ad.city)}. Das Zimmer unterm Dach steht seit dem Auszug meiner Schwiegermutter leer.

Mein Mann arbeitet als Werkzeugmechaniker im Schichtbetrieb, ich bin Erzieherin mit 25 Wochenstunden. Dass ein Pflegekind oft Kontakt zu seinen leiblichen Eltern hat, wissen wir – davor haben wir Respekt, aber keine Angst. Eine Bekannte, {P(friend.fl)}, ist bei Ihnen seit Jahren Bereitschaftspflegemutter und hat uns sehr ermutigt, uns zu melden.

Könnten Sie uns den nächsten Termin nennen? Am besten erreichen Sie mich nachmittags unter {T(mob)}, abends auch über Festnetz {T(tel)}, oder per Mail an {E(mail)}.

Viele Grüße aus {ad.town}
{P(wife.fl)}"""
    return t, []


def d02():
    st = staff()
    wife = person("de", "f")
    husb = spouse(wife, "de")
    maiden = rng.choice(LAST["de"])
    own = kid("f")
    ad = addr()
    doc = person("de", "f", "Dr. med.")
    ref1 = person("pl", "f")
    ref1ad = addr()
    pastor = person("ru", "m")
    dw = direct()
    t = f"""KREIS SAUERLAND-RUHR
Fachdienst 51 – Jugend und Familie · Pflegekinderdienst
{N(OFF_ST)} · {N(OFF_PC)}

Az.: {AZ(az_jugend("EP", 2025))}
Bearbeitung: {P(st.fl)} · Durchwahl {T(dw)}
Datum: 17.04.2025

Sozialbericht zur Eignung als Pflegepersonen (Vollzeitpflege, § 33 SGB VIII)
– nur für den Dienstgebrauch –

1. Angaben zu den Bewerbern
Bewerberin: {P(wife.fl)}, geb. {P(maiden)}, * {DOB(dob(1979, 1987, "dmy"))} in Lippstadt, Kinderkrankenschwester
Bewerber: {P(husb.fl)}, * {DOB(dob(1976, 1985, "dmy"))} in Meschede, Industriemechaniker
Anschrift: {A(ad.street)}, {A(ad.city)}
Telefon: {T(landline(ad.area))} (privat), {T(mobile())} (Frau {P(wife.last)})
Die Identität wurde am 11.03.2025 anhand der Personalausweise geprüft ({IDC(id_card())} bzw. {IDC(id_card())}); erweiterte Führungszeugnisse ohne Eintrag liegen vor.
Im Haushalt lebt außerdem die gemeinsame Tochter {P(own)} (14), die das Gymnasium in Meschede besucht.

2. Wohnsituation
Die Familie bewohnt eine Doppelhaushälfte (ca. 140 m²) am Ortsrand. Für ein Pflegekind steht ein eigenes Zimmer im Obergeschoss zur Verfügung. Kindergarten und Grundschule sind zu Fuß erreichbar, der nächste Kinderarzt sitzt im Nachbarort.

3. Motivation
Beide schildern übereinstimmend, dass der Wunsch nach einem zweiten Kind lange bestand. {P(own)} wurde in die Überlegungen einbezogen und äußerte sich im Einzelgespräch offen, aber auch mit der Sorge, „nicht mehr so viel Zeit mit Mama“ zu haben.

4. Gesundheit
Herr {P(husb.last)} ist an Morbus Crohn erkrankt; nach Auskunft seiner Hausärztin, {P(doc.full)}, befindet sich die Erkrankung seit 2021 in Remission. Eine ärztliche Bescheinigung vom 02.02.2025 liegt vor. Bei Frau {P(wife.last)} bestehen keine gesundheitlichen Einschränkungen.

5. Religion und Weltanschauung
Frau {P(wife.last)} ist aktives Mitglied einer evangelisch-freikirchlichen Gemeinde, Herr {P(husb.last)} ist vor Jahren aus der katholischen Kirche ausgetreten. Beide können sich vorstellen, ein Kind aufzunehmen, das muslimisch geprägt ist, und Kontakte zu dessen Gemeinde zu unterstützen.

6. Beruf und Zeitbudget
Herr {P(husb.last)} arbeitet im Dreischichtsystem bei einem Automobilzulieferer und ist dort seit 2018 für die IG Metall im Betriebsrat. Frau {P(wife.last)} will ihre Stelle im Klinikum auf 50 % reduzieren, sobald ein Kind vermittelt ist.

7. Referenzen
– {P(ref1.fl)}, {A(ref1ad.street)}, {A(ref1ad.city)} (Nachbarin seit zwölf Jahren), Tel. {T(landline(ref1ad.area))}
– Pastor {P(pastor.fl)}, Gemeindebüro Meschede, Tel. {N("0291 5523-0")}

8. Fachliche Einschätzung
Die Bewerber wirken reflektiert und belastbar; die Rolle der Herkunftsfamilie wird anerkannt. Vorgeschlagen wird die Vorstellung in der Fallkonferenz am 06.05.2025. Die Entscheidung über die Eignung trifft die Fachdienstleitung.

{P(st.fl)}
{st.job("Sozialarbeiter")} (B.A.)"""
    return t, ["HEALTH", "RELIGION", "UNION"]


def d03():
    st = staff()
    mom = person("de", "f")
    child = kid("m")
    bf = person(rng.choice(["pl", "kos", "de"]), "m")
    mail = f"{fold(mom.first).lower()}{rng.choice(['', '_', '.'])}{fold(mom.last[:3]).lower()}{rng.randint(88, 99)}@gmail.com"
    mob = mobile(4)
    t = f"""Von: {E(mail)}
An: {N(PKD_MAIL)}
Betreff: dienstag

hallo frau {P(st.last.lower())}

ich schaff das am dienstag nich mit dem besuch bei {P(child.lower())}, bin seit montag wieder zur entgiftung in der klinik und die lassen einen die ersten 14 tage nich raus auch nich mit begleitung. kann nich der {P(bf.first.lower())} alleine hin?? er is ja sein papa auch wenn das mit der vaterschaft noch nich offiziel ist

meine alte handynr geht nich mehr die karte is gesperrt, neue nr is {T(mob)} bitte nur da anrufen oder whatsapp, nich aufs festnetz von meiner mutter die muss das nich wissen

sagen sie {P(child)} bitte das ich ihn lieb hab und das ich das diesmal durchzieh. und das {P(bf.first)} ihm das lego mitbringt was er sich gewünscht hat

lg {P(mom.first.lower() + " " + mom.last.lower())}

Von meinem iPhone gesendet"""
    return t, ["HEALTH"]


def d04():
    st = staff()
    g = any_gender()
    child = Pn(kid(g), rng.choice(LAST["de"]), g)
    fm = person("de", "f")
    fv = spouse(fm, rng.choice(["de", "it"]))
    fad = addr()
    doc = person(rng.choice(["gr", "de", "ar"]), "f", "Dr. med.")
    pad = addr()
    author = person("de", "f")
    logo = person(rng.choice(["tr", "de"]), "f")
    ergo = person("de", "m")
    mother = person("de", "f")
    er = "er" if g == "m" else "sie"
    Er = er.capitalize()
    sein = "sein" if g == "m" else "ihr"
    t = f"""Frühförderstelle Sauerland · Interdisziplinäre Frühförderung
Entwicklungsbericht (Fortschreibung) – zur Vorlage beim Jugendamt

Kind: {P(child.fl)}
geboren: {DOB(dob(2021, 2022, "dmy"))}
Pflegeeltern: {P(fm.fl)} und {P(fv.fl)}, {A(fad.street)}, {A(fad.city)}
Krankenversicherung: AOK NordWest, Versichertennummer {KV(ids.health_insurance())}
Jugendamt: {KREIS}, {st.hf} {P(st.last)}, Az. {AZ(az_jugend("PK"))}
Kinderärztin: {P(doc.full)}, {A(pad.street)}, {A(pad.city)}
Berichtszeitraum: 01.10.2024 bis 30.09.2025
Verfasst von {P(author.fl)} (Heilpädagogin) unter Mitwirkung von {P(logo.fl)} (Logopädie) und {P(ergo.fl)} (Ergotherapie)

1. Vorgeschichte
{P(child.first)} lebt seit dem Alter von 14 Monaten in der Pflegefamilie. Nach Aktenlage bestand während der Schwangerschaft ein erheblicher Alkoholkonsum der leiblichen Mutter, Frau {P(mother.fl)}. Im Sozialpädiatrischen Zentrum wurde im Februar 2025 eine Fetale Alkoholspektrumstörung (pFAS) diagnostiziert; zusätzlich besteht eine leichte Hörminderung links.

2. Motorik
{Er} klettert inzwischen sicher, fällt aber in neuen Umgebungen häufiger hin. Die Stifthaltung ist noch faustartig; in der Ergotherapie bei Herrn {P(ergo.last)} übt {er} das Schneiden mit der Schere.

3. Sprache und Kommunikation
Der Wortschatz ist deutlich gewachsen (ca. 300 Wörter), Zwei- bis Dreiwortsätze gelingen. Frau {P(logo.last)} empfiehlt, die Logopädie einmal wöchentlich fortzusetzen.

4. Sozial-emotionale Entwicklung
{P(child.first)} sucht bei Unsicherheit zuverlässig Schutz bei {sein}en Pflegeeltern. Nach den Besuchskontakten mit der Mutter ist {er} oft zwei bis drei Tage unruhig und schläft schlecht; Frau {P(fm.last)} führt dazu ein Tagebuch.

5. Empfehlungen
Fortführung der Frühförderung (2 Einheiten/Woche) bis zur Einschulung, Abklärung eines Integrationsplatzes in der Kita, Elterngespräch mit den Pflegeeltern im Januar.

{P(author.fl)}, Heilpädagogin (B.A.)"""
    return t, ["HEALTH"]


def d05():
    st = staff()
    col = staff()
    ub = person(rng.choice(["de", "gr", "af"]), any_gender())
    fm = person("de", "f")
    father = person(rng.choice(["kos", "tr", "ru"]), "m")
    child = kid("m")
    fad = addr()
    ubmail = email(ub, "diakonie-sauerland.de")
    fmmail = email(fm)
    kfz = plate()
    t = f"""Betreff: WG: AW: Begleiteter Umgang am Samstag – Vorfall auf dem Parkplatz

Hallo {P(st.first)},

zur Info, siehe unten. Ich rufe Frau {P(fm.last)} morgen früh an. Kannst du bitte prüfen, ob das Kennzeichen zum Kindesvater gehört? In der Akte ({AZ(az_jugend("PK"))}) ist noch das alte Auto vermerkt. Falls ja, sollten wir über eine Aussetzung der Umgänge bis zum Anhörungstermin nachdenken.

Gruß
{P(col.first)}

-----Ursprüngliche Nachricht-----
Von: {P(ub.fl)} <{E(ubmail)}>
Gesendet: Sonntag, 14. September 2025 19:42
An: {P(col.fl)} <{E(staff_mail(col))}>
Cc: {P(fm.fl)} <{E(fmmail)}>
Betreff: AW: Begleiteter Umgang am Samstag

{col.sgt} {P(col.last)},

der begleitete Umgang zwischen {P(child)} und seinem Vater, Herrn {P(father.fl)}, fand wie geplant von 10 bis 12 Uhr in unseren Räumen statt. Der Kontakt selbst war ruhig; {P(child)} hat mit dem Vater gepuzzelt und sich zum Abschied umarmen lassen.

Nach Ende des Umgangs hat Herr {P(father.last)} jedoch nicht wie vereinbart als Erster das Gelände verlassen, sondern auf dem Parkplatz gewartet. Als die Pflegemutter losfuhr, folgte er ihr mit seinem Fahrzeug ({KFZ(kfz)}) mindestens bis zum Kreisverkehr. Ich habe das Kennzeichen notiert, als er an mir vorbeifuhr.

Mit freundlichen Grüßen
{P(ub.fl)}
Begleiteter Umgang · Diakonie Sauerland
Tel. {T(landline("02932"))}

> Von: {P(fm.fl)} <{E(fmmail)}>
> Gesendet: Samstag, 13. September 2025 17:05
> An: {P(ub.fl)}
> Betreff: Heute
>
> hallo, ich muss das kurz loswerden. ich bin nach dem umgang einen umweg gefahren weil mir ein schwarzer golf die ganze zeit hinterher war. ich hab angst dass er jetzt weiß dass wir in der {A(fad.street)} wohnen. {P(child)} hat nichts gemerkt zum glück. bitte melden sie sich, ich bin heute unter {T(mobile())} erreichbar.
> {P(fm.first)}"""
    return t, []


def d06():
    child_g = any_gender()
    mom = person("de", "f")
    child = Pn(kid(child_g), mom.last, child_g)
    father = person(rng.choice(["it", "tr", "de"]), "m")
    mad = addr()
    lawyer = person(rng.choice(["de", "tr"]), "f")
    lad = addr(far=True)
    vb = person("de", "m", "Dr.")
    fm = person("de", "f")
    fv = spouse(fm, "de")
    judge = person("de", "f")
    st = staff()
    fc = az_fam(4)
    t = f"""Amtsgericht Arnsberg
– Familiengericht –

Geschäftsnummer: {AZ(fc)}

BESCHLUSS

In der Kindschaftssache
betreffend das Kind {P(child.fl)}, geboren am {DOB(dob(2019, 2021, "dmy"))},
derzeit wohnhaft bei den Pflegeeltern (Anschrift dem Gericht bekannt),

weitere Beteiligte:
1. Kindesmutter: {P(mom.fl)}, {A(mad.street)}, {A(mad.city)},
   Verfahrensbevollmächtigte: Rechtsanwältin {P(lawyer.fl)}, {A(lad.street)}, {A(lad.city)},
2. Kindesvater: {P(father.fl)}, unbekannten Aufenthalts,
3. Pflegeeltern: {P(fm.fl)} und {P(fv.fl)},
4. Verfahrensbeistand: Rechtsanwalt {P(vb.full)},
5. {KREIS} – Jugendamt –, Az. {AZ(az_jugend("PK"))},

hat das Amtsgericht – Familiengericht – Arnsberg durch die Richterin am Amtsgericht {P(judge.fl)} nach Anhörung der Beteiligten am 02.10.2025 beschlossen:

1. Es wird angeordnet, dass das Kind {P(child.first)} bei den Pflegeeltern verbleibt (§ 1632 Abs. 4 BGB).
2. Der Antrag der Kindesmutter auf Herausgabe des Kindes wird zurückgewiesen.
3. Gerichtskosten werden nicht erhoben; außergerichtliche Kosten werden nicht erstattet.
4. Der Verfahrenswert wird auf 4.000 EUR festgesetzt.

Gründe:
I.
Das Kind lebt seit März 2022 in der Familie der Pflegeeltern {P(fv.last)}. Die Kindesmutter ist seit 2017 an einer paranoiden Schizophrenie erkrankt; die Erkrankung verlief in den vergangenen Jahren in Schüben mit mehreren stationären Aufenthalten. Sie hat im Juni 2025 beantragt, das Kind in ihren Haushalt zurückzuführen.

II.
Eine Herausnahme des Kindes aus der Pflegefamilie würde das Kindeswohl gefährden. Das Kind hat zu den Pflegeeltern eine tragfähige Bindung entwickelt; der Verfahrensbeistand, Herr {P(vb.tl)}, hat überzeugend dargelegt, dass {P(child.first)} die Pflegemutter als primäre Bezugsperson erlebt. Nach der Rechtsprechung des Bundesverfassungsgerichts ist bei der Abwägung auch die Dauer des Pflegeverhältnisses zu berücksichtigen ({N("1 BvR 2604/06")}); eine dauerhafte Verbleibensanordnung setzt zudem voraus, dass eine Rückkehr in absehbarer Zeit nicht zu erwarten ist (BGH, Beschluss vom 22.01.2014 – {N("XII ZB 68/11")}). Das Jugendamt ({st.hf} {P(st.last)}) hat diese Einschätzung in der Anhörung bestätigt.

Rechtsbehelfsbelehrung: Gegen diesen Beschluss ist die Beschwerde statthaft. Sie ist binnen eines Monats beim Amtsgericht Arnsberg, {N("Eichholzstraße 4")}, {N("59821 Arnsberg")}, einzulegen.

{P(judge.fl)}
Richterin am Amtsgericht"""
    return t, ["HEALTH"]


def d07():
    rows = []
    ents = 0
    header = "Aktenzeichen;Kind;geb.;Pflegeperson;IBAN;Grundbetrag;Erziehungsbeitrag;Sonderbedarf"
    origins = ["de", "de", "tr", "ru", "pl", "de", "kos", "ar"]
    for i, o in enumerate(origins):
        g = any_gender()
        pp = person(o if o != "ar" else "de", any_gender())
        c = f"{kid(g)} {rng.choice(LAST[o])}"
        iban = ids.iban("PL", 24) if i == 6 else ids.iban_de()
        rows.append(";".join([AZ(az_jugend(rng.choice(["PK", "VP"]))), P(c), DOB(bday(2008, 2023).fmt("dmy")), P(pp.fl),
                              IBAN(iban), amount(620, 790), amount(280, 310), rng.choice(["0,00", "0,00", amount(40, 180)])]))
    chk = staff()
    body = "\n".join(rows)
    t = f"""Auszahlungsliste Pflegegeld/Erziehungsbeitrag – Zahllauf 10/2025
Export Fachverfahren „JUGEND-PK“, Stand 24.09.2025, Dateiname zahllauf_2025_10.csv

{header}
{body}

Summe Grundbeträge und Erziehungsbeiträge laut Anordnung; Sonderbedarf gem. § 39 Abs. 3 SGB VIII einzeln belegt.
Zeile 2: Erziehungsstelle (§ 34 SGB VIII), Erziehungsbeitrag steuerpflichtig – Steuernummer der Pflegeperson {TNR(ids.tax_number_federal_nrw())} liegt der Kreiskasse vor.
Zeile 7: Erziehungsstelle im Ausland (Projekt Masuren), Überweisung in PLN durch die Kreiskasse.
Sachlich richtig: {P(chk.ini)}, 24.09.2025"""
    return t, []


def d08():
    mom = person("de", "f")
    dad = spouse(mom, "de")
    ad = addr()
    sg = any_gender()
    et_first = rng.choice(FIRST["et"][sg])
    et_father = rng.choice([n for n in FIRST["et"]["m"] if n != et_first])
    et_grand = rng.choice([n for n in FIRST["et"]["m"] if n not in (et_first, et_father)])
    new_name = f"{et_first} {kid(sg)} {mom.last}"
    bmother = person("et", "f")
    worker = person("de", "f")
    st = staff()
    she = "sie" if sg == "f" else "er"
    She = she.capitalize()
    ihr = "ihre" if sg == "f" else "seine"
    Ihr = ihr.capitalize()
    ihrer = "ihrer" if sg == "f" else "seiner"
    ihm = "ihr" if sg == "f" else "ihm"
    liebe = "Liebe" if st.g == "f" else "Lieber"
    t = f"""Betreff: Nachbericht Nr. 9 für die äthiopischen Behörden – {P(et_first)}

{liebe} {st.hf} {P(st.last)},

anbei wie jedes Jahr im Oktober der Entwicklungsbericht, den die äthiopischen Behörden bis zum 18. Geburtstag verlangen, dazu zwölf Fotos und das letzte Schulzeugnis. Könnten Sie den Bericht wieder mit Ihrem Stempel versehen und an {P(worker.fl)} von der Auslandsvermittlungsstelle weitergeben? Sie hat uns geschrieben, dass sie die Berichte gesammelt nach Addis Abeba schickt.

Zur Erinnerung für die Akte: {P(new_name)} – in den äthiopischen Unterlagen noch {P(f"{et_first} {et_father} {et_grand}")}, geboren am {DOB(dob(2014, 2016, "dmy"))} – lebt seit Dezember 2016 bei uns. Das Adoptionsurteil des Federal First Instance Court (Lideta) trägt die File No. {AZ(str(rng.randint(20000, 99999)))}, die Anerkennung durch das Amtsgericht Hamm lief unter {AZ(f"{rng.randint(3, 9)} XVI {rng.randint(10, 99)}/17")}.

{She} ist ein fröhliches, sehr sportliches Kind und spielt seit dem Sommer Handball. Seit einiger Zeit fragt {she} viel nach {ihrer} ersten Mutter, {P(bmother.fl)}. Wir haben {ihm} erzählt, dass {ihr} leibliche Familie zur Volksgruppe der Gurage gehört, und besuchen inzwischen regelmäßig die äthiopische Gemeinde in Dortmund, wo {she} Amharisch lernt.

Die Botschaft möchte diesmal zusätzlich eine Kopie des deutschen Reisepasses; die Nummer ist {PASS(passport_de())}, gültig bis 2030.

Herzliche Grüße
{P(mom.fl)} und {P(dad.fl)}
{A(ad.street)}
{A(ad.city)}
{T(landline(ad.area))}"""
    return t, ["ETHNICITY"]


def d09():
    st = staff()
    g = any_gender()
    birth_first = kid(g)
    bmom = person(rng.choice(["de", "pl", "ru"]), "f")
    am = person("de", "f")
    av = spouse(am, "de")
    new_first = f"{birth_first} {kid(g, exclude=(birth_first,))}"
    clerk = person("de", any_gender())
    sa = person("de", "m")
    t = f"""Aktenvermerk – Adoptionsvermittlungsstelle
Az. {AZ(az_jugend("AD", 2023))}                                    Datum: 08.08.2025

Betreff: Namensänderung nach Ausspruch der Annahme; Mitteilungen an Stellen

1. Das Amtsgericht Meschede hat mit Beschluss vom 21.07.2025 ({AZ(az_adopt())}) die Annahme des Kindes {P(f"{birth_first} {bmom.last}")}, geboren am {DOB(dob(2020, 2023, "dmy"))} in Arnsberg, durch die Eheleute {P(am.fl)} und {P(av.fl)} als gemeinschaftliches Kind ausgesprochen. Der Beschluss ist seit 05.08.2025 rechtskräftig.

2. Das Kind führt ab Rechtskraft den Familiennamen {P(am.last)}. Auf Antrag der Annehmenden wurde der Vorname um einen weiteren Vornamen ergänzt; der vollständige Name lautet nun {P(f"{new_first} {am.last}")}.

3. Mitteilung an das Standesamt Arnsberg (Beischreibung im Geburtenregister Nr. {AZ(f"G {rng.randint(100, 999)}/{rng.choice([2020, 2021, 2022, 2023])}")}) erfolgt durch das Gericht; Bestätigung durch {P(clerk.fl)} (Standesamt) telefonisch am 07.08.2025.

4. Die Steuer-Identifikationsnummer des Kindes bleibt unverändert ({TID(tax_id())}); die Familienkasse wurde über die Namensänderung informiert. Die Krankenkasse stellt eine neue Gesundheitskarte auf den neuen Namen aus, die Versichertennummer {KV(ids.health_insurance())} bleibt bestehen.

5. Adoptionsgeheimnis (§ 1758 BGB): Die leibliche Mutter, Frau {P(bmom.fl)}, hat im Einwilligungstermin auf die Kenntnis von Namen und Anschrift der Annehmenden verzichtet. Ihre Bitte um einen jährlichen Brief mit Foto über die Vermittlungsstelle (halboffene Adoption) ist vermerkt. Die Akte wird mit Sperrvermerk geführt; Auskünfte an Dritte nur nach Rücksprache mit {P(st.ini)}.

6. Herr {P(sa.fl)} vom Bürgerbüro wurde gebeten, den alten Datensatz im Melderegister mit Auskunftssperre zu versehen.

gez. {P(st.fl)}"""
    return t, []


def d10():
    st = staff()
    avs = person("de", "f")
    am = person("de", "f")
    av = spouse(am, rng.choice(["de", "it"]))
    defensora = person("co", "f", "Dra.")
    sust = person("co", "f")
    cg = any_gender()
    cfirst = rng.choice(FIRST["co"][cg])
    clast = f"{rng.choice(LAST['co'])} {rng.choice(LAST['co'])}"
    sib = rng.choice(FIRST["co"]["m" if cg == "f" else "f"])
    cad_street = f"Carrera {rng.randint(30, 80)} # {rng.randint(10, 99)}-{rng.randint(10, 99)}"
    cad_city = f"0500{rng.randint(10, 49)} Medellín"
    dmail = f"{fold(defensora.first.split()[0]).lower()}.{fold(defensora.last.split()[0]).lower()}@icbf.gov.co"
    t = f"""Betreff: WG: Propuesta de asignación – Familia {P(av.last)} / Kindervorschlag Kolumbien

{st.sgt} {P(st.last)},

anbei leite ich Ihnen den Kindervorschlag des ICBF für die Familie {P(av.last)} weiter (Ihr Az. {AZ(az_jugend("AD"))}). Ich habe den Bewerbern noch nichts mitgeteilt und würde das gern gemeinsam mit Ihnen in einem Termin bei Ihnen im Haus tun, möglichst noch vor dem 20.10. Die Übersetzung der Fallakte ist beauftragt.

Freundliche Grüße
{P(avs.fl)}
Auslandsvermittlungsstelle – Programm Kolumbien
Tel. {T(landline("0251"))}

---------- Mensaje reenviado ----------
De: {P(defensora.full)} <{E(dmail)}>
Fecha: 29 sept 2025, 16:12
Asunto: Propuesta de asignación – Familia {P(am.last)}

Estimada señora {P(avs.last)}:

Por medio del presente le informo que el Comité de Adopciones del ICBF Regional Antioquia, en sesión del 25/09/2025, asignó a la familia conformada por {P(av.fl)} y {P(am.fl)} {"a la niña" if cg == "f" else "al niño"} {P(f"{cfirst} {clast}")}, nacid{"a" if cg == "f" else "o"} el {DOB(bday(2018, 2020).fmt("slash"))}, junto con su herman{"o" if cg == "f" else "a"} {P(sib)} (7 años). Proceso administrativo de restablecimiento de derechos No. {AZ(f"{rng.randint(1, 9)}-{rng.randint(100, 999)}-{rng.randint(2021, 2023)}")}.

Los niños viven desde 2022 en el hogar sustituto de la señora {P(sust.fl)}, {A(cad_street)}, {A(cad_city)}. Según la historia clínica, {P(cfirst.split()[0])} presenta un soplo cardíaco leve en seguimiento por cardiología pediátrica, sin restricciones para la actividad física.

Solicito la aceptación de la familia en un plazo de 30 días. Quedo atenta a sus comentarios en el celular {T(f"+57 3{rng.randint(0, 2)}{rng.randint(0, 9)} {digits(3)} {digits(4, False)}")}.

Cordialmente,
{P(defensora.full)}
Defensora de Familia – Centro Zonal Belén"""
    return t, ["HEALTH"]


def d11():
    rows = []
    for i in range(1, 7):
        g = any_gender()
        c = person("ua", g)
        pf = person(rng.choice(["de", "de", "ru", "pl"]), any_gender())
        ad = addr()
        guardian = person("ua", rng.choice("fm"))
        rows.append(f"{i} | {P(c.fl)} | {DOB(bday(2008, 2019).fmt('dmy'))} | {PASS(passport_ua())} | Fam. {P(pf.last)} | "
                    f"{A(ad.street)}, {A(ad.city)} | {P(guardian.ini)}")
    st = staff()
    body = "\n".join(rows)
    t = f"""Übersicht – Kinder aus dem Kinderheim Berdjansk (Evakuierung 03/2022) in Pflegefamilien des Kreises
Stand: 30.06.2025 · intern · Fortschreibung durch {P(st.fl)}

Nr. | Name (lat. Transkription) | geb. | Reisepass UA | Pflegefamilie | Anschrift | Vormund UA
{body}

Hinweise:
– Die Vormundschaft wird weiterhin von der ukrainischen Heimleitung wahrgenommen; eine Vormundschaft nach deutschem Recht ist nicht eingerichtet (Art. 15 KSÜ, Prüfung läuft).
– Passkopien liegen in der Papierakte. Für Nr. 3 und Nr. 5 ist der Pass im September 2025 abgelaufen; Termin beim Generalkonsulat in Düsseldorf steht aus.
– Rückfragen der ukrainischen Seite bitte nur über die Koordinierungsstelle, nicht direkt an die Pflegefamilien."""
    return t, []


def d12():
    st = staff()
    fv = person(rng.choice(["de", "ru"]), "m")
    fm = spouse(fv, "de")
    child = kid()
    mom = person("de", "f")
    kfz = plate()
    dates = sorted((7 + i % 3, rng.randint(1, 28)) for i in range(5))
    lines = "\n".join(f"- {d:02d}.{m:02d}. hin und zurück 94 km" for m, d in dates)
    fvb = bday(1970, 1984)
    t = f"""Betreff: Fahrtkosten Juli bis September + neue Kontonummer

Moin {st.hf} {P(st.last)},

wie am Telefon besprochen hier die Fahrten zu den Besuchskontakten von {P(child)} mit der Mama in der LWL-Klinik Marsberg (geschlossene Station, deshalb immer mit uns). Gefahren bin ich mit unserem Zweitwagen {KFZ(kfz)}, einfache Strecke 47 km:

{lines}

Macht zusammen {len(dates) * 94} km. Tankbelege hab ich keine, Sie hatten gesagt, die Kilometer reichen.

Dann noch was: ab Oktober bitte das Pflegegeld und die Fahrtkosten auf unser neues Gemeinschaftskonto, das alte bei der Sparkasse lösen wir auf.
Kontoinhaber: {P(fv.fl)} und {P(fm.fl)}
IBAN: {IBAN(iban_de())}

Und weil Sie nach der Rentenversicherung gefragt hatten: meine Versicherungsnummer bei der DRV ist {SSN(rvnr(fvb, fv.last, False))}, die Bescheinigung über die freiwilligen Beiträge schicke ich per Post.

Ach ja, {P(fm.first)} lässt fragen, ob Frau {P(mom.last)} jetzt wirklich an Weihnachten Ausgang kriegt. {P(child)} fragt fast jeden Abend danach und wir wollen nix versprechen, was dann nicht klappt.

Beste Grüße
{P(fv.fl)}
{T(mobile())}"""
    return t, ["HEALTH"]


def d13():
    st = staff()
    fm = person(rng.choice(["de", "tr", "gr"]), "f")
    ad = addr()
    b = bday(1972, 1986)
    child = kid()
    dw = direct()
    t = f"""{KREIS} · Der Landrat · {N(OFF_ST)} · {N(OFF_PC)}

{fm.hf}
{P(fm.fl)}
{A(ad.street)}
{A(ad.city)}

                                                         Fachdienst 51 – Pflegekinderdienst
                                                         Ihr Ansprechpartner: {P(st.fl)}
                                                         Zimmer 2.114 · Telefon {T(dw)}
                                                         Aktenzeichen: {AZ(az_jugend("PK"))}
                                                         Datum: 04.03.2025

Erstattung der Beiträge zur Alterssicherung nach § 39 Abs. 4 Satz 2 SGB VIII für das Jahr 2025

{fm.sgt} {P(fm.last)},

Sie betreuen seit dem 01.06.2023 das Pflegekind {P(child)} in Vollzeitpflege. Für Pflegepersonen erstattet der Kreis die Hälfte der nachgewiesenen Aufwendungen für eine angemessene Alterssicherung.

Sie haben nachgewiesen, dass Sie freiwillige Beiträge zur gesetzlichen Rentenversicherung entrichten (Versicherungsnummer {SSN(rvnr(b, fm.last, rng.random() < 0.5))}). Ab dem 01.01.2025 erstatte ich Ihnen monatlich 55,58 EUR; das ist die Hälfte des Mindestbeitrags. Die Erstattung wird zusammen mit dem Pflegegeld auf Ihr Konto {IBAN(iban_de())} überwiesen.

Bitte legen Sie mir bis zum 31.01.2026 eine Bescheinigung der Deutschen Rentenversicherung über die im Jahr 2025 gezahlten Beiträge vor. Ändert sich Ihre Absicherung, teilen Sie mir das bitte sofort mit.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid können Sie innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Arnsberg erheben.

Mit freundlichen Grüßen
Im Auftrag

{P(st.fl)}

Allgemeine Sprechzeiten: Mo–Do 8:30–12:00 Uhr · Zentrale {N(SWITCH)} · Fax {N(FAX)} · {N(PKD_MAIL)}"""
    return t, []


def d14():
    st = staff()
    fm = person(rng.choice(["ru", "de", "pl"]), "f")
    g = any_gender()
    child = Pn(kid(g), rng.choice(LAST["de"]), g)
    ad = addr()
    kgnr = f"{rng.randint(100, 999)}FK{digits(6, False)}"
    t = f"""Betreff: AW: Bescheinigung für die Familienkasse

Hallo {st.hf} {P(st.last)},

danke für den schnellen Rückruf. Hier die Angaben, die die Familienkasse für das Kindergeld für {P(child.first)} haben will. Die haben mir geschrieben, dass ohne Ihre Bestätigung über das Pflegekindschaftsverhältnis nichts geht, und dass die Mutter das Kindergeld bis Juni noch bekommen hat.

Kind: {P(child.fl)}, geboren {DOB(dob(2012, 2020, "dmY"))}
Steuer-ID Kind: {TID(tax_id())}
bei uns seit: 15.06.2025
meine Steuer-ID: {TID(tax_id())}
Kindergeldnummer (neu, laut Schreiben vom 02.09.): {AZ(kgnr)}
Anschrift: {A(ad.street)}, {A(ad.city)}

Am liebsten wäre mir, Sie schicken die Bescheinigung direkt an die Familienkasse NRW Ost und eine Kopie an mich. Falls Sie noch was brauchen: {T(mobile())}.

Danke und liebe Grüße
{P(fm.fl)}

Am 22.09.2025 um 11:03 schrieb {P(st.fl)} <{E(staff_mail(st))}>:
> {fm.sgt} {P(fm.last)},
> für die Bescheinigung nach § 32 Abs. 1 Nr. 2 EStG benötige ich die Steuer-Identifikationsnummer des Kindes und Ihre eigene sowie die Kindergeldnummer.
> Mit freundlichen Grüßen
> {P(st.fl)}"""
    return t, []


def d15():
    mom = person(rng.choice(["de", "ru"]), "f")
    maiden = rng.choice(LAST["de"])
    notary = person("de", "m", "Dr.")
    ad = addr()
    g = any_gender()
    child_first = kid(g)
    if "m" in mom.last:
        ocr_last = mom.last.replace("m", "rn", 1)
    elif "l" in mom.last:
        ocr_last = mom.last.replace("l", "1", 1)
    else:
        ocr_last = mom.last.replace("e", "c", 1)
    icard = id_card()
    ocr_title = "Notar"
    t = f"""[Scan – Seite 1/2 – automatisch erkannt, OCR-Qualität: mittel]

UR-Nr. 1 4 7 /2025 K
Verhandelt zu Meschede
am 0 4. Juni 2025

Vor mir, dem unterzeichnenden {ocr_title}
{P(notary.full)}
mit dem Amtssitz in Meschede,
erschien heute:

Frau {P(mom.fl)} geb . {P(maiden)},
geb0ren am {DOB(dob(1996, 2004, "dmy"))} ,
wohnhaft {A(ad.street)} , {A(ad.city)},
ausgewiesen durch Personalausvveis Nr. {IDC(icard)}

Die Erschienene erk1ärte:
Ich bin die Mutter des Kindes
{P(child_first + " " + mom.last)} , geboren am {DOB(dob(2025, 2025, "dmy"))} in Arnsberg.
Über die Bedeutung der Einwi11igung bin ich durch die Adoptionsvermittlungsstelle des Kreises Sauerland-Ruhr beraten worden.

Ich wi11ige hiermit in die Annahme meines Kindes durch Eheleute ein, die in der
Vormerkliste der Adoptionsvermittlungsstelle geführt werden; deren Namen und Anschrift
sind mir nicht bekannt und sollen mir auch nicht bekannt gemacht werden (Inkognito-Adoption).

Es ist mein ausdrück1icher Wunsch, dass das Kind katho1isch getauft und im christlichen Glauben
erzogen wird, wie ich selbst es wurde.

Die Niederschrift wurde der Erschienenen vorge1esen, von ihr genehmigt und eigenhändig unterschrieben:

gez. {P(ocr_last)}                gez. {P(notary.tl)}, {ocr_title}

[Seite 2 fehlt im Scan]"""
    return t, ["RELIGION"]


def d16():
    vb = person(rng.choice(["de", "tr", "gr"]), "f")
    sec = person("de", "f")
    st = staff()
    child = Pn(kid(), rng.choice(LAST["de"]), "f")
    kad = addr()
    fc = az_fam()
    t = f"""Betreff: Verfahrensbeistandschaft {P(child.fl)} – {AZ(fc)} – Bitte um Gesprächstermin

{st.sgt} {P(st.last)},

mit Beschluss vom 18.09.2025 hat mich das Amtsgericht Meschede im Verfahren {AZ(fc)} zur Verfahrensbeiständin für {P(child.first)} bestellt (erweiterter Aufgabenkreis, § 158b Abs. 2 FamFG). Ich möchte mich zunächst mit Ihnen über den bisherigen Verlauf der Vollzeitpflege austauschen und anschließend {P(child.first)} in der Pflegefamilie kennenlernen.

Wären Sie bereit, mir die Kontaktdaten der Pflegeeltern weiterzugeben, oder möchten Sie den Kontakt lieber selbst herstellen? Mir ist bewusst, dass die Anschrift der Pflegefamilie gegenüber der Herkunftsfamilie nicht offengelegt ist; ich werde sie in meinem Bericht selbstverständlich nicht nennen.

Termine sind bei mir in der 41. KW am Dienstag und Donnerstag vormittags möglich. Für die Terminabsprache wenden Sie sich gern auch an meine Mitarbeiterin, Frau {P(sec.fl)}.

Mit freundlichen Grüßen

{P(vb.fl)}
Rechtsanwältin · Fachanwältin für Familienrecht · zertifizierte Verfahrensbeiständin
{A(kad.street)}
{A(kad.city)}
Telefon {T(landline(kad.area, 0))} · Fax {T(landline(kad.area, 0))}
{E(email(vb, "kanzlei-" + fold(vb.last).lower().replace(' ', '') + ".de"))} · USt-IdNr. {VAT(vat())}

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail."""
    return t, []


def d17():
    tr = person(rng.choice(["et", "et", "af"]), "f")
    ad = addr(far=True)
    st = staff()
    fam = person("de", "m")
    vatid = vat(rng.random() < 0.5)
    stnr = ids.tax_number_nrw()
    pages = rng.randint(8, 14)
    net = pages * 55
    t = f"""{P(tr.fl)}
Öffentlich bestellte und allgemein beeidigte Übersetzerin für Amharisch, Tigrinya und Englisch
{A(ad.street)} · {A(ad.city)}
Tel. {T(mobile())} · {E(email(tr))}

{KREIS}
Jugendamt – Adoptionsvermittlungsstelle
z. Hd. {st.hfn} {P(st.fl)}
{N(OFF_ST)}
{N(OFF_PC)}

RECHNUNG Nr. 2025-{rng.randint(100, 199)}                                   Datum: 14.10.2025
Ihr Zeichen: {AZ(az_jugend("AD"))}
Leistungszeitraum: 29.09. – 10.10.2025

Pos. 1  Beglaubigte Übersetzung Amharisch–Deutsch: Sozialbericht und Einverständniserklärung
        der Herkunftsfamilie (Vorgang Familie {P(fam.last)}), {pages} Normseiten à 55,00 EUR     {net},00 EUR
Pos. 2  Beglaubigungsvermerke, 2 Stück à 5,00 EUR                                  10,00 EUR
        Nettobetrag                                                                {net + 10},00 EUR
        zzgl. 19 % USt.                                                            {money((net + 10) * 19)} EUR
        Rechnungsbetrag                                                            {money((net + 10) * 119)} EUR

Abrechnung nach § 11 JVEG. Bitte überweisen Sie den Betrag innerhalb von 30 Tagen auf folgendes Konto:
Kontoinhaberin: {P(tr.fl)} · IBAN {IBAN(iban_de(True))} · Sparkasse

USt-IdNr.: {VAT(vatid)} · Steuernummer: {TNR(stnr)}"""
    return t, []


def d18():
    a = person("de", "m", "Dr.")
    a.last = rng.choice(["von Hoerde", "von der Lahr", "zu Bredelar", "van Loon"])
    b = person(rng.choice(["tr", "gr", "it"]), "m")
    ad = addr()
    former = person("de", "f")
    t = f"""Betreff: Anfrage Adoptionsbewerbung – verheiratetes Männerpaar

Sehr geehrte Damen und Herren,

mein Mann und ich möchten uns gern als Adoptionsbewerber vormerken lassen und hätten vorab ein paar Fragen. Wir sind seit 2019 verheiratet und leben seit sieben Jahren zusammen in {ad.town}.

Zu uns: {P(a.full)}, geboren {DOB(dob(1983, 1988, "dmy"))}, Tierarzt mit eigener Praxis, und {P(b.fl)}, geboren {DOB(dob(1985, 1991, "dmy"))}, Grundschullehrer. Unsere Anschrift: {A(ad.street)}, {A(ad.city)}.

Wir haben 2023 schon einmal beim Jugendamt der Stadt Dortmund angefragt, als wir dort noch gewohnt haben. Die damalige Sachbearbeiterin, Frau {P(former.fl)}, sagte uns ziemlich offen, dass gleichgeschlechtliche Paare bei Säuglingen „realistisch kaum zum Zug kommen“, weil abgebende Mütter meist eine Mutter in der Familie wünschen. Ist das bei Ihnen auch so? Wir wären ebenso offen für ein älteres Kind oder ein Kind mit Behinderung und würden auch eine Vollzeitpflege mit Perspektive in Betracht ziehen.

Außerdem würden wir gern wissen, ob die Eignungsprüfung bei Ihnen in Gruppen- oder Einzelterminen stattfindet; {P(b.first)} kann wegen der Schule nur nachmittags.

Erreichbar sind wir unter {T(mobile())} ({P(a.tl)}) bzw. {T(mobile())} ({P(b.first)}) oder unter dieser Adresse: {E(email(b))}.

Mit freundlichen Grüßen
{P(a.first)} und {P(b.first)}
{P(a.full)} und {P(b.fl)}"""
    return t, ["SEXUAL_ORIENTATION"]


def d19():
    st = staff()
    g = any_gender()
    child = Pn(kid(g), rng.choice(LAST["tr"] + LAST["de"]), g)
    fm = person("de", "f")
    fv = spouse(fm, "de")
    father = person("tr", "m")
    vormund = person("de", any_gender())
    teacher = person("de", any_gender())
    ther = person("de", "f", "Dipl.-Psych.")
    fad = addr()
    er = "er" if g == "m" else "sie"
    Er = er.capitalize()
    sein = "sein" if g == "m" else "ihr"
    t = f"""Protokoll Hilfeplangespräch (§ 36 SGB VIII) – Fortschreibung
Hilfe: Vollzeitpflege nach § 33 SGB VIII · Az. {AZ(az_jugend("PK"))}
Datum: 23.09.2025, 14:00–15:45 Uhr · Ort: Haushalt der Pflegefamilie, {A(fad.street)}, {A(fad.city)}

Kind/Jugendliche(r): {P(child.fl)}, geb. {DOB(dob(2012, 2014, "dmy"))}

Teilnehmende:
– {P(child.first)} (zeitweise)
– Pflegeeltern {P(fm.fl)} und {P(fv.fl)}
– Kindesvater {P(father.fl)} (telefonisch zugeschaltet, 14:30–15:00 Uhr)
– Amtsvormund{"in" if vormund.g == "f" else ""} {P(vormund.fl)}, {KREIS}
– Klassenlehrer{"in" if teacher.g == "f" else ""} {P(teacher.fl)} (nur TOP 2)
– {P(st.fl)}, Pflegekinderdienst (Protokoll)
Entschuldigt: {P(ther.full)}, Traumaambulanz (schriftliche Stellungnahme liegt vor)

TOP 1 – Rückblick
{P(child.first)} lebt seit fünf Jahren in der Pflegefamilie. {Er} hat den Wechsel auf die Gesamtschule gut bewältigt. Die im März begonnene Behandlung mit Methylphenidat (ADHS-Diagnose durch die Kinder- und Jugendpsychiatrie) wirkt nach Einschätzung aller Beteiligten deutlich; Nebenwirkung: Appetitlosigkeit am Mittag.

TOP 2 – Schule
{teacher.hf} {P(teacher.last)} berichtet von großen Fortschritten in Mathe, Schwierigkeiten im Sozialverhalten in den Pausen. Ein Nachteilsausgleich ist beantragt.

TOP 3 – Kontakte zur Herkunftsfamilie
Herr {P(father.last)} wünscht, {P(child.first)} häufiger zu sehen, und schlägt Treffen bei sich zu Hause vor. {P(child.first)} möchte die Kontakte weiterhin im Café am Neumarkt und höchstens einmal im Monat. {"Die Vormundin" if vormund.g == "f" else "Der Vormund"} unterstützt den Wunsch des Kindes. Die Traumatherapie bei Frau {P(ther.last)} wird fortgesetzt (14-tägig).

Vereinbarungen:
1. Umgänge monatlich, begleitet durch die Pflegemutter; Termine stimmt Frau {P(fm.last)} direkt mit Herrn {P(father.last)} ab.
2. Pflegeeltern beantragen bis 31.10. die Kostenübernahme für die Klassenfahrt.
3. Nächstes Hilfeplangespräch: März 2026.

{P(st.fl)}"""
    return t, ["HEALTH"]


def d20():
    me = staff()
    col = staff()
    pol = person("de", "m")
    mom = person(rng.choice(["de", "pl"]), "f")
    k1, k2 = kid("f"), kid("m")
    bp = person("de", "f")
    bpad = addr()
    h1, h2, h3 = person("kos", any_gender()), person("af", any_gender()), person("ru", any_gender())
    t = f"""Betreff: inobhutnahme heute nacht + vertretung morgen

hi {P(col.first.lower())},

kurz zur nacht, hatte rufbereitschaft: um 23:40 anruf von der polizei menden (PHK {P(pol.last)}), mutter {P(mom.fl)} wurde mit alkoholvergiftung ins klinikum gebracht, die beiden kinder {P(k1)} (4) und {P(k2)} (2) waren allein in der wohnung. hab sie um 1:15 zur bereitschaftspflege {P(bp.fl)} gebracht, {A(bpad.street)}, handy {T(mobile())}. die kinder sind ok, die kleine hat die ganze fahrt geweint.
dienstwagen ({N(plate("HSK", ""))}) steht wieder im hof, tank ist fast leer sorry

klinikum sagt frau {P(mom.last)} bleibt mind. bis morgen, vater unbekannt bzw. keine angaben. inobhutnahme meldung ans fg geht morgen früh raus, az hab ich schon angelegt: {AZ(az_jugend("BP", 2025))}

für morgen, ich bin erst ab 12 da:
- {P(h1.ini)} – hpg 9:30, protokollvorlage liegt im ordner
- fam. {P(h2.last)} – rückruf wg. pflegegeld, die nummer steht in der akte
- {P(h3.ini)} – kita wollte bis mittwoch rückmeldung zum integrationsplatz

danke dir!! lg {P(me.first)}"""
    return t, ["HEALTH"]


def d21():
    st = staff()
    mom = person(rng.choice(["de", "ru"]), "f")
    g = any_gender()
    child = Pn(kid(g), mom.last, g)
    m1 = person(rng.choice(["de", "ar", "it"]), "m")
    m2 = person(rng.choice(["de", "pl", "tr"]), "m")
    m2ad = addr()
    lab = person("de", any_gender(), "Prof. Dr. med.")
    fc = az_fam()
    t = f"""Aktenvermerk – Vaterschaft im Adoptionsverfahren
Az. Jugendamt: {AZ(az_jugend("AD"))} · Familiengericht: {AZ(fc)}

Anlass: Vor einer Inkognito-Adoption des Kindes {P(child.fl)} (geb. {DOB(dob(2024, 2025, "dmy"))}) ist zu klären, wer als Vater einwilligen muss (§ 1747 Abs. 1 Satz 2 BGB).

1. Die Kindesmutter, Frau {P(mom.fl)}, hat im Beratungsgespräch am 12.05.2025 zwei Männer als mögliche Väter benannt: Herrn {P(m1.fl)} (Aufenthalt unbekannt) und Herrn {P(m2.fl)}, wohnhaft {A(m2ad.street)}, {A(m2ad.city)}, geb. {DOB(dob(1990, 2000, "dmy"))}.

2. Herr {P(m2.last)} hat sich mit einer außergerichtlichen Abstammungsuntersuchung einverstanden erklärt. Das Gutachten des Instituts für Rechtsmedizin (Leitung: {P(lab.full)}) vom 30.07.2025 kommt auf Grundlage von 24 untersuchten STR-Systemen zu dem Ergebnis, dass Herr {P(m2.last)} als Vater des Kindes ausgeschlossen ist (Ausschluss in 9 Systemen).

3. Damit kommt nur Herr {P(m1.last)} als leiblicher Vater in Betracht. Das Familiengericht wurde gebeten, eine öffentliche Zustellung zu prüfen; die Aufenthaltsermittlung über das Bundeszentralregister und die Ausländerbehörde läuft.

4. Frau {P(mom.last)} wurde über das Ergebnis telefonisch informiert. Sie wirkte erleichtert und hält an ihrer Entscheidung zur Adoptionsfreigabe fest.

{P(st.fl)}, Adoptionsvermittlung"""
    return t, ["GENETIC"]


def d22():
    st = staff()
    app = person(rng.choice(["de", "gr", "it"]), "m")
    wife = spouse(app, "de")
    ad = addr()
    kz = f"{rng.randint(5100, 5199)}.{rng.randint(2025, 2025)}.{digits(6, False)}"
    cc = card(rng.choice(["visa", "mc"]), rng.choice([" ", "-", ""]))
    t = f"""Betreff: AW: Gebührenbescheid internationale Adoption – Zahlung

{app.sgt} {P(app.last)},

vielen Dank für Ihre Nachricht. Bitte senden Sie uns keine Kreditkartendaten per E-Mail – die Kreiskasse kann Kartenzahlungen leider nur an der Kasse im Kreishaus annehmen. Ich habe Ihre Mail mit den Kartendaten aus unserem Postfach gelöscht; bitte lassen Sie Ihre Karte vorsichtshalber sperren und überweisen Sie die Gebühr mit dem Kassenzeichen {AZ(kz)} auf das Konto der Kreiskasse, das im Bescheid angegeben ist.

Mit freundlichen Grüßen
{P(st.fl)}
Adoptionsvermittlungsstelle · Telefon {T(direct())}

-----Ursprüngliche Nachricht-----
Von: {P(app.fl)} <{E(email(app))}>
Gesendet: Montag, 6. Oktober 2025 08:14
An: {N(ADOPT_MAIL)}
Betreff: Gebührenbescheid internationale Adoption – Zahlung

Guten Morgen,

wir haben den Gebührenbescheid über 1.600,00 EUR für die internationale Eignungsprüfung erhalten (Kassenzeichen {AZ(kz)}). Da wir ab Mittwoch für drei Wochen zur Vorbereitung in Bogotá sind, möchten wir die Gebühr bequem per Kreditkarte zahlen:

Karteninhaber: {P(app.fl)}
Kartennummer: {CC(cc)}
gültig bis 08/28, Prüfziffer 4{rng.randint(10, 99)}

Falls das nicht geht, überweist meine Frau {P(wife.fl)} von Deutschland aus. Sie erreichen uns unter {T(mobile())}.

Viele Grüße
{P(app.fl)}
{A(ad.street)}, {A(ad.city)}"""
    return t, []


def d23():
    lines = []
    statuses = ["Eignung festgestellt;Inland", "Eignung festgestellt;Kolumbien", "Seminar 11/2025 (Einzelbewerberin);offen",
                "Hausbesuch terminiert;Inland", "ruhend (Umzug);Inland", "Eignung festgestellt;Inland+Pflege",
                "Unterlagen unvollständig;Äthiopien (Altfall)"]
    for i, s in enumerate(statuses):
        o = rng.choice(["de", "de", "de", "ru", "tr", "pl", "it"])
        f = person(o, "f")
        if i == 2:
            m = person("de", "f")
            m_last, m_first = m.last, m.first
        else:
            m = spouse(f, o) if rng.random() < 0.7 else person(rng.choice(["de", "gr"]), "m")
            m_last, m_first = m.last, m.first
        place = rng.choice(PLACES)[1]
        second = ["", "", ""] if i == 2 else [P(m_last), P(m_first), DOB(bday(1975, 1991).fmt("dmy"))]
        lines.append(";".join([AZ(az_jugend("AD")), P(f.last), P(f.first), DOB(bday(1978, 1992).fmt("dmy"))]
                              + second + [place, s]))
    body = "\n".join(lines)
    t = f"""Datei: vormerkliste_adoption_2025-10.csv (Export ohne Kopfzeile, Trennzeichen Semikolon)
Spaltenfolge laut Schnittstellenbeschreibung: Az; Name 1; Vorname 1; Geb. 1; Name 2; Vorname 2; Geb. 2; Wohnort; Status; Vermittlungswunsch

{body}

-- Ende der Datei, 7 Datensätze --"""
    return t, []


def d24():
    do1 = person(rng.choice(["de", "tr", "ar"]), any_gender())
    do2 = person("de", any_gender())
    st = staff()
    g = any_gender()
    child = Pn(kid(g), rng.choice(LAST["kos"] + LAST["de"]), g)
    fm = person("de", "f")
    fv = spouse(fm, "de")
    newad = addr()
    oldad = addr(far=True)
    oldad.pc, oldad.town = "44137", "Dortmund"
    mom = person("kos", "f")
    t = f"""Betreff: Zuständigkeitswechsel § 86 Abs. 6 SGB VIII – Pflegekind {P(child.fl)}

{st.sgt} {P(st.last)},

das Pflegekind {P(child.fl)}, geb. {DOB(dob(2016, 2019, "dmy"))}, lebt seit dem 01.08.2023 in der Pflegefamilie {P(fm.fl)} und {P(fv.fl)}. Die Pflegefamilie ist zum 01.07.2025 aus Dortmund ({A(oldad.street)}, {A(oldad.city)}) in Ihren Kreis verzogen; neue Anschrift: {A(newad.street)}, {A(newad.city)}. Da das Pflegeverhältnis auf Dauer angelegt ist und inzwischen mehr als zwei Jahre besteht, geht die Zuständigkeit nach § 86 Abs. 6 SGB VIII zum 01.08.2025 auf Sie über.

Wir bitten um Übernahme des Falles und bieten ein Übergabegespräch mit den Pflegeeltern an. Die Kindesmutter, Frau {P(mom.fl)}, lebt weiterhin in Dortmund und hat Umgang alle sechs Wochen; die Anschrift der Pflegefamilie ist ihr nicht bekannt. Bis zur Übernahme leisten wir vorläufig weiter (§ 86c SGB VIII) und machen die Kosten nach § 89a SGB VIII geltend.

Unser bisheriges Aktenzeichen: {AZ(f"51/3-PKD-{rng.randint(1000, 9999)}")}. Die Akte (3 Bände) senden wir Ihnen nach Ihrer Bestätigung per Kurier.

Mit freundlichen Grüßen
{P(do1.fl)}
Stadt Dortmund · Jugendamt · Pflegekinderdienst Nord
Telefon {T(f"0231 50-{rng.randint(10000, 29999)}")} · Zentrale {N("0231 50-0")}
{E(f"{fold(do1.first[0]).lower()}{fold(do1.last).lower().replace(' ', '')}@stadtdo.de")}
Vertretung: {P(do2.fl)}, Telefon {T(f"0231 50-{rng.randint(10000, 29999)}")}"""
    return t, []


def d25():
    st = staff()
    fm = person("tr", "f")
    fv = spouse(fm, "tr")
    ad = addr()
    g = any_gender()
    child = Pn(kid(g), rng.choice(LAST["de"]), g)
    vormund = person("de", any_gender())
    er = "er" if g == "m" else "sie"
    sein = "sein" if g == "m" else "ihr"
    t = f"""{KREIS} · Fachdienst 51 · {N(OFF_ST)} · {N(OFF_PC)}

Eheleute
{P(fm.fl)} und {P(fv.fl)}
{A(ad.street)}
{A(ad.city)}

Aktenzeichen: {AZ(az_jugend("PK"))}                          Arnsberg, 12.06.2025

Urlaubsreise mit Ihrem Pflegekind {P(child.first)} in die Türkei vom 19.07. bis 09.08.2025

Sehr geehrte Frau {P(fm.last)}, sehr geehrter Herr {P(fv.last)},

Sie möchten in den Sommerferien mit {P(child.first)} Ihre Familie in Antalya besuchen. Dafür braucht {P(child.first)} einen eigenen Reisepass. Den Antrag muss der Vormund stellen, weil er das Sorgerecht hat – Sie selbst können den Pass nicht beantragen.

{vormund.hf} {P(vormund.fl)} aus unserer Amtsvormundschaft hat der Reise zugestimmt. {"Er" if vormund.g == "m" else "Sie"} hat den Reisepass am 02.06.2025 beantragt; er wurde bereits ausgestellt (Nr. {PASS(passport_de())}, gültig bis 06/2031). Sie können ihn bei {"Herrn" if vormund.g == "m" else "Frau"} {P(vormund.last)} abholen. Bitte nehmen Sie außerdem die beigefügte Vollmacht in deutscher und türkischer Sprache mit.

Für die Türkei gilt das deutsch-türkische Sozialversicherungsabkommen. Bitte holen Sie bei der Krankenkasse von {P(child.first)} (geb. {DOB(dob(2013, 2019, "dmy"))}, Versichertennummer {KV(ids.health_insurance())}) den Vordruck T/A 11 ab.

Bitte beachten Sie:
– Die leibliche Mutter von {P(child.first)} wird über die Reise informiert, erfährt aber nicht, wo genau Sie sich aufhalten.
– Geben Sie uns bitte eine Telefonnummer, unter der wir Sie im Notfall in der Türkei erreichen.
– Nach der Rückkehr geben Sie den Pass bitte wieder beim Vormund ab.

Wir wünschen Ihnen und {P(child.first)} eine schöne Reise!

Mit freundlichen Grüßen
Im Auftrag

{P(st.fl)}
Telefon {T(direct())}"""
    return t, []


def d26():
    gm = person("ru", "f")
    gf = spouse(gm, "ru")
    ad = addr()
    child = kid("m")
    st = staff()
    mom = Pn(rng.choice(FIRST["ru"]["f"]), gm.last, "f")
    lawyer = person("de", "m")
    t = f"""Betreff: Beschwerde wegen unserem Enkel – wir werden nicht gehört!!!

Sehr geehrte Damen und Herren vom Jugendamt,

wir sind die Großeltern von {P(child)}, unser Enkel lebt seit zwei Jahren in einer Pflegefamilie und wir haben ihn seit Ostern nicht mehr gesehen. {st.hf} {P(st.last)} sagt immer nur, das Kind braucht Ruhe, und dass unsere Tochter {P(mom.first)} das Sorgerecht nicht hat und wir deshalb nicht mitentscheiden. Aber wir sind doch die Familie!! Wir haben {P(child)} die ersten drei Jahre fast jeden Tag gehabt, wo unsere Tochter im Schichtdienst gearbeitet hat.

Wir sind 1996 aus Kasachstan gekommen und haben immer alles richtig gemacht, mein Mann hat 30 Jahre bei der Firma gearbeitet. Wir verstehen nicht warum fremde Leute jetzt mehr Recht haben als wir. Letzte Woche haben wir {P(child)} zufällig beim Einkaufen gesehen mit der Pflegemutter und er durfte nicht zu uns kommen, er hat geweint. Die Pflegemutter hat danach bei Ihnen angerufen und behauptet, wir würden ihm auflauern, weil unser Auto ({KFZ(plate())}) vor der Schule stand. Das ist nicht wahr, wir holen dort jeden Tag den Sohn von unserem Nachbarn ab.

Wir möchten einen Termin mit dem Vorgesetzten von {st.hfn} {P(st.last)}. Wenn nicht, gehen wir zu einem Anwalt, Herr {P(lawyer.fl)} hat uns schon gesagt, dass Großeltern nach § 1685 BGB ein Umgangsrecht haben.

Mit freundlichen Grüßen
{P(gm.fl)} und {P(gf.fl)}
{A(ad.street)}
{A(ad.city)}
Tel. {T(landline(ad.area))}, Handy {T(mobile())} (meine Frau)
{E(email(gf))}"""
    return t, []


def d27():
    st = staff()
    ssa = person(rng.choice(["de", "tr", "gr"]), "f")
    g = any_gender()
    child = Pn(kid(g), rng.choice(LAST["de"] + LAST["af"]), g)
    fm = person("de", "f")
    er = "er" if g == "m" else "sie"
    Er = er.capitalize()
    sein = "seine" if g == "m" else "ihre"
    t = f"""Telefonvermerk

Datum/Uhrzeit: 07.10.2025, 10:20 Uhr
Anrufer(in): Frau {P(ssa.fl)}, Schulsozialarbeit Sekundarschule, Durchwahl {T(landline("02961", 0))}
Betrifft: Pflegekind {P(child.fl)}, 7b · Az. {AZ(az_jugend("PK"))}

Inhalt:
Frau {P(ssa.last)} berichtet, {P(child.first)} habe in den letzten zwei Wochen mehrfach über Bauchschmerzen geklagt und sei zweimal abgeholt worden. Heute habe {er} erzählt, {er} nehme „die Tabletten“ seit den Ferien nicht mehr, weil {er} davon „so komisch“ werde. Die Pflegemutter, Frau {P(fm.fl)}, habe auf Nachfrage der Schule gesagt, die Kinderpsychiaterin habe das Medikament (Atomoxetin) abgesetzt – das decke sich aber nicht mit dem, was {P(child.first)} erzähle.

Frau {P(ssa.last)} bittet um Klärung, ob sich an der Medikation etwas geändert habe, und um Rückruf bis Freitag. Sie hat sich an die Schweigepflicht gebunden gefühlt und deshalb zunächst nur allgemein gefragt; eine Schweigepflichtentbindung der Vormundin liegt der Schule vor.

Veranlasst:
– Rückruf bei Frau {P(fm.last)} heute Nachmittag
– Nachfrage beim Amtsvormund, ob ein aktueller Arztbericht vorliegt
– Wiedervorlage 10.10.2025

{P(st.ini)}"""
    return t, ["HEALTH"]


def d28():
    st = staff()
    trainer = person(rng.choice(["de", "gr"]), "f", "Dipl.-Psych.")
    rec = []
    for _ in range(9):
        p = person(rng.choice(["de", "de", "de", "tr", "ru", "pl", "it"]), any_gender())
        rec.append(f"{P(p.fl)} <{E(email(p))}>")
    to = "; ".join(rec)
    late = person("de", "f")
    t = f"""Von: {P(st.fl)} <{E(staff_mail(st))}>
Gesendet: Dienstag, 30. September 2025 16:48
An: {to}
Betreff: Einladung Fortbildung „Bindung und Trauma“ am 08.11.2025

Liebe Pflegeeltern,

herzlich lade ich Sie zu unserer nächsten Fortbildung ein:

„Wenn Kinder nicht vertrauen können – Bindung und Trauma im Pflegealltag“
Referentin: {P(trainer.full)}
Samstag, 08.11.2025, 9:30 bis 15:00 Uhr, Kreishaus Arnsberg, Sitzungssaal 3, {N(OFF_ST)}

Für die Zeit der Fortbildung bieten wir eine Kinderbetreuung im Nebenraum an. Bitte melden Sie sich bis zum 24.10. bei mir an und geben Sie an, wie viele Kinder betreut werden sollen und ob Allergien oder Besonderheiten zu beachten sind.

Eine Bitte noch: Frau {P(late.fl)} hat sich für die letzte Fortbildung angemeldet und ist nicht erschienen, ihr Platz ist verfallen. Wer sich anmeldet und verhindert ist, sagt bitte ab, damit andere Familien nachrücken können.

Viele Grüße
{P(st.fl)}

--
Pflegekinderdienst {KREIS}
Zentrale {N(SWITCH)} · {N(PKD_MAIL)}"""
    return t, []


def d29():
    a = person(rng.choice(["de", "de", "it"]), "f")
    b = spouse(a, "de")
    a_birth = rng.choice(LAST["de"])
    ad = addr()
    t = f"""Antrag auf Prüfung der Eignung für eine internationale Adoption (§ 2c AdVermiG)
– Formular AD-3, ausgefüllt am PC –

Teil A – Antragstellende
                                  Person 1                         Person 2
Familienname:                     {P(a.last)}                      {P(b.last)}
Geburtsname:                      {P(a_birth)}                      –
Vorname(n):                       {P(a.first)}                      {P(b.first)}
Geburtsdatum:                     {DOB(dob(1981, 1988, "dmy"))}                       {DOB(dob(1979, 1987, "dmy"))}
Geburtsort:                       Gelsenkirchen                     Olsberg
Staatsangehörigkeit:              deutsch                           deutsch
Religionszugehörigkeit:           röm.-katholisch                   evangelisch
Personalausweis-Nr.:              {IDC(id_card())}                         {IDC(id_card())}
Reisepass-Nr.:                    {PASS(passport_de())}                         {PASS(passport_de())}
Steuer-IdNr.:                     {TID(tax_id(False))}                       {TID(tax_id(False))}

Teil B – Anschrift und Erreichbarkeit
Straße, Hausnummer:               {A(ad.street)}
PLZ, Ort:                         {A(ad.city)}
Telefon:                          {T(landline(ad.area))}
Mobil:                            {T(mobile(0))} (Person 1)   {T(mobile(0))} (Person 2)
E-Mail:                           {E(email(a))}

Teil C – Herkunftsstaat
Gewünschter Heimatstaat des Kindes:  [X] Kolumbien   [ ] Thailand   [ ] Philippinen   [ ] sonstiger: ____
Vermittlung über anerkannte Auslandsvermittlungsstelle:  [X] ja, Vertrag vom 14.02.2025

Teil D – Erklärung
Wir versichern die Richtigkeit der Angaben. Uns ist bekannt, dass die Angaben zur Religionszugehörigkeit auf Wunsch des Heimatstaates erhoben werden.

{ad.town}, den 03.03.2025          gez. {P(a.fl)}          gez. {P(b.fl)}"""
    return t, ["RELIGION"]


UA_FIRST_CYR = {"Olena": "Олена", "Oksana": "Оксана", "Iryna": "Ірина", "Tetiana": "Тетяна", "Nataliia": "Наталія",
                "Yuliia": "Юлія", "Halyna": "Галина", "Sofiia": "Софія", "Viktoriia": "Вікторія", "Andrii": "Андрій",
                "Serhii": "Сергій", "Oleksandr": "Олександр", "Mykola": "Микола", "Bohdan": "Богдан",
                "Taras": "Тарас", "Dmytro": "Дмитро", "Yaroslav": "Ярослав", "Vasyl": "Василь"}


def d30():
    st = staff()
    first_lat, last_lat, cyr = rng.choice(UA_CYR)
    USED.append((first_lat, last_lat))
    cyr_first, cyr_last = cyr.split()
    g = any_gender()
    child_first = rng.choice(FIRST["ua"][g])
    child_cyr = UA_FIRST_CYR[child_first]
    fam = person("de", "f")
    interp = person("ua", "f")
    ua_phone = f"+380 {rng.choice(['50', '67', '68', '93', '97'])} {digits(3)} {digits(2, False)} {digits(2, False)}"
    ua_street = f"vul. {rng.choice(['Ivana Franka', 'Soborna', 'Heroiv Maidanu', 'Lesi Ukrainky'])} {rng.randint(2, 90)}/{rng.randint(1, 60)}"
    ua_city = f"{rng.choice(['69035 Zaporizhzhia', '49000 Dnipro', '79000 Lviv', '21000 Vinnytsia'])}"
    dat = "Ihrem Sohn" if g == "m" else "Ihrer Tochter"
    kind_ua = "мій син" if g == "m" else "моя донька"
    mail = fold(first_lat).lower() + "." + fold(last_lat).lower() + str(rng.randint(80, 99)) + "@ukr.net"
    t = f"""Betreff: Nachricht über {P(child_first)} / Новини про {P(child_cyr)}

Sehr geehrte Frau {P(last_lat)},

ich schreibe Ihnen in einfacher Sprache. Frau {P(interp.fl)} übersetzt diese Nachricht für Sie ins Ukrainische.

{dat} {P(child_first)} geht es gut. {P(child_first)} wohnt weiter bei Familie {P(fam.last)}. Im August hat das neue Schuljahr angefangen. {P(child_first)} spricht jetzt schon gut Deutsch und hat zwei Freunde in der Klasse.

Sie haben am Telefon gesagt: Sie möchten {P(child_first)} im Dezember sehen. Das ist möglich. Wir können ein Treffen in unserem Haus machen. Sie können auch per Video mit {P(child_first)} sprechen, jeden Sonntag um 17 Uhr (deutsche Zeit).

Wir brauchen noch:
– Ihre aktuelle Adresse in der Ukraine. Wir haben diese Adresse: {A(ua_street)}, {A(ua_city)}. Ist die Adresse noch richtig?
– Ihre Telefonnummer für Viber. Wir haben diese Nummer: {T(ua_phone)}.

Bitte antworten Sie auf diese E-Mail. Sie können auf Ukrainisch schreiben.

Mit freundlichen Grüßen
{P(st.fl)}
Pflegekinderdienst, {KREIS}
Telefon {T(direct())}

---
Шановна пані {P(cyr_last)}, {P(child_cyr)} почувається добре. Відповідайте, будь ласка, на цей лист українською мовою.
Переклад: {P(interp.fl)}

> Von: {P(cyr)} <{E(mail)}>
> Gesendet: Donnerstag, 25. September 2025 21:17
> Betreff: {P(child_cyr)}
> Добрий вечір. Як там {kind_ua}? Я дуже сумую.
> {P(cyr_first)}"""
    return t, []


DOCS = [
    ("outlook", "erstanfrage-pflegefamilie", d01),
    ("word", "sozialbericht-eignung", d02),
    ("outlook", "mail-kindesmutter-umgang", d03),
    ("word", "entwicklungsbericht-fruehfoerderung", d04),
    ("outlook", "weiterleitung-umgangsbegleitung", d05),
    ("word", "beschluss-verbleibensanordnung", d06),
    ("word", "export-pflegegeld-zahllauf", d07),
    ("outlook", "nachbericht-aethiopien", d08),
    ("word", "vermerk-namensaenderung-adoption", d09),
    ("outlook", "kindervorschlag-kolumbien", d10),
    ("word", "tabelle-ukraine-pflegekinder", d11),
    ("outlook", "fahrtkosten-besuchskontakte", d12),
    ("word", "bescheid-alterssicherung", d13),
    ("outlook", "kindergeld-pflegekind", d14),
    ("word", "ocr-einwilligung-adoption", d15),
    ("outlook", "verfahrensbeistand-anfrage", d16),
    ("word", "rechnung-uebersetzerin", d17),
    ("outlook", "anfrage-adoption-paar", d18),
    ("word", "hilfeplanprotokoll", d19),
    ("outlook", "intern-inobhutnahme", d20),
    ("word", "vermerk-abstammung", d21),
    ("outlook", "gebuehr-kreditkarte", d22),
    ("word", "csv-vormerkliste-ohne-kopf", d23),
    ("outlook", "zustaendigkeitswechsel", d24),
    ("word", "brief-auslandsreise", d25),
    ("outlook", "beschwerde-grosseltern", d26),
    ("word", "telefonvermerk-schule", d27),
    ("outlook", "rundmail-fortbildung", d28),
    ("word", "formular-internationale-adoption", d29),
    ("outlook", "mail-ukrainische-mutter", d30),
]


def main():
    assert len(DOCS) == 30
    lines = []
    for i, (channel, template, fn) in enumerate(DOCS, 1):
        marked, flags = fn()
        obj = build(f"F158-{i:03d}", channel, template, marked, flags)
        lines.append(json.dumps(obj, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
