"""Blind test batch 138: a Saxon city's road traffic authority (Stadtverwaltung Bautzen, Straßenverkehrsbehörde).

Special parking permits (also for severely disabled people), permits for removals and events, heavy-load transports,
taxi and rental car companies, Czech, Polish and Slovak removal and haulage firms, resident parking card exports.
All names, addresses and numbers are invented; every identifier with a check digit is valid.
Run: python3 make_fresh138.py  -> fresh138.jsonl next to this script (byte-identical on every run).
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from identifiers import Identifiers, group, icao_check, luhn_check, mod11_10_check  # noqa: E402
from marks import build  # noqa: E402

ids = Identifiers(13838)
rng = ids.rng


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
def PASS(s): return mk("PASS", s)
def SSN(s): return mk("SSN", s)
def KV(s): return mk("KV", s)
def DOB(s): return mk("DOB", s)
def KFZ(s): return mk("KFZ", s)
def AZ(s): return mk("AZ", s)
def CC(s): return mk("CC", s)


# ---------------------------------------------------------------- small generators (all from rng)
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
UPPER = "ABCDEFGHIJKLMNOPRSTUVWXYZ"
PL_LET = "ACEFGHJKLMNPRSTUVWXY"


def birth(y0, y1):
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(y0, y1)


def fdate(t, style="dmy"):
    d, mo, y = t
    if style == "dmy":
        return f"{d:02d}.{mo:02d}.{y}"
    if style == "short":
        return f"{d}.{mo}.{y}"
    if style == "yy":
        return f"{d:02d}.{mo:02d}.{y % 100:02d}"
    if style == "d.m.yy":
        return f"{d}.{mo}.{y % 100:02d}"
    if style == "long":
        return f"{d}. {MONTHS[mo - 1]} {y}"
    if style == "iso":
        return f"{y}-{mo:02d}-{d:02d}"
    if style == "slash":
        return f"{d:02d}/{mo:02d}/{y}"
    if style == "nl":
        return f"{d:02d}-{mo:02d}-{y}"
    raise ValueError(style)


def ddmmyy(t):
    d, mo, y = t
    return f"{d:02d}{mo:02d}{y % 100:02d}"


def hn(max_n=98, suffix=True):
    n = rng.randint(1, max_n)
    s = rng.choice(["", "", "", "", "a", "b"]) if suffix else ""
    return f"{n}{s}"


def num(nd):
    return str(rng.randint(10 ** (nd - 1), 10 ** nd - 1))


def mob_de(style=None):
    pre = rng.choice(["0151", "0152", "0157", "0159", "0160", "0162", "0163", "0170", "0171", "0172", "0173",
                      "0174", "0175", "0176", "0177", "0178", "0179"])
    n = ids.digits(rng.choice([7, 8]), first_nonzero=True)
    style = style or rng.choice(["space", "slash", "intl", "dash", "plain", "intl0"])
    if style == "space":
        return f"{pre} {n}"
    if style == "slash":
        return f"{pre}/{n}"
    if style == "intl":
        return f"+49 {pre[1:]} {n}"
    if style == "intl0":
        return f"+49 (0){pre[1:]} {n}"
    if style == "dash":
        return f"{pre}-{n[:3]} {n[3:]}"
    if style == "plain":
        return pre + n
    raise ValueError(style)


def land_de(area, style=None, nd=None):
    nd = nd or (6 if len(area) >= 5 else 7)
    n = ids.digits(nd, first_nonzero=True)
    style = style or rng.choice(["space", "paren", "slash", "intl", "dash"])
    if style == "space":
        return f"{area} {n}"
    if style == "paren":
        return f"({area}) {n}"
    if style == "slash":
        return f"{area}/{n}"
    if style == "intl":
        return f"+49 {area[1:]} {n}"
    if style == "dash":
        return f"{area}-{n[:2]} {n[2:4]} {n[4:]}"
    raise ValueError(style)


def phone_cz(mobile=True):
    first = rng.choice("67") if mobile else rng.choice(["485", "482", "412", "475"])
    if mobile:
        return f"+420 {first}{ids.digits(2)} {ids.digits(3)} {ids.digits(3)}"
    return f"+420 {first} {ids.digits(3)} {ids.digits(3)}"


def phone_pl(style=None):
    n = rng.choice("5678") + ids.digits(8)
    style = style or rng.choice(["plus", "00"])
    if style == "plus":
        return f"+48 {n[:3]} {n[3:6]} {n[6:]}"
    return f"0048 {n[:3]}-{n[3:6]}-{n[6:]}"


def phone_sk():
    return f"+421 9{ids.digits(2)} {ids.digits(3)} {ids.digits(3)}"


def phone_ua():
    return f"+380 {rng.choice(['67', '50', '63', '93'])} {ids.digits(3)} {ids.digits(2)} {ids.digits(2)}"


def phone_nl():
    return f"+31 6 {ids.digits(8)}"


def de_plate(code, sep="-", letters=None, nd=None, suffix=""):
    if letters is None:
        letters = "".join(rng.choice(UPPER) for _ in range(rng.choice([1, 2])))
    if nd is None:
        nd = rng.choice([2, 3, 3, 4])
    nd = min(nd, 8 - len(code) - len(letters))
    return f"{code}{sep}{letters} {num(nd)}{suffix}"


def cz_plate(region):
    third = rng.choice("0123456789ABCEHJKLMPSTUVXYZ")
    return f"{rng.randint(1, 9)}{region}{third} {ids.digits(4)}"


def pl_plate(prefix):
    if len(prefix) == 2:
        pattern = rng.choice(["NNNNN", "NNNNL", "NNNLL", "NLNNN", "NLLNN"])
    else:
        pattern = rng.choice(["NNNN", "NNLL", "NLNN", "NNLN", "LNNN", "NNNNN"])
    out = ""
    for i, ch in enumerate(pattern):
        out += (rng.choice("123456789" if i == 0 else "0123456789") if ch == "N" else rng.choice(PL_LET))
    return f"{prefix} {out}"


def sk_plate(district):
    return f"{district}-{num(3)}{rng.choice(UPPER)}{rng.choice(UPPER)}"


def ua_plate():
    return f"{rng.choice(['AA', 'KA', 'BC', 'AX', 'BI'])} {ids.digits(4)} {rng.choice('ABCEHIKMOPTX')}{rng.choice('ABCEHIKMOPTX')}"


def nl_plate():
    pat = rng.choice(["LL-NNN-L", "N-LLL-NN", "NN-LLL-N", "L-NNN-LL"])
    return "".join(rng.choice("BDFGHJKLNPRSTVXZ") if c == "L" else (rng.choice("123456789") if c == "N" else c)
                   for c in pat)


# ---------------------------------------------------------------- identifiers with published check digits
def iban_de(grouped=True):
    v = ids.iban_de()
    return group(v, 4) if grouped else v


def _mod97(country, bban):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def _cz_part(length, weights):
    while True:
        body = ids.digits(length - 1)
        s = sum(int(c) * w for c, w in zip(body, weights))
        d = (-s) % 11
        if d < 10:
            return body + str(d)


def iban_cz_sk(country, bank):
    # Czech/Slovak BBAN: bank code (4) + prefix (6) + account (10); prefix and account pass the national MOD 11 test.
    prefix = "000000" if rng.random() < 0.7 else "0000" + _cz_part(2, [2])
    account = _cz_part(10, [6, 3, 7, 9, 10, 5, 8, 4, 2, 1])
    if account.startswith("000000"):
        account = _cz_part(10, [6, 3, 7, 9, 10, 5, 8, 4, 2, 1])
    return _mod97(country, bank + prefix + account)


def iban_pl():
    # Polish BBAN: 8-digit sort code (bank 3 + branch 4 + check) + 16-digit account.
    head = rng.choice(["102", "105", "109", "114", "124", "116"]) + ids.digits(4)
    s = sum(int(c) * w for c, w in zip(head, [3, 9, 7, 1, 3, 9, 7]))
    sort = head + str((10 - s % 10) % 10)
    return _mod97("PL", sort + ids.digits(16))


def iban_nl():
    while True:
        body = ids.digits(9, first_nonzero=True)
        s = sum(int(c) * w for c, w in zip(body, range(10, 1, -1)))
        d = (-s) % 11
        if d < 10:
            return _mod97("NL", rng.choice(["RABO", "INGB", "ABNA"]) + body + str(d))


def vat_de():
    return ids.vat_id()


def vat_cz():
    while True:
        body = rng.choice("12345678") + ids.digits(6)
        s = sum(int(c) * w for c, w in zip(body, [8, 7, 6, 5, 4, 3, 2]))
        return "CZ" + body + str((11 - s % 11) % 10)


def vat_pl(office=None):
    while True:
        body = (office or rng.choice(["611", "615", "691", "894", "897", "899"])) + ids.digits(6)
        s = sum(int(c) * w for c, w in zip(body, [6, 5, 7, 2, 3, 4, 5, 6, 7]))
        if s % 11 < 10:
            return body + str(s % 11)


def vat_sk():
    while True:
        body = rng.choice("123456789") + rng.choice("0123456789") + rng.choice("234789") + ids.digits(6)
        d = (-(int(body) * 10)) % 11
        if d < 10:
            return "SK" + body + str(d)


def vat_nl():
    while True:
        body = ids.digits(8, first_nonzero=True)
        s = sum(int(c) * w for c, w in zip(body, range(9, 1, -1)))
        if s % 11 < 10:
            return f"NL{body}{s % 11}B01"


def pl_id_card():
    # Polish identity card: 3 letters, check digit, 5 digits; weights 7,3,1,9,7,3,1,7,3, sum mod 10 = 0.
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    rest = ids.digits(5)
    s = sum((ord(c) - 55) * w for c, w in zip(letters, [7, 3, 1])) + sum(int(c) * w for c, w in zip(rest, [7, 3, 1, 7, 3]))
    return f"{letters}{s % 10}{rest}"


def stnr_sn():
    return f"2{rng.randint(1, 40):02d}/{ids.digits(3)}/{ids.digits(5)}"


def stnr_sn_federal():
    return f"32{rng.randint(1, 40):02d}0{ids.digits(8)}"


def ssn(t, surname_initial, style="spaced"):
    v = ids.social_security(ddmmyy(t), surname_initial)
    if style == "spaced":
        return f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}"
    return v


def card(brand):
    if brand == "visa":
        v = ids.credit_card("4", 16)
    elif brand == "mc":
        v = ids.credit_card("5" + rng.choice("12345"), 16)
    else:
        v = ids.credit_card(rng.choice(["34", "37"]), 15)
        return f"{v[:4]} {v[4:10]} {v[10:]}"
    return group(v, 4, rng.choice([" ", "-"]))


def taxid(spaced=True):
    v = ids.tax_id()
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if spaced else v


# ---------------------------------------------------------------- the city's own public data (neutral)
OFFICE = "Stadtverwaltung Bautzen"
SWITCH = "03591 534-0"
MAILBOX = "verkehr@bautzen.de"
TOWNHALL_STREET = "Fleischmarkt 1"
TOWNHALL_CITY = "02625 Bautzen"
CITY_IBAN = group(ids.iban_de(), 4)

DOCS = []


def doc(channel, template, flags=()):
    def wrap(fn):
        DOCS.append((channel, template, list(flags), fn))
        return fn
    return wrap


# ================================================================ documents
@doc("outlook", "eu-parkausweis-antrag-angehoerige", ["HEALTH"])
def d01():
    sandra, vater = "Sandra Pietzsch", "Gottfried Pietzsch"
    b = birth(1934, 1942)
    street = f"Wendischer Graben {hn(40)}"
    own = f"Macherstraße {hn()}"
    return f"""Von: {P(sandra)} <{E('sandra.pietzsch@web.de')}>
An: Straßenverkehrsbehörde Bautzen <{N(MAILBOX)}>
Gesendet: Montag, 12. Mai 2025 07:52
Betreff: Parkausweis für meinen Vater – die fehlenden Angaben

Guten Morgen Frau {P('Zschiedrich')},

wie gestern am Telefon besprochen, hier alles für den blauen Parkausweis meines Vaters auf einen Blick:

Name: {P(vater)}
geboren am: {DOB(fdate(b))}
Anschrift: {A(street)}
           {A('02625 Bautzen')}
Schwerbehindertenausweis: GdB 100, Merkzeichen aG, B und RF – seit der Amputation des linken Unterschenkels im Februar sitzt er im Rollstuhl
Krankenversichertennummer (AOK PLUS): {KV(ids.health_insurance())}
Fahrzeug: {KFZ(de_plate('BZ', '-', 'SP', 3))} (Halterin bin ich, ich fahre ihn dreimal die Woche zur Dialyse)

Den alten orangefarbenen Ausweis Nr. {AZ(f'0{rng.randint(100, 899)}/2019')} lege ich im Original bei, den Bescheid vom Kommunalen Sozialverband als Kopie.

Ich wohne selbst in Kamenz ({A(own)}, {A('01917 Kamenz')}), bin aber fast jeden Tag bei ihm. Am besten erreichen Sie mich mobil unter {T(mob_de('space'))}, abends auch unter {T(land_de('03578', 'slash'))}.

Vielen Dank und einen guten Start in die Woche
{P(sandra)}
"""


@doc("word", "bescheid-parkerleichterung-ced", ["HEALTH"])
def d02():
    name = "Hannelore Tzschoppe-Nitzsche"
    az = f"32.1-PE/2025/0{rng.randint(300, 399)}"
    card_no = f"0{rng.randint(300, 399)}/2025"
    return f"""{OFFICE}
Straßenverkehrsbehörde
{N(TOWNHALL_STREET)} · {N(TOWNHALL_CITY)}

Frau
{P(name)}
{A(f'Löbauer Straße {hn()}')}
{A('02625 Bautzen')}

Ihr Antrag vom: 02.04.2025
Unser Zeichen: {AZ(az)}
Bearbeiterin: Frau {P('Zschiedrich')}
Telefon: {N('03591 534-317')}
Datum: 22.04.2025

Ausnahmegenehmigung nach § 46 Abs. 1 Satz 1 Nr. 11 StVO – Parkerleichterung für besondere Gruppen schwerbehinderter Menschen

Sehr geehrte Frau {P('Tzschoppe-Nitzsche')},

auf Ihren Antrag erteile ich Ihnen die oben genannte Ausnahmegenehmigung. Nach dem vorgelegten Feststellungsbescheid besteht bei Ihnen eine Colitis ulcerosa, für die ein Grad der Behinderung von 60 festgestellt ist. Damit gehören Sie zu dem Personenkreis, für den die Verwaltungsvorschrift zu § 46 StVO Parkerleichterungen vorsieht, auch ohne Merkzeichen aG.

Der orangefarbene Parkausweis Nr. {AZ(card_no)} ist bis zum 30.04.2030 gültig und an Ihre Person gebunden. Er darf nur benutzt werden, wenn Sie selbst fahren oder mitfahren – derzeit nach Ihren Angaben in Ihrem Pkw {KFZ(de_plate('BZ', '-', 'HT', 4))} oder im Fahrzeug Ihres Sohnes, Herrn {P('Dirk Nitzsche')} ({KFZ(de_plate('BZ', '-', 'DN', 2))}).

Die Genehmigung berechtigt nicht zum Parken auf Parkplätzen mit dem Zusatzzeichen „Rollstuhlfahrersinnbild“. Bitte legen Sie den Ausweis gut lesbar hinter der Windschutzscheibe aus und geben Sie ihn nach Ablauf der Gültigkeit zurück. Eine Gebühr wird nicht erhoben.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift bei der {OFFICE}, {N(TOWNHALL_STREET)}, {N(TOWNHALL_CITY)}, einzulegen.

Mit freundlichen Grüßen
Im Auftrag

{P('Kathrin Zschiedrich')}
Sachbearbeiterin Sonderparkberechtigungen
"""


@doc("outlook", "halteverbot-umzug-privat-informell")
def d03():
    return f"""Von: {E('kevin.sch96@gmx.de')}
Betreff: halteverbot umzug sa

hallo zusammen,

ich zieh am 14.6. um von der {A(f'steinstr. {hn(40, False)}')} in die {A(f'kurt-pchalek-str. {hn(30, False)}')} und bräuchte vor beiden häusern so ca 15m halteverbot von 7-16 uhr. umzugswagen ist ein 7,5 tonner von meinem kumpel {P('dennis')}, kennzeichen {KFZ(de_plate('BZ', '-', 'RK', 4))} (falls ihr das braucht)
geht das noch so kurzfristig?? hab im netz gelesen das muss 14 tage vorher rein , sorry bin bissl spät dran

die gebühr kann ich überweisen {IB(iban_de(False))} oder soll ich bar im bürgerbüro zahlen

lg {P('kevin schubert')}
tel {T(mob_de('plain'))}

ps: mein vermieter herr {P('lehnert')} meint ihr stellt die schilder selber auf stimmt das?
"""


@doc("outlook", "halteverbot-umzug-cz-firma")
def d04():
    disp, kunde, fahrer = "Jiří Novotný", "Tomáš Dvořák", "Radek Šimek"
    return f"""Von: {P(disp)} <{E('novotny@stehovani-nisa.cz')}>
An: {N(MAILBOX)}
Betreff: Halteverbotszone fur Umzug Familie {P('Dvořák')} – 28.06.2025

Sehr geehrte Damen und Herren,

wir sind Umzugsfirma aus Liberec und machen am 28.06.2025 den Umzug von Familie {P('Dvořák')} aus Bautzen nach Česká Lípa. Die Adresse in Bautzen ist {A(f'Taucherstraße {hn(60)}')}, {A('02625 Bautzen')}. Wir brauchen bitte Halteverbot fur zwei Fahrzeuge, ca. 25 m, von 6.00 bis 15.00 Uhr:

- LKW Iveco Eurocargo 12 t, SPZ {KFZ(cz_plate('L'))}
- Transporter Ford Transit, SPZ {KFZ(cz_plate('L'))}

Kunde: Herr {P(kunde)}, Tel. {T(phone_cz())}
Rechnung fur die Gebühr bitte an unsere Firma:

Stěhování Nisa s.r.o.
{A(f'Pražská {rng.randint(100, 999)}/{rng.randint(2, 40)}')}
{A('460 01 Liberec')}
Tschechische Republik
DIČ: {VAT(vat_cz())}
IBAN: {IB(group(iban_cz_sk('CZ', rng.choice(['0100', '0300', '0800', '2010'])), 4))}

Vor Ort ist unser Fahrer {P(fahrer)} verantwortlich, mobil {T(phone_cz())}. Er spricht etwas Deutsch.

Entschuldigung fur mein Deutsch.

S pozdravem / Mit freundlichen Grüßen
{P(disp)}
dispečer
Stěhování Nisa s.r.o. | {N(phone_cz(False))} | www.stehovani-nisa.cz
"""


@doc("word", "gebuehrenbescheid-ausnahme-pl-spedition")
def d05():
    owner = "Krzysztof Kowalczyk"
    az = f"32.3-AG/2025/{rng.randint(1000, 1999)}"
    old = f"32.3-AG/2024/0{rng.randint(700, 999)}"
    kz = f"5.32.3.25.{ids.digits(5)}"
    return f"""{OFFICE} · Straßenverkehrsbehörde · {N(TOWNHALL_STREET)} · {N(TOWNHALL_CITY)}

Usługi Transportowe {P(owner)}
{A(f'ul. Wrocławska {rng.randint(2, 140)}/{rng.randint(1, 12)}')}
{A('59-900 Zgorzelec')}
POLEN

Ihr Zeichen: {N("KK/114/2025")}
Unser Zeichen: {AZ(az)}
Kassenzeichen: {AZ(kz)}
Datum: 08.07.2025

Gebührenbescheid zur Ausnahmegenehmigung vom Durchfahrverbot für Kraftfahrzeuge über 7,5 t (Zeichen 253 StVO), Gewerbegebiet Bautzen-Nord

Sehr geehrter Herr {P('Kowalczyk')},

für die Ihnen am 01.07.2025 erteilte Ausnahmegenehmigung werden nach der Gebührenordnung für Maßnahmen im Straßenverkehr (GebOSt), Gebühren-Nr. 264, Gebühren in Höhe von

    3 Fahrzeuge × 61,40 EUR = 184,20 EUR

festgesetzt. Die Genehmigung gilt für die Sattelzugmaschinen {KFZ(pl_plate('DZG'))} und {KFZ(pl_plate('DZG'))} sowie den Lkw {KFZ(pl_plate('DZG'))}. Ihre Umsatzsteuer-Identifikationsnummer {VAT('PL' + vat_pl('615'))} haben wir vermerkt; die Gebühr ist nicht umsatzsteuerbar.

Bitte überweisen Sie den Betrag bis zum 08.08.2025 unter Angabe des Kassenzeichens auf das Konto der Stadtkasse Bautzen, IBAN {N(CITY_IBAN)}, BIC WELADED1GRL.

Die im Vorgang {AZ(old)} zu viel gezahlten 61,40 EUR werden mit diesem Bescheid nicht verrechnet, sondern auf Ihr Konto {IB(group(iban_pl(), 4))} erstattet.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der {OFFICE}, {N(TOWNHALL_STREET)}, {N(TOWNHALL_CITY)}, erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
{P('Anja Pietschmann')}
"""


@doc("outlook", "schwertransport-antrag-sk-weitergeleitet")
def d06():
    zk, mb = "Zuzana Kováčová", "Marek Baláž"
    b = birth(1968, 1990)
    return f"""Von: {P('Böhme, Steffi')} <{E('s.boehme@bautzen.de')}>
An: {P('Hentschel, Ronny')}
Betreff: WG: Žiadosť / Antrag Schwertransport Transformator – Umspannwerk Bautzen-Süd

Hallo {P('Ronny')},

anbei der Antrag aus Košice, die VEMAGS-Antragsnummer reichen die noch nach. Kannst du die Route mit dem Revier und dem LASuV klären? Ich bin ab Montag zwei Wochen weg.

Gruß {P('Steffi')}

-----Ursprüngliche Nachricht-----
Von: {P(zk)} <{E('kovacova@tatratrans-heavy.sk')}>
Gesendet: Dienstag, 3. Juni 2025 09:14
An: {N(MAILBOX)}
Cc: {P(mb)} <{E('m.balaz@tatratrans-heavy.sk')}>
Betreff: Žiadosť / Antrag Schwertransport Transformator – Umspannwerk Bautzen-Süd

Sehr geehrte Damen und Herren,

im Auftrag der Netzbetreiberin beantragen wir die Erlaubnis für den Transport eines Transformators zum Umspannwerk Bautzen-Süd in der Nacht vom 24. auf den 25.06.2025.

Gesamtmasse: 118 t, Länge 32,40 m, Breite 3,80 m, Höhe 4,55 m
Zugmaschine: Mercedes-Benz Actros 4163, Kennzeichen {KFZ(sk_plate('KE'))}
Tieflader: Goldhofer THP, 8 Achsen, Kennzeichen {KFZ(sk_plate('KE'))}
Begleitfahrzeug BF3: {KFZ(sk_plate('KE'))}, Fahrer {P('Ľubomír Hrušovský')}
Fahrer der Zugmaschine: {P('Peter Horváth')}, geb. {DOB(fdate(b))}, mobil {T(phone_sk())}

Antragstellerin: TatraTrans Heavy s.r.o., {A(f'Južná trieda {rng.randint(10, 120)}')}, {A('040 01 Košice')}, IČ DPH {VAT(vat_sk())}

Für Rückfragen stehe ich Ihnen gern zur Verfügung, auch auf Deutsch.

S pozdravom
{P(zk)}
dispečerka nadrozmerné prepravy
{T(phone_sk())}
"""


@doc("word", "vermerk-schwertransport-route")
def d07():
    az = f"32.4-GST/2025/00{rng.randint(10, 99)}"
    return f"""Aktenvermerk

Vorgang: {AZ(az)} – Großraum- und Schwertransport TatraTrans Heavy s.r.o. (Transformator, 118 t)
Bearbeiter: {P('R. Hentschel')}

1. Telefonat mit PHK {P('Andreas Matthes')}, Polizeirevier Bautzen, am 05.06.2025, 10:40 Uhr
   - Route über die B 96 bis Anschlussstelle; Spreebrücke im Zuge der Talsperrenstraße nach Auskunft LASuV nicht ausreichend tragfähig, Umfahrung über die Kreisstraße.
   - Polizeibegleitung ab Stadtgrenze erforderlich; Einsatzleitung in der Nacht: POKin {P('Jana Richter')}, dienstliches Handy {T(mob_de('space'))}.

2. Rückruf der Antragstellerin (Frau {P('Kováčová')}), 05.06.2025, 14:15 Uhr
   - Der Fahrer wird ausgetauscht: neuer Fahrer {P('Miroslav Čonka')}.
   - Das Begleitfahrzeug ist jetzt {KFZ(sk_plate('KE'))}; die Fahrzeugpapiere werden nachgereicht.

3. Anlieger
   Die Baustellenzufahrt führt über das Grundstück von Herrn {P('Eberhard Kaulfuß')}, {A(f'Am Stausee {hn(20)}')}, {A('02692 Großpostwitz')}. Schriftliches Einverständnis liegt vor (Bl. 14 d. A.).

4. Stellungnahme Straßenbaulastträger
   LASuV, Niederlassung Bautzen (Herr {P('Dr. Tilo Gnauck')}): keine Bedenken bei Schrittgeschwindigkeit auf dem Brückenbauwerk BW 12.

Weiteres Vorgehen: Anhörung der unteren Straßenverkehrsbehörde des Landkreises, danach Bescheid; Wiedervorlage 12.06.2025.

{P('Hentschel')}, 05.06.2025
"""


@doc("word", "bewohnerparken-export-ohne-kopfzeile")
def d08():
    rows = [
        ("Wjenk", "Měrćin", "Reichenstraße"), ("Kretzschmar", "Ines", "Kesselstraße"),
        ("Pham", "Minh Duc", "Schülerstraße"), ("Lehmann-Wünsche", "Dr. Brigitte", "Heringstraße"),
        ("von Polenz", "Konstantin", "Innere Lauenstraße"), ("Šołta", "Benedikt", "Wendischer Kirchhof"),
        ("Çelik", "Emre", "Tuchmacherstraße"), ("Hoffmann", "Jens-Uwe", "Große Brüdergasse"),
        ("Kowalska", "Agata", "Kornstraße"), ("Richter", "Tino", "An der Petrikirche"),
        ("Bjarš", "Hańža", "Schloßstraße"), ("Ahmadi", "Farid", "Reichenstraße"),
    ]
    lines = []
    for i, (sur, giv, street) in enumerate(rows):
        nr = f"BP-A-25-{rng.randint(100, 999):04d}"
        code = rng.choice(["BZ", "BZ", "BZ", "KM", "DD", "GR", "LÖB"])
        plate = KFZ(de_plate(code))
        if i in (3, 8):
            plate += "|" + KFZ(de_plate("BZ"))
        valid = f"{rng.choice(['31.03', '30.06', '30.09', '31.12'])}.{rng.choice(['2025', '2026', '2026'])}"
        lines.append(f"{AZ(nr)};A;{P(sur)};{P(giv)};{A(f'{street} {hn(40)}')};{A('02625 Bautzen')};{plate};{valid}")
    return "\n".join(lines) + "\n"


@doc("word", "bewohnerparken-export-csv-mit-kopf")
def d09():
    rows = [
        ("Zschoche, Heike", "Kornstraße", "h.zschoche@t-online.de"),
        ("Nguyen, Thi Thu Trang", "Steinstraße", "trang.nguyen.bz@gmail.com"),
        ("Freiherr von Gersdorff, Wolf-Dietrich", "Karl-Marx-Straße", ""),
        ("Wagner, Olga", "Paulistraße", "olgawagner1975@mail.ru"),
        ("Krautz, Ronny", "Wallstraße", "ronny.krautz@gmx.de"),
        ("Al-Masri, Yasmin", "Seminarstraße", "yasmin.almasri@web.de"),
        ("Schäfer-Lindner, Antje", "Töpferstraße", ""),
        ("Dvořáková, Lucie", "Taucherstraße", "lucie.dvorakova@seznam.cz"),
    ]
    out = ['"lfd_nr","name","anschrift","kennzeichen","email","telefon","zahlart"']
    for i, (name, street, mail) in enumerate(rows, 1):
        plate = de_plate(rng.choice(["BZ", "BZ", "BZ", "DD", "KM"]), rng.choice(["-", " "]))
        tel = rng.choice([land_de("03591", "space"), mob_de("plain"), mob_de("space")])
        mail_cell = f'"{E(mail)}"' if mail else '""'
        pay = rng.choice(["Lastschrift", "Überweisung", "EC-Karte", "bar"])
        out.append(f'"{i}","{P(name)}","{A(f"{street} {hn(60)}")}, {A("02625 Bautzen")}","{KFZ(plate)}",'
                   f'{mail_cell},"{T(tel)}","{pay}"')
    return f"""Export Fachverfahren Bewohnerparken – Gebiet B (Altstadt Süd), Stand 30.06.2025

""" + "\n".join(out) + "\n"


@doc("outlook", "taxi-genehmigung-verlaengerung")
def d10():
    owner = "Thanh Nguyen"
    return f"""Von: {P(owner)} <{E('taxi.nguyen.bautzen@gmail.com')}>
An: {N(MAILBOX)}
Cc: {P('Hentschel, Ronny')}
Betreff: Wiedererteilung Taxigenehmigungen Ordnungsnummern 12, 14 und 17

Sehr geehrter Herr {P('Hentschel')},

die Genehmigungen nach dem Personenbeförderungsgesetz für meine drei Taxen laufen zum 31.08.2025 ab. Ich beantrage hiermit die Wiedererteilung für weitere fünf Jahre und schicke vorab die Unterlagen, die Originale bringe ich am Donnerstag vorbei:

- Unbedenklichkeitsbescheinigung des Finanzamts Bautzen, Steuernummer {TNR(stnr_sn())}
- USt-IdNr.: {VAT(vat_de())}
- Antrag auf Auskunft aus dem Gewerbezentralregister (meine Steuer-Identifikationsnummer dafür: {TID(taxid(True))})
- Bescheinigung der Berufsgenossenschaft und der AOK PLUS
- Fahrzeuge: {KFZ('BZ-TX 12')}, {KFZ('BZ-TX 14')} und neu {KFZ('BZ-TX 117')} (Toyota Corolla Hybrid, ersetzt den alten Wagen {KFZ('BZ-TX 17')})

Fest angestellte Fahrer mit Fahrerlaubnis zur Fahrgastbeförderung: {P('Sergej Wagner')}, {P('Doreen Liebscher')} und mein Bruder {P('Nguyễn Văn Hùng')}. Aushilfe am Wochenende ist {P('Kai-Uwe Scholze')}.

Der Betriebssitz bleibt {A(f'Tzschirnerstraße {hn(30)}')}, {A('02625 Bautzen')}. Die Funkzentrale ist unter {T(land_de('03591', 'space'))} besetzt, mich persönlich erreichen Sie unter {T(mob_de('slash'))}.

Mit freundlichen Grüßen
{P(owner)}
Taxi {P('Nguyen')} – Inhaber {P(owner)}
"""


@doc("word", "mietwagen-fahrzeug-fahrerliste")
def d11():
    gf = "Dipl.-Kfm. Frank-Ulrich Seidel"
    drivers = ["Olga Schäfer", "Hamid Sultani", "Petra Hänig", "Bogdan Lewandowski", "Rico Mättig",
               "Ayşe Yıldırım"]
    models = ["VW Touran", "VW Caddy Maxi (rollstuhlgerecht)", "Skoda Superb", "Mercedes-Benz V-Klasse",
              "Toyota Proace", "Skoda Enyaq"]
    rows = []
    for i, (drv, model) in enumerate(zip(drivers, models), 1):
        plate = de_plate("BZ", "-", "LM", 3, "E" if "Enyaq" in model else "")
        rows.append(f"| {i} | {KFZ(plate)}{' ' * (10 - len(plate))} | {model:<34} | {P(drv)}{' ' * (20 - len(drv))} | {T(mob_de(rng.choice(['space', 'plain'])))} |")
    return f"""Anlage 2 zum Antrag auf Erweiterung der Genehmigung für den Verkehr mit Mietwagen (§ 49 Abs. 4 PBefG)

Unternehmen: Lausitz Mobil GmbH
Betriebssitz: {A(f'Dresdener Straße {hn(150)}')}, {A('02625 Bautzen')}
Geschäftsführer: {P(gf)}
Steuernummer: {TNR(stnr_sn_federal())}   USt-IdNr.: {VAT(vat_de())}
Ansprechpartnerin Disposition: {P('Marlen Kschischang')}, {E('m.kschischang@lausitz-mobil.de')}

| Nr. | Kennzeichen | Fahrzeug | Stammfahrer/in | Mobil |
|-----|-------------|----------|----------------|-------|
""" + "\n".join(rows) + f"""

Die Fahrzeuge werden ausschließlich am Betriebssitz bereitgehalten. Ein Bereithalten am Taxistand Bahnhof ist nicht vorgesehen.

Bautzen, 14.04.2025

{P('F.-U. Seidel')}
"""


@doc("outlook", "csd-demozug-verkehrsregelung", ["SEXUAL_ORIENTATION"])
def d12():
    jonas = "Jonas Teichmann"
    return f"""Von: {P(jonas)} <{E('jonas.teichmann@posteo.de')}>
An: {N(MAILBOX)}
Betreff: CSD Bautzen 2025 – Sperrungen und Halteverbote für den Demozug am 23.08.

Hallo liebes Team der Verkehrsbehörde,

ich bin {P('Jonas')} (er/ihm) aus dem Orga-Team vom CSD Bautzen. Die Versammlung selbst ist beim Landratsamt angezeigt, für den Straßenverkehr brauchen wir aber Sie:

Aufstellung ab 12 Uhr am Kornmarkt, Start 13 Uhr, dann Reichenstraße – Hauptmarkt – Schülerstraße – Lauengraben und zurück. Wir rechnen mit rund 1.500 Menschen und zwei Lautsprecherwagen. Halteverbote bräuchten wir in der Reichenstraße ab 10 Uhr.

Persönlich noch ein Satz: Ich bin hier als schwuler Jugendlicher aufgewachsen und hätte mir so eine Parade damals sehr gewünscht. Letztes Jahr standen rechte Gruppen direkt an der Strecke, deshalb wäre uns eine gut abgesperrte Route wirklich wichtig.

Versammlungsleitung: {P(jonas)}, {A(f'Töpferstraße {hn(40)}')}, {A('02625 Bautzen')}, mobil {T(mob_de('space'))}
Stellvertretung: {P('Aylin Demirci')} ({E('aylin.demirci@posteo.de')})
Lautsprecherwagen 1: {KFZ(de_plate('DD', '-', 'CS', 4))}, Fahrer {P('Maik Reinhold')}
Lautsprecherwagen 2: {KFZ(de_plate('BZ', ' ', 'Q', 3))}, Fahrerin {P('Sophie-Marie Ehrlich')}

Die Liste der Ordner:innen schicke ich bis Ende Juli.

Queere Grüße und danke schon mal
{P(jonas)}
"""


@doc("word", "osterreiten-prozession-verkehrsregelung", ["ETHNICITY", "RELIGION"])
def d13():
    chair = "Jurij Wjelan"
    riders = [("Bosćan Kral", "KM"), ("Michał Šołta", "BZ"), ("Handrij Nawka", "KM"), ("Pětr Cyž", "BZ"),
              ("Benno Ryćer", "KM")]
    lines = []
    for name, code in riders:
        lines.append(f"- {P(name)}, Pferdeanhänger {KFZ(de_plate(code, '-', None, 3))}")
    return f"""Křižerske towarstwo Budyšin – Osterreitergemeinschaft Bautzen
{P(chair)}, Vorsitzender · {A(f'Äußere Lauenstraße {hn(40)}')} · {A('02625 Bautzen')} · {T(land_de('03591', 'slash'))} · {E('j.wjelan@online.de')}

An die
Stadtverwaltung Bautzen
Straßenverkehrsbehörde
{N(TOWNHALL_STREET)}
{N(TOWNHALL_CITY)}

Bautzen, 03.02.2025

Osterreiterprozession am Ostersonntag, 20.04.2025 – Antrag auf verkehrsrechtliche Anordnung

Sehr geehrte Damen und Herren,

wie in jedem Jahr reiten wir katholischen Sorben aus der Dompfarrei St. Petri am Ostersonntag mit etwa 200 Reitern in Frack und Zylinder nach Radibor, um die Auferstehungsbotschaft zu verkünden, und kehren am Nachmittag zurück. Für uns als sorbische Familien ist das die wichtigste Tradition des Jahres; meine Söhne reiten dieses Jahr zum ersten Mal mit.

Wir bitten um die Sperrung der Strecke ab dem Domplatz stadtauswärts in der Zeit von 10.30 bis 11.30 Uhr und von 16.00 bis 17.30 Uhr sowie um ein Halteverbot auf dem Parkplatz an der Wendischen Kirche für die Pferdeanhänger. Die Anhänger der Vorreiter:

""" + "\n".join(lines) + f"""

Verantwortlich für die Pferde und die Anhänger am Parkplatz ist mein Stellvertreter {P('Jan Bjarš')}, mobil {T(mob_de('intl'))}.

Z postrowom / Mit freundlichen Grüßen

{P(chair)}
"""


@doc("outlook", "kundgebung-warnstreik-halteverbot", ["UNION"])
def d14():
    mh = "Mandy Hänsch"
    return f"""Von: {P(mh)} <{E('mandy.haensch@verdi.de')}>
An: {N(MAILBOX)}
Cc: {P('Uwe Kretschmer')} <{E('uwe.kretschmer.bz@web.de')}>
Betreff: Warnstreik Nahverkehr – Kundgebung Kornmarkt am 11.03., Halteverbot für Bühnen-Lkw

Guten Tag Herr {P('Hentschel')},

im Rahmen der laufenden Tarifrunde ruft ver.di die Beschäftigten des Nahverkehrs im Landkreis am 11.03.2025 zum ganztägigen Warnstreik auf. Die Kundgebung ist bei der Versammlungsbehörde angemeldet; von Ihnen bräuchten wir ein Halteverbot auf dem Kornmarkt (Nordseite) von 8 bis 14 Uhr für unseren Bühnen-Lkw {KFZ(de_plate('DD', '-', 'VD', 4))}.

Vor Ort ansprechbar ist unser Kollege {P('Uwe Kretschmer')}, Vorsitzender der ver.di-Betriebsgruppe bei den Verkehrsbetrieben, mobil {T(mob_de('dash'))}. Den Lkw fährt {P('Ralf Ziesche')} vom Landesbezirk.

Vielen Dank für die schnelle Bearbeitung, wie beim letzten Mal.

Solidarische Grüße
{P(mh)}
Gewerkschaftssekretärin
ver.di Bezirk Sachsen Ost-West-Süd, Fachbereich Verkehr
Tel. {T(land_de('0351', 'space'))} | mobil {T(mob_de('intl'))}
"""


@doc("outlook", "beschwerde-missbrauch-schwerbehindertenparkplatz", ["HEALTH"])
def d15():
    christa = "Christa Mühle"
    street_no = hn(30, False)
    return f"""Von: {P(christa)} <{E('christa.muehle@t-online.de')}>
An: {N(MAILBOX)}
Betreff: Missbrauch des Behindertenparkplatzes vor Goschwitzstraße {street_no}

Sehr geehrte Damen und Herren,

seit Monaten parkt unser Nachbar, Herr {P('Detlef Rudolph')}, seinen schwarzen BMW ({KFZ(de_plate('BZ', '-', 'DR', 3))}) auf dem Parkplatz vor unserem Haus {A(f'Goschwitzstraße {street_no}')}, der mit dem Rollstuhlsymbol ausgeschildert ist. Hinter der Scheibe liegt der blaue Ausweis Nr. {AZ(f'00{rng.randint(10, 99)}/2021')} seiner Mutter, Frau {P('Ilse Rudolph')}. Die lebt aber seit Januar wegen ihrer fortgeschrittenen Demenz im Pflegeheim am Stadtrand und fährt gar nicht mehr mit.

Mein Mann {P('Gerhard')} ist nach seinem Schlaganfall selbst auf den Rollstuhl angewiesen (Merkzeichen aG) und findet abends keinen Platz mehr. Ich muss ihn dann über die ganze Straße schieben.

Bitte prüfen Sie das. Ich möchte nicht, dass Herr {P('Rudolph')} erfährt, von wem der Hinweis kommt.

Mit freundlichen Grüßen
{P(christa)}
{A(f'Goschwitzstraße {street_no}')}, {A('02625 Bautzen')}
Tel. {T(land_de('03591', 'paren'))}
"""


@doc("word", "ocr-scan-antrag-handwerkerparkausweis")
def d16():
    b = birth(1966, 1982)
    d, mo, y = b
    dob_ocr = f"{d // 10} {d % 10}.{mo:02d}.{y}"
    plate1 = f"BZ-EK 4O{rng.randint(1, 9)}"
    plate2 = f"BZ-EK 4{rng.randint(10, 99)}"
    plate3 = f"BZ EK l{rng.randint(10, 99)}"
    tel = ids.digits(6, first_nonzero=True)
    st = stnr_sn()
    vat = vat_de()
    return f"""[Scan 2025-03-18 08:41 · Seite 1 von 2 · Texterkennung automatisch, bitte prüfen]

STADT BAUTZEN – STRASSENVERKEHRSBEHÖRDE
ANTRAG AUF ERTEILUNG EINES HANDWERKERPARKAUSWEISES (Ausnahmegenehmigung nach § 46 StVO)

1. Antragsteller / Firma: Elektro {N('Kubitz')} GmbH & Co. KG
   Straβe, Hausnr.: {A(f'Dresdner Straβe 1{rng.randint(10, 99)}')}
   PLZ, Ort: {A('O2625 Bautzen')}
   Verantwortl. Person: Herr {P('Rene Kub itz')}     Geb.-Datum: {DOB(dob_ocr)}
   Telefon: {T(f'03591/{tel[:1]} {tel[1:3]} {tel[3:]}')}     E-Mai l: {E('r.kubitz@elektro-kubitz.de')}
   Steuer-Nr.: {TNR(st[:4] + ' ' + st[4:])}     USt-ldNr.: {VAT(vat[:2] + ' ' + vat[2:])}

2. Fahrzeuge (amtl. Kennzeichen, max. 3):
   a) {KFZ(plate1)}      b) {KFZ(plate2)}      c) {KFZ(plate3)}

3. Begründung: Notdienst und Wartung in der Altstadt, Material- und Werkzeugtransport, ca. 4O Einsätze/Monat
   [x] Nachweis Handwerksrolle liegt bei      [ ] Gewerbeanmeldung

4. Stellvertretende Ansprechpartnerin: Frau {P('Y. Kubitz-Lange')}, Büro, {T(f'0l73 {ids.digits(7, True)}')}

Bautzen, den l6.O3.2O25                      Unterschrift: {P('R. Kubitz')}
______________________________________________________________
Vermerk Behörde: Gebühr 120,00 EUR/Jahr – bezahlt ( ) – Ausweis-Nr. {AZ(f'HW-2025-0{rng.randint(10, 99)}')}
"""


@doc("outlook", "intern-rueckfrage-bewohnerparken-zweitwagen")
def d17():
    return f"""Von: {P('Zschiedrich, Kathrin')}
Gesendet: Mittwoch, 9. April 2025 13:27
An: {P('Böhme, Steffi')}
Betreff: AW: Bewohnerparkausweis Fr. {P('Al-Khatib')} – Zweitwagen?

Hi {P('Steffi')},

hab nachgeschaut: Frau {P('Rania Al-Khatib')} ({A(f'Lauengraben {hn(30)}')}) hat schon den Ausweis {AZ(f'BP-A-25-0{rng.randint(100, 999)}')} für ihren Golf ({KFZ(de_plate('BZ', '-', 'RA', 3))}). Der zweite Antrag ist für den Wagen ihres Mannes ({KFZ(de_plate('BZ', '-', 'AK', 4))}). Laut Melderegister ist Herr {P('Samir Al-Khatib')} aber seit März mit Hauptwohnung in Dresden gemeldet, {A(f'Borsbergstraße {hn(40)}')}, {A('01309 Dresden')} – in Bautzen nur noch Nebenwohnung. Nach unserer Richtlinie gibt es dann keinen Ausweis.

Schreibst du ihr oder soll ich? Sie hatte sich am Telefon schon beschwert, dass Herr {P('Pietsch')} vom Bürgerbüro ihr was anderes gesagt hat.

VG {P('Kathrin')}

-----Ursprüngliche Nachricht-----
Von: {P('Böhme, Steffi')}
Gesendet: Mittwoch, 9. April 2025 11:02
An: {P('Zschiedrich, Kathrin')}
Betreff: Bewohnerparkausweis Fr. {P('Al-Khatib')} – Zweitwagen?

{P('Kathrin')}, kannst du mal schauen, ob bei {P('Al-Khatib')} schon ein Ausweis läuft? Sie hat wieder angerufen ({T(mob_de('space'))}). Danke!
{P('Steffi')}
"""


@doc("outlook", "pl-spedition-dauerausnahme-lkw-verbot")
def d18():
    mz = "Małgorzata Zielińska"
    d1, d2 = "Grzegorz Wójcik", "Paweł Mazur"
    cc = card("mc")
    return f"""From: {P(mz)} <{E('m.zielinska@trans-odra.pl')}>
To: {N(MAILBOX)}
Subject: Request permanent exemption truck ban / Dauerausnahmegenehmigung Lkw-Durchfahrt Gewerbegebiet Bautzen-Nord

Dear Sir or Madam, sehr geehrte Damen und Herren,

our company TRANS-ODRA Sp. z o.o. delivers twice a week to the logistic centre in Bautzen-Nord. The sign „Durchfahrt verboten für Lkw über 7,5 t“ on the Dresdener Straße is new for us. We kindly ask for a Dauerausnahmegenehmigung (12 months) for the following trucks:

1) {KFZ(pl_plate('DW'))} – MAN TGX, driver {P(d1)} (dowód osobisty {IDC(pl_id_card())})
2) {KFZ(pl_plate('DW'))} – DAF XF, driver {P(d2)} (dowód osobisty {IDC(pl_id_card())})
3) {KFZ(pl_plate('DWR'))} – Scania R450, changing drivers

Company data / Firmendaten:
TRANS-ODRA Sp. z o.o.
{A(f'ul. Legnicka {rng.randint(10, 99)}/{rng.randint(1, 20)}')}
{A('54-203 Wrocław')}
NIP / VAT: {VAT('PL' + vat_pl('894'))}

For the fee please charge our company card (Mastercard) {CC(cc)}, valid 09/27, card holder {P('Andrzej Zieliński')} (CEO). If this is not possible, please send invoice.

Best regards / Mit freundlichen Grüßen / Z poważaniem
{P(mz)}
Spedycja międzynarodowa
tel. {T(phone_pl('plus'))}
"""


@doc("word", "anhoerung-owi-cz-halter-zweisprachig")
def d19():
    az = f"32.5-OWi/2025/{rng.randint(3000, 4999)}"
    return f"""{OFFICE} · Straßenverkehrsbehörde – Bußgeldstelle · {N(TOWNHALL_STREET)} · {N(TOWNHALL_CITY)}

Pan
Ing. {P('Petr Procházka')}
{A(f'Husova {rng.randint(100, 1999)}/{rng.randint(1, 40)}')}
{A('460 01 Liberec')}
ČESKÁ REPUBLIKA

Aktenzeichen / Číslo jednací: {AZ(az)}
Datum / Datum: 27.05.2025

Anhörung im Verwarnungsgeldverfahren / Slyšení v řízení o pokutě

Sehr geehrter Herr {P('Procházka')},

Ihnen wird vorgeworfen, am 16.05.2025 um 10:42 Uhr in Bautzen, Kornmarkt, als Führer des Pkw mit dem amtlichen Kennzeichen {KFZ(cz_plate('L'))} auf einem Parkplatz geparkt zu haben, der durch Zusatzzeichen für schwerbehinderte Menschen mit außergewöhnlicher Gehbehinderung reserviert ist, ohne dass ein entsprechender Parkausweis ausgelegt war (§ 42 Abs. 2 i. V. m. Anlage 3 lfd. Nr. 7 StVO, § 49 StVO, § 24 StVG).

Das Verwarnungsgeld beträgt 55,00 EUR. Wenn Sie nicht der Fahrer waren, teilen Sie uns bitte Namen und Anschrift der Person mit, die das Fahrzeug geführt hat.

Vážený pane {P('Procházko')},

je Vám kladeno za vinu, že jste dne 16.05.2025 v 10:42 hod. v Budyšíně (Bautzen), Kornmarkt, parkoval na místě vyhrazeném pro osoby se zdravotním postižením bez platného parkovacího průkazu. Pokuta činí 55,00 EUR. Pokud jste vozidlo neřídil, sdělte nám prosím jméno a adresu řidiče.

Mit freundlichen Grüßen / S pozdravem
Im Auftrag
{P('Sven Lorenz')}
"""


@doc("outlook", "mietwagen-halterauskunft-nl")
def d20():
    b = birth(1975, 1992)
    plate = de_plate("GR", "-", "LR", 4)
    az = f"32.5-OWi/2025/{rng.randint(4000, 4999)}"
    # Dutch passport number: two letters, six letters or digits (no O), one digit.
    pas = (rng.choice("NBSX") + rng.choice("BCDFGHJKLMNPRSTVWXZ")
           + "".join(rng.choice("BCDFGHJKLMNPRSTVWXZ0123456789") for _ in range(6)) + rng.choice("0123456789"))
    return f"""Von: Fleet Compliance – Lausitz Rent <{N('compliance@lausitz-rent.de')}>
An: {N(MAILBOX)}
Gesendet: Freitag, 11. Juli 2025 15:03
Betreff: AW: Halteranfrage Az. {AZ(az)} – {KFZ(plate)}

Sehr geehrte Frau {P('Böhme')},

zu Ihrer Anfrage vom 04.07.2025 teilen wir mit, dass unser Fahrzeug {KFZ(plate)} (Škoda Octavia Combi) zum Tatzeitpunkt am 28.06.2025 um 14:12 Uhr vermietet war. Mietvertrag Nr. {AZ(f'LR-GR-{ids.digits(7)}')}.

Mieter:         {P('Hendrik-Jan van der Meulen')}
geboren:        {DOB(fdate(b, 'nl'))}
Anschrift:      {A(f'Oudegracht {rng.randint(20, 300)} bis')}, {A(f'35{rng.randint(10, 99)} {rng.choice(["NK", "BH", "AV", "LC"])} Utrecht')}, Niederlande
Reisepass-Nr.:  {PASS(pas)}
Zweite Fahrerin laut Vertrag: {P('Femke van der Meulen-Bos')}

Bitte richten Sie den Anhörungsbogen unmittelbar an den Mieter. Eine Kopie des Mietvertrags senden wir nur auf gesonderte Anforderung.

Mit freundlichen Grüßen
i. A. {P('Yvonne Schindler')}
Lausitz Rent GmbH · Niederlassung Görlitz · Fleet Compliance
"""


@doc("word", "gebuehrenuebersicht-halteverbotszonen")
def d21():
    rows = [
        ("Kevin Schubert", "Steinstraße", True),
        ("Stěhování Nisa s.r.o. (Kunde: Tomáš Dvořák)", "Taucherstraße", False),
        ("Dr. Irmgard Pohl", "Karl-Liebknecht-Straße", True),
        ("Weronika Sadowska", "Seminarstraße", False),
        ("Umzüge Noack GmbH (für Fam. Ludwig)", "Postplatz", True),
        ("Emine Aydın", "Gesundbrunnenring", True),
        ("Heinz-Jürgen Tietze", "Käthe-Kollwitz-Straße", False),
        ("Lars Mielke / Cornelia Mielke", "Neusalzaer Straße", True),
    ]
    out = []
    for name, street, sepa in rows:
        kz = f"5.32.2.25.{ids.digits(5)}"
        if "(Kunde:" in name:
            cell = f"Stěhování Nisa s.r.o. (Kunde: {P('Tomáš Dvořák')})"
        elif "Noack" in name:
            cell = f"Umzüge {N('Noack')} GmbH (für Fam. {P('Ludwig')})"
        elif "/" in name:
            a, b = name.split(" / ")
            cell = f"{P(a)} / {P(b)}"
        else:
            cell = P(name)
        amount = rng.choice(["38,50", "52,00", "52,00", "77,00", "104,00"])
        pay = f"Lastschrift {IB(iban_de(True))}" if sepa else rng.choice(["Überweisung", "bar (Bürgerbüro)", "Überweisung Ausland"])
        out.append(f"{AZ(kz)} | {cell} | {A(f'{street} {hn(90)}')}, {A('02625 Bautzen')} | {amount} EUR | {pay}")
    return """Sachgebiet 32.2 – Sondernutzungen/Halteverbotszonen
Übersicht Gebühreneinnahmen Juni 2025 (nur für den Dienstgebrauch)

Kassenzeichen | Antragsteller/in | Ort der Zone | Betrag | Zahlweg
""" + "\n".join(out) + f"""

Summe: siehe Kassenliste. Zwei Zahlungen aus dem Ausland stehen noch aus; Mahnlauf am 15.07.2025.
Erstellt: {P('A. Pietschmann')}, 01.07.2025
"""


@doc("outlook", "weitergeleitet-beschwerde-umzugswagen-einfahrt")
def d22():
    bs = "Bernd Schwarzbach"
    ws = "Weronika Sadowska"
    no = rng.randint(10, 40)
    az = f"32.2-HV/2025/0{rng.randint(600, 699)}"
    plate = pl_plate("DZG")
    return f"""Von: {P('Zschiedrich, Kathrin')}
Gesendet: Montag, 23. Juni 2025 08:12
An: {P('Böhme, Steffi')}
Betreff: WG: Umzugswagen blockiert Einfahrt Seminarstraße

Hallo {P('Steffi')},

kannst du dir das anschauen? Die Zone war von uns genehmigt ({AZ(az)}), Antragstellerin war Frau {P('Sadowska')}, den Umzug hat eine Firma aus Zgorzelec gemacht. Ich glaube, die haben die Schilder vor der falschen Hausnummer aufgestellt.

Danke dir
{P('Kathrin')}

________________________________
Von: {P(bs)} <{E('b.schwarzbach@gmx.de')}>
Gesendet: Samstag, 21. Juni 2025 11:06
An: Bürgerpostfach Stadt Bautzen <{N('buergerpost@bautzen.de')}>
Betreff: Umzugswagen blockiert Einfahrt Seminarstraße

Hallo,

seit 7 Uhr steht ein polnischer Lkw ({KFZ(plate)}) quer vor meiner Garagenausfahrt {A(f'Seminarstraße {no}')}. Ich bin Hausmeister hier und muss um 12 Uhr zum Dienst. Die Schilder mit Halteverbot stehen aber vor Nr. {no + 2}! Der Fahrer heißt wohl {P('Tomasz')}, der versteht mich nicht. Bestellt hat den Umzug die neue Mieterin aus dem 3. OG, Frau {P(ws)}.

Rufen Sie mich bitte an: {T(mob_de('space'))}

{P(bs)}

> Am 21.06.2025 um 11:40 schrieb {P(ws)} <{E('weronika.sadowska@o2.pl')}>:
> Dzień dobry Herr {P('Schwarzbach')}, es tut mir sehr leid! Der Fahrer fährt jetzt sofort weg. Die Firma ist Przeprowadzki {N('Jankowski')}, Tel. {N(phone_pl('00'))}. Ich bin ab heute Ihre Nachbarin, Wohnung 7.
> Pozdrawiam, {P('Weronika')}
"""


@doc("word", "vermerk-kontrolle-taxistand-fks")
def d23():
    b1, b2, b3, b4 = birth(1965, 1975), birth(1988, 1998), birth(1978, 1990), birth(1970, 1985)
    az = f"32.6-PB/2025/0{rng.randint(10, 99)}"
    owi = f"32.5-OWi/2025/{rng.randint(5000, 5999)}"
    return f"""Vermerk über die gemeinsame Kontrolle des Gelegenheitsverkehrs am Taxistand Bahnhof

Vorgang: {AZ(az)}
Datum: Samstag, 17.05.2025, 21:30 bis 23:15 Uhr
Beteiligte: Straßenverkehrsbehörde (Herr {P('Hentschel')}, Frau {P('Böhme')}), Hauptzollamt Dresden – Finanzkontrolle Schwarzarbeit (ZOI {P('Carsten Wehner')}), Polizeirevier Bautzen (POMin {P('Lisa Kühne')})

1. Taxi Ordnungsnummer 12, {KFZ('BZ-TX 12')} – Unternehmer: {P('Thanh Nguyen')}
   Fahrer: {P('Sergej Wagner')}, geb. {DOB(fdate(b1))}, Personalausweis {IDC(ids.id_card(True))}
   SV-Nummer: {SSN(ssn(b1, 'W'))}
   Ergebnis: Fahrerlaubnis zur Fahrgastbeförderung gültig, Schichtzettel vollständig. Keine Beanstandung.

2. Taxi Ordnungsnummer 9, {KFZ(de_plate('BZ', '-', 'TA', 1))} – Unternehmerin: {P('Ramona Gäbler')}
   Fahrer: {P('Mohammad Rahimi')}, geb. {DOB(fdate(b2, 'short'))}, Reisepass {PASS(ids.passport(False))}
   SV-Nummer: {SSN(ssn(b2, 'R', 'compact'))}
   Ergebnis: Fahrer war am Kontrolltag nicht zur Sozialversicherung angemeldet (Meldung erst am Folgetag). FKS übernimmt; Anhörung der Unternehmerin Frau {P('Gäbler')} durch uns wegen Zuverlässigkeit.

3. Mietwagen {KFZ(de_plate('BZ', '-', 'LM', 3))} (Lausitz Mobil GmbH) – am Taxistand bereitgehalten, Verstoß gegen die Rückkehrpflicht nach § 49 Abs. 4 PBefG
   Fahrerin: {P('Romy Kaiser')}, geb. {DOB(fdate(b3, 'yy'))}, wohnhaft {A(f'Gesundbrunnenring {hn(60)}')}, {A('02625 Bautzen')}
   Verwarnungsgeld angeboten, abgelehnt; Bußgeldverfahren {AZ(owi)}.

4. Taxi Ordnungsnummer 21, {KFZ(de_plate('BZ', '-', 'TV', 2))} – Unternehmer und Fahrer: {P('Vu Tuan Anh')}, geb. {DOB(fdate(b4))}
   SV-Nummer: {SSN(ssn(b4, 'V'))}
   Ergebnis: Taxameter nicht geeicht (Eichmarke 2023 abgelaufen). Mängelbericht, Frist 14 Tage.

Wiedervorlage: 02.06.2025 (Rückmeldung FKS zu Nr. 2)

gez. {P('Hentschel')}
"""


@doc("outlook", "parkausweis-verlaengerung-senior-informell", ["HEALTH"])
def d24():
    b = birth(1938, 1942)
    return f"""Von: {E('w.petasch@arcor.de')}
Betreff: AUSWEIS LÄUFT AB !!

sehr geehrte damen und herrn,

mein parkausweiss (der blaue) läuft ende monat ab, Nummer steht drauf {AZ(f'00{rng.randint(10, 99)}/2020')}. ich bin am {DOB(fdate(b, 'd.m.yy'))} geboren und habe nach den zwei Herzinfakten und mit der COPD keine luft mehr zum laufen, nach 50 meter ist schluss. Der Hausartzt Dr. {P('Mählich')} hat das alles aufgeschrieben.
muss ich da wieder persöhnlich hinkommen?? mein schwiegersohn {P('Holger')} könnte mich am dinstag fahren

meine versichertennummer von der Kasse falls sie die brauchen {KV(ids.health_insurance())}

Auto ist immer noch das selbe {KFZ(de_plate('BZ', ' ', 'W', 4))}

mit freundlichem gruß
{P('Werner Petasch')}
{A(f'Seidauer Straße {hn(60)}')}
{A('02625 Bautzen')}
Tel {T(land_de('03591', 'space', 5))} (wenn keiner rangeht nochmal versuchen ich hör schlecht)
"""


@doc("word", "erlaubnis-schwertransport-sk-bescheid")
def d25():
    kz = f"5.32.4.25.{ids.digits(5)}"
    return f"""{OFFICE}
Straßenverkehrsbehörde
{N(TOWNHALL_STREET)}, {N(TOWNHALL_CITY)}

Einschreiben / Doporučene
TatraTrans Heavy s.r.o.
z. Hd. Frau {P('Zuzana Kováčová')}
{A('Južná trieda ' + str(rng.randint(10, 120)))}
{A('040 01 Košice')}
SLOWAKEI

Unser Zeichen: {AZ('32.4-GST/2025/00' + str(rng.randint(10, 99)))}
Kassenzeichen: {AZ(kz)}
Bautzen, 16.06.2025

Erlaubnis nach § 29 Abs. 3 StVO und Ausnahmegenehmigung nach § 46 Abs. 1 Satz 1 Nr. 5 StVO
Großraum- und Schwertransport Transformator, Umspannwerk Bautzen-Süd

Sehr geehrte Frau {P('Kováčová')},

auf Ihren Antrag vom 03.06.2025 erteile ich Ihnen die Erlaubnis für eine einmalige Fahrt in der Nacht vom 24. auf den 25.06.2025, 22.00 bis 5.00 Uhr, mit folgender Fahrzeugkombination:

Zugmaschine             {KFZ(sk_plate('KE'))}
Tieflader (8 Achsen)    {KFZ(sk_plate('KE'))}
Begleitfahrzeug BF3     {KFZ(sk_plate('KE'))}
Fahrzeugführer          {P('Miroslav Čonka')}

Nebenbestimmungen (Auszug):
1. Die Brücke BW 12 ist mittig und in Schrittgeschwindigkeit ohne weiteren Verkehr zu überfahren.
2. Die Fahrt ist durch die Polizei zu begleiten; Anmeldung spätestens 48 Stunden vorher beim Polizeirevier Bautzen.
3. Die Zufahrt über das Grundstück Flurstück 412/7 ist nur mit dem vorliegenden Einverständnis des Eigentümers zulässig.

Für diesen Bescheid wird eine Gebühr von 385,00 EUR erhoben (GebOSt Nr. 263). Bitte überweisen Sie den Betrag unter Angabe des Kassenzeichens auf {N(CITY_IBAN)}. Die von Ihnen geleistete Sicherheit für Schäden an Verkehrszeichen wird nach der Fahrt auf Ihr Konto {IB(group(iban_cz_sk('SK', rng.choice(['0900', '1100', '0200'])), 4))} zurücküberwiesen.

Ihre Umsatzsteuer-Identifikationsnummer (IČ DPH {VAT(vat_sk())}) haben wir für die Gebührenrechnung vermerkt.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der {OFFICE}, {N(TOWNHALL_STREET)}, {N(TOWNHALL_CITY)}, erhoben werden.

Mit freundlichen Grüßen
Im Auftrag

{P('Ronny Hentschel')}
Sachgebietsleiter Verkehrslenkung und Schwertransporte
"""


@doc("word", "liste-ausnahmegenehmigung-pflegedienst")
def d26():
    owner = "Katarzyna Nowicka-Bergmann"
    staff = ["Anke Marschner", "Jacqueline Noack", "Sławomir Bergmann", "Thi Hoa Tran", "Ines Zieschank",
             "Maximilian Gburek", "Nadine Wjencyk", "Oksana Melnyk"]
    rows = []
    for i, s in enumerate(staff, 1):
        plate = de_plate(rng.choice(["BZ", "BZ", "BZ", "KM", "LÖB"]), rng.choice(["-", "-", " "]))
        rows.append(f"{i:>2}. {P(s)}\t{KFZ(plate)}\t{T(mob_de(rng.choice(['space', 'plain', 'slash'])))}")
    return f"""Ambulanter Pflegedienst „Lebensbaum“ · Inhaberin {P(owner)}
{A(f'Wilthener Straße {hn(80)}')} · {A('02625 Bautzen')} · Tel. {T(land_de('03591', 'space'))} · {E('k.nowicka-bergmann@pflege-lebensbaum.de')}

Antrag auf Verlängerung der Ausnahmegenehmigung für soziale Dienste (Parken im eingeschränkten Halteverbot und in Bewohnerparkbereichen)
Bisherige Genehmigung: {AZ(f'32.1-SD/2024/00{rng.randint(10, 99)}')}

Liste der Pflegekräfte und der jeweils genutzten Fahrzeuge (Stand 01.09.2025):

Nr. Name\tKennzeichen\tDiensthandy
""" + "\n".join(rows) + f"""

Die Fahrzeuge Nr. 3 und 8 sind private Pkw der Mitarbeitenden; eine Nutzungsvereinbarung liegt vor. Die Genehmigungen bitte wie bisher auf die Kennzeichen ausstellen und an die Geschäftsstelle senden.

Bautzen, 02.09.2025

{P(owner)}
Pflegedienstleitung
"""


@doc("outlook", "filmdreh-strassensperrung-nl-produktion")
def d27():
    sv = "Sanne de Vries"
    return f"""Von: {P(sv)} <{E('sanne@lichtspielfilm.nl')}>
An: {N(MAILBOX)}
Cc: {P('Thilo Brückner')} <{E('brueckner@filmbuero-lausitz.de')}>
Betreff: Dreharbeiten „De Grens“ – Sperrung Wendischer Graben / Halteverbote 15.–17.09.

Sehr geehrte Damen und Herren,

für unsere deutsch-niederländische Koproduktion drehen wir vom 15. bis 17.09.2025 in der Bautzener Altstadt. Wir bitten um eine verkehrsrechtliche Anordnung für die Vollsperrung des Wendischen Grabens (jeweils 7–19 Uhr) sowie Halteverbote für unsere Technikfahrzeuge:

- Kamerawagen {KFZ(nl_plate())}
- Lichtwagen {KFZ(nl_plate())}
- Generator {KFZ(nl_plate())}
- Maske/Garderobe (gemietet) {KFZ(de_plate('DD', '-', 'FP', 4))}

Anwohnerinnen und Anwohner werden per Aushang informiert. Ein Bewohner, Herr {P('Gunther Ruscher')} aus dem {A(f'Wendischer Graben {hn(40)}')}, hat uns bereits gebeten, seine Garagenzufahrt frei zu halten – das sagen wir zu.

Rechnungsanschrift:
Lichtspiel Film B.V.
t.a.v. {P(sv)}
{A(f'Oudezijds Voorburgwal {rng.randint(10, 300)}')}
{A('1012 GE Amsterdam')}
BTW/VAT: {VAT(vat_nl())}
IBAN: {IB(group(iban_nl(), 4))}
Die Gebühren können Sie gern sofort von meiner Firmenkreditkarte abbuchen: American Express {CC(card('amex'))}, gültig bis 11/26.

Vor Ort erreichen Sie mich unter {T(phone_nl())}, unseren deutschen Aufnahmeleiter {P('Thilo Brückner')} unter {T(mob_de('space'))}.

Met vriendelijke groet / Mit freundlichen Grüßen
{P(sv)}
Location Manager
"""


@doc("word", "sondernutzung-wahlplakate-kandidat", ["POLITICS"])
def d28():
    cand = "Tobias Lindemann-Krüger"
    return f"""{OFFICE} · Straßenverkehrsbehörde · {N(TOWNHALL_STREET)} · {N(TOWNHALL_CITY)}

Herrn
{P(cand)}
{A(f'Am Stadtwall {hn(20)}')}
{A('02625 Bautzen')}

Ihr Zeichen: –
Unser Zeichen: {AZ(f'32.2-SN/2025/0{rng.randint(100, 199)}')}
Datum: 21.07.2025

Wahlwerbung zur Stadtratswahl – Plakatierung im öffentlichen Verkehrsraum

Sehr geehrter Herr {P('Lindemann-Krüger')},

Ihrem Antrag als Direktkandidat der SPD im Wahlkreis 2 auf Plakatierung an Straßenlaternen und Masten wird unter folgenden Auflagen entsprochen:

1. Plakate dürfen frühestens sechs Wochen vor dem Wahltag angebracht und müssen spätestens eine Woche danach entfernt werden.
2. Die Unterkante der Plakate muss über Geh- und Radwegen mindestens 2,20 m hoch sein; an Lichtsignalanlagen, Verkehrszeichen und in Kreuzungsbereichen ist das Anbringen untersagt.
3. Pro Mast ist nur ein Plakat je Partei zulässig.

Als verantwortliche Person für das Aufhängen haben Sie Herrn {P('Philipp Rothe')} benannt, erreichbar unter {T(mob_de('space'))}; das Fahrzeug des Plakatteams ({KFZ(de_plate('BZ', '-', 'PR', 3))}) darf beim Aufhängen kurzzeitig im eingeschränkten Halteverbot halten.

Ihre Mitgliedschaft im Ortsverein war für die Entscheidung ohne Bedeutung; Wahlwerbung aller zugelassenen Parteien und Wählervereinigungen wird gleich behandelt.

Mit freundlichen Grüßen
Im Auftrag
{P('Steffi Böhme')}
"""


@doc("outlook", "ua-fahrzeug-bewohnerparkausweis-frage")
def d29():
    ob = "Olena Bondarenko"
    b = birth(1984, 1994)
    return f"""Von: {P(ob)} <{E('olena.bondarenko87@ukr.net')}>
An: {N(MAILBOX)}
Betreff: Bewohnerparkausweis mit ukrainischem Kennzeichen?

Guten Tag,

ich heiße {P(ob)} und wohne seit 2022 in Bautzen, {A(f'Thomas-Müntzer-Straße {hn(30)}')}, Wohnung 8. Mein Auto hat noch ukrainisches Kennzeichen {KFZ(ua_plate())}. Kann ich Bewohnerparkausweis bekommen? In Bürgerbüro man hat gesagt, ich muss zuerst Auto in Deutschland anmelden, aber das Auto gehört offiziell meinem Mann {P('Andrij')}, er ist noch in Ukraine. Eine Vollmacht von ihm habe ich, auf Ukrainisch und übersetzt.

Meine Daten: geboren {DOB(fdate(b))}, Reisepass {PASS(rng.choice(['FE', 'FF', 'FA', 'FC']) + ids.digits(6))}, Aufenthaltserlaubnis nach § 24 AufenthG.

Ich arbeite in Schichten im Krankenhaus als Pflegehelferin und brauche das Auto. Wenn ich zu Ihnen kommen muss, bitte sagen Sie welche Papiere.

Vielen Dank!
{P(ob)}
{T(mob_de('intl'))} (auch Viber: {T(phone_ua())})
"""


@doc("word", "bewohnerparken-export-festbreite-ohne-kopf")
def d30():
    rows = [
        ("KRETZSCHMAR", "STEFFEN", "SCHÜLERSTR."), ("NOWAK", "JOLANTA", "WALLSTR."),
        ("LE", "VAN THANH", "KORNSTR."), ("VON DER HEYDE", "CAROLINE", "HERINGSTR."),
        ("ZIMMERMANN", "ANDRÉ", "TAUCHERSTR."), ("ÖZDEMIR", "MELIKE", "STEINSTR."),
        ("SCHOLZE-WJENKOWA", "MARJA", "REICHENSTR."), ("GRUNDMANN", "KLAUS-DIETER", "KESSELSTR."),
    ]
    out = []
    for sur, giv, street in rows:
        nr = f"BPC{rng.randint(1000, 9999)}"
        b = birth(1945, 2004)
        st = f"{street} {hn(50)}"
        plate = de_plate(rng.choice(["BZ", "BZ", "DD", "KM", "GR"]), " ")
        idc = ids.id_card(rng.random() < 0.5)
        out.append(f"{AZ(nr)}  {P(sur)}{' ' * (18 - len(sur))}{P(giv)}{' ' * (14 - len(giv))}"
                   f"{DOB(fdate(b, 'iso'))}  {A(st)}{' ' * (22 - len(st))}{KFZ(plate)}{' ' * (12 - len(plate))}"
                   f"{IDC(idc)}")
    return "\n".join(out) + "\n"


# ================================================================ output
def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out_path = os.path.join(here, "fresh138.jsonl")
    lines = []
    for i, (channel, template, flags, fn) in enumerate(DOCS, 1):
        obj = build(f"F138-{i:03d}", channel, template, fn(), flags)
        lines.append(json.dumps(obj, ensure_ascii=False))
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} documents to {out_path}")


if __name__ == "__main__":
    main()
