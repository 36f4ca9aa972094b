"""Batch 16: a held-out set of 30 labelled German documents for the PII detector.

Setting: the invented town of Hohenstetten (Große Kreisstadt, Landkreis Heilbronn, Baden-Württemberg; plates HN,
switchboard 07136 9821-0). Written blind: without reading the detector, earlier batches or their generators.
Texts carry inline marks from ../../main/tests/KiOfficeAddin.Guardrails.Tests/Pii/Corpus/marks.py; identifiers with
a check digit come from identifiers.py there (seed 1616161).
"""
import json
import os
import sys
from collections import Counter

CORPUS = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # leave the Corpus folder untouched
sys.path.insert(0, CORPUS)
from marks import build  # noqa: E402
from identifiers import Identifiers, group  # noqa: E402

SEED = 1616161
ids = Identifiers(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh16.jsonl")


def iban_spaced(value):
    return group(value, 4)


def tax_id_spaced(value):
    return f"{value[:2]} {value[2:5]} {value[5:8]} {value[8:]}"


def rv_spaced(value):
    return f"{value[:2]} {value[2:8]} {value[8]} {value[9:]}"


def amex_spaced(value):
    return f"{value[:4]} {value[4:10]} {value[10:]}"


def tax_number_bw():
    # Baden-Württemberg layout FFBBB/UUUUP (Finanzamt 65 = Heilbronn); layout only, no check digit.
    return f"65{ids.digits(3)}/{ids.digits(5)}"


def tax_number_federal_bw():
    # 13-digit federal form: 28 (BW) + FF + 0 + BBB + UUUUP.
    return "2865" + "0" + ids.digits(8)


# ---- identifiers, drawn in a fixed order -------------------------------------------------------------------
IBAN_001 = iban_spaced(ids.iban_de())
TID_001 = ids.tax_id()
IDC_002 = ids.id_card(check_digit=False)
CC_002 = ids.credit_card("4", 16)
IBAN_005 = ids.iban_de()
CITY_IBAN = iban_spaced(ids.iban_de())
SSN_007 = ids.social_security("040548", "H")
KV_007 = ids.health_insurance()
PASS_008 = "AK" + ids.digits(7)          # Greek passport: two letters, seven digits (no German check)
CC_008 = amex_spaced(ids.credit_card("37", 15))
PASS_010 = "AB" + ids.digits(7)          # Cameroonian passport
TID_011 = tax_id_spaced(ids.tax_id())
SSN_011 = rv_spaced(ids.social_security("270195", "M"))
IBAN_011 = iban_spaced(ids.iban_de())
IDC_013 = ids.id_card(check_digit=True)
IBAN_013 = ids.iban_de()
CLUB_IBAN = iban_spaced(ids.iban_de())
CLUB_TNR = tax_number_bw()
PASS_020 = ids.passport(check_digit=False)
TNR_021 = tax_number_federal_bw()
VAT_021 = ids.vat_id()
IDC_023A = ids.id_card(check_digit=False)
PASS_023B = ids.passport(check_digit=True)
IDC_023C = ids.id_card(check_digit=True)
PASS_023D = ids.passport(check_digit=False)
IDC_023E = ids.id_card(check_digit=False)
IDC_023F = ids.id_card(check_digit=True)
PASS_024A = "FX" + ids.digits(6)         # Ukrainian passports for travel abroad: two letters, six digits
PASS_024B = "FY" + ids.digits(6)
KV_024 = ids.health_insurance()
IBAN_024 = ids.iban("UA", 25)
CC_025 = group(ids.credit_card("52", 16), 4)
IBAN_025 = iban_spaced(ids.iban("AT", 16))
TNR_026 = tax_number_bw()
VAT_026 = ids.vat_id()
PASS_028 = "G" + ids.digits(7)           # Ghanaian passport

RATHAUS = "[[N|Marktplatz 1]]"
RATHAUS_PLZ = "[[N|74246 Hohenstetten]]"
ZENTRALE = "[[N|07136 9821-0]]"

DOCS = []


def doc(channel, template, marked, flags=()):
    DOCS.append((channel, template, marked.strip("\n"), list(flags)))


# b16-001 -------------------------------------------------------------------------------------------------
doc("outlook", "wohngeld", f"""
Betreff: Weiterleistungsantrag Wohngeld – Ihr Zeichen [[AZ|50.3-WG-1187/2025]]

Sehr geehrte Frau [[P|Hasenfratz]],

anbei sende ich Ihnen die noch fehlenden Unterlagen zu meinem Weiterleistungsantrag: die Lohnabrechnungen meines Mannes [[P|Oleksandr Kravchenko]] für August und September und die aktuelle Mietbescheinigung von unserem Vermieter, Herrn [[P|Gerstenmaier]]. Die Nummer meines Mannes, nach der Sie am Telefon gefragt hatten, lautet [[TID|{TID_001}]].

Bitte beachten Sie, dass wir seit dem 1. Oktober ein neues Konto haben:
Kontoinhaberin: ich selbst
IBAN: [[IBAN|{IBAN_001}]]
Das alte Konto bei der Postbank ist gekündigt.

Unsere Miete beträgt unverändert 780,00 € warm, die Nebenkostenabrechnung für 2024 ergab eine Nachzahlung von 212,40 €, die wir in Raten zahlen.

Für Rückfragen bin ich vormittags unter [[T|0176 / 41 92 83 05]] erreichbar.

Mit freundlichen Grüßen

[[P|Svitlana Kravchenko]]
[[A|Lerchenbergstraße 41/1]]
[[A|74246 Hohenstetten]]
""")

# b16-002 -------------------------------------------------------------------------------------------------
doc("outlook", "buergerbuero", f"""
Betreff: perso verloren!!

hallo zusammen,

ich hab am wochenende meinen personalausweis verloren (wahrscheinlich beim weinfest in kelterbach). muss ich das bei euch oder bei der polizei melden?? die nummer hab ich noch von nem foto: [[IDC|{IDC_002}]]. ich brauch den eigentlich dringend weil ich am 28. oktober nach mallorca fliege, geht da ein vorläufiger ausweis und brauch ich dafür ein neues biometrisches foto?

meine daten: [[P|jonas brenner]], geb [[DOB|03.02.2001]], [[A|brunnengasse 7]], [[A|74246 hohenstetten]]

wenn man die gebühr vorher zahlen muss könnt ihr die von meiner kreditkarte nehmen [[CC|{CC_002}]] (läuft 11/27 ab)

meine freundin [[P|lea]] könnte das dann auch abholen wenn ich ne vollmacht schreib, ich hab schicht bis 18 uhr.

danke schonmal
[[P|jonas]]
[[T|0157 3382 1946]]
""")

# b16-003 -------------------------------------------------------------------------------------------------
doc("word", "bauamt", f"""
Stadt Hohenstetten · Baurechtsamt · {RATHAUS} · {RATHAUS_PLZ}

Eheleute
[[P|Giuseppe]] und [[P|Maria Concetta Russo]]
[[A|Zur Alten Ziegelei 12-14]]
[[A|74246 Hohenstetten-Lindach]]

Aktenzeichen: [[AZ|63-B 0412/2025]]
Ihr Schreiben vom 02.09.2025
Datum: 10.10.2025

Bauvorhaben: Anbau eines Wintergartens und Errichtung einer Stützmauer
Baugrundstück: Flst. 2318/4, Gemarkung Lindach

Sehr geehrte Frau [[P|Russo]], sehr geehrter Herr [[P|Russo]],

Ihr Bauantrag ist am 02.09.2025 vollständig eingegangen. Bei der Prüfung hat sich ergeben, dass die geplante Stützmauer die im Bebauungsplan Nr. 47 „Kelteräcker“ festgesetzte Baugrenze um 1,20 m überschreitet. Eine Befreiung nach § 31 Abs. 2 BauGB kommt grundsätzlich in Betracht, setzt aber die Würdigung nachbarlicher Interessen voraus.

Der Eigentümer des angrenzenden Grundstücks, Herr [[P|Ewald Schöttle]] ([[A|Zur Alten Ziegelei 16]]), hat im Rahmen der Angrenzerbenachrichtigung nach § 55 LBO Einwendungen erhoben und befürchtet eine Verschattung seines Gemüsegartens. Ich gebe Ihnen Gelegenheit, hierzu bis zum 07.11.2025 Stellung zu nehmen. Ihre Entwurfsverfasserin, Dipl.-Ing. (FH) [[P|Theresa von Wallenrodt]], erhält eine Abschrift dieses Schreibens.

Die Gebühr für das Verfahren wird nach der Verwaltungsgebührensatzung voraussichtlich 1.245,00 EUR betragen und mit der Entscheidung festgesetzt.

Mit freundlichen Grüßen
Im Auftrag

[[P|K.-D. Hägele]]
Sachgebiet Baurecht
Telefon [[T|07136 9821-631]]
[[E|k.haegele@hohenstetten.de]]

Sprechzeiten: Di und Do 8.30–12.00 Uhr · Zentrale {ZENTRALE} · [[N|bauamt@hohenstetten.de]]
""")

# b16-004 -------------------------------------------------------------------------------------------------
doc("outlook", "bussgeld", f"""
Betreff: WG: Anhörung im Bußgeldverfahren [[AZ|32.1-OWi-2025-558231]]

Guten Tag,

anbei wie telefonisch besprochen der ausgefüllte Zeugenfragebogen. Zum Tatzeitpunkt (Dienstag, 16.09.2025, 07:42 Uhr, Heilbronner Straße, 68 km/h bei erlaubten 50) wurde das Firmenfahrzeug [[KFZ|HN-KM 412]] von unserem Mitarbeiter gefahren:

[[P|Dariusz Wójcik]]
geb. [[DOB|11.06.1990]]
[[A|Schillerstr. 3]], [[A|74172 Neckarsulm]]

Er hat das Messfoto gesehen und bestätigt, dass er gefahren ist. Bitte schicken Sie den Bescheid direkt an ihn.

Freundliche Grüße
[[P|Stefanie Kaiser]]
Büro
Malerbetrieb [[P|Kaiser]]
Tel. [[T|(07136) 44 21 87]]

-----Ursprüngliche Nachricht-----
Von: Ordnungsamt Hohenstetten <[[N|ordnungsamt@hohenstetten.de]]>
Gesendet: Montag, 29. September 2025 10:15
An: [[P|Kaiser, Stefanie]] <[[E|s.kaiser@maler-kaiser.de]]>
Betreff: Anhörung im Bußgeldverfahren [[AZ|32.1-OWi-2025-558231]]

Sehr geehrte Frau [[P|Kaiser]],

da das Fahrzeug auf Ihren Betrieb zugelassen ist, bitten wir Sie, den beigefügten Zeugenfragebogen innerhalb von einer Woche ausgefüllt zurückzusenden. Sie sind nach § 46 OWiG i. V. m. § 161a StPO nicht verpflichtet, Angaben zu machen, die Sie oder Angehörige belasten.

Mit freundlichen Grüßen
[[P|Tanja Ruoff]]
Bußgeldstelle
""")

# b16-005 -------------------------------------------------------------------------------------------------
doc("word", "kita", f"""
Stadt Hohenstetten – Amt für Bildung, Familie und Soziales
Abteilung Kindertagesbetreuung · {RATHAUS} · {RATHAUS_PLZ}

Herrn
[[P|Dr. Emeka Okonkwo-Schäfer]]
Frau
[[P|Julia Schäfer]]
[[A|Im Hagenbühl 7]]
[[A|74246 Hohenstetten]]

Kundennummer: [[AZ|40072318]]
Datum: 06.10.2025

Festsetzung des Elternbeitrags ab 01.09.2025 – Kita Sonnenhügel

Sehr geehrter Herr Dr. [[P|Okonkwo-Schäfer]], sehr geehrte Frau [[P|Schäfer]],

für die Betreuung Ihres Sohnes [[P|Chidi]] (geb. [[DOB|02.11.2021]]) in der Ganztagsgruppe der Kita Sonnenhügel setzen wir den Elternbeitrag nach der Satzung über die Benutzung der städtischen Kindertageseinrichtungen ab dem 01.09.2025 auf monatlich 312,00 EUR fest. Da Ihre Tochter [[P|Ada]] ebenfalls eine Einrichtung der Stadt besucht, wird die Geschwisterermäßigung von 30 % berücksichtigt; es verbleiben 218,40 EUR.

Der Beitrag wird wie bisher zum 5. eines Monats von Ihrem Konto [[IBAN|{IBAN_005}]] eingezogen (Gläubiger-Identifikationsnummer der Stadt: [[N|DE47ZZZ00000088214]]). Bitte geben Sie bei Rückfragen stets die oben genannte Kundennummer an.

Während der Umbauarbeiten im Januar findet die Betreuung vorübergehend im Gemeindehaus der Evangelischen Kirchengemeinde, Kirchgasse 4, statt. Während der Schließtage (24.12.2025 bis 06.01.2026 sowie drei pädagogische Tage) wird der Beitrag nicht gemindert.

Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.

Mit freundlichen Grüßen
Im Auftrag

[[P|Schmid-Yılmaz]]
Durchwahl [[T|07136 9821-412]]
""")

# b16-006 -------------------------------------------------------------------------------------------------
doc("outlook", "grundsteuer", f"""
Betreff: Grundsteuerbescheid 2025 – Kassenzeichen [[AZ|0.6100.004218.3]] – Widerspruch und neue Zustellanschrift

Sehr geehrte Damen und Herren,

als Mitglied der Erbengemeinschaft nach meinem im Februar 2023 verstorbenen Vater [[P|Friedrich Mögle]] habe ich Kenntnis vom Grundsteuerbescheid für das Grundstück [[A|Gartenäcker 9]] in Hohenstetten-Brettenau erhalten. Die Grundsteuer B ist von bisher 212,18 EUR auf 486,72 EUR im Jahr gestiegen.

Mir ist bewusst, dass die Berechnung auf dem Grundsteuerwertbescheid des Finanzamts Heilbronn beruht und der Hebesatz (260 v. H.) vom Gemeinderat beschlossen wurde. Gegen den Grundsteuerwert habe ich dort Einspruch eingelegt. Ich bitte Sie, die Vollziehung Ihres Bescheids bis zur Entscheidung auszusetzen und die Fälligkeit zum 15.11. bis dahin zu stunden.

Außerdem ging der Bescheid allein an meinen Bruder [[P|Wolfgang Mögle]], der seit 2019 in Österreich lebt ([[A|Höttinger Au 41]], [[A|6020 Innsbruck]]). Künftig sollen Bescheide bitte an mich gehen, da ich die Verwaltung des Hauses übernommen habe.

Mit freundlichen Grüßen

Prof. [[P|Dr. Helga Mögle-Binder]]
[[A|Hohenheimer Straße 88 A]]
[[A|70184 Stuttgart]]
Tel. tagsüber [[T|+49 711 459-22170]]
[[E|h.moegle-binder@t-online.de]]
""")

# b16-007 -------------------------------------------------------------------------------------------------
doc("word", "telefonnotiz", f"""
Telefonnotiz – Sozialamt, Hilfe zur Pflege

Datum: 08.10.2025, 14:20 Uhr
Anrufer: Herr [[P|Mustafa Al-Khatib]] (Sohn)
Betrifft: Frau [[P|Samira Al-Khatib]], geb. [[P|Haddad]], geboren am [[DOB|04.05.1948]]
Rückrufnummer: [[T|0049 1523 7781094]]

Der Anrufer teilt mit, dass seine Mutter nach dem Krankenhausaufenthalt im August (Oberschenkelhalsbruch, anschließend Diagnose einer mittelgradigen Demenz) nicht mehr allein in ihrer Wohnung [[A|Am Mühlkanal 5]], [[N|2. OG]], leben kann. Pflegegrad 3 ist bei der Pflegekasse beantragt. Er fragt nach Hilfe zur Pflege nach dem SGB XII und nach der Übernahme der ungedeckten Heimkosten im Haus Sonnenhalde (Eigenanteil laut Heimvertrag 2.940,00 EUR monatlich).

Von ihm mitgeteilt:
Rentenversicherungsnummer der Mutter: [[SSN|{SSN_007}]]
Krankenkasse: AOK Baden-Württemberg, [[KV|{KV_007}]]

Hinweis: Eine Vorsorgevollmacht liegt uns nicht vor – vor jeder weiteren Auskunft anfordern. Antragsformular SGB XII ist heute per Post rausgegangen.

Az. [[AZ|50.11-0774/25]]
gez. [[P|Weinmann]]
""", ["HEALTH"])

# b16-008 -------------------------------------------------------------------------------------------------
doc("outlook", "standesamt", f"""
Betreff: Anmeldung Eheschließung – Unterlagen aus Griechenland

Liebe Mitarbeiterinnen und Mitarbeiter des Standesamts,

mein Verlobter [[P|Tobias Wiedmann]] und ich möchten im Mai 2026 heiraten, am liebsten am Samstag, 16. Mai, im Trauzimmer im Alten Schloss. Da wir zwei Männer sind, hat uns ein Bekannter gewarnt, dass bei ausländischen Urkunden manchmal zusätzliche Nachweise verlangt werden – ist das bei Ihnen auch so?

Zu mir: [[P|Nikolaos Papadopoulos]], geboren am [[DOB|22. März 1987]] in Thessaloniki, griechischer Staatsangehöriger, Reisepass Nr. [[PASS|{PASS_008}]]. [[P|Tobias]] ist am [[DOB|5.11.1990]] in Heilbronn geboren und Deutscher. Meine Geburtsurkunde (internationale Form) und die Ehefähigkeitsbescheinigung der Gemeinde Kalamaria habe ich bereits angefordert.

Die Gebühren für die Prüfung der ausländischen Unterlagen können Sie gerne von meiner Kreditkarte abbuchen: [[CC|{CC_008}]], gültig bis 08/28.

Wir wohnen zusammen in der [[A|Weinsteige 23]], [[A|74246 Hohenstetten]]. Am besten erreichen Sie mich abends unter [[T|+49 160 94417723]].

Viele Grüße
[[P|Nikos Papadopoulos]]
[[E|nikos.papadopoulos@posteo.de]]
""", ["SEXUAL_ORIENTATION"])

# b16-009 -------------------------------------------------------------------------------------------------
doc("word", "protokoll", """
Niederschrift über die öffentliche Sitzung des Ausschusses für Technik und Umwelt
am Dienstag, 23.09.2025, 18.00 Uhr, Großer Sitzungssaal des Rathauses

Vorsitz: Oberbürgermeister [[P|Dr. Matthias Reutter]]
Anwesend: 9 stimmberechtigte Mitglieder (Anwesenheitsliste, Anlage 1); entschuldigt: 2
Verwaltung: [[P|Uwe Sauter]] (Leiter Tiefbauamt), Stadtplanungsamt
Schriftführung: [[P|Lan Nguyen]]

TOP 1 – Bürgerfragestunde
Herr [[P|Arnold Sieber]], [[A|Uhlandweg 14]], fragt nach dem Stand der Lärmschutzmaßnahmen an der L 1101. Der Leiter des Tiefbauamts sagt eine schriftliche Antwort bis Ende Oktober zu. Frau [[P|Mirela Hadžić]] (Anwohnerin Neckarhalde) bittet um Tempo 30 vor der Grundschule; die Verwaltung prüft eine verkehrsrechtliche Anordnung.

TOP 2 – Bebauungsplan Nr. 52 „Hofwiesen II“ – Aufstellungsbeschluss (Drucksache 117/2025)
Das Stadtplanungsamt erläutert die Planung. Das Plangebiet umfasst ca. 3,4 ha. StR [[P|Jan van der Meulen]] regt an, die Frischluftschneise entlang des Hofwiesengrabens frei zu halten. Der Ausschuss empfiehlt dem Gemeinderat einstimmig, den Aufstellungsbeschluss nach § 2 Abs. 1 BauGB zu fassen.

TOP 3 – Sanierung Brücke Mühlkanal, Vergabe (Drucksache 121/2025)
Auftragssumme 418.650,00 EUR brutto an die Bau-Union Heilbronn GmbH. StRin [[P|Dr. Ilse Krautter-Wanner]] fragt nach dem Risiko von Nachträgen. Beschluss mit 7 Ja-Stimmen bei 1 Enthaltung.

TOP 4 – Anfragen
StR [[P|Walz]] erinnert an seine Anfrage Nr. 23/2025 zum Zustand der Toiletten in der Grundschule am Burgberg. Die Verwaltung sagt eine Antwort zur Sitzung am 21.10.2025 zu.

Ende der Sitzung: 19.40 Uhr

gez. [[P|Reutter]], Vorsitzender          gez. [[P|Nguyen]], Schriftführerin
""")

# b16-010 -------------------------------------------------------------------------------------------------
doc("outlook", "auslaender", f"""
Betreff: WG: Verlängerung Aufenthaltserlaubnis – Frau [[P|Nguimfack Tchoua]] (Az. [[AZ|33.2-AE-2024-7713]])

Sehr geehrte Damen und Herren,

ich leite Ihnen die untenstehende Nachricht meiner Klientin weiter, die ich in der Migrationsberatung begleite. Sie hat mich ausdrücklich gebeten, ihre gesundheitliche Situation zu erläutern: Sie war von Januar bis Mai wegen einer offenen Lungentuberkulose in stationärer Behandlung und konnte deshalb im Wintersemester keine Prüfungen ablegen. Ein ärztliches Attest liegt bei. Die Fiktionsbescheinigung läuft am 31.10.2025 ab; ein Termin vor diesem Datum wäre sehr hilfreich.

Freundliche Grüße
[[P|Amina Diallo]]
Migrationsberatung für Erwachsene, Caritas Heilbronn-Hohenlohe
[[T|07131 89 44-27]]

Am 07.10.2025 um 16:48 schrieb [[P|Armelle Nguimfack Tchoua]] <[[E|armelle.nguimfack@stud.hs-heilbronn.de]]>:
> Bonjour Madame [[P|Diallo]],
> hier sind meine Daten für die Ausländerbehörde:
> Name: [[P|Armelle Nguimfack Tchoua]], geboren [[DOB|18/02/1999]] in Bafoussam (Kamerun)
> Pass-Nr.: [[PASS|{PASS_010}]] (Republik Kamerun, gültig bis 2029)
> Matrikelnummer: [[N|218447]]
> Adresse: [[A|Kelterstraße 58]], [[N|WG-Zimmer 3]], [[A|74246 Hohenstetten]]
> Handy: [[T|+49 1590 6631882]]
> Merci beaucoup!
> [[P|Armelle]]
""", ["HEALTH"])

# b16-011 -------------------------------------------------------------------------------------------------
doc("word", "personal", f"""
Stadt Hohenstetten · Haupt- und Personalamt · {RATHAUS} · {RATHAUS_PLZ}

Frau
[[P|Oksana Melnyk]]
[[A|Auf der Höhe 17 b]]
[[A|74246 Hohenstetten-Brettenau]]

Personalnummer: [[N|004711]]
Datum: 14.10.2025

Ihre Einstellung als Erzieherin (S 8a TVöD SuE) zum 01.11.2025 – Bestätigung Ihrer Angaben

Sehr geehrte Frau [[P|Melnyk]],

vielen Dank für die vollständigen Einstellungsunterlagen. Für die Entgeltabrechnung haben wir folgende Angaben erfasst; bitte prüfen Sie diese und teilen Sie uns Abweichungen bis zum 24.10.2025 mit:

Geburtsdatum: [[DOB|27.01.1995]]
Steuerliche Identifikationsnummer: [[TID|{TID_011}]]
Steuerklasse: I, Kinderfreibeträge: 0,5
Kirchensteuermerkmal: rk
Rentenversicherungsnummer: [[SSN|{SSN_011}]]
Krankenkasse: Techniker Krankenkasse (gesetzlich versichert)
Bankverbindung: [[IBAN|{IBAN_011}]] (Kreissparkasse Heilbronn)
Schwerbehinderung: nein

Ihr Arbeitsplatz ist die Kita Sonnenhügel; Ihre Ansprechpartnerin dort ist die Einrichtungsleiterin, Frau [[P|Gülten Arslan]]. Der Personalrat hat der Einstellung in seiner Sitzung vom 08.10.2025 zugestimmt.

Bitte bringen Sie am ersten Arbeitstag den Nachweis über den Masernschutz nach § 20 Abs. 9 IfSG und das erweiterte Führungszeugnis mit.

Mit freundlichen Grüßen
Im Auftrag

[[P|Ralf Gugel]]
Personalsachbearbeitung
Telefon [[T|07136 9821-118]] · [[E|ralf.gugel@hohenstetten.de]]
""", ["RELIGION"])

# b16-012 -------------------------------------------------------------------------------------------------
doc("outlook", "beschwerde", """
Betreff: Beschwerde Müll und Parken Ringstraße

Sehr geehrte Damen und Heren,

ich wende mich nun schon zum drittenmal an Sie weil sich nichts ändert. Seid Wochen stehen bei der Familie [[P|Bekteshi]] in der [[A|Ringstraße 11]] die gelben Säcke und die Mülltonen auf dem Gehweg, die Krähen reissen alles auf und meine Frau musste letzten Donnerstag mit dem Kinderwagen auf die Fahrbahn ausweichen.

Dazu kommt das der Sohn seinen schwarzen BMW mit dem Kennzeichen [[KFZ|HN-DB 2207]] jeden Abend halb auf dem Bürgersteig parkt. Ich habe nichts gegen Ausländer aber seit die Kosovo-Albaner da eingezogen sind ist die ganze Straße verdreckt. Der Hausverwalter Herr [[P|Lutz]] sagt er ist nicht zuständig.

Ich erwarte das das Ordnungsamt endlich kontrolliert und Bußgelder verhängt. Fotos kann ich gerne nachreichen.

Mit freundlichen Grüßen
[[P|H.-J. Pfisterer]]
[[A|Ringstraße 9]]
Tel. [[T|07136-7 33 19]]
""", ["ETHNICITY"])

# b16-013 -------------------------------------------------------------------------------------------------
doc("word", "kfz", f"""
Aktenvermerk – Kfz-Zulassungsstelle, Außenstelle Hohenstetten

Datum: 13.10.2025
Vorgang: Neuzulassung und Außerbetriebsetzung, Vorgangsnummer [[AZ|ZUL-2025-118406]]

Am heutigen Tag erschien Frau [[P|Thu Trang Nguyễn]], geb. [[DOB|30.06.1996]], ausgewiesen durch Personalausweis Nr. [[IDC|{IDC_013}]], mit schriftlicher Vollmacht ihres Vaters, Herrn [[P|Nguyễn Văn Hùng]] ([[A|Lerchenbergstraße 6]], [[A|74246 Hohenstetten]]).

1. Neuzulassung eines Elektrofahrzeugs (Halter: der Vollmachtgeber), FIN WVWZZZE1ZRP004512, eVB-Nummer A7K3M9P. Zugeteilt wurde das Wunschkennzeichen [[KFZ|HN-VH 62E]] (reserviert unter Nr. 884213).
2. Außerbetriebsetzung des bisherigen Fahrzeugs mit dem Kennzeichen [[KFZ|HN-VH 1962]]; die Kennzeichenschilder wurden entstempelt.
3. Das SEPA-Lastschriftmandat für die Kfz-Steuer (Hauptzollamt Heilbronn) wurde mit der IBAN [[IBAN|{IBAN_013}]] des Halters ausgefüllt und von der Bevollmächtigten unterschrieben.
4. Die Gebühren von 64,70 EUR wurden am Kassenautomaten bezahlt (Beleg-Nr. 20251013-0447). Der Automat hat die erste Zahlung abgebrochen und trotzdem belastet; die Bevollmächtigte wurde gebeten, den Beleg für die Erstattung bei der Stadtkasse einzureichen.

Die Vollmacht und eine Kopie des Ausweises des Vollmachtgebers sind zur Akte genommen.

[[P|Kühnle]], Zulassungsstelle
""")

# b16-014 -------------------------------------------------------------------------------------------------
doc("outlook", "kita", """
Betreff: AW: Ihr Antrag auf Beitragsermäßigung – Kd.-Nr. [[AZ|40081955]]

Hallo Frau [[P|Wörner]],

danke für die schnelle Antwort! Den Bescheid vom Jobcenter hänge ich an. Mein Mann ist seit August arbeitslos, ich arbeite nur 20 Stunden im Supermarkt.

Noch eine Frage zur Integrationshilfe: [[P|Mateo]] hat im Sommer die Diagnose frühkindlicher Autismus bekommen, das SPZ in Heilbronn hat eine Integrationskraft für die Kita empfohlen. Muss ich das bei Ihnen oder beim Landratsamt beantragen? Er ist jetzt 4 (geboren [[DOB|29.04.2021]]) und soll ab Januar in die Ü3-Gruppe wechseln.

Liebe Grüße
[[P|Francesca Lombardi]]
[[A|Im Wengert 3a]], [[A|74246 Hohenstetten]]
[[T|0162 / 77 38 415]]

Am 02.10.2025 um 09:31 schrieb Kita-Verwaltung Hohenstetten <[[N|kita@hohenstetten.de]]>:
> Sehr geehrte Frau [[P|Lombardi]],
> vielen Dank für Ihren Antrag auf Ermäßigung des Elternbeitrags für Ihren Sohn (Kundennummer [[AZ|40081955]]). Für die Prüfung benötigen wir noch einen Nachweis über das aktuelle Einkommen beider Elternteile, bei Arbeitslosigkeit den Bewilligungsbescheid.
> Mit freundlichen Grüßen
> [[P|Beate Wörner]]
> Kita-Verwaltung, Tel. [[T|07136 9821-415]]
""", ["HEALTH"])

# b16-015 -------------------------------------------------------------------------------------------------
doc("word", "friedhof", """
Friedhofsverwaltung Hohenstetten – Grabnutzungsrechte mit Ablauf im Jahr 2026
Friedhof Lindach, Stand: 01.10.2025 – nur für den Dienstgebrauch

Nr. | Grablage | Verstorbene/r | Nutzungsberechtigte/r | Anschrift | Ablauf
1 | Feld A, Reihe 5, Nr. 3 | [[P|Kowalczyk, Helena]] († 2001) | [[P|Kowalczyk, Zbigniew]] | [[A|ul. Słowackiego 22/4]], [[A|45-038 Opole]] (Polen) | 30.06.2026
2 | Feld C (muslimisches Grabfeld), Nr. 4 | [[P|Aksoy, Mehmet Ali]] († 2006) | [[P|Aksoy, Emine]] | [[A|Kelterstraße 31]], [[A|74246 Hohenstetten]] | 31.08.2026
3 | Urnenwand II, Kammer 27 | [[P|Vujić, Milan]] († 2011) | [[P|Vujić, Snežana]] | [[A|Postfach 1207]], [[A|74231 Abstatt]] | 30.09.2026
4 | Feld D, Reihe 7, Nr. 2 | [[P|Engel, Wilhelmine]] († 1996) | unbekannt – Ermittlung über das Melderegister läuft | – | 31.12.2026

Die Nutzungsberechtigten werden bis zum 30.11.2025 schriftlich auf die Möglichkeit der Verlängerung hingewiesen (Gebühr je Jahr nach der Friedhofsgebührensatzung derzeit 38,00 EUR).

Bearbeitet: [[P|S. Dobler]]
""", ["RELIGION"])

# b16-016 -------------------------------------------------------------------------------------------------
doc("outlook", "ordnungsamt", """
Betreff: Antrag Sondernutzung – Infostand Marktplatz am 8. und 22. November

Sehr geehrte Damen und Herren,

als Sprecher des SPD-Ortsvereins Hohenstetten beantrage ich eine Sondernutzungserlaubnis für einen Informationsstand (Pavillon 3 x 3 m, ein Stehtisch) auf dem Marktplatz vor der Stadtkirche St. Veit, jeweils samstags am 08.11.2025 und am 22.11.2025 von 9 bis 13 Uhr. Thema ist die Sanierung des Hallenbads.

Verantwortlich vor Ort sind ich selbst und unser Kassierer [[P|Dimitrios Karagiannis]] ([[T|0171 4482906]]). Das Material bringen wir mit einem Transporter ([[KFZ|HN-SP 1863]]), der nur zum Aus- und Einladen auf dem Platz hält.

Die Gebühr überweisen wir nach Erhalt des Bescheids vom Konto des Ortsvereins.

Mit freundlichen Grüßen
[[P|Matthias Brenner-Kocak]]
[[A|Lindacher Weg 2]]
[[A|74246 Hohenstetten]]
Mobil [[T|0176 – 3309 8812]]
""", ["POLITICS"])

# b16-017 -------------------------------------------------------------------------------------------------
doc("word", "schulamt", f"""
Stadt Hohenstetten · Schul- und Sportamt
{RATHAUS}, {RATHAUS_PLZ}

Herrn [[P|Serkan Şahin]]
Frau [[P|Büşra Şahin]]
[[A|Burgblick 8]]
[[A|74246 Hohenstetten]]

Unser Zeichen: [[AZ|40.2-SB-0219/2025]]
Datum: 09.10.2025

Aufnahme in eine andere Grundschule (Ausnahme vom Schulbezirk) für [[P|Elif Nur Şahin]], geb. [[DOB|14.09.2019]]

Sehr geehrte Eltern,

Sie beantragen, dass [[P|Elif Nur]] zum Schuljahr 2026/27 nicht die für Ihren Wohnbezirk zuständige Grundschule Brettenau, sondern die Grundschule am Burgberg besuchen darf. Als Begründung geben Sie an, dass Ihre Tochter an Diabetes mellitus Typ 1 erkrankt ist und mit einer Insulinpumpe versorgt wird; an der Grundschule am Burgberg ist im Rahmen eines Modellprojekts eine Schulgesundheitsfachkraft tätig.

Nach Rücksprache mit der Schulleitung, Frau Rektorin [[P|Cornelia Wahl]], und dem Staatlichen Schulamt Heilbronn stimmen wir dem Antrag zu. Die Aufnahme steht unter dem Vorbehalt ausreichender Klassenkapazität. Schülerbeförderungskosten werden für den Weg zur Grundschule am Burgberg nicht erstattet (§ 3 der Satzung über die Erstattung der Schülerbeförderungskosten).

Mit freundlichen Grüßen

[[P|Dr. Ursula Fezer-Mack]]
Amtsleiterin
Telefon [[T|07136 9821-502]]
""", ["HEALTH"])

# b16-018 -------------------------------------------------------------------------------------------------
doc("outlook", "verein", f"""
Betreff: Antrag auf Vereinsförderung 2026 – Sportfreunde Lindach 1921 e.V.

Sehr geehrte Frau [[P|Tuncer]],

wie in der Sitzung des Stadtverbands für Sport besprochen, beantragen wir hiermit die Übungsleiterpauschale für 2026 und einen Zuschuss zur Sanierung der Flutlichtanlage (Gesamtkosten laut Angebot Nr. 2025-0876 der Firma Elektro [[P|Hahn]]: 18.640,00 EUR, beantragter Zuschuss 30 % = 5.592,00 EUR).

Unsere lizenzierten Übungsleiter 2025:
– [[P|Kateryna Bondarenko]], Kinderturnen, C-Lizenz
– [[P|Luca Esposito]], Jugendfußball, B-Lizenz
– [[P|Fatou Sarr]], Zumba und Rehasport, B-Lizenz Prävention

Vereinsdaten:
Sportfreunde Lindach 1921 e.V., eingetragen im Vereinsregister des Amtsgerichts Stuttgart unter VR 720381
Steuernummer (Finanzamt Heilbronn): [[N|{CLUB_TNR}]], Freistellungsbescheid vom 14.03.2024
Bankverbindung: Volksbank Heilbronn, [[N|{CLUB_IBAN}]]
Mitglieder: 412, davon 187 unter 18 Jahren

Für Rückfragen erreichen Sie mich unter [[T|07136/4 81 22]] oder über [[N|kasse@sf-lindach.de]].

Sportliche Grüße
[[P|Andrzej Zieliński]]
Kassier
""")

# b16-019 -------------------------------------------------------------------------------------------------
doc("word", "wohngeld", f"""
Stadt Hohenstetten · Wohngeldbehörde · {RATHAUS} · {RATHAUS_PLZ}

Frau
[[P|Ayşe Karaca]]
c/o [[P|Yusuf Karaca]]
[[A|Kelterstraße 19]]
[[A|74246 Hohenstetten]]

Aktenzeichen: [[AZ|50.3-WG-0933/2024]]
Kassenzeichen: [[AZ|5.0300.118723.4]]
Datum: 15.10.2025

Aufhebung der Wohngeldbewilligung und Erstattung – Anhörung nach § 24 SGB X

Sehr geehrte Frau [[P|Karaca]],

mit Bescheid vom 18.03.2025 wurde Ihnen für den Zeitraum 01.03.2025 bis 28.02.2026 Wohngeld in Höhe von monatlich 296,00 EUR bewilligt. Nach einer Mitteilung der Familienkasse ist Ihre Tochter [[P|Derya]] zum 01.06.2025 aus Ihrem Haushalt ausgezogen. Dadurch verringert sich die Zahl der zu berücksichtigenden Haushaltsmitglieder; das Wohngeld beträgt ab Juni nur noch 148,00 EUR. Für die Monate Juni bis September 2025 ergibt sich eine Überzahlung von 592,00 EUR, die nach § 50 SGB X zu erstatten wäre.

Bevor wir entscheiden, haben Sie Gelegenheit, sich bis zum 05.11.2025 zu äußern. Bitte zahlen Sie noch nichts, sondern warten Sie den Bescheid ab. Die Zahlung erfolgt dann unter Angabe des Kassenzeichens an die Stadtkasse, Kreissparkasse Heilbronn, IBAN [[N|{CITY_IBAN}]].

Mit freundlichen Grüßen
Im Auftrag

[[P|Hasenfratz]]
Zimmer 1.14 · Telefon [[T|07136 9821-317]] · [[N|wohngeld@hohenstetten.de]]
""")

# b16-020 -------------------------------------------------------------------------------------------------
doc("outlook", "buergerbuero", f"""
Betreff: reisepass für meine oma - hausbesuch möglich?

hallo liebes bürgerbüro-team,

meine oma [[P|irmgard ehmann]] (geb. [[DOB|12.12.1938]]) braucht einen neuen reisepass, weil sie im frühjahr mit uns zur hochzeit ihrer enkelin nach kanada fliegen will. sie ist seit ihrem schlaganfall halbseitig gelähmt und kommt die treppe im rathaus nicht mehr hoch, gibt es bei euch sowas wie einen hausbesuch?

ihr alter pass hat die nummer [[PASS|{PASS_020}]], der läuft im januar ab. ein biometrisches passfoto hat der fotograf am marktplatz schon gemacht.

sie wohnt in der [[A|schlossstraße 21/2]] in [[A|74246 hohenstetten]], ich bin tagsüber unter [[T|0152 - 2883 1170]] zu erreichen.

vg [[P|kevin]]
(enkel, [[P|kevin ehmann]], [[E|kev.ehmann96@gmx.de]])
""", ["HEALTH"])

# b16-021 -------------------------------------------------------------------------------------------------
doc("word", "aktenvermerk", f"""
Aktenvermerk

Az.: [[AZ|32.2-GEW-2025-0311]]
Betreff: Gaststättenerlaubnis „Bosporus Grill“, [[A|Heilbronner Straße 47]]
Datum: 02.10.2025

Am 01.10.2025 fand gemeinsam mit der Lebensmittelüberwachung des Landratsamts eine Ortsbesichtigung statt. Anwesend waren der Betreiber, Herr [[P|Hakan Yıldırım]] (* [[DOB|30.04.1984]] in Gaziantep), und sein Stellvertreter, Herr [[P|Bujar Hoxha]].

Feststellungen:
1. Die Gaststätte wird als Einzelunternehmen betrieben. Steuernummer laut Bescheinigung in Steuersachen des Finanzamts: [[TNR|{TNR_021}]]; USt-IdNr. [[VAT|{VAT_021}]].
2. Der Nachweis über die Unterrichtung nach § 4 Abs. 1 Nr. 4 GastG liegt für den Stellvertreter noch nicht vor.
3. Die Abluftanlage wurde nach Beschwerden der Nachbarin, Frau [[P|Renate Kübler]] ([[A|Heilbronner Straße 49]]), überprüft; ein Prüfbericht (Rechnung Nr. 2025-4471 der Lüftungstechnik Schray GmbH) wurde vorgelegt.
4. Die Zahl der Sitzplätze im Außenbereich (24) entspricht der Sondernutzungserlaubnis vom 12.05.2025.

Der Betreiber wurde gebeten, den fehlenden Nachweis bis zum 31.10.2025 vorzulegen. Er ist mobil unter [[T|0172 8 44 19 03]] erreichbar; sein Steuerberater, Herr [[P|Klaus Rieger]], über die Kanzleizentrale [[N|07131 56 42-0]].

[[P|Frey]], Ordnungsamt
""")

# b16-022 -------------------------------------------------------------------------------------------------
doc("outlook", "personal", """
Betreff: Bewerbung Kennziffer 2025-31 – Sachbearbeitung Bürgerbüro (m/w/d)

Sehr geehrte Damen und Herren,
sehr geehrter Herr [[P|Gugel]],

hiermit bewerbe ich mich auf die ausgeschriebene Stelle als Sachbearbeiterin im Bürgerbüro (EG 8 TVöD, Teilzeit 75 %). Ich bin Verwaltungsfachangestellte und arbeite seit 2017 im Einwohnermeldeamt der Gemeinde Obersulm; meine Zeugnisse finden Sie im Anhang.

Ich möchte Sie offen darauf hinweisen, dass ich mit einem GdB von 50 schwerbehindert bin (Morbus Crohn). Die Erkrankung ist gut eingestellt, bei der Arbeit bin ich nicht eingeschränkt. Bitte beteiligen Sie die Schwerbehindertenvertretung am Verfahren.

Zu meiner Person: [[P|Marija Jovanović]], geboren am [[DOB|9. Juli 1992]] in Kragujevac (Serbien), deutsche Staatsangehörige seit 2011, verheiratet, ein Kind.

Anschrift: [[A|Neckarhalde 6 B]], [[A|74246 Hohenstetten]]
Telefon: [[T|+49 (0) 176 - 20 44 81 53]]
E-Mail: [[E|marija.jovanovic@web.de]]

Für ein Vorstellungsgespräch stehe ich ab dem 3. November zur Verfügung; mittwochs bin ich erst ab 14 Uhr erreichbar.

Mit freundlichen Grüßen
[[P|Marija Jovanović]]
""", ["HEALTH"])

# b16-023 -------------------------------------------------------------------------------------------------
doc("word", "liste", f"""
Bürgerbüro Hohenstetten – Abholliste Ausweisdokumente, KW 42/2025
(Dokumente im Tresor, Fach 3; Ausgabe nur gegen Abholschein bzw. schriftliche Vollmacht)

Name, Vorname | Geb.-Datum | Dokument | Seriennummer | Bemerkung
[[P|Petrović, Dragana]] | [[DOB|03.08.1983]] | Personalausweis | [[IDC|{IDC_023A}]] | PIN-Brief separat
[[P|von Berg-Elsässer, Cornelius]] | [[DOB|21.02.1957]] | Reisepass | [[PASS|{PASS_023B}]] | alten Pass entwerten
[[P|Abdullahi, Hodan]] | [[DOB|11.11.2004]] | Personalausweis | [[IDC|{IDC_023C}]] | Abholung durch Bruder [[P|Abdirahman]], Vollmacht liegt vor
[[P|Stern, Margarete]] | [[DOB|30.01.1942]] | Personalausweis | [[IDC|{IDC_023F}]] | bittet um Zustellung, Rückruf unter [[T|07136 52 19 80]]

Nicht abgeholte Dokumente werden nach drei Monaten an die Bundesdruckerei zurückgemeldet und vernichtet.
Stand: 14.10.2025, [[P|Y. Krasniqi]]
""")

# b16-024 -------------------------------------------------------------------------------------------------
doc("outlook", "sozialamt", f"""
Betreff: WG: documents

Hallo Herr [[P|Bozkurt]],

wie am Telefon besprochen schicke ich Ihnen die Angaben von [[P|Halyna]] für die Anschlussunterbringung, sie hat sie mir gestern gemailt (ich habe nichts verändert). Die beiden wohnen seit 1. September bei uns in der Einliegerwohnung.

Sie ist seit ihrem Herzinfarkt im Juni beim Kardiologen in Heilbronn in Behandlung und kann vorerst nicht arbeiten, das Attest bringt sie zum Termin mit.

Viele Grüße
[[P|Gabi Rapp]]
[[A|Hofwiesen 12]], [[A|74246 Hohenstetten]]

Von: [[P|Halyna Shevchuk]] <[[E|halyna.shevchuk@ukr.net]]>
Gesendet: Montag, 13. Oktober 2025 21:04
An: [[P|Gabi Rapp]] <[[E|gabi.rapp@t-online.de]]>
Betreff: documents

Hallo,
hier meine Daten für Sozialamt:
- [[P|Halyna Shevchuk]], geb. [[DOB|17.03.1971]], Reisepass [[PASS|{PASS_024A}]]
- Sohn [[P|Denys Shevchuk]], geb. [[DOB|02.08.2008]], Reisepass noch nicht da
- alte Adresse: [[A|vul. Sumska 88]], [[N|kv. 17]], [[A|61002 Kharkiv]], Ukraine
- Krankenkasse AOK, Versichertennummer [[KV|{KV_024}]]
- Konto in Ukraine (PrivatBank): [[IBAN|{IBAN_024}]]
Danke dir für alles!!
""", ["HEALTH"])

# b16-025 -------------------------------------------------------------------------------------------------
doc("word", "formular", f"""
Stadtkasse Hohenstetten – Erstattungsanordnung
(Formular SK-12, Stand 01/2024)

Zahlungspflichtige/r: Prof. [[P|Rüdiger Hallstein]]
Anschrift: [[A|Mühlgasse 4]], [[A|6900 Bregenz]], Österreich
Telefon: [[T|+43 664 1823 557]]
Kassenzeichen: [[AZ|9.1100.200871.6]]

Grund der Erstattung: Doppelzahlung der Gebühr für eine beglaubigte Abschrift aus dem Sterberegister (Rechnung Nr. RE-2025-00871 vom 22.09.2025)
Zahlungseingang 1: 22.09.2025, 24,00 EUR, Kreditkarte, Kartennummer laut Antrag: [[CC|{CC_025}]], Transaktions-ID 7F3K2Q9XL4
Zahlungseingang 2: 23.09.2025, 24,00 EUR, Überweisung
Erstattungsbetrag: 24,00 EUR
Erstattung auf: [[IBAN|{IBAN_025}]] (Kontoinhaber laut Antrag identisch), da eine Rückbuchung auf die Karte nicht mehr möglich ist

Sachlich richtig: [[P|Öztürk]], Standesamt, 06.10.2025
Rechnerisch richtig und angeordnet: [[P|M. Schäfer-Lang]], Stadtkasse, 08.10.2025
""")

# b16-026 -------------------------------------------------------------------------------------------------
doc("outlook", "bauamt", f"""
Betreff: Az. [[AZ|63-B 0518/2025]] – Nachreichung Unterlagen Neubau Einfamilienhaus, Im Wengert (Flst. 1877/2)

Sehr geehrter Herr [[P|Hägele]],

anbei reichen wir wie gewünscht nach:
– Entwässerungsplan M 1:100 (geändert, Index b)
– Stellplatznachweis (2 Stellplätze, davon einer in der Doppelgarage)
– Berechnung der GRZ (0,38) und GFZ (0,61) nach Bebauungsplan Nr. 38 „Wengert-Ost“
– Unterschrift der Bauherren [[P|Tim Bührer]] und [[P|Aylin Bührer]] auf dem Lageplan

Die Baulast für die Abstandsflächen auf dem Nachbargrundstück (Eigentümer: [[P|Ottmar Vetter]], [[A|Im Wengert 7]]) ist beim Notariat in Vorbereitung; der Eigentümer hat bereits zugestimmt.

Freundliche Grüße

[[P|Lorenzo Bellini]]
Freier Architekt AKBW

Architekturbüro [[P|Bellini]]
[[A|Schillerstraße 30]]
[[A|74072 Heilbronn]]
T [[T|07131 – 62 90 14]]
M [[T|0151 24 55 80 17]]
[[E|bellini@architektur-bellini.de]]
Steuernr. [[TNR|{TNR_026}]] · [[VAT|{VAT_026}]]
""")

# b16-027 -------------------------------------------------------------------------------------------------
doc("word", "aktenvermerk", """
Vermerk über das Erstgespräch im Betrieblichen Eingliederungsmanagement (BEM)
– vertraulich, nur für die BEM-Akte –

Beschäftigter: [[P|Branko Kovačević]], Bauhof, Kolonne Grünpflege, Personalnummer [[N|3318]]
Gespräch: 30.09.2025, 10.00–11.15 Uhr, Besprechungsraum Bauhof
Teilnehmende: Herr [[P|Kovačević]]; [[P|Petra Lämmle]] (BEM-Beauftragte); [[P|Jürgen Hofacker]] (Personalrat)

Herr [[P|Kovačević]] war in den letzten zwölf Monaten an insgesamt 51 Arbeitstagen arbeitsunfähig, überwiegend wegen eines Bandscheibenvorfalls (L4/L5) mit anschließender Reha in Bad Rappenau. Vor allem das Heben beim Grüngutverladen und längeres Fahren auf dem Aufsitzmäher lösen Schmerzen aus. Er ist Mitglied der IG BAU und wünscht, dass der Personalrat über alle Maßnahmen informiert wird.

Vereinbart:
1. Arbeitsplatzbegehung durch die Fachkraft für Arbeitssicherheit am 14.10.2025.
2. Prüfung eines Wechsels in die Kolonne Straßenunterhaltung mit geringerer Hebebelastung.
3. Stufenweise Wiedereingliederung nach Rücksprache mit dem Hausarzt, [[P|Dr. med. Serafim Kostadinov]].

Er ist unter [[T|0176/55 01 93 28]] erreichbar. Nächster Termin: 04.11.2025.

gez. [[P|Lämmle]]
""", ["HEALTH", "UNION"])

# b16-028 -------------------------------------------------------------------------------------------------
doc("outlook", "standesamt", f"""
Betreff: Vaterschaftsanerkennung – Ihr Aktenzeichen [[AZ|StA-G-2025-0412]]

Sehr geehrte Frau [[P|Öztürk]],

vielen Dank für das Gespräch letzte Woche. Wie besprochen hier die Angaben für die Beurkundung der Vaterschaftsanerkennung und die Folgebeurkundung im Geburtenregister für unsere Tochter [[P|Mila Adjei]]. Sie kam am [[DOB|14. Juni 2025]] im SLK-Klinikum Heilbronn zur Welt.

Der Vater ist [[P|Samuel Owusu]], geboren am [[DOB|02.02.1990]] in Kumasi (Ghana), ghanaischer Staatsangehöriger, Reisepass-Nr. [[PASS|{PASS_028}]]. Weil es anfangs Zweifel gab, haben wir im August einen DNA-Abstammungstest machen lassen; das Gutachten bestätigt seine Vaterschaft mit einer Wahrscheinlichkeit von 99,99 %. Sollen wir das Gutachten mitbringen?

[[P|Samuel]] wohnt noch in Stuttgart ([[A|Pragstraße 140]], [[A|70376 Stuttgart]]), zieht aber im Dezember zu uns.

Passt Ihnen Donnerstag, 23.10., um 10 Uhr?

Liebe Grüße
[[P|Leonie Adjei]]
[[A|Am Mühlkanal 11]]
[[A|74246 Hohenstetten]]
[[T|0049 1512 3390 448]]
""", ["GENETIC"])

# b16-029 -------------------------------------------------------------------------------------------------
doc("word", "aktenvermerk", """
Aktenvermerk – Datenschutz
Zeiterfassung mit Fingerabdruck-Terminal am Bauhof und in der Kläranlage

Az.: [[AZ|10.4-DS-2025-07]]
Datum: 07.10.2025

1. Nach der Dienstvereinbarung vom 01.07.2025 ist die Nutzung des Fingerabdruck-Terminals freiwillig; alternativ steht ein Transponder-Chip zur Verfügung.
2. Bei der Ersteinrichtung am 15.09.2025 wurden für 23 Beschäftigte Fingerabdruck-Templates gespeichert. Herr [[P|Dragan Stojanović]] (Personalnr. [[N|2207]]) und Frau [[P|Melanie Winkler]] (Personalnr. [[N|2451]]) haben ihre Einwilligung am 29.09.2025 widerrufen; ihre Templates wurden am 02.10.2025 in Anwesenheit der Datenschutzbeauftragten gelöscht (Löschprotokoll Nr. 14).
3. Bei Herrn [[P|Quang Tran]] konnte auch nach drei Versuchen kein verwertbarer Fingerabdruck erfasst werden; er erhält einen Transponder.
4. Nach Angaben des Herstellers (ZeitTec GmbH, Ansprechpartner Herr [[P|Bastian Ruckh]], [[T|+49 7541 38 90 212]]) werden keine Fingerabdruckbilder gespeichert, sondern nur die daraus berechneten Merkmalsdaten, verschlüsselt auf dem Terminal.

Verteiler: Personalrat; Datenschutzbeauftragte Frau [[P|Carolin Epple]] ([[E|c.epple@hohenstetten.de]])

gez. [[P|Mutschler]]
""", ["BIOMETRIC"])

# b16-030 -------------------------------------------------------------------------------------------------
doc("outlook", "friedhof", """
Betreff: Beerdigung meines Vaters - Termin Aussegnungshalle

Guten Tag Frau [[P|Dobler]],

wie heute vormittag telefonisch angekündigt: Mein Vater [[P|Georgios Antoniadis]] ist am Freitag, 3. Oktober, im Pflegeheim Haus Sonnenhalde verstorben. Er wurde am [[DOB|11.08.1936]] in Drama (Griechenland) geboren und hat seit 1962 in Hohenstetten gelebt, zuletzt in der [[A|Talstraße 5]].

Mein Vater war sein Leben lang gläubiger griechisch-orthodoxer Christ, deshalb möchten wir, dass die Trauerfeier von Vater [[P|Ioannis]] von der griechisch-orthodoxen Gemeinde in Heilbronn in der Aussegnungshalle gehalten wird. Ist das möglich? Der offene Sarg ist bei uns Tradition, wir bitten auch das zu berücksichtigen.

Er soll im Grab meiner Mutter [[P|Eleni Antoniadou]] beigesetzt werden (Feld B, Reihe 4, Nr. 9), das Nutzungsrecht läuft noch bis 2031. Das Bestattungshaus Pietät [[P|Mayer]] kümmert sich um die Überführung.

Die Rechnung bitte an mich:
[[P|Dr. Kostas Antoniadis]]
[[A|Lange Straße 3]]
[[A|74348 Lauffen am Neckar]]
[[T|07133 / 96 22 04]]

Mit freundlichen Grüßen
[[P|Kostas Antoniadis]]
""", ["RELIGION"])


def main():
    assert len(DOCS) == 30, len(DOCS)
    rows = [build(f"b16-{i:03d}", channel, template, marked, flags)
            for i, (channel, template, marked, flags) in enumerate(DOCS, start=1)]
    with open(OUT, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = Counter(e["category"] for row in rows for e in row["entities"])
    flags = Counter(flag for row in rows for flag in row["specialCategories"])
    print(f"{len(rows)} documents, {sum(counts.values())} entities, "
          f"{sum(len(r['neutral']) for r in rows)} neutral spans -> {OUT}")
    for cat, n in counts.most_common():
        print(f"  {cat:18s} {n}")
    print("channels:", dict(Counter(r["channel"] for r in rows)))
    print("special categories:", dict(flags))


if __name__ == "__main__":
    main()
