#!/usr/bin/env python3
"""Blind test batch 119: invented correspondence of a Hessian county health office (Gesundheitsamt).

Writes fresh119.jsonl next to this file: 30 documents F119-001 … F119-030 (15 Outlook, 15 Word).
All names, addresses, numbers and events are invented. Every identifier with a check digit is generated with
identifiers.py (or by the published algorithm: Greek AMKA = Luhn, Polish ID card = weights 7,3,1,9,7,3,1,7,3).
Only ids.rng (seed 11919) is used for anything random, so two runs give byte-identical output.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from marks import build  # noqa: E402
from identifiers import Identifiers, group, luhn_check  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fresh119.jsonl")

ids = Identifiers(11919)
R = ids.rng


def kv():
    return ids.health_insurance()


def ssn(ddmmyy, letter, spaced=True):
    v = ids.social_security(ddmmyy, letter)
    return f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}" if spaced else v


def amka(ddmmyy):
    payload = ddmmyy + ids.digits(4)
    return payload + str(luhn_check(payload))


def pl_id_card():
    letters = "".join(R.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(3))
    rest = ids.digits(5)
    vals = [ord(c) - 55 for c in letters] + [int(c) for c in rest]
    check = sum(v * w for v, w in zip(vals, [7, 3, 1, 7, 3, 1, 7, 3])) % 10
    return letters + str(check) + rest


def tnr_hessen():
    return f"0{ids.digits(2)} {ids.digits(3)} {ids.digits(5)}"


def tax_id_spaced():
    t = ids.tax_id()
    return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"


# The office's own public data (neutral).
AMT = "Kreisausschuss des Landkreises Ohm-Schwalm"
AMT_STR = "Kreishausallee 2"
AMT_ORT = "35315 Homberg (Ohm)"
AMT_TEL = "06633 9180-0"
AMT_FAX = "06633 9180-199"
AMT_MAIL = "gesundheitsamt@ohm-schwalm.de"
KASSE_IBAN = group(ids.iban_de(), 4)

docs = []


def add(n, channel, template, text, flags):
    docs.append(build(f"F119-{n:03d}", channel, template, text, flags))


# ---------------------------------------------------------------------------------------------------------------
# 001 outlook – forwarded notification of salmonellosis from a hospital
kv1 = kv()
add(1, "outlook", "ifsg_meldung_weiterleitung", f"""Betreff: WG: Meldung § 6/7 IfSG – Salmonellose, Patientin [[P|Hatice Kılıç]]

Hallo [[P|Martina]],

bitte übernehmen, Wohnort ist Romrod, also unser Kreis. Vorgang ist schon angelegt unter [[AZ|IfS-2025-01873]]. Die Familienfeier sollten wir uns anschauen, klingt nach mehr als einem Fall.

Gruß
[[P|Sven]]

[[P|Sven Köhrer]]
Gesundheitsamt – Infektionsschutz
Tel. [[T|06633 9180-312]]

-----Ursprüngliche Nachricht-----
Von: Krankenhaushygiene KKH Alsfeld <[[N|hygiene@kkh-alsfeld.de]]>
Gesendet: Dienstag, 14. Oktober 2025 09:12
An: Gesundheitsamt Ohm-Schwalm <[[N|{AMT_MAIL}]]>
Betreff: Meldung § 6/7 IfSG – Salmonellose

Sehr geehrte Kolleginnen und Kollegen,

hiermit melden wir einen labordiagnostisch bestätigten Fall einer Salmonellen-Enteritis (S. Enteritidis, Stuhlkultur vom 13.10.2025):

Patientin: [[P|Hatice Kılıç]], geb. [[DOB|17.05.1961]]
Anschrift: [[A|Mühlweg 12]], [[A|36329 Romrod]]
Telefon: [[T|06636 918274]]
Krankenkasse: AOK Hessen, Versichertennr. [[KV|{kv1}]]
Aufnahme: 12.10.2025, Innere Medizin, Station 2B
Erkrankungsbeginn: 09.10.2025 (Durchfall, Fieber bis 39,2 °C)

Frau [[P|Kılıç]] gibt an, am 08.10. auf einer Familienfeier in Homberg (Ohm) u. a. Tiramisu mit rohem Ei gegessen zu haben. Weitere Erkrankte laut Patientin: die Schwiegertochter [[P|Derya Kılıç]] und deren Sohn [[P|Emir]] (4 Jahre), beide nicht stationär. Die Familie erreichen Sie am besten über den Sohn der Patientin, [[P|Cem Kılıç]], mobil [[T|0157 38214490]].

Behandelnde Ärztin: Dr. med. [[P|Johanna Rehbein]], Oberärztin Innere Medizin

Mit freundlichen Grüßen

[[P|Annegret Pfalzgraf]]
Hygienefachkraft
Kreiskrankenhaus Alsfeld
Tel. [[T|06631 84-2217]]
""", ["HEALTH"])

# ---------------------------------------------------------------------------------------------------------------
# 002 outlook – father in broken German about measles proof
add(2, "outlook", "masern_nachweis_eltern", """Betreff: Masern Nachweis für mein Sohn

Hallo sehr geehrte Frau [[P|Kolb]],

ich habe Brief bekommen von Ihnen wegen Masern Impfung für meine Sohn [[P|Yazan Darwish]] geb. [[DOB|03.02.2021]], er geht in Kita Sonnenblume in Lauterbach. Wir sind 2023 aus Syrien gekommen und Impfpass ist verloren in Türkei. Kinderarzt Dr. [[P|Fröhlich]] sagt er muss Blut test machen oder neu impfen. Wir haben termin am 28.10. aber Kita sagt bis 20.10. nachweis sonst er darf nicht kommen.

Bitte können Sie Kita schreiben das wir termin haben? Mein Aktenzeichen auf Brief ist [[AZ|MS-2025-0562]].

Meine Telefon [[T|0176 43890217]], besser WhatsApp. Meine Frau [[P|Rama]] spricht bisschen besser Deutsch, Sie können auch sie anrufen [[T|0152 29018834]].

Danke sehr und Entschuldigung für mein Deutsch

[[P|Omar Darwish]]
[[A|Hainigstraße 7]]
[[A|36341 Lauterbach]]

Von meinem iPhone gesendet
""", ["HEALTH"])

# ---------------------------------------------------------------------------------------------------------------
# 003 outlook – school secretary, lower case, list of pupils without measles proof
add(3, "outlook", "masern_schule_liste", """Betreff: masernschutz – liste fehlende nachweise GS am lindenberg

hallo frau [[P|kolb]],

wie tel. besprochen die schüler ohne vollständigen nachweis (stand heute). sorry für die späte rückmeldung, bei uns ist grad land unter wegen krankheitsfällen im kollegium.

- [[P|mia schäfer]], 2b, geb. [[DOB|11.09.2017]] – nur 1 impfung im ausweis
- [[P|lukas brandt]], 1a, geb. [[DOB|30.01.2019]] – mutter sagt, attest vom kinderarzt kommt (kontraindikation?)
- [[P|aleyna yıldız]], 3c, geb. [[DOB|07.06.2016]] – nachweis fehlt komplett, familie war bis sommer in der türkei
- [[P|tesfalem ghebremariam]], 1b, geb. [[DOB|22.12.2018]] – neu zugezogen, impfpass auf tigrinya, können wir nicht lesen
- [[P|oskar wenzel]], 4a, geb. [[DOB|14.03.2015]] – titer-befund angekündigt

die eltern von [[P|tesfalem]] erreichen sie am besten über den vater, [[P|ghebremariam habte]], tel [[T|0155 60371928]] (spricht englisch). familie [[P|wenzel]] will sich selbst bei ihnen melden, mail ist [[E|wenzel.familie@posteo.de]].

lg
[[P|b. hausmann]]
sekretariat grundschule am lindenberg
""", ["HEALTH"])

# ---------------------------------------------------------------------------------------------------------------
# 004 outlook – norovirus outbreak in a care home, reply with quoted original
add(4, "outlook", "ausbruch_pflegeheim", """Betreff: AW: Norovirus-Ausbruch Wohnbereich 2 – Ihr Az. [[AZ|IfS-A-2025-0094]]

Liebe Frau [[P|Holzapfel]],

anbei wie gewünscht die aktualisierte Liste. Neu erkrankt seit gestern: zwei Bewohnerinnen und eine Pflegekraft.

Bewohner:innen Wohnbereich 2 (Name, geb., Zimmer, Erkrankungsbeginn, Symptome):
1. [[P|Gertrud Wagenbach]], *[[DOB|02.11.1934]], Zi. 2.07 – 18.11., Erbrechen, inzwischen besser
2. [[P|Heinrich Schwalm]], *[[DOB|19.04.1938]], Zi. 2.11 – 19.11., Durchfall, Exsikkose, seit heute im KKH Alsfeld
3. [[P|Eleni Papadopoulou]], *[[DOB|25.08.1941]], Zi. 2.03 – 20.11., Erbrechen und Durchfall
4. [[P|Irmgard Lotz]], *[[DOB|08.01.1930]], Zi. 2.14 – 20.11., Übelkeit

Mitarbeitende:
- [[P|Kamila Nowak]] (Pflegehelferin), erkrankt 19.11., zu Hause, Rückkehr frühestens 48 h nach Symptomende
- [[P|Dennis Ruppel]] (Pflegefachkraft), erkrankt 20.11., zu Hause

Stuhlproben von Frau [[P|Wagenbach]] und Herrn [[P|Schwalm]] sind gestern ans Labor gegangen. Den Sohn von Frau [[P|Papadopoulou]], Herrn [[P|Nikos Papadopoulos]], haben wir über das Besuchsverbot informiert, er war am Wochenende noch zu Besuch und fragt, ob er sich testen lassen soll ([[T|+49 171 5520389]]).

Mit freundlichen Grüßen
[[P|Sabine Eifert]]
Pflegedienstleitung
Seniorenzentrum Am Eichenhain
Tel. [[N|06633 6047-0]]

Von: [[P|Holzapfel, Martina]] <[[E|m.holzapfel@ohm-schwalm.de]]>
Gesendet: Mittwoch, 19. November 2025 16:40
An: [[P|Eifert, Sabine]] <[[E|s.eifert@seniorenzentrum-eichenhain.de]]>
Betreff: Norovirus-Ausbruch Wohnbereich 2

Sehr geehrte Frau [[P|Eifert]],

vielen Dank für die telefonische Meldung. Bitte schicken Sie uns bis morgen Mittag eine Liste aller Erkrankten (Name, Geburtsdatum, Erkrankungsbeginn, Symptome) und halten Sie die Kohortierung bei. Unser Aktenzeichen: [[AZ|IfS-A-2025-0094]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Martina Holzapfel]]
Gesundheitsamt – Infektionsschutz
""", ["HEALTH"])

# ---------------------------------------------------------------------------------------------------------------
# 005 outlook – lawyer on a tuberculosis isolation order
pass_af = "P" + ids.digits(8)
add(5, "outlook", "anwalt_absonderung_tb", f"""Betreff: Ihr Az. [[AZ|TB-2025-0031]] – Absonderungsanordnung vom 29.10.2025, Herr [[P|Farid Ahmadzai]]

Sehr geehrte Damen und Herren,
sehr geehrter Herr Dr. [[P|Eschweiler]],

hiermit zeige ich an, dass ich Herrn [[P|Farid Ahmadzai]], geb. [[DOB|01.01.1996]], afghanischer Staatsangehöriger (Reisepass Nr. [[PASS|{pass_af}]]), wohnhaft [[A|Am Güterbahnhof 3]], [[A|36304 Alsfeld]], vertrete. Eine Vollmacht füge ich als PDF bei.

Mein Mandant hat mir berichtet, dass er seit Beginn der Therapie am 22.10. die Tabletten täglich unter Aufsicht in der Unterkunft einnimmt. Die Sputumprobe vom 03.11.2025 sei mikroskopisch negativ gewesen. Er möchte seine Arbeit als Küchenhilfe bei [[P|Ahmet Şimşek]] in Alsfeld wieder aufnehmen, der ihm die Stelle nur noch bis Monatsende freihält.

Ich beantrage daher,
1. mir Akteneinsicht in die Verwaltungsakte zu gewähren (gern elektronisch),
2. die Absonderung zu überprüfen und mir mitzuteilen, wann mit einer Aufhebung zu rechnen ist,
3. künftige Gespräche mit meinem Mandanten nur mit einem Dolmetscher für Dari zu führen.

Für Rückfragen stehe ich Ihnen unter [[T|06421 6890-14]] zur Verfügung.

Mit freundlichen Grüßen

[[P|Leonie Brückmann]]
Rechtsanwältin
[[A|Barfüßerstraße 31]]
[[A|35037 Marburg]]
[[E|kanzlei@brueckmann-recht.de]]
""", ["HEALTH"])

# ---------------------------------------------------------------------------------------------------------------
# 006 outlook – Greek nurse, partly English, TB screening for employer
gr_pass = "A" + R.choice("BEKNPT") + ids.digits(7)
amka1 = amka("120494")
gr_iban = group(ids.iban("GR", 23), 4)
tid6 = tax_id_spaced()
add(6, "outlook", "tb_bescheinigung_arbeitgeber", f"""Betreff: TB screening / Bescheinigung für Arbeitgeber – [[P|Eleftheria Konstantinou]]

Dear Sir or Madam, sehr geehrte Damen und Herren,

sorry, my German is not so good yet (B1 course running). I started on 1 November as a nurse at Klinikum Schwalmstadt. The occupational doctor did a blood test (IGRA) and it was positive, but the chest x-ray on 18/11 was normal. Now HR (Frau [[P|Schuchardt]]) says I need a certificate from the Gesundheitsamt that I am not infectious before I can work on the ward.

My data:
Name: [[P|Eleftheria Konstantinou]]
Date of birth: [[DOB|12/04/1994]]
Address in Germany: [[A|Ziegenhainer Straße 40]], Zimmer 12, [[A|34613 Schwalmstadt]]
Passport (Greece): [[PASS|{gr_pass}]]
I do not have a German Sozialversicherungsnummer yet, only my Greek AMKA: [[SSN|{amka1}]]
The Steuer-ID came by post last week: [[TID|{tid6}]]

Could you please tell me if I need an appointment? I can come any day after 2 p.m. If there is a fee, I can pay by transfer, my account is still Greek: [[IBAN|{gr_iban}]].

Ich bedanke mich sehr! Thank you in advance.

Kind regards / Mit freundlichen Grüßen
[[P|Eleftheria Konstantinou]]
Mobile DE [[T|+49 1522 7730418]]
Mobile GR [[T|+30 694 218 3307]]
""", ["HEALTH"])

# ---------------------------------------------------------------------------------------------------------------
# 007 outlook – internal mail after inspecting a tattoo studio
vat7 = ids.vat_id()
tnr7 = tnr_hessen()
add(7, "outlook", "hygiene_begehung_intern", f"""Betreff: Begehung Tattoo-Studio „Inkwerk“ – Nachkontrolle nötig

Hi [[P|Jörg]],

kurz für die Akte [[AZ|HY-2025-0318]]: war heute Vormittag mit [[P|Lea]] (Praktikantin) bei [[P|Serkan Aydın]] im Studio, [[A|Obergasse 21]], [[A|36304 Alsfeld]].

Was wir gesehen haben:
- Autoklav ohne aktuelle Validierung, letzter Sporentest 02/2024
- Farben teils ohne Chargennummer, Einmalnadeln ok
- Hautdesinfektionsmittel nicht VAH-gelistet
- Mitarbeiter [[P|Marco Gessner]] hat vor dem Stechen keine Handschuhe gewechselt, nachdem er am Handy war

Herr [[P|Aydın]] war kooperativ, hat aber gesagt, der Validierer kommt frühestens im Januar. Ich schlage Nachkontrolle in 4 Wochen vor und bis dahin keine Piercings mehr.

Stammdaten hab ich aus der Gewerbeanmeldung übernommen:
Inhaber: [[P|Serkan Aydın]], geb. [[DOB|23.07.1988]]
Privat: [[A|Am Ringofen 5]], [[A|36304 Alsfeld]]
Mobil: [[T|0160 99127340]]
Mail: [[E|serkan@inkwerk-alsfeld.de]]
St.-Nr.: [[TNR|{tnr7}]], USt-IdNr.: [[VAT|{vat7}]]

Sein Transporter mit dem Studio-Logo ([[KFZ|ALS-SA 77]]) stand übrigens wieder auf dem Behindertenparkplatz – nicht unser Thema, nur als Info.

LG
[[P|Miriam]]

--
[[P|Miriam Lenz]]
Hygienekontrolleurin
Gesundheitsamt Ohm-Schwalm
[[E|m.lenz@ohm-schwalm.de]] | [[T|06633 9180-327]]
""", [])

# ---------------------------------------------------------------------------------------------------------------
# 008 outlook – fruit farm reports a suspected TB case among Polish seasonal workers
pl1, pl2, pl3, pl4 = pl_id_card(), pl_id_card(), pl_id_card(), pl_id_card()
add(8, "outlook", "tb_verdacht_saisonarbeit", f"""Betreff: Verdacht Tuberkulose bei Erntehelfer – was müssen wir tun?

Sehr geehrte Damen und Herren,

einer unserer Saisonarbeiter, Herr [[P|Paweł Zieliński]] (geb. [[DOB|04.03.1979]], Personalausweis PL [[IDC|{pl1}]]), hustet seit ca. 5 Wochen und hat abgenommen. Heute war er beim Hausarzt in Kirtorf, Dr. [[P|Lorenz Weigand]], der ihn sofort zum Röntgen ins KKH Alsfeld geschickt hat. Dort hieß es „Verdacht auf offene TBC“, er ist jetzt stationär aufgenommen.

Herr [[P|Zieliński]] hat mit drei Kollegen in einem Zimmer unserer Unterkunft ([[A|Hofgut Weitzel 2]], [[A|36320 Kirtorf]]) geschlafen:
- [[P|Tomasz Wójcik]], geb. [[DOB|15.10.1985]], Ausweis [[IDC|{pl2}]], Tel. [[T|+48 512 330 918]]
- [[P|Marek Kaczmarek]], geb. [[DOB|29.06.1992]], Ausweis [[IDC|{pl3}]], Tel. [[T|+48 603 117 482]]
- [[P|Andrzej Lis]], geb. [[DOB|11.11.1969]], Ausweis [[IDC|{pl4}]], Tel. [[T|+48 790 045 226]]

Herr [[P|Lis]] will eigentlich am Samstag mit dem Bus nach Polen zurück. Dürfen die drei weiterarbeiten? Wir haben noch 2 Wochen Äpfel. Einen Dolmetscher für Polnisch haben wir hier auf dem Hof, Frau [[P|Agata Pietrzak]] ([[T|0171 2093388]]).

Bitte rufen Sie mich zurück, am besten heute noch.

Mit freundlichen Grüßen

[[P|Ruth Weitzel]]
Obsthof Weitzel GbR
Personal & Verwaltung
Tel. [[T|06635 91820]]
""", ["HEALTH"])

# ---------------------------------------------------------------------------------------------------------------
# 009 outlook – sister worried about her brother (social-psychiatric service)
add(9, "outlook", "spdi_angehoerige", """Betreff: Sorge um meinen Bruder – bitte um Rückruf

Guten Abend,

ich weiß nicht genau, ob ich beim Sozialpsychiatrischen Dienst richtig bin, die Hausärztin meines Bruders hat mir Ihre Adresse gegeben.

Mein Bruder [[P|Tobias Reinhardt]] (geb. [[DOB|9. August 1983]]) wohnt allein in [[A|Untergasse 14]] in [[A|36304 Alsfeld]]. Er hat seit 2011 eine paranoide Schizophrenie und war bisher mit Depotspritze stabil. Seit dem Sommer lässt er die Spritze weg, weil er glaubt, dass darüber „Daten“ eingespielt werden. Er schläft kaum, hat die Fenster mit Alufolie abgeklebt und spricht nur noch über Funkstrahlen. Letzte Woche hat er den Nachbarn, Herrn [[P|Kessler]], im Treppenhaus angeschrien. Der Vermieter, Herr [[P|Gerhard Nau]], droht jetzt mit Kündigung.

Er lässt niemanden rein, auch mich nicht. Ans Telefon geht er manchmal ([[T|06631 7045921]]), sein Handy hat er abgemeldet. Einen Betreuer hat er nicht. Seine Hausärztin ist Dr. [[P|Birgit Seum]] in Alsfeld, sie weiß Bescheid.

Ich wohne in Frankfurt und kann nicht jeden Tag hinfahren. Könnte jemand von Ihnen bei ihm vorbeischauen? Bitte sagen Sie ihm nicht, dass die Nachricht von mir kommt, sonst bricht er den Kontakt ab.

Sie erreichen mich unter [[T|0172 6158802]] oder hier per Mail.

Viele Grüße
[[P|Carolin Reinhardt-Ochs]]
[[E|c.reinhardt-ochs@web.de]]
""", ["HEALTH"])

# ---------------------------------------------------------------------------------------------------------------
# 010 outlook – teacher replies to an invitation to a medical examination (union member)
add(10, "outlook", "amtsarzt_beamtin_antwort", """Betreff: AW: Einladung zur amtsärztlichen Untersuchung am 02.12.2025 – Ihr Zeichen [[AZ|AA-2025-1147]]

Sehr geehrte Frau Dr. [[P|Wendeborn]],

vielen Dank für die Einladung. Den Termin am 02.12. um 9:30 Uhr nehme ich wahr.

Vorab zu meiner Situation: Ich bin seit Februar nach einem Bandscheibenvorfall (L5/S1, operiert im April) und einer anschließenden depressiven Episode krankgeschrieben. Ich bin seit September in ambulanter Psychotherapie bei Frau [[P|Dörte Vollmer]] in Gießen, ein Bericht von ihr liegt bei. Aus meiner Sicht ist eine Wiedereingliederung mit zunächst 10 Stunden ab Januar möglich.

Ich bin Mitglied der GEW und möchte von Herrn [[P|Holger Brenneis]] vom Rechtsschutz des GEW-Kreisverbands begleitet werden. Er würde im Wartebereich bleiben und nur beim Abschlussgespräch dabei sein. Ist das in Ordnung?

Außerdem bitte ich darum, dass dem Staatlichen Schulamt nur das Ergebnis mitgeteilt wird und keine Diagnosen, insbesondere nicht an meinen Schulleiter, Herrn [[P|Achim Dietz]].

Meine Personalnummer beim Land Hessen ist [[AZ|0842 7715]], falls Sie sie brauchen.

Mit freundlichen Grüßen
[[P|Nadine Aschenbrenner]]
Studienrätin, Alexander-von-Humboldt-Schule Lauterbach
[[A|Gartenstraße 9]], [[A|36341 Lauterbach]]
Tel. [[T|06641 640 2276]]

-----Ursprüngliche Nachricht-----
Von: [[P|Wendeborn, Katrin]] <[[E|k.wendeborn@ohm-schwalm.de]]>
Gesendet: Montag, 10. November 2025 11:03
An: [[E|nadine.aschenbrenner@t-online.de]]
Betreff: Einladung zur amtsärztlichen Untersuchung am 02.12.2025

Sehr geehrte Frau [[P|Aschenbrenner]],

im Auftrag des Staatlichen Schulamts für den Landkreis Ohm-Schwalm (Schreiben vom 04.11.2025) laden wir Sie zur amtsärztlichen Untersuchung zur Feststellung der Dienstfähigkeit (§ 34 HBG) ein. Bitte bringen Sie Ihren Personalausweis, vorhandene ärztliche Befunde und eine Liste Ihrer Medikamente mit.

Mit freundlichen Grüßen
Dr. med. [[P|Katrin Wendeborn]]
Fachärztin für Öffentliches Gesundheitswesen
Gesundheitsamt Ohm-Schwalm, [[N|Kreishausallee 2]], [[N|35315 Homberg (Ohm)]]
""", ["HEALTH", "UNION"])

# ---------------------------------------------------------------------------------------------------------------
# 011 outlook – Eritrean community volunteer, German/English, TB screening appointment and fasting
add(11, "outlook", "tb_screening_termin", """Betreff: Röntgen Termin Familie / appointment for x-ray

Hello Dr. [[P|Eschweiler]], hallo Herr Doktor,

I am [[P|Mehret Yohannes]], I help Eritrean families in Lauterbach as volunteer (Ehrenamt, Caritas). The family of Mrs [[P|Senait Habtom]] got your letter for the Tuberkulose-Untersuchung. They are:

[[P|Senait Habtom]], born [[DOB|01.01.1990]]
[[P|Luwam Kidane]], born [[DOB|14.05.2012]]
[[P|Robel Kidane]], born [[DOB|30.09.2016]]

They live now in [[A|Vogelsbergstraße 22]], [[A|36341 Lauterbach]], 1. OG. The father, Mr [[P|Kidane Weldu]], is still in Sudan.

Die Familie ist eritreisch-orthodox und fastet bis Weihnachten (7. Januar) jeden Tag bis 15 Uhr, Tsome Nebiyat. For the blood test this is ok, they said, but Mrs [[P|Habtom]] asks if the children can get the appointment in the afternoon, because they must eat with the tablets if something is found. [[P|Robel]] also has asthma and uses a spray (Salbutamol).

Das Datum im Brief (03.12.) passt nicht, weil Frau [[P|Habtom]] Deutschkurs hat. Maybe 10.12. or 11.12.? I can come with them and translate Tigrinya.

My number: [[T|0157 81240366]], mail [[E|mehret.yohannes@gmx.de]]

Thank you very much and God bless
[[P|Mehret]]
""", ["HEALTH", "RELIGION"])

# ---------------------------------------------------------------------------------------------------------------
# 012 outlook – property management about legionella in a rented building
hv_iban = group(ids.iban_de(), 4)
add(12, "outlook", "trinkwasser_legionellen", f"""Betreff: Legionellenbefund Objekt [[A|Lindenstraße 14]], [[A|36110 Schlitz]] – Ihr Schreiben vom 03.09.2025, Az. [[AZ|TW-2025-0207]]

Sehr geehrter Herr [[P|Seipp]],

vielen Dank für Ihr Schreiben. Wir verwalten das Objekt im Auftrag der Eigentümerin, Frau [[P|Ingeborg Sippel]] ([[A|Am Hopfengarten 3]], [[A|36110 Schlitz]]), die uns die Unterlagen weitergeleitet hat.

Zum Sachstand:
- Die Nachuntersuchung (Befund vom 24.09.: 2.300 KBE/100 ml im Steigstrang Ost) liegt uns vor.
- Die Firma Haustechnik Rübsam hat am 30.09. thermisch desinfiziert; die Warmwassertemperatur am Speicher ist jetzt auf 62 °C eingestellt.
- Die Mieter wurden per Aushang über das Duschverbot informiert. Herr [[P|Gökhan Şahin]] (EG links, [[T|0151 40372219]]) hat sich beschwert, er hat bereits eine Mietminderung angekündigt. Frau [[P|Aleksandra Mazur]] (2. OG) ist schwanger und fragt, ob sie vorübergehend woanders duschen sollte – können Sie ihr das direkt beantworten? Ihre Nummer: [[T|06642 9618374]].

Die Gebühr für die Probenahme überweisen wir vom Hausgeldkonto der Eigentümerin: [[IBAN|{hv_iban}]]. Bitte senden Sie Bescheide künftig an uns (Vollmacht anbei).

Mit freundlichen Grüßen

i. A. [[P|Jana Möller-Fink]]
Hausverwaltung Rhiel GmbH
[[N|Bahnhofstraße 5]] · [[N|36110 Schlitz]]
Tel. [[N|06642 80990]] · Durchwahl [[T|06642 80990-23]]
[[E|j.moeller-fink@hv-rhiel.de]]
""", [])

# ---------------------------------------------------------------------------------------------------------------
# 013 outlook – mpox contacts sent by the patient himself
add(13, "outlook", "mpox_kontaktpersonen", """Betreff: Kontakte wie besprochen (Mpox)

Hallo Frau [[P|Holzapfel]],

wie heute am Telefon besprochen hier meine Kontakte der letzten drei Wochen. Mir ist das echt unangenehm, ich hoffe, das bleibt bei Ihnen.

1. Mein Freund [[P|Kai Brettschneider]], wir wohnen zusammen ([[A|Schillerstraße 8]], [[A|35315 Homberg (Ohm)]]). Er hat bisher keine Symptome. Handy [[T|0176 22019485]].
2. Ein Mann, den ich am 8.11. über eine Dating-App getroffen habe, nur Vorname [[P|Ricardo]], wohnt in Marburg, Nummer [[T|0163 7512094]]. Ich habe ihm schon geschrieben, er hat noch nicht geantwortet.
3. Auf der Party am 15.11. in Frankfurt hatte ich keinen engen Kontakt, nur Umarmungen. Gastgeber war [[P|Dominik Frey]], [[E|dominik.frey@mailbox.org]].

Zu mir nochmal: [[P|Jonas Velte]], geb. [[DOB|21.03.1997]], Handy [[T|0157 30118476]]. Die Bläschen sind seit vorgestern da, die Hautärztin Dr. [[P|Sandra Quast]] hat den Abstrich gemacht. Ich bin gegen Mpox bisher nicht geimpft. Meinem Arbeitgeber (ich arbeite im Kundenservice) habe ich nur gesagt, dass ich krank bin. Bitte rufen Sie dort nicht an.

Danke für Ihr Verständnis
[[P|Jonas]]
""", ["HEALTH", "SEXUAL_ORIENTATION"])

# ---------------------------------------------------------------------------------------------------------------
# 014 outlook – food-truck owner wants to pay by credit card; staff reply above
cc14 = ids.credit_card("5", 16)
cc14_fmt = group(cc14, 4)
add(14, "outlook", "belehrung_gebuehr_kreditkarte", f"""Betreff: AW: Belehrung nach § 43 IfSG für 3 Personen / Zahlung

Sehr geehrter Herr [[P|Öztürk]],

vielen Dank für Ihre Nachricht. Eine Zahlung per Kreditkarte ist bei uns leider nicht möglich. Bitte löschen Sie die Kartennummer auch aus Ihrer Mail, wir haben sie bei uns nicht gespeichert.

Bitte überweisen Sie 3 × 28,00 EUR = 84,00 EUR auf das Konto der Kreiskasse, IBAN [[N|{KASSE_IBAN}]], Verwendungszweck: Kassenzeichen [[AZ|6.2025.403218]].

Termine zur Erstbelehrung haben wir für Sie alle drei am Dienstag, 25.11.2025, 10:00 Uhr, Raum 0.14 reserviert. Bitte bringen Sie jeweils einen Lichtbildausweis mit.

Mit freundlichen Grüßen
Im Auftrag
[[P|Tamara Kolb]]
Gesundheitsamt Ohm-Schwalm
Tel. [[N|{AMT_TEL}]]

Von: [[P|Mustafa Öztürk]] <[[E|mustafa.oeztuerk@gmail.com]]>
Gesendet: Donnerstag, 13. November 2025 22:47
An: [[N|{AMT_MAIL}]]
Betreff: Belehrung nach § 43 IfSG für 3 Personen / Zahlung

hallo

wir machen im Frühjahr einen Foodtruck auf (Döner + Lahmacun), [[KFZ|VB-MÖ 612]], und brauchen die Belehrung für 3 Leute:

[[P|Mustafa Öztürk]] geb [[DOB|02.09.1979]]
[[P|Büşra Öztürk]] geb [[DOB|17.01.1984]]
[[P|Kevin Schlitzer]] geb [[DOB|30.06.2003]]

Adresse für Post: [[A|Bleichstraße 19]], [[A|36341 Lauterbach]]

Bitte gleich von Kreditkarte abbuchen: [[CC|{cc14_fmt}]], gültig bis 08/27, Inhaber [[P|Mustafa Öztürk]]

Danke!!
Tel [[T|01525 6637120]]
""", [])

# ---------------------------------------------------------------------------------------------------------------
# 015 outlook – immigration office forwards newcomers for TB screening (§ 36 IfSG)
bamf = [f"{ids.digits(7)}-{R.choice(['423', '475', '438', '224'])}" for _ in range(5)]
add(15, "outlook", "tb_screening_zuweisung", f"""Betreff: WG: Zuweisung Gemeinschaftsunterkunft Homberg – Untersuchungen nach § 36 Abs. 4 IfSG

Hallo Frau [[P|Kolb]],

bitte an die TB-Sprechstunde weitergeben. Herr [[P|Sultani]] hustet laut Unterkunftsleitung stark, das bitte vorziehen.

Viele Grüße
[[P|Nicole Ruhl]]

Von: [[P|Diehl, Carina]] (Ausländerbehörde) <[[E|c.diehl@ohm-schwalm.de]]>
Gesendet: Freitag, 21. November 2025 12:15
An: [[P|Ruhl, Nicole]] <[[E|n.ruhl@ohm-schwalm.de]]>
Cc: [[N|{AMT_MAIL}]]
Betreff: Zuweisung Gemeinschaftsunterkunft Homberg – Untersuchungen nach § 36 Abs. 4 IfSG

Liebe Kolleginnen und Kollegen,

folgende Personen wurden uns am 20.11.2025 aus der Erstaufnahme Gießen zugewiesen und in der GU [[A|Am Weinberg 5]], [[A|35315 Homberg (Ohm)]] untergebracht. Ein Röntgenbefund aus der Erstaufnahme liegt für keine der Personen vor.

Name | Geburtsdatum | Staatsangehörigkeit | BAMF-Az.
[[P|Zahra Rahimi]] | [[DOB|15.07.1988]] | afghanisch | [[AZ|{bamf[0]}]]
[[P|Mohammad Nabi Sultani]] | [[DOB|03.03.1959]] | afghanisch | [[AZ|{bamf[1]}]]
[[P|Lina Haddad]] | [[DOB|28.02.2001]] | syrisch | [[AZ|{bamf[2]}]]
[[P|Yonas Gebremedhin]] | [[DOB|01.01.1999]] | eritreisch | [[AZ|{bamf[3]}]]
[[P|Deniz Kaya]] | [[DOB|19.10.1994]] | türkisch | [[AZ|{bamf[4]}]]

Frau [[P|Rahimi]] ist die Schwiegertochter von Herrn [[P|Sultani]] und spricht etwas Englisch. Frau [[P|Rahimi]] ist in der 20. Schwangerschaftswoche – bitte beim Röntgen berücksichtigen.

Ansprechpartner in der Unterkunft: Herr [[P|Reiner Kaufmann]], Tel. [[T|0160 4471902]].

Mit freundlichen Grüßen
[[P|Carina Diehl]]
Ausländerbehörde – Fachdienst Migration
""", ["HEALTH"])

# ---------------------------------------------------------------------------------------------------------------
# 016 word – isolation order (Absonderungsanordnung) for open pulmonary tuberculosis
kv16 = kv()
add(16, "word", "absonderung_bescheid", f"""{AMT}
Fachbereich Gesundheit – Gesundheitsamt
[[N|{AMT_STR}]] · [[N|{AMT_ORT}]]

Gegen Postzustellungsurkunde
Herrn
[[P|Mehari Tesfamariam]]
c/o Gemeinschaftsunterkunft
[[A|Marburger Straße 88]]
[[A|35325 Mücke]]

Unser Zeichen: [[AZ|TB-2025-0047]]
Auskunft: Dr. [[P|Nils Eschweiler]]
Durchwahl: [[T|06633 9180-341]]
Datum: 21.11.2025

Anordnung der Absonderung nach § 30 Abs. 1 Satz 2 Infektionsschutzgesetz (IfSG)

Sehr geehrter Herr [[P|Tesfamariam]],

1. Sie, Herr [[P|Mehari Tesfamariam]], geboren am [[DOB|14. Februar 1992]], werden ab Zustellung dieses Bescheides bis auf Weiteres verpflichtet, sich in Ihrem Zimmer (Nr. 117) in der oben genannten Unterkunft abzusondern. Sie dürfen das Zimmer nur für ärztliche Termine verlassen und müssen dabei eine FFP2-Maske tragen.
2. Besuche sind nicht gestattet. Ausgenommen sind das Personal der Unterkunft und Ihre Dolmetscherin, Frau [[P|Saba Ghebreyesus]], jeweils mit FFP2-Maske.
3. Die sofortige Vollziehung der Nummern 1 und 2 wird angeordnet.

Begründung:
Bei Ihnen wurde am 18.11.2025 im Kreiskrankenhaus Alsfeld eine ansteckungsfähige Lungentuberkulose festgestellt (Sputum mikroskopisch positiv, PCR positiv). Sie haben die empfohlene stationäre Behandlung am 20.11.2025 gegen ärztlichen Rat abgebrochen. Ohne Absonderung besteht die Gefahr, dass Sie andere Bewohnerinnen und Bewohner der Unterkunft anstecken. Mildere Mittel reichen nach dem Gespräch vom 20.11.2025 mit Ihnen und Ihrer Dolmetscherin nicht aus.

Die Absonderung wird aufgehoben, sobald drei Sputumproben mikroskopisch negativ sind. Die Medikamente (Isoniazid, Rifampicin, Pyrazinamid, Ethambutol) erhalten Sie täglich unter Aufsicht durch den Pflegedienst. Die Kosten übernimmt nach unseren Unterlagen die AOK Hessen (Versichertennummer [[KV|{kv16}]]).

Rechtsbehelfsbelehrung:
Gegen diesen Bescheid kann innerhalb eines Monats nach Zustellung Klage beim Verwaltungsgericht Gießen erhoben werden. Die Klage hat wegen der Anordnung der sofortigen Vollziehung keine aufschiebende Wirkung.

Mit freundlichen Grüßen
Im Auftrag

Dr. med. [[P|Nils Eschweiler]]
Facharzt für Innere Medizin, TB-Sprechstunde

Nachrichtlich:
– Leitung der Gemeinschaftsunterkunft, Herr [[P|Reiner Kaufmann]]
– Hausarztpraxis Dr. med. [[P|Sevgi Arslan]], Mücke
– Ordnungsamt der Gemeinde Mücke

Telefon Zentrale [[N|{AMT_TEL}]] · Telefax [[N|{AMT_FAX}]] · [[N|{AMT_MAIL}]]
""", ["HEALTH"])

# ---------------------------------------------------------------------------------------------------------------
# 017 word – file note on measles contact tracing in a school
add(17, "word", "masern_kontaktermittlung_vermerk", """Aktenvermerk
Az.: [[AZ|IfS-A-2025-0112]] – Masern, Grundschule Schlitz-Hutzdorf

Datum: 06.11.2025
Verfasserin: [[P|Martina Holzapfel]]

1. Indexfall
[[P|Lena-Marie Höhl]], geb. [[DOB|19.05.2016]], Klasse 3b, wohnhaft [[A|Hutzdorfer Straße 40]], [[A|36110 Schlitz]]. Exanthem seit 03.11., Masern-IgM positiv (Labor vom 05.11.). Ungeimpft, die Eltern ([[P|Sven Höhl]] und [[P|Maren Höhl]], Tel. [[T|06642 918805]]) hatten bisher ein ärztliches Attest über eine Kontraindikation vorgelegt, das ich nach Rücksprache mit der Amtsärztin für nicht plausibel halte (Ausstellerin Dr. [[P|Renate Faust]], Fulda).

2. Kontaktpersonen Klasse 3b mit fehlendem oder unvollständigem Impfschutz

Name | geb. | Impfungen | Erziehungsberechtigte / Tel.
[[P|Finn Ruppert]] | [[DOB|02.08.2016]] | 1 | [[P|Anja Ruppert]], [[T|0170 3391845]]
[[P|Hira Bashir]] | [[DOB|27.11.2015]] | 0 | [[P|Tariq Bashir]], [[T|0157 72640193]]
[[P|Jannis Karagiannis]] | [[DOB|10.01.2016]] | unklar | [[P|Stavroula Karagiannis]], [[T|0176 50288137]]
[[P|Emilia Kraus]] | [[DOB|04.04.2016]] | 1 | [[P|Tobias Kraus]], [[T|06642 4021]]

Die übrigen 19 Kinder der Klasse haben zwei dokumentierte Impfungen.

3. Lehrkräfte
Klassenlehrerin [[P|Ulrike Semmler]] ist vor 1970 geboren und gilt als immun. Die Referendarin [[P|Pia Lauterbach]] hat keinen Impfnachweis dabei und wird bis zur Vorlage nicht eingesetzt.

4. Maßnahmen
– Betretungsverbot für die vier Kinder unter 2. bis einschließlich 24.11.2025, sofern nicht innerhalb von 72 h nach Erstkontakt eine Riegelungsimpfung erfolgt ist.
– Telefonische Information der Eltern heute erledigt, außer Familie [[P|Bashir]] (nicht erreicht, morgen erneut).
– Frau [[P|Karagiannis]] legt den griechischen Impfausweis bis Freitag vor.

gez. [[P|Holzapfel]]
""", ["HEALTH"])

# ---------------------------------------------------------------------------------------------------------------
# 018 word – medical examination record for a police candidate (stays in the health file)
idc18 = ids.id_card(check_digit=True)
add(18, "word", "amtsarzt_untersuchungsbefund", f"""Gesundheitsamt Ohm-Schwalm – Amtsärztlicher Dienst
Untersuchungsbefund (verbleibt in der Gesundheitsakte, nicht an den Dienstherrn)

Untersuchungsanlass: Einstellung in das Beamtenverhältnis auf Probe
Auftraggeber: Polizeipräsidium Osthessen, Personalstelle
Aktenzeichen: [[AZ|AA-2025-1203]]

Name, Vorname: [[P|Antoniou, Dimitrios]]
Geburtsdatum: [[DOB|08.06.2000]]
Anschrift: [[A|Am Schlossberg 7]], [[A|36304 Alsfeld]]
Telefon: [[T|0151 25730981]]
Identität geprüft anhand: Personalausweis Nr. [[IDC|{idc18}]]

Anamnese:
Keine schweren Vorerkrankungen. Familiäre Hypercholesterinämie, 2019 molekulargenetisch gesichert (heterozygote LDLR-Mutation); der Vater, Herr [[P|Georgios Antoniou]], erlitt mit 46 Jahren einen Herzinfarkt. Seit 2020 Einnahme von Atorvastatin 20 mg, verordnet von Dr. med. [[P|Frank Hildebrandt]], Lipidambulanz Gießen. Nichtraucher, Sport 4×/Woche.

Befund:
Größe 183 cm, Gewicht 81 kg, RR 124/78 mmHg. Herz, Lunge, Abdomen unauffällig. Visus beidseits 1,0, Farbsinn regelrecht.
Labor (extern, 14.11.2025): LDL 118 mg/dl unter Therapie, übrige Werte im Normbereich.

Beurteilung:
Unter der bestehenden Therapie ist eine vorzeitige Dienstunfähigkeit nicht mit überwiegender Wahrscheinlichkeit zu erwarten. Gesundheitliche Eignung: ja. Dem Dienstherrn wird nur das Ergebnis mitgeteilt.

Homberg (Ohm), 20.11.2025

Dr. med. [[P|Katrin Wendeborn]]
Amtsärztin
""", ["HEALTH", "GENETIC"])

# ---------------------------------------------------------------------------------------------------------------
# 019 word – hygiene inspection report of a restaurant
vat19 = ids.vat_id()
tnr19 = tnr_hessen()
add(19, "word", "hygiene_begehungsprotokoll", f"""Begehungsprotokoll Lebensmittel- und Gaststättenhygiene (Infektionsschutz, §§ 42, 43 IfSG)

Aktenzeichen: [[AZ|HY-2025-0291]]
Datum der Begehung: 12.11.2025, 11:15–12:40 Uhr
Anlass: Beschwerde eines Gastes (Durchfallerkrankung nach Besuch am 08.11.)

Betrieb: Taverna Olympia
Betriebsanschrift: [[A|Marktplatz 6]], [[A|36341 Lauterbach]]
Inhaber: [[P|Vasilis Stamatopoulos]]
Geburtsdatum: [[DOB|30.11.1971]]
Privatanschrift: [[A|Eisenacher Straße 61]], [[A|36341 Lauterbach]]
Telefon: [[T|06641 919427]] / mobil [[T|0171 8830562]]
E-Mail: [[E|v.stamatopoulos@taverna-olympia-lauterbach.de]]
Steuernummer: [[TNR|{tnr19}]]
USt-IdNr.: [[VAT|{vat19}]]

Anwesend:
für den Betrieb: Herr [[P|Stamatopoulos]], Koch [[P|Sokol Berisha]]
für das Gesundheitsamt: [[P|Sven Köhrer]], [[P|Miriam Lenz]]

Feststellungen:
1. Belehrungsnachweise nach § 43 IfSG liegen für Herrn [[P|Stamatopoulos]] und Herrn [[P|Berisha]] vor. Für die Servicekraft [[P|Julia Merle]] fehlt die Folgebelehrung durch den Arbeitgeber (Dokumentation letztmalig 2022).
2. Handwaschbecken in der Küche ohne Seifen- und Papierhandtuchspender.
3. Kühlzelle 9 °C (Soll ≤ 7 °C), Temperaturprotokoll seit 28.10. nicht geführt.
4. Tzatziki aus dem Vortag ohne Kennzeichnung im Kühlschrank der Ausgabe.

Auflagen (Frist 26.11.2025):
– Spender am Handwaschbecken anbringen,
– Kühlzelle instand setzen lassen und Temperaturen täglich dokumentieren,
– Belehrung für Frau [[P|Merle]] nachholen und schriftlich nachweisen.

Die Lebensmittelüberwachung beim Veterinäramt erhält eine Kopie. Das Lieferfahrzeug des Betriebs ([[KFZ|VB-VS 1971]]) wurde nicht kontrolliert.

Herr [[P|Stamatopoulos]] hat das Protokoll erhalten.

_______________________            _______________________
[[P|Sven Köhrer]], Hygieneinspektor    [[P|Vasilis Stamatopoulos]], Inhaber
""", [])

# ---------------------------------------------------------------------------------------------------------------
# 020 word – drinking-water inspection of a private well (own water supply)
add(20, "word", "trinkwasser_eigenversorgung", """Niederschrift über die Probenahme und Ortsbesichtigung – Eigenwasserversorgungsanlage (§ 19 TrinkwV)

Aktenzeichen: [[AZ|TW-2025-0233]]
Ort: Aussiedlerhof „Am Rimberg“, [[A|Rimbergweg 4]], [[A|35315 Homberg (Ohm)]], Gemarkung Maulbach, Flur 3, Flurstück 17/2
Datum: 17.10.2025

Betreiber der Anlage: [[P|Wilfried Hahn]] und [[P|Ortrud Hahn]]
Telefon: [[T|06633 7341]], mobil (Herr [[P|Hahn]]) [[T|0160 5012378]]

Versorgte Personen: Familie [[P|Hahn]] (2 Personen) sowie im Nebengebäude die Mieterin [[P|Jolanta Michalska]] mit zwei Kindern; Frau [[P|Michalska]] ist erreichbar unter [[T|0152 03391847]] und über die Arbeit (Gärtnerei Hainbach).

Anlage: Hausbrunnen, Tiefe ca. 18 m, Baujahr 1972, Brunnenkopf in einem Schacht neben dem Misthaufen (Abstand ca. 12 m). UV-Anlage vorhanden, Lampe laut Betreiber „seit dem Frühjahr kaputt“.

Probenahme: 10:20 Uhr, Zapfhahn Küche Wohnhaus und Zapfhahn Bad Nebengebäude, durch [[P|Jörg Seipp]] (Gesundheitsamt). Vor-Ort-Parameter: Temperatur 11,4 °C, Trübung sichtbar.

Ergebnis (Labor, 20.10.2025): E. coli 14/100 ml, coliforme Bakterien 86/100 ml, Enterokokken 3/100 ml (Grenzwerte jeweils 0).

Sofortmaßnahmen (mündlich am 20.10.2025 angeordnet, schriftlicher Bescheid folgt):
1. Abkochgebot für alle Nutzer, Aushang im Nebengebäude in deutscher und polnischer Sprache,
2. Instandsetzung der UV-Anlage und Desinfektion des Brunnens durch einen Fachbetrieb,
3. Nachbeprobung nach Abschluss der Maßnahmen.

Herr [[P|Hahn]] kündigte an, den Anschluss an die öffentliche Wasserversorgung zu prüfen; die Gemeinde hat dafür einen Ansprechpartner, Herrn [[P|Volker Schäfer]] vom Bauamt.

Homberg (Ohm), 20.10.2025
gez. [[P|Seipp]]
""", [])

# ---------------------------------------------------------------------------------------------------------------
# 021 word – laboratory report (IGRA) for a newcomer
kv21 = kv()
lab_vat = ids.vat_id()
add(21, "word", "laborbefund_igra", f"""MVZ Labor Mittelhessen GmbH
[[N|Frankfurter Straße 120]] · [[N|35392 Gießen]] · Tel. [[N|0641 98277-0]]
USt-IdNr. [[N|{lab_vat}]]

BEFUNDBERICHT – Endbefund

Einsender: Gesundheitsamt Ohm-Schwalm, TB-Sprechstunde, Dr. med. [[P|Nils Eschweiler]]
Patient/in: [[P|Rahimi, Zahra]]          geb. [[DOB|15.07.1988]]     weiblich
Auftragsnr.: [[AZ|2511-48213]]          Eingang: 25.11.2025 08:40     Ausgang: 26.11.2025 14:02
Kostenträger: AOK Hessen, Versichertennr. [[KV|{kv21}]]
Klinische Angaben: Screening nach § 36 IfSG, Schwangerschaft 21. SSW, Röntgen Thorax zurückgestellt

Untersuchung                        Ergebnis        Einheit    Referenz
QuantiFERON-TB Gold Plus
  TB1-Antigen minus Nil             1,84            IU/ml      < 0,35
  TB2-Antigen minus Nil             2,11            IU/ml      < 0,35
  Mitogen minus Nil                 > 10,0          IU/ml
  Nil                               0,06            IU/ml
Gesamtbewertung                     POSITIV

HIV-1/2-Ag/Ak-Screening             negativ
HBs-Antigen                         negativ

Kommentar:
Positives Testergebnis, vereinbar mit einer Infektion mit M. tuberculosis-Komplex. Eine Unterscheidung zwischen latenter Infektion und aktiver Erkrankung ist mit dem Test nicht möglich. Klinische und radiologische Abklärung (ggf. Röntgen mit Bleischürze nach Rücksprache mit der Gynäkologin Dr. [[P|Heike Ortmann]]) empfohlen.

Medizinisch validiert: Dr. med. [[P|Ulf Marbach]], Facharzt für Laboratoriumsmedizin
Dieser Befund wurde elektronisch erstellt und ist ohne Unterschrift gültig.
""", ["HEALTH"])

# ---------------------------------------------------------------------------------------------------------------
# 022 word – minutes of a case conference, social-psychiatric service
add(22, "word", "spdi_fallkonferenz_protokoll", """Sozialpsychiatrischer Dienst – Protokoll Fallkonferenz

Datum: 13.11.2025, 14:00–15:15 Uhr, Gesundheitsamt, Raum 2.08
Klient: [[P|Bassam Al-Khatib]], geb. [[DOB|05.09.1985]], [[A|Lessingstraße 3]], [[A|36304 Alsfeld]]
Az. Betreuungsgericht: [[AZ|XVII 214/25]] (Amtsgericht Alsfeld)

Teilnehmende:
[[P|Yvonne Battenberg]] (SpDi, Sozialarbeiterin, Protokoll)
Dr. med. [[P|Aylin Demirtaş]] (SpDi, Fachärztin für Psychiatrie)
[[P|Olaf Trube]] (gesetzlicher Betreuer, Berufsbetreuer)
[[P|Pascal Eckhardt]] (Jobcenter, Fallmanagement)
[[P|Nour Haddad]] (Dolmetscherin Arabisch)
Herr [[P|Al-Khatib]] war ab 14:30 Uhr anwesend.

TOP 1 – Situation
Herr [[P|Al-Khatib]] lebt seit 2016 in Deutschland. Er war 2012 in Syrien wegen der Teilnahme an Demonstrationen gegen die Regierung und seiner Mitgliedschaft in einer oppositionellen Studentengruppe elf Monate inhaftiert und wurde dort gefoltert. Diagnosen laut Entlassbrief der Klinik vom 02.10.2025: komplexe posttraumatische Belastungsstörung, rezidivierende depressive Störung, schädlicher Gebrauch von Alkohol. Nach Suizidgedanken im September stationäre Aufnahme für drei Wochen.

TOP 2 – Wohnen und Finanzen
Mietrückstand von zwei Monaten. Herr [[P|Trube]] klärt die Übernahme mit dem Jobcenter; Herr [[P|Eckhardt]] sagt eine Prüfung bis 28.11. zu. Der Bruder, [[P|Khaled Al-Khatib]] ([[T|0176 91338025]]), hat angeboten, vorübergehend Geld zu leihen.

TOP 3 – Behandlung
Frau Dr. [[P|Demirtaş]] vermittelt einen Platz in der Traumaambulanz Gießen (Wartezeit ca. 4 Monate). Bis dahin 14-tägige Gespräche im SpDi mit Frau [[P|Haddad]] als Dolmetscherin. Herr [[P|Al-Khatib]] wünscht ausdrücklich keine Gruppentherapie mit anderen Syrern.

TOP 4 – Vereinbarungen
– Nächster Termin SpDi: 27.11.2025, 10:00 Uhr
– Frau [[P|Battenberg]] begleitet Herrn [[P|Al-Khatib]] zum Vermieter
– Fallkonferenz erneut im Februar 2026

f. d. R. [[P|Y. Battenberg]]
""", ["HEALTH", "POLITICS"])

# ---------------------------------------------------------------------------------------------------------------
# 023 word – notification form filled in by a GP practice (acute hepatitis B)
kv23 = kv()
add(23, "word", "meldebogen_ifsg", f"""Meldebogen – Arztmeldung gemäß §§ 6, 8, 9 IfSG
an: Gesundheitsamt Ohm-Schwalm, Fax [[N|{AMT_FAX}]]

Betroffene Person
Name: [[P|Karataş]]
Vorname: [[P|Gülsüm]]
Geschlecht: weiblich
Geburtsdatum: [[DOB|22.10.1976]]
Anschrift: [[A|Grünberger Straße 18]]
PLZ / Ort: [[A|35325 Mücke]]
Telefon: [[T|06400 958314]]
Krankenkasse: Techniker Krankenkasse
Versichertennummer: [[KV|{kv23}]]

Meldepflichtige Krankheit
[ ] Verdacht   [x] klinische Diagnose   [ ] Tod
Diagnose: akute Virushepatitis B
Erkrankungsbeginn: ca. 20.10.2025 (Ikterus, Oberbauchschmerzen)
Labor: HBsAg positiv, Anti-HBc-IgM positiv, ALT 1.240 U/l (Labor vom 07.11.2025)
Hospitalisierung: nein
Wahrscheinliches Infektionsland: Türkei
Expositionsrisiko: zahnärztliche Behandlung (Implantat) in Izmir im Juli 2025; Ehemann [[P|Hüseyin Karataş]] laut Patientin HBsAg-negativ, Impfstatus unbekannt
Impfstatus Patientin: nicht geimpft
Tätigkeit: Erzieherin in einer Kindertagesstätte (§ 34 IfSG nicht betroffen, aber Hinweis zur Arbeitsfähigkeit erbeten)

Meldende Person / Einrichtung
Hausarztpraxis Dr. med. [[P|Sevgi Arslan]]
[[A|Bahnhofstraße 44]], [[A|35325 Mücke]]
Tel. [[T|06400 95010]]
Datum: 10.11.2025
Unterschrift / Stempel: [[P|S. Arslan]]
""", ["HEALTH"])

# ---------------------------------------------------------------------------------------------------------------
# 024 word – export from the measles-protection case software for one day-care centre
rows24 = [
    ("MS-2025-0601", "Noah Schäfer", "2021-04-09", "Jana Schäfer", "0171 4402873", "jana.schaefer89@web.de",
     "Nachweis unvollständig (1/2)", "2025-11-15"),
    ("MS-2025-0604", "Amira Osman", "2020-12-01", "Fatima Osman", "0157 39920174", "",
     "kein Nachweis", "2025-11-15"),
    ("MS-2025-0607", "Leon Wiśniewski", "2022-02-17", "Katarzyna Wiśniewska", "0176 61184035",
     "k.wisniewska@onet.pl", "Titerbefund angefordert", "2025-11-30"),
    ("MS-2025-0609", "Elif Yıldırım", "2021-08-23", "Murat Yıldırım", "06642 912377", "",
     "Attest Kontraindikation in Prüfung", "2025-12-05"),
    ("MS-2025-0612", "Paul Nickel", "2020-06-30", "Sandra Nickel-Bauer", "0160 3310472", "s.nickel-bauer@gmx.de",
     "Nachweis unvollständig (1/2)", "2025-11-15"),
    ("MS-2025-0615", "Selam Tewelde", "2022-05-05", "Hiwet Tesfay", "0152 55807341", "",
     "Impfung vereinbart 18.11.", "2025-11-30"),
    ("MS-2025-0618", "Anton Riedesel", "2021-11-12", "Christoph Riedesel", "0151 20945568",
     "c.riedesel@riedesel-holz.de", "Mahnung verschickt", "2025-11-10"),
]
lines24 = []
for az, kind, geb, eltern, tel, mail, status, frist in rows24:
    mail_cell = f"[[E|{mail}]]" if mail else ""
    lines24.append(f"[[AZ|{az}]];[[P|{kind}]];[[DOB|{geb}]];[[P|{eltern}]];[[T|{tel}]];{mail_cell};{status};{frist}")
add(24, "word", "masern_export_kita", """Export Fachverfahren „Masernschutz (§ 20 IfSG)“ – Einrichtung: Kita Regenbogen, Schlitz
Erstellt: 27.10.2025 07:58 durch [[P|tkolb]] – nur für den Dienstgebrauch

Vorgang;Kind;Geburtsdatum;Sorgeberechtigte/r;Telefon;E-Mail;Status;Frist
""" + "\n".join(lines24) + """

7 Datensätze. Hinweis: Bei Vorgang [[AZ|MS-2025-0609]] liegt ein Attest von Dr. [[P|Renate Faust]] (Fulda) vor, Prüfung durch Amtsärztin. Vorgang [[AZ|MS-2025-0618]]: Vater hat telefonisch angekündigt, „das Kind notfalls abzumelden“.
""", ["HEALTH"])

# ---------------------------------------------------------------------------------------------------------------
# 025 word – letter to a Polish seasonal worker on directly observed therapy (German with Polish summary)
kv25 = kv()
add(25, "word", "tb_dot_brief_polnisch", f"""{AMT}
Gesundheitsamt – TB-Sprechstunde
[[N|{AMT_STR}]], [[N|{AMT_ORT}]]

Herrn
[[P|Paweł Zieliński]]
bei Obsthof Weitzel GbR
[[A|Hofgut Weitzel 2]]
[[A|36320 Kirtorf]]

Unser Zeichen: [[AZ|TB-2025-0044]]
Datum: 27.11.2025

Ihre Tuberkulose-Behandlung nach der Entlassung aus dem Krankenhaus

Sehr geehrter Herr [[P|Zieliński]],

Sie wurden am 25.11.2025 aus dem Kreiskrankenhaus Alsfeld entlassen. Sie sind nicht mehr ansteckend. Die Behandlung dauert aber noch mindestens vier Monate. Bitte nehmen Sie die Tabletten jeden Morgen vor den Augen der Pflegekraft ein. Das ist wichtig, damit die Tuberkulose nicht zurückkommt und die Bakterien nicht resistent werden.

Die Tabletten bringt Ihnen der Pflegedienst Lichtblick, Schwester [[P|Monika Decher]], Tel. [[T|06635 918 4402]], jeden Tag um 7:00 Uhr.

Sie haben uns gesagt, dass Sie am 15.12.2025 nach Hause fahren möchten, an Ihre Anschrift [[A|ul. Kwiatowa 12]], [[A|97-300 Piotrków Trybunalski]]. Das ist möglich. Wir informieren dann mit Ihrem Einverständnis das Gesundheitsamt in Piotrków (Powiatowa Stacja Sanitarno-Epidemiologiczna) und Ihren Arzt in Polen, damit die Behandlung dort ohne Pause weitergeht. Für die Meldung brauchen wir noch eine Kopie Ihres Personalausweises (Nr. [[IDC|{pl1}]]).

Die Kosten bis zur Abreise trägt Ihre Krankenkasse, die AOK Hessen (Versichertennummer [[KV|{kv25}]]).

Streszczenie po polsku:
Panie [[P|Pawle]], proszę codziennie rano przyjmować leki w obecności pielęgniarki. Leczenie trwa co najmniej cztery miesiące. Przed wyjazdem do Polski 15.12.2025 prosimy o kontakt – przekażemy informacje do sanepidu w Piotrkowie Trybunalskim. W razie pytań pomoże pani [[P|Agata Pietrzak]], tel. [[T|0171 2093388]].

Mit freundlichen Grüßen
Im Auftrag

Dr. med. [[P|Nils Eschweiler]]
Tel. [[T|06633 9180-341]]
""", ["HEALTH"])

# ---------------------------------------------------------------------------------------------------------------
# 026 word – hearing before a fine for missing measles proof (parents refuse for religious reasons)
add(26, "word", "bussgeld_anhoerung_masern", f"""{AMT}
Fachbereich Gesundheit – Gesundheitsamt – Bußgeldstelle
[[N|{AMT_STR}]] · [[N|{AMT_ORT}]]

Herrn
[[P|Benjamin Friesen]]
[[A|Am Steinbruch 11]]
[[A|36329 Romrod]]

Kassenzeichen: [[AZ|6.2025.411907]]
Aktenzeichen: [[AZ|OWi-MS-2025-0027]]
Sachbearbeitung: [[P|Tamara Kolb]], Zimmer 1.12
Datum: 01.12.2025

Anhörung im Bußgeldverfahren – Nachweis über Masernschutz (§ 20 Abs. 12 IfSG, § 73 Abs. 1a Nr. 7d IfSG)

Sehr geehrter Herr [[P|Friesen]],

Ihnen wird vorgeworfen, als Sorgeberechtigter Ihres Sohnes [[P|Jakob Friesen]], geb. [[DOB|12.03.2019]], Schüler der Grundschule Romrod, trotz Aufforderung vom 02.09.2025 und Erinnerung vom 07.10.2025 keinen Nachweis über einen ausreichenden Impfschutz gegen Masern, eine Immunität oder eine Kontraindikation vorgelegt zu haben.

Angaben zur Person des Betroffenen:
Name: [[P|Friesen, Benjamin]]
Geburtsdatum: [[DOB|27.08.1987]]
Anschrift: siehe oben

In Ihrem Schreiben vom 14.10.2025 haben Sie und Ihre Ehefrau, Frau [[P|Rebekka Friesen]], mitgeteilt, dass Sie als Mitglieder der Mennonitischen Brüdergemeinde Impfungen aus Glaubensgründen ablehnen. Religiöse Gründe sind nach dem Infektionsschutzgesetz jedoch kein Grund, von der Nachweispflicht abzusehen. Das Bundesverfassungsgericht hat die Masernschutzpflicht mit Beschluss vom 21.07.2022 ([[N|1 BvR 469/20]] u. a.) bestätigt.

Sie haben Gelegenheit, sich bis zum 22.12.2025 zu dem Vorwurf zu äußern. Sie müssen keine Angaben zur Sache machen. Ihre Angaben zur Person sind jedoch Pflicht. Wird der Nachweis bis dahin vorgelegt, wird das Verfahren in der Regel eingestellt.

Ein etwaiges Bußgeld wäre unter Angabe des Kassenzeichens auf das Konto der Kreiskasse, IBAN [[N|{KASSE_IBAN}]], zu zahlen. Bitte zahlen Sie jetzt noch nichts.

Mit freundlichen Grüßen
Im Auftrag
[[P|Kolb]]
""", ["HEALTH", "RELIGION"])

# ---------------------------------------------------------------------------------------------------------------
# 027 word – interpreter's invoice (Tigrinya) to the health office
tnr27 = tnr_hessen()
iban27 = ids.iban_de()
add(27, "word", "dolmetscher_rechnung", f"""[[P|Saba Ghebreyesus]]
Dolmetscherin und Übersetzerin für Tigrinya, Amharisch, Englisch
(allgemein beeidigt beim Landgericht Gießen)
[[A|Ludwigstraße 54]] · [[A|35390 Gießen]]
Tel. [[T|0641 3018825]] · mobil [[T|0176 80914562]] · [[E|saba.ghebreyesus@posteo.de]]

Kreisausschuss des Landkreises Ohm-Schwalm
Gesundheitsamt – TB-Sprechstunde
z. Hd. Herrn Dr. [[P|Eschweiler]]
[[N|{AMT_STR}]]
[[N|{AMT_ORT}]]

Gießen, 28.11.2025

Rechnung – Dolmetschereinsätze November 2025
Ihr Zeichen: [[AZ|TB-2025-0047]]

Datum | Einsatz | Stunden | Betrag
18.11.2025 | KKH Alsfeld, Aufklärung Diagnose Lungentuberkulose, Herr [[P|Tesfamariam]] | 1,5 | 127,50 EUR
20.11.2025 | Gesundheitsamt, Gespräch zur Absonderung | 2,0 | 170,00 EUR
20.11.2025 | Fahrzeit Gießen–Homberg–Gießen | 1,5 | 127,50 EUR
21.11.2025 | GU Mücke, Zustellung und Erläuterung des Bescheids | 1,0 | 85,00 EUR
Fahrtkosten | 4 × 68 km × 0,42 EUR | | 114,24 EUR

Gesamtbetrag: 624,24 EUR
Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.

Bitte überweisen Sie den Betrag innerhalb von 30 Tagen auf mein Konto:
Kontoinhaberin: [[P|Saba Ghebreyesus]]
IBAN: [[IBAN|{iban27}]]
Steuernummer: [[TNR|{tnr27}]]

Vielen Dank für die gute Zusammenarbeit.

[[P|Saba Ghebreyesus]]
""", ["HEALTH"])

# ---------------------------------------------------------------------------------------------------------------
# 028 word – application to the local court for involuntary admission (Hessian PsychKHG)
add(28, "word", "psychkhg_antrag", f"""{AMT}
Gesundheitsamt – Sozialpsychiatrischer Dienst
[[N|{AMT_STR}]] · [[N|{AMT_ORT}]]

Amtsgericht Alsfeld
– Betreuungsgericht –
per Fax vorab

Unser Zeichen: [[AZ|SpD-2025-0388]]
Datum: 04.12.2025, 16:40 Uhr

Antrag auf Anordnung einer vorläufigen Unterbringung nach § 17 PsychKHG Hessen
Betroffener: [[P|Tobias Reinhardt]], geb. [[DOB|09.08.1983]], [[A|Untergasse 14]], [[A|36304 Alsfeld]]

Sehr geehrte Damen und Herren,

wir beantragen die vorläufige Unterbringung des Betroffenen in der Klinik für Psychiatrie und Psychotherapie am Kreiskrankenhaus Alsfeld für die Dauer von bis zu sechs Wochen.

Sachverhalt:
Herr [[P|Reinhardt]] ist seit 2011 an einer paranoiden Schizophrenie erkrankt. Seit etwa Juni 2025 hat er die Depotmedikation abgesetzt. Nach Hinweisen seiner Schwester, Frau [[P|Carolin Reinhardt-Ochs]] ([[T|0172 6158802]]), versuchte der SpDi seit dem 18.11.2025 dreimal erfolglos, Kontakt aufzunehmen.

Heute gegen 13:30 Uhr fuhr Herr [[P|Reinhardt]] mit seinem Pkw ([[KFZ|VB-TR 983]]) nach Angaben der Polizei in Schlangenlinien durch die Innenstadt, da er sich von einem Hubschrauber „bestrahlt“ fühlte, und stieg an der Kreuzung Untergasse/Marktplatz bei laufendem Motor aus. Die Streife (POK [[P|Matthias Hinkel]], Polizeistation Alsfeld) brachte ihn in die Notaufnahme. Dort äußerte er, er werde „die Sender in der Nachbarwohnung ausschalten, notfalls mit Gewalt“. Gegenüber dem Nachbarn, Herrn [[P|Uwe Kessler]], war es bereits am 28.11. zu einer Bedrohung gekommen.

Ärztliches Zeugnis:
Nach eigener Untersuchung um 15:10 Uhr besteht eine akute psychotische Exazerbation mit Verfolgungswahn und fehlender Krankheitseinsicht. Es besteht eine gegenwärtige erhebliche Gefahr für Dritte und für den Betroffenen selbst. Eine freiwillige Behandlung lehnt er ab. Die Hausärztin, Dr. med. [[P|Birgit Seum]], teilt diese Einschätzung.

Ein Betreuer ist nicht bestellt. Herr [[P|Reinhardt]] wünscht als Vertrauensperson seine Schwester.

Dr. med. [[P|Aylin Demirtaş]]
Fachärztin für Psychiatrie und Psychotherapie
Sozialpsychiatrischer Dienst, Tel. [[T|06633 9180-455]]

[[P|Yvonne Battenberg]]
Dipl.-Sozialarbeiterin
""", ["HEALTH"])

# ---------------------------------------------------------------------------------------------------------------
# 029 word – phone notes of one morning
add(29, "word", "telefonnotizen", """Telefonnotizen Infektionsschutz / Allgemein – Montag, 24.11.2025

08:50 – Herr [[P|Mustafa Öztürk]] (Foodtruck, Kassenzeichen [[AZ|6.2025.403218]]): Überweisung ist raus. Fragt, ob Herr [[P|Schlitzer]] die Belehrung am 25.11. verschieben kann, der hat Berufsschule. → Ersatztermin 02.12., 10 Uhr, Rückruf an [[T|01525 6637120]] erledigt.

09:30 – Frau [[P|Ewa Kowalczyk]], Reinigungskraft in der Kita Regenbogen, fragt nach Hepatitis-A-Impfung, sie fliegt im Januar zu ihrer Schwester nach Ägypten. Ist privat, an Hausarzt bzw. Reisemedizin verwiesen. Tel. [[T|0160 92203157]].

10:15 – Dr. med. [[P|Tilman Grebe]], Kinderarztpraxis Lauterbach: Verdacht auf Keuchhusten bei Säugling [[P|Mila Neidhardt]], geb. [[DOB|02.09.2025]], PCR läuft. Mutter [[P|Sarah Neidhardt]], [[T|0157 46690218]], [[A|Am Wartturm 9]], [[A|36341 Lauterbach]]. Der Bruder [[P|Ben]] (4) geht in die Kita Sonnenblume und hustet auch. → Rückruf bei der Mutter heute Nachmittag, Kita erst nach PCR-Ergebnis informieren.

11:40 – Herr [[P|Ahmad Sharifi]] (GU Homberg, Zimmer 14) mit Übersetzung durch einen Mitbewohner: Er werde als Hazara von anderen afghanischen Bewohnern beschimpft und bedroht, schläft seit Wochen kaum, hat Albträume und „Herzrasen“. Möchte mit jemandem sprechen, nicht mit der Heimleitung. → an Frau [[P|Battenberg]] (SpDi) weitergegeben, Dolmetscher Dari nötig. Erreichbar nur über Herrn [[P|Kaufmann]], [[T|0160 4471902]].

14:05 – Frau [[P|Anke Wißner]], Oberhessische Zeitung, fragt nach der Zahl der Masernfälle in Schlitz. → an Pressestelle verwiesen, keine Auskunft gegeben.

notiert: [[P|T. Kolb]]
""", ["HEALTH", "ETHNICITY"])

# ---------------------------------------------------------------------------------------------------------------
# 030 word – printed summary of an employer's compensation claim (§ 56 IfSG) after a work ban
ssn30 = ssn("190387", "N")
tid30 = ids.tax_id()
kv30 = kv()
tnr30 = tnr_hessen()
vat30 = ids.vat_id()
iban30 = group(ids.iban_de(), 4)
add(30, "word", "entschaedigung_56_ifsg", f"""Antrag auf Entschädigung nach § 56 IfSG – Zusammenfassung (Ausdruck aus dem Online-Verfahren)
Vorgangsnummer: [[AZ|ENT-HE-2025-118274]]
Eingang: 19.11.2025

A. Arbeitgeber
Firma: Bäckerei Wiegand e. K.
Inhaber: [[P|Heiko Wiegand]]
Anschrift: [[A|Hersfelder Straße 27]], [[A|36304 Alsfeld]]
Telefon: [[T|06631 72618]]
E-Mail: [[E|heiko.wiegand@baeckerei-wiegand.de]]
Steuernummer: [[TNR|{tnr30}]]
USt-IdNr.: [[VAT|{vat30}]]
Bankverbindung für die Erstattung: [[IBAN|{iban30}]]
Ansprechpartnerin Lohnabrechnung: [[P|Lisa Kern]], Steuerbüro Kern, [[E|lohn@stb-kern-alsfeld.de]]

B. Betroffene Person
Name, Vorname: [[P|Nowicka, Małgorzata]]
Geburtsdatum: [[DOB|19.03.1987]]
Anschrift: [[A|Schwabenröder Straße 3]], [[A|36304 Alsfeld]]
Rentenversicherungsnummer: [[SSN|{ssn30}]]
Steuer-Identifikationsnummer: [[TID|{tid30}]]
Krankenkasse: DAK-Gesundheit, Versichertennummer [[KV|{kv30}]]
Tätigkeit: Verkäuferin mit Umgang mit unverpackten Backwaren, 30 Std./Woche

C. Maßnahme
Art: berufliches Tätigkeitsverbot nach § 42 Abs. 1 IfSG (Ausscheiderin von Salmonella Enteritidis)
Anordnung durch: Gesundheitsamt Ohm-Schwalm, Az. [[AZ|IfS-2025-01891]]
Zeitraum: 14.10.2025 bis 07.11.2025 (drei negative Stuhlproben am 03., 05. und 07.11.2025)
Erkrankung mit Arbeitsunfähigkeit: nein (keine Symptome)
Möglichkeit zur Umsetzung im Betrieb: nein (nur Verkauf und Backstube)

D. Entschädigungsbetrag
Nettoarbeitsentgelt Oktober/November: 1.612,40 EUR
Erstattung Sozialversicherungsbeiträge: 402,78 EUR

Ich versichere die Richtigkeit der Angaben.
Alsfeld, 19.11.2025 – [[P|Heiko Wiegand]]

Bearbeitungsvermerk Gesundheitsamt: Tätigkeitsverbot bestätigt, Kopie der Verfügung beigefügt. [[P|Köhrer]], 24.11.2025
""", ["HEALTH"])

# ---------------------------------------------------------------------------------------------------------------
assert len(docs) == 30, len(docs)
assert [d["id"] for d in docs] == [f"F119-{i:03d}" for i in range(1, 31)]
total = sum(len(d["entities"]) for d in docs)
assert 450 <= total <= 650, total
with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(f"wrote {OUT}: {len(docs)} documents, {total} entities")
