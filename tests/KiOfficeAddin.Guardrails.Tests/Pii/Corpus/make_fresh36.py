#!/usr/bin/env python3
"""Batch 36: a held-out set of 30 documents from the invented Saxon Große Kreisstadt Muldenau (Erzgebirge foothills).

Standesamt, Friedhofsverwaltung, Gewerbeamt, Bauamt, Bürgerbeteiligung; Word documents and Outlook mails.
Writes fresh36.jsonl next to this file.
"""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True
CORPUS = "/work/main/tests/KiOfficeAddin.Guardrails.Tests/Pii/Corpus"
sys.path.insert(0, CORPUS)

from marks import build  # noqa: E402
from identifiers import Identifiers, mod97_iban, mod11_10_check, luhn_check, group  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ids = Identifiers(3636)
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
            d -= 9 if d > 9 else 0
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
    return sum((v * w) // 10 + (v * w) % 10 for v, w in zip(values, weights)) % 10 == check


def kvnr_ok(value):
    letter, body, check = value[0], value[1:9], int(value[9])
    code = ord(letter) - ord("A") + 1
    values = [code // 10, code % 10] + [int(c) for c in body]
    total = 0
    for i, v in enumerate(values):
        p = v * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return total % 10 == check


def pl_id_ok(value):
    vals = [int(c, 36) for c in value]
    weights = [7, 3, 1, 9, 7, 3, 1, 7, 3]
    return sum(v * w for v, w in zip(vals, weights)) % 10 == 0


# ---------------------------------------------------------------- identifiers
def fmt_tax_id(t):
    return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"


def fmt_ssn(s):
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"


def st_nr_sachsen():
    # Saxon layout FFF/BBB/BBBBP (Finanzamt 2xx); no check digit verified.
    return f"2{ids.digits(2)}/{ids.digits(3)}/{ids.digits(5)}"


def nl_iban():
    while True:
        acct = ids.digits(10)
        if sum(int(d) * (10 - i) for i, d in enumerate(acct)) % 11 == 0:  # elfproef, to be safe
            return mod97_iban("NL", "INGB" + acct)


def pl_id_card():
    letters = "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(3))
    tail = ids.digits(5)
    vals = [int(c, 36) for c in letters] + [int(c) for c in tail]
    s = sum(v * w for v, w in zip(vals, [7, 3, 1, 7, 3, 1, 7, 3]))
    return letters + str(s % 10) + tail


CITY_IBAN = mod97_iban("DE", "87054000" + ids.digits(10))
I = {
    "pass_vn1": rng.choice("CN") + ids.digits(7),
    "pass_vn2": rng.choice("CN") + ids.digits(7),
    "pass_ua": rng.choice(["FE", "FX", "FT", "GB"]) + ids.digits(6),
    "pass_ua2": rng.choice(["FE", "FX", "FT", "GB"]) + ids.digits(6),
    "pass_tr": "U" + ids.digits(8),
    "pass_de": ids.passport(check_digit=False),
    "idc_cz": ids.digits(9, first_nonzero=True),
    "idc_de1": ids.id_card(check_digit=False),
    "idc_de2": ids.id_card(check_digit=True),
    "idc_de3": ids.id_card(check_digit=False),
    "idc_de4": ids.id_card(check_digit=False),
    "idc_ua": "00" + ids.digits(7),
    "idc_pl": pl_id_card(),
    "stnr1": st_nr_sachsen(),
    "stnr2": st_nr_sachsen(),
    "stnr3": st_nr_sachsen(),
    "stnr4_13": "32" + ids.digits(2) + "0" + ids.digits(8),
    "vat1": ids.vat_id(),
    "vat2": ids.vat_id(),
    "vat3": ids.vat_id(),
    "vat4": ids.vat_id(),
    "tid1": ids.tax_id(),
    "tid2": ids.tax_id(),
    "tid3": ids.tax_id(),
    "iban_uhlig": ids.iban_de(),
    "iban_at_russo": mod97_iban("AT", "20503" + ids.digits(11)),
    "iban_mehnert": mod97_iban("DE", "87054000" + ids.digits(10)),
    "iban_jovanovic": ids.iban_de(),
    "iban_kowar": ids.iban_de(),
    "iban_nl": nl_iban(),
    "amex": ids.credit_card("37", 15),
    "visa": ids.credit_card("4", 16),
    "ssn_lehmann": ids.social_security("220636", "T"),
    "ssn_mehnert": ids.social_security("120838", "B"),
    "kv_lehmann": ids.health_insurance(),
    "kv_mehnert": ids.health_insurance(),
}

for k, v in I.items():
    if k.startswith("iban"):
        assert iban_ok(v), (k, v)
    if k in ("amex", "visa"):
        assert luhn_ok(v), (k, v)
    if k.startswith("tid"):
        assert tax_id_ok(v), (k, v)
    if k.startswith("vat"):
        assert vat_ok(v), (k, v)
    if k.startswith("ssn"):
        assert ssn_ok(v), (k, v)
    if k.startswith("kv"):
        assert kvnr_ok(v), (k, v)
assert iban_ok(CITY_IBAN)
assert pl_id_ok(I["idc_pl"]), I["idc_pl"]
assert I["ssn_lehmann"][2:8] == "220636" and I["ssn_mehnert"][2:8] == "120838"

G = lambda v: group(v, 4)  # noqa: E731
CITY_IBAN_G = G(CITY_IBAN)
AMEX = f"{I['amex'][:4]} {I['amex'][4:10]} {I['amex'][10:]}"
VISA = group(I["visa"], 4)

HEAD = "Stadt Muldenau · Große Kreisstadt"
CITY = "[[N|Markt 1]], [[N|09437 Muldenau]]"

DOCS = []


def doc(channel, template, flags, text):
    DOCS.append((channel, template, flags, text))


# ---------------------------------------------------------------- F36-001
doc("word", "geburt_beurkundung", [], f"""{HEAD} · Standesamt
{CITY}

Aktenvermerk – Anzeige einer Geburt

Az.: [[AZ|St 12-0487/25]]
Bearbeiterin: [[P|Katrin Hänel]], Durchwahl [[T|03725 4490-213]]

Am 03.09.2025 sprachen die Eltern im Standesamt vor, um die Geburt ihrer Tochter anzuzeigen. Die schriftliche Geburtsanzeige des Klinikums Mittleres Erzgebirge (Haus Zschopau) liegt vor.

Kind:    [[P|Nguyễn Minh Anh]], weiblich, geboren am [[DOB|28.08.2025]] um 06:42 Uhr in Zschopau
Vater:   [[P|Nguyễn Văn Hùng]], geb. [[DOB|11.02.1986]] in Hải Phòng, vietnamesischer Staatsangehöriger, Reisepass Nr. [[PASS|{I['pass_vn1']}]]
Mutter:  [[P|Trần Thị Thu Hà]], geb. [[DOB|30.06.1990]] in Nam Định, vietnamesische Staatsangehörige, Reisepass Nr. [[PASS|{I['pass_vn2']}]]
Anschrift der Eltern: [[A|Zschopauer Straße 41]], [[N|3. OG rechts]], [[A|09437 Muldenau]]

Die Eltern sind nicht miteinander verheiratet. Herr [[P|Nguyễn]] hat die Vaterschaft bereits am 14.05.2025 beim Jugendamt des Erzgebirgskreises anerkannt, die Mutter hat zugestimmt. Die Eltern haben eine gemeinsame Sorgeerklärung abgegeben und bestimmen für das Kind den Familiennamen des Vaters.

Als Dolmetscherin war Frau [[P|Lê Thị Hồng]] (allgemein beeidigt beim Landgericht Chemnitz) anwesend.

Drei Geburtsurkunden (je 12,00 EUR) und eine gebührenfreie Bescheinigung für das Elterngeld wurden ausgehändigt. Beurkundet im Geburtenregister unter [[N|G 611/2025]].""")

# ---------------------------------------------------------------- F36-002
doc("outlook", "kirchenaustritt", ["RELIGION"], """Von: [[P|Siegfried Börner]] <[[E|s.boerner1951@t-online.de]]>
Gesendet: Montag, 14. April 2025 08:12
An: [[N|standesamt@muldenau.de]]
Betreff: kirchenaustritt

guten morgen,

meine frau und ich wollen aus der ev.-luth. kirche austreten. wir sind beide seit der konfirmation dabei, aber was sich die landeskirche in den letzten jahren leistet, tragen wir nicht mehr mit, und das kirchgeld jedes jahr ärgert uns auch. mit dem pfarrer haben wir schon gesprochen, der bedauert es, hat aber verständnis.

unsere daten:
[[P|Siegfried Börner]], geb. [[DOB|19.06.1951]] in Annaberg, getauft in der St. Annenkirche
[[P|Gisela Börner]] geb. [[P|Tittel]], geb. am [[DOB|02.12.1953]] in Scheibenberg
wir wohnen [[A|Glück-Auf-Straße 18]] hier in muldenau.

müssen wir beide persönlich kommen oder reicht es wenn ich die unterschrift von meiner frau mitbringe? sie ist vormittags immer bei unserer enkelin. und brauchen wir den taufschein, den haben wir nicht mehr.

telefon [[T|037341 / 5 28 17]], ab mittag bin ich beim garten.

mfg
[[P|S. Börner]]""")

# ---------------------------------------------------------------- F36-003
doc("word", "friedhof_grabnutzung", [], f"""Stadt Muldenau – Friedhofsverwaltung
[[N|Am Gottesacker 2]] · [[N|09437 Muldenau]] · Telefon [[N|03725 4490-0]] · [[N|friedhof@muldenau.de]]

Herrn
[[P|Wolfgang Uhlig]]
[[A|Sonnenleite 9]]
[[A|09456 Annaberg-Buchholz]]

Kassenzeichen: [[AZ|5.7401.302198]]
Datum: 22.05.2025

Verlängerung des Nutzungsrechts an der Wahlgrabstätte Abt. III, Reihe 7, Nr. 14 (Friedhof St. Marien)

Sehr geehrter Herr [[P|Uhlig]],

das Nutzungsrecht an der oben genannten Wahlgrabstätte, in der Ihre Eltern [[P|Gertrud Uhlig]] (geb. [[DOB|04.03.1929]], gest. 11.12.2003) und [[P|Rudolf Uhlig]] (geb. [[DOB|17.09.1926]], gest. 02.08.2011) beigesetzt sind, endet am 30.06.2025. Auf Ihren Antrag vom 06.05.2025 verlängere ich das Nutzungsrecht gemäß § 14 Abs. 3 der Friedhofssatzung um zehn Jahre bis zum 30.06.2035.

Die Gebühr beträgt nach Nr. 2.3 der Anlage zur Friedhofsgebührensatzung 415,00 EUR. Sie haben uns ein SEPA-Lastschriftmandat erteilt; der Betrag wird am 15.06.2025 von dem Konto [[IBAN|{G(I['iban_uhlig'])}]] eingezogen.

Bitte beachten Sie, dass die Grabmale in Abteilung III im September auf ihre Standsicherheit geprüft werden. Das Abräumen der Grabstätte nach Ablauf des Nutzungsrechts ist Sache des Nutzungsberechtigten.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadtverwaltung Muldenau, {CITY}, erhoben werden.

Mit freundlichen Grüßen
Im Auftrag

[[P|Dagmar Fiedler]]
Sachbearbeiterin Friedhofswesen

Bankverbindung der Stadt Muldenau: Erzgebirgssparkasse, IBAN [[N|{CITY_IBAN_G}]]""")

# ---------------------------------------------------------------- F36-004
doc("outlook", "gewerbe_anmeldung_cz", [], f"""Betreff: Gewerbeanmeldung – Reinigung / živnost

Dobrý den, sehr geehrte Damen und Herren,

ich bin [[P|Kateřina Dvořáková]], tschechische Staatsbürgerin, und möchte ab 1. Juli eine Gewerbe anmelden (Gebäudereinigung, Fenster, Treppenhaus, ohne Angestellte). Ich wohne seit März in [[A|Bergmannsgasse 3b]], [[A|09437 Muldenau]], vorher in Vejprty, Tschechien.

Meine Daten für das Formular:
geboren: [[DOB|17.11.1988]] in Chomutov
Občanský průkaz (Personalausweis) č. [[IDC|{I['idc_cz']}]]
Steuernummer vom Finanzamt: [[TNR|{I['stnr1']}]]
USt-IdNr: [[VAT|{I['vat1']}]]

Das Auto für die Firma hat noch tschechische Kennzeichen [[KFZ|4U7 3821]], ich melde es im Juni um.

Handy: [[T|+420 736 482 915]]

Mein Mann [[P|Tomáš]] hilft mir bei Deutsch, wenn Sie Fragen haben bitte auch an ihn: [[E|tomas.dvorak@seznam.cz]]

Děkuji, danke schön
[[P|Kateřina Dvořáková]]""")

# ---------------------------------------------------------------- F36-005
doc("word", "protokoll_einwohnerversammlung", ["POLITICS"], f"""Stadt Muldenau
Niederschrift über die Einwohnerversammlung zum Bebauungsplan Nr. 27 „Wohngebiet Am Mühlgraben“

Datum: Dienstag, 18.03.2025, 18:00 – 20:40 Uhr
Ort: Ratssaal des Rathauses, {CITY}
Vorlage: Drucksache [[N|DS 2025/041]]

Anwesend von der Verwaltung:
[[P|Dr. Reinhardt von Carlowitz]], Oberbürgermeister (Versammlungsleitung)
[[P|Annett Lorenz]], Leiterin Bauamt
Sachgebiet Stadtplanung (Vortrag)
[[P|Jacqueline Meinel]], Protokoll

Aus dem Stadtrat: Stadträtin [[P|Hanka Šołćina]]
Einwohnerinnen und Einwohner: 64 laut Teilnehmerliste (Anlage 1)

TOP 1 Begrüßung
Der Oberbürgermeister begrüßt die Anwesenden und erläutert den Ablauf. Wortmeldungen werden mit Namen und Anschrift protokolliert; wer das nicht möchte, kann seine Stellungnahme schriftlich abgeben.

TOP 2 Vorstellung der Planung
Die Stadtplanung stellt den Vorentwurf vor: 38 Bauplätze für Einfamilien- und Doppelhäuser, Erschließung über die Flöhaer Straße, ein Regenrückhaltebecken am Mühlgraben und ein Spielplatz am Nordrand. Die Festsetzungen orientieren sich an § 9 BauGB und am benachbarten Bebauungsplan Nr. 19 „Sonnenleite“.

TOP 3 Wortmeldungen
1. Frau [[P|Emine Yıldırım]], [[A|Flöhaer Straße 104]], fragt nach dem Schulweg; an der Flöhaer Straße fehle ein Gehweg. Die Verwaltung sagt eine Prüfung zu.
2. Herr [[P|Matthias Vogel]], Landwirt, [[A|Am Rittergut 2]], verweist auf seine Pachtflächen im Plangebiet. Er bittet, den Vogelschutz (Rebhuhn, Feldlerche) ernst zu nehmen, das Gutachten sei im Winter erstellt worden.
3. Herr [[P|Ronny Wendler]] erklärt, er spreche als Vorsitzender des Ortsverbands von Bündnis 90/Die Grünen und als Parteimitglied seit 2009; seine Partei lehne neue Einfamilienhausgebiete auf der grünen Wiese grundsätzlich ab und fordere stattdessen die Nachnutzung der Brachen an der Bahnhofstraße.
4. Frau [[P|Liesbeth Kempe]] (87), [[A|Kirchgasse 4]], bittet, ihre schriftliche Stellungnahme vom 02.03.2025 zu Protokoll zu nehmen (Anlage 2).
5. Herr [[P|Chukwuemeka Okafor]], [[A|Am Mühlgraben 15a]], fragt, ob für sein Grundstück Erschließungsbeiträge anfallen. OB [[P|von Carlowitz]] verweist auf die Beitragssatzung; eine schriftliche Antwort folgt.

TOP 4 Weiteres Verfahren
Der Vorentwurf liegt vom 07.04. bis 09.05.2025 im Bauamt, Zimmer 2.14, aus. Stellungnahmen bitte an [[N|bauamt@muldenau.de]] oder schriftlich an die Stadtverwaltung.

Ende der Versammlung: 20:40 Uhr

gez. [[P|J. Meinel]], Protokollführerin""")

# ---------------------------------------------------------------- F36-006
doc("outlook", "namensaenderung_sorbisch", ["ETHNICITY"], """Von: [[P|Hänel, Katrin]] <[[E|katrin.haenel@muldenau.de]]>
Gesendet: Mittwoch, 7. Mai 2025 10:31
An: Rechtsamt <[[N|rechtsamt@muldenau.de]]>
Betreff: WG: Namensänderung sorbische Form

Hallo zusammen,

könnt ihr bitte kurz draufschauen? Die Familie möchte, dass die Tochter künftig die weibliche sorbische Namensform führt. Seit dem 1. Mai geht das ja über eine Erklärung beim Standesamt, aber ich bin mir wegen der Zuständigkeit unsicher (Wohnsitz bei uns, Geburt in Bautzen). Reicht die Geburtsurkunde oder brauchen wir einen Nachweis der Zugehörigkeit zum sorbischen Volk?

Danke euch!
[[P|K. Hänel]]

-----Ursprüngliche Nachricht-----
Von: [[P|Beno Młynk]] <[[E|beno.mlynk@posteo.de]]>
Gesendet: Dienstag, 6. Mai 2025 21:47
An: [[N|standesamt@muldenau.de]]
Betreff: Namensänderung sorbische Form

Sehr geehrte Damen und Herren,

wir sind eine sorbische Familie aus der Oberlausitz und wohnen seit letztem Jahr in Muldenau. Zu Hause sprechen wir Obersorbisch. Unsere Tochter [[P|Lejna]] wurde am [[DOB|09.01.2019]] in Bautzen geboren und im Geburtenregister mit dem Familiennamen [[P|Młynk]] eingetragen. Bei uns ist es üblich, dass Frauen und Mädchen die Form [[P|Młynkowa]] tragen, so wie meine Frau [[P|Marja Młynkowa]]. Wir möchten das für unsere Tochter nach dem neuen Namensrecht ändern lassen.

Für den Kinderreisepass braucht sie dann wohl auch ein neues biometrisches Passfoto, oder?

Unsere Anschrift: [[A|Am Pochwerk 7]], [[A|09437 Muldenau]]
Telefon: [[T|03725 / 78 43 90]]

Z postrowom / Mit freundlichen Grüßen
[[P|Beno Młynk]]""")

# ---------------------------------------------------------------- F36-007
doc("word", "anmeldung_eheschliessung", ["SEXUAL_ORIENTATION"], f"""Standesamt Muldenau
Niederschrift über die Anmeldung der Eheschließung

Reg.-Nr.: [[N|A 58/2025]]
Tag der Anmeldung: 12.06.2025
Gewünschter Trautermin: Samstag, 20.09.2025, 11:00 Uhr, Trauzimmer Schloss Muldenstein

Es erschienen, ausgewiesen durch die nachstehend bezeichneten Dokumente:

1. [[P|Maximilian Reichelt]], geboren am [[DOB|23.04.1991]] in Karl-Marx-Stadt (jetzt Chemnitz), deutscher Staatsangehöriger, ledig,
   wohnhaft [[A|Chemnitzer Straße 9]], [[A|09437 Muldenau]], Personalausweis Nr. [[IDC|{I['idc_de1']}]]

2. [[P|Oleksandr Kovalenko]], geboren am [[DOB|05.10.1993]] in Charkiw (Ukraine), ukrainischer Staatsangehöriger, ledig,
   wohnhaft ebenda, Reisepass Nr. [[PASS|{I['pass_ua']}]], Aufenthaltserlaubnis nach § 24 AufenthG

Die Verlobten erklärten, dass sie miteinander die Ehe eingehen wollen. Sie leben seit 2021 als Paar in einer gemeinsamen Wohnung. Herr [[P|Kovalenko]] legte eine Geburtsurkunde mit Apostille und beglaubigter Übersetzung vor; da die Ukraine gleichgeschlechtliche Ehen nicht kennt und kein Ehefähigkeitszeugnis ausstellt, wird die Befreiung von der Beibringung beim Oberlandesgericht Dresden beantragt.

Namensführung: Die Verlobten beabsichtigen, künftig den Doppelnamen „[[P|Reichelt-Kovalenko]]“ als Ehenamen zu führen.

Kontakt für Rückfragen: [[E|max.reichelt@gmx.de]], [[T|0151 2297 3318]]

Vorgelesen, genehmigt und von beiden Verlobten unterschrieben.

Standesbeamtin: [[P|Ines Wolf]]""")

# ---------------------------------------------------------------- F36-008
doc("outlook", "bauamt_schwarzbau", [], """Betreff: schwarzbau nebenan??

hallo bauamt,

bei uns nebenan im [[A|Siedlerweg 29]] (familie [[P|Krasniqi]]) wird seit 3 wochen ein riesen anbau hochgezogen, 2 geschosse mit dachterasse direkt an unsere grenze. ich glaub nicht das die ne genehmigung haben, ein schild hängt jedenfalls keins. im B-Plan Nr. 12 steht doch was von max. 1 vollgeschoss oder?

außerdem parken die bauarbeiter jeden tag mit dem transporter [[KFZ|ZP-BK 417]] auf meiner einfahrt. hab das herrn [[P|Koch]] vom ordnungsamt schon gesagt, passiert ist nix. herr [[P|Arben Krasniqi]] selber sagt nur das geht mich nix an.

bitte schaut euch das an bevor der winter kommt und alles fertig ist.

mfg
[[P|Heiko Lößnitzer]]
[[A|Siedlerweg 31]]
[[T|0160/94 27 381]]""")

# ---------------------------------------------------------------- F36-009
doc("word", "telefonnotiz_friedhof", ["HEALTH"], """Telefonnotiz – Friedhof                                     12.02. / 9:40

Anruf Fr. [[P|Ilse Kaden]] (Witwe v. [[P|Manfred K.]], Urnengrab Abt. II / R 4 / Nr. 9)
– kann Grab nicht mehr selbst pflegen: nach Schlaganfall im Januar re. Seite gelähmt, sitzt im Rollstuhl
– fragt nach Grabpflegevertrag oder Umwandlung in pflegefreie Grabstelle
– wohnt jetzt bei Tochter: [[A|Talsperrenweg 15]], [[A|09405 Zschopau]]
– Sohn [[P|Jens]] soll sich um Bezahlung kümmern: [[T|0173 / 41 86 207]]
– Rückruf bitte vormittags unter [[T|037341 2 19 84]] – hört schlecht, laut sprechen!

→ an Fr. [[P|Fiedler]] weitergegeben, Kostenvoranschlag schicken
[[P|Meinel]]""")

# ---------------------------------------------------------------- F36-010
doc("outlook", "gewerbeabmeldung_en", [], f"""Subject: Gewerbeabmeldung Pizzeria "Da [[P|Peppe]]" – refund of fees

Dear Sir or Madam, sehr geehrte Damen und Herren,

sorry for writing in English, my German is ok for the kitchen but not for official things. I closed my restaurant Pizzeria Da [[P|Peppe]] at [[A|Annaberger Straße 57]], [[A|09437 Muldenau]] on 31 March and I want to deregister the business (Gewerbeabmeldung). The form is attached, signed.

Owner: [[P|Giuseppe Russo]], born [[DOB|02/08/1971]] in Salerno
Steuernummer: [[TNR|{I['stnr2']}]]
USt-IdNr.: [[VAT|{I['vat2']}]]
Your Kassenzeichen: [[AZ|5.3202.117955]]

Last year I paid the fee for the Gewerbeummeldung two times, once in the Bürgerbüro with my American Express [[CC|{AMEX}]] and once by bank transfer (invoice no. 2024-03318, 26,00 EUR). Please refund the double payment to my Austrian account, my wife is from Innsbruck and we move there:

IBAN [[IBAN|{G(I['iban_at_russo'])}]]
From 1 May we live in Tirol. Phone [[T|+43 664 3815 207]], e-mail [[E|peppe.russo71@gmail.com]].

Grazie mille und vielen Dank für die schöne Zeit in Muldenau!
[[P|Giuseppe „Peppe“ Russo]]""")

# ---------------------------------------------------------------- F36-011
doc("word", "tabelle_kirchenaustritte", ["RELIGION"], """Standesamt Muldenau – Kirchenaustritte März 2025
Mitteilung an die Kirchensteuerstellen (Ev.-Luth. Landeskirchenamt Sachsens, Bistum Dresden-Meißen)
Stand: 01.04.2025

Lfd.	Name, Vorname	geb. am	Anschrift	Religionsgemeinschaft	wirksam ab
1	[[P|Seidel, Hannelore]]	[[DOB|14.02.1948]]	[[A|Bergstraße 27a]], [[A|09437 Muldenau]]	ev.-luth.	05.03.2025
2	[[P|Krawc, Pětr]]	[[DOB|07.07.1964]]	[[A|An der Mulde 22]], [[A|09437 Muldenau]]	röm.-kath.	12.03.2025
3	[[P|Reimer, Mia]]	[[DOB|16.04.2010]]	[[A|Karl-Marx-Siedlung 3]], [[A|09437 Muldenau]]	ev.-luth.	19.03.2025
4	[[P|Winter, Christa]]	[[DOB|03.10.1958]]	[[A|Lößnitzer Straße 12]], [[A|09437 Muldenau]]	ev.-luth.	26.03.2025

Bemerkungen:
zu 3: [[P|Mia]] hat das 14. Lebensjahr vollendet und die Erklärung selbst unterschrieben; der Vater war anwesend.
Die Gebühren (4 × 30,00 EUR) wurden über die Stadtkasse vereinnahmt.""")

# ---------------------------------------------------------------- F36-012
doc("outlook", "friedhof_islamisch", ["RELIGION"], """Betreff: Bestattung nach islamischem Ritus – unser Vater

Sehr geehrte Frau [[P|Fiedler]],

wie heute Morgen am Telefon besprochen, schreibe ich Ihnen noch einmal alles auf. Unser Vater [[P|Abdulrahman Al-Haddad]], geboren am [[DOB|01.01.1952]] in Homs, ist gestern Abend im Erzgebirgsklinikum Annaberg verstorben.

Wir sind Muslime und möchten ihn nach islamischem Ritus beisetzen: möglichst schnell, ohne Sarg im Leichentuch, wenn das in Sachsen erlaubt ist, und mit Ausrichtung des Grabes nach Mekka. Die rituelle Waschung übernimmt die Moscheegemeinde in Chemnitz. Gibt es auf dem Waldfriedhof ein Grabfeld für Muslime oder könnte eine Reihe so angelegt werden?

Die Überführung macht das Bestattungshaus [[P|Gläser]], die Sterbeurkunde ist schon beim Standesamt beantragt.

Mein Bruder und ich sind jederzeit erreichbar:
[[P|Omar Al-Haddad]]: [[T|0176 / 2039 5518]]
[[P|Yusuf Al-Haddad]]: [[T|+49 1523 7741902]]

Anschrift der Familie: [[A|Karl-Marx-Siedlung 14]], [[A|09437 Muldenau]]

Vielen Dank für Ihre Hilfe in dieser schweren Zeit.

Mit freundlichen Grüßen
[[P|Omar Al-Haddad]]
[[E|omar.alhaddad@web.de]]""")

# ---------------------------------------------------------------- F36-013
doc("word", "gewerbe_anhoerung", [], f"""{HEAD} · Ordnungs- und Gewerbeamt
{CITY}

Gegen Postzustellungsurkunde
Herrn
[[P|Marko Schimmel]]
Inhaber „[[P|Schimmel]] Dachbau“
[[A|Lößnitzer Straße 66]]
[[A|09437 Muldenau]]

Unser Zeichen: [[AZ|32.1-GW-0217/25]]
Datum: 04.08.2025

Anhörung gemäß § 28 VwVfG zur beabsichtigten Untersagung der Gewerbeausübung nach § 35 GewO

Sehr geehrter Herr [[P|Schimmel]],

das Finanzamt hat uns mit Schreiben vom 21.07.2025 mitgeteilt, dass Sie mit Steuerzahlungen in Höhe von 38.412,17 EUR im Rückstand sind (Steuernummer [[TNR|{I['stnr3']}]], Steuer-Identifikationsnummer [[TID|{fmt_tax_id(I['tid1'])}]]). Darüber hinaus bestehen nach Auskunft der AOK PLUS Beitragsrückstände von 6.230,00 EUR. Vollstreckungsversuche blieben erfolglos.

Betroffen ist Ihr Gewerbe „Dachdeckerei und Bauklempnerei“, angemeldet seit 01.04.2016 an der oben genannten Anschrift. Laut Gewerberegister sind Sie am [[DOB|09.12.1979]] in Marienberg geboren; bitte teilen Sie uns mit, falls die gespeicherten Angaben nicht zutreffen.

Wir beabsichtigen, Ihnen die Ausübung des Gewerbes wegen Unzuverlässigkeit zu untersagen. Sie haben Gelegenheit, sich bis zum 25.08.2025 schriftlich oder zur Niederschrift zu äußern. Ein mit dem Finanzamt abgestimmter Tilgungsplan kann berücksichtigt werden.

Im Auftrag

[[P|Sven Fankhänel]]
Sachgebietsleiter Gewerbe
Telefon [[T|03725 4490-310]]
E-Mail [[E|sven.fankhaenel@muldenau.de]]""")

# ---------------------------------------------------------------- F36-014
doc("outlook", "fwd_buergerbuero_ukraine", [], f"""Betreff: AW: Geburt Sohn Frau [[P|Bondarenko]] – Meldedaten

Hi,

passt, Frau [[P|Bondarenko]] war heute bei uns im Bürgerbüro und ist seit August gemeldet. Der Auslandspass Nr. [[PASS|{I['pass_ua2']}]] ist im Juli abgelaufen, gültig ist noch ihre ukrainische ID-Karte Nr. [[IDC|{I['idc_ua']}]], dazu der Aufenthaltstitel nach § 24 AufenthG. Die beglaubigte Übersetzung der Heiratsurkunde bringt sie dir nächste Woche vorbei.

VG
[[P|Tatjana Heinze]] | Bürgerbüro | Stadt Muldenau | Tel. [[T|03725 4490-120]]

Am 21.10.2025 um 14:05 schrieb [[P|Hänel, Katrin]] <[[E|katrin.haenel@muldenau.de]]>:
> Hallo [[P|Tanja]],
> kannst du mal schauen, ob Frau [[P|Iryna Bondarenko]] (geb. [[DOB|14.07.1987]]) bei euch gemeldet ist? Adresse laut Klinik: [[A|Rosa-Luxemburg-Straße 8]], [[A|09437 Muldenau]]. Sohn [[P|Danylo]], geb. [[DOB|03.10.2025]].
> Danke, [[P|Katrin]]""")

# ---------------------------------------------------------------- F36-015
doc("word", "vaterschaft_beischreibung", ["GENETIC"], """Standesamt Muldenau                                                 Muldenau, 15.10.2025
Az.: [[AZ|St 12-0733/25]]

Vermerk: Folgebeurkundung – gerichtliche Feststellung der Vaterschaft

Kind:     [[P|Emilia Procházková]], geb. [[DOB|19.03.2023]] in Chemnitz, Geburtenregister [[N|G 215/2023]]
Mutter:   [[P|Lenka Procházková]], geb. [[DOB|08.08.1995]], tschechische Staatsangehörige, [[A|Schneeberger Weg 12]], [[A|09437 Muldenau]]
Vater:    [[P|Daniel Ullmann]], geb. [[DOB|27.05.1992]], wohnhaft in Chemnitz

Das Amtsgericht Chemnitz – Familiengericht – hat mit Beschluss vom 02.09.2025 (Az. [[AZ|3 F 412/24]]) festgestellt, dass Herr [[P|Ullmann]] der Vater des Kindes ist. Grundlage war ein Abstammungsgutachten (DNA-Analyse) des Instituts für Rechtsmedizin Dresden mit einer Vaterschaftswahrscheinlichkeit von 99,9999 %. Der zunächst benannte Herr [[P|Petr Svoboda]] wurde durch das Gutachten als Vater ausgeschlossen.

Der Beschluss ist seit 07.10.2025 rechtskräftig. Die Vaterschaft wird als Folgebeurkundung zum Geburtseintrag aufgenommen. Das Kind führt weiterhin den Familiennamen „[[P|Procházková]]“; eine Namenserteilung nach § 1617a BGB ist bislang nicht erklärt.

Mitteilung an: Jugendamt Erzgebirgskreis (Beistandschaft); Kindesmutter; Standesamt Chemnitz

[[P|Ines Wolf]]
Standesbeamtin""")

# ---------------------------------------------------------------- F36-016
doc("outlook", "urkunden_kreditkarte", [], f"""Betreff: zahlung urkunden online geht nicht

hallo,

ich hab über ihr online portal 3 sterbeurkunden für meine oma bestellt (bestellnummer 2025-118734), aber die zahlung mit kreditkarte klappt nicht, es kommt immer fehler 402. hab jetzt 2 mal versucht mit meiner visa [[CC|{VISA}]] und glaub es wurde trotzdem beide male abgebucht?? im portal steht kundennummer [[AZ|K-4471920]].

meine oma war [[P|Elfriede Schubert]], verstorben am 28.9. hier in muldenau. ich bin ihr enkel [[P|kevin schubert]], [[A|wiesenstraße 3]], [[A|09437 muldenau]]. handy [[T|0157-82 41 30 96]]

kann ich die urkunden auch einfach abholen und bar zahlen?

lg [[P|kevin]]""")

# ---------------------------------------------------------------- F36-017
doc("word", "sterbefallanzeige", [], f"""Bestattungshaus [[P|Gläser]] · Inh. [[P|Uwe Gläser]] · Muldenau

An das Standesamt Muldenau
Anzeige eines Sterbefalls (§ 28 PStG)

Angaben zur verstorbenen Person
Familienname:            [[P|Lehmann]]
Geburtsname:             [[P|Tittel]]
Vornamen:                [[P|Erika Margarete]]
Geburtsdatum, -ort:      [[DOB|22.06.1936]], Olbernhau
Letzte Anschrift:        Seniorenresidenz „Am Hutberg“, [[A|Hutberg 5]], [[A|09437 Muldenau]]
Familienstand:           verwitwet seit 2014 (Sterbeurkunde Standesamt Marienberg liegt bei)
Religion:                keine Angabe
Sterbedatum, -uhrzeit:   06.11.2025, 03:15 Uhr
Sterbeort:               Muldenau, in der Einrichtung

Für Mitteilungen an Renten- und Krankenversicherung
Versicherungsnummer DRV: [[SSN|{fmt_ssn(I['ssn_lehmann'])}]]
Krankenkasse:            AOK PLUS, Versichertennummer [[KV|{I['kv_lehmann']}]]

Anzeigende Angehörige
[[P|Andrea Beyer]] (Tochter)
[[A|Dorfstraße 41]], [[A|09514 Lengefeld]]
Tel. [[T|037367 8 41 22]]

Benötigte Urkunden: 5 Sterbeurkunden (Rente, Krankenkasse, Bank, Versicherung, Nachlassgericht)
Bestattung: Urnenbeisetzung Waldfriedhof Muldenau, voraussichtlich 21.11.2025

Muldenau, 06.11.2025
[[P|U. Gläser]]""")

# ---------------------------------------------------------------- F36-018
doc("word", "abschrift_handschreiben", ["HEALTH"], f"""Abschrift (handschriftliches Schreiben, Eingang Friedhofsverwaltung 03.03.2025)

[[P|Hildegard Mehnert]]
[[A|Am Erbgericht 3]]
[[A|09437 Muldenau-Kühnhaide]]

An die
Stadtverwaltung Muldenau
Friedhofsverwaltung
[[N|Am Gottesacker 2]]
[[N|09437 Muldenau]]
                                                   Kühnhaide, den 27. Februar 2025

Betreff: Grab meines lieben Mannes

Sehr geehrte Damen und Herren,

ich wende mich heute mit einer großen Bitte an Sie. Mein lieber Mann, [[P|Kurt Mehnert]], geboren am [[DOB|3. Mai 1934]] in Pobershau, liegt nun schon sieben Jahre auf dem Waldfriedhof, und ich habe sein Grab all die Jahre selber gepflegt, im Sommer wie im Winter, und auch das Gießwasser selbst hingetragen.

Seit meiner Knieoperation im vergangenen Herbst, und weil nun auch noch der Zucker dazugekommen ist und ich Insulin spritzen muss, kann ich leider nicht mehr so, wie ich gern möchte. Unser Hausarzt, Herr Dr. [[P|Rößler]], sagt, ich soll mich schonen und nicht mehr allein auf den Friedhof gehen, weil der Weg vom Bus so steil ist.

Meine Tochter [[P|Gudrun]] wohnt in Chemnitz und kommt nur alle vierzehn Tage. Mein Enkel hat gesagt, er fragt einmal nach, aber der junge Mann hat ja auch viel zu tun.

Ich möchte deshalb fragen, ob die Stadt die Pflege übernehmen kann und was das im Jahr kostet. Das Geld soll bitte von meinem Konto abgebucht werden: IBAN [[IBAN|{G(I['iban_mehnert'])}]] bei der Erzgebirgssparkasse. Falls es eine Ermäßigung für Rentner gibt, schreibe ich Ihnen meine Rentenversicherungsnummer auf: [[SSN|{I['ssn_mehnert']}]], und die Nummer von meiner Krankenkassenkarte: [[KV|{I['kv_mehnert']}]]. Ich selbst bin am [[DOB|12. August 1938]] geboren.

Telefonisch bin ich meistens zu Hause unter [[T|037363 / 7 21 46]]; wenn ich nicht rangehe, rufen Sie bitte meinen Enkel an: [[T|0162 9 38 47 51]].

Ich danke Ihnen recht herzlich und verbleibe
mit freundlichen Grüßen
Ihre [[P|Hildegard Mehnert]]

Vermerk: Kostenvoranschlag Dauergrabpflege am 05.03.2025 versandt.""")

# ---------------------------------------------------------------- F36-019
doc("outlook", "bauantrag_architekt", [], f"""Von: [[P|Konstantinos Papadopoulos]] <[[E|k.papadopoulos@papadopoulos-architektur.de]]>
An: [[N|bauamt@muldenau.de]]
Betreff: Bauantrag EFH, Flurstück 418/3, Gemarkung Muldenau – Nachreichung

Sehr geehrte Frau [[P|Lorenz]],

anbei reiche ich für meine Bauherrin, Frau [[P|Eleni Georgiou]], die fehlenden Unterlagen zum Bauantrag (Ihr Az. [[AZ|BA 63-0412/2025]]) nach:

- Standsicherheitsnachweis mit Prüfbericht
- Lageplan M 1:500 und Entwässerungsplan
- Stellplatznachweis (2 Stellplätze, Carport)

Das Grundstück liegt im Geltungsbereich des Bebauungsplans Nr. 19 „Sonnenleite“. Die geplante Dachneigung von 38° weicht von der Festsetzung (30–35°) ab; wir beantragen insoweit eine Befreiung nach § 31 Abs. 2 BauGB, die Begründung liegt bei.

Bauvorhaben: [[A|Sonnenleite 21]], [[A|09437 Muldenau]]
Bauherrin derzeit: [[A|Lessingstraße 6]], [[A|09599 Freiberg]], Tel. [[T|03731 / 20 41 87]], [[E|eleni.georgiou@gmx.de]]

Die Gebührenrechnung senden Sie bitte an mein Büro, USt-IdNr. [[VAT|{I['vat3']}]].

Mit freundlichen Grüßen

Dipl.-Ing. [[P|Konstantinos Papadopoulos]]
Freier Architekt
[[A|Zschopauer Straße 230]], [[A|09126 Chemnitz]]
Tel. [[T|0371 5 33 61 80]]""")

# ---------------------------------------------------------------- F36-020
doc("outlook", "reisepass_fingerabdruck", ["BIOMETRIC"], f"""Betreff: Re: Reisepass – Fingerabdrücke nicht lesbar

Sehr geehrte Frau [[P|Heinze]],

danke für Ihre schnelle Nachricht. Ich verstehe, dass Ihr Gerät meine Fingerabdrücke nicht erfassen konnte; bei allen zehn Fingern kam die Meldung „Qualität unzureichend“. Als Steinmetz habe ich nach über 30 Jahren Arbeit mit Granit kaum noch Linien auf den Fingerkuppen, das kennt man in unserem Beruf. Ich bin übrigens Steinmetz, nicht Bäcker – der Name führt da oft in die Irre.

Wenn ich Sie richtig verstehe, bekomme ich dann einen Pass ohne gespeicherte Fingerabdrücke, und das wird im Chip vermerkt? Ich fliege im Dezember zu meinem Sohn nach Toronto. Mein alter Pass hatte die Nummer [[PASS|{I['pass_de']}]], mein Personalausweis [[IDC|{I['idc_de2']}]] ist noch bis 2027 gültig.

Mit freundlichen Grüßen
[[P|Siegmar Bäcker]]
Steinmetzmeister
[[A|Am Steinbruch 6]], [[A|09437 Muldenau]]
Tel. [[T|03725 71 90 44]]

Am 28.10.2025 um 11:17 schrieb [[P|Heinze, Tatjana]] <[[E|tatjana.heinze@muldenau.de]]>:
> Sehr geehrter Herr [[P|Bäcker]],
> leider konnten bei Ihrem Termin am Montag keine verwertbaren Fingerabdrücke aufgenommen werden. Bitte versuchen Sie es nach einigen Tagen Pause mit gut eingecremten Händen noch einmal.
> Mit freundlichen Grüßen
> Ihr Bürgerbüro""")

# ---------------------------------------------------------------- F36-021
doc("word", "trauungskalender", ["SEXUAL_ORIENTATION"], """Standesamt Muldenau – Trauungen Schloss Muldenstein, 3. Quartal 2025 (intern)

Datum	Uhrzeit	Paar	Kontakt	Bemerkung
05.07.2025	12:00	[[P|Phạm Minh Tuấn]] / [[P|Sophie Tröger]]	[[E|tuan.pham@outlook.de]]	Gäste aus Hanoi, Dolmetscher vorhanden
19.07.2025	11:00	[[P|Emir Hodžić]] / [[P|Jelena Marković]]	–	Trauzeugen werden gestellt
02.08.2025	14:00	[[P|Lukas Vogel]] / [[P|Amara Diallo]]	[[T|0176 5510 2297]]	Sektempfang im Schlosshof
30.08.2025	10:30	[[P|Sandra Oehme]] / [[P|Jana Kunze]]	–	Ringe werden vom Koch des Schlosscafés verwahrt

Trauungen übernimmt die Standesbeamtin, Vertretung nach Dienstplan.
Gebühr Trauzimmer Schloss: 120,00 EUR je Trauung, Rechnung über die Schlossverwaltung (Kundennummern siehe Fachverfahren).""")

# ---------------------------------------------------------------- F36-022
doc("outlook", "einwendung_sonntagsoeffnung", ["UNION"], """Betreff: Einwendung gegen vier verkaufsoffene Adventssonntage

Sehr geehrte Damen und Herren,

ich habe in der Freien Presse gelesen, dass der Gewerbeverein beantragt hat, an allen vier Adventssonntagen die Geschäfte in der Innenstadt zu öffnen (Drucksache [[N|DS 2025/118]]). Ich arbeite seit 19 Jahren als Verkäuferin im Kaufland Muldenau, bin dort Betriebsratsvorsitzende und seit 2008 Mitglied bei ver.di. Ich spreche hier aber ausdrücklich auch für viele Kolleginnen, die keine Gewerkschaft hinter sich haben.

Das Sächsische Ladenöffnungsgesetz erlaubt Sonntagsöffnungen nur aus Anlass von Märkten oder ähnlichen Veranstaltungen. Der Weihnachtsmarkt findet nur am 2. Advent statt. Wer soll an den anderen Sonntagen unsere Kinder betreuen?

Ich bitte, meine Einwendung dem Stadtrat vorzulegen.

Mit freundlichen Grüßen
[[P|Sabine Rothe]]
[[A|Feldstraße 6]]
[[A|09437 Muldenau]]
[[T|0174 2 95 37 81]]
[[E|sabine.rothe@freenet.de]]

cc: [[P|Ronny Kretzschmar]], ver.di Bezirk Chemnitz""")

# ---------------------------------------------------------------- F36-023
doc("word", "reisegewerbekarte_bescheid", [], f"""{HEAD} · Gewerbeamt
{CITY}

Herrn
[[P|Dragoljub „Dragan“ Jovanović]]
Schaustellerbetrieb [[P|Jovanović]]
[[A|Am Festplatz 3]]
[[A|09437 Muldenau]]

Az.: [[AZ|32.2-RG-0031/25]]
Kassenzeichen: [[AZ|5.3202.118406]]
Datum: 03.02.2025

Bescheid über die Erteilung einer Reisegewerbekarte

Sehr geehrter Herr [[P|Jovanović]],

auf Ihren Antrag vom 14.01.2025 erteile ich Ihnen gemäß § 55 Abs. 2 GewO die Reisegewerbekarte für den Betrieb eines Kinderkarussells und eines Süßwarenstands.

Angaben laut Antrag:
Geburtsdatum: [[DOB|26.11.1968]], Geburtsort: Niš (Serbien)
Personalausweis: [[IDC|{I['idc_de3']}]]
Zugfahrzeug: [[KFZ|ANA-DJ 668]] mit Wohnwagen
Mitarbeitende Familienangehörige: Ehefrau [[P|Snežana]]

Die Gebühr beträgt nach Tarifstelle 5.1 des Sächsischen Kostenverzeichnisses 245,00 EUR. Bitte überweisen Sie den Betrag unter Angabe des Kassenzeichens auf das Konto der Stadt Muldenau, IBAN [[N|{CITY_IBAN_G}]]. Die mit dem Antrag bereits gezahlten 40,00 EUR Vorschuss werden verrechnet; eine Überzahlung erstatten wir auf Ihr Konto [[IBAN|{I['iban_jovanovic']}]].

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadtverwaltung Muldenau erhoben werden.

Im Auftrag
[[P|Sven Fankhänel]]""")

# ---------------------------------------------------------------- F36-024
doc("outlook", "grab_kurz", [], """Betreff: grab mutti

hallo frau [[P|fiedler]],
bitte das grab von meiner mutter ([[P|ilse kaden]]) noch nicht abräumen lassen, ich überweis die verlängerung ende mai.
gruß [[P|jens]]

Von meinem iPhone gesendet""")

# ---------------------------------------------------------------- F36-025
doc("word", "vermerk_ortstermin", [], """Stadt Muldenau – Bauamt, SG Bauordnung
Vermerk über einen Ortstermin

Az.: [[AZ|BA 63-0298/2025]]
Vorhaben: Nutzungsänderung Scheune zu drei Ferienwohnungen, [[A|Am Rittergut 2]], [[A|09437 Muldenau]], Flurstück 112/4
Termin: 23.07.2025, 9:00 – 10:15 Uhr

Anwesend:
Bauherr: [[P|Matthias Vogel]]
Entwurfsverfasser: [[P|Tomasz Zieliński]], Bauingenieur, mobil [[T|0179 6 50 28 44]]
Nachbar: [[P|Heinz-Jürgen Winkler]]
Landratsamt Erzgebirgskreis, untere Denkmalschutzbehörde: Frau Dr. [[P|Seifert]]
Stadt: SGL Bauordnung, Protokoll [[P|Tobias Kaden]]

Feststellungen:
1. Die Scheune ist Teil des denkmalgeschützten Vierseithofs; Fassade und Dachform sind zu erhalten.
2. Die Zufahrt erfolgt über die Dorfstraße und den Hof. Auf dem Hof parkte der Transporter des Entwurfsverfassers ([[KFZ|FG-TZ 214]]); sechs Stellplätze sind nachgewiesen.
3. Herr [[P|Winkler]] befürchtet Lärm durch Feriengäste und möchte nicht, dass im Winter der Schnee von den Stellplätzen an seine Grenze geschoben wird.
4. Unter dem Scheunendach brüten Mehlschwalben; die Nester sind zu erhalten, eine Vogelschutzauflage wird in die Genehmigung aufgenommen.
5. Brandschutz: Der zweite Rettungsweg für die Ferienwohnung im Dachgeschoss fehlt.

Überarbeitete Pläne werden bis 31.08.2025 eingereicht; die Denkmalschutzbehörde nimmt danach Stellung.

[[P|T. Kaden]]""")

# ---------------------------------------------------------------- F36-026
doc("outlook", "ehe_tuerkei", [], f"""Betreff: Fragen Eheschließung mit türkischem Partner

Merhaba / Hallo,

ich (deutsch) und mein Verlobter [[P|Serkan Öztürk]] (türkischer Staatsbürger, wohnt noch in İzmir) wollen nächstes Jahr im Mai in Muldenau heiraten. Welche Unterlagen braucht er genau? Er hat einen türkischen Reisepass, Nr. [[PASS|{I['pass_tr']}]], und ist am [[DOB|14.03.1990]] in Konak geboren. Braucht er das Ehefähigkeitszeugnis vom Konsulat in Leipzig oder geht das auch über das Standesamt in İzmir?

Meine Daten: [[P|Melanie Schreiter]], geb. [[DOB|02.09.1992]], [[A|Hauptstraße 88]], [[A|09437 Muldenau]]. Ich war schon mal verheiratet, geschieden 2019 (Amtsgericht Marienberg, Az. [[AZ|2 F 318/18]]), das Scheidungsurteil hab ich.

sorry für die vielen fragen!

LG [[P|Melanie]]
[[T|0157 7 01 28 94]]""")

# ---------------------------------------------------------------- F36-027
doc("word", "offene_posten_friedhof", [], f"""Friedhofsverwaltung Muldenau – Offene Posten Grabnutzungsgebühren (Stand 30.09.2025)
Bearbeitung: [[P|D. Fiedler]]

Kassenzeichen | Nutzungsberechtigte/r | Grabstätte | Betrag | Zahlweg
[[AZ|5.7401.300874]] | [[P|Kowar, Jan]] | Urnengemeinschaftsanlage U-12 | 620,00 EUR | Lastschrift [[IBAN|{G(I['iban_kowar'])}]]
[[AZ|5.7401.301233]] | [[P|Trần Thị Lan]] | Abt. II, R 9, Nr. 3 | 415,00 EUR | Überweisung
[[AZ|5.7401.301611]] | [[P|van den Berg, Joost]] (Utrecht) | Abt. III, R 1, Nr. 22 | 415,00 EUR | Lastschrift [[IBAN|{G(I['iban_nl'])}]]
[[AZ|5.7401.301702]] | [[P|Ahmeti, Fatmire]] | Abt. IV, Kindergrab 5 | 180,00 EUR | Ratenzahlung (3 × 60,00 EUR)
Summe: 1.630,00 EUR

Hinweise:
– Rücklastschrift bei [[P|Kowar]] am 15.08.2025 (Konto erloschen); neue Bankverbindung wird telefonisch erfragt unter [[T|03733 / 6 21 09]].
– Ratenzahlung Abt. IV mit Schreiben vom 02.09.2025 beantragt, Zustimmung SGL liegt vor.
– Belege zu Rechnung Nr. 2025-0712 bis 2025-0718 in der Ablage.""")

# ---------------------------------------------------------------- F36-028
doc("outlook", "stellungnahme_windenergie", [], """Betreff: Stellungnahme zum Vorentwurf der 3. Änderung des Flächennutzungsplans – Windenergiegebiet „Hoher Stein“

Sehr geehrter Herr Oberbürgermeister,
sehr geehrte Frau [[P|Lorenz]],

als Anwohner des Ortsteils Kühnhaide nehme ich im Rahmen der frühzeitigen Öffentlichkeitsbeteiligung nach § 3 Abs. 1 BauGB zum Vorentwurf (Drucksache [[N|DS 2025/077]]) wie folgt Stellung. Ich tue dies auch im Namen meiner Nachbarn [[P|Günter Ficker]] ([[A|Hirschberg 7]]) sowie [[P|Brigitte]] und [[P|Lothar Schramm]] ([[A|Hirschberg 11]]), die mich ausdrücklich dazu ermächtigt haben.

1. Abstand zur Wohnbebauung: Der geplante Standort der nördlichsten Anlage liegt nach meinen Messungen auf der Flurkarte nur 740 m von unserem Wohnhaus entfernt. Der Regionalplan Region Chemnitz sieht einen Vorsorgeabstand von 1.000 m vor.

2. Schall und Schattenwurf: Das vom Vorhabenträger vorgelegte Gutachten (Bericht Nr. 24-1187-SG vom 12.11.2024) rechnet mit einer Anlagenhöhe von 200 m, im Vorentwurf sind aber 250 m Gesamthöhe zulässig. Ich bitte um Neuberechnung.

3. Wasserschutz: Das Gebiet grenzt an das Trinkwasserschutzgebiet der Talsperre; schon der Bau der Zuwegung mit 40-Tonnen-Fahrzeugen gefährdet die Quellfassungen, aus denen auch der Vogelsberg-Brunnen gespeist wird.

4. Erholung: Der Kammweg ist einer der schönsten Wanderwege im Erzgebirge. Im Winter wird er als Loipe genutzt, im Sommer kommen an den Wochenenden nach Zählungen des Tourismusvereins bis zu 600 Wanderer täglich. Anlagen von 250 m Höhe würden den Blick vom Aussichtsturm auf dem Hohen Stein, der 1896 vom Erzgebirgsverein errichtet wurde, auf Jahrzehnte verstellen.

5. Artenschutz: Im Bereich der geplanten Zuwegung brüten nach meinen eigenen Beobachtungen seit mindestens 2019 Rotmilan und Schwarzstorch. Die im Umweltbericht genannte Kartierung beruht auf nur vier Begehungen zwischen dem 14.03. und dem 02.05.2024 und ist daher nicht aussagekräftig. Ich rege an, die Untere Naturschutzbehörde des Landratsamtes frühzeitig zu beteiligen und die Kartierung über eine volle Brutsaison zu wiederholen.

6. Verfahren: Die Auslegungsfrist fiel teilweise in die Osterferien, die Unterlagen waren im Internet erst ab dem 9. April vollständig abrufbar, und die Karten im Maßstab 1:25.000 lassen eine Beurteilung einzelner Grundstücke nicht zu. Ich bitte darum, die Unterlagen im weiteren Verfahren (Beteiligung nach § 3 Abs. 2 BauGB) in größerem Maßstab und mit einer Sichtbarkeitsanalyse für die Ortslagen Kühnhaide, Rauenstein und Oberlauterbach zu veröffentlichen.

7. Wirtschaftlichkeit und Beteiligung der Einwohner: Sollte die Stadt trotz der Bedenken an dem Gebiet festhalten, bitte ich, eine finanzielle Beteiligung der Anwohner verbindlich zu regeln. Nach § 6 EEG können Anlagenbetreiber der Gemeinde bis zu 0,2 Cent je Kilowattstunde zahlen; bei sechs Anlagen wären das nach meiner überschlägigen Rechnung rund 120.000 EUR im Jahr. Ich schlage vor, diese Mittel zweckgebunden für die Ortsteile auf dem Kamm zu verwenden, etwa für die Sanierung der Turnhalle und den Winterdienst auf den Verbindungsstraßen.

Zusammenfassend halte ich den Standort „Hoher Stein“ für ungeeignet und bitte, stattdessen die Flächen an der Autobahn bei Oberlauterbach vertieft zu prüfen, die weiter von Wohnhäusern entfernt liegen und bereits durch die Trasse vorbelastet sind.

Ich war über vierzig Jahre Ingenieur in der Energiewirtschaft und bin keineswegs gegen erneuerbare Energien; auf meinem Dach liegen 9,8 kWp Photovoltaik. Aber ein Vorhaben dieser Größe gehört nicht in ein Landschaftsschutzgebiet.

Für Rückfragen stehe ich gern zur Verfügung, vormittags auch telefonisch.

Mit freundlichen Grüßen

Dipl.-Ing. (FH) [[P|Eberhard Lötzsch]]
Oberingenieur i. R.
[[A|Hirschberg 9]]
[[A|09437 Muldenau-Kühnhaide]]
Tel. [[T|037363 4 71 18]]
[[E|e.loetzsch@arcor.de]]""")

# ---------------------------------------------------------------- F36-029
doc("word", "erklaerung_namensfuehrung", [], f"""Standesamt Muldenau
Niederschrift – Erklärung zur Bestimmung des Ehenamens (§ 1355 BGB)

Az.: [[AZ|St 13-0094/25]]
Datum: 18.08.2025

Es erschienen die Ehegatten
1. [[P|Małgorzata Wiśniewska]], geb. [[DOB|04.11.1994]] in Wrocław, polnische Staatsangehörige,
   ausgewiesen durch polnischen Personalausweis (dowód osobisty) Nr. [[IDC|{I['idc_pl']}]]
2. [[P|Paul Engelmann]], geb. [[DOB|29.06.1993]] in Marienberg, deutscher Staatsangehöriger,
   ausgewiesen durch Personalausweis Nr. [[IDC|{I['idc_de4']}]]
beide wohnhaft [[A|Am Pochwerk 11]], [[A|09437 Muldenau]]

Die Ehe wurde am 16.08.2025 vor dem Standesamt Muldenau geschlossen (Eheregister [[N|E 41/2025]]).

Die Ehegatten erklären:
Zum Ehenamen bestimmen wir den Geburtsnamen des Ehemannes „[[P|Engelmann]]“. Die Ehefrau stellt dem Ehenamen ihren Geburtsnamen voran und führt künftig den Namen „[[P|Wiśniewska-Engelmann]]“.

Die Ehegatten wurden darauf hingewiesen, dass für neue Ausweisdokumente ein aktuelles biometrisches Passfoto erforderlich ist und die polnischen Behörden über die Namensänderung gesondert zu unterrichten sind.

Gebühr: 41,00 EUR, bar bezahlt.

Vorgelesen, genehmigt, unterschrieben

[[P|Ines Wolf]], Standesbeamtin""")

# ---------------------------------------------------------------- F36-030
doc("outlook", "steuerberater_gewerbeummeldung", [], f"""Von: Kanzlei [[N|Hertel & Partner]] <[[N|info@stb-hertel.de]]>
An: [[N|gewerbeamt@muldenau.de]]
Betreff: Gewerbeummeldung Mandant [[P|Nguyen]] – Asia Bistro

Sehr geehrte Damen und Herren,

namens und in Vollmacht unseres Mandanten, Herrn [[P|Nguyễn Đức Thành]], zeigen wir die Verlegung seines Imbissbetriebs „Asia Bistro Hạ Long“ aus der Bahnhofstraße in die [[A|Chemnitzer Straße 71]], [[A|09437 Muldenau]] zum 01.11.2025 an. Das unterschriebene Formular GewA 2 und die Vollmacht sind beigefügt.

Angaben zum Gewerbetreibenden:
Geburtsdatum: [[DOB|15.05.1978]] (Thái Bình, Vietnam)
Steuernummer: [[TNR|{I['stnr4_13']}]]
Steuer-ID: [[TID|{fmt_tax_id(I['tid3'])}]]
USt-IdNr.: [[VAT|{I['vat4']}]]
Mitarbeitende Familienangehörige: Ehefrau [[P|Đặng Thị Ngọc]] (geringfügig beschäftigt)

Die Gebühr von 20,00 EUR buchen Sie bitte von unserem Kanzleikonto ab (Mandat liegt Ihnen vor). Für Rückfragen steht Ihnen die Unterzeichnerin, Frau [[P|Claudia Hertel]], unter der Durchwahl [[T|0371 40 99 17-22]] oder [[E|c.hertel@stb-hertel.de]] zur Verfügung.

Mit freundlichen Grüßen

[[P|Claudia Hertel]]
Steuerberaterin
[[N|Hertel & Partner]] mbB · [[N|Annaberger Straße 24]] · [[N|09111 Chemnitz]]""")


# ---------------------------------------------------------------- write
def main():
    assert len(DOCS) == 30, len(DOCS)
    out = []
    for n, (channel, template, flags, marked) in enumerate(DOCS, 1):
        out.append(build(f"F36-{n:03d}", channel, template, marked, flags))
    path = os.path.join(HERE, "fresh36.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")

    cats = collections.Counter(e["category"] for d in out for e in d["entities"])
    flags = collections.Counter(fl for d in out for fl in d["specialCategories"])
    channels = collections.Counter(d["channel"] for d in out)
    total = sum(cats.values())
    neutral = sum(len(d["neutral"]) for d in out)
    unflagged = sum(1 for d in out if not d["specialCategories"])
    cat_text = ", ".join(f"{c} {k}" for c, k in cats.most_common())
    flag_text = ", ".join(f"{c} {k}" for c, k in flags.most_common())
    readme = f"""# fresh36.jsonl — Stadt Muldenau (invented Saxon Große Kreisstadt, Erzgebirge foothills)

{len(out)} documents ({channels['word']} Word, {channels['outlook']} Outlook), {total} labelled entities, {neutral} neutral spans, written blind (no detector source, no other batch) by `make_batch36.py` (seed 3636, marks.build, identifiers.Identifiers) in the dev.jsonl format. Setting: the Standesamt (birth registration of a Vietnamese family's daughter, Kirchenaustritt mail and monthly Kirchenaustritt table, Sorbian female surname form in a forwarded chain, same-sex and Turkish/Polish marriages, paternity established by DNA report, Sterbefallanzeige of a funeral home, forwarded Bürgerbüro chain on a Ukrainian mother), the Friedhofsverwaltung (Bescheid on a grave lease, phone note, transcribed handwritten letter of a widow, Islamic burial request, 3-line iPhone mail, open-items table), the Gewerbeamt (Czech cleaner's registration, English-German pizzeria deregistration, hearing before a trade ban, Reisegewerbekarte for a Serbian showman, tax adviser's relocation notice), the Bauamt (neighbour's lower-case complaint, architect's submission, site-visit Vermerk) and Bürgerbeteiligung (minutes of a residents' meeting with attendance list, union shop steward's objection, retired engineer's long statement on wind turbines); tables, signature blocks, `Nachname, Vorname` headers, quoted replies, names of German, Sorbian, Vietnamese (with and without diacritics), Czech, Polish, Ukrainian, Turkish, Arabic, Italian, Greek, Balkan, Albanian, Dutch and Nigerian/West African origin, particles (von, van den), double names, nicknames, first-name-only and lower-case mentions. Entities per category: {cat_text}. Flags: {flag_text}; {unflagged} documents carry none. Hard negatives: the city's address (Markt 1, Am Gottesacker 2), switchboard 03725 4490-0, functional mailboxes (standesamt@, bauamt@, rechtsamt@, gewerbeamt@, friedhof@, a law firm's info@), the city's IBAN, register numbers (G 611/2025, E 41/2025, A 58/2025) and Drucksachen as neutral spans; unmarked order, invoice and report numbers, amounts, § references, Bebauungsplan/Flurstück numbers, wedding, death and deadline dates, grave positions, street names without number, surname-like nouns (Vogelschutz, Winter, Koch, Bäcker as a trade), a Krankenkasse, a hospital, church buildings, a "Religion: keine Angabe" field and biometric-photo hints that carry no flag.
"""
    print(path, len(out), "documents", total, "entities")
    print(cats)
    print(flags, channels)


if __name__ == "__main__":
    main()
