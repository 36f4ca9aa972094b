"""Blind test batch 145: a Hamburg district's parental allowance office (Elterngeldstelle, Bezirksamt Wandsbek).
Invented correspondence with inline marks; all randomness from Identifiers(14545).rng."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from identifiers import Identifiers, group, icao_check, luhn_check, mod11_10_check  # noqa: E402
from marks import build  # noqa: E402

ids = Identifiers(14545)
rng = ids.rng
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh145.jsonl")


# ---------------------------------------------------------------- marks
def mk(code, s):
    return f"[[{code}|{s}]]"


def P(s): return mk("P", s)
def A(s): return mk("A", s)
def E(s): return mk("E", s)
def T(s): return mk("T", s)
def N(s): return mk("N", s)
def IB(s): return mk("IBAN", s)
def TID(s): return mk("TID", s)
def TNR(s): return mk("TNR", s)
def VAT(s): return mk("VAT", s)
def IDC(s): return mk("IDC", s)
def PAS(s): return mk("PASS", s)
def SSN(s): return mk("SSN", s)
def KV(s): return mk("KV", s)
def DOB(s): return mk("DOB", s)
def KFZ(s): return mk("KFZ", s)
def AZ(s): return mk("AZ", s)
def CC(s): return mk("CC", s)


# ---------------------------------------------------------------- office data (public, neutral)
OFFICE = "Bezirksamt Wandsbek · Fachamt Sozialraummanagement · Elterngeldstelle"
OFFICE_STREET = "Am Alten Posthaus 2"
OFFICE_CITY = "22041 Hamburg"
OFFICE_PHONE = "040 42881-0"
OFFICE_FAX = "040 42790-4711"
OFFICE_MAIL = "elterngeld@wandsbek.hamburg.de"
SERVICE = "040 115"
KASSE_IBAN = "DE06 2005 0550 1234 5678 90"  # invented public account of the city's cash office

# ---------------------------------------------------------------- name pools
FIRST = {
    "de_f": ["Wiebke", "Maren", "Imke", "Frauke", "Nele", "Svenja", "Birte", "Telse", "Merle", "Insa", "Kerstin",
             "Friederike", "Johanna", "Lene", "Gesa", "Antje", "Hanna-Lena", "Marie-Luise"],
    "de_kid_f": ["Ida", "Frieda", "Mila", "Lotta", "Juna", "Smilla", "Greta", "Edda", "Thea"],
    "de_kid_m": ["Emil", "Mats", "Theo", "Paul", "Hannes", "Carl", "Jonte", "Piet", "Bo"],
    "de_m": ["Hauke", "Sönke", "Malte", "Ole", "Torben", "Jannik", "Henning", "Björn", "Nils", "Bent", "Kai-Uwe",
             "Jan-Hendrik", "Arne", "Fiete", "Knut", "Lasse", "Jörn"],
    "tr_f": ["Elif", "Merve", "Büşra", "Esra", "Derya", "Gülşen", "Sibel", "Nazlı", "Ebru", "Hatice", "Şeyma"],
    "tr_m": ["Emre", "Burak", "Murat", "Serkan", "Onur", "Kemal", "Cem", "Barış", "Oğuz", "Volkan", "Tolga"],
    "pl_f": ["Magdalena", "Agata", "Katarzyna", "Joanna", "Małgorzata"],
    "pl_m": ["Tomasz", "Paweł", "Grzegorz", "Łukasz", "Krzysztof"],
    "af_f": ["Farida", "Mahnaz", "Zahra", "Parwana", "Soraya"],
    "af_m": ["Omid", "Farhad", "Navid", "Jawad", "Sayed Ahmad"],
    "ar_f": ["Rania", "Lina", "Dalia", "Hiba", "Nour"],
    "ar_m": ["Yousef", "Karim", "Tarek", "Bilal", "Samer"],
    "gh_f": ["Abena", "Akosua", "Ngozi", "Adwoa", "Chiamaka"],
    "gh_m": ["Kwame", "Kofi", "Chidi", "Emeka", "Yaw"],
    "vn_f": ["Thi Lan", "Thu Trang", "Ngoc Anh", "Thi Hoa"],
    "vn_m": ["Van Minh", "Duc Anh", "Quang Huy"],
    "pt_f": ["Mariana", "Beatriz", "Luana", "Inês"],
    "pt_m": ["João", "Rafael", "Thiago", "Gonçalo"],
    "en_f": ["Charlotte", "Hannah", "Siobhan", "Emily", "Harriet"],
    "en_m": ["Oliver", "Callum", "James", "Rhys", "Matthew"],
    "in_f": ["Priya", "Ananya", "Deepika", "Kavitha"],
    "in_m": ["Rajesh", "Arjun", "Vikram", "Siddharth"],
    "ua_f": ["Olena", "Iryna", "Oksana", "Kateryna"],
    "ua_m": ["Dmytro", "Andrii", "Taras", "Serhii"],
    "ir_f": ["Shirin", "Maryam", "Nasrin", "Ladan"],
    "ir_m": ["Reza", "Behnam", "Kaveh", "Arash"],
    "ku_f": ["Zozan", "Berivan", "Nesrin", "Gulê"],
    "ku_m": ["Dilshad", "Hadi", "Khalil", "Qasim"],
}
LAST = {
    "de": ["Petersen", "Hansen", "Jessen", "Brodersen", "Thiessen", "Claußen", "Ehlers", "Lüders", "Behrens",
           "Wulff", "Kruse", "Rohwedder", "Timm", "Stüven", "Harms", "Möller", "Dohrmann", "Schlüter", "Bergmann",
           "Tiedemann", "Witt", "Hinrichs", "Oldenburg", "Quast", "Fock"],
    "tr": ["Yılmaz", "Demir", "Öztürk", "Aydın", "Çelik", "Şahin", "Kılıç", "Arslan", "Doğan", "Korkmaz",
           "Güneş", "Yıldız", "Koç", "Aktaş", "Özdemir"],
    "pl_f": ["Wiśniewska", "Kowalczyk", "Zielińska", "Lewandowska", "Dąbrowska"],
    "pl_m": ["Wiśniewski", "Kowalczyk", "Zieliński", "Lewandowski", "Dąbrowski"],
    "af": ["Ahmadi", "Rahimi", "Hosseini", "Karimi", "Sultani", "Noorzai"],
    "ar": ["Al-Khatib", "Haddad", "Nasser", "Abu Zaid", "El-Masri"],
    "gh": ["Mensah", "Owusu", "Boateng", "Adeyemi", "Okafor", "Asante"],
    "vn": ["Nguyen", "Tran", "Pham", "Le", "Vu"],
    "pt": ["da Silva", "dos Santos", "Ferreira", "Carvalho", "Azevedo"],
    "en": ["Hughes", "Bennett", "O'Sullivan", "Whitfield", "Pemberton"],
    "in": ["Raman", "Iyer", "Krishnan", "Venkatesh", "Nair"],
    "ua": ["Kovalenko", "Bondarenko", "Shevchuk", "Tkachenko", "Melnyk"],
    "ir": ["Moradi", "Rezaei", "Tehrani", "Jafari", "Sadeghi"],
    "ku": ["Murad", "Khalaf", "Hasso", "Barakat"],
    "nl": ["van der Meulen", "de Vries", "van den Berg", "Bakker"],
    "noble": ["von der Heyde", "von Bülow", "von Rantzau", "von Alvensleben"],
}


USED = []  # names drawn in the current document (a list, never a set: order must not matter)


def _fresh(pool):
    while True:
        v = rng.choice(pool)
        if v not in USED:
            USED.append(v)
            return v


def first(origin, g):
    return _fresh(FIRST[f"{origin}_{g}"])


def last(origin, g="f"):
    if origin == "pl":
        # the Polish pair -ska/-ski counts as one family name
        v = _fresh(LAST["pl_f" if g == "f" else "pl_m"])
        USED.append(LAST["pl_m" if g == "f" else "pl_f"][LAST["pl_f" if g == "f" else "pl_m"].index(v)])
        return v
    return _fresh(LAST[origin])


def kidname(origin, g=None):
    g = g or rng.choice(["f", "m"])
    if origin == "de":
        return _fresh(FIRST[f"de_kid_{g}"])
    return _fresh(FIRST[f"{origin}_{g}"])


def person(origin, g):
    return first(origin, g), last(origin, g)


TRANS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ı": "i",
                       "ş": "s", "ç": "c", "ğ": "g", "Ş": "S", "Ç": "C", "İ": "I", "ł": "l", "Ł": "L", "ś": "s",
                       "ą": "a", "ę": "e", "ń": "n", "ó": "o", "ż": "z", "ź": "z", "ã": "a", "ç": "c", "ê": "e",
                       "é": "e", "'": "", " ": "", "ô": "o", "ê": "e"})


def ascii_(s):
    return s.translate(TRANS).lower()


MAILHOSTS = ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com", "outlook.de", "icloud.com",
             "mailbox.org", "hotmail.com", "yahoo.de", "freenet.de", "gmx.net"]


def email(fn, ln, host=None):
    f, l_ = ascii_(fn.split()[0]), ascii_(ln).replace(" ", "")
    host = host or rng.choice(MAILHOSTS)
    style = rng.randint(0, 5)
    if style == 0:
        local = f"{f}.{l_}"
    elif style == 1:
        local = f"{f[0]}.{l_}"
    elif style == 2:
        local = f"{f}{l_}{rng.randint(80, 99)}"
    elif style == 3:
        local = f"{l_}.{f}"
    elif style == 4:
        local = f"{f}_{l_}"
    else:
        local = f"{f}.{l_[:4]}{rng.randint(1, 9)}"
    return f"{local}@{host}"


# ---------------------------------------------------------------- addresses
STREETS = [("Kattunbleiche", "22041"), ("Ahrensburger Straße", "22045"), ("Jenfelder Allee", "22043"),
           ("Tonndorfer Hauptstraße", "22045"), ("Rahlstedter Bahnhofstraße", "22143"),
           ("Bargteheider Straße", "22143"), ("Berner Heerweg", "22159"), ("Farmsener Landstraße", "22359"),
           ("Saseler Chaussee", "22391"), ("Bramfelder Chaussee", "22177"), ("Fabriciusstraße", "22177"),
           ("Steilshooper Allee", "22309"), ("Eulenkamp", "22049"), ("Holstenhofweg", "22043"),
           ("Dernauer Straße", "22047"), ("Walddörferstraße", "22047"), ("Lesserstraße", "22049"),
           ("Neusurenland", "22159"), ("Poppenbütteler Weg", "22399"), ("Rodigallee", "22043"),
           ("Tegelsbarg", "22399"), ("Bekassinenau", "22147"), ("Am Knill", "22147"), ("Ölmühlenweg", "22047"),
           ("Kedenburgstraße", "22041"), ("Von-Bargen-Straße", "22041"), ("Hinschenfelder Stieg", "22041"),
           ("Op de Wisch", "22395"), ("Hohenhorster Redder", "22147"), ("Stapelfelder Twiete", "22143"),
           ("Bei den Höfen", "22397"), ("Timmendorfer Kamp", "22149"), ("Oldenfelder Höhe", "22143"),
           ("Meiendorfer Weg", "22145"), ("Am Pulverhof", "22159"), ("Sieker Landstraße", "22143")]
USED_STREETS = []
DISTRICT = {"22041": "Wandsbek", "22045": "Tonndorf", "22043": "Jenfeld", "22143": "Rahlstedt", "22147": "Rahlstedt",
            "22149": "Rahlstedt", "22145": "Rahlstedt", "22177": "Bramfeld", "22159": "Farmsen-Berne",
            "22391": "Sasel", "22399": "Poppenbüttel", "22047": "Wandsbek", "22049": "Wandsbek"}


def housenr():
    n = rng.randint(1, 168)
    r = rng.random()
    if r < 0.18:
        return f"{n}{rng.choice('abc')}"
    if r < 0.24:
        return f"{n} {rng.choice('ab')}"
    if r < 0.30:
        return f"{n}-{n + 2}"
    return str(n)


def address(city_variant=True):
    """Returns (street_with_number, postcode_city)."""
    while True:
        st, pc = rng.choice(STREETS)
        if st not in USED_STREETS[-12:]:
            break
    USED_STREETS.append(st)
    city = "Hamburg"
    if city_variant and rng.random() < 0.2 and pc in DISTRICT:
        city = f"Hamburg-{DISTRICT[pc]}"
    return f"{st} {housenr()}", f"{pc} {city}"


def addr_marked(sep=", "):
    """Street and postcode/city of one drawn address, as two marked spans."""
    st, pc = address()
    return f"{A(st)}{sep}{A(pc)}"


# ---------------------------------------------------------------- phones
MOBILE = ["0151", "0152", "0157", "0159", "0160", "0162", "0170", "0171", "0172", "0174", "0175", "0176", "0177",
          "0178", "0179"]


def mobile(style=None):
    pre = rng.choice(MOBILE)
    rest = ids.digits(rng.choice([7, 8]), first_nonzero=True)
    style = rng.randint(0, 5) if style is None else style
    if style == 0:
        return f"{pre} {rest}"
    if style == 1:
        return f"{pre}/{rest}"
    if style == 2:
        return f"{pre}-{rest[:3]} {rest[3:]}"
    if style == 3:
        return f"+49 {pre[1:]} {rest}"
    if style == 4:
        return f"+49{pre[1:]}{rest}"
    return f"0049 {pre[1:]} {rest[:4]} {rest[4:]}"


def hh_phone(style=None):
    rest = ids.digits(8, first_nonzero=True)
    style = rng.randint(0, 4) if style is None else style
    if style == 0:
        return f"040 {rest[:4]} {rest[4:]}"
    if style == 1:
        return f"(040) {rest}"
    if style == 2:
        return f"+49 40 {rest}"
    if style == 3:
        return f"040/{rest[:2]} {rest[2:4]} {rest[4:6]} {rest[6:]}"
    return f"040-{rest}"


def staff_phone():
    return f"040 42881-{rng.randint(2100, 2499)}"


# ---------------------------------------------------------------- dates
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_TR = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
             "Aralık"]


def rdate(y0, y1):
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(y0, y1)


def fdate(d, style=None):
    dd, mm, yy = d
    style = rng.choice(["dmy", "dmy", "d.m.y", "dmy2", "long"]) if style is None else style
    if style == "dmy":
        return f"{dd:02d}.{mm:02d}.{yy}"
    if style == "d.m.y":
        return f"{dd}.{mm}.{yy}"
    if style == "dmy2":
        return f"{dd:02d}.{mm:02d}.{yy % 100:02d}"
    if style == "long":
        return f"{dd}. {MONTHS_DE[mm - 1]} {yy}"
    if style == "iso":
        return f"{yy}-{mm:02d}-{dd:02d}"
    if style == "en":
        return f"{dd} {MONTHS_EN[mm - 1]} {yy}"
    if style == "en_us":
        return f"{MONTHS_EN[mm - 1]} {dd}, {yy}"
    if style == "tr":
        return f"{dd} {MONTHS_TR[mm - 1]} {yy}"
    raise ValueError(style)


def child_dob():
    mm, yy = rng.choice([(m, 2024) for m in range(6, 13)] + [(m, 2025) for m in range(1, 6)])
    return rng.randint(1, 28), mm, yy


def parent_dob():
    return rdate(1981, 2000)


# ---------------------------------------------------------------- identifiers
def iban_de(style=None):
    v = ids.iban_de()
    style = rng.randint(0, 2) if style is None else style
    return group(v, 4) if style < 2 else v


def iban_mod97(country, bban):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def tax_id(style=None):
    v = ids.tax_id()
    style = rng.randint(0, 2) if style is None else style
    if style == 0:
        return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
    if style == 1:
        return v
    return f"{v[:3]} {v[3:6]} {v[6:9]} {v[9:]}"


def stnr_hh():
    return f"{rng.choice(['17', '22', '27', '41', '42', '43', '44', '45', '46', '47', '48', '49'])}/{ids.digits(3)}/{ids.digits(5)}"


def stnr_hh_federal():
    return "22" + rng.choice(["17", "22", "27", "41", "43", "46", "48"]) + "0" + ids.digits(3) + ids.digits(5)


def svnr(dob, surname, style=None):
    letter = ascii_(surname.replace("von ", "").replace("van ", "").replace("de ", "").replace("da ", ""))[0].upper()
    v = ids.social_security(f"{dob[0]:02d}{dob[1]:02d}{dob[2] % 100:02d}", letter)
    style = rng.randint(0, 1) if style is None else style
    return f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}" if style == 0 else v


def plate(district="HH"):
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.randint(1, 2)))
    num = str(rng.randint(1, 9999))
    sep = rng.choice(["-", " "])
    return f"{district}{sep}{letters} {num}"


def tc_kimlik():
    d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, d + [d10, d11]))


def cc(prefix, length):
    v = ids.credit_card(prefix, length)
    return v


def az_eg():
    return f"EG-W {rng.choice(['24', '25'])}/{ids.digits(5, True)}"


def kindergeldnr():
    return f"{ids.digits(3, True)}FK{ids.digits(6)}"


def money(lo, hi):
    v = rng.randint(lo * 100, hi * 100) / 100
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return s


DOCS = []


def doc(channel, template, flags=()):
    def deco(fn):
        DOCS.append((channel, template, fn, list(flags)))
        return fn
    return deco


# ================================================================ documents
@doc("outlook", "statusanfrage-formlos")
def d01():
    ff, fl = person("de", "m")
    mf = first("de", "f")
    kid = kidname("de", "f")
    az = az_eg()
    dob = child_dob()
    st, pc = address()
    tid = tax_id(1)
    eml = email(ff, fl, "web.de")
    return f"""Von: {P(ff + ' ' + fl)} <{E(eml)}>
An: {N(OFFICE_MAIL)}
Betreff: elterngeld noch nix passiert??

hallo zusammen

ich hab im april den antrag für unsere tochter {P(kid)} abgegeben (az {AZ(az)}) und bis jetzt kam gar nix, nichtmal ne eingangsbestätigung. die kleine ist am {DOB(fdate(dob, 'd.m.y'))} geboren, meine frau {P(mf)} ist seitdem zuhause und wir brauchen das geld echt dringend weil die miete ja weiterläuft

könnt ihr mal schauen ob was fehlt? die gehaltsbescheinigung von meinem chef hat {P(mf)} letzte woche selbst bei euch in den briefkasten am {N(OFFICE_STREET)} geworfen

meine steuer id stand glaub ich nicht drin, hier nochmal: {TID(tid)}

am besten erreichbar mobil {T(mobile(0))} (nach 16 uhr, vorher bin ich aufm bau)

gruß
{P(ff + ' ' + fl)}
{A(st)}
{A(pc)}"""


@doc("word", "bewilligungsbescheid")
def d02():
    mf, ml = person("tr", "f")
    vf, vl = person("de", "m")
    kid_f = first("tr", "m")
    dob = child_dob()
    st, pc = address()
    az = az_eg()
    ib = iban_de(0)
    sb_f, sb_l = person("de", "f")
    sb_mail = f"{ascii_(sb_f)}.{ascii_(sb_l)}@wandsbek.hamburg.de"
    amt = money(1100, 1800)
    return f"""{OFFICE}
{N(OFFICE_STREET)} · {N(OFFICE_CITY)}

Frau
{P(mf + ' ' + ml + '-' + vl)}
Herrn
{P(vf + ' ' + vl)}
{A(st)}
{A(pc)}

Geschäftszeichen: {AZ(az)}
Ansprechpartnerin: {P(sb_f + ' ' + sb_l)}
Telefon: {T(staff_phone())}
E-Mail: {E(sb_mail)}
Hamburg, den 14.07.2025

Bescheid über Elterngeld nach dem Bundeselterngeld- und Elternzeitgesetz (BEEG)
Kind: {P(kid_f + ' ' + vl)}, geboren am {DOB(fdate(dob, 'dmy'))}, Steuer-IdNr. des Kindes {TID(tax_id(0))}

Sehr geehrte Frau {P(ml + '-' + vl)},
sehr geehrter Herr {P(vl)},

auf Ihren Antrag vom 02.06.2025 bewillige ich Frau {P(ml + '-' + vl)} Basiselterngeld für den 1. bis 12. Lebensmonat des Kindes und Herrn {P(vl)} Basiselterngeld für den 13. und 14. Lebensmonat. Die Berechnung entnehmen Sie bitte der Anlage 1; maßgeblich ist nach § 2 Abs. 1 BEEG das Einkommen im Bemessungszeitraum. Die monatliche Leistung für die Mutter beträgt {amt} EUR.

Das Mutterschaftsgeld und der Arbeitgeberzuschuss werden nach § 3 Abs. 1 BEEG auf die ersten beiden Lebensmonate angerechnet.

Die Zahlung erfolgt jeweils zum Ende des Lebensmonats auf das von Ihnen angegebene Konto
IBAN {IB(ib)} (Kontoinhaberin: {P(mf + ' ' + ml + '-' + vl)}).

Bitte teilen Sie uns jede Änderung, insbesondere die Aufnahme einer Teilzeitbeschäftigung, unverzüglich mit (§ 60 SGB I).

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift beim {OFFICE.split(' · ')[0]}, {N(OFFICE_STREET + ', ' + OFFICE_CITY)}, einzulegen.

Mit freundlichen Grüßen
Im Auftrag

{P(sb_f + ' ' + sb_l)}

Zentrale: {N(OFFICE_PHONE)} · Fax {N(OFFICE_FAX)} · {N(OFFICE_MAIL)}"""


@doc("word", "arbeitgeberbescheinigung")
def d03():
    ef, el = person("pl", "f")
    dob = parent_dob()
    st, pc = address()
    pers = ids.digits(6, True)
    sv = svnr(dob, el, 0)
    tid = tax_id(0)
    hr_f, hr_l = person("de", "f")
    rows = []
    for i, mon in enumerate(["Mai 2024", "Juni 2024", "Juli 2024", "August 2024", "September 2024", "Oktober 2024",
                             "November 2024", "Dezember 2024", "Januar 2025", "Februar 2025", "März 2025",
                             "April 2025"]):
        brutto = money(3150, 3420)
        rows.append(f"{mon:<15}| {brutto:>10} EUR | {'ja' if i != 7 else 'ja (inkl. Weihnachtsgeld gesondert)'}")
    table = "\n".join(rows)
    return f"""Hanse Kontor Logistik GmbH · Personalabteilung · {N('Billstraße 118')} · {N('20539 Hamburg')}

Arbeitgeberbescheinigung zur Vorlage bei der Elterngeldstelle
(Nachweis des Arbeitsentgelts im Bemessungszeitraum, § 2c BEEG)

Name, Vorname der Arbeitnehmerin: {P(el + ', ' + ef)}
Geburtsdatum: {DOB(fdate(dob, 'dmy'))}
Anschrift: {A(st)}, {A(pc)}
Personalnummer: {AZ(pers)}
Rentenversicherungsnummer: {SSN(sv)}
Steuerliche Identifikationsnummer: {TID(tid)}
Beschäftigt seit: 01.03.2019, Vollzeit 38,5 Std./Woche
Beginn der Mutterschutzfrist: 17.04.2025

Monat          | Brutto lfd.    | sozialversicherungspflichtig
---------------+----------------+-----------------------------
{table}

Sonstige Bezüge (Weihnachtsgeld 12/2024) werden nach § 2c Abs. 1 Satz 2 BEEG nicht berücksichtigt und sind oben nicht enthalten.
Zuschuss zum Mutterschaftsgeld nach § 20 MuSchG vom 17.04.2025 bis 24.07.2025: kalendertäglich {money(58, 72)} EUR.

Wir bestätigen die Richtigkeit der Angaben.

Hamburg, 05.06.2025
i. A. {P(hr_f[0] + '. ' + hr_l)}, Entgeltabrechnung
Durchwahl {T('040 788' + ids.digits(3) + '-' + ids.digits(2))} · {E(ascii_(hr_f)[0] + '.' + ascii_(hr_l) + '@hansekontor-logistik.de')}"""


@doc("outlook", "english-expat-query")
def d04():
    ff, fl = person("en", "m")
    wf = first("de", "f")
    wl = last("de")
    kid = first("en", "f")
    dob = child_dob()
    st, pc = address()
    pas = ids.passport(check_digit=False)
    uk_pass = ids.digits(9, True)
    ccn = cc("4", 16)
    eml = email(ff, fl, "gmail.com")
    return f"""From: {P(ff + ' ' + fl)} <{E(eml)}>
Sent: Tuesday, 3 June 2025 22:41
To: {N(OFFICE_MAIL)}
Subject: Parental allowance - do I qualify working for a UK employer?

Dear Sir or Madam,

apologies for writing in English, my German is still at A2 level. My partner {P(wf + ' ' + wl)} and I had our daughter {P(kid + ' ' + wl + '-' + fl)} on {DOB(fdate(dob, 'en'))} at the Marienkrankenhaus. We live together at {A(st)}, {A(pc)} since last autumn.

I am a British citizen (passport no. {PAS(uk_pass)}) and work remotely for a software company based in Manchester; I pay income tax in Germany though. {P(wf)} is German and works at a school in Rahlstedt. We would like to split the months: {P(wf)} takes the first ten, I take months 11 to 14.

Two questions:
1. Is my UK salary counted for Elterngeld, and which payslips do you need?
2. The birth certificate for "Elterngeldzwecke" costs a fee at the registry office. Can I pay it by card? My Visa is {CC(group(ccn, 4))}, exp 09/27 - or is that not how it works here?

{P(wf)}'s German passport number is {PAS(pas)} in case you need to identify her.

Best regards,
{P(ff + ' ' + fl)}
mobile {T('+44 7' + ids.digits(3) + ' ' + ids.digits(6))} / German {T(mobile(3))}"""


@doc("outlook", "tuerkische-anfrage")
def d05():
    mf, ml = person("tr", "f")
    hf = first("tr", "m")
    kid = first("tr", "f")
    dob = child_dob()
    st, pc = address()
    tr_iban = ids.iban("TR", 22)
    phone = mobile(1)
    eml = email(mf, ml, "hotmail.com")
    gm_f = first("tr", "f")
    return f"""Betreff: Elterngeld başvurusu – hesap numarası sorusu

Merhaba,

ben {P(mf + ' ' + ml)}, kızım {P(kid)} {DOB(fdate(dob, 'tr'))} tarihinde Hamburg'da doğdu. Eşim {P(hf + ' ' + ml)} ile birlikte {A(st)}, {A(pc)} adresinde oturuyoruz. Geçen hafta Elterngeld başvurusunu posta ile gönderdim.

Formda Almanya'daki hesabımız yerine annemin ({P(gm_f + ' ' + ml)}, {A('Moda Cad. No: ' + str(rng.randint(3, 140)) + ' D: ' + str(rng.randint(1, 12)))}, {A('34710 Kadıköy/İstanbul')}) Türkiye'deki hesabını yazdım: {IB(group(tr_iban, 4))}. Şimdi bir arkadaş bu hesabın kabul edilmediğini söyledi. Doğru mu? Eğer öyleyse, Alman hesabımızı göndereyim mi?

Almanca yazmakta zorlanıyorum, bu yüzden Türkçe yazıyorum. Mümkünse bana Türkçe veya basit Almanca ile cevap verin. Telefon: {T(phone)} (öğleden sonra).

Teşekkürler,
{P(mf + ' ' + ml)}
{E(eml)}"""


@doc("word", "entgeltabrechnung", ["RELIGION", "UNION"])
def d06():
    ff, fl = person("de", "m")
    dob = parent_dob()
    st, pc = address(False)
    sv = svnr(dob, fl, 1)
    tid = tax_id(1)
    ib = iban_de(2)
    kfz = plate("HH")
    pn = ids.digits(5, True)
    lb_f, lb_l = first("de", "f"), last("de")
    c = {k: rng.randint(lo, hi) for k, lo, hi in [("geh", 390000, 430000), ("sz", 18000, 26000),
                                                   ("gwv", 29000, 42000), ("lst", 48000, 56000),
                                                   ("kv", 32000, 36000), ("rv", 39000, 42000), ("av", 5500, 6500),
                                                   ("pv", 7000, 9000), ("ver", 3800, 4600)]}
    c["brutto"] = c["geh"] + c["sz"] + c["gwv"]
    c["kist"] = round(c["lst"] * 0.09)
    c["netto"] = c["brutto"] - sum(c[k] for k in ("lst", "kist", "kv", "rv", "av", "pv"))
    c["aus"] = c["netto"] - c["ver"] - c["gwv"]
    m = {k: f"{v / 100:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") for k, v in c.items()}
    return f"""ELBHAFEN TERMINAL SERVICES GMBH                    Abrechnung der Brutto/Netto-Bezüge
{N('Am Ballinkai 1')} · {N('21129 Hamburg')}                                Abrechnungsmonat: März 2025

Herrn
{P(ff + ' ' + fl)}
{A(st)}
{A(pc)}

Pers.-Nr. {AZ(pn)}   Geb.-Datum {DOB(fdate(dob, 'dmy'))}   Eintritt 01.08.2016   StKl 3   Kinderfreib. 0,5   Konf. rk
SV-Nummer {SSN(sv)}   Steuer-ID {TID(tid)}   KK: Techniker Krankenkasse   BGRS 1111   PGR 101

Lohnart  Bezeichnung                       Menge      Betrag
1000     Gehalt                            1,00    {m['geh']:>9}
1420     Schichtzulage                    12,00    {m['sz']:>9}
1610     Geldw. Vorteil Kfz 1% ({KFZ(kfz)})          {m['gwv']:>9}
         GESAMTBRUTTO                               {m['brutto']:>9}

Steuer/SV                Lohnsteuer {m['lst']:>8}  Solz 0,00  KiSt 9% rk {m['kist']:>6}
                         KV {m['kv']:>8}  RV {m['rv']:>8}  AV {m['av']:>6}  PV {m['pv']:>6}
                         NETTO                              {m['netto']:>9}
Abzüge                   Gewerkschaftsbeitrag ver.di {m['ver']:>6}   Geldw. Vorteil Kfz {m['gwv']:>8}

Auszahlung an IBAN {IB(ib)}  BIC HASPDEHHXXX                     {m['aus']:>9}

Hinweis Lohnbüro: Für den Elterngeldantrag Ihrer Partnerin bitte die Abrechnungen 04/2024–03/2025 vollständig einreichen. Rückfragen: {P(lb_f + ' ' + lb_l)}, Tel. {T('040 7890' + ids.digits(2) + '-' + ids.digits(3))}"""


@doc("word", "fachverfahren-export-csv")
def d07():
    header = "Aktenzeichen;Name;Vorname;Straße;PLZ Ort;Geb.-Datum Kind;Antragsteller/in Geb.-Datum;Telefon;IBAN;Status"
    lines = [header]
    origins = ["de", "tr", "af", "gh", "pl", "vn", "ar", "de", "ua"]
    rng.shuffle(origins)
    for o in origins:
        g = rng.choice(["f", "f", "m"])
        fn, ln = person(o, g)
        tel = mobile(rng.choice([0, 4])) if rng.random() < 0.7 else hh_phone(rng.choice([0, 4]))
        status = rng.choice(["Eingang", "Nachforderung", "bewilligt", "in Bearbeitung", "Widerspruch"])
        st, pc = address(False)
        lines.append(";".join([AZ(az_eg()), P(ln), P(fn), A(st), A(pc), DOB(fdate(child_dob(), 'dmy')),
                               DOB(fdate(parent_dob(), 'dmy')), T(tel), IB(iban_de(2)), status]))
    body = "\n".join(lines)
    return f"""Export Fachverfahren ELGE – Vorgänge Team 2 – Stand 18.07.2025 07:12
Filter: Status <> abgeschlossen; Sortierung: Zufall

{body}

9 Datensätze exportiert. Nur für den Dienstgebrauch."""


@doc("word", "zahlungsliste-ohne-kopf")
def d08():
    rows = []
    for _ in range(10):
        o = rng.choice(["de", "de", "tr", "pl", "in", "ua", "pt", "gh", "ir"])
        g = rng.choice(["f", "m"])
        fn, ln = person(o, g)
        amount = money(300, 1800)
        if o == "pl" and rng.random() < 0.5:
            ib = group(ids.iban("PL", 24), 4)
        elif o == "de" and rng.random() < 0.3:
            ib = group(ids.iban("AT", 16), 4)
        else:
            ib = iban_de(2)
        rows.append(f"{AZ(az_eg())}\t{P(ln + ', ' + fn)}\t{IB(ib)}\t{amount}\t07/2025")
    body = "\n".join(rows)
    return f"""Zahlungslauf 2025-07-28 (Auszug, Prüfliste Vier-Augen-Prinzip)

{body}

Summe geprüft: ok / Abweichung Fremdkonten siehe Vermerk
Prüfer: {P('H. Oldenburg')}   Freigabe: {P('T. Witt')}"""


@doc("outlook", "selbststaendige-weiterleitung")
def d09():
    mf, ml = person("de", "f")
    sbf, sbl = person("de", "f")
    stnr = stnr_hh()
    vat = ids.vat_id()
    st, pc = address()
    bst, bpc = address()
    kid = kidname("de", "m")
    dob = child_dob()
    eml = email(mf, ml, "posteo.de")
    sb_mail = f"{ascii_(sbf)[0]}.{ascii_(sbl)}@stb-{ascii_(sbl)}.de"
    kfz = plate("PI")
    return f"""Von: {P(mf + ' ' + ml)} <{E(eml)}>
Gesendet: Montag, 16. Juni 2025 09:02
An: {N(OFFICE_MAIL)}
Betreff: WG: Gewinnermittlung 2024 für Elterngeld – {P(ml)}, Kind {P(kid)}

Moin,

wie telefonisch besprochen leite ich Ihnen die Unterlagen meiner Steuerberaterin weiter. Ich bin selbstständige Illustratorin (Atelier {A(bst)}, {A(bpc)}), deshalb gilt für mich das Kalenderjahr 2024 als Bemessungszeitraum. Mein Sohn {P(kid)} kam am {DOB(fdate(dob, 'long'))} zur Welt.

Beste Grüße
{P(mf + ' ' + ml)}
{A(st)} | {A(pc)} | mobil {T(mobile(2))}

-----Ursprüngliche Nachricht-----
Von: {P(sbf + ' ' + sbl)} <{E(sb_mail)}>
Gesendet: Freitag, 13. Juni 2025 17:48
An: {P(mf + ' ' + ml)} <{E(eml)}>
Betreff: Gewinnermittlung 2024 für Elterngeld

Liebe Frau {P(ml)},

anbei die vorläufige Einnahmen-Überschuss-Rechnung 2024. Der Steuerbescheid liegt noch nicht vor; die Elterngeldstelle kann vorläufig entscheiden (§ 8 Abs. 3 BEEG).

Eckdaten für das Formular „Einkommen aus selbstständiger Arbeit":
- Steuernummer: {TNR(stnr)}
- USt-IdNr.: {VAT(vat)}
- Gewinn 2024 (vorläufig): {money(28000, 41000)} EUR
- Privatanteil Kfz ({KFZ(kfz)}) bereits herausgerechnet

Viele Grüße
{P(sbf + ' ' + sbl)}
Steuerberaterin"""


@doc("outlook", "weiterleitung-personalabteilung")
def d10():
    ff, fl = person("gh", "m")
    pf, pl_ = person("de", "f")
    hr_f, hr_l = person("de", "m")
    kid = first("gh", "f")
    dob = child_dob()
    eml = email(ff, fl, "gmx.de")
    hr_mail = f"{ascii_(hr_f)}.{ascii_(hr_l)}@nordlicht-pflege.de"
    sv = svnr(parent_dob(), fl, 1)
    az = az_eg()
    return f"""Betreff: Fwd: AW: Bescheinigung Elternzeit {P(fl)} – bitte an Elterngeldstelle
Az. {AZ(az)}

Guten Tag,

hier die Bestätigung meines Arbeitgebers, dass ich vom 01.09. bis 31.10. in Elternzeit bin und danach 24 Stunden arbeite (Partnerschaftsbonus). Bitte zu meinem Antrag nehmen. Die Mutter ist {P(pf + ' ' + pl_)}, sie hat schon Basiselterngeld für {P(kid)} (geb. {DOB(fdate(dob, 'dmy2'))}).

Danke, {P(ff)}

---------- Forwarded message ---------
From: {P(hr_l + ', ' + hr_f)} <{E(hr_mail)}>
Date: Wed, 9 Jul 2025 at 11:15
Subject: AW: Bescheinigung Elternzeit
To: {P(ff + ' ' + fl)} <{E(eml)}>

Hallo Herr {P(fl)},

hiermit bestätigen wir Ihre Elternzeit gem. § 16 BEEG vom 01.09.2025 bis 31.10.2025 sowie die anschließende Teilzeit mit 24 Wochenstunden bis 31.01.2026. Ihre Versicherungsnummer für die Meldung: {SSN(sv)}.

Viele Grüße aus der Personalabteilung
{P(hr_f + ' ' + hr_l)}
Nordlicht Pflegedienst gGmbH, {N('Luruper Hauptstraße 204')}, {N('22547 Hamburg')}

> Von: {P(ff + ' ' + fl)}
> Gesendet: Dienstag, 8. Juli 2025 20:03
> Hallo Herr {P(hr_l)}, die Elterngeldstelle braucht eine Bescheinigung über meine Elternzeit, können Sie mir die bitte schicken? LG {P(ff + ' ' + fl)}"""


@doc("word", "telefonvermerk-fruehgeburt", ["HEALTH"])
def d11():
    mf, ml = person("af", "f")
    vf = first("af", "m")
    kid = first("af", "m")
    dob = (rng.randint(1, 28), rng.randint(1, 5), 2025)
    az = az_eg()
    tel = mobile(2)
    sb = person("de", "m")
    return f"""Telefonvermerk

Az.: {AZ(az)}
Datum: 23.06.2025, 10:40 Uhr
Gesprächspartnerin: Frau {P(mf + ' ' + ml)} (Mutter), Rückrufnummer {T(tel)}

Frau {P(ml)} teilt mit, dass ihr Sohn {P(kid + ' ' + ml)} am {DOB(fdate(dob, 'dmy'))} in der 29. Schwangerschaftswoche per Notkaiserschnitt geboren wurde, also mehr als 13 Wochen vor dem errechneten Termin. Das Kind liegt seitdem auf der neonatologischen Intensivstation des UKE (Atemunterstützung, Ernährung über Sonde). Die Mutter selbst sei nach einer Präeklampsie noch in ärztlicher Behandlung. Mutterschaftsgeld zahlt ihre Krankenkasse (Versichertennummer {KV(ids.health_insurance())}); die verlängerte Schutzfrist ist dort bereits gemeldet.

Hinweis an Frau {P(ml)}: Nach § 4 Abs. 5 BEEG stehen bei einer Geburt mindestens 12 Wochen vor dem errechneten Termin vier zusätzliche Monatsbeträge Basiselterngeld zu. Nachweis: ärztliche Bescheinigung über den voraussichtlichen Entbindungstermin (Mutterpass genügt als Kopie).

Der Vater, Herr {P(vf + ' ' + ml)}, möchte ab dem 3. Lebensmonat ElterngeldPlus beziehen; Antrag folgt. Frau {P(ml)} bittet um Rückruf nur vormittags, da sie nachmittags auf der Station ist. Neue Anschrift der Familie seit 01.06.: {addr_marked()} (bitte im Fachverfahren ändern).

Zur Wiedervorlage: 07.07.2025
{P(sb[0][0] + '. ' + sb[1])}"""


@doc("word", "krankenkasse-mutterschaftsgeld")
def d12():
    mf, ml = person("ua", "f")
    dob = parent_dob()
    st, pc = address()
    kv = ids.health_insurance()
    kd = ids.digits(9, True)
    sb_f, sb_l = person("de", "m")
    return f"""Hanseatische Ersatzkasse · Kundencenter Wandsbek · {N('Wandsbeker Marktstraße 73')} · {N('22041 Hamburg')}

Frau
{P(mf + ' ' + ml)}
{A(st)}
{A(pc)}

Ihr Zeichen: –   Unser Zeichen: {AZ('MuG-' + kd)}
Versichertennummer: {KV(kv)}
Geburtsdatum: {DOB(fdate(dob, 'dmy'))}

Bescheinigung über den Bezug von Mutterschaftsgeld
zur Vorlage bei der Elterngeldstelle

Sehr geehrte Frau {P(ml)},

wir bestätigen, dass Sie bei uns seit dem 01.04.2023 pflichtversichert sind und Mutterschaftsgeld nach § 24i SGB V erhalten haben:

Beginn der Schutzfrist      04.03.2025
Tag der Entbindung          15.04.2025
Name des Kindes             {P(kidname('ua') + ' ' + ml)}
Ende der Schutzfrist        10.06.2025
kalendertäglicher Betrag    13,00 EUR
Zahlungszeitraum            04.03.2025 – 10.06.2025

Das Mutterschaftsgeld wird auf das Elterngeld angerechnet. Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig.

Ihr Kundenberater: {P(sb_f + ' ' + sb_l)}, Telefon {N('040 6090 0')}"""


@doc("outlook", "zwei-muetter", ["SEXUAL_ORIENTATION"])
def d13():
    af, al = person("de", "f")
    bf, bl = person("pt", "f")
    kid = kidname("de", "m")
    dob = child_dob()
    st, pc = address()
    eml = email(af, al, "mailbox.org")
    tid_a = tax_id(0)
    tid_b = tax_id(0)
    return f"""Betreff: Elterngeld für die Co-Mutter – Stiefkindadoption läuft noch

Sehr geehrte Damen und Herren,

meine Ehefrau {P(bf + ' ' + bl)} hat am {DOB(fdate(dob, 'long'))} unseren Sohn {P(kid + ' ' + bl)} geboren. Wir sind seit 2021 verheiratet; rechtlich bin ich bisher nicht Elternteil, da das Verfahren zur Stiefkindadoption beim Familiengericht noch läuft.

Ich habe gelesen, dass ich nach § 1 Abs. 3 BEEG trotzdem Elterngeld bekommen kann, wenn das Kind in unserem Haushalt lebt und ich es betreue. Stimmt das? Und reicht als Nachweis die Eingangsbestätigung des Adoptionsantrags?

Unsere Daten:
Antragstellerin: {P(af + ' ' + al)}, Steuer-ID {TID(tid_a)}, freiberufliche Übersetzerin, Steuernummer {TNR(stnr_hh())}
Leibliche Mutter: {P(bf + ' ' + bl)}, Steuer-ID {TID(tid_b)}
Wohnung: {A(st)}, {A(pc)}

Wir möchten beide gleichzeitig in den Lebensmonaten 1 und 2 Elterngeld beziehen – {P(bf)} danach allein bis Monat 12.

Herzliche Grüße
{P(af + ' ' + al)}
{T(hh_phone(1))} | {E(eml)}"""


@doc("word", "antrag-ocr-scan")
def d14():
    mf, ml = person("vn", "f")
    vf, vl = person("vn", "m")
    kid = rng.choice(["Minh Khoa", "Bao Ngoc", "Gia Han"])
    dob = child_dob()
    mdob = parent_dob()
    vdob = parent_dob()
    st, pc = address(False)
    tid_m = tax_id(1)
    tid_v = tax_id(1)
    ib = iban_de(1)
    # OCR noise around the fields only; the identifiers themselves are read correctly
    return f"""[Scan S. 1/14 – Texterkennung, ungeprüft]

Antrag auf Eltern geld
fiir das Land Harnburg         Eingangsstempel: 11. JUNI 2025

1  Angaben zum Kind
   Narne, Vorname(n)  {P(ml + ', ' + kid)}
   Geburtsdatum       {DOB(fdate(dob, 'dmy'))}         Mehrlinge: [ ] ja  [x] nein
   Kind lebt im Haushalt seit Geburt  [x]
   Steuer-IdNr. Kind  {TID(tax_id(0))}

2  Elternteil 1 (Mutter)
   Narne              {P(ml)}
   Vorname            {P(mf)}
   Geburtsdaturn      {DOB(fdate(mdob, 'dmy'))}
   Anschrlft          {A(st)}
                      {A(pc)}
   Steuer-ldNr.       {TID(tid_m)}
   Staatsangeh.       vietnamesisch   Aufenthaltstitel nach § 18b AufenthG
   Tel./E-Mail        {T(mobile(0))} / {E(email(mf, ml, 'gmail.com'))}

3  Elternteil 2 (Vater)
   Narne, Vorname     {P(vl + ' ' + vf)}
   Geburtsdatum       {DOB(fdate(vdob, 'dmy'))}
   Anschrift          wie Elternteil 1
   Steuer-IdNr.       {TID(tid_v)}

9  Bankverbindung
   |BAN               {IB(ib)}
   Kontoinhaber/in    {P(mf + ' ' + ml)}

   Hamburg, 06.06.25     Unterschrift: ~~{P(ml)}~~       ~~{P(vf[0] + '. ' + vl)}~~"""


@doc("outlook", "schlampige-mail-partnerschaftsbonus")
def d15():
    ff, fl = person("tr", "m")
    mf, ml = person("de", "f")
    eml = f"{ascii_(ff)}{rng.randint(90, 99)}@gmx.de"
    tid = tax_id(1)
    az = az_eg()
    kid = kidname("de")
    return f"""Betreff: partnerschaftsbonus

hi

also wir wollen beide gleichzeitig teilzeit machen 4 monate lang ich {rng.randint(24, 32)} std und {P(mf)} auch so 28 weil das ja dieser bonus is oder wie das heist. geht das noch wenn {P(kid)} schon 9 monate alt is??
aktenzeichen hab ich grad nich zur hand, der antrag läuft auf meine freundin {P(mf + ' ' + ml)}, glaube {AZ(az)} steht auf dem brief
meine steuer id {TID(tid)} hatte ich vergessen einzutragen sry
und wir sind umgezogen wohnen jetzt {A(address()[0].lower())} nich mehr bei ihren eltern

bitte rückruf {T(mobile(0))} oder halt mail an {E(eml)}

{P(ff.lower())}"""


@doc("word", "anhoerung-rueckforderung")
def d16():
    ff, fl = person("noble", "m") if False else (first("de", "m"), last("noble"))
    st, pc = address()
    az = az_eg()
    kz = f"{rng.randint(1, 9)}.{ids.digits(7)}.{rng.randint(0, 9)}"
    kid = kidname("de", "f")
    dob = child_dob()
    sbf, sbl = person("tr", "f")
    return f"""{OFFICE}
{N(OFFICE_STREET)}, {N(OFFICE_CITY)}

Herrn
{P('Dr. ' + ff + ' ' + fl)}
{A(st)}
{A(pc)}

Az.: {AZ(az)}          Kassenzeichen: {AZ(kz)}          Hamburg, 22.07.2025

Anhörung nach § 24 SGB X vor einer teilweisen Aufhebung und Erstattung von Elterngeld

Sehr geehrter Herr Dr. {P(fl)},

mit Bescheid vom 12.02.2025 wurde Ihnen für Ihre Tochter {P(kid)} (geb. {DOB(fdate(dob, 'dmy'))}) ElterngeldPlus für den 3. bis 10. Lebensmonat bewilligt; die Mutter, Frau {P(first('de', 'f') + ' ' + last('de'))}, bezieht Elterngeld für die ersten beiden Lebensmonate. Nach der nun vorgelegten Entgeltbescheinigung Ihres Arbeitgebers haben Sie im 5. und 6. Lebensmonat mehr verdient als im Antrag angegeben (32 statt 20 Wochenstunden).

Ich beabsichtige daher, den Bescheid für diese Monate teilweise aufzuheben und einen Betrag von {money(600, 1400)} EUR zurückzufordern (§ 48 SGB X, § 50 SGB X).

Bevor ich entscheide, haben Sie Gelegenheit, sich bis zum 12.08.2025 zu äußern. Sollten Sie den Betrag bereits jetzt erstatten wollen, überweisen Sie ihn bitte unter Angabe des Kassenzeichens auf das Konto der Kasse.Hamburg, IBAN {N(KASSE_IBAN)}.

Mit freundlichen Grüßen
Im Auftrag
{P(sbf + ' ' + sbl)}
Tel. {N(OFFICE_PHONE)}"""


@doc("outlook", "steuerberater-selbststaendig")
def d17():
    cf, cl = person("ar", "m")
    wf, wl = person("de", "f")
    advf, advl = person("de", "f")
    adv_st, adv_pc = address()
    st, pc = address()
    stnr = stnr_hh_federal()
    vat = ids.vat_id()
    az = az_eg()
    kfz = plate("HH")
    return f"""Betreff: Mandant {P(cf + ' ' + cl)} – Elterngeld, Az. {AZ(az)}
Von: Kanzlei {P(advl)} <{N('info@kanzlei-' + ascii_(advl) + '.de')}>

Sehr geehrte Damen und Herren,

ich vertrete Herrn {P(cf + ' ' + cl)}, {A(st)}, {A(pc)}, in steuerlichen Angelegenheiten; eine Vollmacht liegt bei. Herr {P(cl)} betreibt als Einzelunternehmer ein Taxi (Konzession Hamburg, Fahrzeug {KFZ(kfz)}) und erzielt daneben keine weiteren Einkünfte.

Für die Berechnung des Elterngeldes teile ich Ihnen mit:
Steuernummer (bundeseinheitlich): {TNR(stnr)}
USt-IdNr.: {VAT(vat[:2] + ' ' + vat[2:5] + ' ' + vat[5:8] + ' ' + vat[8:])}
Gewinn lt. Steuerbescheid 2024: {money(19000, 27000)} EUR

Die Ehefrau meines Mandanten, Frau {P(wf + ' ' + wl + '-' + cl)}, ist angestellt; ihre Unterlagen reicht sie selbst ein.

Bitte richten Sie Rückfragen zur Gewinnermittlung direkt an mich.

Mit freundlichen Grüßen
{P('Dipl.-Kffr. ' + advf + ' ' + advl)}
Steuerberaterin
{A(adv_st)} · {A(adv_pc)}
Tel. {T(hh_phone(0))}"""


@doc("outlook", "interne-mail-wiedervorlage")
def d18():
    me_f, me_l = person("de", "f")
    rep_f, rep_l = person("de", "m")
    a_f, a_l = person("pl", "m")
    a_wife = first("pl", "f") + " " + LAST["pl_f"][LAST["pl_m"].index(a_l)]
    b_f, b_l = person("ir", "f")
    c_f, c_l = person("de", "m")
    d_f, d_l = person("gh", "f")
    e_f, e_l = person("in", "m")
    legal = last("de")
    new_pc = rng.choice(["22305", "22307", "22309"])
    items = [
        f"- {P(a_l)} ({AZ(az_eg())}): Einkommensnachweis Polen fehlt, Schreiben an Arbeitgeber in Szczecin raus. "
        f"Ehefrau {P(a_wife.split()[0][0] + '. ' + a_wife.split()[1])} ruft an, {T(mobile(0))}.",
        f"- {P(b_f + ' ' + b_l)}: Widerspruch gg. Anrechnung Elterngeld; Stellungnahme Rechtsabteilung abwarten "
        f"(Frau {P(legal)}).",
        f"- {P(c_l + ', ' + c_f)} – Umzug nach Barmbek, {A('Fuhlsbüttler Straße ' + str(rng.randint(100, 480)))}, "
        f"{A(new_pc + ' Hamburg')}? Zuständigkeit prüfen, ggf. Abgabe an Bezirksamt Hamburg-Nord.",
        f"- {P(d_f)} {P(d_l)} (Mehrlinge, Zwillinge {P(kidname('gh'))} und {P(kidname('gh'))}, geb. "
        f"{DOB(fdate(child_dob(), 'dmy'))}): Mehrlingszuschlag 2x nachberechnen!",
        f"- {P(e_f + ' ' + e_l)}: Blue Card, Kopie Aufenthaltstitel unleserlich – neu anfordern per Mail "
        f"{E(email(e_f, e_l, 'gmail.com'))}.",
    ]
    body = "\n".join(items)
    return f"""Von: {P(me_l + ', ' + me_f)}
An: {P(rep_l + ', ' + rep_f)}
Cc: Team 2 Elterngeld
Betreff: WV-Liste KW 30 – bitte übernehmen

Hi {P(rep_f)},

wie besprochen meine offenen Wiedervorlagen, bevor ich ab Montag weg bin:

{body}

Offene Rückrufe stehen im Teamkalender. Bei Fragen zu {P(b_l)} lieber direkt {P(legal)} fragen, nicht mich anrufen :)

Danke & Gruß
{P(me_f)}"""


@doc("outlook", "english-blue-card-couple")
def d19():
    hf, hl = person("in", "m")
    wf = first("in", "f")
    wl = last("in")
    kid = first("in", "f")
    dob = child_dob()
    st, pc = address()
    hpass = rng.choice("JKLMNPRSTUVWZ") + ids.digits(7, True)
    wpass = rng.choice("JKLMNPRSTUVWZ") + ids.digits(7, True)
    eml = email(hf, hl, "outlook.com")
    return f"""Subject: RE: Elterngeld application incomplete – documents attached

Dear Ms. {P('Hinrichs')},

thank you for your letter of 30 June. As requested, please find attached:

- copies of both passports: {P(hf + ' ' + hl)} – {PAS(hpass)}, {P(wf + ' ' + wl)} – {PAS(wpass)}
- our residence permits (EU Blue Card and §30 family reunion)
- the German birth certificate of our daughter {P(kid + ' ' + hl)}, born {DOB(fdate(dob, 'en_us'))}

Regarding your question about my wife's income: {P(wf)} did not work in Germany before the birth, so she applies for the minimum amount only. My own income is above the limit? We are not sure – my gross salary in 2024 was around 96,000 EUR, {P(wf)} had no income.

Our address is unchanged: {A(st)}, {A(pc)}. If easier, you can call me at {T(mobile(3))}.

Kind regards
{P(hf + ' ' + hl)}
{E(eml)}

-----Original Message-----
From: {N(OFFICE_MAIL)}
Sent: Monday, June 30, 2025 2:12 PM
Subject: Elterngeld application incomplete

Sehr geehrter Herr {P(hl)}, für die Bearbeitung Ihres Antrags fehlen noch: Nachweise zur Identität, Aufenthaltstitel, Geburtsbescheinigung. Mit freundlichen Grüßen, {P('J. Hinrichs')}"""


@doc("word", "vermerk-vaterschaft-dna", ["GENETIC"])
def d20():
    mf, ml = person("de", "f")
    vf, vl = person("ku", "m")
    kid = kidname("de")
    dob = child_dob()
    az = az_eg()
    jug = f"JA-W {ids.digits(4)}/25"
    sbf, sbl = person("de", "f")
    return f"""Aktenvermerk

Vorgang: {AZ(az)} – Antrag Vater {P(vf + ' ' + vl)}
Kind: {P(kid + ' ' + ml)}, geb. {DOB(fdate(dob, 'dmy'))}

1. Herr {P(vl)} hat am 03.07.2025 Elterngeld für den 3. bis 7. Lebensmonat beantragt. Die Eltern sind nicht verheiratet; die Mutter, Frau {P(mf + ' ' + ml)} ({addr_marked()}), hatte die Vaterschaft zunächst bestritten.

2. Mit Schreiben vom 10.07.2025 legt Herr {P(vl)} das private Abstammungsgutachten eines Labors vor (Probenahme 19.05.2025). Ergebnis: Vaterschaftswahrscheinlichkeit 99,999 %, 21 untersuchte STR-Systeme ohne Ausschluss. Die Vaterschaftsanerkennung mit Zustimmung der Mutter wurde am 14.07.2025 beim Jugendamt beurkundet (Urkunde {AZ(jug)}).

3. Damit ist die Anspruchsvoraussetzung nach § 1 Abs. 1 BEEG erfüllt. Das Gutachten selbst wird nicht zur Akte genommen (Datensparsamkeit), nur die Urkunde. Kopie des Gutachtens an Herrn {P(vl)} zurück.

4. Frau {P(ml)} bezieht Basiselterngeld für die Lebensmonate 1–12; keine Überschneidung.

{P(sbf + ' ' + sbl)}, 16.07.2025"""


@doc("outlook", "personalabteilung-antwort")
def d21():
    ef, el = person("ua", "m")
    hrf, hrl = person("de", "f")
    pn = ids.digits(7, True)
    eml_hr = f"{ascii_(hrf)}.{ascii_(hrl)}@elbe-klinikum-service.de"
    sb = person("de", "m")
    return f"""Von: {P(hrf + ' ' + hrl)} <{E(eml_hr)}>
An: {P(sb[0] + ' ' + sb[1])} <{E(ascii_(sb[0]) + '.' + ascii_(sb[1]) + '@wandsbek.hamburg.de')}>
Betreff: Ihre Anfrage vom 02.07. – Arbeitszeit Herr {P(el)} (Pers.-Nr. {AZ(pn)})

Sehr geehrter Herr {P(sb[1])},

zu Ihrer Rückfrage kann ich Folgendes bestätigen: Herr {P(ef + ' ' + el)} arbeitet seit dem 01.05.2025 in Teilzeit mit 30 Wochenstunden (vorher 40). Eine Überschreitung der 32-Stunden-Grenze ist nicht vorgesehen; Bereitschaftsdienste finden nicht statt.

Die Einkommensnachweise für Mai und Juni hat Herr {P(el)} nach unserer Kenntnis bereits selbst eingereicht. Wenn Sie weitere Monate benötigen, erreichen Sie mich direkt unter {T('040 2092-' + ids.digits(4))}.

Freundliche Grüße
{P(hrf + ' ' + hrl)}
Personalservice
Elbe Klinikum Service GmbH · {N('Eißendorfer Pferdeweg 52')} · {N('21075 Hamburg')}"""


@doc("word", "kindergeld-nachweis")
def d22():
    mf, ml = person("tr", "f")
    kid1 = first("tr", "m")
    kid2 = first("tr", "f")
    kid3 = first("tr", "m")
    st, pc = address()
    kgn = kindergeldnr()
    d1, d2, d3 = rdate(2017, 2019), rdate(2021, 2022), child_dob()
    return f"""Bundesagentur für Arbeit · Familienkasse Nord · {N('22296 Hamburg')}

Frau
{P(mf + ' ' + ml)}
{A(st)}
{A(pc)}

Kindergeld-Nr.: {AZ(kgn)}                                      Datum: 04.06.2025

Bescheinigung über die Zahlung von Kindergeld (für Elterngeldzwecke / Geschwisterbonus)

Für folgende Kinder wird Kindergeld gezahlt:

Vorname        Familienname   Geburtsdatum   gezahlt ab
{P(kid1):<14} {P(ml):<14} {DOB(fdate(d1, 'dmy'))}     {d1[1]:02d}/{d1[2]}
{P(kid2):<14} {P(ml):<14} {DOB(fdate(d2, 'dmy'))}     {d2[1]:02d}/{d2[2]}
{P(kid3):<14} {P(ml):<14} {DOB(fdate(d3, 'dmy'))}     {d3[1]:02d}/{d3[2]}

Die Bescheinigung dient ausschließlich der Vorlage bei der Elterngeldstelle. Rechtsgrundlage: § 68 Abs. 3 EStG.

Diese Bescheinigung ist maschinell erstellt und ohne Unterschrift gültig.
Servicenummer: {N('0800 4 5555 30')}"""


@doc("outlook", "tuerkisch-deutsch-gemischt", ["HEALTH"])
def d23():
    ff, fl = person("tr", "m")
    wf = first("tr", "f")
    kid = first("tr", "m")
    dob = child_dob()
    tck = tc_kimlik()
    eml = email(ff, fl, "hotmail.com")
    az = az_eg()
    return f"""Betreff: ElterngeldPlus soru / Frage

Sehr geehrte Damen und Herren,

benim adım {P(ff + ' ' + fl)}, oğlumuz {P(kid)} {DOB(fdate(dob, 'dmy'))} doğumlu. Dosya numarası {AZ(az)}.

Ich schreibe halb Türkisch, halb Deutsch, sorry. Eşim {P(wf + ' ' + fl)} doğumdan sonra depresyon geçirdi (Wochenbettdepression), sie ist jetzt in einer Tagesklinik in Eilbek. Deshalb will ich früher zuhause bleiben als geplant – ab nächsten Monat statt ab Oktober. Geht das, wenn der Antrag schon bewilligt ist?

Ihr Kollege wollte am Telefon meine türkische Kimlik-Nummer für das Formular, hier: T.C. Kimlik No {IDC(tck)}. Ich habe aber auch einen deutschen Ausweis, falls das besser ist. Adresse bleibt {addr_marked()}.

Cevabınız için şimdiden teşekkür ederim / Danke im Voraus
{P(ff + ' ' + fl)}
Tel {T(mobile(0))}
{E(eml)}"""


@doc("word", "einkommenstabelle-berechnung")
def d24():
    mf, ml = person("de", "f")
    pf, pl_ = person("tr", "m")
    az = az_eg()
    dob = (rng.randint(1, 28), 5, 2025)
    months = ["05/24", "06/24", "07/24", "08/24", "09/24", "10/24", "11/24", "12/24", "01/25", "02/25", "03/25",
              "04/25"]

    def de(v):
        return f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")

    lines = []
    total = 0
    for mon in months:
        b = rng.randint(285000, 312000)
        total += b
        lines.append(f"{mon};{de(b / 100)}")
    body = "\n".join(lines)
    avg = total / 12 / 100
    net = (avg - 102.5) * 0.71
    sbf, sbl = person("gh", "f")
    checker = last("de")
    return f"""Berechnungsbogen Basiselterngeld (Arbeitsentwurf, nicht versenden)
Vorgang {AZ(az)} · Antragstellerin {P(ml + ', ' + mf)} · Steuer-ID {TID(tax_id(1))} · Kind geb. {DOB(fdate(dob, 'dmy2'))}
Partner: {P(pf + ' ' + pl_)} (Partnermonate 13/14, eigener Bogen)

Monat;Brutto (EUR)
{body}

Summe Brutto: {de(total / 100)} EUR
Durchschnitt: {de(avg)} EUR
abzgl. Werbungskostenpauschale 1/12 von 1.230 EUR: 102,50 EUR
abzgl. pauschale Abzüge Steuern (StKl 4) und SV
Elterngeldnetto: ca. {de(net)} EUR
Ersatzrate: 65 %
Basiselterngeld: ca. {de(min(1800, net * 0.65))} EUR

Geprüft: {P(sbf[0] + '. ' + sbl)} / Stichprobe durch {P(checker)}"""


@doc("outlook", "widerspruch-anwaeltin")
def d25():
    cf, cl = person("pl", "f")
    lf, ll = person("de", "f")
    l_st, l_pc = address()
    az = az_eg()
    cdob = parent_dob()
    kid = first("pl", "m")
    akz = f"{ids.digits(3)}/25"
    return f"""Betreff: Widerspruch – Ihr Bescheid vom 27.05.2025, Az. {AZ(az)}
Unser Zeichen: {AZ(akz)} {P(cl)}

Sehr geehrte Damen und Herren,

namens und in Vollmacht unserer Mandantin, Frau {P(cf + ' ' + cl)}, geb. {DOB(fdate(cdob, 'dmy'))}, wohnhaft {addr_marked()}, legen wir gegen den oben genannten Bescheid

Widerspruch

ein. Die Begründung folgt nach Akteneinsicht, um die wir hiermit bitten.

Vorab: Die Elterngeldstelle hat das in Polen erzielte Einkommen unserer Mandantin im Bemessungszeitraum außer Acht gelassen. Nach der Rechtsprechung des Bundessozialgerichts ({N('BSG, Urteil vom 18.08.2011 – B 10 EG 7/10 R')}) und dem Koordinierungsrecht (VO (EG) 883/2004) ist dieses zu berücksichtigen. Für den Sohn unserer Mandantin, {P(kid)}, ist daher ein höherer Betrag festzusetzen.

Mit freundlichen Grüßen

{P(lf + ' ' + ll)}
Rechtsanwältin | Fachanwältin für Sozialrecht
Kanzlei {P(ll)} & Partner · {A(l_st)} · {A(l_pc)}
Tel. {T(hh_phone(2))} · {E(ascii_(lf)[0] + '.' + ascii_(ll) + '@' + ascii_(ll) + '-sozialrecht.de')}"""


@doc("word", "migrationsberatung-vermerk", ["ETHNICITY", "RELIGION"])
def d26():
    mf, ml = person("ku", "f")
    vf = first("ku", "m")
    kids = [first("ku", "m"), first("ku", "f")]
    st, pc = address()
    dob = child_dob()
    beraterin = person("de", "f")
    return f"""Beratungsvermerk – Migrationsberatung für Erwachsene (MBE), Außensprechstunde im Bezirksamt

Ratsuchende: {P(mf + ' ' + ml)}, mit Ehemann {P(vf + ' ' + ml)}
Wohnort: Unterkunft {A(st)}, {A(pc)}
Telefon (Ehemann): {T(mobile(1))}
Dolmetschen: Kurmancî, ehrenamtlich (Herr {P(last('ku'))})

Die Familie gehört der ezidischen (jesidischen) Glaubensgemeinschaft an und ist 2019 aus dem Nordirak geflohen; Aufenthaltserlaubnis nach § 25 Abs. 2 AufenthG. Frau {P(ml)} hat am {DOB(fdate(dob, 'long'))} die Tochter {P(kids[1])} geboren; älteres Kind {P(kids[0])} (6 J.) besucht die Vorschule.

Anliegen: Elterngeldantrag ausfüllen. Frau {P(ml)} hatte vor der Geburt kein Einkommen, Mindestbetrag 300 EUR. Herr {P(ml)} arbeitet in einer Reinigungsfirma (Minijob). Die Familie wünscht, dass Schreiben auch an die Beraterin gehen; Vollmacht unterschrieben.

Hinweis: Die Familie berichtet von Anfeindungen in der Unterkunft wegen ihres Glaubens; Weitervermittlung an Sozialdienst erfolgt.

{P(beraterin[0] + ' ' + beraterin[1])}, Beraterin MBE"""


@doc("outlook", "herzfehler-verlaengerung", ["HEALTH"])
def d27():
    mf, ml = person("de", "f")
    vf, vl = person("nl", "m") if False else (first("de", "m"), last("nl"))
    kid = kidname("de", "f")
    dob = child_dob()
    az = az_eg()
    kv = ids.health_insurance()
    eml = email(mf, vl.split()[-1], "t-online.de")
    dr = person("de", "m")
    return f"""Von: {P(mf + ' ' + vl)} <{E(eml)}>
Betreff: Az. {AZ(az)} – Verschiebung der Bezugsmonate wegen OP unserer Tochter

Sehr geehrte Frau {P('Hinrichs')},

unsere Tochter {P(kid + ' ' + vl)} (geboren am {DOB(fdate(dob, 'dmy'))}) hat einen angeborenen Herzfehler (Fallot-Tetralogie) und muss im September im Herzzentrum operiert werden. Danach sind mehrere Wochen Klinik und Reha vorgesehen. Mein Mann {P(vf + ' ' + vl)} möchte deshalb seine beiden Partnermonate vom 9. und 10. in den 11. und 12. Lebensmonat verschieben, damit er zu Hause ist, wenn {P(kid)} entlassen wird.

Ist eine solche Änderung noch möglich, obwohl der Bescheid schon da ist? Eine Bescheinigung des behandelnden Kardiologen, {P('Dr. ' + dr[0] + ' ' + dr[1])}, lege ich bei. Falls Sie für die Krankenkasse die Versichertennummer unserer Tochter brauchen: {KV(kv)}.

Vielen Dank und freundliche Grüße
{P(mf + ' ' + vl)}
{addr_marked(chr(10))}
{T(hh_phone(3))}"""


@doc("word", "nachforderung-unterlagen")
def d28():
    ff, fl = first("de", "m"), last("noble")
    wf, wl = person("ar", "f")
    st, pc = address()
    az = az_eg()
    kid = first("ar", "m")
    dob = child_dob()
    sbf, sbl = person("de", "m")
    idc = ids.id_card(check_digit=True)
    return f"""{OFFICE}
{N(OFFICE_STREET)} · {N(OFFICE_CITY)}

Herrn {P(ff + ' ' + fl)}
c/o {P(wf + ' ' + wl)}
{A(st)}
{A(pc)}

Ihr Antrag auf Elterngeld vom 19.05.2025 – Geschäftszeichen {AZ(az)}
Kind: {P(kid + ' ' + wl)}, geb. {DOB(fdate(dob, 'dmy'))}

Sehr geehrter Herr {P(fl)},

zur Bearbeitung Ihres Antrags benötige ich noch folgende Unterlagen (§ 60 SGB I):

[ ] Einkommensnachweise der letzten 12 Monate vor der Geburt (Gehaltsabrechnungen)
[ ] Bescheinigung der Krankenkasse über Mutterschaftsgeld von Frau {P(wl)}
[ ] Erklärung zum Einkommen während des Bezugs (Anlage Einkommen)
[x] Kopie Personalausweis – liegt vor (Nr. {IDC(idc)}), vielen Dank

Bitte reichen Sie die Unterlagen bis zum 15.08.2025 ein. Geht bis dahin nichts ein, kann der Antrag nach § 66 SGB I wegen fehlender Mitwirkung abgelehnt werden.

Für Fragen erreichen Sie mich montags bis donnerstags von 9 bis 12 Uhr über die Zentrale {N(OFFICE_PHONE)} oder unter {N(OFFICE_MAIL)}.

Mit freundlichen Grüßen
Im Auftrag
{P(sbf + ' ' + sbl)}"""


@doc("outlook", "gefluechteter-vater", ["POLITICS"])
def d29():
    ff, fl = person("ir", "m")
    wf, wl = person("ir", "f")
    kid = first("ir", "f")
    dob = child_dob()
    st, pc = address()
    bamf = f"{ids.digits(7, True)}-439"
    eml = email(ff, fl, "gmail.com")
    return f"""Betreff: Antrag Elterngeld – Nachweis Aufenthalt / my residence permit

Sehr geehrte Damen und Herren,

ich bin {P(ff + ' ' + fl)} und habe am 12. Juni Elterngeld für meine Tochter {P(kid)} beantragt (geb. {DOB(fdate(dob, 'dmy'))}). Sie haben nach meinem Aufenthaltstitel gefragt.

I was recognised as a refugee in 2022 because I was arrested in Iran for my work with a banned opposition party and for organising protests. My BAMF file number is {AZ(bamf)}. The residence permit (§ 25 Abs. 2 AufenthG) is valid until 2027, copy attached.

Meine Frau {P(wf + ' ' + wl)} (iranischer Reisepass Nr. {PAS(rng.choice('ABXZ') + ids.digits(8, True))}) kam 2024 über Familiennachzug. Sie hat noch kein Konto, deshalb bitte alles auf mein Konto, die IBAN steht im Antrag.

Adresse: {A(st)}, {A(pc)}
Telefon: {T(mobile(2))}

Mit freundlichen Grüßen / Best regards
{P(ff + ' ' + fl)}
{E(eml)}"""


@doc("word", "uebergabenotiz-vertretung")
def d30():
    me = person("de", "f")
    rep = person("de", "m")
    a_f, a_l = person("pt", "m")
    b_f, b_l = person("de", "f")
    c_f, c_l = person("gh", "m")
    d_f, d_l = person("ua", "f")
    e_f, e_l = person("de", "m")
    ccn = cc("5", 16)
    ua_pass = rng.choice(["FE", "FK", "GA", "EK"]) + ids.digits(6, True)
    kfz = plate("OD")
    svn = svnr(parent_dob(), b_l, 0)
    return f"""Übergabe an {P(rep[0])} (Vertretung 28.07.–15.08.)

hallo {P(rep[0])}, kurz das wichtigste aus meinem Stapel:

1) {P(a_f + ' ' + a_l)} – hat im Formular ins IBAN-Feld versehentlich seine Kreditkartennummer geschrieben ({CC(ccn)}). Ich hab die Seite geschwärzt, Kopie NICHT in die E-Akte! Er schickt die richtige Bankverbindung, Tel. {T(mobile(1))}. Post an {addr_marked()} kommt an.

2) Frau {P(b_l)} (Az. {AZ(az_eg())}) – Arbeitgeber hat die falsche Rentenversicherungsnummer bescheinigt, richtig ist {SSN(svn)}. Neue Bescheinigung ist angefordert.

3) {P(c_l)} – war heute persönlich da, hat im Halteverbot vorm Haus geparkt ({KFZ(kfz)}), Hausmeister hat gemeckert. Egal. Inhaltlich: wollte wissen, ob Elterngeld auf Bürgergeld angerechnet wird (ja, über Freibetrag – Merkblatt mitgegeben).

4) {P(d_f + ' ' + d_l)} – § 24-Aufenthalt, ukr. Pass {PAS(ua_pass)} abgelaufen, neuer beantragt. Nicht ablehnen, erstmal WV 01.09.

5) Vater {P(e_f + ' ' + e_l)}: Ausweisnummer im Antrag vertippt, laut Kopie richtig {IDC(ids.id_card(check_digit=False))}. Schon korrigiert, nur zur Info.

Danke dir!! {P(me[0][0] + '.')}
{P(me[0] + ' ' + me[1])}"""


def main():
    out = []
    for i, (channel, template, fn, flags) in enumerate(DOCS, 1):
        USED.clear()
        marked = fn()
        out.append(build(f"F145-{i:03d}", channel, template, marked, flags))
    with open(OUT, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
