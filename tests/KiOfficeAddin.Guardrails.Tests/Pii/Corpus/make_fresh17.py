"""Batch 17: 30 held-out German documents from the invented Thuringian town of Orlaburg (Saale-Orla-Kreis).

Texts carry inline marks ([[P|...]] etc., see marks.py); identifiers with a check digit come from identifiers.py
(seed 1717171). Run: python3 make_batch17.py  -> batch17.jsonl next to this script.
"""
import json
import os
import sys

sys.dont_write_bytecode = True  # do not leave __pycache__ in the shared Corpus folder
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban  # noqa: E402

ids = Identifiers(1717171)
HERE = os.path.dirname(os.path.abspath(__file__))


def sp4(v):
    return group(v, 4)


def taxid_sp(v):
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"


def ssn_sp(v):
    return f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}"


def amex_sp(v):
    return f"{v[:4]} {v[4:10]} {v[10:]}"


def tax_number_thuringia(office):
    """Thuringian layout FFF/BBB/UUUUP and its 13-digit federal form 4 FFF 0 BBB UUUUP (layout only, no check)."""
    bbb, uuuup = ids.digits(3), ids.digits(5)
    return f"{office}/{bbb}/{uuuup}", f"4{office}0{bbb}{uuuup}"


# --- the city's own, neutral data -------------------------------------------------------------------------
CITY_IBAN = sp4(ids.iban_de())

# --- identifiers, drawn in a fixed order -----------------------------------------------------------------
IBAN_001 = ids.iban_de()
TID_002 = ids.tax_id()
IDC_003 = ids.id_card(check_digit=True)
PASS_004A = "C" + ids.digits(7)
PASS_004B = "C" + ids.digits(7)
TNR_007 = tax_number_thuringia("161")[0]
VAT_007 = ids.vat_id()
IBAN_009 = ids.iban("AT", 16)
TNR_010, TNR_010_FED = tax_number_thuringia("162")
VAT_010 = ids.vat_id()
TID_010 = ids.tax_id()
IBAN_010 = ids.iban_de()
PASS_013 = "F" + ids.rng.choice("EKTX") + ids.digits(6)
CC_013 = ids.credit_card("4", 16)
PASS_014 = "G" + ids.digits(7)
IDC_014 = ids.id_card()
SSN_015 = ids.social_security("020298", "G")
KV_015 = ids.health_insurance()
SSN_016 = ids.social_security("160883", "M")
KV_016 = ids.health_insurance()
CC_019 = ids.credit_card("5" + ids.rng.choice("12345"), 16)
PASS_019 = ids.passport()
IDC_019 = ids.id_card()
PASS_020 = ids.passport(check_digit=True)
IDC_020 = ids.id_card()
IBAN_020 = ids.iban_de()
PASS_022 = "F" + ids.rng.choice("EKTX") + ids.digits(6)
IDC_022 = "00" + ids.digits(7)
KV_026 = ids.health_insurance()
IBAN_027 = mod97_iban("IT", ids.rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + ids.digits(22))
IBAN_028 = ids.iban_de()
IBAN_028B = ids.iban_de()
TID_029 = ids.tax_id()
KV_029 = ids.health_insurance()
CC_030 = ids.credit_card("37", 15)

LETTERHEAD = "[[N|Markt 1]] · [[N|07386 Orlaburg]]"
FOOTER = (f"Stadt Orlaburg · [[N|Markt 1]] · [[N|07386 Orlaburg]] · Telefon [[N|036483 789-0]] · "
          f"Telefax [[N|036483 789-199]] · www.orlaburg.de · Stadtkasse: Sparkasse Saale-Orla, IBAN [[N|{CITY_IBAN}]]")

DOCS = []


def doc(channel, template, marked, flags=()):
    DOCS.append((channel, template, marked.strip("\n"), list(flags)))


# b17-001 -- informal lower-case mail with typos, Wohngeld
doc("outlook", "wohngeld", f"""
Betreff: AW: wohngeld weiterleistungsantrag

hallo frau [[P|möckel]],

hab den weiterleistungsantrag am freitag in den brifkasten am rathaus geworfen, hoffe der ist angekomen? aktenzeichen war glaub ich [[AZ|50.2-WG-00871/24]]. die miete ist seit 1.7. um 42,50 € höher, der neue mietvertrag von der wohnungsgenossenschaft liegt bei und die bescheinigung von der barmer wegen der familienversicherung auch.

mein großer [[P|tino]] wohnt seit august nicht mehr bei mir, der macht jetzt seine ausbildung in erfurt. also sind wir nur noch zu zweit, ich und [[P|lara]] (12).

konto ist gleich geblieben, steht aber zur sicherheit nochmal hier: [[IBAN|{IBAN_001}]]

wenn noch was fehlt bitte anrufen, bin ab 15 uhr zuhause [[T|0152 2844 9107]] oder festnetz [[T|78 21 36]]

lg
[[P|peggy rödiger]]
[[A|Karl-Marx-Str. 38]]
[[A|07386 Orlaburg]]
""")

# b17-002 -- staff letter, Wohngeld, missing documents
doc("word", "wohngeld", f"""
Stadt Orlaburg · Fachbereich Soziales · Wohngeldstelle · {LETTERHEAD}

Frau
[[P|Ramona Kießling]]
[[A|Straße der Einheit 14]]
[[N|Whg. 9]]
[[A|07387 Orlaburg]]

Unser Zeichen: [[AZ|50.2-WG-01433/25]]
Telefon: [[T|036483 789-214]]
E-Mail: [[E|katrin.moeckel@orlaburg.de]]
Datum: 22.05.2025

Ihr Antrag auf Wohngeld (Mietzuschuss) vom 03.04.2025
hier: Anforderung fehlender Unterlagen

Sehr geehrte Frau [[P|Kießling]],

für die Bearbeitung Ihres Antrags benötige ich nach § 60 SGB I noch einige Nachweise. Laut Antrag gehören zu Ihrem Haushalt:

– Sie selbst, geb. [[DOB|14.02.1979]]
– [[P|Leon Kießling]], geb. [[DOB|02.11.2008]]

1. Für Ihren Sohn eine Schulbescheinigung für das Schuljahr 2025/26.
2. Ihre Lohnabrechnungen März bis Mai 2025.
3. Ihre steuerliche Identifikationsnummer haben Sie mit [[TID|{taxid_sp(TID_002)}]] angegeben; für Ihren Sohn fehlt die Angabe noch.

Bitte reichen Sie die Unterlagen bis zum 20.06.2025 ein. Werden die Nachweise nicht vorgelegt, kann der Antrag nach § 66 SGB I ganz oder teilweise versagt werden. Nach vorläufiger Berechnung ergäbe sich ein Wohngeld von 287,00 € monatlich.

Mit freundlichen Grüßen
Im Auftrag

[[P|Katrin Möckel]]

{FOOTER} · [[N|wohngeld@orlaburg.de]]
""")

# b17-003 -- formal mail, lost ID card, fingerprints (BIOMETRIC), birth name after "geb."
doc("outlook", "melde", f"""
Betreff: Verlust Personalausweis – Bitte um Sperrung und Termin

Sehr geehrte Damen und Herren,

am Samstag ist mir auf dem Wochenmarkt in Pößneck meine Geldbörse mit dem Personalausweis gestohlen worden. Die Anzeige bei der Polizeiinspektion Saale-Orla habe ich erstattet, eine Bestätigung bekomme ich per Post.

Bitte sperren Sie den Ausweis. Meine Daten:
Name: [[P|Gudrun Eberhardt]], geb. [[P|Schimmel]]
geboren am [[DOB|3. Oktober 1962]] in Karl-Marx-Stadt
Ausweisnummer: [[IDC|{IDC_003}]]
Anschrift: [[A|Am Hutberg 4 a]], [[A|07386 Orlaburg]]

Was mich besonders beunruhigt: In dem Chip sind ja meine Fingerabdrücke gespeichert, ich hatte damals extra zugestimmt, weil es hieß, das sei sicherer. Kann damit jetzt jemand Missbrauch treiben?

Für den neuen Ausweis bräuchte ich einen Termin, möglichst dienstags nach 14 Uhr. Ein biometrisches Passbild lasse ich vorher beim Fotografen machen. Einen vorläufigen Ausweis benötige ich bis zum 12. Juni, da wir nach Kroatien fliegen.

Telefonisch bin ich unter [[T|(036483) 2 14 77]] erreichbar, tagsüber auch mobil unter [[T|0171 / 4 82 93 06]].

Mit freundlichen Grüßen
[[P|Gudrun Eberhardt]]
""", ["BIOMETRIC"])

# b17-004 -- file note, Bürgerbüro, Vietnamese family registering
doc("word", "melde", f"""
Bürgerbüro Orlaburg – Aktenvermerk

Datum: 14.05.2025, 10:40 Uhr
Sachbearbeitung: [[P|Sabine Otto]] (Platz 3)

Vorsprache zur Anmeldung einer Wohnung (Zuzug aus Gera).

Anwesend:
[[P|Nguyễn Văn Hùng]], geb. [[DOB|08.03.1981]] in Hải Phòng, Reisepass der SR Vietnam Nr. [[PASS|{PASS_004A}]]
[[P|Trần Thị Mai]], geb. [[DOB|19.11.1985]] in Nam Định, Reisepass Nr. [[PASS|{PASS_004B}]]
Kind: [[P|Nguyễn Gia Bảo]] (* [[DOB|12.07.2019]])

Neue Anschrift: [[A|Rosa-Luxemburg-Straße 22]], [[N|3. OG rechts]], [[A|07386 Orlaburg]]
Wohnungsgeberbestätigung liegt vor, unterschrieben vom Vermieter [[P|Hans-Jürgen Trommer]].

Der Vater spricht gut Deutsch und hat für seine Frau übersetzt. Elektronische Aufenthaltstitel lagen vor (ausgestellt in Gera, gültig bis 2027); Adressaufkleber angebracht, Meldebestätigungen ausgehändigt. Gebühren: keine.

Offen: Schulanmeldung für [[P|Bảo]] zum Schuljahr 2025/26 – Eltern an das Schulverwaltungsamt verwiesen.
""")

# b17-005 -- forwarded mail with Outlook headers, parking fine, the driver named
doc("outlook", "bussgeld", f"""
Betreff: WG: Anhörung – Fahrer war nicht ich

Guten Tag,

meine Nachricht unten ist leider an die Kreisverwaltung gegangen statt an Sie, von dort wurde ich an die Stadt verwiesen. Ich leite sie deshalb weiter.

Mit freundlichen Grüßen

-----Ursprüngliche Nachricht-----
Von: [[P|Sperling, Enrico]] <[[E|enrico.sperling@gmx.net]]>
Gesendet: Dienstag, 6. Mai 2025 09:14
An: [[N|poststelle@lra-sok.de]]
Betreff: Anhörung Az. [[AZ|OA-32.1/VOW-04127/25]]

Sehr geehrte Damen und Herren,

zum Anhörungsbogen vom 29.04.2025 (Parkverstoß am 17.04.2025, 14:52 Uhr, Markt, Orlaburg) teile ich mit, dass nicht ich, sondern mein Schwager das Fahrzeug [[KFZ|SOK-ES 318]] gefahren hat. Seine Angaben:

[[P|Marcel Heyder]]
Geburtsdatum: [[DOB|19.09.1991]]
[[A|Rudolf-Breitscheid-Str. 21b]]
[[A|07381 Pößneck]]

Er ist einverstanden, dass ich seine Daten weitergebe, und wird das Verwarnungsgeld von 30 € bezahlen.

[[P|Enrico Sperling]]
[[T|+49 176 23 81 90 44]]
""")

# b17-006 -- enforcement day list (table), plates and registered keepers
doc("word", "bussgeld", f"""
Stadt Orlaburg – Ordnungsamt / Kommunaler Vollzugsdienst
Tagesliste ruhender Verkehr – Mittwoch, 14.05.2025, Kontrollbereich Altstadt
Erfasst: Dienstnummer [[N|KVD-07]]; Halterabfrage (ZFZR): Sachgebiet Verkehrsordnungswidrigkeiten

Lfd. | Kennzeichen | Zeit | Tatort | TBNR | Betrag | Halter laut Abfrage
1 | [[KFZ|SLF-H 57H]] | 08:40 | Saalstraße, Schwerbehindertenparkplatz | 142278 | 55,00 € | [[P|Pohle, Siegfried]], [[A|Am Roten Berg 12]], [[A|07318 Saalfeld/Saale]]
2 | [[KFZ|J-EV 214E]] | 09:05 | Töpfergasse | 112402 | 25,00 € | [[P|Dr. Anja Leupold-Fritsche]], [[A|Zur Sternwarte 5]], [[A|07745 Jena]]
3 | [[KFZ|DJE 51HK]] (PL) | 09:31 | Markt | 141312 | 20,00 € | Halterabfrage Polen läuft
4 | [[KFZ|G-ÖZ 6610]] | 10:18 | Kirchplatz, Feuerwehrzufahrt | 141176 | 55,00 € | [[P|Kowalczyk, Grzegorz]], [[A|Lindenweg 3]], [[A|07387 Orlaburg]]

Bemerkungen:
zu 1: Der Halter legte noch am Vormittag seinen Schwerbehindertenausweis (GdB 100, Merkzeichen aG) und den blauen Parkausweis vor, der beim Parken unter die Sonnenblende gerutscht war. Verwarnung zurückgenommen.
zu 3: Fahrzeug steht regelmäßig vor der Baustelle in der Ernst-Thälmann-Straße; Hinweis an Bauamt.
zu 4: Fahrer (nach eigener Angabe Sohn des Halters) hat vor Ort bar bezahlt, Quittung Nr. 0048817.

Ausgewertet: [[P|N. Kämpf]], 15.05.2025
""", ["HEALTH"])

# b17-007 -- builder couple's reply, quoted architect's mail ("Am ... schrieb")
doc("outlook", "bauantrag", f"""
Betreff: Re: Bauantrag EFH Zur Alten Ziegelei – Nachforderung Az. [[AZ|63-BV-0231/25]]

Sehr geehrter Herr [[P|Gräfe]],

vielen Dank für Ihre Nachricht. Die fehlenden Unterlagen (Standsicherheitsnachweis, Entwässerungsplan) schickt Ihnen unsere Architektin direkt, siehe ihre Mail unten. Zur Grenzgarage: Unser Nachbar hat der Garage an der Grundstücksgrenze schriftlich zugestimmt, die Erklärung hängt als PDF an.

Das Baugrundstück ist [[A|Zur Alten Ziegelei 9]] (Flurstück 118/4, Flur 3, Gemarkung Orlaburg). Bis zum Einzug wohnen wir noch in Pößneck zur Miete.

Viele Grüße
[[P|Małgorzata Wiśniewska-Beyer]] und [[P|Tobias]]
[[T|03647 / 41 77 29]]

Am Mi., 12. März 2025 um 16:41 schrieb [[P|Kerstin Wohlfarth]] <[[E|k.wohlfarth@architektur-wohlfarth.de]]>:
> Liebe Familie [[P|Beyer]],
>
> die Bauaufsicht hat den Eingang am 10.03. bestätigt. Nach dem Bebauungsplan Nr. 14 „Wohngebiet Ziegeleiweg“ ist eine GRZ von 0,4 zulässig, wir liegen bei 0,32. Die Genehmigungsgebühr (ca. 1.480 €) wird von der Stadt gesondert festgesetzt. Meine Rechnung Nr. 2025-017 für die Leistungsphasen 1 bis 4 bekommen Sie diese Woche.
>
> Beste Grüße
> Dipl.-Ing. [[P|Kerstin Wohlfarth]]
> Architekturbüro [[P|Wohlfarth]] · Jena
> Tel. [[T|03641 47 83 20]] · St.-Nr. [[TNR|{TNR_007}]] · USt-IdNr. [[VAT|{VAT_007}]]
""")

# b17-008 -- building inspection protocol, "Nachname, Vorname" attendee list
doc("word", "bauantrag", f"""
Stadt Orlaburg · Bauordnungsamt

Protokoll Ortstermin / Baukontrolle
Az.: [[AZ|63-BK-0057/25]]
Ort: [[A|Auf der Bleiche 27]], [[A|07386 Orlaburg]] (Gemarkung Oberkaltenau, Flur 2, Flurstück 311)
Datum: Donnerstag, 5. Juni 2025, 9:00–10:15 Uhr

Teilnehmer:
[[P|Gräfe, Ronny]] – Bauordnungsamt (Protokoll)
[[P|Petrović, Dragan]] – Grundstückseigentümer
[[P|Petrović, Jelena]] – Grundstückseigentümerin
[[P|Kranich, Wolfgang]] – Nachbar, Beschwerdeführer

Sachverhalt:
Auf dem Grundstück wurde ohne Baugenehmigung ein Nebengebäude (ca. 6,0 × 4,5 m, Holzständerbauweise, Pultdach) errichtet. Der Nachbar hatte mit Schreiben vom 12.05.2025 auf die Nutzung als Werkstatt und auf Lärm bis in die Abendstunden hingewiesen.

Feststellungen:
1. Das Gebäude hält den Abstand von 3 m nach § 6 ThürBO nicht ein (gemessen: 1,20 m zur Grenze).
2. Im Nebengebäude ist eine Werkstatt (Kreissäge, Kompressor) eingerichtet. Auf dem Hof stand ein Kleintransporter [[KFZ|SOK-DP 640]] mit Firmenaufschrift eines Trockenbaubetriebs.
3. Der Bebauungsplan Nr. 9 „Bleichwiesen“ lässt außerhalb der Baugrenze nur Garagen und Carports als Nebenanlagen zu.

Vereinbarungen:
Herr [[P|Petrović]] reicht bis 07.07.2025 einen Bauantrag mit Lageplan ein; Entwurfsverfasser wird Dipl.-Ing. [[P|H.-P. Ludwig]]. Bis zur Entscheidung ruht die gewerbliche Nutzung. Eine Anhörung zur Nutzungsuntersagung nach § 79 ThürBO bleibt vorbehalten.
Erreichbarkeit Bauherr: [[T|0160 9 44 18 273]], [[E|dragan.petrovic@trockenbau-petrovic.de]]

gez. [[P|Gräfe]]
Verteiler: Akte; Beschwerdeführer (Ergebnis mündlich mitgeteilt)
""")

# b17-009 -- heir in Austria: foreign address, AT IBAN, Kassenzeichen
doc("outlook", "grundsteuer", f"""
Betreff: Grundsteuer 2025 – Kassenzeichen [[AZ|2.0310.004471]] – neue Eigentümerin und SEPA-Mandat

Sehr geehrte Damen und Herren,

mein Vater, [[P|Karl-Heinz von Schönfeld]], ist am 9. Jänner 2025 verstorben. Ihm gehörte das Haus [[A|Lindenstraße 3]], [[A|07386 Orlaburg]]; den Grundsteuerbescheid für 2025 haben Sie noch an ihn adressiert.

Ich bin Alleinerbin (Erbschein des Amtsgerichts Pößneck vom 14.04.2025 anbei) und bitte, alle Bescheide künftig an mich zu senden:

[[P|Friederike von Schönfeld]]
[[A|Schallmooser Hauptstraße 48/5]]
[[A|5020 Salzburg]]
ÖSTERREICH

Die Grundsteuer (vierteljährlich 86,75 €) soll von meinem Konto in Österreich abgebucht werden:
IBAN: [[IBAN|{sp4(IBAN_009)}]], BIC RZSBAT2S

Das Haus steht leer und soll im Herbst verkauft werden; bis dahin kümmert sich eine Nachbarin um Post und Garten.

Für Rückfragen erreichen Sie mich unter [[T|+43 664 391 27 08]].

Freundliche Grüße aus Salzburg
Mag. [[P|Friederike von Schönfeld]]
""")

# b17-010 -- tax office note, trade tax deferral, sole trader, health reason
doc("word", "gewerbesteuer", f"""
Stadt Orlaburg – Steueramt
Vermerk zum Stundungsantrag Gewerbesteuer

Steuerpflichtiger: [[P|Arben Krasniqi]], Einzelunternehmen „Kfz-Meisterbetrieb [[P|Krasniqi]]“
Betriebsstätte: [[A|Gewerbering 7]], [[A|07387 Orlaburg]]
Kassenzeichen: [[AZ|4.0120.100382]]
Steuernummer (Finanzamt Pößneck): [[TNR|{TNR_010}]] (bundeseinheitlich [[TNR|{TNR_010_FED}]])
USt-IdNr.: [[VAT|{VAT_010}]]
Steuer-ID des Inhabers: [[TID|{TID_010}]]
Geburtsdatum laut Gewerberegister: [[DOB|27.06.1975]]

Der Steuerpflichtige beantragt mit Schreiben vom 02.06.2025 die Stundung der Vorauszahlungen für das II. und III. Quartal 2025 (je 2.415,00 €) nach § 222 AO. Begründung: Er war von Februar bis April nach einer Bandscheibenoperation arbeitsunfähig, der Betrieb lief nur mit einem Gesellen weiter, der Umsatz ist laut BWA um rund 40 % gesunken. Eine Bescheinigung seiner orthopädischen Praxis in Saalfeld liegt vor.

Berechnung: Messbetrag lt. Finanzamt 2.415,00 €, Hebesatz 400 %, Jahressteuer 9.660,00 €.

Vorschlag: Stundung bis 15.11.2025, Zahlung in drei Raten zu je 1.610,00 €, Stundungszinsen nach § 234 AO. Ein SEPA-Mandat für das Geschäftskonto [[IBAN|{IBAN_010}]] liegt vor.

Rückfragen: Werkstatt [[T|03647 50 98 11]]

Bearbeitet: [[P|Ch. Wunderlich]], Steueramt, 11.06.2025
""", ["HEALTH"])

# b17-011 -- parents' mail to the Kita: diabetes and religious diet
doc("outlook", "kita", """
Betreff: Kita-Platz ab 01.09. – Diabetes und Mittagessen

Sehr geehrte Frau [[P|Heinicke]],

vielen Dank für die Zusage für einen Platz in der Kita „Am Schlossberg“ für unseren Sohn [[P|Emir Aksoy]] (geboren am [[DOB|6. Dezember 2021]]). Vor dem Eingewöhnungsgespräch möchten wir Ihnen zwei Dinge mitteilen:

1. [[P|Emir]] hat seit dem letzten Jahr Diabetes Typ 1 und trägt eine Insulinpumpe mit Sensor; die Werte können wir auf dem Handy sehen. Das Diabeteszentrum für Kinder in Jena bietet für die Erzieherinnen eine Schulung an, die Kosten übernimmt die AOK PLUS.
2. Wir sind Muslime, unser Sohn isst kein Schweinefleisch. Gibt es beim Mittagessen eine Alternative? Auch Gelatine in Süßigkeiten ist für uns ein Thema.

Sie erreichen mich unter [[T|0176 / 643 28 915]], meinen Mann unter [[T|0151 40 33 87 12]].

Mit freundlichen Grüßen
[[P|Zeynep Aksoy]]
[[A|Pestalozzistr. 15]]
[[A|07386 Orlaburg]]
[[E|zeynep.aksoy87@web.de]]
""", ["HEALTH", "RELIGION"])

# b17-012 -- Kita allocation list (table with birth dates)
doc("word", "kita", """
Stadt Orlaburg – Fachdienst Kindertagesbetreuung
Platzvergabeliste Krippe/Kindergarten – Stichtag 01.08.2025 (nicht öffentlich)

Nr. | Name, Vorname | Geburtsdatum | Einrichtung | Aufnahme | Bemerkung
1 | [[P|Hrytsenko, Sofiia]] | [[DOB|11.03.2022]] | Kita „Am Schlossberg“ | 01.08.2025 | Geschwisterkind (Bruder in Gruppe Füchse)
2 | [[P|Diallo, Aminata]] | [[DOB|02.01.2022]] | Integrative Kita „Käthe Kollwitz“ | 01.08.2025 | Integrationsplatz; globale Entwicklungsverzögerung, Frühförderung läuft
3 | [[P|Al-Khatib, Yusuf]] | [[DOB|23.10.2021]] | Kita „Am Schlossberg“ | 01.08.2025 | Dolmetscher Arabisch zum Aufnahmegespräch
4 | [[P|Fink, Paula]] | [[DOB|08.06.2023]] | Kita „Regenbogen“, Oberkaltenau | 01.11.2025 | Mutter alleinerziehend, Beitragsermäßigung beantragt

Nicht berücksichtigt (kein Platz im Wunschzeitraum): [[P|Esposito, Matteo]] (geb. [[DOB|30.12.2023]]); die Eltern erhalten einen schriftlichen Bescheid mit Hinweis auf die Kindertagespflege.

Die Aufnahmegespräche vereinbaren die Einrichtungen. Rückfragen: Fachdienst Kita, [[N|kita@orlaburg.de]].
""", ["HEALTH"])

# b17-013 -- two men registering their marriage; Ukrainian passport; Visa card
doc("outlook", "standesamt", f"""
Betreff: Anmeldung Eheschließung – Terminwunsch September

Liebes Team vom Standesamt,

mein Partner und ich möchten heiraten, am liebsten am Samstag, 13.09.2025, im Trauzimmer im Schloss. Wir sind zwei Männer und seit elf Jahren ein Paar; bei einer Anfrage in einem anderen Standesamt hat man uns leider spüren lassen, dass das nicht alle normal finden. Freunde haben bei Ihnen gute Erfahrungen gemacht, darum schreiben wir Ihnen.

Unsere Daten:
– [[P|Maik Thieme]], geboren [[DOB|07.05.1984]] in Gera, deutsch, ledig
– [[P|Dmytro Bondarenko]], geboren [[DOB|22.01.1990]] in Charkiw, ukrainischer Staatsangehöriger, ledig, Reisepass Nr. [[PASS|{PASS_013}]]

Mein Partner hat eine beglaubigte Übersetzung seiner Geburtsurkunde. Brauchen wir noch ein Ehefähigkeitszeugnis oder eine Befreiung durch das Oberlandesgericht?
Wir wohnen zusammen in der [[A|Saalstraße 44 b]], [[A|07386 Orlaburg]].

Die Buchungsnummer aus Ihrem Online-Kalender ist TR-2025-0913-02. Die Gebühr für die Anmeldung können Sie gern von meiner Kreditkarte abbuchen: [[CC|{sp4(CC_013)}]], gültig bis 11/27.

Viele Grüße
[[P|Maik]] & [[P|Dmytro]]
[[T|0172 3 81 55 06]]
[[E|maik.thieme@posteo.de]]
""", ["SEXUAL_ORIENTATION"])

# b17-014 -- registry office record: acknowledgement of paternity
doc("word", "standesamt", f"""
Standesamt Orlaburg
Aktenzeichen: [[AZ|StA 34.1-VA 112/2025]]

Niederschrift über die Anerkennung der Vaterschaft und die Zustimmung der Mutter
(§§ 1594 bis 1597 BGB, § 44 PStG)

Vor der unterzeichnenden Standesbeamtin erschienen heute, am 18.06.2025:

1. Herr [[P|Kwame Mensah]], geboren am [[DOB|30.06.1993]] in Kumasi (Ghana), ghanaischer Staatsangehöriger, wohnhaft [[A|Friedrich-Engels-Straße 19]], [[A|07386 Orlaburg]], ausgewiesen durch Reisepass der Republik Ghana Nr. [[PASS|{PASS_014}]],

2. Frau [[P|Sandy Pfeffer]], geboren am [[DOB|12.12.1996]] in Schleiz, deutsche Staatsangehörige, wohnhaft ebenda, ausgewiesen durch Personalausweis Nr. [[IDC|{IDC_014}]].

Der Erschienene zu 1. erklärte: Ich erkenne die Vaterschaft für das Kind [[P|Noah Pfeffer]], geboren am [[DOB|04.04.2025]] in Jena, an.
Die Erschienene zu 2. erklärte: Ich stimme der Anerkennung zu.

Die Beteiligten wurden darauf hingewiesen, dass Sorgeerklärungen beim Jugendamt oder bei einem Notar abgegeben werden können. Ein Dolmetscher wurde nicht benötigt. Die Beurkundung ist gebührenfrei.

Vorgelesen, genehmigt und unterschrieben:
(Unterschriften der Beteiligten)

[[P|Liebeskind]]
Standesbeamtin
""")

# b17-015 -- mother/guardian applies for a personal budget; genetic diagnosis
doc("outlook", "eingliederungshilfe", f"""
Betreff: Antrag Persönliches Budget – Ihr Zeichen [[AZ|50.4-EGH-0318/25]]

Sehr geehrte Frau [[P|Häfner]],

wie telefonisch besprochen sende ich Ihnen die Angaben für den Antrag auf ein Persönliches Budget für meinen Sohn. Ich bin seine gesetzliche Betreuerin (Bestellung durch das Amtsgericht Rudolstadt, Betreuerausweis anbei).

Leistungsberechtigter: [[P|Sebastian Gundermann]]
geb. am [[DOB|2. Februar 1998]]
Rentenversicherungsnummer: [[SSN|{ssn_sp(SSN_015)}]]
Krankenversichertennummer: [[KV|{KV_015}]] (AOK PLUS)
Anschrift: Wohnstätte „Lindenhof“, [[A|Im Wiesengrund 5]], [[A|07387 Orlaburg]]

Bei [[P|Sebastian]] wurde 2003 durch eine humangenetische Untersuchung in Jena ein Fragiles-X-Syndrom festgestellt. Er hat eine geistige Behinderung (GdB 80, Merkzeichen G, B und H) und arbeitet seit 2017 in der Werkstatt der Lebenshilfe in Pößneck. Er möchte an den Wochenenden mit einer selbst gewählten Assistenz zum Kegeln gehen und mit dem Zug zu seiner Großmutter nach Bad Lobenstein fahren. Dafür beantragen wir 14 Stunden Assistenz im Monat, etwa 420,00 €.

Die Pflegekasse hat Pflegegrad 3 festgestellt (Bescheid vom 09.01.2024).

Mit freundlichen Grüßen
[[P|Hannelore Gundermann]]
[[A|Oberer Anger 2]], [[A|07387 Orlaburg]]
""", ["HEALTH", "GENETIC"])

# b17-016 -- protocol of a care-plan conference; mental health, religion
doc("word", "eingliederungshilfe", f"""
Protokoll Gesamtplankonferenz nach § 119 SGB IX
Az.: [[AZ|50.4-EGH-2291/24]]
Datum: 03.06.2025, Rathaus Orlaburg, Beratungsraum 2.14

Teilnehmende:
– Frau [[P|Amra Hodžić]], Leistungsberechtigte
– Ehemann der Leistungsberechtigten, als Vertrauensperson
– Frau [[P|Dr. med. Katja Reinhold]], Psychiatrische Institutsambulanz Saalfeld
– Herr [[P|Piotr Zieliński]], Ambulant Betreutes Wohnen der Diakonie
– Fallmanagement Eingliederungshilfe (Protokoll)

1. Situation
Frau [[P|Hodžić]] (geb. [[DOB|16.08.1983]] in Tuzla) lebt seit 2016 in Orlaburg. Sie leidet seit mehreren Jahren an einer rezidivierenden depressiven Störung und einer Panikstörung; nach einem stationären Aufenthalt im Herbst 2024 wird sie medikamentös behandelt. Ohne Begleitung verlässt sie die Wohnung kaum. Die Institutsambulanz empfiehlt eine schrittweise Erweiterung des Bewegungsradius.

2. Wünsche der Leistungsberechtigten
Frau [[P|Hodžić]] wünscht Begleitung zu Arztterminen und Behördengängen sowie einen Deutschkurs. Sie ist gläubige Muslimin; die Begleitung soll nach Möglichkeit durch eine Frau erfolgen, während des Ramadan sollen keine Termine in die Mittagszeit fallen.

3. Vereinbarte Leistungen
Assistenzleistungen nach § 113 SGB IX, 6 Fachleistungsstunden pro Woche, befristet bis 30.06.2026. Fahrtkosten werden mit 0,30 € je km erstattet.

4. Meldedaten DRV / Krankenkasse (IKK classic): [[SSN|{SSN_016}]] / [[KV|{KV_016}]]

Nächste Überprüfung: Mai 2026.
gez. [[P|K. Häfner]]
""", ["HEALTH", "RELIGION"])

# b17-017 -- son asks for an Islamic burial
doc("outlook", "friedhof", """
Betreff: Bestattung meines Vaters – gibt es ein muslimisches Grabfeld?

Sehr geehrte Damen und Herren,

mein Vater [[P|Abdulrahman Alhamdan]] ist gestern, am 16.06.2025, im Klinikum in Saalfeld verstorben. Er wurde am [[DOB|01.01.1951]] in Deir ez-Zor geboren und lebte seit 2016 bei uns in Orlaburg.

Wir sind Muslime und möchten ihn nach islamischem Ritus bestatten: möglichst schnell, im Leichentuch ohne Sarg und mit dem Grab nach Mekka ausgerichtet. Gibt es auf dem Friedhof an der Pößnecker Straße ein Grabfeld dafür, und erlaubt Ihre Friedhofssatzung eine sarglose Bestattung? Die rituelle Waschung würde die Gemeinde in Jena übernehmen.

Das Bestattungshaus [[P|Kühn]] ist informiert und hat die Überführung schon erledigt (Rechnung Nr. 2025-0611, falls Sie eine Kopie brauchen).

Bitte rufen Sie mich an: [[T|0049 157 3382 1946]].

Mit freundlichen Grüßen
[[P|Mohammad Alhamdan]]
[[A|Albert-Schweitzer-Ring 8]]
[[A|07386 Orlaburg]]
[[E|m.alhamdan@outlook.de]]
""", ["RELIGION"])

# b17-018 -- cemetery administration letter, grave rights expiring
doc("word", "friedhof", f"""
Stadt Orlaburg · Friedhofsverwaltung · {LETTERHEAD}

Herrn
[[P|Hans-Joachim Kranich]]
[[A|Am Weinberg 12 c]]
[[A|99084 Erfurt]]

Kundennummer: [[AZ|40-118-07]]
Grabstätte: Hauptfriedhof, Abt. C, Reihe 4, Wahlgrab Nr. 17 (2 Stellen)
Datum: 24.06.2025

Ablauf des Nutzungsrechts

Sehr geehrter Herr [[P|Kranich]],

das Nutzungsrecht an der oben genannten Grabstätte, in der Ihre Eltern [[P|Ilse]] und [[P|Werner Kranich]] beigesetzt sind, endet am 31.12.2025. Nach § 14 der Friedhofssatzung kann es auf Antrag um 5, 10 oder 20 Jahre verlängert werden; die Gebühr beträgt 38,00 € je Jahr und Grabstelle.

Möchten Sie das Nutzungsrecht nicht verlängern, teilen Sie uns bitte mit, ob Sie Grabmal und Einfassung selbst entfernen lassen. Die Trauerhalle neben der Stadtkirche St. Nikolai wird ab September saniert; Trauerfeiern finden in dieser Zeit in der Kapelle Oberkaltenau statt.

Zahlungen bitte unter Angabe der Kundennummer an die Stadtkasse, IBAN [[N|{CITY_IBAN}]].
Rückfragen: Durchwahl [[T|036483 789-521]] (Mo–Do) oder [[N|friedhof@orlaburg.de]]

Mit freundlichen Grüßen
Im Auftrag

[[P|Schlegel]]
""")

# b17-019 -- informal lower-case mail to vehicle registration, Mastercard, passport
doc("outlook", "kfz", f"""
Betreff: wunschkennzeichen reserviert aber zahlung ging nich

hallo zulassungsstelle,

hab gestern abend online das wunschkennzeichen [[KFZ|SOK-LH 1967]] reserviert (reservierungsnr. WK-88213), aber beim bezahlen kam "transaktion abgelehnt". karte war meine mastercard [[CC|{CC_019}]], geld ist genug drauf. ist jetzt trotzdem was abgebucht worden?? auf dem kontoauszug steht nix

termin zur zulassung hab ich am 3.7. um 8:30, ich bring mit: zulassungsbescheinigung teil 1 und 2, evb-nr A7K3MX9 von der huk, sepa für die kfz-steuer. mein perso [[IDC|{IDC_019}]] ist abgelaufen, geht auch der reisepass? nummer [[PASS|{PASS_019}]]

das alte auto ([[KFZ|SOK-LH 88]]) hab ich letzte woche schon abgemeldet.

danke & gruß
[[P|lutz hennig]]
[[T|0160-9 23 41 87]]
""")

# b17-020 -- form: power of attorney for vehicle registration + SEPA mandate
doc("word", "kfz", f"""
Stadt Orlaburg – Kfz-Zulassungsstelle

VOLLMACHT zur Zulassung / Umschreibung eines Fahrzeugs

Vollmachtgeberin (Halterin)
Name, Vorname: [[P|Nguyen, Thi Lan]]
Geburtsdatum: [[DOB|23.08.1988]]          Geburtsort: Nam Định
Anschrift: [[A|Ziegeleiweg 2a]], [[A|07386 Orlaburg]]
Ausweisdokument: Reisepass Nr. [[PASS|{PASS_020}]]

Bevollmächtigter
Name, Vorname: [[P|Phạm, Văn Đức]]
Geburtsdatum: [[DOB|05.02.1979]]
Anschrift: [[A|Jenaer Str. 118]], [[A|07381 Pößneck]]
Personalausweis-Nr.: [[IDC|{IDC_020}]]

Fahrzeug: VW Polo, FIN WVWZZZAWZKY304118, bisheriges Kennzeichen [[KFZ|SHK-TL 23]], neues Kennzeichen [[KFZ|SOK-TN 823]]

SEPA-Lastschriftmandat für die Kraftfahrzeugsteuer (Hauptzollamt Erfurt)
Kontoinhaberin: wie Vollmachtgeberin
IBAN: [[IBAN|{sp4(IBAN_020)}]]
Kreditinstitut: Sparkasse Jena-Saale-Holzland

Ich bevollmächtige die oben genannte Person, für mich alle Erklärungen zur Zulassung abzugeben und die Zulassungsbescheinigungen und Kennzeichen in Empfang zu nehmen.

Orlaburg, 30.06.2025          Unterschrift Vollmachtgeberin: (unterschrieben)

– nur von der Behörde auszufüllen –
Identität geprüft: ja    Bearbeitung: Personalnummer [[N|40211]]    Gebühr: 27,30 €
""")

# b17-021 -- volunteer writes about family reunification, DNA test, ethnic persecution
doc("outlook", "auslaenderbehoerde", """
Betreff: Familiennachzug Herr [[P|Tesfay]] – DNA-Gutachten / Az. [[AZ|33.2-AB-04517]]

Sehr geehrter Herr [[P|Leupold]],

ich begleite Herrn [[P|Yohannes Tesfay]] (geb. [[DOB|1.9.1994]]) ehrenamtlich beim Familiennachzug, seine Vollmacht liegt Ihnen vor. Die Deutsche Botschaft in Addis Abeba hat seiner Frau [[P|Selam Gebremedhin]] mitgeteilt, dass für den Sohn [[P|Robel]] (* [[DOB|14.03.2019]]) ein DNA-Abstammungsgutachten verlangt wird, weil die eritreischen Geburtsurkunden nicht anerkannt werden. Die Probe des Vaters soll beim Gesundheitsamt entnommen werden. Erhalten Sie das Ergebnis direkt vom Labor oder über die Botschaft?

Zum Hintergrund, den Sie aus der Akte kennen: Herr [[P|Tesfay]] gehört der Volksgruppe der Kunama an und wurde deshalb in Eritrea verfolgt; seine Familie lebt zurzeit in einer Unterkunft in Addis Abeba.

Er wohnt inzwischen in einer eigenen Wohnung, [[A|Am Kesselhaus 6]], [[A|07386 Orlaburg]], und ist unter [[T|0155 106 33 472]] erreichbar (Tigrinya, etwas Deutsch).

Mit freundlichen Grüßen
[[P|Dr. Ines Wenzel]]
Flüchtlingshilfe Orlaburg e. V.
[[E|ines.wenzel@t-online.de]]
""", ["GENETIC", "ETHNICITY"])

# b17-022 -- foreigners' office note, Ukrainian mother and daughter, fingerprints, injury
doc("word", "auslaenderbehoerde", f"""
Stadt Orlaburg – Ausländerbehörde
Aktenvermerk – Verlängerung Aufenthaltserlaubnis (§ 24 AufenthG)

Az.: [[AZ|33.2-AB-03982]]
Vorsprache am 10.06.2025, 9:15 Uhr

Antragstellerin: [[P|Oksana Melnyk]], geb. [[DOB|17.04.1979]] in Saporischschja, ukrainische Staatsangehörige
Reisepass: [[PASS|{PASS_022}]], gültig bis 2031
Tochter: [[P|Anastasiia Melnyk]], * [[DOB|9. Mai 2010]], ukrainische ID-Karte Nr. [[IDC|{IDC_022}]]
Anschrift: [[A|Bahnhofstraße 31]], [[N|Whg. 4]], [[A|07386 Orlaburg]]
Telefon: [[T|+380 67 412 33 90]] (ukrainische Nummer)

Die Aufenthaltserlaubnis läuft am 04.03.2026 ab; eine Verlängerung bis 04.03.2027 ist möglich. Für den elektronischen Aufenthaltstitel wurden bei der Antragstellerin Lichtbild und Fingerabdrücke erfasst. Bei [[P|Anastasiia]] konnte der rechte Zeigefinger wegen eines Gipsverbands (Handgelenksbruch beim Schulsport) nicht erfasst werden; stattdessen wurde der rechte Mittelfinger genommen.

Die Antragstellerin arbeitet seit Januar als Pflegehelferin bei der Diakonie in Orlaburg (Arbeitsvertrag vorgelegt). Den Sprachkurs B1 hat sie mit Zertifikat vom 28.03.2025 abgeschlossen.

Gebühr: 37,00 €, bar bezahlt, Quittung Nr. 2025/1187.
Bearbeiter: [[P|A. Leupold]]
""", ["BIOMETRIC", "HEALTH"])

# b17-023 -- complaint about a staff member; union membership; "Sommer" as name and as season
doc("outlook", "beschwerde", """
Betreff: Beschwerde über Ihren Mitarbeiter Herrn [[P|Sommer]]

Sehr geehrter Herr Bürgermeister,

ich war am Montag im Bürgerbüro, um Zeugnisse meiner Enkelin beglaubigen zu lassen. Ihr Mitarbeiter, Herr [[P|Sommer]], hat mich dort vor allen Leuten angeblafft, ich solle „nicht so ein Theater machen“, nur weil ich nach dem Grund für die Gebühr von 12 Euro gefragt habe. So etwas habe ich in 67 Jahren nicht erlebt.

Ich war 31 Jahre Betriebsrat bei Zeiss in Jena und bin seit 1990 in der IG Metall. Ich weiß, wie man mit Menschen umgeht, und erwarte von einer Behörde denselben Respekt, den man von mir erwartet. Schon im Sommer letzten Jahres ist mir bei der Ummeldung das Gleiche passiert.

Ich bitte um eine schriftliche Stellungnahme. Meine Enkelin, [[P|Celine Häßler]], war dabei und kann bezeugen, wie es abgelaufen ist.

Mit freundlichen Grüßen
[[P|Detlef Häßler]]
[[A|Straße des Friedens 3]]
[[A|07387 Orlaburg]]
Tel. [[T|036483/41560]]
""", ["UNION"])

# b17-024 -- mayor's reply to a complaint about discrimination (headscarf, origin)
doc("word", "beschwerde", """
Der Bürgermeister der Stadt Orlaburg

Frau
[[P|Yasmin El Masri]]
[[A|Im Grund 17]]
[[A|07387 Orlaburg]]

Unser Zeichen: [[AZ|BM-Beschw. 0047/2025]]
Datum: 16.06.2025

Ihre Beschwerde vom 02.06.2025 – Vorsprache im Bürgerbüro am 28.05.2025

Sehr geehrte Frau [[P|El Masri]],

vielen Dank für Ihr Schreiben. Sie schildern, dass Ihnen bei der Beantragung Ihres Reisepasses gesagt wurde, Sie müssten für das Passbild Ihr Kopftuch abnehmen, und dass in dem Gespräch abfällige Bemerkungen über Ihre arabische Herkunft gefallen seien.

Zur Sache: Eine Kopfbedeckung aus religiösen Gründen ist auf dem Passbild zulässig, solange das Gesicht von der Kinnspitze bis zur Stirn erkennbar ist. Ihr Lichtbild hätte also angenommen werden müssen. Frau [[P|Otto]] aus dem Bürgerbüro wird Sie für einen neuen Termin unter der von Ihnen angegebenen Nummer [[T|0157 3019 2284]] anrufen.

Die geschilderten Äußerungen nehme ich sehr ernst. Ich habe mit der Mitarbeiterin und der Leiterin des Bürgerbüros gesprochen; das Bürgerbüro nimmt im Herbst an einer Schulung der Landeszentrale für politische Bildung zum Umgang mit Diskriminierung teil. Für das, was Sie erlebt haben, bitte ich Sie um Entschuldigung.

Mit freundlichen Grüßen

[[P|Dr. Matthias Rothe]]
Bürgermeister

Stadt Orlaburg · [[N|Markt 1]] · [[N|07386 Orlaburg]] · Telefon [[N|036483 789-0]] · [[N|buergermeister@orlaburg.de]] · www.orlaburg.de
""", ["RELIGION", "ETHNICITY"])

# b17-025 -- council member's question forwarded internally; party affiliation
doc("outlook", "ratsanfrage", """
Betreff: WG: Anfrage zur Sitzung des Stadtrates am 26.06.2025 – Schulweg Lerchenhöhe

Hallo Frau [[P|Pätzold]],

zur Info und mit der Bitte um Zuarbeit bis 18.06. (Antwortentwurf an das Büro des Bürgermeisters) – betrifft Ihren Bereich Schulverwaltung.

Gruß
[[P|Anja Kirchhoff]]
Sitzungsdienst

Von: [[P|Baumbach, Jens]] <[[E|jens.baumbach@web.de]]>
Gesendet: Montag, 9. Juni 2025 21:37
An: Sitzungsdienst <[[N|sitzungsdienst@orlaburg.de]]>
Cc: [[P|Weißflog, Sindy]] <[[E|sindy.weissflog@gmx.de]]>
Betreff: Anfrage zur Sitzung des Stadtrates am 26.06.2025 – Schulweg Lerchenhöhe

Sehr geehrter Herr Bürgermeister,

im Namen der Fraktion DIE LINKE stelle ich nach § 9 der Geschäftsordnung folgende Anfrage:

1. Wie viele Kinder aus dem Baugebiet des Bebauungsplans Nr. 22 „Lerchenhöhe“ besuchen die Grundschule „Friedrich Schiller“?
2. Ist eine Querungshilfe an der Kreuzung Pößnecker Straße / Lerchenweg geplant, und sind im Haushalt 2026 Mittel dafür vorgesehen (Haushaltsstelle 5410.9500)?
3. Wann wird die Anfrage aus Drucksache 2024/117 beantwortet?

Hintergrund: Eine Anwohnerin aus dem Lerchenweg hat mir berichtet, dass ihr Sohn dort im Mai beinahe angefahren wurde.

Mit freundlichen Grüßen
[[P|Jens Baumbach]]
Stadtrat, Fraktion DIE LINKE
Mobil [[T|0170 55 31 908]]
""", ["POLITICS"])

# b17-026 -- school administration letter, transport for a child with epilepsy
doc("word", "schulamt", f"""
Stadt Orlaburg · Schulverwaltungsamt · {LETTERHEAD}

Eheleute
[[P|Nancy Wiegand]] und [[P|Mario Wiegand]]
[[A|Zum Steinbruch 11]]
[[A|07386 Orlaburg]]

Az.: [[AZ|40.1-SB-0092/25]]
Datum: 16.06.2025
Auskunft erteilt: Frau [[P|Pätzold]], Zimmer 1.08, Tel. [[T|036483 789-402]]

Schülerbeförderung für [[P|Leonie Wiegand]], geb. am [[DOB|18.7.2014]]
hier: Kostenübernahme Einzelbeförderung zur Staatlichen Regelschule „Johann Wolfgang von Goethe“, Pößneck

Sehr geehrte Eheleute [[P|Wiegand]],

Ihrem Antrag vom 20.05.2025 kann ich teilweise entsprechen. Nach dem vorgelegten Attest der Neuropädiatrie leidet [[P|Leonie]] an einer Epilepsie mit Anfällen vor allem in den frühen Morgenstunden; die Fahrt mit dem Linienbus (Linie 412, Abfahrt 6:48 Uhr) ist ihr daher nicht zuzumuten.

Nach § 4 der Satzung über die Schülerbeförderung übernimmt die Stadt die Kosten für die Hinfahrt mit dem Taxi ab dem 01.09.2025. Für die Rückfahrt um 13:10 Uhr steht der Schulbus zur Verfügung, in dem eine Schulbegleiterin mitfährt. Die Kosten (ca. 1.260 € je Schulhalbjahr) rechnet das beauftragte Taxiunternehmen direkt mit uns ab. Die Krankenversichertennummer Ihrer Tochter ([[KV|{KV_026}]]) habe ich für den Versicherungsschutz an die Unfallkasse Thüringen weitergegeben.

Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.

Mit freundlichen Grüßen
Im Auftrag

[[P|Pätzold]]
""", ["HEALTH"])

# b17-027 -- poll-worker volunteer, Italian date format and IBAN, party membership
doc("outlook", "wahlamt", f"""
Betreff: Wahlhelferin Bürgermeisterwahl 21.09.

Hallo liebes Wahlamt,

ich hab den Aufruf im Amtsblatt gelesen und möchte gern als Wahlhelferin bei der Bürgermeisterwahl am 21. September mitmachen, am liebsten im Wahlbezirk 006 (Grundschule Am Anger), da kann ich zu Fuß hin.

Meine Daten:
[[P|Francesca De Santis]]
nata il / geboren [[DOB|11/04/1992]]
[[A|Am Anger 9]], [[A|07386 Orlaburg]]
Handy [[T|+39 347 218 5590]] (noch meine italienische Nummer)
Für das Erfrischungsgeld: IBAN [[IBAN|{sp4(IBAN_027)}]]

Eine Frage noch: ich bin Mitglied der SPD und im Ortsverein Orlaburg aktiv, stehe manchmal am Infostand. Darf ich trotzdem Wahlhelferin sein? Ich kandidiere natürlich nicht selbst.

Grazie e saluti
[[P|Francesca]]
""", ["POLITICS"])

# b17-028 -- poll-worker roster (table), staff personnel number, church hall as polling station
doc("word", "wahlamt", f"""
Stadt Orlaburg – Wahlamt
Bürgermeisterwahl am 21.09.2025 – Besetzung der Wahlvorstände (Stand 30.06.2025)
Nur für den Dienstgebrauch.

Wahlbezirk 003 – Rathaus, Ratssaal (barrierefrei)
Funktion | Name | Anschrift | Telefon | Bemerkung
Wahlvorsteher | [[P|Schubert, Heiko]] | städt. Bediensteter, Pers.-Nr. [[N|40117]] | [[T|036483 789-227]] | –
Stellv. Wahlvorsteherin | [[P|Kusnezow, Swetlana]] | [[A|Thomas-Müntzer-Str. 5]] | [[T|0178 903 44 12]] | –
Schriftführerin | [[P|Gräf, Romy]] | [[A|Am Wasserturm 1 b]] | [[T|(03 64 83) 5 17 03]] | Erfrischungsgeld auf [[IBAN|{sp4(IBAN_028)}]]
Beisitzer | [[P|Zimmermann, Klaus-Dieter]] | [[A|Gartenweg 4]], OT Oberkaltenau | – | Rollstuhlfahrer; Ratssaal ist ebenerdig

Wahlbezirk 009 – Gemeindehaus der Ev.-Luth. Kirchgemeinde Oberkaltenau, Kirchgasse
Funktion | Name | Anschrift | Telefon | Bemerkung
Wahlvorsteher | [[P|Okonkwo, Chidi]] | [[A|Lerchenweg 21]] | [[T|0151/27 44 80 16]] | erstmals Vorsteher; Erfrischungsgeld auf [[IBAN|{IBAN_028B}]]; Schlüssel Gemeindehaus über das Pfarramt
Weitere Mitglieder: werden bis 31.07. benannt.

Schulung der Wahlvorstände: Donnerstag, 11.09.2025, 17:00 Uhr, Ratssaal. Erfrischungsgeld 35 € (Wahlvorsteher 50 €).
Rückfragen: Wahlamt, [[N|036483 789-150]], [[N|wahlamt@orlaburg.de]]
""", ["HEALTH"])

# b17-029 -- fire brigade: forwarded accident report ("Am ... schrieb"), injury, KVNR, Steuer-ID
doc("outlook", "feuerwehr", f"""
Betreff: Fwd: Unfall beim Einsatz am 01.06. – Kamerad [[P|Stützer]]

Guten Morgen Frau [[P|Kühnel]],

anbei die Meldung unseres Wehrführers zum Unfall am Sonntag. Bitte die Unfallanzeige an die Unfallkasse Thüringen weiterleiten. Die Aufwandsentschädigung läuft weiter; seine Steuer-ID für die Ehrenamtspauschale hatten wir Ihnen schon gegeben ([[TID|{TID_029}]]).

[[P|Ronald Fiedler]]
Stadtbrandmeister

Am 02.06.2025 um 22:17 schrieb Wehrführung Oberkaltenau <[[N|wehrfuehrung.oberkaltenau@gmx.de]]>:
> Hallo [[P|Ronald]],
>
> beim Scheunenbrand [[A|Hinter den Gärten 3]] in Oberkaltenau ist Kamerad [[P|Marko Stützer]] (geb. [[DOB|21.11.1978]]) gegen 15:40 Uhr beim Aufnehmen der Schläuche am nassen Hang gestürzt. Laut Notaufnahme Pößneck Kniescheibenbruch rechts, OP am Dienstag, voraussichtlich 8 Wochen arbeitsunfähig.
> Daten für die Unfallanzeige:
> [[A|Kirchweg 12]], [[A|07387 Orlaburg]]
> Krankenkasse: BARMER, Versichertennummer [[KV|{KV_029}]]
> Arbeitgeber: Stadtwerke, Lohnfortzahlung läuft
> Sein Auto ([[KFZ|SOK-MS 781]]) steht noch am Gerätehaus, das fahren wir ihm morgen heim.
> Telefon seiner Frau: [[T|0162 / 7 11 43 08]]
>
> Kameradschaftliche Grüße
> [[P|Torsten Bräutigam]]
> Wehrführer FF Oberkaltenau
""", ["HEALTH"])

# b17-030 -- library phone/desk notes: Amex number, reader card (neutral), child, professor
doc("word", "bibliothek", f"""
Stadtbibliothek Orlaburg – Telefon- und Thekennotizen KW 26

Mo 23.06., 10:05 – Anruf [[P|Hüseyin Öztürk]]: Mahnung für „Die Vermessung der Welt“ und zwei DVDs, Mahngebühr 7,50 €. Medien seien am 12.06. in den Rückgabekasten geworfen worden. Leseausweis [[N|0471 3382]]. Geprüft: Medien sind verbucht, Mahnung storniert, Rückruf erledigt.

Di 24.06., 14:30 – Frau [[P|Kerstin Jahn]] möchte für ihren Sohn [[P|Emil]] (9) einen Kinderausweis. Anmeldeformular mitgegeben, Unterschrift eines Elternteils nötig. E-Mail für Benachrichtigungen: [[E|kerstin.jahn78@gmx.de]].

Mi 25.06., 11:15 – Herr [[P|Giuseppe Lo Russo]] will Jahresgebühr (15 €) und Fernleihgebühren (4 × 1,50 €) per Kreditkarte zahlen und hat die Nummer am Telefon durchgegeben: [[CC|{amex_sp(CC_030)}]], gültig 08/26. Bitte so NICHT notieren – Kartenzahlung geht nur am Terminal an der Theke! Nummer nach Erledigung schwärzen. Er kommt Freitag vorbei.

Do 26.06., 16:40 – Lesung am 10.07.: Veranstaltungsnr. 25-LE-07, 18 Anmeldungen, Saal reicht. Herr [[P|Vogel]] vom Bauhof bringt die Lautsprecher.

Fr 27.06., 09:20 – Fernleihe für Prof. [[P|Dr. Henning Lamprecht]] ([[A|Am Schlossberg 4]], [[A|07386 Orlaburg]]) eingetroffen, Abholfrist bis 11.07.; Benachrichtigung per Post.

Notiert: [[P|D. Fink]]
""")


def main():
    out = []
    for i, (channel, template, marked, flags) in enumerate(DOCS, start=1):
        out.append(build(f"b17-{i:03d}", channel, template, marked, flags))
    assert len(out) == 30, len(out)
    with open(os.path.join(HERE, "fresh17.jsonl"), "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
