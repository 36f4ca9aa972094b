"""Batch 74: 30 documents from the Bürgerservice, Standesamt and Wohngeldstelle of the (invented) Brandenburg town
Lebenow (Landkreis Märkisch-Oderland): Polish commuters, Vietnamese shop owners, Russian-German late repatriates,
Afghan families; name changes, birth registrations, housing benefit, Finanzamt matters, lawyers and care services.
Every person, address and number is invented."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # marks.py and identifiers.py sit beside this file
from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban  # noqa: E402

ids = Identifiers(7474)
rng = ids.rng


# --- foreign identifiers with their national check digits -------------------------------------------------------
def _val(ch):
    return int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10


def pl_passport():
    """Polish passport: 2 letters + 7 digits, the first digit is the check digit (weights 7,3,9,1,7,3,1,7,3)."""
    letters = "E" + rng.choice("ABCDEFGHJ")
    body = ids.digits(6)
    weights = [7, 3, 1, 7, 3, 1, 7, 3]
    chars = letters + body
    s = sum(_val(c) * w for c, w in zip(chars, weights))
    return letters + str(s % 10) + body


def pl_id_card():
    """Polish ID card (dowód osobisty): 3 letters + 6 digits, first digit is the check (weights 7,3,1,9,7,3,1,7,3)."""
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    body = ids.digits(5)
    weights = [7, 3, 1, 7, 3, 1, 7, 3]
    chars = letters + body
    s = sum(_val(c) * w for c, w in zip(chars, weights))
    return letters + str(s % 10) + body


def pl_nip():
    weights = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    while True:
        body = ids.digits(9, first_nonzero=True)
        check = sum(int(d) * w for d, w in zip(body, weights)) % 11
        if check != 10:
            return body + str(check)


def pl_iban(bank="1020"):
    head = bank + ids.digits(3)
    weights = [3, 9, 7, 1, 3, 9, 7]
    check = (10 - sum(int(d) * w for d, w in zip(head, weights)) % 10) % 10
    return mod97_iban("PL", head + str(check) + ids.digits(16))


def ru_passport_internal():
    return f"{ids.digits(2, True)} {ids.digits(2)} {ids.digits(6)}"


def tax_bb():
    """Brandenburg Steuernummer 0FF/BBB/UUUUP (layout only)."""
    return f"0{rng.choice(['61', '62', '63', '64', '65'])}/{ids.digits(3)}/{ids.digits(5)}"


def mobile(prefix):
    return prefix + ids.digits(7, True)


# --- fixed public (neutral) data of the town --------------------------------------------------------------------
RATHAUS = "[[N|Marktplatz 1]], [[N|15328 Lebenow]]"
ZENTRALE = "[[N|033604 471-0]]"
BS_MAIL = "[[N|buergerservice@lebenow.de]]"
STA_MAIL = "[[N|standesamt@lebenow.de]]"
WG_MAIL = "[[N|wohngeld@lebenow.de]]"

DOCS = []

# ---------------------------------------------------------------------------------------------------------------
# 1 Polish commuter asks about registering a secondary residence; reply on top
pass1 = pl_passport()
DOCS.append(("outlook", "nebenwohnung_anmeldung_pendler", f"""Von: Bürgerservice Lebenow <{BS_MAIL}>
Gesendet: Dienstag, 17. November 2026 09:12
An: [[P|Krzysztof Wiśniewski]] <[[E|k.wisniewski84@wp.pl]]>
Betreff: AW: Anmeldung Wohnung Lebenow - Frage

Sehr geehrter Herr [[P|Wiśniewski]],

vielen Dank für Ihre Nachricht. Ja, wenn Sie das Zimmer in Lebenow beziehen, müssen Sie sich innerhalb von zwei Wochen anmelden. Da Ihre Familie und Ihr Lebensmittelpunkt in Polen bleiben, wird die Wohnung in Lebenow als Nebenwohnung eingetragen.

Bitte bringen Sie zum Termin mit:
- Ihren gültigen Reisepass oder Personalausweis
- die Wohnungsgeberbestätigung (vom Vermieter ausgefüllt und unterschrieben)

Einen Termin können Sie online über die Internetseite der Stadt buchen oder telefonisch unter {ZENTRALE} vereinbaren. Donnerstags haben wir bis 18 Uhr geöffnet, das passt vielleicht besser zu Ihrer Arbeitszeit.

Zur Zweitwohnungsteuer: Die Stadt Lebenow erhebt eine Zweitwohnungsteuer. Verheiratete, die die Nebenwohnung aus beruflichen Gründen nutzen und deren Familienwohnung woanders liegt, sind in der Regel befreit. Den Antrag auf Befreiung erhalten Sie bei der Anmeldung, bitte legen Sie dann Ihre Heiratsurkunde (mit Übersetzung oder als internationale Urkunde) und eine Arbeitgeberbescheinigung vor.

Mit freundlichen Grüßen
Im Auftrag

[[P|Kerstin Lehmann]]
Bürgerservice / Meldebehörde
Stadt Lebenow
{RATHAUS}
Tel. [[T|033604 471-213]]
{BS_MAIL}

-----Ursprüngliche Nachricht-----
Von: [[P|Krzysztof Wiśniewski]] <[[E|k.wisniewski84@wp.pl]]>
Gesendet: Montag, 16. November 2026 07:42
An: {BS_MAIL}
Betreff: Anmeldung Wohnung Lebenow - Frage

Dzień dobry, Guten Tag,

ich arbeite seit September bei Oderland Logistik in Lebenow und habe jetzt Zimmer gemietet in [[A|Fischerstraße 7a]], [[A|15328 Lebenow]]. Meine Wohnung mit Familie bleibt in Polen: [[A|ul. Kościuszki 23 m. 4]], [[A|69-100 Słubice]].
Muss ich das anmelden als Nebenwohnung? Und ich habe gehört man muss dann Steuer bezahlen für zweite Wohnung, stimmt das? Ich bin verheiratet, meine Frau und Kinder wohnen in Słubice.

Mein Pass Nr. [[PASS|{pass1}]], geboren [[DOB|14.02.1984]].
Sie konnen mich anrufen [[T|+48 601 233 874]] (auch WhatsApp), besser nach 17 Uhr.

Pozdrawiam
[[P|Krzysztof Wiśniewski]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 2 Standesamt letter: missing documents for the birth registration of an Afghan couple's child
pass2 = "P0" + ids.digits(7)
DOCS.append(("word", "geburtsbeurkundung_nachforderung", f"""Stadt Lebenow · Der Bürgermeister · Standesamt
{RATHAUS}

Herrn
[[P|Mohammad Nasir Rahimi]]
Frau
[[P|Farzana Rahimi]]
[[A|Am Wasserturm 12, Whg. 5]]
[[A|15328 Lebenow]]

Unser Zeichen: [[AZ|StA-G 214/2026]]
Bearbeiterin: Frau [[P|Kuhnert]]
Telefon: [[T|033604 471-240]]
Datum: 19.11.2026

Beurkundung der Geburt Ihrer Tochter [[P|Mariam]], geboren am [[DOB|02.11.2026]] in Frankfurt (Oder)

Sehr geehrte Frau [[P|Rahimi]], sehr geehrter Herr [[P|Rahimi]],

herzlichen Glückwunsch zur Geburt Ihrer Tochter. Die Geburtsanzeige des Klinikums ist bei uns eingegangen. Damit wir die Geburt beurkunden und Ihnen die Geburtsurkunden ausstellen können, benötigen wir noch folgende Unterlagen:

1. Nachweis der Identität des Vaters (Reisepass oder Tazkira im Original; bisher liegt uns nur der Ankunftsnachweis vor)
2. Heiratsurkunde bzw. Registrierungsbescheinigung der Ehe im Original, mit Übersetzung durch einen in Deutschland öffentlich bestellten und beeidigten Übersetzer
3. Aufenthaltstitel bzw. Aufenthaltsgestattung beider Elternteile
4. Erklärung zur Namensführung des Kindes (Vordruck liegt bei)

Den Reisepass der Mutter (Nr. [[PASS|{pass2}]]) haben wir bei Ihrer Vorsprache am 12.11. bereits kopiert, er muss nicht noch einmal vorgelegt werden.

Können die Identität oder die Eheschließung nicht vollständig nachgewiesen werden, wird die Geburt mit einem erläuternden Zusatz beurkundet (§ 35 PStV). Sie erhalten dann trotzdem eine Geburtsurkunde für Kindergeld, Elterngeld und Krankenkasse.

Bitte reichen Sie die Unterlagen bis zum 11.12.2026 ein oder vereinbaren Sie einen Termin. Wenn Sie eine Dolmetscherin oder einen Dolmetscher für Dari brauchen, sagen Sie uns bitte vorher Bescheid.

Mit freundlichen Grüßen
Im Auftrag

[[P|Sabine Kuhnert]]
Standesbeamtin

Anlage: Vordruck Namenserklärung, Merkblatt Geburtsbeurkundung (deutsch/Dari)
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 3 Late repatriate sends missing housing benefit documents; severe disability mentioned
ssn3 = ids.social_security("030458", "R")
tid3 = ids.tax_id()
iban3 = ids.iban_de()
DOCS.append(("outlook", "wohngeld_unterlagen_nachreichung", f"""Von: [[P|Viktor Reimer]] <[[E|viktor.reimer58@t-online.de]]>
Gesendet: Mittwoch, 18. November 2026 14:05
An: {WG_MAIL}
Betreff: Wohngeldantrag [[AZ|WG-2026-00871]] Unterlagen

Sehr geehrte Damen und Herren,

wie am Telefon mit Herr [[P|Trautmann]] besprochen sende ich die fehlende Unterlagen zu meinem Wohngeldantrag (Aktenzeichen [[AZ|WG-2026-00871]]).

Antragsteller: [[P|Viktor Reimer]], geb. [[DOB|03.04.1958]]
Ehefrau: [[P|Lydia Reimer]] geb. [[P|Friesen]], geb. [[DOB|21.09.1960]]
Anschrift: [[A|Gartenweg 4]], [[A|15328 Lebenow]]

Rentenversicherungsnummer: [[SSN|{ssn3[:2]} {ssn3[2:8]} {ssn3[8]} {ssn3[9:]}]]
Steuer-ID: [[TID|{group(tid3, 3)}]]
Bankverbindung für Wohngeld: Sparkasse Märkisch-Oderland, IBAN [[IBAN|{group(iban3, 4)}]]

Anbei als PDF:
- Rentenbescheid Deutsche Rentenversicherung 2026 (meine Rente und Rente meiner Frau)
- Bescheid Grundsicherung abgelehnt
- Mietbescheinigung vom Vermieter
- Schwerbehindertenausweis von meiner Frau (GdB 80, Merkzeichen G) wegen dem Freibetrag

Meine Frau hatte im Sommer eine Herz-OP und kann seit dem nicht mehr alleine zum Amt kommen, deshalb bitte wenn noch was fehlt schreiben Sie mir per E-Mail oder rufen Sie an: [[T|0152 28463190]].

Mit freundlichen Grüßen
[[P|Viktor Reimer]]
""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
# 4 File note: call from a care service about a housing benefit recipient moving to a nursing home
kv4 = ids.health_insurance()
DOCS.append(("word", "aktenvermerk_pflegedienst_anruf", f"""Aktenvermerk

Wohngeldstelle                                   Lebenow, 20.11.2026
Az.: [[AZ|WG-2024-00312]] – [[P|Dick, Olga]]

Anruf von Frau [[P|Nadine Voigt]], Pflegedienstleitung Oderland Pflege gGmbH ([[T|0335 6804417]]), heute 10:20 Uhr.

Inhalt:
Frau [[P|Olga Dick]] (geb. [[DOB|11.07.1944]]), bisher wohnhaft [[A|Lindenallee 19, 15328 Lebenow]], ist seit 09.11.2026 vollstationär im Seniorenzentrum „Am Oderhang“ in Seelow untergebracht. Fortgeschrittene Demenz, Pflegegrad 4 seit Oktober. Die Wohnung wird zum 31.01.2027 gekündigt.

Die Tochter, Frau [[P|Irina Baumann]], ist seit 2025 gerichtlich bestellte Betreuerin (Aufgabenkreis u. a. Vermögenssorge, Behördenangelegenheiten). Frau [[P|Voigt]] hat die Telefonnummer der Tochter durchgegeben: [[T|0173 5520981]]. Der Pflegedienst selbst ist nicht bevollmächtigt, ich habe daher keine Auskünfte zum Verfahren gegeben.

Krankenversichertennummer laut Pflegedienst (für Rückfragen Pflegekasse): [[KV|{kv4}]]

Weiteres Vorgehen:
- Wohngeld endet mit Ablauf des Monats, in dem die Wohnung nicht mehr selbst genutzt wird → Prüfung Aufhebung nach § 28 WoGG zum 30.11.2026
- Schreiben an die Betreuerin mit Bitte um Betreuerausweis und Kündigungsbestätigung
- Wiedervorlage 04.12.2026

[[P|Trautmann]]
""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
# 5 Lawyer files objection against a housing benefit notice
DOCS.append(("outlook", "widerspruch_wohngeld_anwaltspost", f"""Von: [[P|Dr. Claudia Behrendt]] <[[E|c.behrendt@oderblick-recht.de]]>
Gesendet: Donnerstag, 19. November 2026 16:48
An: {WG_MAIL}
Cc: [[P|Marcel Trautmann]] <[[E|m.trautmann@lebenow.de]]>
Betreff: Widerspruch gegen Wohngeldbescheid vom 23.10.2026 – [[P|Sultani]], Ahmad Shah – Ihr Az. [[AZ|WG-2026-00655]] – unser Az. [[AZ|412/26 CB]]

Sehr geehrte Damen und Herren,

in der Wohngeldsache unseres Mandanten

Herrn [[P|Ahmad Shah Sultani]], geb. [[DOB|01.01.1987]],
[[A|Friedensstraße 31]], [[A|15328 Lebenow]],

zeigen wir unter Vorlage der beigefügten Vollmacht an, dass wir die rechtlichen Interessen von Herrn [[P|Sultani]] vertreten.

Namens und im Auftrag unseres Mandanten legen wir gegen den Bescheid vom 23.10.2026 (Ablehnung des Wohngeldantrags vom 04.08.2026)

Widerspruch

ein. Die Begründung erfolgt gesondert nach Akteneinsicht. Wir beantragen bereits jetzt,

1. uns Akteneinsicht durch Übersendung der Verwaltungsakte in Kopie oder als PDF zu gewähren,
2. die Vollziehung bis zur Entscheidung über den Widerspruch auszusetzen, soweit Rückforderungen geltend gemacht werden.

Vorsorglich weisen wir darauf hin, dass die im Bescheid angenommenen Einkünfte aus der Tätigkeit unseres Mandanten als Küchenhilfe nicht den tatsächlich erzielten Einkünften entsprechen; ab Juli 2026 hat sich die Arbeitszeit auf 20 Wochenstunden reduziert. Entsprechende Lohnabrechnungen werden wir nachreichen.

Das Original des Widerspruchs geht Ihnen zusätzlich per beA / Post zu.

Mit freundlichen Grüßen

[[P|Dr. Claudia Behrendt]]
Rechtsanwältin
Fachanwältin für Sozialrecht

Oderblick Rechtsanwälte PartG mbB
[[N|Karl-Marx-Straße 178]] | [[N|15230 Frankfurt (Oder)]]
Tel. [[N|0335 4001 870]] | Durchwahl [[T|0335 4001 873]]
[[N|kanzlei@oderblick-recht.de]]

Anlagen: Vollmacht, Bescheid vom 23.10.2026
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 6 Standesamt record of a name adjustment declaration (Art. 47 EGBGB) for a late repatriate
idc6 = ids.id_card(check_digit=True)
DOCS.append(("word", "niederschrift_namensangleichung_art47", f"""Standesamt Lebenow
Niederschrift über die Erklärung zur Angleichung von Familiennamen und Vornamen
(Art. 47 Abs. 1 EGBGB, § 43 PStG)

Geschäftszeichen: [[AZ|StA-N 038/2026]]

Vor der Standesbeamtin erschien heute, am 24.11.2026, persönlich bekannt/ausgewiesen durch Personalausweis Nr. [[IDC|{idc6}]]:

Frau [[P|Jelena Wladimirowna Hildebrandt]], geborene [[P|Petrowa]],
geboren am [[DOB|17.08.1979]] in Karaganda (Kasachstan),
wohnhaft [[A|Oderstraße 56]], [[A|15328 Lebenow]],
deutsche Staatsangehörige,
Spätaussiedlerin (deutsche Volkszugehörige) gemäß § 4 BVFG, Bescheinigung nach § 15 BVFG des Bundesverwaltungsamtes vom 02.03.2026, Az. [[AZ|III B 5 – 6072/26]].

Die Erschienene erklärte:

1. Ich lege den Vatersnamen „Wladimirowna“ ab.
2. Ich nehme anstelle meines Vornamens „Jelena“ die deutschsprachige Form des Vornamens „Helene“ an.
3. Mein Familienname „Hildebrandt“ bleibt unverändert; mein Geburtsname soll künftig in der Form „Petrow“ geführt werden (Angleichung an die männliche Form gemäß Art. 47 Abs. 1 Satz 1 Nr. 4 EGBGB).

Künftige Namensführung:
Vorname: Helene
Familienname: Hildebrandt
Geburtsname: Petrow

Die Erschienene wurde darauf hingewiesen, dass die Erklärung unwiderruflich ist und dass sie die Berichtigung ihrer Ausweisdokumente bei der Pass- und Personalausweisbehörde selbst beantragen muss.

Vorgelesen, genehmigt und unterschrieben:

____________________________
([[P|Jelena Wladimirowna Hildebrandt]])

____________________________
[[P|Sabine Kuhnert]], Standesbeamtin

Gebühr: 80,00 EUR (bar bezahlt, Quittung Nr. 2026-1197)
""", ["ETHNICITY"]))

# ---------------------------------------------------------------------------------------------------------------
# 7 Son of a Vietnamese shop owner asks about moving the business
tnr7 = tax_bb()
vat7 = ids.vat_id()
DOCS.append(("outlook", "gewerbe_ummeldung_asiamarkt", f"""Von: [[P|Khoa Tran]] <[[E|khoa.tran.mol@gmail.com]]>
Gesendet: Freitag, 20. November 2026 21:37
An: {BS_MAIL}
Betreff: Gewerbe ummelden für meine Mutter (Asia Markt)

Hallo,

ich schreibe für meine Mutter, Frau [[P|Trần Thị Hoa]], weil ihr Deutsch für Behörde nicht so gut ist. Sie hat den Laden "Asia Markt [[P|Tran]]" seit 2011 in der [[A|Bahnhofstraße 9]], [[A|15328 Lebenow]]. Ab 1. Januar ziehen wir um in das größere Geschäft in der [[A|Frankfurter Straße 42]] (das frühere Schuhgeschäft).

Meine Fragen:
1. Reicht eine Gewerbeummeldung oder muss sie abmelden und neu anmelden?
2. Kann ich das online machen oder muss sie persönlich kommen? Sie arbeitet jeden Tag im Laden bis 19 Uhr.
3. Muss man das Finanzamt extra informieren?

Daten:
Inhaberin: [[P|Trần Thị Hoa]] (im Pass: [[P|TRAN THI HOA]]), geb. [[DOB|05.06.1971]]
Steuernummer: [[TNR|{tnr7}]] (Finanzamt Frankfurt (Oder))
USt-IdNr.: [[VAT|{vat7}]]
Tel. Laden [[T|033604 2871]], mein Handy [[T|0176 23094518]]

Ich kann auch eine Vollmacht schicken wenn nötig.

Vielen Dank und schönes Wochenende
[[P|Khoa Tran]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 8 Forwarded Finanzamt request for an address (taxpayer moved to Poland)
tid8 = ids.tax_id()
tnr8 = tax_bb()
DOCS.append(("outlook", "finanzamt_auskunftsersuchen_fwd", f"""Von: [[P|Ines Pohl]] <[[E|i.pohl@lebenow.de]]>
Gesendet: Montag, 23. November 2026 08:31
An: [[P|Kerstin Lehmann]] <[[E|k.lehmann@lebenow.de]]>
Betreff: WG: Auskunftsersuchen gem. § 93 AO – [[P|Zieliński]], Tomasz

Hallo Kerstin,

kannst Du das bitte bis Mittwoch erledigen? Soweit ich mich erinnere hat sich Herr [[P|Zieliński]] im Sommer nach Polen abgemeldet, dann bitte mit der Zuzugsadresse aus der Abmeldung antworten. Gebührenfrei, ist Amtshilfe.

Danke & Gruß
Ines

________________________________
Von: Poststelle Finanzamt Frankfurt (Oder) <[[N|poststelle.ffo@fa.brandenburg.de]]>
Gesendet: Freitag, 20. November 2026 13:02
An: {BS_MAIL}
Betreff: Auskunftsersuchen gem. § 93 AO – [[P|Zieliński]], Tomasz

Sehr geehrte Damen und Herren,

in der Steuersache

[[P|Tomasz Zieliński]]
geb. am [[DOB|28.10.1990]]
Steuernummer [[TNR|{tnr8}]]
Identifikationsnummer [[TID|{tid8}]]
letzte bekannte Anschrift: [[A|Seestraße 3, 15328 Lebenow]]

kommen Schreiben des Finanzamts mit dem Vermerk „Empfänger unbekannt verzogen“ zurück. Ich bitte um Mitteilung der aktuellen Anschrift bzw. der Anschrift, unter der der Steuerpflichtige nach Wegzug ins Ausland erreichbar ist.

Die Auskunft ist nach § 34 Abs. 1 BMG i. V. m. § 93 AO zulässig. Für eine Antwort per E-Mail an die o. g. Adresse wäre ich dankbar.

Mit freundlichen Grüßen
Im Auftrag
[[P|Reinhardt]]
Finanzamt Frankfurt (Oder), Veranlagungsbezirk 2.14
Tel. [[T|0335 560-1427]]

________________________________
Von: [[P|Kerstin Lehmann]]
Gesendet: Montag, 23. November 2026 11:15
An: [[P|Ines Pohl]]
Betreff: AW: WG: Auskunftsersuchen

Erledigt, Antwort ist raus. Abmeldung war zum 31.07.2026 nach [[A|ul. Sikorskiego 112/8]], [[A|66-400 Gorzów Wielkopolski]].
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 9 Weekly list of housing benefit approvals (table pasted into Word)
rows9 = [
    ("WG-2026-00790", "Nowak, Paweł", "Kietzer Weg 8, 15328 Lebenow", "offen – Nachweise Selbstständigkeit angefordert", "–"),
    ("WG-2026-00802", "Nguyen, Van Duc", "Bahnhofstraße 11, 15328 Lebenow", "01.11.2026–31.10.2027", "187,00"),
    ("WG-2026-00811", "Unruh, Waldemar", "Lindenallee 7, 15328 Lebenow", "01.09.2026–31.08.2027", "96,00"),
    ("WG-2026-00829", "Haidari, Gul Ahmad", "Am Wasserturm 14, 15328 Lebenow", "01.11.2026–30.04.2027", "341,00"),
    ("WG-2026-00833", "Schönfeld, Manuela", "Seestraße 17, 15328 Lebenow-Wulkow", "01.10.2026–30.09.2027", "122,00"),
    ("WG-2026-00840", "Kowalczyk-Nowak, Marta", "Kietzer Weg 8, 15328 Lebenow", "abgelehnt (Einkommen)", "–"),
]
table9 = "\n".join(f"[[AZ|{a}]]\t[[P|{n}]]\t[[A|{s.split(', ')[0]}]], [[A|{s.split(', ')[1]}]]\t{z}\t{b}"
                   for a, n, s, z, b in rows9)
DOCS.append(("word", "wohngeld_bewilligungsliste_kw47", f"""Wohngeldstelle Lebenow – Bescheidausgang KW 47/2026
(nur für den Dienstgebrauch, Weitergabe an Stadtkasse zur Zahlbarmachung)

Aktenzeichen\tName, Vorname\tAnschrift\tBewilligungszeitraum\tmtl. Betrag EUR
{table9}

Hinweis: Bei [[AZ|WG-2026-00790]] und [[AZ|WG-2026-00840]] handelt es sich um denselben Haushalt – der Antrag der Ehefrau wurde als Doppelantrag abgelehnt. Bei Bewilligung von 00790 bitte keine zweite Zahlung anlegen!

Bearbeitet: [[P|M. Trautmann]] / geprüft: [[P|D. Schulze]]
Stand: 20.11.2026
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 10 Informal mail: stolen ID card; reply from staff
idc10 = ids.id_card(check_digit=True)
DOCS.append(("outlook", "verlust_personalausweis", f"""Von: [[P|Kerstin Lehmann]] <[[E|k.lehmann@lebenow.de]]>
Gesendet: Montag, 23. November 2026 10:02
An: [[E|denis.unruh@gmx.de]]
Betreff: AW: perso weg

Guten Tag Herr [[P|Unruh]],

den Ausweis mit der Nummer [[IDC|{idc10}]] haben wir heute als gestohlen gemeldet, er ist damit gesperrt. Für den neuen Ausweis müssen Sie persönlich vorbeikommen (mit biometrischem Passbild und der Anzeigebestätigung der Polizei). Einen vorläufigen Personalausweis können wir Ihnen gleich mitgeben (10 EUR), der neue kostet 37 EUR und dauert ca. 3–4 Wochen.

Termine gibt es online, dringende Fälle nehmen wir auch Di + Do ohne Termin.

Mit freundlichen Grüßen
[[P|K. Lehmann]]
Bürgerservice Stadt Lebenow

-----Ursprüngliche Nachricht-----
Von: [[E|denis.unruh@gmx.de]]
Gesendet: Sonntag, 22. November 2026 23:14
An: {BS_MAIL}
Betreff: perso weg

hallo,

mir ist am samstag in frankfurt am bahnhof der rucksack geklaut worden mit portmonee und perso drin. hab bei der polizei anzeige gemacht, vorgangsnummer [[AZ|ED/0411387/2026]]. die ausweisnummer steht auf der kopie die ich noch hab: [[IDC|{idc10}]]

was muss ich jetzt machen? brauch den ausweis eigentlich dringend weil ich nächste woche nach polen zur arbeit muss (montage). geht auch ein vorläufiger?

[[P|denis unruh]]
[[A|birkenweg 2]], [[A|15328 lebenow]]
geb [[DOB|9.5.96]]
handy [[T|0157 34412096]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 11 Extended registration certificate for a Polish worker (religion field)
pl_id11 = pl_id_card()
DOCS.append(("word", "erweiterte_meldebescheinigung", f"""Stadt Lebenow – Meldebehörde
{RATHAUS}

Erweiterte Meldebescheinigung
(§ 18 Abs. 2 BMG)

Familienname:                 [[P|Dąbrowska]]
Geburtsname:                  [[P|Mazur]]
Vornamen:                     [[P|Agnieszka Maria]]
Geburtsdatum:                 [[DOB|30.01.1988]]
Geburtsort:                   Zielona Góra (Polen)
Geschlecht:                   weiblich
Staatsangehörigkeit(en):      polnisch
Familienstand:                verheiratet
Religionsgesellschaft:        römisch-katholisch
Ausweisdokument:              Personalausweis (Polen), Nr. [[IDC|{pl_id11}]]

Derzeitige Anschrift:
Hauptwohnung seit 01.03.2025  [[A|Kietzer Weg 15]]
                              [[A|15328 Lebenow]]

Frühere Anschrift:
bis 28.02.2025                [[A|ul. Wojska Polskiego 41/2]]
                              [[A|65-077 Zielona Góra]], Polen

Die Bescheinigung wird auf Antrag der Meldepflichtigen zur Vorlage bei der Familienkasse / Arbeitgeber ausgestellt.

Lebenow, den 24.11.2026
Im Auftrag
[[P|Lehmann]]
(Dienstsiegel)

Gebühr: 10,00 EUR
""", ["RELIGION"]))

# ---------------------------------------------------------------------------------------------------------------
# 12 Care service sends housing benefit documents for a client after a stroke
kv12 = ids.health_insurance()
DOCS.append(("outlook", "pflegedienst_wohngeldantrag_klient", f"""Von: Verwaltung Pflegedienst Sonnenblick <[[N|verwaltung@pflege-sonnenblick.de]]>
Gesendet: Dienstag, 24. November 2026 11:26
An: {WG_MAIL}
Betreff: Wohngeldantrag Herr [[P|Heinrich Penner]] - Unterlagen + Rückfrage

Sehr geehrte Damen und Herren,

wir unterstützen unseren Klienten Herrn [[P|Heinrich Penner]] ([[DOB|12.12.1946]]), [[A|Gartenweg 11]], [[A|15328 Lebenow]], beim Ausfüllen des Wohngeldantrags. Eine Vollmacht von Herrn [[P|Penner]] für unsere Mitarbeiterin Frau [[P|Svetlana Kraus]] liegt bei.

Herr [[P|Penner]] hatte im Frühjahr einen Schlaganfall, ist seitdem halbseitig gelähmt und auf den Rollstuhl angewiesen (Pflegegrad 3). Er lebt allein, die Pflege übernimmt unser Dienst 2x täglich. Die Kosten für den barrierefreien Umbau des Bades hat die Pflegekasse teilweise übernommen.

Anbei:
- Antrag (unterschrieben)
- Rentenanpassungsmitteilung 2026
- Bescheid der Pflegekasse über Pflegegrad 3 (Versichertennr. [[KV|{kv12}]])
- Mietvertrag + letzte Betriebskostenabrechnung

Frage: Werden die Zahlungen der Pflegekasse (Pflegegeld) als Einkommen angerechnet? Herr [[P|Penner]] bekommt Kombinationsleistung.

Für Rückfragen erreichen Sie Frau [[P|Kraus]] unter [[T|0335 2284 19]] (Mo–Fr 8–14 Uhr).

Freundliche Grüße
i. A. [[P|Svetlana Kraus]]
Pflegedienst Sonnenblick GmbH
[[N|Bahnhofstraße 30]], [[N|15326 Lebus]]
""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
# 13 Income documents for housing benefit; husband is a Polish sole trader; reply chain
tnr13 = tax_bb()
tid13a = ids.tax_id()
tid13b = ids.tax_id()
nip13 = pl_nip()
DOCS.append(("outlook", "wohngeld_einkommensnachweis_rueckfrage", f"""Von: [[P|Marta Kowalczyk-Nowak]] <[[E|marta.kn@onet.pl]]>
Gesendet: Dienstag, 24. November 2026 19:50
An: [[P|Trautmann, Marcel]] <[[E|m.trautmann@lebenow.de]]>
Betreff: Re: Ihr Wohngeldantrag [[AZ|WG-2026-00790]] - fehlende Nachweise

Guten Abend Herr [[P|Trautmann]],

danke fur Ihre Mail. Also wie gesagt mein Mann arbeitet selbstständig in Polen (Renovierung), er hat dort jednoosobowa działalność gospodarcza, deshalb gibt es keinen Lohnzettel. Ich schicke Ihnen:

- Steuerbescheid 2025 vom Finanzamt Frankfurt (Oder), Steuernummer [[TNR|{tnr13}]]
  (wir sind zusammen veranlagt, Steuer-ID von mir [[TID|{tid13a}]], von meinem Mann [[TID|{tid13b}]])
- polnische Steuererklärung PIT-36 2025 mit Übersetzung
- Firma von meinem Mann: „Usługi Remontowe [[P|Paweł Nowak]]“, NIP / USt: [[VAT|PL{nip13}]]

Kindergeldbescheid für [[P|Zofia]] und [[P|Kacper]] habe ich nicht mehr, ich habe bei der Familienkasse angerufen sie schicken neu. Reicht solange der Kontoauszug?

Meinen eigenen Antrag können Sie löschen, ich wusste nicht dass nur einer von uns Antrag stellen darf. Entschuldigung.

Pozdrawiam / Mit freundlichen Grüßen
[[P|Marta Kowalczyk-Nowak]]
[[T|+48 728 410 335]]

Am 23.11.2026 um 14:18 schrieb [[P|Trautmann, Marcel]] <[[E|m.trautmann@lebenow.de]]>:
> Sehr geehrte Frau [[P|Kowalczyk-Nowak]],
>
> zur Bearbeitung des Wohngeldantrags Ihres Ehemannes (Az. [[AZ|WG-2026-00790]]) fehlen noch Nachweise über das Einkommen aus der selbstständigen Tätigkeit (letzter Steuerbescheid) sowie der aktuelle Kindergeldbescheid.
>
> Mit freundlichen Grüßen
> Im Auftrag
> [[P|Marcel Trautmann]]
> Wohngeldstelle der Stadt Lebenow
> Tel. [[T|033604 471-262]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 14 Standesamt letter: registration of a German-Polish marriage, document list
pass14 = pl_passport()
idc14 = ids.id_card(check_digit=True)
DOCS.append(("word", "anmeldung_eheschliessung_unterlagen", f"""Stadt Lebenow
Standesamt
{RATHAUS}

Frau [[P|Jana Fiedler]]
Herrn [[P|Piotr Lewandowski]]
[[A|Buchenring 6]]
[[A|15328 Lebenow]]

Lebenow, 25.11.2026
Aktenzeichen: [[AZ|StA-E 061/2026]]

Anmeldung der Eheschließung – Ihre Vorsprache am 24.11.2026

Sehr geehrte Frau [[P|Fiedler]], sehr geehrter Herr [[P|Lewandowski]],

wie besprochen fasse ich Ihnen zusammen, welche Unterlagen noch fehlen. Ihren Wunschtermin (Freitag, 21.05.2027, 11:00 Uhr, Trauzimmer im Rathaus) habe ich vorgemerkt.

Für Frau [[P|Jana Fiedler]] (geb. [[DOB|07.03.1993]], Personalausweis [[IDC|{idc14}]]):
– erledigt: beglaubigter Ausdruck aus dem Geburtenregister, Aufenthaltsbescheinigung

Für Herrn [[P|Piotr Lewandowski]] (geb. [[DOB|19.11.1990]] in Kostrzyn nad Odrą, Reisepass [[PASS|{pass14}]]):
– Ehefähigkeitszeugnis (zaświadczenie o zdolności prawnej do zawarcia małżeństwa) vom Urząd Stanu Cywilnego – nicht älter als 6 Monate zum Zeitpunkt der Anmeldung
– internationale Geburtsurkunde (mehrsprachiger Auszug nach dem CIEC-Übereinkommen)
– Meldebescheinigung (liegt vor)

Da Herr [[P|Lewandowski]] nach eigenen Angaben ausreichend Deutsch versteht, ist ein Dolmetscher bei der Trauung nicht erforderlich. Sollten Sie Trauzeugen benennen wollen, benötigen wir deren Namen und Ausweiskopien spätestens zwei Wochen vor dem Termin.

Die Gebühr für die Anmeldung mit Auslandsbezug beträgt 90,00 EUR.

Mit freundlichen Grüßen
Im Auftrag

[[P|Frank Ziegler]]
Standesbeamter
Tel. [[T|033604 471-241]], {STA_MAIL}
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 15 Resident parking permit, one car with Polish plates
DOCS.append(("outlook", "anwohnerparkausweis_antrag", f"""Von: Bürgerservice Lebenow <{BS_MAIL}>
Gesendet: Mittwoch, 25. November 2026 08:55
An: [[P|Sandra Gorski]] <[[E|sandra.gorski@web.de]]>
Betreff: AW: Parkausweis Altstadt

Guten Morgen Frau [[P|Gorski]],

für Ihr Fahrzeug [[KFZ|MOL-SG 318]] können wir den Bewohnerparkausweis ausstellen (30,60 EUR/Jahr), bitte schicken Sie uns noch eine Kopie des Fahrzeugscheins (Zulassungsbescheinigung Teil I).

Für das Fahrzeug Ihres Lebensgefährten mit polnischem Kennzeichen ist das leider nicht möglich: Voraussetzung ist, dass das Fahrzeug auf eine Person zugelassen ist, die in der Zone mit Hauptwohnung gemeldet ist, bzw. ein Nachweis über die dauerhafte Nutzung (z. B. Dienstwagen). Herr [[P|Mazur]] ist bei uns nur mit Nebenwohnung gemeldet. Sofern er seinen Hauptwohnsitz nach Lebenow verlegt, muss er das Fahrzeug ohnehin innerhalb eines Jahres in Deutschland zulassen.

Mit freundlichen Grüßen
[[P|Anja Wegener]]
Bürgerservice / Straßenverkehrsangelegenheiten

-----Ursprüngliche Nachricht-----
Von: [[P|Sandra Gorski]] <[[E|sandra.gorski@web.de]]>
Gesendet: Dienstag, 24. November 2026 20:11
An: {BS_MAIL}
Betreff: Parkausweis Altstadt

Hallo,

wir wohnen seit Oktober in der [[A|Kirchgasse 5]] (Altstadt) und bekommen ständig Knöllchen, weil man hier nur 2 Std parken darf. Ich hätte gerne Anwohnerparkausweise für beide Autos:

1) mein Auto: VW Polo, [[KFZ|MOL SG 318]]
2) Auto von meinem Freund [[P|Dariusz Mazur]]: Skoda Octavia, [[KFZ|FSL 47K2C]] (polnisch)

geht das auch online zu bezahlen? mein Handy: [[T|0160 9137705]]

Danke!
[[P|Sandra Gorski]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 16 Wohngeld letter to an Afghan family: duty to cooperate, missing documents
DOCS.append(("word", "wohngeld_mitwirkung_aufforderung", f"""Stadt Lebenow · Wohngeldstelle · {RATHAUS}

Eheleute
[[P|Zahra Hosseini]] und [[P|Ali Reza Hosseini]]
[[A|Am Wasserturm 8]]
[[A|15328 Lebenow]]

Ihr Antrag auf Wohngeld (Mietzuschuss) vom 29.10.2026
Aktenzeichen: [[AZ|WG-2026-00848]]
Sachbearbeiter: Herr [[P|Schulze]], Zimmer 1.14, Tel. [[T|033604 471-261]]

Lebenow, 26.11.2026

Sehr geehrte Frau [[P|Hosseini]], sehr geehrter Herr [[P|Hosseini]],

für die Entscheidung über Ihren Antrag benötige ich noch die folgenden Unterlagen:

• Arbeitsvertrag von Herrn [[P|Hosseini]] (Lagerhelfer bei Oderland Logistik) und die Lohnabrechnungen August bis Oktober 2026
• Kontoauszüge aller Konten der letzten drei Monate
• Nachweis über das Kindergeld für [[P|Yasin]], [[P|Sahar]] und [[P|Elham]]
• Bescheid des Jobcenters, falls Sie dort einen Antrag gestellt haben
• Ihre Aufenthaltstitel (Vorder- und Rückseite)

Bitte reichen Sie die Unterlagen bis zum 17.12.2026 ein. Sie können sie auch einscannen und an {WG_MAIL} schicken (bitte das Aktenzeichen angeben).

Wenn Sie die Unterlagen nicht einreichen, kann ich den Antrag nach § 66 SGB I wegen fehlender Mitwirkung ablehnen. Wenn Sie Hilfe beim Ausfüllen brauchen, können Sie gerne mit einer Person kommen, die für Sie übersetzt (Dari/Farsi). Die Beratungsstelle des Diakonischen Werks hilft ebenfalls.

Mit freundlichen Grüßen
Im Auftrag

[[P|Dirk Schulze]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 17 Internal mail between registrars: subsequent registration of a birth in Russia
ru17 = ru_passport_internal()
ru17b = "75 " + ids.digits(7)
DOCS.append(("outlook", "nachbeurkundung_geburt_ausland_intern", f"""Von: [[P|Frank Ziegler]] <[[E|f.ziegler@lebenow.de]]>
Gesendet: Mittwoch, 25. November 2026 13:40
An: [[P|Sabine Kuhnert]] <[[E|s.kuhnert@lebenow.de]]>
Betreff: Nachbeurkundung Friesen – Schreibweise Vorname

Hallo Sabine,

kurze Frage zur Nachbeurkundung [[AZ|StA-G 198/2026]] (Antrag § 36 PStG, Familie [[P|Friesen]]):

Das Kind [[P|Evgenij Friesen]] ist am [[DOB|14.06.2009]] in Omsk geboren, Eltern [[P|Andrej Friesen]] und [[P|Natalia Friesen]] geb. [[P|Wiebe]]. Die russische Geburtsurkunde schreibt „Евгений“, im russischen Inlandspass steht (Serie/Nr. [[PASS|{ru17}]]) natürlich kyrillisch, im Auslandsreisepass [[PASS|{ru17b}]] lateinisch „EVGENII“. Die Eltern wollen „Evgenij“, so steht es auch auf der Aufnahmebescheinigung.

Transliteration nach ISO 9 wäre „Evgenij“, das passt also. Aber brauchen wir dann trotzdem die Erklärung nach Art. 47 für die Angleichung an „Eugen“? Die Mutter hat am Telefon gesagt, sie überlegt noch, ob er später Eugen heißen soll. Ich würde erstmal nach ISO 9 beurkunden und die Namenserklärung separat aufnehmen, wenn sie kommt.

Siehst Du das auch so? Die Akte liegt bei mir, Eltern kommen am Mo 30.11. um 9 Uhr.

Gruß
Frank
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 18 Professional guardian asks for registration certificate; client in psychiatric hospital
DOCS.append(("outlook", "betreuer_anfrage_meldebescheinigung", f"""Von: [[P|Ronny Kaminski]] – Berufsbetreuer <[[E|r.kaminski@betreuungsbuero-kaminski.de]]>
Gesendet: Donnerstag, 26. November 2026 09:03
An: {BS_MAIL}; {WG_MAIL}
Betreff: Betreuung [[P|Hoffmann, Steffen]] – Meldebescheinigung und Wohngeld

Sehr geehrte Damen und Herren,

ich bin durch Beschluss des Amtsgerichts Frankfurt (Oder) vom 14.10.2026 (Az. [[AZ|4 XVII 287/26]]) zum Betreuer für Herrn [[P|Steffen Hoffmann]], geb. [[DOB|22.02.1975]], bestellt worden. Aufgabenkreise: Vermögenssorge, Wohnungsangelegenheiten, Vertretung gegenüber Behörden. Den Betreuerausweis füge ich als Scan bei.

Herr [[P|Hoffmann]] befindet sich derzeit wegen einer akuten paranoiden Schizophrenie stationär im Klinikum Frankfurt (Oder), Klinik für Psychiatrie, voraussichtlich bis Mitte Januar. Die Wohnung in der [[A|Seestraße 22, 15328 Lebenow]] bleibt erhalten.

Ich bitte um:
1. eine einfache Meldebescheinigung für Herrn [[P|Hoffmann]] (für die Kontoeröffnung eines Betreuungskontos),
2. Auskunft der Wohngeldstelle, ob für Herrn [[P|Hoffmann]] ein Wohngeldbescheid besteht und bis wann er gilt. Laut seinen Unterlagen gab es einen Bescheid unter dem Az. [[AZ|WG-2025-00417]].

Die Gebühr überweise ich gern nach Rechnung.

Mit freundlichen Grüßen

[[P|Ronny Kaminski]]
Berufsbetreuer (Dipl.-Sozialarbeiter)
Betreuungsbüro [[P|Kaminski]]
[[A|Gubener Straße 12]], [[A|15230 Frankfurt (Oder)]]
Tel. [[T|0335 38729 40]] · Fax [[T|0335 38729 41]]
""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
# 19 Telephone note: dog tax deregistration
DOCS.append(("word", "telefonnotiz_hundesteuer_abmeldung", f"""Telefonnotiz                                   26.11.26, 14:35

Anrufer: Hr. [[P|Pham Van Long]] (Imbiss „Saigon“, Marktplatz)
Rückruf unter: [[T|0176 / 621 448 03]]

Anliegen: Hund (Schäferhund-Mix „Bobby“) ist im Oktober verstorben, will Hund abmelden.
Hundesteuermarke Nr. 214, Kassenzeichen [[AZ|5.3000.017624]]
Fragt ob er das Geld für Nov/Dez zurückbekommt → ja, anteilig ab Monat nach Abmeldung.

Hab gesagt: formlos schriftlich abmelden + Steuermarke zurückgeben (kann er in den Briefkasten vom Rathaus werfen). Bescheinigung vom Tierarzt nicht nötig.
Seine Frau [[P|Thu]] spricht besser Deutsch, ggf. die anrufen: [[T|0152 0934 7718]]

→ weiter an Steueramt, Fr. [[P|Grabowski]]

[[P|Wegener]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 20 Volunteer writes about an Afghan family (Hazara, Shia); asks about housing benefit and birth registration
DOCS.append(("outlook", "ehrenamt_unterstuetzung_familie_haidari", f"""Von: [[P|Gisela Brandt]] <[[E|gisela.brandt@posteo.de]]>
Gesendet: Donnerstag, 26. November 2026 18:22
An: {WG_MAIL}
Cc: {STA_MAIL}
Betreff: Familie Haidari, Am Wasserturm 14 – Wohngeld und Geburt

Sehr geehrter Herr [[P|Schulze]],
sehr geehrte Frau [[P|Kuhnert]],

ich begleite ehrenamtlich (Willkommensinitiative Lebenow e. V.) die Familie [[P|Haidari]], [[A|Am Wasserturm 14]], [[A|15328 Lebenow]]. Herr [[P|Gul Ahmad Haidari]] hat bei Ihnen Wohngeld bekommen (Az. [[AZ|WG-2026-00829]]), vielen Dank für die schnelle Bearbeitung!

Zwei Fragen, die ich der Familie nicht sicher beantworten konnte:

1) Frau [[P|Masooma Haidari]] erwartet im Februar das vierte Kind. Muss sie dann einen neuen Wohngeldantrag stellen oder reicht eine Mitteilung? Das Haushaltseinkommen ändert sich ja nicht, aber die Zahl der Personen.

2) Für die Geburtsurkunde: Die Familie hat keine Heiratsurkunde, weil die Ehe 2015 nur religiös vor einem schiitischen Geistlichen in Ghazni geschlossen wurde. Eine staatliche Registrierung war für Hazara in ihrem Distrikt damals praktisch nicht möglich. Was kann die Familie stattdessen vorlegen? Es gibt ein Schreiben der Moschee und die Tazkiras beider Eltern.

Frau [[P|Haidari]] ist unter [[T|0162 8840 317]] erreichbar (nur Dari, besser über mich: [[T|0171 4426 509]]).

Herzliche Grüße
[[P|Gisela Brandt]]
""", ["ETHNICITY", "RELIGION"]))

# ---------------------------------------------------------------------------------------------------------------
# 21 Power of attorney (typed in Word by the citizen) for collecting certificates
idc21a = ids.id_card(check_digit=True)
idc21b = ids.id_card(check_digit=True)
DOCS.append(("word", "vollmacht_urkundenabholung", f"""[[P|Lydia Reimer]]
[[A|Gartenweg 4]]
[[A|15328 Lebenow]]

An das Standesamt Lebenow

Vollmacht

Hiermit bevollmächtige ich, [[P|Lydia Reimer]], geb. [[P|Friesen]], geboren am [[DOB|21.09.1960]],
Personalausweisnummer [[IDC|{idc21a}]],

meine Tochter

[[P|Natalja Weber]], geb. [[P|Reimer]], geboren am [[DOB|04.05.1983]],
wohnhaft [[A|Rosa-Luxemburg-Str. 27]], [[A|15234 Frankfurt (Oder)]],
Personalausweisnummer [[IDC|{idc21b}]],

für mich beim Standesamt Lebenow eine beglaubigte Abschrift aus dem Eheregister und zwei Geburtsurkunden (Registernummer [[AZ|G 112/1996]]) zu beantragen und abzuholen und die Gebühren zu bezahlen.

Ich kann wegen Krankheit nicht selbst kommen.

Lebenow, den 26.11.2026

____________________
[[P|Lydia Reimer]]

(Kopie meines Ausweises liegt bei)
""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
# 22 Certificate order by e-mail including credit card data; staff answers
cc22 = ids.credit_card("4", 16)
DOCS.append(("outlook", "urkundenbestellung_kreditkarte", f"""Von: Standesamt Lebenow <{STA_MAIL}>
Gesendet: Freitag, 27. November 2026 10:14
An: [[P|Alexander Dück]] <[[E|alex.dueck@outlook.de]]>
Betreff: AW: Geburtsurkunde bestellen

Sehr geehrter Herr [[P|Dück]],

Ihre Bestellung (2 Geburtsurkunden, davon 1 mehrsprachig) ist eingegangen, Kassenzeichen [[AZ|5.1200.044918]].

Bitte senden Sie uns keine Kreditkartendaten per E-Mail. Wir haben Ihre Nachricht mit den Kartendaten gelöscht; die Karte wurde nicht belastet. Eine Kartenzahlung ist bei uns nur vor Ort oder über das Online-Bestellportal möglich. Alternativ überweisen Sie bitte 24,00 EUR an die Stadtkasse Lebenow, IBAN [[N|{group(mod97_iban("DE", "170540403801000017"), 4)}]], Verwendungszweck: Kassenzeichen.

Nach Zahlungseingang schicken wir die Urkunden an Ihre Anschrift in Landshut.

Mit freundlichen Grüßen
Im Auftrag
[[P|Frank Ziegler]]
Standesamt Lebenow

-----Ursprüngliche Nachricht-----
Von: [[P|Alexander Dück]] <[[E|alex.dueck@outlook.de]]>
Gesendet: Donnerstag, 26. November 2026 22:47
An: {STA_MAIL}
Betreff: Geburtsurkunde bestellen

Guten Tag,

ich bräuchte 2x meine Geburtsurkunde (einmal international für Visum USA). Ich bin 1998 in Lebenow geboren, bin aber 2019 weggezogen.

[[P|Alexander Dück]], geb. [[DOB|16.07.1998]] in Lebenow
Eltern: [[P|Jakob Dück]] und [[P|Maria Dück]] geb. [[P|Janzen]]
Aktuelle Adresse: [[A|Seligenthaler Str. 51]], [[A|84034 Landshut]]

Bezahlen würde ich gern mit Kreditkarte:
Visa [[CC|{group(cc22, 4)}]], gültig bis 08/29, Inhaber [[P|Alexander Dueck]]

Falls das nicht geht sagen Sie mir bitte wie sonst.
Danke und Gruß
[[P|Alex Dück]]
[[T|0171 2093344]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 23 Funeral home registers a death (Sterbefallanzeige typed in Word)
ssn23 = ids.social_security("250239", "J")
DOCS.append(("word", "sterbefallanzeige_bestatter", f"""Bestattungshaus [[P|Krüger]] · Inh. [[P|Matthias Krüger]]
[[N|Lindenallee 2]] · [[N|15328 Lebenow]] · Tel. [[N|033604 2290]] (Tag und Nacht)

An das Standesamt Lebenow
– per Boten –

Anzeige eines Sterbefalls

Verstorbene:            [[P|Erna Giesbrecht]]
Geburtsname:            [[P|Janzen]]
geboren am:             [[DOB|25.02.1939]] in Orenburg (Russland)
verstorben am:          23.11.2026, 04:10 Uhr
Sterbeort:              [[A|Lindenallee 19]], [[A|15328 Lebenow]] (Seniorenwohnen, eigene Wohnung)
letzter Wohnsitz:       ebenda
Familienstand:          verwitwet (Ehemann [[P|Kornelius Giesbrecht]], verst. 2011 in Lebenow)
Staatsangehörigkeit:    deutsch
Rentenvers.-Nr.:        [[SSN|{ssn23}]]

Anzeigender / Auftraggeber der Bestattung:
Sohn [[P|Peter Giesbrecht]], [[A|Am Mühlenfließ 3]], [[A|15328 Lebenow-Wulkow]], Tel. [[T|0174 9917 202]]

Beigefügt: Todesbescheinigung (nichtvertraulicher Teil), Geburtsurkunde, Sterbeurkunde des Ehemannes, Personalausweis der Verstorbenen.

Wir bitten um 4 Sterbeurkunden (Rente, Krankenkasse, Bank, Versicherung). Die Gebühren übernehmen wir und rechnen mit den Angehörigen ab.

Lebenow, 24.11.2026
[[P|M. Krüger]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 24 Internal staff mail: shift swap because of a union training
DOCS.append(("outlook", "intern_schaltertausch", f"""Von: [[P|Anja Wegener]] <[[E|a.wegener@lebenow.de]]>
Gesendet: Freitag, 27. November 2026 07:51
An: [[P|Kerstin Lehmann]] <[[E|k.lehmann@lebenow.de]]>
Betreff: Do 3.12. Schalter tauschen?

Morgen Kerstin,

kannst Du am Donnerstag 3.12. meinen Spätdienst am Schalter übernehmen (13–18 Uhr)? Ich bin den ganzen Tag auf der ver.di-Schulung für Vertrauensleute in Potsdam, hab das total verpeilt beim Dienstplan. Ich würde dafür Deinen Freitag 11.12. nehmen.

Ines weiß Bescheid, die Dienstbefreiung ist schon genehmigt.

Falls was ist, ich bin Do über Handy erreichbar: [[T|0151 40782216]]

LG Anja
""", ["UNION"]))

# ---------------------------------------------------------------------------------------------------------------
# 25 Housing benefit continuation: Polish worker, Polish bank account
ssn25 = ids.social_security("110387", "K")
kv25 = ids.health_insurance()
iban25 = pl_iban()
DOCS.append(("outlook", "wohngeld_weiterleistungsantrag", f"""Von: [[P|Sebastian Kamiński]] <[[E|seba.kaminski87@interia.pl]]>
Gesendet: Freitag, 27. November 2026 17:33
An: {WG_MAIL}
Betreff: Weiterleistungsantrag Wohngeld [[AZ|WG-2025-00689]]

Guten Tag,

unser Wohngeld läuft Ende Dezember aus, deshalb schicke ich den Weiterleistungsantrag (unterschrieben, im Anhang). Änderungen:
- meine Frau [[P|Katarzyna Kamińska]] arbeitet seit 01.09. 15 Std/Woche im Edeka Lebenow (Minijob war vorher)
- unsere Tochter [[P|Lena]] ist ab Oktober in Ausbildung in Frankfurt (Oder), wohnt aber weiter bei uns

Meine Daten wie immer:
[[P|Sebastian Kamiński]], geb. [[DOB|11.03.1987]]
[[A|Buchenring 14]]
[[A|15328 Lebenow]]
SV-Nummer: [[SSN|{ssn25}]]
Krankenkasse AOK Nordost, Vers.-Nr. [[KV|{kv25}]]

Bitte Wohngeld weiter auf das Konto bei PKO BP (Słubice):
[[IBAN|{group(iban25, 4)}]]
BIC BPKOPLPW
Kontoinhaber: [[P|Sebastian Kamiński]]

Die Lohnabrechnungen von September bis November von uns beiden sind auch im Anhang (6 Dateien).

Mit freundlichen Grüßen
[[P|Sebastian Kamiński]]
Tel. [[T|0157 55102834]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 26 Internal note: data matching with the pension insurance (§ 33 WoGG), table
rows26 = [
    ("WG-2025-00512", "Unger, Reinhold", "070551", "U", "07.05.1951", "Rente nicht angegeben (Witwerrente ab 04/2026)"),
    ("WG-2026-00102", "Schmidt, Irina", "190272", "B", "19.02.1972", "Minijob bei zweitem Arbeitgeber"),
    ("WG-2025-00644", "Nguyen, Thi Lan", "020985", "N", "02.09.1985", "keine Abweichung nach Prüfung"),
    ("WG-2026-00233", "Wolff, Dennis", "300693", "W", "30.06.1993", "Beschäftigung 03–06/2026 nicht gemeldet"),
]
lines26 = []
for az, name, d, letter, dob, note in rows26:
    rv = ids.social_security(d, letter)
    lines26.append(f"[[AZ|{az}]] | [[P|{name}]] | [[SSN|{rv[:2]} {rv[2:8]} {rv[8]} {rv[9:]}]] | [[DOB|{dob}]] | {note}")
table26 = "\n".join(lines26)
DOCS.append(("word", "vermerk_datenabgleich_wohngeld", f"""Vermerk

Betreff: Automatisierter Datenabgleich nach § 33 WoGG – Rückmeldung DRV / Minijob-Zentrale, 2. Halbjahr 2026
Bearbeiter: [[P|Schulze]], Wohngeldstelle
Datum: 27.11.2026

Vom Landesamt wurden am 16.11.2026 insgesamt 11 Treffer übermittelt. Nach Abgleich mit den Akten verbleiben 4 Fälle, die näher zu prüfen sind:

Az. | Name | RV-Nummer | Geburtsdatum | Ergebnis / weiteres Vorgehen
{table26}

Die übrigen 7 Treffer betreffen Einkünfte, die bereits im Bescheid berücksichtigt sind (Aufstellung im Sammelordner).

Weiteres Vorgehen:
– Anhörung nach § 24 SGB X in den Fällen [[P|Unger]] und [[P|Wolff]] (Entwurf liegt bei)
– Fall [[P|Schmidt]]: Rückfrage beim Arbeitgeber, ggf. Neuberechnung ab 01.05.2026
– Wiedervorlage 15.01.2027

gez. [[P|Schulze]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 27 Jobcenter forwards information about an Afghan family moving into a flat
DOCS.append(("outlook", "jobcenter_info_wohnungsbezug_fwd", f"""Von: [[P|Dirk Schulze]] <[[E|d.schulze@lebenow.de]]>
Gesendet: Montag, 30. November 2026 08:12
An: [[P|Kerstin Lehmann]] <[[E|k.lehmann@lebenow.de]]>
Betreff: WG: Familie Noori – Umzug aus GU

Kerstin, zur Info für Euch – die Familie kommt wohl diese Woche zur Ummeldung. Wohngeld ist erstmal kein Thema, die sind im SGB II.
Dirk

-----Ursprüngliche Nachricht-----
Von: [[P|Juliane Reichelt]] <[[E|Juliane.Reichelt@jobcenter-ge.de]]>
Gesendet: Freitag, 27. November 2026 15:40
An: [[P|Dirk Schulze]] <[[E|d.schulze@lebenow.de]]>
Betreff: Familie Noori – Umzug aus GU

Hallo Herr [[P|Schulze]],

wie telefonisch besprochen: Die Bedarfsgemeinschaft [[P|Noori]] (BG-Nummer [[AZ|03804//0017731]]) zieht zum 01.12.2026 aus der Gemeinschaftsunterkunft Seelow in die Wohnung [[A|Friedensstraße 29, 2. OG rechts]], [[A|15328 Lebenow]]. Die Mietübernahme ist bewilligt, ein Wohngeldantrag ist daher nicht erforderlich.

Haushalt:
- [[P|Abdul Wahid Noori]], geb. [[DOB|01.01.1982]]
- [[P|Shabnam Noori]], geb. [[DOB|15.03.1989]]
- [[P|Omid Noori]], geb. [[DOB|09.08.2012]]
- [[P|Nilofar Noori]], geb. [[DOB|22.12.2016]]

Herr [[P|Noori]] hat einen afghanischen Pass (Nr. [[PASS|P{ids.digits(8)}]]), bei den Kindern liegen nur Tazkiras vor. Die Ausländerbehörde MOL ist informiert.

Könnten Sie bitte den Kolleginnen im Bürgerservice Bescheid geben, dass die Familie eine Wohnungsgeberbestätigung der Wohnungsbaugesellschaft mitbringt? Frau [[P|Noori]] spricht etwas Deutsch, Herr [[P|Noori]] nur Dari.

Mit freundlichen Grüßen
[[P|Juliane Reichelt]]
Jobcenter Märkisch-Oderland, Standort Seelow
Team 310 – Leistungen
Tel.: [[T|03346 8429-318]]
Servicecenter: [[N|03346 8429-0]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 28 Standesamt letter confirming a step-child naming (Einbenennung)
DOCS.append(("word", "einbenennung_bestaetigung", f"""Standesamt Lebenow
{RATHAUS}

Frau [[P|Trần Thị Thu]]
Herrn [[P|Maik Schröder]]
[[A|Lindenallee 33]]
[[A|15328 Lebenow]]

Ihr Zeichen: –
Unser Zeichen: [[AZ|StA-N 041/2026]]
Datum: 27.11.2026

Einbenennung des Kindes [[P|Linh Anh Tran]], geb. am [[DOB|03.09.2016]]
Geburtenregister Lebenow Nr. [[AZ|G 87/2016]]

Sehr geehrte Frau [[P|Trần]], sehr geehrter Herr [[P|Schröder]],

die von Ihnen am 26.11.2026 abgegebenen Erklärungen zur Einbenennung (§ 1618 BGB) wurden öffentlich beglaubigt. Die Einwilligung des Kindes (ab Vollendung des 5. Lebensjahres erforderlich) liegt vor; [[P|Linh Anh]] wurde bei der Vorsprache in Ihrer Anwesenheit angehört.

Die Einwilligung des leiblichen Vaters, Herrn [[P|Nguyen Quang Vinh]], ist erforderlich, da ihm die elterliche Sorge gemeinsam mit der Mutter zusteht bzw. das Kind seinen Namen führt. Er hat nach Ihren Angaben seinen Wohnsitz in Hanoi. Die Einwilligung muss öffentlich beglaubigt werden, z. B. bei der Deutschen Botschaft in Hanoi, und im Original an uns gesandt werden. Alternativ kann das Familiengericht die Einwilligung ersetzen.

Nach Eingang wird der Name des Kindes im Geburtenregister fortgeführt. Das Kind führt dann den Familiennamen „Schröder“; der Vorname bleibt „Linh Anh“.

Gebühren: Beglaubigung 2 × 20,00 EUR, Fortführung 15,00 EUR.

Mit freundlichen Grüßen
Im Auftrag
[[P|Kuhnert]]
Standesbeamtin
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 29 Informal mail with typos: registration certificate for double housekeeping (tax)
tid29 = ids.tax_id()
tnr29 = ids.tax_number_federal_nrw()
DOCS.append(("outlook", "meldebescheinigung_doppelte_haushaltsfuehrung", f"""Von: [[P|Jens Brückner]] <[[E|jens.brueckner@gmx.net]]>
Gesendet: Sonntag, 29. November 2026 20:58
An: {BS_MAIL}
Betreff: Meldebescheinigung fürs Finanzamt

Hallo liebes Bürgerbüro,

ich bräuchte eine Meldebescheinigung über meine Nebenwohnung in Lebenow, das Finanzamt Bochum-Mitte will das für die doppelte Haushaltsführung (Steuererklärung 2025) sehen, habe da Post bekomen. Ich wohne mit Frau und Kind in Bochum und arbeite seit März 2025 als Bauleiter beim Netzausbau hier in der Region.

Meine Daten:
Name: [[P|Jens Brückner]]
geb. am [[DOB|27.06.1979]]
Nebenwohnung: [[A|Fischerstraße 7]], [[A|15328 Lebenow]] (seit 15.03.2025)
Hauptwohnung: [[A|Castroper Str. 204]], [[A|44791 Bochum]]
Steuernr. laut Schreiben vom FA: [[TNR|{tnr29}]]
Steuer-Id [[TID|{group(tid29, 2)}]]

Kann man die per Post schicken und ich überweise die Gebühr? Ich bin unter der woche immer auf Baustelle und Freitag fahr ich früh heim. Sonst Rückruf gerne unter [[T|0172-8830164]].

Danke + Gruß
[[P|Jens Brückner]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 30 Minutes of the department meeting (staff health, election candidacy)
DOCS.append(("word", "protokoll_dienstberatung_fb_buergerdienste", f"""Protokoll der Dienstberatung Fachbereich Bürgerdienste
Datum: 30.11.2026, 9:00–10:15 Uhr, Beratungsraum 2.03
Leitung: [[P|Ines Pohl]]
Teilnehmende: [[P|K. Lehmann]], [[P|A. Wegener]], [[P|S. Kuhnert]], [[P|F. Ziegler]], [[P|D. Schulze]]
Entschuldigt: [[P|M. Trautmann]]
Protokoll: [[P|A. Wegener]]

TOP 1 Personal
– Herr [[P|Trautmann]] ist nach seiner Bandscheiben-OP bis einschließlich 04.12. krankgeschrieben, anschließend stufenweise Wiedereingliederung (4 Std./Tag). Vertretung Wohngeld: Herr [[P|Schulze]], Rückstände werden nach Eingangsdatum abgearbeitet.
– Die Stelle Sachbearbeitung Meldewesen (Nachfolge Frau [[P|Grabowski]], wechselt zum Steueramt) ist ausgeschrieben, Bewerbungsfrist 18.12.

TOP 2 Wahlen 2027 / Wahlvorstände
– Frau [[P|Kuhnert]] kandidiert auf der Liste der Wählergruppe „Bürger für Lebenow“ für die Stadtverordnetenversammlung und kann daher nicht Wahlvorsteherin im Wahlbezirk 3 sein. Ersatz: Herr [[P|Ziegler]].
– Schulung der Wahlvorstände am 12.01.2027.

TOP 3 Standesamt
– Anstieg der Nachbeurkundungen von Auslandsgeburten (Spätaussiedler, Geflüchtete); Frau [[P|Kuhnert]] regt an, für Dari/Paschtu einen festen Dolmetscherpool über den Landkreis zu nutzen.
– Trauzimmer: Terminvergabe 2027 ab 04.01. online.

TOP 4 Bürgerservice / Wohngeld
– Zahl der Wohngeldanträge seit Jahresbeginn +23 %. Widerspruch [[P|Sultani]] (Az. [[AZ|WG-2026-00655]]) liegt zur Stellungnahme beim Rechtsamt, Akteneinsicht an RAin [[P|Dr. Behrendt]] ist erfolgt.
– Bürgertelefon: Anrufe bitte weiter über die Zentrale {ZENTRALE} laufen lassen, nicht die Durchwahlen auf die Homepage setzen.
– Terminbuchung online: Störung am 25.11. ist behoben.

Nächste Dienstberatung: 14.12.2026

f. d. R. [[P|Wegener]]
""", ["HEALTH", "POLITICS"]))

assert len(DOCS) == 30
out = os.path.join(HERE, "fresh74.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for i, (channel, template, text, flags) in enumerate(DOCS, 1):
        doc = build(f"F74-{i:03d}", channel, template, text, flags)
        f.write(json.dumps(doc, ensure_ascii=False) + "\n")
