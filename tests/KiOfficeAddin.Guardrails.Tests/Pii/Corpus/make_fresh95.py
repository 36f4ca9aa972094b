#!/usr/bin/env python3
"""Blind batch F95: 30 documents from an invented Hamburg district office (Bezirksamt Elbmarsch): residents' parking
permits, towing, fines, vehicle registration, harbour trade office. Writes fresh95.jsonl next to this script.

Marks: [[P|..]] person, [[A|..]] address, [[E|..]] e-mail, [[T|..]] phone, [[KFZ|..]] plate, [[AZ|..]] case reference,
[[DOB|..]] birth date, identifiers by their codes, [[N|..]] neutral (office switchboard, office address, functional
mailbox, office account, vehicle identification numbers and other ambiguous non-category numbers).
Offsets are computed by marks.build(); every check-digit identifier comes from Identifiers(9595).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from marks import build  # noqa: E402
from identifiers import Identifiers, group  # noqa: E402

ids = Identifiers(9595)

# --- identifiers, drawn in a fixed order (deterministic) -------------------------------------------------------------
KASSE_IBAN = group(ids.iban_de(), 4)            # public account of the city treasury: neutral
DK_IBAN = group(ids.iban("DK", 14), 4)          # doc 007
PL_IBAN = group(ids.iban("PL", 24), 4)          # doc 003
TID_009 = ids.tax_id()                          # doc 009
TNR_009 = f"{ids.digits(2, True)}/{ids.digits(3)}/{ids.digits(5)}"   # Hamburg layout FF/BBB/UUUUP (layout only)
VAT_009 = ids.vat_id()
IBAN_009 = group(ids.iban_de(), 4)
IBAN_012 = ids.iban_de()                        # written without spaces
IDC_012 = ids.id_card(check_digit=True)
CC_015 = group(ids.credit_card("4", 16), 4, "-")
IDC_016 = ids.id_card(check_digit=True)
SSN_016 = ids.social_security("300103", "P")
VAT_016 = ids.vat_id()
KV_019 = ids.health_insurance()
IDC_023 = ids.id_card(check_digit=False)
IBAN_023 = group(ids.iban_de(), 4)
IBAN_024 = group(ids.iban_de(), 4)
TID_025 = ids.tax_id()
IBAN_025 = ids.iban_de()
SSN_025 = ids.social_security("030271", "I")
IDC_029 = ids.id_card(check_digit=True)
PASS_029 = ids.passport(check_digit=True)
IBAN_029 = group(ids.iban_de(), 4)
CC_024 = ids.credit_card("5", 16)               # doc 024: the citizen first tried to pay by card
TID_012 = ids.tax_id()                          # doc 012: deceased father's tax id for the Kfz-Steuer refund
TNR_016 = "02" + ids.digits(2, True) + "0" + ids.digits(3) + ids.digits(5)   # Hamburg, 13-digit federal form

# spaced forms
TID_025_SP = f"{TID_025[:2]} {TID_025[2:5]} {TID_025[5:8]} {TID_025[8:]}"
SSN_016_SP = f"{SSN_016[:2]} {SSN_016[2:8]} {SSN_016[8]} {SSN_016[9:]}"
SSN_025_DOT = f"{SSN_025[:2]}.{SSN_025[2:8]}.{SSN_025[8]}.{SSN_025[9:]}"
IDC_029_SP = f"{IDC_029[:9]} {IDC_029[9]}"
CC_024_SP = group(CC_024, 4)
TID_012_SP = f"{TID_012[:3]} {TID_012[3:6]} {TID_012[6:9]} {TID_012[9:]}"

# recurring office data (neutral)
OFFICE_STREET = "[[N|Veddeler Damm 41]]"
OFFICE_CITY = "[[N|20539 Hamburg]]"

DOCS = []


def doc(channel, template, flags=()):
    def register(fn):
        DOCS.append((channel, template, fn(), list(flags)))
        return fn
    return register


# ---------------------------------------------------------------------------------------------------------------------
@doc("word", "parkausweis_bescheid")
def d001():
    return f"""Freie und Hansestadt Hamburg
Bezirksamt Elbmarsch
Fachamt Management des öffentlichen Raumes – Parkraumbewirtschaftung
Bezirksamt Elbmarsch · {OFFICE_STREET} · {OFFICE_CITY}

Herrn
[[P|Kemal Öztürk-Behrens]]
[[A|Vogelhüttendeich 87a]]
[[A|21107 Hamburg]]

Ihr Zeichen: –
Ihre Nachricht vom: 27.05.2025
Unser Zeichen: [[AZ|MR 22/BPA-0611/25]]
Kassenzeichen: [[AZ|6418 2207 3351]]
Auskunft: [[P|Svenja Hollmann-Brüggemann]], Zimmer 2.17
Telefon: [[N|040 42871-3362]]
E-Mail: [[E|svenja.hollmann-brueggemann@elbmarsch.hamburg.de]]
Datum: 04.06.2025

Bewohnerparkausweis für die Bewohnerparkzone V 114 „Reiherstieg“

Sehr geehrter Herr [[P|Öztürk-Behrens]],

auf Ihren Antrag vom 27.05.2025 erteile ich Ihnen gemäß § 45 Abs. 1b Satz 1 Nr. 2a StVO in Verbindung mit der Gebührenordnung für Bewohnerparken einen Bewohnerparkausweis für die Zone V 114. Der Ausweis gilt für das Fahrzeug mit dem amtlichen Kennzeichen [[KFZ|HH-OB 2290]] bis zum 30.06.2026. Der Parkausweis Nr. [[AZ|V114-00873]] liegt diesem Schreiben bei; bitte legen Sie ihn gut lesbar hinter die Windschutzscheibe.

Halterin des Fahrzeugs ist Ihre Ehefrau, Frau [[P|Derya Öztürk-Behrens]]. Ihre Erklärung vom 26.05.2025, dass Sie das Fahrzeug dauerhaft nutzen, liegt uns vor.

Die Gebühr beträgt 65,00 EUR. Bitte überweisen Sie den Betrag bis zum 18.06.2025 unter Angabe des oben genannten Kassenzeichens auf das Konto der Kasse.Hamburg, IBAN [[N|{KASSE_IBAN}]]. Der Ausweis berechtigt nicht zum Parken auf Behindertenparkplätzen, in Ladezonen oder in der Feuerwehrzufahrt am Veringhof.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist beim Bezirksamt Elbmarsch, {OFFICE_STREET}, {OFFICE_CITY}, schriftlich oder zur Niederschrift einzulegen.

Mit freundlichen Grüßen
Im Auftrag

[[P|Svenja Hollmann-Brüggemann]]"""


# ---------------------------------------------------------------------------------------------------------------------
@doc("outlook", "expat_parkausweis_nl")
def d002():
    return """From: [[P|Pieter van der Meulen]] <[[E|pjvdmeulen@ziggo.nl]]>
Sent: Tuesday, June 10, 2025 8:47 AM
To: Parkausweise Elbmarsch <[[N|parkausweise@elbmarsch.hamburg.de]]>
Subject: Residents' parking permit – car with Dutch plates

Dear Sir or Madam,

my wife and I moved from Utrecht to Hamburg in April (new address: [[A|Am Sandtorkai 54]], [[A|20457 Hamburg]], 4th floor, flat 4.2). We would like to apply for a residents' parking permit (Bewohnerparkausweis) for our car, a Volvo V60 with Dutch plates [[KFZ|GZ-471-K]]. The car is registered in the name of my wife, [[P|Sanne de Vries]] (born [[DOB|14 February 1988]]), because she bought it before we got married.

Two questions:
1. Do we have to re-register the car in Germany first? Our Dutch registration (kenteken) is valid, the APK inspection runs until March 2026.
2. The online form asks for a "Personalausweisnummer". We only have Dutch passports – mine is [[PASS|NXR4K7P21]], [[P|Sanne]]'s is [[PASS|NW8T2LH06]]. Is that OK?

Our previous address was [[A|Oudegracht 212]], [[A|3511 NX Utrecht]], in case you need it for the proof of residence (the Meldebescheinigung lists 01.04.2025 as the date we moved in).

You can reach me on [[T|+31 6 4172 9380]] or on my German mobile [[T|0152 0394 1187]].

Kind regards,
[[P|Pieter]]

[[P|Pieter van der Meulen]]
Senior Cost Engineer
Port Systems Hamburg B.V. – Hamburg branch"""


# ---------------------------------------------------------------------------------------------------------------------
@doc("outlook", "abschleppen_weiterleitung")
def d003():
    return f"""Von: [[P|Lüdemann, Thorsten]] (BA-EM/M32) <[[E|thorsten.luedemann@elbmarsch.hamburg.de]]>
Gesendet: Mittwoch, 11. Juni 2025 09:12
An: [[P|Czerwinski, Marco]] (BA-EM/V21) <[[E|marco.czerwinski@elbmarsch.hamburg.de]]>
Betreff: WG: Abschleppung Ihres Fahrzeugs [[KFZ|PO 7JX21]]

Moin [[P|Marco]],

anbei die Antwort des Halters. Kannst Du das Verwarnungsgeldverfahren [[AZ|VWG-EM-2025-044918]] bitte ruhen lassen, bis die Abschleppkosten geklärt sind? Der Abschleppvorgang läuft bei uns unter [[AZ|AS 25/0611-07]]. Fotos liegen im Teams-Kanal „Abschleppen 2025“.

Gruß
[[P|Thorsten]]

-----Ursprüngliche Nachricht-----
Von: [[P|Wojciech Szymański]] <[[E|w.szymanski@transbud-poznan.pl]]>
Gesendet: Dienstag, 10. Juni 2025 22:41
An: [[P|Lüdemann, Thorsten]] (BA-EM/M32) <[[E|thorsten.luedemann@elbmarsch.hamburg.de]]>
Betreff: AW: Abschleppung Ihres Fahrzeugs [[KFZ|PO 7JX21]]

Sehr geerte Damen und Herren,

ich bin Halter von Fahrzeug [[KFZ|PO 7JX21]] (Ford Transit, weiss). Mein Mitarbeiter [[P|Paweł Kaczmarek]] hat am 06.06. in Hamburg geparkt vor [[A|Reiherstieg Hauptdeich 112]] weil Lieferung für Kunde. Schild Halteverbot war nicht zu sehen, war hinter Container.
Ich bitte um Rechnung für Abschleppkosten an meine Adresse, ich bezahle sofort von Konto [[IBAN|{PL_IBAN}]].

Adresse: [[A|ul. Głogowska 148 m. 12]]
[[A|60-243 Poznań]], Polen
Telefon: [[T|+48 601 238 417]]

Mit freundliche Grüße
[[P|Wojciech Szymański]]

-----Ursprüngliche Nachricht-----
Von: [[P|Lüdemann, Thorsten]] (BA-EM/M32)
Gesendet: Montag, 9. Juni 2025 14:05
An: [[E|w.szymanski@transbud-poznan.pl]]
Betreff: Abschleppung Ihres Fahrzeugs [[KFZ|PO 7JX21]]

Sehr geehrter Herr [[P|Szymański]],

Ihr Fahrzeug mit dem polnischen Kennzeichen [[KFZ|PO 7JX21]] wurde am 06.06.2025 um 07:40 Uhr in Höhe [[A|Reiherstieg Hauptdeich 112]] aus einem eingerichteten Haltverbot (Baustelle, Beschilderung seit 02.06.2025) abgeschleppt und auf den Verwahrplatz am Neuländer Kamp verbracht. Die Kosten betragen 289,50 EUR zuzüglich 15,00 EUR Verwahrgebühr je Tag. Das Fahrzeug kann nach Zahlung werktags zwischen 7 und 19 Uhr abgeholt werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Thorsten Lüdemann]]
Bezirksamt Elbmarsch – Abschleppkoordination
Tel. [[N|040 42871-3410]]"""


# ---------------------------------------------------------------------------------------------------------------------
@doc("word", "export_parkausweise_csv")
def d004():
    return """Export Fachverfahren PARKplus – Bewohnerparkausweise Zone V 114, Stand 12.06.2025
Ausgabe an Abt. M3 zur Plausibilitätsprüfung (nur für den Dienstgebrauch, nach Prüfung löschen)

Ausweis-Nr;Name;Vorname;Geb.-Dat.;Anschrift;PLZ Ort;Kennzeichen;Gültig bis;Gebühr;Bemerkung
[[AZ|V114-00861]];[[P|Adeyemi]];[[P|Folasade]];[[DOB|1990-07-22]];[[A|Fährstraße 19]];[[A|21107 Hamburg]];[[KFZ|HH-FA1904]];30.06.2026;65,00;
[[AZ|V114-00862]];[[P|Nguyen]];[[P|Thi Lan]];[[DOB|1979-01-05]];[[A|Veringstraße 150a]];[[A|21107 Hamburg]];[[KFZ|HH-NL88]];31.05.2026;65,00;Halter: Arbeitgeber
[[AZ|V114-00863]];[[P|Wróblewska]];[[P|Katarzyna]];[[DOB|1993-10-30]];[[A|Neuhöfer Straße 3]];[[A|21107 Hamburg]];[[KFZ|WL-KW417]];31.05.2026;65,00;Hauptwohnung geprüft
[[AZ|V114-00864]];[[P|Bianchi]];[[P|Lorenzo]];[[DOB|1987-04-17]];[[A|Mannesallee 27]];[[A|21107 Hamburg]];[[KFZ|HH-LB3112E]];30.04.2026;65,00;E-Kfz
[[AZ|V114-00865]];[[P|al-Sayed]];[[P|Omar]];[[DOB|1968-12-02]];[[A|Georg-Wilhelm-Straße 204]];[[A|21107 Hamburg]];[[KFZ|HH-OS7719]];31.03.2026;65,00;
[[AZ|V114-00866]];[[P|Krämer]];[[P|Hans-Jürgen]];[[DOB|1951-06-09]];[[A|Vogelhüttendeich 12]];[[A|21107 Hamburg]];[[KFZ|HH-HK44H]];31.07.2026;65,00;Oldtimer
[[AZ|V114-00867]];[[P|Sørensen]];[[P|Ida]];[[DOB|1996-02-29]];[[A|Rotenhäuser Straße 71]];[[A|21109 Hamburg]];[[KFZ|BR 46 118]];30.06.2026;65,00;ausl. Kennz. (DK)
[[AZ|V114-00868]];[[P|Popa]];[[P|Elena-Cristina]];[[DOB|2001-11-11]];[[A|Weimarer Str. 9]];[[A|21107 Hamburg]];[[KFZ|HH-EP2004]];31.08.2026;65,00;

Auffälligkeiten:
– Zeile 7 (Frau [[P|Sørensen]]): dänisches Kennzeichen, Fahrzeug seit mehr als 12 Monaten im Inland. Hinweis auf Zulassungspflicht nach § 46 FZV geben.
– Zeile 3: Frau [[P|Wróblewska]] ist laut Melderegister mit Hauptwohnung gemeldet, Fahrzeug im Landkreis Harburg zugelassen (Halter ihr Bruder [[P|Tomasz Wróblewski]]). Nutzungserklärung fehlt.
– Zeile 2: Herr/Frau [[P|Nguyen]] – Geschlecht im Verfahren nicht gepflegt, Anrede im Bescheid prüfen.
Summe Gebühren: 520,00 EUR (8 Ausweise)."""


# ---------------------------------------------------------------------------------------------------------------------
@doc("outlook", "abschleppen_smartphone")
def d005():
    return """Betreff: AW: auto weg???

Sehr geehrter Herr [[P|Brandt]],

Ihr Fahrzeug wurde am 12.06.2025 um 14:20 Uhr wegen einer Baustelleneinrichtung (Haltverbot ab 12.06.2025, Beschilderung seit 08.06.2025) umgesetzt. Es steht auf dem Verwahrplatz am Neuländer Kamp und kann dort ab 6 Uhr abgeholt werden. Bitte bringen Sie Ihren Ausweis und die Zulassungsbescheinigung mit. Ihr Bewohnerparkausweis berechtigt nicht zum Parken im Baustellenhaltverbot. Vorgangsnummer: [[AZ|AS 25/0612-03]].

Mit freundlichen Grüßen
[[P|Thorsten Lüdemann]]
Bezirksamt Elbmarsch, Abschleppkoordination
Tel. [[N|040 42871-3410]]

Am 12.06.2025 um 21:58 schrieb [[P|kevin brandt]] <[[E|kev.b1997@gmx.de]]>:

> hallo,
> mein auto ist weg, steht nicht mehr vor der tür (vogelhüttendeich ecke veringstraße). ist das abgeschleppt worden?? kennzeichen [[KFZ|hh ke 5061]], schwarzer golf. ich park da jeden tag und hab nen anwohnerausweis!! nummer [[AZ|v114 00742]] oder so
> meine freundin [[P|jessi]] sagt die politesse war heute mittag da
>
> bitte schnell melden brauche das auto morgen früh um 5 für die arbeit
> [[T|0176 2290 4471]]
>
> [[P|kevin]]
>
> Von meinem iPhone gesendet"""


# ---------------------------------------------------------------------------------------------------------------------
@doc("word", "bussgeldbescheid", flags=("BIOMETRIC",))
def d006():
    return f"""Freie und Hansestadt Hamburg – Bezirksamt Elbmarsch – Bußgeldstelle Verkehr
{OFFICE_STREET}, {OFFICE_CITY}

Frau
[[P|Ioana-Maria Dumitrescu]]
c/o [[P|Radu Ciobanu]]
[[A|Krieterstraße 9]]
[[A|21109 Hamburg]]

Aktenzeichen: [[AZ|61.3-OW 2025/118743]]
Bitte bei Zahlung und Schriftverkehr stets angeben.
Hamburg, 16.06.2025

Bußgeldbescheid

Frau [[P|Ioana-Maria Dumitrescu]], geboren am [[DOB|09.11.1994]] in Cluj-Napoca, rumänische Staatsangehörige, wohnhaft wie oben,

Ihnen wird vorgeworfen, am 21.04.2025 um 17:32 Uhr in Hamburg-Wilhelmsburg, Neuenfelder Straße, Fahrtrichtung Süden, als Führerin des Pkw Dacia Duster, amtliches Kennzeichen [[KFZ|CJ 07 RDM]], die zulässige Höchstgeschwindigkeit innerhalb geschlossener Ortschaften um 23 km/h überschritten zu haben. Zulässige Geschwindigkeit: 50 km/h. Festgestellte Geschwindigkeit (nach Toleranzabzug): 73 km/h.

§ 41 Abs. 1 i. V. m. Anlage 2, § 49 StVO; § 24 Abs. 1, 3 Nr. 5 StVG; 11.3.4 BKat
Tatbestandsnummer: 141740

Beweismittel: Messfoto und Messprotokoll (Messgerät PoliScan FM1, Gerätenummer 681932), Zeuge PHK [[P|Jan-Hendrik Stolte]]. Die Fahrerin wurde durch einen Abgleich des Messfotos mit dem biometrischen Lichtbild aus ihrem Antrag auf Umschreibung der Fahrerlaubnis identifiziert; die Gesichtsmerkmale stimmen überein.

Geldbuße: 150,00 EUR
Gebühr: 28,50 EUR
Auslagen: 3,50 EUR
Gesamtbetrag: 182,00 EUR

Der Gesamtbetrag ist spätestens zwei Wochen nach Rechtskraft an die Kasse.Hamburg, IBAN [[N|{KASSE_IBAN}]], Kassenzeichen [[AZ|KZ 40-118-27735-6]], zu zahlen. Im Fahreignungsregister wird 1 Punkt eingetragen.

Gegen diesen Bescheid können Sie innerhalb von zwei Wochen nach Zustellung Einspruch einlegen.

Sachbearbeitung: [[P|Marco Czerwinski]], Tel. [[N|040 42871-3518]]"""


# ---------------------------------------------------------------------------------------------------------------------
@doc("outlook", "expat_verwarnung_dk")
def d007():
    return f"""Subject: Parking fine – Danish car, I live in Hamburg part-time

Hello,

I received a "Verwarnungsgeld" notice (number [[AZ|VW 2025 0413 8876]]) for my car [[KFZ|CX 48 213]] (Danish plates), dated 3 June. I was parked in front of my flat at [[A|Harkortstraße 81]], where I have a residents' permit ([[AZ|A301-01127]]) – it was behind the windscreen, I have a photo.

Problem: I already paid the 55 € on 6 June by bank transfer from my Danish account [[IBAN|{DK_IBAN}]], and yesterday a reminder arrived saying it is unpaid. Maybe the bank did not transmit the reference? My partner [[P|Line]] also uses the car sometimes, but on 3 June it was me.

Could you please check and, if the fine was wrong, refund the money to the same account?

Home address in Denmark: [[A|Nørregade 14, 2. tv.]], [[A|6400 Sønderborg]]
Mobile: [[T|+45 22 61 73 90]]

Best regards
[[P|Mads Kjærgaard Holm]]

--
[[P|Mads K. Holm]] | Project Manager, Offshore Wind
Nordvind Service ApS | Hamburg office: [[N|+49 40 3009 6600]]"""


# ---------------------------------------------------------------------------------------------------------------------
@doc("word", "aktennotiz_abschleppen", flags=("HEALTH",))
def d008():
    return """Aktennotiz

Vorgang: Umsetzung Fahrzeug [[KFZ|SE-MH 812]], Vorgangsnummer [[AZ|2025-AS-00391]]
Datum/Zeit: 13.06.2025, 10:15–10:40 Uhr, telefonisch
Gesprächspartner: Herr [[P|Maximilian von Hagenow]], geb. [[DOB|14.08.1958]], Halter (Rückruf unter [[T|04193 88 27 41]])
Aufgenommen von: [[P|Thorsten Lüdemann]]

Herr [[P|von Hagenow]] beschwert sich über die Umsetzung seines Fahrzeugs am 11.06.2025 von einem Behindertenparkplatz vor der Apotheke in der Mengestraße. Er gibt an, nach einer Unterschenkelamputation links (Folge eines Diabetes) einen GdB von 80 mit Merkzeichen aG zu haben und auf einen Rollstuhl angewiesen zu sein. Der blaue EU-Parkausweis (ausgestellt von der Stadt Norderstedt, Nr. [[AZ|NOR-0217/2023]]) habe auf dem Armaturenbrett gelegen und sei vermutlich beim Schließen der Tür in den Fußraum gerutscht. Gefahren habe an dem Tag seine Frau [[P|Gisela]].

Wohnanschrift: [[A|Ulzburger Straße 310]], [[A|22846 Norderstedt]]

Bewertung: Die Kollegin [[P|Wessels]] (PÜD) hat laut Fotodokumentation (6 Fotos, 09:58 Uhr) keinen Ausweis im Fahrzeug gesehen; auf den Fotos ist der Fußraum nicht einsehbar. Herr [[P|von Hagenow]] sendet eine Kopie des Ausweises und des Schwerbehindertenausweises per Post.

Vorschlag: Bei Nachweis Kostenerstattung der 289,50 EUR prüfen; Rücksprache mit Frau Dr. [[P|Albers-Nakamura]] (Rechtsamt) am 16.06.2025.

WV: 27.06.2025
gez. [[P|Lüdemann]]"""


# ---------------------------------------------------------------------------------------------------------------------
@doc("outlook", "gewerbe_hafen")
def d009():
    return f"""Betreff: Gewerbeanmeldung Schiffsbedarf – fehlende Angaben / Ihr Az. [[AZ|GA-H 2025/0734]]

Sehr geehrte Frau [[P|Karaca]],

wie telefonisch besprochen sende ich Ihnen die fehlenden Angaben für meine Gewerbeanmeldung (Schiffsbedarf und Proviantierung, Betriebsbeginn 01.07.2025):

Inhaber: [[P|Mehmet Emin Yıldırım]]
geb.: [[DOB|02.08.1979]] in Trabzon
Staatsangehörigkeit: deutsch
Wohnanschrift: [[A|Mannesallee 14]], [[A|21107 Hamburg]]
Betriebsstätte: [[A|Ellerholzdamm 42]], [[A|20457 Hamburg]] (Halle 4, Zufahrt über Liegeplatz 37)
Steuer-ID: [[TID|{TID_009}]]
Steuernummer (Finanzamt Hamburg-Mitte): [[TNR|{TNR_009}]]
USt-IdNr.: [[VAT|{VAT_009}]]
Geschäftskonto: [[IBAN|{IBAN_009}]] (Hamburger Sparkasse)
Mobil: [[T|0170 5518 339]], bis 24.06. in der Türkei unter [[T|+90 532 418 27 09]]

Die Buchhaltung macht meine Steuerberaterin, Frau [[P|Henrike Oltmanns]] ([[E|oltmanns@stb-oltmanns.de]], Tel. [[T|040 380 77 12]]). Eine Eintragung ins Handelsregister ist nicht geplant; Mitarbeiter habe ich vorerst keine, mein Cousin [[P|Serkan]] hilft bei Lieferungen aus.

Die Bescheinigung des Hafenkapitäns für die Zufahrt zum Kai reiche ich nach, sobald sie da ist.

Mit freundlichen Grüßen
[[P|Mehmet Yıldırım]]"""


# ---------------------------------------------------------------------------------------------------------------------
@doc("outlook", "zulassung_ukraine")
def d010():
    return """Betreff: Ukrainisches Auto – Zulassung / Ukrainian car registration

Guten Tag,

mein Name ist [[P|Oksana Hrytsenko]] ([[P|Оксана Гриценко]]). Ich wohne seit März 2022 in Hamburg, jetzt in [[A|Karl-Arnold-Ring 7]], [[A|21109 Hamburg]]. Mein Auto hat ukrainische Kennzeichen [[KFZ|AA 4721 KT]]. Meine Nachbarin sagt, nach einem Jahr muss ich das Auto in Deutschland zulassen. Is that true? My German is not so good, sorry.

Ich habe:
- Reisepass Ukraine Nr. [[PASS|FX418273]]
- Aufenthaltserlaubnis nach § 24 AufenthG, gültig bis 04.03.2026
- Fahrzeugschein Ukraine (Свідоцтво про реєстрацію)
- Versicherung: Grüne Karte bis 31.08.2025

Mein Mann [[P|Andrii]] ist noch in der Ukraine, das Auto ist auf seinen Namen registriert ([[P|Andrii Hrytsenko]], geb. [[DOB|17.03.1984]]). Ich habe eine notarielle Vollmacht aus Kyjiw, mit deutscher Übersetzung.

Telefon: [[T|+49 1590 6623 418]], Viber/WhatsApp [[T|+380 67 441 2905]]
E-Mail: [[E|oksana.hrytsenko84@ukr.net]]

Дякую / Vielen Dank
[[P|Oksana]]"""


# ---------------------------------------------------------------------------------------------------------------------
@doc("word", "protokoll_dienstbesprechung", flags=("UNION",))
def d011():
    return """Protokoll der Dienstbesprechung Abteilung M3 (Verkehr und Parkraum)

Datum: 12.06.2025, 09:00–10:45 Uhr, Raum 3.014
Leitung: [[P|Birte Hansen-Okonkwo]] (Abteilungsleiterin)
Protokoll: [[P|Svenja Hollmann-Brüggemann]]
Teilnehmende: [[P|Thorsten Lüdemann]], [[P|Marco Czerwinski]], [[P|Burak Şimşek]] (Zulassung, bis TOP 2), [[P|Kai Wessels]] (PÜD), [[P|Jens-Ole Carstensen]] (Personalrat)
Entschuldigt: [[P|Anja Petersen]] (Kasse)
Gast zu TOP 1: Bezirksamtsleiterin Dr. [[P|Cornelia Rathjen]]

TOP 1 Neue Bewohnerparkzone V 118 „Veddel Nord“
Frau Dr. [[P|Rathjen]] berichtet über den Beschluss der Bezirksversammlung (Drucksache 22-0417). Start der Zone am 01.10.2025, Beschilderungsplan Nr. VZ-118-03. Erwartet werden rund 1.900 Anträge; Herr [[P|Şimşek]] bittet um frühzeitige Abstimmung mit der Zulassungsstelle wegen Halterabfragen.

TOP 2 Abschleppungen im Reiherstieg
Herr [[P|Lüdemann]]: seit Mai 41 Umsetzungen, davon 9 Fahrzeuge mit ausländischen Kennzeichen. Der Beschwerdefall [[KFZ|SE-MH 812]] (Herr [[P|von Hagenow]], Vorgang [[AZ|2025-AS-00391]]) wird mit dem Rechtsamt geklärt. Der Vorgang [[AZ|AS 25/0611-07]] (polnischer Transporter) ist bezahlt.

TOP 3 Arbeitsbelastung PÜD
Herr [[P|Carstensen]] weist als Mitglied des Personalrats und Vertrauensmann von ver.di auf die Überstunden im Außendienst hin. Herr [[P|Wessels]] berichtet, dass er und zwei weitere ver.di-Mitglieder aus dem Team am Warnstreik am 20.05.2025 teilgenommen haben; die Ausfälle wurden nicht nachbesetzt. Frau [[P|Hansen-Okonkwo]] sagt eine Prüfung der Dienstplanung bis Ende Juni zu.

TOP 4 Verschiedenes
– Neue Handgeräte „MobiPark 3“ werden ab Juli ausgegeben (Schulung durch den Hersteller).
– Nächste Sitzung: 10.07.2025, 09:00 Uhr, Raum 3.014.

gez. [[P|Hollmann-Brüggemann]]"""


# ---------------------------------------------------------------------------------------------------------------------
@doc("outlook", "abmeldung_todesfall")
def d012():
    return f"""Betreff: Abmeldung Fahrzeug meines verstorbenen Vaters – [[KFZ|HH-WE 1973]]

Sehr geehrte Damen und Herren,

mein Vater, [[P|Werner Eggers]], geb. [[DOB|5.9.1938]], ist am 21.05.2025 im Krankenhaus Groß-Sand verstorben. Ich bin Alleinerbin und möchte seinen Pkw (Mercedes-Benz E 200, amtliches Kennzeichen [[KFZ|HH-WE 1973]], FIN [[N|WDD2120481A739216]]) abmelden. Mein Vater wohnte zuletzt in [[A|Finkenwerder Landscheideweg 118]], [[A|21129 Hamburg]].

Die Kennzeichenschilder und die Zulassungsbescheinigung Teil I habe ich, Teil II ist leider nicht auffindbar. Kann ich die Abmeldung trotzdem per Post oder online erledigen? Ich wohne in Kiel und komme nur schwer nach Hamburg.

Eine eventuelle Erstattung der Kfz-Steuer soll das Hauptzollamt bitte auf mein Konto überweisen: [[IBAN|{IBAN_012}]] (Kontoinhaberin [[P|Martina Eggers-Lindemann]]). Die Steuer-ID meines Vaters war [[TID|{TID_012_SP}]], falls das Zollamt sie braucht.

Meine Daten:
[[P|Martina Eggers-Lindemann]]
[[A|Holtenauer Straße 201]]
[[A|24105 Kiel]]
Tel. [[T|0431 5579 204]]
Personalausweis-Nr. [[IDC|{IDC_012}]]

Anlagen: Sterbeurkunde, Erbschein (Amtsgericht Hamburg-Harburg, Az. [[AZ|612 VI 1183/25]]), Zulassungsbescheinigung Teil I

Mit freundlichen Grüßen
[[P|Martina Eggers-Lindemann]]"""


# ---------------------------------------------------------------------------------------------------------------------
@doc("outlook", "verwarnung_beschwerde_ro")
def d013():
    return """Betreff: AW: strafzettel falsch!!!

Sehr geehrter Herr [[P|Stoica]],

vielen Dank für Ihre Nachricht. Wenn Sie das Fahrzeug zur Tatzeit nicht selbst gefahren haben, füllen Sie bitte den beiliegenden Anhörungsbogen aus und nennen Sie dort den Fahrer mit vollständigem Namen und Anschrift. Eine Übersetzung des Bogens ins Rumänische liegt bei (Formular A-7 ro).

Mit freundlichen Grüßen
[[P|Marco Czerwinski]]
Bußgeldstelle Verkehr

Von: [[P|Ionut Stoica]] <[[E|ionut.stoica88@yahoo.com]]>
Gesendet: Montag, 16. Juni 2025 06:12
An: [[N|bussgeldstelle@elbmarsch.hamburg.de]]
Betreff: strafzettel falsch!!!

Hallo guten tag

Ich habe bekommen Verwarnung [[AZ|VG25-0618-2217]] fur auto [[KFZ|B 741 MXR]]. Aber ich war nicht da an diese tag, ich war arbeiten auf Baustelle in Billwerder bis 18 uhr, mein chef Herr [[P|Stoltenberg]] kann sagen. Auto hat vielleicht mein schwager [[P|Florin]] benutzt, ich weis nicht.
Ich wohne [[A|Georg-Wilhelm-Str. 87]] bei familie [[P|Munteanu]], [[A|21107 Hamburg]].

Bitte schreiben auf rumänisch oder englisch wenn moglich.

[[P|Ionuț Marian Stoica]]
tel [[T|+40 745 318 902]]"""


# ---------------------------------------------------------------------------------------------------------------------
@doc("word", "anhoerung_fahrtenbuch")
def d014():
    return f"""Bezirksamt Elbmarsch · Straßenverkehrsbehörde · {OFFICE_STREET} · {OFFICE_CITY}

Elbstrom Logistik GmbH
z. Hd. Herrn [[P|Arne Mohr]]
Geschäftsführer
[[A|Am Windhukkai 6]]
[[A|20457 Hamburg]]

Ihr Zeichen: [[AZ|LOG-FP-2025-117]]
Unser Zeichen: [[AZ|M3-FB 17/25]]
Bearbeitung: [[P|Lennart Schwieger]], Zimmer 2.09, Tel. [[N|040 42871-3377]]
Hamburg, 17.06.2025

Anhörung zur Anordnung einer Fahrtenbuchauflage (§ 31a StVZO)

Sehr geehrter Herr [[P|Mohr]],

mit dem auf Ihre Gesellschaft zugelassenen Fahrzeug, amtliches Kennzeichen [[KFZ|HH-EL 4007]], wurde am 02.04.2025 um 08:51 Uhr an der Kreuzung Wilhelmsburger Reichsstraße / Mengestraße ein qualifizierter Rotlichtverstoß begangen (Rotzeit 1,4 Sekunden). Das Bußgeldverfahren [[AZ|61.3-OW 2025/097115]] musste eingestellt werden, weil der Fahrer nicht ermittelt werden konnte. Ihre Mitarbeiterin Frau [[P|Ljubica Marković]] hatte am 24.04.2025 telefonisch mitgeteilt, das Fahrzeug werde von „mehreren Kollegen im Schichtbetrieb“ genutzt; weitere Angaben haben Sie trotz Erinnerung vom 12.05.2025 nicht gemacht.

Ich beabsichtige daher, für das genannte Fahrzeug sowie für ein etwaiges Ersatzfahrzeug für die Dauer von 12 Monaten das Führen eines Fahrtenbuchs anzuordnen. Sie haben Gelegenheit, sich bis zum 08.07.2025 zu äußern (§ 28 HmbVwVfG). Für die Anordnung wird eine Gebühr nach Nr. 252 GebOSt erhoben.

Mit freundlichen Grüßen
Im Auftrag

[[P|Lennart Schwieger]]"""


# ---------------------------------------------------------------------------------------------------------------------
@doc("outlook", "expat_firmenwagen_en")
def d015():
    return f"""From: [[P|Chukwuemeka Okafor]] <[[E|emeka.okafor@hanseatic-marine-eng.com]]>
Sent: Friday, June 13, 2025 4:02 PM
To: [[P|Hollmann-Brüggemann, Svenja]] <[[E|svenja.hollmann-brueggemann@elbmarsch.hamburg.de]]>
Cc: [[P|Lisa Marie Brandstätter]] <[[E|l.brandstaetter@hanseatic-marine-eng.com]]>
Subject: RE: Your application for a residents' parking permit – missing documents

Dear Ms [[P|Hollmann-Brüggemann]],

thanks for the quick reply. Please find attached the letter from our HR department ([[P|Lisa Marie]] in cc) confirming that the company car [[KFZ|HH-HM 615E]] is assigned to me exclusively, including private use.

Regarding the fee: can I pay by credit card? If so, please charge my Visa [[CC|{CC_015}]], valid until 09/27. Otherwise I will transfer the 65 EUR.

My registered address is [[A|Am Kaiserkai 22]], [[A|20457 Hamburg]] – the Meldebescheinigung shows the same.

Best,
[[P|Emeka]]
([[P|Chukwuemeka Okafor]], born [[DOB|1986-11-23]] in Enugu, in case you need it for the form)

On Thu, 12 Jun 2025 at 11:27, [[P|Hollmann-Brüggemann, Svenja]] <[[E|svenja.hollmann-brueggemann@elbmarsch.hamburg.de]]> wrote:
> Dear Mr [[P|Okafor]],
> thank you for your application (reference [[AZ|BPA-2025-06-0331]]). As the vehicle is not registered in your name, we need a confirmation from the keeper (your employer) that you use the car permanently, also in your free time.
> Kind regards
> [[P|Svenja Hollmann-Brüggemann]]
> Bezirksamt Elbmarsch | Parkraumbewirtschaftung
> Phone [[N|+49 40 42871-3362]]"""


# ---------------------------------------------------------------------------------------------------------------------
@doc("word", "aktennotiz_gewerbeaussendienst")
def d016():
    return f"""Aktennotiz – Gewerbeaußendienst Hafen

Objekt: Imbiss und Schiffsproviant „Saigon Quay“, [[A|Reiherstieg Hauptdeich 64]], [[A|21107 Hamburg]]
Betriebsinhaber: [[P|Nguyễn Văn Thành]] (wird „[[P|Thanh]]“ gerufen)
Gewerbe-Reg.-Nr.: [[AZ|GA-H 2019/0211]]
Begehung: 18.06.2025, 11:00–11:50 Uhr
Teilnehmende: [[P|Nils Brodersen]], [[P|Aylin Karaca]] (Gewerbeamt), PK [[P|Malte Harms]] (Wasserschutzpolizei, Revier 2)

Feststellungen:
1. Der Inhaber war nicht anwesend. Seine Ehefrau, Frau [[P|Trần Thị Mai]], wies sich mit Personalausweis Nr. [[IDC|{IDC_016}]] aus und gab an, ihr Mann sei beim Großmarkt.
2. Im Betrieb waren zwei Aushilfen tätig: [[P|Phạm Quốc Bảo]] (geb. [[DOB|30.01.2003]], Rentenversicherungsnr. laut Meldebescheinigung [[SSN|{SSN_016_SP}]]) und [[P|Lê Hoàng Anh]]. Die Anmeldung bei der Minijob-Zentrale lag für Herrn [[P|Phạm]] vor, für Frau [[P|Lê]] nicht.
3. Die Belehrungen nach § 43 IfSG lagen für alle Beschäftigten vor.
4. Auf den Rechnungen sind die USt-IdNr. [[VAT|{VAT_016}]] und die Steuernummer [[TNR|{TNR_016}]] angegeben; beide stimmen mit der Gewerbeanmeldung überein.
5. Die Preisauszeichnung fehlte an der Außentheke (§ 1 PAngV). Mündlicher Hinweis erteilt.

Weiteres Vorgehen: Anhörung wegen der fehlenden Minijob-Anmeldung an Herrn [[P|Nguyễn]]; Mitteilung an das Hauptzollamt (FKS) ist nicht veranlasst.

gez. [[P|Brodersen]]"""


# ---------------------------------------------------------------------------------------------------------------------
@doc("outlook", "fahrerbenennung_pl")
def d017():
    return """Betreff: Fahrerbenennung zu Anhörung [[AZ|61.3-OW 2025/121604]] – Sattelzug [[KFZ|GD 2815K]] / [[KFZ|GD 9R014]]

Sehr geehrte Damen und Herren,

in Sachen Anhörungsbogen für unser Fahrzeug (Zugmaschine [[KFZ|GD 2815K]], Auflieger [[KFZ|GD 9R014]]) teilen wir mit, dass das Fahrzeug am 27.05.2025 auf der A 252 (Ausfahrt Hamburg-Wilhelmsburg) gefahren wurde von:

Herr [[P|Krzysztof Wiśniewski]]
geb. [[DOB|04.07.90]] w Elblągu
adres: [[A|ul. Długa 17/3]], [[A|80-827 Gdańsk]], Polska
Führerschein-Nr. [[N|04718/19/2261]]
Tel. [[T|+48 512 904 337]]

Herr [[P|Wiśniewski]] ist bei uns seit 2019 als Fahrer beschäftigt. Bitte schicken Sie den Bußgeldbescheid direkt an ihn, in Kopie an uns; die Firma übernimmt die Zahlung.

Z poważaniem / Mit freundlichen Grüßen
[[P|Marta Lewandowska-Kruk]]
Dyspozytor / Disponentin
Baltic Cargo Trans Sp. z o.o.
[[N|ul. Marynarki Polskiej 96]], [[N|80-557 Gdańsk]]
tel. [[N|+48 58 344 19 20]], kom. [[T|+48 601 772 045]]
[[E|m.lewandowska@balticcargo.pl]]"""


# ---------------------------------------------------------------------------------------------------------------------
@doc("word", "widerspruchsbescheid", flags=("RELIGION",))
def d018():
    return f"""Freie und Hansestadt Hamburg
Bezirksamt Elbmarsch – Rechtsamt
{OFFICE_STREET} · {OFFICE_CITY}

Gegen Empfangsbekenntnis
Herrn Rechtsanwalt
Dr. [[P|Tarek El-Masry]]
[[A|Lange Reihe 29]]
[[A|20099 Hamburg]]

Ihr Zeichen: [[AZ|EM-0418/25]]
Unser Zeichen: [[AZ|R 2 – W 114/25]]
Hamburg, 19.06.2025

Widerspruchsbescheid

In der Verwaltungsrechtssache
des Herrn [[P|Yusuf Abdelrahman Haddad]], geb. [[DOB|11. Juli 1977]], [[A|Vogelhüttendeich 61]], [[A|21107 Hamburg]],
– Widerspruchsführer –
Verfahrensbevollmächtigter: Rechtsanwalt Dr. [[P|El-Masry]], a. a. O.,

gegen den Bescheid des Bezirksamts Elbmarsch vom 14.03.2025 (Az. [[AZ|M3-AG 0311/25]]) über die Ablehnung einer Ausnahmegenehmigung nach § 46 Abs. 1 Nr. 11 StVO

ergeht folgende Entscheidung:
1. Der Widerspruch wird zurückgewiesen.
2. Der Widerspruchsführer trägt die Kosten des Verfahrens. Die Widerspruchsgebühr wird auf 120,00 EUR festgesetzt.

Gründe

I.
Der Widerspruchsführer ist Imam der Moscheegemeinde Wilhelmsburg e. V. (Vereinsregister VR 21877) und beantragte, mit seinem Pkw, amtliches Kennzeichen [[KFZ|HH-YH 1177]], während der fünf täglichen Gebetszeiten in der Lieferzone vor dem Gemeindehaus in der Veringstraße parken zu dürfen. Er trug vor, er müsse als Vorbeter zu jedem Gebet pünktlich erscheinen und sei auf sein Fahrzeug angewiesen, weil er zwischen den Gebeten Hausbesuche bei Gemeindemitgliedern mache.

II.
Der Widerspruch ist zulässig, aber unbegründet. Eine Ausnahme von Haltverboten kommt nur in besonders dringenden Fällen in Betracht. Die Religionsausübung (Art. 4 GG) wird durch die Ablehnung nicht unzumutbar erschwert: Die Wohnung des Widerspruchsführers liegt rund 400 m vom Gemeindehaus entfernt, und er kann für die Zone V 114 einen Bewohnerparkausweis erhalten. Die Lieferzone wird von den Gewerbetreibenden der Veringstraße dringend benötigt.

Rechtsbehelfsbelehrung: Gegen den Bescheid vom 14.03.2025 in der Gestalt dieses Widerspruchsbescheids kann innerhalb eines Monats nach Zustellung Klage beim Verwaltungsgericht Hamburg erhoben werden.

Im Auftrag
Dr. [[P|Friederike Albers-Nakamura]]"""


# ---------------------------------------------------------------------------------------------------------------------
@doc("outlook", "behindertenparkplatz", flags=("HEALTH",))
def d019():
    return f"""Betreff: Antrag personengebundener Behindertenparkplatz für meine Mutter

Guten Tag Frau [[P|Hollmann-Brüggemann]],

wie telefonisch besprochen hier die Angaben für den Antrag auf einen personengebundenen Schwerbehindertenparkplatz vor dem Haus meiner Mutter:

Antragstellerin: [[P|Rosalia Esposito]], geb. am [[DOB|3. Mai 1942]] in Salerno
Anschrift: [[A|Fährstraße 88]], [[A|21107 Hamburg]]
Schwerbehindertenausweis: GdB 100, Merkzeichen aG, B und RF, Versorgungsamt Hamburg, Az. [[AZ|SB 56/118/4477-2]]
Diagnose laut Gutachten: fortgeschrittene Parkinson-Erkrankung; seit einem Sturz im Januar ist sie auf Rollator und Rollstuhl angewiesen.
Krankenkasse: AOK, Versichertennummer [[KV|{KV_019}]]
Fahrzeug: Fiat Doblò, [[KFZ|HH-RE 4203]], Halterin ist meine Mutter, gefahren wird er von mir oder meinem Bruder [[P|Salvatore]].

Einen blauen EU-Parkausweis hat meine Mutter bereits (Nr. [[AZ|HH-EU 2024/08813]]), aber vor dem Haus ist abends nie ein Platz frei, und sie kann höchstens zehn Meter gehen.

Ich selbst wohne in Harburg ([[A|Eißendorfer Pferdeweg 31]], [[A|21075 Hamburg]]) und bin am besten mobil erreichbar: [[T|0178 / 412 66 03]].

Mit freundlichen Grüßen
[[P|Carla Meinecke]] geb. [[P|Esposito]]"""


# ---------------------------------------------------------------------------------------------------------------------
@doc("word", "uebersicht_abschleppungen")
def d020():
    rows = [
        ("1", "10.06.2025", "07:12", "Veringstraße", "[[KFZ|HH-TR 3318]]", "Baustelle", "[[AZ|AS 25/0610-01]]", "[[P|Tobias Rehder]]", "abgeholt"),
        ("2", "10.06.2025", "08:40", "Mengestraße", "[[KFZ|PI-AK 96]]", "Feuerwehrzufahrt", "[[AZ|AS 25/0610-02]]", "[[P|Aleksandra Kowalczyk]]", "abgeholt"),
        ("3", "10.06.2025", "16:05", "Am Veringhof", "[[KFZ|61-XKT-4]] (NL)", "Ladezone", "[[AZ|AS 25/0610-03]]", "– (Halteranfrage NL läuft)", "Verwahrung"),
        ("4", "11.06.2025", "06:55", "Fährstraße", "[[KFZ|WE 4K123]] (PL)", "Busspur", "[[AZ|AS 25/0611-01]]", "[[P|Marek Zieliński]]", "abgeholt"),
        ("5", "11.06.2025", "12:30", "Neuhöfer Straße", "[[KFZ|OD-SG 5150]]", "Behindertenparkplatz", "[[AZ|AS 25/0611-04]]", "[[P|Sabine Grotefend]]", "Widerspruch"),
        ("6", "11.06.2025", "15:10", "Reiherstieg Hauptdeich", "[[KFZ|PO 7JX21]] (PL)", "Baustelle", "[[AZ|AS 25/0611-07]]", "[[P|Wojciech Szymański]]", "bezahlt"),
        ("7", "12.06.2025", "14:20", "Veringstraße/Vogelhüttendeich", "[[KFZ|HH-KE 5061]]", "Baustelle", "[[AZ|AS 25/0612-03]]", "[[P|Kevin Brandt]]", "abgeholt"),
        ("8", "12.06.2025", "19:45", "Georg-Wilhelm-Straße", "[[KFZ|BH 0917 AO]] (UA)", "Feuerwehrzufahrt", "[[AZ|AS 25/0612-05]]", "[[P|Serhii Bondarenko]]", "Verwahrung"),
        ("9", "13.06.2025", "09:10", "Rotenhäuser Damm", "[[KFZ|HH-Q 707]]", "Haltverbot", "[[AZ|AS 25/0613-01]]", "–", "storniert (Fahrer kam hinzu)"),
        ("10", "13.06.2025", "11:35", "Harburger Chaussee", "[[KFZ|AZ 91 074]] (DK)", "Ladezone", "[[AZ|AS 25/0613-02]]", "[[P|Rasmus Fogh Andersen]]", "abgeholt"),
        ("11", "13.06.2025", "22:10", "Ellerholzdamm", "[[KFZ|STD-JL 1202]]", "Grundstückseinfahrt", "[[AZ|AS 25/0613-04]]", "[[P|Jana Lührs]]", "abgeholt"),
    ]
    table = "\n".join("\t".join(r) for r in rows)
    return f"""Übersicht Umsetzungen/Abschleppungen KW 24 – Bereich Wilhelmsburg/Veddel
(Auszug aus der Excel-Liste „Abschleppen_2025.xlsx“, Blatt „KW24“, für die Bezirksamtsleitung)

Lfd.\tDatum\tUhrzeit\tOrt (ohne Hausnr.)\tKennzeichen\tGrund\tVorgang\tHalter/in (falls ermittelt)\tStatus
{table}

Summe Abschleppkosten (vorläufig): 3.018,90 EUR; 11 Vorgänge, davon 5 mit ausländischen Kennzeichen.
Zu lfd. Nr. 5: Frau [[P|Grotefend]] hat Widerspruch eingelegt (Schwerbehindertenausweis lag nach ihren Angaben aus), Stellungnahme PÜD angefordert.
Erstellt: [[P|T. Lüdemann]], 16.06.2025"""


# ---------------------------------------------------------------------------------------------------------------------
@doc("outlook", "parkausweis_zweitfahrzeug")
def d021():
    return f"""Betreff: AW: Bewohnerparkausweis – Zweitfahrzeug?

Sehr geehrte Frau [[P|Aydın-Kraus]],

je Person kann nur ein Bewohnerparkausweis erteilt werden. Ihr Mann kann jedoch für das ihm überlassene Firmenfahrzeug [[KFZ|HH-TK 1029]] einen eigenen Ausweis beantragen, sofern er mit Hauptwohnung unter [[A|Fährstraße 55]] gemeldet ist und der Arbeitgeber die dauerhafte private Nutzung bestätigt. Carsharing-Fahrzeuge (z. B. MILES oder SHARE NOW) benötigen keinen Ausweis.

Mit freundlichen Grüßen
i. A. [[P|Svenja Hollmann-Brüggemann]]
Bezirksamt Elbmarsch | Parkraumbewirtschaftung
{OFFICE_STREET} | {OFFICE_CITY}
Tel. [[N|040 42871-3362]] | [[N|parkausweise@elbmarsch.hamburg.de]]

Am 16.06.2025 um 19:04 schrieb [[P|Gülşen Aydın-Kraus]] <[[E|guelsen.aydin-kraus@t-online.de]]>:

> Guten Abend,
>
> ich habe seit 2024 den Bewohnerparkausweis Nr. [[AZ|V114-00517]] für meinen Wagen [[KFZ|HH-GA 8830]]. Jetzt hat mein Mann [[P|Thomas Kraus]] ein Firmenfahrzeug bekommen ([[KFZ|HH-TK 1029]]), geleast über seinen Arbeitgeber. Bekommen wir dafür einen zweiten Ausweis? Unsere Tochter [[P|Elif]] (17) macht bald den Führerschein, dann hätten wir vielleicht noch ein drittes Auto ;-)
>
> Viele Grüße
> [[P|Gülşen Aydın-Kraus]]
> [[A|Fährstraße 55]], [[A|21107 Hamburg]]
> [[T|0171 3382 917]]"""


# ---------------------------------------------------------------------------------------------------------------------
@doc("outlook", "abgeordnetenanfrage", flags=("POLITICS",))
def d022():
    return """Von: [[P|Hansen-Okonkwo, Birte]] (BA-EM/M3)
Gesendet: Mittwoch, 18. Juni 2025 07:58
An: [[P|Czerwinski, Marco]] (BA-EM/V21)
Betreff: WG: Bürgeranliegen Bewohnerparken Veddel – Herr [[P|Hoxha]]

[[P|Marco]], bitte die beiden Verwarnungen prüfen und mir bis Donnerstag einen Antwortentwurf schicken. Die Abgeordnete erwartet eine Antwort vor der Ausschusssitzung. Danke, [[P|Birte]]

-----Ursprüngliche Nachricht-----
Von: [[P|Ebru Kalkan-Winter]] <[[E|ebru.kalkan-winter@bv-elbmarsch.de]]>
Gesendet: Dienstag, 17. Juni 2025 21:30
An: [[P|Hansen-Okonkwo, Birte]] (BA-EM/M3) <[[E|birte.hansen-okonkwo@elbmarsch.hamburg.de]]>
Betreff: Bürgeranliegen Bewohnerparken Veddel – Herr [[P|Hoxha]]

Liebe Frau [[P|Hansen-Okonkwo]],

als verkehrspolitische Sprecherin der Grünen-Fraktion in der Bezirksversammlung wende ich mich mit einem Anliegen an Sie, das mir in meiner Bürgersprechstunde geschildert wurde. Herr [[P|Arben Hoxha]] wohnt in der [[A|Veddeler Brückenstraße 144]] und arbeitet im Schichtdienst am Containerterminal. Weil die neue Zone V 118 erst im Oktober startet, findet er nach der Nachtschicht keinen legalen Parkplatz und hat inzwischen zwei Verwarnungen erhalten ([[AZ|VWG-EM-2025-051203]] und [[AZ|VWG-EM-2025-052877]]). Herr [[P|Hoxha]] ist übrigens seit Jahren bei uns im Ortsverband aktiv – er hat sich trotzdem nicht an mich „als Parteifreund“ gewandt, sondern ganz regulär in der Sprechstunde.

Er ist einverstanden, dass ich seine Daten weitergebe: Tel. [[T|0162 781 30 55]], Kennzeichen [[KFZ|HH-AH 2210]].

Können Sie prüfen, ob für Schichtarbeitende bis zum Start der Zone eine Übergangslösung möglich ist?

Mit grünen Grüßen
[[P|Ebru Kalkan-Winter]]
Mitglied der Bezirksversammlung Elbmarsch
Fraktion BÜNDNIS 90/DIE GRÜNEN"""


# ---------------------------------------------------------------------------------------------------------------------
@doc("word", "formular_parkausweis")
def d023():
    return f"""Antrag auf Erteilung eines Bewohnerparkausweises (Formular BPA-1, Stand 03/2024)
– Eingang per E-Mail am 02.06.2025, Angaben in Word übernommen –

1. Angaben zur antragstellenden Person
Name, Vorname: [[P|Wiśniewska-Hoffmann, Dorota]]
Geburtsdatum: [[DOB|12.12.1969]]
Geburtsort: Szczecin
Anschrift (Hauptwohnung): [[A|Weimarer Straße 66]], [[A|21107 Hamburg]]
Telefon: [[T|040 / 75 66 12 09]]
E-Mail: [[E|dorota.wh@posteo.de]]
Ausweisdokument: [x] Personalausweis  [ ] Reisepass  Nr.: [[IDC|{IDC_023}]]

2. Angaben zum Fahrzeug
Amtliches Kennzeichen: [[KFZ|HH-DW 6612]]
Halter/in: [ ] antragstellende Person  [x] andere Person: [[P|Jürgen Hoffmann]] (Ehemann), [[A|Weimarer Straße 66]], [[A|21107 Hamburg]]
Fahrzeugart: Pkw, Toyota Yaris Hybrid

3. Bewohnerparkzone: V 114 (Reiherstieg)

4. Zahlungsweise: [x] SEPA-Lastschrift
IBAN: [[IBAN|{IBAN_023}]]
Kontoinhaber/in: [[P|Dorota Wiśniewska-Hoffmann]]

5. Erklärung
Ich versichere, dass die Angaben richtig sind. Mir ist bekannt, dass der Ausweis bei Wegzug zurückzugeben ist.
Ort, Datum: Hamburg, 02.06.2025    Unterschrift: [[P|D. Wiśniewska-Hoffmann]]

Bearbeitungsvermerk (intern): Meldedaten geprüft (Melderegisterauskunft vom 05.06.2025), Halterdaten über ZEVIS bestätigt. Ausweis Nr. [[AZ|V114-00874]] erteilt am 06.06.2025. Sachbearbeitung: [[P|Hollmann-Brüggemann]]"""


# ---------------------------------------------------------------------------------------------------------------------
@doc("outlook", "kasse_doppelzahlung")
def d024():
    return f"""Von: [[P|Jessen, Ole]] (BA-EM/M2)
Gesendet: Donnerstag, 19. Juni 2025 10:14
An: [[P|Petersen, Anja]] (BA-EM/Kasse)
Betreff: WG: Doppelzahlung Kassenzeichen [[AZ|8012.3371.4459]] – bitte Erstattung

Hallo Frau [[P|Petersen]],

bitte die Doppelzahlung prüfen und ggf. erstatten. Die Sondernutzung ist abgerechnet, von uns aus ist nichts mehr offen.

Danke und viele Grüße
[[P|Ole Jessen]]
Sondernutzungen / Umzugshaltverbote, Tel. [[N|040 42871-3245]]

-----Ursprüngliche Nachricht-----
Von: [[P|Ngozi Eze-Hartmann]] <[[E|ngozi.eze@hartmann-family.de]]>
Gesendet: Mittwoch, 18. Juni 2025 17:40
An: [[N|sondernutzung@elbmarsch.hamburg.de]]
Betreff: Doppelzahlung Kassenzeichen [[AZ|8012.3371.4459]] – bitte Erstattung

Sehr geehrte Damen und Herren,

für den Gebührenbescheid vom 02.05.2025 (Haltverbotszone für unseren Umzug vor dem Haus [[A|Neuhöfer Straße 23]], Az. [[AZ|M2-SNU/2025/1407]]) habe ich versehentlich zweimal 98,50 EUR gezahlt: am 12.05. per Überweisung und am 14.05.2025 noch einmal über das Online-Bezahlportal mit meiner Mastercard (Karte endet auf [[N|{CC_024[-4:]}]]; die volle Nummer [[CC|{CC_024_SP}]] steht auf dem Beleg, den ich beifüge). Beide Zahlungen mit dem Kassenzeichen [[AZ|8012.3371.4459]].

Bitte erstatten Sie den zu viel gezahlten Betrag auf mein Konto:
Kontoinhaberin: [[P|Ngozi Eze-Hartmann]]
IBAN: [[IBAN|{IBAN_024}]]
BIC: HASPDEHHXXX

Meine Kundennummer bei der Kasse.Hamburg lautet laut Zahlungserinnerung [[AZ|KD 0047 1182 93]].

Mit freundlichen Grüßen
[[P|Ngozi Eze-Hartmann]]
[[A|Hohe Weide 8]]
[[A|20259 Hamburg]]
Tel.: [[T|(0 40) 41 92 77 30]]"""


# ---------------------------------------------------------------------------------------------------------------------
@doc("word", "vermerk_vollstreckung")
def d025():
    return f"""Vermerk – Vollstreckung rückständiger Verwarnungs- und Bußgelder

Vollstreckungsschuldner: [[P|Dragan Ilić]], *[[DOB|03.02.1971]]
Anschrift: [[A|Slomanstraße 9]], [[A|20539 Hamburg]]
Vollstreckungs-Az.: [[AZ|VS-K 2025/71184]]
Offene Forderungen: 7 Verwarnungsgelder (Fahrzeug [[KFZ|HH-DI 771]]) und der Bußgeldbescheid [[AZ|61.3-OW 2024/204415]], zusammen 1.184,50 EUR einschließlich Mahngebühren und Säumniszuschlägen.

Bisherige Maßnahmen:
1. 14.05.2025 Vollstreckungsankündigung – keine Reaktion.
2. Kontenabruf über das Bundeszentralamt für Steuern (§ 93 Abs. 8 AO) unter Angabe der Steuer-IdNr. [[TID|{TID_025_SP}]]. Ergebnis: ein Girokonto bei der Commerzbank, IBAN [[IBAN|{IBAN_025}]]. Pfändungs- und Einziehungsverfügung am 03.06.2025 zugestellt; laut Drittschuldnererklärung handelt es sich um ein P-Konto ohne pfändbaren Betrag.
3. Anfrage bei der Deutschen Rentenversicherung Nord nach § 74a SGB X zum Arbeitgeber: Herr [[P|Ilić]] ist unter der Versicherungsnummer [[SSN|{SSN_025_DOT}]] seit 01.03.2025 bei der Kaispeicher Logistik GmbH beschäftigt.
4. Am 10.06.2025 rief die Ehefrau, Frau [[P|Jelena Ilić]], an (Rückrufnummer [[T|0174 660 2318]]) und bot eine Ratenzahlung von 100 EUR monatlich an.

Vorschlag: Ratenzahlungsvereinbarung über 12 Raten anbieten; bei Ausfall Lohnpfändung beim Arbeitgeber. Die Daten der Rentenversicherung unterliegen dem Sozialgeheimnis (§ 35 SGB I, § 78 SGB X) und dürfen nur für die Vollstreckung verwendet werden.

Hamburg, 16.06.2025
[[P|Anja Petersen]], Kasse / Vollstreckung"""


# ---------------------------------------------------------------------------------------------------------------------
@doc("outlook", "beschwerde_pued", flags=("ETHNICITY",))
def d026():
    return """Betreff: WG: Beschwerde über Mitarbeiter der Parkraumüberwachung am 09.06.2025

Frau [[P|Hansen-Okonkwo]] zur Kenntnis. Stellungnahme von Herrn [[P|Wessels]] (PÜD) ist angefordert, Frist 25.06. Die Verwarnung habe ich vorerst angehalten.
[[P|S. Hollmann-Brüggemann]]

-----Ursprüngliche Nachricht-----
Von: [[P|Manolito Rosenberg]] <[[E|m.rosenberg.hh@gmx.net]]>
Gesendet: Dienstag, 10. Juni 2025 11:20
Betreff: Beschwerde über Mitarbeiter der Parkraumüberwachung am 09.06.2025

Sehr geehrte Damen und Herren,

am Montag, dem 09.06.2025, gegen 15:30 Uhr hat ein Mitarbeiter Ihrer Parkraumüberwachung vor unserem Haus in der [[A|Rahmwerder Straße 12]] eine Verwarnung an meinen Wagen ([[KFZ|HH-RL 2408]]) geheftet. Als ich ihn ansprach, sagte er zu meiner Frau [[P|Esmeralda]] und mir sinngemäß, „ihr Zigeuner“ würdet ja sowieso nie zahlen. Wir sind deutsche Sinti, unsere Familie lebt seit Generationen in Wilhelmsburg, und ich habe noch nie eine Verwarnung nicht bezahlt.

Der Mitarbeiter trug die Dienstnummer [[N|4417]]. Die Verwarnung hat die Nr. [[AZ|VWG-EM-2025-049310]]. Unser Nachbar, Herr [[P|Dieter Kahlke]], hat das Gespräch mitgehört und ist bereit, das zu bestätigen.

Ich erwarte eine Entschuldigung und die Rücknahme der Verwarnung, denn das Parken dort war erlaubt (Parkscheibe lag aus). Eine Kopie dieser Beschwerde geht an den Landesverein der Sinti in Hamburg.

Mit freundlichen Grüßen
[[P|Manolito Rosenberg]]
[[A|Rahmwerder Straße 12]]
[[A|21109 Hamburg]]
[[T|040 7541 9382]]"""


# ---------------------------------------------------------------------------------------------------------------------
@doc("outlook", "parkausweis_ehepartner", flags=("SEXUAL_ORIENTATION",))
def d027():
    return """Betreff: Bewohnerparkausweis – Fahrzeug meines Ehemanns

Hallo zusammen,

mein Mann [[P|Henning Lüdtke]] und ich wohnen seit Mai zusammen in [[A|Vogelhüttendeich 40]], [[A|21107 Hamburg]]. Das Auto ([[KFZ|OD-HL 344]]) ist noch auf [[P|Henning]] zugelassen und hat sein altes Stormarner Kennzeichen. Ich brauche es aber jeden Tag, [[P|Henning]] fährt mit dem Rad zur Arbeit.

Ich habe gelesen, dass auch Ehepartner des Halters einen Ausweis bekommen können. Wir haben 2023 geheiratet (Standesamt Bad Oldesloe, Eheregister-Nr. [[AZ|E 118/2023]]), die Urkunde schicke ich gern mit. Kleiner Hinweis nebenbei: Wir sind zwei Männer, und im Online-Formular kann man beim Punkt „Ehegatte des Halters“ nur „Ehefrau“ auswählen – das sollten Sie vielleicht mal anpassen.

Außerdem: Muss [[P|Henning]] das Auto erst auf Hamburg ummelden oder geht das mit OD-Kennzeichen?

LG
[[P|Dario]]

[[P|Dario Ferreira Alves]]
[[T|+49 176 5530 2291]]
[[E|dario.f.alves@web.de]]"""


# ---------------------------------------------------------------------------------------------------------------------
@doc("word", "aktenuebersendung_owi")
def d028():
    return f"""Bezirksamt Elbmarsch – Bußgeldstelle Verkehr
{OFFICE_STREET}, {OFFICE_CITY}

Staatsanwaltschaft Hamburg
– Abteilung für Bußgeldsachen –

Unser Az.: [[AZ|61.3-OW 2025/088206]]
Ihr Az.: [[AZ|3101 Js 2381/25 OWi]]
Hamburg, 18.06.2025

Übersendung der Akte nach Einspruch (§ 69 Abs. 3 OWiG)

Betroffener: Dr. [[P|Konstantin Graf von Hollenstedt]]
geb. [[DOB|19.05.1961]] in Lübeck
wohnhaft: [[A|Elbchaussee 388]], [[A|22609 Hamburg]]

Verteidigerin: Rechtsanwältin Dr. [[P|Leonie Castellanos Ruiz]], Kanzlei [[P|Castellanos Ruiz]] & Partner mbB, [[A|Neuer Wall 61]], [[A|20354 Hamburg]], Kanzlei-Az. [[AZ|147/25 LC]]

Tatvorwurf: Überschreitung der zulässigen Höchstgeschwindigkeit innerorts um 31 km/h am 14.03.2025, 22:47 Uhr, Veddeler Damm, Fahrtrichtung Norden, mit dem Pkw Porsche Cayenne, amtliches Kennzeichen [[KFZ|HH-KR 1961]]. Geldbuße 260,00 EUR, Fahrverbot 1 Monat (§ 25 StVG).

Der Betroffene hat durch seine Verteidigerin mit Schriftsatz vom 02.05.2025 Einspruch eingelegt. Er bestreitet, das Fahrzeug geführt zu haben, und benennt seinen Neffen, Herrn [[P|Philipp von Hollenstedt]], wohnhaft in [[A|Sierichstraße 140]], [[A|22299 Hamburg]], als möglichen Fahrer. Eine Anhörung des Neffen ist am 26.05.2025 erfolgt; er hat von seinem Zeugnisverweigerungsrecht Gebrauch gemacht (§ 52 StPO).

Der Bußgeldbescheid wird aufrechterhalten. Die Akte (Blatt 1–47, Messprotokoll, Eichschein des Messgeräts Nr. 1182-04, Schulungsnachweis des Messbeamten) wird mit der Bitte um Vorlage an das Amtsgericht Hamburg übersandt.

Im Auftrag
[[P|Marco Czerwinski]]"""


# ---------------------------------------------------------------------------------------------------------------------
@doc("outlook", "zulassung_halterwechsel")
def d029():
    return f"""Betreff: AW: Halterwechsel + Wunschkennzeichen – Vollmacht für meinen Sohn

Sehr geehrte Frau [[P|Sokolova]],

vielen Dank für Ihre Unterlagen. Für die Umschreibung kommt Ihr Sohn bitte mit der unterschriebenen Vollmacht, Ihrem Personalausweis im Original, seinem eigenen Ausweisdokument, der Zulassungsbescheinigung Teil I und II sowie den alten Kennzeichenschildern. Ihr Termin: 19.06.2025, 10:20 Uhr, Schalter 7, Vorgangsnummer [[AZ|ZUL-EM-0619-1020-07]].

Mit freundlichen Grüßen
[[P|Burak Şimşek]]
Bezirksamt Elbmarsch – Kfz-Zulassung

-----Ursprüngliche Nachricht-----
Von: [[P|Galina Sokolova]] <[[E|galina.sokolova57@mail.ru]]>
Gesendet: Samstag, 14. Juni 2025 18:02
Betreff: Halterwechsel + Wunschkennzeichen – Vollmacht für meinen Sohn

Sehr geehrte Damen und Herren,

ich habe von einem Bekannten einen gebrauchten Pkw gekauft (Skoda Octavia, FIN [[N|TMBJG7NE1J0213387]]). Mein Sohn [[P|Artjom Sokolov]] soll die Ummeldung für mich erledigen, die Vollmacht ist beigefügt.

Angaben zu mir:
[[P|Galina Petrovna Sokolova]], geb. [[DOB|23.08.1957]] in Omsk
[[A|Zeidlerstraße 52]], [[A|21107 Hamburg]]
Personalausweis: [[IDC|{IDC_029_SP}]]
Kfz-Steuer bitte per Lastschrift von IBAN [[IBAN|{IBAN_029}]]

Angaben zu meinem Sohn (Bevollmächtigter):
[[P|Artjom Sokolov]], geb. [[DOB|4. Oktober 1983]]
Reisepass-Nr. [[PASS|{PASS_029}]] (sein Personalausweis ist verloren, Verlustanzeige läuft)
Tel. [[T|0157 3391 0428]]

Bisheriger Halter: Herr [[P|Uwe Trzeciak]], [[A|Kanalplatz 4]], [[A|21079 Hamburg]], bisheriges Kennzeichen [[KFZ|HH-UT 4190]].
Wunschkennzeichen: [[KFZ|HH-GS 2357]], online reserviert am 14.06.2025, Reservierungsnummer [[AZ|WKZ-7711843]].
eVB-Nummer der Versicherung: [[N|A7K3P9X]]

Mit freundlichen Grüßen
[[P|G. Sokolova]]"""


# ---------------------------------------------------------------------------------------------------------------------
@doc("outlook", "rundmail_neue_zone")
def d030():
    return """Von: [[P|Hansen-Okonkwo, Birte]] (BA-EM/M3)
Gesendet: Dienstag, 17. Juni 2025 08:05
An: M3-alle
Betreff: Neue Bewohnerparkzone V 118 „Veddel Nord“ – Infos für Schalter und Telefon

Liebe Kolleginnen und Kollegen,

ab 01.10.2025 gilt die neue Bewohnerparkzone V 118 (Beschilderungsplan Nr. VZ-118-03, Beschluss der Bezirksversammlung, Drucksache 22-0417). Betroffen sind u. a. die Veddeler Brückenstraße, die Wilhelmsburger Straße und der Müggenburger Zollhafen; die Grenze im Süden bildet der Veddeler Damm.

Anträge können ab 01.08.2025 online gestellt werden. Das Kundenzentrum im Erdgeschoss (Raum 0.12) ist Mo–Fr von 8 bis 13 Uhr geöffnet, Bürgertelefon: [[N|040 115]], Funktionspostfach: [[N|parkausweise@elbmarsch.hamburg.de]].

Die Gebühr bleibt bei 65,00 EUR im Jahr (Gebührenordnung, Anlage 1 Nr. 2.4). Anfragen zu personengebundenen Schwerbehindertenparkplätzen gebt bitte an das Team von Frau [[P|Hollmann-Brüggemann]] weiter.

Die Schulung zum neuen Modul „PARKplus 4.2“ findet am 24.06.2025 um 10:00 Uhr in Raum 3.014 statt (MS-Teams-Link folgt). Bitte bringt eure Handgeräte „MobiPark 3“ mit.

Viele Grüße
[[P|Birte Hansen-Okonkwo]]
Leitung Abteilung M3
Tel. [[N|040 42871-3300]]"""


# ---------------------------------------------------------------------------------------------------------------------
def main():
    assert len(DOCS) == 30, len(DOCS)
    out_path = os.path.join(HERE, "fresh95.jsonl")
    lines = []
    for n, (channel, template, marked, flags) in enumerate(DOCS, start=1):
        record = build(f"F95-{n:03d}", channel, template, marked, flags)
        for e in record["entities"] + record["neutral"]:
            assert record["text"][e["start"]:e["end"]] == e["text"], e
        lines.append(json.dumps(record, ensure_ascii=False))
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    total = sum(len(json.loads(line)["entities"]) for line in lines)
    print(f"{out_path}: {len(lines)} documents, {total} entities")


if __name__ == "__main__":
    main()
