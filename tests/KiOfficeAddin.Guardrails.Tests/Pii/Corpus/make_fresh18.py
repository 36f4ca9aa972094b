"""Batch 18: a held-out set of 30 German documents from an invented Hamburg district office ("Bezirksamt
Hafenmarsch"), written blind (without looking at the detector or earlier batches).

Texts carry inline marks [[CATEGORY|text]] / [[N|neutral]] (see Corpus/marks.py); identifiers with check digits come
from Corpus/identifiers.py, seed 1818181. Output: batch18.jsonl beside this script.
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, CORPUS)

from identifiers import Identifiers, group  # noqa: E402
from marks import build  # noqa: E402

ids = Identifiers(1818181)
rng = ids.rng


def iban_spaced(value):
    return group(value, 4)


def ssn_spaced(value):
    # 12 170638 M 037
    return f"{value[:2]} {value[2:8]} {value[8]} {value[9:]}"


def hh_tax_number():
    # Hamburg layout FF/FFF/FFFFF (layout only, no check)
    return f"{rng.choice(['41', '43', '44', '46', '47', '48'])}/{ids.digits(3)}/{ids.digits(5)}"


def hh_tax_number_federal():
    # 13-digit federal form for Hamburg: 22 + FF + 0 + BBB + UUUUP
    return "22" + rng.choice(["41", "43", "44", "46"]) + "0" + ids.digits(8)


def pl_id_card():
    # Polish ID card: 3 letters, check digit, 5 digits; check = weights 7,3,1 / 7,3,1,7,3 on the other 8 characters
    # mod 10 (ICAO-like, letters A=10 ... Z=35). Computed here because identifiers.py has no Polish generator.
    letters = "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(3))
    tail = ids.digits(5)
    values = [ord(c) - ord("A") + 10 for c in letters] + [int(c) for c in tail]
    check = sum(v * w for v, w in zip(values, (7, 3, 1, 7, 3, 1, 7, 3))) % 10
    return f"{letters} {check}{tail}"


assert (lambda v: sum(x * w for x, w in zip(v, (7, 3, 1, 7, 3, 1, 7, 3))) % 10)([10, 11, 10, 0, 0, 0, 0, 0]) == 3  # ABA300000


def bussgeld_az():
    return f"5.25.{ids.digits(7, True)}.{ids.digits(1)}"


# ---- identifiers (drawn in a fixed order so the batch is reproducible) ----
IBAN_001 = iban_spaced(ids.iban_de())
IBAN_CITY = iban_spaced(ids.iban_de())           # Kasse.Hamburg account: neutral
IDC_003 = ids.id_card()
IDC_004 = ids.id_card(check_digit=True)
PASS_004 = ids.passport()
PASS_007 = rng.choice(["CA", "CB", "CC"]) + ids.digits(6)      # Portuguese passport, no German check
CC_007 = group(ids.credit_card("52", 16), 4)
AZ_007 = bussgeld_az()
AZ_008 = [bussgeld_az() for _ in range(6)]
IDC_012 = ids.id_card(check_digit=True)
PASS_012 = "C" + ids.digits(7)                                 # Vietnamese passport
SSN_013 = ssn_spaced(ids.social_security("170638", "M"))
KV_013 = ids.health_insurance()
IBAN_013 = ids.iban_de()
SSN_014 = ids.social_security("010179", "S")
TNR_011 = hh_tax_number()
AZ_017 = bussgeld_az()
IDC_017 = ids.id_card(check_digit=True)
PASS_019 = ids.passport()                                      # Reiseausweis für Flüchtlinge
PASS_020 = "G" + ids.digits(7)                                 # Ghanaian passport
AZ_023 = bussgeld_az()
TNR_024 = hh_tax_number()
VAT_024 = ids.vat_id()
IBAN_024 = iban_spaced(ids.iban("PT", 21))
KV_025 = ids.health_insurance()
IBAN_027 = iban_spaced(ids.iban("AT", 16))
CC_028 = group(ids.credit_card("4", 16), 4)
IDC_028 = ids.id_card()
VAT_028 = ids.vat_id()
IDC_029 = ids.id_card(check_digit=True)
PASS_029 = ids.passport(check_digit=True)
TID_029 = group(ids.tax_id(), 3)          # 11 digits: 3 3 3 2
SSN_029 = ids.social_security("050601", "H")
KV_029 = ids.health_insurance()
_amex = ids.credit_card("37", 15)
CC_029 = f"{_amex[:4]} {_amex[4:10]} {_amex[10:]}"
TNR_029 = hh_tax_number_federal()
TID_030 = ids.tax_id()
IBAN_017_PL = iban_spaced(ids.iban("PL", 24))
IDC_018_PL = pl_id_card()

DOCS = []


def doc(channel, template, text, flags=()):
    DOCS.append((channel, template, text.strip("\n"), list(flags)))


# ---------------------------------------------------------------------------------------------------------- 001
doc("outlook", "wohngeld", f"""
Betreff: Weiterleistungsantrag Wohngeld – Az. [[AZ|WG-4411/0387/24]] – geänderte Einkünfte

Sehr geehrte Damen und Herren,

hiermit stelle ich den Weiterleistungsantrag für unser Wohngeld, der Bewilligungszeitraum endet am 31.07.2025. Antragstellerin bin ich, [[P|Tetiana Melnyk]], geboren am [[DOB|19.02.1986]] in Charkiw, wohnhaft [[A|Am Sielgraben 7a]], [[N|Whg. 12]], [[A|21107 Hamburg]].

Eine Änderung muss ich mitteilen: Mein Mann war im März und April im Streik und hat in dieser Zeit kein Gehalt, sondern Streikgeld von der IG Metall bekommen (zusammen 1.486,20 €). Die Bescheinigung der Gewerkschaft lege ich bei, ebenso seine Lohnabrechnungen Januar bis Mai. Die Miete ist unverändert 812,00 € warm.

Die Zahlung bitte weiterhin auf das Konto mit der IBAN [[IBAN|{IBAN_001}]] bei der Haspa.

Für Rückfragen: [[T|0176 842 019 37]] (ab 16 Uhr) oder [[E|t.melnyk86@web.de]].

Mit freundlichen Grüßen
[[P|Tetiana Melnyk]]
""", ["UNION"])

# ---------------------------------------------------------------------------------------------------------- 002
doc("word", "wohngeld", f"""
Freie und Hansestadt Hamburg
Bezirksamt Hafenmarsch
Fachamt Grundsicherung und Soziales – Wohngeldstelle
[[N|Marschtorplatz 1]], [[N|21107 Hamburg]]

Herrn
[[P|Yaw Boateng]]
[[A|Veringhof 23]]
[[A|21107 Hamburg]]

Aktenzeichen: [[AZ|WG-4411/1152/25]]
Ansprechpartnerin: [[P|Svenja Harms]], Zimmer 3.14
Telefon: [[T|040 428 77-3318]]
Datum: 22.05.2025

Bescheid über Wohngeld (Mietzuschuss)

Sehr geehrter Herr [[P|Boateng]],

auf Ihren Antrag vom 03.04.2025 wird Ihnen für die Zeit vom 01.04.2025 bis 31.03.2026 Wohngeld in Höhe von monatlich 287,00 € bewilligt. Bei der Berechnung wurden nach § 5 WoGG folgende Haushaltsmitglieder berücksichtigt:

– der Antragsteller
– [[P|Akosua Boateng]], Ehefrau
– [[P|Kofi Boateng]], Sohn, geb. [[DOB|14.03.2016]]

Berücksichtigt wurden eine Bruttokaltmiete von 694,00 € und ein monatliches Gesamteinkommen von 1.918,35 € (Berechnung in Anlage 1). Der Höchstbetrag nach § 12 WoGG (Mietenstufe IV) wurde nicht überschritten. Das Wohngeld wird monatlich im Voraus auf das von Ihnen angegebene Konto überwiesen; die erste Zahlung einschließlich der Nachzahlung für April und Mai (574,00 €) erfolgt Anfang Juni.

Sie sind verpflichtet, Änderungen Ihres Einkommens oder der Zahl der Haushaltsmitglieder unverzüglich mitzuteilen (§ 27 WoGG).

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch beim Bezirksamt Hafenmarsch, [[N|Marschtorplatz 1]], [[N|21107 Hamburg]], erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Harms]]

Sprechzeiten Mo, Di, Do 8–12 Uhr · Zentrale [[N|040 428 77-0]] · [[N|wohngeld@hafenmarsch.hamburg.de]]
""")

# ---------------------------------------------------------------------------------------------------------- 003
doc("outlook", "melde", f"""
Betreff: perso abgelaufen + ummeldung

hallo,

ich brauch dringend nen termin im kundenzentrum, mein perso ist seit märz abgelaufen (nr [[IDC|{IDC_003.lower()}]]) und ich muss in 2 wochen zur hochzeit von meinem cousin nach istanbul. geht das noch diese woche?? online sind alle termine bis juli weg.

außerdem bin ich umgezogen, von der [[A|Fährstraße 61]] zu meiner freundin in den [[A|vogelhüttendeich 12 b]], die wohnungsgeberbestätigung hab ich schon von ihrem vermieter. meine daten: [[P|kemal aksoy]], geb [[DOB|3.7.98]].

kann man perso und ummeldung in einem termin machen oder muss ich 2 mal kommen?
meine handynr [[T|0157 3392 8810]]

danke & lg
[[P|kemal]]

Von meinem iPhone gesendet
""")

# ---------------------------------------------------------------------------------------------------------- 004
doc("word", "melde", f"""
Kundenzentrum Hafenmarsch – Vermerk zur Passantragstellung

Vorgang: Antrag Reisepass (Expressverfahren), Vorgangs-Nr. [[AZ|KZ-HM-2025-018834]]
Antragsteller: [[P|Dariusz Nowicki]], * [[DOB|12.05.1961]] in Gdańsk, deutsche Staatsangehörigkeit seit 1994
Anschrift: [[A|Zur Alten Ziegelei 4-6]], [[A|21109 Hamburg]]
Vorgelegt: Personalausweis [[IDC|{IDC_004}]] (gültig bis 2029), bisheriger Reisepass [[PASS|{PASS_004}]] (abgelaufen, wird entwertet)

Lichtbild und Unterschrift wurden am Selbstbedienungsterminal erfasst. Die Erfassung der Fingerabdrücke war an beiden Zeigefingern nicht möglich, der Scanner meldete wiederholt unzureichende Qualität (der Antragsteller ist Fliesenleger, die Papillarlinien sind stark abgenutzt). Nach Dienstanweisung wurden ersatzweise die Abdrücke beider Mittelfinger genommen; Qualitätswert links 62, rechts 58, Erfassung im dritten Versuch abgeschlossen. Die Ersatzfingerauswahl ist im Antrag vermerkt.

Gebühr Expresspass 92,00 € per Girocard bezahlt, Beleg 004418. Abholung voraussichtlich ab 28.05.2025; der Antragsteller wird per SMS an [[T|+49 151 2270 4418]] benachrichtigt.

[[P|Rademacher]], Kundenzentrum, 19.05.2025
""", ["BIOMETRIC"])

# ---------------------------------------------------------------------------------------------------------- 005
doc("outlook", "baupruefung", f"""
Betreff: Bauvoranfrage Dachgaube + Gartenhaus, Flurstück 2817, Gemarkung Hafenmarsch-Nord

Guten Tag,

wir ([[P|Frauke]] und [[P|Jan-Hendrik Schoon]]) möchten an unserem Reihenendhaus [[A|Auf der Wurt 19]] eine Dachgaube zur Straßenseite und im Garten ein Gartenhaus (ca. 12 m², 2,40 m hoch) errichten. Laut Bebauungsplan Hafenmarsch 14 liegt das Grundstück im reinen Wohngebiet, die Baugrenze verläuft 3 m hinter der hinteren Hauswand.

Unsere Fragen:
1. Ist das Gartenhaus nach § 61 HBauO i. V. m. Anlage 2 verfahrensfrei?
2. Reicht für die Gaube das vereinfachte Genehmigungsverfahren nach § 61 oder brauchen wir § 62?

Die Pläne erstellt unser Architekt, Dipl.-Ing. [[P|Hauke ter Veen]] ([[P|ter Veen]] Architekten, [[T|040 7541 889-12]], [[E|h.terveen@terveen-architekten.de]]). Er würde auch zu einem Vor-Ort-Termin dazukommen.

Viele Grüße von der Elbinsel
[[P|Jan-Hendrik Schoon]]
[[T|0170 / 41 22 803]]
""")

# ---------------------------------------------------------------------------------------------------------- 006
doc("word", "baupruefung", f"""
Bezirksamt Hafenmarsch
Zentrum für Wirtschaftsförderung, Bauen und Umwelt – Bauprüfung

Frau [[P|Dragana Petrović]]
Herrn [[P|Goran Petrović]]
[[A|Kornweide 118]]
[[A|21109 Hamburg]]

Aktenzeichen: [[AZ|M/WBZ/02291/2025]]
Bearbeiter: [[P|Ole Brüggemann]], Tel. [[T|040 428 77-4472]]
Hamburg, 11.06.2025

Anhörung nach § 28 HmbVwVfG – Beseitigung eines ungenehmigten Carports

Sehr geehrte Eheleute [[P|Petrović]],

bei einer Ortsbesichtigung am 04.06.2025 wurde festgestellt, dass auf Ihrem Grundstück (Flurstück 4471, Gemarkung Hafenmarsch-Nord) ohne Baugenehmigung ein Carport mit einer Grundfläche von ca. 38 m² errichtet wurde. Der Carport liegt vollständig außerhalb der im Bebauungsplan Hafenmarsch 14 festgesetzten überbaubaren Fläche und hält den Abstand von 2,50 m zum Nachbargrundstück [[A|Kornweide 116]] nicht ein.

Wir beabsichtigen, die Beseitigung des Carports nach § 76 Absatz 1 HBauO anzuordnen und für den Fall der Nichtbefolgung ein Zwangsgeld von 2.500,00 € anzudrohen. Vorher geben wir Ihnen Gelegenheit, sich bis zum 09.07.2025 schriftlich zu äußern. Sie können auch einen nachträglichen Bauantrag stellen; eine Befreiung nach § 31 Absatz 2 BauGB halten wir nach derzeitigem Stand allerdings nicht für aussichtsreich.

Mit freundlichen Grüßen
Im Auftrag
[[P|Brüggemann]]
""")

# ---------------------------------------------------------------------------------------------------------- 007
doc("outlook", "bussgeld", f"""
Betreff: Verwarnungsgeld / parking ticket – Az. [[AZ|{AZ_007}]]

Dear Sir or Madam, sehr geehrte Damen und Herren,

sorry for writing in English, my German is not so good. Through the rental company (Sixt) I received a letter about a parking violation on 17 April 2025 in the Veringstraße. The car was a rental, Kennzeichen [[KFZ|HH-SX 4471]]. I was the driver, that is correct, but the no-parking sign was not visible, it was hidden behind a delivery truck. Photos are attached.

My details for your Anhörungsbogen:
Name: [[P|João Pedro Carvalho]]
Date of birth: [[DOB|1979-11-05]]
Address: [[A|Rua de Cedofeita 412]], [[N|3.º Esq.]], [[A|4050-180 Porto]], Portugal
Passport no. [[PASS|{PASS_007}]]

If the Verwarnungsgeld is still due I am fine to pay the 20 euros, please just tell me how. Can you charge it on my card? Mastercard [[CC|{CC_007}]], valid until 09/27.

Obrigado / vielen Dank,
[[P|João Pedro Carvalho]]
[[T|+351 912 448 305]]
""")

# ---------------------------------------------------------------------------------------------------------- 008
a = AZ_008
doc("word", "bussgeld", f"""
Bezirklicher Ordnungsdienst Hafenmarsch
Verwarnungsgeldverfahren mit Rückläufern (Post unzustellbar) – Stand 02.06.2025

Nr. | Aktenzeichen | Kennzeichen | TBNR | Halter lt. ZEVIS | Anschrift lt. Halterabfrage | Betrag | Bemerkung
1 | [[AZ|{a[0]}]] | [[KFZ|HH-ML 207]] | 112402 | [[P|Hodžić, Amir]] | [[A|Georg-Wilhelm-Str. 240]], [[A|21107 Hamburg]] | 55,00 € | verzogen, EMA-Abfrage läuft
2 | [[AZ|{a[2]}]] | [[KFZ|HH-Q 7716E]] | 112454 | Elektro [[P|Vollmers]] e. K. | [[A|Hafenmarscher Deich 140]], [[A|21107 Hamburg]] | 35,00 € | Firma aufgegeben?
3 | [[AZ|{a[4]}]] | [[KFZ|SE-BD 1203H]] | 141322 | [[P|Bruhns, Uwe]] | [[A|Postfach 11 04 23]], [[A|22801 Norderstedt]] | 30,00 € | Postfach aufgelöst

Hinweise:
Zu Nr. 2: Der Betrieb ist unter [[T|040 754 12 90]] noch erreichbar; Rückruf von Herrn [[P|Vollmers]] steht aus.
Zu Nr. 3: Laut Melderegister nach Kiel verzogen; neue Anschrift beim Einwohnermeldeamt Kiel anfragen.

Verjährung (§ 26 Abs. 3 StVG, 3 Monate) beachten: Tattage zwischen 03.03. und 21.04.2025.
Bearbeitung: [[P|K.-H. Tiedemann]]
""")

# ---------------------------------------------------------------------------------------------------------- 009
doc("outlook", "kita", f"""
Betreff: Kita-Gutschein Darya – Erhöhung auf 8 Stunden / erhöhter Betreuungsbedarf

Sehr geehrte Damen und Herren,

für unsere Tochter [[P|Darya Mohammadi]] (geboren am [[DOB|2. November 2021]]) haben wir bisher einen Kita-Gutschein über 5 Stunden (Gutschein-Nr. [[AZ|KG 2024 118 943]]). Ab August arbeite ich wieder in Vollzeit, daher beantragen wir eine Erhöhung auf 8 Stunden mit Mittagessen. Die Bescheinigung meines Arbeitgebers (Asklepios Klinik Harburg) liegt bei.

Außerdem: Bei ihr wurde im Februar ein Typ-1-Diabetes festgestellt. Sie trägt seitdem eine Insulinpumpe mit Glukosesensor. Die Kita weiß Bescheid und die Erzieherinnen wurden geschult, aber die Leitung sagt, für den Mehraufwand bräuchten sie einen Gutschein mit erhöhtem Betreuungsbedarf nach § 26 KibeG – können Sie das bitte gleich mit prüfen? Den Arztbrief der Kinderdiabetologie schicke ich gern nach.

Unsere Anschrift ist unverändert: [[A|Neuhöfer Straße 9]], [[A|21107 Hamburg]].

Mit freundlichen Grüßen
[[P|Shirin Rahimi]] und [[P|Farhad Mohammadi]]
Tel. [[T|+49 (0) 40 87 96 51 20]]
[[E|shirin.rahimi@posteo.de]]
""", ["HEALTH"])

# ---------------------------------------------------------------------------------------------------------- 010
doc("word", "jugendamt", f"""
Bezirksamt Hafenmarsch – Fachamt Jugend- und Familienhilfe
Beistandschaften / Amtsvormundschaften

Aktenvermerk

Az.: [[AZ|JA 52.3 – B 1147/24]]
Kind: [[P|Mila Kühl]], geb. am [[DOB|09.01.2024]]
Mutter: [[P|Jana Kühl]], [[A|Kirchdorfer Damm 77]], [[A|21109 Hamburg]]
Möglicher Vater: [[P|Arben Krasniqi]], * [[DOB|24.10.1995]], [[A|Holtenauer Str. 201]], [[A|24105 Kiel]]

Sachstand 16.06.2025
Das vom Familiengericht (Amtsgericht Hamburg-Harburg, Az. [[AZ|640 F 233/24]]) eingeholte Abstammungsgutachten des Instituts für Rechtsmedizin liegt seit dem 10.06.2025 vor. Nach dem Vergleich der DNA-Profile von Kind, Mutter und Herrn [[P|Krasniqi]] beträgt die Wahrscheinlichkeit der Vaterschaft 99,999 %; er ist damit als Vater festzustellen. Die Mutter wurde am 13.06.2025 telefonisch informiert und bittet, den Unterhalt nun zügig geltend zu machen.

Nächste Schritte
– Aufforderung an den Vater zur Auskunft über sein Einkommen (Frist 4 Wochen); der Unterhaltsvorschuss läuft weiter unter [[AZ|UV-2024-08812]].
– Nach Rechtskraft des Beschlusses Beurkundung des Unterhalts beim Jugendamt Kiel anregen.
– Wiedervorlage 15.07.2025.

[[P|Lange]], Beiständin
""", ["GENETIC"])

# ---------------------------------------------------------------------------------------------------------- 011
doc("outlook", "grundsteuer", f"""
Betreff: WG: Grundsteuer viel zu hoch?!

Hallo liebe Kolleginnen und Kollegen,

anbei zuständigkeitshalber eine Anfrage, die bei uns im Bürgerpostfach gelandet ist. Grundsteuer ist ja Sache des Finanzamts; ich habe dem Absender eine kurze Eingangsbestätigung geschickt und auf Sie verwiesen. Können Sie ihm direkt antworten?

Danke und Gruß
[[P|Gesche Oltmanns]]
Bezirksamt Hafenmarsch – Bürgerservice

Von: [[P|Hinrich Lüdemann]] <[[E|h.luedemann@t-online.de]]>
Gesendet: Montag, 12. Mai 2025 08:57
An: [[N|buergerservice@hafenmarsch.hamburg.de]]
Betreff: Grundsteuer viel zu hoch?!

Moin,

ich habe für meine Eigentumswohnung im [[A|Schlengendeich 4]] den neuen Grundsteuerbescheid bekommen (Steuernummer [[TNR|{TNR_011}]]). Statt bisher 188,00 € im Jahr soll ich jetzt 312,40 € zahlen, das sind 66 % mehr! Die Wohnfläche ist mit 84 m² angegeben, tatsächlich sind es 71 m², der Rest ist Dachschräge. Der Bescheid ist vom 14.03.2025, die Einspruchsfrist ist also vermutlich schon um, oder?

Ich bin 79 und komme mit dem Elster-Kram nicht zurecht. Kann ich bei Ihnen im Bezirksamt vorbeikommen und mir das erklären lassen?

Mit freundlichem Gruß
[[P|Hinrich Lüdemann]]
[[A|Schlengendeich 4]]
[[A|21107 Hamburg]]
[[T|040 / 75 31 64]]
""")

# ---------------------------------------------------------------------------------------------------------- 012
doc("word", "standesamt", f"""
Standesamt Hafenmarsch
Niederschrift über die Anmeldung der Eheschließung – Reg.-Nr. [[AZ|A 2025/0317]]

Angemeldet am: 05.06.2025
Gewünschter Termin: 23.08.2025, 11:00 Uhr, Trauzimmer im Rathaus Hafenmarsch

Verlobter 1
Familienname: [[P|Vollmers]]
Vornamen: [[P|Marcel Sönke]]
Geburtsdatum/-ort: [[DOB|27.03.1990]], Buxtehude
Wohnung: [[A|Stübenhofer Weg 12]], [[A|21109 Hamburg]]
Staatsangehörigkeit: deutsch
Religion: römisch-katholisch
Nachweis: Personalausweis [[IDC|{IDC_012}]]

Verlobter 2
Familienname: [[P|Nguyễn]]
Vornamen: [[P|Thanh Tùng]]
Geburtsdatum/-ort: [[DOB|08.12.1988]], Hải Phòng (Vietnam)
Wohnung: wie Verlobter 1
Staatsangehörigkeit: vietnamesisch
Religion: ohne
Nachweis: Reisepass der S. R. Vietnam Nr. [[PASS|{PASS_012}]]; Befreiung von der Beibringung des Ehefähigkeitszeugnisses durch das Hanseatische Oberlandesgericht, Az. [[AZ|3451 E – 112/25]]

Die Verlobten versichern, dass zwischen ihnen kein Ehehindernis besteht und keiner von ihnen verheiratet ist oder eine Lebenspartnerschaft führt. Einen gemeinsamen Ehenamen wollen sie nicht bestimmen. Ein Dolmetscher wird nicht benötigt.

Gebühr: 75,00 € (Anmeldung mit Auslandsberührung), bar bezahlt.

Unterschriften
[[P|Marcel Sönke Vollmers]]     [[P|Nguyễn Thanh Tùng]]
Standesbeamtin: [[P|Kerstin Wiebusch]]
""", ["SEXUAL_ORIENTATION", "RELIGION"])

# ---------------------------------------------------------------------------------------------------------- 013
doc("outlook", "grundsicherung", f"""
Betreff: Antrag Grundsicherung für meine Mutter – fehlende Unterlagen

Sehr geehrte Frau [[P|Demirci]],

wie am Telefon besprochen schicke ich Ihnen die fehlenden Angaben für den Antrag auf Grundsicherung im Alter für meine Mutter. Eine notarielle Vorsorgevollmacht habe ich, eine Kopie hängt an.

Name: [[P|Helga Schoon]], geb. [[P|Martens]]
geboren am [[DOB|17. Juni 1938]] in Cuxhaven
seit 01.03.2025 im Pflegeheim Haus am Deich, [[A|Deichparkweg 3]], [[N|Zimmer 214]], [[A|21107 Hamburg]]
Rentenversicherungsnummer: [[SSN|{SSN_013}]]
Krankenkasse: AOK, Versichertennr. [[KV|{KV_013}]]
Konto (Renten + Pflegewohngeld): [[IBAN|{IBAN_013}]]

Meine Mutter hat eine fortgeschrittene Alzheimer-Demenz (Pflegegrad 4) und kann selbst nichts mehr unterschreiben. Die Witwenrente beträgt 743,18 €, die eigene Altersrente 412,06 €; Vermögen ist außer einem Sparbuch mit ca. 2.100 € nicht vorhanden. Das Haus in Cuxhaven wurde schon 2019 verkauft.

Bitte schreiben Sie nur an mich, nicht ins Heim.

Freundliche Grüße
[[P|Anke Brandt-Schoon]]
[[A|Elbdeich 27 c]]
[[A|21129 Hamburg]]
[[T|0162-7 30 41 58]]
[[E|anke.brandt-schoon@gmx.de]]
""", ["HEALTH"])

# ---------------------------------------------------------------------------------------------------------- 014
doc("word", "grundsicherung", f"""
Aktenvermerk – persönliche Vorsprache
Fachamt Grundsicherung und Soziales, Team 3 (SGB XII)

Datum: 26.05.2025, 10:15–10:50 Uhr
Leistungsberechtigter: [[P|Mohammad Nasir Sediqi]] (Az. [[AZ|GS 410.22-0093817]])
geboren: [[DOB|01.01.1979]] (lt. Aufenthaltstitel, genauer Tag unbekannt)

Herr [[P|Sediqi]] erschien mit seinem Sohn [[P|Ahmad]], der übersetzte. Er legte den Bescheid der Deutschen Rentenversicherung Nord vom 07.05.2025 zur Versicherungsnummer [[SSN|{SSN_014}]] vor: volle Erwerbsminderung auf Dauer festgestellt, Rente jedoch mangels allgemeiner Wartezeit abgelehnt. Damit besteht statt Bürgergeld ein Anspruch auf Grundsicherung bei Erwerbsminderung nach §§ 41 ff. SGB XII.

Nach dem sozialmedizinischen Gutachten liegen eine chronische posttraumatische Belastungsstörung und eine schwere depressive Episode vor; er ist seit 2022 in der Institutsambulanz in Behandlung.

Vereinbart:
– Überleitung vom Jobcenter team.arbeit.hamburg zum 01.07.2025, Abstimmung erfolgt durch Team 3.
– Mietbescheinigung für die Wohnung [[A|Karl-Arnold-Ring 14]] und Kontoauszüge der letzten drei Monate bis 20.06.2025.
– Hinweis auf Mehrbedarf nach § 30 SGB XII (Merkzeichen G) erteilt.

Rückruf über den Sohn unter [[T|0176 62 91 04 77]].

gez. [[P|Ç. Yıldız]]
""", ["HEALTH"])

# ---------------------------------------------------------------------------------------------------------- 015
doc("outlook", "friedhof", f"""
Betreff: Bestattung meines Vaters – muslimisches Grabfeld Friedhof Hafenmarsch

Sehr geehrte Damen und Herren,

mein Vater, [[P|Yousef Al-Haddad]], ist gestern Abend im Krankenhaus Groß-Sand verstorben. Er wurde am [[DOB|1. Januar 1947]] in Aleppo geboren und lebte zuletzt bei uns in der [[A|Mengestraße 18]].

Wir möchten ihn nach islamischem Ritus bestatten: rituelle Waschung, Beisetzung im Leichentuch ohne Sarg, möglichst innerhalb von 24 Stunden und mit dem Gesicht Richtung Mekka. Nach unseren Informationen gibt es auf dem Friedhof Hafenmarsch ein Grabfeld für muslimische Bestattungen (Feld M 3). Ist dort noch eine Reihengrabstätte frei, und wäre die Beisetzung schon am Freitag nach dem Mittagsgebet möglich?

Das Bestattungshaus [[P|Wiechmann]] kümmert sich um die Überführung; es ist unter [[T|040 752 44 11]] zu erreichen. Die Sterbeurkunde beantragen wir heute beim Standesamt.

Mit freundlichen Grüßen
[[P|Karim Al-Haddad]]
[[A|Mengestraße 18]], [[A|21107 Hamburg]]
Mobil [[T|+49 1590 1384 226]]
""", ["RELIGION"])

# ---------------------------------------------------------------------------------------------------------- 016
doc("word", "friedhof", f"""
Bezirksamt Hafenmarsch – Friedhofsverwaltung
[[N|Marschtorplatz 1]] · [[N|21107 Hamburg]]

Frau
[[P|Małgorzata Wiśniewska-Brandt]]
[[A|ul. Świętojańska 41/3]]
[[A|81-391 Gdynia]]
POLEN

Kassenzeichen: [[AZ|2025.0417.8830]]
Grabstätte: Friedhof Hafenmarsch, Abteilung 14, Reihe 3, Nr. 27 (Wahlgrabstätte, 2 Stellen)
Datum: 02.06.2025

Ablauf des Nutzungsrechts an der Wahlgrabstätte

Sehr geehrte Frau [[P|Wiśniewska-Brandt]],

das Nutzungsrecht an der oben genannten Grabstätte, in der Ihr verstorbener Ehemann [[P|Jürgen Brandt]] beigesetzt ist, endet am 30.09.2025. Sie können das Nutzungsrecht um 5, 10 oder 25 Jahre verlängern; die Gebühr beträgt nach der Friedhofsgebührenordnung 132,00 € je Jahr und Stelle, für 10 Jahre und beide Stellen also 2.640,00 €.

Wenn Sie nicht verlängern möchten, bitten wir Sie, Grabmal und Bepflanzung bis zum Ablauf des Nutzungsrechts entfernen zu lassen oder uns mitzuteilen, dass die Friedhofsverwaltung dies gegen Kostenerstattung übernehmen soll. Die Friedhofskapelle kann für eine Andacht zum Abschied vom Grab kostenfrei genutzt werden.

Zahlungen bitte unter Angabe des Kassenzeichens auf das Konto der Kasse.Hamburg, IBAN [[N|{IBAN_CITY}]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Sievers]]
Durchwahl [[T|040 428 77-5106]] · Zentrale [[N|040 428 77-0]]
""")

# ---------------------------------------------------------------------------------------------------------- 017
doc("outlook", "kfz", f"""
Betreff: Auto verkauft aber nicht umgemeldet - bekomme Strafzettel!!

Guten Tag,

ich habe am 15.03.2025 meinen Opel Astra mit Kennzeichen [[KFZ|HH-KZ 2207]] privat verkauft, Kaufvertrag ist im Anhang. Der Käufer hat versprochen das Auto in 1 Woche umzumelden, aber er hat nicht gemacht. Jetzt bekomme ich schon zweite Verwarnung vom Ordnungsamt (Az. [[AZ|{AZ_017}]]) weil das Auto in der Thielenstraße im Halteverbot steht.

Daten von Käufer aus Kaufvertrag:
[[P|Sergej Reimer]]
[[A|Bahnhofstr. 9]]
[[A|21423 Winsen (Luhe)]]
Personalausweis Nr. [[IDC|{IDC_017}]]
Telefon steht auch drin, aber da geht keiner ran.

Was muss ich machen? Kann ich das Auto selbst abmelden, ich habe noch Zweitschlüssel aber nicht die Papiere. Ich bin nicht mehr Halter und will nicht zahlen für andere. Wenn ich doch zahlen muss, bitte Rückzahlung später auf mein Konto [[IBAN|{IBAN_017_PL}]].

Mit freundliche Grüße
[[P|Krzysztof Zieliński]]
[[A|Neuenfelder Str. 31]], [[A|21109 HH]]
[[T|+48 601 224 918]] (polnische Nummer, bin oft in Polen)
""")

# ---------------------------------------------------------------------------------------------------------- 018
doc("word", "ordnungsamt", f"""
Bezirklicher Ordnungsdienst (BOD) Hafenmarsch
Einsatzbericht – Umsetzung von Fahrzeugen

Az.: [[AZ|BOD 32.11-0671/25]]
Datum/Zeit: 28.05.2025, 07:40–09:15 Uhr
Ort: Feuerwehrzufahrt der Wohnanlage [[A|Veringhof 7-11]]
Einsatzkräfte: BOD-Streife 2

Fahrzeug 1: VW Golf, schwarz, amtl. Kennzeichen [[KFZ|PI-XM 318]]. Halterabfrage ZEVIS: [[P|Natalia Wróbel]], geb. [[DOB|06.08.1993]], [[A|Damm 14]], [[A|25421 Pinneberg]]. Halterin telefonisch nicht erreichbar; Umsetzung durch Fa. Elbe-Abschleppdienst um 08:05 Uhr auf den Verwahrplatz Nord.

Fahrzeug 2: Transporter Ford Transit, weiß, polnisches Kennzeichen [[KFZ|WE 4K731]]. Der Fahrer, [[P|Paweł Zając]], kam während der Maßnahme hinzu und wies sich mit polnischem Personalausweis aus (Nr. [[IDC|{IDC_018_PL}]]). Fahrzeug wurde entfernt, Umsetzung abgebrochen; Kosten der Leerfahrt 98,00 € als Sicherheitsleistung bar erhoben, Quittung Nr. 118842.

Kosten Fahrzeug 1: Abschleppkosten 248,71 € zzgl. Verwaltungsgebühr 71,00 €. Kostenbescheid an die Halterin folgt.

Hinweis: Der Anwohner [[P|Werner Ehlers]] ([[A|Veringhof 9]], [[N|Erdgeschoss]]) hatte die Zufahrt um 07:20 Uhr gemeldet und bittet um regelmäßige Kontrollen. Rückmeldung an ihn erfolgt durch den BOD.
""")

# ---------------------------------------------------------------------------------------------------------- 019
doc("outlook", "einbuergerung", f"""
Betreff: Einbürgerungsantrag – Stand der Bearbeitung / Az. [[AZ|21.3-E 004712/23]]

Sehr geehrte Damen und Herren,

ich habe meinen Einbürgerungsantrag im Oktober 2023 gestellt und seitdem nur eine Eingangsbestätigung bekommen. Ich lebe seit 2014 in Deutschland, habe seit 2019 eine Niederlassungserlaubnis, den Einbürgerungstest (33 von 33 Punkten) und das B1-Zertifikat habe ich schon eingereicht.

Zu meiner Person: [[P|Rojhat Demir]], geboren am [[DOB|04.03.1988]] in Diyarbakır, wohnhaft [[A|Rotenhäuser Str. 66]], [[A|21107 Hamburg]]. Mein Reiseausweis für Flüchtlinge hat die Nummer [[PASS|{PASS_019}]]; er läuft im Herbst ab.

Eine Frage habe ich noch: Ich bin als Kurde in der Türkei wegen meiner Arbeit für die HDP mehrmals festgenommen worden und habe deshalb 2016 Asyl bekommen. Muss ich für die Einbürgerung trotzdem einen Nachweis über die türkische Staatsangehörigkeit vorlegen? Zum Konsulat möchte ich nicht gehen.

Meine Frau [[P|Hêvîn Demir]] möchte ebenfalls einen Antrag stellen – kann sie sich meinem Verfahren anschließen?

Vielen Dank im Voraus
[[P|Rojhat Demir]]
[[T|0176-21 44 09 83]]
""", ["POLITICS", "ETHNICITY"])

# ---------------------------------------------------------------------------------------------------------- 020
doc("word", "auslaender", f"""
Bezirksamt Hafenmarsch – Fachamt Einwohnerwesen, Ausländerangelegenheiten
Vermerk Vorsprache

Betroffener: [[P|Owusu-Ansah, Kwame]]
geb.: [[DOB|22.08.1990]], Kumasi (Ghana)
Staatsangehörigkeit: ghanaisch
Pass: [[PASS|{PASS_020}]], gültig bis 11.02.2030
Anschrift: c/o [[P|Mensah]], [[A|Im Brook 23 b]], [[A|21107 Hamburg]]
Az.: [[AZ|AB-HM 2.1-7730512]]

Der Betroffene sprach heute zur Verlängerung seiner Aufenthaltserlaubnis nach § 18a AufenthG vor (Fachkraft, Berufskraftfahrer bei der Elbe Logistik GmbH). Der Arbeitsvertrag ist unbefristet, Bruttogehalt 3.150,00 €; die Zustimmung der Bundesagentur für Arbeit liegt vor. Zusätzlich besucht er einen Deutschkurs B2 an der VHS (Kurs-Nr. HM-2204-B2).

Es fehlen: eine aktuelle Meldebescheinigung (der Umzug zu seiner Lebensgefährtin im April wurde nicht angemeldet – Hinweis auf § 17 BMG erteilt) und ein Nachweis der Krankenversicherung (Karte der Techniker Krankenkasse vorgelegt, Bescheinigung wird nachgereicht).

Fiktionsbescheinigung ausgestellt, gültig bis 31.08.2025. Erreichbar unter [[T|0155 1048 2276]], notfalls über seine Schwester in Accra: [[T|+233 24 418 7730]].

gez. [[P|Kovačević]], 04.06.2025
""")

# ---------------------------------------------------------------------------------------------------------- 021
doc("outlook", "beschwerde", f"""
Betreff: AW: Ihre Beschwerde vom 12.05.2025

Sehr geehrte Damen und Herren,

danke für die schnelle Antwort, aber sie geht an meiner Beschwerde vorbei. Es ging mir nicht nur um die Wartezeit. Der Mitarbeiter an Schalter 4, Herr [[P|Stüven]], hat zu mir gesagt, mit „dem Tuch auf dem Kopf“ könne man mich auf dem Foto nicht erkennen und ich solle es „wie alle anderen“ abnehmen. Ich trage mein Kopftuch aus religiösen Gründen, und für den Personalausweis ist das erlaubt, solange das Gesicht frei ist. Das hat mir Ihre Kollegin später auch bestätigt. Ich erwarte eine Entschuldigung.

Mein Termin war am 09.05.2025 um 10:40 Uhr, Vorgangsnummer [[AZ|KZ-HM-2025-016207]].

[[P|Emine Yıldırım]]
[[A|Veringstraße 101]], [[A|21107 Hamburg]]
Tel. [[T|0178 44 310 92]]

Am 13.05.2025 um 09:14 schrieb Kundenzentrum Hafenmarsch <[[N|kundenzentrum@hafenmarsch.hamburg.de]]>:
> Sehr geehrte Frau [[P|Yıldırım]],
> vielen Dank für Ihre Nachricht. Wir bedauern die langen Wartezeiten am 09.05.2025; wegen eines Ausfalls des Fachverfahrens konnten an diesem Vormittag nur drei Schalter besetzt werden. Wir bitten um Ihr Verständnis.
> Mit freundlichen Grüßen
> Ihr Kundenzentrum Hafenmarsch
>
> Am 12.05.2025 um 18:02 schrieb [[P|Emine Yıldırım]] <[[E|emine.yildirim@gmx.de]]>:
>> Ich war am Freitag für meinen neuen Personalausweis bei Ihnen, habe trotz Termin 70 Minuten gewartet und wurde am Schalter sehr respektlos behandelt. Ich möchte mich darüber beschweren.
""", ["RELIGION"])

# ---------------------------------------------------------------------------------------------------------- 022
doc("word", "beschwerde", f"""
Bezirksamt Hafenmarsch
Bezirksamtsleitung – Beschwerdemanagement

Herrn
Prof. [[P|Dr. Wolfgang von der Heyde]]
[[A|Am Veringkanal 5]]
[[A|21107 Hamburg]]

Ihr Schreiben vom 19.05.2025
Unser Zeichen: [[AZ|BM 2025/0388]]
Auskunft: [[P|Nele Carstensen]], Tel. [[T|040 428 77-1042]], [[E|nele.carstensen@hafenmarsch.hamburg.de]]
Hamburg, 03.06.2025

Baustelle am Veringkanal

Sehr geehrter Herr Professor [[P|von der Heyde]],

vielen Dank für Ihr Schreiben, in dem Sie den Baulärm der Leitungsbaustelle am Veringkanal und den seit Wochen gesperrten Gehweg vor den Häusern 3 bis 9 beanstanden.

Die Arbeiten erfolgen auf Grundlage einer Aufgrabungsgenehmigung nach § 19 HWG; zulässig sind sie werktags von 7 bis 20 Uhr. Unsere Wegeaufsicht hat die Baustelle am 27. und 28.05.2025 kontrolliert und festgestellt, dass der Notweg für Fußgänger nicht ausreichend gesichert war. Die Baufirma wurde aufgefordert, dies bis zum 30.05.2025 zu beheben, was inzwischen geschehen ist. Nach Auskunft der Bauleitung sollen die Arbeiten Ende Juli abgeschlossen sein.

Für die Rechnung Nr. 2025-04417 über den Rückschnitt Ihrer Hecke, die Sie Ihrem Schreiben beigelegt haben, ist das Bezirksamt leider nicht zuständig; bitte wenden Sie sich damit direkt an den Bauherrn, die Hamburger Wasserwerke.

Mit freundlichen Grüßen
Im Auftrag
[[P|Carstensen]]
""")

# ---------------------------------------------------------------------------------------------------------- 023
doc("word", "anfrage", f"""
Bezirksversammlung Hafenmarsch
Drucksache 22-1473
Datum: 14.05.2025

Kleine Anfrage nach § 27 BezVG
der Abgeordneten [[P|Meryem Aydın]] und [[P|Tobias Wrede]] (Fraktion GRÜNE)

Betr.: Außengastronomie im Reiherstiegviertel – Sondernutzungserlaubnisse 2025

ENTWURF der Antwort der Verwaltung – nur für den Dienstgebrauch, vor Veröffentlichung anonymisieren!

Zu 1.: Im Reiherstiegviertel wurden 2025 bisher 11 Sondernutzungserlaubnisse für Außengastronomie erteilt (2024: 9). Die genutzte Fläche beträgt insgesamt 214 m².

Zu 2.: Die Gebühr richtet sich nach der Gebührenordnung zum Hamburgischen Wegegesetz (Zone II: 1,10 € je m² und Monat). Einnahmen 2024: 2.826,80 €.

Zu 3.: Beschwerden lagen zu folgenden Betrieben vor:
Betrieb | Inhaber/in | Anschrift | Beschwerden | Maßnahme
Café [[P|Sommer]] | [[P|Meike Sommer]] | [[A|Veringstraße 42]] | 3 (Lärm nach 22 Uhr) | Anhörung, Az. [[AZ|M/SN 0233/2025]]
Pastelaria [[P|Fontes]] | [[P|Inês Fontes]] | [[A|Mannesallee 8]] | – | Erweiterungsantrag in Prüfung
Bar Nachtfalter | Nachtfalter Gastro GmbH | Veringstraße, Ecke Mannesallee | 5 | Bußgeldverfahren, Az. [[AZ|{AZ_023}]]

Zu 4.: Ein Runder Tisch mit Gastronomie und Anwohnenden ist für den 26.06.2025, 18 Uhr, im Gemeindesaal der St.-Raphael-Kirche geplant.

Für den Bezirksamtsleiter
[[P|Dr. Arne Pohlmann]]
""", ["POLITICS"])

# ---------------------------------------------------------------------------------------------------------- 024
doc("outlook", "sondernutzung", f"""
Betreff: WG: Antrag Sondernutzung Außenbestuhlung Mannesallee

Sehr geehrte Damen und Herren,

wie telefonisch angekündigt leite ich Ihnen den Antrag unserer Mandantin weiter. Gewerbeanmeldung und Haftpflichtpolice hängen an. Die Steuernummer des Betriebs lautet [[TNR|{TNR_024}]], USt-IdNr. [[VAT|{VAT_024}]].

Mit freundlichen Grüßen
[[P|Yasemin Korkmaz]]
Steuerberaterin, Hamburg-Harburg
Tel. [[T|040 / 77 11 84-0]]

From: [[P|Inês Fontes]] <[[E|ines.fontes@pastelaria-fontes.de]]>
Sent: Tuesday, May 20, 2025 11:32 PM
To: [[P|Yasemin Korkmaz]] <[[E|korkmaz@stb-korkmaz.de]]>
Subject: Antrag Sondernutzung

Hallo,

kannst du das bitte ans Bezirksamt schicken? Ich möchte vor der Pastelaria ab Juni 4 Tische und 8 Stühle rausstellen, Fläche ca. 2,5 x 6 m direkt an der Hauswand, der Gehweg bleibt über 2 m frei. Draußen nur 8–20 Uhr. Adresse: [[A|Mannesallee 8]], [[A|21107 Hamburg]], ich bin Inhaberin (Einzelunternehmen seit 2022).

Die Gebühr bitte vom Geschäftskonto abbuchen: [[IBAN|{IBAN_024}]] (portugiesische Bank, ist das ok?).

Beijinhos e obrigada!
[[P|Inês]]
""")

# ---------------------------------------------------------------------------------------------------------- 025
doc("outlook", "schwerbehinderung", f"""
Betreff: Schwerbehindertenausweis – Verschlimmerungsantrag, Az. [[AZ|71-SB 0458812]]

Guten Tag,

anbei wie gewünscht die Unterlagen für meinen Verschlimmerungsantrag. Bei mir ist seit 2011 ein GdB von 30 festgestellt (Polyneuropathie). Letztes Jahr hat die Humangenetik am UKE durch eine molekulargenetische Untersuchung die Ursache gefunden: eine erbliche Neuropathie vom Typ Charcot-Marie-Tooth 1A (PMP22-Duplikation). Inzwischen schaffe ich ohne Gehstützen keine 200 m mehr und bin zweimal gestürzt. Ich beantrage deshalb einen höheren GdB und das Merkzeichen G.

Meine Daten:
[[P|Marret Peters]], geb. [[DOB|11.11.1969]]
[[A|Am Kanal 14]], [[A|21107 Hamburg]]
Versichertennummer (DAK): [[KV|{KV_025}]]

Die Befundberichte meiner Neurologin und aus dem UKE hänge ich an, außerdem ein aktuelles biometrisches Passbild für den neuen Ausweis.

Vielen Dank und freundliche Grüße
[[P|Marret Peters]]
[[T|040-38 61 29 55]]
""", ["HEALTH", "GENETIC"])

# ---------------------------------------------------------------------------------------------------------- 026
doc("word", "hundesteuer", f"""
Bezirksamt Hafenmarsch – Fachamt Verbraucherschutz, Gewerbe und Umwelt – Hundewesen
[[N|Marschtorplatz 1]], [[N|21107 Hamburg]]

Herrn
[[P|Dr. med. Cem Aksoy]]
[[A|Georg-Wilhelm-Straße 121 a]]
[[A|21107 Hamburg]]

Kassenzeichen: [[AZ|HS 21 0418 557]]
Datum: 10.06.2025

Ihr Antrag auf Befreiung von der Hundesteuer für Ihre Hündin „Lotte“ (Chip 276 098 106 543 210, Steuermarke Nr. 1187)

Sehr geehrter Herr Dr. [[P|Aksoy]],

Ihrem Antrag vom 21.05.2025 auf Befreiung von der Hundesteuer wird ab dem 01.06.2025 stattgegeben. Nach der ärztlichen Bescheinigung vom 16.05.2025 besteht bei Ihnen eine fokale Epilepsie mit Anfällen ohne Vorwarnung; Ihre Hündin ist als Epilepsie-Warnhund ausgebildet und geprüft (Prüfung am 03.04.2025). Die Voraussetzungen für die Steuerbefreiung eines Assistenzhundes sind damit erfüllt.

Die für Juni bis Dezember 2025 bereits gezahlte Steuer von 52,50 € wird Ihnen erstattet. Die Steuermarke behalten Sie; die Pflicht zur Anleinung in Grünanlagen nach § 9 HundeG bleibt unberührt.

Mit freundlichen Grüßen
Im Auftrag
[[P|Hinsch]]
""", ["HEALTH"])

# ---------------------------------------------------------------------------------------------------------- 027
doc("outlook", "hundesteuer", f"""
Betreff: hund abmelden

hallo liebes bezirksamt,

unser hund bruno ist leider am 2. mai gestorben (er war 14). ich möchte ihn deshalb abmelden. die steuermarke hab ich nicht mehr, die ist irgendwo im garten verloren gegangen. kassenzeichen steht auf dem alten bescheid: [[AZ|HS 21 0397 104]]

bitte das zuviel bezahlte geld auf mein konto zurücküberweisen. ich bin inzwischen zu meinem freund nach wien gezogen und hab nur noch ein österreichisches konto: [[IBAN|{IBAN_027}]]

alte adresse war [[A|stenzelring 29c]], [[A|21107 hamburg]], die neue ist [[A|Favoritenstraße 88/14]], [[A|1040 Wien]].

danke!!
lg [[P|lena]] ([[P|lena-marie krüger]])
[[T|+43 660 5127 904]]
""")

# ---------------------------------------------------------------------------------------------------------- 028
doc("word", "protokoll", f"""
Protokoll der Teambesprechung Kundenzentrum Hafenmarsch
Datum: 04.06.2025, 14:00–15:10 Uhr, Raum 1.08
Teilnehmende: [[P|Oltmanns]] (Leitung), [[P|Kovačević]], [[P|Stüven]], [[P|Yilmaz]] (Protokoll)

TOP 1 Personal
Herr [[P|Rademacher]] fällt nach seiner Bandscheibenoperation voraussichtlich bis 20.06. aus; die Vertretung an Schalter 2 ist geregelt. Frau [[P|Kovačević]] nimmt als ver.di-Vertrauensfrau am 12.06. an der Personalversammlung teil, Schalter 5 bleibt an dem Tag geschlossen.

TOP 2 Beschwerde Schalter 4
Die Beschwerde von Frau [[P|Yıldırım]] (Vorgang [[AZ|BM 2025/0371]]) wurde besprochen. Der Kollege schildert den Ablauf anders. Die Teamleitung führt mit beiden Seiten ein Gespräch; die Stellungnahme an das Beschwerdemanagement geht bis 11.06. raus.

TOP 3 Rückbuchung Kartenzahlung
Am 28.05. wurde die Gebühr für ein Führungszeugnis (13,00 €) mit der Kreditkarte [[CC|{CC_028}]] bezahlt; die Bank hat die Zahlung zurückgebucht, die Karte war als gestohlen gemeldet. Die Antragstellerin gab den Namen [[P|Svetlana Morozova]] an, geb. [[DOB|14.2.1975]], vorgelegt wurde ein Ausweis mit der Nummer [[IDC|{IDC_028}]]. Anzeige beim PK 44 erstattet, Vorgangsnummer [[AZ|250528-1147-043]]. Künftig bei Kartenzahlung den Namen auf der Karte mit dem Ausweis abgleichen.

TOP 4 Verschiedenes
– Gewerbeummeldung Nagelstudio [[P|Phạm Thu Hà]]: Auf dem Formular steht unter „Sonstiges“ nur [[VAT|{VAT_028}]] ohne Bezeichnung; wird telefonisch geklärt ([[T|0163 772 05 41]]).
– Die Leitstelle ist ab sofort unter [[N|040 428 77-2000]] erreichbar.
– Nächste Besprechung 18.06.2025, 14 Uhr.

gez. [[P|Yilmaz]]
""", ["HEALTH", "UNION"])

# ---------------------------------------------------------------------------------------------------------- 029
doc("word", "liste", f"""
Kundenzentrum Hafenmarsch – offene Rückfragen Meldewesen/Ausweise, KW 23 (intern)

Name | Geburtsdatum | Dokument | Anliegen / Stand
[[P|Jovanović, Milica]] | [[DOB|17.09.1984]] | PA [[IDC|{IDC_029}]] | Verlust gemeldet 26.05., Sperrung veranlasst, neuer Antrag Di 10:20
[[P|de Vries, Hauke]] | [[DOB|29.02.1964]] | RP [[PASS|{PASS_029}]] | Reisepass abholbereit seit 22.05., Gebühr 70,00 € offen
[[P|Haj Ahmad, Rana]] | [[DOB|5.6.2001]] | eAT | Adressänderung auf eAT, Termin bei der ABH nötig
[[P|Kowalski, Piotr]] | [[DOB|1958-12-30]] | – | fragt nach seiner Steuer-ID für die Rentenbescheinigung

Nachträge
– Herr [[P|Kowalski]]: hat auf einem alten Schreiben die Nummer [[TID|{TID_029}]] gefunden; das ist seine Identifikationsnummer, Auskunft darf aber nur das BZSt geben. Außerdem legte er einen Bescheid mit der Nummer [[TNR|{TNR_029}]] vor (Steuernummer, nicht Steuer-ID) – erklärt.
– Frau [[P|Haj Ahmad]] hat am Telefon statt der Steuer-ID ihre Sozialversicherungsnummer genannt ([[SSN|{ssn_spaced(SSN_029)}]]) und auf der Gesundheitskarte [[KV|{KV_029}]]; beides nicht im Fachverfahren speichern.
– Herr [[P|de Vries]] möchte die Gebühr per Karte zahlen und hat die Nummer schon durchgegeben: [[CC|{CC_029}]] – bitte nur am Terminal abwickeln, Nummer hier nach Abholung schwärzen.
– Rückrufe bitte über die Zentrale [[N|040 428 77-0]] ankündigen, nicht über Durchwahlen.

Stand: 06.06.2025, [[P|Oltmanns]]
""")

# ---------------------------------------------------------------------------------------------------------- 030
doc("outlook", "jugendamt", f"""
Betreff: WG: Familie [[P|Ramić]] – Kita-Gutschein, Kindergeld, Bitte um Kontakt

Hallo zusammen,

wie telefonisch besprochen leite ich Ihnen die Nachricht meiner Kollegin weiter. Die Familie hat eine Schweigepflichtentbindung gegenüber dem Jugendamt unterschrieben, sie liegt bei uns vor.

Viele Grüße
[[P|Dörte Hasselbring]]
Beratungsstelle Elbinsel e. V.
[[T|040 3 19 88 47-23]]

Von: [[P|Nikolić, Jelena]] <[[E|jelena.nikolic@beratung-elbinsel.de]]>
Gesendet: Mittwoch, 28. Mai 2025 16:20
An: [[P|Hasselbring, Dörte]] <[[E|d.hasselbring@beratung-elbinsel.de]]>
Betreff: neue Familie in der Unterkunft

Hallo,

kurz zu der Familie, die seit April in der Unterkunft [[A|Am Hafenbecken 12]], [[N|Haus C]], wohnt: Die Eltern [[P|Senad Ramić]] und [[P|Elvira Ramić]] sind mit drei Kindern aus Serbien gekommen. Sie gehören der Roma-Minderheit an und berichten von massiver Ausgrenzung, die Kinder konnten dort kaum zur Schule gehen.

Kinder:
– [[P|Amela]], geb. [[DOB|12.04.2015]]
– [[P|Denis]], geb. [[DOB|30.10.2018]]
– [[P|Lejla]], * [[DOB|7.1.2022]]

Für die Jüngste brauchen sie dringend einen Kita-Gutschein, der Sohn wird im August schulpflichtig. Kindergeld ist beantragt; die Familienkasse will die Steuer-IdNr. aller Kinder, angekommen ist bisher nur die der Ältesten: [[TID|{TID_030}]]. Ist es normal, dass das so lange dauert?

Der Vater ist über [[T|0176 - 2299 8130]] erreichbar (spricht Serbisch und etwas Deutsch), die Mutter hat kein eigenes Handy.

LG [[P|Jelena]]
""", ["ETHNICITY"])


def check_identifier(category, value):
    """Re-validate every check-digit identifier in the output (independently of how it was drawn)."""
    from identifiers import icao_check, luhn_check, mod11_10_check, digit_sum
    raw = value.replace(" ", "").replace("-", "").upper()
    if category == "IBAN":
        digits = "".join(str(int(c, 36)) for c in raw[4:] + raw[:4])
        assert int(digits) % 97 == 1, value
    elif category == "TAX_ID":
        assert len(raw) == 11 and raw[0] != "0" and mod11_10_check(raw[:10]) == int(raw[10]), value
    elif category == "VAT_ID":
        assert raw.startswith("DE") and mod11_10_check(raw[2:10]) == int(raw[10]), value
    elif category == "CREDIT_CARD":
        assert luhn_check(raw[:-1]) == int(raw[-1]), value
    elif category == "HEALTH_INSURANCE":
        code = ord(raw[0]) - ord("A") + 1
        vals = [code // 10, code % 10] + [int(c) for c in raw[1:9]]
        assert sum(digit_sum(v * (1 if i % 2 == 0 else 2)) for i, v in enumerate(vals)) % 10 == int(raw[9]), value
    elif category == "SOCIAL_SECURITY":
        code = ord(raw[8]) - ord("A") + 1
        vals = [int(c) for c in raw[:8]] + [code // 10, code % 10] + [int(c) for c in raw[9:11]]
        weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
        assert sum(digit_sum(v * w) for v, w in zip(vals, weights)) % 10 == int(raw[11]), value
    elif category in ("ID_CARD", "PASSPORT") and len(raw) == 10 and raw[0] in "CFGHJKLMNPRTVWXY":
        assert icao_check(raw[:9]) == int(raw[9]), value


def main():
    assert len(DOCS) == 30, len(DOCS)
    out_path = os.path.join(HERE, "fresh18.jsonl")
    lines = []
    for i, (channel, template, text, flags) in enumerate(DOCS, 1):
        lines.append(build(f"b18-{i:03d}", channel, template, text, flags))
    with open(out_path, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")

    # verification: parse back, unique ids, spans match
    parsed = [json.loads(l) for l in open(out_path, encoding="utf-8")]
    assert len({d["id"] for d in parsed}) == len(parsed) == 30
    for d in parsed:
        assert set(d) == {"id", "channel", "template", "text", "entities", "neutral", "specialCategories"}
        for e in d["entities"] + d["neutral"]:
            assert d["text"][e["start"]:e["end"]] == e["text"]
    for d in parsed:
        for e in d["entities"]:
            check_identifier(e["category"], e["text"])
    cats = collections.Counter(e["category"] for d in parsed for e in d["entities"])
    flags = collections.Counter(f for d in parsed for f in d["specialCategories"])
    chans = collections.Counter(d["channel"] for d in parsed)
    print(f"{len(parsed)} documents, {sum(cats.values())} entities, "
          f"{sum(len(d['neutral']) for d in parsed)} neutral spans, channels {dict(chans)}")
    for c, n in cats.most_common():
        print(f"  {c:18s} {n}")
    print("special categories:", dict(flags), "| documents without flags:",
          sum(1 for d in parsed if not d["specialCategories"]))


if __name__ == "__main__":
    main()
