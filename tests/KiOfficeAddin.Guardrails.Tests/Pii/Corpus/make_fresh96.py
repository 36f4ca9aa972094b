#!/usr/bin/env python3
"""Blind test batch 96: social services of the invented Bavarian town "Große Kreisstadt Vilsmoosen" (84369).

Writes fresh96.jsonl next to this script: 30 documents F96-001 .. F96-030 in the dev.jsonl format.
Texts carry inline marks (marks.py); every identifier with a check digit comes from Identifiers(9696).
Deterministic: one Identifiers instance, consumed in a fixed order; no clock, no hash ordering.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from marks import build  # noqa: E402
from identifiers import Identifiers, mod97_iban, mod11_10_check, luhn_check, icao_check, group  # noqa: E402

ID = Identifiers(9696)
R = ID.rng
DOCS = []


def add(channel, template, flags, marked):
    DOCS.append((channel, template, flags, marked))


# ---------------------------------------------------------------- identifier helpers (all draw from ID / seed 9696)
def sp4(value):
    return group(value, 4)


def tid_sp(t):
    return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"


def rv(birth_ddmmyy, letter, female):
    """Rentenversicherungsnummer whose serial matches the sex (00-49 men, 50-99 women)."""
    while True:
        value = ID.social_security(birth_ddmmyy, letter)
        if (int(value[9:11]) >= 50) == female:
            return value


def rv_sp(s):
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"


def iban_it():
    return mod97_iban("IT", R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + ID.digits(22))


def iban_gr():
    return mod97_iban("GR", "0172" + ID.digits(19))


def iban_pl():
    return mod97_iban("PL", ID.digits(24))


def iban_hr():
    return mod97_iban("HR", "2340009" + ID.digits(10))


def iban_tr():
    return mod97_iban("TR", "00010" + "0" + ID.digits(16))


def iban_ro():
    return mod97_iban("RO", "BTRL" + "RONCRT" + ID.digits(10))


def oib():
    body = ID.digits(10, first_nonzero=True)
    return body + str(mod11_10_check(body))


def cnp(sex_century, yymmdd, county):
    body = f"{sex_century}{yymmdd}{county}{ID.digits(3)}"
    total = sum(int(d) * int(w) for d, w in zip(body, "279146358279"))
    c = total % 11
    return body + str(1 if c == 10 else c)


def afm():
    body = ID.digits(8, first_nonzero=True)
    total = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(body))
    return body + str(total % 11 % 10)


def amka(ddmmyy):
    payload = ddmmyy + ID.digits(4)
    return payload + str(luhn_check(payload))


def dni():
    n = ID.digits(8, first_nonzero=True)
    return n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23]


def mrz_check(s):
    total = 0
    for i, ch in enumerate(s):
        v = 0 if ch == "<" else int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10
        total += v * (7, 3, 1)[i % 3]
    return total % 10


# ================================================================================================ F96-001
iban_new = ID.iban_de()
iban_old_it = iban_it()
add("outlook", "wohngeld", [], f"""Betreff: Wohngeld – neue Bankverbindung + Einkommen meiner Frau

Buongiorno Frau [[P|Wimmer]],

scusi, ich schreibe schnell vom Handy. Wir haben im Februar den Wohngeldantrag abgegeben (Ihr Aktenzeichen ist [[AZ|50.2-WoG 0318/25]] glaube ich). Jetzt haben wir neue Bank, weil die alte Konto in Italien kostet zu viel. Bitte das Wohngeld ab sofort auf dieses Konto:

Kontoinhaber: [[P|Giuseppe Esposito]]
IBAN: [[IBAN|{sp4(iban_new)}]]
(nicht mehr die alte italienische [[IBAN|{iban_old_it}]] !!)

Meine Frau [[P|Maria Grazia De Luca]] arbeitet seit April nur noch 20 Stunden in der Bäckerei am Stadtplatz, deswegen weniger Einkommen. Die neue Lohnabrechnung schicke ich als Foto (Lohnabrechnung_[[P|DeLuca]]_04-2025.jpg), das Original kommt mit der Post.

Adresse ist gleich: [[A|Am Mühlbach 7a]], [[A|84369 Vilsmoosen]]. Mein Geburtsdatum falls Sie brauchen: [[DOB|17/09/1971]].
Wenn Fragen bitte anrufen [[T|+39 347 218 5590]] (italienische Nummer, geht auch hier) oder unsere Tochter [[P|Chiara]], sie spricht besser Deutsch: [[T|0157 3461 2208]].

Grazie mille e saluti
[[P|Peppe Esposito]]

Von meinem iPhone gesendet""")

# ================================================================================================ F96-002
iban_kov = ID.iban_de()
add("word", "wohngeld", [], f"""Große Kreisstadt Vilsmoosen · Amt für Soziales, Jugend und Familie · [[N|Stadtplatz 1]] · [[N|84369 Vilsmoosen]]

Herrn und Frau
[[P|Tomislav]] und [[P|Ivana Kovačević]]
[[A|Dr.-Gröber-Straße 14]]
[[A|84369 Vilsmoosen]]

Ihr Zeichen: Antrag vom 03.02.2025
Unser Zeichen: 50.2-WoG
Aktenzeichen: [[AZ|WG-2025-000417]]
Sachbearbeitung: [[P|Korbinian Aigner]], Zimmer 0.14
Telefon: [[N|08723 9120-214]]
E-Mail: [[E|korbinian.aigner@vilsmoosen.de]]
Datum: 28.03.2025

Bescheid über Wohngeld (Mietzuschuss) nach dem Wohngeldgesetz (WoGG)

Sehr geehrter Herr [[P|Kovačević]], sehr geehrte Frau [[P|Kovačević]],

auf Ihren Antrag vom 03.02.2025 bewillige ich Ihnen für die Zeit vom 01.02.2025 bis 31.01.2026 einen Mietzuschuss von monatlich 312,00 Euro.

Berücksichtigte Haushaltsmitglieder (§ 5 WoGG):
1. [[P|Tomislav Kovačević]], geb. [[DOB|11.05.1984]]
2. [[P|Ivana Kovačević]] geb. [[P|Marić]], geb. [[DOB|23.10.1987]]
3. [[P|Luka]], geb. [[DOB|02.06.2013]]
4. [[P|Mia]], geb. [[DOB|19.12.2018]]

Berechnungsgrundlagen: zu berücksichtigende Miete 890,00 Euro, Mietenstufe III, Höchstbetrag nach § 12 Abs. 1 WoGG 841,00 Euro; monatliches Gesamteinkommen nach § 13 WoGG 2.104,17 Euro. Die Berechnung im Einzelnen entnehmen Sie bitte der Anlage 1.

Das Wohngeld wird monatlich im Voraus auf das Konto [[IBAN|{sp4(iban_kov)}]] überwiesen.

Bitte teilen Sie mir unverzüglich mit, wenn sich die Zahl der Haushaltsmitglieder ändert, die Miete um mehr als 15 Prozent sinkt oder das Einkommen um mehr als 15 Prozent steigt (§ 27 WoGG).

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach seiner Bekanntgabe Klage beim Bayerischen Verwaltungsgericht Regensburg, [[N|Haidplatz 1]], [[N|93047 Regensburg]], erhoben werden.

Mit freundlichen Grüßen
Im Auftrag

[[P|Korbinian Aigner]]
Verwaltungsfachwirt""")

# ================================================================================================ F96-003
kv_mihaela = ID.health_insurance()
kv_florin = ID.health_insurance()
tid_mihaela = ID.tax_id()
tid_florin = ID.tax_id()
add("outlook", "elterngeld", ["HEALTH"], f"""Betreff: WG: Elterngeld – Unterlagen Frau [[P|Dumitrescu]]
Von: [[P|Brunnhuber, Xaver]] <[[E|x.brunnhuber@vilsmoosen.de]]>
An: Familienstützpunkt <[[N|familie@vilsmoosen.de]]>
Gesendet: Dienstag, 8. April 2025 10:42

Hallo zusammen,

zur Info und mit der Bitte um Unterstützung beim Antrag fürs ZBFS – Frau [[P|Dumitrescu]] kommt am Donnerstag um 9 Uhr in Raum 2.07.

Gruß
[[P|Xaver]]

-----Ursprüngliche Nachricht-----
Von: [[P|Mihaela Dumitrescu]] <[[E|mihaela.dumitrescu88@yahoo.ro]]>
Gesendet: Montag, 7. April 2025 21:13
An: [[E|x.brunnhuber@vilsmoosen.de]]
Betreff: Elterngeld

Sehr geehrter Herr [[P|Brunnhuber]],

mein Sohn [[P|Andrei Matei Dumitrescu]] ist am [[DOB|14. März 2025]] im Klinikum Landshut geboren, leider mit Notkaiserschnitt in der 34. Schwangerschaftswoche, er war drei Wochen auf der Frühchenstation. Jetzt sind wir endlich zu Hause. Ich möchte Elterngeld beantragen und mein Mann [[P|Florin Dumitrescu]] will zwei Partnermonate nehmen.

Ich arbeite seit 2019 bei der Vilstaler Kunststofftechnik GmbH in der Produktion. Mutterschaftsgeld bekomme ich von der AOK Bayern, meine Versichertennummer ist [[KV|{kv_mihaela}]]. Mein Mann ist bei der Techniker Krankenkasse, [[KV|{kv_florin}]].

Unsere Steuer-IDs: ich [[TID|{tid_mihaela}]], [[P|Florin]] [[TID|{tid_sp(tid_florin)}]].
Adresse: [[A|Landshuter Straße 88]], 2. Stock, [[A|84369 Vilsmoosen]]
Handy: [[T|0176 48 21 93 07]]

Ich habe noch Fragen: zählt mein Minijob im Imbiss auch? Und stimmt es, dass man bei einem Frühchen mehr Monate bekommt?

Mulțumesc,
[[P|Mihaela Dumitrescu]]""")

# ================================================================================================ F96-004
add("outlook", "but", ["RELIGION"], """Betreff: AW: but antrag klassenfahrt + mittagessen

Sehr geehrter Herr [[P|Krasniqi]],

vielen Dank für Ihre Nachricht. Für die Klassenfahrt brauche ich noch die Bestätigung der Schule mit dem genauen Betrag; das Formular „Anlage Schulausflüge/Klassenfahrten" hänge ich an. Zum Mittagessen: Die Mensa bietet jeden Tag ein Gericht ohne Schweinefleisch an, Einzelheiten klären Sie bitte direkt mit der Schule.

Mit freundlichen Grüßen
[[P|Katharina Sommer]]
Bildung und Teilhabe · Amt für Soziales, Jugend und Familie
Telefon [[N|08723 9120-231]]

Am 14.04.2025 um 18:52 schrieb [[P|arbër krasniqi]] <[[E|arber.krasniqi@gmail.com]]>:
> hallo frau [[P|sommer]],
>
> ich bin der vater von [[P|blerim]] und [[P|elira krasniqi]], die gehn in die grundschule am vilsufer. die lehrerin frau [[P|oberhofer]] sagt wir sollen bei ihnen bildung und teilhabe beantragen für die klassenfahrt nach regensburg (3 tage, 145 euro) und mitagessen in der mensa.
>
> wir bekommen bürgergeld vom jobcenter, unsere bg nummer ist [[AZ|84369BG0041736]], bescheid hab ich als pdf angehängt.
>
> mein sohn darf kein schweinefleisch essen weil wir sind muslime, bitte klären ob es halal essen gibt in der mensa.
>
> [[P|blerim]] ist geb. [[DOB|03.09.2014]] und [[P|elira]] [[DOB|27.1.2017]]
>
> wir wohnen [[A|haselweg 3]] in [[A|84369 vilsmoosen]], tel [[T|0152 0347 8815]]
>
> danke
> [[P|arbër krasniqi]]
> [[E|arber.krasniqi@gmail.com]]""")

# ================================================================================================ F96-005
pass_emina = ID.passport()
rv_adnan = rv("300185", "B", False)
add("word", "uvg", [], f"""Jugendamt Vilsmoosen – Unterhaltsvorschussstelle
Aktenvermerk

Az.: [[AZ|UV 51.3-0471/2025]]
Betreff: Unterhaltsvorschuss für [[P|Lejla Hadžić]], geb. [[DOB|08.08.2019]]

Antragstellerin: [[P|Emina Hadžić]], [[A|Bahnhofstraße 21]], [[A|84369 Vilsmoosen]], Tel. [[T|0171 9920 4163]]
Kindsvater: [[P|Adnan Begović]], geb. [[DOB|30.1.1985]], letzte bekannte Anschrift: [[A|Ulica Ferhadija 12]], [[A|71000 Sarajevo]], Bosnien und Herzegowina; Mobil laut Mutter [[T|+387 61 448 297]]

1. Frau [[P|Hadžić]] sprach am 22.04.2025 vor. Sie lebt seit 2021 vom Kindsvater getrennt; die Vaterschaft ist anerkannt, der Unterhalt wurde vom Amtsgericht Landshut – Familiengericht – festgesetzt (Az. [[AZ|2 F 318/24]]). Herr [[P|Begović]] zahlt nach ihren Angaben seit Oktober 2024 nichts mehr und arbeitet inzwischen in Sarajevo. Zuletzt war er im April mit einem Pkw mit bosnischem Kennzeichen ([[KFZ|E45-K-712]]) in Vilsmoosen.
2. Frau [[P|Hadžić]] legte ihren deutschen Reisepass (Nr. [[PASS|{pass_emina}]]) und die Geburtsurkunde des Kindes vor. Kopien zur Akte.
3. Kindergeld zahlt die Familienkasse Bayern Süd, Kindergeldnummer [[AZ|245FK318072]].
4. Rückgriff nach § 7 UVG: Anfrage an die Deutsche Rentenversicherung wegen Beschäftigungszeiten des Kindsvaters in Deutschland (bis 2023 bei einer Baufirma in München). Seine Versicherungsnummer ist der Mutter bekannt: [[SSN|{rv_adnan}]] (Geburtsdatum in der Nummer stimmt mit den Angaben überein).
5. Wiedervorlage 20.05.2025.

Vilsmoosen, 22.04.2025
gez. [[P|Snježana Mlinarić]]""")

# ================================================================================================ F96-006
rv_georgios = rv("020746", "P", False)
kv_georgios = ID.health_insurance()
amka_georgios = amka("020746")
iban_georgios = iban_gr()
add("outlook", "grundsicherung", ["HEALTH"], f"""Betreff: Grundsicherung für meinen Vater [[P|Georgios Papadopoulos]] – fehlende Unterlagen

Sehr geehrte Frau Dr. [[P|von Leoprechting]],

ich schreibe für meinen Vater [[P|Georgios Papadopoulos]] (geb. [[DOB|2. Juli 1946]]), für den ich eine Vorsorgevollmacht habe. Er lebt seit 1968 in Deutschland und hat 31 Jahre in einer Ziegelei in Vilsbiburg gearbeitet. Seit dem Schlaganfall im Januar hat er Pflegegrad 3 und ist auf den Rollator angewiesen; die Pflegekasse zahlt Pflegegeld, die Caritas-Sozialstation kommt zweimal täglich.

Sie hatten noch folgende Nachweise angefordert:
- Rentenversicherungsnummer: [[SSN|{rv_sp(rv_georgios)}]]
- Krankenversichertennummer (AOK): [[KV|{kv_georgios}]]
- griechische Rente (e-EFKA): Bescheid anbei, AMKA [[SSN|{amka_georgios}]], monatlich 212,40 Euro auf sein Konto bei der Piraeus Bank, IBAN [[IBAN|{sp4(iban_georgios)}]]
- Kontoauszüge der letzten drei Monate (Sparkasse): kommen per Post

Das Auto meines Vaters (griechisches Kennzeichen [[KFZ|NIK-4821]], Baujahr 2004) wurde im Februar für 900 € verkauft, der Kaufvertrag liegt bei.

Im griechischen Rentenbescheid steht sein Name in griechischer Schrift: [[P|Γεώργιος Παπαδόπουλος]], frühere Anschrift [[A|Εγνατίας 102]], [[A|546 30 Θεσσαλονίκη]]. Ich hoffe, das ist kein Problem.

Die Anschrift meines Vaters: [[A|Frauenhofer Weg 9]], [[A|84369 Vilsmoosen]] (Erdgeschoss, barrierefrei).

Mit freundlichen Grüßen
[[P|Eleni Papadopoulou-Brandstetter]]
[[A|Bgm.-Schlögl-Straße 4]]
[[A|84028 Landshut]]
[[T|0871 430 2277]] / [[E|eleni.pb@t-online.de]]""")

# ================================================================================================ F96-007
tid_zsofia = ID.tax_id()
rv_zsofia = rv("041193", "N", True)
add("outlook", "wohngeld", [], f"""From: [[P|Zsófia Nagy]] <[[E|nagy.zsofia@freemail.hu]]>
Sent: Thursday, May 8, 2025 7:05 AM
To: Wohngeldstelle <[[N|wohngeld@vilsmoosen.de]]>
Cc: [[P|Kovács Bence]] <[[E|bence.kovacs@citromail.hu]]>
Subject: FW: Verdienstbescheinigung / income certificate

Guten Morgen,

anbei die Angaben von meinem Arbeitgeber für den Wohngeldantrag (unten weitergeleitet). Mein Lebensgefährte [[P|Kovács Bence]] (in Ungarn steht der Familienname vorne) wohnt mit mir zusammen, seine Bescheinigung kommt nächste Woche.

[[P|Nagy Zsófia]]
[[A|Ahornstraße 16]], [[A|84369 Vilsmoosen]]
[[T|+36 30 512 7784]] / [[T|0160 91 55 320]]

________________________________
From: [[P|Weigl, Andrea]] <[[E|a.weigl@vilstaler-kunststoff.de]]>
Sent: Wednesday, May 7, 2025 4:51 PM
To: [[P|Zsófia Nagy]] <[[E|nagy.zsofia@freemail.hu]]>
Subject: Verdienstbescheinigung

Hallo Frau [[P|Nagy]],

wie besprochen die Angaben für die Wohngeldstelle:

Arbeitnehmerin: [[P|Nagy, Zsófia]]
Geburtsdatum: [[DOB|1993-11-04]]
Steuer-ID: [[TID|{tid_zsofia}]]
Sozialversicherungsnummer: [[SSN|{rv_zsofia}]]
Beschäftigt seit: 01.03.2022, unbefristet, Vollzeit (38,5 Std./Woche)
Brutto Jan.–Apr. 2025: 2.780,00 € / 2.780,00 € / 2.915,40 € / 2.780,00 €
Einmalzahlungen: Urlaubsgeld 06/2025 voraussichtlich 650,00 €
Steuerklasse I, 0,0 Kinderfreibeträge

Die unterschriebene Bescheinigung mit Firmenstempel geht heute per Post an Ihre Adresse. Ihre ungarische Anschrift haben wir noch im System ([[A|9400 Sopron]], [[A|Kossuth Lajos utca 23]].) – sollen wir die löschen?

Viele Grüße
[[P|Andrea Weigl]]
Personalabteilung
Vilstaler Kunststofftechnik GmbH
Tel. [[N|+49 8723 9877-140]]""")

# ================================================================================================ F96-008
idc_costel = "XH" + ID.digits(6)
cnp_costel = cnp("1", "791212", "05")
add("word", "aktenvermerk", ["ETHNICITY"], f"""Aktennotiz Hausbesuch

Vorgang: Hilfe zum Lebensunterhalt / Wohnungssicherung
Geschäftszeichen: [[AZ|S-50.1/HLU/2025/0089]]
Hausbesuch am 15.05.2025, 10:30–11:15 Uhr
Teilnehmende: [[P|Anton Feichtmeier]] (Sozialamt), [[P|Marlene Gschwendtner]] (Fachstelle Wohnungsnotfälle), Dolmetscher [[P|Ionel Stoica]]

Angetroffen in der städtischen Notunterkunft [[A|Gewerbering 40]], Zimmer 6:
- [[P|Costel Rădulescu]], geb. [[DOB|12.12.1979]], rumänischer Staatsangehöriger
- [[P|Florica Rădulescu]], geb. [[DOB|03.03.1982]]
- drei Kinder ([[P|Denisa]], 14 Jahre; [[P|Marian]], 11; [[P|Ana-Maria]], 6)

Die Familie gibt an, der Volksgruppe der Roma anzugehören und nach Anfeindungen in ihrem Heimatort ([[A|Strada Morii 17]], [[A|417180 Tinca]], Kreis Bihor) im Februar nach Deutschland gekommen zu sein. Herr [[P|Rădulescu]] arbeitet seit März als Erntehelfer in einem Gemüsebaubetrieb in Eichendorf (Minijob, 538 € monatlich).

Vor dem Haus stand der Pkw der Familie, ein Dacia Logan mit rumänischem Kennzeichen [[KFZ|BH 07 RDC]]; laut Herrn [[P|Rădulescu]] soll er verkauft werden.

Vorgelegt wurde der rumänische Personalausweis (Carte de identitate) von Herrn [[P|Rădulescu]], Serie/Nr. [[IDC|{idc_costel}]], CNP [[TID|{cnp_costel}]]; der Ausweis von Frau [[P|Rădulescu]] ist abgelaufen und wird beim Konsulat in München erneuert.

Vereinbart: Der HLU-Antrag wird bis 23.05.2025 vollständig eingereicht; Frau [[P|Gschwendtner]] begleitet die Familie zur Schulanmeldung. Kontakt über das Handy von Herrn [[P|Rădulescu]]: [[T|+40 745 318 204]]; die Tochter [[P|Denisa]] übersetzt.

[[P|A. Feichtmeier]]""")

# ================================================================================================ F96-009
iban_zajac = ID.iban_de()
iban_mama = iban_pl()
add("outlook", "kontoauszug", ["UNION"], f"""Betreff: Re: Anforderung Kontoauszüge – Az. [[AZ|WG-2025-000533]]

Dzień dobry Herr [[P|Aigner]],

Sie wollten Kontoauszüge von Februar bis April. Ich habe keinen Drucker, deshalb kopiere ich aus dem Online-Banking, Februar und März schicke ich per Post.

Kontoinhaber: [[P|Zając, Krzysztof]]   IBAN: [[IBAN|{iban_zajac}]]   BIC: GENODEF1DGF
Buchung;Valuta;Auftraggeber/Empfänger;Verwendungszweck;Betrag EUR
30.04.2025;30.04.2025;Stadtwerke Vilsmoosen;Abschlag Strom/Gas Kd-Nr. [[AZ|300 471 1522]];-118,00
28.04.2025;28.04.2025;Mühlbauer Metallbau GmbH;LOHN/GEHALT 04/2025;2.146,33
22.04.2025;22.04.2025;EDEKA Stadtplatz;girocard 21.04. 18:42;-46,17
15.04.2025;15.04.2025;IG Metall Vorstand;Mitgliedsbeitrag 04/2025;-21,46
10.04.2025;10.04.2025;Familienkasse Bayern Süd;KG [[AZ|245FK552018]] Kindergeld 04/25;255,00
03.04.2025;03.04.2025;[[P|Hubert Lindner]];Miete 04/2025 [[P|Zając]] Whg. 3. OG;-720,00
02.04.2025;02.04.2025;[[P|Zając, Agnieszka]];przelew dla mamy [[IBAN|{sp4(iban_mama)}]];-150,00
01.04.2025;01.04.2025;Stadt Vilsmoosen Wohngeld;[[AZ|WG-2025-000533]] Wohngeld 04/25;184,00

Die 150 Euro gehen jeden Monat zu meiner Mutter nach Polen, sie hat nur 1.300 Złoty Rente. Den Beitrag an die IG Metall zahle ich, weil ich Mitglied in der Gewerkschaft bin, das möchte ich nicht kündigen.

Pozdrawiam
[[P|Krzysztof Zając]]
Tel. [[T|0157 8812 0349]]

Am 05.05.2025 um 11:20 schrieb [[P|Aigner, Korbinian]] <[[E|korbinian.aigner@vilsmoosen.de]]>:
> Sehr geehrter Herr [[P|Zając]],
> für die Plausibilitätsprüfung Ihres Wohngeldantrags benötige ich Ihre Kontoauszüge der Monate Februar bis April 2025 (Girokonto, vollständig, Schwärzungen bei Ausgaben sind zulässig).
> Mit freundlichen Grüßen
> [[P|Korbinian Aigner]]
> Wohngeldstelle, Tel. [[N|08723 9120-214]]""")

# ================================================================================================ F96-010
add("word", "protokoll", ["HEALTH", "GENETIC"], """Niederschrift Fallkonferenz „Frühe Hilfen / Eingliederungshilfe"

Datum: 20.05.2025, 14:00–15:30 Uhr, Sitzungssaal 1.03, Rathaus Vilsmoosen
Anwesend:
- Frau [[P|Veronika Stadler-Hopf]], Jugendamt (Vorsitz)
- Herr [[P|Korbinian Aigner]], Sozialamt
- Frau Dr. med. [[P|Ingrid Lechner]], Gesundheitsamt Landkreis Dingolfing-Landau
- Frau [[P|Olena Savchuk]], Migrationsberatung der Diakonie
- Herr [[P|Jonas Wüst]], Schulsozialarbeit Mittelschule
Entschuldigt: Herr [[P|Sepp Hintermaier]] (Jobcenter)
Protokoll: [[P|Lukas Eibl]]

TOP 1 – Familie [[P|Melnyk]] ([[A|Kastanienallee 5]], seit 06/2022 in Vilsmoosen)
Mutter [[P|Iryna Melnyk]] (geb. [[DOB|17.04.1988]]), Sohn [[P|Maksym]] (geb. [[DOB|09.10.2019]]). Bei [[P|Maksym]] wurde im März nach einer humangenetischen Untersuchung am Universitätsklinikum Regensburg ein Fragiles-X-Syndrom festgestellt; die Sprachentwicklung ist deutlich verzögert. Frau Dr. [[P|Lechner]] empfiehlt heilpädagogische Frühförderung und einen Integrationsplatz in der Kita. Frau [[P|Savchuk]] unterstützt beim Antrag auf Eingliederungshilfe beim Bezirk Niederbayern.
Vereinbarung: Antrag bis 15.06.; Herr [[P|Aigner]] prüft einen Mehrbedarf nach § 30 SGB XII. Kontakt zur Mutter über [[T|+380 67 214 33 91]] (WhatsApp) oder [[E|iryna.melnyk.ua@gmail.com]].

TOP 2 – Familie [[P|Traoré]]
[[P|Fatoumata Traoré]] (geb. [[DOB|1.1.1996]] laut Aufenthaltspapier) mit den Zwillingen [[P|Awa]] und [[P|Oumar]] (geb. [[DOB|22.11.2023]]), Unterkunft [[A|Gewerbering 40]]. Frau [[P|Traoré]] ist erneut schwanger (errechneter Termin 30.09.2025). Herr [[P|Hintermaier]] hat schriftlich mitgeteilt, dass der Bürgergeldantrag bewilligt ist (BG-Nr. [[AZ|84369BG0052981]]).
Vereinbarung: Eine Familienhebamme wird angefragt; Frau [[P|Stadler-Hopf]] klärt einen Krippenplatz ab Herbst.

TOP 3 – Verschiedenes
Nächste Fallkonferenz am 24.06.2025, gleicher Raum. Der „Leitfaden Datenschutz in Fallkonferenzen" (Version 2.1) wird per Outlook verteilt.

Vilsmoosen, 21.05.2025
[[P|Lukas Eibl]]""")

# ================================================================================================ F96-011
pass_emeka = "A" + ID.digits(8)
eat_emeka = ID.id_card()
pass_ngozi = "A" + ID.digits(8)
tid_emeka = ID.tax_id()
add("outlook", "elterngeld", [], f"""Subject: Parental allowance (Elterngeld) – documents and help with the forms
From: [[P|Chukwuemeka Okafor]] <[[E|emeka.okafor89@outlook.com]]>
To: [[N|familie@vilsmoosen.de]]

Dear Sir or Madam,

my name is [[P|Chukwuemeka Okafor]], I work as a nurse in Dingolfing since 2022. My wife [[P|Ngozi Okafor-Eze]] gave birth to our daughter [[P|Chidinma]] on [[DOB|3rd February 2025]] at our flat ([[A|Lerchenfeldstraße 19]], Vilsmoosen). We want to apply for Elterngeld and the ZBFS office in Landshut told us that the Familienstützpunkt can help with the German forms.

They asked for copies of our documents, here are the numbers:
- my passport (Nigeria): [[PASS|{pass_emeka}]], valid until 11/2029
- my residence permit (eAT), card no. [[IDC|{eat_emeka}]]
- [[P|Ngozi]]'s passport: [[PASS|{pass_ngozi}]]
- my tax ID (Steuer-ID): [[TID|{tid_emeka}]]

My date of birth is [[DOB|14/08/1989]], [[P|Ngozi]]'s is [[DOB|21/05/1992]].

Can we come on Friday morning? I work night shifts, please call me after 2 pm on [[T|+49 1512 2736448]] or on WhatsApp [[T|+234 803 447 1962]].

Kind regards,
[[P|Emeka]]
([[P|Chukwuemeka Okafor]])""")

# ================================================================================================ F96-012
iban_rott = ID.iban_de()
add("word", "but", ["HEALTH"], f"""Große Kreisstadt Vilsmoosen
Amt für Soziales, Jugend und Familie – Bildung und Teilhabe
[[N|Stadtplatz 1]], [[N|84369 Vilsmoosen]]

Frau
[[P|Rania Al-Hassan]]
c/o [[P|Abdulrahman Al-Hassan]]
[[A|Innere Passauer Straße 31 1/2]]
[[A|84369 Vilsmoosen]]

Ihre Nachricht vom: 02.05.2025
Unser Zeichen: BuT-LF
Kassenzeichen: [[AZ|5.4700.218833.7]]
Bearbeiterin: [[P|Katharina Sommer]]
Durchwahl: [[N|08723 9120-231]]
Vilsmoosen, 16.05.2025

Leistungen für Bildung und Teilhabe – Lernförderung (§ 34 Abs. 5 SGB XII, § 6b BKGG)
Schüler: [[P|Yousef Al-Hassan]], geb. [[DOB|04.02.2013]], Klasse 6b, Mittelschule Vilsmoosen

Sehr geehrte Frau [[P|Al-Hassan]],

für Ihren Sohn [[P|Yousef]] übernehme ich vom 19.05.2025 bis zum Ende des Schuljahres 2024/25 die Kosten für Lernförderung im Fach Deutsch: zwei Einheiten zu 45 Minuten pro Woche, höchstens 28,00 Euro je Einheit. Die Klassenleiterin, Frau [[P|Hanna Ertl]], hat bestätigt, dass das Lernziel (Versetzung in die Jahrgangsstufe 7) ohne Förderung gefährdet ist. Bei [[P|Yousef]] liegt außerdem eine fachärztlich festgestellte Lese-Rechtschreib-Störung vor (Attest von Dr. [[P|Reinhold Paulus]], Kinder- und Jugendpsychiatrie Landshut).

Die Kosten zahle ich direkt an den Anbieter „Nachhilfe Vilstal", Inhaberin [[P|Sabine Rott]], auf das Konto [[IBAN|{sp4(iban_rott)}]]. Rechnungen legt der Anbieter monatlich mit der Anwesenheitsliste vor.

Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Großen Kreisstadt Vilsmoosen erhoben werden.

Mit freundlichen Grüßen
[[P|Katharina Sommer]]""")

# ================================================================================================ F96-013
pass_tetiana = "FT" + ID.digits(6)
idc_tetiana = ID.digits(9)
add("outlook", "uvg", ["BIOMETRIC"], f"""Von: [[P|Pöschl, Martina]] (LRA DGF – Ausländerbehörde) <[[E|martina.poeschl@landkreis-dgf.de]]>
Gesendet: Mittwoch, 21. Mai 2025 08:12
An: Unterhaltsvorschuss <[[N|uvg@vilsmoosen.de]]>
Betreff: WG: Frau [[P|Bondarenko]] – Unterlagen für UVG

Sehr geehrte Kolleginnen und Kollegen,

Frau [[P|Tetiana Bondarenko]] (geb. [[DOB|06.06.1991]]) war gestern bei uns, die Aufenthaltserlaubnis nach § 24 AufenthG ist verlängert. Die Fingerabdrücke für den elektronischen Aufenthaltstitel wurden am 19.05.2025 erfasst, die Karte kommt in etwa vier Wochen; bis dahin gilt die Fiktionsbescheinigung.

Zur Identität: ukrainischer Reisepass Nr. [[PASS|{pass_tetiana}]], ukrainische ID-Karte Nr. [[IDC|{idc_tetiana}]]. Kopien gehen Ihnen per Post zu. Ihre Anfrage zum Kind leite ich unten weiter.

Mit freundlichen Grüßen
Im Auftrag
[[P|Martina Pöschl]]
Landratsamt Dingolfing-Landau – Ausländerbehörde
Tel. [[N|08731 87-0]]

Am 20.05.2025 um 17:40 schrieb [[P|Тетяна Бондаренко]] <[[E|tetiana.bondarenko91@ukr.net]]>:
> Добрий день / Guten Tag,
> ich bitte um Unterhaltsvorschuss für meine Tochter [[P|Sofiia Bondarenko]], geb. [[DOB|12.07.2016]] in Charkiw. Der Vater ist [[P|Serhii Kravets]], geb. [[DOB|1988-03-29]], er ist Soldat, kein Kontakt seit 2023, er zahlt nichts. Seine letzte Adresse: [[A|vul. Sumska 48/17]], [[A|61000 Kharkiv]].
> Meine Adresse hier: [[A|Pfarrer-Kneipp-Straße 2]], [[A|84369 Vilsmoosen]], bei Familie [[P|Haselbeck]].
> Telefon [[T|+49 1578 2290 614]]
> Дякую, [[P|Tetiana Bondarenko]]""")

# ================================================================================================ F96-014
rv_mehmet = rv("150352", "O", False)
iban_oeztuerk = ID.iban_de()
iban_ziraat = iban_tr()
add("word", "grundsicherung", ["HEALTH"], f"""Große Kreisstadt Vilsmoosen · Amt für Soziales · [[N|Stadtplatz 1]] · [[N|84369 Vilsmoosen]]

Eheleute
[[P|Mehmet Ali Öztürk]] und [[P|Hatice Öztürk]]
[[A|Ludwig-Thoma-Straße 27]]
[[A|84369 Vilsmoosen]]

Aktenzeichen: [[AZ|SH 50.1 – 2231/19]]
Bearbeiter: [[P|Anton Feichtmeier]], Zi. 0.09, Tel. [[N|08723 9120-219]]
Datum: 02.06.2025

Änderungsbescheid – Grundsicherung im Alter und bei Erwerbsminderung (Viertes Kapitel SGB XII)

Sehr geehrter Herr [[P|Öztürk]], sehr geehrte Frau [[P|Öztürk]],

der Bescheid vom 12.12.2024 wird mit Wirkung vom 01.06.2025 geändert. Herr [[P|Öztürk]] (geb. [[DOB|15.03.1952]]) hat den Schwerbehindertenausweis mit einem GdB von 70 und dem Merkzeichen G vorgelegt. Ab Juni wird deshalb ein Mehrbedarf nach § 30 Abs. 1 Nr. 2 SGB XII von 17 Prozent der Regelbedarfsstufe 2 anerkannt.

Berechnung ab 01.06.2025:
Regelbedarf Stufe 2 (2 × 506,00 €)                 1.012,00 €
Mehrbedarf § 30 Abs. 1 SGB XII                          86,02 €
Kosten der Unterkunft und Heizung                     648,00 €
abzüglich Altersrente DRV ([[SSN|{rv_sp(rv_mehmet)}]])   – 712,44 €
abzüglich Rente SGK Türkei (Frau [[P|Öztürk]], geb. [[DOB|1.7.1955]])   – 188,90 €
monatlicher Anspruch                                   844,68 €

Der Pkw ([[KFZ|DGF-MO 152]], Zeitwert etwa 2.500 €) bleibt als Vermögen unberücksichtigt, weil er unter dem Schonbetrag nach § 90 Abs. 2 Nr. 9 SGB XII liegt.

Die Zahlung erfolgt weiterhin auf das Konto [[IBAN|{sp4(iban_oeztuerk)}]] (Kontoinhaber: [[P|Mehmet Ali Öztürk]]). Die türkische Rente wird nach Ihren Angaben auf ein Konto bei der Ziraat Bankası ([[IBAN|{iban_ziraat}]]) gezahlt und von dort monatlich überwiesen; bitte legen Sie einmal jährlich einen Nachweis über die Höhe vor.

Im Übrigen bleibt der Bescheid vom 12.12.2024 unverändert.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Großen Kreisstadt Vilsmoosen erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Feichtmeier]]""")

# ================================================================================================ F96-015
rows = [
    ("5.4700.219014.2", "Ahmadi", "Parisa", "12.02.2012", "7a", "Wohngeld", "18", "63,00"),
    ("5.4700.219022.6", "Berisha", "Driton", "30.09.2011", "8b", "Bürgergeld", "17", "59,50"),
    ("5.4700.218833.7", "Al-Hassan", "Yousef", "04.02.2013", "6b", "Kinderzuschlag", "19", "66,50"),
    ("5.4700.219107.1", "Pham", "Thu Trang", "07.07.2012", "7a", "Wohngeld", "0", "0,00"),
    ("5.4700.219115.5", "Schmid", "Leonie", "21.03.2010", "9c", "SGB XII", "15", "52,50"),
    ("5.4700.219201.9", "Ogunleye", "David-Tobi", "16.11.2011", "8a", "Bürgergeld", "18", "63,00"),
]
table = "\n".join(f"[[AZ|{k}]];[[P|{n}]];[[P|{v}]];[[DOB|{g}]];{c};{lg};{t};{b}" for k, n, v, g, c, lg, t, b in rows)
add("outlook", "but", [], f"""Betreff: Export BuT Mittagessen Mai – bitte Abgleich mit der Schule
Von: [[P|Sommer, Katharina]]
An: [[P|Ertl, Hanna]]; Sekretariat Mittelschule
Gesendet: Montag, 2. Juni 2025 08:30

Hallo Frau [[P|Ertl]],

hier der Auszug aus dem Fachverfahren (Excel, Tabellenblatt „Mai25"). Bitte prüfen Sie die Anwesenheitstage und schicken Sie mir die Liste bis Freitag zurück:

Kassenzeichen;Name;Vorname;Geb.-Datum;Klasse;Leistungsgrund;Tage Mai;Betrag
{table}

Bei [[P|Thu Trang]] stehen 0 Tage – ist sie umgezogen? Laut Meldeamt ist die neue Adresse [[A|Rosenau 4]], [[A|84163 Marklkofen]]. Summe Mai: 304,50 €, Haushaltsstelle 1.4700.7690.

Viele Grüße
[[P|Katharina Sommer]]
Bildung und Teilhabe, Zimmer 0.21""")

# ================================================================================================ F96-016
tnr_ante = ID.tax_number_bavaria()
tnr_ante_fed = "9" + tnr_ante[:3] + "0" + tnr_ante[4:7] + tnr_ante[8:]
tid_ante = ID.tax_id()
iban_ante = iban_hr()
oib_ante = oib()
add("outlook", "wohngeld", ["RELIGION"], f"""Betreff: Nachreichung Einkommensnachweise – Wohngeldantrag [[P|Šimunović]]

Poštovani / Sehr geehrte Damen und Herren,

wie am Telefon mit Herrn [[P|Aigner]] besprochen, hier die Angaben aus meinem Einkommensteuerbescheid 2024 (Finanzamt Landshut, Bescheid vom 11.04.2025):

Steuernummer: [[TNR|{tnr_ante}]]
Identifikationsnummer: [[TID|{tid_sp(tid_ante)}]]
zu versteuerndes Einkommen: 31.412 €
festgesetzte Einkommensteuer: 3.904 €
Solidaritätszuschlag: 0,00 €
Kirchensteuer (rk): 312,32 €

In ELSTER steht die Steuernummer übrigens als [[TNR|{tnr_ante_fed}]], falls Sie die andere Form brauchen.

In Kroatien habe ich noch die Wohnung meiner Eltern, die ich vermiete (ca. 180 € im Monat). Die Miete geht auf mein Konto bei der Zagrebačka banka: [[IBAN|{sp4(iban_ante)}]]. Meine kroatische OIB ist [[TID|{oib_ante}]]. Adresse der Wohnung: [[A|Ulica kralja Zvonimira 27]], [[A|21000 Split]].

Mein Sohn [[P|Niko]] (geb. [[DOB|05.05.2015]]) lebt bei mir. Seine Mutter, [[P|Marija Šimunović]] geb. [[P|Perković]], zahlt keinen Unterhalt, das Verfahren beim Jugendamt läuft (Az. [[AZ|UV 51.3-0388/2024]]).

S poštovanjem
[[P|Ante Šimunović]]
[[A|Jahnstraße 8]], [[A|84369 Vilsmoosen]]
Mob. [[T|00385 98 1744 203]] / [[T|0175 660 1842]]""")

# ================================================================================================ F96-017
vat_lichtenegger = ID.vat_id()
tnr_lichtenegger = ID.tax_number_bavaria()
rv_popescu = rv("190898", "P", False)
tid_popescu = ID.tax_id()
cnp_popescu = cnp("1", "980819", "05")
kv_popescu = ID.health_insurance()
iban_popescu_ro = iban_ro()
iban_popescu_de = ID.iban_de()
add("word", "arbeitgeberbescheinigung", [], f"""Verdienstbescheinigung
zur Vorlage bei der Wohngeldbehörde der Großen Kreisstadt Vilsmoosen (Formular WG 3)

Aktenzeichen der Wohngeldbehörde: [[AZ|WG-2025-000598]]

1. Angaben zum Arbeitgeber
Name/Firma: Gasthof zur Post, Inhaber [[P|Franz Xaver Lichtenegger]] e.K.
Anschrift: [[A|Marktplatz 3]], [[A|84332 Hebertsfelden]]
USt-IdNr.: [[VAT|{vat_lichtenegger}]]        Steuernummer: [[TNR|{tnr_lichtenegger}]]
Ansprechpartner für Rückfragen: [[P|Lichtenegger]] jun., Tel. [[T|08561 2314]]

2. Angaben zur Arbeitnehmerin / zum Arbeitnehmer
Name, Vorname: [[P|POPESCU, Ionuț-Alexandru]]
Geburtsdatum: [[DOB|19.08.1998]]
Anschrift: [[A|Hofmark 12]], [[A|84369 Vilsmoosen-Oberhaselbach]]
Rentenversicherungsnummer: [[SSN|{rv_popescu}]]
Steuerliche Identifikationsnummer: [[TID|{tid_popescu}]]
Rumänische Personenkennziffer (CNP): [[TID|{cnp_popescu}]]
Krankenkasse: AOK Bayern, Versichertennummer [[KV|{kv_popescu}]]

3. Beschäftigung
Beschäftigt seit 15.04.2023 als Beikoch, Vollzeit 40 Std./Woche, unbefristet
Arbeitsentgelt der letzten 12 Monate (brutto / netto):
05/2024 – 10/2024 je 2.450,00 € / 1.768,12 €
11/2024 – 04/2025 je 2.560,00 € / 1.831,40 €
Sonderzahlungen: Weihnachtsgeld 12/2024 500,00 € brutto
Sachbezüge: freie Verpflegung, Wert 333,00 € monatlich

4. Bankverbindung für die Lohnzahlung
bis 12/2024: [[IBAN|{iban_popescu_ro}]] (Banca Transilvania)
ab 01/2025: [[IBAN|{sp4(iban_popescu_de)}]]

Ich versichere die Richtigkeit der Angaben.
Hebertsfelden, 27.05.2025
[[P|F. X. Lichtenegger]]
(Unterschrift und Firmenstempel)""")

# ================================================================================================ F96-018
tnr_minh = ID.tax_number_bavaria()
vat_minh = ID.vat_id()
add("outlook", "wohngeld", [], f"""Betreff: AW: AW: Wohngeld – Nachweis Selbständigkeit

Sehr geehrte Frau [[P|Wimmer]],

danke für die schnelle Antwort. Hier die fehlenden Angaben zum Nagelstudio meines Mannes:

Firma: Lotus Nails, Inhaber [[P|Trần Văn Minh]]
Betrieb: [[A|Stadtplatz 14]], [[A|84369 Vilsmoosen]]
Steuernummer: [[TNR|{tnr_minh}]]
USt-IdNr.: [[VAT|{vat_minh}]]
Gewinn 2024 laut EÜR: 14.870 €
Firmenwagen: [[KFZ|DGF-LN 24E]] (Elektro, geleast)

Unsere Wohnung ist weiter [[A|Lindenweg 2]], [[A|84369 Vilsmoosen]]. Meine Handynummer hat sich geändert: [[T|0162 7749 015]].

Mit freundlichen Grüßen
[[P|Nguyễn Thị Lan]]
(Frau [[P|Nguyen]] – an der Klingel steht „[[P|Tran]]/[[P|Nguyen]]")

Am Mo., 2. Juni 2025 um 09:14 Uhr schrieb [[P|Wimmer, Theresia]] <[[E|theresia.wimmer@vilsmoosen.de]]>:
> Sehr geehrte Frau [[P|Nguyen]],
>
> für die Prüfung Ihres Antrags (Aktenzeichen [[AZ|WG-2025-000371]]) brauche ich noch Angaben zur selbständigen Tätigkeit Ihres Ehemanns: Steuernummer, gegebenenfalls USt-IdNr. und die Einnahmen-Überschuss-Rechnung 2024.
>
> Mit freundlichen Grüßen
> [[P|Theresia Wimmer]]
> Wohngeldstelle, Zimmer 0.12
> Telefon [[N|08723 9120-212]]
>
>> Am 30.05.2025 um 22:03 schrieb [[P|Lan Nguyen]] <[[E|lan.nguyen.thi@gmail.com]]>:
>> Guten Tag, anbei der Wohngeldantrag. Geburtsdatum von meinem Mann ist [[DOB|1.12.1983]], meins [[DOB|28.02.1990]]. Kinder: [[P|Bảo Anh]] ([[DOB|7.7.2012]]) und [[P|Minh Khôi]] ([[DOB|2019-10-03]]).""")

# ================================================================================================ F96-019
iban_stadler = ID.iban_de()
add("word", "telefonvermerk", ["HEALTH"], f"""Telefonvermerk

Datum/Uhrzeit: 04.06.2025, 11:20 Uhr
Anrufer: Herr [[P|Alois Stadler]], Vermieter, Tel. [[T|0170 2283 416]]
Betrifft: Mieter [[P|Valbona]] und [[P|Driton Gashi]], [[A|Ringstraße 11]], 1. OG rechts, [[A|84369 Vilsmoosen]]
Vorgang: Übernahme von Mietschulden (§ 36 SGB XII), Az. [[AZ|50.1-MS-2025/014]]

Herr [[P|Stadler]] teilt mit, dass Familie [[P|Gashi]] mit drei Monatsmieten (2.160 €) im Rückstand ist. Die Räumungsklage ist beim Amtsgericht Landshut unter [[AZ|4 C 512/25]] anhängig, mündliche Verhandlung am 17.07.2025. Er würde die Klage zurücknehmen, wenn die Stadt die Rückstände bis Ende Juni übernimmt. Zahlung bitte auf sein Mietkonto [[IBAN|{sp4(iban_stadler)}]] (Raiffeisenbank), Verwendungszweck „Miete [[P|Gashi]] Ringstr.". Außerdem weist er darauf hin, dass Herr [[P|Gashi]] seit kurzem einen BMW ([[KFZ|DGF-VG 311]]) fahre.

Herr [[P|Driton Gashi]] (geb. [[DOB|21.9.1980]]) war am Vortag persönlich hier: Er arbeitet seit Mai wieder als Lagerhelfer (Zeitarbeit), der Lohn reiche künftig für die Miete; der BMW gehöre seinem Bruder. Seine Frau [[P|Valbona Gashi]] (geb. [[DOB|14.02.1984]]) erwartet im Herbst das vierte Kind. Herr [[P|Gashi]] ist vom 10.06. bis 24.06. im Kosovo und dort unter [[T|+383 44 218 907]] erreichbar.

Rückruf an Herrn [[P|Stadler]] bis 06.06.2025 zugesagt.

[[P|Feichtmeier]]""")

# ================================================================================================ F96-020
kv_lea = ID.health_insurance().lower()
add("outlook", "schwangerschaft", ["HEALTH"], f"""Betreff: AW: erstausstattung baby

Sehr geehrte Frau [[P|Brandl]],

Ihre Sachbearbeiterin, Frau [[P|Rieger]], ist ab 16.06.2025 wieder im Haus. Damit Ihr Antrag auf Erstausstattung bei Schwangerschaft und Geburt (§ 31 Abs. 1 Nr. 2 SGB XII) nicht liegen bleibt, habe ich ihn schon angelegt. Bitte schicken Sie mir noch eine Kopie der Seite aus dem Mutterpass mit dem errechneten Geburtstermin.

Freundliche Grüße
[[P|Lukas Eibl]]
Sozialamt – Hilfe zum Lebensunterhalt

-----Ursprüngliche Nachricht-----
Von: [[P|lea-sophie brandl]] <[[E|leasophie.b@web.de]]>
Gesendet: Sonntag, 1. Juni 2025 23:41
An: Sozialamt <[[N|sozialamt@vilsmoosen.de]]>
Betreff: erstausstattung baby

hallo,

ich bin in der 28. ssw und brauch hilfe für die erstausstattung (kinderwagen, bett usw). ich krieg hlu vom sozialamt weil ich wegen meiner depression grad nicht arbeiten kann. meine sachbearbeiterin ist frau [[P|rieger]] aber die ist im urlaub.

mutterpass hab ich, et ist der 19.08.2025. meine frauenärztin ist dr. [[P|evelyn strasser]] in landau. der vater ([[P|kevin]]) zahlt nix, wir sind nicht mehr zusammen.

name: [[P|lea-sophie brandl]]
geb: [[DOB|02.02.2001]]
adresse: [[A|am kalvarienberg 5a]], [[A|84369 vilsmoosen]]
krankenkasse: barmer, versichertennr. [[KV|{kv_lea}]]
handy: [[T|0151/23 44 87 19]]

lg [[P|lea]]

Gesendet von meinem Galaxy""")

# ================================================================================================ F96-021
rv_malgorzata = rv("240679", "W", True)
add("word", "anhoerung", [], f"""Große Kreisstadt Vilsmoosen – Wohngeldstelle
[[N|Stadtplatz 1]], [[N|84369 Vilsmoosen]]

Einschreiben mit Rückschein
Herrn [[P|Bernd Schmidbauer-Nowak]]
Frau [[P|Małgorzata Schmidbauer-Nowak]]
[[A|Kirchgasse 6]]
[[A|84369 Vilsmoosen]]

Unser Zeichen: 50.2-WoG/Anh
Bescheid-Nr.: [[AZ|WG-B 2024/11873]]
Sachbearbeitung: [[P|Wimmer]], Tel. [[N|08723 9120-212]], [[E|theresia.wimmer@vilsmoosen.de]]
Datum: 10.06.2025

Anhörung nach § 24 SGB X – beabsichtigte Aufhebung und Rückforderung von Wohngeld (§§ 45, 50 SGB X)

Sehr geehrter Herr [[P|Schmidbauer-Nowak]], sehr geehrte Frau [[P|Schmidbauer-Nowak]],

durch den automatisierten Datenabgleich nach § 33 WoGG ist bekannt geworden, dass Frau [[P|Schmidbauer-Nowak]] vom 01.03.2024 bis 28.02.2025 Einkommen aus einer geringfügigen Beschäftigung bei der Bayerwald Reinigungsdienste GmbH erzielt hat (Abgleich über die Versicherungsnummer [[SSN|{rv_sp(rv_malgorzata)}]]). Dieses Einkommen war im Antrag vom 18.01.2024 nicht angegeben.

Ihr Sohn [[P|Kacper]] (geb. [[DOB|29.02.2004]]) ist laut Melderegister seit 01.09.2024 in der [[A|Schleißheimer Straße 102]], [[A|80797 München]] mit Hauptwohnsitz gemeldet und gehört seitdem nicht mehr zum Haushalt.

Nach Mitteilung der Zulassungsstelle ist auf Herrn [[P|Schmidbauer-Nowak]] seit 03.05.2024 außerdem ein Porsche 911 (Erstzulassung 1978, Kennzeichen [[KFZ|DGF-BS 78H]]) zugelassen. Bitte legen Sie den Kaufvertrag vor, damit geprüft werden kann, ob erhebliches Vermögen im Sinne des § 21 Nr. 3 WoGG vorliegt.

Nach vorläufiger Berechnung wurde Wohngeld in Höhe von 1.464,00 € zu viel gezahlt. Sie haben Gelegenheit, sich bis 04.07.2025 zu äußern. Die Berechnung liegt als Anlage 2 bei; Plan- und Formularnummern der Anlage (WG 7, Blatt 3) bitte bei Rückfragen angeben.

Mit freundlichen Grüßen
Im Auftrag
[[P|Theresia Wimmer]]""")

# ================================================================================================ F96-022
rv_ankica = rv("091141", "J", True)
kv_ankica = ID.health_insurance()
iban_ankica = iban_hr()
add("outlook", "pflege", ["HEALTH"], f"""Betreff: Antrag Hilfe zur Pflege – [[P|Ankica Perić]], Seniorenheim St. Elisabeth

Sehr geehrte Damen und Herren,

das Amtsgericht Landshut – Betreuungsgericht – hat mich im März zur Betreuerin meiner Mutter, Frau [[P|Ankica Perić]], geb. [[DOB|9. November 1941]] in Vukovar, bestellt (Az. [[AZ|XVII 245/25]]). Meine Mutter hat eine fortgeschrittene Alzheimer-Demenz, Pflegegrad 4, und lebt seit 01.04.2025 im Seniorenheim St. Elisabeth in Vilsmoosen. Den Eigenanteil von 3.126,40 € im Monat kann sie mit ihren Renten nicht bezahlen, deshalb beantrage ich Hilfe zur Pflege nach dem Siebten Kapitel SGB XII.

Angaben zu meiner Mutter:
- Rentenversicherungsnummer: [[SSN|{rv_ankica}]]
- Krankenversichertennummer (DAK-Gesundheit): [[KV|{kv_ankica}]]
- Witwenrente aus Kroatien (HZMO), 146,20 € monatlich, auf ihr Konto [[IBAN|{iban_ankica}]]
- bisherige Wohnung (zum 30.06. gekündigt): [[A|Bgm.-Huber-Ring 3]], [[A|84130 Dingolfing]]

Ansprechpartnerin im Heim ist Frau [[P|Roswitha Kagerer]] von der Verwaltung ([[N|08723 9700-0]]). Meine Schwester [[P|Dragica]] lebt in Zagreb und kann sich nicht kümmern.

Ich wohne in Österreich, bin aber jedes zweite Wochenende in Vilsmoosen. Post bitte an:
[[P|Vesna Perić-Haider]]
[[A|Wiener Straße 112/4]]
[[A|4020 Linz]]
ÖSTERREICH
Tel. [[T|+43 664 381 2290]], E-Mail [[E|vesna.peric-haider@aon.at]]

Mit freundlichen Grüßen
Mag. [[P|Vesna Perić-Haider]]""")

# ================================================================================================ F96-023
amex = ID.credit_card("37", 15)
visa = ID.credit_card("4", 16)
dni_jose = dni()
pass_jose = ID.passport(check_digit=True)
iban_kasse = ID.iban_de()
add("outlook", "rueckforderung", [], f"""Betreff: AW: Rückforderung Wohngeld – Zahlung per Kreditkarte? Kassenzeichen [[AZ|5.2100.774120.4]]

Sehr geehrter Herr [[P|García Fernández]],

aus Sicherheitsgründen können wir keine Kreditkartendaten per E-Mail annehmen; bitte senden Sie uns solche Daten künftig nicht mehr. Die Daten aus Ihrer Nachricht habe ich nicht verwendet. Sie können den Betrag nach Ihrer Rückkehr überweisen (Stadtkasse Vilsmoosen, IBAN [[N|{sp4(iban_kasse)}]], Verwendungszweck: Kassenzeichen) oder an der Kasse im Rathaus mit girocard zahlen. Die Zahlungsfrist verlängere ich bis 31.07.2025.

Mit freundlichen Grüßen
[[P|Gerlinde Maier]]
Stadtkasse, Zimmer 0.03

-----Ursprüngliche Nachricht-----
Von: [[P|José Luis García Fernández]] <[[E|jlgarciaf@icloud.com]]>
Gesendet: Freitag, 13. Juni 2025 16:20
An: Stadtkasse <[[N|stadtkasse@vilsmoosen.de]]>

Hola / Guten Tag,

ich habe Ihren Rückforderungsbescheid über 486,00 € bekommen (Kassenzeichen [[AZ|5.2100.774120.4]]). Ich bin gerade beruflich in Valencia und kann nicht überweisen, weil mein TAN-Generator zu Hause liegt. Können Sie den Betrag von meiner Kreditkarte abbuchen?

American Express: [[CC|{amex[:4]} {amex[4:10]} {amex[10:]}]], gültig bis 09/27, Karteninhaber [[P|José Luis García Fernández]]
Falls das nicht geht, meine Visa: [[CC|{group(visa, 4, "-")}]]

Zur Identifikation: spanischer DNI [[IDC|{dni_jose}]], deutscher Reisepass [[PASS|{pass_jose}]] (ich habe beide Staatsangehörigkeiten). Geboren bin ich am [[DOB|23 de abril de 1979]] in Sevilla. Meine Frau [[P|Ana Belén Ruiz]] hat mit dem Wohngeld nichts zu tun, bitte keine Post an sie.

Adresse: [[A|Pfeffergasse 4]], [[A|84369 Vilsmoosen]]
Móvil: [[T|+34 612 48 93 07]]

Un saludo
[[P|José Luis]]""")

# ================================================================================================ F96-024
add("word", "einladung", [], """Große Kreisstadt Vilsmoosen · Amt für Soziales, Jugend und Familie
[[N|Stadtplatz 1]] · [[N|84369 Vilsmoosen]] · Telefon [[N|08723 9120-0]] · [[N|sozialamt@vilsmoosen.de]]

Herrn
[[P|Haidar Al-Jubouri]]
[[A|Eichendorffstraße 10]]
[[A|84369 Vilsmoosen]]

Vorgangsnummer: [[AZ|VG-2025-06-0193]]
Datum: 12.06.2025

Einladung zu einem Beratungsgespräch

Sehr geehrter Herr [[P|Al-Jubouri]],

bitte kommen Sie am Dienstag, 24.06.2025, um 10:00 Uhr zu einem Gespräch über Ihren Antrag auf Grundsicherung im Alter ins Rathaus am Stadtplatz (Eingang Kirchgasse), 1. Stock, Zimmer 1.17. Eine Dolmetscherin für Arabisch, Frau [[P|Samira Haddad]], wird anwesend sein.

Bitte bringen Sie mit:
- Ihren Reisepass oder Ihren Aufenthaltstitel,
- den Mietvertrag für die Wohnung in der Eichendorffstraße,
- die Kontoauszüge der letzten drei Monate,
- den Rentenbescheid der Deutschen Rentenversicherung,
- Nachweise über Ersparnisse (Sparbuch, Bausparvertrag, Lebensversicherung).

Wenn Sie den Termin nicht wahrnehmen können, rufen Sie uns bitte an (Telefon [[N|08723 9120-0]]). Die Stadtbuslinie 3 hält direkt vor dem Rathaus (Haltestelle Stadtplatz). Der Aufzug befindet sich neben Zimmer 0.01.

Hinweis: Wenn Sie ohne Entschuldigung nicht kommen und die Unterlagen nicht vorlegen, kann die Leistung nach § 66 SGB I ganz oder teilweise versagt werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Anton Feichtmeier]]""")

# ================================================================================================ F96-025
rv_amara = rv("150687", "D", False)
kv_amara = ID.health_insurance()
iban_amara = ID.iban_de()
add("outlook", "fachverfahren", ["HEALTH"], f"""Betreff: Datenblatt Fall [[P|Diallo]] für Stellungnahme Mehrbedarf – vertraulich
Von: [[P|Eibl, Lukas]]
An: [[P|Lechner, Ingrid]], Dr.
Cc: [[P|Feichtmeier, Anton]]

Sehr geehrte Frau Dr. [[P|Lechner]],

für Ihre amtsärztliche Stellungnahme zum Mehrbedarf wegen kostenaufwändiger Ernährung hier der Auszug aus dem Fachverfahren:

====== Fallübersicht ======
Fallnummer ..........: [[AZ|SH-2025-004417]]
HH-Vorstand .........: [[P|DIALLO, Amara]]
Geb.-Dat. ...........: [[DOB|15.06.1987]]
Staatsang. ..........: guineisch
Anschrift ...........: [[A|Sonnenleite 22]], [[A|84369 Vilsmoosen]]
Telefon .............: [[T|0173-4420981]]
RV-Nr. ..............: [[SSN|{rv_amara}]]
KV-Nr. (AOK) ........: [[KV|{kv_amara}]]
Bankverb. ...........: [[IBAN|{iban_amara}]]
Kfz .................: keines
Weitere HH-Mitglieder:
  - [[P|DIALLO, Mariama]], [[DOB|02.03.1990]], Ehefrau
  - [[P|DIALLO, Ibrahima]], [[DOB|11.11.2012]], Sohn – Diabetes mellitus Typ 1 (Insulinpumpe)
  - [[P|DIALLO, Kadiatou]], [[DOB|30.05.2017]], Tochter
Leistung ............: HLU, 3. Kapitel SGB XII, seit 01.02.2025
Mehrbedarf beantragt : § 30 Abs. 5 SGB XII ([[P|Ibrahima]])
===========================

Für eine Rückmeldung bis Ende des Monats wäre ich dankbar.

Freundliche Grüße
[[P|Lukas Eibl]]""")

# ================================================================================================ F96-026
rv_dimitrios = rv("271068", "K", False)
add("word", "sozialgericht", ["HEALTH"], f"""Große Kreisstadt Vilsmoosen – Amt für Soziales, Jugend und Familie
[[N|Stadtplatz 1]], [[N|84369 Vilsmoosen]]

Sozialgericht Landshut
[[N|Seligenthaler Straße 10]]
[[N|84034 Landshut]]

Ihr Aktenzeichen: [[AZ|S 11 SO 42/25]]
Unser Aktenzeichen: [[AZ|50.1-SO-R 2025/07]]
Vilsmoosen, 18.06.2025

In dem Rechtsstreit
[[P|Dimitrios Konstantinidis]], [[A|Feldkirchner Straße 5]], [[A|84369 Vilsmoosen]]
– Kläger –
Prozessbevollmächtigte: Rechtsanwältin Dr. [[P|Sabine Kreuzer-Ölmez]], [[A|Altstadt 214]], [[A|84028 Landshut]]
gegen
Große Kreisstadt Vilsmoosen, vertreten durch die Oberbürgermeisterin [[P|Katharina Seidl-Bachmeier]]
– Beklagte –
wegen Grundsicherung bei Erwerbsminderung

nehmen wir zur Klage vom 20.05.2025 und zum Schreiben der Kammervorsitzenden, Richterin am Sozialgericht [[P|Mair]], vom 02.06.2025 wie folgt Stellung:

1. Der Kläger (geb. [[DOB|27.10.1968]]) bezieht seit 2023 Leistungen nach dem Vierten Kapitel SGB XII. Die Deutsche Rentenversicherung Bayern Süd hat mit Bescheid vom 04.11.2024 (Versicherungsnummer [[SSN|{rv_sp(rv_dimitrios)}]]) eine volle Erwerbsminderung auf Zeit bis 31.10.2026 festgestellt. Nach dem Gutachten von Dr. [[P|Werner Prinzing]] leidet der Kläger an einer rezidivierenden depressiven Störung und an einer Alkoholabhängigkeit (abstinent seit 2022).
2. Streitig ist allein die Höhe der anzuerkennenden Kosten der Unterkunft. Die Angemessenheitsgrenze nach dem schlüssigen Konzept der Beklagten (Stand 01.01.2024) beträgt für einen Einpersonenhaushalt 486,00 € bruttokalt; die tatsächliche Miete beträgt 590,00 €. Das Kostensenkungsverfahren wurde mit Schreiben vom 12.03.2024 eingeleitet; die Übergangsfrist von sechs Monaten ist abgelaufen.
3. Zur Schlüssigkeit des Konzepts verweisen wir auf das Urteil des BSG vom 30.01.2019 – B 14 AS 24/18 R – sowie auf die Anlage B 3 (Mietwerterhebung, Tabelle 4).

Wir beantragen, die Klage abzuweisen.

Im Auftrag
Dr. [[P|Johanna von Leoprechting]]
Amtsleiterin""")

# ================================================================================================ F96-027
add("outlook", "intern", ["UNION"], """Betreff: Urlaubsvertretung Sommer 2025 + Personalversammlung
Von: [[P|Stadler-Hopf, Veronika]]
An: Amt 50 – alle

Liebe Kolleginnen und Kollegen,

hier die Vertretungsregelung für die Sommerferien (Stand 23.06.2025):

Sachgebiet            | abwesend                                   | Vertretung
Wohngeld A–K          | [[P|Theresia Wimmer]] (07.07.–25.07.)      | [[P|Korbinian Aigner]]
Wohngeld L–Z          | [[P|Korbinian Aigner]] (28.07.–15.08.)     | [[P|Theresia Wimmer]]
Bildung und Teilhabe  | [[P|Katharina Sommer]] (04.08.–22.08.)     | [[P|Resi Brandhuber]]
HLU/Grundsicherung    | [[P|Anton Feichtmeier]] (14.07.–01.08.)    | [[P|Lukas Eibl]]
Unterhaltsvorschuss   | [[P|Snježana Mlinarić]] (18.08.–05.09.)    | [[P|Veronika Stadler-Hopf]]

Bitte tragt eure Abwesenheiten auch in den Teams-Kalender „Amt 50" ein. Die Funktionspostfächer [[N|wohngeld@vilsmoosen.de]] und [[N|uvg@vilsmoosen.de]] sichtet während der Ferien täglich die jeweilige Vertretung.

Personalversammlung: Mittwoch, 09.07.2025, 9:00 Uhr, Großer Sitzungssaal (Raum 2.01). Für ver.di spricht unsere Vertrauensfrau [[P|Katrin Hollerith]]; wer in der Gewerkschaft organisiert ist, trifft sich im Anschluss noch in Raum 2.05.

Fachlich noch: Frau [[P|Gashi]] (Mietschulden Ringstraße) ruft derzeit mehrmals täglich an. Bitte an [[P|Anton]] verweisen und am Telefon keine Auskünfte geben.

Viele Grüße
[[P|Veronika]]

[[P|Veronika Stadler-Hopf]]
stellv. Amtsleitung, Amt für Soziales, Jugend und Familie
Durchwahl [[N|08723 9120-200]]""")

# ================================================================================================ F96-028
add("outlook", "beschwerde", ["POLITICS"], """Von: [[P|Ludwig Hartinger]] <[[E|ludwig.hartinger@stadtrat-vilsmoosen.de]]>
Gesendet: Dienstag, 24. Juni 2025 07:48
An: Oberbürgermeisterin <[[N|oberbuergermeisterin@vilsmoosen.de]]>
Cc: [[E|theresia.wimmer@vilsmoosen.de]]
Betreff: WG: Wohngeld – Herr [[P|Wolf]] wartet seit Januar

Sehr geehrte Frau Oberbürgermeisterin, liebe [[P|Katharina]],

in meiner Bürgersprechstunde am Montag war Herr [[P|Reinhard Wolf]] (geb. [[DOB|06.12.1957]]), der seit Januar auf seinen Wohngeldbescheid wartet (Az. [[AZ|WG-2025-000102]]). Herr [[P|Wolf]] ist seit über 40 Jahren SPD-Mitglied und hat angekündigt, die Sache im Ortsverein und in der Lokalzeitung zum Thema zu machen. Unabhängig von Parteifarben: Fünf Monate für einen Wohngeldantrag sind zu lang. Seine Nachbarin, Frau [[P|Fröhlich]], wartet übrigens genauso lange.

Ich bitte um eine kurze Rückmeldung, gern auch direkt an Herrn [[P|Wolf]] (seine Mail unten).

Mit freundlichen Grüßen
[[P|Ludwig Hartinger]]
Stadtrat, Fraktionsvorsitzender Freie Wähler
Mobil [[T|0160 3390 772]]

---------- Forwarded message ---------
Von: [[P|reinhard wolf]] <[[E|r.wolf57@gmx.de]]>
Date: Mo., 23. Juni 2025 um 19:02 Uhr
Subject: Wohngeld
To: <[[E|ludwig.hartinger@stadtrat-vilsmoosen.de]]>

servus [[P|ludwig]],

wie besprochen, seit januar hab ich nix gehört vom wohngeld. hab im januar alles bei der frau [[P|wimmer]] abgegeben, im märz dann nochmal die rentenanpassung. meine adresse ist ja bekannt, [[A|amselweg 12]]. telefon [[T|08723/4419]], handy hab ich keins.

ich bin seit 1983 in der partei und hab immer was für die stadt getan, aber so was hab ich noch nicht erlebt.

gruß [[P|reinhard]]""")

# ================================================================================================ F96-029
add("word", "aktenvermerk", ["SEXUAL_ORIENTATION"], """Vermerk zur Wohngeldakte [[AZ|WG-2025-000655]]

Prüfung der Haushaltszusammensetzung am 26.06.2025

Antragstellerin: Frau [[P|Kerstin Hain]] (* [[DOB|12.01.1986]])
Ehefrau: Frau Dr. [[P|Olga Wasiliewa-Hain]] (* [[DOB|30.08.1984]]), Eheschließung 2021 beim Standesamt Vilsmoosen (gleichgeschlechtliche Ehe)
Kind: [[P|Nele Wasiliewa-Hain]] (* [[DOB|11.03.2025]]), leibliches Kind von Frau [[P|Hain]]; Frau Dr. [[P|Wasiliewa-Hain]] hat die Stiefkindadoption beantragt (Amtsgericht Landshut, [[AZ|1 XVI 14/25]]).
Anschrift: [[A|Heilig-Geist-Gasse 9]], [[A|84369 Vilsmoosen]]
Kontakt: [[E|k.hain@posteo.de]], [[T|0176 5520 1948]]

1. Frau [[P|Hain]] bezieht Elterngeld vom ZBFS (Bescheid vom 02.05.2025, Az. [[AZ|EG 4-25/031774]]) in Höhe von 1.412,00 € monatlich; anzurechnen ist der Betrag über 300 €.
2. Frau Dr. [[P|Wasiliewa-Hain]] ist als Ärztin am Klinikum Landshut angestellt; die Verdienstbescheinigung liegt vor (Ansprechpartner Personalabteilung: Herr [[P|Stefan Rauscher]]).
3. Alle drei Personen sind Haushaltsmitglieder nach § 5 WoGG. Der Antrag ist vollständig; Berechnung mit 3 Haushaltsmitgliedern, Mietenstufe III.

[[P|Wimmer]], 26.06.2025""")

# ================================================================================================ F96-030
idc_eleni = ID.id_card(check_digit=True)
doc9, doc_check = idc_eleni[:9], idc_eleni[9]
line1 = "IDD<<" + idc_eleni + "<" * 15
birth, expiry = "900614", "310921"
l2_head = birth + str(mrz_check(birth)) + "<" + expiry + str(mrz_check(expiry)) + "D" + "<" * 13
composite = line1[5:30] + l2_head[0:7] + l2_head[8:15] + l2_head[18:29]
line2 = l2_head + str(mrz_check(composite))
name_line = ("KARAMANLIDOU<<ELENI" + "<" * 30)[:30]
fill15 = "<" * 15
assert len(line1) == 30 and len(line2) == 30
afm_sofia = afm()
iban_sofia = iban_gr()
add("outlook", "ausweis", [], f"""Von: [[P|Eleni Karamanlidou]] <[[E|eleni.karamanlidou@gmx.de]]>
An: [[E|korbinian.aigner@vilsmoosen.de]]
Betreff: Ausweiskopie für Wohngeldantrag (Text aus Scanner-App)

Hallo Herr [[P|Aigner]],

die Scanner-App hat den Text aus meinem Ausweis erkannt, ich kopiere ihn hier rein, das Foto war zu groß für die Mail:

BUNDESREPUBLIK DEUTSCHLAND  FEDERAL REPUBLIC OF GERMANY
PERSONALAUSWEIS  IDENTITY CARD  CARTE D'IDENTITÉ
[[IDC|{doc9}]]
Name/Surname/Nom
[[P|KARAMANLIDOU]]
Vornamen/Given names/Prénoms
[[P|ELENI]]
Geburtstag/Date of birth/Date de naissance
[[DOB|14.06.1990]]
Staatsangehörigkeit/Nationality/Nationalité
DEUTSCH
Geburtsort/Place of birth/Lieu de naissance
THESSALONIKI
Gültig bis/Date of expiry/Date d'expiration
21.09.2031

IDD<<[[IDC|{idc_eleni}]]{fill15}
[[DOB|{birth}]]{line2[6:]}
[[P|KARAMANLIDOU]]<<[[P|ELENI]]{name_line[19:]}

Rückseite:
Anschrift/Address/Adresse
[[A|84369 VILSMOOSEN]]
[[A|MAXIMILIANSTR. 30]]

Meine Mutter [[P|Sofia Karamanlidou]] wohnt mit im Haushalt (griechische Staatsangehörige, ihren Ausweis schicke ich nach). Ihre griechische Steuernummer (ΑΦΜ) ist [[TID|{afm_sofia}]], falls Sie die brauchen, und ihre Rente aus Griechenland kommt auf [[IBAN|{iban_sofia}]].

Mein Auto für die Fahrtkosten: [[KFZ|DGF-EK 1406]]
Tel. [[T|+30 697 441 2830]] (bis 15.07. im Urlaub in Griechenland)

Ευχαριστώ! / Danke
[[P|Eleni]]""")


# ---------------------------------------------------------------- write
def main():
    assert len(DOCS) == 30, len(DOCS)
    out_path = os.path.join(HERE, "fresh96.jsonl")
    lines = []
    for i, (channel, template, flags, marked) in enumerate(DOCS, start=1):
        doc = build(f"F96-{i:03d}", channel, template, marked, flags)
        for e in doc["entities"] + doc["neutral"]:
            assert doc["text"][e["start"]:e["end"]] == e["text"]
        lines.append(json.dumps(doc, ensure_ascii=False))
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    total = sum(len(json.loads(line)["entities"]) for line in lines)
    assert 450 <= total <= 650, total
    print(f"wrote {out_path}: {len(lines)} documents, {total} entities")


if __name__ == "__main__":
    main()
