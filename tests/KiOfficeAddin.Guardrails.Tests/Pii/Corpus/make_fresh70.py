#!/usr/bin/env python3
"""Held-out batch 70: a Lower Saxony Kreisstadt (Nienburg/Weser) -- Jobcenter, Sozialamt, Betreuungsbehoerde,
Unterhaltsvorschuss, Familiengericht, Stadtwerke, Stadtkasse. Writes fresh70.jsonl next to this script."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # marks.py and identifiers.py sit beside this file
from marks import build  # noqa: E402
from identifiers import Identifiers, group  # noqa: E402

ids = Identifiers(7070)
R = ids.rng


def stnr_nds():
    # Niedersachsen layout FF/BBB/UUUUP (layout only)
    return f"{R.choice(['23', '24', '41', '46', '65'])}/{ids.digits(3)}/{ids.digits(5)}"


def stnr_nds_federal():
    return "23" + R.choice(["23", "24", "41", "46"]) + "0" + ids.digits(8)


def pl_id_card():
    # Polish dowod osobisty: 3 letters, check digit, 5 digits; weights 7,3,1,(9),7,3,1,7,3
    letters = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    body = ids.digits(5)
    vals = [ord(c) - 55 for c in letters] + [int(c) for c in body]
    w = [7, 3, 1, 7, 3, 1, 7, 3]
    check = sum(v * x for v, x in zip(vals, w)) % 10
    return f"{letters}{check}{body}"


def pl_vat():
    while True:
        body = ids.digits(9, True)
        w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
        c = sum(int(d) * x for d, x in zip(body, w)) % 11
        if c != 10:
            return "PL" + body + str(c)


CITY_IBAN = group(ids.iban_de(), 4)
docs = []


def add(channel, template, text, flags=()):
    docs.append((channel, template, text, list(flags)))


# 1 Jobcenter Anhoerung, Kurdish family
iban1 = group(ids.iban_de(), 4)
add("word", "jobcenter_anhoerung", f"""Jobcenter Landkreis Nienburg/Weser · Geschäftsstelle Nienburg
[[N|Verdener Landstraße 222, 31582 Nienburg]]

Herrn
[[P|Rezan Aslan]]
[[A|Hafenstraße 14a]]
[[A|31582 Nienburg]]

Ihr Zeichen / Ihre Nachricht vom: –
Nummer der Bedarfsgemeinschaft: [[AZ|24302//0045871]]
Kundennummer: [[AZ|302D118745]]
Datum: 14.08.2025

Anhörung nach § 24 Zehntes Buch Sozialgesetzbuch (SGB X)

Sehr geehrter Herr [[P|Aslan]],

nach den mir vorliegenden Unterlagen haben Sie in der Zeit vom 01.03.2025 bis 30.06.2025 Einkommen aus einer Beschäftigung bei der Firma Weserfrische GmbH erzielt, das bei der Berechnung Ihres Bürgergeldes nicht berücksichtigt wurde. Auch Ihre Ehefrau [[P|Berfin Aslan]] hat ab 15.04.2025 eine geringfügige Beschäftigung aufgenommen. Dadurch ist für die Bedarfsgemeinschaft eine Überzahlung in Höhe von voraussichtlich 1.284,60 EUR entstanden.

Bevor ich eine Entscheidung treffe, gebe ich Ihnen Gelegenheit, sich bis zum 05.09.2025 zu äußern. Bitte reichen Sie außerdem die Lohnabrechnungen für März bis Juni sowie die Schulbescheinigung Ihrer Tochter [[P|Dilan]] ein. Die Leistungen werden weiterhin auf das Konto [[IBAN|{iban1}]] überwiesen.

Für Rückfragen erreichen Sie mich montags bis donnerstags unter [[N|05021 9770-312]] oder über die Servicenummer [[N|0800 4 5555 00]].

Mit freundlichen Grüßen
Im Auftrag

[[P|Hauke Dettmer]]
Leistungsgewährung Team 302
""")

# 2 Russian-German mother, non-native, Jobcenter Weiterbewilligung, health of son
add("outlook", "jobcenter_weiterbewilligung", f"""Von: Swetlana Hermann <[[E|sweta.hermann78@mail.ru]]>
An: [[N|Jobcenter-Nienburg.Leistung@jobcenter-ge.de]]
Betreff: WBA BG [[AZ|24302//0039112]] und Krankheit von meinem Sohn

Guten Tag Frau [[P|Lührs]],

ich schicke Ihnen die Weiterbewilligungsantrag, alles ausgefühlt und unterschrieben. Leider ich konnte nicht kommen zu Termin am 22.07., weil mein Sohn [[P|Artjom]] war im Krankenhaus in Hannover, er hat Diabetes Typ 1 neu bekommen und muss jetzt Insulin spritzen. Seine Versichertennummer bei AOK ist [[KV|{ids.health_insurance()}]]. Ich bin die ganze Woche bei ihm geblieben, die Bescheinigung von Klinik ist im Anhang.

Jetzt wir brauchen auch Geld für spezielle Essen und für die Fahrten nach Hannover, geht das über Mehrbedarf? Mein Mann [[P|Viktor]] arbeitet noch bei Zeitarbeit, die Lohnzettel Juni und Juli sind auch dabei.

Neue Handynummer von mir: [[T|0176 38 41 9920]]
Adresse ist gleich, [[A|Berliner Ring 61]], [[A|31582 Nienburg]].

Vielen Dank und mit freundliche Grüße
[[P|Swetlana Hermann]] (geb. [[P|Kusnezowa]])
""".replace("Von: Swetlana Hermann", "Von: [[P|Swetlana Hermann]]"), ["HEALTH"])

# 3 Betreuungsbehoerde Sozialbericht
ssn3 = ids.social_security("170343", "S")
kv3 = ids.health_insurance()
add("word", "betreuung_sozialbericht", f"""Landkreis Nienburg/Weser – Betreuungsstelle
Az. Betreuungsbehörde: [[AZ|BtB 51.2-0418/25]]

An das
Amtsgericht Nienburg – Betreuungsgericht –
[[N|Rühmkorffstraße 12, 31582 Nienburg]]

Ihr Aktenzeichen: [[AZ|12 XVII 214/25]]

Sozialbericht nach § 11 Betreuungsorganisationsgesetz (BtOG)

Betroffener: [[P|Waldemar Schreiner]], geb. [[DOB|17.03.1943]]
Anschrift: Seniorenzentrum Am Meerbach, [[A|Meerbachstraße 40]], [[A|31582 Nienburg]]
Rentenversicherungsnummer: [[SSN|{ssn3}]]
Krankenversichertennummer (AOK Niedersachsen): [[KV|{kv3}]]

1. Anlass
Die Tochter des Betroffenen, Frau [[P|Natalia Schreiner-Böttcher]], regte am 02.06.2025 die Einrichtung einer Betreuung an. Herr [[P|Schreiner]] lebt seit Februar 2025 im Seniorenzentrum.

2. Persönliche Situation
Herr [[P|Schreiner]] wurde in Karaganda (Kasachstan) geboren und kam 1994 als Spätaussiedler nach Niedersachsen. Nach Auskunft des behandelnden Hausarztes besteht eine mittelgradige Alzheimer-Demenz; zeitlich und örtlich ist er nicht mehr sicher orientiert. Beim Hausbesuch am 24.06.2025 erkannte er seine Tochter, konnte aber die Fragen zu Rente und Heimkosten nicht beantworten. Eine Vorsorgevollmacht besteht nicht.

3. Erforderliche Aufgabenkreise
Vermögenssorge, Vertretung gegenüber Behörden, Sozialleistungsträgern und der Heimleitung, Gesundheitssorge.

4. Vorschlag zur Person des Betreuers
Frau [[P|Schreiner-Böttcher]], wohnhaft [[A|Im Kuhlenkamp 7]], [[A|31608 Marklohe]], Tel. [[T|05021 6043218]], ist bereit, die Betreuung ehrenamtlich zu übernehmen. Bedenken bestehen nicht; ein Führungszeugnis liegt vor.

Nienburg, 30.06.2025
[[P|Merve Kılıç]]
Dipl.-Sozialpädagogin, Betreuungsstelle
""", ["HEALTH"])

# 4 Unterhaltsvorschuss, Polish family, father abroad
pl_iban = group(ids.iban("PL", 24), 4)
add("word", "uvg_bescheid", f"""Stadt Nienburg/Weser · Fachbereich Jugend, Familie und Soziales · Unterhaltsvorschusskasse
[[N|Marktplatz 1]] · [[N|31582 Nienburg]] · Telefon [[N|05021 87-0]] · [[N|unterhaltsvorschuss@nienburg.de]]

Frau
[[P|Joanna Wiśniewska-Brandt]]
[[A|Goetheplatz 3]]
[[A|31582 Nienburg]]

Aktenzeichen: [[AZ|UV 51.4-2025/0142]]
Kind: [[P|Zofia Wiśniewska]], geb. [[DOB|09.11.2017]]
Steuerliche Identifikationsnummer des Kindes: [[TID|{ids.tax_id()}]]

Bescheid über Leistungen nach dem Unterhaltsvorschussgesetz (UVG)

Sehr geehrte Frau [[P|Wiśniewska-Brandt]],

auf Ihren Antrag vom 03.04.2025 bewillige ich für Ihre Tochter [[P|Zofia]] ab dem 01.04.2025 Unterhaltsvorschuss in Höhe von monatlich 293,00 EUR (Altersstufe 6 bis 11 Jahre, abzüglich des vollen Kindergeldes). Die Zahlung erfolgt jeweils zum Monatsanfang auf Ihr bekanntes Konto.

Der Unterhaltsanspruch Ihrer Tochter gegen den Vater, Herrn [[P|Marek Wiśniewski]], geht nach § 7 UVG in Höhe der gezahlten Leistungen auf das Land Niedersachsen über. Herr [[P|Wiśniewski]] wohnt nach Ihren Angaben in Polen ([[A|ul. Głogowska 112 m. 4]], [[A|60-243 Poznań]]). Er wird von uns gesondert angeschrieben; nach Ihren Angaben ist ihm das Konto [[IBAN|{pl_iban}]] zuzuordnen, dies werden wir über das Bundesamt für Justiz prüfen lassen.

Sie sind verpflichtet, uns jede Änderung unverzüglich mitzuteilen, insbesondere einen Umzug, eine Heirat oder Zahlungen des Vaters.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Hannover erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Jana Oltmanns]]
""")

# 5 Forwarded chain Familiengericht / Jugendamt, Sudanese family, DNA test
add("outlook", "jugendamt_weiterleitung", f"""Von: [[P|Oltmanns, Jana]] <[[E|j.oltmanns@nienburg.de]]>
Gesendet: Dienstag, 9. September 2025 10:14
An: [[P|Ahrens, Tobias]] <[[E|t.ahrens@nienburg.de]]>
Betreff: WG: Abstammungssache [[AZ|7 F 118/25]] – [[P|Abdelrahman]] ./. [[P|Osman]]

Hallo [[P|Tobias]],

zur Info, betrifft auch deine Beistandschaft für [[P|Amira]]. Das Gutachten ist da, siehe unten. Kannst du bitte mit der Mutter einen Termin machen? Sie braucht einen Dolmetscher für Arabisch, Frau [[P|Hadia El-Tayeb]] hat mittwochs Zeit.

Gruß
[[P|Jana]]

-----Ursprüngliche Nachricht-----
Von: [[N|Geschaeftsstelle.Familiengericht@ag-nienburg.niedersachsen.de]]
Gesendet: Montag, 8. September 2025 15:47
An: [[N|jugendamt@nienburg.de]]
Betreff: Abstammungssache [[AZ|7 F 118/25]]

Sehr geehrte Damen und Herren,

in der Abstammungssache des Kindes [[P|Amira Mohamed Osman]], geb. [[DOB|21.01.2022]], gesetzlich vertreten durch das Jugendamt als Beistand, übersenden wir das Abstammungsgutachten des Instituts für Rechtsmedizin vom 29.08.2025 zur Kenntnis. Nach der DNA-Analyse beträgt die Wahrscheinlichkeit der Vaterschaft des Antragsgegners [[P|Mohamed Osman Abdelrahman]], [[A|Lange Straße 57]], [[A|31582 Nienburg]], 99,9999 %.

Der Kindesmutter, Frau [[P|Samia Ibrahim Adam]], ist das Gutachten über ihre Verfahrensbevollmächtigte zugestellt worden. Termin zur mündlichen Erörterung: 14.10.2025, 10:30 Uhr, Saal 104.

Mit freundlichen Grüßen
[[P|Kleinschmidt]], Justizbeschäftigte
als Urkundsbeamtin der Geschäftsstelle
""", ["GENETIC"])

# 6 informal lower case mail to Stadtwerke
add("outlook", "stadtwerke_abschlag", f"""Betreff: abschlag viel zu hoch!!

hallo stadtwerke,

ich hab heute die jahresrechnung bekommen und soll jetzt 187 euro im monat abschlag zahlen statt 96, das kann doch nicht sein. wir sind nur 2 personen und waren im juni 3 wochen weg. kundennummer ist [[AZ|2000418833]], vertragskonto [[AZ|810 227 4519]].
bitte ruft mich mal an, am besten nach 16 uhr [[T|0157 72904416]] oder schreibt an [[E|kaibruegge@gmx.de]]

wohnung ist [[A|heemser weg 9]], [[A|31582 nienburg]], im 2. og links

gruß
[[P|kai brüggemann]]
""")

# 7 Stadtkasse Mahnung, Vietnamese name
add("word", "kasse_mahnung", f"""Stadt Nienburg/Weser – Stadtkasse
[[N|Marktplatz 1]] | [[N|31582 Nienburg]] | [[N|stadtkasse@nienburg.de]]

Herrn
[[P|Nguyen Van Thanh]]
[[A|Wilhelmstraße 18]]
[[A|31582 Nienburg]]

Kassenzeichen: [[AZ|5.2025.104477]]
Personenkonto: [[AZ|40-117352]]
Datum: 02.10.2025

Mahnung

Sehr geehrter Herr [[P|Nguyen]],

bei Durchsicht unserer Konten haben wir festgestellt, dass folgende Beträge trotz Fälligkeit noch nicht bezahlt sind:

Forderung                      fällig am      Betrag
Grundsteuer B, 3. Quartal      15.08.2025     142,37 EUR
Abfallgebühren 3. Quartal      15.08.2025      58,20 EUR
Mahngebühr                                     5,00 EUR
Säumniszuschlag (§ 240 AO)                     2,00 EUR
Gesamt                                       207,57 EUR

Bitte überweisen Sie den Gesamtbetrag bis zum 16.10.2025 auf das Konto der Stadtkasse bei der Sparkasse Nienburg, IBAN [[N|{CITY_IBAN}]], unter Angabe des Kassenzeichens. Wenn Sie den Betrag inzwischen bezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Sollte die Zahlung ausbleiben, werden wir die Vollstreckung einleiten. Wenn Sie Ratenzahlung wünschen, melden Sie sich bitte bei Frau [[P|Tegtmeyer]] unter [[N|05021 87-244]].

Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.
""")

# 8 Eingliederungshilfe, Turkish mother, autism
add("outlook", "eingliederungshilfe_schulbegleitung", f"""Von: [[P|Elif Demirtaş]] <[[E|elif.demirtas@web.de]]>
An: [[N|eingliederungshilfe@nienburg.de]]
Betreff: Antrag Schulbegleitung für [[P|Mert]] – dringend

Sehr geehrter Herr [[P|Wölk]],

wie telefonisch besprochen stelle ich hiermit den Antrag auf Eingliederungshilfe in Form einer Schulbegleitung für meinen Sohn [[P|Mert Demirtaş]] (geb. [[DOB|04.05.2016]]). [[P|Mert]] hat im Frühjahr im SPZ die Diagnose Autismus-Spektrum-Störung bekommen, dazu ADHS. Er besucht ab 01.08. die 4. Klasse der Grundschule Alpheide. Die Klassenlehrerin, Frau [[P|Rohlfs]], sagt, ohne Begleitung kann er dem Unterricht nicht folgen, er läuft oft aus der Klasse.

Anbei:
- Arztbrief SPZ vom 11.04.2025
- Stellungnahme der Schule
- Schwerbehindertenausweis (GdB 50, Merkzeichen H)

Wir wohnen in der [[A|Alpheider Straße 23]], [[A|31582 Nienburg]]. Ich arbeite vormittags, Sie erreichen mich am besten ab 13 Uhr unter [[T|0160 9487213]]. Mein Mann [[P|Serkan]] spricht nicht so gut Deutsch, bitte rufen Sie deshalb mich an.

Vielen Dank
[[P|Elif Demirtaş]]
""", ["HEALTH"])

# 9 Jugendamt Hilfeplan minutes, Ukrainian family (no special category)
add("word", "hilfeplan_protokoll", f"""Stadt Nienburg/Weser – Jugendamt, Allgemeiner Sozialer Dienst

Protokoll Hilfeplangespräch (§ 36 SGB VIII)
Az.: [[AZ|ASD-HzE 0779/24]]
Datum: 18.09.2025, 14:00–15:30 Uhr, Raum 2.14

Teilnehmende:
- [[P|Oksana Melnyk]] (Mutter)
- [[P|Danylo Melnyk]] (Sohn, 13 J.)
- [[P|Iryna Bondarenko]] (Dolmetscherin Ukrainisch)
- [[P|Heike Rabe]] (Familienhelferin, Diakonisches Werk)
- [[P|Lukas Möhle]] (ASD, fallführend, Protokoll)

1. Rückblick
Die sozialpädagogische Familienhilfe läuft seit 01.11.2024 mit 6 Fachleistungsstunden pro Woche. Frau [[P|Melnyk]] berichtet, dass sich die Situation zu Hause beruhigt habe. [[P|Danylo]] geht wieder regelmäßig zur Oberschule, im letzten Halbjahr 4 unentschuldigte Fehltage (vorher 31). Frau [[P|Rabe]] bestätigt dies.

2. Wohnsituation
Die Familie ist im Juli von der Gemeinschaftsunterkunft in eine eigene Wohnung gezogen ([[A|Friedrich-Ebert-Straße 4]], [[A|31582 Nienburg]]). Der Vater, Herr [[P|Andrij Melnyk]], lebt weiterhin in Kyjiw; telefonischer Kontakt besteht wöchentlich.

3. Vereinbarungen
- [[P|Danylo]] nimmt ab Oktober am Sprachcafé des Jugendzentrums teil.
- Frau [[P|Melnyk]] meldet sich bis 15.10.2025 beim Jobcenter zum Integrationskurs (Modul 5) an.
- Die Hilfe wird bis 30.04.2026 fortgeführt, danach Überprüfung.

Nächster Termin: 12.02.2026. Kontakt Frau [[P|Melnyk]]: [[T|+49 1521 0884637]], [[E|oksana.melnyk.ua@gmail.com]]

gez. [[P|Möhle]]
""")

# 10 Sudanese citizen to Auslaenderbehoerde, partly English
pass10 = "P" + ids.digits(8)
add("outlook", "abh_termin_englisch", f"""From: [[P|Yousif Hamid Babiker]] <[[E|yousif.babiker91@gmail.com]]>
To: [[N|auslaenderbehoerde@kreis-ni.de]]
Subject: Termin Verlängerung Aufenthaltserlaubnis / extension residence permit

Dear Sir or Madam, Sehr geehrte Damen und Herren,

my residence permit (§ 25 Abs. 2 AufenthG) expires on 30.11.2025. I tried to book an appointment online but the calendar shows nothing until January. Please can you give me a date before it expires or send me a Fiktionsbescheinigung? I start my Ausbildung as Pflegefachmann at the Helios Klinik on 01.10. and the employer needs the document.

My details:
Name: [[P|Yousif Hamid Babiker]]
Date of birth: [[DOB|03.07.1991]]
Sudanese passport no.: [[PASS|{pass10}]] (valid until 2029)
Address: [[A|Schlossplatz 6]], c/o [[P|Abdalla]], [[A|31582 Nienburg]]
Mobile / WhatsApp: [[T|+49 1577 3021846]]

My wife [[P|Hiba]] and our daughter [[P|Rayan]] (born [[DOB|12.12.2023]]) have the same expiry date, so maybe we can come together.

Thank you very much, vielen Dank!
[[P|Yousif Babiker]]
""")

# 11 Auslaenderbehoerde internal Vermerk (Polish EU citizen, ID card)
plid = pl_id_card()
add("word", "abh_vermerk", f"""Landkreis Nienburg/Weser – Ausländerbehörde
Vermerk zur Akte [[AZ|AB 32.1-P-11873]]

Vorsprache am 06.08.2025: Herr [[P|Paweł Kaczmarek]], geb. [[DOB|28.02.1979]], polnischer Staatsangehöriger, legitimiert durch polnischen Personalausweis Nr. [[IDC|{plid}]].

Herr [[P|Kaczmarek]] beantragt eine Bescheinigung über das Daueraufenthaltsrecht nach § 4a FreizügG/EU. Er ist seit 2014 ununterbrochen in Nienburg gemeldet (zuletzt [[A|Mindener Landstraße 115]]) und seit 2016 bei der Firma Weserholz Bau GmbH in Vollzeit beschäftigt. Arbeitsvertrag und Rentenverlauf lagen vor und wurden kopiert.

Seine Lebensgefährtin, Frau [[P|Katarzyna Zielińska]], wird einen eigenen Antrag stellen; ihr wurde das Merkblatt ausgehändigt.

Die Bescheinigung kann nach Eingang der Meldebestätigung ausgestellt werden. Gebühr: 10,00 EUR (bezahlt, Kasse Beleg-Nr. 4471).

Wiedervorlage: 20.08.2025
[[P|Kuhlmann]], Sachbearbeiterin
""")

# 12 Standesamt, Anmeldung Eheschliessung, German ID cards
idc12a = ids.id_card(check_digit=True)
idc12b = ids.id_card(check_digit=False)
add("word", "standesamt_anmeldung", f"""Standesamt Nienburg (Weser)
Niederschrift über die Anmeldung der Eheschließung
Registernummer: [[AZ|E 2025/0317]]

Es erschienen heute, den 11.07.2025, vor dem Standesbeamten:

1. [[P|Maximilian Oetjen]]
   geboren am [[DOB|02.10.1996]] in Nienburg (Weser)
   wohnhaft [[A|Scheibenstraße 21]], [[A|31582 Nienburg]]
   ausgewiesen durch Personalausweis [[IDC|{idc12a}]]
   ledig

2. [[P|Ana-Maria Popescu]]
   geboren am [[DOB|19.06.1998]] in Cluj-Napoca (Rumänien)
   wohnhaft ebenda
   ausgewiesen durch Personalausweis [[IDC|{idc12b}]]
   ledig

Die Eltern der Verlobten: [[P|Gerd Oetjen]] und [[P|Sabine Oetjen]], geb. [[P|Meyerhoff]]; [[P|Ion Popescu]] und [[P|Elena Popescu]], geb. [[P|Rusu]].

Die Verlobten beabsichtigen, den Ehenamen „[[P|Oetjen]]“ zu führen. Frau [[P|Popescu]] legte eine beglaubigte Übersetzung ihrer rumänischen Geburtsurkunde vor (Übersetzerin: [[P|Doina Marinescu-Klaas]]).

Gewünschter Termin: Freitag, 26.09.2025, 11:00 Uhr, Trauzimmer im Rathaus. Gebühr für die Anmeldung: 65,00 EUR.

v.g.u.
[[P|Maximilian Oetjen]]        [[P|Ana-Maria Popescu]]

[[P|Frerichs]], Standesbeamter
""")

# 13 Bauamt, Kirchengemeinde (words, no person-related special category)
add("word", "bauamt_baugenehmigung", f"""Stadt Nienburg/Weser – Fachbereich Stadtentwicklung, Bauordnung

Ev.-luth. Kirchengemeinde St. Martin
z. Hd. Herrn Architekt Dipl.-Ing. [[P|Reinhard Evers]]
[[N|Kirchplatz 2]]
[[N|31582 Nienburg]]

Unser Zeichen: [[AZ|63-BA-0417/25]]
Bauvorhaben: Anbau eines barrierefreien Gemeinderaums an das Gemeindehaus
Grundstück: [[N|Kirchplatz 2]], Gemarkung Nienburg, Flur 12, Flurstück 88/4
Datum: 23.09.2025

Baugenehmigung

Sehr geehrter Herr [[P|Evers]],

auf den Bauantrag vom 12.05.2025 wird die Baugenehmigung nach § 70 NBauO erteilt. Das Vorhaben liegt im Geltungsbereich des Bebauungsplans Nr. 87 „Altstadt Nord“. Die Befreiung von der festgesetzten Baugrenze an der Nordseite um 1,20 m wird nach § 31 Abs. 2 BauGB zugelassen.

Nebenbestimmungen:
1. Der Baubeginn ist spätestens eine Woche vorher anzuzeigen.
2. Die Stellungnahme der Unteren Denkmalschutzbehörde vom 04.07.2025 ist Bestandteil dieser Genehmigung.
3. Der Gottesdienstbetrieb und die Zufahrt für Rettungsfahrzeuge sind während der Bauzeit sicherzustellen.

Die Gebühr beträgt 1.846,00 EUR; der Gebührenbescheid folgt gesondert.

Mit freundlichen Grüßen
Im Auftrag
[[P|Sandra Wiechmann-Lange]]
Bauaufsicht, Tel. [[N|05021 87-415]]
""")

# 14 Steueramt Gewerbesteuer, Polish craftsman
stnr14 = stnr_nds()
vat14 = ids.vat_id()
add("word", "steueramt_gewerbesteuer", f"""Stadt Nienburg/Weser · Steueramt

Herrn
[[P|Tomasz Nowicki]]
Fliesenlegermeister
[[A|Weserstraße 44]]
[[A|31582 Nienburg]]

Steuernummer (Finanzamt Nienburg): [[TNR|{stnr14}]] (bundeseinheitlich [[TNR|{'23' + stnr14[:2] + '0' + stnr14[3:6] + stnr14[7:]}]])
USt-IdNr.: [[VAT|{vat14}]]
Kassenzeichen: [[AZ|3.2025.017265]]

Bescheid über Gewerbesteuer-Vorauszahlungen ab dem Erhebungszeitraum 2025

Sehr geehrter Herr [[P|Nowicki]],

auf Grund des Gewerbesteuermessbescheides des Finanzamtes vom 28.07.2025 (Messbetrag 612,50 EUR) und des Hebesatzes von 410 % setze ich die Vorauszahlungen wie folgt fest:

Fälligkeit     Betrag
15.08.2025     627,81 EUR
15.11.2025     627,81 EUR
15.02.2026     627,81 EUR
15.05.2026     627,81 EUR

Das SEPA-Lastschriftmandat vom 01.03.2021 bleibt bestehen. Rechtsgrundlagen: §§ 16, 19 GewStG.

Im Auftrag
[[P|Ole Brinkmann]]
""")

# 15 Polish company invoice, mixed
plvat = pl_vat()
pliban15 = group(ids.iban("PL", 24), 4)
add("outlook", "rechnung_pl_firma", f"""Von: Biuro ZIELBUD <[[E|biuro@zielbud.pl]]>
An: [[P|Hinrich Wöbse]] <[[E|h.woebse@nienburg.de]]>
Betreff: Faktura / Rechnung FV 87/09/2025 – Pflasterarbeiten Bauhof

Dzień dobry Herr [[P|Wöbse]],

anbei unsere Rechnung FV 87/09/2025 für die Pflasterarbeiten am Wertstoffhof (Auftrag der Stadt vom 14.07.2025, Los 2). Nach Ihrer E-Mail haben wir das Reverse-Charge-Hinweis ergänzt.

Leistender: ZIELBUD Dariusz Zieliński, [[A|ul. Kościuszki 18]], [[A|64-100 Leszno]], Polen
NIP / VAT-UE: [[VAT|{plvat}]]
Steuernummer Finanzamt Oranienburg: [[TNR|056/{ids.digits(3)}/{ids.digits(5)}]]
Ihre USt-IdNr.: [[N|DE115063412]]
Netto: 18.420,00 EUR – Steuerschuldnerschaft des Leistungsempfängers / odwrotne obciążenie

Bankverbindung: mBank S.A., IBAN [[IBAN|{pliban15}]], BIC BREXPLPWMBK

Bei Fragen rufen Sie bitte mich an, ich spreche Deutsch: [[T|+48 605 218 447]].

Pozdrawiam / Mit freundlichen Grüßen
[[P|Dariusz Zieliński]]
""".replace("ZIELBUD Dariusz Zieliński", "ZIELBUD [[P|Dariusz Zieliński]]"))

# 16 Personalamt Einstellungsbogen (religion for church tax, disability, union)
tid16 = ids.tax_id()
ssn16 = ids.social_security("140890", "K")
kv16 = ids.health_insurance()
iban16 = group(ids.iban_de(), 4)
add("word", "personalamt_personalbogen", f"""Stadt Nienburg/Weser – Personalamt
Personalbogen / Einstellung zum 01.10.2025
Personalnummer: [[AZ|PN 20931]]

Name, Vorname: [[P|Kaya, Dilara]], geb. [[P|Kowalski]]
Geburtsdatum: [[DOB|14.08.1990]]
Anschrift: [[A|Im Hüttenfeld 12]], [[A|31600 Uchte]]
Telefon privat: [[T|05763 942810]]
E-Mail privat: [[E|dilara.kaya@posteo.de]]
Steuer-Identifikationsnummer: [[TID|{tid16}]]
Steuerklasse / Konfession: IV / rk (röm.-kath.)
Rentenversicherungsnummer: [[SSN|{ssn16}]]
Krankenkasse: Techniker Krankenkasse, KVNR [[KV|{kv16}]]
Bankverbindung: [[IBAN|{iban16}]]

Schwerbehinderung: ja, GdB 30, Gleichstellung nach § 2 Abs. 3 SGB IX beantragt – Zusatzurlaub prüfen, Schwerbehindertenvertretung ([[P|Herr Lindemann]]) informieren.
Gewerkschaft: Mitglied ver.di, Beitrag wird selbst gezahlt (kein Abzug).

Eingruppierung: EG 9a TVöD, Stufe 3, Fachbereich Soziales (Wohngeld)
Bearbeitet: [[P|Wiebke Hasselmann]], 17.09.2025
""".replace("[[P|Herr Lindemann]]", "Herr [[P|Lindemann]]"), ["RELIGION", "HEALTH", "UNION"])

# 17 internal mail colleague, informal
add("outlook", "intern_rueckruf", f"""Von: [[P|Büsing, Jens]]
An: [[P|Alpers, Nicole]]
Betreff: Rückruf Frau [[P|Kowalenko]] wg. Wohngeld

Moin [[P|Nicole]],

Frau [[P|Kowalenko]] (Wohngeld, Az. [[AZ|WG-2025-1188]]) hat eben zum dritten Mal angerufen, sie wartet seit Juni auf den Bescheid. Hab ihr gesagt, dass du die Akte hast und dich bis Freitag meldest. Sie ist nur vormittags erreichbar: [[T|0152 24817730]]. Ihr Vermieter, ein Herr [[P|Gerlach]], hat die Mietbescheinigung wohl immer noch nicht geschickt, vielleicht kannst du da direkt nachhaken.

Btw: am Donnerstag ist die Personalversammlung im Ratssaal, die ver.di-Kollegen machen vorher noch eine Info zur Tarifrunde. Kommst du mit?

Gruß, [[P|Jens]]
Durchwahl [[N|-227]]
""")

# 18 Schulamt / Schulpflicht, Romanian family
add("word", "schulpflicht_anhoerung", f"""Landkreis Nienburg/Weser · Schulamt / Bußgeldstelle Schulpflicht

Eheleute
[[P|Florin Stoica]] und [[P|Mihaela Stoica]]
[[A|Leinstraße 30]]
[[A|31582 Nienburg]]

Aktenzeichen: [[AZ|40.2-SP-2025-0093]]
Ihr Kind: [[P|Bianca Stoica]], geb. [[DOB|30.04.2013]], Klasse 6b, Oberschule Nienburg

Anhörung wegen Verletzung der Schulpflicht (§§ 63, 176 NSchG)

Sehr geehrte Frau [[P|Stoica]], sehr geehrter Herr [[P|Stoica]],

nach Mitteilung der Schulleitung hat Ihre Tochter [[P|Bianca]] im Zeitraum vom 01.04.2025 bis 27.06.2025 an 23 Schultagen unentschuldigt gefehlt. Sie als Erziehungsberechtigte sind verpflichtet, für den regelmäßigen Schulbesuch zu sorgen.

Es wird erwogen, gegen Sie ein Bußgeld festzusetzen. Sie haben Gelegenheit, sich bis zum 31.10.2025 schriftlich zu äußern. Wenn Sie ein Gespräch wünschen – auch mit Dolmetscher (Rumänisch) –, melden Sie sich bitte bei Frau [[P|Hinrichs]], Tel. [[N|05021 967-455]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Hinrichs]]
""")

# 19 Ordnungsamt parking complaint with plates
add("outlook", "ordnungsamt_falschparker", f"""Betreff: Dauerparker in Feuerwehrzufahrt Breite Straße

Sehr geehrte Damen und Herren vom Ordnungsamt,

seit Wochen wird die Feuerwehrzufahrt hinter unserem Haus ([[A|Breite Straße 12]]) zugeparkt, besonders abends und am Wochenende. Immer dieselben Fahrzeuge: ein weißer Transporter [[KFZ|NI-KW 482]], ein schwarzer Audi [[KFZ|H-EM 7003]] und ein Kombi mit polnischem Kennzeichen [[KFZ|PZ 8K214]]. Am Samstag konnte der Rettungswagen für meine Nachbarin nicht bis an die Tür fahren, die Sanitäter mussten die Trage 40 Meter weit tragen.

Fotos mit Datum und Uhrzeit hänge ich an. Ich bin bereit, als Zeuge auszusagen. Mein Nachbar Herr [[P|Ingo Wendt]] hat das auch beobachtet.

Mit freundlichen Grüßen
[[P|Dr. Hartmut Rieckhoff]]
[[A|Breite Straße 12]], [[A|31582 Nienburg]]
Tel. [[T|05021 13874]]
""")

# 20 Buergeramt Verlustanzeige ID card
idc20 = ids.id_card(check_digit=True)
pass20 = ids.passport(check_digit=False)
add("word", "buergeramt_verlustanzeige", f"""Stadt Nienburg/Weser – Bürgeramt
Verlustanzeige Personaldokument

Vorgangsnummer: [[AZ|BA-VL-2025-00812]]
Aufgenommen am: 04.09.2025, 09:42 Uhr, Schalter 3

Angaben zur Person
Familienname: [[P|Bauer-Yılmaz]]
Vornamen: [[P|Leonie Sophie]]
Geburtsdatum: [[DOB|07.01.2001]]
Anschrift: [[A|Hannoversche Straße 88]], [[A|31582 Nienburg]]
Telefon: [[T|0171 4429308]]

Abhanden gekommenes Dokument
Art: Personalausweis
Seriennummer: [[IDC|{idc20}]]
ausgestellt am: 12.03.2021, Stadt Nienburg/Weser
Umstände: Geldbörse am 02.09.2025 vermutlich im Bus der Linie 5 verloren; Anzeige bei der Polizei: nein.

Der Ausweis wurde im Register als abhanden gekommen gesperrt (Sperrliste). Die Antragstellerin besitzt zusätzlich einen gültigen Reisepass Nr. [[PASS|{pass20}]] und erhält keinen vorläufigen Personalausweis. Neuantrag gestellt; Gebühr 37,00 EUR bezahlt.

Unterschrift Antragstellerin: [[P|L. Bauer-Yılmaz]]
Sachbearbeitung: [[P|Petra Dunker]]
""")

# 21 Credit card double charge
cc21 = ids.credit_card("4", 16)
add("outlook", "kasse_kreditkarte", f"""From: [[E|m.okafor@icloud.com]]
To: [[N|stadtkasse@nienburg.de]]
Subject: Doppelte Abbuchung Kreditkarte – Online-Antrag Führungszeugnis / Bewohnerparkausweis

Hello / Hallo,

I paid the Bewohnerparkausweis online on 19.08.2025 (30,60 EUR) and the payment page showed an error, so I paid again. Now my bank shows two charges on my Visa card [[CC|{' '.join(cc21[i:i+4] for i in range(0, 16, 4))}]]. Could you please refund one of them? Vorgangsnummer on the receipt: [[AZ|OZG-PK-2025-338217]].

Ich wohne in der [[A|Karl-Marx-Straße 5]], [[A|31582 Nienburg]], falls Sie das brauchen. My car: [[KFZ|NI-MO 219]].

Thanks a lot
[[P|Michael Chukwuemeka Okafor]]
[[T|+49 151 20994183]]
""")

# 22 Sozialamt Grundsicherung Bescheid with table, Russian-German couple
ssn22 = ids.social_security("050451", "B")
add("word", "grundsicherung_bescheid", f"""Stadt Nienburg/Weser · Sozialamt · Grundsicherung im Alter und bei Erwerbsminderung

Eheleute
[[P|Johann Braun]] und [[P|Lydia Braun]]
[[A|Am Rodewald 17]]
[[A|31582 Nienburg]]

Aktenzeichen: [[AZ|50.3-GSi-2711]]
Haushaltsnummer: [[AZ|HH 004 127]]
Rentenversicherungsnummer Herr [[P|Braun]]: [[SSN|{ssn22}]]

Bescheid über Leistungen nach dem Vierten Kapitel SGB XII für die Zeit vom 01.07.2025 bis 30.06.2026

Sehr geehrte Eheleute [[P|Braun]],

auf Ihren Antrag vom 20.05.2025 bewillige ich Ihnen Grundsicherung. Die Berechnung ergibt sich aus der folgenden Übersicht:

Bedarf                                    Herr [[P|Braun]]   Frau [[P|Braun]]
Regelbedarf (Stufe 2)                   506,00 EUR       506,00 EUR
Kosten der Unterkunft (anteilig)        312,50 EUR       312,50 EUR
Heizkosten (anteilig)                    48,00 EUR        48,00 EUR
Summe Bedarf                            866,50 EUR       866,50 EUR
Einkommen: Altersrente DRV             -612,34 EUR      -407,90 EUR
Fremdrente (Anrechnung FRG)             enthalten        enthalten
Anspruch monatlich                      254,16 EUR       458,60 EUR

Der Gesamtbetrag von 712,76 EUR wird monatlich im Voraus auf Ihr Konto überwiesen. Die Kosten der Unterkunft richten sich nach dem Mietvertrag mit der Nienburger Wohnungsbau GmbH.

Bitte teilen Sie Änderungen Ihrer Rente, Ihrer Miete oder einen Umzug in ein Pflegeheim sofort mit.

Mit freundlichen Grüßen
Im Auftrag
[[P|Andrea Kempe]]
Tel. [[N|05021 87-318]]
""")

# 23 Forwarded mail from professional guardian, mental illness
add("outlook", "betreuerin_weiterleitung", f"""Von: [[P|Schütte, Claudia]]
Gesendet: Freitag, 5. September 2025 08:03
An: [[N|wohngeld@nienburg.de]]
Betreff: WG: Mietschulden Hr. [[P|Bulut]] – bitte um Eilentscheidung

Sehr geehrte Damen und Herren,

ich leite Ihnen die Nachricht des Vermieters weiter. Ich bin seit Mai Berufsbetreuerin von Herrn [[P|Cem Bulut]] (Betreuungsgericht Nienburg, [[AZ|12 XVII 88/25]]). Herr [[P|Bulut]] war von April bis Juli wegen einer schizoaffektiven Psychose in der Klinik in Wunstorf und konnte sich in dieser Zeit nicht um seine Post kümmern; deshalb ist der Wohngeld-Weiterleistungsantrag nicht gestellt worden. Ich bitte, den beigefügten Antrag rückwirkend ab 01.05.2025 zu bearbeiten.

Mit freundlichen Grüßen
[[P|Claudia Schütte]]
Berufsbetreuerin, [[A|Georgstraße 2]], [[A|31582 Nienburg]]
Tel. [[T|05021 8899140]] · [[E|info@betreuungsbuero-schuette.de]]

> Von: [[P|Harald Dierks]] <[[E|h.dierks@dierks-immobilien.de]]>
> Gesendet: Donnerstag, 4. September 2025 17:21
> An: [[P|Claudia Schütte]]
> Betreff: Mietschulden Hr. [[P|Bulut]]
>
> Hallo Frau [[P|Schütte]],
> Herr [[P|Bulut]] ([[A|Mühlentorsweg 9]], 1. OG rechts) ist mit drei Monatsmieten à 465 € im Rückstand. Wenn bis 30.09. nichts kommt, muss ich leider kündigen.
> Gruß [[P|H. Dierks]]
""", ["HEALTH"])

# 24 Jobcenter Telefonnotiz, same-sex partnership
add("word", "jobcenter_telefonvermerk", f"""Telefonvermerk
BG-Nr. [[AZ|24302//0051208]] – [[P|Lindner, Patrick]]
05.08.2025, 11:20 Uhr, Anrufer: Kunde selbst

Herr [[P|Lindner]] ruft wegen der Aufforderung vom 28.07. an, die Einkommensnachweise von Herrn [[P|Tobias Reinecke]] vorzulegen. Er erklärt, er und Herr [[P|Reinecke]] seien seit drei Jahren ein Paar, hätten aber bewusst getrennte Wohnungen geplant; der Umzug in die gemeinsame Wohnung ([[A|Kräher Weg 3]], [[A|31582 Nienburg]]) sei erst zum 01.07.2025 erfolgt. Herr [[P|Reinecke]] wolle nicht für ihn einstehen.

Hinweis gegeben: Vermutung der Verantwortungs- und Einstehensgemeinschaft nach § 7 Abs. 3a SGB II greift erst nach einem Jahr Zusammenleben; bis dahin keine BG, aber Nachweise zur Miete (Kopfteil) erforderlich. Herr [[P|Lindner]] schickt den Mietvertrag per Mail an die Teamadresse. Rückrufnummer: [[T|0157 30219874]].

[[P|Dettmer]]
""", ["SEXUAL_ORIENTATION"])

# 25 Ukrainian young woman, lower case mixed, Kita fees
add("outlook", "kita_beitrag_informell", f"""Betreff: kita gebühren bescheid – falsch?

hallo frau [[P|siemers]],

sorry for my german. ich habe bescheid für kita beitrag bekommen, 238 euro pro monat für [[P|sofiia]] (kita regenbogen). aber ich habe nur minijob und bürgergeld, in the letter it says I have to pay full amount?? kundennummer [[AZ|KB-30377]].
ich habe jobcenter bescheid schon im juni an [[E|kita-beitraege@nienburg.de]] geschickt. maybe it was lost.
if i must pay, can i pay with card? mastercard [[CC|{ids.credit_card('5', 16)}]], it is from my sister [[P|olena]].

meine adresse: [[A|nordertorstr. 21]], [[A|31582 nienburg]]
tel [[T|+380 67 413 2291]] (ukrainian number, whatsapp) or [[T|0155 60482217]]

дякую / danke
[[P|kateryna hnatiuk]]
""".replace("[[E|kita-beitraege@nienburg.de]]", "[[N|kita-beitraege@nienburg.de]]"))

# 26 Jugendamt Stellungnahme Familiengericht, Yazidi family
add("word", "jugendamt_stellungnahme_sorgerecht", f"""Stadt Nienburg/Weser – Jugendamt
An das Amtsgericht Nienburg – Familiengericht –

Az. des Gerichts: [[AZ|7 F 231/25 SO]]
Unser Zeichen: [[AZ|51.2-ASD-[[P|Khalaf]]]]

Stellungnahme des Jugendamtes in der Kindschaftssache betreffend die elterliche Sorge für
[[P|Nisrin Khalaf]], geb. [[DOB|02.02.2012]], und [[P|Shirin Khalaf]], geb. [[DOB|16.09.2014]]

Beteiligte: Kindesmutter [[P|Leyla Khalaf]], geb. [[P|Murad]], [[A|Ziegelkampstraße 8]], [[A|31582 Nienburg]]; Kindesvater [[P|Hassan Khalaf]], derzeit ohne festen Wohnsitz, zuletzt Oldenburg.

Die Familie gehört der jesidischen Glaubensgemeinschaft an und stammt aus dem Sindschar-Gebiet im Nordirak; die Kinder sind in Deutschland geboren. Die Mutter schildert, der Vater habe angekündigt, [[P|Nisrin]] im kommenden Jahr im Irak innerhalb der Gemeinschaft zu verheiraten. Die Mädchen bestätigen im Gespräch am 19.08.2025 unabhängig voneinander, dass der Vater dies mehrfach gesagt habe. Der Vater war zu einem Gespräch nicht bereit.

Das Jugendamt empfiehlt, der Mutter die elterliche Sorge allein zu übertragen, hilfsweise das Aufenthaltsbestimmungsrecht und das Recht zur Beantragung von Reisedokumenten, und eine Grenzsperre anzuregen. Die Kinder werden durch den Jesidischen Frauenrat e. V. und die Schulsozialarbeit begleitet.

Nienburg, 27.08.2025
[[P|Tobias Ahrens]], Allgemeiner Sozialer Dienst
""".replace("[[AZ|51.2-ASD-[[P|Khalaf]]]]", "[[AZ|51.2-ASD-0644/25]]"), ["RELIGION", "ETHNICITY"])

# 27 Rundschreiben, words only, no person-related special category
add("word", "rundschreiben_personal", f"""Stadt Nienburg/Weser – Der Bürgermeister
Hausmitteilung Nr. 14/2025 an alle Beschäftigten

1. Grippeschutzimpfung
Der betriebsärztliche Dienst bietet am 21. und 22.10.2025 im Rathaus, Raum 0.08, die Grippeschutzimpfung an. Bitte bringen Sie Ihren Impfpass mit. Beschäftigte mit chronischen Erkrankungen, Schwangere und Beschäftigte über 60 Jahre werden bevorzugt berücksichtigt. Anmeldung über das Intranet.

2. Raum der Stille
Der Raum 1.21 steht ab November als Raum der Stille zur Verfügung, z. B. für Gebet oder Meditation, unabhängig von Religion oder Weltanschauung. Bitte nehmen Sie Rücksicht auf andere.

3. Personalratswahl 2026
Der Wahlvorstand weist darauf hin, dass Wahlvorschläge auch von den im Haus vertretenen Gewerkschaften (ver.di, komba) eingereicht werden können. Parteipolitische Werbung in den Diensträumen ist nicht gestattet.

4. Neue Kontaktdaten
Die zentrale Rufnummer des Rathauses lautet ab 01.11.2025 [[N|05021 87-0]], die zentrale E-Mail-Adresse [[N|info@nienburg.de]]. Fragen zum Umzug der IT richten Sie bitte an Herrn [[P|Sven Kröger]] (Durchwahl [[N|-180]]).

gez. [[P|Dr. Carsten Meinecke]]
Erster Stadtrat
""")

# 28 Bestattungskosten, Muslim burial, Kurdish son
iban28 = group(ids.iban_de(), 4)
add("outlook", "sozialamt_bestattungskosten", f"""Von: [[P|Baran Yıldız]] <[[E|baran.yildiz@t-online.de]]>
An: [[N|sozialamt@nienburg.de]]
Betreff: Antrag auf Übernahme der Bestattungskosten (§ 74 SGB XII) – Vater [[P|Hüseyin Yıldız]]

Sehr geehrte Damen und Herren,

mein Vater [[P|Hüseyin Yıldız]], geboren am [[DOB|01.07.1951]], ist am 12.08.2025 in Nienburg verstorben. Er war gläubiger Muslim und wurde nach islamischem Ritus auf dem muslimischen Gräberfeld des Friedhofs Nienburg beerdigt. Die Rechnung des Bestattungshauses (3.980,00 EUR) kann ich nicht bezahlen, ich beziehe selbst Bürgergeld. Meine Geschwister [[P|Zozan]] und [[P|Rojda]] leben in der Türkei und haben kein Einkommen.

Ich bitte deshalb um Übernahme der Kosten. Die Sterbeurkunde, die Rechnung und meinen Bürgergeldbescheid füge ich bei. Falls Sie die Kosten übernehmen, bitte auf mein Konto: [[IBAN|{iban28}]].

Die letzte Adresse meines Vaters war [[A|Holtorfer Straße 120]], [[A|31582 Nienburg]].

Mit freundlichen Grüßen
[[P|Baran Yıldız]]
[[A|Lehmwandlung 6]], [[A|31582 Nienburg]]
Mobil [[T|0176 2085 5513]]
""", ["RELIGION"])

# 29 Minutes Sozialausschuss with councillors' parties and a citizen
add("word", "protokoll_sozialausschuss", f"""Niederschrift über die 12. Sitzung des Ausschusses für Soziales, Jugend und Integration
am 16.09.2025, 17:00 Uhr, Ratssaal

Anwesend:
Vorsitz: Ratsfrau [[P|Gesine Thielking]] (SPD)
Ratsherr [[P|Murat Ekinci]] (SPD), Ratsfrau [[P|Christiane Lohmeyer]] (CDU), Ratsherr [[P|Dieter Ahlers]] (CDU), Ratsfrau [[P|Johanna Brase]] (Bündnis 90/Die Grünen), Ratsherr [[P|Frank Wessel]] (AfD), Ratsherr [[P|Jörg Pape]] (FDP)
Verwaltung: Erster Stadtrat [[P|Dr. Carsten Meinecke]], [[P|Andrea Kempe]] (Sozialamt, Protokoll)

TOP 1 Einwohnerfragestunde
Herr [[P|Werner Mahnke]], [[A|Vorm Stadttor 3]], fragt nach dem Stand der Sanierung der Obdachlosenunterkunft am Schäferhof. Herr [[P|Dr. Meinecke]] antwortet, die Ausschreibung erfolge im 4. Quartal; die Kosten betragen nach Schätzung 640.000 EUR (Haushaltsstelle 3150.5100).

TOP 2 Bericht über die Unterbringung Geflüchteter (Vorlage 2025/187)
Frau [[P|Kempe]] berichtet: 412 Personen in städtischen Unterkünften, Auslastung 91 %. Ratsherr [[P|Wessel]] beantragt, die Zahlen nach Herkunftsländern aufzuschlüsseln. Ratsfrau [[P|Brase]] widerspricht. Der Antrag wird mit 2 Ja- zu 5 Nein-Stimmen abgelehnt.

TOP 3 Zuschuss Tafel Nienburg e. V.
Einstimmig empfohlen: 15.000 EUR für 2026.

Ende der Sitzung: 18:40 Uhr
[[P|Thielking]], Vorsitzende          [[P|Kempe]], Protokollführerin
""", ["POLITICS"])

# 30 Buergeramt Reisepass, fingerprints (biometric)
pass30 = ids.passport(check_digit=False)
add("outlook", "buergeramt_fingerabdruck", f"""Von: [[P|Nadine Vogt]] <[[E|n.vogt@nienburg.de]]>
An: [[P|Tran Thi Mai]] <[[E|mai.tran.nbg@gmail.com]]>
Betreff: Ihr Antrag auf einen Reisepass – Fingerabdrücke erneut erforderlich

Guten Tag Frau [[P|Tran]],

die Bundesdruckerei hat Ihren Passantrag vom 27.08.2025 zurückgewiesen, weil die beiden Fingerabdrücke (linker und rechter Zeigefinger) nicht lesbar waren. Die Qualitätswerte lagen unter dem erforderlichen Mindestwert. Bitte kommen Sie noch einmal ins Bürgeramt, damit wir die Fingerabdrücke neu erfassen können – am besten ohne Handcreme. Das biometrische Lichtbild ist in Ordnung und muss nicht erneuert werden.

Ihre Antragsnummer: [[AZ|RP-2025-004781]]; die vorläufige Seriennummer [[PASS|{pass30}]] wird ungültig und eine neue vergeben. Für Ihre Tochter [[P|Lena Tran]] (geb. [[DOB|15.03.2019]]) wurde der Kinderreisepass bereits ausgestellt und kann abgeholt werden.

Termine ohne Wartezeit: dienstags 8–12 Uhr oder nach Vereinbarung unter [[N|05021 87-120]].

Freundliche Grüße
[[P|Nadine Vogt]]
Bürgeramt Nienburg
""", ["BIOMETRIC"])

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh70.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for i, (channel, template, text, flags) in enumerate(docs, 1):
        rec = build(f"F70-{i:03d}", channel, template, text, flags)
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(out, len(docs))
