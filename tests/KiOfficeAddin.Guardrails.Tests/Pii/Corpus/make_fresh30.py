#!/usr/bin/env python3
"""Batch 30: a held-out set for the German PII detector, written blind.

Setting: the invented Bezirksamt Elbmarsch-Nord (Hamburg area, neighbouring Kreis Pinneberg): Jugendamt/ASD,
Kita-Platzvergabe, Schulbegleitung, Eingliederungshilfe, Gesundheitsamt, Pflegekinderdienst. Writes fresh30.jsonl
(30 documents, ids b30-001 ... b30-030) next to this file. Texts carry inline marks [[CAT|text]] / [[N|text]].
"""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, "/work/main/tests/KiOfficeAddin.Guardrails.Tests/Pii/Corpus")

from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban, mod11_10_check, luhn_check  # noqa: E402

SEED = 3030030
ids = Identifiers(SEED)


# ---------------------------------------------------------------- independent checks of every identifier
def iban_ok(value):
    v = value.replace(" ", "")
    digits = "".join(str(int(c, 36)) for c in v[4:] + v[:4])
    return int(digits) % 97 == 1


def luhn_ok(value):
    v = value.replace(" ", "").replace("-", "")
    total = 0
    for i, ch in enumerate(reversed(v)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return total % 10 == 0


def tax_id_ok(value):
    v = value.replace(" ", "")
    if len(v) != 11 or not v.isdigit() or v[0] == "0":
        return False
    counts = [v[:10].count(d) for d in "0123456789"]
    if max(counts) > 3 or sum(1 for c in counts if c >= 2) != 1:
        return False
    return mod11_10_check(v[:10]) == int(v[10])


def vat_ok(value):
    v = value.replace(" ", "")
    return v.startswith("DE") and len(v) == 11 and mod11_10_check(v[2:10]) == int(v[10])


def ssn_ok(value):
    v = value.replace(" ", "")
    head, letter, serial, check = v[:8], v[8], v[9:11], int(v[11])
    code = ord(letter) - ord("A") + 1
    values = [int(c) for c in head] + [code // 10, code % 10] + [int(c) for c in serial]
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum((v * w) // 10 + (v * w) % 10 for v, w in zip(values, weights)) % 10 == check


def kvnr_ok(value):
    code = ord(value[0]) - ord("A") + 1
    values = [code // 10, code % 10] + [int(c) for c in value[1:9]]
    total = sum(((v * (1 if i % 2 == 0 else 2)) // 10 + (v * (1 if i % 2 == 0 else 2)) % 10)
                for i, v in enumerate(values))
    return total % 10 == int(value[9])


def elfproef(account10):
    return sum(int(c) * (10 - i) for i, c in enumerate(account10)) % 11 == 0


def creditor_id(country, business, national):
    digits = "".join(str(int(c, 36)) for c in national + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{business}{national}"


def creditor_ok(value):
    national = value[7:]
    digits = "".join(str(int(c, 36)) for c in national + value[:4])
    return int(digits) % 97 == 1


# ---------------------------------------------------------------- identifiers (all from the seeded generator)
CITY_IBAN = group(ids.iban_de(), 4)                 # Bezirkskasse: neutral
CITY_CREDITOR = creditor_id("DE", "ZZZ", "0000" + ids.digits(7))  # Gläubiger-ID of the Bezirksamt: neutral

IBAN_AYDIN = group(ids.iban_de(), 4)
IBAN_UNTERBERGER = group(mod97_iban("AT", "35" + ids.digits(3) + ids.digits(11)), 4)
while True:
    _acct = ids.digits(10)
    if elfproef(_acct) and _acct[0] != "0":
        break
IBAN_DEVRIES = group(mod97_iban("NL", "RABO" + _acct), 4)
IBAN_LOHMANN = group(ids.iban_de(), 4)
IBAN_NOORI = ids.iban_de()                          # written unspaced in the invoice

TNR_UNTERBERGER = ids.tax_number_bavaria()
TNR_DEVRIES = ids.tax_number_federal_nrw()
TNR_NOORI = ids.tax_number_nrw()

VAT_UNTERBERGER = ids.vat_id()
VAT_NOORI = ids.vat_id()
VAT_NOORI_SPACED = VAT_NOORI[:2] + " " + group(VAT_NOORI[2:], 3)

_t = ids.tax_id()
TID_IWANOWA = f"{_t[:2]} {_t[2:5]} {_t[5:8]} {_t[8:]}"
TID_DIMITRIOU = ids.tax_id()

IDC_ESPOSITO = ids.id_card(check_digit=False)
IDC_WISNIEWSKA = ids.id_card(check_digit=True)

PASS_BEN = ids.passport(check_digit=False)
PASS_OKSANA = "FT" + ids.digits(6, first_nonzero=True)     # Ukrainian passport: no German check digit
PASS_SOFIIA = "FT" + ids.digits(6, first_nonzero=True)

_s = ids.social_security("190898", "D")
SSN_DIMITRIOU = f"{_s[:2]} {_s[2:8]} {_s[8]} {_s[9:]}"
SSN_LOHMANN = ids.social_security("121179", "I")

KV_DIMITRIOU = ids.health_insurance()
KV_TRAN = ids.health_insurance()
KV_KEVIN = ids.health_insurance()
KV_EMIL = ids.health_insurance()

CC_BRANDT = group(ids.credit_card("52", 16), 4)
CC_KALLE = ids.credit_card("4", 16)
CC_KALLE_SPACED = group(CC_KALLE, 4)

IDENTIFIER_CHECKS = [
    (iban_ok, [CITY_IBAN, IBAN_AYDIN, IBAN_UNTERBERGER, IBAN_DEVRIES, IBAN_LOHMANN, IBAN_NOORI]),
    (creditor_ok, [CITY_CREDITOR]),
    (luhn_ok, [CC_BRANDT, CC_KALLE]),
    (tax_id_ok, [TID_IWANOWA, TID_DIMITRIOU]),
    (vat_ok, [VAT_UNTERBERGER, VAT_NOORI, VAT_NOORI_SPACED]),
    (ssn_ok, [SSN_DIMITRIOU, SSN_LOHMANN]),
    (kvnr_ok, [KV_DIMITRIOU, KV_TRAN, KV_KEVIN, KV_EMIL]),
]
for check, values in IDENTIFIER_CHECKS:
    for value in values:
        assert check(value), (check.__name__, value)
assert IBAN_DEVRIES.startswith("NL") and IBAN_UNTERBERGER.startswith("AT")

# The authority's own contact data: always neutral.
BA_STREET = "[[N|Am Marschtor 2]]"
BA_CITY = "[[N|25489 Haseldorf]]"
BA_PHONE = "[[N|04122 9771-0]]"

DOCS = []


def doc(channel, template, flags, marked):
    DOCS.append((channel, template, flags, marked.strip("\n")))


# ---------------------------------------------------------------- b30-001 Bescheid Kita-Platz + Elternbeitrag
doc("word", "kita-bescheid", [], f"""
Bezirksamt Elbmarsch-Nord · Fachamt Jugend und Familie · Kita-Platzvergabe
{BA_STREET} · {BA_CITY} · Telefon {BA_PHONE}

Eheleute
[[P|Kerem Aydın]] und [[P|Svetlana Aydın]]
[[A|Achtern Diek 14 a]]
[[A|25436 Moorrege]]

Unser Zeichen: [[AZ|KP-2025-03318]]
Ansprechpartnerin: [[P|Insa Brockmöller]]
Telefon: [[T|04122 9771-314]]
E-Mail: [[E|insa.brockmoeller@elbmarsch-nord.de]]
Datum: 18.06.2025

Bescheid über die Vergabe eines Kita-Platzes und die Festsetzung des Elternbeitrags

Sehr geehrte Familie [[P|Aydın]],

für Ihre Tochter [[P|Lina Aydın]], geboren am [[DOB|09.01.2023]], vergeben wir ab dem 01.08.2025 einen Ganztagsplatz (8 Stunden täglich) in der Kita „Lütt Matten“, [[N|Kösterweg 3]], [[N|25436 Moorrege]]. Bitte bestätigen Sie die Annahme des Platzes bis zum 04.07.2025 direkt gegenüber der Kita.

Der Elternbeitrag beträgt nach § 31 KiTaG und der Elternbeitragssatzung monatlich 238,00 EUR zuzüglich Verpflegungskosten von 55,00 EUR. Er wird zum 5. eines jeden Monats per SEPA-Lastschrift von Ihrem Konto [[IBAN|{IBAN_AYDIN}]] eingezogen (Gläubiger-ID des Bezirksamts: [[N|{CITY_CREDITOR}]]). Zahlungen ohne Lastschrift leisten Sie bitte auf das Konto der Bezirkskasse, IBAN [[N|{CITY_IBAN}]], unter Angabe des oben genannten Zeichens.

Eine Ermäßigung nach der Sozialstaffel können Sie jederzeit beantragen; das Formular finden Sie im Kita-Portal.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch beim Bezirksamt Elbmarsch-Nord, {BA_STREET}, {BA_CITY}, erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Insa Brockmöller]]
""")

# ---------------------------------------------------------------- b30-002 informal lower-case mail, Kita-Platz
doc("outlook", "kita-anfrage", [], """
Von: [[P|emine yildirim]] <[[E|emine.yldrm91@gmail.com]]>
An: [[N|kita-platzvergabe@elbmarsch-nord.de]]
Betreff: kitaplatz deniz ??

hallo frau [[P|brockmöller]],

ich bins nochmal wegen dem kitaplatz für meinen sohn [[P|deniz]] (geb [[DOB|3.11.22]]). wir haben im februar angemeldet aber bis heute nix gehört... ich fang am 1.9 wieder an zu arbeiten in der pflege in wedel und brauch dringend einen platz, am liebsten krippe in haseldorf oder hetlingen. mein mann [[P|murat]] hat schichtdienst und kann das nicht auffangen.

unsere adresse hat sich geändert, wir wohnen jetzt [[A|bi de möhl 7]] in [[A|25489 haseldorf]] (bei meiner schwiegermutter), bitte die post dahin schicken.
handy [[T|0176 2290 4417]]

danke und lg
[[P|emine yildirim]]
""")

# ---------------------------------------------------------------- b30-003 Kita allocation table
doc("word", "kita-liste", ["HEALTH"], """
Bezirksamt Elbmarsch-Nord – Kita-Platzvergabe
Zusagen Krippe (U3), Kita „Deichkinner“ Hetlingen, Betreuungsjahr 2025/26
Stand: 02.05.2025 – nur für den Dienstgebrauch

Nr.\tName, Vorname\tgeb.\tAnschrift\tUmfang\tBemerkung
1\t[[P|Kowalczyk, Zofia]]\t[[DOB|02.07.2023]]\t[[A|Deichreihe 18b]], [[A|25489 Haseldorf]]\t8 Std.\tIntegrationsplatz (globale Entwicklungsverzögerung, Frühförderung läuft)
2\t[[P|von Allwörden, Jasper]]\t[[DOB|08.09.2023]]\t[[A|Elbdeich 112]], [[A|25489 Haseldorf]]\t8 Std.\tVater [[P|Henning von Allwörden]] erst ab 14 Uhr erreichbar: [[T|0160 9381 2257]]
3\t[[P|Mensah, Ama]]\t[[DOB|21.05.2024]]\tc/o [[P|Grace Mensah]], [[A|Schulstraße 2]], [[A|25436 Uetersen]]\t8 Std.\tZusage vorbehaltlich Nachweis Wohnsitz

Warteliste Krippe: 14 Kinder (gesonderte Liste). Rückfragen an die Kita-Platzvergabe, [[N|04122 9771-300]].

gez. Kita-Leitung
""")

# ---------------------------------------------------------------- b30-004 forwarded chain, Schulbegleitung
doc("outlook", "schulbegleitung-weiterleitung", ["HEALTH"], """
Von: [[P|Hollmann, Jana]] <[[E|j.hollmann@kgs-uetersen.de]]>
Gesendet: Dienstag, 13. Mai 2025 08:41
An: Jugendamt Elbmarsch-Nord <[[N|jugendamt@elbmarsch-nord.de]]>
Betreff: WG: Schulbegleitung Luka – dringend

Liebe Kolleginnen und Kollegen,

ich leite Ihnen die Mail des Vaters mit seinem Einverständnis weiter. [[P|Luka]] ist in meiner 3b, er hat seit Januar eine ADHS-Diagnose (Kinder- und Jugendpsychiatrie Elmshorn) und schafft den Unterricht ohne Begleitung kaum noch. Der Antrag nach § 35a SGB VIII ist im April gestellt worden, Ihr Aktenzeichen ist meines Wissens [[AZ|51.3-EGH-2025-0211]].

Freundliche Grüße
[[P|Jana Hollmann]]
Klassenlehrerin 3b, Klaus-Groth-Schule Uetersen
Sekretariat [[N|04122 4038-0]]

-----Ursprüngliche Nachricht-----
Von: [[P|Dragan Petrović]] <[[E|dragan.petrovic84@gmx.de]]>
Gesendet: Montag, 12. Mai 2025 21:57
An: [[P|Hollmann, Jana]] <[[E|j.hollmann@kgs-uetersen.de]]>
Betreff: Schulbegleitung Luka – dringend

Hallo Frau [[P|Hollmann]],

sorry für die späte Mail. Wir haben immer noch keine Antwort vom Jugendamt wegen der Schulbegleitung für [[P|Luka]]. Herr Dr. [[P|Ahrens]] aus der KJP hat gesagt, ohne Begleitung wird es in der 4. Klasse nicht gehen. Meine Frau ist total fertig, er will morgens nicht mehr in die Schule.
Können Sie bitte beim Jugendamt nachfragen? Sie dürfen meine Nummer weitergeben: [[T|0152 0447 3819]].

Danke!
[[P|Dragan Petrović]]
[[A|Ossenpadd 9]]
[[A|25436 Uetersen]]
""")

# ---------------------------------------------------------------- b30-005 Hilfeplanprotokoll
doc("word", "hilfeplanprotokoll", ["HEALTH"], """
Bezirksamt Elbmarsch-Nord
Fachamt Jugend und Familie – Allgemeiner Sozialer Dienst, Region Marsch

Protokoll Hilfeplangespräch (§ 36 SGB VIII) – Fortschreibung

Aktenzeichen: [[AZ|ASD-M 2024/0877]]
Datum: 04.06.2025, 14:00–15:45 Uhr, Besprechungsraum 2.14
Hilfeart: Sozialpädagogische Familienhilfe (§ 31 SGB VIII), Träger: Lüttje Lüüd gGmbH

Junger Mensch: [[P|Mila Schröder-Öztürk]], geb. [[DOB|22.10.2015]]
Anschrift: [[A|Süderwisch 27]], [[A|25377 Kollmar]]

Teilnehmende:
– [[P|Nadine Schröder]], Mutter
– [[P|Cem Öztürk]], Vater (ab 14:30 telefonisch zugeschaltet, [[T|0173 551 09 84]])
– [[P|Mila]]
– [[P|Björn Rathjens]], Familienhelfer, Lüttje Lüüd gGmbH
– Dipl.-Päd. [[P|Heike Albers-Lorenzen]], Schulsozialarbeit Grundschule Kollmar
– [[P|Frauke Claußen]], ASD (Fallverantwortung, Protokoll)

1. Rückblick
Frau [[P|Schröder]] berichtet, die Situation habe sich seit dem letzten Gespräch im Dezember stabilisiert. Die Morgenroutine klappe „meistens“, die Tochter gehe wieder regelmäßig zur Schule. Der Familienhelfer bestätigt das; er ist zweimal wöchentlich in der Familie. Die jüngere Schwester besucht seit März die Kita „Regenbogen“ in Kollmar.

2. Gesundheit
[[P|Mila]] ist seit Februar in kinder- und jugendpsychiatrischer Behandlung (Angststörung mit Schulvermeidung). Die Therapie bei Frau [[P|Dr. med. Sanaz Karimi]] in Elmshorn findet 14-tägig statt; sie gehe „eigentlich gern“ hin, sagt sie. Ein Medikament wird derzeit nicht gegeben.

3. Kontakt zum Vater
Herr [[P|Öztürk]] lebt seit 2023 mit seiner neuen Partnerin in Hamburg-Lurup. Umgang findet jedes zweite Wochenende statt. Der Vater möchte zusätzlich die Mittwochnachmittage übernehmen; die Mutter ist einverstanden, wenn die Fahrten verlässlich sind.

4. Schule
Die Schulsozialarbeit berichtet von sieben Fehltagen im zweiten Halbjahr (Vorjahr: 31). In der Klasse habe sie eine feste Freundin gefunden.

5. Vereinbarungen
– Die SPFH wird bis 31.12.2025 mit 6 Fachleistungsstunden pro Woche fortgesetzt.
– Die Mutter meldet ihre Tochter für das Ferienprogramm „Sommer an de Elv“ an (Kurs 25-207, Kosten 40,00 EUR, Übernahme über Bildung und Teilhabe wird geprüft).
– Nächstes Hilfeplangespräch: 10.12.2025, 14:00 Uhr.

Protokoll: [[P|F. Claußen]]
Verteiler: Familie, Träger, Akte
""")

# ---------------------------------------------------------------- b30-006 freelance Schulbegleiterin, AT IBAN
doc("outlook", "schulbegleitung-rechnung", ["HEALTH"], f"""
Von: [[P|Theresa Unterberger]] <[[E|theresa.unterberger@posteo.at]]>
An: [[N|eingliederungshilfe@elbmarsch-nord.de]]
Betreff: Rechnung Mai – Schulbegleitung, Az. [[AZ|51.3-EGH-2024-0583]]

Moin (bzw. Servus),

anbei meine Rechnung Nr. 2025-05 für die Schulbegleitung von [[P|Finn Hadenfeldt]] im Mai (62,5 Std. à 41,00 EUR = 2.562,50 EUR). Ich bin ja seit März selbstständig und hab noch ein paar Fragen zur Abrechnung:

- Steuernummer (noch beim FA München, Ummeldung läuft): [[TNR|{TNR_UNTERBERGER}]]
- USt-IdNr.: [[VAT|{VAT_UNTERBERGER}]]
- Bankverbindung: Raiffeisenverband Salzburg, IBAN [[IBAN|{IBAN_UNTERBERGER}]]

Muss ich auf der Rechnung USt ausweisen, oder fällt die Schulbegleitung unter § 4 Nr. 16 UStG? Ihre Kollegin meinte letztes Mal, das sei steuerfrei – I just want to be on the safe side.

Zu [[P|Finn]] noch kurz: seit den Osterferien klappt die große Pause viel besser, mit den Kopfhörern hält er den Lärm auf dem Schulhof jetzt aus (die Autismus-Ambulanz hatte das empfohlen). Seine Mama ist sehr happy.

Liebe Grüße aus Wedel
[[P|Theresa Unterberger]]
Schulbegleiterin (freiberuflich)
[[A|Rosengarten 4]] · [[A|22880 Wedel]]
[[T|+43 664 381 2290]] (alter AT-Vertrag, funktioniert aber)
""")

# ---------------------------------------------------------------- b30-007 Antrag Eingliederungshilfe (form)
doc("word", "eingliederungshilfe-antrag", ["HEALTH"], f"""
Bezirksamt Elbmarsch-Nord – Fachamt Eingliederungshilfe
Antrag auf Leistungen der Eingliederungshilfe nach Teil 2 SGB IX
Eingang: 22.04.2025                                   Az.: [[AZ|EGH-2025-00418]]

1. Antragstellende Person
Name, Vorname: [[P|Dimitriou, Konstantinos]]
Geburtsdatum: [[DOB|19.08.1998]]          Geburtsort: Thessaloniki
Anschrift: [[A|Kattendiek 11]], [[N|Whg. 4]], [[A|25436 Tornesch]]
Telefon: [[T|04122 / 85 47 31]]            E-Mail: [[E|kostas.dimitriou98@web.de]]
Rentenversicherungsnummer: [[SSN|{SSN_DIMITRIOU}]]
Krankenkasse: AOK NordWest                Versichertennummer: [[KV|{KV_DIMITRIOU}]]
Steuerliche Identifikationsnummer: [[TID|{TID_DIMITRIOU}]]

2. Rechtliche Betreuung
Betreuerin: [[P|Annegret Stüven]], Berufsbetreuerin, [[A|Marktstraße 30]], [[A|25335 Elmshorn]], Tel. [[T|04121 47 11 90]]
Aufgabenkreise: Vermögenssorge, Behördenangelegenheiten, Gesundheitssorge

3. Art der Beeinträchtigung (lt. beigefügtem Arztbericht)
Infantile Cerebralparese (spastische Diparese), GdB 80, Merkzeichen G und B; Epilepsie, medikamentös eingestellt.

4. Beantragte Leistungen
Assistenzleistungen im eigenen Wohnraum (§ 113 SGB IX), ca. 12 Std./Woche; Leistungen zur Mobilität.

5. Angehörige
Mutter: [[P|Eleni Dimitriou]], [[A|Am Sielhafen 5]], [[A|25377 Kollmar]]

Tornesch, 17.04.2025
Unterschrift der Betreuerin liegt vor.
""")

# ---------------------------------------------------------------- b30-008 English-German mail, measles proof
doc("outlook", "gesundheitsamt-masern", ["HEALTH"], """
To: [[N|gesundheitsamt@elbmarsch-nord.de]]
Subject: Masernschutz / measles vaccination proof

Dear Sir or Madam, sehr geehrte Damen und Herren,

sorry, my German is not yet good enough for this, so I write in English. Our daughter [[P|Adaeze Okafor]] (born [[DOB|14/02/2020]]) will start at Kita "Lütte Lüüd" in Wedel in August. The Kita asks for the Masernschutznachweis. [[P|Adaeze]] had both MMR shots in Lagos, but the Impfpass is still in Nigeria with my mother-in-law. Our paediatrician [[P|Dr. Hülya Sezer]] did a titer test last week and the result shows immunity – is that sufficient as Nachweis nach § 20 IfSG?

My wife [[P|Ngozi]] can also come to your office if needed. We live at [[A|Bei der Doppeleiche 8]], [[A|22880 Wedel]].

Best regards / Viele Grüße
[[P|Chinedu Okafor]]
Mobile: [[T|+49 1515 880 2614]]
""")

# ---------------------------------------------------------------- b30-009 Vermerk Inobhutnahme UMA
doc("word", "vermerk-inobhutnahme", ["ETHNICITY", "RELIGION", "BIOMETRIC"], """
Vermerk – vorläufige Inobhutnahme eines unbegleiteten ausländischen Minderjährigen (§ 42a SGB VIII)

Az.: [[AZ|UMA-2025-0093]]
Datum: 26.03.2025, 22:40 Uhr, Bereitschaftsdienst

Am 26.03.2025 gegen 21:15 Uhr übergab die Bundespolizei, Revier Elmshorn, einen männlichen Jugendlichen, der im Regionalzug aus Hamburg ohne Fahrkarte angetroffen worden war. Er gibt an:

Name: [[P|Mohammad Reza Hosseini]] (möchte „[[P|Reza]]“ genannt werden)
geb.: [[DOB|01.01.2009]] (eigene Angabe; Tazkira nur als Foto auf dem Handy)
Herkunft: Provinz Ghazni, Afghanistan; Volkszugehörigkeit Hazara, Muttersprache Dari
Religion: schiitischer Islam

Die Bundespolizei hat vor der Übergabe Fingerabdrücke abgenommen und mit EURODAC abgeglichen: Treffer Kategorie 1 (Bulgarien, 11/2024). Das Lichtbild ist im Ausländerzentralregister gespeichert.

[[P|Reza]] berichtet, ein älterer Cousin, [[P|Ali Hosseini]], lebe in Hamburg; die Adresse kenne er nicht, die Nummer [[T|+49 1577 3094 812]] ist in seinem Handy gespeichert. Ein Anruf um 22:20 Uhr blieb unbeantwortet. Die Verständigung erfolgte über den Telefondolmetscherdienst (Dari), Dolmetscherin Frau [[P|Parwana Sadat]].

Unterbringung: Clearinghaus „Haus am Fleet“, [[N|Fleetweg 12]], [[N|25436 Uetersen]], Aufnahme 23:30 Uhr.
Erreichbarkeit Bereitschaftsdienst: [[N|0151 4420 7000]]

Weiteres Vorgehen: Mitteilung an das Landesjugendamt (Verteilverfahren) bis 29.03.; Anregung einer Vormundschaft beim Familiengericht Pinneberg; qualifizierte Inaugenscheinnahme zur Alterseinschätzung am 27.03.2025 durch [[P|Frauke Claußen]] und [[P|Malte Hinrichs]]; ärztliche Erstuntersuchung im Gesundheitsamt am 28.03.2025.

gez. [[P|Hinrichs]], Bereitschaftsdienst
""")

# ---------------------------------------------------------------- b30-010 Ferienfreizeit: passport + credit card
doc("outlook", "ferienfreizeit", [], f"""
Von: [[P|Oliver Brandt-Jessen]] <[[E|oli.bj@icloud.com]]>
An: Ferienfreizeit Elbmarsch-Nord <[[N|ferienfreizeit@elbmarsch-nord.de]]>
Betreff: Re: Anmeldung Ferienfreizeit Rømø – Buchung FZ-25-1184

Hallo Frau [[P|Ketelsen]],

danke für die schnelle Bestätigung! Hier die fehlenden Daten:
[[P|Ben Brandt-Jessen]], geb. [[DOB|30.06.2014]]
Reisepass-Nr.: [[PASS|{PASS_BEN}]] (gültig bis 2029)

Die Teilnahmegebühr von 289 EUR können Sie gern wie angeboten von meiner Mastercard abbuchen: [[CC|{CC_BRANDT}]], gültig bis 09/27. Die Prüfnummer sag ich Ihnen lieber am Telefon ;-)

Er hat das Bronze-Abzeichen, falls das für die Badeausflüge wichtig ist.

Viele Grüße
[[P|Oli Brandt-Jessen]]
[[T|0172 / 944 12 07]]

Am 02.06.2025 um 11:03 schrieb Ferienfreizeit Elbmarsch-Nord <[[N|ferienfreizeit@elbmarsch-nord.de]]>:
> Sehr geehrter Herr [[P|Brandt-Jessen]],
> vielen Dank für die Anmeldung Ihres Sohnes (Buchungsnummer FZ-25-1184). Für die Reise nach Dänemark benötigen wir noch Geburtsdatum und Reisepassnummer. Die Gebühr von 289,00 EUR ist bis zum 30.06.2025 fällig.
> Mit freundlichen Grüßen
> [[P|Wiebke Ketelsen]]
> Jugendförderung, Bezirksamt Elbmarsch-Nord
""")

# ---------------------------------------------------------------- b30-011 Niederschrift Vaterschaftsanerkennung
doc("word", "beurkundung", [], f"""
Bezirksamt Elbmarsch-Nord – Fachamt Jugend und Familie – Beurkundungen
Urkundenrolle Nr. [[N|318/2025]]

Niederschrift über die Anerkennung der Vaterschaft, die Zustimmung der Mutter und Sorgeerklärungen

Verhandelt in Haseldorf am 15.07.2025 vor der Urkundsperson des Jugendamts, [[P|Gesa Martens]].

Es erschienen:
1. Herr [[P|Luca Esposito]], geb. am [[DOB|03.05.1996]] in Hamburg, wohnhaft [[A|Hinnern Barg 22]], [[A|25488 Holm]], ausgewiesen durch Personalausweis Nr. [[IDC|{IDC_ESPOSITO}]],
2. Frau [[P|Małgorzata Wiśniewska]], geb. am [[DOB|27.12.1999]] in Gdańsk, wohnhaft ebenda, ausgewiesen durch Personalausweis Nr. [[IDC|{IDC_WISNIEWSKA}]].

Der Erschienene zu 1. erklärte:
Ich erkenne hiermit die Vaterschaft für das Kind [[P|Leonardo Wiśniewski]] an, geboren am [[DOB|02.07.2025]] in Pinneberg (Geburtenregister Nr. [[N|G 412/2025]]).

Die Erschienene zu 2. erklärte:
Ich stimme der Anerkennung zu.

Beide Elternteile erklärten, die elterliche Sorge für das Kind gemeinsam übernehmen zu wollen (§ 1626a Abs. 1 Nr. 1 BGB). Über die Rechtsfolgen, insbesondere zur Namensbestimmung, wurden sie belehrt.

Vorgelesen, genehmigt und eigenhändig unterschrieben:
(Unterschriften der Erschienenen und der Urkundsperson)
""")

# ---------------------------------------------------------------- b30-012 Elternbeitrag Sozialstaffel, Steuer-ID
doc("outlook", "elternbeitrag", [], f"""
Betreff: AW: Ermäßigung Elternbeitrag – Ihr Zeichen [[AZ|EB-2025-1407]]

Sehr geehrte Frau [[P|Janßen]],

wie gewünscht die Angaben für die Sozialstaffel. Mein Einkommensteuerbescheid für 2024 ist leider noch nicht da, ich schicke deshalb die Lohnsteuerbescheinigung mit (2.140,00 EUR netto im Monat, Teilzeit 30 Std.).
Meine Steuer-ID: [[TID|{TID_IWANOWA}]]

Der Vater wohnt nicht bei uns, er zahlt Unterhalt für [[P|Mascha]] (geb. [[DOB|11.08.2021]]), 312 EUR im Monat. Den Beschluss vom Familiengericht hänge ich an.

Mit freundlichen Grüßen
[[P|Anastasia Iwanowa]]
[[A|Kösterdiek 2 c]]
[[A|25489 Haselau]]
""")

# ---------------------------------------------------------------- b30-013 Schuleingangsuntersuchung
doc("word", "schuleingangsuntersuchung", ["HEALTH"], f"""
Bezirksamt Elbmarsch-Nord · Gesundheitsamt · Kinder- und Jugendärztlicher Dienst
[[N|Gerberstraße 9]] · [[N|25436 Uetersen]] · Telefon [[N|04122 9771-600]]

An die Erziehungsberechtigten von
[[P|Trần Bảo Ngọc]]
[[A|Wassermühlenstraße 14]]
[[A|25436 Uetersen]]

Ergebnis der Schuleingangsuntersuchung 2025

Kind: [[P|Trần Bảo Ngọc]], geb. [[DOB|06.04.2019]]
Krankenkasse: Techniker Krankenkasse, Versichertennummer [[KV|{KV_TRAN}]]
Untersuchung am 12.03.2025

Sehr geehrte Frau [[P|Lê]], sehr geehrter Herr [[P|Trần]],

bei der Schuleingangsuntersuchung Ihrer Tochter haben wir folgende Befunde erhoben:
– Sehtest: unauffällig
– Hörtest: beidseits Hochtonverlust, rechts deutlicher – bitte HNO-ärztlich abklären lassen
– Sprachentwicklung: Auffälligkeiten in Aussprache und Satzbau; Empfehlung Sprachförderung, Logopädie nach HNO-Befund
– Impfstatus: Masern zweimal geimpft; Auffrischung Tetanus/Diphtherie fällig

Aus ärztlicher Sicht kann [[P|Bảo Ngọc]] zum Schuljahr 2025/26 an der Grundschule Birkenallee eingeschult werden. Bitte bringen Sie den HNO-Befund bis zum 30.05.2025 in unsere Sprechstunde mit oder senden Sie ihn an [[N|gesundheitsamt@elbmarsch-nord.de]].

Mit freundlichen Grüßen
[[P|Dr. med. Wiebke Ohlsen]]
Fachärztin für Kinder- und Jugendmedizin
Durchwahl [[T|04122 9771-614]]
""")

# ---------------------------------------------------------------- b30-014 complaint, Elterntaxis, plates
doc("outlook", "beschwerde-parken", [], """
Betreff: Elterntaxis vor der Kita Deichkinner – schon wieder!!!

Moin,

ich wohne direkt gegenüber der Kita in der Hauptstraße und komme morgens seit Wochen nicht aus meiner Einfahrt. Heute (Dienstag, 10.06.) standen wieder zwei Autos komplett auf dem Gehweg: ein schwarzer Touran [[KFZ|PI-KR 417]] und ein weißer Transporter [[KFZ|HH-GJ 2083]], der gehört glaube ich dem Koch von der Kita, der liefert ja immer um halb acht.

Ich habe Fotos gemacht. Die Leitung, Frau [[P|Rieckhoff]], sagt, sie kann da nichts machen. Der Bäcker an der Ecke hat dasselbe Problem mit seinen Kunden. Kann das Ordnungsamt nicht mal morgens zwischen 7 und 8 vorbeischauen? Oder muss ich erst die Polizei rufen?

Gruß
[[P|Hinrich Brüggmann]]
[[A|Hauptstraße 44]], [[A|25491 Hetlingen]]
Tel [[T|04103 / 7 16 59]]
""")

# ---------------------------------------------------------------- b30-015 Stellungnahme Schule, Trisomie 21
doc("word", "stellungnahme-schule", ["HEALTH", "GENETIC"], """
Grundschule am Deich · Schulleitung
[[N|Schulstraße 5]] · [[N|25489 Haseldorf]] · [[N|04129 95 22-0]]

Bezirksamt Elbmarsch-Nord
Fachamt Eingliederungshilfe
z. Hd. Frau [[P|Kerstin Lüders]]

Ihr Az.: [[AZ|EGH-K-2025-0147]]
Haseldorf, 20.05.2025

Pädagogische Stellungnahme zum Antrag auf Schulbegleitung für [[P|Matteo Rinaldi]]

Sehr geehrte Frau [[P|Lüders]],

[[P|Matteo]] (geb. [[DOB|11.09.2018]]) wird zum Schuljahr 2025/26 bei uns eingeschult. Bei ihm liegt eine humangenetisch gesicherte freie Trisomie 21 vor (Chromosomenanalyse 2018, Karyotyp 47,XY,+21); der im ersten Lebensjahr operierte Herzfehler bedingt laut Kardiologie keine Einschränkungen im Schulalltag.

Nach der Hospitation in der Kita „Lütt Matten“ am 08.05.2025 und dem Gespräch mit der Mutter sehen wir Unterstützungsbedarf vor allem beim Wechsel zwischen Unterrichtsphasen, in den Pausen und beim Toilettengang. Er spricht in kurzen Sätzen, versteht Arbeitsaufträge mit Bildkarten gut und sucht aktiv Kontakt zu anderen Kindern. Eine Schulbegleitung im Umfang von mindestens 20 Wochenstunden halten wir für erforderlich.

Die Eltern, Frau [[P|Chiara Rinaldi]] und Herr [[P|Thomas Behrens]], wohnhaft [[A|Achter de Kark 9]], [[A|25489 Haseldorf]], unterstützen den Antrag ausdrücklich. Herr [[P|Behrens]] ist tagsüber unter [[T|0157 3361 0248]] erreichbar.

Mit freundlichen Grüßen
[[P|Dr. Anke Sievers-Nommensen]]
Rektorin
""")

# ---------------------------------------------------------------- b30-016 two mothers, Kita contract
doc("outlook", "kita-vertrag", ["SEXUAL_ORIENTATION"], """
Von: [[P|Svenja Gröning-Kaya]] <[[E|svenja.groening@gmx.de]]>
An: Kita Regenbogen Kollmar <[[N|leitung@kita-regenbogen-kollmar.de]]>
Cc: [[N|kita-platzvergabe@elbmarsch-nord.de]]
Betreff: Elternabend + Vertrag Juna

Hallo Frau [[P|Gerdes]],

meine Frau [[P|Derya]] und ich kommen beide zum Elternabend am 24.9.

Im Betreuungsvertrag steht bei [[P|Juna]] unter „Vater“ noch ein leeres Feld – die Stiefkindadoption durch [[P|Derya]] ist seit März rechtskräftig (AG Pinneberg, Az. [[AZ|41 F 118/24]]). Bitte tragen Sie uns beide als Mütter und Sorgeberechtigte ein. Meine Frau ist tagsüber besser erreichbar als ich: [[T|0176 / 63 50 29 18]].

Und noch was Kleines: [[P|Juna]] erzählt, dass die Kinder in der Gruppe fragen, warum sie zwei Mamas hat. Fänden wir schön, wenn das mal im Morgenkreis vorkommt – wir haben ein tolles Bilderbuch dazu und bringen es gern mit.

Liebe Grüße
[[P|Svenja]]
""")

# ---------------------------------------------------------------- b30-017 waiting list, Nachname, Vorname
doc("word", "kita-warteliste", [], """
Kita-Platzvergabe – Warteliste Elementarbereich (3–6 Jahre), Planungsraum Uetersen/Tornesch
Stand: KW 27/2025 – interne Arbeitsliste

Rang\tKind\tgeb.\tSorgeberechtigte/r\tTelefon\tBemerkung
1\t[[P|Haddad, Rami]]\t[[DOB|04.02.2021]]\t[[P|Haddad, Lina]]\t[[T|0176 8813 0042]]\tRechtsanspruch, Mutter beginnt Ausbildung 01.08.
2\t[[P|Abebe, Selam]]\t[[DOB|30.09.2021]]\t[[P|Gebremedhin, Tsega]]\t[[T|0049 171 5530 219]]\tDringlichkeit lt. ASD
3\t[[P|Ferreira da Silva, Lucas]]\t[[DOB|12.12.2020]]\t[[P|da Silva, Marta]]\t[[T|+49 160 9928371]]\tZuzug zum 01.09. ([[A|Tornescher Weg 71]], [[A|25436 Uetersen]])

Bearbeitung: Kita-Platzvergabe, Team West
""")

# ---------------------------------------------------------------- b30-018 halal food / Ramadan
doc("outlook", "hort-essen", ["RELIGION"], """
Betreff: Essen im Hort / Fastenzeit

Guten Tag Frau [[P|Papadopoulou]],

unsere Söhne [[P|Omar]] (9) und [[P|Karim]] (7) gehen in den Hort an der Altstadtschule. Wir sind Muslime, und die Jungs essen kein Schweinefleisch. Im Hort gibt es aber fast jede Woche etwas mit Schwein, und [[P|Omar]] hat letzte Woche aus Versehen Würstchen gegessen und war danach sehr traurig. Wir wollen keine Extrawurst (haha), aber eine Alternative an diesen Tagen wäre schön.

Außerdem möchte der Große im nächsten Ramadan zum ersten Mal ein paar Tage fasten. Wir haben ihm gesagt, nur am Wochenende – bitte die Erzieherinnen trotzdem informieren, falls er mittags nichts essen will.

Mit freundlichen Grüßen
[[P|Yusuf]] und [[P|Rana Al-Khatib]]
[[A|Rosenstraße 17]], [[A|22880 Wedel]]
""")

# ---------------------------------------------------------------- b30-019 Bescheid § 35a Schulbegleitung
doc("word", "bescheid-35a", ["HEALTH"], f"""
Bezirksamt Elbmarsch-Nord · Fachamt Eingliederungshilfe
{BA_STREET} · {BA_CITY}

Frau
[[P|Aster Tesfaye]]
[[A|Twiete 4]]
[[A|25377 Kollmar]]

Az.: [[AZ|51.3-EGH-2025-0288]]
Sachbearbeitung: [[P|Kerstin Lüders]], Zimmer 1.07, Tel. [[T|04122 9771-437]]
Haseldorf, 03.07.2025

Bescheid über Eingliederungshilfe für seelisch behinderte Kinder und Jugendliche (§ 35a SGB VIII) – Schulbegleitung

Sehr geehrte Frau [[P|Tesfaye]],

auf Ihren Antrag vom 14.04.2025 bewillige ich für Ihren Sohn [[P|Yonas Tesfaye]], geb. [[DOB|27.02.2016]], eine Schulbegleitung an der Grundschule Kollmar im Umfang von bis zu 25 Wochenstunden für die Zeit vom 01.08.2025 bis 31.07.2026.

Begründung:
Nach der Stellungnahme der Kinder- und Jugendpsychiatrie ([[P|Dr. med. Jonas Feddersen]]) liegt bei Ihrem Sohn ein frühkindlicher Autismus (ICD-10 F84.0) vor. Ohne Begleitung ist seine Teilhabe am Unterricht und am Schulleben erheblich beeinträchtigt (§ 35a Abs. 1 Nr. 2 SGB VIII).

Die Leistung erbringt der Träger „Marschlichter – Assistenz & Teilhabe gGmbH“; abgerechnet wird direkt mit dem Träger (38,70 EUR je Fachleistungsstunde). Änderungen, zum Beispiel ein Schulwechsel oder Umzug, teilen Sie bitte unverzüglich mit (§ 60 SGB I).

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch beim Bezirksamt Elbmarsch-Nord, {BA_STREET}, {BA_CITY}, erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Kerstin Lüders]]
""")

# ---------------------------------------------------------------- b30-020 forwarded TB contact tracing
doc("outlook", "gesundheitsamt-tb", ["HEALTH"], """
Von: [[P|Dr. Wiebke Ohlsen]] <[[E|wiebke.ohlsen@elbmarsch-nord.de]]>
Gesendet: Freitag, 21. Februar 2025 16:12
An: Infektionsschutz <[[N|infektionsschutz@elbmarsch-nord.de]]>
Betreff: WG: Umgebungsuntersuchung TB – Kita Lütte Lüüd, Gruppe Seesterne

Zur Kenntnis und Anlage im Vorgang [[AZ|IfSG-2025-0031]]. Kontaktliste siehe unten. Bitte die Einladungen zum IGRA-Test für KW 10 vorbereiten und die Eltern vorab telefonisch informieren.
VG [[P|W. Ohlsen]]

Von: Kita Lütte Lüüd – Leitung <[[N|leitung@luette-lueued-wedel.de]]>
Gesendet: Freitag, 21. Februar 2025 14:55
An: [[P|Ohlsen, Wiebke]] Dr. <[[E|wiebke.ohlsen@elbmarsch-nord.de]]>
Betreff: Umgebungsuntersuchung TB

Sehr geehrte Frau Dr. [[P|Ohlsen]],

wie telefonisch besprochen: Bei unserer Erzieherin Frau [[P|Marija Jovanović]] wurde am 18.02. eine offene Lungentuberkulose festgestellt, sie ist seit dem 10.02. krankgeschrieben. Engen Kontakt in der Gruppe Seesterne hatten:
- [[P|Noah Ehlers]] (5 J.), Mutter: [[T|0170 448 21 90]]
- [[P|Lotta Meyer-Oltmanns]] (4 J.), Vater: [[T|04103 91 88 27]]

Die Kollegin ist mit der Weitergabe ihrer Daten an Sie einverstanden.

Mit freundlichen Grüßen
[[P|Imke Kröger-Stahmer]]
Kita-Leitung
""")

# ---------------------------------------------------------------- b30-021 Vermerk Hausbesuch § 8a
doc("word", "vermerk-hausbesuch", ["ETHNICITY"], """
Vermerk Hausbesuch – Gefährdungseinschätzung nach § 8a SGB VIII

Az.: [[AZ|ASD-M 2025/0342]]
Datum: 08.04.2025, 10:30–11:40 Uhr
Anwesend: [[P|Frauke Claußen]], [[P|Nils Rehder]] (ASD); Familie (s. u.); Dolmetscher für Albanisch
Anlass: Mitteilung der Kita „Regenbogen“ vom 03.04.2025 (Kind kam wiederholt ohne Frühstück und zu dünn angezogen)

Familie: [[P|Arben Krasniqi]] (Vater, geb. [[DOB|14.10.1988]]), [[P|Fatmire Krasniqi]] (Mutter, geb. [[DOB|02.03.1992]]), Kinder [[P|Dua]] (6), [[P|Erion]] (4) und [[P|Blerta]] (1)
Anschrift: [[A|Bullenkamp 16]], [[N|Erdgeschoss rechts]], [[A|25377 Kollmar]]

Die Wohnung (3 Zimmer) ist ordentlich, der Kühlschrank gefüllt, die Kinder haben eigene Betten. Der Vater arbeitet im Frühdienst bei einer Reinigungsfirma in Hamburg und fährt um 4:45 Uhr mit dem Familienauto ([[KFZ|PI-XK 731]]) los; Frau [[P|Krasniqi]] ist morgens mit drei Kindern allein. Sie berichtet, die Älteste verweigere das Frühstück zu Hause und esse lieber in der Kita. Die Familie gehört nach eigenen Angaben zur Minderheit der Ashkali und erlebe im Dorf immer wieder Ablehnung; die Mutter traue sich deshalb kaum, andere Eltern anzusprechen. Eine Nachbarin, Frau [[P|Gisela Vogel]], hilft gelegentlich mit dem Baby.

Einschätzung: keine akute Gefährdung; Unterstützungsbedarf bei der Morgenorganisation.
Vereinbarungen: Frühstücksdose wird in der Kita vorbereitet (Absprache mit der Leitung), Anbindung an das Familienzentrum Kollmar, Rückmeldung der Kita in vier Wochen.

gez. [[P|Claußen]]
""")

# ---------------------------------------------------------------- b30-022 union: Warnstreik
doc("outlook", "warnstreik", ["UNION"], """
Von: [[P|Merle Tiedemann]] <[[E|merle.tiedemann@elbmarsch-nord.de]]>
An: Personalabteilung <[[N|personal@elbmarsch-nord.de]]>
Betreff: Warnstreik am 12.03. – Kita Deichkinner

Hallo Herr [[P|Schulz]],

kurz zur Info vorab: ich bin seit letztem Jahr Mitglied bei ver.di und werde mich am Warnstreik am 12.03. beteiligen, ebenso meine Kollegin [[P|Hatice Demir]] (auch ver.di, sie hat mich gebeten, das für sie mitzuteilen). Die Notbetreuung in den Deichkindern übernehmen an dem Tag Frau [[P|Rieckhoff]] und eine Springkraft.

Meine Personalnummer ist [[N|40318]], falls Sie die brauchen.

Beste Grüße
[[P|Merle Tiedemann]]
Erzieherin, Kita Deichkinner Hetlingen
Tel. Kita [[N|04103 81277-0]]
""")

# ---------------------------------------------------------------- b30-023 Niederschrift Jugendhilfeausschuss
doc("word", "jha-niederschrift", ["POLITICS"], """
Niederschrift über die 14. Sitzung des Jugendhilfeausschusses der Bezirksversammlung Elbmarsch-Nord
am 22.05.2025, 18:00–20:10 Uhr, Sitzungssaal des Bezirksamts

Anwesend:
Vorsitz: [[P|Ayşe Demir-Lorenz]] (SPD)
Mitglieder und Verwaltung: siehe Anwesenheitsliste (Anlage 1)

TOP 1 Genehmigung der Niederschrift vom 20.03.2025 – einstimmig.

TOP 2 Kita-Bedarfsplanung 2025–2030 (Drucksache 21-0457)
Herr [[P|Hauke Petersen]] (Fachamtsleitung) erläutert die Bedarfsplanung. Im Gebiet des Bebauungsplans Nr. 47 „Achtern Hoff“ werden bis 2027 rund 140 Kinder unter sechs Jahren erwartet; geplant ist eine sechsgruppige Kita an der Theodor-Storm-Straße. Frau [[P|Katharina Bolle]] (GRÜNE) fragt nach dem Fachkräftebedarf. Der Antrag von Herrn [[P|Rolf Peper]] (AfD), die Planung zurückzustellen, wird mit 1 Ja- und 6 Nein-Stimmen abgelehnt.

TOP 3 Anfrage der CDU-Fraktion zur Schulbegleitung (Drucksache 21-0472)
Die Verwaltung berichtet: 2024 wurden 187 Schulbegleitungen bewilligt, Ausgaben rund 4,9 Mio. EUR. Die CDU-Fraktion regt Pool-Lösungen an Schulen an.

TOP 4 Verschiedenes
Die Kreiselternvertretung weist auf die Elternbefragung zu den Schließzeiten hin (Rücklauf bis 30.06.2025).

gez. [[P|Ayşe Demir-Lorenz]], Vorsitzende          gez. [[P|T. Heesch]], Protokoll
""")

# ---------------------------------------------------------------- b30-024 three-line mail, card declined
doc("outlook", "kurs-zahlung", [], f"""
Betreff: zahlung kurs

moin, die zahlung für den erste-hilfe-am-kind-kurs (kurs 25-113) ist mit meiner visa [[CC|{CC_KALLE_SPACED}]] nicht durchgegangen, könnt ihr das nochmal versuchen? sonst überweis ich.
gruß [[P|kalle hinrichsen]], [[T|0171 2734 556]]
""")

# ---------------------------------------------------------------- b30-025 Anmeldebogen, Ukrainian family
doc("word", "kita-anmeldebogen", [], f"""
Bezirksamt Elbmarsch-Nord – Kita-Platzvergabe
Anmeldung für einen Platz in der Kindertagesbetreuung (Ausdruck Kita-Portal)
Vorgangsnummer: [[AZ|KP-2025-04102]]

Angaben zum Kind
Familienname: [[P|Kovalenko]]
Vorname(n): [[P|Sofiia]]
Geburtsdatum: [[DOB|19.12.2021]]
Staatsangehörigkeit: ukrainisch
Identitätsnachweis: Reisepass (Ukraine) Nr. [[PASS|{PASS_SOFIIA}]]

Angaben zur sorgeberechtigten Person
Name: [[P|Oksana Kovalenko]], geb. [[DOB|07.06.1990]]
Reisepass (Ukraine) Nr. [[PASS|{PASS_OKSANA}]]; Aufenthaltserlaubnis nach § 24 AufenthG bis 04.03.2026
Anschrift: c/o [[P|Hella Struve]], [[A|Dwarsweg 3]], [[A|25492 Heist]]
Telefon: [[T|+380 67 482 1930]] (auch WhatsApp)
E-Mail: [[E|oksana.kovalenko.ua@gmail.com]]

Betreuungswunsch: ab sofort, 6 Std. täglich, Kita in Heist oder Moorrege
Geschwister: ein Bruder (12), Gemeinschaftsschule Moorrege

Unterschrift: liegt vor, 11.04.2025

Bearbeitungsvermerk: Rückfrage bei der Gastgeberin Frau [[P|Struve]] ([[T|04122 98 12 34]]) wegen der Wohnsitzauflage.
""")

# ---------------------------------------------------------------- b30-026 Tagesmutter, NL IBAN
doc("outlook", "kindertagespflege", [], f"""
Betreff: Neue Bankverbindung + Belegung ab August

Hallo Frau [[P|Behrmann]],

ab Juli bitte die laufende Geldleistung nicht mehr auf das Sparkassenkonto überweisen, sondern auf mein Konto bei der Rabobank in Venlo (noch aus NL-Zeiten, sorry for the hassle):
IBAN [[IBAN|{IBAN_DEVRIES}]]
BIC RABONL2U

Ab August betreue ich wieder fünf Kinder: neu sind [[P|Hanna Lüthje]] (geb. [[DOB|01.04.2024]]) und [[P|Mats Kröger]] (geb. [[DOB|23.02.2024]]), die Betreuungsverträge kommen per Post.

Meine Steuernummer für die Mitteilung ans Finanzamt: [[TNR|{TNR_DEVRIES}]]

Groetjes / liebe Grüße
[[P|Marieke de Vries]]
Kindertagespflege „Lütte Hummeln“
[[A|Op de Wisch 21]] · [[A|25488 Holm]]
[[T|0163 / 4 41 72 80]] · [[E|kinderopvang.marieke@gmail.com]]
""")

# ---------------------------------------------------------------- b30-027 letter to foster parents
doc("word", "pflegekinderdienst", [], f"""
Bezirksamt Elbmarsch-Nord · Fachamt Jugend und Familie · Pflegekinderdienst
{BA_STREET} · {BA_CITY}

Eheleute
[[P|Jörg Lohmann]] und [[P|Sabine Lohmann-Ipsen]]
[[A|Hasenkamp 7 b]]
[[A|25355 Barmstedt]]

Az.: [[AZ|PKD-2023-0041]]
Durchwahl: [[T|04122 9771-368]]
Haseldorf, 12.05.2025

Vollzeitpflege für [[P|Kevin-Luca Baumann]], geb. [[DOB|05.05.2017]] – Anpassung des Pflegegeldes, Alterssicherung

Sehr geehrte Frau [[P|Lohmann-Ipsen]], sehr geehrter Herr [[P|Lohmann]],

zum 01.01.2025 wurden die Pauschalbeträge für die Vollzeitpflege angehoben. Das monatliche Pflegegeld beträgt damit 1.208,00 EUR (Kosten der Erziehung 342,00 EUR, materielle Aufwendungen 866,00 EUR). Die Nachzahlung für Januar bis April (4 × 61,00 EUR = 244,00 EUR) überweisen wir in den nächsten Tagen auf Ihr Konto [[IBAN|{IBAN_LOHMANN}]].

Nach § 39 Abs. 4 SGB VIII erstatten wir Ihnen als Hauptpflegeperson die Hälfte der nachgewiesenen Beiträge zu einer angemessenen Alterssicherung. Bitte bestätigen Sie uns die vorliegende Rentenversicherungsnummer [[SSN|{SSN_LOHMANN}]] und senden Sie uns den Nachweis Ihrer Beiträge für 2024.

Das Kind ist weiterhin über Herrn [[P|Lohmann]] familienversichert (BARMER, Versichertennummer [[KV|{KV_KEVIN}]]).

Die leibliche Mutter hat um einen zusätzlichen begleiteten Umgangskontakt in den Sommerferien gebeten; wir melden uns dazu gesondert.

Kassenzeichen für Rückfragen zur Zahlung: [[AZ|5.2025.61804]]
Bankverbindung der Bezirkskasse: IBAN [[N|{CITY_IBAN}]]

Mit freundlichen Grüßen
Im Auftrag
[[P|Ronja Feddersen]]
""")

# ---------------------------------------------------------------- b30-028 Kita accident, lower-case reply
doc("outlook", "kita-unfall", ["HEALTH"], f"""
Von: [[P|martina kühl]] <[[E|tinchen.kuehl@web.de]]>
An: Kita Regenbogen Kollmar <[[N|leitung@kita-regenbogen-kollmar.de]]>
Cc: [[N|unfallmeldung@elbmarsch-nord.de]]
Betreff: Re: Unfall am Dienstag

hallo frau [[P|gerdes]]

danke für den anruf gestern. [[P|emil]] hat nen unterarmbruch links (grünholzfraktur, sagt das klinikum), gips für 4 wochen. er darf ab montag wieder kommen aber nicht aufs klettergerüst. bitte denken sie dran das er schmerzmittel nur nach rücksprache mit mir bekommt.

die unfallanzeige hab ich ausgefüllt, [[P|emil]] ist am [[DOB|12.3.2020]] geboren, krankenkasse dak, versichertennr. [[KV|{KV_EMIL}]]

lg [[P|martina kühl]]
(gruppe sonnenkäfer)

Am 17.06.2025 um 15:22 schrieb Kita Regenbogen Kollmar <[[N|leitung@kita-regenbogen-kollmar.de]]>:
> Liebe Frau [[P|Kühl]],
> wie besprochen die Unterlagen für die Unfallanzeige an die Unfallkasse Nord. Bitte tragen Sie [[P|Emil]]s Geburtsdatum und die Krankenkasse ein, den Rest erledigen wir.
> Herzliche Grüße
> [[P|Antje Gerdes]]
> Kita-Leitung
""")

# ---------------------------------------------------------------- b30-029 interpreter invoice
doc("word", "dolmetscher-rechnung", [], f"""
[[P|Farida Noori]]
Staatlich geprüfte Übersetzerin und Dolmetscherin für Dari, Farsi und Paschtu
[[A|Schenefelder Holt 68]] · [[A|22589 Hamburg]]
Tel. [[T|040 870 51 23]] · [[E|f.noori@dolmetschen-noori.de]]
Steuernummer [[TNR|{TNR_NOORI}]] · USt-IdNr. [[VAT|{VAT_NOORI_SPACED}]]

Bezirksamt Elbmarsch-Nord
Fachamt Jugend und Familie – UMA-Team
{BA_STREET}
{BA_CITY}

Rechnung Nr. 2025-0318                                  Datum: 02.04.2025
Ihr Zeichen: [[AZ|UMA-2025-0093]]

Dolmetscheinsätze (Dari) im Rahmen der Inobhutnahme:
27.03.2025  Erstgespräch und Alterseinschätzung, 09:00–11:30 Uhr     2,5 Std. × 85,00 EUR     212,50 EUR
31.03.2025  Gespräch zur Vormundschaft, 14:00–15:00 Uhr              1,0 Std. × 85,00 EUR      85,00 EUR
Fahrtkosten 2 × 46 km × 0,42 EUR                                                                38,64 EUR
Zwischensumme                                                                                  336,14 EUR
zzgl. 19 % USt.                                                                                 63,87 EUR
Rechnungsbetrag                                                                                400,01 EUR

Bitte überweisen Sie den Betrag bis zum 30.04.2025 auf mein Konto bei der Hamburger Sparkasse:
IBAN [[IBAN|{IBAN_NOORI}]], BIC HASPDEHHXXX

Vielen Dank für die gute Zusammenarbeit.
[[P|Farida Noori]]
""")

# ---------------------------------------------------------------- b30-030 Elternbrief: mostly hard negatives
doc("outlook", "elternbrief", [], f"""
Von: Kita Deichkinner Hetlingen <[[N|info@kita-deichkinner.de]]>
An: Eltern Kita Deichkinner
Betreff: Elternbrief Juni – Sommerfest, Schließzeit, neuer Koch

Liebe Eltern,

hier die wichtigsten Infos für die nächsten Wochen:

1. Sommerfest am Freitag, 04.07.2025, 15–18 Uhr, auf unserem Gelände an der Hauptstraße. Der Elternbeirat sucht noch Kuchenspenden (Liste hängt im Flur), die Brötchen spendet wieder der Bäcker am Deich.
2. Unser neuer Koch, Herr [[P|Stavros Nikolaidis]], kocht ab dem 1. Juli frisch bei uns. Im Winter war das Essen ja oft lauwarm angekommen – das hat damit ein Ende.
3. Schließzeit: 21.07. bis 08.08.2025 (Beschluss Elternbeirat vom 12.03.2025). Notbetreuung in der Kita Lütt Matten am Kösterweg, Anmeldung bis 30.06.
4. Am Zaun zum Spielplatz brütet ein Vogel – bitte das Tor leise schließen.
5. Fragen zur Sozialstaffel beantwortet die Elternbeitragsstelle im Bezirksamt ([[N|elternbeitrag@elbmarsch-nord.de]], {BA_PHONE}). Spenden für das neue Klettergerüst bitte auf das Konto der Bezirkskasse, IBAN [[N|{CITY_IBAN}]], Verwendungszweck „Spende Deichkinner“.
6. Erste-Hilfe-am-Kind-Kurs für Eltern: Kurs 25-113 am 13.09.2025 im Bürgerhaus, Gebühr 35,00 EUR.

Herzliche Grüße
[[P|Tomke Rieckhoff]] und das ganze Deichkinner-Team
Kita Deichkinner · [[N|Hauptstraße 39]] · [[N|25491 Hetlingen]] · Tel. [[N|04103 81277-0]]
""")


# ---------------------------------------------------------------- write
def main():
    assert len(DOCS) == 30, len(DOCS)
    out = []
    for i, (channel, template, flags, marked) in enumerate(DOCS, 1):
        out.append(build(f"b30-{i:03d}", channel, template, marked, flags))
    path = os.path.join(HERE, "fresh30.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    n = sum(len(d["entities"]) for d in out)
    print(f"{path}: {len(out)} documents, {n} entities")


if __name__ == "__main__":
    main()
