#!/usr/bin/env python3
"""Blind test batch F121: invented correspondence of a Lower Saxony city's housing office (Stadt Hildesheim,
Abteilung Wohnen). Writes fresh121.jsonl next to this file: 30 documents, inline-marked, built with marks.build().
Everything random comes from Identifiers(12121).rng, so a second run is byte-identical."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from identifiers import Identifiers, group, mod97_iban  # noqa: E402
from marks import build  # noqa: E402

ids = Identifiers(12121)
R = ids.rng


# ---------------------------------------------------------------- marks
def m(code, value):
    return f"[[{code}|{value}]]"


def P(v): return m("P", v)
def A(v): return m("A", v)
def E(v): return m("E", v)
def T(v): return m("T", v)
def AZ(v): return m("AZ", v)
def DOB(v): return m("DOB", v)
def N(v): return m("N", v)
def KFZ(v): return m("KFZ", v)


# ---------------------------------------------------------------- generated values
def mobile(style=None):
    pre = R.choice(["0151", "0152", "0157", "0159", "0160", "0162", "0163", "0170", "0171", "0172", "0173",
                    "0175", "0176", "0177", "0178", "0179"])
    n = ids.digits(8 if pre.startswith("015") else R.choice([7, 8]), first_nonzero=True)
    style = R.randrange(5) if style is None else style
    if style == 0:
        return f"{pre} {n}"
    if style == 1:
        return f"{pre}/{n[:4]} {n[4:]}"
    if style == 2:
        return f"+49 {pre[1:]} {n}"
    if style == 3:
        return f"{pre}-{n[:3]} {n[3:6]} {n[6:]}" if len(n) == 8 else f"{pre}-{n[:3]} {n[3:]}"
    return f"+49{pre[1:]}{n}"


def landline(area="05121", style=None):
    n = ids.digits(6, first_nonzero=True)
    style = R.randrange(4) if style is None else style
    if style == 0:
        return f"{area} {n}"
    if style == 1:
        return f"({area}) {n[:2]} {n[2:4]} {n[4:]}"
    if style == 2:
        return f"{area}/{n}"
    return f"+49 {area[1:]} {n}"


def phone_ua():
    return f"+380 {R.choice(['50', '63', '67', '68', '73', '93', '97'])} {ids.digits(3, True)} {ids.digits(2)} {ids.digits(2)}"


def phone_pl():
    return f"+48 {R.choice(['5', '6', '7'])}{ids.digits(2)} {ids.digits(3)} {ids.digits(3)}"


def phone_ro():
    return f"+40 7{ids.digits(2)} {ids.digits(3)} {ids.digits(3)}"


def phone_gh():
    return f"+233 {R.choice(['24', '54', '55', '20'])} {ids.digits(3, True)} {ids.digits(4)}"


def iban_de(grouped=True):
    v = ids.iban_de()
    return group(v, 4) if grouped else v


def iban_pl():
    return group(mod97_iban("PL", ids.digits(24)), 4)


def tax_id(grouped=True):
    t = ids.tax_id()
    return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}" if grouped else t


def tax_number_nds():
    # Lower Saxony layout FF/FFF/BBBBP (layout only, domain.md)
    return f"{R.choice(['22', '23', '25', '30'])}/{ids.digits(3, True)}/{ids.digits(5)}"


def ssn(ddmmyy, letter, spaced=True):
    s = ids.social_security(ddmmyy, letter)
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}" if spaced else s


def plate(district):
    letters = "".join(R.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(R.choice([1, 2])))
    return f"{district}-{letters} {ids.digits(R.choice([2, 3, 4]), True)}"


def card(prefix, spaced=True):
    c = ids.credit_card(prefix, 16)
    return group(c, 4) if spaced else c


def ukr_passport():
    return R.choice(["FE", "FA", "FB", "FX", "FP"]) + ids.digits(6, True)


# ---------------------------------------------------------------- the office
OFFICE = (f"Stadt Hildesheim · Fachbereich Soziales · Abteilung Wohnen · {N('Markt 1')} · {N('31134 Hildesheim')}")
SWITCH = N("05121 301-0")
MAILBOX = N("wohnen@stadt-hildesheim.de")
HWS = "HWS Hildesheimer Wohnen & Service GmbH"
HWS_ADDR = f"{N('Schuhstraße 14')} · {N('31134 Hildesheim')}"
HWS_MAIL = N("vermietung@hws-hildesheim.de")
HWS_IBAN = N(group(ids.iban_de(), 4))
DIAL = {"Gerdes": "05121 301-4417", "Rehbein": "05121 301-4432", "Ahlers": "05121 301-4410",
        "Yildirim": "05121 301-4451"}

DOCS = []


def doc(channel, template, text, flags=()):
    DOCS.append((channel, template, text, list(flags)))


# ================================================================ F121-001 outlook: Ukrainian, broken German
doc("outlook", "wbs_nachfrage", f"""Von: {P('Olena Kovalenko')} <{E('olena.kovalenko88@ukr.net')}>
An: {MAILBOX}
Betreff: Frage Wohnberechtigungsschein – Vorgang {AZ('WBS-2025-01187')}

Guten Tag Frau {P('Gerdes')},

ich schreibe wegen meine Antrag auf Wohnberechtigungsschein. Alle Dokumente ich habe am 14. Mai im Rathaus abgegeben, Vorgangsnummer {AZ('WBS-2025-01187')}. Bis jetzt keine Antwort.

Wir wohnen noch bei Bekannte in {A('Bischof-Janssen-Straße 17')}, {A('31134 Hildesheim')}, bei Familie {P('Hnatyuk')}. Das ist nur ein Zimmer für drei Personen. Mein Sohn {P('Maksym')} (geb. {DOB('03.11.2014')}) braucht Platz für Hausaufgaben, und meine Mutter {P('Halyna Kovalenko')}, geboren {DOB('27.08.1953')}, kann nicht gut Treppe gehen.

Die Frau von Jobcenter, Frau {P('Wulf')}, sagt, Sie brauchen noch Kopie von Aufenthaltstitel. Die Nummer ist {m('IDC', ids.id_card(True))}, Kopie ist im Anhang. Mein ukrainische Pass hat Nummer {m('PASS', ukr_passport())}, falls wichtig.

Können Sie bitte sagen, wie lange dauert? Sorry for my German, I can also write in English.

Mit freundlichen Grüßen
{P('Olena Kovalenko')}
{T(phone_ua())} (Viber/WhatsApp)
{T(mobile(0))}
""")

# ================================================================ F121-002 word: WBS decision
doc("word", "wbs_bescheid", f"""{OFFICE}

Herrn {P('Yousef Khalil')}
Frau {P('Rasha Haddad')}
{A('Ehrlicherstraße 31')}
{A('31135 Hildesheim')}

Unser Zeichen: {AZ('50.3-WBS-2025-00942')}
Auskunft: Frau {P('Gerdes')}, Zimmer 214
Telefon: {T(DIAL['Gerdes'])}
E-Mail: {E('a.gerdes@stadt-hildesheim.de')}
Datum: 23.06.2025

Wohnberechtigungsschein nach dem Niedersächsischen Wohnraumfördergesetz (NWoFG)

Sehr geehrter Herr {P('Khalil')}, sehr geehrte Frau {P('Haddad')},

auf Ihren Antrag vom 02.05.2025 erteile ich Ihnen einen Wohnberechtigungsschein für eine Wohnung mit bis zu vier Wohnräumen oder einer Wohnfläche von bis zu 85 m². Er gilt für folgende Haushaltsangehörige:

1. {P('Yousef Khalil')}, geb. {DOB('14.02.1986')}
2. {P('Rasha Haddad')}, geb. {DOB('30.09.1990')}
3. {P('Lana Khalil')}, geb. {DOB('11.07.2015')}
4. {P('Omar Khalil')}, geb. {DOB('05.01.2019')}

Das anrechenbare Gesamteinkommen Ihres Haushalts unterschreitet die maßgebliche Einkommensgrenze. Der Wohnberechtigungsschein ist bis zum 22.06.2026 gültig und berechtigt zum Bezug einer öffentlich geförderten Wohnung im gesamten Land Niedersachsen. Bitte legen Sie ihn dem Vermieter bei Abschluss des Mietvertrages vor.

Ändert sich die Zahl der Haushaltsangehörigen, teilen Sie mir das bitte mit.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Hannover erhoben werden.

Mit freundlichen Grüßen
Im Auftrag

{P('Annette Gerdes')}

Sprechzeiten: Mo, Di, Do 8:30–12:00 Uhr · Zentrale {SWITCH} · {MAILBOX}
""")

# ================================================================ F121-003 outlook: forwarded arrears notice
tel_wis_hws = mobile(0)
doc("outlook", "mietrueckstand_weiterleitung", f"""Von: {P('Malte Rehbein')} <{E('m.rehbein@stadt-hildesheim.de')}>
Gesendet: Dienstag, 8. Juli 2025 09:12
An: {P('Tanja Wulf')} <{E('tanja.wulf@jobcenter-ge.de')}>
Betreff: WG: Mietrückstand Mieterkonto {AZ('20417-03-112')} – {P('Wiśniewski')}, {A('Senator-Braun-Allee 41')}

Hallo Frau {P('Wulf')},

anbei die Meldung der HWS. Herr {P('Wiśniewski')} ist bei Ihnen im Leistungsbezug (BG-Nr. {AZ('25101BG0038826')}, soweit ich weiß). Können Sie prüfen, ob die KdU ab sofort direkt an den Vermieter gezahlt werden kann? Die Kündigung ist noch nicht raus, das ist unser Fenster.

Gruß
{P('Malte Rehbein')}
Präventionsstelle Wohnungsnotfälle
Tel. {T(DIAL['Rehbein'])}

-----Ursprüngliche Nachricht-----
Von: {P('Stallmann, Birgit')} <{E('b.stallmann@hws-hildesheim.de')}>
Gesendet: Montag, 7. Juli 2025 16:47
An: Wohnen Stadt Hildesheim <{MAILBOX}>
Betreff: Mietrückstand Mieterkonto {AZ('20417-03-112')}

Sehr geehrte Damen und Herren,

im Rahmen der Kooperationsvereinbarung zur Vermeidung von Wohnungslosigkeit teilen wir Ihnen mit, dass bei folgendem Mietverhältnis ein Rückstand von zwei Monatsmieten besteht:

Mieter:        {P('Marek Wiśniewski')}, {P('Zofia Wiśniewska')}
Wohnung:       {A('Senator-Braun-Allee 41')}, 3. OG rechts, {A('31135 Hildesheim')}
Mieterkonto:   {AZ('20417-03-112')}
Rückstand:     1.486,40 € (Mai und Juni 2025)
Tel. Mieter:   {T(tel_wis_hws)} (lt. Akte)

Die Mieter haben auf zwei Mahnungen nicht reagiert. Sofern bis zum 31.07.2025 kein Ausgleich erfolgt, behalten wir uns die fristlose Kündigung vor. Zahlungen bitte auf unser Konto {HWS_IBAN} unter Angabe des Mieterkontos.

Mit freundlichen Grüßen
i. A. {P('Birgit Stallmann')}
Forderungsmanagement
{HWS}
{HWS_ADDR}
Tel. {T('05121 9350-214')}
""")

# ================================================================ F121-004 word: inspection note, mould
doc("word", "aktenvermerk_ortstermin", f"""Aktenvermerk – Ortstermin wegen Schimmelbefall

Az.: {AZ('50.3-WA-2025-0311')}
Datum: 15.07.2025, 10:00–10:50 Uhr
Ort: Wohnung Familie {P('Jabbar')}, {A('Triftstraße 8')}, EG links, {A('31137 Hildesheim')}

Anwesend:
- Herr {P('Erkan Yıldırım')}, Stadt Hildesheim, Wohnungsaufsicht
- Herr {P('Ali Hussein Jabbar')}, Mieter
- Frau {P('Zainab Al-Obaidi')}, Mieterin
- Herr {P('Gerd Vahlenkamp')}, Vermieter
- Frau {P('Nadia Rashid')}, Dolmetscherin (Arabisch)

Befund:
1. Schlafzimmer, Außenwand Nordseite: schwarzer Schimmelbefall auf ca. 1,2 m² hinter dem Kleiderschrank, Tapete lose.
2. Relative Luftfeuchte 71 % bei 22 °C Raumtemperatur; Oberflächentemperatur der Außenwand 12,4 °C.
3. Bad: Fenster lässt sich nicht kippen, Abluftventilator seit Februar defekt (lt. Herrn {P('Jabbar')} mehrfach gemeldet, zuletzt per WhatsApp an Herrn {P('Vahlenkamp')}).

Herr {P('Vahlenkamp')} bestreitet einen Baumangel und verweist auf das Lüftungsverhalten der Familie. Er erklärt sich bereit, den Ventilator bis 31.07.2025 ersetzen zu lassen; ein Angebot des Elektromeisters {P('Marcel Sander')} (USt-IdNr. {m('VAT', ids.vat_id())}) liegt ihm vor. Die Wand im Schlafzimmer soll nach Trocknung fachgerecht behandelt werden.

Vereinbarung: Die Mieter stellen den Schrank 10 cm von der Wand ab und lüften mehrmals täglich stoß. Nachkontrolle in ca. drei Wochen.

Kontakt Vermieter: Tel. {T(landline(style=0))}, {E('gerd.vahlenkamp@web.de')}
Anschrift Vermieter: {A('Hohnsen 22')}, {A('31134 Hildesheim')}

gez. {P('Yıldırım')}
""")

# ================================================================ F121-005 outlook: lower-case noise complaint
doc("outlook", "laermbeschwerde", f"""Von: {E('s.pieper1974@gmx.de')}
Betreff: lärm schon wieder

hallo,

ich hab schon im april angerufen, passiert ist nix. die über mir (2. og rechts, am klingelschild steht {P('brinkmann')}) feiern jedes wochenende bis 4 uhr mit bass, letzten samstag flog sogar eine flasche vom balkon. der hausmeister von der hws, herr {P('dreyer')}, sagt er kann da nix machen, ich soll mich an die stadt wenden. also mach ich das jetzt.

dazu parkt der seinen transporter {KFZ(plate('HI'))} jeden abend quer vor der einfahrt.

meine tochter hat nächste woche prüfungen und kann nicht schlafen. die wohnung ist {A('peiner str 112a')}, ich wohn da seit 2009, mieternr bei der hws {AZ('20533-02-041')}. ein lärmprotokoll hab ich angefangen, schick ich mit.

bitte ruft mich zurück, {T(mobile(0))}, ab 16 uhr

lg
{P('sandra pieper')}

Von meinem Samsung Galaxy Smartphone gesendet
""")

# ================================================================ F121-006 word: WBS application form (union fee)
dob_kofi = "21.08.1983"
doc("word", "wbs_antrag_formular", f"""Antrag auf Erteilung eines Wohnberechtigungsscheins – Erfassungsbogen
Stadt Hildesheim, Abteilung Wohnen (Sachgebiet 50.3)

Eingang: 04.06.2025                Aktenzeichen: {AZ('50.3-WBS-2025-01032')}

1. Antragstellende Person
Name, Vorname:            {P('Boateng, Kofi')}
Geburtsdatum:             {DOB(dob_kofi)}
Staatsangehörigkeit:      ghanaisch
Anschrift:                {A('Marienburger Straße 77')}, {A('31141 Hildesheim')}
Telefon:                  {T(mobile(2))}
E-Mail:                   {E('kofi.boateng83@gmail.com')}
Aufenthaltstitel Nr.:     {m('IDC', ids.id_card(True))} (gültig bis 30.11.2027)
Steuer-IdNr.:             {m('TID', tax_id(False))}

2. Haushaltsangehörige
Name       | Vorname  | Geburtsdatum | Verhältnis | Einkommen
{P('Boateng')}    | {P('Akosua')}   | {DOB('02.03.1986')}   | Ehefrau    | Minijob, 538,00 €
{P('Boateng')}    | {P('Kwabena')}  | {DOB('17.10.2012')}   | Sohn       | –
{P('Boateng')}    | {P('Esi')}      | {DOB('09.04.2017')}   | Tochter    | –

3. Einkommen der antragstellenden Person
Arbeitgeber:              Weserland Logistik GmbH, Lager Giesen
Bruttolohn monatlich:     2.740,00 €
Abzüge lt. Entgeltnachweis: Lohnsteuer, Sozialversicherung, Gewerkschaftsbeitrag ver.di 27,40 €
Rentenversicherungsnr.:   {m('SSN', ssn('210883', 'B'))}
Krankenkasse:             AOK Niedersachsen, Versichertennr. {m('KV', ids.health_insurance())}

4. Bankverbindung
Kontoinhaber:             {P('Kofi Boateng')}
IBAN:                     {m('IBAN', iban_de())}

5. Erklärung
Ich versichere, dass die Angaben vollständig und richtig sind.
Hildesheim, 03.06.2025        Unterschrift: {P('K. Boateng')}

Bearbeitungsvermerk: vollständig bis auf Entgeltnachweis der Ehefrau; angefordert am 05.06.2025. – Ge
""", ["UNION"])

# ================================================================ F121-007 outlook: mould complaint, child's asthma
doc("outlook", "schimmel_beschwerde", f"""Von: {P('Nour Al-Masri')} <{E('nour.almasri@outlook.com')}>
An: {MAILBOX}
Betreff: Schimmel im Kinderzimmer / mould – bitte Hilfe

Sehr geehrte Damen und Herren,

my name is {P('Nour Al-Masri')}, ich wohne mit meinem Mann {P('Hassan Darwish')} und zwei Kindern in der {A('Schützenallee 23')}, 1. OG, {A('31134 Hildesheim')}. Vermieterin ist Frau {P('Ilse Rodewald')}.

Seit dem Winter ist im Kinderzimmer überall Schimmel, schwarz an der Wand und am Fenster. Meine Tochter {P('Leen')} (5 Jahre) hat jetzt Asthma, der Kinderarzt Dr. {P('Tobias Engelke')} hat geschrieben, dass der Schimmel wahrscheinlich die Ursache ist and that she should not sleep in this room any more. The certificate is attached. Sie bekommt jetzt jeden Tag Spray.

Frau {P('Rodewald')} says it is our fault because we cook too much and don't open the windows. Wir lüften jeden Tag 3 mal!

Can somebody from the city come and look? Wir suchen auch eine neue Wohnung, wir haben WBS seit März (Nummer {AZ('WBS-2025-00388')}).

Telefon: {T(mobile(0))} (my husband speaks better German: {T(mobile(1))})

Thank you very much
{P('Nour Al-Masri')}
""", ["HEALTH"])

# ================================================================ F121-008 word: vacancy export of the housing company
rows = [
    ("1041-012", "Kennedydamm 9", "2. OG li", "3", "71,4", "412,00", "WBS bis 2031", "Lüders, Anke", "31.03.2025", "verstorben", "Bad wird saniert"),
    ("1041-027", "Kennedydamm 13", "EG re", "2", "52,8", "318,50", "WBS bis 2031", "Çelik, Murat", "30.04.2025", "Kündigung Mieter", "bezugsfertig"),
    ("1107-003", "Bavenstedter Straße 62", "1. OG Mitte", "4", "88,0", "529,00", "WBS bis 2029", "Ernst, Kevin", "31.05.2025", "Zwangsräumung", "Räumungsgut eingelagert"),
    ("1107-015", "Bavenstedter Straße 64", "DG", "1", "34,2", "228,00", "WBS bis 2029", "Yilmaz-Krüger, Derya", "30.06.2025", "Umzug", "bezugsfertig"),
    ("1212-008", "Ostpreußenstraße 11", "3. OG re", "3", "68,9", "395,00", "frei finanziert", "Pawlak, Renata", "31.05.2025", "Umzug", "Küche fehlt"),
    ("1212-019", "Ostpreußenstraße 15", "EG li", "2", "49,5", "301,00", "WBS bis 2033", "Adomako, Kwesi", "15.06.2025", "Kündigung Mieter", "barrierearm"),
    ("1330-041", "Am Flohteich 6", "4. OG", "3", "74,1", "436,00", "WBS bis 2030", "Sokolova, Tetiana", "31.03.2025", "Tausch", "Fenster neu"),
    ("1330-044", "Am Flohteich 8", "1. OG re", "5", "102,6", "611,00", "WBS bis 2030", "Hashimi, Ahmad Shah", "30.04.2025", "Umzug", "Großfamilie geeignet"),
    ("1418-002", "Lüneburger Straße 30", "EG", "2", "55,0", "334,00", "frei finanziert", "Kaczmarek, Irena", "31.05.2025", "verstorben", "Nachlass geräumt"),
    ("1418-009", "Lüneburger Straße 32", "2. OG li", "3", "70,3", "418,00", "WBS bis 2032", "Hartmann, Jens", "30.06.2025", "Kündigung Vermieter", "Schufa prüfen"),
]
lines = ["ObjNr;Adresse;Lage;Zi;m²;Kaltmiete €;Bindung;Vormieter;Auszug;Grund;Bemerkung"]
for r in rows:
    lines.append(";".join([r[0], A(r[1])] + list(r[2:7]) + [P(r[7])] + list(r[8:])))
doc("word", "leerstandsexport", f"""{HWS} – Export Wohnungsverwaltung
Bericht: Leerstände zum 30.06.2025, Bestand Hildesheim (gefiltert: Belegungsbindung/Kooperationsvertrag Stadt)
Erstellt: 01.07.2025 07:02 (automatischer Monatsexport)
Vertraulich – nur zur Abstimmung der Belegungsrechte mit der Stadt Hildesheim

{chr(10).join(lines)}

10 Datensätze. Summe Wohnfläche: 666,8 m².
Ansprechpartnerin Vermietung: {P('Sina Koopmann')}, Tel. {T('05121 9350-231')}, {E('s.koopmann@hws-hildesheim.de')}
Belegungsvorschläge der Stadt bitte bis 15.07.2025 an {HWS_MAIL}.
""")

# ================================================================ F121-009 outlook: reply to tenant's lawyer, quoted original
tel_grab = mobile(0)
doc("outlook", "raeumung_anwalt_antwort", f"""Von: {P('Malte Rehbein')}
An: Dr. {P('Merle Janssen')} <{E('m.janssen@kanzlei-janssen-hi.de')}>
Betreff: AW: Räumungssache {P('Grabowski')} ./. HWS GmbH – AG Hildesheim {AZ('46 C 212/25')}

Sehr geehrte Frau Dr. {P('Janssen')},

vielen Dank für Ihre Nachricht. Wir haben am 10.07. mit Herrn {P('Grabowski')} gesprochen. Da er Arbeitseinkommen hat und keine Leistungen nach dem SGB II bezieht, kommt eine Übernahme der Mietschulden (3.212,00 €) als Darlehen nach § 36 SGB XII durch uns in Betracht. Die Schonfrist nach § 569 Abs. 3 Nr. 2 BGB läuft bei Zustellung am 12.06.2025 bis zum 12.08.2025 – wir sollten also zügig sein.

Es fehlen noch:
- Kontoauszüge der letzten drei Monate,
- die Lohnabrechnungen April bis Juni,
- eine Erklärung der HWS, dass das Mietverhältnis nach Ausgleich fortgesetzt wird.

Herr {P('Grabowski')} hat zugesagt, die Unterlagen bis Mittwoch vorbeizubringen.

Mit freundlichen Grüßen
{P('Malte Rehbein')}
Stadt Hildesheim – Präventionsstelle Wohnungsnotfälle
{N('Markt 1')}, {N('31134 Hildesheim')}
Tel. {T(DIAL['Rehbein'])} | Zentrale {SWITCH}

> Von: Dr. {P('Merle Janssen')} <{E('m.janssen@kanzlei-janssen-hi.de')}>
> Gesendet: Freitag, 11. Juli 2025 14:03
> An: {MAILBOX}
> Betreff: Räumungssache {P('Grabowski')} ./. HWS GmbH – AG Hildesheim {AZ('46 C 212/25')}
>
> Sehr geehrte Damen und Herren,
>
> ich vertrete Herrn {P('Tomasz Grabowski')}, geb. {DOB('19.04.1979')}, wohnhaft {A('Zierenbergstraße 5')}, {A('31137 Hildesheim')}, in dem o. g. Räumungsrechtsstreit. Die Klage wurde meinem Mandanten am 12.06.2025 zugestellt. Er lebt in der Wohnung mit seiner Lebensgefährtin {P('Katarzyna Zielińska')} und deren Tochter {P('Natalia')} (7 Jahre).
>
> Der Rückstand ist durch eine viermonatige Kurzarbeit entstanden; inzwischen arbeitet mein Mandant wieder voll. Ich bitte um kurzfristige Prüfung einer Mietschuldenübernahme. Mein Mandant ist unter {T(tel_grab)} erreichbar.
>
> Mit freundlichen Grüßen
> Dr. {P('Merle Janssen')}
> Rechtsanwältin
> Kanzlei Janssen & Partner, {N('Almsstraße 30')}, {N('31134 Hildesheim')}
""")

# ================================================================ F121-010 word: tenant list for occupancy-commitment check
tenants = [
    ("60", "EG li", "Evers, Rüdiger", "12.05.1958", "WBS-2019-00412", "1", "2019", "WBS abgelaufen – unschädlich (Bestandsmieter)"),
    ("60", "EG re", "Nowak, Jolanta", "3.9.1972", "WBS-2021-00877", "2", "2021", ""),
    ("60", "1. OG li", "Tesfaye, Meron", "20.01.1995", "WBS-2023-00135", "3", "2023", ""),
    ("62", "EG", "Wöhler, Silke", "07.11.1966", "WBS-2016-00290", "2", "2016", "Untervermietung gemeldet – prüfen"),
    ("62", "2. OG re", "Rahimi, Sohrab", "01.01.1990", "WBS-2022-01012", "4", "2022", "Geburtsdatum lt. Pass 01.01. (Schätzdatum)"),
    ("64", "EG li", "Popa, Adrian", "28.06.1988", "WBS-2024-00566", "3", "2024", ""),
    ("64", "1. OG re", "Schröder-Amankwah, Linda", "16.04.1979", "WBS-2020-00701", "5", "2020", ""),
    ("64", "2. OG li", "Melnyk, Oksana", "09.12.1984", "WBS-2023-00948", "2", "2023", "Mietvertrag befristet bis 31.12.2025?"),
]
tl = ["Haus | Whg.      | Mieter/in                  | geb.        | WBS-Nr.         | Pers. | Einzug | Bemerkung"]
for h, w, name, d, wbs, pers, ein, bem in tenants:
    pad = " " * (26 - len(name))
    tl.append(f"{h}   | {w:<9} | {P(name)}{pad} | {DOB(d)}{' ' * (11 - len(d))} | {AZ(wbs)}  | {pers}     | {ein}   | {bem}".rstrip(" |"))
doc("word", "mieterliste_belegungsbindung", f"""Belegungsbindung – Mieterliste
Objekt: {A('Bavenstedter Straße 60–64')}, {A('31135 Hildesheim')} (Förderung 1998, Bindung bis 2029)
Eigentümerin: {HWS}
Stand der Meldung: 30.06.2025 (Datenübermittlung nach dem Kooperationsvertrag)

{chr(10).join(tl)}

Leerstand: Haus 62, 1. OG Mitte (s. Leerstandsliste, ObjNr 1107-003).

Prüfergebnis: Bei 7 von 8 Mietverhältnissen lag bei Einzug ein gültiger WBS vor. Für Frau {P('Wöhler')} ist die gemeldete Untervermietung zu klären; Schreiben an die HWS ist vorbereitet.

Geprüft: {P('Svenja Ahlers')}, Sachgebietsleitung, Tel. {T(DIAL['Ahlers'])}
""")

# ================================================================ F121-011 outlook: English mail from Ghanaian applicant
doc("outlook", "wbs_unterlagen_englisch", f"""From: {P('Yaw Ofori-Atta')} <{E('yaw.oforiatta@yahoo.com')}>
To: {MAILBOX}
Subject: Housing certificate (WBS) – documents

Dear Sir or Madam,

please find attached the documents for my application for the Wohnberechtigungsschein. I work as a nurse (Pflegefachmann) at the St. Bernward hospital since January. My wife {P('Abena Owusu')} will join me from Ghana in September (family reunification), our daughter {P('Adjoa')} was born on {DOB('14 March 2021')}.

Attached:
- my passport, Republic of Ghana, no. {m('PASS', 'G' + ids.digits(7, True))}
- residence permit (card no. {m('IDC', ids.id_card(True))})
- employment contract and the last three payslips
- confirmation of the visa appointment of my wife

My date of birth is {DOB('1990-07-21')}. My current address is {A('Kardinal-Bertram-Straße 12')}, App. 3.07, {A('31134 Hildesheim')} (staff residence, only until 31 October).

Ich lerne Deutsch (B1), sorry that I write in English. You can call me on {T(mobile(2))} or WhatsApp {T(phone_gh())}.

Kind regards,
{P('Yaw Ofori-Atta')}
""")

# ================================================================ F121-012 word: minutes of case conference (psychiatric treatment)
doc("word", "protokoll_fallkonferenz", f"""Protokoll der Fallkonferenz Wohnungsnotfallhilfe
Datum: 17.07.2025, 13:30–15:10 Uhr, Raum 1.12
Teilnehmende: {P('Svenja Ahlers')} (Sachgebietsleitung, Vorsitz), {P('Malte Rehbein')} (Präventionsstelle), {P('Erkan Yıldırım')} (Unterbringung), {P('Tanja Wulf')} (Jobcenter Hildesheim), {P('Ole Hansen')} (Caritas, Migrationsberatung), {P('Birgit Stallmann')} (HWS, zu TOP 2 und 3)
Protokoll: {P('Rehbein')}

TOP 1 – {P('Detlef Harms')}, geb. {DOB('02.12.1961')}, {A('Alfelder Straße 140')}, {A('31139 Hildesheim')}
Privater Vermieter: Herr {P('Jürgen Oltmanns')}. Räumungstermin am 05.08.2025 durch Gerichtsvollzieher {P('Schaper')} ({AZ('DR II 873/25')}). Herr {P('Harms')} ist seit Juni in stationärer psychiatrischer Behandlung (schwere depressive Episode, lt. Betreuerin); als rechtliche Betreuerin ist Frau {P('Gesine Meinecke')} bestellt, Tel. {T(landline(style=2))}.
Ergebnis: Herr {P('Rehbein')} fragt beim Vermieter nach, ob er den Räumungsauftrag bei Übernahme des Rückstands (ca. 4.100 €) zurücknimmt. Falls nicht: Unterbringung Am Ried nach Entlassung vorbereiten (Herr {P('Yıldırım')}).

TOP 2 – Familie {P('Wiśniewski')}, {A('Senator-Braun-Allee 41')}
Jobcenter zahlt die KdU ab 01.08.2025 direkt an die HWS (Frau {P('Wulf')}). Rückstand 1.486,40 € über Darlehen nach § 22 Abs. 8 SGB II, Antrag unvollständig. Frau {P('Stallmann')} sagt zu, die Kündigung bis Ende August zurückzustellen.

TOP 3 – Frau {P('Mihaela Dumitru')}, geb. {DOB('27.05.1995')}, mit zwei Kindern seit April in der Notunterkunft
Offene Altforderung der HWS (2.140 €) verhindert eine Vermittlung. Herr {P('Hansen')} klärt mit Frau {P('Dumitru')} eine Ratenzahlung; danach erneuter Vorschlag an die HWS.

TOP 4 – Verschiedenes
Das Belegungskontingent 2025 ist zu 70 % ausgeschöpft. Die Leerstandsliste der HWS vom 01.07. wird in der nächsten Sitzung ausgewertet.

Nächste Fallkonferenz: 14.08.2025, 13:30 Uhr.
""", ["HEALTH"])

# ================================================================ F121-013 outlook: hurried internal mail, emergency placement
doc("outlook", "notunterbringung_intern", f"""Von: {P('Yıldırım, Erkan')}
Gesendet: Freitag, 18. Juli 2025 17:46
An: Rufbereitschaft Ordnungsamt
Cc: {P('Ahlers, Svenja')}
Betreff: EILT – Unterbringung heute Nacht Fam. {P('Ahmadzai')} (6 Pers.)

kurz zur Info bevor ich gehe:

Fam. {P('Ahmadzai')} ist seit heute Mittag ohne Wohnung, {A('Goslarsche Landstraße 58')} ist nach dem Wasserrohrbruch unbewohnbar, Vermieter hat Strom und Wasser abgestellt. Personen:
- {P('Farid Ahmadzai')}, {DOB('12.01.1981')}
- {P('Mariam Noori')}, {DOB('03.06.1987')}
- {P('Sohail')}, {DOB('22.09.2009')}
- {P('Parwana')}, {DOB('15.02.2012')}
- {P('Elham')}, {DOB('30.11.2016')}
- {P('Yama')}, {DOB('08.08.2022')}

Zimmer 4 und 5 in der Unterkunft {A('Am Ried 14')} sind vorbereitet, Schlüssel liegen beim Hausmeister. Bettwäsche für 6 ist da, Babybett fehlt noch!!

Herr {P('Ahmadzai')} hat die letzte Nacht im Hotel am Hagentor selbst bezahlt und will das erstattet haben, Beleg liegt in meinem Fach. Er hat mir seine Kartennummer für die Rückfrage beim Hotel diktiert: {m('CC', card('4'))} – bitte NICHT in die Akte übernehmen, ich lösche die Mail nach Klärung.

Handy Herr {P('Ahmadzai')}: {T(mobile(0))}
Dolmetscher Dari, falls nötig: Herr {P('Sohrab Rahimi')}, {T(mobile(3))}

Gruß {P('Erkan')}
""")

# ================================================================ F121-014 word: court notification of eviction suit
doc("word", "mitteilung_amtsgericht", f"""Amtsgericht Hildesheim
{N('Kaiserstraße 60')}, {N('31134 Hildesheim')}

An die Stadt Hildesheim
Fachbereich Soziales – Abteilung Wohnen
{N('Markt 1')}
{N('31134 Hildesheim')}

Geschäftsnummer: {AZ('44 C 389/25')}

Mitteilung über den Eingang einer Klage auf Räumung von Wohnraum
(§ 22 Abs. 9 SGB II, § 36 Abs. 2 SGB XII)

In dem Rechtsstreit

{HWS}, vertreten durch die Geschäftsführung, {N('Schuhstraße 14')}, {N('31134 Hildesheim')},
– Klägerin –
Prozessbevollmächtigter: Rechtsanwalt {P('Henrik Wolters')}, Hildesheim

gegen

1. {P('Florin Constantinescu')}, geb. {DOB('11.10.1988')},
2. {P('Ionela Constantinescu')}, geb. {DOB('24.01.1991')},
beide wohnhaft {A('Sachsenring 19')}, {A('31137 Hildesheim')},
– Beklagte –

wegen Räumung und Herausgabe

wird mitgeteilt:
Eingang der Klage: 30.06.2025
Höhe der Mietrückstände lt. Klageschrift: 2.604,00 € (Februar bis Juni 2025)
Grund der Kündigung: Zahlungsverzug (§ 543 Abs. 2 Nr. 3 BGB)
Termin zur mündlichen Verhandlung: noch nicht bestimmt

Die Mitteilung soll dem Träger der Grundsicherung bzw. der Sozialhilfe ermöglichen, Wohnungslosigkeit durch Übernahme der Rückstände abzuwenden.

Hildesheim, 03.07.2025
{P('Oelkers')}, Richterin am Amtsgericht

Ausgefertigt: {P('Brandes')}, Justizbeschäftigte als Urkundsbeamtin der Geschäftsstelle
""")

# ================================================================ F121-015 outlook: Polish worker, broken German
doc("outlook", "mietschulden_hilfe", f"""Von: {P('Piotr Nowicki')} <{E('piotr.nowicki.77@wp.pl')}>
An: {MAILBOX}
Betreff: Miete nicht bezahlt – bitte hilfe

Guten Tag,

ich heiße {P('Piotr Nowicki')}, ich wohne {A('Drispenstedter Str. 27 b')} bei Vermieter Herr {P('Kuhlmann')}. Ich habe Arbeit verloren bei Schlachthof (Werkvertrag über Firma aus Polen), seit Mai kein Lohn. Jetzt Herr {P('Kuhlmann')} schreibt Kündigung, wenn ich nicht zahle 1.350 Euro bis Ende Monat.

Meine Frau {P('Agata')} ist zurück in Polen mit Kind, ich bin allein hier. Ich kann bezahlen ein Teil mit Kreditkarte, Mastercard {m('CC', card('5', spaced=False))}, aber Herr {P('Kuhlmann')} will nur Überweisung. Kann Stadt helfen mit Geld oder mit Brief an Vermieter?

Jobcenter sagt, ich muss erst Antrag machen, meine Kundennummer dort ist {AZ('251D0' + ids.digits(6))}. Mein Konto ist noch in Polen: {m('IBAN', iban_pl())}.

Telefon {T(phone_pl())}, deutsche Nummer {T(mobile(0))}

Dziękuję / Danke
{P('Piotr Nowicki')}
""")

# ================================================================ F121-016 word: letter offering prevention counselling
doc("word", "beratungsangebot", f"""{OFFICE}

Frau
{P('Britta Sievers')}
{A('Ostpreußenstraße 4')}
{A('31139 Hildesheim')}

Aktenzeichen: {AZ('50.4-PR-2025-0187')}
Ihr Mieterkonto bei der HWS: {AZ('20611-01-007')}
Datum: 21.07.2025

Ihr Mietverhältnis – Angebot einer Beratung

Sehr geehrte Frau {P('Sievers')},

wir haben erfahren, dass bei Ihrem Mietverhältnis Mietrückstände bestehen. Wir möchten Ihnen helfen, Ihre Wohnung zu behalten. Gemeinsam mit Ihnen können wir prüfen, ob Rückstände übernommen werden können und wie Sie künftig die Miete sicher zahlen.

Ich lade Sie zu einem Gespräch ein:
Dienstag, 29.07.2025, 10:30 Uhr, Zimmer 118 (Erdgeschoss, Eingang Rathausstraße)

Bitte bringen Sie mit: Personalausweis, Mietvertrag, alle Schreiben Ihres Vermieters, Kontoauszüge der letzten drei Monate und Ihren aktuellen Rentenbescheid. Gern kann Ihr Sohn, Herr {P('Kevin Sievers')}, Sie begleiten.

Wenn der Termin nicht passt, rufen Sie mich bitte an. Die Beratung ist kostenlos und vertraulich.

Mit freundlichen Grüßen
Im Auftrag

{P('Malte Rehbein')}
Durchwahl {T(DIAL['Rehbein'])} · {E('m.rehbein@stadt-hildesheim.de')}
""")

# ================================================================ F121-017 outlook: private landlord (tenant in clinic)
doc("outlook", "vermieter_mail", f"""Von: {P('Jürgen Oltmanns')} <{E('j.oltmanns@t-online.de')}>
An: {E('m.rehbein@stadt-hildesheim.de')}
Betreff: Ihr Anruf vom 18.07. – {P('Harms')}, {A('Alfelder Str. 140')}

Sehr geehrter Herr {P('Rehbein')},

danke für Ihren Anruf. Ich habe nichts gegen Herrn {P('Harms')} persönlich, aber ich warte seit einem Jahr auf mein Geld, inzwischen 4.100 Euro. Wenn die Stadt den Rückstand übernimmt, ziehe ich den Räumungsauftrag beim Gerichtsvollzieher zurück, das sage ich Ihnen hiermit schriftlich zu. Dass Herr {P('Harms')} seit Wochen in der Psychiatrie liegt, wusste ich nicht, das tut mir leid.

Meine Bankverbindung:
Kontoinhaber {P('Jürgen Oltmanns')}, Sparkasse Hildesheim Goslar Peine
IBAN {m('IBAN', iban_de(False))}

Die Wohnung läuft steuerlich unter meiner Steuernummer {m('TNR', tax_number_nds())}, falls Ihre Kasse das braucht.

Einen Zweitschlüssel hat Frau {P('Meinecke')} (Betreuerin), falls jemand in die Wohnung muss.

Mit freundlichen Grüßen
{P('Jürgen Oltmanns')}
{A('Lerchenkamp 9')}
{A('31141 Hildesheim')}
Tel. {T(landline(style=1))} / mobil {T(mobile(3))}
""", ["HEALTH"])

# ================================================================ F121-018 word: placement order, emergency accommodation
doc("word", "einweisungsverfuegung", f"""{OFFICE}

Gegen Empfangsbekenntnis

Herrn
{P('Dennis Kohlmeyer')}
z. Zt. ohne festen Wohnsitz

Az.: {AZ('50.4-OU-2025-0094')}
Hildesheim, 21.07.2025

Verfügung über die Einweisung in eine Obdachlosenunterkunft

Sehr geehrter Herr {P('Kohlmeyer')},

1. Sie werden mit Wirkung vom 21.07.2025 in die städtische Unterkunft {A('Am Ried 14')}, Zimmer 9, {A('31137 Hildesheim')} eingewiesen.
2. Die Einweisung ist bis zum 20.10.2025 befristet. Sie begründet kein Mietverhältnis.
3. Für die Nutzung wird eine Gebühr nach der Gebührensatzung für Obdachlosenunterkünfte von 236,50 € monatlich erhoben. Kostenträger ist das Jobcenter Hildesheim (BG-Nr. {AZ('25101BG0' + ids.digits(6))}).
4. Die sofortige Vollziehung wird angeordnet.

Begründung
Sie haben am 18.07.2025 vorgesprochen und erklärt, dass Sie nach der Trennung von Ihrer Lebensgefährtin, Frau {P('Nicole Hartwig')}, die gemeinsame Wohnung {A('Einumer Straße 71')}, {A('31135 Hildesheim')} verlassen mussten und seitdem in Ihrem Pkw ({KFZ(plate('HI'))}) übernachten. Sie sind unfreiwillig obdachlos. Zur Abwehr dieser Gefahr für die öffentliche Sicherheit ist die Einweisung nach dem Niedersächsischen Polizei- und Ordnungsbehördengesetz erforderlich.

Angaben für die Unterkunftsverwaltung
Geburtsdatum: {DOB('6. April 1977')}
Personalausweis-Nr.: {m('IDC', ids.id_card(True))}
Krankenversicherung: BKK firmus, Versichertennummer {m('KV', ids.health_insurance())}
Notfallkontakt: {P('Sabine Kohlmeyer')} (Schwester), Tel. {T(landline('0511', 0))}

Rechtsbehelfsbelehrung
Gegen diese Verfügung kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Hannover erhoben werden.

Im Auftrag
{P('Erkan Yıldırım')}
""")

# ================================================================ F121-019 outlook: job centre reply, quoted chain
doc("outlook", "jobcenter_rueckmeldung", f"""Von: {P('Tanja Wulf')} <{E('tanja.wulf@jobcenter-ge.de')}>
Gesendet: Mittwoch, 9. Juli 2025 11:20
An: {P('Malte Rehbein')} <{E('m.rehbein@stadt-hildesheim.de')}>
Betreff: AW: WG: Mietrückstand Mieterkonto {AZ('20417-03-112')} – {P('Wiśniewski')}

Hallo Herr {P('Rehbein')},

kurze Rückmeldung: die BG {AZ('25101BG0038826')} ist korrekt. Herr {P('Wiśniewski')} und Frau {P('Wiśniewska')} sind seit 03/2025 im ergänzenden Leistungsbezug, er arbeitet 25 Std./Woche bei einer Reinigungsfirma. Die Direktzahlung der KdU an die HWS ab 01.08. ist verfügt.

Für den Rückstand (1.486,40 €) liegt ein Darlehensantrag nach § 22 Abs. 8 SGB II vor, der ist aber unvollständig – es fehlt die Erklärung der HWS zur Fortsetzung des Mietverhältnisses. Können Sie die über Ihren Draht zu Frau {P('Stallmann')} beschaffen?

Übrigens: bei uns ist eine andere Handynummer hinterlegt ({T(mobile(0))}) als in der HWS-Akte. Über die habe ich Frau {P('Wiśniewska')} heute erreicht.

Viele Grüße
{P('Tanja Wulf')}
Jobcenter Hildesheim – Leistungsabteilung, Team 3
Tel. {T('05121 969-318')}

-----Ursprüngliche Nachricht-----
Von: {P('Malte Rehbein')} <{E('m.rehbein@stadt-hildesheim.de')}>
Gesendet: Dienstag, 8. Juli 2025 09:12
An: {P('Tanja Wulf')} <{E('tanja.wulf@jobcenter-ge.de')}>
Betreff: WG: Mietrückstand Mieterkonto {AZ('20417-03-112')} – {P('Wiśniewski')}, {A('Senator-Braun-Allee 41')}

Hallo Frau {P('Wulf')},

anbei die Meldung der HWS. Herr {P('Wiśniewski')} ist bei Ihnen im Leistungsbezug (BG-Nr. {AZ('25101BG0038826')}, soweit ich weiß). Können Sie prüfen, ob die KdU ab sofort direkt an den Vermieter gezahlt werden kann?
""")

# ================================================================ F121-020 word: decision, arrears taken over as loan
doc("word", "darlehensbescheid_mietschulden", f"""{OFFICE}

Herrn
{P('Tomasz Grabowski')}
{A('Zierenbergstraße 5')}
{A('31137 Hildesheim')}

Az.: {AZ('50.4-MS-2025-0152')}
Gerichtliches Az.: AG Hildesheim {AZ('46 C 212/25')}
Datum: 24.07.2025

Bescheid über die Übernahme von Mietschulden als Darlehen (§ 36 Abs. 1 SGB XII)

Sehr geehrter Herr {P('Grabowski')},

auf Ihren Antrag vom 14.07.2025, gestellt durch Ihre Bevollmächtigte, Frau Rechtsanwältin Dr. {P('Merle Janssen')}, ergeht folgende Entscheidung:

1. Die Mietschulden aus Ihrem Mietverhältnis mit der {HWS} in Höhe von 3.212,00 € werden als Darlehen übernommen.
2. Der Betrag wird direkt an die Vermieterin überwiesen: IBAN {HWS_IBAN}, Verwendungszweck Mieterkonto {AZ('20388-05-019')}.
3. Sie zahlen das Darlehen ab dem 01.09.2025 in monatlichen Raten von 90,00 € zurück. Die Raten werden per Lastschrift von Ihrem Konto eingezogen:
   Kontoinhaber: {P('Tomasz Grabowski')}
   IBAN: {m('IBAN', iban_de())}

Begründung
Die Räumungsklage der Vermieterin wurde Ihnen am 12.06.2025 zugestellt. Ohne Ausgleich der Rückstände innerhalb der Schonfrist drohte Ihnen, Frau {P('Katarzyna Zielińska')} und {P('Natalia Zielińska')} der Verlust der Wohnung. Die Übernahme ist gerechtfertigt und notwendig, weil sonst Wohnungslosigkeit einzutreten droht. Die Vermieterin hat schriftlich erklärt, das Mietverhältnis nach Ausgleich fortzusetzen. Ihr laufendes Einkommen reicht für die künftige Miete aus.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadt Hildesheim erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
{P('Svenja Ahlers')}

Abschrift: Rechtsanwältin Dr. {P('Janssen')} (Ihr Zeichen {AZ('117/25 MJ')})
""")

# ================================================================ F121-021 outlook: social worker, discrimination of a Roma family
doc("outlook", "diskriminierung_vermietung", f"""Von: {P('Ole Hansen')} <{E('o.hansen@caritas-hildesheim.de')}>
An: {P('Annette Gerdes')} <{E('a.gerdes@stadt-hildesheim.de')}>
Betreff: Wohnungssuche Fam. {P('Căldăraru')} – Vorfall bei Besichtigung

Liebe Frau {P('Gerdes')},

ich begleite seit dem Frühjahr die Familie {P('Căldăraru')} ({P('Gheorghe')} und {P('Elena')}, vier Kinder zwischen 3 und 14) aus Craiova. Die Familie gehört der Minderheit der Roma an und hat das bei der Besichtigung gestern auch nicht verschwiegen. Der private Vermieter der Wohnung {A('Pappelallee 12')}, Herr {P('Klaus-Dieter Wendt')}, hat danach am Telefon gesagt, an „solche Leute“ vermiete er grundsätzlich nicht. Zeugin war meine Kollegin Frau {P('Dana Popescu')}, die für die Familie gedolmetscht hat.

Die Familie hat einen WBS (Az. {AZ('50.3-WBS-2025-00715')}). Herr {P('Căldăraru')} arbeitet Vollzeit in der Gebäudereinigung, Frau {P('Căldăraru')} hat einen Minijob. Sie wohnen zu sechst in zwei Zimmern in der {A('Hinter dem Ziegelhofe 3')}, {A('31134 Hildesheim')}, der Vermieter nimmt 750 € bar und stellt keine Quittung aus.

Zwei Bitten: Könnten Sie die Familie bei den nächsten Vorschlägen an die HWS berücksichtigen? Und an wen bei der Stadt kann ich den Vorfall (AGG) melden?

Erreichbar ist Herr {P('Căldăraru')} unter {T(phone_ro())} (WhatsApp), Frau {P('Căldăraru')} unter {T(mobile(1))}.

Herzliche Grüße
{P('Ole Hansen')}
Caritasverband für Stadt und Landkreis Hildesheim e. V. – Migrationsberatung
Tel. {T('05121 1677-23')}
""", ["ETHNICITY"])

# ================================================================ F121-022 word: phone note, Ukrainian caller
doc("word", "telefonnotiz", f"""Telefonnotiz

Datum/Uhrzeit: 22.07.2025, 11:40 Uhr
Anrufer: Herr {P('Dmytro Bondarenko')}, geb. {DOB('02.02.1976')} (spricht wenig Deutsch, Sohn {P('Artem')} übersetzt)
Rückruf an: {T(mobile(4))}
Angenommen von: {P('A. Gerdes')}

Anliegen: WBS-Antrag, Zuständigkeit
- wohnt seit 03/2022 in einer Gastfamilie bei Frau {P('Ute Harnisch')}, {A('Am Bockfeld 3')}, {A('31157 Sarstedt')}; Gastgeberin braucht die Einliegerwohnung ab Oktober selbst
- Haushalt: er, Ehefrau {P('Iryna Bondarenko')} (geb. {DOB('19.12.1979')}), Sohn {P('Artem')} (geb. {DOB('07.05.2009')})
- Reisepass UA {m('PASS', ukr_passport())}, Aufenthaltserlaubnis § 24 AufenthG, eAT {m('IDC', ids.id_card(True))}
- Einkommen: Bürgergeld, Jobcenter Landkreis, Kundennr. {AZ('251D0' + ids.digits(6))}; Integrationskurs bis Dezember

Auskunft gegeben: Für Einwohner von Sarstedt ist die Stadt Sarstedt zuständig, nicht wir. Der WBS gilt aber landesweit, also auch für Wohnungen in Hildesheim. Telefonnummer Sarstedt weitergegeben.
Herr {P('Bondarenko')} bittet trotzdem um Aufnahme in unsere Vormerkliste für HWS-Wohnungen → mit SGL klären, Rückruf bis Freitag zugesagt.
""")

# ================================================================ F121-023 outlook: forwarded report, person sleeping in car
doc("outlook", "weiterleitung_ordnungsamt", f"""Von: {P('Ahlers, Svenja')}
Gesendet: Mittwoch, 23. Juli 2025 07:58
An: {P('Yıldırım, Erkan')}; {P('Rehbein, Malte')}
Betreff: WG: Person übernachtet in Pkw – Parkplatz Hohnsen

Moin zusammen,

bitte heute Vormittag einer von euch Kontakt aufnehmen, siehe unten. Herr {P('Hoppe')} war im Mai schon mal bei uns wegen der Räumung, ist dann aber nicht wiedergekommen. Ich bin ab 10 im Termin.

{P('Svenja')}

-----Ursprüngliche Nachricht-----
Von: Ordnungsamt Außendienst <{N('ordnungsamt.ad@stadt-hildesheim.de')}>
Gesendet: Dienstag, 22. Juli 2025 23:41
An: Wohnen Stadt Hildesheim <{MAILBOX}>
Betreff: Person übernachtet in Pkw – Parkplatz Hohnsen

Bei einer Kontrolle um 22:50 Uhr wurde auf dem Parkplatz Hohnsen ein VW Passat Kombi, amtl. Kennzeichen {KFZ(plate('PE'))}, angetroffen, in dem eine Person übernachtete. Es handelt sich um Herrn {P('Lars Hoppe')}, geb. {DOB('14.10.1969')}, Personalausweis-Nr. {m('IDC', ids.id_card(False))}, laut Ausweis gemeldet {A('Kalenberger Graben 18')}, {A('31134 Hildesheim')}.

Herr {P('Hoppe')} gab an, seit drei Wochen nach einer Zwangsräumung ohne Wohnung zu sein. Eine Unterbringung in der Notunterkunft lehnte er ab („da wird nur geklaut“). Hinweis auf die Präventionsstelle wurde gegeben, Flyer ausgehändigt. Er ist erreichbar unter {T(mobile(0))}.

Keine Ordnungswidrigkeit festgestellt.

{P('Melanie Sturm')} / {P('Jonas Kruse')}
Städtischer Ordnungsdienst
""")

# ================================================================ F121-024 word: request for missing documents (wheelchair)
doc("word", "unterlagenanforderung", f"""{OFFICE}

Frau
{P('Hannelore Wiechert')}
{A('Moltkestraße 38')}
{A('31135 Hildesheim')}

Az.: {AZ('50.3-WBS-2025-01244')}
Bearbeitung: Frau {P('Gerdes')}, Tel. {T(DIAL['Gerdes'])}
Datum: 25.07.2025

Ihr Antrag auf einen Wohnberechtigungsschein vom 30.06.2025 – fehlende Unterlagen

Sehr geehrte Frau {P('Wiechert')},

vielen Dank für Ihren Antrag. Um ihn bearbeiten zu können, benötige ich noch folgende Unterlagen:

1. die Rentenanpassungsmitteilung 2025 der Deutschen Rentenversicherung zu Ihrer Versicherungsnummer {m('SSN', ssn('120348', 'W'))},
2. den Nachweis über Ihre Witwenrente aus der Versicherung Ihres verstorbenen Ehemannes, Herrn {P('Herbert Wiechert')} (Versicherungsnummer {m('SSN', ssn('070545', 'W'))}),
3. eine Kopie Ihres Schwerbehindertenausweises. Sie haben angegeben, dass Sie auf einen Rollstuhl angewiesen sind und eine rollstuhlgerechte Wohnung suchen. Mit dem Ausweis kann ich den Freibetrag für schwerbehinderte Menschen bei der Einkommensberechnung berücksichtigen und im WBS den Bedarf an einer rollstuhlgerechten Wohnung vermerken.

Ihre Tochter, Frau {P('Petra Scholz-Wiechert')}, hat telefonisch angeboten, Sie zu unterstützen. Wenn ich Einzelheiten mit ihr besprechen soll, reichen Sie bitte eine schriftliche Vollmacht ein.

Bitte senden Sie die Unterlagen bis zum 15.08.2025.

Mit freundlichen Grüßen
Im Auftrag

{P('Annette Gerdes')}
""", ["HEALTH"])

# ================================================================ F121-025 outlook: married couple of two women, pregnancy
doc("outlook", "wbs_nachreichung", f"""Von: {P('Kerstin Bartels')} <{E('kerstin.bartels@posteo.de')}>
An: {MAILBOX}
Betreff: WBS-Antrag {AZ('50.3-WBS-2025-01109')} – Nachreichung Einkommen / Haushaltsgröße

Hallo Frau {P('Gerdes')},

wie am Telefon besprochen schicke ich die fehlenden Unterlagen für unseren gemeinsamen Antrag. Meine Frau {P('Nilay Aksoy')} und ich sind seit 2023 verheiratet, die Heiratsurkunde vom Standesamt Hannover hängt an. Im Formular gab es unter „Ehegatte“ nur die Felder für Ehemann/Ehefrau im klassischen Sinn – ich hoffe, das ist so in Ordnung.

Anbei:
- Einkommensteuerbescheid 2024 (Zusammenveranlagung), Steuernummer {m('TNR', tax_number_nds())}
- Steuer-IdNr. von mir: {m('TID', tax_id())}, von {P('Nilay')}: {m('TID', tax_id())}
- Gehaltsnachweise April–Juni von {P('Nilay')} und mir

Noch eine Frage: {P('Nilay')} ist schwanger, errechneter Termin ist Mitte November. Zählt das Kind schon jetzt bei der Haushaltsgröße mit? Wir bräuchten dann drei Zimmer.

Unsere Anschrift ist weiterhin {A('Am Propsteihof 11')}, {A('31139 Hildesheim')}.

Viele Grüße
{P('Kerstin Bartels')}
{T(mobile(3))}
""", ["SEXUAL_ORIENTATION", "HEALTH"])

# ================================================================ F121-026 word: list of open WBS applications
apps = [
    ("50.3-WBS-2025-00612", "Al-Hamwi, Abdulrahman", "01.01.1993", "1", "Goschenstraße 51", "11.03.2025", "Mietbescheinigung", "Al"),
    ("50.3-WBS-2025-00715", "Căldăraru, Gheorghe", "19.06.1985", "6", "Hinter dem Ziegelhofe 3", "02.04.2025", "–", "Ge"),
    ("50.3-WBS-2025-00799", "Dumitru, Mihaela", "27.05.1995", "3", "Am Ried 14", "16.04.2025", "Schufa/Altforderung", "Al"),
    ("50.3-WBS-2025-00861", "Murad, Dilan", "01.07.1984", "4", "Stadtfeld 44", "25.04.2025", "–", "Al"),
    ("50.3-WBS-2025-00977", "Sultani, Zarghona", "23.02.1992", "2", "Schützenwiese 7", "14.05.2025", "Einkommen Bruder", "Ge"),
    ("50.3-WBS-2025-01032", "Boateng, Kofi", "21.08.1983", "4", "Marienburger Straße 77", "04.06.2025", "Entgeltnachweis Ehefrau", "Ge"),
    ("50.3-WBS-2025-01109", "Bartels, Kerstin", "30.10.1988", "2", "Am Propsteihof 11", "19.06.2025", "–", "Ge"),
    ("WBS-2025-01187", "Kovalenko, Olena", "08.03.1988", "3", "Bischof-Janssen-Straße 17", "14.05.2025", "eAT-Kopie", "Ge"),
    ("50.3-WBS-2025-01244", "Wiechert, Hannelore", "12.03.1948", "1", "Moltkestraße 38", "30.06.2025", "Rentenbescheid, SB-Ausweis", "Ge"),
    ("50.3-WBS-2025-01251", "Ofori-Atta, Yaw", "21.07.1990", "1 (+2)", "Kardinal-Bertram-Straße 12", "01.07.2025", "Visum Ehefrau", "Al"),
    ("50.3-WBS-2025-01263", "Hoxha, Blerta", "5.11.2000", "2", "Peiner Straße 9", "03.07.2025", "Geburtsurkunde Kind", "Al"),
]
al = ["Az.                  | Antragsteller/in            | geb.       | Pers.  | Anschrift                   | Eingang    | fehlt                     | Bearb."]
for az, name, d, pers, addr, ein, fehlt, bearb in apps:
    al.append(f"{AZ(az)}{' ' * (20 - len(az))} | {P(name)}{' ' * (27 - len(name))} | {DOB(d)}{' ' * (10 - len(d))} | "
              f"{pers:<6} | {A(addr)}{' ' * (27 - len(addr))} | {ein} | {fehlt:<25} | {bearb}")
doc("word", "liste_offene_antraege", f"""Sachgebiet 50.3 Wohnraumförderung – offene WBS-Anträge
Stand: 24.07.2025 · nur für den Dienstgebrauch · Export aus dem Fachverfahren, nachbearbeitet

{chr(10).join(al)}

Anmerkungen:
- Dringlichkeit vorgemerkt: {P('Murad')} (Vermerk vom 24.07.), {P('Sultani')} (Stellungnahme Flüchtlingshilfe liegt vor), {P('Căldăraru')}.
- {P('Kovalenko')}: altes Aktenzeichen ohne Sachgebietspräfix, bitte im Fachverfahren umschlüsseln.
- {P('Ofori-Atta')}: Haushaltsgröße erst nach Einreise der Ehefrau und Tochter anpassen.

Bearbeitungskürzel: Ge = {P('Gerdes')}, Al = {P('Ahlers')}
""")

# ================================================================ F121-027 outlook: short lower-case reply from phone
doc("outlook", "termin_bestaetigung", f"""Von: {P('Britta Sievers')} <{E('brittasievers62@web.de')}>
Betreff: AW: Ihr Termin am 29.07. – Beratung Präventionsstelle

hallo herr {P('rehbein')}
ja ich komme am dienstag, mein sohn {P('kevin')} kommt mit. die kündigung hab ich noch nicht aber die 2. mahnung von der hws. kontoauszüge hab ich nur auf dem handy, geht das auch?
mfg {P('b. sievers')}

Von meinem iPhone gesendet

> Am 24.07.2025 um 09:15 schrieb {P('Malte Rehbein')} <{E('m.rehbein@stadt-hildesheim.de')}>:
>
> Sehr geehrte Frau {P('Sievers')},
>
> hiermit bestätige ich Ihren Termin am Dienstag, 29.07.2025, 10:30 Uhr (Az. {AZ('50.4-PR-2025-0187')}). Bitte bringen Sie die im Schreiben genannten Unterlagen mit.
>
> Mit freundlichen Grüßen
> {P('Malte Rehbein')}
> Tel. {T(DIAL['Rehbein'])}
""")

# ================================================================ F121-028 word: note on a Yazidi family's urgency
doc("word", "vermerk_dringlichkeit", f"""Vermerk – Dringlichkeit der Wohnungsvermittlung
Az.: {AZ('50.3-WBS-2025-00861')}
Verfasserin: {P('Svenja Ahlers')}, 24.07.2025

Betrifft: Familie {P('Murad')}, {A('Stadtfeld 44')}, {A('31135 Hildesheim')}

Haushalt:
- {P('Dilan Murad')}, geb. {DOB('01.07.1984')}
- {P('Haval Murad')}, geb. {DOB('15.03.1980')}
- {P('Nareen Murad')}, geb. {DOB('04.04.2013')}
- {P('Shivan Murad')}, geb. {DOB('19.09.2016')}

Sachverhalt:
Die Familie ist jesidischen Glaubens und stammt aus dem Gebiet um Sindschar (Irak). Nach Mitteilung von Herrn {P('Ole Hansen')} (Caritas) wird sie seit Mai von einem Nachbarn im Haus wegen ihrer Religion beschimpft und bedroht; am 12.07.2025 wurde Herr {P('Murad')} im Treppenhaus gestoßen. Die Polizei hat eine Anzeige aufgenommen (Vorgangsnummer {AZ('202500714' + ids.digits(4))}). Die Kinder gehen nicht mehr allein aus der Wohnung.

Bewertung:
Ein weiterer Verbleib im Haus ist der Familie nicht zumutbar. Einstufung als dringlicher Fall nach den Vergaberichtlinien.

Vorschlag:
Vorschlag an die HWS für die Wohnung {A('Kennedydamm 9')}, 2. OG links (4 Zi. nicht verfügbar, 3 Zi. mit 71,4 m² für 4 Personen vertretbar).

Kontakt: Herr {P('Murad')}, {T(mobile(0))}. Frau {P('Murad')} spricht Kurmancî; Dolmetscher Herr {P('Azad Khalaf')}, {T(mobile(2))}.
""", ["RELIGION", "ETHNICITY"])

# ================================================================ F121-029 outlook: housing company's answer to allocation proposals
doc("outlook", "belegungsvorschlaege_rueckmeldung", f"""Von: {P('Koopmann, Sina')} <{E('s.koopmann@hws-hildesheim.de')}>
Gesendet: Freitag, 25. Juli 2025 12:04
An: {P('Gerdes, Annette')}
Cc: {HWS_MAIL}
Betreff: Belegungsvorschläge {A('Kennedydamm 9')} (ObjNr 1041-012)

Hallo Frau {P('Gerdes')},

danke für die drei Vorschläge zur Wohnung {A('Kennedydamm 9')}, 2. OG li. Kurz der Stand:

1. Familie {P('Murad')} ({AZ('WBS-2025-00861')}) – Besichtigung Dienstag, 29.07., 15 Uhr, passt. Bitte Herrn {P('Murad')} Bescheid geben, unsere Handwerker sind bis 28.07. drin.
2. Herr {P('Abdulrahman Al-Hamwi')} ({AZ('WBS-2025-00612')}) – nicht erreicht, Handy {T(mobile(0))} geht direkt auf die Mailbox. Haben Sie eine andere Nummer?
3. Frau {P('Mihaela Dumitru')} ({AZ('WBS-2025-00799')}) – leider offene Forderung aus einem alten Mietverhältnis bei uns (Mieterkonto {AZ('19877-02-004')}, 2.140 €). Nur, wenn die Stadt die Übernahme erklärt oder eine Ratenvereinbarung steht.

Schufa-Auskünfte holen wir wie üblich erst nach der Besichtigung ein.

Viele Grüße
{P('Sina Koopmann')}
Vermietung | {HWS}
T {T('05121 9350-231')} | {HWS_MAIL}
""")

# ================================================================ F121-030 word: support statement for an Afghan journalist
doc("word", "stellungnahme_haertefall", f"""Netzwerk Flüchtlingshilfe Hildesheim e. V. · {N('Neustädter Markt 23')} · {N('31134 Hildesheim')}

Stadt Hildesheim
Abteilung Wohnen
z. Hd. Frau {P('Ahlers')}
{N('Markt 1')}
{N('31134 Hildesheim')}

Hildesheim, 18.07.2025

Frau {P('Zarghona Sultani')}, geb. {DOB('23.02.1992')} – Ihr Az. {AZ('50.3-WBS-2025-00977')}
Bitte um Berücksichtigung als Härtefall bei der Wohnungsvermittlung

Sehr geehrte Frau {P('Ahlers')},

wir begleiten Frau {P('Sultani')} seit ihrer Ankunft über das Bundesaufnahmeprogramm für Afghanistan im Februar 2024. Sie hat bis August 2021 als Redakteurin bei einem Radiosender in Mazar-i-Sharif gearbeitet, dort regelmäßig Kritik an den Taliban geäußert und war in einer oppositionellen Frauenrechtsgruppe aktiv. Aus diesem Grund erhält sie bis heute Drohungen über soziale Netzwerke, seit März auch von Absendern in Deutschland.

Frau {P('Sultani')} lebt mit ihrem Bruder {P('Jawid Sultani')} (geb. {DOB('10.10.2003')}) in der Gemeinschaftsunterkunft {A('Schützenwiese 7')}, {A('31137 Hildesheim')}. Die Adresse ist in der Szene bekannt; eine Auskunftssperre im Melderegister ist beantragt. Ihre Aufenthaltserlaubnis (eAT-Nr. {m('IDC', ids.id_card(True))}) ist bis 2027 gültig, sie arbeitet seit Mai in Teilzeit als Übersetzerin.

Wir bitten darum, Frau {P('Sultani')} bei der Vergabe vorrangig zu berücksichtigen und bei der Wohnungsauswahl darauf zu achten, dass die neue Anschrift nicht an Dritte weitergegeben wird.

Für Rückfragen bin ich erreichbar unter {T(mobile(1))} oder {E('johanna.weidemann@fluechtlingshilfe-hi.de')}.

Mit freundlichen Grüßen

{P('Johanna Weidemann')}
Koordination Wohnen, Netzwerk Flüchtlingshilfe Hildesheim e. V.
""", ["POLITICS"])


# ---------------------------------------------------------------- write
def main():
    assert len(DOCS) == 30, len(DOCS)
    out = []
    for i, (channel, template, text, flags) in enumerate(DOCS, 1):
        out.append(build(f"F121-{i:03d}", channel, template, text, flags))
    channels = [d["channel"] for d in out]
    assert 13 <= channels.count("outlook") <= 17, channels.count("outlook")
    total = sum(len(d["entities"]) for d in out)
    assert 450 <= total <= 650, total
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh121.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {path}: {len(out)} documents, {total} entities")


if __name__ == "__main__":
    main()
