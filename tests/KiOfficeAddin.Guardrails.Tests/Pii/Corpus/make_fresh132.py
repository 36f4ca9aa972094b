#!/usr/bin/env python3
"""Blind test batch 132: invented correspondence of a Rhineland city's adult education centre (Volkshochschule)
and city library (Brühl, Rhein-Erft-Kreis): course registrations, fee reductions, freelance teachers' fee
contracts, library card holders, overdue reminders, integration-course lists, informal participant mails.

All names, addresses and numbers are invented. All randomness comes from Identifiers(13232).rng, so a second run
writes a byte-identical file.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from identifiers import Identifiers, group, icao_check, luhn_check, mod11_10_check  # noqa: E402
from marks import build  # noqa: E402

ids = Identifiers(13232)
rng = ids.rng

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh132.jsonl")


# ---------------------------------------------------------------- marks
def mk(code, s):
    return f"[[{code}|{s}]]"


def P(s): return mk("P", s)
def A(s): return mk("A", s)
def E(s): return mk("E", s)
def T(s): return mk("T", s)
def DOB(s): return mk("DOB", s)
def AZ(s): return mk("AZ", s)
def KFZ(s): return mk("KFZ", s)
def IBAN(s): return mk("IBAN", s)
def TID(s): return mk("TID", s)
def TNR(s): return mk("TNR", s)
def VAT(s): return mk("VAT", s)
def IDC(s): return mk("IDC", s)
def PASS(s): return mk("PASS", s)
def SSN(s): return mk("SSN", s)
def KV(s): return mk("KV", s)
def CC(s): return mk("CC", s)
def N(s): return mk("N", s)


# ---------------------------------------------------------------- random helpers (all from rng)
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
MOBILE_PREFIXES = ["0151", "0152", "0157", "0159", "0160", "0162", "0170", "0171", "0172", "0173", "0174", "0175",
                   "0176", "0177", "0178", "0179", "01522", "01575"]


def dob(y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return d, m, y


def fdate(d, m, y, style):
    if style == "dot":
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


def mobile(style=None):
    pre = rng.choice(MOBILE_PREFIXES)
    rest = ids.digits(11 - len(pre) + 1 if len(pre) == 4 else 7)
    style = style or rng.choice(["space", "slash", "dash", "intl", "intl0", "compact", "grouped"])
    if style == "space":
        return f"{pre} {rest}"
    if style == "slash":
        return f"{pre}/{rest}"
    if style == "dash":
        return f"{pre}-{rest[:3]} {rest[3:]}"
    if style == "intl":
        return f"+49 {pre[1:]} {rest}"
    if style == "intl0":
        return f"+49 (0){pre[1:]} {rest}"
    if style == "compact":
        return f"+49{pre[1:]}{rest}"
    return f"{pre} {rest[:3]} {rest[3:6]} {rest[6:]}".rstrip()


def landline(area, style=None):
    n = ids.digits(rng.choice([5, 6, 7]), first_nonzero=True)
    style = style or rng.choice(["space", "slash", "paren", "dash", "intl"])
    if style == "space":
        return f"{area} {n}"
    if style == "slash":
        return f"{area}/{n}"
    if style == "paren":
        return f"({area}) {n}"
    if style == "dash":
        return f"{area}-{n}"
    return f"+49 {area[1:]} {n}"


def iban_de(spaced=True):
    v = ids.iban_de()
    return group(v, 4) if spaced else v


def tax_id(spaced=True):
    v = ids.tax_id()
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if spaced else v


def creditor_id():
    """SEPA creditor identifier DE + check + ZZZ + 11 digits; ISO 7064 MOD 97-10 without the business code."""
    national = "0" + ids.digits(10)
    digits = "".join(str(int(c, 36)) for c in national + "DE00")
    return f"DE{98 - int(digits) % 97:02d}ZZZ{national}"


def plate(district):
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice([1, 2])))
    num = str(rng.randint(1, 9999 if len(district) + len(letters) < 5 else 999))
    sep = rng.choice(["-", " ", "-"])
    return f"{district}{sep}{letters} {num}"


def ua_passport():
    """Ukrainian booklet passport: two Cyrillic-transliterated series letters and six digits (no check digit)."""
    return rng.choice(["FE", "FT", "FK", "FA", "EK", "FM"]) + ids.digits(6)


# ---------------------------------------------------------------- public office data (neutral)
VHS_TEL = "02232 79-4100"
BIB_TEL = "02232 79-4300"
VHS_MAIL = "vhs@bruehl.de"
BIB_MAIL = "stadtbibliothek@bruehl.de"
IK_MAIL = "integrationskurse@vhs-bruehl.de"
VHS_STREET, VHS_CITY = "Liblarer Straße 12", "50321 Brühl"
BIB_STREET, BIB_CITY = "Carl-Schurz-Straße 22", "50321 Brühl"
CITY_IBAN = iban_de()
CITY_CREDITOR = creditor_id()

docs = []


def add(channel, template, text, flags=()):
    doc_id = f"F132-{len(docs) + 1:03d}"
    docs.append(build(doc_id, channel, template, text, list(flags)))


# ================================================================ 001 outlook: broken-German course registration
d, m, y = 1, 1, 1994
add("outlook", "anmeldung-integrationskurs", f"""Betreff: anmeldung deutschkurs

hallo

ich bin {P("Mohammad Reza Ahmadi")} ich wohne jetzt in brühl in die unterkunft {A("Am Heidgen 4")}, zimmer 12. geboren {DOB(fdate(d, m, y, "dot"))} in herat. ich habe berechtigungsschein von ausländerbehörde, die kennziffer ist {AZ(ids.digits(7, True) + "-" + ids.digits(3, True))}.
ich will deutschkurs machen am vormittag weil nachmittag ich arbeite in küche bei restaurant.
meine frau {P("Zahra")} auch will kurs aber wir haben kleine kind 2 jahre, gibt es kinderbetreuung bei vhs?
frau {P("Köllen")} hat gesagt ich soll email schreiben an diese adresse.

meine handy {T(mobile("space"))}
oder mein nachbar Herr {P("Wolfgang Bröhl")} {T(landline("02232", "slash"))} er spricht deutsch

danke viel mal
{P("Ahmadi")}""")

# ================================================================ 002 word: participant list integration course
rows = [
    ("Ahmadi, Mohammad Reza", "Afghanistan", "Am Heidgen 4", "50321 Brühl"),
    ("Tekle, Senait", "Eritrea", "Kölnstraße 27", "50321 Brühl"),
    ("Kovalenko, Olena", "Ukraine", "Römerstraße 201", "50321 Brühl"),
    ("Hosseini, Fatemeh", "Afghanistan", "Am Heidgen 4", "50321 Brühl"),
    ("Ghebremariam, Tesfay", "Eritrea", "Severinusstraße 15", "50321 Brühl"),
    ("Karimi, Mehdi", "Iran", "Im Kirschgarten 3a", "50354 Hürth"),
    ("Nguyễn, Thị Lan", "Vietnam", "Uhlstraße 60", "50321 Brühl"),
    ("Melnyk, Oksana", "Ukraine", "Auf dem Acker 11", "50389 Wesseling"),
    ("Al-Hassan, Mohammed", "Syrien", "Friedrichstraße 2", "50321 Brühl"),
    ("Rahimi, Farid", "Afghanistan", "Am Heidgen 4", "50321 Brühl"),
    ("Doğan, Hatice", "Türkei", "Rheinstraße 128", "50389 Wesseling"),
    ("Habte, Yonas", "Eritrea", "In der Aue 19", "50321 Brühl"),
    ("Shevchenko, Dmytro", "Ukraine", "Berzdorfer Straße 9", "50389 Wesseling"),
    ("Sultani, Masooma", "Afghanistan", "Weiherweg 9", "50354 Hürth"),
]
lines = []
for i, (name, land, street, city) in enumerate(rows, 1):
    d, m, y = dob(1962, 2004)
    if name.startswith("Ahmadi"):
        d, m, y = 1, 1, 1994
    tel = mobile(rng.choice(["space", "slash", "compact"]))
    lines.append(f"{i}\t{P(name)}\t{DOB(fdate(d, m, y, 'dot'))}\t{land}\t{A(street)}, {A(city)}\t{T(tel)}")
table = "\n".join(lines)
add("word", "teilnehmerliste-ik", f"""Volkshochschule Brühl – Fachbereich Deutsch als Zweitsprache
Teilnehmerliste Integrationskurs (allgemein), Kurs {N("IK-25-07")}, Modul 4 (B1.1)
Kursort: {N(VHS_STREET)}, Raum 2.05 · Unterricht Mo–Fr 8:30–12:45 Uhr
Lehrkraft: {P("Gisela Odenthal")} (Module 1–3), ab Modul 4 {P("Markus Broich")}
Träger-Nr. BAMF: {N("4A52 0317")}

Nr.\tName, Vorname\tgeb. am\tHerkunftsland\tAnschrift\tTelefon
{table}

Stand: 06.10.2025 – Liste nur für den internen Gebrauch, nicht an Teilnehmende weitergeben.
Änderungen bitte an {P("Nadine Köllen")}, Durchwahl {T("02232 79-4127")}.""")

# ================================================================ 003 outlook: fee reduction request (Turkish)
d, m, y = dob(1979, 1990)
bg = "38603//" + ids.digits(7, True)
add("outlook", "ermaessigung-antrag", f"""Betreff: Antrag auf Gebührenermäßigung Kurs {N("25B-4110")} (Deutsch B2 abends)

Sehr geehrte Damen und Herren,

ich möchte mich für den Abendkurs Deutsch B2 anmelden und bitte um Ermäßigung der Kursgebühr (256 EUR). Ich bekomme seit März Bürgergeld vom Jobcenter Rhein-Erft, die Nummer der Bedarfsgemeinschaft ist {AZ(bg)}. Den Bescheid habe ich als PDF angehängt, die Seiten mit meinen Kindern habe ich geschwärzt.

Meine Daten:
{P("Emine Öztürk")}
geb. {DOB(fdate(d, m, y, "dot"))}
{A("Vochemer Straße 31")}
{A("50321 Brühl")}

Falls ich zu viel bezahlt habe, bitte zurück überweisen auf mein Konto {IBAN(iban_de())} (Kontoinhaber ist mein Mann {P("Cem Öztürk")}).

Ich arbeite Mittwoch bis Freitag bis 17 Uhr, am besten erreichen Sie mich nach 18 Uhr unter {T(mobile("dash"))} oder per Mail {E("emine.oeztuerk@web.de")}.

Vielen Dank im Voraus und freundliche Grüße
{P("Emine Öztürk")}""")

# ================================================================ 004 word: freelance teacher fee contract
d, m, y = 14, 3, 1978
ssn = ids.social_security(f"{d:02d}{m:02d}{y % 100:02d}", "T")
add("word", "honorarvertrag", f"""HONORARVERTRAG
für eine freiberufliche Lehrtätigkeit an der Volkshochschule Brühl

zwischen
der Stadt Brühl – Volkshochschule –, {N(VHS_STREET)}, {N(VHS_CITY)},
vertreten durch die Leiterin {P("Dr. Karin Vossen-Lahm")},
– nachfolgend „VHS“ –

und
Frau {P("Shirin Tehrani-Busch")}
geboren am {DOB(fdate(d, m, y, "long"))} in Isfahan
wohnhaft {A("Graf-Otto-Straße 5")}, {A("50354 Hürth")}
Telefon {T(landline("02233", "space"))}, mobil {T(mobile("intl"))}
E-Mail {E("s.tehrani-busch@posteo.de")}
– nachfolgend „Lehrkraft“ –

§ 1 Gegenstand
Die Lehrkraft übernimmt im Semester 2026/I die Kurse {N("26A-3301")} „Persisch für Anfänger“ (12 × 90 Minuten) und {N("26A-3302")} „Persische Küche und Sprache“ (5 × 180 Minuten). Sie ist in der Gestaltung des Unterrichts frei und an Weisungen nicht gebunden.

§ 2 Honorar
Das Honorar beträgt 32,00 EUR je Unterrichtseinheit zu 45 Minuten. Die Leistungen sind nach § 4 Nr. 21 UStG umsatzsteuerfrei. Die Auszahlung erfolgt nach Kursende auf das Konto
IBAN {IBAN(iban_de())}, Kontoinhaberin {P("Shirin Tehrani-Busch")}.

§ 3 Steuern und Sozialversicherung
Die Lehrkraft versteuert das Honorar selbst.
Steuer-Identifikationsnummer: {TID(tax_id())}
Steuernummer (Finanzamt Brühl): {TNR(ids.tax_number_nrw())}
USt-IdNr. (für die Übersetzungstätigkeit): {VAT(ids.vat_id())}
Auf die Rentenversicherungspflicht selbständiger Lehrkräfte nach § 2 Satz 1 Nr. 1 SGB VI wurde hingewiesen. Rentenversicherungsnummer: {SSN(f"{ssn[:2]} {ssn[2:8]} {ssn[8]} {ssn[9:]}")}

§ 4 Ausfall
Fällt ein Kurs mangels Anmeldungen aus, besteht kein Anspruch auf Honorar.

Brühl, den 18.11.2025

______________________________          ______________________________
{P("Dr. Karin Vossen-Lahm")}, Leiterin der VHS          {P("Shirin Tehrani-Busch")}""")

# ================================================================ 005 outlook: forwarded overdue-fee complaint
card = "2030" + ids.digits(8)
add("outlook", "weiterleitung-mahngebuehr", f"""Betreff: WG: Mahngebühr Kinderausweis – bitte prüfen

Hallo {P("Petra")},

kannst du dir das bitte ansehen? Laut System sind die drei Bilderbücher am 02.10. über den Rückgabeautomaten zurückgekommen, die Mahnung ging trotzdem raus. Wenn das stimmt, bitte die 4,50 EUR auf dem Konto von Frau {P("Kovalenko")} stornieren. Die Tochter heißt {P("Sofiia")}, Ausweis läuft über die Mutter.

Gruß
{P("Jens")}

--
{P("Jens Hackenbroich")}
Stadtbibliothek Brühl · Ausleihe und Benutzerservice
{N(BIB_STREET)} · {N(BIB_CITY)}
Tel. {T("02232 79-4312")}
{E("jens.hackenbroich@bruehl.de")}

-----Ursprüngliche Nachricht-----
Von: {P("Olena Kovalenko")} <{E("o.kovalenko@ukr.net")}>
Gesendet: Dienstag, 14. Oktober 2025 21:07
An: Stadtbibliothek Brühl <{N(BIB_MAIL)}>
Betreff: Mahnung????

Guten Abend,

ich habe heute Brief bekommen mit Mahnung für Bücher von meine Tochter {P("Sofiia Kovalenko")}, Ausweisnummer {AZ(card)}. Aber wir haben alle Bücher zurückgegeben am 2. Oktober in die Maschine vor der Tür, ich habe noch Quittung mit Foto. Bitte erklären Sie mir, warum ich bezahlen muss.
Wir wohnen {A("Römerstraße 201")}, {A("50321 Brühl")}, falls Sie Brief schicken.
Mein Telefon {T("+380 67 " + ids.digits(3, True) + " " + ids.digits(4))} (ukrainische Nummer, WhatsApp geht auch)

Дякую / Danke
{P("Olena Kovalenko")}""")

# ================================================================ 006 word: formal second reminder letter
reader = "B-" + ids.digits(4) + "-" + ids.digits(4)
kz = "5.3601." + ids.digits(6)
add("word", "mahnung-bibliothek", f"""Stadt Brühl · Stadtbibliothek · {N(BIB_STREET)} · {N(BIB_CITY)}

Herrn
{P("Hüseyin Aydın")}
{A("Pingsdorfer Straße 87")}
{A("50321 Brühl")}

Benutzernummer: {AZ(reader)}
Kassenzeichen: {AZ(kz)}
Brühl, 27.10.2025

2. Mahnung – Rückgabe entliehener Medien

Sehr geehrter Herr {P("Aydın")},

trotz unserer Erinnerung vom 29.09.2025 haben Sie die folgenden Medien noch nicht zurückgegeben:

– „Der Medicus“ (Hörbuch, 12 CDs), fällig seit 08.09.2025
– „Heimwerken für Einsteiger“, fällig seit 08.09.2025
– Tonie „Bobo Siebenschläfer“, fällig seit 15.09.2025

Die Mahngebühren betragen derzeit 9,00 EUR. Bitte bringen Sie die Medien bis zum 10.11.2025 zurück und überweisen Sie die Gebühren unter Angabe des Kassenzeichens auf das Konto der Stadtkasse Brühl, IBAN {N(CITY_IBAN)}. Danach müssen wir den Wiederbeschaffungswert in Rechnung stellen und Ihr Benutzerkonto sperren.

Haben Sie die Medien bereits zurückgegeben, betrachten Sie dieses Schreiben bitte als gegenstandslos. Für Rückfragen erreichen Sie die Ausleihe unter {N(BIB_TEL)} oder {N(BIB_MAIL)}.

Mit freundlichen Grüßen
Im Auftrag

{P("Annika Schallenberg")}""")

# ================================================================ 007 word: CSV export of new library cards (with header)
people7 = [
    ("Schmitz", "Heribert", "Kölnstraße 112", "50321 Brühl", "heribert.schmitz@t-online.de", "PA"),
    ("Weber-Nasseri", "Leila", "Am Inselweiher 3", "50321 Brühl", "leila.wn@web.de", "PA"),
    ("Trần", "Văn Minh", "Badorfer Straße 56b", "50321 Brühl", "tranvanminh87@gmail.com", "RP"),
    ("Bondarenko", "Iryna", "Berzdorfer Straße 9", "50389 Wesseling", "iryna.bond@gmail.com", "UA"),
    ("op de Hipt", "Marlies", "Zum Tonnenpütz 14", "50321 Brühl", "m.opdehipt@netcologne.de", "PA"),
    ("Kidane", "Mebrahtu", "Am Heidgen 4", "50321 Brühl", "", "PA"),
    ("Pütz", "Theresia", "Engeldorfer Straße 2", "50321 Brühl", "resi.puetz@gmx.de", "PA"),
    ("Jafari", "Reza", "Luxemburger Straße 301", "50354 Hürth", "reza.jafari@outlook.de", "RP"),
    ("Kürten", "Wilhelm", "Mühlenstraße 40", "50321 Brühl", "", "PA"),
]
csv = ["Ausweisnr;Nachname;Vorname;Geburtsdatum;Strasse;PLZ Ort;E-Mail;Telefon;Dokument;Dok-Nr"]
for last, first, street, city, mail, doc in people7:
    d, m, y = dob(1941, 2006)
    card = "2030" + ids.digits(8)
    tel = mobile("compact") if rng.random() < 0.6 else landline("02232", "slash")
    if doc == "PA":
        docno = IDC(ids.id_card(check_digit=rng.random() < 0.5))
    elif doc == "RP":
        docno = PASS(ids.passport())
    else:
        docno = PASS(ua_passport())
    mailf = E(mail) if mail else ""
    csv.append(f"{AZ(card)};{P(last)};{P(first)};{DOB(fdate(d, m, y, 'iso'))};{A(street)};{A(city)};{mailf};"
               f"{T(tel)};{doc};{docno}")
add("word", "export-leserausweise", "Export Bibliothekssystem – Neuanmeldungen Oktober 2025 (Datei: neuanm_2025-10.csv)\n"
    "Dokument: PA = Personalausweis, RP = Reisepass, UA = ukr. Reisepass\n\n" + "\n".join(csv)
    + "\n\n9 Datensätze exportiert. Export durch: " + P("Schallenberg, A."))

# ================================================================ 008 outlook: sloppy mail, pregnancy (HEALTH)
add("outlook", "abmeldung-krank", f"""Betreff: morgen

hallo frau {P("odenthal")}
ich kan morgen und freitag nicht komen zum kurs ich bin schwanger 7 monat und habe termin bei frauenarzt im marienhospital wegen zucker der arzt sagt ich muss jetzt mehr ruhe
bitte sagen sie das auch herr {P("broich")}
ich mache hausaufgaben zu hause
das ist meine neue nummer {T(mobile("space"))}
grüße {P("senait tekle")} kurs ik 25 07

Von meinem iPhone gesendet""", ["HEALTH"])

# ================================================================ 009 word: accident report in a course (HEALTH)
d, m, y = dob(1952, 1960)
add("word", "unfallmeldung-kurs", f"""Aktenvermerk – Unfall während einer Kursveranstaltung

Kurs: {N("25B-5204")} „Rückenfit 50+“, Turnhalle der Gesamtschule, Dienstag, 11.11.2025, ca. 19:20 Uhr
Kursleitung: {P("Birgit Zimmermann-Odenthal")}

Verletzte Person:
{P("Giuseppe Lo Presti")}, geb. {DOB(fdate(d, m, y, "dot"))}
{A("Bonnstraße 18a")}, {A("50321 Brühl")}
Tel. {T(landline("02232", "space"))}
Krankenkasse: AOK Rheinland/Hamburg, Versichertennummer {KV(ids.health_insurance())}

Hergang: Herr {P("Lo Presti")} ist bei einer Übung auf der Matte seitlich weggerutscht und mit dem rechten Knöchel umgeknickt. Er klagte über starke Schmerzen, der Knöchel schwoll sofort an. Frau {P("Zimmermann-Odenthal")} hat gekühlt und den Rettungsdienst gerufen; Herr {P("Lo Presti")} wurde in das Marienhospital Brühl gebracht (Verdacht auf Außenbandriss). Er gab an, seit einer Hüftoperation 2023 unsicher auf den Beinen zu sein und ein blutverdünnendes Medikament zu nehmen.

Zeugen: {P("Renate Kessel")}, {A("Am Schlosspark 7")}, {A("50321 Brühl")}; {P("Dr. Ansgar Esser")}, Tel. {T(mobile("slash"))}

Die Unfallmeldung an die Kommunale Unfallversicherung ist nicht erforderlich (Teilnehmende sind nicht versichert); Hinweis auf die eigene Krankenversicherung ist erfolgt. Ehefrau {P("Maria Lo Presti")} wurde telefonisch informiert.

Aufgenommen: {P("Ralf Esser")}, VHS-Verwaltung, 12.11.2025""", ["HEALTH"])

# ================================================================ 010 outlook: teacher invoice mail
add("outlook", "honorarrechnung", f"""Betreff: Rechnung 2025-014 – Kurse {N("25B-3104")} und {N("25B-3105")}

Liebe Frau {P("Köllen")},

anbei wie besprochen meine Honorarrechnung für die beiden Italienischkurse im Herbst (24 UE à 32,00 EUR = 768,00 EUR). Die Anwesenheitslisten werfe ich morgen in Ihr Fach.

Zur Sicherheit noch einmal meine Daten, da sich die Bank geändert hat:
{P("Francesca Moretti-Lang")}
{A("Hürther Landstraße 64")}, {A("50354 Hürth")}
Steuernummer: {TNR(ids.tax_number_nrw())}
USt-IdNr.: {VAT(ids.vat_id())}
Neue Bankverbindung: Kreissparkasse Köln, IBAN {IBAN(iban_de(spaced=False))}

Die alte Verbindung bei der Sparda bitte löschen. Herr {P("Esser")} aus der Kasse hatte mich gebeten, das schriftlich zu melden – vielleicht können Sie es an ihn weiterleiten?

Herzliche Grüße
{P("Francesca Moretti-Lang")}
{T(mobile("grouped"))}
{E("f.moretti-lang@gmx.net")}""")

# ================================================================ 011 word: booking export without header row
people11 = [
    ("26A-1102", "Schmitz-Kürten", "Brigitte", "b.schmitz-kuerten@netcologne.de", "Pastor-Schmitz-Weg 8", "50321 Brühl"),
    ("26A-1102", "Nasseri", "Dariush", "dariush.nasseri@gmail.com", "Am Inselweiher 3", "50321 Brühl"),
    ("26A-2015", "Vogelsang", "Hannelore", "hannelore.vogelsang@t-online.de", "Otto-Hahn-Straße 41", "50354 Hürth"),
    ("26A-2015", "Yılmaz", "Büşra", "buesra.yilmaz@hotmail.de", "Kaiserstraße 44", "50321 Brühl"),
    ("26A-3301", "Breuer", "Konstantin", "k.breuer@icloud.com", "Auf der Pehle 12", "50996 Köln"),
    ("26A-4410", "Lê", "Quang Huy", "huy.le.quang@gmail.com", "Badorfer Straße 56b", "50321 Brühl"),
    ("26A-4410", "van Kempen", "Ulrich", "u.vankempen@uni-bonn.de", "Rheinweg 140", "53129 Bonn"),
    ("26A-5001", "Hrytsenko", "Nataliia", "nataliia.hrytsenko@ukr.net", "Brühler Straße 77", "50389 Wesseling"),
    ("26A-5001", "Meurer", "Jan-Philipp", "janphilipp.meurer@web.de", "Kerpener Straße 130", "50374 Erftstadt"),
]
lines = []
for i, (course, last, first, mail, street, city) in enumerate(people11):
    pay = rng.choice(["SEPA", "KK", "SEPA"]) if i not in (1, 5) else ("KK" if i == 1 else "BAR")
    if pay == "SEPA":
        payv = IBAN(iban_de(spaced=False))
    elif pay == "KK":
        kind = rng.choice([("4", 16), ("52", 16), ("55", 16)])
        payv = CC(ids.credit_card(*kind))
    else:
        payv = ""
    lines.append(f"{N(course)};{P(last)};{P(first)};{A(street)};{A(city)};{E(mail)};{T(mobile('compact'))};{pay};{payv};"
                 "angemeldet")
add("word", "export-kursbuchungen", "buchungen_fruehjahr_2026_teil2.txt (Rohdaten aus dem Buchungsportal, Spalten wie "
    "Teil 1)\n\n" + "\n".join(lines) + f"\n\n-- Ende der Datei --\nHinweis {P('R. Esser')}: Kreditkartendaten "
    "dürfen so nicht gespeichert werden, Export bitte nach Abgleich löschen!")

# ================================================================ 012 outlook: absence for asylum interview (POLITICS)
add("outlook", "fehlzeit-anhoerung", f"""Betreff: Entschuldigung für 20. und 21. November

Sehr geehrter Herr {P("Broich")},

ich möchte mich für zwei Tage entschuldigen. Am 20. November habe ich meine Anhörung beim Bundesamt in Bonn, das Aktenzeichen ist {AZ(ids.digits(7, True) + "-439")}. Die Einladung habe ich fotografiert und hänge sie an.

Ich bin sehr nervös, weil ich dort über meine Zeit im Gefängnis in Teheran sprechen muss. Ich war 2022 bei den Protesten „Frau, Leben, Freiheit“ aktiv und bin Mitglied einer verbotenen Oppositionsgruppe, deshalb musste ich fliehen. Am 21. November habe ich einen Termin bei meiner Anwältin {P("Dr. Sabine Hengstenberg")}.

Könnten Sie bitte auch Frau {P("Köllen")} informieren, damit die Fehlzeit nicht dem BAMF gemeldet wird?

Mit freundlichen Grüßen
{P("Mehdi Karimi")}
Kurs IK-25-07
{T(mobile("intl0"))}
{E("mehdi.karimi.1991@gmail.com")}""", ["POLITICS"])

# ================================================================ 013 word: fee reduction decision letter
kz13 = "5.4110." + ids.digits(6)
add("word", "ermaessigung-bescheid", f"""Volkshochschule Brühl · {N(VHS_STREET)} · {N(VHS_CITY)}

Frau
{P("Hatice Doğan")}
c/o {P("Yusuf Doğan")}
{A("Rheinstraße 128")}
{A("50389 Wesseling")}

Ihr Zeichen / Ihre Nachricht vom: 03.11.2025
Kassenzeichen: {AZ(kz13)}
Ansprechpartnerin: {P("Nadine Köllen")}
Telefon: {T("02232 79-4127")}
E-Mail: {E("nadine.koellen@bruehl.de")}
Datum: 07.11.2025

Ermäßigung der Entgelte für den Kurs {N("25B-4012")} „Deutsch A2 – Schreiben im Alltag“

Sehr geehrte Frau {P("Doğan")},

nach § 6 Abs. 2 der Entgeltordnung der Volkshochschule ermäßigt sich das Kursentgelt für Inhaberinnen und Inhaber des Brühl-Passes um 50 Prozent. Ihr Brühl-Pass (gültig bis 31.03.2026) liegt uns in Kopie vor. Das Entgelt beträgt daher 64,00 EUR statt 128,00 EUR.

Bitte überweisen Sie den Betrag bis zum 28.11.2025 unter Angabe des Kassenzeichens auf das Konto der Stadtkasse, IBAN {N(CITY_IBAN)}. Eine Ratenzahlung in zwei Teilen ist möglich; sprechen Sie mich dazu gern an.

Mit freundlichen Grüßen
Im Auftrag

{P("N. Köllen")}""")

# ================================================================ 014 outlook: Ukrainian mother registers her children
dm, mm, ym = dob(2013, 2016)
dt, mt, yt = dob(2017, 2019)
add("outlook", "kinderausweis-anmeldung", f"""Betreff: Leseausweis für meine Kinder

Sehr geehrte Damen und Herren,

mein Name ist {P("Iryna Bondarenko")}, ich komme aus Charkiw und wohne seit Mai in Brühl. Ich möchte für meine zwei Kinder einen Leseausweis machen:

1. {P("Mariia Bondarenko")}, geboren {DOB(fdate(dm, mm, ym, "dot"))}
2. {P("Taras Bondarenko")}, geboren {DOB(fdate(dt, mt, yt, "dot"))}

Wir wohnen bei Familie {P("Schallenberg-Wolff")}, {A("Heinrich-Fetten-Platz 6")}, {A("50321 Brühl")} (Einliegerwohnung, Klingel „{P("Bondarenko")}/{P("Wolff")}“).
Einen deutschen Ausweis habe ich noch nicht, nur meinen ukrainischen Reisepass Nr. {PASS(ua_passport())} und die Fiktionsbescheinigung. Reicht das für die Anmeldung? Muss ich als Mutter auch unterschreiben?

Meine Tochter liest schon gut Deutsch, sie möchte gern die Bücher von „Gregs Tagebuch“.

Mit freundlichen Grüßen
{P("Iryna Bondarenko")}
{T(mobile("intl"))}
{E("iryna.bond@gmail.com")}""")

# ================================================================ 015 word: OCR-ish scanned registration form
idc15 = ids.id_card(check_digit=True)
d, m, y = dob(1985, 1992)
m = 6  # the scan turns the leading zero of the month into an O
add("word", "ocr-anmeldeformular", f"""[Scan 0047 – OCR, ungeprüft]

STADTBIBLIOTHEK BRUHL           Anmeldung zur Benutzung
-----------------------------------------------------------
Narne, Vorname:   {P("Pharn, Thi Thu Ha")}
Geburtsdaturn:    {DOB(f"{d:02d}.O{m}.{y}" if m < 10 else f"{d:02d}.{m}.{y}")}
StraBe, Nr.:      {A("Bonnstr. 1l8a")}
PLZ, Ort:         {A("5O321 Bruhl")}
Telefon:          {T("0 2232 / " + " ".join(ids.digits(6, True)[i:i+2] for i in (0, 2, 4)))}
E-MaiI:           {E("thuha.pham89@gmaiI.com")}
Ausweis-Nr.:      {IDC(idc15)}
ErziehungsberechtigtelR (bei Minderjahrigen): ---------
Ich erkenne die Benutzungsordnung an.
Datum/Unterschrift:   O3.11.2O25      {P("T. H. Pham")}
-----------------------------------------------------------
nur fur den Dienstgebrauch:  Ausweis ausgegeben  [x]   Nr. {AZ("2030 " + ids.digits(4) + " " + ids.digits(4))}""")

# ================================================================ 016 outlook: Vietnamese, lower case, exam result
d, m, y = 15, 9, 1987
add("outlook", "dtz-ergebnis", f"""Betreff: zertifikat dtz

xin chào, guten tag

ich bin {P("trần văn minh")}, geb {DOB("15.9.1987")}, ich habe dtz prüfung gemacht am 12 juli bei ihnen, prüfungsteilnehmer nummer {AZ("DTZ-" + ids.digits(6, True))}.
mein freund {P("huy")} hat schon zertifikat bekommen aber ich noch nicht. ich brauche das für einbürgerung termin am 4 dezember bei kreis rhein erft.
können sie schicken an meine adresse {A("badorfer str 56b")} {A("50321 brühl")}? oder ich komme abholen

danke sehr
{P("minh")}
{T(mobile("space"))}""")

# ================================================================ 017 word: parking permits list (licence plates)
park = [
    ("Gisela Odenthal", "BM", "IK-25-07, Mo–Mi"), ("Markus Broich", "K", "IK-25-07, Do–Fr"),
    ("Shirin Tehrani-Busch", "BM", "26A-3301, Di abends"), ("Serkan Kılıç", "SU", "Türkisch A1/A2, Mo+Mi"),
    ("Dr. Annegret von der Heydt", "BN", "Philosophie am Vormittag, Do"),
    ("Francesca Moretti-Lang", "BM", "Italienisch, Mi"), ("Thomas vom Stein", "EU", "Fotografie, Sa"),
    ("Halyna Petrenko", "K", "Deutsch für Ukrainer:innen, Di+Fr"), ("Birgit Zimmermann-Odenthal", "BM", "Rückenfit, Di"),
    ("Phạm Quốc Bảo", "LEV", "Vietnamesisch kochen, Fr"),
]
lines = []
for name, dist, course in park:
    p = plate(dist)
    if name.startswith("Thomas"):
        p = p + "E"
    lines.append(P(name) + " " * (44 - len(name)) + KFZ(p) + " " * (22 - len(p)) + f"{course:<36}"
                 + T(mobile("space")))
add("word", "parkberechtigungen", f"""Interne Notiz VHS-Verwaltung – Parkberechtigungen Innenhof {N(VHS_STREET)}, Semester 2025/II

Nur 9 Stellplätze! Ausweise hängen sichtbar hinter der Windschutzscheibe. Bei Falschparkern bitte Hausmeister Herr {P("Wirtz")} anrufen.

Name                                        Kennzeichen           Kurs / Tage                         Mobil
""" + "\n".join(lines) + f"""

Warteliste: {P("Hans-Jürgen Schmitz")} ({KFZ(plate("BM"))}), {P("Elif Kaya")} ({KFZ(plate("K"))})
Stand 01.09.2025, {P("R. Esser")}""")

# ================================================================ 018 outlook: rambling retiree, cancellation + refund (HEALTH)
add("outlook", "stornierung-erstattung", f"""Betreff: Kurs absagen wegen Knie – Geld zurück?

Guten Tag zusammen,

meine Frau {P("Gertrud")} und ich hatten uns für die Studienfahrt „Romanik am Niederrhein“ ({N("25B-1207")}) angemeldet, Kundennummer {AZ("K-" + ids.digits(6, True))}. Jetzt ist es leider so, dass meine Frau am 2. Dezember am Knie operiert wird (neues Kniegelenk, Krankenhaus Porz) und danach erst mal zur Reha muss. Die Fahrt im Januar ist damit für uns beide gestorben, alleine fahre ich da nicht hin.

Können Sie uns die 2 x 85 EUR zurückerstatten? Unser Konto: {IBAN(iban_de())}, lautet auf {P("Heinz-Josef Breuer")}.

Das Attest vom Orthopäden kann ich gern nachreichen, und falls Sie für die Stornierung was von der Krankenkasse brauchen: Versichertennummer meiner Frau ist {KV(ids.health_insurance())} (Barmer). Wir sind übrigens seit über 20 Jahren treue Kunden der VHS, falls das was zählt!

Mit freundlichen Grüßen aus Rodenkirchen
{P("Heinz-Josef Breuer")}
{A("Auf der Pehle 12")}
{A("50996 Köln")}
Tel. {T(landline("0221", "paren"))}""", ["HEALTH"])

# ================================================================ 019 word: attendance report to the job centre (HEALTH)
jc = [
    ("Ahmadi, Mohammad Reza", 0, ""), ("Hosseini, Fatemeh", 3, "AU-Bescheinigung liegt vor"),
    ("Ghebremariam, Tesfay", 1, "unentschuldigt"), ("Al-Hassan, Mohammed", 5, "Krankenhausaufenthalt (Nierensteine), Nachweis liegt vor"),
    ("Rahimi, Farid", 0, ""), ("Doğan, Hatice", 2, "Kind krank, Bescheinigung Kinderarzt"),
    ("Habte, Yonas", 0, ""), ("Shevchenko, Dmytro", 4, "Termin Ausländerbehörde / Umzug"),
]
lines = []
for name, days, why in jc:
    knr = "383D" + ids.digits(6, True)
    lines.append(f"{P(name)} | Kd.-Nr. {AZ(knr)} | Fehltage: {days}" + (f" | {why}" if why else ""))
add("word", "anwesenheit-jobcenter", f"""Volkshochschule Brühl
Teilnahmemeldung Integrationskurs {N("IK-25-07")} an das Jobcenter Rhein-Erft, Standort Brühl
z. Hd. Frau {P("Claudia Hennes-Baumann")}, Integrationsfachkraft
Meldezeitraum: Oktober 2025 (20 Unterrichtstage)

""" + "\n".join(lines) + f"""

Bemerkungen: Herr {P("Ghebremariam")} wurde auf die Teilnahmepflicht hingewiesen. Frau {P("Hosseini")} ist ab 03.11. wieder regelmäßig anwesend. Die Krankmeldungen liegen im Original bei der VHS und werden nicht weitergegeben.

Brühl, 04.11.2025
{P("Nadine Köllen")}, Fachbereich Deutsch als Zweitsprache""", ["HEALTH"])

# ================================================================ 020 outlook: teacher complains about fees, union (UNION)
add("outlook", "honorar-beschwerde", f"""Betreff: Honorarsätze 2026 / Rentenversicherung

Sehr geehrte Frau {P("Dr. Vossen-Lahm")},

ich unterrichte seit neun Jahren Türkisch an Ihrer VHS und möchte Ihnen vorab mitteilen, dass ich die neuen Honorarsätze nicht unterschreiben werde. Nach dem Herrenberg-Urteil und der Prüfung durch die Rentenversicherung habe ich mich als Mitglied der GEW beraten lassen. Die Kollegin {P("Petra Gülcan")} vom GEW-Rechtsschutz in Köln wird sich bei Ihnen melden; ich habe ihr den Vertrag vom 18.11. weitergeleitet.

Ich bin weiterhin gern für die VHS tätig, aber nicht zu 32 EUR pro UE ohne Ausfallhonorar.

Mit freundlichen Grüßen
{P("Serkan Kılıç")}
{A("Schwadorfer Weg 3")}, {A("50321 Brühl")}
{T(mobile("intl"))}
{E("serkan.kilic@gmx.de")}

cc: {P("Petra Gülcan")} <{E("p.guelcan@gew-nrw.de")}>""", ["UNION"])

# ================================================================ 021 word: master data sheets of freelance teachers
teachers = [
    ("von der Heydt, Annegret, Dr.", (22, 6, 1961), "An St. Severin 21", "53332 Bornheim", "H", "fed", None,
     "a.vdheydt@netcologne.de", "2.560,00"),
    ("Kılıç, Serkan", (9, 12, 1983), "Schwadorfer Weg 3", "50321 Brühl", "K", "nrw", None,
     "serkan.kilic@gmx.de", "4.864,00"),
    ("Petrenko, Halyna", (30, 4, 1975), "Vorgebirgsstraße 88", "50969 Köln", "P", None, None,
     "halyna.petrenko@gmail.com", "6.912,00"),
    ("vom Stein, Thomas", (17, 8, 1969), "Kölner Straße 231", "53879 Euskirchen", "S", "nrw", "vat",
     "post@vomstein-fotografie.de", "1.344,00"),
    ("Phạm, Quốc Bảo", (5, 2, 1990), "Kölner Straße 19", "51379 Leverkusen", "P", "fed", None,
     "bao.pham@web.de", "768,00"),
]
blocks = []
for i, (name, (d, m, y), street, city, letter, tnr, vat, mail, amount) in enumerate(teachers, 1):
    ssn = ids.social_security(f"{d:02d}{m:02d}{y % 100:02d}", letter)
    ssn_f = f"{ssn[:2]} {ssn[2:8]} {ssn[8]} {ssn[9:]}" if i % 2 else ssn
    if tnr == "fed":
        tnr_f = TNR(ids.tax_number_federal_nrw())
    elif tnr == "nrw":
        tnr_f = TNR(ids.tax_number_nrw())
    else:
        tnr_f = "– (nicht vorhanden, Einkünfte nur über Lohnsteuerkarte/ESt-Erklärung)"
    block = (f"[{i}] {P(name)}\n"
             f"    geb.: {DOB(fdate(d, m, y, 'dot' if i != 3 else 'long'))}   Anschrift: {A(street)}, {A(city)}\n"
             f"    Steuer-IdNr.: {TID(tax_id(spaced=i % 2 == 1))}   Steuernummer: {tnr_f}\n")
    if vat:
        block += f"    USt-IdNr.: {VAT(ids.vat_id())}\n"
    block += (f"    RV-Nr.: {SSN(ssn_f)}   Bank: {IBAN(iban_de(spaced=i != 4))}\n"
              f"    E-Mail: {E(mail)}   Honorar 2025 (bis 30.11.): {amount} EUR")
    blocks.append(block)
add("word", "stammdaten-honorarkraefte", f"""VHS Brühl – Verwaltung/Kasse                                       VERTRAULICH (Steuergeheimnis)

Stammdatenblatt Honorarlehrkräfte – Vorbereitung der Mitteilungen nach der Mitteilungsverordnung (MV) für 2025
und Unterlagen für die Betriebsprüfung der DRV (Statusfeststellung freie Mitarbeit)

Erstellt: {P("Ralf Esser")}, 01.12.2025 · geprüft: {P("K. Vossen-Lahm")}

""" + "\n\n".join(blocks) + f"""

Offen: Frau {P("Petrenko")} hat noch keine Steuernummer; Herr {P("vom Stein")} rechnet mit USt ab (Fotokurse nicht nach § 4 Nr. 21 UStG befreit, Bescheinigung der Bezirksregierung fehlt). Herr {P("Kılıç")} hat der Weitergabe seiner Daten an die DRV widersprochen – Rücksprache mit dem Rechtsamt.""")

# ================================================================ 022 outlook: reply thread about a lost card, credit card number in mail
cc22 = ids.credit_card("4", 16)
card22 = "2030" + ids.digits(8)
add("outlook", "ausweis-verloren-thread", f"""Betreff: AW: AW: Bibliotheksausweis verloren

Hallo Frau {P("Schallenberg")},

danke für die schnelle Antwort. Dann bezahle ich die 5 EUR für den neuen Ausweis lieber gleich, damit ich am Samstag nicht wieder anstehen muss. Hier meine Visa: {CC(group(cc22, 4))}, gültig bis 08/28, Prüfziffer schreibe ich lieber nicht. Die sechs Medien, die auf meinem Konto stehen, habe ich wirklich nicht ausgeliehen – die Nachbarin meiner Schwester {P("Melek")} hatte die Karte wohl gefunden.

LG
{P("Büşra Çelik")}

Am 05.11.2025 um 10:42 schrieb Stadtbibliothek Brühl <{N(BIB_MAIL)}>:
> Sehr geehrte Frau {P("Çelik")},
> wir haben Ihren Ausweis mit der Nummer {AZ(card22)} gesperrt. Einen Ersatzausweis erhalten Sie an der
> Theke gegen eine Gebühr von 5,00 EUR. Eine Kartenzahlung per Telefon oder E-Mail ist leider nicht möglich.
> Mit freundlichen Grüßen
> {P("Annika Schallenberg")}
>
> Am 04.11.2025 um 22:15 schrieb {P("Büşra Çelik")} <{E("busra.celik@gmx.de")}>:
>> hallo ich hab meinen ausweis verloren wahrscheinlich im bus 706. bitte sperren!!
>> geb. {DOB(fdate(*dob(1996, 2003), "short"))}, wohne {A("Kaiserstraße 44")} in Brühl
>> handy {T(mobile("compact"))}""")

# ================================================================ 023 word: waiting list (pipe table) with notes (HEALTH)
wl = [
    ("Abdul Wahid Noori", "wohnt in Unterkunft, Alphakurs nötig"),
    ("Selam Weldemichael", "braucht Kinderbetreuung (2 Kinder)"),
    ("Nataliia Hrytsenko", "Lehrerin, evtl. direkt B1"),
    ("Gülay Arslan", "hörgeschädigt – bitte vorne sitzen lassen, Hörgerät"),
    ("Parisa Mohammadi", "nur vormittags (Schichtarbeit Ehemann)"),
    ("Andrii Tkachenko", "Rollstuhl – nur Erdgeschoss / Aufzug!"),
    ("Đặng Thị Mai", "Mann {P('Lê Văn Tuấn')} übersetzt"),
    ("Helen Berhane", ""),
    ("Narges Rahmani", "Zweitschriftlernerin"),
    ("Murat Doğan", "Berufssprachkurs gewünscht"),
]
lines = ["| Nr | Name | Telefon | E-Mail | Bemerkung |", "|---|---|---|---|---|"]
for i, (name, note) in enumerate(wl, 1):
    if "{P(" in note:
        note = note.replace("{P('Lê Văn Tuấn')}", P("Lê Văn Tuấn"))
    first = name.split()[0].lower()
    for a, b in (("đ", "d"), ("ặ", "a"), ("ü", "ue")):
        first = first.replace(a, b)
    last = name.split()[-1].lower()
    for a, b in (("ğ", "g"), ("ặ", "a")):
        last = last.replace(a, b)
    mail = E(f"{first}.{last}{rng.randint(70, 99)}@gmail.com") if rng.random() < 0.7 else "–"
    lines.append(f"| {i} | {P(name)} | {T(mobile(rng.choice(['slash', 'space', 'dash'])))} | {mail} | {note} |")
add("word", "warteliste-a1", "Warteliste Integrationskurs A1 – Start voraussichtlich Februar 2026\n"
    f"(geführt von {P('N. Köllen')}, zuletzt geändert 21.11.2025)\n\n" + "\n".join(lines)
    + "\n\nBei Platzvergabe zuerst Personen mit Verpflichtung durch Ausländerbehörde/Jobcenter berücksichtigen.",
    ["HEALTH"])

# ================================================================ 024 outlook: daughter writes for her mother, women-only course (RELIGION)
add("outlook", "frauenkurs-anfrage", f"""Betreff: Frauenkurs für meine Mutter

Hallo,

ich schreibe für meine Mutter {P("Masooma Sultani")}, sie kann noch nicht gut Deutsch schreiben. Sie ist auf der Warteliste für den Integrationskurs. Meine Mutter ist eine gläubige Muslimin und trägt Kopftuch, sie möchte lieber in einen Kurs nur für Frauen mit einer Lehrerin, weil sie in einem gemischten Kurs sehr still ist und sich nicht traut zu sprechen. In der Moschee in Hürth hat man uns gesagt, dass es bei der VHS manchmal Frauenkurse gibt. Stimmt das?

Sie hat vormittags Zeit, nachmittags muss sie meine kleinen Brüder von der Schule abholen.

Unsere Adresse: {A("Weiherweg 9")}, {A("50354 Hürth")}
Telefon Mama: {T(mobile("space"))}, meins: {T(mobile("slash"))}

Vielen Dank!
{P("Hadia Sultani")} (16 Jahre, Tochter)""", ["RELIGION"])

# ================================================================ 025 word: placement test record + ethnic conflict note (ETHNICITY)
et = [("Habte, Yonas", "A2.2", "IK-26-02"), ("Noori, Abdul Wahid", "Alpha", "AK-26-01"),
      ("Rahmani, Narges", "A1.1", "IK-26-01"), ("Weldemichael, Selam", "A1.2", "IK-26-01"),
      ("Arslan, Gülay", "B1.1", "IK-26-03"), ("Tkachenko, Andrii", "A2.1", "IK-26-02"),
      ("Mohammadi, Parisa", "A1.1", "IK-26-01"), ("Berhane, Helen", "A2.1", "IK-26-02")]
lines = []
for name, level, course in et:
    d, m, y = dob(1960, 2005)
    lines.append(f"- {P(name)} (geb. {DOB(fdate(d, m, y, rng.choice(['dot', 'yy'])))}): Einstufung {level} → {N(course)}")
add("word", "einstufung-protokoll", f"""Protokoll Einstufungstest Deutsch – Termin 24.11.2025, 9:00–12:30 Uhr, Raum 1.12
Testleitung: {P("Halyna Petrenko")}, {P("Markus Broich")}

""" + "\n".join(lines) + f"""

Gesondert zu beachten (nur intern, nicht ins Fachverfahren):
Frau {P("Rahmani")} und Frau {P("Mohammadi")} bitte nicht zusammen mit Herrn {P("Noori")} einplanen. Beim Test kam es zu einem lauten Streit; Frau {P("Rahmani")} (Hazara) gab an, Herr {P("Noori")} habe sie als Paschtune wegen ihrer Volkszugehörigkeit beleidigt. Herr {P("Noori")} bestreitet das. Rücksprache mit Frau {P("Köllen")} am 25.11. geplant.

gez. {P("H. Petrenko")}""", ["ETHNICITY"])

# ================================================================ 026 outlook: orthodox Easter absence (RELIGION)
add("outlook", "fehlzeit-feiertag", f"""Betreff: urlaub fasika

sehr geehrte frau {P("odenthal")},

ich bitte um frei von 10. bis 14. april 2026. wir feiern orthodoxe ostern (fasika), ich bin diakon in der eritreisch-orthodoxen tewahedo gemeinde in köln-kalk und muss bei die liturgie in der nacht helfen. nach dem fasten ich bin sehr müde.
ich weiß das ist viele tage. kann ich die stunden nachholen in anderem kurs?

mit freundlichen grüßen
{P("tesfay ghebremariam")}
kurs ik-25-07
tel {T(mobile("compact"))}""", ["RELIGION"])

# ================================================================ 027 word: damage claim letter to a guardian
kz27 = "5.3601." + ids.digits(6)
add("word", "schadensersatz-medien", f"""Stadtbibliothek Brühl
{N(BIB_STREET)}
{N(BIB_CITY)}

Herrn
{P("Dmytro Shevchenko")}
{A("Berzdorfer Straße 9")}
{A("50389 Wesseling")}

Kassenzeichen {AZ(kz27)}, bitte bei Zahlung angeben
Leserausweis (Kind): {AZ("2030 " + ids.digits(4) + " " + ids.digits(4))}

Brühl, 19. November 2025

Beschädigte Medien – Ersatzforderung

Sehr geehrter Herr {P("Shevchenko")},

Ihr Sohn {P("Taras")} hat am 14.11.2025 folgende Medien zurückgegeben, die erhebliche Wasserschäden aufweisen und nicht mehr ausleihbar sind:

1. „Die Schule der magischen Tiere, Band 3“ – Wiederbeschaffung 14,00 EUR
2. tiptoi-Buch „Unser Körper“ – Wiederbeschaffung 22,99 EUR
Bearbeitungsgebühr je Medium: 3,00 EUR

Als gesetzlicher Vertreter haften Sie nach § 11 der Benutzungsordnung für den Schaden. Wir bitten Sie, den Gesamtbetrag von 42,99 EUR bis zum 12.12.2025 an die Stadtkasse Brühl (IBAN {N(CITY_IBAN)}) zu überweisen. Alternativ können Sie neuwertige Exemplare derselben Ausgabe abgeben.

Wenn Sie Fragen haben, können Sie uns auch auf Ukrainisch schreiben; unsere Kollegin {P("Halyna Petrenko")} übersetzt gern.

Mit freundlichen Grüßen
Im Auftrag
{P("Jens Hackenbroich")}""")

# ================================================================ 028 outlook: SEPA mandate revocation, foreign IBANs
pl = ids.iban("PL", 24)
at = ids.iban("AT", 16)
mref = "VHS-" + ids.digits(6, True) + "-" + ids.digits(2)
add("outlook", "sepa-widerruf", f"""Betreff: Widerruf Lastschrift / Mandatsreferenz {AZ(mref)}

Guten Tag,

hiermit widerrufe ich das SEPA-Lastschriftmandat für mein altes Konto {IBAN(group(at, 4))} (Raiffeisenbank in Österreich, das Konto wird zum Jahresende aufgelöst). Gläubiger-ID der VHS laut Ihrem Schreiben: {N(CITY_CREDITOR)}.

Bitte buchen Sie die zweite Rate für den Polnischkurs für Fortgeschrittene ({N("25B-3420")}) und den Nähkurs meines Mannes {P("Andreas Krämer")} stattdessen von meinem polnischen Konto ab: {IBAN(pl)} (PKO Bank Polski). Falls das mit einem ausländischen Konto nicht geht, überweise ich selbst – dann brauche ich bitte das Kassenzeichen.

Z poważaniem / Mit freundlichen Grüßen
{P("Małgorzata Wiśniewska-Krämer")}
{A("Mühlenstraße 7")}
{A("50321 Brühl")}
{T(mobile("intl"))}""")

# ================================================================ 029 outlook: dance course for a male couple (SEXUAL_ORIENTATION)
d, m, y = dob(1984, 1990)
add("outlook", "tanzkurs-paare", f"""Betreff: Anmeldung Tanzkurs „Discofox für Paare“

Hallo liebes VHS-Team,

mein Mann {P("Tobias")} und ich würden gern am Discofox-Kurs im Januar ({N("26A-6105")}) teilnehmen. Wir sind ein schwules Paar und haben kurz überlegt, ob das im Kurs ein Problem sein könnte – die Kursleiterin meinte am Telefon aber, das sei überhaupt kein Thema und wir sollten einfach kommen. Super!

Daten für die Anmeldung:
1) {P("Jonas Wirtz-Albers")}, geb. {DOB(fdate(d, m, y, "dot"))}
2) {P("Tobias Wirtz-Albers")}, geb. {DOB(fdate(*dob(1980, 1989), "long"))}
Anschrift: {A("Goldenbergstraße 22")}, {A("50354 Hürth")}
Abbuchung bitte per Lastschrift von {IBAN(iban_de())}.

Erreichbar bin ich unter {T(mobile("dash"))} oder {E("jonas.wirtz-albers@icloud.com")}.

Viele Grüße
{P("Jonas")}""", ["SEXUAL_ORIENTATION"])

# ================================================================ 030 word: certificate of participation
d, m, y = dob(1988, 1998)
add("word", "teilnahmebescheinigung", f"""Volkshochschule Brühl · Zugelassener Träger von Integrationskursen (Träger-Nr. {N("4A52 0317")})

TEILNAHMEBESCHEINIGUNG

Frau {P("Fatemeh Hosseini")}
geboren am {DOB(fdate(d, m, y, "dot"))} in Kabul
wohnhaft {A("Am Heidgen 4")}, {A("50321 Brühl")}
Teilnehmer-Nr. (BAMF): {AZ("TN-" + ids.digits(9, True))}

hat vom 03.02.2025 bis zum 19.12.2025 am Integrationskurs {N("IK-25-07")} (allgemeiner Integrationskurs, 700 Unterrichtseinheiten Sprachkurs, 100 Unterrichtseinheiten Orientierungskurs) teilgenommen. Die Teilnahme war regelmäßig; Frau {P("Hosseini")} hat 642 von 700 Unterrichtseinheiten besucht.

Der „Deutsch-Test für Zuwanderer“ wurde am 29.11.2025 abgelegt; das Ergebnis wird vom Prüfungszentrum gesondert mitgeteilt.

Brühl, 19.12.2025

{P("Gisela Odenthal")}                        {P("Dr. Karin Vossen-Lahm")}
Lehrkraft                              Leiterin der Volkshochschule""")

assert len(docs) == 30, len(docs)
with open(OUT, "w", encoding="utf-8") as f:
    for obj in docs:
        f.write(json.dumps(obj, ensure_ascii=False) + "\n")
print(f"wrote {len(docs)} documents, {sum(len(o['entities']) for o in docs)} entities to {OUT}")
