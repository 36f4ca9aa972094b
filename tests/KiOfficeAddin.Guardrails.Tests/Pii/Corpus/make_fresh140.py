"""Blind test batch 140: a Lower Bavarian town's residents' registration office (Einwohnermeldeamt Landau a.d.Isar).

EU citizens' registrations (Romanian, Bulgarian, Hungarian, Croatian, Polish seasonal and meat-industry workers),
employers' lists, landlords' housing confirmations, information blocks because of threats, broken-German mails.
All names, addresses and numbers are invented; every identifier with a check digit is valid.
Deterministic: all randomness comes from Identifiers(14040).rng.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from identifiers import Identifiers, group, icao_check, luhn_check, mod11_10_check  # noqa: E402
from marks import build  # noqa: E402

ids = Identifiers(14040)
rng = ids.rng


# ---------------------------------------------------------------- marks
def _mk(code):
    return lambda v: f"[[{code}|{v}]]"


P, A, E, T, IB, TID, TNR, VAT = (_mk(c) for c in ("P", "A", "E", "T", "IBAN", "TID", "TNR", "VAT"))
IDC, PASS, SSN, KV, DOB, KFZ, AZ, CC, N = (_mk(c) for c in ("IDC", "PASS", "SSN", "KV", "DOB", "KFZ", "AZ", "CC", "N"))

# ---------------------------------------------------------------- public office data (neutral)
TOWN = "Landau a.d.Isar"
RATHAUS_STR = "Oberer Stadtplatz 1"
RATHAUS_ORT = "94405 Landau a.d.Isar"
SWITCHBOARD = "09951 941-0"
MAILBOX = "buergerbuero@landau-isar.de"

# ---------------------------------------------------------------- random helpers
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def num(lo, hi):
    return rng.randint(lo, hi)


def dg(n):
    return ids.digits(n)


def hn(letter_chance=0.2):
    n = str(num(1, 48))
    if rng.random() < letter_chance:
        n += rng.choice("abc")
    return n


def birth(y0, y1):
    return (num(1, 28), num(1, 12), num(y0, y1))


BD = {}


def bd(key, y0, y1):
    """The same person keeps the same birth date across documents."""
    if key not in BD:
        BD[key] = birth(y0, y1)
    return BD[key]


def f_dot(b):
    return f"{b[0]:02d}.{b[1]:02d}.{b[2]}"


def f_dot_short(b):
    return f"{b[0]}.{b[1]}.{b[2]}"


def f_yy(b):
    return f"{b[0]:02d}.{b[1]:02d}.{b[2] % 100:02d}"


def f_iso(b):
    return f"{b[2]}-{b[1]:02d}-{b[0]:02d}"


def f_long(b):
    return f"{b[0]}. {MONTHS_DE[b[1] - 1]} {b[2]}"


def f_en(b):
    return f"{b[0]} {MONTHS_EN[b[1] - 1]} {b[2]}"


def f_hu(b):
    return f"{b[2]}. {b[1]:02d}. {b[0]:02d}."


def f_slash(b):
    return f"{b[0]:02d}/{b[1]:02d}/{b[2]}"


def ddmmyy(b):
    return f"{b[0]:02d}{b[1]:02d}{b[2] % 100:02d}"


# phones (numbering plans as in libphonenumber)
def de_mobile_parts():
    if rng.random() < 0.5:
        pre, sub = rng.choice(["151", "152", "157", "159", "176"]), dg(8)
    else:
        pre, sub = rng.choice(["160", "162", "170", "171", "172", "175", "178"]), dg(7)
    return pre, rng.choice("123456789") + sub[1:]


def de_mobile(style=None):
    pre, sub = de_mobile_parts()
    style = style if style is not None else num(0, 5)
    if style == 0:
        return f"0{pre} {sub}"
    if style == 1:
        return f"0{pre}/{sub}"
    if style == 2:
        return f"+49 {pre} {sub}"
    if style == 3:
        return f"0{pre}-{sub[:3]} {sub[3:]}"
    if style == 4:
        return f"+49{pre}{sub}"
    return f"0049 {pre} {sub[:4]} {sub[4:]}"


def de_land(area, style=None):
    sub = dg(num(5, 6)) if len(area) <= 4 else dg(num(4, 6))
    if sub[0] == "0":
        sub = "4" + sub[1:]
    style = style if style is not None else num(0, 3)
    if style == 0:
        return f"0{area} {sub}"
    if style == 1:
        return f"0{area}/{sub}"
    if style == 2:
        return f"+49 {area} {sub}"
    return f"(0{area}) {sub}"


def ro_mobile():
    d = rng.choice("2345678") + dg(7)
    return f"+40 7{d[:2]} {d[2:5]} {d[5:]}"


def bg_mobile():
    return f"+359 {rng.choice(['87', '88', '89'])} {dg(3)} {dg(4)}"


def hu_mobile():
    return f"+36 {rng.choice(['20', '30', '70'])} {dg(3)} {dg(4)}"


def hr_mobile():
    return f"+385 9{rng.choice('1258')} {dg(3)} {dg(4)}"


def pl_mobile(prefix="+48 "):
    return f"{prefix}{rng.choice(['50', '51', '53', '60', '66', '69', '72', '79', '88'])}{dg(1)} {dg(3)} {dg(3)}"


# IBANs (ISO 13616, MOD 97-10) including the national check digits where a country has them
def mod97(country, bban):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def iban_de(spaced=True):
    v = ids.iban_de()
    return group(v, 4) if spaced else v


def iban_ro():
    bank = rng.choice(["BTRL", "RNCB", "BRDE", "INGB", "RZBR"])
    return group(mod97("RO", bank + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16))), 4)


def iban_bg():
    bank = rng.choice(["FINV", "UNCR", "STSA", "BPBI"])
    return group(mod97("BG", bank + dg(4) + rng.choice(["10", "15", "20"]) + dg(8)), 4)


def iban_hr():
    bank6 = ids.digits(6, first_nonzero=True)
    bank = bank6 + str(mod11_10_check(bank6))
    acc9 = ids.digits(9, first_nonzero=True)
    acc = acc9 + str(mod11_10_check(acc9))
    return mod97("HR", bank + acc)


def iban_pl():
    bank7 = rng.choice(["1020", "1090", "1140", "1050", "1240"]) + dg(3)
    w = [3, 9, 7, 1, 3, 9, 7]
    chk = (10 - sum(int(c) * x for c, x in zip(bank7, w)) % 10) % 10
    return group(mod97("PL", bank7 + str(chk) + dg(16)), 4)


def iban_hu():
    def block(n):
        body = dg(n - 1)
        w = [9, 7, 3, 1]
        s = sum(int(c) * w[i % 4] for i, c in enumerate(body))
        return body + str((10 - s % 10) % 10)
    return group(mod97("HU", block(8) + block(16)), 4)


# foreign identifiers by their published algorithms
def pl_id_card():
    """Polish ID card: 3 letters + 6 digits, the first digit is the check digit (weights 7,3,1,9,7,3,1,7,3)."""
    letters = "".join(rng.choice(LETTERS) for _ in range(3))
    rest = dg(5)
    vals = [ord(c) - 55 for c in letters] + [int(c) for c in rest]
    w = [7, 3, 1, 7, 3, 1, 7, 3]
    return f"{letters}{sum(v * x for v, x in zip(vals, w)) % 10}{rest}"


def pl_passport():
    """Polish passport: 2 letters + 7 digits, the first digit is the check digit (weights 7,3,9,1,7,3,1,7,3)."""
    letters = "".join(rng.choice(LETTERS) for _ in range(2))
    rest = dg(6)
    vals = [ord(c) - 55 for c in letters] + [int(c) for c in rest]
    w = [7, 3, 1, 7, 3, 1, 7, 3]
    return f"{letters}{sum(v * x for v, x in zip(vals, w)) % 10}{rest}"


def pl_nip():
    while True:
        body = ids.digits(9, first_nonzero=True)
        c = sum(int(a) * b for a, b in zip(body, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
        if c != 10:
            return body + str(c)


def ro_cui():
    body = ids.digits(num(7, 8), first_nonzero=True)
    key = "753217532"[-len(body):]
    c = sum(int(a) * int(b) for a, b in zip(body, key)) * 10 % 11
    return body + str(0 if c == 10 else c)


def ro_cnp(b, female, county):
    s = ("2" if female else "1") if b[2] < 2000 else ("6" if female else "5")
    body = f"{s}{b[2] % 100:02d}{b[1]:02d}{b[0]:02d}{county}{dg(3)}"
    c = sum(int(a) * int(w) for a, w in zip(body, "279146358279")) % 11
    return body + str(1 if c == 10 else c)


def ro_id(series):
    return f"{series} {dg(6)}"


def hr_oib():
    body = ids.digits(10, first_nonzero=True)
    return body + str(mod11_10_check(body))


def hu_id():
    return dg(6) + rng.choice(LETTERS) + rng.choice(LETTERS)


def bg_id():
    return rng.choice("6") + dg(8)


def de_id(check=False):
    return ids.id_card(check_digit=check)


def de_pass():
    return ids.passport(check_digit=False)


def rvnr(b, letter, spaced=True):
    v = ids.social_security(ddmmyy(b), letter)
    return f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}" if spaced else v


def kvnr():
    return ids.health_insurance()


def visa():
    return group(ids.credit_card("4", 16), 4)


def mastercard():
    return group(ids.credit_card(rng.choice(["51", "53", "55"]), 16), 4, "-")


def tax_id(spaced=False):
    v = ids.tax_id()
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if spaced else v


def plate_ro(county):
    tri = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    if county == "B":
        return f"B {num(10, 199)} {tri}"
    return f"{county} {num(1, 99):02d} {tri}"


def plate_bg(region):
    return f"{region} {dg(4)} {rng.choice('ABEKMHPCTX')}{rng.choice('ABEKMHPCTX')}"


def plate_de(district, sep="-"):
    letters = "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXZ") for _ in range(num(1, 2)))
    return f"{district}{sep}{letters} {num(1, 9999)}"


def kassenzeichen():
    return f"5.{rng.choice(['1110', '1120', '1130'])}.{dg(6)}.{num(1, 9)}"


def az_ema(kind=None):
    if kind:
        return f"EMA 121-{kind} {num(1, 999):04d}/2025"
    return f"EMA-2025-{num(100, 1999):04d}"


def pi_tgb(n=None):
    return f"BY8412-{num(1000, 9999):06d}-25/{num(1, 9)}"


docs = []


def add(channel, template, text, flags=()):
    doc_id = f"F140-{len(docs) + 1:03d}"
    docs.append(build(doc_id, channel, template, text, list(flags)))


# ================================================================ 001 broken-German mail, Romanian harvest worker
b1 = bd("Ionuț Ciobanu", 1996, 2001)
cnp1 = ro_cnp(b1, False, "16")
id1 = ro_id("DX")
add("outlook", "eu-anmeldung-anfrage", f"""Betreff: anmeldung wohnung arbeit

hallo guten tag

ich bin {P('ionut ciobanu')} aus rumänien, arbeite seit 3 woche bei isartaler gemüsebau in gurken ernte. chef sagt ich muss anmelden in landau aber ich weis nicht wie termin machen, die internet seite geht nicht auf mein handy. ich wohne mit mein cousin {P('marian')} in {A('haunersdorfer str 14')} zimmer C3 (container)
geboren bin ich {DOB(f_dot(b1))} in craiova. ich habe rumänische buletin (ausweis) nr {IDC(id1)}, CNP {IDC(cnp1)}
brauche ich auch papier von vermieter?? vermieter ist herr {P('gruber')} oder die firma ich weis nicht, er spricht nur bayrisch ich verstehe nix

bitte antwort auf whatsapp {T(ro_mobile())} oder email {E('ionut.ciobanu98@yahoo.com')}

multumesc / danke
{P('Ionuț Ciobanu')}
""")

# ================================================================ 002 employer's list of seasonal workers (table)
rows2 = [
    ("Ciobanu, Ionuț", "RO", "M", "C", ("IDC", id1), b1),
    ("Ciobanu, Marian Gabriel", "RO", "M", "C", ("IDC", ro_id("DZ")), birth(1992, 1999)),
    ("Munteanu, Gheorghe Adrian", "RO", "M", "M", ("PASS", dg(8)), bd("Gheorghe Munteanu", 1982, 1990)),
    ("Stanciu, Florentina", "RO", "F", "S", ("IDC", ro_id("XT")), birth(1975, 1985)),
    ("Pîrvulescu, Dănuț", "RO", "M", "P", ("IDC", ro_id("GJ")), birth(1990, 2000)),
    ("Nowicka, Halina", "PL", "F", "N", ("IDC", pl_id_card()), birth(1968, 1975)),
    ("Sikora, Bartłomiej", "PL", "M", "S", ("PASS", pl_passport()), birth(1999, 2004)),
    ("Petkov, Iliyan", "BG", "M", "P", ("IDC", bg_id()), birth(1985, 1995)),
]
lines2 = []
for i, (name, nat, sex, letter, (dkind, dno), b) in enumerate(rows2, 1):
    doc = IDC(dno) if dkind == "IDC" else PASS(dno)
    sv = SSN(rvnr(b, letter)) if i in (3, 4, 6, 8) else "beantragt"
    lines2.append(f"{i} | {P(name)} | {DOB(f_dot(b))} | {nat} | {doc} | {sv} | {rng.choice(['C1', 'C2', 'C3', 'C4', 'D1', 'D2'])}")
table2 = "\n".join(lines2)
add("word", "arbeitgeber-sammelliste", f"""Isartaler Gemüsebau GbR · {N('Haunersdorfer Straße 40')} · {N('94405 Landau a.d.Isar')}

Stadt Landau a.d.Isar
Einwohnermeldeamt
{N(RATHAUS_STR)}
{N(RATHAUS_ORT)}

Sammelanmeldung Erntehelfer Gurkensaison 2025 – Unterkunft Containeranlage {A('Haunersdorfer Straße 14')}

Sehr geehrte Frau {P('Schmalhofer')},

wie telefonisch besprochen senden wir Ihnen vorab die Liste der Erntehelfer, die seit dem 26.05.2025 in unserer Containeranlage wohnen. Die Wohnungsgeberbestätigungen unterschreibt unser Betriebsleiter, Herr {P('Korbinian Wimmer')}; die Ausweise bringen die Leute zum Termin mit. Wo noch keine Sozialversicherungsnummer vergeben ist, haben wir „beantragt“ eingetragen.

Nr | Name, Vorname | geb. am | Staatsang. | Ausweis/Pass | SV-Nummer | Container
{table2}

Dolmetschen kann beim Termin Herr {P('Wimmer')} nicht, aber Frau {P('Stanciu')} spricht gut Deutsch und übersetzt für die rumänischen Kollegen.

Mit freundlichen Grüßen
i.A. {P('Theresia Brandl')}
Lohn/Personal
Tel. {T('09951 6077-12')}
""")

# ================================================================ 003 landlord replies, quoted original below
g3 = de_land("9951", 0)
az3 = az_ema()
add("outlook", "wohnungsgeber-rueckfrage", f"""Betreff: AW: Wohnungsgeberbestätigung Kellerweg – fehlende Angaben

Grüß Gott Frau {P('Prückl')},

Sie haben mir geschrieben, dass meine Bestätigung für die Bulgaren unvollständig ist. Also nochmal der Reihe nach: In meinem Haus {A('Kellerweg 9')}, {A('94405 Landau')} wohnen seit 1. Mai im Erdgeschoss der {P('Stoyan Georgiev')}, seine Frau {P('Desislava Georgieva')} und sein Bruder {P('Plamen')}, oben im Dachgeschoss der {P('Radoslav Hristov')} und die {P('Mariya Todorova')}. Die Geburtstage weiß ich nicht, das steht in ihren Pässen. Der sechste, ein {P('Todor')} (den Nachnamen kann ich nicht lesen), ist schon wieder heim nach Bulgarien, den brauchen Sie also nicht mehr.

Eigentümer bin ich allein, das Haus ist von meinen Eltern. Unterschrieben hab ich jetzt auf jedem Blatt, die schick ich Ihnen nochmal mit der Post.

Wenn noch was fehlt, rufen Sie halt an unter {T(g3)} oder bei meinem Sohn {P('Michael Gruber')}, {T(de_mobile(0))}, der kennt sich mit dem Papierkram besser aus.

Pfiagott
{P('Alois Gruber')}
{A('Kellerweg 11')}
{A('94405 Landau a.d.Isar')}

-----Ursprüngliche Nachricht-----
Von: {P('Prückl Monika')} <{E('monika.prueckl@landau-isar.de')}>
Gesendet: Dienstag, 3. Juni 2025 09:12
An: {E('alois.gruber@t-online.de')}
Betreff: Wohnungsgeberbestätigung Kellerweg – fehlende Angaben
Unser Zeichen: {AZ(az3)}

Sehr geehrter Herr {P('Gruber')},

in der Wohnungsgeberbestätigung vom 28.05.2025 fehlen die Namen aller meldepflichtigen Personen sowie Ihre Unterschrift. Bitte ergänzen Sie diese Angaben (§ 19 Abs. 3 BMG). Vordrucke finden Sie auf unserer Internetseite.

Mit freundlichen Grüßen
{P('Monika Prückl')}
Einwohnermeldeamt, Telefon {N(SWITCHBOARD)}
""")

# ================================================================ 004 information block granted (letter) – HEALTH
k1, k2 = birth(2013, 2016), birth(2018, 2021)
az4 = az_ema("AS")
add("word", "auskunftssperre-bescheid", f"""Stadt Landau a.d.Isar · Einwohnermeldeamt · {N(RATHAUS_STR)} · {N(RATHAUS_ORT)}

Persönlich/Vertraulich
Frau
{P('Katarina Knežević')}
c/o Rechtsanwältin {P('Dr. Verena Hollerieth')}
{A('Stadtgraben ' + hn(0))}
{A('94315 Straubing')}

Ihr Zeichen: {AZ('KH-0' + dg(3) + '/25')}
Unser Zeichen: {AZ(az4)}
Landau a.d.Isar, 16.06.2025

Eintragung einer Auskunftssperre nach § 51 Abs. 1 BMG

Sehr geehrte Frau {P('Knežević')},

auf Ihren Antrag vom 2. Juni 2025 habe ich im Melderegister eine Auskunftssperre für Sie und Ihre Kinder {P('Luka')} (geb. {DOB(f_dot(k1))}) und {P('Ema Knežević')} (geb. {DOB(f_dot(k2))}) eingetragen.

Sie haben glaubhaft gemacht, dass Ihnen durch Ihren früheren Ehemann, Herrn {P('Dario Knežević')}, derzeit wohnhaft {A('Zeholfinger Ring ' + hn(0))}, {A('94405 Landau a.d.Isar')}, eine Gefahr für Leben, Gesundheit und persönliche Freiheit erwachsen kann. Das Attest der Notaufnahme über die am 11. Mai erlittenen Verletzungen, die Bescheinigung Ihrer Traumatherapeutin über die laufende Behandlung und die Gewaltschutzanordnung des Amtsgerichts Landau habe ich zur Akte genommen.

Die Sperre gilt zunächst bis 15.06.2027. Ohne Ihre Zustimmung erteilen wir keine Auskunft über Ihre neue Anschrift; vor jeder Anfrage, die wir nicht ohne Weiteres ablehnen können, hören wir Sie an. Bitte denken Sie daran, dass auch Kindergarten, Schule und Krankenkasse Ihre Anschrift kennen.

Die Entscheidung ergeht gebührenfrei.

Mit freundlichen Grüßen
Im Auftrag

{P('Benedikt Zollner')}
Sachgebietsleiter Bürgerbüro
""", ["HEALTH"])

# ================================================================ 005 councillor asks for information block – POLITICS
b5, b5b = birth(1968, 1976), birth(1970, 1980)
add("outlook", "auskunftssperre-antrag", f"""Betreff: Antrag auf Auskunftssperre – Drohbriefe nach der Stadtratssitzung

Sehr geehrter Herr {P('Zollner')},

wie gestern am Telefon angekündigt, beantrage ich für mich und meinen Lebensgefährten eine Auskunftssperre nach § 51 BMG.

Seit ich mich in der Sitzung vom 22. Mai als Fraktionssprecherin der Grünen für die Erntehelfer-Unterkunft an der Haunersdorfer Straße eingesetzt habe, bekomme ich anonyme Briefe. Zwei davon lagen ohne Briefmarke in unserem Briefkasten in der {A('Pfarrer-Huber-Straße ' + hn(0))} – der Verfasser weiß also, wo wir wohnen. Im letzten stand, man wisse auch, wann ich abends vom Chor heimkomme. Die Polizeiinspektion Landau ermittelt (Vorgangsnummer {AZ(pi_tgb())}), zuständig ist Herr {P('Lallinger')}.

Meine Angaben:
{P('Dr. Annette Sedlmeier-Obst')}, geboren am {DOB(f_long(b5))} in Passau
Lebensgefährte: {P('Jonas Färber')}, geb. {DOB(f_dot(b5b))}
beide wohnhaft unter der genannten Anschrift, {A('94405 Landau a.d.Isar')}

Die Briefe kann ich Ihnen gerne vorlegen. Erreichbar bin ich am besten mobil unter {T(de_mobile(2))}.

Mit freundlichen Grüßen
{P('Annette Sedlmeier-Obst')}
Stadträtin, Fraktion Bündnis 90/Die Grünen
""", ["POLITICS"])

# ================================================================ 006 file memo: overcrowded flat inspection
b6a, b6b, b6c, b6d = bd("Vasile Lupu", 1979, 1990), birth(1985, 1995), birth(1968, 1975), birth(1996, 2002)
az6 = az_ema()
add("word", "aktenvermerk-ortsbesichtigung", f"""AKTENVERMERK

Az.: {AZ(az6)}
Betr.: Ortsbesichtigung {A('Dingolfinger Straße 52')}, {A('94405 Landau a.d.Isar')} – Verdacht auf Überbelegung und unrichtige Wohnungsgeberbestätigungen (§ 19 Abs. 6 BMG)
Datum: 12.06.2025, 18:30–19:15 Uhr
Teilnehmer: {P('Florian Aigner')} (EMA), PHK {P('Stefan Lallinger')} (PI Landau), {P('Gerlinde Prasch')} (Bauamt)

1. Unter der Anschrift sind derzeit 23 Personen mit Hauptwohnung gemeldet, die Wohnung hat laut Bauakte 4 Zimmer (ca. 86 m²). Alle Wohnungsgeberbestätigungen sind von Herrn {P('Bogdan-Mihai Stanciu')} unterschrieben, der sich als Hauptmieter bezeichnet. Herr {P('Stanciu')} betreibt laut Gewerberegister einen „Hausmeister- und Umzugsservice“ (St.-Nr. {TNR(ids.tax_number_bavaria())}) und vermietet die Zimmer nach eigener Aussage für 280 EUR je Bett bar weiter.
2. Eigentümerin ist die Erbengemeinschaft {P('Huber')}, vertreten durch Frau {P('Rosina Huber')}, {A('Ganacker ' + hn(0))}, {A('94431 Pilsting')}. Sie wusste nach telefonischer Auskunft nichts von einer Untervermietung.
3. Angetroffen wurden 9 Personen, davon 4 nicht gemeldet:
   – {P('Vasile Lupu')}, geb. {DOB(f_dot(b6a))}, nach eigenen Angaben seit April hier
   – {P('Costel Bălan')}, geb. {DOB(f_dot(b6b))}
   – {P('Elena Dobre')}, geb. {DOB(f_dot(b6c))}, und ihre Tochter {P('Florentina')}, geb. {DOB(f_dot(b6d))}
   Die übrigen fünf waren gemeldet (Liste im Fachverfahren).
4. Vor dem Haus standen drei Kleinbusse: {KFZ(plate_ro('DJ'))}, {KFZ(plate_de('DGF'))}, {KFZ(plate_bg('CA'))}. Fahrer laut Herrn {P('Lupu')}: ein „{P('Nelu')}“, Handy {T(de_mobile(0))}.
5. Keine offensichtlichen Brandschutzmängel, aber Matratzen im Flur. Bauamt prüft Nutzungsänderung.

Weiteres Vorgehen: Anhörung Herr {P('Stanciu')} wegen Bußgeld; Aufforderung zur Anmeldung an die vier Angetroffenen (Vordrucke rumänisch übergeben); WV 26.06.2025.

{P('F. Aigner')}
""")

# ================================================================ 007 forwarded mail chain from meat plant HR
pl7 = [("Paweł Zieliński", "IDC", pl_id_card(), bd("Paweł Zieliński", 1986, 1992)),
       ("Grzegorz Woźniak", "PASS", pl_passport(), birth(1975, 1984)),
       ("Łukasz Kozłowski", "IDC", pl_id_card(), birth(1998, 2003)),
       ("Daniel Mazur", "IDC", pl_id_card(), birth(1990, 1997)),
       ("Marek Szymański", "IDC", pl_id_card(), birth(1970, 1978)),
       ("Joanna Szymańska", "PASS", pl_passport(), birth(1972, 1979))]
pl7_lines = []
for i, (n, k, no, b) in enumerate(pl7, 1):
    docmark = f"dowód {IDC(no)}" if k == "IDC" else f"paszport {PASS(no)}"
    suffix = " (żona / Ehefrau)" if i == 6 else ""
    pl7_lines.append(f"{i}. {P(n)}{suffix} – ur. {DOB(f_dot(b))} – {docmark}")
nip7 = pl_nip()
add("outlook", "weitergeleitet-subunternehmer", f"""Betreff: WG: nowi pracownicy / neue Arbeiter Zerlegung ab 23.06.

Hallo Frau {P('Schmalhofer')},

anbei die Mail von unserem Subunternehmer. Bitte um sechs Termine nächste Woche, am liebsten gesammelt am Dienstagvormittag, Herr {P('Kamiński')} bringt die Leute mit dem Bus. Die Wohnungsgeberbestätigung für das Wohnheim bekommen Sie von der Hausverwaltung direkt.

Gruß
{P('Sabine Loibl')}
Personalabteilung
Niederbayerische Fleischwaren GmbH & Co. KG
{N('Industriestraße 21')} · {N('94405 Landau a.d.Isar')}
Durchwahl {T('09951 6902-118')}
{E('s.loibl@nbfw-landau.de')}

________________________________
Von: {P('Tomasz Kamiński')} <{E('t.kaminski@kamex-uslugi.pl')}>
Gesendet: Montag, 16. Juni 2025 18:44
An: {P('Loibl Sabine')} <{E('s.loibl@nbfw-landau.de')}>
Cc: {N('biuro@kamex-uslugi.pl')}
Betreff: nowi pracownicy / neue Arbeiter Zerlegung ab 23.06.

Guten Abend Frau {P('Loibl')},

schicke liste von neue leute fur Zerlegung ab 23.06. Alle wohnen {A('Zeholfinger Ring 3')}, Haus 2, Zimmer 2.04 bis 2.07.

{chr(10).join(pl7_lines)}

Rechnung wie immer. Bitte neue Kontonummer benutzen: {IB(iban_pl())}

Pozdrawiam / Mit freundliche Grüße
{P('Tomasz Kamiński')}
KAMEX Usługi {P('Tomasz Kamiński')}
{A('ul. Kwiatowa ' + hn(0))}, {A('63-400 Ostrów Wielkopolski')}
NIP/VAT-UE: {VAT('PL' + nip7)}
tel. {T(pl_mobile())}
""")

# ================================================================ 008 CSV export with header – RELIGION column
rows8 = [("Munteanu", "Ioana", "Bacău", "rumänisch", "--", "Höckinger Str. 7"),
         ("Munteanu", "Sofia", "Landshut", "rumänisch", "--", "Höckinger Str. 7"),
         ("Horvat", "Ivan", "Vinkovci", "kroatisch", "rk", "Zeholfinger Ring 3"),
         ("Szabó", "Gábor László", "Szeged", "ungarisch", "rk", "Bahnhofstr. 3a"),
         ("Todorova", "Mariya", "Pleven", "bulgarisch", "--", "Kellerweg 9"),
         ("Zieliński", "Paweł", "Kalisz", "polnisch", "rk", "Zeholfinger Ring 3"),
         ("Yılmaz", "Emre", "Dingolfing", "deutsch", "--", "Stadtgraben 4"),
         ("Meier-Ostermaier", "Franziska", "Landau a.d.Isar", "deutsch", "ev", "Frauenbergstraße 21"),
         ("Dimitrov", "Hristo Angelov", "Plovdiv", "bulgarisch", "--", "Mettenhausener Weg 5"),
         ("Farkas", "Ildikó", "Debrecen", "ungarisch", "rk", "Wolfsdorfer Weg 2")]
lines8 = []
for (sn, gn, ort, nat, rel, street) in rows8:
    b = birth(2016, 2019) if gn == "Sofia" else bd(f"{gn.split()[0]} {sn}", 1966, 2000)
    lines8.append(f"{AZ('A-2025-0' + dg(4))};{P(sn)};{P(gn)};{DOB(f_iso(b))};{ort};{nat};{rel};"
                  f"2025-0{num(4, 6)}-{num(10, 28)};{A(street)}, {A('94405 Landau a.d.Isar')}")
add("word", "csv-export-zuzuege", "Vorgang;Familienname;Vornamen;Geburtsdatum;Geburtsort;Staatsangehoerigkeit;"
    "Rel;Einzug;Anschrift\n" + "\n".join(lines8) + "\n", ["RELIGION"])

# ================================================================ 009 Hungarian wife, broken German – HEALTH
b9 = birth(1975, 1982)
add("outlook", "termin-krankenhaus", f"""Betreff: Férjem / mein Mann Anmeldung Termin 12.6. verpasst

Sehr geehrte Damen und Herren

Mein Mann {P('Kovács Zoltán')} hatte Termin bei ihnen am 12. Juni für Anmeldung. Er ist aber seit 10. Juni in Krankenhaus Dingolfing, Arbeitsunfall in die Fleischfabrik, Hand ist gebrochen und operiert mit Platte. Er kann nicht kommen, der Arzt sagt noch zwei Woche.
Bitte neue Termin wenn er zurück ist. Oder kann ich für ihm anmelden mit Vollmacht?

Wir wohnen {A('Bahnhofstr. 3a')} bei Familie {P('Hölzl')} im ersten Stock.
Geburtsdatum Zoltán: {DOB(f_hu(b9))}
Seine Krankenkasse Nummer (AOK): {KV(kvnr())}
Personalausweis ungarisch: {IDC(hu_id())}

Köszönöm szépen / Vielen dank
{P('Kovácsné Nagy Erzsébet')}
tel {T(hu_mobile())} oder {T(de_mobile(0))}
""", ["HEALTH"])

# ================================================================ 010 OCR-ish scanned registration form – RELIGION
b10a, b10b, b10c = birth(1982, 1986), birth(1984, 1988), birth(2012, 2016)
add("word", "anmeldeformular-scan", f"""Anrneldung bei der Meldebehörde                                   Blatt 1 von 2
Gemeindekennzahl 09 2 79 128          Eingang: 02. JUNI 2025

Tag des Einzugs: O1.O6.2025
Neue Wohnung: Straße, Hausnumrner: {A('Reichersdorfer Str. 8')} / 1. OG li
PLZ, Gemeinde: {A('94405 Landau a. d. lsar')}
Bisherige Wohnung: {A('ul. Piastowska 12/4')}, {A('46-020 Opole')} , POLEN
Wird die bisherige Wohnung beibehalten? [ ] ja  [X] nein

Person 1
Farnilienname, Doktorgrad: {P('WIŚNIEWSKI')}
Vornarnen: {P('Krzysztof Jan')}         Geschlecht: m
Geburtsdatum: {DOB(f_dot(b10a).replace('0', 'O'))}   Geburtsort: Opole
Religionsgesellschaft: rk          Staatsangehörigkeit(en): polnisch
Dokument: Personalausweis   Serie/Nr.: {IDC(pl_id_card())}   ausgest. Prezydent Miasta Opola

Person 2
Farnilienname: {P('WIŚNIEWSKA')}   Geburtsname: {P('WÓJCIK')}
Vornarnen: {P('Małgorzata')}            Geschlecht: w
Geburtsdatum: {DOB(f_dot(b10b))}   Geburtsort: Nysa
Religionsgesellschaft: rk          Familienstand: vh  seit 2009
Dokument: Reisepass  Nr.: {PASS(pl_passport())}

Person 3 (Kind)
Farnilienname: {P('WIŚNIEWSKI')}   Vornarnen: {P('Oliwer')}
Geburtsdatum: {DOB(f_dot(b10c))}   Religionsgesellschaft: rk
gesetzl. Vertreter: Vater und Mutter (s.o.)

Unterschrift: {P('K. Wiśniewski')}      {P('M. Wiśniewska')}
Landau, 02.06.2025
""", ["RELIGION"])

# ================================================================ 011 Croatian deregistration, confirmation for Familienkasse
b11 = birth(1980, 1986)
add("outlook", "abmeldung-ausland", f"""Betreff: Abmeldebestätigung fehlt – Familienkasse braucht sie

Poštovani, sehr geehrte Damen und Herren,

ich habe mich am 30. Mai persönlich bei Ihnen abgemeldet (Auszug aus der {A('Untere Isarstraße ' + hn(0))}), aber keine Abmeldebestätigung mitbekommen. Die Familienkasse braucht die Bestätigung für das Kindergeld, meine Kindergeldnummer ist {AZ(str(num(100, 999)) + 'FK' + dg(6))}.

Meine Daten:
{P('Tomislav Jurić')}, geb. {DOB(f_dot(b11))} in Vinkovci
OIB: {TID(hr_oib())}
neue Adresse: {A('Ulica Matije Gupca ' + hn(0))}, {A('31000 Osijek')}, Hrvatska
Konto für Kindergeld jetzt in Kroatien: {IB(iban_hr())}

Meine Kinder {P('Lana')} und {P('Filip')} haben nie in Deutschland gewohnt, nur ich. Bitte schicken Sie die Bestätigung als PDF an {E('tomislav.juric83@gmail.com')} oder per Post nach Osijek.

Srdačan pozdrav / Viele Grüße
{P('Tomislav Jurić')}
{T(hr_mobile())}
""")

# ================================================================ 012 hearing letter: late registration fine
iban12 = iban_de()
add("word", "bussgeld-anhoerung", f"""Stadt Landau a.d.Isar
Einwohnermeldeamt – Ordnungswidrigkeiten
{N(RATHAUS_STR)}, {N(RATHAUS_ORT)}

Herrn
{P('Hristo Angelov Dimitrov')}
{A('Mettenhausener Weg 5')}
{A('94405 Landau a.d.Isar')}

Aktenzeichen: {AZ('OWi-EMA 2025/0' + dg(3))}
Ansprechpartnerin: Frau {P('Eder-Wimmer')}, Zimmer 0.14, Telefon {T('09951 941-207')}
Datum: 18.06.2025

Anhörung im Bußgeldverfahren – verspätete Anmeldung (§ 17 Abs. 1, § 54 Abs. 2 Nr. 1 BMG)

Sehr geehrter Herr {P('Dimitrov')},

nach den uns vorliegenden Unterlagen sind Sie am 3. Februar 2025 in die oben genannte Wohnung eingezogen. Angemeldet haben Sie sich erst am 14. Mai 2025. Die Frist von zwei Wochen haben Sie damit um rund elf Wochen überschritten. Ihr Arbeitgeber hat den Arbeitsbeginn zum 5. Februar bestätigt; Ihr Fahrzeug mit dem bulgarischen Kennzeichen {KFZ(plate_bg('PB'))} wurde laut Mitteilung der Polizei seit Februar regelmäßig vor dem Haus gesehen.

Sie haben Gelegenheit, sich bis zum 9. Juli 2025 zu äußern. Sie müssen keine Angaben zur Sache machen. Wenn Sie den Verstoß einräumen, kann das Verfahren mit einem Verwarnungsgeld von 35,00 EUR abgeschlossen werden.

Bitte überweisen Sie den Betrag in diesem Fall unter Angabe des Kassenzeichens {AZ(kassenzeichen())} auf das Konto der Stadtkasse Landau a.d.Isar, IBAN {N(iban12)}.

Mit freundlichen Grüßen
Im Auftrag
{P('Kathrin Eder-Wimmer')}

Hinweis: Auf Wunsch erhalten Sie dieses Schreiben in bulgarischer Übersetzung.
""")

# ================================================================ 013 payroll office: tax id rejected
b13a, b13b = (num(1, 12), num(1, 12), num(1990, 1994)), birth(1988, 1992)
add("outlook", "elstam-steuerid", f"""Betreff: ELStAM-Abruf abgelehnt – IdNr passt nicht zum Geburtsdatum (2 Mitarbeiter)

Sehr geehrte Damen und Herren,

wir sind das externe Lohnbüro der Agrar-Service Gäuboden GmbH. Bei zwei Beschäftigten lehnt die ELStAM-Datenbank den Abruf der Lohnsteuerabzugsmerkmale ab, weil Identifikationsnummer und Geburtsdatum nicht zusammenpassen. Vermutlich wurde bei der Anmeldung das Datum vertauscht übernommen.

1) Frau {P('Mihaela Constantinescu')}
   IdNr. {TID(tax_id(True))}
   geb. laut Reisepass {DOB(f_dot(b13a))}, beim BZSt offenbar mit Tag und Monat vertauscht gespeichert
   SV-Nr. {SSN(rvnr(b13a, 'C', False))}, KVNR {KV(kvnr())}
2) Herr {P('Ştefan Niculescu')}
   IdNr. {TID(tax_id(False))}
   im Pass steht nur das Geburtsjahr {b13b[2]}; im Melderegister wurde {DOB(f_dot((1, 1, b13b[2])))} eingetragen, er selbst gibt {DOB(f_dot(b13b))} an
   KVNR {KV(kvnr())}

Vollmachten der beiden liegen uns vor und gehen Ihnen gern per Fax zu. Könnten Sie die Meldedaten prüfen und ggf. berichtigen? Die Lohnabrechnung Juni läuft sonst mit Steuerklasse VI.

Mit freundlichen Grüßen
{P('Ute Reisinger-Baumann')}
Gäuboden Lohn & Gehalt Steuerberatungsgesellschaft mbH
{N('Theresienplatz 12')}, {N('94315 Straubing')}
Tel. {T(de_land('9421', 0))} | {E('u.reisinger-baumann@gaeuboden-lohn.de')}
""")

# ================================================================ 014 phone note, terse
add("word", "telefonnotiz", f"""TELEFONNOTIZ                    17.06.25 / 10:40 Uhr
angenommen: {P('V. Schmalhofer')}

Anruferin: Fr. {P('Walburga Stadler')} (Vermieterin), Rückruf {T(de_mobile(0))}

- vermietet DG-Whg {A('Höckinger Str. 19')}
- Mieter {P('Adrian')} u. {P('Loredana Pârvu')} seit ca. März weg, Schlüssel im Briefkasten, neue Adr. unbekannt, vermutl. zurück nach RO (Raum Suceava)
- Post kommt weiter (Inkasso, AOK, Finanzamt)
- will die beiden „abmelden“ → erklärt: geht nicht durch Vermieterin, nur Pers. selbst bzw. v. A. w. nach Ermittlung
- Pkw {KFZ(plate_ro('SV'))} steht seit Wochen in ihrem Hof, Schlüssel weg → an Ordnungsamt (Hr. {P('Englbrecht')}) weitergegeben
- Hr. {P('Pârvu')} hat angebl. noch dt. Handy {T(de_mobile(0))}, geht aber keiner ran
- Sohn der Vermieterin, {P('Johann')}, hat Kontakt zu Arbeitskollegen („{P('Cosmin')}“, Fa. Agrar-Service)

→ Vorgang AvAw anlegen: {AZ(az_ema())}
→ WV 01.07.
""")

# ================================================================ 015 interpreter's invoice (sole trader)
add("outlook", "dolmetscherin-rechnung", f"""Betreff: Rechnung Nr. 2025-031 – Dolmetscheinsätze Mai (Rumänisch/Deutsch)

Sehr geehrte Frau {P('Prückl')}, sehr geehrter Herr {P('Zollner')},

anbei meine Rechnung für die Einsätze im Bürgerbüro im Mai, insgesamt 7,5 Stunden zu je 55,00 EUR zzgl. Fahrtkosten. Die Termine betrafen u. a. die Familien {P('Dobre')} und {P('Lupu')} sowie Herrn {P('Gheorghe Munteanu')}; die Einzelnachweise mit Uhrzeiten liegen nur der Papierrechnung bei.

Bitte überweisen Sie den Betrag von 441,20 EUR bis 30.06. auf mein Geschäftskonto:
Kontoinhaberin: {P('Svetlana Rusu-Hartl')}
IBAN: {IB(iban_de())}
Steuernummer: {TNR(ids.tax_number_bavaria())}
USt-IdNr.: {VAT(ids.vat_id())}

Für Juli kann ich zusätzlich dienstags vormittags kommen, auch für Moldauisch-Russisch, falls Sie wieder Familien aus der Republik Moldau erwarten.

Mit freundlichen Grüßen
{P('Dr. Svetlana Rusu-Hartl')}
Öffentlich bestellte und allgemein beeidigte Dolmetscherin für die rumänische Sprache (LG Landshut)
{A('Am Mühlbach ' + hn(0))} · {A('94447 Plattling')}
Mobil {T(de_mobile(2))} · {E('kontakt@rusu-hartl-dolmetschen.de')}
""")

# ================================================================ 016 appointment table – HEALTH remarks
t16 = [
    ("08:00", P("Szabó, Gábor"), "Anmeldung Zuzug aus HU", T(hu_mobile()), "Dolm. nicht nötig"),
    ("08:20", P("Farkas Ildikó"), "Meldebescheinigung", "–", ""),
    ("08:40", P("Kamiński") + " + 6 Pers.", "Sammelanmeldung NBFW", T(pl_mobile("0048 ")), "Liste liegt vor"),
    ("09:40", P("Horvat, Ivan") + " u. " + P("Marija"), "Ummeldung innerh. Landau", T(de_mobile(1)), ""),
    ("10:00", P("Obermeier, Josef"), "Personalausweis neu", T(de_land("9951", 1)), "Rollstuhl – Seiteneingang aufsperren!"),
    ("10:20", P("Balogh, Tamás"), "Abmeldung ins Ausland", "–", "ggf. AvAw-Vorgang prüfen"),
    ("10:40", P("Ionescu, Daniela"), "Beratung Auskunftssperre", T(de_mobile(0)), "nur Fr. " + P("Eder-Wimmer") + "!"),
    ("11:00", P("Yılmaz, Emre"), "Nebenwohnung", "–", ""),
    ("11:20", "— Pause —", "", "", ""),
    ("11:40", P("Baumgartner, Kreszentia"), "Meldebescheinigung Rente", T(de_land("9951", 0)), "gehörlos, Verständigung schriftlich"),
    ("12:00", P("Georgiev, Stoyan") + " / " + P("Georgieva, Desislava"), "Anmeldung Kellerweg", T(bg_mobile()), "Wohnungsgeberbest. jetzt vollständig"),
]
rows16 = "\n".join(" | ".join(c for c in r) for r in t16)
add("word", "terminliste-schalter", f"""Bürgerbüro – Terminübersicht Dienstag, 24.06.2025
Schalter 2: {P('Aigner')} · Schalter 3: {P('Eder-Wimmer')} · Springer: {P('Schmalhofer')}

Zeit | Name | Anliegen | Rückruf | Bemerkung
{rows16}

Laufkundschaft ab 12:30 nur mit Wartemarke. Dolmetscherin Fr. {P('Rusu-Hartl')} ist ab 9:30 im Haus.
""", ["HEALTH"])

# ================================================================ 017 online payment charged twice (half English)
b17 = birth(1993, 1997)
add("outlook", "zahlung-doppelt", f"""Betreff: Payment charged twice / doppelt abgebucht – Vorgang {AZ('OZG-MB-2025-' + dg(6))}

Hello, guten Tag,

I ordered a Meldebescheinigung online on 11 June (Vorgangsnummer see subject) and paid with my credit card {CC(visa())}. The 10,00 EUR were charged twice, I attach the screenshot from my bank app. Can you please refund one payment? Best to my Bulgarian account {IB(iban_bg())}, the card will be closed next month.

My data: {P('Yordanka Ivanova Petrova')}, born {DOB(f_en(b17))} in Ruse, living {A('Wolfsdorfer Weg 11b')}, {A('94405 Landau')}. ID card no. {IDC(bg_id())}.

Also my partner {P('Nikolay Stefanov')} needs the same certificate for his employer. Can he order it with my BayernID or does he need his own? He does not speak German or English very well, only Bulgarian and a little Russian.

Thank you / Danke schön
{P('Yordanka Petrova')}
{T(bg_mobile())}
""")

# ================================================================ 018 filled landlord confirmation form
add("word", "wohnungsgeberbestaetigung", f"""Wohnungsgeberbestätigung nach § 19 des Bundesmeldegesetzes (BMG)

Art des meldepflichtigen Vorgangs:   ☒ Einzug   ☐ Auszug
Datum des Ein- bzw. Auszugs: 15.06.2025

Angaben zum Wohnungsgeber
Name/Firma: Isar-Wohnbau Verwaltungs GmbH
Ansprechpartner: Herr {P('Herbert Sattler')}
Anschrift: {N('Marienplatz 9')}, {N('84130 Dingolfing')}

Der Wohnungsgeber ist   ☐ gleichzeitig Eigentümer   ☒ beauftragte Person/Stelle
Name und Anschrift des Eigentümers:
{P('Ludwig Freiherr von Closen-Gern')}
{A('Schlossallee ' + hn(0))}
{A('94424 Arnstorf')}

Anschrift der Wohnung
Straße, Hausnummer, Zusatz: {A('Zeholfinger Ring 3')}, Haus 1, Whg. 1.12
PLZ, Ort: {A('94405 Landau a.d.Isar')}

Namen der meldepflichtigen Personen
1. {P('Horvat, Ivan')}
2. {P('Horvat, Marija')}, geb. {P('Babić')}
3. {P('Horvat, Nikola')} (minderjährig)

Ich bestätige mit meiner Unterschrift den Ein- bzw. Auszug der oben genannten Person(en) in die bzw. aus der oben bezeichneten Wohnung und dass ich als Wohnungsgeber oder als beauftragte Person diese Bescheinigung ausstellen darf. Ich habe davon Kenntnis genommen, dass ich ordnungswidrig handele, wenn ich hierzu nicht berechtigt bin und dass es verboten ist, eine Wohnanschrift für eine Anmeldung anzubieten, wenn ein tatsächlicher Bezug der Wohnung nicht beabsichtigt ist.

Dingolfing, 10.06.2025                         i.A. {P('H. Sattler')}
Rückfragen: {T(de_land('8731', 0))} · {E('h.sattler@isar-wohnbau.de')}
""")

# ================================================================ 019 Roma family asks for block – ETHNICITY
by = [birth(1972, 1978), birth(1976, 1982), birth(2006, 2007), birth(2012, 2013), birth(2015, 2016)]
add("outlook", "auskunftssperre-familie", f"""Betreff: Bitte um Hilfe – Drohungen gegen unsere Familie

Sehr geehrte Damen und Herren,

ich schreibe für meinen Vater, weil er nicht gut Deutsch schreiben kann. Wir sind eine Roma-Familie aus Sliven in Bulgarien und wohnen seit 2023 in der {A('Bahnhofstraße ' + hn(0))} hier in Landau. Seit ein paar Wochen hängen Zettel mit Beleidigungen an unserer Haustür, und letzte Woche hat jemand die Reifen am Auto von meinem Vater ({KFZ(plate_de('DGF', '-'))}) zerstochen. In einer Facebook-Gruppe hat jemand unsere Adresse und die Namen von meinen kleinen Geschwistern gepostet.

Die Polizei (Herr {P('Weinzierl')}, Vorgang {AZ(pi_tgb())}) hat gesagt, wir sollen bei der Stadt eine Auskunftssperre beantragen.

Das sind wir:
{P('Asen Kirilov Yankov')} (Vater), geb. {DOB(f_dot(by[0]))}
{P('Fatme Yankova')} (Mutter), geb. {DOB(f_dot(by[1]))}
{P('Denis Yankov')} (ich), geb. {DOB(f_dot(by[2]))}
{P('Elvis')} und {P('Sevdie Yankova')}, geb. {DOB(f_dot(by[3]))} und {DOB(f_dot(by[4]))}

Geht das per Mail oder müssen wir vorbeikommen? Ich kann vormittags nicht, da habe ich Berufsschule, mein Vater arbeitet bis 16 Uhr.

Viele Grüße
{P('Denis Yankov')}
{T(de_mobile(0))}
{E('denis.yankov07@gmx.de')}
""", ["ETHNICITY"])

# ================================================================ 020 memo: suspected sham registrations via a broker
b20 = birth(1974, 1982)
add("word", "vermerk-scheinanmeldung", f"""Vermerk
Az. {AZ(az_ema('SA'))}

Betreff: Verdacht auf Scheinanmeldungen über den Arbeitsvermittler „{P('Dumitru Ciobanu')} PFA“

1. Zwischen 3. März und 28. Mai 2025 wurden 14 Personen unter der Anschrift {A('Untere Isarstraße 22')}, {A('94405 Landau a.d.Isar')} angemeldet. Sämtliche Wohnungsgeberbestätigungen sind von Herrn {P('Dumitru Ciobanu')} (geb. {DOB(f_dot(b20))}, wohnhaft {A('Str. Victoriei nr. ' + hn(0))}, {A('200024 Craiova')}, Rumänien) als „Hauptmieter“ unterschrieben.
2. Der Eigentümer, Herr {P('Sebastian Wallner')}, {A('Am Zankl-Anger ' + hn(0))}, {A('94405 Landau a.d.Isar')}, erklärte am 04.06. schriftlich, die 3-Zimmer-Wohnung sei an zwei Personen vermietet, einen Untermietvertrag habe er nie genehmigt.
3. Herr {P('Ciobanu')} wirbt laut Aushang im Asia-Markt mit „Arbeit + Wohnung + Anmeldung in 1 Woche“, Kontakt über ein deutsches Handy ({T(de_mobile(3))}) und ein rumänisches ({T(ro_mobile())}). Rechnungen an die Arbeitnehmer tragen die USt-IdNr. {VAT('RO' + ro_cui())}.
4. Von den 14 Angemeldeten waren bei der Ortsbesichtigung nur {P('Cătălin Ene')} und {P('Gabriela Ene')} anzutreffen. Zu {P('Viorel Ene')} (geb. {DOB(f_dot(bd('Viorel Ene', 1999, 2003)))}) gab Frau {P('Ene')} an, er sei „nie hier gewesen“.
5. Beim Anmeldetermin am 28.05. wurden die Personen in einem Kleinbus mit dem Kennzeichen {KFZ(plate_ro('DJ'))} gebracht; Fahrer war nach Beobachtung von Frau {P('Eder-Wimmer')} Herr {P('Ciobanu')} selbst.

Vorschlag: Anhörung {P('Ciobanu')} (§ 54 Abs. 1 BMG, bis 50.000 EUR); Mitteilung an die Finanzkontrolle Schwarzarbeit des Hauptzollamts Landshut, Ansprechpartnerin Zollinspektorin {P('Karin Mühlbauer')}; Prüfung der Abmeldung von Amts wegen für die übrigen zwölf.

gez. {P('Zollner')}, SGL     Kenntnis genommen: {P('Dr. Helmreich')}, Ordnungsamtsleiter
""")

# ================================================================ 021 neighbour complaint, sloppy
add("outlook", "nachbar-beschwerde", f"""Betreff: schon wieder!!!

servus

ich hab jetzt schon 3 mal beim ordnungsamt angerufen und nix passiert. im haus neben mir ({A('obere stadt 14')}) wohnen mindestens 15 leut, jeden tag andere, die busse parken den ganzen gehweg zu und um 4 uhr früh wird gehupt. hier die nummern damit sies nicht wieder "nicht nachvollziehen" koennen: {KFZ(plate_ro('B'))}, {KFZ(plate_ro('TM'))}, {KFZ(plate_de('DGF', '-'))} und ein bulgarischer {KFZ(plate_bg('CH'))}
der vermieter, der {P('schwarzbauer')}, wohnt eh in deggendorf und kassiert nur ab.
ich will wissen wieviele da gemeldet sind, das steht mir als nachbar zu!!

{P('g. hackl')}
{A('obere stadt 12')}
{T(de_mobile(1))}
""")

# ================================================================ 022 formal letter abroad (Hungary)
b22 = bd("Tamás Balogh", 1988, 1993)
add("word", "anhoerung-abmeldung-ausland", f"""Stadt Landau a.d.Isar – Einwohnermeldeamt
{N(RATHAUS_STR)} | {N(RATHAUS_ORT)} | Deutschland

Einschreiben international
Herrn
{P('Balogh Tamás')}
{A('Kossuth Lajos utca ' + hn(0) + '.')}
{A('H-4400 Nyíregyháza')}
UNGARN / MAGYARORSZÁG

Az.: {AZ(az_ema('AvA'))}
Landau a.d.Isar, 18.06.2025

Beabsichtigte Abmeldung von Amts wegen – bisherige Anschrift {A('Frauenbergstraße ' + hn(0))}, {A('94405 Landau a.d.Isar')}

Sehr geehrter Herr {P('Balogh')},

nach Mitteilung Ihres früheren Vermieters, Herrn {P('Josef Meindl')}, haben Sie die Wohnung bereits im Februar 2025 geräumt, ohne sich abzumelden. Ihre Anschrift in Ungarn hat uns Ihre frühere Mitbewohnerin, Frau {P('Varga Anikó')}, genannt. Im Melderegister sind Sie mit dem Geburtsdatum {DOB(f_dot(b22))} und der Staatsangehörigkeit ungarisch eingetragen.

Wir beabsichtigen, Sie zum 28.02.2025 von Amts wegen abzumelden. Sie können sich bis zum 18.07.2025 dazu äußern, zum Beispiel per E-Mail an {N(MAILBOX)}. Wenn Sie noch in Landau wohnen, melden Sie sich bitte bei uns.

Mit freundlichen Grüßen / Üdvözlettel
Im Auftrag
{P('Andreas Kreuzpointner')}
""")

# ================================================================ 023 union secretary for four workers – UNION
bw = [birth(1984, 1990), birth(1991, 1996), birth(1978, 1985), birth(1995, 2000)]
add("outlook", "gewerkschaft-meldeadresse", f"""Betreff: Falsche Meldeadresse bei 4 Beschäftigten der Agrar-Service Gäuboden GmbH

Sehr geehrte Damen und Herren,

ich bin Gewerkschaftssekretär der NGG in der Region Niederbayern und betreue zusammen mit der Beratungsstelle Faire Mobilität vier rumänische Erntehelfer, die im Mai bei uns Mitglied geworden sind. Alle vier wurden vom Arbeitgeber unter der Anschrift {A('Gewerbering 7b')}, {A('94405 Landau')} angemeldet – das ist aber nur das Büro der Firma. Tatsächlich wohnen sie auf einem Hof in {A('Kammern ' + hn(0))}, {A('94428 Eichendorf')}, vier Mann in einem Raum.

– {P('Florin Stoica')}, geb. {DOB(f_dot(bw[0]))}, RV-Nr. {SSN(rvnr(bw[0], 'S'))}
– {P('Cristina Ungureanu')}, geb. {DOB(f_dot(bw[1]))}, KVNR {KV(kvnr())} (Karte nie erhalten)
– {P('Marius Zăvoianu')}, geb. {DOB(f_dot(bw[2]))}, Lohn ging bisher auf {IB(iban_ro())}
– {P('Daniela Iordache')}, geb. {DOB(f_dot(bw[3]))}, erreichbar unter {T(ro_mobile())}

Vollmachten liegen bei. Die vier möchten sich an der richtigen Adresse anmelden; wir fürchten aber, dass der Arbeitgeber keine Wohnungsgeberbestätigung für den Hof ausstellt, weil der Eigentümer, Herr {P('Xaver Reiter')}, dort eigentlich nicht vermieten darf. Wie ist in so einem Fall vorzugehen?

Mit kollegialen Grüßen
{P('Matthias Oberpaur')}
Gewerkschaftssekretär
Gewerkschaft Nahrung-Genuss-Gaststätten, Region Niederbayern
Mobil {T(de_mobile(0))}
{E('matthias.oberpaur@ngg.net')}
""", ["UNION"])

# ================================================================ 024 semicolon export without header rows
rows24 = [("Pârvu", "Adrian", "Höckinger Str. 19"), ("Pârvu", "Loredana", "Höckinger Str. 19"),
          ("Balogh", "Tamás", "Frauenbergstraße 6"), ("Kalinowski", "Robert", "Harburger Straße 9"),
          ("Ene", "Viorel", "Untere Isarstraße 22"), ("Popa", "Nicoleta-Andreea", "Untere Isarstraße 22"),
          ("Tóth", "Katalin", "Wolfsdorfer Weg 2"), ("Marić", "Ana", "Zeholfinger Ring 3"),
          ("Nikolov", "Plamen", "Kellerweg 9")]
lines24 = []
for sn, gn, st in rows24:
    b = bd(f"{gn} {sn}", 1966, 2002)
    lines24.append(f"{AZ(az_ema())};{P(sn)};{P(gn)};{DOB(f_dot(b))};{A(st)};{A('94405 Landau a.d.Isar')};"
                   f"{rng.choice(['Post unzustellbar', 'Hinweis Vermieter', 'Hinweis Arbeitgeber', 'Ortsermittlung neg.'])};"
                   f"{rng.choice(['offen', 'Anhörung raus', 'Frist läuft', 'erledigt'])}")
add("word", "export-avaw-liste", "OK.EWO Export AvAw-Kandidaten Q2/2025 – Stand 20.06.2025 – NUR INTERN\n\n"
    + "\n".join(lines24) + "\n")

# ================================================================ 025 newborn registration (English/German) – HEALTH
b25 = (28, 5, 2025)
add("outlook", "geburt-anmeldung", f"""Betreff: Registration of newborn / Anmeldung Baby

Dear Sir or Madam, sehr geehrte Damen und Herren,

our daughter {P('Viktoria Nikolaeva Ivanova')} was born on {DOB(f_dot(b25))} in Klinikum Deggendorf. She came in week 31 and is still in the neonatal intensive care unit, so we cannot come with her to your office. Standesamt Deggendorf has made the birth certificate (Geburtenregister {AZ('G ' + dg(4) + '/2025')}).

Is she registered automatically at our address {A('Isarstraße ' + hn(0))}, {A('94405 Landau')}, or do we have to do something? We need a Meldebescheinigung for Elterngeld and Kindergeld.

Mother: {P('Gergana Ivanova')}, born {DOB(f_dot(birth(1995, 1999)))}
Father: {P('Nikola Stoyanov Ivanov')}, born {DOB(f_dot(birth(1992, 1996)))}

Best regards / Viele Grüße
{P('Nikola Ivanov')}
{T(de_mobile(2))}
""", ["HEALTH"])

# ================================================================ 026 register information to a debt collector
iban26 = iban_de()
add("word", "melderegisterauskunft", f"""Stadt Landau a.d.Isar · Einwohnermeldeamt · {N(RATHAUS_STR)} · {N(RATHAUS_ORT)}

Inkasso Südost GmbH
{N('Postfach 12 03 44')}
{N('81403 München')}

Ihr Zeichen: {AZ('IS-2024-' + dg(6) + '-KR')}
Unser Zeichen: {AZ(az_ema('MRA'))}
Kassenzeichen: {AZ(kassenzeichen())}
Datum: 19.06.2025

Einfache Melderegisterauskunft nach § 44 BMG

Sehr geehrte Damen und Herren,

zu Ihrer Anfrage vom 05.06.2025 teile ich Ihnen Folgendes mit:

1. {P('Robert Kalinowski')}, geb. {DOB(f_dot(bd('Robert Kalinowski', 1979, 1986)))}, zuletzt gemeldet {A('Harburger Straße 9')}, {A('94405 Landau a.d.Isar')}:
   Die Person ist am 31.03.2025 nach {A('ul. Długa ' + hn(0) + '/12')}, {A('80-831 Gdańsk')}, Polen, verzogen.

2. {P('Ewa Dąbrowska')}, geb. {DOB(f_dot(birth(1983, 1990)))}:
   Eine Auskunft kann nicht erteilt werden.

3. {P('Jürgen Paintner')}, geb. {DOB(f_yy(birth(1958, 1965)))}:
   Die Person ist verstorben.

Für die Auskunft wird eine Gebühr von 3 × 8,50 EUR = 25,50 EUR erhoben. Bitte überweisen Sie den Betrag unter Angabe des Kassenzeichens auf das Konto der Stadtkasse, IBAN {N(iban26)}.

Mit freundlichen Grüßen
Im Auftrag
{P('Monika Prückl')}
""")

# ================================================================ 027 very short landlord mail
add("outlook", "vermieter-kurzmail", f"""Betreff: bestätigung

hallo
hier die wohnungsgeberbestätigung für die 3 neuen in der {A('reichersdorfer str 2')}, foto im anhang. {P('lupu vasile')}, {P('lupu ana')}, {P('ene catalin')}. einzug war 1.6.
unterschrift vom {P('sepp')} passt so hoffentlich
gruss {P('j. obermaier')}
{T(de_mobile(4))}

--
Gesendet von meinem iPhone
""")

# ================================================================ 028 note to vehicle registration office (plates)
veh = [("Lupu, Vasile", "Reichersdorfer Str. 2", plate_ro("VS")), ("Ene, Cătălin", "Reichersdorfer Str. 2", plate_ro("DJ")),
       ("Georgiev, Stoyan", "Kellerweg 9", plate_bg("PB")), ("Dimitrov, Hristo", "Mettenhausener Weg 5", plate_bg("PB")),
       ("Zieliński, Paweł", "Zeholfinger Ring 3", "POS " + dg(4) + rng.choice("ACFHK")),
       ("Farkas, Ildikó", "Wolfsdorfer Weg 2", "".join(rng.choice("ABCDEFGHJKLMNPRST") for _ in range(2)) + " "
        + "".join(rng.choice("ABCDEFGHJKLMNPRST") for _ in range(2)) + "-" + dg(3)),
       ("Horvat, Ivan", "Zeholfinger Ring 3", "OS " + dg(3) + "-" + rng.choice("ABCDEFGHJK") + rng.choice("ABCDEFGHJK")),
       ("Munteanu, Gheorghe", "Höckinger Str. 7", plate_ro("BC"))]
lines28 = []
for name, st, pl in veh:
    sn, gn = name.split(", ")
    b = bd(f"{gn} {sn}", 1970, 2000)
    since = f"{num(1, 28):02d}.{num(1, 12):02d}.{rng.choice([2022, 2023])}"
    lines28.append(f"{P(name)} | {DOB(f_dot(b))} | {since} | {A(st)} | {KFZ(pl)}")
add("word", "mitteilung-zulassungsstelle", f"""Stadt Landau a.d.Isar – Einwohnermeldeamt

An: Landratsamt Dingolfing-Landau, Zulassungsstelle
z. Hd. Frau {P('Christa Gruber-Rieger')}
per Hauspost/E-Mail {E('c.gruber-rieger@landkreis-dingolfing-landau.de')}

Hinweis: Fahrzeuge mit ausländischen Kennzeichen, deren Halter seit mehr als einem Jahr mit Hauptwohnung in Landau gemeldet sind

Sehr geehrte Frau {P('Gruber-Rieger')},

wie in der Dienstbesprechung am 05.06. vereinbart, erhalten Sie die uns bekannten Fälle. Die Kennzeichen stammen aus Vorsprachen, Ortsermittlungen und Bürgerhinweisen; ob die Fahrzeuge tatsächlich im Inland genutzt werden, konnten wir nicht prüfen. Alle Anschriften liegen in {A('94405 Landau a.d.Isar')}.

Halter | geb. | gemeldet seit | Anschrift | Kennzeichen
{chr(10).join(lines28)}

Bei Rückfragen erreichen Sie mich unter {T('09951 941-212')}.

Mit freundlichen Grüßen
i.A. {P('Florian Aigner')}
""")

# ================================================================ 029 Orthodox parish priest – RELIGION
bm = birth(2024, 2024)
add("outlook", "pfarrei-anfrage", f"""Betreff: Rumänisch-orthodoxe Gemeinde – Wohnsitzbestätigung für eine Taufe

Sehr geehrte Damen und Herren,

ich bin Pfarrer der rumänisch-orthodoxen Gemeinde Hl. Nikolaus in Straubing, zu der auch die orthodoxen Familien aus Landau gehören. Am 13. Juli wollen wir {P('Matei-Andrei Munteanu')} (geb. {DOB(f_long(bm))}) taufen. Die Eltern, {P('Gheorghe')} und {P('Ioana Munteanu')}, wohnen nach eigener Auskunft in der {A('Höckinger Straße 7')} in Landau. Für unser Taufregister und für die Bischofskanzlei in München benötigen wir eine Bestätigung des Wohnsitzes.

Die Familie ist einverstanden, Herr {P('Munteanu')} hat mir die Vollmacht unterschrieben (anbei als Scan). Pate wird {P('Cosmin Dobre')} aus Dingolfing.

Außerdem die Frage: Bekommen orthodoxe Gemeinden eigentlich Mitteilungen über zuziehende Gemeindemitglieder wie die katholischen Pfarreien, oder müssen wir die Familien selbst finden?

Cu stimă / Mit freundlichen Grüßen
Pr. {P('Ciprian-Vasile Oancea')}
Parohia Ortodoxă Română „Sf. Nicolae“ Straubing
Tel. {T(de_land('9421', 2))}
{N('parohia.straubing@mitropolia-ro.de')}
""", ["RELIGION"])

# ================================================================ 030 loss report of travel documents
b30a, b30b = birth(1985, 1990), birth(1982, 1988)
add("word", "niederschrift-verlustanzeige", f"""Niederschrift über die Anzeige des Verlusts von Ausweisdokumenten

Aufgenommen: Bürgerbüro Landau a.d.Isar, 16.06.2025, 14:05 Uhr

Anzeigende Person
Name, Vorname: {P('Lewandowska, Agnieszka')}
geboren am / in: {DOB(f_dot(b30a))} / Wrocław
Staatsangehörigkeit: polnisch
Anschrift: {A('Zankstraße ' + hn())}, {A('94405 Landau a.d.Isar')}
Telefon: {T(de_mobile(0))}

Abhandengekommene Dokumente
a) Reisepass der Republik Polen, Nr. {PASS(pl_passport())}, gültig bis 2029
b) Personalausweis der Bundesrepublik Deutschland des Ehemanns {P('Piotr Lewandowski')}, geb. {DOB(f_dot(b30b))}, Nr. {IDC(de_id(True))}
   (Herr {P('Lewandowski')} ist seit 2021 eingebürgert; sein deutscher Reisepass {PASS(de_pass())} ist nicht betroffen.)

Schilderung: Die Handtasche wurde am Samstag, 14.06., gegen 22 Uhr im Bierzelt am Volksfestplatz gestohlen. Anzeige bei der PI Landau erstattet, Vorgang {AZ(pi_tgb())}.

Veranlasst: Sachfahndung eingegeben; vorläufiger Personalausweis für Herrn {P('Lewandowski')} beantragt. Gebühr 10,00 EUR bezahlt mit Kreditkarte {CC(mastercard())}. Frau {P('Lewandowska')} wurde an das polnische Generalkonsulat München verwiesen.

Unterschrift anzeigende Person: {P('A. Lewandowska')}
Aufgenommen von: {P('Kathrin Eder-Wimmer')}
""")

# ---------------------------------------------------------------- write
assert len(docs) == 30, len(docs)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh140.jsonl")
with open(out, "w", encoding="utf-8", newline="\n") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
