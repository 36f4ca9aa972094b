#!/usr/bin/env python3
"""Batch 31: held-out documents from an invented Verbandsgemeinde in Rhineland-Palatinate
(Verbandsgemeinde Moselkamm-Hunsrück): Bürgerbüro, Standesamt, Friedhofsverwaltung, Gewerbeamt, Feuerwehr.

Writes fresh31.jsonl (dev.jsonl format) next to this file. Texts carry inline marks
[[CAT|text]] / [[N|text]] that marks.build() turns into UTF-16 offsets."""
import sys

sys.dont_write_bytecode = True
import collections
import json
import os

CORPUS = "/work/main/tests/KiOfficeAddin.Guardrails.Tests/Pii/Corpus"
sys.path.insert(0, CORPUS)
from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban, mod11_10_check, luhn_check, icao_check, digit_sum  # noqa: E402

SEED = 3131031
HERE = os.path.dirname(os.path.abspath(__file__))
ids = Identifiers(SEED)
rng = ids.rng


# ---------------------------------------------------------------- independent re-checks
def iban_ok(iban):
    s = iban.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def luhn_ok(number):
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def tax_id_ok(value):
    s = value.replace(" ", "")
    if len(s) != 11 or s[0] == "0":
        return False
    counts = [s[:10].count(d) for d in "0123456789"]
    if max(counts) > 3 or sum(1 for c in counts if c >= 2) != 1:
        return False
    return mod11_10_check(s[:10]) == int(s[10])


def vat_ok(value):
    s = value.replace(" ", "")
    return s.startswith("DE") and len(s) == 11 and mod11_10_check(s[2:10]) == int(s[10])


def ssn_ok(value):
    s = value.replace(" ", "")
    head, letter, serial, check = s[:8], s[8], s[9:11], int(s[11])
    code = ord(letter) - ord("A") + 1
    values = [int(c) for c in head] + [code // 10, code % 10] + [int(c) for c in serial]
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum(digit_sum(v * w) for v, w in zip(values, weights)) % 10 == check


def kvnr_ok(value):
    letter, body, check = value[0], value[1:9], int(value[9])
    code = ord(letter) - ord("A") + 1
    values = [code // 10, code % 10] + [int(c) for c in body]
    return sum(digit_sum(v * (1 if i % 2 == 0 else 2)) for i, v in enumerate(values)) % 10 == check


def nl_iban(bank):
    while True:
        acct = ids.digits(10, first_nonzero=True)
        if sum(int(d) * (10 - i) for i, d in enumerate(acct)) % 11 == 0:
            return mod97_iban("NL", bank + acct)


def nl_account_ok(iban):
    acct = iban.replace(" ", "")[8:]
    return sum(int(d) * (10 - i) for i, d in enumerate(acct)) % 11 == 0


# ---------------------------------------------------------------- identifiers (fixed order = fixed output)
VG_IBAN = group(ids.iban_de(), 4)                 # the Verbandsgemeindekasse's own account: neutral
IBAN_KASPARI = group(ids.iban_de(), 4)
IBAN_SCHNEIDERS = ids.iban_de()
IBAN_PETRENKO = group(ids.iban_de(), 4)
IBAN_GRUBER = group(ids.iban("AT", 16), 4)
IBAN_VANDENBERG = group(nl_iban("RABO"), 4)
IBAN_ZIELINSKI = group(ids.iban_de(), 4)

TAXID_SCHNEIDERS = ids.tax_id()
t = ids.tax_id()
TAXID_ZIELINSKI = f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"

VAT_DELUCA = ids.vat_id()
VAT_HEYDT = ids.vat_id()
VAT_PAPADOPOULOS = ids.vat_id()

# Steuernummern (layout only, no check digit in the contract): RLP FF/BBB/UUUUP, RLP 13-digit, Hesse 0FF BBB UUUUP
TNR_DELUCA = f"{ids.digits(2, True)}/{ids.digits(3)}/{ids.digits(5)}"
TNR_PAPADOPOULOS = "27" + ids.digits(2, True) + "0" + ids.digits(3) + ids.digits(5)
TNR_HEYDT = f"0{ids.digits(2)} {ids.digits(3)} {ids.digits(5)}"

IDC_LEHNERT = ids.id_card(check_digit=True)
IDC_MERTES = ids.id_card()
IDC_AYDOGAN = ids.id_card()
IDC_MENSAH = ids.id_card(check_digit=True)
IDC_THIELEN = ids.id_card()
IDC_BOLLIG = ids.id_card()

PASS_HODZIC = ids.passport()
PASS_ESPOSITO = ids.passport(check_digit=True)
PASS_KARAGIANNIS = "A" + rng.choice("BEHKMNT") + ids.digits(7)      # Greek: 2 letters + 7 digits
PASS_KOVALENKO = "F" + rng.choice("EKTU") + ids.digits(6)           # Ukrainian: 2 letters + 6 digits
PASS_OKAFOR = "A" + ids.digits(8)                                   # Nigerian: letter + 8 digits
PASS_AYDIN = "U " + ids.digits(8)                                   # Turkish: U + 8 digits

s = ids.social_security("250185", "S")
SSN_SCHNEIDERS = f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"
SSN_ZIELINSKI = ids.social_security("140890", "Z")

KV_SCHNEIDERS = ids.health_insurance()
KV_MIRA = ids.health_insurance()

c = ids.credit_card("4", 16)
CC_HEYDT = group(c, 4)
c = ids.credit_card("52", 16)
CC_ESPOSITO = group(c, 4, "-")

# ---------------------------------------------------------------- recurring office data (neutral)
VG = "Verbandsgemeindeverwaltung Moselkamm-Hunsrück"
VG_STREET = "[[N|Am Rathausplatz 2]]"
VG_CITY = "[[N|56869 Moselkamm]]"
VG_SWITCH = "[[N|06542 9206-0]]"
DOM = "vg-moselkamm-hunsrueck.de"

DOCS = []


def doc(channel, template, flags, marked):
    DOCS.append((channel, template, flags, marked.strip("\n")))


# ================================================================= 1 word: list of deaths with religion column
doc("word", "sterbefaelle_liste", ["RELIGION"], f"""
{VG} – Standesamt
Übersicht der im Oktober 2025 beurkundeten Sterbefälle (nur für den Dienstgebrauch, Weitergabe an die Friedhofsverwaltung)

Reg.-Nr.  | Name, Vorname | geb. | gest. | letzte Anschrift | Rel. | Anzeige durch
[[N|S 212/2025]] | [[P|Mertes, Hubert]] | [[DOB|14.02.1931]] | 02.10.2025 | [[A|Moselweinstraße 41]], [[A|56869 Moselkamm]] | rk | Bestattungen [[P|Kaspari]]
[[N|S 213/2025]] | [[P|Bollig, Anneliese]] geb. [[P|Zender]] | [[DOB|30.07.1942]] | 05.10.2025 | [[A|Im Wingert 7]], [[A|56862 Reilkirchen]] | ev | Sohn [[P|Markus Bollig]]
[[N|S 214/2025]] | [[P|Krasniqi, Besnik]] | [[DOB|11.11.1958]] | 09.10.2025 | [[A|Hunsrückhöhenstraße 112a]], [[A|56858 Hunsweiler]] | isl. | Tochter [[P|Arta Krasniqi-Berisha]]

Gesamt: 3 Sterbefälle (Vorjahresmonat: 6). Für S 214/2025 ist eine Beisetzung im Gräberfeld 7 (muslimische Bestattungen) vorgemerkt.
Aufgestellt am 31.10.2025, [[P|Weis]]
""")

# ================================================================= 2 outlook: Moselfränkisch mail about the mother's grave
doc("outlook", "grab_mundart", [], f"""
Von: [[P|Jupp Thielen]] <[[E|jupp.thielen@t-online.de]]>
An: [[N|friedhof@{DOM}]]
Betreff: Grab vun meiner Mamm

Moie zesamme,

ech sinn et, de [[P|Jupp Thielen]] aus Kestenbach, mir hatten letzt Woch am Telefon geschwätzt. Et geht em dat Grab vun meiner Mamm, [[P|Gertrud Thielen]] geb. [[P|Loosen]], dat Doppelgrab em Feld A newer der Hecke. Die Mamm es jo schon 2005 gestorwe, un et Nutzungsrecht läuft nächst Johr aus.

Mir wollte dat Grab noch ämol fir 10 Johr verlängere, weil mei Schwester, et [[P|Hanni]], später och doa rein well. Wat kost dat dann? Un kann ech dat bar em Rathaus bezahle oder muss dat üwwerwiese wäre?

Ech hann och en neu Adress, mir sinn em Summer ömgezooch: [[A|Zur Hohen Ley 12]], [[A|56867 Kestenbach]]. Telefon es immer noch [[T|06542 31447]].

Merci un schöne Gruß
[[P|Jupp (Josef) Thielen]]
""")

# ================================================================= 3 word: Gebührenbescheid Friedhof (long)
doc("word", "grabgebuehr_bescheid", [], f"""
{VG} · Friedhofsverwaltung · {VG_STREET} · {VG_CITY}

Frau
[[P|Marlene Kaspari-Thiel]]
[[A|Zur Hohen Ley 5]]
[[A|56867 Kestenbach]]

Kassenzeichen: [[AZ|6.7510.031845.2]]
Grabstätte: Friedhof Kestenbach, Feld C, Reihe 3, Wahlgrab Nr. 17 (zweistellig)
Datum: 04.11.2025

Gebührenbescheid über die Verlängerung des Nutzungsrechts an einer Wahlgrabstätte

Sehr geehrte Frau [[P|Kaspari-Thiel]],

auf Ihren Antrag vom 20.10.2025 wird das Nutzungsrecht an der oben genannten Wahlgrabstätte, in der Ihr Vater [[P|Heinrich Kaspari]] beigesetzt ist, um zehn Jahre bis zum 31.12.2035 verlängert. Nach § 4 Abs. 2 der Friedhofsgebührensatzung der Verbandsgemeinde Moselkamm-Hunsrück vom 12.12.2019 in Verbindung mit Nr. 2.3 des Gebührenverzeichnisses setze ich folgende Gebühren fest:

Verlängerung Nutzungsrecht Wahlgrab, 2 Stellen, 10 Jahre     640,00 EUR
Verwaltungsgebühr nach Nr. 7.1                                     25,00 EUR
Gesamtbetrag                                                      665,00 EUR

Der Betrag wird aufgrund des vorliegenden SEPA-Lastschriftmandats (Mandatsreferenz [[N|FR-2019-00417]]) am 01.12.2025 von Ihrem Konto [[IBAN|{IBAN_KASPARI}]] eingezogen. Sollte das Mandat nicht mehr gültig sein, überweisen Sie den Betrag bitte bis zu diesem Tag unter Angabe des Kassenzeichens auf das Konto der Verbandsgemeindekasse Moselkamm-Hunsrück, IBAN [[N|{VG_IBAN}]], BIC MALADE51BKS.

Hinweise
1. Mit der Verlängerung bleibt die bisherige Grabgestaltung zulässig. Für eine weitere Beisetzung ist die Ruhezeit von 25 Jahren (§ 12 Friedhofssatzung) einzuhalten; reicht das Nutzungsrecht nicht aus, muss es vorher entsprechend verlängert werden.
2. Änderungen am Grabmal (z. B. Nachbeschriftung) bedürfen der Genehmigung der Friedhofsverwaltung. Den Antrag stellt in der Regel der Steinmetz.
3. Während des Winterdienstes (1. Dezember bis 28. Februar) werden die Hauptwege des Friedhofs Kestenbach nur eingeschränkt geräumt.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich, in elektronischer Form nach § 3a Abs. 2 VwVfG oder zur Niederschrift bei der {VG}, [[N|Am Rathausplatz 2]], [[N|56869 Moselkamm]], einzulegen. Der Widerspruch hat nach § 80 Abs. 2 Satz 1 Nr. 1 VwGO keine aufschiebende Wirkung.

Mit freundlichen Grüßen
Im Auftrag

[[P|Thomas Haubrich]]
Friedhofsverwaltung
Tel. [[T|06542 9206-242]] · [[E|t.haubrich@{DOM}]]

Zentrale {VG_SWITCH} · [[N|friedhof@{DOM}]] · Sprechzeiten Mo–Fr 8:30–12:00 Uhr, Do 14:00–18:00 Uhr
""")

# ================================================================= 4 outlook: forwarded complaint about a workshop
doc("outlook", "beschwerde_werkstatt_fwd", ["HEALTH"], f"""
Von: [[P|Schäfer-Nels, Miriam]] <[[E|m.schaefer-nels@{DOM}]]>
Gesendet: Donnerstag, 13. November 2025 08:52
An: Ordnungsamt <[[N|ordnungsamt@{DOM}]]>
Betreff: WG: Lärm und Autos Werkstatt Bergstraße

Hallo [[P|Jan-Philipp]],

zur Info, betrifft auch euch (Parken auf dem Gehweg). Gewerberechtlich ist die Werkstatt von Herrn [[P|Şahin]] seit 2023 angemeldet (Kfz-Reparatur, Az. [[AZ|32.1-GA 288/23]]), eine Nutzungsänderung liegt mir nicht vor. Kannst du mal jemanden vorbeischicken?

Gruß

-----Ursprüngliche Nachricht-----
Von: [[P|Leni Kreuter]] <[[E|leni.kreuter58@web.de]]>
Gesendet: Mittwoch, 12. November 2025 21:37
An: [[N|gewerbeamt@{DOM}]]
Betreff: Lärm und Autos Werkstatt Bergstraße

guten abend,

ich wohne in der [[A|Bergstraße 9]] in Hunsweiler und direkt gegenüber hat der herr [[P|sahin]] seine werkstatt. seit monaten wird da bis 22 uhr geflext und lackiert, auch samstags. dazu stehen ständig 5-6 autos auf dem gehweg, teilweise ohne tüv, z.b. ein schwarzer golf [[KFZ|WIL-MS 770]] und ein roter transporter [[KFZ|COC-Z 4127]], die stehen da seit wochen. mein mann kommt mit seinem rollator nach der hüft-op nicht mehr vorbei!!

können sie da bitte was machen? ich will keinen streit mit den nachbarn aber so geht das nicht weiter.

mfg
[[P|leni kreuter]]
tel [[T|06542 7712]]
""")

# ================================================================= 5 word: Vermerk Eheschließung (same-sex couple)
doc("word", "eheschliessung_vermerk", ["SEXUAL_ORIENTATION"], f"""
Standesamt Moselkamm-Hunsrück
Az.: [[AZ|StA-E 88/2025]]

Vermerk über die Anmeldung der Eheschließung

Am 12.11.2025 erschienen persönlich im Standesamt:

1. Herr [[P|Florian Lehnert]], geboren am [[DOB|08.05.1990]] in Trier, deutscher Staatsangehöriger, wohnhaft [[A|Weinbergstraße 23]], [[A|56869 Moselkamm]], ausgewiesen durch Personalausweis Nr. [[IDC|{IDC_LEHNERT}]], ledig;
2. Herr [[P|Dimitrios Karagiannis]], geboren am [[DOB|17. Januar 1987]] in Thessaloniki (Griechenland), griechischer Staatsangehöriger, wohnhaft ebenda, ausgewiesen durch griechischen Reisepass Nr. [[PASS|{PASS_KARAGIANNIS}]], ledig.

Die Verlobten leben seit 2019 zusammen und möchten die Ehe schließen. Herr [[P|Karagiannis]] legte eine Geburtsurkunde (internationales Format) und eine Ledigkeitsbescheinigung der Gemeinde Thessaloniki vor; eine Befreiung von der Beibringung des Ehefähigkeitszeugnisses ist als EU-Staatsangehöriger nicht erforderlich.

Namensführung: Die Verlobten bestimmen den Geburtsnamen beider als Doppelnamen zum Ehenamen: [[P|Lehnert-Karagiannis]] (§ 1355 Abs. 2 BGB in der ab 01.05.2025 geltenden Fassung).

Trauzeugen: keine.
Wunschtermin: Samstag, 14.03.2026, 11:00 Uhr, Trauzimmer in der Alten Kelter.
Gebühr Anmeldung 85,00 EUR, bezahlt (Quittung 2025-3317).

[[P|Weis]], Standesbeamtin
""")

# ================================================================= 6 outlook: English-German registration mail
doc("outlook", "anmeldung_english", [], f"""
From: [[P|Chukwuemeka Okafor]] <[[E|emeka.okafor@gmail.com]]>
To: [[N|buergerbuero@{DOM}]]
Subject: Anmeldung / registration – appointment?

Hello / Guten Tag,

sorry, my German is not so good yet. I moved to Moselkamm on 1 November for my job at the Winzergenossenschaft and need to do the Anmeldung. My new address is [[A|Weinbergstraße 4a]], [[N|Whg. 3 (2. OG)]], [[A|56869 Moselkamm]]. The Wohnungsgeberbestätigung from my landlord, Mr [[P|Hubert Licht]], is attached.

My details:
Name: [[P|Okafor, Chukwuemeka Emmanuel]] (people call me [[P|Emeka]])
Date of birth: [[DOB|04/07/1994]] ([[N|4 July]]), Enugu, Nigeria
Passport no.: [[PASS|{PASS_OKAFOR}]] (Federal Republic of Nigeria), valid until 2031
Aufenthaltstitel: will be applied for at the Ausländerbehörde in Wittlich

Can I get an appointment next week? Mornings are difficult because of the grape harvest, afternoons after 4 pm are fine. My phone: [[T|+49 1523 884 61 07]].

Thank you very much!
[[P|Emeka]]
""")

# ================================================================= 7 word: Gewerbeanmeldung form (Italian ice-cream parlour)
doc("word", "gewerbeanmeldung_formular", [], f"""
Gewerbe-Anmeldung nach § 14 GewO – Verbandsgemeinde Moselkamm-Hunsrück, Gewerbeamt
Eingang: 03.11.2025                                     Az.: [[AZ|32.1-GA 713/25]]

Angaben zum Betriebsinhaber
1  Name: [[P|De Luca]]
2  Vornamen: [[P|Giuseppe Antonio]]
3  Geschlecht: männlich
4  Geburtsdatum: [[DOB|29.06.1979]]
5  Geburtsort, -land: Tropea, Italien
6  Staatsangehörigkeit(en): italienisch
7  Anschrift der Wohnung: [[A|Moselufer 18]], [[A|56862 Reilkirchen]]
   Telefon/E-Mail: siehe Beiblatt

Angaben zum Betrieb
10 Betriebsstätte: [[A|Marktplatz 3]], [[A|56869 Moselkamm]]
11 Frühere Betriebsstätte: [[A|Via Roma 44]], [[A|89861 Tropea (VV)]], Italien
15 Angemeldete Tätigkeit: Eiscafé, Herstellung und Verkauf von Speiseeis, Ausschank alkoholfreier Getränke
17 Beginn der angemeldeten Tätigkeit: 01.03.2026
18 Zahl der Beschäftigten: 2 Teilzeit
   Steuernummer (Finanzamt Bernkastel-Wittlich): [[TNR|{TNR_DELUCA}]]
   USt-IdNr.: [[VAT|{VAT_DELUCA}]]

Unterschrift: [[P|G. De Luca]]                     Gebühr: 26,00 EUR (bar, Quittung 2025-3290)
""")

# ================================================================= 8 outlook: undertaker to Standesamt (cause of death)
doc("outlook", "bestatter_sterbefall", ["HEALTH"], f"""
Von: Bestattungen [[P|Kaspari]] <[[N|info@bestattungen-kaspari.de]]>
An: [[N|standesamt@{DOM}]]
Betreff: Sterbefallanzeige – Unterlagen

Hallo Frau [[P|Weis]],

anbei wie telefonisch besprochen die Unterlagen zum Sterbefall [[P|Hubert Mertes]] (geb. [[DOB|14.02.1931]], verstorben am 02.10.2025 in seiner Wohnung):
- Todesbescheinigung (nichtvertraulicher Teil), ausgestellt von [[P|Dr. Stefanie Gorges]], Hausarztpraxis Moselkamm
- Geburtsurkunde, Heiratsurkunde und Sterbeurkunde der Ehefrau
- Personalausweis des Verstorbenen, Nr. [[IDC|{IDC_MERTES}]]

Zur Verzögerung, nach der Sie gefragt hatten: Die Ärztin hatte zunächst „Todesart ungeklärt“ angekreuzt, weil Herr [[P|Mertes]] zwei Tage vorher in der Küche gestürzt war. Nach Rücksprache mit der Kripo Wittlich wurde das korrigiert: natürlicher Tod infolge seiner fortgeschrittenen Herzinsuffizienz. Die Freigabe der Staatsanwaltschaft kam gestern.

Anzeigender ist der Sohn des Verstorbenen. Die Beerdigung ist am Freitag, 10.10., um 14 Uhr auf dem Friedhof Moselkamm.

Viele Grüße
[[P|Marlene Kaspari-Thiel]]

Bestattungen [[P|Kaspari]] · Tag und Nacht erreichbar: [[T|06542 5530]]
""")

# ================================================================= 9 word: Feuerwehr Niederschrift (long)
doc("word", "feuerwehr_niederschrift", ["HEALTH"], f"""
Freiwillige Feuerwehr der Verbandsgemeinde Moselkamm-Hunsrück – Löschzug Reilkirchen

Niederschrift über die Einsatznachbesprechung am 27.10.2025, 19:30 Uhr, Gerätehaus Reilkirchen

Anwesend: Wehrleiter [[P|Stefan Bamberg]], Wehrführerin [[P|Nicole Frieden]], Maschinistin [[P|Dragana Petrović]], die Angriffstrupps des Ersteinsatzes
Protokoll: [[P|Jonas Hammes]]

TOP 1 Einsatzdaten
Einsatz-Nr. 25-0412, Stichwort B3 – Wohnungsbrand, Person in Gefahr. Alarmierung 24.10.2025, 02:14 Uhr, über die Integrierte Leitstelle Trier. Einsatzort: Wohnhaus [[A|Kirchgasse 6]], [[A|56862 Reilkirchen]]. Eingesetzt: HLF 20, TSF-W, DLK 23/12 aus Moselkamm, insgesamt 21 Einsatzkräfte. Einsatzende 04:40 Uhr.

TOP 2 Lage und Menschenrettung
Bei Eintreffen starke Rauchentwicklung aus dem Küchenfenster im Obergeschoss. Die allein lebende Bewohnerin, Frau [[P|Hildegard Pauly]] (geb. [[DOB|02.12.1936]]), wurde von Trupp 1 ([[P|Ramazan Öztürk]] und [[P|Tobias „Tobi“ Schmitt]]) mit Fluchthaube über das Treppenhaus gerettet. Sie war ansprechbar, hatte aber eine Rauchgasintoxikation und Verbrennungen zweiten Grades an der rechten Hand und wurde vom Rettungsdienst in das Krankenhaus Wittlich gebracht. Laut Nachbarn ist Frau [[P|Pauly]] an Demenz erkrankt; Brandursache war vermutlich eine eingeschaltete Herdplatte. Angehörige wurden durch die Polizei verständigt.

TOP 3 Anfahrt
Die Zufahrt durch die Kirchgasse war durch einen Pkw mit dem Kennzeichen [[KFZ|WIL-RP 336]] blockiert, die DLK konnte erst nach zehn Minuten in Stellung gehen. Der Koch der Straußwirtschaft gegenüber hat den Halter geweckt. Vorschlag an die Verbandsgemeinde: absolutes Halteverbot in der Kirchgasse ab Hausnummer 2 (Vorlage für den Bau- und Verkehrsausschuss).

TOP 4 Atemschutz und Gerät
Zwei Pressluftatmer wurden zur Prüfung an die Atemschutzwerkstatt Wittlich gegeben. Ein Truppmann hat sich beim Rückzug das Knie angeschlagen; Unfallmeldung an die Unfallkasse ist erfolgt.

TOP 5 Nachbereitung und Einsatzhygiene
Die Schutzkleidung des Angriffstrupps und der Sicherheitstrupps wurde noch an der Einsatzstelle in Säcken verpackt und in die Kleiderkammer Moselkamm gebracht. Die Waschmaschine im Gerätehaus ist seit September defekt; ein Angebot über 4.280,00 EUR (brutto) für eine gewerbliche Maschine liegt vor und wird mit dem Haushalt 2026 beantragt. Bis dahin wird die Kleidung über den Rahmenvertrag mit der Wäscherei in Wittlich gereinigt (Abholung dienstags).
Der Sprungretter ist nach dem Einsatz nicht benutzt worden, die Kontrolle nach Herstellerangaben steht trotzdem im Dezember an.

TOP 6 Presse und Öffentlichkeit
Der Trierische Volksfreund hat am 25.10.2025 berichtet, ohne Namen der Bewohnerin. Anfragen von Medien werden weiterhin nur über den Wehrleiter beantwortet. Fotos von Einsatzstellen dürfen nicht in privaten Whatsapp-Gruppen geteilt werden; darauf wird bei der nächsten Dienstbesprechung noch einmal hingewiesen.

TOP 7 Verschiedenes
a) Im Schlauchturm nisten wieder Vögel; der Bauhof soll vor der Brutzeit ein Gitter anbringen.
b) Winterdienst an der Ausfahrt des Gerätehauses: Die Ortsgemeinde wird gebeten, die Ausfahrt in die Brunnenstraße vorrangig zu räumen. Streusalz ist ausreichend vorhanden (2,5 t).
c) Die Kameradschaftskasse übernimmt die Kosten für das Frühstück nach dem Einsatz (86,40 EUR, Beleg liegt vor).

TOP 8 Termine
Nächste Übung am 08.11.2025, 10:00 Uhr, Gerätehaus Reilkirchen. Schwerpunkt: Anleitern bei enger Bebauung und Menschenrettung über tragbare Leitern. Die Jahreshauptversammlung findet am 24.01.2026 im Bürgerhaus statt; Ehrungen und Beförderungen bitte bis 15.12.2025 an die Wehrleitung melden.

Ende der Besprechung: 21:05 Uhr.

gez. Protokollführer                gez. Wehrführerin
""")

# ================================================================= 10 outlook: three-line IBAN mail
doc("outlook", "iban_kurz", [], f"""
Betreff: Kaution Bürgerhaus

hallo frau [[P|pütz]], wie am telefon besprochen hier die bankverbindung für die kaution (Bürgerhaus 18.10., Buchungsnr. BH-25-0932): [[IBAN|{IBAN_PETRENKO}]], kontoinhaberin ist meine frau [[P|Kateryna Petrenko]].
danke + gruß [[P|mario petrenko]]
""")

# ================================================================= 11 word: Bürgerbüro passport note (fingerprints)
doc("word", "reisepass_vermerk", ["BIOMETRIC", "HEALTH"], f"""
Bürgerbüro Moselkamm – Vermerk zum Passantrag

Antragsteller: Herr [[P|Amir Hodžić]], geb. [[DOB|06.04.2001]], wohnhaft [[A|Hauptstraße 57 a]], [[A|56858 Hunsweiler]]
Bisheriger Reisepass: [[PASS|{PASS_HODZIC}]] (abgelaufen, entwertet und ausgehändigt)
Beantragt am 05.11.2025: Reisepass 48 Seiten, Expressverfahren; Gebühr 102,00 EUR bar bezahlt.

Bei der Antragstellung konnten die Fingerabdrücke der Zeigefinger nicht erfasst werden, weil Herr [[P|Hodžić]] nach einem Arbeitsunfall an beiden Händen Schienen trägt (Beugesehnenverletzung, Attest von [[P|Dr. med. Ulrike Bernard]], Wittlich, liegt in Kopie vor). Nach § 4 Abs. 3 PassG wurden ersatzweise die Abdrücke der Ringfinger erfasst; die Qualitätsprüfung des Lesegeräts ergab für den linken Ringfinger nur Stufe 3, der Abdruck wurde dennoch übernommen. Das Lichtbild entspricht den Vorgaben.

Rückfragen an den Antragsteller: mobil [[T|0157 3390 4418]].
Bearbeiter: [[P|Kevin Lauer]], Durchwahl [[T|06542 9206-121]]
""")

# ================================================================= 12 outlook: volunteer firefighter, G26 result
doc("outlook", "atemschutz_g26", ["HEALTH"], f"""
Von: [[P|Tobi Schmitt]] <[[E|tobi.schmitt.ffw@gmail.com]]>
An: [[P|Nicole Frieden]] <[[N|wehrfuehrung.reilkirchen@ff-moselkamm.de]]>
Betreff: AW: G26.3 Termin

Hi [[P|Nicole]],

kurz zur info bevor dus vom betriebsarzt hörst: war heute zur G26.3 bei Dr. [[P|Yilmaz]] in Wittlich. lungenfunktion ist nicht gut, er hat verdacht auf belastungsasthma und will dass erst ein lungenfacharzt draufschaut. bis dahin bin ich für atemschutz "befristet nicht geeignet". das knie vom einsatz in der kirchgasse ist übrigens wieder ok.

heißt ich fall für den AGT-lehrgang im januar (Lehrgang 26-AS-014) erstmal raus :( vielleicht kann jemand aus der 2. gruppe meinen platz haben?

sorry!!
[[P|Tobi]]

Am 12.11.2025 um 19:02 schrieb [[P|Nicole Frieden]] <[[N|wehrfuehrung.reilkirchen@ff-moselkamm.de]]>:
> Hallo,
> denk dran, dein G26-Termin ist am Donnerstag. Bring deinen Impfpass mit.
> Gruß [[P|Nicole]]
> --
> Wehrführerin Löschzug Reilkirchen
> mobil [[T|0160 5512 883]]
""")

# ================================================================= 13 word: Gaststätten-Gestattung for a Vietnamese stall owner
doc("word", "gestattung_bescheid", [], f"""
{VG}
Fachbereich 2 – Ordnung und Gewerbe
{VG_STREET} · {VG_CITY}

Frau
[[P|Nguyen Thi Lan]]
Asia-Bistro „Sen Vàng“
[[A|Bahnhofstraße 14]]
[[A|56869 Moselkamm]]

Unser Zeichen: [[AZ|32.2-Gast 19/25]]          Datum: 06.11.2025
Ansprechpartnerin: [[P|Miriam Schäfer-Nels]], Zimmer 2.14, Tel. [[T|06542 9206-315]]

Gestattung nach § 12 Gaststättengesetz – Weihnachtsmarkt Moselkamm 2025

Sehr geehrte Frau [[P|Nguyen]],

für den Ausschank von Glühwein an Ihrem Stand Nr. 11 auf dem Weihnachtsmarkt vom 28.11. bis 21.12.2025 wird Ihnen die vorübergehende Gestattung erteilt. Die Standvergabe erfolgte nach dem Beschluss des Haupt- und Finanzausschusses (Drucksache 0147/2025). Verantwortlich vor Ort ist nach Ihren Angaben Ihre Tochter, Frau [[P|Pham Thu Ha]].

Auflagen: Ausschank nur bis 21:00 Uhr; Abgabe von Alkohol an Personen unter 16 Jahren ist verboten; Mehrweggeschirr gegen Pfand.

Die Gebühr beträgt nach Nr. 5.1 des Gebührenverzeichnisses 120,00 EUR. Bitte überweisen Sie den Betrag bis zum 25.11.2025 auf das Konto der Verbandsgemeindekasse, IBAN [[N|{VG_IBAN}]], Verwendungszweck: Kassenzeichen [[AZ|5.3210.008112.4]]. Die Standmiete wird gesondert vom Verkehrsverein in Rechnung gestellt (Rechnung Nr. RE-WM-2025-011).

Mit freundlichen Grüßen
Im Auftrag
[[P|Schäfer-Nels]]
""")

# ================================================================= 14 outlook: Gewerbeabmeldung with credit card
doc("outlook", "gewerbeabmeldung_kreditkarte", [], f"""
Betreff: Gewerbeabmeldung Ferienwohnungen / Zahlung der Gebühr

Sehr geehrte Frau [[P|Schäfer-Nels]],

zum 31.12.2025 möchte ich die Vermietung meiner Ferienwohnungen in Moselkamm abmelden (Anmeldung vom 01.04.2017). Das Formular habe ich ausgefüllt angehängt, hier noch einmal die wichtigsten Angaben:

[[P|Clara von der Heydt]], geb. [[DOB|11.05.1961]]
Betrieb: Ferienwohnungen „Moselblick“, [[A|Uferstraße 27]], [[A|56869 Moselkamm]]
Wohnanschrift: [[A|Hölderlinstraße 8]], [[A|65187 Wiesbaden]]
Steuernummer: [[TNR|{TNR_HEYDT}]] (Finanzamt Wiesbaden II)
USt-IdNr.: [[VAT|{VAT_HEYDT}]]

Die Abmeldegebühr von 15,00 EUR würde ich gern per Kreditkarte bezahlen, Ihr Online-Portal lehnt meine Karte aber ab. Kartennummer [[CC|{CC_HEYDT}]], gültig bis 09/28. Falls das so nicht geht, überweise ich natürlich.

Mit freundlichen Grüßen
[[P|Dr. Clara von der Heydt]]
Tel. [[T|0611 / 44 07 38]]
""")

# ================================================================= 15 word: muslim burial telephone note
doc("word", "friedhof_vermerk_muslimisch", ["RELIGION"], f"""
Friedhofsverwaltung – Telefonvermerk
07.11.2025, 09:40 Uhr                                      Bearbeiter: [[P|Haubrich]]

Anrufer: Herr [[P|Karim Haddad]], Tel. [[T|0151 6620 7731]], [[E|karim.haddad@web.de]]
Anliegen: Bestattung seines Vaters [[P|Youssef Haddad]] (* [[DOB|15.08.1949]], † 06.11.2025 im Krankenhaus Zell), zuletzt wohnhaft [[A|Am Sonnenhang 31]], [[A|56867 Kestenbach]].

Herr [[P|Haddad]] fragt, ob auf dem Friedhof Moselkamm eine Bestattung nach islamischem Ritus möglich ist: Ausrichtung des Grabes nach Mekka, Beisetzung möglichst am nächsten Tag, Leichentuch statt Sarg, rituelle Waschung durch die Moscheegemeinde Wittlich, der die Familie angehört. Das Totengebet spricht der Imam der Gemeinde.

Auskunft: Das Gräberfeld 7 ist seit 2021 für Bestattungen nach islamischem Ritus ausgewiesen; die sarglose Bestattung ist nach der Friedhofssatzung in der Fassung vom 01.01.2024 zulässig. Ein Waschraum steht in der Trauerhalle Moselkamm nicht zur Verfügung. Gebühren nach Nr. 1.4 (Reihengrab Erwachsene) 1.150,00 EUR.

Rückruf bis 11 Uhr zugesagt; vorläufiger Termin 08.11.2025, 14 Uhr, Gräberfeld 7, Reihe 2.
""")

# ================================================================= 16 outlook: Turkish marriage, name declaration
doc("outlook", "namensfuehrung_tuerkei", [], f"""
Betreff: Nachbeurkundung Eheschließung in der Türkei / Namenserklärung

Sehr geehrte Frau [[P|Weis]],

mein Mann und ich haben am 16.08.2025 in Kayseri geheiratet. Jetzt möchten wir wissen, welche Unterlagen wir für die Nachbeurkundung und die Namenserklärung brauchen. Ich möchte den Familiennamen meines Mannes annehmen, also künftig [[P|Emine Aydın]] heißen.

Unsere Daten:
Ehefrau: [[P|Emine Yıldırım]], geb. am [[DOB|02.03.1998]] in Wittlich, deutsche Staatsangehörige, wohnhaft [[A|Kelterweg 3]], [[A|56858 Hunsweiler]]
Ehemann: [[P|Hakan Aydın]], geb. am [[DOB|19.10.1995]] in Kayseri, türkischer Staatsangehöriger, Reisepass [[PASS|{PASS_AYDIN}]], noch wohnhaft in Talas/Kayseri

Brauchen wir eine beglaubigte Übersetzung der türkischen Heiratsurkunde, oder reicht die internationale Urkunde (Formül B)? [[P|Hakans]] Visumantrag für die Familienzusammenführung läuft schon, dafür braucht die Botschaft angeblich auch die deutsche Eheurkunde.

Sie erreichen mich unter [[T|0157 7102 3368]].

Viele Grüße
[[P|Emine Yıldırım]]
""")

# ================================================================= 17 word: grave list with expiry (table)
doc("word", "grabstellen_tabelle", [], f"""
Friedhof Kestenbach – Grabstätten mit Ablauf der Ruhe- bzw. Nutzungszeit bis 31.12.2026
Stand: 10.11.2025 – Anlage zur Vorlage für den Ortsgemeinderat Kestenbach (Drucksache OG-K 23/2025)

Grab    | Art              | Beigesetzt                              | Nutzungsberechtigte/r       | Anschrift                                          | Ablauf
A-03-11 | Reihengrab       | [[P|Zender, Edmund]] († 1996)                 | [[P|Zender, Rita]]                | [[A|Kestenbacher Weg 2]], [[A|56867 Kestenbach]]              | 30.06.2026
A-04-02 | Wahlgrab 2-st.   | [[P|Bäcker, Wilhelm]]; [[P|Bäcker, Agnes]]           | [[P|Bäcker-Lanser, Ute]]          | [[A|Lindenallee 15 b]], [[A|54470 Bernkastel-Kues]]           | 31.12.2026
B-01-07 | Urnengrab        | [[P|Wiśniewski, Krzysztof]]                   | [[P|Dąbrowska, Małgorzata]]       | [[A|ul. Długa 12/4]], [[A|80-831 Gdańsk]], Polen              | 15.03.2026
B-02-14 | Wahlgrab         | (Urnenbeisetzung 1999)                  | verstorben 2024             | Erben unbekannt                                    | 31.10.2026

Hinweise: Die Nutzungsberechtigten werden im Januar 2026 angeschrieben. Für B-02-14 erfolgt eine öffentliche Bekanntmachung im Amtsblatt, weil keine Erben bekannt sind. Die Gräber in Feld A liegen unter der alten Blutbuche; das Licht in der Trauerhalle und die Wasserstelle am Bäckerweg sind seit Oktober repariert.
[[P|Haubrich]]
""")

# ================================================================= 18 outlook: Sinti family funeral
doc("outlook", "sinti_trauerfeier", ["ETHNICITY"], f"""
Betreff: Beerdigung unseres Vaters – Totenwache und Grabgestaltung

Sehr geehrter Herr [[P|Haubrich]],

mein Vater [[P|Johann Rosenberg]] ist am Sonntag im Alter von 81 Jahren verstorben (geboren am [[DOB|07.01.1944]]). Wir sind eine Sinti-Familie, und bei uns ist es Tradition, dass die Familie bis zur Beerdigung Totenwache hält und viele Verwandte von weit her anreisen, es werden sicher 200 bis 300 Trauergäste. Kann die Trauerhalle am Vorabend bis Mitternacht geöffnet bleiben? Und dürfen wir später eine größere Grabeinfassung mit Bild aufstellen, wie es bei uns üblich ist?

Wegen der Anreise bräuchten wir auch Stellplätze für Wohnwagen für zwei Nächte. Ich weiß, dass es da früher Ärger gab, deshalb frage ich lieber vorher.

Ansprechpartner in der Familie sind ich und mein Bruder [[P|Angelo Rosenberg]] ([[T|0162 7730 0452]]). Ich wohne [[A|Am Mühlenbach 8]], [[A|56867 Kestenbach]].

Mit freundlichen Grüßen
[[P|Sonja Weiß]] geb. [[P|Rosenberg]]
""")

# ================================================================= 19 word: paternity established by DNA test
doc("word", "vaterschaft_folgebeurkundung", ["GENETIC"], f"""
Standesamt Moselkamm-Hunsrück
Az.: [[AZ|StA-G 212/2024]]

Vermerk – Folgebeurkundung zum Geburtseintrag [[N|G 61/2024]]

Kind: [[P|Sofiia Kovalenko]], geboren am [[DOB|19.02.2024]] in Wittlich
Mutter: [[P|Nataliia Kovalenko]], geb. [[DOB|03.09.1996]], ukrainische Staatsangehörige, Reisepass [[PASS|{PASS_KOVALENKO}]], wohnhaft [[A|Schulstraße 9]], [[A|56869 Moselkamm]]
Vater: [[P|Dmytro Bondarenko]], wohnhaft in Trier

Mit rechtskräftigem Beschluss des Amtsgerichts Wittlich vom 14.10.2025 (Az. [[AZ|4 F 233/24]]) ist festgestellt, dass Herr [[P|Bondarenko]] der Vater des Kindes ist. Grundlage war ein Abstammungsgutachten (DNA-Analyse) des Instituts für Rechtsmedizin Mainz, nach dem die Vaterschaft mit einer Wahrscheinlichkeit von 99,999 % besteht; ein zuvor in Betracht gezogener Mann wurde durch das Gutachten als Vater ausgeschlossen.

Die Vaterschaft wird als Folgebeurkundung eingetragen. Das Kind führt weiterhin den Familiennamen [[P|Kovalenko]]; eine Namenserteilung nach § 1617a BGB ist nicht beantragt. Mitteilung an das Jugendamt Bernkastel-Wittlich und an die Meldebehörde.

[[P|Weis]], Standesbeamtin
""")

# ================================================================= 20 outlook: Kasse internal refund thread
doc("outlook", "kasse_erstattung_intern", [], f"""
Von: [[P|Hammes, Jürgen]] <[[E|j.hammes@{DOM}]]>
An: [[P|Lauer, Kevin]]
Cc: [[N|kasse@{DOM}]]
Betreff: AW: Doppelzahlung Führungszeugnis

Hallo [[P|Kevin]],

hab's gefunden. Frau [[P|Esposito]] hat die Gebühr für das Führungszeugnis (13,00 EUR) zweimal bezahlt: einmal bei dir am Schalter mit Karte (Mastercard [[CC|{CC_ESPOSITO}]], Beleg-Nr. 884213) und einmal per Überweisung vom österreichischen Konto ihres Lebensgefährten, Herrn [[P|Matthias Gruber]], IBAN [[IBAN|{IBAN_GRUBER}]]. Die Rückbuchung auf die Karte geht nur innerhalb von 30 Tagen, das ist vorbei. Ich überweise die 13,00 EUR deshalb an Herrn [[P|Gruber]] zurück, Kassenzeichen bleibt [[AZ|1.1020.017733.5]].

Gibst du ihr bitte kurz Bescheid? Ihre Nummer steht im Antrag.

Gruß
Kasse

-----Ursprüngliche Nachricht-----
Von: Bürgerbüro
Gesendet: Mittwoch, 12. November 2025 15:10
An: Kasse
Betreff: Doppelzahlung Führungszeugnis

Frau [[P|Francesca Esposito]] (geb. [[DOB|30.12.1988]], [[A|Talstraße 5]], [[A|56862 Reilkirchen]]) sagt, sie hat doppelt bezahlt. Kannst du mal schauen? Danke
""")

# ================================================================= 21 word: Sondernutzung Wahlplakate (party office)
doc("word", "plakatierung_sondernutzung", ["POLITICS"], f"""
{VG} – Ordnungsamt – {VG_STREET}, {VG_CITY}

Herrn
[[P|Ansgar zur Mühlen]]
[[A|Hinter der Kirch 3]]
[[A|56858 Hunsweiler]]

Unser Zeichen: [[AZ|32.4-SN 41/26]]                      06.11.2025

Sondernutzungserlaubnis für Wahlsichtwerbung – Landtagswahl Rheinland-Pfalz am 22.03.2026

Sehr geehrter Herr [[P|zur Mühlen]],

auf Ihren Antrag vom 29.10.2025, den Sie als Vorsitzender des Ortsverbands Moselkamm von Bündnis 90/Die Grünen gestellt haben, erteile ich nach § 41 LStrG die Erlaubnis, in der Zeit vom 08.02. bis 22.03.2026 im Gebiet der Verbandsgemeinde bis zu 40 Plakatträger an Straßenlaternen und Masten aufzuhängen.

Auflagen: keine Plakate an Verkehrszeichen, Kreisverkehren und Brückengeländern; in der Moselweinstraße zwischen Grundschule und Marktplatz ist Plakatierung nicht erlaubt. Die Plakate sind bis spätestens 29.03.2026 zu entfernen. Als Verantwortliche für den Rückbau haben Sie Ihre Stellvertreterin, Frau [[P|Leonie Bamberg]], benannt.

Die Erlaubnis ist für Parteien im Wahlkampf gebührenfrei (Nr. 3.2 der Sondernutzungssatzung).

Mit freundlichen Grüßen
Im Auftrag
[[P|Jan-Philipp Ries]]
Tel. [[T|06542 9206-322]]
""")

# ================================================================= 22 outlook: Polish worker, tax ID and SV number
doc("outlook", "steuerid_sv_polnisch", [], f"""
Von: Bürgerbüro Moselkamm <[[N|buergerbuero@{DOM}]]>
An: [[E|lukasz.zielinski90@wp.pl]]
Betreff: AW: Steuer-ID für Arbeitgeber

Guten Tag Herr [[P|Zieliński]],

die Steuer-Identifikationsnummer ändert sich nach einem Umzug nicht, sie bleibt ein Leben lang gleich. Die Nummer aus Ihrem alten Schreiben können Sie Ihrem Arbeitgeber also geben. Auf der Meldebestätigung steht sie nicht.

Mit freundlichen Grüßen
[[P|Aylin Demirtaş]]
Bürgerbüro, Durchwahl [[T|06542 9206-124]]

-----Ursprüngliche Nachricht-----
Von: [[P|Łukasz Zieliński]] <[[E|lukasz.zielinski90@wp.pl]]>
Betreff: Steuer-ID für Arbeitgeber

Dzień dobry / Guten Tag,

ich arbeite seit September fest im Weingut Zur Alten Kelter in Reilkirchen. Mein Chef braucht für die Lohnabrechnung meine Steuer-ID, aber der Brief ist an meine alte Adresse in Traben-Trarbach gegangen. Jetzt wohne ich [[A|Im Wingert 12]], [[A|56862 Reilkirchen]].

Ich habe ein altes Schreiben von 2019 gefunden, da steht: [[TID|{TAXID_ZIELINSKI}]]. Ist die noch gültig? Sozialversicherungsnummer habe ich: [[SSN|{SSN_ZIELINSKI}]]. Konto für den Lohn: [[IBAN|{IBAN_ZIELINSKI}]].

Telefon: [[T|0048 601 442 871]] (polnische Nummer, WhatsApp)

Dziękuję, vielen Dank
[[P|Łukasz Zieliński]]
""")

# ================================================================= 23 word: three-line phone note
doc("word", "telefonnotiz_kurz", [], f"""
Telefonnotiz 12.11., 10:15 – für Herrn [[P|Haubrich]]
Frau [[P|Monika Nels]] ruft wg. Laub von der Hecke auf dem Grab ihres Mannes (Feld B) an, bittet um Rückruf: [[T|0 65 42 / 9 88 71]]
– [[P|Lauer]]
""")

# ================================================================= 24 outlook: Moselfränkisch reply about an overgrown grave (quoted letter)
doc("outlook", "grabpflege_mundart", [], f"""
Von: [[P|Rita Zender]] <[[E|rita.zender@gmx.de]]>
An: [[N|friedhof@{DOM}]]
Betreff: AW: Grabstätte A-03-11 / Ihr Schreiben Az. [[AZ|67-FV 118/25]]

Gudde Dach,

nä, dat losse mir net su stehe. Dat Grab vun meinem [[P|Edmund]] es immer gepflegt, mir sinn jede Woch do. Dat Unkraut, wat Sie mäne, kimmt vum Nachbargrab vun de Familie [[P|Licht]], do kümmert sich kaaner mieh dröm, seit et [[P|Elfriede]] dot es. Un die Vögel in der Blutbuch mache alles dreckig, do kann ech nix fir.

Mei Neffe, de [[P|Christoph Zender]], kimmt am Freidag bei Ihne vorbei, dä hat Vollmacht. Dä es erreichbar ünner [[T|0170 3328 150]].

Gruß [[P|Rita Zender]]

> Sehr geehrte Frau [[P|Zender]],
> bei einer Begehung am 06.11.2025 wurde festgestellt, dass die Grabstätte A-03-11 verwildert ist. Nach § 21 Abs. 3 der Friedhofssatzung fordere ich Sie auf, die Grabstätte bis zum 15.12.2025 in einen ordnungsgemäßen Zustand zu bringen.
> Im Auftrag
> Friedhofsverwaltung
""")

# ================================================================= 25 word: Personalbogen with union membership
doc("word", "personalbogen_geraetewart", ["UNION"], f"""
{VG} – Personalstelle
Personalbogen – Neueinstellung Gerätewart Feuerwehr (TVöD, EG 6), Eintritt 01.01.2026
Personalnummer: [[N|40217]]

Name, Vorname: [[P|Schneiders, Peter]]
Geburtsdatum: [[DOB|25.01.1985]]          Geburtsort: Traben-Trarbach
Anschrift: [[A|Auf der Huth 11]], [[A|56869 Moselkamm]]
Mobil: [[T|0170 4491 206]]          E-Mail privat: [[E|peter.schneiders@t-online.de]]

Steuer-Identifikationsnummer: [[TID|{TAXID_SCHNEIDERS}]]          Steuerklasse: III, Kinderfreibeträge: 1,0
Rentenversicherungsnummer: [[SSN|{SSN_SCHNEIDERS}]]
Krankenkasse: AOK Rheinland-Pfalz/Saarland, Krankenversichertennummer [[KV|{KV_SCHNEIDERS}]]
Bankverbindung: [[IBAN|{IBAN_SCHNEIDERS}]] (Volksbank RheinAhrEifel)
Gewerkschaft: Mitglied ver.di seit 2008; Beitragsabzug über die Entgeltabrechnung: nein
Notfallkontakt: [[P|Jutta Schneiders]] (Ehefrau)

Führerschein Klasse CE liegt vor. Bearbeitet: [[P|Hammes]], 10.11.2025
""")

# ================================================================= 26 outlook: youth firefighter with diabetes, forwarded
doc("outlook", "jugendfeuerwehr_anmeldung_fwd", ["HEALTH"], f"""
Von: [[P|Bamberg, Stefan]] <[[N|wehrleiter@ff-moselkamm.de]]>
Gesendet: Freitag, 14. November 2025 07:45
An: [[P|Lauer, Kevin]]
Betreff: WG: Anmeldung Jugendfeuerwehr

Moin,
kannst du die Anmeldung bitte fürs Versichertenverzeichnis der Unfallkasse aufnehmen? Die med. Infos bitte NICHT in die Mitgliederliste, nur an die Betreuer.
Gruß

---------- Weitergeleitete Nachricht ----------
Von: [[P|Rania Al-Masri]] <[[E|rania.almasri@outlook.de]]>
Datum: Do., 13. Nov. 2025 um 20:11
Betreff: Anmeldung Jugendfeuerwehr – [[P|Mira]]
An: <[[N|jugendfeuerwehr@ff-moselkamm.de]]>

Hallo Herr [[P|Bamberg]],

unsere Tochter [[P|Mira Al-Masri]] (geb. [[DOB|09.03.2014]]) möchte ab Januar in die Jugendfeuerwehr Moselkamm. Die Einverständniserklärung von uns beiden Eltern ist unterschrieben.

Wichtig: [[P|Mira]] hat Diabetes Typ 1 und trägt eine Insulinpumpe mit Sensor am Oberarm. Sie kennt sich gut aus, aber die Betreuer sollten wissen, dass sie bei Unterzucker sofort Traubenzucker braucht (hat sie immer in der Jackentasche).

Versichert ist sie über mich bei der DAK, ihre Versichertennummer: [[KV|{KV_MIRA}]]
Adresse: [[A|Schulstraße 17]], [[A|56869 Moselkamm]]
Handy: [[T|0157 3012 6644]]

Liebe Grüße
[[P|Rania Al-Masri]]
""")

# ================================================================= 27 word: list of ID documents ready for collection
doc("word", "ausweis_abholliste", [], f"""
Bürgerbüro Moselkamm – Abholbereite Dokumente (Stand 13.11.2025)
Bei Ausgabe: Lichtbildvergleich, Unterschrift auf dem Ausgabebeleg; PIN-Briefe liegen getrennt im Tresor.

Nachname, Vorname            | Dokument          | Seriennummer | Antrag vom | Bemerkung
[[P|Aydoğan, Kübra]]               | Personalausweis   | [[IDC|{IDC_AYDOGAN}]]    | 16.10.2025 |
[[P|Esposito, Francesca]]          | Reisepass         | [[PASS|{PASS_ESPOSITO}]]   | 14.10.2025 | Express
[[P|Mensah, Kwame Boateng]]        | Personalausweis   | [[IDC|{IDC_MENSAH}]]   | 20.10.2025 | erster PA nach Einbürgerung
[[P|Thielen, Josef]]               | Personalausweis   | [[IDC|{IDC_THIELEN}]]    | 20.10.2025 | Abholung durch Sohn [[P|Michael Thielen]] (Vollmacht liegt vor)

Nicht abgeholte Dokumente werden nach drei Monaten an die Bundesdruckerei zurückgesandt bzw. vernichtet.
gez. [[P|Demirtaş]]
""")

# ================================================================= 28 outlook: Greek taverna, wine festival stand
doc("outlook", "weinfest_stand", [], f"""
Von: [[P|Nikos Papadopoulos]] <[[N|info@taverna-olympia-moselkamm.de]]>
An: [[N|gewerbeamt@{DOM}]]
Betreff: Weinfest Kestenbach 2026 – Verkaufswagen

Hallo liebes Gewerbeamt,

wie jedes Jahr möchte ich mit meinem Verkaufswagen (Gyros, Souvlaki, griechischer Wein) beim Weinfest in Kestenbach vom 21. bis 23.08.2026 dabei sein. Die Standgebühr zahle ich wieder an die Ortsgemeinde.

Inhaber: [[P|Nikolaos Papadopoulos]], Taverna Olympia, [[A|Moselweinstraße 88]], [[A|56869 Moselkamm]]
Steuernummer: [[TNR|{TNR_PAPADOPOULOS}]]
USt-IdNr.: [[VAT|{VAT_PAPADOPOULOS}]]
Verkaufswagen (Anhänger): [[KFZ|BKS-NP 66]]
Vor Ort verantwortlich: meine Frau [[P|Eleni Georgiou-Papadopoulou]], [[T|0176 6638 2209]]

Die Belehrungen nach § 43 IfSG für mich, [[P|Eleni]] und unseren Aushilfskoch bringe ich mit.

Ευχαριστώ / Danke!
[[P|Nikos]]
""")

# ================================================================= 29 word: Kostenersatz Feuerwehr to a Dutch camper owner
doc("word", "kostenersatz_feuerwehr", [], f"""
{VG} – Brand- und Katastrophenschutz
{VG_STREET} · {VG_CITY} · Telefon {VG_SWITCH}

Herrn
[[P|Pieter van den Berg]]
[[A|Oudegracht 211 bis]]
[[A|3511 NE Utrecht]]
NIEDERLANDE

Kassenzeichen: [[AZ|4.1100.002291.7]]                        Datum: 11.11.2025

Kostenersatz nach § 36 Abs. 1 Nr. 3 LBKG für den Einsatz der Freiwilligen Feuerwehr am 19.09.2025

Sehr geehrter Herr [[P|van den Berg]],

am 19.09.2025 verlor das auf Sie zugelassene Wohnmobil mit dem niederländischen Kennzeichen [[KFZ|V-482-GN]] auf der L 158 zwischen Kestenbach und Moselkamm auf etwa 1,8 km Dieselkraftstoff. Der Löschzug Kestenbach hat die Fahrbahn abgestreut und gereinigt (Einsatzbericht Nr. 25-0331). Am Steuer saß nach Ihren Angaben Ihre Ehefrau, Frau [[P|Anouk van den Berg-de Vries]].

Kosten nach der Feuerwehrkostensatzung:
9 Einsatzkräfte × 2,5 Std. × 28,00 EUR        630,00 EUR
HLF 20, 2,5 Std. × 95,00 EUR                  237,50 EUR
Ölbindemittel, 12 Sack × 18,50 EUR           222,00 EUR
Summe                                       1.089,50 EUR

Bitte überweisen Sie den Betrag bis zum 15.12.2025 unter Angabe des Kassenzeichens auf das Konto der Verbandsgemeindekasse, IBAN [[N|{VG_IBAN}]], BIC MALADE51BKS. Eine etwaige Überzahlung erstatten wir auf das in Ihrem Schreiben vom 02.10.2025 angegebene Konto [[IBAN|{IBAN_VANDENBERG}]].

English summary: This is an invoice for the fire brigade's clean-up of a diesel spill caused by your camper van. Please pay EUR 1,089.50 by 15 December 2025, quoting the Kassenzeichen above.

Mit freundlichen Grüßen
Im Auftrag
[[P|Sandra Pütz]]
Tel. [[T|06542 9206-410]]
""")

# ================================================================= 30 outlook: youth firefighter lead needs a certificate (short, lower case)
doc("outlook", "fuehrungszeugnis_jugendwart", [], f"""
Betreff: fürungszeugnis für jugendfeuerwehr

hallo zusammen,

ich bin neuer jugendwart bei der jugendfeuerwehr kestenbach und brauch ein erweitertes führungszeugnis (§ 30a BZRG), das schreiben vom wehrführer hab ich. kann ich das online beantragen oder muss ich vorbeikommen?

meine daten: [[P|lukas bollig]], geb [[DOB|23.6.2001]], ausweisnr [[IDC|{IDC_BOLLIG}]], wohne bei meinen eltern in der [[A|hauptstr. 22]], [[A|56867 kestenbach]]

mfg [[P|lukas]]

Von meinem iPhone gesendet
""")


# ---------------------------------------------------------------- checks on every identifier used
for v in (VG_IBAN, IBAN_KASPARI, IBAN_SCHNEIDERS, IBAN_PETRENKO, IBAN_GRUBER, IBAN_VANDENBERG, IBAN_ZIELINSKI):
    assert iban_ok(v), v
assert nl_account_ok(IBAN_VANDENBERG) and IBAN_VANDENBERG.startswith("NL")
assert IBAN_GRUBER.startswith("AT") and len(IBAN_GRUBER.replace(" ", "")) == 20
for v in (CC_HEYDT, CC_ESPOSITO):
    assert luhn_ok(v), v
for v in (TAXID_SCHNEIDERS, TAXID_ZIELINSKI):
    assert tax_id_ok(v), v
for v in (VAT_DELUCA, VAT_HEYDT, VAT_PAPADOPOULOS):
    assert vat_ok(v), v
for v in (SSN_SCHNEIDERS, SSN_ZIELINSKI):
    assert ssn_ok(v), v
assert SSN_SCHNEIDERS.replace(" ", "")[2:9] == "250185S" and SSN_ZIELINSKI[2:9] == "140890Z"
for v in (KV_SCHNEIDERS, KV_MIRA):
    assert kvnr_ok(v), v
for v in (IDC_LEHNERT, IDC_MENSAH, PASS_ESPOSITO):
    assert len(v) == 10 and icao_check(v[:9]) == int(v[9]), v
for v in (IDC_MERTES, IDC_AYDOGAN, IDC_THIELEN, IDC_BOLLIG):
    assert len(v) == 9 and v[0] in "LMNPRTVWXY", v
for v in (PASS_HODZIC,):
    assert len(v) == 9 and v[0] in "CFGHJK", v


def main():
    lines, cats, flags = [], collections.Counter(), collections.Counter()
    for n, (channel, template, fl, marked) in enumerate(DOCS, 1):
        rec = build(f"b31-{n:03d}", channel, template, marked, fl)
        lines.append(rec)
        cats.update(e["category"] for e in rec["entities"])
        flags.update(fl)
    assert len(lines) == 30
    with open(os.path.join(HERE, "fresh31.jsonl"), "w", encoding="utf-8") as f:
        for rec in lines:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    total = sum(cats.values())
    neutral = sum(len(r["neutral"]) for r in lines)
    chans = collections.Counter(r["channel"] for r in lines)
    no_flag = sum(1 for r in lines if not r["specialCategories"])
    cat_text = ", ".join(f"{k} {v}" for k, v in cats.most_common())
    flag_text = ", ".join(f"{k} {v}" for k, v in flags.most_common())
    readme = (
        "# fresh31.jsonl — Verbandsgemeinde Moselkamm-Hunsrück (held-out)\n\n"
        f"{len(lines)} documents ({chans['word']} Word, {chans['outlook']} Outlook) from an invented Verbandsgemeinde in "
        "Rhineland-Palatinate (Bürgerbüro, Standesamt, Friedhofsverwaltung, Gewerbeamt, Feuerwehr), written blind to the "
        "detector's code: a monthly list of Sterbefälle with a religion column, a list of graves with expiring rights "
        "(`Nachname, Vorname` tables, a Polish address), a list of ID documents ready for collection, Gebührenbescheide "
        "(grave-right extension, Gaststätten-Gestattung for a Vietnamese stall owner, fire-brigade Kostenersatz to a Dutch "
        "camper owner with NL plate and NL IBAN), a Gewerbeanmeldung form with an Italian former address, Vermerke "
        "(same-sex marriage registration, passport application with fingerprint fallback, muslim burial request, "
        "paternity by DNA test, Personalbogen with union membership), a fire-brigade Niederschrift, a Sondernutzung for "
        "election posters, a three-line phone note; Outlook mails in Moselfränkisch dialect, lower-case and typo-ridden "
        "notes, an English-German registration mail, forwarded chains with quoted headers and staff signatures, a "
        "three-line IBAN mail. Names are German/Moselle, Turkish, Arabic, Polish, Ukrainian, Italian, Greek, Balkan, "
        "Vietnamese (family name first), Nigerian/Ghanaian, Sinti, Dutch particles (`van den Berg-de Vries`, "
        "`von der Heydt`, `zur Mühlen`), with nicknames (Jupp, Tobi, Hanni, Emeka), birth names after `geb.`, "
        "first-name-only and surname-only mentions, a genitive (`Hakans`, labelled as the whole token), a sole trader's "
        "surname in a firm name (`Bestattungen Kaspari`), `Dr. Yilmaz` without Herr/Frau labelled as the surname only. "
        f"Entities: {total} ({cat_text}); {neutral} neutral spans. Flags: {flag_text}; {no_flag} documents carry none. "
        "Hard negatives: the Verbandsgemeinde's address, switchboard, functional mailboxes and own IBAN (neutral), "
        "register numbers (`S 212/2025`, `G 61/2024`), a Mandatsreferenz, a personnel number, apartment details and business mailboxes (neutral), Einsatz-, Lehrgangs-, Buchungs-, "
        "Beleg-, Rechnungs- and Quittungsnummern, Drucksachen, grave numbers (`A-03-11`), amounts, § references, "
        "death and other non-birth dates, `geb. Zender` as a birth name rather than a date, streets without a number "
        "(Kirchgasse, Bergstraße, Brunnenstraße), city names in prose, nouns that are also surnames (Koch, Bäcker, Licht, "
        "Vögel, Winterdienst, `ich weiß` beside Frau Weiß), a passport photo and an IfSG-Belehrung that are not flagged.\n"
    )
    # The writer's summary went to its own README.md; in this folder it is a section of the shared README.
    print(f"{len(lines)} documents, {total} entities, {neutral} neutral")
    print(cat_text)
    print(flag_text, "| no flags:", no_flag)


if __name__ == "__main__":
    main()
