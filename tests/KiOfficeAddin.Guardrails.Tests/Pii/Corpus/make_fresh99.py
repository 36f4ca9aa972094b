#!/usr/bin/env python3
"""Blind test batch 99: an invented Landkreis in Saxony-Anhalt (Jugendamt, Gesundheitsamt, Betreuungsbehörde).

Writes fresh99.jsonl next to this script: 30 documents F99-001 .. F99-030 in the format of dev.jsonl.
Texts carry inline marks (marks.py); every identifier with a check digit comes from Identifiers(9999).
Deterministic: no clock, no hash ordering, one seeded generator consumed in a fixed order.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from marks import build  # noqa: E402
from identifiers import Identifiers, group, icao_check  # noqa: E402

ids = Identifiers(9999)
R = ids.rng  # same seeded generator, for foreign document numbers without a check digit

DOCS = []


def doc(channel, template, flags):
    def register(fn):
        DOCS.append((channel, template, flags, fn))
        return fn
    return register


def st_tax_number():
    # Saxony-Anhalt layout FFF/BBB/UUUUP (layout only, domain.md)
    return f"{R.choice(['102', '103', '107', '110', '116', '117'])}/{ids.digits(3)}/{ids.digits(5)}"


def letters(n, alphabet="ABCDEFGHIJKLMNOPRSTUVWXYZ"):
    return "".join(R.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------------------------------------------------------
@doc("word", "beistandschaft-auskunft", [])
def d01():
    office_iban = ids.iban_de()
    return f"""Landkreis Bode-Wipper
Fachdienst 51 – Jugend und Familie
Sachgebiet Beistandschaften, Unterhalt, Urkunden
[[N|Karlsplatz 1]] · [[N|39418 Staßfurt]]

Landkreis Bode-Wipper · Postfach 11 42 · 39411 Staßfurt

Herrn
[[P|Tarek Al-Masri]]
[[A|Friedensstraße 14a]]
[[A|06406 Bernburg (Saale)]]

Ihr Zeichen: –
Ihre Nachricht vom: 21.05.2025
Unser Zeichen: [[AZ|51.22-BS 0187/23]] (bitte stets angeben)
Bearbeiterin: Frau [[P|Kühnemund]]
Zimmer: 2.07
Telefon: [[N|03925 871-5123]]
Datum: 05.06.2025

Beistandschaft für [[P|Lina Al-Masri]], geb. [[DOB|11.09.2019]]
Auskunft über Ihr Einkommen nach § 1605 BGB

Sehr geehrter Herr [[P|Al-Masri]],

die Kindesmutter, Frau [[P|Rasha Haddad]], hat am 14.03.2023 für ihre Tochter [[P|Lina]] eine Beistandschaft nach § 1712 BGB beantragt. Der Landkreis Bode-Wipper ist damit Beistand und vertritt [[P|Lina]] bei der Geltendmachung ihres Unterhaltsanspruchs.

In Ihrer Nachricht vom 21.05.2025 teilten Sie mit, dass Sie seit dem 01.04.2025 bei der Logistik Harzvorland GmbH in Aschersleben beschäftigt sind. Wir bitten Sie daher, bis zum 30.06.2025 folgende Unterlagen einzureichen:

1. Lohnabrechnungen der letzten zwölf Monate,
2. den letzten Einkommensteuerbescheid,
3. Nachweise über berufsbedingte Aufwendungen (z. B. Fahrtkosten, einfache Strecke 38 km).

Nach der Düsseldorfer Tabelle 2025 beträgt der Mindestunterhalt für [[P|Lina]] in der ersten Altersstufe 482 EUR; abzüglich des hälftigen Kindergeldes von 127,50 EUR ergibt sich ein Zahlbetrag von 355 EUR monatlich. Bis zur Klärung Ihrer Leistungsfähigkeit bitten wir, diesen Betrag auf das Konto des Landkreises bei der Salzlandsparkasse, IBAN [[N|{group(office_iban, 4)}]], unter Angabe des Kassenzeichens [[AZ|6.0511.018734.2]] zu überweisen.

Sollte Ihr Einkommen geringer sein, reichen Sie bitte auch Nachweise über weitere Unterhaltspflichten ein – Sie erwähnten Ihren Sohn [[P|Karim]] aus Ihrer früheren Ehe mit Frau [[P|Nour Al-Khatib]].

Für ein persönliches Gespräch können Sie mich dienstags und donnerstags von 9 bis 12 Uhr im Kreishaus, Raum 2.07, aufsuchen.

Mit freundlichen Grüßen
Im Auftrag

[[P|Sandra Kühnemund]]
Beiständin
[[E|sandra.kuehnemund@lk-bode-wipper.de]]"""


# ---------------------------------------------------------------------------------------------------------------
@doc("outlook", "uvg-antrag-weitergeleitet", [])
def d02():
    iban = ids.iban_de()
    ua_pass = "F" + R.choice("AEKT") + ids.digits(6)
    return f"""Betreff: WG: Unterhaltsvorschuss [[P|Sofiia]] und [[P|Maksym]] – Unterlagen

Hallo [[P|Marlene]],

anbei die Mail von Frau [[P|Melnyk]], die gestern bei mir gelandet ist. Zuständig bist du (Buchstaben L–O). Den Antrag habe ich unter [[AZ|UV-2025-0318]] angelegt, der Pass-Scan liegt im Eingangskorb.

Gruß
[[P|Jens]]

--
[[P|Jens Oberländer]]
Landkreis Bode-Wipper | FD 51 Unterhaltsvorschuss
Tel. [[N|03925 871-5140]]

-----Ursprüngliche Nachricht-----
Von: [[P|Oksana Melnyk]] <[[E|oksana.melnyk.83@gmail.com]]>
Gesendet: Dienstag, 3. Juni 2025 22:41
An: UVG-Stelle <[[N|uvg@lk-bode-wipper.de]]>
Betreff: Unterhaltsvorschuss [[P|Sofiia]] und [[P|Maksym]] – Unterlagen

Sehr geehrte Damen und Herren,

entschuldigung für mein Deutsch. Ich bin mit meine Kinder seit April 2022 in Deutschland, Aufenthalt nach § 24 AufenthG. Ich beantrage Unterhaltsvorschuss für:

- [[P|Sofiia Melnyk]], geboren [[DOB|14.02.2016]] in Charkiw
- [[P|Maksym Melnyk]], geboren [[DOB|30.07.2019]] in Charkiw

Der Vater [[P|Andrii Melnyk]] (geb. [[DOB|09.11.1981]]) zahlt keinen Unterhalt. Er ist in der Ukraine geblieben, die letzte Adresse ist [[A|vul. Sumska 112]], [[A|61002 Kharkiv]], aber ich weiß nicht, ob er dort noch wohnt. Seine Telefonnummer war [[T|+380 67 412 58 93]].

Meine Adresse: [[A|Hohenerxlebener Str. 27]], [[A|39418 Staßfurt]]. Meine Passnummer ist [[PASS|{ua_pass[:2]} {ua_pass[2:]}]] (ukrainischer Reisepass), mein Konto bei der Sparkasse: [[IBAN|{group(iban, 4)}]].

Das Jobcenter hat gesagt, ich muss zuerst bei Ihnen den Antrag stellen. Meine BG-Nummer beim Jobcenter ist [[AZ|08703BG0041876]].

Mit freundlichen Grüßen
[[P|Oksana Melnyk]]
Tel. [[T|0157 3318 4402]]"""


# ---------------------------------------------------------------------------------------------------------------
@doc("word", "inobhutnahme-vermerk", ["HEALTH", "ETHNICITY", "RELIGION", "BIOMETRIC"])
def d03():
    tazkira = f"1400-{ids.digits(4)}-{ids.digits(5)}"
    return f"""Landkreis Bode-Wipper – Jugendamt – Allgemeiner Sozialer Dienst

VERMERK über die vorläufige Inobhutnahme eines unbegleiteten ausländischen Minderjährigen (§ 42a SGB VIII)

Aktenzeichen: [[AZ|ASD-IO-25/044]]
Datum/Uhrzeit: 07.06.2025, 02:35 Uhr
Verfasserin: [[P|Bianca Zschornack]], ASD (Rufbereitschaft)

1. Anlass
Die Polizei (Revierkommissariat Staßfurt, POK [[P|Lehmann]], Vorgangs-Nr. [[AZ|250607-0214-018472]]) übergab um 01:50 Uhr einen männlichen Jugendlichen, der am Bahnhof Staßfurt ohne Begleitung angetroffen wurde.

2. Personalien (nach eigenen Angaben)
Name: [[P|NOORI]], Vorname: [[P|Ahmad Zia]] (Rufname „[[P|Zia]]“)
Geburtsdatum: [[DOB|01.01.2009]] (lt. Tazkira; Tag und Monat nach afghanischer Praxis vermutlich fiktiv)
Staatsangehörigkeit: afghanisch; Volkszugehörigkeit: Hazara; Religion: schiitischer Islam
Dokumente: Kopie einer Tazkira Nr. [[IDC|{tazkira}]], kein Reisepass
Mutter: [[P|Fatema Noori]], nach seinen Angaben in Maschhad (Iran)
Onkel: [[P|Ghulam Sakhi Noori]], lebt angeblich in Hamburg, Telefon [[T|+49 1521 7730418]] (Nummer auf einem Zettel notiert, noch nicht erreicht)

3. Verlauf
Die Verständigung erfolgte telefonisch über den Dolmetscher [[P|Farid Ahmadi]] (Dari). [[P|Zia]] gab an, seit ca. elf Monaten unterwegs zu sein (Iran, Türkei, Bulgarien, Serbien, Ungarn, Österreich). Er wirkt erschöpft, hat Kratzspuren an Händen und Bauch; Verdacht auf Krätze (Skabies). Er berichtet von Schlafstörungen und Albträumen seit der Überfahrt.

Die Polizei hat vor der Übergabe eine erkennungsdienstliche Behandlung durchgeführt (Lichtbild, Fingerabdrücke, Abgleich EURODAC: kein Treffer).

4. Maßnahmen
- Unterbringung in der Clearingstelle „Haus am Weinberg“, Aufnahme durch Frau [[P|Yvonne Kretzschmar]] um 03:10 Uhr
- Erstuntersuchung nach § 62 AsylG beim Gesundheitsamt veranlassen (Frau Dr. [[P|Şahin]]), Skabies-Behandlung vorab
- Meldung an die Landesverteilstelle bis 09.06.2025; qualifizierte Inaugenscheinnahme zur Alterseinschätzung am 10.06.2025, 10:00 Uhr, Raum 1.14
- Bestellung eines Vormunds beim Amtsgericht Staßfurt anregen

[[P|Zschornack]]"""


# ---------------------------------------------------------------------------------------------------------------
@doc("outlook", "masernschutz-nachweis", ["HEALTH", "ETHNICITY"])
def d04():
    return """From: [[P|Ionut Caldararu]] <[[E|ionut.caldararu90@yahoo.com]]>
Sent: Wednesday, June 4, 2025 7:52 PM
To: Gesundheitsamt Masernschutz <[[N|masernschutz@lk-bode-wipper.de]]>
Subject: RE: Nachweis Masernschutz – [[P|Denisa Caldararu]] – Gz. [[AZ|53.1-MS 0289/25]]

buna ziua, guten tag

ich habe brief bekommen wegen impfung fur meine tochter [[P|denisa]]. sie ist geimpft in rumänien 2 mal, ich habe nur foto von carnet de vaccinari, original ist bei bunica (oma) in Craiova. ich schicke foto in anhang. kinderarzt hier ist dr [[P|wunderlich]] in schönebeck, sie sagt muss noch blut test machen (titer).

bitte keine strafe. wir sind roma aber wir sind nicht gegen impfung, alle meine kinder sind geimpft.

[[P|Ionut Caldararu]]
tel [[T|0176 2290 1147]]
[[A|Friedrichstr. 9]], [[A|39218 Schönebeck]]

Trimis de pe iPhone-ul meu

On Mon, 2 Jun 2025 at 11:05, Gesundheitsamt Masernschutz <[[N|masernschutz@lk-bode-wipper.de]]> wrote:
> Sehr geehrte Frau [[P|Căldăraru]], sehr geehrter Herr [[P|Căldăraru]],
>
> nach § 20 Abs. 9 IfSG müssen Kinder, die eine Kindertageseinrichtung oder Schule besuchen, einen Nachweis über einen ausreichenden Masernschutz vorlegen. Für Ihre Tochter
>
> [[P|Denisa-Maria Căldăraru]], geb. [[DOB|03.10.2018]],
> Kita „Pusteblume“, Gruppe Füchse
>
> liegt uns bisher kein Nachweis vor. Bitte legen Sie bis zum 20.06.2025 den Impfausweis, ein ärztliches Zeugnis über eine Immunität oder über eine medizinische Kontraindikation vor. Andernfalls kann nach § 73 Abs. 1a Nr. 7a IfSG ein Bußgeld von bis zu 2.500 EUR festgesetzt werden.
>
> Bei Verständigungsschwierigkeiten unterstützt Sie gern Frau [[P|Ramona Lakatos]] vom Verein Romano Drom e.V.
>
> Mit freundlichen Grüßen
> Im Auftrag
> [[P|Katrin Wendt]]
> Sachgebiet Infektionsschutz
> Tel. [[N|03925 871-5330]]"""


# ---------------------------------------------------------------------------------------------------------------
@doc("word", "schuleingangsuntersuchung", ["HEALTH"])
def d05():
    kv = ids.health_insurance()
    return f"""Landkreis Bode-Wipper – Gesundheitsamt – Kinder- und Jugendärztlicher Dienst
Dokumentation Schuleingangsuntersuchung 2025/26
Untersuchungs-Nr.: [[AZ|SEU-25-1187]]

KIND
Name, Vorname: [[P|Nguyen]], [[P|Bao Anh]]
Geburtsdatum: [[DOB|22.05.2019]]    Geschlecht: w
Anschrift: [[A|Breite Straße 61]], [[A|06449 Aschersleben]]
Krankenkasse: AOK Sachsen-Anhalt    Vers.-Nr.: [[KV|{kv}]]
Kita: Integrative Kita „Regenbogen“, Aschersleben
Künftige Schule: Grundschule „Am Salzturm“ (Einzugsbereich)

SORGEBERECHTIGTE
Mutter: [[P|Nguyễn Thị Hương]], Tel. [[T|0152 0843 7719]]
Vater: [[P|Trần Văn Minh]]
Familiensprache: Vietnamesisch; Dolmetschung durch die Tante, Frau [[P|Nguyễn Thị Mai]]

ANAMNESE
Frühgeburt 34. SSW, Paukenröhrchen bds. 2023 (HNO Dr. [[P|Rößler]], Aschersleben). Keine Dauermedikation. Allergien: keine bekannt.

BEFUNDE
Größe 112 cm (P25), Gewicht 18,4 kg, BMI 14,7 (P35)
Sehtest: rechts 0,8 / links 0,63 – Kontrolle beim Augenarzt empfohlen
Hörtest (Audiometrie): bds. unauffällig
Sprache (SOPESS): Artikulation altersgerecht, Grammatik im Deutschen deutlich unter Altersnorm (Zweitspracherwerb seit Kita-Eintritt 2022)
Impfstatus: vollständig nach STIKO, Masernschutz nachgewiesen (2 Dosen Priorix, Ch.-B. A77CX412), Impfausweis vorgelegt am 12.03.2025

EMPFEHLUNG
Schulfähig. Sprachförderung empfohlen; Vorstellung beim Augenarzt bis Schulbeginn.

Untersuchende Ärztin: Dr. med. [[P|Kerstin Brandes-Oyelaran]]
Assistenz: [[P|M. Lindner]] (SMA)"""


# ---------------------------------------------------------------------------------------------------------------
@doc("outlook", "tb-kontaktliste", ["HEALTH"])
def d06():
    return """Betreff: TB-Umgebungsuntersuchung Index [[AZ|TB 2025/017]] – Kontaktliste zur Terminvergabe

Hallo [[P|Sven]], hallo [[P|Aylin]],

anbei die Kontaktpersonenliste zum Indexfall [[AZ|TB 2025/017]] (offene Lungen-TB, mikroskopisch positiv, Gemeinschaftsunterkunft Staßfurt). Der Indexpatient, Herr [[P|Mirwais Sultani]], ist seit 02.06. im Klinikum isoliert. Bitte die Kontakte der Kategorie „eng“ bis Ende KW 24 zum IGRA einbestellen; Röntgen Thorax bei der Schwangeren nur nach Rücksprache mit mir.

Kopie aus dem Excel-Export:

Nr;Name;Vorname;Geb.-Datum;Anschrift;Telefon;Kontakt;Bemerkung
1;[[P|Sultani]];[[P|Nazanin]];[[DOB|12.03.1996]];[[A|Magdeburger Str. 40]], Zi. 12;[[T|0151 40528817]];eng (Ehefrau);schwanger 22. SSW
2;[[P|Sultani]];[[P|Omid]];[[DOB|05.08.2020]];[[A|Magdeburger Str. 40]], Zi. 12;–;eng (Sohn);
3;[[P|Haidari]];[[P|Reza]];[[DOB|1.1.1988]];[[A|Magdeburger Str. 40]], Zi. 14;[[T|+49 176 61539022]];eng (Zimmernachbar);
4;[[P|Kebede]];[[P|Selamawit]];[[DOB|17.11.1999]];[[A|Magdeburger Str. 40]], Zi. 9;[[T|0160/9985172]];mittel (Küche);
5;[[P|Ohorodnik]];[[P|Taras]];[[DOB|23.04.1975]];[[A|Löderburger Weg 3b]] [[A|39418 Staßfurt]];[[T|01512 3307764]];mittel (Hausmeister);
6;[[P|Böttcher]];[[P|Liane]];[[DOB|08.09.1968]];[[A|Am Tierpark 17]], [[A|39418 Staßfurt]];[[T|03925 302818]];mittel (Sozialbetreuung DRK);
7;[[P|Adeyemi-Schulz]];[[P|Tobi]];[[DOB|29.02.2004]];[[A|Lehrter Str. 5]], [[A|39418 Staßfurt]];[[T|0172 5839 011]];gering (Sprachkurs);IGRA 03/2025 neg.

Die Unterkunftsleitung in der Magdeburger Straße ist informiert und hängt den Aushang in Dari, Tigrinya und Ukrainisch aus. Frau [[P|Böttcher]] hat angeboten, die Termine im Haus zu koordinieren.

Viele Grüße
Dr. [[P|Anne-Kathrin Wolter]]
Amtsärztin
Tel. [[N|03925 871-5301]]"""


# ---------------------------------------------------------------------------------------------------------------
@doc("word", "sozialbericht-betreuung", ["HEALTH", "RELIGION"])
def d07():
    rv = ids.social_security("170851", "S")
    kv = ids.health_insurance()
    return f"""Landkreis Bode-Wipper
Betreuungsbehörde
[[N|Karlsplatz 1]] · [[N|39418 Staßfurt]]

Amtsgericht Staßfurt
– Betreuungsgericht –
Postfach 12 20
39402 Staßfurt

Ihr Zeichen: [[AZ|4 XVII 312/24]]
Unser Zeichen: [[AZ|BtB 50.4-218/24]]
Datum: 28.05.2025

Bericht der Betreuungsbehörde nach § 11 BtOG (Sozialbericht)
Betroffener: Herr [[P|Wladimir Heinrichowitsch Schäfer]], geb. [[DOB|17.08.1951]] in Karaganda (Kasachstan), wohnhaft [[A|Am Hummelberg 6]], [[A|39444 Hecklingen]]

Sehr geehrte Frau Richterin [[P|Hansen-Ebeling]],

auf Ihre Anfrage vom 14.04.2025 berichte ich nach einem Hausbesuch am 12.05.2025 und Gesprächen mit den Angehörigen wie folgt:

1. Persönliche Situation
Herr [[P|Schäfer]] kam 1993 als Spätaussiedler nach Deutschland. Er ist verwitwet und lebt allein in einer Zwei-Raum-Wohnung. Er bezieht eine Altersrente der Deutschen Rentenversicherung Mitteldeutschland (Versicherungsnummer [[SSN|{rv[:2]} {rv[2:8]} {rv[8]} {rv[9:]}]]) sowie Leistungen der Pflegeversicherung nach Pflegegrad 3. Krankenversichert ist er bei der IKK gesund plus, Versichertennummer [[KV|{kv}]].

Er ist aktives Mitglied der Evangeliums-Christen-Baptisten-Gemeinde in Staßfurt; Pastor [[P|Viktor Dück]] besucht ihn wöchentlich.

2. Gesundheitliche Situation
Laut Attest von Dr. med. [[P|Jürgen Malchow]] (Hausarzt) vom 02.04.2025 besteht eine vaskuläre Demenz (ICD-10 F01.3) mit deutlicher Verschlechterung seit Herbst 2024, zudem ein insulinpflichtiger Diabetes mellitus Typ 2. Beim Hausbesuch war Herr [[P|Schäfer]] zur Person orientiert, zeitlich und örtlich nicht. Schreiben der Bank und der Stadtwerke lagen ungeöffnet auf dem Küchentisch; der Kühlschrank enthielt abgelaufene Lebensmittel.

3. Angehörige
- Sohn [[P|Eduard Schäfer]], [[A|Steinweg 23]], [[A|06449 Aschersleben]], Tel. [[T|03473 229047]], mobil [[T|0171 4460 215]] – bereit, die Betreuung zu übernehmen
- Tochter [[P|Lilia Schäfer-Krieger]], [[A|Detmolder Straße 118]], [[A|33604 Bielefeld]] – mit einer Betreuung durch den Bruder einverstanden
- Enkelin [[P|Anastasia]] („[[P|Nastja]]“) hilft zweimal wöchentlich beim Einkaufen

4. Einschätzung und Vorschlag
Eine Vorsorgevollmacht besteht nicht. Andere Hilfen (§ 1814 Abs. 3 BGB) reichen nicht aus. Die Behörde schlägt als Betreuer den Sohn, Herrn [[P|Eduard Schäfer]], vor; Aufgabenbereiche: Gesundheitssorge, Aufenthaltsbestimmung, Vermögenssorge, Vertretung gegenüber Behörden und Rentenversicherung. Ein Einwilligungsvorbehalt ist aus unserer Sicht derzeit nicht erforderlich.

Im Auftrag
[[P|Carola Timmermann]]
Betreuungsbehörde, Tel. [[N|03925 871-5412]]"""


# ---------------------------------------------------------------------------------------------------------------
@doc("outlook", "ladung-familiengericht", [])
def d08():
    return """Betreff: WG: Ladung [[AZ|12 F 455/25 SO]] – [[P|Rostaș]]

@[[P|kerstin]] bitte in den kalender, ich bin an dem tag im urlaub. kannst du mit [[P|Dana]] hingehen? bericht liegt im fachverfahren.

lg [[P|Ute]]

________________________________
Von: Poststelle AG Bernburg <[[N|poststelle@ag-bbg.justiz.sachsen-anhalt.de]]>
Gesendet: Montag, 2. Juni 2025 13:02
An: Jugendamt Landkreis Bode-Wipper
Betreff: Ladung [[AZ|12 F 455/25 SO]]

Amtsgericht Bernburg
Familiengericht
Geschäftsnummer: [[AZ|12 F 455/25 SO]]

In der Familiensache
betreffend die elterliche Sorge für

[[P|Bianca-Maria Rostaș]], geboren am [[DOB|09.02.2017]],

weitere Beteiligte:
1. Kindesmutter: [[P|Ramona-Florentina Stoica]], [[A|Karlstraße 12]], [[A|06406 Bernburg (Saale)]]
   Verfahrensbevollmächtigte: Rechtsanwältin [[P|Dilek Aksoy-Brenner]], Bernburg
2. Kindesvater: [[P|Marian Rostaș]], [[A|Str. Mihai Viteazul nr. 41]], [[A|200421 Craiova]], Rumänien
3. Verfahrensbeistand: Dr. [[P|Ulrike Pfefferkorn]]
4. Landkreis Bode-Wipper – Jugendamt –, Az. [[AZ|51.31-FG 1104/25]]

wird Termin zur Anhörung der Beteiligten und zur Erörterung nach § 155 FamFG bestimmt auf

Dienstag, 24.06.2025, 09:30 Uhr, Saal 112, Amtsgericht Bernburg.

Das persönliche Erscheinen der Kindeseltern wird angeordnet. Das Kind wird vor dem Termin um 09:00 Uhr im Beratungszimmer angehört. Für den Kindesvater wird eine Dolmetscherin für die rumänische Sprache geladen.

[[P|Hansen]], Richterin am Amtsgericht

Ausgefertigt
[[P|Krüger]], Justizbeschäftigte als Urkundsbeamtin der Geschäftsstelle"""


# ---------------------------------------------------------------------------------------------------------------
@doc("outlook", "uvg-vater-smartphone", [])
def d09():
    sy_pass = "N0" + ids.digits(7)
    return f"""Von: [[E|moh.alhamoud1985@gmail.com]]
Betreff: brief unterhalt

hallo frau [[P|schubert]]

ich habe ihre brief bekommen vom 26.5. wegen unterhalt für mein sohn [[P|yousef]]. ich kann nicht zahlen ich habe keine arbeit seit januar, nur jobcenter. bescheid von jobcenter habe ich als foto geschickt. mein akten zeichen ist [[AZ|UV 51.24/00871-2025]] glaube ich.

[[P|yousef]] wohnt bei seine mutter [[P|reem]] in magdeburg, ich sehe ihn jede 2 wochenende. er ist geboren [[DOB|5.3.2015]].

meine neue adresse ist [[A|hallesche str 8]] [[A|06366 köthen]] seit 1.5. ausländerbehörde weiß schon. ich habe nur syrischen pass [[PASS|{sy_pass}]], aufenthaltstitel ist in verlängerung.

wenn sie fragen haben bitte anrufen [[T|0152 29 48 11 03]] oder whatsapp

danke
[[P|mohamad al hamoud]]

Von meinem Huawei gesendet"""


# ---------------------------------------------------------------------------------------------------------------
@doc("word", "hausbesuch-8a", ["HEALTH", "POLITICS"])
def d10():
    return """AKTENNOTIZ – Hausbesuch nach Gefährdungsmeldung (§ 8a SGB VIII)

Az.: [[AZ|51.21-8a-0233/25]]
Familie: [[P|Karaca]]
Anschrift: [[A|Bernburger Straße 72]], 2. OG links, [[A|39418 Staßfurt]]
Datum: 04.06.2025, 15:00–16:20 Uhr
Anwesend: Frau [[P|Gülten Karaca]] (KM), Herr [[P|Serkan Karaca]] (KV), die Kinder [[P|Elif]] (9 J.) und [[P|Baran]] (4 J.); für den Landkreis Frau [[P|Zschornack]] und Herr [[P|Ernst]] (ASD)

Anlass
Meldung der Grundschule „Friedrich Schiller“ vom 02.06.2025 (Klassenlehrerin Frau [[P|Ziegenhorn]]): [[P|Elif]] habe mehrfach von lautem Streit zu Hause berichtet und fehle seit zwei Wochen unentschuldigt.

Gesprächsverlauf
Frau [[P|Karaca]] berichtet, sie sei seit der Geburt von [[P|Baran]] in psychiatrischer Behandlung (Depression, derzeit Sertralin 100 mg) und seit März ohne Therapieplatz. Herr [[P|Karaca]] arbeitet im Schichtdienst bei einem Automobilzulieferer und ist zusätzlich Ortschaftsrat für die SPD in Förderstedt; er sei „kaum zu Hause“. Die Eltern bestätigen Streitigkeiten, körperliche Gewalt wird von beiden verneint. Die Wohnung ist aufgeräumt, das Kinderzimmer altersgerecht eingerichtet. [[P|Baran]] besucht die Kita „Sonnenkäfer“ nur unregelmäßig.

Vor dem Haus parkte der Pkw des Vaters ([[KFZ|SFT-KA 707]]), der laut einer Nachbarin in der Nacht auf den 01.06. „mit quietschenden Reifen“ weggefahren sei.

Vereinbarungen
1. Frau [[P|Karaca]] nimmt Kontakt zur Psychiatrischen Institutsambulanz Bernburg auf (Termin bis 13.06.).
2. [[P|Elif]] geht ab Montag wieder zur Schule; Herr [[P|Ernst]] informiert die Schule.
3. Das Angebot einer sozialpädagogischen Familienhilfe (§ 31 SGB VIII) wird angenommen; Träger voraussichtlich Lebenswege gGmbH, Ansprechpartnerin Frau [[P|Jelena Petrović]].
4. Nächster Hausbesuch: 18.06.2025, 14:00 Uhr.

Einschätzung: keine akute Kindeswohlgefährdung, jedoch Hilfebedarf.

gez. [[P|B. Zschornack]]          gez. [[P|T. Ernst]]"""


# ---------------------------------------------------------------------------------------------------------------
@doc("outlook", "tb-arztbrief-klinik", ["HEALTH"])
def d11():
    kv = ids.health_insurance()
    return f"""Subject: AW: Meldung § 6 IfSG – Pat. [[P|Rahimi, Shabnam]] – Arztbrief

Sehr geehrter Herr Dr. [[P|Okonkwo]],

vielen Dank. Wir haben den Fall unter [[AZ|TB 2025/019]] angelegt und übernehmen die Umgebungsuntersuchung. Könnten Sie uns noch das Antibiogramm schicken, sobald es vorliegt? Den Ehemann, Herrn [[P|Jawad Rahimi]], erreichen wir unter der angegebenen Nummer leider nicht.

Mit freundlichen Grüßen
[[P|Aylin Doğan]]
Gesundheitsamt – Sachgebiet Infektionsschutz / TB-Fürsorge
[[N|03925 871-5335]] | [[E|aylin.dogan@lk-bode-wipper.de]]

From: [[P|Okonkwo, Chukwuemeka]] <[[E|c.okonkwo@harzklinik-bernburg.de]]>
Sent: Thursday, June 5, 2025 9:47 AM
To: [[P|Dogan, Aylin]] <[[E|aylin.dogan@lk-bode-wipper.de]]>
Cc: Infektionsschutz <[[N|infektionsschutz@lk-bode-wipper.de]]>
Subject: Meldung § 6 IfSG – Pat. [[P|Rahimi, Shabnam]] – Arztbrief

Liebe Frau [[P|Doğan]],

wie telefonisch besprochen anbei der vorläufige Entlassbrief (Auszug, per Copy & Paste aus dem KIS):

---
Klinik für Innere Medizin – Pneumologie
Patientin: [[P|Rahimi, Shabnam]], geb. [[DOB|07.12.1994]]
Fall-Nr.: [[AZ|2025034417]] | Station P3 | Kostenträger: AOK Sachsen-Anhalt, Vers.-Nr. [[KV|{kv}]]
Wohnanschrift: [[A|Gartenstraße 4]], [[A|06406 Bernburg (Saale)]]

Diagnosen:
- Offene Lungentuberkulose (A15.0), kulturell bestätigt
- Eisenmangelanämie
- Gravidität 18. SSW

Verlauf: Aufnahme am 28.05.2025 über die Notaufnahme bei Husten seit 6 Wochen, Nachtschweiß und Gewichtsverlust von 7 kg. Im Sputum säurefeste Stäbchen, PCR positiv für M.-tuberculosis-Komplex, keine Rifampicin-Resistenz. HIV-Test negativ. Beginn der Standardtherapie (HRZE) am 29.05.2025, gute Verträglichkeit. Isolation bis zum Nachweis dreier negativer Sputa.

Angehörige: Ehemann [[P|Jawad Rahimi]], Tel. [[T|0157 8820 3364]]; Kinder [[P|Mahsa]] (6 J.) und [[P|Arman]] (3 J.)

Oberarzt: Dr. med. [[P|C. Okonkwo]]
Assistenzärztin: [[P|Jana Lüdecke]]
---

Beste Grüße
[[P|Chukwuemeka Okonkwo]]"""


# ---------------------------------------------------------------------------------------------------------------
@doc("word", "uvg-bescheid", [])
def d12():
    iban = ids.iban_de()
    return f"""Landkreis Bode-Wipper · FD 51 · Unterhaltsvorschusskasse · [[N|Karlsplatz 1]] · [[N|39418 Staßfurt]]

Frau
[[P|Aynur Yıldırım-Becker]]
[[A|Am Plan 3]]
[[A|39435 Egeln]]

Bescheid-Nr.: [[AZ|B-UV/2025/1178]]
Aktenzeichen: [[AZ|UV 51.24/00512-2025]]
Kindergeld-Nr.: [[AZ|182FK304571]]
Staßfurt, 06.06.2025

Bescheid über die Bewilligung von Unterhaltsleistungen nach dem Unterhaltsvorschussgesetz (UVG)

Sehr geehrte Frau [[P|Yıldırım-Becker]],

auf Ihren Antrag vom 15.04.2025 bewillige ich für Ihr Kind

[[P|Deniz Emir Becker]], geboren am [[DOB|19.10.2020]],

Unterhaltsleistungen ab dem 01.04.2025 in Höhe von monatlich 227,00 EUR (Altersstufe 0 bis 5 Jahre). Ab dem 01.10.2026 beträgt die Leistung voraussichtlich 299,00 EUR.

Die Zahlung erfolgt monatlich im Voraus auf Ihr Konto IBAN [[IBAN|{iban}]] (Volksbank Börde-Bernburg).

Begründung
Sie leben von dem anderen Elternteil, Herrn [[P|Marco Becker]], geb. [[DOB|02.12.1993]], dauernd getrennt. Herr [[P|Becker]] zahlt keinen Unterhalt. Sein Aufenthalt ist unbekannt; die letzte bekannte Anschrift lautet [[A|Weinbergstraße 40]], [[A|39240 Calbe (Saale)]]. Der Unterhaltsanspruch des Kindes geht nach § 7 UVG in Höhe der Leistung auf das Land Sachsen-Anhalt über.

Hinweise
Sie sind verpflichtet, jede Änderung unverzüglich mitzuteilen (§ 6 Abs. 4 UVG), insbesondere einen Umzug, eine Heirat oder Zahlungen des anderen Elternteils. Zu Unrecht erhaltene Leistungen sind zu erstatten (§ 5 UVG).

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift beim Landkreis Bode-Wipper, [[N|Karlsplatz 1]], [[N|39418 Staßfurt]], einzulegen.

Im Auftrag
[[P|Silke Wunsch]]"""


# ---------------------------------------------------------------------------------------------------------------
@doc("outlook", "beistandschaft-selbstaendiger", [])
def d13():
    tnr = st_tax_number()
    vat = ids.vat_id()
    tid = ids.tax_id()
    pl_iban = ids.iban("PL", 24)
    return f"""Betreff: AW: Ihre Unterhaltspflicht – Auskunft Einkommen – Az. [[AZ|51.22-BS 0412/24]]

Guten Tag Frau [[P|Kühnemund]],

anbei wie gewünscht meine Angaben. Ich bin seit 2021 selbständig, die BWA 2024 und den Steuerbescheid 2023 schicke ich als PDF.

Firma: Trockenbau & Innenausbau [[P|Wiśniewski]]
Inhaber: [[P|Paweł Wiśniewski]]
[[A|Gewerbestraße 11]], [[A|06449 Aschersleben]]
Steuernummer: [[TNR|{tnr}]]
USt-IdNr.: [[VAT|{vat[:2]} {vat[2:5]} {vat[5:8]} {vat[8:]}]]
Steuer-ID (privat): [[TID|{tid}]]

Mein Gewinn 2024 war laut Steuerberater ca. 31.400 EUR. Den Firmenwagen ([[KFZ|ASL-PW 311]]) nutze ich auch privat, das ist in der BWA schon drin (1 %-Regelung).

Bitte beachten Sie, dass ich auch für meine Tochter [[P|Zuzanna]] aus erster Ehe zahle (sie lebt bei der Mutter in Polen, [[A|ul. Słowackiego 17/4]], [[A|60-822 Poznań]]), monatlich 250 EUR auf das Konto [[IBAN|{group(pl_iban, 4)}]]. Kontoauszüge lege ich bei.

Für [[P|Emilia]] zahle ich seit März direkt an Frau [[P|Paetzold]] 200 EUR, mehr geht im Moment nicht.

Mit freundlichen Grüßen
[[P|Paweł Wiśniewski]]
Mobil [[T|+48 601 337 218]] / [[T|0176 98014477]]
[[E|biuro@trockenbau-wisniewski.de]]

> Am 22.05.2025 um 08:30 schrieb [[P|Kühnemund, Sandra]] <[[E|sandra.kuehnemund@lk-bode-wipper.de]]>:
>
> Sehr geehrter Herr [[P|Wiśniewski]],
>
> als Beistand für Ihre Tochter [[P|Emilia Paetzold]], geb. [[DOB|30.01.2021]], bitten wir Sie um Auskunft über Ihre Einkünfte der letzten drei Jahre (§ 1605 BGB). Bei Selbständigen benötigen wir die Einkommensteuerbescheide und die Gewinnermittlungen.
>
> Mit freundlichen Grüßen
> Im Auftrag
> [[P|Sandra Kühnemund]]"""


# ---------------------------------------------------------------------------------------------------------------
@doc("word", "beglaubigung-vorsorgevollmacht", [])
def d14():
    idc = ids.id_card(check_digit=True)
    return f"""Landkreis Bode-Wipper – Betreuungsbehörde
Niederschrift über die öffentliche Beglaubigung einer Unterschrift nach § 7 BtOG

Beglaubigungsregister Nr. [[AZ|BR 118/2025]]

Am 03.06.2025 erschien in den Diensträumen der Betreuungsbehörde, Raum 1.22:

Frau [[P|Irmgard Hentschel]] geb. [[P|Pohl]], geboren am [[DOB|02.03.1938]] in Stettin, wohnhaft [[A|Parkstraße 8]], [[A|39240 Calbe (Saale)]],

ausgewiesen durch Personalausweis Nr. [[IDC|{idc}]], gültig bis 11/2031.

Die Erschienene erklärte, die vorgelegte Vorsorgevollmacht vom 28.05.2025 (4 Seiten) selbst verfasst zu haben und sie vor mir zu unterschreiben. Sie unterzeichnete in meiner Gegenwart. Bevollmächtigt sind:

1. ihr Sohn Dr. [[P|Matthias Hentschel]], geb. [[DOB|14.07.1964]], [[A|Lindenallee 31]], [[A|14467 Potsdam]],
2. ihre Enkelin [[P|Sabine Hentschel-Ngata]], geb. [[DOB|22.10.1991]], [[A|12 rue Daubenton]], [[A|75005 Paris]], Frankreich.

Zweifel an der Identität der Erschienenen bestanden nicht. Die Geschäftsfähigkeit wurde nicht geprüft; hierauf wurde hingewiesen. Gebühr nach § 7 Abs. 4 BtOG: 10,00 EUR, bar bezahlt.

Auf die Möglichkeit der Registrierung im Zentralen Vorsorgeregister der Bundesnotarkammer wurde hingewiesen.

Staßfurt, 03.06.2025

[[P|Timmermann]]
Urkundsperson der Betreuungsbehörde"""


# ---------------------------------------------------------------------------------------------------------------
@doc("outlook", "uvg-rueckgriff-liste", [])
def d15():
    return """Betreff: Rückgriff Q2 – Liste für die Besprechung am Do

Hi [[P|Marlene]], hi [[P|Jens]],

hier der Export aus dem Fachverfahren (Filter: Rückgriff offen, älter als 6 Monate). Die Beträge sind die aufgelaufenen Rückstände, Stand 31.05.2025. Bei Nr. 4 und 6 bitte die Titel prüfen, bei Nr. 5 läuft die Anfrage an die Zentrale Behörde (Auslandsunterhalt).

Nr;Az;Kind;geb.;Unterhaltspflichtige/r;letzte Anschrift;Rückstand EUR;Status
1;[[AZ|UV 51.24/00219-2024]];[[P|Mia-Sophie Gräfe]];[[DOB|2018-06-11]];[[P|Ronny Gräfe]];[[A|Kirchstr. 4]], [[A|39418 Staßfurt]];2.043,00;Titel beantragt
2;[[AZ|UV 51.24/00307-2024]];[[P|Amani Osman]];[[DOB|2016-01-23]];[[P|Abdirahman Osman Farah]];[[A|Neue Str. 18]], [[A|06406 Bernburg (Saale)]];3.612,00;Ratenzahlung angeboten
3;[[AZ|UV 51.24/00388-2024]];[[P|Jayden-Noah Kühn]];[[DOB|2021-09-02]];[[P|Kevin Kühn]];ohne festen Wohnsitz;1.589,00;Aufenthaltsermittlung
4;[[AZ|UV 51.24/00412-2024]];[[P|Milana Bajramović]];[[DOB|2015-04-30]];[[P|Senad Bajramović]];[[A|Güstener Str. 7]], [[A|06449 Aschersleben]];4.221,00;Titel prüfen
5;[[AZ|UV 51.24/00455-2024]];[[P|Ana Lucía Herrera Pinto]];[[DOB|2019-12-17]];[[P|Diego Herrera Pinto]];[[A|Calle de Toledo 84]], [[A|28005 Madrid]];2.724,00;Auslandsunterhalt
6;[[AZ|UV 51.24/00501-2024]];[[P|Nikita Dederer]];[[DOB|2017-07-08]];[[P|Alexander Dederer]];[[A|Zerbster Str. 52]], [[A|06366 Köthen (Anhalt)]];3.050,00;Titel prüfen

Die Zahlen für den Landesbericht (Rückgriffsquote 2024: 17,4 %) kommen separat.

gruß
[[P|ines]]"""


# ---------------------------------------------------------------------------------------------------------------
@doc("outlook", "masern-ausbruch-schule", ["HEALTH"])
def d16():
    return """Betreff: AW: Masernfall Klasse 2b – Grundschule „Am Salzturm“ – Betretungsverbot

Sehr geehrte Frau Dr. [[P|Wolter]],

danke, die Eltern sind informiert. Frau [[P|Fritzsche]] hat den Impfausweis heute vorbeigebracht (2 x MMR, 2018 und 2019), die Kopie schicke ich mit. [[P|Amelie]] darf dann also wieder kommen?
Herr [[P|Al-Obaidi]] hat angerufen, die Familie möchte erst mit dem Kinderarzt sprechen. Frau [[P|Bondarenko]] bringt den ukrainischen Impfpass morgen ins Sekretariat.

Viele Grüße
[[P|Nowak-Reinholz]]
Schulleiterin
Sekretariat [[N|03473 8412-0]]

-----Ursprüngliche Nachricht-----
Von: [[P|Wolter, Anne-Kathrin]] <[[E|anne-kathrin.wolter@lk-bode-wipper.de]]>
Gesendet: Freitag, 6. Juni 2025 12:18
An: Grundschule Am Salzturm <[[N|sekretariat@gs-am-salzturm.de]]>
Betreff: Masernfall Klasse 2b – Grundschule „Am Salzturm“ – Betretungsverbot

Sehr geehrte Frau [[P|Nowak-Reinholz]],

wie heute telefonisch besprochen: In der Klasse 2b ist am 05.06.2025 ein Masernfall labordiagnostisch bestätigt worden. Das erkrankte Kind ([[P|Leon S.]]) ist seit dem 02.06. zu Hause.

Nach Abgleich mit den Nachweisen aus der Schuleingangsuntersuchung haben folgende Kinder keinen ausreichenden Masernschutz und dürfen die Schule nach § 28 Abs. 2 IfSG bis einschließlich 26.06.2025 nicht betreten, sofern nicht vorher ein Nachweis (Impfausweis oder Titer) vorgelegt wird:

| Name | Klasse | Geb. | Sorgeberechtigte | Telefon |
| [[P|Amelie Fritzsche]] | 2b | [[DOB|14.01.2017]] | [[P|Nadine Fritzsche]] | [[T|0162 7730 151]] |
| [[P|Yahya Al-Obaidi]] | 2b | [[DOB|30.08.2017]] | [[P|Hiba Al-Obaidi]] | [[T|0176 4412 6619]] |
| [[P|Tymofii Bondarenko]] | 2b | [[DOB|02.12.2016]] | [[P|Iryna Bondarenko]] | [[T|+380 50 771 2340]] |
| [[P|Sarah-Lee Kornmesser]] | 2b | [[DOB|21.03.2017]] | [[P|Jacqueline Kornmesser]] | [[T|03473 812064]] |

Bei [[P|Tymofii]] liegt laut Mutter ein ukrainischer Impfpass vor, der noch übersetzt werden muss; bitte sprechen Sie die Familie an.

Die Eltern erhalten heute von uns einen schriftlichen Bescheid (Gz. [[AZ|53.1-IfSG 0112/25]]). Den übrigen Eltern der Klasse 2b geben Sie bitte das beigefügte Informationsblatt mit (Inkubationszeit bis 21 Tage).

Mit freundlichen Grüßen
Dr. med. [[P|Anne-Kathrin Wolter]]
Amtsärztin"""


# ---------------------------------------------------------------------------------------------------------------
@doc("word", "hilfeplanprotokoll", ["HEALTH", "SEXUAL_ORIENTATION"])
def d17():
    return """Protokoll Hilfeplangespräch (§ 36 SGB VIII)

Hilfeplan-Nr.: [[AZ|HP-2025-0093]]    Az.: [[AZ|51.23-HzE 0057/22]]
Jugendlicher: [[P|Jonas Wendler]] („[[P|Joni]]“), geb. [[DOB|3. August 2009]]
Hilfeart: Heimerziehung nach § 34 SGB VIII, Wohngruppe „Lindenhof“, Hecklingen
Datum: 27.05.2025, 10:00–11:45 Uhr, Besprechungsraum der Wohngruppe

Teilnehmende:
- [[P|Jonas Wendler]]
- [[P|Manuela Wendler]] (Mutter, sorgeberechtigt)
- [[P|Heiko Wendler]] (Vater, telefonisch zugeschaltet ab 10:30 Uhr)
- [[P|Kübra Yılmaz]] (Bezugsbetreuerin, Wohngruppe Lindenhof)
- [[P|Rolf Ehrentraut]] (Teamleitung Wohngruppe)
- [[P|Marek Sobczak]] (ASD, fallführend, Protokoll)
Entschuldigt: Dr. [[P|Lenz]] (Kinder- und Jugendpsychiaterin)

1. Rückblick
[[P|Jonas]] lebt seit 09/2022 in der Wohngruppe. Die Schulsituation hat sich stabilisiert (Sekundarschule, Klasse 9; Versetzung in Mathematik gefährdet). Seit Februar ist er in ambulanter Behandlung bei Dr. [[P|Lenz]] wegen einer depressiven Episode und selbstverletzenden Verhaltens; seit April gab es keine Vorfälle mehr.

[[P|Jonas]] hat sich im März gegenüber Frau [[P|Yılmaz]] als schwul geoutet und wünscht ausdrücklich, dass dies im Gespräch offen angesprochen wird. Die Mutter reagiert unterstützend. Der Vater äußerte am Telefon Unverständnis; [[P|Jonas]] möchte derzeit keine Wochenendbesuche beim Vater in Wolfsburg.

2. Wünsche und Ziele
[[P|Jonas]]: Verbleib in der Gruppe, Schülerpraktikum im Tierheim Staßfurt, mehr Kontakt zu seiner Schwester [[P|Celine]] (16).
Mutter: wöchentliche Telefonate, Besuchskontakte alle zwei Wochen in Staßfurt.
Vater: Gespräch mit [[P|Jonas]] in Begleitung der Erziehungsberatungsstelle.

3. Vereinbarungen
- Fortsetzung der Hilfe nach § 34 SGB VIII bis zum nächsten Hilfeplangespräch
- Frau [[P|Yılmaz]] unterstützt die Bewerbung um den Praktikumsplatz bis 30.06.2025
- Herr [[P|Sobczak]] vermittelt einen Termin bei der Erziehungsberatung für Vater und Sohn
- Neue Handynummer von [[P|Jonas]]: [[T|0178 3391 047]] (nur für Eltern und Gruppe)

Nächstes Hilfeplangespräch: November 2025.

Protokoll: [[P|M. Sobczak]], 28.05.2025
Verteiler: Eltern, Wohngruppe, Akte"""


# ---------------------------------------------------------------------------------------------------------------
@doc("outlook", "roentgen-gu-ehrenamt", ["HEALTH"])
def d18():
    ua_id = ids.digits(9)
    ua_pass = "F" + R.choice("EKTX") + ids.digits(6)
    ua_iban = ids.iban("UA", 25)
    return f"""Betreff: Familie [[P|Kovalenko]] – Röntgenbefund für die Aufnahme in die Gemeinschaftsunterkunft

Guten Tag,

ich bin ehrenamtlich in der Flüchtlingshilfe „Willkommen in Egeln“ aktiv und schreibe für Familie [[P|Kovalenko]], die noch kaum Deutsch spricht. Die Familie ist am 20.05. aus Saporischschja angekommen und wohnt vorübergehend bei mir, [[A|Lindenstraße 22]], [[A|39435 Egeln]]. Sie sind mit dem eigenen Auto gekommen ([[KFZ|AP 4512 KM]]).

Personen:
1. [[P|Olena Kovalenko]] (in deutschen Dokumenten teils „[[P|Kowalenko]]“), geb. [[DOB|12.04.1987]], ukrainische ID-Karte Nr. [[IDC|{ua_id}]]
2. [[P|Artem Kovalenko]], geb. [[DOB|12.09.2012]]
3. [[P|Halyna Kovalenko]], geb. [[DOB|25.11.1956]], Reisepass Nr. [[PASS|{ua_pass}]]

Für die Aufnahme in die Unterkunft in der Magdeburger Straße verlangt das Sozialamt eine Bescheinigung nach § 36 Abs. 4 IfSG (Röntgen der Lunge). Frau [[P|Halyna Kovalenko]] hatte 2019 eine Tuberkulose, die in Saporischschja behandelt wurde (Entlassbrief auf Ukrainisch liegt vor). [[P|Artem]] hat Asthma und braucht ein Spray. Kann das Röntgen bei Ihnen gemacht werden oder müssen wir zu einem Radiologen?

Noch eine Frage für das Sozialamt: Ein deutsches Konto hat Frau [[P|Kovalenko]] noch nicht, nur ihr ukrainisches bei der PrivatBank: [[IBAN|{group(ua_iban, 4)}]]. Geht das für die Auszahlung?

Mein Kontakt: [[T|0171 8823 460]], [[E|gabi.heinicke@t-online.de]]

Viele Grüße
[[P|Gabriele Heinicke]]

P.S. Frau [[P|Kovalenko]] hat noch eine ukrainische Nummer: [[T|+380 97 556 21 80]] (Viber)."""


# ---------------------------------------------------------------------------------------------------------------
@doc("word", "stammdaten-berufsbetreuer", [])
def d19():
    tnr = st_tax_number()
    vat = ids.vat_id()
    dob = "06.10.1972"
    iban = ids.iban_de()
    return f"""Landkreis Bode-Wipper – Betreuungsbehörde
Stammdatenblatt beruflicher Betreuer (Registrierung nach § 24 BtOG) – Auszug für die Akte

Registrierungs-Nr.: [[AZ|BtB-REG 0031/23]]
Name: [[P|Olufemi Adegoke-Hartwig]]
Geburtsdatum: [[DOB|{dob}]]
Büro: Betreuungsbüro [[P|Adegoke-Hartwig]], [[A|Markt 5]], [[A|06406 Bernburg (Saale)]]
Telefon: [[T|03471 3598 20]], mobil [[T|0160 4471 209]]
E-Mail: [[E|kanzlei@betreuung-adegoke.de]]
Steuernummer: [[TNR|{tnr}]]
USt-IdNr.: [[VAT|{vat}]] (Vergütung nach § 4 Nr. 16 UStG steuerfrei)
Geschäftskonto: [[IBAN|{group(iban, 4)}]]
Sachkundenachweis: vorgelegt am 14.01.2023; Führungszeugnis und Auskunft aus dem Schuldnerverzeichnis ohne Eintrag

Laufende Betreuungen im Landkreis (Stand 31.05.2025): 38, davon beispielhaft:

| Betreute/r | Az. Betreuungsgericht | Aufgabenkreise |
| [[P|Kevin Pietsch]] | [[AZ|3 XVII 88/21]] (AG Bernburg) | Vermögen, Behörden |
| [[P|Marija Jovanović]] | [[AZ|3 XVII 402/23]] (AG Bernburg) | alle Angelegenheiten |
| [[P|Ernst-August von Kittlitz]] | [[AZ|5 XVII 17/25]] (AG Aschersleben) | Gesundheit, Aufenthalt |
| [[P|Agnes Schwarzkopf]] | [[AZ|4 XVII 1126/19]] (AG Staßfurt) | Vermögen |

Vermerk: Beschwerde der Tochter von Frau [[P|Jovanović]], Frau [[P|Snežana Ilić]], vom 20.05.2025 über verspätete Mietzahlungen; die Stellungnahme von Herrn [[P|Adegoke-Hartwig]] vom 27.05.2025 liegt vor (Dauerauftrag war wegen Bankwechsels ausgesetzt). Kein weiterer Handlungsbedarf.

[[P|C. Timmermann]]"""


# ---------------------------------------------------------------------------------------------------------------
@doc("outlook", "schulpflicht-intern-informell", ["ETHNICITY"])
def d20():
    return """Betreff: familie lakatos / schulpflicht

hi [[P|tobias]],

kurz zur info wg. der familie [[P|lakatos]] aus der Hohen Straße. die kinder ([[P|Rebeka]], [[P|Dávid]] und [[P|Kristóf]]) waren seit pfingsten nicht in der schule, laut nachbarn ist die familie zu verwandten nach ungarn gefahren. [[P|rebeka]] ist am [[DOB|11.9.2012]] geboren, also noch voll schulpflichtig.

der vermieter hat räumungsklage eingereicht (AG Bernburg, [[AZ|2 C 318/25]]). die mutter, [[P|Erzsébet Lakatos]], hat mich gestern aus ungarn angerufen von [[T|+36 30 418 7725]], sie kommen angeblich am 15.6. zurück. das auto (weißer transporter, ungarisches kennzeichen [[KFZ|PKL-482]]) steht aber noch vor dem haus.

frau [[P|Ramona Lakatos]] vom roma-verein (nicht verwandt!) hat angeboten zu vermitteln. die mutter hat mir am telefon gesagt, dass sie als roma in ungarn keine wohnung bekommen und deshalb unbedingt hier bleiben wollen.

bitte nicht gleich ein bußgeldverfahren wg. schulpflicht (§ 41 SchulG LSA), wir reden erst mit herrn [[P|szabó]] vom schulamt. termin ist mi 10 uhr, raum 2.14.

lg
[[P|jule]]"""


# ---------------------------------------------------------------------------------------------------------------
@doc("outlook", "tb-kontakt-englisch", ["HEALTH"])
def d21():
    kv = ids.health_insurance()
    ng_pass = "A" + ids.digits(8)
    return f"""Subject: RE: Tuberculosis contact screening – appointment / Ref. [[AZ|TB 2025/019-K07]]

Hello Ms [[P|Dogan]],

thank you, I will come. Please note my new phone number [[T|+49 1590 221 8473]]. I am a student at Hochschule Anhalt in Köthen; my passport (Nigeria) is no. [[PASS|{ng_pass}]], the residence permit is still in process.
My girlfriend [[P|Chiamaka]] was also in the shared kitchen, should she come too?

Best,
[[P|Bayo]]

Sent from Outlook for Android

________________________________
From: [[P|Doğan, Aylin]] <[[E|aylin.dogan@lk-bode-wipper.de]]>
Sent: Friday, June 6, 2025 10:12 AM
To: [[E|bayo.ogunleye@gmail.com]]
Subject: Tuberculosis contact screening – appointment / Ref. [[AZ|TB 2025/019-K07]]

Dear Mr [[P|Ogunleye]],

I am writing on behalf of the public health office (Gesundheitsamt) of the district of Bode-Wipper. You have been identified as a close contact of a person with infectious pulmonary tuberculosis. For data protection reasons we cannot tell you the name of that person.

We would like to offer you a free blood test (IGRA / QuantiFERON) on

Thursday, 19 June 2025, 8:30 am
Gesundheitsamt, room 0.12, [[N|Karlsplatz 1]], [[N|39418 Staßfurt]]

Please bring your passport or residence permit and your health insurance card. Our records show:
Name: [[P|Adebayo Oluwaseun Ogunleye]]
Date of birth: [[DOB|14 February 1999]]
Address: [[A|Bernburger Str. 12a]], [[A|06366 Köthen (Anhalt)]]
Health insurance: Techniker Krankenkasse, no. [[KV|{kv}]]

Most contacts do not get infected. If you develop a cough lasting more than three weeks, fever or night sweats, please see a doctor and mention this letter. If you cannot attend, please call me at [[N|03925 871-5335]] or reply to this email.

Kind regards
[[P|Aylin Doğan]]
TB contact tracing, Gesundheitsamt Landkreis Bode-Wipper"""


# ---------------------------------------------------------------------------------------------------------------
@doc("word", "jugendamtsurkunde-vaterschaft", [])
def d22():
    it_id = "CA" + ids.digits(5) + letters(2)
    de_pass = ids.passport(check_digit=True)
    return f"""Landkreis Bode-Wipper – Jugendamt – Urkundsstelle

Urkundenregister Nr. [[AZ|UR 214/2025]]

Verhandelt zu Staßfurt am 02.06.2025

Vor mir, der unterzeichnenden, nach § 59 SGB VIII ermächtigten Urkundsperson des Landkreises Bode-Wipper, [[P|Heike Rotermund]], erschienen heute:

1. Herr [[P|Giuseppe Lo Russo]], geboren am [[DOB|18.04.1990]] in Palermo (Italien), italienischer Staatsangehöriger, wohnhaft [[A|Sandbergweg 9]], [[A|39218 Schönebeck (Elbe)]], ausgewiesen durch italienische Identitätskarte Nr. [[IDC|{it_id}]],
2. Frau [[P|Jessica Nadine Kotte]], geboren am [[DOB|07.01.1998]] in Schönebeck, wohnhaft [[A|Friedrichstraße 33]], [[A|39218 Schönebeck (Elbe)]], ausgewiesen durch Reisepass Nr. [[PASS|{de_pass}]].

Herr [[P|Lo Russo]] erklärte: Ich erkenne an, der Vater des Kindes [[P|Luca Matteo Kotte]], geboren am [[DOB|21.03.2025]] in Magdeburg, zu sein.

Frau [[P|Kotte]] erklärte: Ich stimme der Anerkennung der Vaterschaft zu.

Herr [[P|Lo Russo]] erklärte weiter: Ich verpflichte mich, an das Kind zu Händen der Mutter ab dem 01.06.2025 Unterhalt in Höhe von 100 % des jeweiligen Mindestunterhalts der jeweiligen Altersstufe abzüglich des hälftigen Kindergeldes für ein erstes Kind zu zahlen, derzeit 355,00 EUR monatlich, und unterwerfe mich wegen dieser Verpflichtung der sofortigen Zwangsvollstreckung aus dieser Urkunde.

Die Beteiligten erklärten ferner, die elterliche Sorge gemeinsam übernehmen zu wollen (§ 1626a Abs. 1 Nr. 1 BGB); hierüber wurde eine gesonderte Sorgeerklärung (Register Nr. [[AZ|SE 087/2025]]) aufgenommen.

Herr [[P|Lo Russo]] verzichtete auf die Hinzuziehung eines Dolmetschers; er versteht die deutsche Sprache ausreichend. Die Niederschrift wurde vorgelesen, genehmigt und eigenhändig unterschrieben.

[[P|Giuseppe Lo Russo]]          [[P|Jessica Nadine Kotte]]

[[P|Rotermund]], Urkundsperson"""


# ---------------------------------------------------------------------------------------------------------------
@doc("outlook", "betreuung-enkelin-smartphone", ["HEALTH"])
def d23():
    rv = ids.social_security("190536", "R")
    tid = ids.tax_id()
    iban = ids.iban_de()
    idc = ids.id_card(check_digit=False)
    return f"""Betreff: Re: Betreuung Opa [[P|Reimer]]

Guten Tag Frau [[P|Timmermann]],

danke für die schnelle Antwort. Ich bin die Enkelin von [[P|Jakob Reimer]] (geb. [[DOB|19.05.1936]]), wohne aber in Nürnberg. Mein Mädchenname ist [[P|Reimer]].

Opa ist seit dem Sturz im März im Pflegeheim „Haus Bodeblick“ (Oberschenkelhalsbruch, danach sehr verwirrt, die Ärzte sagen Alzheimer). Meine Tante [[P|Lydia Reimer]] lebt in Kasachstan und hat keine deutsche Nummer, ihre Nummer ist [[T|+7 701 448 3302]].

Die Rente kommt auf sein Konto bei der Salzlandsparkasse ([[IBAN|{iban}]]), Rentenversicherungsnr. [[SSN|{rv}]], Steuer-ID [[TID|{tid[:2]} {tid[2:5]} {tid[5:8]} {tid[8:]}]]. Das Finanzamt hat ihm letztes Jahr geschrieben, das liegt alles bei mir.

Ich kann mich um die Bankangelegenheiten kümmern, aber nicht vor Ort sein. Kann ich trotzdem Betreuerin werden? Meine Ausweisnummer für das Gericht: [[IDC|{idc}]].

LG [[P|Natalja Sawatzky]]
[[T|0157 0091 3385]]
[[A|Allersberger Str. 121]], [[A|90461 Nürnberg]]

Gesendet von meinem iPhone

Am 02.06.2025 um 14:07 schrieb Betreuungsbehörde LK Bode-Wipper <[[N|betreuungsbehoerde@lk-bode-wipper.de]]>:

> Sehr geehrte Frau [[P|Sawatzky]],
>
> vielen Dank für Ihre Nachricht. Das Amtsgericht Staßfurt hat uns im Verfahren [[AZ|4 XVII 149/25]] um einen Bericht gebeten. Bitte teilen Sie uns mit, ob Sie bereit wären, die Betreuung für Ihren Großvater zu übernehmen, und welche Aufgaben Sie aus der Entfernung wahrnehmen könnten.
>
> Mit freundlichen Grüßen
> [[P|Carola Timmermann]]"""


# ---------------------------------------------------------------------------------------------------------------
@doc("word", "aerztliches-zeugnis-betreuung", ["HEALTH", "GENETIC"])
def d24():
    kv = ids.health_insurance()
    return f"""Praxis für Neurologie und Psychiatrie
Dr. med. [[P|Volker Baumgärtel]]
[[A|Breite Straße 2]] · [[A|06449 Aschersleben]] · Tel. [[T|03473 91 77 40]]

An das Amtsgericht Aschersleben – Betreuungsgericht –
Az.: [[AZ|5 XVII 203/25]]

Ärztliches Zeugnis nach § 281 FamFG

Betroffene: Frau [[P|Fatima-Zahra El Idrissi]], geb. [[DOB|30.11.1979]]
Anschrift: [[A|Hinter dem Zoll 7]], [[A|06449 Aschersleben]]
Krankenversicherung: BARMER, Versichertennummer [[KV|{kv[0]} {kv[1:]}]]

Frau [[P|El Idrissi]] ist mir seit 2021 aus regelmäßiger ambulanter Behandlung bekannt. Es besteht eine Chorea Huntington (ICD-10 G10), molekulargenetisch gesichert (CAG-Repeat-Expansion mit 44 Wiederholungen, Befund des Instituts für Humangenetik Magdeburg vom 11.08.2021). Die Mutter der Betroffenen ist 2016 an derselben Erkrankung verstorben; die Schwester, Frau [[P|Samira El Idrissi]], hat eine prädiktive Testung bisher abgelehnt.

Bei der Untersuchung am 22.05.2025 zeigten sich ausgeprägte choreatische Bewegungsstörungen, eine Verlangsamung des Denkens und eine depressive Verstimmung. Frau [[P|El Idrissi]] kann ihre finanziellen Angelegenheiten nicht mehr überblicken; es bestehen Mietrückstände. Ihren Willen zu einzelnen Fragen kann sie weiterhin äußern.

Eine Betreuung wird für folgende Aufgabenbereiche empfohlen: Gesundheitssorge, Vermögenssorge, Wohnungsangelegenheiten, Vertretung gegenüber Behörden. Die Dauer ist voraussichtlich unbefristet. Eine Anhörung ist möglich, sollte aber in der Häuslichkeit erfolgen. Der Ehemann, Herr [[P|Youssef Benali]], unterstützt sie, ist aber beruflich als Fernfahrer häufig abwesend.

Aschersleben, 26.05.2025

Dr. med. [[P|V. Baumgärtel]]
Facharzt für Neurologie, Facharzt für Psychiatrie und Psychotherapie"""


# ---------------------------------------------------------------------------------------------------------------
@doc("outlook", "belehrung-43-ifsg-buchung", [])
def d25():
    vat = ids.vat_id()
    tnr = st_tax_number()
    cc = ids.credit_card("4", 16)
    return f"""Betreff: WG: Online-Terminbuchung Belehrung nach § 43 IfSG – Buchung [[AZ|BEL-250604-0418]]

Hallo [[P|Doreen]],

bei der Buchung unten ist die Kartenzahlung abgebrochen. Herr [[P|Hoàng]] hat uns daraufhin die Kartendaten per Mail geschickt (!): [[CC|{group(cc, 4)}]], gültig bis 09/27. Ich habe die Zahlung manuell im Kassenterminal erfasst und ihn gebeten, künftig per Überweisung zu zahlen. Bitte die Mail nach der Buchung aus dem Postfach löschen.

Gruß
[[P|Frank]]

-----Ursprüngliche Nachricht-----
Von: Terminbuchung Gesundheitsamt <[[N|noreply-termine@lk-bode-wipper.de]]>
Gesendet: Mittwoch, 4. Juni 2025 16:55
An: Hygiene <[[N|hygiene@lk-bode-wipper.de]]>
Betreff: Online-Terminbuchung Belehrung nach § 43 IfSG – Buchung [[AZ|BEL-250604-0418]]

Automatische Nachricht des Terminbuchungssystems – bitte nicht antworten.

Termin: Gruppenbelehrung Lebensmittelhygiene, Mi 18.06.2025, 09:00 Uhr, Raum 0.08
Anzahl Teilnehmende: 3
Gebühr: 3 x 25,00 EUR = 75,00 EUR
Zahlungsart: Kreditkarte (VISA, Status: abgebrochen)

Rechnungsempfänger
Firma: Imbiss Phở Hà Nội
Inhaber: [[P|Hoàng Văn Đức]]
Anschrift: [[A|Steinstraße 14]], [[A|06406 Bernburg (Saale)]]
Steuernummer: [[TNR|{tnr}]]
USt-IdNr.: [[VAT|{vat}]]
E-Mail: [[E|hoang.duc.bbg@gmx.de]]
Telefon: [[T|03471 640 28 17]]

Teilnehmende
1. [[P|Hoàng Thị Lan]], geb. [[DOB|04.02.1992]]
2. [[P|Phạm Quốc Bảo]], geb. [[DOB|17.10.2001]]
3. [[P|Emine Kılıç]], geb. [[DOB|28.06.1975]]

Hinweis: Bitte bringen Sie zum Termin einen Personalausweis oder Reisepass mit. Die Bescheinigung wird im Anschluss ausgehändigt."""


# ---------------------------------------------------------------------------------------------------------------
@doc("word", "amtsvormund-auslaenderbehoerde", ["RELIGION"])
def d26():
    tid = ids.tax_id()
    return f"""Landkreis Bode-Wipper – Jugendamt – Sachgebiet Vormundschaften

An die
Ausländerbehörde des Landkreises Bode-Wipper
im Hause

Unser Zeichen: [[AZ|51.4-AV 0061/24]]
Ihr Zeichen: [[AZ|32.1-AB-77812]]
Datum: 30.05.2025

Mündel: [[P|Mohammad Hussain Jafari]], geb. [[DOB|15.07.2008]]
Vormundschaft lt. Beschluss des AG Staßfurt vom 12.02.2024, [[AZ|6 F 38/24]]
AZR-Nr.: [[AZ|161224331007]]
BAMF-Az.: [[AZ|8123456-423]]

Verlängerung der Aufenthaltsgestattung / Sachstand Asylverfahren

Sehr geehrte Damen und Herren,

als Amtsvormünderin des oben genannten Jugendlichen teile ich mit, dass die Anhörung beim Bundesamt am 22.05.2025 in der Außenstelle Halberstadt stattgefunden hat. [[P|Mohammad Hussain]] wurde von mir begleitet. Er hat ausführlich geschildert, dass er im Iran zum Christentum konvertiert ist und im Januar 2025 in der Freien Evangelischen Gemeinde Staßfurt getauft wurde (Taufbescheinigung von Pastor [[P|Reinhard Gössel]] liegt vor). Wegen seiner Konversion befürchtet er bei einer Rückkehr nach Afghanistan Verfolgung.

Der Bescheid steht noch aus. Ich bitte, die Aufenthaltsgestattung bis zur Entscheidung zu verlängern; die bisherige läuft am 14.06.2025 ab. Ein aktuelles Passbild füge ich bei.

[[P|Mohammad Hussain]] besucht die Berufsbildende Schule Staßfurt (Berufsvorbereitung) und wohnt in der Jugendwohngemeinschaft [[A|Rathenaustraße 3]], [[A|39418 Staßfurt]]. Für den Praktikumsvertrag ab September wurde ihm die Steuer-ID [[TID|{tid}]] mitgeteilt. Bezugsbetreuer ist Herr [[P|Daniel Wojtek]], Tel. [[T|0151 2339 8810]].

Mit freundlichen Grüßen
[[P|Tanja Liebscher]]
Amtsvormünderin"""


# ---------------------------------------------------------------------------------------------------------------
@doc("word", "niederschrift-ag-betreuung", [])
def d27():
    return """Niederschrift über die 14. Sitzung der Örtlichen Arbeitsgemeinschaft Betreuung im Landkreis Bode-Wipper

Datum: 21.05.2025, 14:00–16:15 Uhr
Ort: Kreishaus Staßfurt, Sitzungssaal (Raum 3.01)

Anwesend:
[[P|Carola Timmermann]] (Betreuungsbehörde, Vorsitz und Protokoll)
Dr. [[P|Hans-Jürgen Kaltofen]] (Richter am Amtsgericht Staßfurt, Betreuungsgericht)
[[P|Beate Hansen-Ebeling]] (Richterin am Amtsgericht Staßfurt)
[[P|Maximilian von der Heydt]] (Rechtspfleger, Amtsgericht Bernburg)
[[P|Olufemi Adegoke-Hartwig]] (Berufsbetreuer, Sprecher der Berufsbetreuer)
[[P|Annegret Vogelsang]] (Betreuungsverein Lebenshilfe Bode e.V.)
[[P|Mustafa Öztürk]] (Betreuungsverein SKM Staßfurt)
[[P|Swetlana Lorenz]] (Sozialpsychiatrischer Dienst des Gesundheitsamtes)
Gast: [[P|Kateryna Savchuk]] (Integrationsbeauftragte des Landkreises)

Entschuldigt: [[P|Joachim Pfützner]] (Heimaufsicht), Frau [[P|Brzezinski]] (Pflegestützpunkt)

TOP 1 – Niederschrift der Sitzung vom 19.02.2025: genehmigt.

TOP 2 – Fallzahlen 2024: 1.912 laufende Betreuungen (Vorjahr 1.874), davon 41 % ehrenamtlich geführt. Herr [[P|Kaltofen]] berichtet von einer deutlichen Zunahme der Eilverfahren.

TOP 3 – Gewinnung ehrenamtlicher Betreuer: Frau [[P|Vogelsang]] stellt das Schulungskonzept vor (Termine 10.09. und 08.10.2025). Herr [[P|Öztürk]] regt Informationsmaterial in türkischer und arabischer Sprache an.

TOP 4 – Erweiterte Unterstützung (§ 8 Abs. 2 BtOG): Modellprojekt ab 01.01.2026; Haushaltsmittel von 48.000 EUR sind unter der Haushaltsstelle 3110.53310 beantragt.

TOP 5 – Verschiedenes: Herr [[P|von der Heydt]] weist auf die neue Fassung der Vordrucke hin (Stand 04/2025). Frau [[P|Savchuk]] bietet Kontakte zu ukrainischen Dolmetscherinnen an ([[E|k.savchuk@lk-bode-wipper.de]]).

Nächste Sitzung: 17.09.2025, 14:00 Uhr, in den Räumen des Betreuungsvereins Lebenshilfe Bode e.V.

Staßfurt, 23.05.2025
gez. [[P|Timmermann]]"""


# ---------------------------------------------------------------------------------------------------------------
@doc("outlook", "betreuer-gewerkschaft", ["UNION", "HEALTH"])
def d28():
    rv = ids.social_security("020978", "K")
    cc = ids.credit_card("52", 16)
    return f"""Betreff: Betreuung [[P|Kamiński]] – Arbeitsgericht / Rechtsschutz IG Metall

Sehr geehrte Frau [[P|Timmermann]],

zur Information im Verfahren [[AZ|4 XVII 77/23]] (Betreuter: Herr [[P|Dariusz Kamiński]], geb. [[DOB|02.09.1978]], RV-Nr. [[SSN|{rv}]]):

Herr [[P|Kamiński]] ist seit 2009 Mitglied der IG Metall. Nach der verhaltensbedingten Kündigung durch seinen Arbeitgeber (eine Gießerei in Staßfurt) wegen wiederholter Fehlzeiten im Zusammenhang mit seiner Alkoholabhängigkeit gewährt ihm die Gewerkschaft Rechtsschutz. Die Kündigungsschutzklage ist beim Arbeitsgericht Magdeburg unter [[AZ|3 Ca 1187/25]] anhängig; der Gütetermin am 03.06.2025 endete ohne Vergleich. Sein Prozessvertreter, Herr [[P|Niklas Brandtner]] (DGB Rechtsschutz), ist mobil unter [[T|0170 2248 613]] erreichbar.

Herr [[P|Kamiński]] befindet sich seit dem 26.05.2025 in einer qualifizierten Entzugsbehandlung im Fachklinikum Bernburg, voraussichtlich bis 20.06.2025. Sein Pkw ([[KFZ|SFT-DK 78]]) ist seit Mai abgemeldet. Die Kreditkarte [[CC|{cc[:4]}-{cc[4:8]}-{cc[8:12]}-{cc[12:]}]] habe ich sperren lassen, nachdem dort Abbuchungen von Online-Casinos aufgefallen sind.

Seine geschiedene Frau, Frau [[P|Beata Kamińska]], macht zudem Unterhaltsrückstände für den Sohn [[P|Oskar]] geltend.

Ich bitte um Rücksprache, ob beim Betreuungsgericht eine Erweiterung der Aufgabenkreise um die Vertretung in arbeitsrechtlichen Angelegenheiten angeregt werden sollte.

Mit freundlichen Grüßen
[[P|Frank Opitz]]
Berufsbetreuer
[[A|Steinstraße 3]], [[A|39418 Staßfurt]]
Tel. [[T|03925 2864 15]] · Fax [[T|03925 2864 16]]
[[E|opitz@betreuungen-opitz.de]]"""


# ---------------------------------------------------------------------------------------------------------------
@doc("word", "anhoerung-bussgeld-masern", ["HEALTH"])
def d29():
    return """Landkreis Bode-Wipper · Gesundheitsamt · [[N|Karlsplatz 1]] · [[N|39418 Staßfurt]]

Eheleute
[[P|Svetlana Hoffmann]] und [[P|Alexander Hoffmann]]
[[A|Am Mühlgraben 19]]
[[A|39443 Staßfurt OT Förderstedt]]

Geschäftszeichen: [[AZ|53.1-OWi 0044/25]]
Kassenzeichen: [[AZ|6.0531.120566.8]]
Datum: 10.06.2025

Anhörung im Bußgeldverfahren nach § 55 OWiG
Nichtvorlage eines Nachweises über Masernschutz für Ihren Sohn [[P|Maxim Hoffmann]], geb. [[DOB|27.06.2019]]

Sehr geehrte Frau [[P|Hoffmann]], sehr geehrter Herr [[P|Hoffmann]],

mit Schreiben vom 03.03.2025 und Erinnerung vom 07.04.2025 haben wir Sie aufgefordert, für Ihren Sohn einen Nachweis nach § 20 Abs. 9 IfSG vorzulegen. Nach Auskunft der Kita „Zwergenland“ (Leiterin Frau [[P|Dagmar Reichenbach]]) besucht [[P|Maxim]] die Einrichtung seit dem 01.08.2022. In Ihrem Schreiben vom 11.04.2025 haben Sie mitgeteilt, dass Sie Impfungen grundsätzlich ablehnen; eine medizinische Kontraindikation wurde nicht nachgewiesen.

Ihnen wird daher vorgeworfen, entgegen § 20 Abs. 12 Satz 1 IfSG einen Nachweis nicht vorgelegt zu haben (Ordnungswidrigkeit nach § 73 Abs. 1a Nr. 7c IfSG). Es ist beabsichtigt, gegen jeden Elternteil eine Geldbuße von 250,00 EUR festzusetzen.

Sie haben Gelegenheit, sich bis zum 01.07.2025 schriftlich oder mündlich zu äußern. Sie sind nicht verpflichtet, sich zur Sache zu äußern. Legen Sie bis dahin einen Nachweis vor, wird das Verfahren eingestellt.

Im Auftrag
[[P|Katrin Wendt]]
Sachbearbeiterin Infektionsschutz
Telefon [[N|03925 871-5330]], Zimmer 0.17"""


# ---------------------------------------------------------------------------------------------------------------
@doc("outlook", "rundmail-umzug", [])
def d30():
    return """Betreff: Umzug Sachgebiet Infektionsschutz / neue Durchwahlen ab KW 25

Liebe Kolleginnen und Kollegen,

ab Montag, 16.06.2025, sitzt das Sachgebiet Infektionsschutz im Neubau (Haus B), 1. OG. Die neuen Durchwahlen:

Sachgebietsleitung (Frau Dr. [[P|Wolter]]): Raum B 1.04, [[N|03925 871-5301]]
TB-Fürsorge ([[P|Aylin Doğan]]): Raum B 1.07, [[N|03925 871-5335]]
Masernschutz ([[P|Katrin Wendt]]): Raum B 1.08, [[N|03925 871-5330]]
Hygiene/Trinkwasser ([[P|Ralf Oertel]], [[P|Sina Mahlow]]): Raum B 1.11, [[N|03925 871-5340]]

Das Funktionspostfach [[N|infektionsschutz@lk-bode-wipper.de]] bleibt unverändert. Der Drucker im Flur (Kyocera TASKalfa 3554ci, Inventar-Nr. 2019-0447) zieht mit um. Die Faxnummer [[N|03925 871-5399]] entfällt zum 30.06.2025.

Die Laufwerksfreigabe \\\\lkbw-fs02\\FD53 ist am 13.06. ab 15 Uhr wegen des Umzugs gesperrt. Umzugskartons (je 3,90 EUR, Bestell-Nr. 41-0072) stehen ab Mittwoch in Raum A 0.21 bereit.

Zur Erinnerung: Fallbezogene Daten gehören nicht in Teams-Chats. Rückfragen bitte weiterhin über das Fachverfahren oder per verschlüsselter Mail. Die Schulung „KI-Assistent im Amt“ (Art. 4 KI-VO) findet am 24.06.2025 im Sitzungssaal statt; Anmeldung bis 18.06. bei Herrn [[P|Kalisch]] (Personalamt).

Viele Grüße
[[P|Ralf Oertel]]
i. A. der Sachgebietsleitung"""


# ---------------------------------------------------------------------------------------------------------------
def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh99.jsonl")
    lines = []
    for i, (channel, template, flags, fn) in enumerate(DOCS, start=1):
        record = build(f"F99-{i:03d}", channel, template, fn(), list(flags))
        for e in record["entities"]:
            assert record["text"][e["start"]:e["end"]] == e["text"], e
        lines.append(json.dumps(record, ensure_ascii=False))
    assert len(lines) == 30, len(lines)
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    total = sum(len(json.loads(line)["entities"]) for line in lines)
    print(f"wrote {out}: {len(lines)} documents, {total} entities")


if __name__ == "__main__":
    main()
