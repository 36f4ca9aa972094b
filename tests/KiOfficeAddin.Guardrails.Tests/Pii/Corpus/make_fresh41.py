#!/usr/bin/env python3
"""Batch 41: a held-out set for the German PII detector, written blind.

Setting: the invented Saarland border town Stadt Bliesgrenz (French and Luxembourg cross-border commuters, Italian
and Portuguese Saarland families, Gewerbeamt, Kita, Ordnungswidrigkeiten, Betreuungsgericht, lawyers' letters,
Ortsrat minutes, Word tables). Writes fresh41.jsonl (dev.jsonl format) next to this file.
"""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, "/work/main/tests/KiOfficeAddin.Guardrails.Tests/Pii/Corpus")
from marks import build  # noqa: E402
from identifiers import Identifiers, mod97_iban, mod11_10_check, luhn_check, icao_check, group  # noqa: E402

ids = Identifiers(4141)
rng = ids.rng


# ---------------------------------------------------------------- identifiers with national checks
def iban_fr():
    bank, branch, account = "30004", ids.digits(5), ids.digits(11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return mod97_iban("FR", f"{bank}{branch}{account}{key:02d}")


def iban_nl():
    while True:
        account = ids.digits(10, first_nonzero=True)
        if sum(int(d) * w for d, w in zip(account, range(10, 0, -1))) % 11 == 0:
            return mod97_iban("NL", "RABO" + account)


def iban_be():
    first10 = ids.digits(10)
    check = int(first10) % 97 or 97
    return mod97_iban("BE", f"{first10}{check:02d}")


def iban_pl():
    sort7 = "1020" + ids.digits(3)
    check = (10 - sum(int(d) * w for d, w in zip(sort7, (3, 9, 7, 1, 3, 9, 7))) % 10) % 10
    return mod97_iban("PL", sort7 + str(check) + ids.digits(16))


def iban_at():
    return mod97_iban("AT", ids.digits(16, first_nonzero=True))


def iban_lu():
    return mod97_iban("LU", "001" + ids.digits(13))


def ssn(birth, letter):
    s = ids.social_security(birth, letter)
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"


def tax_number_saarland(office):
    return f"{office}/{ids.digits(3)}/{ids.digits(5)}"


def plain_digits(n):
    return ids.digits(n, first_nonzero=True)


# The city's own account (neutral) and the identifiers, drawn in a fixed order.
CITY_IBAN = group(mod97_iban("DE", "59050101" + "0000071845"), 4)

IB_LU_005 = group(iban_lu(), 4)
IB_DE_014 = group(ids.iban_de(), 4)
IB_PL_018 = group(iban_pl(), 4)
IB_AT_024 = group(iban_at(), 4)
IB_NL_024 = group(iban_nl(), 4)
IB_FR_024 = group(iban_fr(), 4)
IB_BE_024 = group(iban_be(), 4)
IB_DE_024B = ids.iban_de()
IB_LU_026 = group(iban_lu(), 4)

VAT_002 = ids.vat_id()
VAT_016 = ids.vat_id()
TNR_002 = tax_number_saarland("040")
TNR_016 = tax_number_saarland("055")
TID_013 = ids.tax_id()
TID_013 = f"{TID_013[:2]} {TID_013[2:5]} {TID_013[5:8]} {TID_013[8:]}"
TID_028 = ids.tax_id()
IDC_011A = ids.id_card(check_digit=False)
IDC_011B = ids.id_card(check_digit=False)
IDC_028 = ids.id_card(check_digit=True)
PASS_001 = ids.digits(2) + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + ids.digits(5)
PASS_012 = ids.digits(9)
PASS_029A = "P" + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + ids.digits(7)
PASS_029B = "G" + ids.digits(7)
SSN_025A = ssn("120459", "D")
SSN_025B = ssn("030262", "R")
KV_025 = ids.health_insurance()
KV_030A = ids.health_insurance()
KV_030B = ids.health_insurance()
CC_023A = ids.credit_card("4", 16)
CC_023A = group(CC_023A, 4)
CC_023B = ids.credit_card("52", 16)
CC_023B = group(CC_023B, 4, "-")
CC_009 = ids.credit_card("37", 15)
CC_009 = f"{CC_009[:4]} {CC_009[4:10]} {CC_009[10:]}"

DOCS = []


def doc(channel, template, flags, marked):
    DOCS.append((channel, template, flags, marked.strip("\n")))


# ---------------------------------------------------------------- F41-001
doc("outlook", "gewerbe", [], f"""
Betreff: Gewerbeanmeldung Hausmeisterservice – question

Bonjour, guten Tag,

entschuldigung für mein Deutsch, ich schreibe besser französisch aber ich versuche. Ich möchte ein kleines Gewerbe anmelden in Bliesgrenz (Hausmeisterservice + Gartenpflege), die Werkstatt ist in der Garage von meinem Schwager [[P|Patrick Schneider]], [[A|Saargemünder Straße 112]]. Ich wohne aber in Frankreich:

[[P|Jean-Baptiste Muller]]
[[A|8 rue des Tilleuls]]
[[A|57200 Sarreguemines]]
né le [[DOB|14/03/1979]] à Forbach

Muss ich persönlich kommen oder geht das per mail? Ich habe keinen deutschen Personalausweis, nur mein passeport français n° [[PASS|{PASS_001}]]. Ist das ok für die Anmeldung?

Merci beaucoup et bonne journée
[[P|JB Muller]]
tél. [[T|+33 6 71 28 45 90]]
[[E|jb.muller57@orange.fr]]
""")

# ---------------------------------------------------------------- F41-002
doc("word", "gewerbe", [], f"""
Stadt Bliesgrenz · Der Bürgermeister · Gewerbeamt
[[N|Rathausplatz 1]] · [[N|66461 Bliesgrenz]] · Telefon [[N|06843 9120-0]]

Herrn
[[P|Salvatore Lo Presti]]
[[A|Kalkofenweg 9]]
[[A|66461 Bliesgrenz]]

Unser Zeichen: [[AZ|32.20-GA 0418/25]]
Datum: 22.04.2025

Empfangsbescheinigung über eine Gewerbeanzeige nach § 15 Abs. 1 GewO

Sehr geehrter Herr [[P|Lo Presti]],

hiermit bestätigen wir den Eingang Ihrer Gewerbeanmeldung vom 14.04.2025 für folgende Tätigkeit:

Betrieb: Eiscafé Dolomiti
Tätigkeit: Herstellung und Verkauf von Speiseeis, Ausschank alkoholfreier Getränke
Betriebsstätte: [[A|Am Marktplatz 3]], [[A|66461 Bliesgrenz]]
Beginn der Tätigkeit: 01.05.2025
Steuernummer: [[TNR|{TNR_002}]]
USt-IdNr.: [[VAT|{VAT_002}]]

Bitte beachten Sie, dass für den Ausschank alkoholischer Getränke eine Erlaubnis nach dem Saarländischen Gaststättengesetz erforderlich ist. Eine Durchschrift dieser Bescheinigung erhalten das Finanzamt St. Ingbert, die IHK Saarland und die Berufsgenossenschaft Nahrungsmittel und Gastgewerbe.

Die Verwaltungsgebühr in Höhe von 31,00 EUR überweisen Sie bitte unter Angabe des Kassenzeichens [[AZ|5.2025.004187]] auf das Konto der Stadtkasse Bliesgrenz, IBAN [[N|{CITY_IBAN}]], Sparkasse Saarbrücken (Rechnung Nr. R-2025-11873).

Für Rückfragen erreichen Sie mich unter [[T|06843 9120-231]] oder [[E|k.weiland@bliesgrenz.de]]; allgemeine Anfragen richten Sie bitte an [[N|gewerbeamt@bliesgrenz.de]].

Mit freundlichen Grüßen
Im Auftrag

[[P|Katrin Weiland]]
""")

# ---------------------------------------------------------------- F41-003
doc("outlook", "kita", ["HEALTH"], """
Betreff: AW: Platzangebot Kita Sonnenblume

hallo frau [[P|Weber]],

danke für die schnelle antwort!! ja wir nehmen den platz ab 1. september gerne an. sie heisst komplett [[P|Lara Sofia Fernandes da Silva]], geboren [[DOB|02.11.2021]] in homburg.

wichtig: [[P|lara]] hat seit märz diabetes typ 1, sie hat eine insulinpumpe und einen sensor am oberarm. die diabetesberaterin von der uniklinik kann gerne in die kita kommen und die erzieherinnen schulen. bitte sagen sie uns was sie brauchen, ein ärztliches attest bringen wir mit.

unsere adresse ist neu seit mai: [[A|Im Bruchgarten 7 a]], [[A|66461 Bliesgrenz-Grenzweiler]]

handy mama [[T|0176 4412 8093]], papa ([[P|Rui]]) [[T|0049 151 22704816]] – er arbeitet in luxemburg und hat oft kein netz, also besser mich anrufen.

liebe grüße
[[P|Ana Paula Fernandes]]

Von meinem iPhone gesendet

Am 03.06.2025 um 11:02 schrieb Kita Sonnenblume <[[N|kita.sonnenblume@bliesgrenz.de]]>:
> Sehr geehrte Frau [[P|Fernandes]],
> wir freuen uns, Ihnen für Ihre Tochter einen Platz in der Gruppe „Bärchen“ ab dem 01.09.2025 anbieten zu können. Bitte bestätigen Sie bis zum 20.06.2025.
> Mit freundlichen Grüßen
> [[P|Sabine Weber]], Kita-Leitung
""")

# ---------------------------------------------------------------- F41-004
doc("word", "bussgeld", [], """
Stadt Bliesgrenz – Ordnungsamt – Bußgeldstelle
[[N|Bahnhofstraße 14]], [[N|66461 Bliesgrenz]], Telefon [[N|06843 9120-0]], [[N|bussgeldstelle@bliesgrenz.de]]

Herrn
[[P|Marc Weber-Schmit]]
[[A|23 rue Principale]]
[[A|L-5480 Wormeldange]]
LUXEMBOURG

Aktenzeichen: [[AZ|32.1-03318/25]] – bitte stets angeben
Datum: 11.03.2025

Anhörung im Bußgeldverfahren / Audition dans la procédure d'amende

Sehr geehrter Herr [[P|Weber-Schmit]],

Ihnen wird vorgeworfen, am 07.03.2025 um 07:42 Uhr in Bliesgrenz, Saargemünder Straße, Höhe Einmündung Am Kalkofen, als Führer des Pkw mit dem amtlichen Kennzeichen [[KFZ|CK 4821]] (L) die zulässige Höchstgeschwindigkeit innerhalb geschlossener Ortschaften um 23 km/h überschritten zu haben (§ 41 Abs. 1 i. V. m. § 49 StVO, § 24 StVG). Beweismittel: Messprotokoll Nr. 2025-117, Messfoto.

Für diese Ordnungswidrigkeit ist nach Nr. 11.3.4 BKat ein Bußgeld von 115,00 EUR vorgesehen. Sie können sich zu dem Vorwurf innerhalb einer Woche äußern. Waren Sie nicht selbst Fahrer, teilen Sie uns bitte Name, Anschrift und Geburtsdatum der Person mit, die das Fahrzeug geführt hat. Vous pouvez répondre en français.

Sachbearbeitung: [[P|Jens Mathieu]], Zimmer 1.12, Tel. [[T|06843 9120-318]]
""")

# ---------------------------------------------------------------- F41-005
doc("outlook", "bussgeld", [], f"""
Betreff: AW: Anhörung Az. [[AZ|32.1-03318/25]] – Fahrerin

Hello,

sorry for writing in English, my German is not good enough for official things. I got your letter for my husband [[P|Marc]]. It was not him driving, it was me (school run that morning). My data:

Name: [[P|Ana Lúcia Pereira Weber]]
born: [[DOB|3 July 1988]] in Braga, Portugal
address: same as my husband, [[A|23 rue Principale]], [[A|L-5480 Wormeldange]]

I accept the fine, can I pay by bank transfer from my Luxembourg account? IBAN [[IBAN|{IB_LU_005}]]. Or do you need to send a new letter first?

Kind regards / Mit freundlichen Grüßen
[[P|Ana Pereira]]
[[T|+352 621 483 927]]

-----Original Message-----
From: [[P|Marc Weber-Schmit]] <[[E|marc.weberschmit@pt.lu]]>
Sent: Monday, 17 March 2025 19:03
To: [[P|Ana Pereira]] <[[E|analucia.pereira@outlook.com]]>
Subject: FW: Anhörung Bliesgrenz

ana can you answer them pls, it was you with the car. letter is attached. x
""")

# ---------------------------------------------------------------- F41-006
doc("word", "betreuung", ["HEALTH"], """
Amtsgericht Bliesgrenz
– Betreuungsgericht –
[[N|Schlossstraße 6]], [[N|66461 Bliesgrenz]]

Geschäftsnummer: [[AZ|4 XVII 118/25]]
(bitte bei allen Schreiben angeben)

Stadt Bliesgrenz
– Betreuungsbehörde –
[[N|Rathausplatz 1]]
[[N|66461 Bliesgrenz]]

Bliesgrenz, 08.05.2025

Betreuungssache [[P|Giuseppina Caruso]], geb. [[DOB|17.09.1938]], wohnhaft [[A|Gartenstraße 21]], [[A|66461 Bliesgrenz]], derzeit im Seniorenzentrum St. Anna

Sehr geehrte Damen und Herren,

in der vorbezeichneten Betreuungssache hat die Tochter der Betroffenen, Frau [[P|Rosaria Caruso-Becker]], [[A|Lindenallee 4]], [[A|66440 Blieskastel]], die Einrichtung einer Betreuung angeregt. Nach dem vorliegenden ärztlichen Attest von [[P|Dr. med. Kemal Aydın]] leidet Frau [[P|Caruso]] an einer fortgeschrittenen Alzheimer-Demenz und ist nicht mehr in der Lage, ihre Vermögens- und Gesundheitsangelegenheiten selbst zu regeln.

Die Betreuungsbehörde wird gebeten, gemäß § 11 BtOG einen Sozialbericht zu erstellen und insbesondere mitzuteilen,
1. ob vorrangige Hilfen, etwa eine Vorsorgevollmacht, bestehen,
2. ob die Tochter als ehrenamtliche Betreuerin geeignet ist,
3. welche Aufgabenkreise erforderlich erscheinen.

Die Betroffene spricht überwiegend Italienisch. Ihr Sohn, Herr [[P|Franco Caruso]], ist unter [[T|0681 / 947 23 18]] erreichbar und kann bei der Anhörung übersetzen. Von „Nonna [[P|Giusi]]“, wie die Familie sie nennt, ist kein Widerspruch zu erwarten.

Frist: 4 Wochen.

[[P|Dr. Eva Lindner]]
Richterin am Amtsgericht
""")

# ---------------------------------------------------------------- F41-007
doc("outlook", "betreuung", ["HEALTH"], """
Betreff: Betreuungssache [[P|Kirchner]] – AG Bliesgrenz [[AZ|4 XVII 96/24]] – Ihr Schreiben vom 02.05.2025

Sehr geehrte Frau [[P|Hartmann]],

vielen Dank für Ihr Schreiben. In der Betreuungssache [[P|Wolfgang Kirchner]] zeige ich an, dass ich mit Beschluss vom 29.04.2025 zum Berufsbetreuer bestellt wurde (Aufgabenkreise Gesundheitssorge, Vermögenssorge, Wohnungsangelegenheiten). Unser Zeichen: [[AZ|231/24 DI]].

Herr [[P|Kirchner]] befindet sich nach einem erneuten Alkoholentzug seit dem 28.04.2025 in der Fachklinik für Suchterkrankungen und wird voraussichtlich im Juli in eine betreute Wohngemeinschaft wechseln. Die Wohnung [[A|Brunnenstraße 17]] ist zum 31.07.2025 gekündigt; bitte nehmen Sie bis dahin keine Abmeldung von Amts wegen vor. Post für den Betroffenen bitte ausschließlich an meine Kanzlei.

Sollten sich Angehörige bei Ihnen melden, geben Sie bitte keine Daten heraus; der Betroffene hat dies ausdrücklich abgelehnt.

Mit freundlichen Grüßen

[[P|Nikolaos Dimitriou]]
Rechtsanwalt | Fachanwalt für Sozialrecht

[[P|Hoffmann]] & [[P|Dimitriou]] Rechtsanwälte PartG mbB
[[A|Kaiserstraße 40]] · [[A|66111 Saarbrücken]]
Durchwahl [[T|0681 589310-12]] · Zentrale [[N|0681 589310-0]]
[[E|n.dimitriou@hoffmann-dimitriou.de]] · [[N|kanzlei@hoffmann-dimitriou.de]]
""")

# ---------------------------------------------------------------- F41-008
doc("word", "protokoll", [], """
Niederschrift über die 14. öffentliche Sitzung des Ortsrates Grenzweiler
am Dienstag, 13.05.2025, 19:00 Uhr bis 21:05 Uhr, Bürgerhaus Grenzweiler, [[N|Schulstraße 2]]

Anwesend:
Ortsvorsteherin [[P|Monika Bäcker]]
Ortsratsmitglieder [[P|Jürgen Altmeyer]], [[P|Fatma Kılıç]], [[P|Gianluca Morelli]], [[P|Dr. Agnieszka Wiśniewska-Roth]] und drei weitere Mitglieder
Entschuldigt: [[P|Peter Winter]]
Von der Verwaltung: [[P|Dirk Mathis]] (Bauamt), [[P|Lea Schmitt]] (Schriftführerin)
Zuhörer: 9 Einwohnerinnen und Einwohner, 1 Vertreter der Presse

Tagesordnung
1. Eröffnung, Feststellung der ordnungsgemäßen Einladung und der Beschlussfähigkeit
2. Einwohnerfragestunde
3. Bebauungsplan Nr. 41/3 „Am Kalkofen II“ – frühzeitige Beteiligung (Drucksache 2025/118)
4. Sanierung der Friedhofsmauer und des Glockenturms der Kirche St. Quirin (Drucksache 2025/121)
5. Mitteilungen und Verschiedenes

Zu TOP 1
Ortsvorsteherin [[P|Bäcker]] eröffnet die Sitzung und stellt fest, dass form- und fristgerecht eingeladen wurde und 8 von 9 Mitgliedern anwesend sind.

Zu TOP 2
Herr [[P|Mustafa Özdemir]], [[A|Kalkofenweg 12]], beklagt den Durchgangsverkehr von Lkw in der Friedhofstraße seit Beginn der Kanalarbeiten. Die Verwaltung sagt eine Prüfung durch die Straßenverkehrsbehörde zu.
Frau [[P|Ingrid Vogel]] fragt, ob der Bäcker am Dorfplatz nach der Schließung einen Nachfolger bekommt. Die Ortsvorsteherin sagt zu, bei der Wirtschaftsförderung nachzufragen.

Zu TOP 3
Das Bauamt erläutert den Vorentwurf. Die Erschließung soll ausschließlich über die Straße Am Kalkofen erfolgen. Herr [[P|Morelli]] regt an, einen Fußweg zur Grundschule vorzusehen. Frau Dr. [[P|Wiśniewska-Roth]] bittet um ein Lärmgutachten.
Der Geltungsbereich umfasst die Flurstücke 212/4 bis 219 der Flur 3, Gemarkung Grenzweiler, insgesamt rund 2,8 ha. Vorgesehen sind 24 Bauplätze für Einzel- und Doppelhäuser mit maximal zwei Vollgeschossen, eine Grundflächenzahl von 0,4 und eine Regenrückhaltung am tiefsten Punkt des Gebiets. Der Flächennutzungsplan stellt das Gebiet bereits als Wohnbaufläche dar; eine Änderung nach § 8 Abs. 3 BauGB ist daher nicht erforderlich. Die Öffentlichkeit wird nach § 3 Abs. 1 BauGB vom 02.06.2025 bis 04.07.2025 im Rathaus und im Internet beteiligt. Auf Nachfrage erläutert das Bauamt, dass die Anbindung an den Bus (Linie 501) über die Haltestelle „Dorfplatz“ erfolgt und keine neue Haltestelle geplant ist.
Beschluss: Der Ortsrat empfiehlt die frühzeitige Beteiligung. Einstimmig.

Zu TOP 4
Der Winter 2024/25 hat der Friedhofsmauer stark zugesetzt; die Kosten werden auf 48.500 EUR geschätzt. Die katholische Kirchengemeinde beteiligt sich am Glockenturm mit 12.000 EUR. Aus der Mitte des Ortsrates wird darum gebeten, die Arbeiten vor Allerheiligen abzuschließen.
Die Sanierung soll in zwei Bauabschnitten erfolgen: Im ersten Abschnitt (August bis Oktober 2025) wird die Mauer entlang der Friedhofstraße auf rund 60 m neu verfugt und abgedeckt, im zweiten Abschnitt 2026 folgt der Glockenturm. Die Mittel stehen im Haushalt 2025 unter der Haushaltsstelle 5.5300.0120 bereit; ein Zuschuss aus dem Dorferneuerungsprogramm des Landes in Höhe von 40 % ist beantragt (Antrag vom 14.03.2025). Während der Arbeiten bleibt der Friedhof über den Seiteneingang erreichbar.
Beschluss: Zustimmung bei einer Enthaltung.

Zu TOP 5
Frau [[P|Kılıç]] weist auf eine seit Wochen defekte Straßenlaterne vor dem Haus [[A|Rosenstraße 5]] hin. Das Dorffest findet am 28.06.2025 statt.

Ende der Sitzung: 21:05 Uhr

gez. [[P|Monika Bäcker]], Ortsvorsteherin          gez. [[P|Lea Schmitt]], Schriftführerin
""")

# ---------------------------------------------------------------- F41-009
doc("word", "tabelle", [], f"""
Sondernutzungserlaubnisse Außengastronomie 2025 – Stand 30.04.2025
Ordnungsamt, SG 32.3 – nur für den Dienstgebrauch

Nr.\tBetrieb\tInhaber/in\tAnschrift Betrieb\tTelefon\tFläche\tGebühr
1\tEiscafé Dolomiti\t[[P|Salvatore Lo Presti]]\t[[A|Am Marktplatz 3]]\t[[T|06843 80 47 12]]\t24 m²\t576,00 €
2\tTaverna Olympia\t[[P|Georgios Karagiannis]]\t[[A|Saarbrücker Straße 56]]\t[[T|0160 9183 4471]]\t18 m²\t432,00 €
3\tMetzgerei [[P|Koch]] (Imbiss)\t[[P|Hans-Werner Koch]]\t[[A|Hauptstraße 64-66]]\t[[T|06843 1577]]\t6 m²\t144,00 €

Bemerkungen:
Zu 2: Gebühr von Herrn [[P|Karagiannis]] telefonisch per Kreditkarte beglichen (Amex [[CC|{CC_009}]]), Beleg Nr. 2025-0047.
Zu 3: Betriebsübergabe an den Sohn [[P|Tobias Koch]] zum 01.07.2025; neue Erlaubnis erforderlich. Der Koch des Imbisses besitzt eine gültige Belehrung nach § 43 IfSG.
Rechnungen R-2025-0311 bis R-2025-0313 sind versandt.
""")

# ---------------------------------------------------------------- F41-010
doc("outlook", "kita", ["RELIGION"], """
Betreff: repas à la crèche / Essen in der Kita

Bonjour Madame,

nous sommes la famille [[P|Benali]], notre fille [[P|Yasmine]] est dans le groupe des Papillons depuis avril. Excusez-moi, mon allemand n'est pas très bon, deshalb schreibe ich gemischt.

Wir sind muslimisch und [[P|Yasmine]] isst kein Schweinefleisch. Letzte Woche hat sie Wurst bekommen, das hat sie zuhause erzählt. Pouvez-vous vérifier avec la cuisine? Gibt es halal Fleisch oder kann sie vegetarisch essen?

Ma femme [[P|Samira]] vient la chercher demain à 15h, vous pouvez lui parler directement.

Cordialement / Mit freundlichen Grüßen
[[P|Abdelkarim Benali]]
[[A|Saarstraße 33]], [[A|66461 Bliesgrenz]]
[[T|+33 6 12 58 40 73]]
""")

# ---------------------------------------------------------------- F41-011
doc("outlook", "standesamt", ["SEXUAL_ORIENTATION"], f"""
Betreff: Eheurkunden + neue Ausweise

Guten Tag Frau [[P|Kessler]],

mein Mann [[P|Luca]] und ich haben am 12. April bei Ihnen geheiratet (nochmal danke für die schöne Trauung im Schlösschen!). Wir hatten vergessen, die mehrsprachigen Eheurkunden zu bestellen – [[P|Luca]]s Familie lebt in Italien und braucht eine für das Comune. Könnten Sie uns bitte zwei Stück schicken? Die Gebühr zahlen wir gern.

Wir führen jetzt einen gemeinsamen Doppelnamen. Für die neuen Personalausweise hier unsere Daten:
[[P|Stefan Brandt-Moretti]], geb. [[DOB|21.06.1990]], alter Ausweis Nr. [[IDC|{IDC_011A}]]
[[P|Luca Brandt-Moretti]] (vorher [[P|Moretti]]), geb. [[DOB|08.02.1992]], alter Ausweis Nr. [[IDC|{IDC_011B}]]

Adresse unverändert: [[A|Zum Wingertsberg 6]], [[A|66461 Bliesgrenz]]

Liebe Grüße
[[P|Stefan]]
[[T|0171 / 2293 648]]
""")

# ---------------------------------------------------------------- F41-012
doc("word", "vermerk", ["ETHNICITY"], f"""
Vermerk

Ordnungsamt – Obdachlosenangelegenheiten
Az.: [[AZ|32.4-OU 2025/019]]
Datum: 06.02.2025

Vorsprache: Familie [[P|Jovanović]], zuletzt wohnhaft [[A|Bahnhofstraße 31]], [[A|66461 Bliesgrenz]] (Räumung am 05.02.2025 durch die Gerichtsvollzieherin, AG Bliesgrenz [[AZ|3 C 412/24]])

Personen:
1. [[P|Dragan Jovanović]], geb. [[DOB|11.08.1986]], serbischer Staatsangehöriger, Reisepass Nr. [[PASS|{PASS_012}]]
2. [[P|Snežana Jovanović]], geb. [[DOB|23.01.1990]]
3. [[P|Miloš]], geb. [[DOB|02.05.2017]]
4. [[P|Jelena]], geb. [[DOB|14.12.2020]]

Der Vater gibt an, die Familie gehöre der Volksgruppe der Roma an und erhalte deshalb seit Monaten auf alle Wohnungsbewerbungen Absagen. Einkommen: Lohn aus Teilzeitbeschäftigung (ca. 1.400 EUR netto), Kindergeld.

Verfügung: Einweisung in die städtische Notunterkunft [[N|Am Bauhof 4]], Zimmer 2 und 3, befristet bis 31.03.2025 (Einweisungsverfügung Nr. 07/2025). Kontakt über das Handy der Mutter: [[T|0157 8230 1196]]. Die Migrationsberatung der Caritas ist informiert.

[[P|Thomas Ruppert]]
Sachbearbeiter
""")

# ---------------------------------------------------------------- F41-013
doc("outlook", "melde", ["UNION"], f"""
Betreff: Bescheinigung für Luxemburg (CAE) – Wohnsitz seit 2019

Hallo zusammen,

ich arbeite seit 2019 als Grenzgänger in Luxemburg (Logistik in Contern) und brauche für die Zukunftskeess / Kindergeld in Luxemburg eine erweiterte Meldebescheinigung für mich und die Familie, mit Einzugsdatum. Die Beraterin vom OGBL – ich bin dort seit Jahren Mitglied – hat gesagt, dass die Bescheinigung nicht älter als 3 Monate sein darf.

Meine Daten:
[[P|Tiago Martins Rocha]], geb. [[DOB|30.10.1984]]
Steuer-ID (falls Sie das brauchen): [[TID|{TID_013}]]
[[A|Ringstraße 48]], [[A|66461 Bliesgrenz]]
Ehefrau: [[P|Daniela Martins Rocha]] und unsere zwei Kinder

Kann man das per Post schicken oder muss ich ins Bürgerbüro? Ich bin nur samstags zuhause.

Obrigado und schöne Grüße
[[P|Tiago]]
[[T|+352 691 207 554]]
[[E|tiago.rocha84@pt.lu]]
""")

# ---------------------------------------------------------------- F41-014
doc("word", "kita", [], f"""
Stadt Bliesgrenz · Jugend- und Sozialamt · Kita-Verwaltung
[[N|Rathausplatz 1]], [[N|66461 Bliesgrenz]]

Herrn [[P|Vincenzo Esposito]]
Frau [[P|Chiara Esposito]]
[[A|Am Hirschberg 17]]
[[A|66461 Bliesgrenz]]

Kassenzeichen: [[AZ|4.2025.117093]]
Datum: 15.07.2025

Festsetzung des Elternbeitrags – Kindertageseinrichtung „Sonnenblume“
Kind: [[P|Matteo Esposito]], geb. [[DOB|19.05.2022]]

Sehr geehrte Eheleute [[P|Esposito]],

aufgrund der von Ihnen vorgelegten Einkommensnachweise (Jahresbruttoeinkommen 2024: 58.400,00 EUR) wird der monatliche Elternbeitrag ab dem 01.08.2025 auf 148,00 EUR festgesetzt (Beitragsstufe 4 der Elternbeitragssatzung vom 12.12.2023). Das Geschwisterkind [[P|Giulia]] besucht die Grundschule und bleibt daher unberücksichtigt.

Der Beitrag wird gemäß dem vorliegenden SEPA-Lastschriftmandat (Mandatsreferenz [[N|KT-2025-0588]]) monatlich zum 5. von Ihrem Konto IBAN [[IBAN|{IB_DE_014}]] eingezogen.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadt Bliesgrenz, [[N|Rathausplatz 1]], [[N|66461 Bliesgrenz]], erhoben werden.

Im Auftrag
[[P|Helga Fontaine]]
""")

# ---------------------------------------------------------------- F41-015
doc("outlook", "ordnung", [], """
Betreff: WG: Lärm Shisha-Bar Bahnhofstraße – dringend

Hallo [[P|Jens]],

kannst du dir das bitte anschauen? Die Bar hat Sperrzeit ab 1 Uhr, aber Frau [[P|Vogel]] beschwert sich jetzt zum dritten Mal. Vielleicht mal abends mit dem KOD vorbeifahren.

Gruß S.

Von: [[P|Hartmann, Sabine]] <[[E|s.hartmann@bliesgrenz.de]]>
Gesendet: Montag, 19. Mai 2025 08:47
An: [[P|Mathieu, Jens]] <[[E|j.mathieu@bliesgrenz.de]]>
Betreff: WG: Lärm Shisha-Bar Bahnhofstraße – dringend

Von: [[P|Irmgard Vogel]] <[[E|irmgard.vogel@t-online.de]]>
Gesendet: Sonntag, 18. Mai 2025 23:58
An: [[N|ordnungsamt@bliesgrenz.de]]
Betreff: Lärm Shisha-Bar Bahnhofstraße – dringend

Sehr geehrte Damen und Herren,

es ist wieder fast Mitternacht und vor der Shisha-Lounge „Layali“ in der [[A|Bahnhofstraße 29]] stehen zwanzig Leute, Musik, laufende Motoren, Geschrei. Die Autos mit den Kennzeichen [[KFZ|SB-AH 707]] und [[KFZ|HOM KL 1903]] parken jeden Abend auf dem Gehweg. Vom Vogelgezwitscher um fünf Uhr morgens mal abgesehen, komme ich überhaupt nicht mehr zum Schlafen. Der Betreiber, ein Herr [[P|Al-Hassan]], sagt nur, das seien nicht seine Gäste.

Ich wohne direkt gegenüber, [[A|Bahnhofstraße 30]], [[N|2. OG]].

Mit freundlichen Grüßen
[[P|Irmgard Vogel]]
Tel. [[T|06843 / 7 19 04]]
""")

# ---------------------------------------------------------------- F41-016
doc("word", "anwalt", [], f"""
[[P|KESSLER]] · [[P|NGUYEN]]
Rechtsanwälte Partnerschaft mbB
[[A|Großherzog-Friedrich-Straße 11]] · [[A|66111 Saarbrücken]] · Telefon [[N|0681 938 77-0]]

Stadt Bliesgrenz
Gewerbeamt
[[N|Rathausplatz 1]]
[[N|66461 Bliesgrenz]]

Ihr Zeichen: [[AZ|32.20-GU 07/25]]
Unser Zeichen: [[AZ|118/25 NG/sk]]
Saarbrücken, 03.06.2025

Gewerbeuntersagungsverfahren gegen Herrn [[P|Kadir Yıldırım]], Inhaber der Firma „KY Trockenbau“, [[A|Industriestraße 8]], [[A|66461 Bliesgrenz]]

Sehr geehrte Damen und Herren,

wir zeigen an, dass uns Herr [[P|Yıldırım]] mit der Wahrnehmung seiner rechtlichen Interessen beauftragt hat; eine auf uns lautende Vollmacht fügen wir bei.

Zu Ihrer Anhörung vom 20.05.2025 nehmen wir wie folgt Stellung: Die vom Finanzamt Neunkirchen mitgeteilten Steuerrückstände (Steuernummer [[TNR|{TNR_016}]]) in Höhe von 23.418,16 EUR beruhen überwiegend auf Schätzungsbescheiden für 2022 und 2023. Die Steuererklärungen wurden zwischenzeitlich durch den Steuerberater unseres Mandanten, Herrn Dipl.-Kfm. [[P|Andreas Görgen]], eingereicht. Mit dem Finanzamt wurde am 28.05.2025 eine Ratenzahlung von monatlich 1.500,00 EUR vereinbart; die erste Rate ist geleistet. Die Umsatzsteuer-Identifikationsnummer [[VAT|{VAT_016}]] ist weiterhin gültig, der Betrieb beschäftigt vier Arbeitnehmer.

Eine Unzuverlässigkeit im Sinne des § 35 Abs. 1 GewO liegt damit nicht vor. Wir beantragen, das Verfahren einzustellen, und bitten hilfsweise um Akteneinsicht in unserer Kanzlei.

Mit freundlichen Grüßen

[[P|Thi Minh Anh Nguyen]]
Rechtsanwältin
Durchwahl [[T|0681 938 77-24]] · [[E|nguyen@kessler-nguyen.de]]
""")

# ---------------------------------------------------------------- F41-017
doc("outlook", "jugend", [], """
Betreff: Famille [[P|Lambert-Diallo]] – déménagement à Bliesgrenz / Umzug

Bonjour Madame [[P|Klein]],

suite à notre entretien téléphonique de ce matin, je vous transmets les coordonnées de la famille dont nous avons parlé. Ich schreibe auf Französisch und Deutsch, damit es für alle einfacher ist.

Madame [[P|Céline Lambert]] et Monsieur [[P|Mamadou Diallo]] déménagent le 1er juillet de Sarreguemines à Bliesgrenz, nouvelle adresse : [[A|Blumenstraße 12]], [[A|66461 Bliesgrenz]]. Les enfants :
- [[P|Aïssatou Diallo]], née le [[DOB|09/04/2016]] (CM1 – kommt in die 3. Klasse)
- [[P|Noah Lambert-Diallo]], né le [[DOB|27/11/2020]] (sucht einen Kita-Platz ab September)

Le père travaille chez un sous-traitant automobile à Saarbrücken, la mère cherche un emploi. Die Familie braucht Unterstützung bei der Anmeldung und beim Kindergeld. Pourriez-vous les recevoir mardi prochain ?

Téléphone de la mère : [[T|06 58 14 22 07]]

Bien cordialement / Mit freundlichen Grüßen

[[P|Élodie Marchal]]
Assistante sociale
Centre médico-social de Sarreguemines
Ligne directe [[T|03 87 27 44 61]]
[[E|elodie.marchal@moselle.fr]]
""")

# ---------------------------------------------------------------- F41-018
doc("word", "formular", [], f"""
Stadt Bliesgrenz – Steueramt
Anmeldung eines Hundes zur Hundesteuer

1. Hundehalter/in
Name, Vorname: [[P|Kowalczyk, Bartosz]]
Geburtsdatum: [[DOB|05.03.1991]]
Anschrift: [[A|Hinterweg 3]], [[A|66461 Bliesgrenz-Rittersheim]]
Telefon: [[T|0157 3621 8804]]
E-Mail: [[E|bartek.kowalczyk91@wp.pl]]

2. Angaben zum Hund
Rasse: Border-Collie-Mischling          Name: Luna          Geschlecht: w
Wurftag: 14.08.2023          Chip-Nr.: 276098106512334
Gehalten seit: 01.06.2025          Herkunft: Tierheim Bliesgrenz

3. Ermäßigung / Befreiung beantragt: nein

4. SEPA-Lastschriftmandat
Kontoinhaber: [[P|Bartosz Kowalczyk]]
IBAN: [[IBAN|{IB_PL_018}]]
Kreditinstitut: PKO Bank Polski

Bliesgrenz, 03.06.2025          Unterschrift: [[P|B. Kowalczyk]]

Bearbeitungsvermerk Steueramt: Kassenzeichen [[AZ|2.2025.330871]] vergeben, Steuermarke Nr. 417 ausgehändigt.
""")

# ---------------------------------------------------------------- F41-019
doc("outlook", "melde", ["HEALTH"], """
Betreff: ausweis abholen

hi, ich kann am donnerstag nicht kommen wegen meiner knie-op im winterbergklinikum, kann mein mann [[P|erkan]] den perso abholen? vollmacht hat er dabei.
lg [[P|sevda aksoy]]
""")

# ---------------------------------------------------------------- F41-020
doc("word", "vermerk", ["BIOMETRIC", "UNION"], """
Vermerk
Personal- und Organisationsamt – 10.2

Betreff: Biometrische Zeiterfassung im Betriebshof – Widerruf einer Einwilligung

Am 27.05.2025 sprach Herr [[P|Piotr Nowak]] (Betriebshof, Kolonne Grünpflege, Personal-Nr. [[N|40127]]) gemeinsam mit Frau [[P|Ute Backes]] vom Personalrat vor. Herr [[P|Nowak]] ist Mitglied der Gewerkschaft ver.di und dort Vertrauensmann für den Betriebshof; er sprach nach eigenen Worten auch für mehrere Kollegen.

Herr [[P|Nowak]] hat am 12.05.2025 am neuen Terminal seinen Fingerabdruck einlesen lassen; das System hat daraus ein Template erzeugt und gespeichert. Er widerruft seine Einwilligung und verlangt die Löschung nach Art. 17 DSGVO. Er bittet um Zeiterfassung per Transponderkarte wie in der Dienstvereinbarung Nr. 3/2024 vorgesehen.

Verfügung:
1. IT-Abteilung (Herr [[P|Scherer]]): Löschung des Templates, schriftliche Bestätigung an den Beschäftigten.
2. Betriebshof: Ausgabe einer Transponderkarte.
3. Wiedervorlage: 10.06.2025.

[[P|Christine Leidinger]]
Amtsleiterin
""")

# ---------------------------------------------------------------- F41-021
doc("outlook", "jugend", ["GENETIC"], """
Betreff: Beistandschaft [[P|Sofiia]] – Ergebnis Vaterschaftstest / Az. [[AZ|51.3-BS 044/24]]

Добрий день / Guten Tag Frau [[P|Schwarz]],

wie besprochen schicke ich Ihnen das Ergebnis vom Abstammungsgutachten im Anhang. Das DNA-Gutachten von der Rechtsmedizin in Homburg sagt, die Vaterschaft von Herrn [[P|Dmytro Bondarenko]] ist praktisch erwiesen (Wahrscheinlichkeit 99,999 %).

Daten von meiner Tochter: [[P|Sofiia Melnyk]], geboren am [[DOB|16.01.2024]] in Saarbrücken.
Vater: [[P|Dmytro Bondarenko]], geb. [[DOB|02.09.1995]], jetzt wohnhaft [[A|Am Sandberg 14]], [[A|66482 Zweibrücken]]. Er hat gesagt, er zahlt Unterhalt erst wenn das Jugendamt ihm schreibt.

Ich bin jeden Tag bis 13 Uhr im Deutschkurs (Kurs 2025-B1-07), nachmittags erreichbar unter [[T|+49 1523 7754 201]].

Mit freundlichen Grüßen
[[P|Oksana Melnyk]]
""")

# ---------------------------------------------------------------- F41-022
doc("word", "parkausweis", ["HEALTH"], """
Stadt Bliesgrenz · Der Bürgermeister · Straßenverkehrsbehörde
[[N|Bahnhofstraße 14]], [[N|66461 Bliesgrenz]]

Frau
[[P|Eleni Papadopoulou]]
[[A|Rosenweg 2]]
[[A|66461 Bliesgrenz]]

Az.: [[AZ|36.2-PA 2025/0071]]
Datum: 16.04.2025

Ausnahmegenehmigung nach § 46 Abs. 1 Nr. 11 StVO – Parkausweis für Menschen mit Behinderung (EU-Modell)
Inhaberin: [[P|Eleni Papadopoulou]], geboren am [[DOB|29.11.1958]]

Sehr geehrte Frau [[P|Papadopoulou]],

auf Ihren Antrag vom 02.04.2025 erhalten Sie beiliegend den blauen EU-Parkausweis. Grundlage ist Ihr Schwerbehindertenausweis mit einem GdB von 90 und dem Merkzeichen aG. Nach dem Bescheid des Landesamtes für Soziales sind Sie infolge Ihrer Multiplen Sklerose dauerhaft auf einen Rollstuhl angewiesen.

Der Parkausweis ist personengebunden. Für den Behindertenparkplatz vor Ihrem Haus wird zusätzlich das Fahrzeug [[KFZ|HOM-EP 62]] eingetragen, das Ihr Sohn [[P|Konstantinos]] für Sie fährt. Die Genehmigung gilt bis 30.04.2030 und ist gebührenfrei.

Im Auftrag
[[P|Markus Jost]]
""")

# ---------------------------------------------------------------- F41-023
doc("outlook", "buergerhaus", [], f"""
Betreff: Buchung Bürgerhaus 23.08. – Zahlung klappt nicht

Hallo,

wir haben das Bürgerhaus Grenzweiler für die Hochzeit unserer Tochter [[P|Linh]] am 23.08.2025 reserviert (Buchungsnummer BH-2025-0412). Im Online-Portal kommt bei der Kreditkartenzahlung immer „Fehler 402“. Ich habe es mit meiner Visa [[CC|{CC_023A}]] und mit der Mastercard von meiner Frau [[P|Trần Thị Mai]] ([[CC|{CC_023B}]]) versucht, beide gehen nicht.

Können Sie die Kaution von 500 € auch per Überweisung annehmen?

Vielen Dank
[[P|Nguyễn Văn Hùng]]
[[A|Heckenrosenweg 19]]
[[A|66461 Bliesgrenz]]
Mobil [[T|0162 / 478 93 55]]
""")

# ---------------------------------------------------------------- F41-024
doc("word", "tabelle", [], f"""
Stadtkasse Bliesgrenz – Rücklastschriften Juni 2025 (intern)

Kassenzeichen\tName, Vorname\tForderung\tIBAN\tRückgabegrund\tBetrag
[[AZ|2.2025.330517]]\t[[P|Hoxha, Arben]]\tHundesteuer\t[[IBAN|{IB_AT_024}]]\tAC04 Konto erloschen\t54,00 €
[[AZ|4.2025.117211]]\t[[P|van den Berg, Sanne]]\tElternbeitrag Kita\t[[IBAN|{IB_NL_024}]]\tAM04 Deckung unzureichend\t148,00 €
[[AZ|3.2025.004519]]\t[[P|Lefèvre, Jean-Marc]]\tZweitwohnungsteuer\t[[IBAN|{IB_FR_024}]]\tMS02 ohne Angabe\t396,00 €
[[AZ|3.2025.004533]]\t[[P|Peeters, Wim]]\tZweitwohnungsteuer\t[[IBAN|{IB_BE_024}]]\tAC04 Konto erloschen\t264,00 €
[[AZ|1.2025.100988]]\t[[P|Ferreira dos Santos, Maria]]\tGrundsteuer B\t[[IBAN|{IB_DE_024B}]]\tAM04 Deckung unzureichend\t97,15 €

Die Bankgebühr von 3,00 € je Rücklastschrift wird weiterbelastet.

Bearbeitung: [[P|R. Lauer]], Stadtkasse
""")

# ---------------------------------------------------------------- F41-025
doc("outlook", "rente", ["HEALTH"], f"""
Betreff: termin versicherungsamt für meine eltern

Guten tag,

mein vater [[P|Antonio Di Benedetto]] (geb. [[DOB|12.04.1959]]) möchte seinen rentenantrag stellen, er hat 38 jahre bei Villeroy & Boch in Mettlach gearbeitet und vorher 6 jahre in italien. er spricht nicht so gut deutsch, deshalb komme ich mit. Seine Versicherungsnummer ist [[SSN|{SSN_025A}]], krankenkasse AOK, Versichertennummer [[KV|{KV_025}]].

Meine mutter [[P|Carmela Di Benedetto]] kommt auch mit, sie möchte wissen ob ihre kindererziehungszeiten richtig drin sind (Versicherungsnummer [[SSN|{SSN_025B}]]).

Haben Sie einen termin in der woche ab 14. juli? vormittags wäre gut, da hat papà keine dialyse.. sorry, das ist egal, vormittags geht einfach besser.

Adresse: [[A|Glashüttenweg 5]], [[A|66461 Bliesgrenz]]

grazie und viele grüße
[[P|Francesca Di Benedetto]]
[[T|0173 5092 117]]
""")

# ---------------------------------------------------------------- F41-026
doc("word", "steuer", [], f"""
Stadt Bliesgrenz · Der Bürgermeister · Steueramt
[[N|Rathausplatz 1]] · [[N|66461 Bliesgrenz]] · [[N|steueramt@bliesgrenz.de]]

Herrn
[[P|Pol Hoffmann]]
[[A|7 rue de la Moselle]]
[[A|L-6750 Grevenmacher]]
LUXEMBURG

Kassenzeichen: [[AZ|3.2025.004627]]
Datum: 10.02.2025

Bescheid über die Zweitwohnungsteuer für das Kalenderjahr 2025

Sehr geehrter Herr [[P|Hoffmann]],

für Ihre Nebenwohnung [[A|Uferstraße 9]], [[N|Whg. 4]], [[A|66461 Bliesgrenz]], wird die Zweitwohnungsteuer nach § 4 der Zweitwohnungsteuersatzung wie folgt festgesetzt:

Jährliche Nettokaltmiete: 5.280,00 EUR
Steuersatz: 10 %
Steuer 2025: 528,00 EUR, fällig zu je 132,00 EUR am 15.02., 15.05., 15.08. und 15.11.2025

Die Überzahlung aus 2024 in Höhe von 132,00 EUR erstatten wir auf Ihr Konto IBAN [[IBAN|{IB_LU_026}]] (Spuerkeess).

Im Auftrag
[[P|Birgit Schaefer-Lorig]]
Tel. [[T|06843 9120-142]]
""")

# ---------------------------------------------------------------- F41-027
doc("outlook", "sondernutzung", ["POLITICS"], """
Betreff: Anmeldung Infostand Samstag 14.06. Marktplatz

Sehr geehrte Damen und Herren,

hiermit melde ich für den Ortsverband Bliesgrenz von BÜNDNIS 90/DIE GRÜNEN einen Informationsstand an: Samstag, 14.06.2025, 9 bis 13 Uhr, Marktplatz vor der Sparkasse, ca. 3 x 3 m (Pavillon und Tisch). Verantwortlich vor Ort bin ich als Sprecherin des Ortsverbands, zweiter Ansprechpartner ist unser Beisitzer [[P|Yusuf Demirci]] ([[T|0151 2870 3345]]).

Mit freundlichen Grüßen

[[P|Dr. Henrike Albers-Kowalski]]
Sprecherin OV Bliesgrenz
[[A|Mühlenweg 22]] | [[A|66461 Bliesgrenz]]
[[E|henrike.albers@posteo.de]]
""")

# ---------------------------------------------------------------- F41-028
doc("word", "gewerbe", [], f"""
Gesprächsvermerk Gewerbeamt – Antrag auf Erteilung einer Reisegewerbekarte

Antragsteller: [[P|Hüseyin Çelik]], geb. [[DOB|07.07.1968]] in Kayseri
Anschrift: [[A|Im Sonnenfeld 31]], [[A|66461 Bliesgrenz]]
Personalausweis: [[IDC|{IDC_028}]], gültig bis 03/2031
Steuer-ID: [[TID|{TID_028}]]
Zugfahrzeug Verkaufsanhänger: [[KFZ|IGB-HC 318]]

Herr [[P|Çelik]] beabsichtigt, mit einem Verkaufsanhänger auf den Wochenmärkten in Saarbrücken, Homburg und Sarreguemines Obst und Gemüse zu verkaufen. Führungszeugnis (Belegart O) und Auskunft aus dem Gewerbezentralregister wurden beantragt (Gebühr je 13,00 EUR, Quittung Nr. 2025/1184). Ein aktuelles biometrisches Passfoto liegt vor. Sein Sohn [[P|Emre]] soll als Aushilfe mitarbeiten.

Herr [[P|Çelik]] ist unter [[T|0160 / 93 42 118]] erreichbar.

Bearbeitet: [[P|Katrin Weiland]], 10.06.2025
""")

# ---------------------------------------------------------------- F41-029
doc("outlook", "melde", [], f"""
Subject: Anmeldung appointment – moving from Dublin, working in Luxembourg

Dear Sir or Madam,

my partner and I are moving to Bliesgrenz on 1 August (we'll both commute to Luxembourg, I start at a cloud provider in Kirchberg). We've rented a flat at [[A|Zweibrücker Straße 77]] ([[N|1. OG links]]), [[A|66461 Bliesgrenz]].

Could we get an appointment for the Anmeldung in the first week of August? Our details:
- [[P|Siobhán O'Brien]], Irish passport [[PASS|{PASS_029A}]], date of birth [[DOB|22/02/1993]]
- [[P|Kwame Mensah]], Ghanaian passport [[PASS|{PASS_029B}]], born [[DOB|11 Oct 1990]]

Does [[P|Kwame]] need to go to the Ausländerbehörde first, or can we do both on the same day? And is the Wohnungsgeberbestätigung from our landlord, Mr [[P|Reinhard Ecker]], enough?

Many thanks,
[[P|Siobhán]]

--
[[P|Siobhán O'Brien]] | Senior Cloud Engineer
[[T|+353 87 624 1180]] | [[E|siobhan.obrien@protonmail.com]]
""")

# ---------------------------------------------------------------- F41-030
doc("word", "tabelle", [], f"""
Kita Sonnenblume – Gruppe „Bärchen“
Notfallkontakte und Abholberechtigte (Stand 01.06.2025) – nur für den Dienstgebrauch

Kind\tGeb.-Datum\tAbholberechtigt\tTelefon\tKrankenkasse / Vers.-Nr.
[[P|Fernandes da Silva, Lara]]\t[[DOB|02.11.2021]]\t[[P|Ana Paula Fernandes]] (Mutter), [[P|Rui da Silva]] (Vater)\t[[T|0176 4412 8093]]\tAOK Rheinland-Pfalz/Saarland
[[P|Ivanković, Mateo]]\t[[DOB|17.03.2022]]\t[[P|Marija Ivanković]] (Mutter), Großmutter mütterlicherseits\t[[T|0151 6637 2019]]\tIKK Südwest, [[KV|{KV_030A}]]
[[P|Winter, Hannah]]\t[[DOB|30.01.2022]]\t[[P|Katja Winter]], [[P|Uwe Winter]]\t[[T|0170 2218 905]]\tKnappschaft, [[KV|{KV_030B}]]

Hinweis: Abholung durch andere Personen nur mit schriftlicher Vollmacht und Ausweis. Im Winter Wechselkleidung im Fach lassen.
Erstellt: [[P|Sabine Weber]], Kita-Leitung
""")


def check_identifiers(record):
    """Re-check every identifier with a check digit before writing."""
    for e in record["entities"]:
        v = e["text"].replace(" ", "").replace("-", "")
        cat = e["category"]
        if cat == "IBAN":
            digits = "".join(str(int(c, 36)) for c in v[4:] + v[:4])
            assert int(digits) % 97 == 1, v
            if v.startswith("FR"):
                bank, branch, acc, key = v[4:9], v[9:14], v[14:25], v[25:27]
                assert (89 * int(bank) + 15 * int(branch) + 3 * int(acc) + int(key)) % 97 == 0, v
            if v.startswith("NL"):
                assert sum(int(d) * w for d, w in zip(v[8:], range(10, 0, -1))) % 11 == 0, v
            if v.startswith("BE"):
                assert (int(v[4:14]) % 97 or 97) == int(v[14:16]), v
            if v.startswith("PL"):
                assert sum(int(d) * w for d, w in zip(v[4:12], (3, 9, 7, 1, 3, 9, 7, 1))) % 10 == 0, v
            lengths = {"DE": 22, "AT": 20, "NL": 18, "FR": 27, "BE": 16, "PL": 28, "LU": 20}
            assert len(v) == lengths[v[:2]], v
        elif cat == "CREDIT_CARD":
            assert luhn_check(v[:-1]) == int(v[-1]), v
        elif cat == "TAX_ID":
            assert len(v) == 11 and v[0] != "0" and mod11_10_check(v[:10]) == int(v[10]), v
            counts = [v[:10].count(d) for d in "0123456789"]
            assert max(counts) <= 3 and sum(1 for c in counts if c >= 2) == 1, v
        elif cat == "VAT_ID":
            assert v.startswith("DE") and len(v) == 11 and mod11_10_check(v[2:10]) == int(v[10]), v
        elif cat == "ID_CARD" and len(v) == 10:
            assert icao_check(v[:9]) == int(v[9]), v
        elif cat == "HEALTH_INSURANCE":
            code = ord(v[0]) - ord("A") + 1
            vals = [code // 10, code % 10] + [int(c) for c in v[1:9]]
            total = sum((x * (1 if i % 2 == 0 else 2)) // 10 + (x * (1 if i % 2 == 0 else 2)) % 10
                        for i, x in enumerate(vals))
            assert total % 10 == int(v[9]), v
        elif cat == "SOCIAL_SECURITY":
            code = ord(v[8]) - ord("A") + 1
            vals = [int(c) for c in v[:8]] + [code // 10, code % 10] + [int(c) for c in v[9:11]]
            w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
            total = sum((x * y) // 10 + (x * y) % 10 for x, y in zip(vals, w))
            assert total % 10 == int(v[11]), v


def main():
    out = os.path.join(HERE, "fresh41.jsonl")
    records = []
    for i, (channel, template, flags, marked) in enumerate(DOCS, 1):
        record = build(f"F41-{i:03d}", channel, template, marked, flags)
        check_identifiers(record)
        records.append(record)
    with open(out, "w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    n_ent = sum(len(r["entities"]) for r in records)
    print(f"{out}: {len(records)} documents, {n_ent} entities")


if __name__ == "__main__":
    main()
