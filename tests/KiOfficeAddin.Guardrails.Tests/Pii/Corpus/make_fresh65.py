#!/usr/bin/env python3
"""Held-out batch 65: Universitätsstadt Marburg (Hesse), international students and researchers.
Writes fresh65.jsonl next to this script (30 documents, ids F65-001 … F65-030)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # marks.py and identifiers.py sit beside this file
from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban  # noqa: E402

ids = Identifiers(6565)
R = ids.rng


def dni():
    n = ids.digits(8)
    return n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23]


def hessen_stnr(sep=" "):
    return sep.join(["0" + ids.digits(2), ids.digits(3), ids.digits(5)])


# The city's own data (neutral).
CITY_IBAN = group(ids.iban_de(), 4)
SWITCH = "06421 201-0"

DOCS = []


def doc(channel, template, marked, flags=()):
    n = len(DOCS) + 1
    DOCS.append(build(f"F65-{n:03d}", channel, template, marked, list(flags)))


# 001 — English mail, Indian researcher, Blue Card appointment
pp1 = "V" + ids.digits(7)
doc("outlook", "blaue_karte_termin", f"""Subject: Blue Card – appointment for my family / Termin Blaue Karte

Dear Sir or Madam,

my name is [[P|Dr. Venkata Subramanian Iyer]], I am working as a postdoctoral researcher at the Department of Pharmacy (Philipps-Universität) since 1 October 2025. My contract runs until 30.09.2028 and the gross salary is 58.400 EUR per year, so I was told I qualify for the EU Blue Card under § 18g AufenthG.

My wife [[P|Lakshmi Iyer]] and our daughter [[P|Ananya]] (6 years) will join me in December. We are registered at [[A|Rudolf-Bultmann-Straße 14]], [[A|35039 Marburg]].

Could you please give us one common appointment for all three of us? My passport number is [[PASS|{pp1}]] (Republic of India), my current national visa is valid until 31.12.2025. In your online system I only find single appointments.

You can reach me at [[T|+49 1521 4836027]] or at my university address [[E|venkata.iyer@pharmazie.uni-marburg.de]].

Thank you very much and best regards,
[[P|Venkata S. Iyer]]""")

# 002 — Ausländerbehörde letter, Chinese PhD student, biometrics
pp2 = "E" + ids.digits(8)
az2 = f"32.3-{ids.digits(5)}/25"
doc("word", "aufenthaltstitel_abholung", f"""Universitätsstadt Marburg · Fachdienst 32 – Ausländerbehörde · [[N|Postfach 1820, 35008 Marburg]]

Frau
[[P|Xiaoling Wang]]
[[A|Hans-Meerwein-Straße 6, App. 312]]
[[A|35043 Marburg]]

Aktenzeichen: [[AZ|{az2}]]
Marburg, 11.11.2025

Ihr Antrag auf Verlängerung der Aufenthaltserlaubnis nach § 16b AufenthG

Sehr geehrte Frau [[P|Wang]],

über Ihren Antrag vom 02.10.2025 habe ich positiv entschieden. Für die Herstellung des elektronischen Aufenthaltstitels (eAT) werden bei Ihrer Vorsprache ein aktuelles biometrisches Lichtbild übernommen und zwei Fingerabdrücke abgenommen. Bitte bringen Sie dazu Ihren Reisepass (Nr. [[PASS|{pp2}]]), die aktuelle Immatrikulationsbescheinigung für das Wintersemester 2025/26 und den Nachweis über Ihre Krankenversicherung mit.

Ihr Termin: Dienstag, 25.11.2025, 09:40 Uhr, Raum 2.14. Die Gebühr beträgt 93,00 EUR und kann vor Ort mit Karte bezahlt werden.

Die Fiktionsbescheinigung gilt bis zur Aushändigung des neuen Titels weiter.

Mit freundlichen Grüßen
Im Auftrag

[[P|Sabine Dörr-Castellano]]
Sachbearbeiterin
Telefon [[N|06421 201-0]] (Zentrale) · [[N|auslaenderbehoerde@marburg-stadt.de]]""", ["BIOMETRIC"])

# 003 — lower-case student mail, Brazilian, Rundfunkbeitrag
bn3 = f"{ids.digits(3, True)} {ids.digits(3)} {ids.digits(3)}"
doc("outlook", "rundfunkbeitrag_wg", f"""Betreff: rundfunkbeitrag question

hi,

sorry my german is not so good so i write half english. i live in a WG with 3 people in the [[A|Weidenhäuser Straße 71]] since april. now i got a letter from the beitragsservice that i have to pay 18,36 € every month and also for the months before. but my flatmate [[P|Jonas]] already pays for the whole flat (he says his beitragsnummer is [[AZ|{bn3}]]). do i really have to pay again?? the lady at the bürgerbüro said i should ask you by mail.

my name is [[P|João Pedro Albuquerque dos Santos]], i am student of economics (master). also the letter was sent to "[[P|Joao dos Santos]]", without the Albuquerque, is this a problem?

obrigado / danke!!
[[P|joão]]
[[T|0176 38820941]]""")

# 004 — Standesamt note, Nigerian-German marriage, religion entry
pp4 = "A" + ids.digits(8)
dob4a, dob4b = "17.03.1991", "02.08.1994"
doc("word", "standesamt_anmeldung_ehe", f"""Standesamt Marburg – Vermerk zur Anmeldung der Eheschließung
Registernummer: [[AZ|E 2025/0418]]

Erschienen am 04.11.2025:
1. [[P|Chukwuemeka Okonkwo]], geb. [[DOB|{dob4a}]] in Enugu (Nigeria), nigerianischer Staatsangehöriger, ausgewiesen durch Reisepass Nr. [[PASS|{pp4}]], wohnhaft [[A|Cappeler Straße 102]], [[A|35039 Marburg]]
2. [[P|Annika Weißenborn]], geb. [[DOB|{dob4b}]] in Kassel, deutsche Staatsangehörige, wohnhaft ebenda

Vorgelegte Unterlagen: Geburtsurkunde (mit Legalisation der Deutschen Botschaft Abuja), Sworn Affidavit of Bachelorhood, Meldebescheinigung. Die Befreiung von der Beibringung des Ehefähigkeitszeugnisses wird beim OLG Frankfurt am Main beantragt (§ 1309 Abs. 2 BGB); Gebühr 120,00 EUR.

Die Verlobten wünschen die Eintragung ihrer Religionszugehörigkeit in das Eheregister: Herr [[P|Okonkwo]] römisch-katholisch, Frau [[P|Weißenborn]] evangelisch. Die Ehefrau wird den Namen „[[P|Weißenborn-Okonkwo]]“ führen.

Eine Dolmetscherin ist nicht erforderlich; Herr [[P|Okonkwo]] spricht ausreichend Deutsch (B2).
Trautermin vorgemerkt: 14.02.2026, Trauzimmer Rathaus.

[[P|K. Lindemann]], Standesbeamtin""", ["RELIGION"])

# 005 — forwarded chain, Sozialamt, Grundsicherung, health
dob5 = "23.05.1951"
ssn5 = ids.social_security("230551", "K")
kv5 = ids.health_insurance()
iban5 = group(ids.iban_de(), 4)
doc("outlook", "grundsicherung_weiterleitung", f"""Von: [[P|Petra Schäfer-Lindner]] <[[E|p.schaefer-lindner@marburg-stadt.de]]>
Gesendet: Montag, 17. November 2025 08:52
An: [[P|Thomas Becker]] <[[E|t.becker@marburg-stadt.de]]>
Betreff: WG: Grundsicherung Hr. Kowalczyk – Mehrbedarf

Hallo [[P|Thomas]],

kannst du das bitte übernehmen? Ich bin ab morgen im Urlaub. Die Unterlagen liegen im Fach.

Gruß [[P|Petra]]

-----Ursprüngliche Nachricht-----
Von: [[P|Magdalena Kowalczyk]] <[[E|magda.kowalczyk@web.de]]>
Gesendet: Freitag, 14. November 2025 19:07
An: [[N|sozialamt@marburg-stadt.de]]
Betreff: Grundsicherung Hr. Kowalczyk – Mehrbedarf

Sehr geehrte Frau [[P|Schäfer-Lindner]],

ich schreibe für meinen Vater [[P|Zbigniew Kowalczyk]] (geb. [[DOB|{dob5}]]), [[A|Am Richtsberg 64]], [[A|35039 Marburg]]. Er ist seit September dreimal pro Woche an der Dialyse und hat jetzt Pflegegrad 3. Die Fahrten und die Diät kosten viel mehr. Der Arzt hat eine Bescheinigung über kostenaufwändige Ernährung geschrieben, die schicke ich mit.

Seine Rentenversicherungsnummer ist [[SSN|{ssn5}]], Krankenversichertennummer [[KV|{kv5}]] (AOK Hessen). Das Geld bitte weiter auf sein Konto [[IBAN|{iban5}]].

Ich habe eine Vollmacht. Sie erreichen mich unter [[T|0157 72093318]].

Mit freundlichen Grüßen
[[P|Magdalena Kowalczyk]]""", ["HEALTH"])

# 006 — Bußgeldbescheid, Ordnungsamt
kz6 = f"5.2025.{ids.digits(6)}"
doc("word", "bussgeldbescheid", f"""Universitätsstadt Marburg – Ordnungsamt – Bußgeldstelle
[[N|Frauenbergstraße 35, 35039 Marburg]]

Herrn
[[P|Emre Yıldırım]]
[[A|Afföller Straße 38b]]
[[A|35039 Marburg]]

Kassenzeichen: [[AZ|{kz6}]]
Datum: 20.11.2025

Bußgeldbescheid

Sehr geehrter Herr [[P|Yıldırım]],

Ihnen wird vorgeworfen, am 28.09.2025 um 14:12 Uhr in Marburg, Universitätsstraße Höhe Haus-Nr. 7, als Führer des Pkw mit dem amtlichen Kennzeichen [[KFZ|MR-EY 1907]] die zulässige Höchstgeschwindigkeit innerhalb geschlossener Ortschaften um 23 km/h überschritten zu haben (§ 41 Abs. 1 i. V. m. Anlage 2, § 49 StVO; § 24 StVG; lfd. Nr. 11.3.4 BKat).

Betroffener: [[P|Emre Yıldırım]], geboren am [[DOB|14. Juli 1992]] in Gießen

Gegen Sie wird eine Geldbuße von 115,00 EUR festgesetzt. Hinzu kommen Gebühren (28,50 EUR) und Auslagen (3,50 EUR), insgesamt 147,00 EUR. Im Fahreignungsregister wird ein Punkt eingetragen.

Bitte überweisen Sie den Betrag bis zum 05.12.2025 unter Angabe des Kassenzeichens auf das Konto der Stadtkasse Marburg, IBAN [[N|{CITY_IBAN}]].

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb von zwei Wochen nach Zustellung Einspruch eingelegt werden (§ 67 OWiG).

Im Auftrag
[[P|Wiegand]]""")

# 007 — English/German mail, Iranian parents, Kita, diabetes
doc("outlook", "kita_platz_diabetes", f"""Betreff: Kita-Platz für unseren Sohn Arian / question about care with diabetes

Sehr geehrte Damen und Herren,
dear Kita team,

we moved to Marburg in August (I started as a research group leader at the Max Planck Institute for Terrestrial Microbiology). Our son [[P|Arian Mohammadi]], born on [[DOB|03.02.2022]], needs a place in a Kita, ideally close to the Lahnberge or in Ockershausen.

Arian has type 1 diabetes since last year and wears an insulin pump with a sensor. He needs someone who can check the values on the phone app and give him carbohydrates when the alarm comes. We are happy to train the educators ourselves; our doctor at the university hospital ([[P|Dr. Beate Runkel]]) also offered a short instruction.

Wir haben den Antrag schon im Kita-Portal gestellt (Vorgangsnummer [[AZ|KP-2025-08817]]), aber bisher keine Antwort.

Our address: [[A|Sonnenblickallee 9]], [[A|35039 Marburg]]
Mobile: [[T|+49 170 9184462]] ([[P|Shirin]]) / [[T|+49 160 5527301]] ([[P|Kaveh]])

Kind regards / Mit freundlichen Grüßen
[[P|Dr. Shirin Rahimi-Tehrani]] and [[P|Kaveh Mohammadi]]""", ["HEALTH"])

# 008 — Personalamt internal note, religion + union
tid8 = ids.tax_id()
dob8 = "09.12.1988"
ssn8 = ids.social_security("091288", "S")
kv8 = ids.health_insurance()
iban8 = group(ids.iban_de(), 4)
doc("word", "personalamt_einstellung", f"""Fachdienst 11 – Personal
Vermerk – Einstellung zum 01.01.2026

Name: [[P|Olena Kovalenko-Bauer]] (geb. [[P|Shevchenko]])
Geburtsdatum: [[DOB|{dob8}]], Geburtsort: Charkiw (Ukraine)
Anschrift: [[A|Ketzerbach 21]], [[A|35037 Marburg]]
Stelle: Sachbearbeiterin Wohngeld, EG 9a TVöD, Stellen-Nr. 50.1-014, 39 Std./Woche
Steuer-ID: [[TID|{tid8}]], Steuerklasse IV, Kirchensteuermerkmal: ev
Rentenversicherungsnummer: [[SSN|{ssn8}]]
Krankenkasse: Techniker Krankenkasse, KVNR [[KV|{kv8}]]
Bankverbindung: [[IBAN|{iban8}]]

Anerkennung des ukrainischen Hochschulabschlusses (Bachelor Ökonomie) liegt vor (ZAB-Bescheid vom 12.06.2024). Frau [[P|Kovalenko-Bauer]] hat mitgeteilt, dass sie Mitglied der ver.di ist und den Gewerkschaftsbeitrag nicht über die Entgeltabrechnung abführen möchte – keine Veranlassung.

Probezeit 6 Monate. Personalrat zugestimmt am 18.11.2025.

[[P|Hoffmann-Ertl]], 19.11.2025""", ["RELIGION", "UNION"])

# 009 — landlord mail, Wohnungsgeberbestätigung, nickname
doc("outlook", "wohnungsgeberbestaetigung", f"""Betreff: Wohnungsgeberbestätigung für meine WG in der Schwanallee

Guten Tag,

ich bin Vermieter einer 4er-WG in der [[A|Schwanallee 27]] (2. OG links), [[A|35037 Marburg]]. Zum 01.10. sind drei neue Mieter eingezogen:

- [[P|Aisha Bello]] (aus Nigeria, Medizin)
- [[P|Mateusz Wiśniewski]]
- [[P|Pham Thi Hoa]]

Die Wohnungsgeberbestätigungen habe ich allen dreien ausgehändigt. Jetzt sagt mir Frau [[P|Bello]], dass das Bürgerbüro die Bestätigung nicht annimmt, weil meine Anschrift fehlt. Ich wohne selbst nicht in Marburg: [[A|Im Lehen 4]], [[A|35083 Wetter (Hessen)]].

Reicht es, wenn ich Ihnen die Bestätigung nochmal per Mail schicke? Oder muss das Original sein? Bin etwas genervt, das war bei den letzten Mietern nie ein Problem.

Gruß
[[P|Gerd Pfeiffer]]
(eigentlich [[P|Gerhard]], aber so nennt mich keiner)
[[T|06423 512780]]
[[E|gerd.pfeiffer47@t-online.de]]""")

# 010 — Steueramt, Gewerbesteuer, Vietnamese owner
stnr10 = hessen_stnr()
vat10 = ids.vat_id()
kz10 = f"6.2025.{ids.digits(6)}"
doc("word", "gewerbesteuer_vorauszahlung", f"""Universitätsstadt Marburg · Fachdienst 21 – Steuern und Abgaben
[[N|Markt 1, 35037 Marburg]] · Telefon [[N|{SWITCH}]]

Frau
[[P|Nguyễn Thị Lan]]
Restaurant Saigon Garden
[[A|Steinweg 13]]
[[A|35037 Marburg]]

Kassenzeichen: [[AZ|{kz10}]]
Steuernummer: [[TNR|{stnr10}]]
USt-IdNr.: [[VAT|{vat10}]]

Festsetzung der Gewerbesteuer-Vorauszahlungen ab dem Erhebungszeitraum 2026

Sehr geehrte Frau [[P|Nguyễn]],

das Finanzamt Marburg-Biedenkopf hat uns mit Messbescheid vom 03.11.2025 einen Gewerbesteuermessbetrag von 1.284,00 EUR mitgeteilt. Bei einem Hebesatz von 400 % ergeben sich folgende Vorauszahlungen:

Fälligkeit      Betrag
15.02.2026     1.284,00 EUR
15.05.2026     1.284,00 EUR
15.08.2026     1.284,00 EUR
15.11.2026     1.284,00 EUR

Sofern Sie uns ein SEPA-Lastschriftmandat erteilt haben, werden die Beträge eingezogen. Andernfalls überweisen Sie bitte auf IBAN [[N|{CITY_IBAN}]] (Sparkasse Marburg-Biedenkopf).

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Marco Ruppert]]""")

# 011 — Bauamt, church community centre (religion word, no person) — no flag
vat11 = ids.vat_id()
stnr11 = hessen_stnr("/")
doc("outlook", "bauantrag_gemeindehaus", f"""Betreff: Bauantrag Anbau Gemeindehaus St. Jakobus – Nachreichung Unterlagen, Az. [[AZ|BA-0812/2025]]

Sehr geehrte Frau [[P|Achenbach]],

wie telefonisch besprochen reiche ich für die Katholische Kirchengemeinde St. Jakobus die fehlenden Unterlagen zum Bauantrag nach:

- Lageplan M 1:500, Plan-Nr. 2025-117-03 (Index b)
- Grundrisse EG/OG, Plan-Nr. 2025-117-05 und -06
- Standsicherheitsnachweis (Prüfingenieur [[P|Dipl.-Ing. Ralf Heuser]])
- Stellplatznachweis: 6 Stellplätze auf Flurstück 118/4, Gemarkung Cappel, Flur 12

Der Anbau (ca. 142 m² BGF) soll künftig für Gottesdienste in kleinem Kreis, Seniorennachmittage und die Hausaufgabenhilfe genutzt werden. Die Nutzung als Versammlungsstätte ist nach unserer Einschätzung nicht gegeben (unter 200 Personen).

Für die Rechnungsstellung: Architekturbüro [[P|Demir]] & Partner, Steuernummer [[TNR|{stnr11}]], USt-IdNr. [[VAT|{vat11}]].

Mit freundlichen Grüßen

[[P|Dipl.-Ing. Serkan Demir]]
Architekt AKH
Architekturbüro [[P|Demir]] & Partner
[[A|Gisselberger Straße 45]] | [[A|35037 Marburg]]
Tel. [[T|06421 889 41-12]] | [[E|s.demir@demir-partner-architekten.de]]""")

# 012 — non-native German, Spanish postdoc, Anmeldung + DNI + Spanish IBAN
dni12 = dni()
iban12 = group(ids.iban("ES", 20), 4)


def _spanish_check_digits(bban):
    """The Spanish BBAN's two national check digits (bank and branch; account), which python-stdnum checks."""
    weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def digit(ten):
        d = 11 - sum(int(c) * w for c, w in zip(ten, weights)) % 11
        return 0 if d == 11 else 1 if d == 10 else d
    return f"{digit('00' + bban[:8])}{digit(bban[10:])}"


# Added when the batch joined the corpus (eleventh session): the writer's Spanish IBAN passed MOD 97 but not the
# national check digits, so python-stdnum and the published vectors call it invalid. The same random digits with their
# check digits set; nothing else of the batch changes.
_bban = iban12.replace(" ", "")[4:]
_bban = _bban[:8] + _spanish_check_digits(_bban) + _bban[10:]
iban12 = group(mod97_iban("ES", _bban), 4)
doc("outlook", "anmeldung_eu_buergerin", f"""Betreff: Anmeldung und Steuer-ID – ich habe noch keine Brief bekommen

Hallo,

ich heiße [[P|María José García de la Fuente]] und ich arbeite seit September an der Uni Marburg (Physik). Ich habe mich am 15.09.2025 im Bürgerbüro angemeldet, meine Adresse ist [[A|Wilhelmstraße 40]], [[A|35037 Marburg]], bei Familie [[P|Brandt]] (Briefkasten mit Name „[[P|Brandt / García]]“).

Das Problem: mein Arbeitgeber braucht die Steuer-Identifikationsnummer und ich habe immer noch keine Brief von Bundeszentralamt bekommen. Die Frau im Bürgerbüro hat gesagt, es kommt automatisch nach die Anmeldung. Jetzt ist schon 2 Monate. Können Sie prüfen, ob meine Daten richtig sind? Ich bin spanische Staatsangehörige, DNI [[IDC|{dni12}]], geboren am [[DOB|21/06/1990]] in Sevilla.

Mein Gehalt kommt bis jetzt noch auf mein spanisches Konto ([[IBAN|{iban12}]]), weil ohne Steuer-ID die Personalabteilung nicht alles machen kann.

Vielen Dank und entschuldigung für mein Deutsch!
[[P|María José García]]
[[T|+34 612 48 93 07]] / [[T|0151 20448173]]""")

# 013 — Jugendamt Vaterschaftsanerkennung, genetic
doc("word", "jugendamt_vaterschaft", f"""Universitätsstadt Marburg – Fachdienst Jugendhilfe – Beistandschaften, Beurkundungen

Aktenzeichen: [[AZ|51.3-BS-1187/25]]

Vermerk über das Gespräch am 06.11.2025

Anwesend: Frau [[P|Ioana-Maria Popescu]] (Kindsmutter), Herr [[P|Ahmed Al-Khatib]] (Kindsvater), Frau [[P|Jansen]] (Beiständin)

Kind: [[P|Sami Al-Khatib]], geb. [[DOB|29.07.2025]] im Universitätsklinikum Marburg
Anschrift der Mutter und des Kindes: [[A|Georg-Voigt-Straße 88]], [[A|35039 Marburg]]

Herr [[P|Al-Khatib]] hatte die Vaterschaft zunächst bezweifelt. Das von ihm privat in Auftrag gegebene Abstammungsgutachten (DNA-Analyse, Labor in Frankfurt) hat eine Vaterschaftswahrscheinlichkeit von 99,998 % ergeben; Frau [[P|Popescu]] hatte der Untersuchung schriftlich zugestimmt (§ 17 GenDG). Herr [[P|Al-Khatib]] ist nun bereit, die Vaterschaft anzuerkennen und die gemeinsame Sorge zu erklären.

Die Beurkundung erfolgt am 20.11.2025, 10:00 Uhr. Da Frau [[P|Popescu]] rumänische Staatsangehörige ist, wird eine Dolmetscherin (Rumänisch) hinzugezogen. Unterhalt: Herr [[P|Al-Khatib]] verpflichtet sich zur Zahlung von 100 % des Mindestunterhalts (1. Altersstufe, derzeit 482,00 EUR abzgl. hälftiges Kindergeld).

Kontakt Kindsmutter: [[T|0163 4471920]]

gez. [[P|Jansen]]""", ["GENETIC"])

# 014 — mail chain Schulamt, Russian father, twins; general mention of religious education — no flag
doc("outlook", "einschulung_zwillinge", f"""Betreff: AW: Einschulung Zwillinge – welche Grundschule?

Sehr geehrter Herr [[P|Petrov]],

für Ihre Anschrift ([[A|Karl-Doenges-Straße 5]]) ist die Richtsberg-Grundschule zuständig. Eine Aufnahme an der Grundschule am Hansenhaus ist nur über einen Gestattungsantrag möglich, den Sie bis 15.01.2026 stellen können. Zu Ihrer zweiten Frage: Religionsunterricht wird an der Richtsberg-Grundschule evangelisch, katholisch und islamisch angeboten, daneben Ethik ab Klasse 3; die Wahl treffen Sie erst nach der Einschulung.

Mit freundlichen Grüßen
[[P|Ute Marschall]]
Staatliches Schulamt / Schulverwaltung Stadt Marburg
Tel. [[T|06421 201-1574]]

-----Original Message-----
From: [[P|Ivan Petrov]] <[[E|ivan.petrov.mr@gmail.com]]>
Sent: Wednesday, November 12, 2025 9:31 PM
To: [[N|schulverwaltung@marburg-stadt.de]]
Subject: Einschulung Zwillinge – welche Grundschule?

Guten Tag,

unsere Zwillinge [[P|Mila]] und [[P|Timur Petrov]] werden im August 2026 schulpflichtig (geboren [[DOB|11.04.2020]]). Wir wohnen seit März in der [[A|Karl-Doenges-Straße 5]]. Meine Frau [[P|Ekaterina]] arbeitet am Hansenhaus, deshalb wäre die Schule dort für uns viel einfacher. Geht das? Und welcher Religionsunterricht wird angeboten?

Viele Grüße
[[P|Ivan Petrov]]
[[T|0176 2290 4418]]""")

# 015 — Stadtkasse Mahnung
kz15 = f"3.2025.{ids.digits(6)}"
doc("word", "mahnung_stadtkasse", f"""Universitätsstadt Marburg – Stadtkasse
[[N|Postfach 1820, 35008 Marburg]]

Herrn
[[P|Oluwaseun Adebayo-Schmitt]]
[[A|Frankfurter Straße 61a]]
[[A|35037 Marburg]]

Kassenzeichen: [[AZ|{kz15}]]
Mahndatum: 24.11.2025

1. Mahnung

Sehr geehrter Herr [[P|Adebayo-Schmitt]],

bei Durchsicht unserer Konten haben wir festgestellt, dass folgende Beträge noch offen sind:

Forderung                       fällig am     Betrag
Grundsteuer B 3. Quartal        15.08.2025    112,40 EUR
Abfallgebühren 3. Quartal       15.08.2025     61,85 EUR
Säumniszuschlag (§ 240 AO)                      1,50 EUR
Mahngebühr                                      5,00 EUR
Gesamt                                        180,75 EUR

Bitte überweisen Sie den Gesamtbetrag bis zum 08.12.2025 auf das Konto der Stadtkasse, IBAN [[N|{CITY_IBAN}]], BIC [[N|HELADEF1MAR]]. Sollten Sie inzwischen gezahlt haben, betrachten Sie dieses Schreiben als gegenstandslos.

Bei Fragen erreichen Sie die Stadtkasse unter [[N|{SWITCH}]].

Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.""")

# 016 — pasted Meldeschein table, Indian family
pp16 = ["Z" + ids.digits(7), "U" + ids.digits(7), "W" + ids.digits(7)]
doc("outlook", "anmeldung_familie_tabelle", f"""Betreff: Anmeldung Familie Reddy – Daten vorab

Sehr geehrte Damen und Herren,

für unseren Termin im Bürgerbüro am 27.11. schicke ich Ihnen vorab die Daten, wie auf der Website empfohlen. Unsere neue Adresse: [[A|Emil-von-Behring-Straße 33]], [[A|35041 Marburg]] (Einzug 01.11.2025), vorher wohnhaft in [[A|Plot 17, Jubilee Hills Road No. 36]], [[A|Hyderabad 500033]], India.

Familienname | Vorname(n)         | Geburtsdatum | Geburtsort | Staatsangehörigkeit | Reisepass
[[P|Reddy]]        | [[P|Srinivas Kumar]]     | [[DOB|12.01.1984]]   | Guntur     | indisch             | [[PASS|{pp16[0]}]]
[[P|Reddy]]        | [[P|Padmavathi]]         | [[DOB|30.09.1987]]   | Warangal   | indisch             | [[PASS|{pp16[1]}]]
[[P|Reddy]]        | [[P|Aarav]]              | [[DOB|08.05.2016]]   | Hyderabad  | indisch             | [[PASS|{pp16[2]}]]

Familienstand: verheiratet seit 14.02.2014 (Hyderabad)
Arbeitgeber: CSL Behring GmbH, Marburg

Please let me know if anything else is needed, I can also send scans.

Best regards
[[P|Srinivas Reddy]]
[[T|+49 1511 8826043]] | [[E|srinivas.k.reddy@outlook.com]]""")

# 017 — minutes of team meeting, Ausländerbehörde; fingerprint scanner mention, no flag
doc("word", "protokoll_teambesprechung", f"""Protokoll Teambesprechung FD 32 – Ausländerbehörde
Datum: 13.11.2025, 09:00–10:15 Uhr, Besprechungsraum 3.01
Teilnehmende: Frau [[P|Dr. Reinhardt]] (Leitung), Herr [[P|Yilmaz]], Frau [[P|Dörr-Castellano]], Frau [[P|Nowak]], Herr [[P|Brückner]], Frau [[P|Al-Sayed]] (Protokoll)
Entschuldigt: Herr [[P|Heinemann]]

TOP 1 Rückstände Blaue Karte / Fachkräfte
Aktuell 214 offene Anträge nach §§ 18a–18g AufenthG, davon 61 älter als drei Monate. Die Universität und das UKGM bitten um Priorisierung von Verlängerungen vor Ablauf. Vereinbart: Verlängerungen werden ab 01.12. vier Wochen vor Ablauf terminiert.

TOP 2 Technik
Der Fingerabdruckscanner an Platz 4 ist seit 10.11. defekt; Ersatz ist bei der Bundesdruckerei bestellt. Bis dahin eAT-Anträge nur an Platz 1 und 2. Die Lichtbildstation funktioniert.

TOP 3 Einzelfälle
Fall [[P|Hosseini]] ([[AZ|32.1-40877/24]]): Stellungnahme des VG Gießen liegt vor, Herr [[P|Brückner]] bereitet Vorlage für die Leitung vor. Fall [[P|Ogunleye]]: Pass nachgereicht, Titel kann erteilt werden.

TOP 4 Verschiedenes
Die Telefonzeiten (Mo–Do 8–12 Uhr unter [[N|06421 201-3200]]) bleiben. Das Funktionspostfach [[N|auslaenderbehoerde@marburg-stadt.de]] wird täglich von zwei Personen bearbeitet.

Nächste Besprechung: 27.11.2025

f. d. R. [[P|N. Al-Sayed]]""")

# 018 — same-sex couple, Standesamt, sexual orientation; German passport
pp18 = ids.passport()
doc("outlook", "standesamt_gleichgeschlechtlich", f"""Betreff: Heirat – Unterlagen aus Brasilien / documents from Brazil

Liebes Team vom Standesamt,

mein Verlobter [[P|Rafael Costa Ferreira]] und ich möchten im Frühjahr heiraten. Rafael ist Brasilianer (geb. [[DOB|19.10.1993]] in Belo Horizonte), ich bin Deutscher (Reisepass [[PASS|{pp18}]]). Wir wohnen zusammen in der [[A|Ockershäuser Allee 12a]], [[A|35037 Marburg]].

Some questions in English, because Rafael wants to read along:
1. Does the Brazilian birth certificate need an apostille AND a sworn translation?
2. Rafael's family in Minas Gerais does not accept that he is gay, so he cannot ask them for help with documents from the cartório. Can we order the "certidão de nascimento" online ourselves?
3. Do we need a Ehefähigkeitszeugnis from Brazil? The consulate in Frankfurt says they do not issue it for same-sex couples.

Danke schon mal!
[[P|Tobias Lindqvist]]
[[T|0175 6620 381]]
[[E|tobi.lindqvist@posteo.de]]""", ["SEXUAL_ORIENTATION"])

# 019 — Ausländerbehörde Vermerk, Iranian researcher, politics + ethnicity
pp19 = "K" + ids.digits(8)
doc("word", "vermerk_25_aufenthg", f"""Vermerk – Ausländerbehörde Marburg
Az.: [[AZ|32.1-40877/24]]

Betr.: [[P|Hosseini]], [[P|Dr. Parisa]], geb. [[DOB|02.03.1989]] in Mahabad (Iran), iranische Staatsangehörige, Pass-Nr. [[PASS|{pp19}]]
Anschrift: [[A|Universitätsstraße 52]], [[A|35037 Marburg]]

Sachstand:
Frau Dr. [[P|Hosseini]] war bis 31.08.2025 als wissenschaftliche Mitarbeiterin (Chemie) mit Aufenthaltserlaubnis nach § 18b AufenthG beschäftigt. Ihr Vertrag wurde nicht verlängert. Sie beantragt eine Aufenthaltserlaubnis aus humanitären Gründen und trägt vor, als Angehörige der kurdischen Minderheit und wegen ihrer Teilnahme an den Protesten „Frau, Leben, Freiheit“ 2022 sowie ihrer Mitgliedschaft in einer oppositionellen Exilgruppe bei einer Rückkehr verfolgt zu werden. Sie legt Screenshots ihrer Beiträge in sozialen Medien und eine Vorladung des Revolutionsgerichts Urmia vor.

Ihr Rechtsanwalt, RA [[P|Jörg Ebersbach]], hat am 05.11.2025 auf das Verfahren beim VG Gießen ([[AZ|4 K 2231/25.GI]]) verwiesen.

Weiteres Vorgehen: Beteiligung BAMF wegen Abgrenzung zum Asylverfahren; Fiktionsbescheinigung bis 31.03.2026 verlängert.

[[P|Brückner]], 14.11.2025""", ["POLITICS", "ETHNICITY"])

# 020 — pensioner, Rundfunkbeitrag Befreiung, health (Merkzeichen)
bn20 = f"{ids.digits(3, True)} {ids.digits(3)} {ids.digits(3)}"
doc("outlook", "rundfunk_befreiung_bescheinigung", f"""Betreff: Bitte um Bescheinigung für Befreiung vom Rundfunkbeitrag

Sehr geehrte Damen und Herren,

ich bitte Sie höflich um eine Bestätigung über den Bezug von Grundsicherung im Alter für die Befreiung vom Rundfunkbeitrag (Beitragsnummer [[AZ|{bn20}]]). Der Beitragsservice verlangt eine Kopie des Bescheides oder eine Drittbescheinigung.

Meine Frau [[P|Hannelore]] hat seit dem Frühjahr einen Schwerbehindertenausweis mit den Merkzeichen „TBl“ und „RF“, sie ist taubblind. Reicht das zusätzlich als Nachweis aus oder brauchen Sie den Ausweis im Original?

Ich bin 81 Jahre alt und habe kein Internet zu Hause, diese Nachricht schreibt meine Nachbarin Frau [[P|Şahin]] für mich. Bitte antworten Sie mir lieber per Post.

Mit freundlichen Grüßen
[[P|Wilhelm Otto Brandau]]
[[A|Marbacher Weg 18]]
[[A|35037 Marburg]]
Telefon [[T|06421 34 7 81]]""", ["HEALTH"])

# 021 — simple Meldebescheinigung, Nigerian, foreign previous address
doc("word", "meldebescheinigung_einfach", f"""Universitätsstadt Marburg – Bürgerbüro
[[N|Frauenbergstraße 35, 35039 Marburg]]

Einfache Meldebescheinigung nach § 18 Abs. 1 BMG

Familienname: [[P|Eze]]
Vornamen: [[P|Chiamaka Blessing]]
Geburtsdatum: [[DOB|26.11.1998]]
Anschrift: [[A|Biegenstraße 44]], [[A|35037 Marburg]]
Einzugsdatum: 01.10.2025
Frühere Anschrift: [[A|12 Adeola Odeku Street]], [[A|Victoria Island, Lagos]], Nigeria

Die Richtigkeit der vorstehenden Angaben wird bescheinigt. Diese Bescheinigung wird zur Vorlage bei der Hochschule ausgestellt.

Marburg, 18.11.2025
Im Auftrag
[[P|Pawlak]]

Gebühr: 10,00 EUR (bezahlt)""")

# 022 — US citizen, Bewohnerparkausweis, double charge, credit card
cc22 = group(ids.credit_card("4", 16), 4)
doc("outlook", "bewohnerparken_doppelt", f"""Betreff: Bewohnerparkausweis – charged twice

Hello,

I applied online for a residents' parking permit (Bewohnerparkausweis, Zone C) on November 3 for my car [[KFZ|MR-KH 482]]. The payment page crashed and I tried again, and now my credit card ([[CC|{cc22}]], exp. 09/28) was charged 2 × 50,00 EUR. The permit itself arrived, so only one payment was needed.

Could you please refund the second charge? Order reference on the receipt: [[AZ|BPA-2025-113904]].

My details: [[P|Kathryn Hollis-Moore]], [[A|Schückingstraße 8]], [[A|35037 Marburg]]. I am a visiting professor at the Center for Near and Middle Eastern Studies until July.

Thanks a lot,
[[P|Kate Hollis-Moore]]
[[T|+1 (617) 555-0148]] (US) / [[T|0152 2784 1106]]""")

# 023 — Gesundheitsamt info leaflet: health words, no person data
doc("word", "merkblatt_masernschutz", f"""Merkblatt für internationale Studierende und Beschäftigte
Masernschutz, Tuberkulose-Untersuchung und Impfberatung – Information of the Health Office

Wer in einer Gemeinschaftseinrichtung (Kita, Schule) oder im Gesundheitswesen tätig wird und nach 1970 geboren ist, muss nach § 20 Abs. 9 Infektionsschutzgesetz einen Masernschutz nachweisen. Das gilt auch für studentische Hilfskräfte an der Universitätsklinik.

Anerkannt werden:
- Impfausweis / vaccination record (zwei Masernimpfungen)
- ärztliches Zeugnis über eine Immunität (Laborbefund)
- ärztliches Zeugnis über eine Kontraindikation

Impfberatung ohne Termin: dienstags 14–16 Uhr, Schwanhof, Eingang B, Raum 0.12. Bitte bringen Sie alle Impfunterlagen in Originalsprache mit; Übersetzungen sind bei Englisch, Spanisch und Französisch nicht nötig.

Fragen beantwortet das Team Infektionsschutz unter [[N|06421 405-4100]] oder [[N|infektionsschutz@marburg-biedenkopf.de]].

Stand: 10/2025""")

# 024 — forwarded chain, Welcome Center → Ausländerbehörde, Chinese visiting scholar family
pp24a = "E" + ids.digits(8)
pp24b = "E" + ids.digits(8)
doc("outlook", "welcome_center_weiterleitung", f"""Von: [[P|Franziska Amthor]] <[[E|amthor@verwaltung.uni-marburg.de]]>
Gesendet: Donnerstag, 20. November 2025 11:14
An: [[N|auslaenderbehoerde@marburg-stadt.de]]
Cc: [[P|Li Wei]] <[[E|liwei.zju@163.com]]>
Betreff: WG: Familiennachzug Prof. Li – Bitte um Termin

Sehr geehrte Damen und Herren,

anbei leite ich Ihnen die Anfrage unseres Gastwissenschaftlers Prof. [[P|Li]] weiter. Er ist mit Aufenthaltserlaubnis nach § 18d AufenthG (Forschung) bis 30.06.2026 bei uns. Seine Frau und sein Sohn sind mit Visum zum Familiennachzug eingereist. Könnten Sie der Familie einen gemeinsamen Termin geben?

Beste Grüße
[[P|Franziska Amthor]]
Welcome Center, Philipps-Universität Marburg
Tel. [[T|06421 28-24167]]

________________________________
From: [[P|Li Wei]] <[[E|liwei.zju@163.com]]>
Sent: Tuesday, 18 November 2025 16:40
To: Welcome Center
Subject: appointment for my family

Dear Ms [[P|Amthor]],

my wife [[P|Zhang Min]] (passport [[PASS|{pp24a}]]) and our son [[P|Li Haoran]] (passport [[PASS|{pp24b}]], born [[DOB|15 March 2015]]) arrived on 9 November. Their visa is valid for 90 days. We live in the guest house [[A|Deutschhausstraße 3]], room 21. Can you please help us to get an appointment at the foreigners' office? I tried on the phone many times ([[N|06421 201-3200]]), nobody answers.

Thank you!
[[P|Li Wei]]
Zhejiang University / Gast am Fachbereich Geographie
[[T|+86 138 5713 2946]]""")

# 025 — Bildung und Teilhabe Bescheid, Syrian family
bg25 = f"BG {ids.digits(5)}"
doc("word", "but_bescheid", f"""Universitätsstadt Marburg – Fachdienst Soziale Leistungen – Bildung und Teilhabe

Herrn und Frau
[[P|Mahmoud]] und [[P|Rania Al-Hassan]]
[[A|Am Richtsberg 82]]
[[A|35039 Marburg]]

Kundennummer: [[AZ|{bg25}]]
Marburg, 21.11.2025

Bescheid über Leistungen für Bildung und Teilhabe (§ 6b BKGG)

Sehr geehrte Eheleute [[P|Al-Hassan]],

auf Ihren Antrag vom 29.09.2025 bewillige ich für Ihre Kinder folgende Leistungen für den Zeitraum 01.10.2025 bis 30.09.2026:

Kind                    Leistung                               Betrag
[[P|Lina Al-Hassan]]          Mittagessen Ganztagsschule             Übernahme der Kosten abzgl. Eigenanteil
[[P|Omar Al-Hassan]]          Lernförderung Deutsch (2 Std./Woche)  bis 520,00 EUR
[[P|Omar Al-Hassan]]          Mitgliedsbeitrag VfL Marburg (Fußball) 15,00 EUR monatlich

Die Kosten für das Mittagessen werden direkt an den Caterer, die Beiträge direkt an den Verein gezahlt. Der Teilhabebetrag ist nach § 28 Abs. 7 SGB II auf 15,00 EUR monatlich begrenzt.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Jennifer Wagner-Öztürk]]""")

# 026 — Einbürgerung, Vietnamese applicant, Tax-ID, SSN, ID card not yet; residence card
dob26 = "07.08.1986"
ssn26 = ids.social_security("070886", "T")
tid26 = ids.tax_id()
idc26 = ids.travel_document("Y", False)
doc("outlook", "einbuergerung_unterlagen", f"""Betreff: Einbürgerungsantrag – nachgereichte Unterlagen, Az. [[AZ|EB-2025-0377]]

Sehr geehrter Herr [[P|Kühn]],

wie im Gespräch am 10.11. besprochen sende ich Ihnen die fehlenden Angaben:

Name: [[P|Trần Minh Đức]]
Geburtsdatum: [[DOB|{dob26}]] in Hải Phòng
Aufenthaltstitel: Niederlassungserlaubnis seit 2019 (Kartennummer [[IDC|{idc26}]])
Steuer-ID: [[TID|{tid26}]]
Rentenversicherungsnummer: [[SSN|{ssn26}]] (seit 2012 durchgehend versichert)
Arbeitgeber: Seidel Laborbedarf GmbH, Marburg (unbefristet)

Das Zertifikat Leben in Deutschland (33 von 33 Punkten) und das B1-Zertifikat hatte ich schon abgegeben. Meine Frau [[P|Lê Thị Thu Hà]] stellt ihren Antrag erst im nächsten Jahr.

Die Gebühr von 255,00 EUR habe ich am 12.11. überwiesen.

Mit freundlichen Grüßen
[[P|Trần Minh Đức]] ([[P|Duc Tran]])
[[A|Gutenbergstraße 19]], [[A|35037 Marburg]]
[[T|0160 93 81 227]] · [[E|duc.tran86@gmx.de]]""")

# 027 — Schulamt letter, Romanian family, autism — health
kv27 = ids.health_insurance()
doc("word", "schulbegleitung_bescheid", f"""Universitätsstadt Marburg – Fachdienst Jugendhilfe – Eingliederungshilfe
Aktenzeichen: [[AZ|51.4-EGH-0291/25]]

Frau
[[P|Elena Munteanu]]
[[A|Sudetenstraße 7]]
[[A|35039 Marburg]]

Teilhabeassistenz (Schulbegleitung) für Ihren Sohn [[P|Andrei Munteanu]], geb. [[DOB|04.06.2016]]

Sehr geehrte Frau [[P|Munteanu]],

nach Auswertung des kinder- und jugendpsychiatrischen Gutachtens vom 22.09.2025 (Diagnose: Autismus-Spektrum-Störung, F84.5) sowie der Stellungnahme der Astrid-Lindgren-Schule bewillige ich eine Teilhabeassistenz im Umfang von 20 Wochenstunden nach § 35a SGB VIII ab dem 01.12.2025 bis zum Ende des Schuljahres 2025/26.

Leistungserbringer ist der Träger Lebenshilfe Marburg e. V.; Ihre Mitwirkung besteht darin, Änderungen (Schulwechsel, Umzug) umgehend mitzuteilen. Die Krankenkasse Ihres Sohnes (KVNR [[KV|{kv27}]]) wurde um Prüfung vorrangiger Leistungen gebeten.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Dr. Frank Ostheimer]]
Telefon [[T|06421 201-1632]]""", ["HEALTH"])

# 028 — lower-case short mail, Polish worker, Hundesteuer, plate
cc28 = group(ids.credit_card("52", 16), 4)
doc("outlook", "hundesteuer_kurz", f"""Betreff: hund abmelden

hallo frau [[P|neumann]],

hab die unterlagen vergessen beim letzten mal. der hund (bella) ist am 2.10. gestorben, tierarztrechnung ist dran. bitte hundesteuer abmelden. steuermarke hab ich verloren sorry

kassenzeichen weiß ich nicht, aber adresse ist [[A|gladenbacher weg 3a]] in cappel. die rechnung vom tierarzt hab ich mit meiner mastercard bezahlt ([[CC|{cc28}]]), steht drauf, ist egal.

ach und wegen dem anwohnerparken, mein neues auto ist [[KFZ|MR-PK 77]], das alte [[KFZ|GI-W 5120]] ist verkauft.

gruß [[P|piotr kamiński]]
[[T|0151/40293376]]""")

# 029 — pasted appointment list, Ausländerbehörde
doc("word", "terminliste_tabelle", f"""Terminliste Ausländerbehörde – Platz 2 – Mittwoch, 26.11.2025
(Sachbearbeitung: [[P|Yilmaz]])

Uhrzeit | Name                          | Staatsang. | Anliegen                    | Az.
08:00   | [[P|Adeyemi, Oluwatobi]]            | NGA        | Verlängerung § 16b          | [[AZ|32.3-41102/25]]
08:20   | [[P|Ramírez Ortega, Lucía]]         | COL        | Erteilung § 18b             | [[AZ|32.2-41215/25]]
08:40   | [[P|Wang, Jun]] / [[P|Chen, Yue]]            | CHN        | Familiennachzug § 30        | [[AZ|32.1-39870/24]]
09:00   | — frei —                      |            |                             |
09:20   | [[P|Mirzaei, Amirhossein]]          | IRN        | Blaue Karte § 18g           | [[AZ|32.2-41301/25]]
09:40   | [[P|Bondarenko, Oksana]]            | UKR        | § 24 Verlängerung           | [[AZ|32.4-38117/23]]
10:00   | [[P|Souza Lima, Thiago de]]         | BRA        | Niederlassungserl. § 18c    | [[AZ|32.2-36024/22]]
10:20   | [[P|Krishnamurthy, Deepa]]          | IND        | eAT-Abholung                | [[AZ|32.2-40988/25]]

Hinweis Frau [[P|Nowak]]: Herr [[P|Mirzaei]] bringt Dolmetscher mit (Farsi). Frau [[P|Bondarenko]] hat telefonisch angekündigt, dass sie ggf. später kommt ([[T|0157 31840026]]).
Dolmetscherpool bei Bedarf: [[N|06421 201-3210]].""")

# 030 — staff mail, union training leave
doc("outlook", "bildungsurlaub_verdi", f"""Von: [[P|Kemal Aydın]] <[[E|k.aydin@marburg-stadt.de]]>
An: [[P|Heike Ruppel]] <[[E|h.ruppel@marburg-stadt.de]]>
Cc: [[N|personalrat@marburg-stadt.de]]
Betreff: Freistellung ver.di-Seminar 09.–11.02.2026

Hallo [[P|Heike]],

ich würde gern vom 09. bis 11.02.2026 am Seminar „Arbeitszeit und Dienstvereinbarungen“ im ver.di-Bildungszentrum in Walsrode teilnehmen. Als Vertrauensmann der ver.di-Betriebsgruppe bei der Stadt steht mir dafür nach § 29 Abs. 4 TVöD Arbeitsbefreiung zu, die Bescheinigung der Gewerkschaft hänge ich an. Die Seminarkosten übernimmt ver.di.

Meine Vertretung im Bürgerbüro hat [[P|Svetlana]] (Frau [[P|Gerasimova]]) zugesagt, die Theke ist an den drei Tagen mit vier Leuten besetzt.

Kannst du das bitte an die Abteilungsleitung weitergeben?

Danke und Gruß
[[P|Kemal]]

--
[[P|Kemal Aydın]]
Bürgerbüro / Meldewesen
Universitätsstadt Marburg
Tel. [[T|06421 201-1287]]""", ["UNION"])


assert len(DOCS) == 30
with open(os.path.join(HERE, "fresh65.jsonl"), "w", encoding="utf-8") as f:
    for d in DOCS:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print("wrote", len(DOCS), "documents")
