"""batch19.jsonl — 30 held-out German documents from the invented Kreisstadt Glanstetten (Rhineland-Palatinate).

Written blind (no detector source, no earlier batches). Marks and identifier generators come from the Corpus folder;
every identifier with a check digit is produced by identifiers.py (seed 1919191).
Run: python3 make_batch19.py   -> batch19.jsonl next to this script, counts printed.
"""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True
CORPUS = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, CORPUS)
from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh19.jsonl")
ids = Identifiers(1919191)


def tid_spaced(t):
    return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"


def ssn_spaced(s):
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"


# ---- identifiers (order fixed, so the file is reproducible) -------------------------------------------------------
CITY_IBAN = group(ids.iban_de(), 4)                 # Stadtkasse account: neutral
_cred = mod97_iban("DE", "0000" + ids.digits(7))   # SEPA creditor id of the city (own check), neutral
CITY_CREDITOR = _cred[:4] + "ZZZ" + _cred[4:]
IDC1 = ids.id_card(check_digit=True)
VAT1 = ids.vat_id()
TNR_RLP1 = f"40/{ids.digits(3)}/{ids.digits(5)}"    # RLP layout FF/BBB/UUUUP (layout only)
SSN_TW = ids.social_security("040186", "W")
TID1 = ids.tax_id()
KG1 = f"{ids.digits(3, True)}FK{ids.digits(6)}"     # Kindergeldnummer of the Familienkasse
IBAN_DE1 = ids.iban_de()
IBAN_PL = ids.iban("PL", 24)
IBAN_DE2 = ids.iban_de()
BAMF1 = f"{ids.digits(7, True)}-423"
VN_PASS = "C" + ids.digits(7)
IDC2 = ids.id_card(check_digit=False)
RO_PASS = "05" + ids.digits(7)
IBAN_AT = ids.iban("AT", 16)
MC1 = ids.credit_card("52", 16)
KV1 = ids.health_insurance()
TNR_KESSLER = f"40/{ids.digits(3)}/{ids.digits(5)}"
IBAN_DE3 = ids.iban_de()
IBAN_DE4 = ids.iban_de()
VISA1 = ids.credit_card("4", 16)
TID2 = ids.tax_id()
SSN_NS = ids.social_security("300175", "S")
KV2 = ids.health_insurance()
KG2 = f"{ids.digits(3, True)}FK{ids.digits(6)}"
SY_PASS = "N" + ids.digits(9)
BAMF2 = f"{ids.digits(7, True)}-475"
UA_PASS1 = "FX" + ids.digits(6)
UA_PASS2 = "FB" + ids.digits(6)
KV3 = ids.health_insurance()
BG1 = f"{ids.digits(5, True)}BG{ids.digits(7)}"
IBAN_DE5 = ids.iban_de()
TNR_TUS = f"40/{ids.digits(3)}/{ids.digits(5)}"
IDC3 = ids.id_card(check_digit=True)
SSN_WK = ids.social_security("180436", "K")
KV4 = ids.health_insurance()
_bbb, _uuu = ids.digits(3), ids.digits(5)
TNR_SL = f"040/{_bbb}/{_uuu}"                      # Saarland FFF/BBB/UUUUP ...
TNR_SL13 = f"10400{_bbb}{_uuu}"                     # ... and the same number in the 13-digit federal form
VAT2 = ids.vat_id()
TID3 = ids.tax_id()
AMEX1 = ids.credit_card("37", 15)
DE_PASS2 = ids.passport(check_digit=True)

AMEX1_G = f"{AMEX1[:4]} {AMEX1[4:10]} {AMEX1[10:]}"
VAT2_G = f"{VAT2[:2]} {VAT2[2:5]} {VAT2[5:8]} {VAT2[8:]}"

DOCS = []


def doc(channel, template, flags, marked):
    DOCS.append((channel, template, flags, marked.strip("\n")))


# ---- 001 outlook: Gewerbeanmeldung Imbiss ---------------------------------------------------------------------------
doc("outlook", "gewerbeanmeldung", [], f"""
Betreff: Gewerbeanmeldung Imbiss + Frage Gaststättenerlaubnis

Sehr geehrte Damen und Herren,

ich möchte zum 1. Oktober in der [[A|Kuseler Straße 14 a]] in [[A|66879 Glanstetten]] einen Imbiss (Döner, Pide, Getränke) eröffnen. Vorher war dort die Eisdiele, die Räume hat das Bauamt schon abgenommen.

Meine Daten für die Anmeldung:
Name: [[P|Emre Yıldırım]]
geboren am [[DOB|17.06.1989]] in Kaiserslautern
Wohnanschrift: [[A|Am Hummelberg 7]], [[A|66887 Eschenau]]
Personalausweis: [[IDC|{IDC1}]]
Steuernummer (Finanzamt Kusel-Landstuhl): [[TNR|{TNR_RLP1}]]
USt-IdNr. [[VAT|{VAT1}]]

Brauche ich für Bier und Ayran eine Gaststättenerlaubnis oder reicht die Anmeldung? Der Gewerbeschein soll bitte an meine Wohnanschrift gehen, die Gebühr von 26,00 € überweise ich.

Mein Bruder hilft im Laden mit, muss der auch angemeldet werden?

Mit freundlichen Grüßen
[[P|Emre Yıldırım]]
Mobil: [[T|0176 / 432 118 09]]
""")

# ---- 002 word: Gaststättenerlaubnis (Bescheid) ----------------------------------------------------------------------
doc("word", "gaststaettenerlaubnis", [], f"""
Stadtverwaltung Glanstetten · Ordnungs- und Gewerbeamt · [[N|Rathausplatz 1]] · [[N|66879 Glanstetten]]

Herrn und Frau
[[P|Giuseppe Lo Russo]] und [[P|Francesca De Santis-Lo Russo]]
Trattoria „Il Glicine“
[[A|Marktstraße 22]]
[[A|66879 Glanstetten]]

Ihr Antrag vom 04.08.2025
Aktenzeichen: [[AZ|32.2-GastE-0019/25]]
Bearbeitung: Zimmer 1.14, Tel. [[T|06385 9330-214]] (Zentrale [[N|06385 9330-0]])
Glanstetten, 29.08.2025

Erlaubnis nach § 2 Gaststättengesetz (GastG) – Schank- und Speisewirtschaft

Sehr geehrter Herr [[P|Lo Russo]], sehr geehrte Frau [[P|De Santis-Lo Russo]],

auf Ihren Antrag wird Ihnen die Erlaubnis zum Betrieb einer Schank- und Speisewirtschaft mit Alkoholausschank in den Räumen [[A|Marktstraße 22]] (Erdgeschoss, 64 Sitzplätze, Außenbewirtschaftung mit 20 Plätzen) erteilt.

Die Unbedenklichkeitsbescheinigungen des Finanzamts und der Stadtkasse sowie die Führungszeugnisse liegen vor. Die Unterrichtung nach § 4 Abs. 1 Nr. 4 GastG bei der IHK Pfalz hat die Antragstellerin am 12.08.2025 nachgewiesen.

Nebenbestimmungen:
1. Die Außenbewirtschaftung endet um 22:00 Uhr (§ 5 GastG i. V. m. der Sperrzeitverordnung).
2. Die Festsetzungen des Bebauungsplans Nr. 14 „Altstadt“ bleiben unberührt.
3. Ein Wechsel der verantwortlichen Person ist unverzüglich anzuzeigen.

Für diese Erlaubnis wird eine Verwaltungsgebühr von 450,00 EUR erhoben. Bitte überweisen Sie den Betrag bis zum 30.09.2025 unter Angabe des Kassenzeichens [[AZ|5.0032.2025.1187]] auf das Konto der Stadtkasse, IBAN [[N|{CITY_IBAN}]].

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadtverwaltung Glanstetten, [[N|Rathausplatz 1]], [[N|66879 Glanstetten]], erhoben werden.

Im Auftrag
[[P|T. Hauck]]
""")

# ---- 003 outlook: Lärm, informal lower case -------------------------------------------------------------------------
doc("outlook", "laerm", [], """
Betreff: lärm jede nacht bahnhofstr

hallo ordnungsamt,

ich weiß nicht mehr weiter. seit die neuen mieter über mir eingezogen sind (familie [[P|kovalenko]] oder so, 2. stock) ist jede nacht bis 2 uhr lärm, musik, getrampel, gestern wieder bis halb drei. ich hab schon mit dem vermieter herrn [[P|gutensohn]] gesprochen, der sagt er kann nix machen. und der sohn parkt mit seinem weißen transporter ([[KFZ|KL-OK 611]]) jeden abend vor der einfahrt.
die polizei war am samstag da, die beamten haben gesagt ich soll mich an sie wenden, die vorgangsnummer ist [[AZ|1148073/2025]] steht auf dem zettel.

ich wohn in der [[A|bahnhofstr. 41]], [[N|erdgeschoss rechts]].
bitte rufen sie mich an, [[T|0157 34 88 19 02]], am besten nach 16 uhr weil ich schicht arbeite.

gruß
[[P|heike stopp]]
""")

# ---- 004 word: Aktenvermerk Beißvorfall -----------------------------------------------------------------------------
doc("word", "hund_beissvorfall", ["HEALTH"], """
Aktenvermerk
Ordnungsamt – Gefahrenabwehr / Hunde
Az.: [[AZ|32.1-HuG-0041/25]]

Betreff: Beißvorfall am 14.07.2025, Spielplatz „Im Hollerbusch“

Am 15.07.2025 meldete sich Frau [[P|Sandra Theobald]], [[A|Im Hollerbusch 19]], [[A|66879 Glanstetten]], telefonisch. Ihr Sohn [[P|Luca]] (geb. [[DOB|02.11.2017]]) sei am Vortag gegen 17:30 Uhr auf dem Spielplatz von einem freilaufenden Hund (Mischling, schwarz, ca. 55 cm Schulterhöhe) in den linken Unterarm gebissen worden. Die Bisswunde wurde in der Notaufnahme des Westpfalz-Klinikums genäht, der Junge erhielt eine Tetanus-Auffrischung. Ein ärztliches Attest wird nachgereicht.

Halter des Hundes ist nach Auskunft der Polizeiinspektion Kusel (Vorgangsnummer [[AZ|PI-KUS/2025/07/1433]]) Herr [[P|Dariusz Wójcik]], * [[DOB|23.03.1984]], wohnhaft [[A|Zum Steinbruch 3]], [[A|66879 Glanstetten-Niederkirn]]. Der Hund ist unter der Steuermarke Nr. 0417 angemeldet, Transpondernummer [[N|276098106654321]].

Der Halter wurde am 16.07.2025 angehört. Er gibt an, der Hund sei durch ein offenes Gartentor entwischt, so etwas sei noch nie vorgekommen. Er ist unter [[T|0152-29447130]] erreichbar.

Weiteres Vorgehen: Wesenstest nach § 4 LHundG anordnen, bis dahin Leinen- und Maulkorbpflicht (Anordnung per Bescheid, Entwurf an die SGL zur Mitzeichnung).

Glanstetten, 16.07.2025
[[P|Jung]]
""")

# ---- 005 outlook: forwarded, Anhörung Verwarnungsgeld ---------------------------------------------------------------
doc("outlook", "verwarnungsgeld", ["HEALTH"], """
Betreff: WG: Anhörung Verwarnungsgeld

Hallo,
anbei die Mail meiner Mutter, sie kommt mit dem Anhörungsbogen nicht zurecht. Bitte melden Sie sich bei mir: [[T|+49 (0)171 5528 406]].
Grüße, [[P|Nadine Wendel]]

-----Ursprüngliche Nachricht-----
Von: [[P|Wendel, Marliese]] <[[E|marliese.wendel@t-online.de]]>
Gesendet: Dienstag, 9. September 2025 18:42
An: [[P|Wendel, Nadine]] <[[E|nadine.wendel@web.de]]>
Betreff: Anhörung Verwarnungsgeld

Liebe [[P|Nadine]],
ich habe heute das Schreiben von der Stadt bekommen, Aktenzeichen [[AZ|OWi 32.3-25-01883]]. Ich hätte am 28.08. auf dem Behindertenparkplatz vor der Apotheke am Marktplatz ohne Ausweis geparkt, mit dem Auto [[KFZ|KUS-MW 53]]. Der Ausweis lag aber im Handschuhfach, das ist der blaue Parkausweis, den ich seit der zweiten Hüft-OP habe (Merkzeichen aG). Kannst du das für mich erklären? 35 Euro ist ja nicht die Welt, aber ich seh es nicht ein.
Meine Anschrift steht ja drauf: [[A|Lauterstraße 6]], [[A|66879 Glanstetten]].
Mama
""")

# ---- 006 outlook: Wohngeld Nachreichung (Polish family) -------------------------------------------------------------
doc("outlook", "wohngeld", [], f"""
Betreff: Wohngeldantrag – Nachreichung Unterlagen

Sehr geehrte Frau [[P|Morgenstern]],

wie telefonisch besprochen schicke ich Ihnen die fehlenden Angaben zu unserem Wohngeldantrag.

Haushaltsmitglieder:
- [[P|Tomasz Wiśniewski]], geb. [[DOB|04.01.1986]] (Antragsteller)
- [[P|Małgorzata Wiśniewska]] (Ehefrau)
- [[P|Zofia]], geb. [[DOB|11.12.2014]]

Meine Rentenversicherungsnummer: [[SSN|{SSN_TW}]]
Steuer-ID: [[TID|{TID1}]]

Das Kindergeld läuft bei der Familienkasse Rheinland-Pfalz-Saarland unter der Nummer [[AZ|{KG1}]]. Einen Bescheid vom Jobcenter haben wir nicht, wir bekommen kein Bürgergeld.

Das Wohngeld bitte auf unser gemeinsames Konto: [[IBAN|{group(IBAN_DE1, 4)}]]. Früher hatten wir noch ein Konto in Polen ([[IBAN|{IBAN_PL}]]), das ist aber seit Mai gekündigt.

Die Mietbescheinigung der Wohnbau Glanstetten GmbH habe ich als PDF angehängt, die Miete beträgt jetzt 780,00 € warm.

Mit freundlichen Grüßen
[[P|Tomasz Wiśniewski]]
[[A|Gerhart-Hauptmann-Str. 18]], [[N|Whg. 4]]
[[A|66879 Glanstetten]]
""")

# ---- 007 word: Wohngeldbescheid -------------------------------------------------------------------------------------
doc("word", "wohngeld_bescheid", [], f"""
Stadtverwaltung Glanstetten – Wohngeldstelle
[[N|Rathausplatz 1]] · [[N|66879 Glanstetten]] · Telefon [[N|06385 9330-0]] · [[N|wohngeld@glanstetten.de]]

Frau
[[P|Ionela-Maria Popescu]]
[[A|Schillerstraße 3 b]]
[[A|66879 Glanstetten]]

Aktenzeichen: [[AZ|51.3-WoG-2025-0412]]
Datum: 02.10.2025

Bescheid über die Bewilligung von Wohngeld (Mietzuschuss)

Sehr geehrte Frau [[P|Popescu]],

auf Ihren Antrag vom 18.07.2025 wird Ihnen für die Zeit vom 01.07.2025 bis 30.06.2026 Wohngeld in Höhe von monatlich 312,00 EUR bewilligt.

Berücksichtigte Haushaltsmitglieder (§ 5 WoGG):
Name | Geburtsdatum | Verhältnis
[[P|Popescu, Ionela-Maria]] | [[DOB|21.02.1993]] | Antragstellerin
[[P|Popescu, Andrei]] | [[DOB|08.09.2016]] | Sohn
[[P|Stan, Daria]] | [[DOB|14.04.2021]] | Tochter

Berechnungsgrundlagen: zu berücksichtigende Miete 640,00 EUR (Höchstbetrag Mietenstufe II), Gesamteinkommen 1.482,17 EUR monatlich.

Das Wohngeld wird monatlich im Voraus auf das Konto [[IBAN|{IBAN_DE2}]] überwiesen. Die Nachzahlung für Juli bis Oktober 2025 in Höhe von 1.248,00 EUR erfolgt gesondert.

Sie sind verpflichtet, uns Änderungen beim Einkommen, bei der Miete oder bei der Zahl der Haushaltsmitglieder unverzüglich mitzuteilen (§ 27 WoGG).

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadtverwaltung Glanstetten erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Kerstin Morgenstern]]
""")

# ---- 008 outlook: Sozialamt, volunteer writes for an Afghan woman ---------------------------------------------------
doc("outlook", "sozialamt_asylblg", ["HEALTH", "ETHNICITY"], f"""
Betreff: Frau [[P|Ahmadzai]] – Behandlungsschein / dringend

Sehr geehrte Damen und Herren,

ich schreibe als ehrenamtliche Begleiterin des Netzwerks Asyl Glanstetten für Frau [[P|Farida Ahmadzai]] (geb. [[DOB|01.01.1995]] – so steht es in ihren Papieren). Frau [[P|Ahmadzai]] ist mit ihren beiden Töchtern (4 und 7 Jahre) im Juli aus der Aufnahmeeinrichtung in Trier nach Glanstetten zugewiesen worden und wohnt jetzt in der Unterkunft [[A|Auf der Lehmkaul 2]], [[N|Zimmer 11]].

Sie ist in der 24. Woche schwanger, die Frauenärztin [[P|Dr. med. Sibylle Kraus]] stuft die Schwangerschaft wegen eines Schwangerschaftsdiabetes als Risikoschwangerschaft ein. Für die nächsten Kontrolltermine braucht sie dringend einen Behandlungsschein nach AsylbLG, der alte ist Ende September abgelaufen.

Das Aktenzeichen beim BAMF lautet [[AZ|{BAMF1}]]. Die Familie gehört zur Volksgruppe der Hazara und wurde deshalb in Afghanistan bedroht, die Anhörung war im August.

Können Sie mir sagen, ob ich den Schein abholen darf? Eine Vollmacht liegt bei.

Mit freundlichen Grüßen
[[P|Ulrike Brill]]
Netzwerk Asyl Glanstetten e.V.
[[T|0162 / 7 44 01 93]]
[[E|u.brill@posteo.de]]
""")

# ---- 009 word: Standesamt, Beurkundung einer Geburt -----------------------------------------------------------------
doc("word", "standesamt_geburt", [], f"""
Standesamt Glanstetten
Vermerk zur Beurkundung einer Geburt
Az.: [[AZ|1.3-GebR-0287/2025]]

Anzeigende Stelle: Westpfalz-Klinikum, Standort Kusel, Geburtshilfe (schriftliche Anzeige vom 03.09.2025)

Kind: [[P|Nguyễn Minh Khang]], männlich
geboren am [[DOB|01.09.2025]] um 06:42 Uhr in Kusel

Mutter: [[P|Trần Thị Thu Hà]], geb. [[DOB|27.10.1994]] in Hải Phòng (Vietnam), vietnamesische Staatsangehörige, Reisepass Nr. [[PASS|{VN_PASS}]]
Vater: [[P|Nguyễn Văn Đức]], * [[DOB|12.03.1990]] in Nam Định (Vietnam), deutscher Staatsangehöriger seit 2019, Reisepass [[PASS|{DE_PASS2}]]
Wohnung der Eltern: [[A|Friedhofstraße 9]], [[A|66879 Glanstetten]]

Die Eltern sind seit dem 14.02.2022 miteinander verheiratet (Eheschließung vor dem Standesamt Kaiserslautern). Sie bestimmen den Familiennamen des Vaters „[[P|Nguyễn]]“ zum Geburtsnamen des Kindes; Vornamen „[[P|Minh Khang]]“ in dieser Reihenfolge.

Vorgelegt: Heiratsurkunde, beide Reisepässe, Einbürgerungsurkunde des Vaters vom 20.05.2019.
Dolmetscherin: [[P|Phạm Thị Lan]] (allgemein beeidigt beim Landgericht Kaiserslautern)

Gebühr: 12,00 EUR für zwei Geburtsurkunden, bar bezahlt.

Glanstetten, 05.09.2025
Die Standesbeamtin
""")

# ---- 010 outlook: Sterbefall / muslimische Bestattung ---------------------------------------------------------------
doc("outlook", "sterbefall_friedhof", ["RELIGION"], f"""
Betreff: Sterbefall [[P|Hüseyin Çelik]] – Bestattung auf dem muslimischen Grabfeld

Sehr geehrte Damen und Herren,

mein Vater [[P|Hüseyin Çelik]], geboren am [[DOB|3. Mai 1951]] in Yozgat, ist heute Nacht im Seniorenheim St. Josef in Glanstetten verstorben. Die Todesbescheinigung liegt dem Bestatter vor.

Wir möchten ihn nach islamischem Ritus beisetzen, möglichst schon morgen, im Leichentuch ohne Sarg und mit Ausrichtung nach Mekka, auf dem muslimischen Grabfeld des Waldfriedhofs. Die rituelle Waschung übernimmt der Imam der DITIB-Gemeinde in Kaiserslautern. Ist das nach dem Bestattungsgesetz Rheinland-Pfalz so möglich, und wen muss ich im Friedhofsamt anrufen?

Meine Mutter [[P|Emine Çelik]] wohnt weiterhin in der [[A|Goethestraße 12]] in Glanstetten, bitte schicken Sie aber alles an mich:
[[A|Ringstraße 40]]
[[A|67657 Kaiserslautern]]

Die Gebühren für die Grabstätte und die Sterbeurkunden (5 Stück) können Sie von meiner Kreditkarte abbuchen: Mastercard [[CC|{MC1}]], gültig bis 11/27. Die Rechnung des Bestatters (Rechnungsnr. 2025-10482) bezahle ich direkt.

Mit freundlichen Grüßen
[[P|Murat Çelik]]
[[T|0049 176 20381147]]
""")

# ---- 011 word: Gesprächsnotiz Anmeldung Eheschließung ---------------------------------------------------------------
doc("word", "standesamt_eheschliessung", ["SEXUAL_ORIENTATION"], f"""
Gesprächsnotiz Standesamt – Anmeldung der Eheschließung
Datum: 11.09.2025, Vorsprache 10:00–10:45 Uhr
Az.: [[AZ|StA-E 2025/0061]]
Anwesend: die Verlobten (s. u.), Standesbeamtin

Die Verlobten möchten am Samstag, 13.12.2025, im Trauzimmer des Alten Rathauses heiraten. Beide leben seit sechs Jahren als Paar zusammen; Herr [[P|Dumitrescu]] berichtet, dass in Rumänien gleichgeschlechtliche Ehen nicht anerkannt werden, und fragt nach den Folgen für seinen Personenstand dort.

Angaben:
Verlobter 1: [[P|Daniel Zimmer]], geb. [[DOB|09.07.1991]] in Homburg, ledig, deutsch, PA-Nr. [[IDC|{IDC2}]]
Verlobter 2: [[P|Mihai Dumitrescu]], geboren [[DOB|17.11.1988]] in Brașov (Rumänien), ledig, rumänischer Staatsangehöriger, Reisepass Nr. [[PASS|{RO_PASS}]]
gemeinsame Wohnung: [[A|Am Lindenplatz 5]], [[A|66879 Glanstetten]]

Der Verlobte 2 legt eine Geburtsurkunde mit mehrsprachigem Formblatt vor. Da Rumänien kein Ehefähigkeitszeugnis ausstellt, ist eine Befreiung durch den Präsidenten des OLG Zweibrücken erforderlich (§ 1309 Abs. 2 BGB); Antrag wurde aufgenommen.
Trauzeugen werden bis 30.11. nachgemeldet.

Gebühr 80,00 EUR bar bezahlt, Quittung Nr. 2025-1177.
Rückfragen: [[T|+40 721 334 908]] (rumänische Mobilnummer), [[E|daniel.zimmer@outlook.de]]
""")

# ---- 012 outlook: Friedhof, Verlängerung Nutzungsrecht, Austria -----------------------------------------------------
doc("outlook", "friedhof_nutzungsrecht", [], f"""
Betreff: Verlängerung Nutzungsrecht Grab meiner Eltern / Kassenzeichen [[AZ|6.5300.2019.0041]]

Sehr geehrte Damen und Herren,

das Nutzungsrecht für das Wahlgrab meiner Eltern [[P|Reinhold]] und [[P|Gertrud Backes]] auf dem Friedhof Niederkirn (Feld C, Reihe 3, Grab 12–13) läuft laut Ihrem Schreiben vom 20.08.2025 zum Jahresende aus. Ich möchte es um 10 Jahre verlängern; die Gebühr von 640,00 € laut Friedhofsgebührensatzung ist in Ordnung.

Da ich seit vielen Jahren in Österreich lebe, bitte ich um Einzug per Lastschrift von meinem Konto bei der Steiermärkischen Sparkasse:
IBAN: [[IBAN|{group(IBAN_AT, 4)}]]

Meine Anschrift:
[[A|Leonhardstraße 41]], [[N|Top 5]]
[[A|8010 Graz]]
Österreich

Telefonisch erreichen Sie mich unter [[T|+43 664 281 7730]] oder per Mail an [[E|b.aigner-backes@aon.at]]. Die Grabpflege übernimmt weiterhin die Friedhofsgärtnerei in Niederkirn.

Mit freundlichen Grüßen
[[P|Brigitte Aigner-Backes]]
""")

# ---- 013 word: Bauamt, Angrenzerbeteiligung -------------------------------------------------------------------------
doc("word", "bauamt_angrenzer", [], """
Stadtverwaltung Glanstetten · Bauamt – Untere Bauaufsicht
Az.: [[AZ|63/BV/0298/2025]]

Vermerk über die Beteiligung der Angrenzer (§ 68 LBauO)

Bauvorhaben: Neubau eines Zweifamilienhauses mit Doppelgarage
Grundstück: Gemarkung Glanstetten, Flur 9, Flurstück 1147/3, [[A|Zur Hohen Warte 12-14]]
Bauherren: Eheleute [[P|Stoyan Dimitrov]] und [[P|Desislava Dimitrova]], derzeit wohnhaft in Kaiserslautern
Entwurfsverfasser: Dipl.-Ing. (FH) [[P|Hans-Jürgen Theobald]], Architekturbüro in Landstuhl

Das Grundstück liegt im Geltungsbereich des Bebauungsplans Nr. 27 „Hohe Warte – 2. Änderung“ (GRZ 0,4, zwei Vollgeschosse). Beantragt ist eine Befreiung für die Überschreitung der Baugrenze um 1,20 m (§ 31 Abs. 2 BauGB).

Flurstück | Eigentümer | Anschrift | Stellungnahme
1147/2 | [[P|Ludwig Sommer]] | [[A|Zur Hohen Warte 10]] | unterschrieben am 02.09.2025, keine Einwände
1148 | [[P|Graf, Annegret]] | [[A|Zur Hohen Warte 16]] | Einwendung: Verschattung der Terrasse
1150/1 | Erbengemeinschaft [[P|von der Heydt]] | [[A|Parkstraße 2]], [[A|55116 Mainz]] | keine Rückmeldung

Die Eigentümer von Flurstück 1148 hatten schon gegen die Garage auf Flurstück 1147/2 geklagt (VG Neustadt, [[AZ|4 K 233/24.NW]], durch Vergleich erledigt). Der Eigentümer von Flurstück 1147/2 bittet darum, dass der Baubeginn nicht vor dem Sommer 2026 liegt, weil er seine Einfahrt neu pflastern lässt.

Weiteres: Einwendung zu 1148 an den Entwurfsverfasser zur Stellungnahme; danach Entscheidung über die Befreiung.
26.09.2025, [[P|Frey]]
""")

# ---- 014 outlook: Kita, lower case, diabetic child ------------------------------------------------------------------
doc("outlook", "kita", ["HEALTH"], f"""
Betreff: kita sonnenblume - [[P|mia]] diabetes + pumpe

hallo frau [[P|yilmaz]],

wie heute morgen an der tür besprochen schick ich ihnen nochmal die infos für das gespräch mit dem träger:
[[P|mia]] ([[P|mia schäfer]]) ist am [[DOB|3.2.21]] geboren und hat seit märz typ-1-diabetes. sie trägt jetzt eine insulinpumpe und einen sensor, die werte kommen aufs handy. wenn der wert unter 70 fällt braucht sie sofort traubenzucker, das steht alles im notfallplan von dr. [[P|weiland]] (kinderdiabetologie uniklinik homburg).
die krankenkasse übernimmt wahrscheinlich die kosten für eine integrationskraft, der antrag läuft, die versichertennummer von [[P|mia]] ist [[KV|{KV1}]].

ich bin unter [[T|0151 - 2274 0936]] erreichbar, mein mann [[P|kai]] hat ab oktober elternzeit und bringt sie dann morgens.

lg [[P|jasmin schäfer]]
[[A|im wiesengrund 4]], [[A|66887 eschenau]]
""")

# ---- 015 word: Grundschule, Gesprächsnotiz --------------------------------------------------------------------------
doc("word", "schule_gespraechsnotiz", ["HEALTH", "RELIGION"], """
Grundschule Am Glanufer Glanstetten – Schulleitung
Gesprächsnotiz (vertraulich)

Datum: 23.09.2025, 14:00 Uhr
Teilnehmende: Rektorin [[P|Petra Frankenberger]], Klassenlehrer [[P|M. Kieffer]], Mutter [[P|Berivan Tekin]], ein Dolmetscher für Kurmancî

Schülerin: [[P|Rojin Tekin]], Klasse 3b, geb. [[DOB|16.05.2016]]
Anschrift der Familie: [[A|Hauptstraße 112]], [[A|66885 Altwiesen]]; Mutter mobil [[T|0176-63 01 28 45]]

1. Bei [[P|Rojin]] wurde im Juni im SPZ Kaiserslautern eine ADHS mit ausgeprägter Konzentrationsstörung diagnostiziert. Die Mutter hat beim Jugendamt Schulbegleitung als Eingliederungshilfe nach § 35a SGB VIII beantragt (Az. [[AZ|51-EGH-35a-0127/25]]). Die Schule unterstützt den Antrag; Stellungnahme durch den Klassenlehrer bis 10.10.
2. Die Familie ist jesidisch. Frau [[P|Tekin]] bittet, ihre Tochter ab sofort vom katholischen Religionsunterricht abzumelden; sie soll in der Zeit am Ethikunterricht der Parallelklasse teilnehmen.
3. Herr [[P|Tekin]] arbeitet derzeit in Bielefeld und ist nur am Wochenende zu Hause; Elternbriefe bitte an die Mutter.

Nächster Termin nach Eingang des Bescheids. Verteiler: Akte, Schulsozialarbeit.
""")

# ---- 016 word: Feuerwehr Einsatzbericht -----------------------------------------------------------------------------
doc("word", "feuerwehr_einsatzbericht", ["HEALTH"], """
Freiwillige Feuerwehr der Stadt Glanstetten – Löschzug Glanstetten
Einsatzbericht

Einsatz-Nr.: 2025-0387        Alarmierung: 21.08.2025, 02:14 Uhr (Integrierte Leitstelle Kaiserslautern)
Einsatzstichwort: B3 – Wohnungsbrand, Menschenleben in Gefahr
Einsatzort: [[A|Am Mühlengraben 7 a]], [[A|66879 Glanstetten]], [[N|1. OG]]
Einsatzleiter: Wehrführer (siehe unten)

Lage bei Eintreffen (02:21 Uhr): starker Rauchaustritt aus einem Fenster der Wohnung im 1. OG. Die Bewohnerin, Frau [[P|Anneliese Gutensohn]], geb. [[DOB|14.06.1939]], befand sich noch in der Wohnung.

Maßnahmen: Trupp 1 (AGT [[P|Jonas Frey]] und Truppmann) rettete die Bewohnerin über das Treppenhaus und übergab sie dem Rettungsdienst; Verdacht auf Rauchgasvergiftung, Transport in das Westpfalz-Klinikum Kusel. Brandherd: Adventsgesteck in der Küche, Brand mit einem C-Rohr gelöscht, Wohnung belüftet.
Der Nachbar [[P|Ahmad Alhamoud]] (Hausnr. 9) hatte den Brand bemerkt und um 02:11 Uhr den Notruf gewählt.

Behinderung: Die Zufahrt war durch zwei geparkte Pkw ([[KFZ|KUS-AG 714]], [[KFZ|HOM-ZT 88]]) eingeschränkt, die Drehleiter konnte nicht in Stellung gebracht werden. Halterfeststellung über die Polizei erbeten.
Polizei: PI Kusel, Brandermittlung übernommen, Vorgangsnummer [[AZ|2025-00641187]]; Staatsanwaltschaft Kaiserslautern, Az. [[AZ|6021 UJs 14358/25]].

Der Sohn der Bewohnerin, [[P|Rainer Gutensohn]], wurde telefonisch verständigt.

Eingesetzte Kräfte: HLF 20, DLK 23/12, ELW 1, 26 Einsatzkräfte. Einsatzende 04:40 Uhr. Geschätzter Sachschaden: ca. 45.000 EUR.

Glanstetten, 21.08.2025
[[P|S. Gerlach]], Wehrführer
""")

# ---- 017 word: Stadtkasse, Mahnung an Einzelkaufmann ----------------------------------------------------------------
doc("word", "stadtkasse_mahnung", [], f"""
Stadtverwaltung Glanstetten · Stadtkasse · [[N|Rathausplatz 1]] · [[N|66879 Glanstetten]]

Getränkehandel [[P|Kessler]] e.K.
[[A|Postfach 11 27]]
[[A|66877 Glanstetten]]

Kassenzeichen: [[AZ|6.0041.2024.2290]]
Datum: 14.10.2025

Mahnung

Sehr geehrter Herr [[P|Kessler]],

bei Durchsicht unserer Konten haben wir festgestellt, dass folgende Beträge noch offen sind:

Gewerbesteuer 2024, Abschlusszahlung, fällig 15.07.2025   3.418,00 EUR
Säumniszuschläge (§ 240 AO)                              34,00 EUR
Mahngebühr                                                 12,50 EUR
Summe                                                   3.464,50 EUR

Grundlage ist der Gewerbesteuermessbescheid des Finanzamts Kusel-Landstuhl vom 12.05.2025 zur Steuernummer [[TNR|{TNR_KESSLER}]].

Die Lastschrift vom 15.07.2025 wurde von Ihrem Konto [[IBAN|{IBAN_DE3}]] mangels Deckung zurückgegeben; die Bankgebühr von 3,50 EUR ist in den Säumniszuschlägen nicht enthalten und wird gesondert erhoben.

Bitte überweisen Sie den Gesamtbetrag bis zum 31.10.2025 auf das Konto der Stadtkasse, IBAN [[N|{CITY_IBAN}]], BIC MALADE51KUS. Gläubiger-Identifikationsnummer der Stadt: [[N|{CITY_CREDITOR}]]. Nach Ablauf der Frist wird ohne weitere Ankündigung die Vollstreckung eingeleitet.

Im Auftrag
[[P|Sabine Ludwig]]
Telefon [[T|06385 9330-412]]
[[E|s.ludwig@glanstetten.de]]
""")

# ---- 018 outlook: SEPA-Mandat Grundsteuer + doppelte Kreditkartenzahlung --------------------------------------------
doc("outlook", "stadtkasse_lastschrift", [], f"""
Betreff: SEPA-Mandat Grundsteuer + doppelte Abbuchung Parkausweis

Guten Tag,

für die Grundsteuer B für unser Haus [[A|Rosenweg 2c]] (Kassenzeichen [[AZ|2.1100.0087.4411]]) möchten wir ab 2026 am Lastschriftverfahren teilnehmen. Kontoinhaber sind [[P|Wladimir Kusnezow]] und [[P|Olena Kusnezowa]], das Konto [[IBAN|{group(IBAN_DE4, 4)}]] ist bei der VR-Bank Westpfalz.

Außerdem: Ich habe im Bürgerbüro einen Bewohnerparkausweis beantragt und online mit meiner Visa bezahlt ([[CC|{group(VISA1, 4)}]], gültig bis 08/27). Die Zahlung wurde zweimal abgebucht, je 30,70 EUR, Buchungsnummer 2025-PA-118204. Können Sie den doppelten Betrag bitte erstatten?

Im Anhang das unterschriebene Mandat. Meine Identifikationsnummer vom Finanzamt steht auch drauf ([[TID|{TID2}]]), falls Sie die brauchen.

Mit freundlichen Grüßen
[[P|Wladimir Kusnezow]]
[[T|+49 6385 994 11 20]]
""")

# ---- 019 outlook: Bewerbung -----------------------------------------------------------------------------------------
doc("outlook", "personal_bewerbung", ["HEALTH", "UNION"], """
Betreff: Bewerbung als Verwaltungsfachangestellte (m/w/d) – Kennziffer 2025-17

Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich auf die ausgeschriebene Stelle im Bürgerbüro (Kennziffer 2025-17, Entgeltgruppe 6 TVöD).

Ich heiße [[P|Desislava Ivanova-Petrova]], bin am [[DOB|29. Januar 1992]] in Plowdiw geboren und lebe seit 2014 in Deutschland. Meine Ausbildung zur Kauffrau für Büromanagement habe ich bei der Kreisverwaltung Kusel abgeschlossen, seitdem arbeite ich in der Kundenbetreuung eines Energieversorgers in Kaiserslautern.

Ich bin als schwerbehinderter Mensch mit einem GdB von 50 anerkannt (Morbus Crohn) und bitte um Beteiligung der Schwerbehindertenvertretung. Seit 2019 bin ich Mitglied bei ver.di und war in meinem jetzigen Betrieb Vertrauensfrau.

Anschrift: [[A|Im Eichengrund 17 b]], [[A|66879 Glanstetten]]
Telefon: [[T|(0 63 85) 99 27 41]], mobil [[T|0159 0112 7735]]
E-Mail: [[E|d.ivanova.petrova@gmail.com]]

Lebenslauf, Zeugnisse und den Schwerbehindertenausweis finden Sie im Anhang.

Mit freundlichen Grüßen
[[P|Desislava Ivanova-Petrova]]
""")

# ---- 020 word: BEM-Vermerk ------------------------------------------------------------------------------------------
doc("word", "personal_bem", ["HEALTH", "UNION"], f"""
Personalamt – Vermerk über das BEM-Gespräch (vertraulich, nur Teilakte BEM)

Beschäftigte: [[P|Natalia Schewtschenko]], Personal-Nr. [[N|10 2287]], Bauhof / Gebäudereinigung
Geb.-Datum (für den DRV-Antrag): [[DOB|30.01.75]]
Datum des Gesprächs: 18.09.2025
Teilnehmende: die Beschäftigte; [[P|Bernd Ohliger]] (Personalrat); Schwerbehindertenvertretung; [[P|Heinz]] (Personalamt, Protokoll)

Frau [[P|Schewtschenko]] hat Herrn [[P|Ohliger]] ausdrücklich als Vertreter ihrer Gewerkschaft hinzugezogen; sie ist seit vielen Jahren Mitglied bei ver.di.

Arbeitsunfähigkeit: seit Januar 2025 insgesamt 64 Arbeitstage. Nach Angaben der Beschäftigten Bandscheibenvorfall L4/L5 im Februar, anschließend eine depressive Episode, seit Juli in psychotherapeutischer Behandlung.

Vereinbarte Maßnahmen:
1. Stufenweise Wiedereingliederung ab 06.10.2025 nach dem Plan der Hausärztin [[P|Dr. Elena Vogel]] (4 Wochen à 4 Std., dann 6 Std.).
2. Reha-Antrag bei der Deutschen Rentenversicherung Rheinland-Pfalz, Versicherungsnummer [[SSN|{ssn_spaced(SSN_NS)}]]; Krankenkasse IKK Südwest, KVNR [[KV|{KV2}]].
3. Ergonomischer Reinigungswagen und Verzicht auf Überkopfarbeiten, Prüfung durch die Fachkraft für Arbeitssicherheit.

Nächstes Gespräch in sechs Wochen. Die Beschäftigte ist privat unter [[T|06385 / 8 12 40]] erreichbar.
""")

# ---- 021 word: Jugendamt, Beistandschaft / Vaterschaft --------------------------------------------------------------
doc("word", "jugendamt_beistandschaft", ["GENETIC"], f"""
Kreisverwaltung Westrich-Glan · Jugendamt · Beistandschaften
Az.: [[AZ|51.4-BS-0093/25]]

Vermerk

Kind: [[P|Noah Tesfamariam]]
Mutter: [[P|Senait Tesfamariam]], geb. [[DOB|12.12.2000]] in Asmara, wohnhaft in Glanstetten
Beistandschaft seit 02.05.2025 (Feststellung der Vaterschaft, Geltendmachung von Unterhalt).

[[P|Noah]] ist am [[DOB|07.04.2025]] im Westpfalz-Klinikum zur Welt gekommen. Herr [[P|Mehari Ghebremedhin]], [[A|Eisenbahnstraße 54]], [[A|67655 Kaiserslautern]], hatte die Vaterschaft zunächst bestritten. Auf Anregung der Beiständin wurde ein außergerichtliches Abstammungsgutachten (DNA-Vergleich von Mundschleimhautabstrichen des Kindes, der Mutter und des Mannes) beim Institut für Rechtsmedizin Mainz eingeholt. Ergebnis vom 29.08.2025: Vaterschaft praktisch erwiesen (Wahrscheinlichkeit 99,9999 %).

Herr [[P|Ghebremedhin]] hat die Vaterschaft am 10.09.2025 beim Jugendamt anerkannt (Urkundenrolle Nr. [[N|214/2025]]); die Mutter hat zugestimmt. Das beim Amtsgericht Kaiserslautern – Familiengericht – anhängige Verfahren [[AZ|3 F 118/25]] wird zurückgenommen.

Unterhalt: Unterhaltsvorschuss wird seit Mai unter Az. [[AZ|UV-51.3-2025-0177]] gezahlt; der Unterhaltsanspruch geht insoweit auf das Land über. Kindergeld bezieht die Mutter.

Dolmetscher Tigrinya wie beim Erstgespräch.
12.09.2025, [[P|Becker]], Beiständin
""")

# ---- 022 outlook: Ausländerbehörde, Verlängerung, fingerprints ------------------------------------------------------
doc("outlook", "auslaenderbehoerde_verlaengerung", ["BIOMETRIC"], f"""
Betreff: Termin Verlängerung Aufenthaltserlaubnis – [[P|Al-Khatib, Mohammad]]

Sehr geehrte Damen und Herren,

meine Aufenthaltserlaubnis nach § 25 Abs. 2 AufenthG läuft am 30.11.2025 ab. Ich bitte um einen Termin für die Verlängerung.

Name: [[P|Mohammad Al-Khatib]]
Geburtsdatum: [[DOB|1990-03-14]]
Syrischer Reisepass: [[PASS|{SY_PASS}]]
Aktenzeichen BAMF: [[AZ|{BAMF2}]]
Adresse: [[A|Schlossberg 3]], [[N|3. OG]], [[A|66879 Glanstetten]]

Muss ich wieder Fingerabdrücke abgeben? Beim letzten Mal wurden für den elektronischen Aufenthaltstitel zwei Fingerabdrücke gespeichert, und der Chip ist noch gültig.

Ich habe jetzt eine feste Stelle als Pflegehelfer im Seniorenzentrum Haus am Glan, den Arbeitsvertrag und die letzten drei Gehaltsabrechnungen hänge ich an. Meine Frau [[P|Rania Haddad]] und unser Sohn haben ihre Titel auch bis November.

Telefon: [[T|01521 4478093]]

Mit freundlichen Grüßen
[[P|Mohammad Al-Khatib]]
""")

# ---- 023 word: Ausländerbehörde, Vorsprachevermerk (harmless photo / Krankenkasse) ----------------------------------
doc("word", "auslaenderbehoerde_vermerk", [], f"""
Kreisverwaltung Westrich-Glan – Ausländerbehörde
Vorsprachevermerk
Az.: [[AZ|33.2-24-UKR-1187]]
Datum: 08.10.2025, Sachbearbeitung: Team 2

Vorgesprochen: [[P|Olena Bondarenko]], geb. [[DOB|05.02.1979]] in Charkiw, mit Sohn [[P|Maksym Bondarenko]], geb. [[DOB|19.10.2009]].
Reisepass (Ukraine): [[PASS|{UA_PASS1}]], der Sohn ist im Pass der Mutter eingetragen
Anschrift: c/o [[P|Heinrich]], [[A|Turmstraße 8]], [[A|66879 Glanstetten]]

Anliegen: Verlängerung der Aufenthaltserlaubnis nach § 24 AufenthG bis 04.03.2027.
Vorgelegt: je zwei biometrische Passbilder, Mietvertrag (Untermiete), Nachweis der Krankenversicherung (AOK Rheinland-Pfalz/Saarland, Versichertennummer [[KV|{KV3}]]), Leistungsbescheid des Jobcenters Westrich-Glan, BG-Nummer [[AZ|{BG1}]].

Fiktionsbescheinigung ausgestellt, eAT-Bestellung bei der Bundesdruckerei am 08.10.2025. Der Sohn besucht die IGS Glanstetten, Schulbescheinigung liegt vor.
Kontakt: [[T|+380 67 412 55 09]] (ukrainische Nummer, WhatsApp) bzw. [[E|olena.bondarenko79@ukr.net]]
""")

# ---- 024 word: Niederschrift Haupt- und Finanzausschuss -------------------------------------------------------------
doc("word", "rat_niederschrift", ["POLITICS"], """
Niederschrift über die 12. Sitzung des Haupt- und Finanzausschusses der Stadt Glanstetten
am Dienstag, 16.09.2025, 18:00 Uhr bis 20:35 Uhr, Sitzungssaal des Rathauses

Anwesend:
Vorsitz: Bürgermeister [[P|Werner Kaltenbach]]
Mitglieder: [[P|Annegret Schwarz]] (CDU), [[P|Hasan Öztürk]] (SPD), [[P|Dr. Tobias Wendling]] (FWG), [[P|Sabine Kunz-Rauch]] (Bündnis 90/Die Grünen), [[P|Erich Stumpf]] (AfD)
Verwaltung: Büroleitung, Stadtkasse
Schriftführer: [[P|J. Marx]]

TOP 1 Einwohnerfragestunde
Herr [[P|Rüdiger Pfeiffer]], [[A|Am Kirchberg 3]], fragt nach dem Stand der Sanierung der Glanbrücke. Der Vorsitzende antwortet, die Ausschreibung erfolge im Frühjahr 2026.
Eine Vertreterin des Elternausschusses der Kita Regenbogen fragt nach zusätzlichen Krippenplätzen. Die Verwaltung sagt eine schriftliche Antwort zu.

TOP 2 Haushaltssatzung 2026 – Vorlage Nr. 2025/117
Der Ausschuss empfiehlt dem Stadtrat die Annahme (7 Ja, 1 Nein – Ratsmitglied [[P|Stumpf]]). Der Ergebnishaushalt schließt mit einem Fehlbetrag von 1.284.600 EUR.

TOP 3 Zuschuss an den TuS Glanstetten 1889 e.V. für die Sanierung des Kunstrasenplatzes – Vorlage Nr. 2025/121
Zuschuss von 12.500 EUR einstimmig empfohlen.

TOP 4 Bebauungsplan Nr. 31 „Gewerbegebiet Am Bahndamm“ – Aufstellungsbeschluss
Ratsmitglied [[P|Öztürk]] erklärt sich nach § 22 GemO für befangen und nimmt im Zuschauerraum Platz, da sein Bruder Eigentümer eines Grundstücks im Plangebiet ist. Die Fraktion Bündnis 90/Die Grünen beantragt eine Bürgerinformation vor der Offenlage; angenommen mit 5 : 2 Stimmen.

gez. Vorsitzender        gez. Schriftführer
""")

# ---- 025 outlook: Verein --------------------------------------------------------------------------------------------
doc("outlook", "verein_hallenzeiten", [], f"""
Betreff: Hallenzeiten Winter + neue Ansprechpartner TuS / Übungsleiterpauschale

Hallo Herr [[P|Marx]],

nach unserer Jahreshauptversammlung am 5. September hat sich der Vorstand geändert, deshalb hier die neuen Kontakte für Ihre Unterlagen:

1. Vorsitzender: [[P|João Pereira da Silva]], Tel. [[T|0170.4478123]]
Kassiererin: [[P|Maria do Carmo Ferreira]], [[N|kasse@tus-glanstetten.de]]
Jugendleiter: [[P|Antonio Di Marco]], [[T|0176/ 33 21 09 87]]

Vereinskonto (bitte für den Zuschuss aus TOP 3 verwenden): [[IBAN|{IBAN_DE5}]], Kreissparkasse Kusel
Vereinsregister VR 1047, Amtsgericht Kaiserslautern; Steuernummer des Vereins [[TNR|{TNR_TUS}]] (Freistellungsbescheid vom 03.02.2025 liegt Ihnen vor).

Für die Übungsleiterpauschale haben wir folgende Übungsleiter gemeldet:
- [[P|Schmitt, Lea]] – Kinderturnen, dienstags
- [[P|Nowak, Pavel]] – Tischtennis

Für den Winter bräuchten wir die Halle der Realschule plus zusätzlich donnerstags 17–19 Uhr. Am Wahlsonntag ist die Halle ja wieder Wahllokal, da weichen wir gern aus. Unsere Weihnachtsfeier ist am 13.12. im Gemeindehaus der protestantischen Kirchengemeinde.

Sportliche Grüße
[[P|João Pereira da Silva]]
1. Vorsitzender TuS Glanstetten 1889 e.V.
""")

# ---- 026 outlook: forwarded, Abmeldung ins Ausland ------------------------------------------------------------------
doc("outlook", "buergerbuero_abmeldung", [], f"""
Betreff: WG: Abmeldung ins Ausland + Verlust Personalausweis

Guten Tag,

ich leite Ihnen die Nachricht meiner Mutter weiter, sie kann Ihre Online-Formulare von Portugal aus nicht nutzen. Eine Vollmacht hängt an.

Freundliche Grüße
[[P|Katrin Dahm]]
[[T|0631 / 3 71 58 40]]

Am 02.10.2025 um 11:17 schrieb [[P|Ingrid Dahm]] <[[E|ingrid.dahm47@gmail.com]]>:
> Liebe [[P|Katrin]],
> kannst du bitte bei der Stadt fragen, ob ich mich von hier aus abmelden kann? Ich wohne seit dem 1. August fest hier:
> [[A|Rua das Flores 27]], [[N|2.º Esq.]]
> [[A|8200-130 Albufeira]]
> Portugal
> Meine alte Adresse war [[A|Hohlweg 11]], [[A|66879 Glanstetten]].
> Geboren bin ich am [[DOB|9. November 1947]], mein Personalausweis hat die Nummer [[IDC|{IDC3}]]. Den habe ich aber am Flughafen in Faro verloren, dort habe ich schon bei der Polizei eine Anzeige gemacht. Brauche ich für einen neuen Ausweis einen Termin bei der Botschaft in Lissabon oder geht das bei euch?
> Meine Nummer hier: [[T|+351 912 408 377]]
> Deine Mama
""")

# ---- 027 word: Sozialamt, Bescheid Hilfe zur Pflege -----------------------------------------------------------------
doc("word", "sozialamt_hzp_bescheid", ["HEALTH"], f"""
Kreisverwaltung Westrich-Glan · Sozialamt · Hilfe zur Pflege
[[N|Trierer Straße 49]] · [[N|66879 Glanstetten]] · Zentrale [[N|06385 781-0]]

Herrn Rechtsanwalt
[[P|Dr. Stefan Becker-Wolff]]
als Betreuer
[[A|Bahnhofstraße 2]]
[[A|66869 Kusel]]

Az.: [[AZ|50.2-HzP-2025-0073]]
Datum: 30.09.2025

Betreute: [[P|Wilhelmine Kraus]], geb. [[DOB|18.04.1936]], zurzeit Seniorenzentrum Haus am Glan, Glanstetten
Betreuung: Amtsgericht Kusel, Az. [[AZ|4 XVII 112/24]]

Bescheid über Hilfe zur Pflege in Einrichtungen (§§ 61 ff. SGB XII)

Sehr geehrter Herr Dr. [[P|Becker-Wolff]],

für Frau [[P|Kraus]] werden ab dem 01.07.2025 die ungedeckten Kosten der vollstationären Pflege übernommen. Der Medizinische Dienst hat mit Gutachten vom 11.06.2025 den Pflegegrad 4 festgestellt (fortschreitende Demenz vom Alzheimer-Typ, Sturzgefahr).

Einzusetzendes Einkommen: Altersrente der Deutschen Rentenversicherung Rheinland-Pfalz ([[SSN|{SSN_WK}]]) 1.124,60 EUR und Witwenrente 486,12 EUR monatlich, abzüglich Barbetrag nach § 27b SGB XII. Krankenversicherung: Knappschaft, KVNR [[KV|{KV4}]].

Der monatliche Zuschuss von voraussichtlich 1.913,40 EUR wird direkt an die Einrichtung gezahlt.

Im Auftrag
[[P|Marion Reichert]]
""")

# ---- 028 outlook: abgeschleppt, typos, politics ---------------------------------------------------------------------
doc("outlook", "ordnungsamt_abschleppen", ["POLITICS"], """
Betreff: abgeschleppt!!!! kerwe niederkirn

hallo,

mein auto ([[KFZ|KUS NB 1204]]) wurde am samstag abend in der schulgasse abgeschleppt, angeblich wegen der kerwe. da war kein schild!!! das schild stand um die ecke und war umgedreht, hab fotos gemacht. jetzt soll ich 248 euro beim abschleppdienst zahlen plus die gebühr von ihnen, az [[AZ|32.3-AS-25/0339]].
ich bin selber seit jahren für die SPD im ortsbeirat niederkirn und weis genau das der aufbau erst sonntags anfangen sollte, das wurde im ortsbeirat so besprochen!
mein schwager [[P|levent]] hat da auch geparkt ([[KFZ|KL-LA 33]]) und wurde nich abgeschleppt, wieso??

bitte um rückruf [[T|0 17 6 / 23 45 11 87]]
[[P|sascha gräf]]
[[A|hauptstr 3]] niederkirn
""")

# ---- 029 word: Bewerberübersicht Erzieher/innen ---------------------------------------------------------------------
doc("word", "personal_bewerberliste", ["HEALTH"], """
Personalamt – Auswahlverfahren Erzieherinnen und Erzieher (m/w/d), Kita Regenbogen und Kita Sonnenblume
Kennziffer 2025-22 · Vorstellungsgespräche am 14./15.10.2025 · Stand: 06.10.2025

Nr. | Name, Vorname | geb. | Wohnort | Kontakt | SB | Bemerkung
1 | [[P|Rahimi, Zahra]] | [[DOB|03.03.1999]] | Kusel | [[T|0157 - 8123 4410]] | – | Abschluss aus dem Iran, Anerkennung liegt vor
2 | [[P|Kühn, Marco]] | [[DOB|22.06.1987]] | Glanstetten | [[T|06385 7741]] | GdB 30, gleichgestellt (Diabetes) | Quereinsteiger, PiA
3 | [[P|Pham, Thi Hoa]] | [[DOB|07.01.2001]] | Saarbrücken | [[E|hoa.pham2001@gmx.de]] | – | Anerkennungsjahr bis 07/2025
4 | [[P|Weber-Yılmaz, Selin]] | [[DOB|30.11.1994]] | Eschenau | [[E|selin.wy@icloud.com]] | – | interne Bewerberin (Kita Sonnenblume), Personal-Nr. [[N|2019-044]]

Auswahlkommission: Personalamt, Personalrat, Kita-Leitung, Gleichstellungsbeauftragte.
Hinweis: Schwerbehinderte und gleichgestellte Bewerber sind einzuladen (§ 165 SGB IX); Nr. 2 ist daher gesetzt.
""")

# ---- 030 outlook: Gewerbe-Ummeldung aus dem Saarland ----------------------------------------------------------------
doc("outlook", "gewerbe_ummeldung", [], f"""
Betreff: Ummeldung Gewerbe nach Glanstetten / Gewerbesteuer-Vorauszahlungen

Sehr geehrte Damen und Herren,

ich verlege meinen Betrieb (IT-Dienstleistungen, Einzelunternehmen „[[P|Lindner]] IT-Service“) zum 01.11.2025 von Homburg nach Glanstetten, neue Betriebsstätte: [[A|Industriestraße 5]], [[N|Halle 2]], [[A|66879 Glanstetten]].

Bisheriges Finanzamt: Homburg (Saarland), Steuernummer [[TNR|{TNR_SL}]], in der 13-stelligen Form [[TNR|{TNR_SL13}]].
USt-IdNr.: [[VAT|{VAT2_G}]]
Steuer-IdNr. (privat): [[TID|{tid_spaced(TID3)}]]
Inhaber: Dipl.-Inf. [[P|Frank Lindner]]

Für die Betriebsstätte beantrage ich außerdem zwei Parkplätze im Gewerbegebiet; mein Firmenwagen ist ein Elektroauto ([[KFZ|HOM-FL 300E]]).

Die Gebühr für die Ummeldung würde ich gern per Kreditkarte zahlen: American Express [[CC|{AMEX1_G}]]. Die Quittung bitte an [[E|buchhaltung@lindner-it.de]].

Mit freundlichen Grüßen
[[P|Frank Lindner]]
Mobil: [[T|+49 (0) 172 / 6 18 44 02]]
""")


def main():
    lines = []
    for i, (channel, template, flags, marked) in enumerate(DOCS, 1):
        lines.append(build(f"b19-{i:03d}", channel, template, marked, flags))
    assert len(lines) == 30, len(lines)
    assert len({d["id"] for d in lines}) == len(lines)
    with open(OUT, "w", encoding="utf-8") as f:
        for d in lines:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    cats = collections.Counter(e["category"] for d in lines for e in d["entities"])
    flags = collections.Counter(fl for d in lines for fl in d["specialCategories"])
    chans = collections.Counter(d["channel"] for d in lines)
    print(f"{len(lines)} documents, {sum(cats.values())} entities, "
          f"{sum(len(d['neutral']) for d in lines)} neutral spans; channels {dict(chans)}")
    for c, n in sorted(cats.items(), key=lambda kv: -kv[1]):
        print(f"  {c:18s} {n}")
    print("special categories:", dict(flags))


if __name__ == "__main__":
    main()
