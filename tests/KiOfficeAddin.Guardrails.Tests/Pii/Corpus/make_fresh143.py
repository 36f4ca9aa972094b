"""Blind test batch 143: a university town's citizens' office and foreigners' authority (Paderborn as the model)
dealing with international students and researchers. 30 invented documents with inline marks, see marks.py."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from identifiers import Identifiers, group, icao_check, luhn_check, mod11_10_check  # noqa: E402,F401
from marks import build  # noqa: E402

ids = Identifiers(14343)
rng = ids.rng


# ---------------------------------------------------------------- marks
def m(code, value):
    return f"[[{code}|{value}]]"


def P(v): return m("P", v)
def A(v): return m("A", v)
def E(v): return m("E", v)
def T(v): return m("T", v)
def N(v): return m("N", v)
def IB(v): return m("IBAN", v)
def TID(v): return m("TID", v)
def TNR(v): return m("TNR", v)
def VAT(v): return m("VAT", v)
def IDC(v): return m("IDC", v)
def PASS(v): return m("PASS", v)
def SSN(v): return m("SSN", v)
def KV(v): return m("KV", v)
def DOB(v): return m("DOB", v)
def KFZ(v): return m("KFZ", v)
def AZ(v): return m("AZ", v)
def CC(v): return m("CC", v)


# ---------------------------------------------------------------- values
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_EN3 = [x[:3] for x in MONTHS_EN]


def rdate(y0, y1):
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(y0, y1)


def fmt(date, style):
    d, mo, y = date
    if style == "de":
        return f"{d:02d}.{mo:02d}.{y}"
    if style == "de2":
        return f"{d:02d}.{mo:02d}.{y % 100:02d}"
    if style == "de_nopad":
        return f"{d}.{mo}.{y}"
    if style == "de_long":
        return f"{d}. {MONTHS_DE[mo - 1]} {y}"
    if style == "iso":
        return f"{y}-{mo:02d}-{d:02d}"
    if style == "cn":
        return f"{y}/{mo:02d}/{d:02d}"
    if style == "us":
        return f"{mo:02d}/{d:02d}/{y}"
    if style == "slash":
        return f"{d:02d}/{mo:02d}/{y}"
    if style == "dash":
        return f"{d:02d}-{mo:02d}-{y}"
    if style == "en_long":
        return f"{MONTHS_EN[mo - 1]} {d}, {y}"
    if style == "en_short":
        return f"{MONTHS_EN3[mo - 1]} {d}, {y}"
    if style == "en_dm":
        return f"{d} {MONTHS_EN[mo - 1]} {y}"
    raise ValueError(style)


def ddmmyy(date):
    d, mo, y = date
    return f"{d:02d}{mo:02d}{y % 100:02d}"


def dg(n, first_nonzero=False):
    return ids.digits(n, first_nonzero)


def letters(n, alphabet="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def de_mobile(style):
    pre = rng.choice(["151", "152", "157", "159", "160", "162", "170", "171", "172", "175", "176", "177", "178"])
    rest = dg(8 if pre in ("151", "152", "157", "159", "160", "162", "176", "177", "178") else 7, True)
    if style == 0:
        return f"0{pre} {rest}"
    if style == 1:
        return f"+49 {pre} {rest}"
    if style == 2:
        return f"0{pre}-{rest[:3]} {rest[3:6]} {rest[6:]}"
    if style == 3:
        return f"+49{pre}{rest}"
    if style == 4:
        return f"0{pre}/{rest}"
    if style == 5:
        return f"0{pre} {rest[:4]} {rest[4:]}"
    return f"+49 (0){pre} {rest}"


def pb_landline(style):
    rest = dg(6, True)
    if style == 0:
        return f"05251 {rest}"
    if style == 1:
        return f"(05251) {rest[:3]} {rest[3:]}"
    if style == 2:
        return f"05251/{rest[:2]} {rest[2:4]} {rest[4:]}"
    return f"+49 5251 {rest}"


def uni_direct(intl=False):
    ext = dg(4, True)
    return f"+49 5251 60-{ext}" if intl else f"05251 60-{ext}"


def city_direct():
    return f"05251 88-1{dg(4)}"


def cn_mobile():
    return f"+86 1{rng.choice('358')}{dg(1)} {dg(4)} {dg(4)}"


def in_mobile():
    return f"+91 {rng.choice(['98', '99', '97', '94', '70', '81'])}{dg(3)} {dg(5)}"


def br_mobile():
    return f"+55 ({rng.choice(['11', '21', '31', '41', '51'])}) 9{dg(4)}-{dg(4)}"


def ir_mobile():
    return f"+98 9{rng.choice(['12', '13', '19', '35'])} {dg(3)} {dg(4)}"


def ng_mobile():
    return f"+234 {rng.choice(['803', '806', '813', '816', '703', '805'])} {dg(3)} {dg(4)}"


def mx_mobile():
    return f"+52 {rng.choice(['55', '33', '81'])} {dg(4)} {dg(4)}"


def us_phone():
    area = rng.choice(["412", "617", "512", "734", "919", "608"])
    return f"+1 ({area}) {rng.randint(201, 989)}-{dg(4)}"


def pass_cn():
    if rng.random() < 0.5:
        return "E" + dg(8)
    return "E" + rng.choice("ABCDEFGHJK") + dg(7)


def pass_in():
    return rng.choice("JKLMNPRSTUVWZ") + dg(7)


def pass_br():
    return "F" + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + dg(6)


def pass_ir():
    return rng.choice("ABKXZ") + dg(8)


def pass_ng():
    return rng.choice("AB") + dg(8)


def pass_mx():
    return rng.choice("GN") + dg(8)


def pass_us():
    return rng.choice("56") + dg(8)


def pass_jp():
    return rng.choice(["TZ", "TK", "TR", "MU"]) + dg(7)


def pass_ua():
    return rng.choice(["FA", "FB", "GC", "FX"]) + dg(6)


def iban_de(grouped=True):
    v = ids.iban_de()
    return group(v, 4) if grouped else v


def mod97(country, bban):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def iban_br():
    return group(mod97("BR", dg(8) + dg(5) + dg(10) + "C" + "1"), 4)


def iban_ir():
    return group(ids.iban("IR", 22), 4)


def tax_id(grouped):
    v = ids.tax_id()
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if grouped else v


def ssn(date, letter, spaced):
    v = ids.social_security(ddmmyy(date), letter)
    return f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}" if spaced else v


def abh_az():
    style = rng.randint(0, 3)
    if style == 0:
        return f"32.{rng.randint(1, 4)}-ABH-2025/{dg(4)}"
    if style == 1:
        return f"ABH 32.2 – {dg(4, True)}/{rng.choice(['23', '24', '25'])}"
    if style == 2:
        return f"32-40-{dg(6, True)}"
    return f"III/32.{rng.randint(1, 3)}.{dg(5, True)}"


def kassenzeichen():
    return f"5.1250.{dg(6)}"


def matrikel():
    return rng.choice(["69", "70", "71"]) + dg(5)


def hn(lo=1, hi=140):
    n = rng.randint(lo, hi)
    return f"{n}{rng.choice(['', '', '', '', 'a', 'b'])}"


# ---------------------------------------------------------------- office constants (public, neutral)
SWITCH = "05251 88-0"
ABH_MAIL = "auslaenderamt@paderborn.de"
BB_MAIL = "buergerbuero@paderborn.de"
TOWNHALL = "Am Abdinghof 11, 33098 Paderborn"


# ---------------------------------------------------------------- documents
def d01():
    mail = f"zyx_{dg(4)}@qq.com"
    dob = rdate(2000, 2002)
    tel = de_mobile(1)
    room = f"0{rng.randint(1, 4)}{rng.randint(10, 40)}"
    month = rng.choice(["july", "august", "september"])
    t = f"""Von: {P('zhang yuxuan')} <{E(mail)}>
An: {N(BB_MAIL)}
Betreff: anmeldung appointment??

hello

i am new master student at uni paderborn (computer engineering) and arrived last week from shanghai. i tried to book a appointment for anmeldung online but there is no free slot until {month}, and my landlord say i must register in 14 days?? is this a problem, will i get a fine

my adress now: {A(f'Peter-Hille-Weg {rng.randint(2, 19)}')}, room {room}, {A('33098 paderborn')} (student dorm)
passport no. {PASS(pass_cn())}
birth date {DOB(fmt(dob, 'cn'))}

also my friend {P('li haoran')} has same problem, he lives at {A(f'Vattmannstraße {hn(1, 30)}')} near the mensa. can we both just come on monday morning without appointment? we can wait long no problem

thanks a lot!!
{P('yuxuan')}

--
{P('ZHANG Yuxuan')}
M.Sc. Computer Engineering, Paderborn University
mobile {T(tel)}
"""
    return "outlook", "anmeldung-termin", t, []


def d02():
    az = abh_az()
    dob = rdate(1991, 1995)
    t = f"""Stadt Paderborn · Der Bürgermeister · Amt für Ordnung und Ausländerangelegenheiten
{N(TOWNHALL)}

Stadt Paderborn · Postfach 2080 · 33095 Paderborn

Herrn
{P('Siddharth Venkataraman')}
{A(f'Husener Straße {hn()}')}
{A('33098 Paderborn')}

                                        Unser Zeichen: {AZ(az)}
                                        Auskunft erteilt: Frau {P('Kötter')}
                                        Durchwahl: {T(city_direct())}
                                        Zentrale: {N(SWITCH)}
                                        E-Mail: {N(ABH_MAIL)}
                                        Datum: 12.05.2025

Fortgeltung Ihres Aufenthaltstitels nach § 81 Abs. 4 AufenthG – Ausstellung einer Fiktionsbescheinigung

Sehr geehrter Herr {P('Venkataraman')},

Ihr Antrag auf Verlängerung der Aufenthaltserlaubnis zum Zweck der Forschung (§ 18d AufenthG) ist am 28.04.2025 und damit vor Ablauf Ihres bisherigen Aufenthaltstitels bei uns eingegangen. Bis zur Entscheidung über den Antrag gilt der bisherige Titel einschließlich der Nebenbestimmungen als fortbestehend. Sie dürfen Ihre Tätigkeit am Institut für Informatik also ohne Unterbrechung fortsetzen.

Damit Sie dies gegenüber Ihrem Arbeitgeber und bei Reisen nachweisen können, stellen wir Ihnen eine Fiktionsbescheinigung aus. Bitte kommen Sie dazu am Dienstag, 20.05.2025, um 10:40 Uhr in das Bürgerbüro, Zimmer 0.14. Bringen Sie bitte mit:

– Ihren Reisepass (Nr. {PASS(pass_in())}) und den bisherigen elektronischen Aufenthaltstitel (Kartennummer {IDC(ids.id_card())}),
– die verlängerte Aufnahmevereinbarung, unterzeichnet von {P('Prof. Dr. Regina von Spee')},
– einen aktuellen Nachweis über Ihre Krankenversicherung.

Nach unseren Unterlagen sind Sie am {DOB(fmt(dob, 'de'))} in Chennai geboren; sollte diese Angabe nicht zutreffen, teilen Sie uns das bitte mit. Die Gebühr für die Bescheinigung beträgt 13,00 EUR und ist bei der Vorsprache zu zahlen.

Mit freundlichen Grüßen
Im Auftrag

{P('Birgit Kötter')}
"""
    return "word", "fiktionsbescheinigung", t, []


def d03():
    dob = rdate(2001, 2003)
    mail = f"anabia.oliveira{dg(2)}@yahoo.com.br"
    kd = f"SK-2025-{dg(7)}"
    ref = iban_de()
    blocked = iban_de(False)
    t = f"""From: {P('Ana Beatriz Ferreira de Oliveira')} <{E(mail)}>
To: {N(ABH_MAIL)}
Subject: Fwd: Blocked account confirmation – appointment 3 June

Dear Sir or Madam,

for my appointment on 3 June (first residence permit, master's programme in Economics) I forward you the confirmation of my blocked account. The money came from my father's account in Brazil, {P('Marcos Antônio de Oliveira')}, IBAN {IB(iban_br())}, in two transfers because of the limit of the bank, so please don't be confused by the two dates.
The monthly payout goes to my German current account {IB(ref)}.

If you need anything else please write me, I check my mails every day.

Best regards,
{P('Ana Beatriz Ferreira de Oliveira')}
Matrikelnummer {AZ(matrikel())}
WhatsApp {T(br_mobile())}

---------- Forwarded message ---------
From: Kundenservice Sperrkonto <{N('service@sperrkonto-direkt.example')}>
Date: Tue, 14 Jan 2025 at 09:12
Subject: Bestätigung Ihres Sperrkontos / Confirmation of your blocked account
To: <{E(mail)}>

Sehr geehrte Frau {P('Ferreira de Oliveira')},

hiermit bestätigen wir zur Vorlage bei der deutschen Auslandsvertretung und der Ausländerbehörde:

Kontoinhaberin:     {P('FERREIRA DE OLIVEIRA, Ana Beatriz')}
Geburtsdatum:       {DOB(fmt(dob, 'de'))}
Reisepass-Nr.:      {PASS(pass_br())}
Kundennummer:       {AZ(kd)}
Sperrkonto (IBAN):  {IB(blocked)}
Guthaben:           11.904,00 EUR
Freibetrag monatl.: 992,00 EUR, Auszahlung auf das Referenzkonto ab Einreise

Eine Verfügung über den Sperrbetrag hinaus ist nur mit Zustimmung der Ausländerbehörde möglich.

Ihr Team Sperrkonto-Service
"""
    return "outlook", "sperrkonto-weiterleitung", t, []


def d04():
    az = abh_az()
    azr = dg(12, True)
    dob = rdate(1994, 1997)
    t = f"""AKTENVERMERK

Az.: {AZ(az)}          AZR-Nr.: {AZ(azr)}
Betr.: Vorsprache {P('Amir Hossein Karimi')}, geb. {DOB(fmt(dob, 'de'))}, iran. StA – Passbeschaffung

Herr {P('Karimi')} (Promotion Elektrotechnik, Betreuer: {P('Prof. Dr.-Ing. Thorsten Beckhoff')}) erschien am 11.03.2025 ohne Termin. Die Verständigung erfolgte auf Deutsch und Englisch; zur Unterstützung war Frau {P('Parisa Ahmadi-Lange')} anwesend (ehrenamtliche Begleitung, Tel. {T(de_mobile(5))}).

Sachverhalt laut Vortrag:
- Der Nationalpass ({PASS(pass_ir())}) läuft am 30.06.2025 ab. Die Botschaft in Berlin verlangt für die Verlängerung die persönliche Vorsprache.
- Herr {P('Karimi')} lehnt das ab. Er engagiere sich seit 2022 aktiv in einer oppositionellen Exilgruppe, habe Kundgebungen in Köln und Düsseldorf mitorganisiert und werde in Beiträgen regimekritischer Kanäle namentlich genannt.
- Er gehöre der kurdischen Volksgruppe an; sein Bruder {P('Kaveh Karimi')} sei nach Angaben der Familie seit Herbst 2024 in Sanandaj inhaftiert.
- Er fragt, ob ihm ein Reiseausweis für Ausländer ausgestellt werden kann.

Hinweise erteilt:
- Zumutbarkeit der Passbeschaffung wird nach § 5 Abs. 1 AufenthV geprüft; Nachweise (Screenshots, Presseberichte) sind schriftlich einzureichen.
- Die Aufenthaltserlaubnis (§ 16b) bleibt unberührt; Passpflicht besteht fort.
- Auf unabhängige Beratungsstellen wurde hingewiesen.

Erreichbarkeit: {T(de_mobile(0))}, {E('a.h.karimi@mail.uni-paderborn.de')}
Anschrift: {A(f'Riemekestraße {hn()}')}, {A('33102 Paderborn')}

WV: 01.04.2025
gez. {P('Rüsing')}, 11.03.2025
"""
    return "word", "aktenvermerk-passbeschaffung", t, ["POLITICS", "ETHNICITY"]


def d05():
    dob = rdate(1986, 1990)
    child = rdate(2018, 2021)
    t = f"""Von: {P('Prof. Dr. Hendrik ter Horst')} <{E('hendrik.terhorst@uni-paderborn.de')}>
Gesendet: Donnerstag, 6. Februar 2025 17:48
An: Ausländerbehörde Paderborn <{N(ABH_MAIL)}>
Cc: Welcome Centre <{N('welcome@uni-paderborn.de')}>; {P('Lea Strototte')}
Betreff: Gastwissenschaftler Dr. {P('Okafor')} – Bitte um Vorabzustimmung

Sehr geehrte Damen und Herren,

ab dem 1. April wird {P('Dr. Chukwuemeka Okafor')} (University of Nigeria, Nsukka) für 18 Monate als Humboldt-Stipendiat in meiner Arbeitsgruppe forschen. Die Aufnahmevereinbarung nach § 18d AufenthG ist unterschrieben und hängt an.

Herr {P('Okafor')} (geb. am {DOB(fmt(dob, 'de_long'))}, Reisepass {PASS(pass_ng())}) hat seinen Visumtermin in Abuja am 24.02. Die Botschaft hat uns mitgeteilt, dass eine Vorabzustimmung der Ausländerbehörde das Verfahren deutlich beschleunigen würde – wäre das in diesem Fall möglich? Seine Ehefrau {P('Ngozi Okafor')} und die Tochter {P('Adaeze')} (geb. {DOB(fmt(child, 'de'))}) sollen im Sommer nachkommen; eine Wohnung in der {A(f'Driburger Straße {hn()}')} ist bereits angemietet.

Für Rückfragen zu Unterlagen wenden Sie sich gern an meinen Mitarbeiter {P('Jonas Wiethoff')} ({E('jonas.wiethoff@uni-paderborn.de')}, {T(uni_direct())}), ich bin ab Montag auf einer Tagung.

Vielen Dank und viele Grüße
{P('Hendrik ter Horst')}

--
{P('Prof. Dr. Hendrik ter Horst')}
Lehrstuhl für Theoretische Chemie
Universität Paderborn
{A('Warburger Straße 100')}, Raum J 4.117
{A('33098 Paderborn')}
Tel. {T(uni_direct(True))}
"""
    return "outlook", "professor-gastwissenschaftler", t, []


def d06():
    rows = [
        ("Nguyen", "Thi Thu Ha", "VNM", "nguyenthithuha{}@gmail.com", "Verlängerung § 16b"),
        ("Hosseini", "Seyed Mohammad", "IRN", "s.m.hosseini@mail.uni-paderborn.de", "Erteilung § 18d"),
        ("Adeyemi", "Folasade", "NGA", "", "Übertrag Titel in neuen Pass"),
        ("Pereira da Costa", "Thiago", "BRA", "thiago.pcosta{}@hotmail.com", "Verlängerung § 16b"),
        ("Liu", "Jiaxin", "CHN", "liujiaxin{}@163.com", "Fiktionsbescheinigung"),
        ("Patel", "Krishna Hemant", "IND", "kpatel.de@outlook.com", "Niederlassungserlaubnis § 18c"),
        ("Ramírez Soto", "Diego Alejandro", "MEX", "diego.ramirez.soto{}@gmail.com", "Familiennachzug § 30"),
        ("Oyelaran", "Tobiloba", "NGA", "tobi.oyelaran@yahoo.com", "Verlängerung § 16b"),
        ("Kaya", "Elif Nur", "TUR", "", "Erteilung § 16b"),
    ]
    lines = []
    hour = 8
    minute = 0
    for sur, giv, nat, mail, purpose in rows:
        vn = f"V-2025-{dg(6, True)}"
        dob = rdate(1990, 2004)
        tel = de_mobile(rng.choice([0, 1, 3, 4]))
        mail = mail.format(dg(2)) if mail else ""
        cell_mail = E(mail) if mail else ""
        lines.append(f"{AZ(vn)};{P(sur)};{P(giv)};{DOB(fmt(dob, 'iso'))};{nat};{cell_mail};{T(tel)};{purpose};"
                     f"05.05.2025 {hour:02d}:{minute:02d}")
        minute += 20
        if minute == 60:
            hour, minute = hour + 1, 0
    t = ("# Export Terminvergabe Ausländerbehörde – KW 19 – erstellt 05.05.2025 07:30 – nur für den Dienstgebrauch\n"
         "Vorgangsnr;Nachname;Vorname;Geburtsdatum;StA;E-Mail;Mobil;Anliegen;Termin\n"
         + "\n".join(lines) + "\n# 9 Datensätze\n")
    return "word", "terminexport-csv", t, []


def d07():
    dob = rdate(1997, 2000)
    kv = ids.health_insurance()
    t = f"""Betreff: Health insurance – change from private to TK because of pregnancy?

Hola, good morning,

my name is {P('Valeria Montserrat Aguilar Fuentes')}, I am a PhD student in Sociology from Mexico (permit until 03/2026, file number {AZ(abh_az())}).
Until now I had a private incoming-student insurance, but I am now 19 weeks pregnant and my gynecologist, {P('Dr. Henrike Baumhögger')}, told me that the private policy does not pay for the birth because the pregnancy started after the contract. The TK has accepted me as voluntary member since 1 April, my new insurance number is {KV(kv)}.

Do I have to bring the new certificate to you, or is it enough to send it by mail? And will the change of insurance be a problem for the extension next year? My partner {P('Diego Ramírez Soto')} also wants to know if he can be insured with me, he is here with a job-seeker visa.

Date of birth, if you need it: {DOB(fmt(dob, 'slash'))}.
Address: {A(f'Merschweg {hn()}')}, {A('33104 Paderborn')}

Muchas gracias y saludos,
{P('Valeria Aguilar')}
{T(mx_mobile())} / {T(de_mobile(2))}
{E(f'valeria.aguilarf{dg(2)}@gmail.com')}
"""
    return "outlook", "krankenversicherung-wechsel", t, ["HEALTH"]


def d08():
    dob1 = rdate(1992, 1995)
    dob2 = rdate(1990, 1994)
    street = f"Fürstenweg {hn(2, 60)}"
    t = f"""WOHNUNGSGEBERBESTÄTIGUNG
nach § 19 des Bundesmeldegesetzes (BMG)

1. Angaben zum Wohnungsgeber
Name, Vorname: ..............................  {P('Hammerschmidt, Gisela')}
Anschrift: ..................................  {A(f'Am Laugrund {hn(1, 40)}')}, {A('33175 Bad Lippspringe')}
Telefon (freiwillig): .......................  {T(pb_landline(1))}
[ ] Der Wohnungsgeber ist zugleich Eigentümer der Wohnung
[X] Der Wohnungsgeber ist nicht Eigentümer; Name und Anschrift des Eigentümers:
    {P('Dieter Hammerschmidt')}, {A(f'Lerchenweg {hn(1, 30)}')}, {A('33100 Paderborn')}

2. Art des meldepflichtigen Vorgangs
[X] Einzug        [ ] Auszug        Datum: 01.10.2025

3. Anschrift der Wohnung
Straße, Hausnummer, Zusatz: {A(street)}, 2. OG links
PLZ, Ort: {A('33102 Paderborn')}

4. Name der meldepflichtigen Person(en)
Familienname, Vorname(n)               Geburtsdatum
{P('Carter, Emily Rose')}                     {DOB(fmt(dob1, 'de'))}
{P('Nakamura-Carter, Kenji')}                 {DOB(fmt(dob2, 'de'))}

Ich bestätige mit meiner Unterschrift, dass die oben genannten Personen in die Wohnung eingezogen sind. Mir ist bekannt, dass es verboten ist, eine Wohnanschrift anzubieten oder zur Verfügung zu stellen, wenn ein tatsächlicher Bezug der Wohnung weder stattfindet noch beabsichtigt ist (§ 19 Abs. 6 BMG).

Paderborn, 24.09.2025          {P('G. Hammerschmidt')}
Ort, Datum                     Unterschrift des Wohnungsgebers

[Eingangsstempel Bürgerbüro 29. SEP. 2025 – Bearb.: {P('Tölle')}]
"""
    return "word", "wohnungsgeberbestaetigung", t, []


def d09():
    kid1 = rdate(2016, 2018)
    kid2 = rdate(2019, 2021)
    az = abh_az()
    t = f"""Von: {P('Strototte, Lea')} <{E('lea.strototte@uni-paderborn.de')}>
Gesendet: Dienstag, 18. März 2025 08:15
An: {P('Kötter, Birgit')} <{E('birgit.koetter@paderborn.de')}>
Betreff: WG: family reunification – documents for my wife and kids

Hallo {P('Birgit')},

kannst du bitte kurz draufschauen? Dr. {P('Rosenberg')} war gestern in unserer Sprechstunde und ist etwas nervös wegen der Termine beim Generalkonsulat. Die Heiratsurkunde ist apostilliert, Übersetzung läuft. Reicht euch die Mietbescheinigung für 78 m² bei vier Personen?

Danke dir und liebe Grüße
{P('Lea')}

{P('Lea Strototte')} | International Office – Welcome Centre | Universität Paderborn
Tel. {T(uni_direct())} | {N('welcome@uni-paderborn.de')}

-----Ursprüngliche Nachricht-----
Von: {P('Jacob Rosenberg')} <{E(f'jrosenberg.phys{dg(2)}@gmail.com')}>
Gesendet: Montag, 17. März 2025 22:03
An: {N('welcome@uni-paderborn.de')}
Betreff: family reunification – documents for my wife and kids

Hi Ms. {P('Strototte')},

thanks again for your help last week! Here is the info you asked for. My wife {P('Rachel Rosenberg')} (née {P('Goldfarb')}) and our kids {P('Noah')} (born {DOB(fmt(kid1, 'en_short'))}) and {P('Miriam')} (DOB {DOB(fmt(kid2, 'us'))}) have their visa appointment at the consulate in New York on April 9.
Passport numbers: {P('Rachel')} {PASS(pass_us())}, {P('Noah')} {PASS(pass_us())}, {P('Miriam')} {PASS(pass_us())}.
They will live with me at {A(f'Giersstraße {hn(1, 50)}')}, apt. 3, {A('33098 Paderborn')} – the lease is already in both our names.
My own Blue Card was issued in January, the file number on the letter is {AZ(az)}.

Do they need German health insurance before entering, or is the travel insurance enough for the first weeks?

Best,
{P('Jacob')}

--
{P('Dr. Jacob Rosenberg')}
Postdoctoral Researcher, Department of Physics
{T(us_phone())} (US) | {T(de_mobile(1))} (DE)
"""
    return "outlook", "weiterleitung-familiennachzug", t, []


def d10():
    people = ["Adebayo, Oluwaseun", "Chen, Yu-Ting", "Mahmoudi, Shirin", "Souza Carvalho, Rafael",
              "Iyer, Lakshmi", "Okonjo, Chidinma", "Zhou, Bowen", "Flores Medina, Andrea",
              "Kapoor, Aditya", "Tehrani, Behnam", "Wu, Xinyi"]
    rows = []
    for i, name in enumerate(people, 1):
        dob = rdate(1988, 2004)
        note = rng.choice(["SMS 03.06.", "Mail 03.06.", "Mail 03.06.", "Brief 04.06.", "tel. 04.06."])
        rows.append(f"| {i:>2} | {P(name)} | {DOB(fmt(dob, 'de'))} | {AZ(abh_az())} | {IDC(ids.id_card())} | {note} |")
    t = ("Abholliste elektronische Aufenthaltstitel (eAT)\n"
         "Lieferung Bundesdruckerei vom 02.06.2025 – Ausgabe nur gegen Vorlage des Passes, PIN-Briefe liegen getrennt "
         "im Tresor\n\n"
         "| Nr | Name, Vorname | geb. | Az. | eAT-Kartennr. | benachrichtigt |\n"
         "|----|---------------|------|-----|---------------|----------------|\n"
         + "\n".join(rows)
         + f"\n\nNicht abgeholte Karten nach 3 Monaten an die Bundesdruckerei zurück. Liste geführt von "
           f"{P('M. Tölle')}, Stand 05.06.2025\n")
    return "word", "eat-abholliste", t, []


def d11():
    t = f"""Subject: URGENT my permit expire end of this month !!!

good day sir/ma

pls my name is {P('Chinedu Nwachukwu')}, msc mechanical engineering, matric no {AZ(matrikel())}. my residence permit expire on 30/06 and i have been trying to book appointment since april, the online system always show no slot availabel. my case number is {AZ(abh_az())} i think (its on the letter from last year)

also my landlord is asking me for meldebescheinigung because i moved from {A(f'Kisau {hn(1, 20)}')} to {A(f'Neuhäuser Straße {hn()}')} {A('33102 Paderborn')} in may and i dont know if the anmeldung is done already, the lady at the counter frau {P('schulte')}? said it will come by post

i cannot loose my student job at the logistic center if the permit expire and my flight home for my sisters wedding is 14 july. my friend {P('emeka')} ({P('Chukwuebuka Eze')}) has the exact same issue, you can reach him on {T(de_mobile(0))}

pls help me, thank you and God bless
{P('Chinedu')}
{T(de_mobile(4))}
"""
    return "outlook", "verlaengerung-dringend", t, []


def d12():
    dob = rdate(1999, 2002)
    kz = kassenzeichen()
    city_iban = iban_de()
    t = f"""Stadt Paderborn
Der Bürgermeister
Ausländerangelegenheiten

Frau
{P('Thi Thu Ha Nguyen')}
{A(f'Heinz-Nixdorf-Ring {hn(1, 30)}')}
{A('33106 Paderborn')}

Aktenzeichen: {AZ(abh_az())}
Kassenzeichen: {AZ(kz)}
Paderborn, 19.05.2025

Bescheid über die Verlängerung Ihrer Aufenthaltserlaubnis

Sehr geehrte Frau {P('Nguyen')},

auf Ihren Antrag vom 14.04.2025 wird Ihre Aufenthaltserlaubnis nach § 16b Abs. 1 AufenthG bis zum 31.03.2027 verlängert.

Angaben zur Person: {P('NGUYEN, Thi Thu Ha')}, geboren {DOB(fmt(dob, 'de'))} in Hanoi, vietnamesische Staatsangehörige, Reisepass-Nr. {PASS('C' + dg(7))}.

Nebenbestimmungen:
1. Die Aufenthaltserlaubnis erlischt mit Beendigung des Studiums an der Universität Paderborn.
2. Beschäftigung bis zu 140 ganze oder 280 halbe Tage im Jahr sowie studentische Nebentätigkeit erlaubt.
3. Selbständige Tätigkeit nicht gestattet.

Begründung: Die allgemeinen Erteilungsvoraussetzungen des § 5 AufenthG liegen vor. Der Lebensunterhalt ist durch die Bescheinigung über ein Stipendium des DAAD gesichert; ordnungsgemäßer Studienfortschritt wurde durch die Studienverlaufsbescheinigung nachgewiesen (vgl. {N('BVerwG, Urteil vom 19.03.2002 – 1 C 19.01')}).

Gebühren: 93,00 EUR (§ 45 Nr. 2 AufenthV). Bitte überweisen Sie den Betrag unter Angabe des Kassenzeichens auf das Konto der Stadtkasse Paderborn, IBAN {N(city_iban)}.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Minden, {N('Königswall 8, 32423 Minden')}, erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
{P('Sven Rüsing')}
"""
    return "word", "bescheid-verlaengerung-16b", t, []


def d13():
    dob1 = rdate(1986, 1989)
    dob2 = rdate(1984, 1988)
    t = f"""Subject: Blue Card start date + residence permit for my husband

Hello Mr. {P('Brinkhoff')},

my name is {P('Marcus Whitfield')}, I'm joining the Department of Computer Science as an assistant professor (W1, tenure track) on October 1. The university's HR told me you are the right person to contact.

Two questions:

1) I entered on a national D visa for employment. The Blue Card appointment you gave me is on October 14 – am I allowed to start working on October 1 anyway? My Steuer-ID arrived last week ({TID(tax_id(True))}), so HR can pay me.

2) My husband, {P('Daniel Okonkwo-Reyes')}, and I got married in Toronto in 2021. Since Germany recognizes same-sex marriages I assume he can apply for a family permit under § 30 as well? He is a freelance translator and would like to keep working remotely for clients in the US.

Our details, in case you want to prepare anything:
- {P('Marcus James Whitfield')}, born {DOB(fmt(dob1, 'en_long'))}, US passport {PASS(pass_us())}
- {P('Daniel Okonkwo-Reyes')}, born {DOB(fmt(dob2, 'en_long'))}, US passport {PASS(pass_us())}
Address: {A(f'Ferdinandstraße {hn(1, 40)}')}, {A('33102 Paderborn')}

Thanks a lot, and sorry for the long mail!

Best regards,
{P('Marcus')}

{P('Marcus Whitfield')}, PhD
Paderborn University | Department of Computer Science
{E('marcus.whitfield@uni-paderborn.de')} | {T(us_phone())}
"""
    return "outlook", "blue-card-ehegatte", t, ["SEXUAL_ORIENTATION"]


def d14():
    dob = rdate(1999, 2001)
    kv = ids.health_insurance()
    t = f"""[Scan S. 1/2 – automatische Texterkennung, bitte Original prüfen]

ANTRAG AUF ERTE|LUNG E|NES AUFENTHALTST|TELS
Application for a residence permit / Demande de titre de séjour

1  Farni|ienname / Surname ............ {P('ZHAO')}
2  Vorname(n) / First name(s) ......... {P('Meilin')}
3  Geburtsname / Name at birth ....... {P('ZHAO')}
4  Geburtsdaturn / Date of birth ..... {DOB(fmt(dob, 'de'))}
5  Geburtsort / Place of birth ....... Harbin, CHN
6  Staatsangehörigkeit(en) ........... chinesisch
7  Farni|ienstand .................... |edig
8  Anschrift / Address ............... {A(f'Heiersstr. {rng.randint(10, 60)}')}
                                       {A('33102 Paderbom')}
9  Te|efon / E-Mai| ................... {T(de_mobile(5))}  /  {E(f'meilin.zhao{dg(2)}@163.com')}
10 Pass-Nr. / Passport no. ........... {PASS(pass_cn())}    gü|tig bis 01.07.2029
11 Zweck / Purpose ................... Studium § 16b – Matrike|-Nr. {AZ(matrikel())}
12 Krankenvers. / Health insurance ... AOK NordWest, Vers.-Nr. {KV(kv)}
13 Lebensunterha|t ................... Sperrkonto, IBAN {IB(iban_de())}

Ort, Datum: Paderborn, 1O.O2.2025          Unterschrift: [handschriftlich] {P('Zhao Meilin')}

[Scan S. 2/2 – Bearbeitungsverrnerke]
eingeg. 11.02.2025   Bearb.: {P('M. Tölle')}   Foto/Fingerabdrücke: Termin 04.03.
"""
    return "word", "ocr-antrag-aufenthaltstitel", t, []


def d15():
    dob = rdate(1988, 1992)
    sv = ssn(dob, "R", True)
    tid = tax_id(False)
    t = f"""Von: Bürgerbüro Paderborn <{N(BB_MAIL)}>
An: {P('Lütkehaus, Sabine')} <{E('sabine.luetkehaus@zv.uni-paderborn.de')}>
Betreff: AW: Neueinstellung Frau Dr. {P('Rezaei')} – fehlende Steuer-ID

Sehr geehrte Frau {P('Lütkehaus')},

die Anmeldung von Frau {P('Rezaei')} ist am 12.02.2025 erfasst und die Daten sind am selben Tag elektronisch an das Bundeszentralamt für Steuern übermittelt worden. Frau {P('Rezaei')} hat heute bei uns vorgesprochen und das Mitteilungsschreiben mitgebracht; die Identifikationsnummer lautet {TID(tid)}. Sie hat ausdrücklich eingewilligt, dass wir Ihnen die Nummer mitteilen.

Mit freundlichen Grüßen
im Auftrag
{P('Dennis Kleeschulte')}
Bürgerbüro – Meldeangelegenheiten
Tel. {T(city_direct())}

-----Ursprüngliche Nachricht-----
Von: {P('Lütkehaus, Sabine')}
Gesendet: Freitag, 28. Februar 2025 11:02
An: Bürgerbüro Paderborn
Betreff: Neueinstellung Frau Dr. {P('Rezaei')} – fehlende Steuer-ID

Sehr geehrte Damen und Herren,

unsere neue wissenschaftliche Mitarbeiterin {P('Dr. Fatemeh Rezaei')} (geb. {DOB(fmt(dob, 'de'))}) tritt am 01.03.2025 ihre Stelle am Institut für Mathematik an. Ohne Steuer-ID müssten wir sie zunächst nach Steuerklasse VI abrechnen. Frau {P('Rezaei')} hat sich unter der Anschrift {A(f'Grunigerstraße {hn()}')}, {A('33102 Paderborn')} angemeldet. Die Rentenversicherungsnummer liegt uns bereits vor ({SSN(sv)}).

Können Sie bestätigen, dass die Meldedaten übermittelt wurden? Eine Einwilligung von Frau {P('Rezaei')} liegt an.

Mit freundlichen Grüßen
{P('Sabine Lütkehaus')}
Personalabteilung, Dezernat 4 – Team Wissenschaft
Tel. {T(uni_direct())}
"""
    return "outlook", "steuer-id-personalabteilung", t, []


def d16():
    dob = rdate(2000, 2002)
    kv = ids.health_insurance()
    t = f"""Telefonnotiz – 14.08.2025, 10:20 Uhr

Anrufer: Herr {P('Ramesh Krishnamurthy')}, Vater von {P('Ananya Krishnamurthy')}, ruft aus Bengaluru an
Rückrufnummer: {T(in_mobile())} (Zeitverschiebung +3,5 h beachten)

Anliegen: Die Tochter (geb. {DOB(fmt(dob, 'de'))}, Az. {AZ(abh_az())}) liegt seit dem 09.08. stationär im Krankenhaus, nach einem Blinddarmdurchbruch mit Bauchfellentzündung, voraussichtlich noch zwei Wochen. Die Aufenthaltserlaubnis läuft am 31.08. ab, der Termin am 21.08. kann nicht wahrgenommen werden. Der Vater fragt, ob die Verlängerung ohne persönliches Erscheinen beantragt werden kann und ob der Tochter Nachteile entstehen.

Besprochen:
- Antrag formlos per E-Mail vor Ablauf genügt; Fiktionswirkung nach § 81 Abs. 4 AufenthG.
- Ärztliche Bescheinigung (Dauer des Aufenthalts, keine Diagnose nötig) und Nachweis TK, Vers.-Nr. {KV(kv)}, mitschicken.
- Die Mitbewohnerin, Frau {P('Pooja Iyer')} ({E(f'pooja.iyer{dg(2)}@gmail.com')}), kann die Unterlagen mit Vollmacht vorbeibringen.
- Behandelnde Ärztin laut Vater: {P('Dr. Katrin Wilmsmeier')}, Chirurgie.

Wohnanschrift der Tochter: {A(f'Pohlweg {hn()}')}, {A('33100 Paderborn')}
Rückruf erledigt 14.08., 14:05 Uhr – {P('S. Rüsing')}
"""
    return "word", "telefonnotiz-krankenhaus", t, ["HEALTH"]


def d17():
    dob = rdate(1995, 1998)
    t = f"""Betreff: Änderung Religionszugehörigkeit im Melderegister

Sehr geehrte Damen und Herren,

ich heiße {P('Mehdi Sadeghi')}, bin iranischer Staatsangehöriger und studiere Maschinenbau im 6. Semester. Bei meiner Anmeldung 2022 habe ich als Religion "islamisch" angegeben, weil ich damals nicht wusste, dass man das Feld auch frei lassen kann.

Am Ostersonntag bin ich in der Markuskirche evangelisch getauft worden (Pfarrerin {P('Johanna Brökelmann')}, die Taufbescheinigung schicke ich mit). Ich möchte, dass im Melderegister jetzt "evangelisch" steht. Ich arbeite als Werkstudent und meine Steuer-ID ist {TID(tax_id(True))}, damit die Kirchensteuer richtig abgezogen wird.

Eine Bitte habe ich noch: Der Religionswechsel ist für mich sehr heikel, weil er im Iran als Abfall vom Glauben gilt. Werden diese Daten an andere Stellen weitergegeben, zum Beispiel an die Botschaft? Bitte schreiben Sie mir nicht per Post an meine alte Adresse, wo noch Landsleute wohnen, sondern nur an meine neue: {A(f'Kamp {hn(1, 50)}')}, {A('33098 Paderborn')}.

Geburtsdatum zur Zuordnung: {DOB(fmt(dob, 'de_long'))}

Vielen Dank und freundliche Grüße
{P('Mehdi Sadeghi')}
{T(de_mobile(6))}
"""
    return "outlook", "religionszugehoerigkeit", t, ["RELIGION"]


def d18():
    people = [("Ogunleye, Adebola", "0113"), ("Hernández Ramírez, José Luis", "0207"), ("Kim, Seo-yeon", "0208"),
              ("Bhattacharya, Ishaan", "0215"), ("Ferreira Lima, Gabriela", "0301"), ("Abdi, Hodan", "0304"),
              ("Tran, Minh Khoa", "0312"), ("Petrova, Daria", "0405"), ("Asante, Kofi", "0411"),
              ("Yamamoto, Haruki", "0416")]
    lines = []
    for i, (name, app) in enumerate(people, 1):
        dob = rdate(1998, 2006)
        lines.append(f"{i:>2}. {P(name)} – * {DOB(fmt(dob, 'de_nopad'))} – App. {app} – Einzug 01.10.2025")
    t = f"""Studierendenwerk Paderborn – Wohnheimverwaltung

An die Stadt Paderborn, Bürgerbüro – Meldeangelegenheiten

Sammelübersicht Einzüge zum Wintersemester 2025/26
Wohnanlage {A('Peter-Hille-Weg 11')}, {A('33098 Paderborn')}

Die einzelnen Wohnungsgeberbestätigungen sind beigefügt. Die Studierenden wurden gebeten, sich innerhalb von zwei Wochen persönlich anzumelden; für die Sammeltermine am 06. und 07.10. wäre diese Liste hilfreich.

{chr(10).join(lines)}

Bei Rückfragen:
{P('Anke Vahle-Grewe')}, Wohnheimverwaltung
Tel. {T(pb_landline(0))} · {E('a.vahle-grewe@studierendenwerk-pb.de')}
"""
    return "word", "sammelliste-wohnheim", t, []


def d19():
    dob = rdate(2002, 2004)
    vg = f"{dg(6)}-{dg(4)}-{dg(6)}"
    t = f"""asunto: perdí mi pasaporte / lost passport – what now?? residence card also gone

hola buenos dias,

sorry for my english. my name is {P('ximena castillo ruiz')} and im exchange student at the uni until february. yesterday my bag was stolen in the train from bielefeld with my passport ({PASS(pass_mx())}) and my residence card inside, i only have a photo of the passport on my phone
i made a report at the bundespolizei in the station, the vorgangsnummer is {AZ(vg)}

the mexican consulate in frankfurt say i need first a paper from you that my residence card is lost?? is that correct and do i need a appointment for this

my birthday is {DOB(fmt(dob, 'slash'))} if you need to find me in the system
i live with my host family {P('Steinkemper')} in {A(f'Schloßstraße {hn(1, 30)}')}, {A('33104 Paderborn')} (schloß neuhaus)

cel: {T(mx_mobile())} (whatsapp) or german {T(de_mobile(0))}

mil gracias!!
{P('ximena')}
"""
    return "outlook", "passverlust-austausch", t, []


def d20():
    dob1 = rdate(1966, 1971)
    dob2 = rdate(1964, 1969)
    t = f"""Verpflichtungserklärung nach §§ 66, 67 und 68 AufenthG – interner Prüfbogen

Vorgang: {AZ(f'VE-2025-{dg(4, True)}')}                      Datum der Aufnahme: 22.05.2025

A. Verpflichtungsgeber
Name, Vorname:        {P('Overbeck, Matthias, Dr. med.')}
Geburtsdatum/-ort:    {DOB(fmt(dob1, 'de'))}, Lippstadt
Anschrift:            {A(f'Borchener Straße {hn(100, 260)}')}
                      {A('33106 Paderborn')}
Ausweisdokument:      Personalausweis Nr. {IDC(ids.id_card(check_digit=True))}
Beruf / Arbeitgeber:  Oberarzt, Krankenhaus in Paderborn (unbefristet seit 2011)
Nettoeinkommen:       5.840,00 EUR (Gehaltsnachweise 01–03/2025 vorgelegt)
Unterhaltspflichten:  keine

B. Begünstigte Person
Name, Vorname:        {P('DOS SANTOS LIMA, Maria Aparecida')}
Geburtsdatum:         {DOB(fmt(dob2, 'de'))}
Staatsangehörigkeit:  brasilianisch
Reisepass:            {PASS(pass_br())}
Wohnort:              Belo Horizonte, MG
Zweck/Dauer:          Besuch der Tochter {P('Larissa dos Santos Lima')} (Doktorandin), 15.07.–30.09.2025
Beziehung:            Dr. {P('Overbeck')} ist der Lebensgefährte der Tochter

C. Bonitätsprüfung
Einkommen oberhalb der Pfändungsfreigrenze, Erklärung für 76 Tage tragfähig. Belehrung über Umfang und Dauer der Haftung erteilt und unterschrieben.

Sachbearbeitung: {P('Tölle')}
"""
    return "word", "verpflichtungserklaerung", t, []


def d21():
    t = f"""Betreff: Antrag § 21 Abs. 5 AufenthG – Nachreichung Unterlagen, Az. {AZ(abh_az())}

Sehr geehrte Frau {P('Kötter')},

vielen Dank für das freundliche Gespräch am Montag. Wie besprochen reiche ich die fehlenden Unterlagen für meine Aufenthaltserlaubnis als Freiberuflerin nach. Seit meinem Masterabschluss in Industrial Design (September 2024) arbeite ich selbstständig als UX-Designerin.

- Steuernummer: {TNR(ids.tax_number_nrw())} (Finanzamt Paderborn)
- USt-IdNr.: {VAT(ids.vat_id())}
- Büro (Coworking-Space): {A(f'Technologiepark {rng.randint(2, 30)}')}, {A('33100 Paderborn')}
- Geschäftskonto: {IB(iban_de())}
- Absichtserklärungen von zwei Auftraggebern; Ansprechpartner bei dem größeren Kunden ist Herr {P('Tobias Hüsing')} ({E('t.huesing@agentur-huesing.de')})
- Einnahmen-Überschuss-Prognose für 2025/26, erstellt von meinem Steuerberater {P('Frank Nolte-Brüggemann')}

Die Stellungnahme der IHK habe ich selbst noch nicht bekommen – wird sie direkt an Sie geschickt?

Mit freundlichen Grüßen
{P('María Fernanda González López')}
{T(de_mobile(1))}
{E(f'mf.gonzalez.lopez{dg(2)}@gmail.com')}
"""
    return "outlook", "freiberufler-nachreichung", t, []


def d22():
    rows = [("NWOSU", "CHIAMAKA", "Aufenthaltserlaubnis § 16b"), ("ARAÚJO", "LUCAS", "Fiktionsbescheinigung"),
            ("SHARMA", "NEHA", "eAT Neuausstellung"), ("JAFARI", "REZA", "Aufenthaltserlaubnis § 18d"),
            ("HUANG", "SHIQI", "Aufenthaltserlaubnis § 16b"), ("MORALES VEGA", "SEBASTIÁN", "Übertrag"),
            ("OKORO", "IFEANYI", "Aufenthaltserlaubnis § 16b"), ("DAS", "ANIRBAN", "Verpflichtungserkl.")]
    amounts = {"Aufenthaltserlaubnis § 16b": "93,00", "Fiktionsbescheinigung": "13,00", "eAT Neuausstellung": "67,00",
               "Aufenthaltserlaubnis § 18d": "100,00", "Übertrag": "22,00", "Verpflichtungserkl.": "29,00"}
    lines = []
    day = 3
    for sur, giv, what in rows:
        day += rng.randint(0, 2)
        dob = rdate(1990, 2003)
        if rng.random() < 0.3:
            pay = N("************" + dg(4))
        else:
            pay = IB(iban_de(False))
        lines.append(f"2025-03-{day:02d};{AZ(kassenzeichen())};{P(sur)};{P(giv)};{DOB(fmt(dob, 'de'))};"
                     f"{amounts[what]};{pay};{what}")
    t = "\n".join(lines) + "\n"
    return "word", "gebuehrenexport-ohne-kopf", t, []


def d23():
    dob = rdate(1999, 2001)
    t = f"""Subject: payment failed but money taken two times?? Kassenzeichen {AZ(kassenzeichen())}

Dear Ausländerbehörde team,

I paid the fee for my residence permit online on 2 May with my UnionPay card {CC(group(ids.credit_card('62', 16), 4))}. The page showed "Fehler – Zahlung nicht abgeschlossen" so I tried again with the Visa card of my roommate {P('Tang Jiaqi')} ({CC(ids.credit_card('4', 16))}), this time it worked. But now my bank (ICBC) shows the 100 EUR was also taken from my card. So you got the money two times.

Can you please send one payment back to my German account at N26, IBAN {IB(iban_de())}? Or to {P('Jiaqi')}, whatever is easier for you.

My data: {P('Wang Zihan')}, DOB {DOB(fmt(dob, 'cn'))}, file {AZ(abh_az())}

Thank you very much!
{P('Zihan Wang')}
{E(f'wangzihan{dg(4)}@outlook.com')}
"""
    return "outlook", "doppelzahlung-kreditkarte", t, []


def d24():
    t = f"""Übergabevermerk – offene Vorgänge
Vertretung für Frau {P('Kötter')} (Urlaub 28.07.–15.08.2025) durch Herrn {P('Kleeschulte')}

1) {P('Hosseini, Seyed Mohammad')} – Az. {AZ(abh_az())}
   Verlängerung § 16b; Studienverlaufsbescheinigung fehlt noch, Frist bis 08.08. gesetzt. Erreichbar {T(de_mobile(0))}.

2) {P('Petrenko, Olena')} – Az. {AZ(abh_az())}
   Bisher § 24 AufenthG, Wechsel in § 16b beantragt. Sie ist schwanger (Entbindungstermin Ende September, Risikoschwangerschaft laut Attest vom 02.07.), Vorsprachen daher nur vormittags und möglichst kurz. Pass {PASS(pass_ua())} liegt in Kopie vor.

3) {P('Mensah, Kwame')} (Ghana) – Az. {AZ(abh_az())}
   Blaue Karte EU; Zustimmung der BA am 21.07. angefragt. Arbeitgeber-Kontakt: {P('Dr. Ines Rehbein')}, {E('i.rehbein@sensortec-owl.de')}.

4) {P('Sharma, Rohit')} und {P('Sharma, Neha')} – Az. {AZ(abh_az())}
   Familiennachzug, Visum für die Ehefrau ist erteilt, Einreise erfolgt. eAT-Antrag Termin 04.08., 9:00 Uhr. Anschrift: {A(f'Le-Mans-Wall {hn(1, 40)}')}, {A('33102 Paderborn')}.

5) {P("O'Neill, Madison")} – noch kein Az.
   Gastwissenschaftlerin (US), hat per Mail ({E(f'madison.oneill{dg(2)}@utexas.edu')}) nach Schengen-Tagen gefragt; Antwortentwurf liegt im Ordner "Entwürfe".

6) {P('Demir, Yusuf')} – Az. {AZ(abh_az())}
   Niederlassungserlaubnis § 18c; Rentenversicherungsverlauf fehlt. Hat am Telefon gesagt, er sei wegen eines Bandscheibenvorfalls krankgeschrieben und komme erst ab 11.08.

Bitte Eingänge im Postfach {N(ABH_MAIL)} täglich prüfen.
{P('B. Kötter')}, 25.07.2025
"""
    return "word", "uebergabevermerk-vertretung", t, ["HEALTH"]


def d25():
    d1, d2, d3 = rdate(1999, 2002), rdate(1998, 2001), rdate(2000, 2002)
    t = f"""subject: registration of 3 people in same flat (WG) - one appointment possible?

hi,

we are 3 indian students (MSc Electrical Systems Engg) living together in a shared flat at {A(f'Detmolder Straße {hn(10, 120)}')}, 3rd floor, {A('33100 paderborn')}. our landlord mr {P('brinkmann')} gave us the wohnungsgeberbestätigung signed for all three. can we come together in one appointment? the online system only lets book for one person

1) {P('Arjun Reddy')} - dob {DOB(fmt(d1, 'dash'))} - passport {PASS(pass_in())}
2) {P('Rahul Kumar Singh')} - dob {DOB(fmt(d2, 'dash'))} - passport {PASS(pass_in())}
3) {P('Priya Venkatesh')} - dob {DOB(fmt(d3, 'dash'))} - passport {PASS(pass_in())}

we moved in on 1st sept so the 2 weeks are almost over :(
my number {T(de_mobile(3))} (whatsapp also), {P('rahul')} still has only indian sim {T(in_mobile())}

thanks and regards
{P('arjun')}
"""
    return "outlook", "wg-sammelanmeldung", t, []


def d26():
    dob = rdate(1996, 1999)
    t = f"""Stadt Paderborn – Ausländerangelegenheiten – {N(TOWNHALL)}

Einschreiben mit Rückschein

Herrn
{P('Tunde Bakare')}
c/o {P('Folasade Adeyemi')}
{A(f'Elsener Straße {hn()}')}
{A('33102 Paderborn')}

Aktenzeichen: {AZ(abh_az())}
Ihre Matrikelnummer (alt): {AZ(matrikel())}
Paderborn, 16.06.2025

Anhörung nach § 28 VwVfG NRW
Beabsichtigte nachträgliche Verkürzung der Geltungsdauer Ihrer Aufenthaltserlaubnis (§ 7 Abs. 2 Satz 2 AufenthG)

Sehr geehrter Herr {P('Bakare')},

nach Mitteilung der Universität Paderborn vom 03.06.2025 sind Sie zum 31.03.2025 exmatrikuliert worden. Ihre Aufenthaltserlaubnis nach § 16b AufenthG (gültig bis 30.09.2026) wurde Ihnen ausschließlich zum Zweck des Studiums erteilt. Dieser Zweck ist entfallen.

Ich beabsichtige daher, die Geltungsdauer Ihrer Aufenthaltserlaubnis auf den Tag der Bekanntgabe der Entscheidung zu verkürzen. Vorher gebe ich Ihnen Gelegenheit, sich bis zum 14.07.2025 schriftlich zu äußern. Teilen Sie insbesondere mit, ob Sie

- an einer anderen Hochschule eingeschrieben sind oder eine Einschreibung beabsichtigen,
- eine Ausbildung oder Beschäftigung aufgenommen haben oder aufnehmen wollen,
- aus sonstigen Gründen einen Aufenthaltszweck geltend machen.

Nach der Rechtsprechung sind dabei auch Ihre schutzwürdigen Belange und die Dauer Ihres bisherigen Aufenthalts zu berücksichtigen (vgl. {N('BVerwG, Urteil vom 09.06.2009 – 1 C 11.08')}).

Bei den Angaben zu Ihrer Person gehe ich von folgenden Daten aus: geboren {DOB(fmt(dob, 'de'))} in Ibadan, nigerianischer Reisepass {PASS(pass_ng())}.

Im Auftrag
{P('Kleeschulte')}
"""
    return "word", "anhoerung-befristung", t, []


def d27():
    t = f"""Von: {P('Lea Strototte')} <{E('lea.strototte@uni-paderborn.de')}>
An: {P('Dennis Kleeschulte')} <{E('dennis.kleeschulte@paderborn.de')}>
Betreff: Sammeltermin 14.10. – Liste Neuberufene/Postdocs

Hi {P('Dennis')},

wie vorhin am Telefon besprochen, hier die Liste für den Sammeltermin am 14.10. Alle außer den EU-Leuten haben eine Aufnahmevereinbarung bzw. einen Arbeitsvertrag, Kopien kommen morgen per Hauspost. Bei Prof. {P('Lindqvist')} kommt die Partnerin mit ({P('Sofia Bergström')}), die beiden brauchen nur die Anmeldung.

- {P('Prof. Dr. Erik Lindqvist')} (SE) – Anmeldung – {E('erik.lindqvist@uni-paderborn.de')}
- {P('Dr. Tomasz Wiśniewski')} (PL) – Anmeldung – {E('tomasz.wisniewski@uni-paderborn.de')}
- {P('Dr. Aiko Tanaka')} (JP) – § 18d, Pass {PASS(pass_jp())} – {E('aiko.tanaka@uni-paderborn.de')}
- {P('Dr. Ifeoma Nnaji')} (NG) – § 18d – {E(f'ifeoma.nnaji{dg(2)}@gmail.com')}
- {P('Dr. Arash Mohammadi')} (IR) – Blaue Karte – {E('arash.mohammadi@uni-paderborn.de')}, mobil {T(de_mobile(1))}
- {P('Dr. Valentina Rojas Peña')} (CL) – § 18d – {E('v.rojaspena@uni-paderborn.de')}

Schafft ihr die Vorabprüfung bis Freitag? Dann würde ich die Einladungen rausschicken. {P('Arash')} hat noch gefragt, ob er seinen alten Titel aus Bayern mitbringen soll – ich hab mal "ja" gesagt.

LG
{P('Lea')}

--
{P('Lea Strototte')}
International Office – Welcome Centre
Universität Paderborn, {A('Warburger Straße 100')}, {A('33098 Paderborn')}
{T(uni_direct(True))}
"""
    return "outlook", "welcome-centre-sammeltermin", t, []


def d28():
    dob = rdate(1993, 1996)
    kid = rdate(2021, 2023)
    t = f"""AOK NordWest – Die Gesundheitskasse
Servicecenter Paderborn · {N('Bahnhofstraße 52, 33102 Paderborn')} · Service-Telefon {N('0800 2655 505')}

Versicherungsbescheinigung
zur Vorlage bei der Ausländerbehörde

Versicherte Person:           {P('Olumide Bankole')}
Geburtsdatum:                 {DOB(fmt(dob, 'de'))}
Anschrift:                    {A(f'Am Westerntor {hn(1, 12)}')}
                              {A('33098 Paderborn')}
Krankenversichertennummer:    {KV(ids.health_insurance())}
Rentenversicherungsnummer:    {SSN(ssn(dob, 'B', False))}

Herr {P('Bankole')} ist seit dem 01.10.2024 bei uns als Student (§ 5 Abs. 1 Nr. 9 SGB V) pflichtversichert. Der Versicherungsschutz umfasst Leistungen nach dem SGB V in vollem Umfang und besteht unbefristet, solange die Voraussetzungen vorliegen.

Familienversichert (§ 10 SGB V):
{P('Bankole, Temitope')}, geb. {DOB(fmt(kid, 'de'))}, KVNR {KV(ids.health_insurance())}

Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig.
Ihr Ansprechpartner: {P('Jörg Wächter')}, Tel. {T(pb_landline(3))}
"""
    return "word", "versicherungsbescheinigung-kv", t, []


def d29():
    dob = rdate(1987, 1991)
    t = f"""Von: {P('Ute Schlüter-Kamps')} <{E('ute.schlueter-kamps@gew-nrw.de')}>
An: {N(ABH_MAIL)}
Betreff: {P('Dr. Rafael Nogueira Costa')}, geb. {DOB(fmt(dob, 'de'))} – Ihr Az. {AZ(abh_az())}

Sehr geehrte Damen und Herren,

ich zeige an, dass ich Herrn {P('Dr. Rafael Nogueira Costa')}, {A(f'Warburger Straße {hn(150, 280)}')}, {A('33100 Paderborn')}, im Rahmen des gewerkschaftlichen Rechtsschutzes vertrete; Herr {P('Nogueira Costa')} ist Mitglied der GEW. Eine Vollmacht füge ich bei.

Mein Mandant war bis zum 30.04.2025 als wissenschaftlicher Mitarbeiter befristet beschäftigt. Gegen die Nichtverlängerung seines Vertrags ist beim Arbeitsgericht Paderborn eine Entfristungsklage anhängig (Gütetermin am 23.06.). Ich bitte Sie, über die angekündigte Verkürzung der Aufenthaltserlaubnis nicht vor dem Abschluss dieses Verfahrens zu entscheiden, hilfsweise eine Aufenthaltserlaubnis zur Arbeitsplatzsuche nach § 20 AufenthG zu erteilen.

Herr {P('Nogueira Costa')} ist unter {T(de_mobile(2))} erreichbar; Zustellungen bitte ausschließlich an mich.

Mit freundlichen Grüßen
{P('Ute Schlüter-Kamps')}
Rechtsschutzsekretärin
GEW Nordrhein-Westfalen, Rechtsschutzstelle OWL
Tel. {T('0521 ' + dg(6, True))}
"""
    return "outlook", "gewerkschaft-rechtsschutz", t, ["UNION"]


def d30():
    rows = [
        ("PB-KR", "Dr. Yusuf Demirtaş", "Le-Mans-Wall", "33102 Paderborn", "Anschrift aktuell"),
        ("HX-AS", "Wei Zhang", "Husener Straße", "33098 Paderborn", "Zuzug 03/2025"),
        ("PB-Q", "Ngozi Eze", "Elsener Straße", "33102 Paderborn", "E-Kennzeichen"),
        ("LIP-VT", "Prof. Dr. Alvaro Ruiz Beltrán", "Detmolder Straße", "33175 Bad Lippspringe", "Nebenwohnung PB"),
        ("PB-MN", "Sunita Raghavan", "Pohlweg", "33100 Paderborn", "verzogen, s. unten"),
        ("GT-OR", "Kerem Aydın", "Neuhäuser Straße", "33102 Paderborn", "Halter ≠ Fahrer?"),
    ]
    lines = []
    for plate, name, street, city, note in rows:
        num = str(rng.randint(1, 9999)) if len(plate) <= 5 else str(rng.randint(1, 999))
        if note == "E-Kennzeichen":
            num += "E"
        lines.append(f"| {KFZ(f'{plate} {num}')} | {P(name)} | {A(f'{street} {hn()}')}, {A(city)} | {note} |")
    t = f"""Vermerk – Amtshilfe für die Bußgeldstelle (Halter mit Aufenthaltstitel)

Die Bußgeldstelle (Schreiben vom 02.04.2025) bittet um Bestätigung der Meldeanschriften folgender Halterinnen und Halter, gegen die Verwarnungsgelder wegen Parkens auf dem Feuerwehrweg am Campus-Nord offen sind:

| Kennzeichen | Halter/in | Meldeanschrift | Bemerkung |
|---|---|---|---|
{chr(10).join(lines)}

Zu Nr. 5: Frau {P('Raghavan')} ist am 15.03.2025 nach {A(f'Kleiststraße {hn(1, 60)}')}, {A('44135 Dortmund')} verzogen; Abmeldung liegt vor.
Zu Nr. 6: Herr {P('Aydın')} gibt an, das Fahrzeug sei an einen Bekannten, {P('Murat Şahin')}, verliehen gewesen.

Auskunft nach § 34 BMG erteilt am 08.04.2025. Kein Zusammenhang mit aufenthaltsrechtlichen Verfahren – keine Übermittlung an die ABH-Akten.
{P('S. Rüsing')}
"""
    return "word", "vermerk-halterauskunft", t, []


DOCS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16, d17, d18, d19, d20,
        d21, d22, d23, d24, d25, d26, d27, d28, d29, d30]


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh143.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for i, make in enumerate(DOCS, 1):
            channel, template, marked, flags = make()
            obj = build(f"F143-{i:03d}", channel, template, marked, flags)
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
