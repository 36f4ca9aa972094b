#!/usr/bin/env python3
"""Blind test batch 148: invented correspondence of a Berlin district's school authority (Schul- und Sportamt):
school-place applications, sibling lists, catchment-area addresses, appeals, special educational needs, language
tests, families of Arabic, Turkish, Vietnamese, Polish and English-speaking background.

All names, addresses and identifiers are invented; every randomness comes from Identifiers(14848).rng so that two
runs write byte-identical files."""
import json
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from identifiers import Identifiers, group, icao_check, luhn_check, mod11_10_check  # noqa: E402
from marks import build  # noqa: E402

ids = Identifiers(14848)
rng = ids.rng
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh148.jsonl")


# ---------------------------------------------------------------- marks
def mk(code, value):
    return f"[[{code}|{value}]]"


def P(v): return mk("P", v)
def A(v): return mk("A", v)
def E(v): return mk("E", v)
def T(v): return mk("T", v)
def N(v): return mk("N", v)
def AZ(v): return mk("AZ", v)
def DOB(v): return mk("DOB", v)
def KFZ(v): return mk("KFZ", v)
def KV(v): return mk("KV", v)
def IB(v): return mk("IBAN", v)
def TID(v): return mk("TID", v)
def TNR(v): return mk("TNR", v)
def VAT(v): return mk("VAT", v)
def IDC(v): return mk("IDC", v)
def PASS(v): return mk("PASS", v)
def SSN(v): return mk("SSN", v)
def CC(v): return mk("CC", v)


# ---------------------------------------------------------------- random helpers (all from rng)
def pick(seq):
    return rng.choice(seq)


def dg(n, first_nonzero=False):
    return ids.digits(n, first_nonzero)


def chance(p):
    return rng.random() < p


MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def rand_date(y0, m0, d0, y1, m1, d1):
    """A date between two dates (inclusive), as (day, month, year)."""
    import datetime
    a = datetime.date(y0, m0, d0).toordinal()
    b = datetime.date(y1, m1, d1).toordinal()
    x = datetime.date.fromordinal(a + rng.randint(0, b - a))
    return x.day, x.month, x.year


def fmt_date(dmy, style):
    d, m, y = dmy
    if style == "dd.mm.yyyy":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "d.m.yyyy":
        return f"{d}.{m}.{y}"
    if style == "dd.mm.yy":
        return f"{d:02d}.{m:02d}.{y % 100:02d}"
    if style == "long":
        return f"{d}. {MONTHS[m - 1]} {y}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "uk":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "us":
        return f"{MONTHS_EN[m - 1]} {d}, {y}"
    raise ValueError(style)


def school_starter_dob():
    # Einschulung 2026/27: born 1 Oct 2019 - 30 Sep 2020
    return rand_date(2019, 10, 1, 2020, 9, 30)


MOBILE_PREFIXES = ["0151", "0152", "0157", "0159", "0160", "0162", "0163", "0170", "0171", "0172", "0173",
                   "0174", "0175", "0176", "0177", "0178", "0179"]


def mobile(style=None):
    pre = pick(MOBILE_PREFIXES)
    rest = dg(8 if pre[:3] in ("015", "017") else 7, True)
    style = style or pick(["plain", "slash", "dash", "intl", "intl0", "blocks"])
    if style == "plain":
        return f"{pre} {rest}"
    if style == "slash":
        return f"{pre}/{rest}"
    if style == "dash":
        return f"{pre}-{rest[:3]} {rest[3:]}"
    if style == "intl":
        return f"+49 {pre[1:]} {rest}"
    if style == "intl0":
        return f"+49 (0){pre[1:]} {rest[:4]} {rest[4:]}"
    return f"{pre} {rest[:3]} {rest[3:]}"


def berlin_phone(style=None):
    rest = dg(8, True)
    style = style or pick(["space", "paren", "dash", "intl", "blocks"])
    if style == "space":
        return f"030 {rest}"
    if style == "paren":
        return f"(030) {rest}"
    if style == "dash":
        return f"030-{rest}"
    if style == "intl":
        return f"+49 30 {rest}"
    return f"030 {rest[:4]} {rest[4:]}"


STREETS = [("Sonnenallee", "12045"), ("Sonnenallee", "12059"), ("Hermannstraße", "12049"), ("Weserstraße", "12047"),
           ("Pannierstraße", "12047"), ("Reuterstraße", "12053"), ("Sanderstraße", "12047"),
           ("Flughafenstraße", "12053"), ("Boddinstraße", "12053"), ("Emser Straße", "12051"),
           ("Silbersteinstraße", "12051"), ("Harzer Straße", "12059"), ("Elsenstraße", "12059"),
           ("Wildenbruchstraße", "12045"), ("Fuldastraße", "12045"), ("Braunschweiger Straße", "12055"),
           ("Okerstraße", "12049"), ("Buschkrugallee", "12359"), ("Fritz-Reuter-Allee", "12359"),
           ("Lipschitzallee", "12353"), ("Johannisthaler Chaussee", "12351"), ("Neuköllnische Allee", "12057"),
           ("Kirchhofstraße", "12055"), ("Thomasstraße", "12053"), ("Jonasstraße", "12053"),
           ("Mahlower Straße", "12049"), ("Anzengruberstraße", "12043"), ("Donaustraße", "12043"),
           ("Werbellinstraße", "12053"), ("Selchower Straße", "12049"), ("Kienitzer Straße", "12049"),
           ("Hobrechtstraße", "12047"), ("Stuttgarter Straße", "12059"), ("Wutzkyallee", "12353"),
           ("Zwickauer Damm", "12355"), ("Alt-Britz", "12359"), ("Hänselstraße", "12437"),
           ("Bendastraße", "12051"), ("Schierker Straße", "12051"), ("Niemetzstraße", "12055")]


def house_no():
    n = str(rng.randint(1, 199))
    r = rng.random()
    if r < 0.12:
        n += pick("abc")
    elif r < 0.16:
        n += f"-{int(n) + 2}"
    return n


def street_abbrev(s):
    if s.endswith("straße") and chance(0.3):
        return s[:-6] + "str."
    if s.endswith(" Straße") and chance(0.2):
        return s[:-7] + " Str."
    return s


def address():
    s, plz = pick(STREETS)
    return f"{street_abbrev(s)} {house_no()}", f"{plz} Berlin"


# name pools: (origin, surnames, female given names, male given names)
POOLS = [
    ("tr", ["Yılmaz", "Öztürk", "Kaya", "Demir", "Çelik", "Şahin", "Doğan", "Kılıç", "Arslan", "Aydın", "Koç",
            "Polat", "Güler", "Karakaya", "Erdem", "Bozkurt"],
     ["Elif", "Zeynep", "Ayşe", "Merve", "Esra", "Hatice", "Sibel", "Derya", "Büşra", "Nisa", "Defne", "Ecrin"],
     ["Emir", "Yusuf", "Mehmet", "Kerem", "Burak", "Can", "Ömer", "Furkan", "Eren", "Alparslan", "Miraç", "Aras"]),
    ("ar", ["Al-Khatib", "Haddad", "El-Zein", "Abu Khalil", "Mahmoud", "Nasser", "Hamdan", "Saleh", "Al-Masri",
            "Darwish", "Kanaan", "Ibrahim", "Chahrour", "Abou-Chaker", "El Ouardi", "Ben Youssef"],
     ["Rania", "Lina", "Yasmin", "Huda", "Nour", "Amira", "Jana", "Malak", "Sila", "Hiba", "Layan", "Maryam"],
     ["Omar", "Karim", "Yousef", "Ahmad", "Samir", "Bilal", "Adam", "Rayan", "Hamza", "Zaid", "Ilyas", "Taim"]),
    ("vn", ["Nguyen", "Tran", "Pham", "Le", "Hoang", "Dang", "Vu", "Bui", "Do", "Ngo", "Nguyễn", "Trần", "Phạm"],
     ["Bao Ngoc", "Thu Trang", "Khanh Linh", "Hai Yen", "Minh Anh", "Ngọc Hân", "Thảo Vy", "Lan Chi"],
     ["Gia Huy", "Duc Anh", "Quang Minh", "Minh Khang", "Đức Trí", "Bảo Long", "Nhat Nam", "Tuan Kiet"]),
    ("pl", ["Kowalczyk", "Wójcik", "Nowak", "Mazur", "Krawczyk", "Pawlak", "Dudek", "Sikora", "Zając",
            "Kaczmarek", "Wrona", "Michalak", "Sobczak"],
     ["Zofia", "Maja", "Julia", "Hanna", "Łucja", "Wiktoria", "Oliwia", "Alicja", "Zuzanna", "Pola"],
     ["Antoni", "Jakub", "Szymon", "Filip", "Jan", "Franciszek", "Ignacy", "Mikołaj", "Wojciech", "Tymon"]),
    ("en", ["Whitfield", "O'Connor", "McAllister", "Bennett", "Thompson-Reyes", "Hughes", "Okafor", "Patel",
            "Fitzgerald", "Walsh", "Sinclair", "Adebayo"],
     ["Amelia", "Isla", "Harriet", "Ruby", "Chloe", "Maeve", "Poppy", "Grace", "Evie", "Niamh"],
     ["Oliver", "Noah", "Theo", "Finn", "Jack", "Rory", "Arthur", "Ezra", "Caleb", "Declan"]),
    ("de", ["Schulze", "Krüger", "Hoffmann", "Becker-Lindner", "von Arnim", "Lehmann", "Kühn", "Brandt", "Seidel",
            "Wagner", "Pietsch", "zur Linden", "Fechner", "Haase"],
     ["Mila", "Ida", "Frieda", "Greta", "Lotta", "Clara", "Emma", "Matilda", "Paula", "Ronja"],
     ["Emil", "Paul", "Leo", "Anton", "Jonas", "Henri", "Karl", "Ben", "Oskar", "Mats"]),
]


def family(origin=None):
    pool = pick(POOLS) if origin is None else [p for p in POOLS if p[0] == origin][0]
    return pool[0], pick(pool[1]), pool[2], pool[3]


TRANSLIT = {"ç": "c", "ş": "s", "ı": "i", "ğ": "g", "ö": "oe", "ü": "ue", "ä": "ae", "ß": "ss", "ł": "l",
            "đ": "d", "'": "", " ": "", "-": ""}


def ascii_name(s):
    s = s.lower()
    s = "".join(TRANSLIT.get(c, c) for c in s)
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


MAIL_DOMAINS = ["gmx.de", "web.de", "gmail.com", "hotmail.de", "t-online.de", "posteo.de", "outlook.de",
                "yahoo.de", "icloud.com", "freenet.de"]


def email_for(given, surname):
    g, s = ascii_name(given.split()[0]), ascii_name(surname)
    form = pick(["g.s", "gs", "g_s", "s.g", "gX", "fam"])
    if form == "g.s":
        local = f"{g}.{s}"
    elif form == "gs":
        local = f"{g}{s}{rng.randint(70, 99)}"
    elif form == "g_s":
        local = f"{g}_{s}"
    elif form == "s.g":
        local = f"{s}.{g[0]}"
    elif form == "gX":
        local = f"{g}.{s[:3]}{rng.randint(1, 30)}"
    else:
        local = f"familie.{s}"
    return f"{local}@{pick(MAIL_DOMAINS)}"


# ---------------------------------------------------------------- identifiers not covered by identifiers.py
def iban(country, bban):
    """ISO 13616 / ISO 7064 MOD 97-10."""
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def iban_de(grouped=None):
    v = iban("DE", dg(18))
    grouped = chance(0.6) if grouped is None else grouped
    return group(v, 4) if grouped else v


def creditor_id(national):
    """SEPA creditor identifier: check digits over national id + country + 00, business code skipped."""
    digits = "".join(str(int(c, 36)) for c in national + "DE00")
    return f"DE{98 - int(digits) % 97:02d}ZZZ{national}"


def polish_id_card():
    """Dowód osobisty: 3 letters, check digit, 5 digits; weights 7,3,1,9,7,3,1,7,3; sum mod 10 == 0."""
    letters = "".join(pick("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(3))
    tail = dg(5)
    vals = [ord(c) - 55 for c in letters] + [int(c) for c in tail]
    w = [7, 3, 1, 7, 3, 1, 7, 3]
    check = sum(v * x for v, x in zip(vals, w)) % 10
    value = f"{letters}{check}{tail}"
    allv = [ord(c) - 55 for c in letters] + [int(c) for c in value[3:]]
    assert sum(v * x for v, x in zip(allv, [7, 3, 1, 9, 7, 3, 1, 7, 3])) % 10 == 0
    return value


def berlin_tax_number():
    """Berlin layout FF/BBB/UUUUP (layout only)."""
    return f"{pick(['13', '14', '16', '17', '21', '24', '27', '29', '30', '31', '34', '35', '37'])}/{dg(3)}/{dg(5)}"


def tax_id(spaced=None):
    v = ids.tax_id()
    spaced = chance(0.5) if spaced is None else spaced
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if spaced else v


def ssn(dmy, letter, spaced=True):
    d, m, y = dmy
    v = ids.social_security(f"{d:02d}{m:02d}{y % 100:02d}", letter)
    return f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}" if spaced else v


def plate(district="B"):
    letters = "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.randint(1, 2)))
    num = str(rng.randint(1, 9999 if district == "B" else 999))
    return f"{district}-{letters} {num}"


def visa():
    return ids.credit_card("4", 16)


def check_ids_selftest():
    # a few guards for the helpers above (no randomness consumed)
    assert iban("DE", "370400440532013000") == "DE89370400440532013000"
    assert luhn_check("7992739871") == 3


# ---------------------------------------------------------------- office constants (public, neutral)
OFFICE = "Bezirksamt Neukölln von Berlin"
OFFICE_STREET = "Karl-Marx-Straße 83"
OFFICE_PLZ = "12040 Berlin"
SWITCH = "(030) 90239-0"
SWITCH2 = "030 90239-0"
MAILBOX = "schulamt@bezirksamt-neukoelln.de"
STAFF_DOMAIN = "bezirksamt-neukoelln.de"


def esb():
    return f"ESB-2026-0{dg(4)}"


# ================================================================ documents
def doc01():
    dob = fmt_date(school_starter_dob(), "dd.mm.yyyy")
    t1, t2 = mobile("plain"), mobile("dash")
    text = f"""Betreff: wegen schulplatz {P('emir')}

hallo

ich schreib nochmal wegen mein sohn {P('Emir Karakaya')} geb {DOB(dob)} wir haben den brief bekommen das er auf die {N('Hans-Fallada-Schule')} soll aber sein bruder {P('Kerem')} ist doch schon auf der {N('Rixdorfer Schule')} in der 3b, das ist doch geschwisterkind oder nicht??
wir wohnen seit 2019 in der {A('Weserstr. 147')} also direkt um die ecke von der rixdorfer, das sind keine 400 meter. die andere schule ist über die sonnenallee rüber und meine frau fängt um 6 im krankenhaus an, ich kann nicht zwei kinder an zwei schulen bringen jeden morgen

die nummer steht oben auf dem brief {AZ(esb())}

bitte rufen sie mich an {T(t1)} ab 15 uhr oder meine frau {P('Sibel')} auf {T(t2)}

mfg
{P('Hakan Karakaya')}

Von meinem iPhone gesendet
"""
    return "outlook", "schulplatz-nachfrage", text, []


def doc02():
    dob = fmt_date(school_starter_dob(), "dd.mm.yyyy")
    az = f"SchA 21 – 0{dg(3)}/26"
    text = f"""{OFFICE}
Abteilung Bildung, Kultur und Sport – Schul- und Sportamt
{N(OFFICE_STREET)}, {N(OFFICE_PLZ)}

{OFFICE}, 12040 Berlin

Frau
{P('Małgorzata Wiśniewska')}
Herrn
{P('Tomasz Wiśniewski')}
{A('Okerstraße 19')}
{A('12049 Berlin')}

Geschäftszeichen: {AZ(az)}
Bearbeiterin: {P('Jana Dombrowski')}, Zimmer A 2.14
Telefon: {N(SWITCH)} (Zentrale)
E-Mail: {N(MAILBOX)}
Datum: 2. März 2026

Aufnahme in die Schulanfangsphase zum Schuljahr 2026/27
Ihr Kind: {P('Zofia Wiśniewska')}, geboren am {DOB(dob)}

Sehr geehrte Frau {P('Wiśniewska')}, sehr geehrter Herr {P('Wiśniewski')},

Ihre Tochter hat ihren Wohnsitz im Einschulungsbereich {N('08-12')}. Nach § 55a Absatz 1 des Schulgesetzes für das Land Berlin wird sie zum 1. August 2026 an der {N('Hermann-Sander-Grundschule')} (Schulnummer {N('08G14')}) aufgenommen.

Ihrem Wunsch nach Aufnahme an der {N('Peter-Petersen-Schule')} konnten wir leider nicht entsprechen. Dort lagen mehr Anmeldungen aus dem eigenen Einschulungsbereich vor, als die Schule Plätze hat (78 Plätze in drei Zügen). Eine vorrangige Aufnahme als Geschwisterkind kam nicht in Betracht, weil der Bruder {P('Antoni')} seit Sommer 2025 eine Oberschule besucht.

Bitte melden Sie {P('Zofia')} bis zum 27. März 2026 im Sekretariat der Schule an ({N('Leinestraße 40')}, {N('12049 Berlin')}). Bringen Sie bitte die Geburtsurkunde, diesen Bescheid und den Nachweis über den Masernschutz mit.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift beim {OFFICE}, Schul- und Sportamt, {N(OFFICE_STREET)}, {N(OFFICE_PLZ)}, einzulegen.

Mit freundlichen Grüßen
Im Auftrag

{P('Jana Dombrowski')}
"""
    return "word", "zuweisungsbescheid", text, []


def doc03():
    dob = fmt_date(rand_date(2013, 8, 1, 2014, 7, 31), "dd.mm.yyyy")
    az = f"SchA 22 – W 0{dg(3)}/26"
    vg = f"VG 3 L {rng.randint(100, 480)}/26"
    text = f"""Betreff: Widerspruch gegen Ablehnung Aufnahme Jgst. 7 – {P('Yasmin Haddad')}, Ihr Zeichen {AZ(az)}

Sehr geehrte Damen und Herren,

in der Schulangelegenheit {P('Haddad')} zeige ich an, dass ich die Eltern, Frau {P('Rasha Haddad')} und Herrn {P('Dr. Samir Haddad')}, {A('Schillerpromenade 31')}, {A('12049 Berlin')}, anwaltlich vertrete. Eine auf mich lautende Vollmacht ist beigefügt.

Namens und in Vollmacht meiner Mandantschaft lege ich gegen den Bescheid vom 14. Mai 2026 Widerspruch ein, mit dem die Aufnahme der Tochter {P('Yasmin')} (geb. {DOB(dob)}) in die Jahrgangsstufe 7 des {N('Albert-Schweitzer-Gymnasiums')} abgelehnt wurde.

Zur Begründung vorab nur so viel: Die Förderprognose meiner Mandantin liegt bei 1,9. Nach Auskunft der Schule sind im Losverfahren (30 % der Plätze) Bewerberinnen und Bewerber mit deutlich schlechterer Prognose zum Zuge gekommen, ohne dass die Auswahlkriterien für die übrigen 60 % offengelegt wurden. Ich beantrage daher Akteneinsicht in die Auswahlliste, soweit sie die Rangfolge meiner Mandantin betrifft, und die Mitteilung, wie die Kapazität von 145 Plätzen ermittelt wurde. Auf die Rechtsprechung zur Überprüfbarkeit der Kapazitätsfestsetzung ({N('OVG Berlin-Brandenburg, Beschluss vom 18. August 2020 – OVG 3 S 74/20')}) weise ich hin.

Sollte bis zum 30. Juni 2026 keine Entscheidung vorliegen, werden wir beim Verwaltungsgericht Berlin um einstweiligen Rechtsschutz nachsuchen. Ein Verfahren der Familie ist dort bereits unter {AZ(vg)} anhängig (Schulweg des jüngeren Bruders {P('Adam')}).

Mit freundlichen Grüßen

{P('Henrike Baumgart-Özdemir')}
Rechtsanwältin
Fachanwältin für Verwaltungsrecht

Kanzlei am Hermannplatz
{A('Hermannstraße 229')}
{A('12049 Berlin')}
Tel. {T('030 62 90 41 77')}
Fax {T('030 62 90 41 78')}
{E('baumgart@ra-hermannplatz.de')}
"""
    return "outlook", "widerspruch-anwaltlich", text, []


SCHOOL_NOS = ["08G01", "08G03", "08G07", "08G14", "08G21", "08G27", "08G33", "08G40"]


def doc04():
    rows = []
    statuses = ["bestätigt", "bestätigt", "offen – Klasse prüfen", "Geschwister verzogen", "bestätigt",
                "Nachweis fehlt"]
    for _ in range(9):
        origin, sur, gf, gm = family()
        child_f = chance(0.5)
        given = pick(gf if child_f else gm)
        dob = fmt_date(school_starter_dob(), "iso")
        street, plz = address()
        if chance(0.78):
            sib_sur = sur if chance(0.8) else family(origin)[1]
            sib_given = pick(gm if child_f else gf)
            sib = f"{P(sib_sur + ', ' + sib_given)} ({rng.randint(2, 6)}{pick('abcd')})"
        else:
            sib = "–"
        rows.append(f"{AZ(esb())};{P(sur)};{P(given)};{DOB(dob)};{A(street)};{A(plz)};{sib};"
                    f"{N(pick(SCHOOL_NOS))};{pick(statuses)}")
    body = "\n".join(rows)
    text = f"""Geschwisterkinder Einschulung 2026/27 – Abgleich mit der Schülerdatei (Stand 09.02.2026)
Export aus dem Schulverwaltungsprogramm – nur für den Dienstgebrauch, nicht weitergeben

Vorgang;Name;Vorname;Geb.-Datum;Straße;PLZ Ort;Geschwister (Name, Klasse);Wunschschule;Status
{body}

Hinweis: Geschwistervorrang nur, wenn das Geschwisterkind die Schule im Schuljahr 2026/27 weiter besucht (nicht Klasse 6). Bei „Nachweis fehlt“ bitte Schulbescheinigung anfordern.
"""
    return "word", "geschwisterliste-export", text, []


def doc05():
    dob = fmt_date(rand_date(2021, 3, 1, 2021, 9, 30), "dd.mm.yyyy")
    tel = mobile("plain")
    text = f"""Betreff: WG: Sprachstandsfeststellung – Kind ohne Kita-Besuch

Liebe Kolleginnen,

zur Info und mit der Bitte, den Jungen in die Liste für die verpflichtende Sprachförderung aufzunehmen. Die Mutter spricht wenig Deutsch – für den nächsten Termin bräuchten wir eine Sprachmittlerin für Vietnamesisch.

Gruß
{P('Anke Wendlandt')}
Koordination Sprachförderung

________________________________
Von: {P('Thu Hà Phạm')} <{E('t.pham@kita-regenbogenland.de')}>
Gesendet: Dienstag, 10. März 2026 16:42
An: Sprachförderung Neukölln <{N('sprachfoerderung@' + STAFF_DOMAIN)}>
Cc: {P('Anke Wendlandt')} <{E('anke.wendlandt@' + STAFF_DOMAIN)}>
Betreff: Sprachstandsfeststellung – Kind ohne Kita-Besuch

Guten Tag,

heute war Frau {P('Nguyễn Thị Hương')} mit ihrem Sohn {P('Trần Gia Huy')} (geb. {DOB(dob)}) bei uns zur Sprachstandsfeststellung „Deutsch Plus 4“. Das Kind besucht bisher keine Kita. Ergebnis: Förderbedarf in allen vier Bereichen; Wortschatz und Satzbau sind auf Vietnamesisch altersgemäß, auf Deutsch kaum vorhanden. Der Vater, Herr {P('Trần Văn Đức')}, konnte nicht mitkommen.

Die Familie wohnt in der {A('Hertzbergstraße 12')}, Seitenflügel 2. OG links, {A('12055 Berlin')}. Handy der Mutter: {T(tel)}. Der große Bruder {P('Minh')} (12) übersetzt meistens – das möchten wir bei den Gesprächen eigentlich vermeiden.

Wir könnten ab April einen Platz mit sieben Stunden anbieten; den Kita-Gutschein müsste die Familie noch beim Jugendamt beantragen.

Viele Grüße
{P('Thu Hà Phạm')}
Leitung Kita Regenbogenland
{N('Braunschweiger Straße 8')}, {N('12055 Berlin')}
"""
    return "outlook", "weiterleitung-sprachstand", text, []


def doc06():
    dob = fmt_date(school_starter_dob(), "d.m.yyyy")
    pl_mobile = f"+48 {pick(['5', '6', '7'])}{dg(2)} {dg(3)} {dg(3)}"
    de_mobile = mobile("plain")
    text = f"""Telefonvermerk

Datum/Uhrzeit: 11.03.2026, 09:20 Uhr
Anruferin: Frau {P('Katarzyna Mazur')}, Mutter von {P('Oliwia Mazur')} (geb. {DOB(dob)})
Rückruf unter: {T(pl_mobile)} (polnische Nummer), die deutsche Nummer {T(de_mobile)} „geht nicht immer“
Vorgang: {AZ(esb())}

Inhalt des Gesprächs:
Frau {P('Mazur')} teilt mit, dass die Familie zum 1. April von der {A('Lipschitzallee 70')} ({A('12353 Berlin')}) in die {A('Pannierstraße 4')}, {A('12047 Berlin')} umzieht. Die neue Wohnung liegt im Einschulungsbereich der {N('Rixdorfer Schule')}. Sie fragt, ob die schon erteilte Zuweisung an die Grundschule in der Gropiusstadt geändert werden kann, weil sie sonst zwei Wege mit dem Kinderwagen hat.

Auskunft erteilt: Maßgeblich ist der Wohnsitz; nach dem Umzug ist eine neue Zuweisung möglich, sobald die Anmeldung beim Bürgeramt vorliegt, aber nur nach freien Plätzen. Bitte Meldebestätigung und Mietvertrag nachreichen (Vermieter laut Mutter: {P('Gerhard Sielaff')}, privat). Frau {P('Mazur')} hatte sich bei der Vorsprache im Januar mit ihrem polnischen Personalausweis Nr. {IDC(polish_id_card())} ausgewiesen; Kopie liegt in der Akte.

WV: 03.04.2026
gez. {P('Ö. Tekin')}
"""
    return "word", "telefonvermerk-umzug", text, []


def doc07():
    dob = fmt_date(school_starter_dob(), "dd.mm.yyyy")
    tel = mobile("plain")
    text = f"""Betreff: Antrag Schulhelfer für unseren Sohn {P('Karim')} – Autismus

Sehr geehrte Frau {P('Lindqvist')},

wie am Telefon besprochen schicke ich Ihnen die Unterlagen für unseren Sohn {P('Karim Al-Khatib')}, geboren {DOB(dob)}, der im August eingeschult werden soll.

{P('Karim')} hat die Diagnose frühkindlicher Autismus (F84.0), festgestellt im Sozialpädiatrischen Zentrum von Frau {P('Dr. Irina Vasilieva')}. Er spricht nur einzelne Wörter, hält laute Räume schlecht aus und läuft weg, wenn es ihm zu viel wird. In der Kita hatte er eine Integrationserzieherin, ohne Begleitung kann er den Schultag nicht schaffen. Der Bescheid über Pflegegrad 3 liegt bei.

Wir beantragen einen Schulhelfer und Nachteilsausgleich. Die Krankenversichertennummer von {P('Karim')} ist {KV(ids.health_insurance())} (AOK Nordost), falls die für den Antrag nötig ist.

Meine Frau {P('Lina')} und ich sind unter {T(tel)} erreichbar. Die Kinderärztin, {P('Dr. Beate Kranich')} (Praxis {A('Fuldastraße 56')}), haben wir von der Schweigepflicht entbunden, Sie können sie gern anrufen.

Mit freundlichen Grüßen
{P('Ahmad Al-Khatib')}
{A('Sonnenallee 96')}, {A('12045 Berlin')}
"""
    return "outlook", "schulhelfer-autismus", text, ["HEALTH"]


def doc08():
    dob = fmt_date(school_starter_dob(), "long")
    az = f"SIBUZ 08 – FB 2026/0{dg(3)}"
    text = f"""Schulpsychologisches und Inklusionspädagogisches Beratungs- und Unterstützungszentrum (SIBUZ) Neukölln
– vertraulich, nur zur Schülerakte –

Sonderpädagogische Stellungnahme zur Feststellung des sonderpädagogischen Förderbedarfs
Geschäftszeichen: {AZ(az)}

Schüler:             {P('Jonas Brandt-Okafor')}
geboren:             {DOB(dob)}
Anschrift:           {A('Rudower Straße 170')}, {A('12351 Berlin')}
Sorgeberechtigte:    {P('Miriam Brandt')} (Mutter); {P('Chinedu Okafor')} (Vater, getrennt lebend, {A('Hasenheide 61')}, {A('10967 Berlin')})
Krankenkasse:        BARMER, Versichertennr. {KV(ids.health_insurance())}

1. Anlass
Die Mutter hat am 15.01.2026 die Feststellung des Förderbedarfs vor der Einschulung beantragt.

2. Vorbefunde
Humangenetischer Befund ({P('Dr. Sabine Ehrlich')}, Institut für Medizinische Genetik, April 2022): Fragiles-X-Syndrom, Vollmutation im FMR1-Gen (über 200 CGG-Wiederholungen), mütterlicherseits vererbt; bei der Mutter wurde eine Prämutation festgestellt.
Entwicklungsdiagnostik im SPZ (11/2025): kognitive Entwicklung deutlich verzögert, ausgeprägte Reizempfindlichkeit, Sprache in Zwei- bis Dreiwortsätzen.

3. Beobachtung in der Kita
Die Bezugserzieherin, Frau {P('Scholz')}, beschreibt {P('Jonas')} als freundlich und kontaktfreudig; er braucht feste Abläufe und Bildkarten. Bei Wechseln zwischen Räumen kommt es zu Weinen und Rückzug.

4. Empfehlung
Sonderpädagogischer Förderbedarf im Förderschwerpunkt „Geistige Entwicklung“. Inklusive Beschulung an einer Grundschule mit Schwerpunktprofil wird empfohlen; Schulhelferbedarf ca. 15 Wochenstunden.

Berlin, 3. März 2026

Dipl.-Psych. {P('Tobias Weinreich')}, Schulpsychologe
{P('Rüdiger Mahnke')}, Sonderpädagoge
"""
    return "word", "sibuz-stellungnahme", text, ["HEALTH", "GENETIC"]


def doc09():
    dob = fmt_date(rand_date(2017, 9, 1, 2018, 8, 31), "uk")
    uk1 = f"+44 7{dg(3)} {dg(3)} {dg(3)}"
    uk2 = f"+44 7700 {dg(6)}"
    pass_no = dg(9, True)
    text = f"""Betreff: School place for our daughter – moving from London / Schulplatz für unsere Tochter

Dear Sir or Madam, sehr geehrte Damen und Herren,

please excuse that I write partly in English, my German is still A2.

We are relocating from London to Berlin-Neukölln at the end of April. Our daughter {P('Isla Whitfield-Mensah')}, date of birth {DOB(dob)}, currently attends Year 3 at a primary school in Islington. From 1 May our address will be {A('Weichselstraße 52')}, {A('12045 Berlin')} (the lease is signed, our appointment at the Bürgeramt is on 4 May).

Until then please write to our UK address:
{A('27 Highbury New Park')}
{A('London N5 2EN')}
United Kingdom

My questions: Which Grundschule will she be assigned to, and does she need a German test or a Willkommensklasse first? She understands quite a lot, because her grandmother ({P('Gisela Whitfield')}, née {P('Krause')}) is from Berlin and {P('Isla')} spends every summer with her.

You can reach me on {T(uk1)} (also WhatsApp) or my husband {P('Kwame Mensah')} on {T(uk2)}. If you need an ID for the registration, my British passport number is {PASS(pass_no)}.

Kind regards / Viele Grüße
{P('Rebecca Whitfield')}
{E('rebecca.whitfield@btinternet.com')}
"""
    return "outlook", "zuzug-ausland", text, []


def doc10():
    dob = fmt_date(school_starter_dob(), "dd.mm.yyyy")
    t1 = mobile("plain")
    t2 = berlin_phone("blocks")
    pas = ids.passport(check_digit=False)
    text = f"""ANMELDEBOGEN SCHULANFÄNGER/INNEN 2026/27 – GRUNDSCHULE
(vom Schulamt ausgefüllt nach Angaben der Eltern)      Eingang: 16. Jan. 2026      Einschulungsbereich: {N('08-07')}

1. ANGABEN ZUM KIND
Familienname: {P('ŞAHİN')}
Vorname(n): {P('Elif Naz')}
Geburtsdatum: {DOB(dob)}            Geburtsort: Berlin
Staatsangehörigkeit: deutsch, türkisch
Herkunftssprache: [ ] Deutsch   [x] nicht Deutsch, und zwar: Türkisch
Anschrift: {A('Flughafenstraße 38')}            PLZ/Ort: {A('12053 Berlin')}

2. ERZIEHUNGSBERECHTIGTE
Mutter: {P('Şahin, Derya')}      Tel.: {T(t1)}      E-Mail: {E('derya.sahin91@hotmail.de')}
Vater:  {P('Şahin, Murat')}      Tel.: {T(t2)}
Sorgerecht: [x] gemeinsam   [ ] allein
Ausweis vorgelegt (Mutter): [x] Reisepass Nr. {PASS(pas)}   [ ] Personalausweis

3. GESCHWISTER AN DER GEWÜNSCHTEN SCHULE
Name: {P('Yusuf Şahin')}      Klasse: 2c

4. RELIGIONS-/WELTANSCHAUUNGSUNTERRICHT (freiwillig)
[ ] evangelisch   [ ] katholisch   [x] islamisch   [ ] Humanistische Lebenskunde   [ ] keine Teilnahme

5. BESONDERHEITEN (Gesundheit, Förderbedarf, Allergien)
keine bekannt

6. GEWÜNSCHTE SCHULE
1. Wunsch: {N('Karl-Weise-Schule')}      2. Wunsch: Schule im Einschulungsbereich

Ort, Datum: Berlin, 14.01.26                Unterschrift: {P('D. Şahin')}
"""
    return "word", "formular-schulanmeldung", text, ["RELIGION"]


def doc11():
    dob = fmt_date(school_starter_dob(), "long")
    t1, t2 = mobile("plain"), mobile("plain")
    az = esb()
    text = f"""Betreff: Antrag auf Zurückstellung vom Schulbesuch – {P('Deniz Aydın')}, Vorgang {AZ(az)}

Sehr geehrte Frau {P('Brückner')},

nach der Einschulungsuntersuchung beim Kinder- und Jugendgesundheitsdienst am 20. Februar möchten wir für unseren Sohn {P('Deniz Aydın')} (geb. {DOB(dob)}) die Zurückstellung um ein Jahr beantragen.

{P('Deniz')} ist in der 29. Schwangerschaftswoche zur Welt gekommen und hatte lange Probleme mit der Lunge. Die Ärztin beim Gesundheitsdienst, Dr. {P('Hoang')}, hat eine deutliche Verzögerung in der Feinmotorik und eine Hörminderung auf dem linken Ohr festgestellt. Er bekommt seit Januar Ergotherapie und im Mai ein Hörgerät. Die Stellungnahme der Kita (Bezugserzieher Herr {P('Marcel Otto')}) hängen wir an.

Uns ist klar, dass in Berlin nur in Ausnahmefällen zurückgestellt wird. Wir sind aber überzeugt, dass ein weiteres Jahr in der Kita ihm mehr hilft als ein schwieriger Start in der Schule.

Für Rückfragen: {T(t1)} (ich, {P('Gülcan Aydın')}) oder {T(t2)} (Vater, {P('Serkan Aydın')}). Unsere Adresse: {A('Silbersteinstr. 73')}, {A('12051 Berlin')}.

Viele Grüße
{P('Gülcan Aydın')}
"""
    return "outlook", "zurueckstellung", text, ["HEALTH"]


def doc12():
    dob = fmt_date(school_starter_dob(), "dd.mm.yyyy")
    az = f"SchA 22 – W 0{dg(3)}/26"
    text = f"""{OFFICE}
Abteilung Bildung, Kultur und Sport
Schul- und Sportamt – Widerspruchsstelle

Gegen Postzustellungsurkunde
Herrn {P('Dr. Florian von Massow')}
Frau {P('Aleksandra von Massow')}
{A('Fritz-Reuter-Allee 108')}
{A('12359 Berlin')}

Geschäftszeichen: {AZ(az)}
Berlin, den 22. April 2026

Widerspruchsbescheid

In der Widerspruchssache des minderjährigen {P('Leopold von Massow')}, geboren am {DOB(dob)}, gesetzlich vertreten durch die Eltern, wegen Aufnahme in die Schulanfangsphase, ergeht folgende Entscheidung:

1. Der Widerspruch vom 9. März 2026 gegen den Bescheid vom 2. März 2026 wird zurückgewiesen.
2. Eine Erstattung von Aufwendungen findet nicht statt.

Gründe

I.
Die Widerspruchsführer begehren die Aufnahme ihres Sohnes an der {N('Fritz-Karsen-Schule')}. Sie wohnen im Einschulungsbereich der Grundschule am Buschkrug, der ihr Sohn zugewiesen wurde. Mit Schreiben vom 20. März 2026 trägt Herr {P('von Massow')} vor, der Arbeitsweg seiner Ehefrau führe an der Wunschschule vorbei, zudem biete diese ein gebundenes Ganztagsangebot.

II.
Der Widerspruch ist zulässig, aber unbegründet. An der Wunschschule standen 84 Plätze zur Verfügung. Vorrangig aufgenommen wurden 59 Kinder aus dem Einschulungsbereich und 11 Geschwisterkinder; die übrigen 14 Plätze wurden verlost. {P('Leopold')} nahm am Losverfahren teil, wurde jedoch nicht gezogen. Ein Arbeitsweg ist kein wichtiger Grund im Sinne von § 55a Absatz 2 SchulG; das pädagogische Profil einer Schule begründet ebenfalls keinen Anspruch.

Rechtsbehelfsbelehrung
Gegen den Bescheid vom 2. März 2026 in der Gestalt dieses Widerspruchsbescheides kann innerhalb eines Monats nach Zustellung Klage beim Verwaltungsgericht Berlin, {N('Kirchstraße 7')}, {N('10557 Berlin')}, erhoben werden.

Im Auftrag
{P('Dr. Hannelore Stüwe')}
"""
    return "word", "widerspruchsbescheid", text, []


def doc13():
    p1, p2, p3 = plate("B"), plate("B"), plate("LDS")
    p4 = plate("B") + "E"
    tel = mobile("plain")
    text = f"""Betreff: Elterntaxis – schon wieder Feuerwehrzufahrt zu!!

Moin,

ich bin Hausmeister an der {N('Hans-Fallada-Schule')} und schreibe Ihnen, weil unsere Schulleiterin Frau Dr. {P('Kessler')} meint, das muss direkt ans Schulamt wegen Schulwegsicherheit. Wir haben das jetzt seit den Winterferien jeden Morgen.

Heute zwischen 7:40 und 8:05 standen in der Feuerwehrzufahrt:
- {KFZ(p1)} (schwarzer SUV, laut Sekretariat Familie {P('Lewandowski')}, Kind in der 1b)
- {KFZ(p2)}
- {KFZ(p3)} (der Vater von {P('Noah')} aus der 2a, kommt jeden Tag aus Schönefeld)
- {KFZ(p4)} (Elektroauto, hing sogar am Ladekabel von der Kita nebenan)

Die Frau mit dem SUV, {P('Beata Lewandowska')}, hat mich angeschrien als ich was gesagt hab. Der Elternvertreter Herr {P('Brzeziński')} weiß Bescheid und sagt, die Eltern wollen einen Elternhaltestellen-Platz in der Nebenstraße.

Fotos hab ich. Kann nicht mal das Ordnungsamt vorbeikommen? Meine Handynummer: {T(tel)}

Gruß
{P('Uwe Pagel')}
Hausmeister
"""
    return "outlook", "elterntaxi-beschwerde", text, []


def doc14():
    rows = []
    for i in range(1, 9):
        origin, sur, gf, gm = family({3: "pl", 6: "en"}.get(i))
        child = pick(gf + gm)
        parent = pick([g for g in (gf if chance(0.65) else gm) if g != child])
        kz = f"0840.2026.0{dg(4)}"
        if i == 3:
            acct = group(iban("PL", dg(24)), 4)
        elif i == 6:
            acct = iban("LT", dg(16))
        else:
            acct = iban_de()
        holder = P(f"{parent} {sur}") if chance(0.75) else "dto."
        amount = pick(["100,00", "100,00", "60,00", "45,50", "100,00", "82,30"])
        rows.append(f"{i} | {AZ(kz)} | {P(child + ' ' + sur)} | {holder} | {IB(acct)} | {amount} €")
    body = "\n".join(rows)
    vat = ids.vat_id()
    tutor_iban = iban_de(True)
    text = f"""Auszahlungsliste – Erstattung Eigenanteil Lernmittel (Lernmittelbefreiung / berlinpass) – Schuljahr 2025/26
Anordnung Nr. {N('08/2026/117')} – Haushaltsstelle {N('3710/54210')}

Lfd. | Kassenzeichen | Schüler/in | Kontoinhaber/in | IBAN | Betrag
{body}

Zusätzlich (Lernförderung, Direktzahlung an die Leistungserbringerin):
9 | Lernförderung Mathe für {P('Rayan Saleh')}, 24 Std. | {P('Carolin Brückmann')}, Einzelunternehmen „Lernwerk Rixdorf“, USt-IdNr. {VAT(vat)} | {IB(tutor_iban)} | 672,00 €

sachlich richtig: {P('K. Rademacher')}        angeordnet: {P('Petra Lüdecke')}        Datum: 06.03.2026
"""
    return "word", "erstattung-lernmittel-tabelle", text, []


def doc15():
    dob = fmt_date(rand_date(2018, 10, 1, 2019, 9, 30), "dd.mm.yyyy")
    text = f"""Betreff: Gastschulantrag für {P('Mila')} – Wohnsitz Brandenburg, Schule in Rudow

Guten Tag Herr {P('Yıldırım')},

danke für Ihren Rückruf gestern. Wie besprochen hier die Eckdaten zu unserem Antrag:

Kind: {P('Mila Kühn')}, geb. {DOB(dob)}, zurzeit 1. Klasse in Schönefeld
Wohnsitz: {A('Mittelstraße 12')}, {A('12529 Schönefeld')} (Land Brandenburg)
Grund: Ich betreibe eine Physiotherapiepraxis in der {A('Neuköllner Straße 318')}, {A('12357 Berlin')}, und bin von 7 bis 19 Uhr dort. Nach der Schule betreut {P('Mila')} meine Mutter, {P('Karin Kühn')}, die zwei Häuser neben der Schule wohnt ({A('Alt-Rudow 41')}).

Die Zustimmung des Staatlichen Schulamts Cottbus beantrage ich parallel. Den Schulweg sehe ich unproblematisch, ich fahre {P('Mila')} morgens ohnehin mit in die Praxis (Auto: {KFZ(plate('LDS'))}).

Falls es für die Frage der Gastschulbeiträge wichtig ist: steuerlich bin ich mit der Praxis in Berlin geführt, Steuernummer {TNR(berlin_tax_number())}.

Viele Grüße
{P('Jana Kühn')}
Physiotherapie {P('Kühn')}
Tel. {T(berlin_phone('blocks'))}
{E('praxis@physio-kuehn-rudow.de')}
"""
    return "outlook", "gastschulantrag", text, []


def doc16():
    lines = []
    notes = {}
    for i in range(1, 11):
        origin, sur, gf, gm = family()
        given = pick(gf + gm)
        dob = fmt_date(rand_date(2013, 8, 1, 2014, 7, 31), "dd.mm.yyyy")
        sid = f"0812-{dg(4)}"
        fp = f"{rng.randint(1, 3)},{rng.randint(0, 9)}"
        ew = pick(["ASG", "KKS", "FKS", "EAG", "CLS"])
        zw = pick([x for x in ["ASG", "KKS", "FKS", "EAG", "CLS", "—"] if x != ew])
        name = f"{sur}, {given}"
        pad = " " * max(1, 28 - len(name))
        lines.append(f"{i:02d}  {P(name)}{pad}{DOB(dob)}   SuS-Nr. {AZ(sid)}   FP {fp}   EW {ew}   ZW {zw}")
        if i == 4:
            notes[4] = f"Mutter (Frau {P(pick(gf) + ' ' + sur)}) wünscht ein Gespräch zur Förderprognose, Termin über das Sekretariat."
        if i == 7:
            notes[7] = f"Vater {P(pick(gm) + ' ' + sur)} hat den Zweitwunsch telefonisch nachgereicht, schriftlich fehlt noch."
    body = "\n".join(lines)
    text = f"""Übergang 6 → 7 – Klasse 6b – {N('Rixdorfer Schule')} – Förderprognosen und Wünsche (Stand 31.01.2026)
Klassenleitung: {P('Mareike Sonntag')}

{body}

ASG = {N('Albert-Schweitzer-Gymnasium')}, KKS = {N('Käthe-Kollwitz-Sekundarschule')}, FKS = {N('Fritz-Karsen-Schule')}, EAG = {N('Ernst-Abbe-Gymnasium')}, CLS = {N('Clay-Schule')}

Anmerkungen:
- Nr. 04: {notes[4]}
- Nr. 07: {notes[7]}
- Nr. 09: Wegzug nach Spandau zum Halbjahr angekündigt, Akte ggf. abgeben.
"""
    return "word", "uebergangsliste-oberschule", text, []


def doc17():
    kids = [("Rayan", rand_date(2012, 1, 1, 2012, 1, 1)), ("Malak", rand_date(2014, 1, 1, 2014, 12, 31)),
            ("Yousef", rand_date(2016, 1, 1, 2016, 12, 31)), ("Jana", rand_date(2019, 10, 1, 2020, 9, 30))]
    k = [fmt_date(d, "dd.mm.yyyy") for _, d in kids]
    bamf = f"{dg(7, True)}-{dg(3)}"
    text = f"""Betreff: Schulplätze Willkommensklasse – Familie {P('Al-Hamwi')} (4 Kinder)

Sehr geehrte Damen und Herren,

ich arbeite als Sozialarbeiterin in der Gemeinschaftsunterkunft {A('Haarlemer Straße 23')}, {A('12359 Berlin')}. Seit dem 2. März lebt hier die Familie {P('Al-Hamwi')} aus Syrien. Die Kinder waren auf der Flucht über ein Jahr ohne Schule:

- {P('Rayan Al-Hamwi')}, geb. {DOB(k[0])} (Datum laut Papieren geschätzt), spricht etwas Türkisch
- {P('Malak Al-Hamwi')}, geb. {DOB(k[1])}
- {P('Yousef Al-Hamwi')}, geb. {DOB(k[2])}
- {P('Jana Al-Hamwi')}, geb. {DOB(k[3])} (Schulanfängerin)

Zum Hintergrund, soweit es für die Schule wichtig ist: Der Vater, Herr {P('Khaled Al-Hamwi')}, war in Syrien wegen seiner Mitarbeit in einer oppositionellen Partei zwei Jahre inhaftiert; die Familie ist deshalb geflohen. {P('Malak')} hat die Festnahme miterlebt, ist schwer traumatisiert und seit April in einer Traumatherapie. Sie braucht eine kleine, ruhige Lerngruppe.

Das Asylverfahren läuft beim BAMF unter dem Aktenzeichen {AZ(bamf)}; Aufenthaltsgestattungen liegen vor.

Die Mutter, Frau {P('Nour Al-Hamwi')}, erreichen Sie unter {T(mobile('plain'))} (Arabisch, etwas Englisch), gern aber auch über mich.

Mit freundlichen Grüßen
{P('Marwa El-Sayed')}
Sozialarbeit, Gemeinschaftsunterkunft Haarlemer Straße
Diensthandy {T(mobile('slash'))}
{E('m.el-sayed@gu-haarlemer.de')}
"""
    return "outlook", "willkommensklasse-unterkunft", text, ["POLITICS", "HEALTH"]


def doc18():
    dob_child = fmt_date(school_starter_dob(), "dd.mm.yyyy")
    dob_gm = fmt_date(rand_date(1948, 1, 1, 1956, 12, 31), "dd.mm.yyyy")
    idc = ids.id_card(check_digit=True)
    text = f"""Vermerk – Prüfung des Wohnsitzes im Einschulungsbereich (Verdacht auf Scheinanmeldung)
Az.: {AZ('SchA 21 – P 00' + dg(2) + '/26')}

1. Sachverhalt
Für {P('Amelie Schröter-Nguyen')} (geb. {DOB(dob_child)}) wurde im Anmeldebogen vom 12.01.2026 als Wohnanschrift {A('Richardstraße 87')}, {A('12043 Berlin')} angegeben. Die Ummeldung beim Bürgeramt erfolgte am 2. Dezember 2025, also wenige Wochen vor Beginn des Anmeldezeitraums. Unter dieser Anschrift ist laut Melderegister seit 1998 die Großmutter, Frau {P('Ingrid Schröter')} (geb. {DOB(dob_gm)}), gemeldet.

Kita-Rechnung, Kinderarztpraxis und Krankenkasse führen die Familie weiterhin unter {A('Gräfestraße 29')}, {A('10967 Berlin')} (Friedrichshain-Kreuzberg). Die Mutter, Frau {P('Lena Schröter')}, räumte am Telefon ein, „dass wir meistens noch in der Gräfestraße sind“. Der Vater, Herr {P('Quang Nguyen')}, ist unverändert in Kreuzberg gemeldet.

Ortsbesichtigung am 24.02.2026: Am Klingelschild steht nur „{P('Schröter')}“; die Nachbarin, Frau {P('Edeltraud Kalinke')}, gab an, dass dort kein Kind wohne.

2. Bewertung
Maßgeblich ist der tatsächliche Wohnsitz (§ 55a Abs. 1 SchulG). Die Angaben sprechen dafür, dass der Lebensmittelpunkt des Kindes in Kreuzberg liegt. Die Zuweisung ist zu widerrufen; eine Anhörung nach § 28 VwVfG ist vorzubereiten.

Identität der Mutter bei Vorsprache geprüft: Personalausweis {IDC(idc)}.

gez. {P('Brückner')}, 26.02.2026
"""
    return "word", "vermerk-wohnsitzpruefung", text, []


def doc19():
    text = f"""Betreff: Schwimmunterricht Tochter 3. Klasse

Sehr geehrte Damen und Herren,

unsere Tochter {P('Amira Chahrour')} geht in die 3a der {N('Karl-Weise-Schule')}. Ab April ist gemischter Schwimmunterricht mit den Jungen. Wir sind muslimisch, und {P('Amira')} trägt seit dem Sommer aus eigenem Wunsch ein Kopftuch. Sie möchte nicht im Badeanzug vor den Jungen schwimmen. Die Klassenlehrerin, Frau {P('Pohl')}, sagt, das entscheidet nicht die Schule, wir sollen an Sie schreiben.

Wir möchten ausdrücklich, dass unsere Tochter schwimmen lernt. Ein Burkini wäre für uns in Ordnung, wenn das erlaubt ist. Meine Frau {P('Hanan')} könnte auch beim Umziehen helfen.

Mit freundlichen Grüßen
{P('Bilal Chahrour')}
{A('Lenaustr. 9')}
{A('12047 Berlin')}
{T(mobile('plain'))}
"""
    return "outlook", "schwimmunterricht-religion", text, ["RELIGION"]


def doc20():
    dob_child = fmt_date(rand_date(2017, 10, 1, 2018, 9, 30), "dd.mm.yyyy")
    dob_m = rand_date(1984, 1, 1, 1990, 12, 31)
    dob_f = rand_date(1981, 1, 1, 1988, 12, 31)
    kz = f"0852 {dg(4)} {dg(4)}"
    cred = creditor_id("000000" + dg(5))
    text = f"""{OFFICE} – Schul- und Sportamt
Ergänzende Förderung und Betreuung (eFöB)

Frau
{P('Sophie McAllister')}
{A('Weserstraße 5')}
{A('12047 Berlin')}

Kassenzeichen: {AZ(kz)}
Berlin, 12. Juni 2026

Festsetzung der Kostenbeteiligung für die ergänzende Förderung und Betreuung ab 1. August 2026
Kind: {P('Finn McAllister')}, geb. {DOB(dob_child)}, ab August Klasse 3

Sehr geehrte Frau {P('McAllister')},

auf Ihren Antrag vom 4. Mai 2026 wird für {P('Finn')} ein Betreuungsbedarf im Modul 13:30–16:00 Uhr festgestellt. Den Bedarf haben Sie mit den Arbeitgeberbescheinigungen für sich (Versicherungsnummer {SSN(ssn(dob_m, 'B'))}) und für den Vater (Versicherungsnummer {SSN(ssn(dob_f, 'M', spaced=False))}) nachgewiesen.

Für die Kostenbeteiligung wurde das Einkommen beider Elternteile nach dem Einkommensteuerbescheid 2024 (Steuernummer {TNR(berlin_tax_number())}) zugrunde gelegt: Ihre Steuer-Identifikationsnummer {TID(tax_id())}, die von Herrn {P('Ciarán McAllister')} {TID(tax_id())}.

Die monatliche Kostenbeteiligung beträgt 38,00 EUR. Sie wird zum 15. eines Monats per SEPA-Lastschrift von Ihrem Konto {IB(iban_de(True))} (Kontoinhaberin: {P('Sophie McAllister')}) eingezogen.
Gläubiger-Identifikationsnummer: {N(cred)}
Mandatsreferenz: {AZ('EFOEB-2026-' + dg(5))}

Mit freundlichen Grüßen
Im Auftrag
{P('Benedikt Hallmann')}
"""
    return "word", "kostenbeteiligung-efoeb", text, []


def doc21():
    dob = fmt_date(school_starter_dob(), "dd.mm.yyyy")
    pl_tel = f"0048 {pick(['5', '6', '7'])}{dg(2)} {dg(3)} {dg(3)}"
    text = f"""Betreff: Fahrdienst für {P('Kuba')} ab August + Frage Begleitperson

Guten Tag Frau {P('Lindqvist')},

für unseren Sohn {P('Jakub Nowicki')} (alle sagen {P('Kuba')}), geb. {DOB(dob)}, beantragen wir die Schülerbeförderung mit dem Sonderfahrdienst. {P('Jakub')} hat eine infantile Cerebralparese (spastische Diplegie) und sitzt im Rollstuhl, Schwerbehindertenausweis mit GdB 80, Merkzeichen G, aG und H. Er kommt im August in die 1. Klasse.

In der Kita-Zeit hat uns immer Herr {P('Dariusz Kamiński')} gefahren (Fahrzeug {KFZ(plate('B'))}). {P('Kuba')} vertraut ihm sehr – wenn es irgendwie geht, wäre es toll, wenn er der Fahrer bleibt. Eine Begleitperson im Bus braucht {P('Kuba')} nicht, nur jemanden, der den Rollstuhl richtig sichert.

Die Krankenkasse (TK) fragt für die Therapiefahrten nach einer Bestätigung von Ihnen. Versichertennummer von {P('Jakub')}: {KV(ids.health_insurance())}

Adresse: {A('Johannisthaler Chaussee 307')}, {A('12351 Berlin')}, Hochparterre (der Aufzug ist oft kaputt).
Telefon: {T(mobile('plain'))} (ich, {P('Agata Nowicka')}); Papa {P('Paweł Nowicki')} {T(pl_tel)} (arbeitet oft in Polen)

Pozdrawiam / Viele Grüße
{P('Agata Nowicka')}
"""
    return "outlook", "sonderfahrdienst", text, ["HEALTH"]


def doc22():
    dob1 = fmt_date(school_starter_dob(), "dd.mm.yyyy")
    text = f"""Protokoll – Sitzung zur Prüfung von Härtefallanträgen (Aufnahme Schuljahr 2026/27)
Datum: 5. Mai 2026, 14:00–15:40 Uhr, Raum A 2.11
Teilnehmende: {P('Dr. Hannelore Stüwe')} (Vorsitz), {P('Benedikt Hallmann')}, {P('Özlem Tekin')}, {P('Jana Dombrowski')} (Protokoll), {P('Marek Grabowski')} (Bezirksschulbeirat)

TOP 1 – Härtefallanträge

1. {P('Lukas Wendt')}, geb. {DOB(dob1)}, {A('Ederstraße 14')}: Die Mutter, {P('Anja Wendt')}, ist an Brustkrebs erkrankt und bis voraussichtlich Herbst in Chemotherapie. Die Großeltern wohnen gegenüber der Wunschschule und übernehmen die Betreuung. → anerkannt.

2. {P('Emir Kılıç')}: Typ-1-Diabetes mit Insulinpumpe; an der Wunschschule ist eine Schulgesundheitsfachkraft vorhanden, an der zugewiesenen Schule nicht. → anerkannt.

3. {P('Sara Ahmadi')}: Eltern getrennt, der Vater ({P('Reza Ahmadi')}) wohnt im Einschulungsbereich der Wunschschule; ein Wechselmodell ist nicht nachgewiesen. → abgelehnt, Hinweis auf Widerspruchsmöglichkeit.

4. {P('Dragan Stojanović')} und {P('Mirela Stojanović')} (Zwillinge): Die Familie gehört der Roma-Minderheit an; die Bildungsmediatorin Frau {P('Nicoleta Rusu')} berichtet, dass die beiden älteren Geschwister an der Wunschschule gut begleitet werden und die Familie zu dieser Schule Vertrauen gefasst hat. Ohnehin greift der Geschwistervorrang. → anerkannt.

5. {P('Hannah Lieberknecht')}: Wunsch allein wegen des Ganztagsprofils; kein Härtefall. → abgelehnt.

TOP 2 – Verschiedenes
Herr {P('Grabowski')} bittet darum, Ablehnungen künftig in einfacher Sprache zu formulieren und eine Kurzfassung auf Türkisch und Arabisch beizulegen. Frau Dr. {P('Stüwe')} sagt eine Prüfung zu.

Protokoll: {P('J. Dombrowski')}
"""
    return "word", "protokoll-haertefaelle", text, ["HEALTH", "ETHNICITY"]


def doc23():
    dob = fmt_date(rand_date(1994, 1, 1, 1995, 6, 30), "long")
    card = visa()
    card_fmt = group(card, 4)
    idc = ids.id_card(check_digit=False)
    nl_tel = f"+31 6 {dg(8, True)}"
    text = f"""Betreff: Zweitschrift Zeugnis MSA 2011 – Bezahlung per Kreditkarte?

Sehr geehrte Damen und Herren,

für eine Bewerbung in den Niederlanden brauche ich eine beglaubigte Zweitschrift meines Zeugnisses über den Mittleren Schulabschluss. Ich habe 2011 die {N('Clay-Schule')} in Rudow verlassen; die Schule schreibt mir, dass die Schülerakten aus dieser Zeit inzwischen bei Ihnen im Archiv liegen.

Name damals: {P('Vanessa Kopp')}, heute: {P('Vanessa de Vries')}
geboren am {DOB(dob)} in Berlin-Neukölln
jetzige Anschrift: {A('Jan Evertsenstraat 112')}, {A('1056 EE Amsterdam')}, Niederlande

Die Gebühr von 15 Euro würde ich gern mit Kreditkarte bezahlen, weil eine Auslandsüberweisung bei meiner Bank umständlich ist: {CC(card_fmt)}, gültig bis 09/28, Karteninhaberin {P('V. de Vries')}. Die Prüfnummer sage ich Ihnen lieber am Telefon.

Als Nachweis hänge ich einen Scan meines Personalausweises an (Nr. {IDC(idc)}) und die Heiratsurkunde wegen der Namensänderung.

Erreichbar bin ich unter {T(nl_tel)} oder {E('vanessa.devries@ziggo.nl')}.

Hartelijke groet / Viele Grüße
{P('Vanessa de Vries')}
"""
    return "outlook", "zeugniszweitschrift", text, []


def doc24():
    d, m, y = school_starter_dob()
    dob = f"{d // 10} {d % 10}.{m:02d}.{y}" if d >= 10 else f"0{d}. {m:02d}.{y}"
    text = f"""[Scan – automatische Texterkennung – Seite 1 von 1 – Qualität: niedrig]

Land Berlin      Bezirksamt Neukölln – Bürgeramt 2
ERWEITERTE MELDEBESCHEI NIGUNG
nach § 18 Abs. 2 Bundesmeldegesetz

Famil ienname ........ : {P('KOWALCZYK')}
Vornamen ............. : {P('Zuzanna Maria')}
Geburtsdatum ......... : {DOB(dob)}
Geburtsort ........... : Berl in
Geschlecht ........... : weib1ich
Staatsangehörigkeit(en): polnisch
rel. Zugehörigkeit ... : rk
gesetzl. Vertreter ... : {P('Kowalczyk, Marta')} ; {P('Kowalczyk, Grzegorz')}

Anschrift ............ : {A('Emser Str. 1l8')}
                         {A('12O51 Berlin')}
Einzugsdatum ......... : 01.10.2024
Wohnungsstatus ....... : Hauptwohnung
frühere Anschrift .... : {A('Boddinstraße 6O')}, {A('12053 Berlin')}

Berlin, den 08.01.2026      Im Auftrag    {P('Schmidtke')}
                                         [Siegel]
-------------------------------------------------------------
handschriftl. Vermerk Schulamt: Einschulungsbereich {N('08-03')} geprüft – passt. {P('J. Dombrowski')} 12/1
"""
    return "word", "scan-meldebescheinigung", text, ["RELIGION"]


def doc25():
    az = f"SchA 22 – W 0{dg(3)}/26"
    text = f"""Betreff: AW: Anhörung in Ihrem Widerspruchsverfahren {AZ(az)} – Terminverlegung

Hallo Herr {P('Yıldırım')},

danke für die Einladung zum Gespräch am 14. April. An dem Tag kann ich leider nicht: Ich bin bei ver.di Vertrauensfrau in meinem Krankenhaus, und für den 14. ist dort ein Warnstreik angesetzt, bei dem ich die Streikposten mit einteile. Mein Mann {P('Tobias')} ist an dem Tag mit {P('Ida')} bei ihrer Oma in Leipzig, sonst wäre er gekommen.

Ginge auch der 16. oder 17. April, am liebsten nachmittags?

Viele Grüße
{P('Friederike Lohse-Arslan')}
{T(mobile('blocks'))}

Am 30.03.2026 um 11:02 schrieb {P('Mustafa Yıldırım')} <{E('mustafa.yildirim@' + STAFF_DOMAIN)}>:
> Sehr geehrte Frau {P('Lohse-Arslan')},
>
> in Ihrem Widerspruch gegen die Schulplatzzuweisung für {P('Ida Arslan')} möchten wir Ihnen Gelegenheit geben, Ihre Gründe in einem persönlichen Gespräch zu erläutern: Dienstag, 14. April 2026, 10:30 Uhr, Raum A 2.14.
>
> Mit freundlichen Grüßen
> {P('Mustafa Yıldırım')}
> Schul- und Sportamt, Schulorganisation
> Tel. {N(SWITCH2)}
"""
    return "outlook", "terminverlegung-anhoerung", text, ["UNION"]


def doc26():
    dob = fmt_date(rand_date(2015, 1, 1, 2015, 12, 31), "d.m.yyyy")
    vn_pass = f"{pick(['C', 'N'])}{dg(7, True)}"
    text = f"""Gesprächsnotiz – Elterngespräch mit Sprachmittlung (Vietnamesisch)
Datum: 18.03.2026, 14:00–14:50 Uhr
Anwesend: Frau {P('Lê Thị Mai')} (Mutter), Frau {P('Đặng Thu Trang')} (Sprachmittlerin, Gemeindedolmetschdienst), {P('Anke Wendlandt')}, {P('Benedikt Hallmann')}
Betrifft: Aufnahme von {P('Vũ Minh Khôi')} in eine Willkommensklasse

1. Frau {P('Lê')} berichtet, dass sie mit dem Sohn im Dezember aus Hanoi nachgezogen ist (Familiennachzug zum Vater, Herrn {P('Vũ Đức Thắng')}, der seit 2015 in Berlin lebt und arbeitet). {P('Minh Khôi')} (geb. {DOB(dob)}) hat in Vietnam die 4. Klasse besucht, gute Leistungen in Mathematik, Zeugnisse liegen in Übersetzung vor.

2. Namensschreibung: Im Pass steht {P('VU MINH KHOI')} ohne diakritische Zeichen, vietnamesischer Reisepass Nr. {PASS(vn_pass)}. In der Schülerdatei bitte „{P('Vu, Minh Khoi')}“ eintragen, damit es mit der Meldebescheinigung übereinstimmt.

3. {P('Khôi')} spricht kein Deutsch und etwas Englisch. Empfehlung: Willkommensklasse Jahrgang 5/6, danach Übergang in die Regelklasse.

4. Wohnung: {A('Gutschmidtstraße 20')}, {A('12359 Berlin')}, Untermiete. Post bitte an „c/o {P('Bùi')}“ adressieren, sonst kommt sie nicht an.

5. Kontakt: Handy des Vaters {T(mobile('plain'))}; die Mutter ist über WhatsApp auf derselben Nummer erreichbar.

6. Vereinbart: Vorstellung in der Schule am 24.03.2026, Frau {P('Đặng')} begleitet.

Notiz: {P('B. Hallmann')}
"""
    return "word", "gespraechsnotiz-sprachmittlung", text, []


def doc27():
    tel_raw = mobile("plain")
    pre, rest = tel_raw.split(" ")
    tel_a = f"{pre}/{rest[:2]} {rest[2:4]} {rest[4:6]} {rest[6:]}"
    street = f"Buschkrugallee {rng.randint(100, 250)}"
    text = f"""Betreff: AW: AW: rückruf {P('öztürk')}

ok mach ich morgen früh. hab die akte {AZ(esb())} schon rausgelegt
lg {P('Jana')}

-----Ursprüngliche Nachricht-----
Von: {P('Tekin, Özlem')} <{E('oezlem.tekin@' + STAFF_DOMAIN)}>
Gesendet: Mittwoch, 11. März 2026 17:48
An: {P('Dombrowski, Jana')} <{E('jana.dombrowski@' + STAFF_DOMAIN)}>
Betreff: AW: rückruf {P('öztürk')}

kannst du bitte frau {P('öztürk')} zurückrufen? sie hat jetzt 3x angerufen, es geht um {P('elif')} (schulanfängerin, zuweisung an die 2. wunschschule). nummer {T(tel_a)}, erreichbar nach 16 uhr. sie war ziemlich aufgebracht, der ex-mann ({P('Cem Öztürk')}) hätte den antrag ohne ihr wissen mit seiner adresse ({A(street)}) gestellt. sorgerecht gemeinsam, also bitte vorsicht was wir wem sagen!!

{P('Özlem')}

-----Ursprüngliche Nachricht-----
Von: Telefonzentrale <{N('zentrale@' + STAFF_DOMAIN)}>
Gesendet: Mittwoch, 11. März 2026 14:05
An: {P('Tekin, Özlem')}
Betreff: rückruf {P('öztürk')}

Anruf für Schulamt: Frau {P('Ayşe Öztürk')}, Rückruf erbeten unter {T(tel_raw)}. Betrifft ihre Tochter.
"""
    return "outlook", "interne-rueckrufkette", text, []


def doc28():
    lang = {"tr": "tur", "ar": "ara", "vn": "vie", "pl": "pol", "en": "eng", "de": "deu"}
    rows = []
    for i in range(7):
        origin, sur, gf, gm = family()
        given = pick(gf + gm)
        parent = pick(gf + gm)
        dob = fmt_date(school_starter_dob(), pick(["dd.mm.yyyy", "dd.mm.yyyy", "d.m.yyyy"]))
        street, plz = address()
        tel = mobile(pick(["plain", "slash", "intl"])) if chance(0.8) else berlin_phone("space")
        mail = email_for(parent, sur) if chance(0.8) else ""
        mail_cell = f'"{E(mail)}"' if mail else '""'
        rid = f"ANM-26-0{dg(4)}"
        sib = pick(["J", "N", "N"])
        rows.append(f'{AZ(rid)},"{P(sur)}","{P(given)}",{DOB(dob)},"{A(street)}","{A(plz)}","{T(tel)}",'
                    f'{mail_cell},{lang[origin]},{sib}')
    body = "\n".join(rows)
    text = f"""{body}
"""
    return "word", "csv-export-anmeldungen", text, []


def doc29():
    dob = fmt_date(school_starter_dob(), "us")
    az = esb()
    text = f"""Subject: Appeal – school assignment for {P('Theo Brennan')} (ref. {AZ(az)})

Dear Mr. {P('Yıldırım')},

I am writing on behalf of my wife and myself to appeal the decision of March 2 assigning our son {P('Theo')} (born {DOB(dob)}) to the Grundschule am Buschkrug instead of our first choice, the {N('Peter-Petersen-Schule')}.

{P('Theo')} was diagnosed with ADHD (combined presentation) last fall by {P('Dr. Helga Marquardt')} at the Charité child and adolescent psychiatry outpatient clinic. He is on a waiting list for occupational therapy and is not on medication yet. The Peter-Petersen-Schule teaches in mixed-age groups of 18 children with a second adult in the room, which his doctor explicitly recommends (letter attached). According to the principal, Ms. {P('Grützmacher')}, the assigned school has 26 children per class and no Schulhelfer hours left for this year.

We live at {A('Innstraße 44')}, {A('12045 Berlin')}. Please let me know whether this e-mail counts as a formal Widerspruch or whether we need to send a signed letter – we were told "schriftlich" might mean on paper.

Best regards,
{P('Patrick Brennan')} and {P('Dr. Laura Reyes-Brennan')}
{T(mobile('intl'))}
{E('p.brennan@posteo.net')}
"""
    return "outlook", "appeal-english", text, ["HEALTH"]


def doc30():
    dob = fmt_date(rand_date(2021, 10, 1, 2022, 9, 30), "dd.mm.yyyy")
    az = f"SpF 08/2026-0{dg(3)}"
    text = f"""{OFFICE} · Schul- und Sportamt · {N(OFFICE_PLZ)}

Familie
{P('Ewa Dudek')} und {P('Szymon Dudek')}
c/o {P('Mazur')}
{A('Neuköllnische Allee 27')}
{A('12057 Berlin')}

Unser Zeichen: {AZ(az)}
Berlin, 30. März 2026

Sprachförderung vor der Schule – Ihr Kind {P('Hanna Dudek')}, geboren am {DOB(dob)}

Sehr geehrte Frau {P('Dudek')}, sehr geehrter Herr {P('Dudek')},

am 4. März 2026 hat {P('Hanna')} an der Sprachstandsfeststellung teilgenommen. Dabei haben wir gesehen: {P('Hanna')} braucht noch Hilfe beim Deutschlernen. Das ist keine schlechte Note für Ihr Kind. Viele Kinder lernen zu Hause eine andere Sprache.

Das Schulgesetz sagt: Kinder mit Förderbedarf müssen vor der Schule eine Sprachförderung besuchen. Für {P('Hanna')} heißt das: Ab 1. August 2026 besucht sie an fünf Tagen in der Woche eine Kita. Wir haben einen Platz in der Kita „Pusteblume“ für sie reserviert ({N('Wildenbruchstraße 80')}).

Haben Sie Fragen? Rufen Sie bitte Frau {P('Wendlandt')} an: {N(SWITCH2)}. Sie möchten lieber Polnisch sprechen? Dann fragen Sie nach Frau {P('Aleksandra Zielińska')}.

Mit freundlichen Grüßen
{P('Anke Wendlandt')}

Streszczenie po polsku: Szanowni Państwo, Państwa córka {P('Hanna')} od 1 sierpnia 2026 r. powinna codziennie chodzić do przedszkola, aby uczyć się języka niemieckiego. W razie pytań prosimy o kontakt.
"""
    return "word", "elternbrief-sprachfoerderung", text, []


DOCS = [doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09, doc10, doc11, doc12, doc13, doc14, doc15,
        doc16, doc17, doc18, doc19, doc20, doc21, doc22, doc23, doc24, doc25, doc26, doc27, doc28, doc29, doc30]


def main():
    check_ids_selftest()
    out = []
    for i, fn in enumerate(DOCS, 1):
        channel, template, text, flags = fn()
        out.append(build(f"F148-{i:03d}", channel, template, text, flags))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for obj in out:
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    n = sum(len(o["entities"]) for o in out)
    print(f"{len(out)} documents, {n} entities -> {OUT}")


if __name__ == "__main__":
    main()
