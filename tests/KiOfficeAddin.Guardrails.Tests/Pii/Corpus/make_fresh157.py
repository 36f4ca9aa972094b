"""Blind test batch 157: a city's sports office and public swimming pools (invented data, labelled inline).

Deterministic: every random choice comes from Identifiers(15757).rng, so two runs write identical bytes.
"""
import json
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from identifiers import Identifiers, group, icao_check, luhn_check, mod11_10_check  # noqa: E402,F401
from identifiers import mod97_iban  # noqa: E402
from marks import build  # noqa: E402

ids = Identifiers(15757)
rng = ids.rng
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh157.jsonl")


# ---------------------------------------------------------------- marks
def m(code, text):
    return f"[[{code}|{text}]]"


def P(t): return m("P", t)
def A(t): return m("A", t)
def E(t): return m("E", t)
def T(t): return m("T", t)
def N(t): return m("N", t)
def AZ(t): return m("AZ", t)
def DOB(t): return m("DOB", t)


VIS = re.compile(r"\[\[[A-Z]+\|(.*?)\]\]", re.S)


def vis(s):
    return VIS.sub(r"\1", s)


def pad(s, w):
    return s + " " * max(1, w - len(vis(s)))


def table(rows, sep=" | ", align=True):
    if not align:
        return "\n".join(sep.join(r) for r in rows)
    widths = [max(len(vis(r[i])) for r in rows if i < len(r)) for i in range(max(len(r) for r in rows))]
    out = []
    for r in rows:
        cells = [c + " " * (widths[i] - len(vis(c))) if i < len(r) - 1 else c for i, c in enumerate(r)]
        out.append(sep.join(cells).rstrip())
    return "\n".join(out)


# ---------------------------------------------------------------- name pools
FIRST = {
    "de": {"f": ["Annika", "Birte", "Carola", "Dörte", "Friederike", "Gesine", "Hannelore", "Ilka", "Jutta",
                 "Kerstin", "Mareike", "Rieke", "Silke", "Tabea", "Ute", "Wiebke", "Henrike", "Greta",
                 "Marlene", "Svenja", "Antje", "Gisela", "Ursula", "Christel", "Lea-Sophie", "Anne-Kathrin"],
           "m": ["Bernd", "Detlef", "Eckhard", "Finn", "Gregor", "Hendrik", "Ingo", "Jörg", "Kai-Uwe",
                 "Lennart", "Malte", "Niklas", "Ole", "Rüdiger", "Sönke", "Till", "Volker", "Wilfried",
                 "Henning", "Jannik", "Torben", "Moritz", "Friedhelm", "Hans-Jürgen", "Reinhold", "Benedikt"]},
    "tr": {"f": ["Elif", "Ayşe", "Melek", "Dilara", "Büşra", "Gülay", "Zehra", "Esra", "Sevgi"],
           "m": ["Emre", "Mehmet Ali", "Burak", "Hakan", "Cem", "Oğuz", "Serkan", "Yusuf", "Ercan"]},
    "pl": {"f": ["Katarzyna", "Małgorzata", "Joanna", "Zofia", "Agata"],
           "m": ["Tomasz", "Grzegorz", "Paweł", "Wojciech", "Jarosław"]},
    "ru": {"f": ["Swetlana", "Oksana", "Tatjana", "Olena", "Irina"],
           "m": ["Wladimir", "Sergej", "Artjom", "Bohdan", "Eduard"]},
    "ar": {"f": ["Rania", "Amal", "Yasmin", "Nour", "Lamia"],
           "m": ["Karim", "Tarek", "Mahmoud", "Omar", "Bilal"]},
    "it": {"f": ["Giulia", "Francesca", "Rosaria"], "m": ["Luca", "Salvatore", "Vincenzo"]},
    "gr": {"f": ["Eleni", "Despina"], "m": ["Georgios", "Dimitrios"]},
    "yu": {"f": ["Jelena", "Ivana", "Arta", "Vjosa"], "m": ["Dragan", "Milan", "Arben", "Dženan"]},
    "vn": {"f": ["Thi Lan", "Mai"], "m": ["Minh", "Duc Anh"]},
    "er": {"f": ["Selam", "Helen", "Saba"], "m": ["Yonas", "Dawit", "Samuel"]},
    "pt": {"f": ["Inês", "Joana"], "m": ["João", "Rui"]},
    "wa": {"f": ["Abena", "Chiamaka"], "m": ["Kwame", "Chinedu"]},
    "ku": {"f": ["Rojda", "Berivan"], "m": ["Azad", "Rêber"]},
    "nl": {"f": ["Sanne", "Maaike"], "m": ["Joost", "Pieter"]},
}
LAST = {
    "de": ["Brüggemann", "Rademacher", "Hüttemann", "Wortmann", "Kemper", "Grewe", "Vollmer", "Tigges",
           "Schmelter", "Bräutigam", "Hoppe", "Lückel", "Düppe", "Feldmann", "Kersting", "Plümper", "Sauerwald",
           "Heimes", "Tillmann", "Rinsche", "Gördes", "Wiethoff", "Stratmann", "Ottersbach", "Mester", "Pieper",
           "Ahlers", "Niggemann", "Schulte-Wien", "Hengesbach", "Knoche", "Rickert", "Dickel", "Eickhoff",
           "von Ketteler", "von der Heyde", "von Boeselager", "Osterhaus", "Funke", "Bathen",
           "Schnettler", "Voß", "Gerwin", "Padberg", "Kaiser", "Lohmann", "Siepe", "Blüggel", "Cramer",
           "Fleige", "Humpert", "Jostes", "Kettler", "Menke", "Nölke", "Quinke", "Rath", "Sommerhoff",
           "Teipel", "Ulrich", "Wrede", "Zacharias", "Baumhöer", "Ising", "ter Haar", "Overkamp", "Reckers"],
    "tr": ["Yıldırım", "Aksoy", "Öztürk", "Kaplan", "Çelik", "Şahin", "Doğan", "Arslan", "Kılıç", "Güneş",
           "Korkmaz", "Erdoğan", "Keskin", "Aydemir", "Uçar", "Polat"],
    "pl": ["Mazur", "Wróbel", "Sikora", "Zając", "Krawczyk", "Dudek", ("Wiśniewski", "Wiśniewska"),
           ("Lewandowski", "Lewandowska"), "Pawlak", "Michalak", ("Górecki", "Górecka")],
    "ru": [("Iwanow", "Iwanowa"), ("Kusnezow", "Kusnezowa"), "Schewtschenko", "Bondarenko", "Friesen", "Penner",
           "Dück", "Wiebe", "Kowalenko", ("Smirnow", "Smirnowa")],
    "ar": ["Al-Hassan", "Haddad", "El-Khatib", "Mansour", "Saleh", "Abu Rashid", "Nasser", "Khoury", "Darwish"],
    "it": ["Esposito", "Romano", "Lo Bianco", "Di Stefano", "Greco", "Russo"],
    "gr": [("Papadopoulos", "Papadopoulou"), "Georgiou"],
    "yu": ["Petrović", "Hodžić", "Berisha", "Krasniqi", "Marković", "Jovanović", "Gashi", "Begić"],
    "vn": ["Nguyen", "Tran", "Pham", "Vo", "Hoang"],
    "er": ["Tesfaye", "Haile", "Ghebremedhin", "Tekle"],
    "pt": ["Ferreira", "da Silva", "dos Santos"],
    "wa": ["Mensah", "Okonkwo", "Owusu", "Adeyemi", "Boateng"],
    "ku": ["Tunç", "Ekinci", "Bozkurt"],
    "nl": ["de Vries", "van der Meer", "Jansen", "Hendriks", "van Leeuwen"],
}
ORIGINS = ["de"] * 9 + ["tr"] * 3 + ["pl", "pl", "ru", "ru", "ar", "ar", "it", "gr", "yu", "yu", "vn", "er",
                                     "pt", "wa", "ku", "nl"]
KIDS = {"f": ["Mia", "Leni", "Ela", "Amira", "Lina", "Zoe", "Aylin", "Malia", "Nele", "Emilia", "Hanna", "Ida",
              "Lotta", "Mila", "Defne", "Sofia", "Jana", "Liya", "Marlena", "Paulina"],
        "m": ["Ben", "Noah", "Mats", "Yusuf", "Milan", "Elias", "Jonas", "Luis", "Emil", "Ilyas", "Theo", "Anton",
              "Levin", "Mattis", "Adam", "Karim", "Jakob", "Luka", "Finnley", "Ömer"]}
TITLES = ["Dr.", "Dr.", "Dr. med.", "Prof. Dr.", "Dipl.-Ing."]

STREETS = ["Mühlenweg", "Hellefelder Straße", "Am Wiesenhang", "Ruhrtalstraße", "Zur Hude", "Graf-Gottfried-Straße",
           "Kleine Heide", "Auf dem Lüer", "Schützenstraße", "Heinrich-Knoche-Weg", "Unterm Hagen", "Im Ohl",
           "Apothekerstraße", "Lange Reihe", "Sonnenweg", "Breiter Weg", "Talstraße", "Auf der Haar",
           "Niedereimerfeld", "Hohe Straße", "Rumbecker Str.", "Engelbertstraße", "Altes Feld", "Oeventroper Str.",
           "An der Ruhr", "Kirchplatz", "Sauerlandstraße", "Zum Hasenpfad", "Röhrstraße", "Möhnestr.",
           "Marktstraße", "Auf'm Brinke", "Am Jagdhaus", "Dr.-Paul-Grauvogel-Weg", "Eichendorffstraße",
           "Hammerweide", "Im Wiebusch", "Seeuferstraße", "Pater-Heinemann-Weg", "Ostentor"]
CITIES = [("59755", "Arnsberg"), ("59757", "Arnsberg"), ("59759", "Arnsberg"), ("59821", "Arnsberg"),
          ("59823", "Arnsberg-Oeventrop"), ("59846", "Sundern"), ("59872", "Meschede"), ("58706", "Menden"),
          ("59469", "Ense"), ("59519", "Möhnesee"), ("59909", "Bestwig"), ("59494", "Soest"), ("58802", "Balve"),
          ("59889", "Eslohe"), ("59846", "Sundern (Sauerland)")]
MAILDOM = ["web.de", "gmx.de", "gmx.net", "t-online.de", "outlook.de", "posteo.de", "icloud.com", "gmail.com",
           "freenet.de", "mail.de", "arcor.de", "online.de", "hotmail.de", "yahoo.de"]
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
CLUBS = ["TV Jahn Hüsten 1887 e.V.", "SV Neheim 1921 e.V.", "DLRG Ortsgruppe Arnsberg e.V.",
         "TuS Oeventrop 1911 e.V.", "Schwimmfreunde Sundern e.V.", "SG Wasserball Sauerland e.V.",
         "Behinderten- und Rehasportverein Arnsberg e.V.", "Triathlon-Team Ruhrtal e.V.",
         "TTC Bachum-Voßwinkel", "Kanu-Club Arnsberg 1958 e.V."]

USED = []
TO_F = {t[0]: t[1] for lst in LAST.values() for t in lst if isinstance(t, tuple)}
TO_M = {v: k for k, v in TO_F.items()}


def gendered(last, g):
    parts = last.split("-")
    conv = TO_F if g == "f" else TO_M
    return "-".join(conv.get(x, x) for x in parts)


def translit(s):
    table_ = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ı": "i", "ł": "l",
              "Ł": "L", "đ": "dj"}
    s = "".join(table_.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


class Person:
    def __init__(self, first, last, g, title=""):
        self.first, self.last, self.g, self.title = first, last, g, title
        self.name = f"{first} {last}"
        self.full = f"{title} {first} {last}" if title else self.name
        self.sal = "Frau" if g == "f" else "Herr"
        self.herrn = "Frau" if g == "f" else "Herrn"
        self.dear = "Sehr geehrte Frau" if g == "f" else "Sehr geehrter Herr"
        self.initial = f"{first[0]}. {last}"
        self.reverse = f"{last}, {first}"


def pick_last(origin, g):
    item = rng.choice(LAST[origin])
    if isinstance(item, tuple):
        return item[1] if g == "f" else item[0]
    return item


def person(origin=None, g=None, title_p=0.0, double_p=0.06, last=None, kid=False, avoid_first=()):
    for attempt in range(80):
        o = origin or rng.choice(ORIGINS)
        gg = g or rng.choice("fm")
        first = rng.choice(KIDS[gg]) if kid else rng.choice(FIRST[o][gg])
        ln = gendered(last, gg) if last else pick_last(o, gg)
        if (first, ln) in USED or first in avoid_first:
            continue
        if last is None and ln in USED and attempt < 40:
            continue
        if last is None and rng.random() < double_p and " " not in ln:
            other = pick_last(rng.choice(["de", "de", "tr", "pl", "it"]), gg)
            if " " not in other and other != ln:
                ln = f"{ln}-{other}"
        break
    USED.append(ln)
    USED.append((first, ln))
    title = rng.choice(TITLES) if rng.random() < title_p else ""
    return Person(first, ln, gg, title)


def street():
    n = rng.randint(1, 140)
    r = rng.random()
    hn = str(n)
    if r < 0.15:
        hn += rng.choice("abc")
    elif r < 0.22:
        hn = f"{n}-{n + 2}"
    return f"{rng.choice(STREETS)} {hn}"


def city():
    plz, c = rng.choice(CITIES)
    return f"{plz} {c}"


def addr():
    return street(), city()


def mobile():
    pre = rng.choice(["0151", "0152", "0157", "0159", "0160", "0162", "0170", "0171", "0172", "0173", "0175",
                      "0176", "0177", "0178", "0179"])
    num = ids.digits(rng.choice([7, 8]), first_nonzero=True)
    f = rng.randint(0, 7)
    if f == 0:
        return f"{pre} {num}"
    if f == 1:
        return f"{pre}/{num}"
    if f == 2:
        return f"{pre}-{num[:3]} {num[3:]}"
    if f == 3:
        return f"+49 {pre[1:]} {num}"
    if f == 4:
        return f"+49{pre[1:]}{num}"
    if f == 5:
        return f"0049 {pre[1:]} {group(num, 2)}"
    if f == 6:
        return f"({pre}) {num}"
    return f"{pre} {num[:4]} {num[4:]}"


def landline():
    ac = rng.choice(["02931", "02932", "02933", "02934", "02935", "02937", "02938", "02921", "02922", "02373",
                     "0291", "02902", "02924"])
    num = ids.digits(rng.choice([5, 6]), first_nonzero=True)
    f = rng.randint(0, 5)
    if f == 0:
        return f"{ac} {num}"
    if f == 1:
        return f"({ac}) {group(num, 2)}"
    if f == 2:
        return f"{ac}/{num}"
    if f == 3:
        return f"+49 {ac[1:]} {num}"
    if f == 4:
        return f"{ac}-{num}"
    return f"+49 (0){ac[1:]} {num}"


def phone():
    return mobile() if rng.random() < 0.6 else landline()


def email(p, domain=None):
    f = translit(p.first.split()[0].split("-")[0]).lower()
    ln = translit(p.last).lower().replace(" ", "").replace("-", "")
    s = rng.randint(0, 6)
    local = [f"{f}.{ln}", f"{f[0]}.{ln}", f"{ln}.{f}", f"{f}{ln}{rng.randint(60, 99)}", f"{f}_{ln}",
             f"{ln}{rng.randint(1, 99)}", f"{f}.{ln}{rng.randint(1, 9)}"][s]
    return f"{local}@{domain or rng.choice(MAILDOM)}"


def dob(y0, y1):
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(y0, y1)


def fdate(d, style=None):
    dd, mm, yy = d
    s = rng.randint(0, 5) if style is None else style
    if s == 0:
        return f"{dd:02d}.{mm:02d}.{yy}"
    if s == 1:
        return f"{dd}.{mm}.{yy}"
    if s == 2:
        return f"{dd}. {MONTHS[mm - 1]} {yy}"
    if s == 3:
        return f"{dd:02d}.{mm:02d}.{yy % 100:02d}"
    if s == 4:
        return f"{dd:02d}.{mm:02d}.{yy}"
    return f"{dd}.{mm:02d}.{yy}"


def iso(d):
    return f"{d[2]}-{d[1]:02d}-{d[0]:02d}"


def ddmmyy(d):
    return f"{d[0]:02d}{d[1]:02d}{d[2] % 100:02d}"


def iban_de(spaced=None):
    v = ids.iban_de()
    if spaced is None:
        spaced = rng.random() < 0.6
    return group(v, 4) if spaced else v


def plate(district=None):
    d = district or rng.choice(["AR", "AR", "HSK", "HSK", "MES", "SO", "MK", "UN", "BRI", "OE", "LP"])
    letters = "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(rng.choice([1, 2])))
    num = str(rng.randint(1, 9999))
    sep = rng.choice(["-", " ", "-"])
    suffix = "E" if rng.random() < 0.1 else ""
    return f"{d}{sep}{letters} {num}{suffix}"


def kv():
    return ids.health_insurance()


def ssn(p, d, spaced):
    letter = translit(p.last)[0].upper()
    if not letter.isalpha():
        letter = "X"
    v = ids.social_security(ddmmyy(d), letter)
    return f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}" if spaced else v


def tax_id(spaced):
    v = ids.tax_id()
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if spaced else v


def staff(g=None, title_p=0.0):
    return person(origin=rng.choice(["de", "de", "de", "tr", "pl", "ru", "it"]), g=g, title_p=title_p)


def staff_mail(p):
    f = translit(p.first.split()[0].split("-")[0]).lower()
    ln = translit(p.last).lower().replace(" ", "").replace("-", "")
    return rng.choice([f"{f}.{ln}@arnsberg.de", f"{f[0]}.{ln}@arnsberg.de"])


SWITCH = "02931 963-0"
TOWNHALL = ("Rathausplatz 1", "59759 Arnsberg")


def ext():
    return f"02931 963-{rng.randint(4100, 4499)}"


DOCS = []


def doc(channel, template, text, flags=()):
    DOCS.append((channel, template, text.strip("\n") + "\n", list(flags)))


# ---------------------------------------------------------------- 01 club subsidy mail
def d01():
    club = CLUBS[0]
    tr = person(g="m")
    chair = person(g="f", title_p=1.0)
    c1, c2, c3 = person(), person(title_p=0.5), person(kid=False)
    s, c = addr()
    tnr = ids.tax_number_nrw()
    t = f"""Von: {P(tr.name)} <{E(email(tr))}>
An: {N("sport@arnsberg.de")}
Betreff: Antrag Übungsleiterzuschuss 2026 – {club}

Sehr geehrte Damen und Herren,

im Auftrag unseres Vorstands (1. Vorsitzende: {P(chair.full)}) reiche ich den Antrag auf Zuschuss zu den Übungsleiterkosten für das Jahr 2026 ein. In der Schwimmabteilung sind derzeit drei lizenzierte Übungsleiter tätig:

– {P(c1.name)} (C-Lizenz Breitensport Schwimmen, gültig bis 2027)
– {P(c2.full)} (B-Lizenz Sport in der Rehabilitation)
– {P(c3.name)}, Trainerassistenz, Lizenz in Ausbildung

Die Lizenzkopien und die Mitgliederliste (Anlage 2) hänge ich an. Den aktuellen Freistellungsbescheid des Finanzamts Arnsberg finden Sie ebenfalls im Anhang, unsere Steuernummer lautet {m("TNR", tnr)}.
Bitte überweisen Sie den Zuschuss wie im Vorjahr auf das Vereinskonto bei der Sparkasse Arnsberg-Sundern, IBAN {m("IBAN", iban_de(True))} (Kontoinhaber: {club}).

Bei Rückfragen erreichen Sie mich abends unter {T(landline())} oder per Post privat: {A(s)}, {A(c)}.

Sportliche Grüße
{P(tr.name)}
Kassenwart {club}
"""
    doc("outlook", "ul-zuschuss-antrag", t)
    return club, tr


# ---------------------------------------------------------------- 02 member list CSV
def d02(club, tr):
    rows = ["MitglNr;Nachname;Vorname;Geburtsdatum;Straße;PLZ Ort;Gruppe"]
    groups = ["Wettkampf", "Anfänger", "Wettkampf", "Leistung", "Masters-Jugend", "Aqua-Kids"]
    seen = []
    for _ in range(9):
        p = person(kid=True, double_p=0.1, avoid_first=tuple(seen))
        seen.append(p.first)
        d = dob(2008, 2018)
        s, c = addr()
        nr = f"M-{rng.randint(10000, 10999)}"
        rows.append(";".join([AZ(nr), P(p.last), P(p.first), DOB(fdate(d, rng.choice([0, 0, 4]))), A(s), A(c),
                              rng.choice(groups)]))
    t = f"""Anlage 2 – Mitgliederliste Schwimmabteilung {club}
Stand: 31.12.2025 – nur Mitglieder unter 18 Jahren (Bemessungsgrundlage Jugendpauschale)

""" + "\n".join(rows) + f"""

Summe: 9 Mitglieder (Auszug, vollständige Liste liegt dem Verein vor)
Erstellt: {P(tr.initial)}, Kassenwart
"""
    doc("word", "mitgliederliste-csv", t)


# ---------------------------------------------------------------- 03 police clearance request mail
def d03():
    st = staff(g="f")
    co = person(g="m", origin=rng.choice(["it", "gr", "de", "yu"]))
    d = dob(1985, 2003)
    s, c = addr()
    idc = ids.id_card(check_digit=True)
    co_mail = email(co)
    st_mail = staff_mail(st)
    t = f"""Von: {P(co.name)} <{E(co_mail)}>
Gesendet: Mittwoch, 4. Juni 2025 21:37
An: {P(st.name)} <{E(st_mail)}>
Betreff: AW: Bestätigung Ehrenamt für erweitertes Führungszeugnis

Hallo Frau {P(st.last)},

danke für die schnelle Antwort! Hier meine Daten für die Bestätigung, damit das Bürgerbüro die Gebühr erlässt:

{P(co.name)}
geb. {DOB(fdate(d, 0))} in Lüdenscheid
{A(s)}
{A(c)}
Ausweis-Nr. {m("IDC", idc)}

Ich übernehme ab September die Anfängergruppe beim {CLUBS[3]}, immer donnerstags im Hallenbad Hüsten. Falls noch was fehlt, bin ich tagsüber unter {T(mobile())} erreichbar.

LG {P(co.first)}

-----Ursprüngliche Nachricht-----
Von: {P(st.name)} <{E(st_mail)}>
Gesendet: Dienstag, 3. Juni 2025 09:12
An: {E(co_mail)}
Betreff: Bestätigung Ehrenamt für erweitertes Führungszeugnis

Guten Morgen Herr {P(co.last)},

für die Bescheinigung über die ehrenamtliche Tätigkeit (Voraussetzung für die Gebührenbefreiung beim Bundesamt für Justiz) benötige ich Ihren vollständigen Namen, Ihr Geburtsdatum und Ihre Anschrift. Die Bestätigung des Vereins über die Tätigkeit habe ich schon.

Freundliche Grüße
{P(st.name)}
Stadt Arnsberg | Fachdienst Sport und Bäder
Tel. {N(ext())}
"""
    doc("outlook", "fz-ehrenamt-bestaetigung", t)


# ---------------------------------------------------------------- 04 file note: inspection of clearance certificates
def d04():
    st = staff(title_p=0.0)
    club = CLUBS[2]
    rows = [["Name, Vorname", "Tätigkeit", "FZ ausgestellt", "Einsicht am", "einschlägiger Eintrag"]]
    people = []
    for i in range(8):
        p = person(double_p=0.1)
        people.append(p)
        iss = f"{rng.randint(1, 28):02d}.{rng.randint(1, 4):02d}.2025"
        rows.append([P(p.reverse), rng.choice(["Ausbilder Rettungsschwimmen", "Jugendleitung", "Wachgänger",
                                               "Schwimmausbildung Kinder", "Ferienfreizeit Betreuung"]),
                     iss, "12.05.2025", "nein" if i != 5 else "nein (s. u.)"])
    x = people[5]
    t = f"""Vermerk
Einsichtnahme in erweiterte Führungszeugnisse nach § 72a Abs. 4 SGB VIII
Träger: {club} – Vereinbarung vom 14.01.2024
Ort/Termin: Sportbüro, Raum 2.14, 12.05.2025
Einsicht genommen durch: {P(st.full)}, Fachdienst Sport und Bäder

{table(rows)}

Im Führungszeugnis von {x.sal} {P(x.last)} ist eine Eintragung enthalten, die nicht zu den Straftaten des § 72a Abs. 1 SGB VIII gehört (Verkehrsdelikt, 2019). Ein Tätigkeitsausschluss ergibt sich daraus nicht; {x.sal} {P(x.last)} wurde mündlich informiert.
Festgehalten werden nur die hier aufgeführten Angaben. Sie werden spätestens drei Monate nach Ende der Tätigkeit gelöscht (§ 72a Abs. 5 SGB VIII); die Führungszeugnisse selbst wurden den Personen zurückgegeben.

gez. {P(st.initial)}
"""
    doc("word", "vermerk-fuehrungszeugnis-einsicht", t)


# ---------------------------------------------------------------- 05 swimming course list with children
def d05():
    k1 = person(origin="de")
    k2 = person()
    rows = [["Nr.", "Kind", "geb.", "Erziehungsber.", "Notfall-Tel.", "Hinweise"]]
    notes = ["–", "Asthma, Spray in der Badetasche", "–", "Brillenträger, Schwimmbrille mit Stärke", "–",
             "–", "Epilepsie, s. u.", "Paukenröhrchen – Ohrstöpsel!", "–", "–"]
    kids = []
    for i in range(10):
        par = person(double_p=0.05)
        ch = person(kid=True, last=par.last if rng.random() < 0.7 else None,
                    avoid_first=tuple(k.first for k in kids))
        child_txt = P(ch.name)
        kids.append(ch)
        d = dob(2018, 2020)
        rows.append([f"{i + 1}", child_txt, DOB(fdate(d, rng.choice([0, 1]))), P(par.name), T(mobile()), notes[i]])
    t = f"""Seepferdchen-Kurs 3 / Sommer 2025 – Freibad Neheim, Lehrschwimmbecken
Mo + Mi 15:30–16:15 Uhr, 10 Termine ab 07.07.2025
Kursleitung: {P(k1.name)}   Vertretung: {P(k2.name)}

{table(rows)}

Zahlungseingang fehlt noch bei Nr. 4 und Nr. 9 (Eltern beim nächsten Termin ansprechen).
Bei Nr. 7 ({P(kids[6].first)}) bitte auf Anfälle achten; Notfallmedikament (Buccolam) liegt im Sanitätsraum, Absprache mit der Mutter ist erfolgt.
Liste bitte nicht am Beckenrand liegen lassen.
"""
    doc("word", "kursliste-seepferdchen", t, ["HEALTH"])


# ---------------------------------------------------------------- 06 sloppy parent mail
def d06():
    fa = person(g="m", origin=rng.choice(["de", "tr", "ru"]))
    b1 = person(kid=True, g="m", last=fa.last)
    b2 = person(kid=True, g="m", last=fa.last)
    d = dob(2017, 2018)
    s, c = addr()
    t = f"""Von: {E(email(fa))}
Betreff: anmeldung schwimmkurs herbstferien

hallo zusammen
ich will meine 2 jungs für den anfängerkurs in den herbstferien anmelden, {P(b1.first)} und {P(b2.name)}, beide geb am {DOB(fdate(d, 3))} (zwillinge). {P(b2.first)} hat ADHS und braucht manchmal ne kurze pause, nur damit die trainer bescheid wissen, medis kriegt er morgens zuhause
wir wohnen {A(s)} in {A(c)}
wenn was ist bitte aufs handy {T(mobile())} anrufen, festnetz ist tagsüber keiner da
überweisen tu ich wenn ihr die rechnung schickt

danke schonmal
{P(fa.name)}

Von meinem iPhone gesendet
"""
    doc("outlook", "kursanmeldung-eltern", t, ["HEALTH"])


# ---------------------------------------------------------------- 07 formal ban letter
def d07():
    p = person(g="m", title_p=0.0)
    s, c = addr()
    ls1, ls2, w = person(g="m"), person(g="f"), person(g="f")
    signer = staff()
    az = f"52.30-HV-{rng.randint(10, 99)}/2025"
    kd = f"DK-{rng.randint(100000, 999999)}"
    d = dob(1975, 1999)
    t = f"""Stadt Arnsberg
Der Bürgermeister
Fachdienst Sport und Bäder
{N(TOWNHALL[0])} · {N(TOWNHALL[1])}

Herrn
{P(p.full)}
{A(s)}
{A(c)}

Unser Zeichen: {AZ(az)}
Datum: 18.07.2025

Hausverbot für die städtischen Bäder

{p.dear} {P(p.last)},

am 06.07.2025 gegen 16:40 Uhr haben Sie im Freibad Neheim den Rettungsschwimmer {P(ls1.name)} beleidigt und ihn, nachdem er Sie auf das Verbot des seitlichen Einspringens hingewiesen hatte, gegen die Brust gestoßen. Der Vorgang wurde von der Schichtleiterin {P(ls2.name)} und einer Badegästin, {P(w.name)}, bestätigt. Ihre Personalien (geb. {DOB(fdate(d, 0))}) hat die hinzugerufene Polizei festgestellt.
Mit Schreiben vom 10.07.2025 hatten wir Ihnen Gelegenheit zur Äußerung gegeben. Eine Stellungnahme ist bis heute nicht eingegangen.

Nach § 4 Abs. 3 der Haus- und Badeordnung erteile ich Ihnen ein Hausverbot für alle städtischen Bäder (Freibad Neheim, Hallenbad Hüsten, Sauerlandbad Oeventrop) für zwölf Monate, also bis einschließlich 17.07.2026. Ihre Dauerkarte (Kundennummer {AZ(kd)}) wird für diesen Zeitraum gesperrt; der nicht genutzte Anteil von 46,50 EUR wird Ihnen erstattet.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid können Sie innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Arnsberg, Jägerstraße 1, 59821 Arnsberg, erheben.

Mit freundlichen Grüßen
Im Auftrag

{P(signer.name)}
Abteilungsleitung Bäder
"""
    doc("word", "hausverbot-bescheid", t)


# ---------------------------------------------------------------- 08 forwarded incident report
def d08():
    bl = staff(g="f")
    fwd = staff(g="m")
    sl = person(g="m", origin="de")
    ls = person(g="f")
    j = [person(g="m"), person(g="m"), person(g="f"), person(g="m")]
    fa = person(g="m", last=j[0].last)
    sl_mail = email(sl)
    fwd_mail = staff_mail(fwd)
    t = f"""Betreff: WG: Vorkommnis Sprungturm Sa 21.06.

Hallo {P(bl.first)},

zur Info, s. u. Die Namen stammen aus dem Einsatzbericht der Polizei, wir haben selbst keine Ausweise kontrolliert. Sollen wir für die drei Älteren ein Hausverbot vorbereiten?

Gruß
{P(fwd.first)}

________________________________
Von: {P(sl.name)} <{E(sl_mail)}>
Gesendet: Samstag, 21. Juni 2025 19:58
An: {P(fwd.name)} <{E(fwd_mail)}>
Cc: {N("baeder@arnsberg.de")}
Betreff: Vorkommnis Sprungturm Sa 21.06.

Moin,

kurz nach Badeschluss (19:05) sind vier Jugendliche an der Liegewiese über den Zaun und vom 5-Meter-Brett gesprungen. {P(ls.first)} und ich haben sie rausgeholt, Polizei war um 19:30 da. Namen laut Polizei:
- {P(j[0].name)}, geb. {DOB(fdate(dob(2007, 2009), 0))}
- {P(j[1].name)}, geb. {DOB(fdate(dob(2007, 2009), 1))}
- {P(j[2].name)} (wollte keinen Ausweis zeigen, Personalien hat die Polizei)
- {P(j[3].first)}, Nachname unbekannt, ca. 15

Der Vater von {P(j[0].first)} ({P(fa.name)}) hat dann mit seinem Wagen ({m("KFZ", plate())}) die Feuerwehrzufahrt zugestellt und rumgebrüllt. Die Streife hat das aufgenommen.
Aufnahmen der Kamera am Zaun sichere ich Montag, bevor sie überschrieben werden.

VG {P(sl.first)}
"""
    doc("outlook", "vorfall-weiterleitung", t)


# ---------------------------------------------------------------- 09 accident report form
def d09():
    v = person(g="f", origin=rng.choice(["de", "pl", "ru"]))
    d = dob(1948, 1962)
    s, c = addr()
    rs1, rs2 = person(g="m"), person(g="f")
    z1, z2 = person(), person()
    z2s, z2c = addr()
    auf = staff()
    nr = f"UM-HH-2025-{rng.randint(1, 60):03d}"
    t = f"""UNFALLMELDUNG – Städtische Bäder Arnsberg                Lfd. Nr.: {AZ(nr)}
Bad: Hallenbad Hüsten          Datum/Uhrzeit: 14.01.2025, 10:25 Uhr

1. Verletzte Person
Name, Vorname: ............ {P(v.reverse)}
Geburtsdatum: ............. {DOB(fdate(d, 0))}
Anschrift: ................ {A(s)}, {A(c)}
Telefon: .................. {T(landline())}
Krankenkasse: AOK NordWest   Versichertennr.: {m("KV", kv())}

2. Unfallhergang
{v.sal} {P(v.last)} ist nach dem Aquafitness-Kurs auf den Fliesen vor der Sammelumkleide ausgerutscht und mit dem Hinterkopf auf die Sitzbank geschlagen. Der Boden war nach der Reinigung um 10:00 Uhr noch feucht, Warnschild stand laut Zeugen am anderen Ende des Gangs.

3. Verletzungen / Erste Hilfe
Platzwunde am Hinterkopf (ca. 3 cm), kurzzeitig benommen, niedriger Blutzucker (nach eigener Angabe insulinpflichtige Diabetikerin), Traubenzucker gegeben.
Erste Hilfe durch: {P(rs1.name)} (Rettungsschwimmer), {P(rs2.name)}
Rettungsdienst: ja, alarmiert 10:31 Uhr, Transport ins Klinikum Hochsauerland, Standort Hüsten

4. Zeugen
a) {P(z1.name)}, Tel. {T(phone())}
b) {P(z2.name)}, {A(z2s)}, {A(z2c)}

Aufgenommen von: {P(auf.name)}        Unterschrift: ______________
Weiter an: Badleitung, Versicherungsabteilung (Haftpflicht KSA)
"""
    doc("word", "unfallmeldung-bad", t, ["HEALTH"])


# ---------------------------------------------------------------- 10 season ticket export, no header
def d10():
    lines = []
    for i in range(8):
        p = person(double_p=0.1)
        age = rng.choice([(1940, 1960), (1961, 1990), (1991, 2006)])
        d = dob(*age)
        kd = f"DK-2025-{rng.randint(1, 4999):05d}"
        ib = "" if i in (2, 6) else m("IBAN", ids.iban_de())
        em = "" if i == 4 else E(email(p))
        first = f"{p.title} {p.first}" if p.title else p.first
        tarif = "Senioren" if d[2] <= 1960 else ("Ermäßigt (Schüler/Stud.)" if d[2] >= 2003 else
                                                  rng.choice(["Erwachsene", "Erwachsene", "Familie"]))
        lines.append(";".join([AZ(kd), P(p.last), P(first), DOB(fdate(d, 0)), ib, em, tarif,
                               "SEPA" if ib else "bar"]))
    t = "dauerkarten_aktiv_2025.csv\n\n" + "\n".join(lines) + "\n"
    doc("word", "dauerkarten-export", t)


# ---------------------------------------------------------------- 11 SEPA change mail
def d11():
    p = person(g="f", title_p=0.4)
    son = person(g="m", kid=True, last=p.last)
    s, c = addr()
    kd1 = f"DK-2025-{rng.randint(1, 4999):05d}"
    kd2 = f"DK-2025-{rng.randint(1, 4999):05d}"
    t = f"""Betreff: Kontoänderung Dauerkarte Kd.-Nr. {AZ(kd1)}

Guten Tag,

bitte buchen Sie den Jahresbeitrag für meine Dauerkarte und die meines Sohnes {P(son.name)} (Kd.-Nr. {AZ(kd2)}) ab sofort von meinem neuen Konto ab:

Kontoinhaberin: {P(p.full)}
IBAN: {m("IBAN", iban_de(True))}
BIC: WELADED1ARN

Das alte Konto bei der Volksbank ({m("IBAN", iban_de(False))}) wird zum 31.03. aufgelöst. Ein neues SEPA-Lastschriftmandat unterschreibe ich gern, schicken Sie es bitte an {A(s)}, {A(c)}.

Danke und freundliche Grüße
{P(p.full)}
Mobil: {T(mobile())}
"""
    doc("outlook", "sepa-aenderung-dauerkarte", t)


# ---------------------------------------------------------------- 12 lifeguard duty roster
def d12():
    base = person(g="m", origin="de")
    tf = rng.choice([x for x in FIRST["de"]["f"] if x[0] != base.first[0]])
    twin = Person(tf, base.last, "f")
    USED.append((tf, base.last))
    guards = [person() for _ in range(6)]
    sl1, sl2 = person(origin="de"), person()
    names = [P(f"{base.first[0]}. {base.last}"), P(f"{tf[0]}. {base.last}")] + [P(g.last) for g in guards]
    days = ["Mo 30.06.", "Di 01.07.", "Mi 02.07.", "Do 03.07.", "Fr 04.07.", "Sa 05.07.", "So 06.07."]
    rows = [["Tag", "Früh 06:30–14:00", "Spät 13:30–20:30"]]
    for dday in days:
        a = rng.sample(range(len(names)), 4)
        rows.append([dday, f"{names[a[0]]} / {names[a[1]]}", f"{names[a[2]]} / {names[a[3]]}"])
    tel = [["Name", "Handy", "Quali", "Parkausweis Kfz"]]
    everyone = [base, twin] + guards
    for g in everyone[:6]:
        tel.append([P(g.reverse), T(mobile()), rng.choice(["DRSA Silber", "DRSA Gold", "FAB", "DRSA Silber, San-Helfer"]),
                    m("KFZ", plate()) if rng.random() < 0.8 else "–"])
    t = f"""Dienstplan Freibad Neheim – KW 27 (30.06.–06.07.2025)
Schichtleitung: {P(sl1.name)} (Mo–Mi), {P(sl2.name)} (Do–So)
Bei Gewitter: Becken räumen, Schichtleitung entscheidet. Tausch nur über die Schichtleitung!

{table(rows)}

Telefonliste / Mitarbeiterparkplatz (NUR intern, nicht in der Kasse aushängen)
{table(tel, sep="  –  ")}
Badleitung Notfall: {N("02931 963-4450")}
"""
    doc("word", "dienstplan-rettungsschwimmer", t)


# ---------------------------------------------------------------- 13 shift swap, sloppy
def d13():
    ole = person(g="m", origin="de")
    sv = person(g="f", origin="de")
    tar = person(g="m", origin="ar")
    svm = email(sv)
    t = f"""Von: {P(ole.name)} <{E(email(ole))}>
An: {P(sv.name)} <{E(svm)}>
Cc: {N("rs-freibad-neheim@arnsberg.de")}
Betreff: Re: tausch sa 12.7 spätschicht

passt, ich nehm deine spät am sa und du meine früh am mo 14.7. trag ich so in die liste ein, sag du bitte noch der schichtleitung bescheid
{P(ole.first.lower())}

Am Mi., 9. Juli 2025 um 22:14 schrieb {P(sv.name)} <{E(svm)}>:
> hi {P(ole.first.lower())}, hi rest
> kann jmd am sa 12.7 die spätschicht im freibad für mich übernehmen? hab hochzeit von meiner cousine
> tausch gegen was unter der woche geht klar
> sonst frag ich noch {P(tar.first.lower())}, der hat aber schon 3 schichten diese woche
> bin heute abend unter {T(mobile())} erreichbar
> {P(sv.first.lower())}
"""
    doc("outlook", "schichttausch", t)


# ---------------------------------------------------------------- 14 subsidy approval letter
def d14():
    club = CLUBS[4]
    ch = person(g="f")
    ch.title = rng.choice(["Dr.", "Prof. Dr."])
    ch.full = f"{ch.title} {ch.name}"
    s, c = addr()
    st = staff()
    kass = person(g="m")
    az = f"52.10-SF-{rng.randint(100, 399)}/25"
    stm = staff_mail(st)
    t = f"""Stadt Arnsberg – Der Bürgermeister
Fachdienst Sport und Bäder

{club}
z. Hd. Frau {P(ch.full)}
{A(s)}
{A(c)}

Aktenzeichen: {AZ(az)}
Ansprechpartner: {P(st.name)}, Zimmer 214, Tel. {N(ext())}
E-Mail: {E(stm)}
Arnsberg, 02.04.2025

Bewilligungsbescheid – Sportstättenförderung 2025 (Sanierung Vereinsheim, Sanitärbereich)

Sehr geehrte Frau {ch.title} {P(ch.last)},

auf Ihren Antrag vom 28.02.2025 bewillige ich dem {club} einen Zuschuss in Höhe von 12.400,00 EUR (40 % der förderfähigen Kosten von 31.000,00 EUR) nach Nr. 5.2 der Sportförderrichtlinie der Stadt Arnsberg.

Der Zuschuss wird nach Vorlage des Verwendungsnachweises auf das angegebene Vereinskonto IBAN {m("IBAN", iban_de())} ausgezahlt. Die Maßnahme ist bis zum 30.11.2025 abzuschließen.
Nicht anerkannt werden können Eigenleistungen von Vorstandsmitgliedern, auch nicht die von Herrn {P(kass.name)} als „Arbeitsstunden Fliesenarbeiten“ eingereichte Aufstellung (Nr. 6.4 der Richtlinie).

Nebenbestimmungen und Rechtsbehelfsbelehrung entnehmen Sie bitte der Anlage.

Mit freundlichen Grüßen
Im Auftrag
{P(st.name)}
"""
    doc("word", "bewilligung-sportfoerderung", t)


# ---------------------------------------------------------------- 15 burkini complaint (religion)
def d15():
    p = person(g="f", origin=rng.choice(["ar", "tr", "ku"]))
    dt = person(g="f", kid=True, last=p.last)
    st = staff(g="f")
    s, c = addr()
    t = f"""Von: {P(p.name)} <{E(email(p))}>
Betreff: Beschwerde – Verweis aus dem Hallenbad am 02.08.

Sehr geehrte Damen und Herren,

am Samstagvormittag war ich mit meiner Tochter {P(dt.first)} (9) im Hallenbad Hüsten. Als gläubige Muslimin trage ich beim Schwimmen einen Burkini aus Badestoff. Die Mitarbeiterin an der Kasse, laut Namensschild Frau {P(st.last)}, sagte mir, das sei „keine zulässige Badekleidung“ und ich müsse mich umziehen oder gehen. Wir sind gegangen, meine Tochter war sehr traurig.

In Ihrer Haus- und Badeordnung habe ich kein Verbot gefunden, nur dass die Kleidung aus Badestoff sein muss. Ich bitte um eine schriftliche Stellungnahme und um Erstattung des Eintritts (9,50 EUR).

{P(p.name)}
{A(s)}
{A(c)}
Tel. {T(phone())}
"""
    doc("outlook", "beschwerde-burkini", t, ["RELIGION"])


# ---------------------------------------------------------------- 16 OCR scan: rehab aqua sport registration
def d16():
    p = person(g="m", origin="de")
    d = dob(1950, 1965)
    s, c = addr()
    dr = person(g="f", title_p=1.0)
    dr.full = f"Dr. med. {dr.first} {dr.last}"
    ps, pc = addr()
    t = f"""Anmeldung Rehasport / Funktionstraining im Wasser          Seite 1 von 2
-- Hal1enbad Hüsten -- Kurs: Wassergymnastik nach Hüft-/Knie-0P (Di 18:15)

Narne, Vorname: {P(p.reverse)}
Geburtsdaturn: {DOB(fdate(d, 0))}
StraBe/Nr.: {A(s)}
PLZ/0rt: {A(c)}
Te1efon: {T(landline())}
Krankenkasse: BARMER        Versicherten-Nr.: {m("KV", kv())}

Verordnung (Muster 56) liegt vor:   [x] ja   [ ] nein
Diagnose lt. Verordnung: Z. n. Hüft-TEP links (M16.1), Adipositas Grad I
Verordnende/r Ärztin/Arzt: {P(dr.full)}, Fachärztin für Orthopädie,
{A(ps)}, {A(pc)}

lch bin damit einverstanden, dass meine Angaben an den Rehasportverein
weitergegeben werden. (Behinderten- und Rehasportverein Arnsberg e.V.)

Datum: O3.02.2025        Unterschrift: {P(p.initial)}
[Stempel: EINGANG 05. FEB. 2025 - Fachdienst Sport]
"""
    doc("word", "ocr-anmeldung-rehasport", t, ["HEALTH"])


# ---------------------------------------------------------------- 17 biometric turnstile objection
def d17():
    p = person(g="f", title_p=0.3)
    h = person(g="m", last=p.last.split("-")[0])
    s, c = addr()
    kd1 = f"{rng.randint(2000000, 2999999)}"
    kd2 = f"{rng.randint(2000000, 2999999)}"
    t = f"""Betreff: Widerspruch Gesichtserkennung am neuen Drehkreuz

Hallo,

mit Ihrem Schreiben vom 20.01. kündigen Sie an, dass Dauerkarteninhaber ab März nur noch per Gesichtsscan ins Sauerlandbad kommen und dafür aus unserem hinterlegten Passfoto ein biometrisches Gesichtstemplate berechnet wird. Dem widerspreche ich für mich und meinen Mann {P(h.name)} ausdrücklich, eine Einwilligung nach Art. 9 Abs. 2 a DSGVO geben wir nicht.
Unsere Kundennummern: {AZ(kd1)} und {AZ(kd2)}.
Bitte löschen Sie die schon aus den Fotos erzeugten Merkmalsdaten und stellen Sie uns weiter eine Chipkarte aus. Eine kurze Bestätigung per Mail reicht.

Mit freundlichen Grüßen
{P(p.full)}
{A(s)}, {A(c)}
{E(email(p))}
"""
    doc("outlook", "widerspruch-gesichtserkennung", t, ["BIOMETRIC"])


# ---------------------------------------------------------------- 18 internal ban list
def d18():
    rows = [["Name", "geb.", "gültig bis", "Bad", "Az.", "Anlass"]]
    reasons = ["Diebstahl aus Spinden", "Bedrohung Personal", "wiederh. Sprung vom Beckenrand, Beleidigung",
               "Belästigung von Badegästinnen", "Sachbeschädigung Umkleide", "Körperverletzung", "Drogenhandel Liegewiese"]
    seen = []
    for i in range(7):
        p = person(double_p=0.1, avoid_first=tuple(seen))
        seen.append(p.first)
        d = dob(1980, 2008)
        name = P(p.reverse)
        if d[2] >= 2007:
            mo = person(g="f", last=p.last)
            name = f"{P(p.reverse)} (Mutter: {P(mo.name)})"
        rows.append([name, DOB(fdate(d, 0)), f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.202{rng.choice([6, 6, 7])}",
                     rng.choice(["alle", "alle", "Freibad", "Hallenbad"]), AZ(f"HV {rng.randint(1, 80)}/{rng.choice([24, 25])}"),
                     reasons[i]])
    t = f"""HAUSVERBOTE – aktuell gültig (Stand 01.09.2025)
Nur für Kasse und Aufsicht! Bei Antreffen: Schichtleitung informieren, ggf. Polizei (110).

{table(rows, sep="  ")}

Fotos der Betroffenen liegen im Ordner im Schichtleiterbüro – nicht an der Kasse aushängen.
Abgelaufene Einträge werden monatlich von der Badleitung gelöscht.
"""
    doc("word", "hausverbotsliste-intern", t)


# ---------------------------------------------------------------- 19 mini job master data mail
def d19():
    hr = staff(g="m")
    origin = rng.choice(["pl", "ru", "de", "pt"])
    p = person(g="f", origin=origin)
    born = {"pl": "Gliwice", "ru": "Omsk", "de": "Iserlohn", "pt": "Braga"}[origin]
    d = dob(1978, 1996)
    s, c = addr()
    t = f"""Betreff: Personalbogen Minijob Kursleitung Aquafitness

Hallo Herr {P(hr.last)},

wie telefonisch besprochen hier meine Angaben für den Minijob-Vertrag ab 01.10.2025:

Name: {P(p.name)}
geb.: {DOB(fdate(d, 0))} in {born}
Anschrift: {A(s)}, {A(c)}
Steuer-ID: {m("TID", tax_id(True))}
Rentenversicherungsnr.: {m("SSN", ssn(p, d, True))}
Krankenkasse: Techniker Krankenkasse, Versichertennr. {m("KV", kv())}
IBAN für die Vergütung: {m("IBAN", iban_de(True))}

Das Rettungsschwimmabzeichen Silber (12.04.2024) und das Erste-Hilfe-Zertifikat scanne ich heute Abend ein. Eine Befreiung von der Rentenversicherungspflicht möchte ich nicht beantragen.

Viele Grüße
{P(p.name)}
{T(mobile())}
"""
    doc("outlook", "minijob-stammdaten", t)


# ---------------------------------------------------------------- 20 fee agreement with a swim school
def d20():
    ow = person(g="m", title_p=0.0, origin=rng.choice(["gr", "it", "de", "nl"]))
    s, c = addr()
    t1, t2 = person(g="f"), person(g="m")
    st = staff()
    t = f"""Honorarvereinbarung Nr. 2025/07

zwischen
der Stadt Arnsberg, vertreten durch den Bürgermeister, dieser vertreten durch den Fachdienst Sport und Bäder,
{N(TOWNHALL[0])}, {N(TOWNHALL[1])}
– nachfolgend „Stadt“ –

und

Schwimmschule Delfin Sauerland, Inhaber {P(ow.name)},
{A(s)}
{A(c)}
Steuernummer: {m("TNR", ids.tax_number_nrw())}    USt-IdNr.: {m("VAT", ids.vat_id())}
– nachfolgend „Auftragnehmer“ –

§ 1 Gegenstand
Der Auftragnehmer führt im Hallenbad Hüsten sechs Anfängerschwimmkurse für Kinder ab 5 Jahren durch (je 10 Einheiten à 45 Minuten, Zeitraum 01.09.–19.12.2025).

§ 2 Vergütung
Je Unterrichtseinheit werden 38,00 EUR zzgl. gesetzlicher Umsatzsteuer gezahlt. Die Stadt überweist nach Rechnungsstellung auf das Konto IBAN {m("IBAN", iban_de())}.

§ 3 Personal
Der Auftragnehmer setzt nur Personen ein, die ein erweitertes Führungszeugnis (nicht älter als drei Monate) und das Deutsche Rettungsschwimmabzeichen Silber nachweisen. Vorgesehen sind {P(t1.name)} und {P(t2.name)}.

§ 4 Ansprechpersonen
Auftragnehmer: {P(ow.name)}, Tel. {T(mobile())}, E-Mail {E(email(ow, "delfin-sauerland.de"))}
Stadt: {P(st.name)}, Tel. {N(ext())}

Arnsberg, den ____________

______________________________        ______________________________
für die Stadt                          {P(ow.name)}
"""
    doc("word", "honorarvereinbarung-schwimmschule", t)


# ---------------------------------------------------------------- 21 strike notice (union)
def d21():
    bl = staff(g="m", title_p=0.0)
    p = person(g="f", origin=rng.choice(["de", "tr", "yu"]))
    col = person(g="m")
    col2 = person(g="f")
    pnr = f"{rng.randint(100000, 199999)}"
    t = f"""Von: {P(p.name)} <{E(email(p))}>
An: {P(bl.name)}
Betreff: Teilnahme Warnstreik Do 27.03.

Hallo {P(bl.first)},

nur zur Info für den Dienstplan: Ich nehme am Donnerstag am Warnstreik von ver.di teil, bin seit letztem Jahr Mitglied und inzwischen auch Vertrauensfrau für die Bäder. Meine Frühschicht im Hallenbad Hüsten übernimmt {P(col.name)}, ist abgesprochen. {P(col2.first)} geht auch mit zur Kundgebung nach Dortmund, für ihre Spätschicht hab ich noch niemanden.

Meine Personalnummer für die Abrechnung (Streiktag wird ja nicht bezahlt): {AZ(pnr)}

Gruß
{P(p.first)}
"""
    doc("outlook", "warnstreik-mitteilung", t, ["UNION"])


# ---------------------------------------------------------------- 22 citizens' petition check (politics)
def d22():
    vs = [person(title_p=0.3), person(title_p=0.3), person(g="m", title_p=0.3)]
    st = staff()
    lines = []
    for i, v in enumerate(vs):
        s, c = addr()
        extra = " – laut eigener Pressemitteilung Vorsitzender des SPD-Ortsvereins Oeventrop" if i == 2 else ""
        lines.append(f"{i + 1}. {P(v.full)}, {A(s)}, {A(c)}{extra}")
    rows = [["Name, Vorname", "Geburtsdatum", "Anschrift", "Grund"]]
    reasons = [("Geburtsdatum weicht vom Melderegister ab", (1940, 2000)),
               ("nicht wahlberechtigt (Hauptwohnung Meschede)", (1950, 2005)),
               ("Doppeleintrag (auch Liste 9)", (1940, 2000)), ("Anschrift nicht zuzuordnen", (1960, 2005)),
               ("unter 16 Jahre", (2010, 2010)), ("keine Unterschrift", (1940, 1990))]
    for r, yy in reasons:
        p = person(double_p=0.1)
        s, c = addr()
        rows.append([P(p.reverse), DOB(fdate(dob(*yy), rng.choice([0, 1, 3]))), f"{A(s)}, {A(c)}", r])
    t = f"""Prüfvermerk Bürgerbegehren „Freibad Oeventrop erhalten“
Az. {N("10.21-BB-2025/01")} – Fachdienst Wahlen in Abstimmung mit Fachdienst Sport und Bäder

Vertretungsberechtigte Personen (§ 26 Abs. 2 Satz 2 GO NRW):
""" + "\n".join(lines) + f"""

Eingereicht wurden am 28.07.2025 insgesamt 412 Unterschriftenlisten mit 5.873 Eintragungen; erforderlich sind 3.741 gültige Unterschriften.
Ungültig gewertet (Auszug Liste 17):

{table(rows)}

Ergebnis: 4.965 gültige Eintragungen; das Quorum ist erreicht. Die Vertretungsberechtigten werden schriftlich informiert, {P(vs[0].name)} hat um telefonische Vorabinformation gebeten.

Geprüft: {P(st.name)}, 14.08.2025
"""
    doc("word", "pruefvermerk-buergerbegehren", t, ["POLITICS"])


# ---------------------------------------------------------------- 23 queer swimming group (sexual orientation)
def d23():
    p = person(g="m")
    pa = person(g="m")
    t = f"""Betreff: Anfrage feste Schwimmzeit für queere Gruppe

Liebes Team vom Sportbüro,

wir sind die „Wasserratten Hochsauerland“, eine Freizeitgruppe schwuler und bisexueller Männer und einiger trans* Personen aus dem Raum Arnsberg/Meschede, im Moment 14 Leute. Viele von uns trauen sich ins normale öffentliche Schwimmen nicht, weil es da schon blöde Sprüche gab.

Wir würden gern einmal im Monat samstags ab 20 Uhr für 90 Minuten das Lehrschwimmbecken oder zwei Bahnen im Sauerlandbad mieten. Was würde das kosten und braucht es dafür einen eingetragenen Verein?

Ansprechpartner bin ich, {P(p.name)}; mein Partner {P(pa.name)} kümmert sich um Kasse und Abrechnung.
Ihr erreicht mich unter {T(mobile())} oder {E(email(p))}.

Liebe Grüße
{P(p.first)}
"""
    doc("outlook", "anfrage-queere-schwimmgruppe", t, ["SEXUAL_ORIENTATION"])


# ---------------------------------------------------------------- 24 club contacts export, tab-separated, no header
def d24():
    roles = [("Abteilungsleitung Schwimmen", None), ("Vorsitz", None), ("Jugendwart", "m"), ("Technische Leiterin", "f"),
             ("Geschäftsführung", None), ("Hallenwart", "m"), ("Kassiererin", "f")]
    doms = ["sv-neheim.de", "dlrg-arnsberg.de", "tus-oeventrop.de", "schwimmfreunde-sundern.de", "sg-wasserball-sl.de",
            "rehasport-arnsberg.de", "tri-ruhrtal.de"]
    lines = []
    for i in range(7):
        p = person(title_p=0.15, g=roles[i][1])
        s, c = addr()
        club = CLUBS[(i + 1) % len(CLUBS)]
        dom = doms[i]
        mail = E(email(p, dom)) if i % 3 else N(f"info@{dom}")
        lines.append("\t".join([club, roles[i][0], P(p.full), A(s), A(c), T(phone()), mail]))
    t = "Verteiler Hallenbelegung 2025/26 – Vereinsansprechpartner (Export Vereinsverwaltung, Stand 15.08.2025)\n\n" + \
        "\n".join(lines) + "\n"
    doc("word", "verteiler-vereine-export", t)


# ---------------------------------------------------------------- 25 lost property found in lockers
def d25():
    p1 = person(g="f")
    s, c = addr()
    p2 = person(g="m", title_p=0.0)
    fi = staff()
    me = staff(g="f")
    cc = ids.credit_card("4", 16)
    t = f"""Betreff: Fundsachen Sauerlandbad – Geldbörse + Reisepass

Hallo liebes Fundbüro,

beim Spindkontrollgang gestern Abend haben wir zwei Sachen gefunden, die euch heute der Kurier bringt:

1) Braune Geldbörse aus Spind 214 (Damen):
   - Personalausweis auf {P(p1.name)}, Nr. {m("IDC", ids.id_card(check_digit=False))}
   - Visa-Karte {m("CC", group(cc, 4))}, gültig bis 09/27, gleicher Name
   - Gesundheitskarte AOK, Vers.-Nr. {m("KV", kv())}
   - Fahrzeugschein für {m("KFZ", plate())}
   - ca. 35 EUR Bargeld, Zettel mit einer Handynummer ({T(mobile())})
   Laut Ausweis wohnt sie {A(s)}, {A(c)}. Telefonisch haben wir sie nicht erreicht.

2) Reisepass {P(p2.name)}, Pass-Nr. {m("PASS", ids.passport(check_digit=rng.random() < 0.5))}, lag im Familienumkleidebereich unter der Bank.

Die Übergabe an den Kurier hat {P(fi.name)} (Schichtleitung) quittiert, das Fundbuch ist nachgetragen.

Viele Grüße
{P(me.name)}
Kasse Sauerlandbad Oeventrop
"""
    doc("outlook", "fundsachen-spind", t)


# ---------------------------------------------------------------- 26 school swimming accident to Unfallkasse
def d26():
    ch = person(g="f", kid=True)
    par = person(g="f", last=ch.last)
    d = dob(2016, 2017)
    s, c = addr()
    te = person(g="f", origin="de")
    den = person(g="m", title_p=1.0)
    den.full = f"Dr. {den.first} {den.last}"
    ds, dc = addr()
    sl = person(g="m", origin="de")
    rs = staff()
    t = f"""Unfallanzeige für Kinder in Tageseinrichtungen, Schülerinnen/Schüler, Studierende
Empfänger: Unfallkasse Nordrhein-Westfalen
Aktenzeichen UK NRW (falls bekannt): {AZ(f"S-{rng.randint(10, 99)}/{rng.randint(100000, 999999)}/25")}

 1 Name und Anschrift der Einrichtung: Grundschule am Sonnenweg (Schulschwimmen im Hallenbad Hüsten, {N("Jahnallee 12")}, {N("59759 Arnsberg")})
 2 Vorname, Name der versicherten Person: {P(ch.name)}
 3 Geburtsdatum: {DOB(fdate(d, 0))}
 4 Straße, Hausnummer: {A(s)}
 5 Postleitzahl, Ort: {A(c)}
 6 Geschlecht: weiblich
 7 Name und Anschrift der gesetzlichen Vertreter: {P(par.name)}, wie Nr. 4/5
 8 Krankenkasse (familienversichert): IKK classic, Versichertennr. {m("KV", kv())}
 9 Unfallzeitpunkt: 22.05.2025, 09:40 Uhr
10 Unfallort: Lehrschwimmbecken, Beckenrand Treppenseite
11 Ausführliche Schilderung des Unfallhergangs:
   Beim Verlassen des Beckens über die Treppe rutschte {P(ch.first)} auf der untersten Stufe aus und schlug mit dem Mund auf die Beckenkante. Dabei brachen die Schneidezähne 11 und 21 teilweise ab, die Oberlippe blutete stark.
12 Verletzte Körperteile: Oberkiefer/Frontzähne, Lippe    Art der Verletzung: Zahnfraktur, Lippenplatzwunde
13 Wer hat von dem Unfall zuerst Kenntnis genommen? Lehrerin {P(te.full)} (Aufsicht am Beckenrand)
14 Erstbehandlung: Zahnarztpraxis {P(den.full)}, {A(ds)}, {A(dc)}
15 Unterbrechung des Schulbesuchs: nein

Datum: 23.05.2025   Schulleitung: {P(sl.name)}   Aufsicht Bad: {P(rs.name)}
"""
    doc("word", "unfallanzeige-schulschwimmen", t, ["HEALTH"])


# ---------------------------------------------------------------- 27 grandmother from Poland
def d27():
    g = person(g="f", origin="pl")
    mo = person(g="f", origin="pl")
    k1 = person(g="m", kid=True, last=mo.last)
    k2 = person(g="f", kid=True, last=mo.last)
    s = street()
    c = rng.choice(["59755", "59757", "59821"]) + " Arnsberg"
    pl_iban = ids.iban("PL", 24)
    cc = ids.credit_card(rng.choice(["51", "53", "55"]), 16)
    pl_phone = f"+48 {ids.digits(3, True)} {ids.digits(3)} {ids.digits(3)}"
    t = f"""Betreff: Ferienschwimmkurs für meine Enkelkinder / kurs pływania

Guten Tag,

ich schreibe auf Deutsch, bitte entschuldigen Sie Fehler. Meine Enkelkinder {P(k1.name)} und {P(k2.name)} besuchen im Juli meine Tochter {P(mo.name)} in Arnsberg ({A(s)}, {A(c)}). Ich mochte beide für den Ferienkurs vom 21. bis 25.07. anmelden:

{P(k1.name)}, geboren {DOB(fdate(dob(2016, 2018), 0))}
{P(k2.name)}, geboren {DOB(fdate(dob(2018, 2019), 2))}

Die Kursgebühr bezahle ich aus Polen, mein Konto ist {m("IBAN", group(pl_iban, 4))}. Geht die Überweisung auf Ihre Konto oder kann ich mit Karte bezahlen? Meine Mastercard ist {m("CC", cc)}.
Meine Telefon: {T(pl_phone)}, von meine Tochter: {T(mobile())}.

Mit freundlichen Grüßen
{P(g.name)}
{A("ul. Kwiatowa " + str(rng.randint(2, 60)) + "/" + str(rng.randint(1, 12)))}
{A("50-" + ids.digits(3) + " Wrocław")}
Polska
"""
    doc("outlook", "ferienkurs-anmeldung-ausland", t)


# ---------------------------------------------------------------- 28 sports award invitation list
def d28():
    st = staff()
    achievements = [("Westfalenmeisterin 200 m Lagen", "f", CLUBS[1]), ("NRW-Jahrgangsmeister 50 m Freistil", "m", CLUBS[4]),
                    ("Deutsche Vizemeisterin Rettungsschwimmen (Juniorinnen)", "f", CLUBS[2]),
                    ("3. Platz Deutsche Meisterschaft Kanuslalom K1", "m", CLUBS[9]),
                    ("Westdeutscher Meister Triathlon Jugend B", "m", CLUBS[7]),
                    ("Bronze Deutsche Meisterschaften Freiwasser 5 km", "f", CLUBS[0])]
    items = []
    seen = []
    for i, (ach, gg, club) in enumerate(achievements):
        a = person(kid=True, double_p=0.1, g=gg, avoid_first=tuple(seen))
        seen.append(a.first)
        d = dob(2004, 2006) if i % 3 == 2 else dob(2008, 2012)
        s, c = addr()
        if i % 3 != 2:
            par = person(last=a.last if rng.random() < 0.7 else None)
            inv = f"Einladung an: {P(par.name)}, {A(s)}, {A(c)}"
        else:
            inv = f"Einladung an Sportler/in selbst (volljährig): {A(s)}, {A(c)}"
        items.append(f"{i + 1}. {P(a.name)} (* {DOB(fdate(d, 0))}), {club} – {ach}\n   {inv}")
    t = f"""Sportlerehrung der Stadt Arnsberg 2025 – Einladungsliste Jugend
Termin: Fr 14.11.2025, 18:00 Uhr, Kulturzentrum Berliner Platz – Versand der Einladungen durch das Sportbüro

""" + "\n".join(items) + f"""

Rückfragen der Vereine bitte an {P(st.name)}, {E(staff_mail(st))}.
Hinweis: Bei Minderjährigen gehen Einladung und Fotoeinwilligung an die Eltern.
"""
    doc("word", "sportlerehrung-einladungsliste", t)


# ---------------------------------------------------------------- 29 police request
def d29():
    s_ = person(g="m")
    d = dob(1988, 2002)
    s, c = addr()
    v1, v2 = person(g="f"), person(g="m", title_p=0.3)
    off = person(g="f", origin="de")
    offm = translit(f"{off.first}.{off.last}").lower().replace(" ", "").replace("-", "") + "@polizei.nrw.de"
    az = f"{rng.randint(100000, 999999)}-{rng.randint(2024, 2025)}-{rng.randint(1000, 9999)}"
    t = f"""Von: {P(off.name)} <{E(offm)}>
An: {N("baeder@arnsberg.de")}
Betreff: Auskunftsersuchen – Ermittlungsverfahren {AZ(az)} (Spinddiebstähle Sauerlandbad)

Sehr geehrte Damen und Herren,

im oben genannten Ermittlungsverfahren gegen {P(s_.name)}, geb. {DOB(fdate(d, 0))}, wohnhaft {A(s)}, {A(c)}, wegen Diebstahls aus Umkleidespinden am 02.09.2025 bitte ich gemäß § 161 StPO um Übersendung

– der Videoaufzeichnung der Kamera im Eingangsbereich vom 02.09.2025, 14:00 bis 17:30 Uhr,
– der Kassendaten zur Dauerkarte mit der Kundennummer {AZ(f"DK-2025-{rng.randint(1, 4999):05d}")} (Ein- und Austrittszeiten).

Geschädigt wurden nach bisherigem Stand u. a. {P(v1.name)} und {P(v2.full)}. Der Beschuldigte wurde gegen 17:10 Uhr auf dem Parkplatz in einem Pkw mit dem Kennzeichen {m("KFZ", plate())} gesehen.

Mit freundlichen Grüßen
Im Auftrag
{P(off.name)}, KHKin
Kreispolizeibehörde Hochsauerlandkreis – Kriminalkommissariat 2
"""
    doc("outlook", "polizei-auskunftsersuchen", t)


# ---------------------------------------------------------------- 30 discrimination at entrance (ethnicity)
def d30():
    f = person(g="m", origin="de")
    foreign = ("Ömer", "Yusuf", "Karim", "Ilyas", "Adam", "Luka")
    s1 = person(g="m", kid=True, last=f.last, avoid_first=foreign)
    s2 = person(g="m", kid=True, last=f.last, avoid_first=foreign + (s1.first,))
    fr1 = person(g="m", kid=True, avoid_first=(s1.first, s2.first))
    fr2 = person(g="m", kid=True, avoid_first=(s1.first, s2.first, fr1.first))
    s, c = addr()
    t = f"""Betreff: Rassistische Behandlung am Eingang Freibad Neheim

Guten Tag,

mein Name ist {P(f.name)}. Am Sonntag, 10.08., wollten meine Söhne {P(s1.first)} (14) und {P(s2.first)} (16) mit zwei Freunden ins Freibad. Am Eingang hat ein Mann vom Sicherheitsdienst sie nicht reingelassen und gesagt, „solche wie ihr“ kommen hier nicht rein, sie sollen zurück in ihr Lager. Wir sind Sinti, unsere Familie lebt seit Generationen in Neheim. Die Freunde meiner Jungs, {P(fr1.first)} und {P(fr2.name)}, haben alles gehört und können das bezeugen.

Ich will, dass festgestellt wird, wer der Mann war, und dass das Konsequenzen hat. Die Kassenbons haben wir noch.
Rufen Sie mich bitte an: {T(phone())}

{P(f.name)}
{A(s)}
{A(c)}
"""
    doc("outlook", "beschwerde-diskriminierung-einlass", t, ["ETHNICITY"])


def main():
    club, tr = d01()
    d02(club, tr)
    for fn in (d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16, d17, d18, d19, d20, d21, d22,
               d23, d24, d25, d26, d27, d28, d29, d30):
        fn()
    assert len(DOCS) == 30
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for i, (channel, template, text, flags) in enumerate(DOCS):
            obj = build(f"F157-{i + 1:03d}", channel, template, text, flags)
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
