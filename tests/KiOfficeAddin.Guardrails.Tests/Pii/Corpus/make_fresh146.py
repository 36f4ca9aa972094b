"""Blind test batch 146: a Schleswig-Holstein district's building authority for rural areas (Kreis Nordfriesland,
Fachdienst Bauen): farmers' and holiday-home owners' applications, neighbours' objections, architects' letters,
land-registry extracts, Danish and Dutch owners, site inspection notes. All persons and numbers are invented.

Deterministic: every random choice comes from Identifiers(14646).rng."""
import json
import os
import sys
import datetime

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from identifiers import Identifiers, group, icao_check, luhn_check, mod11_10_check  # noqa: E402
from marks import build  # noqa: E402

ids = Identifiers(14646)
rng = ids.rng
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh146.jsonl")


# ----------------------------------------------------------------------------------------------- marks
def mk(code):
    return lambda s: f"[[{code}|{s}]]"


P, A, E, T, IB, TID, TNR, VAT = mk("P"), mk("A"), mk("E"), mk("T"), mk("IBAN"), mk("TID"), mk("TNR"), mk("VAT")
IDC, PASS, SSN, KV, DOB, KFZ, AZ, CC, N = (mk("IDC"), mk("PASS"), mk("SSN"), mk("KV"), mk("DOB"), mk("KFZ"),
                                          mk("AZ"), mk("CC"), mk("N"))

# ----------------------------------------------------------------------------------------------- pools
NF_M = ["Broder", "Knud", "Hauke", "Sönke", "Ocke", "Arfst", "Boy", "Jens", "Hark", "Tade", "Momme", "Thede",
        "Uwe", "Hinrich", "Claus", "Jan-Hinrich", "Nis", "Ketel", "Lorenz", "Hans-Jürgen", "Dirk", "Frerk",
        "Kai-Uwe", "Peer", "Henning", "Malte", "Arne", "Björn", "Ole", "Torsten", "Finn", "Detlef"]
NF_F = ["Wiebke", "Frauke", "Inken", "Keike", "Telse", "Göntje", "Ose", "Antje", "Maren", "Silke", "Hilke",
        "Anke", "Imke", "Tomke", "Heike", "Birte", "Gesa", "Kerrin", "Elke", "Merle", "Svenja", "Katrin",
        "Nadine", "Jana", "Lea", "Dörte", "Marret", "Ingke"]
NF_L = ["Petersen", "Jensen", "Hansen", "Carstensen", "Thomsen", "Nissen", "Paulsen", "Ketelsen", "Momsen",
        "Boysen", "Lorenzen", "Andresen", "Christiansen", "Jacobsen", "Feddersen", "Bahnsen", "Hinrichsen",
        "Sönnichsen", "Clausen", "Brodersen", "Ingwersen", "Nommensen", "Asmussen", "Johannsen", "Martensen",
        "Jessen", "Knudsen", "Rickertsen", "Matthiesen", "Dethlefsen", "Tadsen", "Volquardsen", "Godbersen",
        "Lassen", "Ebsen", "Schlüter", "Wulff", "Kröger", "Hamann", "Stüben", "Timm", "Rohwer", "Lüth", "Kock",
        "Ehlers", "Harms", "Möller", "Hadenfeldt", "Sievers", "Rathjen", "Oltmanns", "Hansen-Holm",
        "Nissen-Lorenzen", "Claußen", "Bruhn", "Hennings"]
DK_M = ["Søren", "Rasmus", "Anders", "Jørgen", "Mads", "Niels", "Bjørn", "Kasper", "Frederik", "Jesper"]
DK_F = ["Mette", "Birgitte", "Kirsten", "Lærke", "Ditte", "Signe", "Karen", "Åse", "Mathilde", "Pernille"]
DK_L = ["Kjærgaard", "Østergaard", "Højgaard", "Nørgaard", "Skovgaard", "Bæk", "Dalsgaard", "Kristensen",
        "Lund", "Vestergaard", "Sørensen", "Frandsen", "Juhl", "Dam-Hansen", "Bjerregaard"]
NL_M = ["Jan-Willem", "Sander", "Joost", "Pieter", "Maarten", "Bram", "Wouter", "Daan", "Gerrit", "Ruud"]
NL_F = ["Femke", "Marijke", "Annelies", "Sanne", "Lieke", "Ineke", "Anouk", "Wilma", "Esther", "Mirjam"]
NL_L = ["van der Heijden", "de Vries", "van Dijk", "Bakker", "ter Horst", "van 't Hof", "de Graaf", "Visser",
        "van den Berg", "Mulder", "de Jong", "Smit", "van Leeuwen", "Jansen-Kok", "Hoekstra", "van Wijk"]
OTHER = [("Krzysztof", "Wiśniewski", "m"), ("Paweł", "Zieliński", "m"), ("Agnieszka", "Wójcik", "f"),
         ("Tomasz", "Kamiński", "m"), ("Oleksandr", "Hnatiuk", "m"), ("Iryna", "Melnyk", "f"),
         ("Serkan", "Aydın", "m"), ("Elif", "Çelik", "f"), ("Nour", "Al-Khatib", "f"), ("Rami", "Haddad", "m"),
         ("Ionuț", "Popescu", "m"), ("Andreea", "Dumitrescu", "f"), ("João", "Ferreira", "m"),
         ("Dragan", "Petrović", "m"), ("Ayşe", "Korkmaz", "f"), ("Lina", "Nguyen", "f")]
CITY_M = ["Matthias", "Christoph", "Sebastian", "Florian", "Alexander", "Tobias", "Philipp", "Benedikt"]
CITY_F = ["Stefanie", "Julia", "Kathrin", "Annika", "Charlotte", "Friederike", "Isabel", "Verena"]
CITY_L = ["Brauer-Lindqvist", "von Rantzow", "Weidemann", "Oberländer", "Kaltenbach", "Freiherr von Alvensleben",
          "Schmidt-Ohlsen", "Dr. Reimers", "Behrendt", "Zimmermann", "Lohmeyer", "von der Wettering",
          "Baumgärtner", "Hesselbarth", "Kühl"]

NF_TOWNS = [("25813", "Husum", "04841"), ("25899", "Niebüll", "04661"), ("25821", "Bredstedt", "04671"),
            ("25840", "Friedrichstadt", "04881"), ("25832", "Tönning", "04861"), ("25836", "Garding", "04862"),
            ("25826", "St. Peter-Ording", "04863"), ("25980", "Sylt", "04651"), ("25938", "Wyk auf Föhr", "04681"),
            ("25917", "Leck", "04662"), ("25842", "Langenhorn", "04672"), ("25845", "Nordstrand", "04842"),
            ("25887", "Winnert", "04845"), ("25870", "Oldenswort", "04864"), ("25852", "Bordelum", "04671"),
            ("25923", "Süderlügum", "04663"), ("25882", "Tetenbüll", "04862"), ("25889", "Witzwort", "04864"),
            ("25853", "Drelsdorf", "04673"), ("25924", "Emmelsbüll-Horsbüll", "04665"),
            ("25881", "Tating", "04862"), ("25864", "Löwenstedt", "04843"), ("25992", "List auf Sylt", "04651"),
            ("25869", "Gröde", "04674"), ("25927", "Aventoft", "04664")]
DE_CITIES = [("20249", "Hamburg", "040"), ("24105", "Kiel", "0431"), ("30159", "Hannover", "0511"),
             ("50667", "Köln", "0221"), ("10437", "Berlin", "030"), ("22926", "Ahrensburg", "04102"),
             ("24937", "Flensburg", "0461"), ("25746", "Heide", "0481"), ("40477", "Düsseldorf", "0211")]
CITY_CODE = {"Hamburg": "HH", "Kiel": "KI", "Hannover": "H", "Köln": "K", "Berlin": "B", "Ahrensburg": "OD",
             "Flensburg": "FL", "Heide": "HEI", "Düsseldorf": "D"}
DK_TOWNS = [("6270", "Tønder"), ("6200", "Aabenraa"), ("6760", "Ribe"), ("8000", "Aarhus C"),
            ("2100", "København Ø"), ("6400", "Sønderborg"), ("6780", "Skærbæk"), ("6240", "Løgumkloster")]
NL_TOWNS = ["Amsterdam", "Utrecht", "Groningen", "Enschede", "Den Haag", "Leeuwarden", "Zwolle", "Haarlem"]
RURAL_STREETS = ["Dorfstraße", "Osterweg", "Westerweg", "Norderstraße", "Süderstraße", "Koogstraße",
                 "Deichstraße", "Am Deich", "Mühlenweg", "Kirchenwarft", "Alter Kirchweg", "Marschweg", "Geestweg",
                 "Achter de Karken", "Bi de Möhl", "Op de Warft", "Am Sielzug", "Strandweg", "Dünenweg",
                 "Lüttenweg", "Osterdeich", "Westerkoog", "Herrenkoogstraße", "Hafenstraße", "Wattweg",
                 "Lange Reihe", "Norderdeich", "Süderkoog", "Friedrich-Paulsen-Straße", "Hauke-Haien-Weg",
                 "Bauernvogtweg", "Heverstraße", "Op'n Diek", "Sandwehle", "Holmer Landstraße"]
CITY_STREETS = ["Eppendorfer Weg", "Holtenauer Straße", "Lister Meile", "Rothenbaumchaussee", "Kastanienallee",
                "Mühlenkamp", "Blücherstraße", "Elbchaussee", "Klosterstraße", "Schauenburgerstraße"]
DK_STREETS = ["Søndergade", "Vestergade", "Storegade", "Nørregade", "Skovvej", "Mølleparken", "Kirkevej",
              "Strandvejen", "Ribelandevej", "Åbogade"]
NL_STREETS = ["Prinsengracht", "Oudegracht", "Herestraat", "Kerkstraat", "Dorpsstraat", "Molenweg",
              "Zuiderdiep", "Nieuwe Binnenweg", "Van Eeghenstraat", "Hoogstraat"]
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
TRANS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ø": "oe",
                       "Ø": "Oe", "æ": "ae", "Æ": "Ae", "å": "aa", "Å": "Aa", "ı": "i", "ş": "s", "ç": "c",
                       "Ç": "C", "ğ": "g", "ś": "s", "ń": "n", "ł": "l", "ó": "o", "ț": "t", "ã": "a", "ć": "c",
                       "'": "", " ": "", "-": "", "é": "e"})


def ch(seq):
    return rng.choice(seq)


def dig(n, first_nonzero=False):
    return ids.digits(n, first_nonzero)


_used_names = set()
_staff_last = set()


class Person:
    def __init__(self, first, last, sex, title=""):
        self.first, self.last, self.sex, self.title = first, last, sex, title

    @property
    def full(self):
        return f"{self.title + ' ' if self.title else ''}{self.first} {self.last}"

    @property
    def plain(self):
        return f"{self.first} {self.last}"

    @property
    def herr(self):
        return "Herr" if self.sex == "m" else "Frau"

    @property
    def herrn(self):
        return "Herrn" if self.sex == "m" else "Frau"

    @property
    def geehrt(self):
        return "Sehr geehrter Herr" if self.sex == "m" else "Sehr geehrte Frau"

    @property
    def init(self):
        return f"{self.first[0]}. {self.last}"

    @property
    def sal_last(self):
        # surname as used in a salutation ("Herr van der Heijden", "Frau Dr. Lassen" -> title kept outside)
        return self.last


def person(kind="nf", sex=None, title="", last=None):
    for _ in range(200):
        s = sex or ch("mf")
        if kind == "nf":
            first, lname = ch(NF_M if s == "m" else NF_F), ch(NF_L)
        elif kind == "dk":
            first, lname = ch(DK_M if s == "m" else DK_F), ch(DK_L)
        elif kind == "nl":
            first, lname = ch(NL_M if s == "m" else NL_F), ch(NL_L)
        elif kind == "city":
            first, lname = ch(CITY_M if s == "m" else CITY_F), ch(CITY_L)
            if lname.startswith("Dr. "):
                title, lname = "Dr.", lname[4:]
            if lname.startswith("Freiherr "):
                lname = lname if s == "m" else "Freifrau " + lname[len("Freiherr "):]
        else:
            first, lname, s = ch(OTHER)
        if last:
            lname = last
        elif lname in _staff_last:
            continue
        if (first, lname) not in _used_names:
            _used_names.add((first, lname))
            return Person(first, lname, s, title)
    raise RuntimeError("name pool exhausted")


def house():
    r = rng.random()
    n = str(rng.randint(1, 68))
    if r < 0.15:
        return n + ch("abc")
    if r < 0.22:
        return n + " " + ch("ab")
    if r < 0.28:
        m = int(n)
        return f"{m}-{m + 2}"
    return n


def street(pool=None):
    return f"{ch(pool or RURAL_STREETS)} {house()}"


def nf_town():
    return ch(NF_TOWNS)


def plz_city(t):
    return f"{t[0]} {t[1]}"


def dk_addr():
    t = ch(DK_TOWNS)
    return f"{ch(DK_STREETS)} {rng.randint(1, 90)}", t, f"DK-{t[0]} {t[1]}"


def nl_addr():
    pc = f"{rng.randint(1011, 9999)} {ch('BCDEFGHJKLMNPRSTVWXZ')}{ch('ABCDEGHJKLMNPRSTVWXZ')}"
    return f"{ch(NL_STREETS)} {house()}", f"{pc} {ch(NL_TOWNS)}"


def date(y0, y1):
    return datetime.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def fd(d, style="dmy4"):
    if style == "dmy4":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dmy2":
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
    if style == "short":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    raise ValueError(style)


def land(prefix, style=None):
    num = dig(rng.randint(5, 6), True)
    style = style or ch(["space", "slash", "paren", "intl", "dash", "grouped"])
    if style == "space":
        return f"{prefix} {num}"
    if style == "slash":
        return f"{prefix}/{num}"
    if style == "paren":
        return f"({prefix}) {num}"
    if style == "intl":
        return f"+49 {prefix[1:]} {num}"
    if style == "dash":
        return f"{prefix}-{num}"
    num = num if len(num) % 2 == 0 else num + ch("0123456789")
    return f"{prefix} " + " ".join(num[i:i + 2] for i in range(0, len(num), 2))


def mobile(style=None):
    pre = ch(["0151", "0152", "0160", "0162", "0170", "0171", "0172", "0173", "0175", "0176", "0157"])
    num = dig(rng.choice([7, 8]), True)
    style = style or ch(["plain", "dash", "intl", "intl0", "compact", "slash"])
    if style == "plain":
        return f"{pre} {num}"
    if style == "dash":
        return f"{pre}-{num[:3]} {num[3:]}"
    if style == "intl":
        return f"+49 {pre[1:]} {num}"
    if style == "intl0":
        return f"+49 (0){pre[1:]} {num}"
    if style == "compact":
        return f"+49{pre[1:]}{num}"
    return f"{pre}/{num}"


def dk_phone():
    n = dig(8, True)
    return ch([f"+45 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"+45 {n[:4]} {n[4:]}", f"0045 {n}"])


def nl_phone(mob=True):
    if mob:
        n = dig(8)
        return ch([f"+31 6 {n[:4]} {n[4:]}", f"06-{n}", f"+31 (0)6 {n}"])
    n = dig(7)
    return ch([f"+31 20 {n[:3]} {n[3:]}", f"+31 (0)30 {n}", f"0031 50 {n}"])


def mail_of(p, dom=None, style=None):
    f, l_ = p.first.translate(TRANS).lower(), p.last.translate(TRANS).lower()
    l_ = l_.replace("freiherrvon", "").replace("freifrauvon", "")
    dom = dom or ch(["web.de", "gmx.de", "t-online.de", "posteo.de", "freenet.de", "gmail.com", "outlook.de"])
    style = style or ch(["dot", "init", "under", "num", "rev"])
    if style == "dot":
        return f"{f}.{l_}@{dom}"
    if style == "init":
        return f"{f[0]}.{l_}@{dom}"
    if style == "under":
        return f"{f}_{l_}@{dom}"
    if style == "num":
        return f"{f}{l_}{rng.randint(50, 99)}@{dom}"
    return f"{l_}.{f}@{dom}"


def plate_nf(code=None, e=False):
    code = code or ch(["NF", "NF", "NF", "SL", "FL", "HEI", "RD", "IZ", "PI", "HH", "H", "B", "K", "SE"])
    letters = "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice([1, 2])))
    num = str(rng.randint(1, 9999))
    sep = ch(["-", " ", "-"])
    suffix = "E" if e else ""
    return f"{code}{sep}{letters} {num}{suffix}"


def plate_dk():
    return f"{ch('ABCDEFHJKLMNPRSTUVXYZ')}{ch('ABCDEFHJKLMNPRSTUVXYZ')} {dig(2, True)} {dig(3)}"


def plate_nl():
    c = "BDFGHJKLNPRSTVXZ"
    return f"{ch(c)}{ch(c)}-{dig(3, True)}-{ch(c)}"


def az_ba(year=25):
    return ch([f"BA/{dig(4)}/{year}", f"63.2-BA {2000 + year}-{dig(4)}", f"441.21/{dig(4)}-{year}",
               f"BAG-{dig(3)}/{2000 + year}"])


def kassenzeichen():
    return f"{rng.randint(3, 9)}.{dig(2)}.{dig(6)}"


# foreign identifiers, computed by their published algorithms from rng
def mod97(country, bban):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def iban_nl():
    bank = ch(["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB"])
    return mod97("NL", bank + dig(10))


def vat_dk():
    while True:
        body = dig(7, True)
        s = sum(int(c) * w for c, w in zip(body, (2, 7, 6, 5, 4, 3, 2)))
        c = (-s) % 11
        if c < 10:
            return "DK" + body + str(c)


def vat_nl():
    while True:
        body = dig(8, True)
        c = sum(int(x) * w for x, w in zip(body, range(9, 1, -1))) % 11
        if c < 10:
            return f"NL{body}{c}B{rng.choice(['01', '01', '02'])}"


def polish_id():
    letters = "".join(ch("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(3))
    rest = dig(5)
    vals = [int(c, 36) for c in letters] + [0] + [int(c) for c in rest]
    w = (7, 3, 1, 9, 7, 3, 1, 7, 3)
    s = sum(v * wt for v, wt, i in zip(vals, w, range(9)) if i != 3)
    return f"{letters}{s % 10}{rest}"


def ua_passport():
    return f"{ch(['FA', 'FE', 'FX', 'EK', 'ET'])}{dig(6)}"


def nl_passport():
    al = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
    mid = "".join(ch(al + "0123456789") for _ in range(6))
    return f"{ch(al)}{ch(al)}{mid}{rng.randint(0, 9)}"


def tax_number_sh():
    return f"{ch(['15', '18', '20', '21', '29'])} {dig(3)} {dig(5)}"


def tax_number_sh_federal():
    return "21" + ch(["15", "18", "20", "29"]) + "0" + dig(3) + dig(5)


def ssn_of(dob, birth_last, spaced=None):
    v = ids.social_security(f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}",
                            birth_last.translate(TRANS)[0].upper())
    spaced = rng.random() < 0.5 if spaced is None else spaced
    return f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}" if spaced else v


def grp4(v):
    return group(v, 4)


# ------------------------------------------------------------------------------------ the office (public)
OFFICE_HEAD = "Kreis Nordfriesland · Der Landrat · Fachdienst Bauen und Planen"
OFF_STREET, OFF_CITY = "Marktstraße 6", "25813 Husum"
SWITCH = "04841 67-0"
OFF_MAIL = "bauaufsicht@nordfriesland.de"
OFF_IBAN = mod97("DE", "21750000" + dig(10))


def staff_member(title=""):
    p = person("nf", title=title)
    _staff_last.add(p.last)
    p.ext = f"04841 67-{rng.randint(200, 589)}"
    p.mail = f"{p.first.translate(TRANS).lower()[0]}.{p.last.translate(TRANS).lower()}@nordfriesland.de"
    return p


S1 = staff_member()               # Sachbearbeiterin / Sachbearbeiter Bauaufsicht
S2 = staff_member()               # Bautechniker
S3 = staff_member("Dipl.-Ing.")   # Fachdienstleitung
S4 = staff_member()               # Verwaltung / Gebühren
S5 = staff_member("Dr.")          # Untere Naturschutzbehörde

DOCS = []


def doc(channel, template):
    def deco(fn):
        DOCS.append((channel, template, fn))
        return fn
    return deco


def sig_staff(s, with_title=True):
    return P(s.full if with_title else s.plain)


# ================================================================================================= documents
@doc("outlook", "stall-privilegierung")
def d01():
    far = person("nf", "m")
    son = person("nf", "m", last=far.last)
    arch = person("nf", title="Dipl.-Ing. (FH)")
    t = ch([x for x in NF_TOWNS if x[1] in ("Oldenswort", "Witzwort", "Tetenbüll", "Winnert", "Löwenstedt")])
    hof = street(["Osterkoog", "Süderkoog", "Westerkoog", "Bauernvogtweg", "Heverstraße"])
    az = az_ba()
    sdob = date(1996, 2003)
    return [], f"""Betreff: Neubau Boxenlaufstall Hofstelle {A(hof)} – Ihr Az. {AZ(az)}

Moin {S1.herr} {P(S1.last)},

wie heute Vormittag am Telefon besprochen schicke ich Ihnen vorab die Betriebsbeschreibung und den Flächennachweis als PDF, die Papierfassung geht morgen mit der Post raus.

Kurz zum Hintergrund: Wir bewirtschaften den Betrieb in dritter Generation, zurzeit 165 Milchkühe plus Nachzucht auf 212 ha, davon 140 ha Eigentum. Der alte Anbindestall von 1968 ist nicht mehr tiergerecht und soll nach Fertigstellung des Neubaus nur noch als Lager genutzt werden. Mein Sohn {P(son.plain)} (geb. {DOB(fd(sdob, 'dmy4'))}) hat im Frühjahr seinen Agrarbetriebswirt gemacht und tritt zum 1. Juli als Gesellschafter in die GbR ein, er soll den Hof später ganz übernehmen. Die Landwirtschaftskammer hat die Privilegierung nach § 35 Abs. 1 Nr. 1 BauGB schon mit Stellungnahme vom 14.03. bestätigt (dortiges Zeichen {AZ('LK-NF ' + dig(4) + '/2025')}).

Die Pläne hat {P(arch.full)} aus {t[1]} gezeichnet, {'er' if arch.sex == 'm' else 'sie'} ist bauvorlageberechtigt und meldet sich wegen der Statik direkt bei Ihnen, {E(mail_of(arch, 'ing-' + arch.last.translate(TRANS).lower() + '.de', 'init'))}.

Falls Sie für den Ortstermin einen Tag brauchen: dienstags und donnerstags bin ich nach dem Melken ab 9 Uhr auf dem Hof, ansonsten bitte über Handy.

Mit freundlichen Grüßen

{P(far.plain)}
Milchhof Osterkoog GbR
{A(hof)}
{A(plz_city(t))}
Tel. {T(land(t[2], 'slash'))}
Handy {T(mobile('plain'))}
{E(mail_of(far, 'milchhof-osterkoog.de', 'dot'))}"""


@doc("word", "eingangsbestaetigung-nl")
def d02():
    man = person("nl", "m", title="Ir.")
    wife = person("nl", "f")
    wife.last = f"{man.last}-{ch(['Visser', 'Hoekstra', 'Mulder', 'Smit'])}"
    co = person("nl", "f")
    st, pc = nl_addr()
    arch = person("nf", "m", title="Dipl.-Ing.")
    t = nf_town()
    prop = street()
    az = az_ba()
    kz = kassenzeichen()
    return [], f"""{OFFICE_HEAD}
{N(OFF_STREET)} · {N(OFF_CITY)}

Herrn {P(man.full)}
und Frau {P(wife.plain)}
{A(st)}
{A(pc)}
NIEDERLANDE

Unser Zeichen: {AZ(az)}
Kassenzeichen: {AZ(kz)}
Bearbeitung: {P(S1.plain)}, Zimmer 2.14
Durchwahl: {T(S1.ext)}
E-Mail: {E(S1.mail)}
Husum, 04.06.2025

Eingangsbestätigung und Nachforderung von Unterlagen
Bauantrag: Umnutzung einer landwirtschaftlichen Scheune zu zwei Ferienwohnungen
Grundstück: {A(prop)}, {A(plz_city(t))}, Gemarkung {t[1]}, Flur 4, Flurstück 27/3

Sehr geehrte Frau {P(wife.last[0].upper() + wife.last[1:])}, sehr geehrter Herr {P(man.last[0].upper() + man.last[1:])},

Ihr Bauantrag ist am 22.05.2025 bei der unteren Bauaufsichtsbehörde eingegangen. Bei der Vollständigkeitsprüfung nach § 69 LBO hat sich ergeben, dass noch folgende Unterlagen fehlen:

1. der Nachweis der Bauvorlageberechtigung Ihres Entwurfsverfassers, {P(arch.full)}; die Eintragung in die Liste der Architektenkammer Schleswig-Holstein genügt,
2. ein Stellplatznachweis für beide Ferienwohnungen mit Darstellung der Zufahrt,
3. die schriftliche Zustimmung der Miteigentümerin zu 1/3, Frau {P(co.plain)}, da sie den Antrag nicht mitunterzeichnet hat,
4. eine Betriebsbeschreibung zur Vermietung (Anzahl Betten, Zeitraum, Verwalterin oder Verwalter vor Ort).

Bitte reichen Sie die Unterlagen bis zum 15.07.2025 ein. Geht bis dahin nichts ein, gilt der Antrag nach § 69 Abs. 2 LBO als zurückgenommen; die Bearbeitungsgebühr würde dann nach dem Verwaltungsaufwand festgesetzt.

Da Sie Ihren Wohnsitz nicht in Deutschland haben, bitten wir Sie außerdem, eine empfangsberechtigte Person im Inland zu benennen.

Für Rückfragen erreichen Sie mich unter der oben genannten Durchwahl. Die Zentrale ist unter {N(SWITCH)} erreichbar, Unterlagen können Sie auch an {N(OFF_MAIL)} senden.

Mit freundlichen Grüßen
Im Auftrag

{P(S1.plain)}"""


@doc("outlook", "nachbareinwand-formlos")
def d03():
    me = person("nf", "f")
    hus = person("nf", "m", last=me.last)
    daughter = person("nf", "f", last=me.last)
    buyer = person("city", "m")
    t = ch([x for x in NF_TOWNS if x[1] in ("Tating", "Garding", "Tetenbüll", "St. Peter-Ording")])
    nb = f"{ch(['süderstr', 'dorfstr', 'osterweg', 'marschweg'])} {rng.randint(2, 40)}"
    own = f"{nb.split()[0]} {int(nb.split()[1]) + 2}"
    buyer_last = buyer.last.lower()
    return ["HEALTH"], f"""Betreff: einspruch ferienhaus nachbar

hallo

ich bin die nachbarin von dem grundstück {A(nb)} in {t[1].lower()}, wir wohnen direkt daneben in der {A(own)}. der neue eigentümer herr {P(buyer_last)} aus hamburg will da jetzt 4 ferienwohnungen reinbauen das hab ich von dem bauschild erfahren, mit uns hat keiner geredet.

das geht so nicht. da sollen 8 parkplätze hin direkt an unserer grenze und die terassen auch alle zu uns raus. ich hab seit jahren schweres asthma und muss bei grillrauch schon jetzt die fenster zu machen, mein lungenarzt hat gesagt ich soll rauch meiden. wenn da jedes wochenende neue leute grillen kann ich im sommer nicht mehr raus.

mein mann {P(hus.first.lower())} hat mit herrn {P(buyer_last)} schon geredet aber der meint das ist alles genehmigt?? stimmt das? wir wollen akteneinsicht. unsere tochter {P(daughter.plain)} wohnt mit im haus und kann auch tagsüber ans telefon, die nummer ist {T(mobile('plain'))}

bitte melden sie sich

gruß
{P(me.init.lower())}"""


@doc("word", "grundbuch-ocr")
def d04():
    t = ch([x for x in NF_TOWNS if x[1] in ("Witzwort", "Oldenswort", "Drelsdorf", "Bordelum", "Winnert")])
    h = person("nf", "m")
    w = person("nf", "f", last=h.last)
    w_birth = ch([x for x in NF_L if x != h.last])
    heirs = [person("nf", last=h.last), person("nf", last=h.last), person("nf")]
    old = person("nf", "f", last=h.last)
    old_birth = ch(NF_L)
    d_h, d_w = date(1952, 1966), date(1954, 1968)
    d_heirs = [date(1978, 1992) for _ in heirs]
    d_old = date(1929, 1938)
    dw = fd(d_w)
    dw_ocr = dw[:1] + "O" + dw[2:] if dw[1] == "0" else dw.replace(".", ",", 1)
    prop = street(["Norderdeich", "Süderkoog", "Osterdeich", "Bauernvogtweg"])
    blatt = f"Blatt {dig(4)}"
    he_t = ch(DE_CITIES)
    return [], f"""Amtsgericht Husum                 Grundbuch von {t[1]}          {N(blatt)}
                                  Bestandsverzeichnis
Lfd.  Bisherige    Gemarkung  Flur  Flurstück   Wirtschaftsart und Lage                    Größe
Nr.   lfd. Nr.                                                                              ha  a  m²
1     -            {t[1]}     3     44/1        Hof- und Gebäudefläche, {A(prop)}        1  12  40
2     -            {t[1]}     3     45          Landwirtschaftsfläche, Ostermarsch          7  81  05

                                  Erste Abteilung
Lfd.Nr. d.  Eigentiimer                                            Lfd. Nr. der   Grundlage der Eintragung
Eintr.                                                             Grundstücke
1     a) {P(h.last)}, {P(h.first)}, geb. {DOB(fd(d_h))},              1, 2          Aufgelassen am 17.1O.1994,
         {t[1]}                                                                   eingetragen am 02.12.1994.
      b) {P(w.last)}, {P(w.first)} geb. {P(w_birth)}, geb. {DOB(dw_ocr)},
         {t[1]}
         - zu je 1/2 Anteil -
2     In Erbengemeinschaft:                                   1, 2          Erbschein des AG Husum vom
      a) {P(heirs[0].last)}, {P(heirs[0].first)}, geb. {DOB(fd(d_heirs[0]))}, {t[1]}             08.O3.2021 ({AZ('5 VI ' + str(rng.randint(100, 399)) + '/21')}),
      b) {P(heirs[1].last)}, {P(heirs[1].first)}, geb. {DOB(fd(d_heirs[1]))}, {he_t[1]}          eingetragen am 30.06.2021.
      c) {P(heirs[2].last)}, {P(heirs[2].first)}, geb. {DOB(fd(d_heirs[2]))}, {ch(DE_CITIES)[1]}

                                  Zweite Abteilung
1     Altenteilsrecht (Wohnungsrecht, Verköstigung, Pflege) für {P(old.first)} {P(old.last)} geb. {P(old_birth)},
      geb. am {DOB(fd(d_old))}, löschbar bei Todesnachweis. Eingetragen am 02.12.1994.

-- Seite 1 von 3 -- Ausdruck vom 03.06.2025 -- nicht beglaubigt --"""


@doc("outlook", "weiterleitung-architekt")
def d05():
    arch = person("nf", "f", title="Dipl.-Ing.")
    owner = person("city", "m")
    owner2 = person("city", "f", last=owner.last)
    stat = person("nf", "m", title="Dr.-Ing.")
    at = ch(DE_CITIES[:1] + [x for x in NF_TOWNS if x[1] in ("Husum", "Niebüll", "Sylt")])
    ast = street(["Hafenstraße", "Norderstraße", "Großstraße", "Neustadt"])
    ot = ch(DE_CITIES)
    prop = street(["Kurhausstraße", "Hobookenweg", "Süderstraße", "Westerweg", "Dünenweg"])
    amail = mail_of(arch, "reetundraum.de", "init")
    omail = mail_of(owner, "icloud.com", "dot")
    az = az_ba()
    return [], f"""Betreff: WG: AW: Bauantrag Reetdachkate {A(prop)}, Kampen – Nachforderung Brandschutz

Hallo {P(S2.first)},

zur Kenntnis und mit der Bitte um Prüfung der angehängten Brandschutzstellungnahme. Az. ist {AZ(az)}. Ich bin ab Montag wieder im Haus.

Gruß
{P(S1.first)}

-----Ursprüngliche Nachricht-----
Von: {P(arch.plain)} <{E(amail)}>
Gesendet: Freitag, 6. Juni 2025 16:42
An: Bauaufsicht Nordfriesland <{N(OFF_MAIL)}>
Cc: {P(owner.plain)} <{E(omail)}>
Betreff: AW: Bauantrag Reetdachkate {A(prop)}, Kampen – Nachforderung Brandschutz

Sehr geehrte Damen und Herren,

anbei erhalten Sie die Stellungnahme zum Brandschutz von {P(stat.full)} (Prüfsachverständiger für Brandschutz) sowie die überarbeitete Ansicht Nord mit dem Abstand des Weichdaches zur Grundstücksgrenze von 12,0 m. Damit sollten die Punkte aus Ihrem Schreiben vom 21.05. erledigt sein. Die Zustimmung der Nachbarin zur Abstandsflächenübernahme liegt ebenfalls bei.

Mit freundlichen Grüßen

{P(arch.full)}
Freie Architektin
Reet & Raum Architekten PartGmbB
{A(ast)} · {A(plz_city(at))}
T {T(land(at[2], 'space'))} · M {T(mobile('dash'))}
USt-IdNr. {VAT(ids.vat_id())}

> Von: {P(owner.plain)} <{E(omail)}>
> Gesendet: Donnerstag, 5. Juni 2025 08:03
> An: {P(arch.plain)} <{E(amail)}>
> Betreff: Kreis will noch was
>
> Hallo Frau {P(arch.last)},
> das Amt hat uns geschrieben, es fehlt was zum Brandschutz. Schreiben hängt an. Können Sie das mit Herrn {P(stat.last)} klären? Meine Frau {P(owner2.first)} ist ab Mittwoch auf der Insel, sie hat den Schlüssel falls jemand ins Haus muss, Handy {T(mobile('intl'))}.
> Beste Grüße aus {ot[1]}
> {P(owner.first)} {P(owner.last)}
> {A(street(CITY_STREETS))}, {A(plz_city(ot))}"""


@doc("word", "ortstermin-vermerk")
def d06():
    dk = person("dk", "m")
    gf = person("nf", "f")
    nb = person("nf", "m")
    craft = person("nf", "m")
    t = ch([x for x in NF_TOWNS if x[1] in ("Emmelsbüll-Horsbüll", "Aventoft", "Süderlügum", "Leck")])
    prop = street(["Marschweg", "Westerweg", "Am Sielzug", "Alter Kirchweg"])
    nbst = street(["Marschweg", "Westerweg", "Am Sielzug", "Alter Kirchweg"])
    az = az_ba()
    _, dkt, dkplz = dk_addr()
    return [], f"""Vermerk über eine Ortsbesichtigung

Az.: {AZ(az)}
Ort: {A(prop)}, {A(plz_city(t))} (Außenbereich; Gemarkung {t[1]}, Flur 2, Flurstück 118)
Datum: 17.06.2025, 10:30 bis 11:45 Uhr
Anwesend: {P(S2.plain)} (Bauaufsicht), {P(S5.full)} (Untere Naturschutzbehörde), der Eigentümer {P(dk.plain)} ({A(dkplz)}), dessen Lebensgefährtin {P(gf.plain)}

Anlass: Hinweis der Gemeinde, das 1979 als Wochenendhaus genehmigte Gebäude werde ganzjährig bewohnt.

Feststellungen:
1. Auf dem Grundstück standen ein Pkw mit dänischem Kennzeichen {KFZ(plate_dk())} und ein Wohnmobil mit dem Kennzeichen {KFZ(plate_nf('NF'))}. Am Briefkasten sind beide Namen angebracht; nach Angabe von Herrn {P(dk.last)} ist Frau {P(gf.last)} seit Oktober 2024 unter dieser Anschrift gemeldet.
2. Das Gebäude ist beheizt, im Bad befindet sich eine neue Waschmaschine; im Anbau (ca. 18 m²) wurde ohne Genehmigung ein zweites Schlafzimmer eingerichtet.
3. Auf dem westlichen Nachbargrundstück ({A(nbst)}, Eigentümer {P(nb.plain)}) wurde ein Carport an der Grenze errichtet. Dies ist nicht Gegenstand dieses Verfahrens; getrennte Prüfung.
4. Während des Termins führte die Tischlerei {P(craft.last)} Arbeiten am Dachüberstand aus (Firmenwagen {KFZ(plate_nf(ch(['NF', 'SL']), e=True))}). Herr {P(craft.first)} {P(craft.last)} gab an, den Auftrag im Mai von Frau {P(gf.last)} erhalten zu haben.

Herr {P(dk.last)} erklärte, er sei Rentner und verbringe „nur den Sommer“ hier; sein Hauptwohnsitz sei weiterhin in {dkt[1]}. Frau {P(gf.last)} widersprach dem nicht.

{P(S5.last)} weist darauf hin, dass das Grundstück im Landschaftsschutzgebiet liegt; eine Erweiterung des Anbaus sei naturschutzrechtlich nicht zustimmungsfähig.

Weiteres Vorgehen: Anhörung zur Nutzungsuntersagung (Ferienwohnen/Dauerwohnen), Fotodokumentation Nr. 1–14 zur Akte.

Husum, 18.06.2025
gez. {P(S2.last)}"""


@doc("word", "alkis-eigentuemer-csv")
def d07():
    t = ch([x for x in NF_TOWNS if x[1] in ("Tetenbüll", "Tating", "Nordstrand", "Oldenswort")])
    rows = ["Flurstück;Name;Vorname;Geburtsname;Geburtsdatum;Straße/Hausnummer;PLZ Ort;Anteil"]
    fl = rng.randint(20, 60)
    entries = []
    a = person("nf", "m"); b = person("nf", "f", last=a.last)
    st = street(); pc = plz_city(t)
    entries.append((a, "", date(1948, 1960), st, pc, "1/2"))
    entries.append((b, ch([x for x in NF_L if x != b.last]), date(1950, 1962), st, pc, "1/2"))
    c = person("dk", "m"); c2 = person("dk", "f", last=c.last)
    dst, _, dplz = dk_addr()
    entries.append((c, "", date(1955, 1970), dst, dplz, "1/2"))
    entries.append((c2, ch([x for x in DK_L if x != c2.last]), date(1958, 1972), dst, dplz, "1/2"))
    n1 = person("nl", "m")
    nst, npc = nl_addr()
    entries.append((n1, "", date(1960, 1980), nst, npc, "1/1"))
    o = person("other")
    ot = ch(DE_CITIES)
    entries.append((o, "", date(1970, 1988), street(CITY_STREETS), plz_city(ot), "1/1"))
    g = person("city", "f")
    gt = ch(DE_CITIES)
    entries.append((g, ch([x for x in ["Weidemann", "Kaltenbach", "Behrendt", "Lohmeyer", "Kühl"] if x != g.last]), date(1944, 1956), street(CITY_STREETS), plz_city(gt), "3/4"))
    h = person("nf", "m")
    entries.append((h, "", date(1985, 1999), street(), plz_city(nf_town()), "1/4"))
    lines = []
    for i, (p, birth, d, s, pc2, share) in enumerate(entries):
        flst = f"{fl + i // 2}/{rng.randint(1, 9)}" if i < 4 else f"{fl + i}"
        style = "iso" if rng.random() < 0.7 else "dmy4"
        bn = P(birth) if birth else ""
        lines.append(f"{flst};{P(p.last)};{P(p.first)};{bn};{DOB(fd(d, style))};{A(s)};{A(pc2)};{share}")
    return [], f"""ALKIS-Auskunft – Flurstücks- und Eigentümernachweis (Auszug für Bauaufsicht, Az. {AZ(az_ba())})
Gemarkung {t[1]}, Flur 5 – Stand der Daten: 02.06.2025
Nur für den Dienstgebrauch – Weitergabe an Dritte unzulässig

""" + "\n".join(rows + lines) + "\n\n8 Datensätze exportiert."


@doc("outlook", "ruecknahme-erstattung-dk")
def d08():
    p = person("dk", "f")
    p2 = person("dk", "m", last=p.last)
    st, dkt, dkplz = dk_addr()
    iban = ids.iban("DK", 14)
    az = az_ba()
    kz = kassenzeichen()
    t = nf_town()
    return [], f"""Betreff: Bauantrag zurück / tilbagetrækning – {AZ(az)}

Hej {S4.herr} {P(S4.last)},

mein Mann und ich haben entschieden, dass wir das Ferienhaus in {t[1]} doch nicht umbauen. Bitte betrachten Sie unsere Bauantrag (Aktenzeichen {AZ(az)}) als zurückgenommen. Die Bank gibt uns den Kredit nicht in diesem Jahr, desværre.

Wir haben im April schon 1.240,00 Euro für die Gebühr bezahlt (Kassenzeichen {AZ(kz)}). Ich habe gelesen, bei Rücknahme gibt es vielleicht einen Teil zurück? Dann bitte auf unser Konto in Dänemark:

Kontoinhaber: {P(p.plain)} og {P(p2.plain)}
IBAN: {IB(grp4(iban))}
BIC: {ch(['DABADKKK', 'NDEADKKK', 'JYBADKKK'])}

Entschuldigung für mein Deutsch, wir sprechen zu Hause nur dänisch. Wenn etwas unklar ist, rufen Sie gern an: {T(dk_phone())}.

Med venlig hilsen / Mit freundlichen Grüßen
{P(p.plain)}
{A(st)}
{A(dkplz)}
Danmark"""


@doc("word", "anhoerung-tinyhouse")
def d09():
    a = person("city", "m")
    b = person("city", "f")
    ct = ch(DE_CITIES)
    st = street(CITY_STREETS)
    pacht = person("nf", "m")
    t = ch([x for x in NF_TOWNS if x[1] in ("Nordstrand", "Winnert", "Löwenstedt", "Bordelum")])
    az = az_ba()
    return [], f"""{OFFICE_HEAD}

{N(OFF_STREET)}, {N(OFF_CITY)}

Per Postzustellungsurkunde
{a.herrn} {P(a.full)}
{b.herrn} {P(b.full)}
{A(st)}
{A(plz_city(ct))}

Aktenzeichen: {AZ(az)}
Ansprechpartner: {P(S3.full)}
Telefon: {T(S3.ext)}
Datum: 11.06.2025

Anhörung nach § 87 Landesverwaltungsgesetz Schleswig-Holstein (LVwG)
Beseitigung eines Wohnwagens („Tiny House“) im Außenbereich, Gemarkung {t[1]}, Flur 9, Flurstück 61

{a.geehrt if a.sex == 'm' else 'Sehr geehrte Frau'} {P(a.last)}, {'sehr geehrte Frau' if b.sex == 'f' else 'sehr geehrter Herr'} {P(b.last)},

bei einer Kontrolle am 28.05.2025 wurde festgestellt, dass auf der von Ihnen gemeinsam erworbenen Grünlandfläche ein etwa 7,20 m langer Wohnanhänger mit Holzverkleidung abgestellt ist (amtliches Kennzeichen des Fahrgestells {KFZ(plate_nf(CITY_CODE[ct[1]]))}). Der Anhänger ist an Strom und Wasser angeschlossen, es wurde eine Holzterrasse von ca. 15 m² angebaut. Nach Auskunft Ihres früheren Pächters, Herrn {P(pacht.plain)}, wird die Anlage seit Ostern an den Wochenenden bewohnt.

Ein Wohnwagen, der dauerhaft an einer Stelle abgestellt und zum Wohnen genutzt wird, ist eine bauliche Anlage (vgl. {N('BVerwG, Urteil vom 18.02.1983 – 4 C 18.81')}). Eine Baugenehmigung liegt nicht vor und kann auch nicht erteilt werden, da das Vorhaben nicht nach § 35 Abs. 1 BauGB privilegiert ist und öffentliche Belange, insbesondere die natürliche Eigenart der Landschaft, beeinträchtigt.

Ich beabsichtige daher, Ihnen aufzugeben, den Wohnanhänger samt Terrasse und Anschlüssen binnen acht Wochen nach Bestandskraft zu entfernen, und für den Fall der Nichtbefolgung ein Zwangsgeld von 3.000 Euro anzudrohen.

Sie erhalten Gelegenheit, sich bis zum 09.07.2025 schriftlich zu äußern. Sie können die Akte nach Terminabsprache bei uns einsehen.

Mit freundlichen Grüßen
Im Auftrag

{P(S3.full)}"""


@doc("outlook", "intern-kurzmail")
def d10():
    far = person("nf", "m")
    az = az_ba()
    return [], f"""Betreff: {P(far.last.lower())} rückruf

{P(S2.first.lower())}, kannst du bitte morgen bei {P(far.plain.lower())} zurückrufen? der hat jetzt 3x angerufen wegen dem stall, handy {T(mobile('compact'))}
ich bin bis do im urlaub. akte liegt bei mir im rollschrank oben ({AZ(az.lower())})
frag ihn bitte auch ob die stellungnahme von der LK inzwischen bei ihm ist, bei uns ist nix angekommen

lg {P(S1.first.lower())}

Gesendet von meinem iPhone"""


@doc("word", "fks-baustellenkontrolle")
def d11():
    t = nf_town()
    prop = street()
    bh = person("city", "m")
    boss = person("nf", "m")
    pol = person("nf", "m")
    w1 = person("nf", "m"); w1d = date(1975, 1999)
    w2 = Person(*ch([("Krzysztof", "Wiśniewski"), ("Paweł", "Zieliński"), ("Tomasz", "Kamiński")]), "m")
    _used_names.add((w2.first, w2.last))
    w2d = date(1980, 2000)
    w3 = Person(ch(["Oleksandr", "Mykola", "Vasyl"]), ch(["Hnatiuk", "Bondarenko", "Kovalchuk"]), "m")
    _used_names.add((w3.first, w3.last)); w3d = date(1985, 2002)
    w4 = person("nf", "m"); w4d = date(1990, 2004)
    az = az_ba()
    return ["UNION"], f"""Aktenvermerk – gemeinsame Baustellenkontrolle mit der Finanzkontrolle Schwarzarbeit

Az. Bauaufsicht: {AZ(az)}
Baustelle: Umbau Resthof zu Wohnzwecken, {A(prop)}, {A(plz_city(t))}
Bauherr: {P(bh.full)}
Ausführende Firma: Holm Bau & Sanierung GmbH, Geschäftsführer {P(boss.plain)}
Kontrolle am: 12.06.2025, 07:45 Uhr, zusammen mit zwei Beamten des Hauptzollamts Itzehoe

1. Baurechtlicher Stand
Die Baugenehmigung liegt vor, der Baubeginn wurde nicht angezeigt. Das Bauschild fehlt. Der Polier, {P(pol.plain)} (Tel. {T(mobile('dash'))}), konnte die genehmigten Bauvorlagen nicht vorlegen.

2. Angetroffene Personen (Angaben lt. vorgelegten Dokumenten, von FKS erfasst)

Name, Vorname            | geb.        | Dokument                        | SV-Nr.
{P(w1.last)}, {P(w1.first)}       | {DOB(fd(w1d))}  | PA {IDC(ids.id_card(True))}                 | {SSN(ssn_of(w1d, w1.last, True))}
{P(w2.last)}, {P(w2.first)}     | {DOB(fd(w2d))}  | poln. Personalausweis {IDC(polish_id())}  | A1-Bescheinigung vorgelegt
{P(w3.last)}, {P(w3.first)}     | {DOB(fd(w3d))}  | ukr. Reisepass {PASS(ua_passport())}       | {SSN(ssn_of(w3d, w3.last, False))}
{P(w4.last)}, {P(w4.first)}         | {DOB(fd(w4d))}  | PA {IDC(ids.id_card(False))}                  | Auszubildender, Nachweis folgt

Der Transporter der Firma ({KFZ(plate_nf(ch(['NF', 'SL', 'RD'])))}) und ein Pkw mit polnischem Kennzeichen {KFZ('ZS ' + dig(4, True) + ch('ACEFGHJKLMNPRSTUVWXY'))} standen auf der Hoffläche.

3. Sonstiges
Herr {P(w2.last)} gab gegenüber den Zollbeamten an, seit März keinen Lohn für Überstunden erhalten zu haben. Er sei Mitglied der IG BAU und habe sich bereits an die Beratungsstelle „Faire Mobilität“ in Kiel gewandt. Die weitere Aufklärung obliegt der FKS.

Baurechtlich: Baustopp für das Dachgeschoss bis zur Vorlage der Prüfstatik; Anzeige Baubeginn nachfordern. Herr {P(boss.last)} wurde telefonisch unterrichtet.

{P(S2.plain)}"""


@doc("outlook", "anfrage-daenisch")
def d12():
    a = person("dk", "m")
    b = person("dk", "f", last=a.last)
    dau = person("dk", "f", last=a.last)
    seller = person("nf", "m")
    st, dkt, dkplz = dk_addr()
    t = ch([x for x in NF_TOWNS if x[1] in ("Emmelsbüll-Horsbüll", "Aventoft", "Süderlügum", "Niebüll")])
    prop = street(["Dorfstraße", "Bi de Möhl", "Lüttenweg", "Marschweg"])
    return [], f"""Betreff: Spørgsmål / Frage – Scheune zu Ferienwohnung, {A(prop)}, {t[1]}

Guten Tag,

wir sind eine dänische Familie und haben im Winter einen alten Hof in {t[1]} gekauft ({A(prop)}). Der vorige Eigentümer, Herr {P(seller.plain)}, hat den Hof bis 2019 bewirtschaftet. Jetzt wollen wir in der Scheune zwei kleine Ferienwohnungen machen und selbst im Wohnhaus wohnen, ab nächstem Jahr mit Hauptwohnsitz. Vermieten wollen wir über unsere kleine Firma in Dänemark, die schon zwei Sommerhäuser in Rømø verwaltet (moms-nr. {VAT(vat_dk())}); geht das so?

Unsere Fragen:
- Brauchen wir eine Genehmigung, wenn wir außen nichts verändern, nur innen?
- Kann man die Unterlagen auch auf Englisch einreichen?
- Müssen wir einen deutschen Architekten nehmen, oder geht ein dänischer arkitekt?

Unsere Tochter {P(dau.first)} studiert in Flensburg und spricht besser Deutsch als wir, Sie können sie auch anrufen: {T(mobile('intl'))}.

Venlig hilsen
{P(a.plain)} og {P(b.first)} {P(b.last)}
{A(st)}, {A(dkplz)}
{T(dk_phone())}
{E(mail_of(a, ch(['mail.dk', 'outlook.dk', 'jubii.dk', 'stofanet.dk']), 'dot'))}"""


@doc("word", "einwendungen-tabelle")
def d13():
    t = ch([x for x in NF_TOWNS if x[1] in ("Drelsdorf", "Bordelum", "Löwenstedt", "Langenhorn")])
    far = person("nf", "m")
    az = az_ba()
    rows = []
    kinds = [
        "Geruch bei Westwind, Wertverlust des Wohnhauses",
        "Zunahme des Lkw-Verkehrs auf der Gemeindestraße, Schulweg",
        "Gesundheit: Ehemann leidet an COPD, Ammoniak-Emissionen",
        "Grundwasser, Gülleausbringung, Fliegen",
        "fehlende Beteiligung, Akteneinsicht beantragt",
        "Lärm der Lüfter nachts, Tierwohl",
        "Vertretung durch Rechtsanwältin, Schriftsatz folgt",
    ]
    lawyer = person("city", "f", title="Dr.")
    lt = ch(DE_CITIES)
    for i, k in enumerate(kinds, 1):
        if i == 3:
            p1 = person("nf", "f"); p2 = person("nf", "m", last=p1.last)
            who = f"{P(p1.first)} u. {P(p2.first)} {P(p1.last)}"
            addr = f"{A(street())}, {A(plz_city(t))}"
        elif i == 7:
            p1 = person("nl", "m")
            who = f"{P(p1.plain)}, vertr. d. RAin {P(lawyer.full)}"
            addr = f"{A(street(CITY_STREETS))}, {A(plz_city(lt))} (Kanzlei)"
        elif i == 2:
            p1 = person("nf", "f")
            who = f"Elternvertretung, Sprecherin {P(p1.plain)}"
            addr = f"{A(street())}, {A(plz_city(t))}"
        else:
            p1 = person(ch(["nf", "nf", "other", "city"]))
            who = P(p1.full)
            addr = f"{A(street())}, {A(plz_city(t if rng.random() < 0.7 else nf_town()))}"
        d = datetime.date(2025, 5, rng.randint(2, 28))
        rows.append(f"| {i} | {who} | {addr} | {fd(d)} | {k} |")
    return ["HEALTH"], f"""Übersicht der Einwendungen
Vorhaben: Erweiterung der Schweinemastanlage (+ 1.480 Plätze), Hofstelle {P(far.plain)}, {A(street())}, {A(plz_city(t))}
Az.: {AZ(az)} – Verfahren mit Öffentlichkeitsbeteiligung, Auslegung 07.04.–06.05.2025

| Nr. | Einwender/in | Anschrift | Eingang | Kernpunkte |
|---|---|---|---|---|
""" + "\n".join(rows) + f"""

Anmerkung {P(S1.last)}: Die Einwendungen Nr. 1, 4 und 6 sind inhaltlich weitgehend gleichlautend (Musterschreiben). Die Erörterung ist für den 24.06.2025 im Dörpshus vorgesehen; Einladung an alle Einwender mit Anschrift."""


@doc("outlook", "architekt-nachreichung")
def d14():
    arch = person("nf", "m", title="Dipl.-Ing.")
    client = person("nf", "f")
    client2 = person("other", "m")
    verm = person("nf", "m", title="Dipl.-Ing.")
    at = ch([x for x in NF_TOWNS if x[1] in ("Husum", "Bredstedt", "Niebüll", "Tönning")])
    vt = ch([x for x in NF_TOWNS if x[1] in ("Husum", "Niebüll", "Leck")])
    az = az_ba()
    return [], f"""Betreff: Az. {AZ(az)} – Nachreichung Lageplan und Entwässerung, Bauherren {P(client.last)}/{P(client2.last)}

Sehr geehrte{'r Herr' if S1.sex == 'm' else ' Frau'} {P(S1.last)},

im Auftrag unserer Bauherren, {P(client.plain)} und {P(client2.plain)}, reiche ich zum o. g. Bauantrag (Neubau Einfamilienhaus mit Einliegerwohnung) folgende Unterlagen nach:

– qualifizierter Lageplan, erstellt von ÖbVI {P(verm.full)}, {A(street(['Neustadt', 'Süderstraße', 'Osterende']))}, {A(plz_city(vt))}
– Entwässerungsplan mit Nachweis der Versickerung (Bodengutachten vom 02.05.2025)
– korrigierte Wohnflächenberechnung

Die Einliegerwohnung wird nicht als Ferienwohnung vermietet, sondern von der Mutter von {P(client.first)} {P(client.last)} bewohnt; eine entsprechende Erklärung der Bauherren liegt bei.

Für Rückfragen stehe ich gern zur Verfügung.

Mit freundlichen Grüßen

{P(arch.full)}
Architekt
Mitglied der Architekten- und Ingenieurkammer Schleswig-Holstein
{A(street(['Großstraße', 'Norderstraße', 'Markt']))} | {A(plz_city(at))}
Fon {T(land(at[2], 'grouped'))} | Mobil {T(mobile('slash'))}
{E(mail_of(arch, 'architekt-' + arch.last.translate(TRANS).lower() + '.de', 'init'))}
Steuer-Nr. {TNR(tax_number_sh())} | USt-IdNr. {VAT(ids.vat_id())}
Bankverbindung: Nord-Ostsee Sparkasse, IBAN {IB(grp4(ids.iban_de()))}

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender."""


@doc("word", "formular-altenteiler")
def d15():
    bh = person("nf", "m")
    fa = person("nf", "m", last=bh.last)
    mo = person("nf", "f", last=bh.last)
    t = ch([x for x in NF_TOWNS if x[1] in ("Tönning", "Oldenswort", "Witzwort", "Garding")])
    hof = street(["Süderkoog", "Osterdeich", "Herrenkoogstraße", "Marschweg"])
    arch = person("nf", "f", title="Dipl.-Ing.")
    at = ch(NF_TOWNS)
    d_bh, d_fa, d_mo = date(1978, 1990), date(1944, 1952), date(1947, 1955)
    return ["HEALTH"], f"""Anlage zum Bauantrag – Betriebsbeschreibung Altenteilerwohnhaus
(Vorhaben nach § 35 Abs. 1 Nr. 1 BauGB)

1. Bauherr
Name, Vorname: ............ {P(bh.last)}, {P(bh.first)}
Geburtsdatum: ............. {DOB(fd(d_bh, 'dmy4'))}
Anschrift: ................ {A(hof)}, {A(plz_city(t))}
Telefon: .................. {T(land(t[2], 'dash'))}
E-Mail: ................... {E(mail_of(bh, 'web.de', 'rev'))}

2. Landwirtschaftlicher Betrieb
Betriebsart: Ackerbau und Mutterkuhhaltung, 96 ha, davon 61 ha Eigentum
Bewirtschaftung seit: 01.07.2016 (Hofübergabe durch den Vater)

3. Künftige Bewohner des Altenteilerwohnhauses
a) {P(fa.plain)}, geb. {DOB(fd(d_fa, 'dmy2'))} (Altenteiler, Hofübergeber)
b) {P(mo.plain)}, geb. {DOB(fd(d_mo, 'long'))}

4. Begründung für die Größe und Ausstattung
Das Wohnhaus ist ebenerdig und barrierefrei geplant (Wohnfläche 98 m²). Mein Vater ist seit 2019 an Parkinson erkrankt und hat den Pflegegrad 3; er nutzt inzwischen einen Rollator. Die Pflege übernimmt überwiegend meine Mutter mit Unterstützung eines ambulanten Dienstes. Ein Verbleib im Haupthaus (Obergeschoss, steile Treppe) ist nicht mehr möglich. Die Pflegekasse hat Zuschüsse zur Wohnumfeldverbesserung in Aussicht gestellt (Versichertennummer des Vaters: {KV(ids.health_insurance())}).

5. Entwurfsverfasserin
{P(arch.full)}, {A(street())}, {A(plz_city(at))}

Ort, Datum: {t[1]}, 12.05.2025        Unterschrift Bauherr: gez. {P(bh.init)}"""


@doc("outlook", "gemeindevertreter-beschwerde")
def d16():
    me = person("nf", "m")
    fam = person("dk", "m")
    fam2 = person("dk", "f", last=fam.last)
    t = ch([x for x in NF_TOWNS if x[1] in ("Leck", "Süderlügum", "Aventoft", "Niebüll")])
    mst = street()
    az = az_ba(24)
    return ["POLITICS", "ETHNICITY"], f"""Betreff: Bearbeitungsdauer Bauantrag Familie {P(fam.last)} – Bitte um Sachstand

Sehr geehrte{'r Herr' if S3.sex == 'm' else ' Frau'} {P(S3.last)},

ich wende mich als Fraktionsvorsitzender des SSW in der Gemeindevertretung {t[1]} an Sie, aber auch ganz persönlich. Familie {P(fam.last)} ({P(fam.first)} und {P(fam2.first)} {P(fam2.last)}) wartet seit elf Monaten auf die Genehmigung für den Umbau ihres Wohnhauses ({A(street(['Dorfstraße', 'Achter de Karken', 'Kirchenwarft']))}), Az. {AZ(az)}. Die Gemeinde hat ihr Einvernehmen bereits im Oktober erteilt.

Als jemand, der selbst zur dänischen Minderheit gehört und mit dänischer Muttersprache aufgewachsen ist, weiß ich, wie schwer es für zugezogene Familien aus Dänemark ist, sich im deutschen Verwaltungsverfahren zurechtzufinden. Die Familie hat mir gesagt, dass mehrere Schreiben Ihres Hauses nur auf Deutsch kamen und Fristen deshalb fast verpasst wurden.

Ich bitte Sie um einen kurzen Sachstand, gern auch telefonisch. Die Familie ist mit der Weitergabe einverstanden.

Venlig hilsen / Mit freundlichen Grüßen

{P(me.plain)}
Gemeindevertreter
{A(mst)}
{A(plz_city(t))}
{T(mobile('intl0'))}
{E(mail_of(me, 'posteo.de', 'dot'))}"""


@doc("word", "gebuehrenbescheid")
def d17():
    a = person("nf", "m")
    b = person("nf", "f")
    t = ch([x for x in NF_TOWNS if x[1] in ("Winnert", "Löwenstedt", "Drelsdorf", "Bordelum")])
    hof = street()
    az = az_ba()
    kz = kassenzeichen()
    return [], f"""{OFFICE_HEAD}
{N(OFF_STREET)} | {N(OFF_CITY)} | Telefon {N(SWITCH)}

{P(a.plain)} und {P(b.plain)}
Hof Kiebitzmoor GbR
{A(hof)}
{A(plz_city(t))}

                                                                Husum, 19.06.2025
Ihr Bauantrag vom 03.02.2025 – Neubau einer Maschinenhalle mit Photovoltaik
Aktenzeichen: {AZ(az)}        Kassenzeichen: {AZ(kz)}

Gebührenbescheid

Sehr geehrte{'r Herr' if a.sex == 'm' else ' Frau'} {P(a.last)}, sehr geehrte{'r Herr' if b.sex == 'm' else ' Frau'} {P(b.last)},

für die Erteilung der Baugenehmigung vom heutigen Tage setze ich nach dem Verwaltungskostengesetz und der Baugebührenverordnung folgende Kosten fest:

Position                                     Grundlage                  Betrag
Baugenehmigung (Rohbauwert 412.000 €)        Tarifstelle 1.1            3.296,00 €
Prüfung Standsicherheit (extern)             Auslagen                   1.870,40 €
Beteiligung Naturschutz                      Tarifstelle 6.3              145,00 €
Zustellung                                   Auslagen                       4,11 €
Summe                                                                   5.315,51 €

Sie haften als Gesamtschuldner. Bitte überweisen Sie den Betrag bis zum 21.07.2025 unter Angabe des Kassenzeichens auf das Konto der Kreiskasse Nordfriesland, IBAN {N(grp4(OFF_IBAN))}.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch beim Kreis Nordfriesland, {N(OFF_STREET)}, {N(OFF_CITY)}, erhoben werden.

Im Auftrag
{P(S4.plain)}"""


@doc("outlook", "kreditkarte-doppelt-nl")
def d18():
    p = person("nl", "m")
    st, pc = nl_addr()
    kz = kassenzeichen()
    card = ids.credit_card(ch(["51", "52", "55", "4"]), 16)
    t = ch([x for x in NF_TOWNS if x[1] in ("St. Peter-Ording", "Tating", "Nordstrand", "Wyk auf Föhr")])
    wife = person("nl", "f", last=p.last)
    return [], f"""Betreff: Gebühr zweimal abgebucht / charged twice – Kassenzeichen {AZ(kz)}

Dear {S4.herr} {P(S4.last)},
sorry, my German is not so good, so I write a mix.

Wir haben die Gebühr für die Genehmigung von unserem Ferienhaus in {t[1]} (Bauvoranfrage Carport) über das Online-Portal bezahlt, 186,00 EUR. On my credit card statement it appears two times, on 02-06 and 03-06. Die Karte ist eine {'Visa' if card[0] == '4' else 'Mastercard'} auf meinen Namen, Nummer {CC(grp4(card))}, gültig bis 09/27.

Could you please refund one payment to the card, or otherwise to our Dutch account {IB(grp4(iban_nl()))} (t.n.v. {P(p.plain)} en/of {P(wife.plain)})?

For invoices: the house is rented out through our company Duinzicht Vakantieverhuur, btw-nummer {VAT(vat_nl())}.

Met vriendelijke groet / Mit freundlichen Grüßen
{P(p.plain)}
{A(st)}
{A(pc)}
Nederland
{T(nl_phone(True))}"""


@doc("word", "vollmacht")
def d19():
    a = person("nf", "m")
    b = person("nl", "f")
    arch = person("nf", "m", title="Dipl.-Ing.")
    at = ch([x for x in NF_TOWNS if x[1] in ("Husum", "Niebüll", "Sylt")])
    t = ch([x for x in NF_TOWNS if x[1] in ("Wyk auf Föhr", "Sylt", "Nordstrand", "St. Peter-Ording")])
    st = street(["Boldixumer Straße", "Strandweg", "Dünenweg", "Süderende"])
    da, db = date(1958, 1975), date(1960, 1978)
    return [], f"""VOLLMACHT

Wir, die Unterzeichnenden,

1. {P(a.plain)}, geboren am {DOB(fd(da, 'long'))}, Personalausweis-Nr. {IDC(ids.id_card(True))},
2. {P(b.plain)}, geboren am {DOB(fd(db, 'dmy4'))}, Paspoort (NL) Nr. {PASS(nl_passport())},

beide wohnhaft {A(st)}, {A(plz_city(t))},

bevollmächtigen hiermit

{P(arch.full)}, Architekt, {A(street(['Norderstraße', 'Großstraße', 'Theodor-Storm-Straße']))}, {A(plz_city(at))},

uns in allen Angelegenheiten des Bauantrags „Anbau Wintergarten und Dachgaube“ für das Grundstück {A(st)} (Gemarkung {t[1]}, Flur 7, Flurstück 88/12) gegenüber dem Kreis Nordfriesland – untere Bauaufsichtsbehörde – sowie der Gemeinde zu vertreten. Die Vollmacht umfasst insbesondere die Einreichung und Änderung von Bauvorlagen, die Akteneinsicht, die Entgegennahme von Bescheiden sowie die Abgabe von Erklärungen zu Baulasten.

Die Vollmacht ist nicht berechtigt, Zahlungen entgegenzunehmen. Sie endet mit Abschluss des Baugenehmigungsverfahrens oder durch schriftlichen Widerruf.

{t[1]}, den 26.05.2025

_______________________            _______________________
{P(a.plain)}                       {P(b.plain)}"""


@doc("outlook", "nachbarzustimmung")
def d20():
    me = person("nf", "f", title="Dr. med. vet.")
    hus = person("city", "m")
    nb = person("nf", "m")
    t = ch(NF_TOWNS)
    st = street()
    nst = street()
    az = az_ba()
    return [], f"""Betreff: Zustimmung Abstandsflächenbaulast – Bauvorhaben {P(nb.plain)}, {A(nst)}

Sehr geehrte Damen und Herren,

als Eigentümerin des Nachbargrundstücks {A(st)}, {A(plz_city(t))} (Flurstück 31/4) stimme ich dem Bauvorhaben meines Nachbarn, Herrn {P(nb.plain)}, zu (Neubau Pferdestall mit Heuboden, Ihr Az. {AZ(az)}). Die Lagepläne habe ich eingesehen und unterschrieben.

Die von Ihnen vorbereitete Verpflichtungserklärung zur Übernahme der Abstandsfläche (Baulast) habe ich ebenfalls unterschrieben; der Scan ist angehängt, das Original schicke ich per Einschreiben. Mein Ehemann, {P(hus.plain)}, ist nicht Miteigentümer und muss daher nach Auskunft des Notariats nicht mitunterzeichnen.

Wir sind tagsüber in der Praxis, am besten erreichen Sie mich unter {T(land(t[2], 'paren'))} oder mobil {T(mobile('plain'))}.

Mit freundlichen Grüßen
{P(me.full)}
Tierarztpraxis am Deich
{E(mail_of(me, 'tierarzt-' + me.last.translate(TRANS).lower() + '.de', 'init'))}"""


@doc("word", "telefonnotiz")
def d21():
    caller = person("nf", "m")
    bh = person("nf", "f")
    pol = person("nf", "m")
    t = nf_town()
    s1 = ch(["Koogstr.", "Dorfstr.", "Deichstr.", "Mühlenweg"])
    n1 = rng.randint(2, 30)
    return [], f"""TELEFONNOTIZ    18.06.   14:20 Uhr       aufgen.: {P(S4.last)}

Anrufer: {P(caller.init)} (Nachbar, {A(f'{s1} {n1}')}), Tel. {T(land(t[2], 'grouped'))}
Betr.: Baustelle {A(f'{s1} {n1 + 2}')} – Bauherrin {P(bh.init)}, {AZ(az_ba())}

- Baustellen-Lkw ({KFZ(plate_nf('FL'))}) steht tägl. ab 6:30 in seiner Zufahrt, er kommt nicht mit dem Trecker raus
- Polier (Hr. {P(pol.last)}) reagiert nicht, Bauherrin wohnt in HH, nicht erreichbar
- Bauzaun steht ca. 1 m auf seinem Grundstück (?)
- will Rückruf bis Fr., sonst Polizei / Anwalt

-> an {P(S2.first)} {P(S2.last)} z. K., evtl. Ortstermin Do.
-> Ordnungsamt Amt {t[1]} informiert? – nein, nicht zuständig (privat)"""


@doc("outlook", "biogas-unterschriften")
def d22():
    a = person("nf", "f")
    b = person("nf", "m", last=a.last)
    child = person("nf", "m", last=a.last)
    t = ch([x for x in NF_TOWNS if x[1] in ("Löwenstedt", "Drelsdorf", "Bordelum", "Winnert")])
    ast = street()
    op = person("nf", "m")
    az = az_ba()
    signers = []
    for i in range(6):
        p = person(ch(["nf", "nf", "nf", "other", "city", "dk"]))
        signers.append(f"{i + 1}. {P(p.full)}, {A(street())}, {A(plz_city(t))}")
    return ["HEALTH"], f"""Betreff: Einwendung gegen Biogasanlage {P(op.last)} – {AZ(az)}

Sehr geehrte Damen und Herren,

hiermit erheben wir, {P(a.plain)} und {P(b.plain)}, {A(ast)}, {A(plz_city(t))}, Einwendungen gegen die geplante Erweiterung der Biogasanlage von Herrn {P(op.plain)} um ein zweites BHKW und ein Gärrestlager.

Unser Sohn {P(child.first)} ({DOB(fd(date(2014, 2018), 'dmy4'))} geboren) hat Asthma bronchiale und ist bereits jetzt bei Ostwind und während der Maisernte mehrfach im Jahr in kinderärztlicher Behandlung. Eine weitere Zunahme der Emissionen und des Erntetransportverkehrs direkt an unserem Grundstück halten wir für unzumutbar. Das ärztliche Attest liegt in Kopie bei.

Außerdem liegt das neue Gärrestlager nur 160 m von unserem Haus entfernt, im Gutachten wird aber ein Abstand von 300 m angenommen.

Die folgenden Nachbarn schließen sich dieser Einwendung an (Unterschriftenliste im Original per Post):
""" + "\n".join(signers) + f"""

Wir bitten um Eingangsbestätigung und Mitteilung des Erörterungstermins.

Mit freundlichen Grüßen
{P(a.plain)} und {P(b.plain)}
{T(land(t[2], 'intl'))}"""


@doc("word", "fachverfahren-export")
def d23():
    vorh = ["Neubau Maschinenhalle", "Umnutzung Scheune zu Ferienwohnungen", "Anbau Wintergarten",
            "Errichtung Carport", "Neubau Güllebehälter", "Nutzungsänderung Ferienwohnung -> Dauerwohnen",
            "Neubau Altenteilerhaus", "Abbruch Nebengebäude", "Dachgaube Reetdachhaus", "Errichtung PV-Freifläche"]
    staff = [S1, S2, S3, S4]
    lines = []
    for i, v in enumerate(vorh):
        kind = ch(["nf", "nf", "nf", "dk", "nl", "city", "other"])
        p = person(kind)
        if kind == "dk":
            st, _, pc = dk_addr()
        elif kind == "nl":
            st, pc = nl_addr()
        elif kind == "city":
            st, pc = street(CITY_STREETS), plz_city(ch(DE_CITIES))
        else:
            st, pc = street(), plz_city(nf_town())
        d = datetime.date(2025, rng.randint(1, 6), rng.randint(1, 28))
        sb = ch(staff)
        lines.append(f"{AZ(f'BA/{400 + i * 7 + rng.randint(0, 6):04d}/25')};{fd(d)};{P(p.last)}, {P(p.first)};"
                     f"{A(st)};{A(pc)};{v};{P(sb.last)};{ch(['offen', 'ruht', 'Nachforderung', 'in Prüfung'])}")
    return [], "\n".join(lines)


@doc("outlook", "steuerberaterin-hofuebergabe")
def d24():
    stb = person("nf", "f", title="Dipl.-Kffr.")
    fa = person("nf", "m")
    da = person("nf", "f", last=fa.last)
    st = ch([x for x in NF_TOWNS if x[1] in ("Husum", "Bredstedt", "Friedrichstadt")])
    t = ch([x for x in NF_TOWNS if x[1] in ("Oldenswort", "Witzwort", "Tetenbüll", "Drelsdorf")])
    hof = street()
    az = az_ba(24)
    d = date(1990, 1998)
    return [], f"""Betreff: Bauherrenwechsel {AZ(az)} – Hofübergabe {P(fa.last)}

Sehr geehrte Damen und Herren,

wir vertreten steuerlich den landwirtschaftlichen Betrieb von Herrn {P(fa.plain)}, {A(hof)}, {A(plz_city(t))} (Steuernummer {TNR(tax_number_sh_federal())}). Mit notariellem Übergabevertrag vom 28.03.2025 ist der Betrieb einschließlich der Hofstelle zum 01.05.2025 auf seine Tochter, Frau {P(da.plain)}, geb. {DOB(fd(d, 'dmy4'))}, übergegangen.

Für den noch laufenden Bauantrag (Neubau Kartoffellager) bitten wir, den Bauherrenwechsel zu vermerken. Die Erklärung von Vater und Tochter ist beigefügt. Frau {P(da.last)} hat uns gebeten, Ihnen auch ihre steuerliche Identifikationsnummer mitzuteilen, da diese im Antragsformular der Landwirtschaftskammer abgefragt wurde: {TID(group(ids.tax_id(), 3) if rng.random() < 0.5 else ids.tax_id())}. Nach unserem Verständnis benötigen Sie diese für das Baugenehmigungsverfahren nicht; bitte vernichten Sie die Angabe gegebenenfalls.

Mit freundlichen Grüßen

{P(stb.full)}
Steuerberaterin
Nordsee Treuhand Steuerberatungsgesellschaft mbH
{A(street(['Schiffbrücke', 'Großstraße', 'Norderstraße', 'Markt']))}, {A(plz_city(st))}
Tel. {T(land(st[2], 'space'))}
{E(mail_of(stb, 'nordsee-treuhand.de', 'dot'))}"""


@doc("word", "akteneinsicht-vermerk")
def d25():
    ra = person("city", "m")
    c1 = person("nf", "f"); c2 = person("nf", "m", last=c1.last)
    bh = person("dk", "m")
    lt = ch(DE_CITIES)
    az = az_ba()
    return [], f"""Aktenvermerk – Akteneinsicht

Az.: {AZ(az)} (Bauvorhaben {P(bh.plain)}, Neubau Ferienhaus mit Reetdach)

Am 20.05.2025 erschien um 9:15 Uhr Herr Rechtsanwalt {P(ra.full)}, Kanzlei {A(street(CITY_STREETS))}, {A(plz_city(lt))}, zur Akteneinsicht für die Eheleute {P(c1.first)} und {P(c2.first)} {P(c1.last)} (Nachbarn, {A(street())}). Eine schriftliche Vollmacht vom 12.05.2025 wurde im Original vorgelegt und in Kopie zur Akte genommen. Die Identität wurde anhand des Personalausweises (Nr. {IDC(ids.id_card(rng.random() < 0.5))}) festgestellt.

Eingesehen wurden Bauantrag, Bauvorlagen, Stellungnahme der Gemeinde und der Naturschutzbehörde. Nicht vorgelegt wurden die Einkommensnachweise und die Bankverbindung des Bauherrn (Schutz von Betriebs- und Geschäftsgeheimnissen bzw. personenbezogenen Daten Dritter).

Auf Wunsch wurden 23 Kopien gefertigt; die Gebühr von 11,50 € wurde bar bezahlt.

Herr {P(ra.last)} kündigte an, nach Erteilung der Genehmigung Widerspruch einzulegen; Hauptargument sei die Verschattung des Wintergartens seiner Mandanten.

Die Einsicht endete um 10:40 Uhr.

{P(S1.plain)}"""


@doc("outlook", "gebetsraum-religion")
def d26():
    a = person("city", "m", last=ch(["Penner", "Friesen", "Janzen", "Wiebe", "Dyck", "Thiessen"]))
    w = person("city", "f", last=a.last)
    t = ch([x for x in NF_TOWNS if x[1] in ("Winnert", "Löwenstedt", "Bordelum", "Drelsdorf")])
    hof = street()
    return ["RELIGION"], f"""Betreff: Frage Umnutzung Kälberstall als Versammlungsraum

Guten Tag,

wir haben 2021 den Hof {A(hof)} in {t[1]} gekauft und wohnen dort mit unseren sieben Kindern. Ich bin Ältester unserer Mennoniten-Brüdergemeinde; wir sind etwa 40 Erwachsene und treffen uns bisher sonntags reihum in den Wohnzimmern, das wird zu eng.

Wir möchten den leerstehenden Kälberstall (ca. 160 m²) innen ausbauen, damit wir dort Gottesdienste und Bibelstunden halten können. Außen soll nichts verändert werden, Parkplätze sind auf dem Hof genug vorhanden. Was brauchen wir dafür, einen Bauantrag oder reicht eine Anzeige? Und gibt es Auflagen wegen Brandschutz, wenn dort 60 bis 80 Personen sind?

Meine Frau {P(w.first)} hat die Grundrisse gezeichnet, sie kann sie schicken.

Gottes Segen und freundliche Grüße
{P(a.plain)}
{A(hof)}, {A(plz_city(t))}
{T(mobile('plain'))}"""


@doc("word", "baulastenverzeichnis-ocr")
def d27():
    v = person("nf", "m")
    v2 = person("city", "f")
    beg = person("nf", "f")
    t = ch([x for x in NF_TOWNS if x[1] in ("List auf Sylt", "Sylt", "Wyk auf Föhr")])
    vt = ch(DE_CITIES)
    vst = street(CITY_STREETS).replace("straße", "strasse").replace("Straße", "Strasse")
    d1 = date(1950, 1965)
    d2 = date(1955, 1970)
    blatt = f"Baulastenblatt Nr. {rng.randint(100, 900)}"
    return [], f"""Baulastenverzeichnis  von  {t[1]}                       {N(blatt)}          Seite   1

Lfd. Nr.   Inhalt der Eintragung                                        Bemerkungen
1          Grundstück: Gemarkung {t[1]}, Flur 1O, Flurstück 2O4/3
           Verpflichtete(r) Eigentümer: {P(v.last)}, {P(v.first)}, geb. {DOB(fd(d1).replace('1', 'l', 1) if '1' in fd(d1)[:2] else fd(d1))},
           {A(vst)}, {A(plz_city(vt))}
           und {P(v2.last)}, {P(v2.first)}, geb. {DOB(fd(d2))}, ebenda
           Die jeweiligen Eigentümer des Flurstücks 2O4/3 verpflichten sich,
           die Fläche von 3,OO m Tiefe entlang der Ostgrenze von jeglicher
           Bebauung freizuhalten (Abstandfläche zugunsten Flurstück 2O4/5).
           Begünstigt: Eigentümerin {P(beg.plain)}, {A(street(['Hafenstraße', 'Listlandstraße', 'Süderhörn']))}
                                                                        Eingetragen am
                                                                        14.O9.2O1l
                                                                        gez. {P(S3.last)}
2          (gelöscht)
---------------------------------------------------------------------------------------------
Beglaubigte Abschrift  –  Kreis Nordfriesland, Baulastenverzeichnis  –  {N('Geschäftszeichen 441.26')}"""


@doc("outlook", "antwort-mit-zitat")
def d28():
    a = person("nl", "f")
    b = person("nl", "m")
    st, pc = nl_addr()
    t = ch([x for x in NF_TOWNS if x[1] in ("St. Peter-Ording", "Wyk auf Föhr", "Nordstrand", "Sylt")])
    prop = street(["Dünenweg", "Strandweg", "Im Bad", "Pfahlbauweg", "Badallee"])
    zb = person("nf", "m")
    zt = nf_town()
    amail = mail_of(a, ch(["ziggo.nl", "kpnmail.nl", "xs4all.nl", "hetnet.nl"]), "dot")
    az = az_ba()
    return [], f"""Betreff: AW: Vraag over ons bouwplan / Frage zu unserem Bauvorhaben {A(prop)}

Sehr geehrte Frau {P(a.last)}, sehr geehrter Herr {P(b.last)},

vielen Dank für Ihre Nachricht. Für die geplante Erweiterung der Terrasse um 14 m² ist in Ihrem Fall eine Baugenehmigung erforderlich, da das Ferienhaus im Geltungsbereich des Bebauungsplans {N('Nr. 12')} liegt und die festgesetzte Grundfläche bereits ausgeschöpft ist. Ich habe den Vorgang unter {AZ(az)} angelegt.

Ihr Zustellungsbevollmächtigter in Deutschland, Herr {P(zb.plain)} ({A(street())}, {A(plz_city(zt))}), ist bei uns vermerkt. Bescheide senden wir künftig an ihn.

Mit freundlichen Grüßen
Im Auftrag
{P(S1.plain)}
Kreis Nordfriesland – Fachdienst Bauen und Planen
Telefon {T(S1.ext)} | Zentrale {N(SWITCH)}

-----Ursprüngliche Nachricht-----
Von: {P(a.plain)} <{E(amail)}>
Gesendet: Sonntag, 1. Juni 2025 21:17
An: {P(S1.plain)} <{E(S1.mail)}>
Betreff: Vraag over ons bouwplan / Frage zu unserem Bauvorhaben {A(prop)}

> Goedendag / Guten Tag,
> wir sind die Eigentümer des Ferienhauses {A(prop)} in {t[1]} und möchten die Terrasse vergrößern. Brauchen wir dafür eine Genehmigung? Unser Nachbar Herr {P(person('nf', 'm').last)} sagt nein.
> Post bitte an unseren Bekannten {P(zb.plain)}, er schaut nach dem Haus wenn wir in Holland sind.
> Met vriendelijke groet,
> {P(a.plain)} en {P(b.plain)}
> {A(st)}, {A(pc)}
> {T(nl_phone(False))}"""


@doc("word", "besprechungsprotokoll")
def d29():
    bm = person("nf", "m")
    amt = person("nf", "f")
    gv = person("nf", "m")
    t = ch([x for x in NF_TOWNS if x[1] in ("Tating", "Garding", "Oldenswort", "Witzwort")])
    app = [person(ch(["nf", "dk", "nl", "city"])) for _ in range(4)]
    azs = [az_ba() for _ in app]
    return ["POLITICS"], f"""Ergebnisprotokoll Abstimmungsgespräch Bauleitplanung / Einzelvorhaben
Gemeinde {t[1]} – Amt Eiderstedt – Kreis Nordfriesland
Datum: 05.06.2025, 14:00–16:10 Uhr, Amtsgebäude Garding

Teilnehmende:
Bürgermeister {P(bm.plain)} (Gemeinde {t[1]})
{P(amt.plain)} (Amt Eiderstedt, Bauamt)
{P(gv.plain)} (Gemeindevertreter, Vorsitzender Bauausschuss)
{P(S3.full)}, {P(S1.plain)} (Kreis NF, Bauaufsicht)
{P(S5.full)} (Kreis NF, UNB)

TOP 1 Ferienwohnungen im Außenbereich
Die Gemeinde wünscht einheitliche Handhabung. Kreis erläutert: Umnutzung vorhandener landwirtschaftlicher Gebäude nach § 35 Abs. 4 Nr. 1 BauGB nur bei Wahrung der äußeren Gestalt; Neubauten nicht genehmigungsfähig.

TOP 2 Einzelvorhaben (Sachstand)
a) {P(app[0].full)}, {AZ(azs[0])}: Scheune, Ferienwohnungen – Nachforderung läuft.
b) {P(app[1].full)}, {AZ(azs[1])}: Dauerwohnen im Wochenendhaus – Anhörung erfolgt, Stellungnahme bis 30.06.
c) {P(app[2].full)}, {AZ(azs[2])}: Altenteilerhaus – Gemeinde erteilt Einvernehmen in der Sitzung am 17.06.
d) {P(app[3].full)}, {AZ(azs[3])}: Reitplatz mit Flutlicht – UNB sieht Konflikt mit Wiesenbrütern.

TOP 3 Verschiedenes
Herr {P(gv.last)} erklärte, er spreche hier auch für die CDU-Fraktion, die eine Veränderungssperre für den Ortsrand Süd beantragen werde. {P(bm.last)} widersprach: das sei im Bauausschuss noch nicht beraten.
Nächster Termin: nach der Sommerpause, Einladung durch das Amt ({P(amt.last)}).

Protokoll: {P(S1.last)}"""


@doc("outlook", "adressaenderung-zustellung")
def d30():
    p = person("dk", "m")
    old_st, _, old_pc = dk_addr()
    new_st, _, new_pc = dk_addr()
    zb = person("nf", "f")
    zbt = ch(DE_CITIES)
    az = az_ba()
    t = ch([x for x in NF_TOWNS if x[1] in ("Süderlügum", "Aventoft", "Leck", "Niebüll")])
    prop = street()
    return [], f"""Betreff: ny adresse / neue Adresse – Bauantrag {A(prop)} ({AZ(az)})

Hallo,

ich bin umgezogen, bitte alle Post für meinen Bauantrag (Garage und Schuppen auf {A(prop)}, {t[1]}) ab sofort an die neue Adresse schicken:

ALT: {A(old_st)}, {A(old_pc)}
NEU: {A(new_st)}, {A(new_pc)}

Neue Handynummer: {T(dk_phone())}
Neue E-Mail: {E(mail_of(p, 'gmail.com', 'num'))}

Sie hatten nach einer Person in Deutschland gefragt, die Post für mich annehmen darf. Das ist meine Schwester {P(zb.plain)}, {A(street(CITY_STREETS))}, {A(plz_city(zbt))}, Tel. {T(land(zbt[2], 'dash'))}. Sie ist einverstanden, Vollmacht kommt per Brief.

Tak og venlig hilsen
{P(p.plain)}"""


# ================================================================================================= output
def main():
    lines = []
    counts = {}
    for i, (channel, template, fn) in enumerate(DOCS, 1):
        flags, marked = fn()
        obj = build(f"F146-{i:03d}", channel, template, marked, flags)
        for e in obj["entities"]:
            counts[e["category"]] = counts.get(e["category"], 0) + 1
        lines.append(json.dumps(obj, ensure_ascii=False))
    assert len(lines) == 30, len(lines)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    total = sum(counts.values())
    print(f"{len(lines)} documents, {total} entities")
    for k in sorted(counts, key=lambda k: -counts[k]):
        print(f"  {k}: {counts[k]}")


if __name__ == "__main__":
    main()
