#!/usr/bin/env python3
"""Batch 49: a held-out set for the German PII detector, written blind.

Setting: Stadt Edertal-Fritzberg, an invented small town in North Hesse (Schwalm-Eder / Waldeck-Frankenberg area):
Standesamt, Friedhofsverwaltung, Ordnungsamt, Bürgerbüro; Yazidi, Aramaic (Syrian Christian), Sinti, Turkish and
Kosovo-Albanian families, elderly locals, a pastor and two funeral homes writing.
Writes fresh49.jsonl (30 documents, ids F49-001 … F49-030) next to this script.
"""
import json
import os
import random
import sys

sys.dont_write_bytecode = True
CORPUS = "/work/main/tests/KiOfficeAddin.Guardrails.Tests/Pii/Corpus"
sys.path.insert(0, CORPUS)

from marks import build  # noqa: E402
from identifiers import Identifiers, group, icao_check, luhn_check, mod11_10_check, digit_sum  # noqa: E402

SEED = 4949
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fresh49.jsonl")

ids = Identifiers(SEED)
rng = random.Random(SEED)


def iban_nl(bank):
    """NL IBAN with letters in the bank code; the 10-digit account also passes the old Dutch 11-test."""
    from identifiers import mod97_iban
    while True:
        acct = ids.digits(10, first_nonzero=True)
        if sum((10 - i) * int(c) for i, c in enumerate(acct)) % 11 == 0:
            return mod97_iban("NL", bank + acct)


def iban_at(bank_code):
    from identifiers import mod97_iban
    return mod97_iban("AT", bank_code + ids.digits(11))


def tax_number_hessen(fa):
    # Hessian layout 0FF BBB BBBBP (layout only, no check verified).
    return f"0{fa} {ids.digits(3)} {ids.digits(5)}"


def ssn_fmt(s):
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"


def tid_fmt(s):
    return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


# ---- identifiers, generated in a fixed order -------------------------------------------------------------------
CITY_IBAN = group(ids.iban_de(), 4)                  # Stadtkasse (neutral)
TID_MALGORZATA = ids.tax_id()
IDC_DIPPEL = ids.id_card(check_digit=True)
PASS_NINVE = ids.passport(check_digit=True)
VAT_SIEBERT = ids.vat_id()
TNR_SIEBERT = tax_number_hessen("26")
PASS_KOERDEL = ids.passport()
IDC_HAJI = ids.id_card()
IDC_TESFAY = ids.id_card()
CC_MORINA = ids.credit_card("52", 16)
IDC_KOVALENKO = ids.id_card()
CC_KOVALENKO = ids.credit_card("4", 16)
KV_KOVALENKO = ids.health_insurance()
PASS_OKONKWO = ids.passport(check_digit=True)
IDC_PAPADOPOULOS = ids.id_card()
IDC_ENGEL = ids.id_card()
IBAN_WAGNER = iban_at("20815")
SSN_LJUDMILA = ids.social_security("020558", "B")
SSN_JEWGENIJ = ids.social_security("191055", "K")
KV_LJUDMILA = ids.health_insurance()
TID_LJUDMILA = ids.tax_id()
IBAN_LJUDMILA = ids.iban_de()
TNR_SHALA = tax_number_hessen("25")
VAT_SHALA = ids.vat_id()
IBAN_SHALA = iban_nl("BUNQ")

# the city (neutral everywhere)
RATHAUS = "[[N|Marktplatz 1]], [[N|34599 Edertal-Fritzberg]]"
RATHAUS_DOT = "[[N|Marktplatz 1]] · [[N|34599 Edertal-Fritzberg]]"
ZENTRALE = "[[N|05623 9471-0]]"

DOCS = []


def doc(channel, template, flags, marked):
    DOCS.append((channel, template, flags, marked.strip("\n")))


# F49-001 ------------------------------------------------------------------------------------------------------------
doc("word", "eheschliessung", ["RELIGION"], f"""
Magistrat der Stadt Edertal-Fritzberg – Standesamt
{RATHAUS}

Az.: [[AZ|StA 1.2-E 118/2025]]

Niederschrift über die Anmeldung der Eheschließung

Vor der unterzeichnenden Standesbeamtin erschienen heute, am 02.10.2025, zum Zwecke der Anmeldung ihrer Eheschließung:

1. [[P|Dilshad Khalaf]], geboren am [[DOB|14.03.1996]] in Sindschar/Irak, irakischer Staatsangehöriger, ledig,
   wohnhaft [[A|Ederstraße 27]], [[A|34599 Edertal-Fritzberg]],
   ausgewiesen durch irakischen Reisepass Nr. [[PASS|A18842519]] und Aufenthaltstitel,

2. [[P|Berivan Qasim]], geboren am [[DOB|2. Juni 1999]] in Duhok/Irak, deutsche Staatsangehörige, ledig,
   wohnhaft [[A|Am Mühlgraben 4a]], [[N|Whg. 3]], [[A|34599 Edertal-Fritzberg]],
   ausgewiesen durch gültigen Personalausweis.

Da der Bräutigam der deutschen Sprache nicht hinreichend mächtig ist, wurde die allgemein beeidigte Dolmetscherin für Kurmandschi, Frau [[P|Xate Murad-Haso]], hinzugezogen.

Die Eheschließenden versichern, dass sie nicht miteinander in gerader Linie verwandt sind und dass keine frühere Ehe oder Lebenspartnerschaft besteht. Für den Bräutigam ist die Befreiung von der Beibringung des Ehefähigkeitszeugnisses (§ 1309 Abs. 2 BGB) beim Präsidenten des Oberlandesgerichts Frankfurt am Main zu beantragen; der Antrag wird heute weitergeleitet. Die Gebühr hierfür beträgt voraussichtlich zwischen 15,00 und 305,00 EUR.

Die Eheschließenden teilen mit, dass im Anschluss an die standesamtliche Trauung eine ezidische Trauung in der Gemeinde in Celle stattfinden soll; sie bitten deshalb um einen Termin vor dem 20.12.2025. Trauzeugen sind nicht vorgesehen.

Namensführung in der Ehe: Die Eheschließenden wollen den Geburtsnamen des Mannes, „[[P|Khalaf]]“, zum Ehenamen bestimmen.

Gewünschter Termin: Freitag, 14.11.2025, 11:00 Uhr, Trauzimmer im Alten Rathaus.
Gebühr für die Anmeldung: 65,00 EUR, bezahlt per EC-Karte.

vorgelesen, übersetzt, genehmigt und unterschrieben (Unterschriften der Eheschließenden und der Dolmetscherin in der Akte)

[[P|Wiegand]], Standesbeamtin
""")

# F49-002 ------------------------------------------------------------------------------------------------------------
doc("outlook", "namenserklaerung", ["RELIGION"], """
Von: [[P|nahrin gabriel]] <[[E|nahrin.gabriel91@gmx.de]]>
Gesendet: Montag, 6. Oktober 2025 21:47
An: Standesamt Edertal-Fritzberg <[[N|standesamt@edertal-fritzberg.de]]>
Betreff: namen nach hochzeit

hallo liebes standesamt,

mein mann [[P|Aho Demir]] und ich haben im juli bei ihnen standesamtlich geheiratet (frau [[P|wiegand]] hat uns getraut, nochmal danke!!) und am 20.9. jetzt auch kirchlich in der syrisch-orthodoxen kirche in gießen. ich hab damals meinen namen behalten weil ich dachte das ist einfacher mit der arbeit, aber jetzt möcht ich doch den doppelnamen [[P|Gabriel-Demir]] haben. geht das noch nachträglich?? hab gehört das geht nur bis ein jahr nach der hochzeit und kostet extra?

und muss [[P|aho]] dann auch mitkommen oder reicht es wenn ich alleine komm? ich arbeite bis 16 uhr, nachmittags bin ich erreichbar unter [[T|0157 3318 4620]].

wir wohnen jetzt [[A|lindenstr. 12]] in [[A|34599 edertal-fritzberg]] (neue adresse seit august, ummeldung ist gemacht)

lg [[P|nahrin]]

Von meinem iPhone gesendet
""")

# F49-003 ------------------------------------------------------------------------------------------------------------
doc("word", "auslandsgeburt", [], f"""
Magistrat der Stadt Edertal-Fritzberg · Standesamt · {RATHAUS_DOT}

Eheleute
[[P|Yuhanon Isa]] und [[P|Ninve Isa]], geb. [[P|Şimşek]]
[[A|Brückenstraße 9]]
[[A|34599 Edertal-Fritzberg]]

Unser Zeichen: [[AZ|StA 1.4-G 31/2025]]
Auskunft: Zimmer 0.14, Telefon {ZENTRALE}
E-Mail: [[N|standesamt@edertal-fritzberg.de]]
Datum: 08.10.2025

Nachbeurkundung der Auslandsgeburt Ihres Sohnes [[P|Gabriel Isa]], geboren am [[DOB|17.05.2025]] in Beirut/Libanon

Sehr geehrte Eheleute [[P|Isa]],

vielen Dank für Ihren Antrag vom 22.09.2025 auf Beurkundung der Geburt Ihres Sohnes im Geburtenregister (§ 36 PStG). Um den Vorgang abschließen zu können, benötige ich noch folgende Unterlagen:

1. die libanesische Geburtsurkunde des Kindes im Original mit Legalisation und beglaubigter Übersetzung,
2. Ihre Heiratsurkunde (Eheschließung am 11.04.2021 in Qamischli) mit Übersetzung,
3. eine Kopie des syrischen Reisepasses des Vaters (Nr. [[PASS|N011452873]]) sowie des deutschen Reisepasses der Mutter (Nr. [[PASS|{PASS_NINVE}]]),
4. die Einbürgerungsurkunde der Mutter vom 03.03.2020.

Bitte beachten Sie: Der Vorname wird in der Schreibweise der libanesischen Urkunde übernommen. Wünschen Sie einen zweiten Vornamen, muss dieser bereits in der ausländischen Urkunde stehen.

Die Gebühr für die Nachbeurkundung beträgt 84,00 EUR zuzüglich 12,00 EUR je Geburtsurkunde (Nr. 4.1 und 7.1 des Gebührenverzeichnisses). Sobald die Unterlagen vollständig vorliegen, erhalten Sie einen Gebührenbescheid.

Mit freundlichen Grüßen
Im Auftrag

[[P|Rehling]]
Standesbeamter
""")

# F49-004 ------------------------------------------------------------------------------------------------------------
doc("outlook", "kirchenaustritt", ["RELIGION"], f"""
Von: [[P|Hupfeld, Svenja]]
Gesendet: Dienstag, 7. Oktober 2025 09:12
An: [[P|Wiegand, Petra]]
Betreff: WG: Kirchenaustritt - Termin?

Hallo,

kannst du das übernehmen? Die Dame war schon zweimal bei uns im Bürgerbüro, aber Austritte macht ja nur ihr.

Gruß
[[P|Svenja]]

-----Ursprüngliche Nachricht-----
Von: [[P|Małgorzata Wiśniewska]] <[[E|m.wisniewska@web.de]]>
Gesendet: Montag, 6. Oktober 2025 18:03
An: [[N|buergerbuero@edertal-fritzberg.de]]
Betreff: Kirchenaustritt - Termin?

Guten Tag,

ich möchte aus der katholischen Kirche austreten. Mein Arbeitgeber (ambulanter Pflegedienst in Fritzlar) braucht dann eine Bescheinigung für die Lohnabrechnung, damit keine Kirchensteuer mehr abgezogen wird. Meine Steuer-ID ist [[TID|{TID_MALGORZATA}]], falls Sie die brauchen.

Ich bin geboren am [[DOB|19.07.1983]] in Opole (Polen), wohne seit 2019 in der [[A|Kasseler Straße 61]], [[A|34599 Edertal-Fritzberg]]. Personalausweis habe ich.

Ich kann nur dienstags oder donnerstags nachmittags wegen der Schichten. Mein Mann [[P|Paweł]] kommt mit, er will auch austreten, geht das zusammen in einem Termin?

Mit freundlichen Grüßen
[[P|Małgorzata Wiśniewska]]
Tel. [[T|0176 / 2284 1907]]
""")

# F49-005 ------------------------------------------------------------------------------------------------------------
doc("word", "kirchenaustritt", ["RELIGION"], f"""
Standesamt Edertal-Fritzberg
{RATHAUS}

Az.: [[AZ|StA 5.1-KA 0412/2025]]

Bescheinigung über den Austritt aus einer Religionsgemeinschaft
(Hessisches Kirchenaustrittsgesetz)

Name, Vornamen:         [[P|Dippel, Heinrich Wilhelm]]
Geburtsdatum, -ort:     [[DOB|23.11.1949]] in Fritzlar
Anschrift:              [[A|Hinter der Kirche 3]], [[A|34599 Edertal-Fritzberg]] (OT Altenhain)
Religionsgemeinschaft:  Evangelische Kirche von Kurhessen-Waldeck
Ausgewiesen durch:      Personalausweis [[IDC|{IDC_DIPPEL}]]

Herr [[P|Dippel]] hat heute vor dem Standesamt persönlich erklärt, dass er aus der oben genannten Religionsgemeinschaft austritt. Der Austritt wird mit Ablauf des Tages der Erklärung wirksam. Die Kirchengemeinde und das Finanzamt werden unterrichtet; die Mitteilung an die Meldebehörde erfolgt elektronisch.

Gebühr: 30,00 EUR, bar bezahlt, Quittung Nr. 2025-3381.

Edertal-Fritzberg, 09.10.2025
Die Standesbeamtin
[[P|Wiegand]]

Erklärt und unterschrieben:
[[P|Heinrich Dippel]]
""")

# F49-006 ------------------------------------------------------------------------------------------------------------
doc("word", "telefonvermerk", [], """
Telefonvermerk – Friedhofsverwaltung
13.10.2025, 10:40 Uhr, aufgenommen: [[P|Hildebrandt]]

Anrufer: [[P|Arben Krasniqi]] (Sohn), Rückruf unter [[T|0160 944 21 87]]
Betrifft: Grabstelle [[N|Feld C, Reihe 4, Nr. 17]] (Vater [[P|Rexhep Krasniqi]], † 02.08.2019)

Herr [[P|Krasniqi]] will zum Jahrestag einen Grabstein setzen lassen, Steinmetz [[P|Vogel]] aus Fritzlar macht ihm ein Angebot. Fragt, ob das genehmigt werden muss. → Ja, Antrag nach § 28 Friedhofssatzung mit Zeichnung; Formular per Mail an [[E|arben.krasniqi@outlook.com]] geschickt.
""")

# F49-007 ------------------------------------------------------------------------------------------------------------
doc("word", "grabgebuehren", [], f"""
Magistrat der Stadt Edertal-Fritzberg
Friedhofsverwaltung
{RATHAUS_DOT}

Frau
[[P|Erna Wetzel]]
[[A|Steinweg 14]]
[[A|34537 Bad Wildungen]]

Kassenzeichen: [[AZ|7.5100.024817]]
Ansprechpartner: [[P|Jens Hildebrandt]]
Durchwahl: [[T|05623 9471-52]]
Datum: 10.10.2025

Gebührenbescheid – Verlängerung des Nutzungsrechts an einer Wahlgrabstätte

Sehr geehrte Frau [[P|Wetzel]],

auf Ihren Antrag vom 29.09.2025 wird das Nutzungsrecht an der Wahlgrabstätte [[N|Feld A, Nr. 112/113]] auf dem Friedhof Fritzberg (Am Kirchweg), in der Ihr Ehemann [[P|Karl-Heinz Wetzel]] (geb. [[DOB|04.07.1936]], gest. 18.01.2024) beigesetzt ist, um zehn Jahre bis zum 31.12.2045 verlängert.

Die Gebühr nach § 4 Abs. 2 der Friedhofsgebührensatzung in Verbindung mit Nr. 3.2 des Gebührenverzeichnisses beträgt:
2 Grabstellen × 10 Jahre × 38,50 EUR = 770,00 EUR

Bitte überweisen Sie den Betrag bis zum 15.11.2025 unter Angabe des Kassenzeichens auf das Konto der Stadtkasse:
Kreissparkasse Schwalm-Eder, IBAN [[N|{CITY_IBAN}]]

Begründung:
Nach § 13 Abs. 2 der Friedhofssatzung der Stadt Edertal-Fritzberg vom 12.06.2019 (zuletzt geändert durch Satzung vom 07.12.2023) kann das Nutzungsrecht an einer Wahlgrabstätte auf Antrag verlängert werden, wenn die Ruhezeit einer weiteren Beisetzung dies erfordert oder die Nutzungsberechtigten es wünschen. Die Ruhezeit beträgt für Erdbestattungen 25 Jahre, für Urnenbeisetzungen 20 Jahre. Ihr Antrag ist rechtzeitig vor Ablauf des bisherigen Nutzungsrechts (31.12.2035) eingegangen. Eine Verlängerung um weniger als fünf Jahre ist nach der Satzung nicht möglich; Sie haben sich für zehn Jahre entschieden. Die Gebühr bemisst sich nach der Zahl der Grabstellen und der Dauer der Verlängerung; eine anteilige Erstattung bei vorzeitiger Rückgabe ist nach § 6 der Friedhofsgebührensatzung ausgeschlossen.

Bitte beachten Sie außerdem:
1. Die Grabstätte muss innerhalb von sechs Monaten nach der Beisetzung hergerichtet und bis zum Ablauf des Nutzungsrechts ordnungsgemäß unterhalten werden (§ 24 Friedhofssatzung). Verwelkte Blumen, Kränze und Pflanzschalen aus Kunststoff sind in die dafür aufgestellten Behälter am Eingang Kirchweg zu entsorgen.
2. Grabmale dürfen nur mit vorheriger Genehmigung der Friedhofsverwaltung errichtet oder verändert werden. Die Standsicherheit wird jährlich im Frühjahr geprüft (Druckprobe nach der Technischen Anleitung TA Grabmal); lockere Grabmale werden gekennzeichnet und sind binnen vier Wochen zu befestigen.
3. Der Winterdienst auf den Hauptwegen und der Schnitt der Hainbuchenhecken obliegen der Friedhofsverwaltung; für die Pflege der Grabstätte selbst, einschließlich der Einfassung, sind die Nutzungsberechtigten verantwortlich. Das Anpflanzen von Bäumen und großwüchsigen Sträuchern ist nicht gestattet.
4. Wenn Sie die Grabpflege nicht mehr selbst übernehmen können, können Sie eine Dauergrabpflege mit einer Friedhofsgärtnerei vereinbaren. Eine Liste der zugelassenen Betriebe erhalten Sie bei der Friedhofsverwaltung oder unter www.edertal-fritzberg.de/friedhof.
5. Änderungen Ihrer Anschrift teilen Sie uns bitte mit, damit wir Sie vor Ablauf des Nutzungsrechts rechtzeitig anschreiben können.

Rechtsbehelfsbelehrung:
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift beim Magistrat der Stadt Edertal-Fritzberg, {RATHAUS}, einzulegen. Die Frist ist auch gewahrt, wenn der Widerspruch innerhalb der Frist beim Kreisausschuss des Schwalm-Eder-Kreises eingelegt wird. Der Widerspruch hat keine aufschiebende Wirkung (§ 80 Abs. 2 Satz 1 Nr. 1 VwGO); die Gebühr ist daher auch bei einem Widerspruch fristgerecht zu zahlen. Auf Antrag kann die Vollziehung ausgesetzt werden.

Hinweis zum Datenschutz:
Ihre Daten werden zur Verwaltung der Grabstätte und zur Erhebung der Gebühren nach Art. 6 Abs. 1 Buchst. e DSGVO in Verbindung mit § 3 HDSIG verarbeitet und nach Ablauf des Nutzungsrechts zuzüglich zehn Jahren gelöscht. Fragen hierzu richten Sie bitte an die behördliche Datenschutzbeauftragte unter [[N|datenschutz@edertal-fritzberg.de]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Hildebrandt]]
""")

# F49-008 ------------------------------------------------------------------------------------------------------------
doc("outlook", "bestattung", ["RELIGION"], f"""
Von: Bestattungen [[P|Siebert]] <[[E|info@bestattungen-siebert.de]]>
Gesendet: Dienstag, 14. Oktober 2025 08:26
An: [[N|friedhof@edertal-fritzberg.de]]
Betreff: Anmeldung Beisetzung Grabfeld M, Do 16.10.

Sehr geehrte Damen und Herren,

hiermit melden wir die Beisetzung von

Herrn [[P|Mustafa Çelik]]
geb. [[DOB|1. März 1941]] in Kayseri, verstorben am 12.10.2025 im Klinikum Kassel
zuletzt wohnhaft: [[A|Jahnstraße 8]], [[A|34599 Edertal-Fritzberg]]

auf dem muslimischen Grabfeld M des Friedhofs Fritzberg an. Die Familie wünscht eine Bestattung nach islamischem Ritus im Leichentuch ohne Sarg (nach § 14 Abs. 3 der Friedhofssatzung zulässig), mit Ausrichtung nach Mekka, und möglichst am Donnerstag, 16.10.2025, vormittags. Die rituelle Waschung übernimmt die Moscheegemeinde in Fritzlar, die Totengebete spricht der Imam der Gemeinde.

Nutzungsberechtigter wird der Sohn, Herr [[P|Hasan Çelik]], gleiche Anschrift, Tel. [[T|0151 2470 9936]]. Den Gebührenbescheid bitte an ihn.

Für den Erdaushub brauchen wir die Grabnummer bis morgen Mittag, gern telefonisch.

Mit freundlichen Grüßen

[[P|Dirk Siebert]]
Bestattermeister

Bestattungen [[P|Siebert]] e.K.
Tel. [[T|05623 4410]]
USt-IdNr. [[VAT|{VAT_SIEBERT}]] · Steuernummer [[TNR|{TNR_SIEBERT}]]
Amtsgericht Fritzlar HRA 1187
""")

# F49-009 ------------------------------------------------------------------------------------------------------------
doc("outlook", "pfarrer", ["RELIGION", "HEALTH"], """
Von: Pfarrer [[P|Johannes Brede]] <[[E|johannes.brede@ekkw.de]]>
Gesendet: Donnerstag, 16. Oktober 2025 17:55
An: [[P|Jens Hildebrandt]] <[[E|j.hildebrandt@edertal-fritzberg.de]]>
Betreff: Beerdigung Frau [[P|Battenberg]], Mi 22.10.

Lieber Herr [[P|Hildebrandt]],

für die Trauerfeier von Frau [[P|Gertrud Battenberg]] (geb. [[P|Schneider]], * [[DOB|07.02.1933]]) am Mittwoch, 22.10., um 13:30 Uhr bräuchte ich bitte die Friedhofskapelle schon ab 13 Uhr – die Familie möchte vorher noch eine halbe Stunde Abschied am offenen Sarg nehmen.

Beim Trauergespräch gestern hat mir die Tochter, Frau [[P|Ursula Battenberg-Heß]], erzählt, dass ihre Mutter die letzten vier Jahre mit einer schweren Alzheimer-Demenz im Pflegeheim gelebt hat und zuletzt niemanden mehr erkannte. Die Todesbescheinigung hat die Hausärztin, Frau Dr. [[P|Amani]], ausgestellt. Die Verstorbene war bis zuletzt treues Gemeindeglied und hat über dreißig Jahre im Kirchenchor gesungen; der Chor singt deshalb, und es werden sicher 120 Gäste. Ich sage es nur, damit Sie sich über die vielen Autos am Kirchweg nicht wundern.

Die Tochter erreichen Sie mobil unter [[T|+49 171 4460283]].

Herzliche Grüße und Gottes Segen
Ihr [[P|Johannes Brede]]

Pfarrer der Ev. Kirchengemeinde Fritzberg-Altenhain
Pfarramt: [[N|Kirchplatz 2]], [[N|34599 Edertal-Fritzberg]], Tel. [[N|05623 2291]]
""")

# F49-010 ------------------------------------------------------------------------------------------------------------
doc("word", "anhoerung", [], f"""
Magistrat der Stadt Edertal-Fritzberg · Ordnungsamt – Verkehrsüberwachung
[[N|Bahnhofstraße 4]] · [[N|34599 Edertal-Fritzberg]] · Tel. {ZENTRALE}

Herrn
[[P|Valon Berisha]]
[[A|Wildunger Straße 112 b]]
[[A|34560 Fritzlar]]

Aktenzeichen: [[AZ|OA-VÜ 2025-004731]]
Sachgebiet: Verkehrsüberwachung, Zimmer 2
Datum: 14.10.2025

Anhörung im Bußgeldverfahren

Sehr geehrter Herr [[P|Berisha]],

Ihnen wird vorgeworfen, am 03.10.2025 um 18:42 Uhr in Edertal-Fritzberg, Marktplatz (Höhe Eiscafé), als Führer des Pkw mit dem amtlichen Kennzeichen [[KFZ|HR-VB 412]] auf einem Schwerbehindertenparkplatz geparkt zu haben, ohne dass ein Parkausweis ausgelegt war (§ 12 Abs. 4, § 49 StVO, § 24 StVG; Nr. 63.3 BKat). Regelsatz: 55,00 EUR. Beweismittel: Fotos, Zeugin [[P|Heidrun Vogel]] (Hilfspolizeibeamtin).

Sie können sich zu dem Vorwurf äußern; Sie müssen es nicht. Angaben zur Person sind jedoch Pflicht (§ 111 OWiG):

Name, Vorname: [[P|Berisha, Valon]]
Geburtsdatum: [[DOB|19.09.1991]]
Geburtsort: Prizren

Falls Sie das Fahrzeug nicht selbst geführt haben, nennen Sie uns bitte Name und Anschrift der verantwortlichen Person. Senden Sie den Bogen innerhalb einer Woche zurück.

Mit freundlichen Grüßen
Im Auftrag
[[P|Demirci]]
""")

# F49-011 ------------------------------------------------------------------------------------------------------------
doc("outlook", "abgestelltes_fahrzeug", [], """
Von: [[P|Tuan Pham]] <[[E|tuanpham.ks@gmail.com]]>
Gesendet: Samstag, 11. Oktober 2025 08:15
An: [[N|ordnungsamt@edertal-fritzberg.de]]
Betreff: Auto seit 6 Wochen abgestellt / abandoned car

Hello / Guten Tag,

sorry my German is not so good. Vor unserem Haus [[A|Am Hessenring 31]] steht seit ca. 6 weeks ein silberner Opel Astra, Kennzeichen [[KFZ|KB-LM 7021]]. TÜV ist abgelaufen (05/2025) and one tire is flat. Nobody uses it. Our neighbour, Mr. [[P|Krüger]] from the house next door, says it belongs to a guy called [[P|Sascha]] who moved out in summer.

Also at the end of the street there is a white Transporter, [[KFZ|HR-SK 88]], full of old furniture, since September.

Can you please check? My wife [[P|Linh]] can also answer in German: [[T|0152 0877 3314]].

Thanks / Vielen Dank
[[P|Phạm Văn Tuấn]] ([[P|Tuan]])
""")

# F49-012 ------------------------------------------------------------------------------------------------------------
doc("outlook", "gedenkstunde", ["ETHNICITY"], """
Von: [[P|Romeo Reinhardt]] <[[E|r.reinhardt@t-online.de]]>
Gesendet: Mittwoch, 15. Oktober 2025 19:20
An: [[N|ordnungsamt@edertal-fritzberg.de]]
Cc: [[N|buergermeister@edertal-fritzberg.de]]
Betreff: Gedenkstunde 16.12. am Mahnmal Untergasse

Sehr geehrte Damen und Herren,

wie jedes Jahr möchten wir Sinti-Familien aus Fritzberg am 16. Dezember, dem Jahrestag des Auschwitz-Erlasses, am Mahnmal in der Untergasse unserer Angehörigen gedenken, die im März 1943 aus Fritzberg deportiert wurden. Darunter waren meine Urgroßeltern [[P|Josef Reinhardt]] und [[P|Anna Reinhardt]], geb. [[P|Winterstein]], und ihre fünf Kinder.

Erwartet werden etwa 60 Personen, von 17:00 bis 18:00 Uhr, mit Kerzen. Sprechen werden mein Onkel und der Bürgermeister, Musik macht das Trio meines Cousins [[P|Lolo Steinbach]] (Gitarre, Geige, Bass). Wir brauchen keine Sperrung, bitten aber darum, die drei Parkplätze vor dem Mahnmal freizuhalten und ein kleines Zelt (3 x 3 m) aufstellen zu dürfen, falls es regnet.

Verantwortlich für den Ablauf:
[[P|Romeo Reinhardt]], [[A|Zur Ederaue 7]], [[A|34599 Edertal-Fritzberg]], geb. [[DOB|24.06.1978]]
Mobil [[T|0171-5520916]]

Mit freundlichen Grüßen
[[P|R. Reinhardt]]
""")

# F49-013 ------------------------------------------------------------------------------------------------------------
doc("word", "ausweisliste", ["BIOMETRIC"], f"""
Bürgerbüro Edertal-Fritzberg – Abholliste Ausweisdokumente, Stand 15.10.2025 (intern)

Nr. | Name, Vorname | Geburtsdatum | Dok. | Seriennummer | Bemerkung
1 | [[P|Kördel, Wilhelm]] | [[DOB|09.01.1940]] | RP | [[PASS|{PASS_KOERDEL}]] | Abholung durch Tochter [[P|Monika Seibel]] mit Vollmacht
2 | [[P|Haji, Khudeda]] | [[DOB|01.07.1988]] | PA | [[IDC|{IDC_HAJI}]] | bei Antragstellung Zeigefinger li./re. nicht erfassbar, Mittelfinger beidseits erfasst
3 | [[P|Tesfay, Senait]] | [[DOB|30.09.2001]] | PA | [[IDC|{IDC_TESFAY}]] | PIN-Brief zurück (unzustellbar)

Dokumente älter als drei Monate gehen an die Bundesdruckerei zurück. Rückfragen: [[P|Hupfeld]], Dw. [[T|05623 9471-21]]
""")

# F49-014 ------------------------------------------------------------------------------------------------------------
doc("outlook", "reisepass_kind", [], f"""
Von: [[E|besnik.morina@gmx.net]]
Gesendet: Freitag, 10. Oktober 2025 20:41
An: [[N|buergerbuero@edertal-fritzberg.de]]
Betreff: AW: Ihre Terminbuchung TB-2025-88123

Hallo,

ich habe für meine tochter [[P|Ariana]] (geb. [[DOB|12.08.2017]]) online einen termin für den Kinderreisepass gebucht und mit Kreditkarte bezahlt, aber es kam ein Fehler. Die Karte ist [[CC|{group(CC_MORINA, 4)}]], gültig bis 09/27. Wurde das Geld (13 Euro) abgebucht oder nicht?? Ich will nicht zweimal zahlen.

Meine Frau [[P|Fatmire Morina]] kommt mit [[P|Ariana]] zum Termin am 21.10. weil ich Frühschicht habe. Braucht sie eine Vollmacht von mir?

Wir wohnen [[A|Obergasse 5]], [[A|34599 Edertal-Fritzberg]].

Danke
[[P|Besnik Morina]]
[[T|0162/4418305]]

Am 10.10.2025 um 14:02 schrieb Terminvergabe Stadt Edertal-Fritzberg <[[N|termine@edertal-fritzberg.de]]>:
> Ihre Buchung TB-2025-88123: Kinderreisepass, Di 21.10.2025, 08:30 Uhr, Bürgerbüro, [[N|Marktplatz 1]].
> Zahlungsstatus: ausstehend
> Bitte bringen Sie ein aktuelles biometrisches Passfoto und die Geburtsurkunde des Kindes mit.
""")

# F49-015 ------------------------------------------------------------------------------------------------------------
doc("word", "vaterschaft", ["GENETIC"], f"""
Magistrat der Stadt Edertal-Fritzberg – Standesamt
{RATHAUS}

Herrn
[[P|Xalil Murad]]
[[A|Goldbergstraße 18]]
[[A|34599 Edertal-Fritzberg]]

Az.: [[AZ|StA 2.3-VA 27/2025]]                                   16.10.2025

Anerkennung der Vaterschaft für das Kind [[P|Jiyan Murad]], geboren am [[DOB|30.01.2024]] in Duhok/Irak

Sehr geehrter Herr [[P|Murad]],

Ihre Erklärung über die Anerkennung der Vaterschaft vom 04.07.2025 und die Zustimmungserklärung der Mutter, Frau [[P|Layla Hesen]], die bei der Botschaft in Bagdad beurkundet wurde, liegen vor. Da die Auslandsvertretung Zweifel an der Abstammung geäußert hatte, war für das Visumverfahren zum Familiennachzug ein Abstammungsgutachten erforderlich.

Das Gutachten des Instituts für Rechtsmedizin Gießen vom 30.09.2025, unterzeichnet von Prof. [[P|Dr. med. Irene Köhler]], liegt uns nun vor: Anhand von 24 untersuchten STR-Systemen aus Mundschleimhautabstrichen von Ihnen und dem Kind ist Ihre Vaterschaft mit einer Wahrscheinlichkeit von 99,9998 % praktisch erwiesen; ein Ausschlusskriterium fand sich in keinem System.

Eine Prüfung nach § 1597a BGB ist damit abgeschlossen. Wir übersenden der Ausländerbehörde des Schwalm-Eder-Kreises und der Botschaft heute eine beglaubigte Abschrift. Die Gebühr für die Beglaubigungen (3 × 10,00 EUR) wird mit gesondertem Bescheid erhoben.

Mit freundlichen Grüßen
Im Auftrag

[[P|Petra Wiegand]]
Standesbeamtin
Telefon [[T|05623 9471-31]]
""")

# F49-016 ------------------------------------------------------------------------------------------------------------
doc("outlook", "telefonnotiz", ["HEALTH"], """
Von: [[P|Hildebrandt, Jens]]
Gesendet: Montag, 13. Oktober 2025 11:05
An: Bauhof Friedhof <[[N|bauhof-friedhof@edertal-fritzberg.de]]>
Betreff: Telefonnotiz: Grab [[P|Schäfer]], Feld B

Hallo zusammen,

eben rief Frau [[P|Hildegard Schäfer]] an ([[T|05623 3817]], wohnt [[A|Untergasse 22]]). Sie kann das Grab ihres Mannes ([[N|Feld B, Nr. 48]]) seit ihrem Schlaganfall im Frühjahr nicht mehr selbst pflegen und sitzt im Rollstuhl, ihr Enkel [[P|Kevin]] kommt nur alle zwei Wochen. Der Wasserhahn am Eingang Kirchweg tropft seit Wochen und seit dem Sturm liegt ein dicker Ast auf der Grabstelle.

Könnt ihr bitte diese Woche vorbeischauen? Sie ist schwerhörig, also bitte laut und langsam sprechen, falls ihr sie anruft.

Danke
[[P|Jens]]
""")

# F49-017 ------------------------------------------------------------------------------------------------------------
doc("word", "fundsache", [], f"""
Fundbüro der Stadt Edertal-Fritzberg (Ordnungsamt)
Fundanzeige [[N|2025/0317]]

Fundtag/-zeit: 12.10.2025, gegen 16:00 Uhr
Fundort: Spielplatz Birkenweg, auf der Bank am Sandkasten
Finder: [[P|Aleksander Nowicki]], Tel. [[T|0173 6652 014]]
Finderlohn: beansprucht (§ 971 BGB)

Gegenstand: schwarze Geldbörse (Leder) mit
- Bargeld 42,50 EUR
- Personalausweis Nr. [[IDC|{IDC_KOVALENKO}]], ausgestellt auf [[P|Olena Kovalenko]], geb. [[DOB|15.04.1984]], [[A|Ederstraße 3]], [[A|34599 Edertal-Fritzberg]]
- Visa-Kreditkarte [[CC|{group(CC_KOVALENKO, 4)}]], gleicher Name
- elektronische Gesundheitskarte der AOK Hessen, Versichertennummer [[KV|{KV_KOVALENKO}]]
- Stempelkarte Eiscafé Venezia, ein Kinderfoto

Maßnahmen: Eigentümerin über das Melderegister ermittelt, telefonisch nicht erreicht; schriftliche Benachrichtigung am 13.10.2025. Sperrung der Kreditkarte empfohlen.

Ausgehändigt am 14.10.2025 an die Eigentümerin nach Vorlage ihres ukrainischen Reisepasses Nr. [[PASS|FT482910]].
Unterschrift Empfängerin: [[P|O. Kovalenko]]
Bearbeiter: OA 2
""")

# F49-018 ------------------------------------------------------------------------------------------------------------
doc("outlook", "ehefaehigkeit", [], f"""
From: [[P|Chukwuemeka Okonkwo]] <[[E|emeka.okonkwo@yahoo.com]]>
Sent: Thursday, October 16, 2025 10:12 PM
To: [[N|standesamt@edertal-fritzberg.de]]
Subject: Ehefähigkeitszeugnis / certificate of no impediment

Dear Sir or Madam, sehr geehrte Damen und Herren,

I am a German citizen since 2021 and live in [[A|Brückenstraße 44]], [[A|34599 Edertal-Fritzberg]]. I want to marry my fiancée [[P|Adaeze Nwosu]] in Enugu, Nigeria, in February 2026, and the marriage registry there asks for an "Ehefähigkeitszeugnis" from Germany.

My data: [[P|Chukwuemeka Okonkwo]], born [[DOB|22 November 1987]] in Onitsha, German passport no. [[PASS|{PASS_OKONKWO}]].
Her data: Nigerian citizen, born and living in Enugu, passport no. [[PASS|A09871234]].

Which documents do you need from her? Can I send them by e-mail, or do we both have to come in person? Ich spreche ein bisschen Deutsch, aber Englisch ist besser für mich.

Best regards / Mit freundlichen Grüßen
[[P|Emeka Okonkwo]]
[[T|+49 1590 6612 408]]
""")

# F49-019 ------------------------------------------------------------------------------------------------------------
doc("word", "lp_umwandlung", ["SEXUAL_ORIENTATION"], f"""
Vermerk – Standesamt Edertal-Fritzberg
Az.: [[AZ|StA 1.2-E 131/2025]]
Betr.: Umwandlung einer Lebenspartnerschaft in eine Ehe (§ 20a LPartG)

Am 15.10.2025 sprachen Herr [[P|Konstantinos Papadopoulos]] (geb. [[DOB|11.12.1972]] in Thessaloniki) und Herr [[P|Matthias Engel]] (geb. [[DOB|02.03.1968]] in Kassel), beide wohnhaft [[A|Am Sauerbrunnen 15]], [[A|34599 Edertal-Fritzberg]], vor. Die beiden Männer leben seit 2009 in eingetragener Lebenspartnerschaft (begründet am 18.07.2009 beim Standesamt Kassel) und möchten diese nun in eine Ehe umwandeln.

Vorgelegt: Lebenspartnerschaftsurkunde, Personalausweise ([[IDC|{IDC_PAPADOPOULOS}]] und [[IDC|{IDC_ENGEL}]]), griechische Geburtsurkunde mit beglaubigter Übersetzung.

Herr [[P|Engel]] erwähnte, dass sie sich 2009 nicht getraut hätten, ihre Beziehung in der griechischen Familie offen zu machen; deshalb wünschen sie sich jetzt eine richtige Feier im Trauzimmer des Alten Rathauses, möglichst am Samstag, 29.11.2025. Ein Trauzeuge ist nicht vorgesehen.

Namensführung: Ein Ehename wird nicht bestimmt; beide führen ihre Namen weiter.

Gebühr für die Umwandlung: 50,00 EUR, Samstagszuschlag 120,00 EUR; Bescheid folgt.

[[P|Wiegand]], 15.10.2025
""")

# F49-020 ------------------------------------------------------------------------------------------------------------
doc("outlook", "versammlung", ["POLITICS"], """
Von: [[P|Lena Hoffmann-Aydın]] <[[E|lena.hoffmann@posteo.de]]>
Gesendet: Freitag, 17. Oktober 2025 13:37
An: [[N|ordnungsamt@edertal-fritzberg.de]]
Betreff: Versammlungsanzeige Kundgebung 08.11.2025

Sehr geehrte Damen und Herren,

hiermit zeige ich als Sprecherin des Ortsverbands Edertal-Fritzberg von BÜNDNIS 90/DIE GRÜNEN eine Kundgebung nach dem Hessischen Versammlungsfreiheitsgesetz an:

Thema: „Geburtsstation Fritzlar erhalten – Nein zur Schließung“
Ort: Marktplatz, vor dem Rathaus
Zeit: Samstag, 08.11.2025, 10:00 bis 12:00 Uhr
Erwartete Teilnehmende: ca. 150
Hilfsmittel: Lautsprecheranlage, zwei Infotische, Transparente

Versammlungsleiterin: [[P|Lena Hoffmann-Aydın]], geb. [[DOB|17.08.1985]], [[A|Lindenstraße 30]], [[A|34599 Edertal-Fritzberg]], Tel. [[T|0157 83 42 16 09]]
Stellvertreter: [[P|Dr. Frank Ruppel]], Kreistagsabgeordneter unserer Fraktion, Anschrift wie oben
Ordner (vollständige Liste folgt bis 01.11.): u. a. [[P|Mehmet Aydın]]

Reden halten der Stellvertreter und eine Hebamme aus dem Kreißsaal-Team. Stromanschluss brauchen wir keinen, die Anlage läuft über Akku.

Mit freundlichen Grüßen
[[P|Lena Hoffmann-Aydın]]
""")

# F49-021 ------------------------------------------------------------------------------------------------------------
doc("word", "sondernutzung", ["UNION"], """
Magistrat der Stadt Edertal-Fritzberg – Ordnungsamt
[[N|Bahnhofstraße 4]] · [[N|34599 Edertal-Fritzberg]]

Herrn
[[P|Kemal Öztürk]]
[[A|Schulstraße 17]]
[[A|34576 Homberg (Efze)]]

Az.: [[AZ|OA-SN 2025/112]]
Datum: 17.10.2025

Sondernutzungserlaubnis – Informationsstand am 23.10.2025

Sehr geehrter Herr [[P|Öztürk]],

auf Ihren Antrag vom 13.10.2025, den Sie als Vertrauensleutesprecher der ver.di-Betriebsgruppe am Kreiskrankenhaus Edertal gestellt haben, erteile ich Ihnen gemäß § 16 Hessisches Straßengesetz in Verbindung mit der Sondernutzungssatzung der Stadt die Erlaubnis, am Donnerstag, 23.10.2025, von 5:30 bis 9:00 Uhr (Schichtwechsel) einen Informationsstand der Gewerkschaft zur laufenden Tarifrunde (Pavillon 3 × 3 m, ein Tisch) auf dem Gehweg vor dem Haupteingang in der Kasseler Straße aufzustellen.

Nebenbestimmungen:
1. Eine Restgehwegbreite von 1,50 m ist freizuhalten.
2. Das Anlieferfahrzeug [[KFZ|HR-KÖ 311]] darf zum Auf- und Abbau kurz auf dem Gehweg halten.
3. Verantwortlich vor Ort sind Sie und Frau [[P|Svetlana Morozova]] (ver.di-Mitglied, Pflegekraft); während der Aktion sind Sie unter [[T|0176 55 81 30 27]] erreichbar.

Nach § 5 Abs. 2 der Sondernutzungssatzung wird für Informationsstände ohne gewerblichen Zweck keine Gebühr erhoben.

Mit freundlichen Grüßen
Im Auftrag
[[P|Sabine Nolte-Ritter]]
""")

# F49-022 ------------------------------------------------------------------------------------------------------------
doc("outlook", "kurzmail", [], """
Betreff: unterlagen

hallo frau [[P|wiegand]],
die unterlagen für die namensangleichung bring ich morgen um 10 vorbei, mein bruder [[P|serhat]] fährt mich. falls was fehlt bitte kurz anrufen [[T|0176 30492281]]
lg [[P|dilan]]
""")

# F49-023 ------------------------------------------------------------------------------------------------------------
doc("word", "grabliste", [], """
Friedhofsverwaltung – Grabstätten mit Ablauf des Nutzungsrechts zum 31.12.2026, Friedhof Altenhain
Drucksache FV 14/2025 – Vorlage für den Bau- und Umweltausschuss am 04.11.2025

Grab | Verstorbene/r (Sterbejahr) | Nutzungsberechtigte/r | Anschrift | Hinweis
[[N|A 12]] | [[P|Elisabeth Koch]] (1995) | [[P|Rainer Koch]] | [[A|Auf dem Graben 3]], [[A|34626 Neukirchen]] | Anschreiben 2x unzustellbar
[[N|B 03]] | [[P|Anton Lagrene]] (1994) | [[P|Maria Lagrene]] | [[A|Zur Ederaue 11]], [[A|34599 Edertal-Fritzberg]] | Familie wünscht Erhalt
[[N|D 02]] | [[P|Hans-Georg von der Heydt]] (1995) | [[P|K.-H. Schmincke]] | [[A|Postfach 11 02]], [[A|34582 Borken (Hessen)]] | –

Hinweise: Am Hang (Feld B) soll die Vogelschutzhecke erhalten bleiben. Abgeräumt wird nicht vor Ende der Winterruhe (März 2027); die Koch- und Aufenthaltsräume der Friedhofsgärtnerei sind davon nicht betroffen.
Bearbeitet: [[P|J. Hildebrandt]], 06.10.2025
""")

# F49-024 ------------------------------------------------------------------------------------------------------------
doc("outlook", "lastschrift", [], f"""
Von: Stadtkasse Edertal-Fritzberg <[[N|stadtkasse@edertal-fritzberg.de]]>
Gesendet: Donnerstag, 16. Oktober 2025 09:48
An: [[P|Hildebrandt, Jens]]
Betreff: WG: SEPA-Mandat Grabpflegegebühr / Kassenzeichen [[AZ|7.5100.019955]]

Hallo [[P|Jens]],

das Mandat können wir so nicht verarbeiten: die österreichische IBAN geht (SEPA), aber die Unterschrift fehlt. Kannst du dem Sohn in Graz bitte das Formular noch mal schicken?

Gruß
[[P|Andrea Lotz]]
Stadtkasse

---------- Weitergeleitete Nachricht ----------
Von: [[P|Thomas Wagner]] <[[E|thomas.wagner@aon.at]]>
Datum: Di., 14. Okt. 2025 um 22:10
Betreff: SEPA-Mandat Grabpflegegebühr
An: [[N|stadtkasse@edertal-fritzberg.de]]

Sehr geehrte Damen und Herren,

wie telefonisch besprochen hier meine Bankverbindung für die jährliche Gebühr für das Grab meiner Eltern [[P|Otto]] und [[P|Käthe Wagner]] in Fritzberg. Ich lebe seit 30 Jahren in Graz, daher ein österreichisches Konto:

IBAN: [[IBAN|{group(IBAN_WAGNER, 4)}]]
Bank: Steiermärkische Sparkasse

Anschrift: [[A|Annenstraße 23]], [[A|8020 Graz]], Österreich

Das unterschriebene Formular schicke ich mit der Post. Die Rechnung Nr. RE-2025-04471 über 96,00 EUR habe ich bereits überwiesen.

Mit besten Grüßen aus der Steiermark
[[P|Thomas Wagner]]
Tel. [[T|+43 316 824 517]]
""")

# F49-025 ------------------------------------------------------------------------------------------------------------
doc("word", "rentenantrag", [], f"""
Stadt Edertal-Fritzberg – Bürgerbüro / Versicherungsamt
Niederschrift über die Aufnahme eines Antrags auf Witwenrente

Antragstellerin:        [[P|Ljudmila Kusnezowa]], geborene [[P|Becker]]
Geburtsdatum/-ort:      [[DOB|02.05.1958]] in Karaganda (Kasachstan)
Anschrift:              [[A|Sudetenstraße 6]], [[A|34599 Edertal-Fritzberg]]
Versicherungsnummer:    [[SSN|{ssn_fmt(SSN_LJUDMILA)}]]
Krankenversichertennr.: [[KV|{KV_LJUDMILA}]]
Steuer-ID:              [[TID|{tid_fmt(TID_LJUDMILA)}]]
Bankverbindung:         [[IBAN|{group(IBAN_LJUDMILA, 4)}]] (Kontoinhaberin: Antragstellerin)

Verstorbener Ehegatte:  [[P|Jewgenij Kusnezow]], gest. 27.08.2025 in Kassel
Versicherungsnummer:    [[SSN|{ssn_fmt(SSN_JEWGENIJ)}]]
Eheschließung:          14.06.1980 in Karaganda

Die Antragstellerin spricht gut Deutsch; ihr Sohn [[P|Alexander]] war beim Termin dabei und hilft bei Rückfragen. Es fehlen noch die Sterbeurkunde (kommt vom Standesamt Kassel) und die Heiratsurkunde mit Übersetzung. Die Anrechnung von Zeiten nach dem Fremdrentengesetz ist zu prüfen (Aussiedlerbescheinigung nach § 15 BVFG liegt in Kopie vor).

Der Antrag wurde am 16.10.2025 an die Deutsche Rentenversicherung Hessen weitergeleitet.
Aufgenommen: [[P|Aleksandra Nowak]], Versicherungsamt, Tel. [[T|05623 9471-27]]
""")

# F49-026 ------------------------------------------------------------------------------------------------------------
doc("outlook", "verpflichtungserklaerung", [], """
Von: [[P|Lan Nguyen]] <[[E|lan.nguyen.thi@web.de]]>
Gesendet: Donnerstag, 16. Oktober 2025 12:31
An: [[N|buergerbuero@edertal-fritzberg.de]]
Betreff: Verpflichtungserklärung für Besuch meiner Mutter

Sehr geehrte Damen und Herren,

meine Mutter möchte uns von Mitte Januar bis März aus Hanoi besuchen und das Neujahrsfest Tết mit uns feiern. Die Botschaft verlangt eine förmliche Verpflichtungserklärung. Ich habe die Daten schon vorbereitet:

Gast: [[P|Trần Thị Hoa]], geboren am [[DOB|08.03.1962]] in Nam Định, vietnamesischer Reisepass Nr. [[PASS|C4418273]]
Verpflichtungsgeberin: [[P|Nguyễn Thị Lan]], [[A|Birkenweg 2]], [[A|34599 Edertal-Fritzberg]]

Mein Mann unterschreibt auch, wenn das nötig ist. Gehaltsnachweise von uns beiden und der Mietvertrag liegen bei, zusammen verdienen wir netto ca. 4.380 EUR.

Wann kann ich vorbeikommen? Am besten vormittags, da ist unsere Tochter in der Kita.

Viele Grüße
[[P|Lan Nguyen]] ([[P|Nguyễn Thị Lan]])
Mobil [[T|+49 176 2039 8815]]
""")

# F49-027 ------------------------------------------------------------------------------------------------------------
doc("word", "gewerbe", [], f"""
Gewerbe-Ummeldung (GewA 2) – Auszug, Ordnungsamt Edertal-Fritzberg, Eingang 07.10.2025
Aktenzeichen: [[AZ|OA-GW 2025/0219]]

Feld 3  Name: [[P|Shala]]
Feld 4  Vornamen: [[P|Arbnor]]
Feld 6  Geburtsdatum: [[DOB|27.04.1990]]    Feld 7 Geburtsort: Gjilan (Kosovo)
Feld 9  Anschrift der Wohnung: [[A|Wildunger Straße 18]], [[A|34599 Edertal-Fritzberg]]
Feld 10 Telefon: [[T|0177 4205 318]], E-Mail: [[E|info@shala-fliesen.de]]
Feld 11 Betriebsstätte (neu): [[A|Industriestraße 7]], [[A|34599 Edertal-Fritzberg]]
        Betriebsstätte (bisher): Fritzlar
Feld 15 Tätigkeit: Fliesen-, Platten- und Mosaikleger (zulassungsfreies Handwerk), Handel mit Baustoffen
Feld 17 Beginn am neuen Standort: 01.11.2025
Steuernummer: [[TNR|{TNR_SHALA}]]     USt-IdNr.: [[VAT|{VAT_SHALA}]]

Gebühr 26,00 EUR; Erstattung einer Überzahlung (10,00 EUR) auf [[IBAN|{group(IBAN_SHALA, 4)}]] (Kontoinhaber: Inhaber).
Bearbeitung: [[P|Nolte-Ritter]]
""")

# F49-028 ------------------------------------------------------------------------------------------------------------
doc("outlook", "sterbefall", [], """
Von: Bestattungshaus [[P|Aurelia Kaltwasser]] <[[E|kaltwasser@bestattungshaus-kaltwasser.de]]>
Gesendet: Freitag, 17. Oktober 2025 07:58
An: [[N|standesamt@edertal-fritzberg.de]]
Betreff: Sterbefallanzeige – Unterlagen

Guten Morgen,

anbei die Unterlagen zum Sterbefall:

Verstorbener: [[P|Giuseppe Lo Russo]], geb. [[DOB|30.10.1938]] in Agrigent, italienischer Staatsangehöriger
verstorben: 17.10.2025, gegen 03:15 Uhr, in seiner Wohnung
Familienstand: verwitwet seit 2017
Ausweis: Carta d'identità Nr. [[IDC|CA48213FK]]

Anzeigende: Tochter [[P|Rosaria Lo Russo-Fenske]], [[A|Jahnstraße 21]], [[A|34560 Fritzlar]], Tel. [[T|05622 91 73 04]]

Die Todesbescheinigung (vertraulicher Teil verschlossen) und die Heiratsurkunde liegen im Original bei. Wir benötigen 6 Sterbeurkunden, davon 2 mehrsprachig (für Konsulat und INPS). Die Gebühren bitte wie immer auf Rechnung an uns, unsere Kundennummer bei der Stadtkasse ist [[AZ|D-40817]].

Die Beisetzung ist für Freitag, 24.10., 14 Uhr auf dem Friedhof Fritzberg geplant, die Friedhofsverwaltung weiß Bescheid.

Mit freundlichen Grüßen
[[P|Aurelia Kaltwasser]]

Bestattungshaus [[P|Kaltwasser]] · [[A|Kasseler Straße 120]] · [[A|34599 Edertal-Fritzberg]]
Tag und Nacht: [[T|0171 2290 660]]
""")

# F49-029 ------------------------------------------------------------------------------------------------------------
doc("word", "namensangleichung", [], f"""
Magistrat der Stadt Edertal-Fritzberg – Standesamt
{RATHAUS_DOT}

Herrn
[[P|Malke Yakup Barsom]]
[[A|Am Mühlgraben 9]]
[[A|34599 Edertal-Fritzberg]]

Az.: [[AZ|StA 4.1-NE 19/2025]]                       Datum: 13.10.2025

Erklärung zur Namensangleichung nach Art. 47 EGBGB

Sehr geehrter Herr [[P|Barsom]],

nach Ihrer Einbürgerung am 02.09.2025 führen Sie ausweislich Ihrer syrischen Urkunden die Namen „[[P|Malke Yakup Barsom]]“ ohne Unterscheidung zwischen Vor- und Familiennamen. Nach Art. 47 Abs. 1 Satz 1 Nr. 1 EGBGB können Sie durch Erklärung gegenüber dem Standesamt bestimmen, welcher Bestandteil Familienname und welcher Vorname sein soll; der Name Ihres Vaters „[[P|Yakup]]“ kann als Zwischenname entfallen (Nr. 3).

Sie hatten am Telefon mitgeteilt, dass Sie künftig den Vornamen „[[P|Malke]]“ und den Familiennamen „[[P|Barsom]]“ führen möchten. Ihre Ehefrau muss eine eigene Erklärung abgeben. Für die minderjährigen Kinder [[P|Efrem]] (13) und [[P|Sara]] (9) erstreckt sich die Angleichung nach Art. 47 Abs. 3 EGBGB auf den Familiennamen; Ihr Sohn muss als über Zwölfjähriger selbst zustimmen.

Termin: Dienstag, 28.10.2025, 9:00 Uhr. Bitte bringen Sie die Einbürgerungsurkunden, Ihre Personalausweise und die Geburtsurkunden der Kinder mit. Die Gebühr beträgt 30,00 EUR je Erklärung.

Mit freundlichen Grüßen
Im Auftrag
[[P|Rehling]]
[[E|t.rehling@edertal-fritzberg.de]]
""")

# F49-030 ------------------------------------------------------------------------------------------------------------
doc("outlook", "tierhaltung", [], f"""
Von: [[P|Wolfgang Bäcker]] <[[E|w.baecker@t-online.de]]>
Gesendet: Freitag, 17. Oktober 2025 07:02
An: Ordnungsamt <[[N|ordnungsamt@edertal-fritzberg.de]]>
Betreff: AW: Ihr Schreiben vom 09.10.2025, Az. [[AZ|OA-LB 2025/077]]

Sehr geehrter Herr [[P|Demirci]],

Sie schreiben, dass Hühnerhaltung im Wohngebiet erlaubt ist. Schön und gut. Aber der Hahn von Familie [[P|Şahin]] ([[A|Goldbergstraße 24]]) kräht ab halb fünf, jeden Morgen, auch sonntags. Unser Sohn arbeitet als Koch im Schichtdienst und kommt erst nach 1 Uhr heim. Im Winter, als die Tiere im Stall waren, ging es noch, aber seit April ist es unerträglich. Dazu die Tauben und anderen Vögel in der Voliere, der Dreck landet auf unserer Terrasse.

Ich habe mit Herrn [[P|Şahin]] und seinem Sohn (der spricht gut Deutsch) schon zweimal geredet, ohne Ergebnis. Die Nachbarn von gegenüber hören es auch und können das bezeugen. Beim Bäcker an der Ecke reden schon alle drüber.

Ich erwarte, dass Sie tätig werden.

[[P|Wolfgang Bäcker]]
[[A|Goldbergstraße 22]]
[[A|34599 Edertal-Fritzberg]]

Am 09.10.2025 um 11:20 schrieb [[P|Demirci, Murat]] <[[E|m.demirci@edertal-fritzberg.de]]>:
> Sehr geehrter Herr [[P|Bäcker]],
> vielen Dank für Ihre Beschwerde vom 29.09.2025. Nach unserer Prüfung ist die Haltung von bis zu zehn Hühnern und einem Hahn im allgemeinen Wohngebiet (Bebauungsplan Nr. 23 „Am Goldberg“) grundsätzlich zulässig. Eine Lärmmessung nach TA Lärm ist bei Tiergeräuschen nicht vorgesehen; wir werden den Halter aber auf das Gebot der Rücksichtnahme hinweisen.
> Mit freundlichen Grüßen
> Im Auftrag
> [[P|M. Demirci]]
> Ordnungsamt, Tel. [[T|05623 9471-44]] · [[N|ordnungsamt@edertal-fritzberg.de]]
""")


# ---- build and check ------------------------------------------------------------------------------------------------
def mod97_ok(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    return luhn_check("".join(map(str, digits[:-1]))) == digits[-1]


def tax_id_ok(tid):
    d = tid.replace(" ", "")
    counts = [d[:10].count(x) for x in "0123456789"]
    return (len(d) == 11 and d[0] != "0" and max(counts) <= 3 and sum(1 for c in counts if c >= 2) == 1
            and mod11_10_check(d[:10]) == int(d[10]))


def vat_ok(v):
    return len(v) == 11 and v.startswith("DE") and mod11_10_check(v[2:10]) == int(v[10])


def ssn_ok(s):
    s = s.replace(" ", "")
    code = ord(s[8]) - ord("A") + 1
    values = [int(c) for c in s[:8]] + [code // 10, code % 10] + [int(c) for c in s[9:11]]
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum(digit_sum(v * w) for v, w in zip(values, weights)) % 10 == int(s[11])


def kv_ok(k):
    code = ord(k[0]) - ord("A") + 1
    values = [code // 10, code % 10] + [int(c) for c in k[1:9]]
    return sum(digit_sum(v * (1 if i % 2 == 0 else 2)) for i, v in enumerate(values)) % 10 == int(k[9])


CHECKS = {"IBAN": mod97_ok, "CREDIT_CARD": luhn_ok, "TAX_ID": tax_id_ok, "VAT_ID": vat_ok,
          "SOCIAL_SECURITY": ssn_ok, "HEALTH_INSURANCE": kv_ok}


def main():
    assert len(DOCS) == 30, len(DOCS)
    lines = []
    for i, (channel, template, flags, marked) in enumerate(DOCS, 1):
        rec = build(f"F49-{i:03d}", channel, template, marked, flags)
        for e in rec["entities"]:
            check = CHECKS.get(e["category"])
            if check:
                assert check(e["text"]), (rec["id"], e)
        lines.append(rec)
    assert mod97_ok(CITY_IBAN)
    # the German ID card / passport serials with a check digit
    for v in (IDC_DIPPEL, PASS_NINVE, PASS_OKONKWO):
        assert len(v) == 10 and icao_check(v[:9]) == int(v[9]), v
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in lines:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n = sum(len(r["entities"]) for r in lines)
    print(f"{OUT}: {len(lines)} documents, {n} entities")


if __name__ == "__main__":
    main()
