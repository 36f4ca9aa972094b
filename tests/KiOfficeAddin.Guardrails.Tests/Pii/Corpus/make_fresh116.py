#!/usr/bin/env python3
"""Blind test batch F116: a Thuringian city's school administration office (Fachdienst Schulverwaltung und Sport,
Stadt Gera) and the health office's school-entry examinations. 30 invented documents with inline marks; writes
fresh116.jsonl next to this file. Deterministic: every random value comes from Identifiers(11616).rng."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from marks import build  # noqa: E402
from identifiers import Identifiers, mod97_iban, group  # noqa: E402

ids = Identifiers(11616)
rng = ids.rng
HERE = os.path.dirname(os.path.abspath(__file__))


def spaced(iban):
    return group(iban, 4)


def tax_id_spaced(t):
    return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"


def ssn_spaced(s):
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"


def card_spaced(c, sep=" "):
    return group(c, 4, sep)


def tax_number_th():
    # Thuringian layout FFF/BBB/BBBBP (layout only, no check digit).
    return f"1{rng.choice(['51', '57', '61', '62'])}/{ids.digits(3)}/{ids.digits(5)}"


def kassenzeichen():
    return f"5.{rng.choice(['4016', '4040', '4021'])}.{ids.digits(6, True)}"


# Office's own public values (neutral) ------------------------------------------------------------------------------
OFFICE_STREET = "[[N|Kornmarkt 12]]"
OFFICE_CITY = "[[N|07545 Gera]]"
OFFICE_TEL = "[[N|0365 838-4100]]"
OFFICE_MAIL = "[[N|schulverwaltung@gera.de]]"
GA_STREET = "[[N|Puschkinplatz 7]]"
GA_TEL = "[[N|0365 838-3551]]"

# Values shared by several documents, so that the files hang together like a real office's.
AZ_ILIEV = "40.2-OWi-SchPfl 2025/0088"
AZ_CALDARARU = "40.2-OWi-SchPfl 2025/0091"
AZ_MELNYK = "BuT-6b-2025-00318"
BG_ALKHATIB = "07501BG0031874"
KZ_REICHARDT = kassenzeichen()
KZ_KOSTOV = kassenzeichen()

DOCS = []


def doc(channel, template, flags=()):
    def register(fn):
        DOCS.append((channel, template, list(flags), fn))
        return fn
    return register


# F116-001 -----------------------------------------------------------------------------------------------------------
@doc("outlook", "einschulung_anmeldung")
def d01():
    return f"""Von: [[P|Andreea Dumitrescu]] <[[E|andreea.dumitrescu88@yahoo.com]]>
Gesendet: Montag, 13. Januar 2025 21:47
An: {OFFICE_MAIL}
Betreff: anmeldung schule fur mein sohn

Sehr geehrte Dame und Herr,

ich bin [[P|Andreea Dumitrescu]], Mutter von [[P|Ionuț Dumitrescu]], geboren [[DOB|17.05.2019]]. Wir wohnen seit Oktober in Gera, Adresse [[A|Bieblacher Straße 28]], [[A|07546 Gera]], bei meine Schwester [[P|Mihaela Stănescu]]. [[P|Ionuț]] muss in Schule kommen im August, aber ich habe keine Brief bekommen von Stadt für Untersuchung und Anmeldung. In Rumänien er war in Kindergarten in Bacău.

Ich habe Kopie von meine Buletin (Personalausweis Rumänien) Seria/Nr. [[IDC|VN 517204]] und Geburtsurkunde von [[P|Ionuț]], übersetzt. Mein Mann [[P|Florin Dumitrescu]] arbeitet in Leipzig bei Logistik, er kommt nur Wochenende, deshalb ich mache alles.

Bitte sagen Sie mir welche Schule und wann ich muss kommen. Ich spreche wenig deutsch, bitte schreiben einfach. Meine Telefon [[T|+40 745 218 663]] oder deutsche Nummer [[T|0157 38420916]] (Whatsapp).

Vielen Dank
[[P|Andreea Dumitrescu]]

Trimis de pe iPhone"""


# F116-002 -----------------------------------------------------------------------------------------------------------
@doc("word", "schulplatz_zuweisung")
def d02():
    return f"""Stadtverwaltung Gera
Fachdienst Schulverwaltung und Sport
{OFFICE_STREET} · {OFFICE_CITY}

Stadtverwaltung Gera · [[N|Postfach 1550]] · [[N|07505 Gera]]

Frau [[P|Doreen Matthes]]
Herrn [[P|Enrico Matthes]]
[[A|Zwötzener Straße 63]]
[[A|07551 Gera]]

Ihre Nachricht vom: 04.02.2025
Unser Zeichen: [[AZ|40.2-SA26/0417]]
Bearbeiterin: [[P|Kerstin Thieme]]
Telefon: [[N|0365 838-4123]]
E-Mail: [[E|kerstin.thieme@gera.de]]
Datum: 03.03.2025

Aufnahme in die Klassenstufe 1 zum Schuljahr 2025/26
Ihr Kind: [[P|Lotta Matthes]], geb. [[DOB|22.09.2018]]

Sehr geehrte Frau [[P|Matthes]], sehr geehrter Herr [[P|Matthes]],

Sie haben für Ihre Tochter [[P|Lotta]] die Aufnahme an der Staatlichen Grundschule „[[N|Otto Dix]]“ beantragt. Ihre Wohnanschrift liegt nicht im Schulbezirk dieser Schule. Für die Staatliche Grundschule „[[N|Otto Dix]]“ liegen zum Schuljahr 2025/26 insgesamt 63 Anmeldungen für 50 Plätze vor, davon 47 aus dem eigenen Schulbezirk. Nach Berücksichtigung der Härtefälle und der Geschwisterkinder stehen für Kinder aus anderen Schulbezirken keine Plätze mehr zur Verfügung.

Ihr Antrag auf Aufnahme außerhalb des Schulbezirks wird daher abgelehnt. [[P|Lotta]] wird der für Ihre Wohnanschrift zuständigen Staatlichen Grundschule Zwötzen zugewiesen. Die Schule lädt Sie gesondert zur Schulanmeldung ein; bitte bringen Sie dazu die Geburtsurkunde und den Nachweis über die Masernimpfung mit.

Sollte an der Grundschule „[[N|Otto Dix]]“ bis zum 30.06.2025 ein Platz frei werden, rückt Ihr Kind nach der Reihenfolge der Warteliste nach (derzeit Platz 4).

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift bei der Stadtverwaltung Gera, Fachdienst Schulverwaltung und Sport, {OFFICE_STREET}, {OFFICE_CITY}, einzulegen.

Mit freundlichen Grüßen
Im Auftrag

[[P|Frank Ullrich]]
Sachgebietsleiter Schulverwaltung"""


# F116-003 -----------------------------------------------------------------------------------------------------------
@doc("word", "seu_dokumentation", ["HEALTH"])
def d03():
    kv = ids.health_insurance()
    return f"""Gesundheitsamt Gera – Kinder- und Jugendärztlicher Dienst
{GA_STREET} · {OFFICE_CITY} · Tel. {GA_TEL}

Schuleingangsuntersuchung 2025 – Dokumentationsbogen (Exemplar für die Sorgeberechtigten)

Name des Kindes: [[P|Nguyen]]          Vorname: [[P|Minh Anh]]
Geburtsdatum: [[DOB|08.02.2019]]          Geschlecht: weiblich
Anschrift: [[A|Heinrichstraße 51]], [[A|07545 Gera]]
Sorgeberechtigte: [[P|Phạm Thị Hoa]] (Mutter), [[P|Nguyễn Văn Hùng]] (Vater)
Telefon: [[T|0176 24518830]]
Krankenkasse: AOK PLUS          Versichertennummer: [[KV|{kv}]]
Kindertageseinrichtung: Kita „Sonnenschein“, Lusan (seit 09/2022)
Familiensprache: Vietnamesisch, Deutsch seit Kita-Eintritt
Untersuchungsdatum: 12.03.2025          Untersuchende Ärztin: Dipl.-Med. [[P|Gudrun Scheibe]]
Begleitperson bei der Untersuchung: Mutter, Dolmetschung durch Tante [[P|Phạm Thị Lan]]

Befunde
Sehtest: Visus rechts 0,8 / links 0,5 – auffällig, augenärztliche Kontrolle erforderlich
Hörtest (Audiometrie): beidseits unauffällig
Sprache (S-ENS): Pseudowörter unauffällig; Grammatik und Wortschatz Deutsch eingeschränkt (Zweitspracherwerb seit ca. 2,5 Jahren)
Körperkoordination: altersgerecht; Visuomotorik: leicht verzögert
Impfstatus: Masern 2x dokumentiert, Tetanus/Diphtherie/Pertussis vollständig; Impfbuch lag vor
Körpergröße 109 cm, Gewicht 17,2 kg (BMI im Normbereich)
Anamnese (Angaben der Mutter): Neurodermitis seit dem Säuglingsalter, derzeit mild; keine Dauermedikation

Empfehlung
[ x ] Einschulung zum Schuljahr 2025/26 ohne Einschränkungen
[ x ] Sprachförderung Deutsch als Zweitsprache in der Schuleingangsphase
[ x ] Vorstellung beim Augenarzt bis 30.05.2025, Befund bitte an das Gesundheitsamt
[   ] Zurückstellung empfohlen

Die Schule erhält nur das Ergebnis (einschulungsfähig / Förderhinweise), nicht die Einzelbefunde.

Dipl.-Med. [[P|Gudrun Scheibe]]
Fachärztin für Kinder- und Jugendmedizin"""


# F116-004 -----------------------------------------------------------------------------------------------------------
@doc("outlook", "schulpflicht_meldung_fwd")
def d04():
    return f"""Von: Sekretariat Regelschule Lusan <[[N|sekretariat@rs-lusan.gera.de]]>
Gesendet: Dienstag, 11. März 2025 09:12
An: [[P|Thieme, Kerstin]] <[[E|kerstin.thieme@gera.de]]>
Cc: [[P|Riedel, Juliane]] <[[E|j.riedel@schulsozialarbeit-gera.de]]>
Betreff: WG: Schulpflichtverletzung [[P|Nikola Iliev]], Kl. 7a
Anlagen: Fehlzeiten_7a.pdf; Mahnung_2025-02-07.pdf

Liebe Frau [[P|Thieme]],

anbei die Meldung unseres Kollegen Herrn [[P|Böttcher]] mit der Bitte um Einleitung eines Verfahrens. Die Fehlzeitenübersicht und die Kopie der zweiten Mahnung hängen an. Unser Schulleiter, Herr [[P|Lippold]], ist bis Freitag auf Fortbildung, hat das Vorgehen aber abgestimmt.

Mit freundlichen Grüßen
[[P|Ines Pöschel]]
Schulsekretariat
Staatliche Regelschule Lusan
[[N|Werner-Petzold-Straße 15]] · [[N|07549 Gera]]
Tel. [[N|0365 7340218]]

-----Ursprüngliche Nachricht-----
Von: [[P|Böttcher, Sven]] <[[E|s.boettcher@rs-lusan.gera.de]]>
Gesendet: Montag, 10. März 2025 16:40
An: Sekretariat Regelschule Lusan <[[N|sekretariat@rs-lusan.gera.de]]>
Betreff: Schulpflichtverletzung [[P|Nikola Iliev]], Kl. 7a

Hallo Frau [[P|Pöschel]],

bitte ans Schulverwaltungsamt weiterleiten:

Schüler: [[P|Nikola Iliev]], geb. [[DOB|02.12.2011]], Klasse 7a
Wohnanschrift lt. Schülerakte: [[A|Ernst-Toller-Straße 22]], [[A|07549 Gera]]
Fehlzeiten: seit 13.01.2025 durchgehend unentschuldigt, bisher 31 Schultage / 186 Unterrichtsstunden

Ich war am 24.02. zusammen mit Frau [[P|Riedel]] (Schulsozialarbeit) bei der Familie. Angetroffen haben wir nur die Großmutter, Frau [[P|Vasilka Ilieva]], die kaum Deutsch spricht. Sie sagte, [[P|Nikola]] sei „bei Papa“. Der Vater, [[P|Stefan Iliev]], ist telefonisch nicht erreichbar ([[T|+359 887 614 205]], Mailbox voll; die deutsche Nummer [[T|0176 58120374]] ist abgemeldet). Die Mutter, [[P|Radka Ilieva]], soll nach Auskunft von Nachbarn seit Januar in Bulgarien sein.

Die Schwester, [[P|Desislava Ilieva]] (Klasse 5c), kommt regelmäßig, wirkt aber sehr belastet. Die schriftlichen Mahnungen vom 20.01. und 07.02. kamen nicht zurück, eine Reaktion gab es nicht.

Gruß
[[P|Sven Böttcher]]
Klassenlehrer 7a"""


# F116-005 -----------------------------------------------------------------------------------------------------------
@doc("word", "owi_anhoerung")
def d05():
    return f"""Stadtverwaltung Gera · Fachdienst Schulverwaltung und Sport · {OFFICE_STREET} · {OFFICE_CITY}

Herrn
[[P|Stefan Iliev]]
[[A|Ernst-Toller-Straße 22]]
[[A|07549 Gera]]

Aktenzeichen: [[AZ|{AZ_ILIEV}]]
Auskunft erteilt: [[P|Kerstin Thieme]], Zimmer 2.07, Tel. [[N|0365 838-4123]]
Gera, 19.03.2025

Anhörung im Bußgeldverfahren wegen Verletzung der Schulpflicht
(§ 35 Ordnungswidrigkeitengesetz in Verbindung mit dem Thüringer Schulgesetz)

Betroffener: [[P|Stefan Iliev]], geb. [[DOB|14.06.1984]] in Sliwen (Bulgarien)
Kind: [[P|Nikola Iliev]], geb. [[DOB|02.12.2011]], Staatliche Regelschule Lusan, Klasse 7a

Sehr geehrter Herr [[P|Iliev]],

Ihnen wird vorgeworfen, als Erziehungsberechtigter nicht dafür gesorgt zu haben, dass Ihr Sohn [[P|Nikola]] regelmäßig am Unterricht teilnimmt. Nach Mitteilung der Schule hat [[P|Nikola]] im Zeitraum vom 13.01.2025 bis 07.03.2025 an 31 Schultagen unentschuldigt gefehlt. Zwei schriftliche Mahnungen der Schule blieben ohne Reaktion.

Sie haben Gelegenheit, sich bis zum 09.04.2025 zu dem Vorwurf zu äußern. Sie können sich schriftlich äußern oder nach Terminvereinbarung persönlich bei Frau [[P|Thieme]] vorsprechen. Es steht Ihnen frei, sich zur Sache nicht zu äußern. Machen Sie keine Angaben, wird nach Aktenlage entschieden; es kann ein Bußgeld festgesetzt werden.

Wichtiger als ein Bußgeld ist uns, dass [[P|Nikola]] wieder zur Schule geht. Wenn es Gründe für das Fehlen gibt (Krankheit, Aufenthalt im Ausland, Probleme in der Schule), teilen Sie uns diese bitte mit. Die Schulsozialarbeiterin, Frau [[P|Juliane Riedel]], unterstützt Sie gern.

Ако имате нужда от преводач, моля, обадете се на [[N|0365 838-4100]].

Mit freundlichen Grüßen
Im Auftrag

[[P|Kerstin Thieme]]"""


# F116-006 -----------------------------------------------------------------------------------------------------------
@doc("outlook", "schuelerfahrkarte_verloren")
def d06():
    kd = f"2024-SB-{ids.digits(5)}"
    return f"""Von: [[P|mandy kunze]] <[[E|mandy.k1987@web.de]]>
Gesendet: Sonntag, 16. März 2025 20:13
An: [[N|schuelerbefoerderung@gera.de]]
Betreff: fahrkarte weg

hallo,

mein sohn [[P|kevin kunze]] (3b, gs bieblach) hat seine schülerfahrkarte verloren, wahrscheinlich im bus linie 12 am freitag, im fundbüro ist sie nicht. er muss jetzt jeden tag mit mir fahren und weil ich früh schicht hab ist das echt blöd. wie bekomm ich eine neue?? muss ich was bezahlen?
kundennummer steht glaub ich auf dem alten brief: [[AZ|{kd}]]

wir wohnen übrigens nicht mehr in der ostvorstadt sondern [[A|zeitzer str. 112]], [[A|07546 gera]], hab das schon beim bürgeramt umgemeldet. mittwochs holt ihn meine mutter ([[P|helga kunze]]) ab, kann die neue karte auch an sie geschickt werden? die wohnt [[A|hainstraße 4]].

lg [[P|mandy]]
[[T|0152 28739014]]

Von meinem Samsung Galaxy Smartphone gesendet"""


# F116-007 -----------------------------------------------------------------------------------------------------------
@doc("word", "busliste", ["HEALTH"])
def d07():
    rows = [
        ("Wendt, Leonie", "14.02.2013", "Langenberger Straße 9", "06:52", "Rollstuhl, Rampe und 4-Punkt-Gurt", "0176 30218845"),
        ("Gröger, Elias", "03.09.2011", "Straße des Bergmanns 21", "06:58", "Epilepsie – Notfallmedikament (Buccolam) im Rucksack", "0151 44028761"),
        ("Popa, Alexandru", "21.12.2012", "Zeulsdorfer Straße 40", "07:03", "versteht wenig Deutsch, Mutter spricht Rumänisch", "+40 723 551 908"),
        ("Seifert, Chantal", "30.06.2014", "Dornaer Straße 117", "07:06", "Typ-1-Diabetes, Traubenzucker im Bus erlaubt", "0365 4120937"),
        ("Haj Ali, Rami", "11.04.2012", "Leipziger Straße 203", "07:11", "Autismus: fester Sitzplatz vorn rechts, nicht neben Fenster", "0157 70316624"),
        ("Pham, Lisa", "25.01.2015", "Debschwitzer Straße 58", "07:15", "–", "0162 9048813"),
        ("Ullmann, Tom", "09.08.2013", "Laasener Straße 6", "07:19", "Mutter begleitet bis zur Haltestelle", "0173 2259047"),
        ("Dimitrov, Boris", "17.05.2011", "Greizer Straße 88", "07:24", "–", "0176 83340162"),
        ("Zeidler, Marie", "02.11.2012", "Weimarische Straße 31", "07:28", "Rollator, Einstieg hinten", "0365 7731605"),
    ]
    lines = []
    for i, (name, dob, street, time, note, tel) in enumerate(rows, 1):
        lines.append(f"{i}\t[[P|{name}]]\t[[DOB|{dob}]]\t[[A|{street}]]\t{time}\t{note}\t[[T|{tel}]]")
    table = "\n".join(lines)
    return f"""Stadt Gera – Fachdienst Schulverwaltung und Sport – Schülerbeförderung
Beförderungsliste Sonderlinie S3 – Staatliches Förderzentrum Gera-Ost – Schuljahr 2024/25, gültig ab 24.02.2025
NUR FÜR FAHRPERSONAL UND BEGLEITUNG – nicht aushängen, nach Ende des Schuljahres vernichten

Auftragnehmer: Busbetrieb Elstertal GmbH, Fahrzeug [[N|G-EB 412]] (Kleinbus mit Hublift)
Fahrer: [[P|Ronny Seidel]], Diensthandy [[T|0171 4420385]]
Begleitperson: [[P|Marina Junghanns]]
Rückfragen Schulverwaltung: [[P|Marco Heinze]], Tel. [[N|0365 838-4131]]

Nr.\tName, Vorname\tGeb.-Datum\tZustieg (Wohnanschrift)\tab\tHinweise\tNotfallkontakt
{table}

Rückfahrt ab Förderzentrum 13:40 Uhr (Fr. 12:15 Uhr) in umgekehrter Reihenfolge. Kinder dürfen nur an eine bekannte Person übergeben werden; [[P|Leonie]] und [[P|Marie]] nur an die Eltern bzw. den Pflegedienst.
Bei Ausfall des Fahrzeugs: sofort Schulverwaltung und Förderzentrum ([[N|0365 8008120]]) informieren."""


# F116-008 -----------------------------------------------------------------------------------------------------------
@doc("outlook", "but_antrag_mittagessen")
def d08():
    iban = ids.iban_de()
    return f"""From: [[P|Mohammad Al-Khatib]] <[[E|m.alkhatib.gera@gmail.com]]>
Sent: Wednesday, April 2, 2025 7:58 AM
To: [[N|but@gera.de]]
Subject: Antrag Mittagessen BuT for my children

Hello / Guten Tag,

my name is [[P|Mohammad Al-Khatib]], I write for my wife [[P|Rasha Haddad]] and our children. We get Bürgergeld from Jobcenter Gera, BG-Nummer [[AZ|{BG_ALKHATIB}]].

Children:
- [[P|Lana Al-Khatib]], born [[DOB|19.08.2016]], Grundschule Lusan, Klasse 3
- [[P|Omar Al-Khatib]], born [[DOB|03.01.2019]], Schuleinführung in August 2025
- [[P|Yara]] is 2 years, she is in Kita, I think this is other office?

The school secretary say for Mittagessen we need the Bescheid from you, without Bescheid [[P|Lana]] cannot eat in school from May. I send the Bürgergeld-Bescheid and Schulbescheinigung as attachment (photo, sorry the quality).

For Schulbedarf / Schulranzen for [[P|Omar]] please send the money to my account:
IBAN [[IBAN|{spaced(iban)}]] (Sparkasse Gera-Greiz), Kontoinhaber [[P|Mohammad Al-Khatib]]

Unsere Adresse: [[A|Liebschwitzer Straße 40]], [[A|07551 Gera]]
Telefon [[T|0157 52049817]] (also WhatsApp)

Sorry for my German, I learn B1 now in Volkshochschule.
Thank you very much / Vielen Dank
[[P|Mohammad Al-Khatib]]"""


# F116-009 -----------------------------------------------------------------------------------------------------------
@doc("word", "but_bescheid")
def d09():
    iban = ids.iban_de()
    return f"""Stadtverwaltung Gera
Fachdienst Schulverwaltung und Sport – Bildung und Teilhabe
{OFFICE_STREET}, {OFFICE_CITY}

Frau
[[P|Oksana Melnyk]]
[[A|Lusaner Straße 18]]
[[A|07549 Gera]]

Vorgangsnummer: [[AZ|{AZ_MELNYK}]]
Sachbearbeitung: [[P|Anja Zöllner]], Telefon [[N|0365 838-4140]]
Datum: 22.04.2025

Bescheid über Leistungen für Bildung und Teilhabe nach § 6b Bundeskindergeldgesetz

Sehr geehrte Frau [[P|Melnyk]],

auf Ihren Antrag vom 31.03.2025 werden für Ihre Kinder

[[P|Sofiia Melnyk]], geb. [[DOB|11.11.2014]], Staatliche Grundschule Lusan, Klasse 4
[[P|Artem Melnyk]], geb. [[DOB|27.04.2018]], Staatliche Grundschule Lusan, Klasse 1

für den Zeitraum 01.04.2025 bis 31.03.2026 folgende Leistungen bewilligt:

1. Gemeinschaftliche Mittagsverpflegung für [[P|Sofiia]] und [[P|Artem]]: Die Kosten werden in voller Höhe übernommen und direkt mit dem Essenanbieter der Schule abgerechnet. Ein Eigenanteil fällt nicht an.
2. Ausstattung mit persönlichem Schulbedarf: je Kind 130,00 € zum 1. August und 65,00 € zum 1. Februar. Die Beträge werden auf Ihr Konto IBAN [[IBAN|{iban}]] überwiesen.
3. Lernförderung Deutsch für [[P|Artem]]: 2 Stunden wöchentlich, längstens bis 31.01.2026, durch den Anbieter „Lernwerk Gera“, Inhaberin [[P|Katrin Oertel]]. Die Abrechnung erfolgt direkt mit dem Anbieter.

Abgelehnt wird derzeit die Übernahme der Kosten für die mehrtägige Klassenfahrt der Klasse 4 im Juni 2025, weil die Bestätigung der Schule über Ziel, Dauer und Kosten noch nicht vorliegt. Sobald die Bestätigung eingeht, wird über diesen Teil neu entschieden.

Begründung
Sie beziehen Kinderzuschlag nach § 6a BKGG (Bescheid der Familienkasse vom 12.02.2025). Damit haben Ihre Kinder Anspruch auf Leistungen für Bildung und Teilhabe. Die Voraussetzungen für die Lernförderung hat die Klassenlehrerin von [[P|Artem]], Frau [[P|Hänsel]], bestätigt.

Bitte teilen Sie uns Änderungen (Umzug, Schulwechsel, Ende des Kinderzuschlags) sofort mit.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadtverwaltung Gera, {OFFICE_STREET}, {OFFICE_CITY}, erhoben werden.

Im Auftrag
[[P|Anja Zöllner]]"""


# F116-010 -----------------------------------------------------------------------------------------------------------
@doc("outlook", "widerspruch_anwalt", ["HEALTH"])
def d10():
    return f"""Von: Kanzlei am Löbdertor <[[N|kanzlei@loebdertor-recht.de]]>
Gesendet: Freitag, 4. April 2025 11:26
An: {OFFICE_MAIL}
Cc: [[E|a.alhamwi@gmx.de]]
Betreff: Widerspruch – Ihr Az. [[AZ|40.3-SB-2025/0212]] – Schülerbeförderung [[P|Kareem Alhamwi]] – unser Zeichen [[AZ|118/25 LA]]

Sehr geehrte Damen und Herren,

in der Schülerbeförderungsangelegenheit des Kindes [[P|Kareem Alhamwi]], geb. [[DOB|30.07.2017]], zeigen wir an, dass uns die Eltern, Herr [[P|Abdulrahman Alhamwi]] und Frau [[P|Huda Alhamwi]], [[A|Berliner Straße 152]], [[A|07545 Gera]], mit der Wahrnehmung ihrer Interessen beauftragt haben. Eine auf uns lautende Vollmacht fügen wir bei.

Namens und im Auftrag unserer Mandanten legen wir gegen Ihren Bescheid vom 18.03.2025, zugestellt am 21.03.2025, mit dem die Übernahme der Beförderungskosten zur Staatlichen Grundschule „[[N|Friedrich Fröbel]]“ abgelehnt wurde,

Widerspruch

ein. Eine ausführliche Begründung bleibt nach Akteneinsicht vorbehalten. Wir bitten um Übersendung der Verwaltungsvorgänge an unsere Kanzlei.

Bereits jetzt weisen wir auf Folgendes hin: [[P|Kareem]] ist ein Kind mit einer diagnostizierten Autismus-Spektrum-Störung (ICD-10 F84.0) und einer medikamentös eingestellten Epilepsie. Das Staatliche Schulamt Ostthüringen hat sonderpädagogischen Förderbedarf im Bereich emotionale und soziale Entwicklung festgestellt und den gemeinsamen Unterricht an der genannten Grundschule empfohlen. Die behandelnde Kinder- und Jugendpsychiaterin, Frau Dr. med. [[P|Hanna Leitner]], bestätigt in ihrer Stellungnahme vom 27.03.2025 (Anlage 3), dass [[P|Kareem]] den Schulweg mit zweimaligem Umstieg im ÖPNV allein nicht bewältigen kann und bei Reizüberflutung zu Anfällen neigt. Auf die Entfernung von 3,2 km kommt es daher nicht an; maßgeblich ist die Zumutbarkeit im Einzelfall.

Wir regen an, bis zur Entscheidung über den Widerspruch eine vorläufige Beförderung im Schülerspezialverkehr zu gewähren, um einen Eilantrag beim Verwaltungsgericht Gera zu vermeiden.

Mit freundlichen Grüßen

[[P|Leyla Aksoy-Brandt]]
Rechtsanwältin
Fachanwältin für Sozialrecht

Kanzlei am Löbdertor · [[N|Löbdergraben 21]] · [[N|07743 Jena]]
Tel. [[N|03641 5093320]] · Fax [[N|03641 5093329]]"""


# F116-011 -----------------------------------------------------------------------------------------------------------
@doc("word", "protokoll_einschulung", ["HEALTH"])
def d11():
    return f"""Ergebnisprotokoll
Abstimmungsrunde Einschulung 2025/26 – Kinder mit besonderem Unterstützungsbedarf

Datum: 08.04.2025, 13:30–15:10 Uhr
Ort: Stadtverwaltung Gera, Beratungsraum 2.14, {OFFICE_STREET}
Teilnehmende: [[P|Frank Ullrich]] (Schulverwaltung, Leitung), [[P|Kerstin Thieme]] (Schulverwaltung, Protokoll), Dipl.-Med. [[P|Gudrun Scheibe]] (Gesundheitsamt, KJÄD), [[P|Stephan Gerlach]] (Staatliches Schulamt Ostthüringen), [[P|Juliane Riedel]] (Schulsozialarbeit)
Entschuldigt: Dr. [[P|Beate Franke]] (Amtsärztin)

Vertraulich – enthält Gesundheitsdaten. Verteilung nur an die Teilnehmenden.

TOP 1 Einzelfälle

1.1 [[P|Ben Trommer]], geb. [[DOB|04.06.2019]], Kita „Spatzennest“
SEU-Befund: kombinierte Entwicklungsstörung (Sprache, Motorik), Verdacht auf ADHS; seit 2024 Typ-1-Diabetes mit Insulinpumpe, Blutzuckerkontrollen im Vormittag nötig. Eltern wünschen Aufnahme an der GS Bieblach (Wohnortnähe).
Ergebnis: Aufnahme GS Bieblach möglich. Antrag auf Schulbegleitung beim Fachdienst Soziales empfohlen; Stellungnahme KJÄD durch Frau [[P|Scheibe]] bis 30.04. Frau [[P|Riedel]] informiert die Mutter, Frau [[P|Susann Trommer]] (Tel. [[T|0160 2047719]]).

1.2 [[P|Nour Alsaleh]], geb. [[DOB|15.09.2018]], seit Oktober 2024 in Gera, keine Kita
SEU-Befund unauffällig; Deutschkenntnisse gering. Familie spricht Arabisch.
Ergebnis: reguläre Einschulung GS Lusan mit DaZ-Förderung; Elterngespräch mit Sprachmittlung über die Integrationslotsen.

1.3 [[P|Daria Ceban]], geb. [[DOB|29.01.2019]]
Hochgradige Schwerhörigkeit beidseits, Cochlea-Implantat rechts seit 2023; Gebärdenunterstützung. Mutter ([[P|Veronica Ceban]]) wünscht Förderzentrum Hören in Erfurt, Fahrtzeit ca. 75 Minuten je Richtung.
Ergebnis: Herr [[P|Gerlach]] prüft Alternative gemeinsamer Unterricht mit Mobilem Sonderpädagogischem Dienst; Entscheidung Schulamt bis 15.05. Schülerbeförderung nach Erfurt ggf. durch Einzelbeförderung (Herr [[P|Ullrich]] klärt Kosten).

1.4 [[P|Emil Sachse]], geb. [[DOB|12.07.2019]]
Antrag der Eltern auf Zurückstellung. Frühgeburt 29. SSW, Sprachentwicklungsstörung, Logopädie seit 2023. Frau [[P|Scheibe]] befürwortet die Zurückstellung.
Ergebnis: Zurückstellung um ein Jahr; Bescheid durch Schulverwaltung; Kita wird informiert.

1.5 [[P|Finn Hesse]], geb. [[DOB|05.05.2015]], Pflegekind
Wechsel in Pflegefamilie nach Ronneburg zum 01.04.2025; Vormund Herr [[P|Thomas Gräfe]] (Jugendamt). Traumatherapie läuft.
Ergebnis: Gastschulverhältnis an GS Bieblach bis Schuljahresende, danach Schule am Wohnort. Beförderungskosten übernimmt bis 31.07. der Fachdienst Jugend.

TOP 2 Verschiedenes
Die Einladungen zur SEU werden ab 2026 zusätzlich auf Arabisch, Rumänisch, Ukrainisch und Vietnamesisch versandt. Nächste Runde: 13.05.2025, 13:30 Uhr.

Gera, 09.04.2025
gez. [[P|Thieme]]"""


# F116-012 -----------------------------------------------------------------------------------------------------------
@doc("outlook", "zurueckstellung_antrag", ["HEALTH"])
def d12():
    return f"""Von: [[P|Le Thi Mai]] <[[E|mai.le.gera@gmail.com]]>
Gesendet: Donnerstag, 27. März 2025 23:05
An: [[E|kerstin.thieme@gera.de]]
Betreff: Antrag Zurückstellung Einschulung – [[P|Tran Gia Bao]], geb. [[DOB|21.06.2019]]

Sehr geehrte Frau [[P|Thieme]],

ich schreibe für meinen Sohn [[P|Trần Gia Bảo]] (in deutsche Papiere: [[P|Gia Bao Tran]]), geboren am [[DOB|21.06.2019]]. Bei der Schuleingangsuntersuchung am 19.03. hat Frau Dr. [[P|Scheibe]] gesagt, [[P|Bảo]] ist noch sehr klein und hat Problem mit Konzentration und mit Stift halten. Er war Frühgeburt in 31. Woche und hatte lange Zeit Atemprobleme (Asthma), viel im Krankenhaus, auch letzten Winter zwei Wochen in Kinderklinik.

Wir möchten gern, dass [[P|Bảo]] noch ein Jahr in Kita bleibt. Die Erzieherin in Kita „Regenbogen“, Frau [[P|Kühn]], sagt auch so, sie schreibt einen Bericht. Bitte sagen Sie mir, welche Papiere ich noch brauche. Arztbrief von Kinderklinik habe ich (Dr. [[P|Wolfgang Hertel]]).

Mein Mann [[P|Trần Văn Phúc]] und ich arbeiten beide im Geschäft (Nagelstudio), deshalb schreibe ich am Abend per E-Mail. Telefon Geschäft [[T|0365 55218746]] oder Handy [[T|0178 6639021]], bitte ab 20 Uhr.
Adresse: [[A|Straße des Friedens 88]], [[A|07548 Gera]]

Vielen Dank und freundliche Grüße
[[P|Lê Thị Mai]]"""


# F116-013 -----------------------------------------------------------------------------------------------------------
@doc("outlook", "schulanmeldung_zuzug")
def d13():
    pas = "B" + ids.digits(8)
    return f"""From: [[P|Ion Rotaru]] <[[E|ion.rotaru.md@mail.ru]]>
Sent: Monday, 17 March 2025 06:41
To: {OFFICE_MAIL}
Subject: School registration for my son / Schulanmeldung

Good day,

sorry that I write in English, my German is only A2. We moved from Chișinău to Gera in February 2025 because I work now in a company in Gera-Langenberg (metal construction). My son [[P|Cristian Rotaru]] (born [[DOB|09.09.2013]]) must go to school, in Moldova he was in 5th class at Liceul Teoretic „[[N|Mihai Eminescu]]“.

We live now: [[A|Wiesestraße 196]], [[A|07548 Gera]]. The Meldebescheinigung is attached, also his last school report (Romanian, with translation).
For identification: my passport Republic of Moldova No. [[PASS|{pas}]], valid until 2031.

My wife [[P|Natalia Rotaru]] stays at home with our daughter [[P|Ana]] (4 years) – she needs a Kita place, is this also your office or another one?
[[P|Cristian]] speaks Romanian and Russian, a little English. Does he get German lessons (DaZ) in the school? Which school is for our street? He likes football and maths :)

My phone: [[T|+49 1590 1847263]], in Moldova [[T|+373 69 482 117]] (my wife).

Best regards / Mit freundlichen Grüßen
[[P|Ion Rotaru]]"""


# F116-014 -----------------------------------------------------------------------------------------------------------
@doc("word", "jugendamt_pflegekind", ["HEALTH"])
def d14():
    kv = ids.health_insurance()
    return f"""Stadtverwaltung Gera
Fachdienst Jugend und Familie – Pflegekinderdienst

Hausmitteilung
An: Fachdienst Schulverwaltung und Sport, z. Hd. Frau [[P|Thieme]]
Aktenzeichen: [[AZ|51.3-PKD-0093/21]]
Datum: 14.04.2025

Schulwechsel und Schülerbeförderung des Pflegekindes [[P|Finn Hesse]], geb. [[DOB|05.05.2015]]

Sehr geehrte Frau [[P|Thieme]],

wie in der Abstimmungsrunde besprochen, teile ich Ihnen die für die Schule erforderlichen Angaben mit.

[[P|Finn]] lebt seit dem 01.04.2025 in der Vollzeitpflegefamilie [[P|Silke Wunderlich]] und [[P|Holger Wunderlich]], [[A|Am Mühlgraben 6]], [[A|07580 Ronneburg]]. Vorher war er in Bereitschaftspflege bei Familie [[P|Kresse]] in Gera-Untermhaus. Die Vormundschaft führt Herr [[P|Thomas Gräfe]] (Amtsvormund, Tel. [[N|0365 838-3417]]).

Der leiblichen Mutter, Frau [[P|Jacqueline Hesse]], geb. [[DOB|18.11.1996]], ist das Sorgerecht entzogen (Beschluss des Amtsgerichts Gera vom 03.02.2025, Az. [[AZ|3 F 412/24]]). Die Anschrift der Pflegefamilie darf ihr und Dritten nicht mitgeteilt werden; für [[P|Finn]] besteht eine Auskunftssperre im Melderegister. Bitte vermerken Sie das in der Schülerakte und im Schulverwaltungsprogramm.

[[P|Finn]] besucht bis zum Schuljahresende die GS Bieblach (Klasse 4). Die Beförderungskosten Ronneburg–Gera (Taxi, täglich ca. 2 × 14 km) trägt bis 31.07.2025 der Fachdienst Jugend und Familie. [[P|Finn]] ist in traumatherapeutischer Behandlung; die Termine finden dienstags um 14 Uhr statt, eine Abholung um 13:15 Uhr ist mit der Schule abgesprochen.

Krankenversicherung (Familienversicherung über die Pflegemutter nicht möglich, Versicherung über das Jugendamt): BARMER, Versichertennummer [[KV|{kv}]]

Ansprechpartner in der Pflegefamilie ist Frau [[P|Wunderlich]], Tel. [[T|036602 591347]], Mobil [[T|0170 8834125]].

Mit freundlichen Grüßen
[[P|Yvonne Götze]]
Pflegekinderdienst"""


# F116-015 -----------------------------------------------------------------------------------------------------------
@doc("outlook", "fahrtkosten_antwort", ["HEALTH"])
def d15():
    iban = ids.iban_de()
    return f"""Von: [[P|Heinze, Marco]] <[[E|marco.heinze@gera.de]]>
Gesendet: Mittwoch, 23. April 2025 10:05
An: '[[P|Jens Reichardt]]' <[[E|jens.reichardt@t-online.de]]>
Betreff: AW: Fahrtkosten [[P|Theo]] – Kilometerpauschale

Sehr geehrter Herr [[P|Reichardt]],

vielen Dank für Ihre Unterlagen. Für die Erstattung fehlt noch die Bestätigung der Schule über die Tage, an denen Sie [[P|Theo]] im März gefahren haben (Vordruck anbei, die Schule muss nur abhaken und stempeln). Die Pauschale beträgt 0,20 € je gefahrenem Kilometer, Hin- und Rückweg werden je einmal berücksichtigt.

Ihr Vorgang läuft unter dem Kassenzeichen [[AZ|{KZ_REICHARDT}]]; bitte geben Sie es bei Rückfragen an. Die Bankverbindung Ihrer Frau habe ich hinterlegt.

Gute Besserung an [[P|Theo]]!

Mit freundlichen Grüßen
Im Auftrag
[[P|Marco Heinze]]
Stadtverwaltung Gera | Fachdienst Schulverwaltung und Sport | Schülerbeförderung
{OFFICE_STREET} | {OFFICE_CITY}
Tel. [[N|0365 838-4131]]

-----Ursprüngliche Nachricht-----
Von: [[P|Jens Reichardt]] <[[E|jens.reichardt@t-online.de]]>
Gesendet: Donnerstag, 17. April 2025 22:31
An: [[N|schuelerbefoerderung@gera.de]]
Betreff: Fahrtkosten [[P|Theo]] – Kilometerpauschale

Guten Abend Herr [[P|Heinze]],

wie telefonisch besprochen anbei der Antrag auf Erstattung der Fahrtkosten für unseren Sohn [[P|Theo Reichardt]] (Klasse 2, GS Untermhaus). Nach dem Unfall beim Schlittenfahren im Januar (Oberschenkelbruch links, Gips bzw. Orthese bis voraussichtlich Ende Mai) kann [[P|Theo]] nicht mit dem Bus fahren. Ich fahre ihn mit unserem Privat-PKW [[KFZ|G-JR 2207]] jeden Morgen von unserer Wohnung in der [[A|Fichtestraße 31]], [[A|07549 Gera]] zur Schule, 7,4 km einfach; mittags holt ihn meine Schwiegermutter, Frau [[P|Ilona Tischer]], mit ihrem Auto ([[KFZ|GRZ-IT 64]]) ab.

Kontoinhaberin für die Erstattung ist meine Frau, [[P|Claudia Reichardt]], IBAN [[IBAN|{spaced(iban)}]].

Rückfragen gern an [[T|0160 93384512]].

Viele Grüße
[[P|Jens Reichardt]]"""


# F116-016 -----------------------------------------------------------------------------------------------------------
@doc("word", "antrag_befoerderung_formular")
def d16():
    iban = ids.iban_de()
    pas = "F" + rng.choice("ABEGKTX") + ids.digits(6)
    az = f"SB-2025-{ids.digits(4)}"
    return f"""Stadt Gera – Fachdienst Schulverwaltung und Sport
Antrag auf Übernahme der notwendigen Schülerbeförderungskosten – Schuljahr 2025/26
(Sekundarstufe I – Schulweg über 3 km)

Eingang: 28.05.2025          Vorgangs-Nr.: [[AZ|{az}]]          Sachbearbeitung: [[P|Heinze]]

1. Angaben zur Schülerin / zum Schüler
Familienname: [[P|Kravchenko]]
Vorname: [[P|Dmytro]]
Geburtsdatum: [[DOB|16.10.2012]]
Wohnanschrift: [[A|Plauensche Straße 74]], [[A|07552 Gera]]
Schule ab 08/2025: Staatliches Gymnasium Rutheneum seit 1608, Klassenstufe 8
Entfernung Wohnung – Schule (kürzester Fußweg): 4,6 km

2. Antragsteller/in (Erziehungsberechtigte/r)
Name, Vorname: [[P|Kravchenko, Iryna]]
Anschrift (falls abweichend): –
Telefon: [[T|+49 1523 7719042]]
E-Mail: [[E|iryna.kravchenko.ua@gmail.com]]
Ausweisdokument (bei Aufenthalt unter 6 Monaten): Reisepass Ukraine, Nr. [[PASS|{pas}]]

3. Geschwisterkinder mit Beförderungsanspruch
[[P|Polina Kravchenko]], geb. [[DOB|03.03.2016]], Staatliche Grundschule Gera-Süd, Klasse 3 (nur Winterhalbjahr, Schulweg unter 2 km)

4. Art der Beförderung
[X] Schülerjahreskarte ÖPNV (Tarifzone Gera)
[ ] Kilometerpauschale für private Pkw-Fahrten – amtl. Kennzeichen: ____________
[ ] Sonstiges: ____________

5. Bankverbindung (nur bei Erstattung)
Kontoinhaber/in: [[P|Iryna Kravchenko]]
IBAN: [[IBAN|{iban}]]
Kreditinstitut: Sparkasse Gera-Greiz

6. Erklärung
Ich versichere, dass die Angaben vollständig und richtig sind. Änderungen (Umzug, Schulwechsel) teile ich unverzüglich mit.

Gera, 27.05.2025          Unterschrift: [[P|I. Kravchenko]]

Vermerk der Verwaltung: Entfernung geprüft (Routenplaner 4,6 km) – Anspruch besteht. Jahreskarte bestellt am 02.06.2025, [[P|Heinze]]"""


# F116-017 -----------------------------------------------------------------------------------------------------------
@doc("outlook", "rechnung_fahrdienst", ["HEALTH"])
def d17():
    vat = ids.vat_id()
    tnr = tax_number_th()
    iban = ids.iban_de()
    return f"""Von: Elster-Fahrdienst <[[N|info@elster-fahrdienst.de]]>
Gesendet: Montag, 7. April 2025 08:49
An: [[E|marco.heinze@gera.de]]
Betreff: Rechnung 2025-041 – Schülerbeförderung März 2025 ([[P|Lara Beyer]])
Anlagen: RE-2025-041.pdf

Sehr geehrter Herr [[P|Heinze]],

anbei erhalten Sie unsere Rechnung Nr. 2025-041 für die Einzelbeförderung von [[P|Lara Beyer]] (Rollstuhlfahrerin, Beförderung im Rollstuhl mit Rampe und Kraftknoten) im März 2025:

20 Schultage × 2 Fahrten × 14,3 km, Pauschale laut Vertrag vom 15.08.2024
Nettobetrag 1.202,80 €, zzgl. 7 % USt 84,20 €, Rechnungsbetrag 1.287,00 €

Bitte überweisen Sie den Betrag bis 30.04.2025 auf unser Konto bei der Volksbank Gera·Jena·Rudolstadt:
IBAN [[IBAN|{spaced(iban)}]]
Steuernummer: [[TNR|{tnr}]]
USt-IdNr.: [[VAT|{vat}]]

Noch ein Hinweis: Ab 22.04. fährt statt meiner Frau unser neuer Fahrer Herr [[P|Andrzej Nowicki]] mit dem Fahrzeug [[KFZ|G-LQ 305]]. Die Mutter von [[P|Lara]] ist informiert. Am 14.03. ist die Fahrt ausgefallen, weil [[P|Lara]] krank war (Abmeldung durch Frau [[P|Beyer]] um 6:40 Uhr) – die Fahrt ist nicht berechnet.

Mit freundlichen Grüßen

[[P|Lê Quang Huy]]
Inhaber
Elster-Fahrdienst – Krankenfahrten · Schülerbeförderung · Rollstuhltransporte
[[A|Heinrich-Laber-Straße 3]], [[A|07548 Gera]]
Tel. [[T|0365 4209915]] · Mobil [[T|0172 6601843]]"""


# F116-018 -----------------------------------------------------------------------------------------------------------
@doc("word", "personalfragebogen_busbegleitung", ["RELIGION"])
def d18():
    tid = ids.tax_id()
    ssn = ids.social_security("230379", "P")
    kv = ids.health_insurance()
    iban = ids.iban_de()
    idc = ids.id_card(check_digit=True)
    pnr = ids.digits(7)
    return f"""Stadtverwaltung Gera – Fachdienst Personal und Organisation
Personalfragebogen für geringfügig Beschäftigte – Tätigkeit: Begleitperson Schülerbeförderung

Personal-Nr.: [[AZ|{pnr}]]          Beschäftigungsbeginn: 26.08.2024

Persönliche Angaben
Familienname: [[P|Junghanns]]
Vorname: [[P|Marina]]
Geburtsname: [[P|Petzold]]
Geburtsdatum: [[DOB|23.03.1979]]          Geburtsort: Greiz
Staatsangehörigkeit: deutsch
Anschrift: [[A|Reichenbacher Straße 55]], [[A|07973 Greiz]]
Telefon: [[T|03661 482719]]
E-Mail: [[E|marina.junghanns@gmx.net]]
Personalausweis-Nr.: [[IDC|{idc}]]
Familienstand: verheiratet

Steuerliche Angaben
Steuer-Identifikationsnummer: [[TID|{tax_id_spaced(tid)}]]
Konfession (Kirchensteuermerkmal): ev
Pauschalversteuerung 2 % durch Arbeitgeber: ja

Sozialversicherung
Rentenversicherungsnummer: [[SSN|{ssn_spaced(ssn)}]]
Krankenkasse: AOK PLUS          Versichertennummer: [[KV|{kv}]]
Befreiung von der Rentenversicherungspflicht beantragt: nein
Weitere Beschäftigungen: keine

Bankverbindung
Kontoinhaberin: [[P|Marina Junghanns]]
IBAN: [[IBAN|{iban}]]

Einsatz
Sonderlinie S3, Mo–Fr 06:30–08:15 Uhr und 12:45–14:30 Uhr, Fahrer: [[P|Ronny Seidel]]
Erweitertes Führungszeugnis vorgelegt am 12.08.2024 (ohne Eintrag)
Belehrung nach Infektionsschutzgesetz: 19.08.2024

Notfallkontakt: [[P|Uwe Junghanns]] (Ehemann), [[T|0171 2285930]]

Greiz, 14.08.2024          Unterschrift: [[P|M. Junghanns]]

Erfasst: [[P|Tanja Ebert]], Personalsachbearbeitung, 20.08.2024"""


# F116-019 -----------------------------------------------------------------------------------------------------------
@doc("outlook", "befreiung_schwimmunterricht", ["RELIGION"])
def d19():
    return f"""Von: [[P|Samira Darwish]] <[[E|s.darwish@integrationslotsen-gera.de]]>
Gesendet: Dienstag, 6. Mai 2025 14:22
An: {OFFICE_MAIL}
Betreff: Anfrage Befreiung Schwimmunterricht – Familie [[P|Mardini]]

Sehr geehrte Damen und Herren,

ich begleite als ehrenamtliche Integrationslotsin die Familie [[P|Mardini]]. Frau [[P|Hiba Mardini]] hat mich gebeten, für ihre Tochter [[P|Jana Mardini]] (geb. [[DOB|12.02.2016]], Klasse 4b, Staatliche Grundschule Lusan) nachzufragen, ob eine Befreiung vom gemischten Schwimmunterricht möglich ist.

Die Familie ist muslimisch und lebt ihren Glauben sehr bewusst. [[P|Jana]] trägt seit diesem Schuljahr ein Kopftuch und möchte nicht gemeinsam mit Jungen schwimmen. Ein Burkini wäre für die Mutter eine Lösung, wenn die Schule und das Bad das erlauben. Der Vater, Herr [[P|Khaled Mardini]], hat zunächst auf einer vollständigen Befreiung bestanden, wäre nach unserem Gespräch aber mit dem Burkini einverstanden.

Die Schulleiterin, Frau [[P|Voigt]], hat auf das Schulamt bzw. auf Sie als Schulträger (Schwimmhalle, Bustransfer) verwiesen. Wer ist hier zuständig?

Frau [[P|Mardini]] ist über mich erreichbar oder direkt unter [[T|0176 30827745]] (Arabisch, etwas Deutsch). Wohnanschrift der Familie: [[A|Nürnberger Straße 23]], [[A|07549 Gera]].

Mit freundlichen Grüßen
[[P|Samira Darwish]]
Integrationslotsin

Integrationslotsen Gera e. V. · [[N|Markt 5]] · [[N|07545 Gera]] · Tel. [[N|0365 7115604]]"""


# F116-020 -----------------------------------------------------------------------------------------------------------
@doc("word", "export_schulanfaenger")
def d20():
    rows = [
        ("Böhme", "Lina", "2019-03-04", "Zeitzer Straße 12", "07546 Gera", "Böhme, Anke", "0365 4387120", ""),
        ("Dumitrescu", "Ionuț", "2019-05-17", "Bieblacher Straße 28", "07546 Gera", "Dumitrescu, Andreea", "+40 745 218 663", "Dolmetscher Rum."),
        ("Hoxha", "Elira", "2018-11-23", "Erich-Mühsam-Straße 5", "07546 Gera", "Hoxha, Blerim", "0157 61842093", ""),
        ("Kästner", "Malte", "2019-01-30", "Am Bieblacher Hang 17", "07546 Gera", "Kästner, Robert", "0172 3319046", "Auskunftssperre"),
        ("Lorenz", "Ida", "2018-08-12", "Zeitzer Straße 51", "07546 Gera", "Franke, Nadja", "0160 99217445", "Rückst. 2024"),
        ("Nguyen", "Duc Anh", "2019-06-28", "Bieblacher Straße 3", "07546 Gera", "Nguyen, Thi Thu", "", "Tel. fehlt"),
        ("Leonhardt", "Leano", "2019-02-09", "Karl-Liebknecht-Weg 14", "07546 Gera", "Scholz, Jessica", "0151 50473386", ""),
    ]
    lines = []
    for i, (nn, vn, dob, street, city, guard, tel, rem) in enumerate(rows, 1):
        tel_m = f"[[T|{tel}]]" if tel else ""
        lines.append(f"{i};[[P|{nn}]];[[P|{vn}]];[[DOB|{dob}]];[[A|{street}]];[[A|{city}]];[[P|{guard}]];{tel_m};{rem}")
    return f"""Export aus SchulVerw 4.2 – Modul Einschulung
Liste: Schulanfänger 2025/26 – Schulbezirk Staatliche Grundschule Bieblach – Stand 15.01.2025, 08:12
Erstellt von: [[P|thieme_k]]          Zweck: Einladung zur Schulanmeldung / Abgleich SEU

Lfd;Name;Vorname;Geburtsdatum;Straße;PLZ Ort;Sorgeberechtigte/r;Telefon;Bemerkung
{chr(10).join(lines)}

7 Datensätze. Hinweis: Bei Auskunftssperre keine Weitergabe der Anschrift an Dritte (auch nicht an Elternvertretung).
Vertraulich – nur für den Dienstgebrauch."""


# F116-021 -----------------------------------------------------------------------------------------------------------
@doc("outlook", "seu_nicht_erschienen", ["HEALTH"])
def d21():
    return f"""Von: [[P|Scheibe, Gudrun]] <[[E|gudrun.scheibe@gera.de]]>
Gesendet: Donnerstag, 3. April 2025 15:48
An: [[P|Thieme, Kerstin]] <[[E|kerstin.thieme@gera.de]]>
Cc: [[P|Franke, Beate]] <[[E|beate.franke@gera.de]]>
Betreff: SEU 2025 – nicht erschienene Kinder, Bitte um Abgleich Meldedaten

Liebe Frau [[P|Thieme]],

folgende Kinder sind trotz zweimaliger schriftlicher Einladung nicht zur Schuleingangsuntersuchung erschienen. Könnten Sie bitte über die Meldedaten prüfen, ob die Familien noch in Gera wohnen bzw. ob es eine neue Anschrift gibt?

1. [[P|Căldăraru, Denisa]], geb. [[DOB|30.10.2018]], [[A|Leibnizstraße 9]], Mutter [[P|Elena Căldăraru]], Tel. [[T|+40 766 093 512]] (Nummer nicht vergeben)
2. [[P|Kostov, Aleks]], geb. [[DOB|14.01.2019]], [[A|Am Sommerbad 4]], Vater [[P|Hristo Kostov]], Tel. [[T|0157 85510342]] (geht niemand ran)
3. [[P|Schaller, Jamie-Lee]], geb. [[DOB|06.05.2019]], [[A|Schloßstraße 17]], Mutter [[P|Peggy Schaller]], Post kam zurück („unbekannt verzogen“)

Bei [[P|Denisa]] hat die Schulsozialarbeit (Frau [[P|Riedel]]) wohl schon Kontakt zur Familie wegen des älteren Bruders – vielleicht kann man das verbinden?

Außerdem: Für [[P|Emil Sachse]] (geb. [[DOB|12.07.2019]]) empfehle ich nach der Untersuchung vom 19.03. die Zurückstellung (Sprachentwicklungsstörung, Logopädie läuft, Frühgeburt). Der Elternantrag müsste Ihnen inzwischen vorliegen; meine Stellungnahme schicke ich per Hauspost.

Viele Grüße
[[P|Gudrun Scheibe]]

Dipl.-Med. [[P|Gudrun Scheibe]]
Fachärztin für Kinder- und Jugendmedizin
Gesundheitsamt Gera · Kinder- und Jugendärztlicher Dienst
{GA_STREET} · {OFFICE_CITY} · Tel. {GA_TEL}"""


# F116-022 -----------------------------------------------------------------------------------------------------------
@doc("word", "rechnung_dolmetscherin")
def d22():
    tnr = tax_number_th()
    tid = ids.tax_id()
    iban = ids.iban_de()
    return f"""[[P|Cristina Moraru]]
Dolmetscherin und Übersetzerin für Rumänisch – allgemein beeidigt beim Landgericht Gera
[[A|Humboldtstraße 27]] · [[A|07545 Gera]]
Tel. [[T|0365 71189024]] · [[E|moraru.dolmetschen@web.de]]
Steuernummer: [[TNR|{tnr}]]

Stadtverwaltung Gera
Fachdienst Schulverwaltung und Sport
z. Hd. Frau [[P|Kerstin Thieme]]
{OFFICE_STREET}
{OFFICE_CITY}

Rechnung Nr. 2025-017          Gera, 28.04.2025
Ihr Zeichen: [[AZ|{AZ_CALDARARU}]]

Dolmetscheinsatz am 24.04.2025, Anhörung Familie [[P|Căldăraru]] (Rumänisch – Deutsch), Stadtverwaltung Gera, Zimmer 2.07, 10:00–11:45 Uhr

Pos.  Leistung                                         Menge     Einzelpreis    Betrag
1     Dolmetschen (konsekutiv), je angefangene halbe Stunde   4     42,50 €     170,00 €
2     Fahrtkosten Pkw, 6 km × 0,42 €                          1      2,52 €       2,52 €
      Gesamtbetrag                                                             172,52 €

Gemäß § 19 UStG wird keine Umsatzsteuer berechnet (Kleinunternehmerin).

Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf mein Konto:
Kontoinhaberin: [[P|Cristina Moraru]]
IBAN: [[IBAN|{spaced(iban)}]] – Sparkasse Gera-Greiz

Für Ihre Mitteilung nach der Mitteilungsverordnung: Steuer-Identifikationsnummer [[TID|{tid}]]

Mit freundlichen Grüßen
[[P|Cristina Moraru]]"""


# F116-023 -----------------------------------------------------------------------------------------------------------
@doc("outlook", "but_rueckfrage_klassenfahrt")
def d23():
    return f"""Von: [[P|Оксана Мельник]] <[[E|oksana.melnyk2014@ukr.net]]>
Gesendet: Freitag, 9. Mai 2025 07:16
An: [[P|Zöllner, Anja]] <[[E|anja.zoellner@gera.de]]>
Betreff: Klassenfahrt [[P|Sofiia]] / BuT

Добрий день, Frau [[P|Zöllner]]!

Entschuldigung, ich schreibe mit Google Übersetzer. Sie haben im Bescheid geschrieben, dass für die Klassenfahrt von [[P|Sofiia]] noch ein Nachweis fehlt. Die Klassenlehrerin Frau [[P|Hänsel]] hat jetzt die Bestätigung geschrieben (Klassenfahrt nach Oberhof 16.–20.06.2025, 214 Euro), ich schicke sie als Foto im Anhang.

Noch eine Frage: [[P|Artem]] geht ab August in den Hort. Muss ich dafür einen neuen Antrag stellen? Und mein Lebensgefährte [[P|Serhii Bondar]] wohnt seit April mit uns zusammen – ändert das etwas an Kinderzuschlag oder BuT? Er arbeitet als Fahrer bei einer Spedition.

Mein Aktenzeichen: [[AZ|{AZ_MELNYK}]]
Telefon: [[T|+380 67 204 5813]] (WhatsApp/Viber), deutsche Nummer [[T|0159 06172284]]

Дякую! Vielen Dank!
[[P|Oksana Melnyk]]

--
Надіслано з мобільного"""


# F116-024 -----------------------------------------------------------------------------------------------------------
@doc("word", "vermerk_hausbesuch", ["ETHNICITY"])
def d24():
    return f"""Vermerk

Az.: [[AZ|{AZ_CALDARARU}]]
Betreff: Schulpflichtverletzung [[P|Rafael Căldăraru]] (geb. [[DOB|08.03.2014]], Staatliche Regelschule Lusan, Klasse 5b); fehlende Schuleingangsuntersuchung [[P|Denisa Căldăraru]] (geb. [[DOB|30.10.2018]])

Hausbesuch am 15.04.2025, 14:00–15:10 Uhr, [[A|Leibnizstraße 9]], [[A|07548 Gera]], 3. OG rechts
Teilnehmende: [[P|Juliane Riedel]] (Schulsozialarbeit), [[P|Kerstin Thieme]] (Schulverwaltung), [[P|Mirela Stoica]] (Mediatorin, Projekt „Brücken bauen“ der Diakonie)

Angetroffen wurden die Mutter, Frau [[P|Elena Căldăraru]] (geb. [[DOB|02.02.1992]]), der Großvater, Herr [[P|Marin Căldăraru]], und fünf Kinder. Der Vater, Herr [[P|Costel Căldăraru]], arbeitet nach Angaben der Mutter seit März als Erntehelfer in Niederbayern. Frau [[P|Căldăraru]] wies sich mit ihrem rumänischen Personalausweis aus (Serie/Nr. [[IDC|XT 604318]]).

Gesprächsinhalt
Frau [[P|Stoica]] übersetzte (Romanes/Rumänisch). Frau [[P|Căldăraru]] gab an, die Familie gehöre der Minderheit der Roma an und habe in Rumänien erlebt, dass Roma-Kinder in getrennten Klassen unterrichtet wurden. [[P|Rafael]] berichte, dass er in der Klasse als „Zigeuner“ beschimpft werde; deshalb wolle er nicht mehr hingehen. Die Mutter habe ihn nicht zwingen wollen. Von der Einladung zur Schuleingangsuntersuchung für [[P|Denisa]] wusste sie nichts; der Brief sei auf Deutsch gewesen.

Die Wohnung ist sehr beengt (2 Zimmer für 8 Personen), ein Tisch für Hausaufgaben ist nicht vorhanden.

Vereinbarungen
1. [[P|Rafael]] besucht ab 22.04.2025 wieder die Schule. Frau [[P|Riedel]] holt ihn in der ersten Woche morgens ab und spricht mit der Klassenleitung über die Vorfälle.
2. Neuer SEU-Termin für [[P|Denisa]]: 06.05.2025, 10:30 Uhr, Gesundheitsamt; Einladung auf Rumänisch, Frau [[P|Stoica]] begleitet.
3. Förmliche Anhörung im Bußgeldverfahren mit Dolmetscherin am 24.04.2025, 10:00 Uhr. Das Verfahren soll bei regelmäßigem Schulbesuch bis 31.05.2025 ruhen.
4. Neue Telefonnummer der Mutter: [[T|0157 30641928]].

Gera, 16.04.2025
[[P|Thieme]]

Verteiler: Akte; Frau [[P|Riedel]]; Herr [[P|Ullrich]] z. K."""


# F116-025 -----------------------------------------------------------------------------------------------------------
@doc("outlook", "beschwerde_schulbezirk")
def d25():
    return f"""Von: [[P|Steffen Kühnel]] <[[E|steffen.kuehnel@gmx.de]]>
Gesendet: Montag, 10. März 2025 07:02
An: {OFFICE_MAIL}; [[E|frank.ullrich@gera.de]]
Betreff: Schulbezirk – so nicht!!

Sehr geehrter Herr [[P|Ullrich]],

ich bin fassungslos. Unsere Tochter [[P|Mila Kühnel]] soll in die Grundschule Zwötzen, obwohl wir keine 600 m von der GS „[[N|Otto Dix]]“ entfernt wohnen. Das Nachbarskind, [[P|Lenny Schreiber]] aus der [[A|Talstraße 20]], hat dort einen Platz bekommen! Wie kann das sein?

Seine Mutter, Frau [[P|Schreiber]], hat mir beim Bäcker ganz offen erzählt, sie hätten einfach die Adresse der Oma angegeben ([[A|Am Sandberg 3]]), und die liegt eben im Schulbezirk. Ich erwarte, dass Sie das prüfen. Wenn das bei Ihnen so läuft, dann melde ich [[P|Mila]] eben auch bei meinen Schwiegereltern an.

Meine Frau und ich arbeiten beide in Vollzeit, meine Frau im Klinikum im Schichtdienst. Zwötzen ist mit dem Bus 35 Minuten mit Umsteigen, das kann man einer Sechsjährigen nicht zumuten. Widerspruch gegen Ihren Bescheid ([[AZ|40.2-SA26/0388]]) lege ich hiermit ausdrücklich ein.

Ich bitte um Rückruf heute noch: [[T|0171 5520478]]. Ansonsten werde ich mich an den Oberbürgermeister und an die OTZ wenden.

[[P|Steffen Kühnel]]
[[A|Talstraße 16]]
[[A|07545 Gera]]"""


# F116-026 -----------------------------------------------------------------------------------------------------------
@doc("word", "stellungnahme_schulbegleitung", ["HEALTH"])
def d26():
    kv = ids.health_insurance()
    return f"""Gesundheitsamt Gera – Kinder- und Jugendärztlicher Dienst
{GA_STREET} · {OFFICE_CITY}

An den
Fachdienst Soziales – Eingliederungshilfe
z. Hd. Herrn [[P|Mirko Wenzel]]
im Hause

Ihr Zeichen: [[AZ|50.4-EGH-2025-0356]]
Unser Zeichen: KJÄD-Sch
Datum: 28.04.2025

Amtsärztliche Stellungnahme zum Antrag auf Schulbegleitung (§ 112 SGB IX)

Kind: [[P|Ben Trommer]], geb. [[DOB|04.06.2019]]
Anschrift: [[A|Ostendstraße 45]], [[A|07546 Gera]]
Sorgeberechtigt: [[P|Susann Trommer]] (Mutter), [[P|Marcel Trommer]] (Vater)
Krankenkasse: IKK classic, Versichertennummer [[KV|{kv}]]
Einschulung: 16.08.2025, Staatliche Grundschule Bieblach

Grundlagen
Eigene Untersuchung im Rahmen der Schuleingangsuntersuchung am 11.03.2025 und ergänzende Untersuchung am 17.04.2025; Bericht des Sozialpädiatrischen Zentrums (Dr. med. [[P|Ralf Oehme]]) vom 21.01.2025; Entlassungsbericht der Kinderklinik (Diabetes-Erstmanifestation) vom 09.07.2024.

Befund und Diagnosen
– Kombinierte umschriebene Entwicklungsstörung (F83) mit Schwerpunkt Sprache und Feinmotorik
– Einfache Aktivitäts- und Aufmerksamkeitsstörung (F90.0), bislang keine Medikation
– Diabetes mellitus Typ 1 (E10.9), Insulinpumpentherapie mit kontinuierlicher Glukosemessung

Beurteilung
[[P|Ben]] kann Unterzuckerungen noch nicht sicher wahrnehmen und die Pumpe nicht selbstständig bedienen. Während der Unterrichtszeit sind Kontrollen der Glukosewerte, die Berechnung der Kohlenhydrate beim Frühstück und Mittagessen sowie bei Bedarf die Gabe von Traubenzucker erforderlich. Aufgrund der Aufmerksamkeitsstörung ist eine enge Strukturierung der Arbeitsphasen nötig. Diese Aufgaben können von der Lehrkraft neben dem Unterricht nicht übernommen werden.

Empfehlung
Schulbegleitung im Umfang von 25 Wochenstunden für das Schuljahr 2025/26, möglichst durch eine Person mit Schulung in der Diabetesversorgung; Überprüfung nach einem Schulhalbjahr. Die Mutter, Frau [[P|Trommer]], ist mit der Weitergabe dieser Stellungnahme an den Fachdienst Soziales einverstanden (Schweigepflichtentbindung vom 17.04.2025 liegt vor).

Dipl.-Med. [[P|Gudrun Scheibe]]
Fachärztin für Kinder- und Jugendmedizin"""


# F116-027 -----------------------------------------------------------------------------------------------------------
@doc("outlook", "zahlung_kreditkarte")
def d27():
    cc = ids.credit_card("4", 16)
    bg = mod97_iban("BG", "UNCR" + ids.digits(14))
    city_iban = ids.iban_de()
    return f"""Von: [[P|Rößler, Heike]] <[[E|heike.roessler@gera.de]]>
Gesendet: Dienstag, 6. Mai 2025 09:31
An: '[[P|Yordanka Kostova]]' <[[E|y.kostova@abv.bg]]>
Betreff: AW: плащане / Zahlung Bußgeld Kassenzeichen [[AZ|{KZ_KOSTOV}]]

Sehr geehrte Frau [[P|Kostova]],

bitte senden Sie uns keine Kreditkartendaten per E-Mail. Eine Zahlung per Karte ist bei der Stadtkasse nur am Kassenautomaten im Bürgerservice möglich (Mo–Fr 8–12 Uhr, Di und Do auch 14–18 Uhr). Da Ihre Kartendaten unverschlüsselt übertragen wurden, empfehlen wir Ihnen, die Karte vorsorglich bei Ihrer Bank sperren zu lassen. Ihre Nachricht haben wir nach Beantwortung gelöscht.

Eine Überweisung von Ihrem bulgarischen Konto ist möglich. Bitte überweisen Sie den Betrag von 128,50 € unter Angabe des Kassenzeichens auf das Konto der Stadtkasse Gera:
IBAN [[N|{spaced(city_iban)}]] – Sparkasse Gera-Greiz
Bitte beachten Sie, dass Ihre Bank für Auslandsüberweisungen Gebühren berechnen kann; der Betrag muss vollständig bei uns ankommen.

Mit freundlichen Grüßen
Im Auftrag
[[P|Heike Rößler]]
Stadtkasse Gera – Vollstreckung
Tel. [[N|0365 838-1250]]

-----Ursprüngliche Nachricht-----
Von: [[P|Yordanka Kostova]] <[[E|y.kostova@abv.bg]]>
Gesendet: Montag, 5. Mai 2025 18:02
An: [[N|stadtkasse@gera.de]]
Betreff: плащане / Zahlung Bußgeld Kassenzeichen [[AZ|{KZ_KOSTOV}]]

hallo, ich will bezahlen die strafe wegen schule von mein sohn [[P|Viktor Kostov]], brief ist auf mein mann [[P|Hristo Kostov]]. kann ich mit karte?
VISA [[CC|{card_spaced(cc)}]] gültig 09/27 name [[P|YORDANKA KOSTOVA]] cvc 418
oder ich mache überweisung von meine bulgarische konto [[IBAN|{bg}]], ist ok?
adresse [[A|Am Sommerbad 4]], [[A|07548 Gera]]
tel [[T|0157 85510342]]
благодаря
[[P|Yordanka Kostova]]"""


# F116-028 -----------------------------------------------------------------------------------------------------------
@doc("outlook", "ummeldung_sorgeberechtigte", ["SEXUAL_ORIENTATION"])
def d28():
    return f"""Von: [[P|Franziska Lorenz]] <[[E|franzi.lorenz@posteo.de]]>
Gesendet: Mittwoch, 14. Mai 2025 12:37
An: {OFFICE_MAIL}
Cc: [[E|carolin.lb@posteo.de]]
Betreff: Schulwechsel zum Schuljahr 2025/26 – [[P|Mats Lorenz]]

Hallo zusammen,

wir ziehen zum 1. Juli von Jena nach Gera (neue Adresse ab dann: [[A|Gutenbergstraße 11]], [[A|07548 Gera]]) und möchten unseren Sohn [[P|Mats Lorenz]] (geb. [[DOB|02.08.2016]], jetzt 3. Klasse an der Grundschule Jena-Ost) für die 4. Klasse an der für uns zuständigen Grundschule anmelden. Welche ist das?

Kurz zur Familiensituation, weil Ihr Online-Formular nur „Mutter“ und „Vater“ kennt: [[P|Mats]] hat zwei Mütter, meine Frau [[P|Carolin Lorenz-Beyer]] und mich. [[P|Carolin]] hat [[P|Mats]] 2018 im Wege der Stiefkindadoption adoptiert, wir haben beide das volle Sorgerecht (Adoptionsbeschluss liegt vor). Bitte tragen Sie uns beide als Sorgeberechtigte ein – in Jena stand lange „Vater: unbekannt“ in der Schülerakte, und das wurde bei einem Elternabend laut vorgelesen. Das möchten wir [[P|Mats]] ersparen.

Die bisherige Schulleitung, Herr [[P|Brenner]], schickt die Schülerakte nach Aufforderung direkt an die neue Schule.

Erreichbar bin ich unter [[T|0176 61093472]], [[P|Carolin]] unter [[T|0151 22740936]].

Danke und viele Grüße
[[P|Franzi Lorenz]]"""


# F116-029 -----------------------------------------------------------------------------------------------------------
@doc("word", "telefonnotizen", ["HEALTH"])
def d29():
    return f"""Telefonnotizen Schulverwaltung – Mittwoch, 21.05.2025 ([[P|K. Thieme]])

08:12 Herr [[P|Abdulrahman Alhamwi]] (Rückruf an [[T|0176 91144208]]) fragt nach dem Stand des Widerspruchs Schülerbeförderung für [[P|Kareem]]. Auf Anwältin verwiesen (Frau [[P|Aksoy-Brandt]]), Akte liegt beim Rechtsamt. Er war freundlich, aber sehr besorgt: [[P|Kareem]] hatte letzte Woche im Bus einen Anfall.

09:05 GS Zwötzen, Frau [[P|Kretschmer]] (Sekretariat): zwei Plätze in Klasse 1 frei geworden (Wegzug). Nachrückliste prüfen.

09:40 Frau [[P|Natalia Rotaru]] (spricht Russisch, Sohn [[P|Cristian]] hat übersetzt): [[P|Cristian]] ab 02.06. an der Regelschule Lusan, DaZ-Gruppe. Schülerausweis und Fahrkarte fehlen noch – an Herrn [[P|Heinze]] weitergegeben.

10:30 Herr [[P|Kühnel]] ruft zum dritten Mal an, sehr aufgebracht, droht mit Presse. Rückruf durch Herrn [[P|Ullrich]] heute bis 16 Uhr zugesagt. Meldeverhältnisse Familie [[P|Schreiber]] ([[A|Talstraße 20]] / [[A|Am Sandberg 3]]) werden durch das Bürgeramt geprüft.

11:15 Jobcenter Gera, Herr [[P|Wolfram Pietsch]]: Bedarfsgemeinschaft [[AZ|{BG_ALKHATIB}]] ([[P|Al-Khatib]]) – Bürgergeld bewilligt bis 31.10.2025; Kopie des Bescheids kommt per Fax.

13:20 Frau [[P|Peggy Schaller]], Mutter von [[P|Jamie-Lee]], meldet sich wegen SEU. Neue Anschrift: [[A|Tinzer Straße 71]], [[A|07548 Gera]], Telefon [[T|0152 09318874]]. Termin beim KJÄD am 28.05., 8:30 Uhr vermittelt; Frau [[P|Scheibe]] informiert.

14:05 Anonymer Anruf (Frau, älter): Kinder aus der [[A|Leibnizstraße 9]] seien vormittags auf dem Spielplatz statt in der Schule. An Frau [[P|Riedel]] weitergegeben.

15:30 Herr [[P|Jens Reichardt]]: Schulbestätigung für März nachgereicht. Erstattung kann angewiesen werden, Kassenzeichen [[AZ|{KZ_REICHARDT}]].

Erledigt: 1–5, 7, 8. Offen: Nachrückliste Zwötzen."""


# F116-030 -----------------------------------------------------------------------------------------------------------
@doc("outlook", "zuzug_auslaenderbehoerde")
def d30():
    vn = "C" + ids.digits(7)
    sy = "N" + ids.digits(9)
    ua = "F" + rng.choice("ABEGKTX") + ids.digits(6)
    return f"""Von: Ausländerbehörde Gera <[[N|auslaenderbehoerde@gera.de]]>
Gesendet: Freitag, 16. Mai 2025 11:03
An: {OFFICE_MAIL}
Cc: [[P|Lindner, Katja]] <[[E|katja.lindner@gera.de]]>
Betreff: Zuzug schulpflichtiger Kinder – KW 20/2025

Sehr geehrte Kolleginnen und Kollegen,

zur Sicherstellung der Schulpflicht übermitteln wir die in der KW 20 erfassten Neuzuzüge schulpflichtiger Kinder. Die Familien wurden auf die Schulpflicht hingewiesen.

1. [[P|Nguyễn Thảo Vy]], geb. [[DOB|07.07.2014]], vietnamesische Staatsangehörigkeit
   Reisepass-Nr. [[PASS|{vn}]] (VNM), Aufenthaltserlaubnis zum Familiennachzug (§ 32 AufenthG)
   Vater: [[P|Nguyễn Đức Thắng]], [[A|Keplerstraße 32]], [[A|07549 Gera]], Tel. [[T|0163 7720459]]
   Bemerkung: spricht kein Deutsch; Vater bittet um Schule in der Nähe der Arbeitsstelle (Asia-Markt Lusan).

2. [[P|Alsaleh, Yousef]], geb. [[DOB|25.11.2011]], syrische Staatsangehörigkeit
   Reisepass-Nr. [[PASS|{sy}]] (SYR), Aufenthaltserlaubnis § 32 AufenthG
   Mutter: [[P|Maha Alsaleh]], [[A|Schleizer Straße 39]], [[A|07549 Gera]], Tel. [[T|0157 34092217]]
   Bemerkung: Bruder von [[P|Nour Alsaleh]] (Einschulung 2025/26); hat in der Türkei 4 Jahre die Schule besucht.

3. [[P|Bondarenko, Veronika]], geb. [[DOB|19.04.2010]], ukrainische Staatsangehörigkeit
   Reisepass-Nr. [[PASS|{ua}]] (UKR), Aufenthaltserlaubnis § 24 AufenthG
   Großmutter (Pflegschaft beantragt): [[P|Halyna Bondarenko]], [[A|Vollersdorfer Straße 44]], [[A|07548 Gera]]
   Bemerkung: nimmt bisher am ukrainischen Online-Unterricht teil.

Bitte beachten Sie, dass die Daten nur zur Sicherstellung der Schulpflicht verwendet werden dürfen (§ 87 AufenthG i. V. m. ThürSchulG).

Mit freundlichen Grüßen
Im Auftrag
[[P|Katja Lindner]]
Fachdienst Ordnung – Ausländerbehörde
Tel. [[N|0365 838-3340]]"""


def main():
    out = []
    assert len(DOCS) == 30, len(DOCS)
    channels = [c for c, _, _, _ in DOCS]
    assert 13 <= channels.count("outlook") <= 17, channels.count("outlook")
    for n, (channel, template, flags, fn) in enumerate(DOCS, 1):
        out.append(build(f"F116-{n:03d}", channel, template, fn(), flags))
    total = sum(len(d["entities"]) for d in out)
    assert 450 <= total <= 650, total
    path = os.path.join(HERE, "fresh116.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
