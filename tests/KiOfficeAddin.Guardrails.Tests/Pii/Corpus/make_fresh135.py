"""Blind test batch 135: central kindergarten place allocation office (Zentrale Kita-Platzvergabe) of a large city.

Invented correspondence with inline marks; every identifier with a check digit is valid. All randomness comes from
Identifiers(13535).rng, so two runs write identical bytes.
"""
import json
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from identifiers import Identifiers, group, icao_check, luhn_check, mod11_10_check  # noqa: E402
from marks import build  # noqa: E402

ids = Identifiers(13535)
rng = ids.rng

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh135.jsonl")

MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]

# Public office data: neutral spans.
SWITCH = "[[N|0203 283-0]]"
HOTLINE = "[[N|0203 283-2470]]"
MAILBOX = "[[N|kita-platzvergabe@stadt-duisburg.de]]"
OFFICE_STREET = "[[N|Schwanenstraße 5-7]]"
OFFICE_CITY = "[[N|47051 Duisburg]]"

STREETS = ["Weseler Straße", "Kaiser-Wilhelm-Straße", "Wanheimer Straße", "Düsseldorfer Landstraße",
           "Friedrich-Ebert-Straße", "Am Schlütershof", "Hagenshof", "Im Schlenk", "Bonifatiusstraße",
           "Heerstraße", "Paul-Esch-Straße", "Kreuzstraße", "Am Alten Angerbach", "Zur Sandmühle",
           "Obermarxloher Straße", "Gneisenaustraße", "Lotharstraße", "Auf dem Damm", "Von-der-Mark-Straße",
           "Platanenhof", "Ruhrorter Straße", "Fischerstraße", "In den Haesen", "Schwarzer Weg",
           "Hochfeldstraße", "Krummacherstraße", "Sittardsberger Allee", "Am Bönnekamp", "Emscherstraße",
           "Talbahnstraße", "Bergiusstraße", "Rheinpreußenstraße", "Hohenzollernplatz", "Lange Kamp"]
PLZ = ["47051", "47053", "47055", "47057", "47058", "47059", "47119", "47137", "47138", "47139", "47166",
       "47167", "47169", "47178", "47179", "47198", "47199", "47226", "47228", "47229", "47239", "47249",
       "47259", "47269", "47279"]


# ---------------------------------------------------------------- small generators (all from rng)
def hn():
    n = str(rng.randint(1, 196))
    r = rng.random()
    if r < 0.12:
        n += rng.choice("abc")
    elif r < 0.17:
        n = f"{n}-{int(n) + 2}"
    return n


def street(name=None):
    return f"{name or rng.choice(STREETS)} {hn()}"


def plz():
    return rng.choice(PLZ)


def dob(y0, y1):
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(y0, y1)


def fd(t, style="dmy"):
    d, m, y = t
    if style == "dmy":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "short":
        return f"{d}.{m}.{y}"
    if style == "yy":
        return f"{d:02d}.{m:02d}.{y % 100:02d}"
    if style == "long":
        return f"{d}. {MONTHS[m - 1]} {y}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "slash":
        return f"{d:02d}/{m:02d}/{y}"
    raise ValueError(style)


def ddmmyy(t):
    d, m, y = t
    return f"{d:02d}{m:02d}{y % 100:02d}"


def mobile(style=None):
    pre = rng.choice(["0151", "0152", "0157", "0159", "0160", "0162", "0163", "0170", "0171", "0172", "0173",
                      "0174", "0175", "0176", "0177", "0178", "0179"])
    n = 8 if pre.startswith("015") else rng.choice([7, 8])
    sub = ids.digits(n, first_nonzero=True)
    style = style or rng.choice(["space", "slash", "dash", "intl", "intl0", "compact", "grouped"])
    if style == "space":
        return f"{pre} {sub}"
    if style == "slash":
        return f"{pre}/{sub}"
    if style == "dash":
        return f"{pre}-{sub[:3]} {sub[3:]}"
    if style == "intl":
        return f"+49 {pre[1:]} {sub}"
    if style == "intl0":
        return f"+49 (0){pre[1:]} {sub[:4]} {sub[4:]}"
    if style == "compact":
        return f"+49{pre[1:]}{sub}"
    return f"{pre} {sub[:3]} {sub[3:]}"


def landline(area="0203", style=None):
    sub = ids.digits(rng.choice([6, 7]))
    sub = rng.choice("2345789") + sub[1:]
    style = style or rng.choice(["space", "slash", "paren", "intl", "dash", "pairs"])
    if style == "space":
        return f"{area} {sub}"
    if style == "slash":
        return f"{area}/{sub}"
    if style == "paren":
        return f"({area}) {sub}"
    if style == "intl":
        return f"+49 {area[1:]} {sub}"
    if style == "dash":
        return f"{area}-{sub}"
    pairs = " ".join(sub[i:i + 2] for i in range(0, len(sub), 2))
    return f"{area} / {pairs}"


def phone_ua():
    return f"+380 {rng.choice(['50', '63', '66', '67', '68', '73', '93', '95', '96', '97', '98', '99'])} " \
           f"{ids.digits(3)} {ids.digits(2)} {ids.digits(2)}"


def phone_pl():
    return f"+48 {rng.choice(['50', '51', '53', '60', '66', '69', '72', '78', '88'])}{ids.digits(1)} " \
           f"{ids.digits(3)} {ids.digits(3)}"


def phone_ng():
    return f"+234 {rng.choice(['803', '806', '813', '816', '703', '706', '805', '807', '809', '817'])} " \
           f"{ids.digits(3)} {ids.digits(4)}"


def phone_vn():
    return f"+84 {rng.choice(['90', '91', '93', '94', '96', '97', '98', '35', '36', '38'])} " \
           f"{ids.digits(3)} {ids.digits(4)}"


def phone_tr():
    return f"+90 5{rng.choice(['32', '33', '35', '36', '42', '43', '44', '05', '06', '07'])} " \
           f"{ids.digits(3)} {ids.digits(2)} {ids.digits(2)}"


def phone_ro():
    return f"+40 7{rng.choice(['22', '23', '24', '26', '28', '40', '44', '45', '51', '55'])} " \
           f"{ids.digits(3)} {ids.digits(3)}"


TRANS = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ı": "i", "ł": "l", "đ": "d", "ø": "o"}


def ascii_name(s):
    s = "".join(TRANS.get(c, c) for c in s.lower())
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).replace(" ", "").replace("'", "")


def email(first, last, domain=None, style=None):
    f, l = ascii_name(first), ascii_name(last)
    domain = domain or rng.choice(["gmail.com", "web.de", "gmx.de", "t-online.de", "outlook.de", "yahoo.de",
                                   "icloud.com", "gmx.net", "hotmail.com", "posteo.de"])
    style = style or rng.choice(["dot", "initial", "num", "under", "lastfirst"])
    if style == "dot":
        local = f"{f}.{l}"
    elif style == "initial":
        local = f"{f[0]}.{l}"
    elif style == "num":
        local = f"{f}{l}{rng.randint(1, 99)}"
    elif style == "under":
        local = f"{f}_{l}"
    else:
        local = f"{l}.{f[0]}{rng.randint(80, 99)}"
    return f"{local}@{domain}"


def vm():
    return f"VM-{rng.choice(['2024', '2025'])}-{ids.digits(6)}"


def az():
    return f"51-31/KT {rng.choice(['2024', '2025'])}/{ids.digits(4, True)}"


def iban_de(grouped=True):
    v = ids.iban_de()
    return group(v, 4) if grouped else v


def mod97(country, bban):
    """ISO 13616 / ISO 7064 MOD 97-10, letters as 10..35."""
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def creditor_id():
    """SEPA creditor identifier DEkkZZZ0 + 10 digits: MOD 97-10 over the national part, business code skipped."""
    national = "0" + ids.digits(10)
    digits = "".join(str(int(c, 36)) for c in national + "DE00")
    return f"DE{98 - int(digits) % 97:02d}ZZZ{national}"


def tax_id(grouped=False):
    v = ids.tax_id()
    assert mod11_10_check(v[:10]) == int(v[10])
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if grouped else v


def ssn(birth, letter, spaced=True):
    v = ids.social_security(ddmmyy(birth), letter)
    return f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}" if spaced else v


def card(prefix, grouping=" "):
    v = ids.credit_card(prefix, 16)
    assert luhn_check(v[:-1]) == int(v[-1])
    return group(v, 4, grouping) if grouping else v


def id_card(check=False):
    v = ids.id_card(check)
    if check:
        assert icao_check(v[:9]) == int(v[9])
    return v


def kv():
    return ids.health_insurance()


def plate(district="DU"):
    letters = "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(rng.choice([1, 2])))
    return f"{district}-{letters} {rng.randint(1, 9999)}"


def ua_passport():
    return rng.choice(["FA", "FB", "FE", "FK", "FM", "FT", "FX"]) + ids.digits(6)


def ro_passport():
    return "0" + ids.digits(7)


def dob_m(y, m0=1, m1=12):
    return rng.randint(1, 28), rng.randint(m0, m1), y


# Children who recur in several documents keep one birth date, Vormerknummer and Aktenzeichen.
KID = {}
for _name, _birth in [("Rama Al-Hassan", (2023, 1, 12)), ("Sofiia Kovalenko", (2021, 1, 12)),
                      ("Chidera Okonkwo", (2022, 1, 6)), ("Frieder Brinkmann", (2024, 8, 12)),
                      ("Defne Aydın", (2024, 5, 5)), ("Minh Khoa Nguyen", (2022, 1, 12)),
                      ("Jonas Wiegand", (2022, 1, 12)), ("Yusuf Koç", (2021, 1, 12)),
                      ("Berat Şahin", (2022, 1, 12)), ("Tobi Adeyemi", (2022, 1, 6)),
                      ("Denisa Căldăraru", (2020, 1, 9)), ("Antoni Lewandowski", (2023, 1, 12)),
                      ("Adaeze Okafor", (2022, 1, 12)), ("Mia Schürmann", (2022, 7, 12)),
                      ("Hamza Benali", (2022, 1, 12)), ("Pham Gia Huy", (2023, 1, 12)),
                      ("Emma-Louise Bergkamp", (2024, 1, 12))]:
    KID[_name] = {"dob": dob_m(*_birth), "vm": vm(), "az": az()}
SAMIRA_TEL = mobile("compact")
NORTH_PLZ = ["47166", "47167", "47169", "47178", "47179", "47137", "47138", "47139"]


# ---------------------------------------------------------------- documents
DOCS = []


def doc(channel, template, flags=()):
    def deco(fn):
        DOCS.append((channel, template, list(flags), fn))
        return fn
    return deco


@doc("outlook", "antrag-geschwisterkind")
def d01():
    b = KID["Rama Al-Hassan"]["dob"]
    v = KID["Rama Al-Hassan"]["vm"]
    s = street("Kaiser-Wilhelm-Straße")
    t1, t2 = mobile("space"), mobile("slash")
    mail = f"m.alhassan{rng.randint(80, 95)}@gmail.com"
    return f"""Betreff: Antrag Kita-Platz für unsere Tochter – Geschwisterkind, Vormerknummer [[AZ|{v}]]

Sehr geehrte Damen und Herren,

mein Name ist [[P|Mohammad Al-Hassan]]. Ich schreibe wegen unsere Tochter [[P|Rama Al-Hassan]], geboren am [[DOB|{fd(b)}]]. Wir haben sie im Januar über den Kita-Navigator angemeldet. Ihr großer Bruder [[P|Yousef]] besucht schon die Städtische Kita Marxloher Spatzen in der [[N|Henriettenstraße 12]], deshalb wünschen wir für Rama einen Platz in derselben Einrichtung. Die Leiterin Frau [[P|Karakaya]] hat uns gesagt, Geschwisterkinder haben Vorrang, aber wir müssen das bei Ihnen noch einmal schriftlich mitteilen.

Meine Frau [[P|Nour Kassem]] beginnt ab 1. September einen Integrationskurs bei der VHS, jeden Vormittag vier Stunden. Ich arbeite als Lagerist bei einer Spedition in Walsum, Frühschicht ab 6 Uhr. Wenn Rama keinen Platz bekommt, kann meine Frau den Kurs nicht machen.

Unsere Adresse: [[A|{s}]], [[A|47169 Duisburg]]
Telefon: [[T|{t1}]] (ich) oder [[T|{t2}]] (meine Frau)
E-Mail: [[E|{mail}]]

Vielen Dank für Ihre Hilfe und entschuldigen Sie meine Fehler im Deutsch.

Mit freundlichen Grüßen
[[P|Mohammad Al-Hassan]]"""


@doc("outlook", "beschwerde-warteliste-informell", ["HEALTH"])
def d02():
    v = vm()
    b = dob(2024, 2024)
    s = f"stepelsche str {rng.randint(2, 90)}"
    t = mobile("space")
    mail = f"jenny.k{rng.randint(88, 99)}@web.de"
    return f"""Von: [[P|Jenny Kowalski]] <[[E|{mail}]]>
An: {MAILBOX}
Betreff: WARUM KEIN PLATZ?????

hallo

ich hab meinen sohn [[P|ben]] im november angemeldet und jetzt is juli und ich hab IMMER noch nix gehört. vormerknummer is [[AZ|{v}]] glaub ich. meine elternzeit is im oktober rum und mein chef beim rewe sagt wenn ich dann nich komm muss er jemand anders nehmen. ich bin alleinerziehend der vater zahlt nix und meldet sich nich, hab sonst keinen der auf [[P|ben]] aufpassen kann meine mutter wohnt in rostock

mir gehts ehrlich gesagt psychisch grad echt mies, die hausärztin hat mir schon was gegen die panikattacken aufgeschrieben und ich schlaf kaum noch

[[P|ben]] is am [[DOB|{fd(b, 'short')}]] geboren falls sie das brauchen, wir wohnen [[A|{s}]] in [[A|47169 duisburg]]. ruft mich an [[T|{t}]] oder schreibt hier
bitte bitte irgendwas, egal welche kita, auch bei den evangelischen oder so. danke

[[P|jenny kowalski]]"""


@doc("outlook", "weiterleitung-kita-leitung")
def d03():
    b = KID["Sofiia Kovalenko"]["dob"]
    v = KID["Sofiia Kovalenko"]["vm"]
    s = street("Moerser Straße")
    p = ua_passport()
    t_ua, t_de = phone_ua(), mobile("space")
    mail = f"olena.kovalenko{rng.randint(84, 95)}@ukr.net"
    return f"""Von: [[P|Thorsten Mews]] <[[E|t.mews@ev-familienzentrum-arche.de]]>
Gesendet: Dienstag, 8. Juli 2025 09:14
An: Kita-Platzvergabe <{MAILBOX}>
Cc: [[P|Heike Schulte-Bockholt]] <[[E|h.schulte-bockholt@stadt-duisburg.de]]>
Betreff: WG: Platz für Sofiia – bitte um Prüfung

Liebe Kolleginnen,

anbei die Mail von Frau [[P|Kovalenko]], die heute früh mit ihrer Tochter bei uns vor der Tür stand. Wir hätten zum 1.9. einen Ü3-Platz frei (Gruppe Regenbogen), die Vergabe läuft aber ja über euch. Nach meinem Eindruck ist es dringend, die Mutter hat eine Stelle in Aussicht. [[P|Sofiia]] wäre bei uns gut aufgehoben, wir haben mit Frau [[P|Tkachenko]] eine ukrainischsprachige Ergänzungskraft im Team.

Gruß
[[P|Thorsten Mews]]
Leitung Ev. Familienzentrum Arche
[[N|Beckstraße 27]], [[N|47198 Duisburg]]
Tel. [[N|02066 419280]]

-----Ursprüngliche Nachricht-----
Von: [[P|Olena Kovalenko]] <[[E|{mail}]]>
Gesendet: Montag, 7. Juli 2025 22:47
An: [[N|info@ev-familienzentrum-arche.de]]
Betreff: Platz für Sofiia

Sehr geehrter Herr [[P|Mews]],

ich heiße [[P|Olena Kovalenko]], ich bin mit meiner Tochter [[P|Sofiia Kovalenko]] (geb. [[DOB|{fd(b)}]]) im März 2022 aus Charkiw gekommen. Wir wohnen jetzt in Homberg, [[A|{s}]], [[A|47198 Duisburg]]. Im Kita-Navigator sind wir seit Oktober registriert, Nummer [[AZ|{v}]]. Eine Zahnarztpraxis in Moers hat mir eine Stelle ab September angeboten, aber nur wenn Sofiia vormittags betreut ist.
Für die Anmeldung habe ich meinen Reisepass Nr. [[PASS|{p}]] und die Aufenthaltserlaubnis nach § 24 AufenthG.
Mein Telefon: [[T|{t_de}]], ukrainische Nummer [[T|{t_ua}]] (Viber)

Дякую / Vielen Dank!
[[P|Olena Kovalenko]]"""


@doc("outlook", "bitte-alleinerziehend", ["ETHNICITY"])
def d04():
    b = KID["Chidera Okonkwo"]["dob"]
    v = KID["Chidera Okonkwo"]["vm"]
    s = street()
    pl = plz()
    t = mobile("dash")
    mail = email("Blessing", "Okonkwo", "gmx.de", "dot")
    return f"""Betreff: Bitte um Hilfe – Kita-Platz für Chidera ([[AZ|{v}]])

Sehr geehrte Damen und Herren,
sehr geehrter Herr [[P|Pott]],

Sie haben mir am Telefon am 23. Juni gesagt, ich soll alles noch einmal aufschreiben. Das mache ich hiermit.

Ich bin [[P|Blessing Okonkwo]], Mutter von [[P|Chidera Okonkwo]], geboren [[DOB|{fd(b, 'long')}]]. Ich ziehe Chidera alleine groß. Ihr Vater, [[P|Emeka Nwosu]], lebt seit 2023 wieder in Lagos und hat keinen Kontakt zu uns. Ich arbeite als Pflegefachkraft auf einer Intensivstation in Duisburg-Nord, im Wechselschicht- und Nachtdienst. Im Moment passt eine Nachbarin auf Chidera auf, aber sie zieht im August weg.

Ich bin seit 19 Monaten auf der Warteliste. Ich habe gehört, dass Alleinerziehende Vorrang haben. Trotzdem haben Familien aus unserem Haus, die später angemeldet haben, schon eine Zusage. Ich will niemandem etwas unterstellen, aber ich habe das Gefühl, dass wir als schwarze Familie bei den Kitas hier immer hinten landen. Bei einer Besichtigung hat eine Erzieherin gefragt, ob Chidera „überhaupt Deutsch versteht“. Sie ist in Duisburg geboren.

Ich bitte Sie sehr, meinen Antrag noch einmal zu prüfen. Die Bescheinigung meines Arbeitgebers und den Dienstplan für August hänge ich an.

Meine Anschrift: [[A|{s}]]
[[A|{pl} Duisburg]]
Mobil [[T|{t}]]
[[E|{mail}]]

Mit freundlichen Grüßen
[[P|Blessing Okonkwo]]"""


@doc("outlook", "regenbogenfamilie-konfession", ["SEXUAL_ORIENTATION", "RELIGION"])
def d05():
    b = KID["Frieder Brinkmann"]["dob"]
    v = KID["Frieder Brinkmann"]["vm"]
    s = street()
    pl = plz()
    t = mobile("grouped")
    mail = email("Katharina", "Brinkmann", "posteo.de", "initial")
    return f"""Betreff: Frage zur Vergabe in konfessionellen Kitas – Vormerkung [[AZ|{v}]]

Guten Tag,

wir sind zwei Mütter und haben unseren Sohn [[P|Frieder Brinkmann]] (geb. [[DOB|{fd(b, 'yy')}]]) für das Kita-Jahr 2025/26 vorgemerkt. Als Wunsch-Kita haben wir die Kath. Kita St. Peter angegeben, weil sie 300 Meter von uns entfernt ist. Jetzt hat uns eine Bekannte erzählt, dass katholische Einrichtungen bei „nicht passenden“ Familien gern ablehnen.

Deshalb ganz offen: Meine Frau, [[P|Dr. Aylin Brinkmann-Sezer]], und ich sind seit 2019 verheiratet, ich habe Frieder zur Welt gebracht, meine Frau hat ihn adoptiert. Ich bin katholisch getauft und singe sogar im Kirchenchor von St. Peter, meine Frau ist konfessionslos. Spielt das bei der Vergabe eine Rolle? Und dürfen die Kita oder der Träger nach unserer Familienform fragen?

Falls Sie uns eher eine städtische Kita empfehlen würden, nehmen wir gern einen Rat an. Wir sind beide Vollzeit berufstätig.

Viele Grüße
[[P|Katharina Brinkmann]]
[[A|{s}]], [[A|{pl} Duisburg]]
[[T|{t}]] · [[E|{mail}]]"""


@doc("outlook", "drohung-rechtsanwalt", ["POLITICS"])
def d06():
    b = KID["Defne Aydın"]["dob"]
    a = KID["Defne Aydın"]["az"]
    s = street()
    pl = plz()
    t = mobile("intl")
    mail = email("Emre", "Aydın", "t-online.de", "dot")
    return f"""Betreff: LETZTE FRIST – Rechtsanspruch auf U3-Platz, Ihr Zeichen [[AZ|{a}]]

Sehr geehrte Frau Dr. [[P|Terhorst-Lang]],

meine Frau [[P|Merve Aydın]] und ich haben unsere Tochter [[P|Defne Aydın]], geboren am [[DOB|{fd(b)}]], fristgerecht sechs Monate vor Betreuungsbeginn angemeldet. Seit dem 1. Juni hat Defne einen Rechtsanspruch nach § 24 Abs. 2 SGB VIII. Bis heute haben wir WEDER einen Platz NOCH eine schriftliche Begründung erhalten. Ihre Mitarbeiterin hat uns am Telefon gesagt, wir sollen „Geduld haben“. Das ist keine Antwort einer Behörde.

Ich sitze selbst für die SPD in der Bezirksvertretung Hamborn und weiß, wie viele Plätze im Haushalt stehen und wie viele davon tatsächlich belegt sind. Ich werde das Thema in der nächsten Sitzung auf die Tagesordnung setzen lassen, wenn sich bis zum 31.07.2025 nichts tut.

Außerdem haben wir Rechtsanwältin [[P|Dr. Zeynep Çelik-Hartmann]], [[A|Königstraße 48]], [[A|47051 Duisburg]], mandatiert. Sie hat uns bestätigt, dass der Verdienstausfall meiner Frau nach dem Urteil des BGH vom 20.10.2016 ([[N|III ZR 278/15]]) erstattungsfähig ist. Frau [[P|Çelik-Hartmann]] wird sich ab dem 1. August direkt bei Ihnen melden.

Ich erwarte eine schriftliche Antwort an unsere Adresse: [[A|{s}]], [[A|{pl} Duisburg]].

[[P|Emre Aydın]]
Tel. [[T|{t}]]
[[E|{mail}]]"""


@doc("outlook", "antwort-entwurf-mit-zitat")
def d07():
    b = KID["Minh Khoa Nguyen"]["dob"]
    v = KID["Minh Khoa Nguyen"]["vm"]
    s = street()
    pl = plz()
    t = mobile("compact")
    mail = email("Mai", "Tran", "gmail.com", "lastfirst")
    return f"""An: [[E|{mail}]]
Betreff: AW: Anfrage Kita Platz fuer Khoa – Vormerknummer [[AZ|{v}]]

Sehr geehrte Frau [[P|Tran]], sehr geehrter Herr [[P|Nguyen]],

vielen Dank für Ihre Nachricht. Ihr Sohn [[P|Minh Khoa Nguyen]] ist bei uns seit dem 14.02.2025 für einen Ü3-Platz vorgemerkt. Die Hauptvergabe für das Kita-Jahr 2025/26 ist abgeschlossen; frei werdende Plätze vergeben wir laufend in einer Nachrückrunde. Khoa steht für die AWO-Kita Sonnenblume derzeit auf Rang 4.

Bitte reichen Sie uns noch die Arbeitsbescheinigung von Herrn [[P|Nguyen]] nach (die Ihres Arbeitgebers liegt vor). Gern können Sie auch weitere Wunsch-Kitas im Kita-Navigator ergänzen, das erhöht die Chance deutlich.

Mit freundlichen Grüßen
Im Auftrag
[[P|Jana Wiczorek]]
Stadt Duisburg – Jugendamt, Zentrale Kita-Platzvergabe
{OFFICE_STREET}, {OFFICE_CITY}
Servicetelefon {HOTLINE}

> Von: [[P|Tran Thi Mai]] <[[E|{mail}]]>
> Gesendet: Freitag, 4. Juli 2025 21:03
> An: {MAILBOX}
> Betreff: Anfrage Kita Platz fuer Khoa
>
> Guten Tag,
> mein Mann [[P|Nguyen Van Duc]] und ich fragen nach Kita Platz fuer unsere Sohn [[P|Nguyen Minh Khoa]], geb. [[DOB|{fd(b)}]].
> Wir wohnen [[A|{s}]], [[A|{pl} Duisburg]]. Ich arbeite im Nagelstudio meiner Schwester [[P|Tran Thi Hoa]] in Neudorf, mein Mann im Restaurant.
> Khoa spricht Vietnamesisch und ein bisschen Deutsch, er braucht Kita fuer Schule.
> Telefon [[T|{t}]]
> Danke schön
> [[P|Mai Tran]]"""


@doc("outlook", "tagespflege-geldleistung")
def d08():
    s = street("Am Rösberg")
    birth = dob(1979, 1979)
    rv = ssn(birth, "H")
    stnr = ids.tax_number_nrw()
    ib = iban_de()
    kfz = plate("DU")
    t = mobile("slash")
    b1, b2, b3 = dob(2024, 2024), dob(2024, 2024), KID["Pham Gia Huy"]["dob"]
    return f"""Von: Kindertagespflege Zwergenstübchen <[[E|zwergenstuebchen.terhaar@gmx.de]]>
An: [[P|Heike Schulte-Bockholt]] <[[E|h.schulte-bockholt@stadt-duisburg.de]]>
Betreff: Belegung ab 01.08. + Unterlagen laufende Geldleistung

Hallo Frau [[P|Schulte-Bockholt]],

wie besprochen die Belegung meiner Tagespflegestelle ab dem 1. August:
- [[P|Mats Überholz]], geb. [[DOB|{fd(b1)}]], 35 Std.
- [[P|Amara Eze]], geb. [[DOB|{fd(b2)}]], 45 Std. (Eingewöhnung ab 11.08.)
- [[P|Pham Gia Huy]], geb. [[DOB|{fd(b3)}]], 25 Std., wechselt zum 1.2. in die Kita

Für die Erstattung der Rentenversicherungsbeiträge: meine Versicherungsnummer ist [[SSN|{rv}]]. Die Steuernummer für die Anlage S lautet [[TNR|{stnr}]]. Die laufende Geldleistung bitte ab sofort auf das neue Konto [[IBAN|{ib}]] (Sparkasse Duisburg), das alte Konto bei der Volksbank ist gekündigt.

Für Ausflüge nutze ich weiterhin meinen Kombi mit dem Kennzeichen [[KFZ|{kfz}]], die Kindersitze sind neu (Nachweis hängt an).

Die Tagespflege bleibt wie gehabt bei mir zu Hause: [[A|{s}]], [[A|47259 Duisburg]]. Handy [[T|{t}]].

Liebe Grüße
[[P|Sandra ter Haar]]"""


@doc("outlook", "fruehfoerderung-integrationsplatz", ["HEALTH"])
def d09():
    b = KID["Jonas Wiegand"]["dob"]
    k = kv()
    v = KID["Jonas Wiegand"]["vm"]
    s = street()
    pl = plz()
    t = landline("0203", "slash")
    return f"""Von: [[P|Miriam Adjei-Brenner]] <[[E|m.adjei-brenner@lebenshilfe-ff-duisburg.de]]>
An: [[P|Kübra Demirtaş]] <[[E|k.demirtas@stadt-duisburg.de]]>
Cc: [[E|{email('Svenja', 'Wiegand', 'web.de', 'dot')}]]
Betreff: Integrativer Platz für Jonas Wiegand – Stellungnahme Frühförderung

Sehr geehrte Frau [[P|Demirtaş]],

mit Einverständnis der Eltern ([[P|Svenja]] und [[P|Lars Wiegand]]) sende ich Ihnen unsere Stellungnahme zur Vorbereitung der Vergabekonferenz.

[[P|Jonas Wiegand]], geb. [[DOB|{fd(b)}]], wird seit Februar 2024 in unserer Frühförderstelle heilpädagogisch gefördert. Im Sozialpädiatrischen Zentrum wurde im April durch [[P|Dr. Ulrich Haferkamp]] eine Autismus-Spektrum-Störung (F84.0) diagnostiziert. Jonas spricht bisher etwa zehn Wörter, reagiert sehr stark auf Lärm und braucht feste Bezugspersonen. Eine Regelgruppe mit 25 Kindern wäre aus unserer Sicht eine Überforderung; wir empfehlen dringend einen Platz in einer Gruppe mit reduzierter Gruppenstärke und zusätzlicher Fachkraft (Basisleistung I über den LVR).

Krankenversichertennummer des Kindes (für den Antrag beim LVR): [[KV|{k}]]
Vormerknummer: [[AZ|{v}]]
Anschrift der Familie: [[A|{s}]], [[A|{pl} Duisburg]], Tel. [[T|{t}]]

Für Rückfragen erreichen Sie mich dienstags bis donnerstags.

Mit freundlichen Grüßen
[[P|Miriam Adjei-Brenner]]
Heilpädagogin (B.A.)
Interdisziplinäre Frühförderstelle"""


@doc("outlook", "essensgeld-doppelt-abgebucht")
def d10():
    kn = f"EB-{ids.digits(7, True)}"
    cc = card("4", "")
    pl_iban = mod97("PL", ids.digits(24))
    t = mobile("space")
    t_pl = phone_pl()
    mail = email("Tomasz", "Kowalczyk", "wp.pl", "dot")
    return f"""Betreff: Essensgeld 2x bezahlt - Kundennummer [[AZ|{kn}]]

Dzień dobry / Guten Tag,

ich bin Vater von [[P|Zofia Kowalczyk]] (Kita Zauberwald, Gruppe Igel). Am 2. Juli ich habe über das Online-Portal das Essensgeld für Juli bezahlt, 62 Euro, mit meine Kreditkarte [[CC|{cc}]]. Das Portal hat Fehler gezeigt und ich habe nochmal bezahlt. Jetzt ist 2x 62 Euro von der Karte weg.

Bitte zurück überweisen 62 Euro. Mein deutsches Konto ist zu seit Juni, weil wir wechseln Bank. Bitte auf das Konto von meiner Frau [[P|Magdalena Kowalczyk]] in Polen:
[[IBAN|{pl_iban}]] (PKO Bank Polski)

Wenn Sie Fragen haben bitte anrufen [[T|{t}]] oder in August [[T|{t_pl}]], wir sind dann bei Familie in Opole.

Dziękuję,
[[P|Tomasz Kowalczyk]]
[[E|{mail}]]"""


@doc("outlook", "interne-rueckrufliste", ["HEALTH"])
def d11():
    v1, v2, v3, v4 = KID["Berat Şahin"]["vm"], KID["Tobi Adeyemi"]["vm"], vm(), vm()
    t1, t2, t3, t4 = landline("0203", "space"), mobile("slash"), mobile("dash"), mobile("space")
    s3 = street()
    return f"""Von: [[P|Reinhold Pott]]
An: [[P|Kübra Demirtaş]]
Betreff: Rückrufe bis Freitag – bin ab morgen im Urlaub

Hi Kübra,

kannst du bitte die folgenden Rückrufe übernehmen? Notizen hab ich im Fachverfahren hinterlegt.

1) Fam. [[P|Şahin]] (Mutter [[P|Hatice]]) – [[AZ|{v1}]] – [[T|{t1}]] – will wissen, ob die Zusage Sonnenblume für den kleinen [[P|Berat]] wirklich ab 1.8. gilt oder erst ab 1.9. Steht im Bescheid falsch, glaube ich, bitte prüfen.
2) Herr [[P|Oluwaseun Adeyemi]] – [[AZ|{v2}]] – [[T|{t2}]] – seine Frau hat eine Risikoschwangerschaft und liegt seit letzter Woche stationär, er braucht dringend was für den Großen ([[P|Tobi]], 3 J.). Kommt ggf. als Härtefall in die Konferenz, hab [[P|Sabine]] schon Bescheid gesagt.
3) Frau [[P|M. Zielińska]] – [[AZ|{v3}]] – [[T|{t3}]] – neue Adresse ab 15.7.: [[A|{s3}]], [[A|47228 Duisburg]]. Will deshalb lieber nach Rheinhausen wechseln, Wunschliste muss geändert werden.
4) [[P|Friedhelm Brockhoff]] (Opa von [[P|Lia Brockhoff]]) – [[AZ|{v4}]] – [[T|{t4}]] – war sehr ungehalten, hat zweimal auf der Hotline angerufen. Bitte nur mit Vollmacht der Mutter Auskunft geben!

Danke dir, ich bring dir was aus Holland mit ;-)
[[P|Reinhold]]"""


@doc("outlook", "religion-verpflegung-diabetes", ["RELIGION", "HEALTH"])
def d12():
    b = KID["Yusuf Koç"]["dob"]
    k = kv()
    v = KID["Yusuf Koç"]["vm"]
    s = street()
    pl = plz()
    t = mobile("intl0")
    t_tr = phone_tr()
    mail = email("Elif", "Yıldırım", "outlook.de", "num")
    return f"""Betreff: Fragen vor der Platzannahme (Yusuf Koç, [[AZ|{v}]])

Sehr geehrte Damen und Herren,

wir haben für unseren Sohn [[P|Yusuf Koç]] (geb. [[DOB|{fd(b, 'short')}]]) ein Platzangebot für die Städtische Kita Janusz-Korczak-Haus erhalten und freuen uns sehr. Bevor wir den Platz annehmen, haben wir zwei Fragen.

1. Yusuf hat seit einem Jahr Diabetes Typ 1 und trägt eine Insulinpumpe mit Sensor. Er braucht Hilfe beim Kohlenhydrate-Zählen vor dem Mittagessen. Sind die Erzieherinnen dafür geschult oder bekommt er eine Integrationshilfe? Unser Kinderdiabetologe, [[P|Dr. Kai-Uwe Lensing]], würde eine Schulung im Team übernehmen. Für den Antrag auf Teilhabeassistenz: Krankenversichertennummer [[KV|{k}]].

2. Wir sind Muslime und essen kein Schweinefleisch, auch keine Gelatine. Gibt es in der Kita ein Essen ohne Schwein? In der Kita von meiner Nichte gibt es das jeden Tag.

Mein Mann [[P|Burak Koç]] ist tagsüber schwer erreichbar, bitte rufen Sie mich an: [[T|{t}]]. Im Urlaub in der Türkei (bis 10.08.) bin ich unter [[T|{t_tr}]] erreichbar.

Freundliche Grüße
[[P|Elif Yıldırım-Koç]]
[[A|{s}]]
[[A|{pl} Duisburg]]
[[E|{mail}]]""".replace("Janusz-Korczak-Haus", "[[N|Janusz-Korczak-Haus]]")


@doc("outlook", "arbeitgeber-belegplatz")
def d13():
    b = KID["Antoni Lewandowski"]["dob"]
    v = KID["Antoni Lewandowski"]["vm"]
    t = "0203 80457-213"
    return f"""Von: [[P|Stefanie Haverkamp]] <[[E|s.haverkamp@rheinhafen-logistik.de]]>
An: {MAILBOX}
Betreff: Belegplatz-Kontingent Kita Hafenzwerge – Mitarbeiterkind

Sehr geehrte Damen und Herren,

im Rahmen unserer Kooperationsvereinbarung über zwei Belegplätze in der Kita Hafenzwerge möchten wir für das Kita-Jahr 2025/26 einen der beiden Plätze für das Kind unseres Mitarbeiters [[P|Paweł Lewandowski]] (Disposition, Schichtdienst) nutzen. Es handelt sich um seinen Sohn [[P|Antoni Lewandowski]], geb. [[DOB|{fd(b)}]]. Herr [[P|Lewandowski]] hat das Kind nach eigener Auskunft bereits unter der Nummer [[AZ|{v}]] im Kita-Navigator vorgemerkt.

Können Sie uns bestätigen, dass der Belegplatz bei der Vergabe berücksichtigt wird, oder benötigen Sie dafür ein gesondertes Formular? Eine Einverständniserklärung von Herrn [[P|Lewandowski]] zur Weitergabe seiner Daten liegt uns vor.

Die zweite Belegplatz-Meldung (Kind von Frau [[P|Ifeoma Eze]]) reichen wir nach den Sommerferien ein.

Freundliche Grüße

[[P|Stefanie Haverkamp]]
Personalreferentin
Rheinhafen Logistik GmbH
[[N|Am Hafenbecken 4]] · [[N|47119 Duisburg]]
Telefon [[T|{t}]]"""


@doc("outlook", "kurzmail-termin")
def d14():
    v = vm()
    t = mobile("space")
    return f"""Betreff: Termin Donnerstag

Hallo Frau [[P|Wiczorek]],
ich schaffe es Donnerstag nicht zum Termin wegen Lina ([[AZ|{v}]]), hab Spätschicht bekommen. Geht auch Freitag früh?
LG [[P|R. Haddad]]
[[T|{t}]]

Von meinem iPhone gesendet"""


@doc("outlook", "sozialarbeit-vermittlung", ["ETHNICITY"])
def d15():
    kids = [("Denisa", KID["Denisa Căldăraru"]["dob"]), ("Ionuț", dob(2022, 2022)), ("Ana-Maria", dob(2024, 2024))]
    s = street("Hagedornstraße")
    p1, p2 = ro_passport(), ro_passport()
    t_sw = mobile("space")
    t_fam = phone_ro()
    v = KID["Denisa Căldăraru"]["vm"]
    return f"""Von: [[P|Bettina Krämer-Ostrowski]] <[[E|b.kraemer-ostrowski@caritas-duisburg.de]]>
An: {MAILBOX}
Betreff: Familie Căldăraru – Unterstützung bei der Platzsuche für drei Kinder

Sehr geehrte Damen und Herren,

ich begleite im Rahmen des Migrationsdienstes die Familie [[P|Căldăraru]] aus Marxloh und bitte um Ihre Unterstützung. Die Familie ist im Februar aus Craiova zugezogen und wohnt jetzt in der [[A|{s}]], [[A|47169 Duisburg]].

Eltern: [[P|Florentina Căldăraru]] (Reisepass [[PASS|{p1}]]) und [[P|Marian Căldăraru]] (Reisepass [[PASS|{p2}]]), Kinder:
– [[P|{kids[0][0]}]], geb. [[DOB|{fd(kids[0][1])}]] – schulpflichtig ab 2026, hat noch nie eine Kita besucht
– [[P|{kids[1][0]}]], geb. [[DOB|{fd(kids[1][1])}]]
– [[P|{kids[2][0]}]], geb. [[DOB|{fd(kids[2][1])}]]
Vormerknummer (für alle drei angelegt): [[AZ|{v}]]

Die Familie gehört der Roma-Minderheit an. Ich erwähne das nur, weil Frau [[P|Căldăraru]] in zwei Kitas bei der Anmeldung schon zu hören bekam, man habe „mit solchen Familien schlechte Erfahrungen“. Sie ist seitdem sehr zurückhaltend und traut sich nicht mehr, selbst anzurufen. Für Denisa wäre ein Platz mit Sprachförderung vor der Einschulung besonders wichtig.

Die Familie ist über mich erreichbar ([[T|{t_sw}]], dienstlich) oder direkt über Herrn [[P|Căldăraru]]: [[T|{t_fam}]] (rumänische Nummer, WhatsApp).

Mit freundlichen Grüßen
[[P|Bettina Krämer-Ostrowski]]
Caritasverband – Migrationsdienst Duisburg-Nord"""


@doc("word", "platzangebot-bescheid")
def d16():
    b = KID["Adaeze Okafor"]["dob"]
    a = KID["Adaeze Okafor"]["az"]
    s = street()
    pl = plz()
    return f"""Stadt Duisburg · Der Oberbürgermeister
Jugendamt – Zentrale Kita-Platzvergabe
{OFFICE_STREET} · {OFFICE_CITY}

Herrn [[P|Chinedu Okafor]]
Frau [[P|Ngozi Okafor-Eze]]
[[A|{s}]]
[[A|{pl} Duisburg]]

Aktenzeichen: [[AZ|{a}]]
Ansprechpartner: Herr [[P|Dell'Aquila]]
Datum: 03.07.2025

Platzangebot in einer Kindertageseinrichtung für [[P|Adaeze Okafor]], geb. [[DOB|{fd(b)}]]

Sehr geehrter Herr [[P|Okafor]], sehr geehrte Frau [[P|Okafor-Eze]],

wir freuen uns, Ihnen für Ihre Tochter [[P|Adaeze]] folgenden Platz anbieten zu können:

Einrichtung:      Städtische Kita [[N|Janusz Korczak]]
Anschrift:        [[N|Kreuzstraße 61]], [[N|47226 Duisburg]]
Betreuungsbeginn: 01.08.2025
Betreuungsumfang: 45 Stunden wöchentlich (Ü3-Gruppe)

Bitte teilen Sie uns bis zum 17.07.2025 mit, ob Sie das Angebot annehmen. Nutzen Sie dafür den beigefügten Rückmeldebogen oder das Elternportal. Erhalten wir bis dahin keine Rückmeldung, geben wir den Platz an das nächste Kind auf der Vormerkliste weiter. Der Rechtsanspruch Ihrer Tochter bleibt davon unberührt.

Den Aufnahmevertrag schließen Sie direkt mit der Einrichtung. Die Leitung, Frau [[P|Gülcan Aksoy]], wird sich nach Ihrer Annahme wegen eines Aufnahmegesprächs melden.

Für Fragen erreichen Sie uns über die Zentrale {SWITCH} oder per E-Mail an {MAILBOX}.

Mit freundlichen Grüßen
Im Auftrag

[[P|Marco Dell'Aquila]]"""


@doc("word", "ablehnung-bescheid")
def d17():
    b = dob(2024, 2024)
    a = az()
    s = street()
    pl = plz()
    t = mobile("space")
    return f"""Stadt Duisburg – Jugendamt
Zentrale Kita-Platzvergabe

Frau
[[P|Friederike von der Heyde]]
[[A|{s}]]
[[A|{pl} Duisburg]]

Ihr Zeichen: –          Unser Zeichen: [[AZ|{a}]]          Duisburg, 07.07.2025

Ihr Antrag auf einen Betreuungsplatz in der Kita Waldwichtel für [[P|Carl Anton von der Heyde]] (geb. [[DOB|{fd(b, 'long')}]])

Sehr geehrte Frau [[P|von der Heyde]],

leider können wir Ihrem Wunsch nach einem Platz in der Kita Waldwichtel zum 01.09.2025 nicht entsprechen. Die Einrichtung hat für die U3-Gruppe 41 Vormerkungen bei 6 freien Plätzen erhalten. Die Plätze wurden nach den Kriterien der Vergaberichtlinie (Geschwisterkinder, Alleinerziehende, besonderer Förderbedarf, Wohnortnähe) vergeben; Ihr Sohn erreichte in dieser Reihenfolge keinen der vorderen Ränge.

Um den Rechtsanspruch Ihres Sohnes zu erfüllen, bieten wir Ihnen einen Platz in der Kindertagespflege an:
Tagespflegeperson: Frau [[P|Halyna Bondarenko]]
Anschrift: [[A|Musfeldstraße 40]], [[A|47053 Duisburg]]
Telefon: [[T|{t}]]
Betreuungszeit: Montag bis Freitag, 7:30 bis 15:30 Uhr

Frau [[P|Bondarenko]] ist qualifizierte Tagespflegeperson nach § 43 SGB VIII und betreut bis zu fünf Kinder. Die Vormerkung für Ihre Wunsch-Kita bleibt bestehen.

Rechtsbehelfsbelehrung:
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage erhoben werden. Die Klage ist beim Verwaltungsgericht Düsseldorf, [[N|Bastionstraße 39]], [[N|40213 Düsseldorf]], schriftlich oder zu Protokoll des Urkundsbeamten der Geschäftsstelle zu erheben.

Mit freundlichen Grüßen
In Vertretung
[[P|Dr. Sabine Terhorst-Lang]]"""


FAM18 = [
    ("Öztürk", "Emir", "Hülya Öztürk", "de"), ("Wiśniewska", "Maja", "Katarzyna Wiśniewska", "pl"),
    ("Schäfer", "Noah", "Daniela Schäfer", "de"), ("Haddad", "Ilyas", "Rasha Haddad", "sy"),
    ("Petrenko", "Mila", "Oksana Petrenko", "ua"), ("Eze", "Chiamaka", "Ifeoma Eze", "ng"),
    ("Tran", "Bao An", "Tran Thi Hoa", "vn"), ("Brzezinski", "Leon", "Marek Brzezinski", "pl"),
    ("Kaya", "Elif Su", "Serkan Kaya", "de"), ("Hoffmann-Adebayo", "Kemi", "Folake Adebayo", "ng"),
    ("Sommer", "Ida", "Jannik Sommer", "de"),
]
CRIT18 = ["AE", "GK (Sonnenblume)", "BT beide", "AE, BT", "GK, BT beide", "I-Bedarf (Hörschädigung, CI)",
          "Sprachförderung", "BT beide", "Härtefall JH", "AE, Integrationskurs", "BT Vollzeit"]
KITAS = ["Sonnenblume", "Marxloher Spatzen", "Arche", "St. Peter", "Zauberwald", "Hafenzwerge", "Waldwichtel",
         "Janusz Korczak", "Regenbogenland", "Kunterbunt"]


@doc("word", "warteliste-export-csv", ["HEALTH"])
def d18():
    lines = ["Vormerknr;Nachname_Kind;Vorname_Kind;Geburtsdatum;Sorgeberechtigte;Strasse;PLZ_Ort;Telefon;E-Mail;"
             "Kriterien;Wunsch1;Wunsch2"]
    for (last, first, parent, origin), crit in zip(FAM18, CRIT18):
        b = dob(2021, 2024)
        pf, pl_ = parent.split(" ")[0], parent.split(" ")[-1]
        tel = mobile("compact") if rng.random() < 0.6 else landline("0203", "space")
        mail = f"[[E|{email(pf, pl_)}]]" if rng.random() < 0.7 else ""
        w1, w2 = rng.sample(KITAS, 2)
        lines.append(f"[[AZ|{vm()}]];[[P|{last}]];[[P|{first}]];[[DOB|{fd(b)}]];[[P|{parent}]];"
                     f"[[A|{street()}]];[[A|{rng.choice(NORTH_PLZ)} Duisburg]];[[T|{tel}]];{mail};{crit};{w1};{w2}")
    return "Export Kita-Navigator – Vormerkliste U3/Ü3, Bezirk Hamborn/Walsum, Stand 30.06.2025 (Auszug)\n\n" + \
        "\n".join(lines) + "\n\nLegende Kriterien: AE = alleinerziehend, GK = Geschwisterkind, BT = berufstätig, " \
                           "JH = Jugendhilfe, I-Bedarf = Integrationsbedarf"


FAM19 = [("Wójcik", "Maja", "rk", "Wójcik, Agnieszka"), ("Lindemann", "Paul", "rk", "Lindemann, Christina"),
         ("Benali", "Hamza", "isl.", "Benali, Samira"), ("Kuhlmann", "Greta", "ev.", "Kuhlmann, Torsten"),
         ("Nowak", "Jakub", "rk", "Nowak, Ewelina"), ("Osei", "Ama", "ev.-freikirchl.", "Osei, Kwabena"),
         ("Reuter", "Fiete", "o.B.", "Reuter, Melanie"), ("Schewtschenko", "Artem", "orth.", "Schewtschenko, Iryna")]


@doc("word", "warteliste-traeger-ohne-kopf", ["RELIGION"])
def d19():
    rows = []
    for i, (last, first, konf, parent) in enumerate(FAM19):
        b = KID["Hamza Benali"]["dob"] if first == "Hamza" else dob(2021, 2023)
        nr = f"SP-{rng.choice(['24', '25'])}-{ids.digits(3, True)}"
        note = rng.choice(["Geschwister in Gr. Sonne", "Taufschein liegt vor", "—", "Pfarrei St. Peter",
                           "Wohnort Nachbarpfarrei", "—", "Zuzug 08/25"])
        if first == "Hamza":
            note = "Geschw. Yasmin in Gr. Sonne"
        tel = SAMIRA_TEL if first == "Hamza" else (mobile("space") if i % 3 else landline("0203", "slash"))
        st = street().replace("Straße", "Str.").replace("straße", "str.")
        rows.append(f"[[AZ|{nr}]]\t[[P|{last}, {first}]]\t[[DOB|{fd(b, 'iso')}]]\t{konf}\t{note}\t"
                    f"[[P|{parent}]]\t[[A|{st}]]\t[[T|{tel}]]")
    return "Kath. Kita St. Peter – interne Vormerkliste (Ausdruck Leitung, nicht zur Weitergabe)\n\n" + \
        "\n".join(rows) + "\n\nSeite 1 von 1"


@doc("word", "protokoll-vergabekonferenz", ["HEALTH", "RELIGION"])
def d20():
    six = ["Mia Schürmann", "Tobi Adeyemi", "Hamza Benali", "Frieder Brinkmann", "Chidera Okonkwo", "Jonas Wiegand"]
    v = [KID[n]["vm"] for n in six]
    b = [KID[n]["dob"] for n in six]
    return f"""Ergebnisprotokoll Vergabekonferenz Bezirke Hamborn/Walsum/Homberg – Nachrückrunde 2025/26

Datum: 09.07.2025, 9:00–12:15 Uhr, Raum 3.014
Teilnehmende: [[P|Dr. Sabine Terhorst-Lang]] (Leitung), [[P|Kübra Demirtaş]], [[P|Marco Dell'Aquila]] (Protokoll), [[P|Heike Schulte-Bockholt]] (Fachberatung), [[P|Annegret Kleinholz]] (Kath. Kita St. Peter), [[P|Gülcan Aksoy]] (AWO-Kita Sonnenblume), [[P|Thorsten Mews]] (Ev. Familienzentrum Arche)
Entschuldigt: [[P|Jana Wiczorek]]

TOP 1 – Freie Plätze
Nach Absagen und Umzügen stehen im Bezirk 14 Plätze zur Verfügung (9 Ü3, 5 U3). Frau [[P|Aksoy]] meldet zusätzlich einen U3-Platz ab 01.10.

TOP 2 – Einzelfälle

2.1 [[P|Mia Schürmann]] ([[AZ|{v[0]}]], geb. [[DOB|{fd(b[0])}]]) – Trisomie 21, Pflegegrad 3. Integrationsplatz in der Sonnenblume ab 01.09. beschlossen. Antrag Basisleistung I beim LVR stellt die Einrichtung. Frau [[P|Schulte-Bockholt]] begleitet die Eingewöhnung.

2.2 [[P|Tobi Adeyemi]] ([[AZ|{v[1]}]], geb. [[DOB|{fd(b[1])}]]) – Härtefall: Mutter stationär (Risikoschwangerschaft), Vater Vollzeit im Schichtdienst. Sofortaufnahme Arche, Ü3-Platz ab 14.07. Zustimmung aller.

2.3 [[P|Hamza Benali]] ([[AZ|{v[2]}]], geb. [[DOB|{fd(b[2])}]]) – Frau [[P|Kleinholz]] weist darauf hin, dass nach der Satzung des Trägers katholische Kinder und Geschwisterkinder Vorrang haben; die Familie ist muslimisch. Hamza ist Geschwisterkind und wohnt 200 m entfernt. Ergebnis: Aufnahme in St. Peter, Frau [[P|Kleinholz]] klärt das mit dem Kirchenvorstand. Schreiben an den Träger entwirft Frau Dr. [[P|Terhorst-Lang]].

2.4 [[P|Frieder Brinkmann]] ([[AZ|{v[3]}]], geb. [[DOB|{fd(b[3])}]]) – Wunsch St. Peter, Rang 7. Kein Platz; Angebot Kita Zauberwald (Rang 2). Hinweis: Die Familienform spielt bei der Vergabe keine Rolle, das wird der Familie so mitgeteilt.

2.5 [[P|Chidera Okonkwo]] ([[AZ|{v[4]}]], geb. [[DOB|{fd(b[4])}]]) – alleinerziehend, Schichtdienst, 19 Monate Wartezeit. Beschwerde der Mutter liegt vor. Ü3-Platz Sonnenblume ab 01.08. mit Frühdienst ab 6:30 Uhr. Herr [[P|Dell'Aquila]] ruft die Mutter heute noch an.

2.6 [[P|Jonas Wiegand]] ([[AZ|{v[5]}]], geb. [[DOB|{fd(b[5])}]]) – Autismus-Spektrum-Störung, Stellungnahme Frühförderung liegt vor. Kleine Gruppe erforderlich; Arche kann ab 01.11. nach Umbau eine Gruppe mit 15 Kindern anbieten. Bis dahin Verbleib in der Tagespflege bei Frau [[P|Bondarenko]], die Frühförderung läuft weiter.

TOP 3 – Verschiedenes
Nächste Konferenz am 06.08.2025. Die Widerspruchslage (§ 24 SGB VIII) stellt Frau [[P|Demirtaş]] bis dahin zusammen.

gez. [[P|M. Dell'Aquila]]"""


@doc("word", "telefonvermerk")
def d21():
    v = vm()
    t = landline("0203", "pairs")
    b = dob(2023, 2023)
    return f"""Telefonvermerk

Datum/Uhrzeit: 10.07.2025, 11:40 Uhr
Anrufer: Herr [[P|Heinz-Werner Böckmann]], Großvater
Betroffenes Kind: [[P|Lukas Böckmann]], geb. [[DOB|{fd(b, 'yy')}]], Vormerknummer [[AZ|{v}]]
Anschrift Anrufer: [[A|{street()}]], [[A|47279 Duisburg]]
Rückrufnummer: [[T|{t}]] (Festnetz, nur vormittags)

Inhalt:
Herr [[P|Böckmann]] rief zum dritten Mal in dieser Woche an. Er beschwerte sich lautstark darüber, dass seine Tochter, Frau [[P|Nadine Böckmann]], noch immer keinen Platz für Lukas habe, während „die ganzen Neuen“ sofort einen bekämen. Ich habe ihm erklärt, dass die Vergabe nach festen Kriterien erfolgt und Staatsangehörigkeit oder Herkunft dabei keine Rolle spielen. Er drohte, sich an die Lokalzeitung und den Oberbürgermeister zu wenden.

Eine Auskunft zum Stand der Vormerkung habe ich nicht erteilt, da keine Vollmacht der Mutter vorliegt. Herr [[P|Böckmann]] wurde gebeten, dass sich Frau [[P|Böckmann]] selbst meldet oder eine schriftliche Vollmacht schickt.

Weiteres Vorgehen: Wiedervorlage 17.07.; falls keine Vollmacht eingeht, Schreiben an die Mutter.

[[P|Dell'Aquila]], 51-31"""


@doc("word", "anmeldebogen-ausgefuellt", ["RELIGION", "HEALTH"])
def d22():
    bk = dob(2023, 2023)
    bm, bv = dob(1990, 1993), dob(1986, 1989)
    k = kv()
    s = street()
    pl = plz()
    tm, tv = mobile("space"), mobile("slash")
    pas = ids.passport()
    v = vm()
    return f"""ANMELDUNG FÜR EINEN BETREUUNGSPLATZ – Kita-Jahr 2025/26
(vom Jugendamt auszufüllen) Vormerknummer: [[AZ|{v}]]    Eingang: 12.02.2025    Identität geprüft: ☒

1. ANGABEN ZUM KIND
Familienname: [[P|Overbeck]]                 Vorname(n): [[P|Marlene Sophie]]
Geburtsdatum: [[DOB|{fd(bk)}]]               Geburtsort: Duisburg
Staatsangehörigkeit: deutsch              Konfession: römisch-katholisch
Krankenkasse: AOK Rheinland/Hamburg       Versichertennummer: [[KV|{k}]]
Gesundheitliche Besonderheiten: Neurodermitis, Kuhmilcheiweißallergie (ärztl. Attest anbei)
Gewünschter Umfang: ☐ 25 Std.  ☒ 35 Std.  ☐ 45 Std.

2. ERZIEHUNGSBERECHTIGTE
a) Name, Vorname: [[P|Overbeck, Johanna]]     geb. am: [[DOB|{fd(bm)}]]
   Anschrift: [[A|{s}]], [[A|{pl} Duisburg]]
   Telefon: [[T|{tm}]]       E-Mail: [[E|{email('Johanna', 'Overbeck', 'gmx.de', 'dot')}]]
   Beruf/Arbeitgeber: Lehrerin, Gesamtschule Meiderich
   Identitätsnachweis (vom Amt auszufüllen): Personalausweis Nr. [[IDC|{id_card(False)}]]
b) Name, Vorname: [[P|Overbeck, Dr. Felix]]   geb. am: [[DOB|{fd(bv)}]]
   Anschrift: wie a)
   Telefon: [[T|{tv}]]       E-Mail: [[E|{email('Felix', 'Overbeck', 'uni-due.de', 'dot')}]]
   Beruf/Arbeitgeber: wiss. Mitarbeiter, Universität
   Identitätsnachweis (vom Amt auszufüllen): Reisepass Nr. [[PASS|{pas}]]

3. GESCHWISTER IN DER WUNSCHEINRICHTUNG
[[P|Overbeck, Jakob]], Gruppe Füchse, Kath. Kita St. Peter

4. WUNSCHEINRICHTUNGEN (Reihenfolge)
1. Kath. Kita St. Peter   2. Kita Zauberwald   3. Ev. Familienzentrum Arche

Duisburg, 12.02.2025        Unterschrift: [[P|J. Overbeck]]    [[P|F. Overbeck]]
Bearbeitet: [[P|Pott]]"""


@doc("word", "ocr-scan-handschrift", ["HEALTH"])
def d23():
    b = dob(2022, 2022)
    hnr = rng.randint(20, 99)
    sub = ids.digits(6)
    t_ocr = f"O203 / {sub[:2]} {sub[2:4]} {sub[4:].replace('0', 'O')}"
    v = vm()
    return f"""[Scan – Posteingang 51-31, 11.07.2025, Seite 1/1, automatische Texterkennung]

An das Jugendamt Duisbnrg
Kita-P1atzvergabe

Sehr geehrle Damen und Herrn,

ich bin [[P|Valentyna Hnatiuk]], die Oma von [[P|Maksym Hnatiuk]]
geb. [[DOB|{fd(b)}]]. Meine Tochter [[P|Iryna Hnatiuk]] ist seit
3 Wochen im Krankenhaus (Bethesda) mit schwere Operation
am Herz und kann nicht selbst schreiben. Ich bin 71 Jahre
und kann Maksym nicht den ganzen Tag betreuen, mein
Rücken ist sehr schlecht.

Bitte geben Sie Maksym ein Platz in Kindergarten
in der Nähe, wir wohnen [[A|Wanheimer Str. {hnr}]]
[[A|47053 Duisburg]]. Nummer von Anmeldung ist
[[AZ|{v}]] (hat meine Tochter im Internet
gemacht).

Telefon [[T|{t_ocr}]] (Festnetz, ich bin immer zu Hause)

Mit freundlichen Grüssen
[[P|V. Hnatiuk]]
[[P|Валентина Гнатюк]]"""


@doc("word", "einkommenserklaerung-elternbeitrag", ["UNION"])
def d24():
    kn = f"EB-{ids.digits(7, True)}"
    tm, tv = tax_id(True), tax_id(False)
    stnr = ids.tax_number_federal_nrw()
    vat = ids.vat_id()
    ib = iban_de()
    s = street()
    pl = plz()
    b = dob(2022, 2022)
    return f"""Erklärung zum Jahreseinkommen für die Festsetzung des Elternbeitrags (§ 90 SGB VIII i. V. m. Elternbeitragssatzung)
Beitragsjahr 2025/26 – Kundennummer: [[AZ|{kn}]]

Kind: [[P|Leni Berger]], geb. [[DOB|{fd(b, 'short')}]], Kita Regenbogenland, 45 Std.

Beitragspflichtige:
1. [[P|Aleksandra Nowak-Berger]], [[A|{s}]], [[A|{pl} Duisburg]]
   Steuerliche Identifikationsnummer: [[TID|{tm}]]
   Einkünfte aus nichtselbstständiger Arbeit (Schichtführerin, Stahlwerk): 48.760,00 EUR brutto
   abzüglich Werbungskosten: Fahrtkosten 1.420,00 EUR; Gewerkschaftsbeitrag IG Metall 586,80 EUR
2. [[P|Stefan Berger]], Anschrift wie oben
   Steuerliche Identifikationsnummer: [[TID|{tv}]]
   Einkünfte aus Gewerbebetrieb (Elektroinstallation, Einzelunternehmen)
   Steuernummer: [[TNR|{stnr}]]   USt-IdNr.: [[VAT|{vat}]]
   Gewinn lt. Einkommensteuerbescheid 2023: 39.215,00 EUR

Anlagen: Lohnsteuerbescheinigung 2024 ([[P|A. Nowak-Berger]]), Einkommensteuerbescheid 2023 (beide), Nachweis Gewerkschaftsbeitrag

Der Elternbeitrag soll per Lastschrift von folgendem Konto eingezogen werden:
Kontoinhaber: [[P|Stefan Berger]]   IBAN: [[IBAN|{ib}]]

Wir versichern die Richtigkeit der Angaben.
Duisburg, 28.06.2025   [[P|Aleksandra Nowak-Berger]]   [[P|Stefan Berger]]

– Prüfvermerk: Einkommen gesamt 85.123,20 EUR → Beitragsstufe 6. [[P|Wiczorek]], 04.07.2025 –"""


@doc("word", "sepa-lastschriftmandat")
def d25():
    cid = creditor_id()
    mref = f"KITA-EB-{ids.digits(8, True)}"
    kz = f"510.31.{ids.digits(6, True)}"
    ib = iban_de()
    s = street()
    pl = plz()
    b = KID["Tobi Adeyemi"]["dob"]
    return f"""SEPA-Lastschriftmandat
Zahlungsempfänger: Stadt Duisburg, Stadtkasse, {OFFICE_STREET}, {OFFICE_CITY}
Gläubiger-Identifikationsnummer: [[N|{cid}]]
Mandatsreferenz: [[AZ|{mref}]]   (wird separat mitgeteilt)
Kassenzeichen: [[AZ|{kz}]]

Verwendungszweck: Elternbeitrag und Verpflegungsentgelt Kindertageseinrichtung
Kind: [[P|Tobi Adeyemi]], geb. [[DOB|{fd(b)}]]

Ich ermächtige die Stadt Duisburg, Zahlungen von meinem Konto mittels Lastschrift einzuziehen. Zugleich weise ich mein Kreditinstitut an, die von der Stadt Duisburg auf mein Konto gezogenen Lastschriften einzulösen.
Hinweis: Ich kann innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung des belasteten Betrages verlangen.

Kontoinhaber/in (Vorname, Name): [[P|Oluwaseun Adeyemi]]
Straße, Hausnummer: [[A|{s}]]
PLZ, Ort: [[A|{pl} Duisburg]]
Kreditinstitut: Sparkasse Duisburg
IBAN: [[IBAN|{ib}]]

Ort, Datum: Duisburg, 15.07.2025
Unterschrift: [[P|O. Adeyemi]]"""


@doc("word", "haertefall-pruefung", ["HEALTH", "GENETIC"])
def d26():
    b = KID["Mia Schürmann"]["dob"]
    k = kv()
    v = KID["Mia Schürmann"]["vm"]
    s = street()
    pl = plz()
    kfz = plate("DU")
    lvr = f"73.20-{ids.digits(4)}-{ids.digits(6)}"
    t = mobile("grouped")
    return f"""Vermerk – Prüfung Härtefall / Integrationsplatz
Vorgang: [[AZ|{v}]]

Kind: [[P|Mia Schürmann]], geb. [[DOB|{fd(b, 'long')}]]
Eltern: [[P|Nils Schürmann]] und [[P|Derya Schürmann]], [[A|{s}]], [[A|{pl} Duisburg]], Tel. [[T|{t}]]
Krankenversichertennummer: [[KV|{k}]]

Sachverhalt:
Bei Mia wurde pränatal im Rahmen einer Chromosomenanalyse eine freie Trisomie 21 festgestellt (humangenetischer Befund des Instituts für Humangenetik vom 03.05.2022, Karyotyp 47,XX,+21), nach der Geburt bestätigt. Zusätzlich operierter Herzfehler (AVSD), muskuläre Hypotonie, Pflegegrad 3, GdB 100 mit Merkzeichen H. Mia läuft seit kurzem mit Unterstützung, spricht einzelne Wörter und nutzt Gebärden. Die behandelnde Kinderärztin, [[P|Dr. Carolin Ruhnau]], bescheinigt, dass eine Förderung in einer integrativ arbeitenden Einrichtung dringend angezeigt ist.

Eingliederungshilfe: Antrag beim LVR gestellt, Az. LVR [[AZ|{lvr}]].

Bewertung:
Die Voraussetzungen für eine vorrangige Vergabe (besonderer Förderbedarf, Nr. 3.2 der Vergaberichtlinie) liegen vor. Die AWO-Kita Sonnenblume verfügt über einen freien Integrationsplatz und eine heilpädagogische Fachkraft.

Besonderheiten:
Da Mia noch nicht längere Strecken laufen kann, darf Herr [[P|Schürmann]] zum Bringen und Abholen auf den Innenhof der Kita fahren. Die Leitung erhält dafür das Kennzeichen [[KFZ|{kfz}]].

Vorschlag: Aufnahme zum 01.09.2025 (siehe Protokoll Vergabekonferenz vom 09.07.2025).

[[P|Schulte-Bockholt]], Fachberatung"""


FAM27 = [("Ahmad Darwish", "Lamar", "Rasha Darwish", "Arche"),
         ("Luisa Kempken", "Jonte", "Birte Kempken", "Marxloher Spatzen"),
         ("Hamza Benali", "Yasmin", "Samira Benali", "St. Peter"), ("Pola Nowicka", "Szymon", "Ewa Nowicka", "St. Peter"),
         ("Aras Demir", "Zelal", "Serhat Demir", "Sonnenblume"), ("Theo Grabowski", "Lotta", "Ina Grabowski", "Zauberwald"),
         ("Kofi Mensah", "Abena", "Akosua Mensah", "Arche"), ("Linh Vu", "Anh", "Vu Thi Thu", "Zauberwald")]


@doc("word", "geschwisterliste")
def d27():
    out = ["Geschwisterkinder mit Vorrang – Aufnahmen zum 01.08.2025",
           "Stand: 30.06.2025 | Quelle: Rückmeldungen der Einrichtungen | nur für den Dienstgebrauch", ""]
    for i, (child, sib, parent, kita) in enumerate(FAM27, 1):
        b = KID[child]["dob"] if child in KID else dob(2022, 2024)
        t = SAMIRA_TEL if child == "Hamza Benali" else (mobile() if i % 4 else landline("0203"))
        out.append(f"{i}. [[P|{child}]] (geb. [[DOB|{fd(b, rng.choice(['dmy', 'short', 'yy']))}]]) – "
                   f"Geschwister: [[P|{sib}]], Kita {kita} – Kontakt: [[P|{parent}]], [[T|{t}]]")
    out += ["", "Offen: Bestätigung der Einrichtung fehlt noch für Nr. 4 und Nr. 7.",
            "Rückfragen an [[P|K. Demirtaş]] oder die Hotline " + HOTLINE + "."]
    return "\n".join(out)


@doc("word", "schreiben-an-traeger", ["RELIGION"])
def d28():
    v = KID["Hamza Benali"]["vm"]
    return f"""Stadt Duisburg · Jugendamt · Zentrale Kita-Platzvergabe
{OFFICE_STREET} · {OFFICE_CITY}

Kath. Kirchengemeinde St. Peter
Kirchenvorstand
z. Hd. Herrn Pfarrer [[P|Dr. Martin Gerwing]]
[[N|Kirchplatz 2]]
[[N|47166 Duisburg]]

Aufnahme eines Geschwisterkindes in die Kita St. Peter – Vormerknummer [[AZ|{v}]]

Sehr geehrter Herr Pfarrer Dr. [[P|Gerwing]],

in der Vergabekonferenz vom 09.07.2025 wurde die Aufnahme von [[P|Hamza Benali]] in Ihre Einrichtung vorgeschlagen. Die Leitung, Frau [[P|Kleinholz]], hat darauf hingewiesen, dass Ihre Aufnahmeordnung katholischen Kindern Vorrang einräumt. Die Familie [[P|Benali]] ist muslimischen Glaubens; die Eltern, Herr [[P|Youssef Benali]] und Frau [[P|Samira Benali]], haben ausdrücklich erklärt, dass sie die religionspädagogische Arbeit der Einrichtung respektieren und Hamza an Gottesdiensten und Festen im Kirchenjahr teilnehmen darf.

Hamzas Schwester [[P|Yasmin]] besucht Ihre Einrichtung seit zwei Jahren. Die Familie wohnt in unmittelbarer Nähe; eine andere Einrichtung mit freiem Platz ist für sie nur mit zwei Buslinien erreichbar. Wir bitten Sie daher, im Rahmen Ihres Ermessens einer Aufnahme zum 01.09.2025 zuzustimmen. Die Finanzierung des Platzes nach dem KiBiz bleibt unberührt.

Für ein Gespräch stehe ich gern zur Verfügung.

Mit freundlichen Grüßen
In Vertretung

[[P|Dr. Sabine Terhorst-Lang]]
Abteilungsleitung Kindertagesbetreuung"""


FAM29 = [("Adaeze Okafor", "Janusz Korczak", "offen (Frist 17.07.)", "Dell'Aquila"),
         ("Berat Şahin", "Sonnenblume", "angenommen", None),
         ("Sofiia Kovalenko", "Arche", "angenommen", None),
         ("Rama Al-Hassan", "Marxloher Spatzen", "angenommen", None),
         ("Minh Khoa Nguyen", "Sonnenblume", "angenommen", "Wiczorek"),
         ("Emma-Louise Bergkamp", "Waldwichtel", "abgelehnt, will Wunsch-Kita abwarten", None),
         ("Yusuf Koç", "Janusz Korczak", "angenommen unter Vorbehalt", None),
         ("Denisa Căldăraru", "Marxloher Spatzen", "offen", None),
         ("Antoni Lewandowski", "Hafenzwerge (Belegplatz)", "angenommen", None),
         ("Pham Gia Huy", "Kunterbunt (ab 01.02.2026)", "abgelehnt – Umzug nach Moers", None)]
BEARB = ["Demirtaş", "Pott", "Wiczorek", "Dell'Aquila"]


@doc("word", "zusagen-tabelle")
def d29():
    rows = ["| Nr. | Aktenzeichen | Kind | geb. | Einrichtung | Angebot vom | Rückmeldung | Bearb. |",
            "|-----|--------------|------|------|-------------|-------------|-------------|--------|"]
    for i, (kid, kita, ans, who) in enumerate(FAM29, 1):
        day = 3 if kid == "Adaeze Okafor" else rng.randint(1, 9)
        who = who or rng.choice(BEARB)
        rows.append(f"| {i} | [[AZ|{KID[kid]['az']}]] | [[P|{kid}]] | [[DOB|{fd(KID[kid]['dob'], 'yy')}]] | {kita} | "
                    f"0{day}.07.2025 | {ans} | [[P|{who}]] |")
    return "Übersicht Platzangebote Nachrückrunde (KW 27/28)\n\n" + "\n".join(rows) + \
        "\n\nAbgelehnte Plätze gehen in die Konferenz am 06.08.2025 zurück."


@doc("word", "identitaetspruefung-vermerk")
def d30():
    bm, bk, bp = dob(1992, 1992), dob(2022, 2022), dob(1988, 1988)
    pm, pk = ua_passport(), ua_passport()
    idc = id_card(True)
    s = street()
    pl = plz()
    t = mobile("dash")
    mail = email("Oksana", "Melnyk", "ukr.net", "dot")
    v = vm()
    return f"""Aktenvermerk – Vorsprache und Identitätsprüfung
Vormerknummer: [[AZ|{v}]]
Datum: 14.07.2025, Servicepoint Rathaus, Sachbearbeitung: [[P|K. Demirtaş]]

Es sprachen vor:
- Frau [[P|Oksana Melnyk]], geb. [[DOB|{fd(bm)}]], ukrainische Staatsangehörige
  Reisepass (biometrisch) Nr. [[PASS|{pm}]], Aufenthaltserlaubnis nach § 24 AufenthG liegt vor
- Herr [[P|Sebastian Hofstede]], geb. [[DOB|{fd(bp)}]], Lebensgefährte von Frau [[P|Melnyk]]
  Personalausweis Nr. [[IDC|{idc}]]

Kind: [[P|Danylo Melnyk]], geb. [[DOB|{fd(bk)}]], Kinderreisepass Nr. [[PASS|{pk}]]

Gemeinsame Anschrift seit 01.05.2025: [[A|{s}]], [[A|{pl} Duisburg]] (Meldebestätigung eingesehen)
Kontakt: [[T|{t}]], [[E|{mail}]]

Frau [[P|Melnyk]] ist allein sorgeberechtigt; Herr [[P|Hofstede]] ist nicht der Vater und wird daher nicht als Erziehungsberechtigter erfasst. Er darf Danylo nach schriftlicher Vollmacht von Frau [[P|Melnyk]] abholen; die Vollmacht wurde zur Akte genommen. Die Vormerkung wird um das Kriterium „Berufstätigkeit“ ergänzt (Arbeitsvertrag als Pflegehelferin ab 01.09.2025).

Kopien der Ausweisdokumente wurden nicht angefertigt.

[[P|K. Demirtaş]]"""


def main():
    out = []
    for n, (channel, template, flags, fn) in enumerate(DOCS, 1):
        out.append(build(f"F135-{n:03d}", channel, template, fn(), flags))
    assert len(out) == 30, len(out)
    with open(OUT, "w", encoding="utf-8") as fh:
        for obj in out:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
