#!/usr/bin/env python3
"""Blind test batch 142: invented correspondence of a district's veterinary and food control office
(dog bites and dangerous dogs, animal hoarding, livestock farmers, butchers, restaurants and kebab shops,
lab reports, fines and hearings). Every name, address and number is invented; identifiers carry valid
check digits. Deterministic: Identifiers(14242) is the only random source."""
import json
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from identifiers import Identifiers, group, icao_check, luhn_check, mod11_10_check  # noqa: E402,F401
from marks import build  # noqa: E402

ids = Identifiers(14242)
rng = ids.rng
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh142.jsonl")


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


# ---------------------------------------------------------------- office (public data)
OFFICE = "Hochsauerlandkreis"
OFFICE_STREET = "Steinstraße 27"
OFFICE_CITY = "59872 Meschede"
OFFICE_PHONE = "0291 94-0"
OFFICE_FAX = "0291 94-26170"
OFFICE_MAIL = "veterinaerdienst@hochsauerlandkreis.de"
OFFICE_IBAN = "DE43 4165 1770 0000 0028 26"
DOMAIN = "hochsauerlandkreis.de"

# ---------------------------------------------------------------- name pools
POOLS = {
    "de": (["Jürgen", "Heinz-Dieter", "Matthias", "Ludger", "Hubertus", "Friedhelm", "Thorsten", "Dirk", "Bernd",
            "Jan-Hendrik", "Niklas", "Wilhelm", "Reinhard", "Franz-Josef", "Meinolf", "Till", "Benedikt", "Henning"],
           ["Annegret", "Sabine", "Kerstin", "Hildegard", "Marlies", "Carina", "Svenja", "Jutta", "Anna-Lena",
            "Gudrun", "Theresa", "Mechthild", "Rita", "Ulrike", "Lea-Sophie", "Waltraud", "Friederike", "Nele"],
           ["Hennecke", "Schulte-Wiese", "Bremke", "Kemper", "Rocholl", "Lübke", "Sauerwald", "Hömberg", "Wrede",
            "Padberg", "Kersting", "Brüggemann", "Drees", "Humpert", "Stratmann", "Vollmer", "Köster", "Gödde",
            "Schmidt-Bonacker", "Rüsche", "Bickmann", "Feldmann", "Kückenhoff", "Siepe", "Linnemann", "Wiethoff",
            "von der Heiden", "zur Nieden", "ter Horst", "Schnettler", "Funke", "Dünnebacke", "Keite", "Wulf"]),
    "tr": (["Mehmet", "Hüseyin", "Mustafa", "Emre", "Serkan", "Cem", "Yusuf", "Kadir", "Ömer", "Murat", "Erkan"],
           ["Ayşe", "Fatma", "Elif", "Zeynep", "Hatice", "Gülay", "Derya", "Sevgi", "Büşra", "Melek"],
           ["Yılmaz", "Öztürk", "Aydın", "Çelik", "Doğan", "Kılıç", "Arslan", "Şahin", "Korkmaz", "Güneş", "Kaplan",
            "Aksoy", "Polat", "Bozkurt", "Aslan", "Erdem", "Karakaya"]),
    "it": (["Giuseppe", "Salvatore", "Alessandro", "Vincenzo", "Marco", "Antonio", "Gianluca"],
           ["Francesca", "Giulia", "Rosaria", "Chiara", "Carmela", "Alessia"],
           ["Esposito", "Russo", "Lombardi", "De Luca", "Di Stefano", "Romano", "La Rosa", "D'Angelo", "Caruso",
            "Greco"]),
    "sy": (["Mohammad", "Ahmad", "Khaled", "Omar", "Abdulrahman", "Hussein", "Mahmoud", "Bilal"],
           ["Rania", "Lina", "Nour", "Yasmin", "Hiba", "Amal"],
           ["Al-Hamdan", "Alkhatib", "Haddad", "Shaker", "Al Masri", "Kassem", "Al-Ahmad", "Sabbagh", "Darwish",
            "Hamoud"]),
    "pl": (["Krzysztof", "Tomasz", "Paweł"], ["Agnieszka", "Jolanta", "Katarzyna"],
           ["Nowak", "Kowalczyk", "Wójcik", "Zielińska"]),
    "ru": (["Waldemar", "Viktor", "Artur"], ["Irina", "Valentina", "Olga"], ["Reimer", "Neufeld", "Dück", "Penner"]),
    "al": (["Bekim", "Arben", "Florim"], ["Valbona", "Drita", "Arta"], ["Krasniqi", "Berisha", "Gashi"]),
    "bs": (["Dragan", "Armin", "Nenad"], ["Lejla", "Jelena", "Vesna"], ["Petrović", "Hadžić", "Jovanović"]),
    "ro": (["Ionuț", "Marius", "Adrian"], ["Andreea", "Ioana", "Elena"], ["Popescu", "Munteanu", "Dumitrescu"]),
}
GR_M = ["Georgios", "Dimitrios", "Konstantinos", "Ioannis", "Nikolaos", "Vasilis"]
GR_F = ["Eleni", "Maria", "Sofia", "Katerina", "Despina"]
GR_L = [("Papadopoulos", "Papadopoulou"), ("Karagiannis", "Karagianni"), ("Nikolaidis", "Nikolaidou"),
        ("Oikonomou", "Oikonomou"), ("Vlachos", "Vlachou"), ("Christodoulou", "Christodoulou")]
VN_L = ["Nguyễn", "Trần", "Phạm", "Lê", "Hoàng", "Võ", "Đặng", "Bùi"]
VN_M = ["Văn Hùng", "Minh Tuấn", "Đức Anh", "Quốc Bảo", "Thanh Bình", "Văn Long"]
VN_F = ["Thị Thu Hà", "Thị Mai", "Thị Lan", "Ngọc Ánh", "Thị Hương", "Thu Trang"]

USED = set()


class Pers:
    def __init__(self, first, last, g, title=""):
        self.first, self.last, self.g, self.title = first, last, g, title

    @property
    def fl(self):
        return f"{self.first} {self.last}"

    @property
    def full(self):
        return f"{self.title} {self.first} {self.last}".strip()

    @property
    def tl(self):  # title + surname, for salutations
        return f"{self.title} {self.last}".strip()

    @property
    def anrede(self):
        return "Frau" if self.g == "f" else "Herr"

    @property
    def anrede_akk(self):
        return "Frau" if self.g == "f" else "Herrn"

    @property
    def sgd(self):
        return "Sehr geehrte Frau" if self.g == "f" else "Sehr geehrter Herr"


def person(origin, g=None, title=""):
    if g is None:
        g = rng.choice("mf")
    for _ in range(200):
        if origin == "gr":
            first = rng.choice(GR_M if g == "m" else GR_F)
            pair = rng.choice(GR_L)
            last = pair[0] if g == "m" else pair[1]
        elif origin == "vn":
            first = rng.choice(VN_M if g == "m" else VN_F)
            last = rng.choice(VN_L)
        else:
            org = rng.choice(["pl", "ru", "al", "bs", "ro"]) if origin == "ot" else origin
            m, f, l = POOLS[org]
            first = rng.choice(m if g == "m" else f)
            last = rng.choice(l)
            if last == "Zielińska" and g == "m":
                last = "Zieliński"
        if last not in USED:
            USED.add(last)
            return Pers(first, last, g, title)
    return Pers(first, last, g, title)


STAFF = [
    Pers("Katrin", "Bräutigam", "f", "Dr."), Pers("Sven", "Tillmann", "m"), Pers("Özlem", "Tekin", "f"),
    Pers("Ansgar", "Mertens", "m", "Dr."), Pers("Birgit", "Hoppe", "f"), Pers("Jana", "Wessel", "f", "Dr."),
    Pers("Marco", "Rinke", "m"), Pers("Daniela", "Kuhlmann", "f"), Pers("Tobias", "Eickhoff", "m"),
    Pers("Henrik", "Schwermer", "m", "Dr."), Pers("Lisa-Marie", "Quinkert", "f"), Pers("Frank", "Lohmann", "m"),
]


def staff(n=1):
    return rng.sample(STAFF, n)


def staff_lk(n=1):
    return rng.sample([p for p in STAFF if not p.title], n)


def staff_vet(n=1):
    return rng.sample([p for p in STAFF if p.title], n)


def ata(p):
    return "Amtstierärztin" if p.g == "f" else "Amtstierarzt"


# ---------------------------------------------------------------- value generators
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def rdate(y0, y1):
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


def fdate(ymd, style):
    y, m, d = ymd
    return {
        "dot": f"{d:02d}.{m:02d}.{y}", "short": f"{d}.{m}.{y}", "yy": f"{d:02d}.{m:02d}.{y % 100:02d}",
        "long": f"{d}. {MONTHS[m - 1]} {y}", "iso": f"{y}-{m:02d}-{d:02d}", "slash": f"{d:02d}/{m:02d}/{y}",
    }[style]


def dob(y0=1950, y1=2000, style=None):
    return fdate(rdate(y0, y1), style or rng.choice(["dot", "dot", "short", "long", "yy"]))


MOBILE = ["0151", "0152", "0157", "0160", "0162", "0170", "0171", "0172", "0173", "0175", "0176", "0177", "0178",
          "0179", "0159"]
AREA = ["0291", "02931", "02932", "02961", "02981", "02971", "02972", "02902", "02962", "02991", "02934", "02935",
        "02973", "02983", "02904", "02963"]


def mobile(style=None):
    pre, rest = rng.choice(MOBILE), ids.digits(rng.choice([7, 8]), True)
    style = rng.randrange(7) if style is None else style
    return [f"{pre} {rest}", f"{pre}-{rest}", f"{pre}/{rest}", f"+49 {pre[1:]} {rest}",
            f"+49 (0){pre[1:]} {rest[:4]} {rest[4:]}", f"{pre}{rest}", f"0049 {pre[1:]} {rest}"][style]


def landline(style=None, area=None):
    code, num = area or rng.choice(AREA), ids.digits(rng.choice([4, 5, 6]), True)
    style = rng.randrange(6) if style is None else style
    return [f"{code} {num}", f"({code}) {num}", f"{code}/{num}", f"+49 {code[1:]} {num}", f"{code}-{num}",
            f"{code} {num[:2]} {num[2:]}"][style]


def staff_phone(ext=None):
    ext = ext or ids.digits(4, True)
    return rng.choice([f"0291 94-{ext}", f"0291 94{ext}", f"(0291) 94-{ext}", f"+49 291 94-{ext}"])


def ascii_(s):
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss"),
                 ("ı", "i"), ("đ", "d"), ("Đ", "D"), ("ț", "t")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


MAILDOM = ["web.de", "gmx.de", "gmx.net", "t-online.de", "outlook.de", "gmail.com", "icloud.com", "yahoo.de",
           "freenet.de", "arcor.de", "hotmail.com", "posteo.de", "mail.de", "online.de"]


def mail_of(p, dom=None):
    f = ascii_(p.first).lower().replace(" ", "").replace("'", "")
    l = ascii_(p.last).lower().replace(" ", "").replace("'", "")
    dom = dom or rng.choice(MAILDOM)
    st = rng.randrange(7)
    n = rng.randint(1, 99)
    return [f"{f}.{l}@{dom}", f"{f[0]}.{l}@{dom}", f"{l}.{f}@{dom}", f"{f}{l}{n}@{dom}", f"{f}_{l}@{dom}",
            f"{l}{n:02d}@{dom}", f"{f}.{l}{1950 + n % 50}@{dom}"][st]


def staff_mail(p):
    return f"{ascii_(p.first).lower()}.{ascii_(p.last).lower()}@{DOMAIN}"


STREETS = ["Mühlenweg", "Am Lörmecketal", "Zur Hellefelder Höhe", "Ruhrstraße", "Unterm Kleff", "Auf dem Bruch",
           "Hauptstraße", "Kapellenweg", "Schützenstraße", "Bergstraße", "Im Siepen", "Alter Hellweg", "Königstraße",
           "Lanfertsweg", "Am Ohl", "Briloner Straße", "Zum Wildgehege", "Stiftsplatz", "An der Ruhraue",
           "Grafenstraße", "Eichendorffweg", "Sauerlandstraße", "Auf der Hardt", "Ostwall", "Kirchplatz",
           "Von-Stephan-Straße", "Zur Alten Schmiede", "Henneweg", "Nuttlarer Weg", "Steinweg", "Am Bilstein",
           "In der Twiete", "Wiebelsaat", "Brückenstraße", "Am Stertschultenhof", "Jahnstraße", "Lindenallee",
           "Oststraße", "Gartenweg", "Am Kreuzberg", "Plackweg", "Kolpingstraße"]
CITIES = ["59872 Meschede", "59929 Brilon", "59755 Arnsberg", "59821 Arnsberg", "59846 Sundern", "59909 Bestwig",
          "59939 Olsberg", "59955 Winterberg", "57392 Schmallenberg", "34431 Marsberg", "59889 Eslohe",
          "59964 Medebach", "59969 Hallenberg", "59757 Arnsberg", "59823 Arnsberg", "59581 Warstein",
          "57399 Kirchhundem", "59590 Geseke"]
VILLAGES = [("Wehrstapel", "59872 Meschede"), ("Berlar", "59909 Bestwig"), ("Altenfeld", "59955 Winterberg"),
            ("Oberhenneborn", "57392 Schmallenberg"), ("Kückelheim", "59889 Eslohe"), ("Madfeld", "59929 Brilon"),
            ("Deifeld", "59964 Medebach"), ("Frielinghausen", "59846 Sundern"), ("Giershagen", "34431 Marsberg")]
USED_STREETS = set()


def street():
    for _ in range(100):
        s = rng.choice(STREETS)
        if s not in USED_STREETS or len(USED_STREETS) >= len(STREETS):
            break
    USED_STREETS.add(s)
    num = str(rng.randint(1, 140))
    r = rng.random()
    if r < 0.15:
        num += rng.choice("abc")
    elif r < 0.2:
        num += f"-{int(num) + 2}"
    return f"{s} {num}"


def city():
    return rng.choice(CITIES)


def village():
    v, c = rng.choice(VILLAGES)
    return f"{v} {rng.randint(1, 40)}", c


PLATE_DISTRICTS = ["HSK", "HSK", "HSK", "MES", "BRI", "SO", "OE", "MK", "AR", "WAF", "PB", "HAM"]


def plate(district=None, style=None):
    d = district or rng.choice(PLATE_DISTRICTS)
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice([1, 2, 2])))
    num = str(rng.randint(1, 9999 if len(d) + len(letters) < 5 else 999))
    style = rng.randrange(3) if style is None else style
    return [f"{d}-{letters} {num}", f"{d} {letters} {num}", f"{d}-{letters}{num}"][style]


def az_vet(topic):
    return f"39.{rng.randint(1, 4)}-{topic}-{rng.randint(100, 999)}/{rng.choice(['24', '25'])}"


def kassenzeichen():
    return f"5.039.{ids.digits(6, True)}.{rng.randint(1, 9)}"


def tax_id_fmt():
    t = ids.tax_id()
    return rng.choice([t, f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"])


def vat_fmt():
    v = ids.vat_id()
    return rng.choice([v, f"DE {v[2:]}", f"DE {v[2:5]} {v[5:8]} {v[8:]}"])


def iban_de_fmt():
    v = ids.iban_de()
    return rng.choice([v, group(v, 4)])


def iban_foreign(country, bban):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def ssn_fmt(ymd, letter):
    y, m, d = ymd
    s = ids.social_security(f"{d:02d}{m:02d}{y % 100:02d}", letter)
    return rng.choice([s, f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"])


def card(kind="visa"):
    c = ids.credit_card("4", 16) if kind == "visa" else ids.credit_card(rng.choice(["51", "52", "53", "55"]), 16)
    return rng.choice([group(c, 4), group(c, 4, "-"), c])


def chip():
    return "276" + rng.choice(["098", "094", "097"]) + ids.digits(9)


DOCS = []


def doc(channel, template, flags=()):
    def deco(fn):
        DOCS.append((channel, template, list(flags), fn))
        return fn
    return deco


# ================================================================ documents
@doc("outlook", "beissvorfall-meldung", ["HEALTH"])
def d01():
    mum = person("tr", "f")
    kid = rng.choice(["Emir", "Yunus", "Elias", "Deniz", "Aras"])
    owner = person("de", "m")
    wit = person("de", "f")
    mail = mail_of(mum)
    st, ci = street(), rng.choice(["59929 Brilon", "59939 Olsberg"])
    ost = street()
    return f"""Von: {P(mum.fl)} <{E(mail)}>
Gesendet: Dienstag, 10. Juni 2025 21:47
An: {N(OFFICE_MAIL)}
Betreff: Hund hat meinen Sohn gebissen – bitte dringend handeln

Sehr geehrte Damen und Herren,

am Sonntagnachmittag wurde mein Sohn {P(kid + " " + mum.last)} (geb. {DOB(dob(2015, 2018, "dot"))}) auf dem Fußweg zwischen Schwimmbad und Spielplatz von einem frei laufenden Hund gebissen. Der Hund, ein großer grauer Mischling, vielleicht ein Cane Corso, gehört nach Auskunft der Nachbarn einem Herrn {P(owner.last)}, der in der {A(ost)} wohnt. Der Hund hatte weder Leine noch Maulkorb, der Halter stand etwa 50 Meter entfernt und hat telefoniert.

{P(kid)} hat eine tiefe Bisswunde an der linken Wade, die in der Kinderchirurgie genäht werden musste. Er bekommt Antibiotika, schläft seitdem schlecht und will nicht mehr allein zur Schule gehen. Den Arztbrief schicke ich Ihnen gern nach.

Gesehen hat alles unsere Nachbarin {P(wit.fl)}, sie hat den Mann auch angesprochen. Sie ist einverstanden, dass ich Ihnen ihre Nummer gebe: {T(mobile())}.

Ich möchte, dass geprüft wird, ob dieser Hund gefährlich ist. An dem Weg spielen jeden Tag Kinder. Mich erreichen Sie am besten nach 16 Uhr unter {T(mobile())}.

Mit freundlichen Grüßen
{P(mum.fl)}
{A(st)}
{A(ci)}"""


@doc("word", "anhoerung-gefahrhund", ["HEALTH"])
def d02():
    owner = person("ot", "m")
    mum = person("de", "f")
    s = staff_vet()[0]
    st, ci = street(), city()
    az = az_vet("LHundG")
    return f"""{OFFICE} · Der Landrat
Fachdienst 39 – Veterinärdienst und Lebensmittelüberwachung
{N(OFFICE_STREET)} · {N(OFFICE_CITY)}

Gegen Postzustellungsurkunde
Herrn
{P(owner.fl)}
{A(st)}
{A(ci)}

Mein Zeichen: {AZ(az)}
Auskunft: {P(s.full)}
Durchwahl: {T(staff_phone())}
E-Mail: {E(staff_mail(s))}
Datum: 16.06.2025

Anhörung nach § 28 Verwaltungsverfahrensgesetz NRW
Feststellung der Gefährlichkeit Ihres Hundes „Rocky“ (Rüde, Mischling, Transponder {N(chip())})

Sehr geehrter Herr {P(owner.last)},

nach den hier vorliegenden Erkenntnissen hat Ihr Hund am 08.06.2025 gegen 16:30 Uhr auf dem Fußweg am Freibad einen achtjährigen Jungen angesprungen und in die linke Wade gebissen; die Wunde musste im Krankenhaus genäht werden. Die Mutter des Kindes, Frau {P(mum.fl)}, hat den Vorfall am 10.06.2025 schriftlich angezeigt. Eine Anwohnerin hat bestätigt, dass Sie den Hund zu diesem Zeitpunkt unangeleint geführt haben.

Ich beabsichtige deshalb, Ihren Hund nach § 3 Abs. 3 Nr. 1 des Landeshundegesetzes NRW als gefährlich festzustellen. Die Feststellung hätte zur Folge, dass Sie den Hund außerhalb Ihres befriedeten Besitztums nur noch angeleint und mit Maulkorb führen dürfen und für die Haltung eine Erlaubnis nach § 4 LHundG NRW benötigen. Hierzu gehören ein Sachkundenachweis, ein Führungszeugnis und der Nachweis einer Haftpflichtversicherung.

Bevor ich entscheide, gebe ich Ihnen Gelegenheit, sich bis zum 04.07.2025 schriftlich oder zur Niederschrift zu äußern. Sie können dabei auch Tatsachen vortragen, die gegen eine Gefährlichkeit sprechen (etwa ein Wesenstest oder Zeugen, die den Vorfall anders beobachtet haben). Äußern Sie sich nicht, entscheide ich nach Aktenlage.

Unsere Sprechzeiten: Mo–Do 8:30–12:00 Uhr; Telefonzentrale {N(OFFICE_PHONE)}.

Mit freundlichen Grüßen
Im Auftrag

{P(s.full)}
{ata(s)}"""


@doc("outlook", "antwort-tierzahl", ["SEXUAL_ORIENTATION"])
def d03():
    me = person("de", "m")
    partner = person("de", "m")
    nb = person("de", "m")
    s = staff()[0]
    st = street()
    return f"""Von: {E(mail_of(me))}
An: {E(staff_mail(s))}
Betreff: AW: Ihr Schreiben vom 02.06. wg. tierhaltung

hallo frau {P(s.last)},

also erstmal wir haben keine 30 katzen wie da drin steht sondern 4 katzen und 2 hunde, alle geimpft und gechipt und beim tierarzt dr {P(rng.choice(["Pieper", "Overbeck", "Scheele"]))} in behandlung, können sie gerne nachfragen. die katzenklos machen wir jeden tag sauber

die anzeige kommt 100% vom nachbarn herrn {P(nb.last)} aus nummer 14, der hat was gegen uns seit {P(partner.first)} und ich hier eingezogen sind. zwei männer mit tieren im haus ist dem wohl zu viel, der hat uns auch schon im treppenhaus beleidigt. das hab ich auch schon der polizei gesagt

sie können gerne vorbeikommen und gucken, aber bitte vorher anrufen weil wir beide schicht arbeiten. {T(mobile(5))} oder mein freund {T(mobile(0))}

wir wohnen {A(st)}, 2. etage links (klingel {P(me.last)}/{P(partner.last)})

gruß
{P(me.first.lower())}

--
Gesendet mit der WEB.DE Mail App"""


@doc("word", "kontrollbericht-gastro")
def d04():
    fam = rng.choice(VN_L)
    USED.add(fam)
    owner = Pers(rng.choice(VN_F), fam, "f")
    hus = Pers(rng.choice(VN_M), rng.choice([x for x in VN_L if x != fam]), "m")
    dau = rng.choice(["Mai-Linh", "Thu-An", "Lena Thi"])
    emp = person("ot", "f")
    s1, s2 = staff(2)
    bst, bci = street(), city()
    pst, pci = street(), bci
    return f"""{OFFICE} – Lebensmittelüberwachung
KONTROLLBERICHT (Betriebsprüfung nach VO (EU) 2017/625)

Betrieb:                 Restaurant „Saigon Garden“ (asiatische Küche, ca. 60 Plätze)
Betriebsstätte:          {A(bst)}, {A(bci)}
Betriebs-Nr. (BALVI):    {N("39-G-" + ids.digits(6))}
Lebensmittelunternehmerin: {P(owner.last + " " + owner.first)}, geb. {DOB(dob(1968, 1985, "dot"))}
Privatanschrift:         {A(pst)}, {A(pci)}
Telefon Betrieb:         {T(landline())}       mobil: {T(mobile())}
Steuernummer:            {TNR(ids.tax_number_nrw())}     USt-IdNr.: {VAT(vat_fmt())}

Kontrolle am 12.06.2025, 11:05 – 13:20 Uhr, unangemeldet
Kontrollpersonen: {P(s1.fl)}, {P(s2.fl)}
Anwesend: {P(hus.last + " " + hus.first)} (Ehemann, Koch), {P(emp.fl)} (Servicekraft), {P(dau)} (Tochter, übersetzt)

Feststellungen
1. Kühlzelle: Lufttemperatur 11 °C (Soll ≤ 7 °C), Thermometer defekt, keine Temperaturaufzeichnungen seit April.
2. Rohes Hähnchenfleisch (ca. 8 kg) ungekühlt auf dem Boden der Küche in Eimern zum Auftauen.
3. Handwaschbecken in der Küche ohne Seife und Einmalhandtücher, als Ablage für Gemüse genutzt.
4. Allergenkennzeichnung der Speisekarte unvollständig (Erdnuss, Sesam, Sellerie fehlen).
5. Schulungsnachweise nach § 4 LMHV für zwei Küchenkräfte nicht vorhanden.

Sofortmaßnahmen: Hähnchenfleisch (8 kg) im Beisein von Frau {P(owner.last)} vernichtet. Probe gezogen: {N("2025-LM-" + ids.digits(5))} (gebratene Nudeln mit Huhn, warm gehalten).
Anordnung: Mängel 1, 3 und 5 bis 19.06.2025 abstellen; Nachkontrolle kostenpflichtig (§ 2 GebG NRW i. V. m. AVerwGebO).

Der Bericht wurde mit Herrn {P(hus.last)} und der Tochter besprochen. Durchschrift ausgehändigt.

Für den Betrieb:  gez. {P(owner.last.upper())}                 Für die Behörde:  gez. {P(s1.last)} / {P(s2.last)}"""


@doc("outlook", "wg-laborbefund")
def d05():
    s1, s2 = staff(2)
    s3 = rng.choice([p for p in STAFF if not p.title and p not in (s1, s2)])
    lab = person("de", "f", "Dr.")
    owner = person("sy", "m")
    bst, bci = street(), city()
    labmail = f"{ascii_(lab.first[0]).lower()}.{ascii_(lab.last).lower().replace(' ', '')}@cvua-westfalen.de"
    return f"""Betreff: WG: Befund Probe {N("2025-LM-" + ids.digits(5))} Dönerfleisch – Listeria monocytogenes

Hi {P(s2.first)},

siehe unten, der Spieß vom Imbiss „Damaskus Grill“ ist positiv. Kannst du morgen früh mit {P(s3.first)} hin? Inhaber laut Akte {P(owner.fl)}, Laden {A(bst)} in {A(bci)}, Handy {T(mobile())}. Bitte gleich Rückverfolgung Lieferant (Kebabhersteller aus Hagen) und Tupferproben Schneidemaschine. Ich bin ab 14 Uhr beim Landrat.

LG {P(s1.first)}

-----Ursprüngliche Nachricht-----
Von: {P(lab.full)} <{E(labmail)}>
Gesendet: Montag, 16. Juni 2025 09:12
An: {P(s1.last + ", " + s1.first)} <{E(staff_mail(s1))}>
Cc: Poststelle Veterinärdienst <{N(OFFICE_MAIL)}>
Betreff: Befund Probe

Sehr geehrte{"r Herr" if s1.g == "m" else " Frau"} {P(s1.last)},

in der o. g. Planprobe (Dönerfleisch Kalb/Pute, vorgegart, Entnahme am 05.06.2025 durch LK {P(s3.last)}) wurde Listeria monocytogenes mit 2,4 × 10³ KbE/g nachgewiesen. Das Erzeugnis ist nach Art. 14 Abs. 2 Buchst. a VO (EG) Nr. 178/2002 als gesundheitsschädlich zu beurteilen. Wir empfehlen Maßnahmen beim Hersteller und beim Abgabebetrieb; der Prüfbericht folgt heute per Post.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen
{P(lab.full)}
Fachbereich Mikrobiologie
Chemisches und Veterinäruntersuchungsamt Westfalen
Tel. {T("02921 9659-" + ids.digits(3, True))}"""


@doc("word", "kontrollplan-export")
def d06():
    rows = []
    kinds = [("Metzgerei", "de"), ("Döner/Imbiss", "tr"), ("Pizzeria", "it"), ("Bäckerei", "de"),
             ("Restaurant griech.", "gr"), ("Asia-Imbiss", "vn"), ("Hofladen", "de"), ("Shisha-Bar/Imbiss", "sy"),
             ("Eiscafé", "it"), ("Fleischerei-Filiale", "de")]
    names = {"Metzgerei": "Landmetzgerei {L}", "Döner/Imbiss": "Kebap Haus 2000", "Pizzeria": "Pizzeria Vesuvio",
             "Bäckerei": "Backstube am Markt", "Restaurant griech.": "Taverna Olympia", "Asia-Imbiss": "Wok & Roll",
             "Hofladen": "Hofladen {L}", "Shisha-Bar/Imbiss": "Aleppo Grill", "Eiscafé": "Eiscafé Venezia",
             "Fleischerei-Filiale": "Fleischerei {L} Filiale"}
    ks = staff(3)
    for i, (kind, origin) in enumerate(kinds):
        if origin == "vn":
            fam = rng.choice(VN_L)
            o = Pers(rng.choice(VN_M + VN_F), fam, "m")
        else:
            o = person(origin)
        name = names[kind]
        if "{L}" in name:
            pre, post = name.split("{L}")
            name = pre + P(o.last) + post
        k = rng.choice(ks)
        last = fdate((rng.randint(2023, 2025), rng.randint(1, 5), rng.randint(1, 28)), "dot")
        rk = rng.randint(1, 9)
        phone = T(landline(rng.choice([0, 2, 4]))) if rng.random() < 0.7 else T(mobile(rng.choice([0, 5])))
        rows.append(f"{N('39-' + ids.digits(6))};{name};{kind};{P(o.last + ', ' + o.first)};{A(street())};"
                    f"{A(city())};{phone};{rk};{last};{P(k.last)}")
    head = "BetriebsID;Bezeichnung;Betriebsart;Verantwortlich;Strasse;PLZ Ort;Telefon;Risikoklasse;LetzteKontrolle;Kontrolleur"
    return ("Export BALVI iP – Planprobenliste Bezirk Süd – Stand 17.06.2025 – nur dienstlicher Gebrauch\n\n"
            + head + "\n" + "\n".join(rows) + "\n\n10 Datensätze exportiert.")


@doc("outlook", "anwalt-stellungnahme-owi", ["ETHNICITY"])
def d07():
    law = person("de", "f", "Dr.")
    client = person("tr", "m")
    bro = Pers(rng.choice(POOLS["tr"][0]), client.last, "m")
    s = staff_lk()[0]
    kst, kci = street(), rng.choice(["59494 Soest", "59555 Lippstadt"])
    az = f"39.3-OWi-{rng.randint(1000, 1999)}/25"
    own = f"{rng.randint(100, 999)}/25 {law.last[:2].upper()}"
    lmail = f"{ascii_(law.last).lower().replace(' ', '')}@kanzlei-{ascii_(law.last).lower().replace(' ', '-')}.de"
    return f"""Von: Kanzlei {P(law.full)} <{E(lmail)}>
An: {N(OFFICE_MAIL)}
Betreff: Ihr Az. {AZ(az)} – Bußgeldverfahren gegen {P(client.fl)} – Stellungnahme

Sehr geehrte Damen und Herren,

unter Vorlage einer auf uns lautenden Vollmacht zeigen wir an, dass wir Herrn {P(client.fl)}, geb. {DOB(dob(1975, 1992, "dot"))}, Inhaber des Imbissbetriebs „Anadolu Kebap“, {A(street())}, {A(city())}, anwaltlich vertreten. Unser Zeichen: {AZ(own)}.

Zum Anhörungsbogen vom 28.05.2025 nehmen wir wie folgt Stellung:

1. Unser Mandant bestreitet, am 14.05.2025 Hackfleisch mit abgelaufenem Verbrauchsdatum vorrätig gehalten zu haben. Die beanstandete Ware war mit „Retoure – nicht verwenden“ beschriftet und stand getrennt von der übrigen Ware; sie sollte am Folgetag vom Lieferanten abgeholt werden. Zeuge hierfür ist sein Bruder {P(bro.fl)}, der im Betrieb mitarbeitet.

2. Es fällt auf, dass der Betrieb unseres Mandanten im laufenden Jahr bereits viermal kontrolliert wurde, während vergleichbare Betriebe in der Nachbarschaft nach seiner Kenntnis seit Jahren nicht kontrolliert wurden. Unser Mandant, der kurdischer Herkunft ist, hat den Eindruck gewonnen, dass dabei seine Herkunft eine Rolle spielt. Wir bitten um Mitteilung, nach welchen Kriterien die Kontrollfrequenz festgelegt wird (Risikoklasse, Beurteilungsbogen).

3. Wir beantragen Akteneinsicht, insbesondere in den Kontrollbericht von LK {P(s.last)} und die Lichtbilder, und bitten, die Akte an unsere Kanzlei zu übersenden.

Rückfragen gern an die Unterzeichnerin oder an unsere Mitarbeiterin Frau {P(person("de", "f").fl)}, Tel. {T(landline(1, "02921"))}.

Mit freundlichen Grüßen

{P(law.full)}
Rechtsanwältin
Fachanwältin für Verwaltungsrecht
{A(kst)} · {A(kci)}"""


@doc("word", "bussgeldbescheid-metzgerei")
def d08():
    b = person("de", "m")
    b.first = rng.choice(["Josef-Anton", "Franz-Josef", "Hubertus", "Meinolf"])
    st, ci = street(), rng.choice(["59889 Eslohe (Sauerland)", "57392 Schmallenberg", "59964 Medebach"])
    s1, s2 = staff_lk(2)
    s3 = rng.choice([p for p in STAFF if p not in (s1, s2)])
    birth = rdate(1958, 1972)
    return f"""{OFFICE} · Der Landrat
Bußgeldstelle Veterinärdienst und Lebensmittelüberwachung

Herrn
{P(b.fl)}
Landmetzgerei {P(b.last)}
{A(st)}
{A(ci)}

Aktenzeichen:  {AZ(az_vet("OWi"))}
Kassenzeichen: {AZ(kassenzeichen())}
Meschede, 18.06.2025

BUSSGELDBESCHEID

gegen  {P(b.fl)}, geboren am {DOB(fdate(birth, "dot"))} in {ci.split(" ", 1)[1].split(" (")[0]}, Fleischermeister, wohnhaft {A(st)}, {A(ci)}

Ihnen wird zur Last gelegt, am 22.04.2025 in Ihrer Betriebsstätte als Lebensmittelunternehmer fahrlässig
a) vorverpacktes Hackfleisch (6 Packungen à 500 g) nach Ablauf des Verbrauchsdatums zum Verkauf vorrätig gehalten und
b) die Temperatur der Verkaufstheke für Hackfleisch nicht auf höchstens +2 °C gehalten zu haben (gemessen: +7,4 °C),
c) am 29.04.2025 im Verkaufswagen mit dem amtlichen Kennzeichen {KFZ(plate("HSK", 0))} auf dem Wochenmarkt Rohmilchkäse ohne Kühlung angeboten zu haben.

Ordnungswidrigkeit nach § 60 Abs. 2 Nr. 26 Buchst. a LFGB i. V. m. § 10 Nr. 1 LMHV; § 17 OWiG.
Beweismittel: Kontrollbericht vom 22.04.2025, Lichtbilder (7), Zeugen LK {P(s1.fl)} und LK {P(s2.fl)}, beide zu laden über die Behörde.

Ihre Einlassung vom 12.05.2025 (Defekt des Thermostats) wurde berücksichtigt; sie entlastet Sie für Buchstabe a) nicht.

Festgesetzt werden:
Geldbuße                      450,00 EUR
Gebühr (§ 107 Abs. 1 OWiG)     28,50 EUR
Auslagen (Zustellung)           3,50 EUR
Gesamtbetrag                  482,00 EUR

Zahlen Sie den Gesamtbetrag bis zum 10.07.2025 an die Kreiskasse, IBAN {N(OFFICE_IBAN)}, und geben Sie dabei immer das Kassenzeichen an.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid können Sie innerhalb von zwei Wochen nach Zustellung schriftlich oder zur Niederschrift beim {OFFICE}, {N(OFFICE_STREET)}, {N(OFFICE_CITY)}, Einspruch einlegen.

Im Auftrag
{P(s3.fl)}"""


@doc("outlook", "landwirt-ohrmarken", ["HEALTH", "POLITICS"])
def d09():
    f = person("de", "m")
    f.first = rng.choice(["Wilhelm", "Heinrich", "Franz-Josef", "Ludger"])
    son = Pers(rng.choice(["Christoph", "Stefan", "Johannes"]), f.last, "m")
    s = staff()[0]
    vst, vci = village()
    vet = person("de", "m", "Dr.")
    return f"""Von: {P(f.fl)} <{E(mail_of(f, "t-online.de"))}>
An: {P(s.full)} <{E(staff_mail(s))}>
Betreff: Kontrolle vom 3. Juni, fehlende Ohrmarken

Sehr geehrte{"r Herr" if s.g == "m" else " Frau"} {P(s.tl)},

ich komme zurück auf Ihre Cross-Compliance-Kontrolle auf unserem Betrieb in {A(vst)} ({A(vci)}), Registriernummer {AZ("276 05 958 " + ids.digits(4, True) + " " + ids.digits(3))}. Die beiden Färsen ohne Ohrmarke haben inzwischen Ersatzohrmarken, die Meldung an die HI-Tier ist gestern erfolgt. Die Bestandsregisterlücke aus dem Winter kommt daher, dass ich im Februar drei Wochen im Krankenhaus lag (Knie) und mein Sohn {P(son.first)} den Stall allein gemacht hat.

Den Viehanhänger mit dem Kennzeichen {KFZ(plate("HSK", 0))} hat mein Sohn nach Ihrem Hinweis gleich reinigen und desinfizieren lassen, der Nachweis von Herrn {P(person("de", "m").last)} (Reinigungsplatz Bestwig) liegt bei. Unser Hoftierarzt {P(vet.full)} bestätigt Ihnen gern, dass die Tiere gesund sind.

Eins muss ich noch loswerden: Ich bin seit 20 Jahren für die CDU im Ortsrat und habe in der letzten Fraktionssitzung schon gesagt, dass die Papierflut für kleine Betriebe wie unseren nicht mehr zu schaffen ist. Das ist nicht gegen Sie persönlich gemeint.

Ab Juli übernimmt {P(son.fl)} den Betrieb ganz, er ist unter {T(mobile(0))} zu erreichen. Ich selbst habe nur das Festnetz: {T(landline(0, rng.choice(["0291", "02904", "02973"])))}.

Mit freundlichen Grüßen
{P(f.fl)}"""


@doc("word", "vermerk-tierhortung", ["HEALTH"])
def d10():
    w = person("de", "f")
    son = Pers(rng.choice(["Ralf", "Dirk", "Thomas", "Michael"]), w.last, "m")
    bet = person("de", "f")
    pol = person("de", "m")
    th = person("ot", "f")
    s1 = staff_vet()[0]
    s2 = staff_lk()[0]
    st, ci = street(), city()
    bst = street()
    return f"""Vermerk
Az.: {AZ(az_vet("TSchG"))}
Betreff: Ortstermin Katzenhaltung {P(w.full)}, {A(st)}, {A(ci)}

Datum/Zeit: 13.06.2025, 09:40 – 12:15 Uhr
Teilnehmende: {P(s1.full)} ({ata(s1)}), {P(s2.fl)} (VHK), PHK {P(pol.last)} (PW Meschede), Frau {P(th.fl)} (Tierheim Meschede e. V.); der Sohn der Halterin, Herr {P(son.fl)}, kam um 10:15 Uhr hinzu.

1. Sachverhalt
Nach mehreren Hinweisen aus der Nachbarschaft wurde die Wohnung im Erdgeschoss aufgesucht. Frau {P(w.last)} öffnete erst nach längerem Klingeln. Sie wirkte verwirrt, konnte Datum und Zahl ihrer Tiere nicht angeben und war teilweise nicht orientiert. Der Sohn gab an, seine Mutter sei seit einem Sturz im Winter „nicht mehr die Alte“; eine beginnende Demenz sei hausärztlich festgestellt, Termin beim Neurologen im August.

2. Befund
In drei Räumen wurden 34 Katzen angetroffen, davon 9 Jungtiere. Ammoniakgeruch stark, Katzentoiletten überfüllt, Kot auf Boden und Möbeln. Zwei Katzen mit eitrigem Augenausfluss, eine stark abgemagert (BCS 1/5), ein Kadaver im Badezimmer. Trinkwasser nur in einem Gefäß, verschmutzt.

3. Maßnahmen
– 15 Katzen (kranke und Jungtiere) sofort nach § 16a Abs. 1 Satz 2 Nr. 2 TierSchG fortgenommen und ins Tierheim verbracht (Transport: Tierheim).
– Mündliche Anordnung: Reduzierung auf höchstens 5 Katzen, Kastration, Reinigung bis 27.06.2025; schriftliche Bestätigung folgt.
– Der Sohn wurde gebeten, beim Amtsgericht Meschede eine Betreuung anzuregen. Nach seiner Auskunft besteht bereits ein Verfahren (Az. {AZ("XVII " + str(rng.randint(100, 399)) + "/25")}); vorläufige Betreuerin ist Frau {P(bet.fl)}, Berufsbetreuerin, {A(bst)}, {A("59872 Meschede")}, Tel. {T(landline(0, "0291"))}.

4. Weiteres
Sohn erreichbar unter {T(mobile())}, E-Mail {E(mail_of(son))}. Kostenbescheid Tierheim nach Abschluss. Information Sozialpsychiatrischer Dienst durch {P(s1.last)} am 16.06. erfolgt.

gez. {P(s2.last)}"""


@doc("outlook", "intern-sachkunde-ausweis")
def d11():
    s1, s2 = staff(2)
    c1 = person("ot", "f")
    c2 = person("tr", "m")
    idn1, idn2 = ids.id_card(), ids.id_card(True)
    return f"""Von: {P(s1.last + ", " + s1.first)}
Gesendet: Mittwoch, 18. Juni 2025 07:52
An: {P(s2.last + ", " + s2.first)}
Betreff: sachkunde do. / ausweisnummer passt nicht

moin {P(s2.first)},

kurze sache zur sachkundeprüfung am donnerstag: frau {P(c1.fl)} (geb {DOB(dob(1980, 2002, "short"))}) hat auf dem anmeldebogen die ausweisnr {IDC(idn1)} angegeben, auf der kopie die sie mitgeschickt hat steht aber {IDC(idn2)}. kann sein dass sie inzwischen nen neuen perso hat. beim letzten mal hat sie sich mit reisepass ausgewiesen ({PASS(ids.passport())}), steht so in der akte.
kannst du sie vorher mal anrufen? {T(mobile())} – sie arbeitet vormittags, besser ab 13 uhr

und der herr {P(c2.last)} mit dem kangal-rüden hat immer noch keinen haftpflichtnachweis geschickt. wenn bis freitag nix kommt bitte erinnerung raus, vorlage liegt unter V:\\39\\LHundG\\Vorlagen. seine mail: {E(mail_of(c2))}

danke dir, bin heute im außendienst in winterberg
{P(s1.first)}

{P(s1.full)}
{OFFICE} · FD 39 Veterinärdienst
Diensthandy {T(mobile(0))}"""


@doc("word", "formular-erlaubnis-tschg")
def d12():
    a = person("de", "f")
    a.last = a.last if "-" in a.last else a.last + "-" + rng.choice(["Nowak", "Berger", "Kraft"])
    partner = person("ot", "m")
    birth = rdate(1976, 1994)
    st, ci = street(), city()
    bst, bci = village()
    return f"""Antrag auf Erteilung einer Erlaubnis nach § 11 Abs. 1 Satz 1 Nr. 8 Buchst. f Tierschutzgesetz
(gewerbsmäßige Ausbildung von Hunden für Dritte / Anleitung der Ausbildung durch den Tierhalter)

An den {OFFICE}, FD 39, {N(OFFICE_STREET)}, {N(OFFICE_CITY)}

1. Angaben zur antragstellenden Person
Name, Vorname:            {P(a.last + ", " + a.first)}
Geburtsdatum / -ort:      {DOB(fdate(birth, "dot"))} / Lüdenscheid
Staatsangehörigkeit:      deutsch
Anschrift:                {A(st)}
                          {A(ci)}
Telefon / Mobil:          {T(landline(2))} / {T(mobile(1))}
E-Mail:                   {E(mail_of(a))}
Personalausweis-Nr.:      {IDC(ids.id_card(rng.random() < 0.5))}
Steuer-IdNr.:             {TID(tax_id_fmt())}

2. Angaben zum Betrieb
Bezeichnung:              Hundeschule „Pfotenpfad“
Ort der Tätigkeit:        {A(bst)}, {A(bci)} (Übungsgelände, Pachtfläche ca. 4.000 m²)
Steuernummer:             {TNR(ids.tax_number_nrw())}
Bankverbindung (für Erstattungen): {IB(iban_de_fmt())}, Kontoinhaberin: {P(a.fl)}

3. Für die Tätigkeit verantwortliche Person(en)
☒ antragstellende Person
☒ weitere Person: {P(partner.fl)}, geb. {DOB(dob(1975, 1995, "dot"))}, Hundetrainer (IHK-Zertifikat 2019)

4. Sachkunde (§ 11 Abs. 2 Nr. 1 TierSchG)
☒ Nachweis liegt bei: Zertifikat Tierärztekammer Westfalen-Lippe vom 14.03.2023
☐ Fachgespräch wird beantragt

5. Anlagen
☒ Führungszeugnis (Belegart O)   ☒ Gewerbeanmeldung   ☒ Lageplan Übungsgelände   ☐ Haftpflichtnachweis (folgt)

Ich versichere die Richtigkeit meiner Angaben.

{ci.split(" ", 1)[1]}, den 02.06.2025          {P(a.fl)}
                                      (Unterschrift)

– vom Amt auszufüllen –
Eingang: 04.06.2025   Az.: {AZ(az_vet("§11"))}   Bearb.: {P(staff()[0].last)}"""


@doc("outlook", "nachkontrolle-taverna")
def d13():
    o = person("gr", "m")
    bro = Pers(rng.choice(GR_M), o.last, "m")
    wife = Pers(rng.choice(GR_F), dict(GR_L).get(o.last, o.last), "f")
    s = staff()[0]
    gr_iban = iban_foreign("GR", "017" + ids.digits(4) + ids.digits(16))
    st, ci = street(), city()
    return f"""Von: Taverna Olympia <{E(ascii_(o.first).lower() + "." + ascii_(o.last).lower() + "@taverna-olympia-hsk.de")}>
An: {E(staff_mail(s))}
Betreff: Nachkontrolle bitte schnell

Sehr geehrte{"r Herr" if s.g == "m" else " Frau"} {P(s.last)},

ich bin {P(o.fl)} von Taverna Olympia, {A(st)} in {A(ci)}. Sie waren am Dienstag bei uns und haben die Küche zugemacht wegen die Schaben. Der Kammerjäger war jetzt zweimal da (Firma Schädlingsbekämpfung {P(person("de", "m").last)}, Bericht ist in Anhang), die ganze Küche ist geputzt und die Fugen hinter der Spülmaschine sind neu gemacht.

Bitte kommen Sie für Nachkontrolle so schnell wie möglich, wir haben Samstag eine Hochzeit mit 80 Personen, wenn wir nicht aufmachen dürfen ist das eine Katastrophe für uns. Ich bin jeden Tag ab 10 Uhr im Restaurant, sonst mein Bruder {P(bro.first)}. Mein Handy {T(mobile(3))}, von meinem Bruder {T("+30 69" + ids.digits(1) + " " + ids.digits(3) + " " + ids.digits(4))} (hat noch griechische Nummer).

Die Gebühr für Nachkontrolle können Sie von meine Kreditkarte nehmen: {CC(card("master"))}, gültig bis 09/27, Name auf Karte {P(o.fl.upper())}. Oder ich überweise, wie Sie wollen. Falls Sie Geld zurück machen von der ersten Gebühr (wir haben doppelt bezahlt), bitte auf dieses Konto: {IB(group(gr_iban, 4))}, Inhaberin {P(wife.fl)} (meine Frau).

Vielen Dank und Entschuldigung für mein Deutsch.

{P(o.fl)}
Taverna Olympia"""


@doc("word", "ocr-verbraucherbeschwerde", ["HEALTH"])
def d14():
    c = person("de", "f")
    hus = Pers(rng.choice(["Dirk", "Ralf", "Jörg", "Markus"]), c.last, "m")
    doc_ = person("de", "m", "Dr.")
    kv = ids.health_insurance()
    st, ci = street(), city()
    birth = rdate(1970, 1990)
    ocr_last = c.last
    for a_, b_ in (("m", "rn"), ("l", "1"), ("i", "l"), ("e", "c"), ("h", "b")):
        if a_ in c.last[1:]:
            ocr_last = c.last[0] + c.last[1:].replace(a_, b_, 1)
            break
    return f"""[Scan 2025-06-11_0932.pdf – Texterkennung, ungeprüft]

HOCHSAUERLANDKREIS – Lebensmitte1überwachung
Verbraucherbeschwerde / Meldung Erkrankung nach Lebensmittelverzehr

Name, Vorname: {P(c.last.upper() + ", " + c.first)}
Geb.-Datum : {DOB(fdate(birth, "dot").replace(".", ". ", 1))}
Stra8e, Nr.: {A(st)}
PLZ, Ort : {A(ci)}
Te1efon: {T(mobile(0))}      E-Mai1: {E(mail_of(c))}

Betrieb / Verkaufsstelle: Grillhaus „Zum Hirsch“ (Imbiss am Bahnhof)
Lebensmitte1: Hähnchen-Gyros mit Tzatziki, 3 Portionen
Datum/Uhrzeit Verzehr: 07.06.2025 ca. 19:30

Beschwerden (wer, welche, wann):
lch, mein Mann {P(hus.first)} und unsere Tochter {P(rng.choice(["Lina", "Paula", "Emma"]))} (9 J.) hatten ca. 6 Std. später
starken Durchfall, Erbrechen, Fieber bis 39,2. Meine Tochter musste am 08.06. in die Notaufnahme (Infusion),
Verdacht auf Salmone11en. Stuhlprobe wurde genommen, Ergebnis steht aus.

Behandelnde/r Ärztin/Arzt: {P(doc_.full)}, Praxis {A(street())}, {A(ci)}
Krankenkasse / Vers.-Nr. (freiwillig): AOK NordWest / {KV(kv)}

Reste des Lebensmittels vorhanden?  [X] ja (Tzatziki, im Kühlschrank)   [ ] nein
Kassenbon vorhanden?  [X] ja

Ich bin mit der Weitergabe meiner Daten an das Gesundheitsamt einverstanden.  [X]

Datum, Unterschrift: 10.06.25   {P(ocr_last)}

---------------------------------------------------------------
Eingangsvermerk: Meldung an GA (Infektionsschutz) am 11.06. per Fax, Probenahme Tzatziki-Rest bei Fam. {P(c.last)} durch {P(staff()[0].last)} veranlasst."""


@doc("outlook", "beschwerde-baeckerei")
def d15():
    c = person("it", "m")
    v = rng.choice(["Jessica", "Chantal", "Michelle"])
    s = staff()[0]
    st, ci = street(), city()
    return f"""Von: {P(c.fl)} <{E(mail_of(c))}>
An: {N(OFFICE_MAIL)}
Betreff: Mäusekot im Brötchen – Bäckerei am Busbahnhof

Guten Abend,

ich wende mich an Sie, weil ich heute Morgen (17.06., gegen 7:15 Uhr) in der Filiale der Bäckerei am Busbahnhof zwei Roggenbrötchen gekauft habe und in einem davon eindeutig Mäusekot eingebacken war. Fotos hänge ich an (4 Stück), das Brötchen habe ich eingefroren und den Bon aufbewahrt.

Die Verkäuferin (laut Namensschild „{P(v)}“) hat nur gesagt, das sei ein Korn und ich solle mich nicht so anstellen. Ich finde, das muss sich jemand ansehen, zumal in der Filiale auch Kuchen offen auf der Theke steht.

Ich bin bereit, das Brötchen zu übergeben. Sie erreichen mich unter {T(mobile(4))} oder abends unter {T(landline(1))}. Wohnhaft bin ich in der {A(st)}, {A(ci)} – Abholung gern nach Absprache.

Mit freundlichen Grüßen
{P(c.fl)}

PS: Meine Nachbarin {P(person("de", "f").fl)} hat letzte Woche dort etwas Ähnliches erlebt, sie meldet sich ggf. selbst."""


@doc("word", "pruefbericht-labor")
def d16():
    lab1 = person("de", "f", "Dr.")
    lab2 = person("de", "m")
    s = staff()[0]
    o = person("tr", "m")
    bst, bci = street(), city()
    pn = "2025-" + ids.digits(5) + "-1"
    return f"""Chemisches und Veterinäruntersuchungsamt Westfalen · Zur Taubeneiche 10–12 · 59821 Arnsberg

PRÜFBERICHT Nr. {N(pn)}

Auftraggeber:        {OFFICE}, FD 39 Lebensmittelüberwachung
Probenart:           Verdachtsprobe
Bezeichnung:         Lahmacun (Fleischbelag, gegart), lose Abgabe
Probenahme:          05.06.2025, 12:40 Uhr, durch {P(s.fl)}
Entnahmestelle:      Imbiss „Mardin Döner & Pide“, {A(bst)}, {A(bci)}
Verantwortlich:      {P(o.fl)} (Betreiber)
Probeneingang:       05.06.2025, 16:10 Uhr, Kühltemperatur 4,1 °C, Siegel unversehrt

| Parameter                     | Methode                  | Ergebnis            | Richt-/Warnwert (DGHM) |
|-------------------------------|--------------------------|---------------------|------------------------|
| Aerobe mesophile Keimzahl     | ASU L 06.00-18           | 3,8 × 10⁷ KbE/g     | 10⁷ / –                |
| Enterobacteriaceae            | ASU L 06.00-24           | 2,1 × 10⁵ KbE/g     | 10⁴ / –                |
| Escherichia coli              | ASU L 00.00-132/1        | 4,0 × 10³ KbE/g     | 10² / 10³              |
| Koagulase-pos. Staphylokokken | ASU L 00.00-55           | < 100 KbE/g         | 10² / 10³              |
| Salmonella spp. in 25 g       | ASU L 00.00-20           | nicht nachgewiesen  | – / n. n.              |
| Tierartbestimmung (PCR)       | ASU L 08.00-57 mod.      | Rind, Spuren Schaf  | –                      |

Beurteilung:
Die Probe überschreitet die Warnwerte für E. coli. Die hohen Keimzahlen deuten auf eine unzureichende Durcherhitzung bzw. eine zu lange Standzeit hin. Das Erzeugnis ist als für den Verzehr durch den Menschen ungeeignet im Sinne von Art. 14 Abs. 2 Buchst. b VO (EG) Nr. 178/2002 zu beurteilen. Die Angabe „100 % Rind“ auf der Speisekarte ist wegen des Schaffleischanteils irreführend (Art. 7 Abs. 1 VO (EU) Nr. 1169/2011).

Arnsberg, 13.06.2025

{P(lab1.full)}                                   {P(lab2.fl)}
Lebensmittelchemikerin                            Tierarzt, Fachtierarzt für Lebensmittel
(Sachverständige nach § 43 LFGB)

Dieser Bericht darf nur vollständig vervielfältigt werden."""


@doc("outlook", "eiscafe-zweitbetrieb")
def d17():
    o = person("it", "m")
    wife = Pers(rng.choice(POOLS["it"][1]), o.last, "f")
    nep = Pers(rng.choice(["Luca", "Matteo", "Davide"]), o.last, "m")
    st, ci = street(), rng.choice(["59955 Winterberg", "57392 Schmallenberg"])
    it_pass = rng.choice(["YA", "YB", "YC", "AA"]) + ids.digits(7)
    return f"""Von: Eiscafé Venezia <{E("info@" + ascii_(o.last).lower().replace("'", "").replace(" ", "") + "-gelato.de")}>
An: {N(OFFICE_MAIL)}
Betreff: Neue Filiale Eis-Container am See – Registrierung

Buongiorno,

mein Name ist {P(o.fl)}, ich habe seit 2011 das Eiscafé Venezia in der Fußgängerzone. Diesen Sommer möchten wir zusätzlich einen kleinen Verkaufscontainer an der Promenade betreiben ({A(st)}, {A(ci)}, Gelände vom Campingplatz). Eis wird nur im Hauptbetrieb hergestellt und gekühlt mit Thermobox transportiert.

Meine Frage: Muss ich den Container extra registrieren nach Art. 6 VO 852/2004 oder reicht eine Mitteilung? Hier schon mal die Daten:
- Betreiber: {P(o.fl)} und {P(wife.fl)} (GbR)
- Steuernummer GbR: {TNR(ids.tax_number_nrw())}
- USt-IdNr.: {VAT(vat_fmt())}
- Telefon: {T(landline(3))}, mobil {T(mobile(6))}

Im Container arbeitet mein Neffe {P(nep.fl)}, er ist aus Neapel und bleibt bis September. Er hat noch keinen deutschen Ausweis, nur den italienischen Reisepass Nr. {PASS(it_pass)}. Braucht er eine Belehrung nach § 43 Infektionsschutzgesetz beim Gesundheitsamt, auch wenn er nur abgepacktes Eis verkauft?

Für Rückfragen zu ihm: seine italienische Handynummer ist {T("+39 3" + ids.digits(2) + " " + ids.digits(3) + " " + ids.digits(4))}.

Grazie mille und schöne Grüße
{P(o.fl)}"""


@doc("word", "register-gefahrhunde")
def d18():
    dogs = [("Ares", "American Staffordshire Terrier"), ("Luna", "Staffordshire-Bullterrier-Mix"),
            ("Tyson", "Kangal"), ("Bella", "Rottweiler"), ("Zeus", "Cane Corso"), ("Nala", "Bullmastiff"),
            ("Rocky", "Mischling, gef. nach § 3 Abs. 3"), ("Simba", "Dogo Argentino")]
    rng.shuffle(dogs)
    origins = ["de", "tr", "ot", "de", "sy", "it", "de"]
    lines = []
    for i, org in enumerate(origins, 1):
        o = person(org)
        name = o.full if rng.random() < 0.6 else o.last + ", " + o.first
        d, r = dogs[i - 1]
        until = fdate(rdate(2025, 2028), "dot")
        lines.append(f"{i:>2} | {P(name):<30} | {DOB(dob(1955, 2003, 'dot'))} | {A(street())}, {A(city())} | "
                     f"{d} ({r}) | {N(chip())} | {until}")
    s = staff()[0]
    return (f"{OFFICE} – FD 39 – Register nach § 4 / § 10 LHundG NRW (gefährliche Hunde und Hunde bestimmter Rassen)\n"
            f"Auszug Bezirk Brilon/Olsberg/Marsberg, Stand 30.05.2025 – Verschlusssache: nur für den Dienstgebrauch\n\n"
            "Nr | Halter/in | geb. | Anschrift | Hund (Rasse) | Transponder | Erlaubnis bis\n"
            "---|---|---|---|---|---|---\n"
            + "\n".join(lines)
            + f"\n\nÄnderungen bitte nur über {P(s.fl)} ({T(staff_phone())}) melden. Halterwechsel sind innerhalb von "
              "zwei Wochen zu erfassen.")


@doc("outlook", "polizei-wg-bissverletzung", ["HEALTH"])
def d19():
    s1, s2 = staff(2)
    pol = person("de", "f")
    v = person("ot", "f")
    o = person("de", "m")
    w = person("tr", "m")
    vno = f"{rng.randint(100, 999)}{ids.digits(3)}-{rng.randint(1, 9)}-25-{ids.digits(6, True)}"
    polmail = f"{ascii_(pol.first).lower()}.{ascii_(pol.last).lower().replace(' ', '')}@polizei.nrw.de"
    return f"""Von: {P(s1.full)} <{E(staff_mail(s1))}>
Gesendet: Montag, 16. Juni 2025 08:14
An: {P(s2.full)} <{E(staff_mail(s2))}>
Betreff: WG: Bissverletzung / Halterfeststellung – Mitteilung nach § 12 LHundG

{P(s2.first)}, bitte übernehmen. Der Halter ist uns schon aus 2023 bekannt (damals Beschwerde wegen Streunen, Az. {AZ(az_vet("LHundG"))}). Anhörung Gefährlichkeit vorbereiten, Wesenstest anordnen.
Danke, {P(s1.first)}

-------- Weitergeleitete Nachricht --------
Betreff: Bissverletzung / Halterfeststellung
Datum: Sun, 15 Jun 2025 22:05:41 +0200
Von: {P(pol.fl)} <{E(polmail)}>
An: {N(OFFICE_MAIL)}

Sehr geehrte Damen und Herren,

am 15.06.2025 gegen 18:40 Uhr wurde die Geschädigte

{P(v.fl)}, geb. {DOB(dob(1985, 2004, "dot"))}, wh. {A(street())}, {A(city())}, Tel. {T(mobile())},

beim Joggen auf dem Wirtschaftsweg oberhalb des Sportplatzes von einem Schäferhundmischling ohne Leine in die rechte Hand gebissen (Rissquetschwunde, ambulante Versorgung im Krankenhaus, Tetanusauffrischung). Der Hundeführer entfernte sich zunächst mit dem Hund in einem grauen Kombi, amtl. Kennzeichen {KFZ(plate())}. Über die Halterabfrage wurde ermittelt:

Halter/Hundeführer: {P(o.fl)}, geb. {DOB(dob(1960, 1990, "dot"))}
Anschrift: {A(street())}, {A(city())}
Tel.: {T(landline(0))}

Herr {P(o.last)} räumte den Vorfall bei der Aufsuchung um 20:15 Uhr ein. Er gab an, der Hund sei „noch nie auffällig“ gewesen.
Zeuge: {P(w.fl)} (Radfahrer), {T(mobile())}

Vorgangsnummer: {AZ(vno)}. Eine Strafanzeige wegen fahrlässiger Körperverletzung wurde gefertigt.

Mit freundlichen Grüßen
Im Auftrag
{P(pol.fl)}, POK'in
Polizeiwache Brilon, Bezirksdienst
Tel. {N("02961 9020-0")}"""


@doc("word", "anhoerung-haltungsverbot", ["HEALTH"])
def d20():
    f = person("de", "m")
    f.first = rng.choice(["Bernhard", "Anton", "Josef", "Heinrich"])
    dau = Pers(rng.choice(["Monika", "Petra", "Claudia"]), rng.choice(["Eickhoff", "Hanses", "Schauerte"]), "f")
    vet = person("de", "m", "Dr.")
    dealer = person("de", "m")
    s = staff()[0]
    vst, vci = village()
    dci = city()
    return f"""{OFFICE}
Der Landrat
Veterinärdienst

{OFFICE} · Postfach 12 65 · 59862 Meschede

Herrn
{P(f.fl)}
{A(vst)}
{A(vci)}

Ihr Zeichen:        –
Unser Zeichen:      {AZ(az_vet("TSchG"))}
Ansprechpartner/in: {P(s.full)}, Zimmer 1.214
Telefon:            {T(staff_phone())}

Meschede, 17. Juni 2025

Rinderhaltung auf Ihrem Betrieb
hier: Anhörung vor Erlass eines Haltungs- und Betreuungsverbots nach § 16a Abs. 1 Satz 2 Nr. 3 TierSchG

Sehr geehrter Herr {P(f.last)},

bei den Kontrollen am 21.03., 30.04. und 04.06.2025 haben wir auf Ihrem Betrieb wiederholt erhebliche tierschutzrechtliche Mängel festgestellt: zwölf Rinder waren hochgradig abgemagert, die Liegeflächen im Altgebäude nass und verkotet, die Tränken teilweise eingefroren bzw. verschmutzt. Im April wurden drei verendete Kälber vorgefunden, die nicht an die Tierkörperbeseitigung gemeldet waren.

Sie haben bei der Kontrolle am 04.06.2025 selbst gesagt, dass Sie seit Ihrer Hüftoperation im Januar und wegen Ihrer Herzschwäche die Arbeit im Stall körperlich nicht mehr schaffen und Ihre Tochter, Frau {P(dau.fl)}, die in {A(dci)} wohnt, nur an den Wochenenden helfen kann. Dafür habe ich Verständnis. Ich muss aber sicherstellen, dass die Tiere jeden Tag ordnungsgemäß versorgt werden.

Ich beabsichtige daher, Ihnen das Halten und Betreuen von Rindern zu untersagen und die Auflösung des Bestands bis zum 31.08.2025 anzuordnen. Bevor ich entscheide, haben Sie Gelegenheit, sich bis zum 08.07.2025 zu äußern.

Eine Anordnung wäre entbehrlich, wenn Sie den Bestand freiwillig abgeben. Der Viehhändler {P(dealer.fl)} ist nach eigener Aussage bereit, die Tiere kurzfristig zu übernehmen; Sie erreichen ihn unter {T(mobile())}. Ihr Hoftierarzt, {P(vet.full)}, hat angeboten, Sie dabei zu unterstützen.

Gerne können wir die Sache auch bei Ihnen zu Hause besprechen, gern im Beisein Ihrer Tochter. Rufen Sie mich dazu bitte an.

Mit freundlichen Grüßen
Im Auftrag

{P(s.full)}

Abdruck: Landwirtschaftskammer NRW, Kreisstelle HSK (ohne Gesundheitsangaben)"""


@doc("outlook", "asiamarkt-sicherstellung")
def d21():
    fam = rng.choice(VN_L)
    USED.add(fam)
    fa = Pers(rng.choice(VN_M), fam, "m")
    mo = Pers(rng.choice(VN_F), rng.choice([x for x in VN_L if x != fam]), "f")
    son = Pers(rng.choice(["Kevin", "Minh", "David", "Tuan"]), ascii_(fam), "m")
    s = staff()[0]
    st, ci = street(), rng.choice(["59755 Arnsberg", "59872 Meschede", "59929 Brilon"])
    return f"""Von: {P(son.fl)} <{E(mail_of(son, "gmail.com"))}>
An: {E(staff_mail(s))}
Cc: {N(OFFICE_MAIL)}
Betreff: Sicherstellung vom 10.06. im Asia-Markt meiner Eltern – Ihr Az. {AZ(az_vet("LFGB"))}

Sehr geehrte{"r Herr" if s.g == "m" else " Frau"} {P(s.last)},

ich schreibe für meine Eltern {P(fa.last + " " + fa.first)} und {P(mo.last + " " + mo.first)}, die den Asia-Markt „Hanoi Mart“ in der {A(st)}, {A(ci)} betreiben. Meine Eltern sprechen nicht so gut Deutsch, deshalb übernehme ich die Kommunikation; die Vollmacht meines Vaters hänge ich an.

Bei Ihrer Kontrolle am 10.06. wurden 14 Packungen getrocknete Schweinewurst (Lạp xưởng) und 6 Dosen Entenfleisch sichergestellt, weil keine Einfuhrpapiere vorlagen. Meine Eltern haben die Ware nicht selbst importiert, sondern bei einem Großhändler in Berlin-Lichtenberg gekauft; die Rechnung Nr. 2025-0611 liegt bei, der Ansprechpartner dort ist Herr {P(rng.choice(VN_L) + " " + rng.choice(VN_M))}. Wir gingen davon aus, dass der Großhändler sich um alles kümmert.

Das Hauptzollamt Dortmund hat meinem Vater inzwischen auch geschrieben (Aktenzeichen dort {AZ("ZF " + ids.digits(4) + "/25-" + rng.choice(["B", "C", "K"]))}). Müssen wir dort getrennt antworten, oder stimmen Sie sich mit dem Zoll ab?

Für Termine bin ich erreichbar unter {T(mobile(3))}. Im Laden (Festnetz {T(landline(0, ci[:1] == "5" and "02931" or "0291"))}) ist meistens meine Mutter, sie versteht aber am Telefon wenig.

Viele Grüße
{P(son.fl)}
(Sohn von {P(fa.first + " " + fa.last)})"""


@doc("word", "protokoll-sachkundepruefung")
def d22():
    ex1 = staff()[0]
    ex2 = person("de", "f")
    rows, notes = [], []
    origins = ["de", "tr", "ot", "sy", "de", "gr"]
    people = []
    for i, org in enumerate(origins, 1):
        c = person(org)
        people.append(c)
        if org in ("sy",) or rng.random() < 0.2:
            doc_ = "RP " + PASS(ids.passport(rng.random() < 0.5))
        else:
            doc_ = "PA " + IDC(ids.id_card(rng.random() < 0.5))
        th = rng.randint(22, 35) if i != 2 else rng.randint(26, 34)
        pr = rng.choice(["bestanden", "bestanden", "bestanden", "nicht bestanden"]) if th >= 25 else "–"
        if i == 2:
            pr = "nicht bestanden"
        res = "bestanden" if th >= 25 and pr == "bestanden" else "nicht bestanden"
        rows.append(f"{i}\t{P(c.last + ', ' + c.first)}\t{DOB(dob(1960, 2005, 'dot'))}\t{doc_}\t{th}/35\t{pr}\t{res}")
    return f"""Niederschrift über die Sachkundeprüfung nach § 11 Abs. 2 LHundG NRW
Termin: Donnerstag, 19.06.2025, 14:00 – 17:30 Uhr, Kreishaus Meschede, Raum 0.08 und Außengelände
Prüfende: {P(ex1.full)} (Vorsitz), {P(ex2.fl)} (Sachverständige nach § 10 LHundG)

Nr\tName, Vorname\tgeb.\tAusweis\tTheorie\tPraxis\tErgebnis
""" + "\n".join(rows) + f"""

Bemerkungen:
– Zu Nr. 2: Der Hund zeigte beim Begegnungstest mit Radfahrer deutliches Drohverhalten; {people[1].anrede} {P(people[1].last)} konnte ihn nur mit Mühe kontrollieren. Wiederholung frühestens nach 3 Monaten.
– Zu Nr. 4: Dolmetscher anwesend ({P(person("sy", "m").fl)}, vereidigt beim LG Arnsberg).
– Frau {P(ex2.last)} weist darauf hin, dass {P(people[4].first + " " + people[4].last)} den Hund erst seit drei Wochen hält.

Prüfungsgebühr je Teilnehmer 60,00 EUR, bezahlt: Nr. 1–6 (bar bzw. EC).

Meschede, 19.06.2025
gez. {P(ex1.tl)}        gez. {P(ex2.last)}"""


@doc("outlook", "intern-urlaubsvertretung")
def d23():
    team = staff(5)
    boss = team[0]
    cases = []
    for org, txt in [("tr", "Nachkontrolle Zerlegebetrieb, Schaben – Termin mit {N} am Di. vereinbart"),
                     ("de", "Hofstelle {N}: Rinder-Rückverfolgung BVD, Befund vom CVUA abwarten"),
                     ("gr", "Taverne: {N} wartet auf Antwort wg. Nachkontrolle, bitte diese Woche!"),
                     ("sy", "Imbiss {N}: Anhörung OWi läuft, Frist 27.06."),
                     ("de", "Hundehaltung {N}: Wesenstest am 01.07., Gutachterin informiert"),
                     ("ru", "Viehhändler {N}: Transporter " + KFZ(plate(rng.choice(["HSK", "SO", "PB"]), 0))
                      + " ohne Zulassung nach Art. 10 VO (EG) 1/2005 gesehen – Halterabfrage läuft")]:
        c = person(org)
        who = ("Fam. " + P(c.last)) if "Hofstelle" in txt else P(c.fl)
        cases.append(txt.replace("{N}", who))
    lines = "\n".join(f"- {c}" for c in cases)
    mapping = "\n".join(f"{P(a.last)} -> {P(b.last)}   (Diensthandy {T(mobile(0))})"
                        for a, b in zip(team[1:3], team[3:5]))
    return f"""Von: {P(boss.full)}
An: FD39-Team
Betreff: Urlaubsvertretung KW 27–29 + offene Sachen

Liebe Kolleginnen und Kollegen,

damit in den Sommerferien nichts liegen bleibt, hier die Vertretungen für den Außendienst:

{mapping}

Bitte folgende Vorgänge im Blick behalten:
{lines}

Wer akut nicht weiterkommt: ich bin bis einschließlich 4.7. im Haus, danach übernimmt {P(team[2].first)} die Koordination. Bitte keine dienstlichen Daten in private Messenger!

Viele Grüße
{P(boss.first)}"""


@doc("word", "liste-hausschlachtungen")
def d24():
    vets = [person("de", "m", "Dr."), person("de", "f")]
    lines = []
    dates = sorted((rng.randint(1, 6), rng.randint(1, 28)) for _ in range(6))
    for i in range(6):
        o = person(rng.choice(["de", "de", "de", "ot", "tr"]), "m" if rng.random() < 0.7 else "f")
        if rng.random() < 0.5:
            a1, a2 = village()
        else:
            a1, a2 = street(), city()
        animal = rng.choice(["1 Mastschwein", "2 Mastschweine", "1 Schaf", "1 Färse", "3 Lämmer", "1 Ziege"])
        ph = T(landline(0)) if rng.random() < 0.6 else T(mobile(5))
        v = rng.choice(vets)
        lines.append(f"{fdate((2025,) + dates[i], 'dot')[:6]}  {P(o.fl)}, {A(a1)}, "
                     f"{A(a2)} – {animal} – Tel. {ph} – SU/FU: {P(v.last)}")
    return ("Hausschlachtungen 1. Halbjahr 2025 (Anmeldungen Schlachttier- und Fleischuntersuchung, "
            "Trichinen bei Schwein)\n\n" + "\n".join(lines) +
            f"\n\nTrichinenuntersuchung aller Schweine: negativ. Gebühren abgerechnet über Kasse. "
            f"Ansprechpartner Fleischuntersuchung: {P(vets[0].full)}, {P(vets[1].fl)} (amtl. Tierärztin).")


@doc("outlook", "antrag-schaechten", ["RELIGION"])
def d25():
    a = person("sy", "m")
    imam = person("tr", "m")
    slaughter = person("de", "m")
    st, ci = street(), city()
    return f"""Von: {P(a.fl)} <{E(mail_of(a))}>
An: {N(OFFICE_MAIL)}
Betreff: Antrag Ausnahmegenehmigung Schlachten ohne Betäubung – Opferfest

Sehr geehrte Damen und Herren,

ich bin gläubiger Muslim und stelle hiermit für mich und 11 weitere Familien aus unserer Moscheegemeinde einen Antrag auf Ausnahmegenehmigung nach § 4a Abs. 2 Nr. 2 TierSchG für das Schächten von 12 Schafen zum Opferfest (Kurban Bayramı / Eid al-Adha). Nach unserer Glaubensüberzeugung ist der Verzehr von Fleisch betäubter Tiere für uns nicht erlaubt. Ich verweise auf das Urteil des Bundesverwaltungsgerichts vom 23.11.2006 ({N("BVerwG 3 C 30.05")}) und auf {N("BVerfG, 1 BvR 1783/99")}.

Geschlachtet werden soll im EU-zugelassenen Schlachtbetrieb von Herrn {P(slaughter.fl)}, der die Sachkunde nach Art. 7 VO (EG) Nr. 1099/2009 besitzt. Den Schnitt führt unser Imam, Herr {P(imam.fl)}, aus, der dies seit vielen Jahren macht; seine Bescheinigung liegt bei.

Meine Anschrift: {A(st)}, {A(ci)}. Telefonisch erreichen Sie mich unter {T(mobile(2))}.

Falls eine Genehmigung nicht möglich ist, bitte ich um einen Hinweis, unter welchen Bedingungen eine Elektrokurzzeitbetäubung mit unseren religiösen Regeln vereinbar gemacht werden könnte – dazu würde ich gern mit Ihnen sprechen.

Mit freundlichen Grüßen
{P(a.fl)}
Vorsitzender des Kulturvereins"""


@doc("word", "gebuehrenbescheid-gmbh")
def d26():
    gf = person("tr", "m")
    gf2 = person("tr", "f")
    s1, s2 = staff(2)
    st, ci = street(), city()
    kz = kassenzeichen()
    return f"""{OFFICE} – Der Landrat – {N(OFFICE_STREET)} – {N(OFFICE_CITY)}

Anatolia Fleischwaren GmbH
z. Hd. Herrn Geschäftsführer {P(gf.fl)}
{A(st)}
{A(ci)}

Kassenzeichen {AZ(kz)} · Az. {AZ(az_vet("Geb"))} · Datum 20.06.2025

Gebührenbescheid
für amtliche Kontrollen außerhalb der Regelkontrolle (Nachkontrollen)

Sehr geehrter Herr {P(gf.last)},

für die folgenden Amtshandlungen in Ihrem Zerlegebetrieb (Zulassungsnummer {N("DE NW 5" + ids.digits(5) + " EG")}) setze ich nach dem Gebührengesetz NRW in Verbindung mit der Allgemeinen Verwaltungsgebührenordnung (Tarifstelle 23.8) Gebühren fest:

Datum        Amtshandlung                                         Zeit       Betrag
06.05.2025   Nachkontrolle Schädlingsbefall (Kontrolleur: {P(s1.last)})    1,5 h     126,00 EUR
21.05.2025   Nachkontrolle Kühlkette, Temperaturprotokolle          1,0 h      84,00 EUR
21.05.2025   Probenahme und Probenversand                                        18,50 EUR
                                                                  Summe      228,50 EUR

Rechnungsempfänger: Anatolia Fleischwaren GmbH, HRB {N(str(rng.randint(1000, 9999)))} (AG Arnsberg), USt-IdNr. {VAT(vat_fmt())}, Geschäftsführung {P(gf.fl)} und {P(gf2.fl)}.

Bitte überweisen Sie den Betrag bis 21.07.2025 auf das Konto der Kreiskasse {N(OFFICE_IBAN)} unter Angabe des Kassenzeichens. Bei verspäteter Zahlung werden Säumniszuschläge nach § 240 AO erhoben.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Arnsberg erhoben werden.

Im Auftrag
{P(s2.fl)}"""


@doc("outlook", "tierarzt-meldung-pferde")
def d27():
    vet = person("de", "f", "Dr.")
    o = person("de", "f")
    dau = Pers(rng.choice(["Jana", "Lara", "Celina"]), o.last, "f")
    far = person("ot", "m")
    pst, pci = street(), city()
    ost, oci = village()
    return f"""Von: Tierarztpraxis {P(vet.full)} <{E("praxis@tierarzt-" + ascii_(vet.last).lower().replace(" ", "") + ".de")}>
An: {N(OFFICE_MAIL)}
Betreff: Meldung Verdacht Vernachlässigung Pferdehaltung

Sehr geehrte Kolleginnen und Kollegen,

ich möchte Ihnen eine Pferdehaltung melden, bei der ich mir ernsthafte Sorgen mache. Die Halterin, Frau {P(o.fl)}, {A(ost)}, {A(oci)}, hält dort auf einer Wiese mit Unterstand vier Pferde (zwei Haflinger, ein Pony, ein älterer Warmblutwallach, ca. 28 Jahre).

Ich wurde am 12.06. wegen einer Kolik des Wallachs gerufen. Dabei fiel mir auf: Hufe seit Monaten nicht bearbeitet (Zehen stark überlang, beim Pony Verdacht auf Hufrehe), Body Condition bei allen unter 3/9, kein Heu vorhanden, die Weide völlig abgefressen. Frau {P(o.last)} sagte, der Hufschmied, Herr {P(far.fl)}, komme „nächste Woche“; dieser bestätigte mir telefonisch, dass er seit Januar nicht mehr bestellt wurde.

Die Tochter, {P(dau.fl)}, kümmert sich nach eigenen Angaben um die Fütterung, ist aber beruflich oft weg. Handynummer der Halterin: {T(mobile(0))}.

Die Rechnung für die Kolikbehandlung ist bislang nicht bezahlt; das spielt für meine Meldung keine Rolle, ich erwähne es nur der Vollständigkeit halber. Den Pferdeanhänger ({KFZ(plate("HSK", 0))}) habe ich auf dem Hof nicht mehr gesehen.

Mit kollegialen Grüßen
{P(vet.full)}
Fachtierärztin für Pferde
Tierarztpraxis {P(vet.last)} · {A(pst)} · {A(pci)} · Tel. {T(landline(1))}"""


@doc("word", "zeugenvernehmung-schlachthof", ["UNION"])
def d28():
    w = person("ot", "m")
    w.first, w.last = rng.choice([("Ionuț", "Popescu"), ("Marius", "Dumitrescu"), ("Adrian", "Constantin")])
    birth = rdate(1978, 1995)
    boss = person("de", "m")
    vor = person("al", "m")
    s1, s2 = staff(2)
    st, ci = street(), city()
    return f"""Niederschrift über die Anhörung eines Zeugen
Az.: {AZ(az_vet("TSchlV"))} – Tierschutz bei der Schlachtung, Schlachthof Sauerland-Fleisch GmbH

Ort/Zeit: Kreishaus Meschede, Raum 2.11, 11.06.2025, 10:00 – 11:20 Uhr
Anwesend: {P(s1.full)} (Vernehmung), {P(s2.fl)} (Protokoll), Dolmetscherin für Rumänisch Frau {P(person("ro", "f").fl)}

Zur Person:
Name:            {P(w.last)}
Vorname:         {P(w.first)}
geboren:         {DOB(fdate(birth, "dot"))} in Bacău (Rumänien)
Anschrift:       {A(st)}, {A(ci)} (Sammelunterkunft)
Telefon:         {T("+40 7" + ids.digits(2) + " " + ids.digits(3) + " " + ids.digits(3))} / {T(mobile(0))}
ausgewiesen durch: Reisepass Nr. {PASS(ids.passport(True))} (deutsch, eingebürgert 2021; Kopie anbei)
Rentenversicherungsnummer (lt. Lohnabrechnung): {SSN(ssn_fmt(birth, w.last[0]))}

Der Zeuge wurde über seine Pflicht zur wahrheitsgemäßen Aussage und über sein Auskunftsverweigerungsrecht nach § 55 StPO belehrt.

Zur Sache:
Ich arbeite seit März 2023 im Schlachthof am Betäubungsplatz Schwein, zuerst über einen Subunternehmer, seit 2024 fest angestellt. Ich bin Mitglied der Gewerkschaft NGG und seit letztem Jahr im Betriebsrat. Deshalb haben mich Kollegen angesprochen. Seit Mai läuft die Linie oft schneller als 200 Schweine pro Stunde. Die CO2-Anlage ist dann zu kurz, manche Schweine sind beim Entbluten nicht richtig betäubt, sie bewegen sich und schreien. Der Schichtleiter, Herr {P(boss.fl)}, hat gesagt, wir sollen weitermachen. Ich habe das Handy-Video am 02.06. gemacht und es dem Vorarbeiter {P(vor.first)} gezeigt. Danach wurde ich in die Kuttelei versetzt.

Auf Frage: Ich habe keine Angst, das auszusagen, aber ich will nicht, dass mein Name an die Firma geht, bevor die Gewerkschaft mit dem Anwalt gesprochen hat.

Vorgelesen, übersetzt, genehmigt und unterschrieben:
{P(w.first + " " + w.last)}                 {P(s1.tl)}                 {P(s2.last)}"""


@doc("outlook", "jaeger-trichinen")
def d29():
    h = person("de", "m")
    tu = person("de", "f")
    return f"""Von: {E(mail_of(h, "gmx.de"))}
An: {N(OFFICE_MAIL)}
Betreff: trichinen proben 2 sauen

moin,
hab samstag nacht im revier {rng.choice(["Wennemen", "Grevenstein", "Silbach", "Bödefeld"])} 2 überläufer geschossen (wildmarken {N("HSK " + ids.digits(6))} und {N("HSK " + ids.digits(6))}). proben (zwerchfellpfeiler) liegen bei mir im kühlschrank. die untersuchungsstelle bei frau {P(tu.last)} hat zu bis mittwoch, kann ich die proben auch bei euch im kreishaus abgeben?? sonst fahr ich nach brilon

eine sau hatte auffällige veränderungen an der leber, hab fotos gemacht, schick ich mit falls das wichtig is.

bin ab 17 uhr erreichbar {T(mobile(5))}, steh mit dem auto ({KFZ(plate("HSK", 1))}) sonst auch vorm kreishaus und bring die vorbei

weidmannsheil
{P(h.fl)}
jagdpächter"""


@doc("word", "personalbogen-fachassistenz")
def d30():
    a = person("de", "f")
    birth = rdate(1970, 1992)
    maiden = rng.choice(["Hesse", "Becker", "Schauerte", "Voß"])
    st, ci = street(), city()
    s = staff()[0]
    return f"""{OFFICE} · Personal- und Organisationsservice
Personalbogen für Honorarkräfte – Bestellung als amtliche Fachassistentin (Fleischuntersuchung)

Familienname:                {P(a.last)}
Geburtsname:                 {P(maiden)}
Vorname(n):                  {P(a.first)}
Geburtsdatum:                {DOB(fdate(birth, rng.choice(["dot", "long"])))}
Anschrift:                   {A(st)}, {A(ci)}
Telefon privat / mobil:      {T(landline(4))} / {T(mobile(2))}
E-Mail privat:               {E(mail_of(a))}

Steuerliche Identifikationsnummer: {TID(tax_id_fmt())}
Sozialversicherungsnummer (RV):     {SSN(ssn_fmt(birth, maiden[0]))}
Krankenkasse:                      Techniker Krankenkasse
Krankenversichertennummer:         {KV(ids.health_insurance())}
Bankverbindung (IBAN):             {IB(iban_de_fmt())}
Kontoinhaber/in, falls abweichend: {P(rng.choice(["Jörg", "Uwe", "Stefan"]) + " " + a.last)}

Nachweis Ausbildung amtl. Fachassistenz: Lehrgang ZDS Bonn, Abschluss 03/2019
Hauptberufliche Tätigkeit: Tierarzthelferin (Teilzeit), Praxis {P(person("de", "m", "Dr.").full)}

Einsatzorte: Schlachtbetriebe Bestwig und Schmallenberg, nach Einsatzplan
Vergütung: nach Gebührenordnung, monatliche Abrechnung

Hiermit versichere ich, dass keine Interessenkonflikte (z. B. familiäre Beziehungen zu Schlachtbetrieben) bestehen.

{ci.split(" ", 1)[1]}, 05.06.2025     {P(a.fl)}

Bearbeitet: {P(s.fl)}, FD 39 – weitergeleitet an Personalservice am 06.06.2025"""


# ================================================================ main
def main():
    lines = []
    for i, (channel, template, flags, fn) in enumerate(DOCS, 1):
        USED.clear()
        marked = fn()
        obj = build(f"F142-{i:03d}", channel, template, marked, flags)
        lines.append(json.dumps(obj, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
