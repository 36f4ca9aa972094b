#!/usr/bin/env python3
"""Writes fresh122.jsonl next to itself: 30 invented documents of a Westphalian city's fire brigade and rescue
service (Feuerwehr und Rettungsdienst, Stadt Unna), half Outlook mails, half Word documents, with inline-marked
personal data. Every person, address, number and event is invented. Seed: Identifiers(12222); all randomness comes
from ids.rng so that a second run is byte-identical."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban, mod11_10_check, luhn_check, icao_check  # noqa: E402

ids = Identifiers(12222)
R = ids.rng
OUT = os.path.join(HERE, "fresh122.jsonl")

MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


# ---------------------------------------------------------------- value helpers (all randomness via R / ids)
def dob(y0, y1):
    return (R.randint(1, 28), R.randint(1, 12), R.randint(y0, y1))


def d_dot(t):
    return f"{t[0]:02d}.{t[1]:02d}.{t[2]}"


def d_short(t):
    return f"{t[0]:02d}.{t[1]:02d}.{t[2] % 100:02d}"


def d_loose(t):
    return f"{t[0]}.{t[1]}.{t[2]}"


def d_long(t):
    return f"{t[0]}. {MONTHS[t[1] - 1]} {t[2]}"


def d_dash(t):
    return f"{t[0]:02d}-{t[1]:02d}-{t[2]}"


def d_slash(t):
    return f"{t[0]:02d}/{t[1]:02d}/{t[2]}"


def ddmmyy(t):
    return f"{t[0]:02d}{t[1]:02d}{t[2] % 100:02d}"


MOBILE = ["0151", "0152", "0157", "0159", "0160", "0162", "0163", "0170", "0171", "0172", "0173", "0175",
          "0176", "0177", "0178", "0179"]


def mobile(style=None):
    pre = R.choice(MOBILE)
    n = ids.digits(R.choice([7, 8]), first_nonzero=True)
    style = R.randrange(5) if style is None else style
    if style == 0:
        return f"{pre} {n}"
    if style == 1:
        return f"{pre}-{n}"
    if style == 2:
        return f"+49 {pre[1:]} {n}"
    if style == 3:
        return f"{pre}/{n[:3]} {n[3:]}"
    return f"{pre} {n[:3]} {n[3:]}"


def landline(area, style=None):
    n = ids.digits(R.choice([5, 6, 6, 7]), first_nonzero=True)
    style = R.randrange(5) if style is None else style
    if style == 0:
        return f"{area} {n}"
    if style == 1:
        return f"{area}/{n}"
    if style == 2:
        return f"({area}) {' '.join(n[i:i + 2] for i in range(0, len(n), 2))}"
    if style == 3:
        return f"+49 {area[1:]} {n}"
    return f"{area}-{n}"


def iban_de(grouped=True):
    value = ids.iban_de()
    return group(value, 4) if grouped else value


def kv():
    return ids.health_insurance()


def ssn(t, surname, spaced=True):
    value = ids.social_security(ddmmyy(t), surname[0].upper())
    return f"{value[:2]} {value[2:8]} {value[8]} {value[9:]}" if spaced else value


def kassenzeichen():
    return "6025" + ids.digits(8)


def einsatznr(day, month, year=2025):
    return f"{year % 100:02d}{month:02d}{day:02d}-{ids.digits(4)}"


def rechnungsnr():
    return "RD-25-" + ids.digits(5, first_nonzero=True)


def staff_line():
    return f"02303 2594-{R.randint(110, 189)}"


NO_O = "ABCDEFGHIJKLMNPQRSTUVWXYZ"


def nl_passport():
    head = "".join(R.choice(NO_O) for _ in range(2))
    mid = "".join(R.choice(NO_O + "0123456789") for _ in range(6))
    return head + mid + R.choice("0123456789")


def tr_kimlik():
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def pl_id_card():
    letters = "".join(R.choice("ABCDEFGHIJKLMNPRSTUVWXYZ") for _ in range(3))
    tail = ids.digits(5)
    values = [ord(c) - 55 for c in letters] + [int(c) for c in tail]
    weights = [7, 3, 1, 7, 3, 1, 7, 3]
    check = sum(v * w for v, w in zip(values, weights)) % 10
    return f"{letters}{check}{tail}"


def nl_iban():
    return mod97_iban("NL", R.choice(["INGB", "RABO", "ABNA", "SNSB"]) + ids.digits(10))


def creditor_id():
    national = "0000" + ids.digits(7)
    digits = "".join(str(int(c, 36)) for c in national + "DE00")
    return f"DE{98 - int(digits) % 97:02d}ZZZ{national}"


def tax_id(spaced):
    value = ids.tax_id()
    return f"{value[:2]} {value[2:5]} {value[5:8]} {value[8:]}" if spaced else value


# ---------------------------------------------------------------- the office (neutral spans)
O_STREET = "Florianstraße 2"
O_CITY = "59423 Unna"
O_TEL = "02303 2594-0"
O_FAX = "02303 2594-199"
O_MAIL = "feuerwehr@stadt-unna.de"
G_MAIL = "gebuehren.rettungsdienst@stadt-unna.de"
CITY_IBAN = iban_de()
CITY_CREDITOR = creditor_id()

# staff direct lines
T_SK = staff_line()   # Svenja Kortenbusch, Gebühren Rettungsdienst
T_MT = staff_line()   # Marc Tiemann, Gebühren Rettungsdienst
T_RT = staff_line()   # Ralf Tigges, Sachgebiet Einsatz
T_NH = staff_line()   # Nicole Hüsing, Vorbeugender Brandschutz
T_HG = staff_line()   # Heike Grothues, Kostenersatz
T_CR = staff_line()   # Christina Rehkemper, QM Rettungsdienst
T_JS = staff_line()   # Jörg Sievert, Ehrenamt/Verdienstausfall

# ---------------------------------------------------------------- persons and their values, drawn once
DOB_HW = dob(1936, 1944)          # Hannelore Wiesmann
KV_HW = kv()
KZ_HW = kassenzeichen()
IBAN_FW = iban_de()
TEL_FW = mobile()

DOB_EA = dob(1950, 1962)          # Emine Aydın
KV_EA = kv()
RN_EA = rechnungsnr()
DOB_GK = (19, 12, 1944)           # Gerd Kuhlmann
KV_GK = kv()
RN_GK = rechnungsnr()
KZ_GK = kassenzeichen()
EN_GK = einsatznr(14, 4)
DOB_WR = dob(1968, 1975)          # Waldemar Reimer
KV_WR = kv()
RN_WR = rechnungsnr()
KZ_WR = kassenzeichen()
T_AOK = f"0231 4193-{ids.digits(5, True)}"

DOB_SA = dob(1979, 1990)          # Serkan Aksoy
KZ_SA = kassenzeichen()
TEL_SA = mobile(0)
TNR_SA = ids.tax_number_nrw()
VAT_SA = ids.vat_id()

DOB_DH = dob(1980, 1992)          # Dennis Hoekstra
PASS_DH = nl_passport()
SN_TVM = f"TVM-{ids.digits(2)}-{ids.digits(6)}"
EN_DH = einsatznr(12, 6)
KZ_DH = kassenzeichen()
T_MP = f"+31 38 {ids.digits(3)} {ids.digits(4)}"
T_MP_M = f"+31 6 {ids.digits(4)} {ids.digits(4)}"

DOB_TK = dob(1983, 1993)          # Tomasz Kamiński
EN_TK = einsatznr(28, 4)
VN_POL = f"250428-{ids.digits(4)}-{ids.digits(6)}"
AZ_RA = f"{R.randint(150, 260)}/25 MA{ids.digits(2)}"
T_RA = landline("0231", 0)
F_RA = T_RA[:-2] + "99"
DOB_IP = dob(1946, 1952)          # Ingrid Pöppelbaum
DOB_JP = dob(2009, 2011)          # Jonas Pöppelbaum

T_JO = mobile()                   # Jens Overkamp
T_AW = mobile()                   # Anke Wilmsmeier

DOB_WH = dob(1931, 1938)          # Wilhelm Heitkamp
KV_WH = kv()
KZ_WH = kassenzeichen()
T_CRB = landline("02304")         # Claudia Rehbein, Schwerte
IDC_MZ = pl_id_card()
T_MZ = f"+48 {R.choice(['501', '601', '691', '730'])} {ids.digits(3)} {ids.digits(3)}"

DOB_BT = dob(1990, 1997)          # Baran Tekin
SSN_BT = ssn(DOB_BT, "Tekin")
KV_BT = kv()
IBAN_BT = iban_de()
AZ_UK = f"1-2025-{ids.digits(6)}-{ids.digits(1)}"
T_UK = f"0251 2102-{ids.digits(4, True)}"
T_BT = mobile()

T_FB = landline("02303", 0)       # Friedhelm Brinkmann
T_YD = mobile()                   # Yusuf Demirtaş
T_IF = mobile()                   # Irina Fast
AZ_BVS = f"37.1-BVS-2025-{ids.digits(4)}"

KZ_WF = kassenzeichen()           # Waldemar Friesen
T_LF = mobile()

DOB_XM = (1, 1, 1952)             # Xidir Murad
KV_XM = kv()
KZ_XM = kassenzeichen()
T_DM = mobile()

DOB_DN = dob(1971, 1984)          # Dariusz Nowicki
RN_DN = rechnungsnr()
AZ_SOZ = f"50.2-{ids.digits(5)}/25"
T_SOZ = f"02303 100-{ids.digits(4, True)}"

EN_HY = [einsatznr(3, 6), einsatznr(11, 6), einsatznr(19, 6)]
T_CS = landline("02303", 0)
COMPANY_IBAN = iban_de()

KZ_EO = kassenzeichen()           # Emre Öztürk
DOB_EO = dob(2004, 2007)
CC_HO = ids.credit_card(R.choice(["4", "5"]), 16)
T_HO = f"+90 5{ids.digits(2)} {ids.digits(3)} {ids.digits(2)} {ids.digits(2)}"

DOB_HK = dob(1944, 1950)          # Hüseyin Korkmaz
KIMLIK_HK = tr_kimlik()
PASS_HK = "U" + ids.digits(8, True)
POL_HK = f"TRV-{ids.digits(3)}-{ids.digits(7)}"
KZ_HK = kassenzeichen()
T_MK = f"+44 7700 900{ids.digits(3)}"

T_PW = mobile()                   # Piotr Wiśniewski
KZ_HLG = kassenzeichen()
KZ_HLG_PREV = kassenzeichen()
AZ_HLG = f"37.3-FA-2025-{ids.digits(4)}"

DOB_MS = dob(1958, 1966)          # Monika Sasse
KZ_MS = kassenzeichen()
T_RKV = mobile()
T_MS = landline("02303", 0)

AZ_WB = f"37.3-FA-2025-{ids.digits(4)}"
AZ_WESSEL = f"00{ids.digits(3)}-25/W"
T_WESSEL = landline("02303", 1)

DOB_KL = dob(1985, 1995)          # Katarzyna Lewandowska
KV_KL = kv()
KZ_KL = kassenzeichen()

T_WR = mobile()
DOB_NR = dob(2012, 2016)          # Nikita Reimer
IBAN_WR = iban_de(False)
IDC_WR = ids.id_card(check_digit=True)
BG_WR = f"36201//{ids.digits(7)}"
MANDAT_WR = f"RZ-{KZ_WR}-01"

DOB_SB = dob(1994, 2001)          # Serhat Bozkurt
AZ_BM = f"BM-2025-{ids.digits(3)}"
EN_SB = einsatznr(7, 6)
T_NB = mobile()

DOB_JV = dob(2012, 2013)          # Jesse de Vries
KV_JV = kv()
T_SV = mobile()
T_BV = f"+31 6 {ids.digits(8)}"
IBAN_SV = nl_iban()

# member list (Löschzug Massen): name, first name, dob, street, place, phone, mail, rank, AGT
MEMBERS = [
    ("Schwering", "Karl-Heinz", dob(1966, 1970), "Kreuzstraße 14", "59427 Unna", mobile(1),
     "kh.schwering@web.de", "BI", "03/2026"),
    ("Wilmsmeier", "Anke", dob(1975, 1982), "Auf der Heide 3", "59427 Unna", T_AW,
     "anke.wilmsmeier@gmx.de", "HFM", "–"),
    ("Overkamp", "Jens", dob(1984, 1988), "Schürenfeld 22a", "59427 Unna", T_JO,
     "jens.overkamp@posteo.de", "HBM", "11/2025"),
    ("Niehues", "Timo", dob(1991, 1995), "Massener Hellweg 108", "59427 Unna", mobile(0),
     "timo.niehues@t-online.de", "FM", "08/2027"),
    ("Yıldırım", "Hakan", dob(1986, 1990), "Lessingstraße 5", "59425 Unna", mobile(2),
     "hakan.yildirim86@gmail.com", "OFM", "05/2026"),
    ("Brinkhoff", "Lena", dob(1996, 1999), "Am Bahndamm 9", "59427 Unna", mobile(0), "–", "FF", "02/2027"),
    ("Dick", "Viktor", dob(1978, 1983), "Lüner Höhe 31", "59174 Kamen", mobile(4),
     "v.dick@online.de", "HFM", "10/2025"),
    ("Tekin", "Baran", DOB_BT, "Hochstraße 47", "59427 Unna", T_BT, "baran.tekin@gmx.net", "OFM", "ruht"),
    ("Kleinekathöfer", "Sandra", dob(1988, 1992), "Im Sunderfeld 12", "59427 Unna", mobile(3),
     "s.kleinekathoefer@web.de", "OFF", "–"),
    ("Stallmeyer", "Dominik", dob(1999, 2003), "Friedhofsweg 2", "59439 Holzwickede", mobile(1),
     "domi.stallmeyer@icloud.com", "FM", "01/2027"),
]
M = {m[0]: m for m in MEMBERS}

# course participants: surname, first name, dob, unit, employer(marked), remark
COURSE = [
    ("Kaplan", "Ayşe", dob(1998, 2004), "LZ Mitte", "Sparkasse UnnaKamen", "–"),
    ("Penner", "Artur", dob(1993, 2000), "LZ Massen", "Spedition Rhenus, Holzwickede", "Schichtdienst, Fr. frei"),
    ("Aydemir", "Rojda", dob(2000, 2005), "LZ Massen", "Studentin (TU Dortmund)", "–"),
    ("Lewandowski", "Kacper", dob(1995, 2001), "LG Hemmerde", "Schreinerei Vieth", "–"),
    ("Hoppe", "Niklas", dob(2004, 2007), "LG Billmerich", "Auszubildender Stadtwerke Unna", "Führerschein Kl. B fehlt, Anreise mit Bus"),
    ("Kleine-Büning", "Lea", dob(1999, 2004), "LZ Königsborn", "Zahnarztpraxis Dr. [[P|Meinolf Rademacher]]",
     "Asthma bronchiale – Eignung G 26.3 noch nicht bescheinigt, nur Teil ohne Atemschutz"),
    ("Wortmann", "Jannik", dob(1996, 2002), "LZ Mitte", "Westfalia Metallbau GmbH", "–"),
    ("Çelik", "Emir", dob(1997, 2003), "LG Hemmerde", "selbständig (Fliesenleger)", "Fehltag 12.07. entschuldigt"),
    ("Tönnies", "Marlene", dob(1990, 1996), "LZ Königsborn", "Kreisverwaltung Unna", "–"),
]
TRAINERS = [
    ("Vornholt", "Andreas", 16, iban_de(), tax_id(True)),
    ("Dick", "Viktor", 12, iban_de(), tax_id(False)),
    ("Terhorst", "Sabine", 8, iban_de(), tax_id(True)),
]


# ---------------------------------------------------------------- documents
def doc01():
    t = f"""Betreff: Widerspruch gegen Gebührenbescheid vom 02.06.2025 – Kassenzeichen [[AZ|{KZ_HW}]]

Sehr geehrte Damen und Herren,

hiermit lege ich im Namen meiner Mutter, Frau [[P|Hannelore Wiesmann]], geb. am [[DOB|{d_dot(DOB_HW)}]], fristgerecht Widerspruch gegen den oben genannten Gebührenbescheid über 687,50 EUR ein. Eine schriftliche Vollmacht meiner Mutter hänge ich als PDF an.

Meine Mutter ist am 11.05.2025 in ihrer Wohnung ([[A|Kamener Straße 41]], [[A|59425 Unna]]) gestürzt und wurde mit Verdacht auf einen Oberschenkelhalsbruch von Ihrem Rettungswagen ins Klinikum gebracht, wo sie inzwischen operiert wurde. Sie ist seit Jahrzehnten bei der Knappschaft versichert, Versichertennummer [[KV|{KV_HW}]]. Nach meinem Verständnis rechnet der Rettungsdienst in solchen Fällen direkt mit der Krankenkasse ab. Ich verstehe daher nicht, warum der Bescheid an meine Mutter persönlich gerichtet ist – sie ist hochbetagt und hat sich über das Schreiben sehr aufgeregt.

Falls die Knappschaft die Zahlung abgelehnt haben sollte, bitte ich um eine Kopie des Ablehnungsschreibens. Eine bereits versehentlich überwiesene Teilzahlung von 50,00 EUR erstatten Sie bitte auf mein Konto:
IBAN [[IBAN|{IBAN_FW}]]
Kontoinhaber: [[P|Frank Wiesmann]]

Tagsüber erreichen Sie mich unter [[T|{TEL_FW}]], sonst per E-Mail an [[E|frank.wiesmann@t-online.de]].

Mit freundlichen Grüßen

[[P|Frank Wiesmann]]
[[A|Heideweg 7]]
[[A|59439 Holzwickede]]
"""
    return build("F122-001", "outlook", "widerspruch_rettungsdienst", t, ["HEALTH"])


def doc02():
    t = f"""Betreff: WG: Rechnungsrückläufer Mai 2025 – Ablehnung Kostenübernahme

Hallo [[P|Svenja]],

kannst du dir bitte die drei Fälle unten ansehen? Bei Frau [[P|Aydın]] haben wir m. E. eine falsche Versichertennummer übernommen, die Karte wurde beim Einsatz eingelesen – bitte im Einsatzprotokoll nachsehen und neu einreichen. Bei [[P|Kuhlmann]] und [[P|Reimer]] bitte Bescheide an die Patienten vorbereiten, bei Herrn [[P|Kuhlmann]] mit der Bitte, die neue Kasse zu benennen.

Danke dir!
[[P|Marc]]

--
[[P|Marc Tiemann]]
Stadt Unna | Feuerwehr und Rettungsdienst
Sachgebiet Gebühren Rettungsdienst
Tel. [[T|{T_MT}]]
[[E|m.tiemann@stadt-unna.de]]

-----Ursprüngliche Nachricht-----
Von: [[P|Petra Hülsbusch]] <[[E|petra.huelsbusch@nw.aok.de]]>
Gesendet: Dienstag, 17. Juni 2025 11:42
An: [[N|{G_MAIL}]]
Betreff: Rechnungsrückläufer Mai 2025 – Ablehnung Kostenübernahme

Sehr geehrte Damen und Herren,

zu den folgenden Rechnungen aus Ihrer Sammelabrechnung Mai 2025 können wir keine Zahlung leisten:

Rechnungs-Nr.\tVersicherte/r\tgeb.\tVers.-Nr.\tGrund
[[AZ|{RN_EA}]]\t[[P|Emine Aydın]]\t[[DOB|{d_dot(DOB_EA)}]]\t[[KV|{KV_EA}]]\tVersichertennummer bei uns nicht bekannt
[[AZ|{RN_GK}]]\t[[P|Gerd Kuhlmann]]\t[[DOB|{d_dot(DOB_GK)}]]\t[[KV|{KV_GK}]]\tMitgliedschaft beendet zum 31.03.2025 (Kassenwechsel)
[[AZ|{RN_WR}]]\t[[P|Waldemar Reimer]]\t[[DOB|{d_dot(DOB_WR)}]]\t[[KV|{KV_WR}]]\tkeine medizinische Notwendigkeit (Transport zur Ausnüchterung)

Bitte prüfen Sie die Angaben und reichen Sie berichtigte Rechnungen über das Datenaustauschverfahren erneut ein.

Mit freundlichen Grüßen
Im Auftrag

[[P|Petra Hülsbusch]]
AOK NordWest – Die Gesundheitskasse
Servicezentrum Fahrkosten/Rettungsdienst
Telefon [[T|{T_AOK}]]
"""
    return build("F122-002", "outlook", "ruecklaeufer_krankenkasse", t, ["HEALTH"])


def doc03():
    t = f"""Betreff: fehlalarm rechnung??

hallo,

ich habe heute ihre rechnung bekommen, 495 euro wegen fehlalarm am 24.5. in meinem laden [[A|Bahnhofstr. 63]]. das war nicht unser fehler!! der melder über dem grill ist angegangen weil der techniker von der wartungsfirma ([[P|Kortmann]] brandschutztechnik aus kamen) eine woche vorher den melder getauscht hat und einen falschen eingebaut hat (rauchmelder statt wärmemelder). das hat ihr feuerwehrmann vor ort auch gesagt, so ein großer mit glatze, [[P|jansen]] oder so.

bitte schicken sie die rechnung an die firma [[P|Kortmann]] und nicht an mich. kassenzeichen steht oben auf dem brief: [[AZ|{KZ_SA}]]

ich bin ab 11 uhr im laden, sonst handy [[T|{TEL_SA}]]

gruß
[[P|serkan aksoy]]

--
[[P|Aksoy]] Döner & Grill
Inh. [[P|Serkan Aksoy]]
[[A|Bahnhofstraße 63]] · [[A|59423 Unna]]
St.-Nr. [[TNR|{TNR_SA}]] · USt-IdNr. [[VAT|{VAT_SA}]]
"""
    return build("F122-003", "outlook", "fehlalarm_bma", t, [])


def doc04():
    t = f"""Betreff: Accident / Unfall B1 Unna 12-06-2025 – our truck [[KFZ|BX-PT-48]]

Dear Sir or Madam,
Sehr geehrte Damen und Herren,

sorry, my German is not so good, so I write in English.

On 12 June 2025 our truck with the Dutch registration [[KFZ|BX-PT-48]] and the trailer [[KFZ|OR-53-XN]] was involved in an accident on the B1 (Ostring) in Unna. Our driver, Mr [[P|Dennis Hoekstra]] (date of birth [[DOB|{d_dash(DOB_DH)}]]), had to brake hard because of a car changing lanes, the trailer hit the guard rail and the diesel tank was damaged. Mr [[P|Hoekstra]] only had some bruises on his left shoulder; he was checked by your ambulance on the spot and did not need to go to hospital.

The police told him that your fire brigade cleaned the road (Ölspur / oil spill) and that we will get an invoice from the city. Could you please send us
1. a copy of the Einsatzbericht (operation report),
2. the invoice, addressed to our company and not to the driver.

Our insurer TVM needs both for the claim, their reference (schadenummer) is [[AZ|{SN_TVM}]]. If you need an identification of the driver: his passport number is [[PASS|{PASS_DH}]].

Thank you in advance!

Met vriendelijke groet / Mit freundlichen Grüßen

[[P|Marieke Post]]
Schadeafdeling / Claims department
Transportbedrijf IJsselstroom B.V.
[[N|Marsweg 40]]
[[N|8013 PE Zwolle]]
Nederland
T [[T|{T_MP}]] | M [[T|{T_MP_M}]]
[[E|m.post@ijsselstroom-transport.nl]]
"""
    return build("F122-004", "outlook", "unfall_ausland", t, ["HEALTH"])


def doc05():
    t = f"""Betreff: Verkehrsunfall vom 28.04.2025, Kreuzung Massener Straße/Hertinger Straße – Unser Zeichen: [[AZ|{AZ_RA}]]

Sehr geehrte Damen und Herren,

wir zeigen an, dass wir die rechtlichen Interessen von Herrn [[P|Tomasz Kamiński]], geb. [[DOB|{d_dot(DOB_TK)}]], [[A|Friedrich-Ebert-Straße 18]], [[A|59425 Unna]], vertreten. Eine auf uns lautende Vollmacht sowie eine Schweigepflichtentbindungserklärung unseres Mandanten fügen wir bei.

Unser Mandant war am 28.04.2025 gegen 17:20 Uhr als Fahrer des Pkw mit dem amtlichen Kennzeichen [[KFZ|UN-TK 318]] an einem Verkehrsunfall beteiligt. Unfallgegnerin ist Frau [[P|Ingrid Pöppelbaum]], Halterin und Fahrerin des Pkw [[KFZ|HAM-IP 77]]. Herr [[P|Kamiński]] wurde von Ihrem Rettungsdienst mit einer Fraktur des rechten Handgelenks in das Klinikum Unna-Mitte gebracht und ist seitdem arbeitsunfähig.

Zur Geltendmachung der Ansprüche gegenüber dem Haftpflichtversicherer der Unfallgegnerin beantragen wir Akteneinsicht in die Einsatzdokumentation (Einsatznummer nach Angabe unseres Mandanten: [[AZ|{EN_TK}]]), insbesondere in das Rettungsdienstprotokoll und in Ihre Feststellungen zu ausgelaufenen Betriebsstoffen an Fahrzeug 2. Die polizeiliche Unfallaufnahme erfolgte durch die Kreispolizeibehörde Unna unter der Vorgangsnummer [[AZ|{VN_POL}]].

Für eine Übersendung in Kopie oder als PDF an die unten genannte Adresse wären wir dankbar. Etwaige Auslagen übernehmen wir.

Mit freundlichen Grüßen

[[P|Dilek Arslan]]
Rechtsanwältin
Fachanwältin für Verkehrsrecht

[[P|Arslan]] & [[P|Brüggemann]] Rechtsanwälte
[[A|Hansastraße 88]] · [[A|44137 Dortmund]]
Tel. [[T|{T_RA}]] · Fax [[T|{F_RA}]]
[[E|arslan@ra-arslan-brueggemann.de]]
"""
    return build("F122-005", "outlook", "akteneinsicht_anwalt", t, ["HEALTH"])


def doc06():
    t = f"""Betreff: AW: Dienstabend Di + Atemschutzübung Sa

moin [[P|kalle]],

bin diese woche raus, hab mir am sonntag beim fußball das knie verdreht. innenband angerissen sagt der orthopäde, krankgeschrieben bis 04.07. die AU schick ich [[P|anke]] noch für die unterlagen. atemschutz am samstag fällt für mich also flach, sorry. kannst du [[P|timo]] sagen dass er für mich aufm HLF maschinist macht?

bin übers handy erreichbar [[T|{T_JO}]]

gruß [[P|jens]]

Von meinem iPhone gesendet

> Am 23.06.2025 um 19:02 schrieb [[P|Karl-Heinz Schwering]] <[[E|kh.schwering@web.de]]>:
>
> Hallo zusammen,
>
> Dienstabend am Dienstag um 19:30 Uhr, Thema Technische Hilfe – Arbeiten mit Schere und Spreizer am Schrottfahrzeug.
> Am Samstag Atemschutz-Belastungsübung in der Übungsanlage Kamen, Abfahrt 8:00 Uhr am Gerätehaus.
> Eingeteilt sind: [[P|Jens Overkamp]], [[P|Timo Niehues]], [[P|Hakan Yıldırım]], [[P|Lena Brinkhoff]], [[P|Viktor Dick]].
> Wer nicht kann, bitte bis Donnerstag bei mir oder bei [[P|Anke Wilmsmeier]] ([[T|{T_AW}]]) abmelden.
>
> Gruß
> [[P|Karl-Heinz Schwering]]
> Zugführer Löschzug Massen
"""
    return build("F122-006", "outlook", "dienstbetrieb_ff", t, ["HEALTH"])


def doc07():
    t = f"""Betreff: Rechnung Krankenwagen fur Herr [[P|Heitkamp]]

Guten Tag,

ich bin [[P|Małgorzata Zielińska]], ich arbeite als Pflegekraft bei Herr [[P|Wilhelm Heitkamp]] in [[A|Rosenweg 14]], [[A|59427 Unna]] (24 Stunde Betreuung). Am 3 Juni er ist gefallen in Badezimmer und konnte nicht gut atmen, ich habe 112 angerufen. Jetzt kommt Brief mit Rechnung 412 Euro auf meine Name, aber ich bin nicht Patient!! Kassenzeichen auf Brief ist [[AZ|{KZ_WH}]].

Herr [[P|Heitkamp]] ist versichert bei Barmer, Nummer ist [[KV|{KV_WH}]], geboren [[DOB|{d_dot(DOB_WH)}]]. Er hat Herzschwäche und ist jetzt wieder zuhause.

Seine Tochter Frau [[P|Claudia Rehbein]] macht alle Papiere, Telefon [[T|{T_CRB}]]. Bitte schicken Sie Rechnung an Krankenkasse oder an Frau [[P|Rehbein]], nicht an mich.

Meine Ausweis Nummer ist [[IDC|{IDC_MZ}]] (polnische Ausweis), wenn Sie brauchen. Ich bin in Deutschland bis 15. August, danach kommt meine Kollegin.

Danke schön
[[P|Małgorzata Zielińska]]
tel. [[T|{T_MZ}]]
"""
    return build("F122-007", "outlook", "rechnung_pflegekraft", t, ["HEALTH"])


def doc08():
    t = f"""Betreff: Unfall Ihres ehrenamtlichen Feuerwehrangehörigen [[P|Baran Tekin]] am 14.05.2025 – Az. [[AZ|{AZ_UK}]]

Sehr geehrte Damen und Herren,

wir bestätigen den Eingang Ihrer Unfallanzeige vom 20.05.2025 zum Unfall Ihres ehrenamtlichen Feuerwehrangehörigen Herrn [[P|Baran Tekin]], geb. [[DOB|{d_dot(DOB_BT)}]], beim Brandeinsatz am 14.05.2025 ([[A|Afferder Weg 31]], [[A|59427 Unna]]). Die angegebene Rentenversicherungsnummer [[SSN|{SSN_BT}]] konnten wir zuordnen.

Nach dem Durchgangsarztbericht von Dr. [[P|Heiner Asbeck]] liegt eine distale Radiusfraktur rechts vor, die operativ versorgt wurde. Die Arbeitsunfähigkeit besteht voraussichtlich bis zum 30.06.2025.

Für die Berechnung des Verletztengeldes benötigen wir noch:
1. die Entgeltbescheinigung des Arbeitgebers (Westfalia Metallbau GmbH, Ansprechpartnerin laut Herrn [[P|Tekin]]: Frau [[P|Claudia Stratmann]]),
2. eine kurze Stellungnahme des Einsatzleiters zum Unfallhergang (Sturz von der Steckleiter),
3. die Bestätigung, dass der Einsatz auf Alarmierung durch die Leitstelle erfolgte.

Herr [[P|Tekin]] hat uns telefonisch mitgeteilt, dass er als Mitglied der IG Metall in Fragen des Verletztengeldes von der DGB Rechtsschutz GmbH vertreten wird; zuständig ist dort Herr [[P|Uwe Scharnhorst]]. Eine Vollmacht liegt uns bisher nicht vor.

Mit freundlichen Grüßen
Im Auftrag

[[P|Stefanie Lohmann]]
Unfallkasse Nordrhein-Westfalen
Regionaldirektion Westfalen-Lippe
Tel. [[T|{T_UK}]]
[[E|s.lohmann@unfallkasse-nrw.de]]
"""
    return build("F122-008", "outlook", "unfallkasse", t, ["HEALTH", "UNION"])


def doc09():
    t = f"""Von: [[P|Nicole Hüsing]] <[[E|n.huesing@stadt-unna.de]]>
An: [[P|Dirk Hammerschmidt]] <[[E|d.hammerschmidt@stadt-unna.de]]>
Cc: [[P|Mustafa Ergin]] <[[E|m.ergin@stadt-unna.de]]>
Betreff: Brandverhütungsschauen KW 26 – Ergebnisse / Nachschau

Hallo [[P|Dirk]],

kurz die Ergebnisse von dieser Woche, die Niederschriften liegen im Laufwerk unter 37.1:

- Gaststätte „Zum Alten Krug", [[A|Markt 9]], Betreiber [[P|Friedhelm Brinkmann]]: zweiter Rettungsweg aus dem Saal im OG mit Getränkekisten zugestellt, Notbeleuchtung Gastraum ohne Funktion. Frist 2 Wochen, Az. [[AZ|{AZ_BVS}]]. Herr [[P|Brinkmann]] war einsichtig, Tel. [[T|{T_FB}]].
- Kfz-Service [[P|Demirtaş]], [[A|Otto-Hahn-Straße 21]], [[A|59423 Unna]], Inhaber [[P|Yusuf Demirtaş]]: Feuerlöscher zuletzt 2022 geprüft, Lösemittel ohne Auffangwanne im Werkstattbereich. Nachschau am 15.07. vereinbart, Handy Herr [[P|Demirtaş]]: [[T|{T_YD}]].
- Seniorenzentrum Haus Sonnenhang: ohne Mängel. Ansprechpartnerin Heimleitung Frau [[P|Beate Osterkamp]].
- Kosmetikstudio [[P|Irina Fast]], [[A|Gerhart-Hauptmann-Straße 7]]: Mehrfachsteckdosen hintereinander gesteckt, Heizlüfter im Lager. Frau [[P|Fast]] kümmert sich, Foto per WhatsApp an [[T|{T_IF}]] zugesagt.

Bei [[P|Demirtaş]] würde ich die Ordnungsverfügung mit Zwangsgeldandrohung vorbereiten, falls bis zur Nachschau nichts passiert ist. [[P|Mustafa]], kannst du für die Werkstatt mal in die Bauakte schauen, ob die Lagerhalle überhaupt genehmigt ist?

VG
[[P|Nicole]]

--
[[P|Nicole Hüsing]]
Vorbeugender Brandschutz – Brandschutzdienststelle
Tel. [[T|{T_NH}]]
"""
    return build("F122-009", "outlook", "brandverhuetungsschau", t, [])


def doc10():
    t = f"""Betreff: Einspruch Kosten Feuerwehr Einsatz 08.06.2025, Kassenzeichen [[AZ|{KZ_WF}]]

Sehr geehrte Damen und Herren,

ich, [[P|Waldemar Friesen]], wohne in der [[A|Berliner Allee 112]], 3. Etage links. Am 08.06. waren wir mit ganze Familie bei meine Schwester in Lippstadt. In dieser Zeit der Rauchmelder im Flur hat gepiept, weil Batterie leer, und der Nachbar Herr [[P|Okan Şimşek]] hat Feuerwehr gerufen. Die Feuerwehr hat Tür aufgemacht mit Gewalt, aber es war kein Feuer. Jetzt soll ich 380 Euro bezahlen für Einsatz und neue Schloss kostet noch 240 Euro.

Ich finde das nicht richtig. Ich habe nicht gerufen und ich habe nichts falsch gemacht. Der Vermieter ist Wohnbau Hellweg GmbH, dort sagt Frau [[P|Sabine Korte]], Rauchmelder ist ihre Sache, die Firma macht Wartung jedes Jahr. Bitte schicken Sie Rechnung an Vermieter.

Meine Frau [[P|Lydia Friesen]] spricht besser Deutsch, Sie können sie anrufen: [[T|{T_LF}]].

Mit freundlichen Grüßen
[[P|W. Friesen]]

[[A|Berliner Allee 112]]
[[A|59425 Unna]]
"""
    return build("F122-010", "outlook", "fehlalarm_wohnung", t, [])


def doc11():
    t = f"""Betreff: Mahnung Rettungswagen – mein Vater [[P|Xidir Murad]]

Sehr geehrte Damen und Herren,

mein Vater, [[P|Xidir Murad]] (geb. [[DOB|{d_dot(DOB_XM)}]]), hat eine Mahnung über 612,40 EUR für den Rettungswageneinsatz am 16.12.2024 bekommen (Kassenzeichen [[AZ|{KZ_XM}]]). Er spricht nur Kurmancî und kann die Briefe nicht lesen, deshalb schreibe ich für ihn.

Mein Vater hat Diabetes und spritzt Insulin. Wir sind eine ezidische Familie, und im Dezember fasten gläubige Eziden drei Tage vor dem Ezid-Fest. Dabei hatte er am 16.12. eine schwere Unterzuckerung und ist zusammengebrochen, meine Mutter hat den Notruf gewählt. Die Sanitäter waren sehr freundlich, dafür vielen Dank.

Zu der Zeit war er schon bei der IKK classic versichert, die neue Karte mit der Versichertennummer [[KV|{KV_XM}]] hänge ich als Foto an. Die alte Nummer von der DAK, die Sie wahrscheinlich haben, gilt seit Oktober nicht mehr. Bitte rechnen Sie mit der IKK ab und schicken Sie künftige Briefe bitte an mich.

Mit freundlichen Grüßen
[[P|Dilşad Murad]]
[[A|Hertinger Straße 55]], [[A|59423 Unna]]
Mobil [[T|{T_DM}]]
"""
    return build("F122-011", "outlook", "mahnung_rettungsdienst", t, ["HEALTH", "RELIGION"])


def doc12():
    t = f"""Betreff: Ihre Rechnung [[AZ|{RN_DN}]] – Patient ohne festen Wohnsitz

Sehr geehrte Frau [[P|Kortenbusch]],

Sie hatten uns wegen des Patienten Herrn [[P|Dariusz Nowicki]], geb. [[DOB|{d_dot(DOB_DN)}]], angeschrieben, der am 02.05.2025 von Ihrem RTW vom Bahnhofsvorplatz zu uns gebracht wurde. Herr [[P|Nowicki]] wurde bei uns wegen einer Alkoholintoxikation und einer Kopfplatzwunde zwei Tage stationär behandelt.

Er ist wohnungslos und hat nach eigenen Angaben in Deutschland keinen Krankenversicherungsschutz; ein Ausweisdokument lag bei der Aufnahme nicht vor. Wir haben beim Sozialamt einen Antrag auf Kostenerstattung als Nothelfer nach § 25 SGB XII gestellt (Aktenzeichen des Sozialamts: [[AZ|{AZ_SOZ}]]). Wir empfehlen, Ihre Forderung dort ebenfalls anzumelden.

Als Postanschrift hat Herr [[P|Nowicki]] die Beratungsstelle der Wohnungslosenhilfe angegeben: c/o Diakonie, [[A|Nordring 7]], [[A|59423 Unna]].

Mit freundlichen Grüßen

[[P|Annette Rüsing]]
Sozialdienst
Klinikum Unna-Mitte
Tel. [[T|{T_SOZ}]]
[[E|annette.ruesing@klinikum-unna-mitte.de]]
"""
    return build("F122-012", "outlook", "sozialdienst_klinik", t, ["HEALTH"])


def doc13():
    t = f"""Betreff: WG: Erstattungsantrag Lohnfortzahlung § 21 BHKG – Mitarbeiter [[P|Hakan Yıldırım]]

[[P|Ralf]], zur Info und Prüfung: Zeiten bitte mit den Alarmierungsdaten aus dem Einsatzleitsystem abgleichen, dann geht die Auszahlung an die Kasse. Beim Einsatz am 19.06. war [[P|Yıldırım]] laut Stärkemeldung erst ab 10:05 Uhr dabei.

Gruß [[P|Jörg]]
[[P|Jörg Sievert]] | Ehrenamt und Verdienstausfall | Tel. [[T|{T_JS}]]

________________________________
Von: [[P|Claudia Stratmann]] <[[E|c.stratmann@westfalia-metallbau.de]]>
Gesendet: Mittwoch, 25. Juni 2025 08:51
An: [[N|{O_MAIL}]]
Betreff: Erstattungsantrag Lohnfortzahlung § 21 BHKG – Mitarbeiter [[P|Hakan Yıldırım]]

Sehr geehrte Damen und Herren,

unser Mitarbeiter Herr [[P|Hakan Yıldırım]] ist ehrenamtlich im Löschzug Massen tätig und wurde an folgenden Tagen während seiner Arbeitszeit zu Einsätzen alarmiert:

Datum | Einsatznummer | Abwesenheit | fortgezahltes Bruttoentgelt
03.06.2025 | [[AZ|{EN_HY[0]}]] | 08:12–11:40 Uhr | 96,21 €
11.06.2025 | [[AZ|{EN_HY[1]}]] | 13:30–15:05 Uhr | 43,93 €
19.06.2025 | [[AZ|{EN_HY[2]}]] | 09:40–14:15 Uhr | 127,14 €

Wir beantragen die Erstattung gemäß § 21 Abs. 2 BHKG in Höhe von 267,28 € zuzüglich der Arbeitgeberanteile zur Sozialversicherung (55,12 €). Bitte überweisen Sie den Betrag auf unser Konto bei der Sparkasse UnnaKamen, IBAN [[N|{COMPANY_IBAN}]].

Mit freundlichen Grüßen

[[P|Claudia Stratmann]]
Personalabteilung
Westfalia Metallbau GmbH
Tel. [[T|{T_CS}]]
"""
    return build("F122-013", "outlook", "verdienstausfall", t, [])


def doc14():
    t = f"""Betreff: AW: Zahlung Rettungsdienstgebühr per Kreditkarte

Sehr geehrte Frau [[P|Öztürk]],

vielen Dank für Ihre Nachricht. Bitte senden Sie uns Kreditkartendaten nicht per E-Mail. Wir haben Ihre Nachricht nach der Bearbeitung aus Sicherheitsgründen gelöscht; bitte fragen Sie bei Ihrer Bank nach, ob die Karte gesperrt werden sollte.

Eine Zahlung per Kreditkarte ist bei uns leider nicht möglich. Bitte überweisen Sie den Betrag von 425,00 EUR unter Angabe des Kassenzeichens [[AZ|{KZ_EO}]] auf das Konto der Stadtkasse Unna, IBAN [[N|{CITY_IBAN}]]. Gern stunden wir die Forderung bis zu Ihrer Rückkehr aus der Türkei; eine kurze Nachricht genügt.

Ihrem Sohn wünschen wir weiterhin gute Besserung.

Mit freundlichen Grüßen
Im Auftrag

[[P|Svenja Kortenbusch]]
Stadt Unna – Feuerwehr und Rettungsdienst
Gebühren Rettungsdienst
[[N|{O_STREET}]], [[N|{O_CITY}]]
Tel. [[T|{T_SK}]]
[[N|{G_MAIL}]]

Von: [[P|Hatice Öztürk]] <[[E|hatice.oeztuerk@gmx.de]]>
Gesendet: Freitag, 20. Juni 2025 22:17
An: [[N|{G_MAIL}]]
Betreff: Zahlung Rettungsdienstgebühr per Kreditkarte

hallo, ich möchte die rechnung für meinen sohn [[P|Emre]] bezahlen (kassenzeichen [[AZ|{KZ_EO}]]), er ist am 30.5. beim fußballtraining umgekippt, kreislauf, jetzt ist alles wieder gut. ich bin grad bei meiner mutter in izmir und kann von hier nicht überweisen. hier meine karte: [[CC|{group(CC_HO, 4)}]] gültig bis 09/27, die 3 zahlen hinten schick ich wenn sie anrufen. bitte abbuchen. danke
[[P|hatice öztürk]]
[[T|{T_HO}]]
"""
    return build("F122-014", "outlook", "zahlung_rettungsdienst", t, ["HEALTH"])


def doc15():
    t = f"""Subject: Ambulance invoice for my father – [[P|Hüseyin Korkmaz]]

Dear Sir or Madam,

I am writing on behalf of my father, Mr [[P|Hüseyin Korkmaz]] (date of birth [[DOB|{d_slash(DOB_HK)}]]), who was visiting my sister in Unna when he collapsed on 7 June 2025. Your ambulance and the emergency doctor took him to hospital, where he was treated for a heart attack and had a stent placed. He is recovering well now – please pass on our thanks to the crew.

My father lives in Turkey and has no German health insurance. He has a travel insurance with Allianz Partners, policy no. [[AZ|{POL_HK}]]. Could you please send the invoice (your reference [[AZ|{KZ_HK}]]) directly to them, or to me so that I can forward it? In case the insurer asks for it: his Turkish ID number (T.C. Kimlik No.) is [[IDC|{KIMLIK_HK}]], passport no. [[PASS|{PASS_HK}]].

My sister, [[P|Sevgi Korkmaz-Bulut]], lives at [[A|Iserlohner Straße 23]], [[A|59423 Unna]]; letters can also go to her address. She speaks German if you prefer to call her.

Kind regards,
[[P|Murat Korkmaz]]
London
[[T|{T_MK}]]
[[E|murat.korkmaz@btinternet.com]]
"""
    return build("F122-015", "outlook", "auslandspatient", t, ["HEALTH"])


def doc16():
    t = f"""Stadt Unna · Feuerwehr und Rettungsdienst · [[N|{O_STREET}]] · [[N|{O_CITY}]]

Herrn
[[P|Gerd Kuhlmann]]
[[A|Im Hasenwinkel 4]]
[[A|59427 Unna]]

Kassenzeichen: [[AZ|{KZ_GK}]]
Einsatznummer: [[AZ|{EN_GK}]]
Auskunft: Frau [[P|Kortenbusch]]
Telefon: [[T|{T_SK}]]
Datum: 24.06.2025

Gebührenbescheid für die Inanspruchnahme des Rettungsdienstes

Sehr geehrter Herr [[P|Kuhlmann]],

am 14.04.2025 wurden Sie (geb. [[DOB|{d_dot(DOB_GK)}]]) vom Rettungsdienst der Stadt Unna mit einem Rettungswagen von Ihrer Wohnung in das Klinikum Unna-Mitte befördert. Die Kosten haben wir zunächst der AOK NordWest unter Ihrer bisherigen Versichertennummer [[KV|{KV_GK}]] in Rechnung gestellt. Die AOK NordWest hat die Zahlung abgelehnt, weil Ihre Mitgliedschaft dort zum 31.03.2025 geendet hat.

Auf Grundlage der Satzung über die Erhebung von Gebühren für den Rettungsdienst der Stadt Unna setze ich folgende Gebühren fest:

Leistung\tMenge\tBetrag
Einsatzpauschale Rettungswagen (Notfall)\t1\t612,00 EUR
Kilometerpauschale\t12 km\t75,50 EUR
Gesamtbetrag\t\t687,50 EUR

Sind Sie seit dem 01.04.2025 bei einer anderen Krankenkasse versichert, senden Sie uns bitte innerhalb eines Monats eine Kopie Ihrer Versichertenkarte. Wir rechnen dann direkt mit der neuen Kasse ab und heben diesen Bescheid auf.

Andernfalls zahlen Sie den Betrag bitte bis zum 25.07.2025 unter Angabe des Kassenzeichens auf das Konto der Stadt Unna bei der Sparkasse UnnaKamen, IBAN [[N|{CITY_IBAN}]].

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Arnsberg erhoben werden.

Mit freundlichen Grüßen
Im Auftrag

[[P|Svenja Kortenbusch]]

Allgemeine Sprechzeiten: Mo–Do 8:30–12:00 Uhr · Zentrale [[N|{O_TEL}]] · Fax [[N|{O_FAX}]] · [[N|{G_MAIL}]]
"""
    return build("F122-016", "word", "gebuehrenbescheid_rettungsdienst", t, ["HEALTH"])


def doc17():
    t = f"""Stadt Unna · Feuerwehr und Rettungsdienst · [[N|{O_STREET}]] · [[N|{O_CITY}]]

Hellweg Logistik GmbH
z. Hd. Herrn [[P|Maarten Jansen]], Niederlassungsleitung
[[N|Max-Planck-Straße 40]]
[[N|59423 Unna]]

Ihr Zeichen: –
Unser Zeichen: [[AZ|{AZ_HLG}]]
Kassenzeichen: [[AZ|{KZ_HLG}]]
Bearbeitung: Frau [[P|Grothues]], Tel. [[T|{T_HG}]]
Datum: 23.06.2025

Gebührenbescheid – Falschalarm der Brandmeldeanlage am 31.05.2025, 03:14 Uhr

Sehr geehrter Herr [[P|Jansen]],

am 31.05.2025 um 03:14 Uhr wurde die Feuerwehr durch die Brandmeldeanlage Ihres Lagers (Melder 12/3, Hochregallager Halle 2) alarmiert. Vor Ort stellte der Einsatzleiter fest, dass kein Brand vorlag; die Auslösung wurde durch Staub bei Reinigungsarbeiten einer Fremdfirma verursacht. Es handelt sich um die dritte Falschalarmierung innerhalb von zwölf Monaten (vorherige Einsätze am 14.11.2024 und 02.02.2025, Kassenzeichen [[AZ|{KZ_HLG_PREV}]]).

Nach § 52 Abs. 2 Nr. 4 BHKG in Verbindung mit der Gebührensatzung der Stadt Unna setze ich gegenüber der Hellweg Logistik GmbH als Betreiberin der Anlage folgende Gebühr fest:

Fahrzeug/Personal\tDauer\tBetrag
HLF 20 mit 9 Einsatzkräften\t0,75 h\t486,00 EUR
DLK 23/12 mit 2 Einsatzkräften\t0,75 h\t318,00 EUR
ELW 1 mit 2 Einsatzkräften\t0,75 h\t154,50 EUR
Gesamt\t\t958,50 EUR

Ihr Brandschutzbeauftragter, Herr [[P|Piotr Wiśniewski]] (Tel. [[T|{T_PW}]]), hat uns bereits mitgeteilt, dass Reinigungsarbeiten künftig nur nach Abschaltung der betroffenen Meldergruppe durchgeführt werden. Ansprüche gegen das Reinigungsunternehmen bleiben von diesem Bescheid unberührt.

Bitte überweisen Sie den Betrag bis zum 25.07.2025 unter Angabe des Kassenzeichens auf das Konto der Stadt Unna, IBAN [[N|{CITY_IBAN}]].

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Arnsberg erhoben werden.

Mit freundlichen Grüßen
Im Auftrag

[[P|Heike Grothues]]
"""
    return build("F122-017", "word", "gebuehrenbescheid_bma", t, [])


def doc18():
    t = f"""Feuerwehr Unna – Einsatzbericht (Auszug zur Akteneinsicht)

Einsatznummer:\t[[AZ|{EN_TK}]]
Datum/Alarm:\t28.04.2025, 17:24 Uhr
Stichwort:\tTH 1 – Verkehrsunfall, Betriebsmittel auslaufend
Einsatzort:\tKreuzung Massener Straße/Hertinger Straße
Einsatzleiter:\tHBM [[P|Andreas Vornholt]]
Kräfte:\tHLF 20 LZ Mitte, RTW 1/83-2, Polizei

Beteiligte Fahrzeuge und Personen
Fahrzeug 1: Pkw VW Golf, amtl. Kennzeichen [[KFZ|UN-TK 318]]
Fahrer/Halter: [[P|Tomasz Kamiński]], geb. [[DOB|{d_dot(DOB_TK)}]]
Anschrift: [[A|Friedrich-Ebert-Straße 18]], [[A|59425 Unna]]
Verletzungen: Schmerzen und Fehlstellung rechtes Handgelenk, V. a. distale Radiusfraktur; Versorgung durch RTW, Transport Klinikum Unna-Mitte.

Fahrzeug 2: Pkw Opel Corsa, amtl. Kennzeichen [[KFZ|HAM-IP 77]]
Fahrerin/Halterin: [[P|Ingrid Pöppelbaum]], geb. [[DOB|{d_dot(DOB_IP)}]]
Anschrift: [[A|Ostenallee 93]], [[A|59071 Hamm]]
Verletzungen: keine äußerlich erkennbaren; Transport abgelehnt, Unterschrift unter Transportverweigerung liegt vor.
Beifahrer: [[P|Jonas Pöppelbaum]] (Enkel), geb. [[DOB|{d_dot(DOB_JP)}]], unverletzt, an Frau [[P|Pöppelbaum]] übergeben.

Maßnahmen
Sicherung der Einsatzstelle, Brandschutz sichergestellt, Batterie Fahrzeug 2 abgeklemmt. Aus Fahrzeug 2 ca. 10 l Kühlflüssigkeit und geringe Mengen Motoröl ausgelaufen, mit 4 Sack Ölbindemittel aufgenommen. Fahrbahn an die Polizei übergeben.

Polizei: Kreispolizeibehörde Unna, PK [[P|Lukas Hendricks]], Vorgangsnummer [[AZ|{VN_POL}]]

Bericht erstellt: [[P|Andreas Vornholt]], 28.04.2025, 19:55 Uhr
Freigabe Akteneinsicht (Rechtsanwältin [[P|Arslan]], Az. [[AZ|{AZ_RA}]]): [[P|Ralf Tigges]], Sachgebiet Einsatz, 02.07.2025
Hinweis: Das Rettungsdienstprotokoll wird wegen der ärztlichen Schweigepflicht nur gegen Vorlage der Entbindungserklärung übersandt; Erklärung liegt vor.
"""
    return build("F122-018", "word", "einsatzbericht", t, ["HEALTH"])


def doc19():
    rows = []
    for i, (sur, first, d, street, place, tel, mail, rank, agt) in enumerate(MEMBERS, 1):
        mail_cell = "–" if mail == "–" else f"[[E|{mail}]]"
        rows.append(f"{i} | [[P|{sur}]] | [[P|{first}]] | [[DOB|{d_dot(d)}]] | [[A|{street}]] | [[A|{place}]] | "
                    f"[[T|{tel}]] | {mail_cell} | {rank} | {agt}")
    table = "\n".join(rows)
    t = f"""Freiwillige Feuerwehr Unna – Löschzug Massen
Mitgliederliste Einsatzabteilung (Export Mitgliederverwaltung, Stand 01.07.2025)
Nur für den Dienstgebrauch – nicht an Dritte weitergeben

Nr | Name | Vorname | Geb.-Datum | Straße | PLZ Ort | Telefon | E-Mail | Dienstgrad | AGT (G 26.3) bis
{table}

Anmerkungen der Zugführung:
– [[P|Tekin]]: nach Dienstunfall vom 14.05.2025 (Handgelenksfraktur) derzeit dienstunfähig, Atemschutztauglichkeit ruht bis zur Nachuntersuchung.
– [[P|Overkamp]]: krankgeschrieben bis 04.07.2025 (Knieverletzung), nicht für Einsätze einplanen.
– [[P|Kleinekathöfer]]: Elternzeit bis 31.12.2025.
– [[P|Wilmsmeier]]: Schriftführerin, keine Atemschutzträgerin.
Erstellt: [[P|Anke Wilmsmeier]]
"""
    return build("F122-019", "word", "mitgliederliste", t, ["HEALTH"])


def doc20():
    rows = []
    for i, (sur, first, d, unit, employer, remark) in enumerate(COURSE, 1):
        rows.append(f"{i}\t[[P|{sur}]], [[P|{first}]]\t[[DOB|{d_dot(d)}]]\t{unit}\t{employer}\t{remark}")
    trows = []
    for sur, first, hours, iban, tid in TRAINERS:
        trows.append(f"[[P|{first} {sur}]]\t{hours} UE\t{hours * 15},00 €\t[[IBAN|{iban}]]\t[[TID|{tid}]]")
    t = f"""Stadt Unna – Feuerwehr und Rettungsdienst
Ausbildung

Grundausbildung Truppmann Teil 1, Lehrgang 2/2025 (05.07.–27.07.2025, Feuerwache Unna)
Teilnehmerliste

Nr\tName, Vorname\tGeb.-Datum\tEinheit\tArbeitgeber (Freistellung)\tBemerkung
{chr(10).join(rows)}

Die Arbeitgeber erhalten die Freistellungsbescheinigungen mit dem Lehrgangsplan. Für [[P|Kleine-Büning]] ist die arbeitsmedizinische Bescheinigung nachzureichen; bis dahin keine Teilnahme an der Atemschutzgewöhnung.

Ausbilder – Aufwandsentschädigung (Übungsleiterpauschale § 3 Nr. 26 EStG, Satz 15 € je UE)
Name\tUmfang\tBetrag\tIBAN\tSteuer-IdNr.
{chr(10).join(trows)}

Lehrgangsleitung: [[P|Andreas Vornholt]]
Zur Auszahlung angewiesen: [[P|Jörg Sievert]], 28.07.2025
"""
    return build("F122-020", "word", "lehrgang", t, ["HEALTH"])


def doc21():
    t = f"""Stadt Unna – Brandschutzdienststelle

Niederschrift über die Brandverhütungsschau nach § 26 BHKG

Aktenzeichen:\t[[AZ|{AZ_BVS}]]
Objekt:\tGaststätte „Zum Alten Krug", [[A|Markt 9]], [[A|59423 Unna]]
Nutzung:\tSchank- und Speisewirtschaft mit Saal im OG (bis 120 Personen)
Eigentümerin:\t[[P|Gisela Brinkmann-Hölter]], [[A|Am Bornekamp 3]], [[A|59423 Unna]]
Betreiber:\t[[P|Friedhelm Brinkmann]], Tel. [[T|{T_FB}]], E-Mail [[E|krug.brinkmann@web.de]]
Datum:\t24.06.2025, 10:00–11:15 Uhr
Teilnehmende:\t[[P|Nicole Hüsing]] (Brandschutzdienststelle), [[P|Mustafa Ergin]] (Bauordnung), [[P|Friedhelm Brinkmann]] (Betreiber)

Festgestellte Mängel
Nr.\tMangel\tGrundlage\tFrist
1\tZweiter Rettungsweg aus dem Saal (Außentreppe Hofseite) durch Getränkekisten eingeengt, lichte Breite unter 1,00 m\t§ 7 SBauVO\tsofort
2\tSicherheitsbeleuchtung Gastraum ohne Funktion (Akku defekt)\t§ 15 SBauVO\t08.07.2025
3\tFeuerlöscher Küche: Prüfplakette 03/2023, Prüffrist überschritten\tASR A2.2\t08.07.2025
4\tFettbrandlöscher für Fritteuse fehlt\tASR A2.2\t08.07.2025
5\tFeuerwehrplan nicht aktuell (Stand 2016)\tDIN 14095\t30.09.2025

Erklärung des Betreibers
Herr [[P|Brinkmann]] sagt zu, Mangel 1 noch heute zu beseitigen und die übrigen Mängel fristgerecht zu beheben. Die Eigentümerin, Frau [[P|Brinkmann-Hölter]], wird über die Niederschrift unterrichtet.

Eine Nachschau ist für den 10.07.2025 vorgesehen.

gez. [[P|Hüsing]]\t\tgez. [[P|Ergin]]\t\tgez. [[P|F. Brinkmann]]
"""
    return build("F122-021", "word", "bvs_niederschrift", t, [])


def doc22():
    m = M["Tekin"]
    t = f"""UNFALLANZEIGE – Unfallkasse Nordrhein-Westfalen (Feuerwehrdienst)

1 Unternehmen: Stadt Unna – Feuerwehr und Rettungsdienst, [[N|{O_STREET}]], [[N|{O_CITY}]]
2 Empfänger: Unfallkasse NRW, Regionaldirektion Westfalen-Lippe
3 Name, Vorname der versicherten Person: [[P|Tekin]], [[P|Baran]]
4 Geburtsdatum: [[DOB|{d_dot(DOB_BT)}]]
5 Straße, Hausnummer: [[A|{m[3]}]]\tPostleitzahl, Ort: [[A|{m[4]}]]
6 Geschlecht: männlich\t7 Staatsangehörigkeit: deutsch
8 Die versicherte Person ist: ehrenamtlicher Angehöriger der Freiwilligen Feuerwehr, Löschzug Massen (Oberfeuerwehrmann)
9 Anspruch auf Entgeltfortzahlung: ja, für 6 Wochen (Arbeitgeber: Westfalia Metallbau GmbH)
10 Krankenkasse: BARMER\tVersichertennummer: [[KV|{KV_BT}]]
11 Rentenversicherungsnummer: [[SSN|{SSN_BT}]]
12 Tödlicher Unfall: nein
13 Unfallzeitpunkt: 14.05.2025, 21:47 Uhr
14 Unfallort: Einsatzstelle [[A|Afferder Weg 31]], [[A|59427 Unna]] (Wohnhausbrand, Rückseite Garten)
15 Ausführliche Schilderung des Unfallhergangs:
Beim Vornehmen der Steckleiter zum Fenster des 1. OG rutschte der Leiterfuß auf dem nassen Pflaster weg. Herr [[P|Tekin]] stürzte aus etwa 2 m Höhe und fing sich mit dem rechten Arm ab. Augenzeugin: [[P|Lena Brinkhoff]] (Truppführerin).
16 Verletzte Körperteile: rechtes Handgelenk\tArt der Verletzung: distale Radiusfraktur (lt. D-Arzt)
17 Wer hat die Erstversorgung übernommen? RTW 1/83-1; Durchgangsarzt Dr. [[P|Heiner Asbeck]], Klinikum Unna-Mitte
18 Dienst eingestellt: ja, sofort\tVoraussichtliche Wiederaufnahme: 30.06.2025
19 Bankverbindung für Geldleistungen: IBAN [[IBAN|{IBAN_BT}]], Kontoinhaber [[P|Baran Tekin]]
20 Erreichbarkeit der versicherten Person: [[T|{T_BT}]]

Datum: 20.05.2025
Unternehmer/Bevollmächtigter: i. A. [[P|Ralf Tigges]]\tAnsprechpartner: [[P|Ralf Tigges]], Tel. [[T|{T_RT}]]
"""
    return build("F122-022", "word", "unfallanzeige", t, ["HEALTH"])


def doc23():
    t = f"""Telefonvermerk

Datum:\t26.06.2025, 09:40 Uhr
Anrufer:\tHerr [[P|Reinhold Kleine-Vennekate]], Rückruf unter [[T|{T_RKV}]]
Betreff:\tGebührenbescheid RTW-Einsatz vom 22.05.2025, Kassenzeichen [[AZ|{KZ_MS}]]

Herr [[P|Kleine-Vennekate]] teilt mit, dass er Widerspruch gegen den Bescheid einlegen wolle. Nicht er sei Patient gewesen, sondern seine Lebensgefährtin, Frau [[P|Monika Sasse]], geb. [[DOB|{d_long(DOB_MS)}]]. Sie habe in seiner Wohnung einen Krampfanfall erlitten (bekannte Epilepsie, Medikamente seit Kurzem umgestellt). Der Bescheid sei irrtümlich an ihn gegangen, weil er den Notruf abgesetzt und der Besatzung seine Personalien angegeben habe.

Frau [[P|Sasse]] sei bei der DAK-Gesundheit versichert, die Versichertennummer reiche sie selbst nach. Sie wohne in der [[A|Westfalenstraße 21]] in [[A|59425 Unna]] und sei ab 16 Uhr unter [[T|{T_MS}]] erreichbar.

Ich habe Herrn [[P|Kleine-Vennekate]] erläutert, dass ein förmlicher Widerspruch nicht nötig ist: Der Bescheid wird von Amts wegen aufgehoben, die Abrechnung erfolgt über die Krankenkasse von Frau [[P|Sasse]]. Er war einverstanden.

Verfügung:
1. Bescheid an [[P|Kleine-Vennekate]] aufheben (Aufhebungsschreiben).
2. Patientendaten im Fachverfahren korrigieren.
3. Wv. 10.07.2025 (Eingang Versichertennummer).

[[P|Kortenbusch]]
"""
    return build("F122-023", "word", "telefonvermerk", t, ["HEALTH"])


def doc24():
    t = f"""Stadt Unna – Der Bürgermeister
Feuerwehr und Rettungsdienst
[[N|{O_STREET}]] · [[N|{O_CITY}]]

Gegen Empfangsbekenntnis
Herrn Rechtsanwalt
[[P|Jan-Hendrik Wessel]]
[[A|Wasserstraße 12]]
[[A|59423 Unna]]

Ihr Zeichen: [[AZ|{AZ_WESSEL}]]
Unser Zeichen: [[AZ|{AZ_WB}]]
Kassenzeichen: [[AZ|{KZ_SA}]]
Datum: 01.07.2025

Widerspruchsbescheid

In dem Widerspruchsverfahren
des Herrn [[P|Serkan Aksoy]], geb. [[DOB|{d_dot(DOB_SA)}]], [[A|Bahnhofstraße 63]], [[A|59423 Unna]],
Inhaber des Betriebs „[[P|Aksoy]] Döner & Grill",
– Widerspruchsführer –
Verfahrensbevollmächtigter: Rechtsanwalt [[P|Jan-Hendrik Wessel]], Unna

gegen den Gebührenbescheid vom 10.06.2025 wegen eines Falschalarms der Brandmeldeanlage

ergeht folgende Entscheidung:
1. Der Widerspruch wird zurückgewiesen.
2. Der Widerspruchsführer trägt die Kosten des Verfahrens.

Gründe

I.
Am 24.05.2025 um 13:52 Uhr löste die Brandmeldeanlage im Betrieb des Widerspruchsführers aus. Die alarmierten Kräfte stellten unter der Leitung von HBM [[P|Kai Janssen]] fest, dass kein Brand vorlag; Auslöser war ein Rauchmelder über dem Grillbereich. Mit Bescheid vom 10.06.2025 wurde eine Gebühr von 495,00 EUR festgesetzt.

Mit E-Mail vom 12.06.2025 und Schriftsatz seines Bevollmächtigten vom 18.06.2025 macht Herr [[P|Aksoy]] geltend, die Auslösung sei allein auf einen Fehler des Wartungsunternehmens ([[P|Kortmann]] Brandschutztechnik) zurückzuführen, das eine Woche zuvor einen ungeeigneten Meldertyp eingebaut habe.

II.
Der Widerspruch ist zulässig, aber unbegründet. Gebührenpflichtig ist nach § 52 Abs. 2 Satz 1 Nr. 4 BHKG der Betreiber der Brandmeldeanlage, wenn der Einsatz durch eine Fehlauslösung veranlasst wurde. Auf ein Verschulden kommt es nicht an. Ob und inwieweit der Widerspruchsführer bei dem Wartungsunternehmen Rückgriff nehmen kann, betrifft allein das Verhältnis zwischen diesen Beteiligten. Die Angaben von HBM [[P|Janssen]] zum Meldertyp werden dem Bevollmächtigten auf Wunsch zur Verfügung gestellt.

Rechtsbehelfsbelehrung
Gegen den Gebührenbescheid in Gestalt dieses Widerspruchsbescheides kann innerhalb eines Monats nach Zustellung Klage beim Verwaltungsgericht Arnsberg erhoben werden.

Im Auftrag

Dr. [[P|Katharina Lenfers]]
Leiterin des Amtes für Feuerwehr und Rettungsdienst
"""
    return build("F122-024", "word", "widerspruchsbescheid", t, [])


def doc25():
    kasse_iban = iban_de()
    t = f"""Löschzug Massen – Protokoll der Zugversammlung
Freitag, 27.06.2025, 19:30–21:45 Uhr, Gerätehaus Massen

Anwesend: 31 von 38 Mitgliedern der Einsatzabteilung (Anwesenheitsliste anbei), 4 Mitglieder der Ehrenabteilung
Gäste: Bürgermeister [[N|Heinrich Brockmeyer]], Stadtbrandinspektor [[N|Wolfgang Schepers]]
Leitung: [[P|Karl-Heinz Schwering]]
Protokoll: [[P|Anke Wilmsmeier]]

TOP 1 Begrüßung und Bericht des Zugführers
[[P|Schwering]] berichtet über 74 Einsätze im ersten Halbjahr, davon 19 Brandeinsätze, 31 technische Hilfeleistungen und 24 Fehlalarme durch Brandmeldeanlagen.

TOP 2 Beförderungen
Zur Oberfeuerwehrfrau: [[P|Lena Brinkhoff]]. Zum Oberfeuerwehrmann: [[P|Timo Niehues]]. Zum Hauptfeuerwehrmann: [[P|Viktor Dick]].

TOP 3 Ehrungen
Für 25 Jahre aktiven Dienst erhält [[P|Jens Overkamp]] das Feuerwehr-Ehrenzeichen in Silber; die Aushändigung erfolgt nachträglich, da Kamerad [[P|Overkamp]] verletzungsbedingt nicht anwesend ist.

TOP 4 Personalien
[[P|Baran Tekin]] ist nach dem Dienstunfall vom 14.05. weiterhin krankgeschrieben (Handgelenk operiert). Der Zug wünscht gute Besserung. [[P|Sandra Kleinekathöfer]] ist in Elternzeit. Neu in der Einsatzabteilung nach dem Truppmannlehrgang: [[P|Artur Penner]] und [[P|Rojda Aydemir]].

TOP 5 Kommunalwahl
[[P|Timo Niehues]] teilt mit, dass er bei der Kommunalwahl am 14.09.2025 für die CDU im Wahlbezirk 12 kandidiert. Der Zugführer weist auf die parteipolitische Neutralität der Feuerwehr hin: keine Wahlwerbung im Gerätehaus und keine Fotos in Einsatzkleidung. [[P|Niehues]] sagt dies zu.

TOP 6 Kameradschaftskasse
Kassierer [[P|Hakan Yıldırım]] legt den Kassenbericht vor (Bestand 2.418,37 €). Die Kassenprüfer [[P|Dominik Stallmeyer]] und [[P|Sandra Kleinekathöfer]] (schriftlich) bescheinigen eine ordnungsgemäße Kassenführung. Beiträge bitte weiterhin auf das Konto der Kameradschaftskasse, IBAN [[N|{kasse_iban}]].

TOP 7 Verschiedenes
Sommerfest am 16.08.2025 ab 15 Uhr. Anmeldungen für das Kuchenbuffet bei [[P|Anke]] unter [[T|{T_AW}]].

gez. [[P|Schwering]]\t\tgez. [[P|Wilmsmeier]]
"""
    return build("F122-025", "word", "protokoll_zugversammlung", t, ["HEALTH", "POLITICS"])


def doc26():
    rows = [
        (KZ_HW, "[[P|Wiesmann]], [[P|Hannelore]]", d_dot(DOB_HW), "Knappschaft", f"[[KV|{KV_HW}]]", "687,50", "0",
         "Widerspruch durch Sohn [[P|Frank Wiesmann]] (Vollmacht), Zahlung Kasse prüfen"),
        (KZ_GK, "[[P|Kuhlmann]], [[P|Gerd]]", d_dot(DOB_GK), "AOK NordWest (abgelehnt)", f"[[KV|{KV_GK}]]",
         "687,50", "0", "Bescheid 24.06., neue Kasse erfragt"),
        (KZ_WR, "[[P|Reimer]], [[P|Waldemar]]", d_dot(DOB_WR), "AOK NordWest (abgelehnt)", f"[[KV|{KV_WR}]]",
         "548,00", "1", "Ratenzahlung 6 x 92,17 vereinbart"),
        (KZ_XM, "[[P|Murad]], [[P|Xidir]]", d_dot(DOB_XM), "IKK classic (neu)", f"[[KV|{KV_XM}]]", "612,40", "1",
         "Mahnung ruht, Abrechnung IKK; Korrespondenz an Tochter [[P|Dilşad Murad]]"),
        (KZ_WH, "[[P|Heitkamp]], [[P|Wilhelm]]", d_dot(DOB_WH), "BARMER", f"[[KV|{KV_WH}]]", "412,00", "0",
         "Bescheid irrtümlich an Pflegekraft [[P|Zielińska]], aufheben"),
        (RN_DN, "[[P|Nowicki]], [[P|Dariusz]]", d_dot(DOB_DN), "ohne", "–", "612,40", "0",
         f"Anmeldung Sozialamt, Az. [[AZ|{AZ_SOZ}]]"),
        (KZ_EO, "[[P|Öztürk]], [[P|Emre]]", d_dot(DOB_EO), "privat versichert (Selbstzahler)", "–", "425,00",
         "0", "Schuldnerin Mutter [[P|Hatice Öztürk]], gestundet bis 31.07."),
        (KZ_HK, "[[P|Korkmaz]], [[P|Hüseyin]]", d_dot(DOB_HK), "Reiseversicherung Allianz Partners", "–",
         "1.224,80", "0", f"RTW + NEF, Rechnung an Versicherer, Police [[AZ|{POL_HK}]]"),
        (KZ_MS, "[[P|Sasse]], [[P|Monika]]", d_dot(DOB_MS), "DAK-Gesundheit", "folgt", "687,50", "0",
         "Bescheid an [[P|Kleine-Vennekate]] aufgehoben"),
        (KZ_KL, "[[P|Lewandowska]], [[P|Katarzyna]]", d_dot(DOB_KL), "Techniker Krankenkasse", f"[[KV|{KV_KL}]]",
         "687,50", "2", "TK: Versicherungsbeginn erst 01.06.2025, Vorversicherung unbekannt; Vollstreckung prüfen"),
    ]
    lines = [f"[[AZ|{kz}]];{name};[[DOB|{d}]];{payer};{kvn};{amount};{level};{remark}"
             for kz, name, d, payer, kvn, amount, level, remark in rows]
    t = f"""Auswertung Offene Posten – Gebühren Rettungsdienst
Export aus dem Abrechnungsverfahren, Stand 30.06.2025, Filter: Status ≠ bezahlt, Betrag > 0
Sachbearbeitung: [[P|Svenja Kortenbusch]], [[P|Marc Tiemann]]

Kassenzeichen;Patient/in;Geb.-Datum;Kostenträger;Vers.-Nr.;Betrag EUR;Mahnstufe;Bemerkung
{chr(10).join(lines)}

Summe offene Posten: 6.584,60 EUR (10 Datensätze)
Hinweis: Die Liste enthält Gesundheitsdaten und unterliegt dem Sozialdatenschutz. Nicht per E-Mail versenden.
"""
    return build("F122-026", "word", "export_offene_posten", t, ["HEALTH"])


def doc27():
    t = f"""Stadt Unna – Feuerwehr und Rettungsdienst · Gebühren Rettungsdienst

Ratenzahlungsvereinbarung

zwischen der Stadt Unna, vertreten durch den Bürgermeister,
und

Name, Vorname:\t[[P|Reimer]], [[P|Waldemar]]
Geburtsdatum:\t[[DOB|{d_dot(DOB_WR)}]]
Anschrift:\t[[A|Königsberger Straße 9]], [[A|59427 Unna]]
Telefon:\t[[T|{T_WR}]]
Identität geprüft:\tPersonalausweis Nr. [[IDC|{IDC_WR}]]

Kassenzeichen:\t[[AZ|{KZ_WR}]]
Forderung:\tGebühr für den Rettungswageneinsatz vom 21.05.2025, 548,00 EUR zzgl. Mahngebühr 5,00 EUR

1. Der Schuldner erkennt die Forderung in Höhe von 553,00 EUR an.
2. Die Forderung wird in 6 monatlichen Raten zu je 92,17 EUR (letzte Rate 92,15 EUR) beglichen, erstmals zum 15.07.2025.
3. Gerät der Schuldner mit mehr als einer Rate in Verzug, wird der gesamte Restbetrag sofort fällig.
4. Angaben zu den wirtschaftlichen Verhältnissen (Selbstauskunft):
   Einkommen: Bürgergeld, Jobcenter Kreis Unna, Nummer der Bedarfsgemeinschaft [[AZ|{BG_WR}]]
   Unterhaltspflichten: 1 Kind ([[P|Nikita Reimer]], geb. [[DOB|{d_dot(DOB_NR)}]])
   Sonstige Verbindlichkeiten: ca. 1.900 EUR (Energieversorger, Ratenzahlung läuft)

SEPA-Lastschriftmandat
Gläubiger-Identifikationsnummer: [[N|{CITY_CREDITOR}]]
Mandatsreferenz: [[AZ|{MANDAT_WR}]]
Ich ermächtige die Stadt Unna, die Raten von meinem Konto mittels Lastschrift einzuziehen.
Kontoinhaber:\t[[P|Waldemar Reimer]]
IBAN:\t[[IBAN|{IBAN_WR}]]
Kreditinstitut:\tSparkasse UnnaKamen

Unna, 25.06.2025

[[P|W. Reimer]]\t\t\ti. A. [[P|Kortenbusch]]
(Schuldner)\t\t\t\t(Stadt Unna)
"""
    return build("F122-027", "word", "ratenzahlung", t, ["HEALTH"])


def doc28():
    t = f"""Stadt Unna · Feuerwehr und Rettungsdienst · [[N|{O_STREET}]] · [[N|{O_CITY}]] · Deutschland

Transportbedrijf IJsselstroom B.V.
t. a. v. mevrouw [[P|Marieke Post]], Schadeafdeling
[[N|Marsweg 40]]
[[N|8013 PE Zwolle]]
NIEDERLANDE

Einsatznummer: [[AZ|{EN_DH}]]
Kassenzeichen: [[AZ|{KZ_DH}]]
Ihre Nachricht vom 16.06.2025
Datum: 30.06.2025

Kostenersatzbescheid nach § 52 Abs. 2 BHKG – Ölspur B 1 (Ostring) am 12.06.2025

Sehr geehrte Frau [[P|Post]],

am 12.06.2025 beschädigte die Sattelzugmaschine Ihres Unternehmens, amtliches Kennzeichen [[KFZ|BX-PT-48]] (NL), mit dem Auflieger [[KFZ|OR-53-XN]] (NL) bei einem Anprall an die Schutzplanke ihren Kraftstofftank. Auf einer Länge von etwa 300 m lief Dieselkraftstoff aus. Die Feuerwehr hat die Gefahrenstelle gesichert, den Kraftstoff aufgenommen und die Fahrbahn gereinigt.

Fahrer: Herr [[P|Dennis Hoekstra]], geb. [[DOB|{d_dot(DOB_DH)}]], Reisepass-Nr. [[PASS|{PASS_DH}]]
Halterin: Transportbedrijf IJsselstroom B.V., Zwolle

Als Halterin des Fahrzeugs, bei dessen Betrieb die Gefahr entstanden ist, sind Sie zum Ersatz der Kosten verpflichtet (§ 52 Abs. 2 Satz 1 Nr. 2 BHKG):

Position\tBetrag
HLF 20, 9 Einsatzkräfte, 2,5 h\t1.620,00 EUR
GW-L, 2 Einsatzkräfte, 2,5 h\t380,00 EUR
Ölbindemittel, 14 Sack à 18,40 EUR\t257,60 EUR
Entsorgung kontaminiertes Bindemittel\t57,00 EUR
Gesamt\t2.314,60 EUR

Bitte überweisen Sie den Betrag bis zum 31.07.2025 unter Angabe des Kassenzeichens auf das Konto der Stadt Unna, IBAN [[N|{CITY_IBAN}]], BIC WELADED1UNN. Eine Kopie dieses Bescheides und des Einsatzberichts haben wir wie gewünscht Ihrer Versicherung (TVM, Schadennummer [[AZ|{SN_TVM}]]) übersandt.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Arnsberg erhoben werden.

Mit freundlichen Grüßen
Im Auftrag

[[P|Heike Grothues]]
Kostenersatz · Tel. [[T|{T_HG}]] · [[E|h.grothues@stadt-unna.de]]
"""
    return build("F122-028", "word", "kostenersatz", t, [])


def doc29():
    t = f"""Interne Stellungnahme – Beschwerdemanagement Rettungsdienst

Vorgang:\t[[AZ|{AZ_BM}]]
Beschwerdeführerin:\t[[P|Nesrin Bozkurt]], [[A|Karl-Arnold-Straße 5]], [[A|59427 Unna]], [[E|nesrin.bozkurt@gmail.com]], Tel. [[T|{T_NB}]]
Patient:\t[[P|Serhat Bozkurt]] (Bruder der Beschwerdeführerin), geb. [[DOB|{d_dot(DOB_SB)}]]
Einsatz:\t07.06.2025, 02:31 Uhr, RTW 1/83-1, Einsatznummer [[AZ|{EN_SB}]]
Besatzung:\tNotfallsanitäter [[P|Philipp Ostermann]] (Transportführer), Rettungssanitäterin [[P|Kübra Şahin]]

1. Inhalt der Beschwerde
Frau [[P|Bozkurt]] wirft der Besatzung vor, ihren Bruder nach einer tätlichen Auseinandersetzung vor einer Gaststätte herablassend behandelt zu haben. Er hatte eine Platzwunde an der Stirn und den Verdacht auf eine Nasenbeinfraktur. Ein Besatzungsmitglied habe gesagt, „bei euch Kurden" gehe es ja öfter so zu. Sie fühle sich als kurdische Familie diskriminiert und verlangt eine Entschuldigung.

2. Stellungnahme der Besatzung
NotSan [[P|Ostermann]]: Der Patient sei stark alkoholisiert gewesen und habe die Versorgung zunächst verweigert. Eine Äußerung über die Herkunft habe er nicht gemacht.
RettSan [[P|Şahin]]: Sie habe Herrn [[P|Bozkurt]] auf Türkisch angesprochen, um ihn zu beruhigen. Er habe geantwortet, er sei Kurde und spreche lieber Deutsch. Sie habe daraufhin gesagt, dass sie das respektiere. Möglicherweise sei dieser Wortwechsel missverstanden worden.

3. Bewertung und weiteres Vorgehen
Die medizinische Versorgung war nach Protokoll fachgerecht (Wundversorgung, Transport in die Notaufnahme Klinikum Unna-Mitte). Eine herabsetzende Äußerung lässt sich nicht belegen, ist aber auch nicht auszuschließen. Frau [[P|Bozkurt]] wird ein persönliches Gespräch mit der Leitung des Rettungsdienstes angeboten; beide Besatzungsmitglieder haben ihre Teilnahme zugesagt. Das Thema wird in der nächsten Fortbildung „Interkulturelle Kommunikation" aufgegriffen.

Unna, 18.06.2025
[[P|Christina Rehkemper]]
Qualitätsmanagement Rettungsdienst, Tel. [[T|{T_CR}]]
"""
    return build("F122-029", "word", "beschwerde_stellungnahme", t, ["HEALTH", "ETHNICITY"])


def doc30():
    t = f"""Jugendfeuerwehr Unna
Aufnahmeantrag

Angaben zum Kind / zur oder zum Jugendlichen
Name:\t[[P|de Vries]]\tVorname:\t[[P|Jesse]]
Geburtsdatum:\t[[DOB|{d_dot(DOB_JV)}]]\tGeburtsort:\tEnschede (NL)
Anschrift:\t[[A|Lindenplatz 6]], [[A|59427 Unna]]
Schule/Klasse:\tGesamtschule Unna, 7b
Gruppe:\tJugendfeuerwehr Massen

Erziehungsberechtigte
1.\t[[P|Sanne de Vries]]\tTel. [[T|{T_SV}]]\tE-Mail [[E|sanne.devries@ziggo.nl]]
2.\t[[P|Bram de Vries]]\tTel. [[T|{T_BV}]]

Krankenversicherung:\tTechniker Krankenkasse, familienversichert
Versichertennummer des Kindes:\t[[KV|{KV_JV}]]
Gesundheitliche Hinweise:\tAsthma bronchiale, Notfallspray (Salbutamol) immer im Rucksack; Heuschnupfen (Gräser)
Tetanusimpfung:\t2023\tSchwimmabzeichen:\tBronze
Einverständnis Veröffentlichung von Fotos:\tja ☒ nein ☐

Förderverein der Feuerwehr Unna e. V. – Mitgliedsbeitrag 12 EUR jährlich
SEPA-Mandat: Kontoinhaberin [[P|Sanne de Vries]], IBAN [[IBAN|{group(IBAN_SV, 4)}]]

Unna, 18.06.2025\t\tUnterschrift: [[P|S. de Vries]]

Nur von der Jugendfeuerwehr auszufüllen
Eingang:\t20.06.2025\tAufgenommen durch:\t[[P|Tobias Kettler]], Jugendfeuerwehrwart
Rückfragen:\t[[N|{O_TEL}]]
"""
    return build("F122-030", "word", "aufnahmeantrag_jf", t, ["HEALTH"])


# ---------------------------------------------------------------- self-checks of labelled identifiers
def _ok_iban(v):
    v = v.replace(" ", "")
    s = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def _ok_kv(v):
    code = ord(v[0]) - ord("A") + 1
    values = [code // 10, code % 10] + [int(c) for c in v[1:9]]
    total = 0
    for i, x in enumerate(values):
        p = x * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return total % 10 == int(v[9])


def _ok_ssn(v):
    v = v.replace(" ", "")
    code = ord(v[8]) - ord("A") + 1
    values = [int(c) for c in v[:8]] + [code // 10, code % 10] + [int(c) for c in v[9:11]]
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    total = sum((x * w) // 10 + (x * w) % 10 for x, w in zip(values, weights))
    return total % 10 == int(v[11])


def _ok_tax_id(v):
    v = v.replace(" ", "")
    counts = [v[:10].count(d) for d in "0123456789"]
    return (len(v) == 11 and v[0] != "0" and max(counts) <= 3 and sum(1 for c in counts if c >= 2) == 1
            and mod11_10_check(v[:10]) == int(v[10]))


def _ok_vat(v):
    return v.startswith("DE") and mod11_10_check(v[2:10]) == int(v[10])


def _ok_cc(v):
    v = v.replace(" ", "").replace("-", "")
    return luhn_check(v[:-1]) == int(v[-1])


def _ok_idc(v):
    if len(v) == 11 and v.isdigit():  # Turkish T.C. Kimlik No.
        d = [int(c) for c in v]
        return (d[9] == ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
                and d[10] == sum(d[:10]) % 10)
    if len(v) == 9 and v[:3].isalpha() and v[3:].isdigit():  # Polish dowód osobisty
        values = [ord(c) - 55 for c in v[:3]] + [int(c) for c in v[3:]]
        return sum(x * w for x, w in zip(values, [7, 3, 1, 9, 7, 3, 1, 7, 3])) % 10 == 0
    if len(v) == 10:  # German ID card with check digit
        return v[0] in "LMNPRTVWXY" and icao_check(v[:9]) == int(v[9])
    return v[0] in "LMNPRTVWXY"


CHECKS = {"IBAN": _ok_iban, "HEALTH_INSURANCE": _ok_kv, "SOCIAL_SECURITY": _ok_ssn, "TAX_ID": _ok_tax_id,
          "VAT_ID": _ok_vat, "CREDIT_CARD": _ok_cc, "ID_CARD": _ok_idc}


def main():
    docs = [doc01(), doc02(), doc03(), doc04(), doc05(), doc06(), doc07(), doc08(), doc09(), doc10(),
            doc11(), doc12(), doc13(), doc14(), doc15(), doc16(), doc17(), doc18(), doc19(), doc20(),
            doc21(), doc22(), doc23(), doc24(), doc25(), doc26(), doc27(), doc28(), doc29(), doc30()]
    assert [d["id"] for d in docs] == [f"F122-{i:03d}" for i in range(1, 31)]
    for d in docs:
        for e in d["entities"]:
            check = CHECKS.get(e["category"])
            assert check is None or check(e["text"]), (d["id"], e)
    total = sum(len(d["entities"]) for d in docs)
    assert 450 <= total <= 650, total
    channels = [d["channel"] for d in docs]
    assert channels.count("outlook") == 15 and channels.count("word") == 15
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
