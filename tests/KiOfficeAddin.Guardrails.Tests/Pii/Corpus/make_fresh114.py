#!/usr/bin/env python3
"""Blind test batch 114: vehicle registration office, driving licence office and fines section of a
Rhineland-Palatinate district (Kreisverwaltung Trier-Saarburg, with invented office address and numbers).

Writes fresh114.jsonl next to this script: 30 documents F114-001 ... F114-030.
Deterministic: one seeded generator (seed 11414), no clock, no unordered iteration.
Every person, street, company and number is invented.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from marks import build  # noqa: E402
from identifiers import Identifiers, mod97_iban, mod11_10_check, luhn_check, icao_check, group  # noqa: E402

IDS = Identifiers(11414)
RNG = IDS.rng  # the one seeded generator used for everything


# --------------------------------------------------------------------------- inline marks
def mk(code):
    return lambda v: f"[[{code}|{v}]]"


P, A, E, T, N = mk("P"), mk("A"), mk("E"), mk("T"), mk("N")
IBAN, TID, TNR, VAT = mk("IBAN"), mk("TID"), mk("TNR"), mk("VAT")
IDC, PASS, SSN, KV = mk("IDC"), mk("PASS"), mk("SSN"), mk("KV")
DOB, KFZ, AZ, CC = mk("DOB"), mk("KFZ"), mk("AZ"), mk("CC")


# --------------------------------------------------------------------------- foreign / extra identifiers
ALNUM = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def rdigits(n):
    return "".join(RNG.choice("0123456789") for _ in range(n))


def rchars(n, alphabet=ALNUM):
    return "".join(RNG.choice(alphabet) for _ in range(n))


_VERHOEFF_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
               [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
               [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
               [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
               [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
               [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_check(digits):
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return _VERHOEFF_INV[c]


def lu_matricule(yyyymmdd):
    """Luxembourg national identification number: YYYYMMDD + 3 serial + Luhn(11) + Verhoeff(11)."""
    head = yyyymmdd + rdigits(3)
    return head + str(luhn_check(head)) + str(verhoeff_check(head))


def lu_vat():
    body = rdigits(6)
    if body[0] == "0":
        body = "1" + body[1:]
    return f"LU{body}{int(body) % 89:02d}"


def lu_iban():
    return mod97_iban("LU", rdigits(3) + rdigits(13))


def pesel(yy, mm, dd, century2000=False, female=False):
    """Polish PESEL: YYMMDD (month +20 after 2000), 3 serial, sex digit, check (weights 1,3,7,9)."""
    month = mm + (20 if century2000 else 0)
    serial = rdigits(3)
    sex = RNG.choice("02468" if female else "13579")
    body = f"{yy:02d}{month:02d}{dd:02d}{serial}{sex}"
    weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    total = sum(int(c) * w for c, w in zip(body, weights))
    return body + str((10 - total % 10) % 10)


def pl_id_card():
    """Polish identity card (dowód osobisty): 3 letters + check digit + 5 digits; weights 7,3,1,(9),7,3,1,7,3."""
    letters = rchars(3, UPPER)
    rest = rdigits(5)
    vals = [ord(c) - 55 for c in letters] + [int(c) for c in rest]
    weights = [7, 3, 1, 7, 3, 1, 7, 3]
    check = sum(v * w for v, w in zip(vals, weights)) % 10
    return f"{letters}{check}{rest}"


def pl_nip():
    weights = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    while True:
        body = rdigits(9)
        if body[0] == "0":
            continue
        check = sum(int(c) * w for c, w in zip(body, weights)) % 11
        if check != 10:
            return body + str(check)


def pl_iban():
    bank = rdigits(7)
    weights = [3, 9, 7, 1, 3, 9, 7]
    total = sum(int(c) * w for c, w in zip(bank, weights))
    sort_code = bank + str((10 - total % 10) % 10)
    return mod97_iban("PL", sort_code + rdigits(16))


def be_nrn(yy, mm, dd, female=False, born2000=False):
    """Belgian national register number YY.MM.DD-SSS.CC, CC = 97 - (YYMMDDSSS mod 97) (prefix 2 after 2000)."""
    while True:
        serial = rdigits(3)
        if serial == "000" or serial == "999":
            continue
        if (int(serial) % 2 == 0) != female:
            continue
        break
    base = f"{yy:02d}{mm:02d}{dd:02d}{serial}"
    n = int(("2" if born2000 else "") + base)
    cc = 97 - n % 97
    return f"{yy:02d}.{mm:02d}.{dd:02d}-{serial}.{cc:02d}"


def be_eid():
    """Belgian eID card number: 10 digits + (first 10 mod 97, 0 -> 97), shown 3-7-2."""
    body = RNG.choice(["591", "592", "593"]) + rdigits(7)
    check = int(body) % 97 or 97
    return f"{body[:3]}-{body[3:]}-{check:02d}"


def be_iban():
    account = rdigits(10)
    check = int(account) % 97 or 97
    return mod97_iban("BE", f"{account}{check:02d}")


def fr_iban():
    bank, branch, account = rdigits(5), rdigits(5), rdigits(11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return mod97_iban("FR", f"{bank}{branch}{account}{key:02d}")


def fr_spi():
    """French numéro fiscal (SPI): 13 digits, first 0-3; last 3 digits = first 10 mod 511."""
    head = RNG.choice("123") + rdigits(9)
    return head + f"{int(head) % 511:03d}"


def fr_nir(sex, yy, mm, dept, commune):
    """French NIR: 13 digits + key = 97 - (NIR mod 97)."""
    body = f"{sex}{yy:02d}{mm:02d}{dept}{commune}{rdigits(3)}"
    key = 97 - int(body) % 97
    return body + f"{key:02d}"


def nl_bsn():
    """Dutch BSN: 9 digits, 11-test (weights 9..2 and -1)."""
    while True:
        body = RNG.choice("123456789") + rdigits(7)
        total = sum(int(c) * w for c, w in zip(body, range(9, 1, -1)))
        last = total % 11
        if last < 10:
            return body + str(last)


def nl_iban(bank="RABO"):
    while True:  # old Dutch 11-test on the 10-digit account (weights 10..1)
        account = rdigits(10)
        if sum(int(c) * w for c, w in zip(account, range(10, 0, -1))) % 11 == 0:
            return mod97_iban("NL", bank + account)


FS_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def de_licence(bkz):
    """German card driving licence number: 4 authority chars, 5 serial chars, check (weights 9..1 mod 11, 10 = X),
    counter digit."""
    head = bkz + rchars(5, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ")
    total = sum(FS_ALPHABET.index(c) * w for c, w in zip(head, range(9, 0, -1)))
    return head + "0123456789X"[total % 11] + RNG.choice("123")


VIN_VALUES = {**{str(d): d for d in range(10)},
              "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "J": 1, "K": 2, "L": 3, "M": 4,
              "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(wmi, vds=None, year="L", plant=None, european=False):
    """17-character vehicle identification number; the 9th character is the ISO 3779 check digit unless the
    manufacturer fills it (european=True keeps a 'Z' filler as VW does)."""
    vds = vds or rchars(5, VIN_CHARS)
    plant = plant or RNG.choice("ABCKNW0123456")
    serial = rdigits(6)
    if european:
        return f"{wmi}{vds}Z{year}{plant}{serial}"
    raw = f"{wmi}{vds}0{year}{plant}{serial}"
    total = sum(VIN_VALUES[c] * w for c, w in zip(raw, VIN_WEIGHTS))
    check = "X" if total % 11 == 10 else str(total % 11)
    return raw[:8] + check + raw[9:]


def evb():
    return rchars(7, "ABCDEFGHJKLMNPRTUVWXYZ0123456789")


def spaced_iban(value):
    return group(value, 4)


# --------------------------------------------------------------------------- the office (neutral data)
OFFICE = "Kreisverwaltung Trier-Saarburg"
O_STREET = "Am Zollamt 4"
O_CITY = "54290 Trier"
O_TEL = "0651 9476-0"
O_TEL_INT = "+49 651 9476-0"
O_FAX = "0651 9476-199"
M_ZUL = "zulassung@kv-trier-saarburg.de"
M_FS = "fuehrerschein@kv-trier-saarburg.de"
M_BG = "bussgeld@kv-trier-saarburg.de"
O_IBAN = mod97_iban("DE", "58550000" + "0000431207")
O_BIC = "MALADE51TRR"

DOCS = []


def doc(channel, template, flags=()):
    def register(fn):
        DOCS.append((channel, template, list(flags), fn))
        return fn
    return register


# =========================================================================== documents
@doc("outlook", "ummeldung_luxemburg")
def d001():
    mat = lu_matricule("19780614")
    vin1 = vin("TMB", "JG7NE", year="K", plant="0")
    lu = lu_iban()
    return f"""Von: {P("Jean-Paul Kieffer")} <{E("jp.kieffer@pt.lu")}>
An: {N(M_ZUL)}
Betreff: Ummeldung Fahrzeug aus Luxemburg – Umzug nach Saarburg

Moien,

ich ziehe zum 1. Oktober von Remich nach Saarburg, neue Adresse ab dann: {A("Am Heiligenborn 17")}, {A("54439 Saarburg")}. Meinen Wagen möchte ich hier zulassen, bisher ist er in Luxemburg auf mich angemeldet (Kennzeichen {KFZ("KJ 4827")}, Škoda Octavia Combi, FIN {KFZ(vin1)}).
Die eVB-Nummer von der neuen Versicherung habe ich schon bekommen: {AZ(evb())}.

Welche Unterlagen brauche ich genau? Die luxemburgische Carte grise (certificat d'immatriculation, Teil I und II) habe ich, außerdem den Bericht vom Contrôle technique vom 12.03.2025. Meine Matricule ist {IDC(mat[:4] + " " + mat[4:8] + " " + mat[8:11] + " " + mat[11:])}, falls Sie die brauchen. Die Kfz-Steuer kann gern von meinem Konto bei der Spuerkeess abgebucht werden: {IBAN(spaced_iban(lu))}.

Bisherige Anschrift:
{A("23, route de Mondorf")}
{A("L-5552 Remich")}

Kann meine Frau {P("Nathalie")} den Termin für mich wahrnehmen, wenn ich ihr eine Vollmacht mitgebe? Ich arbeite in Kirchberg und komme unter der Woche nicht vor 17 Uhr aus dem Büro.

Merci & Gréiss
{P("Jean-Paul Kieffer")}
GSM {T("+352 621 473 918")}"""


@doc("word", "anhoerung_geschwindigkeit")
def d002():
    return f"""{OFFICE}
Abteilung 8 – Straßenverkehr · Bußgeldstelle
{N(O_STREET)} · {N(O_CITY)}

Herrn
{P("Kai-Uwe Lehnert")}
{A("Im Brühl 9a")}
{A("54441 Ayl")}

Unser Zeichen: {AZ("8.3-OWi 41207/25")}
Kassenzeichen: {AZ("5320.2025.041207")}
Datum: 14.08.2025
Sachbearbeiterin: Frau {P("Reinert")}, Zimmer 2.07
Telefon: {T("0651 9476-247")}
E-Mail: {N(M_BG)}

Anhörung im Bußgeldverfahren

Sehr geehrter Herr {P("Lehnert")},

Ihnen wird vorgeworfen, am 29.07.2025 um 16:42 Uhr in Konz, Saarstraße, Fahrtrichtung Könen, als Führer des Pkw mit dem amtlichen Kennzeichen {KFZ("SAB-KL 214")} die zulässige Höchstgeschwindigkeit außerhalb geschlossener Ortschaften um 23 km/h überschritten zu haben (zulässig 70 km/h, festgestellt nach Toleranzabzug 93 km/h).
§ 41 Abs. 1 i. V. m. Anlage 2, § 49 StVO; § 24 StVG; 11.3.4 BKat
Beweismittel: Messung mit Poliscan FM1, Messprotokoll Nr. 112/25, Lichtbild, Eichschein.

Für diese Ordnungswidrigkeit ist eine Geldbuße von 150,00 EUR vorgesehen; die Entscheidung wird mit 1 Punkt im Fahreignungsregister eingetragen. Hinzu kommen Gebühren von 28,50 EUR und Auslagen von 3,50 EUR.

Sie haben Gelegenheit, sich bis zum 04.09.2025 zu äußern. Es steht Ihnen frei, sich zur Sache zu äußern oder nicht. Haben Sie das Fahrzeug zur Tatzeit nicht selbst geführt, nennen Sie uns bitte Name, Vorname und Anschrift der Person, die gefahren ist. Angaben zur Person (Name, Geburtsdatum, Anschrift) sind Sie verpflichtet zu machen (§ 111 OWiG).

Sie erreichen uns Mo–Fr von 8:00 bis 12:00 Uhr unter {N(O_TEL)}.

Mit freundlichen Grüßen
Im Auftrag

{P("Monika Reinert")}"""


@doc("outlook", "zeugenfragebogen_spedition")
def d003():
    nip = "PL" + pl_nip()
    idc = pl_id_card()
    vat = IDS.vat_id()
    return f"""Von: {P("Schneider, Birgit")} <{E("b.schneider@moseltrans-logistik.de")}>
Gesendet: Dienstag, 19. August 2025 10:14
An: Bußgeldstelle <{N(M_BG)}>
Cc: Disposition <{N("dispo@moseltrans-logistik.de")}>; {P("Hennen, Frank")} <{E("f.hennen@moseltrans-logistik.de")}>
Betreff: WG: Zeugenfragebogen Az. {AZ("8.3-OWi 39852/25")} – {KFZ("TR-MT 418")}

Sehr geehrte Frau {P("Reinert")},

anbei die Rückmeldung unseres Disponenten zum Zeugenfragebogen. Gefahren ist an dem Tag nicht unser Stammfahrer, sondern ein Fahrer unseres polnischen Subunternehmers (Trans-Kalisz Sp. z o.o., NIP/VAT {VAT(nip)}). Herr {P("Hennen")} hat die Daten dort angefragt, siehe unten. Den ausgefüllten Bogen schicke ich zusätzlich per Post.

Freundliche Grüße

{P("Birgit Schneider")}
Fuhrparkleitung

MoselTrans Logistik GmbH
{A("Zur Ruwermündung 31")}
{A("54318 Mertesdorf")}
Tel. {T("+49 651 60 88-214")}
Mobil {T("0171 / 8 93 44 02")}
USt-IdNr. {VAT(vat)} · Sitz Mertesdorf · Amtsgericht Wittlich {N("HRB 40412")}

-----Ursprüngliche Nachricht-----
Von: {P("Hennen, Frank")}
Gesendet: Montag, 18. August 2025 16:51
An: {P("Schneider, Birgit")}
Betreff: AW: Zeugenfragebogen {KFZ("TR-MT 418")}

Hallo {P("Birgit")},

Fahrer am 02.07. war laut Tourenplan {P("Grzegorz Wójcik")} vom Subunternehmer in Kalisz. Daten laut Kopie vom Ausweis:

{P("Grzegorz Wójcik")}, ur./geb. {DOB("14.03.1986")}
{A("ul. Słoneczna 14/3")}
{A("62-800 Kalisz")}, Polen
Dowód osobisty: {IDC(idc)}
Handy: {T("+48 601 734 215")}

Der Auflieger hatte an dem Tag das polnische Kennzeichen {KFZ("PK 58217")}, die Zugmaschine war unsere.
Sag Bescheid, wenn die Bußgeldstelle noch was braucht.

Gruß {P("Frank")}"""


@doc("word", "csv_export_zulassungen")
def d004():
    rows = [
        ("SAB-AT 77", "Theisen", "Anna-Lena", "1994-03-08", "Kirchweg 4", "54441 Kanzem", vin("WVW", "ZZZAW", "M", "Y", True)),
        ("TR-GK 1290", "Krämer-Lutz", "Günter", "1957-11-30", "Ruwerstraße 112", "54292 Trier", vin("WF0", "XXXGC", "N")),
        ("SAB-Z 8", "Zimmer", "Élodie", "1989-06-21", "Im Eichwald 7", "54439 Saarburg", vin("VF1", "RJB00", "P")),
        ("TR-WA 51", "Weinhaus Apel GbR", "", "", "Moselweinstraße 40", "54340 Leiwen", vin("WDB", "90663", "S")),
        ("TR-ON 2203E", "Nowak", "Oskar", "2001-02-22", "Zum Sonnenhang 15b", "54343 Föhren", vin("LRW", "YGCEK", "R")),
        ("TR-MB 404", "de Boer", "Marijke", "1972-09-04", "Am Weidenbach 2", "54347 Neumagen-Dhron", vin("YV1", "XZK7V", "P")),
        ("SAB-HL 66H", "Hansen-Loris", "Pit", "1949-01-13", "Bergstraße 5", "54456 Tawern", vin("WBA", "AA310", "F", "5")),
    ]
    lines = [
        "Export Zulassungen KW 33 – Außenstelle Saarburg (Auszug aus dem Fachverfahren, Stand 15.08.2025)",
        "Kennz;Name;Vorname;Geb.-Datum;Straße Hausnr.;PLZ Ort;FIN;eVB;Vorgang;Gebühr",
    ]
    for plate, name, given, born, street, city, fin in rows:
        number = f"Z-2025-{rdigits(6)}"
        fee = RNG.choice(["26,30", "33,10", "39,20", "12,80"])
        company = given == ""
        cells = [KFZ(plate), (N(name) if company else P(name)), (P(given) if given else ""),
                 (DOB(born) if born else ""), A(street), A(city), KFZ(fin), AZ(evb()), AZ(number), fee]
        lines.append(";".join(cells))
    lines.append("")
    lines.append(f"7 Datensätze · exportiert von {P('Thielen, Anja')} · nur für den Dienstgebrauch")
    return "\n".join(lines)


@doc("outlook", "haendler_sammelzulassung")
def d005():
    v1 = vin("W0V", "UHD6X", "S", "4")
    v3 = vin("WVW", "ZZZE1", "S", "P", True)
    v4 = vin("TMB", "AG7NP", "H", "0")
    iban = IDS.iban_de()
    return f"""Von: {P("Nicole Wagner-Puhl")} <{E("n.wagner-puhl@autohaus-lellig.de")}>
Gesendet: Mittwoch, 27. August 2025 07:58
An: {N(M_ZUL)}
Betreff: Händlerzulassungen Donnerstag – 4 Vorgänge / Sammelliste

Guten Morgen Frau {P("Thielen")},

wie gestern telefonisch besprochen hier die Sammelliste für morgen. Die Originale (ZB II, Vollmachten, SEPA-Mandate Kfz-Steuer, CoC) bringt unser Fahrer Herr {P("Dimitrov")} gegen 8 Uhr mit.

1) Neuzulassung Opel Corsa-e, FIN {KFZ(v1)}
   Halterin: {P("Margit Schu")}, geb. {DOB("11.05.1951")}, {A("Im Kirchenpesch 2")}, {A("54459 Wiltingen")}
   Wunschkennzeichen {KFZ("SAB-MS 51E")} (reserviert, Reservierungsnr. {AZ("WKZ-2025-0458812")}), eVB {AZ(evb())}

2) Umschreibung aus Bernkastel-Wittlich, bisheriges Kennzeichen {KFZ("WIL-JH 880")}
   Halter: {P("Jürgen Hau")}, {A("Trierer Str. 118")}, {A("54340 Longuich")} – Kennzeichen soll mitgenommen werden, geht das bei Ihnen? eVB {AZ(evb())}

3) Neuzulassung VW ID. Buzz, FIN {KFZ(v3)}
   Halterin: Zahnarztpraxis Dr. {P("Ewa Nowak-Bauer")}, {A("Paulinstraße 61")}, {A("54292 Trier")} (Praxisinhaberin, kein Firmenfahrzeug im steuerlichen Sinn laut Kundin)

4) Außerbetriebsetzung {KFZ("TR-DK 3303")}, Škoda Fabia, FIN {KFZ(v4)}, Halter {P("Dennis Kettern")} – Kennzeichenschilder liegen bei, Reservierung des Kennzeichens bitte nicht verlängern.

Gebühren bitte wie immer per Lastschrift von unserem Geschäftskonto {IBAN(iban)} (Mandat liegt Ihnen vor).

Viele Grüße aus Konz
{P("Nicole Wagner-Puhl")}
Zulassungsservice / Disposition

Autohaus Lellig GmbH & Co. KG
{A("Granastraße 40")}, {A("54329 Konz")}
Tel. {T("06501 9920-31")} | Fax {N("06501 9920-99")}
St.-Nr. {TNR("43/650/12873")} · USt-IdNr.: {VAT(IDS.vat_id())}
Registergericht: Amtsgericht Wittlich {N("HRA 21077")}"""


@doc("word", "bescheid_umtausch_pl", ["HEALTH", "BIOMETRIC"])
def d006():
    pes = pesel(81, 9, 27, female=True)
    fsn = de_licence("J5T2")
    return f"""{OFFICE} · Fahrerlaubnisbehörde · {N(O_STREET)} · {N(O_CITY)}

Frau
{P("Małgorzata Zając-Fischer")}
{A("Mühlenstraße 3")}
{A("54344 Kenn")}

Aktenzeichen: {AZ("FE-U 2025/0873")}
Ihr Antrag vom 02.06.2025
Bearbeiter: Herr {P("Weirich")}, Telefon {T("0651 9476-318")}
Trier, 21.07.2025

Umtausch Ihrer polnischen Fahrerlaubnis (prawo jazdy)

Sehr geehrte Frau {P("Zając-Fischer")},

Ihrem Antrag auf Umtausch Ihrer in Polen erteilten Fahrerlaubnis der Klassen AM und B (Führerschein Nr. {IDC("04215/09/1861")}, ausgestellt am 15.09.2009 vom Starosta Ostrowski) in einen deutschen Kartenführerschein wird entsprochen.

Folgende Personalien liegen dem Umtausch zugrunde:
{P("Małgorzata Zając-Fischer")}, geb. {P("Zając")}, geboren am {DOB("27.09.1981")} in Ostrów Wielkopolski, PESEL {IDC(pes)}.

Die im polnischen Führerschein eingetragene Schlüsselzahl 01.06 (Brille oder Kontaktlinsen erforderlich) wird übernommen. Die Sehtestbescheinigung vom 28.05.2025 weist mit Korrektur eine Tagessehschärfe von 0,8 auf beiden Augen aus; ohne Sehhilfe wird der Wert nach Anlage 6 FeV nicht erreicht.

Ihr biometrisches Lichtbild und Ihre Unterschrift wurden bei Ihrer Vorsprache am 10.06.2025 digital erfasst und zur Herstellung des Kartenführerscheins an die Bundesdruckerei übermittelt. Die Daten werden nach Auslieferung der Karte gelöscht.

Ihr neuer Führerschein trägt die Nummer {IDC(fsn)} und liegt ab sofort zur Abholung bereit (Zimmer 1.04, Mo–Fr 7:30–12:00 Uhr, Do 14:00–17:30 Uhr). Bitte bringen Sie den polnischen Führerschein und Ihren Personalausweis mit; der polnische Führerschein wird an die ausstellende Behörde zurückgesandt.

Gebühr (Nr. 202.1 GebOSt): 35,00 EUR, Auslagen 6,20 EUR. Kassenzeichen: {AZ("6110.2025.008731")}.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist bei der {OFFICE}, {N(O_STREET)}, {N(O_CITY)}, schriftlich oder zur Niederschrift einzulegen.

Mit freundlichen Grüßen
Im Auftrag

{P("Thomas Weirich")}"""


@doc("outlook", "verlust_fuehrerschein")
def d007():
    fsn = de_licence("J5T2")
    return f"""Von: {P("lena schommers")} <{E("lenaschommi@gmx.de")}>
Gesendet: Sonntag, 24. August 2025 23:41
An: {N(M_FS)}
Betreff: führerschein weg :(

hallo zusammen,

ich hab am samstag beim weinfest in bernkastel meinen geldbeutel verloren und da war mein führerschein drin (klasse B, seit 2021). verlustanzeige hab ich schon bei der polizei in wittlich gemacht, die vorgangsnummer ist {AZ("4127-011839/2025")}.

brauch ich jetzt einen termin für nen ersatzführerschein oder geht das auch online? ich wohn offiziell noch bei meinen eltern, {A("saarburger str. 27")} in {A("54459 wiltingen")}, aber post bitte an meine studi-adresse:
{P("lena schommers")}
c/o {P("jonas kreutz")}
{A("paulinstr. 54")}
{A("54292 trier")}

die alte führerscheinnummer hab ich noch auf nem foto gefunden: {IDC(fsn)}
geboren bin ich am {DOB("3.2.2002")}, falls ihr das braucht.
handy: {T("0157 3 4482917")} (ab 16 uhr, vorher vorlesung)

danke euch!!
{P("lena")}"""


@doc("word", "vermerk_punkte_faer", ["HEALTH"])
def d008():
    fsn = de_licence("J5T2")
    return f"""Vermerk

Az.: {AZ("FE-E 113/2025")} – Entziehung der Fahrerlaubnis nach § 4 Abs. 5 Satz 1 Nr. 3 StVG
Betroffener: {P("Rüdiger „Rudi“ Ternes")}, geb. {DOB("30.01.1968")}, {A("Hauptstraße 61")}, {A("54338 Schweich")}
Fahrerlaubnis: Klassen B, BE, C1, C1E, L; Führerschein-Nr. {IDC(fsn)}

1. Mitteilung des Kraftfahrt-Bundesamts vom 21.07.2025 (KBA-Zeichen {AZ("FAER 52.1-2025/4471893")}): Punktestand 8.

2. Eintragungen im Fahreignungsregister:
   – 14.02.2023 Überschreitung der zulässigen Geschwindigkeit innerorts um 31 km/h, AG Trier, {AZ("35 OWi 8041 Js 2217/23")} – 2 Punkte
   – 09.11.2023 qualifizierter Rotlichtverstoß, Bußgeldbescheid der Zentralen Bußgeldstelle, Az. {AZ("3.1-458.339.217.6")} – 2 Punkte
   – 12.05.2024 fahrlässige Trunkenheit im Verkehr (BAK 1,64 ‰), Strafbefehl AG Wittlich, {AZ("4 Cs 8021 Js 9314/24")} – 3 Punkte
   – 03.04.2025 Benutzung eines Mobiltelefons, 1 Punkt

3. Ermahnung bei 4 Punkten zugestellt am 17.08.2023, Verwarnung bei 6 Punkten zugestellt am 02.07.2024; der Hinweis auf das freiwillige Fahreignungsseminar ist jeweils erfolgt.

4. Herr {P("Ternes")} rief am 04.08.2025 an: Er sei als Auslieferungsfahrer auf die Fahrerlaubnis angewiesen. Seit der Trunkenheitsfahrt sei er in Behandlung; sein Hausarzt, Dr. med. {P("Heribert Olk")}, bescheinige ihm eine Alkoholabstinenz seit März 2024, außerdem besuche er eine Selbsthilfegruppe. Nachweise (Leberwerte, EtG) will er nachreichen.
   Hinweis: Bei 8 Punkten ist die Entziehung zwingend, Abstinenznachweise ändern daran nichts; sie sind erst für eine spätere Neuerteilung (MPU) von Bedeutung.

5. {P("Ternes")}' Rechtsanwältin, Frau {P("Sophie Ehlen-Marx")}, {A("Nagelstraße 12")}, {A("54290 Trier")}, hat mit Schreiben vom 05.08.2025 (dortiges Zeichen {AZ("214/25 SE")}) Akteneinsicht beantragt.

Verfügung:
a) Akteneinsicht gewähren (Kopie an RAin {P("Ehlen-Marx")})
b) Anhörung vor Entziehung fertigen
c) WV 01.09.2025

{P("Weirich")}, 06.08.2025"""


@doc("outlook", "parking_fine_nl_english")
def d009():
    iban = nl_iban("RABO")
    return f"""From: {P("Maarten de Vries")} <{E("maarten.devries@ziggo.nl")}>
Sent: Tuesday, 12 August 2025 19:26
To: {N(M_BG)}
Subject: Verwarnung / parking fine – your reference {AZ("8.2-VG 77104/25")}

Dear Sir or Madam, / Sehr geehrte Damen und Herren,

I received your letter dated 5 August about a parking offence in Saarburg (Graf-Siegfried-Straße) on 19 July. Sorry, my German is not very good, so I write in English.

The car with Dutch registration {KFZ("XR-482-J")} is registered in my name, but on that day it was used by my brother-in-law, {P("Sjoerd Bakker")}, who visited friends in Saarburg that weekend. He confirms that he parked there and he will pay the 30 euro. His address is:

{A("Kastanjelaan 17")}
{A("3581 BC Utrecht")}
the Netherlands
e-mail {E("s.bakker82@outlook.com")}, mobile {T("+31 6 2817 4490")}

Could you please send the Verwarnung to him directly? Unfortunately I already paid 30 euro on 8 August by mistake, from my account {IBAN(spaced_iban(iban))} (name: M. de Vries). If Sjoerd pays as well, can you refund my payment to this account?

Mijn adres / my address: {A("Doctor Schaepmanlaan 44")}, {A("2331 KV Leiden")}

Kind regards / Mit freundlichen Grüßen
{P("Maarten de Vries")}
tel. {T("+31 (0)71 361 4428")}"""


@doc("word", "protokoll_dienstbesprechung", ["HEALTH", "UNION"])
def d010():
    idc = IDS.id_card(check_digit=False)
    return f"""Protokoll der Dienstbesprechung Zulassungsstelle (Trier und Außenstelle Saarburg)

Datum: 11.09.2025, 08:00–09:15 Uhr, Besprechungsraum 1.12
Teilnehmende: {P("Bernd Kaspari")} (Leitung), {P("Anja Thielen")}, {P("Markus Hoffranzen")}, {P("Jutta Marx")}, {P("Kerstin Lauer")} (Protokoll), {P("Dominik Schäfer-Zender")} (Außenstelle Saarburg, per Teams)
Entschuldigt: {P("Vera Ohs")} (Urlaub)

TOP 1 Personalsituation
Frau {P("Marx")} fällt ab 22.09. wegen einer Knieoperation voraussichtlich sechs Wochen aus; den Schalter 4 übernimmt in dieser Zeit Herr {P("Hoffranzen")}, seine Händlerpost übernimmt Frau {P("Thielen")}. Herr {P("Kaspari")} klärt mit dem Personalamt, ob für November eine Aushilfe möglich ist.
Herr {P("Schäfer-Zender")} ist am 25.09. ganztägig nicht in Saarburg, er nimmt als ver.di-Vertrauensmann an der Personalversammlung und der anschließenden Sitzung der Vertrauensleute teil. Die Außenstelle bleibt an diesem Tag geschlossen (Aushang, Hinweis auf der Homepage).

TOP 2 i-Kfz / internetbasierte Zulassung
Die Zahl der online eingereichten Vorgänge ist weiter gestiegen (August: 412). Häufigster Fehler bleibt die fehlende Sicherheitscode-Freilegung auf der ZB I. Frau {P("Lauer")} erstellt bis Monatsende ein Merkblatt in einfacher Sprache.

TOP 3 Großkunden und Beschwerden
– Autohaus Lellig (Frau {P("Wagner-Puhl")}) reicht die Sammelaufträge weiter per Mail ein; Originale kommen am Folgetag. Das bleibt so.
– Beschwerde von Herrn {P("Alwin Greif")}, Konz, Vorgang {AZ("Z-2025-117702")}: Wartezeit 2,5 Stunden am 01.09. Antwortentwurf fertigt Frau {P("Lauer")}, Zeichnung durch Herrn {P("Kaspari")}.
– Saar-Mosel Leasing meldet für September 7 Anschriftenänderungen; Ansprechpartnerin dort ist Frau {P("Ruppenthal")}.

TOP 4 Verschiedenes
– Fundsache: Am 09.09. wurde am Schalter 2 ein Personalausweis (Nr. {IDC(idc)}) auf den Namen {P("Fatih Aydın")} liegen gelassen. Herr {P("Aydın")} wurde unter {T("0176 22 914 350")} erreicht und holt ihn ab; bis dahin liegt er im Tresor (Raum 0.08).
– Die Schilderpräger im Foyer haben ab Oktober geänderte Öffnungszeiten (Mo–Fr 7:00–16:00 Uhr).

Nächste Besprechung: 09.10.2025, 8:00 Uhr

gez. {P("Lauer")}"""


@doc("outlook", "immatriculation_belgique")
def d011():
    nrn = be_nrn(88, 4, 12, female=True)
    eid = be_eid()
    v = vin("VF3", "UHYHW", "M", "T")
    biban = be_iban()
    return f"""De : {P("Aurélie Collignon")} <{E("aurelie.collignon@skynet.be")}>
Envoyé : lundi 1 septembre 2025 12:03
À : {N(M_ZUL)}
Objet : Immatriculation d'une voiture belge / Zulassung belgisches Auto

Bonjour, guten Tag,

entschuldigen Sie, mein Deutsch ist nicht perfekt, je continue en français si c'est possible.

J'ai accepté un poste à Trèves et je déménage le 1er novembre à Schweich, {A("Im Wiesengrund 5")}, {A("54338 Schweich")}. Ma voiture, une Peugeot 2008 de 2021, est immatriculée en Belgique sous le numéro {KFZ("1-KTB-447")} (VIN {KFZ(v)}). Je voudrais l'immatriculer en Allemagne dès que possible.

Pour l'identification:
Numéro de registre national: {IDC(nrn)}
Carte d'identité n° {IDC(eid)}

Ma collègue, Madame {P("Hélène Mathieu-Lambert")}, m'a dit qu'il faut une Unbedenklichkeitsbescheinigung et un passage au TÜV. Est-ce vrai pour une voiture qui a déjà le contrôle technique belge (valable jusqu'en mai 2026)? Et est-ce que je peux payer la Kfz-Steuer depuis mon compte belge {IBAN(spaced_iban(biban))}?

Adresse actuelle:
{A("Rue des Tilleuls 14")}
{A("6700 Arlon")}
Belgique
Tél. {T("+32 475 82 14 09")}

Merci beaucoup et bonne journée,
{P("Aurélie Collignon")}"""


@doc("word", "formular_fahrerlaubnis", ["HEALTH", "BIOMETRIC"])
def d012():
    idc = IDS.id_card(check_digit=True)
    return f"""ANTRAG AUF ERTEILUNG EINER FAHRERLAUBNIS
(Vordruck FE 1 – Stand 01/2024 – bitte in Druckbuchstaben ausfüllen)
------------------------------------------------------------------------
1. Angaben zur Antragstellerin / zum Antragsteller
Familienname:            {P("Kowalczyk")}
Vorname(n):              {P("Natalia Zofia")}
Geburtsname:             –
Geburtsdatum:            {DOB("17.04.2008")}
Geburtsort:              Trier
Staatsangehörigkeit(en): deutsch, polnisch
Anschrift:               {A("Am Sauerbach 7")}, {A("54296 Trier")}
Telefon:                 {T("0651 / 99 17 642")}
E-Mail:                  {E("natalia.kowalczyk08@web.de")}
Ausweisdokument:         Personalausweis Nr. {IDC(idc)}

2. Beantragte Klasse(n):  [x] B (begleitetes Fahren ab 17)   [x] AM   [ ] A1   [ ] BE

3. Begleitpersonen (nur BF17)
   1) {P("Dariusz Kowalczyk")}, geb. {DOB("03.12.1976")}, Fahrerlaubnis Kl. B seit 1995
   2) {P("Anke Kowalczyk")} geb. {P("Thul")}, geb. {DOB("21.06.1978")}, Fahrerlaubnis Kl. B seit 1997

4. Ausbildung: Fahrschule Moseltal, Schweich – Fahrlehrer {P("Markus Biwer")}

5. Erklärung zu Erkrankungen und Mängeln (Anlage 4 FeV)
   [ ] Mir sind keine Erkrankungen oder Mängel bekannt, die die Fahreignung beeinträchtigen.
   [x] Es liegen folgende Erkrankungen vor: Diabetes mellitus Typ 1, insulinpflichtig seit 2019 (Insulinpumpe), keine schweren Unterzuckerungen in den letzten 12 Monaten.
       Fachärztliche Stellungnahme von Dr. med. {P("Claudia Weyand")}, Diabetologische Schwerpunktpraxis, ist beigefügt.

6. Sehtest: Sehteststelle Optik am Viehmarkt, 12.08.2025 – bestanden, keine Sehhilfe erforderlich
7. Erste Hilfe: Kurs vom 05.07.2025 (9 UE), Bescheinigung liegt bei
8. Lichtbild: biometrisches Passbild (35 x 45 mm, frontal, ohne Kopfbedeckung) ist aufgeklebt; die Unterschrift wurde im Unterschriftenfeld für den Kartenführerschein geleistet.

Trier, 18.08.2025          {P("Natalia Kowalczyk")}
Zustimmung der Sorgeberechtigten: {P("Anke Kowalczyk")}   {P("D. Kowalczyk")}

------------------------------------------------------------------------
Vermerke der Fahrerlaubnisbehörde
Eingang: 19.08.2025        Az.: {AZ("FE-N 2025/2214")}        Bearb.: {P("Kirsch-Mertes")}
Gutachten nach Anlage 4 Nr. 5.4 FeV angefordert: nein (fachärztliche Stellungnahme ausreichend)
Auskunft aus dem FAER: keine Eintragung"""


@doc("outlook", "wunschkennzeichen_kreditkarte")
def d013():
    card = IDS.credit_card("4921", 16)
    return f"""Von: {P("Lauer, Kerstin")} <{E("k.lauer@kv-trier-saarburg.de")}>
Gesendet: Dienstag, 9. September 2025 10:12
An: '{P("Heike Simon")}' <{E("heike.simon.konz@t-online.de")}>
Betreff: AW: Wunschkennzeichen doppelt bezahlt?

Sehr geehrte Frau {P("Simon")},

vielen Dank für Ihre Nachricht. Ich habe den Vorgang geprüft: Die Reservierung des Wunschkennzeichens {KFZ("TR-HS 1207")} (Reservierungsnummer {AZ("WKZ-2025-0461173")}) wurde tatsächlich zweimal online bezahlt. Den doppelt gezahlten Betrag von 12,80 EUR erstattet unsere Kreiskasse auf die verwendete Karte; das kann bis zu zehn Werktage dauern. Die Reservierung selbst bleibt bis 07.12.2025 bestehen.

Eine Bitte noch: Senden Sie Kreditkartendaten künftig nicht per E-Mail. Ich habe die Nummer in meiner Antwort nicht wiederholt; sie steht aber noch in Ihrer ursprünglichen Nachricht unten, die ich nach Abschluss des Vorgangs lösche.

Mit freundlichen Grüßen
Im Auftrag

{P("Kerstin Lauer")}
{OFFICE} – Zulassungsstelle
{N(O_STREET)}, {N(O_CITY)}
Telefon {N(O_TEL)} · Durchwahl {T("0651 9476-276")}
{N(M_ZUL)}
Öffnungszeiten: Mo–Fr 7:30–12:00 Uhr, Do zusätzlich 14:00–17:30 Uhr

-----Ursprüngliche Nachricht-----
Von: {P("Heike Simon")} <{E("heike.simon.konz@t-online.de")}>
Gesendet: Sonntag, 7. September 2025 21:03
An: {N(M_ZUL)}
Betreff: Wunschkennzeichen doppelt bezahlt?

Hallo,

ich habe am Freitag für das neue Auto meines Mannes ({P("Wolfgang Simon")}, Zulassung ist nächste Woche) das Kennzeichen {KFZ("TR-HS 1207")} reserviert, dann hat sich die Seite beim Bezahlen aufgehängt. Jetzt sehe ich in der Kreditkartenabrechnung zwei Buchungen über je 12,80 €.
Die Karte ist eine Visa, Nummer {CC(group(card, 4))}, gültig bis 09/27 – vielleicht hilft das beim Suchen.

Kann man das zurückbuchen? Ich bin tagsüber unter {T("06501 17 20 84")} erreichbar.

Gruß
{P("Heike Simon")}
{A("Am Weiher 3")}, Konz-Könen"""


@doc("word", "excel_offene_posten")
def d014():
    rows = [
        ("5320.2025.037711", "Ludwig, Carsten", "TR-CL 919", "12.05.2025", "103102", "20,00", "1", ""),
        ("5320.2025.038254", "Bettendorf, Romain", "ZT 3619", "18.05.2025", "141312", "70,00", "2", "Halter LU, Zustellung über EUCARIS"),
        ("5320.2025.038902", "Lemaître, Sébastien", "GH-217-ZB", "23.05.2025", "112402", "25,00", "1", ""),
        ("5320.2025.039117", "Nowicka, Bożena", "WPI 5K227", "30.05.2025", "141716", "115,00", "–", "Anhörung zurück, unzustellbar"),
        ("5320.2025.039460", "Peeters, Wim", "2-ABW-381", "02.06.2025", "103102", "20,00", "1", ""),
        ("5320.2025.040033", "van Leeuwen, Femke", "41-XKD-7", "09.06.2025", "112454", "55,00", "2", "Zahlung angekündigt, Tel. +31 6 5532 0871"),
        ("5320.2025.040518", "Schmitt-Kohlhaas, Irmgard", "SAB-IK 11", "14.06.2025", "141312", "70,00", "1", ""),
        ("5320.2025.041002", "Autovermietung Rhein-Mosel GmbH", "KO-RM 2290", "20.06.2025", "112402", "25,00", "2", "Fahrer: Kowalski, Tomasz"),
    ]
    out = ["Offene Posten Bußgeldstelle – Stand 29.08.2025 (Auszug aus OWi-Fachverfahren, Sachgebiet 8.3)", "",
           "\t".join(["Kassenzeichen", "Name", "Kennzeichen", "Tattag", "TBNR", "Betrag €", "Mahnstufe", "Bemerkung"])]
    for kz, name, plate, day, tbnr, amount, stage, note in rows:
        name_cell = N(name) if name.startswith("Autovermietung") else P(name)
        if note.startswith("Zahlung angekündigt, Tel. "):
            note = "Zahlung angekündigt, Tel. " + T(note[len("Zahlung angekündigt, Tel. "):])
        elif note.startswith("Fahrer: "):
            note = "Fahrer: " + P(note[len("Fahrer: "):])
        out.append("\t".join([AZ(kz), name_cell, KFZ(plate), day, tbnr, amount, stage, note]))
    out += ["", "Summe offen: 400,00 €", f"Bearbeitung: {P('Lorig')} / Vertretung {P('Reinert')}"]
    return "\n".join(out)


@doc("outlook", "contravention_france")
def d015():
    fr = fr_iban()
    return f"""De : {P("Stéphane Lefèvre")} <{E("stephane.lefevre57@orange.fr")}>
Envoyé : jeudi 4 septembre 2025 08:37
À : {N(M_BG)}
Objet : Anhörungsbogen – Az. {AZ("8.3-OWi 40318/25")} – véhicule {KFZ("FG-482-KT")}

Madame, Monsieur,

j'ai bien reçu votre courrier (Anhörungsbogen) concernant un excès de vitesse le 21 juillet 2025 à Trèves, Bitburger Straße. Le véhicule {KFZ("FG-482-KT")} est à mon nom, mais ce jour-là il était conduit par ma fille, {P("Océane Lefèvre")}, née le {DOB("09/02/2001")}, domiciliée {A("7 allée des Mésanges")}, {A("57970 Yutz")}. Son permis de conduire porte le n° {IDC("190257300412")}.

Elle reconnaît l'infraction. Pouvez-vous lui envoyer directement le formulaire, si possible avec une traduction française?

Auf Deutsch, kurz: Ich war nicht der Fahrer, sondern meine Tochter. Kann ich die 70 Euro trotzdem für sie von meinem französischen Konto überweisen? {IBAN(spaced_iban(fr))} – bitte Verwendungszweck angeben.

Mon adresse:
{A("12 rue des Jardins")}
{A("57100 Thionville")}
France
Tél. : {T("06 12 48 73 90")} (depuis l'Allemagne : {T("+33 6 12 48 73 90")})

Cordialement,
{P("S. Lefèvre")}"""


@doc("word", "anhoerung_entziehung_epilepsie", ["HEALTH"])
def d016():
    kv = IDS.health_insurance()
    fsn = de_licence("J5T2")
    return f"""{OFFICE}
Fahrerlaubnisbehörde
{N(O_STREET)} · {N(O_CITY)}

Gegen Postzustellungsurkunde
Herrn
{P("Ansgar Pütz")}
{A("Zum Hinkelstein 22")}
{A("54316 Pluwig")}

Az.: {AZ("FE-E 2025/0129")} (bitte stets angeben)
Führerschein-Nr.: {IDC(fsn)}
Trier, 22.08.2025

Beabsichtigte Entziehung der Fahrerlaubnis – Anhörung nach § 28 VwVfG

Sehr geehrter Herr {P("Pütz")},

uns liegt ein Bericht der Polizeiinspektion Schweich vom 04.08.2025 (Tagebuch-Nr. {AZ("PI SW 2025/004412")}) vor. Danach erlitten Sie am 02.08.2025 gegen 14:10 Uhr als Fahrer des Pkw {KFZ("TR-AP 606")} auf der L 151 zwischen Mertesdorf und Kasel einen Krampfanfall und kamen von der Fahrbahn ab. Dem beigefügten Kurzarztbrief der neurologischen Klinik (Patient {P("Ansgar Pütz")}, geb. {DOB("11.11.1990")}, Versichertennummer {KV(kv)}) zufolge wurde eine Epilepsie mit fokalen Anfällen und Bewusstseinsstörung erstmals diagnostiziert; eine medikamentöse Einstellung mit Levetiracetam wurde begonnen. Den Brief hat der behandelnde Oberarzt Dr. med. {P("Wolfram Ehses")} unterzeichnet.

Nach Nr. 6.6 der Anlage 4 zur Fahrerlaubnis-Verordnung ist bei erstmaligem Anfall mit Epilepsiediagnose die Eignung zum Führen von Kraftfahrzeugen der Gruppe 1 in der Regel erst nach einer anfallsfreien Zeit von einem Jahr wieder gegeben.

Wir beabsichtigen daher, Ihnen die Fahrerlaubnis zu entziehen. Sie haben Gelegenheit, sich bis zum 19.09.2025 zu äußern. Alternativ können Sie freiwillig auf die Fahrerlaubnis verzichten; die Gebühr für die Entziehung (Nr. 206 GebOSt) entfällt dann.

Mit freundlichen Grüßen
Im Auftrag

{P("Sabine Kirsch-Mertes")}
Telefon {T("0651 9476-322")}
E-Mail {E("s.kirsch-mertes@kv-trier-saarburg.de")}

Abschrift an: Rechtsanwalt {P("Konstantin Esch")}, {A("Am Bildstock 12")}, {A("54294 Trier")} – Ihr Zeichen: {AZ("88/25 KE")}"""


@doc("outlook", "flotte_anschriftenaenderung")
def d017():
    fleet = [
        ("TR-SM 1101", vin("WBA", "31DX0", "R", "N"), "Herr Raphael Kohn"),
        ("TR-SM 1102", vin("WBA", "21FG0", "S", "N"), "Frau Ewelina Sadowska"),
        ("TR-SM 1107", vin("WVW", "ZZZCD", "R", "W", True), "Herr Guy Hansen (Grenzgänger, wohnt in Grevenmacher)"),
        ("TR-SM 1115", vin("WVW", "ZZZCD", "S", "W", True), "Poolfahrzeug Standort Föhren"),
        ("SAB-SM 20", vin("VF1", "RFB00", "S", "3"), "Frau Dr. Isabelle Marchal"),
        ("TR-SM 1120", vin("YV1", "UZK1V", "S", "1"), "Herr Jens-Ole Brand"),
        ("TR-SM 1123", vin("TMB", "JP9NX", "S", "0"), "noch nicht zugewiesen"),
    ]
    lines = []
    for plate, fin, user in fleet:
        for title in ("Herr ", "Frau Dr. ", "Frau "):
            if user.startswith(title):
                rest = user[len(title):]
                name, _, tail = rest.partition(" (")
                user = title + P(name) + (" (" + tail if tail else "")
                break
        lines.append(f"{KFZ(plate)} | {KFZ(fin)} | {user}")
    table = "\n".join(lines)
    return f"""From: {P("Ruppenthal, Carina")} <{E("carina.ruppenthal@saar-mosel-leasing.de")}>
Sent: Thursday, September 4, 2025 2:37 PM
To: Zulassungsstelle Trier-Saarburg <{N(M_ZUL)}>
Cc: {P("Gilles Weis")} <{E("g.weis@saar-mosel-leasing.lu")}>
Subject: Anschriftenänderung Halterin – 7 Fahrzeuge / Berichtigung ZB I

Sehr geehrte Damen und Herren,

die Saar-Mosel Leasing GmbH ist zum 01.09.2025 von {A("Im Gewerbepark 14")}, {A("54343 Föhren")} nach {A("Am Moselkai 3")}, {A("54293 Trier")} umgezogen. Wir bitten um Berichtigung der Halteranschrift in den Zulassungsbescheinigungen der folgenden Fahrzeuge (Nutzer nur zu Ihrer Information, Halterin ist jeweils die Gesellschaft):

Kennzeichen | FIN | Nutzer
{table}

Die Zulassungsbescheinigungen Teil I sammeln wir ein und bringen sie gebündelt vorbei, sobald Sie uns einen Termin nennen. Die Vollmacht für Herrn {P("Weis")} (Geschäftsführer unserer luxemburgischen Schwestergesellschaft Saar-Mosel Leasing S.à r.l., TVA {VAT(lu_vat())}) liegt im Anhang.

USt-IdNr. der Halterin: {VAT(IDS.vat_id())} · Handelsregister AG Wittlich {N("HRB 41522")}

Mit freundlichen Grüßen
i. A. {P("Carina Ruppenthal")}
Fuhrparkmanagement

Saar-Mosel Leasing GmbH | {A("Am Moselkai 3")} | {A("54293 Trier")}
T {T("+49 651 46 39 07-12")} | M {T("+49 160 9 44 81 27")}"""


@doc("word", "ocr_carte_grise")
def d018():
    v = vin("VF1", "RJB00", "K", "8")
    spi = fr_spi()
    cni = rchars(9, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    return f"""[Scan-Eingang 03.09.2025 – 3 Seiten – Texterkennung automatisch, ungeprüft]

--- Seite 1 ---
REPUBLIQUE FRANCAISE    CERTIFICAT D'IMMATRICULATION
A  {KFZ("GK-731-PW")}            B  14/03/2019          I  22/08/2023
C.1  {P("LEMAÎTRE  BENOÎT  MARIE")}
C.4a  EST LE PROPRIETAIRE DU VEHICULE
C.4.1  CO-TITULAIRE :  {P("LEMAÎTRE NÉE WEBER  CLAIRE")}
C.3  {A("8 RUE DU MOULIN")}
     {A("57480 SIERCK LES BAINS")}
D.1 RENAULT      D.2 JB0 ZZZ ...     D.3 CAPTUR
E  {KFZ(v)}
F.1 1750   F.2 1750   G 1245   J CI   J.1 VP   P.1 1332   P.3 ES   V.7 129
X.1 22/08/2025   ←  l'éch. C.T. — contrôlé
Y.1 440   Y.3 O   Y.5 11   Y.6 451   ||   TAXE REGIONALE  ...

--- Seite 2 ---
CARTE NATIONALE D'IDENTITE   N°  {IDC(cni)}
Nom:  {P("LEMAÎTRE")}     Prénoms: {P("Benoît, Marie")}
Sexe: M    Nationalité: FRA
Date de naiss.: {DOB("02 O4 1987")}     Lieu: METZ (57)
        l|||||  ,  ,   [Hologramm nicht lesbar]

--- Seite 3 ---
DIRECTION GENERALE DES FINANCES PUBLIQUES
AVIS D'IMPOT 2025 SUR LES REVENUS DE L'ANNEE 2024
Déclarant 1   Numéro fiscal  {TID(spi[:2] + " " + spi[2:4] + " " + spi[4:7] + " " + spi[7:10] + " " + spi[10:])}
Référence de l'avis  {AZ("25 57 A" + rdigits(6) + " " + rdigits(2))}
Adresse: M {P("LEMAITRE BENOIT")}  {A("8 RUE DU MOULIN")}  {A("57480 SIERCK-LES-BAINS")}
Revenu fiscal de référence  ********   Nombre de parts 2,5

[Handschriftlicher Vermerk am Rand, S. 1:] Hr. {P("Lemaître")} will nach Perl ziehen, Termin Zulassung 17.09. – Tel. {T("0033 6 74 21 09 58")} – Kopie Wohnsitznachweis fehlt noch (dt. Meldebescheinigung) – {P("Hoffr")}. 03/09"""


@doc("outlook", "halteranfrage_polizei")
def d019():
    v = vin("WV2", "ZZZ2K", "N", "X", True)
    return f"""Von: Zulassungsstelle Trier-Saarburg <{N(M_ZUL)}>
Gesendet: Mittwoch, 10. September 2025 11:22
An: PI Saarburg – Verkehr <{N("pisaarburg.verkehr@polizei.rlp.de")}>
Cc: {P("Hoffranzen, Markus")} <{E("m.hoffranzen@kv-trier-saarburg.de")}>
Betreff: AW: Halteranfrage {KFZ("SAB-RW 73")} / Ihr Az. {AZ("3411-007215/2025")}

Sehr geehrter Herr POK {P("Bettinger")},

zu Ihrer Anfrage von heute früh: Das Fahrzeug {KFZ("SAB-RW 73")} (VW Caddy, FIN {KFZ(v)}) ist seit 14.03.2022 zugelassen auf

Herrn {P("Roland Wirtz")}, geb. {DOB("05.06.1959")}
{A("Im Ellerbach 41")}
{A("54439 Saarburg-Beurig")}

Vorherige Halterin bis 13.03.2022 war Frau {P("Gertrud Wirtz")}, gleiche Anschrift. Eine Anzeige des Versicherers nach § 25 FZV liegt nicht vor; Haftpflichtversicherer ist die Moselland Versicherung, Versicherungsschein-Nr. {AZ("KF-44-2193387-01")}.

Auf Herrn {P("Wirtz")} ist außerdem ein Anhänger zugelassen ({KFZ("SAB-RW 730")}), falls das für Sie eine Rolle spielt.

Mit freundlichen Grüßen
Im Auftrag
{P("Markus Hoffranzen")}
Tel. {T("0651 9476-281")}

> Von: {P("Bettinger, Lukas")} (PI Saarburg) <{E("lukas.bettinger@polizei.rlp.de")}>
> Gesendet: Mittwoch, 10. September 2025 09:05
> An: {N(M_ZUL)}
> Betreff: Halteranfrage
>
> Guten Morgen,
> bitte um Halterauskunft zu {KFZ("SAB-RW 73")}, Verkehrsunfallflucht am 09.09.2025 gegen 17:30 Uhr in Saarburg, Parkplatz Am Markt. Unser Az. {AZ("3411-007215/2025")}.
> Mit freundlichem Gruß
> {P("Lukas Bettinger")}, POK
> Polizeiinspektion Saarburg, Sachbereich Verkehr
> Tel. {T("06581 9155-142")}"""


@doc("word", "bescheid_fahrtenbuch")
def d020():
    v = vin("WF0", "XXXTT", "M", "A")
    return f"""{OFFICE} | {N(O_STREET)} | {N(O_CITY)}

Gegen Postzustellungsurkunde
Herrn
{P("Andreas Dahm")}
Garten- und Landschaftsbau
{A("Auf der Fleck 2")}
{A("54340 Detzem")}

Aktenzeichen: {AZ("8.1-FB 2025/017")}
Datum: 01.09.2025

Anordnung zum Führen eines Fahrtenbuchs (§ 31a StVZO)

Sehr geehrter Herr {P("Dahm")},

mit dem auf Sie zugelassenen Fahrzeug {KFZ("TR-AD 4402")} (Ford Transit, Fahrzeug-Identifizierungsnummer {KFZ(v)}) wurde am 17.04.2025 um 07:52 Uhr in Trier, Kaiserstraße / Saarstraße, ein qualifizierter Rotlichtverstoß begangen (Bußgeldverfahren {AZ("8.3-OWi 22981/25")}). Der verantwortliche Fahrzeugführer konnte nicht ermittelt werden. Den Anhörungsbogen haben Sie nicht zurückgesandt; beim Ermittlungsbesuch der Polizei am 03.06.2025 haben Sie erklärt, das Fahrzeug werde von mehreren Mitarbeitern genutzt. Auch die Befragung Ihrer Mitarbeiter {P("Kevin Lauterbach")} und {P("Eduard Friesen")} führte nicht weiter. Ihren Einwand, der Transporter gehöre zum Betriebsvermögen (Steuernummer {TNR("43/219/30587")}) und sei daher kein „Privatfahrzeug“, haben wir geprüft; er ist für die Anordnung ohne Bedeutung.

Ich ordne daher an:
1. Sie haben für das Fahrzeug {KFZ("TR-AD 4402")} für die Dauer von zwölf Monaten ab Zustellung ein Fahrtenbuch zu führen.
2. Die Anordnung gilt auch für ein Ersatzfahrzeug.
3. Die sofortige Vollziehung von Nr. 1 und 2 wird nach § 80 Abs. 2 Satz 1 Nr. 4 VwGO angeordnet.
4. Sie tragen die Kosten des Verfahrens: Gebühr 125,00 EUR (Nr. 252 GebOSt), Auslagen 3,50 EUR.

Bitte überweisen Sie den Betrag von 128,50 EUR bis zum 30.09.2025 auf das Konto der Kreiskasse, IBAN {N(spaced_iban(O_IBAN))}, BIC {N(O_BIC)}, unter Angabe des Kassenzeichens {AZ("5310.2025.000917")}.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Zustellung Widerspruch erhoben werden. Der Widerspruch ist bei der {OFFICE}, {N(O_STREET)}, {N(O_CITY)}, einzulegen. Ein Widerspruch hat wegen der Anordnung der sofortigen Vollziehung keine aufschiebende Wirkung; deren Wiederherstellung kann beim Verwaltungsgericht Trier beantragt werden.

Mit freundlichen Grüßen
Im Auftrag

{P("Oliver Zimmer")}"""


@doc("outlook", "zulassung_auto_polen", ["ETHNICITY"])
def d021():
    v = vin("SB1", "Z93BE", "L", "0")
    pes = pesel(84, 8, 11)
    idc = pl_id_card()
    pas = IDS.passport(check_digit=False)
    pli = pl_iban()
    return f"""Od: {P("Przemysław Nowicki")} <{E("p.nowicki@wp.pl")}>
Wysłano: środa, 3 września 2025 20:14
Do: {N(M_ZUL)}
Temat: Zulassung Auto aus Polen – pytanie / Frage

Dzień dobry, guten Tag,

ich wohne seit Juli mit meiner Frau {P("Justyna")} und unserer Tochter in Trier-Ehrang, {A("Kyllstraße 19b")}, {A("54293 Trier")}. Jetzt möchte ich unser Auto ummelden, einen Toyota Corolla mit polnischem Kennzeichen {KFZ("PO 4KR91")}, VIN {KFZ(v)}.

Meine Daten:
{P("Przemysław Nowicki")}, ur. {DOB("11.08.1984")} w Gliwicach
PESEL: {IDC(pes)}
Dowód osobisty: {IDC(idc[:3] + " " + idc[3:])}
bisherige Adresse in Polen: {A("ul. Wierzbowa 8 m. 12")}, {A("60-718 Poznań")}

Ich habe auch einen deutschen Reisepass ({PASS(pas)}), weil mein Vater als Angehöriger der deutschen Minderheit in Oberschlesien die deutsche Staatsangehörigkeit behalten hat. Welchen Ausweis soll ich zur Zulassung mitbringen, den polnischen oder den deutschen?

Die eVB von der deutschen Versicherung habe ich schon: {AZ(evb())}. Kann die Kfz-Steuer vorerst von meinem polnischen Konto abgebucht werden ({IBAN(spaced_iban(pli))})? Ein deutsches Konto eröffne ich gerade.

Telefon: {T("+48 602 118 734")} oder {T("0152 29 47 61 83")}

Pozdrawiam / Viele Grüße
{P("Przemek Nowicki")}"""


@doc("word", "liste_wunschkennzeichen", ["POLITICS"])
def d022():
    card = IDS.credit_card("5412", 16)
    return f"""Liste Wunschkennzeichen – Reservierungen mit Besonderheiten (Stand 12.09.2025)
Zuständig: {P("Jutta Marx")}, ab 22.09. Vertretung {P("Dominik Schäfer-Zender")}

• {KFZ("TR-KH 1960")} – {P("Karl-Heinz Brück")}, Trier-Pfalzel; Kombination aus Initialen und Geburtsjahr, unbedenklich. Reserviert bis 30.11.2025.
• {KFZ("SAB-LT 1")} – {P("Luc Thill")}, wohnt noch in Wasserbillig (L), Zuzug nach Nittel zum 01.10. angekündigt; Reservierung erst nach Anmeldung beim Einwohnermeldeamt möglich, Herr {P("Thill")} ist informiert.
• {KFZ("TR-FW 2026")} – beantragt von Herrn {P("Ulrich Knebel")} für den Wahlkampfbus der Freien Wähler; Herr {P("Knebel")} ist deren Kreisvorsitzender und Kandidat zur Landtagswahl. Zulassung auf ihn privat, keine Bedenken.
• {KFZ("TR-HJ 188")} – Antrag von Herrn {P("Maik Scholer")} abgelehnt (Kombination nach den Vorgaben des Landes unzulässig: Kürzel HJ). Widerspruch angekündigt, telefonisch sehr aufgebracht. Ersatzvorschlag {KFZ("TR-MS 188")} wurde abgelehnt.
• {KFZ("SAB-MD 1209")} – {P("Marie Dostert")}; Online-Zahlung mit Mastercard {CC(card)} am 10.09. fehlgeschlagen, Reservierung trotzdem angelegt. Frau {P("Dostert")} zahlt bei Zulassung bar.
• {KFZ("TR-JB 007")} – {P("Jan-Bernd Boesen")}, reserviert bis 30.09.2025, Rückruf erbeten unter {T("0171-2294 806")}.
• {KFZ("TR-EL 2501")} – {P("Elias Loskill")}, geb. {DOB("25.01.2007")} (Zahl = Geburtstag), Zulassung auf die Mutter {P("Carmen Loskill")}.
• {KFZ("TR-AM 333")} – {P("Annemarie „Ami“ Merten")}, Oldtimer, H-Kennzeichen beantragt ({KFZ("TR-AM 333H")}), Gutachten nach § 23 StVZO fehlt noch.

Hinweis: Reservierungen mit unzulässigen Kombinationen (§ 8 Abs. 1 FZV i. V. m. der Landesliste) nicht freischalten, sondern Frau {P("Marx")} bzw. Vertretung vorlegen."""


@doc("outlook", "umbau_rollstuhl_betreuer", ["HEALTH"])
def d023():
    v = vin("WV2", "ZZZ2K", "K", "X", True)
    tid = IDS.tax_id()
    kv = IDS.health_insurance()
    return f"""Von: {P("Heinz-Jürgen Altmeyer")} <{E("hj.altmeyer@gmx.net")}>
Gesendet: Montag, 8. September 2025 13:15
An: {N(M_ZUL)}
Betreff: Umbau Fahrzeug meiner Mutter – Eintragung und Kfz-Steuer

Guten Tag Herr {P("Hoffranzen")},

Sie hatten mir am Telefon geraten, alles noch einmal schriftlich zu schicken, danke dafür.

Meine Mutter, Frau {P("Hildegard Altmeyer")} (geb. {DOB("14.12.1938")}), ist seit ihrem Schlaganfall im Frühjahr halbseitig gelähmt und auf den Rollstuhl angewiesen; im Schwerbehindertenausweis stehen GdB 100 und die Merkzeichen aG, B und H. Ihr VW Caddy ({KFZ("TR-HA 1438")}, FIN {KFZ(v)}) wurde bei einem Fachbetrieb in Föhren mit Heckausschnitt, Rampe und Rollstuhl-Rückhaltesystem umgebaut. Das Gutachten nach § 21 StVZO liegt vor (Gutachten-Nr. {AZ("5531-2025-44871")}). Die Krankenkasse hat sich an dem Umbau nicht beteiligt (Versichertennummer meiner Mutter {KV(kv)}, Ablehnung vom 12.06.).

Meine Fragen:
1. Muss der Wagen zur Berichtigung der Papiere bei Ihnen vorgeführt werden, oder reicht es, wenn ich mit Gutachten und ZB I komme?
2. Ich bin ihr gesetzlicher Betreuer (Betreuerausweis AG Trier, Az. {AZ("9 XVII 412/24")}), die Kopie hänge ich an. Reicht das als Vollmacht?
3. Für die Kfz-Steuerbefreiung ist doch das Hauptzollamt zuständig? Brauchen die ihre Steuer-ID? Die wäre {TID(tid)}.

Anschrift meiner Mutter: {A("Brunnenweg 4")}, Whg. 12, {A("54346 Mehring")}
Ich selbst bin unter {T("0160-97 31 455")} erreichbar, tagsüber auch dienstlich unter {T("0651 14 79-302")}.

Viele Grüße
{P("Heinz-Jürgen Altmeyer")}"""


@doc("word", "verwarnung_luxemburg")
def d024():
    return f"""{OFFICE} · Bußgeldstelle · {N(O_STREET)} · {N(O_CITY)} · ALLEMAGNE

Madame
{P("Josée Majerus-Thill")}
{A("12, rue de la Gare")}
{A("L-6440 Echternach")}
LUXEMBOURG

Verwarnung mit Verwarnungsgeld / Avertissement taxé
Aktenzeichen / Référence: {AZ("8.2-VG 80566/25")}
Datum / Date: 26.08.2025

Sehr geehrte Frau {P("Majerus-Thill")},

am 16.08.2025 um 10:35 Uhr parkte das auf Sie zugelassene Fahrzeug mit dem luxemburgischen Kennzeichen {KFZ("LM 6021")} in Saarburg, Heckingstraße, im eingeschränkten Halteverbot (Zeichen 286 StVO). Ihre Anschrift als Halterin wurde über das europäische Fahrzeug- und Führerscheininformationssystem EUCARIS ermittelt (Anfrage {AZ("EUC-2025-LU-118273")}).

Wegen dieser Ordnungswidrigkeit verwarne ich Sie mit einem Verwarnungsgeld von 25,00 EUR (Tatbestandsnummer 112402). Die Verwarnung wird nur wirksam, wenn Sie einverstanden sind und den Betrag bis zum 09.09.2025 zahlen:

Empfänger: Kreiskasse Trier-Saarburg
IBAN: {N(spaced_iban(O_IBAN))}   BIC: {N(O_BIC)}
Verwendungszweck: {AZ("8.2-VG 80566/25")}

Si vous n'êtes pas d'accord ou si vous ne payez pas dans le délai, une procédure d'amende (Bußgeldverfahren) sera engagée. Pour toute question: {N(O_TEL_INT)}, {N(M_BG)} (lundi–vendredi, 8h–12h).

Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.
Sachbearbeiter: Herr {P("Lorig")}"""


@doc("outlook", "weitergeleitet_nl_fuehrerschein")
def d025():
    bsn = nl_bsn()
    rb = RNG.choice("45") + rdigits(9)
    return f"""Von: {P("Thielen, Anja")}
Gesendet: Freitag, 12. September 2025 09:47
An: Führerscheinstelle <{N(M_FS)}>
Betreff: WG: vraag / Frage Führerschein + Ummeldung

Hallo zusammen,
die Dame hat bei uns letzte Woche das Auto umgemeldet und fragt jetzt nach dem Führerschein, das ist bei euch besser aufgehoben. Könnt ihr direkt antworten? Danke!
{P("Anja")}

________________________________
Van: {P("Femke van der Linden-Bakker")} <{E("femke.vdlinden@kpnmail.nl")}>
Verzonden: donderdag 11 september 2025 22:15
Aan: {N(M_ZUL)}
Onderwerp: vraag / Frage Führerschein + Ummeldung

Goedenavond / Guten Abend,

wir sind im Juli aus Maastricht nach Konz gezogen ({A("Merzkirchener Weg 8")}, {A("54329 Konz")}). Das Auto ist schon umgemeldet, jetzt {KFZ("TR-FL 5521")} (vorher {KFZ("N-312-BX")}), vielen Dank nochmal an Frau {P("Thielen")}!

Jetzt zu meinem Führerschein: Mein niederländischer Rijbewijs (Nr. {IDC(rb)}) ist noch bis 2027 gültig. Muss ich ihn in einen deutschen umtauschen, oder erst wenn er abläuft? Falls Sie meine Daten brauchen: BSN {TID(bsn)}, geboren {DOB("23-10-1983")} in Heerlen.

Mein Mann, {P("Joost van der Linden")}, hat außerdem einen Führerschein für LKW (Klasse C) aus dem Jahr 1998. Gilt der hier unbefristet weiter, oder muss er etwas tun?

Met vriendelijke groet / Mit freundlichen Grüßen
{P("Femke van der Linden-Bakker")}
{T("+31 6 4127 0593")} / neu: {T("06501 60 27 318")}"""


@doc("word", "bescheid_neuerteilung_mpu", ["HEALTH"])
def d026():
    fsn = de_licence("J5T2")
    return f"""{OFFICE} – Fahrerlaubnisbehörde
{N(O_STREET)}, {N(O_CITY)}, Telefon {N(O_TEL)}, Telefax {N(O_FAX)}

Frau
{P("Tanja Reichertz")}
{A("Im Kreuzfeld 16")}
{A("54311 Trierweiler")}

Az.: {AZ("FE-N 2025/1408")} (früher {AZ("FE-E 2023/0391")})
Trier, 03.09.2025

Erteilung der Fahrerlaubnis der Klassen B und AM nach vorangegangener Entziehung

Sehr geehrte Frau {P("Reichertz")},

mit Urteil des Amtsgerichts Trier vom 18.10.2023 ({AZ("28 Ds 8011 Js 18452/23")}) wurde Ihnen die Fahrerlaubnis entzogen und eine Sperrfrist von 14 Monaten angeordnet. Die Sperrfrist ist abgelaufen.

Das von Ihnen vorgelegte medizinisch-psychologische Gutachten einer amtlich anerkannten Begutachtungsstelle für Fahreignung vom 14.08.2025 kommt zu einem positiven Ergebnis. Die Gutachterin, Dipl.-Psych. {P("Miriam Kohlhaas")}, stellt fest, dass bei Ihnen eine Alkoholabhängigkeit vorlag, Sie nach einer stationären Entwöhnungsbehandlung aber seit über zwölf Monaten abstinent leben; dies ist durch sechs unangekündigte EtG-Urinkontrollen belegt. Eine stabile Verhaltensänderung sei eingetreten.

Ihnen wird daher die Fahrerlaubnis der Klassen B und AM erteilt. Auflagen oder Beschränkungen werden nicht eingetragen.

Ihre Daten: {P("Tanja Reichertz")}, geb. {DOB("09.05.1985")} in Hermeskeil
Führerschein-Nr.: {IDC(fsn)}
Gebühr (Nr. 202.1, 202.2 GebOSt): 42,60 EUR; Kassenzeichen {AZ("6110.2025.011243")}

Den Führerschein können Sie ab dem 10.09.2025 persönlich abholen (Zimmer 1.04, Mo–Fr 7:30–12:00 Uhr). Bitte bringen Sie Ihren Personalausweis mit.

Im Auftrag

Dr. {P("Ulrike Fell")}
Leiterin der Fahrerlaubnisbehörde"""


@doc("outlook", "fahrschule_pruefauftraege", ["RELIGION", "BIOMETRIC"])
def d027():
    return f"""Von: Fahrschule Moseltal – {P("Markus Biwer")} <{N("info@fahrschule-moseltal.de")}>
Gesendet: Donnerstag, 11. September 2025 18:02
An: {N(M_FS)}
Betreff: Prüfaufträge Oktober – 5 Schüler

Hallo Frau {P("Kirsch-Mertes")},

wie am Telefon besprochen die Liste meiner Schüler, für die noch kein Prüfauftrag an den TÜV raus ist:

- {P("Jana Wiśniewska")}, geb. {DOB("02.02.2008")}, Kl. B/BF17, Antrag vom 14.07.
- {P("Tobias Lenz")}, geb. {DOB("19.11.2006")}, Kl. A2 – Theorie bestanden am 28.08.
- {P("Louis Hoffmann")}, geb. {DOB("30.06.2007")}, Kl. B – wohnt in Wasserbillig, Hauptwohnsitz aber bei seinem Vater in Igel ({A("Moselstraße 7")})
- Schwester {P("M. Benedikta")} ({P("Agnes Kremer")}), geb. {DOB("08.08.1961")}, Kl. B – sie ist Ordensschwester bei den Franziskanerinnen und trägt den Schleier auch auf dem Passbild. Die Bescheinigung des Ordens, dass sie ihn aus religiösen Gründen ständig trägt, liegt bei. Geht das so für den Kartenführerschein?
- {P("Noah Schuh")}, geb. {DOB("04.04.2008")}, Kl. B/BF17 – Sehtest fehlt noch, kommt nächste Woche

Die biometrischen Passbilder und die Unterschriftsblätter für alle fünf bringe ich Montag früh vorbei.

Gruß
Mac

--
{P("Markus „Mac“ Biwer")}
Fahrschule Moseltal, Inh. {P("Markus Biwer")}
{A("Römerstraße 48")}, {A("54338 Schweich")}
Tel. {T("06502 93 77 10")} · mobil {T("0173 5 28 94 61")}"""


@doc("word", "vermerk_ausweisfaelschung", ["BIOMETRIC"])
def d028():
    v = vin("WAU", "ZZZF2", "N", "N", True)
    nrn = be_nrn(91, 3, 17)
    eid = be_eid()
    pes = pesel(93, 10, 2)
    return f"""Aktenvermerk – Verdacht auf Vorlage eines verfälschten Ausweisdokuments

Ort/Zeit: Zulassungsstelle Trier, Schalter 3, 15.09.2025, 10:20 Uhr
Vorgang: {AZ("Z-2025-120044")} (gesperrt)

1. Eine männliche Person, die sich als Herr {P("Pieter-Jan Vandenberghe")} ausgab, beantragte die Zulassung eines Audi A6 Avant (FIN {KFZ(v)}) auf seinen Namen unter der Anschrift {A("Bahnhofsweg 9")}, {A("54317 Kasel")}.

2. Vorgelegt wurde eine belgische eID-Karte, Kartennummer {IDC(eid)}, Nationalregisternummer {IDC(nrn)}, Geburtsdatum laut Karte {DOB("17.03.1991")}.
   Auffällig: Das Lichtbild wirkt überklebt, das Laminat ist am Rand gelöst, das Kippbild (Ghost Image) fehlt. Eine Meldebescheinigung für die angegebene Anschrift konnte nicht vorgelegt werden; nach Rückfrage bei der Meldebehörde der Verbandsgemeinde ist dort niemand dieses Namens gemeldet.

3. Die Polizei wurde um 10:35 Uhr verständigt. PHKin {P("Sandra Mohr")} (PI Trier, Tel. {T("0651 9779-3210")}) traf um 10:50 Uhr ein. Die Person wurde vorläufig festgenommen; Fingerabdrücke und Lichtbilder wurden erkennungsdienstlich genommen und mit dem Fingerabdrucksystem abgeglichen. Polizeiliches Az.: {AZ("4101-018345/2025")}.

4. Nach Mitteilung der Polizei von 13:15 Uhr handelt es sich tatsächlich um Herrn {P("Dawid Sikora")}, geb. {DOB("02.10.1993")}, wohnhaft {A("ul. Lipowa 21")}, {A("58-500 Jelenia Góra")}, PESEL {IDC(pes)}. Das Fahrzeug ist nach Auskunft der Polizei seit 08.09. in den Niederlanden als gestohlen gemeldet.

5. Die eID-Karte wurde von der Polizei sichergestellt. Der Vorgang bleibt gesperrt, Wiedervorlage nach Eingang des Polizeiberichts.

{P("Hoffranzen")}, 15.09.2025
Kenntnis genommen: {P("Kaspari")}"""


@doc("outlook", "versicherer_anzeige_fzv")
def d029():
    v = vin("WBA", "7E210", "P", "V")
    return f"""Von: Kfz-Anzeigen Moselland Versicherung <{N("anzeigen-fzv@moselland-vers.de")}>
Gesendet: Dienstag, 2. September 2025 06:14
An: {N(M_ZUL)}
Betreff: Anzeige nach § 25 Abs. 1 FZV – Versicherungsschutz beendet – {KFZ("TR-YK 612")}

Sehr geehrte Damen und Herren,

hiermit zeigen wir an, dass für das nachstehende Fahrzeug kein Haftpflichtversicherungsschutz mehr besteht.

Versicherungsnehmer/Halter: {P("Yannick Kettenhofen")}
Geburtsdatum: {DOB("22.07.1996")}
Anschrift: {A("Sonnenhang 3")}, {A("54341 Fell")}
Amtliches Kennzeichen: {KFZ("TR-YK 612")}
FIN: {KFZ(v)}
Versicherungsschein-Nr.: {AZ("71-KH-0458893-2")}
ursprüngliche eVB: {AZ(evb())}
Ende des Versicherungsschutzes: 31.08.2025, 24:00 Uhr (Nichtzahlung der Folgeprämie, § 38 VVG)
Unser Zeichen: {AZ("FZV-2025-093381")}

Wir bitten um Eingangsbestätigung. Sollte der Versicherungsschutz wiederhergestellt werden, erhalten Sie eine gesonderte Mitteilung.

Rückfragen bitte an unseren Kundenservice {N("0800 664 7788")} oder direkt an Frau {P("Daniela Rauen")}, Tel. {T("0681 94 21-4417")}, {E("daniela.rauen@moselland-vers.de")}.

Mit freundlichen Grüßen
Moselland Versicherung AG
Kraftfahrt-Betrieb, Bestandsverwaltung

Diese Nachricht wurde automatisch erzeugt."""


@doc("word", "schreiben_verdi_code95", ["UNION"])
def d030():
    ssn = IDS.social_security("120166", "K")
    nir = fr_nir(1, 79, 4, "57", "672")
    f1, f2 = de_licence("J5T2"), de_licence("J5T2")
    return f"""{OFFICE} · Fahrerlaubnisbehörde · {N(O_STREET)} · {N(O_CITY)}

per E-Mail: {E("olaf.brandscheid@verdi.de")}
ver.di – Vereinte Dienstleistungsgewerkschaft
Bezirk Region Trier
Herrn {P("Olaf Brandscheid")}

Unser Zeichen: {AZ("FE-V 2025/0611")}
Trier, 15.09.2025

Ihr Schreiben vom 28.08.2025 – Verlängerung der Klassen C/CE und Schlüsselzahl 95 für Fahrer der MoselTrans Logistik GmbH

Sehr geehrter Herr {P("Brandscheid")},

Sie haben uns als Bevollmächtigter von vier bei ver.di organisierten Berufskraftfahrern geschrieben und um eine gebündelte Bearbeitung gebeten, weil die Fristen teilweise im Oktober ablaufen. Zu den einzelnen Anträgen:

1. Herr {P("Dieter Kohr")}, geb. {DOB("12.01.1966")}, Führerschein-Nr. {IDC(f1)}
   Verlängerung C/CE bis 2030: Die augenärztliche Bescheinigung und die ärztliche Bescheinigung nach Anlage 5 FeV liegen vor. Der neue Führerschein wird bestellt.

2. Herr {P("Piotr Zieliński")}, geb. {DOB("23.05.1979")}, Führerschein-Nr. {IDC(f2)}
   Eintragung der Schlüsselzahl 95 bis 14.11.2030: Der Nachweis über 35 Stunden Weiterbildung (Ausbildungsstätte in Föhren) liegt vor. Bestellung erfolgt.

3. Herr {P("Cédric Hoff")}, geb. {DOB("06.04.1979")}, wohnhaft in Frankreich ({A("3 rue de l'Église")}, {A("57480 Apach")})
   Für ihn sind wir nicht zuständig: Mit Wohnsitz in Frankreich ist die französische Behörde (Préfecture de la Moselle / ANTS) für den Führerschein und die Schlüsselzahl 95 zuständig.

4. Frau {P("Sandra Kieffer-Lenz")}, geb. {DOB("03.03.1988")}
   Der Antrag ist unvollständig: Es fehlen die Vollmacht und das Lichtbild.

Sie haben uns Kopien der Sozialversicherungsausweise von Herrn {P("Kohr")} (Versicherungsnummer {SSN(ssn[:2] + " " + ssn[2:8] + " " + ssn[8] + " " + ssn[9:])}) und der carte Vitale von Herrn {P("Hoff")} (n° {SSN(nir[0] + " " + nir[1:3] + " " + nir[3:5] + " " + nir[5:7] + " " + nir[7:10] + " " + nir[10:13] + " " + nir[13:])}) geschickt. Diese Unterlagen benötigen wir nicht; die Kopien haben wir vernichtet. Bitte senden Sie solche Daten künftig nicht mit.

Für Rückfragen erreichen Sie mich unter {T("0651 9476-318")}.

Mit freundlichen Grüßen
Im Auftrag

{P("Thomas Weirich")}"""


# =========================================================================== output
def main():
    out_path = os.path.join(HERE, "fresh114.jsonl")
    lines = []
    for i, (channel, template, flags, fn) in enumerate(DOCS, start=1):
        record = build(f"F114-{i:03d}", channel, template, fn(), flags)
        lines.append(json.dumps(record, ensure_ascii=False))
    with open(out_path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    return out_path


if __name__ == "__main__":
    main()
