"""Batch 73: 30 German documents from the Sozialamt, Jugendamt, Ordnungsamt and Baurechtsamt of the
Stadt Reutlingen (Baden-Wuerttemberg). All persons, addresses and numbers are invented."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # marks.py and identifiers.py sit beside this file
from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban, mod11_10_check  # noqa: E402

ids = Identifiers(7373)

# --- local helpers for identifiers the shared module does not cover -------------------------------------------
_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_check_char(s):
    """Check letter shared by the Italian CIN (IBAN) and the codice fiscale."""
    total = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        total += _ODD[v] if i % 2 == 0 else v
    return chr(65 + total % 26)


def iban_it():
    abi, cab, conto = ids.digits(5, True), ids.digits(5, True), ids.digits(12)
    return mod97_iban("IT", it_check_char(abi + cab + conto) + abi + cab + conto)


def iban_hr():
    bank = "23" + ids.digits(4)
    bank += str(mod11_10_check(bank))
    acc = "1" + ids.digits(8)
    acc += str(mod11_10_check(acc))
    return mod97_iban("HR", bank + acc)


def iban_ro(bank):
    return mod97_iban("RO", bank + ids.digits(16))


def iban_gr():
    return mod97_iban("GR", "0" + ids.digits(2) + ids.digits(4) + ids.digits(16))


def iban_tr():
    return mod97_iban("TR", "00" + ids.digits(3) + "0" + ids.digits(16))


def oib():
    body = ids.digits(10, True)
    return body + str(mod11_10_check(body))


def codice_fiscale(head15):
    return head15 + it_check_char(head15)


def tnr_bw():
    # Baden-Wuerttemberg layout FFBBB/UUUUP
    return f"{ids.rng.choice(['99', '98', '53', '86', '91'])}{ids.digits(3)}/{ids.digits(5)}"


def tnr_bw_federal():
    return "28" + ids.rng.choice(["99", "98", "86"]) + "0" + ids.digits(8)


def sp(iban):
    return group(iban, 4)


DOCS = []


def D(channel, template, text, flags=None):
    DOCS.append((channel, template, text.strip("\n"), flags or []))


# Public data of the city (neutral spans)
RATHAUS = "[[N|Marktplatz 22]]\n[[N|72764 Reutlingen]]"
ZENTRALE = "[[N|07121 303-0]]"
STADT_IBAN = "DE90 6405 0000 0000 0127 40"
assert mod97_iban("DE", STADT_IBAN.replace(" ", "")[4:]) == STADT_IBAN.replace(" ", "")

# ---------------------------------------------------------------------------------------------------------------
# F73-001 Eingliederungshilfe: Bewilligungsbescheid Schulbegleitung
D("word", "eingliederungshilfe_bescheid", f"""
Stadt Reutlingen
Sozialamt – Abteilung Eingliederungshilfe
{RATHAUS}

Stadt Reutlingen · Postfach 25 43 · 72715 Reutlingen

Frau
[[P|Antonella Ferraro]]
[[A|Lederstraße 118]]
[[A|72764 Reutlingen]]

Unser Zeichen: [[AZ|50.3-EGH-2024-0417]]
Sachbearbeitung: [[P|Martina Bühler]]
Zimmer 2.14
Telefon: [[T|07121 303-2461]]
Telefax: [[N|07121 303-2499]]
E-Mail: [[E|martina.buehler@reutlingen.de]]

Reutlingen, 14.10.2024

Eingliederungshilfe nach Teil 2 SGB IX für [[P|Leonardo Ferraro]], geb. [[DOB|22.06.2017]]
hier: Bewilligung einer Schulbegleitung (Leistungen zur Teilhabe an Bildung, § 112 SGB IX)

Sehr geehrte Frau [[P|Ferraro]],

auf Ihren Antrag vom 02.08.2024 bewilligen wir für Ihren Sohn [[P|Leonardo]] für das Schuljahr 2024/2025
(16.09.2024 bis 31.07.2025) eine Schulbegleitung im Umfang von bis zu 25 Zeitstunden wöchentlich während der
Unterrichtszeit an der Grundschule.

Begründung:
Bei [[P|Leonardo]] wurde im Sozialpädiatrischen Zentrum eine Autismus-Spektrum-Störung (ICD-10 F84.0) festgestellt.
Nach der Stellungnahme von [[P|Dr. Chiara Benvenuti]] (Kinder- und Jugendpsychiatrie) vom 11.07.2024 und dem
Bericht der Klassenlehrerin ist [[P|Leonardo]] ohne Begleitung nicht in der Lage, dem Unterricht zu folgen; es kommt
regelmäßig zu Überforderungssituationen mit Rückzug bzw. Weglaufen. Die Voraussetzungen des § 99 SGB IX liegen vor.

Die Leistung wird als Sachleistung durch den Leistungserbringer Lebenshilfe Reutlingen e.V. erbracht. Die Abrechnung
erfolgt unmittelbar zwischen dem Leistungserbringer und der Stadt Reutlingen. Ein Kostenbeitrag wird nach § 138
Abs. 1 Nr. 4 SGB IX nicht erhoben.

Bitte teilen Sie uns Änderungen (z.B. Schulwechsel, Umzug, längere Fehlzeiten) unverzüglich mit.

Rechtsbehelfsbelehrung:
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist
schriftlich oder zur Niederschrift bei der Stadt Reutlingen, Sozialamt, {RATHAUS.replace(chr(10), ', ')}, einzulegen.

Mit freundlichen Grüßen
Im Auftrag

[[P|Martina Bühler]]

Sprechzeiten: Mo–Fr 8.30–12.00 Uhr, Do 14.00–17.30 Uhr · Zentrale: {ZENTRALE}
""", ["HEALTH"])

# F73-002 Grundsicherung im Alter: Unterlagen einer kroatischen Rentnerin, Antwort mit Zitat
iban_002 = ids.iban_de()
rv_002 = ids.social_security("031149", "K")
hr_iban_002 = iban_hr()
D("outlook", "grundsicherung_unterlagen", f"""
Von: [[P|Rall, Tobias]] <[[E|tobias.rall@reutlingen.de]]>
Gesendet: Mittwoch, 6. November 2024 10:42
An: '[[P|Ivana Jurić]]' <[[E|ivana.juric85@gmx.de]]>
Cc: Grundsicherung <[[N|grundsicherung@reutlingen.de]]>
Betreff: AW: Unterlagen Grundsicherung Mama - [[AZ|50.2-GS-3318/24]]

Sehr geehrte Frau [[P|Jurić]],

vielen Dank für die Unterlagen. Die Kontoauszüge und der Rentenbescheid der Deutschen Rentenversicherung liegen jetzt
vor. Es fehlt noch der aktuelle Bescheid über die kroatische Rente (HZMO), am besten mit Übersetzung, sowie der
Mietvertrag bzw. die Mietbescheinigung des Vermieters.

Die neue Bankverbindung Ihrer Mutter haben wir im System hinterlegt, die Zahlung für Dezember geht bereits auf das
neue Konto.

Für Rückfragen erreichen Sie mich Di–Do vormittags unter [[T|07121 303-2473]].

Mit freundlichen Grüßen
i.A. [[P|Tobias Rall]]

Stadt Reutlingen | Sozialamt | Abt. Grundsicherung nach dem SGB XII
{RATHAUS.replace(chr(10), ' | ')}

-----Ursprüngliche Nachricht-----
Von: [[P|Ivana Jurić]] <[[E|ivana.juric85@gmx.de]]>
Gesendet: Montag, 4. November 2024 21:17
An: Grundsicherung <[[N|grundsicherung@reutlingen.de]]>
Betreff: Unterlagen Grundsicherung Mama - [[AZ|50.2-GS-3318/24]]

Hallo Herr [[P|Rall]],

anbei wie besprochen die Unterlagen für meine Mutter [[P|Mirjana Kovačević]] (geb. [[DOB|03.11.1949]]), sie wohnt
weiterhin [[A|Karlstraße 41]], [[A|72764 Reutlingen]], 2. OG.

Rentenversicherungsnr. ist [[SSN|{rv_002[:2]} {rv_002[2:8]} {rv_002[8]} {rv_002[9:]}]]

Die Mama hat jetzt ein neues Konto bei der Kreissparkasse weil die alte Bank die Filiale zu gemacht hat, bitte ab
sofort hier hin überweisen:
[[IBAN|{sp(iban_002)}]]
Kontoinhaberin [[P|Mirjana Kovačević]]

Das Konto in Kroatien ([[IBAN|{hr_iban_002}]]) hat sie noch, da kommt aber nur die kroatische Rente drauf, das
sind ca. 140 Euro im Monat. Den Bescheid von der HZMO such ich noch raus, der ist bei ihr irgendwo im Schrank...

Bei Fragen bitte lieber mich anrufen, die Mama versteht am Telefon nicht so gut deutsch: [[T|0176 48812093]]

Danke und viele Grüße
[[P|Ivana Jurić]]
""")

# F73-003 Verwarnungsgeld: Einspruch wegen Parken vor Dialysezentrum
D("outlook", "verwarnung_einspruch_parken", f"""
Von: [[P|Mehmet Öztürk]] <[[E|m.oeztuerk@t-online.de]]>
Gesendet: Freitag, 18. Oktober 2024 08:03
An: Bußgeldstelle <[[N|bussgeldstelle@reutlingen.de]]>
Betreff: Einspruch Verwarnung [[AZ|Kassenzeichen 5.2024.118.30417]]

Sehr geehrte Damen und Herren,

hiermit lege ich Einspruch ein gegen die Verwarnung vom 9.10.2024, Kassenzeichen [[AZ|5.2024.118.30417]], Fahrzeug
[[KFZ|RT-MÖ 482]].

Ich habe an diesem Tag meinen Vater ([[P|Ali Öztürk]]) zur Dialyse in das Nierenzentrum in der Steinachstraße
gebracht. Mein Vater kann nach der Dialyse nicht weit laufen und sitzt teilweise im Rollstuhl, deshalb habe ich für
ca. 20 min vor dem Eingang gehalten um ihn abzuholen. Ein Parkplatz war nicht frei, auch der Behindertenparkplatz war
belegt. Den Parkausweis für meinen Vater (blauer Ausweis) hatte ich leider im anderen Auto liegen lassen, das war mein
Fehler.

Ich bitte Sie, die Verwarnung zurück zu nehmen. Eine Kopie vom Schwerbehindertenausweis und die Bescheinigung vom
Dialysezentrum kann ich gerne schicken.

Mit freundlichen Grüßen
[[P|Mehmet Öztürk]]
[[A|Hoffmannstr. 7]]
[[A|72770 Reutlingen-Betzingen]]
Tel. [[T|0157 31 92 44 08]]
""", ["HEALTH"])

# F73-004 Jugendamt: Aktennotiz Hausbesuch nach § 8a SGB VIII
D("word", "kindeswohl_aktennotiz_hausbesuch", f"""
Stadt Reutlingen – Jugendamt
Allgemeiner Sozialer Dienst (ASD), Bezirk Nord

AKTENNOTIZ – vertraulich –

Az.: [[AZ|51.2-ASD-8a-2024/061]]
Familie: [[P|Yıldırım]]
Anschrift: [[A|Rommelsbacher Str. 96]], [[A|72760 Reutlingen]]
Datum des Hausbesuchs: 23.09.2024, 15.30–16.45 Uhr
Anwesend: [[P|Sabine Kächele]] (ASD), [[P|Jan Wörner]] (ASD), Kindsmutter [[P|Ayşe Yıldırım]] (geb. [[DOB|14.02.1990]]),
Kinder [[P|Elif]] (geb. [[DOB|07.05.2016]]) und [[P|Emir]] (geb. [[DOB|30.11.2020]])

Anlass:
Mitteilung der Kita Sonnenschein (Leitung Frau [[P|Renate Stöhr]]) vom 19.09.2024 nach § 8a Abs. 4 SGB VIII:
[[P|Emir]] sei seit ca. drei Wochen wiederholt mit derselben verschmutzten Kleidung und ohne Frühstück in die Kita
gekommen, zweimal sei er nicht abgeholt worden (Abholung dann durch Nachbarin Frau [[P|Hatice Demir]]).

Verlauf:
Frau [[P|Yıldırım]] öffnete nach zweimaligem Klingeln. Die Wohnung (3 Zimmer, 2. OG) war aufgeräumt, im Kühlschrank
ausreichend Lebensmittel. Frau [[P|Y.]] berichtete offen, dass sie seit dem Sommer unter einer Depression leide und
seit August bei [[P|Dr. Holger Frick]] (Psychiatrie, Reutlingen) in Behandlung sei; sie nehme seit 4 Wochen ein
Antidepressivum, morgens komme sie „nicht aus dem Bett“. Der Kindsvater [[P|Hakan Yıldırım]] halte sich seit Juli
bei seiner erkrankten Mutter in Kayseri auf, Rückkehr unklar. Telefonisch sei er erreichbar ([[T|+90 532 417 26 83]]).

[[P|Elif]] (3. Klasse) wirkte altersentsprechend, erzählte von der Schule, übernimmt aber erkennbar viele Aufgaben
im Haushalt. [[P|Emir]] spielte ruhig, Kontakt zur Mutter zugewandt.

Einschätzung:
Derzeit keine akute Kindeswohlgefährdung. Es besteht jedoch ein deutlicher Unterstützungsbedarf (Überforderung der
Mutter infolge Erkrankung, Parentifizierung [[P|Elif]]).

Vereinbarungen:
1. Frau [[P|Yıldırım]] stimmt einer Sozialpädagogischen Familienhilfe (§ 31 SGB VIII) zu, Antrag wurde vor Ort
   unterschrieben.
2. Schweigepflichtentbindung gegenüber [[P|Dr. Frick]] und der Kita liegt vor.
3. Nachbarin Frau [[P|Demir]] ist als Notfallkontakt für die Kita benannt (Tel. [[T|07121 2 38 51]]).
4. Erneuter Kontakt/Hausbesuch in 14 Tagen, Fallbesprechung im Team am 01.10.2024.

Handy Frau [[P|Yıldırım]]: [[T|0152/22871904]]

gez. [[P|S. Kächele]]            gez. [[P|J. Wörner]]
""", ["HEALTH"])

# F73-005 Baurecht: Nachforderung Unterlagen an Architekten
D("outlook", "bauantrag_nachforderung", f"""
Von: [[P|Gekeler, Markus]] <[[E|markus.gekeler@reutlingen.de]]>
Gesendet: Dienstag, 12. November 2024 14:26
An: [[E|g.papadakis@arch-papadakis.de]]
Betreff: Bauantrag [[AZ|BG-2024-0588]] – Neubau Zweifamilienhaus mit Doppelgarage, Flst. 2317/4, Gmk. Sondelfingen

Sehr geehrter Herr [[P|Papadakis]],

zum o.g. Bauantrag Ihrer Bauherren [[P|Dimitrios Karagiannis]] und [[P|Eleni Karagianni]] (Baugrundstück
[[A|Im Gaisbühl 12]], [[A|72766 Reutlingen]]) fehlen für die Vollständigkeitsprüfung nach § 54 LBO noch folgende
Unterlagen:

- Standsicherheitsnachweis bzw. Erklärung des Tragwerksplaners (Vordruck Anlage 1 zur LBOVVO)
- Stellplatznachweis: Nachweis des 3. Stellplatzes fehlt, die Doppelgarage wird in der Berechnung zweimal gezählt
- Entwässerungsplan mit Angabe der Höhen (Kanal ist Mischsystem)
- Abstandsflächenplan – die Abstandsfläche zur östlichen Grenze (Flst. 2317/5) liegt nach meiner Messung teilweise
  auf dem Nachbargrundstück; bitte entweder Baulast oder Umplanung

Die Angrenzerbenachrichtigung ist bereits erfolgt. Ich bitte um Nachreichung bis 13.12.2024, andernfalls gilt der
Antrag nach § 54 Abs. 1 Satz 3 LBO als zurückgenommen.

Freundliche Grüße

[[P|Markus Gekeler]]
Baurechtsamt – Abt. Bauordnung
Stadt Reutlingen
Tel. [[T|07121 303-5234]]
Fax [[N|07121 303-5299]]

Sprechzeiten Baurechtsamt: Mo–Fr 8–12 Uhr und nach Vereinbarung

-----Ursprüngliche Nachricht-----
Von: [[P|Georgios Papadakis]] <[[E|g.papadakis@arch-papadakis.de]]>
Gesendet: Freitag, 8. November 2024 17:55
An: Baurechtsamt <[[N|baurechtsamt@reutlingen.de]]>
Betreff: Sachstand Bauantrag [[P|Karagiannis]], Im Gaisbühl

Guten Tag,

können Sie mir kurz den Sachstand zum Bauantrag [[P|Karagiannis]] mitteilen? Eingereicht am 19.09., bisher keine
Eingangsbestätigung. Meine Bauherren wollen im Frühjahr anfangen.

Danke und Gruß
[[P|G. Papadakis]]

Architekturbüro [[P|Papadakis]]
Dipl.-Ing. (FH) Freier Architekt
[[N|Metzgerstraße 28]]
[[N|72764 Reutlingen]]
Tel. [[N|07121 9 47 21-0]] · mobil [[T|0171 6234581]]
""")

# F73-006 Interne Weiterleitung: Fallliste Grundsicherung zur Urlaubsvertretung
D("outlook", "fw_fallliste_vertretung", f"""
Von: [[P|Schwarz, Ute]] <[[E|ute.schwarz@reutlingen.de]]>
Gesendet: Donnerstag, 19. Dezember 2024 16:12
An: [[P|Rall, Tobias]] <[[E|tobias.rall@reutlingen.de]]>
Cc: [[P|Bühler, Martina]] <[[E|martina.buehler@reutlingen.de]]>
Betreff: WG: Vertretung [[P|Hummel]] 23.12.–03.01. – offene Fälle

Hallo [[P|Tobias]],

anbei die Liste von [[P|Jürgen]], bitte schau dir v.a. die beiden rot markierten an, da laufen Fristen. Bei [[P|Greco]]
kümmert sich [[P|Martina]] (Hilfe zur Pflege), den kannst du ignorieren.

Danke & schöne Feiertage
[[P|Ute]]

-----Ursprüngliche Nachricht-----
Von: [[P|Hummel, Jürgen]] <[[E|juergen.hummel@reutlingen.de]]>
Gesendet: Donnerstag, 19. Dezember 2024 11:48
An: [[P|Schwarz, Ute]] <[[E|ute.schwarz@reutlingen.de]]>
Betreff: Vertretung [[P|Hummel]] 23.12.–03.01. – offene Fälle

Hallo [[P|Ute]],

hier meine offenen Sachen für die Vertretung (Stand heute):

Az.\tName\tgeb.\tWas ist offen\tFrist
[[AZ|50.2-GS-2741/23]]\t[[P|Papadopoulos, Athanasia]]\t[[DOB|17.08.1951]]\tWeiterbewilligung, Kontoauszüge fehlen\t31.12.
[[AZ|50.2-GS-2902/24]]\t[[P|Stan, Gheorghe]]\t[[DOB|02.04.1958]]\tvoll erwerbsgemindert (DRV-Gutachten), Bescheid schreiben\t27.12. !!
[[AZ|50.2-GS-3011/24]]\t[[P|Greco, Concetta]]\t[[DOB|29.01.1938]]\tPflegeheim, Übergang HzP\t–
[[AZ|50.2-GS-3120/24]]\t[[P|Babić, Zdravko]]\t[[DOB|11.12.1961]]\tKH-Aufenthalt seit 2.12., Miete Jan. direkt an Vermieter?\t30.12. !!
[[AZ|50.2-GS-3187/24]]\t[[P|Kaya, Fadime]]\t[[DOB|05.06.1955]]\tNebenkostenabrechnung prüfen\t–

Zu [[P|Babić]]: der Vermieter (Herr [[P|Wolfgang Stooß]], [[T|07121 49 38 11]]) hat angerufen, er will die Miete für
Januar direkt bekommen. Abtretungserklärung liegt in der Akte, Bl. 84.
Zu [[P|Stan]]: Gutachten ist da (volle EM auf Dauer), Bescheid kann raus, Entwurf liegt im Ordner „Entwürfe“.

Meine Vertretung im Notfall übers Handy geht nicht, bin in Kroatien ;-)

Gruß
[[P|Jürgen]]
""", ["HEALTH"])

# F73-007 Anhörungsbogen Ordnungswidrigkeit (Halteranhörung)
D("word", "anhoerung_ordnungswidrigkeit", f"""
Stadt Reutlingen · Ordnungsamt · Bußgeldstelle
{RATHAUS}

Herrn
[[P|Florin Stan]]
[[A|Wörthstraße 63]]
[[A|72764 Reutlingen]]

Aktenzeichen: [[AZ|OWI 24-0611783]]
Bitte bei Rückfragen und Zahlungen stets angeben!

Anhörung im Bußgeldverfahren – Anhörungsbogen für Betroffene

Sehr geehrter Herr [[P|Stan]],

Ihnen wird vorgeworfen, als Führer des Pkw
amtl. Kennzeichen: [[KFZ|RT FS 719]]
Fahrzeugart/Marke: Pkw, Dacia
am 27.08.2024 um 11:42 Uhr in Reutlingen, Gartenstraße Höhe Hausnr. 30,
folgende Ordnungswidrigkeit begangen zu haben:

Sie parkten verbotswidrig auf einem Schwerbehinderten-Parkplatz ohne entsprechenden Parkausweis.
§ 12 Abs. 1, § 49 StVO; § 24 StVG; 62.1 BKat
Beweismittel: Zeugin [[P|Carina Haug]] (Gemeindlicher Vollzugsdienst), Fotos

Es ist beabsichtigt, gegen Sie ein Bußgeld in Höhe von 55,00 EUR festzusetzen.

Angaben zur Person (Pflichtangaben gem. § 111 OWiG):
Name, Vorname: [[P|Stan, Florin]]
Geburtsname: [[P|Stan]]
Geburtsdatum: [[DOB|19.10.1987]]     Geburtsort: Bacău (Rumänien)
Anschrift: [[A|Wörthstraße 63]], [[A|72764 Reutlingen]]

Angaben zur Sache (freiwillig):
[ ] Ich gebe den Verstoß zu.
[ ] Ich war nicht Fahrer/in. Fahrer/in war: _______________________
[ ] Ich äußere mich nicht.

Sie können sich auch online äußern: www.reutlingen.de/anhoerung (Zugangscode: 7HQ4-P2MX)

Mit freundlichen Grüßen
Im Auftrag
[[P|D. Rapp]]
Bußgeldstelle · Tel. [[N|07121 303-2800]] · Servicezeiten Mo–Fr 8–12 Uhr
""")

# F73-008 Gewerbeanmeldung Imbiss, Rückfrage mit Antwort
tnr_008 = tnr_bw()
vat_008 = ids.vat_id()
pass_008 = "U" + ids.digits(8, True)
eat_008 = ids.id_card()
D("outlook", "gewerbeanmeldung_imbiss", f"""
Von: Gewerbeamt <[[N|gewerbeamt@reutlingen.de]]>
Gesendet: Montag, 25. November 2024 09:31
An: [[P|Hüseyin Arslan]] <[[E|huseyin.arslan1979@hotmail.com]]>
Betreff: AW: Gewerbeanmeldung [[P|Arslan]] Grill & Pizza

Sehr geehrter Herr [[P|Arslan]],

vielen Dank für Ihre Gewerbeanmeldung. Für die Bearbeitung benötigen wir noch:

1. Kopie Ihres gültigen Aufenthaltstitels (Vorder- und Rückseite), aus dem die Erlaubnis zur selbständigen
   Tätigkeit hervorgeht. Die Passkopie allein reicht leider nicht.
2. Gaststättenrechtlich: Da Sie keinen Alkohol ausschenken, ist keine Erlaubnis nach dem Gaststättengesetz nötig.
   Bitte bestätigen Sie das kurz schriftlich.
3. Nachweis über die Belehrung nach § 43 Infektionsschutzgesetz (Gesundheitsamt).

Ihre Anmeldung hat bei uns die Vorgangsnummer [[AZ|GA-2024-04712]].

Mit freundlichen Grüßen
[[P|Petra Mayer-Lutz]]
Stadt Reutlingen, Ordnungsamt – Gewerbeangelegenheiten
Tel. [[T|07121 303-2644]]

-----Ursprüngliche Nachricht-----
Von: [[P|Hüseyin Arslan]] <[[E|huseyin.arslan1979@hotmail.com]]>
Gesendet: Freitag, 22. November 2024 22:48
An: Gewerbeamt <[[N|gewerbeamt@reutlingen.de]]>
Betreff: Gewerbeanmeldung [[P|Arslan]] Grill & Pizza

Sehr geehrte Damen und Herren

ich möchte zum 1.1.2025 einen Imbiss eröffnen (Döner, Pizza, Getränke ohne Alkohol). Das Formular habe ich
ausgefüllt im Anhang.

Name Betrieb: [[P|Arslan]] Grill & Pizza
Betriebsstätte: [[N|Albstraße 54]], [[N|72764 Reutlingen]] (früher Bäckerei)
Inhaber: [[P|Hüseyin Arslan]], geb. [[DOB|08.03.1979]] in Sivas
Wohnung: [[A|Burgstr. 17]], [[A|72555 Metzingen]]
Steuernummer (vom Finanzamt Reutlingen): [[TNR|{tnr_008}]]
USt-IdNr. [[VAT|{vat_008}]] (hatte ich schon von meinem früheren Betrieb)
Reisepass Türkei Nr. [[PASS|{pass_008}]]
Aufenthaltserlaubnis Karten-Nr. [[IDC|{eat_008}]]

Ich bin 12 Jahre als Koch gearbeitet, in Stuttgart und Metzingen. Handy [[T|0162 9 03 77 41]]

Mit freundlichen Grüße
[[P|H. Arslan]]
""")

# F73-009 Kita-Gebühren: Antrag auf Ermäßigung, griechische Familie
iban_009 = ids.iban_de()
D("outlook", "kita_gebuehren_ermaessigung", f"""
Von: [[P|Sofia Anagnostou]] <[[E|sofia.anagnostou@web.de]]>
Gesendet: Sonntag, 15. September 2024 20:06
An: Kita-Gebühren <[[N|kitagebuehren@reutlingen.de]]>
Betreff: Ermäßigung Kitagebühr [[P|Maria]] / Kd-Nr. [[AZ|KG 104772]]

Hallo liebes Team,

ich wollte fragen ob wir für unsere Tochter [[P|Maria Anagnostou]] (geb. [[DOB|12.04.2021]], Kita Ringelbach, Gruppe
Igel) eine Ermäßigung bekommen können. Mein Mann [[P|Christos]] hat seit August nur noch Kurzarbeit und wir haben seit
Juni den Landesfamilienpass weil wir jetzt 3 Kinder haben ([[P|Nikos]] ist im Mai geboren).

Unsere Kundennummer ist [[AZ|KG 104772]], die Adresse ist [[A|Ringelbachstr. 165]], [[A|72762 Reutlingen]].

Die Gehaltsabrechnungen von Juli und August und den Familienpass hab ich eingescannt (Anhang). Brauchen Sie noch
was? Den Einkommensteuerbescheid von 2023 haben wir noch nicht.

Noch was: wir haben die Bank gewechselt, bitte das Lastschrift-Mandat auf das neue Konto umstellen:
IBAN: [[IBAN|{iban_009}]]
Kontoinhaber: [[P|Christos Anagnostou]]
(ich schick das neue SEPA-Formular unterschrieben mit Post)

Sie erreichen mich am besten nachmittags unter [[T|0176-53098214]].

Vielen Dank und liebe Grüße
[[P|Sofia Anagnostou]]

Von meinem iPhone gesendet
""")

# F73-010 Ordnungsamt: Vermerk Notunterbringung nach Räumung
ro_id_010a = "RX " + ids.digits(6, True)
ro_id_010b = "RX " + ids.digits(6, True)
ro_pass_010 = "0" + ids.digits(7, True)
D("word", "vermerk_obdachlosenunterbringung", f"""
Ordnungsamt – Sachgebiet Obdachlosenangelegenheiten
Az.: [[AZ|32.4-OU-2024-117]]

VERMERK

Betreff: Einweisung in eine Obdachlosenunterkunft nach §§ 1, 3 PolG BW
Räumung der Wohnung [[A|Lindachstraße 9]], [[A|72764 Reutlingen]] am 05.11.2024 (Gerichtsvollzieher)

Betroffene Personen:
1. [[P|Munteanu, Elena]], geb. [[DOB|21.03.1991]], rum. Staatsangehörige, Personalausweis RO Nr. [[IDC|{ro_id_010a}]]
2. [[P|Munteanu, Ionuț-Cristian]], geb. [[DOB|09.01.1988]], rum. StA, Personalausweis RO Nr. [[IDC|{ro_id_010b}]]
3. [[P|Munteanu, Andreea]], geb. [[DOB|17.07.2012]]
4. [[P|Munteanu, David]], geb. [[DOB|28.02.2015]]
5. [[P|Munteanu, Sara]], geb. [[DOB|03.10.2022]], Reisepass RO Nr. [[PASS|{ro_pass_010}]] (noch kein Ausweis)

Sachverhalt:
Die Familie sprach am 05.11.2024 gegen 13 Uhr ohne Termin im Bürgerbüro vor. Nach Angaben von Herrn [[P|Munteanu]]
wurde die Wohnung wegen Mietrückständen (ca. 4.300 €) geräumt; Räumungsurteil des AG Reutlingen liegt vor.
Eine Unterbringung bei Verwandten ist nicht möglich (Bruder [[P|Vasile Munteanu]] wohnt in Metzingen in
einer 2-Zimmer-Wohnung). Die Familie ist damit unfreiwillig obdachlos; eine Gefahr für die öffentliche Sicherheit
liegt vor, insbesondere wegen der drei minderjährigen Kinder.

Maßnahme:
Einweisung in die städtische Unterkunft [[N|Schieferstraße 30]], Wohnung 4 (2 Zimmer, Gemeinschaftsbad), zunächst
befristet bis 31.01.2025. Benutzungsgebühr nach Satzung: 14,20 € pro Person und Tag. Schlüsselübergabe durch
Hausmeister Herrn [[P|Bulut]] um 16 Uhr.

Weitere Veranlassungen:
- Info an Jugendamt ASD (Frau [[P|Kächele]]) wegen der Kinder – erledigt per Mail 05.11.
- Antrag auf Bürgergeld beim Jobcenter ist laut Herrn [[P|Munteanu]] gestellt, BG-Nummer liegt noch nicht vor.
- Möbel und Hausrat wurden vom GV eingelagert (Spedition), Kosten trägt die Familie.
- Schulen der Kinder (GMS Römerschanze, GS Hohbuch) sind informiert, [[P|Andreea]] und [[P|David]] können dort bleiben.

Erreichbarkeit: Frau [[P|Munteanu]] [[T|0152 19 46 30 72]], Herr [[P|Munteanu]] [[T|+40 745 118 903]] (rum. Nummer)

Reutlingen, 05.11.2024
[[P|Kerstin Gaiser]]
""")

# F73-011 Grundsicherung: Rückforderung wegen italienischer Rente, Bitte um Ratenzahlung
D("outlook", "rueckforderung_ratenzahlung", f"""
Von: [[P|Vincenzo Lombardo]] <[[E|vincenzolombardo@libero.it]]>
Gesendet: Donnerstag, 28. November 2024 11:20
An: [[P|Hummel, Jürgen]] <[[E|juergen.hummel@reutlingen.de]]>
Betreff: R: Rückforderung Grundsicherung [[AZ|50.2-GS-1977/22]]

Sehr geehrter Herr [[P|Hummel]]

ich habe Ihre Brief bekommen wegen die 2.316,40 Euro. Das ich die Rente aus Italien (INPS) nicht gesagt habe war
kein Absicht, ich habe gedacht das weiß das Amt schon weil die Rentenversicherung in Deutschland das weiß. Meine Frau
[[P|Rosa]] ist seit Sommer krank und wir haben viel Kosten.

Ich kann nicht alles auf einmal zahlen. Geht das monatlich 50 Euro?

Bitte rufen Sie meine Tochter an, sie spricht besser Deutsch: [[P|Francesca Lombardo]] [[T|0173 2 84 51 96]]

Mit freundliche Grüße
[[P|Vincenzo Lombardo]]
[[A|Ulrichstr. 22]]
[[A|72764 Reutlingen]]

--- Messaggio originale ---
Da: [[P|Hummel, Jürgen]] <[[E|juergen.hummel@reutlingen.de]]>
Data: 21/11/2024 15:02
A: [[E|vincenzolombardo@libero.it]]
Oggetto: Rückforderung Grundsicherung [[AZ|50.2-GS-1977/22]]

Sehr geehrter Herr [[P|Lombardo]],

wie im beigefügten Bescheid vom heutigen Tag ausgeführt, wurde Ihnen in der Zeit vom 01.01.2023 bis 31.10.2024
Grundsicherung im Alter in Höhe von 2.316,40 € zu viel gezahlt, da Ihre italienische Altersrente (INPS) nicht als
Einkommen berücksichtigt wurde.

Bitte überweisen Sie den Betrag bis 20.12.2024 auf das Konto der Stadtkasse Reutlingen:
IBAN [[N|{STADT_IBAN}]], BIC SOLADES1REU
Verwendungszweck: Kassenzeichen [[AZ|6.5021.004812.9]]

Wenn Ihnen die Zahlung in einer Summe nicht möglich ist, können Sie eine Ratenzahlung beantragen. Bitte teilen Sie
uns dann Ihre aktuellen Einkommens- und Ausgabenverhältnisse mit.

Mit freundlichen Grüßen
[[P|Jürgen Hummel]]
Sozialamt, Grundsicherung
Tel. [[T|07121 303-2478]]
""", ["HEALTH"])

# F73-012 Dolmetscheranfrage Kroatisch, Antwort mit Honorardaten
iban_012 = ids.iban_de()
tnr_012 = tnr_bw()
D("outlook", "dolmetscher_anfrage", f"""
Von: [[P|Nada Perić]] <[[E|nada.peric@dolmetschen-peric.de]]>
Gesendet: Dienstag, 3. Dezember 2024 07:58
An: [[P|Bühler, Martina]] <[[E|martina.buehler@reutlingen.de]]>
Betreff: AW: Dolmetschtermin Kroatisch 10.12., 9:00 Uhr

Guten Morgen Frau [[P|Bühler]],

den Termin am 10.12. um 9 Uhr bei Ihnen im Rathaus kann ich übernehmen. Für die Abrechnung wie immer nach JVEG;
meine Daten, falls Sie sie neu anlegen müssen:

[[P|Nada Perić]], öffentlich bestellte und allgemein beeidigte Dolmetscherin für Kroatisch/Serbisch/Bosnisch
[[A|Hohenzollernstraße 31]], [[A|72762 Reutlingen]]
StNr. [[TNR|{tnr_012}]]
IBAN [[IBAN|{group(iban_012, 4)}]] (Volksbank)

Viele Grüße
[[P|Nada Perić]]
mobil [[T|+49 160 9418 2270]]

________________________________
Von: [[P|Bühler, Martina]] <[[E|martina.buehler@reutlingen.de]]>
Gesendet: Montag, 2. Dezember 2024 16:40
An: [[E|nada.peric@dolmetschen-peric.de]]
Betreff: Dolmetschtermin Kroatisch 10.12., 9:00 Uhr

Hallo Frau [[P|Perić]],

hätten Sie am Dienstag, 10.12., ab 9 Uhr Zeit für ein Gespräch im Sozialamt (ca. 1,5 Std.)? Es geht um die
Bedarfsermittlung (ICF-basiert) für Frau [[P|Ankica Horvat]], [[AZ|50.3-EGH-2024-0502]]. Frau [[P|Horvat]] hat eine
Multiple Sklerose mit zunehmender Gehbehinderung und beantragt Assistenzleistungen im eigenen Wohnraum. Ihr Sohn
kommt evtl. mit, er spricht aber nur wenig Deutsch.

Treffpunkt Eingang Sozialamt, Zimmer 2.14.

Viele Grüße
[[P|Martina Bühler]]
Stadt Reutlingen · Sozialamt · Eingliederungshilfe
Tel. [[T|07121 303-2461]]
""", ["HEALTH"])

# F73-013 Unterhaltsvorschuss: Anforderung fehlender Unterlagen, Vater in Italien
cf_013 = codice_fiscale("GLLSVT79B14G273")
D("word", "unterhaltsvorschuss_nachforderung", f"""
Stadt Reutlingen · Jugendamt · Unterhaltsvorschusskasse
{RATHAUS}

Frau
[[P|Giuseppina Lo Cascio]]
[[A|Charlottenstr. 88/1]]
[[A|72764 Reutlingen]]

Ihr Antrag vom: 04.09.2024
Aktenzeichen: [[AZ|UV 51.4-2024/0873]]
Ansprechpartner: Herr [[P|Tim Bazlen]], Zimmer 3.07
Telefon: [[T|07121 303-3172]]
E-Mail: [[E|tim.bazlen@reutlingen.de]]

Reutlingen, 24.09.2024

Antrag auf Leistungen nach dem Unterhaltsvorschussgesetz (UVG)
für [[P|Matteo Lo Cascio]], geb. [[DOB|05.02.2019]]

Sehr geehrte Frau [[P|Lo Cascio]],

wir haben Ihren Antrag erhalten. Um über den Anspruch entscheiden zu können, benötigen wir noch folgende Angaben und
Unterlagen:

1. Geburtsurkunde des Kindes (Kopie) bzw. Vaterschaftsanerkennung
2. Angaben zum anderen Elternteil: Sie haben angegeben
   Name: [[P|Salvatore Gallo]]
   geb.: [[DOB|14.02.1979]] in Palermo
   Codice fiscale: [[TID|{cf_013}]]
   letzte bekannte Anschrift: [[A|Via Giacomo Leopardi 47]], [[A|90144 Palermo]], Italien
   Bitte teilen Sie uns mit, ob Herr [[P|Gallo]] seit der Trennung Unterhalt gezahlt hat und ob ein Unterhaltstitel
   (Urteil, Jugendamtsurkunde, italienischer Beschluss) existiert.
3. Nachweis über den Bezug von Kindergeld (Familienkasse)
4. Erklärung, dass Sie mit dem Vater nicht zusammenleben (Vordruck liegt bei)

Bitte beachten Sie: Der Unterhaltsanspruch des Kindes gegen den Vater geht in Höhe der Leistungen auf das Land über
(§ 7 UVG). Wir werden Herrn [[P|Gallo]] daher zur Zahlung auffordern; die Geltendmachung im Ausland erfolgt über das
Bundesamt für Justiz.

Bitte reichen Sie die Unterlagen bis zum 15.10.2024 ein. Ohne die Angaben können wir nicht entscheiden (§ 60 SGB I).

Mit freundlichen Grüßen
Im Auftrag

[[P|Tim Bazlen]]
""")

# F73-014 Sondernutzung Außenbewirtung Taverne
D("outlook", "sondernutzung_aussenbewirtung", f"""
Von: Tiefbauamt Sondernutzungen <[[N|sondernutzung@reutlingen.de]]>
Gesendet: Mittwoch, 19. Februar 2025 13:05
An: [[E|d.mylonas@gmail.com]]
Betreff: AW: Terrasse Taverna [[P|Mylonas]] Saison 2025 – [[AZ|SN-2025-0094]]

Sehr geehrter Herr [[P|Mylonas]],

Ihr Antrag auf Sondernutzungserlaubnis für die Außenbewirtung ist unter dem Az. [[AZ|SN-2025-0094]] eingegangen.
Bewilligt werden können wie im Vorjahr 8 Tische / 32 Sitzplätze auf einer Fläche von 24 m² vor dem Gebäude
[[N|Wilhelmstraße 112]]. Die beantragte Erweiterung um die Fläche vor dem Nachbargebäude (Optik [[P|Renz]]) setzt die
schriftliche Zustimmung des Nachbarn voraus.

Gebühr Saison 01.03.–31.10.2025: 24 m² × 3,10 € × 8 Monate = 595,20 €. Der Bescheid folgt mit gesonderter Post.

Bitte beachten Sie, dass die Durchgangsbreite von 1,50 m für Rollstühle und Kinderwagen freizuhalten ist.

Mit freundlichen Grüßen
[[P|Sandra Hipp]]
Tiefbauamt – Straßenverwaltung, Sondernutzungen
Tel. [[T|07121 303-4187]]

-----Ursprüngliche Nachricht-----
Von: [[P|Dimitrios Mylonas]] <[[E|d.mylonas@gmail.com]]>
Gesendet: Montag, 17. Februar 2025 23:41
An: [[N|sondernutzung@reutlingen.de]]
Betreff: Terrasse Taverna [[P|Mylonas]] Saison 2025

Guten Abend,

wie jedes Jahr möchte ich die Terrasse vor meinem Restaurant beantragen, ab 1. März bis Ende Oktober. Dieses Jahr
wenn möglich auch 3 Tische mehr vor dem Optiker nebenan, Herr [[P|Renz]] hat mündlich gesagt das ist ok.

Taverna [[P|Mylonas]]
Inhaber [[P|Dimitrios Mylonas]]
[[N|Wilhelmstraße 112]], [[N|72764 Reutlingen]]
Tel. Restaurant [[N|07121 33 98 40]], Handy [[T|0170 5 21 88 63]]

Danke, Grüße
[[P|Dimitris]]
""")

# F73-015 Lärmbeschwerde eines Anwohners (informell, Tippfehler)
D("outlook", "beschwerde_laerm_parken", f"""
Von: [[P|Gerhard Bazlen]] <[[E|gerhard.bazlen@gmx.net]]>
Gesendet: Samstag, 31. August 2024 23:54
An: Ordnungsamt <[[N|ordnungsamt@reutlingen.de]]>
Betreff: SCHON WIEDER!!! Lärm und Falschparker Gutenbergstraße

Sehr geehrte Damen und herren,

ich hab mich schon im Juni beschwert (Ihr Zeichen war [[AZ|32.1-B-2024-0388]]) aber es ist nix passiert. Heute
schon wieder seit 20 Uhr Party im Hinterhof von [[A|Gutenbergstraße 19]], Musik bis jetzt (fast 24 Uhr!!!) und
die Gäste parken alles zu. Der weisse Transporter vom Nachbarn Herr [[P|Stooß]] ([[KFZ|RT-JS 1107]]) steht seit 3
Tagen halb auf dem Gehweg, mit Kinderwagen kommt man da nichtmehr vorbei, und heute noch ein schwarzer Audi
[[KFZ|TÜ-AK 990]] direkt vor meiner Einfahrt.

Die Polizei sagt das ist Sache vom Ordnungsamt, das Ordnungsamt ist am Wochenende nicht erreichbar. Super.

Ich erwarte das Sie da endlich mal was machen, Bußgeld oder was auch immer.

[[P|Gerhard Bazlen]]
[[A|Gutenbergstraße 21]]
[[A|72764 Reutlingen]]
Tel [[T|07121/27 04 36]]
""")

# F73-016 Hilfeplanprotokoll (Hilfe zur Erziehung)
D("word", "hilfeplan_protokoll", f"""
Stadt Reutlingen – Jugendamt
Hilfeplan nach § 36 SGB VIII – Fortschreibung

Az.: [[AZ|51.2-HzE-2023/0214]]
Junger Mensch: [[P|Can Çelik]], geb. [[DOB|16.08.2011]]
Anschrift: [[A|Paul-Pfizer-Str. 40]], [[A|72764 Reutlingen]] (bei der Mutter)
Personensorgeberechtigt: Mutter [[P|Derya Çelik]] (allein, Beschluss AG Reutlingen 2019)
Hilfeart: Tagesgruppe (§ 32 SGB VIII), seit 01.03.2023
Einrichtung: Tagesgruppe Orschel-Hagen, Bruderhaus Diakonie

Hilfeplangespräch am 20.11.2024, 14.00 Uhr, in der Tagesgruppe
Teilnehmende:
- [[P|Can Çelik]]
- [[P|Derya Çelik]], Mutter
- [[P|Jan Wörner]], Jugendamt ASD (fallführend)
- [[P|Lea Pfeiffer]], Bezugserzieherin Tagesgruppe
- [[P|Thomas Ayaz]], Schulsozialarbeit Gemeinschaftsschule
entschuldigt: Kindsvater [[P|Serkan Çelik]] (wohnt in Gelsenkirchen, telefonisch vorab informiert)

1. Entwicklung seit dem letzten Hilfeplan
[[P|Can]] hat sich in der Gruppe gut eingelebt. Die ADHS-Diagnose (Kinder- und Jugendpsychiatrie Tübingen, 2022) ist
bekannt; seit Mai 2024 ist [[P|Can]] auf Medikinet eingestellt, die Einnahme klappt laut Mutter zuverlässig.
Konzentration bei den Hausaufgaben deutlich besser, Konflikte mit Gleichaltrigen haben abgenommen.
In der Schule (Klasse 7) zwei Einträge wegen Störungen, keine Schulverweise mehr.

2. Sicht der Beteiligten
[[P|Can]]: „Mir gefällt es in der Gruppe, aber ich will auch mal mit meinen Freunden Fußball spielen.“
Mutter: Entlastung spürbar, wünscht sich Unterstützung bei der Suche nach einem Verein und bei Elterngesprächen.

3. Ziele bis zum nächsten Hilfeplan
- [[P|Can]] erledigt seine Hausaufgaben an 4 von 5 Tagen selbständig.
- Anmeldung im Fußballverein (TSG Reutlingen), Begleitung durch Frau [[P|Pfeiffer]] beim Probetraining.
- Reduzierung der Tagesgruppe auf 3 Tage/Woche ab Februar prüfen.

4. Nächster Hilfeplan: Mai 2025

Kontakt Mutter: [[T|0176 / 20 93 47 15]], [[E|derya.celik@outlook.de]]

Reutlingen, 22.11.2024
[[P|J. Wörner]], Sozialarbeiter B.A.
""", ["HEALTH"])

# F73-017 Klärung Krankenversicherung mit der AOK
kv_017 = ids.health_insurance()
rv_017 = ids.social_security("250347", "T")
D("outlook", "krankenversicherung_klaerung", f"""
Von: [[P|Kübra Aydın]] <[[E|kuebra.aydin@bw.aok.de]]>
Gesendet: Freitag, 10. Januar 2025 10:17
An: [[P|Rall, Tobias]] <[[E|tobias.rall@reutlingen.de]]>
Betreff: AW: Versicherungsstatus Herr [[P|Georgios Tsakiris]]

Hallo Herr [[P|Rall]],

Herr [[P|Tsakiris]] ist bei uns durchgehend seit 01.04.2012 in der KVdR pflichtversichert, Versichertennummer
[[KV|{kv_017}]]. Eine Lücke gibt es nicht. Die Rechnung des Klinikums am Steinenberg für den stationären Aufenthalt
im Dezember (Oberschenkelhalsfraktur, anschl. Reha) läuft über uns; bitte leiten Sie die Rechnung an uns weiter,
falls sie bei Ihnen gelandet ist.

Freundliche Grüße
[[P|Kübra Aydın]]
AOK Baden-Württemberg – KundenCenter Reutlingen
Tel. [[T|07121 3 03 81-412]]

-----Ursprüngliche Nachricht-----
Von: [[P|Rall, Tobias]] <[[E|tobias.rall@reutlingen.de]]>
Gesendet: Mittwoch, 8. Januar 2025 15:30
An: AOK KundenCenter Reutlingen <[[N|kc-reutlingen@bw.aok.de]]>
Betreff: Versicherungsstatus Herr [[P|Georgios Tsakiris]]

Sehr geehrte Damen und Herren,

wir bitten um Bestätigung des Versicherungsstatus für unseren Leistungsempfänger
Herrn [[P|Georgios Tsakiris]], geb. [[DOB|25.03.1947]],
wohnhaft [[A|Am Heilbrunnen 74]], [[A|72766 Reutlingen]],
RV-Nr. [[SSN|{rv_017}]]
Az. Sozialamt: [[AZ|50.2-GS-2688/23]]

Uns liegt eine Rechnung des Klinikums über 8.412,63 € vor, adressiert an Herrn [[P|Tsakiris]]. Nach unseren
Unterlagen ist er bei Ihnen versichert; eine Schweigepflichtentbindung liegt vor.

Mit freundlichen Grüßen
[[P|Tobias Rall]]
Stadt Reutlingen – Sozialamt
Tel. [[T|07121 303-2473]]
""", ["HEALTH"])

# F73-018 Sozialbestattung: Sohn aus Griechenland, orthodoxe Beerdigung
gr_iban_018 = iban_gr()
gr_pass_018 = "A" + ids.rng.choice("EKNPT") + ids.digits(7, True)
D("outlook", "bestattungskosten_74_sgbxii", f"""
Von: Sozialamt Bestattungen <[[N|bestattungen.sozialamt@reutlingen.de]]>
Gesendet: Dienstag, 4. März 2025 11:08
An: [[E|nkarras@otenet.gr]]
Betreff: AW: Beerdigung meines Vaters [[P|Konstantinos Karras]] – [[AZ|50.1-BK-2025-007]]

Sehr geehrter Herr [[P|Karras]],

mein herzliches Beileid zum Tod Ihres Vaters. Ihren Antrag auf Übernahme der Bestattungskosten nach § 74 SGB XII
haben wir unter dem o.g. Aktenzeichen erfasst.

Zu Ihren Fragen:
- Die Kosten einer Beisetzung nach griechisch-orthodoxem Ritus (Trauergottesdienst durch den Priester der
  griechisch-orthodoxen Gemeinde) können im Rahmen der ortsüblichen Kosten berücksichtigt werden, soweit sie
  angemessen sind. Bitte lassen Sie uns den Kostenvoranschlag des Bestattungsinstituts zukommen.
- Eine Überführung nach Griechenland ist nicht „erforderlich“ im Sinne des § 74 SGB XII und kann leider nicht
  übernommen werden.
- Da Sie als Sohn bestattungspflichtig sind, müssen wir auch Ihr Einkommen und Vermögen prüfen. Bitte füllen Sie den
  beigefügten Vordruck aus und legen eine Kopie Ihres Reisepasses bei.

Mit freundlichen Grüßen
[[P|Heike Wagenblast]]
Stadt Reutlingen, Sozialamt
Tel. [[T|07121 303-2455]]

-----Ursprüngliche Nachricht-----
Von: [[P|Nikolaos Karras]] <[[E|nkarras@otenet.gr]]>
Gesendet: Samstag, 1. März 2025 19:32
An: [[N|bestattungen.sozialamt@reutlingen.de]]
Betreff: Beerdigung meines Vaters [[P|Konstantinos Karras]]

Sehr geehrte Damen und Herren,

mein Vater [[P|Konstantinos Karras]], geboren am [[DOB|02.09.1940]], ist am 24.02.2025 im Pflegeheim in
Reutlingen gestorben. Er war zuletzt in [[A|Bismarckstr. 55]], [[A|72764 Reutlingen]] gemeldet, hat Grundsicherung
bekommen und hat kein Geld hinterlassen. Ich lebe in Thessaloniki und habe selbst nur eine kleine Rente.

Mein Vater war sehr gläubig und wollte unbedingt eine orthodoxe Beerdigung mit Pater [[P|Ioannis]] von der
griechischen Kirche in Reutlingen. Wer bezahlt das? Kann man ihn nach Griechenland bringen, in sein Dorf?

Meine Daten:
[[P|Nikolaos Karras]]
[[A|Odos Egnatias 118]], [[A|54630 Thessaloniki]], Griechenland
Reisepass GR [[PASS|{gr_pass_018}]]
Tel. [[T|+30 694 512 3380]]
Bank (Eurobank): [[IBAN|{sp(gr_iban_018)}]]

Ich bin vom 10. bis 17. März in Reutlingen und kann auch persönlich kommen.

Mit freundlichen Grüßen
[[P|Nikolaos Karras]]
""", ["RELIGION"])

# F73-019 Wohngeld: Unterlagen per Mail vom Handy
tid_019 = ids.tax_id()
iban_019 = ids.iban_de()
D("outlook", "wohngeld_weiterleistung", f"""
Von: [[P|Marko Babić]] <[[E|marko.babic.rt@gmail.com]]>
Gesendet: Dienstag, 14. Januar 2025 06:47
An: Wohngeldstelle <[[N|wohngeld@reutlingen.de]]>
Betreff: wohngeld weiterleistungsantrag [[AZ|WG 20-118734]]

guten morgen,

im anhang die lohnabrechnungen okt nov dez und die bescheinigung von der kita, wohngeldnummer ist [[AZ|WG 20-118734]].
meine steuer id falls sie die brauchen [[TID|{tid_019[:2]} {tid_019[2:5]} {tid_019[5:8]} {tid_019[8:]}]], von meiner frau
[[P|Kristina]] schick ich heut abend.

wir haben ein neues konto, bitte das wohngeld ab februar hier drauf:
[[IBAN|{iban_019}]] (ING)

die miete ist seit januar 25 euro höher (neue nebenkostenvorauszahlung), schreiben vom vermieter ist auch dabei.

adresse bleibt gleich [[A|Sondelfinger Str. 71]], [[A|72760 Reutlingen]]

gruß
[[P|Marko Babić]]
[[T|0151 2 27 90 35]]

Gesendet von meinem iPhone
""")

# F73-020 Einbürgerung: Anforderung von Unterlagen
tr_pass_020 = "U" + ids.digits(8, True)
eat_020 = ids.id_card()
rv_020 = ids.social_security("110784", "O")
D("word", "einbuergerung_unterlagen", f"""
Stadt Reutlingen
Ordnungsamt – Staatsangehörigkeitsbehörde
{RATHAUS}

Frau
[[P|Emine Kaya]]
[[A|Pestalozzistraße 15]]
[[A|72762 Reutlingen]]

Unser Zeichen: [[AZ|33.2-EB-2024-1206]]
Bearbeiterin: [[P|Ilona Schäfer-Grau]]
Tel.: [[T|07121 303-2733]]
E-Mail: [[E|ilona.schaefer-grau@reutlingen.de]]

Reutlingen, 09.01.2025

Ihr Antrag auf Einbürgerung nach § 10 StAG vom 12.12.2024

Sehr geehrte Frau [[P|Kaya]],

vielen Dank für Ihren Antrag. Nach erster Prüfung sind folgende Angaben in unserer Akte erfasst:

Name, Vorname:            [[P|Kaya, Emine]], geb. [[P|Öztürk]]
Geburtsdatum/-ort:        [[DOB|11.07.1984]], Aksaray (Türkei)
Staatsangehörigkeit:      türkisch
Reisepass:                [[PASS|{tr_pass_020}]], gültig bis 03/2031
Aufenthaltstitel (eAT):   Niederlassungserlaubnis, Karten-Nr. [[IDC|{eat_020}]]
Rentenversicherungsnr.:   [[SSN|{rv_020}]]

Für die weitere Bearbeitung benötigen wir noch:
1. Zertifikat „Leben in Deutschland“ (Einbürgerungstest)
2. Sprachzertifikat B1 (Ihr Zertifikat der telc ist vom 2013 – bitte Original vorlegen)
3. Versicherungsverlauf der Deutschen Rentenversicherung (nicht älter als 3 Monate)
4. Verdienstbescheinigungen der letzten 6 Monate und Arbeitsvertrag
5. Geburtsurkunde (Internationaler Auszug aus dem Personenstandsregister, „Formül A“)
6. Heiratsurkunde (ebenfalls internationaler Auszug)

Ihr Ehemann [[P|Mustafa Kaya]] ist nach Ihren Angaben deutscher Staatsangehöriger; eine Miteinbürgerung ist deshalb
nicht zu prüfen. Für Ihre Tochter [[P|Zeynep]] (geb. [[DOB|21.05.2012]]) gilt Folgendes: Sie ist bereits durch
Geburt im Inland deutsche Staatsangehörige (§ 4 Abs. 3 StAG), eine Einbürgerung ist nicht erforderlich.

Bitte reichen Sie die Unterlagen bis 28.02.2025 ein. Die Gebühr von 255 € wird mit der Aushändigung der Urkunde
fällig.

Mit freundlichen Grüßen
Im Auftrag

[[P|Ilona Schäfer-Grau]]
""")

# F73-021 Bewohnerparkausweis (locker geschrieben, Antwort oben)
D("outlook", "bewohnerparkausweis_antrag", f"""
Von: Bürgerbüro Parken <[[N|bewohnerparken@reutlingen.de]]>
Gesendet: Donnerstag, 6. Februar 2025 08:55
An: [[E|ionut.popescu92@yahoo.com]]
Betreff: AW: parkausweis zone C

Guten Tag Herr [[P|Popescu]],

ein Bewohnerparkausweis kann nur für ein Fahrzeug ausgestellt werden, das auf Sie zugelassen ist oder das Ihnen
dauerhaft zur Nutzung überlassen ist (Firmenwagen). Bitte senden Sie uns daher zusätzlich eine Bestätigung Ihres
Arbeitgebers über die private Nutzung des Fahrzeugs [[KFZ|ES-PL 4120]] sowie eine Kopie der Zulassungsbescheinigung
Teil I.

Die Gebühr beträgt 120 € für 12 Monate. Der Ausweis wird nach Zahlungseingang zugeschickt.

Freundliche Grüße
[[P|Anja Dürr]]
Bürgerbüro – Bewohnerparken

-----Ursprüngliche Nachricht-----
Von: [[P|Ionut Popescu]] <[[E|ionut.popescu92@yahoo.com]]>
Gesendet: Mittwoch, 5. Februar 2025 22:14
An: [[N|bewohnerparken@reutlingen.de]]
Betreff: parkausweis zone C

hallo,

ich wohne seit dezember in der [[A|Kaiserstr. 83]] ([[A|72764 Reutlingen]]) und brauch einen parkausweis für zone C.
das auto ist ein firmenwagen von meiner firma in esslingen (kennzeichen [[KFZ|ES PL 4120]]), ich darf das aber auch
privat fahren. mein eigenes auto mit rumänischem kennzeichen ([[KFZ|B-123-XPV]]) verkauf ich grad, das steht noch
beim kumpel.

geht das online oder muss ich vorbeikommen? ich arbeite schicht, bin tagsüber schwer zu erreichen, handy
[[T|0176 31 50 98 27]]

danke
[[P|ionut]]
""")

# F73-022 Verwarnungsgeld: Bürgerin schickt Kreditkartendaten
cc_022 = ids.credit_card("4", 16)
D("outlook", "verwarnungsgeld_zahlung_kreditkarte", f"""
Von: Bußgeldstelle <[[N|bussgeldstelle@reutlingen.de]]>
Gesendet: Montag, 14. Oktober 2024 10:02
An: '[[P|Karin Hipp]]' <[[E|karin.hipp@t-online.de]]>
Betreff: AW: Strafzettel bezahlen – [[AZ|5.2024.119.27754]]

Sehr geehrte Frau [[P|Hipp]],

bitte senden Sie uns keine Kreditkartendaten per E-Mail. Eine Zahlung per Kreditkarte ist bei uns nicht möglich;
wir haben Ihre Nachricht mit den Kartendaten aus Sicherheitsgründen gelöscht. Wir empfehlen Ihnen, Ihre Bank zu
informieren bzw. die Karte sperren zu lassen.

Bitte überweisen Sie das Verwarnungsgeld von 25,00 € auf folgendes Konto:
Stadtkasse Reutlingen
IBAN: [[N|{STADT_IBAN}]]
Verwendungszweck: [[AZ|5.2024.119.27754]]

Alternativ können Sie online über ePayBL mit PayPal oder giropay bezahlen (Link im Verwarnungsschreiben).

Mit freundlichen Grüßen
Ihre Bußgeldstelle
Stadt Reutlingen · Tel. [[N|07121 303-2800]]

-----Ursprüngliche Nachricht-----
Von: [[P|Karin Hipp]] <[[E|karin.hipp@t-online.de]]>
Gesendet: Samstag, 12. Oktober 2024 17:36
An: [[N|bussgeldstelle@reutlingen.de]]
Betreff: Strafzettel bezahlen

Hallo,

ich möchte meinen Strafzettel bezahlen, Auto [[KFZ|RT-KH 57]], Kassenzeichen [[AZ|5.2024.119.27754]]. Online-Banking
hab ich nicht, aber Kreditkarte:

Karte: [[CC|{group(cc_022, 4)}]]
gültig bis 08/27
Inhaberin [[P|Karin Hipp]]

Bitte die 25 Euro abbuchen. Danke!

[[P|K. Hipp]]
[[A|Hauffstraße 3]], [[A|72793 Pfullingen]]
""")

# F73-023 Stadtkasse: Mahnung
D("word", "mahnung_stadtkasse", f"""
Stadt Reutlingen · Stadtkasse · {RATHAUS.replace(chr(10), ' · ')}

Herrn
[[P|Tomislav Perić]]
[[A|Ringelbachstraße 12]]
[[A|72762 Reutlingen]]

Kassenzeichen: [[AZ|5.2024.107.11960]]
Bei Zahlung und Rückfragen bitte immer angeben
Datum: 02.12.2024

MAHNUNG

Sehr geehrter Herr [[P|Perić]],

nach unseren Unterlagen ist folgende Forderung trotz Fälligkeit noch nicht beglichen:

Forderungsgrund                              fällig am      Betrag
Bußgeldbescheid v. 12.09.2024 (OWI)         30.09.2024     60,00 €
Gebühren und Auslagen des Verfahrens        30.09.2024     28,50 €
Mahngebühr                                                  5,00 €
Säumniszuschlag (1 % je angef. Monat)                       1,00 €
                                             Gesamtbetrag   94,50 €

Bitte überweisen Sie den Gesamtbetrag innerhalb einer Woche auf das Konto der Stadtkasse Reutlingen,
IBAN [[N|{STADT_IBAN.replace(' ', '')}]], BIC SOLADES1REU (Kreissparkasse Reutlingen).

Sollten Sie nicht zahlen, müssen wir die Forderung ohne weitere Ankündigung im Wege der Zwangsvollstreckung
beitreiben (Kontopfändung, Vollziehungsbeamter). Hierdurch entstehen Ihnen weitere Kosten.

Haben Sie bereits gezahlt, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Grüßen
Stadtkasse Reutlingen

Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.
Auskunft: [[N|07121 303-2260]] · [[N|stadtkasse@reutlingen.de]]
""")

# F73-024 Zuständigkeitswechsel Jugendamt, weitergeleitet (Landkreis -> Stadt)
D("outlook", "fw_zustaendigkeitswechsel_86", f"""
Von: [[P|Kächele, Sabine]] <[[E|sabine.kaechele@reutlingen.de]]>
Gesendet: Montag, 13. Januar 2025 09:12
An: [[P|Wörner, Jan]] <[[E|jan.woerner@reutlingen.de]]>
Betreff: WG: Fallübergabe gem. § 86c SGB VIII – Familie [[P|Dumitrescu]]

[[P|Jan]], kannst du das übernehmen? Bezirk Süd ist deiner. Akte kommt per Post, Übergabegespräch vorschlagen bitte
diese oder nächste Woche. Ich hab Frau [[P|Ostertag]] schon kurz am Telefon gehabt.

LG [[P|Sabine]]

-----Ursprüngliche Nachricht-----
Von: [[P|Ostertag, Miriam]] <[[E|m.ostertag@LRA-ES.de]]>
Gesendet: Freitag, 10. Januar 2025 14:51
An: Jugendamt Reutlingen ASD <[[N|asd.jugendamt@reutlingen.de]]>
Betreff: Fallübergabe gem. § 86c SGB VIII – Familie [[P|Dumitrescu]]

Sehr geehrte Kolleginnen und Kollegen,

die von uns betreute Familie ist zum 01.12.2024 in Ihren Zuständigkeitsbereich verzogen:

Mutter:    [[P|Mihaela Dumitrescu]], geb. [[DOB|06.12.1993]]
Kinder:    [[P|Luca Dumitrescu]], geb. [[DOB|14.08.2015]]
           [[P|Ana-Maria Dumitrescu]], geb. [[DOB|02.02.2019]]
alte Anschrift: [[A|Plochinger Straße 58]], [[A|73730 Esslingen am Neckar]]
neue Anschrift: [[A|Hermann-Kurz-Straße 4]], [[A|72762 Reutlingen]]
Tel. Mutter: [[T|0157 76 30 12 49]]
unser Az.: [[AZ|ASD-ES 2022-1187]]

Laufende Hilfe: Sozialpädagogische Familienhilfe (§ 31 SGB VIII), Träger: Caritas Fils-Neckar-Alb, zuständige
Fachkraft Herr [[P|Adrian Lupu]] ([[T|0160 9 52 17 40]]).

Hintergrund (kurz): 2022 Meldung nach § 8a durch die Schule wegen Alkoholkonsums der Mutter; seither
Alkoholabstinenz mit Begleitung der Suchtberatung, zwei Rückfälle (zuletzt Juli 2024). Schutzvereinbarung vom
09.08.2024 (u.a. regelmäßige Atemalkoholkontrollen, Notfallplan mit Großmutter [[P|Viorica Ene]], [[T|0176 4412 9023]])
liegt bei. Kindsvater [[P|Radu Dumitrescu]] lebt in Constanța, kein Kontakt.

Die Hilfe wird von uns bis zur Übernahme durch Sie weiter gewährt (§ 86c Abs. 1 SGB VIII). Wir bitten um ein
Übergabegespräch mit der Familie, gerne bei Ihnen in Reutlingen.

Mit freundlichen Grüßen
[[P|Miriam Ostertag]]
Landratsamt Esslingen – Kreisjugendamt
Sozialer Dienst, Außenstelle Esslingen
Tel. [[T|0711 3902-44815]]
""", ["HEALTH"])

# F73-025 Interne Mail Vollzugsdienst: Dienstplan, Streik, Krankmeldung
D("outlook", "dienstplan_vollzugsdienst", f"""
Von: [[P|Haug, Carina]] <[[E|carina.haug@reutlingen.de]]>
Gesendet: Donnerstag, 6. März 2025 15:40
An: GVD-Team <[[N|gvd@reutlingen.de]]>
Cc: [[P|Seeger, Ralf]] <[[E|ralf.seeger@reutlingen.de]]>
Betreff: Dienstplan KW 11 – Änderungen!!

Hallo zusammen,

wegen Warnstreik und Krankheitsausfällen muss der Plan für nächste Woche nochmal umgestellt werden:

Tag      Frühdienst (7–14:30)                  Spätdienst (12–20:30)                 Bereitschaft
Mo 10.   [[P|Haug]] / [[P|Kılıç]]                        [[P|Novak]] / [[P|Berner]]                        [[P|Seeger]]
Di 11.   --- Warnstreik ver.di (siehe unten) ---
Mi 12.   [[P|Haug]] / [[P|Berner]]                       [[P|Kılıç]] / [[P|Rapp]]                          [[P|Seeger]]
Do 13.   [[P|Novak]] / [[P|Rapp]]                        [[P|Haug]] / [[P|Kılıç]]                          [[P|Seeger]]
Fr 14.   [[P|Berner]] / [[P|Kılıç]]                      [[P|Novak]] / [[P|Haug]]                          [[P|Seeger]]

- [[P|Dominik]] ([[P|Horvat]]) fällt bis mind. Ende März aus (Bandscheiben-OP), bitte nicht mehr einplanen.
- [[P|Stefanie]] ([[P|Lamprecht]]) ist bis Freitag krankgeschrieben.
- Am Dienstag streiken laut ver.di-Vertrauensfrau [[P|Anja Novak]] alle Gewerkschaftsmitglieder aus unserem Team
  ([[P|Novak]], [[P|Berner]], [[P|Rapp]]). Notdienst nur Fundtiere/Gefahrenabwehr über [[P|Ralf]].
- Diensthandys: Streife 1 [[N|0171 3 37 20 81]] ([[P|Kılıç]]), Streife 2 [[N|0171 3 37 20 82]] ([[P|Haug]])

Bei Fragen einfach melden.
[[P|Carina]]

[[P|Carina Haug]]
Gemeindlicher Vollzugsdienst – Ordnungsamt
Tel. [[T|07121 303-2817]]
""", ["HEALTH", "UNION"])

# F73-026 Baugenehmigung (Bescheid, Auszug)
D("word", "baugenehmigung_bescheid", f"""
Stadt Reutlingen
Baurechtsamt
{RATHAUS}

Gegen Postzustellungsurkunde
Eheleute
[[P|Ivan Marić]] und [[P|Ana Marić]]
[[A|Achalmstraße 27]]
[[A|72800 Eningen unter Achalm]]

Aktenzeichen: [[AZ|BG-2024-0731]]
Bearbeiter: Herr [[P|Gekeler]], Tel. [[T|07121 303-5234]]
Datum: 16.01.2025

BAUGENEHMIGUNG

Bauvorhaben: Anbau eines Wintergartens und Errichtung einer Garage mit Flachdach
Baugrundstück: [[A|Eisenbahnstraße 48]], [[A|72764 Reutlingen]], Flst. 1184/2, Gemarkung Reutlingen
Bebauungsplan: „Eisenbahnstraße Süd“ Nr. 12.06/3
Entwurfsverfasser: Dipl.-Ing. [[P|Robert Kuhnle]], Architekt, [[N|Am Echazufer 5]], [[N|72764 Reutlingen]]

Sehr geehrte Eheleute [[P|Marić]],

aufgrund von § 58 Landesbauordnung (LBO) wird Ihnen die Baugenehmigung für das o.g. Bauvorhaben nach Maßgabe der
mit Genehmigungsvermerk versehenen Bauvorlagen und der nachstehenden Nebenbestimmungen erteilt.

Befreiung: Von der Festsetzung der Dachform (Satteldach) im Bebauungsplan wird für die Garage nach § 31 Abs. 2
BauGB eine Befreiung erteilt (Flachdach, extensiv begrünt).

Nebenbestimmungen (Auszug):
1. Der Baubeginn ist dem Baurechtsamt mindestens eine Woche vorher schriftlich mitzuteilen (§ 59 Abs. 1 LBO).
2. Die Garage ist mit einer extensiven Dachbegrünung (Substratstärke mind. 10 cm) auszuführen.
3. Das anfallende Niederschlagswasser ist auf dem Grundstück zu versickern (Nachweis Versickerungsanlage).
4. Die Zustimmung des Nachbarn [[P|Peter Gaiser]] (Flst. 1184/3) zur Grenzbebauung liegt vor (Baulast Nr. 2187).

Gebühren: Für diese Entscheidung wird eine Gebühr von 1.284,00 € festgesetzt. Bitte überweisen Sie den Betrag
innerhalb eines Monats unter Angabe des Kassenzeichens [[AZ|6.1300.012731.4]] an die Stadtkasse Reutlingen,
IBAN [[N|{STADT_IBAN}]].

Rechtsbehelfsbelehrung: Gegen diese Entscheidung kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der
Stadt Reutlingen erhoben werden.

Mit freundlichen Grüßen
Im Auftrag

[[P|Markus Gekeler]]
Dipl.-Ing. (FH)
""")

# F73-027 Hilfe zur Pflege: Tochter schreibt für die Mutter im Pflegeheim
kv_027 = ids.health_insurance()
rv_027 = ids.social_security("290138", "R")
iban_027 = ids.iban_de()
it_iban_027 = iban_it()
D("outlook", "hilfe_zur_pflege_antrag", f"""
Von: [[P|Rosaria Greco]] <[[E|rosaria.greco@icloud.com]]>
Gesendet: Montag, 2. Dezember 2024 12:33
An: [[P|Bühler, Martina]] <[[E|martina.buehler@reutlingen.de]]>
Betreff: Mama Heimkosten / Hilfe zur Pflege [[AZ|50.2-GS-3011/24]]

Liebe Frau [[P|Bühler]],

danke für das nette Telefonat heute morgen. Wie besprochen hier nochmal alles schriftlich:

Meine Mutter [[P|Concetta Greco]], geb. [[DOB|29.01.1938]] in Agrigento, lebt seit 15.10. im Pflegeheim
Haus am Georgenberg (vorher bei mir). Sie hat Pflegegrad 4 (Demenz, Diabetes, seit dem Sturz im Sommer kann sie
nicht mehr laufen). Die Heimkosten sind 4.870 € im Monat, die Pflegekasse zahlt 1.855 €, dazu kommt ihre Rente.
Das reicht hinten und vorne nicht.

Daten von Mama:
Krankenkasse AOK, Vers.-Nr. [[KV|{kv_027}]]
Rentenvers.-Nr. [[SSN|{rv_027[:2]} {rv_027[2:8]} {rv_027[8]}{rv_027[9:]}]]
Deutsche Rente 612,30 €, italienische Rente (INPS) ca. 310 € auf ihr Konto in Italien:
[[IBAN|{it_iban_027}]] (Banca Intesa, Filiale Agrigento)
Konto in Deutschland: [[IBAN|{sp(iban_027)}]]

Ich habe die Betreuung (Vermögenssorge und Gesundheitssorge), Betreuerausweis AG Reutlingen hängt an.
Meine Adresse: [[A|Gmindersdorfer Str. 8]], [[A|72760 Reutlingen]], Handy [[T|0172 7 18 42 59]]

Mein Bruder [[P|Calogero]] wohnt in Italien und kann nichts beitragen, er hat selbst 4 Kinder. Muss er trotzdem den
Fragebogen ausfüllen? Seine Adresse ist [[A|Via Atenea 203]], [[A|92100 Agrigento]].

Vielen Dank und viele Grüße
[[P|Rosaria Greco]]
""", ["HEALTH"])

# F73-028 Fundbüro: verlorener Geldbeutel
idc_028 = ids.id_card(check_digit=True)
iban_028 = ids.iban_de()
D("outlook", "fundbuero_geldboerse", f"""
Von: Fundbüro <[[N|fundbuero@reutlingen.de]]>
Gesendet: Mittwoch, 16. Oktober 2024 11:15
An: [[E|jana.epple@student.uni-tuebingen.de]]
Betreff: AW: Geldbeutel verloren Bushaltestelle Tübinger Tor

Hallo Frau [[P|Epple]],

gute Nachrichten: ein Geldbeutel, auf den Ihre Beschreibung passt, wurde gestern bei uns abgegeben
(Fund-Nr. [[AZ|F-2024-02318]]). Darin befinden sich u.a. ein Personalausweis auf den Namen [[P|Jana Epple]]
(Ausweis-Nr. endet auf ...{idc_028[-4:]}), eine Girocard der Kreissparkasse und ein Führerschein.

Sie können den Geldbeutel zu unseren Öffnungszeiten (Mo–Fr 8–12 Uhr, Do auch 14–18 Uhr) im Bürgerbüro abholen.
Bitte bringen Sie die Fund-Nr. und ein Ersatzdokument (z.B. Reisepass) mit. Der Finder, Herr [[P|Ahmet Coşkun]], hat
Anspruch auf Finderlohn (bis 500 € Wert 5 %), er hat aber darauf verzichtet.

Viele Grüße
[[P|Birgit Walz]]
Fundbüro / Bürgerbüro Stadt Reutlingen

-----Ursprüngliche Nachricht-----
Von: [[P|Jana Epple]] <[[E|jana.epple@student.uni-tuebingen.de]]>
Gesendet: Dienstag, 15. Oktober 2024 19:02
An: [[N|fundbuero@reutlingen.de]]
Betreff: Geldbeutel verloren Bushaltestelle Tübinger Tor

Hallo,

ich hab heute nachmittag meinen Geldbeutel verloren, wahrscheinlich an der Bushaltestelle Tübinger Tor oder im Bus
Linie 4. Brauner Lederbeutel von Fossil mit so nem Reißverschluss rundrum. Drin waren:
- Perso, Nummer [[IDC|{idc_028}]] (hab zum Glück ne Kopie)
- EC-Karte KSK, IBAN [[IBAN|{iban_028}]] - hab ich schon sperren lassen
- Führerschein
- Studiausweis
- ca. 30 Euro

Bin grad bei meinen Eltern in Pfullingen ([[A|Marktstraße 41]], [[A|72793 Pfullingen]]), Handy [[T|01590 1428 736]].
Geb.datum falls Sie's brauchen: [[DOB|03.06.2002]]

Danke!!
[[P|Jana Epple]]
""")

# F73-029 Telefonnotiz Sozialamt
D("word", "telefonnotiz_grundsicherung", f"""
TELEFONNOTIZ

Datum/Uhrzeit: 27.01.2025, 10:35
Aufgenommen von: [[P|T. Rall]] (Sozialamt, Grundsicherung)
Anrufer/in: Herr [[P|Stjepan Kovač]]
Az.: [[AZ|50.2-GS-2214/23]]
Rückruf unter: [[T|07121 / 61 93 28]] (Festnetz) oder [[T|0170-8362 115]] (Schwiegertochter [[P|Marina Kovač]])

Inhalt:
Herr [[P|Kovač]] ruft aus dem Krankenhaus an (Klinikum, Kardiologie, Station 3B). Er hatte am 19.01. einen Herzinfarkt,
Entlassung voraussichtlich Ende der Woche, danach Reha in Bad Urach (ca. 3 Wochen). Fragt, ob die Miete für
Februar trotzdem überwiesen wird – ja, Leistung läuft weiter.

Außerdem: Die Nebenkostenabrechnung 2023 von der GWG (Nachzahlung 412,18 €) liegt bei ihm zu Hause; Schwiegertochter
bringt sie vorbei. Hinweis gegeben, dass die Nachzahlung als einmaliger Bedarf übernommen werden kann, wenn sie
bis Ende Februar vorgelegt wird.

Wohnung [[A|Hohbuchstr. 102]] bleibt während KH/Reha unbewohnt, Post nimmt Nachbar Herr [[P|Bulić]].

To do:
[x] Vermerk Akte
[ ] Wiedervorlage 24.02. (NK-Abrechnung)
[ ] ggf. Mehrbedarf kostenaufwändige Ernährung nach Reha prüfen (ärztl. Bescheinigung anfordern)

gez. [[P|Rall]]
""", ["HEALTH"])

# F73-030 Interne Mail an die Stadtkasse: Erstattungsliste (Tabelle eingefügt)
iban_030a = ids.iban_de()
iban_030b = iban_it()
iban_030c = iban_hr()
iban_030d = iban_ro("BTRL")
iban_030e = ids.iban_de()
iban_030f = iban_tr()
D("outlook", "erstattungsliste_stadtkasse", f"""
Von: [[P|Dürr, Anja]] <[[E|anja.duerr@reutlingen.de]]>
Gesendet: Freitag, 28. Februar 2025 13:22
An: Stadtkasse Auszahlungen <[[N|stadtkasse-auszahlung@reutlingen.de]]>
Cc: [[P|Seeger, Ralf]] <[[E|ralf.seeger@reutlingen.de]]>
Betreff: Erstattungen Verwarnungsgelder/Parkausweise Februar – bitte anweisen

Hallo liebe Kolleginnen,

bitte folgende Erstattungen anweisen (Anordnungen sind unterschrieben in der Hauspost, Sammelanordnung Nr. 02/2025):

Kassenzeichen\tEmpfänger/in\tIBAN\tBetrag\tGrund
[[AZ|5.2024.121.00833]]\t[[P|Weißhaar, Lukas]]\t[[IBAN|{sp(iban_030a)}]]\t25,00\tdoppelt bezahlt
[[AZ|5.2025.101.01577]]\t[[P|Esposito, Raffaele]]\t[[IBAN|{iban_030b}]]\t35,00\tEinstellung, Fahrzeug gestohlen gemeldet
[[AZ|5.2025.101.02019]]\t[[P|Knežević, Dragana]]\t[[IBAN|{sp(iban_030c)}]]\t20,00\tdoppelt bezahlt
[[AZ|BP-2024-1142]]\t[[P|Popa, Adrian]]\t[[IBAN|{iban_030d}]]\t60,00\tParkausweis zurückgegeben (Wegzug)
[[AZ|5.2025.102.00411]]\t[[P|Sautter, Gisela]]\t[[IBAN|{iban_030e}]]\t15,00\tÜberzahlung
[[AZ|5.2025.102.00698]]\t[[P|Aksoy, Murat]]\t[[IBAN|{sp(iban_030f)}]]\t55,00\tEinstellung (Schwerbehindertenausweis nachgewiesen)

Summe: 210,00 €

Bei Herrn [[P|Esposito]] und Frau [[P|Knežević]] bitte auf Auslandsüberweisung achten (SEPA geht, Italien/Kroatien).
Herr [[P|Aksoy]] hat eine türkische Bankverbindung angegeben, da fallen Gebühren an – wenn das nicht geht, bitte
kurz Bescheid, dann frag ich ihn nach einem deutschen Konto (Tel. [[T|0163 7 48 21 09]]).

Danke und schönes Wochenende
[[P|Anja Dürr]]
Ordnungsamt / Bürgerbüro
Tel. [[T|07121 303-2652]]
""", ["HEALTH"])

assert len(DOCS) == 30
out = os.path.join(HERE, "fresh73.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for i, (channel, template, text, flags) in enumerate(DOCS, 1):
        doc = build(f"F73-{i:03d}", channel, template, text, flags)
        f.write(json.dumps(doc, ensure_ascii=False) + "\n")
