#!/usr/bin/env python3
"""Blind test batch 128: invented correspondence of a Ruhr city's integration office (Kommunales
Integrationszentrum) and youth migration service (Jugendmigrationsdienst).

Writes fresh128.jsonl next to this file: 30 documents, F128-001 ... F128-030, half Outlook, half Word.
Every person, address and number below is invented. Identifiers with a check digit come from identifiers.py
(seeded Identifiers(12828)); the two foreign personal numbers with a check digit (Turkish T.C. Kimlik No.,
Ukrainian RNOKPP) are computed here by their published algorithms from the same seeded generator.
"""
import datetime
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from identifiers import Identifiers, group, icao_check, luhn_check, mod11_10_check  # noqa: E402
from marks import build  # noqa: E402

ids = Identifiers(12828)
rng = ids.rng


# ---------------------------------------------------------------- marks
def m(code):
    return lambda s: f"[[{code}|{s}]]"


P, A, E, T, N = m("P"), m("A"), m("E"), m("T"), m("N")
AZ, DOB, KFZ = m("AZ"), m("DOB"), m("KFZ")
IBAN, TID, TNR, VAT = m("IBAN"), m("TID"), m("TNR"), m("VAT")
IDC, PASS, SSN, KV, CC = m("IDC"), m("PASS"), m("SSN"), m("KV"), m("CC")


# ---------------------------------------------------------------- identifiers (all from the seeded generator)
def iban_de(spaced=True):
    v = ids.iban_de()
    return group(v, 4) if spaced else v


def tax_id(style):
    v = ids.tax_id()
    if style == "spaced":
        return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
    return v


def ssn(ddmmyy, letter, spaced=True):
    v = ids.social_security(ddmmyy, letter)
    return f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}" if spaced else v


def tc_kimlik():
    """Turkish identity number: 11 digits, first not 0; d10 = (7*(d1+d3+d5+d7+d9) - (d2+d4+d6+d8)) mod 10,
    d11 = (d1+...+d10) mod 10."""
    d = [rng.choice("123456789")] + [rng.choice("0123456789") for _ in range(8)]
    d = [int(c) for c in d]
    d10 = (7 * (d[0] + d[2] + d[4] + d[6] + d[8]) - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(str(c) for c in d)


def rnokpp(birth, male):
    """Ukrainian taxpayer number: days since 31.12.1899 (5 digits), 3 serial digits, sex digit (odd = male),
    check digit = (sum of weights -1,5,7,9,4,6,10,5,7) mod 11 mod 10."""
    days = (birth - datetime.date(1899, 12, 31)).days
    serial = "".join(rng.choice("0123456789") for _ in range(3))
    sex = rng.choice("13579" if male else "02468")
    body = f"{days:05d}{serial}{sex}"
    weights = (-1, 5, 7, 9, 4, 6, 10, 5, 7)
    check = sum(int(c) * w for c, w in zip(body, weights)) % 11 % 10
    return body + str(check)


# ---------------------------------------------------------------- the office (public, neutral)
CITY = "Gelsenkirchen"
KI_STREET = N("Zeppelinallee 4")
KI_PLZ = N("45879 Gelsenkirchen")
KI_TEL = N("0209 169-0")
KI_MAIL = N("integration@gelsenkirchen.de")
JMD_MAIL = N("jmd@gelsenkirchen.de")

DOCS = []


def doc(channel, template, flags=()):
    def register(fn):
        DOCS.append((channel, template, fn, list(flags)))
        return fn
    return register


# ================================================================ F128-001
@doc("outlook", "integrationskurs_anfrage_ua")
def d001():
    iban = ids.iban("UA", 25)
    return f"""Von: {P("Oksana Kovalenko")} <{E("oksana.kovalenko88@gmail.com")}>
Gesendet: Dienstag, 4. März 2025 08:47
An: {KI_MAIL}
Betreff: Integrationskurs – Frage wegen Berechtigung

Guten Tag,

mein Name ist {P("Oksana Kovalenko")}, geboren {DOB("23.09.1988")}, ich bin aus Ukraine (Charkiw) und wohne seit 2023 in Gelsenkirchen, {A("Florastraße 71")}, {A("45879 Gelsenkirchen")}. Ich habe Aufenthalt nach § 24. Jobcenter sagt ich muss Integrationskurs machen, aber Kurs in Sprachschule ist voll bis September. Sorry my German is not so good, I write also in English:

I already have the "Berechtigungsschein" from BAMF, but the course provider says the paper is expired. My customer number at Jobcenter is {AZ("362D118407")} and the BG number {AZ("36204//0087215")}. Can you please check if I need a new one? My son {P("Artem")} (born {DOB("11.06.2012")}) is going to Gesamtschule, so I can only do course in the morning.

One more question: Jobcenter still pays to my Ukrainian account ({IBAN(iban)}), is this okay or must I open German account?

Mein Telefon: {T("0157 3364 8812")} (WhatsApp auch)

Vielen Dank!
{P("Oksana Kovalenko")}
"""


# ================================================================ F128-002
@doc("word", "brief_kursverpflichtung")
def d002():
    return f"""Stadt Gelsenkirchen · Kommunales Integrationszentrum · {KI_STREET} · {KI_PLZ}

Herrn
{P("Hamid Sultani")}
{A("Overwegstraße 23")}
{A("45879 Gelsenkirchen")}

                                        Unser Zeichen: {AZ("KI-32.1/2025/0417")}
                                        Ansprechpartnerin: {P("Annika Terhorst")}
                                        Telefon: {T("0209 169-4192")}
                                        E-Mail: {E("annika.terhorst@gelsenkirchen.de")}
                                        Datum: 12.05.2025

Teilnahme am Integrationskurs – Ihre Berechtigung vom 02.04.2025
{P("Hamid Sultani")}, geb. {DOB("17.08.1979")}, BAMF-Az. {AZ("8412356-423")}

Sehr geehrter Herr {P("Sultani")},

das Bundesamt für Migration und Flüchtlinge hat Ihnen einen Berechtigungsschein für einen Integrationskurs ausgestellt. Der Schein ist zwei Jahre gültig. Sie haben sich bisher noch bei keinem Kursträger angemeldet.

Sie haben uns mitgeteilt, dass Sie nur vormittags lernen können, weil Sie nachmittags in einer Bäckerei arbeiten. Ihre Ehefrau, Frau {P("Mariam Sultani")}, haben wir auf die Warteliste für einen Elternkurs mit Kinderbetreuung gesetzt. Zurzeit gibt es in Gelsenkirchen zwei Vormittagskurse mit freien Plätzen:

– Sprachwerk Ruhr gGmbH, Kursbeginn 02.06.2025, Modul 1
– Volkshochschule Gelsenkirchen, Kursbeginn 16.06.2025, Modul 1

Bitte melden Sie sich bis zum 30.05.2025 bei einem der beiden Träger an und bringen Sie den Berechtigungsschein und Ihren Aufenthaltstitel mit. Wenn Sie Hilfe bei der Anmeldung brauchen, kommen Sie gern in unsere offene Sprechstunde (dienstags 9 bis 12 Uhr) oder rufen Sie unsere Zentrale unter {KI_TEL} an.

Mit freundlichen Grüßen
Im Auftrag

{P("Annika Terhorst")}
"""


# ================================================================ F128-003
@doc("outlook", "weitergeleitet_jobcenter_kurswechsel", ["HEALTH"])
def d003():
    return f"""Von: {P("Hülsmann, Jens")} <{E("j.huelsmann@gelsenkirchen.de")}>
Gesendet: Mittwoch, 19. März 2025 14:02
An: {P("Terhorst, Annika")} <{E("annika.terhorst@gelsenkirchen.de")}>
Betreff: WG: Herr {P("Al-Hassan")} – Kurswechsel / Kinderbetreuung

Hallo {P("Annika")},

kannst du dir das bitte mal anschauen? Herr {P("Al-Hassan")} war heute in der Sprechstunde, er ist inzwischen sicher auf B1-Niveau, will aber wegen der Schichtarbeit in einen Abendkurs. Handy von ihm: {T("0176 41829934")}.
Ich bin ab Freitag im Urlaub, sonst hätte ich es selbst gemacht.

Danke & Gruß
{P("Jens")}

-----Ursprüngliche Nachricht-----
Von: {P("Lindemann-Gruber, Petra")} <{E("petra.lindemann-gruber@jobcenter-ge.de")}>
Gesendet: Dienstag, 18. März 2025 16:37
An: {P("Hülsmann, Jens")} <{E("j.huelsmann@gelsenkirchen.de")}>
Cc: Team 362 Markt & Integration <{N("jobcenter-ge.team362@jobcenter-ge.de")}>
Betreff: Herr {P("Al-Hassan")} – Kurswechsel / Kinderbetreuung

Sehr geehrter Herr {P("Hülsmann")},

wie telefonisch besprochen: Herr {P("Mahmoud Al-Hassan")} (geb. {DOB("02.01.1984")}), Kundennummer {AZ("362D104519")}, BG-Nr. {AZ("36204//0063391")}, wohnhaft {A("Bochumer Straße 118")}, {A("45886 Gelsenkirchen")}, hat mit Schreiben vom 10.03. den Wechsel in einen Abendkurs beantragt. Seine Ehefrau {P("Rasha Al-Hassan")} ist derzeit schwanger (Risikoschwangerschaft, Entbindungstermin im Juni) und kann die Betreuung der beiden Kinder am Vormittag nicht übernehmen.

Der Zulassungsbescheid des BAMF liegt uns unter dem Az. {AZ("7784120-475")} vor. Aus unserer Sicht spricht nichts gegen den Wechsel, die Eingliederungsvereinbarung passen wir an. Könnten Sie mit dem Kursträger klären, ob im Abendkurs ab April noch ein Platz frei ist?

Mit freundlichen Grüßen
Im Auftrag
{P("Petra Lindemann-Gruber")}
Jobcenter Gelsenkirchen – Team 362
Telefon: {T("0209 6045-3621")}
"""


# ================================================================ F128-004
@doc("word", "jmd_beratungsvermerk", ["HEALTH", "ETHNICITY"])
def d004():
    return f"""Jugendmigrationsdienst Gelsenkirchen
Beratungsvermerk (vertraulich – nicht zur Weitergabe an Dritte)

Aktenzeichen:      {AZ("JMD-2025-0188")}
Klient:            {P("Mohammad Jawad Rezaie")}, geb. {DOB("01.01.2009")} (Datum laut Ankunftsnachweis, tatsächliches Geburtsdatum nicht bekannt)
Wohnort:           Jugendwohngruppe „Lichtblick", {A("Cranger Straße 212")}, {A("45891 Gelsenkirchen")}
Vormund:           {P("Ulrike Pöppinghaus")} (Amtsvormundschaft, Jugendamt), Tel. {T("0209 169-5521")}
Beratung am:       07.04.2025, 14:00–15:15 Uhr
Beraterin:         {P("Derya Aksoy")}
Sprachmittlung:    {P("Najibullah Karimi")} (Dari)

1. Anlass
{P("Jawad")} kam auf Anregung der Wohngruppe. Er möchte nach dem Sommer die Internationale Förderklasse am Berufskolleg verlassen und eine Ausbildung zum Kfz-Mechatroniker beginnen.

2. Situation
{P("Jawad")} ist im Oktober 2022 unbegleitet eingereist. Er gehört der Volksgruppe der Hazara an und berichtet, dass er schon in Afghanistan und später im Iran wegen seiner Herkunft ausgegrenzt wurde. Laut Wohngruppe leidet er seit Monaten unter Schlafstörungen und Albträumen; seit Februar ist er bei der Kinder- und Jugendpsychiaterin Dr. {P("Henrike Bußmann")} in Behandlung. In der Schule fehlt er deshalb öfter in der ersten Stunde.
Deutsch: mündlich sicher (A2/B1), schriftlich noch schwach. Mathe gut.

3. Vereinbarungen
– Frau {P("Aksoy")} fragt beim Autohaus an der Kurt-Schumacher-Straße nach einem zweiwöchigen Praktikum in den Osterferien.
– Herr {P("Karimi")} begleitet {P("Jawad")} zum ersten Gespräch bei der Berufsberatung der Agentur für Arbeit.
– Frau {P("Pöppinghaus")} wird über den Stand informiert und stimmt dem Praktikumsvertrag zu.

Nächster Termin: 05.05.2025, 14:00 Uhr

gez. {P("D. Aksoy")}
"""


# ================================================================ F128-005
@doc("outlook", "anwaltsmail_familiennachzug", ["GENETIC", "RELIGION"])
def d005():
    return f"""Von: Sauerland & Ehrich Rechtsanwälte <{N("kanzlei@sauerland-ehrich.de")}>
Gesendet: Donnerstag, 10. April 2025 11:26
An: {P("Hülsmann, Jens")} <{E("j.huelsmann@gelsenkirchen.de")}>
Betreff: Familiennachzug {P("Tesfay")} / {P("Habte")} – unser Az. {AZ("112/24 SE07")}

Sehr geehrter Herr {P("Hülsmann")},

in der Angelegenheit unserer Mandantin Frau {P("Semhar Tesfay Haile")}, geb. {DOB("14.02.1993")}, wohnhaft {A("Liboriusstraße 9")}, {A("45881 Gelsenkirchen")}, darf ich Sie über den Sachstand informieren und um Unterstützung bitten.

Die Deutsche Botschaft Addis Abeba hat den Ehemann, Herrn {P("Filmon Habte Woldu")} (geb. {DOB("30.06.1988")}), sowie die Kinder {P("Selam Filmon")} (geb. {DOB("09.09.2015")}) und {P("Robel Filmon")} (geb. {DOB("21.12.2017")}) zur Visumantragstellung eingeladen; die Vorgangsnummer der Botschaft lautet {AZ("ADD-FZ-2024-08871")}. Herr {P("Habte")} besitzt einen eritreischen Reisepass (Nr. {PASS("P03318724")}). Für die Kinder liegen lediglich Taufbescheinigungen der Eritreisch-Orthodoxen Tewahedo-Kirche vor, die die Botschaft nicht als Nachweis der Abstammung anerkennt.

Das von der Botschaft angeregte DNA-Abstammungsgutachten liegt inzwischen für {P("Selam")} vor: Die Vaterschaft von Herrn {P("Habte")} und die Mutterschaft unserer Mandantin sind mit einer Wahrscheinlichkeit von 99,99 % bestätigt. Die Probe von {P("Robel")} musste wiederholt werden, das Ergebnis erwarten wir Ende Mai.

Frau {P("Tesfay")} kann die Kosten für das zweite Gutachten (ca. 480 EUR) nicht aus eigenen Mitteln tragen. Ist Ihnen ein Fonds bekannt, aus dem solche Kosten übernommen werden können? Frau {P("Tesfay")} ist unter {T("0152 2873 4419")} erreichbar, spricht aber nur Tigrinya; die Dolmetscherin Frau {P("Tigist Woldemichael")} begleitet sie bei Terminen.

Mit freundlichen Grüßen

Dr. {P("Miriam Sauerland")}
Rechtsanwältin
Fachanwältin für Migrationsrecht

Sauerland & Ehrich Rechtsanwälte
{N("Kortumstraße 51")} · {N("44787 Bochum")}
Tel. {N("0234 5873 210")} · {E("m.sauerland@sauerland-ehrich.de")}
"""


# ================================================================ F128-006
@doc("word", "teilnehmerliste_orientierungskurs")
def d006():
    rows = [
        ("Hrytsenko", "Tetiana", "03.02.1975", "ukrainisch", "0152 5530 1984"),
        ("Mohammadi", "Ali Reza", "21.03.1992", "afghanisch", "0176 2240 8175"),
        ("Al-Sayed", "Nour", "08.10.1997", "syrisch", "0157 7306 6621"),
        ("Bah", "Ibrahima", "15.06.2001", "guineisch", "0157 8826 1540"),
        ("Kidane", "Elsa", "12.12.1995", "eritreisch", "0176 2290 6614"),
        ("Arslan", "Hüseyin", "30.04.1983", "türkisch", "0209 8173 442"),
        ("Hamdan", "Yara", "19.09.2000", "irakisch", "0163 9915 2087"),
        ("Lysenko", "Bohdan", "07.01.1968", "ukrainisch", "0151 4078 3360"),
        ("Habibi", "Shabnam", "27.11.1989", "afghanisch", "0178 6651 0924"),
    ]
    lines = []
    for i, (sur, first, dob, nat, tel) in enumerate(rows, 1):
        lines.append(f"{i:>2} | {P(sur)} | {P(first)} | {DOB(dob)} | {nat} | {T(tel)} | ______")
    table = "\n".join(lines)
    return f"""Sprachwerk Ruhr gGmbH – Träger von Integrationskursen
Orientierungskurs OK-25-07 (100 UE) · Kursraum 3 · Mo–Fr 08:30–12:45 Uhr
Teilnehmerliste mit Unterschriften – Woche 19 (05.05.–09.05.2025)

Nr | Name | Vorname | Geburtsdatum | Staatsangehörigkeit | Telefon | Unterschrift
{table}

Kursleitung: {P("Ilona Budde")}
Die Liste verbleibt beim Träger und wird dem BAMF auf Anforderung vorgelegt. Bei Rückfragen: {N("0209 3861 77-0")}
"""


# ================================================================ F128-007
@doc("outlook", "kollegenmail_vertretung", ["HEALTH"])
def d007():
    return f"""Von: {P("Moroz, Svitlana")} <{E("svitlana.moroz@gelsenkirchen.de")}>
Gesendet: Mittwoch, 14. Mai 2025 17:52
An: {P("Hülsmann, Jens")} <{E("j.huelsmann@gelsenkirchen.de")}>
Betreff: morgen vertretung?

hi {P("jens")},

kurze frage, kannst du morgen um 10 die beratung mit frau {P("petrenko")} übernehmen? ich muss mit meiner tochter zum kinderarzt, war nicht planbar.

{P("olha petrenko")} kommt wegen dem wohnberechtigungsschein, die unterlagen liegen in der grünen mappe auf meinem tisch. bitte sei ein bisschen vorsichtig, sie hat letzte woche die diagnose brustkrebs bekommen und fängt im juni mit der chemo an, deswegen will sie unbedingt eine wohnung im erdgeschoss. falls sie sich verspätet, ihre nummer: {T("0160 97734125")}

ach und herr {P("bah")} hat nochmal angerufen, er wollte wissen ob die zab-gebühr schon überwiesen ist. hab gesagt du meldest dich.

und falls das ordnungsamt wegen meinem auto anruft ({KFZ("GE-SM 2207")}, steht im innenhof), die parkerlaubnis liegt hinter der scheibe

danke dir!!
lg {P("sveta")}
"""


# ================================================================ F128-008
@doc("word", "protokoll_fallkonferenz", ["HEALTH"])
def d008():
    return f"""Protokoll der Fallkonferenz – Familie {P("Jabbar")}

Datum:   15.05.2025, 09:30–11:00 Uhr
Ort:     Gesamtschule Berger Feld, Besprechungsraum 2.14
Anlass:  häufige Fehlzeiten von {P("Zainab Jabbar")}, Klasse 7b

Teilnehmende:
– {P("Katrin Overbeck")}, Klassenlehrerin 7b
– {P("Uwe Spieckermann")}, Schulsozialarbeit (Protokoll)
– {P("Derya Aksoy")}, Jugendmigrationsdienst
– {P("Nadine Grewing")}, Allgemeiner Sozialer Dienst des Jugendamts
– {P("Ayad Jabbar")} und {P("Souad Jabbar")}, Eltern
– {P("Rawand Aziz")}, Sprachmittler (Arabisch)

TOP 1 – Sachstand Schule
{P("Zainab")} (geb. {DOB("03.08.2012")}) hat seit Februar an 23 Tagen gefehlt, davon 14 Tage unentschuldigt. Frau {P("Overbeck")} berichtet, dass {P("Zainab")} im Unterricht ruhig und leistungsstark ist; in Mathematik und Englisch steht sie auf „gut". Sie klagt häufig über Bauchschmerzen und wird dann von der Mutter abgeholt.

TOP 2 – Situation der Familie
Die Familie lebt mit vier Kindern in einer Dreizimmerwohnung ({A("Ückendorfer Straße 233")}, {A("45886 Gelsenkirchen")}). Der älteste Sohn {P("Yousif Jabbar")} (geb. {DOB("19.04.2010")}) besucht dieselbe Schule. Frau {P("Jabbar")} berichtet über Herrn {P("Aziz")}, dass {P("Zainab")} morgens oft die jüngeren Geschwister versorgt, weil sie selbst ab 6 Uhr als Reinigungskraft arbeitet. Herr {P("Jabbar")} ist im Integrationskurs (Modul 5).

TOP 3 – Vereinbarungen
1. Die Eltern lassen die Bauchschmerzen bis Ende Mai kinderärztlich abklären und legen eine Bescheinigung vor.
2. Frau {P("Grewing")} prüft einen Antrag auf Hilfe zur Erziehung (ambulante Familienhilfe) und meldet sich bei der Familie.
3. Frau {P("Aksoy")} bietet {P("Zainab")} und {P("Yousif")} einen Platz in der Hausaufgabengruppe des JMD an (dienstags und donnerstags).
4. Herr {P("Jabbar")} ist für die Schule unter {T("0177 2604 9918")} erreichbar; Nachrichten bitte auch auf Arabisch.

Nächste Fallkonferenz: 03.07.2025, 09:30 Uhr

Gelsenkirchen, 16.05.2025
{P("U. Spieckermann")}
"""


# ================================================================ F128-009
@doc("outlook", "jugendlicher_ausbildung_gewerkschaft", ["UNION"])
def d009():
    return f"""Von: {P("Mamadou Diallo")} <{E("diallo.mamadousaliou@yahoo.fr")}>
Gesendet: Sonntag, 18. Mai 2025 22:41
An: {JMD_MAIL}
Betreff: Ausbildung problem

hallo frau {P("aksoy")},

ich bin {P("Mamadou Saliou Diallo")}, sie kennen mich vom jmd, ich mache ausbildung als elektroniker bei firma in Gladbeck seit august. chef sagt ich muss samstag arbeiten ohne geld und berufsschule nicht gehen wenn viel arbeit ist. ich bin jetzt in der IG Metall, herr {P("Bayram")} von der gewerkschaft sagt das ist verboten und er kann mit chef sprechen.

but I am afraid. if I complain they will fire me and then the Ausländerbehörde cancels my Ausbildungsduldung. my file number there is {AZ("32.21-D-4471/23")}. I dont want problem.

kann ich bitte termin bekommen diese woche? nach 16 uhr bitte. meine nummer {T("01521 7730184")}
neue adresse seit april: {A("Hiberniastraße 4a")}, {A("45879 Gelsenkirchen")}

danke
{P("Mamadou")}

Von meinem iPhone gesendet
"""


# ================================================================ F128-010
@doc("word", "formular_antrag_integrationskurs")
def d010():
    eat = ids.id_card(check_digit=False)
    return f"""Antrag auf Zulassung zum Integrationskurs (§ 44 Abs. 4 AufenthG)
– über das Kommunale Integrationszentrum weitergeleitet an das BAMF –

1. Angaben zur Person
Familienname:                 {P("Tekle")}
Vorname(n):                   {P("Helen")}
Geburtsdatum:                 {DOB("26.11.1996")}
Geburtsort / -land:           Keren / Eritrea
Staatsangehörigkeit:          eritreisch
Geschlecht:                   [ ] männlich  [x] weiblich  [ ] divers

2. Anschrift und Kontakt
Straße, Hausnummer:           {A("Schalker Straße 164")}
PLZ, Wohnort:                 {A("45881 Gelsenkirchen")}
Telefon:                      {T("0155 6042 7719")}
E-Mail:                       {E("helentekle96@gmail.com")}

3. Aufenthalt
Aufenthaltstitel:             Aufenthaltserlaubnis § 25 Abs. 2 AufenthG, gültig bis 14.01.2027
Dokumentennummer (eAT):       {IDC(eat)}
AZR-Nummer:                   {AZ("171208839254")}
BAMF-Aktenzeichen:            {AZ("8012345-224")}

4. Leistungsbezug
[x] Bürgergeld (Jobcenter), Kundennummer {AZ("362D123377")}
[ ] Asylbewerberleistungen   [ ] keine Leistungen

5. Kinderbetreuung
Kinderbetreuung während des Kurses erforderlich: [x] ja  [ ] nein
Name des Kindes: {P("Liya Samuel")}      Geburtsdatum: {DOB("04.03.2023")}

6. Erklärung
Ich versichere, dass meine Angaben richtig sind. Ich bin einverstanden, dass das Kommunale Integrationszentrum meine Angaben an das Bundesamt für Migration und Flüchtlinge und an den Kursträger weitergibt.

Gelsenkirchen, 06.05.2025          Unterschrift: {P("Helen Tekle")}

– Vom KI auszufüllen –
Eingang: 06.05.2025    geprüft: Identität (eAT), Leistungsbescheid    Bearbeitung: {P("Tobias Kampmann")}
"""


# ================================================================ F128-011
@doc("outlook", "auslaenderbehoerde_eat_eurodac", ["BIOMETRIC"])
def d011():
    eat = ids.id_card(check_digit=True)
    return f"""Von: {P("Ostendorf, Frank")} <{E("frank.ostendorf@gelsenkirchen.de")}>
Gesendet: Freitag, 23. Mai 2025 10:15
An: {P("Hülsmann, Jens")} <{E("j.huelsmann@gelsenkirchen.de")}>
Betreff: AW: Herr {P("Mansour")} – Termin eAT

Hallo Herr {P("Hülsmann")},

danke für die Info. Zum Stand bei Herrn {P("Khaled Mansour")} (geb. {DOB("09.10.1991")}, AZR-Nr. {AZ("150552388714")}):

Der Abgleich seiner Fingerabdrücke in EURODAC hat einen Treffer aus Bulgarien von 2015 ergeben, die Personalien stimmen überein. Damit ist die Identität geklärt, zusammen mit dem syrischen Reisepass Nr. {PASS("N014558203")}, den die Dokumentenprüfung als echt eingestuft hat. Die Fingerabdrücke für den neuen eAT wurden am 20.05. erfasst, die Karte ist bestellt (Dokumentennummer {IDC(eat)}).

Abholung ab 02.06. ohne Termin möglich, Herr {P("Mansour")} soll bitte den alten Ausweisersatz und den PIN-Brief mitbringen. Die Fiktionsbescheinigung gilt bis dahin weiter.

Mit freundlichen Grüßen
{P("Frank Ostendorf")}
Stadt Gelsenkirchen – Referat Zuwanderung, Ausländerangelegenheiten
Tel. {T("0209 169-3347")}

________________________________
Von: {P("Hülsmann, Jens")} <{E("j.huelsmann@gelsenkirchen.de")}>
Gesendet: Dienstag, 20. Mai 2025 09:03
An: {P("Ostendorf, Frank")} <{E("frank.ostendorf@gelsenkirchen.de")}>
Betreff: Herr {P("Mansour")} – Termin eAT

Sehr geehrter Herr {P("Ostendorf")},

Herr {P("Mansour")} (Ihr Az. {AZ("32.2-M-1187/19")}) hat mich gebeten nachzufragen, wann er seinen eAT abholen kann. Er hat ab 01.06. eine Stelle als Lagerhelfer und braucht den Titel für den Arbeitgeber. Er wohnt inzwischen {A("Grillostraße 37")}, {A("45881 Gelsenkirchen")} und ist unter {T("0178 4412 9073")} erreichbar.

Viele Grüße
{P("Jens Hülsmann")}
Kommunales Integrationszentrum
"""


# ================================================================ F128-012
@doc("word", "export_fachverfahren_faelle")
def d012():
    rows = [
        ("KI-B-2025-0311", "Haidari", "Nasrin", "1986-05-02", "Bergmannstraße 29", "45886 Gelsenkirchen", "0176 3015 7782", "Wiedervorlage", "Hülsmann"),
        ("KI-B-2025-0318", "Oduya", "Grace", "1999-12-17", "Am Bugapark 3", "45899 Gelsenkirchen", "", "offen", "Terhorst"),
        ("KI-B-2025-0322", "Tkachenko", "Yaroslav", "2006-08-30", "Feldhauser Straße 115", "45896 Gelsenkirchen", "0157 9042 3318", "offen", "Aksoy"),
        ("KI-B-2025-0330", "Bakr", "Mustafa", "1977-02-11", "Markenstraße 6", "45899 Gelsenkirchen", "0209 5179 021", "Termin 12.06.", "Hülsmann"),
        ("KI-B-2025-0341", "Gebreyesus", "Rahel", "2008-03-22", "Uechtingstraße 71", "45881 Gelsenkirchen", "0152 7741 6038", "offen", "Aksoy"),
        ("KI-B-2025-0347", "Korkmaz", "Songül", "1990-10-05", "Polsumer Straße 88", "45896 Gelsenkirchen", "0171 2284 950", "abgeschlossen", "Kampmann"),
        ("KI-B-2025-0352", "Sahak", "Arman", "1969-07-19", "Ringstraße 17", "45879 Gelsenkirchen", "0163 4418 2205", "Wiedervorlage", "Terhorst"),
    ]
    out = []
    for az, sur, first, dob, street, city, tel, status, staff in rows:
        tel_m = T(tel) if tel else ""
        out.append(f"{AZ(az)};{P(sur)};{P(first)};{DOB(dob)};{A(street)};{A(city)};{tel_m};{status};{P(staff)}")
    body = "\n".join(out)
    return f"""Export aus Fachverfahren „KI-Beratung" – offene und kürzlich geänderte Fälle, Team Nord
Erstellt: 02.06.2025 07:55 · Filter: Änderungsdatum >= 01.05.2025 · 7 Datensätze

Aktenzeichen;Nachname;Vorname;Geburtsdatum;Straße;PLZ Ort;Telefon;Status;Bearbeitung
{body}

Hinweis: Export enthält personenbezogene Daten. Nur für den Dienstgebrauch, nach Verwendung löschen.
"""


# ================================================================ F128-013
@doc("outlook", "antwort_anerkennung_pflege")
def d013():
    return f"""Von: {P("Kampmann, Tobias")} <{E("tobias.kampmann@gelsenkirchen.de")}>
Gesendet: Montag, 26. Mai 2025 09:40
An: {P("Zahra Rahimi")} <{E("zahra.rahimi.kbl@gmail.com")}>
Betreff: AW: Anerkennung Krankenpflege Kabul

Sehr geehrte Frau {P("Rahimi")},

vielen Dank für Ihre Nachricht. Sie müssen nichts neu beantragen. Ihr Antrag liegt bei der Zentralen Anerkennungsstelle für Gesundheitsberufe der Bezirksregierung Münster unter dem Aktenzeichen {AZ("24.05.31-0875/25")}. Die Bezirksregierung hat wesentliche Unterschiede festgestellt; Sie können wählen zwischen einer Kenntnisprüfung und einem Anpassungslehrgang (in your case: 6 to 9 months of practical training in a hospital).

Because you already work as Pflegehilfskraft, the Anpassungslehrgang might be easier. Ich schlage einen Termin in meiner Sprechstunde vor: Dienstag, 03.06., 10:30 Uhr. Bitte bringen Sie den Bescheid und Ihr B2-Zertifikat mit. Ihr Mann, Herr {P("Rahimi")}, kann gern mitkommen.

Mit freundlichen Grüßen
{P("Tobias Kampmann")}
Anerkennungs- und Qualifizierungsberatung
Kommunales Integrationszentrum Gelsenkirchen
{KI_STREET}, {KI_PLZ}
Tel. {T("0209 169-4215")}

-----Original Message-----
From: {P("Zahra Rahimi")} <{E("zahra.rahimi.kbl@gmail.com")}>
Sent: Friday, May 23, 2025 9:14 PM
To: {KI_MAIL}
Subject: Anerkennung Krankenpflege Kabul

Hello, sorry I write in English, my German is B2 but writing is difficult.

My name is {P("Zahra Rahimi")}, born {DOB("07/12/1990")}. I worked as a nurse in a hospital in Kabul from 2012 to 2021. Now I work as Pflegehilfskraft in an Altenheim in Buer. The Bezirksregierung sent me a letter with the number {AZ("24.05.31-0875/25")}, but I do not understand if I have to apply again or do an exam.

My address: {A("Husemannstraße 48")}, {A("45879 Gelsenkirchen")}, phone {T("0176 5581 0372")}. My husband {P("Sayed Hashem Rahimi")} can also translate if needed ({T("0176 5581 0419")}).

Thank you very much,
{P("Zahra Rahimi")}
"""


# ================================================================ F128-014
@doc("word", "stellungnahme_anerkennung_apothekerin")
def d014():
    return f"""Stadt Gelsenkirchen
Kommunales Integrationszentrum – Anerkennungsberatung
{KI_STREET} · {KI_PLZ}

Bezirksregierung Düsseldorf
Dezernat 24 – Approbationen
{N("Cecilienallee 2")}
{N("40474 Düsseldorf")}

Ihr Zeichen: {AZ("24.08.01-3319/24")}          Unser Zeichen: {AZ("KI-33/2025-Nas")}          Datum: 04.06.2025

Antrag auf Erteilung der Approbation als Apothekerin
hier: Frau {P("Rima Nassar")}, geb. {DOB("17.07.1985")} in Homs

Sehr geehrte Damen und Herren,

Frau {P("Nassar")}, wohnhaft {A("Bismarckstraße 180")}, {A("45889 Gelsenkirchen")}, wird von uns seit 2023 im Anerkennungsverfahren beraten. Mit ihrem Einverständnis teilen wir Folgendes mit:

1. Frau {P("Nassar")} hat am 18.03.2025 die Fachsprachprüfung bei der Apothekerkammer Westfalen-Lippe bestanden.
2. Sie absolviert seit dem 01.02.2025 ein Praktikum in der Adler-Apotheke in Gelsenkirchen-Buer. Der Inhaber, Apotheker {P("Bernd Wolters")}, bestätigt eine Anstellung als pharmazeutisch-technische Hilfskraft bis zur Approbation.
3. Für die Vorbereitung auf die Kenntnisprüfung hat sie einen Platz im Vorbereitungskurs der Universität Münster ab September 2025 erhalten.

Wir bitten, die Kenntnisprüfung möglichst im Frühjahr 2026 anzusetzen, und stehen für Rückfragen zur Verfügung.

Mit freundlichen Grüßen
Im Auftrag

{P("Sabine Wiemann")}
Sachgebietsleitung
Tel. {T("0209 169-4100")} · {E("sabine.wiemann@gelsenkirchen.de")}
"""


# ================================================================ F128-015
@doc("outlook", "traeger_fehlzeiten_liste")
def d015():
    company_iban = iban_de()
    company_vat = ids.vat_id()
    return f"""Von: {P("Ilona Budde")} <{E("budde@sprachwerk-ruhr.de")}>
Gesendet: Montag, 5. Mai 2025 13:08
An: {P("Terhorst, Annika")} <{E("annika.terhorst@gelsenkirchen.de")}>
Cc: {N("verwaltung@sprachwerk-ruhr.de")}
Betreff: Fehlzeiten Integrationskurs IK-25-03 (Modul 4) – April

Liebe Frau {P("Terhorst")},

anbei wie besprochen die Teilnehmenden mit unentschuldigten Fehlzeiten über 20 % im April:

1. {P("Ali Reza Mohammadi")} – 9 UE – JC-Kd.-Nr. {AZ("362D120733")} – Tel. {T("0152 0419 8853")}
2. {P("Nour Al-Sayed")} – 12 UE – BAMF-Berechtigung, kein Leistungsbezug
3. {P("Ibrahima Bah")} – 16 UE – JC-Kd.-Nr. {AZ("362D119265")} – Tel. {T("0157 8826 1540")}
4. {P("Elsa Kidane")} – 8 UE – Tel. {T("0176 2290 6614")}
5. {P("Hüseyin Arslan")} – 21 UE – JC-Kd.-Nr. {AZ("362D121004")}

Herr {P("Arslan")} hat mir gestern mitgeteilt, dass er seit März Vollzeit bei einer Spedition arbeitet; er möchte in den Abendkurs wechseln. Frau {P("Al-Sayed")} fehlt, weil die Kinderbetreuung ihrer Tochter weggefallen ist. Bei Frau {P("Kidane")} und Herrn {P("Bah")} haben wir bisher niemanden erreicht.

Die Meldung an das Jobcenter mache ich wie immer zum 10. des Monats, falls Sie vorher noch mit jemandem sprechen möchten.

Herzliche Grüße
{P("Ilona Budde")}
Kurskoordination Integrationskurse

Sprachwerk Ruhr gGmbH · {N("Munckelstraße 12")} · {N("45879 Gelsenkirchen")}
Tel. {N("0209 3861 77-0")} · www.sprachwerk-ruhr.de
Sparkasse Gelsenkirchen · IBAN {N(company_iban)} · USt-IdNr. {N(company_vat)}
Amtsgericht Gelsenkirchen HRB 9912 · Geschäftsführung: siehe Impressum
"""


# ================================================================ F128-016
@doc("word", "vermerk_familiennachzug")
def d016():
    return f"""Beratungsvermerk Familiennachzug zu subsidiär Schutzberechtigten (§ 36a AufenthG)

Az.: {AZ("KI-FN-2025-031")}
Ratsuchende: {P("Hiba Alloush")}, geb. {DOB("05.05.1990")}, subsidiärer Schutz seit 11/2023 (BAMF-Az. {AZ("8841027-475")})
Anschrift: {A("Wanner Straße 96")}, {A("45888 Gelsenkirchen")} · Tel. {T("0163 8841 206")}

Nachzuziehende Familienangehörige (Aufenthalt: Gaziantep, Türkei)

Name                  | Verhältnis | geb.         | Reisepass
{P("Wael Alloush")}          | Ehemann    | {DOB("22.10.1986")}   | {PASS("N012204871")}
{P("Lana Alloush")}          | Tochter    | {DOB("14.01.2014")}   | {PASS("N015573390")}
{P("Karim Alloush")}         | Sohn       | {DOB("30.08.2016")}   | kein Pass (Passersatz nötig)

Kontakt Ehemann (WhatsApp): {T("+90 533 418 27 64")}
Registrierung Terminwarteliste Generalkonsulat Istanbul: {AZ("IST-FZ-2025-11893")}

Sachstand 21.05.2025:
– Frau {P("Alloush")} wurde über das monatliche Kontingent von 1.000 Visa und die Härtefallkriterien informiert.
– Für {P("Karim")} fehlt ein syrischer Pass; die Botschaft in Berlin stellt Pässe nur bei persönlicher Vorsprache aus. Klären, ob das Konsulat einen Reiseausweis akzeptiert.
– Wohnraum: 2-Zimmer-Wohnung, 58 m² – für fünf Personen zu klein. Frau {P("Alloush")} sucht eine größere Wohnung; Wohnungsbörse und Wohnberechtigungsschein angesprochen.
– Lebensunterhalt: Frau {P("Alloush")} arbeitet 30 Std./Woche als Küchenhilfe, aufstockend Bürgergeld.

Nächste Schritte: Antrag auf Zustimmung der Ausländerbehörde vorbereiten (Termin 10.06.), Unterlagen von Herrn {P("Alloush")} per WhatsApp anfordern (Heiratsurkunde, Familienbuch).

Bearbeitung: {P("Jens Hülsmann")}
"""


# ================================================================ F128-017
@doc("outlook", "elternmail_seiteneinsteiger_tr")
def d017():
    return f"""Von: {P("Sevgi Doğan")} <{E("sevgidogan77@hotmail.com")}>
Gesendet: Donnerstag, 22. Mai 2025 07:31
An: {KI_MAIL}
Betreff: Schule für mein Sohn / okul kaydı

Merhaba, guten Tag,

mein Sohn {P("Baran Doğan")} (geb. {DOB("12.02.2011")}) ist am 20. April mit mir aus Izmir gekommen, Familienzusammenführung zu meinem Mann {P("Serkan Doğan")}, er arbeitet hier seit 2019 bei einer Firma in Gladbeck. {P("Baran")} hat in der Türkei die 8. Klasse gemacht, seine Zeugnisse habe ich übersetzen lassen.

Das Schulamt sagt, wir müssen zuerst zum Kommunalen Integrationszentrum für die Seiteneinsteiger-Beratung. Wann haben Sie einen Termin? Ich kann nur nachmittags, ich mache Deutschkurs vormittags. {P("Baran")} spricht ein bisschen Englisch, aber noch kein Deutsch.

Für die Anmeldung: mein Reisepass hat die Nummer {PASS("U19238417")}, die Aufenthaltserlaubnis bekommen wir nächste Woche.

Adres: {A("Horster Straße 301")}, {A("45897 Gelsenkirchen")}
Tel.: {T("0172 6619 0437")} (ich) / {T("0171 3380 5126")} (mein Mann)

Teşekkürler, vielen Dank
{P("Sevgi Doğan")}
"""


# ================================================================ F128-018
@doc("word", "erfassungsbogen_schulplatz_ua", ["HEALTH"])
def d018():
    kv1, kv2 = ids.health_insurance(), ids.health_insurance()
    return f"""Kommunales Integrationszentrum Gelsenkirchen – Seiteneinstieg
Erfassungsbogen für die Schulplatzvermittlung (neu zugewanderte Schülerinnen und Schüler)

Erziehungsberechtigte:      {P("Iryna Shevchuk")} (Mutter)
Ausweisdokument:            ukrainischer Reisepass {PASS("FT204417")}
Anschrift:                  {A("Knappschaftsstraße 7")}, {A("45886 Gelsenkirchen")}
Telefon / E-Mail:           {T("0157 3091 2284")} / {E("iryna.shevchuk@ukr.net")}
Familiensprache:            Ukrainisch, Russisch
Krankenversicherung:        AOK NordWest

Kind 1
Name, Vorname:              {P("Shevchuk, Sofiia")}
Geburtsdatum / -ort:        {DOB("18.07.2013")} / Mykolajiw
Versichertennummer:         {KV(kv1)}
Zuletzt besuchte Klasse:    6. Klasse, Gymnasium Nr. 2 Mykolajiw (bis 02/2025 online)
Englisch:                   gut   Deutsch: Anfängerin (A1)
Masernschutz nachgewiesen:  ja (Impfpass, 2 Impfungen)

Kind 2
Name, Vorname:              {P("Shevchuk, Maksym")}
Geburtsdatum / -ort:        {DOB("02.03.2016")} / Mykolajiw
Versichertennummer:         {KV(kv2)}
Zuletzt besuchte Klasse:    3. Klasse
Masernschutz nachgewiesen:  nein – Impfung am 28.05. beim Kinderarzt vereinbart
Besonderheiten:             {P("Maksym")} hat eine Hörminderung links und trägt ein Hörgerät; Sitzplatz vorn empfohlen.

Ergebnis der Beratung:
{P("Sofiia")} → Internationale Klasse, Gesamtschule Horst, ab 10.06.2025
{P("Maksym")} → Grundschule Bismarck, Klasse 3 mit Sprachförderung, ab 10.06.2025

Gelsenkirchen, 21.05.2025     Beratung: {P("Svitlana Moroz")}     Unterschrift Erziehungsberechtigte: {P("I. Shevchuk")}
"""


# ================================================================ F128-019
@doc("outlook", "ueberweisung_psz_vertraulich", ["HEALTH", "RELIGION", "ETHNICITY"])
def d019():
    return f"""Von: {P("Carla Nientiedt")} <{E("c.nientiedt@psz-emscher-lippe.de")}>
Gesendet: Montag, 12. Mai 2025 15:47
An: {P("Hülsmann, Jens")} <{E("j.huelsmann@gelsenkirchen.de")}>
Betreff: Rückfrage Frau {P("Khalaf")} – vertraulich

Sehr geehrter Herr {P("Hülsmann")},

eine Schweigepflichtentbindung liegt vor, daher melde ich mich wegen Frau {P("Nareen Khalaf")}, geb. {DOB("1.7.1994")}.

Frau {P("Khalaf")} ist Jesidin aus dem Sindschar-Gebiet. Sie war nach 2014 über ein Jahr in Gefangenschaft des IS und ist seit Januar bei uns in traumatherapeutischer Behandlung (posttraumatische Belastungsstörung). Ein regulärer Integrationskurs mit 25 Teilnehmenden und wechselnden Lehrkräften ist für sie derzeit nicht zumutbar, das haben wir auch dem Jobcenter bescheinigt.

Gibt es in Gelsenkirchen einen Frauenkurs mit Kinderbetreuung? Ihre Kinder {P("Dilvin")} (8) und {P("Rezan")} (5) sind vormittags in Schule bzw. Kita, aber nicht zuverlässig bis 13 Uhr. Frau {P("Khalaf")} wünscht sich ausdrücklich keine männlichen Kursteilnehmer aus dem Irak.

Ihr Bruder, Herr {P("Khero Khalaf")}, übersetzt bei Terminen und ist unter {T("0173 5547 2260")} erreichbar. Frau {P("Khalaf")} selbst wohnt {A("Dessauerstraße 12")}, {A("45886 Gelsenkirchen")}.

Mit freundlichen Grüßen
{P("Carla Nientiedt")}
Dipl.-Psych., Psychologische Psychotherapeutin
Psychosoziales Zentrum Emscher-Lippe
{N("Am Rundhöfchen 5")} · {N("45879 Gelsenkirchen")} · Tel. {N("0209 7001 93-0")}
"""


# ================================================================ F128-020
@doc("word", "telefonnotiz_jobcenter")
def d020():
    return f"""Telefonnotiz

Datum/Uhrzeit:  03.06.2025, 11:20 Uhr
Anrufer:        Herr {P("Marc Rosenthal")}, Jobcenter Gelsenkirchen, Team 365, Durchwahl {T("0209 6045-3654")}
Angenommen:     {P("J. Hülsmann")}
Betrifft:       {P("Tesfalem Berhane")}, geb. {DOB("1.1.1999")}, Kd.-Nr. {AZ("365D100872")}, BG-Nr. {AZ("36505//0102458")}

Herr {P("Rosenthal")} teilt mit, dass Herr {P("Berhane")} zum zweiten Mal nicht zu einer Einladung erschienen ist (19.05. und 02.06.). Eine Leistungsminderung um 10 % wird geprüft; vorher erhält Herr {P("Berhane")} eine Anhörung.

Herr {P("Berhane")} hatte mir am 28.05. gesagt, dass er die Briefe nicht versteht und dass der Briefkasten in der Unterkunft ({A("Emscherstraße 40")}, {A("45891 Gelsenkirchen")}) oft aufgebrochen ist. Das habe ich Herrn {P("Rosenthal")} so weitergegeben.

Vereinbart:
– Ich rufe Herrn {P("Berhane")} heute noch an ({T("0151 2877 0316")}) und erkläre ihm die Anhörung; Dolmetscherin Frau {P("Woldemichael")} für Tigrinya ist für Donnerstag angefragt.
– Herr {P("Rosenthal")} schickt künftige Einladungen zusätzlich an das KI (Einverständnis von Herrn {P("Berhane")} liegt vor).
– Neuer Termin im Jobcenter: 12.06.2025, 9:00 Uhr, Zimmer B 214.

gez. {P("Hülsmann")}
"""


# ================================================================ F128-021
@doc("outlook", "englische_mail_zab_bluecard")
def d021():
    card = ids.credit_card("4", 16)
    iban = iban_de(spaced=True)
    rn = rnokpp(datetime.date(1990, 8, 14), male=True)
    stid = tax_id("spaced")
    return f"""From: {P("Dmytro Bondarenko")} <{E("d.bondarenko.dev@gmail.com")}>
Sent: Wednesday, 28 May 2025 18:22
To: {P("Kampmann, Tobias")} <{E("tobias.kampmann@gelsenkirchen.de")}>
Subject: ZAB Statement of Comparability – payment problem

Dear Mr {P("Kampmann")},

thank you again for the counselling last Tuesday. I applied at ZAB for the Statement of Comparability for my Master's degree (Kharkiv National University of Radio Electronics, 2013). My ZAB reference number is {AZ("ZAB-2025-118204")}.

The online payment of 200 EUR failed twice with my Visa card {CC(group(card, 4))}, and ZAB now asks me to pay by bank transfer. I opened a German account last week (IBAN {IBAN(iban)}). Is it a problem if the transfer comes from my wife's name? She is co-owner of the account.

Second question: my future employer (the Blue Card job in Essen) asks for my Ukrainian tax number (RNOKPP {TID(rn)}) and a copy of my passport ({PASS("FX612087")}). I already received my German Steuer-ID from the Bundeszentralamt: {TID(stid)}. Do they need the Ukrainian one at all? I don't want to send more data than necessary.

You can reach me on {T("+49 1590 1442871")} after 5 pm. My address is still {A("Hohenzollernstraße 27")}, {A("45888 Gelsenkirchen")}.

Best regards,
{P("Dmytro Bondarenko")}
"""


# ================================================================ F128-022
@doc("word", "rechnung_sprachmittlung")
def d022():
    tnr = ids.tax_number_nrw()
    vat = ids.vat_id()
    iban = iban_de()
    return f"""{P("Tigist Woldemichael")}
Sprachmittlung Tigrinya · Amharisch · Englisch
{A("Breite Straße 31")} · {A("45657 Recklinghausen")}
Tel. {T("0176 3399 5208")} · {E("tigist.woldemichael@web.de")}

Stadt Gelsenkirchen
Kommunales Integrationszentrum
z. Hd. Herrn {P("Jens Hülsmann")}
{KI_STREET}
{KI_PLZ}

Rechnung Nr. 2025-041                                   Recklinghausen, 31.05.2025
Leistungszeitraum: Mai 2025 · Ihre Bestellung vom 02.01.2025 (Rahmenvereinbarung Sprachmittlung)

Datum  | Einsatz                                                   | Std. | Betrag
06.05. | Beratung Frau {P("Semhar Tesfay")}, Familiennachzug            | 1,5  |  82,50 EUR
13.05. | Begleitung Herr {P("Tesfalem Berhane")}, Jobcenter            | 2,0  | 110,00 EUR
20.05. | Elterngespräch Frau {P("Elsa Kidane")}, Kita Hüssener Straße   | 1,0  |  55,00 EUR
27.05. | Beratung Frau {P("Helen Tekle")}, Integrationskurs              | 1,0  |  55,00 EUR
       | Fahrtkosten 4 × 22 km × 0,30 EUR                          |      |  26,40 EUR
Summe netto                                                                    328,90 EUR
zzgl. 19 % USt.                                                                 62,49 EUR
Rechnungsbetrag                                                                391,39 EUR

Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf mein Konto:
Sparkasse Vest Recklinghausen · IBAN {IBAN(iban)}

Steuernummer: {TNR(tnr)} · USt-IdNr.: {VAT(vat)}

{P("Tigist Woldemichael")}
"""


# ================================================================ F128-023
@doc("outlook", "rueckrufbitte_empfang")
def d023():
    return f"""Von: {P("Böckenhoff, Jacqueline")} <{E("jacqueline.boeckenhoff@gelsenkirchen.de")}>
Gesendet: Freitag, 16. Mai 2025 11:02
An: {P("Hülsmann, Jens")} <{E("j.huelsmann@gelsenkirchen.de")}>
Betreff: Rückrufbitte Fr. {P("Barry")}

Hallo Herr {P("Hülsmann")},

Frau {P("Fatoumata Barry")} hat angerufen und bittet um Rückruf wegen eines Kita-Platzes für ihre Tochter {P("Aïssatou")} (geb. {DOB("08.03.2022")}). Sie sagt, sie war schon im Februar bei Ihnen.
Tel. {T("0157 3190 4468")}, am besten nach 15 Uhr. Sie spricht Französisch, Deutsch nur wenig.

Gruß
{P("J. Böckenhoff")}
Servicecenter KI
"""


# ================================================================ F128-024
@doc("word", "stellungnahme_ausbildungsduldung", ["HEALTH"])
def d024():
    return f"""Jugendmigrationsdienst Gelsenkirchen
{N("jmd@gelsenkirchen.de")} · Zentrale {KI_TEL}

An das
Referat Zuwanderung, Ausländerangelegenheiten
– im Hause –

Gelsenkirchen, 27.05.2025

Stellungnahme zum Antrag auf Erteilung einer Ausbildungsduldung (§ 60c AufenthG)
Herr {P("Ousmane Camara")}, geb. {DOB("11.11.2003")}, Ihr Az. {AZ("32.21-C-0922/22")}

Sehr geehrte Damen und Herren,

Herr {P("Camara")} wird seit Juni 2022 vom Jugendmigrationsdienst begleitet. Er wohnt {A("Feldmarkstraße 55")}, {A("45883 Gelsenkirchen")}, und hat am 01.08.2024 eine Ausbildung zum Fachlageristen bei der Logistik Nordstern GmbH begonnen. Sein Ausbilder, Herr {P("Jannik Pförtner")}, bestätigt uns regelmäßige Anwesenheit und gute Leistungen; die Zwischenprüfung ist für Oktober 2025 angesetzt.

Zu den Fehlzeiten im Herbst 2024: Herr {P("Camara")} war wegen einer offenen Lungentuberkulose von September bis Mitte Oktober stationär und danach ambulant in Behandlung. Die Behandlung ist abgeschlossen, eine Ansteckungsgefahr besteht laut Gesundheitsamt nicht mehr. Das Attest liegt Ihnen vor.

Zur Identitätsklärung hat Herr {P("Camara")} bei der Botschaft der Republik Guinea in Berlin einen Reisepass beantragt; der Pass (Nr. {PASS("R0458812")}) wurde am 14.04.2025 ausgestellt und liegt Ihnen in Kopie vor.

Aus unserer Sicht erfüllt Herr {P("Camara")} die Voraussetzungen. Wir bitten, die Ausbildungsduldung zu erteilen.

Mit freundlichen Grüßen

{P("Marek Szymański")}
Jugendmigrationsdienst – Bildungs- und Berufsberatung
Tel. {T("0209 169-4233")} · {E("marek.szymanski@gelsenkirchen.de")}
"""


# ================================================================ F128-025
@doc("outlook", "beratungsstelle_verlegung", ["SEXUAL_ORIENTATION"])
def d025():
    return f"""Von: {P("Lukas Brandhorst")} <{E("l.brandhorst@queer-refugees-ruhr.de")}>
Gesendet: Dienstag, 20. Mai 2025 08:58
An: {P("Hülsmann, Jens")} <{E("j.huelsmann@gelsenkirchen.de")}>
Cc: {P("Aksoy, Derya")} <{E("derya.aksoy@gelsenkirchen.de")}>
Betreff: Dringend: Verlegung Herr {P("Sow")} (vertraulich)

Hallo Herr {P("Hülsmann")}, hallo Frau {P("Aksoy")},

wie gestern am Telefon angekündigt: Herr {P("Alpha Oumar Sow")} (geb. {DOB("24.05.2004")}, BAMF-Az. {AZ("8874410-261")}) lebt in der Unterkunft {A("Emscherstraße 40")}, Zimmer 2.07. Nachdem Mitbewohner mitbekommen haben, dass er schwul ist, wurde er mehrfach bedroht, am Samstag wurde seine Tür beschädigt. Eine Anzeige ist erstattet.

Herr {P("Sow")} braucht dringend einen anderen Platz, am besten in einer Wohnung statt einer Sammelunterkunft. Übergangsweise kann er bei seinem Freund, Herrn {P("Moussa Keita")}, unterkommen ({A("Grenzstraße 8")}, {A("45881 Gelsenkirchen")}, Tel. {T("0152 3398 1170")}). Wäre eine Zuweisung dorthin bzw. eine Wohnsitzänderung möglich?

Herr {P("Sow")} selbst ist unter {T("0155 1047 3386")} erreichbar, spricht Französisch, Pular und etwas Deutsch.

Viele Grüße
{P("Lukas Brandhorst")} (er/ihm)
Beratung für queere Geflüchtete
Queer Refugees Ruhr e. V.
"""


# ================================================================ F128-026
@doc("word", "warteliste_kurs_kinderbetreuung")
def d026():
    return f"""Warteliste Integrationskurs mit Kinderbetreuung (Eltern-Integrationskurs) – Stand 28.05.2025
geführt von {P("A. Terhorst")}, bitte nur in der Kopie auf dem Laufwerk ändern

Nr. | Name | Telefon | Kinder (Alter) | seit | Bemerkung
1 | {P("Mariam Sultani")} | {T("0152 6630 1147")} | 2 (3, 5) | 03/2025 | Ehemann im Vormittagskurs, Patin Frau {P("Hambrock")} hilft
2 | {P("Nour Al-Sayed")} | {T("0157 7306 6621")} | 1 (2) | 04/2025 | derzeit IK-25-03, Wechsel wegen Kita-Wegfall
3 | {P("Nareen Khalaf")} | über Bruder {T("0173 5547 2260")} | 2 (5, 8) | 05/2025 | nur Frauenkurs! siehe Mail vom 12.05.
4 | {P("Helen Tekle")} | {T("0155 6042 7719")} | 1 (2) | 05/2025 | Antrag ans BAMF weitergeleitet
5 | {P("Shabnam Habibi")} | {T("0178 6651 0924")} | 3 (1, 4, 9) | 02/2025 | Alphabetisierungskurs nötig
6 | {P("Fatoumata Barry")} | {T("0157 3190 4468")} | 1 (3) | 05/2025 | Französisch, Rückruf offen
7 | {P("Songül Korkmaz")} | {E("songul.korkmaz90@gmail.com")} | 2 (4, 6) | 01/2025 | nur per Mail erreichbar
8 | {P("Grace Oduya")} | – | 1 (1) | 05/2025 | Englisch, Kontakt über Unterkunft

Notizen:
– {P("Mariam")} und {P("Shabnam")} könnten gemeinsam in den Alpha-Kurs der VHS, Start September.
– Frau {P("Barry")} hat noch keinen Berechtigungsschein, bitte zuerst Antrag stellen.
– Für Frau {P("Oduya")} prüfen, ob das Jobcenter die Fahrtkosten übernimmt.
"""


# ================================================================ F128-027
@doc("outlook", "mail_politisch_verfolgter_jurist", ["POLITICS", "ETHNICITY"])
def d027():
    tc = tc_kimlik()
    card = ids.credit_card("52", 16)
    return f"""Von: {P("Cemal Aydın")} <{E("cemal.aydin.hukuk@gmail.com")}>
Gesendet: Samstag, 31. Mai 2025 10:05
An: {KI_MAIL}
Betreff: Anerkennung Jura-Abschluss – Beratungstermin

Sehr geehrte Damen und Herren,

mein Name ist {P("Cemal Aydın")}, geboren am {DOB("3. April 1979")} in Nusaybin. Ich bin Kurde und habe in Diyarbakır Rechtswissenschaften studiert (Dicle Üniversitesi, 2002). Bis 2016 war ich Rechtsanwalt und Mitglied des Gemeinderats von Nusaybin für die HDP. Nach der Absetzung der gewählten Ko-Bürgermeister wurde ich angeklagt und war 22 Monate in Untersuchungshaft. Seit 2023 bin ich in Deutschland, als Flüchtling anerkannt (BAMF-Az. {AZ("9120447-163")}).

Ich möchte wissen, ob ich mit meinem Abschluss in Deutschland als Rechtsberater oder in einer Beratungsstelle arbeiten kann. Die ZAB hat meine Unterlagen schon; die Gebühr habe ich mit der Kreditkarte meiner Frau {P("Berfin Aydın")} bezahlt ({CC(card)}), eine Bestätigung habe ich aber nicht bekommen.

Für die Unterlagen: meine türkische Identitätsnummer (T.C. Kimlik No.) ist {IDC(tc)}. Meinen türkischen Pass habe ich nicht mehr, ich habe einen Reiseausweis für Flüchtlinge.

Adresse: {A("Kurt-Schumacher-Straße 142")}, {A("45881 Gelsenkirchen")}
Telefon: {T("0162 4471 0039")}

Mit freundlichen Grüßen
{P("Cemal Aydın")}
"""


# ================================================================ F128-028
@doc("word", "uebergabevermerk_jmd", ["UNION"])
def d028():
    return f"""Übergabevermerk – Vertretung während Elternzeit
von: {P("Derya Aksoy")}   an: {P("Marek Szymański")}   Zeitraum: 16.06.–31.12.2025

Laufende Fälle (Stand 06.06.2025), Akten im Schrank 3, digital unter JMD > Fälle > 2025

1. {P("Mohammad Jawad Rezaie")} ({AZ("JMD-2025-0188")}) – Praktikum Autohaus zugesagt (Osterferien lief gut), jetzt Bewerbung Ausbildung Kfz-Mechatroniker ab 08/2026. Vormund Frau {P("Pöppinghaus")}, Tel. {T("0209 169-5521")}. {P("Jawad")} ist zuverlässig, meldet sich aber nicht von selbst – bitte aktiv nachfragen.

2. {P("Mamadou Saliou Diallo")} ({AZ("JMD-2024-0412")}) – Konflikt mit dem Ausbildungsbetrieb (unbezahlte Samstage). Er ist inzwischen Mitglied der IG Metall; Herr {P("Bayram")} (IG Metall Gelsenkirchen, {T("0209 14702-31")}) begleitet das Gespräch mit dem Betrieb am 24.06. {P("Mamadou")} hat Angst um seine Duldung – bitte beruhigen und bei Bedarf Ausländerbehörde einbeziehen.

3. {P("Zainab Jabbar")} / {P("Yousif Jabbar")} – Hausaufgabengruppe dienstags/donnerstags. Fallkonferenz am 03.07. an der Gesamtschule Berger Feld; Ansprechpartner Schule: Herr {P("Spieckermann")}.

4. {P("Ousmane Camara")} ({AZ("JMD-2022-0097")}) – Stellungnahme Ausbildungsduldung am 27.05. abgegeben. Bescheid abwarten. Tel. {T("0176 8802 5541")}.

5. {P("Rahel Gebreyesus")} (geb. {DOB("22.03.2008")}) – neu seit Mai, 17 Jahre, aus Eritrea über Familiennachzug. Schulplatz Berufskolleg fehlt noch; Mutter {P("Tsega Gebreyesus")} erreichbar über {T("0152 7741 6038")}.

6. {P("Yaroslav Tkachenko")} (geb. {DOB("30.08.2006")}) – will Abitur nachholen, Weiterbildungskolleg Emscher-Lippe. Zeugnisanerkennung bei der Bezirksregierung läuft, Az. {AZ("48.2-1/7713/25")}. E-Mail: {E("yar.tkachenko@gmail.com")}.

Allgemein: Der Verlegungsfall {P("Sow")} läuft über Herrn {P("Hülsmann")}, nicht über den JMD.

{P("D. Aksoy")}, 06.06.2025
"""


# ================================================================ F128-029
@doc("outlook", "patin_informell_fahrt")
def d029():
    return f"""Von: {P("Gisela Hambrock")} <{E("gisela.hambrock@t-online.de")}>
Gesendet: Sonntag, 1. Juni 2025 19:44
An: {P("Terhorst, Annika")} <{E("annika.terhorst@gelsenkirchen.de")}>
Betreff: Familie {P("Sultani")} – Fahrt zur Ausländerbehörde + Kita

Liebe Frau {P("Terhorst")},

ich bin ja seit letztem Herbst ehrenamtliche Patin der Familie {P("Sultani")}. Zwei Sachen:

1) {P("Mariam")} hat am 17.6. um 8:30 den Termin bei der Ausländerbehörde (Verlängerung). Ich fahre sie hin, weil sie mit den beiden Kleinen sonst nicht pünktlich ist. Die Behörde wollte für den Besucherparkplatz mein Kennzeichen wissen: {KFZ("GE-GH 512")}. Kann ich das einfach so angeben oder muss {P("Mariam")} das selbst beantragen?

2) Für {P("Sahar")} (geb. {DOB("09.11.2021")}) suchen wir immer noch einen Kita-Platz, ohne den kann {P("Mariam")} den Kurs nicht machen. {P("Omid")} geht schon in den Kindergarten, aber nur bis 12 Uhr. Steht {P("Mariam")} eigentlich noch auf Ihrer Warteliste?

{P("Hamid")} hat übrigens ein neues Handy, die alte Nummer geht nicht mehr. Neu: {T("0159 0176 3348")}.

Herzliche Grüße, auch von meinem Mann
{P("Gisela Hambrock")}
{A("Am Vogelsang 12")}, {A("45894 Gelsenkirchen")}
Tel. {T("0209 397 214")}
"""


# ================================================================ F128-030
@doc("word", "personalfragebogen_auszubildende")
def d030():
    stid = tax_id("plain")
    sv = ssn("270307", "H", spaced=True)
    kv = ids.health_insurance()
    iban = iban_de()
    eat = ids.id_card(check_digit=True)
    return f"""Dachdeckerei Brinkhoff GmbH · {N("Lohmühlenweg 22")} · {N("45891 Gelsenkirchen")} · Tel. {N("0209 40890-0")}

PERSONALFRAGEBOGEN FÜR AUSZUBILDENDE
(Kopie für die Akte des Jugendmigrationsdienstes, mit Einverständnis des Auszubildenden)

Ausbildungsberuf: Dachdecker/in · Beginn: 01.08.2025 · Ausbildungsdauer: 3 Jahre

Persönliche Angaben
Name:                        {P("Haddad")}
Vorname:                     {P("Omar")}
Geburtsdatum / Geburtsort:   {DOB("27.03.2007")} / Aleppo (Syrien)
Staatsangehörigkeit:         syrisch
Anschrift:                   {A("Braukämperstraße 19")}
                             {A("45899 Gelsenkirchen")}
Telefon:                     {T("0157 6309 8145")}
E-Mail:                      {E("omarhaddad2007@gmail.com")}

Steuer und Sozialversicherung
Steuerliche Identifikationsnummer:   {TID(stid)}
Rentenversicherungsnummer:           {SSN(sv)}
Krankenkasse:                        BARMER · Versichertennummer {KV(kv)}
Steuerklasse: I · Kinderfreibeträge: 0 · Konfession: keine Angabe

Bankverbindung für die Ausbildungsvergütung
Kontoinhaber: {P("Omar Haddad")}    IBAN: {IBAN(iban)}

Aufenthalt
Aufenthaltserlaubnis § 25 Abs. 2 AufenthG, Erwerbstätigkeit gestattet · eAT-Nr. {IDC(eat)} · gültig bis 30.09.2027

Ansprechperson im Betrieb: {P("Nicole Wessendorf")}, Personal, {E("n.wessendorf@brinkhoff-dach.de")}
Begleitung JMD: {P("Marek Szymański")}

Gelsenkirchen, 23.05.2025       Unterschrift Auszubildender: {P("Omar Haddad")}
"""


# ================================================================ checks and output
def check_identifiers(record):
    """Re-validate every generated identifier independently of how it was made."""
    for e in record["entities"]:
        v = e["text"].replace(" ", "").replace("-", "")
        cat = e["category"]
        if cat == "IBAN":
            digits = "".join(str(int(c, 36)) for c in v[4:] + v[:4])
            assert int(digits) % 97 == 1, v
        elif cat == "CREDIT_CARD":
            assert luhn_check(v[:-1]) == int(v[-1]), v
        elif cat == "VAT_ID":
            assert v.startswith("DE") and mod11_10_check(v[2:10]) == int(v[10]), v
        elif cat == "TAX_ID" and len(v) == 11:
            assert mod11_10_check(v[:10]) == int(v[10]), v
        elif cat == "TAX_ID" and len(v) == 10:  # Ukrainian RNOKPP
            w = (-1, 5, 7, 9, 4, 6, 10, 5, 7)
            assert sum(int(c) * x for c, x in zip(v, w)) % 11 % 10 == int(v[9]), v
        elif cat == "ID_CARD" and v.isdigit():  # Turkish T.C. Kimlik No.
            d = [int(c) for c in v]
            assert d[0] != 0 and len(d) == 11
            assert (7 * (d[0] + d[2] + d[4] + d[6] + d[8]) - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9], v
            assert sum(d[:10]) % 10 == d[10], v
        elif cat == "ID_CARD":
            assert v[0] in "LMNPRTVWXY" and len(v) in (9, 10), v
            if len(v) == 10:
                assert icao_check(v[:9]) == int(v[9]), v
        elif cat == "HEALTH_INSURANCE":
            code = ord(v[0]) - ord("A") + 1
            vals = [code // 10, code % 10] + [int(c) for c in v[1:9]]
            s = sum((x * (1 if i % 2 == 0 else 2)) // 10 + (x * (1 if i % 2 == 0 else 2)) % 10 for i, x in enumerate(vals))
            assert s % 10 == int(v[9]), v
        elif cat == "SOCIAL_SECURITY":
            code = ord(v[8]) - ord("A") + 1
            vals = [int(c) for c in v[:8]] + [code // 10, code % 10] + [int(c) for c in v[9:11]]
            wts = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
            s = sum((x * y) // 10 + (x * y) % 10 for x, y in zip(vals, wts))
            assert s % 10 == int(v[11]), v


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    records = []
    for i, (channel, template, fn, flags) in enumerate(DOCS, 1):
        rec = build(f"F128-{i:03d}", channel, template, fn(), flags)
        check_identifiers(rec)
        records.append(rec)
    assert len(records) == 30, len(records)
    assert [r["id"] for r in records] == [f"F128-{i:03d}" for i in range(1, 31)]
    n_outlook = sum(r["channel"] == "outlook" for r in records)
    assert n_outlook == 15, n_outlook
    total = sum(len(r["entities"]) for r in records)
    assert 450 <= total <= 650, total
    with open(os.path.join(here, "fresh128.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
