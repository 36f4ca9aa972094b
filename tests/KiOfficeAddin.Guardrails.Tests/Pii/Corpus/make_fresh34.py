#!/usr/bin/env python3
"""Batch 34: held-out documents from the invented Hessian city of Lahnfels (Bürgerbüro, Ordnungsamt, Sozialamt,
Schulverwaltung, Seniorenbeirat, Stadtkasse). Writes fresh34.jsonl next to this file."""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, "/work/main/tests/KiOfficeAddin.Guardrails.Tests/Pii/Corpus")
from marks import build  # noqa: E402
from identifiers import Identifiers, mod97_iban, mod11_10_check, luhn_check, digit_sum  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ids = Identifiers(3434034)
rng = ids.rng


def spaced(value, size=4):
    return " ".join(value[i:i + size] for i in range(0, len(value), size))


def tax_id_spaced(t):
    return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"


def ssn_spaced(s):
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"


def iban_de_bank(blz):
    return mod97_iban("DE", blz + ids.digits(10))


def iban_nl(bank):
    # Dutch account numbers of this kind pass the "elfproef": sum of digit * (10 - position) divisible by 11.
    while True:
        acct = ids.digits(10)
        if acct[0] in "0" and acct[1] == "0":
            continue
        if sum(int(d) * (10 - i) for i, d in enumerate(acct)) % 11 == 0:
            return mod97_iban("NL", bank + acct)


# ---------------------------------------------------------------- identifiers
CITY_IBAN = spaced(iban_de_bank("51550035"))          # Stadtkasse Lahnfels (hard negative, neutral)
iban_nowak = spaced(iban_de_bank("51390000"))
iban_nl_vdberg = spaced(iban_nl("RABO"))
iban_kaczmarek = iban_de_bank("46050001")
iban_schmitt = spaced(ids.iban_de())
iban_celik = ids.iban_de()
iban_huber = spaced(ids.iban("AT", 16))
iban_verein = spaced(iban_de_bank("51550035"))         # club account, not a person's: neutral
iban_karagiannis = ids.iban_de()
iban_lautenschlaeger = spaced(iban_de_bank("51390000"))

idc_schubert = ids.id_card()
idc_daniel = ids.id_card()
idc_sacharow = ids.id_card(check_digit=True)
idc_wisniewski = ids.id_card()
pass_lenz = ids.passport()
pass_sacharow = ids.passport(check_digit=True)

ssn_nowak = ssn_spaced(ids.social_security("140341", "N"))
ssn_tesfamariam = ids.social_security("010179", "T")

kv_nowak = ids.health_insurance()
kv_wisniewski = ids.health_insurance()

tax_id_tesfamariam = tax_id_spaced(ids.tax_id())
tax_id_gebremedhin = ids.tax_id()

vat_pham = ids.vat_id()
vat_lutz = ids.vat_id()
vat_gmbh = ids.vat_id()                                 # a GmbH's VAT ID: neutral

tnr_pham = "204/" + ids.digits(3) + "/" + ids.digits(5)  # Bavarian layout (FA Aschaffenburg)
tnr_kaczmarek = ids.tax_number_nrw()
tnr_arslan = ids.tax_number_federal_nrw()

cc_esposito = spaced(ids.credit_card("4", 16))
amex = ids.credit_card("37", 15)
cc_ivanovic = f"{amex[:4]} {amex[4:10]} {amex[10:]}"

# ---------------------------------------------------------------- documents
DOCS = []


def doc(channel, template, flags, marked):
    DOCS.append((channel, template, flags, marked.strip("\n")))


doc("word", "anhoerung_verwarnung", [], f"""
Stadt Lahnfels · Der Magistrat · Ordnungsamt
Stadt Lahnfels · [[N|Marktplatz 1]] · [[N|35599 Lahnfels]]

Herrn
[[P|Dimitrios Papadopoulos]]
[[A|Weidenweg 14]]
[[A|35599 Lahnfels]]

Aktenzeichen: [[AZ|32.1-OWi-2025/04417]]
Auskunft erteilt: Frau [[P|Vogel]], Zimmer 1.14
Durchwahl: [[T|06447 808-231]]
Lahnfels, 12.08.2025

Anhörung im Verwarnungsgeldverfahren

Sehr geehrter Herr [[P|Papadopoulos]],

Ihnen wird vorgeworfen, am 29.07.2025 um 10:42 Uhr in Lahnfels, Brückenstraße, Höhe Stadtbücherei, den Pkw mit dem amtlichen Kennzeichen [[KFZ|LM-DP 714]] im eingeschränkten Halteverbot (Zeichen 286) geparkt zu haben, ohne dass ein Ladevorgang erkennbar war. Ordnungswidrigkeit nach §§ 12, 49 StVO, § 24 StVG. Nach dem Bußgeldkatalog ist hierfür ein Verwarnungsgeld von 55,00 EUR vorgesehen.

Sie haben Gelegenheit, sich zu dem Vorwurf zu äußern. Wenn Sie das Verwarnungsgeld annehmen möchten, überweisen Sie den Betrag bitte innerhalb einer Woche auf das Konto der Stadtkasse Lahnfels, IBAN [[N|{CITY_IBAN}]], unter Angabe des Aktenzeichens. Waren Sie zur Tatzeit nicht Fahrer, nennen Sie uns bitte Name und Anschrift der Person, die das Fahrzeug geführt hat. Sie sind nicht verpflichtet, sich zur Sache zu äußern.

Mit freundlichen Grüßen
Im Auftrag

[[P|Katrin Vogel]]
Verkehrsüberwachung

Stadt Lahnfels · Zentrale [[N|06447 808-0]] · [[N|ordnungsamt@lahnfels.de]] · Sprechzeiten Mo–Fr 8–12 Uhr
""")

doc("outlook", "ummeldung", [], f"""
Betreff: ummeldung
Von: [[P|lena schubert]] <[[E|lena.schubi99@gmx.de]]>
An: [[N|buergerbuero@lahnfels.de]]

hallo,

ich bin zum 1.8. von gießen nach lahnfels gezogen, die neue adresse ist [[A|auf der bitz 7a]], [[A|35599 lahnfels]] (bei [[P|schäfer]] klingeln, ist die WG im dachgeschoss). muss ich zum ummelden persönlich vorbeikommen oder geht das auch online?? termin hab ich online keinen gefunden, vor ende september ist alles voll :(
falls sie daten brauchen: geb. am [[DOB|03.07.99]], perso-nr. [[IDC|{idc_schubert}]]

lg [[P|lena]]
[[T|0157 3491 2287]]
""")

doc("word", "protokoll_seniorenbeirat", [], """
Niederschrift über die 4. Sitzung des Seniorenbeirats der Stadt Lahnfels
am Dienstag, 9. September 2025, 15:00 bis 16:40 Uhr, Bürgerhaus Niederhausen, Kleiner Saal

Anwesend:
[[P|Bäcker, Hannelore]] (Vorsitzende)
[[P|Kalinowski, Zbigniew]] (stellv. Vorsitzender)
[[P|Ferrante, Giuseppina]]
[[P|Nguyen, Thi Hoa]]
[[P|Osei, Kwabena]]
[[P|von der Heydt, Gisela]]

Entschuldigt: [[P|Ibrahimović, Senada]]

Von der Verwaltung: [[P|Tobias Wendland]] (Sozialamt, Protokoll)

TOP 1 Begrüßung, Beschlussfähigkeit
Die Vorsitzende begrüßt die Anwesenden und stellt die Beschlussfähigkeit fest. Die Niederschrift der Sitzung vom 17.06.2025 wird ohne Änderungen genehmigt.

TOP 2 Barrierefreiheit der Bushaltestellen (Drucksache [[N|SB/2025/031]])
Herr [[P|Osei]] berichtet von der Begehung am 26.08.2025. An der Haltestelle Lahnstraße fehlt weiterhin ein Hochbord; im Winter sei der Zugang wegen der Steigung für Rollatoren kaum zu schaffen. Die Verwaltung sagt zu, [[P|Osei]]s Bericht in den Bau- und Verkehrsausschuss (Drucksache [[N|2025/0187]]) einzubringen.

TOP 3 Mittagstisch im Bürgerhaus
Frau [[P|Ferrante]] berichtet, dass der Bäcker am Marktplatz ab Oktober keine Brötchen mehr liefert. Frau [[P|Nguyen]] bietet an, beim Imbiss ihrer Familie nachzufragen. Die Kosten lagen bisher bei 4,50 EUR je Essen.

TOP 4 Verschiedenes
Frau [[P|von der Heydt]] weist auf den Vortrag „Sicher im Netz – Enkeltrick und Co.“ am 14.10.2025 in der Stadtbücherei hin (Kurs-Nr. [[N|25H-3107]]). Anmeldung über die Geschäftsstelle, [[N|seniorenbeirat@lahnfels.de]].
Nächste Sitzung: 11.11.2025, gleicher Ort.

gez. [[P|Hannelore Bäcker]]		gez. [[P|Tobias Wendland]]
Vorsitzende			Protokoll
""")

doc("outlook", "laermbeschwerde_wg", [], """
Betreff: WG: Beschwerde Lärm Hintergasse

Von: [[P|Krüger-Albers, Sabine]]
Gesendet: Montag, 15. September 2025 08:12
An: Ordnungsamt Lahnfels
Betreff: WG: Beschwerde Lärm Hintergasse

Hallo [[P|Jörg]],

kam gestern Abend ins Bürgerbüro-Postfach, bitte übernehmen. Der Herr hatte letzte Woche auch schon angerufen.

Gruß

--
[[P|Sabine Krüger-Albers]]
Bürgerbüro · Stadt Lahnfels
Tel. [[T|06447 808-214]]
[[E|sabine.krueger-albers@lahnfels.de]]

-----Ursprüngliche Nachricht-----
Von: [[P|Murat Aydın]] <[[E|m.aydin@t-online.de]]>
Gesendet: Sonntag, 14. September 2025 22:47
An: [[N|buergerbuero@lahnfels.de]]
Betreff: Beschwerde Lärm Hintergasse

Guten Abend,

schon wieder Party im Haus [[A|Hintergasse 11]], [[N|Erdgeschoss]], bis 3 Uhr nachts, Musik und Geschrei auf der Straße. Der Mieter heißt glaube ich [[P|Kevin Roßbach]], die Hausverwaltung (Immobilien [[P|Strack]]) reagiert seit Monaten nicht. Wir haben zwei kleine Kinder und ich muss um 5 Uhr auf die Arbeit. Ich wohne direkt gegenüber, [[A|Hintergasse 14]].

Bitte schicken Sie mal jemand vorbei, am Wochenende ist es am schlimmsten. Rückruf gerne: [[T|0171 / 556 38 02]]

[[P|Murat Aydın]]
""")

doc("word", "bescheid_hilfe_zur_pflege", ["HEALTH"], f"""
Stadt Lahnfels · Der Magistrat · Sozialamt
Stadt Lahnfels · [[N|Postfach 11 40]] · [[N|35597 Lahnfels]]

Frau
[[P|Wiesława Nowak]]
c/o [[P|Agnieszka Nowak-Bender]]
[[A|Konrad-Adenauer-Str. 23]]
[[A|35599 Lahnfels]]

Aktenzeichen: [[AZ|50.2-HzP-0318/25]]
Telefon: [[T|06447 808-352]]
Lahnfels, 02.09.2025

Bescheid über Hilfe zur Pflege nach §§ 61 ff. SGB XII

Sehr geehrte Frau [[P|Nowak]],

auf Ihren Antrag vom 04.08.2025 bewillige ich Ihnen ab dem 01.08.2025 Hilfe zur Pflege in Form des Pflegegeldes nach § 64a SGB XII sowie der Übernahme der ungedeckten Kosten des ambulanten Pflegedienstes.

Angaben zur leistungsberechtigten Person:
Geburtsdatum: [[DOB|14.03.1941]]
Rentenversicherungsnummer: [[SSN|{ssn_nowak}]]
Krankenversichertennummer: [[KV|{kv_nowak}]]

Grundlage der Entscheidung ist das Gutachten des Medizinischen Dienstes vom 21.07.2025, das bei Ihnen den Pflegegrad 3 festgestellt hat. Aufgrund der fortgeschrittenen Parkinson-Erkrankung mit erheblicher Sturzneigung und beginnender Schluckstörung sind Sie bei der Körperpflege, beim An- und Auskleiden und bei der Nahrungsaufnahme auf Hilfe angewiesen.

Berechnung des monatlichen Bedarfs ab 01.08.2025:
Pflegegeld nach § 64a SGB XII (Pflegegrad 3)	573,00 EUR
Ambulanter Pflegedienst lt. Kostenvoranschlag vom 30.07.2025	1.046,20 EUR
abzüglich vorrangiger Leistungen der Pflegekasse (§ 37 SGB XI)	– 573,00 EUR
abzüglich Pflegesachleistung der Pflegekasse (§ 36 SGB XI)	– 633,70 EUR
ungedeckter Bedarf	412,50 EUR

Einzusetzendes Einkommen und Vermögen
Ihr Einkommen besteht aus einer Altersrente der Deutschen Rentenversicherung und einer polnischen Altersrente (umgerechnet 96,40 EUR). Nach Abzug der Kosten der Unterkunft, der Beiträge zur Hausratversicherung und des Freibetrags nach § 87 Abs. 1 SGB XII verbleibt kein Einkommen oberhalb der Einkommensgrenze, das für die Pflege einzusetzen wäre. Ihr Sparguthaben liegt unter dem Schonbetrag von 10.000,00 EUR nach § 90 Abs. 2 Nr. 9 SGB XII in Verbindung mit der Durchführungsverordnung; es bleibt daher unberücksichtigt.

Die Entscheidung ergeht nach § 19 Abs. 3 SGB XII. Hilfe zur Pflege ist gegenüber den Leistungen der sozialen Pflegeversicherung nachrangig (§ 13 Abs. 3a SGB XI, § 63b Abs. 1 SGB XII); die Leistungen der Pflegekasse wurden daher in voller Höhe angerechnet. Ein Anspruch auf Entlastungsbetrag nach § 45b SGB XI besteht daneben unverändert; er ist bei der Pflegekasse geltend zu machen. Die Bewilligung ist bis zum 31.07.2026 befristet. Spätestens zwei Monate vor Ablauf erhalten Sie einen Weiterbewilligungsantrag.

Hinweise
Der Pflegedienst rechnet die von ihm erbrachten Leistungen unmittelbar mit dem Sozialamt ab; Sie erhalten darüber eine Aufstellung. Ändert sich der Pflegegrad, wird die Leistung von Amts wegen neu berechnet. Bitte reichen Sie Bescheide der Pflegekasse und der Rentenversicherung stets in Kopie ein.

Die Leistung in Höhe von monatlich 412,50 EUR wird auf das von Ihrer Tochter, Frau [[P|Nowak-Bender]], als Betreuerin angegebene Konto überwiesen: IBAN [[IBAN|{iban_nowak}]]. Änderungen Ihrer Einkommens- und Vermögensverhältnisse, einen Umzug oder einen Krankenhausaufenthalt von mehr als vier Wochen teilen Sie bitte unverzüglich mit (§ 60 SGB I).

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift beim Magistrat der Stadt Lahnfels, [[N|Marktplatz 1]], [[N|35599 Lahnfels]], einzulegen.

Mit freundlichen Grüßen
Im Auftrag

[[P|Annegret Lindner]]
""")

doc("outlook", "sepa_grundsteuer_nl", [], f"""
Betreff: Grundsteuer – SEPA mandate – Kassenzeichen [[AZ|6.2025.301977]]
Von: [[P|Pieter van den Berg]] <[[E|pvdberg@ziggo.nl]]>
An: [[N|stadtkasse@lahnfels.de]]

Dear Sir or Madam, sehr geehrte Damen und Herren,

sorry, my German is not so good. We bought the house [[A|Zur Lahnaue 5]], [[A|35598 Lahnfels-Ahlbach]] in spring and now received the Grundsteuerbescheid. We would like to pay by SEPA Lastschrift from our Dutch account:

Kontoinhaber: [[P|Pieter]] en [[P|Marloes van den Berg]]
IBAN: [[IBAN|{iban_nl_vdberg}]]
BIC: RABONL2U

Can you send me the form for the Lastschriftmandat? From November we live in Lahnfels, until then please write by e-mail.

Met vriendelijke groet / kind regards
[[P|Pieter van den Berg]]
[[T|+31 6 41 87 22 09]]
""")

doc("word", "vermerk_schuelerbefoerderung", ["HEALTH", "GENETIC"], """
Stadt Lahnfels – Schulverwaltung
Vermerk

Az.: [[AZ|40.3-SB-0127/25]]
Datum: 18.08.2025

Betreff: Schülerbeförderung im Einzelfall (§ 161 HSchG) – [[P|Noah Behrendt-Şahin]], geb. [[DOB|02.04.2017]]

1. Sachverhalt
Die Mutter, Frau [[P|Melanie Behrendt]], [[A|Ahlbacher Weg 19]], [[A|35598 Lahnfels-Ahlbach]], beantragt mit Schreiben vom 30.07.2025 die Beförderung ihres Sohnes zur Lahntalschule (Förderschwerpunkt geistige Entwicklung) im Einzeltransport. [[P|Noah]]s Mutter legte den Befund des Zentrums für Humangenetik Gießen vom 12.05.2023 vor: molekulargenetisch gesichertes Fragiles-X-Syndrom (Vollmutation im FMR1-Gen). Laut Stellungnahme der Kinderärztin, Frau Dr. [[P|Szymańska]], bestehen eine ausgeprägte Reizüberflutung in Gruppen und eine Weglauftendenz; eine Beförderung im Sammelbus sei nicht zumutbar.

2. Telefonat vom 15.08.2025
Die Mutter teilt mit, dass der Vater, Herr [[P|Serkan Şahin]], nicht mehr im Haushalt lebt und sich am Transport nicht beteiligen kann. Sie ist unter [[T|0178 / 660 21 43]] erreichbar, vormittags allerdings nicht.

3. Vorschlag
Einzelbeförderung durch den Vertragspartner Taxi Lahnblick (Rahmenvertrag [[N|V-2024-017]]) ab Schuljahresbeginn 01.09.2025, Kosten ca. 38,00 EUR je Schultag. Rücksprache mit der Schulleiterin, Frau [[P|Birgit Otte-Lamprecht]], ist erfolgt; sie befürwortet den Antrag.

z. d. A.
[[P|Kempf]]
""")

doc("outlook", "beurlaubung_opferfest", ["RELIGION"], """
Betreff: Befreiung vom Unterricht zum Opferfest
An: [[N|schulverwaltung@lahnfels.de]]

Sehr geehrte Damen und Herren,

die Schulleitung der Grundschule am Schloßberg hat uns an Sie verwiesen. Unsere Kinder [[P|Yusuf Al-Khatib]] (Klasse 3b) und [[P|Rania Al-Khatib]] (Klasse 1a) sollen am Opferfest (Eid al-Adha) vom Unterricht befreit werden. Wir sind gläubige Muslime und feiern den ersten Festtag mit dem Gebet in der Moschee in Wetzlar und danach bei meinen Schwiegereltern in Frankfurt.

Letztes Jahr wurde [[P|Yusuf]] für diesen Tag als unentschuldigt eingetragen, das möchten wir dieses Mal vermeiden. Brauchen Sie eine Bescheinigung vom Imam oder reicht ein Schreiben von uns Eltern?

Mit freundlichen Grüßen
[[P|Lina]] und [[P|Mohammad Al-Khatib]]
[[A|Brunnenweg 3]]
[[A|35598 Lahnfels-Niederhausen]]
Tel. [[T|06447 744019]]
""")

doc("word", "versammlungsanzeige", ["POLITICS"], """
Stadt Lahnfels · Der Magistrat · Ordnungsamt – Versammlungsbehörde

Herrn
[[P|Jonas Pfeiffer-Kühn]]
[[A|Obergasse 3]]
[[A|35599 Lahnfels]]

Az.: [[AZ|32.4-Vers-0022/25]]
Lahnfels, 22.09.2025

Anzeige einer Versammlung unter freiem Himmel – Eingangsbestätigung und Hinweise

Sehr geehrter Herr [[P|Pfeiffer-Kühn]],

wir bestätigen den Eingang Ihrer Anzeige vom 18.09.2025 für die Versammlung „Bezahlbarer Wohnraum für Lahnfels“ am Samstag, 11.10.2025, 11:00 bis 13:00 Uhr, Kundgebung auf dem Marktplatz mit anschließendem Aufzug über Lahnstraße und Wetzlarer Straße. Veranstalter ist nach Ihren Angaben der Ortsverband Lahnfels der Partei Die Linke, dessen Vorsitzender Sie sind; erwartet werden etwa 150 Teilnehmende.

Als Versammlungsleiter haben Sie sich selbst benannt (geboren am [[DOB|02.11.1988]], Mobil [[T|0160 97 31 452]]). Als Ordnerinnen und Ordner sind gemeldet:
– [[P|Derya Kaplan]]
– [[P|Ewa Zielińska]]

Der angemeldete Lautsprecherwagen darf auf dem Marktplatz ab 10:00 Uhr aufgestellt werden. Bitte beachten Sie die beigefügten Hinweise nach dem Hessischen Versammlungsfreiheitsgesetz; Beschränkungen sind derzeit nicht beabsichtigt. Das Kooperationsgespräch mit der Polizeistation Wetzlar findet am 01.10.2025 um 14:00 Uhr im Rathaus, Raum 2.05, statt.

Mit freundlichen Grüßen
Im Auftrag

[[P|Jörg Hainbach]]
Ordnungsamt
Telefon [[T|06447 808-240]]
""")

doc("outlook", "streiktag_abrechnung", ["UNION"], """
Betreff: AW: Abzug Streiktag 12.03. – Entgeltabrechnung März

Hallo Frau [[P|Dörr]],

danke für die schnelle Antwort. Ja, ich war am 12.03. wie die anderen ver.di-Mitglieder aus der Stadtkasse beim Warnstreik in Wetzlar, das ist korrekt. Der Abzug an sich ist in Ordnung, aber auf der Abrechnung ist der Tag doppelt abgezogen (Personalnummer [[N|48817]]). Das Streikgeld habe ich über ver.di bekommen, die Bescheinigung meiner Mitgliedschaft kann ich nachreichen, falls Sie die brauchen.

Viele Grüße
[[P|Branka Jovanović]]
Stadtkasse, Zi. 0.08
Tel. [[T|06447 808-261]]

Von: [[P|Dörr, Heike]] <[[E|heike.doerr@lahnfels.de]]>
Gesendet: Donnerstag, 3. April 2025 14:05
An: [[P|Jovanović, Branka]]
Betreff: AW: Abzug Streiktag 12.03. – Entgeltabrechnung März

Liebe Frau [[P|Jovanović]],

laut Streikliste des Personalrats waren Sie am 12.03.2025 ganztägig im Ausstand, daher der Abzug nach § 4 TVöD. Dass der Tag zweimal abgezogen wurde, prüfe ich und korrigiere das mit der Aprilabrechnung.

Freundliche Grüße
[[P|Heike Dörr]]
Personalabteilung / Entgelt
[[T|06447 808-118]]
""")

doc("outlook", "reisepass_heirat", ["SEXUAL_ORIENTATION"], f"""
Betreff: Neuer Reisepass nach Heirat – brauche ich einen Termin?
Von: [[P|Stefan Marković-Lenz]] <[[E|stefan.lenz@posteo.de]]>
An: [[N|buergerbuero@lahnfels.de]]

Guten Tag,

mein Mann [[P|Daniel]] und ich haben am 6. September im Standesamt Lahnfels geheiratet (nochmal vielen Dank für die schöne Trauung!) und führen jetzt beide den Familiennamen [[P|Marković-Lenz]].

Mein Reisepass (Nr. [[PASS|{pass_lenz}]]) ist noch bis 2029 gültig, lautet aber auf meinen alten Namen [[P|Stefan Lenz]]. Muss ich sofort einen neuen Pass beantragen? Wir fliegen im November zu [[P|Daniel]]s Familie nach Toronto, und ich möchte am Flughafen keinen Ärger, weil Ticket und Pass nicht übereinstimmen. [[P|Daniel]] braucht außerdem einen neuen Personalausweis, sein alter hat die Nummer [[IDC|{idc_daniel}]].

Zur Sicherheit meine Daten: geboren am [[DOB|19.01.1990]], [[A|Lindenhof 9]], [[A|35599 Lahnfels]].

Viele Grüße
[[P|Stefan Marković-Lenz]]
""")

doc("word", "vermerk_fingerabdruck", ["BIOMETRIC"], f"""
Vermerk – Bürgerbüro, Pass- und Ausweisangelegenheiten

Datum: 24.09.2025
Bearbeiter: [[P|T. Wendland]]
Vorgang: Antrag Personalausweis und Reisepass, Vorgangsnummer [[N|PA-2025-08812]]

Antragsteller: Herr [[P|Grigorij Sacharow]], geb. [[DOB|07.05.1952]] in Saratow, wohnhaft [[A|Am Galgenberg 5]], [[A|35599 Lahnfels]]
Bisheriger Personalausweis: [[IDC|{idc_sacharow}]] (Nummer mit Prüfziffer aus der MRZ übernommen), gültig bis 14.10.2025
Bisheriger Reisepass: [[PASS|{pass_sacharow}]], abgelaufen

Bei der Erfassung der Fingerabdrücke konnten die Abdrücke beider Zeigefinger auch nach mehreren Versuchen nicht in ausreichender Qualität aufgenommen werden (Qualitätswert 5, die Papillarleisten sind nach jahrzehntelanger Arbeit als Steinmetz stark abgeschliffen). Ersatzweise wurden die Mittelfinger erfasst (Qualitätswert rechts 3, links 4). Das Lichtbild wurde vor Ort mit dem Selbstbedienungsterminal aufgenommen.

Herr [[P|Sacharow]] wurde von seiner Ehefrau, Frau [[P|Ljudmila Sacharowa]], begleitet, die gedolmetscht hat. Für die Abholung ist die Familie über die Tochter erreichbar: [[T|06447 913 22 70]].

Gebühren: 37,00 EUR (Personalausweis) und 70,00 EUR (Reisepass), bar bezahlt, Quittung [[N|Q-25-19344]].
""")

doc("outlook", "seniorenberatung_demenz", ["HEALTH"], """
Betreff: Hilfe für meine Mutter – Beratung Seniorenbüro
An: [[N|seniorenbuero@lahnfels.de]]

Sehr geehrte Damen und Herren,

meine Mutter, [[P|Halyna Kovalenko]] (geb. [[DOB|23.11.1946]]), lebt seit 2022 bei uns in Lahnfels, [[A|Am Galgenberg 27]]. Seit dem Frühjahr hat sie eine beginnende Alzheimer-Demenz, das wurde in der Gedächtnisambulanz in Gießen festgestellt. Sie vergisst ihre Tabletten und ist letzte Woche zweimal allein aus dem Haus gegangen und hat nicht zurückgefunden.

Ich arbeite Vollzeit in der Pflege, mein Mann [[P|Oleksandr]] ist oft auf Montage. Gibt es in Lahnfels einen Besuchsdienst oder eine Tagespflege mit jemandem, der Ukrainisch oder Russisch spricht? Meine Mutter ist bei der AOK versichert, einen Pflegegrad hat sie noch nicht.

Bitte rufen Sie mich an, am besten nach 17 Uhr: [[T|0152 0398 7716]].

Mit freundlichen Grüßen
[[P|Olena Shevchuk]]
""")

doc("word", "telefonnotiz_fahrzeug", [], """
Telefonnotiz – Ordnungsamt

Datum/Uhrzeit: 01.10.2025, 09:20 Uhr
Anrufer: Herr [[P|Wolfgang Eisenhauer]], Tel. [[T|06447 6 38 91]]
Angenommen: [[P|K. Vogel]]

Anliegen: Seit etwa drei Wochen steht vor dem Anwesen [[A|Hohe Straße 40]] ein silberner Opel Astra, Kennzeichen [[KFZ|GI-AS 4021]], TÜV-Plakette abgelaufen (03/2024), linker Hinterreifen platt. Laut Anrufer gehört der Wagen vermutlich [[P|Arben Rama]], dem Sohn der Familie [[P|Rama]] ([[A|Hohe Straße 38]]), der seit dem Sommer in der Schweiz arbeitet.

Veranlasst: Halterabfrage beim KBA; Außendienst (Herr [[P|Dell'Orto]]) fährt am 02.10. vorbei und bringt ggf. einen roten Aufkleber nach § 20 HAKrWG an.
""")

doc("outlook", "gewerbeanmeldung_nagelstudio", [], f"""
Betreff: Gewerbeanmeldung Nagelstudio – fehlende Angaben
Von: [[E|trangnails.lahnfels@gmail.com]]
An: [[N|gewerbeamt@lahnfels.de]]

Guten Tag Frau [[P|Öztürk-Sander]],

wie telefonisch besprochen schicke ich Ihnen die fehlenden Angaben für die Gewerbeanmeldung:

Name: [[P|Pham, Thi Thu Trang]]
geb.: [[DOB|08.12.1991]] in Hai Phong
Anschrift privat: [[A|Wetzlarer Str. 112]], [[A|35599 Lahnfels]]
Betrieb: Nagelstudio, [[A|Lahnstraße 6]], [[A|35599 Lahnfels]]
Beginn: 01.11.2025
bisherige Steuernummer (Finanzamt Aschaffenburg): [[TNR|{tnr_pham}]]
USt-IdNr.: [[VAT|{vat_pham}]]

Meine Schwester hilft im Laden als Minijob, muss die auch angemeldet werden? Die Gebühr von 26,00 EUR habe ich heute überwiesen.

Vielen Dank und schöne Grüße
[[P|Trang Pham]]
Tel. [[T|0163 / 48 19 206]]
""")

doc("word", "pruefvermerk_rechnungen", [], f"""
Stadtkasse Lahnfels – Prüfvermerk Rechnungseingang KW 41/2025

Geprüft auf die Pflichtangaben nach § 14 Abs. 4 UStG. Festgestellte Abweichungen:

Nr.	Rechnungssteller	Rechnungs-Nr.	Betrag brutto	Steuernr. / USt-IdNr.	Bemerkung
1	Malerbetrieb [[P|Tomasz Kaczmarek]], [[A|Siegener Straße 71]], [[A|57290 Neunkirchen]]	[[N|RE-2025-0841]]	4.312,80 EUR	[[TNR|{tnr_kaczmarek}]]	neue Bankverbindung [[IBAN|{iban_kaczmarek}]]; telefonisch bestätigt
2	Gärtnerei [[P|Lutz]], Inh. [[P|Petra Lutz]], [[A|Am Kirchberg 2]], [[A|35606 Solms]]	[[N|2025/311]]	1.180,00 EUR	[[VAT|{vat_lutz}]]	Leistungszeitraum fehlt, Rechnung zurück
3	Schlüsseldienst [[P|Engin Arslan]], Siegen	[[N|SD-77410]]	236,81 EUR	[[TNR|{tnr_arslan}]]	Steuernummer im 13-stelligen Format, in Ordnung
4	Lahntal Medien GmbH, [[N|Industriestraße 20-22]], [[N|35614 Aßlar]]	[[N|LM-25-1102]]	598,00 EUR	[[N|{vat_gmbh}]]	Skonto 2 % bis 20.10.2025

Summe der geprüften Rechnungen: 6.327,61 EUR. Die Rechnungen Nr. 1, 3 und 4 sind zur Zahlung freigegeben; Nr. 2 geht an das Grünflächenamt zurück.

Lahnfels, 10.10.2025
[[P|Uwe Winter]], Kassenverwalter
""")

doc("outlook", "beschwerde_diskriminierung", ["ETHNICITY"], """
Betreff: Beschwerde über Mitarbeiter vom Ordnungsamt
Von: [[E|ramona.weiss@gmx.de]]
An: [[N|buergermeister@lahnfels.de]]

Sehr geehrter Herr Bürgermeister [[P|Thielmann]],

mein Name ist [[P|Ramona Weiß]], ich bin Sintezza und lebe seit über 30 Jahren in Lahnfels. Am Donnerstag, 25.09., wollte mein Neffe [[P|Django Weiß]] mit seinem Wohnmobil ([[KFZ|LM-DW 1960]]) auf dem Parkplatz am Freibad kurz halten, um mich abzuholen. Ein Mitarbeiter vom Ordnungsamt hat zu ihm gesagt, „Leute wie ihr“ sollen sich einen anderen Platz suchen, und hat ihm ein Knöllchen geschrieben. Die anderen Wohnmobile daneben haben keins bekommen.

So etwas erleben wir als Sinti-Familie immer wieder, aber von der eigenen Stadt hätte ich das nicht erwartet. Ich bitte um ein persönliches Gespräch. Mein Neffe kann bezeugen, was passiert ist.

Hochachtungsvoll
[[P|Ramona Weiß]]
[[A|Am Hainbach 4]]
[[A|35599 Lahnfels]]
[[T|06447 58136]]
""")

doc("word", "ruecklastschriften_liste", [], f"""
Stadtkasse Lahnfels – Rücklastschriften September 2025 (nur für den Dienstgebrauch)
Bearbeitung: [[P|I. Becker]], Stand 06.10.2025

Kassenzeichen	Zahlungspflichtige/r	IBAN	Betrag	Rückgabegrund
[[AZ|6.2025.204417]]	[[P|Schmitt, Bernd]]	[[IBAN|{iban_schmitt}]]	48,30 EUR	AC04 Konto erloschen
[[AZ|3.2025.118820]]	[[P|Çelik, Emine]]	[[IBAN|{iban_celik}]]	27,00 EUR	AM04 Deckung unzureichend
[[AZ|6.2025.209031]]	[[P|Huber, Alois]]	[[IBAN|{iban_huber}]]	312,45 EUR	MD01 kein Mandat
[[AZ|6.2025.211790]]	Sportfreunde Lahnfels 1921 e. V.	[[N|{iban_verein}]]	180,00 EUR	AC04 Konto erloschen

Rücklastschriftgebühren der Banken: je 3,50 EUR, gebucht auf Sachkonto [[N|6815.0000]].

Maßnahmen:
– Herr [[P|Schmitt]] hat eine neue Bankverbindung angekündigt (Anruf vom 02.10.).
– Zeile 2: Ratenzahlung angeboten, Schreiben vom 06.10.2025.
– Herr [[P|Huber]] (Nebenwohnung in Lahnfels, Hauptwohnsitz [[A|Mühlgasse 12]], [[A|A-6020 Innsbruck]]): SEPA-Mandat fehlt, Formular geht per Post raus.
– Sportfreunde: Kassierer wird angeschrieben.
""")

doc("word", "kurzmitteilung", [], """
Stadt Lahnfels – Sozialamt – Kurzmitteilung

An: Herrn [[P|Farid Ahmadi]], [[A|Am Eulenturm 2]], [[A|35599 Lahnfels]]
Anlage: Mietbescheinigung zum Wohngeldantrag (Az. [[AZ|50.4-WoG-1193/25]]) – bitte von Ihrem Vermieter, Herrn [[P|Wolfram Seibel]], ausfüllen und unterschreiben lassen und bis 24.10.2025 zurücksenden.
i. A. [[P|Lindner]]
""")

doc("outlook", "meldebescheinigung_en", [], """
Subject: Meldebescheinigung – urgent for bank account
From: [[E|chukwuemeka.okafor@phd.thm.de]]
To: [[N|buergerbuero@lahnfels.de]]

Hello,

my name is [[P|Chukwuemeka Okafor]], I started as a PhD student at THM in Gießen and moved to Lahnfels on 15 September ([[A|Wetzlarer Straße 58]], [[N|2. OG]], [[A|35599 Lahnfels]], my landlord is Mr. [[P|Heinz Brückmann]]). I registered at the Bürgerbüro on 19.09., but I did not get the Meldebescheinigung, and the Sparkasse needs it to open my Girokonto. Without the account I cannot receive my salary.

For identification: passport no. [[PASS|B50917735]] (Federal Republic of Nigeria), date of birth [[DOB|30.04.1996]].

Could you please send the Meldebescheinigung as PDF to this mail address? Vielen Dank!

Best regards
[[P|Emeka Okafor]]
[[T|+49 1590 1837264]]
""")

doc("word", "bescheid_gastschulantrag", [], """
Stadt Lahnfels · Der Magistrat · Schulverwaltung
Stadt Lahnfels · [[N|Marktplatz 1]] · [[N|35599 Lahnfels]]

Herrn und Frau
[[P|Maximilian]] und [[P|Anna-Lena von Rotenhan]]
[[A|Schloßberg 2]]
[[A|35599 Lahnfels]]

Unser Zeichen: [[AZ|40.1-GS-0072/25]]
Datum: 05.06.2025

Gastschulantrag für [[P|Konstantin von Rotenhan]], geb. [[DOB|11.02.2019]]

Sehr geehrte Familie [[P|von Rotenhan]],

Sie haben am 12.05.2025 beantragt, dass Ihr Sohn ab dem Schuljahr 2025/26 nicht die für Ihren Wohnsitz zuständige Grundschule am Schloßberg, sondern die Grundschule Hauser Gasse in Wetzlar besucht. Als Grund geben Sie an, dass [[P|Konstantin]] nach Schulschluss von seiner Großmutter, Frau [[P|Irmgard Böttcher]], betreut wird, da Sie beide in Frankfurt berufstätig sind.

Der aufnehmende Schulträger hat mit Schreiben vom 28.05.2025 sein Einvernehmen erteilt. Ihrem Antrag wird daher gemäß § 143 Abs. 4 HSchG stattgegeben. Ein Anspruch auf Schülerbeförderung oder Erstattung von Fahrkosten besteht bei einem Gastschulbesuch nicht.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch beim Magistrat der Stadt Lahnfels, [[N|Marktplatz 1]], [[N|35599 Lahnfels]], erhoben werden.

Mit freundlichen Grüßen
Im Auftrag

[[P|Ralf Kempf]]
""")

doc("outlook", "kreditkarte_hundesteuer_wg", [], f"""
Betreff: WG: Hundesteuer bezahlen

Hallo [[P|Uwe]],

kannst du kurz draufschauen? Die Dame hat die komplette Kartennummer in die Mail geschrieben. Ich hab ihr schon geantwortet, dass wir keine Kreditkarten annehmen und sie überweisen soll. Kassenzeichen ist angelegt, Mail lösche ich danach.

LG [[P|Irina]]

Am 06.10.2025 um 19:32 schrieb [[P|Giovanna Esposito-Kraft]] <[[E|giovanna.esposito@libero.it]]>:
> Buonasera, guten Abend,
> ich möchte die Hundesteuer für unseren Hund Pippo bezahlen (Kassenzeichen [[AZ|3.2025.660219]]). Mein deutsches Konto ist gerade gesperrt, deswegen bitte von meiner Kreditkarte abbuchen: Visa [[CC|{cc_esposito}]], gültig bis 08/27.
> Wir wohnen [[A|Brunnenweg 16]], [[A|35598 Lahnfels-Niederhausen]].
> Grazie mille!
> [[P|Giovanna]]
""")

doc("word", "teilnehmerliste_tagesfahrt", ["HEALTH"], """
Seniorenbeirat Lahnfels – Tagesfahrt Kloster Eberbach, Donnerstag, 16.10.2025
Teilnehmerliste (Stand 08.10.2025) – Buchungsnummer Busunternehmen: [[N|BU-25-7718]]

Nr.	Name	Telefon	Bezahlt	Hinweise
1	[[P|Bäcker, Hannelore]]	[[T|06447 62117]]	bar	Reiseleitung
2	[[P|Grabowski, Erwin]]	[[T|0171 4401 982]]	Überweisung	Rollstuhl, wird im Bus verladen; Begleitung durch Tochter
3	[[P|Mavridis, Eleni]]	[[T|06447 902 55 18]]	bar	Diabetikerin (Insulin), Mittagessen pünktlich um 12:30 Uhr
4	[[P|Kuhn, Rosemarie]] und [[P|Dieter]]	[[T|06447 5390]]	bar	–
5	[[P|Haddad, Samira]]	[[T|0157 8834 1026]]	offen	vegetarisch
6	[[P|Petrenko, Vasyl]]	[[T|0176 5562 0913]]	bar	Rollator, Platz vorne im Bus

Kosten pro Person 39,00 EUR (Fahrt, Führung, Weinprobe). Abfahrt 8:00 Uhr am Bürgerhaus Niederhausen, Rückkehr gegen 18:30 Uhr.
Ansprechpartnerin am Fahrtag ist die Reiseleitung (Nr. 1).
""")

doc("outlook", "grundsicherung_unterlagen", [], f"""
Betreff: Antrag Grundsicherung – fehlende Unterlagen
Von: [[P|Beate Hollerbach-Yıldız]] <[[E|b.hollerbach@caritas-lahn-dill.de]]>
An: Sozialamt Lahnfels <[[N|sozialamt@lahnfels.de]]>

Sehr geehrte Frau [[P|Lindner]],

im Auftrag von Herrn [[P|Yonas Tesfamariam]] (geb. [[DOB|01.01.1979]]) und Frau [[P|Saba Gebremedhin]] (geb. [[DOB|01.01.1985]]) reiche ich die fehlenden Angaben nach, die Vollmacht liegt Ihnen vor:

- Rentenversicherungsnummer Herr [[P|Tesfamariam]]: [[SSN|{ssn_tesfamariam}]], Steuer-ID: [[TID|{tax_id_tesfamariam}]]
- Steuer-ID Frau [[P|Gebremedhin]]: [[TID|{tax_id_gebremedhin}]]
- Geburtsurkunden der beiden Kinder in Kopie anbei
- Anschrift unverändert: [[A|Limburger Weg 9]], [[N|Whg. 4]], [[A|35599 Lahnfels]]

Herr [[P|Tesfamariam]] arbeitet seit 01.09.2025 in Teilzeit (20 Std.) als Lagerhelfer, die erste Lohnabrechnung reiche ich nach, sobald sie da ist.

Mit freundlichen Grüßen
[[P|Beate Hollerbach-Yıldız]]
Migrationsberatung für Erwachsene
Caritasverband Lahn-Dill e. V.
Tel. [[T|06441 2077-15]]
""")

doc("word", "vermerk_auskunftssperre", [], """
Vermerk Meldebehörde – Antrag auf Eintragung einer Auskunftssperre (§ 51 Abs. 1 BMG)

Antragstellerin: [[P|Jelena Petrović]], geb. [[P|Kraus]], geboren am [[DOB|27.06.1984]]
Anschrift: [[A|Ringstraße 44a]], [[A|35599 Lahnfels]]
Mitbetroffen: zwei minderjährige Kinder

Sachverhalt: Frau [[P|Petrović]] sprach am 29.09.2025 persönlich im Bürgerbüro vor. Sie legte einen Beschluss des Amtsgerichts Wetzlar nach dem Gewaltschutzgesetz (Az. [[AZ|62 F 311/25 EAGS]]) gegen ihren früheren Lebensgefährten, Herrn [[P|Dragan Ilić]], vor. Herr [[P|Ilić]] habe mehrfach versucht, über Bekannte und die frühere Vermieterin ihre neue Anschrift in Erfahrung zu bringen.

Ergebnis: Die Voraussetzungen des § 51 Abs. 1 BMG sind glaubhaft gemacht. Auskunftssperre für Frau [[P|Petrović]] und beide Kinder eingetragen, befristet bis 30.09.2027. Auf die Verlängerungsmöglichkeit wurde hingewiesen.

Bearbeitet: [[P|Aylin Öztürk-Sander]], Bürgerbüro, 29.09.2025
""")

doc("outlook", "hundesteuer_abmeldung", [], f"""
Betreff: hundesteuer abmeldung

guten tag,

unser hund ist leider am 2.9. gestorben (sie war 14), ich möchte sie hiermit abmelden. kasenzeichen ist [[AZ|3.2024.581230]] galube ich, steht auf dem alten bescheid. bitte die zuviel gezahlte steuer zurück auf konto [[IBAN|{iban_karagiannis}]] (kontoinhaber ist mein mann [[P|christos karagiannis]]).
die hundemarke werf ich in ihren briefkasten.

danke
[[P|maria karagianni]]
[[A|lahnstr. 31]]
[[A|35599 lahnfels]]
""")

doc("word", "pfaendungsverfuegung", [], f"""
Stadt Lahnfels · Der Magistrat · Stadtkasse – Vollstreckungsstelle
Stadt Lahnfels · [[N|Postfach 11 40]] · [[N|35597 Lahnfels]]

Lahntrans Spedition GmbH
Personalabteilung
[[N|Industriestraße 20-22]]
[[N|35614 Aßlar]]

Aktenzeichen: [[AZ|VS-2025-00731]]
Sachbearbeiter: [[P|Sven Ludwig]], Telefon [[T|06447 808-530]]
Lahnfels, 14.10.2025

Pfändungs- und Einziehungsverfügung (§§ 309, 314 AO i. V. m. § 15 HessVwVG)

Vollstreckungsschuldner: Herr [[P|Rüdiger Lautenschläger]], geb. [[DOB|05.05.1970]], [[A|Eulenweg 3]], [[A|35599 Lahnfels]]

Rückständige Beträge:
Grundsteuer B 2024, Kassenzeichen [[AZ|6.2024.187702]]	412,00 EUR
Säumniszuschläge (§ 240 AO)	24,50 EUR
Mahngebühren	10,00 EUR
Kosten dieser Verfügung	28,70 EUR
Gesamt	475,20 EUR

Wegen dieser Beträge wird der angebliche Anspruch des Vollstreckungsschuldners gegen Sie als Arbeitgeberin auf Zahlung des gegenwärtigen und künftigen Arbeitseinkommens im Rahmen der Pfändungsfreigrenzen (§ 850c ZPO) gepfändet. Sie dürfen an den Vollstreckungsschuldner nicht mehr zahlen, soweit die Pfändung reicht. Den pfändbaren Betrag überweisen Sie bitte an die Stadtkasse Lahnfels, IBAN [[N|{CITY_IBAN}]], Verwendungszweck [[AZ|VS-2025-00731]].

Bitte geben Sie binnen zwei Wochen die Drittschuldnererklärung nach § 316 AO ab. Eine Pfändung des Kontos [[IBAN|{iban_lautenschlaeger}]] bei der Volksbank Mittelhessen ist gleichzeitig erfolgt.

Im Auftrag
[[P|Sven Ludwig]]
""")

doc("outlook", "fundbuero_geldboerse", [], f"""
Betreff: Fundsache Geldbörse – Ihr Personalausweis
Von: Fundbüro Lahnfels <[[N|fundbuero@lahnfels.de]]>
An: [[E|k.wisniewski@elektro-wisniewski.de]]

Sehr geehrter Herr [[P|Wiśniewski]],

im Fundbüro der Stadt Lahnfels wurde am 30.09.2025 eine schwarze Geldbörse abgegeben, in der sich unter anderem Ihr Personalausweis (Nr. [[IDC|{idc_wisniewski}]]), Ihre Gesundheitskarte (Versichertennummer [[KV|{kv_wisniewski}]]) und Ihre Visitenkarte befinden; daher schreiben wir Sie per E-Mail an. Bargeld war nicht enthalten.

Die Börse wurde von Frau [[P|Lucia Ferreira]] gefunden, die einen Anspruch auf Finderlohn nach § 971 BGB hat und mit der Weitergabe ihrer Telefonnummer einverstanden ist: [[T|0162 5519 073]].

Sie können die Fundsache (Fundnummer [[N|F-2025-0412]]) zu den Öffnungszeiten des Bürgerbüros abholen. Bitte bringen Sie einen Reisepass oder ein anderes Lichtbilddokument mit; der Verlust des Ausweises muss nicht gemeldet werden, solange er nicht gesperrt ist.

Mit freundlichen Grüßen
[[P|Tobias Wendland]]
Bürgerbüro / Fundbüro
Stadt Lahnfels · [[N|Marktplatz 1]] · [[N|35599 Lahnfels]] · Telefon [[N|06447 808-0]]
""")

doc("word", "aktenvermerk_bestattungskosten", ["RELIGION"], """
Aktenvermerk – Antrag auf Übernahme der Bestattungskosten nach § 74 SGB XII
Az.: [[AZ|50.1-Best-0044/25]]

Verstorbene: Frau [[P|Fatima Benali]], geb. [[P|El Idrissi]], * [[DOB|12.05.1938]] in Oujda, † 21.09.2025, zuletzt wohnhaft [[A|Am Hainbach 10]], [[A|35599 Lahnfels]]
Antragsteller: Sohn [[P|Karim Benali]], Wiesbaden, Tel. [[T|0049 611 4477302]]

Herr [[P|Benali]] sprach am 26.09.2025 vor. Die Beisetzung erfolgte am 23.09.2025 nach islamischem Ritus ohne Sarg auf dem muslimischen Grabfeld des Friedhofs Niederhausen; die rituelle Waschung wurde von der Moscheegemeinde in Wetzlar übernommen, der die Familie seit Jahrzehnten angehört. Die Rechnung des Bestattungsinstituts (Nr. [[N|2025-311]]) über 3.860,00 EUR liegt vor, ebenso die Gebührenrechnung der Friedhofsverwaltung über 1.240,00 EUR.

[[P|Fatima Benali]]s Nachlass besteht nach Angaben des Sohnes aus einem Girokonto mit einem Guthaben von etwa 600,00 EUR. Die Einkommens- und Vermögensverhältnisse der Kinder werden mit dem Vordruck [[N|SH-74]] erfragt; eine Tochter in Lahnfels und ein Sohn in Marokko sind noch anzuschreiben.

Weiteres Vorgehen: Fristsetzung 31.10.2025, danach Entscheidung.
[[P|A. Lindner]], 29.09.2025
""")

doc("outlook", "rueckrufbitte", [], f"""
Betreff: Rückrufbitte Herr [[P|Ivanović]] – Az. [[AZ|32.1-OWi-2025/03981]]

Hallo [[P|Katrin]],

Herr [[P|Nenad Ivanović]] hat um 11:15 Uhr angerufen, wegen seines Bußgeldbescheids. Er will die 128,50 € sofort per Kreditkarte zahlen und hat mir am Telefon einfach die Nummer diktiert: [[CC|{cc_ivanovic}]] (American Express). Hab ihm gesagt, dass das so nicht geht, er war ziemlich sauer. Bitte ruf ihn zurück unter [[T|0176 3328 1150]], am besten heute noch.

Danke!
[[P|Mandy]] (Zentrale)
""")


# ---------------------------------------------------------------- checks
def iban_ok(value):
    v = value.replace(" ", "")
    digits = "".join(str(int(c, 36)) for c in v[4:] + v[:4])
    return int(digits) % 97 == 1


def luhn_ok(value):
    v = value.replace(" ", "").replace("-", "")
    return luhn_check(v[:-1]) == int(v[-1])


def tax_id_ok(value):
    v = value.replace(" ", "")
    counts = [v[:10].count(d) for d in "0123456789"]
    return (len(v) == 11 and v[0] != "0" and max(counts) <= 3 and sum(1 for c in counts if c >= 2) == 1
            and mod11_10_check(v[:10]) == int(v[10]))


def vat_ok(value):
    return value.startswith("DE") and len(value) == 11 and mod11_10_check(value[2:10]) == int(value[10])


def ssn_ok(value):
    v = value.replace(" ", "")
    code = ord(v[8]) - ord("A") + 1
    vals = [int(c) for c in v[:8]] + [code // 10, code % 10] + [int(c) for c in v[9:11]]
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum(digit_sum(a * w) for a, w in zip(vals, weights)) % 10 == int(v[11])


def kvnr_ok(v):
    code = ord(v[0]) - ord("A") + 1
    vals = [code // 10, code % 10] + [int(c) for c in v[1:9]]
    return sum(digit_sum(a * (1 if i % 2 == 0 else 2)) for i, a in enumerate(vals)) % 10 == int(v[9])


def nl_ok(value):
    v = value.replace(" ", "")
    acct = v[8:]
    return sum(int(d) * (10 - i) for i, d in enumerate(acct)) % 11 == 0


CHECKS = {"IBAN": iban_ok, "CREDIT_CARD": luhn_ok, "TAX_ID": tax_id_ok, "VAT_ID": vat_ok,
          "SOCIAL_SECURITY": ssn_ok, "HEALTH_INSURANCE": kvnr_ok}


def main():
    lines = []
    for n, (channel, template, flags, marked) in enumerate(DOCS, 1):
        rec = build(f"b34-{n:03d}", channel, template, marked, flags)
        for e in rec["entities"]:
            check = CHECKS.get(e["category"])
            assert check is None or check(e["text"]), (rec["id"], e)
            if e["category"] == "IBAN" and e["text"].startswith("NL"):
                assert nl_ok(e["text"]), e
        for s in rec["neutral"]:
            if s["text"].replace(" ", "").startswith("DE") and len(s["text"].replace(" ", "")) == 22:
                assert iban_ok(s["text"]), s
        lines.append(rec)
    assert len(lines) == 30
    with open(os.path.join(HERE, "fresh34.jsonl"), "w", encoding="utf-8") as f:
        for rec in lines:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    cats = collections.Counter(e["category"] for r in lines for e in r["entities"])
    flags = collections.Counter(fl for r in lines for fl in r["specialCategories"])
    channels = collections.Counter(r["channel"] for r in lines)
    total = sum(cats.values())
    neutral = sum(len(r["neutral"]) for r in lines)
    unflagged = sum(1 for r in lines if not r["specialCategories"])
    cat_text = ", ".join(f"{c} {n}" for c, n in cats.most_common())
    flag_text = ", ".join(f"{c} {n}" for c, n in flags.most_common())
    readme = (
        "# fresh34.jsonl — Stadt Lahnfels (invented Hessian mid-size city)\n\n"
        f"Generated by `make_batch34.py` (seed 3434034): {len(lines)} documents ({channels['word']} Word, "
        f"{channels['outlook']} Outlook), {total} labelled entities and {neutral} neutral spans from the Magistrat of "
        "Lahnfels — Bürgerbüro, Ordnungsamt, Sozialamt, Schulverwaltung, Seniorenbeirat and Stadtkasse. Word documents: "
        "letters and Bescheide with address windows (Anhörung Verwarnungsgeld, Hilfe zur Pflege, Gastschulantrag, "
        "Versammlungsbestätigung, Pfändungs- und Einziehungsverfügung), internal Vermerke (Schülerbeförderung, "
        "Fingerabdruckerfassung, Auskunftssperre, Bestattungskosten), a phone note, a Kurzmitteilung, minutes with an "
        "attendance list in `Nachname, Vorname` form, and tab tables (Rechnungsprüfung, Rücklastschriften, "
        "Teilnehmerliste). Outlook mails: lower-case citizen mails with typos, forwarded chains with `Von: Name, "
        "Vorname` and `Am … schrieb` headers, an English and an English/Dutch mail, internal staff mails and "
        "signatures. Names are German, Turkish, Arabic, Moroccan, Polish, Ukrainian/Russian, Serbian/Croatian/"
        "Bosnian, Greek, Italian, Vietnamese, Ghanaian, Nigerian, Eritrean, Dutch, Sinti, with double names, particles "
        "(von der, van den, von), initials, nicknames (Emeka), first-name-only mentions, birth names (geb. …) and "
        f"genitives (label without the genitive s). Entities per category: {cat_text}. Identifiers are generated "
        "with check digits (IBANs DE, AT and NL with a Rabobank account passing the elfproef; Visa and Amex Luhn; "
        "Steuer-ID, USt-IdNr., Rentenversicherungs- and Krankenversichertennummer; ID card and passport serials "
        "with and without ICAO check digit; Steuernummer in NRW, 13-digit NRW and Bavarian layout) and re-checked "
        f"before writing. Special-category flags: {flag_text}; {unflagged} documents carry none (among them ones "
        "naming a Krankenkasse, a Gesundheitskarte or a Lichtbild harmlessly). Hard negatives, neutral or unmarked: "
        "the city's Marktplatz/Postfach address, switchboard 06447 808-0, functional mailboxes, the Stadtkasse IBAN, "
        "a club's IBAN, a GmbH's address and VAT ID, invoice/receipt/booking/Drucksache/course/Fund/personnel "
        "numbers, amounts, § references, non-birth dates, street names without number (Brückenstraße, Hintergasse, "
        "Grundschule am Schloßberg), apartment details (Erdgeschoss, 2. OG, Whg. 4), and surname-like nouns "
        "(im Winter, der Bäcker am Marktplatz) beside people called Winter, Vogel and Bäcker.\n"
    )
    # The writer's summary went to its own README.md; in this folder it is a section of the shared README.
    print(len(lines), "documents,", total, "entities,", neutral, "neutral")
    print(cats)
    print(flags, channels)


if __name__ == "__main__":
    main()
