#!/usr/bin/env python3
"""Batch 86 of blind test documents: invented correspondence of the (invented) Landkreis Hunsrück-Mosel
(Gesundheitsamt, Sozialpsychiatrischer Dienst, Betreuungsbehörde). Deterministic: seed 8686, no network, no clock.

Writes fresh86.jsonl next to this file. Texts carry inline marks [[CAT|text]]; marks.build() computes offsets.
Every identifier with a check digit is generated here and asserted valid by an independent validator below.
"""
import json
import os
import sys
from datetime import date

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # marks.py and identifiers.py sit beside this file
from marks import build  # noqa: E402
from identifiers import Identifiers, mod97_iban, mod11_10_check, luhn_check, icao_check, digit_sum  # noqa: E402

SEED = 8686
ID = Identifiers(SEED)
R = ID.rng  # one random stream for everything

# ---------------------------------------------------------------- validators (independent of the generators)
ICAO = "CFGHJKLMNPRTVWXYZ0123456789"


def iban_ok(v):
    v = v.replace(" ", "").upper()
    s = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def kv_ok(v):
    v = v.replace(" ", "")
    assert len(v) == 10 and v[0].isalpha() and v[1:].isdigit(), v
    code = ord(v[0]) - 64
    vals = [code // 10, code % 10] + [int(c) for c in v[1:9]]
    s = sum(digit_sum(x * (1 if i % 2 == 0 else 2)) for i, x in enumerate(vals))
    return s % 10 == int(v[9])


RV_W = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]


def rv_check(head8, letter, serial2):
    code = ord(letter) - 64
    vals = [int(c) for c in head8] + [code // 10, code % 10] + [int(c) for c in serial2]
    return sum(digit_sum(v * w) for v, w in zip(vals, RV_W)) % 10


def rv_ok(v):
    v = v.replace(" ", "").replace("-", "")
    assert len(v) == 12 and v[8].isalpha(), v
    return rv_check(v[:8], v[8], v[9:11]) == int(v[11])


def taxid_ok(v):
    v = v.replace(" ", "").replace("/", "")
    if len(v) != 11 or v[0] == "0":
        return False
    counts = [v[:10].count(d) for d in "0123456789"]
    if max(counts) > 3 or sum(1 for c in counts if c >= 2) != 1:
        return False
    return mod11_10_check(v[:10]) == int(v[10])


def vat_ok(v):
    v = v.replace(" ", "")
    return v.startswith("DE") and len(v) == 11 and mod11_10_check(v[2:10]) == int(v[10])


def idcard_ok(v, first):
    v = v.replace(" ", "")
    if v[0] not in first or any(c not in ICAO for c in v[:9]):
        return False
    return len(v) == 9 or (len(v) == 10 and icao_check(v[:9]) == int(v[9]))


def luhn_ok(v):
    v = v.replace(" ", "").replace("-", "")
    return luhn_check(v[:-1]) == int(v[-1])


def cnp_ok(v):  # Romania, Cod Numeric Personal
    w = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]
    c = sum(int(a) * b for a, b in zip(v[:12], w)) % 11
    return len(v) == 13 and (1 if c == 10 else c) == int(v[12])


def idnp_ok(v):  # Moldova, IDNP: weights 7,3,1 over 12 digits, mod 10
    w = [7, 3, 1] * 4
    return len(v) == 13 and sum(int(a) * b for a, b in zip(v[:12], w)) % 10 == int(v[12])


def rnokpp_ok(v):  # Ukraine, RNOKPP (individual tax number)
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return len(v) == 10 and sum(int(a) * b for a, b in zip(v[:9], w)) % 11 % 10 == int(v[9])


def atsv_ok(v):  # Austria, Sozialversicherungsnummer NNNC DDMMYY
    v = v.replace(" ", "")
    w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
    s = sum(int(a) * b for a, b in zip(v, w)) % 11
    return len(v) == 10 and s != 10 and s == int(v[3])


def pesel_ok(v):  # Poland
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(v) == 11 and (10 - sum(int(a) * b for a, b in zip(v[:10], w)) % 10) % 10 == int(v[10])


# ---------------------------------------------------------------- generators (asserted)
def kv():
    v = ID.health_insurance()
    assert kv_ok(v), v
    return v


def rvnr(ddmmyy, letter, female):
    area = R.choice(["12", "13", "15", "16", "17", "18", "23", "24", "25", "28", "38", "40"])
    serial = f"{R.randint(50, 99) if female else R.randint(0, 49):02d}"
    head = area + ddmmyy
    v = f"{head}{letter}{serial}{rv_check(head, letter, serial)}"
    assert rv_ok(v), v
    return v


def tax_id():
    v = ID.tax_id()
    assert taxid_ok(v), v
    return v


def vat():
    v = ID.vat_id()
    assert vat_ok(v), v
    return v


def iban_de():
    v = ID.iban_de()
    assert iban_ok(v), v
    return v


def iban_ro():
    bank = R.choice(["BTRL", "RNCB", "BRDE", "INGB", "CECE"])
    v = mod97_iban("RO", bank + "RONCRT" + ID.digits(10))
    assert len(v) == 24 and iban_ok(v), v
    return v


def iban_md():
    v = mod97_iban("MD", "AG" + ID.digits(18))
    assert len(v) == 24 and iban_ok(v), v
    return v


def iban_ua():
    v = mod97_iban("UA", R.choice(["305299", "322001", "300346"]) + "00000" + ID.digits(14))
    assert len(v) == 29 and iban_ok(v), v
    return v


def id_card(check=False):
    v = ID.id_card(check)
    assert idcard_ok(v, "LMNPRTVWXY"), v
    return v


def passport_de(check=False):
    v = ID.passport(check)
    assert idcard_ok(v, "CFGHJK"), v
    return v


def credit_card(prefix):
    v = ID.credit_card(prefix, 16)
    assert luhn_ok(v), v
    return v


def cnp(d, female, county):
    s = ("2" if female else "1") if d.year < 2000 else ("6" if female else "5")
    body = f"{s}{d:%y%m%d}{county:02d}{R.randint(1, 999):03d}"
    w = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]
    c = sum(int(a) * b for a, b in zip(body, w)) % 11
    v = body + str(1 if c == 10 else c)
    assert cnp_ok(v), v
    return v


def idnp():
    body = "2" + R.choice(["002", "003", "004", "008"]) + ID.digits(8)
    w = [7, 3, 1] * 4
    v = body + str(sum(int(a) * b for a, b in zip(body, w)) % 10)
    assert idnp_ok(v), v
    return v


def rnokpp(d, female):
    days = (d - date(1899, 12, 31)).days
    serial = ID.digits(3) + str(R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    body = f"{days:05d}{serial}"
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    v = body + str(sum(int(a) * b for a, b in zip(body, w)) % 11 % 10)
    assert rnokpp_ok(v), v
    return v


def at_svnr(d):
    w = [3, 7, 9, 5, 8, 4, 2, 1, 6]
    while True:
        serial = str(R.randint(100, 999))
        rest = f"{d:%d%m%y}"
        s = sum(int(a) * b for a, b in zip(serial + rest, w)) % 11
        if s != 10:
            v = f"{serial}{s} {rest}"
            assert atsv_ok(v), v
            return v


def pesel(d, female):
    month = d.month + (20 if d.year >= 2000 else 0)
    body = f"{d:%y}{month:02d}{d:%d}{ID.digits(3)}{R.choice('02468' if female else '13579')}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    v = body + str((10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10)
    assert pesel_ok(v), v
    return v


def grp(v, *sizes, sep=" "):
    out, i = [], 0
    for s in sizes:
        out.append(v[i:i + s])
        i += s
    if i < len(v):
        out.append(v[i:])
    return sep.join(out)


def g4(v):
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))


# ---------------------------------------------------------------- the authority (not personal data)
AMT = "Kreisverwaltung Hunsrück-Mosel"
GA_ADR = "Koblenzer Tor 3 · 56290 Kastelbruck"
ZENTRALE = "06762 9310-0"
FAX = "06762 9310-199"
KASSE_IBAN = g4(iban_de())

DOCS = []


def doc(channel, template, flags):
    def deco(fn):
        DOCS.append((channel, template, flags, fn))
        return fn
    return deco


# ================================================================ documents
@doc("word", "masernschutz_anhoerung", ["HEALTH"])
def d01():
    return f"""{AMT}
Gesundheitsamt – Sachgebiet Infektionsschutz / Masernschutz
{GA_ADR}

{AMT} · Postfach 1140 · 56288 Kastelbruck

Herrn und Frau
[[P|Benedikt]] und [[P|Katharina Schäfer-Ollig]]
[[A|Hinter der Kirchhecke 12]]
[[A|55487 Wehlbach]]

Unser Zeichen: [[AZ|GA 53-MS 0417/26]]
Auskunft erteilt: [[P|Jonas Wiesemann]], Zimmer 2.14
Telefon: [[T|06762 9310-241]]
Telefax: [[N|{FAX}]]
E-Mail: [[E|jonas.wiesemann@hunsrueck-mosel.de]]
Datum: 12.03.2026

Nachweis über einen ausreichenden Masernschutz für Ihr Kind [[P|Lotta Schäfer-Ollig]], geb. [[DOB|23.08.2021]]
Anhörung nach § 28 Verwaltungsverfahrensgesetz

Sehr geehrte Frau [[P|Schäfer-Ollig]], sehr geehrter Herr [[P|Schäfer-Ollig]],

die Kindertagesstätte „Regenbogen“ in Wehlbach hat uns am 2. Februar 2026 nach § 20 Abs. 9 Satz 4 Infektionsschutzgesetz (IfSG) mitgeteilt, dass für Ihre Tochter [[P|Lotta]] bis heute kein Nachweis über einen ausreichenden Impfschutz gegen Masern, über eine Immunität gegen Masern oder über eine medizinische Kontraindikation vorliegt.

Wir bitten Sie daher, uns bis zum 10.04.2026 einen der folgenden Nachweise vorzulegen:
- den Impfausweis oder eine ärztliche Bescheinigung über zwei Masernimpfungen,
- ein ärztliches Zeugnis über eine bestehende Immunität (Titerbestimmung),
- ein ärztliches Zeugnis darüber, dass [[P|Lotta]] aufgrund einer medizinischen Kontraindikation nicht geimpft werden kann.

Sie können die Unterlagen auch eingescannt per E-Mail an [[N|masernschutz@hunsrueck-mosel.de]] senden. Bitte geben Sie dabei immer das oben genannte Zeichen an.

Wird kein Nachweis vorgelegt, prüfen wir ein Betretungsverbot nach § 20 Abs. 12 Satz 3 IfSG sowie die Einleitung eines Bußgeldverfahrens nach § 73 Abs. 1a Nr. 7d IfSG (Geldbuße bis 2.500 Euro). Bevor wir entscheiden, geben wir Ihnen Gelegenheit, sich bis zum genannten Termin schriftlich oder mündlich zu äußern.

Für ein Beratungsgespräch zur Impfung erreichen Sie die Impfberatung montags bis donnerstags über die Zentrale unter [[N|{ZENTRALE}]].

Mit freundlichen Grüßen
Im Auftrag

[[P|Jonas Wiesemann]]
Sachbearbeiter Masernschutz

Bankverbindung Kreiskasse: Kreissparkasse Hunsrück-Mosel, IBAN [[N|{KASSE_IBAN}]]"""


@doc("outlook", "masernschutz_attest", ["HEALTH"])
def d02():
    return """Betreff: WG: masern nachweis [[P|mats]]

Hi [[P|Jonas]],

kannst du dir das bitte anschauen? Das Attest hängt als PDF an, die Kinderärztin sitzt in Traben-Trarbach. Akte habe ich unter [[AZ|GA 53-MS 0388/26]] angelegt, die neue Anschrift ist im Fachverfahren noch nicht geändert.

Gruß
[[P|Svenja]]

-----Ursprüngliche Nachricht-----
Von: [[P|nadine fink]] <[[E|nadine.fink87@gmx.de]]>
Gesendet: Sonntag, 15. März 2026 22:13
An: Masernschutz <[[N|masernschutz@hunsrueck-mosel.de]]>
Betreff: masern nachweis [[P|mats]]

hallo,

ich hab den brief bekommen wegen [[P|mats]] (geb [[DOB|04.11.2020]]). er kann nicht geimpft werden, er hatte nach der ersten impfung 2021 einen fieberkrampf und ist seitdem bei dr. [[P|yilmaz-berger]] in behandlung wegen epilepsie, er bekommt levetiracetam. die ärztin hat ein attest geschrieben, das hänge ich an. er geht in die kita sonnenschein, gruppe igel.

wir wohnen übrigens nicht mehr in der ringmauer sondern [[A|auf dem kellerberg 21]] in [[A|56858 altstrimmig]], bitte die post dahin schicken.

meine handynr ist [[T|0176 38 42 91 07]] falls was ist, mein mann [[P|jens]] ist unter [[T|0151-2294 7781]] erreichbar (der ist aber auf montage).

lg [[P|nadine fink]]"""


@doc("word", "seu_ergebnis", ["HEALTH"])
def d03():
    k = kv()
    return f"""{AMT} – Gesundheitsamt
Kinder- und Jugendärztlicher Dienst
{GA_ADR}

Frau
[[P|Oksana Melnyk]]
[[A|Zum Sauerbrunnen 8]]
[[A|56841 Traben-Trarbach]]

Vorgangs-Nr.: [[AZ|SEU-26-01187]]
Datum: 18.03.2026

Schuleingangsuntersuchung 2026 – Mitteilung der Ergebnisse
Kind: [[P|Bohdan Melnyk]], geboren am [[DOB|17. Januar 2020]]
Schule: Grundschule an der Moselbrücke, Traben-Trarbach
Krankenkasse: AOK Rheinland-Pfalz/Saarland, Versichertennummer [[KV|{grp(k, 1, 3, 3, 3)}]]

Sehr geehrte Frau [[P|Melnyk]],

am 5. März 2026 haben wir Ihren Sohn [[P|Bohdan]] im Gesundheitsamt untersucht. Gedolmetscht hat Frau [[P|Iryna Hnatiuk]]. Hier die Ergebnisse im Überblick:

Sehen: rechts 0,5, links 0,8 – bitte stellen Sie [[P|Bohdan]] in den nächsten Wochen bei einer Augenärztin oder einem Augenarzt vor.
Hören: unauffällig.
Sprache: [[P|Bohdan]] spricht seit knapp zwei Jahren Deutsch. Im Ukrainischen ist seine Sprache altersgerecht, im Deutschen bestehen noch Lücken im Wortschatz. Wir empfehlen die Teilnahme am Vorkurs Deutsch der Schule.
Motorik und Wahrnehmung: altersgerecht.
Gewicht und Größe: 21,4 kg bei 117 cm (im Normbereich).
Impfungen: laut übersetztem Impfausweis zwei Masernimpfungen (2021 und 2023). Es fehlen die vierte Impfung gegen Keuchhusten, Diphtherie und Tetanus sowie die Impfung gegen Windpocken. Bitte lassen Sie die Impfungen bei Ihrer Kinderärztin nachholen.

Aus ärztlicher Sicht bestehen keine Bedenken gegen die Einschulung zum Schuljahr 2026/27. Mit Ihrem Einverständnis informieren wir die Schule nur über die Empfehlung zum Sprachkurs, nicht über die übrigen Befunde.

Bei Fragen erreichen Sie uns über die Zentrale ([[N|{ZENTRALE}]]) oder per E-Mail an [[N|seu@hunsrueck-mosel.de]].

Mit freundlichen Grüßen

Dr. med. [[P|Ferdinand Pützborn]]
Arzt im Kinder- und Jugendärztlichen Dienst

i. A. [[P|Svenja Kullmann]], Sozialmedizinische Assistentin"""


@doc("word", "seu_terminliste", ["HEALTH"])
def d04():
    rows = [
        ("Al-Masri", "Jana", "14.09.2019", "Rasha Al-Masri", "0157 8830 4412", "Dolmetscher Arabisch bestellt"),
        ("Bollig", "Emil", "02.02.2020", "Verena Bollig", "06763 48 71 09", ""),
        ("Ceban", "Daria", "30.06.2020", "Tatiana Ceban", "+373 691 47 825", "Mutter z. Zt. in Chișinău, Vater bringt Kind"),
        ("Reimer", "Elias", "11.12.2019", "Viktor Reimer", "0160/97 33 218", "Frühgeburt 31. SSW, Befunde SPZ mitbringen"),
        ("Frühling", "Paul", "19.08.2020", "Sabine Frühling", "0171 4476 201", "Hörgerät links seit 2024"),
        ("Moretti", "Giulia", "25.03.2020", "Davide Moretti", "0152 29081736", "Geschwisterkind Luca 2024 untersucht"),
        ("Thelen", "Noah", "03.10.2019", "Anke Thelen-Barz", "06761 90 22 58", "Rückstellung 2025, Wiedervorstellung"),
    ]
    lines = ["Nr.\tName\tVorname\tGeb.-Datum\tKVNR\tTelefon Eltern\tBemerkung"]
    for i, (n, v, g, s, t, b) in enumerate(rows, 1):
        b = b.replace("Luca", "[[P|Luca]]")
        k = kv()
        k = k if i % 3 else f"{k[0]} {k[1:5]} {k[5:9]} {k[9]}"
        lines.append(f"{i}\t[[P|{n}]]\t[[P|{v}]]\t[[DOB|{g}]]\t[[KV|{k}]]\t[[T|{t}]]\t{b}")
    table = "\n".join(lines)
    return f"""Gesundheitsamt Hunsrück-Mosel – Kinder- und Jugendärztlicher Dienst
Terminliste Schuleingangsuntersuchung – Grundschule Kastelbruck-Süd
Untersuchungstag: Dienstag, 21. April 2026, Untersuchungsraum 1.07, ab 8:00 Uhr im 30-Minuten-Takt
Ärztin: [[P|Dr. Marlene Hergenröther]] · Assistenz: [[P|Svenja Kullmann]]

{table}

Hinweise:
- Eltern bringen Impfausweis, Vorsorgeheft (gelbes Heft) und ggf. Brille mit.
- Bei [[P|Elias]] bitte den Arztbrief des Sozialpädiatrischen Zentrums anfordern, falls die Mutter ihn nicht dabei hat.
- [[P|Giulia Moretti]]: Familie spricht gut Deutsch, kein Dolmetscher nötig.
- Ausfalltermin: 28.04.2026. Absagen bitte direkt an [[N|seu@hunsrueck-mosel.de]] oder [[N|{ZENTRALE}]].

Stand: 30.03.2026 / [[P|S. Kullmann]]"""


@doc("outlook", "impfausweis_uebersetzung", ["HEALTH"])
def d05():
    sofiia, maksym = date(2019, 6, 9), date(2021, 2, 28)
    r1, r2 = rnokpp(sofiia, True), rnokpp(maksym, False)
    pas = "FX" + ID.digits(6)
    return f"""Von: [[P|Olena Tkachuk]] <[[E|olena.tkachuk.ua@ukr.net]]>
An: [[E|svenja.kullmann@hunsrueck-mosel.de]]
Betreff: Impfpass Übersetzung für [[P|Sofiia]] und [[P|Maksym]]

Guten Tag Frau [[P|Kullmann]],

wie besprochen am Telefon schicke ich die Übersetzung von Impfkarte für meine Kinder. Die Übersetzung hat Frau [[P|Halyna Prokopenko]] gemacht, sie ist vereidigte Übersetzerin in Koblenz. Original zeige ich bei Termin.

Daten aus der Übersetzung:

1) [[P|Tkachuk Sofiia Dmytrivna]] ([[P|Ткачук Софія Дмитрівна]])
Geburtsdatum: [[DOB|09.06.2019]]
RNOKPP (Steuernummer in Ukraine): [[TID|{r1}]]
Masern-Mumps-Röteln: 12.07.2020 und 15.06.2025
BCG: im Geburtshaus in Charkiw

2) [[P|Tkachuk Maksym Dmytrovych]]
Geburtsdatum: [[DOB|28.02.2021]]
RNOKPP: [[TID|{r2}]]
Masern-Mumps-Röteln: 03.03.2022, zweite Impfung fehlt (Krieg, Ärztin nicht mehr da)

Für [[P|Maksym]] brauchen wir bitte Termin für zweite Impfung, wo kann ich das machen? Er hat auch Asthma, bekommt Spray von Dr. [[P|Lehnert]], ist das Problem für Impfung?

Wir wohnen jetzt nicht mehr in Gemeinschaftsunterkunft, neue Adresse: [[A|Moselweinstraße 141]] (2. OG), [[A|54470 Bernkastel-Kues]].
Mein Pass Nummer ist [[PASS|{pas}]], falls Sie brauchen für Akte.

Telefon Deutschland: [[T|0157 3391 4826]]
Ukraine (Viber, WhatsApp): [[T|+380 67 412 58 30]]

Vielen Dank und schönen Tag
[[P|Olena Tkachuk]]"""


@doc("word", "belehrung_43_liste", [])
def d06():
    rows = [
        ("Kaspari, Hannah", "16.05.2005", "Winzerhof [[P|Kaspari]], Ürzig", id_card(True), "PA"),
        ("Lautwein, Marco", "02.11.1998", "Bäckerei [[P|Lautwein]] e. K.", id_card(False), "PA"),
        ("Cojocaru, Andreea-Ioana", "21.07.2001", "Hotel Moselpracht GmbH", "SV " + ID.digits(6), "CI (RO)"),
        ("Hamwi, Yousef", "09.01.1996", "Imbiss am Bahnhof, Inh. [[P|Ahmad Hamwi]]", id_card(True), "eAT"),
        ("Thönnes, Lea", "30.08.2009", "Metzgerei [[P|Thönnes]] (Praktikum)", id_card(False), "PA"),
        ("Bivol, Ion", "12.12.1987", "Seniorenresidenz Mosellandhaus, Küche", ID.rng.choice("ABC") + ID.digits(8), "Pass (MD)"),
        ("Franzmann-Eich, Birgit", "27.04.1971", "Kita St. Martin, Küche", passport_de(True), "RP"),
    ]
    out = ["| Nr. | Name, Vorname | Geburtsdatum | Betrieb / Einsatzort | Ausweis-Nr. | Dokument | Bescheinigung |",
           "|---|---|---|---|---|---|---|"]
    certs = []
    for i, (name, dob, firm, doc_no, kind) in enumerate(rows, 1):
        cert = f"B43-2026-{3100 + i * 7:05d}"
        certs.append(cert)
        cat = "PASS" if kind in ("Pass (MD)", "RP") else "IDC"
        out.append(f"| {i} | [[P|{name}]] | [[DOB|{dob}]] | {firm} | [[{cat}|{doc_no}]] | {kind} | [[AZ|{cert}]] |")
    table = "\n".join(out)
    cc = credit_card("5")
    return f"""Gesundheitsamt Hunsrück-Mosel – Sachgebiet Hygiene
Teilnehmerliste Erstbelehrung nach § 43 Abs. 1 IfSG
Termin: Mittwoch, 11.03.2026, 14:00 Uhr, Sitzungssaal Kreishaus (EG)
Belehrende Person: [[P|Marion Schnorbach]], Hygienekontrolleurin
Sprache der Belehrung: Deutsch, Videoeinspielung Rumänisch und Arabisch

{table}

Gebühr je Teilnehmer: 25,00 EUR (Ziffer 4.3 Gebührenverzeichnis). Bezahlt bar bzw. mit Girocard, außer Nr. 3.
Nachtrag Kasse: Die Kartenzahlung von Frau [[P|Cojocaru]] (Mastercard [[CC|{grp(cc, 4, 4, 4, 4)}]]) wurde abgelehnt; sie zahlt bis 25.03.2026 auf das Konto der Kreiskasse. Bescheinigung [[AZ|{certs[2]}]] wird erst danach ausgehändigt.
Frau [[P|Thönnes]] ist minderjährig – Einverständnis der Mutter, [[P|Petra Thönnes]], liegt vor.

Die Bescheinigungen wurden am Ende des Termins ausgehändigt und die Belehrung mündlich und schriftlich durchgeführt. Keine Teilnehmerin und kein Teilnehmer hat Tatsachen für ein Tätigkeitsverbot angegeben.

Kastelbruck, 11.03.2026
[[P|M. Schnorbach]]"""


@doc("outlook", "noro_ausbruch_heim", ["HEALTH"])
def d07():
    res = [
        ("Hermes", "Gertrud", "14.02.1936", "104", "08.03., 22 Uhr", "Erbrechen, Durchfall"),
        ("Zenz", "Walter", "01.09.1941", "107", "09.03., 03 Uhr", "Durchfall, Fieber 38,4"),
        ("Mallmann", "Elfriede", "23.06.1933", "112", "09.03., 06 Uhr", "Erbrechen; Krankenhaus Zell seit 10.03."),
        ("Ternes", "Hildegard", "05.12.1939", "115", "09.03., 11 Uhr", "Durchfall"),
        ("Schwab-Kiefer", "Reinhold", "19.04.1944", "203", "10.03., 01 Uhr", "Erbrechen, exsikkiert, Infusion"),
    ]
    lines = ["Name;Vorname;Geburtsdatum;Zimmer;Beginn;Symptome"]
    for n, v, g, z, b, s in res:
        lines.append(f"[[P|{n}]];[[P|{v}]];[[DOB|{g}]];{z};{b};{s}")
    csv = "\n".join(lines)
    return f"""Von: [[P|Cornelia Rittgen]] <[[E|c.rittgen@mosellandhaus-zell.de]]>
Gesendet: Dienstag, 10. März 2026 09:41
An: Infektionsschutz <[[N|infektionsschutz@hunsrueck-mosel.de]]>
Cc: [[P|Frank Oster]] <[[E|f.oster@mosellandhaus-zell.de]]>
Betreff: Meldung Häufung Gastroenteritis Wohnbereich 1 – Seniorenresidenz Mosellandhaus

Sehr geehrte Damen und Herren,

hiermit melden wir nach § 6 Abs. 3 IfSG eine Häufung von Magen-Darm-Erkrankungen im Wohnbereich 1 (Erdgeschoss) unserer Einrichtung. Seit Sonntagabend sind fünf Bewohnerinnen und Bewohner sowie zwei Mitarbeiterinnen erkrankt. Der Hausarzt, Herr [[P|Dr. Stefan Irsch]], hat gestern bei Frau [[P|Mallmann]] und Herrn [[P|Zenz]] Stuhlproben genommen, Ergebnis steht aus. Wir gehen von Noroviren aus.

Betroffene Bewohner (Export aus unserer Pflegedokumentation):

{csv}

Erkrankte Mitarbeiterinnen (beide Pflegehilfskräfte, seit 09.03. zu Hause):
- [[P|Mihaela Rusu]], Wohnbereich 1, Frühdienst
- [[P|Larisa Munteanu]], Wohnbereich 1 und 2, Nachtdienst

Maßnahmen seit gestern: Wohnbereich 1 für Besucher geschlossen, Mahlzeiten auf den Zimmern, Flächendesinfektion mit viruzidem Mittel, Kohortenpflege. Die Angehörigen sind informiert, Frau [[P|Mallmanns]] Sohn hat sich beschwert, weil er seine Mutter nicht besuchen durfte – bitte nicht wundern, falls er bei Ihnen anruft.

Für Rückfragen bin ich heute bis 16 Uhr unter [[T|06542 9618-22]] erreichbar, danach unser Wohnbereichsleiter Herr [[P|Oster]] unter [[T|0170 5528 913]].

Mit freundlichen Grüßen

[[P|Cornelia Rittgen]]
Pflegedienstleitung
Seniorenresidenz Mosellandhaus"""


@doc("word", "tb_umgebungsuntersuchung", ["HEALTH", "ETHNICITY", "RELIGION"])
def d08():
    return """Aktenvermerk – Umgebungsuntersuchung offene Lungentuberkulose
Az.: [[AZ|GA 32-TB 006/26]]
Verfasser: [[P|Bastian Heidweiler]], Infektionsschutz
Datum: 16.03.2026

Indexfall: [[P|Khalil Murad]], geb. [[DOB|03.05.1984]], wohnhaft [[A|Lützelbachweg 6a]], [[A|55481 Kirchberg (Hunsrück)]]
Diagnose: kulturell gesicherte offene Lungentuberkulose (Meldung Labor vom 12.03.2026), stationär im Klinikum Idar-Oberstein seit 13.03.2026, Isolierzimmer. Behandelnde Ärztin: [[P|Dr. Anneliese Woog]], Pneumologie.

Gespräch am 14.03.2026 im Klinikum mit dem Indexpatienten, Dolmetscher für Kurmandschi: Herr [[P|Dilshad Omar]] (Sprachmittlerpool des Kreises, Tel. [[T|0176 61 02 77 45]]).
Die Familie ist kurdisch-jesidisch und kam 2017 aus dem Nordirak über Syrien nach Deutschland. Herr [[P|Murad]] lebte bis 2021 in einer Gemeinschaftsunterkunft in Trier.

Enge Kontaktpersonen (Haushalt, > 8 Stunden kumulativ):
1. [[P|Nadia Murad]] (Ehefrau), geb. [[DOB|22.10.1988]] – schwanger, 24. SSW; IGRA-Test und Aufklärung über Röntgen nach Rücksprache mit Gynäkologin
2. [[P|Shirin Murad]], geb. [[DOB|11.07.2014]] – Schülerin IGS Kirchberg, Klasse 6b
3. [[P|Azad Murad]], geb. [[DOB|28.01.2018]] – Grundschule Kirchberg
4. [[P|Layla Murad]], geb. [[DOB|05.09.2023]] – zu Hause; Chemoprävention prüfen (unter 5 Jahre)
5. [[P|Hadiya Qasim]] (Schwiegermutter), geb. [[DOB|01.01.1957]] – Diabetes, lebt seit Januar im Haushalt

Weitere Kontakte: Arbeitsplatz Kfz-Werkstatt [[P|Aksoy]] & Sohn, Kirchberg (drei Kollegen, gemeinsamer Pausenraum). Inhaber Herr [[P|Cengiz Aksoy]], erreichbar unter [[T|06763 30 41 86]], hat die Namensliste zugesagt. Moschee- oder Gemeindebesuche: keine; nach Angaben des Patienten gelegentlich Treffen im jesidischen Kulturverein in Idar-Oberstein (Kontakte werden erfragt).

Veranlasst:
- Einladung der Haushaltskontakte zum IGRA am 19.03.2026 im Gesundheitsamt, Einladung per Telefon über Frau [[P|Murad]] ([[T|0152 0447 1893]]).
- Information der Schulen ohne Namensnennung der Diagnose des Vaters.
- Wiedervorlage 8 Wochen nach letztem Kontakt.

[[P|B. Heidweiler]]"""


@doc("word", "trinkwasser_anordnung", ["HEALTH"])
def d09():
    kz = f"7.3120.{ID.digits(6)}.{ID.digits(1)}"
    return f"""{AMT}
Gesundheitsamt – Trinkwasserüberwachung
{GA_ADR}

Gegen Postzustellungsurkunde
Herrn
[[P|Gregor Lieser]]
[[A|Brunnenstraße 40]]
[[A|56253 Treis-Karden]]

Kassenzeichen: [[AZ|{kz}]]
Sachbearbeitung: [[P|Marion Schnorbach]], Tel. [[T|06762 9310-263]]
Datum: 20.03.2026

Trinkwasserinstallation im Mehrfamilienhaus [[A|Auf der Burg 7]], [[A|56814 Moselkern]] (Flur 3, Flurstück 112/4)
Anordnung nach § 61 Trinkwasserverordnung (TrinkwV)

Sehr geehrter Herr [[P|Lieser]],

bei der Untersuchung des Trinkwassers in Ihrem Mehrfamilienhaus am 26.02.2026 wurde der technische Maßnahmenwert für Legionellen (100 KBE/100 ml) deutlich überschritten: Probe Steigstrang 2, 3. OG: 4.300 KBE/100 ml (Legionella pneumophila Serogruppe 1). Als Betreiber der Wasserversorgungsanlage ordne ich deshalb an:

1. Sie lassen bis zum 10.04.2026 durch ein fachkundiges Unternehmen eine Gefährdungsanalyse nach § 51 TrinkwV erstellen und legen sie dem Gesundheitsamt vor.
2. Sie informieren alle Mieterinnen und Mieter bis zum 24.03.2026 schriftlich über das Ergebnis und über das Duschverbot bis zur Sanierung.
3. Sie lassen nach Abschluss der Maßnahmen eine Nachuntersuchung durchführen.

Begründung: Eine Mieterin des Hauses, Frau [[P|Renate Kirchberg]], wurde am 14.02.2026 mit einer Lungenentzündung stationär aufgenommen; im Urin wurde Legionellen-Antigen nachgewiesen. Die Erkrankung wurde uns nach § 7 IfSG gemeldet. Frau [[P|Kirchberg]] hat der Weitergabe dieser Information an Sie zugestimmt, damit die Ursache beseitigt werden kann. Weitere Erkrankungen sind nicht bekannt.

Die sofortige Vollziehung wird angeordnet (§ 80 Abs. 2 Nr. 4 VwGO), da von der Anlage eine Gefahr für die Gesundheit der Bewohner ausgeht.

Gebühr: Für diese Anordnung wird eine Verwaltungsgebühr von 184,50 EUR festgesetzt. Bitte überweisen Sie den Betrag unter Angabe des Kassenzeichens bis zum 30.04.2026 auf das Konto der Kreiskasse, IBAN [[N|{KASSE_IBAN}]].

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der {AMT}, Schlossplatz 1, 56290 Kastelbruck, erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Marion Schnorbach]]"""


@doc("outlook", "trinkwasser_hausbrunnen", [])
def d10():
    v = vat()
    stnr = f"{R.choice(['40', '41', '43'])}/{ID.digits(3)}/{ID.digits(4)} {ID.digits(1)}"
    return f"""Von: Weingut [[P|Ruppenthal]] <[[E|info@weingut-ruppenthal.de]]>
Gesendet: Donnerstag, 5. März 2026 18:02
An: [[N|trinkwasser@hunsrueck-mosel.de]]
Betreff: Jährliche Untersuchung Eigenwasserversorgung Hofgut – Ergebnisse 2026

Sehr geehrte Frau [[P|Schnorbach]],

anbei wie jedes Jahr die Untersuchungsergebnisse unseres Hausbrunnens (Kleinanlage nach § 2 Nr. 2 Buchstabe b TrinkwV, Probenahme 17.02.2026 durch das Labor Dr. [[P|Haag]] & Partner in Wittlich, Prüfbericht 26-0311-TW). Alle Parameter sind eingehalten, Nitrat 31 mg/l, E. coli und Enterokokken 0/100 ml. Die UV-Anlage wurde am 02.02. gewartet.

Die Anlage versorgt unser Wohnhaus, die Ferienwohnung und die Probierstube am Standort [[A|Hofgut Ruppenthal 1]], [[A|54538 Kinderbeuern-Ost]]. Ansprechpartner beim Labor ist Herr [[P|Tobias Rosskopf]] ([[E|t.rosskopf@labor-haag.de]]).

Eine Frage noch: Ab Mai stellen wir eine Saisonkraft aus Polen ein, Frau [[P|Agnieszka Wróbel]], die auch in der Probierstube Speisen ausgibt. Braucht sie dafür eine Belehrung nach § 43 IfSG, und kann sie die auch auf Polnisch bekommen?

Mit freundlichen Grüßen

[[P|Matthias Ruppenthal]]
Weingut & Gästehaus [[P|Ruppenthal]]
Inh. [[P|Matthias Ruppenthal]]
[[A|Hofgut Ruppenthal 1]] · [[A|54538 Kinderbeuern-Ost]]
Tel. [[T|06532 95 48 30]] · mobil [[T|0170 3388 164]]
Steuernummer [[TNR|{stnr}]] · USt-IdNr. [[VAT|{v}]]"""


@doc("word", "spdi_hausbesuch", ["HEALTH", "SEXUAL_ORIENTATION"])
def d11():
    k = kv()
    return f"""Sozialpsychiatrischer Dienst – Außenstelle Zell (Mosel)
Vermerk Hausbesuch
Fall-Nr.: [[AZ|SpDi-2026-0073]]

Klient: [[P|Thorsten Bungert]], geb. [[DOB|09.02.1979]]
Anschrift: [[A|Schieferstollen 9]], [[A|56856 Zell-Merl]]
Krankenversicherung: BARMER, KVNR [[KV|{k}]]
Hausbesuch am: 17.03.2026, 10:30–11:45 Uhr
Teilnehmende: [[P|Anja Dhom]] (SpDi), [[P|Gül Aydemir-Franzen]] (SpDi)

Anlass:
Am 12.03.2026 rief die Nachbarin, Frau [[P|Ilse Hammes]] ([[T|06542 41 73 20]]), bei uns an. Herr [[P|Bungert]] habe nachts laut im Treppenhaus geschrien, er werde „abgehört“, und habe die Außenspiegel ihres Autos ([[KFZ|COC-IH 417]]) abgeschlagen, weil darin Kameras seien. Die Polizei war vor Ort, eine Anzeige wurde nicht erstattet.

Verlauf:
Herr [[P|Bungert]] öffnete nach mehrmaligem Klingeln. Sein Ehemann, Herr [[P|Daniel Bungert-Esch]], war anwesend und hat uns hereingebeten. Die Wohnung ist gepflegt, die Fenster sind mit Alufolie abgeklebt. Herr [[P|Bungert]] berichtet, seit etwa sechs Wochen keine Medikamente mehr zu nehmen (zuletzt Aripiprazol 15 mg), weil sie „vergiftet“ seien. Diagnose laut Entlassbrief der Rhein-Mosel-Fachklinik von 2023: paranoide Schizophrenie (F20.0), zwei stationäre Aufenthalte. Er wirkt angespannt, Gedankengang sprunghaft, keine akute Eigen- oder Fremdgefährdung erkennbar. Er schläft nach Angaben des Ehemannes kaum noch.

Herr [[P|Bungert-Esch]] macht sich große Sorgen und fühlt sich allein gelassen. Er arbeitet im Schichtdienst bei der Verbandsgemeinde und ist unter [[T|0160 9127 4438]] erreichbar.

Vereinbarungen:
- Herr [[P|Bungert]] ist bereit, am 20.03.2026 mit Frau [[P|Dhom]] seinen Psychiater, Herrn [[P|Dr. Rainer Beckers]] in Cochem, aufzusuchen. Termin ist vereinbart.
- Zweiter Hausbesuch am 24.03.2026.
- Frau [[P|Hammes]] wird über den Kontakt nur allgemein informiert (Einverständnis des Klienten liegt nicht vor).
- Bei Zuspitzung: Hinweis auf Krisendienst und auf das Verfahren nach dem Landesgesetz für psychisch kranke Personen (PsychKG).

[[P|A. Dhom]], Dipl.-Sozialarbeiterin"""


@doc("outlook", "betreuung_anregung_klinik", ["HEALTH"])
def d12():
    k = kv()
    rv = rvnr("180338", "B", True)
    return f"""Betreff: WG: Anregung Betreuung – Frau [[P|Anni Bastgen]], geb. [[DOB|18.03.1938]]
Von: [[P|Thorsten Mergen]]
An: [[P|Leonie Bermel]]
Datum: Mo, 9. März 2026, 15:20

Hallo [[P|Leonie]],

bitte übernimm du den Fall, ich bin ab morgen im Urlaub. Sozialbericht ans Amtsgericht Simmern innerhalb von vier Wochen. Der Sohn hat sich bei mir noch nicht gemeldet.

Danke & Gruß
[[P|Thorsten]]

Am 9. März 2026 um 14:05 schrieb [[P|Sabine Lenz-Hoffend]] <[[E|sabine.lenz-hoffend@hunsrueck-klinik.de]]>:

Sehr geehrte Damen und Herren,

wir regen für unsere Patientin

[[P|Anni Bastgen]]
geb. [[DOB|18.03.1938]]
wohnhaft [[A|Alte Poststraße 17]], [[A|55490 Gemünden]]
Krankenkasse: DAK-Gesundheit, Vers.-Nr. [[KV|{k}]]
Rentenversicherungsnummer: [[SSN|{grp(rv, 2, 6, 1, 3)}]]
Fall-Nr. Klinik: [[AZ|2026034417]]

die Einrichtung einer rechtlichen Betreuung an (Aufgabenkreise Gesundheitssorge, Aufenthaltsbestimmung, Vermögenssorge, Behördenangelegenheiten).

Frau [[P|Bastgen]] wurde am 27.02.2026 nach einem Sturz mit Oberschenkelhalsfraktur aufgenommen. Es besteht eine fortgeschrittene Demenz vom Alzheimer-Typ (MMST 12/30), sie ist zeitlich und örtlich nicht orientiert. Eine Vorsorgevollmacht existiert nicht. Die Rückkehr in die eigene Wohnung ist nach Einschätzung des Stationsarztes, Herrn [[P|Dr. Jan-Philipp Rauen]], ausgeschlossen; ein Kurzzeitpflegeplatz im Haus St. Josef ist ab 20.03. angefragt.

Angehörige:
- Sohn [[P|Markus Bastgen]], [[A|Calle del Mar 14]], [[A|03730 Jávea]] (Spanien), Tel. [[T|+34 611 482 903]] – kann sich nach eigenen Angaben nicht kümmern.
- Nichte [[P|Petra Weirich]], [[T|06761 88 20 35]], besucht regelmäßig, möchte aber keine Betreuung übernehmen.

Hausarzt: [[P|Dr. Karl-Heinz Lorig]], Gemünden.

Für Rückfragen erreichen Sie mich unter [[T|06761 81-3342]].

Mit freundlichen Grüßen
[[P|Sabine Lenz-Hoffend]]
Sozialdienst, Hunsrück Klinik"""


@doc("word", "sozialbericht_betreuungsgericht", ["HEALTH", "RELIGION"])
def d13():
    rv = rvnr("050746", "K", True)
    tid = tax_id()
    iban = iban_de()
    pa = id_card(False)
    k = kv()
    cc = credit_card("4")
    return f"""{AMT}
Betreuungsbehörde
Schlossplatz 1 · 56290 Kastelbruck

Amtsgericht Simmern
– Betreuungsgericht –
Schloßplatz 1
55469 Simmern

Ihr Az.: [[AZ|6 XVII 143/26]]
Unser Az.: [[AZ|BtB 2026-088]]
Bearbeiterin: [[P|Leonie Bermel]], Tel. [[T|06762 9310-512]], [[E|leonie.bermel@hunsrueck-mosel.de]]
Datum: 31.03.2026

Sozialbericht nach § 12 Betreuungsorganisationsgesetz (BtOG)
Betroffene: Frau [[P|Margarete Kneip]], geb. [[DOB|05.07.1946]]

1. Persönliche Situation
Frau [[P|Kneip]] lebt seit dem 15.01.2026 im Pflegeheim Haus St. Josef; ihre bisherige Wohnung in der [[A|Raiffeisenstraße 3]], [[A|56288 Kastellaun-Leideneck]] ist noch nicht gekündigt. Sie ist verwitwet, Kinder hat sie nicht. Kontakt besteht zu ihrer Schwester, Frau [[P|Hedwig Kneip-Saueressig]] (82), [[A|Kirchgasse 5]], [[A|55471 Tiefenbach]].
Frau [[P|Kneip]] ist praktizierende Katholikin. Sie wünscht ausdrücklich, dass der Pfarrer der Pfarrei St. Hildegard sie weiterhin wöchentlich besucht und ihr die Kommunion bringt.

2. Gesundheitliche Situation (nach ärztlichem Attest vom 02.03.2026, Dr. [[P|Lorig]])
Vaskuläre Demenz mittleren Grades, Zustand nach Schlaganfall 2024, Diabetes mellitus Typ 2, Pflegegrad 4. KVNR [[KV|{k}]].

3. Wirtschaftliche Situation
- Witwenrente und eigene Altersrente der Deutschen Rentenversicherung, Versicherungsnummer [[SSN|{rv}]], zusammen 1.642,18 EUR netto
- Girokonto bei der Volksbank Hunsrück-Nahe, IBAN [[IBAN|{iban}]]
- Steuer-Identifikationsnummer: [[TID|{grp(tid, 2, 3, 3, 3)}]] (Steuererklärung 2024 ist offen)
- Schulden: Kreditkarte Nr. [[CC|{cc}]] mit Rückstand 2.310 EUR, Mahnung der Bank liegt vor
- Pkw VW Polo, Kennzeichen [[KFZ|SIM-MK 46]], steht ungenutzt vor der Wohnung, Versicherung läuft weiter
- Personalausweis [[IDC|{pa}]], gültig bis 2027, befindet sich im Heimtresor

4. Vorschlag zur Betreuerauswahl
Ehrenamtliche Betreuer aus dem Umfeld stehen nicht zur Verfügung. Wir schlagen den Berufsbetreuer Herrn [[P|Rüdiger Kessler]], Betreuungsbüro [[P|Kessler]], [[A|Marktstraße 22]], [[A|56288 Kastellaun]], vor. Er ist registriert und hat freie Kapazitäten. Aufgabenkreise: Gesundheitssorge, Aufenthaltsbestimmung, Vermögenssorge, Vertretung gegenüber Behörden und Heim, Wohnungsangelegenheiten.

5. Erforderlichkeit
Andere Hilfen reichen nicht aus. Frau [[P|Kneip]] kann ihre Angelegenheiten krankheitsbedingt nicht mehr selbst besorgen. Bei der Anhörung im Heim am 24.03.2026 hat sie der Betreuung durch Herrn [[P|Kessler]] nicht widersprochen.

[[P|Leonie Bermel]]
Betreuungsbehörde"""


@doc("outlook", "pflegekraft_rumaenien", ["HEALTH"])
def d14():
    bday = date(1974, 10, 2)
    c = cnp(bday, True, 37)
    ro = iban_ro()
    v = vat()
    stnr = f"{R.choice(['10', '22', '40'])}/{ID.digits(3)}/{ID.digits(5)}"
    return f"""Von: [[P|Sandra Follmann]] <[[E|sandra.follmann@web.de]]>
Gesendet: Freitag, 6. März 2026 07:58
An: Betreuungsbehörde <[[N|betreuungsbehoerde@hunsrueck-mosel.de]]>
Betreff: neue Betreuungskraft bei meinem Vater / Aktenzeichen [[AZ|BtB 2025-311]]

Guten Morgen Herr [[P|Mergen]],

wie am Telefon besprochen die Daten der neuen Betreuungskraft, die seit Montag bei meinem Vater [[P|Heinz Follmann]] in [[A|Im Pfarrgarten 5]], [[A|56865 Blankenrath]] wohnt. Ich bin ja nur für die Gesundheitssorge seine Betreuerin und wollte, dass Sie das für die Akte haben, weil der Pflegedienst fragt, wer im Haus ist.

Name: [[P|Ionela Vasilescu]]
geboren: [[DOB|02.10.1974]] in Vaslui
CNP: [[SSN|{c}]] (steht so in der A1-Bescheinigung der rumänischen Rentenkasse)
Personalausweis RO: [[IDC|VS {ID.digits(6)}]]
Handy: [[T|+40 745 318 062]], deutsche Nummer noch nicht
Auto: rumänisches Kennzeichen [[KFZ|VS 21 NEL]]

Vermittelt hat sie die Agentur „Seniorenhilfe [[P|Lungu]]“, Inhaberin Frau [[P|Daniela Lungu]], [[A|Uferstraße 31]], [[A|56841 Traben-Trarbach]], USt-IdNr. [[VAT|{v}]], Steuernummer [[TNR|{stnr}]]. Frau [[P|Vasilescu]] möchte einen Teil ihres Lohns direkt auf ihr rumänisches Konto haben, IBAN [[IBAN|{ro}]] – geht das überhaupt über die Agentur, oder müssen wir das als Familie machen? Die Vermögenssorge hat ja Herr [[P|Kessler]].

Meinem Vater geht es seit der Umstellung der Parkinson-Medikamente etwas besser, er stürzt nicht mehr so oft, aber nachts ist er oft verwirrt. Frau [[P|Vasilescu]] kommt gut mit ihm zurecht, sie war vorher schon drei Jahre bei einer Familie in Trier.

Viele Grüße
[[P|Sandra Follmann]]
[[T|0175 6620 119]]"""


@doc("outlook", "masernschutz_pflegepersonal", ["HEALTH"])
def d15():
    n1 = idnp()
    at_day = date(1992, 5, 3)
    sv = at_svnr(at_day)
    pl_day = date(2003, 11, 27)
    pl = pesel(pl_day, True)
    return f"""Von: [[P|Kerstin Hommerding]] <[[E|k.hommerding@pflegedienst-hommerding.de]]>
Gesendet: Mittwoch, 18. März 2026 11:26
An: [[E|jonas.wiesemann@hunsrueck-mosel.de]]
Betreff: Masernschutz – Nachweise Mitarbeiterinnen (Meldung nach § 20 Abs. 9 IfSG)

Sehr geehrter Herr [[P|Wiesemann]],

für drei unserer Mitarbeiterinnen im ambulanten Pflegedienst [[P|Hommerding]] e. K. haben wir bisher keine vollständigen Nachweise. Ich schicke Ihnen, was wir haben, damit Sie entscheiden können, ob es reicht.

1. [[P|Svetlana Ciobanu]], geb. [[DOB|14.08.1990]], Pflegehilfskraft seit 01.02.2026
Impfbuch aus der Republik Moldau (Carnet de vaccinări), darin IDNP [[SSN|{n1}]]. Eingetragen sind zwei Impfungen „ROR“ 1991 und 1997. Wir wissen nicht, ob ROR dasselbe wie MMR ist.

2. [[P|Jelena Marković]], geb. [[DOB|03.05.1992]], Pflegefachkraft seit 15.01.2026
Sie hat vorher in Innsbruck gearbeitet. Auszug aus dem österreichischen e-Impfpass mit Sozialversicherungsnummer [[SSN|{sv}]]: MMR 1993 und 2008. Ist der Ausdruck ohne Stempel ausreichend?

3. [[P|Natalia Wiśniewska]], geb. [[DOB|27.11.2003]], Auszubildende
Nur eine Impfung nachgewiesen, polnischer Impfausweis mit PESEL [[SSN|{pl}]]. Sie hat einen Termin zur zweiten Impfung am 25.03. bei Frau [[P|Dr. Sigrid Kaufmann-Lay]] in Blankenrath.

Bis zur Klärung setzen wir Frau [[P|Ciobanu]] nur in der Hauswirtschaft ein. Frau [[P|Marković]] ist aktuell wegen einer Bandscheibenoperation krankgeschrieben.

Bei Rückfragen bin ich direkt unter [[T|06545 9120-14]] erreichbar.

Mit freundlichen Grüßen
[[P|Kerstin Hommerding]]
Personal & Qualitätsmanagement
Ambulanter Pflegedienst [[P|Hommerding]] e. K. · Inh. [[P|Uwe Hommerding]]"""


@doc("outlook", "kita_meldung_csv", ["HEALTH"])
def d16():
    rows = [
        ("Schuh", "Matteo", "12.01.2022", "Jessica Schuh", "Auf der Hunnenschanz 3b", "55483 Hahnenkopf", "0176 2218 5093"),
        ("Hamadeh", "Lina", "28.05.2021", "Samir Hamadeh", "Kastanienweg 27", "55483 Hahnenkopf", "0157 7730 2266"),
        ("Popa", "Sara-Maria", "17.02.2021", "Florin Popa", "Brückengasse 8", "55483 Hahnenkopf", "0152 3901 8874"),
        ("König", "Fritz", "30.11.2022", "Lisa König", "Am Schäferborn 11", "55483 Dillendorf", "0162 4470 338"),
        ("Savchenko", "Kira", "09.07.2021", "Iryna Savchenko", "Kastanienweg 27", "55483 Hahnenkopf", "+49 1522 6048 117"),
    ]
    lines = ["Nachname;Vorname;Geburtsdatum;Sorgeberechtigte;Straße;PLZ Ort;Telefon;Status"]
    status = ["kein Nachweis", "1 Impfung", "Attest angekündigt", "kein Nachweis", "Nachweis UA, Übersetzung fehlt"]
    for (n, v, g, s, st, o, t), x in zip(rows, status):
        lines.append(f"[[P|{n}]];[[P|{v}]];[[DOB|{g}]];[[P|{s}]];[[A|{st}]];[[A|{o}]];[[T|{t}]];{x}")
    csv = "\n".join(lines)
    return f"""Von: Kita Pusteblume Hahnenkopf <[[N|kita.pusteblume@vg-kirchberg.de]]>
Gesendet: Montag, 2. März 2026 13:15
An: [[N|masernschutz@hunsrueck-mosel.de]]
Betreff: Meldung fehlender Masernnachweise Stichtag 01.03.2026

Guten Tag,

anbei wie gefordert die Liste der Kinder ohne vollständigen Masernschutz-Nachweis. Die Eltern wurden von uns zweimal schriftlich erinnert. Ich habe die Liste aus unserem Verwaltungsprogramm kopiert:

{csv}

Bei [[P|Lina]] hat der Vater gesagt, die zweite Impfung sei im Februar in Simmern gemacht worden, das Impfbuch liegt uns aber noch nicht vor. [[P|Kira]] und ihre Mutter wohnen zusammen mit Familie [[P|Hamadeh]] in derselben Unterkunft.

Freundliche Grüße
[[P|Natascha Becker-Wendling]]
Kita-Leitung"""


@doc("outlook", "intern_impfstatus", ["HEALTH"])
def d17():
    k = kv()
    return f"""Betreff: AW: AW: [[P|al-haddad]] impfbuch?

ja hab ich, lag im falschen postfach. zweite mmr ist vom 14.01.2026 (praxis [[P|nikolay]] in kirchberg), damit ist [[P|yara]] durch. kannst du das verfahren bitte schließen und der kita bescheid geben? die kvnr im fachverfahren ist übrigens falsch, richtig ist [[KV|{k.lower()}]] – hab ich mit der karte abgeglichen.

[[P|jonas]]

Von: [[P|Kullmann, Svenja]]
Gesendet: Donnerstag, 19. März 2026 08:47
An: [[P|Wiesemann, Jonas]]
Betreff: AW: [[P|al-haddad]] impfbuch?

morgen, hast du das impfbuch von der kleinen [[P|al-haddad]] schon gesehen? die mutter ([[P|rana]]) sagt sie hat es am montag in den briefkasten geworfen. sie hat nochmal angerufen, [[T|0157 81 44 69 02]], spricht nur wenig deutsch, am besten mit der tochter ([[P|malak]], 15) reden.

Von: [[P|Wiesemann, Jonas]]
Gesendet: Mittwoch, 18. März 2026 16:32
An: [[P|Kullmann, Svenja]]
Betreff: [[P|al-haddad]] impfbuch?

hi [[P|svenja]], kita am sauerbrunnen fragt nach [[P|yara al-haddad]] (geb. [[DOB|02.12.2021]]), az [[AZ|GA 53-MS 0291/26]]. wenn bis freitag nix da ist, geht die anhörung raus. vater ist [[P|mahmoud al-haddad]], wohnt [[A|ringstraße 4]], [[A|55481 kirchberg]].
[[P|jonas]]"""


@doc("word", "fallkonferenz_protokoll", ["HEALTH"])
def d18():
    return """Protokoll Fallkonferenz (vertraulich)
Datum: 24.03.2026, 14:00–15:30 Uhr, Besprechungsraum 3.02, Kreishaus Kastelbruck
Anlass: Sorge um [[P|Mia-Sophie Lehnen]], geb. [[DOB|21.04.2011]], Schülerin der Realschule plus Kastellaun, Klasse 9a
Schweigepflichtentbindung der Sorgeberechtigten vom 18.03.2026 liegt vor.

Teilnehmende:
- [[P|Renate Lehnen]], Mutter
- [[P|Jörg Lehnen]], Vater (zugeschaltet per Telefon)
- [[P|Dr. Johanna Steffes]], Kinder- und Jugendärztlicher Dienst, Gesundheitsamt (Moderation)
- [[P|Gül Aydemir-Franzen]], Sozialpsychiatrischer Dienst
- [[P|Patrick Zilliken]], Jugendamt, Allgemeiner Sozialer Dienst
- [[P|Sandra Knopp]], Schulsozialarbeit Realschule plus
- [[P|Verena Hammerschmidt]], Klassenlehrerin 9a
Protokoll: [[P|Tim Bauschert]], Gesundheitsamt

TOP 1 – Ausgangslage
Frau [[P|Knopp]] berichtet, dass [[P|Mia-Sophie]] seit dem Herbst stark abgenommen hat, im Sportunterricht zweimal kollabiert ist und in den Pausen nichts isst. Die Kinderärztin, Frau [[P|Dr. Brigitte Ochs-Hees]], hat am 09.03.2026 ein Körpergewicht von 38,5 kg bei 1,64 m festgestellt (BMI 14,3) und den Verdacht auf Anorexia nervosa geäußert. Eine Überweisung an die Kinder- und Jugendpsychiatrie in Trier liegt vor, ein Aufnahmetermin ist erst im Mai frei.

TOP 2 – Sicht der Familie
Frau [[P|Lehnen]] schildert, dass [[P|Mia-Sophie]] zu Hause „normal“ esse, aber viel Sport treibe. Herr [[P|Lehnen]] lebt seit 2024 getrennt in Koblenz und sieht die Tochter alle zwei Wochen. Die jüngere Schwester [[P|Emma]] (9) mache sich Sorgen. Die Eltern sind sich einig, dass Hilfe nötig ist.

TOP 3 – Vereinbarungen
1. Frau Dr. [[P|Steffes]] nimmt Kontakt zur Klinik in Trier auf und bittet um einen früheren Termin (bis 27.03.).
2. Wöchentliche Gewichtskontrolle bei der Kinderärztin; bei unter 37 kg sofortige stationäre Einweisung.
3. Herr [[P|Zilliken]] bietet der Familie Hilfe zur Erziehung an; Frau [[P|Lehnen]] meldet sich bis 31.03. unter [[T|06762 9310-640]].
4. Schule: Befreiung vom Sportunterricht bis auf Weiteres, Frau [[P|Hammerschmidt]] informiert nur die Sportlehrkraft, ohne Diagnose.
5. Nächste Fallkonferenz: 21.04.2026, 14:00 Uhr.

Kontakt Familie: [[A|Am Mühlenteich 14]], [[A|56288 Kastellaun]], Mutter mobil [[T|0171 8830 5521]], [[E|renate.lehnen@t-online.de]]

gez. [[P|T. Bauschert]]"""


@doc("word", "laborbefund_hbv_meldung", ["HEALTH"])
def d19():
    k = kv()
    auftrag = ID.digits(8)
    return f"""MVZ Labor Dr. [[P|Haag]] & Partner · Fachärzte für Laboratoriumsmedizin · Wittlich
Meldung nach § 7 Abs. 1 IfSG an das zuständige Gesundheitsamt
Fax an: Gesundheitsamt Hunsrück-Mosel, [[N|{FAX}]]

Auftragsnummer: [[AZ|{auftrag}]]
Eingang Probe: 10.03.2026, 07:45 Uhr · Befund: 11.03.2026

Patientin: [[P|Nataliia Kovalenko]]
Geburtsdatum: [[DOB|1993-08-15]]
Anschrift: [[A|Hahnenbachtal 14]], [[A|55606 Kirn-Sulzbach]]
Kostenträger: IKK Südwest · Versichertennr.: [[KV|{k}]]
Einsender: Frauenarztpraxis [[P|Dr. Natalia Bondarenko]], Idar-Oberstein, Tel. [[T|06781 50 49 33]]
Material: Serum (Mutterschaftsvorsorge, 28. SSW)

Ergebnisse:
HBs-Antigen ........ positiv (Bestätigungstest positiv)
Anti-HBc gesamt .... positiv
Anti-HBc IgM ....... negativ
HBe-Antigen ........ negativ
HBV-DNA (PCR) ...... 2.300 IU/ml

Beurteilung: Chronische Hepatitis-B-Infektion, niedrige Viruslast. Simultanimpfung des Neugeborenen unmittelbar nach der Geburt erforderlich; Testung und ggf. Impfung der Haushaltskontakte empfohlen (Ehemann [[P|Andrii Kovalenko]], Sohn [[P|Artem]], geb. [[DOB|04.04.2019]]).

Klinische Angaben laut Anforderung: Patientin aus der Ukraine (Region Saporischschja), in Deutschland seit 04/2022; keine Vorbefunde.

Validiert: [[P|Dr. Hans-Jürgen Haag]], Facharzt für Laboratoriumsmedizin
Ansprechpartnerin Meldewesen: [[P|Melanie Thiel-Adams]], [[T|06571 9540-217]]"""


@doc("outlook", "meldung_masern_praxis", ["HEALTH"])
def d20():
    return f"""Von: Praxis [[P|Dr. Radu Ionescu]] <[[E|praxis.ionescu@kinderarzt-cochem.de]]>
Gesendet: Freitag, 13. März 2026 12:51
An: Infektionsschutz <[[N|infektionsschutz@hunsrueck-mosel.de]]>
Betreff: EILT – Arztmeldung § 6 IfSG: Masern (klinischer Verdacht)

Sehr geehrte Kolleginnen und Kollegen,

ich melde den klinischen Verdacht auf Masern bei:

[[P|Leon Kerpen]], geb. [[DOB|29.10.2016]] (9 J.)
[[A|Endertstraße 58]], [[A|56812 Cochem]]
Schule: Grundschule Cochem-Sehl, Klasse 3b
Eltern: [[P|Christina Kerpen]] und [[P|Marcel Kerpen]], Tel. [[T|02671 91 78 04]] / [[T|0175 2290 641]]

Versichert bei: Techniker Krankenkasse, Vers.-Nr. [[KV|{kv()}]]

Symptome: seit 08.03. Fieber bis 39,8 °C, Konjunktivitis, Husten; seit gestern makulopapulöses Exanthem hinter den Ohren beginnend. Koplik-Flecken gesehen. Impfstatus: ungeimpft (Eltern haben die Impfung bisher abgelehnt). Abstrich für PCR und Serum sind heute an das Labor gegangen.

Vermutete Ansteckung: Familienurlaub in Rumänien (Suceava) bis 26.02., dort Kontakt zu einem erkrankten Cousin.

Geschwister im Haushalt:
- [[P|Hanna Kerpen]], geb. [[DOB|12.05.2019]], Kita „Arche Noah“ Cochem, ebenfalls ungeimpft
- [[P|Jakob Kerpen]], geb. [[DOB|03.01.2025]], Säugling, zu Hause

Die Familie war am 11.03. mit [[P|Leon]] im Wartezimmer meiner Praxis, bevor wir ihn isolieren konnten; im Wartezimmer saßen zu der Zeit ca. 12 Personen. Die Terminliste schicke ich Ihnen nach.

Ich bin heute bis 18 Uhr und am Wochenende mobil erreichbar: [[T|0160 7729 3058]].

Mit kollegialen Grüßen
[[P|Dr. Radu Ionescu]]
Facharzt für Kinder- und Jugendmedizin
[[A|Moselpromenade 9]] · [[A|56812 Cochem]]
Tel. [[T|02671 60 33 10]] · Fax [[T|02671 60 33 19]]"""


@doc("word", "masernschutz_bussgeldbescheid", ["HEALTH"])
def d21():
    kz = f"5.2026.{ID.digits(6)}"
    return f"""{AMT} · Bußgeldstelle Gesundheitsamt · {GA_ADR}

Herrn
[[P|Sergej Dück]]
[[A|Auf dem Kellerberg 2]]
[[A|56858 Peterswald-Löffelscheid]]

Aktenzeichen: [[AZ|OWi-GA 26/0042]]
Kassenzeichen: [[AZ|{kz}]]
Datum: 27.03.2026

Bußgeldbescheid

Gegen Sie wird wegen einer Ordnungswidrigkeit nach § 73 Abs. 1a Nr. 7d in Verbindung mit § 20 Abs. 12 Satz 1 Nr. 1 IfSG eine Geldbuße festgesetzt.

Tatvorwurf: Sie haben als Sorgeberechtigter Ihres Sohnes [[P|Artur Dück]], geboren am [[DOB|8. Mai 2020]], der die Kindertagesstätte „Villa Kunterbunt“ in Peterswald besucht, trotz Aufforderung vom 13.11.2025 und Erinnerung vom 15.01.2026 bis zum 15.02.2026 keinen Nachweis nach § 20 Abs. 9 Satz 1 IfSG (Masernschutz) vorgelegt.

Beweismittel: Meldung der Kita vom 03.10.2025; Zustellungsurkunden; Ihre Stellungnahme vom 20.02.2026, in der Sie mitteilen, dass Sie die Impfung aus Überzeugung ablehnen.

Festgesetzt werden:
Geldbuße ...................................... 250,00 EUR
Gebühren (§ 107 Abs. 1 OWiG) ......... 28,50 EUR
Auslagen (Zustellung) ........................ 3,50 EUR
Gesamtbetrag ................................. 282,00 EUR

Der Betrag ist innerhalb von zwei Wochen nach Rechtskraft unter Angabe des Kassenzeichens auf das Konto der Kreiskasse zu überweisen: IBAN [[N|{KASSE_IBAN}]].

Hinweis zu Ihrer Ehefrau: Frau [[P|Olga Dück]] erhält einen gesonderten Bescheid (Az. [[AZ|OWi-GA 26/0043]]).

Rechtsbehelfsbelehrung: Dieser Bescheid wird rechtskräftig und vollstreckbar, wenn Sie nicht innerhalb von zwei Wochen nach Zustellung schriftlich oder zur Niederschrift bei der {AMT}, Schlossplatz 1, 56290 Kastelbruck, Einspruch einlegen. Im Falle des Einspruchs entscheidet das Amtsgericht.

Im Auftrag
[[P|Heike Schömer-Laux]]
Sachgebietsleitung Ordnungswidrigkeiten
Telefon [[T|06762 9310-318]] · [[E|heike.schoemer-laux@hunsrueck-mosel.de]]"""


@doc("outlook", "einschulung_ukraine_namen", ["HEALTH"])
def d22():
    ua = iban_ua()
    return f"""Von: [[P|Savtschenko, Oleksandr]] <[[E|o.savchenko1985@gmail.com]]>
Gesendet: Dienstag, 24. März 2026 20:14
An: [[N|seu@hunsrueck-mosel.de]]
Betreff: Termin SEU – Sohn [[P|Oleksandr]] jr. / Einladung mit falschem Namen

Sehr geehrte Damen und Herren,

wir haben eine Einladung zur Schuleingangsuntersuchung bekommen für „[[P|Alexander Sawtschenko]]“. Das ist unser Sohn, aber in seinem Pass steht [[P|Oleksandr Savchenko]] (ukrainische Transliteration), in der Meldebescheinigung steht [[P|Oleksandr Savtschenko]]. Die Schule hat wieder eine andere Schreibweise, [[P|Aleksandr Savcenko]]. Bitte können Sie im Schreiben die Schreibweise wie im Pass nehmen? Geburtsdatum ist bei allen richtig: [[DOB|11.09.2020]].

Außerdem: Unser Sohn hat Diabetes Typ 1 seit 2024 und trägt eine Insulinpumpe. Am Termin 16.04. um 9:30 Uhr hat er normalerweise sein Frühstück mit Insulin. Kann die Untersuchung später sein, oder soll er vorher essen? Unsere Diabetologin ist Frau [[P|Dr. Kathrin Wenzel]] in Koblenz (Kemperhof).

Ich arbeite bis 16 Uhr, meine Frau [[P|Kateryna]] kann zum Termin kommen. Sie ist erreichbar unter [[T|0151 4906 2273]].

Noch eine Frage: Das Jobcenter hat gesagt, die Kosten für die Übersetzung der Arztbriefe bekommen wir zurück, wenn das Gesundheitsamt das verlangt. Wir haben 86 Euro bezahlt. Wenn das so ist, bitte an mein Konto bei PrivatBank, die deutsche Bank-Karte ist noch nicht da: [[IBAN|{g4(ua)}]] (Empfänger [[P|Oleksandr Savchenko]]).

Adresse: [[A|Ringmauer 2]], [[A|54497 Morbach-Gonzerath]]

Mit freundlichen Grüßen
[[P|Oleksandr Savchenko]] (Vater)"""


@doc("word", "amtsaerztliches_gutachten", ["HEALTH", "UNION"])
def d23():
    return f"""{AMT}
Gesundheitsamt – Amtsärztlicher Dienst
{GA_ADR}

Aufsichts- und Dienstleistungsdirektion
Referat 33 – Personal Schulen
Willy-Brandt-Platz 3
54290 Trier

Vertraulich – Personalsache – nur für die Personalakte

Ihr Zeichen: [[AZ|33-PA 118 447]]
Unser Zeichen: [[AZ|AÄD 2026/217]]
Datum: 26.03.2026

Amtsärztliches Gutachten zur Dienstfähigkeit
Beamtin: Frau [[P|Cornelia Pies-Reuland]], Studienrätin, geb. [[DOB|14.10.1976]]
Personalnummer: [[AZ|0418 2275]]
Dienststelle: Gymnasium Traben-Trarbach
Privatanschrift: [[A|Auf der Hunnenschanz 17]], [[A|55483 Hahnenkopf]]

Sehr geehrte Damen und Herren,

Frau [[P|Pies-Reuland]] wurde am 19.03.2026 im Gesundheitsamt untersucht. Sie erschien in Begleitung von Herrn [[P|Wolfgang Stumm]], Mitglied des Bezirkspersonalrats und Vertrauensmann der GEW, dem sie als Gewerkschaftsmitglied die Teilnahme ausdrücklich gestattet hat. Vorlagen: Befundbericht der behandelnden Psychotherapeutin Dipl.-Psych. [[P|Ute Mörsdorf]] vom 02.03.2026, Entlassbericht der Psychosomatischen Klinik Bad Kreuznach vom 15.01.2026.

Ergebnis:
1. Bei Frau [[P|Pies-Reuland]] besteht eine mittelgradige depressive Episode (ICD-10 F32.1) mit deutlicher Besserung nach stationärer Behandlung.
2. Sie ist derzeit nicht voll dienstfähig. Eine Wiedereingliederung nach dem Hamburger Modell ab dem 20.04.2026 mit zunächst 8 Wochenstunden wird empfohlen, Steigerung alle drei Wochen.
3. Eine dauernde Dienstunfähigkeit liegt nicht vor. Nachuntersuchung in sechs Monaten.
4. Klassenleitung und Aufsichten sollten während der Wiedereingliederung nicht übertragen werden.

Diagnose und Befunde sind nur dem Amtsarzt bekannt; der Dienststelle wird ausschließlich das Ergebnis (Nummern 2 bis 4) mitgeteilt. Frau [[P|Pies-Reuland]] hat eine Kopie erhalten.

Mit freundlichen Grüßen

[[P|Dr. Nikolai Brandscheid]]
Arzt für Öffentliches Gesundheitswesen, Amtsarzt"""


@doc("outlook", "berufsbetreuer_nachfrage", ["HEALTH"])
def d24():
    rv = rvnr("230861", "S", False)
    tid = tax_id()
    iban = iban_de()
    return f"""Betreff: Re: Betreuung Herr [[P|Schmitt-Kolling]] – Wohnung, Rente, Pkw

Hallo Herr [[P|Kessler]],

danke für die schnelle Rückmeldung. Die Anfrage beim Sozialamt habe ich weitergeleitet; zuständig ist dort Frau [[P|Bettina Reis]]. Zum Fahrzeug: Ein Gutachten zur Fahreignung liegt uns nicht vor, das müsste über die Führerscheinstelle laufen.

Viele Grüße
[[P|Leonie Bermel]]
Betreuungsbehörde

Am 3. März 2026 um 10:12 schrieb [[P|Rüdiger Kessler]] <[[E|kessler@betreuungsbuero-kessler.de]]>:
> Sehr geehrte Frau [[P|Bermel]],
>
> in der Betreuungssache [[P|Manfred Schmitt-Kolling]] (geb. [[DOB|23.08.1961]], Az. Amtsgericht Bernkastel-Kues [[AZ|3 XVII 77/25]]) benötige ich Ihre Unterstützung:
>
> 1. Wohnung: Der Vermieter, Herr [[P|Egon Thiesen]], hat wegen Mietrückständen gekündigt. Herr [[P|Schmitt-Kolling]] lebt weiterhin in der [[A|Graacher Straße 64]], [[A|54470 Bernkastel-Kues]]. Nach der Alkoholentgiftung im Februar ist er stabil, aber eine Räumung würde ihn aus der Bahn werfen.
> 2. Rente: Der Antrag auf Erwerbsminderungsrente läuft bei der DRV unter Versicherungsnummer [[SSN|{grp(rv, 2, 6, 1, 3, sep='-')}]]. Für den Grundsicherungsantrag beim Sozialamt (Az. [[AZ|50.2-GS 1187/26]]) braucht man die Steuer-ID: [[TID|{tid}]].
> 3. Das Konto bei der Sparkasse Mittelmosel, IBAN [[IBAN|{iban}]], ist wegen einer Pfändung inzwischen ein P-Konto.
> 4. Er fährt trotz Entzug der Fahrerlaubnis noch mit seinem Pkw, Kennzeichen [[KFZ|WIL-MS 1961]]. Die Schwester, Frau [[P|Ute Kolling]], hat das beobachtet.
>
> Können wir am Montag telefonieren? Ich bin unter [[T|06762 96 04 55]] oder mobil [[T|0171 2049 886]] erreichbar.
>
> Mit freundlichen Grüßen
> [[P|Rüdiger Kessler]]
> Berufsbetreuer
> Betreuungsbüro [[P|Kessler]] · [[A|Marktstraße 22]] · [[A|56288 Kastellaun]]"""


@doc("word", "psychkg_einsatzvermerk", ["HEALTH", "POLITICS"])
def d25():
    return """Sozialpsychiatrischer Dienst – Vermerk über Einsatz außerhalb der Dienstzeit (Rufbereitschaft)
Fall-Nr.: [[AZ|SpDi-2026-0091]]
Rufbereitschaft: [[P|Gül Aydemir-Franzen]]

Datum/Uhrzeit: Samstag, 21.03.2026, 23:40 Uhr bis Sonntag, 22.03.2026, 02:15 Uhr
Betroffener: [[P|Jannik Scherer-Mohr]], geb. [[DOB|30.06.1994]], [[A|Rosenberg 4]], [[A|56850 Enkirch]]

Anruf der Polizeiinspektion Zell um 23:40 Uhr, PHK [[P|Frederik Annen]]. Herr [[P|Scherer-Mohr]] sei mit seinem Pkw ([[KFZ|COC-JS 94]]) mit hoher Geschwindigkeit durch Enkirch gefahren und habe anschließend vor der Verbandsgemeindeverwaltung Plakate aufgehängt. Er habe gegenüber den Beamten erklärt, er sei „vom Kreisvorstand der Partei beauftragt“, die Wahl zu retten; Herr [[P|Scherer-Mohr]] ist nach Angaben seiner Schwester seit Jahren aktives Mitglied der Linken und kandidiert für den Verbandsgemeinderat.

Vor Ort (00:25 Uhr) gemeinsam mit PHK [[P|Annen]] und POKin [[P|Sina Reuter]]: Herr [[P|Scherer-Mohr]] ist deutlich antriebsgesteigert, spricht ohne Pause, hat nach eigenen Angaben seit vier Nächten nicht geschlafen. Bekannte bipolare Störung, letzte manische Episode 2022 mit stationärer Behandlung. Lithium habe er vor drei Monaten „weggelassen“. Keine Suizidgedanken; deutliche Fremdgefährdung im Straßenverkehr.

Die Schwester, Frau [[P|Annika Scherer]] ([[T|0151 2766 0342]]), kam um 00:50 Uhr dazu. Auf ihr Zureden war Herr [[P|Scherer-Mohr]] bereit, freiwillig in die Klinik zu gehen. Die Bereitschaftsärztin, [[P|Dr. Leonie Arenz]], bestätigte die Behandlungsbedürftigkeit. Transport um 01:40 Uhr mit dem Rettungsdienst in die Rhein-Mosel-Fachklinik Andernach, freiwillige Aufnahme. Eine Unterbringung nach PsychKG war damit nicht erforderlich.

Der Fahrzeugschlüssel wurde der Schwester übergeben. Die Polizei prüft eine Mitteilung an die Fahrerlaubnisbehörde.

Weiteres Vorgehen: Kontakt mit der Klinik am Montag, Angebot eines Gesprächs nach Entlassung; Wiedervorlage 30.03.2026.

[[P|G. Aydemir-Franzen]]"""


@doc("outlook", "trinkwasser_beschwerde", ["HEALTH"])
def d26():
    return """Von: [[P|Tamara K.]] <[[E|tamikr88@web.de]]>
Gesendet: Sonntag, 1. März 2026 19:03
An: [[N|gesundheitsamt@hunsrueck-mosel.de]]
Betreff: braunes wasser seit 3 tagen!!!

hallo zusammen,

bei uns in der [[A|lindenallee 16]] in [[A|56865 hesweiler]] kommt seit donnerstag braunes wasser aus der leitung, auch nach 10 min laufen lassen. die werke sagen das liegt an einer baustelle in der hauptstraße und es wäre ungefährlich. mein sohn [[P|luis]] (4) hat seit freitag durchfall und hat gestern zweimal erbrochen, die kinderärztin hat am samstag nicht aufgehabt. kann das vom wasser kommen??? die nachbarin frau [[P|schwarzer]] hat das gleiche problem, ihre katze trinkt das wasser nicht mal.

kundennummer bei den werken ist [[AZ|204-55817]], falls sie da nachfragen. ich hab fotos gemacht und kann die schicken.

bitte um rückruf, [[T|0157/33 81 27 09]]

grüße
[[P|Tamara K.]]
([[P|Kreuter]])"""


@doc("word", "seu_jahresauswertung", ["HEALTH"])
def d27():
    return """# Schuleingangsuntersuchung 2025/26 – Zwischenauswertung Verbandsgemeinde Zell (Mosel)
Stand: 31.03.2026 · Bearbeitung: KJÄD, [[P|Dr. Marlene Hergenröther]]

## 1. Übersicht

| Kennzahl | 2024/25 | 2025/26 | Veränderung |
|---|---|---|---|
| untersuchte Kinder | 312 | 297 | −4,8 % |
| davon mit Deutsch als Zweitsprache | 61 | 74 | +21,3 % |
| Masernschutz vollständig (2 Impfungen) | 94,2 % | 95,6 % | +1,4 Pkt. |
| Sehtest auffällig | 38 | 41 | +7,9 % |
| Förderbedarf Sprache | 57 | 66 | +15,8 % |
| Rückstellung empfohlen | 9 | 11 | +2 |

Die Kita-Standorte mit den meisten Untersuchungen sind Zell-Barl (48), Briedel (31) und Pünderich (27). Telefonische Elternberatung über die Zentrale [[N|06762 9310-0]] wurde 118-mal genutzt. Die Untersuchungsräume in der Außenstelle Zell, Schlossstraße 2, 56856 Zell (Mosel), stehen ab August nicht mehr zur Verfügung.

## 2. Offene Nachuntersuchungen (Einzelfälle)

| Kind | Geb.-Datum | Grund | Termin |
|---|---|---|---|
| [[P|Amelie Fuhrmann]] | [[DOB|19.02.2020]] | Hörtest wiederholen (Paukenerguss) | 14.04.2026 |
| [[P|Yusuf Karaca]] | [[DOB|07.07.2020]] | Sehtest, Brille seit 02/2026 | 14.04.2026 |
| [[P|Veronika Bernhard]] | [[DOB|01.12.2019]] | Entwicklungsdiagnostik SPZ abwarten | 28.04.2026 |
| [[P|Mykyta Lysenko]] | [[DOB|23.05.2020]] | Impfstatus, Unterlagen UA | 05.05.2026 |

## 3. Hinweise

- Zahlen für die Gesundheitsberichterstattung werden nur aggregiert weitergegeben (Mindestfallzahl 5).
- Die Einzelfälle in Abschnitt 2 sind vor Weitergabe zu entfernen.
- Nächste Abstimmung mit dem Schulamt: KW 17, Raum 1.07."""


@doc("outlook", "seu_aerztin_wunsch", ["RELIGION", "HEALTH"])
def d28():
    eat = id_card(True)
    syr = "N" + ID.digits(9)
    return f"""Von: [[P|Mohammad Alkhatib]] <[[E|m.alkhatib.sim@gmail.com]]>
Gesendet: Mittwoch, 25. März 2026 06:52
An: Schuleingangsuntersuchung <[[N|seu@hunsrueck-mosel.de]]>
Betreff: Bitte um Ärztin für Untersuchung meiner Tochter [[P|Aya]]

Sehr geehrte Damen und Herren,

meine Tochter [[P|Aya Alkhatib]] (geboren [[DOB|19.11.2019]]) hat am 7. April um 10:00 Uhr den Termin für die Schuleingangsuntersuchung. Wir sind muslimische Familie und meine Frau und meine Tochter möchten aus religiösen Gründen, dass eine Ärztin die Untersuchung macht und kein Arzt. Ist das möglich? Wenn nicht an diesem Tag, nehmen wir gerne einen anderen Termin.

[[P|Aya]] trägt seit einem Jahr ein Hörgerät rechts, der HNO-Arzt ist Herr [[P|Dr. Florian Kirsch]] in Simmern. Den letzten Bericht bringen wir mit.

Die Einladung kam an die alte Adresse. Unsere neue Adresse ist:
[[A|Im Wiesengrund 7]]
[[A|55469 Simmern-Keidelheim]]

Für die Akte, falls Sie es brauchen: mein Aufenthaltstitel Nr. [[IDC|{eat}]], syrischer Reisepass Nr. [[PASS|{syr}]]. Meine Frau heißt [[P|Rama Alkhatib]], sie hat kein Handy, bitte rufen Sie mich an: [[T|0176 4473 8120]].

Vielen Dank
[[P|Mohammad Alkhatib]]"""


@doc("word", "hygienebegehung_bericht", ["HEALTH"])
def d29():
    return f"""{AMT} – Gesundheitsamt, Sachgebiet Hygiene
Bericht über die infektionshygienische Begehung nach § 36 Abs. 1 IfSG
Einrichtung: Altenpflegeheim „Haus Hunsrückblick“, Träger: Diakonie Hunsrück gGmbH
Datum der Begehung: 04.03.2026, 9:00–13:30 Uhr
Az.: GA 36-HB 014/26

Teilnehmende der Einrichtung: [[P|Beate Gillmann]] (Einrichtungsleitung), [[P|Rainer Pfeiffer-Eckes]] (Pflegedienstleitung), [[P|Adina Moldovan]] (Hygienebeauftragte in der Pflege)
Gesundheitsamt: [[P|Marion Schnorbach]], [[P|Dr. Nikolai Brandscheid]]

1. Allgemeines
Die Einrichtung hat 86 Plätze in drei Wohnbereichen, zum Begehungstag 83 Bewohnerinnen und Bewohner. Hygieneplan Stand 11/2025, Hygienekommission tagt halbjährlich.

2. Bewohnerinnen und Bewohner mit multiresistenten Erregern (Auszug aus der Liste der Einrichtung)
[[P|Liesel Hoffmann-Born]], geb. [[DOB|12.08.1931]], Zi. 2.11 – MRSA-Trägerin (Nase), Sanierung läuft
[[P|Otto Klasen]], geb. [[DOB|04.04.1940]], Zi. 2.14 – 3MRGN E. coli im Urin, Dauerkatheter
[[P|Maria Pinheiro]], geb. [[DOB|27.01.1945]], Zi. 3.02 – Zustand nach Clostridioides difficile, symptomfrei seit 02/2026
Die Kennzeichnung der Zimmer erfolgt ohne Diagnose („Bitte bei der Pflege melden“) – das ist in Ordnung.

3. Feststellungen
- Händedesinfektionsmittelspender auf dem Flur Wohnbereich 2 leer (behoben während der Begehung).
- Im Pflegearbeitsraum unrein Wohnbereich 3 werden saubere Inkontinenzmaterialien gelagert.
- Der Impfstatus der Beschäftigten (Masern, Hepatitis B) wird vollständig dokumentiert; zwei neue Mitarbeiterinnen, Frau [[P|Cristina Botnari]] und Frau [[P|Aurelia Țurcanu]], haben ihre Nachweise bis 31.03.2026 nachzureichen.
- Bewohner Herr [[P|Klasen]] wird im Doppelzimmer mit einem Bewohner mit offener Wunde versorgt; eine Verlegung in ein Einzelzimmer ist zu prüfen.

4. Mängelbeseitigung
Bitte teilen Sie uns bis zum 15.04.2026 schriftlich mit, wie die Punkte aus Nr. 3 umgesetzt wurden. Ansprechpartnerin: [[P|Marion Schnorbach]], [[E|marion.schnorbach@hunsrueck-mosel.de]], [[T|06762 9310-263]].

Kastelbruck, 09.03.2026
gez. [[P|Dr. Nikolai Brandscheid]], Amtsarzt"""


@doc("outlook", "kraetze_unterkunft", ["HEALTH"])
def d30():
    return """Betreff: AW: AW: Krätze Gemeinschaftsunterkunft Sohren – Liste Bewohner Haus B

Liebe Frau [[P|Demmer]],

danke, dann kommen Herr [[P|Heidweiler]] und ich am Donnerstag um 10 Uhr. Bitte sorgen Sie dafür, dass alle Bewohnerinnen und Bewohner von Haus B anwesend sind; die Sprachmittlerin für Arabisch und Dari ist bestellt (Frau [[P|Parwana Sultani]]). Die Behandlung mit Ivermectin und Permethrin erfolgt für alle Personen in Haus B gleichzeitig, auch ohne Symptome.

Herzliche Grüße
[[P|Dr. Marlene Hergenröther]]
Gesundheitsamt Hunsrück-Mosel · [[N|06762 9310-0]]

Am 10. März 2026 um 16:48 schrieb [[P|Katja Demmer]] <[[E|k.demmer@drk-hunsrueck.de]]>:
> Sehr geehrte Frau Dr. [[P|Hergenröther]],
>
> wie gewünscht die Liste der Personen im Haus B (Erdgeschoss). Bestätigt (Hautarzt Dr. [[P|Pauly]], Simmern): Zimmer 3 und 5.
>
> Zi. 3: [[P|Ahmad Noori]] (geb. [[DOB|01.01.1999]]), [[P|Fereshta Noori]] (geb. [[DOB|15.03.2002]]), [[P|Mina Noori]] (geb. [[DOB|20.10.2023]]) – alle mit Juckreiz, Kind mit Ausschlag
> Zi. 4: [[P|Vitalii Bondar]] (geb. [[DOB|12.06.1961]]), [[P|Liudmyla Bondar]] (geb. [[DOB|08.02.1964]]) – keine Beschwerden
> Zi. 5: [[P|Abdulrahman Saleh]] (geb. [[DOB|23.09.2005]]) – bestätigt, war in der Hautklinik
> Zi. 6: [[P|Dawit Tesfaye]] (geb. [[DOB|05.05.1997]]) – arbeitet tagsüber, ist ab 17 Uhr da
>
> Unser Hausmeister, Herr [[P|Uwe Sehn]] ([[T|0162 9918 4470]]), tauscht ab Mittwoch die Matratzen in Zimmer 3 und 5. Wäsche wird bei 60 Grad gewaschen.
>
> Viele Grüße
> [[P|Katja Demmer]]
> DRK-Kreisverband Rhein-Hunsrück, Sozialbetreuung GU Sohren
> Mobil [[T|0151 1284 6690]]
>
>> Am 9. März 2026 um 11:20 schrieb [[P|Dr. Marlene Hergenröther]] <[[E|marlene.hergenroether@hunsrueck-mosel.de]]>:
>>
>> Sehr geehrte Frau [[P|Demmer]],
>>
>> nach der Meldung von gestern benötigen wir für die Ausbruchsbehandlung eine Liste aller Personen in Haus B mit Geburtsdatum und Zimmer, damit wir die Dosierung vorbereiten können. Bitte schicken Sie die Liste nur per E-Mail an mich oder an [[N|infektionsschutz@hunsrueck-mosel.de]], nicht per Fax.
>>
>> Mit freundlichen Grüßen
>> [[P|Dr. Marlene Hergenröther]]"""


# ---------------------------------------------------------------- output
def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = []
    for i, (channel, template, flags, fn) in enumerate(DOCS, 1):
        out.append(build(f"F86-{i:03d}", channel, template, fn(), flags))
    assert len(out) == 30, len(out)
    with open(os.path.join(here, "fresh86.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for line in out:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
