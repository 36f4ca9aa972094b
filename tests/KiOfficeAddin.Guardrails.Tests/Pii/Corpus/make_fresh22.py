"""Batch 22: 30 held-out German documents from the (invented) Stadt Wendtshagen, Landkreis Vorpommern-Greifswald
(Mecklenburg-Vorpommern, ~20,000 inhabitants, Ostsee tourism) and its Amt Wendtshagen-Land (villages Sierkow,
Groß/Klein Pümmelow, Zarnitz, Vitzkendorf, Lassenhagen). Written blind to the detector. Seed 2222222.

Run: python3 make_batch22.py  -> batch22.jsonl next to this file.
"""
import json
import os
import sys

sys.dont_write_bytecode = True
CORPUS = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, CORPUS)
from marks import build  # noqa: E402
from identifiers import Identifiers, group, icao_check, mod97_iban, luhn_check, mod11_10_check  # noqa: E402

ids = Identifiers(2222222)
HERE = os.path.dirname(os.path.abspath(__file__))


def iban4(value):
    return group(value, 4)


def taxid_spaced(v):
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"


def rv_spaced(v):
    return f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}"


def st_nr_mv():
    # MV/Brandenburg-style layout FFF/BBB/UUUUP (layout only, no check digit).
    return f"0{ids.rng.choice(['79', '81', '84', '86'])}/{ids.digits(3)}/{ids.digits(5)}"


def st_nr_federal_mv():
    # 13-digit federal form: 4-digit Bundesfinanzamtsnummer (MV: 40xx) + 0 + BBB + UUUUP.
    return "40" + ids.rng.choice(["79", "81", "84", "86"]) + "0" + ids.digits(3) + ids.digits(5)


# ---------------------------------------------------------------- identifiers, drawn in a fixed order
TOWN_IBAN = iban4(ids.iban_de())                       # the town's own account: neutral
IBAN_001 = iban4(ids.iban_de())
AMEX_001 = ids.credit_card("37", 15)
IBAN_003 = iban4(ids.iban_de())
PASS_004 = ids.passport(check_digit=True)
VAT_005 = ids.vat_id()
STNR_005 = st_nr_mv()
MC_006 = ids.credit_card("52", 16)
IBAN_010 = iban4(mod97_iban("NL", "RABO" + ids.digits(10)))
TID_010 = ids.tax_id()
IDC_012 = ids.id_card(check_digit=True)
TID_014 = ids.tax_id()
STNR_014 = st_nr_federal_mv()
IBAN_015 = ids.iban_de()                               # written without spaces
SSN_016 = rv_spaced(ids.social_security("140244", "W"))
KV_016 = ids.health_insurance()
IBAN_016 = iban4(ids.iban_de())
IBAN_017 = iban4(ids.iban_de())
IBAN_020 = iban4(ids.iban("PL", 24))
IBAN_022 = iban4(ids.iban_de())
IDC_023 = ids.id_card(check_digit=True)
KV_026 = ids.health_insurance()
SSN_026 = ids.social_security("140308", "H")          # written without spaces
IBAN_026 = iban4(ids.iban("CZ", 20))
TID_027 = ids.tax_id()
SSN_027 = rv_spaced(ids.social_security("250691", "W"))
IBAN_027 = iban4(ids.iban_de())
KV_027 = ids.health_insurance()
STNR_028 = st_nr_mv()
VAT_028 = ids.vat_id()
IDC_028 = ids.id_card(check_digit=False)

MC_006_G = group(MC_006, 4)
AMEX_001_G = f"{AMEX_001[:4]} {AMEX_001[4:10]} {AMEX_001[10:]}"

DOCS = []


def doc(channel, template, marked, flags=()):
    DOCS.append((channel, template, marked.strip("\n"), list(flags)))


# ---------------------------------------------------------------- b22-001  tourist, Kurtaxe, lower-case
doc("outlook", "kurtaxe", f"""
Betreff: kurtaxe doppelt bezahlt?? FeWo Strandpromenade

hallo liebe kurverwaltung,

wir (familie [[P|Kasten]] aus berlin) waren vom 12. bis 26. juli in der ferienwohnung "Möwennest" bei frau [[P|Pingel]] in der [[A|Strandpromenade 41]]. die kurtaxe haben wir bei der vermieterin bar bezahlt (2 erw. x 14 nächte x 2,80 € = 78,40 €), ausserdem hat mein mann am zweiten tag nochmal am automaten an der seebrücke für uns alle kurkarten gezogen, weil er dachte das muss man so. kurkarten-nr. 2025-118734 bis -118737, quittung häng ich an.

kann man das zweite mal erstatten? am liebsten aufs konto von meinem mann: [[IBAN|{IBAN_001}]] (läuft auf seinen namen). oder zurück auf die karte mit der er bezahlt hat, amex [[CC|{AMEX_001_G}]].

die kinder (9 und 6) sind ja eh frei glaube ich?

danke und liebe grüße von der spree
[[P|Mandy Kasten]]
[[A|Greifswalder Str. 212]]
[[A|10405 Berlin]]
[[T|0176 / 218 440 93]]
[[E|mandy.kasten83@gmx.de]]
""")

# ---------------------------------------------------------------- b22-002  dog bite, Ordnungsamt, typos
doc("outlook", "hund", """
Betreff: Hundebiss in Groß Pümmelow – bitte um Hilfe!!!

Sehr geehrte Damen und Herren vom Ordnungsamt,

ich wende mich an Sie weil ich nicht mehr weiter weis. Am Samstag (14.06.) wurde meine Tochter [[P|Emily]] (8) auf dem Weg zum Spielplatz von dem Schäferhund unseres Nachbarn [[P|Ronny Zabel]] gebissen, er wohnt [[A|Dorfstraße 7]], [[A|OT Groß Pümmelow]]. Der Hund läuft seit Wochen frei über die Straße, das Tor ist kaputt. [[P|Emily]] musste in der Notaufnahme in Greifswald genäht werden, zwei Stiche am linken Unterschenkel und eine Tetanusimpfung, sie hat seitdem Albträume und will nicht mehr allein raus.

Der Nachbar hat nur gesagt "der tut nix". Die Nachbarin von gegenüber hat alles gesehen.

Ich will das der Hund angeleint wird und möchte wissen ob das ein gefährlicher Hund nach der Hundehalterverordnung ist. Anzeige bei der Polizei ist gestellt, Vorgangsnummer [[AZ|0871/25/014253]].

Mit freundlichen Grüßen
[[P|Sandy Buchholz]]
[[A|Dorfstraße 12]]
[[A|17463 Sierkow OT Groß Pümmelow]]
Handy [[T|0152 08 73 41 92]]
""", ["HEALTH"])

# ---------------------------------------------------------------- b22-003  Ukrainian, Wohngeld, EN/DE mix
doc("outlook", "wohngeld", f"""
Betreff: Wohngeld / housing benefit – Az. [[AZ|WG 2025/0348]]

Dear Sir or Madam, sehr geehrte Damen und Herren,

sorry my German is not so good yet, I write half in English. I got your letter from 02.06.2025 that documents are missing for Wohngeld.

- Mietbescheinigung from landlord (WBG Wendtshagen eG) – attached
- Kontoauszüge last 3 months – attached
- my son [[P|Artem]] (born [[DOB|17.11.2012]]) now lives with me, he came from Poland in April. His passport no. is [[PASS|FX482913]], mine is [[PASS|FT107655]].

Bitte zahlen Sie auf mein neues Konto bei der Sparkasse: [[IBAN|{IBAN_003}]]. The old account at Monobank does not work here.

My address is same: [[A|Ernst-Thälmann-Ring 14]], [[N|Whg. 23]], [[A|17461 Wendtshagen]].
Telefon [[T|0049 1523 7719046]] or Viber/WhatsApp [[T|+380 67 412 38 05]]

Дякую / Thank you / Danke!
[[P|Oksana Melnyk]]
""")

# ---------------------------------------------------------------- b22-004  Standesamt, two women, Danish fiancée
doc("outlook", "standesamt", f"""
Betreff: Anfrage Trauung auf der Seebrücke im Mai 2026

Liebes Team vom Standesamt,

meine Verlobte [[P|Mette Kjærgaard]] und ich möchten nächsten Mai heiraten, am liebsten im Trauzimmer auf der Seebrücke, das wir letzten Sommer gesehen haben. Wir sind zwei Frauen, seit sieben Jahren zusammen, und sie ist Dänin – wir wissen nicht genau, welche Unterlagen sie aus Dänemark braucht (ein Ehefähigkeitszeugnis gibt es dort ja wohl nicht?).

Zu uns:
– ich: [[P|Julia Tiedemann]], geboren am [[DOB|3. Mai 1991]] in Anklam, wohnhaft [[A|Kollwitzstraße 58]], [[A|10405 Berlin]], deutscher Reisepass [[PASS|{PASS_004}]]
– meine Verlobte: geb. [[DOB|22.10.1989]] in Odense, dänischer Pass [[PASS|209418735]], wohnt noch in [[A|Vestergade 14]], [[N|2. th.]], [[A|8000 Aarhus C]], zieht aber im Herbst zu mir.

Wie lange vorher müssen wir die Eheschließung anmelden, und geht das bei Ihnen oder muss das über das Standesamt Pankow laufen?

Viele Grüße aus dem Prenzlauer Berg
[[P|Julia Tiedemann]]
[[T|+49 (0)30 4473 9120]]
""", ["SEXUAL_ORIENTATION"])

# ---------------------------------------------------------------- b22-005  forwarded, Strandkorbvermietung
doc("outlook", "gewerbe", f"""
Betreff: WG: Gewerbeummeldung Strandkorbvermietung – fehlende Steuernummer

Hallo zusammen,

anbei die Mail aus der Strandkorbvermietung mit den fehlenden Angaben, bitte zur Gewerbeakte [[AZ|32.3-GA-2025/117]] nehmen.

Gruß
[[P|S. Brandt]]
Ordnungsamt – Gewerbeangelegenheiten
Tel. [[T|038356 57-231]]

-----Ursprüngliche Nachricht-----
Von: [[P|Kröger, Heiko]] <[[E|strandkorb.kroeger@t-online.de]]>
Gesendet: Dienstag, 3. Juni 2025 07:52
An: [[N|gewerbe@wendtshagen.de]]
Betreff: Gewerbeummeldung Strandkorbvermietung

Moin,

wie am Telefon besprochen die Angaben, die noch fehlten:

neue Betriebsstätte: Hauptstrand, Kiosk am Strandaufgang 6 – Postanschrift bleibt wie gehabt
Steuernummer: [[TNR|{STNR_005}]]
geb. am [[DOB|09.08.1971]] in Wolgast

Die Sondernutzungserlaubnis für die 120 Strandkörbe (Vertrag Nr. SN-2024-17) läuft ja noch bis 2027. Ab Juli ist der Verleih am Aufgang 4 auch mobil erreichbar: [[T|0171 5 39 22 84]].

Schöne Grüße
[[P|Heiko Kröger]]

Strandkorbvermietung [[P|Kröger]] · Inh. [[P|Heiko Kröger]] · [[A|Lange Reihe 17]] · [[A|17461 Wendtshagen]] · [[VAT|{VAT_005}]]
""")

# ---------------------------------------------------------------- b22-006  Danish tourist, parking, English
doc("outlook", "parken", f"""
Betreff: Parking ticket / Verwarnung [[AZ|2025-OW-04417]] – please help

Hello,

last Saturday (19 July) I got a parking ticket at the car park at the Seebrücke. Reference number on the ticket: [[AZ|2025-OW-04417]]. The car has Danish plates, [[KFZ|CV 48 213]], a rental car in my name. I did buy a ticket at the machine (10:12, 4 hours, 6,00 EUR), it was lying on the dashboard but maybe it slid down. Photo of the receipt is attached.

If I still have to pay the 30 EUR, a bank transfer from Denmark is expensive for me. Could you charge my credit card instead? Mastercard [[CC|{MC_006_G}]], valid until 09/27, name on card [[P|SOREN H MADSEN]].

Best regards / Med venlig hilsen
[[P|Søren Højer Madsen]]
[[A|Nørregade 7]], [[A|6700 Esbjerg]], Denmark
[[T|+45 22 91 07 34]]
""")

# ---------------------------------------------------------------- b22-007  Syrian father, Kita, diabetes
doc("outlook", "kita", """
Betreff: Kita Seepferdchen mein Sohn Diabetes

Sehr geehrte Frau [[P|Schwanke]],

ich bin Vater von [[P|Karim Al-Hamwi]] (geboren [[DOB|07.01.2021]]), er ist in Gruppe Krebse in der Kita Seepferdchen. [[P|Karim]] hat seit März Diabetes Typ 1, er hat jetzt Insulinpumpe und Sensor am Arm. Der Kinderarzt [[P|Dr. Jens Wendland]] hat gesagt die Erzieher müssen den Wert auf dem Handy sehen und bei Unterzucker Traubenzucker geben. Bitte können wir ein Gespräch machen mit der Erzieherin? Der Arztbrief ist im Anhang.

Meine Frau spricht besser Deutsch, Sie können sie anrufen: [[T|0157 3380 4126]]. Ich bin bis 16 Uhr auf Arbeit im Hafen, mein Handy [[T|01520 9 11 47 03]].

Danke
[[P|Mohammad Al-Hamwi]]
[[A|Am Bahnhof 3a]]
[[A|17461 Wendtshagen]]
""", ["HEALTH"])

# ---------------------------------------------------------------- b22-008  Afghan mother, school, Eid
doc("outlook", "schule", """
Betreff: Befreiung vom Unterricht am 20.03.2026 (Zuckerfest)

Sehr geehrte Frau [[P|Stüdemann]],

hiermit bitte ich um Befreiung vom Unterricht für meine Kinder [[P|Mariam Rahimi]] (Klasse 6b) und [[P|Farid Rahimi]] (Klasse 3a) am Freitag, 20. März 2026. An diesem Tag feiern wir als muslimische Familie das Ende des Ramadan und fahren morgens zum Festgebet in die Moschee nach Rostock. Herrn [[P|Pham]], den Klassenlehrer der 3a, habe ich auch schon informiert.

Die Hausaufgaben holen die Kinder am Montag nach.

Mit freundlichen Grüßen
[[P|Zarghuna Rahimi]]
[[A|Platz der Jugend 9]]
[[A|17461 Wendtshagen]]
[[T|0160 / 92 44 817]]
[[E|z.rahimi1982@gmail.com]]
""", ["RELIGION"])

# ---------------------------------------------------------------- b22-009  Osterfeuer, village association
doc("outlook", "osterfeuer", """
Betreff: Anmeldung Osterfeuer 2026 – Klein Sierkow

Guten Tag,

wie jedes Jahr möchten wir das Osterfeuer in Klein Sierkow anmelden:

Datum: Karsamstag, 4. April 2026, ab 19:00 Uhr
Ort: Koppel hinter dem Hof [[A|Ausbau 3]], Flurstück 47/2, Flur 1, Gemarkung Klein Sierkow (ca. 80 m bis zur Dorfkirche, 150 m bis zum Waldrand)
Veranstalter: Dorfverein Klein Sierkow e.V. (VR 1102, Amtsgericht Neubrandenburg)
Verantwortlich vor Ort: [[P|Jens Priebe]] (Vorsitzender) und [[P|Maik Steenbock]] (Brandwache, FF Sierkow)
Handy am Abend: [[T|0173-2 84 90 16]] ([[P|Priebe]]), [[T|0174 / 665 31 08]] (Brandwache)

Brennmaterial: nur unbehandeltes Holz und Strauchschnitt, wird ab 28.03. aufgeschichtet und am Tag vorher umgeschichtet (Igel!). Die Eigentümerin der Koppel, Frau [[P|Hannelore Brüning]], ist einverstanden, ihre Erklärung hängt an.

Die Genehmigung bitte wieder an mich.

Mit freundlichen Grüßen
[[P|Jens Priebe]]
Dorfverein Klein Sierkow e.V.
[[A|Dorfstr. 22]]
[[A|17463 Sierkow]]
""")

# ---------------------------------------------------------------- b22-010  Dutch owners, Grundsteuer
doc("outlook", "grundsteuer", f"""
Betreff: Grundsteuerbescheid 2025 – Kassenzeichen [[AZ|6.0310.002741.8]] – vakantiehuis Zarnitz

Dear Madam or Sir, sehr geehrte Damen und Herren,

we own a small holiday house at [[A|Zum Haff 6]] in [[A|17463 Zarnitz]] since 2019. Now we received the Grundsteuerbescheid 2025 with 412,38 EUR per year instead of 96,10 EUR before. Is this correct? The Finanzamt sent us a Grundsteuerwert of 48.300 EUR and the Hebesatz of the Gemeinde is 450 %, but we do not understand the Messbetrag.

From now on we would like to pay by SEPA direct debit from our Dutch account, [[IBAN|{IBAN_010}]]. Is the Lastschriftmandat also available in English?

If you need it: my German tax identification number (from the time I worked in Hamburg) is [[TID|{TID_010}]].

Met vriendelijke groet / Mit freundlichen Grüßen
[[P|Pieter-Jan van Dijk]] and [[P|Femke van Dijk-de Vries]]
[[A|Keizersgracht 212-II]]
[[A|1016 DX Amsterdam]]
The Netherlands
[[T|+31 6 41 28 77 05]]
""")

# ---------------------------------------------------------------- b22-011  Friedhof, Islamic burial
doc("outlook", "friedhof", """
Betreff: Grabstelle für meinen Vater – muslimisches Grabfeld?

Sehr geehrte Damen und Herren,

mein Vater [[P|Mustafa Yıldız]] (geb. [[DOB|12.03.1948]]) ist am Sonntag im Kreiskrankenhaus verstorben. Er hat über 40 Jahre in Wendtshagen gelebt, zuletzt bei uns in der [[A|Wolgaster Str. 88]]. Es war sein ausdrücklicher Wunsch, nach islamischem Ritus bestattet zu werden, im Leichentuch, mit dem Gesicht nach Mekka und möglichst schnell. Gibt es auf dem Friedhof an der Mühlenstraße ein Feld, wo das möglich ist, oder müssen wir nach Rostock ausweichen?

Das Bestattungshaus [[P|Timm]] kümmert sich um die Überführung, Herr [[P|Timm]] meldet sich auch noch bei Ihnen. Die Sterbeurkunde beantragen wir morgen beim Standesamt. Meine Mutter möchte später einmal neben ihm liegen, deshalb fragen wir auch nach einem Doppelgrab.

Ich bin heute und morgen jederzeit erreichbar unter [[T|0 38 356 / 4 12 77]] oder mobil [[T|0172 8 01 93 50]].

Mit freundlichen Grüßen
[[P|Emre Yıldız]]
""", ["RELIGION"])

# ---------------------------------------------------------------- b22-012  Vietnamese, lost ID card, lower-case
doc("outlook", "ausweis", f"""
Von: [[E|lan.nguyen87@web.de]]
Betreff: ausweis verloren - termin?

guten tag,
ich habe am wochenende meine geldbörse verloren mit personalausweis und führerschein. anzeige bei der polizei habe ich gemacht (vorgangsnummer [[AZ|ANK/2025/017734]]). die nummer steht zum glück auf der kopie vom mietvertrag: [[IDC|{IDC_012}]].

ich brauche schnell einen neuen ausweis weil ich am 15.08. nach hanoi fliege zu meiner mutter. geht auch ein vorläufiger? mein reisepass ist abgelaufen. biometrisches passbild bringe ich mit, habe ich schon beim fotografen machen lassen.

ich heiße [[P|Nguyễn Thị Lan]], geboren [[DOB|23.6.1987]], adresse [[A|Karl-Marx-Str. 22 b]], [[A|17461 Wendtshagen]]. am besten erreichbar nach 19 uhr, [[T|015908412736]] oder email hier. wenn ich arbeiten muss kann auch mein mann [[P|Tuấn]] anrufen.

vielen dank
[[P|lan nguyen]]
""")

# ---------------------------------------------------------------- b22-013  sports club funding
doc("outlook", "verein", """
Betreff: Antrag Vereinsförderung 2026 – SV Einheit Wendtshagen, Abteilung Volleyball

Sehr geehrter Herr [[P|Harms]],

anbei unser Antrag auf Zuschuss für neue Netzanlagen und Bälle (Gesamtkosten 2.480,00 €, beantragt 50 % = 1.240,00 €, Angebot Nr. 4711-2025 liegt bei).

Zum Verein: SV Einheit Wendtshagen 1949 e.V., Vereinsregister VR 312 beim Amtsgericht Stralsund, 214 Mitglieder, davon 96 Kinder und Jugendliche; wir sind parteipolitisch und konfessionell neutral und offen für alle. Vorstand nach § 26 BGB: [[P|Dr. Kerstin Wulff]] (Vorsitzende), [[P|Enrico Lehmann]] (Kassenwart), [[P|Tomasz Nowicki]] (Jugendwart).

Die Bankverbindung des Vereins ist unverändert. Rückfragen bitte an mich privat, die Geschäftsstelle ist nur dienstags besetzt: [[A|Auf der Hörn 6]], [[A|17461 Wendtshagen]], [[T|038356 21 88 4]], [[E|kerstin.wulff@wulff-wendtshagen.de]].

Mit sportlichen Grüßen
[[P|Kerstin Wulff]]
Vorsitzende
""")

# ---------------------------------------------------------------- b22-014  forwarded, Zweitwohnungsteuer
doc("outlook", "zweitwohnung", f"""
Betreff: Fwd: Zweitwohnungsteuer Kassenzeichen [[AZ|6.0420.011853.2]] – Widerspruch

Guten Tag,

meine Frau hat mir das weitergeleitet, ich antworte direkt. Kurz: Die Wohnung [[A|Am Mühlenteich 5]], [[N|1. OG rechts]], ist KEINE Zweitwohnung, sondern wird seit 2023 ausschließlich an Feriengäste vermietet (Belegungskalender und Gewerbeanmeldung anbei). Dafür zahlen wir bereits Fremdenverkehrsabgabe. Meine Steuer-ID für Ihre Unterlagen: [[TID|{taxid_spaced(TID_014)}]], die Vermietung wird beim Finanzamt Greifswald unter [[TNR|{STNR_014}]] geführt.

Ich bitte, die Festsetzung aufzuheben und die Vollziehung bis zur Entscheidung auszusetzen.

Mit freundlichen Grüßen
[[P|Dr. Matthias Stoltenberg]]

---------- Forwarded message ---------
Von: [[P|Claudia Stoltenberg]] <[[E|claudia.stoltenberg@posteo.de]]>
Date: Mo., 10. März 2025 um 21:14
Subject: Zweitwohnungsteuer
To: [[P|Matthias Stoltenberg]] <[[E|m.stoltenberg@mailbox.org]]>

[[P|Matze]], schau mal, Post aus Wendtshagen: Zweitwohnungsteuer 1.086 € für 2024, rückwirkend?! Sachbearbeiterin ist eine Frau [[P|Zühlke]]. Kannst du dich bitte drum kümmern, ich bin die ganze Woche auf Dienstreise.
[[P|Claudi]]
""")

# ---------------------------------------------------------------- b22-015  Wahlhelfer, party membership
doc("outlook", "wahlen", f"""
Betreff: Re: Aufruf Wahlhelfer Landtagswahl 2026

Hallo Frau [[P|Thiede]],

ich mache gern wieder mit, wie letztes Mal im Wahllokal Grundschule am See (Wahlbezirk 004). Meine Daten sind unverändert: [[P|Björn Hinrichs]], geb. [[DOB|30.01.1968]], [[A|Zur Seebrücke 1b]], [[A|17461 Wendtshagen]], Tel. [[T|0151 - 40 27 88 16]].

Der Transparenz halber: Ich bin seit 2019 Mitglied bei den Grünen und im Ortsverband aktiv, kandidiere aber nicht. Falls das für den Wahlvorstand ein Problem ist, setzen Sie mich gern in einem anderen Bezirk oder bei der Briefwahl ein.

Das Erfrischungsgeld bitte wieder überweisen: [[IBAN|{IBAN_015}]].

Viele Grüße
[[P|Björn Hinrichs]]

Am 02.06.2026 um 10:03 schrieb Wahlbüro Wendtshagen <[[N|wahlen@wendtshagen.de]]>:
> Sehr geehrte Damen und Herren,
> für die Landtagswahl am 20. September 2026 suchen wir wieder engagierte Wahlhelferinnen und Wahlhelfer.
> Ihr Wahlbüro der Stadt Wendtshagen, Telefon [[N|038356 57-0]]
""", ["POLITICS"])

# ---------------------------------------------------------------- b22-016  daughter for father, Grundsicherung
doc("outlook", "sozialamt", f"""
Betreff: Grundsicherung für meinen Vater – Az. [[AZ|50.2-GS-0815/24]]

Sehr geehrte Frau [[P|Kühl]],

ich schreibe im Auftrag meines Vaters [[P|Alexander Wolkow]] (geb. [[DOB|14. Februar 1944]] in Omsk), für den ich seit Januar gesetzliche Betreuerin bin (Betreuerausweis anbei). Nach dem zweiten Schlaganfall im Februar hat er jetzt Pflegegrad 3 und lebt seit 1. Mai im Pflegeheim Haus Abendsonne in Lassenhagen.

Seine Rente reicht für den Eigenanteil nicht. Die fehlenden Unterlagen:
- Rentenbescheid der Deutschen Rentenversicherung, Versicherungsnummer [[SSN|{SSN_016}]]
- Nachweis Krankenkasse AOK Nordost, Versichertennummer [[KV|{KV_016}]]
- Kontoauszüge der letzten drei Monate, Konto [[IBAN|{IBAN_016}]]

Mit freundlichen Grüßen
[[P|Tatjana Becker]] geb. [[P|Wolkowa]]
[[A|Friedrich-Engels-Str. 3]]
[[A|17489 Greifswald]]
[[T|03834 / 77 21 40]]
""", ["HEALTH"])

# ---------------------------------------------------------------- b22-017  Wohngeld decision (Word)
doc("word", "wohngeld", f"""
Stadt Wendtshagen · Die Bürgermeisterin · Fachbereich 3 Soziales – Wohngeldstelle
[[N|Markt 1]], [[N|17461 Wendtshagen]]

Herrn [[P|Yonas Haile]]
Frau [[P|Semhar Tesfamariam]]
[[A|Am Wasserturm 11]]
[[A|17461 Wendtshagen]]

Unser Zeichen: [[AZ|WG-2025-01188]]
Auskunft: Zimmer 1.14 (Di und Do 9–12 Uhr)
Datum: 14.07.2025

Bescheid über Wohngeld (Mietzuschuss) nach dem Wohngeldgesetz (WoGG)

Sehr geehrter Herr [[P|Haile]], sehr geehrte Frau [[P|Tesfamariam]],

auf Ihren Antrag vom 28.05.2025 wird Ihnen für den Bewilligungszeitraum 01.06.2025 bis 31.05.2026 Wohngeld in Höhe von monatlich 412,00 EUR bewilligt.

Berücksichtigte Haushaltsmitglieder (§ 5 WoGG):
1. [[P|Haile, Yonas]], geb. [[DOB|01.01.1990]] (Antragsteller)
2. [[P|Tesfamariam, Semhar]], geb. [[DOB|17.09.1993]]
3. [[P|Haile, Selam]], geb. [[DOB|05.04.2018]]

Berechnungsgrundlagen: monatliche Bruttokaltmiete 548,00 EUR (Höchstbetrag Mietenstufe II, 3 Personen: 561,00 EUR), monatliches Gesamteinkommen 1.912,40 EUR. Die Berechnung liegt als Anlage bei.

Das Wohngeld wird monatlich im Voraus auf das Konto [[IBAN|{IBAN_017}]] überwiesen. Die Nachzahlung für Juni und Juli 2025 von 824,00 EUR erfolgt mit der nächsten Zahlung.

Sie sind verpflichtet, uns Änderungen der Haushaltsgröße, der Miete oder des Einkommens unverzüglich mitzuteilen (§ 27 WoGG).

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadt Wendtshagen, [[N|Markt 1]], [[N|17461 Wendtshagen]], erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Jana Dierks]]
""")

# ---------------------------------------------------------------- b22-018  phone note, dogs (Word)
doc("word", "hund", """
Telefonnotiz Ordnungsamt – Az. [[AZ|32.2-HU-0093/25]]

Datum/Uhrzeit: 16.06.2025, 08:40 Uhr
Anruferin: [[P|Gisela Plückhahn]], [[A|Im Winkel 3]], [[A|OT Vitzkendorf]], Tel. [[T|038356/3 19 02]]
Angenommen: Ordnungsamt, Zi. 2.03

Inhalt:
Frau [[P|Plückhahn]] meldet, dass auf dem Nachbargrundstück [[A|Im Winkel 6]] seit ca. zwei Wochen zwei Hunde (vermutlich American Staffordshire, ohne Steuermarke) im Zwinger gehalten werden, die nachts stundenlang bellen. Halter sei ein Herr [[P|Kowalczyk]], der dort seit Mai zur Miete wohne; sein Auto mit Stettiner Kennzeichen ([[KFZ|ZS 841KP]]) stehe meist vor dem Haus. Der Eigentümer des Hauses, ein Herr aus Anklam, sei informiert, unternehme aber nichts.
Die Anruferin wünscht keine Namensnennung gegenüber dem Halter.

Veranlasst:
– Abgleich Hundesteuer (Kasse, 16.06.): unter der Anschrift kein Hund angemeldet.
– Auskunft Meldeamt: [[P|Kowalczyk, Dariusz]], * [[DOB|11.07.1986]], poln. Staatsangehöriger, gemeldet seit 02.05.2025.
– Ortstermin (zwei Kollegen) am Mittwoch, 18.06.2025, 17:00 Uhr; Prüfung nach § 2 HundehVO M-V (Anlage 1), Sachkunde- und Haftpflichtnachweis anfordern.
– WV: 20.06.2025

gez. [[P|Brandt]]
""")

# ---------------------------------------------------------------- b22-019  minutes, Gemeindevertretung (Word)
doc("word", "niederschrift", """
Gemeinde Sierkow – Gemeindevertretung
Niederschrift über die 12. öffentliche Sitzung der Gemeindevertretung Sierkow
am Dienstag, 17.06.2025, 19:00 bis 21:05 Uhr, Gemeindehaus, [[N|Dorfstraße 1]], Sierkow

Anwesend:
Bürgermeister [[P|Hans-Jürgen Wegner]] (Wählergemeinschaft Sierkow)
Gemeindevertreter/innen: [[P|Kathrin Paschke]] (CDU), [[P|Ivana Nováková]] (WG Sierkow), [[P|Frank-Michael Rohde]] (Einzelbewerber)
Entschuldigt: –
Vom Amt: [[P|Ulrike Tietz]] (Protokoll), ein Vertreter des Bauamts (zu TOP 6)
Gäste: 7 Einwohnerinnen und Einwohner, 1 Vertreter der Presse

TOP 3 Einwohnerfragestunde
Herr [[P|Gerd Schwanbeck]], [[A|Lindenweg 8]], fragt nach dem Stand des Ausbaus Lindenweg (Beschluss 2023/041) und ob Anlieger an den Kosten für den Gehweg beteiligt werden. Bürgermeister [[P|Wegner]] verneint: Straßenausbaubeiträge werden seit 2018 nicht mehr erhoben (§ 8 KAG M-V). Herr [[P|Schwanbeck]] erklärt, er habe als langjähriges SPD-Mitglied schon 2017 für die Abschaffung gekämpft.
Frau [[P|Oksana Shevchuk]] ([[A|Am Teich 2a]]) bittet um eine Bushaltestelle in Klein Pümmelow; die Schulkinder müssten derzeit 1,8 km an der L 262 entlanglaufen. Die Anfrage wird an den Landkreis (ÖPNV) weitergeleitet.

TOP 6 Bebauungsplan Nr. 7 „Wohngebiet Am Mühlenberg“ – Abwägungsbeschluss
Das Bauamt erläutert die 14 eingegangenen Stellungnahmen. Die Einwendung der Eheleute [[P|Brüning]] zur Traufhöhe wird teilweise berücksichtigt (max. 4,50 m statt 6,00 m).
Beschluss 2025/019: 4 Ja, 0 Nein, 1 Enthaltung.

TOP 8 Anfragen der Gemeindevertreter: keine.

Sierkow, 24.06.2025
[[P|Wegner]], Bürgermeister
[[P|Tietz]], Protokollführerin
""", ["POLITICS"])

# ---------------------------------------------------------------- b22-020  poll workers table (Word)
doc("word", "wahlen", f"""
Stadt Wendtshagen – Gemeindewahlbehörde
Landtagswahl am 20. September 2026
Besetzung der Wahlvorstände – Stand 14.08.2026 (intern)

Wahlbezirk 001 – Rathaus, Sitzungssaal
Funktion\tName, Vorname\tAnschrift\tTelefon\tBemerkung
Wahlvorsteher\t[[P|Timm, Reinhard]]\t[[A|Seestraße 14]]\t\tseit 2009 dabei
Stellvertreterin\t[[P|Nowicka, Małgorzata]]\t[[A|Fischerweg 2]]\t[[T|0175 3 90 12 84]]\t
Beisitzer\t[[P|Ahmadzai, Farid]]\t[[A|Am Bahnhof 3]]\t[[T|0176 21 09 33 48]]\tspricht Dari, Briefwahl ab 15 Uhr

Briefwahlvorstand 1 – Feuerwehrgerätehaus, [[N|Am Sportplatz 1]]
Briefwahlvorsteherin\t[[P|Hoang, Thu Trang]]\t[[A|Lange Reihe 31]]\t\tAbfrage Erreichbarkeit läuft

Erfrischungsgeld: 40 € (Vorsteher/innen), 30 € (übrige), Auszahlung bar am Wahlabend. Ausnahme: Frau [[P|Nowicka]] wünscht Überweisung auf ihr Konto [[IBAN|{IBAN_020}]].
Ansprechpartnerin Wahlbüro: [[P|Thiede]], [[T|038356 57-140]], [[N|wahlen@wendtshagen.de]]
""")

# ---------------------------------------------------------------- b22-021  Kurverwaltung phone note, Czech guests (Word)
doc("word", "kurtaxe", """
Kurverwaltung Wendtshagen – Gesprächsnotiz

Datum: 07.08.2025, 11:20 Uhr
Gesprächspartnerin: [[P|Anke Voß]], Vermieterin Ferienwohnungen „Haus Seeblick“, [[A|Zur Seebrücke 6]], Tel. [[T|0170 9 83 12 55]]
Notiert: [[P|K. Hinz]]

Frau [[P|Voß]] ruft wegen der elektronischen Meldescheine an. Bei der Gruppe aus Tschechien (Anreise 02.08., 6 Personen, Wohnungen 2 und 3) habe der Reiseleiter nur seinen eigenen Meldeschein ausgefüllt. Sie hat nach Vorlage der Pässe nachgetragen:

– Ing. [[P|Jiří Procházka]], geb. [[DOB|14.05.1962]], [[PASS|45217896]], [[A|Masarykova 31]], [[A|602 00 Brno]]
– [[P|Lenka Procházková]], Ehefrau, gleiche Anschrift
– zwei weitere Erwachsene und zwei Kinder: Meldescheine folgen bis Freitag

Kurtaxe: 4 Erwachsene x 7 Nächte x 2,80 € = 78,40 €, Kinder unter 16 frei; bezahlt per Kreditkarte, Beleg endet auf 4417. Frau [[P|Voß]] fragt, ob sie die Passnummern überhaupt speichern darf (§ 30 BMG: Ausweisnummer nur bei ausländischen Gästen, Aufbewahrung ein Jahr). Merkblatt Beherbergungsstätten 2025 per Post an sie geschickt.

Rückruf nicht erforderlich.
""")

# ---------------------------------------------------------------- b22-022  dog tax decision, village (Word)
doc("word", "hundesteuer", f"""
Amt Wendtshagen-Land für die Gemeinde Zarnitz
Der Amtsvorsteher · Kämmerei – Steuern und Abgaben
[[N|Markt 1]] · [[N|17461 Wendtshagen]]

Herrn
[[P|Dr. med. Karl-Heinz von der Lühe]]
[[A|Alte Schmiede 2]]
[[A|17463 Zarnitz OT Neu Zarnitz]]

Kassenzeichen: [[AZ|6.0800.004711.3]]
Steuermarke Nr. 112
Datum: 21.01.2026

Bescheid über Hundesteuer 2026

Sehr geehrter Herr Dr. [[P|von der Lühe]],

für Ihren am 02.01.2026 angemeldeten Hund (Rufname Fritz, Dackel-Mischling) wird nach §§ 2 und 5 der Hundesteuersatzung der Gemeinde Zarnitz vom 12.11.2019 für das Kalenderjahr 2026 eine Hundesteuer von 60,00 EUR festgesetzt. Der Betrag ist am 15.02.2026 fällig.

Ein SEPA-Lastschriftmandat liegt vor; der Betrag wird zum Fälligkeitstag von Ihrem Konto [[IBAN|{IBAN_022}]] eingezogen. Bitte geben Sie bei Rückfragen stets das Kassenzeichen an.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch beim Amt Wendtshagen-Land, [[N|Markt 1]], [[N|17461 Wendtshagen]], erhoben werden.

Im Auftrag
[[P|Marlies Kröhnert]]
Durchwahl [[T|038356 57-221]] · [[E|m.kroehnert@amt-wendtshagen-land.de]]

Bankverbindung: Sparkasse Vorpommern, IBAN [[N|{TOWN_IBAN}]] · Zentrale [[N|038356 57-0]] · [[N|steuern@amt-wendtshagen-land.de]]
""")

# ---------------------------------------------------------------- b22-023  Standesamt, paternity, DNA report (Word)
doc("word", "standesamt", f"""
Standesamt Wendtshagen
Aktenvermerk – Az. [[AZ|StA 51-VA-0031/25]]

Betreff: Anerkennung der Vaterschaft

Am 11.06.2025 erschienen im Standesamt:
1. Herr [[P|Tesfay Gebremedhin]], geb. [[DOB|01.01.1994]] in Asmara, eritreischer Staatsangehöriger, wohnhaft [[A|Am Wasserturm 7]], [[A|17461 Wendtshagen]], ausgewiesen durch Nationalpass Nr. [[PASS|P02847731]]
2. Frau [[P|Helen Tekle]], deutsche Staatsangehörige, geb. am [[DOB|19. August 1999]], gleiche Anschrift, ausgewiesen durch Personalausweis [[IDC|{IDC_023}]]

Das Kind [[P|Saron]] ist am [[DOB|3. März 2025]] im Kreiskrankenhaus Wolgast zur Welt gekommen. Herr [[P|Gebremedhin]] erkennt die Vaterschaft an, die Mutter stimmt zu (§§ 1592 Nr. 2, 1595 BGB).

Herr [[P|Gebremedhin]] legte unaufgefordert ein privates Abstammungsgutachten (DNA-Analyse, Institut für Rechtsmedizin Greifswald, 28.05.2025) vor; danach liegt die Vaterschaftswahrscheinlichkeit bei 99,99 %. Das Gutachten ist für die Anerkennung nicht erforderlich; auf Wunsch der Beteiligten wurde eine Kopie zur Akte genommen.

Ein Dolmetscher war nicht erforderlich.
Die gemeinsame Sorgeerklärung wird beim Jugendamt des Landkreises abgegeben, Termin am 24.06.2025 ist vereinbart.

[[P|Behnke]], Standesbeamtin
""", ["GENETIC"])

# ---------------------------------------------------------------- b22-024  building permit letter to architect (Word)
doc("word", "bauamt", """
Amt Wendtshagen-Land · Der Amtsvorsteher · Bauamt
[[N|Markt 1]] · [[N|17461 Wendtshagen]]

Architekturbüro
Dipl.-Ing. [[P|Frauke Lemke-Sievers]]
[[A|Am Markt 9]]
[[A|17438 Wolgast]]

Unser Zeichen: [[AZ|63-BV-0214/25]]
Datum: 02.09.2025

Bauvorhaben: Neubau Einfamilienhaus mit Carport
Bauherren: [[P|Enrico Schulz]] und [[P|Mandy Schulz-Pingel]]
Grundstück: Gemarkung Sierkow, Flur 2, Flurstück 112/3, [[A|Am Mühlenberg 14]], [[A|17463 Sierkow]]
Bebauungsplan Nr. 7 „Wohngebiet Am Mühlenberg“

Sehr geehrte Frau [[P|Lemke-Sievers]],

die Gemeindevertretung Sierkow hat am 17.06.2025 den Abwägungsbeschluss zum Bebauungsplan Nr. 7 gefasst; das gemeindliche Einvernehmen nach § 36 BauGB wird in Aussicht gestellt. Für die beantragte Befreiung von der festgesetzten Dachneigung (§ 31 Abs. 2 BauGB) fehlen noch:

1. Lageplan im Maßstab 1:500 mit Abstandsflächen nach § 6 LBauO M-V,
2. die schriftliche Zustimmung der Grundstücksnachbarn [[P|Gerd]] und [[P|Ilse Brüning]] (Flurstück 112/4),
3. der Stellplatznachweis.

Bitte reichen Sie die Unterlagen bis zum 30.09.2025 nach. Die Gebühr richtet sich nach Tarifstelle 2.1.4 der Baugebührenverordnung (voraussichtlich 1.380,00 EUR).

Mit freundlichen Grüßen
Im Auftrag
[[P|Sven Harms]]
Bauamt · Tel. [[T|038356 57-420]]
""")

# ---------------------------------------------------------------- b22-025  fire brigade: fingerprint access, G 26 (Word)
doc("word", "feuerwehr", """
Freiwillige Feuerwehr Wendtshagen – Wehrführung
Aktenvermerk: Fingerabdruck-Zugang Gerätehaus / Atemschutztauglichkeit

Datum: 12.03.2025
Verfasser: [[P|Maik Tessmann]], stellv. Wehrführer

1. Zugangssystem
Seit 01.03.2025 ist am Seiteneingang des Gerätehauses das neue Zugangssystem mit Fingerabdruckleser in Betrieb. Die Fingerabdruck-Templates werden nur lokal auf dem Controller gespeichert. Eingelernt sind 31 von 38 Kameradinnen und Kameraden. Noch offen:
– OFM [[P|Nils Pagel]]: Urlaub, Termin nach Rückkehr
– HFM [[P|Dana Kuhlmann]]: Abdruck zweimal nicht lesbar (Narbe am rechten Zeigefinger), erhält Transponder Nr. 22
– FM [[P|Ahmad Sultani]]: hat der Speicherung seines Fingerabdrucks widersprochen, erhält Transponder Nr. 23
– die vier Mitglieder der Jugendfeuerwehr (Einwilligung der Eltern fehlt)

2. G 26.3-Untersuchungen (Atemschutz), Betriebsarzt [[P|Dr. Holger Nehls]]
– [[P|Pagel]]: tauglich ohne Einschränkung, nächste Untersuchung 03/2028
– [[P|Sultani]]: tauglich
– [[P|Jens-Uwe Marquardt]]: derzeit nicht tauglich (Belastungsasthma, Medikation wird umgestellt), Einsatz nur außerhalb Atemschutz, Nachuntersuchung im Juni
– [[P|Kuhlmann]]: wegen Schwangerschaft bis auf Weiteres kein Atemschutzeinsatz

3. Atemschutzgerätewart ist ab sofort [[P|Oliver Dinse]], erreichbar unter [[T|0171-9 42 73 18]].

Kopie: Amtswehrführer; Ordnungsamt

[[P|Tessmann]]
""", ["BIOMETRIC", "HEALTH"])

# ---------------------------------------------------------------- b22-026  home visit, social welfare (Word)
doc("word", "sozialamt", f"""
Stadt Wendtshagen – Fachbereich 3 Soziales
Vermerk über einen Hausbesuch – Az. [[AZ|50.1-0377/25]]

Datum: 22.10.2025, 10:15 bis 11:30 Uhr
Anschrift: [[A|Platz der Freundschaft 5]], [[N|3. OG links]], [[A|17461 Wendtshagen]]
Anwesend: Frau [[P|Renata Horváthová]] (Antragstellerin), ihr Sohn [[P|Denis Horváth]] (geb. [[DOB|14.03.2008]]), Sachbearbeiterin Sozialamt

Anlass: Antrag auf Erstausstattung der Wohnung (§ 31 SGB XII) vom 06.10.2025

Feststellungen:
Die Wohnung (2 Zimmer, ca. 48 m²) ist nur teilweise möbliert; es fehlen Betten, ein Kleiderschrank und ein Kühlschrank. Frau [[P|Horváthová]] ist tschechische Staatsangehörige (Personalausweis Nr. [[IDC|204817633]]) und lebt seit 2019 in Deutschland. Sie gibt an, dass die Familie der Minderheit der Roma angehört und ihr die frühere Wohnung in Anklam gekündigt wurde, nachdem sich Nachbarn wiederholt abfällig über die Herkunft der Familie geäußert hatten. Sie ist wegen einer Depression in hausärztlicher Behandlung; krankenversichert bei der AOK Nordost, KVNR [[KV|{KV_026}]].
[[P|Denis]] beginnt am 01.11.2025 eine Ausbildung zum Fachlageristen; die Rentenversicherungsnummer [[SSN|{SSN_026}]] liegt dem Arbeitgeber vor.

Ergebnis: Bedarf für Bett (2x), Schrank und Kühlschrank anerkannt, Pauschalen nach der Richtlinie 2025: 1.150,00 EUR. Auszahlung auf das Konto der Antragstellerin [[IBAN|{IBAN_026}]] (Fio banka), ein deutsches Konto wird eröffnet.

[[P|Thurow]]
""", ["ETHNICITY", "HEALTH"])

# ---------------------------------------------------------------- b22-027  staff talk, union member (Word)
doc("word", "personal", f"""
Stadt Wendtshagen – Hauptamt, Personal
Vermerk über ein Personalgespräch (vertraulich – Personalakte)

Beschäftigter: [[P|Dennis Wittkopf]], Bauhof, Personalnummer [[N|P-0419]]
Datum: Dienstag, 04.11.2025, 09:00 Uhr
Teilnehmende: Herr [[P|Wittkopf]]; [[P|Gabriele Raddatz]], Leiterin Hauptamt; Herr [[P|Marcel Pieper]], Vertrauensmann der ver.di, auf Wunsch des Beschäftigten

1. Umsetzung zur Friedhofsverwaltung ab 01.01.2026: Herr [[P|Wittkopf]] ist einverstanden. Er ist Mitglied der ver.di und hat die Gewerkschaft über die Umsetzung informiert; Herr [[P|Pieper]] bittet, den Personalrat zu beteiligen (§ 68 PersVG M-V).
2. Änderungen für die Entgeltabrechnung:
   – neue Anschrift: [[A|Bahnhofstraße 21a]], [[A|17461 Wendtshagen]]
   – Heirat am 18.10.2025, Steuerklasse IV/IV; ELStAM-Abruf wie bisher unter [[TID|{TID_027}]]
   – Rentenversicherungsnummer: [[SSN|{SSN_027}]]
   – Krankenkasse ab 01.01.2026: IKK classic, [[KV|{KV_027}]]
   – neue Bankverbindung: [[IBAN|{IBAN_027}]]

[[P|Raddatz]]
""", ["UNION"])

# ---------------------------------------------------------------- b22-028  trade registration form (Word)
doc("word", "gewerbe", f"""
Gewerbe-Anmeldung nach § 14 GewO
Eingang: 03.03.2025 – Stadt Wendtshagen, Ordnungsamt – Az. [[AZ|32.3-GA-2025/061]]

Angaben zum Betriebsinhaber
1 Name: [[P|Arslan]]
2 Vornamen: [[P|Kemal Cem]]
3 Geschlecht: männlich
4 Staatsangehörigkeit: deutsch
5 Geburtsdatum: [[DOB|29.10.1985]]
6 Geburtsort, -land: Bremerhaven, Deutschland
7 Anschrift der Wohnung: [[A|Stralsunder Chaussee 41]], [[A|17461 Wendtshagen]]
8 Telefon: [[T|+49 (0) 176 – 611 40 287]]
9 E-Mail: [[E|kemal.arslan@imbiss-am-hafen.de]]

Angaben zum Betrieb
10 Betriebsstätte: [[A|Am Hafen 2-4]] ([[N|Kiosk 3]]), [[A|17461 Wendtshagen]]
11 Angemeldete Tätigkeit: Imbiss mit Verkauf von Fischbrötchen, Döner und alkoholfreien Getränken
12 Beginn der Tätigkeit: 01.04.2025
13 Zahl der Beschäftigten: 2 Vollzeit, 3 Aushilfen (Saison)
14 St.-Nr.: [[TNR|{STNR_028}]]   USt-IdNr.: [[VAT|{VAT_028}]]

Vorgelegt: Personalausweis [[IDC|{IDC_028}]]; Pachtvertrag Hafenkiosk; Bescheinigung über die Belehrung nach § 43 IfSG (Gesundheitsamt Greifswald, 12.02.2025)

Unterschrift Gewerbetreibender: [[P|K. Arslan]]
Bearbeitet: Ordnungsamt, 04.03.2025 – Gebühr 26,00 EUR bar, Quittung 2025-0318
""")

# ---------------------------------------------------------------- b22-029  Kita waiting list table (Word)
doc("word", "kita", """
Stadt Wendtshagen – Kita-Bedarfsplanung
Warteliste Krippe/Kindergarten, Aufnahme ab 01.08.2026 – Stand 15.01.2026 (nur für den Dienstgebrauch)

Nr.\tKind\tgeb.\tEltern\tWohnort\tKontakt\tWunsch-Kita\tBemerkung
1\t[[P|Paulina Wiśniewska]]\t[[DOB|12.02.2025]]\t[[P|Katarzyna Wiśniewska]]\t[[A|Fischerweg 9]]\t[[T|0157 44 20 18 63]]\tSeepferdchen\tGeschwisterkind
2\t[[P|Mats Hübner]]\t[[DOB|30.06.2024]]\t[[P|Lisa Hübner]]\t[[A|OT Neu Zarnitz]]\t[[E|lisa.huebner@web.de]]\tDorfkita Zarnitz\tbeide Eltern Schichtdienst
3\t[[P|Yusuf Al-Khatib]]\t[[DOB|03.09.2022]]\t[[P|Rania Al-Khatib]]\t[[A|Ernst-Thälmann-Ring 3]]\t[[T|01522 6 98 33 10]]\tSeepferdchen\tIntegrationsplatz beantragt (Autismus-Spektrum-Störung, Bescheid des Landkreises liegt vor)

Platzkapazität Seepferdchen ab 08/2026: 6 Krippen-, 4 Kindergartenplätze. Entscheidung im Kita-Ausschuss am 12.02.2026.
Rückfragen: [[N|kita@wendtshagen.de]]
""", ["HEALTH"])

# ---------------------------------------------------------------- b22-030  mayor's reply, parking at the church (Word)
doc("word", "parken", """
Stadt Wendtshagen · Die Bürgermeisterin
[[N|Markt 1]] · [[N|17461 Wendtshagen]]

Eheleute
[[P|Wolfgang]] und [[P|Ingrid Paetow]]
[[A|Kirchplatz 4]]
[[A|17461 Wendtshagen]]

Az.: [[AZ|10.1-BM-0092/25]]
Datum: 29.07.2025

Ihre Eingabe vom 08.07.2025 – Parksituation am Kirchplatz

Sehr geehrte Frau [[P|Paetow]], sehr geehrter Herr [[P|Paetow]],

vielen Dank für Ihr Schreiben und die Fotos. Sie schildern, dass an den Sonntagen im Juli Besucher der Orgelkonzerte in der St.-Marien-Kirche sowie Tagesgäste regelmäßig Ihre Grundstückseinfahrt zuparken. Die von Ihnen notierten Fahrzeuge ([[KFZ|VG-KL 214]] und [[KFZ|LOS-EA 512E]]) hat das Ordnungsamt an die Bußgeldstelle des Landkreises weitergegeben. Bei dem Transporter [[KFZ|VG-AE 77]] handelt es sich um das Fahrzeug der Orgelbauwerkstatt [[P|Peeck]], die bis Ende August an der Orgel arbeitet; der Inhaber hat zugesagt, künftig auf dem Parkplatz an der Mühlenstraße zu parken.

Ab dem 11.08.2025 wird vor Ihrer Einfahrt und der Ihrer Nachbarin ein eingeschränktes Halteverbot (Zeichen 286 StVO) angeordnet. Die Kosten von 340,00 EUR trägt die Stadt.

Für Rückfragen steht Ihnen das Ordnungsamt über die Zentrale [[N|038356 57-0]] zur Verfügung.

Mit freundlichen Grüßen
[[P|Annette Ebel-Hartmann]]
Bürgermeisterin
""")


# ---------------------------------------------------------------- build and write
def main():
    assert len(DOCS) == 30, len(DOCS)
    lines = []
    for i, (channel, template, marked, flags) in enumerate(DOCS, 1):
        lines.append(build(f"b22-{i:03d}", channel, template, marked, flags))
    out = os.path.join(HERE, "fresh22.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(out, len(lines), "documents")


if __name__ == "__main__":
    main()
