#!/usr/bin/env python3
"""Blind test batch 127: invented correspondence of a Saxon city's building supervision and monument protection
office (Bauaufsicht / Untere Denkmalschutzbehörde, Bautzen). All persons, numbers and most addresses are invented.

Writes fresh127.jsonl next to this file: 30 documents F127-001 ... F127-030 (15 outlook, 15 word).
Every random value comes from the seeded generator Identifiers(12727).rng, so two runs give identical bytes.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from identifiers import Identifiers, group, mod97_iban, mod11_10_check, icao_check, luhn_check  # noqa: E402
from marks import build  # noqa: E402

ids = Identifiers(12727)
rng = ids.rng


# ---------------------------------------------------------------- identifiers (all drawn from ids / ids.rng)

def pl_id_card():
    """Polish identity card (dowód osobisty): 3 letters, check digit, 5 digits; weights 7,3,1,9,7,3,1,7,3."""
    letters = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(3))
    tail = ids.digits(5)
    weights = (7, 3, 1, 7, 3, 1, 7, 3)
    values = [ord(c) - 55 for c in letters] + [int(c) for c in tail]
    check = sum(v * w for v, w in zip(values, weights)) % 10
    return f"{letters}{check}{tail}"


def at_svnr(ddmmyy):
    """Austrian social insurance number: 3-digit serial, check digit, birth date DDMMYY (mod 11, 10 not used)."""
    while True:
        serial = ids.digits(3, first_nonzero=True)
        digits = [int(c) for c in serial + ddmmyy]
        weights = (3, 7, 9, 5, 8, 4, 2, 1, 6)
        check = sum(d * w for d, w in zip(digits, weights)) % 11
        if check != 10:
            return f"{serial}{check} {ddmmyy}"


def spaced_ssn(value):
    return f"{value[:2]} {value[2:8]} {value[8]} {value[9:]}"


def tax_number_saxony():
    # Sachsen: FFF/BBB/UUUUP, Finanzamt Bautzen 207 (layout only)
    return f"207/{ids.digits(3)}/{ids.digits(5)}"


CITY_IBAN = group(ids.iban_de(), 4)                       # Stadtkasse (neutral)
NL_IBAN = group(mod97_iban("NL", "INGB" + ids.digits(10)), 4)
GB_IBAN = group(mod97_iban("GB", "NWBK" + ids.digits(14)), 4)
DE_IBAN_ASHWORTH = group(ids.iban_de(), 4)
DE_IBAN_REHN = ids.iban_de()
AT_IBAN = group(ids.iban("AT", 16), 4)
SPREETAL_VAT = ids.vat_id()                                # GmbH (neutral)
VAT_SCHUSTER = ids.vat_id()
VAT_POHL = ids.vat_id()
VAT_SADOWSKA = ids.vat_id()
VAT_MENDE = ids.vat_id()
TID_PICHLER = ids.tax_id()
TID_M_REHN = ids.tax_id()
TID_K_REHN = ids.tax_id()
TNR_PICHLER = tax_number_saxony()
TNR_PICHLER_AT = f"68 {ids.digits(3)}/{ids.digits(4)}"
TNR_REHN = tax_number_saxony()
SVNR_PICHLER = at_svnr("190968")
PL_ID_1 = pl_id_card()
PL_ID_2 = pl_id_card()
IDC_GRAEFE = ids.id_card(check_digit=True)
IDC_HADDAD = ids.id_card(check_digit=False)
UA_PASS = rng.choice(["FA", "FE", "FT", "FU", "GA"]) + ids.digits(6)
US_PASS_DANIEL = "A" + ids.digits(8)
US_PASS_REBECCA = ids.digits(9, first_nonzero=True)
SSN_GRAEFE = spaced_ssn(ids.social_security("140788", "G"))
SSN_MARCHENKO = ids.social_security("300679", "M")
KV_KARIM = ids.health_insurance()
CC_REBECCA = group(ids.credit_card("4", 16), 4)

# the office's own public data: neutral
OFFICE_STREET = "[[N|Fleischmarkt 1]]"
OFFICE_CITY = "[[N|02625 Bautzen]]"
OFFICE_MAIL = "[[N|bauaufsicht@bautzen.de]]"
OFFICE_DENKMAL_MAIL = "[[N|denkmalschutz@bautzen.de]]"
OFFICE_PHONE = "[[N|03591 534-0]]"

docs = []


def add(channel, template, text, flags=()):
    n = len(docs) + 1
    docs.append(build(f"F127-{n:03d}", channel, template, text.strip("\n"), sorted(flags)))


# ---------------------------------------------------------------- F127-001 Dutch buyers, first mail
add("outlook", "mail_anfrage_denkmal_fenster", f"""
Von: [[P|Pieter van der Linden]] <[[E|p.vanderlinden@ziggo.nl]]>
Gesendet: Dienstag, 4. März 2025 21:14
An: {OFFICE_MAIL}
Betreff: Fenster [[A|Reichenstraße 9]] - need permit?

Guten Tag,

mein Name ist [[P|Pieter van der Linden]]. Meine Frau [[P|Anneke]] und ich haben im Januar das Haus [[A|Reichenstraße 9]], [[A|02625 Bautzen]] gekauft. Sorry, mein Deutsch ist nicht so gut, ich schreibe teilweise in English.

Die alte Fenster im Erdgeschoss und 1. Etage sind sehr kaputt, the wood is rotten and in winter it was really cold inside. We would like to replace them with new wooden windows (Holzfenster, Doppelverglasung) before the next winter. Der Notar, Herr [[P|Gebhardt]], hat gesagt das Haus ist ein "Kulturdenkmal". Brauchen wir eine Genehmigung? And how long does it take - weeks or months?

Unser Schreiner in Nederland kann auch die Fenster bauen, ist das erlaubt oder muss es eine Firma aus Deutschland sein?

Wenn es eine Gebühr gibt, wir können bezahlen von unserem Konto in Holland: [[IBAN|{NL_IBAN}]] (ING, op naam van [[P|P. van der Linden]] en [[P|A. van der Linden]]).

Wir wohnen noch meistens in [[A|Oudegracht 211]], [[A|3511 NB Utrecht]]. Sie können mich anrufen unter [[T|+31 6 41279308]], oder [[P|Anneke]] unter [[T|+31 6 28501477]] (she speaks better German than me!).

Met vriendelijke groet / Mit freundlichen Grüßen
[[P|Pieter van der Linden]]
""")

# ---------------------------------------------------------------- F127-002 reply letter, monument authority
add("word", "brief_denkmal_hinweise", f"""
Stadtverwaltung Bautzen
Fachbereich Bauaufsicht und Denkmalschutz · Untere Denkmalschutzbehörde
{OFFICE_STREET} · {OFFICE_CITY}

Herrn [[P|Pieter van der Linden]]
Frau [[P|Anneke van der Linden]]
[[A|Oudegracht 211]]
[[A|3511 NB Utrecht]]
NIEDERLANDE

Ihre Nachricht vom: 04.03.2025
Unser Zeichen: [[AZ|UD-2025-0193]]
Bearbeiterin: Dr. [[P|Milena Krawcec]]
Telefon: [[T|03591 534-417]]
E-Mail: [[E|milena.krawcec@bautzen.de]]
Datum: 12.03.2025

Kulturdenkmal [[A|Reichenstraße 9]], Flurstück 1187/3 der Gemarkung Bautzen
Austausch der Fenster – Hinweise zum Genehmigungsverfahren

Sehr geehrter Herr [[P|van der Linden]], sehr geehrte Frau [[P|van der Linden]],

vielen Dank für Ihre E-Mail. Das Wohn- und Geschäftshaus [[A|Reichenstraße 9]] ist als Kulturdenkmal nach § 2 des Sächsischen Denkmalschutzgesetzes (SächsDSchG) erfasst. Der Austausch von Fenstern bedarf daher einer denkmalschutzrechtlichen Genehmigung nach § 12 SächsDSchG, auch wenn baurechtlich keine Genehmigung erforderlich ist.

Für den Antrag benötigen wir:
1. Fotos aller betroffenen Fenster (außen und innen),
2. eine kurze Bestandsaufnahme (Zustand, Material, Teilung, Beschläge),
3. Ansichtszeichnungen der neuen Fenster im Maßstab 1:10 mit Profilschnitten,
4. Angaben zu Verglasung und Farbgebung.

Die Ausführung durch einen Tischler aus den Niederlanden ist selbstverständlich möglich; entscheidend ist, dass die Fenster den genehmigten Plänen entsprechen. Bei Gründerzeitbauten stimmen wir in der Regel Holzfenster mit schlanker Isolierverglasung und glasteilenden Sprossen zu, sofern die historische Teilung erhalten bleibt.

Die Bearbeitungsdauer beträgt vier bis sechs Wochen ab Vollständigkeit der Unterlagen. Für eine Beratung vor Ort wenden Sie sich bitte an unseren Bauaufseher, Herrn [[P|Ronny Kaltofen]], Telefon [[T|03591 534-433]]. Herr [[P|Kaltofen]] ist dienstags und donnerstags im Außendienst in der Altstadt.

Eine kurze Zusammenfassung in englischer Sprache liegt bei (a short summary in English is enclosed).

Mit freundlichen Grüßen
Im Auftrag

Dr. [[P|Milena Krawcec]]
Denkmalpflegerin

Zentrale: {OFFICE_PHONE} · {OFFICE_MAIL} · Sprechzeiten Di 9–12 und 13–18 Uhr
""")

# ---------------------------------------------------------------- F127-003 forwarded chain architect / engineer
add("outlook", "mail_weiterleitung_statik", f"""
Von: [[P|Susann Bergmann-Rietschel]] <[[E|s.bergmann-rietschel@werkraum-architekten.de]]>
Gesendet: Dienstag, 18. März 2025 08:02
An: [[P|Zschiesche, Katrin]] <[[E|k.zschiesche@bautzen.de]]>
Cc: [[P|Oliver Ashworth]] <[[E|oliver.ashworth@btinternet.com]]>
Betreff: WG: Villa [[A|Goschwitzstraße 31]] – Dachstuhl / Holzschutz

Liebe Frau [[P|Zschiesche]],

zu unserem Bauantrag (Ihr Az. [[AZ|BA-0417/25]]) leite ich Ihnen die Einschätzung von Herrn Dr. [[P|Seidel]] weiter. Kurz: Im Dachstuhl ist Echter Hausschwamm, die Fußpfette auf der Nordseite und etwa zwölf Sparrenfüße müssen ersetzt bzw. angeschuht werden. Wir würden den Antrag um diese Ertüchtigung ergänzen und die geänderten Pläne bis Ende nächster Woche nachreichen. Die Bauherren, Herr [[P|Ashworth]] und Herr [[P|Whitcombe]], sind informiert und einverstanden.

Frage an Sie: Genügt eine Tektur, oder möchten Sie einen neuen Antrag? Die Schwammsanierung sollte eigentlich nicht bis zur Genehmigung warten.

Beste Grüße
[[P|Susann Bergmann-Rietschel]]

Dipl.-Ing. Architektin
werkraum architekten PartGmbB
[[N|Schülerstraße 12]] · [[N|02625 Bautzen]]
Tel. [[N|03591 27456-0]] · mobil [[T|0172 3849016]]

-----Ursprüngliche Nachricht-----
Von: [[P|Wolfram Seidel]] <[[E|w.seidel@tragwerk-lausitz.de]]>
Gesendet: Montag, 17. März 2025 17:45
An: [[P|Susann Bergmann-Rietschel]]
Betreff: Villa [[A|Goschwitzstraße 31]] – Dachstuhl

Hallo [[P|Susann]],

wie am Telefon besprochen: Bei der Begehung am Freitag (mit Herrn [[P|Ashworth]] und seinem Zimmermann, Herrn [[P|Pohl]]) haben wir an der Nordtraufe Fruchtkörper und Myzel des Echten Hausschwamms gefunden. Die Bohrwiderstandsmessungen an der Fußpfette zeigen Restquerschnitte unter 50 %. Ich empfehle:
- Rückbau der befallenen Hölzer plus 1,5 m Sicherheitszone,
- Anschuhen der Sparren mit Laschen aus BSH,
- Ersatz der Fußpfette Achse A–D,
- Schwammsanierung des Mauerwerks durch einen Fachbetrieb.

Die statische Berechnung liefere ich bis KW 14. Bei den Kosten rechne ich mit 25–30 T€, das sollten die Eigentümer wissen.

Gruß
[[P|Wolfram]]

--
Dr.-Ing. [[P|Wolfram Seidel]]
Tragwerk Lausitz Ingenieurgesellschaft mbH
[[N|Wallstraße 5]], [[N|02625 Bautzen]]
Direkt: [[T|03591 60182-13]]
""")

# ---------------------------------------------------------------- F127-004 British owner, English mail
add("outlook", "mail_englisch_gebuehr_pv", f"""
From: [[P|Oliver Ashworth]] <[[E|oliver.ashworth@btinternet.com]]>
Sent: 24 March 2025 19:37
To: [[P|Katrin Zschiesche]] <[[E|k.zschiesche@bautzen.de]]>
Subject: Re: [[A|Goschwitzstraße 31]] – Gebühr / fee & solar panels

Dear Ms [[P|Zschiesche]],

thank you for your letter of 20 March (your ref. [[AZ|BA-0417/25]]). Please excuse me for writing in English – my German is good enough for the builders, but not for the Bauordnung!

Two things:

1) Fee: we paid the advance (Vorschuss) of 1.250 EUR twice by mistake – once from my account and once from my husband's. [[P|James]] is mortified. Could you please refund one payment to our UK joint account: IBAN [[IBAN|{GB_IBAN}]], account holders [[P|Oliver Ashworth]] and [[P|James Whitcombe]]. If a German account is easier, we also have one at the Sparkasse: [[IBAN|{DE_IBAN_ASHWORTH}]].

2) Solar: we would love to put photovoltaic panels on the rear roof (courtyard side, not visible from the street). I know the house is listed. Is there any chance, perhaps with in-roof panels in a dark red? Our neighbour at [[A|Goschwitzstraße 29]], Mr [[P|Ziesch]], has told us he has no objection.

We are in Bautzen from 2 April until Easter; otherwise I am best reached on my mobile [[T|+44 7700 900417]] or at our home address in England: [[A|22 Great Pulteney Street]], [[A|Bath BA2 4BS]].

Kind regards / Mit freundlichen Grüßen
[[P|Oliver Ashworth]]
""", ["SEXUAL_ORIENTATION"])

# ---------------------------------------------------------------- F127-005 building permit (decision)
add("word", "bescheid_baugenehmigung", f"""
Stadtverwaltung Bautzen · Bauaufsichtsbehörde · {OFFICE_STREET} · {OFFICE_CITY}

Gegen Postzustellungsurkunde
Herrn [[P|Oliver Ashworth]]
Herrn [[P|James Whitcombe]]
c/o werkraum architekten PartGmbB
[[N|Schülerstraße 12]]
[[N|02625 Bautzen]]

Aktenzeichen: [[AZ|BA-0417/25]]
Kassenzeichen: [[AZ|5.0631.041725.8]]
Datum: 06.05.2025

BAUGENEHMIGUNG
(§ 72 Sächsische Bauordnung – SächsBO) einschließlich denkmalschutzrechtlicher Genehmigung (§ 12 SächsDSchG)

Bauherren: [[P|Oliver Ashworth]], [[P|James Whitcombe]], [[A|22 Great Pulteney Street]], [[A|Bath BA2 4BS]], Vereinigtes Königreich
Baugrundstück: [[A|Goschwitzstraße 31]], [[A|02625 Bautzen]]; Gemarkung Bautzen, Flur 4, Flurstück 932/1
Vorhaben: Sanierung und Umbau einer denkmalgeschützten Villa (Wohnhaus, 2 WE), Ertüchtigung des Dachstuhls einschließlich Schwammsanierung
Entwurfsverfasserin: Dipl.-Ing. [[P|Susann Bergmann-Rietschel]], werkraum architekten PartGmbB
Tragwerksplanung: Dr.-Ing. [[P|Wolfram Seidel]], Tragwerk Lausitz Ingenieurgesellschaft mbH

Sehr geehrter Herr [[P|Ashworth]], sehr geehrter Herr [[P|Whitcombe]],

auf Ihren Antrag vom 27.02.2025, ergänzt am 31.03.2025, wird Ihnen die Baugenehmigung für das oben genannte Vorhaben nach Maßgabe der mit Zugehörigkeitsvermerk versehenen Bauvorlagen erteilt. Das Einvernehmen der Unteren Denkmalschutzbehörde liegt vor.

I. Nebenbestimmungen
1. Vor Baubeginn ist der bautechnische Nachweis der Standsicherheit, geprüft durch einen Prüfingenieur, vorzulegen. Mit der Prüfung wurde Dipl.-Ing. [[P|Andreas Fickelscherer]] beauftragt.
2. Die Schwammsanierung ist durch einen Fachbetrieb nach DIN 68800-4 auszuführen; der Sanierungsbericht ist der Bauaufsicht unaufgefordert vorzulegen.
3. Befallene Hölzer sind fachgerecht zu entsorgen; eine Zwischenlagerung auf dem Grundstück ist unzulässig.
4. Historische Bauteile (Treppe, Stuckdecken im EG, Kastenfenster der Straßenfassade) sind zu erhalten. Vor Eingriffen in diese Bauteile ist Frau Dr. [[P|Krawcec]] (Untere Denkmalschutzbehörde) zu beteiligen.
5. Die Photovoltaikanlage auf dem Hofdach ist nicht Gegenstand dieser Genehmigung.

II. Hinweise
Der Baubeginn ist mindestens eine Woche vorher anzuzeigen. Die Baugenehmigung erlischt, wenn nicht innerhalb von drei Jahren nach ihrer Erteilung mit der Ausführung begonnen wurde.

III. Kosten
Für diese Genehmigung wird eine Gebühr von 2.846,00 EUR festgesetzt. Der gezahlte Vorschuss von 1.250,00 EUR wird angerechnet; die Doppelzahlung wird auf das von Ihnen benannte Konto erstattet. Den Restbetrag von 1.596,00 EUR überweisen Sie bitte unter Angabe des Kassenzeichens bis zum 06.06.2025 auf das Konto der Stadtkasse Bautzen, IBAN [[N|{CITY_IBAN}]].

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist bei der Stadtverwaltung Bautzen, {OFFICE_STREET}, {OFFICE_CITY}, schriftlich oder zur Niederschrift einzulegen.

Mit freundlichen Grüßen
Im Auftrag

[[P|Frank Mättig]]
Sachgebietsleiter Bauaufsicht
""")

# ---------------------------------------------------------------- F127-006 neighbour objection (health)
add("outlook", "mail_nachbareinwendung", f"""
Von: "[[P|Pietsch, Thomas]]" <[[E|thomas.pietsch62@web.de]]>
Gesendet: Mittwoch, 9. April 2025 22:51
An: {OFFICE_MAIL}
Betreff: Einwendung Bauvorhaben [[A|Taucherstraße 29]] – Az. [[AZ|BA-0502/25]]

Sehr geehrte Damen und Herren,

hiermit erhebe ich im Namen und mit Vollmacht meiner Mutter, Frau [[P|Gerlinde Pietsch]], geb. [[DOB|17.08.1940]], wohnhaft [[A|Taucherstraße 27]], [[A|02625 Bautzen]], Einwendungen gegen das Bauvorhaben der Spreetal Bau GmbH auf dem Nachbargrundstück [[A|Taucherstraße 29]] (Neubau Mehrfamilienhaus mit Tiefgarage, Ihr Az. [[AZ|BA-0502/25]]).

Begründung:
1. Das geplante Gebäude hält zur gemeinsamen Grenze nur 2,40 m Abstand. Nach unserem Verständnis der SächsBO sind mindestens 3 m erforderlich.
2. Die Tiefgaragenzufahrt liegt direkt unter dem Schlafzimmerfenster meiner Mutter.
3. Meine Mutter ist 84 Jahre alt und leidet seit Jahren an schwerem Asthma bronchiale mit COPD. Ihr Lungenfacharzt, Dr. [[P|Reinhard Lotze]], hat bestätigt, dass monatelanger Baustaub für sie gesundheitlich gefährlich ist (Attest anbei). Wir bitten dringend um Auflagen zur Staubminderung (Befeuchtung, Staubschutzwände) und um Information, wann die Abbrucharbeiten beginnen, damit sie in dieser Zeit zu mir ziehen kann.

Bitte bestätigen Sie den Eingang dieser Einwendung. Meine Mutter hat kein E-Mail-Konto; Schriftverkehr bitte an mich oder per Post an ihre Anschrift.

Mit freundlichen Grüßen
[[P|Thomas Pietsch]]
[[A|Thomas-Müntzer-Straße 18]]
[[A|02625 Bautzen]]
Tel. [[T|03591 4 21 76]] / mobil [[T|0160 94 71 302]]

Anlagen: Vollmacht, ärztliches Attest
""", ["HEALTH"])

# ---------------------------------------------------------------- F127-007 internal note on objections (politics, health)
add("word", "vermerk_nachbarbeteiligung", """
Vermerk

Az.: [[AZ|BA-0502/25]] – Neubau Mehrfamilienhaus mit Tiefgarage, [[A|Taucherstraße 29]]
Bauherrin: Spreetal Bau GmbH, vertreten durch den Geschäftsführer [[P|Dariusz Kowalczyk]]
Hier: Auswertung der Nachbarbeteiligung (§ 70 SächsBO), Stand 22.04.2025

Im Rahmen der Nachbarbeteiligung sind fünf Einwendungen eingegangen:

Nr. | Einwender | Anschrift | Eingang | Kern der Einwendung
1 | [[P|Gerlinde Pietsch]] (vertreten durch Sohn [[P|Thomas Pietsch]]) | [[A|Taucherstraße 27]] | 10.04.2025 | Abstandsfläche, Tiefgaragenzufahrt, Baustaub (gesundheitliche Gründe, Attest liegt bei)
2 | [[P|Uwe Großmann]] und [[P|Petra Großmann]] | [[A|Taucherstraße 31]] | 11.04.2025 | Verschattung des Gartens, Wertminderung
3 | [[P|Lukas Hentschel]] | [[A|Kesselstraße 8]] | 14.04.2025 | Fällung der Linde, Versiegelung; Herr [[P|Hentschel]] schreibt ausdrücklich "als Ortssprecher von Bündnis 90/Die Grünen" und kündigt eine Anfrage im Stadtrat an
4 | WEG [[A|Taucherstraße 25]], Verwalterin [[P|Simone Kubasch]] | [[A|Töpferstraße 40]] | 15.04.2025 | Grenzwand, Rissgefahr am Altbau
5 | [[P|Jiří Novotný]] | [[A|Taucherstraße 33]] | 16.04.2025 | Baulärm, Arbeitszeiten

Bewertung:
Zu 1: Die Abstandsfläche beträgt 0,4 H, mindestens 3 m. Nach den Bauvorlagen sind zur Grenze 3,05 m eingehalten; die Einwenderin hat offenbar ab den Balkonen gemessen, die nach § 6 Abs. 6 SächsBO außer Betracht bleiben. Zum Baustaub wird eine Nebenbestimmung (Staubminderungskonzept) vorgeschlagen. Die Erkrankung von Frau [[P|Pietsch]] ist im Bescheid nicht zu erwähnen; das Attest kommt nicht in die Bauakte, sondern in den verschlossenen Umschlag (Anlage V).
Zu 2: Die Verschattung bleibt nach der Besonnungsstudie unter der Zumutbarkeitsschwelle.
Zu 3: Die Linde steht auf dem Baugrundstück und fällt unter die Gehölzschutzsatzung; Abstimmung mit dem Umweltamt (Frau [[P|Lange]]) bis 29.04. Das parteipolitische Engagement des Einwenders ist für die Entscheidung ohne Belang.
Zu 4: Der Bauherrin wird ein Beweissicherungsverfahren vor Baubeginn empfohlen; Ansprechpartner bei Spreetal Bau: Bauleiter [[P|Marek Wojciechowski]], [[T|0151 2870 4431]].
Zu 5: Arbeitszeiten richten sich nach der AVV Baulärm; Hinweis in den Bescheid.

Ergebnis: Die Einwendungen stehen einer Genehmigung nicht entgegen. Entwürfe der Bescheide an die Einwender bis 30.04.2025.

[[P|K. Zschiesche]]
""", ["HEALTH", "POLITICS"])

# ---------------------------------------------------------------- F127-008 roofer, lower-case mail
add("outlook", "mail_handwerker_informell", f"""
Von: [[P|Enrico Schuster]] <[[E|dachdeckerei.schuster@t-online.de]]>
Gesendet: Do 10.04.2025 06:12
An: [[E|k.zschiesche@bautzen.de]]
Betreff: gerüst reichenstr

hallo frau [[P|zschiesche]],

wir sollen ab 22.4. bei den holländern auf der [[A|reichenstr. 9]] das dach machen (biberschwanz, doppeldeckung wie besprochen mit ihrer kollegin frau dr [[P|krawcec]]). das gerüst muss auf den gehweg, ca 1,20 breit, 14 m lang. brauch ich dafür was von ihnen oder nur vom straßenverkehrsamt? der letzte bauherr meinte die bauaufsicht muss das gerüst abnehmen???

außerdem: mein geselle [[P|mirek]] parkt den lkw ([[KFZ|BZ-ES 412]]) hinterm haus, die nachbarin hat schon mit anzeige gedroht. ist das ihr ding oder ordnungsamt

danke und gruß
[[P|enrico schuster]]
dachdeckermeister

Dachdeckerei [[P|Enrico Schuster]]
[[A|Dorfstraße 7]], [[A|02627 Kubschütz]]
[[T|0171 5 33 82 90]]
USt-IdNr. [[VAT|{VAT_SCHUSTER}]]
""")

# ---------------------------------------------------------------- F127-009 site inspection with customs (FKS)
add("word", "protokoll_baukontrolle", f"""
Stadtverwaltung Bautzen – Bauaufsichtsbehörde
Protokoll Baukontrolle / Ortsbesichtigung

Aktenzeichen: [[AZ|BK-0091/25]]
Ort: [[A|Am Dorfteich 3]], [[A|02625 Bautzen]] (OT Salzenforst), Flurstück 56/2, Gemarkung Salzenforst
Objekt: Umgebindehaus, Kulturdenkmal (Obj.-Nr. 09251874)
Datum/Uhrzeit: 15.04.2025, 09:10–11:35 Uhr
Anlass: anonymer Hinweis auf ungenehmigte Abbrucharbeiten am Umgebinde

Anwesend:
– [[P|Ronny Kaltofen]], Bauaufseher (Protokoll)
– Dr. [[P|Milena Krawcec]], Untere Denkmalschutzbehörde (ab 10:00 Uhr)
– [[P|Jens Lauterbach]], [[P|Nadine Eckert]], Hauptzollamt Dresden, Finanzkontrolle Schwarzarbeit
– [[P|Heiko Rönsch]], Eigentümer, geb. [[DOB|03.11.1971]], wohnhaft [[A|Hauptstraße 88]], [[A|02633 Göda]], Tel. [[T|0152 0374 6618]]

Feststellungen:
1. An der Südseite wurden drei Umgebindesäulen und der Rähm vollständig entfernt und durch eine Wand aus Porenbeton ersetzt. Im Obergeschoss wurde das Fachwerk der Giebelseite teilweise ausgebaut. Eine Baugenehmigung bzw. denkmalschutzrechtliche Genehmigung liegt nicht vor.
2. Die entfernten Hölzer lagern ungeschützt im Hof; nach Einschätzung von Frau Dr. [[P|Krawcec]] sind zwei Säulen wiederverwendbar.
3. Auf der Baustelle waren vier Personen tätig. Die Identitätsfeststellung erfolgte durch die FKS:

Name | geb. | Ausweisdokument | SV-Nr. | Tätigkeit
[[P|Tomasz Zieliński]] | [[DOB|22.05.1986]] | Personalausweis (PL) [[IDC|{PL_ID_1}]] | – | nach eigenen Angaben selbständig (Gewerbe in PL)
[[P|Paweł Nowicki]] | [[DOB|09.01.1993]] | Personalausweis (PL) [[IDC|{PL_ID_2}]] | – | wie vor
[[P|Maik Gräfe]] | [[DOB|14.07.1988]] | Personalausweis [[IDC|{IDC_GRAEFE}]] | [[SSN|{SSN_GRAEFE}]] | beim Eigentümer angestellt
[[P|Oleh Marchenko]] | [[DOB|30.06.1979]] | Reisepass (UA) [[PASS|{UA_PASS}]] | [[SSN|{SSN_MARCHENKO}]] | Minijob beim Eigentümer

4. Fahrzeuge vor dem Grundstück: Transporter mit polnischem Kennzeichen [[KFZ|DW 4K773]]; Pick-up des Eigentümers [[KFZ|BZ-HR 1971]].
5. Die Arbeiten wurden mündlich eingestellt (§ 79 SächsBO); die schriftliche Baueinstellungsverfügung folgt. Herr [[P|Rönsch]] erklärte, er habe "nur das Kaputte ersetzt" und von der Denkmaleigenschaft nichts gewusst; der Kaufvertrag (Notar Dr. [[P|Gebhardt]], 2023) weise darauf allerdings ausdrücklich hin. Die Baustelle wurde versiegelt (Siegel-Nr. 0412–0414).
6. Fotodokumentation: 46 Aufnahmen (Anlage 1).

Gefertigt: [[P|R. Kaltofen]], 15.04.2025
Gesehen: [[P|F. Mättig]]
""")

# ---------------------------------------------------------------- F127-010 hearing in fine proceedings
add("word", "anhoerung_owi", f"""
Stadtverwaltung Bautzen · Bauaufsichtsbehörde · Bußgeldstelle
{OFFICE_STREET}, {OFFICE_CITY}

Herrn
[[P|Heiko Rönsch]]
[[A|Hauptstraße 88]]
[[A|02633 Göda]]

Aktenzeichen: [[AZ|OWi 63-0031/25]]
Bezug: Baukontrolle vom 15.04.2025, [[AZ|BK-0091/25]]
Sachbearbeitung: [[P|Sandra Hänsel]], Zimmer 2.14
Telefon: [[T|03591 534-428]]
Datum: 29.04.2025

Anhörung im Bußgeldverfahren – Gelegenheit zur Äußerung (§ 55 OWiG)

Sehr geehrter Herr [[P|Rönsch]],

Ihnen wird vorgeworfen, in der Zeit von etwa Anfang März bis zum 15.04.2025 an dem Kulturdenkmal [[A|Am Dorfteich 3]], [[A|02625 Bautzen]] (OT Salzenforst), ohne die erforderliche Baugenehmigung und ohne denkmalschutzrechtliche Genehmigung tragende Teile des Umgebindes beseitigt und durch Mauerwerk ersetzt zu haben.

Angaben zur Person (bitte prüfen und ggf. berichtigen):
Name, Vorname: [[P|Rönsch, Heiko]]
Geburtsdatum: [[DOB|03.11.1971]]
Geburtsort: Bischofswerda
Anschrift: [[A|Hauptstraße 88]], [[A|02633 Göda]]
Beruf: Installateurmeister (selbständig)

Die Handlung stellt eine Ordnungswidrigkeit nach § 87 Abs. 1 SächsBO sowie nach § 36 SächsDSchG dar, die mit einer Geldbuße geahndet werden kann.

Sie haben Gelegenheit, sich innerhalb von zwei Wochen nach Zugang dieses Schreibens schriftlich oder zur Niederschrift zu äußern. Es steht Ihnen frei, sich zur Sache zu äußern oder nicht auszusagen. Angaben zur Person sind Sie verpflichtet zu machen (§ 111 OWiG).

Beweismittel: Protokoll der Baukontrolle, Fotodokumentation; Zeugen: [[P|Ronny Kaltofen]], Dr. [[P|Milena Krawcec]] (beide zu laden über die Stadtverwaltung).

Mit freundlichen Grüßen
Im Auftrag
[[P|Hänsel]]
""")

# ---------------------------------------------------------------- F127-011 fine decision
add("word", "bussgeldbescheid", f"""
Stadtverwaltung Bautzen
Bußgeldstelle Bauaufsicht · {OFFICE_STREET} · {OFFICE_CITY}

Frau
[[P|Nguyen Thi Lan]]
[[A|Kornmarkt 6]]
[[A|02625 Bautzen]]

Bußgeldbescheid
Aktenzeichen: [[AZ|OWi 63-0024/25]]     Kassenzeichen: [[AZ|5.0631.002425.1]]     Datum: 14.05.2025

Gegen Sie, [[P|Nguyen Thi Lan]], geb. am [[DOB|2. Februar 1979]] in Hải Phòng, wohnhaft [[A|Kornmarkt 6]], [[A|02625 Bautzen]], Inhaberin des Geschäfts "Nail Studio Lotus", wird wegen folgender Ordnungswidrigkeit eine Geldbuße festgesetzt:

Sie haben zwischen dem 10.01.2025 und dem 03.03.2025 an der Fassade des Kulturdenkmals [[A|Kornmarkt 6]] ohne die erforderliche Genehmigung eine beleuchtete Werbeanlage (Leuchtkasten 3,20 m × 0,80 m) und eine Markise angebracht, obwohl Sie mit Schreiben vom 21.01.2025 auf die Genehmigungspflicht hingewiesen worden waren. Die Anlage wurde am 03.03.2025 durch den Bauaufseher Herrn [[P|Kaltofen]] fotografisch dokumentiert.

Ordnungswidrigkeit nach § 87 Abs. 1 SächsBO in Verbindung mit § 36 SächsDSchG.

Geldbuße: 1.200,00 EUR
Gebühr (§ 107 Abs. 1 OWiG): 60,00 EUR
Auslagen (Zustellung): 3,50 EUR
Gesamtbetrag: 1.263,50 EUR

Zahlung an: Stadtkasse Bautzen, IBAN [[N|{CITY_IBAN}]], BIC SOLADES1BAT, unter Angabe des Kassenzeichens.

Bei der Bemessung wurde berücksichtigt, dass die Werbeanlage auch nach der Anhörung nicht entfernt wurde. Die Angaben zu den wirtschaftlichen Verhältnissen (Schreiben Ihres Steuerberaters, Herrn [[P|Holger Kretschmar]], vom 02.04.2025) wurden berücksichtigt.

Rechtsbehelfsbelehrung: Dieser Bußgeldbescheid wird rechtskräftig und vollstreckbar, wenn Sie nicht innerhalb von zwei Wochen nach Zustellung schriftlich oder zur Niederschrift bei der oben genannten Behörde Einspruch einlegen.

Im Auftrag
[[P|Sandra Hänsel]]
""")

# ---------------------------------------------------------------- F127-012 lawyer objection to fine
add("outlook", "mail_anwalt_einspruch", f"""
Von: Kanzlei Dr. [[P|Aydın]] <[[E|kanzlei@ra-aydin.de]]>
Gesendet: Dienstag, 20. Mai 2025 11:48
An: {OFFICE_MAIL}
Betreff: Einspruch – Bußgeldbescheid vom 14.05.2025, Ihr Az. [[AZ|OWi 63-0024/25]] – [[P|Nguyen Thi Lan]]

Sehr geehrte Frau [[P|Hänsel]],

in der Bußgeldsache gegen Frau [[P|Nguyen Thi Lan]], [[A|Kornmarkt 6]], [[A|02625 Bautzen]], zeige ich an, dass ich die Betroffene vertrete. Eine auf mich lautende Vollmacht füge ich als PDF bei.

Namens und in Vollmacht meiner Mandantin lege ich gegen den Bußgeldbescheid vom 14.05.2025, zugestellt am 16.05.2025,

Einspruch

ein. Ich beantrage Akteneinsicht (§ 49 OWiG, § 147 StPO) und bitte um Übersendung der Akte in elektronischer Form.

Vorab: Meine Mandantin hat die Werbeanlage am 12.05.2025 demontiert; ein Bauantrag für eine reduzierte Anlage (Schriftzug aus Einzelbuchstaben) wird über das Planungsbüro von Herrn [[P|Quang Minh Pham]] eingereicht. Frau [[P|Nguyen]] hat das Schreiben vom 21.01.2025 nach ihren Angaben nicht erhalten, da der Briefkasten im Hof des Hauses [[A|Kornmarkt 6]] auch von der Mieterin im 1. OG, Frau [[P|Svetlana Ignatenko]], genutzt wird. Eine Einstellung des Verfahrens nach § 47 OWiG regen wir an.

Mit freundlichen Grüßen

Dr. [[P|Yasemin Aydın]]
Rechtsanwältin
Fachanwältin für Verwaltungsrecht

Kanzlei Dr. [[P|Aydın]]
[[A|Äußere Lauenstraße 2]], [[A|02625 Bautzen]]
Tel. [[T|03591 35 29 64]] · Fax [[T|03591 35 29 65]]
Unser Zeichen: [[AZ|112/25 AY]]
""")

# ---------------------------------------------------------------- F127-013 Austrian owner, tax certificate
add("outlook", "mail_oesterreich_steuerbescheinigung", f"""
Von: Mag. [[P|Florian Pichler-Gruber]] <[[E|florian.pichler-gruber@aon.at]]>
Gesendet: Freitag, 23. Mai 2025 14:03
An: {OFFICE_DENKMAL_MAIL}
Betreff: Bescheinigung Denkmal-AfA – Umgebindehaus [[A|Dorfplatz 5]], Oberkaina

Grüß Gott, sehr geehrte Damen und Herren,

ich bin seit Jänner 2023 Eigentümer des Umgebindehauses [[A|Dorfplatz 5]] in Oberkaina und habe es mit Ihrer Genehmigung (Ihr Zeichen [[AZ|UD-2023-0311]]) saniert. Die Arbeiten sind seit März fertig, und mein Steuerberater in Graz, Herr [[P|Leopold Aigner]], sagt mir, ich brauche für das deutsche Finanzamt eine Bescheinigung nach § 7i EStG, weil ich die Wohnung im Obergeschoß vermiete.

Was genau brauchen Sie von mir? Ich schicke vorsorglich einmal alles:
- Steuer-Identifikationsnummer (Deutschland): [[TID|{TID_PICHLER}]]
- Steuernummer beim Finanzamt Bautzen: [[TNR|{TNR_PICHLER}]]
- meine österreichische Steuernummer (FA Graz-Stadt): [[TNR|{TNR_PICHLER_AT}]]
- Sozialversicherungsnummer (AT): [[SSN|{SVNR_PICHLER}]]
- Geburtsdatum: [[DOB|19.09.1968]]

Die Rechnungen (ca. 140 Stück) habe ich in einem Ordner – soll ich die im Original schicken oder reicht ein Scan? Die Zimmerei [[P|Jens Pohl]] hat ihre Schlussrechnung leider erst im April gestellt, zählt das noch für 2024? Falls eine Gebühr anfällt, bitte die Rechnung an mich; eventuelle Erstattungen auf [[IBAN|{AT_IBAN}]].

Meine Adresse in Österreich: [[A|Schubertstraße 14/3]], [[A|8010 Graz]]. Telefonisch bin ich unter [[T|+43 664 3819027]] erreichbar, am besten nachmittags.

Mit besten Grüßen aus der Steiermark
[[P|Florian Pichler-Gruber]]
""")

# ---------------------------------------------------------------- F127-014 form: tax certificate application
add("word", "formular_bescheinigung_7i", f"""
Antrag auf Ausstellung einer Bescheinigung
für die Inanspruchnahme erhöhter Absetzungen nach §§ 7i, 10f, 11b EStG (Baudenkmale)
Stadt Bautzen – Untere Denkmalschutzbehörde

Eingang: 02.06.2025                         Az.: [[AZ|UD-B-2025-0047]]

1. Antragsteller/in (Eigentümer/in)
Name, Vorname: [[P|Rehn, Matthias]]
Geburtsdatum: [[DOB|27.01.1975]]
Steuer-IdNr.: [[TID|{TID_M_REHN[:2]} {TID_M_REHN[2:5]} {TID_M_REHN[5:8]} {TID_M_REHN[8:]}]]
Name, Vorname: [[P|Rehn, Kerstin]]
Geburtsdatum: [[DOB|08.10.1977]]
Steuer-IdNr.: [[TID|{TID_K_REHN}]]
Anschrift: [[A|Wendische Straße 17]], [[A|02625 Bautzen]]
Telefon: [[T|03591 60 44 18]]          E-Mail: [[E|rehn.familie@gmx.de]]
Zuständiges Finanzamt: Bautzen        Steuernummer: [[TNR|{TNR_REHN}]]

2. Objekt
Lage: [[A|Wendische Straße 17]], [[A|02625 Bautzen]]; Gemarkung Bautzen, Flurstück 611
Denkmaleigenschaft: Einzeldenkmal (barockes Bürgerhaus, 1723)
Genehmigung(en): [[AZ|UD-2022-0158]] vom 14.06.2022; [[AZ|BA-0233/22]] vom 30.08.2022
Nutzung: Eigennutzung EG/1. OG, Vermietung DG

3. Aufstellung der Aufwendungen (Auszug, vollständige Liste in Anlage 3)
Nr. | Firma | Leistung | Rechnung vom | Betrag brutto
1 | Spreetal Bau GmbH | Rohbau, Gewölbesicherung | 12.12.2022 | 48.312,44 €
2 | Zimmerei [[P|Jens Pohl]], USt-IdNr. [[VAT|{VAT_POHL}]] | Dachstuhl, Gauben | 03.05.2023 | 36.905,00 €
3 | Restaurierungsatelier [[P|Agata Sadowska]], USt-IdNr. [[VAT|{VAT_SADOWSKA}]] | Befund und Restaurierung der Deckenmalerei | 18.09.2023 | 14.280,00 €
4 | Tischlerei [[P|Karsten Mende]], USt-IdNr. [[VAT|{VAT_MENDE}]] | Kastenfenster (11 Stück) | 26.10.2023 | 29.750,00 €
5 | Elektro Lausitz GmbH | Elektroinstallation | 14.02.2024 | 21.377,18 €

4. Bankverbindung für Erstattungen
IBAN: [[IBAN|{DE_IBAN_REHN}]]     Kontoinhaber: [[P|Matthias Rehn]]

5. Erklärung
Wir versichern, dass die Angaben vollständig und richtig sind und dass die Baumaßnahmen in Abstimmung mit der Unteren Denkmalschutzbehörde durchgeführt wurden. Zuschüsse aus öffentlichen Mitteln wurden nicht gewährt.

Bautzen, 30.05.2025
Unterschriften: [[P|Matthias Rehn]]     [[P|Kerstin Rehn]]
""")

# ---------------------------------------------------------------- F127-015 land register extract
add("word", "grundbuchauszug", """
Amtsgericht Bautzen – Grundbuchamt
Grundbuch von Bautzen, Blatt 3862
Unbeglaubigter Ausdruck (Auszug) – Abruf 10.06.2025, Stadtverwaltung Bautzen, Bauaufsicht

Bestandsverzeichnis
Lfd. Nr. 1 | Gemarkung Bautzen | Flur 2 | Flurstück 402 | Gebäude- und Freifläche, [[A|Schloßstraße 11]] | 312 m²

Erste Abteilung – Eigentümer
1 a) [[P|Lehmann-Kühn, Brigitte]] geb. [[P|Kühn]], geb. am [[DOB|04.12.1946]], Bautzen
1 b) [[P|Lehmann, Jörg]], geb. am [[DOB|21.03.1972]], Dresden
– in Erbengemeinschaft –
Grundlage der Eintragung: Erbschein des Amtsgerichts Bautzen vom 03.02.2021 ([[AZ|2 VI 118/20]]); eingetragen am 19.04.2021.

Zweite Abteilung – Lasten und Beschränkungen
1 | Lfd. Nr. 1 | Lebenslanges Wohnungsrecht für [[P|Lehmann, Gertrud]], geb. am [[DOB|11.07.1929]], gemäß Bewilligung vom 12.03.1998 (UR-Nr. [[AZ|588/1998]] des Notars Dr. [[P|Hans Wiesner]], Bautzen); eingetragen am 02.04.1998. – Gelöscht am 15.10.2020.
2 | Lfd. Nr. 1 | Grunddienstbarkeit (Geh- und Fahrrecht) für den jeweiligen Eigentümer des Flurstücks 403; eingetragen am 07.11.1961.

Dritte Abteilung – Hypotheken, Grundschulden, Rentenschulden
1 | Lfd. Nr. 1 | 120.000,00 EUR Grundschuld ohne Brief für die Kreissparkasse Bautzen; 15 % Zinsen jährlich; vollstreckbar nach § 800 ZPO; eingetragen am 22.06.2021.

Vermerk Bauaufsicht: Miteigentümer Herr [[P|Jörg Lehmann]] (Tel. [[T|0351 8 47 21 06]]) teilt mit, dass der Verkauf an US-amerikanische Käufer vorbereitet wird (Notar Dr. [[P|Gebhardt]]); Anfrage zum Vorkaufsrecht ist zu erwarten.
gez. [[P|Zschiesche]], 10.06.2025
""")

# ---------------------------------------------------------------- F127-016 cadastral extract (owners of adjoining parcels)
add("word", "liegenschaftskataster_eigentuemer", """
ALKIS – Auszug aus dem Liegenschaftskataster
Flurstücks- und Eigentumsnachweis (Auszug)
Erstellt für: Stadtverwaltung Bautzen, Bauaufsichtsbehörde, Az. [[AZ|BA-0502/25]] (Nachbarbeteiligung)
Stand der Daten: 03.04.2025

Gemarkung Bautzen

Flurstück 1203/4 | Lage: [[A|Taucherstraße 27]] | Fläche: 684 m² | Gebäude- und Freifläche Wohnen
Eigentümer: [[P|Pietsch, Gerlinde]], geb. [[P|Rausch]], * [[DOB|17.08.1940]], [[A|Taucherstraße 27]], [[A|02625 Bautzen]]

Flurstück 1203/6 | Lage: [[A|Taucherstraße 31]] | Fläche: 702 m² | Gebäude- und Freifläche Wohnen
Eigentümer (je zu 1/2):
1. [[P|Großmann, Uwe]], * [[DOB|26.05.1958]], [[A|Taucherstraße 31]], [[A|02625 Bautzen]]
2. [[P|Großmann, Petra]], geb. [[P|Seifert]], * [[DOB|13.02.1961]], [[A|Taucherstraße 31]], [[A|02625 Bautzen]]

Flurstück 1202 | Lage: [[A|Taucherstraße 25]] | Fläche: 1.140 m² | Gebäude- und Freifläche Wohnen
Eigentümer: Wohnungseigentümergemeinschaft (8 Einheiten, siehe Wohnungsgrundbuch)
Verwaltung: [[P|Simone Kubasch]], Immobilienverwaltung, [[A|Töpferstraße 40]], [[A|02625 Bautzen]]

Flurstück 1204/1 | Lage: [[A|Taucherstraße 33]] | Fläche: 590 m² | Gebäude- und Freifläche Wohnen
Eigentümer: [[P|Novotný, Jiří]], * [[DOB|05.05.1982]], [[A|Masarykova 118]], [[A|405 02 Děčín]], Tschechische Republik

Flurstück 1203/5 (Baugrundstück) | Lage: [[A|Taucherstraße 29]] | Fläche: 1.385 m² | Gebäude- und Freifläche Wohnen
Eigentümer: Spreetal Bau GmbH, [[N|Löbauer Straße 48]], [[N|02625 Bautzen]] (Amtsgericht Dresden HRB 31877)

Hinweis: Die Eigentümerangaben dürfen nur für die Beteiligung im genannten Verfahren verwendet werden.
""")

# ---------------------------------------------------------------- F127-017 notary: pre-emption right
add("outlook", "mail_notar_vorkaufsrecht", f"""
Von: Notariat Dr. [[P|Gebhardt]] – [[P|Claudia Wenzel]] <[[E|c.wenzel@notar-gebhardt-bautzen.de]]>
Gesendet: Mittwoch, 11. Juni 2025 10:26
An: {OFFICE_MAIL}
Betreff: Anfrage Vorkaufsrecht – UR-Nr. [[AZ|1187/2025]] – [[A|Schloßstraße 11]]

Sehr geehrte Damen und Herren,

in der nachstehenden Grundstücksangelegenheit bitten wir um Erteilung eines Negativzeugnisses über das Nichtbestehen bzw. die Nichtausübung eines gemeindlichen Vorkaufsrechts (§§ 24 ff., 28 Abs. 1 BauGB) sowie um Mitteilung, ob ein Vorkaufsrecht nach § 17 SächsDSchG ausgeübt wird.

Urkunde: Kaufvertrag vom 10.06.2025, UR-Nr. [[AZ|1187/2025]] des Notars Dr. [[P|Stefan Gebhardt]]
Grundbuch: Grundbuch von Bautzen, Blatt 3862
Grundstück: Gemarkung Bautzen, Flurstück 402, [[A|Schloßstraße 11]], [[A|02625 Bautzen]]
Verkäufer: [[P|Brigitte Lehmann-Kühn]], geb. [[DOB|04.12.1946]], [[A|Am Schilfteich 2]], [[A|02625 Bautzen]]; [[P|Jörg Lehmann]], geb. [[DOB|21.03.1972]], [[A|Bautzner Straße 131]], [[A|01099 Dresden]]
Käufer: [[P|Daniel Hale]], geb. [[DOB|14.08.1980]], und [[P|Rebecca Goldstein-Hale]], geb. [[DOB|02.02.1983]], beide wohnhaft [[A|27 Willow Street]], [[A|Boston, MA 02108]], USA, ausgewiesen durch US-Reisepässe Nr. [[PASS|{US_PASS_DANIEL}]] und [[PASS|{US_PASS_REBECCA}]]
Kaufpreis: 385.000,00 EUR

Eine auszugsweise beglaubigte Abschrift des Vertrages ist beigefügt. Für eine kurzfristige Bearbeitung wären wir dankbar, da die Käufer den Besitzübergang zum 01.09.2025 wünschen.

Mit freundlichen Grüßen
[[P|Claudia Wenzel]]
Notarfachangestellte

Notariat Dr. [[P|Stefan Gebhardt]]
[[N|Lauengraben 20]] · [[N|02625 Bautzen]]
Durchwahl [[T|03591 4 90 77-14]]
""")

# ---------------------------------------------------------------- F127-018 American owner: mezuzah, sukkah, card payment
add("outlook", "mail_englisch_religion_kartenzahlung", f"""
From: [[P|Rebecca Goldstein-Hale]] <[[E|rgoldsteinhale@gmail.com]]>
Sent: Thursday, July 17, 2025 3:12 AM
To: [[P|Milena Krawcec]] <[[E|milena.krawcec@bautzen.de]]>
Subject: [[A|Schloßstraße 11]] – mezuzah, sukkah and the Gebühr

Dear Dr. [[P|Krawcec]],

Thank you so much for meeting [[P|Daniel]] and me at the house last week – and sorry, I know my German is still "unterirdisch", as my Sprachlehrerin says.

As we discussed, we are an observant Jewish family, and two small things matter a lot to us:
1. We would like to affix mezuzot on the front door frame and on the interior doors. On the historic oak front door we would use a small case screwed into the frame, nothing on the carved panels. I hope this is fine?
2. For Sukkot in October we would like to put up a temporary sukkah on the rear terrace (wooden frame, branches as a roof, about 3 x 3 m, for eight days). Is a temporary structure like this allowed at a listed house?

I also received the Gebührenbescheid for the Negativzeugnis (Kassenzeichen [[AZ|5.0631.118725.4]]). Our German bank account is not open yet, so could I pay by card? My Visa is [[CC|{CC_REBECCA}]], exp. 09/28, name on card [[P|Rebecca A. Goldstein-Hale]].

Our contractor for the interior will be Mr. [[P|Jakub Dvořák]] from Prague ([[T|+420 604 318 552]]), he speaks German.

Best wishes,
[[P|Rebecca]]

[[P|Rebecca Goldstein-Hale]]
[[A|27 Willow Street]], [[A|Boston, MA 02108]]
cell [[T|+1 617 555 0193]]
""", ["RELIGION"])

# ---------------------------------------------------------------- F127-019 phone notes
add("word", "telefonnotizen", """
Telefonnotizen Sachgebiet Bauaufsicht – KW 29/2025
Vertretung für Frau [[P|Zschiesche]]: [[P|Ngoc Anh Tran]]

Mo 14.07., 08:40 – Herr [[P|Gerhard Wuttke]], [[T|03591 21 48 70]]: fragt, ob für ein Gartenhaus 3 x 4 m auf seinem Grundstück [[A|Neusalzaer Straße 64]] ein Bauantrag nötig ist. Bebauungsplan prüfen, Rückruf bis Mittwoch zugesagt.

Mo 14.07., 13:05 – Herr [[P|Marek Wojciechowski]] (Spreetal Bau), [[T|0151 2870 4431]]: Baubeginn [[A|Taucherstraße 29]] verschiebt sich auf 04.08.; Baubeginnsanzeige folgt.

Di 15.07., 09:20 – anonymer Anrufer: angeblich Arbeiten am Wochenende am Umgebindehaus [[A|Am Dorfteich 3]] (OT Salzenforst) trotz Baueinstellung. An Herrn [[P|Kaltofen]] weitergegeben.

Mi 16.07., 15:45 – Frau [[P|Rana Haddad]]: Rückfrage zum Bauantrag Rampe, Az. [[AZ|BA-0611/25]]. Es fehlt weiterhin der Lageplan vom Vermesser. Rückruf erbeten unter [[T|0176 41 29 88 03]] (Mobil ihres Mannes).

Do 17.07., 10:10 – Rechtsanwalt [[P|Konstantin Brähmig]] (für Frau [[P|Pietsch]]): Termin zur Akteneinsicht vereinbart für Do 24.07., 10 Uhr, Raum 2.09.

Fr 18.07., 16:30 – Frau [[P|Goldstein-Hale]] ruft aus Boston an (englisch), Rückruf an [[T|+1 617 555 0193]] erledigt: Kartenzahlung ist nicht möglich; die E-Mail vom 17.07. mit ihrer Kreditkartennummer wurde gelöscht, sie erhält die Zahlungsdaten per Post.

[[P|N. A. Tran]]
""")

# ---------------------------------------------------------------- F127-020 union secretary: accident, unsafe scaffold
add("outlook", "mail_gewerkschaft_geruest", f"""
Von: [[P|Ralf Domschke]] <[[E|ralf.domschke@igbau.de]]>
Gesendet: Donnerstag, 3. April 2025 16:20
An: {OFFICE_MAIL}
Cc: [[N|arbeitsschutz@lds.sachsen.de]]
Betreff: Unsicheres Gerüst Baustelle [[A|Steinstraße 21]] – Arbeitsunfall am 02.04.

Sehr geehrte Damen und Herren,

ich wende mich als zuständiger Gewerkschaftssekretär der IG BAU, Bezirksverband Oberlausitz, an Sie. Am 02.04.2025 ist auf der Baustelle [[A|Steinstraße 21]] (Sanierung Wohn- und Geschäftshaus, Bauherr laut Bauschild: [[P|Günter Albrecht]]) unser Mitglied, Herr [[P|Oleksandr Bondarenko]], vom Fassadengerüst gestürzt. Er hat einen Trümmerbruch des rechten Handgelenks und eine Gehirnerschütterung erlitten und liegt im Krankenhaus. Kollegen berichten, dass in der dritten Gerüstlage der Seitenschutz fehlt und keine Gerüstkennzeichnung ausgehängt ist. Aufgestellt hat das Gerüst die Firma Gerüstbau [[P|Heinz Mros]] aus Kamenz.

Ein weiterer Kollege auf der Baustelle, Herr [[P|Ilja Morozov]], ebenfalls bei uns organisiert, ist bereit, als Zeuge auszusagen. Er ist über mich erreichbar; bitte geben Sie seinen Namen nicht an den Arbeitgeber weiter. Der Polier, Herr [[P|Rico Lindner]] ([[T|0162 7 40 19 35]]), ist nach meiner Kenntnis bis Freitag vor Ort.

Mir ist bewusst, dass für den Arbeitsschutz in erster Linie die Landesdirektion zuständig ist (in Kopie). Ich bitte Sie aber, als Bauaufsicht die Standsicherheit des Gerüsts zu prüfen und die Nutzung ggf. zu untersagen, bis es ordnungsgemäß ist.

Mit kollegialen Grüßen
[[P|Ralf Domschke]]
Gewerkschaftssekretär
IG BAU – Bezirksverband Oberlausitz
Mobil [[T|0170 9 21 44 67]]
""", ["HEALTH", "UNION"])

# ---------------------------------------------------------------- F127-021 minutes of the design / monument advisory board
add("word", "niederschrift_beirat", """
Niederschrift über die 3. Sitzung des Gestaltungs- und Denkmalbeirats der Stadt Bautzen
Datum: 26.06.2025, 16:00–18:40 Uhr · Ort: Rathaus, Beratungsraum 2

Anwesend:
Mitglieder: Prof. [[P|Gudrun Leuschner]] (Vorsitz, Architektin), [[P|Tobias Rentsch]] (Landschaftsarchitekt), Dr. [[P|Beno Budar]] (Sorbisches Institut), [[P|Heike Starke]] (Stadträtin), [[P|Mirko Schenk]] (Handwerkskammer Dresden)
Verwaltung: [[P|Frank Mättig]] (Bauaufsicht), Dr. [[P|Milena Krawcec]] (Untere Denkmalschutzbehörde), [[P|Ngoc Anh Tran]] (Protokoll)
Gäste zu TOP 3: [[P|Susann Bergmann-Rietschel]] (Entwurfsverfasserin), [[P|Oliver Ashworth]] (Bauherr)
Entschuldigt: [[P|Petra Kaulfuß]]

TOP 1 – Begrüßung, Beschlussfähigkeit
Frau Prof. [[P|Leuschner]] eröffnet die Sitzung um 16:05 Uhr und stellt die Beschlussfähigkeit fest. Die Niederschrift der 2. Sitzung wird ohne Änderungen bestätigt.

TOP 2 – Werbeanlage [[A|Kornmarkt 6]] ([[AZ|BA-0588/25]])
Herr [[P|Mättig]] stellt den neuen Antrag vor (Einzelbuchstaben, hinterleuchtet, Höhe 30 cm). Der Beirat empfiehlt eine nicht hinterleuchtete Ausführung in Messing. Herr [[P|Schenk]] weist darauf hin, dass die Befestigung nur in den Putzfugen erfolgen darf. Empfehlung einstimmig.

TOP 3 – Photovoltaik auf dem Hofdach [[A|Goschwitzstraße 31]] ([[AZ|BA-0417/25]], Nachtrag)
Frau [[P|Bergmann-Rietschel]] erläutert Indach-Module in Ziegelrot; Herr [[P|Ashworth]] ergänzt, dass die Dachfläche vom öffentlichen Raum aus nicht einsehbar sei. Dr. [[P|Krawcec]] verweist auf die Blickbeziehung vom Stadtwall. Empfehlung: Zustimmung mit Auflage einer Bemusterung vor Ort; 4 Ja, 1 Enthaltung ([[P|Rentsch]]).

TOP 4 – Umgebindehaus [[A|Am Dorfteich 3]], OT Salzenforst ([[AZ|BK-0091/25]])
Information über die ungenehmigte Beseitigung von Umgebindesäulen. Dr. [[P|Budar]] bietet an, den Kontakt zur Stiftung Umgebindehaus herzustellen; der Eigentümer soll auf Fördermöglichkeiten für die Wiederherstellung hingewiesen werden. Personenbezogene Einzelheiten wurden im nichtöffentlichen Teil behandelt.

TOP 5 – Verschiedenes
Nächste Sitzung: 18.09.2025.

Bautzen, 27.06.2025
gez. Prof. [[P|Gudrun Leuschner]], Vorsitzende          gez. [[P|Ngoc Anh Tran]], Protokoll
""")

# ---------------------------------------------------------------- F127-022 export from the case management system
add("word", "export_offene_vorgaenge", """
Export Fachverfahren – Offene Vorgänge Sachgebiet Bauaufsicht – Stand 01.07.2025 08:02 – exportiert von [[P|Ngoc Anh Tran]]

Az;Eingang;Vorhaben;Grundstück;Bauherr;Telefon;E-Mail;Status;Bearb.
[[AZ|BA-0417/25]];27.02.2025;Sanierung Villa, Dachstuhl;[[A|Goschwitzstraße 31]];[[P|Ashworth, Oliver]];[[T|+44 7700 900417]];[[E|oliver.ashworth@btinternet.com]];Nachtrag PV in Prüfung;[[P|Zschiesche]]
[[AZ|BA-0502/25]];04.03.2025;MFH mit TG;[[A|Taucherstraße 29]];Spreetal Bau GmbH;[[N|03591 4880-0]];[[N|info@spreetal-bau.de]];genehmigt, Widerspruch anhängig;[[P|Zschiesche]]
[[AZ|BA-0588/25]];26.05.2025;Werbeanlage;[[A|Kornmarkt 6]];[[P|Nguyen, Thi Lan]];[[T|0157 3 88 24 016]];;Beirat 26.06.: Empfehlung Messing;[[P|Mättig]]
[[AZ|BA-0611/25]];10.06.2025;Rampe + Außenaufzug;[[A|Seminarstraße 9]];[[P|Haddad, Samir]];[[T|0176 41 29 88 03]];[[E|samir.haddad@posteo.de]];Unterlagen fehlen;[[P|Zschiesche]]
[[AZ|BA-0624/25]];16.06.2025;Carport, Geräteschuppen;[[A|Flinzstraße 22]];[[P|Reimer, Waldemar]];[[T|03591 3 27 19 04]];[[E|w.reimer59@gmx.de]];Vollständigkeitsprüfung;[[P|Tran]]
[[AZ|BA-0630/25]];19.06.2025;Dachgaube, Einzeldenkmal;[[A|Wendische Straße 17]];[[P|Rehn, Matthias]];[[T|03591 60 44 18]];[[E|rehn.familie@gmx.de]];Beteiligung UD;[[P|Krawcec]]
[[AZ|BA-0641/25]];24.06.2025;Nutzungsänderung Laden in Café;[[A|Reichenstraße 3]];[[P|Holub, Kateryna]];[[T|0152 21 77 34 58]];[[E|k.holub.cafe@gmail.com]];Eingangsbestätigung versandt;[[P|Tran]]
[[AZ|BA-0655/25]];30.06.2025;Wintergarten;[[A|Am Stadtwall 19]];[[P|Lindqvist, Erik]];[[T|0171 62 09 345]];[[E|erik.lindqvist@outlook.com]];neu;–

8 Datensätze
""")

# ---------------------------------------------------------------- F127-023 Sorbian family: bilingual inscription
add("outlook", "mail_sorbische_inschrift", f"""
Von: [[P|Měrćin Šołta]] <[[E|m.solta@online.de]]>
Gesendet: Mittwoch, 16. Juli 2025 20:05
An: {OFFICE_DENKMAL_MAIL}
Betreff: Zweisprachige Inschrift am Haus [[A|Mühltorgasse 3]]

Dobry dźeń, sehr geehrte Frau Dr. [[P|Krawcec]],

wir – meine Frau [[P|Hanka Šołćina]] und ich – sind Eigentümer des Hauses [[A|Mühltorgasse 3]]. Bei der Putzsanierung im Herbst möchten wir über der Haustür eine zweisprachige Inschrift anbringen lassen, obersorbisch und deutsch: "Tu smy doma – Hier sind wir zu Hause", dazu die Jahreszahlen 1786 und 2025. Als sorbische Familie ist uns das wichtig; schon die Großeltern meiner Frau haben in diesem Haus gewohnt.

Die Inschrift soll als Sgraffito in den neuen Kalkputz, etwa 120 x 40 cm. Der Stuckateur, Herr [[P|Jurij Wjelan]] aus Crostwitz, hat schon einen Entwurf gezeichnet (Anlage). Brauchen wir dafür eine Genehmigung, und gibt es vielleicht Fördermittel, zum Beispiel von der Stiftung für das sorbische Volk?

Wir haben auch schon mit Dr. [[P|Budar]] vom Gestaltungsbeirat gesprochen, er findet die Idee gut.

Mit freundlichen Grüßen / Z přećelnym postrowom
[[P|Měrćin Šołta]]
[[A|Mühltorgasse 3]]
[[A|02625 Budyšin/Bautzen]]
Tel. [[T|03591 48 73 20]]
""", ["ETHNICITY"])

# ---------------------------------------------------------------- F127-024 internal reply chain (staff)
add("outlook", "mail_intern_antwortkette", """
Von: [[P|Mättig, Frank]] <[[E|frank.maettig@bautzen.de]]>
Gesendet: Montag, 12. Mai 2025 07:48
An: [[P|Zschiesche, Katrin]] <[[E|k.zschiesche@bautzen.de]]>; [[P|Hänsel, Sandra]] <[[E|s.haensel@bautzen.de]]>
Betreff: AW: [[P|Rönsch]] / Salzenforst – wie weiter?

Morgen zusammen,

danke [[P|Katrin]]. Vorschlag: Bußgeld erst, wenn die Wiederherstellungsanordnung raus ist, sonst verzetteln wir uns mit seinem Anwalt. [[P|Sandra]], bitte [[AZ|OWi 63-0031/25]] bis Ende Juni ruhen lassen.

[[P|Katrin]], kannst du mit [[P|Milena]] klären, ob die zwei Säulen wirklich wiederverwendbar sind? Dann schreiben wir das direkt in die Anordnung. Termin vor Ort gern mit [[P|Ronny]].

Gruß [[P|Frank]]

-----Ursprüngliche Nachricht-----
Von: [[P|Zschiesche, Katrin]]
Gesendet: Freitag, 9. Mai 2025 15:31
An: [[P|Mättig, Frank]]
Betreff: [[P|Rönsch]] / Salzenforst – wie weiter?

Hallo [[P|Frank]],

kurzer Stand [[AZ|BK-0091/25]]:
- Herr [[P|Rönsch]] hat über RA [[P|Dietmar Kühnel]] ([[E|kuehnel@kanzlei-kuehnel.de]]) Akteneinsicht beantragt und lässt vortragen, die Säulen seien "nicht zu retten" gewesen.
- Er war trotz Siegel am Samstag wieder auf dem Grundstück, ein Nachbar hat seinen Pick-up ([[KFZ|BZ-HR 1971]]) fotografiert. [[P|Ronny]] hat das Siegel am Montag kontrolliert – unversehrt, aber die Abdeckplane war weg.
- Die FKS teilt mit, dass gegen die beiden polnischen Arbeiter kein Verfahren eingeleitet wird (Gewerbe in PL nachgewiesen).

Ich würde eine Wiederherstellungsanordnung mit Zwangsgeldandrohung vorschlagen. Entwurf liegt im Laufwerk.

Schönes Wochenende
[[P|Katrin]]
""")

# ---------------------------------------------------------------- F127-025 building application form (health, insurance number)
add("word", "formular_bauantrag", f"""
Bauantrag – Antrag auf Baugenehmigung (§ 68 SächsBO) – Formular, Auszug
Eingang: 10.06.2025                 Az. (wird von der Behörde vergeben): [[AZ|BA-0611/25]]

Art des Vorhabens: Anbau einer Rampe und eines Außenaufzugs, barrierefreier Umbau des Erdgeschosses
Denkmalschutz: Gebäude im Denkmalensemble "Altstadt Bautzen"
Grundstück: [[A|Seminarstraße 9]], [[A|02625 Bautzen]]; Gemarkung Bautzen, Flur 3, Flurstück 758

1 Bauherr/in
1.1 Name, Vorname: [[P|Haddad, Samir]]          Geburtsdatum: [[DOB|12.04.1981]]
1.2 Name, Vorname: [[P|Haddad, Rana]]           Geburtsdatum: [[DOB|30.09.1985]]
Anschrift: [[A|Seminarstraße 9]], [[A|02625 Bautzen]]
Telefon: [[T|0176 41 29 88 03]]                E-Mail: [[E|samir.haddad@posteo.de]]

2 Entwurfsverfasser/in (bauvorlageberechtigt)
Name: [[P|Bernd Thiemig]], Dipl.-Ing. (FH) Bauingenieur
Anschrift: [[A|Dresdener Straße 54]], [[A|01877 Bischofswerda]]
Telefon: [[T|03594 70 33 81]]                  E-Mail: [[E|thiemig.planung@t-online.de]]

3 Tragwerksplanung: wie 2
4 Bauleitung: Eigenleistung der Bauherren, fachliche Begleitung durch den Entwurfsverfasser

5 Begründung (Anlage 5, freiwillige Angaben)
Unser Sohn [[P|Karim Haddad]] (geb. [[DOB|03.03.2014]]) hat eine Duchenne-Muskeldystrophie und ist seit 2024 dauerhaft auf einen Elektrorollstuhl angewiesen (Pflegegrad 4). Die Wohnung im Hochparterre ist nur über sieben Stufen erreichbar. Die Pflegekasse bezuschusst den Umbau als wohnumfeldverbessernde Maßnahme nach § 40 Abs. 4 SGB XI; Versichertennummer von [[P|Karim]]: [[KV|{KV_KARIM}]]. Der Bewilligungsbescheid liegt als Anlage 6 bei.
Wir bitten um beschleunigte Bearbeitung. Der Nachbar, Herr [[P|Frieder Löschner]] ([[A|Seminarstraße 11]]), hat dem Vorhaben durch Unterschrift auf dem Lageplan zugestimmt.

6 Unterschriften
Bautzen, 06.06.2025     [[P|Samir Haddad]]     [[P|Rana Haddad]]     [[P|B. Thiemig]]

Vermerk der Behörde: Personalausweis Bauherr vorgelegt (Nr. [[IDC|{IDC_HADDAD}]]). Unvollständig: amtlicher Lageplan fehlt. – [[P|Tran]], 10.06.2025
""", ["HEALTH"])

# ---------------------------------------------------------------- F127-026 start-of-works notice, hurried mail
add("outlook", "mail_baubeginnsanzeige", f"""
Von: [[P|Marek Wojciechowski]] <[[E|m.wojciechowski@spreetal-bau.de]]>
Gesendet: Freitag, 25. Juli 2025 14:57
An: [[E|k.zschiesche@bautzen.de]]
Betreff: Baubeginnsanzeige [[AZ|BA-0502/25]] [[A|Taucherstr. 29]] + Bauleitererklärung

Hallo Frau [[P|Zschiesche]],

anbei wie tel. besprochen die Baubeginnsanzeige für [[AZ|BA-0502/25]], Beginn Abbruch 04.08.2025, Erdarbeiten ab 18.08. Bauleiter bin ich selbst, Erklärung unterschrieben im Anhang. Vertreter wenn ich im Urlaub bin: Hr. [[P|Steffen Nitzsche]], [[T|0151 2870 4437]].

Staubschutz für Fr. [[P|Pietsch]] (Nr. 27) ist eingeplant: 3 m Staubschutzwand an der Grenze + Wasserbenebelung beim Abbruch, wie in Ihrer Nebenbestimmung 7. Die Beweissicherung an den Nachbarhäusern macht der Sachverständige [[P|Ulf Kaden]] am 30./31.07.

Für den Kran brauchen wir Sondernutzung am Gehweg, das läuft über die Straßenverkehrsbehörde, Antrag ist raus. LKW-Kennzeichen für die Zufahrtsgenehmigung: [[KFZ|BZ-SB 211]], [[KFZ|BZ-SB 214]], [[KFZ|GR-AK 503]] (Subunternehmer Lausitzer Abbruch GmbH).

sorry für die eile, bin ab 15 uhr auf der baustelle in kamenz

Mit freundlichen Grüßen
i.A. [[P|Marek Wojciechowski]]
Bauleiter

Spreetal Bau GmbH · [[N|Löbauer Straße 48]] · [[N|02625 Bautzen]]
Mobil [[T|0151 2870 4431]] · Zentrale [[N|03591 4880-0]]
Geschäftsführer: [[P|Dariusz Kowalczyk]] · AG Dresden HRB 31877 · USt-IdNr. [[N|{SPREETAL_VAT}]]
""")

# ---------------------------------------------------------------- F127-027 removal order
add("word", "anordnung_beseitigung", f"""
Stadtverwaltung Bautzen · Bauaufsichtsbehörde
{OFFICE_STREET} · {OFFICE_CITY}

Mit Zustellungsurkunde
Herrn [[P|Waldemar Reimer]]
Frau [[P|Olga Reimer]]
[[A|Flinzstraße 22]]
[[A|02625 Bautzen]]

Unser Zeichen: [[AZ|BK-0107/25]] (Bezug: [[AZ|BA-0624/25]])
Auskunft erteilt: [[P|Katrin Zschiesche]]
Durchwahl: [[T|03591 534-412]]
E-Mail: [[E|k.zschiesche@bautzen.de]]
Datum: 21.07.2025

Anordnung der Beseitigung einer baulichen Anlage (§ 80 Satz 1 SächsBO); Androhung eines Zwangsgeldes

Sehr geehrter Herr [[P|Reimer]], sehr geehrte Frau [[P|Reimer]],

bei der Prüfung Ihres Bauantrags für einen Carport und einen Geräteschuppen auf dem Grundstück [[A|Flinzstraße 22]] (Flurstück 2210/7, Gemarkung Bautzen) wurde festgestellt, dass im rückwärtigen Grundstücksteil bereits ein Gartenhaus mit ca. 38 m² Grundfläche und einer Feuerstätte errichtet wurde. Dies bestätigte die Ortsbesichtigung durch Herrn [[P|Kaltofen]] am 08.07.2025, bei der Sie, Herr [[P|Reimer]], anwesend waren. Das Gartenhaus liegt im Außenbereich (§ 35 BauGB) und ist nicht genehmigungsfähig.

Ich ordne daher an:
1. Das Gartenhaus einschließlich Fundament und Feuerstätte ist bis zum 31.10.2025 vollständig zu beseitigen.
2. Für den Fall, dass Sie der Verpflichtung aus Nr. 1 nicht fristgerecht nachkommen, wird Ihnen ein Zwangsgeld in Höhe von 3.000,00 EUR angedroht.

Begründung: Mit Schreiben vom 09.07.2025 wurden Sie angehört. Sie, Frau [[P|Reimer]], haben am 15.07.2025 telefonisch vorgetragen, das Gartenhaus diene im Sommer als Unterkunft für Familienbesuch. Dies ändert an der fehlenden Genehmigungsfähigkeit nichts; ein milderes Mittel als die Beseitigung ist nicht ersichtlich.

Für diese Anordnung wird eine Verwaltungsgebühr von 250,00 EUR erhoben (Kassenzeichen [[AZ|5.0631.010725.6]]).

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadtverwaltung Bautzen, {OFFICE_STREET}, {OFFICE_CITY}, erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Zschiesche]]
""")

# ---------------------------------------------------------------- F127-028 state monument office statement
add("outlook", "mail_landesamt_stellungnahme", f"""
Von: [[P|Bräuer, Cornelia]] <[[E|cornelia.braeuer@lfd.sachsen.de]]>
Gesendet: Donnerstag, 24. Juli 2025 11:37
An: [[P|Krawcec, Milena]] <[[E|milena.krawcec@bautzen.de]]>
Cc: [[P|Zschiesche, Katrin]] <[[E|k.zschiesche@bautzen.de]]>
Betreff: Stellungnahme LfD – [[A|Mühltorgasse 3]] (Sgraffito) und [[A|Goschwitzstraße 31]] (PV)

Liebe Frau [[P|Krawcec]],

zu den beiden Vorgängen, die Sie mir geschickt haben:

1. [[A|Mühltorgasse 3]] (Ihr Az. [[AZ|UD-2025-0402]]): Gegen die zweisprachige Inschrift auf Wunsch der sorbischen Eigentümerfamilie bestehen aus Sicht des Landesamtes keine Bedenken; sie steht in einer guten Tradition der Lausitz. Bitte achten Sie darauf, dass das Sgraffito in Kalkputz ausgeführt und die Größe gegenüber dem Entwurf von Herrn [[P|Wjelan]] etwas reduziert wird (max. 100 x 35 cm), damit die Achse über dem Portal frei bleibt. Herrn [[P|Šołta]] und Frau [[P|Šołćina]] können Sie gern meine Kontaktdaten geben.

2. [[A|Goschwitzstraße 31]] ([[AZ|BA-0417/25]]): Ich bestätige meine telefonische Einschätzung vom 20.06. Indach-Module auf der Hofseite sind vertretbar, wenn die Bemusterung überzeugt. Herr [[P|Ashworth]] hatte mir noch Fotos geschickt; die Blickbeziehung vom Stadtwall halte ich für unkritisch.

Mit freundlichen Grüßen
Dr. [[P|Cornelia Bräuer]]
Gebietsreferentin Landkreis Bautzen
Landesamt für Denkmalpflege Sachsen
Telefon [[T|0351 48430-4217]] · Zentrale [[N|0351 48430-0]]
""", ["ETHNICITY"])

# ---------------------------------------------------------------- F127-029 lawyer: objection to building permit
add("outlook", "mail_anwalt_widerspruch", f"""
Von: RA [[P|Konstantin Brähmig]] <[[E|braehmig@kanzlei-braehmig.de]]>
Gesendet: Montag, 16. Juni 2025 09:12
An: {OFFICE_MAIL}
Cc: [[E|thomas.pietsch62@web.de]]
Betreff: Widerspruch gg. Baugenehmigung vom 02.06.2025, Az. [[AZ|BA-0502/25]] – Mdt. [[P|Pietsch]]

Sehr geehrte Damen und Herren,
sehr geehrte Frau [[P|Zschiesche]],

ausweislich beiliegender Vollmacht vertrete ich Frau [[P|Gerlinde Pietsch]], [[A|Taucherstraße 27]], [[A|02625 Bautzen]]. Namens meiner Mandantin lege ich gegen die der Spreetal Bau GmbH erteilte Baugenehmigung vom 02.06.2025 (Az. [[AZ|BA-0502/25]]), meiner Mandantin zugestellt am 05.06.2025,

Widerspruch

ein. Zugleich beantrage ich, die Vollziehung der Baugenehmigung nach § 80a Abs. 1 Nr. 2 VwGO auszusetzen, da der Widerspruch nach § 212a BauGB keine aufschiebende Wirkung hat.

Die Begründung folgt nach Akteneinsicht. Ich bitte um einen Termin zur Akteneinsicht in Ihren Diensträumen; mein Mitarbeiter, Herr [[P|Felix Opitz]], wird die Akte sichten. Meine Mandantin wird während der Abbrucharbeiten zeitweise bei ihrem Sohn, Herrn [[P|Thomas Pietsch]], wohnen; Zustellungen bitte ausschließlich an meine Kanzlei.

Mit freundlichen Grüßen
[[P|Konstantin Brähmig]]
Rechtsanwalt

Kanzlei [[P|Brähmig]] · [[A|Innere Lauenstraße 9]] · [[A|02625 Bautzen]]
Telefon [[T|03591 59 30 80]] · Telefax [[T|03591 59 30 89]]
Unser Zeichen: [[AZ|0217/25 KB/op]]
""")

# ---------------------------------------------------------------- F127-030 handover note before leave
add("word", "vermerk_uebergabe_vertretung", """
Übergabevermerk Urlaubsvertretung
von: [[P|Katrin Zschiesche]] (abwesend 28.07.–15.08.2025)
an: [[P|Ngoc Anh Tran]], in dringenden Fällen [[P|Frank Mättig]]
Stand: 25.07.2025

1. [[AZ|BA-0502/25]] – MFH [[A|Taucherstraße 29]] (Spreetal Bau GmbH)
Abbruch beginnt am 04.08. Widerspruch Frau [[P|Pietsch]] über RA [[P|Brähmig]] anhängig; Akteneinsicht war am 24.07. (Herr [[P|Opitz]] hat ca. 60 Seiten kopiert, Auslagen noch offen). Falls ein Antrag nach § 80a VwGO beim VG Dresden eingeht: sofort Herrn [[P|Mättig]] informieren. Bauleiter: Herr [[P|Wojciechowski]], mobil [[T|0151 2870 4431]].

2. [[AZ|BA-0417/25]] – Villa [[A|Goschwitzstraße 31]]
Nachtrag PV: Beirat und LfD haben zugestimmt (Bemusterung!). Erstattung der Doppelzahlung an Herrn [[P|Ashworth]] ist angewiesen (Stadtkasse, Frau [[P|Böhme]], Erstattungsvorgang [[AZ|ER-2025-0088]]). Herr [[P|Ashworth]] ist bis 10.08. in Bautzen, mobil [[T|+44 7700 900417]].

3. [[AZ|BK-0091/25]] – Umgebindehaus [[A|Am Dorfteich 3]], Salzenforst
Wiederherstellungsanordnung an Herrn [[P|Rönsch]] ist am 01.07. zugestellt, Widerspruch durch RA [[P|Kühnel]] am 18.07. eingegangen. Zwangsgeld NICHT festsetzen, bevor Herr [[P|Mättig]] entschieden hat.

4. [[AZ|BA-0611/25]] – Rampe [[A|Seminarstraße 9]], Familie [[P|Haddad]]
Lageplan ist am 22.07. gekommen; bitte bevorzugt bearbeiten, die Rampe wird für den Rollstuhl des Sohnes gebraucht. Anlagen 5 und 6 (Pflegekasse) liegen im verschlossenen Umschlag – nicht in die E-Akte scannen!

5. [[AZ|BK-0107/25]] – Gartenhaus [[A|Flinzstraße 22]] ([[P|Reimer]])
Frist läuft bis 31.10., derzeit nichts zu tun. Falls Frau [[P|Reimer]] anruft: Sie möchte einen Gesprächstermin; bitte auf Ende August legen.

6. [[AZ|UD-2025-0193]] – Fenster [[A|Reichenstraße 9]] ([[P|van der Linden]])
Genehmigung am 02.06. erteilt. Dachdecker [[P|Schuster]] fragt evtl. noch einmal nach der Gerüstabnahme – nicht unsere Zuständigkeit, an die Straßenverkehrsbehörde verweisen.

7. Mails mit Kreditkartendaten (Frau [[P|Goldstein-Hale]]): nicht weiterleiten, sondern löschen und per Brief antworten (Vorlage "Hinweis Zahlungsdaten" im Laufwerk).

Vertretungsrechte in der E-Akte für Frau [[P|Tran]] sind eingerichtet.
[[P|K. Zschiesche]]
""", ["HEALTH"])


# ---------------------------------------------------------------- checks and output

def _iban_ok(value):
    s = value.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def _check_identifiers():
    for iban in (CITY_IBAN, NL_IBAN, GB_IBAN, DE_IBAN_ASHWORTH, DE_IBAN_REHN, AT_IBAN):
        assert _iban_ok(iban), iban
    for tid in (TID_PICHLER, TID_M_REHN, TID_K_REHN):
        assert len(tid) == 11 and tid[0] != "0" and mod11_10_check(tid[:10]) == int(tid[10]), tid
    for vat in (SPREETAL_VAT, VAT_SCHUSTER, VAT_POHL, VAT_SADOWSKA, VAT_MENDE):
        assert vat.startswith("DE") and mod11_10_check(vat[2:10]) == int(vat[10]), vat
    assert icao_check(IDC_GRAEFE[:9]) == int(IDC_GRAEFE[9])
    assert IDC_GRAEFE[0] in "LMNPRTVWXY" and IDC_HADDAD[0] in "LMNPRTVWXY"
    digits = CC_REBECCA.replace(" ", "")
    assert luhn_check(digits[:-1]) == int(digits[-1])
    for pl in (PL_ID_1, PL_ID_2):
        vals = [ord(c) - 55 if c.isalpha() else int(c) for c in pl]
        assert sum(v * w for v, w in zip(vals, (7, 3, 1, 9, 7, 3, 1, 7, 3))) % 10 == 0, pl


_check_identifiers()

assert len(docs) == 30
assert [d["id"] for d in docs] == [f"F127-{i:03d}" for i in range(1, 31)]
channels = [d["channel"] for d in docs]
assert channels.count("outlook") == 15 and channels.count("word") == 15
total = sum(len(d["entities"]) for d in docs)
assert 450 <= total <= 650, total

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh127.jsonl")
with open(out, "w", encoding="utf-8", newline="\n") as fh:
    for d in docs:
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
