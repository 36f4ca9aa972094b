"""Blind test batch 155: invented correspondence of a district weapons authority and its hunting and fishing
licence office (Waffenbehörde / untere Jagdbehörde / Fischereibehörde). 30 documents, outlook and word.
All randomness comes from Identifiers(15555).rng, so two runs write identical bytes."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from identifiers import Identifiers, group, icao_check, luhn_check, mod11_10_check  # noqa: E402
from marks import build  # noqa: E402

ids = Identifiers(15555)
rng = ids.rng


# ---------------------------------------------------------------- marks
def m(code, s):
    return f"[[{code}|{s}]]"


def P(s): return m("P", s)
def A(s): return m("A", s)
def E(s): return m("E", s)
def T(s): return m("T", s)
def N(s): return m("N", s)
def D(s): return m("DOB", s)
def AZ(s): return m("AZ", s)
def KFZ(s): return m("KFZ", s)
def IB(s): return m("IBAN", s)
def TID(s): return m("TID", s)
def TNR(s): return m("TNR", s)
def VAT(s): return m("VAT", s)
def IDC(s): return m("IDC", s)
def PASS(s): return m("PASS", s)
def SSN(s): return m("SSN", s)
def KV(s): return m("KV", s)
def CC(s): return m("CC", s)


# ---------------------------------------------------------------- names
FIRST = {
    "de_m": ["Friedhelm", "Hubertus", "Reinhard", "Klaus-Dieter", "Wilhelm", "Jürgen", "Lukas", "Jonas", "Benedikt",
             "Franz-Josef", "Ulrich", "Ewald", "Burkhard", "Dietmar", "Karl-Heinz", "Heinz-Georg", "Matthias",
             "Tobias", "Sebastian", "Christoph", "Norbert", "Bernd", "Ludger", "Elmar", "Hendrik", "Niklas", "Felix",
             "Johannes", "Markus", "Stefan", "Alfons", "Werner", "Philipp", "Moritz", "Rainer", "Volker", "Gregor"],
    "de_f": ["Heike", "Annegret", "Sabine", "Marie", "Lea", "Theresa", "Gisela", "Hildegard", "Monika", "Birgit",
             "Ursula", "Anja", "Kerstin", "Stefanie", "Judith", "Carina", "Hannah", "Lena", "Maria", "Elisabeth",
             "Brigitte", "Ingrid", "Mechthild", "Sophie", "Rita", "Jana"],
    "tr_m": ["Mehmet", "Emre", "Murat", "Serkan", "Burak", "Cem", "Hakan"],
    "tr_f": ["Ayşe", "Elif", "Zeynep", "Derya", "Esra"],
    "pl_m": ["Krzysztof", "Wojciech", "Tomasz", "Grzegorz", "Paweł", "Marek"],
    "pl_f": ["Małgorzata", "Agnieszka", "Katarzyna", "Joanna"],
    "nl_m": ["Joost", "Maarten", "Bram", "Pieter", "Sjoerd", "Ruud"],
    "nl_f": ["Sanne", "Anouk", "Marloes", "Ilse"],
    "fr_m": ["Jean-Luc", "Olivier", "Thibault", "Étienne", "Benoît", "Laurent"],
    "fr_f": ["Amélie", "Céline", "Margaux", "Nathalie"],
    "at_m": ["Florian", "Josef", "Alois", "Leopold"],
    "at_f": ["Johanna", "Theresia", "Veronika"],
    "ru_m": ["Viktor", "Waldemar", "Alexander", "Eduard", "Artur"],
    "ru_f": ["Natalia", "Olga", "Lydia", "Irina"],
    "it_m": ["Giuseppe", "Marco", "Luca"],
    "it_f": ["Francesca", "Giulia", "Chiara"],
    "gr_m": ["Dimitrios", "Georgios", "Konstantinos"],
    "gr_f": ["Eleni", "Sofia", "Athina"],
    "hr_m": ["Ivan", "Zoran", "Dragan"],
    "hr_f": ["Ivana", "Mirela", "Jelena"],
}
LAST = {
    "de": ["Schulte", "Hennecke", "Kemper", "Rüther", "Wiese", "Vollmer", "Becker", "Kleeschulte", "Stratmann",
           "Feldmann", "Funke", "Mues", "Rickert", "Wrede", "Heimes", "Tröster", "Bräutigam", "Kraft", "Hoppe",
           "Loos", "Dünnebacke", "Padberg", "Brüggemann", "Köster", "Lingenauber", "Schröder", "Klauke", "Busch",
           "Henke", "Beule", "Sauerwald", "Knoche", "Kaiser", "Schmidt", "Winkelmann", "Bigge", "Voß", "Hanses",
           "Nieder", "Schauerte", "Baumhoff", "Eickhoff", "Spiekermann", "Tillmann", "Assmann", "Gödde"],
    "de2": ["Schulte-Wrede", "Schulte-Hemming", "Kleine-Büning", "Hesse-Padberg", "Müller-Schauerte",
            "Dicke-Wentrup"],
    "tr": ["Yılmaz", "Kaya", "Demir", "Öztürk", "Aydın", "Şahin", "Çelik", "Arslan"],
    "pl": ["Nowak", "Mazur", "Krawczyk", "Wójcik", "Kaczmarek", "Sikora", "Dudek"],
    "nl": ["van der Linden", "de Vries", "van den Berg", "Bakker", "Visser", "ter Horst", "Mulder", "van Dijk"],
    "fr": ["Dubois", "Lefèvre", "Vanderstraeten", "de Smet", "Lambert", "Renard", "Mertens", "Peeters",
           "Collignon"],
    "at": ["Gruber", "Huber", "Pichler", "Steinwender", "Moser"],
    "ru": ["Reimer", "Dyck", "Kuznecov", "Fast", "Penner", "Wiebe", "Lewin"],
    "it": ["Bianchi", "Esposito", "Russo", "Colombo"],
    "gr": ["Papadopoulos", "Karagiannis", "Nikolaidis", "Georgiou"],
    "hr": ["Babić", "Kovačević", "Marić"],
}
USED = set()


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
    def sal(self):  # surname as used after Herr/Frau
        return f"{self.title} {self.last}" if self.title else self.last

    @property
    def hf(self):
        return "Herr" if self.g == "m" else "Frau"

    @property
    def herrn(self):
        return "Herrn" if self.g == "m" else "Frau"

    @property
    def sg(self):
        return "Sehr geehrter Herr" if self.g == "m" else "Sehr geehrte Frau"

    @property
    def init(self):
        return "-".join(part[0] + "." for part in self.first.split("-"))

    @property
    def lastcap(self):  # surname with first letter upper (for "van der Linden" at the start of a line)
        return self.last[0].upper() + self.last[1:]


def person(origin="de", g=None, title_p=0.0, titles=("Dr.",)):
    g = g or rng.choice("mf")
    tries = 0
    while True:
        tries += 1
        if tries > 60:
            origin = "de"
        first = rng.choice(FIRST[f"{origin}_{g}"])
        if origin == "de" and rng.random() < 0.12:
            last = rng.choice(LAST["de2"])
        else:
            last = rng.choice(LAST[origin])
        if (first, last) not in USED:
            USED.add((first, last))
            break
    title = rng.choice(titles) if rng.random() < title_p else ""
    return Person(first, last, g, title)


def mixed_person(title_p=0.0):
    origin = rng.choice(["de", "de", "de", "de", "de", "tr", "pl", "ru", "it", "gr", "hr"])
    return person(origin, title_p=title_p)


TRANS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ë": "e", "É": "e",
                       "ł": "l", "ś": "s", "ó": "o", "ę": "e", "ą": "a", "ń": "n", "ż": "z", "ź": "z", "ć": "c",
                       "ş": "s", "Ş": "s", "ç": "c", "Ç": "c", "ğ": "g", "ı": "i", "Ö": "oe", "Ü": "ue", "Ä": "ae",
                       "č": "c", "š": "s", "ž": "z", "î": "i", "ô": "o"})


def slug(s):
    return s.lower().translate(TRANS).replace(" ", "").replace("'", "")


def email(p, domains=("gmx.de", "web.de", "t-online.de", "freenet.de", "posteo.de", "outlook.de", "gmail.com",
                      "online.de", "icloud.com", "arcor.de")):
    f, l = slug(p.first.split("-")[0]), slug(p.last)
    style = rng.randrange(6)
    local = [f"{f}.{l}", f"{f[0]}.{l}", f"{l}.{f}", f"{f}{l}{rng.randint(60, 99)}", f"{f}_{l}",
             f"{l}{rng.randint(1, 999)}"][style]
    return f"{local}@{rng.choice(domains)}"


# ---------------------------------------------------------------- places, numbers
TOWNS = [("59872", "Meschede", "0291"), ("59755", "Arnsberg", "02932"), ("59821", "Arnsberg", "02931"),
         ("59909", "Bestwig", "02904"), ("59939", "Olsberg", "02962"), ("59929", "Brilon", "02961"),
         ("34431", "Marsberg", "02992"), ("59955", "Winterberg", "02981"), ("57392", "Schmallenberg", "02972"),
         ("59846", "Sundern", "02933"), ("59889", "Eslohe", "02973"), ("59964", "Medebach", "02982"),
         ("59969", "Hallenberg", "02984"), ("59759", "Arnsberg", "02932"), ("57399", "Kirchhundem", "02723"),
         ("59494", "Soest", "02921"), ("58706", "Menden", "02373")]
STREETS = ["Am Hagen", "Zum Kahlen Asten", "Hochstraße", "Briloner Straße", "Ruhrstraße", "Im Siepen",
           "Auf der Bleiche", "Kapellenweg", "Jägerpfad", "Forsthausweg", "Am Wildgehege", "Mühlenweg",
           "Lindenallee", "Schützenstraße", "Hubertusweg", "Unterm Hagen", "In der Gräfte", "Dorfstraße",
           "Alter Postweg", "Heidestraße", "Auf dem Loh", "Kirchplatz", "Talweg", "Bergstraße", "Ginsterweg",
           "Zur Hardt", "Fichtenweg", "Steinweg", "Am Lattenberg", "Hennetalstraße", "Wennetalweg", "Obere Mauer",
           "Plackweg", "Am Bremberg", "Sorpestraße", "Valmestraße", "Im Ohl", "Schwarzer Weg", "Kampstraße"]
PLATE_CODES = ["HSK", "HSK", "HSK", "AR", "BRI", "MES", "SO", "OE", "MK", "KB", "PB"]
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def address(towns=None):
    towns = towns or TOWNS[:15]
    pc, city, area = rng.choice(towns)
    hn = str(rng.randint(1, 148))
    r = rng.random()
    if r < 0.15:
        hn += rng.choice("abc")
    elif r < 0.2:
        hn += f"-{int(hn) + 2}"
    return f"{rng.choice(STREETS)} {hn}", f"{pc} {city}", area


def landline(area):
    sub = ids.digits(rng.choice([5, 6, 6, 7]), first_nonzero=True)
    if sub[0] == "1":
        sub = "4" + sub[1:]
    style = rng.randrange(6)
    if style == 0:
        return f"{area} {sub}"
    if style == 1:
        return f"{area}/{sub}"
    if style == 2:
        return f"({area}) {sub[:3]} {sub[3:]}"
    if style == 3:
        return f"+49 {area[1:]} {sub}"
    if style == 4:
        return f"{area}-{sub}"
    return f"{area} {group(sub, 2)}" if len(sub) % 2 == 0 else f"{area} {sub}"


def mobile():
    pre, n = rng.choice([("0151", 8), ("0152", 8), ("0157", 8), ("0176", 8), ("0160", 8), ("0171", 7),
                         ("0170", 7), ("0175", 7), ("0162", 7), ("0172", 7)])
    sub = ids.digits(n, first_nonzero=True)
    style = rng.randrange(6)
    if style == 0:
        return f"{pre} {sub}"
    if style == 1:
        return f"{pre}/{sub}"
    if style == 2:
        return f"{pre}-{sub[:3]} {sub[3:]}"
    if style == 3:
        return f"+49 {pre[1:]} {sub}"
    if style == 4:
        return f"+49{pre[1:]}{sub}"
    return f"{pre} {sub[:3]} {sub[3:]}"


def phone(area=None):
    return landline(area) if area and rng.random() < 0.5 else mobile()


def dob(y0, y1):
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(y0, y1)


def fd(t, style="dot4"):
    d, mo, y = t
    return {"dot4": f"{d:02d}.{mo:02d}.{y}", "dot2": f"{d:02d}.{mo:02d}.{y % 100:02d}",
            "short": f"{d}.{mo}.{y}", "long": f"{d}. {MONTHS[mo - 1]} {y}", "iso": f"{y}-{mo:02d}-{d:02d}",
            "slash": f"{d:02d}/{mo:02d}/{y}", "dash": f"{d:02d}-{mo:02d}-{y}"}[style]


def anydate(t):
    return fd(t, rng.choice(["dot4", "dot4", "dot2", "short", "long"]))


def plate(code=None):
    code = code or rng.choice(PLATE_CODES)
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXZ") for _ in range(rng.choice([1, 2, 2])))
    num = str(rng.randint(1, 9999 if len(code) + len(letters) < 5 else 999))
    suffix = "H" if rng.random() < 0.06 else ""
    sep = rng.choice(["-", " ", "-"])
    return f"{code}{sep}{letters} {num}{suffix}"


def office_az(kind):
    return f"32.2-{kind}-{rng.randint(1, 2999):04d}/{rng.choice(['23', '24', '25'])}"


def wbk_no():
    return rng.choice([f"{rng.randint(1, 4999):04d}/{rng.randint(1976, 2024)}",
                       f"HSK-{rng.randint(1990, 2024)}-{rng.randint(1, 9999):05d}",
                       f"{rng.randint(10, 99)}/{rng.randint(100, 999)}/{rng.randint(78, 99)}"])


def js_no():
    return rng.choice([f"J-{rng.randint(1, 3999):04d}/{rng.randint(1980, 2024)}",
                       f"HSK {rng.randint(1975, 2024)}/{rng.randint(1, 999):03d}",
                       f"{rng.randint(1, 9)}.{rng.randint(100, 999)}.{rng.randint(10, 24)}"])


def kassenzeichen():
    return rng.choice([f"{rng.randint(1, 9)}.{rng.choice(['2024', '2025'])}.{ids.digits(6)}",
                       f"3200 {ids.digits(4)} {ids.digits(4)}",
                       f"KZ-32-{ids.digits(7)}"])


def nwr_id():
    return f"P-{rng.randint(2013, 2024)}{ids.digits(8)}"


def sta_az():
    return f"{rng.randint(110, 640)} Js {rng.randint(1, 2999)}/{rng.choice(['23', '24', '25'])}"


def iban_de_fmt():
    v = ids.iban_de()
    return group(v, 4) if rng.random() < 0.6 else v


def mod97(country, bban):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def nl_iban():
    bank = rng.choice(["RABO", "INGB", "ABNA", "SNSB", "TRIO", "ASNB"])
    while True:
        acc = "0" + ids.digits(8)
        s = sum(int(c) * (10 - i) for i, c in enumerate(acc))
        last = (-s) % 11
        if last < 10:
            return mod97("NL", bank + acc + str(last))


def be_iban():
    ten = ids.digits(10, True)
    chk = int(ten) % 97 or 97
    return mod97("BE", f"{ten}{chk:02d}")


def pl_iban():
    seven = ids.digits(7, True)
    w = (3, 9, 7, 1, 3, 9, 7)
    c = (10 - sum(int(a) * b for a, b in zip(seven, w)) % 10) % 10
    return mod97("PL", seven + str(c) + ids.digits(16))


def fr_iban():
    bank, guichet, acc = ids.digits(5, True), ids.digits(5), ids.digits(11)
    key = 97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(acc)) % 97
    return mod97("FR", f"{bank}{guichet}{acc}{key:02d}")


def be_vat():
    body = "0" + ids.digits(7, True)
    return f"BE{body}{97 - int(body) % 97:02d}"


def pl_id_card():
    letters = "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(3))
    digs = ids.digits(5)
    vals = [int(c, 36) for c in letters] + [int(c) for c in digs]
    w = (7, 3, 1, 7, 3, 1, 7, 3)
    c = sum(a * b for a, b in zip(vals, w)) % 10
    return f"{letters}{c}{digs}"


def be_eid():
    ten = ids.digits(10, True)
    chk = int(ten) % 97 or 97
    return f"{ten[:3]}-{ten[3:]}-{chk:02d}"


def nl_passport():
    al = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
    return ("".join(rng.choice(al) for _ in range(2)) + "".join(rng.choice(al + "0123456789") for _ in range(6))
            + str(rng.randint(0, 9)))


def fr_passport():
    return f"{ids.digits(2)}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}" \
           f"{ids.digits(5)}"


def at_passport():
    return rng.choice("PU") + ids.digits(7, True)


def tax_id_fmt():
    v = ids.tax_id()
    return rng.choice([v, f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}", f"{v[:2]} {v[2:]}"])


def ssn_fmt(p, b):
    v = ids.social_security(f"{b[0]:02d}{b[1]:02d}{b[2] % 100:02d}", slug(p.last).replace("-", "")[0].upper())
    return rng.choice([v, f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}", f"{v[:2]} {v[2:8]} {v[8:]}"])


# ---------------------------------------------------------------- the office
class Staff:
    def __init__(self, first, last, g, ext, mail):
        self.p = Person(first, last, g)
        self.phone = f"0291 94-{ext}"
        self.mail = mail


GIERSE = Staff("Frank", "Gierse", "m", "1523", "frank.gierse@hochsauerlandkreis.de")
HOEMBERG = Staff("Claudia", "Hömberg", "f", "1527", "claudia.hoemberg@hochsauerlandkreis.de")
KOTTHOFF = Staff("Dennis", "Kotthoff", "m", "1541", "dennis.kotthoff@hochsauerlandkreis.de")
SCHMELTER = Staff("Yvonne", "Schmelter", "f", "1118", "yvonne.schmelter@hochsauerlandkreis.de")
REIMER = Staff("Tatjana", "Reimer-Brandt", "f", "1529", "tatjana.reimer-brandt@hochsauerlandkreis.de")
TIGGES = Staff("Ansgar", "Tigges", "m", "1500", "ansgar.tigges@hochsauerlandkreis.de")
TIGGES.p.title = "Dr."
for s in (GIERSE, HOEMBERG, KOTTHOFF, SCHMELTER, REIMER, TIGGES):
    USED.add((s.p.first, s.p.last))
OFFICE = "Hochsauerlandkreis · Der Landrat"
SWITCH = "0291 94-0"
MAIL_WAFFEN = "waffenrecht@hochsauerlandkreis.de"
MAIL_JAGD = "jagd-fischerei@hochsauerlandkreis.de"
KREIS_IBAN = group(ids.iban_de(), 4)

DOCS = []


def doc(channel, template, flags=()):
    def deco(fn):
        DOCS.append((channel, template, list(flags), fn))
        return fn
    return deco


# ---------------------------------------------------------------- 01 formal decision, WBK for a sport shooter
@doc("word", "wbk-bescheid")
def d01():
    p = person("de", "m", title_p=0.5, titles=("Dr.", "Dipl.-Ing."))
    st, pc, _ = address()
    chair = person("de")
    s = GIERSE
    b = dob(1962, 1996)
    club = rng.choice(["Schützenbruderschaft St. Hubertus Wenholthausen 1848 e. V.",
                       "Sportschützenverein Diana Brilon e. V.", "KKS Grevenstein 1926 e. V."])
    return f"""{OFFICE}
Fachdienst 32 – Sicherheit und Ordnung · Waffenbehörde
{N("Steinstraße 27")} · {N("59872 Meschede")}

Gegen Postzustellungsurkunde
{p.herrn}
{P(p.full)}
{A(st)}
{A(pc)}

Unser Zeichen: {AZ(office_az("WBK"))}
Auskunft erteilt: {P(s.p.name)}, Zimmer 2.114
Durchwahl: {T(s.phone)}
Meschede, 14.03.2025

Erteilung einer Waffenbesitzkarte für Sportschützen nach § 14 Abs. 6 WaffG

{p.sg} {P(p.sal)},

auf Ihren Antrag vom 20.01.2025 erteile ich Ihnen die Waffenbesitzkarte für Sportschützen Nr. {AZ(wbk_no())}. Sie ist auf Sie, geboren am {D(fd(b))} in Bad Fredeburg, ausgestellt und berechtigt zum Erwerb von bis zu zehn Einzellader-Langwaffen mit glatten und gezogenen Läufen, Repetier-Langwaffen mit gezogenen Läufen sowie einläufigen Einzellader-Kurzwaffen für Patronenmunition. Ein gesonderter Bedürfnisnachweis für den einzelnen Erwerb ist insoweit nicht erforderlich.

Die Bescheinigung der {club} vom 12.12.2024, unterschrieben vom 1. Vorsitzenden {P(chair.name)}, belegt eine Mitgliedschaft seit mehr als zwölf Monaten und regelmäßiges Training. Die Abfragen beim Bundeszentralregister, beim staatsanwaltschaftlichen Verfahrensregister, bei der Kreispolizeibehörde und bei der Verfassungsschutzbehörde ergaben keine Erkenntnisse.

Jeder Erwerb ist binnen zwei Wochen unter Vorlage der Waffenbesitzkarte anzuzeigen (§ 10 Abs. 1a WaffG). Die Aufbewahrung richtet sich nach § 36 WaffG in Verbindung mit § 13 AWaffV; eine unangekündigte Kontrolle bleibt vorbehalten.

Für diesen Bescheid wird eine Verwaltungsgebühr von 110,00 EUR festgesetzt. Bitte überweisen Sie den Betrag bis zum 15.04.2025 unter Angabe des Kassenzeichens {AZ(kassenzeichen())} auf das Konto der Kreiskasse, IBAN {N(KREIS_IBAN)}.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Zustellung Klage beim Verwaltungsgericht Arnsberg, {N("Jägerstraße 1")}, {N("59821 Arnsberg")}, erhoben werden.

Mit freundlichen Grüßen
Im Auftrag

{P(s.p.name)}
"""


# ---------------------------------------------------------------- 02 sloppy hunter mail
@doc("outlook", "jagdschein-verlaengerung")
def d02():
    p = person("de", "m")
    sw = person("de", "m")
    st, pc, area = address()
    ost, opc, _ = address()
    mail = email(p)
    return f"""Von: {P(p.name)} <{E(mail)}>
Gesendet: Sonntag, 9. März 2025 22:47
An: {N(MAIL_JAGD)}
Betreff: jagdschein verlängern

hallo zusammen

mein jagdschein läuft ende märz ab (nr {AZ(js_no())}) und ich will den wieder für 3 jahre verlängern.versicherungsbestätigung von der gothaer hab ich angehängt, versicherungsschein nr {AZ("GO-" + ids.digits(9))}
kann man das online machen oder muss ich persönlich vorbei kommen?? bin tagsüber auf montage , am besten übers handy {T(mobile())} oder abends {T(landline(area))}
achso bin im herbst umgezogen neue adresse ist {A(st.lower())} in {A(pc)} (vorher {A(ost)}, {A(opc)}) die wbk muss dann wohl auch geändert werden oder? wbk nr {AZ(wbk_no())}
mein schwager {P(sw.first.lower() + " " + sw.last.lower())} meinte das geht bei euch auch ohne termin, stimmt das

gruß
{P(p.first.lower())}
"""


# ---------------------------------------------------------------- 03 CSV export of expiring hunting licences
@doc("word", "export-jagdscheine")
def d03():
    rows = []
    for i in range(1, 10):
        p = mixed_person()
        st, pc, area = address()
        b = dob(1940, 2006)
        tel = T(phone(area)) if rng.random() < 0.75 else ""
        rows.append(f"{i};{P(p.last)};{P(p.first)};{D(fd(b, 'iso'))};{A(st)};{A(pc)};{AZ(js_no())};"
                    f"{rng.choice(['31.03.2025', '31.03.2025', '30.04.2025', '31.05.2025', '30.06.2025'])};{tel}")
    body = "\n".join(rows)
    return f"""Export JADE-Fachverfahren – Jagdscheininhaber mit Ablauf bis 30.06.2025
Erstellt: 03.03.2025 07:12 · Benutzer: jagd02 · Filter: Status=aktiv; Verlängerung offen

lfd;Name;Vorname;Geburtsdatum;Strasse;PLZ_Ort;Jagdschein_Nr;gueltig_bis;Telefon
{body}

9 Datensätze. Nur für den Dienstgebrauch – nicht an Hegeringe weitergeben.
"""


# ---------------------------------------------------------------- 04 forwarded police answer
@doc("outlook", "polizei-rueckmeldung-fwd")
def d04():
    off = person("de", title_p=0.0)
    offmail = f"{slug(off.first)}.{slug(off.last)}@polizei.nrw.de"
    ps = [mixed_person() for _ in range(4)]
    lines = []
    notes = [
        "keine Erkenntnisse.",
        f"Vorgang {AZ('VG ' + ids.digits(6) + '-' + ids.digits(4))} (Körperverletzung im häuslichen Bereich, 08/2024), "
        f"abgegeben an die Staatsanwaltschaft Arnsberg, dortiges Az. {AZ(sta_az())}. Gegen den Betroffenen "
        "bestand ein zehntägiges Rückkehrverbot.",
        "keine Erkenntnisse. Hinweis: wohnt mit einer weiteren Erlaubnisinhaberin zusammen.",
        f"Trunkenheitsfahrt am 17.11.2024 mit dem Pkw {KFZ(plate())}, BAK 1,34 Promille; "
        f"Verfahren bei der StA unter {AZ(sta_az())}.",
    ]
    for i, (p, note) in enumerate(zip(ps, notes), 1):
        st, pc, _ = address()
        lines.append(f"{i}. {P(p.last)}, {P(p.first)}, geb. {D(fd(dob(1950, 2000), 'dot4'))}, "
                     f"{A(st)}, {A(pc)} – {note}")
    body = "\n".join(lines)
    return f"""Betreff: WG: Zuverlässigkeitsüberprüfung § 5 Abs. 5 WaffG – Ihre Sammelanfrage vom 03.02.2025

Hi {P(HOEMBERG.p.first)},

siehe unten. Bei Nr. 2 und 4 gibt es Erkenntnisse – kannst du für die beiden die Anhörung vorbereiten? Akten liegen bei mir im Fach.

Gruß
{P(GIERSE.p.first)}

-----Ursprüngliche Nachricht-----
Von: {P(off.last + ", " + off.first)} <{E(offmail)}>
Gesendet: Dienstag, 4. Februar 2025 11:02
An: {P(GIERSE.p.last + ", " + GIERSE.p.first)} <{E(GIERSE.mail)}>
Cc: {N("kk-gefahrenabwehr.hochsauerlandkreis@polizei.nrw.de")}
Betreff: AW: Zuverlässigkeitsüberprüfung § 5 Abs. 5 WaffG – Ihre Sammelanfrage vom 03.02.2025

Sehr geehrter Herr {P(GIERSE.p.last)},

zu den mit Ihrer Sammelanfrage übermittelten Personen teile ich Folgendes mit:

{body}

Weitere Auskünfte nur über die Staatsanwaltschaft. Bitte beachten Sie die Zweckbindung der übermittelten Daten.

Mit freundlichen Grüßen
Im Auftrag
{P(off.name)}
{rng.choice(["Polizeihauptkommissar", "Kriminaloberkommissar"]) if off.g == "m" else rng.choice(["Polizeihauptkommissarin", "Kriminaloberkommissarin"])}
Kreispolizeibehörde Hochsauerlandkreis – Direktion Gefahrenabwehr/Einsatz
Tel. {T("0291 9020-" + ids.digits(4, True))}
"""


# ---------------------------------------------------------------- 05 letter to the public prosecutor with a table
@doc("word", "anfrage-staatsanwaltschaft")
def d05():
    rows = []
    for _ in range(5):
        p = mixed_person()
        st, pc, _ = address()
        rows.append(f"| {P(p.last + ', ' + p.first)} | {D(fd(dob(1948, 2003), 'dot4'))} | {A(st)}, {A(pc)} | "
                    f"{AZ(sta_az())} |")
    body = "\n".join(rows)
    return f"""{OFFICE} · Waffenbehörde · {N("59870 Meschede")}

Staatsanwaltschaft Arnsberg
– Geschäftsstelle –
{N("Postfach 1163")}
{N("59801 Arnsberg")}

Aktenzeichen: 32.2-Zuv-Sammel/25
Bearbeiter: {P(REIMER.p.name)}, Tel. {T(REIMER.phone)}, {E(REIMER.mail)}
Datum: 24.04.2025

Auskunft über den Verfahrensstand nach § 5 Abs. 5 Satz 1 Nr. 3 WaffG

Sehr geehrte Damen und Herren,

in den nachfolgend aufgeführten Fällen haben Sie uns die Einleitung eines Ermittlungsverfahrens mitgeteilt. Die betroffenen Personen sind Inhaber waffenrechtlicher Erlaubnisse. Für die Entscheidung über einen Widerruf nach § 45 Abs. 2 WaffG oder das Ruhen der Erlaubnis nach § 45 Abs. 4 WaffG benötigen wir den aktuellen Verfahrensstand (eingestellt, Strafbefehl, Anklage, Urteil mit Rechtskraftdatum).

| Name, Vorname | geboren | Anschrift | Ihr Aktenzeichen |
|---|---|---|---|
{body}

Wir bitten um Übersendung der Abschlussverfügung bzw. einer Urteilsabschrift. Eine Akteneinsicht ist nicht erforderlich.

Mit freundlichen Grüßen
Im Auftrag
{P(REIMER.p.name)}
"""


# ---------------------------------------------------------------- 06 Dutch hunter, foreigners' licence
@doc("outlook", "auslaenderjagdschein-nl")
def d06():
    p = person("nl", "m")
    host = person("de", "m", title_p=0.3)
    hst, hpc, harea = address()
    wife = person("nl", "f")
    pc = f"{rng.randint(7400, 7999)} {rng.choice(['AB', 'KL', 'RT', 'GH'])}"
    city = rng.choice(["Enschede", "Hengelo", "Oldenzaal", "Winterswijk"])
    b = dob(1958, 1990)
    return f"""Von: {P(p.first + " " + p.last)} <{E(slug(p.first) + "." + slug(p.last) + "@ziggo.nl")}>
An: {N(MAIL_JAGD)}
Betreff: Jagdschein für Ausländer – Einladung Drückjagd November

Goedendag,

mein Name ist {P(p.name)}, ich wohne {A(rng.choice(["Kerkstraat", "Molenweg", "Dorpsstraat", "Esweg"]) + " " + str(rng.randint(2, 90)))}, {A(pc + " " + city)} (Niederlande), geboren {D(fd(b, "dash"))}. Ich habe eine Einladung bekommen von {P(host.full)} für die Drückjagd am 15. November in seinem Revier bei Medebach. Er wohnt {A(hst)} in {A(hpc)}, Telefon {T(landline(harea))}.

Ich habe eine niederländische jachtakte (Nr. {AZ("JA" + ids.digits(7))}) und die Jagdhaftpflicht bei Univé. Welche Papiere brauche ich für den deutschen Jagdschein für Ausländer? Reicht mein Reisepass ({PASS(nl_passport())}) oder brauchen Sie eine Kopie beglaubigt?

Die Gebühr kann ich überweisen von unserem Konto {IB(group(nl_iban(), 4))} (Kontoinhaber ist meine Frau {P(wife.name)}).

Sorry für mein Deutsch. Sie können mich auch anrufen: {T("+31 6 " + group(ids.digits(8, True), 4))}.

Met vriendelijke groet / Mit freundlichen Grüßen
{P(p.name)}
"""


# ---------------------------------------------------------------- 07 file memo, inherited weapons (religion)
@doc("word", "vermerk-erbwaffen", ["RELIGION"])
def d07():
    dec = person("de", "m")
    son = Person(rng.choice(FIRST["de_m"]), dec.last, "m")
    sister = Person(rng.choice(FIRST["de_f"]), dec.last, "f")
    dst, dpc, _ = address()
    sst, spc, sarea = address()
    notary = person("de", "m", title_p=1.0)
    return f"""Aktenvermerk

Az.: {AZ(office_az("Erb"))}
Betreff: Erwerb von Schusswaffen infolge Erbfalls (§ 20 WaffG)

Erblasser: {P(dec.name)}, geb. {D(fd(dob(1931, 1948), "dot4"))}, verstorben am 02.01.2025, zuletzt wohnhaft {A(dst)}, {A(dpc)}
Erlaubnisse des Erblassers: WBK Nr. {AZ(wbk_no())} (3 Langwaffen), WBK Nr. {AZ(wbk_no())} (1 Kurzwaffe), Jagdschein erloschen 2019

Nach dem Erbschein des Amtsgerichts Meschede ({AZ(str(rng.randint(2, 9)) + " VI " + str(rng.randint(10, 399)) + "/25")}) sind Erben zu je 1/2:
1. der Sohn {P(son.name)}, {A(sst)}, {A(spc)}, Tel. {T(landline(sarea))}
2. die Tochter {P(sister.name)}, als Ordensschwester {P("Sr. M. " + rng.choice(["Benedikta", "Scholastika", "Hildegard", "Gertrudis"]))} in der Abtei der Benediktinerinnen, {A("Klosterberg " + str(rng.randint(1, 12)))}, {A(rng.choice(["59889 Eslohe", "59909 Bestwig", "59939 Olsberg"]))}

Die Tochter hat mit Schreiben vom 20.01.2025 mitgeteilt, dass sie wegen ihres Ordensgelübdes (Armut) auf jeglichen Besitz verzichtet und die Waffen nicht übernehmen möchte. Sie bittet, die Angelegenheit ausschließlich mit ihrem Bruder abzuwickeln.

Herr {P(son.last)} hat heute vorgesprochen und beantragt die Eintragung aller vier Waffen in eine Erben-WBK. Ein Bedürfnis besteht nicht; die Kurzwaffe und die beiden Büchsen sind daher mit einem zugelassenen Blockiersystem zu sichern (§ 20 Abs. 3 WaffG). Die Flinte soll an den Büchsenmacher verkauft werden. Der Nachlassverwalter, Notar {P(notary.full)}, hat die Waffen bis dahin im Waffenschrank des Erblassers belassen; Schlüssel bei {P(son.last)}.

Zuverlässigkeitsprüfung eingeleitet (BZR, StA, Polizei, VS). Frist für Blockiersystem: 30.04.2025.

{P(KOTTHOFF.p.init + " " + KOTTHOFF.p.last)}, 27.01.2025
"""


# ---------------------------------------------------------------- 08 gun club confirmation of members
@doc("outlook", "verein-mitgliedsbestaetigung")
def d08():
    chair = person("de", "m")
    cst, cpc, carea = address()
    members = []
    for _ in range(5):
        p = mixed_person()
        st, pc, _ = address()
        members.append(f"- {P(p.full)}, geb. {D(anydate(dob(1955, 2004)))}, {A(st)}, {A(pc)}, Mitglied seit "
                       f"{rng.randint(1998, 2023)}, {rng.randint(12, 30)} Trainingstermine in den letzten 12 Monaten "
                       f"({rng.choice(['Kurzwaffe 9 mm Luger', 'Großkaliber-Gewehr', 'Flinte Trap', 'KK-Gewehr 50 m'])})")
    body = "\n".join(members)
    return f"""Von: Schützenverein Hubertus Oeventrop 1921 e. V. – Der Vorstand <{N("vorstand@sv-oeventrop.de")}>
An: {N(MAIL_WAFFEN)}
Betreff: Bedürfnisbescheinigungen § 14 WaffG – Sammelmeldung 2. Quartal

Sehr geehrte Damen und Herren,

für die nachstehenden Mitglieder bestätigen wir die Mitgliedschaft sowie das regelmäßige Schießen mit eigenen oder vereinseigenen Waffen (Schießbuch liegt vor). Die einzelnen Bescheinigungen mit Unterschrift und Vereinsstempel sind als PDF beigefügt, der Landesverband (WSB) hat die Anträge auf Bedürfnisbestätigung befürwortet:

{body}

Rückfragen gern an mich, am besten abends oder per Mail. Vereinspost bitte an meine Privatanschrift {A(cst)}, {A(cpc)}, da das Schützenhaus keinen Briefkasten hat.

Mit Schützengruß
{P(chair.name)}
1. Vorsitzender
Tel. {T(landline(carea))} · mobil {T(mobile())}
{E(email(chair))}
"""


# ---------------------------------------------------------------- 09 request for a medical certificate (health)
@doc("word", "aufforderung-gutachten", ["HEALTH"])
def d09():
    p = person(rng.choice(["de", "ru", "tr"]), title_p=0.0)
    st, pc, _ = address()
    docs = [person("de", title_p=1.0, titles=("Dr. med.", "Dipl.-Psych.")) for _ in range(3)]
    dlines = []
    for d in docs:
        dst, dpc, darea = address()
        dlines.append(f"- {P(d.full)}, {'Facharzt' if d.g == 'm' else 'Fachärztin'} für Psychiatrie und "
                      f"Psychotherapie, {A(dst)}, {A(dpc)}, Tel. {T(landline(darea))}")
    return f"""{OFFICE}
Waffenbehörde

{p.herrn}
{P(p.name)}
{A(st)}
{A(pc)}

Ihr Zeichen: –
Unser Zeichen: {AZ(office_az("Eign"))}
Datum: 06.05.2025

Anordnung der Vorlage eines fachärztlichen Gutachtens über die persönliche Eignung (§ 6 Abs. 2 WaffG, § 4 AWaffV)

{p.sg} {P(p.last)},

nach einer Mitteilung der Kreispolizeibehörde wurden Sie am 11.03.2025 nach einem Einsatz in Ihrer Wohnung auf Grundlage des PsychKG NRW in die LWL-Klinik Marsberg eingewiesen und dort bis zum 28.03.2025 stationär wegen einer schweren depressiven Episode mit Suizidgedanken behandelt. Diese Tatsachen begründen Bedenken gegen Ihre persönliche Eignung im Sinne von § 6 Abs. 1 Satz 1 Nr. 2 WaffG.

Ich fordere Sie daher auf, binnen acht Wochen ein fachärztliches Gutachten über Ihre geistige Eignung vorzulegen. Das Gutachten muss von einer Ärztin oder einem Arzt mit der Gebietsbezeichnung Psychiatrie und Psychotherapie erstellt werden; die behandelnden Ärzte scheiden aus (§ 4 Abs. 3 AWaffV). Im Kreisgebiet erstellen unter anderem folgende Gutachter solche Gutachten:

{chr(10).join(dlines)}

Bis zur Vorlage eines positiven Gutachtens haben Sie Ihre Schusswaffen (eingetragen in der WBK Nr. {AZ(wbk_no())}) einem Berechtigten zu überlassen oder bei uns abzugeben. Legen Sie das Gutachten nicht fristgerecht vor, darf ich nach § 4 Abs. 6 AWaffV auf Ihre Nichteignung schließen.

Mit freundlichen Grüßen
Im Auftrag
{P(HOEMBERG.p.name)}
"""


# ---------------------------------------------------------------- 10 psychiatrist's practice sends a report (health)
@doc("outlook", "gutachten-praxis", ["HEALTH"])
def d10():
    dr = person("de", "f", title_p=1.0, titles=("Dr. med.",))
    pat = person(rng.choice(["de", "de", "ru", "it", "gr"]), "m")
    mfa = person("de", "f")
    st, pc, _ = address()
    b = dob(2001, 2004)
    return f"""Von: Praxis {P(dr.full)} <{E("praxis." + slug(dr.last) + "@psych-sauerland.de")}>
An: {P(HOEMBERG.p.name)} <{E(HOEMBERG.mail)}>
Betreff: Zeugnis über die geistige Eignung nach § 6 Abs. 3 WaffG – {P(pat.name)}

Sehr geehrte Frau {P(HOEMBERG.p.last)},

im Auftrag von Frau {P(dr.sal)} übersende ich anbei das fachpsychologische Zeugnis für {P(pat.name)}, geb. {D(fd(b, "dot2"))}, wohnhaft {A(st)}, {A(pc)}. Der Auftrag wurde vom Antragsteller selbst erteilt, die Einwilligung zur Übermittlung an die Waffenbehörde liegt vor.

Zusammenfassung: Bei dem {2025 - b[2] - (1 if (b[1], b[0]) > (6, 2) else 0)}-jährigen Antragsteller ergaben sich im Persönlichkeitstest und im Gespräch keine Anhaltspunkte für eine fehlende geistige Reife. Eine im Jahr 2021 behandelte ADHS ist nach Angaben des Hausarztes ohne Medikation stabil; eine Cannabis-Abhängigkeit wurde anamnestisch verneint, das Drogenscreening vom 02.06.2025 war negativ.

Die Rechnung geht wie vereinbart direkt an den Patienten (Versichertennummer laut Karte: {KV(ids.health_insurance())}, privat liquidiert nach GOÄ).

Mit freundlichen Grüßen
{P(mfa.name)}
Medizinische Fachangestellte
Praxis für Psychiatrie und Psychotherapie {P(dr.full)}
{A(rng.choice(["Ruhrstraße", "Hauptstraße", "Le-Puy-Straße"]) + " " + str(rng.randint(1, 60)))} · {A("59872 Meschede")}
Tel. {T("0291 " + ids.digits(6, True))}
"""


# ---------------------------------------------------------------- 11 OCR scan of an application form
@doc("word", "ocr-antrag-wbk")
def d11():
    p = person(rng.choice(["de", "pl", "hr"]), "m")
    st, pc, area = address()
    b = dob(1970, 2001)
    idc = ids.id_card(check_digit=False)
    mail = email(p)
    return f"""Hochsauer1andkreis - Waffenbeh6rde              Eingang: 1 7. FEB. 2025

ANTRAG auf Erteilung einer Waffenbesitzkarte (WBK) / Eintragung
in eine bestehende WBK Nr. {AZ(wbk_no())}

1. Angaben zur Person
Name: {P(p.last.upper())}                 Vorname(n): {P(p.first)}
Geburtsname: —                 Geburtsdatum: {D(fd(b, "dot4"))}
Geburtsort: {rng.choice(["Opole", "Split", "Meschede", "Lüdenscheid"])}             Staatsangehörigkeit: {rng.choice(["deutsch", "deutsch/polnisch", "kroatisch"])}
Anschrift (Stra8e, Nr.): {A(st.replace("ß", "8"))}
PLZ/Ort: {A(pc)}
Telefon: {T(phone(area))}      E-Mail: {E(mail)}
Personalausweis-Nr.: {IDC(idc)}    ausgestellt von: Stadt {rng.choice(["Arnsberg", "Meschede", "Sundern"])}

2. Bedürfnis
[X] Jäger (§ 13 WaffG)   [ ] Sportschütze (§ 14)   [ ] Erbe (§ 20)   [ ] Sonstiges
Jagdschein-Nr.: {AZ(js_no())}      gültig bis: 31.03.2027

3. Angaben zur Waffe
Art: Repetierbüchse   Kaliber: .308 Win.   Hersteller: Sauer   Herst.-Nr.: {N(rng.choice(["S", "SR"]) + ids.digits(6))}
Überlasser: Waffen {P(rng.choice(["Stratmann", "Kemper", "Funke"]))} GmbH, Brilon

4. Haben Sie in den letzten 5 Jahren ... [ ] ja [X] nein

Ich versichere die Richtigkeit meiner Angaben.
{rng.choice(["Sundern", "Brilon", "Meschede"])}, den 1 4.02.2025        Unterschrift: {P(p.init + " " + p.last)}
----------------------------------------------------------------------
nur für den Dienstgebrauch: Zuv. geprüft [X] NWR-Abgleich [X]  Sb: {P(GIERSE.p.last)}
"""


# ---------------------------------------------------------------- 12 mother asks for youth fishing licences
@doc("outlook", "jugendfischereischein")
def d12():
    mum = person(rng.choice(["de", "it", "gr"]), "f")
    dad = Person(rng.choice(FIRST["de_m"]), mum.last, "m")
    k1 = Person(rng.choice(["Finn", "Luis", "Emil", "Paul"]), mum.last, "m")
    k2 = Person(rng.choice(["Mila", "Ida", "Frieda", "Lotta"]), mum.last, "f")
    st, pc, area = address()
    return f"""Betreff: Jugendfischereischein für unsere zwei

Guten Morgen liebes Fischerei-Team,

unsere Kinder {P(k1.first)} ({D(fd(dob(2012, 2013), "dot4"))}) und {P(k2.first)} ({D(fd(dob(2014, 2015), "short"))}) möchten gern mit ihrem Opa an der Lenne angeln. Soweit ich gelesen habe, brauchen sie dafür einen Jugendfischereischein, eine Prüfung ist ja erst ab 14 nötig, oder? Der Opa, {P(person("de", "m").name)}, hat einen gültigen Fischereischein und würde immer dabei sein.

Können Sie mir sagen, ob wir vorbeikommen müssen oder ob das per Post geht? Passbilder haben wir schon machen lassen. Beide wohnen natürlich bei uns: {A(st)}, {A(pc)}.

Falls es Rückfragen gibt, mein Mann {P(dad.first)} ist unter {T(mobile())} erreichbar, ich unter {T(landline(area))} (vormittags).

Danke und liebe Grüße
{P(mum.name)}
"""


# ---------------------------------------------------------------- 13 hearing before revocation, alcohol (health)
@doc("word", "anhoerung-widerruf", ["HEALTH"])
def d13():
    p = person(rng.choice(["de", "ru"]), "m", title_p=0.0)
    st, pc, _ = address()
    pl = plate("HSK")
    lawyer = person("de", "m", title_p=0.4)
    return f"""{OFFICE} – Waffenbehörde
{N("Steinstraße 27")}, {N("59872 Meschede")}

Einschreiben mit Rückschein
{p.herrn} {P(p.name)}
{A(st)}
{A(pc)}

Az.: {AZ(office_az("Wid"))}
Sachbearbeitung: {P(GIERSE.p.name)} · Telefon {T(GIERSE.phone)} · Zentrale {N(SWITCH)}

Anhörung nach § 28 VwVfG NRW vor dem Widerruf Ihrer waffenrechtlichen Erlaubnisse

{p.sg} {P(p.last)},

ich beabsichtige, Ihre Waffenbesitzkarten Nr. {AZ(wbk_no())} und Nr. {AZ(wbk_no())} sowie Ihren Jagdschein Nr. {AZ(js_no())} zu widerrufen bzw. für ungültig zu erklären.

Sachverhalt: Am 17.11.2024 wurden Sie gegen 23:40 Uhr als Fahrer des Pkw mit dem amtlichen Kennzeichen {KFZ(pl)} auf der B 7 bei Bestwig kontrolliert. Die Blutprobe ergab eine Blutalkoholkonzentration von 1,92 Promille. Mit Strafbefehl des Amtsgerichts Meschede vom 09.01.2025 ({AZ(str(rng.randint(3, 9)) + " Cs " + sta_az())}), rechtskräftig seit 31.01.2025, wurden Sie wegen Trunkenheit im Verkehr zu 50 Tagessätzen verurteilt. Nach dem Bericht der Führerscheinstelle haben Sie im Verfahren auf Wiedererteilung der Fahrerlaubnis selbst angegeben, sich im Dezember 2024 einer qualifizierten Entgiftung im Klinikum Hochsauerland unterzogen zu haben; die behandelnde Ärztin bescheinigte eine Alkoholabhängigkeit (ICD-10 F10.2).

Rechtliche Würdigung: Wer alkoholabhängig ist, besitzt die erforderliche persönliche Eignung nicht (§ 6 Abs. 1 Satz 1 Nr. 2 WaffG). Die Erlaubnisse sind daher zwingend zu widerrufen (§ 45 Abs. 2 WaffG).

Sie erhalten Gelegenheit, sich bis zum 14.03.2025 zu äußern. Ihr Bevollmächtigter, Rechtsanwalt {P(lawyer.full)}, erhält eine Abschrift dieses Schreibens.

Mit freundlichen Grüßen
Im Auftrag
{P(GIERSE.p.name)}
"""


# ---------------------------------------------------------------- 14 European firearms pass for Austria
@doc("outlook", "feuerwaffenpass-oesterreich")
def d14():
    p = person("de", "m", title_p=0.3, titles=("Dr.", "Prof. Dr."))
    st, pc, area = address()
    host = person("at", "m")
    return f"""Von: {E(email(p))}
An: {N(MAIL_WAFFEN)}
Betreff: Europäischer Feuerwaffenpass – Gamsjagd Steiermark

Sehr geehrte Damen und Herren,

ich bin im September zur Gamsjagd in der Obersteiermark eingeladen und möchte dafür meine Repetierbüchse (eingetragen in WBK {AZ(wbk_no())}, lfd. Nr. 3) mitnehmen. Bislang habe ich keinen Europäischen Feuerwaffenpass. Ich bitte daher um Ausstellung; Passbild und Kopie meines Reisepasses ({PASS(ids.passport(check_digit=True))}) sind beigefügt.

Meine Daten: {P(p.full)}, geboren {D(fd(dob(1955, 1985), "long"))}, {A(st)}, {A(pc)}, Jagdschein {AZ(js_no())}.

Die Einladung stammt vom Jagdpächter {P(host.name)}, {A(rng.choice(["Hauptplatz", "Murgasse", "Sonnleiten", "Dorfstraße"]) + " " + str(rng.randint(1, 40)))}, {A("A-" + str(rng.randint(8800, 8990)) + " " + rng.choice(["Murau", "Oberwölz", "Stadl an der Mur", "Neumarkt in der Steiermark"]))}, Tel. {T("+43 664 " + ids.digits(7, True))}. Eine schriftliche Einladung, die in Österreich als Nachweis genügt, habe ich angehängt. Ich fahre mit meinem eigenen Wagen ({KFZ(plate())}) über Passau.

Falls der Pass bis Ende August nicht fertig wird, wäre ich für eine kurze Nachricht dankbar: {T(mobile())}.

Mit freundlichem Waidmannsheil
{P(p.full)}
"""


# ---------------------------------------------------------------- 15 intelligence service answer (politics)
@doc("word", "vermerk-verfassungsschutz", ["POLITICS"])
def d15():
    p = person("de", "m")
    st, pc, _ = address()
    wife = Person(rng.choice(FIRST["de_f"]), p.last, "f")
    return f"""VS – NUR FÜR DEN DIENSTGEBRAUCH

Vermerk zur Regelabfrage nach § 5 Abs. 5 Satz 1 Nr. 4 WaffG

Betroffener: {P(p.last)}, {P(p.first)}
geb.: {D(fd(dob(1960, 1990), "dot4"))}
Anschrift: {A(st)}, {A(pc)}
Erlaubnisse: WBK {AZ(wbk_no())}, Jagdschein {AZ(js_no())}
Unser Az.: {AZ(office_az("Zuv"))}    Az. Verfassungsschutz NRW: {AZ("VS-" + ids.digits(3) + "-" + str(rng.randint(1000, 9999)) + "/24")}

Das Ministerium des Innern NRW, Abteilung Verfassungsschutz, hat am 12.09.2024 mitgeteilt:
{P(p.last)} ist seit mindestens 2019 Mitglied der Partei „Der III. Weg" und tritt im Stützpunkt Sauerland als Redner auf. Er hat an Demonstrationen in Dortmund (01.05.2023) und Siegen (03.10.2024) teilgenommen. Zudem hat er im Oktober 2023 beim Kreis einen Staatsangehörigkeitsausweis unter Berufung auf das „RuStAG 1913" beantragt und in Schreiben an das Finanzamt die Existenz der Bundesrepublik bestritten (Reichsbürger-Milieu).

Bewertung: Regelvermutung der Unzuverlässigkeit nach § 5 Abs. 2 Nr. 3 Buchst. a WaffG (Mitgliedschaft in einer Vereinigung mit verfassungsfeindlichen Bestrebungen). Widerrufsverfahren ist einzuleiten; die Ehefrau {P(wife.name)} ist ebenfalls Inhaberin einer WBK ({AZ(wbk_no())}) – gemeinsame Aufbewahrung prüfen, ggf. sofortige Sicherstellung (§ 46 Abs. 4 WaffG) mit Polizei abstimmen.

Keine Weitergabe an Dritte. Verfügung: Vorlage bei FDL {P(TIGGES.p.full)}.

{P(REIMER.p.last)}, 16.09.2024
"""


# ---------------------------------------------------------------- 16 widow, all caps mail
@doc("outlook", "witwe-waffenabgabe")
def d16():
    w = person("de", "f")
    husb = Person(rng.choice(FIRST["de_m"]), w.last, "m")
    grand = Person(rng.choice(["Jannik", "Tim", "Marvin", "Kevin"]), w.last, "m")
    st, pc, area = address()
    return f"""Betreff: GEWEHRE MEINES MANNES

SEHR GEEHRTE DAMEN UND HERREN,

MEIN MANN {P(husb.name.upper())} IST AM 4. JANUAR NACH LANGER KRANKHEIT VERSTORBEN. ER WAR JÄGER UND IM KELLER STEHT NOCH DER SCHRANK MIT SEINEN GEWEHREN. ICH SELBST KANN DAMIT NICHTS ANFANGEN UND MÖCHTE DIE DINGER AUS DEM HAUS HABEN. DER SCHLÜSSEL LIEGT BEI MIR IN DER SCHUBLADE, IST DAS SO IN ORDNUNG?

MEIN ENKEL {P(grand.first.upper())} SCHREIBT DIESE MAIL FÜR MICH. ER HAT GESAGT DASS SIE DIE WAFFEN ABHOLEN ODER DASS WIR SIE VORBEIBRINGEN MÜSSEN. WIR HABEN ABER KEINEN WAFFENSCHEIN ODER SO.

DIE WAFFENKARTE VON MEINEM MANN HAT DIE NUMMER {AZ(wbk_no())}. UNSERE ADRESSE IST {A(st.upper())}, {A(pc.upper())}.
TELEFON {T(landline(area))}, ODER BEIM ENKEL {T(mobile())}

MIT FREUNDLICHEN GRÜßEN
{P(w.name.upper())}
"""


# ---------------------------------------------------------------- 17 payment export without header
@doc("word", "kasse-lastschrift-export")
def d17():
    rows = []
    fees = [("Verlängerung Jagdschein 3 J.", "90,00"), ("Eintragung Erwerb WBK", "25,00"),
            ("Kleiner Waffenschein", "55,00"), ("Fischereischein Lebenszeit", "42,00"),
            ("WBK Sportschütze", "110,00"), ("Europ. Feuerwaffenpass", "40,00"), ("Jugendjagdschein", "22,00")]
    for i in range(7):
        p = mixed_person()
        fee, amount = rng.choice(fees)
        rows.append(f"{AZ(kassenzeichen())};{P(p.last)}, {P(p.first)};{fee};{amount};"
                    f"{IB(ids.iban_de())};{AZ('HSK-WAF-' + ids.digits(6))};{rng.choice(['01.07.2025', '15.07.2025'])}")
    body = "\n".join(rows)
    return f"""{body}
"""


# ---------------------------------------------------------------- 18 security company, union rep (union)
@doc("outlook", "bewachung-wbk-verdi", ["UNION"])
def d18():
    rep = person(rng.choice(["de", "tr"]), "m")
    boss = person("de", "m")
    emps = [mixed_person() for _ in range(3)]
    lines = []
    for e in emps:
        b = dob(1975, 2001)
        st, pc, _ = address()
        lines.append(f"{P(e.name)}, geb. {D(fd(b, 'dot4'))}, {A(st)}, {A(pc)}, Bewacher-ID {AZ(ids.digits(8, True))}, "
                     f"RV-Nr. {SSN(ssn_fmt(e, b))}")
    return f"""Von: {P(rep.name)} <{E(email(rep, ("web.de", "gmx.de")))}>
Gesendet: Mittwoch, 21. Mai 2025 16:20
An: {N(MAIL_WAFFEN)}
Cc: {P(boss.name)} <{E(slug(boss.first)[0] + "." + slug(boss.last) + "@sauerland-sicherheit.de")}>
Betreff: WBK für Geld- und Werttransport – Kollegen der Sauerland Sicherheit GmbH

Sehr geehrte Damen und Herren,

ich schreibe Ihnen als ver.di-Vertrauensmann und Mitglied der betrieblichen Tarifkommission bei der Sauerland Sicherheit GmbH. Drei Kollegen aus dem Werttransport warten seit Februar auf die Eintragung der Dienstwaffen in die Firmen-WBK bzw. auf ihre Zustimmung nach § 28 Abs. 3 WaffG. Ohne die Eintragung dürfen sie nur als Beifahrer eingesetzt werden, was bei uns erhebliche Lohneinbußen bedeutet (Zulage entfällt).

Die Kollegen sind:
{chr(10).join(lines)}

Die Unterlagen (Sachkunde nach § 7 WaffG, Unterrichtung § 34a GewO, Führungszeugnisse) hat die Geschäftsführung, Herr {P(boss.last)}, nach eigener Aussage im März eingereicht. Falls noch etwas fehlt, sagen Sie es bitte mir oder direkt den Kollegen – ver.di unterstützt die Kollegen hier ausdrücklich.

Mit kollegialen Grüßen
{P(rep.name)}
Vertrauensleutesprecher ver.di, Betrieb Sauerland Sicherheit GmbH
mobil {T(mobile())}
"""


# ---------------------------------------------------------------- 19 list of hunting tenants (pipe table)
@doc("word", "paechterliste-jagdbezirke")
def d19():
    areas = ["GJB Wenholthausen I", "GJB Wenholthausen II", "GJB Reiste-Nord", "EJB Gut Schellenstein",
             "GJB Niedersalwey", "EJB Forst Hünenburg"]
    rows = []
    for a in areas:
        if a.startswith("EJB") and rng.random() < 0.8:
            t = Person(rng.choice(["Clemens", "Friedrich", "Maximilian", "Ferdinand"]),
                       rng.choice(["von Fürstenberg", "von Weichs", "von Plettenberg", "von Boeselager"]), "m",
                       "Freiherr")
            name = f"{t.first} Freiherr {t.last}"
        else:
            t = mixed_person(title_p=0.15)
            name = t.full
        st, pc, area = address()
        co = mixed_person()
        rows.append(f"| {a} | {P(name)} | {A(st)}, {A(pc)} | {AZ(js_no())} | {T(phone(area))} | "
                    f"{P(co.init + ' ' + co.last)} |")
    return f"""Untere Jagdbehörde – Übersicht Jagdausübungsberechtigte, Hegering Eslohe (Stand 01.04.2025)

| Jagdbezirk | Pächter / Eigentümer | Anschrift | Jagdschein | Telefon | Mitpächter / Begehungsschein |
|---|---|---|---|---|---|
{chr(10).join(rows)}

Hinweise: Pachtverträge GJB Reiste-Nord und Niedersalwey laufen am 31.03.2026 aus (Anzeige nach § 12 BJagdG erwarten). Die Liste ist nur für die Abstimmung der Drückjagdtermine und der Schwarzwild-Monitoringstrecke bestimmt. Ansprechpartner untere Jagdbehörde: {P(KOTTHOFF.p.name)}, Tel. {T(KOTTHOFF.phone)}.
"""


# ---------------------------------------------------------------- 20 Polish guest hunter
@doc("outlook", "gastjaeger-polen")
def d20():
    p = person("pl", "m")
    host = person(rng.choice(["de", "de", "pl"]), "m")
    hst, hpc, harea = address()
    city = rng.choice([("58-500", "Jelenia Góra"), ("45-001", "Opole"), ("50-001", "Wrocław")])
    return f"""From: {P(p.name)} <{E(slug(p.first) + "." + slug(p.last) + "@wp.pl")}>
To: {N(MAIL_JAGD)}
Subject: Tagesjagdschein / day hunting licence – guest of Mr {P(host.last)}

Dzień dobry / Guten Tag,

ich bin polnischer Jäger (Polski Związek Łowiecki, Legitymacja Nr. {AZ(str(rng.randint(10, 99)) + "/" + ids.digits(5) + "/" + str(rng.randint(2005, 2022)))}) und bin von Herrn {P(host.name)} aus {hpc.split(" ", 1)[1]} zur Bockjagd im Mai eingeladen. He told me I need a German Jagdschein für Ausländer for 14 days.

My data:
Name: {P(p.name)}
Born: {D(fd(dob(1960, 1992), "slash"))}
Address: {A("ul. " + rng.choice(["Leśna", "Myśliwska", "Słoneczna", "Polna"]) + " " + str(rng.randint(1, 60)))}, {A(city[0] + " " + city[1])}, Polska
ID card (dowód osobisty): {IDC(pl_id_card())}
Phone: {T("+48 " + rng.choice(["601", "602", "693", "728", "505"]) + " " + ids.digits(3) + " " + ids.digits(3))}

I can pay the fee by bank transfer from {IB(group(pl_iban(), 4))}. My host lives at {A(hst)}, {A(hpc)} and will keep my rifle in his safe, he has the WBK.

Darz bór!
{P(p.first)}
"""


# ---------------------------------------------------------------- 21 storage inspection protocol
@doc("word", "protokoll-aufbewahrungskontrolle")
def d21():
    p = person("de", "m")
    wife = Person(rng.choice(FIRST["de_f"]), p.last, "f")
    st, pc, area = address()
    return f"""Protokoll über die Kontrolle der sicheren Aufbewahrung (§ 36 Abs. 3 WaffG)

Ort der Kontrolle: {A(st)}, {A(pc)}
Datum/Uhrzeit: 08.07.2025, 10:15 – 10:50 Uhr, unangekündigt
Kontrolleure: {P(GIERSE.p.name)}, {P(REIMER.p.name)} (Dienstfahrzeug {N("HSK-KV 301")})
Angetroffen: {P(wife.name)} (Ehefrau); der Erlaubnisinhaber {P(p.name)} wurde telefonisch unter {T(mobile())} verständigt und erschien um 10:25 Uhr.

Erlaubnisinhaber: {P(p.name)}, geb. {D(fd(dob(1950, 1985), "dot2"))}
Erlaubnisse: WBK {AZ(wbk_no())}, WBK {AZ(wbk_no())}, Jagdschein {AZ(js_no())}

Befund:
- Waffenschrank Widerstandsgrad 0 nach DIN/EN 1143-1, Kellerraum, verschlossen; Schlüssel am Schlüsselbund des Erlaubnisinhabers.
- 5 Langwaffen, 2 Kurzwaffen vorgefunden, Abgleich mit dem NWR ohne Abweichungen (NWR-ID {AZ(nwr_id())}).
- Munition im Innenfach. Eine Flinte (Herst.-Nr. {N(ids.digits(6))}) lag bei Kontrollbeginn geladen? – nein, ungeladen, im Schrank.
- Der Ehefrau ist der Standort des Schlüssels nicht bekannt (glaubhaft).

Ergebnis: keine Beanstandungen. Gebühr nach § 36 Abs. 3 Satz 3 WaffG wird nicht erhoben.

Unterschrift Erlaubnisinhaber: gez. {P(p.last)}     Unterschrift Kontrolleur: gez. {P(GIERSE.p.last)}
"""


# ---------------------------------------------------------------- 22 internal mail, NWR discrepancies
@doc("outlook", "nwr-abgleich-intern")
def d22():
    ps = [mixed_person() for _ in range(5)]
    dealer = person("de", "m")
    rows = []
    issues = ["Erwerb gemeldet, Waffe nicht in WBK eingetragen", "doppelte Personenanlage (Umzug aus MK)",
              "Überlassung an Händler nicht ausgetragen", "Geburtsdatum abweichend zum Melderegister",
              "verstorben lt. Meldebehörde, WBK noch aktiv"]
    for p, issue in zip(ps, issues):
        st, pc, _ = address()
        rows.append(f"{AZ(nwr_id())}\t{P(p.init + ' ' + p.last)}\t{A(st)}, {A(pc)}\t{issue}")
    return f"""Von: {P(SCHMELTER.p.name)}
An: {P(GIERSE.p.name)}; {P(HOEMBERG.p.name)}
Betreff: NWR-Fehlerliste KW 27 – bitte bis Freitag klären

Hallo ihr beiden,

das BVA hat wieder die Plausi-Liste geschickt. Ich hab euch die fünf Fälle aus unserem Kreis rauskopiert (Tab-getrennt, so wie es aus dem Portal kommt):

NWR-ID\tName\tAnschrift\tFehler
{chr(10).join(rows)}

Bei Nr. 3 hat der Händler, Büchsenmachermeister {P(dealer.name)} aus Schmallenberg, schon angerufen ({T(landline("02972"))}), er hat die Überlassung am 12.06. ordnungsgemäß gemeldet, das ist wohl bei uns hängen geblieben. Bei Nr. 4 bitte mit dem Bürgerbüro abgleichen, laut Melderegister geb. {D(fd(dob(1950, 1990), "dot4"))}.

{P(HOEMBERG.p.first)}, übernimmst du 1 und 2? {P(GIERSE.p.first)}, den Rest?

Danke euch!
{P(SCHMELTER.p.first)}
"""


# ---------------------------------------------------------------- 23 hunting exam results list
@doc("word", "pruefungsliste-jaegerpruefung")
def d23():
    board = [person("de", title_p=0.3) for _ in range(3)]
    rows = []
    for i in range(1, 10):
        p = mixed_person()
        pc = address()[1]
        shoot = rng.choice(["bestanden", "bestanden", "bestanden", "nicht bestanden"])
        res = "bestanden" if shoot == "bestanden" and rng.random() < 0.85 else "nicht bestanden"
        nm = p.last + ', ' + p.first
        rows.append(f"2025-F-{i:02d}  {P(nm)}{' ' * (40 - len(nm))}  {D(fd(dob(1964, 2009), 'dot4'))}  "
                    f"{A(pc)}{' ' * (20 - len(pc))}  {shoot:<16}  {res}")
    return f"""Jägerprüfung Frühjahr 2025 – Ergebnisniederschrift
Prüfungsausschuss beim Hochsauerlandkreis (§ 15 Abs. 5 BJagdG, JagdPO NRW)

Vorsitz: {P(board[0].full)}
Beisitzer: {P(board[1].full)}, {P(board[2].full)}
Schriftführung: {P(KOTTHOFF.p.name)}

Prüf-Nr.   Name, Vorname                             geb.        Wohnort               Schießprüfung     Gesamtergebnis
{chr(10).join(rows)}

Die Prüflinge, die die Schießprüfung nicht bestanden haben, können nach § 17 JagdPO NRW an der Wiederholungsprüfung im Herbst teilnehmen. Die Zeugnisse werden nach Eingang der Gebühr versandt.

Meschede, 25.04.2025
gez. {P(board[0].full)}
"""


# ---------------------------------------------------------------- 24 lawyer contests revocation
@doc("outlook", "anwalt-widerruf-klage")
def d24():
    law = person("de", title_p=0.6)
    cli = person(rng.choice(["de", "tr", "gr"]), "m")
    st, pc, _ = address()
    wit = person("de", "f")
    lst, lpc, larea = address([("59821", "Arnsberg", "02931"), ("59872", "Meschede", "0291")])
    vg = f"{rng.choice([1, 8])} K {rng.randint(100, 3999)}/25"
    return f"""Von: Kanzlei {P(law.last)} <{E("kanzlei@" + slug(law.last.split("-")[0]) + "-recht.de")}>
Gesendet: Donnerstag, 12. Juni 2025 09:14
An: {N(MAIL_WAFFEN)}
Betreff: {P(cli.last)} ./. Hochsauerlandkreis – VG Arnsberg {AZ(vg)}; Ihr Az. {AZ(office_az("Wid"))}

Sehr geehrte Damen und Herren,

in der Verwaltungsstreitsache meines Mandanten {P(cli.name)}, geb. {D(fd(dob(1958, 1988), "dot4"))}, {A(st)}, {A(pc)}, gegen den Widerruf seiner Waffenbesitzkarte nimmt die Kammer an, dass eine gütliche Einigung möglich ist. Ich rege daher an, den Bescheid vom 03.03.2025 aufzuheben.

Der Vorwurf der nicht ordnungsgemäßen Aufbewahrung stützt sich allein auf die Aussage der früheren Lebensgefährtin {P(wit.name)}, die in einem familiengerichtlichen Verfahren Partei ist. Nach der Rechtsprechung des Bundesverwaltungsgerichts ({N("BVerwG, Urteil vom 22.10.2014 – 6 C 30.13")}) genügt ein einmaliger Verstoß zwar grundsätzlich für die Prognose der Unzuverlässigkeit, er muss aber feststehen. Das ist hier nicht der Fall.

Eine aktuelle Vollmacht liegt bei. Für ein Telefonat stehe ich unter {T(landline(larea))} zur Verfügung.

Mit freundlichen Grüßen

{P(law.full)}
{'Rechtsanwalt · Fachanwalt' if law.g == 'm' else 'Rechtsanwältin · Fachanwältin'} für Verwaltungsrecht
{A(lst)} · {A(lpc)}
"""


# ---------------------------------------------------------------- 25 small firearms licence, card payment
@doc("outlook", "kleiner-waffenschein-kreditkarte")
def d25():
    p = person(rng.choice(["de", "it", "ru", "tr"]), "f")
    st, pc, area = address()
    return f"""Betreff: kleiner Waffenschein Antrag + Bezahlung

Hallo,

ich habe letzte Woche den Antrag auf den kleinen Waffenschein eingeworfen (für Reizgas/Schreckschuss, ich arbeite oft Nachtschicht und muss durch den Park). Jetzt habe ich gelesen dass man die 55 € vorab zahlen muss.
Bei Ihrem Online-Formular bricht die Zahlung immer ab, deshalb schicke ich Ihnen die Daten einfach so, bitte abbuchen:
Karte: {CC(group(ids.credit_card("4", 16), 4))}
gültig bis 09/27, Inhaberin {P(p.name)}
Prüfnummer schreib ich lieber nicht rein, können Sie mich anrufen {T(mobile())}

Meine Angaben aus dem Antrag nochmal: {P(p.name)}, geb {D(fd(dob(1980, 2004), "dot2"))}, {A(st)} {A(pc)}, Perso {IDC(ids.id_card(check_digit=True))}

Danke
{P(p.first)}
"""


# ---------------------------------------------------------------- 26 driven hunt: guest list from abroad
@doc("outlook", "drueckjagd-gaesteliste")
def d26():
    lead = person("de", "m")
    lst, lpc, larea = address()
    guests = []
    g1 = person("fr", "m")
    guests.append(f"1. {P(g1.name)}, {A(str(rng.randint(2, 90)) + ' rue des Vosges')}, {A('67' + ids.digits(3) + ' Strasbourg')}, "
                  f"né le {D(fd(dob(1955, 1990), 'slash'))}, passeport {PASS(fr_passport())}, "
                  f"permis de chasser {AZ(ids.digits(2) + '-' + ids.digits(6))}, véhicule {KFZ(''.join(rng.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(2)) + '-' + ids.digits(3) + '-' + ''.join(rng.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(2)))}")
    g2 = person("fr", "m")
    guests.append(f"2. {P(g2.name)}, {A('Rue de la Station ' + str(rng.randint(2, 90)))}, {A('4800 Verviers')}, "
                  f"geb. {D(fd(dob(1960, 1995), 'dot4'))}, eID {IDC(be_eid())}, Jagdschein Wallonie "
                  f"{AZ('W-' + ids.digits(6))}, Kfz {KFZ('1-' + ''.join(rng.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3)) + '-' + ids.digits(3))}")
    g3 = person("nl", "f")
    guests.append(f"3. {P(g3.name)}, {A('Esweg ' + str(rng.randint(2, 90)))}, {A(str(rng.randint(7000, 7299)) + ' KL Lichtenvoorde')}, "
                  f"geb. {D(fd(dob(1970, 1999), 'dash'))}, jachtakte {AZ('JA' + ids.digits(7))}, "
                  f"EFP {AZ('NL' + ids.digits(8))}")
    g4 = mixed_person()
    gst, gpc, garea = address()
    guests.append(f"4. {P(g4.name)}, {A(gst)}, {A(gpc)}, geb. {D(fd(dob(1960, 2000), 'dot4'))}, "
                  f"Jagdschein {AZ(js_no())}, Kfz {KFZ(plate())}")
    g5 = person("de", "m", title_p=0.5)
    arlon = "Route d\u2019Arlon " + str(rng.randint(2, 200))
    guests.append(f"5. {P(g5.full)}, {A(arlon)}, {A('L-8' + ids.digits(3) + ' Strassen')}, "
                  f"Luxemburg, geb. {D(fd(dob(1950, 1985), 'dot4'))}, Jagdschein Luxemburg {AZ(ids.digits(5))}, "
                  f"Tel. {T('+352 621 ' + ids.digits(3, True) + ' ' + ids.digits(3))}")
    return f"""Von: {P(lead.name)} <{E(email(lead))}>
An: {N(MAIL_JAGD)}
Betreff: Drückjagd Revier Hallenberg-Liesen 22.11. – Gästeliste Ausländerjagdscheine

Moin Herr {P(KOTTHOFF.p.last)},

wie telefonisch besprochen hier die Daten meiner ausländischen Gäste und eines Gastes aus dem Kreis für die Tages-/Ausländerjagdscheine. Kopien der Pässe, Jagdscheine und Versicherungen kommen per Post.

{chr(10).join(guests)}

Nr. 2 und 3 bringen ihre Waffen mit und haben den Europäischen Feuerwaffenpass, bei Nr. 1 läuft der Antrag noch in Frankreich. Gebühren zahle ich gesammelt als Jagdleiter.

Waidmannsheil
{P(lead.name)}
Jagdleiter, {A(lst)}, {A(lpc)}
{T(phone(larea))}
"""


# ---------------------------------------------------------------- 27 telephone note, terse
@doc("word", "telefonnotiz")
def d27():
    dad = person("de", "m")
    son = Person(rng.choice(["Leon", "Ben", "Noah", "Elias"]), dad.last, "m")
    col = person("de", "m")
    return f"""TELEFONNOTIZ

Datum: 19.02.   Uhrzeit: 14:20   angenommen: {P(KOTTHOFF.p.init + " " + KOTTHOFF.p.last)}
Anrufer: Hr. {P(dad.last)} (Vater), Rückruf: {T(mobile())}

- Sohn {P(son.first)}, 16 J. (geb. {D(fd(dob(2008, 2009), "dot2"))}), hat Jägerprüfung im Frühjahr bestanden -> will Jugendjagdschein
- Frage: darf er mit Vaters Flinte auf Gesellschaftsjagd? -> nur in Begleitung, § 16 BJagdG erklärt
- Einverständnis beider Elternteile nötig, Mutter lebt getrennt (Anschrift unbekannt, will er nachreichen)
- Lehrprinz ist {P(col.init + " " + col.last)} aus Reiste, Tel. {T(landline("02973"))}
- Unterlagen: Zeugnis Jägerprüfung, Versicherung, Passbild

Wiedervorlage: 26.02.   Info an Fr. {P(HOEMBERG.p.last)} (wg. WBK-Frage)
"""


# ---------------------------------------------------------------- 28 gun dealer: transfer notice and invoice
@doc("outlook", "haendler-ueberlassungsanzeige")
def d28():
    dealer = person("de", "m")
    buyer = mixed_person()
    st, pc, area = address()
    shop_st, shop_pc, shop_area = address([("59955", "Winterberg", "02981"), ("57392", "Schmallenberg", "02972")])
    return f"""Von: Büchsenmacherei {P(dealer.last)} e. K. <{E("info@buechsenmacher-" + slug(dealer.last) + ".de")}>
An: {N(MAIL_WAFFEN)}
Betreff: Anzeige Überlassung § 37a WaffG + Rechnung Beschussprüfung Sicherstellungswaffen

Sehr geehrte Damen und Herren,

1) Hiermit zeigen wir die Überlassung einer Waffe an:
Erwerber: {P(buyer.name)}, geb. {D(fd(dob(1955, 2000), "dot4"))}, {A(st)}, {A(pc)}
Erlaubnis: WBK {AZ(wbk_no())}, ausgestellt durch Ihr Haus
Waffe: Bockbüchsflinte Krieghoff, Kal. 12/70 – 7x65R, Herst.-Nr. {N(ids.digits(5))}
Überlassen am: 03.06.2025. Die Meldung an das NWR ist elektronisch erfolgt (Vorgangs-ID {AZ(ids.digits(10, True))}).

2) Für die Begutachtung der sichergestellten Waffen aus dem Verfahren {P(person("de", "m").name)} (Ihr Az. {AZ(office_az("Sich"))}) stellen wir gemäß Auftrag vom 14.05. in Rechnung: 4 Std. à 85,00 EUR netto = 340,00 EUR zzgl. 19 % USt. = 404,60 EUR.

Bankverbindung: Sparkasse Mitten im Sauerland, IBAN {IB(iban_de_fmt())}
Steuernummer: {TNR(ids.tax_number_nrw())} · USt-IdNr.: {VAT(ids.vat_id())}

Mit freundlichen Grüßen
{P(dealer.name)}
Büchsenmachermeister
{A(shop_st)} · {A(shop_pc)} · Tel. {T(landline(shop_area))}
"""


# ---------------------------------------------------------------- 29 youth hunting licence and falconry
@doc("word", "bescheid-jugendjagdschein")
def d29():
    mum = person("de", "f")
    kid = Person(rng.choice(["Greta", "Johanna", "Paula", "Clara"]), mum.last if rng.random() < 0.5 else
                 rng.choice(LAST["de"]), "f")
    st, pc, area = address()
    falk = person("de", "m", title_p=0.5)
    fst, fpc, farea = address()
    return f"""{OFFICE} · Untere Jagdbehörde

Frau
{P(kid.name)}
z. Hd. der gesetzlichen Vertreterin {P(mum.name)}
{A(st)}
{A(pc)}

Aktenzeichen: {AZ(office_az("JJS"))}
Kassenzeichen: {AZ(kassenzeichen())}
Meschede, 02.05.2025

Erteilung eines Jugendjagdscheins (§ 16 BJagdG)

Liebe {P(kid.first)},
sehr geehrte Frau {P(mum.last)},

anliegend erhalten Sie den Jugendjagdschein Nr. {AZ(js_no())} für {P(kid.first)}, geboren am {D(fd(dob(2008, 2009), "long"))}, gültig bis 31.03.2026. Er berechtigt nur zur Jagdausübung in Begleitung des Erziehungsberechtigten oder einer von ihm schriftlich beauftragten volljährigen Aufsichtsperson, die jagderfahren ist.

Als Aufsichtsperson haben Sie {P(falk.full)}, {A(fst)}, {A(fpc)}, benannt. Da {P(falk.sal)} Inhaber eines Falknerjagdscheins ist und {P(kid.first)} an der Beizjagd mit dem Wüstenbussard teilnehmen möchte, weise ich darauf hin, dass für die Beizjagd zusätzlich die Falknerprüfung erforderlich ist (§ 15 Abs. 7 BJagdG); bis dahin darf sie den Vogel nur unter Anleitung führen, nicht selbst jagen.

Die Gebühr von 22,00 EUR überweisen Sie bitte unter dem obigen Kassenzeichen.

Mit freundlichen Grüßen
Im Auftrag
{P(KOTTHOFF.p.name)}
Tel. {T(KOTTHOFF.phone)}
"""


# ---------------------------------------------------------------- 30 personnel form, honorary district hunting adviser
@doc("word", "personalbogen-kreisjagdberater")
def d30():
    p = person("de", "m", title_p=0.3, titles=("Dr. rer. nat.", "Dipl.-Forstw."))
    b = dob(1950, 1975)
    st, pc, area = address()
    return f"""Personalbogen – Ehrenamt
Kreisjagdberater (§ 51 LJG NRW) · Aufwandsentschädigung nach Entschädigungssatzung

Name, Vorname: {P(p.last + ", " + p.first)}
Titel: {p.title or "–"}
Geburtsdatum: {D(fd(b, "dot4"))}
Anschrift: {A(st)}
           {A(pc)}
Telefon: {T(landline(area))}   Mobil: {T(mobile())}
E-Mail: {E(email(p))}

Steuerliche Angaben
Steuer-Identifikationsnummer: {TID(tax_id_fmt())}
Steuernummer (Land- und Forstwirtschaft): {TNR(ids.tax_number_federal_nrw())}
Freibetrag § 3 Nr. 26a EStG in Anspruch genommen bei anderem Ehrenamt: [ ] ja  [X] nein

Sozialversicherung
Rentenversicherungsnummer: {SSN(ssn_fmt(p, b))}
Krankenkasse: AOK NordWest   Versichertennummer: {KV(ids.health_insurance())}

Bankverbindung
Kontoinhaber: {P(p.name)}
IBAN: {IB(iban_de_fmt())}

Bestellung durch Kreistagsbeschluss vom 11.12.2024, Amtszeit bis 31.12.2029.
Erfasst: {P(SCHMELTER.p.init + " " + SCHMELTER.p.last)}, 08.01.2025
"""


# ---------------------------------------------------------------- run
def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh155.jsonl")
    lines = []
    for i, (channel, template, flags, fn) in enumerate(DOCS, 1):
        marked = fn()
        obj = build(f"F155-{i:03d}", channel, template, marked, flags)
        lines.append(json.dumps(obj, ensure_ascii=False))
    assert len(lines) == 30, len(lines)
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    counts = {}
    for line in lines:
        for e in json.loads(line)["entities"]:
            counts[e["category"]] = counts.get(e["category"], 0) + 1
    print(out, sum(counts.values()), dict(sorted(counts.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
