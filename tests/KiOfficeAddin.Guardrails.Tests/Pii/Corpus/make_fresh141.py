#!/usr/bin/env python3
"""Batch 141: invented correspondence of a city's youth court assistance service (Jugendgerichtshilfe, JGH).

All randomness comes from Identifiers(14141).rng, so two runs write identical bytes."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from identifiers import Identifiers, group, icao_check, luhn_check, mod11_10_check  # noqa: E402,F401
from marks import build  # noqa: E402

ids = Identifiers(14141)
rng = ids.rng
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh141.jsonl")


def mk(code, s):
    return f"[[{code}|{s}]]"


def P(s): return mk("P", s)
def A(s): return mk("A", s)
def E(s): return mk("E", s)
def T(s): return mk("T", s)
def N(s): return mk("N", s)
def AZ(s): return mk("AZ", s)
def DOB(s): return mk("DOB", s)
def KFZ(s): return mk("KFZ", s)
def IB(s): return mk("IBAN", s)
def TID(s): return mk("TID", s)
def TNR(s): return mk("TNR", s)
def VAT(s): return mk("VAT", s)
def IDC(s): return mk("IDC", s)
def PASS(s): return mk("PASS", s)
def SSN(s): return mk("SSN", s)
def KV(s): return mk("KV", s)
def CC(s): return mk("CC", s)


MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def birth(y0, y1):
    return (rng.randint(1, 28), rng.randint(1, 12), rng.randint(y0, y1))


def fdate(t, style):
    d, m, y = t
    if style == 0:
        return f"{d:02d}.{m:02d}.{y}"
    if style == 1:
        return f"{d}.{m}.{y}"
    if style == 2:
        return f"{d}. {MONTHS[m - 1]} {y}"
    if style == 3:
        return f"{d:02d}.{m:02d}.{y % 100:02d}"
    if style == 4:
        return f"{y}-{m:02d}-{d:02d}"
    return f"{d:02d}/{m:02d}/{y}"


def ddmmyy(t):
    d, m, y = t
    return f"{d:02d}{m:02d}{y % 100:02d}"


MOBILE = ["0151", "0152", "0157", "0159", "0160", "0162", "0163", "0170", "0171", "0172", "0173", "0174", "0175",
          "0176", "0177", "0178", "0179"]
AREAS = ["02931", "02932", "02933", "02935", "02937", "02938", "0291", "02921", "02373", "0231", "02371"]


def mobile(style=None):
    pre = rng.choice(MOBILE)
    num = ids.digits(rng.choice([7, 8]), True)
    st = rng.randrange(7) if style is None else style
    if st == 0:
        return f"{pre} {num}"
    if st == 1:
        return f"{pre}/{num}"
    if st == 2:
        return f"{pre}-{num[:3]} {num[3:]}"
    if st == 3:
        return f"+49 {pre[1:]} {num}"
    if st == 4:
        return f"+49{pre[1:]}{num}"
    if st == 5:
        return f"({pre}) {num}"
    return f"{pre} {num[:3]} {num[3:]}"


def landline(area=None, style=None):
    area = area or rng.choice(AREAS)
    num = ids.digits(rng.choice([5, 6]), True)
    st = rng.randrange(5) if style is None else style
    if st == 0:
        return f"{area} {num}"
    if st == 1:
        return f"{area}/{num}"
    if st == 2:
        return f"({area}) {num}"
    if st == 3:
        return f"+49 {area[1:]} {num}"
    return f"{area}-{num}"


def direct():
    """Direct dial of a named member of staff in the town hall (personal, unlike the switchboard 963-0)."""
    return f"02931 963-{rng.randint(4100, 4499)}"


STREETS = ["Graf-Gottfried-Straße", "Hellefelder Straße", "Ringlebstraße", "Kleinbahnstraße", "Möhnestraße",
           "Apothekerstraße", "Oeventroper Straße", "Goethestraße", "Am Hohlen Weg", "Schobbostraße",
           "Zum Hasenberg", "Holzener Weg", "Stembergstraße", "Rumbecker Straße", "Lindenweg", "Am Kreuzberg",
           "Sauerlandstraße", "Dammstraße", "Mühlenweg", "Birkenallee", "Auf dem Spring", "In der Lake",
           "Glockenweg", "Alter Soestweg", "Von-Stephan-Straße", "Hüttenweg", "Marktstraße", "Ostenfeldmark",
           "Am Bergheimer Feld", "Wiebelsheidestraße", "Unterm Hagen", "Zur Alten Schmiede"]
PLACES = [("59755", "Arnsberg"), ("59757", "Arnsberg"), ("59759", "Arnsberg"), ("59821", "Arnsberg"),
          ("59823", "Arnsberg"), ("59846", "Sundern"), ("59872", "Meschede"), ("59494", "Soest"),
          ("58706", "Menden"), ("59469", "Ense"), ("59909", "Bestwig"), ("59889", "Eslohe")]


def street(name=None):
    name = name or rng.choice(STREETS)
    n = rng.randint(1, 140)
    suf = rng.choice(["", "", "", "", "a", "b", "c", f"-{n + 2}"])
    return f"{name} {n}{suf}"


def place(i=None):
    p = PLACES[i] if i is not None else rng.choice(PLACES)
    return f"{p[0]} {p[1]}"


def sta_az(year="25"):
    return f"{rng.choice(['410', '412', '420', '423', '431', '441'])} Js {rng.randint(120, 2480)}/{year}"


def ag_az(sta, kind=None):
    kind = kind or rng.choice(["Ds", "Ls"])
    return f"{rng.choice(['6', '7', '8'])} {kind} {sta}"


def jgh_az(year="25"):
    return f"JGH-{year}-{rng.randint(40, 990):04d}"


def police_nr(month=None, day=None):
    month = month or rng.randint(1, 9)
    day = day or rng.randint(1, 28)
    return f"25{month:02d}{day:02d}-{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}-{ids.digits(6)}"


def plate(dist=None):
    dist = dist or rng.choice(["HSK", "AR", "MES", "SO", "UN", "MK", "DO"])
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice([1, 2])))
    room = min(4, 8 - len(dist) - len(letters))
    num = str(rng.randint(1, 10 ** rng.randint(1, room) - 1))
    sep = rng.choice(["-", " "])
    return f"{dist}{sep}{letters} {num}"


def iban_fmt(iban, spaced=True):
    return group(iban, 4) if spaced else iban


def ssn_fmt(v, spaced):
    return f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}" if spaced else v


def taxid_fmt(v, spaced):
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if spaced else v


def card_fmt(v, sep):
    return group(v, 4, sep) if sep is not None else v


# Public data of the office (neutral where a detector might flag it).
SWITCH = "02931 963-0"
MAILBOX = "jugendgerichtshilfe@arnsberg.de"
TOWNHALL = "Rathausplatz 1"
TOWNHALL_PC = "59759 Arnsberg"
COURT_ST = "Eichholzstraße 4"
COURT_PC = "59821 Arnsberg"

# ---------------------------------------------------------------- people who recur over several documents
LUCA = birth(2008, 2009)
KEVIN = birth(2009, 2009)
EMRE = birth(2007, 2008)
OLA = birth(2010, 2010)
DOMINIK = birth(2005, 2006)
DENIS = birth(2008, 2008)
ARDIT = birth(2009, 2009)
TOM = birth(2006, 2006)
NIKOLAI = birth(2007, 2007)
JAMAL = birth(2008, 2008)
MARVIN = birth(2008, 2008)
SEBASTIAN = birth(2006, 2006)

_dep, _num = rng.choice(["412", "420", "431"]), rng.randint(300, 1900)
AZ_LUCA_STA = f"{_dep} Js {_num}/25"
AZ_FINN_STA = f"{_dep} Js {_num + 1}/25"
AZ_KEVIN_STA = sta_az()
AZ_KEVIN_AG = ag_az(AZ_KEVIN_STA, "Ds")
AZ_KEVIN_JGH = jgh_az()
AZ_EMRE_STA = sta_az()
AZ_EMRE_AG = ag_az(AZ_EMRE_STA, "Ls")
AZ_EMRE_JGH = jgh_az()
AZ_OLA_STA = sta_az()
AZ_OLA_JGH = jgh_az()
AZ_DOM_STA = sta_az("24")
AZ_DOM_AG = ag_az(AZ_DOM_STA, "Ds")
AZ_DOM_JGH = jgh_az("24")
AZ_LUCA_JGH = jgh_az()
AZ_ARDIT_JGH = jgh_az()
AZ_DENIS_JGH = jgh_az("24")
AZ_DENIS_STA = sta_az()
AZ_MARVIN_STA = sta_az()

ST_BRINK = street("Graf-Gottfried-Straße")
ST_NOWICKA = street("Möhnestraße")
ST_POHL = street("Kleinbahnstraße")
ST_YILDIRIM = street("Hellefelder Straße")
ST_BERISHA = street("Ringlebstraße")
ST_LUNGU = street("Schobbostraße")
ST_MARVIN = street("Am Kreuzberg")
TEL_YILDIRIM_M = mobile(0)
TEL_POHL_M = mobile()
TEL_BERISHA_M = mobile()


# ---------------------------------------------------------------- the documents
def d01():
    mail = "agnieszka.wrobel@sta-arnsberg.nrw.de"
    text = f"""Von: {P("Wróbel, Agnieszka")} (StA Arnsberg) <{E(mail)}>
An: {N(MAILBOX)}
Gesendet: Dienstag, 9. September 2025 10:14
Betreff: Ermittlungsverfahren {AZ(AZ_LUCA_STA)} – Anfrage nach § 45 Abs. 2 JGG

Sehr geehrte Damen und Herren,

in dem Ermittlungsverfahren gegen

{P("Luca Brinkschulte")}, geb. {DOB(fdate(LUCA, 0))},
wohnhaft {A(ST_BRINK)}, {A(place(3))},
gesetzlich vertreten durch die Kindesmutter {P("Sandra Brinkschulte")} (gleiche Anschrift),

erwäge ich, von der Verfolgung nach § 45 Abs. 2 JGG abzusehen, wenn eine erzieherische Maßnahme bereits durchgeführt oder eingeleitet ist. Dem Beschuldigten wird vorgeworfen, in der Nacht zum 14.06.2025 zusammen mit dem gesondert verfolgten {P("Finn Ostrowski")} (dort {AZ(AZ_FINN_STA)}) drei Wartehäuschen am Neheimer Markt mit Lackfarbe besprüht zu haben. Den Schaden beziffern die Verkehrsbetriebe auf rund 1.380 EUR. Der Beschuldigte ist geständig und bislang nicht in Erscheinung getreten.

Ich wäre dankbar, wenn Sie mir binnen vier Wochen mitteilen, ob ein erzieherisches Gespräch geführt wurde und ob der Jugendliche sich an der Wiedergutmachung beteiligt. Die polizeiliche Vorgangsnummer lautet {AZ(police_nr(6, 14))}.

Mit freundlichen Grüßen

{P("Wróbel")}
Staatsanwältin
Staatsanwaltschaft Arnsberg – Jugenddezernat
Telefon {T(landline("02931", 0))}"""
    return "outlook", "sta-anfrage-diversion", text, []


def d02():
    mother, stepf = "Daniela Pohl", "Marco Ferreira da Silva"
    judge = "Dr. Friederike Albers"
    text = f"""Stadt Arnsberg – Fachdienst Jugend und Familie
Jugendgerichtshilfe

An das Amtsgericht Arnsberg – Jugendrichterin –
z. Hd. Frau Richterin am Amtsgericht {P(judge)}
{N(COURT_ST)}
{N(COURT_PC)}

Az. Gericht: {AZ(AZ_KEVIN_AG)}
Az. JGH: {AZ(AZ_KEVIN_JGH)}
Arnsberg, 06.10.2025

Bericht der Jugendgerichtshilfe zur Hauptverhandlung am 21.10.2025

Jugendlicher: {P("Kevin-Maurice Pohl")}, geboren am {DOB(fdate(KEVIN, 2))} in Arnsberg
Anschrift: {A(ST_POHL)}, {A(place(0))}
Sorgeberechtigt: Kindesmutter {P(mother)}

1. Grundlage des Berichts
Der Bericht stützt sich auf zwei Gespräche mit {P("Kevin-Maurice")} in den Räumen der Jugendgerichtshilfe (11.09. und 25.09.2025), einen Hausbesuch bei Frau {P("Pohl")} und ihrem Lebensgefährten Herrn {P("Ferreira da Silva")} sowie auf ein Telefonat mit der Klassenlehrerin, Frau {P("Nergiz Aksoy")}. Der Jugendliche war mit der Einholung der Auskünfte einverstanden.

2. Familie und Lebenssituation
{P("Kevin-Maurice")} ist das ältere von zwei Kindern. Der leibliche Vater, {P("René Pohl")}, lebt in Leipzig; Kontakt besteht seit etwa fünf Jahren nicht mehr. Der jüngere Halbbruder {P("Justin Ferreira")} (9) besucht die Grundschule. Die Mutter arbeitet in Teilzeit in einer Bäckerei, Herr {P("Ferreira da Silva")} im Schichtdienst bei einem Automobilzulieferer. Die Wohnung ist beengt; {P("Kevin")} teilt sich ein Zimmer mit dem Bruder. Wichtigste Bezugsperson außerhalb der Familie ist die Großmutter {P("Ingrid Pohl")} in Menden, bei der er häufig die Wochenenden verbringt.

3. Gesundheit
Bei {P("Kevin-Maurice")} wurde im Grundschulalter eine ADHS diagnostiziert. Die Medikation mit Methylphenidat hat er nach eigener Aussage vor einem Jahr eigenmächtig abgesetzt. Seit dem Frühjahr konsumiert er regelmäßig Cannabis, an den Wochenenden nach eigenen Angaben auch Alkohol in größeren Mengen. Eine Anbindung an die Kinder- und Jugendpsychiatrie in Marsberg besteht seit August 2025 wieder.

4. Schule
{P("Kevin-Maurice")} besucht die 9. Klasse einer Sekundarschule. Laut Frau {P("Aksoy")} sind seine Leistungen schwankend, die Fehlzeiten im letzten Halbjahr mit 61 Stunden deutlich erhöht. Ein Schulabschluss ist bei regelmäßigem Besuch erreichbar.

5. Zum Tatvorwurf
Der Jugendliche räumt ein, am 02.05.2025 gemeinsam mit einem Bekannten, {P("Yusuf K.")}, in einem Discounter in Hüsten Energydrinks und Tabakwaren entwendet und bei der Flucht einen Mitarbeiter weggestoßen zu haben. Er zeigt sich im Gespräch beschämt und hat sich schriftlich entschuldigt.

6. Vorbelastungen
Ein Verfahren wegen Sachbeschädigung ({AZ(sta_az("24"))}) wurde 2024 nach § 45 Abs. 1 JGG eingestellt.

7. Vorschlag
Die Jugendgerichtshilfe hält Erziehungsmaßregeln für ausreichend und schlägt vor:
– 40 Stunden gemeinnützige Arbeit,
– Teilnahme am Sozialen Trainingskurs der Stadt Arnsberg,
– fünf Beratungsgespräche bei der Suchtberatung.
Von einem Jugendarrest sollte abgesehen werden, da er die gerade wieder aufgenommene Behandlung gefährden würde.

An der Hauptverhandlung nimmt die Unterzeichnerin teil.

{P("Jana Hüttemann")}
Dipl.-Sozialpädagogin, Jugendgerichtshilfe
Tel. {T(direct())} · {E("jana.huettemann@arnsberg.de")}"""
    return "word", "jgh-bericht-hauptverhandlung", text, ["HEALTH"]


def d03():
    tel = TEL_YILDIRIM_M
    az_low = AZ_EMRE_AG.lower()
    text = f"""Betreff: termin gericht emre

hallo frau {P("hüttemann")}

ich hab heute den brief vom gericht bekommen das {P("emre")} am 21.10 um 9 uhr beim amtsgericht sein muss (akten zeichen {AZ(az_low)}) aber genau da hat er zwischenprüfung in der berufsschule. kann man das verschieben?? mein mann ist bis ende oktober in izmir bei seiner familie, ich weiss nicht wer da mitkommt ich muss arbeiten.
{P("emre")} sagt er war garnicht richtig dabei bei der schlägerei das war der große von den {P("aslans")} aus der {A("kleinbahnstr 9")} der hat angefangen. das muss das gericht doch wissen

bitte rufen sie mich an {T(tel)} aber erst nach 14 uhr ich hab frühschicht

lg {P("gülay yıldırım")}

Von meinem iPhone gesendet"""
    return "outlook", "mutter-terminfrage", text, []


def d04():
    text = f"""Stadt Arnsberg · Der Bürgermeister
Fachdienst Jugend und Familie – Jugendgerichtshilfe
{N(TOWNHALL)} · {N(TOWNHALL_PC)}

Frau
{P("Beata Nowicka")}
für {P("Aleksandra Nowicka")}
{A(ST_NOWICKA)}
{A(place(0))}

Ihr Zeichen: –            Unser Zeichen: {AZ(AZ_OLA_JGH)}
Staatsanwaltschaft: {AZ(AZ_OLA_STA)}
Ansprechpartner: Herr {P("Okafor")}
Durchwahl: {T(direct())}
E-Mail: {E("d.okafor@arnsberg.de")}
Datum: 02.10.2025

Einladung zu einem Gespräch bei der Jugendgerichtshilfe

Sehr geehrte Frau {P("Nowicka")},
liebe {P("Aleksandra")},

die Staatsanwaltschaft hat uns mitgeteilt, dass gegen {P("Aleksandra")} ein Verfahren wegen eines Ladendiebstahls in einer Drogerie im Neheimer Zentrum geführt wird. Bevor dort entschieden wird, wie es weitergeht, möchten wir mit euch beiden sprechen. Das Gespräch ist keine Vernehmung: Wir wollen wissen, wie es dir geht, was passiert ist und was dir jetzt helfen könnte. Oft lässt sich so ein Gerichtsverfahren vermeiden.

Termin: Donnerstag, 16.10.2025, 15:30 Uhr
Ort: Rathaus, Raum 2.14 (bitte an der Information melden)

Wenn der Termin nicht passt, rufen Sie mich bitte an oder schreiben Sie mir eine kurze Nachricht. Eine Dolmetscherin für Polnisch kann ich gern dazu bitten.

Mit freundlichen Grüßen
Im Auftrag

{P("Dennis Okafor")}
Sozialarbeiter (B. A.)

Zentrale: {N(SWITCH)}"""
    return "word", "einladung-erstgespraech", text, []


def d05():
    tel = mobile()
    text = f"""Betreff: WG: Nicht erschienen – Arbeitsstunden {P("Dominik S.")}

Hi {P("Marius")},

zur Info, siehe unten. {P("Dominik")} ist jetzt das dritte Mal nicht aufgetaucht. Bevor wir ans Gericht melden, würde ich ihn noch einmal schriftlich anhören. Kannst du bei {P("Gockel")} von der Bewährungshilfe nachhören, ob dort was bekannt ist? Ich bin ab Mittwoch auf Fortbildung.

Gruß
{P("Jana")}

-----Ursprüngliche Nachricht-----
Von: Tierheim Arnsberg – {P("Heike Tigges")} <{E("h.tigges@tierheim-arnsberg.de")}>
Gesendet: Montag, 13. Oktober 2025 17:52
An: {P("Hüttemann, Jana")} <{E("jana.huettemann@arnsberg.de")}>
Betreff: Nicht erschienen – Arbeitsstunden {P("Dominik S.")}

Hallo Frau {P("Hüttemann")},

{P("Dominik Schreiber")} (bei Ihnen unter {AZ(AZ_DOM_JGH)}) war am Samstag wieder nicht da, obwohl wir ihn für 9 Uhr zum Ausführen der Hunde eingeteilt hatten. Sein Handy ist aus ({T(tel)}). Von den 60 Stunden hat er bisher erst 22 abgeleistet, der Stundenzettel liegt hier im Büro. Am Sonntag hat eine junge Frau angerufen, {P("Chiara")}, seine Freundin, und gesagt, er habe verschlafen. Ehrlich gesagt haben meine Ehrenamtlichen langsam keine Lust mehr, ihn einzuplanen.

Viele Grüße
{P("Heike Tigges")}
Tierheim Arnsberg e.V. – Leitung
{N("Zu den Werkstätten 12")}, {N("59759 Arnsberg")}"""
    return "outlook", "weiterleitung-einsatzstelle", text, []


def d06():
    rows = [("06.09.2025", "09:00", "13:00", "4", "Zwinger reinigen", "Tigges"),
            ("13.09.2025", "09:00", "14:00", "5", "Futterlager sortieren", "R. Kemper"),
            ("20.09.2025", "10:00", "13:00", "3", "Gassi-Runde, Ausläufe harken", "Tigges"),
            ("27.09.2025", "09:00", "13:00", "4", "Katzenhaus putzen", "R. Kemper"),
            ("04.10.2025", "09:00", "15:00", "6", "Zaun streichen", "Kemper")]
    lines = "\n".join(f"{a} | {b} | {c} | {h} | {t} | {P(s)}" for a, b, c, h, t, s in rows)
    text = f"""NACHWEIS ÜBER GELEISTETE ARBEITSSTUNDEN
(Weisung nach § 10 Abs. 1 Satz 3 Nr. 4 JGG)

Name, Vorname: {P("Schreiber, Dominik")}          geb.: {DOB(fdate(DOMINIK, 0))}
Az. Gericht: {AZ(AZ_DOM_AG)}        Az. JGH: {AZ(AZ_DOM_JGH)}
Einsatzstelle: Tierheim Arnsberg e.V.          Anleitung: {P("H. Tigges")} / {P("R. Kemper")}
Auflage: 60 Stunden, zu erbringen bis 31.12.2025

Datum | von | bis | Std. | Tätigkeit | Unterschrift Anleitung
{lines}

Zwischensumme: 22 Stunden – offen: 38 Stunden
Fehltermine: 11.10.2025 (unentschuldigt), 18.10.2025 (unentschuldigt)

Bestätigt: {P("Heike Tigges")}, Leitung                  Kenntnis genommen: {P("J. Hüttemann")} (JGH)"""
    return "word", "stundennachweis", text, []


def d07():
    staff = ["Hüttemann", "Okafor", "Wołoszyn", "Rüsche-Kortmann"]
    rows = [
        (AZ_KEVIN_AG, AZ_KEVIN_STA, "Pohl", "Kevin-Maurice", KEVIN, ST_POHL, place(0), "21.10.2025 09:00", "A 105", "Hüttemann", "Bericht versandt"),
        (AZ_EMRE_AG, AZ_EMRE_STA, "Yıldırım", "Emre", EMRE, ST_YILDIRIM, place(1), "11.11.2025 13:30", "017", "Hüttemann", "verlegt"),
        (ag_az(AZ_DENIS_STA), AZ_DENIS_STA, "Lungu", "Denis", DENIS, ST_LUNGU, place(0), "06.11.2025 11:15", "A 012", "Wołoszyn", "Ladung zugestellt"),
    ]
    extra = [("Krasniqi", "Dafina", birth(2008, 2009)), ("van der Meulen", "Jesper", birth(2006, 2007)),
             ("Abdi", "Hamza", birth(2008, 2009)), ("Rosenberger", "Lea-Marie", birth(2009, 2010)),
             ("Nguyen", "Thi Lan", birth(2007, 2008))]
    rows.append((ag_az(AZ_MARVIN_STA, "Ds"), AZ_MARVIN_STA, "Kaltenbach", "Marvin", MARVIN, ST_MARVIN, place(2), "13.11.2025 10:30", "A 105", "Okafor", "offen"))
    for sur, first, b in extra:
        sta = sta_az()
        rows.append((ag_az(sta), sta, sur, first, b, street(), place(), f"{rng.randint(3, 28):02d}.11.2025 {rng.choice(['09:00', '10:30', '11:15', '13:30'])}",
                     rng.choice(["A 105", "017", "A 012"]), rng.choice(staff), rng.choice(["offen", "Bericht in Arbeit", "Bericht versandt", "Ladung zugestellt"])))
    header = "Az_Gericht;Az_StA;Name;Vorname;Geb_Datum;Strasse;PLZ_Ort;Termin;Saal;JGH_MA;Status"
    body = "\n".join(f"{AZ(a)};{AZ(b)};{P(s)};{P(f)};{DOB(fdate(d, 0))};{A(st_)};{A(pc)};{t};{r};{P(m)};{st}"
                     for a, b, s, f, d, st_, pc, t, r, m, st in rows)
    text = f"{header}\n{body}\n"
    return "word", "export-terminliste-csv", text.rstrip("\n"), []


def d08():
    lawyer = "Derya Kılıç-Brenner"
    text = f"""Von: Kanzlei {P("Kılıç-Brenner")} <{E("kanzlei@ra-kilic-brenner.de")}>
An: {N(MAILBOX)}
Cc: {E("d.kilic-brenner@ra-kilic-brenner.de")}
Betreff: Jugendstrafsache {P("Emre Yıldırım")} – {AZ(AZ_EMRE_AG)} – Bestellung / Bitte um Kontakt

Sehr geehrte Damen und Herren,

hiermit zeige ich an, dass ich Herrn {P("Emre Yıldırım")}, geb. {DOB(fdate(EMRE, 1))}, {A(ST_YILDIRIM)}, {A(place(1))}, in dem oben bezeichneten Verfahren verteidige; eine Vollmacht füge ich bei. Das Gericht hat mich zwischenzeitlich als Pflichtverteidigerin beigeordnet.

Mein Mandant befindet sich seit dem 01.08.2025 in einer Ausbildung zum Kfz-Mechatroniker. Der Ausbildungsbetrieb, vertreten durch den Inhaber {P("Stefan Bröckelmann")}, ist bereit, zur Hauptverhandlung eine Stellungnahme abzugeben. Ich rege an, dass die Jugendgerichtshilfe vor dem Termin dort Kontakt aufnimmt (Ansprechpartner Herr {P("Bröckelmann")}, mobil {T(mobile())}).

Für eine kurze Abstimmung vor der Hauptverhandlung wäre ich dankbar; die zuständige Kollegin, Frau {P("Hüttemann")}, habe ich telefonisch leider nicht erreicht.

Mit freundlichen Grüßen

{P(lawyer)}
Rechtsanwältin · Fachanwältin für Strafrecht

Kanzlei {P("Kılıç-Brenner")}
{A(street("Apothekerstraße"))}
{A(place(3))}
Tel. {T(landline("02931", 2))} · Fax {T(landline("02931", 2))}"""
    return "outlook", "verteidigung-bestellung", text, []


def d09():
    interp_tel = mobile()
    text = f"""Aktenvermerk – Telefonat mit der Schulsozialarbeit
Az. JGH: {AZ(AZ_DENIS_JGH)}                       Datum: 29.09.2025, 11:40 Uhr
Betrifft: {P("Lungu, Denis")}, * {DOB(fdate(DENIS, 1))}

Gesprächspartnerin: Frau {P("Nadine Pieper")}, Schulsozialarbeiterin am Berufskolleg ({T(mobile())}, dienstlich)

Frau {P("Pieper")} berichtet, dass {P("Denis")} seit den Sommerferien an 14 Tagen unentschuldigt gefehlt hat. Der Klassenlehrer, Herr {P("Stratmann")}, hat zweimal Bußgeldverfahren wegen Schulpflichtverletzung angeregt. {P("Denis")} wirke im Unterricht müde und abwesend, helfe nach eigenen Angaben nachts einem Onkel ({P("Costel Lungu")}) beim Ausliefern.
Die Mutter, Frau {P("Florentina Lungu")} ({A(ST_LUNGU)}, {A(place(0))}), spricht wenig Deutsch; Gespräche liefen bisher über die Dolmetscherin Frau {P("Ioana Petrescu")} ({T(interp_tel)}). Nach Einschätzung der Schulsozialarbeit erlebt sich die Familie als Roma im Stadtteil ausgegrenzt; der jüngere Bruder {P("Marius")} sei in der Grundschule mehrfach beschimpft worden.

Absprache: gemeinsamer Termin mit Mutter, Dolmetscherin und {P("Denis")} am 08.10.2025 in der Schule. Die Weisung aus dem Urteil (Schulbesuch, Meldung alle zwei Wochen) wird dort noch einmal erklärt.

gez. {P("M. Wołoszyn")}"""
    return "word", "aktenvermerk-telefonat-schule", text, ["ETHNICITY"]


def d10():
    text = f"""Städtische Gesamtschule Arnsberg
– Schulleitung –
{N("Zum Sportplatz 2")} · {N("59821 Arnsberg")}

Stadt Arnsberg
Jugendgerichtshilfe
Herrn {P("Dennis Okafor")}
– per Fax und E-Mail –

Schulische Stellungnahme
Schülerin: {P("Aleksandra Nowicka")}, geb. {DOB(fdate(OLA, 0))}, Klasse 8c
Ihr Zeichen: {AZ(AZ_OLA_JGH)}

Sehr geehrter Herr {P("Okafor")},

auf Ihre Anfrage vom 06.10.2025 und mit Einverständnis der Mutter, Frau {P("Beata Nowicka")}, nehme ich wie folgt Stellung:

{P("Aleksandra")} (in der Klasse „{P("Ola")}“ genannt) besucht unsere Schule seit Klasse 5. Sie ist eine zurückhaltende, freundliche Schülerin mit guten Leistungen in Mathematik und Englisch; in Deutsch liegen ihre Noten im ausreichenden Bereich. Fehlzeiten: 9 Stunden im laufenden Schuljahr, alle entschuldigt. Ordnungsmaßnahmen gab es bisher keine.

Seit dem Wechsel in die neue Klassenzusammensetzung nach den Sommerferien hat sie sich einer Gruppe älterer Schülerinnen angeschlossen; nach Beobachtung ihrer Klassenlehrerin, Frau {P("Theresa Buchholz-Demir")}, steht sie dort unter erheblichem Druck, „mitzuhalten“. Die Klassenlehrerin hat daraufhin ein Gespräch mit der Mutter geführt, die sehr kooperativ war.

Aus schulischer Sicht halten wir eine Einstellung des Verfahrens mit einer erzieherischen Maßnahme für angemessen. Unsere Beratungslehrerin, Frau {P("Kübra Eren")}, hat {P("Aleksandra")} Gespräche angeboten.

Mit freundlichen Grüßen

{P("Dr. Ulrich von der Heide")}
Schulleiter"""
    return "word", "schulische-stellungnahme", text, []


def d11():
    text = f"""Von: {P("Gockel, Ralf")} <{E("ralf.gockel@ambulanter-dienst.justiz.nrw.de")}>
An: {P("Wołoszyn, Marius")} <{E("marius.woloszyn@arnsberg.de")}>
Betreff: AW: Proband {P("Schreiber")} – Ihre Rückfrage

Hallo Herr {P("Wołoszyn")},

danke für den Anruf gestern. Kurz zum Stand bei {P("Dominik Schreiber")} (BewH-Nr. {AZ("3 BRs 61/24")}, Vollstreckungsheft {AZ("45 VRJs 112/24")}):

- Er ist Anfang Oktober zu seiner Freundin, {P("Chiara Mancuso")}, gezogen: {A(street("Rumbecker Straße"))}, {A(place(3))}. Die Ummeldung hat er mir erst auf Nachfrage bestätigt.
- Das Screening vom 30.09. war positiv auf THC und – neu – auf Kokain. Er bestreitet Letzteres. Ich habe ihn verbindlich an die Suchtberatung der Caritas vermittelt, Erstgespräch ist am 22.10.
- Die Arbeit im Lager hat er verloren; seitdem schläft er offenbar bis mittags, was die ausgefallenen Stunden im Tierheim erklären dürfte.

Ich würde vorschlagen, dass wir vor einer Meldung an Richterin {P("Dr. Albers")} ein gemeinsames Gespräch mit ihm führen, etwa am 24.10. um 10 Uhr bei mir. Seine aktuelle Nummer ist {T(mobile())}, die alte ist abgemeldet.

Beste Grüße
{P("Ralf Gockel")}
Bewährungshelfer
Ambulanter Sozialer Dienst der Justiz NRW – Dienststelle Arnsberg
Tel. {T(landline("02931", 0))}"""
    return "outlook", "bewaehrungshilfe-rueckmeldung", text, ["HEALTH"]


def d12():
    at_iban = ids.iban("AT", 16)
    text = f"""Vermerk über ein erzieherisches Gespräch (§ 45 Abs. 2 JGG)

Az. StA: {AZ(AZ_LUCA_STA)} – Az. JGH: {AZ(AZ_LUCA_JGH)}
Jugendlicher: {P("Luca Brinkschulte")} ({DOB(fdate(LUCA, 3))})
anwesend: {P("Luca")}, Mutter {P("Sandra Brinkschulte")}, {P("D. Okafor")} (JGH)
Ort/Zeit: Rathaus, Raum 2.14, 23.09.2025, 16:00–17:10 Uhr

Verlauf: {P("Luca")} schildert den Abend offen. Er habe mit {P("Finn")} nach einer Geburtstagsfeier „aus Langeweile“ gesprüht; die Idee sei von beiden gekommen. Er wusste nicht, dass die Reinigung der Wartehäuschen so teuer ist. Die Mutter berichtet, dass {P("Luca")} seit der Trennung der Eltern viel allein sei; der Vater, {P("Uwe Brinkschulte")}, arbeitet seit 2023 in Salzburg und hält telefonisch Kontakt.

Vereinbarungen:
1. {P("Luca")} schreibt bis 10.10.2025 einen Entschuldigungsbrief an die Verkehrsbetriebe.
2. Er leistet 12 Stunden Hilfe bei der Reinigung von Graffiti mit dem Bauhof (Anleiter: Herr {P("Kamil Szymański")}).
3. Schadenswiedergutmachung: 150 EUR in drei Raten. Die Raten überweist der Kindesvater von seinem Konto {IB(iban_fmt(at_iban))}; Frau {P("Brinkschulte")} leitet die Zahlungsbelege weiter.

Rückmeldung an die Staatsanwaltschaft nach Erfüllung. Erreichbarkeit der Mutter: {T(mobile())}.

{P("Okafor")}"""
    return "word", "vermerk-diversionsgespraech", text, []


def d13():
    victim_mother = "Karin Wiethoff"
    iban = ids.iban_de()
    text = f"""Betreff: TOA {P("Yıldırım")} / {P("Wiethoff")} – Ergebnis und Zahlungsvereinbarung

Liebe Frau {P("Hüttemann")},

der Ausgleich zwischen {P("Emre Yıldırım")} und {P("Jonas Wiethoff")} ist gestern in unseren Räumen zustande gekommen. Beide Jugendlichen haben getrennt und dann gemeinsam mit uns gesprochen, {P("Jonas")} in Begleitung seiner Mutter, {P("Emre")} mit seinem Vater.

{P("Jonas")} hat bei dem Vorfall am Bahnhof einen Nasenbeinbruch und eine Platzwunde an der Augenbraue erlitten und war eine Woche krankgeschrieben; er hat noch immer Angst, abends allein mit dem Bus zu fahren. {P("Emre")} hat sich persönlich entschuldigt und übernimmt ein Schmerzensgeld von 300 EUR, zahlbar in sechs Monatsraten zu je 50 EUR ab 01.11.2025 auf das Konto der Mutter:

Kontoinhaberin: {P(victim_mother)}
IBAN: {IB(iban_fmt(iban))}
Verwendungszweck: TOA {AZ("2025-117")}

Die Vereinbarung ist von allen unterschrieben; eine Kopie geht an Rechtsanwältin {P("Kılıç-Brenner")}. Wir melden uns, wenn eine Rate ausbleibt.

Herzliche Grüße aus der Fachstelle
{P("Carla Iannone")}
Mediatorin (BM®) – Täter-Opfer-Ausgleich
Brücke e.V. · {N("Hüttenweg 3")} · {N("59757 Arnsberg")}
{T(landline("02932", 0))} · {E("c.iannone@bruecke-toa.de")}"""
    return "outlook", "toa-ergebnis", text, ["HEALTH"]


def d14():
    visa = ids.credit_card("4", 16)
    mc = ids.credit_card(rng.choice(["51", "52", "53", "54", "55"]), 16)
    pa = ids.id_card(check_digit=True)
    text = f"""KREISPOLIZEIBEHÖRDE HOCHSAUERLANDKREIS
Kriminalkommissariat 3 – Jugendkriminalität
Seite 2 von 4

Vorgangs-Nr.: {AZ(police_nr(7, 2))}          Sachb.: KOK'in {P("Dröge")}

Besch u l d i g t e r:
{P("KALTENBACH, Marvin")}
Ge burtsdatum: {DOB(fdate(MARVIN, 0))}    Geburtsort: Arnsberg
Anschrift: {A(ST_MARVIN)} , {A(place(2))}
Identität festgestellt durch Personalaus weis Nr. {IDC(pa)}

Geschädigte:
1) {P("Kaltenbach, Hildegard")} (Großmutter des Besch.), wohnh. ebenda
2) {P("Kaltenbach, Werner")} (Großvater des Besch.), wohnh. ebenda

Sachverha1t:
Der Beschu1digte nutzte in der Zeit vom 03.05. bis 29.06.2025 die im Küchenschrank aufbewahrten Kreditkarten seiner Großeltern, VISA-Karte Nr. {CC(card_fmt(visa, " "))} (Karteninh. {P("H. Kaltenbach")}) sowie Mastercard Nr. {CC(card_fmt(mc, "-"))} (Karteninh. {P("W. Kaltenbach")}), für insgesamt 41 Bestellungen bei Online-Händlern und Spieleplattformen (Gesamtschaden 2.317,48 EUR). Die Waren ließ er an eine Packstation in Neheim liefern. Aufgefallen ist die Sache dem Großvater bei Durchsicht der Abrechnung.
Der Beschuldigte war bei der Vernehmung am 15.07.2025 in Anwesenheit seiner Mutter, {P("Simone Kaltenbach-Öztürk")}, geständig.

Erkennungsdienstliche Behandlung am 15.07.2025: Lichtbilder (3 Ansichten), Finger- und Handflächenabdrücke
genommen und an das LKA übermittelt.

Die Großeltern haben keinen Strafantrag gestellt; ein besonderes öffentliches Interesse wird angeregt.

gez. {P("Dröge")}, KOK'in
[Stempel unleserlich]"""
    return "word", "ocr-polizeilicher-schlussbericht", text, ["BIOMETRIC"]


def d15():
    kids = [("Mert", "Aksoy", birth(2008, 2009)), ("Jason", "Stüken", birth(2009, 2010)),
            ("Ilias", "Benali", birth(2008, 2008)), ("Kimberly", "Hoffmeister", birth(2009, 2009)),
            ("Daniil", "Kusnezow", birth(2007, 2008))]
    lines = []
    for i, (f, s, b) in enumerate(kids, 1):
        nr = police_nr()
        lines.append(f"{i}. {P(f'{s}, {f}')}, geb. {DOB(fdate(b, 0))}, {A(street())}, {A(place())} – "
                     f"{rng.choice(['3', '4', '5', '7'])} Vorgänge 2025, zuletzt {AZ(nr)}")
    car = plate("HSK")
    text = f"""Von: {P("Dröge, Svenja")} <{E("svenja.droege@polizei.nrw.de")}>
An: {N(MAILBOX)}; {P("Wołoszyn, Marius")} <{E("marius.woloszyn@arnsberg.de")}>
Betreff: Einladung Fallkonferenz „Kurve kriegen“ – 05.11.2025

Guten Morgen zusammen,

für die nächste Fallkonferenz im Haus des Jugendrechts möchte ich folgende Jugendliche besprechen (Einwilligungen der Sorgeberechtigten liegen vor):

{chr(10).join(lines)}

Zu Nr. 2: {P("Jason")} war am 11.10. Beifahrer in dem entwendeten Pkw {KFZ(car)}, Fahrer war nach unseren Erkenntnissen {P("Daniil")}. Der Halter, Herr {P("Bernd Vollmer")}, hat das Fahrzeug am nächsten Morgen beschädigt zurückerhalten.
Zu Nr. 4: Die Mutter von {P("Kimberly")} bittet um einen Rückruf vor der Konferenz unter {T(mobile())}.

Beginn 9:00 Uhr, Raum 1.07. Bitte gebt mir bis Freitag Bescheid, wer von der JGH teilnimmt.

Viele Grüße
{P("Svenja Dröge")}
Kriminaloberkommissarin, KK 3 / Haus des Jugendrechts
Tel. {T(landline("0291", 4))}"""
    return "outlook", "polizei-fallkonferenz", text, []


def d16():
    kv = ids.health_insurance()
    uncle_tel = mobile()
    text = f"""ANMELDEBOGEN – SOZIALER TRAININGSKURS (STK) HERBST 2025
Jugendgerichtshilfe der Stadt Arnsberg

[1] Teilnehmer/in
Name: {P("Berisha")}                  Vorname: {P("Ardit")}
Geburtsdatum: {DOB(fdate(ARDIT, 0))}         Geschlecht: [x] m  [ ] w  [ ] d
Anschrift: {A(ST_BERISHA)}, {A(place(1))}
Handy: {T(mobile(4))}                    E-Mail: {E("ardit.b09@gmail.com")}
Schule/Ausbildung: Sekundarschule Neheim, Kl. 9

[2] Erziehungsberechtigte
Mutter: {P("Valbona Berisha")}      Tel.: {T(TEL_BERISHA_M)}
Vater: {P("Besnik Berisha")}        Tel.: {T(mobile())}
Notfallkontakt (falls Eltern nicht erreichbar): Onkel {P("Fatmir Berisha")}, {T(uncle_tel)}

[3] Zuweisung
[x] Urteil/Beschluss   [ ] Diversion   Az.: {AZ(AZ_ARDIT_JGH)}
Umfang: 8 Termine à 3 Std. + Wochenendfahrt

[4] Gesundheit / Verpflegung
Krankenkasse: AOK NordWest        Versichertennr.: {KV(kv)}
Allergien/Erkrankungen: Wespen-/Bienengiftallergie (Notfallset), Asthma bronchiale (Spray dabei)
Ernährung: kein Schweinefleisch, Familie ist muslimisch
Medikamente: Salbutamol bei Bedarf

[5] Einverständnis
Wir sind mit der Teilnahme an der Wochenendfahrt vom 14.–16.11.2025 einverstanden.

Arnsberg, 30.09.2025     Unterschrift Teilnehmer: {P("A. Berisha")}     Unterschrift Erziehungsberechtigte/r: {P("V. Berisha")}"""
    return "word", "formular-anmeldung-trainingskurs", text, ["HEALTH", "RELIGION"]


def d17():
    car = plate("HSK")
    text = f"""Betreff: sozialstunden

moin herr {P("okafor")},

hier ist {P("tim-ole")} ({P("gerdes")}) wegen den stunden. ich kann am 8.11 nicht kommen weil ich da schicht hab bei dem paketzentrum in werl, die haben mich jetzt fest genommen ab november (also eingestellt lol nicht festgenommen)
kann ich die restlichen 16 stunden auch irgendwo in sundern machen?? hab jetzt ein auto ({KFZ(car)}) dann komm ich da auch hin. meine oma {P("Elfriede Gerdes")} wohnt in sundern {A("Zur Alten Schmiede 4")}, da bin ich eh oft.
mein az ist glaub ich {AZ(jgh_az())} steht auf dem zettel

erreichen können sie mich unter {T(mobile(1))} oder hier {E("tim.ole.g@gmx.de")}

mfg {P("tim-ole")}"""
    return "outlook", "heranwachsender-stundenverlegung", text, []


def d18():
    tid = ids.tax_id()
    sv = ids.social_security(ddmmyy(SEBASTIAN), "K")
    tnr = ids.tax_number_nrw()
    vat = ids.vat_id()
    iban = ids.iban_de()
    boss = "Tobias Nowak"
    text = f"""Malerbetrieb {P(boss)} e.K. · Meisterbetrieb seit 1998
{A(street("Auf dem Spring"))} · {A(place(5))} · Tel. {T(landline("02933", 0))} · {E("info@maler-nowak-sundern.de")}

Stadt Arnsberg
Jugendgerichtshilfe
z. Hd. Frau {P("Sabine Rüsche-Kortmann")}
{N(TOWNHALL)}
{N(TOWNHALL_PC)}

Sundern, 17.10.2025

Bestätigung des Ausbildungsverhältnisses – {P("Sebastian Kowalski")}, geb. {DOB(fdate(SEBASTIAN, 0))}

Sehr geehrte Frau {P("Rüsche-Kortmann")},

hiermit bestätige ich, dass Herr {P("Kowalski")} seit dem 01.08.2024 in meinem Betrieb zum Maler und Lackierer ausgebildet wird (2. Ausbildungsjahr). Er ist pünktlich, arbeitet ordentlich und kommt mit den Gesellen gut zurecht. Einen Ausfall von mehreren Tagen durch Haft oder Arrest könnte der Betrieb in der laufenden Auftragslage schwer auffangen; ich würde es begrüßen, wenn die Arbeitsstunden samstags abgeleistet werden können.

Wie von Ihnen erbeten, füge ich zur Berechnung einer Geldauflage einen Auszug aus der Verdienstabrechnung September 2025 bei:

Auszubildender: {P("Kowalski, Sebastian")}
Steuer-ID: {TID(taxid_fmt(tid, True))}     StKl. 1     Konf. –
SV-Nummer: {SSN(ssn_fmt(sv, True))}
Krankenkasse: IKK classic
Ausbildungsvergütung brutto: 1.020,00 EUR
Netto: 812,36 EUR

Mit freundlichen Grüßen

{P(boss)}
Malermeister

Steuernummer {TNR(tnr)} · USt-IdNr. {VAT(vat)}
Bankverbindung: Sparkasse Arnsberg-Sundern · IBAN {IB(iban_fmt(iban))}"""
    return "word", "arbeitgeber-ausbildungsbestaetigung", text, []


def d19():
    text = f"""Von: Poststelle Amtsgericht Arnsberg <{N("poststelle@ag-arnsberg.nrw.de")}>
An: {N(MAILBOX)}
Betreff: Jugendstrafsache gegen {P("Yıldırım, Emre")} wg. gefährlicher Körperverletzung – {AZ(AZ_EMRE_AG)}

In der Jugendstrafsache
gegen {P("Emre Yıldırım")}, geb. {DOB(fdate(EMRE, 0))},
Verteidigerin: Rechtsanwältin {P("Kılıç-Brenner")}, Arnsberg,

wird der Termin zur Hauptverhandlung vor dem Jugendschöffengericht vom 21.10.2025, 09:00 Uhr, aufgehoben.

Neuer Termin: Dienstag, 11.11.2025, 13:30 Uhr, Saal 017 (Erdgeschoss).

Umgeladen werden die Zeugen {P("Jonas Wiethoff")}, {P("Leon Aslan")} und {P("Mehmet Aslan")} sowie PK {P("Kai Brüggemann")} (PW Arnsberg). Der Nebenkläger wird durch Rechtsanwalt {P("Dr. Jan-Philipp ter Horst")} vertreten.

Die Jugendgerichtshilfe wird gebeten, ihren Bericht bis 04.11.2025 vorzulegen.

Auf Anordnung
{P("Kuhlmann")}, Justizbeschäftigte
als Urkundsbeamtin der Geschäftsstelle

Dieses Schreiben wurde elektronisch erstellt und ist ohne Unterschrift gültig."""
    return "outlook", "gericht-terminverlegung", text, []


def d20():
    text = f"""Stadt Arnsberg · Jugendgerichtshilfe · {N(TOWNHALL)} · {N(TOWNHALL_PC)}

Herrn
{P("Kevin-Maurice Pohl")}
{A(ST_POHL)}
{A(place(0))}

Ihr Urteil vom 21.10.2025 – {AZ(AZ_KEVIN_AG)}
Unser Zeichen: {AZ(AZ_KEVIN_JGH)}

Hallo {P("Kevin")},

am Dienstag hat das Jugendgericht entschieden. Damit du nichts vergisst, schreibe ich dir hier noch einmal in einfachen Worten auf, was du jetzt tun musst:

1. Du leistest 40 Stunden gemeinnützige Arbeit. Deine Einsatzstelle ist die Kleiderkammer der Caritas in Hüsten. Melde dich dort bis zum 07.11.2025 bei Frau {P("Renate Grünewald")}. Die Stunden müssen bis 28.02.2026 fertig sein.
2. Du nimmst am Sozialen Trainingskurs teil. Der nächste Kurs beginnt im Januar. Die Einladung kommt mit der Post.
3. Du gehst fünfmal zur Suchtberatung. Den ersten Termin hast du schon: 30.10.2025, 15 Uhr, bei Herrn {P("Engelhardt")}.

Wenn du etwas nicht schaffst, ruf mich an, bevor es zu spät ist. Wenn du die Weisungen nicht erfüllst, kann das Gericht Jugendarrest verhängen.

Eine Kopie dieses Briefes bekommt deine Mutter, Frau {P("Daniela Pohl")}.

Viele Grüße
{P("Jana Hüttemann")}
{T(direct())}"""
    return "word", "mitteilung-weisungen-einfache-sprache", text, ["HEALTH"]


def d21():
    text = f"""Betreff: Mein Sohn Emre Yildirim – Gericht

Sehr geehrte Frau {P("Hüttemann")},

ich bin Vater von {P("Emre Yildirim")} und seit gestern wieder zurück aus Türkei. Meine Frau hat gesagt Sie haben angerufen. Ich entschuldige mich, das ich nicht früher melden konnte.

Ich möchte sagen, Emre ist kein schlechter Junge. Er macht seine Ausbildung gut, der Chef Herr {P("Bröckelmann")} ist zufrieden. Jedes Wochenende hilft er in unserer Moscheegemeinde in Neheim bei der Hausaufgabenhilfe für die kleinen Kinder und beim Freitagsgebet macht er Ordnerdienst. Unser Imam, Herr {P("Mustafa Kocabaş")}, kennt ihn seit er klein ist und kann eine Bestätigung schreiben, wenn das hilft für das Gericht. Seine Nummer ist {T(mobile())}.

Zu der Sache am Bahnhof: Emre hat mir alles erzählt. Er hat Fehler gemacht und er weiß das. Wir haben auch mit der Familie von dem Jungen gesprochen bei dem Ausgleich.

Ich komme zum Termin am 11.11. mit, ich habe Urlaub genommen.

Mit freundlichen Grüßen
{P("Hüseyin Yildirim")}
{A(ST_YILDIRIM)}
{A(place(1))}
Tel. {T(mobile(3))}"""
    # every "Emre" is the son: mark all of them
    text = text.replace("Emre ist kein", f"{P('Emre')} ist kein").replace("Emre hat mir", f"{P('Emre')} hat mir")
    text = text.replace("Betreff: Mein Sohn Emre Yildirim", f"Betreff: Mein Sohn {P('Emre Yildirim')}")
    return "outlook", "vater-stellungnahme", text, ["RELIGION"]


def d22():
    kv = ids.health_insurance()
    rows = [
        ("Vormundin (Amtsvormundschaft)", "Petra Vielhaber", direct()),
        ("Bezugsbetreuer Wohngruppe „Lindenhof“", "Jörg Stellmacher-Nies", landline("02932", 1)),
        ("JGH", "Marius Wołoszyn", direct()),
        ("ASD", "Hatice Demirtaş", direct()),
        ("Therapeutin (Refugio-Projekt), Dipl.-Psych.", "Anne-Kathrin Lohmeyer", mobile()),
        ("Dolmetscher Kurmandschi", "Rênas Xelîl", mobile()),
    ]
    part = "\n".join(f"{role}: {P(name)} – {T(tel)}" for role, name, tel in rows)
    text = f"""Protokoll – Hilfeplan-/Fallgespräch nach § 36 SGB VIII i. V. m. § 52 SGB VIII

Jugendlicher: {P("Jamal Haddad")}, geb. {DOB(fdate(JAMAL, 1))}
Aufenthalt: Wohngruppe Lindenhof, {A(street("Lindenweg"))}, {A(place(1))}
Krankenversichertennummer: {KV(kv)}
Datum: 14.10.2025, 10:00–11:45 Uhr

Teilnehmende:
{part}
{P("Jamal")} (ab 10:30 Uhr)

1. Ausgangslage
{P("Jamal")} ist 2023 als unbegleiteter Minderjähriger aus Nordsyrien eingereist; die Familie gehört der kurdischen Minderheit an. Eltern und Geschwister leben in einem Lager bei Qamischli, telefonischer Kontakt besteht unregelmäßig. Gegen ihn ist ein Verfahren wegen Diebstahls mit Waffen anhängig ({AZ(sta_az())}); er soll bei einem Streit in der Wohngruppe ein Messer mitgeführt haben.

2. Gesundheit
Frau {P("Lohmeyer")} berichtet von einer posttraumatischen Belastungsstörung mit Schlafstörungen und Flashbacks; seit Juli findet wöchentlich eine Traumatherapie statt. Die Kostenübernahme über die Krankenkasse ist bis März 2026 gesichert.

3. Schule/Ausbildung
Internationale Förderklasse am Berufskolleg, B1-Prüfung im Dezember. Herr {P("Stellmacher-Nies")} schildert, dass {P("Jamal")} morgens zuverlässig aufsteht, wenn er nachts schlafen kann.

4. Absprachen
– JGH ({P("Wołoszyn")}) begleitet die Hauptverhandlung und regt eine Betreuungsweisung an.
– Die Vormundin klärt mit der Ausländerbehörde, ob die Duldung nach Abschluss des Strafverfahrens gefährdet ist.
– Nächstes Gespräch: 13.01.2026.

Protokoll: {P("H. Demirtaş")}"""
    return "word", "protokoll-hilfeplangespraech", text, ["HEALTH", "ETHNICITY"]


def d23():
    text = f"""Von: Jugendarrestanstalt Wetter – Vollzugsgeschäftsstelle <{N("poststelle@jaa-wetter.nrw.de")}>
An: {N(MAILBOX)}
Datum: 31.10.2025 08:07
Betreff: Entlassungsmitteilung – {P("Lungu, Denis")}, * {DOB(fdate(DENIS, 0))}

Sehr geehrte Damen und Herren,

wir teilen mit, dass der oben Genannte den gegen ihn verhängten Ungehorsamsarrest von zwei Wochen (Vollstreckungsheft {AZ("52 VRJs 207/24")}, AG Arnsberg) vollständig verbüßt hat. Die Entlassung erfolgte heute um 07:30 Uhr an die Entlassungsanschrift {A(ST_LUNGU)}, {A(place(0))}. Abgeholt wurde er von seinem Onkel, Herrn {P("Costel Lungu")}.

Während des Arrests hat {P("Denis")} an dem Gruppenangebot „Schule und Zukunft“ teilgenommen. Im Abschlussgespräch mit Frau {P("Kirsten Haarmann-Loth")} (Sozialdienst) äußerte er den Wunsch, den Hauptschulabschluss über eine Produktionsschule nachzuholen. Eine Übergabe an die Jugendberufsagentur wird empfohlen; Herr {P("Lungu")} hat der Weitergabe seiner Kontaktdaten ({T(mobile())}) zugestimmt.

Mit freundlichen Grüßen
im Auftrag
{P("S. Brinkmann")}
Vollzugsgeschäftsstelle"""
    return "outlook", "arrest-entlassungsmitteilung", text, []


def d24():
    rows = [
        ("Tierheim Arnsberg e.V.", "Heike Tigges", mobile(), "h.tigges@tierheim-arnsberg.de", "Tiere, Reinigung; nur Sa"),
        ("Caritas-Kleiderkammer Hüsten", "Renate Grünewald", landline("02932", 0), "r.gruenewald@caritas-arnsberg.de", "Sortieren, Ausgabe; Mo/Mi"),
        ("TuS Oeventrop 1910", "Gerd Schulte-Wrede", mobile(), "gschultewrede@t-online.de", "Platzpflege; ab 16 J."),
        ("Bauhof Stadt Arnsberg", "Kamil Szymański", direct(), "k.szymanski@arnsberg.de", "Graffiti, Grünpflege"),
        ("Tafel Neheim-Hüsten", "Agathe Wienand", mobile(), "a.wienand@tafel-neheim.de", "Lebensmittelausgabe Di/Fr"),
        ("Seniorenzentrum St. Anna", "Branka Jovanović", landline("02931", 3), "b.jovanovic@st-anna-seniorenzentrum.de", "Begleitung Spaziergänge, kein Pflegebereich"),
        ("Waldjugendheim Breitenbruch", "Hans-Jürgen de Vries", mobile(), "devries.hj@gmx.net", "Holz, Außengelände; Fahrgemeinschaft nötig"),
    ]
    body = "\n".join(f"{org}\t{P(name)}\t{T(tel)}\t{E(mail)}\t{note}" for org, name, tel, mail, note in rows)
    text = f"""Einsatzstellen gemeinnützige Arbeit – Stand 10/2025 (nur für den Dienstgebrauch)

{body}

Hinweis: Neue Einsatzstellen bitte vorher mit {P("S. Rüsche-Kortmann")} absprechen (Versicherungsschutz)."""
    return "word", "liste-einsatzstellen", text, []


def d25():
    kv = ids.health_insurance()
    text = f"""Von: {P("Tobias Engelhardt")} <{E("t.engelhardt@caritas-arnsberg.de")}>
An: {P("Hüttemann, Jana")} <{E("jana.huettemann@arnsberg.de")}>
Betreff: Bestätigung Beratungstermine – {P("K.-M. Pohl")}

Hallo Frau {P("Hüttemann")},

eine von {P("Kevin-Maurice Pohl")} unterschriebene Schweigepflichtentbindung liegt mir vor (Kopie anbei), daher kurz zum Stand der gerichtlichen Weisung:

- 30.10.2025: wahrgenommen
- 13.11.2025: wahrgenommen
- 27.11.2025: abgesagt (krank, Attest liegt vor)
- 04.12.2025 und 18.12.2025: vereinbart

{P("Kevin-Maurice")} ist offen und reflektiert seinen Cannabiskonsum inzwischen recht ehrlich; er gibt an, seit drei Wochen nur noch am Wochenende zu konsumieren. Zusammen mit seiner Mutter haben wir besprochen, dass er nach Abschluss der Weisung freiwillig in die Gruppe „Realize it“ wechseln kann. Für eine ggf. anschließende ambulante Rehabilitation würde ich den Antrag schon vorbereiten (Krankenversichertennr. {KV(kv)}, Kostenträger DRV Westfalen).

Bitte melden Sie sich, falls das Gericht eine ausführlichere Stellungnahme braucht.

Freundliche Grüße
{P("Tobias Engelhardt")}
Suchtberatung im Caritasverband Arnsberg-Sundern
{T(landline("02932", 0))}"""
    return "outlook", "suchtberatung-bestaetigung", text, ["HEALTH"]


def d26():
    car = plate("HSK")
    text = f"""Stadt Arnsberg – Jugendgerichtshilfe

Stellungnahme zur Anwendung des Jugendstrafrechts (§ 105 JGG)

Heranwachsender: {P("Tom Wieneke")}, geb. am {DOB(fdate(TOM, 2))}
Anschrift: {A(street("Alter Soestweg"))}, {A(place(10))}
Verfahren: {AZ(sta_az())}, Amtsgericht Arnsberg – Jugendschöffengericht
Vorwurf: Volksverhetzung, Verwenden von Kennzeichen verfassungswidriger Organisationen, Sachbeschädigung

1. Persönliche Entwicklung
{P("Tom")} wuchs bei den Eltern, {P("Kerstin")} und {P("Frank Wieneke")}, in einem Dorf bei Bestwig auf. Nach einem Hauptschulabschluss brach er zwei Ausbildungen ab und lebt weiterhin im Elternhaus, wo er weder Miete zahlt noch im Haushalt Verantwortung übernimmt. Die Mutter regelt nach wie vor seine Termine und Post.

2. Einstellungen und Umfeld
Seit etwa 2024 bewegt sich {P("Tom")} in einer losen Gruppe, die sich selbst als „Sauerländer Jungs“ bezeichnet und Aufkleber mit rechtsextremen Parolen verbreitet. Im Gespräch bezeichnet er sich selbst als „national eingestellt“, äußert Sympathie für die Partei „Der III. Weg“ und hat im Sommer an zwei Kundgebungen in Dortmund teilgenommen, zu denen er mit seinem Pkw ({KFZ(car)}) mehrere Mitglieder der Gruppe fuhr. Zugleich wirkt er in seinen Aussagen übernommen und wenig gefestigt; auf Nachfragen zu den Inhalten kann er kaum antworten.

3. Erkennungsdienstliche Maßnahmen
Auf Anordnung des Amtsgerichts wurde nach § 81g StPO eine Speichelprobe entnommen; das DNA-Identifizierungsmuster ist in der DNA-Analyse-Datei des BKA gespeichert.

4. Beurteilung
Nach einer Gesamtwürdigung der Persönlichkeit stand {P("Tom")} zur Tatzeit nach seiner sittlichen und geistigen Entwicklung noch einem Jugendlichen gleich (vgl. {N("BGH, Beschluss vom 07.04.2021 – 3 StR 61/21")}). Reifeverzögerungen zeigen sich vor allem in der fehlenden Verselbständigung und der hohen Beeinflussbarkeit durch Ältere, insbesondere durch den Wortführer der Gruppe, {P("Steffen K.")}. Die Jugendgerichtshilfe empfiehlt die Anwendung von Jugendstrafrecht und regt die Teilnahme an einem Ausstiegsprogramm (NinA NRW) an.

{P("Marius Wołoszyn")}, Jugendgerichtshilfe
Arnsberg, 22.10.2025"""
    return "word", "stellungnahme-reifebeurteilung", text, ["POLITICS", "GENETIC"]


def d27():
    text = f"""Betreff: morgen HV pohl

hi {P("marius")}
kannst du morgen die HV {P("pohl")} übernehmen? 9 uhr saal A105 bei {P("albers")}, mir ist was dazwischen gekommen (kita hat zu). bericht liegt in meinem fach, az {AZ(AZ_KEVIN_AG.lower())}.
mutter kommt mit dem stiefvater ({P("ferreira")}), die oma aus menden evtl auch. vorschlag steht: 40 std + stk + suchtberatung. {P("kmp")} hat um 14 uhr noch termin in der KJP marsberg, also bitte nicht ewig quatschen nach der verhandlung lol
wenn {P("albers")} nach arrest fragt: wir sind klar dagegen wegen der behandlung.
danke dir!!
{P("jana")}

--
gesendet vom handy"""
    return "outlook", "kollegin-vertretung-hv", text, ["HEALTH"]


def d28():
    iban = ids.iban_de()
    text = f"""ANTRAG AUF ERSTATTUNG VON FAHRTKOSTEN
zur Teilnahme an einer jugendrichterlichen Weisung (Sozialer Trainingskurs)

Teilnehmer: {P("Ardit Berisha")}                  Az.: {AZ(AZ_ARDIT_JGH)}
Antragsteller/in (Erziehungsberechtigte/r): {P("Valbona Berisha")}
Anschrift: {A(ST_BERISHA)}
           {A(place(1))}
Telefon: {T(TEL_BERISHA_M)}

Fahrten:
Termin        Strecke                         Fahrschein       Betrag
07.10.2025    Neheim Markt – Arnsberg Bf      Einzelfahrt x2   6,40 EUR
14.10.2025    Neheim Markt – Arnsberg Bf      Einzelfahrt x2   6,40 EUR
21.10.2025    Neheim Markt – Arnsberg Bf      Einzelfahrt x2   6,40 EUR
28.10.2025    Neheim Markt – Arnsberg Bf      Einzelfahrt x2   6,40 EUR
                                              Summe:          25,60 EUR

Bitte überweisen an:
Kontoinhaber/in: {P("Besnik Berisha")}
IBAN: {IB(iban_fmt(iban, False))}
Kreditinstitut: Volksbank Sauerland

Die Fahrscheine liegen im Original bei.

Arnsberg, 29.10.2025            {P("V. Berisha")}

– Nur für die Verwaltung –
sachlich richtig: {P("Okafor")}     angewiesen: {P("Rüsche-Kortmann")}     HH-Stelle 3.6.3.01"""
    return "word", "antrag-fahrtkosten", text, []


def d29():
    text = f"""Betreff: Beschwerde – keine Information über das Verfahren gegen die Täter meines Sohnes

Sehr geehrte Damen und Herren,

mein Sohn {P("Yannick Beermann")} (16) wurde am 24. August am Brückenplatz in Neheim von zwei Jugendlichen angegriffen, nachdem er mit seinem Freund Hand in Hand über den Platz gegangen war. Die beiden haben ihn als „Schwuchtel“ beschimpft, getreten und ihm das Handy weggenommen. {P("Yannick")} hatte eine Gehirnerschütterung und Prellungen an den Rippen und geht seitdem nur noch in Begleitung aus dem Haus. Er hatte sich erst im Frühjahr bei uns geoutet, und jetzt das.

Bei der Polizei wurde uns gesagt, dass die Täter ermittelt sind ({P("Nico Reinartz")} und ein {P("Leandro")}, Nachname unbekannt) und dass die Jugendgerichtshilfe beteiligt ist. Seitdem haben wir nichts mehr gehört. Im Internet lese ich, dass so etwas mit ein paar Sozialstunden erledigt werden kann. Das kann doch nicht sein. Ich möchte wissen, ob ein Täter-Opfer-Ausgleich geplant ist – wir wollen das nicht – und wann eine Verhandlung stattfindet. Das Aktenzeichen der Polizei ist {AZ(police_nr(8, 24))}.

Bitte antworten Sie mir schriftlich an meine Adresse oder per Mail.

{P("Claudia Beermann")}
{A(street("Von-Stephan-Straße"))}
{A(place(0))}
{E("c.beermann@web.de")} · {T(landline("02932", 3))}"""
    return "outlook", "beschwerde-opfermutter", text, ["SEXUAL_ORIENTATION", "HEALTH"]


def d30():
    passport = ids.passport(check_digit=False)
    pa = ids.id_card(check_digit=False)
    sta = sta_az()
    text = f"""Jugendgerichtshilfe in Haftsachen – Haftentscheidungshilfe

An das Amtsgericht Arnsberg – Ermittlungsrichter –
Az.: {AZ("12 Gs 214/25")} / StA Arnsberg {AZ(sta)}
Eilt! – Vorführung heute, 14:00 Uhr

Beschuldigter: {P("Nikolai Reimer")}, geb. {DOB(fdate(NIKOLAI, 0))} in Pawlodar (Kasachstan), deutscher Staatsangehöriger
Meldeanschrift: {A(street("Wiebelsheidestraße"))}, {A(place(1))}
Vorwurf: gemeinschaftlicher Raub (Handy und Bargeld, 19.10.2025, Parkhaus am Bahnhof); Fluchtfahrzeug laut Anzeige ein dunkler Golf mit dem Kennzeichen {KFZ(plate("MK"))}, Halterin die Mutter des Mitbeschuldigten

Die Polizei stützt den Haftgrund der Fluchtgefahr darauf, dass der Vater, {P("Alexander Reimer")}, seit 2022 wieder in Kasachstan lebt und der Beschuldigte im Sommer mehrere Wochen dort war. Nach Gesprächen mit dem Beschuldigten im Gewahrsam und mit seiner Großmutter, Frau {P("Lidia Reimer")}, schlägt die Jugendgerichtshilfe folgende Maßnahmen zur Abwendung der Untersuchungshaft vor (§ 72 JGG):

a) Wohnsitznahme bei der Großmutter, {A(street("Unterm Hagen"))}, {A(place(6))}; Frau {P("Reimer")} ist dazu bereit und telefonisch unter {T(landline("0291", 0))} erreichbar.
b) Hinterlegung des Reisepasses (Nr. {PASS(passport)}) bei der Staatsanwaltschaft. Der Personalausweis (Nr. {IDC(pa)}) verbleibt beim Beschuldigten.
c) Wöchentliche Meldung bei der Polizeiwache Meschede.
d) Betreuungsweisung durch den Träger „Jugendhilfe Hochsauerland“, Betreuer Herr {P("Waldemar Janzen")}.

{P("Nikolai")} hat einen Minijob in einem Getränkemarkt (Inhaber {P("Harald Sauerwald")}); der Arbeitgeber würde ihn weiter beschäftigen. Der Mitbeschuldigte {P("Artur Gossen")} befindet sich nach Angaben der Polizei noch auf freiem Fuß.

{P("Wołoszyn")}, JGH – erreichbar über die Rufbereitschaft {N(SWITCH)}"""
    return "word", "haftentscheidungshilfe", text, []


DOCS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15,
        d16, d17, d18, d19, d20, d21, d22, d23, d24, d25, d26, d27, d28, d29, d30]


def main():
    lines = []
    for i, fn in enumerate(DOCS, 1):
        channel, template, marked, flags = fn()
        obj = build(f"F141-{i:03d}", channel, template, marked, flags)
        lines.append(json.dumps(obj, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
