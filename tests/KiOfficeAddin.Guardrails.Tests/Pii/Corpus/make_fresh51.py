#!/usr/bin/env python3
"""Batch 51: a held-out set for the German PII detector, written blind (no detector source read).

Setting: the invented Berlin district office "Bezirksamt Spreebogen" (Bürgeramt, Wohnungsamt with WBS and
Zweckentfremdung, Elterngeldstelle, Schulamt, Jobcenter referrals). Inline marks [[CAT|text]] / [[N|text]] are
turned into offsets by marks.build(). Identifiers come from identifiers.Identifiers (seed 5151) and are re-checked
here with independent implementations of their check-digit rules before anything is written.
"""
import json
import os
import sys

sys.dont_write_bytecode = True
CORPUS = os.path.dirname(os.path.abspath(__file__))  # marks.py and identifiers.py sit beside this file
sys.path.insert(0, CORPUS)
from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban  # noqa: E402

OUT_DIR = os.path.dirname(os.path.abspath(__file__))
ids = Identifiers(5151)


# ---------------------------------------------------------------- identifier helpers
def tax_id_spaced(t):
    return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"


def ssn_spaced(s):
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"


def iban_nl(bank):
    # Dutch account number that also passes the old "elfproef" (weights 10..1, sum divisible by 11).
    while True:
        acct = ids.digits(10)
        if sum(int(d) * (10 - i) for i, d in enumerate(acct)) % 11 == 0:
            return mod97_iban("NL", bank + acct)


def tax_number_berlin():
    return f"{ids.rng.choice(['27', '29', '30', '31', '34', '37'])}/{ids.digits(3)}/{ids.digits(5)}"


def tax_number_berlin_federal():
    # 13-digit federal form for Berlin: 11 + FF + 0 + BBB + UUUUP
    return "11" + ids.rng.choice(["27", "29", "30", "31", "34", "37"]) + "0" + ids.digits(3) + ids.digits(5)


# ---------------------------------------------------------------- identifiers, generated in a fixed order
CITY_IBAN = group(ids.iban_de(), 4)                 # Bezirkskasse: neutral
IBAN_NL_EMILY = group(iban_nl("BUNQ"), 4)
IBAN_DE_SEVGI = group(ids.iban_de(), 4)
IBAN_DE_VOGEL = ids.iban_de()                       # written compact
IBAN_AT_FLORIAN = group(ids.iban("AT", 16), 4)
IBAN_DE_FIEDLER = group(ids.iban_de(), 4)

TID_EMILY = ids.tax_id()
TID_JULIA = ids.tax_id()
TID_SEVGI = ids.tax_id()

SSN_MARTA = ids.social_security("220691", "N")     # birth name Nowicka
SSN_IONUT = ids.social_security("270479", "P")     # Popescu, born 27.04.1979

KV_BAO = ids.health_insurance()
KV_IONUT = ids.health_insurance()
KV_MATTEO = ids.health_insurance()

CC_VISA_PRIYA = ids.credit_card("4", 16)
CC_AMEX_LARS = ids.credit_card("37", 15)
CC_MC_SABINE = ids.credit_card("5", 16)

VAT_KIEZKRAFT = ids.vat_id()
VAT_KRUEGER = ids.vat_id()
TNR_KIEZKRAFT = tax_number_berlin()
TNR_KRUEGER = tax_number_berlin_federal()

IDC_MEMO = ids.id_card(check_digit=False)
IDC_THANH = ids.id_card(check_digit=True)
PASS_JOVANOVIC_OLD = ids.passport(check_digit=True)
PASS_JOVANOVIC_NEW = ids.passport(check_digit=False)
PASS_UK_OLIVER = ids.digits(9, first_nonzero=True)
PASS_RO_MIHAI = "0" + ids.digits(8)
IDC_RO_ANDREEA = "SB " + ids.digits(6, first_nonzero=True)


def cc_spaced(c):
    return group(c, 4) if len(c) == 16 else f"{c[:4]} {c[4:10]} {c[10:]}"


# ---------------------------------------------------------------- office constants (all neutral)
OFFICE_ADDR = "[[N|Spreebogenplatz 1]], [[N|10557 Berlin]]"
SWITCHBOARD = "[[N|(030) 90277-0]]"

DOCS = []


def doc(channel, template, flags, text):
    DOCS.append((channel, template, flags, text.strip("\n")))


# ================================================================= F51-001
doc("outlook", "wbs_anfrage", ["HEALTH"], """
Betreff: WBS Antrag - frage wegen Bearbeitung

Sehr geehrte Damen und Herren,

ich habe am 14.01.2025 Antrag für Wohnberechtigungsschein abgegeben bei Ihnen im Wohnungsamt. Bis jetzt keine Antwort. Wir sind 5 Personen in 2 Zimmer Wohnung, [[A|Beusselstraße 38a]], [[N|Hinterhaus 4. OG]], [[A|10553 Berlin]]. Die Wohnung hat Schimmel in Kinderzimmer, unser Sohn [[P|Omar]] (geb. [[DOB|17.09.2016]]) hat seit letzte Winter Asthma und braucht Inhalator jeden Tag, Kinderarzt hat Attest geschrieben.

Antragsteller bin ich, [[P|Mahmoud Al-Khatib]], geboren [[DOB|02.03.1984]] in Aleppo. Meine Frau [[P|Rasha Al-Khatib]] und die Kinder [[P|Lina]], [[P|Omar]] und [[P|Yousef]] wohnen mit mir.

Die Sozialarbeiterin vom Stadtteilzentrum sagt vielleicht fehlt eine Unterlage? Bitte sagen Sie was fehlt, wir bringen sofort.

Telefon: [[T|0176 4418 2290]]
E-Mail: [[E|mahmoud.alkhatib84@gmail.com]]

Mit freundlichen Grüßen
[[P|Mahmoud Al-Khatib]]
""")

# ================================================================= F51-002
doc("word", "wbs_bescheid", [], f"""
Bezirksamt Spreebogen von Berlin
Abteilung Stadtentwicklung und Bürgerdienste · Wohnungsamt
{OFFICE_ADDR}

Herrn und Frau
[[P|Berzan Doğan]] und [[P|Ronahî Doğan]]
[[A|Rostocker Str. 17]]
[[A|10553 Berlin]]

Geschäftszeichen: [[AZ|WoA 21 – 4471/2025]]
Bearbeiterin: [[P|Ulrike Szymański-Hoffmann]]
Telefon: [[T|(030) 90277-4317]]
E-Mail: [[N|wohnungsamt@ba-spreebogen.berlin.de]]
Datum: 28.02.2025

Bescheid über die Erteilung eines Wohnberechtigungsscheins (WBS 140)

Sehr geehrte Eheleute [[P|Doğan]],

auf Ihren Antrag vom 09.01.2025 wird Ihnen gemäß § 5 Wohnungsbindungsgesetz i. V. m. § 27 Wohnraumförderungsgesetz ein Wohnberechtigungsschein erteilt. Ihr anrechenbares Gesamteinkommen liegt mit 31.480,00 EUR innerhalb der Einkommensgrenze von 140 %.

Der Wohnberechtigungsschein gilt für folgende Haushaltsangehörige:

Name, Vorname\tGeburtsdatum\tVerhältnis zum Antragsteller
[[P|Doğan, Berzan]]\t[[DOB|11.05.1988]]\tAntragsteller
[[P|Doğan, Ronahî]]\t[[DOB|23.10.1991]]\tEhefrau
[[P|Doğan, Zilan]]\t[[DOB|04.02.2014]]\tTochter
[[P|Doğan, Baran]]\t[[DOB|30.07.2019]]\tSohn

Angemessen ist eine Wohnung mit bis zu 4 Zimmern oder bis zu 90 m² Wohnfläche. Der Wohnberechtigungsschein ist bis zum 27.02.2026 gültig und gilt im gesamten Land Berlin. Die Erteilung ist gebührenfrei.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch beim Bezirksamt Spreebogen von Berlin, Wohnungsamt, {OFFICE_ADDR}, erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Szymański-Hoffmann]]
""")

# ================================================================= F51-003
doc("outlook", "zweckentfremdung_hinweis", [], """
Betreff: ferienwohnung im haus

hallo,

ich wohne in der [[A|wiclefstraße 14]] im vorderhaus und im [[N|3. og links]] wird seit monaten die wohnung an touristen vermietet, fast jedes wochenende neue leute mit rollkoffern, nachts party auf dem balkon. die wohnung gehört glaub ich einem herrn [[P|albedyll]] oder so, der wohnt selbst gar nicht in berlin. eine reinigungsfirma kommt immer montags mit einem weißen transporter [[KFZ|B-RK 4471]] und holt die bettwäsche ab.

auf airbnb heißt das inserat "cozy loft moabit near hauptbahnhof", die nummer vom inserat ist 71148829 falls das hilft.

meine nachbarin frau [[P|yılmaz]] aus dem 2. og kann das auch bestätigen, sie ist unter [[T|0157 3312 0945]] erreichbar (bitte nach 17 uhr).

lg
[[P|jana]]

--
[[P|Jana Wieczorek]]
[[A|Wiclefstraße 14]]
[[A|10551 Berlin]]
""")

# ================================================================= F51-004
doc("word", "zweckentfremdung_anhoerung", [], f"""
Bezirksamt Spreebogen von Berlin
Abt. Stadtentwicklung und Bürgerdienste · Wohnungsamt – Zweckentfremdung
{OFFICE_ADDR} · Tel. {SWITCHBOARD}

Herrn
Dipl.-Kfm. [[P|Friedrich-Wilhelm von Albedyll]]
c/o Hausverwaltung [[P|Krüger]]
[[A|Postfach 31 04 22]]
[[A|10634 Berlin]]

Ihr Zeichen: FWA/ks
Unser Zeichen: [[AZ|ZwE 3.2-0193/25]]
Datum: 12.03.2025

Anhörung gemäß § 28 VwVfG – Verdacht der Zweckentfremdung von Wohnraum
Objekt: [[A|Wiclefstraße 14]], [[N|Vorderhaus, 3. OG links]], [[A|10551 Berlin]]

Sehr geehrter Herr [[P|von Albedyll]],

nach unseren Ermittlungen wird die oben genannte Wohnung, deren Eigentümer Sie laut Grundbuch sind, seit mindestens Oktober 2024 wiederholt tage- und wochenweise an wechselnde Gäste überlassen (Inserat-Nr. 71148829 auf einer Buchungsplattform). Eine Genehmigung nach § 3 Abs. 1 ZwVbG liegt nicht vor, eine Registriernummer wurde nicht angezeigt. Laut Melderegister ist unter der Anschrift seit dem 01.09.2023 niemand gemeldet.

Die Zweckentfremdung von Wohnraum ohne Genehmigung ist eine Ordnungswidrigkeit, die gemäß § 7 Abs. 3 ZwVbG mit einer Geldbuße bis zu 500.000 EUR geahndet werden kann. Zugleich kommt eine Anordnung zur Wiederzuführung zu Wohnzwecken nach § 4 ZwVbG in Betracht.

Sie erhalten Gelegenheit, sich bis zum 04.04.2025 schriftlich zu äußern. Bitte legen Sie insbesondere die Mietverträge seit 2023 und eine Aufstellung der Belegungstage vor. Äußern Sie sich nicht, wird nach Aktenlage entschieden.

Mit freundlichen Grüßen
Im Auftrag

[[P|Kerem Aksoy]]
Sachbearbeitung Zweckentfremdung
Tel. [[T|(030) 90277-4382]]
[[E|kerem.aksoy@ba-spreebogen.berlin.de]]
""")

# ================================================================= F51-005
doc("outlook", "elterngeld_expat", [], f"""
Betreff: Elterngeld application – question about documents / Frage zu Unterlagen

Hi there / Sehr geehrte Damen und Herren,

sorry for writing in English, my German is still B1. We sent our Elterngeld application by post on 20 March. Our daughter [[P|Maeve]] was born on [[DOB|3 February 2025]] at the Virchow hospital.

Applicant: [[P|Emily O'Connor]], date of birth [[DOB|14/08/1990]]
Partner: [[P|Daniel Okafor-Reed]] (not married, Vaterschaftsanerkennung done at the Jugendamt)
Steuer-ID Emily: [[TID|{TID_EMILY}]]
Address: [[A|Stromstraße 61]], [[A|10551 Berlin]]

We would like the payment to go to our joint account at bunq: IBAN [[IBAN|{IBAN_NL_EMILY}]]. Is a Dutch IBAN okay or do we need a German one?

Also: [[P|Daniel]]'s employer (a start-up in Kreuzberg) only gave him a salary statement in English, no "Verdienstbescheinigung". Is that accepted, or does it have to be the official form?

Thanks a lot / vielen Dank!
[[P|Emily]]

--
[[P|Emily O'Connor]]
[[T|+49 1523 7761043]]
[[E|emily.oconnor@posteo.de]]
""")

# ================================================================= F51-006
doc("word", "elterngeld_vermerk", ["SEXUAL_ORIENTATION"], f"""
Bezirksamt Spreebogen von Berlin – Jugendamt – Elterngeldstelle
Vermerk zur Akte [[AZ|EG 4-11873/25]]

Antrag auf Elterngeld für das Kind [[P|Mila Brandt]], geb. [[DOB|19.12.2024]]

Antragstellende:
1. [[P|Julia Brandt]], geb. [[DOB|07.06.1989]], Steuer-ID [[TID|{tax_id_spaced(TID_JULIA)}]]
2. [[P|Sevgi Aydın-Brandt]], geb. [[DOB|15.01.1987]], Steuer-ID [[TID|{TID_SEVGI}]]
Anschrift: [[A|Lübecker Straße 22]], [[A|10559 Berlin]]

Sachverhalt:
Die Antragstellerinnen sind seit 2021 miteinander verheiratet; die leibliche Mutter ist Frau [[P|Aydın-Brandt]]. Ihre Ehefrau ist nach geltendem Abstammungsrecht nicht rechtlicher Elternteil, die Stiefkindadoption ist beim Familiengericht anhängig (Az. [[AZ|163 F 2207/25]]). Als im Haushalt lebende Ehegattin der Mutter ist sie nach § 1 Abs. 3 Satz 1 Nr. 2 BEEG anspruchsberechtigt.

Bezugszeiträume: Mutter Lebensmonate 1–10 (Basiselterngeld), Ehegattin Lebensmonate 11–14 (Partnermonate). Die Mutterschaftsleistungen der Techniker Krankenkasse werden auf die Monate 1 und 2 angerechnet.

Auszahlung für beide auf das gemeinsame Konto [[IBAN|{IBAN_DE_SEVGI}]].

Offene Punkte wurden am 03.03.2025 mit Frau [[P|Brandt]] telefonisch unter [[T|0151 4470 9921]] geklärt. Bescheid kann ergehen.

05.03.2025, [[P|Schwarzkopf]]
""")

# ================================================================= F51-007
doc("outlook", "elterngeld_weiterleitung", ["HEALTH"], f"""
Betreff: WG: Verdienstbescheinigung Elterngeld - [[P|Kowalczyk]]

Sehr geehrte Damen und Herren,

anbei leite ich Ihnen die Nachricht unserer Personalabteilung weiter, mit der Bitte, die Bescheinigung zu meinem Elterngeldantrag zu nehmen. Mein Aktenzeichen ist [[AZ|EG 4-12054/25]].

Viele Grüße
[[P|Marta Kowalczyk]]

-----Ursprüngliche Nachricht-----
Von: [[P|Lehmkuhl, Sabine]] <[[E|s.lehmkuhl@nordhafen-logistik.de]]>
Gesendet: Dienstag, 11. März 2025 10:42
An: [[P|Kowalczyk, Marta]] <[[E|marta.kowalczyk@wp.pl]]>
Cc: [[N|personal@nordhafen-logistik.de]]
Betreff: Verdienstbescheinigung Elterngeld

Hallo Frau [[P|Kowalczyk]],

anbei wie besprochen die Verdienstbescheinigung für die zwölf Monate vor Beginn des Mutterschutzes. Ihre Sozialversicherungsnummer haben wir als [[SSN|{ssn_spaced(SSN_MARTA)}]] hinterlegt – bitte prüfen Sie, ob das noch stimmt, im System steht noch Ihr Geburtsname [[P|Nowicka]].

Da [[P|Zofia]] ja schon in der 31. Schwangerschaftswoche zur Welt gekommen ist und sechs Wochen auf der Neonatologie lag, verlängert sich Ihre Schutzfrist nach der Geburt auf 18 Wochen – das haben wir schon berücksichtigt. Alles Gute für die Kleine!

Beste Grüße
[[P|Sabine Lehmkuhl]]
Personalabteilung
Nordhafen Logistik GmbH & Co. KG
[[N|Am Westhafen 12]] · [[N|13353 Berlin]]
Tel. [[T|030 3988 1172]]
""")

# ================================================================= F51-008
doc("word", "schulplatz_zuweisung", [], f"""
Bezirksamt Spreebogen von Berlin
Abteilung Schule, Sport und Weiterbildung · Schul- und Sportamt
{OFFICE_ADDR}

Frau
[[P|Desislava Petrova]]
c/o [[P|Hristo Stoyanov]]
[[A|Waldstraße 51]]
[[A|10551 Berlin]]

Geschäftszeichen: [[AZ|SchA 2.1 – 0877/25]]
Berlin, 06.05.2025

Zuweisung eines Schulplatzes für Ihr Kind [[P|Viktor Petrov]], geb. [[DOB|21.11.2016]]

Sehr geehrte Frau [[P|Petrova]],

Ihr Sohn [[P|Viktor]] ist seit dem 10.02.2025 in Berlin gemeldet und damit nach § 41 des Schulgesetzes schulpflichtig. Wir weisen [[P|Viktor]] ab dem 19.05.2025 der Willkommensklasse der Heinrich-Zille-Grundschule, Kirchstraße, zu. Bitte melden Sie ihn dort bis zum 16.05.2025 im Sekretariat an (Sprechzeiten Mo–Do 8–12 Uhr).

Für Ihre ältere Tochter erhalten Sie ein gesondertes Schreiben.

Zum Anmeldetermin bringen Sie bitte die Geburtsurkunde, die Meldebescheinigung und, falls vorhanden, [[P|Viktors]] letztes Zeugnis aus Bulgarien mit. Eine Dolmetscherin für Bulgarisch kann über das Schulamt angefordert werden.

Gegen diese Zuweisung kann innerhalb eines Monats Widerspruch erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Hannelore Baumgart]]
Tel. [[T|(030) 90277-5120]], Zentrale {SWITCHBOARD}
""")

# ================================================================= F51-009
doc("outlook", "schulamt_beurlaubung", ["RELIGION"], """
Betreff: Beurlaubung Opferfest – Schulleitung lehnt ab

Sehr geehrte Damen und Herren,

unsere Tochter [[P|Elif Şahin]] (Klasse 4b, Heinrich-Zille-Grundschule) soll am 06.06. und 10.06.2025 vom Unterricht befreit werden. Wir sind eine muslimische Familie und feiern das Opferfest (Kurban Bayramı) mit der Familie in Duisburg, das ist für uns ein wichtiger religiöser Feiertag. Der Schulleiter Herr Dr. [[P|Brenner]] hat den Antrag abgelehnt, weil es direkt vor dem Pfingstwochenende ist. In anderen Bundesländern ist das an religiösen Feiertagen doch erlaubt?

Bitte prüfen Sie das. Wir danken Ihnen.

Mit freundlichen Grüßen
[[P|Hatice Şahin]] und [[P|Murat Şahin]]
[[A|Huttenstraße 8]], [[A|10553 Berlin]]
[[T|0163 8872 115]]
""")

# ================================================================= F51-010
doc("word", "schulamt_sibuz_vermerk", ["HEALTH"], f"""
Schul- und Sportamt Spreebogen – SIBUZ (Schulpsychologisches und Inklusionspädagogisches Beratungs- und Unterstützungszentrum)

Gesprächsvermerk

Datum: 14.04.2025
Teilnehmende: Frau [[P|Nguyễn Thị Thu Hà]] (Mutter), Herr [[P|Trần Văn Hùng]] (Vater), Frau [[P|Katrin Oberländer]] (SIBUZ), eine Erzieherin der Kita Spatzennest

Kind: [[P|Trần Gia Bảo]], geb. [[DOB|30.08.2019]]
Anschrift: [[A|Perleberger Straße 40]], [[A|10559 Berlin]]
Krankenkasse: AOK Nordost, Versichertennummer [[KV|{KV_BAO}]]

Anlass: Einschulung zum Schuljahr 2025/26, Feststellung eines sonderpädagogischen Förderbedarfs.

Ergebnis:
Bei [[P|Bảo]] wurde im Sozialpädiatrischen Zentrum im Januar 2025 eine Autismus-Spektrum-Störung (ICD-10 F84.0) diagnostiziert. Er spricht wenig, reagiert stark auf Lärm und braucht feste Abläufe. Die Kita berichtet, dass er in der Kleingruppe gut zurechtkommt. Empfohlen wird Förderbedarf im Schwerpunkt Autismus mit Schulhelferstunden (ca. 15 Wochenstunden) an der Grundschule am Spreebogen.

Die Eltern stimmen zu. Der Vater arbeitet als Bäcker im Frühdienst, Termine daher bitte nachmittags. Frau [[P|Nguyễn]] ist unter [[T|0176 3019 4482]] erreichbar; Dolmetschen war nicht nötig, die Mutter übersetzte für ihren Mann.

Nächster Schritt: Förderausschuss am 12.05.2025.

gez. [[P|K. Oberländer]]
""")

# ================================================================= F51-011
doc("word", "jobcenter_zuweisung", [], f"""
Jobcenter Berlin Spreebogen
Team 623 – Markt & Integration

Kontaktweiterleitung an das Bezirksamt Spreebogen, Soziale Wohnhilfe

BG-Nummer:\t[[AZ|96201BG0047113]]
Kundennummer:\t[[AZ|962D118455]]
Name, Vorname:\t[[P|Popescu, Ionuț-Alexandru]]
Geburtsdatum:\t[[DOB|27.04.1979]]
Rentenversicherungsnummer:\t[[SSN|{SSN_IONUT}]]
Krankenversicherung:\tAOK Nordost, KVNR [[KV|{KV_IONUT}]]
Postanschrift:\tc/o Beratungsstelle Wohnungsnot, [[A|Lehrter Straße 68]], [[A|10557 Berlin]]
Telefon:\t[[T|+40 745 318 207]] (rumänische Nummer, WhatsApp)

Anlass:
Herr [[P|Popescu]] ist seit Dezember 2024 ohne eigene Unterkunft und übernachtet wechselnd bei Bekannten. Er arbeitet in Teilzeit als Lagerhelfer (Arbeitsvertrag liegt vor) und bezieht aufstockend Bürgergeld. Eine Unterbringung nach ASOG sowie Unterstützung bei der Wohnungssuche werden erbeten. Deutschkenntnisse A2, Verständigung auf Rumänisch und Italienisch möglich.

Unterlagen: Personalausweis (Kopie), Arbeitsvertrag, Bescheid vom 03.02.2025.

Ansprechpartnerin im Jobcenter:
[[P|Beate Kühnel-Ossowski]], Integrationsfachkraft
Tel. [[T|030 555596-2341]]
[[E|beate.kuehnel-ossowski@jobcenter-ge.de]]
""")

# ================================================================= F51-012
doc("outlook", "mieterstreit_kaution", [], f"""
Betreff: Kaution wird nicht zurückgezahlt - Bitte um Hilfe

Guten Tag,

mein Name ist [[P|Olena Kovalenko]], ich bin im April 2022 aus Charkiw nach Berlin gekommen und habe bis Ende Januar in der Wohnung [[A|Emdener Str. 9]], [[N|Seitenflügel 1. OG]], [[A|10551 Berlin]] gewohnt. Vermieter ist Herr [[P|Dr. Hartmut Vogel]].

Die Kaution von 1.650 EUR habe ich 2022 auf sein Konto [[IBAN|{IBAN_DE_VOGEL}]] überwiesen. Jetzt sagt Herr [[P|Vogel]], ich muss die Wände neu streichen, aber ich habe die Wohnung gestrichen übergeben, es gibt ein Übergabeprotokoll vom 31.01.2025. Meine Freundin [[P|Iryna]] war dabei als Zeugin. Er sagt auch, im Keller lag ein toter Vogel und das war meine Schuld, das ist nicht wahr.

Ist das Wohnungsamt dafür zuständig oder muss ich zum Mieterverein? Ich habe kein Geld für Anwalt.

Meine neue Adresse: [[A|Sickingenstraße 27]], [[A|10553 Berlin]]
Telefon [[T|+49 160 95512874]] (auch Viber)

З повагою / Mit freundlichen Grüßen
[[P|Olena Kovalenko]]
[[P|Олена Коваленко]]
""")

# ================================================================= F51-013
doc("word", "bvv_sachstandsbericht", [], f"""
Bezirksamt Spreebogen von Berlin
Abteilung Stadtentwicklung und Bürgerdienste

Vorlage zur Kenntnisnahme für die Bezirksverordnetenversammlung
Drucksache DS/0821/VI

Gegenstand: Sachstand Zweckentfremdungsverbot und Wohnberechtigungsscheine im Jahr 2024
Bezug: Beschluss der BVV vom 14.03.2024 (Drucksache DS/0633/VI), Große Anfrage DS/0790/VI

1. Ausgangslage
Das Zweckentfremdungsverbot-Gesetz (ZwVbG) in der Fassung vom 9. April 2018 untersagt es, Wohnraum ohne Genehmigung als Ferienwohnung zu vermieten, gewerblich zu nutzen, länger als drei Monate leer stehen zu lassen oder abzureißen. Zuständig sind nach § 2 Abs. 1 Nr. 3 ZustKat Ord die Bezirke. Im Bezirk Spreebogen ist die Aufgabe seit dem 01.01.2022 dem Wohnungsamt zugeordnet; dort sind derzeit 9,5 Stellen eingerichtet, von denen im Berichtsjahr durchschnittlich 7,8 besetzt waren.

2. Fallzahlen 2024
Im Berichtsjahr gingen 1.214 Hinweise ein (2023: 986), davon 61 % über das Online-Formular und 27 % per E-Mail an das Funktionspostfach [[N|zweckentfremdung@ba-spreebogen.berlin.de]]. Schwerpunkte lagen wie im Vorjahr in der Wiclefstraße, der Stephanstraße, rund um den Leopoldplatz und im Umfeld des Hauptbahnhofs. 412 Verfahren wurden eingeleitet, 287 abgeschlossen. In 143 Fällen wurde Wohnraum wieder Wohnzwecken zugeführt, davon 118 ehemalige Ferienwohnungen. 51 Bußgeldbescheide wurden erlassen; die festgesetzten Geldbußen beliefen sich auf insgesamt 1.046.500,00 EUR, vereinnahmt wurden bis zum 31.12.2024 bislang 388.210,47 EUR. Die höchste Einzelbuße betrug 120.000,00 EUR.

Genehmigungen wurden in 64 Fällen erteilt, überwiegend für die Nutzung einer Nebenwohnung (§ 3 Abs. 1 Satz 2 ZwVbG) und für Arztpraxen und Kitas im Erdgeschoss. Im Geltungsbereich des Bebauungsplans 1-67a (Lehrter Straße) wurde ein Antrag auf Abriss von 24 Wohnungen abgelehnt; das Widerspruchsverfahren ist anhängig.

3. Wohnberechtigungsscheine
Das Wohnungsamt hat 2024 insgesamt 6.922 Wohnberechtigungsscheine erteilt (2023: 5.740), davon 1.108 mit besonderem Wohnbedarf. Die durchschnittliche Bearbeitungszeit stieg im Winter 2024/25 auf 11,4 Wochen, weil die Fachsoftware nach dem Update auf Version 8.2 mehrere Wochen nur eingeschränkt nutzbar war (Rechnung Nr. 2024-11873 des Herstellers ist beanstandet). Seit Februar 2025 liegt die Bearbeitungszeit wieder bei rund sechs Wochen. Zusätzlich wurde eine Sprechstunde dienstags von 9 bis 12 Uhr eingerichtet; Termine können unter {SWITCHBOARD} oder über das Funktionspostfach [[N|wohnungsamt@ba-spreebogen.berlin.de]] vereinbart werden.

4. Zusammenarbeit mit dem Jobcenter und der Sozialen Wohnhilfe
Seit dem 01.07.2024 gibt es ein gemeinsames Verfahren zur Wohnungssicherung: Das Jobcenter Berlin Spreebogen meldet drohende Wohnungsverluste über ein Kontaktformular an die Soziale Wohnhilfe; Fallkonferenzen finden innerhalb von zehn Arbeitstagen statt. Im zweiten Halbjahr 2024 wurden 96 Fälle gemeldet, in 71 Fällen konnte die Wohnung erhalten werden. Die übernommenen Mietschulden (Darlehen nach § 22 Abs. 8 SGB II und § 36 SGB XII) beliefen sich auf 402.118,30 EUR.

5. Ausblick und Finanzierung
Für 2025 sind zwei zusätzliche Stellen (E 9b) beantragt. Die Mehrkosten von rund 138.000 EUR jährlich sollen aus den Einnahmen aus Geldbußen gedeckt werden (Kapitel 3800, Titel 11901). Das Bezirksamt wird der BVV im ersten Quartal 2026 erneut berichten. Ein Kurs zur Nutzung des neuen Online-Verfahrens für Hausverwaltungen wird von der Volkshochschule unter der Kursnummer SP-25-117 angeboten; Anmeldung über die VHS.

6. Auswirkungen auf den Haushalt
Keine über die unter Nummer 5 genannten hinaus.

7. Gleichstellung, Klimaschutz, Kinder- und Jugendverträglichkeit
Keine Auswirkungen.

Berlin, den 08.04.2025

[[P|Dr. Miriam Achterberg-Yıldız]]
Bezirksstadträtin für Stadtentwicklung und Bürgerdienste

Ansprechpartner: Herr [[P|Kerem Aksoy]], Wohnungsamt, Tel. [[T|(030) 90277-4382]]
""")

# ================================================================= F51-014
doc("outlook", "startup_gewerbe", [], f"""
Betreff: Gewerbeanmeldung Kiezkraft Labs UG – double charge & change of address

Hello,

we registered our company Kiezkraft Labs UG (haftungsbeschränkt) online on 3 March (booking no. BB-77412-Q). The fee of 26.00 EUR was first charged to my Visa [[CC|{cc_spaced(CC_VISA_PRIYA)}]], then the page crashed and my co-founder [[P|Lars]] paid again with his Amex [[CC|{cc_spaced(CC_AMEX_LARS)}]]. Could you please refund one of the two payments?

Also, the business address is changing: so far we used my private flat ([[A|Lehrter Straße 15]], [[A|10557 Berlin]]), from 1 May we will be at a coworking space at [[N|Alt-Moabit 101]], [[N|10559 Berlin]]. Do we need a new Gewerbeummeldung for that or is an email enough?

Details for your file:
Managing directors: [[P|Priya Raghunathan]], [[P|Lars Østergaard]]
Steuernummer: [[TNR|{TNR_KIEZKRAFT}]]
USt-IdNr.: [[VAT|{VAT_KIEZKRAFT}]]
Phone: [[T|+49 30 23591 4470]]

Thanks and best regards,
[[P|Priya]]

[[P|Priya Raghunathan]] | Co-Founder & CEO
Kiezkraft Labs UG (haftungsbeschränkt)
[[E|priya@kiezkraft.io]]
""")

# ================================================================= F51-015
doc("outlook", "buergeramt_chat", [], f"""
Betreff: termin perso

hallo

brauche dringend termin für neuen perso, meiner ist seit märz abgelaufen. alte ausweisnummer [[IDC|{IDC_MEMO}]]
name [[P|mehmet can öztürk]] geb [[DOB|12.4.99]], wohne [[A|turmstr 55]] [[A|10551 berlin]]

ich flieg am 2.6. in die türkei zur hochzeit von meinem cousin, geht das noch mit vorläufigem ausweis?? passfoto hab ich schon, das biometrische vom automat.

erreichbar unter [[T|01522 9184337]]

danke
[[P|memo]]
""")

# ================================================================= F51-016
doc("word", "buergeramt_vermerk_fingerabdruck", ["BIOMETRIC"], f"""
Amt für Bürgerdienste – Bürgeramt 2 (Rathaus Spreebogen)

Vermerk zum Antrag auf Ausstellung eines Reisepasses

Antragsteller: [[P|Dr. Aleksandar Jovanović]], geb. [[DOB|08.11.1975]] in Niš
Anschrift: [[A|Thomasiusstraße 19]], [[A|10557 Berlin]]
Bisheriger Reisepass: [[PASS|{PASS_JOVANOVIC_OLD}]], gültig bis 14.07.2025
Neuer Reisepass, Seriennummer: [[PASS|{PASS_JOVANOVIC_NEW}]]

Sachverhalt:
Bei der Erfassung der Fingerabdrücke konnte der linke Zeigefinger wegen einer Narbe nicht in ausreichender Qualität aufgenommen werden. Ersatzweise wurden der linke Mittelfinger und der rechte Zeigefinger erfasst (NFIQ-Werte 2 und 1) und an die Bundesdruckerei übermittelt. Das Lichtbild wurde am Selbstbedienungsterminal aufgenommen; der Abgleich des Gesichtsbilds mit dem Lichtbild im bisherigen Pass ergab eine Übereinstimmung.

Herr [[P|Jovanović]] wurde darauf hingewiesen, dass die Fingerabdruckdaten nach Aushändigung des Passes bei der Behörde gelöscht werden. Gebühr 70,00 EUR bar bezahlt, Quittung Nr. 2025-0412-0077.

09.04.2025, [[P|Yvonne Lindqvist]], Platz 7
""")

# ================================================================= F51-017
doc("outlook", "anfrage_ladenlokal", [], """
Betreff: Frage Nutzung Ladenlokal EG / Zweckentfremdung? Bebauungsplan 1-67a

Guten Tag,

ich bin Koch und möchte mich mit einem kleinen Mittagstisch selbständig machen. In der Lehrter Straße steht ein Ladenlokal im Erdgeschoss leer, das laut Vermieter bis 2019 als Wohnung genutzt wurde. Brauche ich dafür eine Genehmigung nach dem Zweckentfremdungsverbot oder reicht eine Nutzungsänderung beim Bauamt? Der Bebauungsplan 1-67a weist dort wohl ein allgemeines Wohngebiet aus.

Die Miete wäre 1.850 EUR kalt, Kaution drei Monatsmieten, der Umbau laut Angebot Nr. 2025-044 rund 46.000 EUR. Am Montag, 14.04., habe ich den nächsten Besichtigungstermin, eine kurze Antwort vorher wäre super.

Vielen Dank und beste Grüße
[[P|Tiago Mendes]]
""")

# ================================================================= F51-018
doc("word", "schulamt_rundschreiben", [], f"""
Bezirksamt Spreebogen von Berlin
Abteilung Schule, Sport und Weiterbildung · Schul- und Sportamt
{OFFICE_ADDR}

An die Schulleitungen der Grundschulen im Bezirk Spreebogen
nachrichtlich: SIBUZ Spreebogen, Schulaufsicht

Rundschreiben Nr. 7/2025
Schulanfängerinnen und Schulanfänger 2025/26 und Plätze in Willkommensklassen

Sehr geehrte Schulleiterinnen und Schulleiter,

schulpflichtig zum Schuljahr 2025/26 werden alle Kinder, die in der Zeit vom 01.10.2018 bis 30.09.2019 geboren sind (§ 42 Abs. 1 SchulG). Bis zum Stichtag 15.04.2025 liegen dem Schulamt 1.386 Anmeldungen vor, davon 74 Anträge auf Zurückstellung und 212 Anträge auf Aufnahme an einer Schule außerhalb des Einschulungsbereichs.

Für neu zugezogene Kinder ohne Deutschkenntnisse stehen derzeit 36 freie Plätze in Willkommensklassen zur Verfügung. Bitte melden Sie freie Plätze bis zum 30.04.2025 über das Funktionspostfach [[N|schulamt@ba-spreebogen.berlin.de]]. Die Mittel für Lernmittel (42,00 EUR je Kind) werden mit der nächsten Zuweisung überwiesen.

Die Fortbildung „Sprachbildung in Willkommensklassen" (Veranstaltungsnummer 25.2-118) findet am 21.05.2025 von 14 bis 17 Uhr in Raum 2.114 statt.

Ansprechpartnerin: Frau [[P|Hannelore Baumgart]], Tel. [[T|(030) 90277-5120]]

Im Auftrag
[[P|Baumgart]]
""")

# ================================================================= F51-019
doc("outlook", "hausverwaltung_stellungnahme", [], f"""
Betreff: AW: Anhörung Az. [[AZ|ZwE 3.2-0193/25]] – [[A|Wiclefstraße 14]]

Sehr geehrter Herr [[P|Aksoy]],

namens und in Vollmacht unseres Auftraggebers, Herrn [[P|Friedrich-Wilhelm von Albedyll]], nehmen wir zu Ihrem Schreiben vom 12.03.2025 wie folgt Stellung:

Die Wohnung im Vorderhaus, 3. OG links, war vom 01.10.2023 bis 31.12.2024 an Herrn [[P|Lucas Meunier]] vermietet, der sie nach unserer Kenntnis ohne Erlaubnis an Touristen untervermietet hat. Das Mietverhältnis wurde am 20.01.2025 fristlos gekündigt, die Wohnung ist seit dem 01.02.2025 geräumt. Herr [[P|Meunier]] ist inzwischen nach Frankreich verzogen. Eine Kopie des Mietvertrags und der Kündigung fügen wir bei. Unser Auftraggeber selbst hat die Wohnung zu keinem Zeitpunkt als Ferienwohnung angeboten.

Die Wohnung soll ab Juni wieder dauerhaft vermietet werden.

Mit freundlichen Grüßen

[[P|Sandra Krüger]]
Inhaberin

Hausverwaltung [[P|Krüger]] e. K.
[[A|Kantstraße 140]] · [[A|10623 Berlin]]
Tel. [[T|030 3122 8870]]
[[E|s.krueger@hv-krueger.de]]
Amtsgericht Charlottenburg HRA 58812 B · St.-Nr. [[TNR|{TNR_KRUEGER}]] · USt-IdNr. [[VAT|{VAT_KRUEGER}]]
""")

# ================================================================= F51-020
doc("outlook", "jobcenter_weiterleitung_asog", ["POLITICS", "ETHNICITY"], """
Betreff: WG: Dringend Wohnung

Von: [[P|Wendt, Carola]] <[[N|Jobcenter-Berlin-Spreebogen.Wohnen@jobcenter-ge.de]]>
Gesendet: Montag, 17. Februar 2025 08:51
An: [[N|soziale-wohnhilfe@ba-spreebogen.berlin.de]]
Betreff: WG: Dringend Wohnung

Liebe Kolleginnen und Kollegen,

zur Kenntnis und mit der Bitte um Prüfung einer Unterbringung nach ASOG. BG-Nr. [[AZ|96201BG0051820]], Kunde Herr [[P|Serhat Ekinci]], geb. [[DOB|02.12.1981]]. Die Familie (2 Erwachsene, 3 Kinder) muss die Wohnung laut Räumungsurteil bis 31.03.2025 verlassen. Mietschuldenübernahme ist nach Rücksprache mit dem Vermieter ausgeschlossen.

Viele Grüße
[[P|Carola Wendt]]
Jobcenter Berlin Spreebogen, Team 624
Tel. [[T|030 555596-2418]]

-----Ursprüngliche Nachricht-----
Von: [[P|serhat ekinci]] <[[E|serhat.ekinci81@hotmail.com]]>
Gesendet: Freitag, 14. Februar 2025 22:13
An: [[N|Jobcenter-Berlin-Spreebogen.Wohnen@jobcenter-ge.de]]
Betreff: Dringend Wohnung

sehr geehrte frau [[P|wendt]],

wir haben räumungsurteil bekommen, die wohnung [[A|Rathenower Str. 52]] müssen wir bis ende märz verlassen. ich bin kurde und seit 2019 in deutschland als politischer flüchtling anerkannt, weil ich in der türkei als HDP mitglied zwei jahre im gefängnis war. meine frau [[P|rojda]] und unsere drei kinder haben niemand hier. bitte helfen sie uns schnell.

[[P|serhat ekinci]]
[[T|0178 6620519]]
""")

# ================================================================= F51-021
doc("outlook", "elterngeld_partnerschaftsbonus", ["UNION"], f"""
Betreff: Partnerschaftsbonus – Nachreichung Arbeitszeitbestätigung, Az. [[AZ|EG 4-09981/25]]

Grüß Gott,

anbei die Bestätigung meines Arbeitgebers über die Teilzeit mit 28 Wochenstunden für den Partnerschaftsbonus. Meine Partnerin [[P|Nadia Benali]] hat ihre Bestätigung schon letzte Woche geschickt.

Kurz zur Erklärung, warum es so lange gedauert hat: ich bin im Betriebsrat und Vertrauensmann der IG Metall bei uns im Werk, und die Personalabteilung wollte meine Teilzeit erst nach Abschluss einer Betriebsvereinbarung unterschreiben. Am Ende musste die Gewerkschaft vermitteln.

Bitte zahlen Sie das Elterngeld für [[P|Jakob]] weiterhin auf mein österreichisches Konto: [[IBAN|{IBAN_AT_FLORIAN}]], Kontoinhaber [[P|Florian Gruber-Mayrhofer]].

Liebe Grüße
[[P|Florian Gruber-Mayrhofer]]
[[A|Berlichingenstraße 6]]
[[A|10553 Berlin]]
[[T|+43 664 381 2274]]
""")

# ================================================================= F51-022
doc("word", "zweckentfremdung_bussgeld", [], f"""
Bezirksamt Spreebogen von Berlin · Wohnungsamt · Zweckentfremdung
{OFFICE_ADDR}

Einschreiben mit Rückschein (international)
Herrn
[[P|Georgi Dimitrov Ivanov]]
[[A|ul. Tsar Samuil 44]], [[N|ap. 12]]
[[A|1000 Sofia]]
BULGARIEN

Geschäftszeichen: [[AZ|ZwE 3.2-0041/24]]
Kassenzeichen: [[AZ|3304 2025 0011 87]]
Datum: 21.02.2025

Bußgeldbescheid

Sehr geehrter Herr [[P|Ivanov]],

gegen Sie wird wegen vorsätzlicher Zweckentfremdung der Wohnung [[A|Stephanstraße 33]], [[N|Hinterhaus, EG]], [[A|10559 Berlin]] in der Zeit vom 01.05.2024 bis 30.11.2024 gemäß § 7 Abs. 3 ZwVbG eine Geldbuße in Höhe von 18.000,00 EUR festgesetzt. Hinzu kommen Gebühren (900,00 EUR) und Auslagen (3,50 EUR), insgesamt 18.903,50 EUR.

Beweismittel: Angaben der Zeugin [[P|Hülya Ateş]], Inserate auf zwei Buchungsplattformen (Listing-IDs 6612093 und 6612107), Auskunft der Plattform vom 15.01.2025, Drucksache 19/1187 des Abgeordnetenhauses zur Auslegung.

Bitte überweisen Sie den Gesamtbetrag innerhalb von zwei Wochen nach Rechtskraft unter Angabe des Kassenzeichens auf das Konto der Bezirkskasse Spreebogen, IBAN [[N|{CITY_IBAN}]], BIC BELADEBEXXX.

Ihre Bevollmächtigte, Rechtsanwältin [[P|Dr. Snezhana Todorova-Klein]], erhält eine Abschrift dieses Bescheids.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb von zwei Wochen nach Zustellung schriftlich oder zur Niederschrift bei der oben genannten Stelle Einspruch eingelegt werden.

Im Auftrag
[[P|Aksoy]]
""")

# ================================================================= F51-023
doc("outlook", "schulhelfer_mukoviszidose", ["HEALTH", "GENETIC"], f"""
Betreff: Antrag Schulhelfer für unseren Sohn [[P|Matteo]] – Mukoviszidose

Sehr geehrte Frau [[P|Baumgart]],

unser Sohn [[P|Matteo Karagiannis]], geboren am [[DOB|5. Juli 2018]], wird im August an der Heinrich-Zille-Grundschule eingeschult. Er hat Mukoviszidose (Cystische Fibrose). Die Diagnose kam nach dem Neugeborenen-Screening und wurde durch einen Gentest bestätigt (F508del, homozygot). Bei der genetischen Beratung kam außerdem heraus, dass ich und mein Mann beide Anlageträger sind.

[[P|Matteo]] muss vor jeder Mahlzeit Enzymkapseln nehmen und braucht zweimal am Tag eine Inhalation, in der Schule einmal mittags. Er ist bei der Techniker Krankenkasse versichert (Versichertennummer [[KV|{KV_MATTEO}]]), die Bescheinigung der Mukoviszidose-Ambulanz von [[P|Dr. med. Ioana Munteanu]] liegt bei.

Wir bitten daher um einen Schulhelfer oder eine andere Unterstützung für die Medikamentengabe.

Mit freundlichen Grüßen
[[P|Giulia Karagiannis]], geb. [[P|Ferraro]], und [[P|Nikos Karagiannis]]
[[A|Sparrstraße 21]], [[A|13353 Berlin]]
[[T|0179 / 522 86 04]]
[[E|giulia.karagiannis@libero.it]]
""")

# ================================================================= F51-024
doc("word", "telefonvermerk", [], """
Telefonvermerk 07.04.2025, 11:20 Uhr – Herr [[P|Bogdan Wiśniewski]] ([[T|0157 7340 1186]]) fragt nach dem Stand seines WBS-Antrags ([[AZ|WoA 21-0702/25]]); der Einkommensnachweis seiner Frau [[P|Ewa]] fehlt noch, er reicht ihn bis Freitag nach. Rückruf nicht erforderlich.
gez. [[P|U. Szymański-Hoffmann]]
""")

# ================================================================= F51-025
doc("word", "meldeformular_anmeldung", ["RELIGION"], f"""
Anmeldung bei der Meldebehörde (§ 17 Abs. 1 BMG)
Bezirksamt Spreebogen von Berlin – Bürgeramt 1

Neue Wohnung:\t[[A|Kruppstraße 12]], [[N|Seitenflügel, 4. OG, Whg. 17]], [[A|10559 Berlin]]
Tag des Einzugs:\t01.03.2025
Bisherige Wohnung:\t[[A|Strada Republicii 88]], [[A|550165 Sibiu]], Rumänien
Die neue Wohnung ist:\talleinige Wohnung

Person 1
Familienname:\t[[P|Ionescu]]
Vornamen:\t[[P|Andreea Maria]]
Geburtsname:\t[[P|Vasilescu]]
Geschlecht:\tweiblich
Tag der Geburt:\t[[DOB|16.10.1993]]
Ort der Geburt:\tSibiu, Rumänien
Religionsgesellschaft:\trömisch-katholisch
Staatsangehörigkeit:\trumänisch
Familienstand:\tverheiratet seit 12.06.2019 in Sibiu
Ausweisdokument:\tPersonalausweis (RO), Serie/Nr. [[IDC|{IDC_RO_ANDREEA}]], gültig bis 15.10.2031

Person 2
Familienname:\t[[P|Ionescu]]
Vornamen:\t[[P|Mihai]]
Geschlecht:\tmännlich
Tag der Geburt:\t[[DOB|03.01.1991]]
Ort der Geburt:\tBrașov, Rumänien
Religionsgesellschaft:\t– (rumänisch-orthodox, keine Kirchensteuer)
Staatsangehörigkeit:\trumänisch
Ausweisdokument:\tReisepass (RO), Nr. [[PASS|{PASS_RO_MIHAI}]]

Wohnungsgeberbestätigung liegt vor.

Berlin, 04.03.2025\tUnterschrift: (liegt vor)
""")

# ================================================================= F51-026
doc("outlook", "beratungsstelle_unterstuetzung", ["ETHNICITY"], """
Betreff: Unterstützungsschreiben WBS – Familie [[P|Asenov]], Az. [[AZ|WoA 21-0913/25]]

Sehr geehrte Damen und Herren,

ich begleite als Sozialarbeiterin die Familie [[P|Asenov]] bei der Wohnungssuche und bitte Sie, den WBS-Antrag vorrangig zu bearbeiten.

Herr [[P|Kiril Asenov]] und Frau [[P|Gyulten Asenova]] leben mit ihren fünf Kindern seit Herbst 2023 bei Verwandten in der [[A|Waldenserstraße 3]], [[A|10551 Berlin]], zu siebt in zwei Zimmern. Er arbeitet als Reinigungskraft, sie in einer Wäscherei. Die Familie gehört der Minderheit der Roma an und hat bei der Wohnungssuche mehrfach offene Ablehnung erlebt: Eine Hausverwaltung erklärte am Telefon wörtlich, man vermiete „nicht an Zigeuner". Wir haben den Vorfall bei der Antidiskriminierungsstelle gemeldet.

Die älteste Tochter macht im Sommer ihren MSA und braucht dringend einen ruhigen Platz zum Lernen.

Herr [[P|Asenov]] ist unter [[T|+359 88 712 4409]] erreichbar (bulgarische Nummer), spricht aber wenig Deutsch; bitte kontaktieren Sie vorzugsweise mich.

Mit freundlichen Grüßen
[[P|Magdalena Sowa]]
Sozialarbeiterin (B.A.)
Kiezberatung Südost e. V.
[[N|Huttenstraße 44]] · [[N|10553 Berlin]]
Tel. [[T|030 887 2156-14]]
[[E|m.sowa@kiezberatung-suedost.de]]
""")

# ================================================================= F51-027
doc("outlook", "anmeldung_expat", [], f"""
Betreff: Anmeldung – landlord refuses Wohnungsgeberbestätigung

Dear Sir or Madam,

I moved to Berlin on 1 February to start a job at a fintech company and I am trying to register my address (Anmeldung). My landlord, a Mr [[P|Hakan Çelik]], keeps saying he will send the Wohnungsgeberbestätigung "next week", but it has now been five weeks. I am subletting a furnished room at [[A|Bredowstraße 10]], c/o [[P|Çelik]], [[A|10551 Berlin]] (the flat next to the church).

Without the Anmeldung I don't get my Steuer-ID and my employer cannot pay me properly. Can I register anyway and hand in the form later, or can you contact the landlord directly?

My details for the appointment (booking ref. 8841-2207):
Name: [[P|Oliver James Whitfield]]
Born: [[DOB|22 November 1994]] in Leeds
Passport (UK): [[PASS|{PASS_UK_OLIVER}]]
Mobile: [[T|+44 7700 915382]]

Kind regards,
[[P|Ollie Whitfield]]
""")

# ================================================================= F51-028
doc("word", "protokoll_fallkonferenz", [], f"""
Protokoll Fallkonferenz Wohnungssicherung

Datum: 03.04.2025, 10:00 Uhr, Bezirksamt Spreebogen, Raum 2.114
Teilnehmende: [[P|Carola Wendt]] (Jobcenter, Team 624), [[P|Kerstin Mahlow]] (Soziale Wohnhilfe), [[P|Ahmad Rahimi]] und [[P|Zarina Rahimi]] (Mieter), Herr [[P|Wolfgang Fiedler-Sánchez]] (Vermieter, telefonisch zugeschaltet)

1. Sachstand
Gegen die Eheleute [[P|Rahimi]] liegt eine fristlose Kündigung vom 10.03.2025 wegen Mietrückständen von 3.412,60 EUR (Januar bis März 2025) vor. Wohnung: [[A|Oldenburger Straße 5]], [[N|3. OG rechts]], [[A|10551 Berlin]]. Jobcenter-Kunde, BG-Nr. [[AZ|96201BG0038842]]. Ursache ist eine Lücke bei der Weiterbewilligung nach einem Jobwechsel.

2. Ergebnis
Der Vermieter nimmt die Kündigung zurück, wenn die Rückstände bis 30.04.2025 ausgeglichen sind (Schonfristzahlung, § 569 Abs. 3 Nr. 2 BGB). Das Jobcenter übernimmt die Mietschulden als Darlehen nach § 22 Abs. 8 SGB II und zahlt direkt an den Vermieter, IBAN [[IBAN|{IBAN_DE_FIEDLER}]], Verwendungszweck „Rückstand Oldenburger 5, 3. OG re.".

3. Weiteres
Die Mieter stellen ergänzend einen WBS-Antrag und haben am 14.04.2025 einen Termin bei der Schuldnerberatung. Wiedervorlage: 05.05.2025.

Protokoll: [[P|K. Mahlow]], Tel. [[T|(030) 90277-6621]]
""")

# ================================================================= F51-029
doc("outlook", "bewohnerparkausweis", [], f"""
Betreff: Bewohnerparkausweis Zone 41 – Zahlung doppelt abgebucht

Sehr geehrte Damen und Herren,

ich habe am 02.04. online den Bewohnerparkausweis für die Zone 41 für mein Fahrzeug [[KFZ|B-MW 1987]] beantragt. Bei der Zahlung der Gebühr (20,40 EUR für zwei Jahre) mit meiner Mastercard [[CC|{CC_MC_SABINE}]] kam eine Fehlermeldung, abgebucht wurde laut Kreditkartenabrechnung trotzdem zweimal. Laut Bestätigungsmail lautet das Kassenzeichen [[AZ|0411 2504 0217]].

Schon im letzten Winter gab es Ärger, weil mein Zweitwagen [[KFZ|B-EW 412E]] auf meinen Mann [[P|Thorsten Winter]] zugelassen ist und der Antrag deshalb zweimal gestellt werden musste.

Ich bitte um Erstattung von 20,40 EUR auf die Karte.

Mit freundlichen Grüßen
[[P|Sabine Winter]]
[[A|Jagowstraße 3]]
[[A|10555 Berlin]]
Tel. [[T|0172 / 305 88 91]]
""")

# ================================================================= F51-030
doc("word", "buergeramt_terminliste", [], f"""
Bürgeramt 1 – Terminliste Schalter 3 – Mittwoch, 09.04.2025
Sachbearbeitung: [[P|Yvonne Lindqvist]] · Rückfragen Leitstelle {SWITCHBOARD}

Uhrzeit\tBuchungs-Nr.\tName\tAnliegen\tRückrufnummer
08:00\t4471-2117\t[[P|Okonkwo, Chinedu]]\tGeburt anmelden / Anmeldung Kind\t[[T|0176 5530 0281]]
08:10\t4471-2140\t[[P|Nguyen, Thanh Hoa]]\tPersonalausweis (Verlust)\t–
08:20\t4471-2156\t[[P|Ben Salah, Youssef]]\tMeldebescheinigung\t–
08:30\t4471-2188\t[[P|de Vries, Maarten]]\tAbmeldung ins Ausland\t[[T|+31 6 4129 8830]]

Hinweise:
– Herr [[P|Okonkwo]] bringt die Geburtsurkunde seiner Tochter [[P|Adaeze]] (geb. [[DOB|18.01.2025]]) im Original mit.
– Frau [[P|Nguyen]]: Verlustanzeige für den Personalausweis [[IDC|{IDC_THANH}]] liegt vor, Ausweis ist im Sperrregister eingetragen.
– Herr [[P|de Vries]] zieht nach Utrecht; neue Anschrift für die Abmeldung: [[A|Oudegracht 231]], [[A|3511 NR Utrecht]].
""")


# ================================================================= independent checks
def _iban_ok(v):
    s = v.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def _luhn_ok(v):
    d = [int(c) for c in v if c.isdigit()]
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def _mod11_10(body):
    product = 10
    for ch in body:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c


def _tax_id_ok(v):
    s = v.replace(" ", "")
    if len(s) != 11 or not s.isdigit() or s[0] == "0":
        return False
    counts = [s[:10].count(d) for d in "0123456789"]
    if max(counts) > 3 or sum(1 for c in counts if c >= 2) != 1:
        return False
    return _mod11_10(s[:10]) == int(s[10])


def _vat_ok(v):
    return len(v) == 11 and v.startswith("DE") and _mod11_10(v[2:10]) == int(v[10])


def _qs(n):
    return n // 10 + n % 10


def _ssn_ok(v):
    s = v.replace(" ", "")
    code = ord(s[8]) - 64
    vals = [int(c) for c in s[:8]] + [code // 10, code % 10] + [int(c) for c in s[9:11]]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum(_qs(a * b) for a, b in zip(vals, w)) % 10 == int(s[11])


def _kv_ok(v):
    code = ord(v[0]) - 64
    vals = [code // 10, code % 10] + [int(c) for c in v[1:9]]
    total = sum(_qs(x * (1 if i % 2 == 0 else 2)) for i, x in enumerate(vals))
    return total % 10 == int(v[9])


def _icao_ok(v):
    w = (7, 3, 1)
    total = sum((int(c) if c.isdigit() else ord(c) - 55) * w[i % 3] for i, c in enumerate(v[:9]))
    return total % 10 == int(v[9])


CHECKS = {"IBAN": _iban_ok, "CREDIT_CARD": _luhn_ok, "TAX_ID": _tax_id_ok, "VAT_ID": _vat_ok,
          "SOCIAL_SECURITY": _ssn_ok, "HEALTH_INSURANCE": _kv_ok}


def main():
    assert len(DOCS) == 30, len(DOCS)
    rows = []
    for i, (channel, template, flags, marked) in enumerate(DOCS, 1):
        row = build(f"F51-{i:03d}", channel, template, marked, flags)
        for e in row["entities"]:
            check = CHECKS.get(e["category"])
            if check:
                assert check(e["text"]), (row["id"], e)
        for n in row["neutral"]:
            if n["text"].replace(" ", "").startswith("DE") and len(n["text"].replace(" ", "")) == 22:
                assert _iban_ok(n["text"]), n
        rows.append(row)
    # German passport/ID serials with check digits
    for v in (PASS_JOVANOVIC_OLD, IDC_THANH):
        assert len(v) == 10 and _icao_ok(v), v
    with open(os.path.join(OUT_DIR, "fresh51.jsonl"), "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    n = sum(len(r["entities"]) for r in rows)
    print(f"{len(rows)} documents, {n} entities")


if __name__ == "__main__":
    main()
