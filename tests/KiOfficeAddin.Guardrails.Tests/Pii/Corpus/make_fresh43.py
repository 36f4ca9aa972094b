"""Batch 43: Stadt Siebenbach (Rhineland, near Bonn) - Buergeramt, Auslaenderbehoerde, Standesamt, Sozialamt."""
import sys
sys.dont_write_bytecode = True
import json, os, random
sys.path.insert(0, "/work/main/tests/KiOfficeAddin.Guardrails.Tests/Pii/Corpus")
from marks import build
from identifiers import Identifiers, group, mod97_iban, luhn_check, mod11_10_check

SEED = 4343
I = Identifiers(SEED)
R = random.Random(SEED + 1)
HERE = os.path.dirname(os.path.abspath(__file__))


def nd(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def iban_nl():
    while True:
        acc = nd(10)
        if acc[0] != "0" and sum(int(c) * (10 - i) for i, c in enumerate(acc)) % 11 == 0:
            return mod97_iban("NL", R.choice(["INGB", "RABO", "ABNA"]) + acc)


def check_iban(v):
    v = v.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1


def check_luhn(v):
    v = v.replace(" ", "").replace("-", "")
    return luhn_check(v[:-1]) == int(v[-1])


CITY_IBAN = group(I.iban_de(), 4)
SW = "02241 8870-0"
ibans = dict(a=group(I.iban_de(), 4), b=I.iban_de(), c=group(I.iban("AT", 16), 4), d=group(iban_nl(), 4),
             e=group(I.iban_de(), 4), f=I.iban_de(), g=group(I.iban_de(), 4))
cc1 = I.credit_card("4", 16); cc2 = I.credit_card("5", 16); cc3 = I.credit_card("37", 15)
tid1 = I.tax_id(); tid2 = I.tax_id(); tid3 = I.tax_id()
vat1 = I.vat_id(); vat2 = I.vat_id(); vat3 = I.vat_id()
tnr1 = I.tax_number_nrw(); tnr2 = I.tax_number_federal_nrw(); tnr3 = I.tax_number_nrw()
ssn1 = I.social_security("140388", "J"); ssn2 = I.social_security("020791", "O")
kv1 = I.health_insurance(); kv2 = I.health_insurance(); kv3 = I.health_insurance()
eat1 = I.travel_document("Y", False); eat2 = I.travel_document("Y", True); eat3 = I.travel_document("Y", False)
pa1 = I.id_card(); pa2 = I.id_card(True); pa3 = I.id_card()
dp1 = I.passport(True)
for v in list(ibans.values()) + [CITY_IBAN]:
    assert check_iban(v), v
for v in (cc1, cc2, cc3):
    assert check_luhn(v), v
for v in (tid1, tid2, tid3):
    assert mod11_10_check(v[:10]) == int(v[10])
for v in (vat1, vat2, vat3):
    assert mod11_10_check(v[2:10]) == int(v[10])

HEAD = "Stadt Siebenbach · Der Bürgermeister"
RATHAUS = "[[N|Rathausplatz 1]] · [[N|53359 Siebenbach]]"

docs = []


def add(channel, template, marked, flags=()):
    docs.append((channel, template, marked, list(flags)))


# 1 Einbuergerung, Anhoerung, Iran
add("word", "einbuergerung", f"""{HEAD}
Ausländerbehörde – Einbürgerungsstelle
{RATHAUS}
Telefon [[N|{SW}]] · [[N|einbuergerung@siebenbach.de]]

Herrn
[[P|Dr. Reza Tehrani-Moghaddam]]
[[A|Auf dem Kirchberg 14 a]]
[[A|53359 Siebenbach-Oberpleis]]

Aktenzeichen: [[AZ|32.2-EB-0417/25]]
Datum: 12.08.2025

Ihr Antrag auf Einbürgerung vom 03.02.2025

Sehr geehrter Herr Dr. [[P|Tehrani-Moghaddam]],

zur weiteren Bearbeitung Ihres Antrags nach § 10 StAG fehlen noch folgende Unterlagen:

1. Kopie aller Seiten Ihres iranischen Reisepasses (Pass-Nr. [[PASS|X{nd(8)}]]), auch der leeren Seiten,
2. Nachweis über den bestandenen Einbürgerungstest (Test „Leben in Deutschland“),
3. aktuelle Verdienstbescheinigungen der letzten sechs Monate,
4. Geburtsurkunde Ihrer Tochter [[P|Darya]] mit Übersetzung.

Die Gebühr von 255,00 EUR je Person wird mit Aushändigung der Einbürgerungsurkunde fällig. Bitte reichen Sie die Unterlagen bis zum 30.09.2025 ein. Legen Sie bei Ihrer Vorsprache auch Ihren elektronischen Aufenthaltstitel vor.

Mit freundlichen Grüßen
Im Auftrag
[[P|Sabine Wollersheim]]
Sachbearbeiterin""")

# 2 Afghan, informal, broken German
add("outlook", "aufenthaltstitel", f"""Von: [[P|Mohammad Nabi Rahimi]] <[[E|nabi.rahimi1994@gmail.com]]>
An: [[N|auslaenderbehoerde@siebenbach.de]]
Betreff: termin aufenthalstitel verlengerung

sehr geehrte dame und herr

mein aufenthaltstitel is bis 14.10 gültig und ich brauche termin für verlengerung. online termin geht nicht, immer steht kein termin frei. meine karte nummer ist [[IDC|{eat1}]]. ich wohne jetzt neu in [[A|Lindenallee 7]], nicht mehr in heim. arbeit habe ich bei bäckerei als helfer, vertrag bis ende jahr.

bitte rufen sie mich an [[T|0176 2384 5519]]

danke schön
[[P|Nabi Rahimi]]""")

# 3 Verpflichtungserklaerung form (Serbia)
add("word", "verpflichtungserklaerung", f"""Verpflichtungserklärung nach §§ 66–68 AufenthG – Erfassungsbogen
Stadt Siebenbach, Ausländerbehörde, [[N|Rathausplatz 1]], [[N|53359 Siebenbach]]

A. Verpflichtungsgeber/in
Name, Vorname:        [[P|Petrović-Brandt]], [[P|Jelena]]
Geburtsdatum:         [[DOB|22.11.1979]]
Anschrift:            [[A|Siegburger Straße 231]], [[A|53359 Siebenbach]]
Ausweisdokument:      Personalausweis Nr. [[IDC|{pa1}]]
Telefon:              [[T|02241/593 118]]
Arbeitgeber:          Rhein-Sieg Logistik GmbH, Nettoeinkommen 2.940,00 EUR

B. Eingeladene Personen
| Name, Vorname           | geb.         | Reisepass-Nr. | Verhältnis |
| [[P|Petrović]], [[P|Dragan]]      | [[DOB|04.05.1951]]   | [[PASS|0{nd(8)}]]     | Vater      |
| [[P|Petrović]], [[P|Milica]]      | [[DOB|19.08.1954]]   | [[PASS|0{nd(8)}]]     | Mutter     |

Aufenthaltszweck: Besuch, Zeitraum 01.12.2025 bis 28.02.2026
Gebühr: 29,00 EUR (bar bezahlt, Quittung Nr. 2025-11873)
Bonität geprüft: ja (Gehaltsnachweise 07–09/2025)

Siebenbach, den 14.10.2025
Unterschrift Verpflichtungsgeber/in: [[P|J. Petrović-Brandt]]
Sachbearbeitung: [[P|Krämer]], Zi. 2.14""")

# 4 Lawyer, Syria, family reunification, DNA -> GENETIC
add("outlook", "familiennachzug", f"""Von: Kanzlei [[P|Özdemir]] & Partner <[[N|info@oezdemir-partner.de]]>
Gesendet: Dienstag, 9. September 2025 11:42
An: Ausländerbehörde Siebenbach
Betreff: Ihr Az. [[AZ|32.1-FN-2291/24]] – Familiennachzug [[P|Alhussein]]

Sehr geehrte Damen und Herren,

in der Ausländersache unseres Mandanten, Herrn [[P|Abdulkarim Alhussein]], geb. [[DOB|01.01.1986]], wohnhaft [[A|Hauptstraße 88]], [[A|53359 Siebenbach]], nehmen wir Bezug auf Ihr Schreiben vom 21.08.2025.

Die Deutsche Botschaft Beirut hat die Zustimmung zum Visum der Kinder [[P|Lana]] (geb. [[DOB|17.03.2015]]) und [[P|Omar Alhussein]] (geb. [[DOB|02.06.2018]]) von einem Abstammungsnachweis abhängig gemacht. Das DNA-Gutachten des Instituts für Rechtsmedizin Bonn liegt nun vor: Die Vaterschaft unseres Mandanten ist für beide Kinder mit einer Wahrscheinlichkeit von 99,99 % nachgewiesen. Wir fügen das Gutachten als Anlage bei und bitten um umgehende Vorabzustimmung nach § 31 AufenthV.

Die syrischen Reisepässe der Kinder (Nr. [[PASS|N{nd(9)}]] und [[PASS|N{nd(9)}]]) liegen der Botschaft im Original vor.

Mit freundlichen Grüßen

[[P|Deniz Özdemir]]
Rechtsanwältin
Kanzlei [[P|Özdemir]] & Partner
[[A|Kaiserstraße 61]], [[A|53113 Bonn]]
Tel. [[T|0228 9712 450]] | Fax 0228 9712 459
[[E|d.oezdemir@oezdemir-partner.de]]""", ["GENETIC"])

# 5 Interpreter invoice forwarded (Eritrea, Tigrinya)
add("outlook", "dolmetscher", f"""Von: [[P|Schmitz-Ohlig]], [[P|Carola]]
Gesendet: Montag, 6. Oktober 2025 08:15
An: Rechnungseingang
Betreff: WG: Rechnung Dolmetschereinsatz 24.09.

Hallo zusammen,
bitte Rechnung anweisen, sachlich richtig. Kostenstelle 3210, Auftrag 48-2025-117.
Gruß [[P|Carola]]

-----Ursprüngliche Nachricht-----
Von: [[P|Tesfaye Gebremedhin]] <[[E|tesfaye.gebremedhin@web.de]]>
Gesendet: Freitag, 3. Oktober 2025 19:02
An: [[P|Schmitz-Ohlig]], [[P|Carola]] <[[E|carola.schmitz-ohlig@siebenbach.de]]>
Betreff: Rechnung Dolmetschereinsatz 24.09.

Sehr geehrte Frau [[P|Schmitz-Ohlig]],

anbei meine Rechnung Nr. RE-2025-0931 für die Übersetzung Tigrinya–Deutsch bei der Vorsprache von Frau [[P|Senait Weldemariam]] am 24.09.2025 (2,5 Std. à 75,00 EUR zzgl. Fahrtkosten 18,40 EUR).

Bitte überweisen Sie auf:
Kontoinhaber: [[P|Tesfaye Gebremedhin]]
IBAN: [[IBAN|{ibans['a']}]]
Steuernummer: [[TNR|{tnr1}]]

Mit freundlichen Grüßen
[[P|Tesfaye Gebremedhin]]
staatl. gepr. Übersetzer und Dolmetscher (Tigrinya, Amharisch)
[[A|Am Mühlenbach 3]], [[A|53757 Sankt Augustin]]
Mobil [[T|+49 157 3390 2816]]""")

# 6 Standesamt, Anmeldung Eheschliessung, Nigeria
add("word", "standesamt", f"""Standesamt Siebenbach – Niederschrift über die Anmeldung der Eheschließung

Reg.-Nr. [[AZ|E 214/2025]]

Es erschienen heute, den 18.07.2025:

1. [[P|Chukwuemeka Obi]], geboren am [[DOB|11.04.1990]] in Enugu (Nigeria), nigerianischer Staatsangehöriger, ausgewiesen durch Reisepass Nr. [[PASS|A{nd(8)}]], wohnhaft [[A|Bonner Straße 12]], [[A|53359 Siebenbach]],

2. [[P|Katharina Leonie Hövelmann]], geboren am [[DOB|30.09.1993]] in Siegburg, deutsche Staatsangehörige, ausgewiesen durch Personalausweis Nr. [[IDC|{pa2}]], wohnhaft ebenda.

Die Verlobten erklären, dass sie die Ehe miteinander eingehen wollen. Der Verlobte zu 1. legt ein Ehefähigkeitszeugnis nicht vor; ein Antrag auf Befreiung nach § 1309 Abs. 2 BGB wird an das Oberlandesgericht Köln weitergeleitet. Als Trauzeugin ist Frau [[P|Ifeoma Nwosu]] vorgesehen.

Gewünschter Termin: Freitag, 17.10.2025, Trauzimmer im Haus Winter (Burgstraße).
Gebühr Anmeldung mit Auslandsbezug: 120,00 EUR.

Vorgelesen, genehmigt, unterschrieben
[[P|Obi]]   [[P|Hövelmann]]   [[P|Lambertz]], Standesbeamter""")

# 7 Ukrainian mail, mixed
add("outlook", "aufenthaltstitel", f"""Betreff: Fiktionsbescheinigung / fiktsiina – please help

Hallo liebe Frau [[P|Brings]],

Entschuldigung for my German, I write with translator. Meine Fiktionsbescheinigung ist abgelaufen am 31.08 und ich habe noch keine Termin for eAT. Mein Arbeitgeber (Pflegedienst) braucht neue Dokument bis Montag, sonst ich darf nicht arbeiten.

Meine Daten:
[[P|Olena Kovalenko]] ([[P|Олена Коваленко]]), [[DOB|07.12.1988]]
ukrainische ID-Karte [[IDC|{nd(9)}]], Reisepass [[PASS|F{R.choice('ABCEHKMX')}{nd(6)}]]
Adresse: [[A|Zum Steinbruch 5]], [[A|53359 Siebenbach]]
Sohn [[P|Maksym]] (geb. [[DOB|15.05.2014]]) – auch Aufenthalt nach § 24

Telefon: [[T|+380 67 412 3309]] (WhatsApp) oder deutsch [[T|01523 774 0912]]

Thank you so much!!
[[P|Olena]]""")

# 8 Sozialamt AsylbLG Krankenhilfe -> HEALTH
add("word", "sozialamt", f"""{HEAD}
Amt für Soziales und Wohnen
{RATHAUS}

Frau
[[P|Zainab Hosseini]]
c/o [[P|Sadiqi]]
[[A|Pleiser Hecke 22]]
[[A|53359 Siebenbach]]

Aktenzeichen: [[AZ|50.3-AsylbLG-1183]]
Siebenbach, 02.09.2025

Leistungen bei Krankheit nach § 4 AsylbLG – Kostenübernahme

Sehr geehrte Frau [[P|Hosseini]],

für die ambulante Behandlung Ihrer Typ-1-Diabetes-Erkrankung einschließlich Insulinpumpe übernehmen wir die Kosten für den Zeitraum 01.09.2025 bis 31.12.2025. Die Abrechnung erfolgt über die AOK Rheinland/Hamburg; Ihre Krankenversichertennummer lautet [[KV|{kv1}]]. Eine psychotherapeutische Behandlung wegen der von Dr. [[P|Brenig]] attestierten posttraumatischen Belastungsstörung ist gesondert zu beantragen.

Die Leistungen für den Monat September in Höhe von 441,00 EUR werden auf Ihr Konto [[IBAN|{ibans['b']}]] überwiesen. Rückzahlungen richten Sie bitte an die Stadtkasse, IBAN [[N|{CITY_IBAN}]], Verwendungszweck 50.3.

Mit freundlichen Grüßen
Im Auftrag
[[P|Hans-Jürgen Fassbender]]""", ["HEALTH"])

# 9 Moroccan, Kfz-Ummeldung, informal
add("outlook", "buergeramt", f"""Betreff: Ummeldung Auto + Adresse

Hallo,

ich bin umgezogen von Bonn nach Siebenbach, neue Adresse [[A|Talweg 19]], [[A|53359 Siebenbach]]. Mein Auto hat noch Kennzeichen [[KFZ|BN-YB 412]], darf ich das behalten oder muss ich neue Kennzeichen SU? Termin beim Bürgeramt habe ich am 22.10. um 9:40, Buchungsnummer 7731-KB. Was muss ich mitbringen, reicht marokkanischer Pass und Aufenthaltskarte?

Danke
[[P|Youssef El Amrani]]
[[T|0162 / 88 41 207]]""")

# 10 Aktenvermerk, fingerprints, Iraq -> BIOMETRIC
add("word", "aktenvermerk", f"""Aktenvermerk

Az.: [[AZ|32.1-AT-7754/23]]
Betr.: [[P|Al-Jubouri]], [[P|Haider Kadhim]], geb. [[DOB|1.7.1983]], irakischer Staatsangehöriger

Herr [[P|Al-Jubouri]] sprach am 26.08.2025 zur Verlängerung seiner Aufenthaltserlaubnis vor. Bei der Erfassung der Fingerabdrücke für den eAT ergab der Abgleich im AFIS des BKA einen Treffer: Die Abdrücke der Zeigefinger stimmen mit einem Datensatz überein, der 2016 in Passau unter den Personalien „[[P|Hayder Al-Juburi]], geb. [[DOB|01.07.1985]]“ gespeichert wurde. Auf Vorhalt erklärte Herr [[P|Al-Jubouri]], das Geburtsjahr sei damals falsch notiert worden.

Vorgelegt wurde der irakische Reisepass Nr. [[PASS|A{nd(8)}]], ausgestellt am 14.03.2022 in Berlin. Die Identität gilt damit als geklärt. Das alte Lichtbild im Passbild-Archiv entspricht dem aktuellen biometrischen Foto.

Weiteres Vorgehen: Zusammenführung der Datensätze, Mitteilung an das BAMF (Az. BAMF [[AZ|6412873-438]]).

[[P|Wollersheim]], 27.08.2025""", ["BIOMETRIC"])

# 11 Lawyer, Iran, sexual orientation
add("outlook", "passbeschaffung", f"""Von: RA [[P|Jan-Hendrik van Loon]] <[[E|vanloon@ra-vanloon.de]]>
An: [[N|auslaenderbehoerde@siebenbach.de]]
Cc: [[P|Bahram Jafari]] <[[E|bahram.j@posteo.de]]>
Betreff: [[P|Jafari]], [[P|Bahram]] – Az. [[AZ|32.1-AE-3018/25]] – Passbeschaffung

Sehr geehrte Frau [[P|Wollersheim]],

Sie fordern meinen Mandanten zur Vorlage eines gültigen iranischen Nationalpasses auf. Dies ist ihm nicht zumutbar. Herr [[P|Jafari]] ist als Flüchtling anerkannt, weil er wegen seiner Homosexualität im Iran verfolgt wurde; er lebt hier mit seinem Partner [[P|Tobias Reuschenbach]] in eingetragener Partnerschaft. Eine Vorsprache beim iranischen Generalkonsulat würde ihn erneut gefährden.

Wir beantragen daher die Ausstellung eines Reiseausweises für Flüchtlinge. Sein abgelaufener Pass (Nr. [[PASS|X{nd(8)}]], gültig bis 2021) liegt Ihnen in Kopie vor.

Mit freundlichen Grüßen
[[P|van Loon]]
Rechtsanwalt
[[A|Poppelsdorfer Allee 44]] · [[A|53115 Bonn]] · Tel. [[T|0228 261 77-12]]""", ["SEXUAL_ORIENTATION"])

# 12 Einbuergerungsfeier list
add("word", "einbuergerung", f"""Einbürgerungsfeier am 28.11.2025, 17:00 Uhr, Ratssaal (Raum 1.01)
Teilnehmerliste – nur für den Dienstgebrauch (Drucksache 2025/0412)

| Nr. | Nachname, Vorname               | Geburtsdatum | frühere Staatsangehörigkeit |
| 1   | [[P|Nguyễn]], [[P|Thị Thu Hà]]             | [[DOB|03.03.1987]]   | vietnamesisch |
| 2   | [[P|Mahmoudi]], [[P|Karim]]               | [[DOB|15.06.1979]]   | marokkanisch  |
| 3   | [[P|Okonkwo-Schulze]], [[P|Grace]]        | [[DOB|21.01.1992]]   | nigerianisch  |
| 4   | [[P|Haddad]], [[P|Rania]]                 | [[DOB|09.10.2001]]   | syrisch       |
| 5   | [[P|Stojanović]], [[P|Nikola]]            | [[DOB|27.04.1975]]   | serbisch      |
| 6   | [[P|Bondarenko]], [[P|Iryna]]             | [[DOB|12.12.1968]]   | ukrainisch    |

Begrüßung durch Bürgermeisterin [[P|Dr. Annette Vogel-Kuhl]], Musik: Jugendmusikschule. Urkunden liegen bei Frau [[P|Krämer]] (Tel. [[T|02241 8870-214]]). Sekt und Imbiss vom Koch der Kantine, Kosten 380,00 EUR, Haushaltsstelle 1.02.01.""")

# 13 short, child sick -> HEALTH
add("outlook", "terminabsage", f"""hallo frau [[P|brings]], ich kann morgen 10 uhr nicht kommen, mein sohn [[P|ilyas]] hat windpocken und hohes fieber, kinderarzt sagt zuhause bleiben. neuer termin möglich? lg [[P|fatima ait-hamou]]""", ["HEALTH"])

# 14 Employer, Serbian worker: SSN, Steuer-ID, VAT
add("outlook", "arbeitgeber", f"""Von: Personalabteilung Hennes Bau GmbH <[[N|personal@hennes-bau.de]]>
An: Ausländerbehörde Siebenbach
Betreff: Arbeitgeberbescheinigung [[P|Marko Jovanović]]

Sehr geehrte Damen und Herren,

wie telefonisch besprochen bestätigen wir, dass Herr [[P|Marko Jovanović]], geb. [[DOB|14.03.1988]], seit dem 01.04.2024 unbefristet als Maurer bei uns beschäftigt ist (40 Std./Woche, Bruttolohn 3.380,00 EUR, Tarif Bauhauptgewerbe).

Sozialversicherungsnummer: [[SSN|{ssn1[:2]} {ssn1[2:8]} {ssn1[8]} {ssn1[9:]}]]
Steuerliche Identifikationsnummer: [[TID|{tid1[:2]} {tid1[2:5]} {tid1[5:8]} {tid1[8:]}]]

Das ausgefüllte Formular „Erklärung zum Beschäftigungsverhältnis“ hängt an. Für Rückfragen erreichen Sie mich direkt unter [[T|02242 91 83-27]].

Freundliche Grüße
i. A. [[P|Beate Schäfer-Lindlar]]
Personalabteilung

Hennes Bau GmbH · [[N|Industriestraße 40]] · [[N|53773 Hennef]]
Geschäftsführer: [[P|Wilfried Hennes]] · HRB 9921 AG Siegburg · USt-IdNr. [[VAT|{vat1}]]""")

# 15 Vermerk Einbuergerung, Eritrea, POLITICS
add("word", "einbuergerung", f"""Vermerk zur Einbürgerungsakte

Az. [[AZ|32.2-EB-0288/24]] – [[P|Weldemariam]], [[P|Senait]]

Die Antragstellerin ist eritreische Staatsangehörige. Eine Entlassung aus der eritreischen Staatsangehörigkeit ist nach ihren glaubhaften Angaben unzumutbar: Sie ist seit 2019 aktives Mitglied der oppositionellen Exilbewegung „Brigade N'Hamedu“ und hat an Demonstrationen gegen das Regime in Frankfurt teilgenommen; die Vorsprache bei der Botschaft würde die Zahlung der 2%-Diasporasteuer und ein Reueformular voraussetzen. Die Mehrstaatigkeit wird nach § 12 StAG hingenommen.

Die Identität wurde anhand des eritreischen Reisepasses Nr. [[PASS|P{nd(8)}]] (abgelaufen) und der Geburtsurkunde (geb. [[DOB|05.02.1990]] in Keren) festgestellt. Wohnsitz: [[A|Rosenweg 2]], [[A|53359 Siebenbach]], seit 2017 ununterbrochen.

Dolmetscher bei der Vorsprache: Herr [[P|Gebremedhin]].

gez. [[P|Wollersheim]], 18.09.2025""", ["POLITICS"])

# 16 Credit card double charge
add("outlook", "gebuehr", f"""Betreff: Doppelte Abbuchung Reisepass-Gebühr – Buchung 2025-RP-55810

Guten Tag,

ich habe am 11.09. online die Gebühr für den Reisepass meiner Frau [[P|Eleni Papadopoulou-Theis]] bezahlt (70,00 EUR). Auf meiner Kreditkartenabrechnung sehe ich den Betrag zweimal, Karte [[CC|{group(cc1, 4)}]]. Bitte erstatten Sie den doppelten Betrag auf die Karte oder auf mein Girokonto.

Mit freundlichen Grüßen
[[P|Stefan Theis]]
[[A|Im Grund 9b]]
[[A|53359 Siebenbach]]""")

# 17 Anmeldung, Wohnungsgeberbestaetigung, Vietnamese family, Greek landlord
add("word", "melde", f"""Bürgeramt Siebenbach – Anmeldung bei der Meldebehörde

Neue Wohnung: [[A|Kölner Straße 144]], [[N|3. OG rechts]], [[A|53359 Siebenbach]]
Einzugsdatum: 01.08.2025
Bisherige Wohnung: [[A|Hermannstraße 3]], [[A|04315 Leipzig]]

Person 1: [[P|Trần]], [[P|Văn Minh]], geb. [[DOB|19.05.1982]] in Hanoi, vietnamesisch, Pass [[PASS|C{nd(7)}]]
Person 2: [[P|Trần]], [[P|Thị Lan]], geb. [[DOB|02.11.1985]] in Hải Phòng, vietnamesisch
Person 3: [[P|Trần]], [[P|Bảo Anh]], geb. [[DOB|14.02.2016]] in Leipzig

Wohnungsgeber: [[P|Georgios Karagiannis]], [[A|Lindenhof 11]], [[A|53229 Bonn]], Tel. [[T|0171 9923 401]]

Hinweis Sachbearbeitung: Wohnungsgeberbestätigung liegt vor. Die Kölner Straße ist in der Straßendatei unter Schlüssel 0412 geführt.""")

# 18 Jobcenter forward, Syrian family
add("outlook", "jobcenter", f"""Von: Jobcenter Rhein-Sieg, Geschäftsstelle Siebenbach <[[N|jobcenter-rhein-sieg.siebenbach@jobcenter-ge.de]]>
Gesendet: Mittwoch, 15. Oktober 2025 10:03
An: [[N|auslaenderbehoerde@siebenbach.de]]
Betreff: WG: Bedarfsgemeinschaft [[AZ|34501BG0087712]] – Wohnsitzauflage

Guten Morgen,

anbei die Mail der Kundin zur Kenntnis. Wir bitten um Prüfung, ob die Wohnsitzauflage für Familie [[P|Khalil]] gestrichen werden kann.

Mit freundlichen Grüßen
[[P|Ralf Dünnwald]]
Integrationsfachkraft, Durchwahl [[T|02241 9488-316]]

> Am 14.10.2025 um 21:17 schrieb [[P|Rasha Khalil]] <[[E|rasha.khalil.87@hotmail.com]]>:
> Sehr geehrter herr [[P|Dünnwald]],
> mein mann [[P|Bassel]] hat arbeit gefunden in Köln (Lager, ab 1.11.). wir wollen umziehen nach Köln Porz, wohnung [[A|Steinstraße 31]], [[A|51143 Köln]]. aber wir haben wohnsitzauflage Siebenbach. meine kinder [[P|Jana]] und [[P|Yamen]] gehen in schule hier bis sommer.
> danke
> [[P|Rasha Khalil]]""")

# 19 Haertefall Vermerk, Afghan Hazara -> ETHNICITY, RELIGION
add("word", "haertefall", f"""Stadt Siebenbach – Ausländerbehörde
Stellungnahme an die Härtefallkommission NRW

Betr.: [[P|Sultani]], [[P|Ali Reza]], geb. [[DOB|10.10.1999]], afghanischer Staatsangehöriger
Az. [[AZ|32.1-DU-0931/22]]

Der Betroffene ist vollziehbar ausreisepflichtig und im Besitz einer Duldung. Er gehört der Volksgruppe der Hazara an und ist schiitischen Glaubens; nach seinen Angaben wurde sein Vater [[P|Ghulam Sultani]] 2021 in Ghazni getötet. Herr [[P|Sultani]] wohnt bei seinem Onkel, [[A|Wiesenstraße 17]], [[A|53359 Siebenbach]], und absolviert seit August 2024 eine Ausbildung zum Koch im Hotel Zur Post. Der Ausbildungsbetrieb (Ansprechpartner Herr [[P|Fuchs]], [[T|02241 33 09 81]]) bestätigt gute Leistungen.

Ein afghanischer Pass oder eine Tazkira (Nr. [[IDC|{nd(4)}-{nd(4)}-{nd(5)}]]) liegt in Kopie vor; die Passbeschaffung ist eingeleitet.

Die Ausländerbehörde befürwortet das Ersuchen.

Im Auftrag
[[P|Dr. Thomas Brings]]
Abteilungsleiter""", ["ETHNICITY", "RELIGION"])

# 20 Interpreter offer, AT IBAN, Steuernummer federal
add("outlook", "dolmetscher", f"""Betreff: Re: Anfrage Dolmetscher Russisch/Ukrainisch für 04.11.

Sehr geehrte Frau [[P|Krämer]],

gern übernehme ich den Termin am 04.11. um 14:00 Uhr (Belehrung [[P|Bondarenko]]). Mein Honorar richtet sich nach JVEG, 85,00 EUR/Std. Für die Abrechnung meine Daten, falls noch nicht hinterlegt:

[[P|Dr. Natalia Sokolova-Binder]]
[[A|Rüngsdorfer Straße 6]], [[A|53173 Bonn]]
Steuernummer [[TNR|{tnr2}]]
Bankverbindung: Raiffeisenbank Kleinwalsertal, IBAN [[IBAN|{ibans['c']}]]

Beste Grüße
[[P|Natalia Sokolova-Binder]]
[[T|0176-40 11 93 58]]

Am 20.10.2025 schrieb [[P|Krämer]], [[P|Sabine]] <[[E|sabine.kraemer@siebenbach.de]]>:
> Liebe Frau Dr. [[P|Sokolova-Binder]], haben Sie am 04.11. Zeit? Gruß, [[P|S. Krämer]]""")

# 21 Union ver.di letter -> UNION
add("word", "gewerkschaft", f"""ver.di – Vereinte Dienstleistungsgewerkschaft
Bezirk Köln-Bonn-Leverkusen · Rechtsschutz

Stadt Siebenbach
Ausländerbehörde
[[N|Rathausplatz 1]]
[[N|53359 Siebenbach]]

Ihr Zeichen: [[AZ|32.1-AE-5120/23]]
Bonn, 07.10.2025

Aufenthaltserlaubnis nach § 18a AufenthG – Herr [[P|Emmanuel Adeyemi]], geb. [[DOB|02.07.1991]]

Sehr geehrte Damen und Herren,

Herr [[P|Adeyemi]] ist Mitglied unserer Gewerkschaft und wird von uns in einem arbeitsgerichtlichen Verfahren gegen seinen früheren Arbeitgeber, die Pflegedienst Sonnenschein GmbH, vertreten (ArbG Bonn, 3 Ca 1187/25). Die Kündigung erfolgte nach seiner Wahl in den Betriebsrat. Wir bitten, von aufenthaltsbeendenden Maßnahmen bis zum Abschluss abzusehen; eine neue Stelle als Pflegefachkraft beim Ev. Krankenhaus Bonn tritt er am 01.12.2025 an.

Seine Rentenversicherungsnummer lautet [[SSN|{ssn2}]], seine Anschrift [[A|Am Pützchen 4]], [[A|53229 Bonn]].

Mit kollegialen Grüßen
[[P|Ursula Bergheim-Kaufmann]]
Gewerkschaftssekretärin, Tel. [[T|0228 5 66 23 41]]""", ["UNION"])

# 22 Standesamt Geburt, Iraq
add("word", "standesamt", f"""Standesamt Siebenbach – Vermerk Geburtsbeurkundung

Reg.-Nr. [[AZ|G 1021/2025]]
Kind: [[P|Lavin]], weiblich, geboren am [[DOB|03.09.2025]], 04:12 Uhr, Helios Klinikum Siegburg
Mutter: [[P|Nareen Khalaf Murad]], geb. [[DOB|12.06.1997]], irakisch
Vater: [[P|Dilshad Hasan Murad]], geb. [[DOB|01.01.1994]], irakisch
Anschrift: [[A|Pützstraße 8]], [[A|53359 Siebenbach]]

Die Eltern haben keine Nationalpässe vorgelegt, nur irakische Personalausweise (Nr. [[IDC|{nd(12)}]] und [[IDC|{nd(12)}]]) und eine nicht legalisierte Heiratsurkunde. Beurkundung daher mit erläuterndem Zusatz nach § 35 PStV. Nachname des Kindes nach irakischem Recht: Vorname des Vaters + Familienname; die Eltern wurden auf die Rechtswahl nach Art. 10 Abs. 3 EGBGB hingewiesen.

Dolmetscherin (Kurmanci): Frau [[P|Şirin Yıldız]]
[[P|Lambertz]], 10.09.2025""")

# 23 English-German mix, Nigerian student
add("outlook", "verpflichtungserklaerung", f"""Subject: Verpflichtungserklärung for my uncle – visa for my graduation

Dear Sir/Madam,

my name is [[P|Chidinma Eze]], I am a master student at Uni Bonn and live in Siebenbach ([[A|Burgweg 21]], Zimmer 4). My uncle [[P|Dr. Nnamdi Okafor]] (born [[DOB|23 March 1966]], Nigerian passport no. [[PASS|A{nd(8)}]]) wants to attend my graduation on 14 February 2026. The embassy in Abuja told him he needs a Verpflichtungserklärung. Can I do this myself as a student with a part-time job (Minijob 556 EUR)? Or must my cousin [[P|Obinna]] do it, he lives in Köln?

My number: [[T|+49 1590 4472 118]]
Thank you and kind regards,
[[P|Chidinma]]

Sent from my iPhone""")

# 24 Tagesliste
add("word", "tagesliste", f"""Ausländerbehörde Siebenbach – Terminliste Dienstag, 21.10.2025, Schalter 3 ([[P|Brings]])

| Zeit  | Name                         | Anliegen                         | Az.                  |
| 08:30 | [[P|Rahimi]], [[P|Mohammad Nabi]]        | Verlängerung AE § 25 Abs. 3      | [[AZ|32.1-AE-4410/21]]      |
| 09:00 | [[P|Kowalczyk]], [[P|Agnieszka]]        | Daueraufenthalt EU (Freizügigk.) | [[AZ|32.3-FZ-0098/19]]      |
| 09:30 | [[P|Abdi]], [[P|Hamza Yusuf]]            | eAT-Ausgabe, PIN-Brief           | [[AZ|32.1-AE-6021/24]]      |
| 10:00 | [[P|Haddad]], [[P|Rania]]                | Einbürgerung – Zusicherung       | [[AZ|32.2-EB-0155/25]]      |
| 10:30 | frei                         |                                  |                      |
| 11:00 | [[P|di Lorenzo]], [[P|Giuseppe]]         | Aufenthaltskarte Ehegatte        | [[AZ|32.3-FZ-0342/25]]      |

Notiz: Herr [[P|Abdi]] bringt eAT-Karte Nr. [[IDC|{eat2}]] zurück (Fehlproduktion). Raum 2.14 ab 12 Uhr belegt (Teamsitzung).""")

# 25 Serbian, name spelling, Standesamt, credit card
add("outlook", "standesamt", f"""Betreff: Namen schreibweise in Geburtsurkunde

Dobar dan / guten Tag,

mein Name in Pass ist [[P|Miloš Đorđević]], in serbische Urkunde kyrillisch [[P|Милош Ђорђевић]], aber in deutsche Heiratsurkunde steht „[[P|Milos Djordjevic]]“. Jetzt für Geburtsurkunde von meine Tochter [[P|Teodora]] ich möchte richtige Schreibweise mit Đ. Geht das mit Erklärung nach Art. 47? Gebühr ich habe schon bezahlt mit Karte [[CC|{cc2}]], 25 EUR.

Adresse: [[A|Heisterbacher Str. 104]], [[A|53359 Siebenbach]]
Handy [[T|0049 172 5530 871]]

Hvala, Danke
[[P|Miloš]]""")

# 26 Sozialamt, Mietkaution, Moroccan family, NL IBAN landlord
add("word", "sozialamt", f"""{HEAD}
Amt für Soziales und Wohnen · [[N|Rathausplatz 1]] · [[N|53359 Siebenbach]]

Eheleute
[[P|Rachid]] und [[P|Naima Bensaid]]
[[A|Alte Poststraße 27]]
[[A|53359 Siebenbach]]

Ihr Zeichen: –   Unser Zeichen: [[AZ|50.1-MK-0774/25]]
Datum: 23.09.2025

Übernahme der Mietkaution als Darlehen (§ 22 Abs. 6 SGB II / § 35 SGB XII)

Sehr geehrte Frau [[P|Bensaid]], sehr geehrter Herr [[P|Bensaid]],

die Mietkaution für die Wohnung [[A|Neustraße 5]], Erdgeschoss, in [[A|53359 Siebenbach]] in Höhe von 1.650,00 EUR wird als Darlehen übernommen und direkt an den Vermieter, Herrn [[P|Pieter de Vries]], auf dessen Konto bei der ING, IBAN [[IBAN|{ibans['d']}]], überwiesen. Das Darlehen tilgen Sie ab 01.11.2025 in monatlichen Raten von 56,30 EUR durch Aufrechnung.

Der Bebauungsplan Nr. 47 „Neustraße Süd“ berührt Ihr Mietverhältnis nicht.

Mit freundlichen Grüßen
Im Auftrag
[[P|Vogt]]""")

# 27 Internal short mail
add("outlook", "intern", f"""Von: [[P|Krämer]], [[P|Sabine]]
An: [[P|Brings]], [[P|Markus]]
Betreff: Akte [[P|Yıldırım]]

[[P|Markus]], kannst du mir bitte die Akte [[P|Yıldırım]] ([[AZ|32.1-NE-2203/20]]) bis Donnerstag rüberreichen? Herr [[P|Yıldırım]] hat wegen der Niederlassungserlaubnis angerufen, Rückruf unter [[T|0157 7720 4415]]. Fax geht an [[N|poststelle@siebenbach.de]].
Danke, [[P|Sabine]]
Durchwahl [[T|02241 8870-214]]""")

# 28 Bonitaetspruefung Vermerk, self-employed host
add("word", "verpflichtungserklaerung", f"""Vermerk – Bonitätsprüfung Verpflichtungserklärung

Verpflichtungsgeber: Herr Dipl.-Ing. [[P|Farhad Karimi]], Inhaber von „[[P|Karimi]] Haustechnik“, [[A|Gewerbepark 12-14]], [[A|53359 Siebenbach]]
Eingeladen: [[P|Parvin Karimi]] (Mutter), iranischer Pass [[PASS|K{nd(8)}]]

Vorgelegte Nachweise:
- Einkommensteuerbescheid 2024, Steuernummer [[TNR|{tnr3}]], zu versteuerndes Einkommen 51.200 EUR
- Steuer-ID [[TID|{tid2}]]
- Umsatzsteuer-Identifikationsnummer [[VAT|{vat2}]]
- Kontoauszüge Geschäftskonto [[IBAN|{ibans['e']}]], Saldo 12.480,17 EUR zum 30.09.2025
- Privat: Kreditkarte American Express [[CC|{cc3[:4]} {cc3[4:10]} {cc3[10:]}]] (Limit nur als Nachweis, nicht maßgeblich)

Ergebnis: Bonität ausreichend (Pfändungsfreigrenze 1.491,75 EUR deutlich überschritten). Erklärung kann unterschrieben werden, Termin 05.11.2025.

[[P|Krämer]]""")

# 29 Caritas social worker, pregnancy -> HEALTH
add("outlook", "sozialamt", f"""Von: [[P|Magdalena Wiśniewska]] <[[E|m.wisniewska@caritas-rhein-sieg.de]]>
An: Sozialamt Siebenbach
Betreff: Eilt – Krankenschein Frau [[P|Noori]]

Hallo Herr [[P|Fassbender]],

Frau [[P|Shabnam Noori]] (geb. [[DOB|08.08.2002]]) ist in der 32. Woche schwanger, die Frauenärztin hat eine Risikoschwangerschaft (Gestationsdiabetes) festgestellt. Die eGK ist noch nicht da, deshalb bitte kurzfristig einen Behandlungsschein. Ihre Versichertennummer bei der BARMER soll [[KV|{kv2}]] sein, die Karte ist beantragt.

Frau [[P|Noori]] wohnt inzwischen bei ihrer Schwester [[P|Mariam]], [[A|Schulstraße 6]], [[A|53359 Siebenbach]]. Erreichbar über mich: [[T|02241 30 45 19-3]].

Viele Grüße
[[P|Magdalena Wiśniewska]]
Migrationsberatung, Caritasverband Rhein-Sieg e.V.""", ["HEALTH"])

# 30 Bewohnerparkausweis with German ID, Ukrainian doctor
add("outlook", "parkausweis", f"""Betreff: Bewohnerparkausweis Zone C

Sehr geehrte Damen und Herren,

ich beantrage einen Bewohnerparkausweis für die Zone C (Altstadt). Ich wohne seit 01.09.2025 in der [[A|Marktstraße 9]], [[A|53359 Siebenbach]], und bin inzwischen eingebürgert; Personalausweis [[IDC|{pa3}]]. Fahrzeug: VW Touran, amtliches Kennzeichen [[KFZ|SU-OT 2207]], Halterin ist meine Frau [[P|Tetiana]]. Die Gebühr von 120,00 EUR/Jahr bitte per Lastschrift vom Konto [[IBAN|{ibans['g']}]] einziehen.

Mit freundlichen Grüßen
[[P|Dr. med. Oleksandr Hrytsenko]]
Facharzt für Innere Medizin
[[T|0151 2807 6634]]
[[E|o.hrytsenko@gmx.de]]""")

out = []
for i, (ch, tpl, marked, flags) in enumerate(docs, 1):
    out.append(build(f"F43-{i:03d}", ch, tpl, marked, flags))
assert len(out) == 30
with open(os.path.join(HERE, "fresh43.jsonl"), "w", encoding="utf-8") as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")

from collections import Counter
cats = Counter(e["category"] for d in out for e in d["entities"])
fl = Counter(x for d in out for x in d["specialCategories"])
print(len(out), sum(cats.values()), dict(cats), dict(fl), sum(len(d["neutral"]) for d in out))
