"""Batch 92: invented correspondence of the Landkreis offices in the Kreisstadt Moorhausen (MV):
Ausländerbehörde, Kfz-Zulassungsstelle, Führerscheinstelle. Deterministic (seed 9292), writes fresh92.jsonl."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # marks.py and identifiers.py sit beside this file
sys.path.insert(0, HERE)
from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban  # noqa: E402
import ids92 as X  # noqa: E402

SEED = 9292
I = Identifiers(SEED)
R = I.rng
DOCS = []

SWITCH = "[[N|03976 5841-0]]"
ZUL_MAIL = "[[N|zulassung@lk-moorhausen.de]]"
ABH_MAIL = "[[N|auslaenderbehoerde@lk-moorhausen.de]]"
FS_MAIL = "[[N|fuehrerschein@lk-moorhausen.de]]"
OFFICE = "[[N|Am Wallgraben 4]], [[N|17389 Moorhausen]]"


def doc(channel, template, text, flags=()):
    DOCS.append((channel, template, text.strip("\n"), sorted(flags)))


def d(n, first_nonzero=False):
    return I.digits(n, first_nonzero)


# ---------- checked generators ----------
def iban_de():
    v = I.iban_de(); assert X.iban_ok(v); return v


def iban(cc, n):
    v = I.iban(cc, n); assert X.iban_ok(v); return v


def tax_id():
    v = I.tax_id(); assert X.tax_id_ok(v); return v


def vat_de():
    v = I.vat_id(); assert X.mod11_10_ok(v[2:]); return v


def idcard(check=False):
    v = I.id_card(check)
    if check:
        assert X.icao_ok(v)
    return v


def passport_de(check=False):
    v = I.passport(check)
    if check:
        assert X.icao_ok(v)
    return v


def eat():
    """German electronic residence permit card number: ICAO alphabet, 9 characters + check digit, here starting Y."""
    v = I.travel_document("Y", True); assert X.icao_ok(v); return v


def rvnr(ddmmyy, letter):
    v = I.social_security(ddmmyy, letter); assert X.rvnr_ok(v); return v


def kvnr():
    v = I.health_insurance(); assert X.kvnr_ok(v); return v


def cc(prefix, length=16):
    v = I.credit_card(prefix, length); assert X.luhn_ok(v); return v


def pesel(y, m, dd, f):
    v = X.pesel(R, y, m, dd, f); assert X.pesel_ok(v); return v


def pl_id():
    v = X.pl_id_card(R); assert X.pl_id_ok(v); return v


def nip():
    v = X.nip(R); assert X.nip_ok(v); return v


def rnokpp(y, m, dd, f):
    v = X.rnokpp(R, y, m, dd, f); assert X.rnokpp_ok(v); return v


def se_pnr(yymmdd, f):
    v = X.se_pnr(R, yymmdd, f); assert X.se_pnr_ok(v); return v


def dk_cpr(ddmmyy, f):
    v = X.dk_cpr(R, ddmmyy, f); assert X.dk_cpr_ok(v); return v


def dk_cvr():
    v = X.dk_cvr(R); assert X.dk_cvr_ok(v); return v


def tnr_mv():
    return f"0{R.choice(['79', '81', '84', '86'])}/{d(3)}/{d(5)}"


def ua_pass():
    return R.choice(["FT", "FX", "FE", "GA", "EK"]) + d(6)


def az(prefix):
    return f"{prefix}-{R.choice(['2025', '2026'])}-{d(5)}"


# ===================== documents =====================

# 1 Word: Umschreibung ukrainischer Führerschein
a1 = az("FS-UM"); ua_fs = "ВХК " + d(6)
doc("word", "fuehrerschein-umschreibung", f"""
Landkreis Moorhausen · Die Landrätin · Fachdienst Straßenverkehr – Führerscheinstelle
{OFFICE}

Frau
[[P|Viktoriia Marchenko]]
[[A|Rohrdommelstieg 2]]
[[A|17389 Moorhausen]]

Ihr Zeichen: –
Unser Zeichen: [[AZ|{a1}]]
Bearbeiter/in: [[P|Torsten Pagel]]
Durchwahl: [[T|03976 5841-317]]
Datum: 12.02.2026

Umschreibung Ihrer ukrainischen Fahrerlaubnis (Klassen B, BE)

Sehr geehrte Frau [[P|Marchenko]],

vielen Dank für Ihren Antrag vom 27.01.2026 auf Umschreibung Ihres ukrainischen Führerscheins Nr. [[IDC|{ua_fs}]] (ausgestellt am 14.09.2017 in Charkiw) in eine deutsche Fahrerlaubnis.

Nach § 31 der Fahrerlaubnis-Verordnung in Verbindung mit Anlage 11 können wir die Klasse B ohne Prüfung umschreiben. Für die Klasse BE ist eine praktische Prüfung nicht erforderlich, weil die Ukraine in Anlage 11 für diese Klasse aufgeführt ist.

Bitte reichen Sie noch folgende Unterlagen nach:
- eine Übersetzung des Führerscheins durch einen anerkannten Übersetzer oder den ADAC,
- ein biometrisches Lichtbild,
- Ihren Aufenthaltstitel (Kopie beider Seiten).

Ihre Personalien laut Antrag: [[P|Viktoriia Marchenko]], geb. [[DOB|03.05.1988]] in Poltawa.

Bitte bringen Sie bei der Abholung Ihren Original-Führerschein mit; er wird nach Aushändigung des deutschen Kartenführerscheins an die ausstellende Behörde zurückgesandt.

Mit freundlichen Grüßen
Im Auftrag

[[P|Torsten Pagel]]
Sachbearbeiter Führerscheinstelle
Telefon Zentrale: {SWITCH} · {FS_MAIL}

Kopie: Ausländerbehörde, Frau [[P|Rehberg]] (Ihre Akte [[AZ|ABH 4.2-{d(5)}]])
""")

# 2 Outlook: Polish seasonal worker, car with Polish plates
p2 = pesel(1994, 11, 8, False); pl_plate = "PKA " + d(4) + R.choice("ACEFH")
doc("outlook", "zulassung-auslaendisches-kfz", f"""
Von: [[P|Łukasz Wróbel]] <[[E|lukasz.wrobel94@wp.pl]]>
An: {ZUL_MAIL}
Betreff: auto anmelden polnische kennzeichen frage

Dzień dobry / Guten Tag,

ich bin [[P|Łukasz Wróbel]], ich arbeite von März bis Oktober bei Spargelhof in Groß Wendelin (Erntehelfer). Mein Auto hat polnische Kennzeichen [[KFZ|{pl_plate}]] (Kalisz). Muss ich das Auto in Deutschland anmelden wenn ich 7 Monate hier bin? Kollege sagt nach 6 Monate muss man.

Meine Daten:
PESEL [[SSN|{p2}]]
Adresse Polen: [[A|ul. Kwiatowa 17/4]], [[A|62-800 Kalisz]]
Adresse hier: Unterkunft Spargelhof, [[A|Am Bruchgraben 14b]], [[A|17390 Groß Wendelin]]
Telefon: [[T|+48 603 418 227]]

Ich kann nur nach 18 Uhr telefonieren oder am Samstag.

Dziękuję, vielen Dank
[[P|Łukasz]]
""")

# 3 Outlook: forwarded thread, dealer asks for Kurzzeitkennzeichen
vat3 = vat_de(); kz3 = f"MSE-04{d(3)}"
doc("outlook", "kurzzeitkennzeichen", f"""
Von: [[P|Kathrin Stüdemann]]
Gesendet: Dienstag, 10. März 2026 08:41
An: [[P|Maik Zühlsdorf]]
Betreff: WG: Kurzzeitkennzeichen Überführung Kunde

Maik, kannst du das bitte übernehmen? Der Kunde kommt Donnerstag früh. Unterlagen vom Händler sind vollständig bis auf die eVB – die kommt laut Herrn [[P|Jankowski]] heute noch.
Gruß [[P|Kathrin]]

-----Ursprüngliche Nachricht-----
Von: Autohaus [[P|Jankowski]] e.K. <[[E|info@autohaus-jankowski.de]]>
Gesendet: Montag, 9. März 2026 17:12
An: {ZUL_MAIL}
Betreff: Kurzzeitkennzeichen Überführung Kunde

Sehr geehrte Damen und Herren,

für unseren Kunden Herrn [[P|Gerd Tessmann]], geb. [[DOB|19.08.1957]], wohnhaft [[A|Fischerkamp 9]], [[A|17392 Bruchhagen]], benötigen wir ein Kurzzeitkennzeichen für die Überführung eines Gebrauchtwagens (VW Touran, FIN WVGZZZ1TZBW063118) zur Hauptuntersuchung nach Anklam.

Vollmacht und Kopie des Personalausweises (Nr. [[IDC|{idcard()}]]) liegen bei. Das letzte von uns beantragte Kennzeichen [[KFZ|{kz3}]] ist am 02.03.2026 abgelaufen und wurde entwertet.

Unsere USt-IdNr.: [[VAT|{vat3}]] · Steuernummer [[TNR|4079 0{d(3)} {d(5)}]]

Mit freundlichen Grüßen
[[P|Dariusz Jankowski]]
Autohaus [[P|Jankowski]] e.K. · [[A|Anklamer Landstraße 88]] · [[A|17389 Moorhausen]]
Tel. [[T|03976 20 48 51]]
""")

# 4 Word: Halterauskunft an Rechtsanwältin
kz4 = "MSE-KR 418"; a4 = az("ZUL-HA")
doc("word", "halterauskunft", f"""
Landkreis Moorhausen – Kfz-Zulassungsstelle
{OFFICE}

Kanzlei am Hafentor
Rechtsanwältin [[P|Dr. Friederike Mahnke]]
[[A|Hafentor 6]]
[[A|17489 Greifswald]]

Ihr Zeichen: [[AZ|M-0312/26]]
Unser Zeichen: [[AZ|{a4}]]
Datum: 18.03.2026

Einfache Registerauskunft nach § 39 Abs. 1 StVG

Sehr geehrte Frau Dr. [[P|Mahnke]],

auf Ihre Anfrage vom 11.03.2026 teile ich Ihnen mit, dass das Fahrzeug mit dem amtlichen Kennzeichen [[KFZ|{kz4}]] zum angefragten Zeitpunkt (Unfall am 28.02.2026, Parkplatz Peenecenter) auf folgende Person zugelassen war:

Halter: [[P|Enrico Bachmann]]
Anschrift: [[A|Kranichwiese 3]], [[A|17389 Moorhausen]]

Versicherer laut Register: Ostsee Versicherung AG, Versicherungsscheinnummer liegt der Zulassungsstelle nicht vor. Ihr berechtigtes Interesse haben Sie durch die Schadensmeldung Ihres Mandanten, Herrn [[P|Sven Grabow]], glaubhaft gemacht.

Für die Auskunft wird eine Gebühr von 5,10 EUR nach Gebühren-Nr. 143 GebOSt erhoben. Bitte überweisen Sie den Betrag unter Angabe unseres Zeichens.

Mit freundlichen Grüßen
Im Auftrag
[[P|Anja Kreienbrink]]
""")

# 5 Outlook: informal internal lowercase mail
doc("outlook", "intern-informell", f"""
Von: [[P|Jens Ruthenberg]]
An: [[P|Claudia Rehberg]]
Betreff: frau haddad / termin

hi claudia,

die frau [[P|haddad]] war heute wieder am schalter, ohne termin. sie wartet seit januar auf die verlängerung (akte [[AZ|ABH 4.2-11873]]). der mann, [[P|rami al-khatib]], hat seine aufenthaltserlaubnis schon, nur bei ihr fehlt noch der pass, der alte ist im märz abgelaufen.
sie hat ne neue nummer: [[T|0157 3391 2046]]. kannst du sie zurückrufen? ich bin ab morgen bis freitag auf fortbildung in schwerin.

lg [[P|jens]]

ps: der drucker im zimmer 2.14 spinnt wieder, ticket ist raus.
pps: herr [[P|kaczmarczyk]] kommt morgen 9 uhr wegen seiner meldebescheinigung, falls er vorher anruft: [[T|0176 2250 8419]]
""")

# 6 Word: Aktenvermerk Ausländerbehörde, Yazidi family
e6a, e6b = eat(), eat()
doc("word", "aktenvermerk-abh", f"""
Aktenvermerk

Ausländerbehörde Moorhausen – Sachgebiet Aufenthalt
Akte: [[AZ|ABH 4.1-09641]] (Familie [[P|Sheikho]])
Vermerk vom 04.02.2026, [[P|U. Dettmann]]

1. Vorsprache von Herrn [[P|Mahmoud Sheikho]] (geb. [[DOB|01.01.1979]], syrischer Staatsangehöriger) und Frau [[P|Amira Sheikho]] (geb. [[DOB|15.06.1984]]) zur Verlängerung der Aufenthaltserlaubnisse nach § 25 Abs. 2 AufenthG.

2. Die Eheleute tragen vor, dass sie als Jesiden aus dem Gebiet um Afrin stammen und wegen ihres Glaubens nicht in ihr Herkunftsgebiet zurückkehren können. Die Flüchtlingseigenschaft wurde vom BAMF 2017 zuerkannt; ein Widerrufsverfahren ist nicht anhängig.

3. Vorgelegt:
   - eAT Herr [[P|Sheikho]]: [[IDC|{e6a}]], gültig bis 30.04.2026
   - eAT Frau [[P|Sheikho]]: [[IDC|{e6b}]], gültig bis 30.04.2026
   - Reiseausweise für Flüchtlinge (blau) für beide
   - Schulbescheinigungen für [[P|Hevin]] (geb. [[DOB|22.09.2012]]) und [[P|Dilan Sheikho]] (geb. [[DOB|07.03.2016]])

4. Wohnanschrift unverändert: [[A|Peenestraße 41]], [[A|17389 Moorhausen]].

5. Wv.: Druck eAT veranlassen (Bundesdruckerei), Abholtermin vergeben. Rückruf Herr [[P|Sheikho]] unter [[T|0176 48 21 930]].

[[P|Dettmann]]
""", ["ETHNICITY", "RELIGION"])

# 7 Outlook: Danish couple, export plates for a camper
cpr7a, cpr7b = dk_cpr("140369", False), dk_cpr("020771", True); dkib7 = iban("DK", 14)
dkpass7 = d(9, True); cvr7 = "DK" + dk_cvr(); kz7 = f"MSE {d(3, True)}A"
doc("outlook", "ausfuhrkennzeichen", f"""
From: [[P|Søren Østergaard]] <[[E|soren.ostergaard@mail.dk]]>
To: {ZUL_MAIL}
Subject: Export plates for our motorhome / Ausfuhrkennzeichen

Dear Sir or Madam, Sehr geehrte Damen und Herren,

my wife [[P|Mette Kjærgaard]] and I are on holiday at the Peenestrom and have bought a used motorhome (Hymer B 544) from Wohnmobile Bartelt GmbH in Moorhausen. We want to drive it home to Denmark with German export plates.

Our details:
[[P|Søren Østergaard]], born [[DOB|14 March 1969]], CPR [[SSN|{cpr7a}]], passport no. [[PASS|{dkpass7}]]
[[P|Mette Kjærgaard]], born [[DOB|2 July 1971]], CPR [[SSN|{cpr7b}]]
Address: [[A|Strandvejen 212]], [[A|2900 Hellerup]], Denmark

The dealer says the plate would be something like [[KFZ|{kz7}]] and that you need the insurance confirmation first. If you need an invoice address for the fee: my one-man business [[P|Østergaard]] Tømrer & Snedker, VAT no. [[VAT|{cvr7}]]. Can we come on Friday morning? If there is a fee to be refunded, our account is [[IBAN|{group(dkib7, 4)}]].

If card payment is possible at the counter, I would use my Mastercard [[CC|{cc("5", 16)}]].
Mobile (Danish): [[T|+45 21 47 83 06]]

Venlig hilsen / Mit freundlichen Grüßen
[[P|Søren]]
""")

# 8 Word: Tab table of Abmeldungen (internal list)
rows8 = [("Lüdtke, Marko", "MSE-ML 77"), ("Wulff, Ines", "MÜR-IW 1203"), ("Bartelt Wohnmobile GmbH", "MSE-BW 904"),
         ("Pahl, Doreen", "DM-DP 88"), ("Wieczorek, Jolanta", "MSE-JW 2401"), ("Kuhlmann, Marlies", "AT-K 312"),
         ("Grabow, Sven", "MSE-SG 1500"), ("Pohlmann, Gerhard", "MÜR-P 61"), ("Holm Nielsen, Rasmus", "MSE-RN 7")]
lines8 = []
for i, (nm, pl) in enumerate(rows8):
    date = f"{R.randint(2, 27):02d}.02.2026"
    who = nm if "GmbH" in nm else f"[[P|{nm}]]"
    reason = ["Verkauf", "Stilllegung", "Export", "Verschrottung", "Verkauf", "Halterwechsel", "Saisonkennzeichen",
              "Verkauf", "Umzug nach Dänemark"][i]
    lines8.append(f"{date}\t[[KFZ|{pl}]]\t{who}\t{reason}")
doc("word", "liste-abmeldungen", """
Zulassungsstelle Moorhausen – Außerbetriebsetzungen Februar 2026 (Auszug für Quartalsbericht, Entwurf)

Datum\tKennzeichen\tHalter\tGrund
""" + "\n".join(lines8) + """

Summe Februar gesamt: 412 Außerbetriebsetzungen, davon 37 mit Verwertungsnachweis.
Bearbeitet: [[P|S. Voigtländer]], 03.03.2026
""")

# 9 Outlook: Swedish holidaymaker lost licence
pnr9 = se_pnr("620917", False)
doc("outlook", "verlust-fuehrerschein-schweden", f"""
Från/Von: [[P|Henrik Sjöberg]] <[[E|henrik.sjoberg@telia.com]]>
An: {FS_MAIL}
Betreff: Lost Swedish driving licence – Verlust Führerschein

Hallo,

mein Deutsch ist nicht so gut, sorry. I lost my Swedish driving licence (körkort) during our holiday in Ueckermünde, probably at the harbour on 22 July. The police in Moorhausen gave me a Verlustanzeige, number [[AZ|VA 0731/2026]].

Can your office give me a paper that I may drive until I get the new card from Transportstyrelsen? We drive home on 2 August with our car [[KFZ|XPD 47C]] (Swedish plate). My wife [[P|Åsa Lindqvist]] has her licence, but she does not like to drive on the Autobahn; you can also reach her on [[T|+46 73 055 21 64]].

Name: [[P|Henrik Olof Sjöberg]]
Personnummer: [[SSN|{pnr9}]]
Home: [[A|Storgatan 14 B]], [[A|582 24 Linköping]]
Holiday address: Ferienhaus "Haffblick", [[A|Schilfweg 22]], [[A|17390 Groß Wendelin]]
Phone: [[T|+46 70 412 38 95]]

Best regards / Med vänliga hälsningar
[[P|Henrik Sjöberg]]
""")

# 10 Word: Minutes of a team meeting
doc("word", "protokoll-dienstbesprechung", f"""
Protokoll der Dienstbesprechung Zulassungs- und Führerscheinstelle
Datum: 05.03.2026, 9:00–10:30 Uhr, Raum 1.08
Teilnehmende: [[P|Heike Wollenberg]] (Leitung), [[P|Torsten Pagel]], [[P|Kathrin Stüdemann]], [[P|Maik Zühlsdorf]], [[P|Anja Kreienbrink]], [[P|Sandra Voigtländer]] (Protokoll)
Entschuldigt: [[P|Uwe Dettmann]]

TOP 1 Terminvergabe
Frau [[P|Wollenberg]] berichtet, dass die Online-Terminvergabe ab April auch für Kurzzeitkennzeichen freigeschaltet wird. Händler sollen weiterhin die Sammelabgabe nutzen. Die Autohäuser Petersen GmbH und Bartelt Wohnmobile GmbH haben sich über Wartezeiten beschwert.

TOP 2 Umschreibungen ukrainischer Führerscheine
Herr [[P|Pagel]]: derzeit 64 offene Anträge. Übersetzungen des ADAC dauern 6 Wochen. Vorschlag: Sammeltermin für Übersetzungen mit der Volkshochschule. Beschluss: Frau [[P|Stüdemann]] klärt mit der VHS bis 20.03.

TOP 3 Einzelfall zur Information
Der Beschwerdefall [[P|Tessmann]] ([[AZ|ZUL-BS-2026-00417]]) ist erledigt; Herr [[P|Tessmann]] hat die Gebühr für das Kurzzeitkennzeichen erstattet bekommen.

Außerdem: Frau [[P|Jolanta Wieczorek]] hat ihr Saisonkennzeichen [[KFZ|MSE-JW 2401]] zu früh abgemeldet; Herr [[P|Zühlsdorf]] ruft sie unter [[T|+48 691 203 558]] zurück.

TOP 4 Verschiedenes
Die neue Sammelrufnummer der Zulassungsstelle {SWITCH} wird ab 01.04. auf der Webseite veröffentlicht; die E-Mail {ZUL_MAIL} bleibt.

Nächste Besprechung: 02.04.2026.
gez. [[P|Voigtländer]]
""")

# 11 Outlook: counselling service on behalf of Afghan man
a11 = "ABH 4.3-" + d(5)
doc("outlook", "beratungsstelle-abh", f"""
Von: Migrationsberatung Vorpommern – [[P|Friedrich Krakow]] <[[E|f.krakow@migrationsberatung-vp.de]]>
An: {ABH_MAIL}
Cc: [[P|Jawid Noori]] <[[E|jawid.noori.93@gmail.com]]>
Betreff: Ihr Az. [[AZ|{a11}]] – Herr [[P|Jawid Noori]], Bitte um Aussetzung der Abschiebungsandrohung

Sehr geehrte Damen und Herren,

ich melde mich als Berater von Herrn [[P|Jawid Noori]], geb. [[DOB|11.04.1993]] in Mazar-e Sharif, wohnhaft [[A|Erlenbruch 5a]], [[A|17389 Moorhausen]].

Herr [[P|Noori]] hat beim BAMF einen Folgeantrag gestellt. Neu vorgetragen wird, dass er homosexuell ist und mit seinem Partner, Herrn [[P|Tobias Lemke]], seit 2024 in Moorhausen zusammenlebt; in Afghanistan droht ihm deshalb Verfolgung. Zudem befindet er sich seit Herbst wegen einer posttraumatischen Belastungsstörung in Behandlung bei Frau Dipl.-Psych. [[P|Verena Schacht]] (Attest anbei). Die Kosten trägt die Techniker Krankenkasse (Versichertennummer [[KV|{kvnr()}]]), eine Kostenübernahme liegt vor.

Wir bitten, bis zur Entscheidung des BAMF von aufenthaltsbeendenden Maßnahmen abzusehen und die Duldung zu verlängern. Herr [[P|Noori]] ist telefonisch unter [[T|0152 0387 4416]] erreichbar, ich selbst unter [[T|03834 77 19 02]].

Mit freundlichen Grüßen
[[P|Friedrich Krakow]]
Migrationsberatung für erwachsene Zuwanderer
""", ["HEALTH", "SEXUAL_ORIENTATION"])

# 12 Word: Anhörung Entziehung der Fahrerlaubnis (Alkohol)
a12 = az("FS-EZ"); kz12 = "MSE-RS 1988"
doc("word", "anhoerung-entziehung", f"""
Landkreis Moorhausen
Führerscheinstelle
{OFFICE}

Herrn
[[P|Ronny Sommerfeld]]
[[A|Torfstecherweg 7]]
[[A|17392 Bruchhagen]]

Aktenzeichen: [[AZ|{a12}]]
Moorhausen, 23.01.2026

Anhörung vor der Entziehung der Fahrerlaubnis gemäß § 28 VwVfG M-V

Sehr geehrter Herr [[P|Sommerfeld]],

die Polizeiinspektion Anklam (Sachbearbeiter KHK [[P|Ralf Zemke]]) hat uns mitgeteilt, dass Sie am 14.12.2025 gegen 23:40 Uhr das Fahrzeug mit dem Kennzeichen [[KFZ|{kz12}]] mit einer Blutalkoholkonzentration von 1,74 Promille geführt haben. Nach § 13 Satz 1 Nr. 2 Buchst. c FeV ist bei einer BAK von 1,6 Promille oder mehr ein medizinisch-psychologisches Gutachten beizubringen.

Aus den Akten ergibt sich außerdem, dass Sie sich 2023 wegen Alkoholabhängigkeit in stationärer Entwöhnungsbehandlung befanden. Wir beabsichtigen daher, Ihnen die Fahrerlaubnis der Klassen B, C1 und L zu entziehen, sofern Sie nicht innerhalb von drei Monaten ein positives Gutachten vorlegen.

Sie erhalten Gelegenheit, sich bis zum 13.02.2026 zu äußern. Angaben laut Register: [[P|Ronny Sommerfeld]], geboren am [[DOB|30.10.1981]] in Demmin, Führerschein ausgestellt am 05.06.2009.

Mit freundlichen Grüßen
Im Auftrag
[[P|Heike Wollenberg]]
""", ["HEALTH"])

# 13 Outlook: employer sends semicolon list of Polish seasonal workers
rows13 = [("Szczęsna", "Małgorzata", (1979, 4, 2), True), ("Kaczmarczyk", "Przemysław", (2001, 1, 23), False),
          ("Bąk", "Krzysztof", (1968, 12, 5), False), ("Pietrzyk", "Agata", (1997, 8, 30), True),
          ("Góral", "Sławomir", (2003, 6, 11), False), ("Nowicka-Bem", "Zofia", (1985, 10, 19), True),
          ("Wieczorek", "Jolanta", (1972, 3, 3), True), ("Dziedzic", "Bartłomiej", (2000, 2, 29), False)]
lines13 = []
for sn, fn, (y, m, dd), f in rows13:
    lines13.append(f"[[P|{sn}]];[[P|{fn}]];[[DOB|{dd:02d}.{m:02d}.{y}]];[[SSN|{pesel(y, m, dd, f)}]];[[IDC|{pl_id()}]]")
doc("outlook", "saisonarbeit-liste", f"""
Von: Spargelhof Wendelin GbR – [[P|Ines Wulff]] <[[E|wulff@spargelhof-wendelin.de]]>
An: {ABH_MAIL}
Betreff: Saisonkräfte 2026 – Meldung Unterkunft

Guten Tag Frau [[P|Rehberg]],

wie telefonisch besprochen, hier die Liste unserer polnischen Saisonkräfte, die ab 16.03.2026 in unserer Unterkunft [[A|Am Bruchgraben 14b]], [[A|17390 Groß Wendelin]] wohnen. Als EU-Bürger brauchen sie ja keinen Titel, aber die Meldebehörde wollte die Liste für die Sammelanmeldung.

Nachname;Vorname;Geburtsdatum;PESEL;Dowód osobisty
""" + "\n".join(lines13) + f"""

Ansprechpartner vor Ort ist Vorarbeiter [[P|Sławomir Góral]], Tel. [[T|+48 512 044 967]].

Viele Grüße
[[P|Ines Wulff]]
Spargelhof Wendelin GbR
""")

# 14 Outlook: Ukrainian woman, RNOKPP and Ukrainian IBAN, residence permit § 24
rn14 = rnokpp(1975, 2, 19, True); uaib14 = iban("UA", 25); up14 = ua_pass(); e14 = eat()
doc("outlook", "abh-paragraf24", f"""
Von: [[P|Halyna Kovalchuk]] <[[E|halyna.kovalchuk75@ukr.net]]>
An: {ABH_MAIL}
Betreff: Verlängerung Aufenthaltserlaubnis §24 und Bescheinigung für Rentenkasse Ukraine

Sehr geehrte Damen und Herren,

mein Name ist [[P|Halyna Kovalchuk]], ich bin am [[DOB|19.02.1975]] in Tscherkassy geboren und wohne seit April 2022 in Moorhausen, [[A|Am Mühlenteich 18]], Wohnung 3.

Meine Aufenthaltserlaubnis nach § 24 (Karte [[IDC|{e14}]]) gilt bis 04.03.2026. Bitte geben Sie mir einen Termin für die Verlängerung.

Außerdem braucht der ukrainische Pensionsfonds eine Bestätigung, dass ich in Deutschland lebe. Dort bin ich registriert mit der Steuernummer (RNOKPP) [[TID|{rn14}]], mein Reisepass ist [[PASS|{up14}]]. Die Rente wird auf mein Konto bei der PrivatBank überwiesen: [[IBAN|{uaib14}]].

Für die Krankenkasse: ich bin bei der AOK Nordost versichert, Versichertennummer [[KV|{kvnr()}]].

Ich habe zurzeit kein deutsches Telefon, bitte schreiben Sie mir per E-Mail oder per Viber [[T|+380 67 512 9034]].

Mit Dank und freundlichen Grüßen
[[P|Halyna Kovalchuk]]
""")

# 15 Outlook: dealer with several registration orders, SEPA for Kfz-Steuer
ib15a, ib15b = iban_de(), iban_de()
doc("outlook", "haendler-sammelauftrag", f"""
Von: [[P|Ömer Yıldız]] <[[E|oemer@kfz-yildiz.de]]>
An: {ZUL_MAIL}
Betreff: Sammelauftrag Zulassungen KW 12

Moin,

anbei die Aufträge für diese Woche, Vollmachten und eVB liegen im Händlerfach.

1) Neuzulassung Skoda Fabia für Frau [[P|Doreen Pahl]], [[A|Dorfstraße 12]], [[A|17392 Bruchhagen]], Wunschkennzeichen [[KFZ|MSE-DP 88]] (reserviert). Kfz-Steuer per Lastschrift: IBAN [[IBAN|{group(ib15a, 4)}]], Kontoinhaberin [[P|Doreen Pahl]].

2) Umschreibung Opel Corsa, Halterwechsel von Herrn [[P|Marko Lüdtke]] auf Herrn [[P|Przemysław Kaczmarczyk]], wohnhaft [[A|Am Bruchgraben 14b]], [[A|17390 Groß Wendelin]]. Altes Kennzeichen [[KFZ|MSE-ML 77]] kann bleiben. Steuer: [[IBAN|{ib15b}]].

3) Abmeldung Ford Transit [[KFZ|AT-K 312]] von Frau [[P|Kuhlmann]] – Kennzeichenschilder bringe ich mit.

Rechnung bitte wie immer an Kfz-Handel [[P|Yıldız]], [[A|Gewerbering 3]], [[A|17389 Moorhausen]] (St.-Nr. [[TNR|{tnr_mv()}]]).

Gruß
[[P|Ömer Yıldız]]
[[T|0171 209 6654]]
""")

# 16 Word: SEPA mandate form pasted as text
ib16 = iban_de(); tid16 = tax_id()
doc("word", "sepa-mandat-formular", f"""
SEPA-Lastschriftmandat für die Kraftfahrzeugsteuer
Zahlungsempfänger: Bundeskasse – Dienstsitz Halle (Hauptzollamt Stralsund)
Gläubiger-Identifikationsnummer: DE71ZZZ00000020037

Angaben zum Fahrzeughalter
Name, Vorname: ............ [[P|Bergkvist, Ingrid]]
Geburtsdatum: ............. [[DOB|24.11.1958]]
Straße, Hausnummer: ...... [[A|Seeadlerweg 31]]
PLZ, Ort: ................. [[A|17390 Groß Wendelin]]
Steuer-Identifikationsnummer: [[TID|{tid16[:2]} {tid16[2:5]} {tid16[5:8]} {tid16[8:]}]]

Angaben zum Fahrzeug
Amtliches Kennzeichen: [[KFZ|MSE-IB 58]]
Fahrzeug-Identifizierungsnummer: YV1ZWA8UDL1418097

Angaben zum Konto
Kontoinhaber (falls abweichend): [[P|Lars Bergkvist]]
IBAN: [[IBAN|{ib16}]]
BIC: NOLADE21GRW

Ich ermächtige die Bundeskasse, Zahlungen von meinem Konto mittels Lastschrift einzuziehen.
Moorhausen, 02.03.2026    Unterschrift: [[P|I. Bergkvist]]
""")

# 17 Outlook: Wunschkennzeichen reservation with card payment
cc17 = cc("4", 16)
doc("outlook", "wunschkennzeichen", f"""
Von: [[P|jakob winter]] <[[E|jakob.w1nter@web.de]]>
An: {ZUL_MAIL}
Betreff: wunschkennzeichen bezahlung klappt nicht

hallo,

ich wollte online das kennzeichen [[KFZ|MSE-JW 1204]] reservieren (initialen von mir, und die 1204 ist unsere alte hausnummer), aber die bezahlung bricht immer ab. kann ich ihnen die kartendaten so schicken?
visa [[CC|{group(cc17, 4)}]], gültig bis 09/28, inhaber [[P|jakob winter]].
die prüfziffer schicke ich lieber nicht per mail :)

falls das so nicht geht rufen sie mich an: [[T|0160 91 52 774]]

danke + gruß
[[P|jakob winter]]
[[A|kranichwiese 11]], [[A|17389 moorhausen]]
""")

# 18 Outlook: complaint about a Halterauskunft, quoted reply thread
kz18 = "MSE-CL 512"
doc("outlook", "beschwerde-halterauskunft", f"""
Von: [[P|Cornelia Lassahn]] <[[E|c.lassahn@posteo.de]]>
An: [[P|Anja Kreienbrink]] <[[E|a.kreienbrink@lk-moorhausen.de]]>
Betreff: AW: Ihre Beschwerde, Az. [[AZ|ZUL-BS-2026-00533]]

Sehr geehrte Frau [[P|Kreienbrink]],

danke für die schnelle Antwort, aber sie befriedigt mich nicht. Mein Nachbar, Herr [[P|Steffen Wolf]], hat offenbar nur behauptet, ich hätte seinen Zaun angefahren, und dafür von Ihnen meinen Namen und meine Anschrift bekommen. Ich möchte wissen, welche Unterlagen er vorgelegt hat.

Mit freundlichen Grüßen
[[P|Cornelia Lassahn]]

Am 3. März 2026 um 10:12 schrieb [[P|Anja Kreienbrink]] <[[E|a.kreienbrink@lk-moorhausen.de]]>:
> Sehr geehrte Frau [[P|Lassahn]],
> die Zulassungsstelle darf nach § 39 StVG eine einfache Registerauskunft erteilen, wenn der Antragsteller
> glaubhaft macht, dass er die Daten zur Verfolgung von Rechtsansprüchen im Zusammenhang mit der Teilnahme
> am Straßenverkehr benötigt. Dies war hier der Fall. Die Auskunft zum Kennzeichen [[KFZ|{kz18}]] beschränkte
> sich auf Name und Anschrift.
> Mit freundlichen Grüßen
> [[P|Anja Kreienbrink]]
> Landkreis Moorhausen, Kfz-Zulassungsstelle, Tel. [[T|03976 5841-322]]
>
>> Am 28.02.2026 um 19:03 schrieb [[P|Cornelia Lassahn]]:
>> Ich beschwere mich hiermit, dass Sie meine Daten ([[A|Rohrdommelstieg 9]], [[A|17389 Moorhausen]])
>> ohne meine Zustimmung an Herrn [[P|Wolf]] herausgegeben haben.
""")

# 19 Word: Verpflichtungserklärung / family reunification, political persecution
tid19 = tax_id(); ib19 = iban_de(); sy19a, sy19b = "N" + d(9), "N" + d(9)
doc("word", "verpflichtungserklaerung", f"""
Ausländerbehörde des Landkreises Moorhausen
Niederschrift zur Verpflichtungserklärung nach §§ 66–68 AufenthG

Verpflichtungsgeber:
[[P|Dr. Rami Al-Khatib]], geb. [[DOB|09.12.1981]], Facharzt für Innere Medizin, Kreiskrankenhaus Moorhausen
Anschrift: [[A|Lindenallee 27]], [[A|17389 Moorhausen]]
Steuer-ID: [[TID|{tid19}]]
Bankverbindung für Rückfragen der Leistungsbehörde: [[IBAN|{group(ib19, 4)}]]
Nettoeinkommen laut Gehaltsnachweis: 5.870,00 EUR

Begünstigte Personen (Einreise zum Besuch, 90 Tage):
1. [[P|Samir Al-Khatib]], Vater, geb. [[DOB|1951]], Pass-Nr. [[PASS|{sy19a}]]
2. [[P|Wafaa Al-Khatib]], geb. [[P|Darwish]], Mutter, geb. [[DOB|02.05.1955]], Pass-Nr. [[PASS|{sy19b}]]

Hinweis des Verpflichtungsgebers: Sein Vater war in Syrien Mitglied einer oppositionellen Partei und wurde 2013 inhaftiert; eine Rückkehr der Eltern nach Damaskus nach dem Besuch sei daher nicht sicher. Die Behörde hat darauf hingewiesen, dass die Verpflichtung auch einen späteren Asylantrag umfasst.

Die Bonität wurde geprüft. Aufgenommen am 16.01.2026 durch [[P|Claudia Rehberg]].

Unterschrift Verpflichtungsgeber: [[P|R. Al-Khatib]]
""", ["POLITICS"])

# 20 Outlook: informal mail from a coordinator for Ukrainian seasonal workers
up20a, up20b = ua_pass(), ua_pass()
doc("outlook", "koordination-informell", f"""
Von: [[E|agata.pietrzyk@agrarpersonal-ost.pl]]
An: {ABH_MAIL}
Betreff: oksana + taras, daten

hallo frau [[P|rehberg]],

hier nochmal die daten von den zwei ukrainern die nächste woche anfangen, hatte ich am telefon vergessen:

[[P|oksana hrytsenko]] – geb [[DOB|17.07.1999]] – pass [[PASS|{up20a}]]
[[P|taras melnychuk]] – geb [[DOB|05.01.1990]] – pass [[PASS|{up20b}]]
[[P|viktor bondarenko]] (kommt erst im mai) – geb [[DOB|12.12.1986]] – pass [[PASS|{ua_pass()}]]

beide wohnen erstmal bei [[P|taras]] cousin in anklam, [[A|Baustraße 27]]. handy oksana [[T|+380 93 118 4420]], taras hat nur whatsapp über mich.
brauchen die eine beschäftigungserlaubnis oder reicht der §24?

lg [[P|agata]]
Agrarpersonal Ost sp. z o.o.
""")

# 21 Word: note Führerscheinstelle, Syrian licence, epilepsy
a21 = az("FS-UM"); sy21 = "N" + d(9)
doc("word", "vermerk-umschreibung-syrien", f"""
Vermerk Führerscheinstelle – Umschreibung Drittstaat
Az.: [[AZ|{a21}]]

Antragsteller: [[P|Ahmad Al-Sayyed]], geb. [[DOB|28.02.1990]] in Homs
Anschrift: [[A|Schwanenring 12]], [[A|17389 Moorhausen]]
Identitätsnachweis: syr. Reisepass [[PASS|{sy21}]] (abgelaufen), eAT vorhanden
Telefon: [[T|0179 5530 2187]]
Vorgelegter Führerschein: syrischer Führerschein Klasse B, Nr. [[IDC|{d(7, True)}]], Übersetzung liegt vor (Übersetzungsbüro [[P|Kassem]], Neubrandenburg)

Bewertung:
- Syrien ist nicht in Anlage 11 FeV aufgeführt; theoretische und praktische Prüfung erforderlich.
- Laut Gesundheitsfragebogen leidet der Antragsteller an Epilepsie und ist seit 2021 anfallsfrei unter Medikation. Nach Anlage 4 Nr. 6.6 FeV ist ein Gutachten eines Facharztes für Neurologie anzufordern.
- Sehtest vom 09.01.2026 ohne Befund.

Nächste Schritte: Gutachtenanforderung an Herrn [[P|Al-Sayyed]] versenden (Frist 3 Monate), Prüfauftrag an TÜV erst nach positivem Gutachten.

Moorhausen, 14.01.2026
[[P|Pagel]]
""", ["HEALTH"])

# 22 Outlook: employer mail about Polish worker, union dispute
rv22 = rvnr("120388", "W"); kv22 = kvnr(); tid22 = tax_id()
doc("outlook", "arbeitgeber-sozialversicherung", f"""
Von: Lohnbüro Peenetal – [[P|Marlies Kuhlmann]] <[[E|m.kuhlmann@lohnbuero-peenetal.de]]>
An: {ABH_MAIL}
Betreff: Frau [[P|Mazurkiewicz]] – Bestätigung Wohnsitz für die Krankenkasse

Guten Tag,

für unsere Mitarbeiterin Frau [[P|Dorota Mazurkiewicz]] (geb. [[DOB|12.03.1988]]) benötigt die Krankenkasse eine Bestätigung, dass sie seit 2024 ihren gewöhnlichen Aufenthalt in Moorhausen hat ([[A|Fischerkamp 2]], [[A|17392 Bruchhagen]]).

Zur Zuordnung:
Rentenversicherungsnummer: [[SSN|{rv22[:2]} {rv22[2:8]} {rv22[8]} {rv22[9:]}]]
Krankenversichertennummer (AOK Nordost): [[KV|{kv22}]]
Steuer-ID: [[TID|{tid22}]]

Zur Info, weil sie es selbst angesprochen hat: Frau [[P|Mazurkiewicz]] ist Mitglied der IG BAU und wird im Streit um ihre Überstundenvergütung von der Gewerkschaft vertreten; sie befürchtet, dass der Betrieb ihr deshalb die Unterkunft kündigt. Das ist nicht unsere Sache, aber sie bat, das an Sie weiterzugeben.

Mit freundlichen Grüßen
[[P|Marlies Kuhlmann]]
Lohnbüro Peenetal · [[T|03971 24 55 80]]
""", ["UNION"])

# 23 Word: Außerbetriebsetzung wegen fehlender Versicherung
a23 = az("ZUL-VS"); kz23 = "DM-LS 46"
doc("word", "zwangsabmeldung-versicherung", f"""
Landkreis Moorhausen · Kfz-Zulassungsstelle · {OFFICE}

Herrn
[[P|Lennart Schwarck]]
[[A|Am Fuchsbau 6]]
[[A|17392 Bruchhagen]]

Az.: [[AZ|{a23}]] · bitte stets angeben
Datum: 09.02.2026

Fehlender Versicherungsschutz für das Fahrzeug [[KFZ|{kz23}]]

Sehr geehrter Herr [[P|Schwarck]],

Ihr Haftpflichtversicherer hat uns nach § 25 Abs. 1 FZV angezeigt, dass für Ihr Fahrzeug (Audi A4, Erstzulassung 2012) seit dem 31.01.2026 kein Versicherungsschutz mehr besteht.

Sie werden aufgefordert, bis spätestens 20.02.2026
a) eine neue Versicherungsbestätigung (eVB) vorzulegen oder
b) das Fahrzeug außer Betrieb setzen zu lassen.

Geschieht dies nicht, werden wir das Fahrzeug nach § 25 Abs. 4 FZV zwangsweise außer Betrieb setzen; die Kosten (Gebühren ab 35,00 EUR zuzüglich Auslagen) tragen Sie.

Mit freundlichen Grüßen
Im Auftrag
[[P|Maik Zühlsdorf]]
Telefon: [[T|03976 5841-305]], E-Mail: [[E|m.zuehlsdorf@lk-moorhausen.de]]
""")

# 24 Outlook: Danish holidaymaker asks for holder info after parking damage (English)
dk24 = "CX 47 219"
doc("outlook", "halterauskunft-daenemark", f"""
From: [[P|Birthe Lund]] <[[E|birthe.lund@jubii.dk]]>
Sent: Sunday, 15 March 2026 21:47
To: {ZUL_MAIL}
Subject: Request for owner information – accident in Moorhausen

Dear Sir or Madam,

on 13 March 2026 my car (Danish registration [[KFZ|{dk24}]]) was damaged on the parking lot of the Peenecenter in Moorhausen. A witness, Mr [[P|Gerhard Pohlmann]] ([[T|0172 6604 138]], [[A|Seeadlerweg 4]], [[A|17390 Groß Wendelin]]), noted the number of the other car: [[KFZ|MSE-HT 733]]. The driver left without waiting.

My Danish insurance (Tryg) needs the name and address of the keeper of this car. The police report number is [[AZ|0317-26-004512]]. Could you please tell me how to apply and what it costs? I can pay the fee by card (Visa [[CC|{group(cc("4", 16), 4, "-")}]], card holder [[P|Birthe M. Lund]]).

My address: [[A|Søndergade 8, 2. th.]], [[A|8000 Aarhus C]], Denmark
Phone: [[T|+45 40 17 62 93]]

Kind regards
[[P|Birthe Lund]]
""")

# 25 Word: Markdown table of Kurzzeitkennzeichen issued
rows25 = [("Tessmann, Gerd", False), ("Petersen GmbH (Fa.)", True), ("Østergaard, Søren", False),
          ("Szczęsna, Małgorzata", False), ("Noori, Jawid", False), ("Autohaus Jankowski e.K.", False),
          ("Lemke, Tobias", False)]
lines25 = []
for nm, firm in rows25:
    pl = f"MSE-04{d(3)}"
    if nm.startswith("Autohaus"):
        who, doc_no = "Autohaus [[P|Jankowski]] e.K.", "Händlervollmacht"
    elif firm:
        doc_no = "Händlervollmacht"
        who = nm
    else:
        who = f"[[P|{nm}]]"
        doc_no = f"[[IDC|{idcard()}]]" if nm.startswith(("Tessmann", "Noori", "Lemke")) else (
            f"[[PASS|{dkpass7}]]" if nm.startswith("Øst") else f"[[IDC|{pl_id()}]]")
    lines25.append(f"| {R.randint(2, 20):02d}.03.2026 | [[KFZ|{pl}]] | {who} | {doc_no} | 5 Tage |")
doc("word", "kurzzeitkennzeichen-tabelle", """
## Ausgegebene Kurzzeitkennzeichen März 2026 (Stichprobe für die Innenrevision)

| Datum | Kennzeichen | Antragsteller | Ausweisdokument | Gültigkeit |
|---|---|---|---|---|
""" + "\n".join(lines25) + """

Hinweis Revision: bei zwei Vorgängen fehlte die Kopie der eVB in der Akte. Verantwortlich für die Nacharbeit: [[P|K. Stüdemann]].
""")

# 26 Outlook: integration course provider about Afghan woman, pregnancy
doc("outlook", "integrationskurs", f"""
Von: VHS Moorhausen – Integrationskurse <[[N|integration@vhs-moorhausen.de]]>
An: {ABH_MAIL}
Betreff: Kursteilnahme Frau [[P|Shukria Rahimi]] (Kurs 26-B1-03)

Sehr geehrte Damen und Herren,

Frau [[P|Shukria Rahimi]] (geb. [[DOB|30.06.1996]]), die Sie zur Teilnahme am Integrationskurs verpflichtet haben, fehlt seit dem 02.02.2026 unentschuldigt. Auf unsere Nachfrage teilte ihr Ehemann, Herr [[P|Farid Ahmadzai]], mit, dass sie schwanger ist und wegen starker Komplikationen bis Ende April nicht teilnehmen kann. Ein ärztliches Attest von Dr. [[P|Ulrike Brandhorst]] soll nachgereicht werden.

Bitte teilen Sie uns mit, ob die Verpflichtung ruhen kann. Die Familie wohnt [[A|Kiefernweg 3]], [[A|17389 Moorhausen]], Telefon [[T|0162 3071 885]].

Mit freundlichen Grüßen
[[P|Nadine Pleß]]
Koordination Integrationskurse
""", ["HEALTH"])

# 27 Word: telephone note with many identifiers spoken
a27 = "ABH 4.2-" + d(5); azr27 = "0" + d(11)
doc("word", "telefonnotiz", f"""
Telefonnotiz – 11.03.2026, 14:20 Uhr – [[P|J. Ruthenberg]]

Anrufer: Herr [[P|Mykola Danyliuk]], Rückruf erbeten unter [[T|0155 6024 7731]]
Betrifft: Umzug aus dem Landkreis Vorpommern-Greifswald nach Moorhausen; Aktenanforderung

- neue Anschrift: [[A|Hafenstraße 19]], [[A|17389 Moorhausen]] (seit 01.03.)
- alte Anschrift: [[A|Lange Straße 60]], [[A|17438 Wolgast]]
- AZR-Nummer laut Bescheinigung: [[AZ|{azr27}]]
- bei uns neu angelegt unter [[AZ|{a27}]]
- Geburtsdatum lt. Fiktionsbescheinigung: [[DOB|21.11.1987]]; Reisepass [[PASS|{ua_pass()}]]
- Sachbearbeiterin in Greifswald war Frau [[P|Böttcher]], Tel. [[T|03834 8760-2215]]
- Ehefrau [[P|Yuliia]] und Sohn [[P|Bohdan]] (geb. [[DOB|2019]]) ziehen später nach
- Herr [[P|Danyliuk]] fragt, ob er mit seinem ukrainischen Auto ([[KFZ|BC 4471 KM]]) weiter fahren darf → an Zulassungsstelle verwiesen

Erledigt: Akte bei ABH Greifswald angefordert.
""")

# 28 Outlook: staff reply with signature, fingerprints could not be taken (skin disease)
e28 = eat()
doc("outlook", "abh-antwort-fingerabdruck", f"""
Von: [[P|Claudia Rehberg]] <[[E|c.rehberg@lk-moorhausen.de]]>
An: [[P|Iryna Savchuk-Bondar]] <[[E|iryna.savchuk.bondar@gmail.com]]>
Betreff: AW: Termin Aufenthaltstitel – Fingerabdrücke

Sehr geehrte Frau [[P|Savchuk-Bondar]],

bei Ihrem Termin am 24.02. konnten leider keine verwertbaren Fingerabdrücke für den elektronischen Aufenthaltstitel erfasst werden, weil die Haut an Ihren Fingerkuppen wegen Ihrer Neurodermitis zu stark geschädigt war. Der Abgleich der neu erfassten Abdrücke (linker und rechter Zeigefinger) mit den im bisherigen Titel gespeicherten Abdrücken ergab am Lesegerät keine Übereinstimmung; das Gesichtsbild wurde dagegen verifiziert. Nach § 61a AufenthG dürfen wir den Titel in diesem Fall mit dem Vermerk „Fingerabdrücke vorübergehend nicht erfassbar" ausstellen; eine Wiederholung ist in drei Monaten vorgesehen.

Ihre bisherige Karte [[IDC|{e28}]] behalten Sie bis zur Aushändigung der neuen Karte.

Mit freundlichen Grüßen
Im Auftrag
[[P|Claudia Rehberg]]
Landkreis Moorhausen · Ausländerbehörde
Durchwahl [[T|03976 5841-241]] · Zentrale {SWITCH}
{ABH_MAIL}

-----Ursprüngliche Nachricht-----
Von: [[P|Iryna Savchuk-Bondar]] <[[E|iryna.savchuk.bondar@gmail.com]]>
Gesendet: Mittwoch, 25. Februar 2026 07:55
An: [[P|Rehberg, Claudia]]
Betreff: Termin Aufenthaltstitel

Guten Morgen, was passiert jetzt mit meinen Fingerabdrücken? Ich wohne weiter [[A|Kiefernweg 14]], [[A|17389 Moorhausen]]. [[P|I. Savchuk-Bondar]]
""", ["HEALTH", "BIOMETRIC"])

# 29 Word: Niederlassungserlaubnis letter, semicolon-free; German IDs for a naturalised applicant's spouse
rv29 = rvnr("080592", "N"); tid29 = tax_id(); pas29 = passport_de(True)
doc("word", "niederlassungserlaubnis", f"""
Landkreis Moorhausen · Ausländerbehörde
{OFFICE}

Frau
[[P|Lina Darwish]]
c/o [[P|Haddad]]
[[A|Wiesengrund 4]]
[[A|17389 Moorhausen]]

Ihr Antrag vom 06.01.2026 – Erteilung einer Niederlassungserlaubnis (§ 18c AufenthG)
Aktenzeichen: [[AZ|ABH 4.1-{d(5)}]]

Sehr geehrte Frau [[P|Darwish]],

Ihr Antrag ist vollständig. Wir haben folgende Angaben geprüft:

Geburtsdatum: [[DOB|8. Mai 1992]]
Rentenversicherungsnummer: [[SSN|{rv29}]] (60 Pflichtbeitragsmonate nachgewiesen)
Steuer-Identifikationsnummer: [[TID|{tid29[:3]} {tid29[3:6]} {tid29[6:9]} {tid29[9:]}]]
Arbeitgeber: Kreiskrankenhaus Moorhausen gGmbH, Pflegefachkraft seit 2019

Ihr Ehemann, Herr [[P|Yasin Haddad]], ist deutscher Staatsangehöriger (Reisepass [[PASS|{pas29}]]); seine Angaben benötigen wir nicht mehr.

Für Ihren Sohn [[P|Karim]] (geb. [[DOB|17.08.2021]]) wird die Aufenthaltserlaubnis gesondert verlängert.

Bitte vereinbaren Sie einen Termin zur Abgabe des Lichtbildes. Die Gebühr beträgt 113,00 EUR.

Mit freundlichen Grüßen
Im Auftrag
[[P|Uwe Dettmann]]
""")

# 30 Outlook: Ukrainian man, stolen passport and car with Ukrainian plates
rn30 = rnokpp(1983, 9, 2, False); up30 = ua_pass(); vat30 = "PL" + nip()
pl30 = "PL" + iban("PL", 24)[2:]; assert X.iban_ok(pl30)
doc("outlook", "diebstahl-dokumente", f"""
Von: [[P|Andrii Shevchuk]] <[[E|a.shevchuk@i.ua]]>
An: {ABH_MAIL}; {ZUL_MAIL}
Betreff: Pass gestohlen + Auto ummelden

Guten Tag,

am Wochenende wurde bei mir eingebrochen ([[A|Peenestraße 7]], [[A|17389 Moorhausen]]), gestohlen wurden mein ukrainischer Reisepass [[PASS|{up30}]] und der Fahrzeugschein von meinem Auto [[KFZ|AA 3815 BP]]. Die Anzeige bei der Polizei hat das Aktenzeichen [[AZ|ST/0218/26/1045]].

1) Was muss ich wegen dem Pass machen? Ich habe einen Termin beim Konsulat in Hamburg am 30.03.
2) Ich lebe jetzt über ein Jahr hier und will das Auto in Deutschland anmelden. Ich bin selbständig (Transporte, Einzelunternehmen in Polen), meine Firma hat USt-Nr. [[VAT|{vat30}]], Konto bei PKO [[IBAN|{group(pl30, 4)}]].

Meine ukrainische Steuernummer: [[TID|{rn30}]], geboren [[DOB|02.09.1983]].
Telefon: [[T|+49 1590 472 8813]], sonst meine Frau [[P|Nataliia]]: [[T|0157 8841 0296]]

Mit freundlichen Grüßen
[[P|Andrii Shevchuk]]
""")

assert len(DOCS) == 30, len(DOCS)
with open(os.path.join(HERE, "fresh92.jsonl"), "w", encoding="utf-8", newline="\n") as out:
    for i, (channel, template, text, flags) in enumerate(DOCS, 1):
        out.write(json.dumps(build(f"F92-{i:03d}", channel, template, text, flags), ensure_ascii=False) + "\n")
