#!/usr/bin/env python3
"""Fresh test batch 110: personnel office and staff council (Personalrat) of a Lower Saxony city (Stadt Peine).

Writes fresh110.jsonl next to this script: 30 documents (F110-001 ... F110-030), half Outlook mails, half Word texts.
Deterministic: one seeded generator (Identifiers(11010) and its rng), no clock, no unordered iteration.
Every person, street, company and number is invented; the office's own public data is marked neutral (N).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from marks import build  # noqa: E402
from identifiers import Identifiers, luhn_check, mod97_iban  # noqa: E402

ids = Identifiers(11010)
rng = ids.rng


# ---------------------------------------------------------------- inline marks
def mk(code):
    return lambda value: f"[[{code}|{value}]]"


P, A, E, T, N = mk("P"), mk("A"), mk("E"), mk("T"), mk("N")
IBAN, TID, TNR, VAT = mk("IBAN"), mk("TID"), mk("TNR"), mk("VAT")
IDC, PASS, SSN, KV = mk("IDC"), mk("PASS"), mk("SSN"), mk("KV")
DOB, KFZ, AZ, CC = mk("DOB"), mk("KFZ"), mk("AZ"), mk("CC")


# ---------------------------------------------------------------- formatting helpers
def grp(value, size=4, sep=" "):
    return sep.join(value[i:i + size] for i in range(0, len(value), size))


def tid_fmt(v):  # 2-3-3-3 as printed on the Steuer-ID letter
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"


# ---------------------------------------------------------------- foreign identifiers with their public check digits
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni():
    """Spanish DNI: 8 digits + control letter = DNI_LETTERS[number mod 23]."""
    num = ids.digits(8, first_nonzero=True)
    return num + DNI_LETTERS[int(num) % 23]


def es_nss(province):
    """Spanish Seguridad Social number: PP + 8-digit number + 2 check digits = (PP·10^8 + number) mod 97."""
    num = ids.digits(8, first_nonzero=True)
    check = int(province + num) % 97
    return province, num, f"{check:02d}"


def es_ccc_digit(ten_digits):
    weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * w for c, w in zip(ten_digits, weights)) % 11
    return {11: 0, 10: 1}.get(d, d)


def es_iban(bank):
    """Spanish IBAN: bank(4) branch(4) DC(2, CCC weights 1,2,4,8,5,10,9,7,3,6 mod 11) account(10), then MOD 97-10."""
    branch, account = ids.digits(4), ids.digits(10)
    dc = f"{es_ccc_digit('00' + bank + branch)}{es_ccc_digit(account)}"
    return mod97_iban("ES", bank + branch + dc + account)


def gr_afm():
    """Greek tax number AFM: 8 digits + check = (sum d_i·2^(8-i) mod 11) mod 10."""
    body = ids.digits(8, first_nonzero=True)
    s = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(body))
    return body + str(s % 11 % 10)


def gr_amka(ddmmyy):
    """Greek social security number AMKA: DDMMYY + 4 digits + Luhn check digit."""
    payload = ddmmyy + ids.digits(4)
    return payload + str(luhn_check(payload))


def pl_pesel(yyyy, mm, dd, male):
    """Polish PESEL: YYMMDD (month +20 for 2000-2099) + 3 serial + sex digit + check (weights 1,3,7,9,...)."""
    month = mm + (20 if yyyy >= 2000 else 0)
    sex = rng.choice("13579" if male else "02468")
    body = f"{yyyy % 100:02d}{month:02d}{dd:02d}" + ids.digits(3) + sex
    s = sum(int(c) * w for c, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]))
    return body + str((10 - s % 10) % 10)


def pl_id_card():
    """Polish ID card (dowód osobisty): AAA + check digit + 5 digits; weights 7,3,1,(9),7,3,1,7,3, letters A=10."""
    letters = "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(3))
    tail = ids.digits(5)
    vals = [ord(c) - 55 for c in letters] + [int(c) for c in tail]
    check = sum(v * w for v, w in zip(vals, [7, 3, 1, 7, 3, 1, 7, 3])) % 10
    return f"{letters}{check}{tail}"


def pl_iban():
    """Polish IBAN: 8-digit bank sort code (check digit weights 3,9,7,1,3,9,7) + 16-digit account, MOD 97-10."""
    head = rng.choice(["109", "102", "105", "114", "124"]) + ids.digits(4)
    s = sum(int(c) * w for c, w in zip(head, [3, 9, 7, 1, 3, 9, 7]))
    return mod97_iban("PL", head + str((10 - s % 10) % 10) + ids.digits(16))


def tr_tckn():
    """Turkish T.C. Kimlik No: d10 = (7·(d1+d3+d5+d7+d9) − (d2+d4+d6+d8)) mod 10, d11 = (d1+…+d10) mod 10."""
    d = [int(c) for c in ids.digits(9, first_nonzero=True)]
    d10 = (7 * (d[0] + d[2] + d[4] + d[6] + d[8]) - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tr_iban():
    """Turkish IBAN: bank code (5) + reserved 0 + account (16), MOD 97-10."""
    return mod97_iban("TR", "00010" + "0" + ids.digits(16))


VERHOEFF_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
              [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
              [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
              [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
              [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
              [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_check(payload):
    c = 0
    for i, ch in enumerate(reversed(payload)):
        c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return VERHOEFF_INV[c]


def in_aadhaar():
    """Indian Aadhaar: 12 digits, first 2-9, last = Verhoeff check digit."""
    payload = rng.choice("23456789") + ids.digits(10)
    return payload + str(verhoeff_check(payload))


def in_pan(surname_initial):
    """Indian PAN: AAAAA9999A, 4th letter P (individual), 5th the surname's initial; its check letter is not public."""
    a = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(3))
    return f"{a}P{surname_initial}{ids.digits(4, True)}{rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ')}"


def in_passport():
    return rng.choice("JKLMNPRSTUVWZ") + ids.digits(7, first_nonzero=True)


def de_iban():
    """German IBAN with a bank code of the Lower Saxony range (first digit 2), MOD 97-10."""
    return mod97_iban("DE", "2" + rng.choice("5679") + ids.digits(16))


def gr_iban():
    """Greek IBAN: bank code (3) + branch (4) + account (16), MOD 97-10."""
    return mod97_iban("GR", rng.choice(["011", "014", "017", "026"]) + ids.digits(20))


def ni_tax_number():
    """Lower Saxony Steuernummer FF/BBB/UUUUP (layout only)."""
    return f"{rng.choice(['17', '24', '25', '26', '28'])}/{ids.digits(3)}/{ids.digits(5)}"


def ni_tax_number_federal():
    """13-digit federal form for Lower Saxony: 23 FF 0 BBB UUUUP."""
    return "23" + rng.choice(["17", "24", "25", "26"]) + "0" + ids.digits(8)


# ---------------------------------------------------------------- the office's own public data (neutral)
OFFICE_STREET = "Am Amthof 4"
OFFICE_CITY = "31224 Peine"
SWITCHBOARD = "05171 947-0"

DOCS = []


def doc(channel, template, flags=()):
    def register(fn):
        DOCS.append((channel, template, list(flags), fn))
        return fn
    return register


# ====================================================================================== F110-001
@doc("outlook", "bewerbung_es")
def d01():
    dni = es_dni()
    prov, num, chk = es_nss("41")
    iban = es_iban("2100")
    return f"""Von: {P("María José Fernández García")} <{E("mjfernandez.garcia@gmail.com")}>
An: {N("bewerbung@stadt-peine.de")}
Gesendet: Freitag, 2. Mai 2025 23:18
Betreff: Bewerbung Kennziffer 2025/041 – Erzieherin (m/w/d) Kita Sonnenblume

Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich um die ausgeschriebene Stelle als Erzieherin in der Kita Sonnenblume. Mein Name ist {P("María José Fernández García")}, ich bin am {DOB("14 de marzo de 1993")} in Sevilla geboren (also am {DOB("14.03.1993")}, falls das Formular ein Datum verlangt) und lebe seit Herbst 2022 in Deutschland. Zurzeit arbeite ich als pädagogische Fachkraft in einer Krippe in Braunschweig.

Meine Anschrift in Deutschland:
{A("Bültenweg 23a")}
{A("38106 Braunschweig")}
(bitte Post an „c/o {P("Lindemann")}“, mein Name steht noch nicht am Briefkasten)

Bis Ende Juni bin ich außerdem unter der Adresse meiner Eltern in Spanien erreichbar:
{A("C/ Feria 58, 2.º izq.")}
{A("41003 Sevilla")}

Mein Abschluss als „Técnico Superior en Educación Infantil“ wurde vom Niedersächsischen Landesamt für Soziales, Jugend und Familie als gleichwertig anerkannt (Bescheid vom 02.04.2025, Az. {AZ("LS 4.2-A-10877/24")}). Die Urkunde und die Übersetzung hänge ich an, ebenso eine Kopie meines DNI ({IDC(dni)}). Für die Anrechnung meiner Berufsjahre in Spanien (Stufenzuordnung) kann ich die „Vida Laboral“ nachreichen; meine número de afiliación a la Seguridad Social lautet {SSN(f"{prov}/{num}/{chk}")}.

Als Referenz nenne ich gern meine frühere Leiterin, Frau {P("Carmen Ruiz Olmedo")} (Escuela Infantil Los Pinos, Sevilla), Tel. {T("+34 954 21 88 43")}.

Falls Sie Fahrtkosten zum Vorstellungsgespräch erstatten: Mein Konto in Deutschland ist gerade erst beantragt, bitte vorerst auf mein spanisches Konto bei CaixaBank, {IBAN(iban)} (titular: {P("María José Fernández García")}).

Sie erreichen mich am besten mobil unter {T("0152 / 548 730 92")} oder mit spanischer Nummer {T("+34 654 21 98 07")} (WhatsApp).

Un saludo cordial – mit freundlichen Grüßen
{P("María José Fernández García")}

Anlagen: Lebenslauf, Anerkennungsbescheid, Arbeitszeugnisse (ES/DE), DNI"""


# ====================================================================================== F110-002
@doc("word", "eingangsbestaetigung")
def d02():
    return f"""Stadt Peine · Der Bürgermeister · Fachbereich 10 – Personal und Organisation · {N(OFFICE_STREET)} · {N(OFFICE_CITY)}

Herrn
{P("Konstantinos Papadopoulos")}
{A("Sedanstraße 41")}
{A("30161 Hannover")}

Ihre Nachricht vom: 28.04.2025
Unser Zeichen: {AZ("10.2-B-2025-0388")}
Bearbeiter: {P("Ole Janßen")}
Zimmer: 2.14
Telefon: {T("05171 947-214")}
E-Mail: {E("ole.janssen@stadt-peine.de")}

Peine, 06.05.2025

Ihre Bewerbung als Bauingenieur (m/w/d) im Fachbereich 60 – Stadtentwicklung und Bauen, Kennziffer 2025/029

Sehr geehrter Herr {P("Papadopoulos")},

vielen Dank für Ihre Bewerbung und Ihr Interesse an einer Tätigkeit bei der Stadt Peine. Ihre Unterlagen sind vollständig bei uns eingegangen und unter der Bewerbernummer {AZ("B-2025-0388")} erfasst. Bitte geben Sie diese Nummer bei allen Rückfragen an.

Für die Eingruppierung benötigen wir noch die Zeugnisbewertung der Zentralstelle für ausländisches Bildungswesen (ZAB) zu Ihrem Diplom der Aristoteles-Universität Thessaloniki. Sie hatten uns mitgeteilt, dass der Antrag dort bereits unter dem Aktenzeichen {AZ("ZAB-2025-1-048213")} läuft; reichen Sie die Bewertung bitte nach, sobald sie vorliegt.

Die Auswahlgespräche finden voraussichtlich in der 23. Kalenderwoche im Rathaus, Raum 1.08, statt. Eine gesonderte Einladung erhalten Sie etwa zwei Wochen vorher. Der Personalrat, die Gleichstellungsbeauftragte und – sofern Bewerbungen schwerbehinderter Menschen vorliegen – die Schwerbehindertenvertretung werden nach dem Niedersächsischen Personalvertretungsgesetz (NPersVG) beteiligt.

Ihre Daten verarbeiten wir ausschließlich für das Auswahlverfahren (Art. 6 Abs. 1 lit. b DSGVO, § 88 NBG). Wird Ihre Bewerbung nicht berücksichtigt, löschen wir sie sechs Monate nach Abschluss des Verfahrens.

Mit freundlichen Grüßen
Im Auftrag

{P("Ole Janßen")}

Sprechzeiten: Mo–Do 8:30–12:00 Uhr, Do zusätzlich 14:00–17:30 Uhr · Zentrale {N(SWITCHBOARD)} · {N("bewerbung@stadt-peine.de")} · www.peine.de/karriere"""


# ====================================================================================== F110-003
@doc("outlook", "sbv_weiterleitung", ["HEALTH"])
def d03():
    return f"""Von: {P("Plaß, Heiko")} <{E("heiko.plass@stadt-peine.de")}>
Gesendet: Dienstag, 13. Mai 2025 09:47
An: {P("Janßen, Ole")} <{E("ole.janssen@stadt-peine.de")}>
Cc: {P("Öztürk, Hatice")} <{E("hatice.oeztuerk@stadt-peine.de")}>; Personalrat <{N("personalrat@stadt-peine.de")}>
Betreff: WG: Bewerbung Verwaltungsfachangestellte – Hinweis Schwerbehinderung

Hallo {P("Ole")},

zur Info die Mail von Frau {P("Dąbrowska-Nowak")} unten. Sie ist schwerbehindert (GdB 50) und muss deshalb nach § 165 SGB IX zum Vorstellungsgespräch eingeladen werden, wenn ihr die fachliche Eignung nicht offensichtlich fehlt – das ist bei ihr ganz sicher nicht der Fall. Bitte nimm mich als SBV in die Einladung zum Auswahltag am 27.05. auf und denk an den Raum im EG (kein Aufzug im Altbau).

Danke und Gruß
{P("Heiko")}

--
{P("Heiko Plaß")}
Vertrauensperson der schwerbehinderten Menschen
Stadt Peine | {N(OFFICE_STREET)} | {N(OFFICE_CITY)}
Tel. {T("05171 947-388")} | Mobil {T("0171 4418 207")}

-----Ursprüngliche Nachricht-----
Von: {P("Katarzyna Dąbrowska-Nowak")} <{E("k.dabrowska-nowak@web.de")}>
Gesendet: Montag, 12. Mai 2025 21:13
An: SBV Stadt Peine <{N("sbv@stadt-peine.de")}>
Betreff: Bewerbung Verwaltungsfachangestellte – Hinweis Schwerbehinderung

Sehr geehrter Herr {P("Plaß")},

ich habe mich am 30.04. auf die Stelle als Verwaltungsfachangestellte im Bürgerbüro beworben (Bewerbernummer {AZ("B-2025-0402")}). Im Anschreiben habe ich es nicht erwähnt, aber ich bin schwerbehindert: GdB 50 wegen Multipler Sklerose (schubförmiger Verlauf, seit 2019 stabil unter Therapie). Den Feststellungsbescheid des Landesamts für Soziales, Jugend und Familie, Außenstelle Hildesheim (Az. {AZ("31-52-0719384")}), kann ich gern vorlegen.

Im Alltag brauche ich nur einen höhenverstellbaren Schreibtisch und nach den Infusionen (alle sechs Monate) einen Tag Homeoffice oder frei. Ich möchte, dass Sie das wissen, damit das Gespräch fair läuft.

Ich wohne in der {A("Gunzelinstraße 12")} in {A("31224 Peine")} und bin mobil unter {T("0176 23 81 55 40")} erreichbar.

Mit freundlichen Grüßen
{P("Katarzyna Dąbrowska-Nowak")}"""


# ====================================================================================== F110-004
@doc("word", "personalfragebogen", ["RELIGION"])
def d04():
    pesel = pl_pesel(1986, 11, 7, True)
    dowod = pl_id_card()
    steuer = ids.tax_id()
    sv = ids.social_security("071186", "Z")
    kv = ids.health_insurance()
    iban = de_iban()
    return f"""Personalfragebogen – Neueinstellung
Formular PF-01 (Stand 01/2025) – bitte in Druckbuchstaben ausfüllen und an FB 10 zurück

1. Persönliche Angaben
Name, Vorname:\t\t\t{P("Zając, Grzegorz")}
Geburtsname:\t\t\t{P("Zając")}
Geburtsdatum:\t\t\t{DOB("07.11.1986")}
Geburtsort / -land:\t\tBydgoszcz / Polen
Staatsangehörigkeit:\t\tpolnisch
Anschrift:\t\t\t{A("Hertzstraße 7")}, {A("31228 Peine")}
Telefon (privat):\t\t{T("0157 3871 2264")}
E-Mail (privat):\t\t{E("grzes.zajac86@wp.pl")}
Familienstand:\t\t\tverheiratet seit 12.08.2011
Religionszugehörigkeit (für Kirchensteuer):\trk
PESEL (nur bei poln. Staatsangehörigkeit):\t{SSN(pesel)}
Ausweisdokument / Nr.:\t\tdowód osobisty {IDC(f"{dowod[:3]} {dowod[3:]}")} (Kopie liegt vor)

2. Steuer und Sozialversicherung
Steuer-Identifikationsnummer:\t{TID(tid_fmt(steuer))}
Steuerklasse / Kinderfreibeträge:\tIII / 1,0
Rentenversicherungsnummer:\t{SSN(f"{sv[:2]} {sv[2:8]} {sv[8]} {sv[9:]}")}
Krankenkasse:\t\t\tAOK – Die Gesundheitskasse für Niedersachsen
Krankenversichertennummer:\t{KV(kv)}
Schwerbehinderung / Gleichstellung:\tnein
Weitere Beschäftigung (Minijob):\tnein

3. Bankverbindung
Kontoinhaber:\t\t\t{P("Grzegorz Zając")}
IBAN:\t\t\t\t{IBAN(grp(iban))}
Kreditinstitut:\t\t\tSparkasse Hildesheim Goslar Peine

4. Kinder (für Kinderfreibetrag)
{P("Zając, Julia")}\t\tgeb. {DOB("23.02.2013")}
{P("Zając, Tomasz")}\t\tgeb. {DOB("05.09.2016")}

5. Im Notfall zu benachrichtigen
{P("Ewa Zając")} (Ehefrau), Tel. {T("0157 3871 2265")}

6. Vom Fachbereich 10 auszufüllen
Personalnummer:\t\t{AZ("0047215")}
Dienststelle:\t\t\tFB 66 – Bauhof, Kolonne 2
Eintritt:\t\t\t01.04.2025, EG 5 Stufe 2 TVöD-VKA

Ich versichere, dass die Angaben vollständig und richtig sind. Änderungen teile ich unverzüglich mit.

Peine, 24.03.2025\t\t\t\t{P("Grzegorz Zając")}"""


# ====================================================================================== F110-005
@doc("outlook", "krankmeldung_informell", ["HEALTH"])
def d05():
    kv = ids.health_insurance()
    return f"""Von: {P("dimitra karagianni")} <{E("d.karagianni@stadt-peine.de")}>
An: {P("Kettler, Sabine")} <{E("sabine.kettler@stadt-peine.de")}>
Betreff: thanos wieder krank

hi {P("sabine")},

kurz zur info: {P("thanos")} ({P("vlachos")}, kolonne 3) hat grad angerufen, er ist seit heute wieder krankgeschrieben, wieder die bandscheibe :( die AU kommt per post, erstmal bis 23.05. sein orthopäde (dr. {P("hübner")} in vechelde) will ihn wohl in die reha schicken, er wartet auf den termin.

kannst du das bitte in loga eintragen? pers.-nr. müsste {AZ("0046881")} sein.

die 6 wochen entgeltfortzahlung laufen bei ihm ende mai aus, wenn ich richtig gezählt hab (erste AU war am 14.04., dazwischen nur 3 tage gearbeitet – gleiche diagnose). dann zahlt ja die kasse krankengeld, oder? die BKK braucht dann die entgeltbescheinigung. seine versichertennr. von der karte: {KV(kv)}

im winterdienst-plan/rufbereitschaft springt vorerst {P("marek")} für ihn ein, hab ich mit herrn {P("wöltje")} abgesprochen.

lg {P("dimi")}

--
{P("Dimitra Karagianni")}
Fachbereich 66 – Bauhof | Teamassistenz
Tel. {T("05171 947-661")}"""


# ====================================================================================== F110-006
@doc("word", "zulagen_tabelle")
def d06():
    rows = [
        ("0041177", "Brinkmann", "Hannelore", "10.3", "E 9b/5", "Vertretungszulage (§ 14 TVöD)", "312,48", "bis 31.07."),
        ("0046881", "Vlachos", "Athanasios", "66.1", "E 5/4", "Schmutzzulage", "45,00", ""),
        ("0047215", "Zając", "Grzegorz", "66.2", "E 5/2", "Rufbereitschaft", "186,20", "8 Tage"),
        ("0039024", "Meyerhoff", "Torsten", "37.0", "E 9a/6", "Wechselschichtzulage", "155,00", "Feuerwache"),
        ("0048106", "Venkataraman", "Priya", "10.4", "E 11/2", "Fachkräftezulage IT", "650,00", "befristet bis 30.06.2027"),
        ("0044530", "Yıldırım", "Ayşegül", "51.3", "S 13/3", "Zulage Leitung (Kita)", "130,00", ""),
        ("0042987", "Ortega Sáez", "Inmaculada", "51.3", "S 8a/2", "Zulage Praxisanleitung", "70,00", "ruht ab 27.06."),
        ("0040612", "Stöver", "Dirk", "32.1", "E 8/5", "Erschwerniszuschlag Nacht", "96,75", "Außendienst OD"),
        ("0045592", "Şahin", "Burak", "37.0", "E 8/3", "Wechselschichtzulage", "155,00", ""),
    ]
    lines = []
    for pnr, name, vorname, oe, eg, art, betrag, bem in rows:
        lines.append("\t".join([AZ(pnr), P(name), P(vorname), oe, eg, art, betrag, bem]).rstrip("\t"))
    table = "\n".join(lines)
    return f"""Zulagen und Zuschläge – Abrechnungsmonat 06/2025
Export aus LOGA (Tabelle 3 „Zul_Monat“), Stichtag 10.06.2025 – nur für den Dienstgebrauch

Pers.-Nr.\tName\tVorname\tOE\tEG/Stufe\tZulageart\tBetrag €\tBemerkung
{table}
\t\t\t\t\t\tSumme\t1.800,43\t

Hinweise:
– Die Fachkräftezulage IT beruht auf dem Beschluss des Verwaltungsausschusses vom 12.12.2024 (Vorlage 2024/318).
– Wechselschichtzulage nach § 8 Abs. 5 TVöD; Zeiträume laut Dienstplan Feuerwache Mai.
– Bei Frau {P("Ortega Sáez")} endet die Zahlung mit Beginn der Elternzeit.

Erstellt: {P("S. Kettler")} (10.3 Entgelt)\t\tGeprüft: {P("F. v. Bülow")}"""


# ====================================================================================== F110-007
@doc("outlook", "bewerbung_in_en")
def d07():
    pass1 = in_passport()
    pass2 = in_passport()
    aadhaar = in_aadhaar()
    return f"""From: {P("Arjun Mehta")} <{E("arjun.mehta.dev@outlook.com")}>
To: {P("Venkataraman, Priya")} <{E("priya.venkataraman@stadt-peine.de")}>
Sent: Wednesday, 21 May 2025 07:54
Subject: Re: Your application – IT-Systemadministrator (Kennziffer 2025/033) – documents for Ausländerbehörde

Dear Ms {P("Venkataraman")},

thank you for the call yesterday – it was really nice to talk to someone from Bangalore in Peine! As discussed, here are the details the Ausländerbehörde needs for the Vorabzustimmung and the EU Blue Card:

Full name (as in passport): {P("Arjun Rajesh Mehta")}
Date of birth: {DOB("19 August 1994")}
Passport no.: {PASS(pass1)} (Republic of India, valid until 11/2033)
Aadhaar: {IDC(grp(aadhaar))}
Current address: {A("Flat 402, Prestige Sunrise Apartments, 7th Cross, HSR Layout Sector 2")}, {A("Bengaluru 560102")}, Karnataka
Mobile / WhatsApp: {T("+91 98450 61327")}

My wife {P("Neha Mehta")} (née {P("Kapoor")}), born {DOB("03.02.1996")}, will join me a few months later (family reunification). Her passport number is {PASS(pass2)}.

The Ausländerbehörde of Landkreis Peine gave me the reference {AZ("32.2-AE-2025/1187")}. Ms {P("Behrens")} there said you can send the Arbeitgebererklärung directly to her.

Ich lerne seit Januar Deutsch (A2) – ich hoffe, das ist okay :)

Best regards / Viele Grüße
{P("Arjun")}

> Am 20.05.2025 um 16:02 schrieb {P("Venkataraman, Priya")} <{E("priya.venkataraman@stadt-peine.de")}>:
>
> Dear Mr {P("Mehta")},
>
> as promised on the phone: please send us your passport data and your current address, and the reference number of the Ausländerbehörde once you have it. Your Aadhaar is not required, but you may add it if the embassy asked for it.
> The Personalrat has still to agree to your hiring (meeting on 22 May); the contract will follow after that.
>
> Kind regards
> {P("Priya Venkataraman")}
> Stadt Peine – Fachbereich 10, Team IT & Personalgewinnung
> {N(OFFICE_STREET)}, {N(OFFICE_CITY)}
> Tel. {T("+49 5171 947-218")}"""


# ====================================================================================== F110-008
@doc("word", "bem_vermerk", ["HEALTH"])
def d08():
    kv = ids.health_insurance()
    return f"""VERTRAULICH – BEM-Akte (getrennt von der Personalakte aufzubewahren)
BEM-Vorgang: {AZ("BEM-2025-014")}

Vermerk über das Erstgespräch im Betrieblichen Eingliederungsmanagement (§ 167 Abs. 2 SGB IX)

Datum/Ort: 03.06.2025, 10:00–11:15 Uhr, Besprechungsraum 3.02
Beschäftigte: Frau {P("Gülşen Aydın-Kaya")}, Verwaltungsfachangestellte Bürgerbüro, Pers.-Nr. {AZ("0043318")}
Teilnehmende: {P("Anke Wöhler")} (BEM-Beauftragte), {P("Heiko Plaß")} (SBV, auf Wunsch der Beschäftigten), {P("Jens-Uwe Ahlers")} (Personalrat)
Protokoll: {P("A. Wöhler")}

1. Anlass
Frau {P("Aydın-Kaya")} war in den vergangenen zwölf Monaten an 61 Arbeitstagen arbeitsunfähig (u. a. 14.10.–29.11.2024 und 10.03.–04.04.2025). Sie hat der Durchführung des BEM am 19.05.2025 schriftlich zugestimmt und wurde über Ziele, Freiwilligkeit und Datenschutz belehrt.

2. Gesprächsinhalt
Frau {P("Aydın-Kaya")} berichtet von einer mittelgradigen depressiven Episode sowie einem seit Herbst bestehenden Tinnitus links. Beides führt sie auf die Belastung am Schalter zurück (Publikumsverkehr, Lärm, Beschwerden). Sie ist in ambulanter Psychotherapie bei Herrn {P("Rüdiger Hollmann")} in Braunschweig; ihr Hausarzt, Dr. {P("Selim Korkmaz")}, unterstützt eine stufenweise Wiedereingliederung nach dem Hamburger Modell (Plan liegt der DAK-Gesundheit vor, Versichertennummer {KV(kv)}).

3. Vereinbarte Maßnahmen
a) Umsetzung in das Backoffice (Team Bußgeldstelle, Leitung Herr {P("Stöver")}) für zunächst sechs Monate.
b) Arbeitsplatzbegehung mit der Fachkraft für Arbeitssicherheit (Akustik, Sichtschutz).
c) Betriebsärztliche Beratung bei Dr. {P("Tobias Reinecke")} (betriebsärztlicher Dienst), Termin 17.06.2025.
d) Frau {P("Aydın-Kaya")} prüft selbst, ob sie einen Antrag auf Feststellung eines GdB stellt; Herr {P("Plaß")} unterstützt dabei.

Einladungen und Unterlagen bitte nur an die private Adresse {E("guelsen.aydin-kaya@t-online.de")} oder telefonisch unter {T("05171 / 59 30 84")}.

Folgetermin: 08.07.2025, 10:00 Uhr.

gez. {P("A. Wöhler")}\t\t\t\tKenntnis genommen: {P("G. Aydın-Kaya")}"""


# ====================================================================================== F110-009
@doc("outlook", "elternzeit_antrag")
def d09():
    return f"""Von: {P("Şahin, Burak")} <{E("burak.sahin@stadt-peine.de")}>
An: Personalservice <{N("personal@stadt-peine.de")}>
Cc: {P("Meyerhoff, Torsten")} <{E("torsten.meyerhoff@stadt-peine.de")}>
Gesendet: Montag, 26. Mai 2025 14:31
Betreff: Antrag Elternzeit + Arbeitszeitbestätigung Elterngeld – Pers.-Nr. {AZ("0045592")}

Sehr geehrte Frau {P("Brinkmann")},

unsere Tochter {P("Elif")} ist am {DOB("21.04.2025")} im Klinikum Peine zur Welt gekommen.

Hiermit beantrage ich nach § 16 BEEG Elternzeit für {P("Elif Şahin")} in zwei Abschnitten:
1. vom 01.07.2025 bis 30.09.2025
2. vom 01.03.2026 bis 31.03.2026

Die übrigen Monate nimmt meine Frau, {P("Derya Şahin")} geb. {P("Aksoy")}; sie ist bei einem Zulieferer in Hannover beschäftigt und hat ihre Elternzeit dort schon beantragt.

Eine Kopie der Geburtsurkunde (Standesamt Peine, Geburtenregister Nr. {AZ("G 412/2025")}) hänge ich an. Den Antrag auf Elterngeld habe ich bei der Elterngeldstelle des Landkreises gestellt, Aktenzeichen {AZ("51.3-EG-0719/25")}. Die Elterngeldstelle braucht von Ihnen noch die Bescheinigung über die Arbeitszeit während der Elternzeit (Formular hängt an).

Herr {P("Meyerhoff")} ist informiert und einverstanden, der Dienstplan der Wachabteilung B für Juli wird angepasst.

Vielen Dank und viele Grüße
{P("Burak Şahin")}
Brandmeister · Feuerwache Peine · Wachabteilung B

privat:
{A("Am Herzberg 17")}
{A("31226 Peine")}
{T("0151 28 44 61 93")}"""


# ====================================================================================== F110-010
@doc("word", "elternzeit_bestaetigung")
def d10():
    return f"""Stadt Peine – Der Bürgermeister
Fachbereich 10 – Personal und Organisation
{N(OFFICE_STREET)}, {N(OFFICE_CITY)}

Persönlich / vertraulich
Frau
{P("Inmaculada Ortega Sáez")}
{A("Lessingstraße 3b")}
{A("31224 Peine")}

Pers.-Nr.: {AZ("0042987")}
Aktenzeichen: {AZ("10.3-EZ-117/2025")}
Auskunft erteilt: Frau {P("Brinkmann")}, Tel. {T("05171 947-231")}, Zimmer 2.09
Peine, 16. Juni 2025

Elternzeit und Teilzeitbeschäftigung während der Elternzeit

Sehr geehrte Frau {P("Ortega Sáez")},

wir bestätigen Ihnen die Elternzeit für Ihren Sohn {P("Mateo")}, geboren am {DOB("02.05.2025")}, für die Zeit vom 27.06.2025 bis einschließlich 01.05.2027.

Ihrem Antrag auf Teilzeitbeschäftigung während der Elternzeit (§ 15 Abs. 5 bis 7 BEEG) mit 19,5 Wochenstunden ab dem 01.01.2026 stimmen wir zu. Die Leiterin der Kita Sonnenblume, Frau {P("Yıldırım")}, hat dem vorgesehenen Dienstplan (Montag bis Mittwoch) zugestimmt. Der Personalrat wurde beteiligt.

Während der Elternzeit ohne Teilzeitbeschäftigung ruht das Arbeitsverhältnis. Die Zulage für die Praxisanleitung entfällt für diese Zeit. Die Zusatzversorgungskasse Niedersachsen unterrichten wir unter Ihrer Versicherungsnummer {AZ("2218304771")} selbst; Sie müssen nichts veranlassen.

Bitte teilen Sie uns rechtzeitig mit, falls Sie die Elternzeit vorzeitig beenden oder die Teilzeit ändern möchten.

Mit freundlichen Grüßen
Im Auftrag

gez. {P("Hannelore Brinkmann")}
Sachbearbeiterin Personalservice

Verteiler: Personalakte · Kita Sonnenblume (Frau {P("Yıldırım")}) · Entgeltabrechnung (Frau {P("Kettler")}) · Personalrat
Servicezeiten Mo–Fr 8:30–12:00 Uhr · Zentrale {N(SWITCHBOARD)}"""


# ====================================================================================== F110-011
@doc("word", "personalrat_niederschrift")
def d11():
    return f"""Niederschrift über die 14. Sitzung des Personalrats der Stadt Peine
am Donnerstag, 22.05.2025, 09:00–12:40 Uhr, Sitzungszimmer des Personalrats (Raum 0.12)

Anwesend:
{P("Jens-Uwe Ahlers")} (Vorsitzender)
{P("Hatice Öztürk")} (stellv. Vorsitzende)
{P("Małgorzata Wiśniewska")}
{P("Dirk Stöver")}
{P("Gesa Tjaden")}
{P("Paweł Szymański")} (Ersatzmitglied für Herrn {P("Brandes")}, verhindert)
{P("Christos Tsoukalas")}
beratend: {P("Heiko Plaß")} (SBV), {P("Birte Lüders")} (Gleichstellungsbeauftragte)
von der Dienststelle zu TOP 3: Frau {P("Friederike von Bülow")} (Fachbereichsleiterin 10)
Schriftführung: {P("Gesa Tjaden")}

TOP 1 – Genehmigung der Niederschrift der 13. Sitzung
Einstimmig genehmigt.

TOP 2 – Mitbestimmung bei Einstellungen und Eingruppierungen (§ 65 Abs. 2 NPersVG)
a) Einstellung Herr {P("Arjun Mehta")}, IT-Systemadministrator, EG 11 TVöD, ab 01.09.2025, unbefristet.
   Beschluss: Zustimmung, vorbehaltlich der Zustimmung der Bundesagentur für Arbeit. 7 : 0 : 0
b) Einstellung Frau {P("María José Fernández García")}, Erzieherin, S 8a, Kita Sonnenblume, ab 01.08.2025.
   Beschluss: Zustimmung. 7 : 0 : 0
c) Höhergruppierung Herr {P("Grzegorz Zając")} (EG 5 → EG 6, Bauhof).
   Frau {P("Wiśniewska")} weist darauf hin, dass die Tätigkeitsdarstellung vom Januar die Übernahme der Kolonnenführung nicht enthält. Vertagt; die Dienststelle legt eine aktualisierte Beschreibung vor.

TOP 3 – Beteiligung bei Kündigung in der Probezeit
Herr {P("Marvin Dettmer")}, Straßenreinigung, Eintritt 01.02.2025, Pers.-Nr. {AZ("0048044")}.
Frau {P("von Bülow")} trägt vor: mehrfach nicht abgestimmtes Fernbleiben, zwei Gespräche mit dem Vorarbeiter Herrn {P("Kruse")} ohne Wirkung. Der Personalrat hält die Darstellung für einseitig; Herr {P("Dettmer")} sei nie angehört worden. Herr {P("Ahlers")} führt am 26.05. ein Gespräch mit ihm.
Beschluss: Der Personalrat erhebt Einwendungen (Frist beachten!). 6 : 1 : 0

TOP 4 – Verschiedenes
– Herr {P("Stöver")} berichtet von Beschwerden der Wachabteilung B über kurzfristige Dienstplanänderungen; Ansprechpartner in der Feuerwache ist Herr {P("Meyerhoff")}.
– {P("Tsoukalas")}' Anfrage zur Zeiterfassung am Bauhof wird in der nächsten Sitzung behandelt.
– Nächste Sitzung: Donnerstag, 05.06.2025, 09:00 Uhr.

Peine, 23.05.2025

gez. {P("Ahlers")}\t\t\t\tgez. {P("Tjaden")}
Vorsitzender\t\t\t\tSchriftführerin"""


# ====================================================================================== F110-012
@doc("outlook", "freistellung_gewerkschaft", ["UNION"])
def d12():
    return f"""Von: {P("Wiśniewska, Małgorzata")} <{E("malgorzata.wisniewska@stadt-peine.de")}>
An: {P("von Bülow, Friederike")} <{E("friederike.vonbuelow@stadt-peine.de")}>
Cc: {P("Ahlers, Jens-Uwe")} <{E("jens-uwe.ahlers@stadt-peine.de")}>; Personalrat <{N("personalrat@stadt-peine.de")}>
Gesendet: Mittwoch, 7. Mai 2025 08:12
Betreff: Arbeitsbefreiung ver.di-Seminar 23.–27.06.2025

Liebe Frau {P("von Bülow")},

wie am Montag kurz besprochen, beantrage ich für die Zeit vom 23. bis 27. Juni 2025 Arbeitsbefreiung unter Fortzahlung des Entgelts nach § 29 Abs. 4 TVöD. Ich bin seit 2009 Mitglied bei ver.di und seit letztem Herbst gewählte Vertrauensfrau für die Stadtverwaltung; das Seminar „Eingruppierung in der Entgeltordnung VKA“ ist eine Schulung für gewerkschaftliche Funktionsträger. Die Seminarkosten trägt ver.di.

Die Anmeldebestätigung hänge ich unten an. Meine Pers.-Nr. für die Zeitwirtschaft: {AZ("0040375")}.

Meine Vertretung in der Wohngeldstelle übernimmt in der Woche Herr {P("Szymański")} – mit {P("Paweł")} ist das abgestimmt, die Termine sind umgelegt.

Viele Grüße
{P("Gosia Wiśniewska")}

---------- Weitergeleitete Nachricht ----------
Von: ver.di Bildung + Beratung <{N("seminare@verdi-bub.de")}>
Datum: Fr., 2. Mai 2025 um 14:22
An: <{E("gosia.wisniewska@gmx.de")}>
Betreff: Anmeldebestätigung Seminar NI 25-0631

Liebe Kollegin {P("Wiśniewska")},

hiermit bestätigen wir deine Anmeldung zum Seminar NI 25-0631 „Eingruppierung in der Entgeltordnung VKA“ vom 23.06. bis 27.06.2025. Deine Mitgliedsnummer {AZ("1008447122")} haben wir geprüft; die Teilnahme ist für dich als Mitglied kostenfrei (Unterkunft und Verpflegung inklusive).

Bitte lege deinem Arbeitgeber rechtzeitig den Antrag auf Arbeitsbefreiung vor. Bei Fragen erreichst du deinen Teamer {P("Frank Gerdes")} unter {T("0511 12400-317")}.

Solidarische Grüße
dein Team von ver.di Bildung + Beratung"""


# ====================================================================================== F110-013
@doc("word", "abmahnung")
def d13():
    return f"""Stadt Peine · Der Bürgermeister
Fachbereich 10 – Personal und Organisation

Persönlich übergeben gegen Empfangsbekenntnis

Herrn
{P("Sven-Ole Harms")}
{A("Ilseder Straße 54")}
{A("31241 Ilsede")}

Pers.-Nr.: {AZ("0046102")}
Unser Zeichen: {AZ("10.1-0416/2025")}
Peine, 11.06.2025

Abmahnung

Sehr geehrter Herr {P("Harms")},

laut elektronischer Zeiterfassung haben Sie am 28.05.2025 um 06:02 Uhr Ihren Dienst auf dem Betriebshof an der Woltorfer Straße begonnen. Nach unseren Feststellungen wurde die Buchung jedoch nicht von Ihnen, sondern mit Ihrem Transponder von Ihrem Kollegen, Herrn {P("Nikolaos Andreadis")}, vorgenommen. Sie selbst trafen nach übereinstimmender Aussage des Vorarbeiters, Herrn {P("Uwe Kruse")}, und der Mitarbeiterin der Betriebshofverwaltung, Frau {P("Heike Rautenberg")}, erst gegen 07:40 Uhr ein. Ihr privater Pkw mit dem Kennzeichen {KFZ("PE-HS 1987")} wurde um 07:38 Uhr auf dem Mitarbeiterparkplatz gesehen.

Außerdem haben Sie am selben Tag mit dem Dienstfahrzeug {N("PE-SP 418")} ohne Auftrag eine Fahrt nach Ilsede unternommen (Fahrtenbuch, Eintrag 14:05–14:50 Uhr).

Sie haben damit gegen Ihre arbeitsvertraglichen Pflichten verstoßen (§ 3 Abs. 1 TVöD, Dienstvereinbarung Arbeitszeit vom 01.01.2023, Ziffer 4.2). Wir mahnen Sie wegen dieses Verhaltens ab und fordern Sie auf, Arbeitszeiten künftig ausschließlich selbst und wahrheitsgemäß zu buchen. Im Wiederholungsfall müssen Sie mit einer Kündigung des Arbeitsverhältnisses rechnen.

Sie haben das Recht, eine Gegendarstellung zu dieser Abmahnung abzugeben, die zur Personalakte genommen wird. Der Personalrat wurde am 04.06.2025 unterrichtet.

Im Auftrag

{P("Friederike von Bülow")}
Fachbereichsleiterin

Empfang bestätigt: Peine, den ____________\t______________________ ({P("Sven-Ole Harms")})

Abschrift: Personalakte (Teil A). Herr {P("Andreadis")} erhält eine gesonderte Abmahnung ({AZ("10.1-0417/2025")})."""


# ====================================================================================== F110-014
@doc("outlook", "familienzuschlag_gr")
def d14():
    amka = gr_amka("300904")
    afm = gr_afm()
    return f"""Von: {P("Kettler, Sabine")}
Gesendet: Dienstag, 10. Juni 2025 10:26
An: '{P("Eleni Georgiou-Schmidt")}' <{E("eleni.georgiou@yahoo.gr")}>
Betreff: AW: Familienzuschlag / Kindergeld für meine Tochter in Griechenland

Hallo Frau {P("Georgiou-Schmidt")},

danke für die Unterlagen, die sind vollständig angekommen. Für den Familienzuschlag (kinderbezogener Anteil nach dem NBesG) brauchen wir zusätzlich die Bescheinigung der Familienkasse, dass für {P("Anastasia")} Kindergeld gezahlt wird – ohne die dürfen wir nicht zahlen. Die Kindergeldnummer {AZ("271FK493018")} habe ich notiert.

Die griechische Steuernummer und die AMKA Ihrer Tochter brauchen wir dagegen nicht; ich habe die Seite nicht zur Akte genommen. Falls die Familienkasse wegen {P("Anastasia")}s Wohnsitz in Thessaloniki den vorrangigen Anspruch in Griechenland prüft, melden Sie sich gern, dann helfe ich beim Formular.

Viele Grüße
{P("Sabine Kettler")}
Entgeltabrechnung / Bezüge
Stadt Peine – Fachbereich 10
Tel.: {T("05171 947-235")}
{N("bezuege@stadt-peine.de")}

-----Ursprüngliche Nachricht-----
Von: {P("Eleni Georgiou-Schmidt")} <{E("eleni.georgiou@yahoo.gr")}>
Gesendet: Sonntag, 8. Juni 2025 22:41
An: {P("Kettler, Sabine")} <{E("sabine.kettler@stadt-peine.de")}>
Betreff: Familienzuschlag / Kindergeld für meine Tochter in Griechenland

Liebe Frau {P("Kettler")},

anbei wie besprochen die Unterlagen für meine Tochter {P("Anastasia Georgiou")} (geb. {DOB("30.09.2004")}):
– Studienbescheinigung der Aristoteles-Universität Thessaloniki (Βεβαίωση σπουδών) mit Übersetzung
– ihre AMKA {SSN(amka)} und ΑΦΜ {TID(afm)} (falls die Familienkasse das braucht)
– Meldebescheinigung: Sie wohnt während des Studiums bei meiner Mutter, {P("Sofia Georgiou")}, {A("Οδός Αγίας Σοφίας 41")}, {A("546 22 Θεσσαλονίκη")}

Die Familienkasse Niedersachsen-Bremen hat mir geschrieben (Kindergeld-Nr. {AZ("271FK493018")}), ich soll bis 30.06. die Studienbescheinigung schicken. Das mache ich morgen.

Ευχαριστώ πολύ / vielen Dank!
{P("Eleni Georgiou-Schmidt")}
Stadtinspektorin, FB 32 – Ordnung
Pers.-Nr. {AZ("0041960")}
Mobil {T("0160 9137 2284")}"""


# ====================================================================================== F110-015
@doc("word", "onboarding_csv")
def d15():
    rows = [
        ("Fernández García", "María José", "14.03.1993", "01.08.2025", "Erzieherin", "51.3", "0048212",
         "mariajose.fernandez@stadt-peine.de", "0152 54873092"),
        ("Mehta", "Arjun Rajesh", "19.08.1994", "01.09.2025", "IT-Systemadministrator", "10.4", "0048230",
         "arjun.mehta@stadt-peine.de", "+91 9845061327"),
        ("Dąbrowska-Nowak", "Katarzyna", "22.01.1990", "01.08.2025", "Verwaltungsfachangestellte", "32.0", "0048214",
         "katarzyna.dabrowska-nowak@stadt-peine.de", "0176 23815540"),
        ("Papadopoulos", "Konstantinos", "05.06.1987", "15.08.2025", "Bauingenieur", "60.2", "0048221",
         "konstantinos.papadopoulos@stadt-peine.de", "0157 71230984"),
        ("Reddy", "Sandeep Kumar", "04.12.1989", "01.07.2025", "Bauingenieur Tiefbau", "66.3", "0048198",
         "sandeepkumar.reddy@stadt-peine.de", "0176 55012874"),
        ("Lüdtke", "Finja", "29.10.2006", "01.08.2025", "Auszubildende VFA", "10.5", "0048240",
         "finja.luedtke@stadt-peine.de", "0171 9902217"),
        ("Kocabaş", "Zeynep Nur", "11.01.1996", "01.09.2025", "Sozialpädagogin Jugendzentrum", "51.5", "0048236",
         "zeynepnur.kocabas@stadt-peine.de", "0152 03841196"),
        ("van der Meulen", "Jorrit", "16.04.1979", "01.07.2025", "Leiter Stadtarchiv", "41.2", "0048201",
         "jorrit.vandermeulen@stadt-peine.de", "05171 4478210"),
    ]
    lines = []
    for nach, vor, geb, ein, stelle, oe, pnr, mail, mobil in rows:
        lines.append(";".join([P(nach), P(vor), DOB(geb), ein, stelle, oe, AZ(pnr), E(mail), T(mobil)]))
    body = "\n".join(lines)
    return f"""Onboarding – Eintritte Juli bis September 2025
(CSV-Export aus dem Bewerbermanagement, Import in LOGA und ins Active Directory; Trennzeichen Semikolon)

Nachname;Vorname;Geburtsdatum;Eintritt;Stelle;OE;Personalnr;E-Mail (dienstlich);Mobil (privat)
{body}

Hinweise für IT (10.4) und Zentrale Dienste:
– Konten und Postfächer bitte erst eine Woche vor Eintritt anlegen; Dienstausweise nach dem Fototermin.
– Mobilnummern nur für den Willkommens-Anruf am ersten Tag verwenden, nicht in das Telefonbuch übernehmen.
– Rückfragen: Team Personalgewinnung, {N("bewerbung@stadt-peine.de")}.

Stand: 30.06.2025 – erstellt von {P("O. Janßen")} – nicht extern versenden"""


# ====================================================================================== F110-016
@doc("outlook", "biometrie_zeiterfassung", ["BIOMETRIC"])
def d16():
    ausweis = ids.id_card(check_digit=False)
    return f"""Von: {P("Ahlers, Jens-Uwe")}
An: {P("Reinhardt, Matthias")}; {P("Tjaden, Gesa")}
Cc: {P("von Bülow, Friederike")}; Datenschutz <{N("datenschutz@stadt-peine.de")}>
Gesendet: Donnerstag, 5. Juni 2025 08:03
Betreff: AW: Pilot Fingerabdruck-Terminals Bauhof / neue Dienstausweise

Moin {P("Matthias")},

so einfach geht das leider nicht. Eine biometrische Zeiterfassung ist mitbestimmungspflichtig, und Fingerabdruckdaten sind nach Art. 9 DSGVO besonders geschützt – dafür gibt es bisher weder eine Dienstvereinbarung noch eine Datenschutz-Folgenabschätzung. Laut deiner Liste sind im Pilot schon die Templates von {P("Uwe Kruse")}, {P("Nikolaos Andreadis")}, {P("Marek Nowicki")} und {P("Thanos Vlachos")} gespeichert (jeweils rechter Zeigefinger, Terminal BH-2). Herr {P("Nowicki")} hat mir gestern gesagt, er sei gar nicht gefragt worden, ob er mitmachen will. Bitte stoppt den Pilot, löscht die Templates und bestätigt mir die Löschung schriftlich.

Zu den Dienstausweisen: Gegen ein Lichtbild auf dem Ausweis haben wir nichts, aber die Fotos dürfen nicht in das Zutrittssystem zur Gesichtserkennung übernommen werden. Und Frau {P("Lindner")} soll bitte keine Personalausweise mehr kopieren – bei Herrn {P("Kruse")} liegt jetzt eine Kopie mit der Ausweisnummer {IDC(ausweis)} in der Ablage, die muss vernichtet werden.

{P("Gesa")}, nimmst du das Thema für die Sitzung am 05.06. noch als TOP 5 auf?

Gruß
{P("Jens-Uwe")}

{P("Jens-Uwe Ahlers")}
Vorsitzender des Personalrats der Stadt Peine
Tel. {T("05171 947-190")} · Mobil {T("0170 5521 874")}

> Von: {P("Reinhardt, Matthias")} <{E("matthias.reinhardt@stadt-peine.de")}>
> Gesendet: Mittwoch, 4. Juni 2025 15:12
> An: {P("Ahlers, Jens-Uwe")}
> Betreff: Pilot Fingerabdruck-Terminals Bauhof / neue Dienstausweise
>
> Hallo {P("Jens-Uwe")},
>
> kurzer Zwischenstand: Der Pilot am Bauhof läuft seit 19.05. mit vier Kollegen (Liste anbei), die Terminals funktionieren gut, auch mit Arbeitshandschuhen kein Problem. Für die neuen Dienstausweise (mit Chip für Türen und Kantine) brauchen wir von allen Beschäftigten ein biometrietaugliches Lichtbild; Frau {P("Lindner")} vom Bürgerbüro macht die Fotos ab nächster Woche. Die Ausweisnummer soll gleich der Personalnummer sein, also z. B. {AZ("0046881")} für {P("Vlachos")}.
>
> VG {P("Matthias Reinhardt")}
> FB 10.4 – IT"""


# ====================================================================================== F110-017
@doc("word", "au_ocr", ["HEALTH"])
def d17():
    kv = ids.health_insurance()
    return f"""[Scan, OCR – Eingang FB 10 am 04.06.2025, 1 Seite]

Krankenkasse bzw. Kostenträger
AOK - Die Gesundheitskasse Niedersachsen
Name, Vorname des Versicherten
{P("Szyrnański, Pawel")}                geb. am
                                    {DOB("12.1O.79")}
{A("Ludwig-Erhard-Str. 9")}
D {A("31228 Peine")}
Kostenträgerkennung   Versicherten-Nr.      Status
{N("102114819")}             {KV(kv)}            1000000
Betriebsstätten-Nr.   Arzt-Nr.              Datum
{N("241876500")}             [unleserlich]         02.06.25

Arbeitsunfähigkeitsbescheinigung                       Ausfertigung zur Vorlage bei der Krankenkasse
[X] Erstbescheinigung    [ ] Folgebescheinigung
[ ] Arbeitsunfall, Arbeitsunfallfolgen, Berufskrankheit    [ ] dem Durchgangsarzt zugewiesen

arbeitsunfähig seit                          O2.06.25
voraussichtlich arbeitsunfähig bis
einschließlich oder letzter Tag der AU       13.06.25
festgestellt am                              02.06.25

AU-begründende Diagnose(n) (ICD-10)
M54.16 G    Lumboischialgie li.
M51.2 V     Bandscheibenverlagerung L4/L5

Vertragsarztstempel / Unterschrift des Arztes
Dr. med. {P("Kerstin Wehmeyer-Ohlendorf")}
Fachärztin für Orthopädie und Unfallchirurgie
{A("Bahnhofstr. 27")} · {A("31224 Peine")} · Tel. {T("05171-12 3 45")}

[handschriftlich, Rand:] bitte an Fr. {P("Kettler")} – Entgeltfortzahlung ab 02.06. – Pers.-Nr. {AZ("0045 117")}   gez. {P("P. Szymański")}"""


# ====================================================================================== F110-018
@doc("outlook", "kirchensteuer_pl", ["RELIGION"])
def d18():
    steuer = ids.tax_id()
    pesel = pl_pesel(2014, 6, 18, True)
    iban_pl = pl_iban()
    return f"""Von: {P("marek nowicki")} <{E("marek.nowicki77@wp.pl")}>
An: {N("bezuege@stadt-peine.de")}
Gesendet: Samstag, 7. Juni 2025 19:52
Betreff: Lohnabrechnung Mai – Kirchensteuer falsch?? / Pers.Nr {AZ("0047390")}

Dzień dobry / Guten Tag Frau {P("Kettler")},

in meine Abrechnung für Mai ist wieder Kirchensteuer rk abgezogen, 23,14 €. Ich bin aber am 14.03.2025 aus der katholischen Kirche ausgetreten, beim Amtsgericht Peine (Aktenzeichen {AZ("7 AR 112/25")}). Die Bescheinigung habe ich schon im April an Herrn {P("Janßen")} gegeben. Können Sie bitte korrigieren und das Geld zurückzahlen für April und Mai?

Meine Steuer-ID ist {TID(steuer)}, vielleicht ist beim Finanzamt noch das alte Merkmal gespeichert?

Noch eine Sache: ab 1. Juli wohne ich nicht mehr in der Wiesenstraße. Neue Adresse:
{P("Marek Nowicki")}
{A("Am Fuhseufer 12")}
{A("31228 Peine")}

Und für die Familienkasse: meine Frau {P("Agnieszka")} und die Kinder wohnen noch in Polen,
{A("ul. Grunwaldzka 112/4")}
{A("85-236 Bydgoszcz")}
Sie bekommt dort 800 plus (świadczenie wychowawcze). PESEL von meinem Sohn {P("Kacper")}: {SSN(pesel)} – das braucht die Familienkasse wegen Abgleich, hat Herr {P("Janßen")} gesagt.

Und geht es, dass jeden Monat 400 € von meinem Lohn direkt auf das Konto von meiner Frau in Polen gehen? {IBAN(grp(iban_pl))} (PKO BP, {P("Agnieszka Nowicka")}). Den Rest bitte wie immer auf mein deutsches Konto.

Przepraszam za mój niemiecki :)
Pozdrawiam / Grüße
{P("Marek Nowicki")}
Bauhof, Kolonne 3
tel. {T("+48 601 447 219")} / {T("0176 41 93 08 27")}"""


# ====================================================================================== F110-019
@doc("word", "einstellungsverfuegung")
def d19():
    pas = in_passport()
    steuer = ids.tax_id()
    pan = in_pan("R")
    sv = ids.social_security("041289", "R")
    kv = ids.health_insurance()
    iban = de_iban()
    return f"""Einstellungsverfügung / Stammdatenblatt LOGA
Az.: {AZ("10.2-E-2025-061")}

1. Beschäftigter
Name: {P("Reddy, Sandeep Kumar")} (Rufname: {P("Sandeep")}), männlich
geb. am {DOB("4. Dezember 1989")} in Hyderabad (Indien), Staatsangehörigkeit: indisch
Aufenthaltstitel: Blaue Karte EU (§ 18g AufenthG), gültig bis 31.05.2029, Ausländerbehörde Landkreis Peine, Az. {AZ("32.2-AE-2025/0934")}
Reisepass-Nr.: {PASS(pas)}
Anschrift: {A("Hagenstraße 31")}, {A("31224 Peine")}

2. Arbeitsverhältnis
Einstellung zum 01.07.2025, unbefristet, Vollzeit (39,0 Std./Woche), EG 12 Stufe 2 TVöD-VKA, Probezeit sechs Monate.
Dienststelle: FB 66 – Tiefbau, Abteilung Straßenbau; Vorgesetzter: Herr Dipl.-Ing. {P("Bernd Köhnke")}

3. Steuer
Steuer-IdNr.: {TID(steuer)}, Steuerklasse I, keine Kinderfreibeträge
Indische PAN (für die Bescheinigung nach DBA Deutschland–Indien): {TID(pan)}

4. Sozialversicherung
RV-Nummer: {SSN(sv)}
Krankenkasse: Techniker Krankenkasse, KVNR {KV(kv)}
Zusatzversorgung: Anmeldung bei der ZVK Niedersachsen zum Eintrittsdatum

5. Bankverbindung
IBAN {IBAN(iban)} (Kontoinhaber: {P("Sandeep Kumar Reddy")})

6. Personalnummer: {AZ("0048198")}

Vermerk: Die Arbeitgebererklärung für die Ausländerbehörde ist am 18.06.2025 an Frau {P("Behrens")} (Landkreis Peine, Tel. {T("05171 401-3278")}) gegangen.

Peine, 20.06.2025
i. A. {P("O. Janßen")}

Verfügung:
1. Personalakte anlegen.
2. Kopie an Entgeltabrechnung (Frau {P("Kettler")}) und IT (Konto, Dienstausweis).
3. Wiedervorlage 01.12.2025 (Ende der Probezeit; Beurteilung durch Herrn {P("Köhnke")} anfordern)."""


# ====================================================================================== F110-020
@doc("outlook", "bewerbung_tr")
def d20():
    tckn = tr_tckn()
    pas = "U" + ids.digits(8, first_nonzero=True)
    iban = tr_iban()
    return f"""Von: {P("Zeynep Nur Kocabaş")} <{E("zeynepnur.kocabas@hotmail.com")}>
An: {N("bewerbung@stadt-peine.de")}
Gesendet: Donnerstag, 15. Mai 2025 12:40
Betreff: Bewerbung Sozialpädagogin Jugendzentrum (Kennziffer 2025/038) – Anerkennung und Reisekosten

Merhaba und guten Tag,

ich bin {P("Zeynep Nur Kocabaş")} und habe mich letzte Woche online auf die Stelle im Jugendzentrum beworben. Ich lebe seit Februar mit meinem Mann {P("Emre Kocabaş")} in Salzgitter ({A("In den Blumentriften 18")}, {A("38226 Salzgitter")}). Studiert habe ich Sozialarbeit (Sosyal Hizmet) an der Dokuz Eylül Üniversitesi in İzmir; die Anerkennung als Sozialarbeiterin/Sozialpädagogin ist beantragt.

Im Online-Formular konnte ich einige Angaben nicht eintragen, deshalb hier:
T.C. Kimlik No.: {IDC(tckn)}
Pasaport No.: {PASS(pas)}
Doğum tarihi / Geburtsdatum: {DOB("11.01.1996")}
Adresse meiner Eltern (falls Post nach der Türkei nötig):
{A("Mithatpaşa Caddesi No: 864 D: 3")}
{A("35290 Konak/İzmir")}

Sie schreiben in der Ausschreibung, dass Sie Reisekosten für das Vorstellungsgespräch erstatten. Mein deutsches Konto ist noch nicht eröffnet, deshalb bitte auf mein türkisches Konto (Ziraat Bankası):
{IBAN(grp(iban))}
Kontoinhaberin: {P("Zeynep Nur Kocabaş")}

Als Referenz können Sie meinen Betreuer im Praktikum, Doç. Dr. {P("Levent Yazıcıoğlu")}, kontaktieren.

Telefon: {T("0152 0384 1196")} oder türkische Nummer {T("+90 532 418 27 05")} (WhatsApp)

Saygılarımla / Mit freundlichen Grüßen
{P("Zeynep Nur Kocabaş")}"""


# ====================================================================================== F110-021
@doc("word", "agg_beschwerde", ["ETHNICITY", "SEXUAL_ORIENTATION"])
def d21():
    return f"""Gleichstellungsbeauftragte der Stadt Peine – VERTRAULICH
Gesprächsnotiz zu einer Beschwerde nach § 13 AGG
Vorgang: {AZ("GB-AGG-03/2025")}

Datum: 10.06.2025, 14:00–15:10 Uhr, Büro der Gleichstellungsbeauftragten (Raum 1.21)
Gesprächsführung: {P("Birte Lüders")}
Anwesend auf Wunsch des Beschwerdeführers: {P("Paweł Szymański")} (Personalrat)
Beschwerdeführer: Herr {P("Rojhat Demir")}, Gärtner, Stadtgärtnerei (FB 67), Pers.-Nr. {AZ("0044871")}

Sachverhalt (Schilderung von Herrn {P("Demir")}):
Herr {P("Demir")} ist kurdischer Herkunft und in Peine aufgewachsen. Sein Vorarbeiter, Herr {P("Jörg Pieper")}, bezeichne ihn seit Januar vor der Kolonne regelmäßig als „unseren Kurden“ und mache Bemerkungen über seine Familie, die „ja eh alle vom Amt lebten“. Bei der Einteilung erhalte er auffällig oft die körperlich schwersten Aufgaben.

Außerdem lebe Herr {P("Demir")} offen in einer Partnerschaft mit einem Mann, Herrn {P("Tobias Marquardt")}. Seit er das beim Sommerfest erzählt habe, mache Herr {P("Pieper")} im Pausenraum abfällige Witze über Homosexuelle und frage, „wer von euch beiden die Frau“ sei. Zeuge mehrerer Äußerungen sei der Kollege Herr {P("Ole Brandes")}.

Herr {P("Demir")} wünscht keine Umsetzung. Er möchte, dass das Verhalten aufhört, und bittet um ein Gespräch mit der Fachbereichsleitung, Frau Dr. {P("Anja Seidensticker")}.

Vereinbartes Vorgehen:
1. Weiterleitung an die Beschwerdestelle nach § 13 AGG (Frau {P("von Bülow")}, FB 10) – mit Einverständnis von Herrn {P("Demir")}.
2. Anhörung von Herrn {P("Pieper")} und Befragung von Herrn {P("Brandes")} durch die Beschwerdestelle.
3. Rückmeldung an Herrn {P("Demir")} spätestens bis 30.06.2025, privat unter {T("0176 / 3349 1820")} oder {E("rojhat.demir@gmx.net")} (nicht über das Dienstpostfach).

gez. {P("Lüders")}"""


# ====================================================================================== F110-022
@doc("outlook", "reisekosten")
def d22():
    card = ids.credit_card("4", 16)
    iban = de_iban()
    vat = ids.vat_id()
    stnr = ni_tax_number()
    return f"""Von: {P("Meyerhoff, Torsten")} <{E("torsten.meyerhoff@stadt-peine.de")}>
An: Reisekostenstelle <{N("reisekosten@stadt-peine.de")}>
Gesendet: Montag, 19. Mai 2025 16:44
Betreff: Reisekostenabrechnung Lehrgang Celle 12.–14.05.2025 (Dienstreisegenehmigung {AZ("37-DR-2025-044")})

Hallo zusammen,

anbei meine Abrechnung für den Lehrgang „Verbandsführer“ an der Niedersächsischen Akademie für Brand- und Katastrophenschutz in Celle.

Hinfahrt am 12.05. mit meinem Privat-Pkw ({KFZ("PE-TM 705")}), 74 km, Mitfahrer: Kollege {P("Lukas Rohde")} (Wachabteilung A). Rückfahrt am 14.05. mit dem Dienstwagen der Feuerwehr ({N("PE-FW 112")}), deshalb nur eine Strecke Wegstreckenentschädigung.

Übernachtung: 2 Nächte Pension Heidjer (Inhaberin {P("Gerda Wolters")}, USt-IdNr. {VAT(vat)}, StNr. {TNR(stnr)}), Rechnung Nr. 2025-11873 über 178,00 € inkl. Frühstück. Die Verpflegungspauschale bitte um das Frühstück kürzen. Bezahlt habe ich mit meiner privaten Visa ({CC(grp(card))}), die Abrechnung der Kreditkarte liegt bei, weil auf der Rechnung die Zahlungsart fehlt.

Erstattung bitte wie immer auf mein Gehaltskonto {IBAN(iban)}.

Danke und Gruß
{P("Torsten Meyerhoff")}
Wachabteilungsleiter · Feuerwehr Peine
Tel. {T("05171 947-370")}"""


# ====================================================================================== F110-023
@doc("word", "dienstvereinbarung")
def d23():
    return f"""Dienstvereinbarung über die elektronische Arbeitszeiterfassung (DV Zeit 2025)

zwischen der Stadt Peine, vertreten durch den Bürgermeister, und dem Personalrat der Stadt Peine, vertreten durch den Vorsitzenden

§ 1 Geltungsbereich
Diese Dienstvereinbarung gilt für alle Beschäftigten der Stadt Peine einschließlich der Auszubildenden. Sie gilt nicht für die Beamtinnen und Beamten im Einsatzdienst der Feuerwehr, soweit eine gesonderte Regelung besteht.

§ 2 Zweck
(1) Die Zeiterfassung dient ausschließlich der Abrechnung der Arbeitszeit, der Gleitzeit und der Zuschläge.
(2) Eine Leistungs- und Verhaltenskontrolle findet nicht statt. Auswertungen über einzelne Beschäftigte sind nur mit deren Einwilligung oder bei einem konkreten, dokumentierten Verdacht einer schweren Pflichtverletzung und nur unter Beteiligung des Personalrats zulässig.

§ 3 Verfahren
(1) Die Buchung erfolgt mit dem Dienstausweis (RFID) an den Terminals oder am Arbeitsplatz-PC. Biometrische Verfahren (Fingerabdruck, Gesichtserkennung) werden nicht eingesetzt.
(2) Daten werden nach 24 Monaten gelöscht; Auswertungen für Organisationseinheiten werden nur für Gruppen von mindestens fünf Beschäftigten erstellt.

§ 4 Paritätische Kommission
Streitfragen klärt eine paritätische Kommission. Ihr gehören an: für die Dienststelle Frau {P("Friederike von Bülow")} und Herr {P("Matthias Reinhardt")}, für den Personalrat Herr {P("Jens-Uwe Ahlers")} und Frau {P("Gesa Tjaden")}. Den Vorsitz führt im jährlichen Wechsel eine Seite.

§ 5 Ansprechstellen
Behördlicher Datenschutzbeauftragter: {N("datenschutz@stadt-peine.de")}, Tel. {N("05171 947-120")}; Personalrat: {N("personalrat@stadt-peine.de")}, {N(OFFICE_STREET)}, Raum 0.12.

§ 6 Inkrafttreten, Kündigung
Die Dienstvereinbarung tritt am 01.07.2025 in Kraft. Sie kann mit einer Frist von sechs Monaten zum Jahresende gekündigt werden und wirkt bis zum Abschluss einer neuen Vereinbarung nach. Sie ersetzt die Dienstvereinbarung Arbeitszeit vom 01.01.2023 (§§ 4 bis 7).

Peine, den 15.04.2025

Für die Stadt Peine\t\t\t\t\tFür den Personalrat
In Vertretung\t\t\t\t\t\t
Dr. {P("Karsten Wilms")}\t\t\t\t\t{P("Jens-Uwe Ahlers")}
Erster Stadtrat\t\t\t\t\t\tVorsitzender"""


# ====================================================================================== F110-024
@doc("outlook", "vorstellung_gr_en")
def d24():
    iban = gr_iban()
    idnr = rng.choice(["ΑΚ", "ΑΒ", "ΑΗ", "ΑΜ"]) + " " + ids.digits(6, first_nonzero=True)
    return f"""From: {P("Δήμητρα Αλεξίου")} ({P("Dimitra Alexiou")}) <{E("dimitra.alexiou@gmail.com")}>
To: {P("Janßen, Ole")} <{E("ole.janssen@stadt-peine.de")}>
Sent: Thursday, 12 June 2025 19:07
Subject: RE: Einladung zum Vorstellungsgespräch – Stadtplanerin (Kennziffer 2025/036)

Dear Mr {P("Janßen")},

thank you very much for the invitation! I confirm the interview on Tuesday, 24 June 2025, at 10:30 in room 1.08. I will travel from Athens; my flight lands in Hannover the evening before.

For the reimbursement of the travel costs mentioned in your letter, here are my details:
Name: {P("Dimitra Alexiou")} / {P("Δήμητρα Αλεξίου")}
Address: {A("Λεωφόρος Αλεξάνδρας 112")}, {A("114 72 Αθήνα")}, Greece
IBAN: {IBAN(grp(iban))}
Identity card (Δελτίο Ταυτότητας): {IDC(idnr)}
Mobile: {T("+30 694 512 3387")}

My German is B1, so I would be grateful if part of the interview could be in English. My former supervisor, Mr {P("Giorgos Lambrakis")} (Municipality of Athens, urban planning department), is happy to give a reference: {E("g.lambrakis@athens-planning.gr")}, {T("+30 210 527 7214")}.

Με εκτίμηση / Kind regards,
{P("Dimitra")}

-----Original Message-----
From: {P("Janßen, Ole")} <{E("ole.janssen@stadt-peine.de")}>
Sent: Mittwoch, 11. Juni 2025 11:05
To: {E("dimitra.alexiou@gmail.com")}
Subject: Einladung zum Vorstellungsgespräch – Stadtplanerin (Kennziffer 2025/036)

Sehr geehrte Frau {P("Alexiou")},

wir freuen uns, Sie zu einem Vorstellungsgespräch am Dienstag, 24.06.2025, um 10:30 Uhr in das Rathaus Peine, Raum 1.08, einzuladen. Der Auswahlkommission gehören Frau Dr. {P("Seidensticker")} (Fachbereich 67), Herr {P("Ahlers")} (Personalrat) und Frau {P("Lüders")} (Gleichstellungsbeauftragte) an.

Fahrtkosten erstatten wir nach dem Niedersächsischen Reisekostenrecht bis zur Höhe einer Bahnfahrt 2. Klasse; für Anreisen aus dem Ausland gilt eine Obergrenze von 400 €. Bitte geben Sie bei Rückfragen Ihre Bewerbernummer {AZ("B-2025-0417")} an.

Mit freundlichen Grüßen
{P("Ole Janßen")}
Stadt Peine – Team Personalgewinnung
Telefon {T("05171 947-214")}"""


# ====================================================================================== F110-025
@doc("word", "wahlvorschlag_jav", ["UNION"])
def d25():
    rows = [
        ("1", "Yıldız", "Melek", "02.09.2003", "Auszubildende Verwaltungsfachangestellte", "FB 10"),
        ("2", "Hoffmann", "Jannik", "17.01.2004", "Auszubildender Fachinformatiker", "FB 10.4"),
        ("3", "Morales Jiménez", "Lucía", "28.06.2002", "Anerkennungspraktikantin (Erzieherin)", "Kita Sonnenblume"),
        ("4", "Kowalczyk", "Oskar", "11.11.2005", "Auszubildender Gärtner", "FB 67"),
        ("5", "Nair", "Ananya", "09.03.2004", "Duale Studentin (B. A. Allgemeine Verwaltung)", "FB 20"),
        ("6", "Papanikolaou", "Christos", "03.03.2001", "Brandmeisteranwärter", "Feuerwehr"),
        ("7", "Tammen", "Lea-Sophie", "24.12.2005", "Auszubildende Kauffrau für Büromanagement", "FB 32"),
    ]
    lines = "\n".join("\t".join([nr, P(n), P(v), DOB(g), amt, st]) for nr, n, v, g, amt, st in rows)
    return f"""Wahl der Jugend- und Auszubildendenvertretung (JAV) bei der Stadt Peine 2025

Wahlvorschlag der Gewerkschaft ver.di – Bezirk Region Süd-Ost-Niedersachsen
Kennwort: „ver.di – Jugend macht Zukunft“ (Liste 1)

Lfd. Nr.\tFamilienname\tVorname\tGeburtsdatum\tAmts-/Berufsbezeichnung\tBeschäftigungsstelle
{lines}

Die schriftlichen Zustimmungserklärungen aller Bewerberinnen und Bewerber liegen bei. Alle Bewerberinnen und Bewerber sind Mitglieder der Gewerkschaft ver.di.
Listenvertreterin: {P("Melek Yıldız")} (erreichbar über die JAV-Geschäftsstelle, Raum 0.14)
Beauftragte der Gewerkschaft: {P("Sandra Kuhlmann")}, Gewerkschaftssekretärin ver.di-Jugend, Tel. {T("0531 24470-15")}

Eingegangen beim Wahlvorstand am 02.06.2025, 11:20 Uhr – geprüft, gültig.
Für den Wahlvorstand: {P("G. Tjaden")} (Vorsitzende)"""


# ====================================================================================== F110-026
@doc("outlook", "sonderurlaub_in")
def d26():
    pan = in_pan("V")
    steuer = ids.tax_id()
    stnr = ni_tax_number()
    return f"""From: {P("Venkataraman, Priya")} <{E("priya.venkataraman@stadt-peine.de")}>
To: {P("von Bülow, Friederike")} <{E("friederike.vonbuelow@stadt-peine.de")}>
Cc: {P("Reinhardt, Matthias")} <{E("matthias.reinhardt@stadt-peine.de")}>
Sent: Tuesday, 17 June 2025 13:05
Subject: Urlaubsantrag + Sonderurlaub Nov/Dez 2025 – Hochzeit meines Bruders in Chennai

Liebe Frau {P("von Bülow")}, dear {P("Matthias")},

my younger brother {P("Karthik")} gets married in Chennai on 23 November, and the whole family expects me for about three weeks. Ich würde deshalb gern meine restlichen 12 Urlaubstage nehmen und zusätzlich Sonderurlaub ohne Entgelt nach § 28 TVöD, insgesamt vom 10.11. bis 12.12.2025. I know that is long – I will make sure that the Exchange migration is finished before.

Während der Zeit bin ich bei meinen Eltern erreichbar:
c/o {P("R. Venkataraman")}
{A("No. 14, 2nd Cross Street, Kasturba Nagar")}
{A("Adyar, Chennai 600020")}
Tel. {T("+91 44 2441 7723")}, mobile (Indian SIM) {T("+91 94440 18276")}

Another question for the Entgeltabrechnung: my Steuerberaterin, Frau {P("Neumann")}, needs a confirmation of my German income for the Indian tax return (rental income from my flat in Chennai). Please put on it my PAN {TID(pan)}, my Steuer-ID {TID(tid_fmt(steuer))} and my Steuernummer {TNR(stnr)} (Finanzamt Peine).

Vertretung: {P("Arjun Mehta")} starts on 01.09., so he would have two months to settle in – {P("Matthias")}, is that okay for you?

Viele Grüße / best
{P("Priya")}

--
{P("Priya Venkataraman")}
IT-Systemadministration · Stadt Peine · FB 10.4
Mobil {T("0176 8832 4150")}"""


# ====================================================================================== F110-027
@doc("word", "drittschuldnererklaerung")
def d27():
    iban = de_iban()
    return f"""Stadt Peine · Der Bürgermeister · Fachbereich 10 – Entgeltabrechnung
{N(OFFICE_STREET)} · {N(OFFICE_CITY)}

Rechtsanwältin
{P("Svenja Brockmann")}
{A("Damm 19")}
{A("31224 Peine")}

Ihr Zeichen: {AZ("418/25 SB")}
Unser Zeichen: {AZ("10.3-PF-0031/2025")}
Peine, 18.06.2025

Drittschuldnererklärung nach § 840 ZPO
Pfändungs- und Überweisungsbeschluss des Amtsgerichts Peine vom 02.06.2025, Az. {AZ("9 M 1184/25")}, zugestellt am 06.06.2025
Gläubigerin: Autohaus Kaminski GmbH, vertreten durch Sie
Schuldner: Herr {P("Patrick Hensel")}, * {DOB("23.07.1988")}, {A("Rosenthaler Weg 6")}, {A("31224 Peine")}

Sehr geehrte Frau {P("Brockmann")},

zu dem oben genannten Beschluss erklären wir als Drittschuldnerin:

1. Wir erkennen die gepfändete Forderung des Schuldners auf Arbeitseinkommen als begründet an und sind zur Zahlung im Rahmen der Pfändungsfreigrenzen (§ 850c ZPO) bereit.
2. Vorrangig ist eine Pfändung wegen Unterhalts zugunsten des Kindes {P("Leon Hensel")} (Landkreis Peine – Unterhaltsvorschusskasse, Az. {AZ("51.4-UV-2291/23")}) zu bedienen. Diese mindert den pfändbaren Betrag zurzeit vollständig; eine Zahlung an Ihre Mandantin ist daher voraussichtlich erst ab Oktober 2025 möglich.
3. Weitere Pfändungen oder Abtretungen liegen nicht vor.

Zahlungen leisten wir auf das von Ihnen angegebene Anderkonto {IBAN(grp(iban))}. Herr {P("Hensel")} wurde über die Pfändung unterrichtet (Personalnummer {AZ("0045006")}).

Für Rückfragen: {P("Sabine Kettler")}, Tel. {T("05171 947-235")}

Mit freundlichen Grüßen
Im Auftrag
{P("Kettler")}"""


# ====================================================================================== F110-028
@doc("outlook", "ratsmandat", ["POLITICS"])
def d28():
    stnr = ni_tax_number_federal()
    return f"""Von: {P("von Bülow, Friederike")} <{E("friederike.vonbuelow@stadt-peine.de")}>
An: {P("Stöver, Dirk")} <{E("dirk.stoever@stadt-peine.de")}>; {P("Kettler, Sabine")} <{E("sabine.kettler@stadt-peine.de")}>
Cc: {P("Ahlers, Jens-Uwe")} <{E("jens-uwe.ahlers@stadt-peine.de")}>
Gesendet: Freitag, 20. Juni 2025 11:38
Betreff: WG: Freistellung für Ratssitzungen – Mandat im Rat der Gemeinde Ilsede

Hallo Herr {P("Stöver")}, hallo Frau {P("Kettler")},

zur Kenntnis und weiteren Veranlassung: Frau {P("Hoppe")} hat ein Mandat im Gemeinderat Ilsede übernommen. Nach § 54 NKomVG ist sie für die Sitzungen freizustellen; bitte planen Sie das im Team Bußgeldstelle ein, Herr {P("Stöver")}. Frau {P("Kettler")}, die Gemeinde Ilsede erstattet uns den Verdienstausfall auf Antrag (Aktenzeichen dort siehe unten) – bitte die Erstattung monatlich anfordern.

Herr {P("Ahlers")}, Sie hatten um Information gebeten.

Freundliche Grüße
{P("Friederike von Bülow")}

-----Ursprüngliche Nachricht-----
Von: {P("Hoppe, Lena Marie")} <{E("lenamarie.hoppe@stadt-peine.de")}>
Gesendet: Donnerstag, 19. Juni 2025 17:02
An: {P("von Bülow, Friederike")}
Betreff: Freistellung für Ratssitzungen

Sehr geehrte Frau {P("von Bülow")},

ich bin seit 2021 Mitglied von Bündnis 90/Die Grünen und bin zum 01.06.2025 als Nachrückerin in den Rat der Gemeinde Ilsede eingezogen (Fraktion Bündnis 90/Die Grünen, Ausschuss für Umwelt und Bauen). Die Sitzungen finden in der Regel dienstags ab 16:00 Uhr statt, Ausschusssitzungen teils schon um 14:00 Uhr.

Ich bitte daher um Freistellung für die Sitzungstermine; eine Liste für das zweite Halbjahr hängt an. Die Gemeinde Ilsede führt meine Entschädigung unter dem Aktenzeichen {AZ("10.4-RM-2025/07")}. Für die Aufwandsentschädigung hat mir das Finanzamt Peine die Steuernummer {TNR(stnr)} zugeteilt – falls die Entgeltabrechnung das braucht.

Meine Anschrift für die Unterlagen der Gemeinde: {A("Burgstraße 22 a")}, {A("31241 Ilsede")}; privat bin ich unter {T("05172 / 98 14 07")} erreichbar.

Mit freundlichen Grüßen
{P("Lena Marie Hoppe")}
Sachbearbeiterin Bußgeldstelle, FB 32 – Pers.-Nr. {AZ("0047702")}"""


# ====================================================================================== F110-029
@doc("word", "teilzeit_vermerk", ["HEALTH", "GENETIC"])
def d29():
    return f"""Aktenvermerk – VERTRAULICH (nur Personalakte Teil B)
Az.: {AZ("10.3-TZ-0093/2025")}

Betreff: Antrag auf Verringerung der Arbeitszeit nach § 11 TVöD – Herr {P("Thomas Kröger-Lindemann")}, Stadtarchiv, Pers.-Nr. {AZ("0039881")}

Gespräch am 17.06.2025 mit Herrn {P("Kröger-Lindemann")}; auf seinen Wunsch anwesend: Herr {P("Heiko Plaß")} (SBV).

Herr {P("Kröger-Lindemann")} beantragt, seine Arbeitszeit ab dem 01.09.2025 von 39 auf 30 Wochenstunden zu verringern (Verteilung Montag bis Donnerstag). Zur Begründung teilte er von sich aus mit, dass bei ihm nach einem prädiktiven Gentest (Humangenetik der MHH, Befund vom 04.03.2025) die Genveränderung für die Huntington-Krankheit festgestellt worden sei; inzwischen bemerke er erste Gleichgewichtsstörungen und Konzentrationsprobleme am Nachmittag. Ein Antrag auf Feststellung der Schwerbehinderung ist beim Landesamt gestellt (Az. dort {AZ("31-52-0744310")}).

Hinweis: Nach § 21 GenDG darf der Befund nicht zu einer Benachteiligung führen; er wurde nicht zur Akte genommen. Die Angaben sind ausschließlich für die Prüfung des Teilzeitantrags und einer Arbeitsplatzanpassung zu verwenden.

Ergebnis:
– Dem Teilzeitantrag wird entsprochen (keine dringenden dienstlichen Gründe entgegen; Rücksprache mit der Leitung des Stadtarchivs, Herrn {P("van der Meulen")}, am 18.06.).
– Das Büro wird ins Erdgeschoss (Magazin Nord, Raum E.07) verlegt; Leitern im Magazin benutzt Herr {P("Kröger-Lindemann")} nicht mehr.
– Betriebsärztliche Beratung wird angeboten (Dr. {P("Reinecke")}).

Kontakt nur privat: {T("05171 / 7 23 18")}, {A("Echternstraße 9")}, {A("31228 Peine")}.

Peine, 18.06.2025
gez. {P("F. v. Bülow")}
Kenntnis: {P("H. Plaß")} (SBV)"""


# ====================================================================================== F110-030
@doc("outlook", "parkplatzliste")
def d30():
    rows = [
        ("1", "Seidensticker, Anja", "PE-AS 67", "0171 2208 415"),
        ("2", "Brinkmann, Hannelore", "PE-HB 312", ""),
        ("3", "Venkataraman, Priya", "BS-PV 2407", "0176 8832 4150"),
        ("4", "Kettler, Sabine", "PE K 1709", ""),
        ("5", "Ahlers, Jens-Uwe", "PE-JA 55", "0170 5521 874"),
        ("6", "Şahin, Burak", "PE-BS 904", "0151 28446193"),
        ("7", "Ortega Sáez, Inmaculada", "H-IO 2214", ""),
        ("8", "Karagianni, Dimitra", "SZ-DK 77", "0157/34 98 22 10"),
        ("9", "Szymański, Paweł", "PE-PS 1033E", ""),
        ("10", "Lüders, Birte", "WF BL 818", "0160 4471 309"),
    ]
    lines = []
    for nr, name, kfz, tel in rows:
        cells = [nr, P(name), KFZ(kfz)] + ([T(tel)] if tel else [])
        lines.append("\t".join(cells))
    table = "\n".join(lines)
    return f"""Von: {P("ahlers, jens-uwe")} <{E("jens-uwe.ahlers@stadt-peine.de")}>
An: {P("Bosse, Renate")}
Gesendet: Mittwoch, 18. Juni 2025 07:12
Betreff: AW: Parkberechtigungen Tiefgarage ab 01.07. – bitte Kennzeichen prüfen

hallo frau {P("bosse")},

bei mir stimmt was nicht: ich hab seit april das neue auto, kennzeichen ist jetzt {KFZ("PE-JA 56")} (nicht mehr 55). bitte ändern, sonst schreibt mich der parkwächter auf :)

gruß
{P("j.-u. ahlers")}

> Von: {P("Bosse, Renate")} <{E("renate.bosse@stadt-peine.de")}>
> Gesendet: Dienstag, 17. Juni 2025 15:30
> An: Verteiler Rathaus-Tiefgarage
> Betreff: Parkberechtigungen Tiefgarage ab 01.07. – bitte Kennzeichen prüfen
>
> Hallo zusammen,
>
> ab 1. Juli werden die Stellplätze in der Tiefgarage neu vergeben (Losverfahren vom 12.06.). Bitte prüfen Sie Ihr Kennzeichen; die Handynummer brauchen wir nur, wenn Sie beim Umparken angerufen werden möchten.
>
> Platz\tName\tKennzeichen\tHandy (freiwillig)
{chr(10).join("> " + line for line in table.split(chr(10)))}
> 11\tE-Ladeplatz – Dienstwagen\t{N("PE-SP 2200E")}
> 12\tPoolfahrzeug Zentrale Dienste\t{N("PE-SP 2201")}
>
> Tauschwünsche bitte bis 25.06. an mich oder an {N("zentrale-dienste@stadt-peine.de")}. Die Einfahrt an der Schützenstraße ist ab 01.07. nur noch mit Dienstausweis möglich.
>
> Viele Grüße
> {P("Renate Bosse")}
> Zentrale Dienste – Gebäudemanagement
> Rathaus, Zimmer 0.04 · Tel. {T("05171 947-104")}"""


# ====================================================================================== output
def main():
    out_path = os.path.join(HERE, "fresh110.jsonl")
    lines = []
    for i, (channel, template, flags, fn) in enumerate(DOCS, start=1):
        record = build(f"F110-{i:03d}", channel, template, fn(), flags)
        lines.append(json.dumps(record, ensure_ascii=False))
    assert len(lines) == 30, len(lines)
    with open(out_path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    total = sum(len(json.loads(line)["entities"]) for line in lines)
    print(f"wrote {len(lines)} documents, {total} entities to {out_path}")


if __name__ == "__main__":
    main()
