"""Blind test batch 154: invented correspondence of a city's election office (Wahlamt) before a municipal and a
European election, with inline-marked personal data. All randomness comes from Identifiers(15454).rng."""
import json
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from identifiers import Identifiers, group, icao_check, luhn_check, mod11_10_check  # noqa: E402,F401
from marks import build  # noqa: E402

ids = Identifiers(15454)
rng = ids.rng

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh154.jsonl")


# ---------------------------------------------------------------- marks
def mk(code, s):
    return "[[%s|%s]]" % (code, s)


def P(s): return mk("P", s)
def A(s): return mk("A", s)
def E(s): return mk("E", s)
def T(s): return mk("T", s)
def N(s): return mk("N", s)
def IB(s): return mk("IBAN", s)
def DOB(s): return mk("DOB", s)
def AZ(s): return mk("AZ", s)
def KFZ(s): return mk("KFZ", s)
def TID(s): return mk("TID", s)
def TNR(s): return mk("TNR", s)
def VAT(s): return mk("VAT", s)
def IDC(s): return mk("IDC", s)
def PASS(s): return mk("PASS", s)
def SSN(s): return mk("SSN", s)
def KV(s): return mk("KV", s)
def CC(s): return mk("CC", s)


# ---------------------------------------------------------------- name pools
FEM = {
    "de": ["Annegret", "Friederike", "Heike", "Swantje", "Gudrun", "Marlies", "Carina", "Hildegard", "Birte",
           "Ulrike", "Jutta", "Lea-Sophie", "Mechthild", "Rosemarie", "Kerstin", "Theresa", "Anja", "Silke",
           "Wiebke", "Annika", "Elisabeth", "Roswitha", "Katrin", "Helga"],
    "tr": ["Ayşe", "Elif", "Zeynep", "Songül", "Derya", "Hatice", "Melek", "Büşra", "Gülay", "Nesrin"],
    "pl": ["Małgorzata", "Katarzyna", "Joanna", "Agata", "Bożena", "Dorota"],
    "ru": ["Swetlana", "Irina", "Olesja", "Natalja", "Tatjana", "Jelena"],
    "ar": ["Rania", "Amal", "Nour", "Samira", "Lina", "Yasmin"],
    "it": ["Giulia", "Rosaria", "Francesca", "Chiara", "Concetta"],
    "gr": ["Eleni", "Sofia", "Despina", "Vasiliki"],
    "vn": ["Thi Lan", "Thu Trang", "Ngoc Anh", "Thi Hoa"],
    "af": ["Abena", "Chidinma", "Ama", "Ngozi", "Efua"],
    "hr": ["Ivana", "Snježana", "Marija", "Jasmina", "Dragana"],
    "pt": ["Fernanda", "Ana Rita", "Inês", "Mariana"],
    "ku": ["Berivan", "Rojda", "Dilan", "Zilan"],
    "nl": ["Marieke", "Anouk", "Femke", "Sanne"],
}
MAL = {
    "de": ["Reinhard", "Hubertus", "Torben", "Jens-Uwe", "Wolfgang", "Ludger", "Bernd", "Matthias", "Friedhelm",
           "Sven", "Heinz-Georg", "Ulrich", "Norbert", "Dirk", "Karl-Heinz", "Benedikt", "Frederik", "Rüdiger",
           "Werner", "Tobias", "Clemens", "Gerd"],
    "tr": ["Mustafa", "Emre", "Serkan", "Cem", "Hakan", "Murat", "Onur", "Yusuf"],
    "pl": ["Łukasz", "Krzysztof", "Tomasz", "Paweł", "Grzegorz"],
    "ru": ["Wladimir", "Dmitrij", "Sergej", "Viktor", "Alexej", "Andrej"],
    "ar": ["Khaled", "Tarek", "Bassam", "Omar", "Mahmoud", "Nabil"],
    "it": ["Salvatore", "Giuseppe", "Vincenzo", "Marco", "Antonio"],
    "gr": ["Dimitrios", "Konstantinos", "Georgios", "Nikolaos"],
    "vn": ["Duc Anh", "Van Minh", "Quang Huy", "Thanh Long"],
    "af": ["Kwame", "Emeka", "Kofi", "Oluwaseun", "Yaw"],
    "hr": ["Dragan", "Goran", "Zoran", "Tomislav", "Ivica"],
    "pt": ["João", "Rui", "Tiago", "Nuno"],
    "ku": ["Rojhat", "Baran", "Serhat", "Azad"],
    "nl": ["Joris", "Bram", "Sander", "Wouter"],
}
SUR = {
    "de": ["Hoppe", "Brüggemann", "Kemper", "Hengsbach", "Wulf", "Rameil", "Tillmann", "Kersting", "Sauerwald",
           "Feldmann", "Wiegand", "Korte", "Vielhaber", "Stratmann", "Lüttecke", "Klauke", "Schulte-Wieschen",
           "Gödde", "Bräutigam", "Hömberg", "Padberg", "Schmelter", "Neuhaus", "Rinsche", "Wessel", "Dünnebacke",
           "Grewe", "Humpert", "Schröer", "von Hövel", "von der Heyde", "Kleine-Nathrop", "Baumeister", "Höffer",
           "Ohm", "Lohmann", "Busch", "Mertens", "Pieper", "Funke"],
    "tr": ["Yıldız", "Öztürk", "Aydın", "Kılıç", "Şahin", "Arslan", "Doğan", "Koç", "Çelik", "Erdem"],
    "pl": [("Kowalczyk", "Kowalczyk"), ("Wiśniewski", "Wiśniewska"), ("Nowak", "Nowak"),
           ("Zieliński", "Zielińska"), ("Lewandowski", "Lewandowska"), ("Wójcik", "Wójcik")],
    "ru": [("Neufeld", "Neufeld"), ("Penner", "Penner"), ("Friesen", "Friesen"), ("Iwanow", "Iwanowa"),
           ("Dück", "Dück"), ("Sawatzky", "Sawatzky"), ("Kusnezow", "Kusnezowa")],
    "ar": ["Al-Masri", "Haddad", "Khalil", "Saleh", "Al-Hassan", "Nasser"],
    "it": ["De Luca", "Russo", "Esposito", "Di Stefano", "Marino", "La Rosa"],
    "gr": [("Papadopoulos", "Papadopoulou"), ("Georgiou", "Georgiou"), ("Karagiannis", "Karagianni")],
    "vn": ["Nguyen", "Tran", "Pham", "Le", "Hoang"],
    "af": ["Mensah", "Okafor", "Asante", "Adeyemi", "Owusu", "Boateng"],
    "hr": ["Jurić", "Kovačević", "Babić", "Marković", "Knežević"],
    "pt": ["Ferreira", "Carvalho", "da Silva", "dos Santos", "Rodrigues"],
    "ku": ["Aslan", "Temel", "Baran", "Ekinci"],
    "nl": ["van der Heijden", "de Vries", "van Dijk", "Jansen", "Bakker"],
}
ORIGINS = ["de"] * 9 + ["tr", "tr", "pl", "ru", "ru", "ar", "it", "gr", "vn", "af", "hr", "pt", "ku", "nl"]


RESERVED = []   # surnames of the recurring staff: nobody else gets them
DOC_USED = []   # surname parts and first names already used in the current document
NAMES_USED = []  # full names used anywhere in the batch


def parts(name):
    return [x for x in name.replace("-", " ").split(" ") if x[:1].isupper()]


def person(origin=None, gender=None, title_p=0.07, double_p=0.08):
    origin = origin or rng.choice(ORIGINS)
    gender = gender or rng.choice("fm")
    for _ in range(200):
        first = rng.choice(FEM[origin] if gender == "f" else MAL[origin])
        last = rng.choice(SUR[origin])
        if isinstance(last, tuple):
            last = last[1] if gender == "f" else last[0]
        if rng.random() < double_p and " " not in last:
            other = rng.choice(SUR["de"])
            if " " not in other and "-" not in other and other != last and "-" not in last:
                last = last + "-" + other if rng.random() < 0.5 else other + "-" + last
        clash = any(x in DOC_USED or x in RESERVED for x in parts(last)) or first in DOC_USED or first in RESERVED
        if not clash and f"{first} {last}" not in NAMES_USED:
            break
    DOC_USED.extend(parts(last) + [first])
    NAMES_USED.append(f"{first} {last}")
    title = ""
    if rng.random() < title_p:
        title = rng.choice(["Dr.", "Dr.", "Dr. med.", "Prof. Dr.", "Dipl.-Ing."])
    return {"first": first, "last": last, "g": gender, "title": title,
            "name": f"{first} {last}", "full": (title + " " if title else "") + f"{first} {last}",
            "anrede": "Frau" if gender == "f" else "Herr", "anr_dat": "Frau" if gender == "f" else "Herrn",
            "tlast": (title + " " if title else "") + last, "origin": origin}


def translit(s):
    s = s.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    s = s.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "dj").replace("Đ", "Dj")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


PROVIDERS = ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de", "freenet.de", "arcor.de",
             "icloud.com", "mailbox.org", "online.de", "yahoo.de", "gmx.net"]


def email(p, provider=None):
    f = translit(p["first"]).lower().replace(" ", "").replace("-", "")
    last = translit(p["last"]).lower().replace(" ", "").replace("-", "")
    provider = provider or rng.choice(PROVIDERS)
    style = rng.randint(0, 6)
    if style == 0:
        local = f"{f}.{last}"
    elif style == 1:
        local = f"{f[0]}.{last}"
    elif style == 2:
        local = f"{f}{last}{rng.randint(60, 99)}"
    elif style == 3:
        local = f"{last}.{f}"
    elif style == 4:
        local = f"{f}_{last}"
    elif style == 5:
        local = f"{f[:3]}{last[:4]}{rng.randint(1, 30)}"
    else:
        local = f"{f}-{last}"
    return f"{local}@{provider}"


def staff_email(p):
    f = translit(p["first"]).lower()
    last = translit(p["last"]).lower().replace(" ", "-")
    return f"{f[0]}.{last}@arnsberg.de" if rng.random() < 0.6 else f"{f.replace(' ', '')}.{last}@arnsberg.de"


STREETS = ["Hellefelder Straße", "Ruhrstraße", "Zum Hohlen Stein", "An der Schützenhalle", "Mühlenbergweg",
           "Jahnallee", "Graf-Gottfried-Straße", "Alter Soestweg", "Möhnestraße", "Sauerlandstraße",
           "Kleinbahnstraße", "Im Ohl", "Auf dem Brühl", "Unterm Römberg", "Schobbostraße", "Apothekerstraße",
           "Dinscheder Straße", "Mendener Straße", "Ringlebstraße", "Stembergstraße", "Alter Holzweg", "Kirchweg",
           "Bergstraße", "Wiesenweg", "Zur Ruhrbrücke", "Am Lüsenberg", "Waldstraße", "Lindenallee", "Brückenweg",
           "Rumbecker Straße", "Seltersberg", "Hammerweide", "Am Kattenberg", "Kapellenweg", "Auf der Haar",
           "Schwiedinghauser Weg", "Heidestraße", "Oesterweg", "Breiter Weg", "Zum Sportplatz", "Eichendorffweg",
           "Ostwall", "Marktstraße", "Hüstener Straße", "Bruchhausener Weg", "Zur Alten Mühle"]
PLZ = [("59755", "Arnsberg"), ("59757", "Arnsberg"), ("59759", "Arnsberg"), ("59821", "Arnsberg"),
       ("59823", "Arnsberg")]
WARD = {"59755": "Neheim", "59757": "Neheim", "59759": "Hüsten", "59821": "Arnsberg", "59823": "Oeventrop"}


def housenr():
    n = str(rng.randint(1, 140))
    r = rng.random()
    if r < 0.12:
        n += rng.choice("abc")
    elif r < 0.16:
        n += " " + rng.choice("ab")
    elif r < 0.19:
        n += "-" + str(int(n) + 2)
    return n


def addr(abbrev_p=0.15, ward_p=0.12):
    s = rng.choice(STREETS)
    if rng.random() < abbrev_p and s.endswith("straße"):
        s = s[:-6] + "str."
    elif rng.random() < abbrev_p and s.endswith(" Straße"):
        s = s[:-7] + " Str."
    plz, city = rng.choice(PLZ)
    if rng.random() < ward_p:
        city = city + "-" + WARD[plz]
    return {"street": f"{s} {housenr()}", "city": f"{plz} {city}", "plz": plz, "ort": city}


MOB = ["0151", "0152", "0157", "0159", "0160", "0162", "0170", "0171", "0172", "0173", "0175", "0176", "0177",
       "0178", "0179"]
AREA = ["02931", "02932", "02935", "02937", "0291", "02922", "02933", "02938"]


def mobile():
    pre = rng.choice(MOB)
    rest = ids.digits(rng.choice([7, 8]), first_nonzero=True)
    st = rng.randint(0, 6)
    if st == 0:
        return f"{pre} {rest}"
    if st == 1:
        return f"{pre}/{rest}"
    if st == 2:
        return f"{pre}-{rest[:3]} {rest[3:5]} {rest[5:]}"
    if st == 3:
        return f"+49 {pre[1:]} {rest}"
    if st == 4:
        return f"+49 (0){pre[1:]} {rest}"
    if st == 5:
        return f"{pre} {rest[:2]} {rest[2:4]} {rest[4:]}"
    return f"{pre}{rest}"


def landline():
    area = rng.choice(AREA)
    rest = ids.digits(rng.choice([5, 6, 6, 7]), first_nonzero=True)
    st = rng.randint(0, 5)
    if st == 0:
        return f"{area} {rest}"
    if st == 1:
        return f"{area}/{rest}"
    if st == 2:
        return f"({area}) {' '.join(rest[i:i + 2] for i in range(0, len(rest), 2))}"
    if st == 3:
        return f"+49 {area[1:]} {rest}"
    if st == 4:
        return f"{area}-{rest}"
    return f"{area} {rest[:3]} {rest[3:]}"


def phone():
    return mobile() if rng.random() < 0.6 else landline()


def direct_dial():
    return f"02931 963-{rng.randint(4100, 4499)}"


MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
MLEN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def birth(y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, MLEN[m - 1])
    return (d, m, y)


def fdate(b, style=None):
    d, m, y = b
    style = rng.randint(0, 6) if style is None else style
    if style == 0:
        return f"{d:02d}.{m:02d}.{y}"
    if style == 1:
        return f"{d}.{m}.{y}"
    if style == 2:
        return f"{d:02d}.{m:02d}.{y % 100:02d}"
    if style == 3:
        return f"{d}. {MONTHS[m - 1]} {y}"
    if style == 4:
        return f"{y}-{m:02d}-{d:02d}"
    if style == 5:
        return f"{d:02d}/{m:02d}/{y}"
    return f"{d:02d}.{m:02d}.{y}"


def ddmmyy(b):
    d, m, y = b
    return f"{d:02d}{m:02d}{y % 100:02d}"


def iban_de(grouped=None):
    v = ids.iban_de()
    grouped = rng.random() < 0.6 if grouped is None else grouped
    return group(v, 4) if grouped else v


def iban_country(country, bban):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def iban_nl():
    bank = rng.choice(["INGB", "RABO", "ABNA", "TRIO", "SNSB"])
    return iban_country("NL", bank + ids.digits(10))


def iban_at():
    return ids.iban("AT", 16)


DISTRICTS = ["HSK", "HSK", "HSK", "AR", "AR", "MES", "SO", "UN", "MK", "BRI", "DO", "SOE", "LP"]


def plate():
    d = rng.choice(DISTRICTS)
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice([1, 2, 2])))
    num = str(rng.randint(1, 9999 if len(d) + len(letters) < 5 else 999))
    suffix = rng.choice(["", "", "", "", "", "E", "H"])
    sep = rng.choice(["-", " ", "-", " "])
    return f"{d}{sep}{letters} {num}{suffix}"


def ssn(b, letter):
    s = ids.social_security(ddmmyy(b), letter)
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}" if rng.random() < 0.6 else s


def tax_id_fmt():
    v = ids.tax_id()
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if rng.random() < 0.5 else v


# ---------------------------------------------------------------- fixed office data (public, neutral)
RATHAUS = "Rathausplatz 1"
RATHAUS_PLZ = "59759 Arnsberg"
ZENTRALE = "02931 963-0"
FAX = "02931 963-2190"
MAILBOX = "wahlamt@arnsberg.de"
BW_MAILBOX = "briefwahl@arnsberg.de"
WH_MAILBOX = "wahlhelfer@arnsberg.de"

# recurring staff of the election office
ST_HEAD = person("de", "f", title_p=1.0, double_p=0)
ST_HEAD["title"] = "Dr."
ST_HEAD["full"] = "Dr. " + ST_HEAD["name"]
ST_HEAD["tlast"] = "Dr. " + ST_HEAD["last"]
ST_BW = person("tr", "m", title_p=0, double_p=0)
ST_WH = person("de", "f", title_p=0, double_p=0)
for _s in (ST_HEAD, ST_BW, ST_WH):
    _s["mail"] = staff_email(_s)
    _s["tel"] = direct_dial()
    RESERVED.extend(parts(_s["last"]) + [_s["first"]])

docs = []


def add(channel, template, text, flags=()):
    n = len(docs) + 1
    docs.append(build(f"F154-{n:03d}", channel, template, text.strip("\n") + "\n", sorted(flags)))
    del DOC_USED[:]


FUNCS = ["Wahlvorsteher/in", "stv. Wahlvorsteher/in", "Schriftführer/in", "stv. Schriftführer/in", "Beisitzer/in",
         "Beisitzer/in", "Beisitzer/in"]


# ================================================================= 001 CSV export of poll workers (with header)
def doc_wahlhelfer_export():
    lines = ["Wahlhelferverwaltung | Export Einsatzplanung Europawahl 09.06.2024 | Stand: 02.05.2024 | "
             "VS - NUR FÜR DEN DIENSTGEBRAUCH",
             "",
             "Lfd;WB;Funktion;Name;Vorname;Geb.-Datum;Straße;PLZ Ort;Telefon;E-Mail;Erfahrung"]
    for i in range(1, 11):
        p = person()
        a = addr(abbrev_p=0.3, ward_p=0)
        b = birth(1948, 2006)
        wb = f"0{rng.randint(1, 9)}{rng.randint(1, 12):02d}"
        name = P(p["tlast"]) if p["title"] else P(p["last"])
        tel = T(phone()) if rng.random() < 0.8 else ""
        mail = E(email(p)) if rng.random() < 0.7 else ""
        exp = rng.choice(["ja", "nein", "ja (BTW 21)", "", "KW 20, EW 19"])
        lines.append(f"{i};{wb};{rng.choice(FUNCS)};{name};{P(p['first'])};{DOB(fdate(b, rng.choice([0, 4])))};"
                     f"{A(a['street'])};{A(a['city'])};{tel};{mail};{exp}")
    lines += ["", f"10 Datensätze exportiert von {P(ST_WH['name'])}, Wahlamt, Durchwahl {T(ST_WH['tel'])}."]
    add("word", "wahlhelfer-export", "\n".join(lines))


# ================================================================= 002 sloppy postal vote request from Mallorca
def doc_briefwahl_mallorca():
    w = person("de", "f", title_p=0, double_p=0)
    h_first = rng.choice(["hans-jürgen", "karl-heinz", "heinz-georg", "wolfgang"])
    a = addr(abbrev_p=0, ward_p=0)
    bw, bh = birth(1944, 1955), birth(1940, 1952)
    wf, wl = w["first"].lower(), w["last"].lower()
    es_street = rng.choice(["calle de sant miquel", "carrer de la mar", "avinguda de s'albufera"]) + \
        f" {rng.randint(2, 60)}"
    es_tel = f"+34 971 {ids.digits(2, True)} {ids.digits(2)} {ids.digits(2)}"
    mail = email(w)
    text = f"""Von: {E(mail)}
Betreff: briefwahl nach spanien schicken??

hallo zusammen

wir sind ab 20.5. bis mitte juni auf mallorca (überwintern verlängert haha) und brauchen die briefwahl unterlagen für mich und meinen mann dahin. geht das überhaupt ins ausland???

ich: {P(wf + ' ' + wl)} geb {DOB(fdate(bw, 1))}
mann: {P(h_first + ' ' + wl)} geb {DOB(fdate(bh, 2))}
beide gemeldet {A(a['street'].lower())} {A(a['city'].lower())}

adresse spanien ist {A(es_street)}, {A('07580 capdepera')} (bei {P('familie roig')}, briefkasten steht roig drauf)

die wahlbenachrichtigungen hab ich nicht mit die liegen zuhause, hat die nachbarin frau {P(rng.choice(['kemper', 'stratmann', 'funke']))} reingelegt. reicht das so?

tel spanien {T(es_tel)} oder handy {T(mobile())}

lg {P(wf)}"""
    add("outlook", "briefwahl-ausland-mail", text)


# ================================================================= 003 memo: postal ballot lost, declared invalid
def doc_wahlschein_verlust():
    p = person(gender="f", title_p=0)
    nb = person("de", "m", title_p=0, double_p=0)
    a = addr(ward_p=0)
    b = birth(1939, 1990)
    wb = f"0{rng.randint(1, 9)}{rng.randint(1, 9):02d}"
    old_ws = f"{wb}-{ids.digits(4)}"
    new_ws = f"{wb}-{ids.digits(4)}"
    clerk = person("de", title_p=0, double_p=0)
    text = f"""Stadt Arnsberg – Wahlamt / Briefwahlstelle
Vermerk gemäß § 27 Abs. 10 EuWO (Verlust eines Wahlscheins)

Az.: {AZ('12.30-EW24-' + ids.digits(4))}

Frau {P(p['name'])}, geb. {DOB(fdate(b, 0))}, wohnhaft {A(a['street'])}, {A(a['city'])}, eingetragen im Wählerverzeichnis des Wahlbezirks {wb} unter der Nr. {AZ(str(rng.randint(120, 1900)))}, sprach am 29.05.2024 um 10:40 Uhr in der Briefwahlstelle vor. Sie versicherte glaubhaft, dass der ihr am 16.05.2024 übersandte Wahlschein Nr. {AZ(old_ws)} samt Briefwahlunterlagen nicht bei ihr angekommen ist. Die Identität wurde anhand des Personalausweises {IDC(ids.id_card())} geprüft.

Frau {P(p['last'])} gab an, dass Post im Haus häufig im Briefkasten des Nachbarn {P(nb['name'])} lande, da beide Namensschilder seit einer Renovierung vertauscht seien. Herr {P(nb['last'])} sei derzeit verreist.

Veranlasst:
1. Wahlschein Nr. {old_ws} für ungültig erklärt und in das Verzeichnis der für ungültig erklärten Wahlscheine aufgenommen.
2. Wahlvorstand WB {wb} sowie die Briefwahlvorstände 1–4 informiert (Liste per Boten).
3. Neuer Wahlschein Nr. {AZ(new_ws)} ausgestellt und Frau {P(p['last'])} persönlich ausgehändigt; Stimmabgabe an Ort und Stelle nicht gewünscht.

Arnsberg, 29.05.2024
gez. {P(clerk['first'][0] + '. ' + clerk['last'])}"""
    add("word", "vermerk-wahlschein-verlust", text)


# ================================================================= 004 poll worker mails bank details (DE + AT)
def doc_erfrischungsgeld_bank():
    v = person("gr", "m", title_p=0, double_p=0)
    daughter_first = rng.choice(FEM["gr"] + FEM["de"])
    a = addr(ward_p=0)
    at_street = rng.choice(["Anichstraße", "Museumstraße", "Höttinger Au", "Innrain"]) + \
        f" {rng.randint(3, 90)}/{rng.randint(1, 4)}"
    text = f"""Betreff: Bankverbindung Erfrischungsgeld – Wahlbezirk 0705 (Müschede)

Sehr geehrte Frau {P(ST_WH['last'])},

wie heute Vormittag am Telefon besprochen, schicke ich Ihnen die Kontodaten für das Erfrischungsgeld. Ich bin im Wahlbezirk 0705 als stellvertretender Wahlvorsteher eingeteilt, meine Tochter {P(daughter_first)} als Beisitzerin im selben Bezirk.

Für mich:
Kontoinhaber: {P(v['name'])}
IBAN: {IB(iban_de(True))}

Für meine Tochter:
Sie studiert in Innsbruck und hat dort nur ein österreichisches Girokonto. Innerhalb des SEPA-Raums sollte eine Überweisung ja keine Gebühren verursachen.
Kontoinhaberin: {P(daughter_first + ' ' + v['last'][:-1] + 'u' if v['last'].endswith('os') else daughter_first + ' ' + v['last'])}
IBAN: {IB(group(iban_at(), 4))}

Mit Hauptwohnsitz ist sie weiter bei uns gemeldet (Adresse unten); in Innsbruck wohnt sie unter {A(at_street)}, {A('6020 Innsbruck')}. Falls das für die Berufung eine Rolle spielt.

Mit freundlichen Grüßen
{P(v['name'])}
{A(a['street'])}, {A(a['city'])}
Tel. {T(landline())}"""
    add("outlook", "erfrischungsgeld-bankdaten", text)


# ================================================================= 005 payment export without header
def doc_sammelueberweisung():
    lines = ["EW24_ERFRISCHUNGSGELD_LAUF3.csv", ""]
    total = 0
    for i in range(9):
        p = person(title_p=0)
        kz = f"5.2024.{ids.digits(6)}"
        if i == 6:
            iban, bic = iban_nl(), "INGBNL2A"
        else:
            iban, bic = ids.iban_de(), rng.choice(["WELADED1ARN", "GENODEM1NEH", "COBADEFFXXX", "INGDDEFFXXX",
                                                  "DEUTDEDB440", "NTSBDEB1XXX"])
            if iban.startswith("NL"):
                bic = "INGBNL2A"
        amount = rng.choice([50, 50, 50, 60, 40])
        total += amount
        wb = f"0{rng.randint(1, 9)}{rng.randint(1, 12):02d}"
        lines.append(f"{AZ(kz)};{P(p['last'] + ', ' + p['first'])};{IB(iban)};{bic};{amount},00;EUR;"
                     f"ERFRISCHUNGSGELD EW2024 WB {wb}")
    lines.append(f";;;;{total},00;EUR;SUMME LAUF 3")
    add("word", "export-sammelueberweisung", "\n".join(lines))


# ================================================================= 006 complaint: polling station not accessible
def doc_beschwerde_barriere():
    d = person(gender="f", title_p=0)
    if rng.random() < 0.5 or d["origin"] == "de":
        father_first, father_last = rng.choice(MAL[d["origin"]]), d["last"].split("-")[0]
    else:  # married name; the father keeps his own surname
        father_first, father_last = rng.choice(MAL["de"]), rng.choice(["Hengsbach", "Kemper", "Wulf", "Ohm"])
    wv = person("de", "m", title_p=0, double_p=0)
    a = addr(ward_p=0)
    school, school_addr = rng.choice([("Grundschule Am Sonnenhang", "Sonnenhang 12"),
                                      ("Realschule Neheim", "Burgstraße 40"),
                                      ("Gemeinschaftsgrundschule Bachum", "Bachumer Straße 7")])
    text = f"""Betreff: Beschwerde – Wahllokal {school} nicht barrierefrei

Sehr geehrte Damen und Herren,

am Sonntag habe ich meinen Vater, {P(father_first + ' ' + father_last)} (87), zur Wahl begleitet. Mein Vater sitzt seit seinem Schlaganfall im Rollstuhl. Laut Wahlbenachrichtigung sollte der Wahlraum barrierefrei sein – tatsächlich lag er im Obergeschoss, der Aufzug war abgeschlossen und der Hausmeister nicht erreichbar.

Wir haben mit dem Wagen meines Vaters ({KFZ(plate())}) direkt vor dem Eingang {N(school_addr)} gehalten, weil der Behindertenparkplatz von einem Baustellencontainer blockiert war. Der Wahlvorsteher, ein Herr {P(wv['last'])}, war freundlich, konnte aber nur anbieten, die Wahlurne die Treppe herunterzutragen. Das ist nach meinem Verständnis gar nicht zulässig, und mein Vater hat sich vor allen Leuten im Treppenhaus sehr geschämt.

Ich bitte darum, dass für die Kommunalwahl im September ein anderer Raum gesucht wird, und um eine schriftliche Stellungnahme.

Mit freundlichen Grüßen
{P(d['full'])}
{A(a['street'])}
{A(a['city'])}
{T(phone())}"""
    add("outlook", "beschwerde-wahlraum", text, ["HEALTH"])


# ================================================================= 007 supporters' signatures list (POLITICS)
def doc_unterstuetzer():
    cand = person(title_p=0.2)
    ca = addr(ward_p=0)
    rows = []
    for i in range(1, 10):
        p = person(title_p=0.05)
        a = addr(ward_p=0.05)
        b = birth(1940, 2007)
        ok = "ja" if i not in (4, 8) else rng.choice(["nein – nicht im Wahlgebiet gemeldet", "nein – doppelt"])
        rows.append(f"{i:>2} | {P(p['tlast'] + ', ' + p['first'])} | {DOB(fdate(b, 0))} | "
                    f"{A(a['street'])}, {A(a['city'])} | [Unterschrift] | {ok}")
    staff = person("de", title_p=0, double_p=0)
    text = f"""Sammelliste für Unterstützungsunterschriften
Wahl der Vertretung der Stadt Arnsberg am 14. September 2025
Wahlbezirksvorschlag der Wählergruppe „Bürgerliste Oeventrop – Unabhängige Wähler" für den Wahlbezirk 21 (Oeventrop-Nord)

Bewerber/in: {P(cand['full'])}, {A(ca['street'])}, {A(ca['city'])}

Ich unterstütze hiermit den oben genannten Wahlvorschlag. Jede/r Wahlberechtigte darf nur einen Wahlvorschlag für die Ratswahl unterzeichnen.

Nr | Familienname, Vorname | Tag der Geburt | Anschrift (Hauptwohnung) | Unterschrift | Wahlrecht bescheinigt
{chr(10).join(rows)}

Bescheinigung des Wahlrechts: Die Unterzeichner/innen Nr. 1–3, 5–7 und 9 sind im Wahlgebiet wahlberechtigt.
Arnsberg, den 18.06.2025
Der Bürgermeister – Wahlamt
Im Auftrag
{P(staff['name'])}"""
    add("word", "sammelliste-unterstuetzer", text, ["POLITICS"])


# ================================================================= 008 candidate's consent form (POLITICS)
def doc_zustimmung():
    c = person(rng.choice(["de", "tr", "hr", "ru"]), "m", title_p=0, double_p=0)
    a = addr(ward_p=0)
    b = birth(1958, 1995)
    vp = person(title_p=0)
    text = f"""Anlage 11 zur Kommunalwahlordnung
Zustimmungserklärung
und Versicherung an Eides statt

Wahl der Vertretung der Stadt Arnsberg am 14.09.2025 – Wahlbezirk 08 (Hüsten-Mitte)
Partei / Wählergruppe: BÜNDNIS 90/DIE GRÜNEN, Ortsverband Arnsberg

Familienname ............ {P(c['last'])}
Vorname(n) .............. {P(c['first'])}
Beruf/Stand ............. Fachkrankenpfleger für Intensivpflege
Tag der Geburt .......... {DOB(fdate(b, 0))}
Anschrift (Hauptwohnung)  {A(a['street'])}
                          {A(a['city'])}
Telefon / E-Mail ........ {T(mobile())} / {E(email(c))}

Ich stimme meiner Benennung als Bewerber für den oben bezeichneten Wahlbezirk zu. Ich versichere an Eides statt, dass ich für keinen anderen Wahlbezirk meine Zustimmung zur Benennung gegeben habe und dass ich seit 2016 Mitglied der oben genannten Partei bin und keiner anderen Partei angehöre.

Arnsberg, 02.06.2025                     (gez.) {P(c['name'])}

Vertrauensperson des Wahlvorschlags: {P(vp['full'])}, {T(phone())}

– Bescheinigung der Wählbarkeit –
Der/die Vorgenannte ist seit dem 12.03.2009 mit Hauptwohnung im Wahlgebiet gemeldet und wählbar.
Arnsberg, 05.06.2025 – Wahlamt, i. A. {P(ST_HEAD['tlast'])}"""
    add("word", "zustimmungserklaerung-bewerber", text, ["POLITICS"])


# ================================================================= 009 objection to the voter register
def doc_wvz_einspruch():
    m = person("de", "m", title_p=0.3, double_p=0)
    wife_first = rng.choice(FEM["de"] + FEM["pl"])
    wife_last = rng.choice(["Korte", "Lohmann", "Busch", "Pieper"]) + "-" + m["last"] \
        if " " not in m["last"] and "-" not in m["last"] else m["last"]
    old, new = addr(ward_p=0), addr(ward_p=0)
    text = f"""Betreff: Einspruch gegen das Wählerverzeichnis – Wahlbenachrichtigung an alte Anschrift, Ehefrau fehlt

Sehr geehrte Damen und Herren,

hiermit erhebe ich Einspruch gegen das Wählerverzeichnis für die Europawahl und beantrage dessen Berichtigung.

Meine Frau und ich sind am 15. Januar 2024 innerhalb Arnsbergs umgezogen und haben uns fristgerecht im Bürgerbüro umgemeldet (Meldebestätigung liegt mir vor):
bisher: {A(old['street'])}
jetzt:  {A(new['street'])}, {A(new['city'])}

Trotzdem erhielt ich die Wahlbenachrichtigung (Nr. im Wählerverzeichnis {AZ(str(rng.randint(200, 1500)))}) für den alten Wahlbezirk, adressiert an die alte Anschrift – der Nachmieter hat sie mir freundlicherweise vorbeigebracht. Meine Frau, {P(wife_first + ' ' + wife_last)}, geb. {DOB(fdate(birth(1965, 1985), 3))}, hat überhaupt keine Benachrichtigung bekommen.

Zur Identifikation:
{P(m['full'])}, geb. {DOB(fdate(birth(1960, 1982), 0))}
Personalausweis-Nr. {IDC(ids.id_card(check_digit=True))}

Ich bitte um kurze Bestätigung, in welchem Wahlbezirk wir beide nun geführt werden. Die Einsichtsfrist läuft nach meiner Kenntnis noch bis Freitag.

Mit freundlichen Grüßen
{P(m['full'])}
Tel. {T(landline())}"""
    add("outlook", "einspruch-waehlerverzeichnis", text)


# ================================================================= 010 forwarded mail: care home residents (HEALTH)
def doc_fwd_pflegeheim():
    sw = person(rng.choice(["af", "de", "pl"]), "f", title_p=0, double_p=0)
    sw_mail = f"{translit(sw['first'][0]).lower()}.{translit(sw['last']).lower().replace(' ', '')}@haus-ruhrblick.de"
    colleague = person("de", "m", title_p=0, double_p=0)
    home = {"street": f"Zur Ruhrbrücke {rng.randint(2, 30)}", "city": "59821 Arnsberg"}
    res = []
    for i, gd in enumerate([None, None, "f", None, "m"]):
        res.append((person(rng.choice(["de", "de", "de", "pl", "ru"]), gd, title_p=0.05, double_p=0.1),
                    birth(1926, 1944), rng.randint(101, 248)))
    blind = res[2][0]
    son = person("de", "m", title_p=0, double_p=0)["first"] + " " + blind["last"]
    rlines = "\n".join(f"{i + 1}. {P(p['full'])}, geb. {DOB(fdate(b, rng.choice([0, 1])))}, Zimmer {z}"
                       for i, (p, b, z) in enumerate(res))
    text = f"""Betreff: WG: Briefwahlunterlagen für Bewohnerinnen und Bewohner Haus Ruhrblick

Hallo {P(colleague['first'])},

kannst du das bitte übernehmen? Die Anträge müssen bis Freitag, 15 Uhr, bei uns sein, sonst geht nur noch der persönliche Weg. Die Wahlscheine bitte direkt ins Haus schicken, nicht an die Angehörigen. Bei Frau {P(blind['last'])} bitte an die Schablone denken.

Danke und Gruß
{P(ST_BW['first'])}

-----Ursprüngliche Nachricht-----
Von: {P(sw['name'])} <{E(sw_mail)}>
Gesendet: Dienstag, 28. Mai 2024 10:14
An: Briefwahl <{N(BW_MAILBOX)}>
Betreff: Briefwahlunterlagen für Bewohnerinnen und Bewohner Haus Ruhrblick

Sehr geehrte Damen und Herren,

folgende Bewohnerinnen und Bewohner unseres Hauses ({A(home['street'])}, {A(home['city'])}) möchten per Brief wählen; die unterschriebenen Anträge liegen eingescannt bei:

{rlines}

Frau {P(blind['last'])} ist infolge einer Makuladegeneration nahezu blind und benötigt eine Stimmzettelschablone sowie eine Hilfsperson. Ihr Sohn {P(son)} wird sie beim Ausfüllen unterstützen; er ist unter {T(mobile())} erreichbar.

Herr {P(res[4][0]['last'])} ist seit März bettlägerig, seine Tochter hat eine Vorsorgevollmacht, möchte aber, dass er selbst wählt.

Mit freundlichen Grüßen
{P(sw['name'])}
Sozialer Dienst, Seniorenzentrum Haus Ruhrblick
Tel. {T('02931 ' + ids.digits(5, True) + '-' + ids.digits(2, True))}"""
    add("outlook", "weiterleitung-pflegeheim", text, ["HEALTH"])


# ================================================================= 011 OCR scan of a ballot paper application
def doc_ocr_antrag():
    g_first = rng.choice(["Chidinrna", "Ngozi", "Efua"])
    last = rng.choice(["Okonkwo-Schulte", "Mensah-Korte", "Asante-Grewe"])
    b = birth(1970, 1999)
    ocr_dob = f"{b[0]:02d}.{b[1]:02d}.{b[2]}".replace("0", "O", 1)
    street = rng.choice(["Mendener Straße", "Möhnestraße", "Heidestraße"]) + f" {rng.randint(10, 99)}".replace("1", "l")
    ma = addr(ward_p=0)
    helper = person("de", title_p=0, double_p=0)
    hb = birth(1960, 2000)
    wz = str(rng.randint(100, 999))
    text = f"""[Scan_0041.pdf – automatische Texterkennung, nicht korrigiert]

Antrag auf Ertei1ung eines Wahlscheins
für die Kommuna1wah1en am 14.O9.2025

Wah1bezirk: 1O4        Nr. im Wäh1erverzeichnis: {AZ(wz)}

Farni1ienname, Vorname: {P(last + ', ' + g_first)}
Geburtsdaturn: {DOB(ocr_dob)}
Wohnung: {A(street)}, {A('59755 Arnsberg')}

[x] Ich beantrage die Ertei1ung eines Wahlscheins.
[x] Die Briefwahlunter1agen sol1en an fo1gende abweichende Anschrift gesandt werden:
    {P(helper['name'])}
    {A(ma['street'])}
    {A(ma['city'])}

[ ] Die Unter1agen werden abgeho1t durch Bevo11mächtigte(n):
    Name: {P(helper['last'])}   Geb.: {DOB(fdate(hb, 0))}
    Anschrift: wie oben

Ich versichere, dass ich die Unter1agen se1bst beantragt habe.
28.O8.2025   Unterschrift: ~~unleser1ich~~

Hand5chriftlich am Rand: "Rückfr. bitte {T('0176 / 238 91 ' + ids.digits(2))}"
Eingangsstempe1: Wah1amt Arnsberg 29. AUG. 2025"""
    add("word", "ocr-wahlscheinantrag", text)


# ================================================================= 012 party proposes poll workers (POLITICS)
def doc_partei_beisitzer():
    chair = person(rng.choice(["de", "it", "tr"]), title_p=0.15)
    lines = []
    for i in range(6):
        p = person(title_p=0.03)
        wb = f"0{rng.randint(1, 9)}{rng.randint(1, 12):02d}"
        extra = rng.choice(["", "", " (erstmals dabei)", " – nur vormittags", " – gern mit " + "Auszählung"])
        lines.append(f"- {P(p['full'])}, Wunsch-WB {wb}, {T(mobile())}, {E(email(p))}{extra}")
    text = f"""Betreff: Benennung Beisitzerinnen und Beisitzer Kommunalwahl – FDP Ortsverband Neheim

Sehr geehrte Frau {P(ST_WH['last'])},

wie in der Besprechung mit den Parteien angekündigt, benennen wir für die Wahlvorstände folgende Mitglieder unseres Ortsverbandes:

{chr(10).join(lines)}

Alle Genannten sind Parteimitglieder und im Wahlgebiet wahlberechtigt; mit der Weitergabe der Kontaktdaten an das Wahlamt sind sie einverstanden. Sollten Sie mehr Leute für die Briefwahlvorstände brauchen, sagen Sie bitte Bescheid, wir hätten noch zwei Reservekräfte.

Mit freundlichen Grüßen
{P(chair['full'])}
{'Vorsitzende' if chair['g'] == 'f' else 'Vorsitzender'} FDP Ortsverband Neheim
{A(addr(ward_p=0)['street'])}, {A('59755 Arnsberg')}"""
    add("outlook", "partei-benennung-beisitzer", text, ["POLITICS"])


# ================================================================= 013 excerpt from the polling record
def doc_niederschrift():
    vs = [person(gender=gd, title_p=0.05) for gd in ["f", "m", "f", None, None, None, "m"]]
    repl = person("de", "m", title_p=0, double_p=0)
    voter = person("de", "m", title_p=0, double_p=0)
    va = addr(ward_p=0)
    voter2 = person(gender="f", title_p=0)
    text = f"""Wahlniederschrift – Auszug (Abschnitte 1, 2.4 und 3)
Europawahl am 9. Juni 2024 – Stadt Arnsberg – Wahlbezirk 0910 (Bruchhausen)

1. Wahlvorstand
Wahlvorsteherin:          {P(vs[0]['full'])}
Stellvertreter:           {P(vs[1]['full'])}
Schriftführerin:          {P(vs[2]['full'])}
Beisitzer/innen:          {P(vs[3]['full'])}; {P(vs[4]['full'])}; {P(vs[5]['full'])}

Für den nicht erschienenen Beisitzer {P(vs[6]['full'])} wurde um 7:40 Uhr der anwesende Wahlberechtigte {P(repl['name'])} zum Beisitzer berufen und auf seine Pflichten hingewiesen.

2.4 Besondere Vorfälle während der Wahlhandlung
11:20 Uhr – Der Wähler {P(voter['name'])}, {A(va['street'])}, fotografierte seinen gekennzeichneten Stimmzettel in der Wahlkabine und zeigte das Foto beim Verlassen der Kabine herum. Er wurde nach Beschluss des Wahlvorstandes zurückgewiesen; der Stimmzettel wurde vernichtet. Herr {P(voter['last'])} erklärte, er habe „nur für seine Schwester" ein Beweisfoto machen wollen.
15:05 Uhr – Die Wählerin {P(voter2['name'])} legte keine Wahlbenachrichtigung vor; Identität festgestellt anhand Reisepass {PASS(ids.passport())}, Eintrag im Wählerverzeichnis unter Nr. {AZ(str(rng.randint(10, 1400)))} gefunden. Keine Beanstandung.

3. Unterschriften
{P(vs[0]['name'])}   {P(vs[1]['name'])}   {P(vs[2]['name'])}"""
    add("word", "wahlniederschrift-auszug", text)


# ================================================================= 014 informal internal mail, cancellations (HEALTH, RELIGION)
def doc_intern_ausfall():
    a1 = person("de", "m", title_p=0, double_p=0)
    a2 = person(gender="f", title_p=0)
    r1, r2, r3 = person(title_p=0), person(title_p=0), person("de", "f", title_p=0)
    aus = person(gender="f", title_p=0, double_p=0)
    text = f"""Betreff: AW: Ausfälle WB 0602 / 0815 – Ersatz

moin {P(ST_WH['first'])},

kurzes update von mir bevor ich ins wochenende geh:

der {P(a1['last'])} aus der 0602 ist raus, bandscheibenvorfall, liegt seit gestern im klinikum. die {P(a2['name'])} hat sich auch abgemeldet, kind hat scharlach und sie will niemanden anstecken.

ersatz hab ich so weit:
- 0602 Beisitz: {P(r1['name'])}, {T(mobile())}, war bei der BTW schon dabei
- 0815 Schriftf.: {P(r2['name'])} ({T(direct_dial())}) – kommt aus der Kämmerei, kennt das Wahlprogramm
- Reserve: {P(r3['name'])}, kann aber erst ab 12 – ist neuapostolisch und sonntags vormittags im Gottesdienst, das hatte sie bei der Anmeldung schon angegeben

berufungsschreiben für {P(r1['first'])} und {P(r2['first'])} mach ich montag fertig, die reserve trag ich nur in die liste ein.

ps: die personalabteilung braucht für unsere neue aushilfe {P(aus['first'] + ' ' + aus['last'])} noch die steuer-id, die hat sie mir am telefon durchgegeben: {TID(ids.tax_id())} – schickst du das bitte rüber? die rv-nummer reicht sie nach.

lg {P(ST_BW['first'])}

--
{P(ST_BW['name'])}
Stadt Arnsberg | Wahlamt | {N(RATHAUS)}, {N(RATHAUS_PLZ)}
Tel. {T(ST_BW['tel'])} | {E(ST_BW['mail'])}"""
    add("outlook", "intern-ausfall-ersatz", text, ["HEALTH", "RELIGION"])


# ================================================================= 015 formal appointment letter
def doc_berufung():
    p = person("gr", "m", title_p=0, double_p=0)
    p["full"] = "Dipl.-Ing. " + p["name"]
    a = addr(ward_p=0.2)
    st = person(gender="m", title_p=0)
    kita = rng.choice(["Kita Sonnenblume", "Familienzentrum Regenbogen", "Kita Zwergenland"])
    text = f"""Stadt Arnsberg · Der Bürgermeister · Wahlamt · {N(RATHAUS)} · {N(RATHAUS_PLZ)}

Herrn
{P(p['full'])}
{A(a['street'])}
{A(a['city'])}

Unser Zeichen: {AZ('WA-KW25/' + ids.digits(4))}
Auskunft: {P(ST_WH['name'])}, Zimmer 214
Telefon: {T(ST_WH['tel'])}
E-Mail: {N(WH_MAILBOX)}
Datum: 22.07.2025

Berufung zum Wahlvorsteher für die Kommunalwahlen am 14. September 2025

Sehr geehrter Herr {P(p['last'])},

vielen Dank für Ihre Bereitschaft, erneut im Wahlvorstand mitzuwirken. Hiermit berufe ich Sie zum Wahlvorsteher für den Wahlbezirk 0407. Wahlraum ist der Mehrzweckraum der Einrichtung „{kita}", {N('Am Kattenberg 2')}, {N('59757 Arnsberg')}; der Wahlvorstand tritt am Wahltag um 7:30 Uhr zusammen.

Ihr Stellvertreter ist {P(st['full'])}, erreichbar unter {T(phone())}. Bitte stimmen Sie sich vorab über die Abholung der Wahlunterlagen am Freitag, 12.09.2025, ab.

Die Schulung für Wahlvorsteherinnen und Wahlvorsteher findet am 03.09.2025 um 18 Uhr im Ratssaal statt. Das Erfrischungsgeld beträgt 60,00 EUR. Ihre Bankverbindung teilen Sie uns bitte mit dem beiliegenden Vordruck mit; Kontodaten aus früheren Wahlen haben wir aus Datenschutzgründen gelöscht.

Die Tätigkeit ist ein Ehrenamt; die Berufung kann nur aus wichtigem Grund abgelehnt werden.

Mit freundlichen Grüßen
Im Auftrag

{P(ST_HEAD['full'])}
Leiterin des Wahlamtes"""
    add("word", "berufung-wahlvorsteher", text)


# ================================================================= 016 EU citizen wants to vote in Germany
def doc_unionsbuerger():
    g = person("it", "m", title_p=0, double_p=0)
    wife = person("pt", "f", title_p=0, double_p=0)
    wife_name = wife["first"] + " " + wife["last"] + " " + g["last"]
    a = addr(ward_p=0)
    it_street = rng.choice(["Via Foria", "Via Toledo", "Corso Garibaldi"]) + f" {rng.randint(5, 200)}"
    text = f"""Betreff: Europawahl – ich will in Deutschland wählen, nicht in Italien

Guten Tag,

ich bin italienischer Staatsbürger und wohne seit 2017 in Neheim. Bei der letzten Europawahl habe ich im Konsulat in Dortmund für Italien gewählt, dieses Mal möchte ich die deutschen Abgeordneten wählen. Ein Kollege sagt, ich muss dafür einen Antrag stellen, sonst bin ich nicht im Wählerverzeichnis. Stimmt das, und bis wann?

Meine Daten:
{P(g['name'])}
geboren am {DOB(fdate(birth(1970, 1992), 3))} in Napoli
{A(a['street'])}, {A(a['city'])}
letzte Adresse in Italien: {A(it_street)}, {A('80137 Napoli')}

Meine Frau {P(wife_name)} ist Portugiesin und möchte auch in Deutschland wählen. Geht das mit einem gemeinsamen Formular oder braucht jeder ein eigenes? Ihr Geburtsdatum ist der {DOB(fdate(birth(1972, 1994), 0))}.

Bitte entschuldigen Sie mein Deutsch.

Cordiali saluti / Viele Grüße
{P(g['name'])}
{T(mobile())}
{E(email(g))}"""
    add("outlook", "unionsbuerger-eintragung", text)


# ================================================================= 017 German abroad: application form with passport
def doc_auslandsdeutsche():
    p = person("de", "f", title_p=0.3, double_p=0)
    birth_name = rng.choice(SUR["de"])
    b = birth(1975, 1994)
    a = addr(ward_p=0)
    ca_street = f"{rng.randint(100, 2400)} {rng.choice(['Bathurst Street', 'Dundas Street West', 'Queen Street East'])}, Apt. {rng.randint(2, 40)}"
    ca_city = f"Toronto, ON M{rng.randint(4, 6)}{rng.choice('RJKV')} {rng.randint(1, 9)}{rng.choice('HJKL')}{rng.randint(1, 9)}"
    clerk = person(title_p=0)
    text = f"""Antrag auf Eintragung in das Wählerverzeichnis
(für Deutsche mit Wohnsitz im Ausland) – Europawahl 2024
– Eingang per E-Mail am 14.04.2024 –

1. Familienname: {P(p['last'])}
2. Vornamen: {P(p['first'])}          Doktorgrad: {'Dr.' if p['title'].startswith(('Dr', 'Prof')) else '–'}
3. Geburtsname: {P(birth_name)}
4. Tag der Geburt: {DOB(fdate(b, 0))}     Geburtsort: Arnsberg
5. Anschrift im Ausland: {A(ca_street)}
                         {A(ca_city)}, Kanada
6. Letzte Wohnung in Deutschland: {A(a['street'])}, {A(a['city'])}
   Fortzug am: 30.09.2011
7. Ausweisdokument: Reisepass Nr. {PASS(ids.passport(check_digit=rng.random() < 0.5))}, ausgestellt durch Generalkonsulat Toronto
8. Erreichbarkeit: {T('+1 416 ' + ids.digits(3, True) + ' ' + ids.digits(4))} / {E(email(p))}
9. Die Briefwahlunterlagen sollen [x] per Luftpost an die Auslandsanschrift [ ] an eine Anschrift in Deutschland gesandt werden.

Versicherung an Eides statt liegt unterschrieben vor.

– Bearbeitungsvermerk Wahlamt –
Wahlberechtigung geprüft (25-Jahres-Frist eingehalten). Eingetragen in WB 0201 unter Nr. {AZ(str(rng.randint(1500, 1900)))}.
Wahlschein Nr. {AZ('0201-' + ids.digits(4))} am 02.05.2024 per Luftpost versandt. – {P(clerk['first'][0] + '. ' + clerk['last'])}"""
    add("word", "antrag-auslandsdeutsche", text)


# ================================================================= 018 teenager wants to be a poll worker (sloppy)
def doc_anmeldung_sloppy():
    p = person(rng.choice(["de", "tr", "ar", "vn"]), "f", title_p=0, double_p=0)
    fr = person(gender="f", title_p=0, double_p=0)
    teacher = rng.choice(SUR["de"]).lower()
    a = addr(abbrev_p=0.6, ward_p=0)
    text = f"""Betreff: wahlhelfer

hi

ich bin 17 und würd gern bei der europawahl als wahlhelferin mitmachen geht das überhaupt wenn man noch nich 18 ist?? meine lehrerin frau {P(teacher)} meinte man darf jetzt ab 16 wählen dann darf man doch bestimmt auch helfen oder und man kriegt da sogar geld für lol

name {P(p['first'].lower() + ' ' + p['last'].lower())}
geb {DOB(fdate(birth(2006, 2007), 1))}
adresse {A(a['street'].lower())} {A(a['city'])}
handy {T(mobile().replace(' ', ''))}
mail {E(email(p, 'icloud.com'))}

meine freundin {P(fr['first'].lower())} würde auch mitmachen die is schon 18 ihre nummer is {T(mobile())}
wir würden am liebsten zusammen in bachum wo die grundschule is

danke!!
{P(p['first'].lower())}

Von meinem iPhone gesendet"""
    add("outlook", "anmeldung-wahlhelferin", text)


# ================================================================= 019 table of polling boards (pipe table)
def doc_tabelle_vorstaende():
    rooms = [("Pfarrheim St. Petri", "Marktstraße 9"), ("Grundschule Hüsten", "Schulstraße 12"),
             ("Feuerwehrgerätehaus", "Am Brühl 3"), ("Bürgerhalle", "Heinrich-Knoche-Platz 1"),
             ("Sporthalle Große Wiese", "Große Wiese 20"), ("Jugendzentrum", "Kirchplatz 4"),
             ("Seniorenbegegnungsstätte", "Ostwall 31")]
    rows = []
    for i, (room, street) in enumerate(rooms):
        a, b = person(title_p=0.05), person(title_p=0.03)
        rows.append(f"| 05{i + 1:02d} | {room}, {N(street)} | {P(a['full'])} | {T(mobile())} | {P(b['full'])} | "
                    f"{T(phone())} |")
    hm = person("de", "m", title_p=0, double_p=0)
    text = f"""Übersicht Wahlvorstände Stadtteil Hüsten – Kommunalwahl 14.09.2025 (Stand 25.08.2025)
Nur für den internen Gebrauch – Telefonnummern nicht an Dritte weitergeben!

| WB | Wahlraum | Wahlvorsteher/in | Mobil | Stellvertretung | Telefon |
|----|----------|------------------|-------|-----------------|---------|
{chr(10).join(rows)}

Schlüssel für alle Wahlräume in Hüsten: Hausmeister {P(hm['name'])}, {T(mobile())} (ab Samstag 16 Uhr erreichbar).
Bereitschaft Wahlamt am Wahltag: {N(ZENTRALE)} (Zentrale leitet weiter)."""
    add("word", "tabelle-wahlvorstaende", text)


# ================================================================= 020 candidate asks to hide address (SEX. ORIENT., POLITICS)
def doc_kandidat_drohungen():
    c = person(rng.choice(["de", "nl", "gr"]), "m", title_p=0.2, double_p=0)
    husband = person(rng.choice(["de", "pt", "pl"]), "m", title_p=0, double_p=0)
    a = addr(ward_p=0)
    vp = person(title_p=0)
    text = f"""Betreff: Dringend: Veröffentlichung meiner Wohnanschrift in der Bekanntmachung der Wahlvorschläge

Sehr geehrte Frau {P(ST_HEAD['tlast'])},

ich kandidiere für die SPD im Wahlbezirk 14 für den Rat. Seit die zugelassenen Wahlvorschläge mit meiner vollständigen Anschrift ({A(a['street'])}, {A(a['city'])}) im Amtsblatt und online stehen, haben mein Mann {P(husband['name'])} und ich drei anonyme Briefe im Briefkasten gefunden – homophobe Beleidigungen, einer mit der Drohung, man wisse ja jetzt, „wo die beiden wohnen". Die Polizei hat eine Anzeige aufgenommen (Vorgang liegt mir vor).

Ich bitte Sie deshalb,
1. in der Online-Fassung der Bekanntmachung statt der Anschrift nur den Ortsteil anzugeben (so wie es die Wahlordnung bei einer Auskunftssperre vorsieht),
2. mir mitzuteilen, wie ich für uns beide eine Auskunftssperre im Melderegister beantragen kann.

Unsere Vertrauensperson, {P(vp['full'])}, ist informiert und unterstützt den Antrag.

Mit freundlichen Grüßen
{P(c['full'])}
{T(mobile())}"""
    add("outlook", "kandidat-auskunftssperre", text, ["POLITICS", "SEXUAL_ORIENTATION"])


# ================================================================= 021 caterer's invoice, sole trader (VAT, tax no.)
def doc_rechnung():
    owner = person("hr", "f", title_p=0, double_p=0)
    owner["first"], owner["last"] = "Snježana", "Đorđević"
    slug = "djordjevic"
    a = {"street": f"Industriestraße {rng.randint(3, 60)}", "city": "59759 Arnsberg"}
    n = rng.randint(70, 95)
    pos1 = f"{n * 7.5:.2f}".replace(".", ",")
    netto = f"{n * 7.5 + 45:.2f}".replace(".", ",")
    text = f"""Partyservice & Imbiss {P('Đorđević')} · Inh. {P(owner['first'] + ' ' + owner['last'])} · {A(a['street'])} · {A(a['city'])}
Tel. {T(landline())} · {E('snjezana@partyservice-' + slug + '.de')}

Stadt Arnsberg
Wahlamt
{N(RATHAUS)}
{N(RATHAUS_PLZ)}

Rechnung Nr. {N('2025-0917')}                                 Datum: 16.09.2025
Ihre Bestellung vom 02.09.2025, Ansprechpartnerin: Frau {P(ST_WH['last'])}

Pos. 1  {n} Lunchpakete Auszählzentrum Sporthalle Große Wiese, 14.09.2025   à 7,50 EUR   {pos1} EUR
Pos. 2  Kaffee/Tee-Service, 6 Thermoskannen, pauschal                                45,00 EUR
Pos. 3  Anlieferung                                                                    0,00 EUR

Nettobetrag {netto} EUR, zzgl. 7 % / 19 % USt. gemäß Aufstellung – Gesamtbetrag siehe Anlage.
Zahlbar innerhalb von 14 Tagen ohne Abzug.

Steuernummer: {TNR(ids.tax_number_nrw())}  ·  USt-IdNr.: {VAT(ids.vat_id())}
Bankverbindung: Sparkasse Arnsberg-Sundern · IBAN {IB(iban_de(True))} · Kontoinhaberin {P(owner['first'][0] + '. ' + owner['last'])}"""
    add("word", "rechnung-verpflegung", text)


# ================================================================= 022 son collects postal vote for mother (HEALTH)
def doc_vollmacht():
    mum = person(rng.choice(["ru", "de", "pl"]), "f", title_p=0, double_p=0)
    son = person(mum["origin"], "m", title_p=0, double_p=0)
    son_last = mum["last"]
    if son_last.endswith("owa"):
        son_last = son_last[:-1]
    elif son_last.endswith("ska"):
        son_last = son_last[:-1] + "i"
    son_name = son["first"] + " " + son_last
    a = addr(ward_p=0)
    sa = addr(ward_p=0)
    text = f"""Betreff: Abholung Briefwahlunterlagen für meine Mutter – Vollmacht

Hallo,

meine Mutter {P(mum['name'])} (geb. {DOB(fdate(birth(1938, 1950), 0))}) liegt nach einer Hüft-OP im Krankenhaus und kommt anschließend direkt in die Reha nach Bad Sassendorf. Sie möchte aber unbedingt wählen. Ich würde morgen früh die Briefwahlunterlagen für sie im Rathaus abholen und ihr mitbringen.

Die Vollmacht hat sie unterschrieben (Rückseite der Wahlbenachrichtigung, Nr. {AZ(str(rng.randint(40, 1600)))} im Wählerverzeichnis). Ihr Personalausweis hat die Nummer {IDC(ids.id_card(check_digit=rng.random() < 0.5))}, meiner {IDC(ids.id_card())} – den bringe ich natürlich mit.

Ihre Meldeadresse: {A(a['street'])}, {A(a['city'])}
Meine Adresse: {A(sa['street'])}, {A(sa['city'])}

Muss ich sonst noch etwas beachten? Ich habe gelesen, dass man höchstens für vier Personen abholen darf – das ist bei mir ja nur eine.

Viele Grüße
{P(son_name)}
{T(mobile())}"""
    add("outlook", "vollmacht-briefwahl", text, ["HEALTH"])


# ================================================================= 023 complaint about election posters (POLITICS)
def doc_plakat():
    c = person("de", "m", title_p=0.1, double_p=0)
    mayor = person("de", "m", title_p=0, double_p=0)
    team = person("de", "m", title_p=0, double_p=0)
    a = addr(ward_p=0)
    text = f"""Betreff: Wahlplakate an der Einmündung Möhnestraße – Sichtbehinderung!!!

Sehr geehrter Herr Bürgermeister {P(mayor['last'])},

seit Samstag hängen an der Einmündung Möhnestraße/Ruhrstraße zwölf Wahlplakate auf Hüfthöhe an den Laternen. Wer aus der Möhnestraße kommt, sieht den Radweg überhaupt nicht mehr. Heute Morgen wäre fast ein Schulkind angefahren worden.

Ich bin selbst seit über 30 Jahren Mitglied der CDU und habe nichts gegen Wahlwerbung – aber das geht zu weit, und zwar bei allen Parteien. Einer der Plakatierer, ein Herr {P(team['last'])} vom Ortsverband, hat mir auf meine Nachfrage nur gesagt, das sei „alles genehmigt". Der Transporter, aus dem plakatiert wurde (Kennzeichen {KFZ(plate())}), stand übrigens eine Stunde lang auf dem Gehweg.

Ich erwarte, dass das Ordnungsamt die Plakate heute noch versetzen lässt. Rückruf gern unter {T(landline())}.

Mit freundlichen Grüßen
{P(c['full'])}
{A(a['street'])}, {A(a['city'])}"""
    add("outlook", "beschwerde-wahlplakate", text, ["POLITICS"])


# ================================================================= 024 parking permits list, tab separated (HEALTH)
def doc_parken():
    lines = ["Auszählzentrum Sporthalle Große Wiese – Parkberechtigungen Wahlabend 14.09.2025",
             "Ausgabe an der Einfahrt Große Wiese, Ordner: Bauhof",
             "",
             "Name\tVorname\tKennzeichen\tWB\tBemerkung"]
    for i in range(10):
        p = person(title_p=0.04)
        rem = rng.choice(["", "", "", "E-Auto, Ladesäule", "Anhänger (Wahlurnen)", "bringt Kabinen aus 0310"])
        if i == 4:
            rem = "Schwerbehindertenparkplatz – Merkzeichen G, Ausweis liegt vor"
        name = P(p["tlast"])
        lines.append(f"{name}\t{P(p['first'])}\t{KFZ(plate())}\t0{rng.randint(1, 9)}{rng.randint(1, 12):02d}\t{rem}")
    lines += ["", f"Rückfragen: {P(ST_WH['name'])}, {T(ST_WH['tel'])}"]
    add("word", "liste-parkberechtigungen", "\n".join(lines), ["HEALTH"])


# ================================================================= 025 forwarded chain: allowance not received
def doc_fwd_erfrischungsgeld():
    k = person("de", title_p=0, double_p=0)
    k["mail"] = staff_email(k)
    bz = person(gender="f", title_p=0)
    coll = person(gender="f", title_p=0)
    kz = f"5.2024.{ids.digits(6)}"
    text = f"""Betreff: WG: AW: Erfrischungsgeld nicht erhalten

{P(ST_WH['first'])}, kannst du das bitte mit der Kasse klären? In unserem Erfassungsbogen stand die IBAN mit Zahlendreher, die richtige steht ganz unten in ihrer Mail. Ich habe den Bogen schon korrigiert.
Danke, {P(ST_BW['first'])}

________________________________
Von: {P(k['name'])} <{E(k['mail'])}>
Gesendet: Montag, 24. Juni 2024 09:41
An: {P(ST_BW['name'])} <{E(ST_BW['mail'])}>
Betreff: AW: Erfrischungsgeld nicht erhalten

Hallo,
die Zahlung unter Kassenzeichen {AZ(kz)} kam am 19.06. zurück (Rückgabegrund AC01 – IBAN fehlerhaft). Sobald ihr mir die korrigierten Daten schickt, zahle ich im nächsten Lauf aus.
Gruß {P(k['first'])}

________________________________
Von: {P(bz['name'])} <{E(email(bz))}>
Gesendet: Samstag, 22. Juni 2024 18:02
An: {N(MAILBOX)}
Betreff: Erfrischungsgeld nicht erhalten

Hallo,

ich war am 9. Juni Beisitzerin im Wahlbezirk 0118 (Hüsten) und habe bis heute kein Erfrischungsgeld bekommen. Meine Kollegin {P(coll['first'])} aus demselben Wahlvorstand hat ihres schon seit einer Woche.
Meine Bankverbindung noch einmal zur Sicherheit: {IB(iban_de())}, Kontoinhaberin {P(bz['name'])}.

Liebe Grüße
{P(bz['first'])}"""
    add("outlook", "weiterleitung-erfrischungsgeld", text)


# ================================================================= 026 union group offers poll workers (UNION)
def doc_verdi():
    s = person(gender="f", title_p=0)
    lines = []
    for i in range(5):
        p = person(title_p=0)
        if rng.random() < 0.5:
            lines.append(f"{P(p['last'])}, {P(p['first'])} – {T(mobile())} – {E(email(p))}")
        else:
            lines.append(f"{P(p['name'])} – {E(email(p))}")
    text = f"""Betreff: Wahlhelfer/innen aus der ver.di-Betriebsgruppe Stadtwerke

Liebe Kolleginnen und Kollegen im Wahlamt,

wir haben in der letzten Mitgliederversammlung unserer ver.di-Betriebsgruppe bei den Stadtwerken gefragt, wer bei der Kommunalwahl als Wahlhelfer/in einspringen kann. Folgende Kolleginnen und Kollegen – alle ver.di-Mitglieder – haben sich gemeldet und sind mit der Weitergabe ihrer Daten einverstanden:

{chr(10).join(lines)}

Die Freistellung für die Schulung klären wir mit der Geschäftsführung. Bitte meldet euch direkt bei den Leuten oder bei mir.

Solidarische Grüße
{P(s['name'])}
Vertrauensfrau ver.di, Betriebsgruppe Stadtwerke Arnsberg
{T(mobile())}"""
    add("outlook", "gewerkschaft-wahlhelfer", text, ["UNION"])


# ================================================================= 027 discrimination complaint (ETHNICITY, RELIGION)
def doc_diskriminierung():
    w = person("ku", "f", title_p=0, double_p=0)
    bs = person("de", "m", title_p=0, double_p=0)
    a = addr(ward_p=0)
    text = f"""Betreff: Beschwerde über einen Beisitzer im Wahlbezirk 0203

Sehr geehrte Damen und Herren,

ich bin in Diyarbakır geboren, Kurdin und seit 2009 deutsche Staatsbürgerin. Am Sonntag wollte ich im Wahlbezirk 0203 wählen. Ich hatte meine Wahlbenachrichtigung dabei. Ein älterer Beisitzer hat mich wegen meines Kopftuchs angesprochen und laut gefragt, ob ich „überhaupt Deutsche" sei und ob ich „als Muslimin" wisse, wie man das Kreuz macht. Erst nachdem ich meinen Personalausweis ({IDC(ids.id_card(check_digit=True))}) gezeigt habe, durfte ich wählen. Die Wahlvorsteherin hat nichts gesagt.

Eine andere Wählerin, {P(rng.choice(FEM['de']) + ' ' + rng.choice(SUR['de']))}, hat das mitbekommen und kann es bestätigen. Der Beisitzer hatte ein Namensschild, darauf stand „{P(bs['first'][0] + '. ' + bs['last'])}".

Ich möchte, dass dieser Mann bei der nächsten Wahl nicht mehr eingesetzt wird, und bitte um eine Antwort.

{P(w['name'])}
{A(a['street'])}
{A(a['city'])}
{E(email(w))}"""
    add("outlook", "beschwerde-diskriminierung", text, ["ETHNICITY", "RELIGION"])


# ================================================================= 028 statement on an election objection (POLITICS)
def doc_wahleinspruch():
    o = person("de", "m", title_p=0.1, double_p=0)
    oa = addr(ward_p=0)
    law = person(rng.choice(["de", "tr", "gr"]), "f", title_p=0, double_p=0)
    law_a = {"street": f"Königstraße {rng.randint(2, 40)}", "city": "59821 Arnsberg"}
    w1, w2, wv = person(title_p=0), person(title_p=0), person(gender="f", title_p=0)
    text = f"""Stadt Arnsberg – Der Wahlleiter
An den Wahlprüfungsausschuss des Rates

Stellungnahme zum Wahleinspruch gegen die Gültigkeit der Wahl im Wahlbezirk 17 (Oeventrop-Süd)
Az.: {AZ('30.12-WP-' + ids.digits(2, True) + '/25')}

Einspruchsführer: {P(o['full'])}, {A(oa['street'])}, {A(oa['city'])}
Verfahrensbevollmächtigte: Rechtsanwältin {P(law['name'])}, Kanzlei {P(law['last'])} & Partner, {A(law_a['street'])}, {A(law_a['city'])}

1. Sachverhalt
Der Einspruchsführer kandidierte für die Wählergruppe „Bürgerliste Oeventrop" und unterlag im Wahlbezirk 17 mit drei Stimmen Abstand. Er trägt vor, im Stimmbezirk 1703 seien bei der Auszählung zwölf Stimmzettel zunächst als ungültig, später als gültig für den Bewerber der CDU gewertet worden. Als Zeugen benennt er die Wähler {P(w1['name'])} und {P(w2['name'])}, die die öffentliche Auszählung beobachtet haben.

2. Ermittlungen
Die Wahlvorsteherin des Stimmbezirks 1703, {P(wv['full'])}, hat schriftlich erklärt, die zwölf Stimmzettel seien nach Beschlussfassung des Wahlvorstandes (Anlage zur Niederschrift) als gültig gewertet worden, da das Kreuz zwar über den Kreis hinausreiche, der Wählerwille aber eindeutig sei. Frau {P(wv['last'])} legte die Stimmzettel in versiegeltem Umschlag vor.

3. Rechtliche Würdigung
Ein Wahlfehler liegt nicht vor. Nach ständiger Rechtsprechung ist allein der erkennbare Wählerwille maßgeblich (vgl. {N('BVerwG, Urteil vom 08.08.2018 – 8 C 12.17')}; {N('OVG NRW, Beschluss 15 A 2163/19')}). Die Angaben der Zeugen {P(w1['last'])} und {P(w2['last'])} stehen dem nicht entgegen.

Ich empfehle, den Einspruch als unbegründet zurückzuweisen.

Im Auftrag
{P(ST_HEAD['full'])}"""
    add("word", "stellungnahme-wahleinspruch", text, ["POLITICS"])


# ================================================================= 029 personnel sheet for temp staff (RELIGION via church tax)
def doc_personalbogen():
    p = person(rng.choice(["de", "pl", "it", "hr"]), "f", title_p=0, double_p=0)
    birth_name = rng.choice([s if isinstance(s, str) else s[1] for s in SUR[rng.choice(["de", "pl", "hr"])]])
    b = birth(1985, 2004)
    a = addr(ward_p=0)
    mum = rng.choice(FEM["de"] + FEM["pl"]) + " " + birth_name
    hr_clerk = person(title_p=0)
    text = f"""Personalfragebogen – befristete Aushilfe Briefwahlstelle
Beschäftigungszeitraum: 01.08.2025 – 19.09.2025 (kurzfristige Beschäftigung)

Name, Vorname:               {P(p['last'] + ', ' + p['first'])}
Geburtsname:                 {P(birth_name)}
Geburtsdatum:                {DOB(fdate(b, 0))}
Anschrift:                   {A(a['street'])}, {A(a['city'])}
Telefon / E-Mail:            {T(mobile())} / {E(email(p))}

Steuer-Identifikationsnummer: {TID(tax_id_fmt())}
Steuerklasse:                I
Religionszugehörigkeit (KiSt): rk
Rentenversicherungsnummer:   {SSN(ssn(b, translit(birth_name)[0].upper()))}
Krankenkasse:                AOK NordWest
Krankenversichertennummer:   {KV(ids.health_insurance())}
Weitere Beschäftigungen:     Studentin (Immatrikulationsbescheinigung liegt vor)

Bankverbindung: IBAN {IB(iban_de())}
Kontoinhaber/in (falls abweichend): {P(mum)} (Mutter)

Eingang Personalabteilung: 28.07.2025 – erfasst: {P(hr_clerk['first'][0] + '. ' + hr_clerk['last'])}"""
    add("word", "personalfragebogen-aushilfe", text, ["RELIGION"])


# ================================================================= 030 party asks for group register data, pays by card (POLITICS)
def doc_gruppenauskunft():
    g = person(gender="f", title_p=0, double_p=0.15)
    text = f"""Betreff: Antrag Gruppenauskunft nach § 50 Abs. 1 BMG – Erstwählerinnen und Erstwähler

Sehr geehrte Damen und Herren,

für den Kreisverband Hochsauerland der Partei Volt beantrage ich eine Gruppenauskunft aus dem Melderegister über die Wahlberechtigten der Stadt Arnsberg, die bei der Kommunalwahl am 14.09.2025 erstmals wählen dürfen (Geburtsjahrgänge 2007–2009), jeweils mit Vor- und Familiennamen, Doktorgrad und Anschrift.

Wir versichern, die Daten ausschließlich für die Wahlwerbung zur Kommunalwahl zu nutzen und spätestens einen Monat nach der Wahl zu löschen.

Die Verwaltungsgebühr begleichen wir bitte per Kreditkarte:
Visa {CC(group(ids.credit_card('4', 16), 4))}, gültig bis 08/27
Karteninhaberin: {P(g['name'])} (Kreisgeschäftsführerin)

Für Rückfragen: {T(mobile())} oder {E(email(g, 'volteuropa.org'))}

Mit freundlichen Grüßen
{P(g['name'])}
Volt Deutschland – Kreisverband Hochsauerland"""
    add("outlook", "gruppenauskunft-partei", text, ["POLITICS"])


for fn in [doc_wahlhelfer_export, doc_briefwahl_mallorca, doc_wahlschein_verlust, doc_erfrischungsgeld_bank,
           doc_sammelueberweisung, doc_beschwerde_barriere, doc_unterstuetzer, doc_zustimmung, doc_wvz_einspruch,
           doc_fwd_pflegeheim, doc_ocr_antrag, doc_partei_beisitzer, doc_niederschrift, doc_intern_ausfall,
           doc_berufung, doc_unionsbuerger, doc_auslandsdeutsche, doc_anmeldung_sloppy, doc_tabelle_vorstaende,
           doc_kandidat_drohungen, doc_rechnung, doc_vollmacht, doc_plakat, doc_parken, doc_fwd_erfrischungsgeld,
           doc_verdi, doc_diskriminierung, doc_wahleinspruch, doc_personalbogen, doc_gruppenauskunft]:
    fn()

assert len(docs) == 30
with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
    for d in docs:
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
print(f"wrote {len(docs)} documents, {sum(len(d['entities']) for d in docs)} entities to {OUT}")
