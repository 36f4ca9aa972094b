#!/usr/bin/env python3
"""Blind test batch 152: invented correspondence of a city's homelessness prevention and emergency housing office
(Fachstelle Wohnungsnotfälle): eviction suits, landlords, shelters, occupancy lists, rent arrears, social work notes.

All names, addresses, numbers and events are invented. Every identifier with a check digit is valid.
Run: python3 make_fresh152.py  ->  fresh152.jsonl next to this script (byte-identical on every run).
"""
import datetime
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from identifiers import Identifiers, group, icao_check, luhn_check, mod11_10_check  # noqa: E402
from marks import build  # noqa: E402

ids = Identifiers(15252)
rng = ids.rng

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh152.jsonl")


def mk(code):
    return lambda s: f"[[{code}|{s}]]"


P, A, E, T, IB, TID, TNR, VAT = map(mk, ["P", "A", "E", "T", "IBAN", "TID", "TNR", "VAT"])
IDC, PAS, SSN, KV, DOB, KFZ, AZ, CC, N = map(mk, ["IDC", "PASS", "SSN", "KV", "DOB", "KFZ", "AZ", "CC", "N"])

# ---------------------------------------------------------------- dates
MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def rdate(y0, y1):
    return datetime.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def fd(d, style="dmy"):
    if style == "dmy":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dm_y":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "dmyy":
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
    if style == "short":
        return f"{d.day}.{d.month}.{d.year % 100:02d}"
    if style == "long":
        return f"{d.day}. {MONATE[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    raise ValueError(style)


def ddmmyy(d):
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}"


def rdob_style():
    return rng.choice(["dmy", "dmy", "dm_y", "dmyy", "long", "iso"])


# ---------------------------------------------------------------- phones
MOB = [("0151", 8), ("0152", 8), ("0157", 8), ("0160", 7), ("0162", 7), ("0170", 7), ("0171", 7), ("0172", 7),
       ("0173", 7), ("0174", 7), ("0175", 7), ("0176", 8), ("0177", 7), ("0178", 7), ("0179", 7)]
AREAS = ["02931", "02932", "02935", "02937", "02933", "0291", "02921", "02373"]


def mobile(style=None):
    pre, n = rng.choice(MOB)
    num = ids.digits(n, first_nonzero=True)
    style = style or rng.choice(["space", "slash", "dash", "intl", "compact", "split", "0049"])
    if style == "space":
        return f"{pre} {num}"
    if style == "slash":
        return f"{pre}/{num}"
    if style == "dash":
        return f"{pre}-{num}"
    if style == "intl":
        return f"+49 {pre[1:]} {num}"
    if style == "compact":
        return f"+49{pre[1:]}{num}"
    if style == "split":
        return f"{pre} {num[:3]} {num[3:]}"
    return f"0049 {pre[1:]} {num}"


def landline(area=None, style=None):
    area = area or rng.choice(AREAS)
    num = ids.digits(rng.choice([5, 6, 6, 7]), first_nonzero=True)
    style = style or rng.choice(["space", "slash", "paren", "dash", "intl", "pairs"])
    if style == "space":
        return f"{area} {num}"
    if style == "slash":
        return f"{area}/{num}"
    if style == "paren":
        return f"({area}) {num}"
    if style == "dash":
        return f"{area}-{num}"
    if style == "intl":
        return f"+49 {area[1:]} {num}"
    pairs = " ".join(num[max(0, i - 2):i] for i in range(len(num) % 2 or 2, len(num) + 1, 2))
    return f"{area} - {pairs}"


def city_direct():
    return f"02932 201-{ids.digits(4, True)}"


def phone_ro():
    return f"+40 7{rng.choice('2345678')}{ids.digits(1)} {ids.digits(3)} {ids.digits(3)}"


def phone_bg():
    return f"+359 8{rng.choice('789')} {ids.digits(3, True)} {ids.digits(4)}"


def phone_af():
    return f"+93 7{rng.choice('0789')} {ids.digits(3)} {ids.digits(4)}"


# ---------------------------------------------------------------- names, mail, addresses
TRANS = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ș": "s", "ş": "s", "ț": "t", "ţ": "t", "ă": "a", "â": "a",
         "î": "i", "ı": "i", "ś": "s", "ń": "n", "ł": "l", "ç": "c", "ğ": "g", "é": "e", " ": "", "'": "", "-": "-"}


def translit(s):
    return "".join(TRANS.get(c, c) for c in s.lower())


MAILHOSTS = ["gmx.de", "web.de", "gmail.com", "t-online.de", "outlook.de", "freenet.de", "yahoo.de", "icloud.com",
             "posteo.de", "hotmail.com"]


def mail(first, last, host=None):
    host = host or rng.choice(MAILHOSTS)
    f, l = translit(first.split()[0]), translit(last)
    style = rng.choice(["f.l", "fl", "f_l", "l.f", "initial", "fl_num"])
    if style == "f.l":
        local = f"{f}.{l}"
    elif style == "fl":
        local = f"{f}{l}"
    elif style == "f_l":
        local = f"{f}_{l}"
    elif style == "l.f":
        local = f"{l}.{f}"
    elif style == "initial":
        local = f"{f[0]}.{l}"
    else:
        local = f"{f}{l}{rng.randint(70, 99)}"
    return f"{local}@{host}"


POOLS = {
    "de": {"m": ["Jürgen", "Torsten", "Dennis", "Kevin", "Heinz", "Reinhard", "Sven", "Gerd", "Frank", "Uwe",
                 "Marco", "Dirk", "Ralf", "Hans-Jürgen", "Karl-Heinz", "Detlef", "Maik", "Pascal"],
           "f": ["Sabine", "Silke", "Mandy", "Ursula", "Marlies", "Dörte", "Tanja", "Nadine", "Jessica", "Heike",
                 "Chantal", "Gabriele", "Anja", "Bärbel", "Sandra", "Melanie"],
           "s": ["Kemper", "Schmelter", "Lübke", "Dicke", "Humpert", "Kraft", "Eickelmann", "Rüsche", "Brökelmann",
                 "Engelhardt", "Feldmann", "Mertens", "Nölle", "Severin", "Wegener", "Köster", "Hüttemann",
                 "Schröer", "Bathe", "Rinsche"]},
    "sy": {"m": ["Ahmad", "Mohammad", "Yusuf", "Mahmoud", "Hassan", "Tarek", "Firas", "Samer", "Anas", "Ziad"],
           "f": ["Rania", "Aya", "Douaa", "Ghalia", "Reem", "Hala", "Salma", "Bushra"],
           "s": ["Al-Masri", "Kurdi", "Othman", "Hallak", "Jaber", "Sabbagh", "Mansour", "Darwish", "Al-Hamwi",
                 "Ibrahim"]},
    "ro": {"m": ["Florin", "Gheorghe", "Constantin", "Adrian", "Cristian", "Nicolae", "Vasile", "Costel"],
           "f": ["Mihaela", "Elena", "Florentina", "Ionela", "Roxana", "Loredana", "Georgiana", "Daniela"],
           "s": ["Popescu", "Ionescu", "Dumitru", "Băluță", "Dobre", "Stoica", "Moldovan", "Radu", "Ciobanu",
                 "Păun"]},
    "bg": {"m": ["Ivaylo", "Nikolay", "Krasimir", "Emil", "Petar", "Yordan", "Plamen", "Valentin"],
           "f": ["Desislava", "Tsvetelina", "Galina", "Yana", "Milena", "Snezhana", "Gergana"],
           "s": ["Todorov", "Asenov", "Marinov", "Kolev", "Hristov", "Yankov", "Iliev", "Borisov"]},
    "af": {"m": ["Zabihullah", "Mujtaba", "Rahmatullah", "Sayed Ali", "Ahmad Shah", "Hamid", "Naqibullah"],
           "f": ["Shabnam", "Malalai", "Hosai", "Marzia", "Tamana", "Laila", "Nilofar"],
           "s": ["Popal", "Sadat", "Stanikzai", "Mohammadi", "Azizi", "Haidari", "Jafari", "Safi", "Wardak"]},
    "tr": {"m": ["Serkan", "Hüseyin", "Murat", "Cem", "Okan"],
           "f": ["Fatma", "Elif", "Derya", "Gülşen", "Sibel"],
           "s": ["Öztürk", "Aydın", "Çelik", "Koç", "Şahin", "Kılıç"]},
    "pl": {"m": ["Krzysztof", "Paweł", "Marek", "Grzegorz"],
           "f": ["Agnieszka", "Katarzyna", "Joanna", "Beata"],
           "s": ["Kamiński", "Zieliński", "Nowak", "Wójcik", "Lewandowski", "Mazur"]},
}


def rand_person(origin=None, gender=None):
    origin = origin or rng.choice(["de", "de", "de", "sy", "ro", "bg", "af", "tr", "pl"])
    gender = gender or rng.choice("mf")
    first = rng.choice(POOLS[origin][gender])
    last = rng.choice(POOLS[origin]["s"])
    if gender == "f" and origin == "bg":
        last += "a"
    if gender == "f" and origin == "pl" and last.endswith("ski"):
        last = last[:-1] + "a"
    return origin, gender, first, last


STREETS = ["Kirchstraße", "Werler Straße", "Königstraße", "Grabenstraße", "Ebereschenweg", "Kleinbahnstraße",
           "Im Ohl", "Auf der Haar", "Zur Feldmühle", "Unterm Hagen", "An der Schlacht", "Rumbecker Straße",
           "Stembergstraße", "Lanfertsweg", "Hellefelder Straße", "Mendener Straße", "Apostelstraße",
           "Schobbostraße", "Ringlebstraße", "Möhnestraße", "In den Birken", "Zum Wiesengrund",
           "Am Alten Friedhof", "Dr.-Kolb-Straße", "Hüstener Markt", "Röhrstraße", "Marktstraße",
           "Am Hüttengraben", "Von-Lilien-Straße", "Feldstraße"]
PLZ_ORT = ["59755 Arnsberg", "59757 Arnsberg", "59759 Arnsberg", "59821 Arnsberg", "59823 Arnsberg",
           "59846 Sundern", "59872 Meschede", "58706 Menden", "59755 Arnsberg-Neheim", "59759 Arnsberg-Hüsten"]


def hnr():
    return f"{rng.randint(1, 98)}{rng.choice(['', '', '', '', 'a', 'b', ' a'])}"


def street():
    return f"{rng.choice(STREETS)} {hnr()}"


# ---------------------------------------------------------------- identifiers beyond identifiers.py
def iban_generic(country, bban):
    """ISO 13616 / ISO 7064 MOD 97-10 for any country (letters A=10 … Z=35)."""
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def iban_ro():
    return iban_generic("RO", rng.choice(["BTRL", "RNCB", "BRDE", "INGB"]) + ids.digits(16))


def iban_bg():
    return iban_generic("BG", rng.choice(["UNCR", "STSA", "FINV", "BPBI"]) + ids.digits(4) + "10" + ids.digits(8))


def ib(iban, grouped=None):
    grouped = rng.random() < 0.6 if grouped is None else grouped
    return group(iban, 4) if grouped else iban


def tax_id_fmt(v):
    return rng.choice([v, f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}", f"{v[:3]} {v[3:6]} {v[6:9]} {v[9:]}"])


def ssn_fmt(v):
    return rng.choice([v, f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}"])


def check_ids():
    """Self-check of the helpers on known values before use."""
    assert iban_generic("DE", "370400440532013000") == "DE89370400440532013000"
    assert iban_generic("GB", "NWBK60161331926819") == "GB29NWBK60161331926819"
    assert luhn_check("7992739871") == 3
    assert mod11_10_check("8606128950") in range(10)
    assert icao_check("L01X00T47") in range(10)


check_ids()

# ---------------------------------------------------------------- shared cast (recurs across documents)
BREHMER_DOB = rdate(1982, 1987)
BREHMER_PLATE = ("HSK", "SB", str(rng.randint(100, 999)))
BREHMER_HNR = str(rng.randint(12, 60))
KORTMANN_AZ = f"4 C {rng.randint(100, 499)}/25"
STRATMANN_HNR = str(rng.randint(2, 30))
STRATMANN_DR = f"DR II {rng.randint(300, 1400)}/25"
HENGESBACH_DOB = rdate(1966, 1972)
PADBERG_HNR = str(rng.randint(10, 60))
ZAMFIR_DOB = rdate(1990, 1998)
STAN_DOB = rdate(1978, 1984)
LUCA_DOB = datetime.date(2008, rng.randint(1, 12), rng.randint(1, 28))
SHAKER = {"Georges": rdate(1980, 1985), "Marlene": rdate(1984, 1989), "Elias": rdate(2012, 2014),
          "Maria": rdate(2015, 2017)}
LINNEMANN_DOB = rdate(1958, 1962)
KARIMI_DOB = rdate(1996, 2001)
RAHIMI_TEL = mobile("space")
LEMKE_TEL = city_direct()
KB_TEL = city_direct()
GOCKEL_TEL = city_direct()
VANLOON_TEL = city_direct()
FLUEGEL_TEL = mobile("split")

SWITCH = "02932 201-0"


# ================================================================ documents
def d01():
    dob1, dob2 = rdate(1988, 1992), rdate(1990, 1995)
    text = f"""Amtsgericht Arnsberg
{N("Eichholzstraße 4")} · {N("59821 Arnsberg")}

An die
Stadt Arnsberg
– Fachstelle Wohnungsnotfälle –
{N("Rathausplatz 1")}
{N("59759 Arnsberg")}

Geschäftsnummer: {AZ(KORTMANN_AZ)}
(bitte bei allen Schreiben angeben)
Arnsberg, 12.08.2025

Mitteilung in Zivilsachen – Räumungsklage wegen Zahlungsverzugs
gemäß § 22 Abs. 9 SGB II und § 36 Abs. 2 SGB XII

In dem Rechtsstreit

{P("Reinhard Tigges")}, {A(f"Hellefelder Straße {rng.randint(40, 90)}")}, {A("59821 Arnsberg")},
– Kläger –

Prozessbevollmächtigte: Rechtsanwälte {P("Brüggemann")} & {P("Sauerwald")}, {A("Königstraße 18")}, {A("59821 Arnsberg")},

gegen

1. {P("Dennis Kortmann")}, geboren am {DOB(fd(dob1))},
2. {P("Jacqueline Kortmann")} geb. {P("Hoppe")}, geboren am {DOB(fd(dob2))},
beide wohnhaft {A(f"Möhnestraße {rng.randint(60, 140)}")}, {A("59755 Arnsberg")},
– Beklagte –

wird mitgeteilt:

Eingang der Klage: 29.07.2025
Zustellung an die Beklagten: 07.08.2025
Räumungsgegenstand: 3-Zimmer-Wohnung, 1. OG rechts
Monatliche Miete (bruttowarm): 745,00 EUR
Geltend gemachter Rückstand: 2.235,00 EUR (Mai bis Juli 2025)
Die Klage stützt sich auf die fristlose Kündigung nach § 543 Abs. 2 Satz 1 Nr. 3 BGB vom 10.07.2025.

Nach der Klageschrift leben im Haushalt zwei minderjährige Kinder. Ein Termin zur mündlichen Verhandlung ist noch nicht bestimmt. Die Mitteilung dient allein der Prüfung, ob Hilfen zur Sicherung der Unterkunft in Betracht kommen; eine Abschrift der Klageschrift ist nicht beigefügt.

{P("Hömberg")}
Justizobersekretärin
als Urkundsbeamtin der Geschäftsstelle

Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig."""
    return "word", "mizi-raeumungsklage", text, []


def d02():
    iban = ids.iban_de()
    hn = rng.randint(3, 30)
    text = f"""Betreff: Mieter {P("Kassab")} – so geht das nicht weiter!!

Guten Tag Frau {P("Kersting-Brandt")},

ich hatte ja schon mal mit Ihnen telefoniert wegen meiner Mieter im Haus {A(f"Schobbostraße {hn}")} in Neheim. Familie {P("Kassab")} (Herr {P("Khaled Kassab")} und seine Frau {P("Hiba")}) zahlt seit März nicht mehr vollständig, inzwischen fehlen 2.340,00 EUR. Das Jobcenter überweist angeblich direkt an mich, aber hier kommt nur ein Teil an, der Rest geht wohl an Herrn {P("Kassab")} selbst. Ich bin Rentner und auf das Geld angewiesen, das Haus ist noch nicht abbezahlt.

Wenn die Stadt die Schulden übernimmt, ziehe ich die Kündigung zurück, das habe ich auch dem Herrn {P("Al-Khatib")} von der Caritas schon gesagt. Persönlich habe ich gegen die Leute nichts, die Kinder sind immer freundlich.

Mein Konto: {IB(ib(iban))} bei der Sparkasse Arnsberg-Sundern, Kontoinhaber {P("Heinz-Werner Plückebaum")}.

Bitte rufen Sie mich an, am besten vormittags: {T(landline("02932", "slash"))} oder Handy {T(mobile("space"))}. E-Mail lese ich nur selten.

Mit freundlichem Gruß
{P("H.-W. Plückebaum")}
{A(f"Zur Feldmühle {rng.randint(1, 20)}")}
{A("59755 Arnsberg")}"""
    return "outlook", "vermieter-beschwerde", text, []


def d03():
    def dob(y0, y1, style="dmy"):
        return DOB(fd(rdate(y0, y1), style))
    hak = {"Zarghona": rdate(1986, 1990), "Sami": rdate(2011, 2013), "Roya": rdate(2014, 2016),
           "Mina": rdate(2019, 2021)}
    rows = [
        f"1 | {P('Hengesbach, Bernd')} | {DOB(fd(HENGESBACH_DOB))} | deutsch | 14.02.2024 | Substitution, Praxis Dr. {P('Padberg')}; Einzelzimmer beantragt",
        f"2 | {P('Căldăraru, Florin')} | {dob(1985, 1995)} | rumänisch | 02.06.2025 | Pkw {KFZ('CJ 07 FLR')}, Stellplatz klären",
        f"3 | {P('Dimitrova, Desislava')} | {dob(1975, 1982)} | bulgarisch | 18.03.2025 | Epilepsie, Notfallmedikament im Dienstzimmer",
        f"4 | {P('Yılmaz, Emre')} | {dob(1993, 2000)} | türkisch | 11.07.2025 | Auszug angekündigt",
        f"5 | {P('Stan, Mihaela')} / {P('Stan, Luca')} | {DOB(fd(STAN_DOB))} / {DOB(fd(LUCA_DOB))} | rumänisch | 01.07.2025 | Sohn in Ausbildung (Kfz-Mechatroniker)",
        "6 | – frei (Renovierung, Schimmel) – | | | |",
        f"7 | {P('Zamfir, Marius')} | {DOB(fd(ZAMFIR_DOB))} | rumänisch | 20.08.2025 | aus Pension übernommen, Kaution offen",
        f"9 | {P('Karimi, Mohammad Nasir')} | {DOB(fd(KARIMI_DOB))} | afghanisch | 22.04.2025 | Einzelzimmer ab 04.09. (s. Protokoll Team)",
        f"11 | {P('Rusu, Ștefan')} | {dob(1970, 1976)} | rumänisch | 27.08.2025 | nur Rumänisch, Dolmetscher über Caritas",
        f"11 | {P('Linnemann, Klaus-Dieter')} | {DOB(fd(LINNEMANN_DOB))} | deutsch | 08.09.2025 | COPD, nachts Sauerstoffgerät",
        f"14/15 | {P('Shaker, Georges')}; {P('Shaker, Marlene')}; {P('Shaker, Elias')}; {P('Shaker, Maria')} | "
        f"{DOB(fd(SHAKER['Georges']))}; {DOB(fd(SHAKER['Marlene']))}; {DOB(fd(SHAKER['Elias']))}; {DOB(fd(SHAKER['Maria']))}"
        f" | syrisch | 03.02.2025 | {P('Maria')}: Cochlea-Implantat, Ersatzakkus im Büro",
        f"16/17 | {P('Hakimi, Zarghona')} + Kinder {P('Sami')}, {P('Roya')}, {P('Mina')} | "
        f"{DOB(fd(hak['Zarghona']))}; {DOB(fd(hak['Sami']))}; {DOB(fd(hak['Roya']))}; {DOB(fd(hak['Mina']))}"
        f" | afghanisch | 15.05.2025 | Vormerkliste Dringlichkeit A",
    ]
    body = "\n".join(rows)
    text = f"""Belegungsliste Übergangswohnheim {N("Am Bahndamm 8")} – Stand 10.09.2025
VERTRAULICH – enthält Sozialdaten (§ 35 SGB I), nicht aushängen!

Zi. | Name, Vorname | geb. | StA | Einzug | Bemerkungen
{body}

Belegt: 21 von 26 Plätzen. Zi. 6 gesperrt bis Abschluss der Schimmelsanierung (Auftrag Bauhof).
Brandschutzbegehung am 24.09.2025, alle Bewohner vorher informieren.

Verteiler: {P("Kersting-Brandt")}, {P("van Loon")}, Hausmeister {P("Flügel")}
Bereitschaft außerhalb der Dienstzeit über die Zentrale {N(SWITCH)}"""
    return "word", "belegungsliste", text, ["HEALTH"]


def d04():
    ion, nic = rdate(1986, 1990), rdate(1989, 1993)
    hn = rng.randint(20, 90)
    bg = f"36506BG{ids.digits(7)}"
    direct = f"02932 {ids.digits(4, True)}-{rng.randint(10, 39)}"
    text = f"""Betreff: WG: Fam. {P("Lăcătuș")} – Räumung droht, dringend

Hallo {P("Henrik")},

kannst du dir das bitte ansehen? Die Familie war im Frühjahr schon mal bei uns in der offenen Sprechstunde, damals ging es um die Nebenkostennachzahlung. Ich bin ab morgen zwei Wochen weg.

Gruß {P("Theresa")}

-----Ursprüngliche Nachricht-----
Von: {P("Marlies Schulte")} <{E("marlies.schulte@caritas-as.de")}>
Gesendet: Dienstag, 9. September 2025 11:42
An: Wohnungsnotfallhilfe <{N("wohnungsnotfallhilfe@arnsberg.de")}>
Cc: {P("Gockel, Theresa")} <{E("t.gockel@arnsberg.de")}>
Betreff: Fam. {P("Lăcătuș")} – Räumung droht, dringend

Sehr geehrte Damen und Herren,

ich betreue seit Juli die Familie {P("Lăcătuș")}, {A(f"Mendener Straße {hn}")}, {A("59755 Arnsberg")}. Herr {P("Ionuț Lăcătuș")} ({DOB(fd(ion))}) und Frau {P("Nicoleta Lăcătuș")} ({DOB(fd(nic))}) leben dort mit vier Kindern zwischen 2 und 11 Jahren. Die Familie gehört der Roma-Minderheit an und hat nach eigener Schilderung bei Besichtigungen mehrfach Absagen bekommen, sobald der Vermieter davon erfuhr.

Herr {P("Lăcătuș")} war bis Juni bei einer Reinigungsfirma beschäftigt, seitdem gibt es kein Einkommen. Der Antrag beim Jobcenter läuft (BG-Nummer {AZ(bg)}), es fehlen noch Kontoauszüge. Laut Schreiben des Gerichtsvollziehers ist die Räumung für den 30.09.2025 angesetzt.

Telefonisch ist die Familie am besten über die älteste Tochter {P("Andreea")} erreichbar: {T(phone_ro())} (rumänische Karte), sonst über mich.

Können Sie kurzfristig einen Termin anbieten? Ich würde die Familie begleiten.

Freundliche Grüße
{P("Marlies Schulte")}
Allgemeine Sozialberatung
Caritasverband Arnsberg-Sundern e.V.
Tel. {T(direct)}"""
    return "outlook", "weiterleitung-caritas", text, ["ETHNICITY"]


def d05():
    hn = f"{rng.randint(10, 40)} a"
    bg = f"36506BG{ids.digits(7)}"
    az = f"50.3-WS {rng.randint(300, 499):04d}/25"
    mieter = f"{ids.digits(4)}-{ids.digits(4)}-{ids.digits(2)}"
    text = f"""Stadt Arnsberg · Der Bürgermeister · Fachdienst Soziales und Wohnen
{N("Rathausplatz 1")} · {N("59759 Arnsberg")}

Herrn
{P("Dimitar Petkov")}
{A(f"Ringlebstraße {hn}")}
{A("59821 Arnsberg")}

Ihr Antrag vom: 18.07.2025
Unser Zeichen: {AZ(az)}
Auskunft erteilt: Frau {P("Lemke")}
Durchwahl: {T(LEMKE_TEL)}
E-Mail: {E("s.lemke@arnsberg.de")}

Arnsberg, 05.08.2025

Übernahme von Mietschulden als Darlehen (§ 22 Abs. 8 SGB II)

Sehr geehrter Herr {P("Petkov")},

auf Ihren Antrag hin übernehme ich die Mietrückstände für die Wohnung {A(f"Ringlebstraße {hn}")} für die Monate April bis Juli 2025 in Höhe von 2.184,00 EUR als Darlehen.

Der Betrag wird unmittelbar an Ihre Vermieterin, die Sauerländer Wohnbau eG, überwiesen (Ihre Mieternummer dort: {AZ(mieter)}). Die Vermieterin hat schriftlich erklärt, das Mietverhältnis nach Eingang der Zahlung fortzusetzen.

Das Darlehen wird ab dem 01.09.2025 durch monatliche Aufrechnung in Höhe von 10 Prozent des maßgebenden Regelbedarfs getilgt (§ 42a Abs. 2 SGB II). Das Jobcenter ist unterrichtet; Ihre Bedarfsgemeinschaft wird dort unter der Nummer {AZ(bg)} geführt.

Begründung:
Ohne die Übernahme drohte Ihnen, Ihrer Ehefrau {P("Radostina Petkova")} und den Kindern {P("Viktoria")} und {P("Nikolay")} der Verlust der Wohnung. Der Rückstand ist nach Ihren glaubhaften Angaben durch eine verspätete Lohnzahlung Ihres früheren Arbeitgebers entstanden; seit August wird die Miete wieder vollständig gezahlt.

Rechtsbehelfsbelehrung:
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift beim Bürgermeister der Stadt Arnsberg, {N("Rathausplatz 1")}, {N("59759 Arnsberg")}, einzulegen.

Mit freundlichen Grüßen
Im Auftrag

{P("Svenja Lemke")}"""
    return "word", "bescheid-mietschulden", text, []


def d06():
    dob = rdate(1963, 1970)
    office = f"Mühlenstraße {rng.randint(2, 30)}"
    text = f"""Betreff: Räumung {AZ(STRATMANN_DR)} – Bitte um Prüfung Unterbringung

Sehr geehrte Damen und Herren,

in der Zwangsvollstreckungssache {P("Gödde")} ./. {P("Stratmann")}, mein Aktenzeichen {AZ(STRATMANN_DR)}, teile ich mit, dass die Räumung der Wohnung EG rechts, {A(f"Apostelstraße {STRATMANN_HNR}")}, {A("59821 Arnsberg")}, am Donnerstag, 02.10.2025, 09:00 Uhr stattfindet.

Schuldner: {P("Torsten Stratmann")}, geb. {DOB(fd(dob, "dm_y"))}
Gläubiger: {P("Friedhelm Gödde")}, vertreten durch Haus & Grund Arnsberg e.V.

Nach meinen Feststellungen lebt der Schuldner allein mit zwei Hunden. Bei meinem letzten Zustellversuch am 15.09. wirkte er stark alkoholisiert und nicht orientiert; ob er den Termin versteht, bezweifle ich. Auf dem Hof steht zudem ein abgemeldeter Pkw des Schuldners (zuletzt {KFZ(f"AR-TS {rng.randint(10, 99)}")}), der nicht Gegenstand der Räumung ist.

Ich rege an, vorab zu prüfen, ob eine ordnungsbehördliche Unterbringung erforderlich wird. Für die Hunde habe ich das Tierheim Arnsberg informiert. Die Einlagerung des Hausrats erfolgt auf Kosten des Gläubigers bei der Spedition.

Für Rückfragen erreichen Sie mich dienstags und donnerstags von 8 bis 9 Uhr.

Mit freundlichen Grüßen

{P("Vollmer")}
Obergerichtsvollzieherin
beim Amtsgericht Arnsberg

Geschäftszimmer: {A(office)}, {A("59759 Arnsberg")}
Tel. {T(landline("02932", "space"))} · Fax {T(landline("02932", "space"))}
{E("ogv.vollmer@gv-nrw.de")}"""
    return "outlook", "gerichtsvollzieher", text, ["HEALTH"]


def d07():
    kids = [("Mursal", rdate(2010, 2011)), ("Farid", rdate(2012, 2013)), ("Parwana", rdate(2015, 2016)),
            ("Omid", rdate(2018, 2019)), ("Hasib", rdate(2022, 2023))]
    kid_lines = "\n".join(f"  – {P(n)}, geb. {DOB(fd(d))}" for n, d in kids)
    hn = rng.randint(2, 40)
    text = f"""Vermerk über einen Hausbesuch

Datum: 21.08.2025, 10:15 bis 11:30 Uhr
Ort: {A(f"Auf der Haar {hn}")}, {A("59823 Arnsberg")}, Dachgeschoss links
Anwesend: Herr {P("Habibullah Rahimi")}, Frau {P("Sediqa Rahimi")}, fünf Kinder; Sprachmittler Herr {P("Wahid Sultani")} (Dari); für die Fachstelle {P("D. Kersting-Brandt")}

1. Haushalt
Ehepaar {P("Rahimi")} (Herr geb. {DOB(fd(rdate(1978, 1982), "dm_y"))}, Frau geb. {DOB(fd(rdate(1985, 1989), "dm_y"))}) mit den Kindern
{kid_lines}

2. Wohnsituation
Die Wohnung hat 58 m² und ist für sieben Personen deutlich überbelegt. Im Kinderzimmer großflächiger Schimmel an der Außenwand, Fotos in der Akte. Der Vermieter, Herr {P("Kortenbach")}, hat am 30.07.2025 wegen Überbelegung und eines Rückstands von drei Monatsmieten gekündigt.

3. Gesundheit und Belastungen
Herr {P("Rahimi")} ist seit Januar wegen einer posttraumatischen Belastungsstörung in der Psychiatrischen Institutsambulanz in Behandlung und nimmt Medikamente. Frau {P("Rahimi")} ist im sechsten Monat schwanger. Die Familie berichtet, als schiitische Hazara in der Provinz Ghazni verfolgt worden zu sein; die Flucht dauerte zwei Jahre.

4. Vereinbarungen
– Antrag auf Übernahme der Rückstände wird mit Herrn {P("Sultani")} am 28.08. ausgefüllt.
– Kontakt zum Vermieter (Tel. {T(landline("02937", "dash"))}) durch die Fachstelle.
– Meldung an den Wohnungsbau wegen einer größeren Wohnung (Dringlichkeit A).
– Herr {P("Rahimi")} ist mobil unter {T(RAHIMI_TEL)} erreichbar, spricht wenig Deutsch.

{P("Kersting-Brandt")}"""
    return "word", "hausbesuch-vermerk", text, ["HEALTH", "RELIGION", "ETHNICITY"]


def d08():
    d = BREHMER_DOB
    idc = ids.id_card()
    text = f"""Von: {E(f"svenni{d.year % 100}@web.de")}
Betreff: zimmer

hallo frau {P("gockel")}

ich bin es nochmal der {P("sven brehmer")} wir hatten letzten donnerstag gesprochen wegen zimmer. bei meim kumpel {P("ronny")} kann ich nich mehr pennen seine freundin will das nich mehr und die haben selbst nur 2 zimmer

im moment schlaf ich im auto {KFZ(" ".join(BREHMER_PLATE))} aufm parkplatz am hallenbad, nachts is schon echt kalt

bin seit 3 wochen trocken wirklich, war auch bei der suchtberatung in der grabenstr termin is nächste woche. die ham gesagt ich soll mir ne bescheinigung geben lassen

ausweis is weg, mit der tasche geklaut am bahnhof, die nummer weis ich noch {IDC(idc.lower())} falls das hilft anzeige hab ich gemacht
geburtstag is der {DOB(fd(d, "short"))} falls sie das brauchen
letzte adresse war {A(f"werler str {BREHMER_HNR}")} bis april da bin ich raus wegen der miete

handy geht nur mit wlan besser über mail oder {T(mobile("compact"))} (is vom {P("ronny")})

danke
gruß {P("sven")}"""
    return "outlook", "wohnungslos-informell", text, ["HEALTH"]


def d09():
    header = "vorgang;name;vorname;geburtsdatum;strasse;plz_ort;telefon;pers_hh;rueckstand_eur;vermieter;status"
    landlords = ["Sauerländer Wohnbau eG", "WoGe Neheim GmbH", "Vonovia SE", "privat", "privat", "LEG Wohnen NRW"]
    statuses = ["Darlehen bewilligt", "in Prüfung", "Räumungstermin 07.10.", "erledigt – Wohnung gesichert",
                "abgelehnt (Einkommen ausreichend)", "Unterbringung erforderlich", "Unterlagen fehlen"]
    lines = [header]
    for i in range(10):
        origin, g, first, last = rand_person()
        d = rdate(1950, 2003)
        tel = ""
        if rng.random() < 0.7:
            tel = T(phone_bg() if origin == "bg" else phone_ro() if origin == "ro" and rng.random() < 0.5
                    else mobile(rng.choice(["space", "compact", "slash"])))
        lord = rng.choice(landlords)
        if lord == "privat":
            _, _, lf, ll = rand_person("de")
            lord = f"privat: {P(f'{ll}, {lf[0]}.')}"
        az = f"WS-2025-{rng.randint(1, 480):04d}"
        lines.append(";".join([AZ(az), P(last), P(first), DOB(fd(d, "iso")), A(street()), A(rng.choice(PLZ_ORT)),
                               tel, str(rng.randint(1, 7)), f"{rng.randint(3, 60) * 61},00",
                               lord, rng.choice(statuses)]))
    text = "fachstelle_praevention_export_20250630.csv\n\n" + "\n".join(lines) + "\n"
    return "word", "export-csv-faelle", text.rstrip("\n"), []


def d10():
    iban = ids.iban_de()
    card = ids.credit_card("4", 16)
    tnr = ids.tax_number_nrw()
    vat = ids.vat_id()
    text = f"""Betreff: Rechnung 2025-087 Unterbringung August – städtische Zuweisungen

Sehr geehrte Frau {P("Lemke")},

anbei wie besprochen die Aufstellung für die von der Stadt eingewiesenen Gäste im August:

- {P("Gheorghe Munteanu")}, Zi. 3, 01.–31.08., 31 Nächte à 28,00 EUR = 868,00 EUR
- {P("Marius Zamfir")}, Zi. 3, 01.–19.08., 19 Nächte à 28,00 EUR = 532,00 EUR
- {P("Yordan Kostadinov")}, Zi. 5, 01.–31.08., 31 Nächte à 31,00 EUR (Einzelzimmer) = 961,00 EUR
- Frau {P("B. Stoyanova")}, Zi. 6, 12.–31.08., 20 Nächte à 31,00 EUR = 620,00 EUR

Summe: 2.981,00 EUR zzgl. 7 % USt., Einzelrechnung im Anhang (PDF)

Herr {P("Zamfir")} ist am 19.08. ohne Abmeldung ausgezogen, der Zimmerschlüssel fehlt, ich habe 20,00 EUR Pfand einbehalten. Herr {P("Kostadinov")} hat zwei Verlängerungsnächte im Juli privat mit Karte bezahlt ({CC(group(card, 4))}), die Buchung ist aber zurückgekommen – können Sie mit ihm sprechen? Ich komme an ihn nicht ran.

Bitte überweisen Sie auf: {IB(ib(iban, True))}, Volksbank Sauerland
Steuernummer {TNR(tnr)} · USt-IdNr. {VAT(vat)}

Mit freundlichen Grüßen
{P("Ursula Ebbinghaus")}

Gästehaus am Lüsenberg
Inh. {P("Ursula Ebbinghaus")}
{A(f"Zum Wiesengrund {rng.randint(2, 30)}")}, {A("59846 Sundern")}
Tel. {T(landline("02933", "space"))} · {E("ebbinghaus@gaestehaus-luesenberg.de")}"""
    return "outlook", "pension-rechnung", text, []


def d11():
    iban = ids.iban_de()
    hn_t = rng.randint(10, 19)
    hn_l = rng.randint(1, 9)
    text = f"""[Scan – Texterkennung, Seite 1 von 2, Qualität: niedrig]

{P("Gerd Radernacher")}
{A(f"Unterm Hagen {hn_l}O")}
{A("59759 Arnsberg-Hüsten")}

Einschreiben / Rückschein

Herrn und Frau
{P("Mohammad Hammoud")} und {P("Rasha Harnmoud")}
{A(f"Unterrn Hagen {hn_t} , EG")}
{A("59759 Arnsberg")}

Hüsten, den O4.O8.2O25

Fristlose, hilfsweise ordentliche Kündigung des Mietverhältnisses
über die Wohnung {A(f"Unterm Hagen {hn_t}")}, Erdgeschoss

Sehr geehrte Frau {P("Hamrnoud")}, sehr geehrter Herr {P("Hammoud")},

hiermit kündige ich das mit lhnen bestehende Mietverhältnis fristlos, da Sie mit den Mieten für Mai, Juni und Juli 2O25 in Höhe von insgesamt 1.89O,OO EUR in Verzug sind. Hilfsweise kündige ich ordentlich zum 3l.O1.2O26.

lch fordere Sie auf, die Wohnung bis zum 3l.1O.2O25 geräumt und besenrein zu übergeben. Einer stillschweigenden Verlängerung widerspreche ich gem. § 545 BGB.

Den Rückstand überweisen Sie bitte auf mein Konto
lBAN {IB(group(iban, 4))}

Sie können die Kündigung abwenden, wenn der gesamte Rückstand innerhalb von zwei Monaten nach Zustellung einer Räumungsklage ausgeglichen wird oder eine öffentliche Stelle sich zur Zahlung verpflichtet.

--- Seite 2 ---

Mit freundIichen Grüßen

{P("G. Radernacher")}
(Vermieter)

[handschriftlich:] Eingang Fachstelle 14.08.25 – Fam. {P("Hammoud")} sprach vor, Kopie an JC, Wv. 28.08."""
    return "word", "ocr-kuendigung", text, []


def d12():
    mar = rdate(1988, 1994)
    bg = f"36506BG{ids.digits(7)}"
    idcard = ids.digits(9, True)
    iban = iban_bg()
    text = f"""Betreff: AW: Mietschuldenübernahme – {P("Ivanova")}, BG {AZ(bg)}

Hallo Frau {P("Kersting-Brandt")},

danke für die schnelle Rückmeldung. Ich habe heute mit Frau {P("Mariya Ivanova")} (geb. {DOB(fd(mar, "dmy"))}) telefoniert, ihr Lebensgefährte Herr {P("Hristo Angelov")} war dabei. Herr {P("Angelov")} arbeitet über einen Subunternehmer in einem Schlachtbetrieb in Rheda, der Lohn kommt unregelmäßig und teils bar. Ergänzende Leistungen laufen bei uns unter der BG-Nummer {AZ(bg)}.

Aus unserer Sicht ist die Übernahme nach § 22 Abs. 8 SGB II gerechtfertigt, sofern der Vermieter das Mietverhältnis fortsetzt. Herr {P("Jürgen Wiethoff")} hat mir am Telefon gesagt, dass er die Kündigung zurücknimmt, wenn bis 30.09. gezahlt wird ({T(mobile("slash"))}, er möchte aber eine schriftliche Bestätigung).

Was uns noch fehlt:
– Kopie des bulgarischen Personalausweises von Frau {P("Ivanova")} (Nr. {IDC(idcard)} laut unserem System, Ablauf 2024 – bitte neues Dokument)
– Kontoauszüge August des bulgarischen Kontos {IB(ib(iban, False))}, auf das der Lohn teilweise geht
– Mietbescheinigung

Mit freundlichen Grüßen
{P("Karim Bensaid")}
Jobcenter Hochsauerlandkreis – Standort Arnsberg
Team Leistung 3
Tel. {T(landline("02931", "space"))}
{E("karim.bensaid@jobcenter-ge.de")}

> Von: {P("Kersting-Brandt, Dorothee")} <{E("d.kersting-brandt@arnsberg.de")}>
> Gesendet: Montag, 15. September 2025 08:51
> An: {P("Bensaid, Karim")}
> Betreff: Mietschuldenübernahme – {P("Ivanova")}, BG {AZ(bg)}
>
> Sehr geehrter Herr {P("Bensaid")},
>
> Frau {P("Ivanova")}, {A(f"Kirchstraße {rng.randint(2, 50)}")}, {A("59759 Arnsberg")}, hat bei uns Übernahme eines Rückstands von 1.460 EUR beantragt (Az. {AZ(f"50.3-WS {rng.randint(300, 499):04d}/25")}). Können Sie mir sagen, ob bei Ihnen ein Leistungsbezug besteht?
>
> Viele Grüße
> {P("D. Kersting-Brandt")}
> Tel. {T(KB_TEL)}"""
    return "outlook", "jobcenter-rueckfrage", text, []


def d13():
    idc = ids.id_card(check_digit=True)
    ssn = ids.social_security(ddmmyy(LINNEMANN_DOB), "L")
    kz = f"5.{rng.randint(100, 999)}.{ids.digits(6)}"
    az = f"32.1-OU-2025-{rng.randint(40, 140):03d}"
    text = f"""Stadt Arnsberg – Der Bürgermeister als örtliche Ordnungsbehörde
Fachdienst Soziales und Wohnen · Fachstelle Wohnungsnotfälle

Herrn
{P("Klaus-Dieter Linnemann")}
z. Zt. ohne festen Wohnsitz
postalisch: c/o Tagesaufenthalt Café Unterwegs
{A("Grabenstraße 20")}
{A("59755 Arnsberg")}

Aktenzeichen: {AZ(az)}
Datum: 08.09.2025

Ordnungsbehördliche Einweisung in eine Obdachlosenunterkunft

Sehr geehrter Herr {P("Linnemann")},

Sie haben am 08.09.2025 bei der Fachstelle vorgesprochen und erklärt, seit der Räumung Ihrer Wohnung ohne Unterkunft zu sein. Ihre Identität wurde anhand Ihres Personalausweises ({IDC(idc)}) festgestellt; Geburtsdatum {DOB(fd(LINNEMANN_DOB, "long"))}.

Zur Beseitigung der Gefahr für Leib und Leben, die von unfreiwilliger Obdachlosigkeit ausgeht, weise ich Sie gemäß §§ 14, 24 OBG NRW mit sofortiger Wirkung widerruflich in die städtische Unterkunft {N("Am Bahndamm 8")} ein. Ihnen wird ein Platz in Zimmer 11 zugewiesen, das Sie mit Herrn {P("Ștefan Rusu")} teilen. Ein Anspruch auf ein bestimmtes Zimmer besteht nicht.

Für die Benutzung wird eine Gebühr nach der Gebührensatzung für Obdachlosenunterkünfte erhoben; hierzu ergeht ein gesonderter Bescheid unter dem Kassenzeichen {AZ(kz)}. Für den Antrag auf Grundsicherung bei Erwerbsminderung haben wir Ihre Rentenversicherungsnummer {SSN(ssn_fmt(ssn))} notiert.

Die Hausordnung ist Bestandteil dieser Verfügung. Ansprechpartner vor Ort ist der Hausmeister, Herr {P("Flügel")}, Tel. {T(FLUEGEL_TEL)}.

Die sofortige Vollziehung wird angeordnet (§ 80 Abs. 2 Nr. 4 VwGO), weil ein Abwarten bis zur Bestandskraft Ihre Gesundheit gefährden würde.

Rechtsbehelfsbelehrung
Gegen diese Verfügung kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Arnsberg, {N("Jägerstraße 1")}, {N("59821 Arnsberg")}, erhoben werden.

Im Auftrag

{P("Henrik van Loon")}"""
    return "word", "einweisungsverfuegung", text, []


def d14():
    hn = rng.randint(2, 60)
    tnr = ids.tax_number_federal_nrw()
    vat = ids.vat_id()
    az = f"50.3-WS {rng.randint(300, 499):04d}/25"
    ag = f"12 C {rng.randint(100, 399)}/25"
    text = f"""Betreff: Ihr Az. {AZ(az)} – Familie {P("Haddad")} / Räumungsklage {AZ(ag)}

Sehr geehrte Frau {P("Gockel")},

in obiger Angelegenheit zeige ich an, dass ich Herrn {P("Rami Haddad")} und Frau {P("Lina Haddad")}, {A(f"Stembergstraße {hn}")}, {A("59755 Arnsberg")}, anwaltlich vertrete. Eine Vollmacht füge ich bei.

Beim Amtsgericht Arnsberg ist unter dem Aktenzeichen {AZ(ag)} die Räumungsklage der Vermieterin, Frau {P("Dr. Gisela Brandenburg-Hesse")}, anhängig. Sie stützt sich auf eine fristlose und hilfsweise ordentliche Kündigung wegen eines Rückstands von 3.120,00 EUR.

Die fristlose Kündigung wird unwirksam, wenn der Rückstand bis spätestens zwei Monate nach Zustellung der Klage ausgeglichen wird oder sich eine öffentliche Stelle zur Befriedigung verpflichtet (§ 569 Abs. 3 Nr. 2 BGB). Auf die hilfsweise ordentliche Kündigung hat das nach der Rechtsprechung des Bundesgerichtshofs allerdings keinen Einfluss ({N("BGH, Urteil vom 19.09.2018 – VIII ZR 231/17")}); ich werde die Vermieterin daher parallel um eine Rücknahme bitten.

Zur Sache: Herr {P("Haddad")} ist seit 2022 als Busfahrer bei der RLG beschäftigt. Der Rückstand ist während einer längeren Krankheitsphase mit Krankengeldbezug entstanden. Die Gewerkschaft ver.di, deren Mitglied Herr {P("Haddad")} ist, gewährt in Mietsachen leider keinen Rechtsschutz, so dass die Familie die Kosten selbst trägt. Im Haushalt leben die Kinder {P("Yara")} (7) und {P("Adam")} (4).

Ich bitte um eine Verpflichtungserklärung der Stadt bis zum 10.10.2025, damit ich sie dem Gericht vorlegen kann.

Mit freundlichen Grüßen

{P("Dr. Felicitas Ostermann-Hüls")}
Rechtsanwältin

Kanzlei {P("Ostermann-Hüls")} | {A("Alter Markt 6")} | {A("59821 Arnsberg")}
Tel. {T(landline("02931", "slash"))} | {E("ostermann@ra-ostermann-huels.de")}
St.-Nr. {TNR(tnr)} | USt-IdNr. {VAT(vat)}"""
    return "outlook", "anwalt-raeumungsschutz", text, ["HEALTH", "UNION"]


def d15():
    text = f"""Protokoll Fallbesprechung Team Wohnungssicherung
Datum: 03.09.2025, 09:00–10:40 Uhr, Raum 214
Teilnehmende: {P("D. Kersting-Brandt")}, {P("T. Gockel")}, {P("H. van Loon")}, {P("S. Lemke")}; Gast: Herr {P("Bilal Darwish")} (Integrationsagentur)
Protokoll: {P("S. Lemke")}

TOP 1 – Neue Mitteilungen des Amtsgerichts
a) {P("Kortmann")} (AG {AZ(KORTMANN_AZ)}): zwei Kinder, Frau {P("Kortmann")} in Elternzeit. Anschreiben mit Terminvorschlag geht raus ({P("Gockel")}).
b) {P("Stratmann")}, {A(f"Apostelstraße {STRATMANN_HNR}")}: Räumung am 02.10. Die Gerichtsvollzieherin berichtet von massivem Alkoholkonsum und Desorientierung. Sozialpsychiatrischer Dienst wird um Hausbesuch gebeten ({P("van Loon")}). Unterbringung Bahndamm vorbereiten, Hunde bleiben Problem.

TOP 2 – Übergangswohnheim {N("Am Bahndamm 8")}
a) Herr {P("Hengesbach")}: Beschwerden über Zimmernachbarn; Suchtberatung hat Einzelzimmer befürwortet. Rückruf bei Frau {P("Lohmann-Tasdelen")}.
b) Herr {P("Nasir Karimi")} (Zi. 9) ist von zwei Mitbewohnern wegen seiner Homosexualität beleidigt und bedroht worden. Er hat Angst, das Haus zu verlassen. Verlegung in das Einzelzimmer 9a ab 04.09.; Gespräch mit den beiden Mitbewohnern ({P("van Loon")} mit Dolmetscher). Herr {P("Darwish")} vermittelt Kontakt zur Beratungsstelle für queere Geflüchtete.
c) Familie {P("Shaker")}: Wohnungsangebot der Sauerländer Wohnbau in Aussicht, Sozialbericht schreibt {P("Kersting-Brandt")}.

TOP 3 – Verschiedenes
– Pension am Lüsenberg: Rechnung August liegt vor, Schlüsselproblem {P("Zamfir")} klären.
– Urlaubsvertretung {P("Gockel")} 10.–24.09.: {P("van Loon")}.

Nächste Fallbesprechung: 17.09.2025"""
    return "word", "teamprotokoll", text, ["HEALTH", "SEXUAL_ORIENTATION"]


def d16():
    text = f"""Betreff: Zustände Übergangsheim am Bahndamm – schon wieder!!!

Sehr geehrter Herr Bürgermeister,
sehr geehrte Damen und Herren,

ich wohne direkt gegenüber der städtischen Unterkunft ({A(f"Am Bahndamm {rng.choice([11, 13, 15])}")}) und muss mich leider erneut beschweren. In der Nacht zu Sonntag war von 1 bis 3 Uhr Geschrei auf dem Hof, Flaschen sind zerbrochen, und der Mann mit dem roten Transporter ({KFZ(f"MK-RT {rng.randint(100, 999)}")}) hat wieder mit laufendem Motor Musik gehört.

Eine Bewohnerin, ich glaube sie heißt Frau {P("Dimitrova")}, lag vor zwei Wochen morgens auf dem Gehweg, da musste der Rettungswagen kommen. Ich will niemandem etwas Böses, aber so kann das nicht weitergehen. Beim Ordnungsamt habe ich mit Herrn {P("Busch")} gesprochen, der hat mich an Sie verwiesen.

Ich bitte um einen Termin vor Ort und erwarte, dass die Stadt einen Sicherheitsdienst einsetzt. Eine Kopie dieser Mail geht an die Westfalenpost.

Mit freundlichen Grüßen
{P("Waltraud")} und {P("Egon Brüning")}
Tel. {T(landline("02932", "paren"))}"""
    return "outlook", "nachbar-beschwerde", text, []


def d17():
    omar = datetime.date(1989, 1, 1)
    nour, hamza, jana = rdate(1991, 1994), rdate(2016, 2018), rdate(2020, 2022)
    kv1, kv2 = ids.health_insurance(), ids.health_insurance()
    pas = "N" + ids.digits(8)
    eat = ids.id_card()
    ssn = ids.social_security(ddmmyy(omar), "A")
    bg = f"36506BG{ids.digits(7)}"
    text = f"""Stadt Arnsberg – Fachstelle Wohnungsnotfälle
AUFNAHMEBOGEN / ANTRAG AUF UNTERBRINGUNG                   Eingang: 11.09.2025

1. Antragsteller/in
Familienname: {P("Al-Ahmad")}                 Vorname(n): {P("Omar Khaled")}
Name in Originalschrift: {P("عمر خالد الأحمد")}
Geburtsdatum: {DOB(fd(omar))}             Geburtsort: Idlib (Syrien)
Staatsangehörigkeit: syrisch            Familienstand: [x] verh. [ ] led. [ ] gesch. [ ] verw.
Religion (freiwillig, für Verpflegung/Feiertage): [ ] keine Angabe [x] muslimisch
Identitätsnachweis: [x] Reisepass Nr. {PAS(pas)}   [x] Aufenthaltstitel (eAT) Nr. {IDC(eat)}
Rentenversicherungsnummer (falls vorhanden): {SSN(ssn)}

2. Letzte Wohnanschrift
Straße, Hausnummer: {A(f"Kleinbahnstraße {rng.randint(2, 30)}")}         PLZ, Ort: {A("59759 Arnsberg")}
Vermieter/in: {P("Bernhard Tillmann")}          Tel.: {T(landline("02932", "dash"))}
Grund des Wohnungsverlustes: [x] Räumung  [ ] Kündigung  [ ] Trennung  [ ] Brand/Unbewohnbarkeit

3. Mitziehende Personen
Name, Vorname            | Geburtsdatum | Verhältnis
{P("Al-Ahmad, Nour")}           | {DOB(fd(nour))}   | Ehefrau
{P("Al-Ahmad, Hamza")}          | {DOB(fd(hamza))}   | Sohn
{P("Al-Ahmad, Jana")}           | {DOB(fd(jana))}   | Tochter

4. Krankenversicherung
Kasse: AOK NordWest     Versichertennummer Antragsteller: {KV(kv1)}    Ehefrau: {KV(kv2)}

5. Gesundheitliche Einschränkungen / besonderer Bedarf
Sohn {P("Hamza")}: Epilepsie, nächtliche Anfälle möglich – bitte Zimmer im Erdgeschoss, kein Etagenbett.

6. Einkommen
[ ] Erwerbseinkommen  [x] Bürgergeld, BG-Nr. {AZ(bg)}  [ ] Rente  [ ] keines

7. Erreichbarkeit
Telefon: {T(mobile("dash"))}      E-Mail: {E(f"omar.alahmad{omar.year % 100}@gmail.com")}

Ich versichere die Richtigkeit meiner Angaben.
Arnsberg, 11.09.2025        Unterschrift: {P("O. Al-Ahmad")}"""
    return "word", "aufnahmebogen", text, ["HEALTH", "RELIGION"]


def d18():
    fer = rdate(1990, 1995)
    mah, naz = rdate(2015, 2017), rdate(2019, 2021)
    text = f"""Betreff: Anschlussunterbringung – vertraulich

Liebe Frau {P("Gockel")},

wie heute Morgen telefonisch besprochen, hier die Angaben zu Frau {P("Fereshta Amiri")} (geb. {DOB(fd(fer, "dmy"))}). Sie lebt seit sechs Wochen mit ihren Töchtern {P("Mahsa")} ({DOB(fd(mah, "dm_y"))}) und {P("Nazanin")} ({DOB(fd(naz, "dm_y"))}) bei uns im Haus.

Frau {P("Amiri")} hat sich von ihrem Ehemann {P("Jawad Amiri")} getrennt; gegen ihn besteht eine Gewaltschutzanordnung des Amtsgerichts Meschede (Az. {AZ(f"7 F {rng.randint(100, 399)}/25")}). Er fährt einen silbernen Golf mit dem Kennzeichen {KFZ(f"HSK-JA {rng.randint(1000, 9999)}")} und hat die frühere gemeinsame Wohnung {A(f"Rumbecker Straße {rng.randint(10, 90)}")} inzwischen verlassen, sein Aufenthalt ist unbekannt. Bitte die künftige Anschrift in keinem Schreiben an Dritte nennen, eine Auskunftssperre im Melderegister ist beantragt.

Frau {P("Amiri")} hat seit der Trennung Panikattacken und ist in psychotherapeutischer Behandlung bei Frau {P("Dipl.-Psych. Katrin Voßhenrich")}; die Therapie sollte möglichst ortsnah weitergehen.

Die Sauerländer Wohnbau hat eine Wohnung angeboten: {A(f"In den Birken {rng.randint(1, 12)}")}, {A("59846 Sundern")}, 3. OG, 68 m². Wir würden gern die Mietausfallbürgschaft der Stadt in Anspruch nehmen.

Kontakt zu Frau {P("Amiri")} bitte nur über uns, Bereitschaftshandy {N(mobile("space"))}.

Herzliche Grüße
{P("Birte Janßen")}
Frauenhaus Hochsauerland (Anschrift wird nicht veröffentlicht)"""
    return "outlook", "frauenhaus-anschluss", text, ["HEALTH"]


def eur(n):
    return f"{n:,}".replace(",", ".") + ",00"


def d19():
    mieter = f"01-{ids.digits(4)}-{ids.digits(3)}"
    az = f"50.3-WS {rng.randint(300, 499):04d}/25"
    rows = []
    total = 0
    for m in range(1, 9):
        soll = 612
        ist = {5: 0, 6: 0, 8: 306}.get(m, 612)
        diff = ist - soll
        total += diff
        note = {5: "Zahlung JC ausgesetzt (fehlende Mitwirkung)", 6: "Zahlung JC ausgesetzt",
                8: "Teilzahlung Mieterin bar"}.get(m, "JC direkt")
        rows.append(f"{m:02d}/2025 | {eur(soll)} | {eur(ist)} | {'-' if diff else ''}{eur(-diff)} | {note}")
    body = "\n".join(rows)
    text = f"""Sauerländer Wohnbau eG – Forderungsmanagement
Aufstellung Mietkonto (Auszug)

Mieterin: {P("Ivanka Georgieva")}
Wohnung: {A(f"Ebereschenweg {rng.randint(1, 14)}")}, {A("59757 Arnsberg")}, 2. OG Mitte
Mieternummer: {AZ(mieter)}
Erstellt auf Anfrage der Stadt Arnsberg, Fachstelle Wohnungsnotfälle, Ihr Az. {AZ(az)}

Monat | Soll EUR | Ist EUR | Differenz | Bemerkung
{body}

Rückstand gesamt: {eur(-total)} EUR zzgl. Mahnkosten 15,00 EUR
Kaution: 1.224,00 EUR (nicht verrechnet)

Mitbewohnerin lt. Mietvertrag: {P("Eva Georgieva")} (Tochter, volljährig seit 2024)
Erreichbarkeit der Mieterin: {T(phone_bg())}

Bearbeitung: {P("Sandra Knoche")}, Tel. {T(landline("02931", "space"))}"""
    return "word", "mietkonto-aufstellung", text, []


def d20():
    text = f"""Betreff: bahndamm stand heute

moin {P("henrik")},

kurz von mir bevor ich ins wochenende geh:

- zi 4 frei, {P("yılmaz")} is montag raus, schlüssel hat er NICHT abgegeben, hab zylinder getauscht
- frau {P("dimitrova")} hatte donnerstag wieder nen krampfanfall im flur, RTW war da, ist jetzt im KH hüsten, kommt wohl mo wieder
- der neue aus zi 11 ({P("rusu")}) spricht kein wort deutsch, braucht dringend wen für hausordnung
- bei {P("hengesbach")} stinkts wieder, müll ohne ende, bitte mal mit ihm reden oder SpDi?
- das auto von {P("Căldăraru")} ({KFZ("CJ 07 FLR")}) steht seit 2 wochen auf dem behindertenparkplatz, hab zettel drangemacht
- müllabfuhr hat gelbe tonnen nicht mitgenommen, falsch befüllt

schönes we
{P("achim")}

--
{P("Achim Flügel")} | Hausmeister Übergangswohnheime | dienstl. {T(FLUEGEL_TEL)}"""
    return "outlook", "hausmeister-kurzmail", text, ["HEALTH"]


def d21():
    g = SHAKER
    ssn = ids.social_security(ddmmyy(g["Georges"]), "S")
    eat1, eat2 = ids.id_card(), ids.id_card()
    iban = ids.iban_de()
    text = f"""Sozialbericht zur Wohnungsbewerbung
– zur Vorlage bei der Sauerländer Wohnbau eG, mit Einverständnis der Familie (Schweigepflichtentbindung vom 02.09.2025) –

Haushalt {P("Shaker")}
{P("Georges Shaker")}, geb. {DOB(fd(g["Georges"], "long"))} in Qamischli
{P("Marlene Shaker")} geb. {P("Gabriel")}, geb. {DOB(fd(g["Marlene"], "long"))}
{P("Elias Shaker")}, geb. {DOB(fd(g["Elias"], "long"))}
{P("Maria Shaker")}, geb. {DOB(fd(g["Maria"], "long"))}

Derzeitige Unterbringung: städtisches Übergangswohnheim, Zimmer 14/15, seit 03.02.2025

Vorgeschichte
Die Familie ist assyrischer Herkunft und gehört der syrisch-orthodoxen Kirche an. Sie hat Syrien 2015 verlassen und lebte bis Januar 2025 in einer Mietwohnung in Sundern, die nach einem Wasserschaden unbewohnbar wurde. Die Vermieterin, Frau {P("Mechthild Schüttler")}, bestätigt, dass es in sieben Jahren keine Mietrückstände gab (Referenz telefonisch unter {T(landline("02933", "pairs"))}).

Einkommen und Aufenthalt
Herr {P("Shaker")} arbeitet seit 2019 unbefristet als Lagerlogistiker in Vollzeit (Rentenversicherungsnummer {SSN(ssn_fmt(ssn))}), Frau {P("Shaker")} in Teilzeit als Alltagshelferin. Beide besitzen Aufenthaltserlaubnisse nach § 25 Abs. 2 AufenthG (eAT-Nr. {IDC(eat1)} und {IDC(eat2)}). Die Miete kann per Dauerauftrag vom Gehaltskonto {IB(ib(iban))} gezahlt werden.

Besonderer Bedarf
Die Tochter {P("Maria")} ist hochgradig schwerhörig und trägt ein Cochlea-Implantat; sie besucht die Förderschule mit Schwerpunkt Hören in Soest. Eine Wohnung mit Anbindung an die Buslinie R41 wäre daher wichtig.

Einschätzung
Die Familie ist zuverlässig, hält die Hausordnung im Wohnheim ein und hat sich aktiv um Wohnraum bemüht. Aus Sicht der Fachstelle bestehen keine Bedenken gegen ein Mietverhältnis.

Arnsberg, 12.09.2025
{P("Dorothee Kersting-Brandt")}, Dipl.-Sozialarbeiterin
Tel. {T(KB_TEL)}"""
    return "word", "sozialbericht", text, ["HEALTH", "RELIGION", "ETHNICITY"]


def d22():
    iban = ids.iban_de()
    tid = ids.tax_id()
    text = f"""Betreff: Wohnung frei – für Ihre Leute?

Hallo zusammen,

ich habe in der Westfalenpost gelesen, dass die Stadt dringend Wohnungen für Familien sucht. Nach dem Tod meiner Mutter, {P("Elfriede Knoche")}, steht ihre Wohnung in der {A(f"Werler Straße {rng.randint(40, 99)}a")} leer: drei Zimmer, 74 m², Erdgeschoss mit kleinem Garten, Gasetagenheizung von 2019.

Ich würde an eine Familie vermieten, wenn die Stadt für Mietausfälle einsteht, denn mit dem Vormieter meiner Tante in Menden haben wir sehr schlechte Erfahrungen gemacht. Vorstellen kann ich mir 520 EUR kalt plus 160 EUR Nebenkosten. Die Kaution bitte auf mein Konto {IB(ib(iban, False))}.

Falls Sie für den Vertrag oder die Bürgschaft meine Steuer-ID brauchen: {TID(tax_id_fmt(tid))}. Das Finanzamt will ja wissen, wer die Miete bekommt.

Ich bin Lehrerin und nur nachmittags erreichbar, am besten unter {T(mobile("split"))} oder per Mail an {E("a.rademacher-knoche@t-online.de")}. Besichtigung gern mit meinem Mann, {P("Jörg Rademacher")}.

Viele Grüße
{P("Annika Rademacher-Knoche")}
{A(f"Lanfertsweg {rng.randint(1, 30)}")}
{A("59757 Arnsberg")}"""
    return "outlook", "vermieterin-angebot", text, []


def d23():
    idro = f"{rng.choice(['CJ', 'BV', 'TM', 'IS'])} {ids.digits(6, True)}"
    iban = iban_ro()
    text = f"""ÜBERGABEPROTOKOLL ZIMMER – Übergangswohnheim {N("Am Bahndamm 8")}

Zimmer: 7                       [x] Einzug   [ ] Auszug          Datum: 20.08.2025
Bewohner: {P("Marius Zamfir")}        geb.: {DOB(fd(ZAMFIR_DOB, "dmyy"))}
Ausweis: rumänische Carte de identitate, Serie/Nr. {IDC(idro)}
Eigenes Fahrzeug: [x] ja, Kennzeichen {KFZ(f"BV {rng.randint(10, 99)} MZF")}   [ ] nein

Schlüssel ausgegeben: Zimmer 7/2, Haustür HT-14, Briefkasten 7
Inventar: Bett (1), Matratze neu, Spind abschließbar, Tisch, 2 Stühle, Kühlschrank
Zustand: gebraucht, funktionsfähig; Fensterbank mit Brandfleck (Vorschaden)
Zählerstand Zwischenzähler Strom: {N("004711,3")} kWh

Kaution: 50,00 EUR – [ ] bar erhalten  [x] offen, Ratenzahlung ab 01.09.
Rückzahlung der Kaution bei Auszug auf: {IB(ib(iban, True))}

Notfallkontakt: Bruder {P("Cristian Zamfir")}, {T(phone_ro())}

Bewohner wurde über Hausordnung, Brandschutz und Besuchszeiten belehrt. Verständigung mit telefonischer Sprachmittlung (Herr {P("Popa")}).

Unterschrift Bewohner: {P("M. Zamfir")}          Unterschrift Hausmeister: {P("A. Flügel")}"""
    return "word", "uebergabeprotokoll", text, []


def d24():
    d = BREHMER_DOB
    vg = f"250913-0340-{ids.digits(6)}"
    text = f"""Betreff: WG: Feststellung einer hilflosen Person – Zuständigkeit Fachstelle

{P("Dorothee")}, zur Info und bitte Kontakt aufnehmen – der Mann hat sich letzte Woche schon per Mail bei {P("Theresa")} gemeldet, die ist aber bis 24.09. im Urlaub. VG {P("Henrik")}

________________________________
Von: Polizeiwache Arnsberg <{N("pw.arnsberg@polizei.nrw.de")}>
Gesendet: Samstag, 13. September 2025 07:58
An: Ordnungsamt Bereitschaft <{N("ordnungsamt@arnsberg.de")}>
Betreff: Feststellung einer hilflosen Person

Guten Morgen,

in der Nacht zu heute wurde gegen 03:40 Uhr auf dem Parkplatz am Hallenbad Neheim der Pkw {KFZ("-".join(BREHMER_PLATE[:2]) + " " + BREHMER_PLATE[2])} überprüft. Im Fahrzeug schlief der Halter, {P("Sven Brehmer")}, geb. {DOB(fd(d))}, melderechtlich ohne festen Wohnsitz, zuletzt gemeldet {A(f"Werler Straße {BREHMER_HNR}")}, {A("59757 Arnsberg")}.

Herr {P("Brehmer")} war stark unterkühlt und alkoholisiert (Atemalkohol 1,8 Promille). Er wurde mit dem RTW in das Klinikum Hochsauerland, Standort Hüsten, gebracht. Ein Personalausweis wurde nicht mitgeführt, die Identität wurde über den Führerschein festgestellt.

Wir bitten um Prüfung eines Unterbringungsangebots, da Herr {P("Brehmer")} angab, seit Wochen im Auto zu schlafen.

Vorgangsnummer: {AZ(vg)}

Mit freundlichen Grüßen
PHK {P("Hesse")}
Polizeiwache Arnsberg
Tel. {N("02932 9020-0")}"""
    return "outlook", "polizei-weiterleitung", text, ["HEALTH"]


def d25():
    notes_health = ["EG nötig, Rollstuhl (MS)", "Sohn Asthma, keine Schimmelwohnung", "Dialyse 3x/Woche, Nähe Klinikum",
                    "Diabetes, Sehbehinderung"]
    notes_other = ["max. 550 EUR warm", "Hund", "auch Sundern/Meschede", "Arbeit in Neheim, ÖPNV",
                   "nur Neheim wg. Schule", "Wohnberechtigungsschein liegt vor", "Schufa-Eintrag", "",
                   "Räumungstermin 14.10.", "Kündigung Eigenbedarf", "sucht mit Schwester gemeinsam", ""]
    lines = []
    health = False
    for i in range(12):
        prio = rng.choice(["A", "A", "B", "B", "C"])
        origin, g, first, last = rand_person()
        hh = f"{rng.randint(1, 2)}+{rng.randint(0, 5)}"
        where = rng.random()
        if where < 0.25:
            cur = f"ÜWH {N('Am Bahndamm 8')}"
        elif where < 0.4:
            cur = "Pension (Zuweisung)"
        else:
            cur = f"{A(street())}, {A(rng.choice(PLZ_ORT))}"
        tel = T(mobile()) if rng.random() < 0.8 else ""
        em = E(mail(first, last)) if rng.random() < 0.45 else ""
        if notes_health and rng.random() < 0.3:
            note = notes_health.pop(rng.randrange(len(notes_health)))
            health = True
        else:
            note = notes_other.pop(rng.randrange(len(notes_other))) if notes_other else ""
        lines.append(";".join([prio, P(f"{last}, {first}"), hh, cur, tel, em, note]))
    text = "\n".join(lines)
    return "word", "vormerkliste-export", text, ["HEALTH"] if health else []


def d26():
    pas = ids.digits(9, True)
    iban = iban_bg()
    text = f"""Betreff: help please appartment

Hello Mrs {P("Lemke")} / Guten Tag,

sorry my german is not good. My name is {P("Georgi Dimitrov")}, I am from Bulgaria and live in {A("Hellefelder Str. 19")}, {A("59821 Arnsberg")} with my wife {P("Snezhana")} and 2 children (6 and 9 years). The landlord Mr {P("Tigges")} send me Kündigung because 2 months no pay. I work for agency in Warehouse in Werl, they pay very late and not all hours.

I am member of IG BAU union, they say they help me with the money from the boss, but not with the flat. Please can city pay the landlord and I pay back every month 100 euro? I dont want my children on the street.

My phone {T(phone_bg())} and whatsapp {T(mobile("space"))}
My bank is still in Bulgaria: {IB(ib(iban, True))}
Passport: {PAS(pas)} ({P("Георги Димитров")}), copy I bring to office
Our car is {KFZ(f"PB {rng.randint(1000, 9999)} AK")}, I can come any day after 16:00

Thank you very much
{P("Georgi")}"""
    return "outlook", "mail-englisch-bulgarisch", text, ["UNION"]


def d27():
    dob = rdate(1972, 1978)
    ex, kid = rdate(1974, 1980), rdate(2000, 2006)
    idc = ids.id_card()
    pas = ids.passport()
    tid = ids.tax_id()
    text = f"""Auszug aus dem Melderegister – Auskunft an öffentliche Stelle (§ 34 BMG)
Anfragende Stelle: FD 50 – Fachstelle Wohnungsnotfälle, Az. {AZ(f"50.3-WS {rng.randint(300, 499):04d}/25")}
Zweck: Klärung der letzten Anschrift / Zuständigkeit Unterbringung

Familienname:             {P("Wiśniewski")}
Vornamen:                 {P("Tomasz Piotr")}
Geburtsdatum:             {DOB(fd(dob))}
Geburtsort:               Gliwice (Polen)
Staatsangehörigkeiten:    polnisch, deutsch
Rechtl. Zugehörigkeit zu einer Religionsgesellschaft: rk
Familienstand:            geschieden seit 14.03.2022
Steuerliche Identifikationsnummer: {TID(tid)}

Anschriften
Hauptwohnung bis 31.07.2025: {A(f"Im Ohl {rng.randint(1, 40)}")}, {A("59757 Arnsberg")} (Abmeldung von Amts wegen, unbekannt verzogen)
Vorherige Anschrift:         {A(f"Kolpingstraße {rng.randint(1, 40)}")}, {A("58706 Menden (Sauerland)")}

Ausweisdokumente
Personalausweis:          {IDC(idc)}, ausgestellt 05.06.2019, gültig bis 04.06.2029
Reisepass:                {PAS(pas)}, gültig bis 11.2027

Ehegatte (geschieden):    {P("Katarzyna Wiśniewska")}, geb. {DOB(fd(ex))}
Minderjährige Kinder:     keine (Tochter {P("Julia Wiśniewska")}, geb. {DOB(fd(kid))}, volljährig, eigener Datensatz)
Übermittlungssperren:     keine

Erstellt: 15.09.2025, Bürgerbüro, {P("Busch")}"""
    return "word", "melderegisterauszug", text, ["RELIGION"]


def d28():
    kv = ids.health_insurance()
    hn = PADBERG_HNR
    text = f"""Betreff: Re: Herr {P("Hengesbach")} – Schweigepflichtentbindung liegt vor

Sehr geehrter Herr {P("van Loon")},

die Schweigepflichtentbindung von Herrn {P("Bernd Hengesbach")} (geb. {DOB(fd(HENGESBACH_DOB, "dmy"))}) für den Austausch mit Ihnen liegt uns seit dem 09.09. vor, ich darf Ihnen also antworten.

Herr {P("Hengesbach")} ist seit 2021 in Substitutionsbehandlung (Levomethadon) bei Herrn {P("Dr. med. Ulrich Padberg")}, Praxis {A(f"Königstraße {hn}")}, {A("59821 Arnsberg")}. Er erhält inzwischen eine Take-home-Verordnung für das Wochenende. Seit dem Umzug ins Wohnheim gab es nach seinen Angaben wieder Beikonsum von Benzodiazepinen, er führt das auf den Lärm und den Streit mit dem Zimmernachbarn zurück. Außerdem ist eine Hepatitis-C-Therapie geplant, für die er ein stabiles Umfeld braucht.

Aus unserer Sicht ist ein Einzelzimmer dringend geboten. Für die Kostenübernahme der Therapie braucht die Praxis eine aktuelle Bescheinigung der Barmer; seine Versichertennummer ist {KV(kv)}, falls Sie die bei der Kasse angeben müssen.

Mit freundlichen Grüßen
{P("Mirjam Lohmann-Tasdelen")}
Sozialarbeiterin (B.A.), Suchtberatung Arnsberg
Tel. {T(landline("02932", "intl"))}
{E("m.lohmann-tasdelen@suchtberatung-arnsberg.de")}

Am 08.09.2025 um 14:12 schrieb {P("Henrik van Loon")} <{E("h.vanloon@arnsberg.de")}>:
> Hallo Frau {P("Lohmann-Tasdelen")},
> Herr {P("Hengesbach")} hat mir erzählt, dass er bei Ihnen angebunden ist. Können wir uns abstimmen, ob ein Einzelzimmer aus Ihrer Sicht nötig ist? Eine Entbindung bringt er Ihnen vorbei.
> Gruß {P("H. van Loon")}, Tel. {T(VANLOON_TEL)}"""
    return "outlook", "suchtberatung-rueckmeldung", text, ["HEALTH"]


def d29():
    city_iban = ids.iban_de()
    card = ids.credit_card("5", 16)
    kz = f"5.{rng.randint(100, 999)}.{ids.digits(6)}"
    text = f"""Stadt Arnsberg · Der Bürgermeister · Fachdienst Finanzen – Stadtkasse

Frau
{P("Mihaela Stan")}
Übergangswohnheim, Zi. 5
{A("Am Bahndamm 8")}
{A("59755 Arnsberg")}

Kassenzeichen: {AZ(kz)}
Datum: 01.10.2025

Gebührenbescheid – Benutzung städtischer Obdachlosenunterkünfte

Sehr geehrte Frau {P("Stan")},

für die Benutzung der Unterkunft im Zeitraum 01.07.2025 bis 30.09.2025 (92 Tage) setze ich nach der Satzung über die Erhebung von Benutzungsgebühren für Obdachlosenunterkünfte folgende Gebühr fest:

Erwachsene Person: 92 Tage × 9,80 EUR = 901,60 EUR
Kind/Jugendlicher ({P("Luca Stan")}, geb. {DOB(fd(LUCA_DOB, "dm_y"))}): 92 Tage × 4,90 EUR = 450,80 EUR
Gesamt: 1.352,40 EUR

Ihre Zahlung vom 02.07.2025 per Kreditkarte (Karte {CC(card)}) über 120,00 EUR wurde von Ihrer Bank zurückgebucht; der Betrag ist in der Gesamtforderung enthalten.

Bitte überweisen Sie den Betrag bis zum 31.10.2025 unter Angabe des Kassenzeichens auf das Konto der Stadtkasse, IBAN {N(group(city_iban, 4))}. Beziehen Sie Bürgergeld, können Sie die Übernahme der Gebühr beim Jobcenter beantragen. Ab Vollendung des 18. Lebensjahres ist Ihr Sohn selbst gebührenpflichtig.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Arnsberg, {N("Jägerstraße 1")}, {N("59821 Arnsberg")}, erhoben werden.

Im Auftrag
{P("Renate Schulte-Vieth")}
Zentrale {N(SWITCH)}"""
    return "word", "gebuehrenbescheid", text, []


def d30():
    hn = rng.randint(10, 40)
    text = f"""Betreff: Bürgeranliegen Familie {P("Noori")} – Eigenbedarfskündigung

Sehr geehrte Frau {P("Kersting-Brandt")},

als Ratsmitglied der Fraktion Bündnis 90/Die Grünen und Sprecherin im Sozialausschuss wende ich mich mit der Bitte um Unterstützung für die Familie {P("Noori")} an Sie, die am Montag in meiner Bürgersprechstunde war.

Herr {P("Bashir Noori")} hat in Kabul als Journalist gearbeitet und musste nach der Machtübernahme der Taliban wegen seiner regierungskritischen Artikel fliehen. Die Familie lebt seit 2023 in der {A(f"Schobbostraße {hn}")}, {A("59755 Arnsberg")}. Der Vermieter, Herr {P("Lothar Hesse")}, hat zum 31.12.2025 wegen Eigenbedarfs für seine Enkelin gekündigt. Die Kinder {P("Sana")} und {P("Omid")} besuchen die Grundschule im Ort, ein Umzug in einen anderen Stadtteil wäre für sie schwierig.

Herr {P("Noori")} ist erreichbar unter {T(phone_af())} oder deutsch unter {T(mobile("intl"))}, E-Mail {E("bashir.noori@proton.me")}.

Über eine kurze Rückmeldung würde ich mich freuen, gern auch an meine private Anschrift: {A(f"Zur Feldmühle {rng.randint(21, 40)}")}, {A("59755 Arnsberg")}.

Mit freundlichen Grüßen
{P("Dr. Johanna von der Heide")}
Ratsmitglied
Mobil {T(mobile("split"))}"""
    return "outlook", "ratsmitglied-anfrage", text, ["POLITICS"]


DOCS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16, d17, d18, d19, d20,
        d21, d22, d23, d24, d25, d26, d27, d28, d29, d30]


def main():
    lines = []
    for i, fn in enumerate(DOCS, 1):
        channel, template, marked, flags = fn()
        lines.append(json.dumps(build(f"F152-{i:03d}", channel, template, marked, flags), ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
