#!/usr/bin/env python3
"""Batch 42: a held-out set for the German PII detector, written blind.

Setting: the invented Thuringian town Stadt Saaleck-Unstrut (Sozialamt, Eingliederungshilfe, Pflege, Betreuungsbehörde,
Gesundheitsamt, Jugendamt, Ausländerbehörde, Standesamt, Stadtrat). 30 documents, ids F42-001 … F42-030.
Writes fresh42.jsonl next to this file. Inline marks [[CAT|text]] / [[N|text]] are resolved by marks.build().
"""
import sys

sys.dont_write_bytecode = True

import json
import os

CORPUS = "/work/main/tests/KiOfficeAddin.Guardrails.Tests/Pii/Corpus"
sys.path.insert(0, CORPUS)

from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban, mod11_10_check, luhn_check  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fresh42.jsonl")

ids = Identifiers(4242)
rng = ids.rng


# ---------------------------------------------------------------- identifier helpers and self-checks
def iban_ok(iban):
    s = iban.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def luhn_ok(number):
    digits = number.replace(" ", "").replace("-", "")
    return luhn_check(digits[:-1]) == int(digits[-1])


def tax_id_ok(value):
    s = value.replace(" ", "")
    if len(s) != 11 or s[0] == "0":
        return False
    counts = [s[:10].count(d) for d in "0123456789"]
    if max(counts) > 3 or sum(1 for c in counts if c >= 2) != 1:
        return False
    return mod11_10_check(s[:10]) == int(s[10])


def vat_ok(value):
    s = value.replace(" ", "")
    return s.startswith("DE") and len(s) == 11 and mod11_10_check(s[2:10]) == int(s[10])


def nl_iban():
    """NL IBAN with a bank code in letters and an account number that passes the Dutch elfproef."""
    while True:
        acct = ids.digits(10, first_nonzero=True)
        if sum(int(d) * w for d, w in zip(acct, range(10, 0, -1))) % 11 == 0:
            return mod97_iban("NL", "RABO" + acct)


def at_iban():
    return mod97_iban("AT", "20111" + ids.digits(11))  # Erste Bank


def tax_number_th():
    # Thüringen, Finanzamt-Nr. 1FF: FFF/BBB/BBBBB (layout only)
    return f"{rng.choice(['151', '156', '157', '159', '161', '162'])}/{ids.digits(3)}/{ids.digits(5)}"


def tax_number_th_federal():
    # 13-digit federal form for Thüringen: 4 + FFF + 0 + BBB + BBBBB
    return "4" + rng.choice(["151", "157", "161"]) + "0" + ids.digits(8)


def ssn(ddmmyy, letter):
    s = ids.social_security(ddmmyy, letter)
    return s


def ssn_spaced(s):
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"


CITY_IBAN = ids.iban_de()          # Stadtkasse – neutral
I_NL = nl_iban()                   # F42-012 father in Utrecht
I_DE_RANIA = ids.iban_de()         # F42-012
I_AT_RUSSO = at_iban()             # F42-020
I_DE_DO = ids.iban_de()            # F42-023
I_DE_VOLLRATH = ids.iban_de()      # F42-024
I_DE_MATTHES = ids.iban_de()       # F42-029
TID_LE = ids.tax_id()              # F42-023
TID_DO = ids.tax_id()              # F42-023
TID_MATTHES = ids.tax_id()         # F42-029
VAT_PAPADAKIS = ids.vat_id()       # F42-014
VAT_VOLLRATH = ids.vat_id()        # F42-024
TNR_PAPADAKIS = tax_number_th()    # F42-014
TNR_VOLLRATH = tax_number_th_federal()  # F42-024
TNR_MATTHES = tax_number_th()      # F42-029
IDC_HEYDT = ids.id_card(check_digit=True)   # F42-006
IDC_MUNTEANU = ids.id_card()                # F42-026
PASS_MUNTEANU = ids.passport(check_digit=True)  # F42-026
KV_WISNIEWSKA = ids.health_insurance()      # F42-007
KV_ZOFIA = ids.health_insurance()           # F42-025
KV_TESFAMARIAM = ids.health_insurance()     # F42-028
SSN_BAECKER = ssn("190754", "B")            # F42-011
SSN_TESFAMARIAM = ssn("010190", "T")        # F42-028
SSN_WEISSGERBER = ssn("030368", "W")        # F42-027
CC_AMEX = ids.credit_card("37", 15)         # F42-019
CC_VISA = ids.credit_card("4", 16)          # F42-014

for v in (CITY_IBAN, I_NL, I_DE_RANIA, I_AT_RUSSO, I_DE_DO, I_DE_VOLLRATH, I_DE_MATTHES):
    assert iban_ok(v), v
for v in (TID_LE, TID_DO, TID_MATTHES):
    assert tax_id_ok(v), v
for v in (VAT_PAPADAKIS, VAT_VOLLRATH):
    assert vat_ok(v), v
for v in (CC_AMEX, CC_VISA):
    assert luhn_ok(v), v
assert len(CC_AMEX) == 15 and len(CC_VISA) == 16
for s in (SSN_BAECKER, SSN_TESFAMARIAM, SSN_WEISSGERBER):
    assert len(s) == 12


def amex(v):
    return f"{v[:4]} {v[4:10]} {v[10:]}"


def tid_spaced(v):
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"


# ---------------------------------------------------------------- the documents
DOCS = []


def doc(channel, template, flags, marked):
    DOCS.append((channel, template, marked.strip("\n"), flags))


# F42-001 – Bescheid Eingliederungshilfe, Spätaussiedler from Kazakhstan, schizophrenia
doc("word", "bescheid_eingliederungshilfe", ["HEALTH"], f"""
Stadt Saaleck-Unstrut · Der Bürgermeister · Sozialamt, Sachgebiet Eingliederungshilfe
[[N|Bahnhofstraße 12]] · [[N|06577 Saaleck-Unstrut]] · Zentrale [[N|034671 590-0]]

Frau
[[P|Swetlana Reimer]]
– rechtliche Betreuerin –
[[A|Thomas-Müntzer-Straße 41]]
[[A|06577 Saaleck-Unstrut]]

Unser Zeichen: [[AZ|50.2-EGH-0417/25]]
Datum: 14.05.2025
Ansprechpartnerin: Frau [[P|Hartung]], Zimmer 2.14
Telefon: [[T|034671 590-214]]
E-Mail: [[E|k.hartung@saaleck-unstrut.de]]

Bescheid über Leistungen der Eingliederungshilfe nach Teil 2 SGB IX
Leistungsberechtigter: [[P|Andrej Reimer]], geb. [[DOB|03.09.1979]] in Pawlodar (Kasachstan)

Sehr geehrte Frau [[P|Reimer]],

auf Ihren Antrag vom 02.02.2025, den Sie als gerichtlich bestellte Betreuerin Ihres Bruders gestellt haben, bewillige ich ab dem 01.06.2025 Leistungen zur Sozialen Teilhabe in Form von Assistenzleistungen nach § 113 Abs. 2 Nr. 2 i. V. m. § 78 SGB IX im Rahmen des ambulant betreuten Wohnens im Umfang von sechs Fachleistungsstunden wöchentlich. Die Bewilligung ist bis zum 31.05.2027 befristet.

Begründung:
Der Leistungsberechtigte gehört zum leistungsberechtigten Personenkreis des § 99 SGB IX. Nach der amtsärztlichen Stellungnahme des Gesundheitsamtes vom 11.03.2025 besteht bei ihm seit 2004 eine paranoide Schizophrenie (ICD-10 F20.0) mit mehreren stationären Aufenthalten, zuletzt von Oktober bis Dezember 2024 im Ökumenischen Hainich Klinikum Mühlhausen. Er benötigt Unterstützung bei der Tagesstruktur, bei der regelmäßigen Einnahme der Depotmedikation und im Umgang mit Behörden und Vermieter. Die Leistung erbringt der Ambulante Dienst der Diakonie Nordthüringen; die vereinbarte Vergütung beträgt 58,40 EUR je Fachleistungsstunde und wird direkt mit dem Leistungserbringer abgerechnet.

Ein Kostenbeitrag ist nach § 138 Abs. 1 SGB IX nicht zu leisten, da [[P|Andrej Reimers]] Einkommen (Erwerbsminderungsrente) die Einkommensgrenze nicht übersteigt.

Rechtsbehelfsbelehrung:
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift bei der Stadt Saaleck-Unstrut, [[N|Markt 1]], [[N|06577 Saaleck-Unstrut]], einzulegen.

Mit freundlichen Grüßen
Im Auftrag

[[P|Katrin Hartung]]
Sachbearbeiterin Eingliederungshilfe
""")

# F42-002 – informal mail of a daughter, Pflegegrad of her mother (Russian-German family)
doc("outlook", "pflegegrad_mail", ["HEALTH"], """
Betreff: pflegegrad mama – widerspruch??

hallo frau [[P|Schönfeld]],

ich hab ihre mail von der nachbarin meiner mutter bekommen, hoffe das ist ok das ich ihnen einfach schreibe. es geht um meine mama [[P|Olga Friesen]] (geb [[DOB|17.11.1941]]), sie wohnt noch allein in der [[A|Juri-Gagarin-Ring 22]], 3. stock ohne aufzug. der medizinische dienst war letzte woche da und hat nur pflegegrad 2 gegeben, obwohl sie seit dem sturz im januar kaum noch laufen kann und die demenz immer schlimmer wird. nachts steht sie auf und sucht papa, der ist seit 2019 tot.

beim gutachter hat sie natürlich gesagt alles gut, sie braucht nix, sie kocht noch selber. typisch mama. das stimmt aber nicht, essen bringt ihr die nachbarin.

frage: kann das sozialamt was dazugeben für die pflege (hilfe zur pflege?) weil ihre rente ist nur 740 euro, und wie geht das mit dem widerspruch bei der pflegekasse, muss ich das machen oder sie? ich hab keine vollmacht, nur mein bruder [[P|Viktor]] hat eine vorsorgevollmacht aber der ist Koch in Bielefeld und kommt nur an weihnachten.

bitte um rückruf, am besten nach 16 uhr, ich arbeite in der frühschicht.

lg
[[P|Lena Wiebe]] (geb. [[P|Friesen]])
[[T|0176 / 238 41 907]]

Von meinem iPhone gesendet
""")

# F42-003 – Protokoll Fallkonferenz Jugendhilfe, Vietnamese family
doc("word", "fallkonferenz_jugendhilfe", ["HEALTH"], """
Jugendamt Saaleck-Unstrut – Allgemeiner Sozialer Dienst
Protokoll der Fallkonferenz / Hilfeplangespräch nach § 36 SGB VIII

Datum: 22.04.2025, 10:00–11:45 Uhr, Besprechungsraum 1.08
Aktenzeichen: [[AZ|51.3-HzE-2025-0118]]
Familie: [[P|Nguyễn Thị Hoa]] und [[P|Trần Văn Dũng]], [[A|Salzstraße 7]], [[A|06577 Saaleck-Unstrut]]
Kinder: [[P|Trần Minh Anh]] (geb. [[DOB|08.06.2015]]), [[P|Trần Gia Bảo]] (geb. [[DOB|30.01.2019]])

Teilnehmende: beide Eltern; Sprachmittlerin (Dolmetscherpool des Landkreises); Frau [[P|Dr. med. Sabine Köhler-Rausch]], Kinder- und Jugendpsychiatrie, SPZ Nordhausen; Schulsozialarbeit der Regelschule „Am Kyffhäuser“; Frau [[P|Jana Vogel]], ASD (Fallführung, Protokoll)

1. Anlass
Die Klassenlehrerin hatte sich im Februar an den ASD gewandt, weil das Mädchen häufig ohne Frühstück und ohne Hausaufgaben in die Schule kommt und im Unterricht kaum still sitzen kann. Die Kinder- und Jugendpsychiaterin berichtet, dass bei [[P|Minh Anh]] im März eine einfache Aktivitäts- und Aufmerksamkeitsstörung (F90.0) sowie eine Lese-Rechtschreib-Störung diagnostiziert wurden; eine Behandlung mit Methylphenidat wurde begonnen und wird bisher gut vertragen.

2. Situation der Familie
Die Eltern betreiben einen Imbiss am Markt und arbeiten bis 22 Uhr, an sechs Tagen in der Woche. [[P|Bảo]] besucht die Kita „Vogelnest“ und wird abends von einer Nachbarin betreut. Herr [[P|Trần]] erklärt über die Sprachmittlerin, dass die Familie sich schämt, Hilfe anzunehmen. Frau [[P|Nguyễn]] wirkt erschöpft; sie berichtet von Schlafstörungen und ist deswegen in hausärztlicher Behandlung.

3. Vereinbarungen
- Sozialpädagogische Familienhilfe nach § 31 SGB VIII, 5 Stunden/Woche ab 01.05.2025, Träger: AWO Kreisverband Kyffhäuser.
- Die Schulsozialarbeit beantragt Lernförderung über Bildung und Teilhabe.
- Verlaufskontrolle im SPZ im Juni.
- Nächstes Hilfeplangespräch: 21.10.2025, 10 Uhr.
""")

# F42-004 – Ukrainian refugee, English-German mail, son with type-1 diabetes, quoted reply
doc("outlook", "ukraine_mail_en", ["HEALTH"], """
Betreff: AW: Leistungen AsylbLG / insulin for my son – Termin?

Hello Mrs. [[P|Schuster]],

thank you for your answer. Sorry my German is still not good, I write in English, my friend helped me with the German parts.

Ich bin [[P|Oksana Melnyk]], geboren am [[DOB|12.04.1988]] in Charkiw, mein Reisepass Nr. [[PASS|FX418275]]. We live now in [[A|Lindenallee 22]], [[N|Zimmer 14]] (Gemeinschaftsunterkunft), [[A|06577 Saaleck-Unstrut]], together with my children [[P|Daryna]] (10) and [[P|Maksym]] (7).

[[P|Maksym]] has diabetes type 1 since two years, he needs the material for his insulin pump and the sensors (Libre 3). In Ukraine we got it from the hospital in Kharkiv. The Krankenkasse says they need the Bescheid from Sozialamt first. Can you please send it quickly? We have only 5 sensors left, this is maybe 2 weeks.

My phone: [[T|+49 1521 7730418]] or Viber [[T|+380 67 512 33 90]].

Дякую / Danke schön!
[[P|Oksana]]

> Am 03.03.2025 um 11:02 schrieb Sozialamt Saaleck-Unstrut <[[N|sozialamt@saaleck-unstrut.de]]>:
>
> Guten Tag,
>
> bitte vereinbaren Sie einen Termin zur persönlichen Vorsprache. Bringen Sie Ihren Reisepass, die Fiktionsbescheinigung und die Geburtsurkunden der Kinder mit.
>
> Mit freundlichen Grüßen
> [[P|Doreen Schuster]]
> Sozialamt – Leistungen nach dem AsylbLG / SGB XII
> Tel. [[T|034671 590-231]]
""")

# F42-005 – Parkerleichterung, GdB 70 / MS, Turkish name
doc("word", "parkerleichterung", ["HEALTH"], f"""
Stadt Saaleck-Unstrut · Ordnungsamt · Straßenverkehrsbehörde
[[N|Markt 1]] · [[N|06577 Saaleck-Unstrut]] · Telefon [[N|034671 590-0]]

Herrn
[[P|Hüseyin Aydoğan]]
[[A|Weinbergstraße 3 b]]
[[A|06578 Oldisleben]]

Aktenzeichen: [[AZ|32.1-PE-112/2025]]
Datum: 07.07.2025

Ausnahmegenehmigung nach § 46 Abs. 1 Nr. 11 StVO – Parkerleichterung für besondere Gruppen schwerbehinderter Menschen (orangefarbener Parkausweis)

Sehr geehrter Herr [[P|Aydoğan]],

Ihrem Antrag vom 16.06.2025 wird entsprochen. Nach dem vorgelegten Feststellungsbescheid des Thüringer Landesverwaltungsamtes ist bei Ihnen ein Grad der Behinderung von 70 mit dem Merkzeichen G festgestellt. Aus dem beigefügten neurologischen Befundbericht geht hervor, dass die Gehbehinderung auf einer schubförmig verlaufenden Multiplen Sklerose beruht und Ihre Gehstrecke ohne Pause unter 100 Metern liegt. Damit erfüllen Sie die Voraussetzungen der Verwaltungsvorschrift zu § 46 StVO, Rn. 132 ff.

Die Genehmigung gilt bundesweit bis zum 31.07.2030 für das Fahrzeug mit dem amtlichen Kennzeichen [[KFZ|KYF-HA 719]] sowie für Fahrzeuge, in denen Sie befördert werden. Der Parkausweis ist gut sichtbar hinter der Windschutzscheibe auszulegen.

Angaben zum Berechtigten (für den Parkausweis):
Geburtsdatum: [[DOB|21.02.1966]]

Verwaltungsgebühr: 10,20 EUR nach Gebührennummer 264.3 GebOSt. Bitte überweisen Sie den Betrag unter Angabe des Kassenzeichens [[AZ|5.2025.104377]] auf das Konto der Stadtkasse bei der Kreissparkasse Kyffhäuser, IBAN [[N|{group(CITY_IBAN, 4)}]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Ronny Eckardt]]
""")

# F42-006 – forwarded chain Kirchenaustritt
doc("outlook", "kirchenaustritt_fwd", ["RELIGION"], f"""
Von: [[P|Hemmleb, Grit]] <[[E|g.hemmleb@saaleck-unstrut.de]]>
Gesendet: Dienstag, 4. März 2025 08:12
An: Standesamt
Betreff: WG: Kirchenaustritt – Termin?

Hallo zusammen,

kann jemand Herrn [[P|von der Heydt]] bitte einen Termin am Donnerstag geben? Ich bin ab Mittwoch im Urlaub. Gebühr 25 EUR, bitte auf die Barzahlung hinweisen, die Kasse nimmt im Standesamt keine Karte.

Danke euch!
[[P|Grit]]

-----Ursprüngliche Nachricht-----
Von: [[P|Maximilian von der Heydt]] <[[E|max.vdheydt@web.de]]>
Gesendet: Montag, 3. März 2025 21:47
An: [[N|standesamt@saaleck-unstrut.de]]
Betreff: Kirchenaustritt – Termin?

Guten Abend,

ich möchte aus der Evangelischen Kirche in Mitteldeutschland austreten. Ich bin 1995 in St. Marien in Artern konfirmiert worden, glaube aber seit Jahren nicht mehr und sehe nicht ein, weiter Kirchensteuer zu zahlen. Wie kurzfristig geht das bei Ihnen? Online geht es in Thüringen ja leider nicht.

Zur Vorbereitung meine Daten:
[[P|Maximilian Albrecht von der Heydt]], geb. [[DOB|26.08.1981]] in Sondershausen
[[A|Am Mühlgraben 9]], [[A|06577 Saaleck-Unstrut]]
Personalausweis-Nr.: [[IDC|{IDC_HEYDT}]]

Mit besten Grüßen
[[P|Max von der Heydt]]
[[T|0160 92 44 817]]
""")

# F42-007 – amtsärztliche Stellungnahme ThürPsychKG
doc("word", "amtsarzt_psychkg", ["HEALTH"], f"""
Gesundheitsamt Saaleck-Unstrut – Sozialpsychiatrischer Dienst
[[N|Bahnhofstraße 14]], [[N|06577 Saaleck-Unstrut]]

Amtsärztliche Stellungnahme nach § 7 ThürPsychKG – Eilfall

Betroffene: [[P|Magdalena Wiśniewska]], geb. [[DOB|05.12.1992]] in Wrocław
Anschrift: [[A|Straße der Einheit 58]], [[N|Whg. 12]], [[A|06577 Saaleck-Unstrut]]
Krankenversicherung: AOK PLUS, Versichertennummer [[KV|{KV_WISNIEWSKA}]]
Aktenzeichen: [[AZ|SpDi-53-2025/077]]

Anlass:
Am 18.08.2025 gegen 14:30 Uhr informierte die Polizeiinspektion Kyffhäuser den Sozialpsychiatrischen Dienst, nachdem Nachbarn Frau [[P|Wiśniewska]] auf dem Flachdach des Wohnhauses angetroffen hatten. Die Untersuchung erfolgte um 15:10 Uhr in der Wohnung im Beisein von zwei Polizeibeamten.

Befund:
Wach, zu allen Qualitäten orientiert. Deutlich gehobene Stimmung, Rededrang, Ideenflucht, Größenideen („ich bin auserwählt, die Stadt zu retten“). Seit vier Nächten nach eigenen Angaben kaum geschlafen. Keine Krankheits- und Behandlungseinsicht. Nach Angaben der Schwester, Frau [[P|Agnieszka Wiśniewska-Kühn]], ist seit 2017 eine bipolare affektive Störung bekannt; Lithium wurde vor etwa drei Wochen eigenmächtig abgesetzt.

Beurteilung:
Es liegt eine akute manische Episode mit psychotischen Symptomen (ICD-10 F31.2) vor. Aus der Erkrankung ergibt sich eine gegenwärtige erhebliche Gefahr für Leben und Gesundheit der Betroffenen. Weniger einschneidende Mittel (ambulante Behandlung, Unterstützung durch die Familie) reichen nicht aus. Die sofortige Unterbringung im Ökumenischen Hainich Klinikum Mühlhausen wird für erforderlich gehalten; der Antrag an das Amtsgericht Sondershausen ist gestellt.

Behandelnde Hausärztin: Frau [[P|Dr. med. Ute Sieber]], Saaleck-Unstrut.

Saaleck-Unstrut, 18.08.2025

[[P|Dr. med. Reinhard Tschirner]]
Facharzt für Psychiatrie und Psychotherapie
Sozialpsychiatrischer Dienst
""")

# F42-008 – three-line reply
doc("outlook", "kurzmail", [], """
Betreff: Re: Termin Donnerstag

hallo frau [[P|kowalczyk]],
donnerstag 14 uhr passt, ich bring den mietvertrag und die kontoauszüge mit.
lg [[P|jenny schubert]] / [[T|0157 38291047]]
""")

# F42-009 – Niederschrift Sozialausschuss (parties, ver.di)
doc("word", "niederschrift_ausschuss", ["POLITICS", "UNION"], """
Stadt Saaleck-Unstrut
Niederschrift über die 14. öffentliche Sitzung des Ausschusses für Soziales, Gesundheit und Integration
am Dienstag, 10.06.2025, 17:00 Uhr, Ratssaal, [[N|Markt 1]]

Anwesend:
Vorsitz: Stadträtin [[P|Marlene Thiele]] (DIE LINKE)
Mitglieder: Stadtrat [[P|Dr. Uwe Knappe]] (CDU), Stadträtin [[P|Aylin Demirtaş]] (SPD), Stadtrat [[P|Rico Steinbrecher]] (AfD), Stadtrat [[P|Heiko Vogel]] (Freie Wähler), 2 sachkundige Bürger
Verwaltung: Frau [[P|Winter]] (Amtsleiterin Sozialamt), Ordnungsamt
Gäste: Herr [[P|Torsten Wolff]] (Vorsitzender des Personalrats, ver.di), Vertreter des Seniorenbeirats

TOP 1 Eröffnung und Feststellung der Beschlussfähigkeit
Die Vorsitzende eröffnet die Sitzung um 17:03 Uhr und stellt die ordnungsgemäße Ladung und die Beschlussfähigkeit fest.

TOP 2 Niederschrift der 13. Sitzung
Die Niederschrift wird ohne Änderungen bestätigt.

TOP 3 Drucksache [[N|DS 2025/041]] – Fortschreibung des Integrationskonzepts
Frau [[P|Winter]] stellt die Vorlage vor. In der Stadt leben derzeit 212 Geflüchtete aus der Ukraine und rund 1.400 Spätaussiedler und deren Angehörige. Die AfD-Fraktion fordert, die freiwilligen Mittel für Sprachcafés zu streichen; Frau [[P|Demirtaş]] widerspricht und verweist auf die Wartelisten der Integrationskurse. Beschluss: 5 Ja, 1 Nein, 0 Enthaltungen.

TOP 4 Winterdienst an Gehwegen vor Seniorenwohnanlagen (Antrag der CDU-Fraktion, Drucksache [[N|DS 2025/038]])
Herr Dr. [[P|Knappe]] begründet den Antrag. Die Verwaltung beziffert die Mehrkosten auf ca. 18.500 EUR jährlich. Der Antrag wird in den Finanzausschuss verwiesen.

TOP 5 Personalsituation im Sozialamt
Herr [[P|Wolff]] berichtet für den Personalrat und die ver.di-Betriebsgruppe über 2.300 aufgelaufene Überstunden in der Wohngeldstelle. Er kündigt an, dass ver.di die Beschäftigten zu einer Personalversammlung am 01.07.2025 aufrufen wird. Die Fraktion BÜNDNIS 90/DIE GRÜNEN bittet um eine schriftliche Übersicht der unbesetzten Stellen.

TOP 6 Verschiedenes
Der Seniorenbeirat fragt nach dem Stand des Bebauungsplans Nr. 27 „Wohnen am Vogelherd“ (barrierefreie Wohnungen). Herr [[P|Vogel]] regt eine Ortsbegehung an.

Ende der Sitzung: 19:12 Uhr

Saaleck-Unstrut, 16.06.2025

[[P|Marlene Thiele]]                [[P|Cornelia Pfeiffer]]
Vorsitzende                         Protokollführerin
""")

# F42-010 – ver.di shop steward, BEM of a colleague
doc("outlook", "verdi_bem", ["HEALTH", "UNION"], """
Von: [[P|Kühnel, Sandra]] <[[E|s.kuehnel@saaleck-unstrut.de]]>
An: Personalamt <[[N|personalamt@saaleck-unstrut.de]]>
Cc: [[E|t.wolff@saaleck-unstrut.de]]
Betreff: BEM-Gespräch Kollege [[P|Lehmann]] – bitte Termin verschieben

Hallo zusammen,

ich melde mich als ver.di-Vertrauensfrau und auf Wunsch von Herrn [[P|Dirk Lehmann]] (Bauhof, Personalnr. [[N|40715]]). Das BEM-Erstgespräch am 24.09. schafft er nicht, er ist nach der Bandscheiben-OP (L4/L5) noch bis ca. Mitte Oktober in der Reha in Bad Frankenhausen. [[P|Dirk]] ist auch bei uns Mitglied und hat mich gebeten, ihn beim Gespräch zu begleiten.

Bitte nicht mehr über seine private Handynummer anrufen, er möchte Kontakt nur über mich oder per Post an seine Privatanschrift.

Terminvorschlag: 21.10. oder 23.10., gern mit [[P|Torsten]] vom PR dabei.

Viele Grüße
[[P|Sandra Kühnel]]
Fachbereich Bürgerdienste | ver.di-Vertrauensfrau
Tel. [[T|034671 590-118]]
""")

# F42-011 – Sozialbericht Betreuungsbehörde (surname Bäcker vs. noun Bäcker)
doc("word", "sozialbericht_betreuung", ["HEALTH"], f"""
Stadt Saaleck-Unstrut – Betreuungsbehörde
[[N|Markt 1]], [[N|06577 Saaleck-Unstrut]]

An das Amtsgericht Sondershausen
– Betreuungsgericht –
Geschäftszeichen: [[AZ|XVII 214/25]]

Sozialbericht nach § 12 BtOG

Betroffener: Herr [[P|Gerhard Bäcker]], geb. [[DOB|19.07.1954]]
Anschrift: [[A|Am Kalkberg 4]], [[A|06577 Saaleck-Unstrut]]
Rentenversicherungsnummer: [[SSN|{ssn_spaced(SSN_BAECKER)}]]

1. Persönliche und soziale Situation
Herr [[P|Bäcker]] hat nach der Lehre als Bäcker bis 2014 in der Großbäckerei in Artern gearbeitet und bezieht seit 2019 Altersrente (1.048,17 EUR netto). Er ist verwitwet. Einziger Angehöriger ist der Sohn, Herr [[P|Marco Bäcker]], wohnhaft in Erfurt; der Kontakt ist sporadisch.

2. Gesundheitliche Situation
Nach Auskunft der Hausärztin, Frau [[P|Dr. Bettina Ruhland]], besteht eine langjährige Alkoholabhängigkeit mit beginnendem Korsakow-Syndrom, außerdem ein insulinpflichtiger Diabetes mellitus Typ 2. Beim Hausbesuch am 26.08.2025 war er zeitlich nicht orientiert; die Insulinspritzen lagen ungekühlt auf dem Küchentisch.

3. Wohnung und Finanzen
[[P|Gerhard Bäckers]] Wohnung ist stark vermüllt. Es bestehen Mietrückstände von 2.310,00 EUR; die Wohnungsbaugenossenschaft „Unstrut“ eG hat Räumungsklage angekündigt. Post wird seit Monaten nicht geöffnet.

4. Erforderliche Aufgabenkreise
Vermögenssorge, Gesundheitssorge, Wohnungsangelegenheiten, Vertretung gegenüber Behörden, Versicherungen und Sozialleistungsträgern, Entgegennahme und Öffnen der Post.

5. Betreuervorschlag
Der Sohn sieht sich wegen der Entfernung nicht in der Lage, die Betreuung zu übernehmen. Vorgeschlagen wird die Berufsbetreuerin Frau [[P|Anja Liebscher]], Tel. [[T|034671 77 29 30]]. Der Betroffene hat sich im Gespräch mit ihr einverstanden erklärt.

Saaleck-Unstrut, 02.09.2025
Im Auftrag

[[P|Christoph Wendler]]
Dipl.-Sozialpädagoge (FH), Betreuungsbehörde
""")

# F42-012 – Unterhaltsvorschuss, Syrian mother, father in Utrecht, NL IBAN
doc("outlook", "unterhaltsvorschuss", [], f"""
Betreff: Unterhaltsvorschuss Az. [[AZ|UV-51.4-0932/24]] – Adresse vom Vater + neues Konto

Sehr geehrte Frau [[P|Ziegler]],

ich habe endlich die Adresse vom Vater meiner zwei Kinder bekommen. Er heißt [[P|Mahmoud Al-Khatib]], geboren [[DOB|01.01.1984]] in Homs, und wohnt jetzt in Holland:

[[A|Oudegracht 112]]
[[A|3511 AX Utrecht]]
Niederlande

Er hat mir per WhatsApp geschrieben das er ab Juli selbst 150 € im Monat zahlen will, von seinem Konto [[IBAN|{group(I_NL, 4)}]] bei der Rabobank. Ich weiß nicht ob das stimmt, er hat schon viel versprochen.

Mein altes Konto ist gekündigt. Meine neue Kontoverbindung für den Unterhaltsvorschuss:
IBAN [[IBAN|{I_DE_RANIA}]] (Sparkasse), Kontoinhaberin [[P|Rania Al-Khatib]]

Mit freundlichen Grüßen
[[P|Rania Al-Khatib]]
[[A|Karl-Marx-Platz 5]]
[[A|06577 Saaleck-Unstrut]]
""")

# F42-013 – table Grundsicherung (Nachname, Vorname)
doc("word", "tabelle_grundsicherung", ["HEALTH"], """
Sozialamt – Sachgebiet 50.1 Grundsicherung im Alter und bei Erwerbsminderung
Weiterbewilligungen Juli 2025 (Stand 23.06.2025) – nur für den Dienstgebrauch

Kd.-Nr.	Name, Vorname	geb.	Anschrift	Bemerkung
[[AZ|50.1-20417]]	[[P|Dück, Jakob]]	[[DOB|14.02.1946]]	[[A|Salzstraße 21]]	Pflegegrad 3 seit 05/25, Mehrbedarf Merkzeichen G prüfen
[[AZ|50.1-21090]]	[[P|Papadopoulos, Eleni]]	[[DOB|07.05.1957]]	[[A|Unstrutweg 2a]]	EM-Rente befristet bis 31.12.2026, Nachweis fehlt
[[AZ|50.1-21244]]	[[P|Hadžić, Emir]]	[[DOB|23.11.1962]]	[[A|Straße der Einheit 40]]	Krankenkostzulage (Niereninsuffizienz, Dialyse 3x wöchentl.)

Summe laufende Leistungen Juli: 5.412,60 EUR (Haushaltsstelle 4.3110.735000)
Unterlagen bitte bis 10.07.2025 an Frau [[P|Winter]]. Rückfragen: [[T|034671 590-236]] ([[P|N. Brandstädter]])
""")

# F42-014 – Greek restaurateur, Sondernutzung, tax number, VAT ID, Visa card
doc("outlook", "gaststaette_sondernutzung", [], f"""
Betreff: Sondernutzung Freisitz [[A|Markt 9]] – Unterlagen

Guten Tag Herr [[P|Eckardt]],

wie telefonisch besprochen hier die Daten für die Sondernutzungserlaubnis (Freisitz mit 6 Tischen und 24 Stühlen, 01.04.–31.10.2025):

Betrieb: Taverna „Mythos“, Inhaber [[P|Konstantinos Papadakis]]
Betriebsstätte: [[A|Markt 9]], [[A|06577 Saaleck-Unstrut]]
Steuernummer: [[TNR|{TNR_PAPADAKIS}]]
USt-IdNr.: [[VAT|{VAT_PAPADAKIS}]]
Mobil: [[T|0172 - 3 41 55 86]]
Mail: [[E|kostas.papadakis@gmx.de]]

Die Gebühr (letztes Jahr 312,00 EUR, Rechnung RE-2024-00871) können Sie gern wieder von meiner Kreditkarte abbuchen: Visa [[CC|{group(CC_VISA, 4)}]], gültig bis 09/27. Falls das nicht geht, schicken Sie mir bitte eine Rechnung.

Den Lageplan mit den Tischen hänge ich als PDF an. Der Weg zum Brunnen bleibt frei, 1,50 m wie im Bescheid vom letzten Jahr.

Καλή συνέχεια / viele Grüße
[[P|Kostas Papadakis]]
""")

# F42-015 – Frühförderung, Fragiles-X-Syndrom (genetic)
doc("word", "bescheid_fruehfoerderung", ["HEALTH", "GENETIC"], """
Stadt Saaleck-Unstrut · Sozialamt · Eingliederungshilfe für Kinder und Jugendliche
[[N|Bahnhofstraße 12]] · [[N|06577 Saaleck-Unstrut]]

Frau [[P|Justyna Nowicka-Brandt]]
Herrn [[P|Sebastian Brandt]]
[[A|Ringstraße 12]]
[[A|06577 Saaleck-Unstrut]]

Az.: [[AZ|50.3-FF-0088/25]]
Datum: 19.03.2025

Bescheid über die Komplexleistung Frühförderung (§ 46 SGB IX, § 79 SGB IX)
für Ihren Sohn [[P|Leon Brandt]], geb. [[DOB|11.10.2022]]

Sehr geehrte Frau [[P|Nowicka-Brandt]], sehr geehrter Herr [[P|Brandt]],

auf Ihren Antrag vom 20.01.2025 bewillige ich Ihrem Sohn die interdisziplinäre Frühförderung in der Frühförderstelle der Lebenshilfe Artern im Umfang von 72 Fördereinheiten für den Zeitraum vom 01.04.2025 bis 31.03.2026. Die Kosten werden zwischen der Stadt und der Krankenkasse nach der Landesrahmenvereinbarung aufgeteilt.

Begründung:
Bei [[P|Leon]] wurde im Dezember 2024 am Institut für Humangenetik des Universitätsklinikums Jena molekulargenetisch ein Fragiles-X-Syndrom (FMR1-Vollmutation, mehr als 200 CGG-Wiederholungen) nachgewiesen. Laut Förder- und Behandlungsplan von Frau [[P|Dr. Kerstin Oehme]] (Sozialpädiatrisches Zentrum Nordhausen) zeigt er eine globale Entwicklungsverzögerung, insbesondere der Sprache und der Feinmotorik. Im Rahmen der Familienuntersuchung wurde bei Ihnen als Mutter eine Prämutation festgestellt; eine humangenetische Beratung für die weitere Familienplanung wurde Ihnen angeboten.

Ein Kostenbeitrag wird nach § 138 Abs. 1 Nr. 3 SGB IX nicht erhoben.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadt Saaleck-Unstrut erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Katrin Hartung]]
""")

# F42-016 – Spätaussiedler family from Kazakhstan (deutsche Volkszugehörigkeit)
doc("outlook", "spaetaussiedler_anfrage", ["ETHNICITY"], """
Betreff: Spätaussiedler – Cousine aus Kasachstan kommt im Oktober, Wohnsitz bei uns?

Sehr geehrte Damen und Herren,

meine Cousine [[P|Jelena Gerber]] (geb. [[DOB|09.06.1986]] in Qostanai, Kasachstan) hat vom Bundesverwaltungsamt den Aufnahmebescheid bekommen. Ihre deutsche Volkszugehörigkeit ist anerkannt, sie hat den Sprachtest B1 bestanden und kann die Abstammung über unseren Großvater nachweisen, der Wolgadeutscher war und 1941 nach Kasachstan deportiert wurde. Sie reist mit ihrem Mann [[P|Ruslan Abenov]] (Kasache, er ist in den Bescheid einbezogen) und dem Sohn [[P|Timur]] (5) am 14.10. über Friedland ein.

Reisepässe (Kasachstan): [[PASS|N14320987]] ([[P|Jelena]]), [[PASS|N09875513]] ([[P|Ruslan]])

Meine Fragen:
1) Können die drei nach Friedland direkt Saaleck-Unstrut zugewiesen werden, wenn sie erst mal bei uns wohnen?
2) Wer stellt die Bescheinigung nach § 15 BVFG aus, das Bundesverwaltungsamt oder die Stadt?

Vorübergehende Anschrift (bei uns): [[A|Thomas-Müntzer-Straße 8]], [[A|06577 Saaleck-Unstrut]].

Vielen Dank und freundliche Grüße
[[P|Alexander Schäfer]]
[[E|schaefer.alex@mail.ru]]
""")

# F42-017 – Ausländerbehörde Vermerk, fingerprints (biometric)
doc("word", "auslaenderbehoerde_vermerk", ["BIOMETRIC"], """
Ausländerbehörde Saaleck-Unstrut
Vermerk – Vorsprache zur Beantragung eines elektronischen Aufenthaltstitels nach § 24 AufenthG

Datum: 12.02.2025
Sachbearbeitung: [[P|Ivonne Krauß]]
Vorgangsnummer: [[AZ|ABH-24-3317]]

Vorgesprochen: Herr [[P|Serhij Bondarenko]], geb. [[DOB|28.10.1975]] in Saporischschja, ukrainischer Staatsangehöriger
Wohnanschrift: [[A|Frankenhäuser Straße 102]], [[A|06577 Saaleck-Unstrut]]
Nationalpass: [[PASS|FE731904]], gültig bis 14.06.2029
Begleitet von: Ehefrau [[P|Natalija Bondarenko]]; Sprachmittler Herr [[P|Artem Kravets]] (ehrenamtlich)
Telefon: [[T|0152 0418 3396]]

1. Identitätsprüfung: Nationalpass im Original vorgelegt, Echtheitsprüfung ohne Befund.
2. Biometrie: Lichtbild am Selbstbedienungsterminal erfasst. Fingerabdrücke beider Zeigefinger genommen; rechts Qualitätswert 62 (ausreichend), links wegen unzureichender Qualität Ersatz durch den Mittelfinger. Der Abgleich der Fingerabdrücke mit dem Datensatz der Erstregistrierung im AZR ergab eine Übereinstimmung (Treffer-ID liegt in der Akte).
3. Fiktionsbescheinigung nach § 81 Abs. 5 AufenthG ausgehändigt.
4. Gebühr: 100,00 EUR, bezahlt per Girocard, Beleg-Nr. 004417.
5. Ausgabe des eAT voraussichtlich in KW 11; Herr [[P|Bondarenko]] erhält den PIN-Brief per Post.
""")

# F42-018 – Inobhutnahme after coming out, religious family
doc("outlook", "inobhutnahme_uebergabe", ["SEXUAL_ORIENTATION", "RELIGION"], """
Von: Bereitschaftsdienst Jugendamt <[[N|bereitschaft-jugendamt@saaleck-unstrut.de]]>
Gesendet: Samstag, 15. November 2025 02:41
An: [[P|Vogel, Jana]] <[[E|j.vogel@saaleck-unstrut.de]]>
Betreff: Inobhutnahme Fr./Sa. Nacht – [[P|Ilias K.]] – Übergabe an ASD

Hallo [[P|Jana]],

kurz zur Übergabe für Montag: Um 23:10 Uhr hat die Polizei [[P|Ilias Karagiannis]] (16, geb. [[DOB|04.05.2009]]) zu uns gebracht, er saß mit Rucksack am Bahnhof. Nach seinen Angaben hat ihn sein Vater [[P|Dimitrios Karagiannis]] nach einem Streit aus der Wohnung geworfen, nachdem [[P|Ilias]] erzählt hatte, dass er schwul ist und seit dem Sommer einen Freund hat. Die Familie ist sehr religiös (griechisch-orthodox, der Vater ist im Kirchenvorstand der Gemeinde in Erfurt). Die Mutter hat am Telefon geweint und gesagt, sie könne gerade nichts machen.

[[P|Ilias]] ist vorläufig in der Inobhutnahmestelle „Kleiner Bär“, [[N|Gruppe 2]]. Körperlich unverletzt, wirkt gefasst, will auf keinen Fall nach Hause zurück. Die Schule (Kyffhäuser-Gymnasium) weiß noch nichts.

Eltern: [[A|Salzstraße 30]], [[A|06577 Saaleck-Unstrut]].

LG [[P|Micha]] (Rufbereitschaft)
""")

# F42-019 – Gebührenbescheid with Amex number, invoice/booking numbers, city IBAN
doc("word", "gebuehrenbescheid", [], f"""
Stadt Saaleck-Unstrut · Bürgerbüro
[[N|Markt 1]] · [[N|06577 Saaleck-Unstrut]] · [[N|buergerbuero@saaleck-unstrut.de]] · [[N|034671 590-0]]

Herrn
[[P|Dr. Frank-Walter Oberländer]]
[[A|Postfach 11 07]]
[[A|06571 Wiehe]]

Gebührenbescheid / Rechnung
Rechnungsnummer: RE-BB-2025-004812
Buchungsstelle: 1.1100.432100
Kassenzeichen: [[AZ|2.2025.300418]]
Datum: 28.01.2025

Sehr geehrter Herr Dr. [[P|Oberländer]],

für die von Ihnen am 21.01.2025 beantragten Leistungen setze ich folgende Gebühren fest:

Pos. 1   Führungszeugnis (Belegart O)              13,00 EUR
Pos. 2   Erweiterte Meldebescheinigung             12,00 EUR
Pos. 3   Beglaubigung von Abschriften (3 Stück)     9,00 EUR
Summe                                               34,00 EUR

Die von Ihnen telefonisch angegebene Kreditkarte (American Express, Nr. [[CC|{amex(CC_AMEX)}]]) konnte leider nicht belastet werden, da das Bürgerbüro keine Zahlungen per Amex annimmt. Bitte überweisen Sie den Betrag innerhalb von 14 Tagen unter Angabe des Kassenzeichens auf das Konto der Stadtkasse:
Kreissparkasse Kyffhäuser, IBAN [[N|{CITY_IBAN}]], BIC HELADEF1KYF

Rechtsgrundlage: §§ 1, 4 und 9 ThürVwKostG i. V. m. der Verwaltungskostensatzung der Stadt Saaleck-Unstrut. Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Steffi Wenzel]]
""")

# F42-020 – Wohngeld reply chain, Italian citizen, AT IBAN
doc("outlook", "wohngeld_antwortkette", [], f"""
Betreff: AW: AW: Wohngeld Weiterleistungsantrag – Kontoänderung

Hallo Frau [[P|Rößler]],

ok danke, dann schicke ich die Kontoauszüge und die Lohnabrechnungen von meiner Frau nächste Woche. Das neue Konto ist bei der Erste Bank in Wien (ich arbeite seit März zum Teil in Österreich, wohne aber weiter im [[A|Unstrutweg 11]], [[N|2. OG rechts]]):

IBAN [[IBAN|{group(I_AT_RUSSO, 4)}]]

Wohngeldnummer: [[AZ|WG-2025-01442]]

Grazie e saluti
[[P|Giuseppe Russo]]

Am 12.03.2025 um 08:14 schrieb [[P|Rößler, Nadine]] <[[E|n.roessler@saaleck-unstrut.de]]>:
> Sehr geehrter Herr [[P|Russo]],
>
> für die Weiterbewilligung benötige ich noch die Kontoauszüge der letzten drei Monate sowie die Lohnabrechnungen Ihrer Ehefrau, Frau [[P|Marta Russo-Kaczmarek]], für Dezember bis Februar. Bitte geben Sie bei allen Unterlagen die Wohngeldnummer [[AZ|WG-2025-01442]] an.
>
> Mit freundlichen Grüßen
> [[P|Nadine Rößler]]
> Wohngeldstelle
""")

# F42-021 – Helferkonferenz SpDi, depression after separation from male partner
doc("word", "helferkonferenz_spdi", ["HEALTH", "SEXUAL_ORIENTATION"], """
Gesundheitsamt Saaleck-Unstrut – Sozialpsychiatrischer Dienst
Ergebnisprotokoll Helferkonferenz

Klient: Herr [[P|Dragan Jovanović]], geb. [[DOB|13.01.1971]]
Anschrift: [[A|Am Mühlgraben 23]], [[A|06577 Saaleck-Unstrut]]
Datum: 06.05.2025, 14:00 Uhr, Gesundheitsamt, Raum 014
Az.: [[AZ|SpDi-53-2024/212]]

Teilnehmende: der Klient; Frau [[P|Dr. med. Ute Sieber]] (Hausärztin); Herr [[P|Lukas Ebert]] (rechtlicher Betreuer, Betreuungsverein der Diakonie); Frau [[P|Marija Petrović]] (Schwester); SpDi (Moderation)

1. Verlauf seit der Entlassung
Herr [[P|Jovanović]] wurde am 14.04.2025 nach einem Suizidversuch mit Tabletten aus der stationären psychiatrischen Behandlung entlassen. Auslöser war nach eigener Schilderung die Trennung von seinem Lebensgefährten [[P|Stefan]], mit dem er zwölf Jahre zusammengelebt hat, und die drohende Kündigung der gemeinsamen Wohnung. Diagnose laut Entlassbrief: rezidivierende depressive Störung, gegenwärtig schwere Episode ohne psychotische Symptome (F33.2), schädlicher Gebrauch von Alkohol (F10.1).
Die Schwester berichtet, dass die Eltern in Serbien von der Beziehung ihres Bruders bis heute nichts wüssten; sie selbst sei für ihn da, wohne aber in Gera.

2. Absprachen
- Die Hausärztin überweist zur Psychiatrischen Institutsambulanz Nordhausen und führt die Medikation (Sertralin 100 mg) fort.
- Der Betreuer stellt einen Wohngeldantrag und verhandelt mit dem Vermieter über die Übernahme des Mietvertrags.
- Ein Krisenplan liegt vor; im Notfall Telefonseelsorge [[N|0800 111 0 111]] oder Notaufnahme.
- Nächste Helferkonferenz: 17.06.2025, 14 Uhr.

Protokoll: [[P|H. Albers]], Tel. [[T|034671 590-531]]
""")

# F42-022 – councillor forwards a Roma family's mail to the mayor
doc("outlook", "stadtrat_weiterleitung", ["POLITICS", "ETHNICITY"], """
Betreff: Fwd: hilfe wohnung – Familie [[P|Stojanović]], bitte vor Donnerstag klären

Sehr geehrter Herr Bürgermeister, lieber [[P|Holger]],

als Vorsitzender der SPD-Fraktion leite ich Dir die Mail von Frau [[P|Elvira Stojanović]] weiter. Die Familie (Roma, seit 2015 aus Serbien hier, fünf Kinder) soll zum 30.11. aus der Wohnung [[A|Juri-Gagarin-Ring 30]] geräumt werden. Ich halte das kurz vor dem Winter für nicht vertretbar und werde es in der Ratssitzung am Donnerstag ansprechen, wenn wir bis dahin keine Lösung haben. Die Kollegen der Linken sehen das genauso.

Kannst Du bitte Frau [[P|Winter]] bitten, sich den Fall anzuschauen? Das Az. beim Sozialamt soll [[AZ|50.1-19876]] sein.

Beste Grüße
[[P|Mirko Sander]]
Stadtrat, Vorsitzender der SPD-Fraktion im Stadtrat Saaleck-Unstrut
[[T|0160 5518 2740]]

---------- Forwarded message ---------
From: [[P|elvira stojanovic]] <[[E|elvira.stojanovic92@gmail.com]]>
Date: So., 9. Nov. 2025 um 20:15 Uhr
Subject: hilfe wohnung
To: <[[E|m.sander-spd@t-online.de]]>

guten tag herr [[P|sander]]
ich schreibe ihnen weil sie bei der sprechstunde im bürgerhaus gesagt haben wir können schreiben. wir haben brief von gericht bekommen wir müssen raus bis 30 november. mein mann [[P|Dragiša]] hat keine arbeit seit sommer und das jobcenter hat die miete nicht bezahlt weil der brief nicht angekommen ist. die kinder gehen alle in schule hier. bitte helfen sie uns

[[P|elvira]]
""")

# F42-023 – Wohngeld application form, Vietnamese household, tax IDs, IBAN
doc("word", "formular_wohngeld", [], f"""
Antrag auf Wohngeld (Mietzuschuss) – Erstantrag
Wohngeldbehörde der Stadt Saaleck-Unstrut                Eingang: 03.02.2025

1. Antragstellende Person
Familienname: [[P|Lê]]
Vorname(n): [[P|Thị Mai]]
Geburtsdatum: [[DOB|17.08.1983]]          Geburtsort: Hải Phòng
Staatsangehörigkeit: vietnamesisch
Steuerliche Identifikationsnummer: [[TID|{tid_spaced(TID_LE)}]]
Anschrift: [[A|Straße der Einheit 12]], [[A|06577 Saaleck-Unstrut]]
Telefon: [[T|0157 7281 0364]]          E-Mail: [[E|mai.le83@yahoo.de]]

2. Haushaltsmitglieder
Nr. | Name, Vorname | Geburtsdatum | Verhältnis | Steuer-ID
2 | [[P|Đỗ, Văn Hùng]] | [[DOB|02.12.1979]] | Ehegatte | [[TID|{TID_DO}]]
3 | [[P|Đỗ, Khánh Linh]] | [[DOB|25.05.2011]] | Tochter | –

3. Wohnung
Vermieter: Wohnungsbaugenossenschaft „Unstrut“ eG, [[N|Bahnhofstraße 40]], [[N|06577 Saaleck-Unstrut]]
Wohnfläche: 74 m²   Bruttokaltmiete: 512,00 EUR   Heizkosten: 96,00 EUR   Mietbeginn: 01.10.2019

4. Einkommen
Ehegatte: Koch im Restaurant „Hanoi“, Bad Frankenhausen, brutto 2.180,00 EUR
Antragstellerin: Minijob, 538,00 EUR

5. Bankverbindung
Kontoinhaber: [[P|Đỗ Văn Hùng]]
IBAN: [[IBAN|{group(I_DE_DO, 4)}]]

Ich versichere, dass die Angaben vollständig und richtig sind.
Saaleck-Unstrut, 31.01.2025            Unterschrift: [[P|Lê Thị Mai]]
""")

# F42-024 – ambulant care service (sole trader) to the Sozialamt, Pflegegrad 4
doc("outlook", "pflegedienst_rechnung", ["HEALTH"], f"""
Betreff: Hilfe zur Pflege – Rechnungen August

Sehr geehrte Frau [[P|Hartung]],

anbei wie besprochen die Rechnungen für August (Rechnungsnr. 2025-08-0417 und 2025-08-0418) für Ihre Leistungsberechtigte Frau [[P|Hanna Schäfer]], [[A|Weinbergstraße 17]], [[A|06578 Oldisleben]], Ihr Aktenzeichen [[AZ|50.4-HzP-3321]].

Sie ist seit dem Krankenhausaufenthalt im Juli (Oberschenkelhalsfraktur links, seitdem überwiegend bettlägerig, zunehmende Verwirrtheit) in Pflegegrad 4 eingestuft; wir fahren jetzt dreimal täglich an. Die Pflegekasse übernimmt 1.859,00 EUR, der ungedeckte Rest von 1.127,40 EUR geht an das Sozialamt. Ihre Tochter, Frau [[P|Carola Schäfer-Hentschel]], möchte die Rechnungen künftig in Kopie bekommen.

Für Ihre Stammdaten (hat sich mit der Umstellung auf die neue Bank geändert):
IBAN [[IBAN|{group(I_DE_VOLLRATH, 4)}]]

Mit freundlichen Grüßen

[[P|Anke Vollrath]]
Inhaberin und Pflegedienstleitung
Ambulanter Pflegedienst [[P|Vollrath]]
[[A|Lindenallee 5]] · [[A|06577 Saaleck-Unstrut]]
Tel. [[T|034671 9 33 20]] · Fax 034671 9 33 21
Steuernummer [[TNR|{TNR_VOLLRATH}]] · USt-IdNr. [[VAT|{VAT_VOLLRATH}]] · IK [[N|461612345]]
""")

# F42-025 – Gesundheitsamt, Masernschutz hearing, Polish family
doc("word", "anhoerung_masernschutz", ["HEALTH"], f"""
Gesundheitsamt Saaleck-Unstrut · Sachgebiet Infektionsschutz
[[N|Bahnhofstraße 14]] · [[N|06577 Saaleck-Unstrut]] · [[N|gesundheitsamt@saaleck-unstrut.de]]

Eheleute
[[P|Paweł Zieliński]] und [[P|Katarzyna Zielińska]]
[[A|Unstrutweg 19]]
[[A|06577 Saaleck-Unstrut]]

Az.: [[AZ|53.2-MS-0241/25]]
Datum: 03.09.2025

Anhörung nach § 28 ThürVwVfG – Nachweispflicht nach § 20 Abs. 9 IfSG (Masernschutz)
Kind: [[P|Zofia Zielińska]], geb. [[DOB|16.02.2021]], Kita „Unstrutspatzen“
Versichertennummer des Kindes: [[KV|{KV_ZOFIA}]]

Sehr geehrte Frau [[P|Zielińska]], sehr geehrter Herr [[P|Zieliński]],

die Kindertageseinrichtung hat uns mitgeteilt, dass für Ihre Tochter kein ausreichender Nachweis über einen Masernschutz vorliegt. Aus dem vorgelegten Impfausweis geht lediglich eine Impfung mit einem MMR-Kombinationsimpfstoff vom 20.05.2022 hervor; die zweite Impfdosis fehlt. Ein ärztliches Zeugnis über eine medizinische Kontraindikation oder über eine bestehende Immunität wurde nicht vorgelegt.

Wir beabsichtigen, Ihnen gegenüber anzuordnen, den Nachweis bis zum 31.10.2025 vorzulegen. Bei Nichtbefolgung kann ein Bußgeld von bis zu 2.500 EUR nach § 73 Abs. 1a Nr. 7a IfSG festgesetzt werden. Sie erhalten Gelegenheit, sich bis zum 24.09.2025 zu äußern. Die Impfung können Sie kostenfrei in unserer Impfsprechstunde (dienstags 13–15 Uhr) nachholen lassen.

Mit freundlichen Grüßen
Im Auftrag

[[P|Dr. med. Friederike Lampe]]
Ärztin im Gesundheitsamt
Tel. [[T|034671 590-612]]
""")

# F42-026 – informal mail about ID card pick-up (biometric photo mentioned harmlessly)
doc("outlook", "perso_meldebescheinigung", [], f"""
Betreff: personalausweis abholen + meldebescheinigung englisch?

guten tag,

ich hab am 2. juni den neuen perso beantragt (das biometrische passbild hab ich beim fotografen am markt machen lassen) und wollte fragen ob der schon da ist? meine alte ausweisnummer war [[IDC|{IDC_MUNTEANU}]], den hab ich ja bei ihnen abgegeben. falls sie noch was brauchen, mein reisepass ist [[PASS|{PASS_MUNTEANU}]].

ausserdem brauche ich für meinen neuen job in dänemark eine meldebescheinigung auf englisch oder international, geht das bei ihnen?

[[P|Andreea-Ioana Munteanu]], geb. [[DOB|30.04.1997]]
[[A|Am Rosengarten 31]], [[A|06577 Saaleck-Unstrut]]

danke!!
[[P|andreea]]
""")

# F42-027 – telephone note, Huntington's disease (genetic)
doc("word", "telefonvermerk_hausaerztin", ["HEALTH", "GENETIC"], f"""
Aktenvermerk – Telefonat
Sozialamt, Hilfe zur Pflege, Az. [[AZ|50.4-HzP-3398]]

Datum/Uhrzeit: 14.10.2025, 09:20 Uhr
Gesprächspartnerin: Frau [[P|Dr. Bettina Ruhland]], Hausärztin
Betrifft: Herrn [[P|Roland Weißgerber]], geb. [[DOB|03.03.1968]], [[A|Thomas-Müntzer-Straße 77]], [[A|06577 Saaleck-Unstrut]]
RV-Nr.: [[SSN|{SSN_WEISSGERBER}]]

Inhalt:
Frau Dr. [[P|Ruhland]] bestätigt, dass bei ihrem Patienten 2019 eine Chorea Huntington molekulargenetisch gesichert wurde (CAG-Repeat 44). [[P|Rolands]] Vater ist an derselben Erkrankung verstorben; die Tochter [[P|Franziska]] (24) hat sich bislang gegen eine prädiktive Testung entschieden. Die Erkrankung schreitet rasch fort (Schluckstörung, Stürze, Reizbarkeit). Seit August Pflegegrad 4. Die Ehefrau, Frau [[P|Petra Weißgerber]], ist mit der häuslichen Pflege überfordert. Die Hausärztin befürwortet die Aufnahme in eine auf Huntington spezialisierte Pflegeeinrichtung und schickt einen kurzen Befundbericht.

Weiteres Vorgehen:
- Antrag auf Hilfe zur Pflege in Einrichtungen (§ 65 SGB XII) an die Ehefrau senden.
- Einkommens- und Vermögensprüfung der Ehefrau.
- Rückruf Frau [[P|Weißgerber]] unter [[T|036375 5 41 29]] (ab 15 Uhr).

[[P|K. Hartung]]
""")

# F42-028 – Jobcenter colleague forwards data for an Eritrean client
doc("outlook", "jobcenter_weiterleitung", [], f"""
Von: [[P|Rahimi, Ahmad]] <[[E|ahmad.rahimi@jobcenter-ge.de]]>
Gesendet: Donnerstag, 10. Juli 2025 11:32
An: [[P|Brandstädter, Nicole]] <[[E|n.brandstaedter@saaleck-unstrut.de]]>
Betreff: AW: Herr [[P|Tesfamariam]] – Einstellung AsylbLG / Übergang SGB II

Hallo Frau [[P|Brandstädter]],

danke für die schnelle Einstellungsmitteilung. Er ist seit 01.07. als Flüchtling anerkannt und bekommt ab August Bürgergeld von uns. Hier wie gewünscht die Daten für Ihren Abschluss:

[[P|Yonas Tesfamariam]], geb. [[DOB|01.01.1990]]
Versicherungsnummer: [[SSN|{ssn_spaced(SSN_TESFAMARIAM)}]]
Krankenkasse: AOK PLUS, KVNR [[KV|{KV_TESFAMARIAM}]]

Er wohnt vorerst weiter in der GU, [[A|Lindenallee 22]], [[N|Zimmer 3]], sucht aber eine Wohnung.

Viele Grüße
[[P|Ahmad Rahimi]]
Jobcenter Kyffhäuserkreis, Team 613
Tel. [[T|03632 7 55 13 42]]
""")

# F42-029 – Kostenbeitrag Jugendhilfe, self-employed father, tax number + tax ID + IBAN
doc("word", "kostenbeitrag_jugendhilfe", [], f"""
Stadt Saaleck-Unstrut · Jugendamt · Wirtschaftliche Jugendhilfe
[[N|Bahnhofstraße 12]] · [[N|06577 Saaleck-Unstrut]]

Herrn
[[P|Jens-Uwe Matthes]]
[[A|Am Steinbruch 2]]
[[A|99631 Weißensee]]

Az.: [[AZ|51.6-KB-0071/25]]
Datum: 24.06.2025

Heranziehung zu einem Kostenbeitrag nach §§ 91 ff. SGB VIII
Hilfe zur Erziehung in einer Wohngruppe (§ 34 SGB VIII) für Ihre Tochter [[P|Chantal Matthes]], geb. [[DOB|19.12.2009]], seit 01.03.2025

Sehr geehrter Herr [[P|Matthes]],

für die Hilfe für Ihre Tochter werden Sie als Elternteil zu den Kosten herangezogen. Maßgeblich ist Ihr Einkommen aus dem Vorjahr. Nach Ihrem Einkommensteuerbescheid 2023 (Steuernummer [[TNR|{TNR_MATTHES}]], Identifikationsnummer [[TID|{TID_MATTHES}]]) erzielten Sie als selbstständiger Dachdeckermeister Einkünfte aus Gewerbebetrieb von 41.260,00 EUR. Nach Abzug der Belastungen nach § 93 Abs. 3 SGB VIII ergibt sich ein maßgebliches Einkommen von 2.735,00 EUR monatlich; das entspricht der Einkommensgruppe 6 der Kostenbeitragsverordnung, Beitragsstufe 1. Der Kostenbeitrag beträgt monatlich 465,00 EUR.

Bitte überweisen Sie den Betrag jeweils bis zum 15. eines Monats unter Angabe des Kassenzeichens [[AZ|4.2025.611903]] auf das Konto der Stadtkasse, IBAN [[N|{group(CITY_IBAN, 4)}]]. Alternativ können Sie uns ein SEPA-Lastschriftmandat für Ihr Konto [[IBAN|{group(I_DE_MATTHES, 4)}]] erteilen, das Sie bei der Anhörung angegeben haben; ein Formular liegt bei.

Die Kindesmutter, Frau [[P|Mandy Köhler]], wird gesondert herangezogen.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadt Saaleck-Unstrut erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Sven Dietzel]]
""")

# F42-030 – Ukrainian car registration question, EN/DE
doc("outlook", "kfz_zulassung_ua", [], """
Betreff: car registration / Zulassung Auto aus Ukraine

Dobryj den, hello,

I am [[P|Iryna Tkachenko]], we spoke at the Bürgerbüro on Monday (your colleague Mr. [[P|Eckardt]] said I should write an email). I want to register my car here, Škoda Octavia from 2017. The Ukrainian plate is [[KFZ|AX 4417 KM]]. Do I have to go to the Zulassungsstelle in Sondershausen or can I do it in Saaleck-Unstrut? Also the TÜV man said the car needs a "Vollgutachten § 21", is this true?

Wunschkennzeichen if possible: [[KFZ|KYF-IT 725]]

My passport: [[PASS|FB092317]]
Address: [[A|Frankenhäuser Straße 104]], [[A|06577 Saaleck-Unstrut]]
Phone / Telegram: [[T|+49 176 4402 8815]]

Thank you!!
[[P|Iryna]]
""")


# ---------------------------------------------------------------- build, check, write
def main():
    assert len(DOCS) == 30, len(DOCS)
    lines = []
    for i, (channel, template, marked, flags) in enumerate(DOCS, 1):
        lines.append(build(f"F42-{i:03d}", channel, template, marked, flags))

    # identifiers inside the labelled spans re-checked
    for d in lines:
        for e in d["entities"]:
            t = e["text"]
            if e["category"] == "IBAN":
                assert iban_ok(t), (d["id"], t)
            elif e["category"] == "CREDIT_CARD":
                assert luhn_ok(t), (d["id"], t)
            elif e["category"] == "TAX_ID":
                assert tax_id_ok(t), (d["id"], t)
            elif e["category"] == "VAT_ID":
                assert vat_ok(t), (d["id"], t)
        for n in d["neutral"]:
            if n["text"].startswith("DE") and len(n["text"].replace(" ", "")) == 22:
                assert iban_ok(n["text"]), n

    with open(OUT, "w", encoding="utf-8") as f:
        for d in lines:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    n = sum(len(d["entities"]) for d in lines)
    print(f"{OUT}: {len(lines)} documents, {n} entities")


if __name__ == "__main__":
    main()
