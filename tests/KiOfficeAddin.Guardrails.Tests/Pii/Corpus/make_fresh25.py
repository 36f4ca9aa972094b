"""Batch 25: a held-out set of 30 German documents from the mailbox of the invented Stadt Fehrenbüttel
(Schleswig-Holstein). Marks as in marks.py; identifiers from identifiers.py (seed 2525252)."""
import sys

sys.dont_write_bytecode = True
import json
import os
from collections import Counter

CORPUS = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, CORPUS)
from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban  # noqa: E402

I = Identifiers(2525252)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh25.jsonl")


def rv(s):
    """Rentenversicherungsnummer in the printed form 12 345678 A 123."""
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"


def tid_sp(t):
    return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"


def amex(c):
    return f"{c[:4]} {c[4:10]} {c[10:]}"


# ---- identifiers (all drawn in a fixed order) ----
CITY_IBAN = group(I.iban_de(), 4)          # the Stadtkasse's account: neutral
idc1 = I.id_card()
iban_wg = group(I.iban_de(), 4)
iban_at = group(I.iban("AT", 16), 4)
cc_mc = I.credit_card("52", 16)
ssn_rohwedder = I.social_security("170944", "R")
kv_rohwedder = I.health_insurance()
pass_eri = "P0" + I.digits(7)
tnr_brodersen = f"15/{I.digits(3)}/{I.digits(5)}"
vat_brodersen = I.vat_id()
tid_kov = I.tax_id()
ssn_kov = I.social_security("210686", "K")
iban_kov = I.iban_de()
tid_nguyen, tid_zur, tid_pap = I.tax_id(), I.tax_id(), I.tax_id()
iban_nguyen = I.iban_de()
iban_zur = mod97_iban("NL", "INGB" + I.digits(10))
iban_pap = I.iban_de()
pass_syr = "N0" + I.digits(8)
pass_tr = "U" + I.digits(8)
vat_arch = I.vat_id()
iban_pl = group(I.iban("PL", 24), 4)
iban_zielinska = group(I.iban_de(), 4)
tid_zielinska = I.tax_id()
iban_vogt = group(I.iban_de(), 4)
kv_ohlsen = I.health_insurance()
idc_behrens = I.id_card()
pass_elmasri = I.passport(check_digit=True)
idc_elmasri = I.id_card()
cc_amex = I.credit_card("37", 15)
tnr_vu = "21" + I.digits(2) + "0" + I.digits(8)
pass_irq = "A" + I.digits(8)
idc_oconnor = I.id_card(check_digit=True)
iban_oconnor = group(I.iban_de(), 4)
cc_visa = I.credit_card("4", 16)
kv_oconnor = I.health_insurance()
iban_hollerith = I.iban_de()
kv_kov = I.health_insurance()

HEAD = "Stadt Fehrenbüttel · Die Bürgermeisterin"
RATHAUS = "[[N|Markt 1]] · [[N|24871 Fehrenbüttel]]"

DOCS = []


def doc(channel, template, text, flags=()):
    DOCS.append((channel, template, text.strip("\n"), list(flags)))


# 1 Bürgerbüro – informal, lower case
doc("outlook", "buergerbuero", f"""
Betreff: perso verloren + ummelden

hallo zusammen,

ich hab letzte woche meinen personalausweis verloren (nummer war [[IDC|{idc1}]] glaub ich, steht auf der kopie die ich noch hab). gleichzeitig bin ich umgezogen, von der [[A|Norderstraße 41]] in die [[A|Op de Heide 7 b]], [[A|24871 Fehrenbüttel]]. kann ich beides an einem termin machen? geb. bin ich am [[DOB|4.11.1987]], falls ihr das für die online-terminbuchung braucht, da hängt das formular nämlich immer.

am besten per handy [[T|0151 2384 7719]] oder mail an [[E|jannik.carstensen87@gmx.de]]

lg [[P|jannik carstensen]]
""")

# 2 Wohngeld – Bescheid
doc("word", "wohngeld", f"""
{HEAD} · Fachbereich 3 – Soziales, Wohngeldstelle
{RATHAUS}

Herrn
[[P|Dr. Hauke Petersen-Jessen]]
[[A|Achter de Möhl 12a]]
[[A|24872 Fehrenbüttel]]

Aktenzeichen: [[AZ|50.2-WG-2025/0417]]
Ihre Nachricht vom 28.04.2025
Sachbearbeitung: [[P|Merle Ketelsen]], Zimmer 1.08
Telefon: [[T|04621 8870-214]]
E-Mail: [[E|merle.ketelsen@fehrenbuettel.de]]
Datum: 06.05.2025

Bescheid über die Bewilligung von Wohngeld (Mietzuschuss)

Sehr geehrter Herr Dr. [[P|Petersen-Jessen]],

auf Ihren Antrag vom 14.03.2025 wird Ihnen für den Bewilligungszeitraum 01.04.2025 bis 31.03.2026 Wohngeld in Höhe von monatlich 212,00 EUR bewilligt. Berücksichtigt wurden drei Haushaltsmitglieder: Sie selbst, Ihre Ehefrau [[P|Wiebke Petersen-Jessen]] und Ihr Sohn [[P|Tjark]] (geb. [[DOB|19.08.2016]]). Die Berechnung nach §§ 14 bis 17 WoGG ist als Anlage beigefügt; die monatliche Bruttokaltmiete von 780,00 EUR wurde bis zum Höchstbetrag der Mietenstufe III berücksichtigt.

Das Wohngeld wird monatlich im Voraus auf das von Ihnen angegebene Konto [[IBAN|{iban_wg}]] überwiesen. Änderungen beim Einkommen, bei der Miete oder der Zahl der Haushaltsmitglieder sind unverzüglich mitzuteilen (§ 27 WoGG).

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadt Fehrenbüttel, [[N|Markt 1]], [[N|24871 Fehrenbüttel]], erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Merle Ketelsen]]
""")

# 3 Kita – forwarded, HEALTH
doc("outlook", "kita", f"""
Betreff: WG: Eingewöhnung Kita Lüttenheid – Insulinpumpe

Hallo Frau [[P|Grotkop]],

anbei die Mail der Mutter zur Weitergabe an die Gruppenleitung, bitte vertraulich behandeln.

Gruß
[[P|Rieke Brodersen]]
Kita-Verwaltung, Tel. [[T|04621 8870-352]]

-----Ursprüngliche Nachricht-----
Von: [[P|Hinrichsen, Svenja]] <[[E|svenja.hinrichsen@t-online.de]]>
Gesendet: Dienstag, 13. Mai 2025 07:52
An: [[N|kita-verwaltung@fehrenbuettel.de]]
Betreff: Eingewöhnung Kita Lüttenheid – Insulinpumpe

Guten Morgen,

unsere Tochter [[P|Frida Hinrichsen]] kam am [[DOB|3. März 2021]] zur Welt und startet im August in der Gruppe „Seesterne“. Bei ihr wurde im Januar Diabetes Typ 1 festgestellt, sie trägt eine Insulinpumpe und einen Sensor am Oberarm. Die Erzieherinnen müssten einmal geschult werden; die Diabetesberaterin der Kinderklinik, Frau [[P|Okonkwo]], würde dafür in die Kita kommen.

Mein Mann [[P|Lasse]] ist unter [[T|0160 9812 4470]] erreichbar, ich unter [[T|04621 / 40 58 82]].

Viele Grüße
[[P|Svenja Hinrichsen]]
[[A|Treeneweg 19]]
[[A|24871 Fehrenbüttel]]
""", ["HEALTH"])

# 4 Ordnungsamt – Aktenvermerk
doc("word", "aktenvermerk", """
Aktenvermerk
Ordnungsamt – Allgemeine Gefahrenabwehr
Az.: [[AZ|32.1-LB-0093/25]]
Datum: 21.05.2025

Betreff: Wiederholte Ruhestörung [[A|Große Straße 27]], Hinterhaus

Am 20.05.2025 gegen 23:40 Uhr meldete sich die Anwohnerin [[P|Gesa Møller-Thiessen]] (Vorderhaus, Tel. [[T|0171-5508129]]) beim Bereitschaftsdienst und beschwerte sich über laute Musik aus der Wohnung im 1. OG. Mieter dort ist nach Auskunft der Hausverwaltung [[P|Dawit Tesfamariam]]; der Mietvertrag läuft auch auf seine Schwester [[P|Selam Tesfamariam]], die selbst [[A|Am Mühlenteich 4]] wohnt.

Vor Ort stellte POK [[P|Schäfer]] (Polizeistation Fehrenbüttel) die Lärmbelästigung fest. Vor dem Haus parkte ein Pkw mit dem Kennzeichen [[KFZ|RD-DT 417]], der laut Halterabfrage auf [[P|Tesfamariam]] zugelassen ist; er stand im absoluten Halteverbot in der Süderstraße. Im Sommer gab es bereits zwei gleichartige Beschwerden (15.07. und 02.08.2024).

Weiteres Vorgehen: Anhörung nach § 28 VwVfG wegen Verstoßes gegen § 3 der Lärmschutzverordnung, Wiedervorlage 04.06.2025. Bereitschaftsdienst des Ordnungsamts: [[N|04621 8870-110]].

gez. [[P|T. Nissen]]
""")

# 5 Stadtkasse – Austrian account, credit card
doc("outlook", "stadtkasse", f"""
Betreff: Grundsteuer 2025 – Zahlung aus Österreich / Kassenzeichen [[AZ|5.4002.117839]]

Sehr geehrte Damen und Herren,

ich bin Eigentümerin der Ferienwohnung [[A|Eiderdeich 3]] in [[A|24872 Fehrenbüttel]], wohne aber seit Jahren in Innsbruck. Bitte buchen Sie die Grundsteuer künftig per SEPA-Lastschrift von meinem österreichischen Konto ab:
[[IBAN|{iban_at}]] (Tiroler Sparkasse), Kontoinhaberin [[P|Ingrid Hollaender-Krainer]].
Das unterschriebene Mandat liegt bei.

Die offene Rate von 187,40 EUR zum 15.05. habe ich gestern über Ihr ePayment-Portal mit meiner Mastercard [[CC|{group(cc_mc, 4)}]] bezahlt, die Transaktionsnummer lautet 88341207. Könnten Sie prüfen, ob die Zahlung angekommen ist? Die Mahnung vom 02.06. hat sich dann hoffentlich erledigt.

Mit freundlichen Grüßen
[[P|Ingrid Hollaender-Krainer]]
[[A|Leopoldstraße 31/4]]
[[A|6020 Innsbruck]], Österreich
Tel. [[T|+43 512 58 34 19]]
""")

# 6 Sozialamt – Telefonnotiz, HEALTH
doc("word", "telefonnotiz", f"""
Telefonnotiz
Sozialamt – Grundsicherung im Alter und bei Erwerbsminderung
Datum/Uhrzeit: 02.06.2025, 10:15 Uhr
Anrufer: [[P|Werner Kühl]], rechtlicher Betreuer von Frau [[P|Anneliese Rohwedder]]
Rückruf erbeten unter: [[T|0 46 21 - 3 44 12]]

Herr [[P|Kühl]] teilt mit, dass Frau [[P|Rohwedder]] (* [[DOB|17.09.1944]]) seit dem 12.05. dauerhaft im Pflegeheim Haus am Deich lebt. Sie ist nach zwei Schlaganfällen halbseitig gelähmt, ein höherer Pflegegrad ist bei der Pflegekasse beantragt. Rentenversicherungsnummer: [[SSN|{rv(ssn_rohwedder)}]], Versichertennummer AOK: [[KV|{kv_rohwedder}]].

Herr [[P|Kühl]] bittet um Übernahme der ungedeckten Heimkosten (Eigenanteil ca. 2.340 EUR mtl.). Antrag und Betreuerausweis (Amtsgericht Schleswig, Az. [[AZ|7 XVII 112/23]]) schickt er diese Woche per Post.

Notiert: [[P|Aylin Demirci]], Tel. [[T|04621 8870-241]]
""", ["HEALTH"])

# 7 Standesamt – Eheschließung, Eritrean passport
doc("outlook", "standesamt", f"""
Betreff: Anmeldung zur Eheschließung – welche Unterlagen?

Sehr geehrte Damen und Herren,

mein Verlobter und ich möchten im September im Standesamt Fehrenbüttel heiraten. Ich bin deutsche Staatsangehörige ([[P|Lena Marie Voß]], geboren am [[DOB|22.01.1995]] in Husum), mein Verlobter [[P|Yonas Habte Gebremariam]] ist eritreischer Staatsangehöriger, geb. [[DOB|1.2.92]] in Asmara. Er besitzt einen eritreischen Reisepass (Nr. [[PASS|{pass_eri}]]) und eine Aufenthaltserlaubnis, aber keine Geburtsurkunde aus Eritrea.

Brauchen wir eine Befreiung vom Ehefähigkeitszeugnis beim Oberlandesgericht, und wie lange dauert das ungefähr? Die Feier soll danach in der St.-Marien-Kirche in Husum stattfinden, deshalb wäre ein Termin am Freitag, 19.09., ideal.

Wir wohnen zusammen in der [[A|Koppelredder 5]], [[A|24871 Fehrenbüttel]]. Telefonisch bin ich unter [[T|+49 1522 6681047]] erreichbar.

Viele Grüße
[[P|Lena Voß]]
""")

# 8 Steueramt – Gewerbesteuer, sole trader
doc("word", "gewerbesteuer", f"""
{HEAD} · Steueramt
{RATHAUS} · Telefon [[N|04621 8870-0]] · [[N|steueramt@fehrenbuettel.de]]

Malerbetrieb [[P|Brodersen]] e. K.
Inh. [[P|Ole Brodersen]]
[[A|Gewerbering 14-16]]
[[A|24871 Fehrenbüttel]]

Steuernummer: [[TNR|{tnr_brodersen}]]
Kassenzeichen: [[AZ|6.1100.004512]]
Datum: 10.06.2025

Gewerbesteuerbescheid für 2023

Sehr geehrter Herr [[P|Brodersen]],

auf Grundlage des Gewerbesteuermessbescheids des Finanzamts Nordfriesland vom 02.05.2025 wird die Gewerbesteuer 2023 bei einem Hebesatz von 380 v. H. auf 4.712,00 EUR festgesetzt. Die geleisteten Vorauszahlungen (3.800,00 EUR) werden angerechnet; die Abschlusszahlung von 912,00 EUR ist bis zum 15.07.2025 unter Angabe des Kassenzeichens auf das Konto der Stadtkasse [[N|{CITY_IBAN}]] zu überweisen.

Die in Ihrem Schreiben vom 20.05.2025 angegebene USt-IdNr. [[VAT|{vat_brodersen}]] wird für die Gewerbesteuer nicht benötigt; wir haben sie nicht gespeichert.

Mit freundlichen Grüßen
Im Auftrag
[[P|Sönke Matthiesen]]
Telefon [[T|04621 8870-231]]
""")

# 9 Personalamt – citizen mail with employment data, UNION + HEALTH
doc("outlook", "personal", f"""
Betreff: Unterlagen für die Einstellung zum 01.08. – Verwaltungsfachangestellte

Sehr geehrte Frau [[P|Jacobsen]],

vielen Dank für die Zusage! Wie besprochen sende ich Ihnen die Angaben für die Personalakte:

Name: [[P|Oksana Kovalenko]]
Geburtsdatum: [[DOB|1986-06-21]]
Anschrift: [[A|Ostlandring 33]], [[A|24871 Fehrenbüttel]]
Steuerliche Identifikationsnummer: [[TID|{tid_sp(tid_kov)}]]
Sozialversicherungsnummer: [[SSN|{ssn_kov}]]
Krankenkasse: Techniker Krankenkasse, [[KV|{kv_kov}]]
Bankverbindung: [[IBAN|{iban_kov}]]

Den Gleichstellungsbescheid der Agentur für Arbeit (GdB 30 wegen einer chronischen Darmerkrankung) reiche ich nach. Außerdem bin ich seit 2019 Mitglied bei ver.di und wüsste gern, ob der Gewerkschaftsbeitrag direkt vom Gehalt einbehalten werden kann.

Mit freundlichen Grüßen
[[P|Oksana Kovalenko]]
Mobil: [[T|0176 / 41 22 90 85]]
""", ["HEALTH", "UNION"])

# 10 Personalamt – Liste
doc("word", "liste", f"""
Personalamt – Neueinstellungen zum 01.08.2025 (Stand 16.06.2025)
Nur für den Dienstgebrauch

Nachname, Vorname | Geb.-Datum | Personal-Nr. | Steuer-ID | IBAN
[[P|Kovalenko, Oksana]] | [[DOB|21.06.1986]] | [[N|P-20417]] | [[TID|{tid_kov}]] | [[IBAN|{iban_kov}]]
[[P|Nguyen, Minh Duc]] | [[DOB|03.12.2004]] | [[N|P-20418]] | [[TID|{tid_nguyen}]] | [[IBAN|{iban_nguyen}]]
[[P|zur Mühlen, Hans-Jürgen]] | [[DOB|28.02.1969]] | [[N|P-20419]] | [[TID|{tid_zur}]] | [[IBAN|{iban_zur}]]

Hinweise:
– Herr [[P|Nguyen]] (Auszubildender, Berufsschule Schleswig): Schulbescheinigung fehlt noch.
– Herr [[P|zur Mühlen]] hat ein niederländisches Gehaltskonto; Überweisung ist SEPA-fähig.
– Einführungstag am Montag, 04.08.2025, 9:00 Uhr, Ratssaal.

Bearbeitung: [[P|K. Jacobsen]], Personalamt, Tel. [[T|04621 8870-140]]
""")

# 11 Ausländerbehörde – mail, ETHNICITY
doc("outlook", "auslaenderbehoerde", f"""
Betreff: Verlängerung Aufenthaltserlaubnis – Geschäftszeichen [[AZ|FB3-AB-4471/24]]

Sehr geehrte Damen und Herren,

mein Name ist [[P|Rezan Khalil]]. Ich bin syrische Staatsangehörige kurdischer Volkszugehörigkeit und besitze eine Aufenthaltserlaubnis nach § 25 Abs. 2 AufenthG, die am 30.07.2025 abläuft. Mein syrischer Reisepass Nr. [[PASS|{pass_syr}]] ist inzwischen abgelaufen, und als Kurdin bekomme ich von der Botschaft nach meiner Erfahrung keinen neuen Termin.

Mein Mann [[P|Azad Khalil]] und unsere Tochter [[P|Viyan]] (geb. am [[DOB|9. Oktober 2019]]) sind ebenfalls betroffen. Können wir die Verlängerung zusammen an einem Termin beantragen?

Unsere Anschrift: [[A|Stapelholmer Weg 8]], [[N|Whg. 3]], [[A|24871 Fehrenbüttel]]
Telefon: [[T|0157-34218866]]

Mit freundlichen Grüßen
[[P|Rezan Khalil]]
""", ["ETHNICITY"])

# 12 Ausländerbehörde – Vermerk, BIOMETRIC
doc("word", "vermerk", f"""
Vermerk über die Vorsprache am 05.06.2025
Ausländerbehörde Fehrenbüttel, Sachgebiet 3.4
Geschäftszeichen: [[AZ|3.4-AB-0815/25]]

Es erschien persönlich Herr [[P|Mehmet Emin Yıldırım]], geb. [[DOB|11.04.1979]] in Trabzon (Türkei), türkischer Staatsangehöriger, ausgewiesen durch Reisepass Nr. [[PASS|{pass_tr}]], wohnhaft [[A|Schleswiger Landstraße 112]], [[A|24871 Fehrenbüttel]].

Herr [[P|Yıldırım]] beantragt die Niederlassungserlaubnis nach § 9 AufenthG. Für den elektronischen Aufenthaltstitel wurden die Fingerabdrücke beider Zeigefinger erfasst; das mitgebrachte biometrische Passfoto entsprach den Anforderungen. Gebühr 113,00 EUR bar bezahlt.

Während seines Heimaturlaubs vom 01.07. bis 15.08. ist Herr [[P|Yıldırım]] unter folgender Anschrift erreichbar: [[A|Atatürk Cad. No: 45/3]], [[A|61030 Ortahisar/Trabzon]], Mobil [[T|+90 532 418 77 21]]. Die Abholung des Titels ist in ca. 4–6 Wochen möglich.

[[P|Frauke van der Linden]]
Sachbearbeiterin
""", ["BIOMETRIC"])

# 13 Friedhof – mail, RELIGION
doc("outlook", "friedhof", """
Betreff: Beisetzung meiner Mutter – Grabfeld für muslimische Bestattungen?

Guten Tag,

meine Mutter [[P|Hatice Doğan]] ist gestern verstorben (geboren am [[DOB|14.08.1938]] in Sivas). Sie war gläubige Muslima, und wir möchten sie nach islamischem Ritus, mit Ausrichtung nach Mekka und möglichst innerhalb von zwei Tagen, beisetzen. Gibt es auf dem Friedhof am Kirchenstieg ein entsprechendes Grabfeld? Das Bestattungshaus [[P|Lorenzen]] hat uns an Sie verwiesen.

Die Kosten übernehme ich. Rechnungen bitte an:
[[P|Emre Doğan]], [[A|Hinter den Höfen 2c]], [[A|24872 Fehrenbüttel]]

Erreichbar bin ich unter [[T|0172 - 44 91 302]] oder [[E|emre.dogan@web.de]].

Danke und freundliche Grüße
[[P|Emre Doğan]]
""", ["RELIGION"])

# 14 Friedhof – Gebührenbescheid
doc("word", "friedhof", f"""
Stadt Fehrenbüttel – Friedhofsverwaltung
[[N|Kirchenstieg 10]] · [[N|24871 Fehrenbüttel]]

Frau
[[P|Karin Thomsen]] geb. [[P|Hansen]]
c/o [[P|Bente Lauritzen]]
[[A|Dorfstraße 7]]
[[A|24887 Silberstedt]]

Kassenzeichen: [[AZ|7.3300.221904]]
Grabstätte: Feld C, Reihe 4, Nr. 12 (Wahlgrab, 2 Stellen)
Datum: 11.06.2025

Gebührenbescheid – Verlängerung des Nutzungsrechts

Sehr geehrte Frau [[P|Thomsen]],

das Nutzungsrecht an der oben genannten Grabstätte, in der Ihr Ehemann [[P|Uwe Thomsen]] (* [[DOB|02.05.1941]], † 19.11.2004) beigesetzt ist, endet am 30.11.2025. Auf Ihren Antrag vom 27.05.2025 wird es um 10 Jahre verlängert. Nach § 6 der Friedhofsgebührensatzung beträgt die Gebühr 1.150,00 EUR. Bitte überweisen Sie den Betrag bis zum 15.07.2025 unter Angabe des Kassenzeichens auf das Konto der Stadtkasse [[N|{CITY_IBAN}]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Heike Sommer]]
Sprechzeiten: dienstags 9–12 Uhr, Telefon [[N|04621 8870-0]]
""")

# 15 Bauamt – architect's mail
doc("outlook", "bauamt", f"""
Betreff: Bauantrag Einfamilienhaus, Flurstück 88/3 – Ihr Zeichen [[AZ|63-BA-0112/2025]]

Sehr geehrte Frau [[P|Mahmoudi]],

im Auftrag der Bauherren [[P|Niklas]] und [[P|Anna-Lena Fischer]] reiche ich die nachgeforderten Unterlagen für das Vorhaben [[A|Lüttenheid 21]] ein: den Entwässerungsplan, die Statik und den Nachweis der Abstandsflächen nach § 6 LBO. Die Festsetzungen des Bebauungsplans Nr. 34 „Süderholm-Ost“ werden eingehalten, eine Befreiung ist nicht erforderlich. Die Bauherren wohnen derzeit noch in der [[A|Holtenauer Straße 201]], [[A|24105 Kiel]].

Für die Gebührenrechnung geben Sie bitte unsere USt-IdNr. [[VAT|{vat_arch}]] an.

Mit freundlichen Grüßen

Dipl.-Ing. [[P|Torge Jessen]]
Architekt AKSH
Nordwerk Architekten PartGmbB
[[A|Am Hafen 3]] | [[A|24340 Eckernförde]]
T [[T|+49 (0)4351 71 28 40]]
[[E|t.jessen@nordwerk-architekten.de]]
""")

# 16 Bauamt – Protokoll Ortstermin
doc("word", "protokoll", """
Protokoll Ortstermin
Az.: [[AZ|63 BA 112/2025]]
Ort: Baugrundstück [[A|Lüttenheid 21]] (Gemarkung Süderholm, Flur 2, Flurstück 88/3)
Datum: Mittwoch, 18.06.2025, 14:00–15:10 Uhr

Teilnehmende:
– [[P|Leyla Mahmoudi]], Bauaufsicht (Protokoll)
– [[P|Dr. Johannes van Dyk]], Untere Naturschutzbehörde des Kreises
– Dipl.-Ing. [[P|Torge Jessen]], Entwurfsverfasser
– [[P|Anna-Lena Fischer]], Bauherrin
– [[P|Gerd Winter]], Nachbar ([[A|Lüttenheid 19]])
– [[P|Ewa Wiśniewska-Roth]], Nachbarin ([[A|Lüttenheid 23 a]])

1. Herr [[P|Winter]] befürchtet, dass der Baukörper im Winter Schatten auf seinen Wintergarten wirft. Frau [[P|Mahmoudi]] erläutert, dass die Abstandsflächen eingehalten sind; eine Verschattungsstudie ist nicht vorgeschrieben.
2. Der Knick an der Nordgrenze ist nach § 21 LNatSchG geschützt. Herr Dr. [[P|van Dyk]] fordert einen Schutzstreifen von 3 m während der Bauzeit.
3. Frau [[P|Wiśniewska-Roth]] fragt nach der Baustellenzufahrt. Der Bauleiter der Förde-Bau GmbH, [[P|Piet Hansen]] (erreichbar unter [[T|0171 4471 203]]), sagt eine Zufahrt ausschließlich über den Treeneweg zu.

Nächster Termin nach Vorlage der geänderten Pläne.
gez. Bauaufsicht
""")

# 17 Jugendamt – Unterhaltsvorschuss, Polish
doc("outlook", "jugendamt", f"""
Betreff: Unterhaltsvorschuss für meine Kinder – Az. [[AZ|JA-UV 2291/24]]

Sehr geehrter Herr [[P|Sievers]],

leider zahlt der Vater meiner Kinder, [[P|Tomasz Zieliński]], seit März wieder keinen Unterhalt. Er lebt inzwischen wieder in Polen; seine letzte mir bekannte Anschrift ist [[A|ul. Długa 17/4]], [[A|80-827 Gdańsk]]. Er fährt einen grauen Passat mit dem polnischen Kennzeichen [[KFZ|GD 4R812]]. Früher kamen seine Zahlungen von diesem Konto: [[IBAN|{iban_pl}]].

Meine Kinder: [[P|Maja Zielińska]], geb. [[DOB|12.05.2015]], und [[P|Kacper Zieliński]], geb. [[DOB|30.09.2018]]. Bitte überweisen Sie den Unterhaltsvorschuss weiterhin auf mein Konto [[IBAN|{iban_zielinska}]].

Meine Steuer-ID hatten Sie noch angefordert, sie lautet [[TID|{tid_zielinska}]].

Viele Grüße
[[P|Katarzyna Zielińska]]
[[A|Jahnstraße 12]], [[A|24871 Fehrenbüttel]]
[[T|0151-27730418]]
""")

# 18 Jugendamt – Hausbesuch, HEALTH
doc("word", "vermerk", """
Jugendamt Fehrenbüttel – Allgemeiner Sozialer Dienst
Vermerk Hausbesuch
Az.: [[AZ|51.2-ASD-0347/25]]
Datum: 12.06.2025, 15:30 Uhr

Anwesend: Kindesmutter [[P|Jacqueline Reimers]], [[P|Noah Reimers]] (geb. [[DOB|07.02.2017]]), [[P|Mia-Sophie]] (4 J.), Lebensgefährte [[P|Kevin Dührkop]]; für das Jugendamt [[P|Sina Blohm]]
Anschrift: [[A|Rendsburger Chaussee 58]], [[N|3. OG rechts]], [[A|24871 Fehrenbüttel]]

Die Wohnung war aufgeräumt, die Kinderzimmer altersgerecht eingerichtet. [[P|Noah]] hat laut Mutter seit Februar eine ADHS-Diagnose der Kinder- und Jugendpsychiatrie und erhält Methylphenidat; die Medikamentengabe in der Schule ist noch ungeklärt. Die Tochter besucht die Kita Seesterne und ist dort gut angekommen.

Herr [[P|Dührkop]] arbeitet im Schichtdienst und war nur kurz anwesend. Frau [[P|Reimers]] ist unter [[T|0176-2094 8813]] erreichbar. Hilfeplangespräch am Dienstag, 26.06.2025, 10 Uhr.

[[P|S. Blohm]]
""", ["HEALTH"])

# 19 Rat – citizen mail, POLITICS
doc("outlook", "rat", """
Betreff: Einwohnerfrage zur Ratssitzung am 26. Juni – Radweg Kieler Straße

Sehr geehrte Frau Bürgermeisterin [[P|Clausen-Ivers]],

ich bin seit über 20 Jahren Mitglied bei den Grünen und im Ortsverband aktiv, schreibe Ihnen aber hier als Anwohner. Der Radweg in der Kieler Straße zwischen Bahnhof und Gemeinschaftsschule ist seit Monaten gesperrt. Mein Sohn [[P|Finn]] fährt dort jeden Tag auf der Fahrbahn, und fast täglich parkt ein Transporter ([[KFZ|NF AK 220]]) auf dem Rest des Radwegs.

Ich bitte darum, meine Anfrage als Einwohnerfrage in der Sitzung zu behandeln (TOP 4, Drucksache 2025/114).

Mit freundlichen Grüßen
[[P|Björn Asmussen]]
[[A|Kieler Straße 97]]
[[A|24871 Fehrenbüttel]]
[[T|04621 3 55 71]]
""", ["POLITICS"])

# 20 Rat – Niederschrift
doc("word", "protokoll", """
Niederschrift über die 14. Sitzung des Ausschusses für Soziales, Jugend und Kultur
Sitzungstag: Dienstag, 17.06.2025, 18:00–20:05 Uhr, Ratssaal, [[N|Markt 1]]

Anwesend:
Vorsitzende: [[P|Sabine Clausen-Ivers]]
Mitglieder: [[P|Aylin Şahin]], [[P|Dr. Thore Nommensen]], [[P|Gabriele Vogel]], [[P|Friedrich-Wilhelm von Schack]]
Verwaltung: [[P|K. Jacobsen]] (Protokoll)
Gäste: drei Einwohnerinnen und Einwohner

TOP 1 Eröffnung: Die Vorsitzende stellt die ordnungsgemäße Ladung und die Beschlussfähigkeit fest.
TOP 2 Einwohnerfragestunde: Herr [[P|Björn Asmussen]], [[A|Kieler Straße 97]], fragt nach der Sperrung des Radwegs. Die Verwaltung sagt eine schriftliche Antwort zu.
TOP 3 Zuschüsse an Vereine (Drucksache 2025/108): Der Zuschuss von 2.500 EUR für den TSV Fehrenbüttel wird einstimmig beschlossen.
TOP 4 Frau [[P|Vogel]] regt an, den Vogelschutz am Mühlenteich in das Ferienprogramm aufzunehmen. Herr [[P|von Schack]] unterstützt dies.
TOP 5 (nichtöffentlich) Härtefallantrag, Az. [[AZ|50-HF-12/25]]: Der Antrag der Familie [[P|Omerović]] wird zur Beratung in den Fachausschuss verwiesen.

Rückfragen an die Ratsgeschäftsstelle: [[N|04621 8870-101]]
""")

# 21 Hundesteuer – lower case, no postcode
doc("outlook", "hundesteuer", f"""
Betreff: hundesteuer abmelden

moin,

unser hund bruno ist leider am 2. mai gestorben, ich möchte ihn daher abmelden. kassenzeichen steht auf dem bescheid: [[AZ|6.2200.031187]]. das geld was zu viel bezahlt ist bitte zurück auf [[IBAN|{iban_vogt}]]

dankeschön und schönes wochenende
[[P|gabi vogt]]
[[A|achter de möhl 3]]
tel [[T|046 21 / 93 15 77]]
""")

# 22 Kita – Warteliste, HEALTH
doc("word", "liste", """
Kita-Platzvergabe 2025/26 – Warteliste Krippe (Stand: 01.06.2025)
intern – nicht an Eltern weitergeben

Nr. | Kind | geb. | Sorgeberechtigte | Telefon | Wunsch-Kita
1 | [[P|Ahmadi, Sara]] | [[DOB|14.02.2024]] | [[P|Farid Ahmadi]] | [[T|0157 8822 1045]] | Lüttenheid
2 | [[P|Nguyễn, Bảo An]] | [[DOB|08.03.2024]] | [[P|Nguyễn Thị Hoa]] | [[T|+49 162 0374 552]] | Seesterne
3 | [[P|Popescu, Ana-Maria]] | [[DOB|05.09.2023]] | [[P|Ioana Popescu]] | [[T|0049 1590 1234567]] | Lüttenheid

Anmerkungen:
Nr. 1 – Geschwisterkind in der Kita Lüttenheid ([[P|Yusuf]]).
Nr. 2 – Kind ist hochgradig schwerhörig (Cochlea-Implantat), integrativer Platz erforderlich.
Nr. 3 – Mutter arbeitet in Vollzeit, Betreuung ab 7:00 Uhr gewünscht.

Rückfragen: Kita-Verwaltung, [[P|Rieke Brodersen]], [[T|04621 8870-352]]
""", ["HEALTH"])

# 23 Ordnungsamt – lawyer's reply with quoted mail
doc("outlook", "bussgeld", """
Betreff: AW: Anhörung im Bußgeldverfahren – Ihr Az. [[AZ|32/1-OWi-88213-25]]

Sehr geehrte Damen und Herren,

in der Bußgeldsache gegen meinen Mandanten, Herrn [[P|Giorgos Papadakis]], [[A|Bahnhofstraße 3-5]], [[A|24837 Schleswig]], zeige ich dessen Vertretung an; die Vollmacht ist beigefügt. Mein Mandant bestreitet, am 04.05.2025 um 16:22 Uhr in der Süderstraße geparkt zu haben. Das Fahrzeug wurde an diesem Tag von seinem Schwager, Herrn [[P|Nikos Samaras]], genutzt. Ich bitte um Akteneinsicht.

Mit freundlichen Grüßen
[[P|Dr. Meike Sönnichsen]]
Rechtsanwältin
Kanzlei am Dom
[[A|Domziegelhof 8]], [[A|24837 Schleswig]]
Tel. [[T|04621 9934-12]]

> Am 12.05.2025 um 09:03 schrieb Bußgeldstelle Fehrenbüttel <[[N|bussgeldstelle@fehrenbuettel.de]]>:
> Sehr geehrter Herr [[P|Papadakis]],
> Ihnen wird vorgeworfen, am 04.05.2025 um 16:22 Uhr mit dem Pkw, amtliches Kennzeichen [[KFZ|SL-GP 811]], in der Süderstraße im eingeschränkten Halteverbot geparkt zu haben (§ 12 StVO). Hierfür ist ein Verwarnungsgeld von 35,00 EUR vorgesehen. Sie können sich innerhalb von zwei Wochen äußern.
> Aktenzeichen: [[AZ|32/1-OWi-88213-25]]
""")

# 24 Sozialamt – Bescheid Hilfe zur Pflege, HEALTH
doc("word", "bescheid", f"""
{HEAD} · Sozialamt
Postanschrift: [[N|Postfach 11 20]], [[N|24862 Fehrenbüttel]]

Herrn
[[P|Friedrich-Karl Ohlsen]]
[[A|Am Mühlenteich 11]]
[[A|24871 Fehrenbüttel]]

Unser Zeichen: [[AZ|50.3-HzP-2025-0091]]
Datum: 20.06.2025

Bescheid über Hilfe zur Pflege nach dem Siebten Kapitel SGB XII

Sehr geehrter Herr [[P|Ohlsen]],

für Ihre Mutter, Frau [[P|Margarethe Ohlsen]], geboren am [[DOB|30. Juli 1936]], Krankenversichertennummer [[KV|{kv_ohlsen}]], deren Betreuer Sie sind, werden ab dem 01.05.2025 Leistungen der Hilfe zur Pflege in einer stationären Einrichtung bewilligt. Bei Frau [[P|Ohlsen]] wurde eine fortgeschrittene Alzheimer-Demenz festgestellt; die Pflegekasse hat Pflegegrad 4 anerkannt. Der ungedeckte Heimkostenanteil von monatlich 1.896,37 EUR wird direkt an das Pflegeheim Haus am Deich gezahlt.

Mit freundlichen Grüßen
Im Auftrag
[[P|Aylin Demirci]]
Tel. [[T|04621 8870-241]]
[[E|a.demirci@fehrenbuettel.de]]
""", ["HEALTH"])

# 25 Standesamt – mail, SEXUAL_ORIENTATION
doc("outlook", "standesamt", f"""
Betreff: Namensänderung nach Heirat / Geburtsurkunde unserer Tochter

Hallo liebes Standesamt-Team,

meine Frau [[P|Julia Behrens]] und ich haben im April bei Ihnen geheiratet. Ich habe ihren Namen angenommen und heiße jetzt [[P|Svea Behrens]] (vorher [[P|Lund]]). Unsere Tochter [[P|Ronja]] ist am [[DOB|11.01.2025]] geboren; als zwei Mütter müssen wir für die Eintragung von [[P|Julia]] als zweitem Elternteil wohl noch die Stiefkindadoption durchlaufen. Stimmt das noch, oder gibt es inzwischen eine einfachere Lösung?

Mein Personalausweis ([[IDC|{idc_behrens}]]) lautet noch auf den alten Namen. Muss ich den sofort neu beantragen?

Liebe Grüße
[[P|Svea]]
[[T|0160-4471 9023]] · [[E|svea.behrens@posteo.de]]
""", ["SEXUAL_ORIENTATION"])

# 26 Personalamt – BEM, GENETIC + HEALTH
doc("word", "vermerk", f"""
Vertraulich – Personalakte, Teilakte BEM
Vermerk über das Erstgespräch im Betrieblichen Eingliederungsmanagement
Datum: 24.06.2025, 10:00–11:15 Uhr, Raum 2.14

Beschäftigter: [[P|Arne Hollerith]], Personal-Nr. [[N|P-11873]], Bauhof (Kolonnenführer)
Teilnehmende: [[P|Kirsten Jacobsen]] (Personalamt), [[P|Jens-Uwe Carstens]] (Personalrat), Betriebsärztin [[P|Dr. med. Fatma Öztürk]]

Herr [[P|Hollerith]] war 2024 an insgesamt 84 Arbeitstagen arbeitsunfähig. Er berichtet, dass bei ihm nach einem Gentest in der Humangenetik die Anlage für eine erbliche Muskelerkrankung (myotone Dystrophie Typ 1) nachgewiesen wurde; sein Vater sei ebenfalls betroffen gewesen. Schwere körperliche Arbeit, insbesondere Winterdienst, sei ihm auf Dauer nicht mehr möglich. Frau Dr. [[P|Öztürk]] empfiehlt eine Umsetzung in die Disposition des Bauhofs.

Die Entgeltfortzahlung endet am 31.07.2025; das Krankengeld wird auf sein Konto [[IBAN|{iban_hollerith}]] gezahlt.
Kontakt privat: [[T|0162 / 7 43 18 09]], [[E|arne.hollerith@t-online.de]]
Nächstes Gespräch: 15.07.2025, 10:00 Uhr.
""", ["GENETIC", "HEALTH"])

# 27 Bürgerbüro – forwarded, passports
doc("outlook", "buergerbuero", f"""
Betreff: WG: Kinderreisepass / Reisepass für Kanada

Hallo Bürgerbüro,

ich leite Ihnen die Mail meines Mannes weiter, er hatte Ihre Adresse nicht.

Gruß
[[P|Nadia El-Masri]]

Von: [[P|El-Masri, Karim]] <[[E|karim.elmasri@gmx.net]]>
Gesendet: Montag, 16. Juni 2025 21:47
An: [[P|Nadia El-Masri]] <[[E|nadia.elmasri@gmx.net]]>
Betreff: Kinderreisepass

[[P|Nadia]], kannst du das bitte ans Bürgerbüro schicken:

Wir fliegen am 28.07. nach Toronto. Für [[P|Layla]] (geb. [[DOB|25.10.2019]]) brauchen wir einen Reisepass, der Kinderreisepass wird für Kanada ja nicht anerkannt. Mein eigener Reisepass [[PASS|{pass_elmasri}]] läuft am 02.09.2025 ab – muss ich den vorher verlängern? Zur Not nehme ich den Ausweis mit, Nummer [[IDC|{idc_elmasri}]].

Telefonisch bin ich unter [[T|+49 (0) 4621 / 38 77 05]] erreichbar.

[[P|Karim]]
""")

# 28 Stadtkasse – Mahnung, Amex, Postfach
doc("word", "mahnung", f"""
Stadt Fehrenbüttel · Stadtkasse / Vollstreckungsstelle
{RATHAUS}

Herrn
[[P|Vũ Văn Thành]]
Imbiss „Saigon Corner“
[[A|Postfach 14 07]]
[[A|24861 Fehrenbüttel]]

Kundennummer: [[AZ|100 482 331]]
Kassenzeichen: [[AZ|8.1000.556712]]
Datum: 23.06.2025

Mahnung – Sondernutzungsgebühr Außengastronomie 2025

Sehr geehrter Herr [[P|Vũ]],

die Rechnung Nr. 2025-04417 vom 03.03.2025 über 640,00 EUR ist weiterhin offen. Ihre Zahlung per Kreditkarte vom 14.04.2025 (American Express, Karte [[CC|{amex(cc_amex)}]]) wurde vom Kartenanbieter zurückgebucht (Buchungsnummer 7741-2209). Laut Gewerbeanmeldung ist der Betrieb beim Finanzamt unter der Steuernummer [[TNR|{tnr_vu}]] geführt.

Bitte überweisen Sie 645,00 EUR (einschließlich 5,00 EUR Mahngebühr) bis zum 07.07.2025 auf das Konto der Stadtkasse [[N|{CITY_IBAN}]]. Andernfalls wird die Vollstreckung nach dem Landesverwaltungsgesetz eingeleitet.

Im Auftrag
[[P|Jörn Feddersen]], Vollziehungsbeamter
Tel. [[T|04621 8870-187]] · Kasse geöffnet Mo–Fr 8–12 Uhr
""")

# 29 Bürgerbüro – imperfect German, Iraqi passport
doc("outlook", "buergerbuero", f"""
Betreff: termin wohnungsanmeldung

Sehr geehrte Damen und Heren,

ich bin [[P|Yusuf Al-Hamdani]] und wohne jetz neu in Fehrenbüttel, [[A|Friedrichstädter Weg 44]], bei familie [[P|Saleh]]. Ich brauche termin fur anmeldung, online geht nicht. Mein pass ist irakisch, nummer [[PASS|{pass_irq}]], aufenthaltstitel habe ich auch. Geburtsdatum [[DOB|01.01.1990]].

Welche papier brauche ich noch? Vermieter ist Herr [[P|Saleh]], er gibt wohnungsgeberbestätigung.

mein handy [[T|01590 2233 418]]

Danke sehr
[[P|Yusuf]]
""")

# 30 Ordnungsamt – Fundbüro, ID card with check digit, card data
doc("word", "fundbuero", f"""
Fundbüro Fehrenbüttel – Eingangsvermerk
Az.: [[AZ|32-FB-318/25]]
Eingang: Freitag, 20.06.2025, 11:20 Uhr, abgegeben von [[P|Hinnerk Paulsen]] ([[T|0170 55 81 203]]), gefunden am Busbahnhof

Inhalt der schwarzen Geldbörse:
– Personalausweis, ausgestellt auf [[P|Marie-Theres O'Connor]], geb. [[DOB|08.12.1998]], Nr. [[IDC|{idc_oconnor}]]
– Girocard der Förde Sparkasse, [[IBAN|{iban_oconnor}]]
– Visa-Karte [[CC|{group(cc_visa, 4)}]]
– Gesundheitskarte der BARMER, [[KV|{kv_oconnor}]]
– Bargeld 23,50 EUR, Bonuskarte einer Bäckerei

Die Eigentümerin ist laut Ausweis unter [[A|Norderstraße 2]], [[A|24871 Fehrenbüttel]] gemeldet und telefonisch nicht erreichbar; die Benachrichtigung per Post ging am 20.06. raus. Der Finder verzichtet auf Finderlohn. Die Karten wurden über den Sperr-Notruf [[N|116 116]] gesperrt.

Bearbeitet: [[P|R. Ivanova]]
""")


def main():
    assert len(DOCS) == 30, len(DOCS)
    lines = [build(f"b25-{i:03d}", ch, tpl, text, flags) for i, (ch, tpl, text, flags) in enumerate(DOCS, 1)]
    ids = [d["id"] for d in lines]
    assert len(set(ids)) == len(ids)
    with open(OUT, "w", encoding="utf-8") as f:
        for d in lines:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    cats = Counter(e["category"] for d in lines for e in d["entities"])
    flags = Counter(fl for d in lines for fl in d["specialCategories"])
    print(f"{len(lines)} documents, {sum(cats.values())} entities, "
          f"{sum(len(d['neutral']) for d in lines)} neutral spans")
    print("channels:", dict(Counter(d["channel"] for d in lines)))
    for c, n in sorted(cats.items(), key=lambda kv: -kv[1]):
        print(f"  {c:18s} {n}")
    print("special categories:", dict(flags))


if __name__ == "__main__":
    main()
