#!/usr/bin/env python3
"""Batch 58: held-out documents from the invented Schleswig-Holstein university and naval town Stadt Förde-Holm.

Marks: [[CAT|text]] for labelled entities, [[N|text]] for neutral spans (see marks.py). Writes fresh58.jsonl.
"""
import sys

sys.dont_write_bytecode = True
import json
import os
import random

CORPUS = os.path.dirname(os.path.abspath(__file__))  # marks.py and identifiers.py sit beside this file
sys.path.insert(0, CORPUS)
from marks import build  # noqa: E402
from identifiers import Identifiers, mod97_iban, mod11_10_check, luhn_check  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 5858
ids = Identifiers(SEED)
rng = random.Random(SEED)


# ---------------------------------------------------------------- identifier helpers
def grp(value, size=4, sep=" "):
    return sep.join(value[i:i + size] for i in range(0, len(value), size))


def tid_fmt(t):
    return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"


def ssn_fmt(s):
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"


def iban_de_bank(blz):
    return mod97_iban("DE", blz + ids.digits(10))


def iban_nl(bank="RABO"):
    # Dutch account numbers of RABO/ABNA satisfy the 11-test (elfproef) on top of the IBAN mod 97.
    while True:
        acct = ids.digits(10)
        if acct[0] == "0" and acct[1] == "0":
            continue
        if sum(int(d) * (10 - i) for i, d in enumerate(acct)) % 11 == 0:
            return mod97_iban("NL", bank + acct)


def pl_bank_check(seven):
    w = [3, 9, 7, 1, 3, 9, 7]
    return (10 - sum(int(d) * x for d, x in zip(seven, w)) % 10) % 10


def iban_pl():
    bank7 = "1020" + ids.digits(3)  # PKO BP, branch
    bank = bank7 + str(pl_bank_check(bank7))
    return mod97_iban("PL", bank + ids.digits(16))


def us_passport():
    return "A" + ids.digits(8)


# ---------------------------------------------------------------- the city's own data (neutral)
CITY_IBAN = grp(mod97_iban("DE", "21050170" + "0000412377"))
SWITCH = "04358 83-0"

# ---------------------------------------------------------------- identifiers used in the documents
I = {}
I["iban001"] = iban_de_bank("21050170")
I["iban007"] = iban_de_bank("21050170")
I["tid007"] = ids.tax_id()
I["iban008"] = iban_pl()
I["iban009"] = ids.iban_de()
I["cc010"] = ids.credit_card("54", 16)
I["pass003a"] = us_passport()
I["pass003b"] = us_passport()
I["pass003c"] = us_passport()
I["pass004"] = us_passport()
I["pass011"] = ["A" + ids.digits(8), "C" + ids.digits(7), "B" + ids.digits(7), ids.digits(2) + " " + ids.digits(7),
                "X" + ids.digits(8)]
I["pass013"] = "Z" + ids.digits(8)
I["pass014"] = "FX" + ids.digits(6)
I["pass015"] = "EH" + ids.digits(7)
I["pass016a"] = "EK" + ids.digits(7)
I["pass016b"] = "E" + ids.digits(8)
I["kv017"] = ids.health_insurance()
I["pass020a"] = "N" + ids.digits(9)
I["pass020b"] = "N" + ids.digits(9)
I["kv020"] = ids.health_insurance()
I["ssn023"] = ids.social_security("140791", "O")
I["ssn024"] = ids.social_security("170368", "G")
I["tid025"] = ids.tax_id()
I["vat025"] = ids.vat_id()
I["iban026"] = iban_nl()
I["tnr027"] = ids.tax_number_nrw()
I["vat027"] = ids.vat_id()
I["idc027"] = ids.id_card()
I["idc028"] = ids.id_card(check_digit=True)
I["idc029"] = ids.id_card()
I["cc030"] = ids.credit_card("37", 15)
# Schleswig-Holstein Steuernummer, layout only (FF/BBB/UUUUP; 13-digit: 21 FF 0 BBB UUUUP)
_ff, _bbb, _uuuu = "20", ids.digits(3), ids.digits(5)
I["tnr025"] = f"{_ff}/{_bbb}/{_uuuu}"
I["tnr025e"] = f"21{_ff}0{_bbb}{_uuuu}"


def amex_fmt(n):
    return f"{n[:4]} {n[4:10]} {n[10:]}"


DOCS = []


def doc(channel, template, flags, text):
    DOCS.append((channel, template, flags, text.strip("\n")))


# ================================================================ F58-001 word: Wohngeldbescheid, Danish/Frisian family
doc("word", "wohngeld_bescheid", [], f"""
Stadt Förde-Holm · Die Bürgermeisterin · Fachbereich 50 Soziales · Wohngeldstelle
[[N|Rathausmarkt 1]] · [[N|24377 Förde-Holm]]

Eheleute
[[P|Mette Kjærgaard-Nissen]] und [[P|Jens Nissen]]
[[A|Dänenstraße 9]]
[[A|24377 Förde-Holm]]

Aktenzeichen: [[AZ|50.3-WG-2025/0417]]
Datum: 14.07.2025
Auskunft erteilt: Zimmer 2.14, Durchwahl [[T|04358 83-241]]

Bescheid über Wohngeld (Mietzuschuss) – Weiterleistungsantrag vom 02.06.2025

Sehr geehrte Eheleute [[P|Nissen]],

auf Ihren Antrag bewillige ich Ihnen für den Bewilligungszeitraum 01.07.2025 bis 30.06.2026 Wohngeld in Höhe von monatlich 287,00 EUR. Berücksichtigt wurden vier Haushaltsmitglieder: Sie beide sowie Ihre beiden Kinder. Die Berechnung nach §§ 4 bis 19 WoGG entnehmen Sie bitte der Anlage; die Miete wurde mit 742,00 EUR monatlich (Mietstufe III) angesetzt.

Die Zahlung erfolgt monatlich im Voraus auf das von Ihnen angegebene Konto
IBAN [[IBAN|{grp(I["iban001"])}]].

Bitte beachten Sie: Änderungen der Miete, des Einkommens oder der Zahl der Haushaltsmitglieder sind uns unverzüglich mitzuteilen (§ 27 WoGG). Herrn [[P|Nissens]] Arbeitsvertrag bei der Werft ist bis 31.12.2025 befristet; legen Sie uns eine Verlängerung bitte unaufgefordert vor.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift bei der Stadt Förde-Holm, [[N|Rathausmarkt 1]], [[N|24377 Förde-Holm]], einzulegen.

Mit freundlichen Grüßen
Im Auftrag

[[P|Wiebke Lorenzen]]

Bankverbindung der Stadtkasse: Förde Sparkasse, IBAN [[N|{CITY_IBAN}]]
Telefonzentrale [[N|{SWITCH}]] · [[N|wohngeld@foerde-holm.de]] · Sprechzeiten Mo, Di, Do 8–12 Uhr
""")

# ================================================================ F58-002 outlook: informal Kita mail, Turkish family
doc("outlook", "kita_anfrage", [], """
Betreff: kita platz für meine tochter??

hallo,

ich hab im februar schon online angemeldet aber nie was gehört. meine tochter heißt [[P|Defne Aydın]], geb [[DOB|3.11.2022]], und wir brauchen ab august einen platz weil ich wieder arbeite im klinikum (pflege, schichtdienst).
wir wohnen [[A|schifferstr. 14]] hier in förde-holm, die kita am fördeblick wäre am besten weil mein sohn [[P|Emir]] da schon ist und ich dann nur einmal hinfahren muss.

mein mann [[P|Gökhan]] kann sie auch anrufen wenn ich auf arbeit bin, [[T|0176 4412 9087]]

lg [[P|Zeynep Aydın]]

Von meinem iPhone gesendet
""")

# ================================================================ F58-003 word: Vermerk Ausländerbehörde, US Navy exchange officer family
doc("word", "abh_vermerk_nts", [], f"""
Stadt Förde-Holm – Die Bürgermeisterin
Fachbereich 32 Bürgerdienste und Ordnung · Ausländerbehörde
Sachgebiet 32.4 – Studierende, Forschende, Familienangehörige von Streitkräften

Aktenzeichen: [[AZ|32.4-NTS-0088/25]]

V e r m e r k

Vorsprache am 08.07.2025, 10:15 bis 11:05 Uhr, Dienstgebäude Hafenspeicher, Raum 0.12
Anwesend: Frau [[P|Brianna McAllister]], Herr Lieutenant Commander [[P|Tyler J. McAllister]] (U.S. Navy); für die Behörde der Unterzeichner. Die Vorsprache wurde auf Deutsch und Englisch geführt, ein Dolmetscher war nicht erforderlich.

1. Sachverhalt
Herr [[P|McAllister]] ist seit 01.06.2025 im Rahmen des Personalaustauschprogramms der Marine dem Marinestützpunktkommando Förde-Holm zugeordnet; die Verwendung endet planmäßig am 31.05.2028. Er und seine Familienangehörigen unterfallen dem NATO-Truppenstatut; ein Aufenthaltstitel ist nicht erforderlich.

Familienangehörige laut vorgelegten Pässen:
– [[P|Brianna Nicole McAllister]] (geb. [[P|Okonkwo]]), geboren am [[DOB|12.04.1991]] in Norfolk, Virginia, U.S. Passport No. [[PASS|{I["pass003a"]}]]
– [[P|Mason McAllister]], geboren am [[DOB|03.11.2016]], eigener Reisepass liegt vor

Wohnanschrift der Familie seit 15.06.2025: [[A|Kapitän-Lüders-Weg 3]], [[A|24378 Förde-Holm]] (Mietvertrag über die Bundeswehrverwaltung liegt vor).

2. Anliegen von Frau [[P|McAllister]]
Sie hat ein Stellenangebot des Instituts für Meereskunde der Universität Förde-Holm erhalten (Projektkoordinatorin, Teilzeit 50 %, befristet bis 31.12.2026). Sie fragt, ob sie die Beschäftigung mit ihrem bisherigen Status aufnehmen darf oder eine Aufenthaltserlaubnis mit Erlaubnis zur Beschäftigung benötigt. Die Personalabteilung der Universität verlange nach ihren Worten eine „work permit“ in schriftlicher Form.

Ihr Ehemann wies darauf hin, dass er im Herbst für etwa vier Monate auf See sein werde. Der Sohn besucht ab August die Grundschule am Noor; die Anmeldung dort ist erfolgt.

3. Bewertung und weiteres Vorgehen
Die Frage, ob der Status als Familienangehörige durch eine Beschäftigung außerhalb der Truppe berührt wird, wird mit dem Verbindungsbüro der U.S. Navy abgestimmt. Bis zur Klärung erhält sie eine formlose Bescheinigung über die Vorsprache. Gebühren fallen nicht an (§ 52 AufenthV ist nicht einschlägig, da kein Titel erteilt wird).

Kontakt: E-Mail [[E|bri.mcallister@gmail.com]].

Wiedervorlage: 05.08.2025

gez. [[P|Petrović]]
""")

# ================================================================ F58-004 outlook: forwarded English mail, US civilian family
doc("outlook", "buergerbuero_weiterleitung_en", [], f"""
Von: [[P|Petersen, Sönke]] <[[E|s.petersen@foerde-holm.de]]>
Gesendet: Dienstag, 15. Juli 2025 09:12
An: [[N|zulassungsstelle@kreis-rd.de]]
Betreff: WG: Question about car registration / Anmeldung

Hallo zusammen,

anbei eine Anfrage einer US-Staatsangehörigen, die seit Juni bei uns gemeldet ist. Können Sie ihr bitte direkt antworten? Ich habe ihr schon gesagt, dass die Halteränderung bei Ihnen läuft und nicht im Bürgerbüro. Die Frage zur Steuer-ID habe ich selbst beantwortet.

Gruß
[[P|Sönke Petersen]]
Bürgerbüro Förde-Holm
Tel. [[T|04358 83-118]]

-----Ursprüngliche Nachricht-----
Von: [[P|Kaylee Brooks-Carter]] <[[E|kbrookscarter@icloud.com]]>
Gesendet: Montag, 14. Juli 2025 21:47
An: Bürgerbüro Förde-Holm <[[N|buergerbuero@foerde-holm.de]]>
Betreff: Question about car registration / Anmeldung

Hi there,

sorry for writing in English, my German is still very basic (ich lerne!!). My husband [[P|DeShawn]] and I moved to Förde-Holm in June, he works as a civilian engineer for a contractor at the naval base. We are registered at [[A|Olshausenring 40]], [[N|Whg. 12]], [[A|24379 Förde-Holm]] since June 2nd.

Our car was registered last week with the plate [[KFZ|RD-DC 418]], but only in my husband's name. Since he is on a ship most of the month, can the registration be changed to me, or can I at least get some kind of authorization? Do you need my passport? The number is [[PASS|{I["pass004"]}]], issued in Virginia, and my date of birth is [[DOB|09/23/1993]].

Also: the letter with the "Steuer-ID" for me never arrived. Is that normal?

Best regards / viele Grüße
[[P|Kaylee]]
cell [[T|+1 (757) 555-0198]]
""")

# ================================================================ F58-005 word: Anhörung Bußgeldstelle, Greek driver, reply filled in
doc("word", "bussgeld_anhoerung", [], """
Stadt Förde-Holm · Bußgeldstelle · [[N|Rathausmarkt 1]] · [[N|24377 Förde-Holm]]

Herrn
[[P|Konstantinos Papadopoulos]]
[[A|Achter de Möhl 7]]
[[A|24376 Kappeln]]

Aktenzeichen: [[AZ|7.5-OWi-25-004471]] (bitte stets angeben)
Datum: 21.07.2025

Anhörung im Bußgeldverfahren – Gelegenheit zur Äußerung (§ 55 OWiG)

Sehr geehrter Herr [[P|Papadopoulos]],

Ihnen wird vorgeworfen, am 03.07.2025 um 07:42 Uhr in Förde-Holm, Holmer Straße in Höhe der Einmündung Schleiweg, als Führer des Pkw mit dem amtlichen Kennzeichen [[KFZ|SL-KP 1974]] die zulässige Höchstgeschwindigkeit innerhalb geschlossener Ortschaften um 23 km/h überschritten zu haben (§ 41 Abs. 1 i. V. m. Anlage 2, § 49 StVO; § 24 StVG). Gemessen wurde mit einem Gerät des Typs PoliScan Speed, Gerätenummer 652817, Messbeamter PHK [[P|Vogel]]; die Messstelle liegt am Vogelschutzgebiet Holmer Noor.

Das Regelbußgeld beträgt 150,00 EUR; zusätzlich ist die Eintragung eines Punktes im Fahreignungsregister vorgesehen. Haben Sie das Fahrzeug nicht selbst geführt, teilen Sie bitte Name, Vorname, Geburtsdatum und Anschrift der Person mit, die es geführt hat. Sie sind nicht verpflichtet, Angaben zur Sache zu machen.

Im Auftrag
Ihre Bußgeldstelle
Sprechzeiten Di und Do 9–12 Uhr, Telefon [[N|04358 83-0]]

– – – – – – – – – – – – – – hier abtrennen und zurücksenden – – – – – – – – – – – – – –

Äußerungsbogen zum Az. [[AZ|7.5-OWi-25-004471]]
Angaben zur Person (Pflichtangaben): Name [[P|Papadopoulos]], Vorname [[P|Konstantinos]], Geburtsdatum [[DOB|11.02.1979]], Geburtsort Thessaloniki
Angaben zur Sache (freiwillig): Ich war zur Tatzeit in Athen. Gefahren ist mein Sohn [[P|Nikos Papadopoulos]], geb. [[DOB|30.05.2004]], er wohnt bei mir und studiert in Förde-Holm.
Kappeln, 25.07.2025, Unterschrift (unleserlich)
""")

# ================================================================ F58-006 outlook: lawyer asks for file inspection (Bußgeld)
doc("outlook", "bussgeld_anwalt", [], """
Betreff: Ihr Az. [[AZ|7.5-OWi-25-003918]] – Verteidigungsanzeige und Antrag auf Akteneinsicht

Sehr geehrte Damen und Herren,

in der Bußgeldsache gegen unsere Mandantin, Frau [[P|Eleni Georgiou]], geb. [[DOB|19.09.1984]], wohnhaft [[A|Flensburger Chaussee 112]], [[A|24377 Förde-Holm]], zeigen wir unter Vorlage der anliegenden Vollmacht die Verteidigung an.

Vorgeworfen wird ein qualifizierter Rotlichtverstoß am 18.06.2025 an der Kreuzung Hafenstraße/Bahnhofstraße mit dem Fahrzeug [[KFZ|ECK-EG 77]]. Wir beantragen Akteneinsicht einschließlich der Rohmessdaten, der Lebensakte der Rotlichtüberwachungsanlage und des Eichscheins. Unsere Mandantin wird sich zur Sache zunächst nicht äußern.

Die Akte übersenden Sie bitte über das beA oder an [[E|ra.deluca@deluca-partner.de]]; die Pauschale von 12,00 EUR überweisen wir nach Rechnungsstellung.

Mit freundlichen Grüßen

[[P|Chiara De Luca]]
Rechtsanwältin · Fachanwältin für Verkehrsrecht
[[P|De Luca]] & Partner Rechtsanwälte mbB
[[A|Holstenstraße 52]] · [[A|24103 Kiel]]
Tel. [[T|0431 5597-31]] (Durchwahl)
Unser Zeichen: [[AZ|318/25 CD]]
""")

# ================================================================ F58-007 word: Elterngeldbescheid, Syrian family, premature birth (HEALTH)
doc("word", "elterngeld_bescheid", ["HEALTH"], f"""
Stadt Förde-Holm · Fachbereich 51 Jugend und Familie · Elterngeldstelle

Frau
[[P|Nour Haddad]]
[[A|Schleiweg 21 b]]
[[A|24377 Förde-Holm]]

Az.: [[AZ|EG-2025-00731]]
Förde-Holm, 16.07.2025

Bescheid über Elterngeld für Ihr Kind [[P|Lana Al-Hassan]], geboren am [[DOB|02.03.2025]]

Sehr geehrte Frau [[P|Haddad]],

auf Ihren Antrag vom 22.04.2025 bewillige ich Ihnen Basiselterngeld für den 1. bis 12. Lebensmonat Ihres Kindes.

Da Ihre Tochter in der 31. Schwangerschaftswoche und damit mehr als sechs Wochen vor dem errechneten Entbindungstermin zur Welt kam, stehen Ihnen nach § 4 Abs. 5 BEEG zusätzlich zwei Monatsbeträge Basiselterngeld zu. Der Entlassungsbericht der Neonatologie des Städtischen Krankenhauses Förde-Holm (Intensivstation bis 29.04.2025, Atemunterstützung und Sondenernährung, Geburtsgewicht 1.420 g) hat vorgelegen.

Der andere Elternteil, Herr [[P|Mohammad Al-Hassan]], geb. [[DOB|09.10.1989]], hat die Lebensmonate 13 und 14 beantragt; darüber ergeht ein gesonderter Bescheid.

Berechnung
Maßgebliches Einkommen vor der Geburt (Bemessungszeitraum 03/2024 bis 02/2025): 1.846,20 EUR netto monatlich
Steuerliche Identifikationsnummer laut Lohnsteuerbescheinigung: [[TID|{tid_fmt(I["tid007"])}]]
Ersatzrate 65 %: Elterngeld monatlich 1.200,03 EUR

Die Auszahlung erfolgt jeweils zum Ende des Lebensmonats auf das Konto IBAN [[IBAN|{grp(I["iban007"])}]].

Rückfragen: Tel. [[T|04358 83-356]] (Durchwahl), E-Mail [[N|elterngeld@foerde-holm.de]]

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadt Förde-Holm erhoben werden.

Im Auftrag
[[P|Andresen]]
""")

# ================================================================ F58-008 outlook: Polish mother, Elterngeld to a Polish account
doc("outlook", "elterngeld_mail_pl", [], f"""
Betreff: Elterngeld Az [[AZ|EG-2025-00688]] - konto in Polen??

Dzień dobry / Guten Tag,

ich habe Ihren Brief bekommen, danke. Ich habe aber noch kein deutsches Konto weil die Bank will die Meldebescheinigung und die habe ich noch nicht (Termin im Bürgerbüro erst 12.8.). Kann das Elterngeld für unsere Tochter [[P|Zofia]] erstmal auf mein polnisches Konto gehen?

IBAN: [[IBAN|{grp(I["iban008"])}]]
Bank: PKO Bank Polski

Mein Partner [[P|Paweł Zieliński]] arbeitet bei der Werft in Förde-Holm, wir sind nicht verheiratet aber er hat die Vaterschaft anerkannt beim Jugendamt. [[P|Zosia]] ist geboren am [[DOB|14.05.2025]], das steht auch in der Geburtsurkunde vom Standesamt. Er will auch 2 Monate nehmen, im Winter, geht das später noch?

Ich bin erreichbar unter [[T|0157 3390 1846]] (auch WhatsApp).

Pozdrawiam / viele Grüße
[[P|Katarzyna Wiśniewska]]
[[A|Werftstraße 3]], [[N|2. OG links]], [[A|24377 Förde-Holm]]
""")

# ================================================================ F58-009 word: Friedhofsverwaltung, Muslim burial (RELIGION)
doc("word", "friedhof_bescheid", ["RELIGION"], f"""
Stadt Förde-Holm · Friedhofsverwaltung · Friedhof Am Noor

Herrn
[[P|Mustafa Yıldırım]]
[[A|Hafenstraße 58]]
[[A|24377 Förde-Holm]]

Kassenzeichen: [[AZ|6.4100.250381]]
Datum: 24.06.2025

Zuweisung einer Grabstätte und Gebührenbescheid
Bestattung Ihres Vaters, Herrn [[P|Hüseyin Yıldırım]], geb. [[DOB|04.09.1948]], verstorben am 19.06.2025

Sehr geehrter Herr [[P|Yıldırım]],

entsprechend Ihrem Wunsch und dem mit dem Bestattungshaus [[P|Koch]] abgestimmten Ablauf wird Ihr Vater auf dem muslimischen Grabfeld des Friedhofs Am Noor (Feld M 2, Reihe 3, Grab 12) nach islamischem Ritus beigesetzt: sarglose Bestattung im Leichentuch, Ausrichtung des Grabes nach Mekka, rituelle Waschung im Waschraum der Friedhofskapelle durch Mitglieder der DITIB-Gemeinde. Die Beisetzung findet am 25.06.2025 um 14:00 Uhr im Anschluss an das Totengebet in der Moschee an der Holmer Straße statt.

Es wird ein Reihengrab mit einer Ruhezeit von 25 Jahren zugewiesen (§ 14 Friedhofssatzung). Auf Grundlage der Friedhofsgebührensatzung setze ich folgende Gebühren fest:

Grabnutzungsgebühr Reihengrab        1.150,00 EUR
Beisetzungsgebühr                       640,00 EUR
Nutzung Waschraum                        85,00 EUR
Summe                                 1.875,00 EUR

Der Betrag wird, wie von Ihnen erteilt, per SEPA-Lastschrift von Ihrem Konto IBAN [[IBAN|{I["iban009"]}]] eingezogen (Mandatsreferenz [[N|FH-FRI-2025-0381]]), frühestens am 10.07.2025.

Unser aufrichtiges Beileid.

Im Auftrag
[[P|Keike Ketelsen]]
Friedhofsverwaltung · Telefon [[N|{SWITCH}]]
""")

# ================================================================ F58-010 outlook: Frisian fisherman pays dog tax by credit card
doc("outlook", "hundesteuer_mail", [], f"""
Betreff: Hundesteuer - kann ich mit Karte zahlen?

Moin,

ich hab den Bescheid für die Hundesteuer bekommen (Kassenzeichen [[AZ|6.1200.118734]]), 120 Euro für unsere Hündin Tjorven. Überweisen is grad schlecht, ich bin bis Ende August auf dem Kutter und hab kein Online-Banking aufm Handy. Geht auch Kreditkarte? Hier die Nummer, gültig bis 09/27:

[[CC|{grp(I["cc010"])}]]

Die Prüfnummer schick ich lieber nicht per Mail, ruf mich einfach an: [[T|0160 9182734]] (auf See nur abends).

Wenn das nicht geht, zahlt meine Frau [[P|Inken]] das nächste Woche bar im Rathaus.

Beste Grüße von der Küste
[[P|Broder Ketelsen]]
[[A|Achter de Diek 11]]
[[A|24377 Förde-Holm]]
""")

# ================================================================ F58-011 word: list for the naturalisation ceremony
p = I["pass011"]
doc("word", "einbuergerung_liste", [], f"""
Stadt Förde-Holm · Fachbereich 32 · Staatsangehörigkeitsangelegenheiten

Einbürgerungsfeier am 24.09.2025, 17:00 Uhr, Ratssaal – Aushändigung der Urkunden
Liste für Empfang und Namensaufruf (nur für den Dienstgebrauch)

Nr.	Name, Vorname	geb. am	bisherige Staatsangehörigkeit	Identitätsnachweis (Pass-Nr.)
1	[[P|Okafor, Chukwuemeka]]	[[DOB|17.05.1986]]	nigerianisch	[[PASS|{p[0]}]]
2	[[P|Trần, Văn Minh]]	[[DOB|08.12.1979]]	vietnamesisch	[[PASS|{p[1]}]]
3	[[P|Sviridova, Natalia]]	[[DOB|02.04.1975]]	russisch	[[PASS|{p[3]}]]
4	[[P|Mohammadi, Shirin]]	[[DOB|14.01.1998]]	iranisch	[[PASS|{p[4]}]]

Hinweise zum Ablauf:
– Zu Nr. 2: Ehefrau und zwei Kinder kommen mit (4 Sitzplätze reservieren).
– Zu Nr. 3: Frau [[P|Sviridova]] wird von ihrem Ehemann begleitet; Namensaufruf bitte mit Vorname zuerst, Schreibweise laut Urkunde.
– Zu Nr. 4: spricht das Grußwort der Neubürgerinnen und Neubürger (ca. 3 Minuten).
– Die Bürgermeisterin überreicht die Urkunden; Fotos nur mit Einwilligung (Einwilligungen Nr. 1 und 4 liegen vor).
– Catering: Bäckerei am Markt, Rechnung Nr. 2025-0917 über 318,40 EUR, Kostenstelle 32300.

Erstellt: [[P|Inken Feddersen]], Tel. [[T|04358 83-327]], 10.09.2025
""")

# ================================================================ F58-012 outlook: three lines, nickname
doc("outlook", "rueckruf_kurz", [], """
Betreff: Rückruf

moin, bitte mal zurückrufen wegen dem Wohngeld, Nr. steht im Brief [[AZ|50.3-WG-2024/1183]]. bin ab 16 uhr erreichbar [[T|0171 2290476]]
[[P|Kalle Brodersen]]
""")

# ================================================================ F58-013 word: lawyer letter for an Iranian student (POLITICS)
doc("word", "abh_anwalt_16b", ["POLITICS"], f"""
[[P|Dr. Kourosh Tehrani]] · Rechtsanwalt · Fachanwalt für Migrationsrecht
[[A|Holstenbrücke 8]] · [[A|24103 Kiel]] · [[E|kanzlei@tehrani-migrationsrecht.de]]

Stadt Förde-Holm
Ausländerbehörde
z. Hd. Frau [[P|Sophie zur Mühlen]]
[[N|Rathausmarkt 1]]
[[N|24377 Förde-Holm]]

Kiel, 09.07.2025
Unser Zeichen: [[AZ|TE-0412/25]]
Ihr Zeichen: [[AZ|32.4-16b-1187/23]]

Aufenthaltserlaubnis nach § 16b AufenthG für Herrn [[P|Arash Rahimi]], geb. [[DOB|21.01.1997]]
hier: Verlängerung ohne gültigen Nationalpass; Ausnahme von der Passpflicht und Ausstellung eines Reiseausweises für Ausländer (§ 5 AufenthV)

Sehr geehrte Frau [[P|zur Mühlen]],

unter Vorlage der anliegenden Vollmacht zeige ich die Vertretung von Herrn [[P|Rahimi]], wohnhaft [[A|Olshausenring 40]], [[N|Zimmer 312]], [[A|24379 Förde-Holm]], an.

Mein Mandant studiert im Masterstudiengang Marine Engineering an der Universität Förde-Holm (Matrikelnummer [[N|1184027]]); die Studienbescheinigung für das Wintersemester und der Nachweis über die Finanzierung (Sperrkonto) liegen bei. Sein iranischer Reisepass Nr. [[PASS|{I["pass013"]}]] läuft am 30.08.2025 ab.

Eine Passverlängerung beim Generalkonsulat der Islamischen Republik Iran in Hamburg ist meinem Mandanten nicht zumutbar. Er war während seines Bachelorstudiums in Teheran Mitglied einer oppositionellen Studierendengruppe und wurde im Oktober 2022 im Zusammenhang mit den Protesten „Frau, Leben, Freiheit“ elf Tage lang festgehalten. Seit seiner Ausreise veröffentlicht er regimekritische Beiträge und ist im Frühjahr 2025 als Sprecher der Hochschulgruppe „Azadi Förde“ bei einer Kundgebung auf dem Rathausmarkt öffentlich aufgetreten; Presseberichte und Fotos sind beigefügt. Sein jüngerer Bruder wurde im März 2025 in Isfahan wegen „Propaganda gegen das System“ zu zwei Jahren Haft verurteilt. Es ist daher damit zu rechnen, dass eine Vorsprache im Konsulat zu Repressalien gegen meinen Mandanten oder seine Familie führt.

Ich beantrage daher,
1. die Aufenthaltserlaubnis nach § 16b AufenthG für zwei Jahre zu verlängern und
2. ihm einen Reiseausweis für Ausländer auszustellen, hilfsweise
3. vom Erfordernis eines gültigen Passes nach § 5 Abs. 3 Satz 2 AufenthG abzusehen.

Bis zur Entscheidung bitte ich um Ausstellung einer Fiktionsbescheinigung nach § 81 Abs. 4 AufenthG. Mein Mandant kann kurzfristig zur Abgabe der Fingerabdrücke vorsprechen. Schriftverkehr bitte ausschließlich über meine Kanzlei.

Mit freundlichen Grüßen

[[P|Dr. Kourosh Tehrani]]
Rechtsanwalt

Anlagen: Vollmacht, Studienbescheinigung, Sperrkontonachweis, Passkopie, Presseberichte (4), Urteil des Revolutionsgerichts Isfahan mit Übersetzung
""")

# ================================================================ F58-014 outlook: forwarded chain, Ukrainian student
doc("outlook", "abh_weiterleitung_ua", [], f"""
Von: Ausländerbehörde Förde-Holm <[[N|auslaenderbehoerde@foerde-holm.de]]>
Gesendet: Freitag, 11. Juli 2025 08:03
An: [[P|Kühl, Tamara]] <[[E|t.kuehl@foerde-holm.de]]>
Betreff: WG: Anmeldung Wohnung + Aufenthaltstitel

Hallo [[P|Tamara]],

kannst du die Ummeldung übernehmen? Den Titel mache ich, [[P|Kovalenko]] ist bei mir im Buchstabenbereich K. Die Fiktionsbescheinigung ist wohl abgelaufen, ich lade ihn für nächste Woche ein.

Danke und Gruß
[[P|Marek Nowicki]]
Sachgebiet 32.4

Am 10.07.2025 um 14:02 schrieb [[P|Oleksandr Kovalenko]] <[[E|o.kovalenko.fh@gmail.com]]>:
> hello,
> ich bin student aus ukraine, studiere informatik an uni förde-holm seit oktober.
> ich bin umgezogen von wohnheim in eine WG, neue adresse ist [[A|Lotsenweg 5a]], [[A|24378 Förde-Holm]] (WG, mein mitbewohner ist hauptmieter).
> meine fiktionsbescheinigung ist gültig nur bis 30.06. und ich habe noch keinen termin bekommen. mein pass nummer ist [[PASS|{I["pass014"]}]] und ich bin geboren am [[DOB|06.08.2003]] in Charkiw.
> was soll ich machen? ich habe angst das ich mein job bei der mensa verliere.
>
> danke sehr
> [[P|Oleksandr]]
> tel [[T|0176 5530 2218]]
""")

# ================================================================ F58-015 word: biometric capture record, Chinese student (BIOMETRIC)
doc("word", "abh_biometrie_vermerk", ["BIOMETRIC"], f"""
Ausländerbehörde Förde-Holm – Vermerk über die Erfassung biometrischer Merkmale für den elektronischen Aufenthaltstitel (eAT)

Antragstellerin: [[P|WANG Xiaoling]] (Familienname: [[P|WANG]], Vorname: [[P|Xiaoling]])
Geburtsdatum: [[DOB|27.02.2000]], Staatsangehörigkeit: chinesisch
Reisepass Nr.: [[PASS|{I["pass015"]}]]
Anschrift: [[A|Olshausenring 38]], [[A|24379 Förde-Holm]]
Aktenzeichen: [[AZ|32.4-16b-2291/25]]; Antragsnummer Bundesdruckerei [[N|0704-2291-5518]]

Erfassung am 14.07.2025, 13:20 Uhr, durch [[P|Henrike Boysen]]:
– Lichtbild: vorgelegt, entspricht den Anforderungen (Prüfung mit Passbildschablone, keine Beanstandung).
– Fingerabdrücke: linker Zeigefinger erfasst, NFIQ-2-Wert 61. Rechter Zeigefinger nach drei Versuchen nicht verwertbar (NFIQ-2-Wert 18, Papillarlinien kaum ausgeprägt); ersatzweise rechter Mittelfinger erfasst, NFIQ-2-Wert 48.
– Der Abgleich des Live-Scans mit den im Visumverfahren (VIS) gespeicherten Fingerabdrücken ergab eine Übereinstimmung (Score 0,97).
– Körpergröße 164 cm, Augenfarbe braun (Angaben für das Kartenlayout).
– Unterschrift digital erfasst.

Die Antragstellerin wurde über den Zweck der Speicherung und die Löschung der Fingerabdrücke nach Aushändigung des Dokuments informiert; das Merkblatt in chinesischer Sprache wurde ausgehändigt. Die Gebühr von 100,00 EUR wurde am Kassenautomaten entrichtet (Beleg 2025-14-0771).
""")

# ================================================================ F58-016 outlook: English mail, same-sex spouse reunification (SEXUAL_ORIENTATION)
doc("outlook", "abh_familiennachzug_en", ["SEXUAL_ORIENTATION"], f"""
Subject: Family reunification – my wife / Familiennachzug Ehefrau – Az. [[AZ|32.4-18d-0932/24]]

Dear Ms [[P|zur Mühlen]],

thank you for your quick reply last week. As requested, here are the details about my wife. We got married on 17 May 2025 in Tønder, Denmark (the marriage certificate with apostille is attached). Since same-sex marriage is not recognised in China, the Chinese embassy will not register it, so I hope the Danish certificate is enough for your office.

My wife: [[P|LIU Mengyao]], born [[DOB|8 March 1995]] in Chengdu, passport no. [[PASS|{I["pass016b"]}]]. She currently lives in Copenhagen with a Danish residence card and would join me in Förde-Holm in October.

Me: [[P|CHEN Yuxin]], date of birth [[DOB|30.11.1993]], passport [[PASS|{I["pass016a"]}]], PhD candidate at the Institute of Marine Chemistry, residence permit under § 18d.
Address: [[A|Hafenblick 2]], [[N|App. 7]], [[A|24377 Förde-Holm]]

Could you please tell me if she needs a visa from the German embassy in Copenhagen or can apply here directly? My employment contract at the university runs until 2028.

Best regards,
[[P|Yuxin Chen]]
[[T|+49 1590 6613 208]]
[[E|yuxin.chen@uni-foerde-holm.de]]
""")

# ================================================================ F58-017 word: Kita case conference, cystic fibrosis (HEALTH, GENETIC)
doc("word", "kita_protokoll", ["HEALTH", "GENETIC"], f"""
Kita Fördeblick (städtisch) · Protokoll der Fallbesprechung zum Integrationsplatz
Datum: 10.07.2025, 14:00–15:10 Uhr

Teilnehmende: [[P|Frauke Volquardsen]] und [[P|Tjark Volquardsen]] (Eltern), Herr [[P|Dr. med. Ipke Hinrichsen]] (Kinderarzt, telefonisch zugeschaltet), Frau [[P|Elif Şahin]] (Kita-Leitung), Herr [[P|Mirko Tadić]] (Gruppenleitung Seesterne)
Protokoll: [[P|Sina Carstens]] (Fachberatung Kindertagesstätten)

Kind: [[P|Ben Volquardsen]], geb. [[DOB|21.09.2022]], Aufnahme zum 01.08.2025 in die Krippengruppe Seesterne
Krankenversichertennummer (für den Notfallbogen): [[KV|{I["kv017"]}]]

1. Diagnose und Versorgung
Bei [[P|Ben]] wurde im Neugeborenen-Screening eine Mukoviszidose festgestellt; die molekulargenetische Untersuchung ergab eine homozygote F508del-Mutation im CFTR-Gen. Der Kinderarzt erläuterte, dass das Kind zu jeder Mahlzeit Verdauungsenzyme benötigt (Kapseln, Dosierung nach Plan), bei Hitze zusätzlich Salz, und dass Infekte frühzeitig ärztlich abgeklärt werden müssen. Inhalationen erfolgen morgens und abends zu Hause.

2. Absprachen
– Die Enzymgabe in der Kita übernimmt die Gruppenleitung, vertreten durch die Kita-Leitung; die ärztliche Verordnung und die Einwilligung der Eltern liegen vor.
– Der Koch der Kita stellt den Speiseplan für ihn auf eine kalorienreiche Kost um; Rücksprache mit der Küche hält die Kita-Leitung.
– Hygieneplan: keine Wasserspiele mit stehendem Wasser, weder im Sommer noch im Winter; Befeuchter in der Gruppe werden entfernt.
– Im Notfall sind die Eltern erreichbar: Mutter [[T|0171 6630 2291]], Vater dienstlich im Marinearsenal [[T|04358 9117-455]].

3. Förderung
Der Antrag auf Eingliederungshilfe (Integrationsplatz) ist beim Kreis gestellt, Az. [[AZ|KJ-EGH-2025-0264]]. Die Fachberatung klärt mit dem Kreis die Finanzierung einer zusätzlichen Fachkraft mit sechs Wochenstunden.

Nächster Termin: 09.10.2025, 14:00 Uhr
""")

# ================================================================ F58-018 outlook: two mothers register their son (SEXUAL_ORIENTATION)
doc("outlook", "kita_anmeldung", ["SEXUAL_ORIENTATION"], """
Betreff: Anmeldung Krippe – [[P|Luca Marchetti-Berg]]

Liebe Frau [[P|Şahin]],

wie gestern am Telefon besprochen schicke ich Ihnen noch die Angaben für die Anmeldung. Meine Frau [[P|Anna]] und ich haben letztes Jahr geheiratet, sie hat unseren Sohn nach der Geburt adoptiert (Stiefkindadoption, der Beschluss des Familiengerichts liegt als PDF bei). Im Formular gibt es leider nur „Mutter“ und „Vater“ – wir haben einfach beide bei „Mutter“ eingetragen, ich hoffe, das ist okay :-)

Kind: [[P|Luca Marchetti-Berg]], geb. [[DOB|02.02.2024]]
Eltern: [[P|Giulia Marchetti]] (Ärztin, Vollzeit) und [[P|Anna Berg]] (Lehrerin, 75 %)
Adresse: [[A|Fördeblick 17]], [[A|24377 Förde-Holm]]
Telefon: [[T|0151 4470 2216]] (mobil, tagsüber am besten per SMS)

Gewünschter Beginn ist der 01.11.2025.

Viele Grüße
[[P|Giulia Marchetti]]
""")

# ================================================================ F58-019 outlook: Danish minority family (ETHNICITY)
doc("outlook", "kita_beitrag_dk", ["ETHNICITY"], """
Betreff: Geschwisterermäßigung – dänischer Kindergarten / Kundennr. [[AZ|KB-100472]]

Hej / Moin,

wir sind im Mai aus Flensburg nach Förde-Holm gezogen, neue Adresse: [[A|Süderholm 4]], [[A|24378 Förde-Holm]]. Unsere Tochter [[P|Asta]] geht in den dänischen Kindergarten am Holmer Noor (Dansk Skoleforening), unser Sohn [[P|Magnus]] kommt ab August in die städtische Krippe Hafenkinder.

Wir gehören beide der dänischen Minderheit an und es ist uns wichtig, dass die Kinder zweisprachig aufwachsen; deshalb kam für unsere Große nur der dänische Kindergarten in Frage. Zählt dieser Platz für die Geschwisterermäßigung nach der Elternbeitragssatzung mit? Der Kindergarten sagt, das müsse die Stadt bestätigen.

Unsere alte Adresse für Ihre Unterlagen: [[A|Norderstraße 88]], [[A|24939 Flensburg]].

Venlig hilsen / viele Grüße
[[P|Line Bjerregaard]] og [[P|Rasmus Bjerregaard]]
[[T|+45 28 91 44 06]] · [[E|line.bjerregaard@mail.dk]]
""")

# ================================================================ F58-020 word: family reunification, DNA parentage report (GENETIC)
doc("word", "abh_familiennachzug_vermerk", ["GENETIC"], f"""
Ausländerbehörde Förde-Holm · Sachgebiet 32.2 Humanitäre Aufenthalte
Vermerk – Familiennachzug zu subsidiär Schutzberechtigten (§ 36a AufenthG)
Az.: [[AZ|32.2-36a-0147/24]]

Stammberechtigter: [[P|Abdulrahman Al-Masri]], geb. [[DOB|01.01.1985]] (Tag und Monat laut Registrierung fiktiv), syrisch
Anschrift: [[A|Kapellenweg 9]], [[A|24377 Förde-Holm]]
Aufenthaltserlaubnis nach § 25 Abs. 2 Satz 1 Alt. 2 AufenthG, gültig bis 14.02.2027
Krankenversichertennummer (Familienversicherung wird beantragt): [[KV|{I["kv020"]}]]

Nachziehende (Visumanträge bei der Botschaft Beirut, Vorabzustimmung erbeten):
a) Ehefrau [[P|Yara Kassab]], geb. [[DOB|15.07.1990]], syrischer Reisepass Nr. [[PASS|{I["pass020a"]}]]
b) Sohn [[P|Omar Al-Masri]], geb. [[DOB|03.03.2013]], Reisepass liegt vor
c) Tochter [[P|Sham Al-Masri]], geb. [[DOB|28.10.2016]], im Pass der Mutter eingetragen

1. Abstammung
Für die Tochter konnte keine Geburtsurkunde vorgelegt werden; das Standesamt in Idlib war zum Zeitpunkt der Geburt nicht erreichbar. Die Botschaft hat daher ein DNA-Abstammungsgutachten angeregt (freiwillig, § 17 GenDG). Das Gutachten des Instituts für Rechtsmedizin Kiel vom 23.06.2025 (Probenentnahme: Botschaft Beirut bzw. Gesundheitsamt Förde-Holm) weist die Vaterschaft des Stammberechtigten mit einer Wahrscheinlichkeit von 99,9998 % und die Mutterschaft der Ehefrau mit 99,9999 % nach. Untersucht wurden 23 STR-Systeme; eine Einzelmutation im System D8S1179 beim Kind wurde als väterlich vererbte Mutation gewertet und ist nach dem Gutachten mit der Abstammung vereinbar. Für den Sohn liegt eine Geburtsurkunde vor, ein Gutachten war nicht erforderlich.

2. Lebensunterhalt und Wohnraum
Der Stammberechtigte ist seit 01.09.2023 unbefristet als Schweißer bei der Holmer Werft beschäftigt (Nettoeinkommen durchschnittlich 2.410,00 EUR). Die Wohnung hat 78 m² und vier Zimmer; der Vermieter hat die Zustimmung zum Zuzug bestätigt.

3. Humanitäre Gründe (§ 36a Abs. 2 AufenthG)
Minderjährige ledige Kinder; Trennung seit 2021. Ein Kontingentplatz ist nach Mitteilung des Bundesverwaltungsamts für das III. Quartal 2025 vorgesehen.

4. Ergebnis
Die Vorabzustimmung nach § 31 Abs. 3 AufenthV wird für alle drei Nachziehenden erteilt. Mitteilung an die Botschaft Beirut über das Auslandsportal; Kopie an den Stammberechtigten zur Kenntnis.

gez. [[P|Dragan Petrović]], 02.07.2025
""")

# ================================================================ F58-021 outlook: forwarded, Yazidi woman (ETHNICITY, RELIGION, HEALTH)
doc("outlook", "abh_umverteilung_weiterleitung", ["ETHNICITY", "RELIGION", "HEALTH"], """
Von: [[P|Eriksen, Hanna]]
Gesendet: Mittwoch, 16. Juli 2025 11:26
An: Ausländerbehörde Förde-Holm <[[N|auslaenderbehoerde@foerde-holm.de]]>
Betreff: WG: Wohnsitz – bitte um Aufhebung der Wohnsitzauflage für Frau [[P|Haso]]

Sehr geehrte Damen und Herren,

ich leite Ihnen die Nachricht meiner Klientin weiter, die ich in der Migrationsberatung begleite (Einverständnis liegt vor). Frau [[P|Jiyan Haso]], geb. [[DOB|09.04.1995]], Az. [[AZ|32.2-12a-0533/24]], ist Jesidin aus dem Sindschar-Gebiet und hat 2014 den Völkermord durch den sogenannten IS überlebt; sie war über ein Jahr in Gefangenschaft. Sie ist derzeit wegen einer posttraumatischen Belastungsstörung in der Traumaambulanz in Kiel in Behandlung, der Befundbericht liegt bei.

Ihre einzige Angehörige in Deutschland ist ihre Schwester [[P|Berivan Haso]], die mit ihrer Familie in Förde-Holm lebt. Wir bitten daher, die Wohnsitzauflage für Neumünster aufzuheben bzw. einer Umverteilung nach Förde-Holm zuzustimmen (§ 12a Abs. 5 Satz 1 Nr. 2 Buchst. c AufenthG – Härtefall). Die jesidische Gemeinde in Förde-Holm hat außerdem angeboten, sie bei der Wohnungssuche zu unterstützen.

Viele Grüße
[[P|Hanna Eriksen]]
Migrationsberatung für erwachsene Zuwanderer (MBE)
Diakonisches Werk Förde-Holm · [[N|Kirchenstraße 4]] · [[N|24377 Förde-Holm]]

-----Ursprüngliche Nachricht-----
Von: [[E|jiyan.haso95@gmail.com]]
Gesendet: Dienstag, 15. Juli 2025 22:10
An: MBE Diakonie Förde-Holm
Betreff: wohnsitz

Liebe Frau [[P|Eriksen]]
ich möchte gerne nach Förde-Holm zu meine Schwester [[P|Berivan]] ziehen. Alleine in Neumünster ich kann nicht schlafen und die Tabletten helfen nicht so viel. Meine Adresse jetzt ist [[A|Rügenstraße 12]], [[N|Zimmer 14]], [[A|24539 Neumünster]]. Kann die Stadt das machen?
Danke viel mal
[[P|Jiyan]]
""")

# ================================================================ F58-022 word: personnel memo, warning strike (UNION)
doc("word", "personal_streik_vermerk", ["UNION"], """
Stadt Förde-Holm · Fachbereich 11 Personal und Organisation
Az.: [[AZ|11.2-TV-2025/03]]

Vermerk – Warnstreik am 12.03.2025 (Tarifrunde TVöD), Bauhof und Stadtentwässerung

Am 12.03.2025 haben die nachstehenden Beschäftigten am ganztägigen bzw. stundenweisen Warnstreik teilgenommen. Für die Dauer der Streikteilnahme entfällt der Entgeltanspruch; die Kürzung erfolgt mit der Abrechnung für April. Nach eigener Mitteilung sind alle Genannten Mitglieder der Gewerkschaft ver.di und erhalten von dort Streikgeld; Herr [[P|Jürgen Fischer]] war als ver.di-Vertrauensmann Streikleiter vor dem Betriebshof an der Hafenstraße.

Pers.-Nr.	Name	Bereich	Streikzeit
[[N|20417]]	[[P|Fischer, Jürgen]]	Bauhof, Kolonne Grün	06:00–14:30
[[N|20988]]	[[P|Kılıç, Emine]]	Stadtentwässerung, Klärwerk	06:00–14:30
[[N|21305]]	[[P|Mikkelsen, Lars]]	Bauhof, Werkstatt	06:00–10:00
[[N|21566]]	[[P|Begić, Senad]]	Bauhof, Kolonne Grün	06:00–14:30

Der Notdienst war nach der Vereinbarung mit ver.di vom 10.03.2025 sichergestellt (Rufbereitschaft: Herr [[P|Sven Bäcker]], Stadtentwässerung; Herr [[P|Ole Jessen]], Winterdienst/Bauhof). Beeinträchtigungen für Bürgerinnen und Bürger sind nicht bekannt geworden; die Fischerei im Hafen war nicht betroffen.

Hinweis: Die Angaben zur Gewerkschaftszugehörigkeit dienen allein der Abrechnung und werden nicht in die Personalakten übernommen. Der Personalrat hat eine Kopie erhalten.

Förde-Holm, 18.03.2025
[[P|Maren Thomsen]]
Sachgebietsleitung Entgelt
""")

# ================================================================ F58-023 outlook: union secretary writes for a Kita educator (UNION)
doc("outlook", "personal_gew_mail", ["UNION"], f"""
Betreff: Höhergruppierung Frau [[P|Öztürk]], Kita Hafenkinder – Ihr Az. [[AZ|11.3-P-0771]]

Sehr geehrte Frau [[P|Thomsen]],

Frau [[P|Zeynep Öztürk]] (Erzieherin, Kita Hafenkinder) ist Mitglied der GEW und hat mich mit der Wahrnehmung ihrer Interessen beauftragt; die Vollmacht hänge ich an.

Frau [[P|Öztürk]] leitet die Krippengruppe seit 01.02.2024 und vertritt seit Januar 2025 die stellvertretende Leitung. Wir beantragen rückwirkend zum 01.02.2024 die Höhergruppierung von S 8a nach S 8b TVöD SuE sowie die Zahlung der Zulage nach § 14 TVöD für die Vertretungszeit.

Für die Nachmeldung an die VBL hier nochmals ihre Rentenversicherungsnummer: [[SSN|{ssn_fmt(I["ssn023"])}]] – in der Entgeltabrechnung ist offenbar eine falsche Nummer hinterlegt.

Für ein Gespräch stehe ich gern zur Verfügung.

Mit kollegialen Grüßen
[[P|Tomasz Nowak]]
Gewerkschaftssekretär, GEW Schleswig-Holstein
Tel. [[T|0431 5195-143]] · mobil [[T|0170 442 8931]]
[[E|tomasz.nowak@gew-sh.de]]
""")

# ================================================================ F58-024 outlook: instalments because of chemotherapy (HEALTH)
doc("outlook", "bussgeld_raten", ["HEALTH"], f"""
Betreff: Bußgeldbescheid [[AZ|7.5-OWi-25-002650]] – Bitte um Ratenzahlung

Sehr geehrte Damen und Herren,

ich habe den Bußgeldbescheid über 128,50 € für mein Auto [[KFZ|RD-SG 312]] erhalten. Ich bestreite den Verstoß nicht. Ich bin aber seit April wegen Darmkrebs in Chemotherapie und kann zurzeit nicht arbeiten, ich bekomme nur Krankengeld und ab September eine befristete Erwerbsminderungsrente (Versicherungsnummer [[SSN|{I["ssn024"]}]], den Rentenbescheid hänge ich an).

Ist es möglich, den Betrag in 4 Raten zu je 32,13 € zu zahlen? Die erste Rate würde ich am 01.08. überweisen. Bitte schicken Sie mir die Antwort per Post, weil ich oft im Krankenhaus bin und nicht jeden Tag Mails lese.

Mit freundlichen Grüßen
[[P|Salvatore Greco]]
[[A|Lotsenweg 12]]
[[A|24378 Förde-Holm]]
Tel. [[T|04358 71 09 82]]
""")

# ================================================================ F58-025 outlook: tax adviser, trade tax prepayments
doc("outlook", "gewerbesteuer_stb", [], f"""
Betreff: Gewerbesteuer 2025 – Antrag auf Herabsetzung der Vorauszahlungen, Mandantin Phở Hà Nội

Sehr geehrte Damen und Herren,

namens und in Vollmacht unserer Mandantin, Frau [[P|Trần Thị Hoa]], Inhaberin des Restaurants „Phở Hà Nội“ ([[A|Schifferstraße 14-16]], [[A|24377 Förde-Holm]]), beantragen wir die Herabsetzung der Gewerbesteuer-Vorauszahlungen für 2025 auf 0,00 EUR.

Steuernummer: [[TNR|{I["tnr025"]}]] (ELSTER: [[TNR|{I["tnr025e"]}]])
USt-IdNr.: [[VAT|{I["vat025"]}]]
Steuer-ID der Inhaberin: [[TID|{I["tid025"]}]]
Kassenzeichen Gewerbesteuer: [[AZ|6.2100.040918]]

Wegen der Sanierung der Schifferstraße war das Lokal von März bis Juni nur eingeschränkt erreichbar; unsere Mandantin musste die Außengastronomie vollständig schließen. Der Gewerbeertrag wird nach unserer Hochrechnung (Anlage, BWA Januar bis Juni) unter dem Freibetrag von 24.500 EUR liegen. Das Finanzamt hat den Messbetrag für die Vorauszahlungen bereits mit Bescheid vom 30.06.2025 herabgesetzt.

Rückfragen gern an mich per E-Mail: [[E|a.terhorst@stb-terhorst.de]].

Mit freundlichen Grüßen
[[P|Anke ter Horst]]
Dipl.-Kffr., Steuerberaterin
[[A|Ottestraße 3]], [[A|24340 Eckernförde]]
""")

# ================================================================ F58-026 word: lawyers object to second-home tax, Dutch owner
doc("word", "zweitwohnungsteuer_widerspruch", [], f"""
[[P|BRANDT]] · [[P|VOSS]] · [[P|ÇELIK]]   Rechtsanwälte in Partnerschaft
[[A|Holm 12]] · [[A|24937 Flensburg]]

Stadt Förde-Holm
Steueramt – Zweitwohnungsteuer
[[N|Postfach 11 40]]
[[N|24372 Förde-Holm]]

Flensburg, 04.07.2025
Unser Az.: [[AZ|77/25 Ç/mk]]

Widerspruch gegen den Bescheid über Zweitwohnungsteuer 2025 vom 12.06.2025
Kassenzeichen: [[AZ|6.3300.007215]]
Steuerpflichtiger: Herr [[P|Pieter van Dijk]], [[A|Oosterstraat 41]], [[A|9711 NR Groningen]], Niederlande

Sehr geehrte Damen und Herren,

wir zeigen die Vertretung des oben genannten Steuerpflichtigen an; eine Vollmacht ist beigefügt. Namens und im Auftrag unseres Mandanten legen wir gegen den oben genannten Bescheid

Widerspruch

ein und beantragen, die Vollziehung bis zur Entscheidung auszusetzen.

Begründung:
Unser Mandant ist seit 01.03.2024 als Lotse bei der Lotsenbrüderschaft NOK II tätig und hält die Wohnung [[A|Fördeblick 23a]], [[N|Whg. 4]], [[A|24377 Förde-Holm]] ausschließlich aus beruflichen Gründen vor. Er ist verheiratet; die eheliche Wohnung, in der seine Ehefrau und die beiden Kinder leben, befindet sich in Groningen. Nach der Rechtsprechung des Bundesverfassungsgerichts (Beschluss vom 11.10.2005, 1 BvR 1232/00) darf die aus beruflichen Gründen gehaltene Wohnung eines nicht dauernd getrennt lebenden Verheirateten nicht mit einer Zweitwohnungsteuer belegt werden; § 2 Abs. 5 der Zweitwohnungsteuersatzung der Stadt sieht dies ebenfalls vor. Dass die Wohnung im Geltungsbereich des Bebauungsplans Nr. 38 „Fördeblick/Marinehafen Süd“ liegt und von der Vermieterin auch als Ferienwohnung beworben wurde, ändert daran nichts; unser Mandant hat sie seit Mietbeginn nicht an Dritte überlassen.

Den bereits gezahlten Betrag von 1.248,00 EUR bitten wir auf das Konto unseres Mandanten IBAN [[IBAN|{grp(I["iban026"])}]] zu erstatten.

Mit freundlichen Grüßen

[[P|Deniz Çelik]]
Rechtsanwalt

Anlagen: Vollmacht, Heiratsurkunde (Gemeente Groningen), Bescheinigung der Lotsenbrüderschaft, Mietvertrag
""")

# ================================================================ F58-027 word: trade registration form, transferred from online form
doc("word", "gewerbe_anmeldung_formular", [], f"""
Gewerbe-Anmeldung nach § 14 GewO – Stadt Förde-Holm, Gewerbeamt
(übertragen aus dem Online-Antrag vom 30.06.2025; Gewerbe-Nr. [[N|GA-2025-0588]])

Feld 3   Name: [[P|Nguyễn]]
Feld 4   Vornamen: [[P|Thị Lan]]
Feld 5   Geschlecht: weiblich
Feld 6   Geburtsdatum: [[DOB|12.06.1988]]
Feld 7   Geburtsort, -land: Hải Phòng, Vietnam
Feld 8   Staatsangehörigkeit: deutsch
Feld 9   Anschrift der Wohnung: [[A|Tirpitzstraße 31]], [[A|24377 Förde-Holm]]
         E-Mail: [[E|lan.nguyen.nails@web.de]]
         Personalausweis Nr.: [[IDC|{I["idc027"]}]]
Feld 12  Betriebsstätte: [[A|Holmer Straße 40]], [[A|24377 Förde-Holm]]
Feld 15  Angemeldete Tätigkeit: Nagelstudio (Maniküre, Pediküre, Nageldesign); kein zulassungspflichtiges Handwerk
Feld 16  Beginn der Tätigkeit: 01.08.2025
Feld 19  Zahl der Beschäftigten: 1 Vollzeit, 2 Teilzeit
Feld 22  Art des angemeldeten Betriebes: Verlegung aus einem anderen Meldebezirk (bisher Dortmund, Abmeldung zum 31.05.2025)
Feld 23  Steuernummer (bisheriges Finanzamt, NRW): [[TNR|{I["tnr027"]}]]
         USt-IdNr.: [[VAT|{grp(I["vat027"][2:], 3)}]] (ohne Länderkennung eingegeben, DE ergänzen)

Bearbeitungsvermerk: Gebühr 26,00 EUR bezahlt (Beleg-Nr. 7781). Datenübermittlung an Finanzamt, IHK, Berufsgenossenschaft und Gewerbeaufsicht am 02.07.2025. Die Betriebsstätte liegt in einem Mischgebiet (Bebauungsplan Nr. 12); Einwände bestehen nicht.
Sachbearbeitung: [[P|Holger Paulsen]]
""")

# ================================================================ F58-028 outlook: ID card, fingerprint capture fails (HEALTH, BIOMETRIC)
doc("outlook", "buergerbuero_pa_fingerabdruck", ["HEALTH", "BIOMETRIC"], f"""
Von: [[P|Kühl, Tamara]]
An: IT-Service <[[N|it-service@foerde-holm.de]]>
Cc: [[P|Petersen, Sönke]]
Betreff: Fingerabdruckerfassung PA-Antrag nicht abschließbar – Ticket 2025-07-1182

Hallo zusammen,

bei einem Personalausweisantrag hängt die Software seit heute früh bei der Fingerabdruckerfassung. Betroffen ist Herr [[P|Tesfaye Gebremedhin]] (geb. [[DOB|30.10.1987]]), Erstausstellung nach Einbürgerung.

Herr [[P|Gebremedhin]] hat nach einem Arbeitsunfall keinen rechten Zeigefinger mehr (Amputation, Attest liegt vor). Wir haben deshalb den linken Zeigefinger und den rechten Mittelfinger erfasst; beide Scans haben die Qualitätsprüfung bestanden (Werte 72 und 65), beim Speichern kommt aber die Meldung „Fingerauswahl ungültig“. Laut Handbuch ist diese Kombination zulässig.

Die Seriennummer des bestellten Ausweises laut Vorgangsmaske: [[IDC|{I["idc028"]}]]. Der alte Reiseausweis für Flüchtlinge ist schon entwertet, er hat also gerade gar kein Dokument.

Könnt ihr bitte beim Hersteller nachfragen? Herr [[P|Gebremedhin]] kommt am Freitag um 9:30 Uhr wieder, erreichbar ist er unter [[T|0152 2291 7730]].

Danke und Gruß
[[P|Tamara Kühl]]
Bürgerbüro, Platz 4
Tel. [[T|04358 83-115]]
""")

# ================================================================ F58-029 word: special use permit, party information stand (POLITICS)
doc("word", "sondernutzung_infostand", ["POLITICS"], f"""
Stadt Förde-Holm · Fachbereich 32 · Ordnungsangelegenheiten / Sondernutzungen
Az.: [[AZ|32.1-SN-2025/119]]

Erlaubnis zur Sondernutzung öffentlicher Verkehrsflächen – Informationsstand

Antragsteller: Herr [[P|Ingwer Boysen]], geb. [[DOB|22.08.1961]]
Anschrift: [[A|Möwenweg 6]], [[A|24378 Förde-Holm]]
Erreichbar: [[E|ingwer.boysen@posteo.de]]
Personalausweis (bei Antragstellung vorgelegt): [[IDC|{I["idc029"]}]]

Herr [[P|Boysen]] beantragt als Mitglied des Kreisvorstands des SSW (Südschleswigscher Wählerverband) die Erlaubnis für einen Informationsstand an den Samstagen 16.08., 23.08. und 30.08.2025 jeweils von 9 bis 13 Uhr auf dem Marktplatz, Höhe Einmündung Kleine Straße. Am Stand soll für die Kommunalpolitik der Partei geworben und zu einer Veranstaltung zur Zukunft der dänischen Schulen eingeladen werden.

Die Erlaubnis wird mit folgenden Auflagen erteilt:
1. Standfläche höchstens 3 m × 2 m; Rettungswege und der Zugang zur Bäckerei sind freizuhalten.
2. Lautsprecher sind nicht zugelassen.
3. Verantwortlich vor Ort ist der Antragsteller, vertreten durch Frau [[P|Tove Christiansen]] (Ratsfrau, SSW-Fraktion).

Informationsstände politischer Parteien sind nach Beschluss des Hauptausschusses (Drucksache [[N|0147/2025]]) gebührenfrei; Verwaltungsgebühren werden nicht erhoben.

Förde-Holm, 05.08.2025
Im Auftrag
[[P|Jonas Wendt]]
""")

# ================================================================ F58-030 outlook: long English/German thread, urn burial, Amex
doc("outlook", "friedhof_thread_en", [], f"""
Von: [[P|Ketelsen, Keike]] <[[E|k.ketelsen@foerde-holm.de]]>
Gesendet: Donnerstag, 17. Juli 2025 10:41
An: [[E|ethan.lcarter@outlook.com]]
Betreff: AW: Urn burial [[P|Karen Lauridsen]] / Urnenbeisetzung – Kassenzeichen [[AZ|6.4100.250412]]

Dear Mr. [[P|Carter]],

thank you for your payment details. The fees of EUR 1,315.00 have been charged to your card today; you will receive the receipt (Rechnung Nr. FR-2025-1147) by e-mail.

The urn burial of your grandmother is confirmed for Friday, 1 August 2025, at 2 p.m. in the urn grove (Urnenhain) of Friedhof Am Noor, grave UH-14-07. The memorial service will take place in the cemetery chapel at 1:15 p.m.; Mr [[P|Winter]] from the funeral home will be there from 12:30. Flowers can be delivered to the chapel directly.

Please note that according to § 9 of our cemetery statute, the grave may be decorated only with a flat stone plate. If you wish, the city also offers a care contract (Grabpflegevertrag) for 20 years.

Kind regards / Mit freundlichen Grüßen
[[P|Keike Ketelsen]]
Friedhofsverwaltung Stadt Förde-Holm
[[N|friedhof@foerde-holm.de]] | Tel. [[N|04358 83-0]]
[[N|Rathausmarkt 1]] | [[N|24377 Förde-Holm]]

-----Original Message-----
From: [[P|Ethan Lauridsen Carter]] <[[E|ethan.lcarter@outlook.com]]>
Sent: Wednesday, July 16, 2025 11:58 PM
To: Friedhof Förde-Holm <[[N|friedhof@foerde-holm.de]]>
Subject: RE: Urn burial / Urnenbeisetzung

Hi,

thanks so much for your help, and sorry for the late reply. My mom ([[P|Susan Carter]], née [[P|Lauridsen]]) and I will fly in from Boston on July 30. Please charge the fees to my Amex: [[CC|{amex_fmt(I["cc030"])}]], exp. 11/27.

Grandma [[P|Karen]] was born in Sønderborg, Denmark, on [[DOB|February 2, 1938]] and lived at [[A|Kirchenstieg 5]] in Förde-Holm for more than fifty years. Her neighbor, Mrs. [[P|Brigitte Vogel]], still has a key to the house and will meet us there.

Our US address for the invoice: [[A|58 Beacon Street]], [[N|Apt 3]], [[A|Boston, MA 02108]].

Best,
[[P|Ethan]]
""")


# ---------------------------------------------------------------- checks
def iban_ok(v):
    s = v.replace(" ", "")
    digits = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    if int(digits) % 97 != 1:
        return False
    if s.startswith("NL"):
        acct = s[8:]
        return sum(int(d) * (10 - i) for i, d in enumerate(acct)) % 11 == 0
    if s.startswith("PL"):
        bank = s[4:12]
        return pl_bank_check(bank[:7]) == int(bank[7])
    return s.startswith(("DE", "AT"))


def luhn_ok(v):
    s = v.replace(" ", "").replace("-", "")
    return luhn_check(s[:-1]) == int(s[-1])


def tax_id_ok(v):
    s = v.replace(" ", "")
    if len(s) != 11 or s[0] == "0":
        return False
    counts = [s[:10].count(d) for d in "0123456789"]
    if max(counts) > 3 or sum(1 for c in counts if c >= 2) != 1:
        return False
    return mod11_10_check(s[:10]) == int(s[10])


def vat_ok(v):
    s = v.replace(" ", "")
    if not s.startswith("DE"):
        s = "DE" + s
    return len(s) == 11 and mod11_10_check(s[2:10]) == int(s[10])


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


def main():
    lines = []
    for n, (channel, template, flags, marked) in enumerate(DOCS, 1):
        lines.append(build(f"F58-{n:03d}", channel, template, marked, flags))
    assert len(lines) == 30, len(lines)
    for d in lines:
        for e in d["entities"]:
            check = CHECKS.get(e["category"])
            if check:
                assert check(e["text"]), (d["id"], e)
    # the city's own account is valid too (a hard negative, not a broken number)
    assert iban_ok(CITY_IBAN)
    out = os.path.join(HERE, "fresh58.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for d in lines:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    from collections import Counter
    cats = Counter(e["category"] for d in lines for e in d["entities"])
    flags = Counter(x for d in lines for x in d["specialCategories"])
    chans = Counter(d["channel"] for d in lines)
    print(out, len(lines), "documents,", sum(cats.values()), "entities,",
          sum(len(d["neutral"]) for d in lines), "neutral")
    print(dict(cats))
    print(dict(flags), dict(chans), "unflagged:", sum(1 for d in lines if not d["specialCategories"]))


if __name__ == "__main__":
    main()
