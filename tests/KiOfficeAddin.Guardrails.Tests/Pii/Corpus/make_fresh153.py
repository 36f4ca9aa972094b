#!/usr/bin/env python3
"""Blind test batch 153: invented correspondence of a district's rescue service and fire brigade administration
(Hochsauerlandkreis setting): ambulance invoices, insurers, accident reports, towing firms, volunteer firefighters.
All randomness comes from Identifiers(15353).rng, so two runs write identical bytes."""
import json
import os
import sys
from types import SimpleNamespace

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from identifiers import Identifiers, group, icao_check, luhn_check, mod11_10_check  # noqa: E402,F401
from marks import build  # noqa: E402

ids = Identifiers(15353)
rng = ids.rng
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh153.jsonl")


# ---------------------------------------------------------------- marks
def m(code, s):
    return f"[[{code}|{s}]]"


def P(s): return m("P", s)
def A(s): return m("A", s)
def E(s): return m("E", s)
def T(s): return m("T", s)
def N(s): return m("N", s)
def AZ(s): return m("AZ", s)
def DOB(s): return m("DOB", s)
def KV(s): return m("KV", s)
def KFZ(s): return m("KFZ", s)


def pick(seq):
    return rng.choice(seq)


def ri(a, b):
    return rng.randint(a, b)


# ---------------------------------------------------------------- names
FIRST = {
    "de": {"f": ["Sabine", "Ulrike", "Petra", "Hannelore", "Gisela", "Kerstin", "Anja", "Miriam", "Lea", "Johanna",
                 "Marlene", "Friederike", "Waltraud", "Brigitte", "Carina", "Svenja", "Annegret", "Theresa",
                 "Mechthild", "Heike", "Elke", "Nadine", "Jacqueline", "Ricarda", "Maren", "Ilona", "Gertrud",
                 "Anne-Kathrin", "Lisa-Marie", "Hedwig"],
           "m": ["Jürgen", "Dieter", "Heinz-Josef", "Ralf", "Stefan", "Tobias", "Lukas", "Niklas", "Bernd",
                 "Hubertus", "Norbert", "Friedhelm", "Detlef", "Jannik", "Wilfried", "Georg", "Clemens", "Reinhold",
                 "Sven", "Dennis", "Kevin", "Torsten", "Ludger", "Franz-Josef", "Marcel", "Björn", "Hendrik",
                 "Josef", "Till", "Jens"]},
    "tr": {"f": ["Elif", "Songül", "Derya", "Hatice", "Zehra", "Büşra", "Gülay"],
           "m": ["Emre", "Mehmet", "Serkan", "Kemal", "Yusuf", "Burak", "Hüseyin"]},
    "pl": {"f": ["Małgorzata", "Joanna", "Katarzyna", "Ewa", "Agata"],
           "m": ["Marek", "Krzysztof", "Tomasz", "Paweł", "Grzegorz"]},
    "ru": {"f": ["Swetlana", "Olga", "Natalia", "Irina", "Tatjana"],
           "m": ["Viktor", "Alexander", "Waldemar", "Dmitrij", "Eduard"]},
    "it": {"f": ["Francesca", "Giulia", "Rosaria"], "m": ["Giuseppe", "Marco", "Salvatore", "Vincenzo"]},
    "gr": {"f": ["Eleni", "Georgia", "Despina"], "m": ["Dimitrios", "Konstantinos", "Vasilios"]},
    "xk": {"f": ["Vjosa", "Arta", "Fatmire"], "m": ["Arben", "Driton", "Blerim", "Valon"]},
    "ar": {"f": ["Rania", "Amal", "Nour"], "m": ["Mohammed", "Khaled", "Ahmad", "Omar"]},
    "nl": {"f": ["Femke", "Sanne", "Anouk", "Lotte"], "m": ["Jeroen", "Bram", "Sander", "Pieter"]},
    "vn": {"f": ["Thi Lan", "Thi Hoa", "Mai Anh"], "m": ["Van Minh", "Duc Anh", "Quoc Tuan"]},
    "pt": {"f": ["Inês", "Ana Rita", "Conceição"], "m": ["João", "Rui", "Nuno"]},
}
LAST = {
    "de": ["Hennecke", "Schulte", "Kersting", "Hoppe", "Brüggemann", "Tigges", "Vollmer", "Rinsche", "Hütter",
           "Schnettler", "Wrede", "Kemper", "Funke", "Padberg", "Sauerwald", "Beule", "Köster", "Rüsche",
           "Linnemann", "Hesse", "Gerwin", "Stratmann", "Böddeker", "Klauke", "Stemmer", "Winkelmann", "Japes",
           "Schulte-Wrede", "von der Heyde", "Kordes", "Feldmann", "Lübke", "Wiethoff", "Gockel", "Hömberg",
           "Bräutigam", "Ohm", "Rickert", "Pöttgen", "Schmelter", "Kleinsorge", "Heimes", "Drüeke", "Knoche",
           "Isenberg", "Bertelt", "Dünnebacke", "Quinke", "Vielhaber", "Reuther", "Mönig", "Schauerte",
           "Flügge", "Tröster", "Hachmann", "Lenze", "Wullenweber", "Rath-Kühne", "ter Horst", "Sommerhoff",
           "Gierse", "Nölke", "Plaßmann", "Kaiser-Nölle", "Wortmann", "Henke", "Zeppenfeld", "Voß-Tigges",
           "Kersten", "Hanses", "Baumeister", "Lohmann", "Rath", "Kückelheim", "Steinhoff", "Jostes", "Grüne",
           "Bathe", "Freiherr von Wendt", "Opitz", "Lutter", "Kraft", "Mertens", "Dahlhoff", "Ahlers"],
    "tr": ["Yılmaz", "Demir", "Öztürk", "Aydın", "Çelik", "Şahin", "Korkmaz", "Doğan", "Arslan", "Kılıç", "Güneş",
           "Yıldız", "Koç", "Özdemir", "Aksoy", "Polat"],
    "pl": ["Kowalczyk", "Wójcik", "Kaczmarek", "Mazur", "Krawczyk", "Pawlak", "Dudek", "Nowicki", "Zając",
           "Michalak", "Grabowski"],
    "ru": ["Wiebe", "Dück", "Penner", "Friesen", "Rempel", "Klassen", "Janzen", "Neufeld", "Harder", "Sawatzky",
           "Thiessen", "Enns"],
    "it": ["De Luca", "Russo", "Esposito", "Lo Presti", "Di Stefano", "Romano", "Ferraro", "Caruso", "Greco"],
    "gr": ["Papadopoulos", "Karagiannis", "Nikolaidis", "Tsakiridis", "Georgiou", "Alexiou", "Vlachos"],
    "xk": ["Krasniqi", "Berisha", "Hoxha", "Morina", "Rexhepi", "Shala", "Bytyqi"],
    "ar": ["Al-Hassan", "Haddad", "Khalil", "Al Masri", "Suleiman", "Darwish", "Nasser", "Al-Khatib"],
    "nl": ["de Vries", "van den Berg", "Bakker", "van der Linden", "Visser"],
    "vn": ["Nguyen", "Tran", "Pham", "Le", "Hoang", "Vu"],
    "pt": ["Ferreira", "Pereira", "da Silva", "Rodrigues", "Santos", "Costa"],
}
ORIGINS = (["de"] * 14 + ["tr"] * 3 + ["pl"] * 2 + ["ru"] * 2 + ["it"] + ["gr"] + ["xk"] + ["ar"] + ["pt"] + ["vn"])
used_last = []


def dob(y0, y1):
    return (ri(1, 28), ri(1, 12), ri(y0, y1))


MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def fd(t, style="dot4"):
    d, mo, y = t
    if style == "dot4":
        return f"{d:02d}.{mo:02d}.{y}"
    if style == "dot2":
        return f"{d:02d}.{mo:02d}.{y % 100:02d}"
    if style == "short":
        return f"{d}.{mo}.{y}"
    if style == "long":
        return f"{d}. {MONTHS[mo - 1]} {y}"
    if style == "iso":
        return f"{y}-{mo:02d}-{d:02d}"
    if style == "nl":
        return f"{d:02d}-{mo:02d}-{y}"
    raise ValueError(style)


def ddmmyy(t):
    d, mo, y = t
    return f"{d:02d}{mo:02d}{y % 100:02d}"


def person(origin=None, g=None, title="", born=(1950, 2000)):
    origin = origin or pick(ORIGINS)
    g = g or pick("fm")
    free = [x for x in LAST[origin] if x not in used_last]
    if not free:  # pool of this origin exhausted: fall back to the large German pool
        origin = "de"
        free = [x for x in LAST["de"] if x not in used_last] or LAST["de"]
    last = pick(free)
    used_last.append(last)
    if g == "f" and last.startswith("Freiherr "):
        last = "Freifrau " + last[len("Freiherr "):]
    first = pick(FIRST[origin][g])
    full = (title + " " if title else "") + first + " " + last
    return SimpleNamespace(first=first, last=last, g=g, title=title, full=full, origin=origin,
                           frau="Frau" if g == "f" else "Herr", herrn="Frau" if g == "f" else "Herrn",
                           geehrt="Sehr geehrte Frau" if g == "f" else "Sehr geehrter Herr",
                           dob=dob(*born), listname=f"{last}, {first}")


def rename(p, first=None, last=None):
    p.first = first or p.first
    p.last = last or p.last
    if last:
        used_last.append(last)
    p.full = (p.title + " " if p.title else "") + p.first + " " + p.last
    p.listname = f"{p.last}, {p.first}"
    return p


TRANS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ı": "i", "ş": "s", "ç": "c", "ğ": "g",
                       "ł": "l", "ó": "o", "ś": "s", "ć": "c", "ń": "n", "ę": "e", "ą": "a", "ż": "z", "é": "e",
                       "ê": "e", "ã": "a", "õ": "o", "á": "a", "í": "i", " ": "", "-": "", "'": ""})


def slug(s):
    return s.lower().translate(TRANS)


def email(p, domain=None, style=None):
    domain = domain or pick(["gmx.de", "web.de", "t-online.de", "outlook.de", "gmail.com", "freenet.de",
                             "posteo.de", "icloud.com", "online.de", "mail.de"])
    f, l = slug(p.first), slug(p.last.split()[-1])
    style = style or pick(["f.l", "fl", "l.f", "f_l", "fi.l", "fl%d", "l%d"])
    if style == "f.l":
        local = f"{f}.{l}"
    elif style == "fl":
        local = f"{f}{l}"
    elif style == "l.f":
        local = f"{l}.{f}"
    elif style == "f_l":
        local = f"{f}_{l}"
    elif style == "fi.l":
        local = f"{f[0]}.{l}"
    elif style == "fl%d":
        local = f"{f}.{l}{ri(60, 99)}"
    else:
        local = f"{l}{ri(1, 999)}"
    return f"{local}@{domain}"


# ---------------------------------------------------------------- places, phones, plates
STREETS = ["Auf der Haar", "Hellefelder Straße", "Im Siepen", "Am Hüttengraben", "Schlossbergweg", "Ringstraße",
           "Birkenweg", "Hammerweide", "Zum Hohlen Stein", "Am Mühlenteich", "Feldstraße", "Höhenweg",
           "Dorfstraße", "An der Ruhraue", "Stembergstraße", "Kapellenweg", "Alter Schützenplatz", "Auf'm Brinke",
           "Kirchstraße", "Wiesenpfad", "Eichendorffstraße", "St.-Vitus-Weg", "Zur Hünenburg", "Oststraße",
           "Vogelsang", "Am Bieberg", "Unterm Hagen", "Nuttlarer Straße", "Sauerlandstraße", "Am Wasserturm",
           "Heidestraße", "Lürwaldweg", "Talstraße", "Obere Bergstraße", "Zum Bilstein", "Auf dem Dümpel",
           "Hochstraße", "Mühlenstraße", "Rönkhauser Straße", "Am Krähenbusch", "Dechant-Löher-Straße",
           "Graf-Gottfried-Straße", "Kardinal-von-Galen-Ring", "Pastor-Kleine-Weg", "In der Twiete", "Am Steinbruch",
           "Ahornweg", "Schützenstraße", "Zur alten Mühle", "Briloner Straße", "Ittenbergstraße", "Am Kreuzberg",
           "Ostfeld", "Im Ohle", "Hennesee-Ufer", "Wennetalstraße", "Plackweg", "Auf der Bredde"]
LOCAL = [("59872", "Meschede", "0291", ["HSK", "MES"]), ("59872", "Meschede-Freienohl", "02903", ["HSK", "MES"]),
         ("59929", "Brilon", "02961", ["HSK", "BRI"]), ("59846", "Sundern", "02933", ["HSK", "AR"]),
         ("57392", "Schmallenberg", "02972", ["HSK"]), ("59955", "Winterberg", "02981", ["HSK", "BRI"]),
         ("34431", "Marsberg", "02992", ["HSK", "BRI"]), ("59939", "Olsberg", "02962", ["HSK", "BRI"]),
         ("59909", "Bestwig", "02904", ["HSK", "MES"]), ("59889", "Eslohe (Sauerland)", "02973", ["HSK", "MES"]),
         ("59964", "Medebach", "02982", ["HSK", "BRI"]), ("59969", "Hallenberg", "02984", ["HSK"]),
         ("59757", "Arnsberg", "02932", ["HSK", "AR"]), ("59823", "Arnsberg", "02931", ["HSK", "AR"])]
OUTSIDE = [("58706", "Menden (Sauerland)", "02373", ["MK"]), ("59494", "Soest", "02921", ["SO"]),
           ("44139", "Dortmund", "0231", ["DO"]), ("58636", "Iserlohn", "02371", ["MK"]),
           ("57462", "Olpe", "02761", ["OE"]), ("33098", "Paderborn", "05251", ["PB"]),
           ("34497", "Korbach", "05631", ["KB"]), ("45127", "Essen", "0201", ["E"])]


def housenr():
    n = ri(1, 140)
    r = rng.random()
    if r < 0.15:
        return f"{n}{pick('abc')}"
    if r < 0.2:
        return f"{n} {pick('ab')}"
    if r < 0.25:
        return f"{n}-{n + 2}"
    return str(n)


def place(local=True, town=None):
    pool = LOCAL if local else OUTSIDE
    if town:
        pool = [c for c in LOCAL + OUTSIDE if c[1].startswith(town)]
    return pick(pool)


def addr(local=True, town=None):
    c = place(local, town)
    return SimpleNamespace(street=f"{pick(STREETS)} {housenr()}", city=f"{c[0]} {c[1]}", area=c[2], codes=c[3],
                           town=c[1])


MOBILE = ["0151", "0152", "0157", "0159", "0160", "0162", "0163", "0170", "0171", "0172", "0173", "0175", "0176",
          "0177", "0178", "0179"]


def mobile(style=None):
    p, n = pick(MOBILE), ids.digits(pick([7, 8]), True)
    style = style or pick(["space", "dash", "slash", "intl", "intl0", "plain", "split", "space"])
    return {"space": f"{p} {n}", "dash": f"{p}-{n}", "slash": f"{p}/{n}", "intl": f"+49 {p[1:]} {n}",
            "intl0": f"+49 (0){p[1:]} {n}", "plain": p + n, "split": f"{p} {n[:3]} {n[3:]}",
            "lower": f"{p}{n}"}[style]


def landline(area=None, style=None):
    a = area or pick(LOCAL)[2]
    n = ids.digits(pick([5, 6]), True)
    style = style or pick(["space", "paren", "slash", "dash", "intl", "pairs"])
    pairs = " ".join(n[max(0, i - 2):i] for i in range(len(n), 0, -2)[::-1])
    return {"space": f"{a} {n}", "paren": f"({a}) {n}", "slash": f"{a}/{n}", "dash": f"{a}-{n}",
            "intl": f"+49 {a[1:]} {n}", "pairs": f"{a} {pairs}"}[style]


PLATE_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def plate(codes, style=None, suffix=""):
    code = pick(codes)
    while True:
        letters = "".join(pick(PLATE_LETTERS) for _ in range(ri(1, 2)))
        digits = ids.digits(ri(1, 4), True)
        if len(code) + len(letters) + len(digits) + len(suffix) <= 8:
            break
    style = style or pick(["dash", "dash", "space"])
    sep = "-" if style == "dash" else " "
    return f"{code}{sep}{letters} {digits}{suffix}"


def iban_country(country, bban):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def creditor_id(national):
    digits = "".join(str(int(c, 36)) for c in national + "DE00")
    return f"DE{98 - int(digits) % 97:02d}ZZZ{national}"


def fmt_iban(i, spaced=None):
    spaced = rng.random() < 0.6 if spaced is None else spaced
    return group(i, 4) if spaced else i


def fmt_taxid(t):
    return pick([t, f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}", f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"])


def fmt_ssn(s, spaced=None):
    spaced = rng.random() < 0.6 if spaced is None else spaced
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}" if spaced else s


def kvnr():
    return ids.health_insurance()


def invoice_no():
    return f"RD-2025-{ids.digits(5, True)}"


def kassenzeichen():
    return f"38.{ri(10, 99)}.2025.{ids.digits(6, True)}"


# ---------------------------------------------------------------- office data (public, neutral)
OFFICE_STREET, OFFICE_CITY = "Steinstraße 27", "59872 Meschede"
SWITCHBOARD = "0291 94-0"
MAIL_RD = "rd-gebuehren@hochsauerlandkreis.de"
MAIL_FW = "feuerwehr-gebuehren@hochsauerlandkreis.de"
KREISKASSE_IBAN = ids.iban_de()
GLAEUBIGER_ID = creditor_id(ids.digits(11, True))
DOMAIN = "hochsauerlandkreis.de"

# staff of the district administration (persons: their names and personal work mailboxes are labelled)
clerk_jens = person("de", "m")
clerk_bettina = person("de", "f")
clerk_mechthild = person("de", "f")
clerk_omar = person("ar", "m")
kbm = person("de", "m")  # Kreisbrandmeister
aelrd = person("de", "m", title="Dr. med.")


def staff_mail(p):
    return f"{slug(p.first)}.{slug(p.last)}@{DOMAIN}"


HOSPITALS_N = ["St. Franziskus-Hospital Winterberg", "Krankenhaus Maria Hilf Brilon", "St. Walburga-Krankenhaus"]
HOSPITALS = ["Klinikum Hochsauerland, Standort Meschede", "Klinikum Hochsauerland, Standort Arnsberg",
             "Unfallklinik Dortmund"]

DOCS = []


def doc(channel, template, flags=()):
    def deco(fn):
        DOCS.append((channel, template, list(flags), fn))
        return fn
    return deco


# ---------------------------------------------------------------- 01
@doc("outlook", "einwand-rechnung-tochter", ["HEALTH"])
def d01():
    mom = person("de", "f", born=(1938, 1941))
    dau = person("de", "f", born=(1962, 1970))
    a1, a2 = addr(town="Schmallenberg"), addr(local=False)
    inv = invoice_no()
    return f"""Betreff: Ihre Rechnung {AZ(inv)} – Rettungswagen am 28.06.2025

Guten Tag,

meine Mutter, Frau {P(mom.full)}, hat am Samstag Ihre Rechnung über 689,00 EUR für den Rettungswageneinsatz vom 28.06.2025 bekommen. Sie ist 85 und mit solchen Schreiben inzwischen überfordert, deshalb kümmere ich mich darum.

Soweit ich weiß, rechnet der Rettungsdienst direkt mit der Krankenkasse ab. Meine Mutter ist bei der BARMER versichert, auf ihrer Karte steht die Nummer {KV(kvnr())}, geboren ist sie am {DOB(fd(mom.dob, 'long'))}. Sie ist nachts im Bad gestürzt und wurde mit Verdacht auf Oberschenkelhalsbruch ins {N(HOSPITALS_N[0])} gebracht, wo man sie am nächsten Morgen operiert hat. Eine Verordnung vom Hausarzt gibt es natürlich nicht, es war ja ein Notfall.

Bitte stornieren Sie die Rechnung an meine Mutter und reichen Sie sie bei der Kasse ein. Weitere Post bitte an mich: Mama ist noch in der Kurzzeitpflege, und an ihrer Anschrift {A(a1.street)}, {A(a1.city)} schaut nur ein Nachbar ab und zu in den Briefkasten.

Vielen Dank und freundliche Grüße

{P(dau.first + ' ' + dau.last)} geb. {P(mom.last)}
{A(a2.street)}
{A(a2.city)}
Mobil {T(mobile())}
{E(email(dau))}"""


# ---------------------------------------------------------------- 02
@doc("word", "gebuehrenbescheid-selbstzahler", ["HEALTH"])
def d02():
    pat = person("de", "m", born=(1958, 1975))
    a = addr(town="Brilon")
    return f"""Hochsauerlandkreis · Der Landrat
Fachdienst 38 – Rettungsdienst · Gebührenabrechnung
{N(OFFICE_STREET)} · {N(OFFICE_CITY)}

Herrn
{P(pat.full)}
{A(a.street)}
{A(a.city)}

Kassenzeichen:     {AZ(kassenzeichen())}
Einsatznummer:     {AZ('E-' + ids.digits(2) + '-' + ids.digits(7, True))}
Bearbeitung:       {P(clerk_mechthild.full)}
Telefon:           {N('0291 94-3812')}
E-Mail:            {N(MAIL_RD)}
Datum:             14.07.2025

Gebührenbescheid
nach der Satzung über die Erhebung von Gebühren für Leistungen des Rettungsdienstes im Hochsauerlandkreis

{pat.geehrt} {P(pat.last)},

am 02.06.2025 um 23:41 Uhr hat die Kreisleitstelle einen Rettungswagen der Rettungswache Brilon und das Notarzteinsatzfahrzeug zu Ihrer Wohnung entsandt. Sie wurden mit akuten Brustschmerzen in das {N(HOSPITALS_N[1])} gebracht. Nach Ihren eigenen Angaben und der Auskunft Ihres privaten Krankenversicherers besteht kein Anspruch auf Direktabrechnung; die Gebühren werden daher Ihnen gegenüber festgesetzt:

Pos.  Leistung                                   Betrag
1     Notfalleinsatz Rettungswagen (Tarif 1.1)   689,00 EUR
2     Notarzteinsatz NEF (Tarif 2.1)             412,00 EUR
      Gesamtbetrag                             1.101,00 EUR

Bitte überweisen Sie den Gesamtbetrag bis zum 15.08.2025 unter Angabe des Kassenzeichens auf das Konto der Kreiskasse: IBAN {N(group(KREISKASSE_IBAN, 4))}. Die Rechnung können Sie Ihrem Versicherer zur Erstattung vorlegen.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid können Sie innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Arnsberg erheben. Die Klage hat keine aufschiebende Wirkung (§ 80 Abs. 2 Nr. 1 VwGO).

Mit freundlichen Grüßen
Im Auftrag

{P(clerk_mechthild.first[0] + '. ' + clerk_mechthild.last)}"""


# ---------------------------------------------------------------- 03
@doc("word", "export-kassenabrechnung", ["HEALTH"])
def d03():
    rows = []
    for _ in range(10):
        p = person(born=(1930, 2015))
        a = addr()
        ein = pick(["Wohnung", "Wohnung", "Wohnung", N("Bahnhof Bestwig"), N("B 480 Abzw. Assinghausen"),
                    "Wohnung", N("Freibad Olsberg"), "Pflegeeinrichtung", N("A 46 km 104,2")])
        leist = pick(["RTW", "RTW+NEF", "KTW", "RTW", "KTW"])
        betrag = {"RTW": "689,00", "RTW+NEF": "1101,00", "KTW": "245,00"}[leist]
        nr = f"{ids.digits(2)}{ri(1, 12):02d}{ids.digits(5)}"
        rows.append(";".join([AZ(nr), f"{ri(1, 28):02d}.07.2025", P(p.last), P(p.first), DOB(fd(p.dob, 'iso')),
                              KV(kvnr()), A(a.street), A(a.city), ein, leist, betrag]))
    body = "\n".join(rows)
    return f"""Abrechnungslauf 2025-07 · Kostenträger AOK NordWest (IK {N('109519005')}) · Datei RD_AOK_202507.csv
Erstellt: 04.08.2025 06:12 · Benutzer: rd-abr03 · Datensätze: 10

EinsatzNr;Einsatzdatum;Name;Vorname;GebDatum;VersNr;Strasse;PLZ_Ort;Einsatzort;Leistung;Betrag
{body}

Summe der Forderungen laut Lauf siehe Begleitzettel. Rückläufer bitte an Sachgebiet 38.3."""


# ---------------------------------------------------------------- 04
SHARED = {}


@doc("outlook", "krankenkasse-teilablehnung", ["HEALTH"])
def d04():
    ins = person("de", "f")
    pat = person("tr", "m", born=(1965, 1980))
    inv = invoice_no()
    return f"""Von: {P(ins.full)} <{E(f"{slug(ins.first)}.{slug(ins.last)}@barmer.de")}>
Gesendet: Dienstag, 22. Juli 2025 09:14
An: {N(MAIL_RD)}
Betreff: Rechnung {AZ(inv)} – Versicherter {P(pat.full)} – Teilablehnung

Sehr geehrte Damen und Herren,

zu Ihrer Rechnung vom 08.07.2025 für unseren Versicherten Herrn {P(pat.full)}, geb. {DOB(fd(pat.dob))}, Versichertennummer {KV(kvnr())}, teilen wir Ihnen Folgendes mit:

Den Transport mit dem Rettungswagen übernehmen wir in voller Höhe. Die Position „Notarzteinsatz“ können wir nicht erstatten: Laut dem uns vorliegenden Einsatzprotokoll wurde das NEF noch auf der Anfahrt abbestellt, nachdem die RTW-Besatzung bei Herrn {P(pat.last)} eine Unterzuckerung bei bekanntem Diabetes Typ 1 festgestellt und behandelt hatte. Ein Arzt-Patienten-Kontakt hat nicht stattgefunden.

Bitte reichen Sie eine korrigierte Rechnung ohne Pos. 2 ein und geben Sie dabei unser Zeichen {AZ('LF-' + ids.digits(8, True))} an. Eine Rechnungsstellung an den Versicherten selbst ist nach § 60 SGB V nicht zulässig.

Mit freundlichen Grüßen
i. A. {P(ins.first[0] + '. ' + ins.last)}
Fahrkosten / Krankentransporte
BARMER · Team Leistungen NRW
Telefon {N('0800 333 1010')}"""


# ---------------------------------------------------------------- 05
@doc("outlook", "rechnung-beschwerde-jugendlicher", ["HEALTH"])
def d05():
    kumpel = person("de", "m")
    me = person("de", "m", born=(2004, 2007))
    a = addr(town="Bestwig")
    inv = invoice_no()
    mob = mobile("plain")
    return f"""Betreff: rechnung ???

hallo

hab heute post von ihnen bekommen rechnung 689 euro für nen rettungswagen am 14.6. das war aufm schützenfest in velmede und ich hab den nich gerufen das war mein kumpel {P(kumpel.first.lower())} ({P(kumpel.first.lower() + ' ' + kumpel.last.lower())}) weil ich umgekippt bin, war zu warm und bisschen zu viel getrunken. im krankenhaus war ich nur 3 std dann durfte ich wieder gehn

ich bin bei der aok versichert wieso schicken sie das nich an die. meine karte hat meine mutter die nr kann ich nachreichen
ich bin azubi im ersten jahr ich kann das nich bezahlen

rechnungsnr {AZ(inv.lower())}

mfg
{P(me.first.lower() + ' ' + me.last.lower())}
{A(a.street.lower())}, {A(a.city.lower())}
{T(mob)}"""


# ---------------------------------------------------------------- 06
@doc("word", "einsatzbericht-vu-b55", ["HEALTH"])
def d06():
    el = person("de", "m")
    d1 = person("de", "f", born=(1990, 2001))
    d2 = person("ru", "m", born=(1966, 1978))
    wit = person("tr", "f")
    pol = person("de", "m")
    writer = person("de", "m")
    a1, a2 = addr(town="Eslohe"), addr(local=False, town="Olpe")
    pl1 = plate(["HSK", "MES"])
    pl2 = plate(["OE"])
    pl3 = plate(["OE"])
    SHARED["vu"] = dict(d1=d1, pl1=pl1, pl2=pl2, d2=d2)
    return f"""FREIWILLIGE FEUERWEHR DER STADT MESCHEDE
Einsatzbericht – Technische Hilfeleistung

Einsatz-Nr.:        {AZ('FW-MES-2025-0' + ids.digits(3, True))}
Alarmierung:        18.05.2025, 06:52 Uhr – Stichwort TH VU Y (Person eingeklemmt)
Einsatzort:         {N('B 55 zwischen Eslohe-Bremke und Meschede-Wennemen')}, Höhe Parkplatz Hennetalsperre
Einsatzende:        09:37 Uhr
Einsatzleiter:      BI {P(el.full)}, Zugführer LZ Meschede-Mitte
Kräfte:             HLF 20, RW, ELW 1 (LZ Meschede-Mitte), LF 10 (LG Wennemen); RD: RTW 5-83-2, NEF 5-82-1; RTH Christoph 8

Beteiligte Fahrzeuge und Personen
Fzg. 1  Pkw VW Polo, grau, amtl. Kennz. {KFZ(pl1)}
        Fahrerin und Halterin: {P(d1.full)}, geb. {DOB(fd(d1.dob))}
        wohnh. {A(a1.street)}, {A(a1.city)}
        Ausweis laut Polizei: Personalausweis Nr. {m('IDC', ids.id_card(check_digit=rng.random() < 0.5))}
Fzg. 2  Sattelzug MAN TGX, Zugmaschine {KFZ(pl2)}, Auflieger {KFZ(pl3)}
        Fahrer: {P(d2.full)}, geb. {DOB(fd(d2.dob, 'dot2'))}, wohnh. {A(a2.street)}, {A(a2.city)}
        legitimiert mit Reisepass Nr. {m('PASS', ids.passport())}; Halter: Lennetal Logistik GmbH, Olpe

Lage bei Eintreffen
Frontalzusammenstoß im Kurvenbereich. Fahrerin Fzg. 1 im Fußraum eingeklemmt, ansprechbar, Schmerzen im linken Unterschenkel, Verdacht auf offene Fraktur. Fahrer Fzg. 2 unverletzt, stand unter Schock, wurde vom RD gesichtet und vor Ort belassen.

Maßnahmen
Absicherung, Brandschutz sichergestellt, Glasmanagement, Dach entfernt, Fahrerin nach 38 Minuten patientengerecht befreit und an RTH übergeben (Transport in die {N('Unfallklinik Dortmund')}). Auslaufende Betriebsstoffe mit Bindemittel aufgenommen. Bergung Zugmaschine durch Abschleppdienst auf Anforderung EL.

Zeugin: {P(wit.full)}, Tel. {T(mobile())} (folgte Fzg. 1, setzte Notruf ab)
Polizei: PHK {P(pol.full)}, PW Meschede, Vorgangs-Nr. {AZ(f"{ids.digits(6, True)}-{ids.digits(4)}-{ids.digits(6)}")}

Bericht erstellt: 18.05.2025, UBM {P(writer.first[0] + '. ' + writer.last)}"""


# ---------------------------------------------------------------- 07
@doc("outlook", "abschleppdienst-rechnung-wg")
def d07():
    gashi = rename(person("xk", "m"), last="Gashi")
    SHARED["gashi"] = gashi
    vu = SHARED["vu"]
    ga = addr(town="Meschede")
    return f"""Von: {P(clerk_bettina.full)}
Gesendet: Mittwoch, 28. Mai 2025 11:02
An: {P(clerk_jens.full)}
Betreff: WG: Rechnung Bergung Einsatz 18.05. B 55

Hallo {P(clerk_jens.first)},

kannst du das übernehmen? Bergung war auf Anforderung des Einsatzleiters, die Kosten holen wir uns dann mit dem Kostenbescheid vom Halter bzw. dessen Haftpflicht wieder. Fahrer war Herr {P(vu['d2'].last)}, Kennzeichen steht unten.

Gruß
{P(clerk_bettina.first)}

-----Ursprüngliche Nachricht-----
Von: {P(gashi.full)} <{E(f"{slug(gashi.first[0])}.gashi@abschleppdienst-gashi.de")}>
Gesendet: Montag, 26. Mai 2025 16:03
An: Gebührenstelle Feuerwehr <{N(MAIL_FW)}>
Betreff: Rechnung Bergung Einsatz 18.05. B 55

Sehr geehrte Damen und Herren,

anbei unsere Rechnung Nr. {AZ('AS-25-0' + ids.digits(3, True))} über die Bergung und Verwahrung der Zugmaschine {KFZ(vu['pl2'])} nach dem Verkehrsunfall auf der B 55 (Einsatz mit Kran, 2 Mann, 4,5 Std., Standgeld ab 19.05. je 25,00 EUR/Tag).

Der Halter hat sich bis heute nicht gemeldet. Falls Sie die Kontaktdaten der Spedition haben, wären wir dankbar.

Bitte überweisen Sie den Betrag von 3.284,50 EUR innerhalb von 14 Tagen auf unser Konto:
IBAN {m('IBAN', fmt_iban(ids.iban_de()))}
Steuernummer {m('TNR', ids.tax_number_nrw())} · USt-IdNr. {m('VAT', ids.vat_id())}

Mit freundlichen Grüßen

{P(gashi.full)}
Abschlepp- und Bergungsdienst {P('Gashi')} e.K.
{A(ga.street)} · {A(ga.city)}
Tel. {T(landline('0291'))} · 24h-Notruf {T(mobile('space'))}"""


# ---------------------------------------------------------------- 08
@doc("word", "mitgliederverzeichnis-lg")
def d08():
    ranks = ["HBM", "OBM", "BM", "HFM", "OFM", "FM", "UBM", "FM", "OFM", "HFM", "BI", "FMA"]
    lines = []
    members = []
    for i in range(1, 14):
        p = person(born=(1962, 2006))
        members.append(p)
        a = addr(town="Bestwig") if rng.random() < 0.7 else addr(town="Meschede")
        ph = mobile() if rng.random() < 0.75 else landline("02904")
        fs = pick(["B", "C", "CE", "B/BE", "C1", "—"])
        lines.append(f"{i:>2} | {P(p.listname)} | {pick(ranks)} | {DOB(fd(p.dob))} | {A(a.street)}, {A(a.city)} | "
                     f"{T(ph)} | {fs}")
    SHARED["lg_members"] = members
    leader = members[0]
    return f"""Freiwillige Feuerwehr Gemeinde Bestwig – Löschgruppe Ramsbeck
Mitgliederverzeichnis Einsatzabteilung · Stand 01.07.2025
Nur für den Dienstgebrauch – nicht aushängen!

Nr | Name, Vorname | Dienstgrad | geb. | Anschrift | Telefon | FS
{chr(10).join(lines)}

Jugendfeuerwehr und Ehrenabteilung siehe gesonderte Listen. Änderungen bitte an den Löschgruppenführer {P(leader.first[0] + '. ' + leader.last)} melden, nicht an die Gemeindeverwaltung."""


# ---------------------------------------------------------------- 09
@doc("word", "g26-uebersicht", ["HEALTH"])
def d09():
    doc_ = person("de", "f", title="Dr. med.")
    members = SHARED["lg_members"][:8] + [person(born=(1975, 2000)), person(born=(1975, 2000))]
    results = ["keine Bedenken", "keine Bedenken", "keine Bedenken", "keine Bedenken",
               "befristet: RR-Einstellung, NU 6 Mon.", "dauernde Bedenken (Asthma bronchiale)",
               "keine Bedenken unter Bed.: Maskenbrille", "keine Bedenken", "befristet: nach Bandscheiben-OP",
               "keine Bedenken"]
    rng.shuffle(results)
    rows = []
    for p, res in zip(members, results):
        year = pick(["2023", "2024", "2025"])
        last_u = f"{ri(1, 28):02d}.{ri(1, 7 if year == '2025' else 12):02d}.{year}"
        name = p.last + ", " + p.first
        rows.append(f"{P(name)}{' ' * max(1, 30 - len(name))}{DOB(fd(p.dob, 'dot2'))}   {last_u}   {res}")
    return f"""Atemschutzgeräteträger LG Ramsbeck – arbeitsmedizinische Vorsorge G 26.3
Untersuchende Stelle: Arbeitsmedizinisches Zentrum Sauerland, {P(doc_.full)}
Übersicht für den Löschgruppenführer (vertraulich, Gesundheitsdaten – nur Tauglichkeitsaussage weitergeben!)

Name                          geb.       letzte U.    Ergebnis / Bemerkung
{chr(10).join(rows)}

Hinweis: Kameraden mit befristeten oder dauernden Bedenken dürfen bis zur Nachuntersuchung nicht unter Atemschutz eingesetzt werden. Die Befunde selbst verbleiben beim untersuchenden Arzt.
Rückfragen: {P(doc_.title + ' ' + doc_.last)}, Praxistelefon {T(landline('0291', 'slash'))}"""


# ---------------------------------------------------------------- 10
@doc("outlook", "verdienstausfall-weitergeleitet")
def d10():
    wf = rename(person("de", "m", born=(1964, 1970)), first="Hubertus")
    marek = rename(person("pl", "m", born=(1984, 1992)), first="Marek")
    boss = person("de", "m")
    office = person("de", "f")
    SHARED.update(wf=wf, marek=marek, boss=boss, office=office)
    marek.ssn = ids.social_security(ddmmyy(marek.dob), marek.last[0])
    wf_mail = f"{slug(wf.first)}.{slug(wf.last)}@sundern.de"
    mk_mail = email(marek, "gmx.de", "f.l")
    return f"""Von: {P(wf.full)} <{E(wf_mail)}>
Gesendet: Donnerstag, 3. Juli 2025 21:47
An: Kreisbrandmeister <{N('kreisbrandmeister@hochsauerlandkreis.de')}>; {P(clerk_omar.full)} <{E(staff_mail(clerk_omar))}>
Betreff: WG: Verdienstausfall Juni / Firma {P(boss.last)} Metallbau

Moin zusammen,

anbei die Mail von {P(marek.first)}, bitte mit dem Erstattungsantrag der Firma abgleichen, der müsste diese Woche bei euch eingehen. Er war an drei Tagen im Einsatz (Waldbrand Hachen 11./12.06., Unwetter 19.06.), Einsatzbestätigungen hängen an.

Gruß {P(wf.first)}

> Von: {P(marek.full)} <{E(mk_mail)}>
> Gesendet: Mittwoch, 2. Juli 2025 17:20
> An: {E(wf_mail)}
> Betreff: Verdienstausfall
>
> hallo {P(wf.first.lower())},
> mein chef (herr {P(boss.last.lower())}) fragt wegen der erstattung, er braucht die einsatzbestätigungen vom kreis. die lohnabrechnung schickt frau {P(office.last)} aus dem büro direkt an euch.
> meine rentenversicherungsnummer ist {m('SSN', fmt_ssn(marek.ssn, True))} falls die das brauchen
> danke dir
> {P(marek.first)}"""


# ---------------------------------------------------------------- 11
@doc("word", "erstattungsantrag-arbeitgeber")
def d11():
    s = SHARED
    marek, boss, office = s["marek"], s["boss"], s["office"]
    a = addr(town="Sundern")
    hours = [("11.06.2025", "07:00–16:00", "8,5"), ("12.06.2025", "07:00–12:30", "5,5"),
             ("19.06.2025", "13:15–16:00", "2,75")]
    hl = "\n".join(f"   {d}   {t}   {h} Std." for d, t, h in hours)
    return f"""Antrag auf Erstattung des fortgezahlten Arbeitsentgelts
nach § 21 Abs. 2 Gesetz über den Brandschutz, die Hilfeleistung und den Katastrophenschutz (BHKG)

An die Stadt Sundern – Feuerwehr – über den Hochsauerlandkreis, FD 38

1. Arbeitgeber
   Firma:              {P(boss.last)} Metallbau GmbH & Co. KG
   Anschrift:          {N('Gewerbepark Sellmecke 9')}, {N('59846 Sundern')}
   Ansprechpartnerin:  {P(office.full)}, Lohnbuchhaltung
   USt-IdNr.:          {m('VAT', ids.vat_id())}
   Bankverbindung:     IBAN {m('IBAN', fmt_iban(ids.iban_de(), True))}

2. Arbeitnehmer (Angehöriger der Freiwilligen Feuerwehr)
   Name, Vorname:      {P(marek.listname)}
   Geburtsdatum:       {DOB(fd(marek.dob))}
   Anschrift:          {A(a.street)}, {A(a.city)}
   Rentenvers.-Nr.:    {m('SSN', fmt_ssn(marek.ssn, False))}
   Einheit:            LZ Hachen

3. Ausfallzeiten
{hl}
   Bruttostundenlohn 21,40 EUR zzgl. Arbeitgeberanteile zur Sozialversicherung 20,9 %
   Erstattungsbetrag:  434,92 EUR

Die Richtigkeit der Angaben wird versichert. Die Einsatzbestätigungen des Leiters der Feuerwehr sind beigefügt.

Sundern, 30.06.2025
i. A. {P(office.first[0] + '. ' + office.last)}                       ({P(boss.first + ' ' + boss.last)}, Geschäftsführer)"""


# ---------------------------------------------------------------- 12
@doc("outlook", "haftpflicht-oelspur")
def d12():
    vn = person("de", "f", born=(1960, 1972))
    son = rename(person("de", "m"), last=vn.last)
    han = person("de", "m")
    a = addr(local=False, town="Menden")
    pl = plate(["MK"])
    az = f"38.3-FW-2025/0{ids.digits(3, True)}"
    schaden = f"71-KH-{ids.digits(7, True)}"
    return f"""Von: {P(han.full)} <{E(f"{slug(han.first)}.{slug(han.last)}@sauerland-versicherung.de")}>
An: {N(MAIL_FW)}
Betreff: Ihr Kostenbescheid {AZ(az)} / unser Schaden {AZ(schaden)} / VN {P(vn.last)}

Sehr geehrte Damen und Herren,

wir sind Kfz-Haftpflichtversicherer des Fahrzeugs mit dem Kennzeichen {KFZ(pl)}. Versicherungsnehmerin und Halterin ist Frau {P(vn.full)}, {A(a.street)}, {A(a.city)}, die uns Ihren Kostenbescheid über 1.846,20 EUR für die Beseitigung einer Ölspur auf der L 541 am 09.06.2025 zur Regulierung übergeben hat.

Nach Angaben unserer VN wurde das Fahrzeug zum fraglichen Zeitpunkt von ihrem Sohn, Herrn {P(son.full)}, gefahren. Einen Unfall hat es nicht gegeben; ursächlich war offenbar ein Defekt an der Ölwanne.

Bevor wir eine Zahlung leisten, bitten wir um:
– den Einsatzbericht mit Angabe der tatsächlichen Länge der Ölspur,
– den Nachweis, dass das Fahrzeug unserer VN Verursacher war (Zeugenaussage, Polizeibericht),
– eine nachvollziehbare Aufstellung von Bindemittel und Personalstunden.

Die Regulierung erfolgt ohne Anerkennung einer Rechtspflicht. Bitte geben Sie bei jeder Antwort unsere Schadennummer an.

Mit freundlichen Grüßen

{P(han.full)}
Kraftfahrt-Schaden · Team Regress
Sauerland Versicherung AG
Direktwahl {N('02371 8088-4417')}"""


# ---------------------------------------------------------------- 13
@doc("word", "vermerk-erben-reanimation", ["HEALTH"])
def d13():
    dec = person("de", "m", born=(1944, 1952))
    widow = rename(person("de", "f", born=(1946, 1955)), last=dec.last)
    son = rename(person("de", "m"), last=dec.last)
    dau = person("de", "f")
    a1, a2, a3 = addr(town="Marsberg"), addr(town="Brilon"), addr(local=False, town="Dortmund")
    return f"""Aktenvermerk                                                      Meschede, 11.08.2025
Az.: {AZ(f"38.2-RD-{ids.digits(4, True)}/25")}
Betr.: Rechnung {AZ(invoice_no())} – Einsatz vom 30.05.2025, Patient {P(dec.full)} (verstorben)

Heute Anruf von Herrn {P(son.full)} (Sohn), Rückrufnummer {T(mobile())}.

Sein Vater, Herr {P(dec.full)}, geb. {DOB(fd(dec.dob))}, zuletzt wohnhaft {A(a1.street)}, {A(a1.city)}, ist am 30.05.2025 nach Herzstillstand in der Wohnung trotz Reanimation durch RTW und Notarzt verstorben; ein Transport fand nicht statt. Die AOK hat die Kostenübernahme abgelehnt (Einsatz ohne Transport, keine Satzungsleistung). Unsere Rechnung ging daraufhin an die Anschrift des Verstorbenen und ist dort liegen geblieben.

Herr {P(son.last)} teilt mit, Erben seien laut Erbschein des AG Marsberg (Nachlasssache {AZ(f"5 VI {ri(100, 499)}/25")}):
– die Witwe {P(widow.full)}, gleiche Anschrift,
– er selbst, {A(a2.street)}, {A(a2.city)},
– seine Schwester {P(dau.full)}, {A(a3.street)}, {A(a3.city)}.

Er bittet, die Rechnung an ihn zu richten; er regele den Nachlass für die Familie. Die Mutter ({P(widow.first)}) sei nach dem Tod des Mannes selbst in ärztlicher Behandlung und solle nicht angeschrieben werden.

Vereinbart: Neue Rechnung an Herrn {P(son.first[0] + '. ' + son.last)} als Miterben, Zahlungsziel 6 Wochen. Kopie Erbschein wird per Post nachgereicht.

gez. {P(clerk_mechthild.last)}"""


# ---------------------------------------------------------------- 14
@doc("outlook", "touristin-skiunfall-nl", ["HEALTH"])
def d14():
    dad = person("nl", "m")
    girl = rename(person("nl", "f", born=(2011, 2014)), first="Lotte", last=dad.last)
    cc = ids.credit_card("4", 16)
    nl_iban = iban_country("NL", "RABO" + ids.digits(10))
    mobile_nl = f"+31 6 {ids.digits(4)} {ids.digits(4)}"
    return f"""Betreff: Rechnung {AZ(invoice_no())} / ambulance Winterberg / {P(girl.full)}

Dear Sir or Madam, sehr geehrte Damen und Herren,

sorry for writing in English, my German is not so good.

On 4 February our daughter {P(girl.full)} (born {DOB(fd(girl.dob, 'nl'))}) fell on the slope at Kappe in Winterberg and your ambulance brought her to the {N(HOSPITALS_N[0])}. The wrist was broken and she got a cast, thank you to the crew, they were very kind to her.

Now we got your invoice over 312,00 EUR. Our Dutch insurer (Zilveren Kruis) says we must pay first and send them the paid invoice. I tried two times to transfer the money from our account {m('IBAN', group(nl_iban, 4))} but the bank says "beneficiary reference invalid", maybe because of the dots in the Kassenzeichen?

Is it possible that you charge my credit card instead? Visa {m('CC', group(cc, 4))}, valid until 09/27, name on card {P(dad.first.upper() + ' ' + dad.last.upper())}.

Kind regards / Mit freundlichen Grüßen
{P(dad.full)}
{A('Spoorstraat ' + str(ri(2, 90)))}
{A(f"75{ri(10, 47)} {pick(['JD', 'KL', 'AB', 'PR'])} Enschede")}
Nederland
{T(mobile_nl)}"""


# ---------------------------------------------------------------- 15
@doc("word", "widerspruchsbescheid-anwaeltin", ["HEALTH"])
def d15():
    law = person("gr", "f", title="Dr.")
    partner = person("de", "m")
    cl = person("de", "f", born=(1985, 1998))
    signer = person("de", "m")
    la, ca = addr(local=False, town="Soest"), addr(town="Olsberg")
    return f"""Hochsauerlandkreis · Der Landrat
Rechtsamt – Widerspruchsstelle
Postanschrift: Postfach 1403 · {N(OFFICE_CITY)}

Gegen Postzustellungsurkunde
Rechtsanwälte {P(law.last)} & {P(partner.last)}
Frau Rechtsanwältin {P(law.full)}
{A(la.street)}
{A(la.city)}

Ihr Zeichen: {AZ(f"{ri(100, 480)}/25 {law.first[0]}{law.last[0]}{ri(1, 9):02d}")}
Unser Zeichen: {AZ(f"30.1-RD-W {ids.digits(4, True)}/25")}
Meschede, 21.08.2025

Widerspruchsbescheid

In dem Widerspruchsverfahren Ihrer Mandantin, Frau {P(cl.full)}, geb. {DOB(fd(cl.dob))}, {A(ca.street)}, {A(ca.city)}, gegen den Gebührenbescheid vom 12.05.2025 (Kassenzeichen {AZ(kassenzeichen())}) ergeht folgende Entscheidung:

1. Der Widerspruch wird zurückgewiesen.
2. Die Kosten des Verfahrens trägt die Widerspruchsführerin.

Gründe

I.
Am 19.03.2025 ging in der Kreisleitstelle ein Notruf aus einem Café in Olsberg ein; eine Frau sei am Tisch zusammengebrochen und krampfe. Der entsandte Rettungswagen traf Ihre Mandantin nach Abklingen des Krampfanfalls an. Sie lehnte nach ärztlicher Aufklärung durch den Notarzt den Transport in ein Krankenhaus ab und unterschrieb eine entsprechende Erklärung. Ihre Krankenkasse verweigerte die Kostenübernahme für den Einsatz ohne Transport; daraufhin wurden die Gebühren gegenüber Frau {P(cl.last)} festgesetzt.

II.
Der Widerspruch ist zulässig, aber unbegründet. Gebührenschuldner ist nach der Gebührensatzung, wer die Leistung des Rettungsdienstes in Anspruch nimmt; auf die Person des Anrufers kommt es nicht an (vgl. {N('OVG NRW, Beschluss vom 12.05.2021 – 9 A 2114/19')}). Ihre Mandantin hat die Untersuchung und Versorgung durch die Besatzung angenommen. Dass sie einen Transport ablehnte, ändert an der Inanspruchnahme nichts.

Rechtsbehelfsbelehrung
Gegen den Gebührenbescheid in der Gestalt dieses Widerspruchsbescheides kann innerhalb eines Monats nach Zustellung Klage beim Verwaltungsgericht Arnsberg, {N('Jägerstraße 1')}, {N('59821 Arnsberg')}, erhoben werden.

Im Auftrag
{P(signer.full)}"""


# ---------------------------------------------------------------- 16
@doc("outlook", "anwalt-widerspruch-tueroeffnung")
def d16():
    law = person("xk", "m")
    cl = rename(person("de", "f", born=(1950, 1960)), last="von der Heyde")
    nb = person("it", "f")
    la = addr(town="Arnsberg")
    ca = addr(town="Arnsberg")
    az = f"38.3-FW-2025/0{ids.digits(3, True)}"
    law_mail = f"{slug(law.last)}@kanzlei-{slug(law.last)}.de"
    return f"""Von: RA {P(law.full)} <{E(law_mail)}>
An: {N(MAIL_FW)}
Cc: {E(email(cl, 't-online.de', 'l.f'))}
Betreff: Widerspruch – Kostenbescheid {AZ(az)} – Mandantin {P(cl.full)}
Anlage: Vollmacht.pdf

Sehr geehrte Damen und Herren,

in der oben bezeichneten Angelegenheit zeige ich unter Vorlage einer auf mich lautenden Vollmacht an, dass ich Frau {P(cl.full)}, {A(ca.street)}, {A(ca.city)}, vertrete. Namens und in Vollmacht meiner Mandantin lege ich gegen den Kostenbescheid vom 04.07.2025

W i d e r s p r u c h

ein.

Begründung: Die Feuerwehr hat am 21.06.2025 die Wohnungstür meiner Mandantin gewaltsam geöffnet, weil die Nachbarin, Frau {P(nb.full)}, einen „Hilferuf“ gehört haben will. Meine Mandantin befand sich zu diesem Zeitpunkt nachweislich bei ihrer Schwester in Soest. Sie hat den Einsatz weder veranlasst noch war sie in einer hilflosen Lage. Eine Kostenpflicht nach § 52 BHKG scheidet aus. Die Kosten für den Austausch des Schließzylinders (186,40 EUR) mache ich zudem als Schaden geltend.

Ich bitte um Akteneinsicht in den Einsatzbericht und die Aufzeichnung des Notrufs sowie um Bestätigung, dass die Vollstreckung bis zur Entscheidung ausgesetzt wird.

Mein Zeichen: {AZ(f"{law.last[:3].upper()}-{ids.digits(3, True)}/25")}

Mit freundlichen Grüßen

{P(law.full)}
Rechtsanwalt · Fachanwalt für Verwaltungsrecht
{A(la.street)} · {A(la.city)}
Telefon {T(landline('02932', 'space'))}"""


# ---------------------------------------------------------------- 17
@doc("word", "ocr-verordnung-krankenbefoerderung", ["HEALTH"])
def d17():
    pat = person("vn", "f", born=(1950, 1960))
    dr = person("de", "m", title="Dr. med.")
    a = addr(town="Meschede")
    pa = addr(town="Meschede")
    k = kvnr()
    d = fd(pat.dob, "dot4")
    d_ocr = d[:4] + d[4:].replace("0", "O", 1) if "0" in d[4:] else d
    return f"""[Scan 2025-07-03 Seite 1/1, OCR]
Verordnung einer Krankenbef0rderung                                    4
Krankenkasse bzw. Kostenträger
DAK-Gesundheit
Name, Vorname des Versicherten
{P(pat.last + ', ' + pat.first)}                                  geb. am
{A(a.street)} ,                                            {DOB(d_ocr)}
D {A(a.city)}
Kostenträgerkennung  Versicherten-Nr.       Status
{N('1O4 815 708')}          {KV(k)}             1OOO0OO
Betriebsstätten-Nr.   Arzt-Nr.              Datum
{N('36 12 48 900')}          {N('5 42 31 87 01')}          03.07.25

[x] Hinfahrt   [x] Rückfahrt   [ ] Notfall   [x] Serienverordnung 3x/Woche
Behandlungsstätte: Dialysezentrum Meschede
Begründung: hochfrequente Behandlung – Dialyse (N18.5), Pat. nicht gehfähig, Rollstuhl
Art des Fahrzeugs: KTW, da fachliche Betreuung erforderlich (Sauerstoff)

Vertragsarztstempel / Unterschrift
{P(dr.full)} · Innere Medizin / Nephrologie
{A(pa.street)}, {A(pa.city)} · Tel. {T(landline('0291', 'slash'))}
______ unleserlich ______"""


# ---------------------------------------------------------------- 18
@doc("outlook", "feuerwehrmann-abmeldung-knie", ["HEALTH", "UNION"])
def d18():
    zf = person("de", "m")
    ausb = person("de", "m")
    sven = rename(person("de", "m"), first="Sven")
    me = rename(person("de", "m", born=(1990, 1999)), first="Niklas")
    return f"""Von: {P(me.full)} <{E(email(me, 'web.de', 'fi.l'))}>
An: {P(zf.full)} <{E(f"{slug(zf.first)}.{slug(zf.last)}@feuerwehr-olsberg.de")}>
Betreff: Übungsdienst + AGT-Lehrgang

Hi {P(zf.first)},

ich muss mich für die nächsten Wochen abmelden: Kreuzbandriss beim Fußball, OP ist am Montag, danach bin ich mindestens bis Ende August krankgeschrieben. Den Atemschutzlehrgang im September schaffe ich dann nicht mehr. Kannst du mich bei Kreisausbilder {P(ausb.last)} auf den Frühjahrslehrgang umbuchen lassen?

Noch was anderes: mein Arbeitgeber macht Stress wegen der Freistellung bei den Nachteinsätzen, ich soll die Stunden nacharbeiten. Ich hab das mit unserem IG-Metall-Vertrauensmann besprochen (bin ja seit der Ausbildung Mitglied), die würden notfalls den Betriebsrat einschalten. Falls vom Kreis oder der Stadt ein Schreiben an die Firma geht, sag mir bitte vorher Bescheid.

Den Schlüssel fürs Gerätehaus und den Melder gebe ich morgen bei {P(sven.first)} ab.

LG {P(me.first)}

--
{P(me.full)}
{T(mobile())}"""


# ---------------------------------------------------------------- 19
@doc("word", "parkliste-geraetehaus")
def d19():
    rows = []
    for _ in range(15):
        p = person(born=(1965, 2005))
        code = ["HSK", "BRI"]
        pl = plate(code, suffix=pick(["", "", "", "", "", "E"]))
        extra = ""
        if rng.random() < 0.2:
            extra = " / " + KFZ(plate(code))
        name = pick([f"{p.first} {p.last}", f"{p.last} {p.first}", f"{p.first[0]}. {p.last}"])
        rows.append(f"{P(name)}\t{T(mobile(pick(['space', 'plain', 'slash'])))}\t{KFZ(pl)}{extra}")
    return f"""Löschzug Winterberg-Siedlinghausen
Parkregelung am Gerätehaus bei Alarm (gültig ab 01.09.2025)

Bei Alarm dürfen AUSSCHLIESSLICH die unten aufgeführten Privatfahrzeuge auf dem Hof vor Tor 3 abgestellt werden. Alle anderen parken auf dem Schützenplatz. Fremdparker werden über das Ordnungsamt abgeschleppt. Bei Kennzeichenwechsel bitte sofort melden!

Name\tHandy (Alarm-Rückmeldung)\tKennzeichen
{chr(10).join(rows)}

Stand: 18.08.2025 – Zugführung"""


# ---------------------------------------------------------------- 20
@doc("outlook", "ehrungen-kreisbrandmeister", ["POLITICS"])
def d20():
    sb = person("de", "f")
    hon = [(person(born=(1955, 1985)), pick(["25", "25", "35", "40"])) for _ in range(7)]
    ratsherr = person("xk", "m", born=(1970, 1980))
    hon.append((ratsherr, "25"))
    lines = "\n".join(f"- {P(p.full)}, geb. {DOB(fd(p.dob, pick(['dot4', 'short'])))}, {y} Jahre" for p, y in hon)
    return f"""Von: {P(kbm.full)} <{E(staff_mail(kbm))}>
Gesendet: Freitag, 15. August 2025 08:31
An: {P(sb.full)} <{E(f"{slug(sb.first[0])}.{slug(sb.last)}@medebach.de")}>
Cc: {N('kreisbrandmeister@hochsauerlandkreis.de')}
Betreff: Ehrungen Jahreshauptversammlung LZ Medebach am 14.11.

Liebe Frau {P(sb.last)},

für die Jahreshauptversammlung des Löschzugs Medebach sind folgende Ehrungen für langjährige Mitgliedschaft vorgesehen (Ehrenzeichen des Landes bzw. Ehrennadel des Verbandes):

{lines}

Die Urkunden beantrage ich diese Woche bei der Bezirksregierung. Bitte prüfen Sie noch, ob die Eintrittsdaten in Ihrer Personalakte mit unserer Liste übereinstimmen, bei Kamerad {P(hon[2][0].last)} haben wir zwei verschiedene Angaben.

Ein Hinweis zu {P(ratsherr.first + ' ' + ratsherr.last)}: Er sitzt seit der letzten Wahl für die Grünen im Rat. Damit es keine Missverständnisse gibt, sollte die Laudatio nicht der Bürgermeister halten, sondern der Zugführer. Ich würde das gern vorab mit Ihnen abstimmen.

Mit kameradschaftlichen Grüßen
{P(kbm.full)}
Kreisbrandmeister
Hochsauerlandkreis · Fachdienst 38 · Tel. {N('0291 94-3800')}"""


# ---------------------------------------------------------------- 21
@doc("word", "aufwandsentschaedigung-fuehrungskraefte")
def d21():
    wf = SHARED["wf"]
    people = [(wf, "Leiter der Feuerwehr Sundern", "270,00")]
    funcs = [("stv. Leiter der Feuerwehr", "135,00", "m"), ("Zugführer LZ Hachen", "80,00", "m"),
             ("Zugführerin LZ Sundern-Mitte", "80,00", "f"), ("Gruppenführerin LG Allendorf", "40,00", "f"),
             ("Gerätewart", "60,00", "m"), ("Leiterin der Jugendfeuerwehr", "80,00", "f"),
             ("Sicherheitsbeauftragter", "30,00", "m")]
    for f, eur, g in funcs:
        people.append((person(g=g, born=(1965, 1995)), f, eur))
    blocks = []
    for i, (p, f, eur) in enumerate(people, 1):
        a = addr(town="Sundern")
        tid = ids.tax_id()
        blocks.append(f"""{i}) {P(p.full)} – {f}, monatlich {eur} EUR
   geb. {DOB(fd(p.dob))} · Steuer-ID {m('TID', fmt_taxid(tid))}
   {A(a.street)}, {A(a.city)}
   IBAN {m('IBAN', fmt_iban(ids.iban_de()))}""")
    return f"""Stadt Sundern – Fachbereich 3 / Feuerwehr
Auszahlungsanordnung Aufwandsentschädigung Führungskräfte der Freiwilligen Feuerwehr
(§ 11 Abs. 2 BHKG i. V. m. der Entschädigungsverordnung NRW) – Zeitraum 3. Quartal 2025

Die Entschädigungen sind nach § 3 Nr. 12 EStG i. V. m. R 3.12 LStR bis 250 EUR monatlich steuerfrei; übersteigende Beträge werden über die Lohnabrechnung versteuert (Steuer-ID erforderlich).

{chr(10).join(blocks)}

Sachlich und rechnerisch richtig: {P(clerk_omar.first[0] + '. ' + clerk_omar.last)}
Angeordnet: {P(wf.first[0] + '. ' + wf.last)}"""


# ---------------------------------------------------------------- 22
@doc("outlook", "fehlalarm-bma-hotel")
def d22():
    own = person("it", "m")
    mgr = person("de", "f")
    a = addr(town="Winterberg")
    return f"""Betreff: FEHLALARM = 890 EURO?????  Ihr Bescheid {AZ(f"38.3-FW-2025/0{ids.digits(3, True)}")}

Sehr geehrte Damen und Herren,

ich bin wirklich SPRACHLOS. Am 02.08. hat in unserem Hotel die Brandmeldeanlage ausgelöst, weil ein Gast auf Zimmer 14 geduscht hat und der Dampf in den Melder gezogen ist. Es gab KEIN Feuer. Die Feuerwehr war 12 Minuten da, hat sich das angesehen und ist wieder gefahren. Dafür 890,00 Euro???

Meine Anlage ist gewartet (Wartungsvertrag mit der Firma Brandschutz Sauerland, letzte Prüfung März 2025), das Protokoll kann meine Hausdame Frau {P(mgr.last)} Ihnen jederzeit schicken. Ich zahle jedes Jahr Gewerbesteuer und Grundsteuer an die Stadt und dann so etwas.

Ich lege hiermit WIDERSPRUCH ein und verlange, dass der Betrag erlassen wird. Wenn Sie es nicht erlassen können, dann wenigstens Ratenzahlung, die Saison war schlecht genug.

Hochachtungsvoll
{P(own.full)}
Inhaber Landhotel Kahler Asten Blick
{A(a.street)}
{A(a.city)}
Tel. {T(landline('02981', 'pairs'))} · {E(f"{slug(own.first)}@landhotel-asten-blick.de")}
USt-IdNr. {m('VAT', ids.vat_id())} · St.-Nr. {m('TNR', ids.tax_number_nrw())}"""


# ---------------------------------------------------------------- 23
@doc("word", "anhoerung-tierrettung")
def d23():
    own = person("de", "f", born=(1970, 1990))
    husband = rename(person("de", "m"), last=own.last)
    signer = person("de", "m")
    hof = addr(town="Hallenberg")
    az = f"38.3-FW-2025/0{ids.digits(3, True)}"
    return f"""Hochsauerlandkreis · Der Landrat · Fachdienst 38
{N(OFFICE_STREET)}, {N(OFFICE_CITY)}

Frau
{P(own.full)}
{A(hof.street)}
{A(hof.city)}

Aktenzeichen: {AZ(az)}                                    Meschede, 25.07.2025

Anhörung vor Erlass eines Kostenbescheides nach § 52 BHKG
Einsatz der Feuerwehr Hallenberg am 07.07.2025 – Rettung eines Pferdes

{own.geehrt} {P(own.last)},

am 07.07.2025 gegen 19:20 Uhr wurde die Feuerwehr Hallenberg auf Notruf Ihres Ehemanns, Herrn {P(husband.full)}, zu Ihrem Hof alarmiert. Ihre Stute war auf der Koppel hinter dem Stallgebäude in einen nicht abgedeckten Wassergraben gestürzt und konnte sich nicht selbst befreien. Das Tier wurde mit Hebekissen und einem Großtierrettungsgeschirr durch den Rüstwagen geborgen; der Einsatz dauerte 2 Stunden 45 Minuten.

Für Einsätze zur Rettung von Tieren können nach § 52 Abs. 2 BHKG Kosten vom Halter des Tieres erhoben werden. Ich beabsichtige, Ihnen Kosten in Höhe von voraussichtlich 1.215,00 EUR aufzuerlegen (Personal 16 Std. à 38,00 EUR, Rüstwagen 2,75 Std., Verbrauchsmaterial).

Bevor ich entscheide, erhalten Sie Gelegenheit, sich bis zum 15.08.2025 schriftlich zu äußern (§ 28 VwVfG NRW). Insbesondere können Sie mitteilen, ob eine Tierhalterhaftpflichtversicherung besteht, die für die Kosten eintritt; dann benötige ich Versicherer und Versicherungsscheinnummer.

Mit freundlichen Grüßen
Im Auftrag
{P(signer.full)}"""


# ---------------------------------------------------------------- 24
@doc("outlook", "unfallkasse-anfrage", ["HEALTH"])
def d24():
    ff = person("tr", "f", born=(1992, 2000))
    uk = person("de", "f")
    darzt = person("de", "m", title="Dr.")
    SHARED["uk"] = dict(ff=ff, uk=uk, darzt=darzt, az=f"UK-FW-2025-{ids.digits(6, True)}")
    return f"""Von: {P(uk.full)} <{E(f"{slug(uk.first)}.{slug(uk.last)}@unfallkasse-nrw.de")}>
Gesendet: Montag, 1. September 2025 10:05
An: {N('kreisbrandmeister@hochsauerlandkreis.de')}
Betreff: Unfall im Feuerwehrdienst – {P(ff.full)}, geb. {DOB(fd(ff.dob))} – unser Az. {AZ(SHARED['uk']['az'])}

Sehr geehrte Damen und Herren,

uns liegt der Durchgangsarztbericht von Herrn {P(darzt.full)} über einen Unfall Ihrer Feuerwehrangehörigen Frau {P(ff.full)} vom 23.08.2025 vor. Danach hat sich Frau {P(ff.last)} bei einem Brandeinsatz in Olsberg beim Vornehmen eines C-Rohrs auf einer nassen Kellertreppe eine Sprunggelenksfraktur rechts (OSG, Weber B) zugezogen; sie wurde operativ versorgt.

Eine Unfallanzeige der Gemeinde haben wir noch nicht erhalten. Bitte übersenden Sie uns kurzfristig:
1. die Unfallanzeige (Vordruck UV 1),
2. den Einsatzbericht bzw. eine Bestätigung des Einsatzleiters,
3. Angaben zu Arbeitgeber und Krankenkasse der Versicherten (wegen Verletztengeld).

Bitte geben Sie stets unser Aktenzeichen an.

Mit freundlichen Grüßen
Im Auftrag
{P(uk.full)}
Unfallkasse Nordrhein-Westfalen · Regionaldirektion Westfalen-Lippe
Servicetelefon {N('0251 2102-0')}"""


# ---------------------------------------------------------------- 25
@doc("word", "unfallanzeige-ff", ["HEALTH"])
def d25():
    s = SHARED["uk"]
    ff, darzt = s["ff"], s["darzt"]
    a = addr(town="Olsberg")
    wit = person("de", "m")
    wit2 = person("ru", "m")
    sign = person("de", "m")
    da = addr(town="Brilon")
    return f"""UNFALLANZEIGE für Angehörige der Freiwilligen Feuerwehr
Unfallversicherungsträger: Unfallkasse NRW · Az. der UK: {AZ(s['az'])}
Unternehmen: Stadt Olsberg – Feuerwehr –, {N('Bigger Platz 6')}, {N('59939 Olsberg')}

1  Name, Vorname der versicherten Person: {P(ff.listname)}
2  Geburtsdatum: {DOB(fd(ff.dob))}          3 Geschlecht: weiblich
4  Anschrift: {A(a.street)}, {A(a.city)}
5  Staatsangehörigkeit: deutsch
6  Krankenkasse: Techniker Krankenkasse, Vers.-Nr. {KV(kvnr())}
7  Telefon: {T(mobile())}
8  Funktion in der Feuerwehr: Oberfeuerwehrfrau, Atemschutzgeräteträgerin, LG Bigge
9  Hauptberuf / Arbeitgeber: Erzieherin, Kita St. Martin, Olsberg

10 Unfallzeitpunkt: 23.08.2025, 14:37 Uhr      11 Unfallort: Einsatzstelle Wohnhausbrand, Olsberg, Kellerabgang
12 Ausführliche Schilderung:
   Beim Vorgehen zur Brandbekämpfung im Keller mit C-Rohr rutschte die Versicherte auf der durchnässten Treppe aus und knickte mit dem rechten Fuß um. Sie wurde vom Trupppartner {P(wit.full)} ins Freie gebracht und vom Rettungsdienst versorgt.
13 Verletzte Körperteile / Art der Verletzung: rechtes Sprunggelenk, Fraktur (laut D-Arzt)
14 Erstbehandlung: D-Arzt {P(darzt.full)}, Unfallchirurgie, {A(da.street)}, {A(da.city)}
15 Zeugen: {P(wit.full)} (Trupppartner); {P(wit2.first[0] + '. ' + wit2.last)} (Gruppenführer), Tel. {T(mobile())}
16 Dienst unterbrochen: ja, ab 23.08.2025 arbeitsunfähig

Olsberg, 04.09.2025
Leiter der Feuerwehr: {P(sign.full)}                Ansprechpartner: {P(sign.last)}, Tel. {N('02962 982-0')}"""


# ---------------------------------------------------------------- 26
@doc("outlook", "intern-anschriftenermittlung", ["HEALTH"])
def d26():
    pat = person("ru", "f", born=(1940, 1950))
    old, new = addr(town="Arnsberg"), addr(local=False, town="Soest")
    inv = invoice_no()
    idc = ids.id_card(check_digit=True)
    return f"""Von: {P(clerk_jens.full)} <{E(staff_mail(clerk_jens))}>
Gesendet: Dienstag, 12. August 2025 14:22
An: {P(clerk_mechthild.full)} <{E(staff_mail(clerk_mechthild))}>
Betreff: AW: Rückläufer {AZ(inv)} – {P(pat.last)}

Hallo {P(clerk_mechthild.first)},

die EMA-Auskunft aus Arnsberg ist da: Frau {P(pat.full)} ist zum 01.06. weggezogen, neue Anschrift {A(new.street)}, {A(new.city)} (betreutes Wohnen). Passt auch zum Alter, Geburtsdatum laut Melderegister {DOB(fd(pat.dob))}. Personalausweis im Polizeibericht war {m('IDC', idc)}, stimmt mit der Auskunft überein.

Ich schicke die Rechnung neu raus und setze die Mahnsperre bis Ende September.

Viele Grüße
{P(clerk_jens.first)}

----- Ursprüngliche Nachricht -----
Von: {P(clerk_mechthild.full)}
Gesendet: Montag, 11. August 2025 08:57
An: {P(clerk_jens.full)}
Betreff: Rückläufer {AZ(inv)} – {P(pat.last)}

Moin {P(clerk_jens.first)},

die Rechnung an Frau {P(pat.last)} (Sturz in der Fußgängerzone am 14.05., Platzwunde, Transport {N('Klinikum Arnsberg')}) ist als „unbekannt verzogen“ zurückgekommen. Alte Anschrift {A(old.street)}, {A(old.city)}. Die Kasse zahlt nicht, weil sie zum Einsatzzeitpunkt privat versichert war. Kannst du bitte eine Melderegisterauskunft einholen?

Danke!
{P(clerk_mechthild.first[0] + '. ' + clerk_mechthild.last)}"""


# ---------------------------------------------------------------- 27
@doc("word", "export-sicherstellungen-ohne-kopf")
def d27():
    rows = []
    firms = ["Auto-Service Brilon GmbH", "Sauerland Bergung GmbH", "Abschleppdienst " + "Gashi", "ADAC-Straßendienst"]
    for i in range(11):
        kind = "de" if i not in (4, 8) else ("nl" if i == 4 else "pl")
        day = f"2025-0{ri(5, 8)}-{ri(1, 28):02d}"
        firm = pick(firms)
        firm_m = firm if "Gashi" not in firm else "Abschleppdienst " + P("Gashi")
        if kind == "de":
            p = person(born=(1950, 2004))
            a = addr(local=rng.random() < 0.7)
            pl = plate(a.codes)
            street, city = a.street, a.city
        elif kind == "nl":
            p = person("nl")
            pl = f"{pick(['XR', 'GV', 'ZT'])}-{ids.digits(3, True)}-{pick('BDFGHJKLNPRSTXZ')}"
            street, city = f"Kerkstraat {ri(1, 80)}", f"68{ri(11, 46)} {pick(['AB', 'CK', 'LT'])} Arnhem"
        else:
            p = person("pl")
            pl = f"PO {ids.digits(1, True)}{pick('ABCEFGHJ')}{ids.digits(3)}"
            street, city = f"ul. Lipowa {ri(1, 60)}", f"60-{ids.digits(3)} Poznań"
        grund = pick(["VU, nicht fahrbereit", "Halteverbot Rettungsweg", "Brandfahrzeug", "VU, Halter verletzt",
                      "Zufahrt Einsatzstelle blockiert", "Ölverlust"])
        rows.append(";".join([day, KFZ(pl), P(p.last + " " + p.first), A(street), A(city), firm_m,
                              AZ(f"SI-25-{ids.digits(4, True)}"), grund]))
    return "\n".join(rows)


# ---------------------------------------------------------------- 28
@doc("outlook", "betreuerin-rechnung", ["HEALTH"])
def d28():
    bt = rename(person("de", "f"), last="Kaiser-Nölle")
    pat = person("de", "m", born=(1936, 1944))
    heim = addr(town="Medebach")
    ba = addr(town="Brilon")
    inv1, inv2 = invoice_no(), invoice_no()
    return f"""Betreff: Herr {P(pat.full)} – Rechnungen {AZ(inv1)} und {AZ(inv2)}

Sehr geehrte Damen und Herren,

ich bin vom Amtsgericht Brilon zur rechtlichen Betreuerin von Herrn {P(pat.full)}, geb. {DOB(fd(pat.dob, 'long'))}, bestellt (Az. {AZ(f"3 XVII {ri(100, 899)}/{pick(['22', '23', '24'])}")}), Aufgabenkreise u. a. Vermögenssorge und Behördenangelegenheiten. Eine Kopie des Betreuerausweises füge ich bei.

Herr {P(pat.last)} lebt seit Februar im Seniorenzentrum, {A(heim.street)}, {A(heim.city)}. Aufgrund seiner fortgeschrittenen Demenz verlässt er nachts immer wieder das Haus; zweimal wurde er im Juli unterkühlt aufgefunden und mit dem Rettungswagen ins Krankenhaus gebracht. Für beide Einsätze liegen mir nun Ihre Rechnungen vor.

Herr {P(pat.last)} ist bei der Knappschaft versichert (Versichertennummer {KV(kvnr())}). Ich bitte Sie, die Rechnungen dort einzureichen und Schriftverkehr künftig ausschließlich an mich zu richten.

Mit freundlichen Grüßen

{P(bt.full)}
Berufsbetreuerin
{A(ba.street)}
{A(ba.city)}
Tel. {T(landline('02961', 'dash'))} · Fax {T(landline('02961', 'dash'))}
{E(f"betreuung.{slug(bt.last)}@t-online.de")}"""


# ---------------------------------------------------------------- 29
@doc("word", "antwort-beschwerde-aelrd", ["HEALTH", "RELIGION"])
def d29():
    son = person("pt", "m")
    father = rename(person("pt", "m", born=(1940, 1950)), last=son.last)
    while father.first == son.first:
        rename(father, first=pick(FIRST["pt"]["m"]))
    a = addr(town="Schmallenberg")
    na = person("de", "f", title="Dr.")
    return f"""Hochsauerlandkreis
Ärztliche Leitung Rettungsdienst

Herrn
{P(son.full)}
{A(a.street)}
{A(a.city)}

Ihr Schreiben vom 29.07.2025 · Unser Zeichen: {AZ(f"ÄLRD-B {ids.digits(3, True)}/25")}

Einsatz vom 16.07.2025 – Versorgung Ihres Vaters

{son.geehrt} {P(son.last)},

vielen Dank für Ihr ausführliches Schreiben. Ich habe den Einsatz anhand des Protokolls und nach Gesprächen mit der Notärztin, Frau {P(na.full)}, und der RTW-Besatzung geprüft.

Ihr Vater, Herr {P(father.full)}, hatte bei starkem Blutverlust aus dem oberen Magen-Darm-Trakt gegenüber dem Team unmissverständlich erklärt, als Zeuge Jehovas keine Bluttransfusion und keine Blutprodukte anzunehmen. Diese Entscheidung war zudem in einer Patientenverfügung niedergelegt, die Ihre Mutter vorlegte. Das Team war verpflichtet, diesen Willen zu respektieren, auch wenn es medizinisch anders entschieden hätte. Ihr Vater wurde stattdessen mit Volumenersatz stabilisiert und in die nächste geeignete Klinik gebracht, die über blutsparende Verfahren verfügt. Den Umweg von etwa 20 Minuten halte ich deshalb für vertretbar.

Ich verstehe, dass diese Situation für Sie als Familie schwer war, und biete Ihnen gern ein persönliches Gespräch an. Sie erreichen mein Sekretariat unter {N('0291 94-3870')}.

Mit freundlichen Grüßen

{P(aelrd.full)}
Ärztlicher Leiter Rettungsdienst"""


# ---------------------------------------------------------------- 30
@doc("outlook", "ratenzahlung-mutter", ["HEALTH"])
def d30():
    mom = person(pick(["ar", "tr", "de"]), "f", born=(1985, 1995))
    kid = rename(person("de", "m", born=(2015, 2019)), last=mom.last)
    a = addr(town="Marsberg")
    inv1, inv2 = invoice_no(), invoice_no()
    mc = ids.credit_card("5" + str(ri(1, 5)), 16)
    return f"""Von: {P(mom.full)} <{E(email(mom))}>
An: {N(MAIL_RD)}
Betreff: Bitte um Ratenzahlung {AZ(inv1)} + {AZ(inv2)}

Hallo,

ich habe zwei Rechnungen von Ihnen bekommen für die Rettungswageneinsätze am 03.06. und 27.06. für meinen Sohn {P(kid.first)} ({DOB(fd(kid.dob, 'short'))}). Er hat schweres Asthma und beide Male einen Anfall gehabt, wo das Spray nicht mehr geholfen hat.

Die Krankenkasse hat erst gezahlt und dann zurückgebucht, weil angeblich die Familienversicherung abgelaufen ist, das kläre ich gerade mit denen. Bis das geklärt ist, möchte ich nicht gemahnt werden. Falls ich doch zahlen muss, geht das nur in Raten, ich bin alleinerziehend und arbeite Teilzeit. Vorschlag: 50 Euro im Monat per Lastschrift von meinem Konto {m('IBAN', fmt_iban(ids.iban_de(), False))}.

Alternativ kann ich die erste Rate auch mit Karte zahlen: {m('CC', mc)} (Mastercard), aber das wollte ich nicht einfach so in eine Mail schreiben, ich hoffe das ist okay.

Unsere Adresse: {A(a.street)} in {A(a.city)}. Telefon tagsüber {T(mobile())}.

Danke und viele Grüße
{P(mom.full)}"""


# ---------------------------------------------------------------- main
def main():
    assert len(DOCS) == 30, len(DOCS)
    lines = []
    for i, (channel, template, flags, fn) in enumerate(DOCS, 1):
        marked = fn()
        obj = build(f"F153-{i:03d}", channel, template, marked, flags)
        lines.append(json.dumps(obj, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
