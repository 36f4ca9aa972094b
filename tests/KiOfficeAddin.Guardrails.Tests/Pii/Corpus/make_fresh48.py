#!/usr/bin/env python3
"""Held-out batch 48: VG Haardtwein / Stadt Weinsheim an der Haardt (invented Rhineland-Palatinate wine town).

Ordnungsamt (noise, Weinfest permits, parking), Gewerbeamt (Weingüter, GbR, Straußwirtschaft), Wahlamt (Wahlhelfer,
Briefwahl, Erfrischungsgeld), Fundbüro, Friedhof; US military families writing in English; Hungarian, Czech,
Bulgarian and Romanian seasonal workers. Writes fresh48.jsonl next to this file.
"""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True
CORPUS = "/work/main/tests/KiOfficeAddin.Guardrails.Tests/Pii/Corpus"
sys.path.insert(0, CORPUS)
from marks import build  # noqa: E402
from identifiers import Identifiers, mod97_iban, mod11_10_check, icao_check, group  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ids = Identifiers(4848)


# ---------------------------------------------------------------- identifiers
def de_iban(blz):
    return mod97_iban("DE", blz + ids.digits(10))


def at_iban(bank):
    return mod97_iban("AT", bank + ids.digits(11))


def nl_iban(bank):
    while True:  # Dutch account numbers pass the "elfproef" (weights 10..1, mod 11)
        acc = ids.digits(10, first_nonzero=True)
        if sum(int(d) * (10 - i) for i, d in enumerate(acc)) % 11 == 0:
            return mod97_iban("NL", bank + acc)


def pl_iban(bank7):
    check = (10 - sum(int(d) * w for d, w in zip(bank7, (3, 9, 7, 1, 3, 9, 7))) % 10) % 10
    return mod97_iban("PL", bank7 + str(check) + ids.digits(16))


def sp(iban):
    return group(iban, 4)


CITY_IBAN = sp(de_iban("54651240"))          # Verbandsgemeindekasse, Sparkasse Rhein-Haardt (neutral)
IBAN_YILDIRIM = sp(de_iban("54651240"))
IBAN_TESFAYE = sp(de_iban("54650010"))
IBAN_KOWALCZYK = sp(pl_iban("1020440"))
IBAN_HUBER = sp(at_iban("20111"))
IBAN_VANDENBERG = sp(nl_iban("RABO"))

TID_BRENNER = ids.tax_id()
TID_AYDIN = ids.tax_id()
TID_PAPADAKIS = ids.tax_id()
VAT_GBR = ids.vat_id()
VAT_SCHAAF = ids.vat_id()
VAT_PAPADAKIS = ids.vat_id()
TNR_GBR = f"31/650/{ids.digits(4)}/{ids.digits(1)}"        # RLP layout FF/BBB/UUUU/P
TNR_SCHAAF = f"31/662/{ids.digits(4)}/{ids.digits(1)}"
TNR_PAPADAKIS = "2731" + "0" + "660" + ids.digits(5)       # 13-digit federal form, RLP (27)

IDC_HADDAD = ids.id_card(check_digit=False)
IDC_YILDIRIM = ids.id_card(check_digit=True)
KV_YILDIRIM = ids.health_insurance()
KV_STOYANOV = ids.health_insurance()
SSN_NAGY = ids.social_security("220394", "N")
SSN_NOVOTNA = ids.social_security("140699", "N")
CC_HODZIC = ids.credit_card("54", 16)
CC_WHITFIELD = ids.credit_card("37", 15)

GERMAN_ID_CARDS = {IDC_HADDAD, IDC_YILDIRIM}


def ssn_fmt(s):
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"


def cc4(s):
    return group(s, 4)


def amex(s):
    return f"{s[:4]} {s[4:10]} {s[10:]}"


def tid_fmt(s):
    return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


OFF_STREET = "[[N|Marktplatz 1]]"
OFF_CITY = "[[N|67496 Weinsheim an der Haardt]]"
ZENTRALE = "[[N|06323 9410-0]]"

DOCS = []


def doc(channel, template, flags, text):
    DOCS.append((channel, template, flags, text.strip("\n")))


# ---------------------------------------------------------------- 001 word: Anhörung Lärm
doc("word", "anhoerung_laerm", [], f"""
Verbandsgemeindeverwaltung Haardtwein
Fachbereich 2 – Ordnungsamt
{OFF_STREET} · {OFF_CITY}

VGV Haardtwein · [[N|Postfach 11 20]] · [[N|67494 Weinsheim an der Haardt]]
Herrn
[[P|Dragan Petrović]]
[[A|Im Sonnenhang 14 a]]
[[A|67496 Weinsheim an der Haardt]]

Unser Zeichen: [[AZ|32.2-OWi-0418/25]]
Auskunft: Frau [[P|Hartmann]], Zimmer 2.07
Telefon: [[T|06323 9410-231]]
E-Mail: [[N|ordnungsamt@vg-haardtwein.de]]
Datum: 16.09.2025

Anhörung im Bußgeldverfahren
Unzulässiger Lärm gemäß § 117 OWiG

Sehr geehrter Herr [[P|Petrović]],

Ihnen wird zur Last gelegt, am Samstag, den 06.09.2025, in der Zeit von etwa 23:40 Uhr bis 02:15 Uhr auf dem Grundstück [[A|Im Sonnenhang 14 a]] ohne berechtigten Anlass Lärm erregt zu haben, der geeignet war, die Nachbarschaft erheblich zu belästigen (laute Musik über eine Außenlautsprecheranlage, Gesang und Rufe im Garten). Die Polizeiinspektion Neustadt wurde zweimal verständigt; die Streife stellte um 00:50 Uhr die Ruhestörung fest und forderte Sie zur Beendigung auf. Nach Abzug der Beamten wurde die Musik nach Angaben der Beschwerdeführer erneut eingeschaltet.

Betroffener: [[P|Dragan Petrović]], geb. [[DOB|03.11.1981]] in Kragujevac
Zeugen: Frau [[P|Aleksandra Wiśniewska]] (Im Sonnenhang), Beamte der Polizeiinspektion Neustadt

Sie haben Gelegenheit, sich innerhalb von zwei Wochen nach Zugang dieses Schreibens zu dem Vorwurf zu äußern. Es steht Ihnen frei, sich zur Sache zu äußern oder nicht; zu Angaben zur Person (§ 111 OWiG) sind Sie verpflichtet. Eine Ordnungswidrigkeit nach § 117 OWiG kann mit einer Geldbuße bis zu 5.000 Euro geahndet werden. Bitte geben Sie bei Rückfragen das oben genannte Zeichen an.

Mit freundlichen Grüßen
Im Auftrag

[[P|Jutta Hartmann]]

Sprechzeiten Mo–Fr 8:30–12:00 Uhr, Do 14:00–18:00 Uhr · Zentrale {ZENTRALE} · Sparkasse Rhein-Haardt, IBAN [[N|{CITY_IBAN}]]
""")

# ---------------------------------------------------------------- 002 outlook: informal noise complaint (HEALTH)
doc("outlook", "laermbeschwerde", ["HEALTH"], """
Betreff: lärm nachbar schon wieder!!!

hallo ordnungsamt,

ich weiß echt nicht mehr weiter. der nachbar, herr [[P|winter]] aus der nr. 9, feiert seit mai jedes wochenende im garten bis 3 uhr nachts mit musik und seinen kumpels. im winter war ja ruhe aber jetzt ist es unerträglich. ich hab seit letztem jahr herzrhythmusstörungen, nehme betablocker und mein kardiologe ([[P|Dr. med. Petra Sauer-Ostermann]] in neustadt) sagt ich brauch unbedingt meinen schlaf.
sein auto ([[KFZ|DÜW-RW 612]]) steht dann auch noch immer quer vor meiner einfahrt.

ich wohn in der [[A|kelterstraße 11]], [[A|67496 weinsheim]]. meine tochter [[P|vanessa]] hat auch schon mit ihm geredet, bringt nix, er lacht nur.

bitte ruft mich an [[T|0152 28817364]], ab 17 uhr bin ich daheim

gruß [[P|moni]]

[[P|Monika Grünewald-Fuchs]]
Gesendet von meinem Samsung Galaxy
""")

# ---------------------------------------------------------------- 003 word: Gestattung § 12 GastG
doc("word", "weinfest_gestattung", [], f"""
Verbandsgemeindeverwaltung Haardtwein – Ordnungsamt
{OFF_STREET}, {OFF_CITY}

Weingut [[P|Kessler-Dahm]] GbR
z. Hd. Frau [[P|Carolin Kessler-Dahm]]
[[A|Weinstraße 88]]
[[A|67496 Weinsheim an der Haardt]]

Az.: [[AZ|32.4-GastG-2025/061]]
Kassenzeichen: [[AZ|5.3300.118402]]
Durchwahl: [[T|06323 9410-230]]
Datum: 25.08.2025

Gestattung nach § 12 Gaststättengesetz – Haardter Weinfest vom 05.09. bis 08.09.2025

Sehr geehrte Frau [[P|Kessler-Dahm]],

auf Ihren Antrag vom 04.08.2025 wird Ihnen gestattet, während des Haardter Weinfestes am Stand Nr. 7 (Marktplatz, gegenüber der Protestantischen Kirche) Wein, Weinschorle, Traubensaft und Flammkuchen zum Verzehr an Ort und Stelle abzugeben.

Nebenbestimmungen:
1. Ausschankzeiten: Freitag und Samstag 11:00–01:00 Uhr, Sonntag und Montag 11:00–23:00 Uhr.
2. Verantwortliche Person vor Ort ist Herr [[P|Benedikt Dahm]], mobil erreichbar unter [[T|0171 4409187]]. Ein Wechsel ist dem Ordnungsamt vorher anzuzeigen.
3. Das Jugendschutzgesetz ist zu beachten; der Aushang nach § 3 JuSchG ist gut sichtbar anzubringen.
4. Mindestens ein alkoholfreies Getränk ist nicht teurer als das billigste alkoholische Getränk gleicher Menge anzubieten (§ 6 GastG).
5. Es sind Mehrwegbecher zu verwenden (Pfand 2,00 EUR). Die Weinfestsatzung vom 12.03.2019 gilt.

Für diese Gestattung wird eine Verwaltungsgebühr von 85,00 EUR festgesetzt (Tarifstelle 3.1.4 des Besonderen Gebührenverzeichnisses). Bitte überweisen Sie den Betrag bis 04.09.2025 unter Angabe des Kassenzeichens auf das Konto der Verbandsgemeindekasse Haardtwein, IBAN [[N|{CITY_IBAN}]].

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist bei der Verbandsgemeindeverwaltung Haardtwein, {OFF_STREET}, {OFF_CITY}, schriftlich oder zur Niederschrift einzulegen.

Mit freundlichen Grüßen
Im Auftrag

[[P|Dennis Wüst]]
Sachgebietsleiter Ordnungsamt
""")

# ---------------------------------------------------------------- 004 outlook: forwarded stand enquiry
doc("outlook", "weinfest_anfrage_wg", [], """
Betreff: WG: Anfrage Weinstand Kerwe

Hallo [[P|Dennis]],

kannst du das übernehmen? Ist eher dein Thema (Gestattung, nicht Reisegewerbe). Die Dame hat heute schon zweimal angerufen.

Gruß
[[P|Svetlana]]

-----Ursprüngliche Nachricht-----
Von: [[P|Giulia Esposito]] <[[E|giulia.esposito@web.de]]>
Gesendet: Montag, 1. September 2025 21:47
An: Gewerbeamt <[[N|gewerbeamt@vg-haardtwein.de]]>
Betreff: Anfrage Weinstand Kerwe

Guten Abend,

mein Mann [[P|Salvatore]] und ich möchten beim Weinfest im Oktober zusammen mit unseren griechischen Nachbarn einen kleinen Stand machen: italienische und griechische Häppchen und Wein vom Weingut Dörrhof (gekauft, nicht selbst gemacht). Brauchen wir dafür eine Reisegewerbekarte oder reicht die Gestattung? Wir haben sowas noch nie gemacht und wollen alles richtig machen. Der Erlös geht an den Förderverein der Grundschule.

Unsere Adresse: [[A|Am Mühlbach 3]], [[A|67497 Rebach]]
Tel. [[T|06323 / 98 41 07]] (abends) oder mobil [[T|0157 3328 4190]]

Grazie und viele Grüße
[[P|Giulia Esposito]]
""")

# ---------------------------------------------------------------- 005 word: Prüfvermerk Gewerbeanmeldung GbR
doc("word", "gewerbe_gbr_vermerk", [], f"""
Gewerbeamt – Prüfvermerk zur Gewerbeanmeldung (GewA 1)

Eingang: 28.08.2025                    Vorgang: [[AZ|GA-2025-00731]]
Betrieb: Weingut [[P|Brenner]] & [[P|Aydın]] GbR – Weinverkauf ab Hof, Gutsausschank, Veranstaltungen
Betriebsstätte: [[A|Mandelgasse 21–23]], [[A|67496 Weinsheim an der Haardt]]
Beginn der Tätigkeit: 01.10.2025

Gesellschafter 1: [[P|Lukas Brenner]], geb. [[DOB|17.02.1990]] in Neustadt an der Weinstraße, deutsch, wohnhaft in der Betriebsstätte
Gesellschafterin 2: [[P|Elif Aydın]], geb. [[DOB|02.08.1992]] in Mannheim, deutsch

Steuerliche Angaben lt. Fragebogen zur steuerlichen Erfassung:
Steuernummer der GbR: [[TNR|{TNR_GBR}]] (Finanzamt Neustadt)
USt-IdNr.: [[VAT|{VAT_GBR}]]
Steuer-IdNr. Gesellschafter 1: [[TID|{tid_fmt(TID_BRENNER)}]]
Steuer-IdNr. Gesellschafterin 2: [[TID|{TID_AYDIN}]]

Prüfung:
– Erzeugung und Verkauf eigener Weine ist landwirtschaftliche Urproduktion und nicht gewerbepflichtig; angemeldet werden der Zukauf und Handel mit Fremdweinen sowie die Veranstaltungen (Weinproben, Hoffeste).
– Ausschank eigener Erzeugnisse als Straußwirtschaft (max. 4 Monate, 40 Plätze) ist nach § 14 GastG erlaubnisfrei; für den Veranstaltungsbetrieb ist eine Erlaubnis nach § 2 GastG zu prüfen, Antrag wurde ausgehändigt.
– Keine Eintragung im Handelsregister (GbR). Gebühr 26,00 EUR, Rechnungs-Nr. 2025-GA-1187, bezahlt.
– Mitteilungen an IHK Pfalz, Finanzamt, Berufsgenossenschaft und Statistisches Landesamt Bad Ems veranlasst.

Rückfrage zu den Sitzplätzen mit Herrn [[P|Brenner]] telefonisch unter [[T|06323 70 22 418]] geklärt.

[[P|Kovalenko]], 03.09.2025
""")

# ---------------------------------------------------------------- 006 outlook: Straußwirtschaft, signature
doc("outlook", "strausswirtschaft", [], f"""
Betreff: Anzeige Straußwirtschaft 2025/26 – Weingut [[P|Schaaf-Wendel]]

Sehr geehrte Frau [[P|Kovalenko]],

wie jedes Jahr zeigen wir hiermit unsere Straußwirtschaft an: geöffnet vom 10.10.2025 bis 31.01.2026, freitags bis sonntags ab 16 Uhr, höchstens 40 Plätze im Hof und in der alten Kelterhalle. Warme Speisen machen wir diesmal selbst – einen richtigen Koch haben wir nicht, meine Schwiegermutter übernimmt die Küche (Saumagen, Leberknödel, Flammkuchen). Die Belehrung nach § 43 IfSG hat sie im März beim Gesundheitsamt gemacht, die Bescheinigung kann ich gern schicken.

Falls Sie die Nummern für die Akte brauchen: Steuernummer [[TNR|{TNR_SCHAAF}]], USt-IdNr. siehe unten.

Schöne Grüße aus dem Wingert
[[P|Heike Schaaf-Wendel]]

--
Weingut [[P|Schaaf-Wendel]] · Inh. [[P|Heike Schaaf-Wendel]]
[[A|Kirchgasse 5]] · [[A|67496 Weinsheim an der Haardt]]
Tel. [[T|06323 4471]] · Mobil [[T|0160 9923 815]]
[[E|info@weingut-schaaf-wendel.de]] · [[N|www.weingut-schaaf-wendel.de]]
USt-IdNr. [[VAT|{VAT_SCHAAF}]]
""")

# ---------------------------------------------------------------- 007 word: Wahlhelfer table (POLITICS)
doc("word", "wahlhelfer_liste", ["POLITICS"], """
Verbandsgemeinde Haardtwein – Wahlamt
Bürgermeisterwahl Stadt Weinsheim an der Haardt am 26.10.2025
Besetzung der Wahlvorstände – Stand 29.09.2025 – nur für den Dienstgebrauch

Anschriften in der jeweiligen Ortsgemeinde, sofern nicht anders angegeben. Spalte „Vorschlag": vorschlagende Partei bzw. Wählergruppe nach § 8 KWG.

Wahlbezirk 001 – Grundschule Weinsheim, [[N|Schulstraße 2]]
Funktion	Name, Vorname	geb.	Anschrift	Vorschlag
Wahlvorsteher	[[P|Dörr, Matthias]]	[[DOB|12.05.1968]]	[[A|Lindenring 14]]	CDU
stv. Wahlvorsteherin	[[P|Nguyen, Thi Thu Ha]]	[[DOB|27.09.1985]]	[[A|Weinstraße 101]]	SPD
Schriftführer	[[P|Okonkwo, Emeka]]	[[DOB|08.01.1990]]	[[A|Am Rosenberg 3 b]]	Verwaltung
Beisitzerin	[[P|von der Heydt, Charlotte]]	[[DOB|15.07.1952]]	[[A|Gartenweg 9]]	FWG
Beisitzer	[[P|Kaya, Mustafa]]	[[DOB|30.03.1977]]	[[A|Fröbelstraße 3]], [[A|67433 Neustadt]]	GRÜNE

Wahlbezirke 002 (Bürgerhaus Rebach) und 003 (Dorfgemeinschaftshaus Kirrheim): siehe Anlage 2; Beisitzer für 003 noch offen.

Schulung der Wahlvorstände: Montag, 20.10.2025, 18:00 Uhr, Sitzungssaal Rathaus. Erfrischungsgeld 50,00 EUR, Wahlvorsteher/innen 60,00 EUR.
Rückfragen: [[P|Annika Lindqvist]], Tel. [[T|06323 9410-260]], [[N|wahlamt@vg-haardtwein.de]]
""")

# ---------------------------------------------------------------- 008 outlook: short cancellation (HEALTH)
doc("outlook", "wahlhelfer_absage", ["HEALTH"], """
Betreff: Absage Beisitzer WB 002

Hallo Frau [[P|Lindqvist]],

leider muss ich für den 26.10. absagen, ich werde am 21.10. an der Hüfte operiert (neues Gelenk) und bin danach drei Wochen in der Reha. Vielleicht kann meine Frau [[P|Ewa]] einspringen, sie war letztes Mal schon dabei: [[T|0170 5563021]].

Viele Grüße
[[P|Jerzy Kowalczyk]]
""")

# ---------------------------------------------------------------- 009 outlook: Briefwahl to Italy
doc("outlook", "briefwahl_ausland", [], """
Betreff: Briefwahl Bürgermeisterwahl – Versand nach Italien

Gentili Signori, sehr geehrte Damen und Herren,

ich bin im ganzen Oktober bei meiner Familie in Apulien und möchte per Briefwahl wählen (ich bin EU-Bürger und seit 1989 in Weinsheim gemeldet). Bitte schicken Sie die Unterlagen an diese Adresse:

[[P|Antonio De Luca]]
c/o [[P|Rosaria De Luca]]
[[A|Via Giuseppe Garibaldi 48]]
[[A|70056 Molfetta]] (BA)
Italia

Zur Sicherheit meine Daten: geboren am [[DOB|29.06.1957]] in Molfetta, wohnhaft in Weinsheim, [[A|Kelterstraße 27]]. Die Nummer auf der Wahlbenachrichtigung ist [[N|001/0873]].

Grazie mille!
[[P|Antonio De Luca]]
[[T|+39 340 718 2296]]
[[E|antonio.deluca57@libero.it]]
""")

# ---------------------------------------------------------------- 010 word: Aktenvermerk Vollmacht Briefwahl
doc("word", "vermerk_briefwahl_vollmacht", [], f"""
Aktenvermerk

Wahlamt / Bürgerbüro – Bürgermeisterwahl am 26.10.2025
Az.: [[AZ|1.3-052-BMW/25-014]]

Betreff: Abholung von Briefwahlunterlagen durch eine bevollmächtigte Person

Am 14.10.2025 gegen 10:20 Uhr erschien im Bürgerbüro Herr [[P|Yusuf Haddad]], wohnhaft [[A|Ostring 12]], [[A|67496 Weinsheim an der Haardt]], und beantragte für seine Nachbarin, Frau [[P|Hildegard Vogel]], geb. [[DOB|08.03.1936]], wohnhaft [[A|Ostring 14]], die Erteilung eines Wahlscheins mit Briefwahlunterlagen. Er legte die auf der Rückseite der Wahlbenachrichtigung vorgedruckte, unterschriebene Vollmacht vor und wies sich mit seinem Personalausweis aus (Nr. [[IDC|{IDC_HADDAD}]]).

Nach der Kommunalwahlordnung darf eine bevollmächtigte Person die Unterlagen für nicht mehr als vier Wahlberechtigte entgegennehmen und muss dies schriftlich versichern. Er gab an, außerdem die Unterlagen für das Ehepaar [[P|Erwin]] und [[P|Liselotte Faust]] ([[A|Ostring 16]]) abholen zu wollen; Vollmachten lagen hierfür nicht vor. Diese Unterlagen wurden nicht ausgehändigt.

Der Wahlschein Nr. [[N|001-0147]] wurde ausgestellt und gegen Empfangsbestätigung ausgehändigt; im Wählerverzeichnis (WB 001, lfd. Nr. [[N|1342]]) wurde der Sperrvermerk „W" eingetragen.

Weinsheim, 14.10.2025
[[P|Kemal Öztürk]], Bürgerbüro
""")

# ---------------------------------------------------------------- 011 outlook: English, lost passport
doc("outlook", "fundbuero_en", [], """
Betreff: Lost purse with passport at wine festival – please help

Hello,

sorry for writing in English, my German is still really bad. My daughter [[P|Kayleigh]] (16) lost her small black purse at the wine festival on Saturday night, probably near the carousel on the Marktplatz. Inside was her US passport, no. [[PASS|A04831726]], her military dependent ID and about 40 euros. We need the passport urgently because we fly home to North Carolina on October 20.

Her full name is [[P|Kayleigh Marie O'Connell]], DOB [[DOB|03/14/2009]].

We live off base: [[A|Am Wingertsberg 6]], [[A|67497 Mandelhausen]].
You can reach me at [[T|0151 4627 3390]] (German cell) or my husband SSG [[P|Brian O'Connell]] at [[E|brian.m.oconnell.mil@army.mil]]. He works at Kleber Kaserne, so he could pick it up any weekday.

Thank you so much / vielen Dank!
[[P|Tamara O'Connell]]
""")

# ---------------------------------------------------------------- 012 word: Fundanzeige Geldbörse
doc("word", "fundbuero_fundanzeige", [], f"""
Fundanzeige – Eintrag ins Fundbuch

Fundnummer: [[N|FB 2025/0388]]
Fundtag: 07.09.2025, ca. 00:30 Uhr
Fundort: Marktplatz Weinsheim, vor dem Ausschank der Winzergenossenschaft (Stand 1)
Eingang Fundbüro: 08.09.2025

Fundsache: Geldbörse, Leder, braun, mit folgendem Inhalt:
– Personalausweis Nr. [[IDC|{IDC_YILDIRIM}]], ausgestellt auf [[P|Ömer Faruk Yıldırım]], geb. [[DOB|26.05.1987]], [[A|Talstraße 8]], [[A|67098 Bad Dürkheim]]
– girocard Sparkasse Rhein-Haardt, IBAN [[IBAN|{IBAN_YILDIRIM}]]
– elektronische Gesundheitskarte der AOK Rheinland-Pfalz/Saarland, Versichertennummer [[KV|{KV_YILDIRIM}]]
– Führerschein Klasse B
– Bargeld 63,50 EUR, 2 Wertmarken Weinfest, 1 Pfandbecher

Die Geldbörse wurde zunächst beim Bäcker am Marktplatz abgegeben und von dort am Montag ins Fundbüro gebracht.
Finder: Herr [[P|Jannik Bäcker]], Rebach, Tel. [[T|0176 2040 8813]]. Der Finder verlangt Finderlohn nach § 971 BGB.

Benachrichtigung des Verlierers: Schreiben an die Anschrift lt. Ausweis am 08.09.2025. Herr [[P|Yıldırım]] hat am 10.09.2025 angerufen; Abholung am 11.09.2025 gegen Vorlage des Führerscheins vereinbart.
Aufbewahrung bis: 07.03.2026

Bearbeiter: [[P|Dörr]]
""")

# ---------------------------------------------------------------- 013 outlook: found dog, credit card
doc("outlook", "fundtier_hund", [], f"""
Betreff: Re: Fundhund Beagle – Abholung

Hallo Herr [[P|Dörr]],

vielen vielen Dank, dass Sie gleich angerufen haben!!! Ja, das ist unsere Frida, die Chipnummer stimmt ([[N|276098106543217]]). Wir holen sie morgen um 9 im Tierheim ab. Die Kosten für die Unterbringung (3 Tage) können Sie gern von meiner Kreditkarte abbuchen: [[CC|{cc4(CC_HODZIC)}]], gültig bis 11/27, Inhaberin [[P|Marija Hodžić]].

Liebe Grüße
[[P|Marija]] & [[P|Emir Hodžić]]
[[A|Birkenweg 19]]
[[A|67497 Mandelhausen]]

Am 23.09.2025 um 16:02 schrieb Fundbüro VG Haardtwein <[[N|fundbuero@vg-haardtwein.de]]>:
> Sehr geehrte Frau [[P|Hodžić]],
>
> wie soeben telefonisch besprochen, wurde am Sonntag in der Weinbergslage „Haardter Mandelpfad" eine Beagle-Hündin gefunden und ins Tierheim Bad Dürkheim gebracht. Bitte bringen Sie den Heimtierausweis mit.
>
> Mit freundlichen Grüßen
> [[P|Ralf Dörr]]
> Fundbüro, Tel. [[T|06323 9410-272]]
""")

# ---------------------------------------------------------------- 014 word: Friedhof Gebührenbescheid
doc("word", "friedhof_gebuehren", [], f"""
Verbandsgemeindeverwaltung Haardtwein · Friedhofsverwaltung
{OFF_STREET} · {OFF_CITY}

Frau
[[P|Brigitte Hammer-Schweikert]]
[[A|Queichheimer Hauptstraße 130]]
[[A|76829 Landau in der Pfalz]]

Kassenzeichen: [[AZ|6.7510.004213]]
Datum: 02.10.2025

Gebührenbescheid – Verlängerung des Nutzungsrechts an einer Wahlgrabstätte

Sehr geehrte Frau [[P|Hammer-Schweikert]],

in der Wahlgrabstätte auf dem Friedhof Weinsheim, Feld B, Reihe 3, Nr. 11–12 (Doppelgrab), ruhen Ihre Eltern [[P|Walter Schweikert]] (geb. [[DOB|19.11.1934]], gest. 04.02.2005) und [[P|Erna Schweikert]] geb. [[P|Lehr]] (* [[DOB|27.06.1938]], † 11.01.2019). Das Nutzungsrecht läuft am 31.12.2025 ab. Auf Ihren Antrag vom 15.09.2025 wird es um 10 Jahre bis zum 31.12.2035 verlängert.

Gebühr nach § 4 Nr. 2.1 der Friedhofsgebührensatzung:
10 Jahre × 2 Grabstellen × 38,50 EUR = 770,00 EUR

Bitte überweisen Sie den Betrag bis zum 03.11.2025 unter Angabe des Kassenzeichens auf das Konto der Verbandsgemeindekasse Haardtwein, IBAN [[N|{CITY_IBAN}]].

Hinweis: Der Grabstein ist laut Kontrolle vom Frühjahr nicht mehr standsicher. Bitte beauftragen Sie einen Steinmetz; die Firma des Herrn [[P|Winter]] in Edenkoben hat das Grab bisher betreut.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Verbandsgemeindeverwaltung Haardtwein, {OFF_STREET}, {OFF_CITY}, erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Ingrid Closs-Becker]]
""")

# ---------------------------------------------------------------- 015 outlook: Muslim burial (RELIGION)
doc("outlook", "friedhof_bestattung_islam", ["RELIGION"], """
Betreff: dringend – Beerdigung meines Vaters im muslimischen Grabfeld

Sehr geehrte Damen und Herren,

mein Vater [[P|Mahmoud Al-Khatib]] (geb. [[DOB|1.7.1949]]) ist heute Nacht im Krankenhaus in Neustadt verstorben. Nach unserem Glauben soll er so schnell wie möglich beerdigt werden, am besten schon morgen, in einem Leichentuch ohne Sarg und mit dem Gesicht nach Mekka. Ist das neue Grabfeld für muslimische Bestattungen auf dem Friedhof Weinsheim schon freigegeben? Die rituelle Waschung übernimmt die Moscheegemeinde in Ludwigshafen, das Totengebet hält Imam [[P|Tarek Benali]].

Der Bestatter ist Pietät [[P|Lenz]] in Neustadt, Herr [[P|Lenz]] weiß Bescheid und meldet sich auch bei Ihnen.

Bitte rufen Sie mich an, ich bin den ganzen Tag erreichbar: [[T|0162 7719 044]]

[[P|Rania Al-Khatib]]
[[A|Weinstraße 63]], [[A|67496 Weinsheim]]
""")

# ---------------------------------------------------------------- 016 outlook: urn for husband (SEXUAL_ORIENTATION)
doc("outlook", "friedhof_urne_partner", ["SEXUAL_ORIENTATION"], """
Betreff: Urnenbeisetzung / Partnergrab – [[P|Oberländer]]

Guten Tag Frau [[P|Closs-Becker]],

wie am Telefon besprochen hier die Angaben: Mein Mann [[P|Dr. Frank Oberländer]], geb. [[DOB|22.04.1961]], ist am 19. September gestorben. Wir waren 31 Jahre zusammen, seit 2017 verheiratet. Ich möchte eine Urnen-Partnergrabstätte unter den Bäumen, damit ich später neben ihm beigesetzt werden kann. Die Urne ist noch im Krematorium in Landau.

Die Trauerrede hält ein freier Redner, Herr [[P|Till Amrhein]]. Als Termin wäre uns Freitag, der 10.10., um 14 Uhr recht.

Rechnung bitte an mich:
[[P|Sebastian Marquardt-Oberländer]]
[[A|Hohlweg 2]]
[[A|67498 Kirrheim]]
[[E|s.marquardt@posteo.de]]

Viele Grüße
[[P|Sebastian Marquardt-Oberländer]]
""")

# ---------------------------------------------------------------- 017 word: exhumation for DNA test (GENETIC)
doc("word", "friedhof_exhumierung", ["GENETIC"], """
Verbandsgemeindeverwaltung Haardtwein – Friedhofsverwaltung

Kanzlei [[P|Sokolova]] & Partner Rechtsanwälte
Frau Rechtsanwältin [[P|Dr. Irina Sokolova]]
[[A|Postfach 10 04 27]]
[[A|67404 Neustadt an der Weinstraße]]

Unser Zeichen: [[AZ|FV-32/2025-Ex 02]]
Datum: 18.09.2025

Genehmigung der Ausgrabung und Probenentnahme – Reihengrab Feld D, Nr. 41, Friedhof Weinsheim

Sehr geehrte Frau Dr. [[P|Sokolova]],

auf Ihren Antrag vom 02.09.2025 für Ihren Mandanten, Herrn [[P|Marvin Ebersbach]], geb. [[DOB|04.12.1998]], ergeht folgender Bescheid:

1. Die Ausgrabung der sterblichen Überreste des am 12.01.2024 verstorbenen Herrn [[P|Gerhard Wolfgang Lautenschläger]], geb. [[DOB|30.05.1956]], zum Zweck der Entnahme von Gewebe- und Knochenproben wird genehmigt.
2. Die Probenentnahme erfolgt durch das Institut für Rechtsmedizin der Universitätsmedizin Mainz (Prof. [[P|Dr. Klaus-Dieter Rehm]]). Die Proben dienen ausschließlich der Erstellung des DNA-Abstammungsgutachtens, das das Amtsgericht Neustadt an der Weinstraße – Familiengericht – mit Beschluss vom 04.08.2025 (Az. [[AZ|3 F 214/24]]) im Verfahren zur Feststellung der Vaterschaft angeordnet hat. Ein vorläufiges Gutachten auf Grundlage der Proben einer Halbschwester ergab eine Vaterschaftswahrscheinlichkeit von 99,1 %; die Ausgrabung soll das Ergebnis absichern.
3. Die Wiederbestattung erfolgt am selben Tag in derselben Grabstätte.

Die Witwe wurde nach § 28 VwVfG angehört und hat keine Einwände erhoben.

Gebühr: 250,00 EUR; die Kosten des Bestatters und der Rechtsmedizin trägt der Antragsteller.

Mit freundlichen Grüßen
Im Auftrag
[[P|Closs-Becker]]
""")

# ---------------------------------------------------------------- 018 outlook: seasonal workers registration
doc("outlook", "saisonkraefte_anmeldung", [], f"""
Betreff: Erntehelfer Herbst 2025 – Anmeldung Unterkunft Rebenhof

Guten Morgen Herr [[P|Öztürk]],

wie am Telefon besprochen schicke ich Ihnen vorab die Daten unserer Erntehelfer, die seit 08.09. in der Unterkunft [[A|Am Rebenhof 2]], [[A|67497 Rebach]] wohnen. Die unterschriebenen Meldescheine bringt mein Mann am Donnerstag vorbei, die zwei Bulgaren kommen erst nächste Woche.

1) [[P|Nagy Zsófia]] (Ungarn) – geb. [[DOB|1994. 03. 22]]. (so steht es im Pass, also 22. März) – Reisepass [[PASS|BK4471962]]
   Heimatadresse: [[A|6800 Hódmezővásárhely]], [[A|Petőfi Sándor utca 17]].
2) [[P|Kovács Bence]] (Ungarn) – geb. [[DOB|05.11.2001]] – ungarischer Personalausweis [[IDC|728341NA]] – Adresse wie 1)
3) [[P|Ionuț-Alexandru Popescu]] (Rumänien) – geb. [[DOB|19.07.1988]] – Reisepass [[PASS|057218734]]
   Heimatadresse: [[A|Str. Ștefan cel Mare nr. 41]], [[A|725300 Gura Humorului]], jud. Suceava

Die Rentenversicherungsnummer von [[P|Zsófia]] haben wir vom letzten Jahr, falls Sie die brauchen: [[SSN|{ssn_fmt(SSN_NAGY)}]].

Noch was: unser Mannschaftsbus (weißer Ford Transit, [[KFZ|DÜW-HN 88]]) steht abends in der Rosengasse. Falls sich wieder jemand beschwert – der darf da stehen, hat das Ordnungsamt letztes Jahr gesagt.

Viele Grüße aus Rebach
[[P|Sandra Hahn]]

Weingut [[P|Hahn]] · Rebenhof
Tel. [[T|06323 98770]]
[[E|sandra@weingut-hahn-rebenhof.de]]
""")

# ---------------------------------------------------------------- 019 outlook: Czech worker, mixed languages
doc("outlook", "saisonkraft_meldebescheinigung", [], f"""
Betreff: Meldebescheinigung / registration – [[P|Novotná]]

Dobrý den / Guten Tag,

my name is [[P|Tereza Novotná]], I work as Erntehelferin at Weingut [[P|Kessler-Dahm]] since 1 September. Für meine Krankenversicherung in Tschechien brauche ich eine Meldebescheinigung (registration certificate), bitte. Ich bin geboren am [[DOB|14. 6. 1999]], Reisepass Nr. [[PASS|45821736]].
My address here: [[A|Weinstraße 88]], [[A|67496 Weinsheim an der Haardt]] (Gästehaus am Weingut).
Home: [[A|Husova 212/7]], [[A|370 01 České Budějovice]].

Also – Frau [[P|Kessler]] says I need this number from last year for the Rentenversicherung: [[SSN|{SSN_NOVOTNA}]] – is it correct or do I get new one?

sorry for my bad german, děkuji!
[[P|Tereza]]
[[T|+420 737 214 508]]
[[E|tereza.novotna99@seznam.cz]]
""")

# ---------------------------------------------------------------- 020 word: Vermerk Ortstermin Unterkunft (HEALTH, UNION)
doc("word", "vermerk_unterkunft", ["HEALTH", "UNION"], f"""
Vermerk – Ortstermin Erntehelferunterkunft [[A|Am Rebenhof 2]], Rebach (Weingut [[P|Hahn]])

Datum: 17.09.2025, 14:00–15:30 Uhr
Az.: [[AZ|32.1-OT-2025/112]]
Teilnehmende: [[P|Dennis Wüst]] (Ordnungsamt), Frau [[P|Sandra Hahn]] (Betriebsinhaberin), Herr [[P|Georgi Ivanov]] (Bewohner, Sprecher der Bewohner), eine Dolmetscherin der Beratungsstelle Faire Mobilität Mannheim

Anlass: anonyme Beschwerde vom 11.09.2025 über Überbelegung und fehlende Sanitäranlagen.

Feststellungen:
1. Im Wohncontainer 1 waren acht Betten aufgestellt (zulässig nach der Baugenehmigung: sechs). Die Betreiberin hat zwei Betten noch während des Termins in Container 3 umstellen lassen.
2. Zwei von vier Duschen waren außer Betrieb; Reparatur ist für den 19.09. beauftragt.
3. Herr [[P|Plamen Stoyanov]], geb. [[DOB|03.02.1979]], hat sich am 12.09. bei der Lese mit der Rebschere tief in die linke Hand geschnitten. Die Wunde wurde im Krankenhaus Hetzelstift genäht, eine Sehne ist verletzt; er ist bis mindestens 26.09. arbeitsunfähig und kann die Hand nicht belasten. Krankenversichertennummer lt. Arbeitgeberin: [[KV|{KV_STOYANOV}]]. Die Unfallanzeige an die SVLFG ist nach Angabe von Frau [[P|Hahn]] erfolgt.
4. Nach Herrn [[P|Ivanov]]s Angaben sind er und zwei Kollegen seit diesem Sommer Mitglieder der IG BAU; die Gewerkschaft prüfe für sie die Lohnabrechnungen.

Weiteres Vorgehen: Nachschau am 01.10.2025; Information an die Gewerbeaufsicht der SGD Süd wegen der Arbeitsschutzfragen.

gez. [[P|Wüst]]
""")

# ---------------------------------------------------------------- 021 word: letter, discrimination (ETHNICITY)
doc("word", "beschwerde_diskriminierung", ["ETHNICITY"], f"""
[[P|Mariya Koleva]]
[[A|Rheinuferstraße 12]]
[[A|67061 Ludwigshafen am Rhein]]
Tel. [[T|0176 9102 7734]]

An die
Verbandsgemeindeverwaltung Haardtwein
Ordnungsamt
{OFF_STREET}
{OFF_CITY}

Ludwigshafen, 22.09.2025

Beschwerde wegen Diskriminierung bei der Zimmervermietung

Sehr geehrte Damen und Herren,

ich schreibe für meinen Vater [[P|Asen Kolev]] (geb. [[DOB|14.04.1968]]) und meinen Onkel, die seit 1. September als Erntehelfer in Kirrheim arbeiten. Beide sprechen kaum Deutsch. Weil die Unterkunft beim Weingut voll war, wollten sie für sechs Wochen ein Zimmer in der Pension „Zur Traube" in der [[A|Bahnhofstraße 31]] in Weinsheim mieten. Am Telefon war alles in Ordnung, aber als sie am 15.09. vor der Tür standen, sagte der Inhaber, Herr [[P|Reinhold Gutting]]: „An Zigeuner vermiete ich nicht."

Ja, unsere Familie sind Roma aus Sliwen in Bulgarien. Mein Vater kommt seit elf Jahren jeden Herbst zur Lese in die Pfalz und hatte nie Probleme. Er hat dann drei Nächte im Auto geschlafen, bis Frau [[P|Hahn]] vom Rebenhof ihm einen Platz gegeben hat.

Ich weiß, dass die Verwaltung nicht über die Pension entscheiden kann. Ich möchte aber wissen, ob Herrn [[P|Gutting]]s Verhalten erlaubt ist und ob das Ordnungsamt als Gewerbebehörde etwas tun kann. Eine Kopie dieses Briefes schicke ich an die Antidiskriminierungsstelle des Bundes.

Mit freundlichen Grüßen

[[P|Mariya Koleva]]
""")

# ---------------------------------------------------------------- 022 outlook: fingerprint time clock (BIOMETRIC)
doc("outlook", "fingerabdruck_stempeluhr", ["BIOMETRIC"], """
Betreff: frage fingerabdruck bei arbeit

Bună ziua, guten tag,

wir sind 6 arbeiter aus Rumänien bei ein Weingut in Kirrheim. Chef hat neue Stempeluhr mit Fingerabdruck. Er hat von alle den Fingerabdruck gescannt und in Computer gespeichert, auch von meine Frau [[P|Alina]] und von [[P|Florin Dumitrescu]], und die Liste mit Fingerabdruck und Name hängt in Büro. Wir haben nix unterschrieben. Ist das erlaubt in Deutschland? Wer kann das kontrollieren?

Mulțumesc,
[[P|Ionuț Stanciu]]
[[T|+40 744 318 062]]
adresse hier: [[A|Zehntgasse 9]], [[A|67498 Kirrheim]]
""")

# ---------------------------------------------------------------- 023 outlook: US airman, parking ticket, Amex
doc("outlook", "verwarnung_en", [], f"""
Betreff: Parking ticket – Az. [[AZ|32.1-VG-25-06617]] – can I pay by credit card?

Hi,

I got a ticket on my windshield Saturday night (Sept 6) on Kirchgasse in Weinsheim, 25 euros ([[AZ|32.1-VG-25-06617]]). Honestly I didn't see the sign, the whole street was full of cars from the wine fest. Anyway, I want to pay it, but we don't have a German bank account yet – only our USAA card and the Amex. Can you charge the Amex? [[CC|{amex(CC_WHITFIELD)}]], exp 08/28, I can give you the CVV by phone. Card holder is my wife, [[P|Jasmine Whitfield-Ramos]].

Car is a black Ford Explorer, plates [[KFZ|KL-JW 2204]].

I'm TSgt [[P|Marcus Whitfield]], 86th Airlift Wing, Ramstein.
Cell: [[T|+1 (210) 418-7702]] (German SIM coming next week)
Off-base address: [[A|Schillerstraße 12a]], [[A|67497 Mandelhausen]]

Thanks a lot,
[[P|Marcus]]

Sent from my iPhone
""")

# ---------------------------------------------------------------- 024 word: Verwarnungsgeldangebot
doc("word", "verwarnung_parken", [], f"""
Verbandsgemeindeverwaltung Haardtwein – Ordnungsamt – Verkehrsüberwachung
{OFF_STREET} · {OFF_CITY} · Telefon {ZENTRALE}

Frau
[[P|Olena Bondarenko]]
[[A|Maximilianstraße 3]]
[[A|67433 Neustadt an der Weinstraße]]

Aktenzeichen: [[AZ|32.1-VG-25-06641]]
Datum: 10.09.2025

Verwarnung mit Verwarnungsgeld

Tattag / Tatzeit: 06.09.2025, 19:42 Uhr
Tatort: Weinsheim an der Haardt, Kirchgasse, Höhe Einmündung Zehntgasse
Kennzeichen: [[KFZ|NW-OB 318]]
Fahrzeug: Škoda, blau

Sehr geehrte Frau [[P|Bondarenko]],

Ihnen wird vorgeworfen, mit dem oben genannten Fahrzeug im Bereich eines absoluten Haltverbots (Zeichen 283) geparkt zu haben (§ 12 Abs. 1, § 49 StVO, § 24 StVG; Nr. 51.1 BKat). Wegen dieser Ordnungswidrigkeit werden Sie verwarnt. Das Verwarnungsgeld beträgt 25,00 EUR.

Die Verwarnung wird nur wirksam, wenn Sie innerhalb einer Woche einverstanden sind und das Verwarnungsgeld auf das Konto der Verbandsgemeindekasse Haardtwein, IBAN [[N|{CITY_IBAN}]], unter Angabe des Aktenzeichens zahlen. Andernfalls wird ein Bußgeldverfahren eingeleitet. Sollten Sie das Fahrzeug nicht selbst geführt haben, teilen Sie uns bitte Namen und Anschrift der Fahrerin oder des Fahrers mit.

Festgestellt durch: Verkehrsüberwachung, Dienstnummer [[N|VÜ 23]]

Mit freundlichen Grüßen
Im Auftrag
[[P|Jutta Hartmann]]
""")

# ---------------------------------------------------------------- 025 word: Telefonnotiz (short)
doc("word", "telefonnotiz", [], """
Telefonnotiz – 30.09.2025, 11:15 Uhr
Anruferin: Frau [[P|Nguyen Thi Lan]] (Nagelstudio, [[A|Hauptstraße 54]]) – Hundekot vor dem Laden, täglich, vermutlich Hund aus dem Nachbarhaus. Rückruf erbeten ab 14 Uhr: [[T|06323 981 4402]].
Angenommen: [[P|Kemal Öztürk]] → weiter an Ordnungsamt, Herrn [[P|Wüst]]
""")

# ---------------------------------------------------------------- 026 word: Niederschrift Stadtrat
doc("word", "niederschrift_stadtrat", [], """
Niederschrift über die 14. öffentliche Sitzung des Stadtrates Weinsheim an der Haardt
am Donnerstag, 11.09.2025, 19:00 Uhr, Sitzungssaal des Rathauses

Vorsitz: Stadtbürgermeister [[P|Thomas Schaaf]]
Schriftführung: [[P|Annika Lindqvist]]
Anwesend: 17 von 20 Ratsmitgliedern; entschuldigt: [[P|Dr. Hans-Jürgen Merkel]], [[P|Petra Winter]]
Von der Verwaltung: Ordnungsamt (zu TOP 1 und 3)

TOP 1 – Einwohnerfragestunde
a) Herr [[P|Karl-Heinz Roos]], [[A|Kelterstraße 19]], beklagt die Lärmbelästigung durch das Weinfest, insbesondere die Musik am Montagabend nach 23 Uhr. Der Vorsitzende sagt eine Prüfung durch das Ordnungsamt zu; die Verwaltung erläutert die Auflagen der Gestattungen. Auf [[P|Roos]]' Nachfrage wird zugesagt, die Messprotokolle im Amtsblatt zu veröffentlichen.
b) Frau [[P|Aylin Doğan]] fragt, ob in der Kirchgasse während des Weinfestes Anwohnerparkplätze freigehalten werden können. Die Verwaltung prüft dies für 2026.

TOP 2 – Bebauungsplan Nr. 14 „Am Kirchberg", 2. Änderung – Satzungsbeschluss (Drucksache 2025/087)
Der Stadtrat beschließt die Abwägung und die Änderung als Satzung. Abstimmung: 17 Ja, 0 Nein, 0 Enthaltungen.

TOP 3 – Vergabe der Standplätze Weinfest 2026 (Drucksache 2025/091)
Ratsmitglied [[P|Bernd Koch]] erklärt sich nach § 22 GemO für befangen, da seine Tochter einen Stand betreibt, und nimmt im Zuschauerraum Platz. Die Ausschreibung soll für den Imbissbereich künftig einen gelernten Koch oder eine Köchin vor Ort verlangen. Beschluss: 16 Ja, 0 Nein, 0 Enthaltungen.

TOP 4 – Mitteilungen
Der Winterdienstplan 2025/26 liegt aus. Die Sprechstunde des Stadtbürgermeisters entfällt am 25.09.2025.

Weinsheim an der Haardt, 15.09.2025

[[P|Thomas Schaaf]], Vorsitzender          [[P|Annika Lindqvist]], Schriftführerin
""")

# ---------------------------------------------------------------- 027 outlook: Wahlhelfer volunteer (POLITICS)
doc("outlook", "wahlhelfer_meldung", ["POLITICS"], f"""
Betreff: wahlhelfer – ich mach mit!

hallo liebes wahlamt,

hab im amtsblatt gelesen dass für den 26.10. noch leute gesucht werden. ich wär dabei, am liebsten in kirrheim weil ich da wohne.

name: [[P|Levin Tesfaye]]
geb.: [[DOB|30.1.2003]]
adresse: [[A|Zehntgasse 15]], [[A|67498 Kirrheim]]
handy: [[T|01523 6640918]]
iban fürs erfrischungsgeld: [[IBAN|{IBAN_TESFAYE}]] (ist das konto von meiner mutter [[P|Saba Tesfaye]], geht das?)

eine frage noch: ich bin bei der grünen jugend aktiv und steh auf der liste für den jugendbeirat – ist das ein problem als beisitzer?

lg [[P|levin]]
""")

# ---------------------------------------------------------------- 028 word: Auszahlungsliste Erfrischungsgeld (IBANs)
doc("word", "auszahlung_erfrischungsgeld", [], f"""
Verbandsgemeindekasse Haardtwein – Sammelauszahlungsanordnung
Bürgermeisterwahl 26.10.2025 – Erfrischungsgeld Wahlvorstände WB 002 und 003
Anordnungs-Nr. AO-2025-1142 · Haushaltsstelle 1.1.1.2.02/543900

Lfd.	Name, Vorname	Funktion	Betrag	IBAN
1	[[P|Kowalczyk, Ewa]]	Beisitzerin	50,00 EUR	[[IBAN|{IBAN_KOWALCZYK}]]
2	[[P|Huber, Johanna]]	Wahlvorsteherin	60,00 EUR	[[IBAN|{IBAN_HUBER}]]
3	[[P|van den Berg, Maarten]]	Beisitzer	50,00 EUR	[[IBAN|{IBAN_VANDENBERG}]]
4	[[P|Tesfaye, Levin]]	Beisitzer	50,00 EUR	[[IBAN|{IBAN_TESFAYE}]] (Kontoinhaberin: [[P|Saba Tesfaye]])
Summe: 210,00 EUR

Bedienstete (Herr [[P|Okonkwo]], Pers.-Nr. [[N|40217]]) erhalten das Erfrischungsgeld mit den Bezügen.
Auszahlung vom Konto der Verbandsgemeindekasse, IBAN [[N|{CITY_IBAN}]], Valuta 31.10.2025.

Sachlich und rechnerisch richtig: [[P|Lindqvist]]          Angeordnet: [[P|Carsten Lehr]], Büroleiter
""")

# ---------------------------------------------------------------- 029 outlook: Weinhandel, reply chain with quoted header
doc("outlook", "gewerbe_ummeldung_weinhandel", [], f"""
Betreff: AW: Gewerbeummeldung Weinhandel [[P|Papadakis]] – fehlende Angaben

Sehr geehrte Frau [[P|Kovalenko]],

anbei die fehlenden Angaben:
Steuer-ID: [[TID|{TID_PAPADAKIS}]]
Steuernummer: [[TNR|{TNR_PAPADAKIS}]]
USt-IdNr.: [[VAT|{VAT_PAPADAKIS}]]
Neue Betriebsstätte ab 01.11.2025: [[A|Weinstraße 120]], [[A|67496 Weinsheim an der Haardt]] (bisher Bad Dürkheim)

Mein Bruder [[P|Nikos]] ist zum 30.09. ausgeschieden, ich führe den Handel jetzt allein als eingetragener Kaufmann. Den HR-Auszug reiche ich nach, sobald das Registergericht ihn schickt. Die Rechnung Nr. 4471/2025 vom Umzugsunternehmen brauchen Sie ja nicht.

Mit freundlichen Grüßen
[[P|Christos Papadakis]]

Weinhandel [[P|Papadakis]] e. K. · Ελληνικά κρασιά & Pfälzer Weine
[[T|+49 6322 955830]] · [[E|christos@papadakis-wein.de]]

Am 24.10.2025 um 11:03 schrieb [[P|Kovalenko, Svetlana]] <[[E|s.kovalenko@vg-haardtwein.de]]>:
> Sehr geehrter Herr [[P|Papadakis]],
>
> für die Bearbeitung Ihrer Gewerbeummeldung (Az. [[AZ|GA-2025-00902]]) fehlen uns noch Ihre steuerliche Identifikationsnummer, die Steuernummer und die Umsatzsteuer-Identifikationsnummer.
>
> Mit freundlichen Grüßen
> [[P|Svetlana Kovalenko]]
> Gewerbeamt · Tel. [[T|06323 9410-245]] · [[N|gewerbeamt@vg-haardtwein.de]]
""")

# ---------------------------------------------------------------- 030 word: Standbetreiber list
doc("word", "weinfest_standliste", [], """
Haardter Weinfest 2025 – Standbetreiber und Ansprechpartner vor Ort (Stand: 01.09.2025)
Ordnungsamt – intern, nicht zur Veröffentlichung

Stand	Betreiber	Ansprechperson vor Ort	Mobil	Lieferfahrzeug	Buchungs-Nr.
7	Weingut [[P|Kessler-Dahm]] GbR	[[P|Benedikt Dahm]]	[[T|0171 4409187]]	[[KFZ|DÜW-KD 88]]	WF25-007
12	Crêperie [[P|Le Goff]] (Reisegewerbe)	[[P|Yann Le Goff]]	[[T|+33 6 71 28 44 90]]	[[KFZ|FG-290-YL]]	WF25-012
14	Grillstand „Anatolia", Inh. [[P|Bülent Arslan]]	[[P|Deniz Arslan]]	[[T|0176 44139082]]	[[KFZ|LU-BA 7733]]	WF25-014

Hinweise:
– Stromanschlüsse und Wasser: Bauhof über die Zentrale.
– Anlieferung nur bis 10:30 Uhr über die Kirchgasse; die Weinstraße ist ab 11 Uhr gesperrt.
– Bei Rückfragen bitte immer die Buchungsnummer (WF25-…) angeben; die Standgebühren (35,00 EUR je laufendem Meter) stehen im jeweiligen Bescheid.
– Sanitätsdienst: DRK-Ortsverein, Zelt neben Stand 9.

[[P|Wüst]]
""")


# ---------------------------------------------------------------- checks
def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(iban):
    s = iban.replace(" ", "")
    if not (s[:2].isalpha() and s[2:4].isdigit()):
        return False
    lengths = {"DE": 22, "AT": 20, "NL": 18, "PL": 28}
    if len(s) != lengths[s[:2]]:
        return False
    rearranged = s[4:] + s[:4]
    if int("".join(str(int(c, 36)) for c in rearranged)) % 97 != 1:
        return False
    if s[:2] == "NL":
        acc = s[8:]
        return sum(int(d) * (10 - i) for i, d in enumerate(acc)) % 11 == 0
    if s[:2] == "PL":
        bank = s[4:12]
        return (10 - sum(int(d) * w for d, w in zip(bank[:7], (3, 9, 7, 1, 3, 9, 7))) % 10) % 10 == int(bank[7])
    return True


def tax_id_ok(value):
    s = value.replace(" ", "")
    if len(s) != 11 or not s.isdigit() or s[0] == "0":
        return False
    counts = [s[:10].count(d) for d in "0123456789"]
    if max(counts) > 3 or sum(1 for c in counts if c >= 2) != 1:
        return False
    return mod11_10_check(s[:10]) == int(s[10])


def vat_ok(value):
    s = value.replace(" ", "")
    return len(s) == 11 and s.startswith("DE") and s[2:].isdigit() and mod11_10_check(s[2:10]) == int(s[10])


def ssn_ok(value):
    s = value.replace(" ", "")
    head, letter, serial, check = s[:8], s[8], s[9:11], int(s[11])
    code = ord(letter) - ord("A") + 1
    values = [int(c) for c in head] + [code // 10, code % 10] + [int(c) for c in serial]
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    total = 0
    for v, w in zip(values, weights):
        p = v * w
        total += p // 10 + p % 10
    return total % 10 == check


def kvnr_ok(value):
    letter, body, check = value[0], value[1:9], int(value[9])
    code = ord(letter) - ord("A") + 1
    values = [code // 10, code % 10] + [int(c) for c in body]
    total = 0
    for i, v in enumerate(values):
        p = v * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return total % 10 == check


CHECKS = {"IBAN": iban_ok, "TAX_ID": tax_id_ok, "VAT_ID": vat_ok, "SOCIAL_SECURITY": ssn_ok,
          "HEALTH_INSURANCE": kvnr_ok, "CREDIT_CARD": lambda v: luhn_ok(v.replace(" ", "").replace("-", ""))}


def main():
    assert len(DOCS) == 30, len(DOCS)
    rows = []
    for i, (channel, template, flags, marked) in enumerate(DOCS, 1):
        rows.append(build(f"F48-{i:03d}", channel, template, marked, flags))

    for row in rows:
        for e in row["entities"]:
            check = CHECKS.get(e["category"])
            if check:
                assert check(e["text"]), (row["id"], e)
            if e["category"] == "ID_CARD" and e["text"] in GERMAN_ID_CARDS and len(e["text"]) == 10:
                assert icao_check(e["text"][:9]) == int(e["text"][9]), e
        for n in row["neutral"]:
            if n["text"].replace(" ", "").startswith("DE") and len(n["text"].replace(" ", "")) == 22:
                assert iban_ok(n["text"]), n
        assert row["text"] == row["text"].strip()

    out = os.path.join(HERE, "fresh48.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    cats = collections.Counter(e["category"] for r in rows for e in r["entities"])
    flags = collections.Counter(f for r in rows for f in r["specialCategories"])
    channels = collections.Counter(r["channel"] for r in rows)
    n_ent = sum(cats.values())
    n_neu = sum(len(r["neutral"]) for r in rows)
    unflagged = sum(1 for r in rows if not r["specialCategories"])
    cat_text = ", ".join(f"{c} {n}" for c, n in cats.most_common())
    flag_text = ", ".join(f"{f} {n}" for f, n in sorted(flags.items()))
    readme = (
        "# Batch 48 – VG Haardtwein / Stadt Weinsheim an der Haardt (held-out)\n\n"
        f"`fresh48.jsonl` (written by `make_fresh48.py`, seed 4848) holds {len(rows)} documents "
        f"({channels['word']} Word, {channels['outlook']} Outlook, 3 lines to about a page) with {n_ent} labelled "
        f"entities and {n_neu} neutral spans from an invented Rhineland-Palatinate wine town and Verbandsgemeinde: "
        "Ordnungsamt (noise Anhörung, lower-case neighbour complaint, § 12 GastG Weinfest permit, parking Verwarnung, "
        "stand-holder table, telephone note, council minutes), Gewerbeamt (GbR Prüfvermerk with tax data, "
        "Straußwirtschaft mail with signature, Weinhandel reply chain with a quoted `schrieb Nachname, Vorname` "
        "header), Wahlamt (Wahlhelfer table with birth dates and proposing parties, short cancellation, Briefwahl to "
        "Italy with c/o, Vollmacht Vermerk, Erfrischungsgeld payout table with PL/AT/NL/DE IBANs, lower-case "
        "volunteer mail), Fundbüro (English mail from a US army family, Fundbuch entry of a wallet, found-dog reply "
        "with a credit card), Friedhof (fee Bescheid with maiden name, Muslim burial, urn grave for a husband, "
        "exhumation for a DNA paternity test) and seasonal workers (Hungarian names in native order and native "
        "addresses, Romanian, Bulgarian, Czech; passports, foreign ID cards, German pension numbers; a Roma "
        "discrimination letter; a fingerprint time-clock complaint; a US airman paying by Amex). "
        f"Entities per category: {cat_text}. Flags: {flag_text}; {unflagged} documents carry none, among them "
        "documents with a health card number (F48-012), a church as a landmark (F48-003), an IfSG hygiene "
        "instruction (F48-006) and nationalities only (F48-018). Names: German/Pfälzer, Turkish, Arabic, Polish, "
        "Ukrainian, Italian (De Luca), Greek, Serbian/Bosnian, Vietnamese (family name first), Nigerian, Eritrean, "
        "Dutch (van den Berg), Breton (Le Goff), Scandinavian, Hungarian, Romanian, Bulgarian, Czech and US names; "
        "`Nachname, Vorname` table cells, `geb.` maiden names, Dr./Dr. med. inside and Prof., ranks and roles outside "
        "the span, nicknames and lower-case names, first-name-only repeats, surnames in firm names (Weingut, "
        "Kanzlei, Pietät, Weinhandel, Crêperie), genitives labelled without the genitive s. Hard negatives: the "
        "authority's address, Postfach, switchboard, functional mailboxes, website and own IBAN (neutral), a pet "
        "microchip, Wahlschein/Wählerverzeichnis/Fundbuch/personnel/service numbers (neutral), booking, invoice, "
        "Anordnungs- and Drucksache numbers, Bebauungsplan Nr. 14, § references, amounts, non-birth dates (death "
        "dates, Tattag), card expiry dates, street names without number, and surname-like nouns (winter, Koch, "
        "Bäcker, Winterdienst) beside the same surnames.\n"
    )
    # (the batch README is kept in README.md of this folder, written by hand)
    print(out, len(rows), "documents", n_ent, "entities", n_neu, "neutral")
    print(dict(cats))
    print(dict(flags), dict(channels))


if __name__ == "__main__":
    main()
