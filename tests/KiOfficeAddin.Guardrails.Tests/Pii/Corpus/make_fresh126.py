#!/usr/bin/env python3
"""Blind test batch 126: invented correspondence of a Baltic Sea resort's registration office (Meldebehörde) and
tourist-tax office (Kurverwaltung, Kurabgabe). Writes fresh126.jsonl next to this file: 30 documents with inline-marked
personal data, built with marks.build(). All random values come from Identifiers(12626).rng, so reruns are identical.

Invented setting: Amt Salzwiek with its seat in Ostseebad Wiekhagen (Mecklenburg-Vorpommern). Every person, street,
number and firm is invented.

Conventions used beyond the README: titles (Dr.) and honorifics stay outside person spans; the office's own public
address, switchboard, functional mailboxes and bank account and the business addresses, switchboards, functional
mailboxes and accounts of firms are neutral [[N|…]]; staff of the office and of firms are persons, their personal work
mail addresses are EMAIL. A residence is an ADDRESS even when a firm owns the house (staff housing). Kurkarte,
Meldeschein, Vermieter (private landlord), Kassenzeichen, Mandats-, Tagebuch- and court file numbers are CASE_REFERENCE.
Foreign personal numbers: PESEL, CNP and EGN (each valid by its own published check) are TAX_ID (they serve as the
personal tax identifier in PL, RO, BG); foreign identity cards are ID_CARD, foreign passports PASSPORT.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban  # noqa: E402

ids = Identifiers(12626)
rng = ids.rng
HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- foreign identifiers (published algorithms)
def pesel(yyyy, mm, dd, female):
    """Polish PESEL: YYMMDD (month +20 for 2000-2099), 3 serial digits, sex digit (even = female), check digit
    (weights 1,3,7,9,1,3,7,9,1,3; check = (10 - sum mod 10) mod 10)."""
    month = mm + (20 if yyyy >= 2000 else 0)
    sex = rng.choice("02468" if female else "13579")
    body = f"{yyyy % 100:02d}{month:02d}{dd:02d}{ids.digits(3)}{sex}"
    weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    total = sum(int(c) * w for c, w in zip(body, weights))
    return body + str((10 - total % 10) % 10)


def cnp(yyyy, mm, dd, female, county):
    """Romanian CNP: S YYMMDD JJ NNN C; S = 1/2 (1900s), 5/6 (2000s); weights 279146358279; sum mod 11, 10 -> 1."""
    s = (2 if female else 1) if yyyy < 2000 else (6 if female else 5)
    body = f"{s}{yyyy % 100:02d}{mm:02d}{dd:02d}{county}{ids.digits(3, first_nonzero=True)}"
    total = sum(int(c) * int(w) for c, w in zip(body, "279146358279"))
    check = total % 11
    return body + ("1" if check == 10 else str(check))


def egn(yyyy, mm, dd, female):
    """Bulgarian EGN: YYMMDD (month +40 for 2000s), 2 region digits, sex digit (even = male), check
    (weights 2,4,8,5,10,9,7,3,6; sum mod 11, 10 -> 0)."""
    month = mm + (40 if yyyy >= 2000 else 0)
    sex = rng.choice("13579" if female else "02468")
    body = f"{yyyy % 100:02d}{month:02d}{dd:02d}{ids.digits(2)}{sex}"
    total = sum(int(c) * w for c, w in zip(body, [2, 4, 8, 5, 10, 9, 7, 3, 6]))
    check = total % 11
    return body + ("0" if check == 10 else str(check))


def polish_id_card():
    """Polish dowód osobisty: 3 letters, check digit, 5 digits; weights 7,3,1,9,7,3,1,7,3 over all nine (letters
    A=10 …), total mod 10 = 0, so the check digit equals the weighted sum of the others mod 10."""
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    tail = ids.digits(5)
    vals = [ord(c) - 55 for c in letters] + [int(c) for c in tail]
    weights = [7, 3, 1, 7, 3, 1, 7, 3]
    check = sum(v * w for v, w in zip(vals, weights)) % 10
    return f"{letters}{check}{tail}"


def iban_with_bank(country, bank, digits):
    return mod97_iban(country, bank + ids.digits(digits))


def spaced(iban):
    return group(iban, 4)


def tid_spaced(t):
    return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"


def tax_number_mv():
    # Mecklenburg-Vorpommern layout FFF/BBB/UUUUP, e.g. 079/123/45678 (layout only).
    return f"0{rng.choice(['79', '81', '86', '90'])}/{ids.digits(3)}/{ids.digits(5)}"


def ssn(ddmmyy, letter, spaced_out=False):
    v = ids.social_security(ddmmyy, letter)
    return f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}" if spaced_out else v


# ---------------------------------------------------------------- shared office data (neutral)
OFFICE_IBAN = spaced(ids.iban_de())
OFFICE_HEAD = "Amt Salzwiek · Der Amtsvorsteher · Meldebehörde"
OFFICE_STREET = "[[N|Am Kurpark 1]]"
OFFICE_CITY = "[[N|18247 Ostseebad Wiekhagen]]"
OFFICE_TEL = "[[N|038296 7410-0]]"
OFFICE_MAIL = "[[N|meldebehoerde@amt-salzwiek.de]]"
KV_STREET = "[[N|Strandpromenade 5]]"
KV_TEL = "[[N|038296 7420-0]]"
KV_MAIL = "[[N|kurabgabe@kv-wiekhagen.de]]"

# People and identifiers that recur across documents (a real mailbox and its files refer to the same cases).
RO = {
    "balan": dict(name="Bălan, Ionuț", dob="22.06.1996", doc=ids.digits(9, True)),
    "lungu": dict(name="Lungu, Andreea Maria", dob="09.11.2001", doc=ids.digits(9, True)),
    "stoica": dict(name="Stoica, Florin", dob="30.01.1989", doc="CJ " + ids.digits(6, True)),
    "rusu": dict(name="Rusu, Elena", dob="14.03.1993", doc=ids.digits(9, True)),
    "dobre": dict(name="Dobre, Cătălin", dob="05.08.1999", doc="IS " + ids.digits(6, True)),
}
RO_SSN = {
    "balan": ssn("220696", "B"), "lungu": ssn("091101", "L"), "stoica": ssn("300189", "S"),
    "rusu": ssn("140393", "R"), "dobre": ssn("050899", "D"),
}
JABLONSKI_DOB = "08.10.1984"
WEINERT_CARD = ids.credit_card("5412", 16)
WEINERT_IBAN = spaced(ids.iban_de())
PASCHKE_TNR = tax_number_mv()
PASCHKE_VAT = ids.vat_id()
PASCHKE_KA = "KA-2025-00317"
HOTEL_STRANDPERLE = "Hotel Strandperle GmbH & Co. KG"


def d001():
    idc = ids.id_card(check_digit=True)
    t = f"""Von: [[P|Hartmut Brüggemann]] <[[E|h.brueggemann@t-online.de]]>
An: {OFFICE_MAIL}
Gesendet: Dienstag, 18. März 2025 19:42
Betreff: Anmeldung Nebenwohnung [[A|Dünenweg 14]] – mehrere Fragen

Sehr geehrte Damen und Herren,

meine Frau und ich haben die Wohnung im [[A|Dünenweg 14]] in [[A|18247 Ostseebad Wiekhagen]] gekauft (Übergabe zum 1. April) und möchten sie als Nebenwohnung anmelden. Unsere Hauptwohnung bleibt in der [[A|Isestraße 61]], [[A|20149 Hamburg]].

Unsere Daten vorab, damit Sie schon etwas vorbereiten können:
– [[P|Hartmut Brüggemann]], geb. [[DOB|17.09.1958]] in Lübeck
– [[P|Gisela Brüggemann]], geb. [[P|Rathjen]], geboren am [[DOB|3. Februar 1961]]
Mein Personalausweis hat die Nummer [[IDC|{idc}]].

Dazu drei Fragen:
1. Müssen wir beide persönlich erscheinen, oder genügt es, wenn ich mit einer Vollmacht meiner Frau komme? Sie ist im April noch bei unserer Tochter in Kanada und kommt erst Anfang Mai zurück.
2. Die Wohnungsgeberbestätigung hat der Verkäufer, Herr [[P|Detlef Mahnke]], schon unterschrieben – gilt die auch, wenn wir jetzt Eigentümer sind?
3. Ab wann wird die Kurabgabe-Jahrespauschale für Zweitwohnungsinhaber fällig, anteilig ab April oder für das ganze Jahr? Wir sind ab Mai meistens mit dem Wohnmobil ([[KFZ|HH-GB 1958]]) oben.

Für eine kurze Rückmeldung wäre ich dankbar.

Mit freundlichen Grüßen
[[P|Hartmut Brüggemann]]

Tel. [[T|040 46 88 21 37]]
mobil [[T|0171 4482093]]"""
    return "outlook", "nebenwohnung_anfrage", t, []


def d002():
    r = RO
    t = f"""Von: [[P|Jana Petersen]] <[[N|personal@hotel-strandperle.de]]>
Gesendet: Montag, 14. April 2025 08:12
An: Bürgerbüro Meldebehörde <{OFFICE_MAIL}>
Betreff: WG: Arrival Wiekhagen / Sosire – Anmeldung neue Saisonkräfte

Guten Morgen Frau [[P|Behrendt]],

wie telefonisch besprochen leite ich Ihnen die Mail unserer Vermittlungsagentur weiter. Die fünf Kolleginnen und Kollegen sind seit Samstag in unserem Personalhaus [[A|Am Mühlenteich 4]] untergebracht, die Wohnungsgeberbestätigungen bringe ich mit. Ginge Donnerstag ab 13 Uhr als Sammeltermin? Ich würde die Gruppe begleiten und übersetzen, soweit es geht.

Beste Grüße aus der Personalabteilung
[[P|Jana Petersen]]

{HOTEL_STRANDPERLE}
[[N|Strandpromenade 21]] · [[N|18247 Ostseebad Wiekhagen]]
Tel. [[N|038296 7730-0]]

-----Ursprüngliche Nachricht-----
Von: [[P|Ionela Munteanu]] <[[E|ionela.munteanu@carpat-staffing.ro]]>
Gesendet: Freitag, 11. April 2025 17:46
An: [[P|Jana Petersen]] <[[N|personal@hotel-strandperle.de]]>
Betreff: Arrival Wiekhagen / Sosire

Dear Mrs. [[P|Petersen]],

as discussed, here the data of the workers arriving on Saturday with the bus from Cluj:

1. [[P|{r['balan']['name']}]] – born [[DOB|{r['balan']['dob']}]] – passport [[PASS|{r['balan']['doc']}]]
2. [[P|{r['lungu']['name']}]] – born [[DOB|{r['lungu']['dob']}]] – passport [[PASS|{r['lungu']['doc']}]]
3. [[P|{r['stoica']['name']}]] – born [[DOB|{r['stoica']['dob']}]] – identity card (CI) [[IDC|{r['stoica']['doc']}]]
4. [[P|{r['rusu']['name']}]] – born [[DOB|{r['rusu']['dob']}]] – passport [[PASS|{r['rusu']['doc']}]]
5. [[P|{r['dobre']['name']}]] – born [[DOB|{r['dobre']['dob']}]] – identity card (CI) [[IDC|{r['dobre']['doc']}]]

All of them have the European Health Insurance Card until the German insurance starts. Please note that Mr. [[P|Stoica]] needs a room on the ground floor, he had a knee operation in January and cannot use stairs for long. [[P|Andreea]] is vegetarian, she asked me to tell the kitchen.

For any problem on arrival please call me directly.

Kind regards / Cu stimă,
[[P|Ionela Munteanu]]
Recruitment Coordinator
Carpat Staffing SRL, Cluj-Napoca
office [[N|+40 264 597 310]] · mobile [[T|+40 744 218 905]]"""
    return "outlook", "saisonkraefte_weiterleitung", t, ["HEALTH"]


def d003():
    idc = ids.digits(9, True)
    e = egn(1987, 12, 11, female=False)
    t = f"""Von: [[P|Stoyan Dimitrov]] <[[E|stoyan.dimitrov87@abv.bg]]>
An: {OFFICE_MAIL}
Betreff: meldebescheinigung für kindergeld bitte

Hallo,

ich bin [[P|Stoyan Dimitrov]], ich arbeite in Restaurant "Fischkutter" am Hafen seit Mai als Koch. Ich habe Anmeldung gemacht bei Ihnen am 06.05., aber Familienkasse schreibt mir, sie will Meldebescheinigung mit alle Daten und seit wann ich wohne hier.

Ich wohne jetzt [[A|Fritz-Reuter-Straße 7]] bei Frau [[P|Kühl]] (Zimmer oben), vorher drei Wochen in Pension am Strand.
Meine Geburtsdatum ist [[DOB|11.12.1987]], Personalausweis bulgarisch Nr. [[IDC|{idc}]], EGN [[TID|{e}]].

Meine Frau [[P|Desislava]] und unsere Kinder sind in Bulgarien, Adresse: [[A|ul. Han Asparuh 14, et. 3]], [[A|9000 Varna]]. Familienkasse sagt, ich brauche auch das für Kindergeld, ist das richtig??

Kann ich Bescheinigung abholen oder Sie schicken mit Post? Ich arbeite jeden Tag bis 22 Uhr, nur Montag frei.
Meine telefon [[T|0157 36419208]] oder Viber [[T|+359 888 412 570]].

Danke sehr und schöne Grüße
[[P|Stoyan Dimitrov]]"""
    return "outlook", "meldebescheinigung_kindergeld", t, []


def d004():
    p1, p2, p3 = ("P" + ids.digits(7) + rng.choice("ABC") for _ in range(3))
    t = f"""From: [[P|Jomar Villanueva]] <[[E|jomar.villanueva90@gmail.com]]>
To: {OFFICE_MAIL}
Subject: Registration (Anmeldung) for me and my family – Hotel Seeblick

Good day Sir/Madam,

My name is [[P|Jomar Villanueva]], I am working as a cook in Hotel Seeblick since 2 June. My employer told me I must do the "Anmeldung" within two weeks, but my wife [[P|Rhea Mae Villanueva]] (née [[P|Bautista]]) and our daughter [[P|Ysabel]] (born [[DOB|04.09.2019]]) will only arrive on 28 June. Can we come all together after they arrive, or do I get a fine if I wait?

Our passports:
- [[P|Jomar Villanueva]], born [[DOB|12 February 1990]], passport no. [[PASS|{p1}]]
- [[P|Rhea Mae Villanueva]], born [[DOB|21 July 1992]], passport no. [[PASS|{p2}]]
- [[P|Ysabel Villanueva]], passport no. [[PASS|{p3}]]

Address here: staff apartment [[A|Seestraße 40a]], [[A|18247 Ostseebad Wiekhagen]] (the house belongs to the hotel, Mrs. [[P|Okonkwo]] from the front office gave me the landlord paper).
Address in the Philippines: [[A|Purok 5, Brgy. Mankilam]], [[A|8100 Tagum City]], Davao del Norte

One more question: in the form there is a field "Religion". We are Catholic, do we have to pay church tax now? My salary is not so high. Ich lerne Deutsch, aber noch nicht gut, sorry.

Thank you and God bless,
[[P|Jomar]]

WhatsApp [[T|+63 917 845 2210]]
German number [[T|0152 08714463]]"""
    return "outlook", "anmeldung_englisch", t, ["RELIGION"]


def d005():
    t = f"""Von: Hanse Legal Rechtsanwälte <[[N|kanzlei@hanse-legal.de]]>
An: {OFFICE_MAIL}
Datum: 19.05.2025 11:03
Betreff: Einfache Melderegisterauskunft gem. § 44 BMG – unser Az. [[AZ|1187/25 OK/sl]]

Sehr geehrte Damen und Herren,

in der Forderungssache unserer Mandantin, der Ferienpark Ostseeperle GmbH, gegen

Herrn [[P|Marcel Jablonski]]
geb. am [[DOB|{JABLONSKI_DOB}]]
zuletzt wohnhaft: [[A|Strandstraße 33]], [[A|18247 Ostseebad Wiekhagen]]

bitten wir um Erteilung einer einfachen Melderegisterauskunft (Vor- und Familienname, Doktorgrad, derzeitige Anschrift). Herr [[P|Jablonski]] war bei unserer Mandantin als Hausmeister beschäftigt; ein an die obige Anschrift gerichtetes Schreiben kam mit dem Vermerk „Empfänger unbekannt verzogen" zurück. Die Auskunft wird nicht für Zwecke der Werbung oder des Adresshandels verwendet.

Die Gebühr überweisen wir nach Rechnungsstellung umgehend von unserem Kanzleikonto [[N|{spaced(ids.iban_de())}]].

Mit freundlichen Grüßen

Dr. [[P|Chiamaka Okafor]]
Rechtsanwältin

Hanse Legal Rechtsanwälte PartG mbB
[[N|Lange Straße 27]], [[N|18055 Rostock]]
Tel. [[N|0381 4907 330]] · Fax 0381 4907 339
Sachbearbeitung: Frau [[P|Sandra Lemke]], [[E|s.lemke@hanse-legal.de]]"""
    return "outlook", "anwalt_melderegisterauskunft", t, []


def d006():
    t = f"""Von: [[P|Behrendt, Kerstin]] <[[E|k.behrendt@amt-salzwiek.de]]>
An: [[N|auskunft@nordcredit-inkasso.de]]
Gesendet: Mittwoch, 4. Juni 2025 10:27
Betreff: AW: Anfrage Melderegisterauskunft – Ihr Zeichen [[AZ|NCI-2025-044817]]

Sehr geehrte Damen und Herren,

zu Ihrer Anfrage vom 02.06.2025 teile ich Ihnen mit, dass eine Melderegisterauskunft zu der angefragten Person nicht erteilt werden kann. Eine Begründung kann aus Rechtsgründen nicht gegeben werden. Die Gebühr wird dennoch erhoben; den Gebührenbescheid erhalten Sie gesondert.

Mit freundlichen Grüßen
Im Auftrag
[[P|Kerstin Behrendt]]

Amt Salzwiek – Meldebehörde
{OFFICE_STREET}, {OFFICE_CITY}
Tel. {OFFICE_TEL}
[[E|k.behrendt@amt-salzwiek.de]]

________________________________
Von: NordCredit Inkasso GmbH <[[N|auskunft@nordcredit-inkasso.de]]>
Gesendet: Montag, 2. Juni 2025 15:51
An: {OFFICE_MAIL}
Betreff: Anfrage Melderegisterauskunft – Ihr Zeichen [[AZ|NCI-2025-044817]]

Sehr geehrte Damen und Herren,

wir bitten um Mitteilung der aktuellen Anschrift folgender Person:

Name: [[P|Grabowski]]
Vorname: [[P|Vanessa]]
Geburtsdatum: [[DOB|29.04.1995]]
letzte bekannte Anschrift: [[A|Birkenallee 4b]], [[A|18246 Bützow]]
Forderungskonto: [[AZ|7719 20553]]

Ein berechtigtes Interesse liegt vor (offene Forderung aus Mobilfunkvertrag). Bitte senden Sie die Antwort an die oben genannte Adresse.

Mit freundlichen Grüßen
i. A. [[P|Kai-Uwe Rademacher]]
Forderungsmanagement
NordCredit Inkasso GmbH · [[N|Am Strande 3]] · [[N|18055 Rostock]]"""
    return "outlook", "inkasso_antwort_sperre", t, []


def d007():
    k = [f"{ids.digits(4, True)}" for _ in range(5)]
    t = f"""Von: [[P|Anke Sievers]] <[[E|anke.sievers@web.de]]>
An: [[P|Lüdtke, Sabine]] <[[E|s.luedtke@kv-wiekhagen.de]]>
Betreff: meldescheine juli nachtrag

hallo frau [[P|lüdtke]],

sorry für die verspätung, hier noch die gäste aus der fewo 3 (möwennest) die ich im juli vergessen hab einzutragen. die papierzettel hab ich noch, kann ich nächste woche vorbeibringen wenn sie die brauchen.

[[P|rainer]] und [[P|petra köhnke]], [[A|lindenweg 8]], [[A|39104 magdeburg]], 05.07.–19.07., kurkarten [[AZ|{k[0]}]] und [[AZ|{k[1]}]]
[[P|marco de luca]], [[A|via san felice 22]], [[A|40122 bologna]], geb. [[DOB|30.5.1981]], 12.07.–15.07., kurkarte [[AZ|{k[2]}]]
[[P|yvonne hartig]] mit tochter [[P|lea]] (geb. [[DOB|2.3.2021]], also frei), [[A|am anger 4]], [[A|07743 jena]], 19.07.–26.07., kurkarte [[AZ|{k[3]}]]
[[P|ewa]] und [[P|tomasz lis]], [[A|ul. polna 7]], [[A|72-010 police]], 26.07.–02.08., kurkarte [[AZ|{k[4]}]] (nur eine, der mann ist bei uns saisonkraft im garten, der ist doch befreit oder?)

die abrechnung für juli hab ich dann selbst korrigiert, müsste jetzt stimmen mit vermieternr. [[AZ|VM-0217]].

lg und schönes wochenende
[[P|anke sievers]]
[[T|0170 9923418]]"""
    return "outlook", "vermieterin_meldescheine", t, []


def d008():
    kk = f"2025-K-{ids.digits(6, True)}"
    t = f"""Von: [[P|Ulrich Weinert]] <[[E|u.weinert@gmx.de]]>
An: {KV_MAIL}
Betreff: Kurabgabe doppelt abgebucht – Kurkarte [[AZ|{kk}]]

Sehr geehrte Damen und Herren,

während unseres Aufenthalts vom 12. bis 19. Juli in der Pension Haffblick wurde mir die Kurabgabe zweimal von meiner Kreditkarte belastet (zweimal 33,60 €, Umsätze vom 12.07. und vom 13.07.). Die Karte ist eine Mastercard, Nummer [[CC|{group(WEINERT_CARD, 4)}]], Karteninhaber [[P|Ulrich Weinert]].

Außerdem hat die Vermieterin auch für meine Frau [[P|Beate]] den vollen Satz berechnet, obwohl sie als Begleitperson unseres Sohnes [[P|Lukas Weinert]] (geb. [[DOB|07.11.2006]]) nach Ihrer Satzung befreit sein müsste. [[P|Lukas]] ist seit seiner Geburt schwerbehindert (Trisomie 21, GdB 100, Merkzeichen B, G und H); eine Kopie des Schwerbehindertenausweises hänge ich an.

Bitte erstatten Sie die zu viel gezahlten Beträge auf mein Girokonto [[IBAN|{WEINERT_IBAN}]] und nicht auf die Karte, die ich inzwischen gewechselt habe.

Mit freundlichen Grüßen
[[P|Ulrich Weinert]]
[[A|Am Stadtgraben 12]]
[[A|06108 Halle (Saale)]]
Tel. [[T|0345 6823317]]"""
    return "outlook", "kurabgabe_beschwerde_karte", t, ["HEALTH"]


def d009():
    t = f"""Von: Frauenhaus Nordwestmecklenburg – Beratungsstelle <[[N|beratung@frauenhaus-nwm.de]]>
An: [[P|Wittkopp, Doreen]] <[[E|d.wittkopp@amt-salzwiek.de]]>
Betreff: EILT – Antrag auf Auskunftssperre nach § 51 BMG

Sehr geehrte Frau [[P|Wittkopp]],

wie heute Vormittag telefonisch angekündigt, übersende ich den Antrag von Frau [[P|Sabrina Lenz]] (geb. [[DOB|19.01.1990]]) auf Eintragung einer Auskunftssperre. Frau [[P|Lenz]] wohnt seit dem 3. Juni mit ihren Kindern [[P|Mia]] (geb. [[DOB|14.08.2015]]) und [[P|Noah Lenz]] (geb. [[DOB|27.02.2019]]) in Ihrem Amtsbereich, [[A|Lotsenweg 5]], [[A|18247 Ostseebad Wiekhagen]], und hat sich dort am 5. Juni angemeldet.

Zum Hintergrund: Frau [[P|Lenz]] hat sich aus einer über Jahre gewaltgeprägten Beziehung gelöst. Gegen den früheren Lebensgefährten, Herrn [[P|Dennis Kowalczyk]], geb. [[DOB|22.11.1986]], zuletzt [[A|Wismarsche Straße 112]], [[A|19053 Schwerin]], hat das Amtsgericht Schwerin eine Schutzanordnung nach dem Gewaltschutzgesetz erlassen (Az. [[AZ|31 F 218/25]]). Herr [[P|Kowalczyk]] hat bereits über Bekannte versucht, den neuen Wohnort herauszufinden. Frau [[P|Lenz]] befindet sich wegen einer posttraumatischen Belastungsstörung in psychotherapeutischer Behandlung; das Attest von Dr. [[P|Ruth Engholm]] liegt bei.

Bitte senden Sie die Bestätigung nicht an die neue Wohnanschrift, sondern an unsere Beratungsstelle. Frau [[P|Lenz]] ist vorerst auch über ihre neue Handynummer [[T|0176 30 55 81 47]] erreichbar, die bitte nicht in Ihr System übernommen wird.

Mit freundlichen Grüßen
[[P|Anja Reimers]]
Dipl.-Sozialpädagogin
Frauenhaus Nordwestmecklenburg · Beratungsstelle
Tel. [[N|03841 2287-0]]"""
    return "outlook", "auskunftssperre_frauenhaus", t, ["HEALTH"]


def d010():
    t = f"""Von: [[P|Lüdtke, Sabine]] <[[E|s.luedtke@kv-wiekhagen.de]]>
An: [[P|Krull, Tobias]] <[[E|t.krull@amt-salzwiek.de]]>
Cc: [[P|Ohlsen, Jannik]] <[[E|j.ohlsen@kv-wiekhagen.de]]>
Gesendet: Donnerstag, 31. Juli 2025 16:05
Betreff: Vermieter [[P|Paschke]] – seit März keine Meldescheine

Hallo [[P|Tobias]],

kannst du bei der nächsten Außenkontrolle bitte bei Haus Sanddorn vorbeischauen? Der Vermieter [[P|Olaf Paschke]] ([[A|Waldstraße 19]], Kurabgabekonto [[AZ|{PASCHKE_KA}]]) hat seit März keine einzige Übernachtung mehr gemeldet, laut den Buchungsportalen sind aber alle drei Wohnungen durchgehend belegt. Auf zwei Erinnerungen hat er nicht reagiert.

Was wir über ihn haben:
Steuernummer [[TNR|{PASCHKE_TNR}]], USt-IdNr. [[VAT|{PASCHKE_VAT}]] (aus der Gewerbeanmeldung)
Handy [[T|0162 7719034]], Mail [[E|olaf.paschke@sanddorn-wiekhagen.de]]
Privat wohnt er laut Register nicht hier, sondern in [[A|Friedrichstraße 8]], [[A|23966 Wismar]].

Nachbarin Frau [[P|Gudrun Hinz]] ([[A|Waldstraße 17]]) hat [[P|Jannik]] erzählt, dass dort fast jede Woche andere Autos stehen, zuletzt [[KFZ|B-LM 4410]] und [[KFZ|PI-TS 204]].

Danke dir!
[[P|Sabine]]

--
[[P|Sabine Lüdtke]]
Kurverwaltung Ostseebad Wiekhagen · Kurabgabe / Vermieterbetreuung
{KV_STREET} · {OFFICE_CITY}
Tel. {KV_TEL}"""
    return "outlook", "intern_vermieter_kontrolle", t, []


def d011():
    p = pesel(1998, 8, 14, female=True)
    idc = polish_id_card()
    pl_iban = spaced(iban_with_bank("PL", "10205561", 16))
    t = f"""Von: [[P|Agnieszka Wróblewska]] <[[E|a.wroblewska98@wp.pl]]>
An: {OFFICE_MAIL}; {KV_MAIL}
Betreff: Abmeldung / wymeldowanie – [[P|Wróblewska]]

Sehr geehrte Damen und Herren,

ich heiße [[P|Agnieszka Wróblewska]], ich habe gearbeitet im Restaurant Zur Düne in Küche bis 30.09. Jetzt ich fahre zurück nach Polen am 04.10. und muss Abmeldung machen, aber Büro ist zu wenn ich frei habe. Geht es auch mit E-Mail?

Meine Adresse hier: [[A|Hafenstraße 3]], Zimmer 12 (Personalzimmer vom Restaurant)
Neue Adresse: [[A|ul. Bolesława Chrobrego 18 m. 4]], [[A|80-854 Gdańsk]]
Geburtsdatum: [[DOB|14.08.1998]]
PESEL: [[TID|{p}]]
Dowód osobisty (Personalausweis): [[IDC|{idc}]]

Zweite Frage an Kurverwaltung: in die erste Woche im April ich hatte noch keine Arbeitsvertrag und habe Kurkarte gekauft (Nr. [[AZ|2025-K-{ids.digits(6, True)}]], 16,80 €). Mein Chef sagt, Beschäftigte sind befreit. Kann ich Geld zurück bekommen? Mein Konto:
[[IBAN|{pl_iban}]] (mBank, [[P|Agnieszka Wróblewska]])

Mein Kollege [[P|Krzysztof Zając]] will auch Abmeldung, er schreibt selbst.

Dziękuję / Danke schön
[[P|Agnieszka Wróblewska]]
tel. [[T|+48 601 552 384]]"""
    return "outlook", "abmeldung_polen", t, []


def d012():
    t = f"""Von: [[P|Henning Pahl]] <[[E|henning.pahl@posteo.de]]>
An: [[P|Wittkopp, Doreen]] <[[E|d.wittkopp@amt-salzwiek.de]]>
Betreff: Antrag auf Auskunftssperre – Drohschreiben nach der Gemeindevertretersitzung

Sehr geehrte Frau [[P|Wittkopp]],

wie Sie vielleicht aus der Zeitung wissen, sitze ich seit der Kommunalwahl 2024 für Bündnis 90/Die Grünen in der Gemeindevertretung und habe mich in der Sitzung am 12. Mai gegen den geplanten Ausbau des Yachthafens ausgesprochen. Seitdem erhalte ich Drohschreiben, zwei davon direkt an unsere Privatadresse [[A|Achterstraße 6]], [[A|18247 Ostseebad Wiekhagen]], eines mit einem Foto unseres Hauses. Mehrere Schreiben beziehen sich ausdrücklich und beleidigend darauf, dass ich mit einem Mann verheiratet bin.

Die Kriminalpolizeiinspektion Wismar ermittelt (Tagebuch-Nr. [[AZ|1407/25/K3]]), Ansprechpartner dort ist KHK [[P|Wendt]].

Ich beantrage hiermit eine Auskunftssperre nach § 51 BMG für mich ([[P|Henning Pahl]], geb. [[DOB|30.06.1979]]) und meinen Ehemann [[P|Tomasz Pahl-Wieczorek]] (geb. [[DOB|11.01.1983]]). Die Bestätigung der Polizei reiche ich nach, sobald ich sie habe.

Wäre es möglich, dass die Sperre auch für Auskünfte an Parteien und Wählergruppen vor Wahlen gilt? [[P|Tomasz]] möchte nicht, dass seine Daten irgendwo landen.

Sie erreichen mich am besten mobil unter [[T|0160 94412087]].

Mit freundlichen Grüßen
[[P|Henning Pahl]]"""
    return "outlook", "auskunftssperre_gemeindevertreter", t, ["POLITICS", "SEXUAL_ORIENTATION"]


def d013():
    t = f"""Von: [[P|Radostina Ilieva]] <[[E|radostina.ilieva@faire-mobilitaet.de]]>
An: {OFFICE_MAIL}
Cc: [[N|rostock@ngg.net]]
Betreff: Beschäftigte Hotel Bernsteinhof – Anmeldung unter falscher Anschrift

Sehr geehrte Damen und Herren,

ich bin Beraterin bei Faire Mobilität, dem Beratungsnetzwerk des DGB, in Rostock. Drei Beschäftigte aus Bulgarien, die seit April im Hotel Bernsteinhof in der Reinigung arbeiten und inzwischen Mitglieder der Gewerkschaft NGG sind, haben sich an uns gewandt:

• [[P|Asen Kostadinov]], geb. [[DOB|03.03.1985]]
• [[P|Veska Kostadinova]], geb. [[DOB|19.10.1988]]
• [[P|Iliya Marinov]], geb. [[DOB|27.07.2000]]

Nach ihren Angaben wurden sie vom Arbeitgeber ohne ihr Wissen in der [[A|Bahnhofstraße 2]] angemeldet (dem Büro der Hotelgesellschaft). Tatsächlich wohnen sie seit April in einem Wohncontainer auf dem Betriebsgelände [[A|Am Mühlenberg 7]], [[A|18247 Ostseebad Wiekhagen]], für den ihnen je 380 € im Monat vom Lohn abgezogen werden. Die drei gehören der Roma-Minderheit an und berichten, dass ihnen bei der Wohnungssuche im Ort mehrfach offen abgesagt wurde, weshalb sie auf die Unterkunft des Arbeitgebers angewiesen sind.

Die Beschäftigten möchten ihre Meldeadresse richtigstellen, brauchen dafür aber eine Wohnungsgeberbestätigung, die der Arbeitgeber verweigert. Wie ist in diesem Fall vorzugehen? Herr [[P|Kostadinov]] spricht etwas Deutsch, die anderen beiden nur Bulgarisch; ich würde zum Termin mitkommen.

Mit freundlichen Grüßen
[[P|Radostina Ilieva]]
Faire Mobilität – Beratungsstelle Rostock
mobil [[T|0151 26770318]]"""
    return "outlook", "beratung_saisonkraefte_gewerkschaft", t, ["UNION", "ETHNICITY"]


def d014():
    kz = f"5.0203.{ids.digits(6, True)}"
    mother_iban = spaced(ids.iban_de())
    t = f"""Von: [[P|Björn Carstensen]] <[[E|bjoern.carstensen@posteo.de]]>
An: [[P|Behrendt, Kerstin]] <[[E|k.behrendt@amt-salzwiek.de]]>
Betreff: AW: AW: Meldebescheinigung – Kassenzeichen [[AZ|{kz}]]

ok, hab grad überwiesen, 5 euro – allerdings vom konto meiner mutter ([[IBAN|{mother_iban}]], kontoinhaberin [[P|Marlies Carstensen]]), hoffe das ist kein problem, verwendungszweck stimmt.
die bescheinigung bitte an die neue adresse schicken: [[A|Knooper Weg 140]], [[A|24105 Kiel]].

danke + gruß
[[P|björn]]

Am 03.07.2025 um 10:14 schrieb [[P|Behrendt, Kerstin]] <[[E|k.behrendt@amt-salzwiek.de]]>:
> Sehr geehrter Herr [[P|Carstensen]],
>
> die Gebühr für eine einfache Meldebescheinigung beträgt 5,00 EUR. Bitte überweisen Sie den Betrag unter Angabe des Kassenzeichens [[AZ|{kz}]] auf das Konto des Amtes Salzwiek, IBAN [[N|{OFFICE_IBAN}]]. Nach Zahlungseingang senden wir Ihnen die Bescheinigung zu.
>
> Mit freundlichen Grüßen
> Im Auftrag
> [[P|Kerstin Behrendt]]
>
>> Am 02.07.2025 um 22:51 schrieb [[P|Björn Carstensen]] <[[E|bjoern.carstensen@posteo.de]]>:
>> Moin,
>> ich brauch für meine neue stelle in kiel eine meldebescheinigung, dass ich bis ende juni in der [[A|Ostseeallee 23]] gewohnt hab. geb. bin ich am [[DOB|16.04.1997]]. geht das per mail?
>> [[P|Björn Carstensen]]"""
    return "outlook", "meldebescheinigung_gebuehr_kette", t, []


def d015():
    dk1, dk2 = ids.digits(9, True), ids.digits(9, True)
    t = f"""From: [[P|Mette Kjærgaard]] <[[E|mette.kjaergaard@mail.dk]]>
To: {OFFICE_MAIL}
Cc: [[P|Søren Kjærgaard]] <[[E|soeren@kjaergaard-byg.dk]]>
Subject: Holiday house [[A|Kiefernweg 22]] – do we have to register?

Dear Sir or Madam,

we are a Danish family and have bought the holiday house [[A|Kiefernweg 22]] in Wiekhagen from the heirs of Mrs. [[P|Elfriede Schwanbeck]]. We will only use it ourselves, around 8–10 weeks a year, and we will not rent it out.

Our main residence stays in Denmark: [[A|Møllevej 9]], [[A|6200 Aabenraa]].

Do we have to register the house as a "Nebenwohnung" even though we live in Denmark? A neighbour, Mr. [[P|Lorenz]], told us this is necessary, our estate agent said no. And is there a yearly lump sum for the Kurabgabe like for German second homes?

For the registration form, in case we need it:
- [[P|Mette Kjærgaard]], born [[DOB|02.05.1976]], Danish passport [[PASS|{dk1}]]
- [[P|Søren Kjærgaard]], born [[DOB|18.12.1973]], Danish passport [[PASS|{dk2}]]
Our car is a Danish car, registration [[KFZ|CX 41 877]], if that matters for the parking permit.

Best regards / Med venlig hilsen
[[P|Mette Kjærgaard]]
[[T|+45 28 41 19 06]]"""
    return "outlook", "zweitwohnung_daenemark", t, []


def d016():
    pas = ids.digits(9, True)
    tid = ids.tax_id()
    az = f"MB-2025-{ids.digits(5, True)}"
    t = f"""{OFFICE_HEAD}
{OFFICE_STREET} · {OFFICE_CITY} · Tel. {OFFICE_TEL}

Frau
[[P|Mihaela Ioana Constantinescu]]
[[A|Mühlenstraße 11]]
[[A|18247 Ostseebad Wiekhagen]]

Aktenzeichen: [[AZ|{az}]]                                    Datum: 24.06.2025

ERWEITERTE MELDEBESCHEINIGUNG
gemäß § 18 Abs. 2 Bundesmeldegesetz (BMG)

Familienname:                     [[P|Constantinescu]]
Vornamen:                         [[P|Mihaela Ioana]]
Geburtsname:                      [[P|Ardeleanu]]
Doktorgrad:                       –
Geburtsdatum:                     [[DOB|17.05.1991]]
Geburtsort:                       Satu Mare (Rumänien)
Geschlecht:                       weiblich
Staatsangehörigkeit:              rumänisch
Familienstand:                    verheiratet
Ehegatte:                         [[P|Constantinescu, Radu]]
Rechtliche Zugehörigkeit zu einer
öffentlich-rechtlichen Religionsgesellschaft:   römisch-katholisch (rk)
Derzeitige Anschrift:             [[A|Mühlenstraße 11]], [[A|18247 Ostseebad Wiekhagen]]
Art der Wohnung:                  alleinige Wohnung
Einzugsdatum:                     01.04.2025
Frühere Anschrift:                [[A|Str. Vasile Lucaciu nr. 9, ap. 2]], [[A|440010 Satu Mare]], Rumänien
Pass:                             Reisepass Nr. [[PASS|{pas}]], ausgestellt von DGP Satu Mare, gültig bis 11.09.2029
Steuer-Identifikationsnummer:     [[TID|{tid}]]

Die Angaben entsprechen dem Stand des Melderegisters am Tag der Ausstellung.

Im Auftrag
[[P|Kerstin Behrendt]]

Gebühr: 10,00 EUR – bar bezahlt. Diese Bescheinigung wurde maschinell erstellt und ist mit Dienstsiegel gültig."""
    return "word", "erweiterte_meldebescheinigung", t, ["RELIGION"]


def d017():
    kz = f"6.3100.{ids.digits(6, True)}"
    mandat = f"KV-SEPA-{ids.digits(6, True)}"
    iban = spaced(ids.iban_de())
    t = f"""Kurverwaltung Ostseebad Wiekhagen · {KV_STREET} · {OFFICE_CITY}

Herrn und Frau
[[P|Friedrich]] und [[P|Ilse Hagemeister]]
[[A|Kastanienallee 48]]
[[A|10435 Berlin]]

Ihr Zeichen, Ihre Nachricht vom        Unser Zeichen                Telefon                  Datum
—                                       [[AZ|KA-JP 2025/0871]]       {KV_TEL}         12.02.2025

Kassenzeichen: [[AZ|{kz}]]

Bescheid über die Kurabgabe-Jahrespauschale 2025
Zweitwohnung [[A|Kiefernweg 7]], [[A|18247 Ostseebad Wiekhagen]]

Sehr geehrte Frau [[P|Hagemeister]], sehr geehrter Herr [[P|Hagemeister]],

nach § 6 der Kurabgabesatzung der Gemeinde Ostseebad Wiekhagen wird für Inhaber einer Zweitwohnung, die die Wohnung selbst oder durch Angehörige nutzen, eine Jahreskurabgabe erhoben. Für das Jahr 2025 setze ich die Jahrespauschale für Sie beide sowie für die in Ihrem Haushalt gemeldete Tochter [[P|Carla Hagemeister]] auf insgesamt 3 × 84,00 EUR = 252,00 EUR fest.

Der Betrag wird am 15.03.2025 aufgrund des erteilten SEPA-Lastschriftmandats (Mandatsreferenz [[AZ|{mandat}]]) von Ihrem Konto [[IBAN|{iban}]] eingezogen. Sie brauchen nichts weiter zu veranlassen.

Die Jahreskurkarten für [[P|Friedrich Hagemeister]], [[P|Ilse Hagemeister]] und [[P|Carla Hagemeister]] liegen diesem Schreiben bei. Der Lebensgefährte Ihrer Tochter, Herr [[P|Yusuf Demirel]], ist nicht in der Zweitwohnung gemeldet; für ihn ist bei Aufenthalten die tägliche Kurabgabe zu entrichten.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Kurverwaltung Ostseebad Wiekhagen, {KV_STREET}, {OFFICE_CITY}, erhoben werden.

Mit freundlichen Grüßen
Im Auftrag

[[P|Jannik Ohlsen]]
Sachbearbeiter Kurabgabe"""
    return "word", "bescheid_kurabgabe_jahrespauschale", t, []


def d018():
    rows = [
        ("Schuster", "Katrin", "14.03.1979", "Schillerstraße 15", "04109 Leipzig"),
        ("Schuster", "Tim", "02.10.2012", "Schillerstraße 15", "04109 Leipzig"),
        ("van den Berg", "Sanne", "28.06.1990", "Kerkstraat 112", "3581 RE Utrecht"),
        ("Oyelaran", "Babatunde", "11.01.1984", "Hohenzollernring 61", "50672 Köln"),
        ("Gmür", "Reto", "07.08.1967", "Bahnhofstrasse 8", "8001 Zürich"),
        ("Gmür-Frei", "Claudia", "19.12.1969", "Bahnhofstrasse 8", "8001 Zürich"),
        ("Pietsch", "Hannelore", "30.04.1948", "Am Wasserturm 3", "01157 Dresden"),
        ("Kaczmarek", "Małgorzata", "15.09.1986", "ul. Mickiewicza 40/7", "70-384 Szczecin"),
    ]
    arrivals = [("01.08.2025", "08.08.2025"), ("01.08.2025", "08.08.2025"), ("02.08.2025", "05.08.2025"),
                ("02.08.2025", "09.08.2025"), ("03.08.2025", "10.08.2025"), ("03.08.2025", "10.08.2025"),
                ("04.08.2025", "07.08.2025"), ("05.08.2025", "12.08.2025")]
    lines = []
    base = int(ids.digits(5, True))
    for i, ((sur, first, dob, street, city), (a, b)) in enumerate(zip(rows, arrivals)):
        ms = f"MS-2025-0{base + i}"
        kk = f"K-{ids.digits(6, True)}"
        free = "befreit (Kind < 16)" if sur == "Schuster" and first == "Tim" else "3,20"
        lines.append(f"[[AZ|{ms}]];[[P|{sur}]];[[P|{first}]];[[DOB|{dob}]];[[A|{street}]];[[A|{city}]];{a};{b};"
                     f"[[AZ|{kk}]];{free}")
    body = "\n".join(lines)
    t = f"""Export Meldescheine – Vermieter [[N|VM-0388]] Pension Haffblick – Zeitraum 01.08.2025 bis 07.08.2025
(Export aus AVS-Meldeschein, Format CSV, Trennzeichen Semikolon, Seite 1 von 1)

{body}

Summe Übernachtungen: 48 · davon kurabgabepflichtig: 41 · Kurabgabe gesamt: 131,20 EUR
Geprüft: [[P|S. Lüdtke]], 11.08.2025"""
    return "word", "export_meldescheine_ohne_kopf", t, []


def d019():
    t = """Protokoll der Dienstberatung Bürgerservice / Kurverwaltung
Datum: 22.05.2025, 9:00 bis 10:30 Uhr, Beratungsraum 1.12
Teilnehmende: [[P|Doreen Wittkopp]] (Leitung), [[P|Kerstin Behrendt]], [[P|Jannik Ohlsen]], [[P|Sabine Lüdtke]], [[P|Tobias Krull]]
Protokoll: [[P|Nele Brandstätter]] (Auszubildende)

TOP 1 Saisonbeginn – Anmeldungen von Saisonkräften
Frau [[P|Wittkopp]] berichtet, dass seit Anfang April 64 Anmeldungen von Saisonbeschäftigten bearbeitet wurden, davon 23 für das Hotel Strandperle. Sammeltermine haben sich bewährt; Frau [[P|Behrendt]] regt an, für größere Betriebe feste Termine dienstags und donnerstags ab 13 Uhr anzubieten. Herr [[P|Krull]] weist darauf hin, dass mehrere Betriebe ihre Beschäftigten im Büro statt in der tatsächlichen Unterkunft anmelden lassen; ein Hinweis aus der Beratung Faire Mobilität liegt vor. Er prüft die Fälle gemeinsam mit der Gewerbeaufsicht.
Ergebnis: Feste Sammeltermine ab 03.06.; Herr [[P|Krull]] berichtet in der nächsten Sitzung.

TOP 2 Auskunftssperren – Wiedervorlagen
Die Sperre für Herrn [[P|Frank Lehnhardt]] (Az. [[AZ|AS-2023-014]]) läuft am 30.06. aus. Frau [[P|Behrendt]] fragt bei ihm nach, ob eine Verlängerung beantragt wird; die Wiedervorlageliste wird künftig monatlich von ihr gepflegt.

TOP 3 Beschwerden Kurabgabe
Herr [[P|Ohlsen]] stellt die Beschwerde eines Gastes aus Halle vor (doppelte Kartenbelastung, Befreiung Begleitperson). Frau [[P|Lüdtke]] klärt mit der Pension Haffblick, ob ein Fehler im Kassensystem vorliegt. Allgemein: Kartenzahlungen nur noch über das Terminal, keine Kartennummern per Mail annehmen.

TOP 4 Verschiedenes
Herr [[P|Ohlsen]] ist vom 14. bis 25.07. im Urlaub, Vertretung Frau [[P|Lüdtke]]. Frau [[P|Brandstätter]] wechselt ab 01.06. für drei Monate in die Kämmerei.

Nächste Dienstberatung: 19.06.2025, 9:00 Uhr

gez. [[P|Wittkopp]]                              gez. [[P|Brandstätter]]"""
    return "word", "protokoll_dienstberatung", t, []


def d020():
    t = """Aktenvermerk

Az.: [[AZ|AS-2024-009]]
Betreff: Telefonische Anfrage zu einer gesperrten Person

Am 18.06.2025 gegen 14:20 Uhr rief ein Herr an, der sich als Rechtsanwalt [[P|Mirko Schäfer-Lindholm]] aus Hamburg vorstellte. Er vertrete nach eigener Angabe Herrn [[P|Steffen Rühl]] in einer Umgangssache und benötige dringend die aktuelle Anschrift der Kindesmutter, Frau [[P|Yvonne Rühl]], geb. [[DOB|09.09.1988]]. Als letzte bekannte Anschrift nannte er [[A|Parkstraße 21]] in [[A|23966 Wismar]]; er wisse, dass sie „irgendwo an der Küste bei Ihnen" wohne.

Dem Anrufer wurde erklärt, dass telefonisch grundsätzlich keine Melderegisterauskünfte erteilt werden und Anfragen schriftlich unter Nachweis der Bevollmächtigung zu stellen sind. Ob die Person hier gemeldet ist, wurde weder bestätigt noch verneint. Der Anrufer wurde zunehmend ungehalten und kündigte eine Dienstaufsichtsbeschwerde an. Er hinterließ eine Rückrufnummer ([[T|0176 48120935]]); eine Kanzleinummer wollte er nicht nennen.

Hinweis: Für Frau [[P|Rühl]] ist eine Auskunftssperre nach § 51 BMG eingetragen. Frau [[P|Rühl]] wurde am selben Tag über ihre hinterlegte Kontaktanschrift schriftlich über den Anruf informiert (Gefährdungsprüfung nach § 51 Abs. 3 BMG). Die Kanzlei konnte im Rechtsanwaltsverzeichnis nicht gefunden werden.

Wiedervorlage: 02.07.2025

Ostseebad Wiekhagen, 18.06.2025
[[P|Behrendt]]"""
    return "word", "aktenvermerk_telefonat", t, []


def d021():
    pa1, pa2, pa3 = ("P" + ids.digits(7) + rng.choice("ABC") for _ in range(3))
    t = f"""Anmeldung bei der Meldebehörde (§ 17 Abs. 1 BMG)
Amt Salzwiek – Meldebehörde – Eingang 02.06.2025

Tag des Einzugs: 01.06.2025
Neue Wohnung: [[A|Dorfstraße 27b]], [[A|18247 Ostseebad Wiekhagen]]            ☒ alleinige Wohnung  ☐ Haupt-  ☐ Nebenwohnung
Bisherige Wohnung: [[A|Blk 12 Lot 4, Camella Homes]], [[A|4026 Santa Rosa]], Laguna, Philippinen
Zuzug aus dem Ausland: ☒ ja

Person 1
Familienname, Doktorgrad:    [[P|Mercado]]
Vornamen (Rufname unterstr.): [[P|Angelica Joy]]
Geburtsname:                  [[P|Reyes]]
Geschlecht:                   w
Tag, Ort der Geburt:          [[DOB|23.11.1994]], Calamba City
Religion:                     rk
Staatsangehörigkeit(en):      philippinisch
Pass:                         [[PASS|{pa1}]], DFA Manila, gültig bis 05.03.2033

Person 2
Familienname, Doktorgrad:    [[P|Mercado]]
Vornamen (Rufname unterstr.): [[P|Renato]]
Geburtsname:                  –
Geschlecht:                   m
Tag, Ort der Geburt:          [[DOB|08.07.1991]], Biñan
Religion:                     rk
Staatsangehörigkeit(en):      philippinisch
Pass:                         [[PASS|{pa2}]], DFA NCR Central, gültig bis 17.10.2032

Person 3
Familienname, Doktorgrad:    [[P|Mercado]]
Vornamen (Rufname unterstr.): [[P|Gabriel Luis]]
Geschlecht:                   m
Tag, Ort der Geburt:          [[DOB|30.01.2021]], Santa Rosa
Religion:                     rk
Staatsangehörigkeit(en):      philippinisch
Pass:                         [[PASS|{pa3}]]

Familienstand Person 1 und 2: verheiratet seit 14.02.2020, Calamba City
Wohnungsgeber: Hotel Bernsteinhof GmbH, [[N|Seebrückenplatz 1]], [[N|18247 Ostseebad Wiekhagen]] (Bestätigung liegt vor)
Telefon / E-Mail (freiwillig): [[T|0152 33904176]] / [[E|angelicajoy.mercado@yahoo.com]]

Ostseebad Wiekhagen, 02.06.2025
Unterschrift: [[P|Angelica Joy Mercado]]      [[P|Renato Mercado]]

Bearbeitungsvermerk: erfasst am 02.06.2025, Steuer-ID wird vom BZSt übermittelt; Hinweis Kirchensteuer erteilt.
gez. [[P|Behrendt]]"""
    return "word", "anmeldeformular_familie", t, ["RELIGION"]


def d022():
    kz = f"5.0203.{ids.digits(6, True)}"
    t = f"""{OFFICE_HEAD}
{OFFICE_STREET} · {OFFICE_CITY}

Hanse Legal Rechtsanwälte PartG mbB
Frau Rechtsanwältin Dr. [[P|Chiamaka Okafor]]
[[N|Lange Straße 27]]
[[N|18055 Rostock]]

Ihr Zeichen: [[AZ|1187/25 OK/sl]]          Unser Zeichen: [[AZ|MA-2025-1142]]          Datum: 27.05.2025
Auskunft erteilt: [[P|Kerstin Behrendt]], Tel. {OFFICE_TEL}

Einfache Melderegisterauskunft nach § 44 BMG
Ihre Anfrage vom 19.05.2025

Sehr geehrte Frau Dr. [[P|Okafor]],

die von Ihnen angegebene Person konnte anhand der mitgeteilten Identifizierungsmerkmale (Familienname, Vorname, Geburtsdatum [[DOB|{JABLONSKI_DOB}]]) eindeutig im Melderegister festgestellt werden.

Name:                       [[P|Marcel Jablonski]]
Doktorgrad:                 –
Derzeitige Anschrift:       [[A|Eichenweg 3]]
                            [[A|17489 Greifswald]]
Auszug aus dem Amtsbereich: 01.11.2024

Die Gebühr für diese Auskunft beträgt 10,00 EUR. Bitte überweisen Sie den Betrag innerhalb von zwei Wochen unter Angabe des Kassenzeichens [[AZ|{kz}]] auf das Konto des Amtes Salzwiek, IBAN [[N|{OFFICE_IBAN}]].

Mit freundlichen Grüßen
Im Auftrag

[[P|Kerstin Behrendt]]"""
    return "word", "antwort_melderegisterauskunft", t, []


def d023():
    az = f"OWi 54-{ids.digits(4, True)}/25"
    t = f"""Amt Salzwiek · Der Amtsvorsteher · Ordnungsamt – Bußgeldstelle
{OFFICE_STREET} · {OFFICE_CITY}

Herrn
[[P|Radoslav Kolev]]
c/o Ferienhotel Dünenhaus
[[A|Strandweg 30]]
[[A|18247 Ostseebad Wiekhagen]]

Aktenzeichen: [[AZ|{az}]]
Sachbearbeitung: Herr [[P|Krull]]
Datum: 08.07.2025

Anhörung im Bußgeldverfahren – Verstoß gegen die Meldepflicht

Sehr geehrter Herr [[P|Kolev]],

Ihnen wird vorgeworfen, die Anmeldung Ihrer Wohnung [[A|Strandweg 30]] (Einzug am 22.04.2025) nicht innerhalb von zwei Wochen nach dem Einzug bei der Meldebehörde vorgenommen zu haben (§ 17 Abs. 1, § 54 Abs. 2 Nr. 1 BMG). Die Anmeldung erfolgte erst am 26.06.2025.

Angaben zur Person laut Melderegister:
Name, Vorname: [[P|Kolev, Radoslav Nikolaev]]
Geburtsdatum: [[DOB|12.04.1994]]
Geburtsort: Plowdiw (Bulgarien)

Sie haben Gelegenheit, sich bis zum 29.07.2025 schriftlich oder mündlich zu äußern. Sie können auch Angaben zu den Gründen der Verspätung machen, zum Beispiel wenn Ihnen der Arbeitgeber die Wohnungsgeberbestätigung erst spät ausgehändigt hat. Äußern Sie sich nicht, wird nach Aktenlage entschieden. Es ist beabsichtigt, ein Verwarnungsgeld von 35,00 EUR zu erheben.

Уважаеми господин [[P|Колев]], ако имате въпроси, можете да се обадите на {OFFICE_TEL}. Ще Ви помогнем с преводач.

Mit freundlichen Grüßen
Im Auftrag
[[P|Tobias Krull]]"""
    return "word", "anhoerung_meldeverstoss", t, []


def d024():
    r = RO
    nowicki_idc = polish_id_card()
    ph_pass = "P" + ids.digits(7) + rng.choice("ABC")
    rows = [
        ("01", r["balan"]["name"], r["balan"]["dob"], "RO", "PASS", r["balan"]["doc"], RO_SSN["balan"], "12.04.2025"),
        ("01", r["dobre"]["name"], r["dobre"]["dob"], "RO", "IDC", r["dobre"]["doc"], RO_SSN["dobre"], "12.04.2025"),
        ("02", r["lungu"]["name"], r["lungu"]["dob"], "RO", "PASS", r["lungu"]["doc"], RO_SSN["lungu"], "12.04.2025"),
        ("02", r["rusu"]["name"], r["rusu"]["dob"], "RO", "PASS", r["rusu"]["doc"], RO_SSN["rusu"], "12.04.2025"),
        ("03 (EG)", r["stoica"]["name"], r["stoica"]["dob"], "RO", "IDC", r["stoica"]["doc"], RO_SSN["stoica"],
         "12.04.2025"),
        ("04", "Nowicki, Paweł", "21.02.1977", "PL", "IDC", nowicki_idc, ssn("210277", "N"), "01.03.2025"),
        ("05", "Dela Cruz, Maria Cristina", "06.06.1995", "PH", "PASS", ph_pass, ssn("060695", "D"), "15.03.2025"),
    ]
    lines = []
    for room, name, dob, nat, kind, doc, sv, move in rows:
        kv = ids.health_insurance()
        lines.append(f"{room:<8}| [[P|{name}]] | [[DOB|{dob}]] | {nat} | [[{kind}|{doc}]] | [[SSN|{sv}]] | "
                     f"[[KV|{kv}]] | {move}")
    table = "\n".join(lines)
    t = f"""{HOTEL_STRANDPERLE} · Personalabteilung
Personalhaus [[A|Am Mühlenteich 4]], [[A|18247 Ostseebad Wiekhagen]] – Belegung Saison 2025
Stand: 02.05.2025 – Anlage zu den Wohnungsgeberbestätigungen (§ 19 BMG)

Zi.     | Name, Vorname | geb. | Staatsang. | Ausweis/Pass | SV-Nr. | KV-Nr. (AOK Nordost) | Einzug
--------+---------------+------+------------+--------------+--------+----------------------+-----------
{table}

Zimmer 06 und 07 frei ab 01.06. (Belegung durch Küche Restaurant Seeterrasse vorgesehen).
Hausmeister vor Ort: Herr [[P|Gerd Plötz]], mobil [[T|0173 5528140]].
Ansprechpartnerin für die Meldebehörde: [[P|Jana Petersen]], Tel. [[N|038296 7730-0]]"""
    return "word", "belegungsliste_personalhaus", t, []


def d025():
    kz = f"6.3300.{ids.digits(6, True)}"
    t = f"""Kurverwaltung Ostseebad Wiekhagen · {KV_STREET} · {OFFICE_CITY}

Herrn
[[P|Ulrich Weinert]]
[[A|Am Stadtgraben 12]]
[[A|06108 Halle (Saale)]]

Ihre E-Mail vom 21.07.2025                  Kassenzeichen [[AZ|{kz}]]                  Datum 05.08.2025

Erstattung von Kurabgabe – Aufenthalt 12.07. bis 19.07.2025, Pension Haffblick

Sehr geehrter Herr [[P|Weinert]],

Ihre Beschwerde haben wir geprüft. Die Doppelbelastung Ihrer Karte beruht auf einem Fehler im Kassensystem der Pension; der zweite Umsatz über 33,60 EUR wurde am 29.07.2025 bereits von der Pension storniert. Bitte prüfen Sie Ihre Kartenabrechnung.

Nach § 4 Abs. 2 Buchst. c der Kurabgabesatzung ist die Begleitperson eines schwerbehinderten Menschen, in dessen Ausweis die Notwendigkeit ständiger Begleitung (Merkzeichen B) eingetragen ist, von der Kurabgabe befreit. Dies trifft für Ihren Sohn [[P|Lukas]] zu. Die für Ihre Ehefrau, Frau [[P|Beate Weinert]], erhobene Kurabgabe von 33,60 EUR wird daher erstattet und in den nächsten Tagen auf Ihr Konto [[IBAN|{WEINERT_IBAN}]] überwiesen.

Wir bitten Sie, Kreditkartennummern künftig nicht per E-Mail zu übermitteln. Ihre Nachricht wurde nach Bearbeitung gelöscht.

Mit freundlichen Grüßen
Im Auftrag

[[P|Jannik Ohlsen]]
Kurabgabe"""
    return "word", "erstattung_kurabgabe_befreiung", t, ["HEALTH"]


def d026():
    t = f"""Kontrollbericht Ferienwohnungen – Außendienst Ordnungsamt

Datum/Uhrzeit: 09.08.2025, 10:15 bis 11:40 Uhr
Kontrolle durch: [[P|Tobias Krull]], [[P|Malte Ehlers]]
Objekt: Haus Sanddorn, [[A|Waldstraße 19]], [[A|18247 Ostseebad Wiekhagen]]
Vermieter: [[P|Olaf Paschke]], Kurabgabekonto [[AZ|{PASCHKE_KA}]]
Anlass: fehlende Meldescheine seit 03/2025 (Mitteilung Kurverwaltung, Frau [[P|Lüdtke]], 31.07.2025)

Feststellungen:
Whg. 1 (EG): Familie [[P|Bauske]] angetroffen, Herr [[P|Sven Bauske]] gab an, vom 02.08. bis 16.08. über ein Buchungsportal gebucht zu haben; ein Meldeschein wurde nicht ausgefüllt, eine Kurkarte nicht ausgehändigt. Fahrzeug vor dem Haus: [[KFZ|MD-SB 312]].
Whg. 2 (OG links): niemand angetroffen. Auf dem Stellplatz: [[KFZ|B-LM 4410]] (bereits im Juli von einer Nachbarin gemeldet).
Whg. 3 (OG rechts): zwei Gäste aus Polen, Frau [[P|Joanna Mazur]] und Herr [[P|Dariusz Mazur]], Anreise 06.08.; auch hier kein Meldeschein. Fahrzeug [[KFZ|ZS 4K281]].

Herr [[P|Paschke]] erschien gegen 11:20 Uhr, nachdem ihn Herr [[P|Ehlers]] unter [[T|0162 7719034]] erreicht hatte. Er erklärte, die Buchungen liefen über eine Agentur, die die Gäste hätte melden müssen. Ihm wurde aufgegeben, die Meldescheine für März bis August bis zum 23.08.2025 nachzureichen. Auf die Bußgeldvorschriften der Kurabgabesatzung und des BMG wurde hingewiesen.

Weitere Veranlassung: Abgabe an Kurverwaltung (Nachveranlagung), Wiedervorlage 25.08.2025.

[[P|Krull]]"""
    return "word", "kontrollbericht_ferienwohnungen", t, []


def d027():
    tid = ids.tax_id()
    tid2 = ids.tax_id()
    idc = ids.id_card(check_digit=True)
    pas = ids.passport(check_digit=False)
    om = f"{ids.digits(7, True)}-25"
    t = f"""MESO – Datensatzauskunft Melderegister (interner Ausdruck, nur für den Dienstgebrauch)
Abruf: 14.03.2025, 11:02 Uhr · Arbeitsplatz MB03 · Zweck: Ausstellung Aufenthaltsbescheinigung

Ordnungsmerkmal ............ [[AZ|{om}]]
Familienname ............... [[P|Nguyen]]
Vornamen ................... [[P|Thi Lan]]
Geburtsname ................ [[P|Trần]]
Geburtsdatum ............... [[DOB|03.10.1979]]
Geburtsort ................. Hải Phòng, Vietnam
Geschlecht ................. weiblich
Staatsangehörigkeiten ...... deutsch (seit 2011), vietnamesisch
Religion ................... ev
Familienstand .............. verheiratet seit 19.08.2004
Hauptwohnung ............... [[A|Hafenstraße 12]], [[A|18247 Ostseebad Wiekhagen]], seit 01.04.2016
Nebenwohnung ............... [[A|Ahornweg 14]], [[A|18107 Rostock]], seit 15.10.2020
Steuer-IdNr. ............... [[TID|{tid_spaced(tid)}]]
Personalausweis ............ [[IDC|{idc}]], gültig bis 21.06.2031, Ausstellende Behörde: Amt Salzwiek
Reisepass .................. [[PASS|{pas}]], gültig bis 09.02.2029
Ehegatte ................... [[P|Nguyen, Van Duc]], geb. [[DOB|27.05.1976]], Steuer-IdNr. [[TID|{tid2}]]
Minderjährige Kinder ....... [[P|Nguyen, Minh Anh]], geb. [[DOB|12.12.2010]]
Auskunftssperre § 51 ....... nein
Übermittlungssperren ....... § 42 Abs. 3 (Religionsgesellschaft), § 50 Abs. 1 (Parteien)
Bemerkung .................. Inhaberin Imbiss „Saigon Ecke", Gewerbe gemeldet

Ausdruck erstellt von: [[P|K. Behrendt]]"""
    return "word", "meso_datensatzauskunft", t, ["RELIGION"]


def d028():
    tnr = tax_number_mv()
    vat = ids.vat_id()
    iban = spaced(ids.iban_de())
    kz = f"6.3100.{ids.digits(6, True)}"
    t = f"""Kurverwaltung Ostseebad Wiekhagen · {KV_STREET} · {OFFICE_CITY}

Frau
[[P|Ilka Thormählen]]
Ferienwohnungen am Leuchtfeuer
[[A|Zum Leuchtfeuer 2]]
[[A|18247 Ostseebad Wiekhagen]]

Vermieternummer: [[AZ|VM-0142]]
Kassenzeichen: [[AZ|{kz}]]
Datum: 16.10.2025

1. Mahnung – Kurabgabe II. Quartal 2025

Sehr geehrte Frau [[P|Thormählen]],

die Lastschrift über 1.486,40 EUR für die von Ihnen für das II. Quartal 2025 abgerechnete Kurabgabe konnte von Ihrem Konto [[IBAN|{iban}]] nicht eingezogen werden; die Bank hat sie am 02.10.2025 mangels Deckung zurückgegeben. Die Rücklastschriftgebühr von 3,50 EUR wird Ihnen in Rechnung gestellt.

Ihre Angaben laut Vermieterstammdaten:
Steuernummer: [[TNR|{tnr}]]
USt-IdNr.: [[VAT|{vat}]]
Telefon: [[T|038296 88 41 07]]
E-Mail: [[E|ilka.thormaehlen@t-online.de]]

Bitte überweisen Sie den Gesamtbetrag von 1.489,90 EUR bis zum 30.10.2025 auf das Konto der Kurverwaltung, IBAN [[N|{OFFICE_IBAN}]], unter Angabe des Kassenzeichens. Sollten Sie die Zahlung zwischenzeitlich veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Grüßen
Im Auftrag
[[P|Sabine Lüdtke]]"""
    return "word", "mahnung_kurabgabe_vermieterin", t, []


def d029():
    s = RO["stoica"]
    tid = ids.tax_id()
    own = cnp(1989, 1, 30, female=False, county="12")
    c1 = cnp(2014, 3, 9, female=False, county="12")
    c2 = cnp(2017, 11, 21, female=True, county="12")
    kg = f"215FK{ids.digits(6, True)}"
    t = f"""{OFFICE_HEAD}
{OFFICE_STREET} · {OFFICE_CITY}

Bundesagentur für Arbeit
Familienkasse Nord
[[N|Postfach 12 45]]
[[N|18056 Rostock]]

Ihr Zeichen: Kindergeldnummer [[AZ|{kg}]]            Datum: 17.09.2025

Auskunftsersuchen vom 02.09.2025 – Wohnsitz und Meldezeiten

Sehr geehrte Damen und Herren,

auf Ihr Ersuchen teile ich Ihnen nach § 34 BMG mit, dass folgende Person im Amtsbereich gemeldet ist:

Familienname, Vorname:        [[P|{s['name']}]]
Geburtsdatum:                 [[DOB|{s['dob']}]], Cluj-Napoca (Rumänien)
Anschrift:                    [[A|Am Mühlenteich 4]], [[A|18247 Ostseebad Wiekhagen]] (alleinige Wohnung)
gemeldet seit:                15.04.2025
Ausweisdokument:              rumänischer Personalausweis (CI) [[IDC|{s['doc']}]]
Steuer-IdNr.:                 [[TID|{tid}]]
Versicherungsnummer (laut Arbeitgebermeldung): [[SSN|{RO_SSN['stoica']}]]
CNP (rumän. pers. Nummer):    [[TID|{own}]]

Die von Ihnen genannten Kinder [[P|Darius Andrei Stoica]] (geb. [[DOB|09.03.2014]], CNP [[TID|{c1}]]) und [[P|Bianca Stoica]] (geb. [[DOB|21.11.2017]], CNP [[TID|{c2}]]) sowie die Ehefrau [[P|Loredana Stoica]] sind im hiesigen Melderegister nicht erfasst. Nach Angaben von Herrn [[P|Stoica]] leben sie in [[A|Str. Observatorului nr. 71, bl. C, ap. 15]], [[A|400363 Cluj-Napoca]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Kerstin Behrendt]]"""
    return "word", "mitteilung_familienkasse", t, []


def d030():
    t = """Wiedervorlageliste Auskunftssperren nach § 51 BMG
Stand: 01.07.2025 · nur für den Dienstgebrauch · Pflege: Frau [[P|Behrendt]]

[[AZ|AS-2023-014]] | [[P|Lehnhardt, Frank]] | [[DOB|02.04.1971]] | [[A|Lindenweg 3]] | Ablauf 30.06.2025 | Verlängerungsantrag angefordert 23.05., noch offen
[[AZ|AS-2024-009]] | [[P|Rühl, Yvonne]] | [[DOB|09.09.1988]] | [[A|Am Deich 11]] | Ablauf 14.02.2026 | telefonische Anfrage RA am 18.06. (Vermerk), Betroffene informiert
[[AZ|AS-2024-017]] | [[P|Gerschberg, Alexander]] | [[DOB|25.12.1962]] | [[A|Kirchsteig 2]] | Ablauf 31.10.2026 | Vorsitzender der Jüdischen Gemeinde Wismar, Bedrohungslage lt. LKA
[[AZ|AS-2025-021]] | [[P|Lenz, Sabrina]] mit [[P|Mia]] und [[P|Noah]] | [[DOB|19.01.1990]] | [[A|Lotsenweg 5]] | Ablauf 05.06.2027 | Gewaltschutzanordnung AG Schwerin, Post nur über Beratungsstelle
[[AZ|AS-2025-024]] | [[P|Pahl, Henning]] / [[P|Pahl-Wieczorek, Tomasz]] | [[DOB|30.06.1979]] / [[DOB|11.01.1983]] | [[A|Achterstraße 6]] | beantragt 20.05.2025 | Gemeindevertreter (Grüne), Polizeibestätigung KPI Wismar fehlt noch

Hinweise:
– Bei Ablauf ohne Verlängerung Betroffene zwei Monate vorher anschreiben (Vorlage „AS-Verlängerung").
– Anfragen zu gesperrten Personen immer an Frau [[P|Wittkopp]] oder Frau [[P|Behrendt]] geben; keine telefonischen Auskünfte.
– Für Herrn [[P|Gerschberg]] zusätzlich Sperre für Jubiläumsdaten und Auskünfte an Religionsgesellschaften eingetragen."""
    return "word", "wiedervorlage_auskunftssperren", t, ["RELIGION", "POLITICS"]


DOCS = [d001, d002, d003, d004, d005, d006, d007, d008, d009, d010, d011, d012, d013, d014, d015,
        d016, d017, d018, d019, d020, d021, d022, d023, d024, d025, d026, d027, d028, d029, d030]


def main():
    out = []
    for i, fn in enumerate(DOCS, 1):
        channel, template, marked, flags = fn()
        out.append(build(f"F126-{i:03d}", channel, template, marked, flags))
    assert len(out) == 30
    channels = [d["channel"] for d in out]
    assert channels.count("outlook") == 15 and channels.count("word") == 15, channels
    total = sum(len(d["entities"]) for d in out)
    assert 450 <= total <= 650, total
    path = os.path.join(HERE, "fresh126.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    counts = {}
    for d in out:
        for e in d["entities"]:
            counts[e["category"]] = counts.get(e["category"], 0) + 1
    print(f"{path}: {len(out)} documents, {total} entities")
    for k in sorted(counts):
        print(f"  {k:18s} {counts[k]}")


if __name__ == "__main__":
    main()
