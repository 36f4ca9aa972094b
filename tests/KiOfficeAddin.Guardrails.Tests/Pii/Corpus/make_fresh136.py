#!/usr/bin/env python3
"""Blind test batch 136: invented correspondence of a city administration's staff council (Personalrat),
equal opportunities office (Gleichstellungsstelle) and representation of severely disabled employees (SBV).
All names, addresses and numbers are invented; every randomness comes from Identifiers(13636).rng."""
import json
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from identifiers import Identifiers, group, icao_check, luhn_check, mod11_10_check  # noqa: E402,F401
from marks import build  # noqa: E402

ids = Identifiers(13636)
rng = ids.rng
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh136.jsonl")


def pick(seq):
    return rng.choice(seq)


def chance(p):
    return rng.random() < p


# ---------------------------------------------------------------- marks
def P(s): return f"[[P|{s}]]"
def A(s): return f"[[A|{s}]]"
def E(s): return f"[[E|{s}]]"
def T(s): return f"[[T|{s}]]"
def AZ(s): return f"[[AZ|{s}]]"
def DOB(s): return f"[[DOB|{s}]]"
def KFZ(s): return f"[[KFZ|{s}]]"
def N(s): return f"[[N|{s}]]"
def IBAN(s): return f"[[IBAN|{s}]]"
def CC(s): return f"[[CC|{s}]]"
def TID(s): return f"[[TID|{s}]]"
def TNR(s): return f"[[TNR|{s}]]"
def VAT(s): return f"[[VAT|{s}]]"
def IDC(s): return f"[[IDC|{s}]]"
def PASS(s): return f"[[PASS|{s}]]"
def SSN(s): return f"[[SSN|{s}]]"
def KV(s): return f"[[KV|{s}]]"


# ---------------------------------------------------------------- name pools
ORIG = {
    "de": (["Anke", "Birgit", "Claudia", "Jana", "Katrin", "Sabine", "Svenja", "Petra", "Lea", "Hannah", "Heike",
            "Ute", "Gisela", "Annika", "Carina", "Friederike", "Miriam", "Dorothee", "Kerstin", "Nele", "Ricarda"],
           ["Ulrich", "Jörg", "Frank", "Dirk", "Lukas", "Tobias", "Hendrik", "Bernd", "Klaus", "Ole", "Jannik",
            "Reinhard", "Volker", "Henning", "Marius", "Detlef", "Wolfgang", "Till", "Benedikt", "Rüdiger"],
           ["Schulte", "Hoffmann", "Wiegand", "Brüggemann", "Kemper", "Tillmann", "Gödde", "Schröer", "Kleine",
            "Lübke", "Wrede", "Funke", "Pieper", "Vollmer", "Stratmann", "Bathe", "Kersting", "Lutter", "Padberg",
            "Wüllner", "Hömberg", "Klauke", "Ostermann", "Rinsche", "Kaiser", "Drees", "Heimann", "Bräutigam",
            "Feldmann", "Sauerwald", "Nölle", "Struck", "Wessel", "Menke", "Jürgens", "Grothe", "Eickhoff"]),
    "tr": (["Ayşe", "Elif", "Zeynep", "Emine", "Derya", "Selin", "Büşra", "Hatice", "Gülay"],
           ["Mehmet", "Murat", "Emre", "Hakan", "Serkan", "Cem", "Okan", "Tolga", "Yusuf"],
           ["Öztürk", "Yılmaz", "Aydın", "Çelik", "Şahin", "Arslan", "Koç", "Güneş", "Kılıç", "Doğan", "Polat",
            "Karaca", "Aksoy"]),
    "pl": (["Agnieszka", "Katarzyna", "Małgorzata", "Joanna", "Ewa", "Magdalena"],
           ["Piotr", "Tomasz", "Krzysztof", "Marek", "Paweł", "Grzegorz"],
           ["Nowak", "Kowalczyk", "Wójcik", "Mazur", "Krawczyk", "Pawlak", "Dudek", "Sikora"]),
    "ua": (["Oksana", "Olena", "Iryna", "Tetiana", "Halyna"],
           ["Andrij", "Serhij", "Dmytro", "Bohdan", "Taras"],
           ["Melnyk", "Bondarenko", "Shevchenko", "Kovalenko", "Tkachenko", "Lysenko", "Hnatiuk"]),
    "ar": (["Fatima", "Amira", "Leila", "Rania", "Nour", "Samira", "Dalia"],
           ["Ahmad", "Khaled", "Omar", "Youssef", "Tarek", "Bilal", "Karim", "Samir"],
           ["Al-Hassan", "Haddad", "Khalil", "Mansour", "Nasser", "El Amrani", "Benali", "Al-Khatib", "Hamdan"]),
    "vn": (["Thi Lan", "Mai", "Thu Trang", "Hoa", "Ngoc Anh"],
           ["Minh", "Duc", "Quang", "Van Long"],
           ["Nguyen", "Tran", "Pham", "Hoang", "Vu"]),
    "gr": (["Eleni", "Despina", "Sofia", "Athina"],
           ["Nikos", "Giorgos", "Dimitrios", "Kostas"],
           ["Papadopoulos", "Georgiou", "Konstantinidis", "Dimitriou", "Karagiannis"]),
    "it": (["Giulia", "Francesca", "Chiara", "Rosaria"],
           ["Marco", "Luca", "Salvatore", "Enzo"],
           ["Russo", "Esposito", "Romano", "Greco", "De Luca", "Lo Bianco", "Caruso"]),
    "hr": (["Ivana", "Marija", "Mirela", "Jasmina", "Snježana"],
           ["Ivan", "Dario", "Goran", "Emir", "Zoran"],
           ["Marić", "Jurić", "Kovačević", "Hodžić", "Babić", "Petrović", "Begić"]),
    "gh": (["Akosua", "Abena", "Adaeze", "Ama", "Chiamaka"],
           ["Kwame", "Kofi", "Chinedu", "Yaw", "Emeka"],
           ["Mensah", "Owusu", "Boateng", "Okafor", "Adeyemi", "Asante", "Osei"]),
    "er": (["Senait", "Mebrat", "Helen"],
           ["Yonas", "Tesfalem", "Dawit"],
           ["Tesfay", "Gebremedhin", "Haile", "Berhane"]),
    "pt": (["Ana", "Mariana", "Beatriz", "Inês"],
           ["João", "Tiago", "Rui", "Vasco"],
           ["Ferreira", "Santos", "Oliveira", "Costa", "Rodrigues", "Carvalho"]),
    "fa": (["Parisa", "Mahsa", "Shirin", "Zahra"],
           ["Farid", "Reza", "Jawad", "Navid"],
           ["Ahmadi", "Rahimi", "Karimi", "Hosseini", "Sadeghi"]),
    "es": (["Lucía", "Carmen", "Pilar"],
           ["Javier", "Alejandro", "Sergio"],
           ["García", "Fernández", "López", "Martín"]),
}
PARTICLES = ["von der Heide", "van den Berg", "de Vries", "ter Haar", "vom Hofe", "zur Nieden", "von Plettenberg",
             "van Dijk", "von Ameln", "auf der Lake"]
ORIGIN_WEIGHTED = (["de"] * 9 + ["tr"] * 3 + ["pl"] * 2 + ["ua", "ar", "ar", "vn", "gr", "it", "hr", "hr", "gh",
                                                                 "er", "pt", "fa", "es"] + ["dd", "dd", "vp", "vp"])
USED_FULL = set()
DOC_LAST = set()


class Person:
    def __init__(self, first, last, g, title=""):
        self.first, self.last, self.g, self.title = first, last, g, title

    @property
    def name(self):
        return f"{self.first} {self.last}"

    @property
    def full(self):
        return f"{self.title} {self.name}" if self.title else self.name

    @property
    def rev(self):
        return f"{self.last}, {self.first}"

    @property
    def ini(self):
        return f"{self.first[0]}. {self.last}"

    @property
    def hf(self):
        return "Frau" if self.g == "f" else "Herr"

    @property
    def hfn(self):  # "Herrn" in address lines
        return "Frau" if self.g == "f" else "Herrn"

    @property
    def geehrt(self):
        return "Sehr geehrte Frau" if self.g == "f" else "Sehr geehrter Herr"

    @property
    def lieb(self):
        return "Liebe" if self.g == "f" else "Lieber"


def person(origin=None, g=None, title_p=0.0):
    if origin is None:
        origin = pick(ORIGIN_WEIGHTED)
    if g is None:
        g = pick("fm")
    for _ in range(200):
        if origin == "dd":
            fem, mal, sur = ORIG["de"]
            other = ORIG[pick(["de", "de", "tr", "pl", "it", "hr"])][2]
            last = f"{pick(sur)}-{pick(other)}"
        elif origin == "vp":
            fem, mal, _ = ORIG["de"]
            last = pick(PARTICLES)
        else:
            fem, mal, sur = ORIG[origin]
            last = pick(sur)
        first = pick(fem if g == "f" else mal)
        if (first, last) not in USED_FULL and last not in DOC_LAST:
            break
    USED_FULL.add((first, last))
    DOC_LAST.add(last)
    title = "Dr." if chance(title_p) else ""
    return Person(first, last, g, title)


def ascii_(s):
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss"),
                 ("ı", "i"), ("ł", "l"), ("Ł", "L"), ("đ", "d")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z0-9-]", "", ascii_(s).lower().replace(" ", ""))


PRIVATE_DOMAINS = ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "outlook.de", "icloud.com",
                   "freenet.de", "online.de", "mail.de", "gmx.net", "hotmail.com", "yahoo.de"]


def private_mail(p):
    f, l = slug(p.first), slug(p.last)
    y = str(rng.randint(60, 99)) if chance(0.4) else ""
    form = pick([f"{f}.{l}", f"{f[0]}.{l}", f"{l}.{f}", f"{f}_{l}", f"{f}{l[:3]}", f"{l}{y or '-privat'}",
                 f"{f}.{l[0]}{y}", f"{f}-{l}"])
    return f"{form}@{pick(PRIVATE_DOMAINS)}"


def work_mail(p):
    return f"{slug(p.first)[0]}.{slug(p.last)}@arnsberg.de" if chance(0.6) \
        else f"{slug(p.first)}.{slug(p.last)}@arnsberg.de"


# ---------------------------------------------------------------- addresses
STREETS = ["Hellefelder Straße", "Ruhrstraße", "Mendener Straße", "Apostelstraße", "Möhnestraße",
           "Graf-Gottfried-Straße", "Alter Markt", "Zur Feldmark", "Unterm Hagen", "Auf dem Hahnenkamp",
           "Hüttenstraße", "Lange Reihe", "Dünnefelder Weg", "Im Ohl", "An der Ruhr", "Kirchstraße",
           "Promenadenweg", "Stembergstraße", "Röhrstraße", "Hohe Straße", "Mühlenweg", "Am Böhmerberg",
           "In der Trift", "Schützenstraße", "Burgweg", "Klosterstraße", "Engelbertstraße", "Provinzialstraße",
           "Heinrich-Lübke-Straße", "Friedhofsweg", "Auf der Haar", "Ringlebstraße", "Zum Wiesengrund",
           "Kampstraße", "Grafenstraße", "Im Grund", "Bergheimer Weg", "Am Bürenberg", "Westring",
           "Marktstraße", "Sauerlandstraße", "Kleine Schulstraße", "Laurentiusweg", "Ohlweg", "Lehmkuhle"]
CITIES = [("59755", "Arnsberg"), ("59757", "Arnsberg"), ("59759", "Arnsberg"), ("59821", "Arnsberg"),
          ("59823", "Arnsberg"), ("59846", "Sundern"), ("59872", "Meschede"), ("58706", "Menden"),
          ("59494", "Soest"), ("59457", "Werl"), ("59469", "Ense"), ("59909", "Bestwig"), ("59929", "Brilon"),
          ("59581", "Warstein"), ("59755", "Arnsberg-Neheim"), ("59846", "Sundern (Sauerland)"),
          ("44135", "Dortmund"), ("59519", "Möhnesee"), ("58730", "Fröndenberg"), ("59759", "Arnsberg-Hüsten")]


def street():
    s = pick(STREETS)
    n = rng.randint(1, 148)
    r = rng.random()
    if r < 0.15:
        num = f"{n}{pick('abc')}"
    elif r < 0.2:
        num = f"{n} {pick('ab')}"
    elif r < 0.25:
        num = f"{n}-{n + 2}"
    else:
        num = str(n)
    return f"{s} {num}"


def city():
    plz, c = pick(CITIES)
    return f"{plz} {c}"


# ---------------------------------------------------------------- phones
MOBILE = ["0151", "0152", "0157", "0159", "0160", "0162", "0163", "0170", "0171", "0172", "0173", "0174",
          "0175", "0176", "0177", "0178", "0179", "01520", "01575"]
AREAS = ["02931", "02932", "02933", "02935", "02937", "0291", "02921", "02373", "02922", "02938", "02934"]


def mobile():
    pre = pick(MOBILE)
    num = ids.digits(8 if len(pre) == 4 else 7, True)
    st = rng.randint(0, 7)
    return [f"{pre} {num}", f"{pre}/{num}", f"{pre}-{num}", f"+49 {pre[1:]} {num}", f"+49{pre[1:]}{num}",
            f"0049 {pre[1:]} {num[:3]} {num[3:]}", f"{pre} {num[:3]} {num[3:]}",
            f"+49 (0){pre[1:]} {num}"][st]


def landline():
    area = pick(AREAS)
    num = ids.digits(rng.randint(5, 7), True)
    st = rng.randint(0, 5)
    return [f"{area} {num}", f"({area}) {num}", f"{area}/{num}", f"+49 {area[1:]} {num}",
            f"{area}-{num}",
            f"{area} {' '.join(num[i:i + 2] for i in range(0, len(num), 2))}" if len(num) % 2 == 0
            else f"{area} {num[0]} {' '.join(num[i:i + 2] for i in range(1, len(num), 2))}"][st]


def work_phone():
    ext = str(rng.randint(1100, 4899))
    return pick([f"02931 963-{ext}", f"+49 2931 963-{ext}", f"02931/963-{ext}", f"02931 963 {ext}",
                 f"(02931) 963-{ext}"])


# ---------------------------------------------------------------- identifiers
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def birth(y0=1961, y1=2004):
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(y0, y1)


def dfmt(d, style=None):
    dd, mm, yy = d
    if style is None:
        style = pick(["dot", "dot", "dot", "short", "long", "nozero"])
    return {"dot": f"{dd:02d}.{mm:02d}.{yy}", "short": f"{dd:02d}.{mm:02d}.{yy % 100:02d}",
            "long": f"{dd}. {MONTHS[mm - 1]} {yy}", "nozero": f"{dd}.{mm}.{yy}",
            "iso": f"{yy}-{mm:02d}-{dd:02d}"}[style]


def ssn(d, last, style=None):
    letter = ascii_(last)[0].upper()  # initial of the birth surname
    raw = ids.social_security(f"{d[0]:02d}{d[1]:02d}{d[2] % 100:02d}", letter)
    if style is None:
        style = pick(["raw", "sp", "sp"])
    return raw if style == "raw" else f"{raw[:2]} {raw[2:8]} {raw[8]} {raw[9:]}"


def iban_de(spaced=None):
    v = ids.iban_de()
    if spaced is None:
        spaced = chance(0.6)
    return group(v, 4) if spaced else v


def tax_id():
    v = ids.tax_id()
    return pick([v, f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}", f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"])


def pn():
    return str(rng.randint(100000, 199999)) if chance(0.6) else "00" + str(rng.randint(1000, 9999))


def plate(district=None):
    d = district or pick(["HSK", "HSK", "HSK", "AR", "BRI", "MES", "SO", "MK", "UN"])
    letters = "".join(pick("ABCDEFGHJKLMNPRSTUVWXZ") for _ in range(rng.randint(1, 2)))
    num = str(rng.randint(1, 9999))
    suffix = "E" if chance(0.12) else ""
    return pick([f"{d}-{letters} {num}{suffix}", f"{d} {letters} {num}{suffix}", f"{d}-{letters}{num}{suffix}"])


# ---------------------------------------------------------------- documents
DOCS = []


def doc(channel, template):
    def deco(fn):
        DOCS.append((channel, template, fn))
        return fn
    return deco


SWITCH = N("02931 963-0")
RH1, RH2 = N("Rathausplatz 1"), N("59759 Arnsberg")


@doc("outlook", "bem-einladung-antwort")
def d01():
    emp, bem, pr = person("de", "m"), person(g="f"), person()
    az = f"BEM-2025-{rng.randint(10, 99):03d}"
    t = f"""Betreff: AW: Einladung zum BEM-Erstgespräch – Az. {AZ(az)}

hallo frau {P(bem.last.lower() if chance(0.5) else bem.last)}

danke für die einladung. ehrlich gesagt weiß ich nicht ob ich das will, der rücken ist seit der op im februar (bandscheibe L4/L5) immer noch nicht gut und ich hab angst dass das am ende gegen mich verwendet wird. darf ich jemand vom personalrat mitbringen? {P(pr.name)} hat gesagt das geht
der 14. passt nicht da hab ich physio, lieber nachmittags ab 14 uhr

am besten aufs handy {T(mobile())} oder privat an {E(private_mail(emp))}, die dienstmail les ich grad nicht weil ich ja krankgeschrieben bin

gruß
{P(emp.first)}

-----Ursprüngliche Nachricht-----
Von: {P(bem.rev)} <{E(work_mail(bem))}>
Gesendet: Dienstag, 9. September 2025 10:12
An: {P(emp.rev)} <{E(work_mail(emp))}>
Cc: {N("bem@arnsberg.de")}
Betreff: Einladung zum BEM-Erstgespräch – Az. {AZ(az)}

Sehr geehrter Herr {P(emp.last)},

Sie waren innerhalb der letzten zwölf Monate länger als sechs Wochen arbeitsunfähig. Nach § 167 Abs. 2 SGB IX bieten wir Ihnen deshalb ein Betriebliches Eingliederungsmanagement an. Die Teilnahme ist freiwillig; ohne Ihre Zustimmung werden keine Gesundheitsdaten an Ihre Vorgesetzten weitergegeben. Sie können eine Person Ihres Vertrauens, die Schwerbehindertenvertretung oder ein Mitglied des Personalrats hinzuziehen.

Als Termin schlage ich Dienstag, den 14. Oktober 2025, 10:00 Uhr, Raum 2.11 vor. Bitte geben Sie bei Rückfragen Ihre Personalnummer ({AZ(pn())}) an.

Mit freundlichen Grüßen
{P(bem.name)}
BEM-Koordination | Fachdienst Personal und Organisation
Telefon {T(work_phone())} | Zentrale {SWITCH}
"""
    return t, ["HEALTH"]


@doc("word", "bem-protokoll")
def d02():
    emp, bem, sbv, pr, doc_ = person(g="f"), person("de"), person(), person(), person("de", "f")
    b = birth(1966, 1990)
    az = f"BEM-2025-{rng.randint(10, 99):03d}"
    t = f"""Betriebliches Eingliederungsmanagement – Niederschrift Erstgespräch
VERTRAULICH – nur zur BEM-Akte, nicht zur Personalakte

Aktenzeichen: {AZ(az)}
Beschäftigte: {P(emp.full)}, geb. {DOB(dfmt(b, "dot"))}, Personalnummer {AZ(pn())}
Anschrift: {A(street())}, {A(city())}
Organisationseinheit: Fachdienst Kinder, Jugend und Familie – Kita Am Lüsenberg
Datum: 23.09.2025, 13:30 bis 14:45 Uhr

Teilnehmende
• {P(emp.name)} (Beschäftigte)
• {P(bem.name)} (BEM-Koordination)
• {P(sbv.name)} (Vertrauensperson der schwerbehinderten Menschen, auf Wunsch von Frau {P(emp.last)})
• {P(pr.full)} (Personalrat)
• {P("Dr. " + doc_.name)} (Betriebsärztin, arbeitsmedizinischer Dienst)

1. Ausgangslage
Frau {P(emp.last)} ist seit dem 03.03.2025 durchgehend arbeitsunfähig. Nach eigenen Angaben wurde eine mittelgradige depressive Episode diagnostiziert; sie war sieben Wochen in stationärer Behandlung. Die Lärmbelastung in der Gruppe und die dauerhafte Unterbesetzung nennt sie als wesentliche Belastungsfaktoren.

2. Vereinbarte Schritte
a) Stufenweise Wiedereingliederung ab 06.10.2025 nach Plan der behandelnden Ärztin; Krankenversichertennummer für die Abstimmung mit der Kasse: {KV(ids.health_insurance())}.
b) Antrag auf Leistungen zur medizinischen Rehabilitation bei der DRV Westfalen; Versicherungsnummer {SSN(ssn(b, emp.last, "sp"))}. Unterstützung durch {sbv.hfn} {P(sbv.last)} (SBV).
c) Prüfung eines Wechsels in eine kleinere Einrichtung; Rücksprache mit der Fachdienstleitung nur mit ausdrücklicher Zustimmung der Beschäftigten.

3. Hinweis
Das BEM ist nach der Rechtsprechung des BAG ({N("2 AZR 716/06")}) kein Selbstzweck; die Teilnahme bleibt freiwillig. Frau {P(emp.last)} hat der Weitergabe dieser Niederschrift an die Betriebsärztin zugestimmt.

Nächster Termin: 18.11.2025, 9:00 Uhr.

Protokoll: {P(bem.ini)}
"""
    return t, ["HEALTH"]


@doc("outlook", "beschwerde-belaestigung")
def d03():
    me, gb, boss, w1, w2 = person(g="f"), person("de", "f"), person(g="m", title_p=0.3), person(g="f"), person()
    st, ct = street(), city()
    t = f"""Betreff: Beschwerde nach § 13 AGG – bitte vertraulich behandeln

{gb.geehrt} {P(gb.last)},

ich wende mich an Sie als Gleichstellungsbeauftragte, weil ich mich seit dem Frühjahr von meinem Vorgesetzten im Bürgerbüro, {P(boss.full)}, sexuell belästigt fühle. Es begann mit Bemerkungen über meine Kleidung, inzwischen legt er mir bei Besprechungen im Einzelbüro die Hand auf den Oberschenkel und schreibt mir abends private Nachrichten („na, schon im Bett?“). Screenshots habe ich gesichert.

Am 2. Juli 2025 hat er mich in der Teeküche gegen die Arbeitsplatte gedrängt. Das hat meine Kollegin {P(w1.name)} gesehen; sie ist bereit, das zu bestätigen. Auch {P(w2.name)}, {"die" if w2.g == "f" else "der"} bei uns die Ausbildung macht, hat mir erzählt, dass Herr {P(boss.last)} {"ihr" if w2.g == "f" else "ihm"} gegenüber „komische Witze“ macht.

Ich möchte zunächst ein vertrauliches Gespräch mit Ihnen, bevor irgendetwas an die Fachbereichsleitung geht. Bitte rufen Sie mich nicht im Büro an, sondern unter {T(mobile())} oder schreiben Sie an {E(private_mail(me))}. Post bitte an meine Privatanschrift: {A(st)}, {A(ct)}.

Mit freundlichen Grüßen

{P(me.name)}
Sachbearbeiterin Bürgerbüro, Pers.-Nr. {AZ(pn())}
"""
    return t, []


@doc("word", "pr-niederschrift")
def d04():
    unions = ["ver.di", "ver.di", "komba", "komba", "ver.di", "nicht organisiert", "ver.di"]
    members = [person(title_p=0.05) for _ in unions]
    sbv, jav, absent, ersatz, prot = person(), person(), person(), person(), person()
    new, up, fire, ki = person(g="f"), person(), person("de", "m"), person()
    fm = next((m for m in members[1:] if m.g == "f"), members[3])
    lines = "\n".join(f"{P(m.name)} ({u}{', Vorsitzende' if i == 0 and m.g == 'f' else ', Vorsitzender' if i == 0 else ''})"
                      for i, (m, u) in enumerate(zip(members, unions)))
    t = f"""Niederschrift über die 14. Sitzung des Personalrats der Stadtverwaltung Arnsberg
am Mittwoch, 17.09.2025, 9:00 bis 12:10 Uhr, Sitzungsraum 3, {RH1}, {RH2}

Anwesend:
{lines}
{P(sbv.name)} (Schwerbehindertenvertretung, beratend)
{P(jav.name)} (Jugend- und Auszubildendenvertretung, beratend)

Entschuldigt: {P(absent.name)} (ver.di), vertreten durch Ersatzmitglied {P(ersatz.name)} (ver.di)
Schriftführung: {P(prot.name)}

TOP 1 – Genehmigung der Niederschrift vom 03.09.2025
Ohne Änderungen genehmigt (8 Ja, 0 Nein, 1 Enthaltung).

TOP 2 – Personelle Einzelmaßnahmen (§ 72 Abs. 1 LPVG NRW)
2.1 Einstellung {P(new.name)} als Verwaltungsfachangestellte, EG 6 TVöD, Fachdienst Bürgerdienste, befristet bis 31.08.2026. Der PR stimmt zu. {P(members[2].last)} regt an, die Befristung mit Sachgrund zu begründen.
2.2 Höhergruppierung {P(up.name)}, Pers.-Nr. {AZ(pn())}, von EG 9a nach EG 9b rückwirkend zum 01.05.2025. Zustimmung einstimmig.
2.3 Kündigung in der Probezeit, {P(fire.name)}, Bauhof. Die Dienststelle begründet die Kündigung mit wiederholtem unentschuldigtem Fehlen. {P(members[1].first + " " + members[1].last)} berichtet aus einem Gespräch mit Herrn {P(fire.last)}, dass dieser seine kranke Mutter pflegt und sich nicht traute, das anzusprechen. Der PR erhebt Einwendungen und bittet um Erörterung.

TOP 3 – Dienstvereinbarung KI-Assistent
{P(ki.name)} (Stabsstelle Digitalisierung) stellt den Stand vor: Pseudonymisierung personenbezogener Daten vor jedem Modellaufruf, Protokollierung ohne Inhalte, Auswertungen nur aggregiert ab fünf Personen. {fm.hf} {P(fm.last)} fordert, dass auch die Nutzung durch einzelne Ämter nicht auswertbar ist (keine Leistungs- und Verhaltenskontrolle).

TOP 4 – Verschiedenes
Personalversammlung am 12.11.2025 in der Stadthalle Hüsten. {P(members[4].last)} übernimmt die Raumbuchung, {P(members[6].last)} den Bericht der ver.di-Betriebsgruppe.

gez. {P(members[0].name)}                gez. {P(prot.name)}
(Vorsitz)                                   (Schriftführung)
"""
    return t, ["UNION", "HEALTH"]


@doc("word", "personal-export-csv")
def d05():
    rows = []
    ous = ["20.1 Finanzen", "32 Ordnung", "51.2 Kita", "60 Bauordnung", "70 Bauhof", "10 Personal", "33 Bürgerdienste",
           "50 Soziales", "37 Feuerwehr", "66 Tiefbau"]
    for i in range(9):
        p = person()
        b = birth(1962, 2003)
        eintritt = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(1990, 2024)}"
        ext = rng.randint(1100, 4899)
        mail = work_mail(p)
        rows.append(f"{AZ(pn())};{P(p.last)};{P(p.first)};{DOB(dfmt(b, 'iso'))};{ous[i]};{eintritt};"
                    f"{T(f'+49 2931 963{ext}')};{E(mail)}")
    body = "\n".join(rows)
    t = f"""Export LOGA – Wählerverzeichnis Personalratswahl 2026 (Vorabzug Wahlvorstand), Stand 01.10.2025, Seite 3 von 11
PersNr;Nachname;Vorname;Geburtsdatum;OE;Eintritt;Telefon;E-Mail
{body}
-- Ende Seite 3 --
Hinweis Wahlvorstand: Geburtsdaten nur zur Prüfung der Wählbarkeit (§ 11 LPVG NRW), nicht aushängen!
"""
    return t, []


@doc("outlook", "bewerbung-weitergeleitet")
def d06():
    sbv, hr, app = person(), person(), person("ar", "m")
    b = birth(1986, 1996)
    t = f"""Betreff: WG: Bewerbung Kennziffer {N("41/2025")} – Sachbearbeitung Wohngeld

{sbv.lieb} {P(sbv.first)},

zur Kenntnis und mit der Bitte um Beteiligung nach § 178 Abs. 2 SGB IX: Der Bewerber hat eine Schwerbehinderung angegeben. Da er fachlich nicht offensichtlich ungeeignet ist, laden wir ihn nach § 165 SGB IX ein. Die Gespräche sind am 21. und 22.10. ab 9 Uhr im Raum 1.04.

Viele Grüße
{P(hr.name)}
Fachdienst Personal und Organisation | Tel. {T(work_phone())}

________________________________
Von: {P(app.name)} <{E(private_mail(app))}>
Gesendet: Sonntag, 28. September 2025 21:47
An: {N("bewerbung@arnsberg.de")}
Betreff: Bewerbung Kennziffer {N("41/2025")} – Sachbearbeitung Wohngeld

Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich auf die ausgeschriebene Stelle in der Wohngeldstelle. Ich bin am {DOB(dfmt(b, "long"))} in Aleppo geboren, lebe seit 2015 in Deutschland und habe 2021 meine Ausbildung zum Verwaltungsfachangestellten bei der Stadt Soest abgeschlossen. Seitdem arbeite ich dort in der Leistungsabteilung.

Ich bin schwerbehindert (GdB 50) wegen einer beidseitigen Hörschädigung und trage Hörgeräte. Für Telefonate nutze ich eine Untertitel-App; in Vorstellungsgesprächen hilft es mir, wenn nicht mehrere Personen gleichzeitig sprechen.

Meine Kontaktdaten:
{A(street())}
{A(city())}
Mobil (bitte bevorzugt per SMS): {T(mobile())}

Mit freundlichen Grüßen
{P(app.name)}
"""
    return t, ["HEALTH"]


@doc("word", "bewerberuebersicht-tabelle")
def d07():
    rows = []
    sb = ["–", "GdB 50", "–", "gleichgestellt (GdB 30)", "–", "–", "GdB 60, Merkzeichen G", "–"]
    for i, s in enumerate(sb):
        p = person(title_p=0.05)
        b = birth(1975, 2002)
        rows.append(f"{i + 1} | {AZ(f'BW-41-{rng.randint(100, 999)}')} | {P(p.rev)} | {DOB(dfmt(b, 'short'))} | "
                    f"{A(street())}, {A(city())} | {s} | {'ja' if s != '–' or chance(0.5) else 'nein'}")
    k1, k2, k3 = person(), person("de", "f"), person()
    t = f"""Auswahlverfahren Kennziffer {N("41/2025")} – Sachbearbeitung Wohngeld (EG 9a)
Übersicht für Personalrat, Gleichstellungsstelle und Schwerbehindertenvertretung – Stand 06.10.2025

Nr. | Bewerber-ID | Name, Vorname | geb. | Anschrift | Schwerbehinderung/Gleichstellung | Einladung
{chr(10).join(rows)}

Auswahlkommission: {P(k1.name)} (Fachdienstleitung), {P(k2.name)} (Gleichstellungsstelle), {P(k3.name)} (Personalrat)
Die Bewertung der Gespräche erfolgt durch die Kommission anhand des Leitfadens; eine automatisierte Vorauswahl findet nicht statt.
"""
    return t, ["HEALTH"]


@doc("outlook", "homophobie-bauhof")
def d08():
    me, gb, husband, c1, c2, lead = person(g="m"), person(g="f"), person(g="m"), person(g="m"), person(g="m"), person("de", "m")
    t = f"""Betreff: blöde sprüche in der kolonne

Hi {P(gb.first)},

sorry dass ich so spät noch schreib. du hattest bei der personalversammlung gesagt man kann sich bei dir melden wenn was ist, also mach ich das jetzt.

seit ich auf der weihnachtsfeier von meinem mann {P(husband.first)} erzählt hab ist die stimmung in der kolonne echt mies. {P(c1.last)} nennt mich nur noch "prinzessin" und hat die jungs gefragt ob sie sich noch mit mir umziehen wollen. {P(c2.first)} hat mir letzte woche ein foto von zwei männern in hochzeitsanzügen an den spind geklebt, mit "bald auch bei uns im bauhof??" drunter. unser vorarbeiter {P(lead.name)} steht daneben und lacht.

ich bin seit 11 jahren hier und will keinen riesen aufstand, aber so gehts nicht weiter. können wir uns mal außerhalb treffen, nicht im rathaus? gerne bei uns {A(street().lower())}, {P(husband.first)} ist eh da. ich bin ab 15 uhr unter {T(mobile())} erreichbar

LG {P(me.first)}

Von meinem iPhone gesendet
"""
    return t, ["SEXUAL_ORIENTATION"]


@doc("word", "vermerk-namensaenderung")
def d09():
    old_first = pick(["Jan", "Tobias", "Lukas", "Dennis", "Marcel"])
    new_first = pick(["Jana", "Toni", "Luisa", "Mara", "Elena"])
    last = pick(["Brinkmann", "Henke", "Severin", "Wortmann", "Humpert"])
    b = birth(1988, 1999)
    gb, pr, clerk = person(g="f"), person(), person("de")
    newp = Person(new_first, last, "f")
    oldp = Person(old_first, last, "m")
    t = f"""Aktenvermerk – Änderung von Vorname und Geschlechtseintrag (SBGG)
Az. {AZ(f"10.1-{rng.randint(100, 999)}/25")}                                        Arnsberg, 29.09.2025

Frau {P(newp.name)} (bisher {P(oldp.name)}), Pers.-Nr. {AZ(pn())}, geb. {DOB(dfmt(b, "dot"))}, Fachdienst Tiefbau, hat am 26.09.2025 die Bescheinigung des Standesamts über die Änderung des Geschlechtseintrags von „männlich“ in „weiblich“ und des Vornamens vorgelegt. Vorgelegt wurde zugleich der neue Personalausweis, Nr. {IDC(ids.id_card(check_digit=chance(0.5)))}.

Zu veranlassen:
1. Stammdaten in LOGA und Mitteilung an die ZVK ab 01.10.2025 auf den neuen Namen umstellen.
2. Neue Dienst-E-Mail {E(f"{slug(new_first)}.{slug(last)}@arnsberg.de")}; die bisherige Adresse {E(f"{slug(old_first)[0]}.{slug(last)}@arnsberg.de")} leitet sechs Monate weiter und wird danach gelöscht.
3. Türschild, Telefonverzeichnis (Durchwahl {T(work_phone())}), Dienstausweis und Signatur anpassen.
4. Das Offenbarungsverbot nach § 13 SBGG ist zu beachten: Der frühere Vorname darf ohne Zustimmung von Frau {P(last)} nicht offenbart oder ausgeforscht werden. Dieser Vermerk wird in einem verschlossenen Teil der Personalakte abgelegt.

Auf Wunsch von Frau {P(last)} wurden die Gleichstellungsbeauftragte ({P(gb.name)}) und der Personalrat ({P(pr.ini)}) informiert.

i. A. {P(clerk.name)}
"""
    return t, ["SEXUAL_ORIENTATION"]


@doc("outlook", "verdi-beitritt")
def d10():
    me, vl, spouse, boss = person(g="m"), person(), person(g="f"), person("de", "m")
    b = birth(1970, 1995)
    spouse.last = me.last
    t = f"""Betreff: Beitritt – meine Daten (bitte nicht über Dienstmail)

Hallo {P(vl.first)},

wie gestern in der Pause besprochen hier meine Daten für den Mitgliedsantrag bei ver.di. Über die Dienstadresse will ich das nicht schicken.

Name: {P(me.name)}
Geburtsdatum: {DOB(dfmt(b, "nozero"))}
Anschrift: {A(street())}
           {A(city())}
Beschäftigt bei: Stadt Arnsberg, Feuer- und Rettungswache, EG 8 TVöD
Monatliches Brutto ca. 3.450 €, also 1 % Beitrag
IBAN für die Lastschrift: {IBAN(iban_de())}
Kontoinhaberin: {P(spouse.name)} (Gemeinschaftskonto)
Handy: {T(mobile())}

Kannst du bitte drauf achten dass mein Wachabteilungsleiter {P(boss.name)} davon nichts mitkriegt? Der sitzt für die komba im Personalrat und ist auf ver.di nicht gut zu sprechen.

Danke dir & Gruß
{P(me.first)}
"""
    return t, ["UNION"]


def ocr(s):
    """Deterministic OCR noise on unmarked prose only (the caller keeps marks out of it)."""
    out = []
    for ch in s:
        r = rng.random()
        if ch == "l" and r < 0.12:
            out.append("1")
        elif ch == "o" and r < 0.06:
            out.append("0")
        elif ch == "m" and r < 0.08:
            out.append("rn")
        elif ch == "i" and r < 0.05:
            out.append("í")
        else:
            out.append(ch)
    return "".join(out)


@doc("word", "ocr-anhoerung-kuendigung")
def d11():
    emp, clerk, head = person("gr", "m"), person(), person("de", title_p=0.4)
    b = birth(1965, 1980)
    t = f"""{ocr("Stadt Arnsberg · Der Bürgermeister")}
{ocr("Fachdienst Personal und Organisation")}                    {ocr("Arnsberg, 02.10.2025")}

{ocr("An den Personalrat")}
{ocr("- im Hause -")}

{ocr("Anhörung des Personalrats zur beabsichtigten ordentlichen Kündigung")}
{ocr("(§ 74 Abs. 1 LPVG NRW)")}

{ocr("Beschäftigter:")}     {P(emp.name)}
{ocr("Pers.-Nr.:")}         {AZ(pn())}
{ocr("geb. am:")}           {DOB(dfmt(b, "dot"))}
{ocr("Anschrift:")}         {A(street())} ,  {A(city())}
{ocr("Familienstand: verheiratet, zwei unterhaltsberechtigte Kinder")}
{ocr("Beschäftigt seit 01.04.2011, Straßenreinigung, EG 3 TVöD")}

{ocr("Die Dienststelle beabsichtigt, das Arbeitsverhältnis krankheitsbedingt zum 31.03.2026 zu kündigen. Arbeitsunfähigkeitszeiten: 2022 74 Tage, 2023 91 Tage, 2024 118 Tage, 2025 bisher 96 Tage. Nach der betriebsärztlichen Stellungnahme vom 11.08.2025 leidet")} {ocr("Herr")} {P(emp.last)} {ocr("an einer chronisch obstruktiven Lungenerkrankung (COPD) und ist für Tätigkeiten mit Staubbelastung dauerhaft nicht geeignet.")}

- 2 -

{ocr("Ein BEM wurde am 14.01.2025 angeboten (Az.")} {AZ(f"BEM-2025-{rng.randint(10, 99):03d}")}{ocr("); der Beschäftigte hat es abgelehnt. Ein leidensgerechter Arbeitsplatz ist nach Prüfung nicht vorhanden. Schwerbehinderung: nein; Gleichstellung nicht beantragt.")}

{ocr("Sachbearbeitung:")} {P(clerk.name)}{ocr(", Tel.")} {T(work_phone())}

{ocr("Im Auftrag")}
{P(head.full)}
"""
    return t, ["HEALTH"]


@doc("outlook", "rassismus-vorfall")
def d12():
    me, gb, col, lead, wit = person("gh", "f"), person(g="f"), person("de", "m"), person("de", "f"), person(g="m")
    t = f"""Betreff: Vorfall am Schalter 15.10. – Bitte um ein Gespräch

{gb.lieb} {gb.hf} {P(gb.last)},

ich arbeite seit 2019 im Fachdienst Ausländerangelegenheiten (ja, die Ironie ist mir bewusst). Am Mittwoch hat mein Kollege {P(col.name)} vor zwei Kunden gesagt, ich solle „erst mal richtig Deutsch lernen“ und gefragt, ob ich „direkt aus dem Busch“ komme. Ich bin in Kumasi geboren, meine Familie gehört zu den Ashanti, ich bin seit 2008 deutsche Staatsbürgerin und habe hier Abitur und Studium gemacht.

Es ist nicht das erste Mal. Unsere Teamleiterin {P(lead.ini)} meinte nur, das sei „Humor“ und ich solle nicht so empfindlich sein. Einer der Kunden, {wit.hf} {P(wit.name)}, hat mir danach seine Visitenkarte gegeben und angeboten, das zu bezeugen (Malerbetrieb, {A(street())}, {A(city())}, Tel. {T(landline())}).

Ich möchte gern mit Ihnen und jemandem vom Personalrat sprechen. Bitte nicht über meinen Dienstapparat, lieber über {T(mobile())}.

Viele Grüße
{P(me.name)}
"""
    return t, ["ETHNICITY"]


@doc("word", "antrag-gebetsraum")
def d13():
    chair, contact = person(), person("tr", "f")
    signers = [contact] + [person(pick(["tr", "ar", "ar", "fa", "hr", "de", "er"])) for _ in range(6)]
    fds = ["Bauordnung", "Stadtkasse", "Bürgerdienste", "Jugendamt", "Bauhof", "Ordnungsamt", "Schulverwaltung"]
    rows = "\n".join(f"{P(s.name)} | {fds[i]} | {AZ(pn())} | ____________" for i, s in enumerate(signers))
    christ = person("de", "m")
    t = f"""An den Personalrat der Stadtverwaltung Arnsberg
z. Hd. {chair.hfn} {P(chair.name)}
{RH1}
{RH2}

Arnsberg, 20. Oktober 2025

Antrag: Raum der Stille im Technischen Rathaus und flexible Pausen im Ramadan 2026

Sehr geehrte Damen und Herren,

wir, muslimische Beschäftigte aus verschiedenen Fachdiensten, bitten den Personalrat, sich bei der Dienststelle für einen ruhigen Raum einzusetzen, in dem wir während der Arbeitszeit kurz beten können. Bisher weichen einige von uns ins Treppenhaus oder ins Auto aus. Außerdem bitten wir darum, dass im Ramadan (voraussichtlich 18.02. bis 19.03.2026) die Mittagspause in den Nachmittag verlegt werden kann, ohne dass die Gleitzeitregelung verletzt wird.

Der Raum soll ausdrücklich allen offenstehen. Unterstützt wird unser Anliegen auch von {P(christ.name)}, der in der evangelischen Kirchengemeinde Hüsten aktiv ist und die Idee eines gemeinsamen Raums der Stille angeregt hat.

Ansprechpartnerin: {P(contact.name)}, {E(work_mail(contact))}, {T(work_phone())}

Name | Fachdienst | Pers.-Nr. | Unterschrift
{rows}
"""
    return t, ["RELIGION"]


@doc("outlook", "sbv-parkplatz")
def d14():
    sbv, emp, dau = person(), person("de", "m"), person(g="f")
    dau.last = emp.last
    emp_mail = private_mail(emp)
    t = f"""Betreff: WG: Parkplatz Tiefgarage
Von: {P(sbv.name)} <{E(work_mail(sbv))}>
An: {N("gebaeudemanagement@arnsberg.de")}
Cc: {P(emp.name)} <{E(emp_mail)}>

Hallo zusammen,

ich unterstütze den Antrag von Herrn {P(emp.last)} ausdrücklich. Ihm ist nach einer Unterschenkelamputation (Folge eines Diabetes) ein GdB von 70 mit Merkzeichen G zuerkannt; der Weg vom Parkplatz Jahnallee ist für ihn nicht zumutbar. Bitte weisen Sie ihm einen der beiden Behindertenstellplätze in der Tiefgarage zu.

Sein Fahrzeug hat das Kennzeichen {KFZ(plate("HSK"))}. An Tagen, an denen er nicht selbst fahren kann, bringt ihn seine Tochter {P(dau.name)} mit ihrem Wagen {KFZ(plate())}. Bitte beide Kennzeichen für die Schranke freischalten.

Gruß
{P(sbv.name)}
Vertrauensperson der schwerbehinderten Menschen
Tel. {T(work_phone())}

-----Original Message-----
From: {P(emp.name)} <{E(emp_mail)}>
Sent: Monday, October 6, 2025 7:03 AM
To: {P(sbv.name)}
Subject: Parkplatz

{sbv.geehrt} {P(sbv.last)},

seit der OP schaffe ich den Weg vom Parkplatz bis zum Eingang nur mit langen Pausen, im Winter gar nicht. Können Sie mir helfen, dass ich in der Tiefgarage parken darf? Meinen Schwerbehindertenausweis habe ich letzte Woche bekommen.

Meine Personalnummer ist {AZ(pn())}, ich bin im Fachdienst Steuern, 2. OG.

Mit freundlichen Grüßen
{P(emp.name)}
"""
    return t, ["HEALTH"]


@doc("word", "reisekostenabrechnung")
def d15():
    me, co, chair, hr = person(), person(), person(g="f"), person()
    vis = ids.credit_card(pick(["4", "51", "53", "55"]), 16)
    vis_s = pick([group(vis, 4), group(vis, 4, "-"), vis])
    t = f"""Reisekostenabrechnung nach dem LRKG NRW
Dienstreise-Nr.: {AZ(f"DR-2025-{rng.randint(1000, 1999)}")}

Name, Vorname: {P(me.rev)}
Personalnummer: {AZ(pn())}
Wohnung: {A(street())}, {A(city())}
Dienststelle: Personalrat der Stadtverwaltung Arnsberg

Zweck der Reise: Grundschulung für Personalratsmitglieder, Teil II (§ 42 Abs. 5 LPVG NRW)
Reiseziel: Bildungszentrum Hattingen
Beginn: 13.10.2025, 7:15 Uhr (Wohnung) – Ende: 15.10.2025, 18:40 Uhr (Wohnung)

Beförderungsmittel: privater Pkw (triftige Gründe: Anreise mit ÖPNV über 3 Std.)
Amtliches Kennzeichen: {KFZ(plate())}
Gefahrene Strecke: 2 × 118 km; Mitfahrer{"in" if co.g == "f" else ""}: {P(co.name)} (ebenfalls PR)

Übernachtung: 2 Nächte, 2 × 92,00 € inkl. Frühstück, bezahlt mit privater Kreditkarte {CC(vis_s)} (Beleg 3)
Tagegeld: wird nach § 7 LRKG gekürzt (Frühstück und Mittagessen gestellt)

Erstattung auf: IBAN {IBAN(iban_de())}, Kontoinhaber{"in" if me.g == "f" else ""}: {P(me.name)}

Die Angaben sind vollständig und richtig.        Unterschrift: ______________

Sachlich richtig: {P(chair.name)} (Vorsitz Personalrat)
Rechnerisch festgestellt: {P(hr.ini)}, Fachdienst Personal, 30.10.2025
"""
    return t, []


@doc("outlook", "einstellung-unterlagen")
def d16():
    me, hr = person("ua", "f"), person("de", "f")
    birthname = pick([x for x in ORIG["ua"][2] if x != me.last])
    b = birth(1984, 1996)
    t = f"""Betreff: Unterlagen zum Arbeitsbeginn am 01.11.2025 – {P(me.name)}

Guten Tag Frau {P(hr.last)},

wie gewünscht sende ich Ihnen vorab die Angaben für den Personalfragebogen. Die Originale bringe ich am ersten Arbeitstag mit.

– Geburtsdatum: {DOB(dfmt(b, "dot"))}, Geburtsname: {P(birthname)}
– Steuerliche Identifikationsnummer: {TID(tax_id())}
– Rentenversicherungsnummer: {SSN(ssn(b, birthname))}
– Krankenkasse: AOK NordWest, Versichertennummer {KV(ids.health_insurance())}
– Bankverbindung: {IBAN(iban_de(True))} (Sparkasse Arnsberg-Sundern)
– Reisepass Nr. {PASS(ids.passport(check_digit=chance(0.5)))} – mein Personalausweis ist abgelaufen, der neue ist beantragt.

Ab dem 15.10. wohne ich nicht mehr in Meschede, sondern:
{A(street())}
{A(city())}

Meine Anerkennung als Bauingenieurin (Ingenieurkammer-Bau NRW) lege ich ebenfalls bei. Falls noch etwas fehlt, erreichen Sie mich unter {T(mobile())}.

Mit freundlichen Grüßen
{P(me.name)}
"""
    return t, []


@doc("word", "rechnung-mediation")
def d17():
    med, hr = person("vp", "f"), person()
    team = [person() for _ in range(5)]
    st, ct = street(), city()
    t = f"""{P(med.name)}
Mediation · Supervision · Konfliktberatung
{A(st)} · {A(ct)}
Tel. {T(landline())} · Mobil {T(mobile())} · {E(f"kontakt@{slug(med.last)}-mediation.de")}
Steuernummer {TNR(ids.tax_number_nrw())} · USt-IdNr. {VAT(ids.vat_id())}

Stadt Arnsberg
Fachdienst Personal und Organisation
z. Hd. {hr.hfn} {P(hr.name)}
{RH1}
{RH2}

Rechnung Nr. 2025-047                                          Datum: 31.10.2025

Teammediation Allgemeiner Sozialer Dienst, Bezirk Hüsten – Ihr Auftrag vom 04.07.2025

Leistungszeitraum: 14.08. bis 25.09.2025
Teilnehmende: {", ".join(P(p.name) for p in team)}

Vorgespräche (5 × 1 Std. à 95,00 €)               475,00 €
Mediationssitzungen (4 × 3 Std. à 95,00 €)      1.140,00 €
Fahrtkosten (4 × 64 km à 0,30 €)                    76,80 €
Zwischensumme                                     1.691,80 €
zzgl. 19 % USt.                                     321,44 €
Rechnungsbetrag                                   2.013,24 €

Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf das Konto {IBAN(iban_de())} (GLS Bank).
Die Inhalte der Sitzungen sind vertraulich; die Abschlussvereinbarung haben {P(team[0].last)} und {P(team[3].last)} für das Team unterzeichnet.

{P(med.name)}, Dipl.-Sozialpädagogin, Mediatorin (BM)
"""
    return t, []


@doc("outlook", "pr-wahl-wahlvorschlag")
def d18():
    wv, rep = person(), person()
    jobs = ["Verwaltungsfachwirtin", "Erzieherin", "Straßenwärter", "Brandmeister", "Verwaltungsfachangestellter",
            "Sozialarbeiterin", "Bautechniker", "Verwaltungsfachangestellte"]
    fds = ["Finanzen", "Kita Bruchhausen", "Bauhof", "Feuerwehr", "Bürgerdienste", "Jugendamt", "Tiefbau", "Stadtkasse"]
    rows = []
    for i, j in enumerate(jobs):
        g = "f" if j.endswith("in") or j.endswith("angestellte") else "m"
        p = person(g=g, title_p=0.04)
        b = birth(1963, 2001)
        rows.append(f"{i + 1}. {P(p.last)}, {P(p.first)} – {DOB(dfmt(b, pick(['dot', 'short'])))} – {j}, {fds[i]}")
    t = f"""Betreff: Wahlvorschlag Gruppe der Arbeitnehmerinnen und Arbeitnehmer – Liste „komba gewerkschaft“

{wv.geehrt} {P(wv.last)},
sehr geehrte Mitglieder des Wahlvorstands,

anbei übersenden wir fristgerecht den Wahlvorschlag der komba gewerkschaft für die Personalratswahl 2026. Das unterschriebene Original mit 34 Stützunterschriften wird heute im Wahlbüro (Raum 0.12) abgegeben. Alle Bewerberinnen und Bewerber haben ihre Zustimmung schriftlich erklärt.

{chr(10).join(rows)}

Listenvertreter{"in" if rep.g == "f" else ""} ist {P(rep.name)}, erreichbar unter {T(work_phone())} oder {E(private_mail(rep))} (bitte in der Wahlzeit die private Adresse nutzen).

Mit kollegialen Grüßen
{P(rep.name)}
für die komba-Betriebsgruppe
"""
    return t, ["UNION"]


@doc("word", "teilzeit-uebersicht-csv")
def d19():
    reasons = ["TZ 30 h; Kinderbetreuung", "TZ 25 h; Pflege der an Demenz erkrankten Mutter", "Beurlaubung 12 Mon.; Elternzeit",
               "TZ 32 h; Kinderbetreuung", "TZ 20 h; eigene Erkrankung (MS), Empfehlung BEM",
               "TZ 35 h; Studium Verwaltungsbetriebswirt", "Beurlaubung 6 Mon.; Pflege Ehemann nach Schlaganfall",
               "TZ 30 h; Kinderbetreuung", "Rückkehr VZ; Ende Elternzeit", "TZ 28 h; ohne Angabe von Gründen"]
    genders = "fffmfffmff"
    status = ["genehmigt", "genehmigt", "genehmigt", "genehmigt", "offen", "genehmigt", "genehmigt",
              "abgelehnt – Widerspruch eingelegt", "genehmigt", "offen"]
    rows = []
    for r, g, stt in zip(reasons, genders, status):
        p = person(g=g)
        rows.append(f"{AZ(pn())};{P(p.last)};{P(p.first)};{r};{stt}")
    t = f"""teilzeit_2025-H2.csv (Gleichstellungsstelle, intern – nicht weitergeben)

{chr(10).join(rows)}

Auswertung: 10 Anträge, davon 8 von Frauen; 1 Ablehnung (dienstliche Gründe), 2 noch offen. Rückfragen an {N("gleichstellungsstelle@arnsberg.de")}.
"""
    return t, ["HEALTH"]


@doc("outlook", "elternzeit-rueckkehr")
def d20():
    me, wife, pr, hr = person(g="f"), person(g="f"), person(g="f"), person("de")
    kid = pick(["Mila", "Ida", "Juna", "Frieda", "Noa", "Lina"])
    b = (rng.randint(1, 28), rng.randint(1, 2), 2025)
    t = f"""Betreff: rückkehr aus der elternzeit

hey {P(pr.first)},

kurze info vorab: meine elternzeit endet am 31.1. und ich würd gern mit 25 std wieder einsteigen, am liebsten mo-do vormittags. meine frau {P(wife.name)} geht ab februar in elternzeit, wir wechseln uns ab weil sie im schichtdienst ist. die kleine ({P(kid)}, geb. {DOB(dfmt(b, 'nozero'))}) ist dann 1 jahr alt und hat ab august nen kitaplatz

weißt du ob ich den antrag an {hr.hf.lower()} {P(hr.last.lower())} schicke oder an die personalstelle allgemein? letztes mal ist mein antrag 3 wochen rumgelegen

wir sind umgezogen, neue adresse {A(street())} in {A(city())}, bitte auch an die bezügestelle weitergeben
neue handynr übrigens: {T(mobile())}
mail lieber an {E(private_mail(me))}

lg {P(me.first)}
"""
    return t, ["SEXUAL_ORIENTATION"]


@doc("word", "wiedereingliederungsplan")
def d21():
    emp, dr, bem = person(), person(g="f"), person()
    b = birth(1964, 1988)
    st, ct = street(), city()
    t = f"""Stufenweise Wiedereingliederung in das Erwerbsleben („Hamburger Modell“) – Wiedereingliederungsplan

Versicherte/r: {P(emp.name)}                 geb. {DOB(dfmt(b, "dot"))}
Krankenkasse: BARMER                             Versichertennummer: {KV(ids.health_insurance())}
Arbeitgeber: Stadt Arnsberg, {RH1}, {RH2}
Tätigkeit: Sachbearbeitung Elterngeld, Vollzeit 39 Std./Woche

Behandelnde Ärztin: Dr. med. {P(dr.name)}, Fachärztin für Psychiatrie und Psychotherapie
Praxis: {A(st)}, {A(ct)}, Tel. {T(landline())}

Diagnose (ICD-10): F33.1 Rezidivierende depressive Störung, gegenwärtig mittelgradige Episode

Woche | Zeitraum              | tägliche Arbeitszeit | Besonderheiten
1–2   | 13.10.–24.10.2025     | 3 Std.               | kein Publikumsverkehr
3–4   | 27.10.–07.11.2025     | 4 Std.               | kein Publikumsverkehr
5–6   | 10.11.–21.11.2025     | 6 Std.               | Telefon ja, Schalter nein
7     | 24.11.–28.11.2025     | 7,8 Std.             | volle Tätigkeit
Voraussichtlich arbeitsfähig ab: 01.12.2025

Einverstanden:
Beschäftigte/r: ______________ ({P(emp.last)})
Arbeitgeber: ______________ ({P(bem.name)}, BEM-Koordination)
"""
    return t, ["HEALTH"]


@doc("outlook", "ratsmandat-freistellung")
def d22():
    me, boss, col = person("it"), person("de", "m", title_p=0.3), person("de", "m")
    t = f"""Betreff: Freistellung für Ratsarbeit – Sitzungskalender 2026

Sehr geehrter Herr {P(boss.last)},

wie Sie vermutlich der Presse entnommen haben, bin ich bei der Kommunalwahl am 14. September 2025 über die Reserveliste von Bündnis 90/Die Grünen in den Rat der Stadt Sundern gewählt worden. Nach § 44 GO NRW habe ich Anspruch auf Freistellung für Rats- und Ausschusssitzungen. Den Sitzungskalender für 2026 hänge ich an; es geht um etwa zwei Nachmittage im Monat, dazu den Umweltausschuss.

Mir ist wichtig, dass mein Mandat im Team nicht zum Thema wird. Leider hat Kollege {P(col.name)} am Montag in der Kaffeeküche laut gefragt, ob „die grünen Spinner jetzt auch noch bei uns die Dienstwagen abschaffen“. Ich habe das dem Personalrat ({N("personalrat@arnsberg.de")}) gemeldet, möchte aber zuerst mit Ihnen sprechen.

Erreichbar bin ich unter {T(work_phone())}, privat unter {T(landline())}.

Mit freundlichen Grüßen
{P(me.name)}
Ordnungsamt, Pers.-Nr. {AZ(pn())}
privat: {A(street())} · {A(city())}
"""
    return t, ["POLITICS"]


@doc("word", "stellungnahme-biometrie")
def d23():
    chair = person()
    hit = [person() for _ in range(3)]
    obj = [person() for _ in range(4)]
    it = person("de")
    objrows = "\n".join(f"- {P(o.name)} (Pers.-Nr. {AZ(pn())})" for o in obj)
    t = f"""Personalrat der Stadtverwaltung Arnsberg
Stellungnahme zur Störung des Zeiterfassungsterminals im Bauhof (Fingerabdruckleser)

Am 22.09.2025 hat das Terminal am Eingang Werkstatt nach einem fehlerhaften Update die Minutien-Templates beider Zeigefinger von {P(hit[0].name)}, {P(hit[1].name)} und {P(hit[2].name)} unverschlüsselt in eine Protokolldatei geschrieben. Die Datei lag bis zum 29.09.2025 auf einem Netzlaufwerk, auf das auch der Hersteller per Fernwartung Zugriff hat. {P(it.name)} (IT-Sicherheit) hat die Datei inzwischen gelöscht; ob Kopien beim Hersteller existieren, ist ungeklärt.

Der Personalrat stellt fest:
1. Die Dienstvereinbarung Zeiterfassung (2019) lässt biometrische Verfahren nur mit schriftlicher Einwilligung zu. Die Einwilligungen der drei Betroffenen liegen vor, decken aber keine Protokollierung ab.
2. Die Meldung an die Datenschutzbeauftragte ist unverzüglich nachzuholen (Art. 33 DSGVO).
3. Bis zur Klärung ist das Fingerabdruckverfahren auszusetzen; alle Beschäftigten erhalten Transponder. Die Pflicht zur Arbeitszeiterfassung ({N("1 ABR 22/21")}) bleibt davon unberührt.

Folgende Beschäftigte hatten der biometrischen Erfassung bereits widersprochen und nutzen seit 2019 Transponder:
{objrows}

Arnsberg, 01.10.2025
{P(chair.name)}, Vorsitz
"""
    return t, ["BIOMETRIC"]


@doc("outlook", "sbv-gendiagnose")
def d24():
    me, sbv, prof, father = person(g="m"), person(g="f"), person("de", title_p=1.0), None
    prof.title = "Prof. Dr."
    b = birth(1978, 1990)
    t = f"""Betreff: vertraulich – Frage zur Gleichstellung

Sehr geehrte Frau {P(sbv.last)},

ich arbeite seit zwölf Jahren in der Stadtkasse und wende mich an Sie, weil ich nicht weiß, mit wem ich sonst sprechen soll. Mein Vater ist an Chorea Huntington erkrankt. Ich habe mich im Sommer testen lassen; die humangenetische Untersuchung an der Uniklinik hat im August bestätigt, dass ich die Genveränderung ebenfalls trage (44 CAG-Wiederholungen im HTT-Gen). Beschwerden habe ich bisher keine, außer dass ich seit dem Befund schlecht schlafe.

Meine Fragen: Kann ich schon jetzt einen Antrag auf Gleichstellung stellen, obwohl die Krankheit noch nicht ausgebrochen ist? Und muss meine Dienststelle davon erfahren? Die Beratung hat {prof.hf} {P(prof.full)} durchgeführt; ein Schreiben von dort kann ich Ihnen zeigen.

Zur Zuordnung: {P(me.name)}, geb. {DOB(dfmt(b, "long"))}, Pers.-Nr. {AZ(pn())}. Bitte rufen Sie mich nur privat an: {T(landline())}, oder schreiben Sie mir an meine Wohnanschrift {A(street())} in {A(city())}.

Danke und viele Grüße
{P(me.name)}
"""
    return t, ["HEALTH", "GENETIC"]


@doc("word", "pr-kontaktliste")
def d25():
    unions = ["ver.di", "komba", "ver.di", "ver.di", "komba", "ohne"]
    rows = []
    for u in unions:
        p = person(title_p=0.06)
        rows.append(f"{P(p.rev)} | {u} | {T(work_phone())} | {T(mobile())} | {A(street())}, {A(city())}")
    ers = []
    for u in ["ver.di", "komba", "ver.di"]:
        p = person()
        ers.append(f"{P(p.full)} ({u})\n{A(street())}\n{A(city())}\nmobil {T(mobile())}")
    t = f"""Personalrat Stadt Arnsberg – Erreichbarkeiten der Mitglieder
nur für den internen Gebrauch · Stand 10/2025 · Geschäftsstelle: {N("personalrat@arnsberg.de")}, {SWITCH}

Ordentliche Mitglieder
Name | Liste | dienstlich | mobil (privat) | Anschrift
{chr(10).join(rows)}

Ersatzmitglieder (Reihenfolge nach Stimmenzahl)

{chr(10).join(e + chr(10) for e in ers)}
Bitte Änderungen an die Geschäftsstelle melden. Private Nummern nur im Vertretungsfall nutzen.
"""
    return t, ["UNION"]


@doc("outlook", "bewerbung-azubi-frage")
def d26():
    me, dad = person("pt", "m"), person("pt", "m")
    while dad.first == me.first:
        dad.first = pick(ORIG["pt"][1])
    dad.last = me.last
    b = (rng.randint(1, 28), rng.randint(1, 9), 2006)
    num = ids.digits(8, True)
    pt_phone = pick([f"+351 9{num[:2]} {num[2:5]} {num[5:8]}", f"00351 9{num}"])
    st = street().lower()
    t = f"""Betreff: bewerbung ausbildung verwaltungsfachangestellter 2026 / frage formular

sehr geehrte damen und herren

mein name ist {P(me.name)}, ich bin 19 jahre alt (geboren {DOB(dfmt(b, 'dot'))}) und wohne seit 2023 mit meine familie in arnsberg, {A(st)}. in portugal hab ich 12. klasse gemacht und hier das B2 zertifikat

ich habe eine frage wegen der online bewerbung. das formular nimmt meine telefonnummer nicht ({T(pt_phone)}), weil ich noch portugiesische handy habe. ist das schlimm? deutsche nummer bekomme ich nächste monat

mein vater {P(dad.first)} hat auch eine email, bitte antwort auch an ihn schicken: {E(private_mail(dad))}

obrigado und mit freundliche grüße
{P(me.name)}
"""
    return t, []


@doc("word", "unfallanzeige")
def d27():
    emp, other, wit, da, clerk = person("hr", "m"), person(g="f"), person("de", "m"), person("de", title_p=1.0), person()
    b = birth(1968, 1995)
    t = f"""UNFALLANZEIGE – Unfallkasse Nordrhein-Westfalen
(Durchschrift für den Personalrat, § 72 Abs. 4 Nr. 7 LPVG NRW)

1  Unternehmen: Stadt Arnsberg, Bauhof – Anschrift lt. Stammblatt: {RH1}, {RH2}
2  Name, Vorname der versicherten Person: {P(emp.rev)}
3  Geburtsdatum: {DOB(dfmt(b, "dot"))}
4  Anschrift: {A(street())}
              {A(city())}
5  Geschlecht: männlich        6  Staatsangehörigkeit: deutsch/kroatisch
7  Krankenkasse: IKK classic, Versichertennummer {KV(ids.health_insurance())}
8  Personalnummer: {AZ(pn())}

9  Unfallzeitpunkt: 08.10.2025, 10:35 Uhr     Arbeitszeitbeginn: 6:30 Uhr
10 Unfallort: Wertstoffhof Hüsten, Einfahrt
11 Hergang: Beim Rückwärtsrangieren des Pritschenwagens {N("HSK-SA 4471")} wurde der Versicherte vom Außenspiegel eines einfahrenden Pkw (Halterin: {P(other.name)}, amtl. Kennzeichen {KFZ(plate())}) an der linken Schulter getroffen und stürzte auf die Bordsteinkante.
12 Verletzung: Prellung Schulter links, Platzwunde am Kopf, Verdacht auf Gehirnerschütterung
13 Erstbehandlung: {P(da.full)}, Durchgangsarzt, Klinikum Hochsauerland, Standort Karolinen-Hospital
14 Zeuge: {P(wit.name)}, Kollege, Tel. {T(mobile())}
15 Arbeit eingestellt: ja, sofort        Wiederaufnahme: voraussichtlich 27.10.2025

Ausgefüllt: {P(clerk.name)}, Fachdienst Personal, Tel. {T(work_phone())}
"""
    return t, ["HEALTH"]


@doc("outlook", "mobbing-weiterleitung")
def d28():
    pr, fd, kita, azubi, col = person(g="f"), person("de", "m"), person("dd", "f"), person(g="f"), person("de", "f")
    t = f"""Betreff: WG: AW: Situation in der Kita Sonnenschein (Auszubildende)

{pr.lieb} {P(pr.first)},

wie heute morgen am Telefon besprochen, hier die Mailkette zur Kenntnis. Die Auszubildende möchte ausdrücklich, dass der Personalrat beim Klärungsgespräch dabei ist. Termin wäre Do, 16.10., 14 Uhr.

Grüße
{P(fd.first)}

Von: {P(kita.rev)} <{E(work_mail(kita))}>
Gesendet: Mittwoch, 8. Oktober 2025 16:20
An: {P(fd.rev)} <{E(work_mail(fd))}>
Betreff: AW: Situation in der Kita Sonnenschein (Auszubildende)

Hallo {P(fd.first)},

ich habe mit Frau {P(col.last)} gesprochen. Sie sieht kein Fehlverhalten und sagt, {P(azubi.first)} sei „zu empfindlich“ und müsse lernen, Kritik anzunehmen. Ich sehe das anders: Es gibt seit Wochen keine Pausenablösung für {P(azubi.first)}, Dienstpläne werden ihr nicht mitgeteilt und im Team-Chat wird über sie gelästert. Ich leite dir ihre Mail weiter.

{P(kita.ini)}
Kita-Leitung

> Von: {P(azubi.name)} <{E(private_mail(azubi))}>
> Gesendet: Montag, 6. Oktober 2025 22:58
> An: {P(kita.name)}
> Betreff: ich kann nicht mehr
>
> hallo frau {P(kita.last)}, ich weiß nicht mehr weiter. {P(col.first)} {P(col.last)} redet seit Wochen nicht mit mir außer um mich vor den Eltern bloßzustellen. heute hat sie gesagt ich soll mir überlegen ob ich hier richtig bin. ich hab am wochenende nur geweint. meine mama sagt ich soll mich krankschreiben lassen aber ich will die ausbildung nicht abbrechen.
> bitte nicht frau {P(col.last)} sagen dass ich ihnen geschrieben hab
> {P(azubi.first)}
"""
    return t, []


@doc("word", "vorlage-personelle-massnahmen")
def d29():
    items = []
    kinds = [("Einstellung", "Sachbearbeitung Elterngeld, EG 8, unbefristet", "vn", "f"),
             ("Einstellung", "Erzieher, Kita Moosfelde, EG S8a, befristet (Elternzeitvertretung)", "er", "m"),
             ("Höhergruppierung", "EG 10 → EG 11, Fachdienst Stadtplanung", None, None),
             ("Versetzung", "von der Stadtkasse in den Fachdienst Steuern zum 01.12.2025", None, None),
             ("Weiterbeschäftigung über die Regelaltersgrenze", "bis 31.07.2026 (Wunsch der Beschäftigten)", "de", "f"),
             ("Abordnung", "an den Hochsauerlandkreis, 6 Monate, Aufgabe: Ausländerbehörde", None, None),
             ("Einstellung", "Straßenwärter, Bauhof, EG 5", "fa", "m"),
             ("Verlängerung Befristung", "bis 31.12.2026, Projekt Digitalisierung Bauakten", None, None)]
    for i, (k, d, o, g) in enumerate(kinds):
        p = person(o, g)
        b = birth(1958 if k.startswith("Weiter") else 1970, 1960 if k.startswith("Weiter") else 2003)
        nm = p.rev if chance(0.5) else p.name
        if o == "vn":
            nm = f"{p.last} {p.first}"
        who = f"{P(nm)} (*{DOB(dfmt(b, pick(['dot', 'short'])))})"
        if k != "Einstellung":
            who += f", Pers.-Nr. {AZ(pn())}"
        else:
            who += f", wohnhaft {A(street())}, {A(city())}"
        items.append(f"{i + 1}) {k}: {who} – {d}")
    ref, chair = person(), person()
    t = f"""Vorlage für die Sitzung des Personalrats am 05.11.2025
TOP 2 – Personelle Maßnahmen (Mitbestimmung nach § 72 Abs. 1 LPVG NRW)

{chr(10).join(items)}

Zu 3) Die Stellenbewertung liegt bei; die Gleichstellungsbeauftragte hat keine Bedenken.
Zu 6) Die Abordnung erfolgt auf eigenen Wunsch; Rücksprache mit {P(ref.name)} (Personalentwicklung) ist erfolgt.

Verteiler: Mitglieder des Personalrats, SBV, JAV (nur zu 1, 2 und 7)
Vorsitz: {P(chair.ini)}
"""
    return t, []


@doc("outlook", "pr-sprechstunde-eingruppierung")
def d30():
    me, pr, col = person("hr", "f"), person(), person("hr", "f")
    b = birth(1966, 1976)
    hr_iban = ids.iban("HR", 17)
    t = f"""Betreff: frage eingruppierung und lohnzettel

guten tag {pr.hf.lower()} {P(pr.last)}

ich bin {P(me.name)} von reinigung grundschule moosfelde, pers nr {AZ(pn())}. ich habe zwei fragen und meine deutsch ist nicht so gut, entschuldigung

1. meine kollegin {P(col.first)} macht gleiche arbeit wie ich aber bekommt EG 2 stufe 4 und ich nur stufe 3. ich bin länger da (seit 2014). ist das richtig?

2. rentenversicherung hat brief geschickt, meine nummer {SSN(ssn(b, me.last, "raw"))} ist nicht gleich wie auf lohnzettel. und auf lohnzettel steht noch altes konto {IBAN(group(hr_iban, 4))} aus kroatien, aber mein gehalt kommt doch schon lange auf {IBAN(iban_de(False))}. wer macht das richtig?

und die steuer id auf lohnzettel ist {TID(tax_id())}, ist das meine? ich finde brief von finanzamt nicht mehr. ich wohne jetzt {A(street())}, vielleicht ist brief zu alte adresse gegangen

ich kann nur nach 13 uhr telefonieren {T(mobile())}

danke
{P(me.first)}
"""
    return t, []


def main():
    lines = []
    for i, (channel, template, fn) in enumerate(DOCS):
        DOC_LAST.clear()
        text, flags = fn()
        obj = build(f"F136-{i + 1:03d}", channel, template, text, flags)
        lines.append(json.dumps(obj, ensure_ascii=False))
    assert len(lines) == 30, len(lines)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
