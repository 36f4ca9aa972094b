#!/usr/bin/env python3
"""Blind test batch 118: invented correspondence and files of a Lower Rhine city's fine office (Bußgeldstelle Kleve).

Writes fresh118.jsonl next to this file: 30 documents F118-001 … F118-030 (outlook and word), labelled with the inline
marks of marks.py. Every identifier with a check digit comes from identifiers.py or from the published algorithm
(foreign personal numbers below: PESEL, Lithuanian asmens kodas, codice fiscale, Spanish DNI, Polish ID card, NIP,
Italian and other IBANs). The only source of randomness is the seeded generator Identifiers(11818).rng.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import marks  # noqa: E402
from identifiers import Identifiers, group, mod97_iban  # noqa: E402

ids = Identifiers(11818)
rng = ids.rng


# ---------------------------------------------------------------------------------------------------------------
# inline marks
def _m(code):
    return lambda value: f"[[{code}|{value}]]"


P, A, E, T, N = _m("P"), _m("A"), _m("E"), _m("T"), _m("N")
IBAN, TID, TNR, VAT = _m("IBAN"), _m("TID"), _m("TNR"), _m("VAT")
IDC, PASS, SSN, KV = _m("IDC"), _m("PASS"), _m("SSN"), _m("KV")
DOB, KFZ, AZ, CC = _m("DOB"), _m("KFZ"), _m("AZ"), _m("CC")


# ---------------------------------------------------------------------------------------------------------------
# foreign and additional identifiers (published algorithms), all drawn from ids.rng
def char_value(c):
    return int(c) if c.isdigit() else ord(c) - ord("A") + 10


def de_driving_licence():
    """German Führerscheinnummer: 4 authority characters, 5 serial characters, check (weights 9..1, mod 11, 10 = X),
    issue counter."""
    alnum = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    head = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + ids.digits(3) + "".join(rng.choice(alnum) for _ in range(5))
    rest = sum(char_value(c) * w for c, w in zip(head, range(9, 0, -1))) % 11
    return head + ("X" if rest == 10 else str(rest)) + rng.choice("1112")


def pesel(yy, mm, dd, male):
    month = mm + 20 if yy < 25 else mm  # 2000s births carry month + 20; none here
    body = f"{yy:02d}{month:02d}{dd:02d}{ids.digits(3)}{rng.choice('13579' if male else '02468')}"
    weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(c) * w for c, w in zip(body, weights)) % 10) % 10)


def lt_personal_code(gender_century, yy, mm, dd):
    body = f"{gender_century}{yy:02d}{mm:02d}{dd:02d}{ids.digits(3)}"
    rest = sum(int(c) * w for c, w in zip(body, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1])) % 11
    if rest == 10:
        rest = sum(int(c) * w for c, w in zip(body, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3])) % 11
        rest = 0 if rest == 10 else rest
    return body + str(rest)


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                   12, 14, 16, 10, 22, 25, 24, 23]))


def cf_even(c):
    return int(c) if c.isdigit() else ord(c) - ord("A")


def italian_check_letter(s):
    """Check character of the codice fiscale and CIN of the Italian BBAN (odd/even tables, mod 26)."""
    total = sum(CF_ODD[c] if i % 2 == 0 else cf_even(c) for i, c in enumerate(s))
    return chr(ord("A") + total % 26)


assert italian_check_letter("RSSMRA85T10A562") == "S"  # published example


def iban_it():
    bban = "0" + ids.digits(4) + ids.digits(5) + ids.digits(12)  # ABI, CAB, conto
    return mod97_iban("IT", italian_check_letter(bban) + bban)


assert italian_check_letter("0542811101000000123456") == "X"  # published IBAN IT60X0542811101000000123456


def es_dni():
    number = ids.digits(8, first_nonzero=True)
    return number + "TRWAGMYFPDXBNJZSQVHLCKE"[int(number) % 23]


def pl_id_card():
    letters = "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(3))
    digits5 = ids.digits(5)
    vals = [char_value(c) for c in letters] + [int(c) for c in digits5]
    check = sum(v * w for v, w in zip(vals, [7, 3, 1, 7, 3, 1, 7, 3])) % 10
    return f"{letters} {check}{digits5}"


assert (lambda v: sum(v[i] * w for i, w in enumerate([7, 3, 1, 9, 7, 3, 1, 7, 3])) % 10 == 0)(
    [char_value(c) for c in "ABA300000"])


def pl_nip():
    while True:
        body = ids.digits(9, first_nonzero=True)
        rest = sum(int(c) * w for c, w in zip(body, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
        if rest != 10:
            return body + str(rest)


def tax_id_spaced(t):
    return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"


# ---------------------------------------------------------------------------------------------------------------
# the office (public data: neutral)
OFFICE_STREET = N("Minoritenplatz 1")
OFFICE_CITY = N("47533 Kleve")
OFFICE_TEL = N("02821 84-0")
OFFICE_MAIL = N("bussgeldstelle@kleve.de")
STADTKASSE_IBAN_RAW = ids.iban_de()
STADTKASSE_IBAN = group(STADTKASSE_IBAN_RAW, 4)

docs = []


def add(channel, template, text, flags=()):
    doc_id = f"F118-{len(docs) + 1:03d}"
    docs.append(marks.build(doc_id, channel, template, text, sorted(flags)))


# ---------------------------------------------------------------------------------------------------------------
# F118-001 outlook: Dutch holder, broken German and English, names his wife as driver
add("outlook", "einspruch_halter_nl", f"""Von: {P('Joost van den Heuvel')} <{E('joost.vdheuvel@ziggo.nl')}>
An: {OFFICE_MAIL}
Betreff: Einspruch Aktenzeichen {AZ('32.21-25-014711')} – Kennzeichen {KFZ('K-482-RT')}

Guten Tag,

sorry for my German, it is not so good. Ich habe bekommen ein Brief (Anhörungsbogen) für zu schnell fahren am 14.05.2025 auf die Emmericher Straße in Kleve. Das Auto mit Kennzeichen {KFZ('K-482-RT')} ist von mir, but I was not driving. Meine Frau {P('Marloes van den Heuvel')} hat das Auto an diesen Tag genommen für Einkaufen in Kleve, ich war zu Arbeit in Arnhem, my employer can confirm this.

I dont want to give trouble to my wife, but I cannot pay for something I did not do. Kann ich das Formular so zurückschicken mit ihr Name? Ihr Geburtsdatum ist {DOB('03-11-1979')}, sie wohnt gleiche Adresse. {P('Marloes')} has also a German phone for her work: {T('0152 2873 9410')}.

Mijn gegevens:
{P('Joost van den Heuvel')}
{A('Hoogstraat 117')}
{A('6541 BM Nijmegen')}
Nederland
tel {T('+31 6 4172 9035')}

Met vriendelijke groet / mit freundlichen Grüßen
{P('Joost')}
""")

# ---------------------------------------------------------------------------------------------------------------
# F118-002 word: completed hearing form
add("word", "anhoerungsbogen", f"""Stadt Kleve – Der Bürgermeister
Fachbereich Ordnung und Verkehr – Bußgeldstelle
{OFFICE_STREET}, {OFFICE_CITY} · Telefon {OFFICE_TEL}

ANHÖRUNGSBOGEN
im Verfahren wegen einer Verkehrsordnungswidrigkeit

Aktenzeichen:            {AZ('32.21-25-015208')}
Amtliches Kennzeichen:   {KFZ('KLE-MH 612')}
Tatzeit:                 02.06.2025, 07:48 Uhr
Tatort:                  Kleve, Tiergartenstraße, Höhe Haus Nr. 40, Fahrtrichtung Kranenburg
Tatvorwurf:              Sie überschritten die zulässige Höchstgeschwindigkeit außerhalb geschlossener Ortschaften um 23 km/h. Zulässige Geschwindigkeit: 70 km/h. Festgestellte Geschwindigkeit (nach Toleranzabzug): 93 km/h. § 41 Abs. 1 i. V. m. Anlage 2, § 49 StVO; § 24 StVG; 11.3.4 BKat
Beweismittel:            Messung PoliScan FM1, Lichtbild, Zeuge: {P('Ralf Tenhaef')}

Angaben zur Person (Pflichtangaben nach § 111 OWiG)
Familienname:            {P('Hermsen')}
Vorname:                 {P('Heike')}
Geburtsname:             {P('Lamers')}
Geburtsdatum:            {DOB('17.08.1968')}
Geburtsort:              Goch
Staatsangehörigkeit:     deutsch
Anschrift:               {A('Flutstraße 29')}, {A('47574 Goch')}
Beruf:                   Pflegefachkraft

Angaben zur Sache (freiwillig)
[x] Ich habe den Verstoß begangen.
[ ] Ich habe den Verstoß nicht begangen.
[ ] Ich war nicht Fahrer/in. Fahrer/in war: ______________________
Bemerkungen: Ich war auf dem Weg zum Frühdienst und spät dran, das tut mir leid. Ich bitte um Ratenzahlung, falls das möglich ist (3 Raten).

Telefon (freiwillig):    {T('02823 419 776')}
E-Mail (freiwillig):     {E('heike.hermsen@web.de')}

Goch, den 11.06.2025                    {P('H. Hermsen')}
                                        (Unterschrift)

Bearbeitungsvermerk: Eingang 13.06.2025 – Ratenwunsch an Stadtkasse – {P('Hüsken')}
""")

# ---------------------------------------------------------------------------------------------------------------
# F118-003 outlook: fleet company names the drivers of three leased cars
GMBH_VAT = ids.vat_id()
DL_BRUEGGEMANN = de_driving_licence()
add("outlook", "fahrerbenennung_fuhrpark", f"""Von: Fuhrparkmanagement Rheinland Mobility Leasing GmbH <{N('fuhrpark@rheinland-mobility.de')}>
An: {OFFICE_MAIL}
Betreff: AW: Zeugenfragebögen vom 20.05.2025 – Ihre Zeichen {AZ('32.21-25-013977')} u. a.

Sehr geehrte Damen und Herren,

zu Ihren drei Zeugenfragebögen vom 20.05.2025 teilen wir mit, dass die Fahrzeuge zur Tatzeit folgenden Personen dauerhaft zur Nutzung überlassen waren:

1) Az. {AZ('32.21-25-013977')}, Kennzeichen {KFZ('D-RM 4471')} (Dienstwagen der Fa. Rheintal Elektrotechnik GmbH)
   Fahrer: {P('Sven Brüggemann')}, geb. {DOB('22.01.1984')}
   {A('Am Kuhlacker 8')}, {A('40627 Düsseldorf')}
   Führerschein-Nr. {IDC(DL_BRUEGGEMANN)}

2) Az. {AZ('32.21-25-014102')}, Kennzeichen {KFZ('D-RM 5120E')} (Elektrofahrzeug, Einzelüberlassung)
   Nutzerin laut Überlassungsvertrag: {P('Aleksandra Nowak-Seidel')}, geb. {DOB('05.09.1991')}
   {A('Ackerstraße 114')}, {A('40233 Düsseldorf')}

3) Az. {AZ('32.21-25-014455')}, Kennzeichen {KFZ('D-RM 3389')}
   Hier können wir keinen Fahrer benennen. Das Fahrzeug ist als Poolfahrzeug an die Stadtwerke-Tochter NiederrheinNetz Service GmbH vermietet; dort führt Herr {P('Carsten Lübbers')} das Fahrtenbuch (Tel. {T('0211 9047 3318')}). Wir haben Herrn {P('Lübbers')} gebeten, Ihnen direkt zu antworten.

Kopien der Überlassungsverträge liegen bei. Bitte richten Sie weitere Schreiben unmittelbar an Herrn {P('Brüggemann')} bzw. Frau {P('Nowak-Seidel')}.

Mit freundlichen Grüßen

i. A. {P('Nadine Kowalczyk')}
Fuhrparkmanagement

Rheinland Mobility Leasing GmbH
{N('Heerdter Landstraße 193')} · {N('40549 Düsseldorf')}
Zentrale {N('0211 5381-0')} · Durchwahl {T('0211 5381-246')}
{E('n.kowalczyk@rheinland-mobility.de')}
Amtsgericht Düsseldorf HRB 84412 · USt-IdNr. {N(GMBH_VAT)}
""")

# ---------------------------------------------------------------------------------------------------------------
# F118-004 outlook: lower-case mail of a deacon about a parking ticket at the cemetery (reveals religion)
add("outlook", "verwarnung_parken_friedhof", f"""Betreff: verwarnung parken friedhof

hallo,

ich hab heute ein verwarnungsgeld über 20 euro an der windschutzscheibe gehabt, kassenzeichen {AZ('5.3100.427719.4')}, auto {KFZ('KLE-JB 280')}. ich bin diakon in der kath. pfarrgemeinde und hatte am samstag die beerdigung von frau {P('inge aldenhoven')} auf dem friedhof merowingerstraße. die parkplätze waren alle voll mit trauergästen, ich stand ca. 40 min halb vor der einfahrt, aber ohne jemand zu behindern. der bestatter, herr {P('kuypers')}, kann das bestätigen.

kann man da nicht mal ein auge zudrücken? war ja nicht zum spaß.

falls rückfragen: {T('0171 3382 904')}

gruß
{P('johannes bruckmann')}

Von meinem iPhone gesendet
""", ["RELIGION"])

# ---------------------------------------------------------------------------------------------------------------
# F118-005 word: CSV export of the speed camera
csv_rows = [
    ("0001", "06:14:32", "KLE-AS 1907", "D", "PKW", 68, 65, 1, "32.21-25-014701", "Halteranfrage KBA"),
    ("0002", "06:21:05", "GZ-915-X", "NL", "PKW", 71, 68, 1, "32.21-25-014702", "EUCARIS"),
    ("0003", "06:48:51", "PO 7KX41", "PL", "LKW", 66, 63, 2, "32.21-25-014703", "EUCARIS"),
    ("0004", "06:55:19", "LHT 528", "LT", "LKW", 67, 64, 2, "32.21-25-014704", "EUCARIS"),
    ("0005", "07:02:17", "1-KPV-438", "B", "PKW", 74, 71, 1, "32.21-25-014705", "EUCARIS"),
    ("0006", "07:09:44", "B-YK 2207", "D", "PKW", 60, 57, 1, None, "verworfen (unter Schwelle)"),
    ("0007", "08:16:02", "V-715-ZT", "NL", "PKW", 77, 74, 1, "32.21-25-014706", "EUCARIS"),
    ("0008", "09:37:26", "4127 LMP", "E", "PKW", 69, 66, 1, "32.21-25-014707", "EUCARIS"),
    ("0009", "10:05:58", "CJ 47 RZV", "RO", "PKW", 72, 69, 1, "32.21-25-014708", "EUCARIS"),
    ("0010", "10:40:13", None, "NL?", "Krad", 81, 78, 1, None, "verworfen (Kennzeichen unleserlich)"),
    ("0011", "11:12:40", "KR-LM 5127", "D", "PKW", 70, 67, 1, "32.21-25-014709", "Halteranfrage KBA"),
    ("0012", "11:58:07", "FG 482 KM", "I", "Wohnmobil", 65, 62, 1, "32.21-25-014710", "EUCARIS"),
    ("0013", "12:30:55", "K-482-RT", "NL", "PKW", 73, 70, 1, "32.21-25-014711", "EUCARIS"),
    ("0014", "13:47:21", "WES-KT 88", "D", "PKW", 79, 76, 1, "32.21-25-014712", "Halteranfrage KBA"),
    ("0015", "13:52:36", "KLE-Y 3", "D", "PKW", 62, 59, 1, None, "verworfen (unter Schwelle)"),
]
lines = []
for lfd, zeit, plate, nat, art, vg, vv, spur, vorgang, status in csv_rows:
    lines.append(";".join([lfd, "14.05.2025", zeit, KFZ(plate) if plate else "", nat, art, str(vg), str(vv), str(spur),
                           f"F{lfd}_A.jpg", AZ(vorgang) if vorgang else "", status]))
add("word", "export_messanlage_csv", f"""Export Messanlage – Standort KLE-07 Emmericher Straße, stadtauswärts – Gerät PoliScan FM1, SN 658123
Messzeitraum: 14.05.2025 06:00 bis 14:00 Uhr · erstellt 15.05.2025 09:12 durch {P('R. Tenhaef')}
zulässige Höchstgeschwindigkeit 50 km/h · Toleranz 3 km/h · Verfolgungsschwelle v_vorw >= 61 km/h

lfd;Datum;Uhrzeit;Kennzeichen;Nat;Fzg;v_gem;v_vorw;Spur;Bild;Vorgang;Status
""" + "\n".join(lines) + """

Summe Durchfahrten: 1.204 · Messungen über Schwelle: 12 · verworfen: 3
Zeichensatz UTF-8, Trennzeichen Semikolon. Falldateien (.sbf) liegen auf dem Messdatenserver, Ordner 2025-05-14_KLE07.
""")

# ---------------------------------------------------------------------------------------------------------------
# F118-006 outlook: forwarded request for file inspection by a defence lawyer
add("outlook", "akteneinsicht_weiterleitung", f"""Von: {P('Terhoeven, Anja')} <{E('a.terhoeven@kleve.de')}>
An: {P('Hüsken, Dennis')} <{E('d.huesken@kleve.de')}>
Gesendet: Mittwoch, 18. Juni 2025 08:03
Betreff: WG: Akteneinsicht – Ihr Az. {AZ('32.21-25-011860')} / {P('Kılıç')}, {P('Emre')}

Hi {P('Dennis')},

kannst du bitte die Akte {P('Kılıç')} zusammenstellen und als PDF übers EGVP an die Kanzlei schicken? Messprotokoll, Eichschein und Schulungsnachweis {P('Tenhaef')} bitte mit rein. Die Rohmessdaten will er auch – die müssen wir erst beim Messdienstleister anfordern, das dauert.

Danke & Gruß
{P('Anja')}

--
{P('Anja Terhoeven')}
Stadt Kleve · Bußgeldstelle
Tel. {T('02821 84-317')} · {E('a.terhoeven@kleve.de')}

-----Ursprüngliche Nachricht-----
Von: {P('Murat Demirci')} <{E('m.demirci@verkehrsrecht-innenhafen.de')}>
Gesendet: Dienstag, 17. Juni 2025 16:42
An: Bußgeldstelle <{OFFICE_MAIL}>
Betreff: Akteneinsicht – Ihr Az. {AZ('32.21-25-011860')} / {P('Kılıç')}, {P('Emre')}

Sehr geehrte Damen und Herren,

in der Bußgeldsache gegen Herrn {P('Emre Kılıç')}, geb. {DOB('09.04.1996')}, {A('Gocher Straße 71')}, {A('47551 Bedburg-Hau')}, zeige ich unter Vorlage einer auf mich lautenden Vollmacht die Verteidigung an. Gegen den Bußgeldbescheid vom 02.06.2025 lege ich namens und in Vollmacht meines Mandanten

Einspruch

ein. Zugleich beantrage ich Einsicht in die vollständige Verfahrensakte einschließlich der Messreihe des Tattages, der Lebensakte des Messgeräts und der Rohmessdaten (Falldatei) zur Messung des Fahrzeugs {KFZ('KLE-EK 966')}.

Mein Mandant wird sich zur Sache vorerst nicht äußern. Ich bitte, Schriftverkehr ausschließlich über mein Büro zu führen.

Mit freundlichen Grüßen
{P('Demirci')}
Rechtsanwalt
Fachanwalt für Verkehrsrecht

Kanzlei für Verkehrsrecht am Innenhafen
{N('Mülheimer Straße 214')} · {N('47057 Duisburg')}
Tel. {N('0203 7139 550')} · Fax {N('0203 7139 559')}
Unser Zeichen: {AZ('418/25 MD')}
""")

# ---------------------------------------------------------------------------------------------------------------
# F118-007 word: register query results (KBA / EUCARIS) as a table
halter = [
    ("32.21-25-014701", "KLE-AS 1907", "D", ("P", "Annegret Schmitz"), "30.09.1961", ("Nassauerallee 61", "47533 Kleve")),
    ("32.21-25-014702", "GZ-915-X", "NL", ("P", "Ruud Verbeek"), "12.03.1972", ("Molenweg 4", "6603 AD Wijchen")),
    ("32.21-25-014703", "PO 7KX41", "PL", ("C", "TRANSMAR Sp. z o.o."), None, ("ul. Obornicka 230", "60-650 Poznań")),
    ("32.21-25-014704", "LHT 528", "LT", ("C", "UAB Baltic Road Cargo"), None, ("Savanorių pr. 178", "LT-03154 Vilnius")),
    ("32.21-25-014705", "1-KPV-438", "B", ("P", "Sofie Claeys"), "25.01.1983", ("Kerkstraat 58 bus 2", "9200 Dendermonde")),
    ("32.21-25-014706", "V-715-ZT", "NL", ("C", "Noordlease B.V."), None, ("Computerweg 12", "3821 AB Amersfoort")),
    ("32.21-25-014707", "4127 LMP", "E", ("C", "Climatec Levante S.L."), None, ("Avenida del Puerto 118", "46023 Valencia")),
    ("32.21-25-014708", "CJ 47 RZV", "RO", ("P", "Ionuț-Alexandru Popescu"), "30.10.1988",
     ("Str. Observatorului 112 ap. 9", "400363 Cluj-Napoca")),
    ("32.21-25-014709", "KR-LM 5127", "D", ("P", "Lukas Mertens"), "08.12.1999", ("Moerser Straße 311", "47798 Krefeld")),
    ("32.21-25-014710", "FG 482 KM", "I", ("P", "Alessandro Greco"), "14.07.1966", ("Via Manzoni 8", "71121 Foggia")),
    ("32.21-25-014711", "K-482-RT", "NL", ("P", "Joost van den Heuvel"), "19.04.1977", ("Hoogstraat 117", "6541 BM Nijmegen")),
    ("32.21-25-014712", "WES-KT 88", "D", ("P", "Kübra Aydın"), "21.06.1995", ("Am Bärenkamp 4", "46483 Wesel")),
]
rows = []
for vorgang, plate, staat, (kind, name), geb, (street, city) in halter:
    person = kind == "P"
    holder = P(name) if person else f"{name} (jur. Person)"
    addr = f"{A(street)}, {A(city)}" if person else f"{N(street)}, {N(city)}"
    rows.append(f"{AZ(vorgang)} | {KFZ(plate)} | {staat} | {holder} | {DOB(geb) if geb else '–'} | {addr}")
add("word", "halterauskunft_liste", f"""Sammelauskunft Halterdaten (KBA-ZFZR / EUCARIS) – Messung KLE-07 vom 14.05.2025
Auftrag vom 16.05.2025 · Sachbearbeitung: {P('D. Hüsken')} · Stand: 21.05.2025
Nur für den Dienstgebrauch. Verwendung ausschließlich zur Verfolgung von Verkehrsordnungswidrigkeiten (§ 35 StVG).

Vorgang | Kennzeichen | Staat | Halter/in | Geb.-Datum | Anschrift
""" + "\n".join(rows) + """

Bei juristischen Personen geht ein Zeugenfragebogen an den Halter, bei natürlichen Personen der Anhörungsbogen.
Offen: keine. Die Antworten aus PL und LT kamen ohne Geburtsdatum, Nachfrage nicht erforderlich.
""")

# ---------------------------------------------------------------------------------------------------------------
# F118-008 outlook: union legal protection writes for a lorry driver (reveals union membership)
add("outlook", "stellungnahme_rechtsschutz_lkw", f"""Von: {P('Holger Stappert')} <{E('holger.stappert@dgbrechtsschutz.de')}>
An: {P('Anja Terhoeven')} <{E('a.terhoeven@kleve.de')}>
Betreff: Bußgeldverfahren {P('Dariusz Wróbel')} – Ihr Az. {AZ('32.21-25-009314')} – Stellungnahme

Sehr geehrte Frau {P('Terhoeven')},

in oben genannter Angelegenheit vertreten wir Herrn {P('Dariusz Wróbel')}, {A('Hafenstraße 3a')}, {A('47546 Kalkar')}. Herr {P('Wróbel')} ist Mitglied der Gewerkschaft ver.di und erhält über uns gewerkschaftlichen Rechtsschutz; die Vollmacht ist beigefügt.

Unserem Mandanten wird vorgeworfen, in der Nacht vom 28. auf den 29.03.2025 den Sattelzug {KFZ('WES-TL 2204')} mit Auflieger {KFZ('WES-TL 319')} in der Dorfstraße in Kalkar-Wissel, einem reinen Wohngebiet, abgestellt zu haben (§ 12 Abs. 3a StVO).

Der Sachverhalt wird nicht bestritten. Wir bitten aber zu berücksichtigen, dass der Arbeitgeber unseres Mandanten ihm entgegen der Zusage im Arbeitsvertrag keinen Stellplatz auf dem Betriebshof zur Verfügung stellt. Herr {P('Wróbel')} hat dies wiederholt, zuletzt über den Betriebsrat, beanstandet; das Schreiben vom 14.02.2025 fügen wir bei. Wir regen an, das Verfahren nach § 47 Abs. 1 OWiG einzustellen, hilfsweise es bei einer Verwarnung zu belassen.

Für Rückfragen erreichen Sie den Unterzeichner unter {T('0281 16390-14')}.

Mit freundlichen Grüßen

{P('Holger Stappert')}
Rechtssekretär
DGB Rechtsschutz GmbH · Büro Wesel
{N('Brückstraße 9')} · {N('46483 Wesel')}
Unser Az.: {AZ('2.0411/25-St')}
""", ["UNION"])

# ---------------------------------------------------------------------------------------------------------------
# F118-009 word: decision imposing a fine on a Belgian driver
add("word", "bussgeldbescheid_belgien", f"""Stadt Kleve · Der Bürgermeister · Bußgeldstelle · {OFFICE_STREET} · {OFFICE_CITY}

Mevrouw / Frau
{P('Sofie Claeys')}
{A('Kerkstraat 58 bus 2')}
{A('B-9200 Dendermonde')}
BELGIEN

                                        Unser Zeichen: {AZ('32.21-25-014705')}
                                        Kassenzeichen: {AZ('5.3100.429013.7')}
                                        Auskunft: Frau {P('Terhoeven')}, Zimmer 2.14
                                        Telefon: {T('02821 84-317')}
                                        E-Mail: {OFFICE_MAIL}
                                        Datum: 08.07.2025

BUSSGELDBESCHEID

Sehr geehrte Frau {P('Claeys')},

gegen Sie wird wegen der folgenden Ordnungswidrigkeit eine Geldbuße festgesetzt:

Sie überschritten am 14.05.2025 um 07:02 Uhr in Kleve, Emmericher Straße, als Führerin des PKW mit dem Kennzeichen {KFZ('1-KPV-438')} (B) die zulässige Höchstgeschwindigkeit innerhalb geschlossener Ortschaften um 21 km/h. Zulässige Geschwindigkeit: 50 km/h, festgestellte Geschwindigkeit nach Toleranzabzug: 71 km/h.
§ 41 Abs. 1 i. V. m. Anlage 2, § 49 StVO; § 24 StVG; 11.3.4 BKat

Beweismittel: Messung mit PoliScan FM1, Lichtbild, Messprotokoll

Geldbuße                         115,00 EUR
Gebühr (§ 107 Abs. 1 OWiG)        28,50 EUR
Auslagen (§ 107 Abs. 3 OWiG)       3,50 EUR
zu zahlender Gesamtbetrag         147,00 EUR

Bitte überweisen Sie den Betrag innerhalb von zwei Wochen nach Rechtskraft an die Stadtkasse Kleve, IBAN {N(STADTKASSE_IBAN)}, BIC WELADED1KLE, Verwendungszweck: {AZ('5.3100.429013.7')}.

Dieser Bescheid wird rechtskräftig und vollstreckbar, wenn Sie nicht innerhalb von zwei Wochen nach Zustellung schriftlich oder zur Niederschrift bei der Bußgeldstelle Einspruch einlegen. Rechtskräftige Geldbußen ab 70 EUR können nach dem Rahmenbeschluss 2005/214/JI in Belgien vollstreckt werden.

Een Nederlandstalige vertaling van dit besluit kunt u aanvragen via {OFFICE_MAIL}.

Mit freundlichen Grüßen
Im Auftrag

{P('Anja Terhoeven')}
""")

# ---------------------------------------------------------------------------------------------------------------
# F118-010 outlook: Polish haulier answers the witness questionnaire in English
PESEL_W = pesel(79, 2, 14, True)
NIP_TRANSMAR = pl_nip()
add("outlook", "fahrerbenennung_spedition_pl", f"""From: Biuro TRANSMAR <{N('biuro@transmar-poznan.pl')}>
To: {OFFICE_MAIL}
Subject: RE: Questionnaire for witness – Ref. {AZ('32.21-25-014703')} – {KFZ('PO 7KX41')}

Dear Sir or Madam,

regarding your questionnaire (Zeugenfragebogen) dated 21.05.2025 we inform you that our truck {KFZ('PO 7KX41')} with trailer {KFZ('PO 2JH58')} was driven on 14.05.2025 by our employee:

Name: {P('Krzysztof Wiśniewski')}
Date of birth: {DOB('14.02.1979')}
Address: {A('ul. Polna 17/4')}, {A('62-020 Swarzędz')}, Poland
PESEL: {TID(PESEL_W)}
Driving licence no.: {IDC('00841/07/3064')}
Mobile: {T('+48 601 447 219')}

Mr {P('Wiśniewski')} speaks only little German. Please send the further letters directly to him, in Polish if possible. The company does not accept any fines for drivers.

Best regards / Z poważaniem
{P('Magdalena Zielińska')}
Dział kadr / HR department

TRANSMAR Sp. z o.o.
{N('ul. Obornicka 230')}, {N('60-650 Poznań')}
NIP: {N('PL' + NIP_TRANSMAR)}
tel. {N('+48 61 842 30 00')}
""")

# ---------------------------------------------------------------------------------------------------------------
# F118-011 word: file note of a phone call with a Romanian driver through an interpreter
RO_IBAN = mod97_iban("RO", "BTRL" + ids.digits(16))
add("word", "vermerk_telefonat_dolmetscherin", f"""Aktenvermerk

Az.: {AZ('32.21-25-014708')}
Betroffener: {P('Ionuț-Alexandru Popescu')}, geb. {DOB('30.10.1988')}
Kennzeichen: {KFZ('CJ 47 RZV')} (RO)

Am 24.06.2025 gegen 10:20 Uhr rief Herr {P('Popescu')} von der Nummer {T('+40 742 318 906')} an. Eine Verständigung auf Deutsch war kaum möglich; seine Cousine, Frau {P('Andreea Munteanu')} (wohnhaft {A('Lindenallee 42')}, {A('47533 Kleve')}, Tel. {T('0157 3922 4815')}), hat übersetzt und war mit der Gesprächsführung über Lautsprecher einverstanden.

Ergebnis:
1. Herr {P('Popescu')} räumt ein, das Fahrzeug am 14.05.2025 gefahren zu haben. Er arbeite von April bis Oktober als Saisonkraft in einem Gartenbaubetrieb in Straelen und wohne dort in der Unterkunft {A('Am Kapellenhof 6')}, {A('47638 Straelen')}.
2. Der Bescheid soll trotzdem an die Heimatanschrift gehen ({A('Str. Observatorului 112 ap. 9')}, {A('400363 Cluj-Napoca')}), da er die Unterkunft Ende Oktober verlässt.
3. Er bittet um Zahlung in zwei Raten. Überweisung soll von seinem rumänischen Konto erfolgen, IBAN nach seiner Angabe {IBAN(group(RO_IBAN, 4))}. Hinweis auf Angabe des Kassenzeichens gegeben.
4. Frau {P('Munteanu')} bittet, Rückfragen an sie zu richten, E-Mail {E('andreea.munteanu91@yahoo.com')}.

Weiteres: Bescheid mit Ratenbewilligung, zweisprachig (dt./engl.).

Kleve, 24.06.2025
{P('Hüsken')}
""")

# ---------------------------------------------------------------------------------------------------------------
# F118-012 outlook: mother explains an emergency drive with her asthmatic son (health)
KV_LEVIN = ids.health_insurance()
add("outlook", "anhoerung_notfall", f"""Betreff: Anhörung Az. {AZ('32.21-25-015377')} – Notfall, bitte um Einstellung

Sehr geehrte Damen und Herren,

ich habe den Anhörungsbogen zu dem Verstoß vom 31.05.2025 (Kennzeichen {KFZ('KLE-NB 4410')}) erhalten. Ja, ich bin gefahren, und ja, ich war deutlich zu schnell. Ich war mit meinem Sohn {P('Levin')} (geb. {DOB('12.12.2017')}) auf dem Weg in die Notaufnahme, weil er einen schweren Asthmaanfall hatte und sein Notfallspray nicht mehr gewirkt hat. Er ist dort zwei Tage stationär behandelt worden.

Den Entlassungsbrief (Patient: {P('Levin Bergmann-Achterberg')}, Versichertennr. {KV(KV_LEVIN)}) hänge ich als Scan an. Die Aufnahmezeit 21:47 Uhr steht oben rechts, das sind elf Minuten nach dem Foto.

Ich weiß, dass ich eigentlich den Rettungswagen hätte rufen sollen. In dem Moment habe ich nur funktioniert. Ich bitte Sie, von dem Bußgeld und vor allem vom Fahrverbot abzusehen, ich bin als Pflegedienstleitung im ambulanten Dienst jeden Tag auf das Auto angewiesen. Mein Mann, {P('Florian Achterberg')}, saß auf dem Beifahrersitz und kann das bestätigen.

Mit freundlichen Grüßen
{P('Nina Bergmann-Achterberg')}
{A('Hoffmannallee 88')}
{A('47533 Kleve')}
{T('0160 9482 1137')}
""", ["HEALTH"])

# ---------------------------------------------------------------------------------------------------------------
# F118-013 word: transfer of the file to the public prosecutor after an objection
add("word", "abgabe_staatsanwaltschaft", f"""Stadt Kleve · Der Bürgermeister · Bußgeldstelle
{OFFICE_STREET} · {OFFICE_CITY}

Staatsanwaltschaft Kleve
{N('Ringstraße 13')}
{N('47533 Kleve')}

Unser Zeichen: {AZ('32.21-25-011860')}
Bearbeiterin: Frau {P('Terhoeven')}, Tel. {T('02821 84-317')}
Datum: 28.07.2025

Bußgeldsache gegen
{P('Emre Kılıç')}, geb. {DOB('09.04.1996')} in Kleve,
wohnhaft {A('Gocher Straße 71')}, {A('47551 Bedburg-Hau')},
Verteidiger: Rechtsanwalt {P('Murat Demirci')}, Duisburg
wegen Überschreitung der zulässigen Höchstgeschwindigkeit

Anlagen: 1 Verfahrensakte (Bl. 1–64), 1 Datenträger (Falldatei, Messreihe des Tattages)

Sehr geehrte Damen und Herren,

gegen den Bußgeldbescheid vom 02.06.2025 (Geldbuße 320 EUR, ein Monat Fahrverbot) hat der Betroffene durch seinen Verteidiger am 17.06.2025 form- und fristgerecht Einspruch eingelegt. Der Bescheid wird nach Prüfung aufrechterhalten. Ich übersende die Akten gemäß § 69 Abs. 3 OWiG mit der Bitte um Vorlage an das Amtsgericht Kleve.

Kurzdarstellung: Messung am 21.04.2025, 16:31 Uhr, Kalkarer Straße (B 9), zulässig 50 km/h, vorwerfbar 83 km/h; Fahrzeug {KFZ('KLE-EK 966')}, Halter ist der Betroffene. Der Verteidiger hat am 08.07.2025 Akteneinsicht erhalten; die angeforderten Rohmessdaten wurden am 22.07.2025 nachgereicht. Konkrete Einwände gegen die Messung wurden bisher nicht vorgetragen.

Der Messbeamte {P('Ralf Tenhaef')} steht als Zeuge zur Verfügung (ladungsfähig über die Dienststelle).

Mit freundlichen Grüßen
Im Auftrag
{P('Anja Terhoeven')}
""")

# ---------------------------------------------------------------------------------------------------------------
# F118-014 outlook: reply chain with a Spanish company owner naming her colleague
DNI_JAVIER = es_dni()
DNI_LUCIA = es_dni()
add("outlook", "fahrerbenennung_spanien", f"""Von: {P('Lucía Fernández Gil')} <{E('luciafg.valencia@hotmail.es')}>
An: {OFFICE_MAIL}
Betreff: RE: AW: Multa Kleve – {AZ('32.21-25-014707')}

Hola, buenos días,

perdone, no hablo alemán, escribo con el traductor. Ich war nicht der Fahrer! The car {KFZ('4127 LMP')} is from my company but on 14 of May it was driven by my colleague {P('Javier Ortega Ruiz')}, we were together on a work trip to a customer in Kleve. His data:

{P('Javier Ortega Ruiz')}
fecha de nacimiento: {DOB('23/08/1990')}
{A('Calle de San Vicente Mártir 41 5B')}
{A('46002 Valencia')}
DNI {IDC(DNI_JAVIER)}
{E('javi.ortega.ruiz@gmail.com')}

Can you send him the fine please and close my case? My DNI is {IDC(DNI_LUCIA)} if you need it.

Un saludo,
{P('Lucía')}
{T('+34 655 213 870')}

> Am 02.07.2025 um 09:14 schrieb Bußgeldstelle Stadt Kleve <{OFFICE_MAIL}>:
>
> Sehr geehrte Frau {P('Fernández Gil')},
>
> vielen Dank für Ihre Nachricht. Ohne die vollständigen Personalien des Fahrers können wir Ihre Angaben leider nicht berücksichtigen. Bitte teilen Sie uns Name, Geburtsdatum und Anschrift der Person mit, die das Fahrzeug {KFZ('4127 LMP')} am 14.05.2025 um 09:37 Uhr geführt hat.
>
> Mit freundlichen Grüßen
> Im Auftrag
> {P('Dennis Hüsken')}
> Stadt Kleve – Bußgeldstelle
> Tel. {T('02821 84-322')}
>
>> Am 27.06.2025 um 18:55 schrieb {P('Lucía Fernández')} <{E('luciafg.valencia@hotmail.es')}>:
>>
>> Hello, I received a letter about speeding in Kleve but I was not the driver. What must I do? Thank you.
>> {P('Lucía')}
""")

# ---------------------------------------------------------------------------------------------------------------
# F118-015 word: file note on driver identification with register photographs (biometric)
IDC_TIMO = ids.id_card(check_digit=True)
PASS_LARS = ids.passport(check_digit=True)
add("word", "vermerk_lichtbildabgleich", f"""Vermerk – Fahrerermittlung / Lichtbildabgleich

Vorgang:  {AZ('32.21-25-012214')}
Fahrzeug: {KFZ('KLE-RV 77')}
Halter:   {P('Reinhold Verhoeven')}, geb. {DOB('02.02.1957')}, {A('Bresserberg 14')}, {A('47533 Kleve')}

Sachverhalt
Das Messfoto vom 09.04.2025, 18:12 Uhr, zeigt einen Mann von etwa 25 bis 35 Jahren mit Vollbart und Sonnenbrille. Der Halter ist 68 Jahre alt und scheidet als Fahrer erkennbar aus. Im Zeugenfragebogen hat er die Aussage verweigert (§ 52 StPO, Angehörige).

Ermittlungen
1. Melderegister: Im Haushalt gemeldet sind außerdem {P('Timo Verhoeven')} (geb. {DOB('19.06.1994')}) und {P('Lars Verhoeven')} (geb. {DOB('03.01.1998')}).
2. Lichtbilder aus dem Personalausweis- und Passregister angefordert (§ 24 Abs. 2 PAuswG, § 22 Abs. 2 PassG):
   – {P('Timo Verhoeven')}: Personalausweis {IDC(IDC_TIMO)}, ausgestellt 2019
   – {P('Lars Verhoeven')}: Reisepass {PASS(PASS_LARS)}, ausgestellt 2021
3. Der Abgleich durch die Sachbearbeitung ergibt eine hohe Übereinstimmung mit {P('Timo Verhoeven')} (Ohrform, Nasenrücken, Haaransatz, Bartwuchs); bei {P('Lars Verhoeven')} weicht die Gesichtsform deutlich ab.
4. Herr {P('Timo Verhoeven')} bestreitet in seiner Stellungnahme vom 23.06.2025, gefahren zu sein. Es wird daher ein anthropologisch-biometrisches Vergleichsgutachten bei Dipl.-Biol. Dr. {P('Svenja Holtkamp')}, Sachverständige für Bildidentifikation, in Auftrag gegeben (Kostenvoranschlag 640 EUR). Übersandt werden das Messfoto in Originalauflösung und die Registerlichtbilder beider Söhne.
5. Die Registerlichtbilder werden nach Abschluss des Verfahrens gelöscht; eine Verwendung für andere Zwecke ist ausgeschlossen.

Kleve, 30.06.2025
{P('Terhoeven')}
""", ["BIOMETRIC"])

# ---------------------------------------------------------------------------------------------------------------
# F118-016 outlook: Lithuanian haulier forwards the driver's own statement
LT_CODE = lt_personal_code(3, 77, 9, 21)
add("outlook", "fahrerbenennung_litauen_fw", f"""Von: {P('Rūta Jankauskienė')} <{E('ruta.j@balticroadcargo.lt')}>
An: {OFFICE_MAIL}
Betreff: FW: Anhörung {AZ('32.21-25-014704')} – {KFZ('LHT 528')} / driver statement

Hello,

please find below the statement of our driver. He confirms that he was driving. Sorry for the late answer, he was on route to Spain and had no internet.

Kind regards
{P('Rūta Jankauskienė')}
Transport manager
UAB „Baltic Road Cargo"
{N('Savanorių pr. 178')}, {N('LT-03154 Vilnius')}
mob. {T('+370 612 48305')}

---------- Forwarded message ---------
From: {P('Tomas Kazlauskas')} <{E('tomas.kazlauskas77@gmail.com')}>
Date: Mon, 23 Jun 2025 at 07:12
Subject: Re: Kleve fine
To: {P('Rūta Jankauskienė')} <{E('ruta.j@balticroadcargo.lt')}>

{P('Rūta')} labas,
yes it was me with the truck {KFZ('LHT 528')} in Kleve on 14 may, i went to the warehouse on Industriestraße for loading. here my data for the germans:
{P('Tomas Kazlauskas')}
gim. {DOB('1977-09-21')}
asmens kodas {TID(LT_CODE)}
vairuotojo pažymėjimas {IDC(ids.digits(8))}
{A('Žirmūnų g. 63-12')}, {A('LT-09105 Vilnius')}
ačiū,
{P('Tomas')}
""")

# ---------------------------------------------------------------------------------------------------------------
# F118-017 word: application for payment in instalments with SEPA mandate
SSN_SCHOOFS_RAW = ids.social_security("150356", "S")
SSN_SCHOOFS = f"{SSN_SCHOOFS_RAW[:2]} {SSN_SCHOOFS_RAW[2:8]} {SSN_SCHOOFS_RAW[8]} {SSN_SCHOOFS_RAW[9:]}"
IBAN_SCHOOFS = group(ids.iban_de(), 4)
add("word", "antrag_ratenzahlung", f"""Stadt Kleve – Stadtkasse / Bußgeldstelle
Antrag auf Zahlungserleichterung (§ 18 OWiG)

1. Angaben zur Person
Name, Vorname:          {P('Schoofs')}, {P('Wilfried')}
Geburtsdatum:           {DOB('15.03.1956')}
Anschrift:              {A('Hagsche Poort 9')}, {A('47533 Kleve')}
Telefon:                {T('02821 998 3041')}
E-Mail:                 {E('w.schoofs56@t-online.de')}
Aktenzeichen:           {AZ('32.21-25-010093')}
Kassenzeichen:          {AZ('5.3100.418822.6')}
offener Betrag:         378,50 EUR

2. Wirtschaftliche Verhältnisse
[x] Rentner/in – Altersrente der DRV Rheinland
    Versicherungsnummer: {SSN(SSN_SCHOOFS)}
    monatlich netto: 1.312,40 EUR (Rentenbescheid 2025 in Kopie anbei)
[ ] Arbeitnehmer/in     [ ] selbständig     [ ] Bürgergeld
Im Haushalt lebt: Ehefrau {P('Gerda Schoofs')}, Minijob, 538,00 EUR
Miete warm:             640,00 EUR
sonstige Verpflichtungen: Ratenkredit Autohaus, 189,00 EUR monatlich

3. Ratenvorschlag
6 Monatsraten zu je 63,10 EUR, erste Rate am 15.08.2025

4. SEPA-Lastschriftmandat
Ich ermächtige die Stadt Kleve, die Raten von meinem Konto einzuziehen.
Kontoinhaber:           {P('Wilfried Schoofs')}
IBAN:                   {IBAN(IBAN_SCHOOFS)}
Kreditinstitut:         Volksbank an der Niers eG

Kleve, 21.07.2025       Unterschrift: {P('W. Schoofs')}

– vom Amt auszufüllen –
Bewilligt am 24.07.2025: 6 Raten zu 63,10 EUR, Wiedervorlage 15.09.2025. Bei Rückstand einer Rate wird der Restbetrag sofort fällig.
Sachbearbeitung: {P('Hüsken')}
""")

# ---------------------------------------------------------------------------------------------------------------
# F118-018 outlook: Italian camper couple in English, offer to pay by credit card
CC_GIULIA = group(ids.credit_card("4", 16), 4)
CF_GIULIA = "MRCGLI85M52A944"
CF_GIULIA += italian_check_letter(CF_GIULIA)
IBAN_PAOLO = group(iban_it(), 4)
add("outlook", "verwarnung_wohnmobil_italien", f"""Subject: fine for camper van – Kassenzeichen {AZ('5.3100.430155.1')}

Good morning,

we received your letter "Verwarnungsgeldangebot" for parking our camper van {KFZ('FS 582 LX')} on the Parkplatz at the Wasserburg on 3 June. We are very sorry, we did not understand the sign that camper vans are not allowed to stay overnight there.

We want to pay the 35 euro, but a bank transfer from Italy to Germany costs us a fee of 18 euro. Is it possible to pay with credit card? My card is a Visa, number {CC(CC_GIULIA)}, valid until 09/27, card holder {P('Giulia Marchetti')}. If this is not possible, please tell us and we make the transfer from my husband's account: {IBAN(IBAN_PAOLO)} ({P('Paolo Rinaldi')}).

Our address:
{P('Giulia Marchetti')}
{A('Via dei Mille 23')}
{A('40121 Bologna')}
Italia
codice fiscale {TID(CF_GIULIA)}

Many thanks and sorry again, Kleve is a beautiful town!
{P('Giulia')} and {P('Paolo')}
{T('+39 347 218 5530')}
""")

# ---------------------------------------------------------------------------------------------------------------
# F118-019 word: minutes of the team meeting
add("word", "protokoll_teambesprechung", f"""Protokoll der Teambesprechung Bußgeldstelle

Datum: 03.07.2025, 09:00 – 10:15 Uhr, Raum 2.10
Teilnehmende: {P('Markus Evers-Kamps')} (Leitung), {P('Anja Terhoeven')}, {P('Dennis Hüsken')}, {P('Yasemin Kaplan')}, {P('Ralf Tenhaef')} (Verkehrsüberwachung), {P('Petra Janssen')} (Protokoll)
Entschuldigt: {P('Kerstin Hoymann')} (Urlaub)

TOP 1 Rückstände
Aktuell 412 offene Anhörungen, davon 96 mit ausländischen Kennzeichen. EUCARIS-Anfragen NL und B laufen ohne Verzögerung, PL und RO dauern teils sechs Wochen. Hr. {P('Hüsken')} übernimmt ab 07.07. alle RO-Vorgänge, Fr. {P('Janssen')} die LT-Vorgänge.

TOP 2 Einzelfälle
a) {AZ('32.21-25-011860')} ({P('Kılıç')}): Akteneinsicht RA {P('Demirci')} erfolgt, Rohmessdaten beim Dienstleister angefordert (Frist drei Wochen). Danach Abgabe an StA. Zuständig Fr. {P('Terhoeven')}.
b) {AZ('32.21-25-012214')} ({P('Verhoeven')}): Sohn bestreitet Fahrereigenschaft, Sachverständigengutachten wird beauftragt. Kosten vorab mit Hr. {P('Evers-Kamps')} abgestimmt.
c) Beschwerde Hr. {P('Bruckmann')} (Parken bei Beerdigung): Verwarnung bleibt bestehen, Fr. {P('Kaplan')} ruft zurück und erklärt die Rechtslage.
d) Rheinland Mobility Leasing: Fahrerbenennungen {P('Brüggemann')} und {P('Nowak-Seidel')} eingegangen, neue Anhörungen raus. Für {KFZ('D-RM 3389')} fehlt die Antwort von Hr. {P('Lübbers')}; Fristablauf abwarten, dann Prüfung Fahrtenbuchauflage.
e) Sattelzug {KFZ('WES-TL 2204')} ({P('Wróbel')}): Anregung auf Einstellung nach § 47 OWiG liegt vor. Entscheidung Hr. {P('Evers-Kamps')} bis 10.07.

TOP 3 Messstelle Emmericher Straße
Die Eichung läuft am 30.09.2025 ab. Hr. {P('Tenhaef')} vereinbart den Termin mit dem Eichamt; bis dahin keine Messungen an KLE-07 nach dem 26.09.

TOP 4 Verschiedenes
Urlaubsvertretung August: {P('Terhoeven')} ↔ {P('Hüsken')}; {P('Kaplan')} vertritt {P('Hoymann')}.
Das neue Vordruckset (Anhörung zweisprachig NL/PL) wird ab 01.08. eingesetzt.

Nächster Termin: 17.07.2025, 09:00 Uhr
gez. {P('P. Janssen')}
""")

# ---------------------------------------------------------------------------------------------------------------
# F118-020 outlook: council member's parking ticket (reveals party membership)
add("outlook", "verwarnung_ratsmitglied", f"""Betreff: Knöllchen Rathausparkplatz Dienstagabend

Moin Frau {P('Kaplan')},

danke für das nette Telefonat eben. Wie besprochen hier noch mal kurz schriftlich: Ich stand am Dienstagabend mit meinem Wagen {KFZ('KLE-GW 1511')} auf dem Rathausparkplatz auf einem der Plätze „nur für Dienstfahrzeuge", weil ich als Mitglied der Grünen-Fraktion zur Fraktionssitzung musste und die Ratsmitgliederplätze alle belegt waren (der Bauausschuss tagte parallel).

Das Verwarnungsgeld (Verwarnungsnummer {AZ('VW 25-0773104')}) zahle ich natürlich, das ist ja berechtigt. Ich wollte nur anregen, dass man die Beschilderung dort mal prüft, abends ist das Schild hinter der Hecke kaum zu sehen. Das Thema bringe ich sonst gern im Ordnungsausschuss ein ;-)

Schöne Grüße
{P('Jörg Wellmanns')}

--
{P('Jörg Wellmanns')}
{A('Triftstraße 204')}, {A('47533 Kleve')}
mobil {T('0176 2210 9384')}
""", ["POLITICS"])

# ---------------------------------------------------------------------------------------------------------------
# F118-021 word: witness questionnaire answered by a Dutch leasing company
add("word", "zeugenfragebogen_leasing_nl", f"""ZEUGENFRAGEBOGEN / GETUIGENVRAGENLIJST
(Halterin ist eine juristische Person / kentekenhouder is een rechtspersoon)

Stadt Kleve · Bußgeldstelle · {OFFICE_STREET} · {OFFICE_CITY}

An / Aan:
Noordlease B.V.
t.a.v. afdeling verkeersboetes
{N('Computerweg 12')}
{N('3821 AB Amersfoort')}
NIEDERLANDE

Aktenzeichen / Dossiernummer:   {AZ('32.21-25-014706')}
Kennzeichen / Kenteken:         {KFZ('V-715-ZT')} (NL)
Tatzeit / Datum en tijd:        14.05.2025, 08:16 Uhr
Tatort / Plaats:                Kleve, Emmericher Straße
Vorwurf / Overtreding:          Geschwindigkeitsüberschreitung innerorts um 24 km/h

Frage 1: Wer hat das Fahrzeug zur Tatzeit geführt? / Wie bestuurde het voertuig?
Familienname / Achternaam:      {P('Bakker')}
Vorname / Voornaam:             {P('Daan')}
Geburtsdatum / Geboortedatum:   {DOB('07-06-1989')}
Anschrift / Adres:              {A('Vondellaan 212')}, {A('3521 GJ Utrecht')}
Führerschein-Nr. / Rijbewijsnr.: {IDC('5104628391')}
Leasingnehmer / Lessee:         Van Dalen Installatietechniek B.V., Utrecht

Frage 2: Ist Ihnen der Fahrer persönlich bekannt? / Is de bestuurder u persoonlijk bekend?
[ ] ja   [x] nein – Angaben laut Leasingvertrag und Fahrerzuordnung des Leasingnehmers

Hinweis: Als Zeuge sind Sie zur wahrheitsgemäßen Auskunft verpflichtet, soweit Ihnen kein Zeugnis- oder Auskunftsverweigerungsrecht zusteht.

Ort, Datum / Plaats, datum:     Amersfoort, 04-06-2025
Unterschrift, Stempel:          {P('M. de Groot')}, afdeling verkeersboetes
Telefon / Telefoon:             {N('+31 33 450 7700')}
""")

# ---------------------------------------------------------------------------------------------------------------
# F118-022 outlook: local court announces the trial date and asks for documents
add("outlook", "amtsgericht_terminsnachricht", f"""Von: Amtsgericht Kleve – Geschäftsstelle Abt. 9 <{N('poststelle@ag-kleve.nrw.de')}>
An: {OFFICE_MAIL}
Betreff: {AZ('9 OWi 318/25')} – Bußgeldsache gegen {P('Kılıç')} – Terminsnachricht, Anforderung Unterlagen

Sehr geehrte Damen und Herren,

in der Bußgeldsache gegen

{P('Emre Kılıç')}, geb. {DOB('09.04.1996')},
Verteidiger: Rechtsanwalt {P('Demirci')}, Duisburg

(Ihr Az. {AZ('32.21-25-011860')}; StA Kleve {AZ('108 Js 2741/25')})

ist Termin zur Hauptverhandlung bestimmt auf Donnerstag, den 11.09.2025, 10:30 Uhr, Saal A 104.

Richterin am Amtsgericht Dr. {P('Rosendahl')} bittet um Übersendung
1. der Lebensakte des Messgeräts PoliScan FM1 (SN 658123) für den Zeitraum 01/2024 bis heute,
2. der Schulungsnachweise des Messbeamten,
bis spätestens 22.08.2025. Der Messbeamte {P('Ralf Tenhaef')} wird als Zeuge geladen; die Ladung erfolgt über Ihre Dienststelle.

Mit freundlichen Grüßen
Auf Anordnung
{P('Kühnen')}, Justizbeschäftigte
Amtsgericht Kleve – Geschäftsstelle Abteilung 9
{N('Schloßberg 1')}, {N('47533 Kleve')}
Tel. {T('02821 87-2419')}
""")

# ---------------------------------------------------------------------------------------------------------------
# F118-023 word: hearing before an order to keep a logbook
add("word", "anhoerung_fahrtenbuchauflage", f"""Stadt Kleve · Der Bürgermeister · Straßenverkehrsbehörde
{OFFICE_STREET} · {OFFICE_CITY}

Herrn
{P('Bilal Haddad')}
BH Kurier & Express
{A('Gewerbering 7')}
{A('47623 Kevelaer')}

Aktenzeichen: {AZ('36.3-FB-2025-041')}
Bezug: Bußgeldverfahren {AZ('32.21-25-010457')} (eingestellt am 02.07.2025)
Datum: 15.07.2025

Anhörung vor Anordnung einer Fahrtenbuchauflage (§ 31a StVZO)

Sehr geehrter Herr {P('Haddad')},

mit dem auf Sie zugelassenen Fahrzeug {KFZ('KLE-BH 303')} (Mercedes-Benz Sprinter) wurde am 11.03.2025 um 14:26 Uhr in Kleve, Klever Ring, die zulässige Höchstgeschwindigkeit von 50 km/h um 32 km/h überschritten. Das Bußgeldverfahren musste eingestellt werden, weil der Fahrer nicht festgestellt werden konnte.

Auf den Zeugenfragebogen vom 17.03.2025 und die Erinnerung vom 08.04.2025 haben Sie nicht reagiert. Bei der Nachfrage vor Ort am 22.05.2025 erklärte Ihr Mitarbeiter, Herr {P('Oleksandr Melnyk')}, das Fahrzeug werde „von mehreren Fahrern" genutzt; wer am Tattag gefahren sei, wisse er nicht. Das Messfoto zeigt einen jungen Mann mit Basecap.

Ich beabsichtige daher, Ihnen für die Dauer von zwölf Monaten das Führen eines Fahrtenbuchs für das Fahrzeug {KFZ('KLE-BH 303')} sowie für ein etwaiges Ersatzfahrzeug aufzuerlegen. Für die Anordnung wird eine Gebühr zwischen 28,60 und 200 EUR erhoben.

Sie haben Gelegenheit, sich bis zum 05.08.2025 schriftlich oder per E-Mail zu äußern.

Mit freundlichen Grüßen
Im Auftrag

{P('Yasemin Kaplan')}
Tel. {T('02821 84-329')} · {E('y.kaplan@kleve.de')}
""")

# ---------------------------------------------------------------------------------------------------------------
# F118-024 outlook: the courier business owner answers informally
TNR_HADDAD = f"119/{ids.digits(4)}/{ids.digits(4)}"
VAT_HADDAD = ids.vat_id()
add("outlook", "antwort_fahrtenbuch_kurier", f"""Betreff: AW: Fahrtenbuch {KFZ('KLE-BH 303')} Az {AZ('36.3-FB-2025-041')}

Hallo Frau {P('Kaplan')},

sorry das ich mich erst jetzt melde, der Brief lag bei meinem Steuerberater. Am 11.03. war {P('Oleksandr')} nicht der Fahrer, der hatte an dem Tag frei (Dienstplan hänge ich an). Gefahren ist wahrscheinlich {P('Kevin Schraven')}, der hat damals als Aushilfe bei mir gearbeitet und ist inzwischen nach Krefeld gezogen. Letzte Adresse die ich habe: {A('Uerdinger Straße 402')}, {A('47800 Krefeld')}, Handy {T('0152 0817 4469')}. Geburtsdatum müsste ich in der Lohnabrechnung nachschauen, {DOB('24.11.2001')} glaube ich.

Ein Fahrtenbuch führen wir ab sofort sowieso für alle drei Sprinter, das wollte das Finanzamt auch. Können wir es dabei belassen?

Gruß
{P('Bilal Haddad')}

BH Kurier & Express · Inh. {P('Bilal Haddad')}
{A('Gewerbering 7')} · {A('47623 Kevelaer')}
Tel. {T('02832 97 15 40')} · Mobil {T('0173 4402 818')}
{E('info@bh-kurier-kevelaer.de')}
Steuernummer {TNR(TNR_HADDAD)} · USt-IdNr. {VAT(VAT_HADDAD)}
""")

# ---------------------------------------------------------------------------------------------------------------
# F118-025 word: letter to a defence lawyer granting file inspection
add("word", "akteneinsicht_anwaeltin", f"""Stadt Kleve · Bußgeldstelle · {OFFICE_STREET} · {OFFICE_CITY}

Rechtsanwältin
{P('Katharina Wijnhoven')}
{N('Voßstraße 31')}
{N('47574 Goch')}

Ihr Zeichen: {AZ('0219/25 KW')}
Unser Zeichen: {AZ('32.21-25-012987')}
Datum: 10.07.2025

Bußgeldsache {P('Marco Di Bella')}, geb. {DOB('27.05.1990')}
Fahrzeug {KFZ('KLE-MD 190')} – Akteneinsicht

Sehr geehrte Frau Rechtsanwältin {P('Wijnhoven')},

wie beantragt übersende ich Ihnen die Verfahrensakte als PDF-Datei (62 Seiten). Eine Rücksendung ist nicht erforderlich. Die Akte enthält insbesondere:

– Messprotokoll vom 22.04.2025 (Messbeamter {P('Tenhaef')})
– Eichschein des Messgeräts, gültig bis 31.12.2025
– Schulungsnachweis des Messbeamten
– Anhörungsbogen, zurückgesandt am 05.05.2025
– Frontfoto und Kennzeichenfoto
– Auskunft aus dem Fahreignungsregister vom 30.06.2025 (zwei Eintragungen)

Die Rohmessdaten und die Messreihe des Tattages können auf gesonderten Antrag auf einem Datenträger zur Verfügung gestellt werden.

Ihr Mandant hat im Anhörungsbogen angegeben, als Außendienstmitarbeiter auf die Fahrerlaubnis angewiesen zu sein. Sollte ein Absehen vom Fahrverbot gegen Erhöhung der Geldbuße angestrebt werden, bitte ich um eine Bescheinigung des Arbeitgebers bis zum 31.07.2025. Herr {P('Di Bella')} kann mich auch direkt erreichen.

Mit freundlichen Grüßen
Im Auftrag

{P('Dennis Hüsken')}
Telefon {T('02821 84-322')}
""")

# ---------------------------------------------------------------------------------------------------------------
# F118-026 outlook: police hands over four reports from a border check
PL_IDC = pl_id_card()
add("outlook", "polizei_abgabe_anzeigen", f"""Von: {P('Rütten, Stefan')} <{E('stefan.ruetten@polizei.nrw.de')}>
An: Bußgeldstelle Kleve <{OFFICE_MAIL}>
Cc: {P('Kaplan, Yasemin')} <{E('y.kaplan@kleve.de')}>
Betreff: Verkehrsanzeigen Kontrolle B 9 Kranenburg 18.06.2025 – Abgabe zuständigkeitshalber

Hallo zusammen,

anbei zuständigkeitshalber vier Anzeigen aus der Kontrollstelle B 9 in Kranenburg (ehem. Grenzübergang Wyler) vom 18.06.2025. Verwarnungen wurden vor Ort nicht angenommen bzw. waren wegen der Höhe nicht möglich. Die vollständigen Anzeigen mit Fotos sind im Anhang (ViVA-Export).

1. {P('Pieter-Jan Vermeulen')}, geb. {DOB('11.10.1985')}, {A('Groenstraat 41')}, {A('6562 KB Groesbeek')} (NL)
   PKW {KFZ('58-LKJ-7')} – Benutzung Mobiltelefon während der Fahrt
   Rijbewijs Nr. {IDC('4829175036')}
2. {P('Szymon Kaczmarek')}, geb. {DOB('02.07.1993')}, {A('ul. Lipowa 8')}, {A('58-100 Świdnica')} (PL)
   Transporter {KFZ('DSW 74213')} – Überladung 18 %
   Dowód osobisty {IDC(PL_IDC)}
3. {P('Gheorghe Lungu')}, geb. {DOB('17.01.1970')}, {A('Str. Republicii 45')}, {A('550330 Sibiu')} (RO)
   Sattelzug {KFZ('SB 12 GLU')} / Auflieger {KFZ('SB 34 GLU')} – 79 statt 60 km/h (Lkw außerorts)
4. {P('Dominik Janßen')}, geb. {DOB('29.02.2000')}, {A('Triftstraße 118')}, {A('47533 Kleve')}
   PKW {KFZ('KLE-DJ 2902')} – Sicherheitsgurt nicht angelegt, Betroffener uneinsichtig

Sicherheitsleistungen (§ 132 StPO) wurden bei 1. und 3. erhoben (Herr {P('Vermeulen')} 100 EUR per Karte, Herr {P('Lungu')} 150 EUR bar), die Quittungen liegen bei. Herr {P('Kaczmarek')} hat als Zustellungsbevollmächtigten seinen Arbeitgeber benannt, Anschrift steht in der Anzeige.

Mit freundlichen Grüßen
im Auftrag
{P('Stefan Rütten')}, PHK
Kreispolizeibehörde Kleve – Direktion Verkehr / Verkehrsdienst
Tel. {T('02821 504-6312')}
""")

# ---------------------------------------------------------------------------------------------------------------
# F118-027 word: list of open objections exported from the case system
einsprueche = [
    ("32.21-25-011860", "19.06.", ("Kılıç", "Emre"), "09.04.1996", "KLE-EK 966", "RA " + P("Demirci"),
     "AE erfolgt, Abgabe StA vorbereitet"),
    ("32.21-25-012987", "02.07.", ("Di Bella", "Marco"), "27.05.1990", "KLE-MD 190", "RAin " + P("Wijnhoven"),
     "AE gewährt 10.07."),
    ("32.21-25-009314", "14.04.", ("Wróbel", "Dariusz"), "08.11.1981", "WES-TL 2204", P("Stappert"),
     "Einstellung § 47 geprüft"),
    ("32.21-25-012455", "23.06.", ("Hoekstra", "Wietske"), "13.02.1992", "TN-342-P", "–", "Zwischennachricht NL"),
    ("32.21-25-013120", "25.06.", ("Nowicki", "Marek"), "01.08.1975", "PZ 9T416", "RA " + P("Bernd Overkamp"),
     "Rohmessdaten angefordert"),
    ("32.21-25-013408", "30.06.", ("Peeters", "Jean-Luc"), "24.05.1969", "2-GHT-115", "–", "Übersetzung FR nötig"),
    ("32.21-25-013977", "01.07.", ("Brüggemann", "Sven"), "22.01.1984", "D-RM 4471", "–", "Fahrer bestreitet"),
    ("32.21-25-014102", "03.07.", ("Nowak-Seidel", "Aleksandra"), "05.09.1991", "D-RM 5120E",
     "RAin " + P("Sevgi Arslan"), "AE gewährt 08.07."),
    ("32.21-24-041266", "07.07.", ("García Morales", "Iván"), "11.11.1980", "8832 KSB", "–",
     "Wiedereinsetzungsantrag"),
    ("32.21-25-011502", "09.07.", ("Mahmoud", "Rania"), "16.03.1988", "KLE-RM 1603", "–",
     "verspätet? § 69 Abs. 1 prüfen"),
]
rows = [f"{AZ(az)} | {eingang} | {P(fam)}, {P(vor)} | {DOB(geb)} | {KFZ(plate)} | {vert} | {stand}"
        for az, eingang, (fam, vor), geb, plate, vert, stand in einsprueche]
add("word", "liste_offene_einsprueche", f"""Bußgeldstelle Kleve – offene Einsprüche (Export OWi-Fachverfahren)
Stand: 11.07.2025 · Filter: Status = Einspruch, nicht abgegeben · erstellt von {P('P. Janssen')}

Aktenzeichen | Eingang | Betroffene/r | geb. | Kennzeichen | Verteidigung | Stand
""" + "\n".join(rows) + """

10 Datensätze. Fristen für Zwischenverfahren (§ 69 Abs. 2 OWiG) bitte wöchentlich prüfen.
""")

# ---------------------------------------------------------------------------------------------------------------
# F118-028 word: bilingual decision imposing a fine on the Romanian driver
add("word", "bussgeldbescheid_rumaenien_zweisprachig", f"""Stadt Kleve · Bußgeldstelle · {OFFICE_STREET} · {OFFICE_CITY} · GERMANY

Domnul / Mr
{P('Ionuț-Alexandru Popescu')}
{A('Str. Observatorului 112 ap. 9')}
{A('400363 Cluj-Napoca')}
ROMÂNIA

Aktenzeichen / File number:          {AZ('32.21-25-014708')}
Kassenzeichen / Payment reference:   {AZ('5.3100.431870.5')}
Datum / Date:                        15.07.2025

Bußgeldbescheid / Decision imposing a fine

Sehr geehrter Herr {P('Popescu')},
Dear Mr {P('Popescu')},

Ihnen wird vorgeworfen, am 14.05.2025 um 10:05 Uhr in Kleve, Emmericher Straße, als Führer des PKW {KFZ('CJ 47 RZV')} (RO) die zulässige Höchstgeschwindigkeit innerorts um 19 km/h überschritten zu haben.
You are charged with exceeding the speed limit in a built-up area by 19 km/h on 14 May 2025 at 10:05 in Kleve, Emmericher Straße, as driver of the car {KFZ('CJ 47 RZV')} (RO).

Geldbuße / fine                      70,00 EUR
Gebühr / fee                         28,50 EUR
Auslagen / expenses                   3,50 EUR
Gesamt / total                      102,00 EUR

Entsprechend Ihrem Antrag vom 24.06.2025 ist die Zahlung in zwei Raten zu je 51,00 EUR bewilligt (fällig 15.08. und 15.09.2025).
As requested on 24 June 2025, you may pay in two instalments of EUR 51.00 each (due 15 August and 15 September 2025).

Zahlung an / payment to: Stadtkasse Kleve, IBAN {N(STADTKASSE_IBAN)}, BIC WELADED1KLE
Verwendungszweck / reference: {AZ('5.3100.431870.5')} – bitte unbedingt angeben / please always quote

Rechtsbehelfsbelehrung / Legal remedy: Gegen diesen Bescheid können Sie innerhalb von zwei Wochen nach Zustellung Einspruch bei der Stadt Kleve einlegen (schriftlich, in deutscher Sprache). You may lodge an objection within two weeks of service.

Rückfragen in rumänischer Sprache vermittelt auf Ihren Wunsch weiterhin Frau {P('Munteanu')}.

Im Auftrag / On behalf of the Mayor
{P('Dennis Hüsken')}
""")

# ---------------------------------------------------------------------------------------------------------------
# F118-029 outlook: internal mail from the enforcement unit of the city treasury
TID_KARIMI = ids.tax_id()
IBAN_KARIMI = group(ids.iban_de(), 4)
DL_KARIMI = de_driving_licence()
add("outlook", "vollstreckung_intern", f"""Von: {P('Peters, Jörg')} <{E('j.peters@kleve.de')}>
An: {P('Terhoeven, Anja')} <{E('a.terhoeven@kleve.de')}>
Betreff: Vollstreckung Kassenzeichen {AZ('5.3100.401277.3')} – Kontenabruf / Führerschein

Hallo {P('Anja')},

kurze Info zum Fall {P('Reza Karimi')} ({AZ('32.21-24-038815')}, 480 EUR + ein Monat Fahrverbot, rechtskräftig seit 12.12.2024):

Die Vollziehungsbeamtin war zweimal an der Meldeanschrift {A('Kalkarer Straße 210')}, {A('47533 Kleve')} – Briefkasten überquellend, laut Nachbarin ist er im Frühjahr zu seiner Schwester nach Essen gezogen. Neue Anschrift laut EMA-Abfrage: c/o {P('Mina Karimi')}, {A('Rüttenscheider Straße 77')}, {A('45130 Essen')}.

Der Kontenabruf beim BZSt (IdNr. {TID(tax_id_spaced(TID_KARIMI))}, geb. {DOB('06.08.1987')}) hat ein Konto bei der Sparkasse Essen ergeben, IBAN {IBAN(IBAN_KARIMI)}. Pfändungs- und Einziehungsverfügung ist raus, Drittschuldnererklärung steht noch aus.

Wenn da nichts zu holen ist, gebe ich euch die Akte mit der Anregung auf Erzwingungshaft (§ 96 OWiG) zurück.

Und noch was: Der Führerschein (Nr. {IDC(DL_KARIMI)}) ist bis heute nicht in amtliche Verwahrung gegeben worden, obwohl das Fahrverbot seit 12.01. läuft. Habt ihr da schon was veranlasst? Sonst sollten wir ihn über die Polizei Essen beschlagnahmen lassen.

VG
{P('Jörg')}

--
{P('Jörg Peters')}
Stadtkasse Kleve – Vollstreckung
Tel. {T('02821 84-245')}
""")

# ---------------------------------------------------------------------------------------------------------------
# F118-030 word: notice to the driving licence authority about doubts on fitness to drive (health)
DL_KOESTERS = de_driving_licence()
add("word", "mitteilung_fahrerlaubnisbehoerde", f"""Stadt Kleve · Der Bürgermeister · Bußgeldstelle
{OFFICE_STREET} · {OFFICE_CITY}

Kreis Kleve
Der Landrat – Fahrerlaubnisbehörde
{N('Nassauerallee 15–23')}
{N('47533 Kleve')}

Az.: {AZ('32.21-25-013655')}
Datum: 18.06.2025

Mitteilung nach § 2 Abs. 12 StVG – Tatsachen, die auf Bedenken gegen die Eignung zum Führen von Kraftfahrzeugen schließen lassen

Betroffener:    {P('Hans-Werner Kösters')}
geboren:        {DOB('04.01.1951')} in Uedem
Anschrift:      {A('Mühlenweg 12')}, {A('47589 Uedem')}
Fahrerlaubnis:  Klassen B, BE, C1E – Führerschein-Nr. {IDC(DL_KOESTERS)}
Fahrzeug:       {KFZ('KLE-HK 451')}

Sachverhalt
Herr {P('Kösters')} ist am 26.05.2025 gegen 11:40 Uhr in Kleve am Kreisverkehr Klever Ring / Ringstraße entgegen der vorgeschriebenen Fahrtrichtung in den Kreisverkehr eingefahren; ein entgegenkommender Radfahrer musste ausweichen (Anzeige der Kreispolizeibehörde Kleve, Tagebuch-Nr. {AZ('250526-1140-014388')}).

Den Anhörungsbogen hat seine Ehefrau, Frau {P('Gisela Kösters')}, zurückgesandt. Sie teilt mit, ihr Mann leide seit Anfang des Jahres an einer beginnenden Demenz (Diagnose durch den Hausarzt Dr. {P('Ahmadi')}), er habe „immer öfter Aussetzer" und habe sich an dem Tag in der Stadt verfahren. Sie bittet ausdrücklich darum, dass ihm das Autofahren untersagt wird, da er auf sie nicht höre. Frau {P('Kösters')} ist telefonisch unter {T('02825 7310')} erreichbar.

Das Bußgeldverfahren wird fortgeführt. Die Angaben übermittle ich Ihnen zur Prüfung der Fahreignung in eigener Zuständigkeit (§ 11 FeV, Anlage 4 Nr. 7).

Im Auftrag
{P('Anja Terhoeven')}
Tel. {T('02821 84-317')}
""", ["HEALTH"])

# ---------------------------------------------------------------------------------------------------------------
assert len(docs) == 30
assert [d["id"] for d in docs] == [f"F118-{i:03d}" for i in range(1, 31)]
n_entities = sum(len(d["entities"]) for d in docs)
assert 450 <= n_entities <= 650, n_entities
channels = [d["channel"] for d in docs]
assert channels.count("outlook") == 15 and channels.count("word") == 15, channels

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh118.jsonl")
with open(out, "w", encoding="utf-8", newline="\n") as fh:
    for d in docs:
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
