#!/usr/bin/env python3
"""Fresh blind test batch 87 (seed 8787): invented HR correspondence of the invented Stadt Weserau (Niedersachsen).

Deterministic: only random.Random via Identifiers(8787); no network, no clock. Writes fresh87.jsonl next to this file.
Texts carry inline marks ([[P|..]] etc.); marks.build() computes the offsets.
"""
import json
import os
import sys

sys.dont_write_bytecode = True  # never write a __pycache__ into the helper folder
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # marks.py and identifiers.py sit beside this file
from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban  # noqa: E402

SEED = 8787
ids = Identifiers(SEED)
rng = ids.rng
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------------------------------------------
# Independent validators (written from domain.md and the public national specifications)
# ---------------------------------------------------------------------------------------------------------------


def _digits(s):
    return "".join(c for c in s if c.isalnum()).upper()


def iban_ok(s):
    s = _digits(s)
    lengths = {"DE": 22, "ES": 24, "GR": 27, "PL": 28}
    if lengths.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def mod11_10(digits):
    p = 10
    for ch in digits:
        s = (int(ch) + p) % 10
        if s == 0:
            s = 10
        p = (s * 2) % 11
    c = 11 - p
    return 0 if c == 10 else c


def tax_id_ok(s):
    s = _digits(s)
    if len(s) != 11 or not s.isdigit() or s[0] == "0":
        return False
    counts = [s[:10].count(d) for d in "0123456789"]
    if max(counts) > 3 or sum(1 for c in counts if c >= 2) != 1:
        return False
    return mod11_10(s[:10]) == int(s[10])


def vat_de_ok(s):
    s = _digits(s)
    return len(s) == 11 and s.startswith("DE") and mod11_10(s[2:10]) == int(s[10])


def _dsum(n):
    return n // 10 + n % 10


def rvnr_ok(s):
    s = _digits(s)
    if len(s) != 12 or not s[8].isalpha():
        return False
    code = ord(s[8]) - 64
    vals = [int(c) for c in s[:8]] + [code // 10, code % 10] + [int(c) for c in s[9:11]]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum(_dsum(v * x) for v, x in zip(vals, w)) % 10 == int(s[11])


def kvnr_ok(s):
    s = _digits(s)
    code = ord(s[0]) - 64
    vals = [code // 10, code % 10] + [int(c) for c in s[1:9]]
    return sum(_dsum(v * (1 if i % 2 == 0 else 2)) for i, v in enumerate(vals)) % 10 == int(s[9])


def luhn_ok(s):
    s = _digits(s)
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def icao_digit(value):
    w = (7, 3, 1)
    t = 0
    for i, ch in enumerate(value):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        t += v * w[i % 3]
    return t % 10


def de_idcard_ok(s):
    s = _digits(s)
    ok_chars = set("CFGHJKLMNPRTVWXYZ0123456789")
    if s[0] not in "LMNPRTVWXY" or not set(s[:9]) <= ok_chars:
        return False
    return len(s) == 9 or (len(s) == 10 and icao_digit(s[:9]) == int(s[9]))


# --- Spain ---
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(n8):
    return f"{n8}{DNI_LETTERS[int(n8) % 23]}"


def dni_ok(s):
    s = _digits(s)
    return len(s) == 9 and s[:8].isdigit() and DNI_LETTERS[int(s[:8]) % 23] == s[8]


def nss_es(province, number8):
    a, b = int(province), int(number8)
    d = b + a * 10**7 if b < 10**7 else int(f"{province}{number8}")
    return f"{province}{number8}{d % 97:02d}"


def nss_es_ok(s):
    s = _digits(s)
    return len(s) == 12 and nss_es(s[:2], s[2:10]) == s


def ccc_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(c) * x for c, x in zip(ten, w)) % 11
    return {11: 0, 10: 1}.get(r, r)


def iban_es(bank, branch, account10):
    dc = f"{ccc_dc('00' + bank + branch)}{ccc_dc(account10)}"
    return ids_mod97("ES", bank + branch + dc + account10)


def ids_mod97(country, bban):
    return mod97_iban(country, bban)


# --- Greece ---
def amka(ddmmyy):
    payload = ddmmyy + ids.digits(4)
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return payload + str((10 - total % 10) % 10)


def afm(first8):
    s = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(first8))
    return first8 + str(s % 11 % 10)


def afm_ok(s):
    return len(s) == 9 and s.isdigit() and afm(s[:8]) == s


# --- Poland ---
def pesel(yymmdd, female):
    serial = ids.digits(3)
    sex = rng.choice("02468" if female else "13579")
    body = yymmdd + serial + sex
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(c) * x for c, x in zip(body, w)) % 10) % 10)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1]
    return len(s) == 11 and sum(int(c) * x for c, x in zip(s, w)) % 10 == 0


def pl_idcard():
    letters = "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(3))
    rest = ids.digits(5)
    vals = [ord(c) - 55 for c in letters] + [int(c) for c in rest]
    w = [7, 3, 1, 7, 3, 1, 7, 3]
    check = sum(v * x for v, x in zip(vals, w)) % 10
    return f"{letters}{check}{rest}"


def pl_idcard_ok(s):
    vals = [ord(c) - 55 for c in s[:3]] + [int(c) for c in s[3:]]
    w = [7, 3, 1, 9, 7, 3, 1, 7, 3]
    return len(s) == 9 and sum(v * x for v, x in zip(vals, w)) % 10 == 0


def pl_sort_code(bank4):
    body = bank4 + ids.digits(3)
    w = [3, 9, 7, 1, 3, 9, 7]
    return body + str((10 - sum(int(c) * x for c, x in zip(body, w)) % 10) % 10)


# --- India ---
V_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
V_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
V_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_check(payload):
    c = 0
    for i, ch in enumerate(reversed(payload)):
        c = V_D[c][V_P[(i + 1) % 8][int(ch)]]
    return V_INV[c]


def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = V_D[c][V_P[i % 8][int(ch)]]
    return c == 0


def aadhaar():
    payload = rng.choice("23456789") + ids.digits(10)
    return payload + str(verhoeff_check(payload))


# --- Iran ---
def melli_code():
    while True:
        body = ids.digits(9)
        if len(set(body)) > 1:
            break
    r = sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
    return body + str(r if r < 2 else 11 - r)


def melli_ok(s):
    s = _digits(s)
    r = sum(int(c) * (10 - i) for i, c in enumerate(s[:9])) % 11
    return len(s) == 10 and int(s[9]) == (r if r < 2 else 11 - r)


# ---------------------------------------------------------------------------------------------------------------
# Formatting helpers
# ---------------------------------------------------------------------------------------------------------------

def sp_iban(i):
    return group(i, 4)


def sp_tid(t):
    return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"


def sp_rv(r):
    return f"{r[:2]} {r[2:8]} {r[8]} {r[9:]}"


CHECKS = []  # (kind, value) pairs asserted at the end


def chk(kind, value):
    CHECKS.append((kind, value))
    return value


# ---------------------------------------------------------------------------------------------------------------
# The people's identifiers (reused consistently across documents)
# ---------------------------------------------------------------------------------------------------------------
# Katarzyna Zielińska, born 03.11.1991 (Poland), new hire Kita
kz_tid = chk("tid", ids.tax_id())
kz_rv = chk("rv", ids.social_security("031191", "Z"))
kz_pesel = chk("pesel", pesel("911103", female=True))
kz_kv = chk("kv", ids.health_insurance())
kz_iban = chk("iban", ids.iban_de())
# Dariusz Wróbel, born 14.07.1986
dw_tid = chk("tid", ids.tax_id())
dw_rv = chk("rv", ids.social_security("140786", "W"))
dw_iban = chk("iban", ids.iban_de())
dw_idc = chk("idc", ids.id_card(check_digit=False))
# Lucía Fernández Ortega, born 09.08.1990 (Spain)
lf_tid = chk("tid", ids.tax_id())
lf_dni = chk("dni", dni(ids.digits(8, first_nonzero=True)))
lf_nss = chk("nss", nss_es("28", rng.choice("123456789") + ids.digits(7)))
lf_iban = chk("iban", iban_es("2100", ids.digits(4), ids.digits(10)))
lf_kv = chk("kv", ids.health_insurance())
# Marit Sommer, born 25.04.1984
ms_tid = chk("tid", ids.tax_id())
ms_rv = chk("rv", ids.social_security("250484", "S"))
ms_iban = chk("iban", ids.iban_de())
# Melanie Kruse-Habighorst, born 11.12.1989 (birth name Kruse)
mk_tid = chk("tid", ids.tax_id())
mk_rv = chk("rv", ids.social_security("111289", "K"))
mk_iban = chk("iban", ids.iban_de())
# Eleni Tsakiri, born 17.05.1987 (Greece)
et_tid = chk("tid", ids.tax_id())
et_rv = chk("rv", ids.social_security("170587", "T"))
et_iban = chk("iban", ids.iban_de())
et_amka = chk("amka", amka("170587"))
et_afm = chk("afm", afm(ids.digits(8, first_nonzero=True)))
# Lars Hinrichs (born 17.09.1968) and Lars Hinrichsen (born 05.06.1990)
lh1_tid = chk("tid", ids.tax_id())
lh1_rv = chk("rv", ids.social_security("170968", "H"))
lh2_tid = chk("tid", ids.tax_id())
lh2_rv = chk("rv", ids.social_security("050690", "H"))
lh2_idc = chk("idc", ids.id_card(check_digit=True))
# Tobias Grotelüschen, Reza Moradi: health insurance numbers
tg_kv = chk("kv", ids.health_insurance())
rm_kv = chk("kv", ids.health_insurance())
# Sevgi Arslan-Böckmann: tax number (Niedersachsen layout FF/BBB/UUUUP) and VAT id
sa_tnr = f"{rng.choice(['41', '65', '66'])}/{ids.digits(3)}/{ids.digits(5)}"
sa_vat = chk("vat", ids.vat_id())
# Dirk Hasselbring: 13-digit federal form of a Niedersachsen tax number (23 FF 0 BBB UUUUP)
dh_tnr13 = "23" + rng.choice(["41", "65", "56"]) + "0" + ids.digits(8)
# Fenja Lübbers: two cards
fl_visa = chk("cc", ids.credit_card("4", 16))
fl_mc = chk("cc", ids.credit_card("52", 16))
# Konstantinos Papadopoulos: Greek IBAN (bank 011 + branch 4 + account 16)
kp_iban = chk("iban", ids_mod97("GR", "011" + ids.digits(4) + ids.digits(16)))
# Magdalena Kaczmarek-Nowak: Polish IBAN (sort code with check digit + 16 digits), Polish ID card
mkn_iban = chk("iban", ids_mod97("PL", pl_sort_code("1020") + ids.digits(16)))
mkn_idc = chk("plid", pl_idcard())
# Shirin Rahimzadeh (Iran): passport (letter + 8 digits, layout only), national code (check digit)
sr_pass = rng.choice("XYZ") + ids.digits(8, first_nonzero=True)
sr_melli = chk("melli", melli_code())
# Arjun Venkataraman Iyer (India): passport (letter + 7 digits), Aadhaar (Verhoeff), PAN (layout only)
av_pass = rng.choice("MNRSTUVWZ") + ids.digits(7, first_nonzero=True)
av_aadhaar = chk("aadhaar", aadhaar())
av_pan = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + "PV" + ids.digits(4) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
# Priya Raghunathan (India): passport
pr_pass = rng.choice("MNRSTUVWZ") + ids.digits(7, first_nonzero=True)

# ---------------------------------------------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------------------------------------------
DOCS = []


def doc(channel, template, marked, flags=()):
    DOCS.append((channel, template, marked.strip("\n"), sorted(flags)))


SWITCH = "[[N|05764 806-0]]"

# 01 Word: invitation to an interview, applicant living in Madrid
doc("word", "bewerbung_einladung", f"""
Stadt Weserau · Die Bürgermeisterin · Fachbereich 1 Personal und Organisation · Rathausplatz 1 · 31604 Weserau

Frau
[[P|Lucía Fernández Ortega]]
[[A|Calle de Santa Engracia 112, 4.º B]]
[[A|28010 Madrid]]
SPANIEN

Ihre Bewerbung vom 16.02.2026
Unser Zeichen: 1.2 – [[AZ|BW-2026-0147]]
Stellenausschreibung: Kennziffer 07/2026, Bauingenieur/in (m/w/d) Tiefbau, EG 11 TVöD
Auskunft erteilt: [[P|Swantje Meyerhoff]], Zimmer 214
Telefon: [[T|05764 806-214]]
E-Mail: [[E|s.meyerhoff@weserau.de]]
Datum: 04.03.2026

Einladung zum Vorstellungsgespräch

Sehr geehrte Frau [[P|Fernández Ortega]],

vielen Dank für Ihre Bewerbung und Ihr Interesse an einer Tätigkeit bei der Stadt Weserau. Wir freuen uns, Sie zu einem Vorstellungsgespräch einladen zu können:

Termin: Dienstag, 24. März 2026, 10:30 Uhr
Ort: Rathaus Weserau, Sitzungssaal (Raum 104), Rathausplatz 1

Der Auswahlkommission gehören Herr [[P|Hauke Rösemeier]] (Leiter des Fachbereichs Tiefbau), Frau [[P|Birte Hoppenstedt]] (Gleichstellungsbeauftragte) sowie ein Mitglied des Personalrats an. Das Gespräch wird etwa 45 Minuten dauern und schließt eine kurze fachliche Aufgabe (Leistungsverzeichnis für eine Gemeindestraße) ein.

Da Sie aus Madrid anreisen müssten, bieten wir Ihnen alternativ ein Gespräch per Videokonferenz an. Bitte teilen Sie uns bis zum 13. März 2026 mit, welche Form Sie wünschen. Für ein persönliches Gespräch erstatten wir die Reisekosten nach den Richtlinien der Stadt Weserau; bitte reichen Sie dazu die Belege und Ihre Bankverbindung nach dem Termin ein.

Bitte bringen Sie zum Gespräch ein gültiges Ausweisdokument (DNI oder Reisepass) sowie die Originale Ihrer Abschlusszeugnisse mit.

Mit freundlichen Grüßen
Im Auftrag

[[P|Swantje Meyerhoff]]

Stadt Weserau · Rathausplatz 1 · 31604 Weserau · Telefon {SWITCH} · [[N|bewerbung@weserau.de]] · www.weserau.de
""")

# 02 Outlook: English cover letter with short CV data
doc("outlook", "bewerbung_englisch", f"""
Von: [[P|Priya Raghunathan]] <[[E|priya.raghunathan94@gmail.com]]>
An: [[N|bewerbung@weserau.de]]
Betreff: Application – IT System Administrator (m/f/d), reference 09/2026

Dear Ms [[P|Meyerhoff]],

I am writing to apply for the position of IT System Administrator advertised on interamt.de under reference 09/2026. My German is at B1 level and improving every week, but I hope you will allow me to submit this letter in English.

I hold a B.Tech in Computer Science from Anna University, Chennai, and spent six years with a mid-sized IT service provider in Bengaluru, where I ran the Microsoft 365 tenant and the on-premises Active Directory for about 2,400 users. Since October 2024 I have been living in Hannover with my husband. I hold an EU Blue Card valid until 2028, so the city would not need to apply for a new work permit.

My CV and certificates are attached as one PDF. My personal details in brief:

Name: [[P|Priya Raghunathan]]
Date of birth: [[DOB|12 March 1994]]
Address: [[A|Lister Meile 71]], [[A|30161 Hannover]]
Mobile: [[T|+49 1522 4830917]]
Passport no.: [[PASS|{pr_pass}]] (Republic of India)
Languages: English (C2), Tamil (native), Hindi, German (B1)

References:
- Mr [[P|Anand Subramaniam]], Delivery Manager at my former employer, phone [[T|+91 80 4117 3920]]
- [[P|Dr. Kavitha Ramesh]], supervisor of my bachelor thesis, Anna University

I would be delighted to explain in an interview how I could support Weserau's move to the cloud. I am available at two weeks' notice.

Kind regards,
[[P|Priya Raghunathan]]
(she/her)
""")

# 03 Outlook: forwarded late application from Greece, with quoted header and Greek-script signature
doc("outlook", "bewerbung_weitergeleitet", f"""
Von: [[P|Meyerhoff, Swantje]]
Gesendet: Dienstag, 3. März 2026 11:02
An: [[P|Rösemeier, Hauke]]
Cc: Personalamt Bewerbungen
Betreff: WG: Bewerbung Bauingenieur – Kennziffer 07/2026

Hallo [[P|Hauke]],

anbei noch eine Bewerbung aus Griechenland für die Tiefbaustelle, leider erst nach Fristende (27.02.) eingegangen. Fachlich passt Herr [[P|Papadopoulos]] aus meiner Sicht gut (Master Bauingenieurwesen in Thessaloniki, acht Jahre Straßenbau, zwei Jahre in Stuttgart). Möchtest du ihn trotzdem einladen? Dann erfasse ich ihn als [[AZ|BW-2026-0161]] und schicke ihm die Einladung für den 25.03.

Seine Zeugnisse liegen im Bewerbungsportal, die Übersetzungen sind beglaubigt.

Gruß
[[P|Swantje]]

Am 3. März 2026 um 10:12 schrieb [[P|Konstantinos Papadopoulos]] <[[E|k.papadopoulos.civil@yahoo.gr]]>:

Sehr geehrte Damen und Herren,

ich bewerbe mich auf die Stelle als Bauingenieur (Kennziffer 07/2026). Leider habe ich die Anzeige erst spät gesehen, ich hoffe, es ist noch möglich. Mein Deutsch ist B2, ich habe 2016 bis 2018 bei einer Baufirma in Stuttgart gearbeitet.

Meine Kontaktdaten:
[[P|Konstantinos Papadopoulos]]
[[A|Odos Egnatias 118]]
[[A|546 30 Thessaloniki]]
Griechenland
Tel.: [[T|+30 694 512 3387]]

Gerne komme ich auch persönlich nach Weserau. Meine Schwester [[P|Despina]] wohnt in Bremen, dort kann ich übernachten.

Mit freundlichen Grüßen
[[P|Konstantinos]] ([[P|Kostas]]) [[P|Papadopoulos]]
[[P|Κωνσταντίνος Παπαδόπουλος]]
""")

# 04 Word: personnel questionnaire (tab separated), Polish new hire; church tax code reveals religion
doc("word", "personalfragebogen", f"""
Stadt Weserau – Fachbereich 1 Personal und Organisation
Personalfragebogen zur Einstellung (Anlage zum Arbeitsvertrag)
VERTRAULICH – Personalakte

1. Angaben zur Person
Name, Vorname:\t[[P|Zielińska, Katarzyna]]
Geburtsname:\t[[P|Zielińska]]
Geburtsdatum:\t[[DOB|03.11.1991]]
Geburtsort:\tGniezno (Polen)
Staatsangehörigkeit:\tpolnisch
Anschrift:\t[[A|Hermann-Löns-Weg 4]], [[A|31604 Weserau]]
Telefon privat:\t[[T|0157 38204416]]
E-Mail privat:\t[[E|kasia.zielinska@wp.pl]]
Familienstand:\tledig

2. Steuerliche Angaben
Steuer-Identifikationsnummer:\t[[TID|{kz_tid}]]
Steuerklasse:\tI
Kirchensteuermerkmal:\trk
Kinderfreibeträge:\t0,0

3. Sozialversicherung
Rentenversicherungsnummer:\t[[SSN|{sp_rv(kz_rv)}]]
PESEL (für die Zusammenrechnung polnischer Versicherungszeiten):\t[[SSN|{kz_pesel}]]
Krankenkasse:\tAOK Niedersachsen
Krankenversichertennummer:\t[[KV|{kz_kv}]]

4. Bankverbindung
Kontoinhaberin:\t[[P|Katarzyna Zielińska]]
IBAN:\t[[IBAN|{sp_iban(kz_iban)}]]
BIC:\tNOLADE21NIB

5. Beschäftigung
Personalnummer:\t[[AZ|40922]]
Einsatz:\tKita „Weserwiesel“, Erzieherin, EG S 8a TVöD SuE, 39 Std./Woche
Beginn:\t01.04.2026
Vorbeschäftigung im öffentlichen Dienst:\tja, Samtgemeinde Grafschaft Hoya, 01.08.2022–31.03.2026

6. Notfallkontakt
[[P|Łukasz Zieliński]] (Bruder), [[T|+48 601 284 937]]

Ich versichere die Richtigkeit und Vollständigkeit der Angaben.
Weserau, 09.03.2026\t\t[[P|K. Zielińska]]
""", ["RELIGION"])

# 05 Outlook: informal sick message, all lower case
doc("outlook", "krankmeldung_informell", f"""
Von: [[P|tobias grotelüschen]] <[[E|tobi.grote79@web.de]]>
An: [[P|Bolte, Jens]]
Betreff: krank

moin [[P|jens]],

bin heut morgen nich aus dem bett gekommen, rücken ist wieder komplett zu. war grad bei [[P|dr. yılmaz]] in hoya, die hat mich erstmal bis freitag krankgeschrieben, die eau geht direkt an die kasse. die tour mit dem großflächenmäher morgen kann ich also nicht fahren, vielleicht kann [[P|dariusz]] das übernehmen?

schlüssel für den unimog liegt in meinem spind, den code kennt [[P|marten]].

meld mich donnerstag nochmal. handy is an: [[T|0170 4418275]]

gruß [[P|tobi]]
""", ["HEALTH"])

# 06 Outlook: supervisor forwards the sick message to HR (quoted Outlook header); office address is not personal
doc("outlook", "krankmeldung_weiterleitung", f"""
Von: [[P|Bolte, Jens]] <[[E|j.bolte@weserau.de]]>
Gesendet: Dienstag, 10. März 2026 07:48
An: Personalamt <[[N|personalamt@weserau.de]]>
Betreff: WG: krank – [[P|Grotelüschen, Tobias]] (Bauhof)

Moin zusammen,

zur Info: Herr [[P|Grotelüschen]] (PNr. [[AZ|31187]]) ist seit heute wieder arbeitsunfähig, nach eigener Aussage erneut wegen Rückenbeschwerden. Nach meiner Liste ist das die vierte AU seit Oktober (21.10.–07.11., 08.12.–19.12., 26.01.–13.02. und jetzt ab 10.03.). Damit dürfte er über sechs Wochen liegen – bitte prüft, ob ihm ein BEM angeboten werden muss. Ich habe ihm gegenüber noch nichts dazu gesagt.

Er ist bei der IKK classic versichert, die eAU ruft ihr ja selbst ab. Falls ihr die Versichertennummer braucht: [[KV|{tg_kv}]].

Gruß
[[P|Jens Bolte]]
Leiter Betriebshof
Stadt Weserau – Betriebshof, Industriestraße 22, 31604 Weserau
Tel. [[T|05764 806-510]] · mobil [[T|0171 2094418]]

________________________________
Von: [[P|tobias grotelüschen]] <[[E|tobi.grote79@web.de]]>
Gesendet: Dienstag, 10. März 2026 06:51
An: [[P|Bolte, Jens]]
Betreff: krank

moin [[P|jens]], bin heut morgen nich aus dem bett gekommen, rücken ist wieder komplett zu. [...] meld mich donnerstag nochmal.
gruß [[P|tobi]]
""", ["HEALTH"])

# 07 Word: BEM offer letter
doc("word", "bem_einladung", f"""
Stadt Weserau · Fachbereich 1 · Rathausplatz 1 · 31604 Weserau
Persönlich – vertraulich

Herrn
[[P|Tobias Grotelüschen]]
[[A|Am Mühlenbach 17]]
[[A|31604 Weserau-Lohbergen]]

Ansprechpartnerin: [[P|Gesa Thölking]], BEM-Beauftragte
Telefon [[T|05764 806-226]] · [[E|g.thoelking@weserau.de]]
Aktenzeichen: [[AZ|BEM-2026-011]]
Datum: 17.03.2026

Angebot eines Betrieblichen Eingliederungsmanagements (BEM) nach § 167 Abs. 2 SGB IX

Sehr geehrter Herr [[P|Grotelüschen]],

Sie waren innerhalb der letzten zwölf Monate länger als sechs Wochen wiederholt arbeitsunfähig. Das Gesetz verpflichtet uns als Arbeitgeberin, Ihnen in dieser Situation ein Betriebliches Eingliederungsmanagement anzubieten. Ziel ist es, gemeinsam mit Ihnen zu klären, wie die Arbeitsunfähigkeit überwunden, erneuter Arbeitsunfähigkeit vorgebeugt und Ihr Arbeitsplatz im Betriebshof erhalten werden kann.

Die Teilnahme ist freiwillig. Wenn Sie das Angebot ablehnen, entstehen Ihnen daraus keine Nachteile. Auf Ihren Wunsch können die Vertrauensperson der schwerbehinderten Menschen, Herr [[P|Ralf Diekmann-Lüers]], und ein Mitglied des Personalrats, etwa der Vorsitzende Herr [[P|Uwe Kattenstroth]], an den Gesprächen teilnehmen. Auch der Betriebsarzt, Herr [[P|Dr. Ingo Fasselt]], kann hinzugezogen werden.

Diagnosen müssen Sie uns nicht mitteilen. Alle Unterlagen zum BEM werden getrennt von Ihrer Personalakte aufbewahrt und drei Jahre nach Abschluss vernichtet.

Bitte senden Sie den beigefügten Rückmeldebogen bis zum 03.04.2026 zurück oder rufen Sie mich an.

Mit freundlichen Grüßen
Im Auftrag

[[P|Gesa Thölking]]

Anlagen: Rückmeldebogen, Datenschutzhinweise zum BEM
""", ["HEALTH"])

# 08 Word: BEM minutes; the city's own vehicle plate is neutral
doc("word", "bem_protokoll", f"""
Gesprächsprotokoll – BEM-Erstgespräch
Az.: [[AZ|BEM-2026-011]]
Datum: 08.04.2026, 09:00–10:15 Uhr, Besprechungsraum 2.07

Teilnehmende:
- [[P|Tobias Grotelüschen]], Beschäftigter (Betriebshof, PNr. [[AZ|31187]])
- [[P|Gesa Thölking]], BEM-Beauftragte (Protokoll)
- [[P|Ralf Diekmann-Lüers]], Schwerbehindertenvertretung
- [[P|Uwe Kattenstroth]], Personalrat
Nicht beteiligt: [[P|Jens Bolte]], Vorgesetzter (auf ausdrücklichen Wunsch von Herrn [[P|Grotelüschen]])

1. Ausgangslage
Herr [[P|Grotelüschen]] (geb. [[DOB|22.08.1979]], seit 2011 im Betriebshof) berichtet von einem Bandscheibenvorfall L4/L5 im Herbst 2025 und einer ambulanten Rehabilitation in Nienburg im Januar 2026. Schweres Heben sowie lange Fahrten auf dem Großflächenmäher verstärken die Beschwerden deutlich. Beim Landesamt für Soziales, Jugend und Familie hat er die Feststellung eines Grades der Behinderung beantragt (dortiges Az. [[AZ|2026-04-118732]]).

2. Vereinbarte Maßnahmen
a) Stufenweise Wiedereingliederung ab 20.04.2026 nach dem Plan seiner Hausärztin [[P|Dr. Nesrin Yılmaz]] (4 Std./Tag, nach zwei Wochen 6 Std./Tag).
b) Arbeitsplatzbegehung durch Betriebsarzt [[P|Dr. Ingo Fasselt]] und die Fachkraft für Arbeitssicherheit, Herrn [[P|Marten Hülsmann]], am 15.04.2026.
c) Prüfung eines luftgefederten Fahrersitzes für den Unimog [[N|NI-WS 704]] (Dienstfahrzeug).
d) Bis auf Weiteres Einsatz in der Grünpflege am Friedhof ohne Heben über 10 kg.

3. Nächster Termin: 18.05.2026, 09:00 Uhr

Herr [[P|Grotelüschen]] ist mit der Weitergabe dieses Protokolls an Herrn [[P|Bolte]] nur hinsichtlich Ziffer 2 c) und d) einverstanden.

gez. [[P|Thölking]]\t\t\tgez. [[P|T. Grotelüschen]]
""", ["HEALTH"])

# 09 Outlook: parental leave request; child's birth date is a DOB, leave dates are not
doc("outlook", "elternzeit_antrag", f"""
Von: [[P|Melanie Kruse-Habighorst]] <[[E|m.kruse-habighorst@weserau.de]]>
Gesendet: Montag, 2. Februar 2026 14:27
An: Personalamt <[[N|personalamt@weserau.de]]>
Cc: [[P|Oltmanns, Dr. Henrike]]
Betreff: Antrag auf Elternzeit – [[P|Kruse-Habighorst]], Standesamt

Liebes Team vom Personalamt,

unsere Tochter [[P|Ida]] ist am [[DOB|14. Januar 2026]] zur Welt gekommen – beurkundet übrigens von meiner Kollegin [[P|Anja Wessels]] bei uns im Standesamt, das hat mich sehr gefreut.

Hiermit beantrage ich nach § 16 BEEG Elternzeit für die Zeit vom 12.03.2026 (Ende der Mutterschutzfrist) bis zum 13.01.2027. Für das zweite Lebensjahr möchte ich Elternzeit mit Teilzeit (20 Wochenstunden, Mo–Do vormittags) beantragen, dazu melde ich mich bis Oktober gesondert.

Mein Mann [[P|Florian Habighorst]] nimmt bei seinem Arbeitgeber zwei Partnermonate im Sommer.

Meine Personalnummer ist [[AZ|28754]]. Privat erreichen Sie mich unter [[T|05764 91 27 33]], die Anschrift ist unverändert ([[A|Lindenkamp 9]], [[A|31604 Weserau]]).

Viele Grüße
[[P|Melanie Kruse-Habighorst]]
""")

# 10 Word: confirmation of parental leave; the wife reveals a same-sex marriage; "Sommer" also as a season
doc("word", "elternzeit_bestaetigung", f"""
Stadt Weserau – Die Bürgermeisterin
Fachbereich 1 – Personal und Organisation

Frau
[[P|Marit Sommer]]
[[A|Bertha-von-Suttner-Straße 9]]
[[A|31604 Weserau]]

Personalnummer: [[AZ|30416]]
Bearbeiterin: [[P|Kerstin Wöhlke]], Telefon [[T|05764 806-233]]
Datum: 19.02.2026

Elternzeit und Teilzeitbeschäftigung während der Elternzeit
Ihr Antrag vom 28.01.2026

Sehr geehrte Frau [[P|Sommer]],

wir gratulieren Ihnen und Ihrer Ehefrau, Frau [[P|Dr. Johanna Albers-Sommer]], herzlich zur Geburt Ihres Sohnes [[P|Mats]] am [[DOB|30. Dezember 2025]].

Da Sie mit dem Kind Ihrer Ehefrau in einem Haushalt leben und es selbst betreuen, steht Ihnen nach § 15 Abs. 1 Satz 1 Nr. 1 Buchstabe b BEEG Elternzeit zu. Wir bestätigen Ihnen Elternzeit für die Zeit vom 01.03.2026 bis zum 31.08.2026.

Während der Elternzeit arbeiten Sie wie beantragt mit 24 Wochenstunden im Ordnungsamt weiter. Ihr Entgelt (EG 9b, Stufe 4) wird entsprechend anteilig gezahlt; die Verteilung der Arbeitszeit stimmen Sie bitte mit Herrn [[P|Olaf Kalkbrenner]] ab.

Ihren Erholungsurlaub für den Sommer können Sie wie gewohnt planen. Eine Kürzung nach § 17 Abs. 1 BEEG erfolgt nicht, da Sie während der Elternzeit in Teilzeit bei uns beschäftigt sind.

Mit freundlichen Grüßen
Im Auftrag

[[P|Kerstin Wöhlke]]
""", ["SEXUAL_ORIENTATION"])

# 11 Outlook: request for a secondary occupation; sole trader firm name carries the surname
doc("outlook", "nebentaetigkeit_antrag", f"""
Von: [[P|Arslan-Böckmann, Sevgi]] <[[E|s.arslan-boeckmann@weserau.de]]>
Gesendet: Donnerstag, 5. März 2026 16:05
An: Personalamt <[[N|personalamt@weserau.de]]>; [[P|Kalkbrenner, Olaf]]
Betreff: Antrag auf Genehmigung einer Nebentätigkeit (Dolmetschen)

Sehr geehrte Damen und Herren, lieber [[P|Olaf]],

hiermit zeige ich nach § 3 Abs. 3 TVöD eine entgeltliche Nebentätigkeit an und bitte um Zustimmung. Ich möchte ab 01.05.2026 freiberuflich als Dolmetscherin und Übersetzerin für Türkisch und Deutsch arbeiten (allgemein beeidigt beim Landgericht Verden seit 2019).

Angaben zur Nebentätigkeit:
- Firmierung: Sprachdienst [[P|Arslan-Böckmann]]
- Büroanschrift: [[A|Große Straße 41a]], [[A|27283 Verden (Aller)]]
- Steuernummer (FA Verden): [[TNR|{sa_tnr}]]
- USt-IdNr.: [[VAT|{sa_vat}]]
- Umfang: ca. 4–6 Stunden pro Woche, ausschließlich außerhalb meiner Dienstzeit und nicht im Homeoffice-Kontingent
- Auftraggeber: überwiegend Amtsgericht und Landgericht Verden, Notariate, Privatkunden
- Voraussichtliche Einnahmen: ca. 9.000 € im Jahr

Für Aufträge, die mit meiner Arbeit im Bürgerbüro zu tun haben (Meldewesen, Ausweise), werde ich nicht tätig; Anfragen aus Weserau gebe ich an eine Kollegin in Nienburg ab.

Mit freundlichen Grüßen
[[P|Sevgi Arslan-Böckmann]]
Bürgerbüro · Tel. [[T|05764 806-312]]
""")

# 12 Word: approval letter; the county council mandate reveals a party membership
doc("word", "nebentaetigkeit_genehmigung", f"""
Stadt Weserau · Die Bürgermeisterin · Rathausplatz 1 · 31604 Weserau

Herrn
[[P|Dirk Hasselbring]]
[[A|Im Bruch 28]]
[[A|31604 Weserau-Holtorf]]

Personalakte: [[AZ|PA 27-0893]]
Ihr Zeichen: Antrag vom 12.02.2026
Datum: 02.03.2026

Nebentätigkeit als Fahrlehrer; Freistellung für das Kreistagsmandat

Sehr geehrter Herr [[P|Hasselbring]],

1. Die beantragte Nebentätigkeit als Fahrlehrer in der Fahrschule [[P|Hasselbring]] & [[P|Wendt]] GbR (Inhaber: Ihr Bruder, Herr [[P|Sven Hasselbring]], und Herr [[P|Ole Wendt]]) genehmige ich widerruflich bis zum 31.12.2027 mit folgenden Auflagen:
- höchstens acht Stunden pro Woche, nur an Samstagen und nach 17:00 Uhr;
- keine Prüfungsfahrten oder Unterrichtsstunden für Beschäftigte Ihrer eigenen Abteilung (Bauordnung);
- Mitteilung der jährlichen Einkünfte bis zum 31. Januar des Folgejahres; die Fahrschule hat uns die Steuernummer für Rückfragen mitgeteilt ([[TNR|{dh_tnr13}]]).

2. Unabhängig davon werden Sie für die Sitzungen des Kreistags des Landkreises Nienburg/Weser sowie der Fraktion, der Sie als Abgeordneter der CDU angehören, nach § 54 NKomVG ohne Minderung der Bezüge freigestellt. Bitte zeigen Sie die Termine Ihrer Vorgesetzten, Frau [[P|Dr. Annette Kreye]], spätestens eine Woche vorher an.

Mit freundlichen Grüßen

[[P|Dr. Henrike Oltmanns]]
Leiterin des Fachbereichs Personal und Organisation
""", ["POLITICS"])

# 13 Outlook: payroll changes after marriage; birth name; new German ID card
doc("outlook", "entgelt_heirat", f"""
Von: [[P|Dariusz Wróbel]] <[[E|dariusz.wrobel@gmx.de]]>
An: [[P|Brüggemann, Jannik]] <[[E|j.brueggemann@weserau.de]]>
Betreff: Heirat – Steuerklasse und neues Konto ab März

Hallo Herr [[P|Brüggemann]],

wie am Telefon besprochen: ich habe am 20. Februar 2026 geheiratet. Meine Frau heißt jetzt [[P|Agata Wróbel]], geb. [[P|Nowicka]]. Wir haben beim Finanzamt Nienburg die Steuerklassen III (ich) und V (meine Frau) beantragt, die ELStAM sollten also bald bei Ihnen ankommen.

Zur Sicherheit meine Steuer-ID: [[TID|{sp_tid(dw_tid)}]]

Neue Bankverbindung ab der Märzabrechnung (Gemeinschaftskonto bei der Volksbank):
Kontoinhaber: [[P|Dariusz]] und [[P|Agata Wróbel]]
IBAN: [[IBAN|{dw_iban}]]

Seit Januar bin ich außerdem deutscher Staatsbürger. Falls Sie das für die Personalakte brauchen: neuer Personalausweis Nr. [[IDC|{dw_idc}]], ausgestellt von der Stadt Weserau. Die Adresse bleibt gleich ([[A|Wiesenweg 5]]).

Pozdrawiam / Gruß
[[P|Dariusz Wróbel]]
Betriebshof, PNr. [[AZ|31402]]
""")

# 14 Word: note to file about two employees with near-identical names
doc("word", "entgelt_aktenvermerk", f"""
Aktenvermerk
Fachbereich 1 – Entgeltabrechnung
Verfasser: [[P|Jannik Brüggemann]]
Datum: 12.03.2026

Betreff: Verwechslung der Steuer-Identifikationsnummern [[P|Lars Hinrichs]] / [[P|Lars Hinrichsen]], Abrechnung Februar 2026

1. Sachverhalt
Bei der Anmeldung von Herrn [[P|Lars Hinrichsen]] (Kämmerei, PNr. [[AZ|40877]], geb. [[DOB|05.06.1990]]) zum 01.02.2026 wurde beim Abruf der ELStAM irrtümlich die Steuer-ID von Herrn [[P|Lars Hinrichs]] (Betriebshof, PNr. [[AZ|22519]], geb. [[DOB|17.09.1968]]) verwendet, weil beide in der Mitarbeiterliste direkt untereinander stehen. Herr [[P|Hinrichsen]] wurde dadurch im Februar nach Steuerklasse III statt I abgerechnet; bei Herrn [[P|Hinrichs]] kam es zu einer Abweisung des ELStAM-Abrufs.

Die Identität von Herrn [[P|Hinrichsen]] wurde am 11.03.2026 anhand seines Personalausweises ([[IDC|{lh2_idc}]]) geprüft.

2. Richtige Zuordnung
[[P|Hinrichs, Lars]]\tSteuer-ID [[TID|{lh1_tid}]]\tRV-Nr. [[SSN|{lh1_rv}]]
[[P|Hinrichsen, Lars]]\tSteuer-ID [[TID|{lh2_tid}]]\tRV-Nr. [[SSN|{lh2_rv}]]

3. Veranlasst
a) Korrektur der Lohnsteuer-Anmeldung Februar über das Rechenzentrum (Ticket 2026-0311-07).
b) Herr [[P|Hinrichsen]] wurde am 11.03.2026 telefonisch informiert ([[T|0152 07384419]]); die Nachzahlung von 214,38 € wird mit dem Märzentgelt verrechnet.
c) Herr [[P|Hinrichs]] erhält eine kurze schriftliche Information an seine Anschrift [[A|Dorfstraße 7]], [[A|31604 Weserau-Holtorf]].
d) In der Mitarbeiterliste wird künftig zusätzlich das Geburtsdatum angezeigt.

[[P|Brüggemann]]
""")

# 15 Outlook: semicolon CSV of master data changes to the payroll data centre; KiSt column reveals religion
csv_rows = [
    ("31402", "Wróbel", "Dariusz", "14.07.1986", dw_tid, "3", "rk", dw_rv, dw_iban, "01.03.2026", "Heirat, neues Konto"),
    ("40877", "Hinrichsen", "Lars", "05.06.1990", lh2_tid, "1", "--", lh2_rv, None, "01.02.2026", "Korrektur IdNr (s. Vermerk)"),
    ("40922", "Zielińska", "Katarzyna", "03.11.1991", kz_tid, "1", "rk", kz_rv, kz_iban, "01.04.2026", "Neueinstellung"),
    ("41035", "Fernández Ortega", "Lucía", "09.08.1990", lf_tid, "1", "--", None, lf_iban, "01.04.2026", "Neueinstellung, RV-Nr folgt"),
    ("30416", "Sommer", "Marit", "25.04.1984", ms_tid, "4", "ev", ms_rv, ms_iban, "01.03.2026", "TZ in Elternzeit 24 Std."),
    ("28754", "Kruse-Habighorst", "Melanie", "11.12.1989", mk_tid, "4", "--", mk_rv, mk_iban, "12.03.2026", "Elternzeit ohne Bezüge"),
    ("41048", "Tsakiri", "Eleni", "17.05.1987", et_tid, "1", "--", et_rv, et_iban, "01.03.2026", "endgültige RV-Nr"),
]
csv_lines = ["PNr;Name;Vorname;Geburtsdatum;Steuer-ID;StKl;KiSt;RV-Nr;IBAN;gueltig_ab;Grund"]
for pnr, name, first, dob, tid, stkl, kist, rv, iban, since, why in csv_rows:
    csv_lines.append(";".join([
        f"[[AZ|{pnr}]]", f"[[P|{name}]]", f"[[P|{first}]]", f"[[DOB|{dob}]]", f"[[TID|{tid}]]", stkl, kist,
        f"[[SSN|{rv}]]" if rv else "", f"[[IBAN|{iban}]]" if iban else "", since, why]))
csv_block = "\n".join(csv_lines)
doc("outlook", "entgelt_csv", f"""
Von: [[P|Brüggemann, Jannik]] <[[E|j.brueggemann@weserau.de]]>
Gesendet: Mittwoch, 25. März 2026 13:12
An: [[N|entgelt-service@kdo.de]]
Cc: [[P|Wöhlke, Kerstin]]
Betreff: Stammdatenänderungen Abrechnungslauf April 2026 – Mandant 0457 Stadt Weserau

Hallo Frau [[P|Ahlers]],

anbei wie besprochen die Stammdatenänderungen für den Lauf April als CSV (Semikolon, UTF-8). Bitte bis 31.03. einspielen.

Hinweise:
- Zeile 2 ([[P|Hinrichsen]]): rückwirkende Korrektur der IdNr, Bankverbindung unverändert.
- Zeile 4: Frau [[P|Fernández Ortega]] hat noch keine RV-Nr., die Anmeldung läuft über die DEÜV-Meldung mit Geburtsdaten; Konto vorerst in Spanien.
- Zeile 6: ab 12.03. ruhendes Arbeitsverhältnis, bitte keine Abmeldung bei der Krankenkasse.

{csv_block}

Danke und viele Grüße
[[P|Jannik Brüggemann]]
Entgeltabrechnung · Tel. [[T|05764 806-231]]
""", ["RELIGION"])

# 16 Outlook: staff council mail; union membership of a named colleague
doc("outlook", "personalrat_mail", f"""
Von: Personalrat Stadt Weserau <[[N|personalrat@weserau.de]]>
Gesendet: Donnerstag, 12. März 2026 09:30
An: [[P|Oltmanns, Dr. Henrike]]
Cc: [[P|Kattenstroth, Uwe]]
Betreff: Beteiligung nach NPersVG – Einstellung Kita Weserwiesel / Anfrage Kollege [[P|Eggers]]

Sehr geehrte Frau [[P|Dr. Oltmanns]],

der Personalrat hat in seiner Sitzung am 11.03.2026 der Einstellung von Frau [[P|Katarzyna Zielińska]] als Erzieherin (Kennziffer 03/2026) zugestimmt.

Außerdem hat sich der Kollege [[P|Timo Eggers]] aus dem Klärwerk an uns gewandt. Er ist seit vielen Jahren ver.di-Mitglied und gehört der Tarifkommission seines Landesbezirks an. Für die dritte Verhandlungsrunde am 26. und 27. März in Potsdam bittet er um Arbeitsbefreiung unter Fortzahlung des Entgelts nach § 29 Abs. 4 TVöD. Die Einladung der Gewerkschaft liegt dem Antrag bei. Bitte entscheiden Sie zeitnah, damit die Rufbereitschaft im Klärwerk umgeplant werden kann. Herr [[P|Eggers]] ist unter [[T|0160 93 11 508]] erreichbar.

Mit freundlichen Grüßen
für den Personalrat

[[P|Uwe Kattenstroth]]
Vorsitzender · Tel. [[T|05764 806-180]]
""", ["UNION"])

# 17 Word: minutes of the staff council; the file number of the works agreement is not personal
doc("word", "personalrat_protokoll", f"""
Personalrat der Stadt Weserau
Niederschrift über die 5. Sitzung 2026 am 11. März 2026
Beginn 14:00 Uhr · Ende 16:20 Uhr · Sitzungsraum 3.01

Anwesend: [[P|Uwe Kattenstroth]] (Vorsitz), [[P|Petra Stallmann-Wiebking]] (stellv. Vorsitz), [[P|Mehmet Aydın]], [[P|Inken Rohlfs]], [[P|Jörg Suhr]]
Entschuldigt: [[P|Nadine Brüning]]
Gäste zu TOP 3: [[P|Birte Hoppenstedt]] (Gleichstellungsbeauftragte), [[P|Ralf Diekmann-Lüers]] (Schwerbehindertenvertretung)
Schriftführung: [[P|Inken Rohlfs]]

TOP 1 – Niederschrift der 4. Sitzung
Einstimmig genehmigt.

TOP 2 – Personelle Einzelmaßnahmen
a) Einstellung [[P|Katarzyna Zielińska]], Erzieherin, Kita „Weserwiesel“, EG S 8a: Zustimmung (5:0).
b) Höhergruppierung [[P|Sevgi Arslan-Böckmann]], Bürgerbüro, EG 8 nach EG 9a: Zustimmung (5:0).
c) Ordentliche Kündigung in der Probezeit, Herr [[P|Nils Dreyer]], Betriebshof (Eintritt 01.11.2025): Der Personalrat erhebt Einwendungen (3:2), weil keine Einarbeitung dokumentiert ist. Herr [[P|Suhr]] formuliert die Stellungnahme bis 16.03.
d) Auswahlgespräche Bauingenieur/in Tiefbau (Kennziffer 07/2026) am 24. und 25.03.2026: Für den Personalrat nimmt Herr [[P|Suhr]] teil.

TOP 3 – Dienstvereinbarung „KI-Assistent in Word und Outlook“ (Entwurf vom 02.03.2026, Az. 10.2-021/26)
Frau [[P|Hoppenstedt]] begrüßt, dass Bewerbungsunterlagen nicht automatisiert bewertet werden dürfen. Herr [[P|Kattenstroth]] berichtet, die ver.di-Vertrauensleute im Betriebshof, zu denen er selbst gehört, forderten eine Schulung vor dem Start. Herr [[P|Aydın]] regt als Mitglied der komba gewerkschaft an, auch die Protokollierung in der Personalversammlung zu erläutern. Herr [[P|Diekmann-Lüers]] bittet um barrierefreie Schulungsunterlagen.
Beschluss: Der Personalrat stimmt dem Entwurf mit den Änderungen aus der Anlage zu (5:0).

TOP 4 – Verschiedenes
Die Personalversammlung findet am 22.04.2026 in der Weserhalle statt. Frau [[P|Stallmann-Wiebking]] koordiniert die Einladung.

gez. [[P|Uwe Kattenstroth]], Vorsitzender\t\tgez. [[P|Inken Rohlfs]], Schriftführerin
""", ["UNION"])

# 18 Outlook: unpaid leave to visit a father after a stroke in Iran (health data of a relative)
doc("outlook", "sonderurlaub_angehoeriger", f"""
Von: [[P|Reza Moradi]] <[[E|r.moradi@weserau.de]]>
Gesendet: Freitag, 27. März 2026 07:15
An: Personalamt <[[N|personalamt@weserau.de]]>
Cc: [[P|Ahrens, Wilfried]]
Betreff: Antrag unbezahlter Sonderurlaub Mai 2026

Sehr geehrte Damen und Herren,

mein Vater, [[P|Hossein Moradi]], hatte vor zwei Wochen in Schiras einen schweren Schlaganfall und liegt seitdem im Krankenhaus. Meine Mutter schafft die Pflege nicht allein. Ich möchte deshalb vom 04.05. bis 29.05.2026 unbezahlten Sonderurlaub nach § 28 TVöD nehmen. Meine sechs Resturlaubstage aus 2025 nehme ich direkt davor (24.04.–30.04.).

Herr [[P|Ahrens]] ist einverstanden, [[P|Timo Eggers]] übernimmt in der Zeit meine Rufbereitschaft im Klärwerk.

In Iran wohne ich bei meinen Eltern ([[A|Khiaban-e Zand, Kuche-ye 14, Pelak 7]], [[A|Shiraz 71348-45111]]) und bin über das Handy meiner Schwester [[P|Maryam]] erreichbar: [[T|+98 917 305 6621]].

Muss ich wegen der Krankenversicherung etwas beachten, wenn der Urlaub fast einen Monat dauert? Meine Versichertennummer bei der AOK: [[KV|{rm_kv}]].

Mit freundlichen Grüßen
[[P|Reza Moradi]]
Klärwerk Weserau · Tel. [[T|05764 806-640]]
""", ["HEALTH"])

# 19 Outlook: applicant from Iran; Persian calendar birth date, Kurdish origin, Persian-script signature
doc("outlook", "bewerbung_iran", f"""
Von: [[P|Shirin Rahimzadeh]] <[[E|sh.rahimzadeh@gmail.com]]>
Gesendet: Sonntag, 1. März 2026 21:40
An: [[N|bewerbung@weserau.de]]
Betreff: Bewerbung Ingenieurin Abwassertechnik (Kennziffer 11/2026) – Frage zum Visum

Sehr geehrte Frau [[P|Meyerhoff]],

mit großem Interesse habe ich Ihre Ausschreibung für die Stelle im Klärwerk gelesen. Ich bin Umweltingenieurin (M.Sc., Universität Teheran) und arbeite seit 2019 bei dem Wasser- und Abwasserbetrieb der Provinz Kurdistan in Sanandadsch. Deutsch lerne ich seit drei Jahren, das telc-Zertifikat B2 liegt bei.

Als Kurdin aus Sanandadsch habe ich in Iran nur begrenzte berufliche Perspektiven, deshalb möchte ich gern in Deutschland arbeiten. Für das Visum nach § 18b AufenthG brauche ich ein konkretes Arbeitsplatzangebot und die Vorabzustimmung der Bundesagentur für Arbeit. Meine Daten dafür:

Name laut Reisepass: [[P|RAHIMZADEH, SHIRIN]]
Geburtsdatum: [[DOB|1370/06/29]] (nach deutschem Kalender [[DOB|20.09.1991]])
Reisepass-Nr.: [[PASS|{sr_pass}]]
Nationale Kennnummer (Kart-e Melli): [[IDC|{sr_melli[:3]}-{sr_melli[3:9]}-{sr_melli[9]}]]
Anschrift: [[A|Khiaban-e Pasdaran, Kuche-ye Golha, Pelak 14]]
[[A|Sanandaj 66177-15338]]
Telefon/WhatsApp: [[T|+98 918 372 4105]]

Ein Vorstellungsgespräch per Video wäre für mich ideal, weil ein Termin bei der Botschaft in Teheran mehrere Monate dauert.

Mit freundlichen Grüßen
[[P|Shirin Rahimzadeh]]
[[P|شیرین رحیم‌زاده]]
""", ["ETHNICITY"])

# 20 Word: selection note with a Markdown table of applicants; disability note; surname that is also a job title
doc("word", "auswahlvermerk", f"""
Auswahlvermerk – Erzieher/in Kita „Weserwiesel“ (Kennziffer 03/2026)
Stand: 26.02.2026 · nur für die Auswahlkommission

Eingegangen sind 9 Bewerbungen, davon erfüllen 6 das Anforderungsprofil. Zum Gespräch am 05.03.2026 werden eingeladen:

| Bew.-Nr. | Name | Telefon | Qualifikation | Hinweis |
|---|---|---|---|---|
| [[AZ|BW-2026-0088]] | [[P|Katarzyna Zielińska]] | [[T|0157 38204416]] | Erzieherin, anerkannt 2022 | derzeit Samtgemeinde Grafschaft Hoya |
| [[AZ|BW-2026-0091]] | [[P|Annika Koch]] | [[T|05764 3319]] | Erzieherin (Umschulung 2024) | schwerbehindert, GdB 50 – Einladung nach § 165 SGB IX zwingend |
| [[AZ|BW-2026-0093]] | [[P|Till Bröcker]] | [[T|0176 55109283]] | Kindheitspädagoge B.A. | Teilzeitwunsch 30 Std. |
| [[AZ|BW-2026-0097]] | [[P|Magdalena Kaczmarek-Nowak]] | [[T|+48 605 713 240]] | Pedagogika przedszkolna (PL) | Anerkennungsverfahren läuft |
| [[AZ|BW-2026-0102]] | [[P|Hatice Demirtaş]] | [[T|0151 40277816]] | Erzieherin, Fachwirtin Kita | interne Bewerberin (Kita Am Wall) |
| [[AZ|BW-2026-0105]] | [[P|Frauke Osterloh]] | [[T|04251 938 44 12]] | Sozialassistentin + Erzieherin | Wohnort Hoya, Führerschein vorhanden |

Frau [[P|Koch]] war vor der Umschulung acht Jahre als Köchin in einer Großküche tätig; sie könnte das Projekt „Kochen mit Kindern“ übernehmen.

Kommission: [[P|Wiebke Sanders]] (Kita-Leitung), [[P|Swantje Meyerhoff]] (Personalamt), [[P|Birte Hoppenstedt]] (Gleichstellung), [[P|Inken Rohlfs]] (Personalrat), bei Frau [[P|Koch]] zusätzlich [[P|Ralf Diekmann-Lüers]] (SBV).

Die Entscheidung trifft die Kommission nach den Gesprächen; eine Rangfolge wird erst danach festgelegt.
""", ["HEALTH"])

# 21 Outlook: informal colleague thread, lower case, quoted; mentions that a colleague is in a BEM process
doc("outlook", "kollegen_absprache", f"""
Von: [[P|Thölking, Gesa]]
Gesendet: Montag, 16. März 2026 16:02
An: [[P|Meyerhoff, Swantje]]
Betreff: AW: gespräche 24./25.3.

hi [[P|swantje]],

ja klar, am 25. kann ich das protokoll machen, aber nur bis 13 uhr. morgen geht übrigens das bem-anschreiben an herrn [[P|grotelüschen]] raus (bitte nicht rumerzählen).
[[P|hauke]] bringt am 24. noch jemanden aus dem tiefbau mit, ich glaub [[P|jan-ole]]?
[[P|birte]] hat gefragt, ob wir für frau [[P|fernández ortega]] einen dolmetscher brauchen, ich hab gesagt nee, die spricht c1.

lg [[P|gesa]]

Am 16.03.2026 um 15:40 schrieb [[P|Meyerhoff, Swantje]] <[[E|s.meyerhoff@weserau.de]]>:
> hey [[P|gesa]],
> kannst du am 24. oder 25. die protokollführung übernehmen? kommission ist [[P|hauke]], [[P|birte]], [[P|jörg suhr]] vom pr und ich.
> [[P|lucía fernández ortega]] kommt am 24. per video, [[P|kostas papadopoulos]] am 25. persönlich (übernachtet bei seiner schwester in bremen). raum 104 ist gebucht.
> lg [[P|swantje]]
""", ["HEALTH"])

# 22 Word: draft reference letter; "Winter" is a surname and a season
doc("word", "arbeitszeugnis", f"""
Arbeitszeugnis (Entwurf – bitte sprachlich glätten)

Herr [[P|Jonas Winter]], geboren am [[DOB|7. Juni 1988]] in Nienburg/Weser, war vom 1. April 2019 bis zum 31. März 2026 bei der Stadt Weserau als Sachbearbeiter im Fachbereich 3 – Planen und Bauen, Abteilung Bauordnung, beschäftigt.

Zu seinen Aufgaben gehörten die Prüfung von Bauanträgen im vereinfachten Verfahren, die Beratung von Bauherrinnen und Bauherren sowie die Bearbeitung von Nutzungsänderungen. Im Winter 2022/23 übernahm Herr [[P|Winter]] zusätzlich für fünf Monate die Vertretung der Abteilungsleitung.

Herr [[P|Winter]] arbeitete sich schnell in neue Rechtsgebiete ein und setzte die Digitalisierung des Bauantragsverfahrens maßgeblich mit um. Seine Bescheide waren stets rechtssicher und für die Antragstellenden verständlich. Herrn [[P|Winters]] Verhalten gegenüber Vorgesetzten, Kolleginnen und Kollegen sowie Bürgerinnen und Bürgern war jederzeit einwandfrei. Seine Vorgesetzte, Frau [[P|Dr. Annette Kreye]], hebt besonders seine Zuverlässigkeit in Spitzenzeiten hervor.

Herr [[P|Winter]] verlässt uns auf eigenen Wunsch, um eine Tätigkeit beim Landkreis Diepholz aufzunehmen. Wir bedauern seinen Weggang sehr, danken ihm für die stets sehr gute Zusammenarbeit und wünschen ihm beruflich wie privat alles Gute.

Weserau, 31. März 2026

[[P|Anke Wöltje]]
Bürgermeisterin
""")

# 23 Outlook: travel expenses paid with private credit cards; private car plate
doc("outlook", "reisekosten", f"""
Von: [[P|Lübbers, Fenja]] <[[E|f.luebbers@weserau.de]]>
Gesendet: Montag, 9. März 2026 10:47
An: [[P|Brüggemann, Jannik]]
Betreff: Reisekosten Lehrgang Vergaberecht Hannover 02.–04.03.

Hallo [[P|Jannik]],

anbei meine Reisekostenabrechnung für den Lehrgang „Vergaberecht kompakt“ beim Studieninstitut in Hannover. Die Seminargebühr (390,00 €) habe ich leider mit meiner privaten Visa bezahlt, weil die Beschaffungskarte noch gesperrt war – auf der Rechnung steht die volle Kartennummer [[CC|{group(fl_visa, 4)}]]. Das Hotel (2 Nächte, 198,00 €) lief über meine Mastercard [[CC|{fl_mc}]]. Soll ich die Nummern auf den Belegen schwärzen, bevor ich sie hochlade?

Gefahren bin ich mit meinem Privatwagen, Kennzeichen [[KFZ|NI-FL 2904]], 2 × 62 km, weil der Zug am 02.03. ausgefallen ist. Mitgenommen habe ich Kollegin [[P|Inken Rohlfs]] (Mitfahrerzuschlag?).

Die Erstattung bitte wie immer aufs Gehaltskonto.

Danke dir & Gruß
[[P|Fenja]]

--
[[P|Fenja Lübbers]]
Zentrale Vergabestelle
Stadt Weserau | Rathausplatz 1 | 31604 Weserau
Tel. [[T|05764 806-145]] | Zentrale {SWITCH}
""")

# 24 Word: Markdown table of parking permits; foreign plates, E and H plates, a pool car (neutral), a disability note
doc("word", "parkausweise", f"""
Mitarbeiterparkplatz Tiefgarage Rathaus – Vergabe der Parkausweise ab 01.04.2026
Zuständig: FB 1, [[P|Kerstin Wöhlke]] ([[T|05764 806-233]])

| Nr. | Name | Bereich | Kennzeichen | Bemerkung |
|---|---|---|---|---|
| P-01 | [[P|Anke Wöltje]] | Bürgermeisterin | [[KFZ|NI-AW 1960]] | |
| P-02 | [[P|Dr. Henrike Oltmanns]] | FB 1 | [[KFZ|VER-HO 77]] | |
| P-03 | [[P|Ralf Diekmann-Lüers]] | SBV / FB 4 | [[KFZ|NI-RD 412]] | Behindertenparkplatz, Merkzeichen aG |
| P-04 | [[P|Uwe Kattenstroth]] | Personalrat | [[KFZ|HB-KT 1290]] | wohnt in Bremen |
| P-05 | [[P|Hauke Rösemeier]] | FB 3 Tiefbau | [[KFZ|OHZ-HR 61H]] | Oldtimer, nur Sommer |
| P-06 | [[P|Lucía Fernández Ortega]] | FB 3 Tiefbau | [[KFZ|4821 LBZ]] | spanisches Kennzeichen, Ummeldung bis 30.06. |
| P-07 | [[P|Katarzyna Zielińska]] | Kita Weserwiesel | [[KFZ|PO 5KR21]] | polnisches Kennzeichen, nur Mo/Mi |
| P-08 | [[P|Fenja Lübbers]] | Vergabestelle | [[KFZ|NI-FL 2904]] | |
| P-09 | [[P|Timo Eggers]] | Klärwerk | [[KFZ|NI-TE 319E]] | E-Auto, Ladesäule 2 |
| P-10 | [[P|Jonas Winter]] | FB 3 | [[KFZ|DH-JW 88]] | entfällt ab 01.04. (Ausscheiden) |
| P-11 | Poolfahrzeug FB 1 | – | [[N|NI-SW 601]] | Dienstfahrzeug |

Bitte die Ausweise gut sichtbar hinter die Windschutzscheibe legen. Änderungen des Kennzeichens sind Frau [[P|Wöhlke]] unverzüglich mitzuteilen.
""", ["HEALTH"])

# 25 Outlook: Polish applicant sends bank data for travel costs; Polish address, ID card, a third-party file number
doc("outlook", "bewerbung_polen", f"""
Von: [[P|Magdalena Kaczmarek-Nowak]] <[[E|magda.kaczmarek.nowak@onet.pl]]>
Gesendet: Freitag, 6. März 2026 19:22
An: [[N|bewerbung@weserau.de]]
Betreff: Bewerbung Erzieherin 03/2026 – Anerkennung und Fahrtkosten

Sehr geehrte Frau [[P|Meyerhoff]],

vielen Dank für die Einladung und das freundliche Gespräch gestern. Wie besprochen schicke ich Ihnen noch:

1) Den Eingangsbescheid des Landesamts für Schule und Bildung zur Anerkennung meines polnischen Abschlusses (Az. [[AZ|LSB-AN 8415/0793-26]]). Die Kopie meines Personalausweises (dowód osobisty Nr. [[IDC|{mkn_idc}]]) habe ich dort schon eingereicht.

2) Für die Erstattung der Fahrtkosten (Poznań – Weserau und zurück, Bus und Bahn, 142,60 €) meine Bankverbindung in Polen:
Kontoinhaberin: [[P|Magdalena Kaczmarek-Nowak]]
IBAN: [[IBAN|{sp_iban(mkn_iban)}]]
Bank: PKO Bank Polski

3) Meine Anschrift:
[[A|ul. Głogowska 148 m. 12]]
[[A|60-245 Poznań]]
Polen

Telefonisch bin ich unter [[T|+48 605 713 240]] erreichbar, auch per WhatsApp.

Pozdrawiam serdecznie / Mit freundlichen Grüßen
[[P|Magdalena Kaczmarek-Nowak]]
""")

# 26 Word: refund of interview costs to a Greek IBAN; female form of the Greek surname
doc("word", "vorstellungskosten", f"""
Stadt Weserau · Fachbereich 1 · Rathausplatz 1 · 31604 Weserau

Herrn
[[P|Konstantinos Papadopoulos]]
[[A|Odos Egnatias 118]]
[[A|546 30 Thessaloniki]]
GRIECHENLAND

Bewerbungs-Nr.: [[AZ|BW-2026-0161]]
Kassenzeichen: [[AZ|1.4100.2026.03318]]
Datum: 30.03.2026

Erstattung von Vorstellungskosten

Sehr geehrter Herr [[P|Papadopoulos]],

für Ihre Teilnahme am Vorstellungsgespräch am 25.03.2026 erstatten wir Ihnen folgende Kosten:

Flug Thessaloniki – Bremen (Economy, Hin- und Rückflug)\t214,00 €
Bus Bremen – Weserau und zurück\t18,40 €
Summe\t232,40 €

Übernachtungskosten fallen nicht an, da Sie nach Ihren Angaben bei Ihrer Schwester, Frau [[P|Despina Papadopoulou]], in Bremen übernachtet haben.

Der Betrag wird in den nächsten Tagen auf das von Ihnen angegebene Konto überwiesen:
Kontoinhaber: [[P|Konstantinos Papadopoulos]]
IBAN: [[IBAN|{sp_iban(kp_iban)}]]
BIC: ETHNGRAA

Über das Ergebnis des Auswahlverfahrens informieren wir Sie gesondert.

Mit freundlichen Grüßen
Im Auftrag

[[P|Swantje Meyerhoff]]
Telefon [[T|05764 806-214]] · Zentrale {SWITCH}
""")

# 27 Outlook: Greek employee sends AMKA and AFM; German pension number; new address
doc("outlook", "sozialversicherung_griechenland", f"""
Von: [[P|Tsakiri, Eleni]] <[[E|e.tsakiri@weserau.de]]>
Gesendet: Montag, 16. März 2026 12:34
An: [[P|Brüggemann, Jannik]]
Betreff: Rentenversicherungsnummer + griechische Versicherungszeiten

Lieber Herr [[P|Brüggemann]],

die Deutsche Rentenversicherung hat mir endlich meine Versicherungsnummer geschickt: [[SSN|{et_rv[:2]}-{et_rv[2:8]}-{et_rv[8]}-{et_rv[9:]}]]. Bitte tragen Sie diese statt der vorläufigen Nummer ein.

Für die Zusammenrechnung meiner Zeiten in Griechenland (2011–2023, versichert bei e-EFKA) fragt die DRV Oldenburg-Bremen nach meiner AMKA und meiner griechischen Steuernummer. Damit alles in meiner Akte ist:

AMKA: [[SSN|{et_amka}]]
ΑΦΜ (AFM): [[TID|{et_afm}]]
Geburtsdatum: [[DOB|17.05.1987]], Geburtsort Kavala

Außerdem ziehe ich um: ab 1. April wohne ich in der [[A|Kastanienallee 23b]], [[A|31604 Weserau]]. Meine private Nummer bleibt [[T|0176 20384571]].

Ευχαριστώ πολύ und viele Grüße
[[P|Eleni Tsakiri]]
Fachbereich 2 – Bürgerdienste · Tel. [[T|05764 806-327]]
""")

# 28 Outlook: Blue Card thread; Indian passport, Aadhaar (check digit), PAN, Indian address order, foreign authority file
doc("outlook", "blue_card_thread", f"""
Von: [[P|Rösemeier, Hauke]]
Gesendet: Mittwoch, 18. März 2026 11:20
An: [[P|Meyerhoff, Swantje]]
Betreff: AW: Blue Card Herr [[P|Venkataraman Iyer]] – Arbeitgebererklärung

Hi [[P|Swantje]],

Punkt 3 (Tätigkeitsbeschreibung) passt so, ich hab unterschrieben und eingescannt. Gehalt EG 11 Stufe 3 liegt über der Grenze für Engpassberufe. Die Aadhaar-Nummer würde ich nicht an den Landkreis weitergeben, die brauchen sie nicht.

Gruß
[[P|Hauke]]

-----Ursprüngliche Nachricht-----
Von: [[P|Meyerhoff, Swantje]]
Gesendet: Mittwoch, 18. März 2026 08:55
An: [[P|Rösemeier, Hauke]]
Betreff: Blue Card Herr [[P|Venkataraman Iyer]] – Arbeitgebererklärung

Hallo [[P|Hauke]],

die Ausländerbehörde des Landkreises Nienburg/Weser (Frau [[P|Stegemann]], Az. [[AZ|32.1-AE-2026/0418]]) braucht für Herrn [[P|Arjun Venkataraman Iyer]] die Erklärung zum Beschäftigungsverhältnis. Eingetragen habe ich:

Name: [[P|VENKATARAMAN IYER, Arjun]]
geb.: [[DOB|02.02.1993]] in Coimbatore (Indien)
Reisepass: [[PASS|{av_pass}]]
Aadhaar-Nr. (hat er unaufgefordert mitgeschickt): [[IDC|{group(av_aadhaar, 4)}]]
PAN: [[TID|{av_pan}]]
Anschrift in Indien: [[A|27 Race Course Road]], [[A|Coimbatore 641018]]
künftige Anschrift: [[A|Weserstraße 40]], [[A|31604 Weserau]] (möbliert, ab 15.05.)
Arbeitsbeginn: 01.06.2026, Stelle 2026-FB3-014

Kannst du Punkt 3 prüfen und unterschreiben? Herr [[P|Venkataraman Iyer]] ist tagsüber unter [[T|+91 98431 27706]] erreichbar (4,5 h Zeitverschiebung).

Gruß
[[P|Swantje]]
""")

# 29 Word: confidential note; genetic test result reported by an employee
doc("word", "vermerk_gesundheit", f"""
Vertraulicher Vermerk – Teilakte Gesundheit (getrennt von der Personalakte aufzubewahren)

Beschäftigte: [[P|Annegret Stolle]], FB 4 Schule, Kultur und Sport, PNr. [[AZ|29930]]
Datum: 24.03.2026
Verfasserin: [[P|Dr. Henrike Oltmanns]]

Frau [[P|Stolle]] hat mich heute auf eigene Initiative darüber informiert, dass bei ihr nach einer humangenetischen Beratung an der Medizinischen Hochschule Hannover eine krankheitsverursachende BRCA1-Variante festgestellt wurde. Sie wird sich im Mai einer vorsorglichen Operation unterziehen und voraussichtlich vier bis sechs Wochen arbeitsunfähig sein.

Frau [[P|Stolle]] bittet, dass ihre Vorgesetzte, Frau [[P|Kerstin Haase]], nur über die voraussichtliche Abwesenheit, nicht über deren Grund informiert wird. Ich habe zugesagt, dass die Information nach § 21 GenDG für keine personelle Entscheidung verwendet wird und nur in dieser Teilakte abgelegt ist.

Die Vertretung im Sekretariat übernimmt ab 04.05.2026 Frau [[P|Sabine Meinders]] (Aufstockung auf 39 Std. befristet).

Frau [[P|Stolle]] ist privat unter [[T|0151 62844091]] erreichbar; sie meldet sich nach der Operation selbst.

[[P|Dr. Oltmanns]]
""", ["HEALTH", "GENETIC"])

# 30 Outlook: Spanish new hire sends payroll data; double surname, Spanish spelled birth date, DNI, NSS, ES IBAN
doc("outlook", "onboarding_spanien", f"""
Von: [[P|Lucía Fernández Ortega]] <[[E|lucia.fdez.ortega@gmail.com]]>
Gesendet: Montag, 23. März 2026 22:10
An: [[P|Brüggemann, Jannik]] <[[E|j.brueggemann@weserau.de]]>
Cc: [[P|Meyerhoff, Swantje]]
Betreff: RE: Unterlagen für die Entgeltabrechnung / documentos para la nómina

Hola Herr [[P|Brüggemann]],

vielen Dank für Ihre Liste! Hier meine Angaben, ich hoffe, es ist alles richtig:

- Name: [[P|Lucía Fernández Ortega]]. [[P|Fernández]] ist mein erster Nachname (vom Vater), [[P|Ortega]] der zweite (von der Mutter). Bitte nicht „[[P|Ortega]]“ als Nachnamen und „[[P|Fernández]]“ als zweiten Vornamen eintragen, das ist bei meinem letzten Arbeitgeber in München passiert :-)
- Geburtsdatum: [[DOB|9 de agosto de 1990]] ([[DOB|09.08.1990]])
- DNI: [[IDC|{lf_dni}]]
- Número de la Seguridad Social: [[SSN|{lf_nss[:2]}/{lf_nss[2:10]}/{lf_nss[10:]}]]
- Steuer-ID: [[TID|{sp_tid(lf_tid)}]] (kam letzte Woche vom Bundeszentralamt)
- Krankenkasse: Techniker Krankenkasse, Versichertennummer [[KV|{lf_kv}]]
- Rentenversicherungsnummer: noch nicht, der Sozialversicherungsausweis ist beantragt
- Konto vorerst noch in Spanien: [[IBAN|{sp_iban(lf_iban)}]] (CaixaBank). Ab Mai habe ich ein deutsches Konto.
- Anschrift: zur Untermiete bei Familie [[P|Brinkmann]], [[A|Am Deich 12]], [[A|31604 Weserau]]
- Handy: [[T|+34 612 48 93 07]] (die spanische Nummer behalte ich)

Un saludo y hasta el 1 de abril!
[[P|Lucía]]

Am 20.03.2026 um 09:31 schrieb [[P|Brüggemann, Jannik]] <[[E|j.brueggemann@weserau.de]]>:
> Sehr geehrte Frau [[P|Fernández Ortega]],
> für Ihre Anmeldung zur Entgeltabrechnung benötige ich noch Steuer-ID, Krankenkasse, Bankverbindung und Ihre Anschrift in Weserau.
> Mit freundlichen Grüßen
> [[P|Jannik Brüggemann]]
""")

# ---------------------------------------------------------------------------------------------------------------
# Checks and output
# ---------------------------------------------------------------------------------------------------------------
VALIDATORS = {
    "tid": tax_id_ok, "rv": rvnr_ok, "kv": kvnr_ok, "iban": iban_ok, "vat": vat_de_ok, "cc": luhn_ok,
    "idc": de_idcard_ok, "dni": dni_ok, "nss": nss_es_ok, "amka": luhn_ok, "afm": afm_ok, "pesel": pesel_ok,
    "plid": pl_idcard_ok, "melli": melli_ok, "aadhaar": verhoeff_ok,
}
for kind, value in CHECKS:
    assert VALIDATORS[kind](value), (kind, value)
assert kz_pesel[:6] == "911103" and int(kz_pesel[9]) % 2 == 0
assert et_amka[:6] == "170587"
# Spanish national account check digits inside the IBAN
assert ccc_dc("00" + lf_iban[4:12]) == int(lf_iban[12]) and ccc_dc(lf_iban[14:]) == int(lf_iban[13])
# Polish bank sort code check digit inside the IBAN
_sc = mkn_iban[4:12]
assert (sum(int(c) * x for c, x in zip(_sc[:7], [3, 9, 7, 1, 3, 9, 7])) + int(_sc[7])) % 10 == 0
assert len(sa_tnr) == 12 and len(dh_tnr13) == 13 and len(av_pass) == 8 and len(sr_pass) == 9
assert len(DOCS) == 30, len(DOCS)

# value (letters and digits only) -> validator, for every identifier with a check digit that appears in a text
IN_TEXT = {_digits(v): VALIDATORS[k] for k, v in CHECKS}

lines = []
for n, (channel, template, marked, flags) in enumerate(DOCS, 1):
    line = build(f"F87-{n:03d}", channel, template, marked, flags)
    # every identifier with a check digit must validate where it sits in the text
    for e in line["entities"]:
        cat, d = e["category"], _digits(e["text"])
        if cat in ("IBAN", "CREDIT_CARD", "HEALTH_INSURANCE", "VAT_ID", "SOCIAL_SECURITY", "ID_CARD"):
            assert d in IN_TEXT, (cat, e["text"])
            assert IN_TEXT[d](d), (cat, e["text"])
        elif cat == "TAX_ID" and d.isdigit():
            assert IN_TEXT[d](d), e["text"]
    lines.append(json.dumps(line, ensure_ascii=False))

with open(os.path.join(HERE, "fresh87.jsonl"), "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(lines) + "\n")
print(f"wrote {len(lines)} documents to fresh87.jsonl")
