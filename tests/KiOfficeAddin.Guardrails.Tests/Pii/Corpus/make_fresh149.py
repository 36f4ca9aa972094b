"""Blind test batch 149: invented correspondence of a city's insurance office (Versicherungsamt) on statutory
pension matters, with inline marks for personal data. Deterministic: all randomness comes from Identifiers(14949)."""
import json
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from identifiers import Identifiers, group, icao_check, luhn_check, mod11_10_check  # noqa: E402
from marks import build  # noqa: E402

ids = Identifiers(14949)
rng = ids.rng
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh149.jsonl")


# ---------------------------------------------------------------- marks
def M(code, value):
    return f"[[{code}|{value}]]"


def P(v): return M("P", v)
def A(v): return M("A", v)
def E(v): return M("E", v)
def T(v): return M("T", v)
def N(v): return M("N", v)
def AZ(v): return M("AZ", v)
def DOB(v): return M("DOB", v)
def SSN(v): return M("SSN", v)
def KV(v): return M("KV", v)
def IB(v): return M("IBAN", v)
def TID(v): return M("TID", v)
def TNR(v): return M("TNR", v)
def VAT(v): return M("VAT", v)
def IDC(v): return M("IDC", v)
def PASS(v): return M("PASS", v)
def KFZ(v): return M("KFZ", v)
def CC(v): return M("CC", v)


# ---------------------------------------------------------------- dates
MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def fd(dt, style="dmy"):
    day, mon, yr = dt
    if style == "dmy":
        return f"{day:02d}.{mon:02d}.{yr}"
    if style == "dmy2":
        return f"{day:02d}.{mon:02d}.{yr % 100:02d}"
    if style == "short":
        return f"{day}.{mon}.{yr}"
    if style == "long":
        return f"{day}. {MONATE[mon - 1]} {yr}"
    if style == "iso":
        return f"{yr}-{mon:02d}-{day:02d}"
    if style == "slash":
        return f"{day:02d}/{mon:02d}/{yr}"
    raise ValueError(style)


# ---------------------------------------------------------------- German identifiers
INITIAL = {"Ä": "A", "Ö": "O", "Ü": "U", "Ç": "C", "Ş": "S", "İ": "I", "Ł": "L", "Ś": "S", "Ż": "Z", "Ź": "Z"}


def plain(s):
    return "".join(c for c in unicodedata.normalize("NFD", s.upper()) if c.isalpha() and ord(c) < 128)


def rv(dt, birthname, style=0):
    """Rentenversicherungsnummer: area, birth date DDMMYY, initial of the birth name, serial, check digit."""
    first = birthname.strip()[0].upper()
    letter = INITIAL.get(first) or plain(first)
    day, mon, yr = dt
    raw = ids.social_security(f"{day:02d}{mon:02d}{yr % 100:02d}", letter)
    if style == 0:
        return f"{raw[:2]} {raw[2:8]} {raw[8]} {raw[9:]}"
    if style == 1:
        return raw
    if style == 2:
        return f"{raw[:2]} {raw[2:8]} {raw[8:]}"
    if style == 3:
        return f"{raw[:2]}-{raw[2:8]}-{raw[8]}-{raw[9:]}"
    raise ValueError(style)


def kvnr():
    return ids.health_insurance()


def iban_de(spaced=True):
    v = ids.iban_de()
    return group(v, 4) if spaced else v


def steuer_id(style=0):
    v = ids.tax_id()
    if style == 0:
        return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
    if style == 1:
        return v
    return f"{v[:3]} {v[3:6]} {v[6:9]} {v[9:]}"


def visa():
    return group(ids.credit_card("4", 16), 4)


def mastercard():
    return group(ids.credit_card(rng.choice(["51", "52", "53", "54", "55"]), 16), 4)


# ---------------------------------------------------------------- foreign identifiers (published algorithms)
def mod97(country, bban):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


CF_ODD = dict(zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]))
CF_ODD.update(dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                       [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24,
                        23])))


def cf_check(s):
    """Italian check character (codice fiscale, and the CIN of an Italian BBAN): odd/even position tables."""
    total = 0
    for i, c in enumerate(s):
        if i % 2 == 0:
            total += CF_ODD[c]
        else:
            total += int(c) if c.isdigit() else ord(c) - ord("A")
    return chr(ord("A") + total % 26)


def cf_name(s, given):
    s = plain(s)
    cons = [c for c in s if c not in "AEIOU"]
    vows = [c for c in s if c in "AEIOU"]
    if given and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join((cons + vows + ["X", "X", "X"])[:3])


def codice_fiscale(surname, given, dt, female, comune):
    day, mon, yr = dt
    s = (cf_name(surname, False) + cf_name(given, True) + f"{yr % 100:02d}" + "ABCDEHLMPRST"[mon - 1]
         + f"{day + (40 if female else 0):02d}" + comune)
    return s + cf_check(s)


def iban_it(spaced=True):
    body = ids.digits(5) + ids.digits(5) + ids.digits(12)
    v = mod97("IT", cf_check(body) + body)
    return group(v, 4) if spaced else v


def iban_gr(spaced=True):
    v = ids.iban("GR", 23)
    return group(v, 4) if spaced else v


def iban_tr(spaced=True):
    v = mod97("TR", ids.digits(5) + "0" + ids.digits(16))
    return group(v, 4) if spaced else v


def iban_pl(spaced=True):
    sort7 = ids.digits(7, True)
    chk = (10 - sum(int(c) * w for c, w in zip(sort7, [3, 9, 7, 1, 3, 9, 7])) % 10) % 10
    v = mod97("PL", sort7 + str(chk) + ids.digits(16))
    return group(v, 4) if spaced else v


def iban_pt(spaced=True):
    b19 = ids.digits(19)
    v = mod97("PT", b19 + f"{98 - int(b19) * 100 % 97:02d}")
    return group(v, 4) if spaced else v


def pesel(dt, female):
    day, mon, yr = dt
    mm = mon + (20 if yr >= 2000 else 0)
    s = f"{yr % 100:02d}{mm:02d}{day:02d}" + ids.digits(3) + str(rng.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return s + str((10 - sum(int(c) * x for c, x in zip(s, w)) % 10) % 10)


def amka(dt):
    day, mon, yr = dt
    s = f"{day:02d}{mon:02d}{yr % 100:02d}" + ids.digits(4)
    return s + str(luhn_check(s))


def tckn():
    d = [rng.randint(1, 9)] + [int(c) for c in ids.digits(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(str(x) for x in d) + str(d10) + str(d11)


def nif_pt():
    body = rng.choice("12") + ids.digits(7)
    r = sum(int(c) * w for c, w in zip(body, range(9, 1, -1))) % 11
    return body + str(0 if r < 2 else 11 - r)


# ---------------------------------------------------------------- phones, plates
MOBILE = ["0151", "0152", "0157", "0159", "0160", "0162", "0170", "0171", "0172", "0173", "0175", "0176", "0177",
          "0178", "0179"]


def mobile(style=None):
    pre = rng.choice(MOBILE)
    rest = ids.digits(rng.choice([7, 8]), True)
    style = rng.randrange(7) if style is None else style
    return [f"{pre} {rest}", f"{pre}/{rest}", f"{pre}-{rest[:3]} {rest[3:]}", f"+49 {pre[1:]} {rest}",
            f"+49{pre[1:]}{rest}", f"{pre} {rest[:3]} {rest[3:]}", f"+49 (0){pre[1:]} {rest}"][style]


def landline(area, style=None):
    num = ids.digits(rng.choice([5, 6]) if len(area) == 5 else rng.choice([6, 7]), True)
    style = rng.randrange(5) if style is None else style
    return [f"{area} {num}", f"{area}/{num}", f"({area}) {num}", f"+49 {area[1:]} {num}", f"{area}-{num}"][style]


def phone_foreign(country):
    if country == "IT":
        return f"+39 3{ids.digits(2)} {ids.digits(7, True)}"
    if country == "GR":
        return f"+30 69{ids.digits(2)} {ids.digits(3)} {ids.digits(3)}"
    if country == "TR":
        return f"+90 5{ids.digits(2)} {ids.digits(3)} {ids.digits(2)} {ids.digits(2)}"
    if country == "PL":
        return f"+48 {rng.choice('5678')}{ids.digits(2)} {ids.digits(3)} {ids.digits(3)}"
    if country == "PT":
        return f"+351 9{rng.choice('1236')}{ids.digits(1)} {ids.digits(3)} {ids.digits(3)}"
    raise ValueError(country)


def plate(district, sep="-"):
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice([1, 2])))
    num = str(rng.randint(1, 9999))
    return f"{district}{sep}{letters} {num}"


# ---------------------------------------------------------------- office (public, neutral)
CITY_STREET, CITY_TOWN = "Rathausplatz 1", "59759 Arnsberg"
SWITCHBOARD = "02931 963-0"
OFFICE_MAIL = "versicherungsamt@arnsberg.de"
DRV_SERVICE = "0800 1000 4800"
AB_TEL, TW_TEL, YA_TEL = "02931 963-4125", "02931 963-4127", "02931 963-4133"
AB_MAIL, TW_MAIL, YA_MAIL = "a.brueggemann-kordes@arnsberg.de", "t.wiethoff@arnsberg.de", "y.aydin@arnsberg.de"

DOCS = []


def doc(channel, template, flags=()):
    def register(fn):
        DOCS.append((channel, template, list(flags), fn))
        return fn
    return register


# ================================================================ 001
@doc("outlook", "rente-italien-angehoerige")
def d01():
    dob = (3, 2, 1959)
    cf = codice_fiscale("Lo Presti", "Salvatore", dob, False, "C351")
    return f"""Von: {E('gianluca.lopresti@gmx.de')}
An: {N(OFFICE_MAIL)}
Betreff: termin wg rente papa italien

hallo frau {P('brüggemann')},

mein vater {P('Salvatore Lo Presti')} (geb {DOB(fd(dob, 'short'))}) will jetzt in rente gehen. er hat von 1975 bis 1981 in italien gearbeitet bei fiat in torino und danach hier in neheim in der leuchtenfabrik bis heute. die drv sagt wir sollen zum versicherungsamt kommen wegen dem formular E 205 oder wie das heisst, das geht wohl nur über sie

er hat auch noch so eine codice fiscale {TID(cf)} falls die das brauchen und seine rentenversicherungsnr ist {SSN(rv(dob, 'Lo Presti', 1))}

können wir nächste woche di oder mi kommen? vormittags gehts bei mir nicht da hab ich frühschicht. papa spricht nicht so gut deutsch deswegen komm ich mit, meine schwester {P('Antonella')} vielleicht auch

meine handy nr {T(mobile(0))} oder papa festnetz {T(landline('02932', 0))}
wohnen tun die eltern {A('Auf dem Hohlweg 14')} in {A('59755 Arnsberg')}

gruß {P('Gianluca Lo Presti')}

Von meinem iPhone gesendet"""


# ================================================================ 002
@doc("word", "terminliste-beratungstag", ["HEALTH"])
def d02():
    rows = [
        ("08:30", "Hoffmann-Rieke, Gisela", (4, 11, 1960),
         "Altersrente für besonders langjährig Versicherte, Rentenbeginn klären", T(landline("02932", 1))),
        ("09:00", "Oğuz, Mehmet Ali", (17, 1, 1963),
         "Kontenklärung, Schulzeiten und Beschäftigung Türkei 1978–1984", T(mobile(0))),
        ("09:30", "Papadopoulou, Eleni", (29, 8, 1958),
         f"Witwenrente nach {P('Georgios P.')}, Sterbeurkunde aus Kavala liegt vor", T(phone_foreign("GR"))),
        ("10:00", None, None, "– frei –", ""),
        ("10:30", "Nowak, Krzysztof", (11, 5, 1964), "Versicherungsverlauf prüfen, Zeiten PL (ZUS)", "–"),
        ("11:00", "Carvalho da Silva, Maria do Céu", (2, 2, 1961),
         "Antrag EM-Rente, Reha-Entlassungsbericht (Orthopädie) und Befunde Hausarzt mitbringen", T(mobile(5))),
        ("11:30", "Schulte-Wrede, Bernhard", (23, 7, 1959), f"Hinterbliebenenrente nach Ehefrau {P('Ulla')}",
         T(landline("02935", 4))),
        ("13:30", "Yılmaz, Songül", (8, 12, 1966),
         f"Halbwaisenrente für Tochter {P('Elif')} (geb. {DOB('14.03.2009')}), Schulbescheinigung",
         E("songuel.yilmaz@web.de")),
        ("14:00", "Rinaldi, Francesco", (30, 9, 1957), f"Zeiten Italien, E 205 IT; dolmetscht Sohn {P('Marco')}",
         T(landline("0291", 2))),
        ("14:30", "von der Heydt, Friederike", (1, 4, 1960), "Rentenauskunft, Anrechnung Studium 1979–1985",
         T(mobile(3))),
    ]
    lines = ["Versicherungsamt – Terminliste Beratungstag",
             "Donnerstag, 12.06.2025 · Raum 1.14 · Rathaus",
             "",
             "Uhrzeit | Name, Vorname | geb. | Anliegen | Rückruf / Kontakt",
             "--------|---------------|------|----------|------------------"]
    for time, name, dob, topic, contact in rows:
        if name is None:
            lines.append(f"{time} | | | {topic} |")
        else:
            lines.append(f"{time} | {P(name)} | {DOB(fd(dob))} | {topic} | {contact}")
    lines += ["",
              "Dolmetscherin Griechisch für 09:30 angefragt (über Integrationsbüro).",
              f"Stand 11.06.2025, erstellt: {P('T. Wiethoff')} – Änderungen bitte nur in der Outlook-Ressource eintragen."]
    return "\n".join(lines)


# ================================================================ 003
@doc("outlook", "weiterleitung-drv-griechenland")
def d03():
    dob = (21, 10, 1955)
    return f"""Von: {P('Wiethoff, Theresa')} <{E(TW_MAIL)}>
Gesendet: Mittwoch, 4. Juni 2025 08:03
An: {P('Aydın, Yusuf')} <{E(YA_MAIL)}>
Betreff: WG: Kontenklärung {P('Karagianni, Anastasia')} – Zeiten in Griechenland

Hallo {P('Yusuf')},

die DRV meldet sich zu Frau {P('Karagianni')} (war letzte Woche bei mir am Schalter). Kannst du sie bitte anrufen und einen Termin machen? Sie ist meist abends erreichbar: {T(mobile(2))}. Ende Juni fährt sie nach Thessaloniki und könnte den Nachweis beim e-EFKA selbst abholen – das wäre wahrscheinlich schneller als der Weg über die Verbindungsstelle.

Danke & Gruß
{P('Theresa')}

-----Ursprüngliche Nachricht-----
Von: {P('Brinkhaus, Ludger')} <{E('ludger.brinkhaus@drv-westfalen.de')}>
Gesendet: Dienstag, 3. Juni 2025 14:12
An: {P('Wiethoff, Theresa')} <{E(TW_MAIL)}>
Cc: Versicherungsamt <{N(OFFICE_MAIL)}>
Betreff: Kontenklärung {P('Karagianni, Anastasia')}, VSNR {SSN(rv(dob, 'Karagianni', 0))}

Sehr geehrte Frau {P('Wiethoff')},

in der Kontenklärung der o. g. Versicherten (geb. {DOB(fd(dob))}, wohnhaft {A('Möhnestraße 58')}, {A('59755 Arnsberg')}) ist der Zeitraum 01.09.1974 bis 30.06.1979 weiterhin offen. Frau {P('Karagianni')} gibt an, in dieser Zeit als Erzieherin in Thessaloniki beschäftigt gewesen zu sein; ihre griechische Sozialversicherungsnummer (AMKA) lautet nach ihren Angaben {SSN(amka(dob))}.

Den Vordruck E 205 GR haben wir im Februar beim e-EFKA angefordert, eine Antwort steht aus. Falls Frau {P('Karagianni')} eigene Unterlagen besitzt (Versicherungsheft der IKA, Bescheinigungen des Kindergartens), reichen Sie uns bitte Kopien ein. Bitte geben Sie dabei unser Zeichen {AZ('4.2-GR 11873/25')} an.

Mit freundlichen Grüßen
Im Auftrag
{P('Ludger Brinkhaus')}

Deutsche Rentenversicherung Westfalen
Abteilung Versicherung – Team 4.2
{N('Gartenstraße 194')}, {N('48147 Münster')}
Telefon {T('0251 238-17764')}"""


# ================================================================ 004
@doc("word", "witwenrente-eingangsbestaetigung")
def d04():
    husband, widow = (8, 1, 1941), (19, 3, 1944)
    return f"""Stadt Arnsberg · Der Bürgermeister · Versicherungsamt
{N(CITY_STREET)} · {N(CITY_TOWN)}

Frau
{P('Hildegard Tigges-Mönnig')}
{A('Im Ohl 7')}
{A('59823 Arnsberg')}

Unser Zeichen: {AZ('VA 21/0385-2025')}
Auskunft erteilt: Herr {P('Aydın')}, Zimmer 1.12
Telefon: {T(YA_TEL)}
E-Mail: {E(YA_MAIL)}
Datum: 16.06.2025

Ihr Antrag auf große Witwenrente
Verstorbener Ehegatte: {P('Franz-Josef Tigges')}, geb. {DOB(fd(husband))}, Versicherungsnummer {SSN(rv(husband, 'Tigges', 0))}

Sehr geehrte Frau {P('Tigges-Mönnig')},

am 10.06.2025 haben wir Ihren Antrag auf Witwenrente aufgenommen und noch am selben Tag an die Deutsche Rentenversicherung Westfalen weitergeleitet. Den Vorschuss für das Sterbevierteljahr hatte bereits das Bestattungshaus über den Renten Service der Deutschen Post beantragt; er wird auf Ihr Konto {IB(iban_de())} überwiesen.

Damit die Rentenversicherung Ihr eigenes Einkommen richtig berücksichtigen kann (§ 97 SGB VI), brauchen wir noch folgende Angaben:

1. Ihre eigene Versicherungsnummer: Aus Ihrer Rentenanpassungsmitteilung haben wir {SSN(rv(widow, 'Mönnig', 2))} übernommen (geboren am {DOB(fd(widow, 'long'))}). Bitte bestätigen Sie, dass Sie außer Ihrer Altersrente und der Betriebsrente der Sparkasse keine weiteren Einkünfte haben.
2. Ihre Krankenversichertennummer für die Meldung zur Krankenversicherung der Rentner. Auf der Kopie Ihrer Gesundheitskarte ist sie nicht lesbar; wir vermuten {KV(kvnr())}.
3. Ihre Steuer-Identifikationsnummer. Sie haben uns am Telefon {TID(steuer_id(0))} genannt – bitte prüfen Sie diese Angabe anhand eines Schreibens Ihres Finanzamtes.

Senden Sie uns die Angaben bitte bis zum 11.07.2025 zurück oder bringen Sie sie in unsere Sprechstunde mit. Ihre Tochter, Frau {P('Ursula Mönnig-Brake')}, hat angeboten, die Unterlagen vorbeizubringen; das ist mit der beiliegenden Vollmacht möglich.

Mit freundlichen Grüßen
Im Auftrag

{P('Yusuf Aydın')}

Anlagen: Vordruck Vollmacht, Rückumschlag"""


# ================================================================ 005
@doc("outlook", "sterbefall-angehoerige", ["HEALTH", "RELIGION"])
def d05():
    father, mother = (1, 7, 1944), (15, 3, 1949)
    return f"""Von: {P('Aylin Karakaya-Demirci')} <{E('aylin.karakaya@posteo.de')}>
Betreff: Sterbefall {P('Hüseyin Karakaya')} – was ist jetzt mit Rente und Witwenrente?

Sehr geehrte Damen und Herren,

mein Vater, {P('Hüseyin Karakaya')}, geboren am {DOB(fd(father))}, ist am vergangenen Samstag nach langer Krebserkrankung im Klinikum verstorben. Wir haben ihn nach islamischem Ritus beigesetzt; die Totenwaschung und die Überführung nach Sivas hat der Bestattungsfonds unserer Moscheegemeinde übernommen.

Mein Vater bekam eine Altersrente der DRV (Versicherungsnummer {SSN(rv(father, 'Karakaya', 0))}) und zusätzlich eine kleine Rente der SGK aus der Türkei. Dort lief alles über seine T.C. Kimlik No. {SSN(tckn())}. Die deutsche Rente wurde auf sein Konto {IB(iban_de(False))} gezahlt, die türkische auf ein Konto bei der Ziraat Bankası ({IB(iban_tr())}).

Meine Mutter, {P('Zeliha Karakaya')} (geb. {DOB(fd(mother, 'short'))}), wohnt weiterhin in der gemeinsamen Wohnung {A('Graf-Gottfried-Straße 42')}, {A('59755 Arnsberg')}. Sie spricht kaum Deutsch. Meine Fragen:
– Muss meine Mutter für die Witwenrente persönlich kommen, oder kann ich das mit einer Vollmacht erledigen?
– Die Rente für Juli ist schon auf Papas Konto eingegangen. Wird sie zurückgebucht, oder müssen wir etwas tun?
– Wer meldet den Tod an die SGK in Ankara?

Ich wohne in Dortmund und kann am besten freitags nach Arnsberg kommen.

Mit freundlichen Grüßen
{P('Dr. Aylin Karakaya-Demirci')}
{A('Kreuzstraße 88')}
{A('44139 Dortmund')}
mobil {T(mobile(3))}"""


# ================================================================ 006
@doc("word", "export-kontenklaerung-csv")
def d06():
    rows = [
        ("VA-KK-2025-0141", "Ferreira", "Joaquim", (18, 4, 1959), "Ferreira", "PT", "1975-1982", "E 205 PT angefordert", "Wiethoff"),
        ("VA-KK-2025-0142", "Kaczmarek", "Halina", (2, 12, 1962), "Bartosik", "PL", "1979-1988", "ZUS-Bescheinigung fehlt", "Aydın"),
        ("VA-KK-2025-0147", "Demirtaş", "Kemal", (25, 6, 1960), "Demirtaş", "TR", "1976-1980", "Übersetzung Hizmet Dökümü offen", "Aydın"),
        ("VA-KK-2025-0150", "Sarantidis", "Christos", (9, 3, 1958), "Sarantidis", "GR", "1973-1977", "erledigt", "Brüggemann-Kordes"),
        ("VA-KK-2025-0153", "Di Bella", "Rosalia", (14, 7, 1961), "Di Bella", "IT", "1977-1980", "wartet auf INPS", "Wiethoff"),
        ("VA-KK-2025-0158", "Ünal", "Gülay", (30, 1, 1965), "Korkmaz", "TR", "1981-1985", "Termin 24.06.", "Aydın"),
        ("VA-KK-2025-0161", "Lewandowski", "Ryszard", (7, 10, 1957), "Lewandowski", "PL", "1974-1989", "FRG-Prüfung", "Brüggemann-Kordes"),
        ("VA-KK-2025-0166", "Sousa Martins", "Ana Paula", (22, 5, 1963), "Sousa", "PT", "1980-1986", "V0800 versandt", "Wiethoff"),
    ]
    lines = ["Az;Name;Vorname;Geburtsdatum;VSNR;Land;Zeitraum;Status;SB"]
    for az, name, given, dob, birth, land, span, status, sb in rows:
        lines.append(f"{AZ(az)};{P(name)};{P(given)};{DOB(fd(dob, 'iso'))};{SSN(rv(dob, birth, 1))};{land};{span};{status};{P(sb)}")
    lines.append(f"# 8 Datensätze, Export durch {P('wiethoff_t')} am 13.06.2025 07:58, Filter: Status <> archiviert")
    return "\n".join(lines)


# ================================================================ 007
@doc("outlook", "zus-polen-informell")
def d07():
    dob = (14, 9, 1961)
    return f"""Von: {E('zbyszek.wrob@onet.pl')}
Betreff: Rente Polen ZUS

Guten tag

ich bin {P('Zbigniew Wróblewski')} geboren {DOB(fd(dob))} in bytom. ich habe in polen gearbeitet 1980 bis 1989 in kopalnia (bergwerk) und dan in deutschland seit 1990 bei firma in hüsten. ZUS hat mir geschikt ein brief das ich muss formular ausfülen aber ich verstehe nicht alles und die deutsche rentenversicherung will auch papiere

meine nummer PESEL {SSN(pesel(dob, False))} und deutsche renten nummer {SSN(rv(dob, 'Wróblewski', 0))}

kann ich kommen mit meine frau {P('Danuta')} sie spricht besser deutsch als ich. am besten nachmitag nach 15 uhr

adres {A('Hellefelder str 23a')} {A('59821 arnsberg')}
tel {T(mobile(0))}

dziękuję bardzo
{P('Z. Wróblewski')}"""


# ================================================================ 008
@doc("word", "arbeitgeberbescheinigung-formular")
def d08():
    dob = (6, 3, 1960)
    return f"""ARBEITGEBERBESCHEINIGUNG
zur Vorlage bei der Deutschen Rentenversicherung – Anlage zum Antrag auf Altersrente

1. Angaben zur versicherten Person
Name, Vorname ........ {P('Kuhlmann, Reinhild')}
Geburtsname .......... {P('Rohe')}
Geburtsdatum ......... {DOB(fd(dob))}
Versicherungsnummer .. {SSN(rv(dob, 'Rohe', 0))}
Anschrift ............ {A('Mühlenweg 9')} · {A('59846 Sundern-Hachen')}

2. Angaben zum Arbeitgeber
Firma ................ Metzgerei & Partyservice {P('Heribert Vollmer')} e. K.
Inhaber .............. {P('Heribert Vollmer')}
Anschrift ............ {A('Hauptstraße 61')}, {A('59846 Sundern')}
Betriebsnummer ....... {N('48371245')}
Steuernummer ......... {TNR(ids.tax_number_nrw())}
USt-IdNr. ............ {VAT(ids.vat_id())}
Ansprechpartnerin .... {P('Marlies Vollmer')} (Lohnbuchhaltung)
Telefon .............. {T(landline('02933', 4))}
E-Mail ............... {E('lohn@metzgerei-vollmer.de')}

3. Beschäftigung
[X] Die versicherte Person ist seit dem 01.08.1976 ununterbrochen bei uns beschäftigt
    (01.08.1976–31.07.1979 Ausbildung zur Fleischereifachverkäuferin, seitdem Verkäuferin, zuletzt Filialleitung).
[X] Die Beschäftigung endet am 30.09.2025 durch Aufhebungsvertrag.
[ ] Es wird eine Abfindung gezahlt.
Voraussichtliches beitragspflichtiges Arbeitsentgelt 01.01.–30.09.2025: 27.450,00 EUR

4. Bemerkungen
Urlaubsabgeltung für 11 Tage wird mit der Septemberabrechnung gezahlt.

Sundern, 11.06.2025
gez. {P('H. Vollmer')}                                   (Firmenstempel)"""


# ================================================================ 009
@doc("outlook", "drv-bund-rueckfrage-portugal")
def d09():
    him, her = (12, 7, 1958), (11, 11, 1960)
    return f"""Von: {P('Monteiro-Scholz, Daniela')} <{E('daniela.monteiro-scholz@drv-bund.de')}>
An: {N(OFFICE_MAIL)}
Betreff: Ihr Schreiben vom 28.05.2025 – Regelaltersrente {P('António Manuel Pereira Gonçalves')}

Sehr geehrte Damen und Herren,

vielen Dank für die Übersendung des Rentenantrags von Herrn {P('António Manuel Pereira Gonçalves')}, geb. {DOB(fd(him))}, VSNR {SSN(rv(him, 'Pereira', 2))}. Für das zwischenstaatliche Verfahren mit Portugal benötigen wir noch:

a) die portugiesische Steuernummer (NIF) – im Antrag ist {TID(nif_pt())} eingetragen, die Ziffern sind jedoch schwer lesbar; bitte lassen Sie sie von Herrn {P('Pereira Gonçalves')} bestätigen,
b) Nachweise über die Beschäftigung in Braga 1973–1979 (Textilfabrik),
c) die Angabe, auf welches Konto die Rente gezahlt werden soll. Im Antrag sind zwei Konten genannt: {IB(iban_de())} und {IB(iban_pt())}.

Die Ehefrau, Frau {P('Rosa Maria Pereira Gonçalves')} geb. {P('Ferreira')}, geb. {DOB(fd(her, 'long'))}, hat bei uns ein eigenes Versicherungskonto ({SSN(rv(her, 'Ferreira', 1))}). Sie wird im Antrag als Mitantragstellerin für Kindererziehungszeiten genannt; hierfür ist ein gesonderter Antrag (V0800) erforderlich.

Bitte reichen Sie die Unterlagen unter Angabe unseres Zeichens {AZ('D 4417-PT/2025/00318')} ein.

Mit freundlichen Grüßen
Im Auftrag
{P('Daniela Monteiro-Scholz')}

Deutsche Rentenversicherung Bund
Dezernat Zwischenstaatliche Verfahren – Portugal
{N('Ruhrstraße 2')}, {N('10709 Berlin')}
Telefon: {T('030 865-38114')}
Kostenloses Servicetelefon: {N(DRV_SERVICE)}"""


# ================================================================ 010
@doc("word", "gespraechsvermerk-waisenrente")
def d10():
    mother, oskar, lena, father = (19, 6, 1979), (2, 4, 2010), (28, 11, 2013), (14, 2, 1976)
    return f"""Gesprächsvermerk
Versicherungsamt – Vorsprache am 05.06.2025, 10:15 bis 11:05 Uhr
Aktenzeichen: {AZ('VA 22/0412-2025')}

Anwesend:
– Frau {P('Jolanta Mazur-Baumann')} (Mutter, geb. {DOB(fd(mother))})
– die Kinder {P('Oskar')} (geb. {DOB(fd(oskar))}) und {P('Lena')} (geb. {DOB(fd(lena))})
– für das Versicherungsamt: Frau {P('Brüggemann-Kordes')}

Anlass:
Antrag auf Halbwaisenrente für beide Kinder nach dem Tod des Vaters, Herrn {P('Sven Baumann')} (* {DOB(fd(father))}, † 21.04.2025), Versicherungsnummer {SSN(rv(father, 'Baumann', 0))}. Die Eltern waren nicht verheiratet; die Vaterschaft ist für beide Kinder anerkannt (Urkunden liegen vor). Sterbeurkunde des Standesamts Arnsberg, Registernummer {AZ('S 298/2025')}, im Original vorgelegt und als Kopie beglaubigt.

Ergebnis:
1. Anträge R0500 für {P('Oskar')} und {P('Lena')} aufgenommen. {P('Oskar')} ist familienversichert (KVNR {KV(kvnr())}), ebenso {P('Lena')} (KVNR {KV(kvnr())}).
2. Schulbescheinigung für {P('Oskar')} (Gymnasium, Jahrgangsstufe 9) liegt vor; für {P('Lena')} nicht erforderlich.
3. Zahlung beider Renten auf das Konto der Mutter: {IB(iban_de())}.
4. Frau {P('Mazur-Baumann')} zieht zum 01.07.2025 um; neue Anschrift: {A('Zur Feldmühle 3')}, {A('59821 Arnsberg')}. Die Adressänderung wurde im Antrag bereits berücksichtigt.
5. Rückfragen der DRV an Frau {P('Mazur-Baumann')} telefonisch unter {T(mobile(1))}.

Hinweis an die Mutter: Einkommen der Kinder wird nicht angerechnet; bei Ausbildung nach dem 18. Lebensjahr erneut Nachweis vorlegen.

gez. {P('Brüggemann-Kordes')}"""


# ================================================================ 011
@doc("word", "ocr-scan-handschreiben", ["HEALTH"])
def d11():
    dob, wife = (23, 10, 1948), (2, 5, 1950)
    area, local = "02932", ids.digits(5, True)
    spaced = f"0 29 32 - {local[0]} {local[1:3]} {local[3:]}"
    return f"""[Poststelle – Scan 10.06.2025 09:41 – Texterkennung automatisch, ungeprüft]

{P('Heinrich W i l l m e s')}
{A('Alte Landstr. 112')}
{A('59759 Arnsberg')}

An das
Versicherungsamt der Stadt
{N(CITY_STREET)}
{N(CITY_TOWN)}                                    Arnsberg, d. 6.6.25

Betr.: Meine Rente / Vers.-Nr. {SSN(rv(dob, 'Willmes', 0))}

Sehr geehrte Damen u. Herren ,

lch bin am {DOB(fd(dob))} geboren u. bekomme seit 2013 Altersrente. Nun ist meine Frau {P('Gertrud')}, geb. {P('Schmalohr')} (geb. {DOB(fd(wife, 'short'))}), seit April im Pflegeheim, weil die Demenz so schlimm geworden ist (Pflegegrad 4). Das Heim kostet im Monat über 2.900 EUR Eigenanteil. Ich weiss nicht ob ich davon was bei der Rentenversicherung beantragen kann oder ob das nur die Pflegekasse macht. Ihre Krankenkassen-Nr. ist {KV(kvnr())} .

Mein Sohn {P('Ansgar Willmes')} kümmert sich um den Papierkram , ist aber nur abends zu erreichen : Tel. {T(spaced)}.
Wenn Sie mir was schicken bitte an meine Anschrift oben , ich hole die Post noch selbst .

Hochachtungsvoll
{P('H. Willmes')}

--- Seite 1 / 1 --- | ~ |"""


# ================================================================ 012
@doc("outlook", "hinterbliebenenrente-ehemann", ["SEXUAL_ORIENTATION"])
def d12():
    him, partner = (30, 6, 1968), (17, 12, 1965)
    return f"""Von: {P('Konstantin Kühn')} <{E('k.kuehn@mailbox.org')}>
An: {P('Wiethoff, Theresa')} <{E(TW_MAIL)}>
Betreff: Hinterbliebenenrente nach meinem Ehemann – Termin am 19.06.

Guten Tag Frau {P('Wiethoff')},

danke für das freundliche Telefonat gestern. Wie besprochen die Eckdaten vorab, damit Sie den Termin vorbereiten können:

Mein Mann {P('Raphael Oberschelp-Kühn')} (geb. {DOB(fd(partner))}) ist am 02.05.2025 gestorben. Wir haben 2009 eine eingetragene Lebenspartnerschaft begründet und sie 2018 in eine Ehe umwandeln lassen. Die Kollegin bei der Rentenversicherung meinte, die Jahre der Lebenspartnerschaft würden bei der Ehedauer mitgezählt, das „Versorgungsehe“-Thema stelle sich also nicht. Stimmt das so?

Versicherungsnummer von {P('Raphael')}: {SSN(rv(partner, 'Oberschelp', 0))}
Meine Daten: {P('Konstantin Kühn')}, geb. {DOB(fd(him, 'long'))}, Versicherungsnr. {SSN(rv(him, 'Kühn', 0))}
Anschrift (gemeinsame Wohnung): {A('Klosterstraße 14')}, {A('59821 Arnsberg')}

Das Testament und die Heiratsurkunde bringe ich mit. Unser Notar, {P('Dr. Hartmut Ebbinghaus')}, hat mir außerdem eine Kopie des Erbscheinantrags gegeben – brauchen Sie die auch?

Viele Grüße
{P('Konstantin Kühn')}
{T(mobile(6))}"""


# ================================================================ 013
@doc("word", "versicherungsverlauf-lueckentabelle")
def d13():
    dob, marco, giulia = (7, 8, 1962), (12, 3, 1984), (5, 10, 1987)
    cf = codice_fiscale("Ferrante", "Concetta", dob, True, "A089")
    return f"""Beratungsunterlage – Lückenprüfung Versicherungsverlauf (Entwurf, nur für das Gespräch)

Versicherte ..... {P('Concetta Ferrante-Hilbig')}, geb. {P('Ferrante')}
geboren ......... {DOB(fd(dob))} in Agrigento
VSNR ............ {SSN(rv(dob, 'Ferrante', 0))}
Codice fiscale .. {TID(cf)}
Anschrift ....... {A('Stembergstraße 31')}, {A('59755 Arnsberg')}

Zeitraum                | Art                                            | Nachweis        | To do
01.09.1977–30.06.1980   | Beschäftigung Italien (Friseurin, Agrigento)   | fehlt           | INPS-Auszug (Estratto conto) anfordern
01.08.1980–31.12.1983   | Pflichtbeiträge, Salon {P('Hennes')}, Neheim          | im Konto        | –
01.01.1984–31.03.1985   | Kindererziehung {P('Marco')} (geb. {DOB(fd(marco))})  | Geburtsurkunde  | Zuordnung zur Mutter bestätigen
01.10.1987–31.10.1988   | Kindererziehung {P('Giulia')} (geb. {DOB(fd(giulia))}) | Geburtsurkunde | –
01.04.1985–30.09.1987   | Lücke                                          | –               | Minijob? Ehemann {P('Rüdiger Hilbig')} fragen
01.11.1988–heute        | Pflichtbeiträge (Teilzeit, Einzelhandel)      | im Konto        | –

Berücksichtigungszeiten bis zum 10. Geburtstag des jüngsten Kindes prüfen (bis 04.10.1997).
Rückfragen an Frau {P('Ferrante-Hilbig')}: {T(landline('02932', 2))} (vormittags) oder {E('concetta.hilbig@t-online.de')}.
Bearbeitung: {P('Y. Aydın')}"""


# ================================================================ 014
@doc("outlook", "intern-urlaubsuebergabe-mail")
def d14():
    return f"""Von: {P('Brüggemann-Kordes, Annegret')} <{E(AB_MAIL)}>
An: {P('Aydın, Yusuf')} <{E(YA_MAIL)}>
Cc: {P('Wiethoff, Theresa')} <{E(TW_MAIL)}>
Betreff: Vertretung ab Montag – meine offenen Sachen

Hi {P('Yusuf')},

kurz bevor ich für zwei Wochen verschwinde, das Wichtigste:

- {P('Pereira Gonçalves')}: DRV Bund will die NIF bestätigt + Nachweise Braga. Er bringt beides am 24.6. vorbei, Tochter {P('Sandra')} kommt mit (Tel. {T(mobile(5))}).
- Fr. {P('Tigges-Mönnig')}: ruft evtl. wegen des Vorschusses an, ist alles raus. Einfach beruhigen :)
- {P('K. Wiśniewska')} (PL, Az. {AZ('VA 20/0231-2025')}) braucht dringend einen Termin, ihr Sohn {P('Tomasz')} hat schon zweimal angerufen: {T(phone_foreign('PL'))}. Der wohnt in Opole, also bitte nicht vor 9 zurückrufen, er arbeitet nachts.
- {P('A. Karagianni')}: Unterlagen aus Thessaloniki kommen Ende Juni, dann an {P('Brinkhaus')} (DRV Westfalen) schicken.
- Die Vollmacht von Fr. Dr. {P('Ostermann-Vielhaber')} liegt unterschrieben im Ablagekorb, muss noch gescannt werden.

Danke dir!! Bis in zwei Wochen
{P('Annegret')}

--
{P('Annegret Brüggemann-Kordes')}
Stadt Arnsberg | Versicherungsamt
Tel. {T(AB_TEL)} | Zentrale {N(SWITCHBOARD)}"""


# ================================================================ 015
@doc("word", "aktenvermerk-erwerbsminderung", ["HEALTH", "UNION"])
def d15():
    dob = (9, 1, 1971)
    return f"""Aktenvermerk – Antrag auf Rente wegen voller Erwerbsminderung
Az.: {AZ('VA 23/0197-2025')}

Versicherter:   {P('Dariusz Kamiński')}, geb. {DOB(fd(dob))}
VSNR:           {SSN(rv(dob, 'Kamiński', 2))}
KVNR:           {KV(kvnr())}
Anschrift:      {A('Brückenstraße 27')}, {A('59823 Arnsberg')}
Telefon:        {T(landline('02937', 0))}

Sachverhalt
Herr {P('Kamiński')} war bis November 2023 als Gerüstbauer beschäftigt. Nach einem Arbeitsunfall (Sturz vom Gerüst, Wirbelkörperfraktur LWK 1) besteht Arbeitsunfähigkeit; hinzu kommt eine mittelgradige depressive Episode. Die medizinische Rehabilitation im Herbst 2024 wurde als „arbeitsunfähig entlassen, Leistungsvermögen unter 3 Stunden“ beendet. Krankengeld endete am 14.05.2025, seitdem Arbeitslosengeld nach § 145 SGB III.

Behandelnde Ärztin: {P('Dr. med. Ute Habbel-Schmitz')}, Fachärztin für Psychiatrie, Neheim. Schweigepflichtentbindung unterschrieben.

Vertretung
Herr {P('Kamiński')} ist Mitglied der IG BAU und wird im Verfahren vom DGB Rechtsschutz vertreten. Ansprechpartner: Rechtssekretär {P('Stefan Humpert')}, Tel. {T(landline('0291', 3))}, {E('stefan.humpert@dgbrechtsschutz.de')}. Der Bescheid soll in Kopie an ihn gehen (Vollmacht liegt vor).

Aufgenommen
R0100 (Hauptantrag), R0210 (Angaben zu Gesundheitsstörungen), R0220 (Arbeitsplatz), Anlage Arbeitsunfall an die BG BAU. Kontoverbindung: {IB(iban_de())}.
Weitergeleitet an die DRV Westfalen am 12.06.2025.

{P('Aydın')}, 12.06.2025"""


# ================================================================ 016
@doc("outlook", "angehoerige-griechenland-zahlung", ["HEALTH"])
def d16():
    dob = (4, 5, 1942)
    return f"""Von: {P('Eirini Tsiamoulou-Papadaki')} <{E('eirini.tsiamoulou@gmail.com')}>
Betreff: Rente meiner Mutter nach Griechenland überweisen

Sehr geehrte Damen und Herren,

bitte entschuldigen Sie mein Deutsch, ich habe es vor langer Zeit in der Schule gelernt. Meine Mutter, Frau {P('Vasiliki Tsiamoulou')}, geb. {P('Deligianni')}, geboren {DOB(fd(dob, 'slash'))}, hat 28 Jahre in Neheim gearbeitet und bekommt Rente aus Deutschland. Nach einem Schlaganfall im Winter kann sie nicht mehr alleine leben und wohnt jetzt bei mir in Griechenland.

Ihre alte Adresse: {A('Hüstener Markt 6')}, {A('59759 Arnsberg')}
Neue Adresse: {A('Odos Egnatias 112')}, {A('546 30 Thessaloniki')}, Griechenland

Wie kann die Rente auf ihr griechisches Konto {IB(iban_gr())} überwiesen werden? Die Rentenversicherungsnummer ist {SSN(rv(dob, 'Deligianni', 0))}. Braucht man jedes Jahr eine Lebensbescheinigung, und kann das griechische KEP diese bestätigen?

In Arnsberg hat noch ihre Nachbarin Frau {P('Brigitte Ahlers')} einen Schlüssel und holt die Post. Sie können mich anrufen unter {T(phone_foreign('GR'))} (ab 16 Uhr deutscher Zeit).

Mit freundlichen Grüßen
{P('Eirini Tsiamoulou-Papadaki')}"""


# ================================================================ 017
@doc("word", "vollmacht-formular")
def d17():
    giver, agent = (27, 4, 1937), (3, 9, 1964)
    return f"""VOLLMACHT
für die Vertretung in Angelegenheiten der gesetzlichen Renten-, Kranken- und Pflegeversicherung

Vollmachtgeberin
Name, Vorname:        {P('Ostermann, Irmgard')}
Geburtsdatum:         {DOB(fd(giver))}
Anschrift:            {A('Feauxweg 10')} (Seniorenzentrum, Zimmer 214)
                      {A('59821 Arnsberg')}
Versicherungsnummer:  {SSN(rv(giver, 'Bickmann', 0))}
Krankenversichertennr.: {KV(kvnr())}
Personalausweis-Nr.:  {IDC(ids.id_card(True))}

Bevollmächtigte
Name, Vorname:        {P('Ostermann-Vielhaber, Dr. Claudia')}
Geburtsdatum:         {DOB(fd(agent))}
Anschrift:            {A('Am Bergfeld 2a')}
                      {A('58706 Menden (Sauerland)')}
Telefon:              {T(landline('02373', 0))}
E-Mail:               {E('c.ostermann-vielhaber@web.de')}
Personalausweis-Nr.:  {IDC(ids.id_card(False))}

Ich bevollmächtige die oben genannte Person, mich gegenüber der Deutschen Rentenversicherung, dem Versicherungsamt der Stadt Arnsberg, meiner Krankenkasse und der Pflegekasse zu vertreten, Anträge zu stellen, Auskünfte einzuholen und Bescheide entgegenzunehmen. Die Vollmacht gilt bis auf Widerruf.

Arnsberg, 02.06.2025

Unterschrift Vollmachtgeberin: ......... {P('Irmgard Ostermann')}
Unterschrift Bevollmächtigte: .......... {P('C. Ostermann-Vielhaber')}

Die Unterschrift wurde vor mir vollzogen; die Identität wurde anhand der Personalausweise festgestellt.
Stadt Arnsberg – Versicherungsamt, i. A. {P('Wiethoff')}                (Dienstsiegel)"""


# ================================================================ 018
@doc("outlook", "fremdrente-spaetaussiedler", ["ETHNICITY"])
def d18():
    dob = (12, 8, 1945)
    return f"""Von: {P('Matthias Löhr')} <{E('m.loehr@arcor.de')}>
An: {P('Brüggemann-Kordes, Annegret')}
Betreff: Fremdrentengesetz – Bergbauzeiten meines Schwiegervaters in Oberschlesien

Sehr geehrte Frau {P('Brüggemann-Kordes')},

mein Schwiegervater, Herr {P('Alojzy Pietrzyk')} (in Deutschland meist {P('Alois')} genannt), ist 1988 mit seiner Familie aus Gliwice gekommen und als Spätaussiedler nach § 4 BVFG anerkannt; die deutsche Volkszugehörigkeit wurde damals vom Bundesverwaltungsamt festgestellt, die Bescheinigung liegt uns vor. Er ist am {DOB(fd(dob, 'long'))} in Gleiwitz geboren.

Bei der Rentenberechnung fehlen nach dem aktuellen Versicherungsverlauf die Zeiten im Steinkohlebergbau (Grube „Sośnica“) von 1962 bis 1987, die nach dem Fremdrentengesetz zu berücksichtigen wären. Seine Versicherungsnummer ist {SSN(rv(dob, 'Pietrzyk', 0))}, die polnische PESEL-Nummer laut altem Ausweis {SSN(pesel(dob, False))}.

Er wohnt seit dem Tod meiner Schwiegermutter bei uns: {A('Am Zollstock 5')}, {A('59823 Arnsberg')}. Meine Frau {P('Beata Löhr')}, geb. {P('Pietrzyk')}, hat eine Vorsorgevollmacht. Könnten wir zu dritt einen Termin bekommen? Am besten an einem Montag, da hat meine Frau frei.

Mit freundlichen Grüßen
{P('Matthias Löhr')}
Tel. {T(landline('02937', 3))}"""


# ================================================================ 019
@doc("word", "erinnerung-mitwirkung")
def d19():
    dob = (5, 2, 1969)
    return f"""Stadt Arnsberg – Der Bürgermeister
Versicherungsamt
{N(CITY_STREET)}, {N(CITY_TOWN)}

Herrn
{P('Emre Yıldırım')}
c/o {P('Aksoy')}
{A('Schobbostraße 19')}
{A('59755 Arnsberg')}

Aktenzeichen: {AZ('VA 20/0093-2025')}
Datum: 17.06.2025

Ihr Antrag auf Kontenklärung vom 14.03.2025 – Erinnerung

Sehr geehrter Herr {P('Yıldırım')},

zur Klärung Ihres Versicherungskontos (Versicherungsnummer {SSN(rv(dob, 'Yıldırım', 0))}, geboren {DOB(fd(dob))}) hatten wir Sie mit Schreiben vom 07.04.2025 gebeten, folgende Unterlagen vorzulegen:

• den Versicherungsverlauf der türkischen Sozialversicherung (Hizmet Dökümü) mit beglaubigter Übersetzung,
• Nachweise über Ihren Schulbesuch in İzmir von 1984 bis 1987,
• eine Kopie Ihres Reisepasses. Sie haben uns am Telefon die Passnummer {PASS(ids.passport())} genannt; für die Identitätsprüfung benötigt die Rentenversicherung jedoch eine Kopie der Datenseite.

Bis heute liegen uns diese Unterlagen nicht vor. Bitte reichen Sie sie bis zum 15.07.2025 ein. Wenn Sie die Unterlagen aus der Türkei nicht rechtzeitig beschaffen können, rufen Sie uns bitte an; wir können die Frist verlängern.

Ohne Ihre Mitwirkung (§ 60 SGB I) kann die Rentenversicherung die Zeiten nicht berücksichtigen.

Ihre Ansprechpartnerin: Frau {P('Wiethoff')}, Zimmer 1.14
Telefon {T(TW_TEL)} (Zentrale {N(SWITCHBOARD)}), E-Mail {E(TW_MAIL)}

Mit freundlichen Grüßen
Im Auftrag

{P('Wiethoff')}"""


# ================================================================ 020
@doc("outlook", "rentenbesteuerung-ehepaar")
def d20():
    ewald, walburga = (28, 2, 1955), (16, 9, 1957)
    return f"""Von: {P('Ewald Hesse')} <{E('ewald.hesse55@t-online.de')}>
Betreff: AW: Rentenbesteuerung – Schreiben vom Finanzamt

Hallo liebes Versicherungsamt,

danke für Ihre schnelle Antwort. Wie Sie geschrieben haben, schicke ich die Angaben noch einmal vollständig, dann können Sie uns vielleicht sagen, ob wir wirklich eine Erklärung abgeben müssen:

Wir sind {P('Ewald Hesse')} (geb. {DOB(fd(ewald))}) und {P('Walburga Hesse')} (geb. {DOB(fd(walburga, 'dmy2'))}), beide Rentner seit 2021 bzw. 2022.
Steuernummer beim Finanzamt Arnsberg: {TNR(ids.tax_number_nrw())}
Steuer-ID Ewald: {TID(steuer_id(1))}
Steuer-ID Walburga: {TID(steuer_id(2))}

Dazu kommt eine kleine Betriebsrente von mir (Stadtwerke) und die Mieteinnahme aus der Einliegerwohnung, die an unsere Enkelin {P('Lea Brinkschulte')} vermietet ist.

Unser Nachbar {P('Norbert Kemper')} meinte, das kann nur der Lohnsteuerhilfeverein machen, nicht die Stadt. Wenn das so ist, auch kein Problem.

Freundliche Grüße aus {A('Königstraße 74')}, {A('59821 Arnsberg')}
{P('Ewald Hesse')}
Tel. {T(landline('02931', 1))}

> Am 02.06.2025 schrieb Versicherungsamt Arnsberg <{N(OFFICE_MAIL)}>:
> Sehr geehrter Herr {P('Hesse')}, zur Beurteilung Ihrer Frage benötigen wir Ihre Steuernummer
> und die Höhe aller Renten. Bitte beachten Sie: Eine Steuerberatung dürfen wir nicht leisten.
> Mit freundlichen Grüßen, Ihr Versicherungsamt"""


# ================================================================ 021
@doc("word", "sprechtag-liste-ohne-kopfzeile")
def d21():
    rows = [
        ("08:00", "Baranowski, Edyta", (19, 3, 1962), "Baranowski", mobile(1)),
        ("08:20", "Hennecke, Karl-Otto", (7, 7, 1959), "Hennecke", landline("02935", 0)),
        ("08:40", "Mendes Pinto, Carla", (13, 10, 1960), "Mendes", mobile(4)),
        ("09:00", "Stavridis, Nikolaos", (2, 1, 1958), "Stavridis", landline("02932", 4)),
        ("09:20", "Freifrau von Fürstenberg, Adelheid", (24, 6, 1956), "Schade", landline("02931", 0)),
        ("09:40", "Çelik, Hatice", (11, 11, 1963), "Çelik", mobile(0)),
        ("10:00", "Brzęczek, Marian", (30, 4, 1957), "Brzęczek", mobile(2)),
        ("10:20", "Esposito, Carmela", (9, 8, 1961), "Russo", landline("02932", 3)),
    ]
    lines = [f"DRV-Sprechtag Rathaus Neheim 26.06.2025 – Berater DRV Westfalen: {P('Ulrich Sommerhoff')}", ""]
    for time, name, dob, birth, tel in rows:
        lines.append(f"{time};\"{P(name)}\";{DOB(fd(dob))};{SSN(rv(dob, birth, rng.choice([0, 1])))};{T(tel)}")
    lines += ["10:40;PAUSE;;;", "",
              f"Unterlagen bitte bis 24.06. an {P('Sommerhoff')} per Post, nicht per Mail (keine Verschlüsselung)."]
    return "\n".join(lines)


# ================================================================ 022
@doc("outlook", "beschwerde-wartezeit")
def d22():
    mother = (11, 11, 1935)
    return f"""Von: {E('r.wessel@gmx.net')}
Betreff: UNMÖGLICH!!! Knöllchen beim Warten auf Ihr Amt

ICH WAR HEUTE ZWEI STUNDEN IM RATHAUS WEGEN DER RENTE MEINER MUTTER UND KEINER HATTE ZEIT. Die Dame am Empfang sagte, Herr {P('Aydın')} ist nicht da und ich soll nächste Woche wiederkommen. Nächste Woche!!

In der Zeit habe ich auch noch ein Knöllchen bekommen, mein Wagen {KFZ(plate('HSK'))} stand auf dem Parkplatz hinter dem Rathaus, angeblich nur für Mitarbeiter. Schild sieht man nicht. Das zahle ich nicht, Kassenzeichen {AZ('5.2025.104477')}, bitte stornieren.

Meine Mutter {P('Elfriede Rüsche')}, geb. {DOB(fd(mother))}, fast 90, hat IMMER NOCH keinen Bescheid über die Witwenrente nach meinem Vater, der Antrag ist seit MÄRZ raus!!! Ihr Aktenzeichen: {AZ('VA 21/0077-2025')}. Sie hat seitdem kein Geld außer ihrer eigenen kleinen Rente.

Ich erwarte HEUTE noch einen Rückruf, {T(mobile(5))}.

{P('R. Wessel')}
{A('Ringstraße 40a')}, {A('59759 Arnsberg')}"""


# ================================================================ 023
@doc("word", "sterbefallmitteilungen-standesamt")
def d23():
    rows = [
        ("S 412/2025", "Klara Hömberg geb. Tillmann", (14, 2, 1931), "31.05.2025",
         ("Marienstraße 7", "59755 Arnsberg"), "verwitwet"),
        ("S 415/2025", "Giuseppe Cannavò", (2, 9, 1947), "01.06.2025",
         ("Sauerstraße 12", "59759 Arnsberg"), f"Ehefrau {P('Anna Cannavò')} geb. {P('Russo')}"),
        ("S 418/2025", "Wolfgang Ritter-Ebbers", (19, 5, 1952), "02.06.2025",
         ("Schützenstraße 3b", "59823 Arnsberg"), f"Ehefrau {P('Monika Ritter-Ebbers')}"),
        ("S 420/2025", "Fatma Aktaş", (1, 1, 1950), "03.06.2025",
         ("Ruhrstraße 88", "59759 Arnsberg"), f"Ehemann {P('Recep Aktaş')}"),
        ("S 423/2025", "Stanisław Zieliński", (23, 3, 1940), "04.06.2025",
         ("Breslauer Straße 21", "59755 Arnsberg"), "geschieden"),
        ("S 424/2025", "Maria Gorete Lopes", (8, 12, 1958), "05.06.2025",
         ("Marktstraße 5", "59821 Arnsberg"), f"Lebensgefährte {P('João Batista Neves')} (nicht verheiratet)"),
    ]
    lines = ["Standesamt Arnsberg – Mitteilung beurkundeter Sterbefälle an das Versicherungsamt",
             "Berichtszeitraum: 31.05.–06.06.2025 (KW 23) · nur Sterbefälle mit Wohnsitz im Stadtgebiet",
             "",
             "Reg.-Nr.\tVerstorbene/r\tgeb.\tgest.\tletzte Anschrift\tEhegatte/Hinterbliebene"]
    for reg, name, dob, died, (street, town), spouse in rows:
        lines.append(f"{AZ(reg)}\t{P(name)}\t{DOB(fd(dob))}\t{died}\t{A(street)}, {A(town)}\t{spouse}")
    lines += ["",
              "Hinweis: Bei Hinterbliebenen bitte Beratung zur Witwen-/Witwerrente anbieten (Anschreiben Vordruck 7).",
              f"i. A. {P('Kirsten Bödefeld')}, Standesamt"]
    return "\n".join(lines)


# ================================================================ 024
@doc("outlook", "kfz-hilfe-teilhabe", ["HEALTH"])
def d24():
    dob = (17, 5, 1991)
    return f"""Von: {P('Jannik Hölscher')} <{E('jannik.hoelscher@icloud.com')}>
Betreff: kfz-hilfe über die rentenversicherung??

hallo zusammen,

kurze frage, vielleicht bin ich bei euch auch falsch: ich hab seit 2021 die diagnose MS (schubförmig), arbeite aber noch vollzeit als industriekaufmann in meschede. autofahren mit kupplung wird immer schwieriger, linkes bein macht nicht mehr richtig mit. mein neurologe meint ich soll kfz-hilfe bei der rentenversicherung beantragen (automatik + umbau).

mein jetziges auto ({KFZ(plate('HSK', ' '))}) ist ein schalter, 11 jahre alt. kann ich den antrag bei euch stellen oder muss ich nach münster?

daten falls nötig:
geb {DOB(fd(dob, 'dmy2'))}
rv-nr {SSN(rv(dob, 'Hölscher', 1))}
krankenkasse barmer, versichertennr {KV(kvnr())}
wohne {A('Sankt-Georg-Straße 9')}, {A('59757 Arnsberg')}

danke & lg
{P('Jannik')}
{T(mobile(4))}"""


# ================================================================ 025
@doc("word", "telefonnotiz-patronato")
def d25():
    dob = (22, 12, 1953)
    cf = codice_fiscale("Vaccaro", "Calogero", dob, False, "B602")
    return f"""TELEFONNOTIZ
Datum/Zeit: 11.06.2025, 14:40
Angenommen von: {P('Brüggemann-Kordes')}

Anruferin: Sig.ra {P('Federica Mancuso')}, Patronato (Sozialberatungsstelle) in Köln
Rückruf: {T(landline('0221', 0))} · {E('f.mancuso@patronato-koeln.de')}

Betrifft: Herrn {P('Calogero Vaccaro')}, geb. {DOB(fd(dob))}
VSNR {SSN(rv(dob, 'Vaccaro', 0))} · Codice fiscale {TID(cf)}

Inhalt:
– INPS hat den E 205 IT inzwischen an die DRV übermittelt, die Zeiten 1969–1974 (Bau, Canicattì) sind bestätigt.
– Herr {P('Vaccaro')} lebt seit März wieder in Sizilien: {A('Via Roma 18')}, {A('92024 Canicattì (AG)')}. Die deutsche Rente soll künftig auf sein italienisches Konto gehen: {IB(iban_it())}.
– Das Patronato fragt, ob wir die Adressänderung und die neue Bankverbindung an die DRV weiterleiten können, oder ob Herr {P('Vaccaro')} das selbst mit Formular R0710 machen muss.
– Tochter in Arnsberg: {P('Rosaria Vaccaro-Busch')}, {T(mobile(1))}; hat Vollmacht.

Erledigung: Rückruf bis 13.06. zugesagt. Formular an Tochter per Post an {A('Vinckestraße 4')}, {A('59821 Arnsberg')}."""


# ================================================================ 026
@doc("outlook", "beglaubigung-gebuehr-ausland")
def d26():
    wife, k1, k2, k3 = (19, 4, 1962), (1, 8, 1985), (12, 1, 1988), (30, 6, 1991)
    return f"""Von: {P('Wolfgang Ebel')} <{E('w.ebel@sapo.pt')}>
Betreff: Beglaubigte Kopien für Rentenantrag meiner Frau – Gebühr per Kreditkarte

Sehr geehrte Damen und Herren,

meine Frau {P('Beate Ebel')}, geb. {P('Kersting')} (geb. {DOB(fd(wife, 'short'))}, Versicherungsnummer {SSN(rv(wife, 'Kersting', 0))}), stellt ihren Antrag auf Altersrente. Für die Kindererziehungszeiten braucht die Rentenversicherung beglaubigte Kopien der Geburtsurkunden unserer drei Kinder, die alle in Arnsberg geboren sind:

{P('Jana')}, geb. {DOB(fd(k1, 'short'))}
{P('Tim')}, geb. {DOB(fd(k2, 'short'))}
{P('Lukas')}, geb. {DOB(fd(k3, 'short'))}

Wir leben seit 2019 in Portugal und können nicht persönlich vorbeikommen. Bitte senden Sie die Kopien an:
{P('Wolfgang Ebel')}
{A('Rua das Flores 27, 2.º Esq.')}
{A('1200-194 Lisboa')}
PORTUGAL

Die Gebühr buchen Sie bitte von meiner Kreditkarte ab: VISA {CC(visa())}, gültig bis 09/27, Karteninhaber {P('Wolfgang Ebel')}. Falls Sie keine Kartenzahlung annehmen, überweise ich gern; dann schicken Sie mir bitte die Bankverbindung und das Kassenzeichen.

Zur Identifikation: Mein Reisepass hat die Nummer {PASS(ids.passport())}, eine Kopie hänge ich an. Telefonisch erreichen Sie mich unter {T(phone_foreign('PT'))}.

Mit freundlichen Grüßen aus Lissabon
{P('Wolfgang Ebel')}"""


# ================================================================ 027
@doc("word", "entwurf-einfache-sprache-witwenrente")
def d27():
    her, him = (10, 10, 1956), (3, 3, 1950)
    return f"""[Markierter Absatz – Auftrag an den KI-Assistenten: „In Einfache Sprache umformulieren“]

Frau
{P('Maria de Fátima Rodrigues')}
{A('Apothekerstraße 12')}
{A('59755 Arnsberg')}

Ihre Witwen-Rente
Ihr Zeichen bei uns: {AZ('VA 21/0402-2025')}
Ihre Versicherungs-Nummer: {SSN(rv(her, 'Rodrigues', 0))}
Versicherungs-Nummer von Ihrem Mann {P('Manuel Rodrigues Alves')}: {SSN(rv(him, 'Rodrigues', 0))}

Sehr geehrte Frau {P('Rodrigues')},

Ihr Mann ist gestorben. Das tut uns sehr leid.
Sie bekommen von der Renten-Versicherung eine Witwen-Rente.
Sie haben auch eigenes Geld: Ihre eigene Rente aus Deutschland und eine Rente aus Portugal.
Dieses Geld wird angerechnet. Das heißt: Die Witwen-Rente kann dadurch kleiner werden.

Die Renten-Versicherung braucht dafür noch ein Papier aus Portugal.
Auf dem Papier steht, wie viel Rente Sie aus Portugal bekommen.
Ihr Sohn {P('Paulo')} hat gesagt: Er fragt in Portugal nach.

Bitte schicken Sie uns das Papier bis zum 31. Juli 2025.
Haben Sie Fragen? Rufen Sie uns an: {T(YA_TEL)}.
Sie können auch vorbeikommen: {N(CITY_STREET)}, Zimmer 1.12.

Mit freundlichen Grüßen
{P('Yusuf Aydın')}"""


# ================================================================ 028
@doc("outlook", "antwort-mit-zitat-kindererziehung")
def d28():
    dob, deniz, baran = (4, 6, 1979), (3, 5, 1998), (22, 10, 2001)
    return f"""An: {P('Nurcan Şahin')} <{E('nurcan.sahin79@gmx.de')}>
Betreff: AW: frage mütterrente

Sehr geehrte Frau {P('Sahin')},

vielen Dank für Ihre Nachricht. Kindererziehungszeiten werden grundsätzlich nur für Zeiten angerechnet, in denen Sie Ihre Kinder in Deutschland erzogen haben. Für {P('Deniz')} und {P('Baran')} kommen daher die Zeiten ab Ihrem Zuzug im Jahr 2004 in Betracht; die Zeiten davor in der Türkei grundsätzlich nicht.

Bitte bringen Sie zu einem Termin die Geburtsurkunden beider Kinder (mit Übersetzung) und Ihre Meldebescheinigung mit. Einen Termin können Sie unter {T(TW_TEL)} vereinbaren.

Mit freundlichen Grüßen
i. A. {P('Theresa Wiethoff')}

-----
Am 12.06.2025 um 21:47 schrieb {P('nurcan şahin')} <{E('nurcan.sahin79@gmx.de')}>:
> hallo
> ich habe 2 kinder, {P('deniz')} geb {DOB(fd(deniz))} und {P('baran')} geb {DOB(fd(baran))}. ich bin 2004 nach deutschland gekommen mit kinder, mein mann {P('Murat')} war schon hier seit 1999.
> bekomme ich mütterrente auch für die jahre in türkei? meine freundin sagt ja
> meine versicherungsnummer {SSN(rv(dob, 'Şahin', 0))}
> handy {T(mobile(0))}
> {P('nurcan şahin')}
> {A('kolpingstr 3')} {A('59755 arnsberg')}"""


# ================================================================ 029
@doc("word", "uebergabe-offene-vorgaenge-tabelle", ["HEALTH", "UNION"])
def d29():
    rows = [
        ("VA 20/0231-2025", "Wiśniewska, Krystyna", "Kontenklärung PL, ZUS-Zeiten 1976–1990",
         f"Sohn {P('Tomasz W.')} ruft an; Termin bis KW 27"),
        ("VA 21/0385-2025", "Tigges-Mönnig, Hildegard", "Witwenrente, Vorschuss Sterbevierteljahr",
         "wartet auf KVNR + Steuer-ID"),
        ("VA 22/0412-2025", "Mazur-Baumann, Jolanta", "Halbwaisenrenten (2 Kinder)", "an DRV 06.06., erledigt"),
        ("VA 23/0197-2025", "Kamiński, Dariusz", "EM-Rente, Vertretung DGB Rechtsschutz",
         f"Kopie an RS {P('Humpert')} nicht vergessen"),
        ("VA 23/0204-2025", "Ahmetović, Senad", "EM-Rente nach Herzinfarkt, Reha läuft",
         f"Arztbericht Dr. {P('Sauerwald')} fehlt"),
        ("VA 20/0240-2025", "Gomes Ferreira, Luís", "Kontenklärung PT", f"Ehefrau {P('Helena')} bringt Unterlagen"),
        ("VA 24/0019-2025", "Leineweber, Heinz-Dieter", "Antrag Altersrente f. schwerbehinderte Menschen (GdB 50)",
         "Schwerbehindertenausweis in Kopie fehlt"),
    ]
    lines = ["Übergabeliste Urlaubsvertretung 16.–27.06.2025",
             f"von {P('A. Brüggemann-Kordes')} an {P('Y. Aydın')} (Vertretung) / {P('T. Wiethoff')} (Eingang)",
             "",
             "Az.              | Versicherte/r                 | Thema                              | Nächster Schritt"]
    for az, name, topic, nxt in rows:
        lines.append(f"{AZ(az)} | {P(name)} | {topic} | {nxt}")
    lines += ["",
              f"Telefonisch erreichbar im Notfall: nein. Akten liegen im Schrank Zimmer 1.10, Schlüssel bei Frau {P('Kemmerling')}."]
    return "\n".join(lines)


# ================================================================ 030
@doc("outlook", "bestatter-vorschuss-sterbevierteljahr", ["RELIGION"])
def d30():
    dob, widow = (16, 4, 1939), (9, 2, 1943)
    return f"""Von: Bestattungen {P('Hengesbach')} <{E('d.hengesbach@bestattungen-hengesbach.de')}>
An: {N(OFFICE_MAIL)}
Betreff: Sterbefall {P('Wilhelm Kersting')} – Vorschuss Sterbevierteljahr / Bestätigung Versicherungsnummer

Sehr geehrte Damen und Herren,

im Auftrag der Witwe, Frau {P('Rosemarie Kersting-Padberg')} (geb. {DOB(fd(widow))}), wohnhaft {A('Stiftsweg 2')}, {A('59823 Arnsberg')}, haben wir den Vorschuss auf die Witwenrente für das Sterbevierteljahr beim Renten Service beantragt. Der Verstorbene, Herr {P('Wilhelm Kersting')}, geb. {DOB(fd(dob, 'long'))}, Versicherungsnummer {SSN(rv(dob, 'Kersting', 3))}, ist am 08.06.2025 verstorben.

Der Renten Service verlangt nun eine Bestätigung der Versicherungsnummer der Witwe. Laut ihren Unterlagen lautet sie {SSN(rv(widow, 'Padberg', 0))}. Könnten Sie diese Nummer aus Ihren Unterlagen bestätigen? Frau {P('Kersting-Padberg')} ist heute bei der Vorbereitung des Gottesdienstes mit Pfarrer {P('Johannes Wienecke')} in der evangelischen Auferstehungskirche, in der sie seit vielen Jahren im Presbyterium mitarbeitet; sie hat uns gebeten, das für sie zu klären.

Für Ihre Unterlagen unsere Daten (Rechnung Bestattung an die Witwe, Kostenübernahme aus Sterbegeldversicherung):
Bestattungen {P('Hengesbach')} e. K., Inhaberin {P('Dorothea Hengesbach')}
{A('Mühlenstraße 3')}, {A('59823 Arnsberg')}
USt-IdNr. {VAT(ids.vat_id())} · Steuernummer {TNR(ids.tax_number_federal_nrw())}
Bankverbindung {IB(iban_de())}

Mit freundlichen Grüßen
{P('Dorothea Hengesbach')}
Bestattermeisterin
Tel. {T(landline('02937', 2))} (Tag und Nacht)"""


def main():
    out = []
    for i, (channel, template, flags, fn) in enumerate(DOCS, 1):
        out.append(build(f"F149-{i:03d}", channel, template, fn(), flags))
    assert len(out) == 30, len(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for obj in out:
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
