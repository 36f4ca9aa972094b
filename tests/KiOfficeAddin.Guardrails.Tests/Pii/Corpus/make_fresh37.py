#!/usr/bin/env python3
"""Batch 37: a held-out set for the German PII detector, written blind.

Setting: the invented Ruhr city Stadt Emscherberg (NRW): Sozialamt, Ausländerbehörde, Wohnungsamt, Schulamt,
KFZ-Zulassung, Bußgeldstelle. Writes fresh37.jsonl (dev.jsonl format) next to this file.
"""
import sys

sys.dont_write_bytecode = True
import json
import os
from collections import Counter

CORPUS = "/work/main/tests/KiOfficeAddin.Guardrails.Tests/Pii/Corpus"
sys.path.insert(0, CORPUS)
from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban, mod11_10_check, luhn_check  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ids = Identifiers(3737)
rng = ids.rng


# ---------------------------------------------------------------- identifier helpers
def iban_de():
    return group(ids.iban_de(), 4)


def iban_de_plain():
    return ids.iban_de()


def iban_at():
    return group(ids.iban("AT", 16), 4)


def iban_nl():
    # NL: four-letter bank code, ten-digit account that passes the old Dutch eleven test.
    bank = rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"])
    while True:
        acct = ids.digits(10)
        if sum((10 - i) * int(c) for i, c in enumerate(acct)) % 11 == 0 and acct[0] != "0":
            break
    return group(mod97_iban("NL", bank + acct), 4)


def tax_id_spaced():
    t = ids.tax_id()
    return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"


def ssn_spaced(ddmmyy, letter):
    s = ids.social_security(ddmmyy, letter)
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"


def visa():
    return group(ids.credit_card("4", 16), 4)


def mastercard_plain():
    return ids.credit_card("53", 16)


def amex():
    c = ids.credit_card("37", 15)
    return f"{c[:4]} {c[4:10]} {c[10:]}"


def pass_tr():
    return "U" + ids.digits(8)


def pass_gh():
    return "G" + ids.digits(7)


def pass_lb():
    return "RL" + ids.digits(7)


def pass_ua():
    return rng.choice(["FE", "FA", "FX", "FT", "GA"]) + ids.digits(6)


def idcard_bg():
    return "6" + ids.digits(8)


def az(fmt):
    """fmt with # for digits."""
    return "".join(ids.digits(1) if c == "#" else c for c in fmt)


CITY_IBAN = group(ids.iban_de(), 4)  # account of the Stadtkasse: neutral

DOCS = []


def doc(channel, template, flags, marked):
    n = len(DOCS) + 1
    DOCS.append(build(f"F37-{n:03d}", channel, template, marked.strip("\n"), flags))


# ---------------------------------------------------------------- F37-001 Sozialamt, Turkish daughter, lower case
doc("outlook", "grundsicherung_mutter", ["HEALTH"], f"""
Betreff: AW: grundsicherung meine mutter

hallo frau [[P|Wischnewski]],

danke für ihren anruf gestern. ich schicke jetzt die sachen für meine mutter [[P|Hatice Yıldırım]] (geb. [[DOB|14.02.1951]]), sie wohnt ja bei mir in der [[A|Bergstraße 27a]], [[N|3. Etage]], [[A|45701 Emscherberg]].

krankenkasse ist AOK NordWest, ihre versichertennummer [[KV|{ids.health_insurance()}]]. seit märz muss sie 3x die woche zur dialyse ins Marienhospital, nieren sind bei 12 prozent sagt der arzt. der fahrdienst kostet extra, deswegen frag ich wegen mehrbedarf.

das geld bitte weiter auf mein konto, ich mach eh alles für sie:
[[IBAN|{iban_de()}]]
kontoinhaberin bin ich

wenn was fehlt bitte anrufen [[T|0176 4412 0937]] (ab 15 uhr, vorher bin ich arbeiten)

lg [[P|ayşe]]

-----Ursprüngliche Nachricht-----
Von: [[P|Wischnewski, Doris]] <[[E|doris.wischnewski@emscherberg.de]]>
Gesendet: Dienstag, 4. März 2025 11:02
An: [[P|Ayşe Yıldırım-Kaya]]
Betreff: grundsicherung meine mutter

Sehr geehrte Frau [[P|Yıldırım-Kaya]],

wie telefonisch besprochen benötige ich für die Weiterbewilligung der Grundsicherung Ihrer Mutter ab 01.04.2025 noch die Kontoauszüge der letzten drei Monate und den aktuellen Rentenbescheid.

Mit freundlichen Grüßen
Im Auftrag
Stadt Emscherberg – Fachbereich 50 Soziales
""")

# ---------------------------------------------------------------- F37-002 Ausländerbehörde Bescheid, Lebanese family
AZ_HADDAD = az("32.21-####/19")
doc("word", "aufenthaltserlaubnis_verlaengerung", [], f"""
Stadt Emscherberg · Der Oberbürgermeister · Fachbereich 32 – Ausländerbehörde
[[N|Hochstraße 40-42]] · [[N|45701 Emscherberg]]

Herrn
[[P|Khalil Haddad]]
[[A|Im Emscherbruch 113]]
[[A|45703 Emscherberg]]

Unser Zeichen: [[AZ|{AZ_HADDAD}]]
Auskunft erteilt: Servicebereich, Zimmer 2.14
Telefon: [[N|02365 507-0]]
E-Mail: [[N|auslaenderbehoerde@emscherberg.de]]
Datum: 17.03.2025

Verlängerung der Aufenthaltserlaubnis nach § 25 Abs. 5 AufenthG
für Sie, Ihre Ehefrau [[P|Fatima Haddad]] geb. [[P|Khoury]] sowie Ihre Kinder [[P|Rami]] und [[P|Lina]]

Sehr geehrter Herr [[P|Haddad]],

auf Ihren Antrag vom 28.02.2025 hin wird Ihre Aufenthaltserlaubnis sowie die Ihrer Kinder bis zum 16.03.2027 verlängert. Die Verlängerung für Ihre Ehefrau steht unter dem Vorbehalt, dass ein gültiger Nationalpass vorgelegt wird; der uns vorliegende libanesische Reisepass Nr. [[PASS|{pass_lb()}]] ist am 04.01.2025 abgelaufen.

Für die Herstellung der elektronischen Aufenthaltstitel bringen Sie bitte zur Vorsprache für jede Person ein aktuelles biometrisches Lichtbild (35 x 45 mm) mit. Die Gebühr beträgt 93,00 EUR je Titel (§ 45 Nr. 2 AufenthV), für Kinder die Hälfte. Bitte überweisen Sie den Gesamtbetrag von 186,00 EUR unter Angabe des Kassenzeichens [[AZ|{az("5.2025.######")}]] auf das Konto der Stadtkasse Emscherberg, IBAN [[N|{CITY_IBAN}]].

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Gelsenkirchen, [[N|Bahnhofsvorplatz 3]], [[N|45879 Gelsenkirchen]], erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Sabine Terhorst]]
""")

# ---------------------------------------------------------------- F37-003 WhatsApp chain, Roma family, Wohnungsamt
doc("outlook", "wohnungssuche_whatsapp", ["ETHNICITY"], f"""
Betreff: WG: Wohnungssuche Familie aus Craiova – WhatsApp-Verlauf

Hallo Herr [[P|Kowalczyk]],

wie am Telefon besprochen kopiere ich Ihnen den Verlauf mit Herrn [[P|Lăcătuș]] hier rein, damit Sie sehen, wie dringend es ist. Die Familie gehört zur Minderheit der Roma und bekommt seit Monaten nur Absagen; zwei Vermieter haben am Telefon ganz offen gesagt, dass sie „keine Zigeuner" im Haus wollen. Das melde ich parallel der Antidiskriminierungsstelle.

[12.03.25, 08:41] [[P|Florin Lăcătuș]]: guten morgen frau [[P|mirela]]. vermieter sagt wieder nein :(
[12.03.25, 08:47] [[P|Mirela Popescu]]: Nicht aufgeben! Haben Sie den neuen Brief vom Jobcenter?
[12.03.25, 09:10] [[P|Florin Lăcătuș]]: ja. BG nummer [[AZ|{az("36201BG00#####")}]]
[12.03.25, 09:13] [[P|Florin Lăcătuș]]: [[P|loredana]] hat jetzt arbeit bei reinigung. wir sind 5 personen, wohnen bei mein bruder [[A|Bochumer Str. 212]] sehr eng

Er selbst ist unter [[T|0157 3391 2284]] erreichbar, besser aber über mich, weil er wenig Deutsch liest. Ein WBS für fünf Personen wurde am 20.01.2025 beantragt.

Viele Grüße
[[P|Mirela Popescu]]
Sozialarbeiterin B.A.
Beratungsstelle Südosteuropa im Diakonischen Werk Emscherberg
[[N|Marktstraße 12]], [[N|45701 Emscherberg]]
""")

# ---------------------------------------------------------------- F37-004 lawyer's letter, Kurdish client, Duldung
doc("word", "anwaltsschreiben_duldung", ["ETHNICITY", "POLITICS"], f"""
Rechtsanwältin [[P|Dr. Derya Aksoy]]
Fachanwältin für Migrationsrecht
[[A|Hattinger Straße 88]] · [[A|44789 Bochum]]
Tel. [[T|0234 5880 412]]

Stadt Emscherberg
Ausländerbehörde
[[N|Hochstraße 40-42]]
[[N|45701 Emscherberg]]

Vorab per Fax: [[N|02365 507-3299]]

Bochum, 21.02.2025
Mein Zeichen: [[AZ|{az("0###/25")} DA]]
Ihr Zeichen: [[AZ|{az("32.24-####/22")}]]

In der ausländerrechtlichen Angelegenheit
[[P|Rênas Tekin]], geb. [[DOB|05.06.1994]], türkischer Staatsangehöriger

zeige ich an, dass mich Herr [[P|Tekin]] mit der Wahrnehmung seiner rechtlichen Interessen beauftragt hat. Eine auf mich lautende Vollmacht füge ich bei.

Mein Mandant ist kurdischer Volkszugehörigkeit und war bis zu seiner Ausreise Mitglied der HDP und im Kreisvorstand in Cizre tätig. Nach seiner Festnahme im Oktober 2021 während einer Kundgebung wurde gegen ihn ein Strafverfahren wegen „Propaganda für eine terroristische Organisation" eingeleitet. Das Asylverfahren ist beim Bundesamt erfolglos geblieben; gegen den ablehnenden Bescheid ist Klage beim Verwaltungsgericht Gelsenkirchen erhoben (Az. [[AZ|{az("17a K ####/24.A")}]]), über die noch nicht entschieden ist.

Ich beantrage,
1. die Duldung meines Mandanten bis zum rechtskräftigen Abschluss des Klageverfahrens zu verlängern,
2. von der Anordnung einer Passbeschaffung bei den türkischen Auslandsvertretungen abzusehen, da sie ihm nach den Umständen nicht zumutbar ist (§ 60b Abs. 2 AufenthG); der türkische Reisepass Nr. [[PASS|{pass_tr()}]] befindet sich ohnehin in Ihrer Verwahrung,
3. mir Akteneinsicht zu gewähren.

Der jüngere Bruder meines Mandanten ist in Deutschland als Flüchtling anerkannt; das dortige Verfahren spricht für eine vergleichbare Gefährdung.

Die Kostennote (Rechnung Nr. 2025-0147) übersende ich gesondert.

Mit freundlichen Grüßen

[[P|Dr. Derya Aksoy]]
Rechtsanwältin
""")

# ---------------------------------------------------------------- F37-005 Bulgarian worker, English/German, union
doc("outlook", "wbs_englisch", ["UNION"], f"""
Betreff: WBS application / Wohnberechtigungsschein

Hello,

my name is [[P|Georgi Dimitrov Petrov]], I work in the meat factory in Emscherberg-Süd since 2023. I want to apply for Wohnberechtigungsschein. Ich spreche nur bisschen deutsch, sorry.

Now I live in a room from the subcontractor, [[A|Industriestraße 4]], [[N|Container 12]], [[A|45707 Emscherberg]], 4 men in one room, 380 euro each. I am now member of the union NGG and the colleague from NGG, Mr. [[P|Bogdan Nowicki]], helps me with the contract problems. He said with WBS I can get a flat from the city company.

My wife and our son [[P|Nikolay]] (born [[DOB|19.08.2016]]) come from Bulgaria in summer, so we need 3 rooms.

Documents I can bring:
- Bulgarian ID card no. [[IDC|{idcard_bg()}]]
- Steuer-ID [[TID|{ids.tax_id()}]]
- Lohnabrechnung Jan-Mar

Phone [[T|+359 887 214 305]] (Viber, WhatsApp)

Thank you very much
[[P|Georgi Petrov]]

Von meinem iPhone gesendet
""")

# ---------------------------------------------------------------- F37-006 Schulamt list, Seiteneinsteiger
doc("word", "zuweisungsliste_seiteneinsteiger", ["HEALTH"], f"""
Stadt Emscherberg – Schulamt / Kommunales Integrationszentrum
Zuweisungsliste neu zugewanderte Schülerinnen und Schüler – Stand 07.04.2025

Nr. | Name, Vorname | geb. | Herkunftsland | Anschrift | zugewiesene Schule | Bemerkung
1 | [[P|Bondarenko, Sofiia]] | [[DOB|23.11.2014]] | Ukraine | [[A|Kirchstraße 14]], [[A|45701 Emscherberg]] | GGS Emscherbogen, Kl. 5 | –
2 | [[P|Al-Masri, Yusuf]] | [[DOB|02.07.2012]] | Syrien | [[A|Am Förderturm 3b]], [[A|45703 Emscherberg]] | Gesamtschule Emscherberg-Nord, Kl. 7 | Vater spricht Englisch, Tel. [[T|0163/8852716]]
3 | [[P|Mensah, Abena]] | [[DOB|15.03.2016]] | Ghana | [[A|Zechenstraße 61]], [[A|45705 Emscherberg]] | GGS Lindenhof, Kl. 3 | Autismus-Spektrum-Störung (Attest liegt vor), Antrag Schulbegleitung läuft

Die Schulen wurden am 04.04.2025 per Mail informiert. Sprachförderkurs Deutsch, Kurs-Nr. 25-DaZ-114, beginnt nach den Osterferien.

Bearbeitung: [[P|Andrea Vogel]], Schulamt
""")

# ---------------------------------------------------------------- F37-007 Ghanaian man, KFZ-Zulassung, English
doc("outlook", "zulassung_englisch", [], f"""
Subject: car registration – appointment 14 May

Dear Sir or Madam,

I booked an online appointment for 14 May at 10:20 (booking no. ZL-2025-118842) to register my used car, Toyota Corolla, VIN [[N|JTDBR32E720051284]]. Please can you tell me what I must bring?

My details:
Name: [[P|Kwame Osei-Bonsu]]
Date of birth: [[DOB|03/11/1988]]
Address: [[A|Hertener Straße 140]], [[A|45701 Emscherberg]]
Passport (Ghana): [[PASS|{pass_gh()}]]

The seller gave me the old registration papers, the car had the number plate [[KFZ|BOT-ZK 318]]. Insurance is done, eVB number is 7HX3K2P.

For the car tax the customs office wants a SEPA mandate, my account is
IBAN [[IBAN|{iban_de_plain()}]] (N26)

My wife [[P|Akosua]] will maybe come instead of me if I have night shift, is this possible with a Vollmacht?

Best regards
[[P|Kwame]]
[[T|+49 1521 7730964]]
""")

# ---------------------------------------------------------------- F37-008 Bußgeldstelle Anhörungsbogen
doc("word", "anhoerung_bussgeld", [], f"""
Stadt Emscherberg
Der Oberbürgermeister
Fachbereich 32 – Bußgeldstelle
[[N|Postfach 10 07 55]], [[N|45701 Emscherberg]]
Servicetelefon [[N|02365 507-3300]]

Frau
[[P|Violeta Ivanova-Georgieva]]
[[A|Schillerstraße 8]]
[[A|45703 Emscherberg]]

Aktenzeichen: [[AZ|{az("41.3-#######/25")}]] (bitte stets angeben)
Datum: 02.06.2025

Anhörung im Bußgeldverfahren

Ihnen wird folgende Ordnungswidrigkeit zur Last gelegt:
Tatzeit: 19.05.2025, 07:48 Uhr
Tatort: Emscherberg, Kurt-Schumacher-Allee, Höhe Einmündung Bahnhofstraße, Fahrtrichtung Innenstadt
Kennzeichen: [[KFZ|RE-VI 2207]]
Fahrzeug: Opel Astra, grau

Sie überschritten die zulässige Höchstgeschwindigkeit innerhalb geschlossener Ortschaften um 23 km/h. Zulässige Geschwindigkeit: 50 km/h, festgestellte Geschwindigkeit (nach Toleranzabzug): 73 km/h.
§ 41 Abs. 1 i. V. m. Anlage 2, § 49 StVO; § 24 Abs. 1, 3 Nr. 5 StVG; 11.3.4 BKat
Regelsatz: 115,00 EUR, 1 Punkt im Fahreignungsregister

Angaben zur Person
Familienname: [[P|Ivanova-Georgieva]]
Vorname(n): [[P|Violeta]]
Geburtsdatum: [[DOB|27.10.1979]]   Geburtsort: Plowdiw
Staatsangehörigkeit: bulgarisch

Falls Sie das Fahrzeug nicht selbst geführt haben, geben Sie bitte Namen und Anschrift der Person an, die gefahren ist:
(handschriftlich) Fahrer war mein Sohn [[P|Martin Georgiev]], gleiche Adresse, geb. [[DOB|4.4.2003]]

Bitte zahlen Sie erst nach Erhalt des Bußgeldbescheides.

Im Auftrag
[[P|Pietro Lo Iacono]]
""")

# ---------------------------------------------------------------- F37-009 forwarded chain, mould, child's asthma
doc("outlook", "schimmel_weiterleitung", ["HEALTH"], f"""
Betreff: WG: Schimmel in Wohnung – Fam. [[P|Aydın]]

Hallo [[P|Jörg]],

kannst du das bitte übernehmen? Ist dein Bezirk (Emscherberg-Nord). Die Familie hat schon zweimal angerufen, eine Ortsbesichtigung durch die Wohnungsaufsicht wäre wohl angebracht. Vermieterin ist die Emscher Wohnbau GmbH.

Danke & Gruß

[[P|Katrin Oberheide]]
Stadt Emscherberg | Fachbereich 64 – Wohnen | Wohnungsaufsicht
Tel. [[T|02365 507-6412]]

Von: [[P|Berfin Aydın]] <[[E|berfin.aydin@hotmail.de]]>
Gesendet: Montag, 10. Februar 2025 21:37
An: [[N|wohnungsamt@emscherberg.de]]
Betreff: Schimmel in Wohnung

sehr geehrte damen und herren

wir wohnen seit 2019 in der [[A|Zechenstraße 17]], [[N|EG rechts]] und haben seit november schimmel im kinderzimmer und im bad. unser sohn [[P|Baran]] (5) hat asthma und muss seit januar wieder kortison-spray nehmen, der kinderarzt herr dr. [[P|Papadopoulos]] sagt das kommt auch vom schimmel, attest kann ich schicken.
der vermieter sagt wir lüften falsch. mein mann hat 3 mal bei der hausverwaltung angerufen, niemand kommt.

bitte helfen sie uns

berfin aydın
tel [[T|0157 8824 3310]]
""".replace("\nberfin aydın\n", "\n[[P|berfin aydın]]\n"))

# ---------------------------------------------------------------- F37-010 Vermerk DNA paternity test
doc("word", "vermerk_dna_familiennachzug", ["GENETIC"], f"""
Stadt Emscherberg – Ausländerbehörde
Az.: [[AZ|{az("32.23-####/24")}]]

Aktenvermerk

Betr.: Familiennachzug zu Herrn [[P|Emmanuel Kofi Asante]], geb. [[DOB|12.08.1985]], [[A|Vinckestraße 5]], [[A|45701 Emscherberg]]
hier: Ergebnis des DNA-Abstammungsgutachtens

1. Die Deutsche Botschaft Accra hatte die ghanaischen Geburtsurkunden der Kinder [[P|Ama Asante]] (* [[DOB|2015-06-03]]) und [[P|Kojo Asante]] (* [[DOB|21.01.2018]]) wegen Zweifeln an der Echtheit nicht anerkannt. Herr [[P|Asante]] hat daraufhin am 09.10.2024 einer freiwilligen DNA-Analyse zugestimmt; die Proben der Kinder wurden in der Botschaft entnommen.
2. Das Abstammungsgutachten vom 20.01.2025 liegt vor. Danach ist die biologische Vaterschaft von Herrn [[P|Asante]] für beide Kinder mit einer Wahrscheinlichkeit von mehr als 99,99 % nachgewiesen (Untersuchung von 23 STR-Systemen). Die Mutter der Kinder wurde mangels Probe nicht einbezogen.
3. Die Vorabzustimmung nach § 31 AufenthV wurde heute über das Auslandsportal an die Botschaft übermittelt. Lebensunterhalt und Wohnraum (Mietvertrag, 78 m²) wurden bereits am 12.09.2024 geprüft.
4. Wv. 01.04.2025

Emscherberg, 24.01.2025
gez. [[P|Terhorst]]
""")

# ---------------------------------------------------------------- F37-011 three-liner
doc("outlook", "kurznachricht_termin", [], """
Betreff: termin morgen

hallo frau [[P|terhorst]],
ich komme morgen 9:30 mit mein bruder [[P|Yusuf]] zum übersetzen, wartenummer A-0417. ist das ok?
gruß [[P|memo]] ([[P|Mehmet Arslan]])
""")

# ---------------------------------------------------------------- F37-012 appointment table Ausländerbehörde
doc("word", "terminliste_abh", [], f"""
Ausländerbehörde Emscherberg – Terminübersicht Team 2 (Buchstaben A–K)
Dienstag, 18.03.2025 – Sachbearbeitung: [[P|Terhorst]] (Raum 2.14), Vertretung (Raum 2.15)

Uhrzeit | Raum | Name | Az. | Anliegen | Bemerkung
08:00 | 2.14 | [[P|Arslan, Mehmet]] | [[AZ|{az("32.21-####/16")}]] | Niederlassungserlaubnis § 9 AufenthG | bringt Bruder als Dolmetscher mit
08:30 | 2.15 | [[P|Bajrami, Arben]] | [[AZ|{az("32.22-####/21")}]] | Verlängerung AE § 18b AufenthG | Arbeitsvertrag fehlt noch
09:00 | 2.14 | [[P|Haddad, Khalil]] | [[AZ|{AZ_HADDAD}]] | Abholung eAT, PIN-Brief mitgeben | Dolmetscherin Arabisch bestellt
10:30 | 2.15 | [[P|Acheampong, Grace]] | neu | Erstvorsprache nach Einreise | Pass [[PASS|{pass_gh()}]], Visum Familiennachzug
13:00 | 2.15 | Sammeltermin Integrationskurs, Kurs-Nr. 25-IK-118 | – | Belehrung § 44a AufenthG | 8 Personen

Hinweis: Ab 12:00 Uhr ist das Terminsystem wegen Wartung nicht erreichbar. Rückfragen an die Teamleitung, Durchwahl [[N|02365 507-3200]].
""")

# ---------------------------------------------------------------- F37-013 Romanian mother, BuT, typos
doc("outlook", "but_klassenfahrt", [], f"""
Betreff: bildung und teilhabe klassenfahrt meine tochter

Guten tag,

ich heise [[P|Ionela Dumitrescu]], ich habe 2 kinder, [[P|Bianca]] ist 14. [[P|bianca]] fahrt mit klase nach Winterberg im juni (5 tage, 289 euro). ich habe wohngeld bescheid aber die schule sagt ich muss antrag bei ihnen machen fur das geld.

meine daten:
[[P|Dumitrescu Ionela]]
geburtstag [[DOB|09.12.1986]]
[[A|Ewaldstr. 73]]
[[A|45705 Emscherberg]]
wohngeld aktenzeichen [[AZ|{az("64.1-#####/24")}]]
sozialversicherungsnummer [[SSN|{ssn_spaced("091286", "D")}]] (brauchen sie das?)

das geld bitte direkt an schule oder an mich [[IBAN|{iban_de()}]]

Multumesc / danke

Von meinem Samsung Galaxy gesendet
""")

# ---------------------------------------------------------------- F37-014 Protokoll Fallkonferenz
doc("word", "protokoll_fallkonferenz", ["HEALTH"], f"""
Protokoll Fallkonferenz
Datum: 26.02.2025, 14:00–15:30 Uhr, Sozialamt, Besprechungsraum 1.08

Teilnehmende: [[P|Doris Wischnewski]] (Sozialamt, Leitung, Protokoll), ein Kollege der Fachstelle Wohnungsnotfälle, [[P|Leyla Saab]] (Jugendamt, ASD), der Betroffene, eine Dolmetscherin für Arabisch

Fall: Familie [[P|Nassar]], [[A|Im Lohfeld 6]], [[A|45707 Emscherberg]], Kundennummer Sozialamt [[AZ|{az("50.1-######")}]]

1. Sachstand
Herr [[P|Walid Nassar]] (geb. [[DOB|30.07.1978]]) lebt mit seiner Ehefrau und vier Kindern in einer 4-Zimmer-Wohnung. Wegen Mietrückständen von 3.412,50 EUR hat die Vermieterin Räumungsklage erhoben, Räumungstermin ist der 15.04.2025.
Er räumt ein, seit dem Verlust seiner Arbeitsstelle im Sommer wieder regelmäßig Alkohol zu trinken. Er war 2022 bereits zur qualifizierten Entgiftung in der LWL-Klinik Herten. Das Jugendamt berichtet, die älteste Tochter [[P|Maya]] (15) übernehme zunehmend die Versorgung der jüngeren Geschwister.

2. Vereinbarungen
- Das Sozialamt übernimmt die Mietschulden als Darlehen (§ 36 SGB XII); Auszahlung direkt an die Vermieterin, IBAN [[IBAN|{iban_nl()}]], sobald sie die Rücknahme der Klage schriftlich zusagt.
- Herr [[P|Nassar]] nimmt bis 14.03.2025 Kontakt zur Suchtberatung auf und legt eine Bestätigung vor.
- Das Jugendamt prüft Hilfen zur Erziehung für die Tochter.
- Die Fachstelle hält eine Notunterkunft vor, falls die Räumung nicht abgewendet wird.

3. Nächster Termin: 26.03.2025, 14:00 Uhr, gleicher Raum
""")

# ---------------------------------------------------------------- F37-015 tax adviser, Imbiss owner, § 21
AZ_OEZ = az("32.22-####/23")
doc("outlook", "steuerberater_selbstaendig", [], f"""
Betreff: Unterlagen Imbiss – Aufenthaltserlaubnis § 21 AufenthG – Ihr Az. [[AZ|{AZ_OEZ}]]

Sehr geehrte Frau [[P|Terhorst]],

im Auftrag unseres Mandanten, Herrn [[P|Selim Öztürk]], Inhaber des Einzelunternehmens „[[P|Öztürk]] Grill & Döner", [[A|Bahnhofstraße 54]], [[A|45701 Emscherberg]], übersenden wir Ihnen die angeforderten Unterlagen zur Verlängerung der Aufenthaltserlaubnis:

- betriebswirtschaftliche Auswertung 01–12/2024 (Umsatz 286.400 EUR, vorläufiges Ergebnis 41.870 EUR)
- Bescheinigung in Steuersachen des Finanzamts Recklinghausen vom 03.03.2025
- Steuernummer: [[TNR|{ids.tax_number_nrw()}]]
- USt-IdNr.: [[VAT|{ids.vat_id()}]]
- Nachweis der Krankenversicherung (TK)

Beschäftigt sind drei Arbeitnehmer in Vollzeit, darunter ein Neffe des Mandanten, sowie zwei Minijobber. Rückstände beim Finanzamt bestehen nicht.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

[[P|Lorenzo Esposito]]
Steuerberater

[[E|l.esposito@stb-esposito.de]]
""")

# ---------------------------------------------------------------- F37-016 Wohngeldbescheid, Vietnamese family
doc("word", "wohngeldbescheid", [], f"""
Stadt Emscherberg · Fachbereich 64 – Wohnen · Wohngeldstelle
[[N|Rathausplatz 1]] · [[N|45701 Emscherberg]]

Frau
[[P|Nguyễn Thị Lan]]
[[A|Lüttinghofstraße 3]]
[[A|45703 Emscherberg]]

Aktenzeichen: [[AZ|{az("64.2-WG-######")}]]
Sachbearbeitung: Wohngeldstelle, Zimmer 1.22
Telefon: [[N|02365 507-0]]
Datum: 11.04.2025

Bescheid über Wohngeld (Mietzuschuss)

Sehr geehrte Frau [[P|Nguyễn]],

auf Ihren Antrag vom 05.02.2025 wird Ihnen für den Bewilligungszeitraum vom 01.02.2025 bis 31.01.2026 Wohngeld in Höhe von monatlich 312,00 EUR bewilligt.

Berechnungsgrundlagen
Zu berücksichtigende Haushaltsmitglieder: 3 (Sie, Ihr Ehemann [[P|Trần Văn Hùng]], Ihre Tochter [[P|Trần Bảo Ngọc]])
Miete (bruttokalt): 645,00 EUR; berücksichtigt nach Mietstufe III: 599,00 EUR
monatliches Gesamteinkommen: 1.742,18 EUR

Das Wohngeld wird monatlich im Voraus auf das von Ihnen angegebene Konto [[IBAN|{iban_de()}]] überwiesen. Die Nachzahlung für Februar bis April (936,00 EUR) erfolgt gesondert.

Sie sind verpflichtet, uns unverzüglich mitzuteilen, wenn sich Ihr Einkommen um mehr als 15 % erhöht oder die Miete um mehr als 15 % sinkt (§ 27 WoGG).

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Gelsenkirchen erhoben werden.

Im Auftrag
[[P|Ralf Pohlmann]]
""")

# ---------------------------------------------------------------- F37-017 Ghanaian man, sexual orientation
doc("outlook", "duldung_englisch", ["SEXUAL_ORIENTATION"], f"""
Von: [[P|Yaw Boateng]] <[[E|yawboateng91@gmail.com]]>
An: [[N|auslaenderbehoerde@emscherberg.de]]
Betreff: Duldung extension

Dear Mrs [[P|Terhorst]],

I am writing about my Duldung which expires on 30 April. At the counter I was told that I must show a passport, otherwise I get only the "Duldung für Personen mit ungeklärter Identität".

I am afraid to go to the Ghana embassy. I am gay, and in Ghana people like me are beaten and put in prison, the new law makes it even worse. My partner [[P|Tobias Reimann]] and I live together since 2023 and we want to marry this year.

My lawyer, Mr. [[P|Jan-Hendrik de Vries]] in Essen, has already written to you about this.

My address is now:
c/o [[P|Reimann]]
[[A|Friedrich-Ebert-Straße 210]]
[[A|45701 Emscherberg]]

Best regards,
[[P|Yaw Boateng]]
mobile [[T|0176 2203 8841]]
""")

# ---------------------------------------------------------------- F37-018 Vermerk EURODAC fingerprints
doc("word", "vermerk_identitaet_eurodac", ["BIOMETRIC"], f"""
Stadt Emscherberg – Ausländerbehörde, Team Asyl/Rückkehr
Vermerk zur Identitätsklärung

Az.: [[AZ|{az("32.25-####/25")}]]
Person (eigene Angaben): [[P|Ahmad Al-Khatib]], geb. [[DOB|01.01.1999]], syrisch
Unterbringung: Übergangswohnheim [[N|Gelsenkirchener Straße 300]], [[N|Zimmer 14]]

1. Bei der Vorsprache am 13.01.2025 wurden von Herrn [[P|Al-Khatib]] die Abdrücke aller zehn Finger sowie ein Lichtbild erfasst und über das BAMF an EURODAC und das AFIS des BKA übermittelt.
2. Ergebnis vom 15.01.2025: EURODAC-Treffer der Kategorie 1 (Bulgarien, Registrierung am 22.08.2024 in Harmanli) unter den Personalien [[P|Ahmed Alkhateeb]], geb. [[DOB|12.03.1997]]. Die Auswertung des Gesichtsbildes durch das BKA bestätigt die Übereinstimmung der Fingerabdrücke.
3. Der Treffer wurde am 20.01.2025 im Beisein des Dolmetschers Herrn [[P|Karim Mansour]] mit dem Betroffenen erörtert. Er räumt die Registrierung in Bulgarien ein, bestreitet aber das dort erfasste Geburtsdatum.
4. Abgabe an das BAMF zur Prüfung eines Übernahmeersuchens (Dublin III), BAMF-Az. [[AZ|{az("#######-475")}]].
5. Die Wohnsitzauflage bleibt bestehen.

Emscherberg, 21.01.2025
[[P|Milan Kovačević]], Sachbearbeiter
""")

# ---------------------------------------------------------------- F37-019 Bußgeld: cousin drove, credit card
AZ_BOZ = az("41.3-#######/25")
doc("outlook", "zeugenfragebogen_cousin", [], f"""
Betreff: Re: Ihr Zeichen [[AZ|{AZ_BOZ}]] – Zeugenfragebogen

hallo,

das auto [[KFZ|RE-TB 4190]] ist auf mich angemeldet aber ich bin am 12.04. nicht gefahren, ich hatte spätschicht bei amazon in dortmund, kann ich beweisen. gefahren ist mein cousin:

[[P|Tuncay Bozkurt]]
[[A|Vogelsangstraße 12]]
[[A|45879 Gelsenkirchen]]
geb. [[DOB|23.09.2000]]

ich hab das verwarnungsgeld aber schon online mit meiner kreditkarte bezahlt bevor ich wusste das er es war, 35 euro, karte [[CC|{visa()}]]. kann ich das zurück bekommen? transaktions-nr. 88213-4471

gruß [[P|Tarık Bozkurt]]
[[T|0176-23 11 84 09]]

Am 02.05.2025 um 10:12 schrieb [[N|bussgeldstelle@emscherberg.de]]:
> Sehr geehrter Herr [[P|Bozkurt]],
> mit dem Ihnen zugelassenen Fahrzeug wurde am 12.04.2025 um 16:31 Uhr in Emscherberg, Hochstraße, die zulässige Höchstgeschwindigkeit um 14 km/h überschritten. Bitte senden Sie den beigefügten Zeugenfragebogen innerhalb einer Woche zurück.
> Mit freundlichen Grüßen
> Bußgeldstelle der Stadt Emscherberg
""")

# ---------------------------------------------------------------- F37-020 form Hilfe zur Pflege
doc("word", "antrag_hilfe_zur_pflege", ["HEALTH"], f"""
Antrag auf Leistungen der Hilfe zur Pflege (§§ 61 ff. SGB XII)
Stadt Emscherberg – Fachbereich 50 Soziales
Eingangsstempel: 07.05.2025

1. Antragstellerin
Name, Vorname: [[P|Kozlowski, Elżbieta]]
Geburtsname: [[P|Wróbel]]
Geburtsdatum: [[DOB|18.06.1939]]   Geburtsort: Kattowitz
Anschrift: [[A|Am Rapensweg 11]], [[A|45705 Emscherberg]]
Rentenversicherungsnummer: [[SSN|{ids.social_security("180639", "W")}]]
Pflegekasse: Knappschaft, Versichertennummer [[KV|{ids.health_insurance()}]]

2. Pflegebedürftigkeit
Pflegegrad 3 seit 01.03.2025 (Bescheid der Pflegekasse vom 14.03.2025)
Diagnosen laut Hausarzt: Demenz vom Alzheimer-Typ, Herzinsuffizienz NYHA III, Z. n. Oberschenkelhalsbruch 2023

3. Bevollmächtigter
[[P|Piotr Kozlowski]] (Sohn), Herne
Tel. [[T|0172 611 0483]], E-Mail [[E|piotr.kozlowski@web.de]]

4. Einkommen
Altersrente 1.114,27 EUR, Witwenrente 612,90 EUR, kein Vermögen über 10.000 EUR
Bankverbindung: [[IBAN|{iban_de()}]]

5. Pflegedienst
Ambulanter Pflegedienst „Glück auf" GmbH, Leistungsnachweis März liegt bei (Rechnung Nr. 2025-03-1187, 1.846,30 EUR)

Ort, Datum, Unterschrift: Emscherberg, 05.05.2025, i. V. [[P|P. Kozlowski]]
""")

# ---------------------------------------------------------------- F37-021 forwarded Verpflichtungserklärung, Lebanese parents
doc("outlook", "verpflichtungserklaerung", [], f"""
Betreff: WG: Verpflichtungserklärung für meine Eltern / Besuchsvisum

Zur Kenntnis und bitte Termin vergeben (VE, ca. 30 min).
[[P|S. Terhorst]]

-----Ursprüngliche Nachricht-----
Von: [[P|Hussein Fakhoury]] <[[E|h.fakhoury@gmx.de]]>
Gesendet: Donnerstag, 6. März 2025 19:04
An: [[N|auslaenderbehoerde@emscherberg.de]]
Betreff: Verpflichtungserklärung für meine Eltern / Besuchsvisum

Sehr geehrte Damen und Herren,

meine Eltern möchten uns im Sommer für drei Monate aus Beirut besuchen (Juli bis September). Ich möchte dafür eine Verpflichtungserklärung abgeben.

Meine Eltern:
- mein Vater [[P|Mohamad Fakhoury]], geboren am [[DOB|4. Februar 1955]], Reisepass [[PASS|{pass_lb()}]]
- meine Mutter (ihr Pass wird gerade verlängert, die Nummer reiche ich nach)

Ich bin deutscher Staatsangehöriger und arbeite als Ingenieur im Chemiepark Marl, netto ca. 4.100 EUR. Die Lohnabrechnungen und meinen Personalausweis ([[IDC|{ids.id_card(True)}]]) bringe ich mit. Die Reisekrankenversicherung für beide schließe ich ab.
Die Gebühr von 29 EUR kann ich auch gern vorab per Kreditkarte zahlen: [[CC|{amex()}]], gültig bis 08/27.

Meine Adresse: [[A|Hülsstraße 45]], [[A|45701 Emscherberg]]

Mit freundlichen Grüßen
[[P|Hussein Fakhoury]]
""")

# ---------------------------------------------------------------- F37-022 Schulamt letter, swimming lessons, religion
doc("word", "schulamt_schwimmunterricht", ["RELIGION"], f"""
Stadt Emscherberg · Schulamt

Herrn und Frau
[[P|Emir]] und [[P|Amra Hodžić]]
[[A|Sachsenstraße 26]]
[[A|45707 Emscherberg]]

Az.: [[AZ|{az("40.3-SP-####/25")}]]
Emscherberg, 12.05.2025

Teilnahme Ihrer Tochter [[P|Lejla Hodžić]], Klasse 6b, Städtische Realschule Emscherberg-Mitte, am Schwimmunterricht

Sehr geehrte Eheleute [[P|Hodžić]],

die Schulleitung hat uns mitgeteilt, dass [[P|Lejla]] seit Beginn des Schuljahres nicht am Schwimmunterricht teilnimmt. In Ihrem Schreiben vom 03.04.2025 begründen Sie dies damit, dass Ihre Familie den islamischen Glauben streng praktiziere und Ihre Tochter sich nach ihrer religiösen Überzeugung nicht in Badekleidung vor Jungen zeigen dürfe.

Wir nehmen Ihre Glaubensüberzeugung ernst. Nach der Rechtsprechung des Bundesverwaltungsgerichts (Urteil vom 11.09.2013 – [[N|6 C 25.12]]) ist die Teilnahme am koedukativen Schwimmunterricht in einem Ganzkörperbadeanzug (Burkini) jedoch zumutbar. Die Schule hat zugesagt, dass Lejla sich in einer Einzelkabine umziehen kann.

Wir bitten Sie, die Teilnahme ab dem 19.05.2025 sicherzustellen. Anderenfalls müssten wir ein Bußgeldverfahren nach § 126 SchulG NRW prüfen. Gern laden wir Sie zu einem Gespräch am 26.05.2025 um 15:00 Uhr in Raum 3.02 ein.

Mit freundlichen Grüßen
Im Auftrag
[[P|Dr. Friederike Holtkamp-Schäfer]]
""".replace("dass Lejla sich", "dass [[P|Lejla]] sich"))

# ---------------------------------------------------------------- F37-023 Yazidi family, WhatsApp, electricity cut off
doc("outlook", "strom_whatsapp_jesiden", ["RELIGION"], f"""
Betreff: Frau [[P|Khalaf]] – Strom abgestellt, dringend

Hallo Frau [[P|Wischnewski]],

ich bin ehrenamtliche Patin von Frau [[P|Nadia Khalaf]] und schicke Ihnen ihre Nachrichten von gestern Abend (sie ist einverstanden):

[03.04.25, 22:17] [[P|Nadia]]: abla strom ist weg. stadtwerke haben abgestellt
[03.04.25, 22:24] [[P|Nadia]]: ich habe brief von sozialamt nicht verstanden. nummer oben [[AZ|{az("50.2-######")}]]
[03.04.25, 22:25] [[P|Nadia]]: übermorgen ist unser fest wir sind eingeladen bei familie in celle, können nicht fahren

Die Familie ist jesidisch und 2014 aus Shingal geflohen; für sie ist das gemeinsame Fest mit der Gemeinde sehr wichtig. Die Stromschulden betragen 647,12 EUR (Stadtwerke Emscherberg). Könnten Sie eine Übernahme als Darlehen prüfen?

Anschrift der Familie: [[A|Schachtstraße 2c]], [[A|45703 Emscherberg]]

Herzliche Grüße
[[P|Ute Bäcker-Lindemann]]
""")

# ---------------------------------------------------------------- F37-024 Belegungsliste Übergangswohnheim
doc("word", "belegungsliste_notunterkunft", [], f"""
Fachstelle Wohnungsnotfälle – Belegungsliste Übergangswohnheim [[N|Gelsenkirchener Straße 300]]
Stand: 31.03.2025 – nur für den Dienstgebrauch

Zi. | Name, Vorname | geb. | Pers. | eingewiesen | Bemerkung
1 | [[P|Rexhepi, Besnik]] | [[DOB|03.03.1971]] | 1 | 02.01.2025 | nach Räumung [[A|Marienstraße 7]]; sucht Wohnung in der Innenstadt
4 | [[P|Schmitz, K.-H.]] | [[DOB|29.05.1962]] | 1 | 20.11.2024 | gesetzl. Betreuer bestellt, Tel. [[T|02361 58 30 16]]
7 | [[P|Russo, Gennaro]] | [[DOB|12.12.1957]] | 2 | 03.03.2025 | mit Lebensgefährtin; Sohn lebt in Neapel

Zimmer 3 und 6 sind wegen Wasserschaden gesperrt (Auftrag an Firma Emscher-Sanitär GmbH, Bestell-Nr. 4500118872).
Die Essensausgabe findet weiterhin im Gemeindehaus der St.-Barbara-Kirche statt. Nächste Begehung: 08.04.2025.
""")

# ---------------------------------------------------------------- F37-025 car dealer, batch registration
doc("outlook", "zulassung_autohaus", [], f"""
Betreff: Zulassungsaufträge für Donnerstag – 3 Fahrzeuge

Guten Morgen,

anbei wie besprochen die Unterlagen für Donnerstag:

1. Halter: [[P|Dimitrios Karagiannis]], [[A|Emscherstraße 77]], [[A|45701 Emscherberg]]
   Neuzulassung VW Golf, reserviertes Wunschkennzeichen [[KFZ|RE-DK 1974]]
   SEPA-Mandat Kfz-Steuer: [[IBAN|{iban_at()}]] (Kunde hat noch sein Konto in Österreich)

2. Halter: Fliesenfachbetrieb [[P|Bruno Mancini]] e.K., [[A|Gewerbepark Ost 14]], [[A|45707 Emscherberg]]
   Transporter Ford Transit, Steuernummer [[TNR|{ids.tax_number_federal_nrw()}]], USt-IdNr. [[VAT|{ids.vat_id()}]]

Die eVB-Nummern, Vollmachten und Ausweiskopien liegen im Umschlag. Gebühren bitte wie immer über unser Händlerkonto, Rechnung an uns.

Gruß aus dem Autohaus
[[P|Sven Kuhlmann]]
Zulassungsdienst
Autohaus Emscherland GmbH
[[E|s.kuhlmann@autohaus-emscherland.de]]
""")

# ---------------------------------------------------------------- F37-026 Jobcenter chain, Bulgarian family, deposit
doc("outlook", "kaution_jobcenter_kette", [], f"""
Betreff: WG: AW: Fam. [[P|Hristova]] – Übernahme Kaution

Hallo [[P|Doris]],

siehe unten – ist das bei euch oder bei uns? Die Familie ist seit 01.03. nicht mehr im SGB-II-Bezug, weil der Mann Arbeit hat, der Antrag auf Kaution kam aber vorher. Ich würde es dir gern rüberschieben.

VG
[[P|Björn Schwertfeger]]
Jobcenter Emscherberg, Team 512
Tel. [[T|02365 9188-4471]]

-----Ursprüngliche Nachricht-----
Von: [[P|Hristova, Mariya]] <[[E|mariya.hristova.88@abv.bg]]>
Gesendet: Freitag, 14. März 2025 08:55
An: Jobcenter Team 512
Betreff: AW: Fam. [[P|Hristova]] – Übernahme Kaution

Hallo,
wir haben neue wohnung gefunden, [[A|Am Stadthafen 12]], [[N|2. OG links]], [[A|45701 Emscherberg]], einzug 1.4. vermieter will 3 kaltmieten kaution, 1.650 euro. mein mann hat jetzt arbeit bei DHL.
personalausweis bulgarisch von mir [[IDC|{idcard_bg()}]] und von ihm hab ich in anhang, mietvertrag auch.
danke

>> Am 10.03.2025 schrieb Schwertfeger, Björn:
>> Sehr geehrte Frau [[P|Hristova]], für die Prüfung benötige ich den Mietvertragsentwurf und Ihre Ausweise. Bitte geben Sie immer Ihre BG-Nummer [[AZ|{az("36201BG00#####")}]] an.
""".replace(">> Am 10.03.2025 schrieb Schwertfeger, Björn:", ">> Am 10.03.2025 schrieb [[P|Schwertfeger, Björn]]:"))

# ---------------------------------------------------------------- F37-027 Niederschrift Einbürgerung: party, union
doc("word", "niederschrift_einbuergerung", ["POLITICS", "UNION"], f"""
Niederschrift über die Vorsprache im Einbürgerungsverfahren

Az.: [[AZ|{az("32.6-EB-####/24")}]]
Datum: 08.04.2025, Beginn 10:05 Uhr, Ende 10:50 Uhr
Sachbearbeitung: [[P|Milan Kovačević]]

Es erscheint Herr [[P|Georges Karam]], geb. [[DOB|22.11.1982]] in Zahlé (Libanon), libanesischer Staatsangehöriger, wohnhaft [[A|Breite Straße 18]], [[A|45703 Emscherberg]], ausgewiesen durch Nationalpass Nr. [[PASS|{pass_lb()}]].

1. Lebensunterhalt: Herr [[P|Karam]] ist seit 2016 unbefristet als Elektroniker bei einem Chemieunternehmen in Marl beschäftigt, Bruttoeinkommen ca. 4.300 EUR. Steuer-Identifikationsnummer: [[TID|{tax_id_spaced()}]]. Leistungen nach SGB II/XII werden nicht bezogen.
2. Bekenntnis zur freiheitlich demokratischen Grundordnung: Der Antragsteller gibt das Bekenntnis ab. Er erklärt ergänzend, seit 2019 Mitglied der SPD (Ortsverein Emscherberg-Süd) und dort Beisitzer im Vorstand zu sein. Außerdem sei er Mitglied der IG BCE und seit 2022 im Betriebsrat seines Arbeitgebers.
3. Einbürgerungstest: bestanden am 11.02.2025 (33 von 33 Punkten). Sprachnachweis: Zertifikat Deutsch B1, Prüfungsnummer 2290-448.
4. Gebühr 255,00 EUR wurde bar bezahlt (Quittung Nr. 118/2025).

v. g. u.
[[P|Karam]]                    [[P|Kovačević]]
""")

# ---------------------------------------------------------------- F37-028 lawyer's letter, Zweckentfremdung
doc("word", "anwalt_zweckentfremdung", [], f"""
Rechtsanwalt [[P|Marek Nowak]] · [[A|Rüttenscheider Straße 144]] · [[A|45130 Essen]]

Stadt Emscherberg
Fachbereich 64 – Wohnen
Wohnungsaufsicht / Zweckentfremdung
[[N|Rathausplatz 1]]
[[N|45701 Emscherberg]]

Ihr Zeichen: [[AZ|{az("64.3-ZE-####/25")}]]
Essen, 19.05.2025

Zweckentfremdung von Wohnraum – Objekt [[A|Grüner Weg 23]], [[A|45703 Emscherberg]], [[N|Wohnung 1. OG links]]
Ihre Anhörung vom 28.04.2025
Mandant: [[P|Salvatore Greco]], Essen

Sehr geehrter Herr [[P|Winter]],

in vorbezeichneter Angelegenheit zeige ich die Vertretung von Herrn [[P|Greco]] an; eine Vollmacht ist beigefügt.

Mein Mandant, der hauptberuflich als Koch in einem Restaurant in Rüttenscheid arbeitet, hat die Wohnung im Winter 2024/25 für vier Monate an Monteure einer Baufirma vermietet, die mit der Sanierung der Emscherbrücke beauftragt war (Rechnung Nr. 2025-0113 über 4.860,00 EUR). Eine Vermietung über Online-Plattformen an Touristen hat zu keinem Zeitpunkt stattgefunden. Die in Ihrer Anhörung wiedergegebenen Angaben der Nachbarin, Frau [[P|Eleni Papadaki-Hoffmann]], wonach „ständig wechselnde Gäste mit Rollkoffern" im Haus ein- und ausgingen, weist mein Mandant zurück. Gemeint sind offenbar die Lieferfahrer des Bäckers im Erdgeschoss, der ab 4 Uhr morgens beliefert wird.

Eine Zweckentfremdung im Sinne des § 12 WohnStG NRW in Verbindung mit der Zweckentfremdungssatzung der Stadt Emscherberg (Ratsbeschluss vom 14.12.2023, Drucksache 17/0642) liegt daher nicht vor. Im Übrigen liegt das Grundstück im Geltungsbereich des Bebauungsplans Nr. 142 „Emscherauen", der ein allgemeines Wohngebiet festsetzt; eine Nutzung durch Monteure über einen Zeitraum von vier Monaten ist dort zulässig.

Ich beantrage, das Verfahren einzustellen, und bitte um Übersendung der Verwaltungsvorgänge zur Einsichtnahme.

Mit freundlichen Grüßen

[[P|Marek Nowak]]
Rechtsanwalt
""")

# ---------------------------------------------------------------- F37-029 list § 24 Ukraine, passports
doc("word", "sammelliste_ukraine", [], f"""
Ausländerbehörde Emscherberg – Sammelliste Fiktionsbescheinigungen nach § 81 Abs. 5 i. V. m. § 24 AufenthG (Ukraine)
Ausgabe KW 14/2025, Sachbearbeitung: [[P|Kovačević]]

1. [[P|Kovalenko, Tetiana]], geb. [[DOB|02.04.1989]], Reisepass [[PASS|{pass_ua()}]], [[A|Kolpingstraße 5]], [[A|45707 Emscherberg]]
   mit Sohn [[P|Kovalenko, Maksym]], geb. [[DOB|08.10.2018]], Kinderreisepass [[PASS|{pass_ua()}]]
2. [[P|Petrenko-Voronina, Iryna]], geb. [[DOB|27.07.1975]], ID-Karte [[IDC|00{ids.digits(7)}]], [[A|Hülsstraße 9]], [[A|45701 Emscherberg]]

Die Fiktionsbescheinigungen gelten bis 04.03.2026. Die Ausgabe erfolgt am Donnerstag, 03.04.2025, 08:00–12:00 Uhr, Raum 0.11 (Eingang Hochstraße).
""")

# ---------------------------------------------------------------- F37-030 Ukrainian mother, Down syndrome, genetics
doc("outlook", "eingliederungshilfe_trisomie", ["HEALTH", "GENETIC"], f"""
Betreff: Antrag Schulbegleitung für meinen Sohn

Sehr geehrte Frau [[P|Wischnewski]],

mein Name ist [[P|Tetiana Kovalenko]], ich bin mit meinem Sohn [[P|Maksym]] (geboren [[DOB|08.10.2018]]) seit 2022 aus Charkiw in Emscherberg. Er hat Trisomie 21. In der Uniklinik Essen wurde 2023 eine humangenetische Untersuchung gemacht (Chromosomenanalyse), sie hat eine freie Trisomie 21 bestätigt, keine Translokation. Ab August kommt er in die Schule und braucht eine Schulbegleitung, sagt die Schulleiterin.

Ich lege bei: Arztbrief, Befund Humangenetik, Bescheid Schwerbehinderung (GdB 80, Merkzeichen H).
Krankenkasse: AOK NordWest, Versichertennummer von [[P|Maksym]] [[KV|{ids.health_insurance()}]]
Unsere Adresse: [[A|Kolpingstraße 5]], [[A|45707 Emscherberg]]
Handy: [[T|+380 67 412 3398]] (WhatsApp) oder [[T|0155 6043 2219]]

Vielen Dank!
З повагою
[[P|Tetiana Kovalenko]]
""")


# ---------------------------------------------------------------- checks
def iban_ok(v):
    s = v.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def luhn_ok(v):
    d = "".join(c for c in v if c.isdigit())
    return luhn_check(d[:-1]) == int(d[-1])


def tax_id_ok(v):
    d = v.replace(" ", "")
    if len(d) != 11 or d[0] == "0":
        return False
    counts = [d[:10].count(x) for x in "0123456789"]
    return max(counts) <= 3 and sum(1 for c in counts if c >= 2) == 1 and mod11_10_check(d[:10]) == int(d[10])


def vat_ok(v):
    d = v.replace(" ", "")
    return d.startswith("DE") and len(d) == 11 and mod11_10_check(d[2:10]) == int(d[10])


def ssn_ok(v):
    s = v.replace(" ", "")
    head, letter, serial, check = s[:8], s[8], s[9:11], int(s[11])
    code = ord(letter) - ord("A") + 1
    values = [int(c) for c in head] + [code // 10, code % 10] + [int(c) for c in serial]
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum((v * w) // 10 + (v * w) % 10 for v, w in zip(values, weights)) % 10 == check


def kv_ok(v):
    code = ord(v[0]) - ord("A") + 1
    values = [code // 10, code % 10] + [int(c) for c in v[1:9]]
    total = 0
    for i, x in enumerate(values):
        p = x * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return total % 10 == int(v[9])


CHECKS = {"IBAN": iban_ok, "CREDIT_CARD": luhn_ok, "TAX_ID": tax_id_ok, "VAT_ID": vat_ok,
          "SOCIAL_SECURITY": ssn_ok, "HEALTH_INSURANCE": kv_ok}
for d in DOCS:
    for e in d["entities"]:
        if e["category"] in CHECKS:
            assert CHECKS[e["category"]](e["text"]), (d["id"], e)
    for n in d["neutral"]:
        if n["text"].startswith("DE") and len(n["text"].replace(" ", "")) == 22:
            assert iban_ok(n["text"]), n

assert len(DOCS) == 30
assert len({d["id"] for d in DOCS}) == 30

with open(os.path.join(HERE, "fresh37.jsonl"), "w", encoding="utf-8") as f:
    for d in DOCS:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")

# ---------------------------------------------------------------- README
cats = Counter(e["category"] for d in DOCS for e in d["entities"])
flags = Counter(x for d in DOCS for x in d["specialCategories"])
chan = Counter(d["channel"] for d in DOCS)
n_ent = sum(cats.values())
n_neu = sum(len(d["neutral"]) for d in DOCS)
no_flag = sum(1 for d in DOCS if not d["specialCategories"])
cat_txt = ", ".join(f"{k} {v}" for k, v in cats.most_common())
flag_txt = ", ".join(f"{k} {v}" for k, v in flags.most_common())
readme = f"""# fresh37.jsonl — Stadt Emscherberg (written blind)

`fresh37.jsonl` ({len(DOCS)} documents F37-001 … F37-030, {n_ent} labelled entities, {n_neu} neutral spans; generated by
`make_batch37.py`, seed 3737) is set in the invented Ruhr city Stadt Emscherberg (NRW) and covers the Sozialamt,
Ausländerbehörde, Wohnungsamt/Wohngeldstelle, Schulamt, KFZ-Zulassung and Bußgeldstelle: {chan['word']} Word documents
(a residence-permit Bescheid, a Wohngeldbescheid, a Bußgeld-Anhörungsbogen with a handwritten driver, two lawyers'
letters with several Aktenzeichen, Vermerke on a DNA paternity test and a EURODAC fingerprint hit, a Fallkonferenz
protocol, a Pflege application form, a naturalisation Niederschrift, a Schulamt letter, appointment and case tables
with `Nachname, Vorname` columns) and {chan['outlook']} Outlook mails (Turkish, Kurdish, Lebanese, Romanian, Bulgarian,
Ghanaian, Vietnamese, Ukrainian, Yazidi and Bosnian families writing informal lower-case German or English-German mixes,
WhatsApp chats pasted into mails, forwarded chains with `Von: Nachname, Vorname <mail>` and `>>` quoted headers, a
three-line note with a nickname, signatures of staff, a tax adviser and a car dealer). Entities per category: {cat_txt}.
Identifiers carry valid checks (DE/AT/NL IBAN mod 97 with the NL eleven test, Visa/Amex Luhn, Steuer-ID, USt-IdNr.,
Rentenversicherungsnummer, KVNR, re-verified in the script); foreign passports and ID cards (Ghana, Lebanon, Turkey,
Ukraine, Bulgaria) are labelled by kind. Document flags: {flag_txt}; {no_flag} documents carry none, including ones
that mention a Krankenkasse without a condition, a biometric passport photo or a church hall. Hard negatives (neutral
or unlabelled): the city's own offices, Postfach, switchboards, functional mailboxes and Stadtkasse IBAN, the
Verwaltungsgericht's address, a shelter address, apartment details (EG rechts, 2. OG links), a VIN, an eVB code,
booking, invoice, order, course, waiting and Drucksache numbers, a published BVerwG docket, Bebauungsplan Nr. 142,
§ references, amounts, non-birth dates, "geb." introducing a birth name, street names without a number, and the
surname-like nouns Koch, Winter (the season) and Bäcker beside the staff surnames Winter and Vogel.
"""
print(len(DOCS), "documents,", n_ent, "entities,", n_neu, "neutral")
print(cats)
print(flags, chan)
