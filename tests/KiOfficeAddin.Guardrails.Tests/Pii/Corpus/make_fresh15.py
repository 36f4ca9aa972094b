"""Batch 15: a held-out set of 30 German administrative documents for the PII detector.

Setting: the invented town "Stadt Hohenwetter" (Wetteraukreis, Hesse; postcodes 61217/61219, switchboard
06036 9120-0). Written blind to the detector and to earlier batches. Marks and identifier generators come from the
Corpus folder (marks.build asserts every span); seed 1515151.
"""
import json
import os
import sys
from collections import Counter

CORPUS = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, CORPUS)
from identifiers import Identifiers, group, icao_check, luhn_check, mod11_10_check, mod97_iban  # noqa: E402
from marks import build  # noqa: E402

SEED = 1515151
ids = Identifiers(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh15.jsonl")


def rv(ddmmyy, letter, spaced=True):
    """Rentenversicherungsnummer, optionally in the printed 2-6-1-3 grouping."""
    s = ids.social_security(ddmmyy, letter)
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}" if spaced else s


def stid(spaced=True):
    s = ids.tax_id()
    return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}" if spaced else s


def steuernummer_hessen():
    # Hessian layout 0FF BBB UUUUP (Finanzamt Friedberg = 16); layout only, no check digit in domain.md.
    return f"016 {ids.digits(3)} {ids.digits(5)}"


def steuernummer_hessen_federal():
    # 13-digit federal form: 26 (Hesse) + FF + 0 + BBB + UUUUP.
    return "26160" + ids.digits(8)


# ---- identifiers, drawn in a fixed order from the seeded generator ----
I = {}
I["iban_001"] = group(ids.iban_de(), 4)
I["idc_002"] = ids.id_card()
I["tnr_006"] = steuernummer_hessen()
I["vat_006"] = ids.vat_id()
I["iban_006"] = ids.iban_de()
I["idc_007"] = ids.id_card(check_digit=True)
I["pass_007"] = "YA" + ids.digits(7)
I["ssn_008"] = rv("080748", "H")
I["kv_008"] = ids.health_insurance()
I["iban_008_de"] = group(ids.iban_de(), 4)
I["iban_008_at"] = group(ids.iban("AT", 16), 4)
I["idc_011"] = ids.id_card()
I["iban_011"] = group(ids.iban_de(), 4)
I["pass_012"] = "C" + ids.digits(7)
I["idc_012"] = ids.id_card(check_digit=True)
I["tid_015"] = stid()
I["ssn_015"] = rv("140294", "K", spaced=False)
I["kv_015"] = ids.health_insurance()
I["iban_015"] = group(ids.iban_de(), 4)
I["iban_019_de"] = group(ids.iban_de(), 4)
I["iban_019_pl"] = group(ids.iban("PL", 24), 4)
I["kv_020"] = ids.health_insurance()
I["ssn_020"] = rv("020375", "O")
cc = ids.credit_card("52", 16)
I["cc_021"] = cc[:4] + "-" + cc[4:8] + "-" + cc[8:12] + "-" + cc[12:]
I["tnr_023"] = steuernummer_hessen_federal()
I["tid_023_bare"] = stid(spaced=False)
I["pass_024"] = "B" + ids.digits(7)
I["idc_025"] = ids.id_card()
I["tnr_027"] = ids.tax_number_bavaria()
I["vat_027"] = ids.vat_id()
amex = ids.credit_card("37", 15)
I["cc_027"] = f"{amex[:4]} {amex[4:10]} {amex[10:]}"
I["iban_029"] = ids.iban_de()
I["pass_030"] = ids.passport(check_digit=True)
I["cc_030"] = group(ids.credit_card("4", 16), 4)
I["kv_005"] = ids.health_insurance()
I["idc_011b"] = ids.id_card(check_digit=True)

D = []  # (channel, template, marked text, flags)

# ---------------------------------------------------------------------------------------------------------------
D.append(("outlook", "wohngeld", f"""Betreff: Wohngeld – Weiterleistungsantrag, Ihr Zeichen [[AZ|WG-3.2-2025/0718]]

Sehr geehrte Frau [[P|Brandauer]],

vielen Dank für Ihr Schreiben vom 14. Oktober. Wie gewünscht reiche ich die fehlenden Angaben zum Weiterleistungsantrag nach:

Antragstellerin: [[P|Hatice Yılmaz-Demir]], geboren am [[DOB|17.03.1979]]
Anschrift: [[A|Am Hohen Rain 9]], [[A|61217 Hohenwetter]]
Weitere Haushaltsmitglieder: mein Sohn [[P|Emre]] (geb. [[DOB|02.11.2008]]) und meine Mutter, die seit Juni bei uns wohnt (Meldebescheinigung liegt bei)

Die Lohnabrechnungen Juli bis September liegen als PDF bei. Wegen Kurzarbeit ist mein Nettoeinkommen auf 1.842,17 EUR gesunken, die Bruttokaltmiete beträgt unverändert 690,00 EUR zuzüglich 145,00 EUR Heizkosten.
Das Wohngeld bitte weiterhin auf das Konto [[IBAN|{I["iban_001"]}]] bei der Sparkasse Oberhessen.

Für Rückfragen bin ich ab 15 Uhr unter [[T|0176 / 432 19 887]] erreichbar.

Mit freundlichen Grüßen
[[P|Hatice Yılmaz-Demir]]""", []))

# ---------------------------------------------------------------------------------------------------------------
D.append(("outlook", "buergerbuero", f"""Betreff: ausweis verloren

hallo,

ich hab am samstag beim stadtfest meinen personalausweis verloren, wahrscheinlich irgendwo zwischen marktplatz und festwiese. muss ich das bei ihnen melden oder bei der polizei? die nummer weiß ich noch weil ich ihn für die bank abfotografiert hab: [[IDC|{I["idc_002"]}]]
brauch ich für den neuen einen termin oder kann ich einfach vorbeikommen? ich arbeite schicht und kann eigentlich nur dienstags. die krankenkassenkarte war auch im geldbeutel, das klär ich aber selbst mit der kasse.

ich heiße [[P|oksana hrytsenko]] und wohne in der [[A|friedberger str. 240]], seit märz gemeldet. geburtsdatum [[DOB|4.9.1996]] falls sie das brauchen.

handy [[T|0157 3381 2094]]

danke
[[P|oksana]]""", []))

# ---------------------------------------------------------------------------------------------------------------
D.append(("word", "bauamt", f"""Stadt Hohenwetter · Der Magistrat · Fachbereich 4 Planen und Bauen
[[N|Marktplatz 1]] · [[N|61217 Hohenwetter]]

Architekturbüro [[P|Lindqvist]] & [[P|Amadi]]
Dipl.-Ing. [[P|Henrik Lindqvist]]
[[A|Zur Alten Ziegelei 4 b]]
[[A|61231 Bad Nauheim]]

Unser Zeichen: [[AZ|63-BA-0412/25]]
Auskunft: [[P|Ewa Szymańska]], Zimmer 2.14
Telefon: [[T|06036 9120-418]]
E-Mail: [[E|ewa.szymanska@hohenwetter.de]]
Datum: 22.10.2025

Bauantrag Neubau eines Zweifamilienhauses mit Doppelgarage
Baugrundstück: Gemarkung Riedhausen, Flur 3, Flurstück 87/2, [[A|Auf der Heide 22]]
Bauherrschaft: Eheleute [[P|Markus]] und [[P|Delia Stoican]]

Sehr geehrter Herr [[P|Lindqvist]],

die Prüfung der eingereichten Bauvorlagen hat ergeben, dass das Vorhaben im Geltungsbereich des Bebauungsplans Nr. 41 „Am Mühlgraben“ liegt. Die festgesetzte Grundflächenzahl von 0,4 wird mit 0,43 überschritten; die Doppelgarage liegt zudem teilweise außerhalb der südlichen Baugrenze. Eine Befreiung nach § 31 Abs. 2 BauGB kommt nach derzeitigem Stand nicht in Betracht, weil die Grundzüge der Planung berührt wären.

Wir bitten Sie, bis zum 21.11.2025 geänderte Pläne vorzulegen. Andernfalls müssen wir den Antrag nach § 70 HBO ablehnen. Die Bearbeitungsgebühr von 1.264,00 EUR nach Tarifstelle 2.1.3 der Verwaltungskostensatzung wird mit dem Bescheid festgesetzt.

Für eine Besprechung stehe ich Ihnen dienstags und donnerstags zur Verfügung; Termine vermittelt auch die Zentrale unter [[N|06036 9120-0]].

Mit freundlichen Grüßen
Im Auftrag

[[P|Szymańska]]""", []))

# ---------------------------------------------------------------------------------------------------------------
D.append(("outlook", "ordnungsamt", f"""Betreff: WG: Anhörung Verwarnungsgeld [[AZ|OWi 32.1-25-004417]]

Sehr geehrte Damen und Herren,

bezüglich des Anhörungsbogens zum oben genannten Aktenzeichen teile ich mit, dass nicht mein Mann als Halter, sondern ich das Fahrzeug [[KFZ|FB-LB 1207]] am 28.10.2025 gegen 8:10 Uhr in der Schulstraße geführt habe. Ich habe dort nur kurz gehalten, um unsere Tochter an der Grundschule abzusetzen, und bin nicht ausgestiegen. Ein Halten von unter drei Minuten ist nach meinem Verständnis kein Parken im Sinne von § 12 Abs. 2 StVO.

Meine Personalien: [[P|Svenja Brenner]], geb. [[P|Hofacker]], * [[DOB|21.06.1986]], [[A|Lange Gasse 5-7]], [[A|61219 Hohenwetter-Kaltenborn]].

Mit freundlichen Grüßen
[[P|Svenja Brenner]]

-----Ursprüngliche Nachricht-----
Von: [[P|Lukas Brenner]] <[[E|lukas.brenner84@web.de]]>
Gesendet: Montag, 3. November 2025 07:52
An: [[P|Brenner, Svenja]] <[[E|svenja.brenner@t-online.de]]>
Betreff: Anhörung Verwarnungsgeld

[[P|Svenja]], kannst du das bitte ans Ordnungsamt schicken, du bist ja gefahren. Hab den Bogen eingescannt, hängt dran. Frist ist der 14.11.""", []))

# ---------------------------------------------------------------------------------------------------------------
D.append(("word", "kita", f"""Aktenvermerk – Kita „Regenbogen“, Riedhausen
Elterngespräch am 05.11.2025, 14:30 Uhr

Anwesend: [[P|Friederike Olbrich]] (Kitaleitung), Gruppenleitung Füchse, Mutter [[P|Anastasia Wehrli]], Vater [[P|Kai-Uwe Wehrli]]

[[P|Mattis Wehrli]], geboren am [[DOB|9. Februar 2021]], hat seit August einen Diabetes mellitus Typ 1 und trägt eine Insulinpumpe mit Glukosesensor. Die Eltern bitten darum, dass die Fachkräfte nach einer Schulung durch das Diabetesteam der Kinderklinik die Werte über die App im Blick behalten und bei Werten unter 70 mg/dl Traubenzucker geben. Mittagessen wird weiterhin vom Caterer geliefert; die Kohlenhydratmengen schickt die Küche künftig vorab per Mail.

Versichert ist [[P|Mattis]] über die Mutter bei der AOK Hessen, Versichertennummer [[KV|{I["kv_005"]}]].
Notfallkontakt, falls die Eltern nicht erreichbar sind: Großmutter [[P|Ingrid Wehrli]], [[T|06031 / 7 12 34]].

Vereinbart:
1. Schulung des Teams am 18.11.2025 (Kita schließt an diesem Tag um 13 Uhr, Aushang folgt).
2. Medikamentenvereinbarung nach dem Muster des Trägers wird von beiden Eltern unterschrieben.
3. Nächstes Gespräch nach sechs Wochen.

gez. [[P|Olbrich]]""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
D.append(("outlook", "steueramt", f"""Betreff: Gewerbesteuer-Vorauszahlungen 2026 – Antrag auf Herabsetzung

Guten Tag Herr [[P|Amrani]],

wie heute Vormittag telefonisch besprochen bitte ich für meinen Betrieb um Herabsetzung der Gewerbesteuer-Vorauszahlungen. Der Gewerbeertrag 2025 wird wegen des Auftragsrückgangs voraussichtlich bei ca. 38.000 EUR liegen statt der angesetzten 71.500 EUR. Die BWA bis September und die Bestätigung meines Steuerbüros hänge ich an.

Kassenzeichen: [[AZ|6.0100.017733.2]]
Steuernummer: [[TNR|{I["tnr_006"]}]]
Betriebssitz: [[A|Wetterauer Weg 18]], [[A|61217 Hohenwetter]]

Die Abbuchung zum 15.11. bitte bis zur Entscheidung aussetzen bzw. nur den verminderten Betrag von [[IBAN|{I["iban_006"]}]] einziehen.

Mit freundlichen Grüßen
[[P|D. Kowalczyk]]

Malerbetrieb [[P|Kowalczyk]] · Inh. [[P|Dariusz Kowalczyk]] · Malermeister
Tel. mobil [[T|0160 / 93 44 21 08]]
[[VAT|{I["vat_006"]}]]""", []))

# ---------------------------------------------------------------------------------------------------------------
D.append(("word", "standesamt", f"""Standesamt Hohenwetter
Niederschrift über die Anmeldung der Eheschließung
Az.: [[AZ|StA 34.1-0219/25]]

Am 29.10.2025 erschienen persönlich vor der Standesbeamtin:

1. [[P|Tobias Hessenauer]], geboren am [[DOB|30.12.1990]] in Gießen, deutscher Staatsangehöriger, ausgewiesen durch Personalausweis Nr. [[IDC|{I["idc_007"]}]], wohnhaft [[A|Untergasse 31]], [[A|61217 Hohenwetter]], Religion: römisch-katholisch, ledig;

2. [[P|Chiara Bellandi]], geboren am [[DOB|11. April 1993]] in Lucca (Italien), italienische Staatsangehörige, ausgewiesen durch Reisepass Nr. [[PASS|{I["pass_007"]}]], wohnhaft ebenda, Religion: römisch-katholisch, ledig.

Die Verlobten beabsichtigen, die Ehe am Samstag, 14.02.2026, 11:00 Uhr im Trauzimmer des Alten Rathauses zu schließen; die kirchliche Trauung in St. Bonifatius folgt am selben Tag. Die Verlobte legte ein Ehefähigkeitszeugnis des Comune di Lucca vom 03.09.2025 mit Apostille vor; eine Befreiung nach § 1309 BGB ist daher nicht erforderlich.
Als Ehenamen wollen die Verlobten den Geburtsnamen des Mannes führen; die Verlobte möchte ihren Geburtsnamen als Begleitnamen voranstellen.
Trauzeugen sind nicht vorgesehen.
Gebühr: 90,00 EUR zuzüglich 40,00 EUR für die Trauung außerhalb der Öffnungszeiten, bar bezahlt.

Vorgelesen, genehmigt und unterschrieben.

[[P|Kübra Aydoğan]]
Standesbeamtin""", ["RELIGION"]))

# ---------------------------------------------------------------------------------------------------------------
D.append(("outlook", "sozialamt", f"""Betreff: Grundsicherung im Alter für meinen Vater – Unterlagen

Sehr geehrte Damen und Herren,

ich schreibe im Namen meines Vaters, Herrn [[P|Stanislav Horvat]] (geb. [[DOB|08.07.1948]]), [[A|Im Bruch 7]], [[A|61219 Hohenwetter]]. Seit seinem zweiten Schlaganfall im Frühjahr ist er rechtsseitig gelähmt und hat inzwischen Pflegegrad 3. Ein großer Teil seiner kleinen Rente geht für den Pflegedienst und die Medikamente weg, deshalb stellen wir den Antrag auf Grundsicherung.

Rentenversicherungsnummer: [[SSN|{I["ssn_008"]}]]
Krankenkasse: TK [[KV|{I["kv_008"]}]]
Konto meines Vaters: [[IBAN|{I["iban_008_de"]}]]

Ich lebe in Österreich und kann nur alle paar Wochen vor Ort sein; eine Vollmacht liegt bei. Post bitte an mich:
[[P|Marko Horvat]]
[[A|Hauptplatz 12]]
[[A|8010 Graz]]
Österreich

Falls Sie Auslagen (Kopien, Porto) erstatten, bitte an [[IBAN|{I["iban_008_at"]}]].

Mit freundlichen Grüßen
[[P|Marko Horvat]]
[[T|+43 664 2315 778]]""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
D.append(("word", "friedhof", f"""Stadt Hohenwetter – Friedhofsverwaltung
Vergabevermerk Grabstätte

Friedhof: Waldfriedhof Oberwetter, Grabfeld 12 (muslimisches Grabfeld)
Grabstätte: Reihe 4, Nr. 17, Reihengrab für Erdbestattung, sarglose Bestattung nach islamischem Ritus (§ 12 Abs. 3 Friedhofssatzung)

Verstorbener: [[P|Abdelkader Benali]], geb. [[DOB|12.06.1951]] in Oujda (Marokko), gest. 03.11.2025 in Hohenwetter
Letzte Anschrift: [[A|An den Weiden 13a]], [[A|61217 Hohenwetter]]
Nutzungsberechtigte: [[P|Yasmina Benali]] (Tochter), [[A|Ludwigstraße 88]], [[A|60327 Frankfurt am Main]], Tel. [[T|0049 171 2 45 66 19]]
Bestatter: Pietät [[P|Hinkel]], Friedberg

Die rituelle Waschung erfolgt am 05.11.2025 im Waschraum der Trauerhalle; die Beisetzung ist für den 06.11.2025, 11:00 Uhr, vorgesehen, das Totengebet spricht der Imam der Moscheegemeinde. Die Familie wünscht die Ausrichtung des Grabes nach Mekka, was im Grabfeld 12 gewährleistet ist.

Gebühren: Reihengrab 25 Jahre 1.480,00 EUR, Bestattung 620,00 EUR, Trauerhalle 180,00 EUR.
Rechnung Nr. 2025-FR-00931 an die Nutzungsberechtigte, Kassenzeichen [[AZ|7.5300.002918]].

Bearbeitet: [[P|Reinholz]], 04.11.2025""", ["RELIGION"]))

# ---------------------------------------------------------------------------------------------------------------
D.append(("outlook", "jobcenter", f"""Betreff: AW: Schullandheim und Nachhilfe – zuständig ist das Jobcenter

Sehr geehrter Herr [[P|Al-Khatib]],

vielen Dank für Ihre Nachricht. Da Ihre Familie Bürgergeld bezieht, ist für die Leistungen für Bildung und Teilhabe nicht das Sozialamt, sondern das Kommunale Jobcenter Wetteraukreis zuständig. Ich habe Ihre Mail mit Ihrem Einverständnis an das dortige Team ([[N|but@jobcenter-wetterau.de]]) weitergeleitet. Für die Klassenfahrt reicht die Bestätigung der Schule über die Kosten; für die Lernförderung braucht das Jobcenter eine kurze Stellungnahme der Klassenlehrerin.

Mit freundlichen Grüßen
[[P|Petra Lindemann-Öztürk]]
Stadt Hohenwetter – Sozialamt
Tel. [[T|06036 9120-527]]

Am 30.10.2025 um 21:13 schrieb [[P|Omar Al-Khatib]] <[[E|omar.alkhatib1979@gmail.com]]>:
> Sehr geehrte Damen und Herren,
> meine Tochter [[P|Lina]] fährt im Dezember mit der Klasse 2b ins Schullandheim, das kostet 185 Euro. Mein Sohn [[P|Yusuf]] braucht Nachhilfe in Deutsch, die Lehrerin sagt er schafft sonst die 5. Klasse nicht. Können Sie das bezahlen?
> Unsere BG-Nummer beim Jobcenter ist [[AZ|43502BG0012874]].
> Wir wohnen [[A|Kaltenborner Str. 3]], [[A|61219 Hohenwetter]].
> Telefon [[T|+49 (0) 1522 864 30 71]]
> Vielen Dank
> [[P|Omar Al-Khatib]]""", []))

# ---------------------------------------------------------------------------------------------------------------
D.append(("word", "kfz", f"""Kfz-Zulassung – Außenstelle Hohenwetter (im Auftrag des Wetteraukreises)
Vermerk zum Zulassungsvorgang [[AZ|Z-2025-11-0347]]

Halterin: [[P|Walentyna Sidorenko]], geb. [[DOB|27.01.1983]]
Ausweis: Personalausweis [[IDC|{I["idc_011"]}]], gültig bis 2031
Anschrift: [[A|Am Römerhof 1a]], [[A|61217 Hohenwetter]]

Fahrzeug: VW ID.3, FIN WVWZZZE1ZPP012345, Erstzulassung 03/2023
Kennzeichen bisher: [[KFZ|F-NT 2093]] (Umschreibung aus Frankfurt am Main)
Kennzeichen neu: Wunschkennzeichen [[KFZ|FB-WS 271E]], reserviert am 30.10.2025
eVB-Nummer: A7K3P9Q

Kfz-Steuer: SEPA-Lastschriftmandat für das Hauptzollamt Gießen; Kontoinhaber ist der Ehemann [[P|Ihor Sidorenko]], Personalausweis [[IDC|{I["idc_011b"]}]], IBAN [[IBAN|{I["iban_011"]}]]. Das Mandat wurde vor Ort von ihm unterschrieben.

Gebühren 38,70 EUR zuzüglich 12,80 EUR Wunschkennzeichen, per EC-Karte bezahlt, Beleg-Nr. 8841.
Bemerkung: Die Halterin spricht wenig Deutsch, der Ehemann hat übersetzt. Rückfragen zur Stilllegung des alten Kennzeichens unter [[T|0176-55 20 14 93]].

[[P|Gerlach]], 04.11.2025""", []))

# ---------------------------------------------------------------------------------------------------------------
D.append(("outlook", "auslaenderbehoerde", f"""Betreff: Verpflichtungserklärung für den Besuch meiner Mutter aus Vietnam

Sehr geehrte Damen und Herren,

meine Mutter möchte uns im Frühjahr für drei Monate besuchen; für das Schengen-Visum braucht die Botschaft in Hanoi eine Verpflichtungserklärung von mir. Die Daten meiner Mutter:

Name: [[P|Trần Thị Mai]]
Geburtsdatum: [[DOB|05.08.1961]]
Reisepass: [[PASS|{I["pass_012"]}]], gültig bis 2030
Anschrift: [[A|27 Lê Lợi]], [[A|Phường 1, Đà Lạt]], Vietnam

Ich selbst: [[P|Linh Trần-Bachmann]], deutsche Staatsangehörige, Personalausweis [[IDC|{I["idc_012"]}]], wohnhaft [[A|Hinter der Kirche 2]], [[A|61219 Hohenwetter]]. Gehaltsabrechnungen und Mietvertrag bringe ich mit, mein Mann würde als Mitverdiener ebenfalls unterschreiben.

Über [[N|auslaenderbehoerde@hohenwetter.de]] habe ich seit drei Wochen keine Antwort, deshalb schreibe ich nun an das Bürgerbüro. Gibt es einen Termin im Dezember?

Viele Grüße
[[P|Linh Trần-Bachmann]]
[[T|0151 2209 4478]]
[[E|linh.tran-bachmann@gmx.de]]""", []))

# ---------------------------------------------------------------------------------------------------------------
D.append(("outlook", "beschwerde", f"""Betreff: lärm und müll [[A|bahnhofstraße 14]]

guten tag,

ich wohne seit 11 jahren in der [[A|bahnhofstraße 14]] und so geht es nicht mehr weiter. seit im sommer die neuen im 2. stock eingezogen sind (familie [[P|bogdan]], sind wohl roma aus rumänien sagt der hausmeister) wird fast jeden abend bis nach mitternacht im hof gegrillt und laut musik gehört, die sperrmüllsachen stehen seit wochen neben den tonnen und jetzt kommen die ratten.
der vermieter (hausverwaltung [[P|kreuzer]], [[T|06032 4 55 61]]) reagiert nicht auf meine briefe. ich hab auch schon mit herrn [[P|alimović]] aus dem erdgeschoss gesprochen, dem geht es genauso, er würde das auch bestätigen.

kann das ordnungsamt da mal abends vorbeikommen? am wochenende ist es am schlimmsten. man erreicht mich unter [[T|0170 8841320]], bitte nicht vor 10 uhr.

[[P|g. wiesenthal]]""", ["ETHNICITY"]))

# ---------------------------------------------------------------------------------------------------------------
D.append(("word", "ratsanfrage", f"""Stadt Hohenwetter – Der Magistrat
Büro der Stadtverordnetenversammlung

Frau Stadtverordnete
[[P|Dr. Miriam Okonkwo-Reuter]]
Fraktion BÜNDNIS 90/DIE GRÜNEN
[[A|Zum Sauerborn 6]]
[[A|61217 Hohenwetter]]

Hohenwetter, 10.11.2025

Anfrage Nr. 27/2025 vom 18.09.2025 – Sanierung der Kaltenborner Straße (Drucksache VII/214)

Sehr geehrte Frau Dr. [[P|Okonkwo-Reuter]],

Ihre Anfrage beantwortet der Magistrat wie folgt:

1. Die Gesamtkosten sind mit 2,3 Mio. EUR veranschlagt, davon sind 840.000 EUR Fördermittel nach dem Hessischen Mobilitätsfördergesetz bewilligt (Bescheid vom 04.07.2025).
2. Straßenbeiträge werden seit der Aufhebung der Straßenbeitragssatzung zum 01.01.2021 nicht mehr erhoben; auf die Anlieger kommen keine Kosten zu.
3. Die Bauzeit ist von März bis Oktober 2026 geplant. Eine Vollsperrung wird nur im zweiten Bauabschnitt zwischen Haus Nr. 12 und Nr. 40 notwendig sein, voraussichtlich sechs Wochen.
4. Die Anlieger wurden mit Schreiben vom 12.08.2025 informiert; eine Bürgerversammlung findet am 04.12.2025 um 19 Uhr im Bürgerhaus Kaltenborn statt.

Die Antwort wird gemäß § 50 Abs. 2 HGO allen Fraktionen zur Kenntnis gegeben und in der Sitzung am 11.12.2025 unter TOP 3 aufgerufen.

Mit freundlichen Grüßen

[[P|Jürgen Paulick]]
Bürgermeister""", ["POLITICS"]))

# ---------------------------------------------------------------------------------------------------------------
D.append(("outlook", "personalamt", f"""Betreff: Einstellung zum 01.12. – Angaben für den Personalfragebogen

Hallo Frau [[P|Demirci]],

anbei wie besprochen meine Angaben für den Personalfragebogen, die Originale bringe ich am ersten Arbeitstag mit.

Steuer-ID: [[TID|{I["tid_015"]}]], Steuerklasse I, keine Kinderfreibeträge
Sozialversicherungsnummer: [[SSN|{I["ssn_015"]}]]
Krankenkasse: BARMER, Versichertennummer [[KV|{I["kv_015"]}]]
Bankverbindung: [[IBAN|{I["iban_015"]}]] (Volksbank Mittelhessen)
Geburtsdatum: [[DOB|14.2.1994]], Geburtsort Recklinghausen

Noch eine Frage: Ich bin Mitglied bei ver.di und hatte bei meinem alten Arbeitgeber den Beitrag direkt über die Gehaltsabrechnung laufen. Geht das bei der Stadt auch, oder muss ich das selbst mit der Gewerkschaft regeln?

Viele Grüße und bis zum 1.
[[P|Jana-Marie Kuschnerow]]
[[A|Sandweg 44]]
[[A|63667 Nidda]]
[[T|0162 7 30 41 58]]""", ["UNION"]))

# ---------------------------------------------------------------------------------------------------------------
D.append(("word", "protokoll", f"""Niederschrift über die 12. Sitzung des Ortsbeirats Riedhausen
am Dienstag, 21.10.2025, 19:30 Uhr, Dorfgemeinschaftshaus, [[N|Kirchgasse 3]]

Anwesend: Ortsvorsteher [[P|Klaus-Dieter Bender]], [[P|Serpil Acar]], [[P|Agnieszka Wolny]]; von der Verwaltung [[P|Lea Grünewald]] (Schriftführung)
Entschuldigt: zwei Mitglieder

TOP 1 – Genehmigung der Niederschrift vom 16.09.2025: einstimmig genehmigt.

TOP 2 – Bürgerfragestunde
– [[P|Ilse Marquardt]] ([[A|Wiesenweg 8]]) fragt nach dem Stand der Sanierung des Glockenturms der evangelischen Kirche; die Kirchengemeinde habe Mittel aus dem Denkmalschutzprogramm beantragt. Herr [[P|Bender]] sagt zu, beim Magistrat nachzufragen, ob die Stadt den Eigenanteil bezuschussen kann.
– [[P|Tarik Mansour]] beklagt Raserei in der Hauptstraße zwischen Bäckerei und Friedhof und übergibt eine Liste mit 37 Unterschriften von Anwohnern. Vorschlag: Geschwindigkeitsanzeigetafel.

TOP 3 – Ortsbeiratsbudget 2026: 4.500 EUR; Zuschuss an den Kerbeverein 800 EUR. Abstimmung: 2 Ja, 1 Enthaltung.

TOP 4 – Bebauungsplan Nr. 57 „Hinter den Gärten“, Stellungnahme zum Entwurf: Der Ortsbeirat bittet um Erhalt der Streuobstwiese auf den Flurstücken 112 bis 118. Einstimmig.

TOP 5 – Verschiedenes
– Zur Bürgermeisterwahl im März dürfen Parteien und Wählergruppen nach der Plakatierungssatzung ab sechs Wochen vor dem Wahltag plakatieren; Standorte am Dorfplatz sind begrenzt.
– Weihnachtsmarkt am 06.12.2025 auf dem Kirchplatz, Aufbau ab 10 Uhr; Ansprechpartnerin ist Frau [[P|Acar]] ([[T|0172 630 47 15]]).

Ende der Sitzung: 21:05 Uhr

[[P|Bender]], Ortsvorsteher          [[P|Grünewald]], Schriftführerin""", []))

# ---------------------------------------------------------------------------------------------------------------
D.append(("outlook", "strassenschaden", f"""Betreff: Loch im Gehweg + Laterne

Hi zusammen,

vor dem Haus [[A|Zur Feldmühle 12]] ist seit dem Starkregen letzte Woche ein richtig tiefes Loch im Gehweg, bestimmt 40 cm. Mein Nachbar [[P|Jupp]] ist gestern Abend mit dem Fahrrad fast reingerauscht. Foto hängt an. Und die Laterne gegenüber vom Spielplatz am Mühlbach flackert seit Tagen nur noch.

Könnt ihr das bitte absperren, bevor sich jemand verletzt?

LG [[P|Marek]]

--
[[P|Marek Zieliński]]
[[T|0179/6624013]]
Von meinem iPhone gesendet""", []))

# ---------------------------------------------------------------------------------------------------------------
D.append(("word", "liste", f"""Stadtbad Hohenwetter – Teilnehmerliste Seepferdchen-Kurs 25/4 (Kursnummer 2025-SW-044)
Beginn: Samstag, 08.11.2025, 9:00 Uhr, 8 Termine, Kursgebühr 65,00 EUR
Kursleitung: [[P|Sanja Milošević]]

Nr. | Name, Vorname | geb. | Erziehungsberechtigte/r | Telefon | Hinweise
1 | [[P|Kowalski, Mila]] | [[DOB|17.01.2019]] | [[P|Anna Kowalski]] | [[T|0152 0337 8810]] | Asthma, Notfallspray in der Badetasche
2 | [[P|Adeyemi, Tobi]] | [[DOB|30.09.2018]] | [[P|Funmilayo Adeyemi]] | [[T|0176 4402 9937]] | wird von der Tante abgeholt
3 | [[P|Nguyen, Bao An]] | [[DOB|04.03.2019]] | [[P|Nguyen Van Tuan]] | [[T|0157 8822 1460]] | –

Zahlungseingang: 2 von 3; bei Familie [[P|Adeyemi]] ist die Rechnung RE-25-11873 noch offen (Erinnerung am 15.11.).
Drei Plätze wurden kurzfristig abgesagt und werden aus der Warteliste (9 Kinder) nachbesetzt. Nächster Kurs ab 10.01.2026.""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
D.append(("outlook", "kita", f"""Betreff: Kitagebühren / Lastschrift zurück

dzień dobry, guten tag,

ich bin der papa von [[P|Zofia Nowicka]] (Kita Sonnenblume, Gruppe Marienkäfer). die lastschrift für oktober ist zurückgegangen, weil wir die bank gewechselt haben, sorry. neues konto: [[IBAN|{I["iban_019_de"]}]], kontoinhaber [[P|Paweł Nowicki]]. bitte oktober und november zusammen abbuchen, Kundennummer ist [[AZ|51-20417]].
oder soll ich lieber von meinem polnischen konto [[IBAN|{I["iban_019_pl"]}]] überweisen?

und noch eine frage: wegen dem ver.di-streik war die kita drei tage zu, gibt es dafür geld zurück?

ende november sind wir zwei wochen bei der oma in polen ([[A|ul. Długa 14/3]], [[A|80-827 Gdańsk]]), wenn post kommt bitte lieber per mail. erreichbar bin ich über mein polnisches handy [[T|+48 601 238 517]].

pozdrawiam
[[P|Paweł]]""", []))

# ---------------------------------------------------------------------------------------------------------------
D.append(("word", "sozialamt", f"""Stadt Hohenwetter – Sozialamt, Eingliederungshilfe
Aktenvermerk Hausbesuch
Az.: [[AZ|50.3-EGH-0877/24]]
Datum: 30.10.2025, 10:00–11:15 Uhr
Teilnehmende: [[P|Rüdiger Plaschke]] (Sozialamt), [[P|Nadja Lehmann-Rudić]] (gesetzliche Betreuerin, Betreuungsverein Wetterau)

Leistungsberechtigter: [[P|Sven Obermüller]], geb. am [[DOB|2. März 1975]]
Anschrift: [[A|Am Mühlgraben 3]], [[A|61219 Hohenwetter-Oberwetter]]

Herr [[P|Obermüller]] ist an Chorea Huntington erkrankt; die Diagnose wurde 2019 durch eine molekulargenetische Untersuchung am Universitätsklinikum Gießen bestätigt. Auch bei seiner Schwester [[P|Carola]] wurde die Genmutation nachgewiesen, sie lebt inzwischen in einer Pflegeeinrichtung in Butzbach.
Seit dem letzten Besuch haben die Bewegungsstörungen deutlich zugenommen; er stürzt mehrmals pro Woche und kann die Wohnung kaum noch allein verlassen. Beantragt sind Assistenzleistungen im Umfang von 20 Stunden/Woche sowie ein Zuschuss zum Umbau des Bades (Kostenvoranschlag 14.860,00 EUR).

Krankenkasse: DAK-Gesundheit, Versichertennummer [[KV|{I["kv_020"]}]]
Rentenversicherungsnummer (Erwerbsminderungsrente): [[SSN|{I["ssn_020"]}]]

Weiteres Vorgehen: Gesamtplankonferenz am 20.11.2025; die Betreuerin ist erreichbar unter [[T|06031 68 29 40]] bzw. [[E|n.lehmann-rudic@btv-wetterau.de]].

[[P|Plaschke]]""", ["HEALTH", "GENETIC"]))

# ---------------------------------------------------------------------------------------------------------------
D.append(("outlook", "buergerbuero", f"""Betreff: Reisepässe für die Kinder – Fingerabdrücke und Passbild

Sehr geehrtes Team des Bürgerbüros,

wir fliegen im Februar in die USA und brauchen für unsere Kinder [[P|Ella]] (9) und [[P|Noah]] (4) richtige Reisepässe, weil der Kinderreisepass dort ohne Visum nicht reicht. Zwei Fragen vorab:
1. Werden bei Kindern unter sechs Jahren auch schon Fingerabdrücke genommen?
2. Muss das biometrische Passbild vom Fotografen sein, oder können wir den Fotoautomaten bei Ihnen im Foyer nutzen?

Wir hätten gern einen gemeinsamen Termin an einem Nachmittag. Beide Kinder sind bei uns gemeldet ([[A|Im Vogelsang 19]]). Die Gebühren können Sie gern vorab von meiner Mastercard [[CC|{I["cc_021"]}]] abbuchen, falls das geht, sonst zahlen wir vor Ort.

Danke und viele Grüße
[[P|Carolin Aßmann-Keller]]
[[T|+49 (0) 6036 98 12 77]]""", []))

# ---------------------------------------------------------------------------------------------------------------
D.append(("word", "vermerk-it", f"""Fachbereich 1 – Zentrale Dienste / IT
Vermerk: Fingerabdruck-Zutritt Serverraum (Altbau, UG)

Für folgende Beschäftigte wurden am 27.10.2025 Fingerabdruck-Templates (jeweils zwei Finger) im Zutrittsleser des Serverraums hinterlegt:

– [[P|Ahmadi, Farid]], Personalnr. [[N|100482]], Dienstausweis [[N|DA-0317]]
– [[P|Wagner-Schmitt, Benedikt]], Personalnr. [[N|100611]], Dienstausweis [[N|DA-0422]]
– [[P|Kostova, Ralitsa]], Personalnr. [[N|100733]] – Erfassung abgebrochen, Abdruck nicht auswertbar; Zugang weiterhin über Karte und PIN.

Die Einwilligungen nach § 23 HDSIG liegen schriftlich vor und sind zur Personalakte genommen. Die Templates werden ausschließlich lokal im Leser gespeichert und beim Ausscheiden oder Widerruf gelöscht. Der Personalrat wurde am 20.10.2025 beteiligt.

Rückfragen: [[P|Jannik Vorländer]], IT-Sicherheit, [[T|06036 9120-160]], [[E|j.vorlaender@hohenwetter.de]]""", ["BIOMETRIC"]))

# ---------------------------------------------------------------------------------------------------------------
D.append(("outlook", "grundsteuer", f"""Betreff: WG: Grundsteuerbescheid 2025 – Änderung nach neuem Messbescheid

Sehr geehrte Damen und Herren,

anbei leite ich Ihnen die Nachricht meiner Steuerberaterin weiter. Bitte antworten Sie direkt an sie, sie hat Vollmacht.

Freundliche Grüße
[[P|Heinz-Georg Rauschenberger]]

Am 11.11.2025 um 16:42 schrieb [[P|Cornelia Feldmann-Yıldırım]] <[[E|c.feldmann@stb-feldmann.de]]>:

Sehr geehrter Herr [[P|Rauschenberger]],

der Grundsteuerbescheid der Stadt Hohenwetter (Kassenzeichen [[AZ|1.0200.044815.9]]) beruht noch auf dem alten Grundsteuermessbetrag. Das Finanzamt Friedberg hat den Messbescheid am 28.10.2025 geändert (Steuernummer [[TNR|{I["tnr_023"]}]]); der Messbetrag sinkt von 148,20 EUR auf 96,75 EUR. Die Stadt muss den Grundsteuerbescheid daher nach § 175 Abs. 1 Nr. 1 AO anpassen.
Objekt: [[A|Friedhofsweg 11]], Gemarkung Hohenwetter, Flur 9, Flurstück 233/4.

Anlagen: Messbescheid_2025-10-28.pdf, Vollmacht_Rauschenberger_[[TID|{I["tid_023_bare"]}]].pdf

Mit freundlichen Grüßen
[[P|Cornelia Feldmann-Yıldırım]]
Steuerberaterin
Kanzlei [[P|Feldmann]] · [[A|Kaiserstraße 42]] · [[A|61169 Friedberg]]
Tel. [[T|06031 918 80-12]]""", []))

# ---------------------------------------------------------------------------------------------------------------
D.append(("word", "auslaenderbehoerde", f"""Ausländerbehörde Hohenwetter
Gesprächsvermerk
Az.: [[AZ|33.2-AUF-1193/25]]

Vorsprache am 06.11.2025 von Herrn [[P|Emmanuel Ssempala]], ugandischer Staatsangehöriger, * [[DOB|19.04.1992]] in Kampala, Reisepass Nr. [[PASS|{I["pass_024"]}]], gültig bis 2029.
Anschrift: Gemeinschaftsunterkunft [[A|Industriestraße 9]], [[N|Zimmer 14]], [[A|61217 Hohenwetter]]

Herr [[P|Ssempala]] legte den Bescheid des BAMF vom 15.09.2025 vor (Zuerkennung der Flüchtlingseigenschaft nach § 3 AsylG). Nach seinen Angaben wurde er in Uganda wegen seiner Homosexualität verfolgt und zweimal inhaftiert; sein Partner [[P|Daniel Okello]] lebt weiterhin in Kampala, ein Familiennachzug ist mangels Ehe derzeit nicht möglich.

Beantragt: Aufenthaltserlaubnis nach § 25 Abs. 2 AufenthG und Reiseausweis für Flüchtlinge.
Es fehlen: biometrisches Lichtbild, Meldebescheinigung, Nachweis Krankenversicherung.
Kontakt läuft über die Migrationsberatung der Diakonie, Frau [[P|Frauke Wendland-Asante]], [[T|06031 / 8 77 24-31]].
Nächster Termin: 20.11.2025, 9:30 Uhr.

[[P|Hoxha]]""", ["SEXUAL_ORIENTATION"]))

# ---------------------------------------------------------------------------------------------------------------
D.append(("outlook", "obdach", f"""Betreff: Dringend: Unterbringung Herr van der Kolk

Sehr geehrte Frau [[P|Hadžić]],

wie eben telefonisch angekündigt: Herr [[P|Pieter van der Kolk]] (geb. [[DOB|1.10.1969]]) hat heute durch die Zwangsräumung seine Wohnung in der [[A|Friedberger Straße 102]] verloren und steht ohne Unterkunft da. Er ist alkoholabhängig und hat nach einem Krampfanfall im September eine Entgiftung gemacht; eine Entwöhnungsbehandlung ist beantragt, aber noch nicht bewilligt. Eine Unterbringung in der Notunterkunft wäre aus unserer Sicht nur übergangsweise vertretbar.

Sein Personalausweis (Nr. [[IDC|{I["idc_025"]}]]) ist im August abgelaufen; ein vorläufiger Ausweis wäre für den Bürgergeldantrag wichtig.
Post kann vorerst an seine Schwester gehen: c/o [[P|Monika Achterberg]], [[A|Am Eichwald 5]], [[A|61231 Bad Nauheim]].

Mit freundlichen Grüßen
[[P|Benedikt Amrhein]]
Sozialarbeiter, Fachberatung Wohnungsnotfallhilfe
Caritasverband Wetterau e.V.
[[T|06031 7281-44]] | mobil [[T|0160 97 31 55 20]]
[[E|benedikt.amrhein@caritas-wetterau.de]]""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
D.append(("word", "ordnungsamt", f"""Ordnungsamt – Verkehrsüberwachung
Sammelvermerk Halterauskünfte, Messstelle Hauptstraße (Tempo 30), 29.10.2025, 7:00–9:00 Uhr
Messgerät PoliScan, Messprotokoll 25-1029-02, Toleranz 3 km/h

lfd. | Kennzeichen | Halter | Anschrift | gemessen/vorwerfbar | Az.
1 | [[KFZ|FB-AZ 318]] | [[P|Reinhard Kühl]] | [[A|Lindenweg 4]], [[A|61217 Hohenwetter]] | 47/44 km/h | [[AZ|OWi 32.2-25-011803]]
2 | [[KFZ|BÜD-C 57]] | [[P|Ayşe Karataş]] | [[A|Am Wäldchen 12]], [[A|63654 Büdingen]] | 52/49 km/h | [[AZ|OWi 32.2-25-011804]]
3 | [[KFZ|F-EK 4410]] | Schnellkurier Rhein-Main GmbH | [[N|Hanauer Landstraße 300]], [[N|60314 Frankfurt am Main]] | 41/38 km/h | [[AZ|OWi 32.2-25-011805]]
4 | [[KFZ|GI-HV 77]] | [[P|Dr. Hans-Jürgen von Arnim]] | [[A|Schloßgasse 2]], [[A|35423 Lich]] | 44/41 km/h | [[AZ|OWi 32.2-25-011806]]

Bei Nr. 3 wird der Fahrer über das Unternehmen ermittelt (Zeugenfragebogen). Verwarnungsgeld nach BKat: 30 EUR (Nr. 3), 50 EUR (Nr. 1 und 4); bei Nr. 2 Bußgeldverfahren, Regelsatz 70 EUR.
Sachbearbeitung: [[P|T. Herrmann]], 03.11.2025""", []))

# ---------------------------------------------------------------------------------------------------------------
D.append(("outlook", "sondernutzung", f"""Betreff: Antrag Außengastronomie 2026 – Trattoria La Pergola

Buongiorno,

für unser Restaurant in der [[A|Marktgasse 7]] beantrage ich wie im letzten Jahr die Sondernutzungserlaubnis für die Außenbestuhlung, diesmal 6 Tische statt 4 (ca. 18 m² statt 12 m²), Zeitraum 01.04.–31.10.2026. Der Durchgang zum Marktbrunnen bleibt frei, ein Lageplan ist angehängt.

Betreiber: [[P|Giuseppe Di Stefano]], Einzelunternehmer
Steuernummer: [[TNR|{I["tnr_027"]}]] (noch die alte vom Finanzamt München, die neue aus Friedberg ist beantragt)
USt-IdNr.: [[VAT|{I["vat_027"]}]]

Letztes Jahr gab es Ärger mit der Gebührenrechnung Nr. 2025/SNE/0142, die an meine alte Adresse [[A|Leopoldstraße 131]], [[A|80804 München]] ging und deshalb zu spät bezahlt wurde. Diesmal bitte direkt an das Restaurant. Oder Sie buchen die Gebühr von meiner Kreditkarte ab: American Express [[CC|{I["cc_027"]}]], gültig bis 09/27.

Meine Frau [[P|Rosaria]] ist im Restaurant erreichbar unter [[T|06036 4 18 90]], ich bin bis 20.11. in Italien unter [[T|+39 347 552 0198]].

Grazie e cordiali saluti
[[P|Giuseppe Di Stefano]]""", []))

# ---------------------------------------------------------------------------------------------------------------
D.append(("word", "buergerbuero", f"""Stadt Hohenwetter · Bürgerbüro · [[N|Marktplatz 1]] · [[N|61217 Hohenwetter]]

Frau
[[P|Elif Şahin]]
c/o [[P|Derya Koç]]
[[A|Pestalozzistraße 23]]
[[A|61231 Bad Nauheim]]

Az.: [[AZ|32-MR-AS 0091/25]]
Hohenwetter, 07.11.2025

Eintragung einer Auskunftssperre nach § 51 Bundesmeldegesetz

Sehr geehrte Frau [[P|Şahin]],

auf Ihren Antrag vom 24.10.2025 haben wir für Sie und Ihre Tochter [[P|Melek]] (geb. [[DOB|15.05.2016]]) eine Auskunftssperre im Melderegister eingetragen. Sie gilt zunächst bis zum 06.11.2027 und kann auf Antrag verlängert werden. Ihre Anschrift wird Dritten, auch Ihrem früheren Ehemann Herrn [[P|Cem Şahin]], nicht mitgeteilt; Anfragen werden Ihnen vor einer Entscheidung zur Stellungnahme vorgelegt.

Als Zustellanschrift haben wir wie gewünscht vermerkt:
[[A|Postfach 10 04 61]]
[[A|61194 Niddatal]]

Bitte teilen Sie uns eine Änderung dieser Anschrift umgehend mit. Die Eintragung ist gebührenfrei.

Für Rückfragen erreichen Sie mich unter [[T|06036 9120-231]]; allgemeine Anfragen bitte an [[N|buergerbuero@hohenwetter.de]].

Mit freundlichen Grüßen
Im Auftrag

[[P|Weißenborn]]""", []))

# ---------------------------------------------------------------------------------------------------------------
D.append(("outlook", "hundesteuer", f"""Betreff: WG: Abmeldung Hund

Hallo [[P|Swetlana]],

kannst du das bitte übernehmen? Der Hund ist verstorben, Abmeldung zum 31.10., Erstattung anteilig für Nov./Dez. Die Steuermarke kam per Post, liegt bei mir im Fach.

Gruß
[[P|Mehmet]]

[[P|Mehmet Yıldız]]
Stadt Hohenwetter | Fachdienst Steuern und Abgaben
Telefon [[T|06036 9120-342]]
[[E|mehmet.yildiz@hohenwetter.de]]

Von: [[P|Gisela Trautmann-Ohl]] <[[E|gtrautmannohl@t-online.de]]>
Gesendet: Mittwoch, 5. November 2025 18:03
An: Steueramt <[[N|steuern@hohenwetter.de]]>
Betreff: Abmeldung Hund

Sehr geehrte Damen und Herren,

unser Dackel Fritz musste am 28. Oktober eingeschläfert werden. Bitte melden Sie ihn zur Hundesteuer ab (Kassenzeichen laut Bescheid [[AZ|2.0300.118204]]). Die Hundemarke Nr. 0347 habe ich Ihnen mit der Post geschickt. Den zu viel gezahlten Betrag bitte auf unser Konto [[IBAN|{I["iban_029"]}]] (läuft auf meinen Mann).

Mit freundlichen Grüßen
[[P|Gisela Trautmann-Ohl]]
[[A|Am Hang 6]]
[[A|61219 Hohenwetter]]
Tel. [[T|(06036) 52 19]]""", []))

# ---------------------------------------------------------------------------------------------------------------
D.append(("word", "formular", f"""Antrag auf Ausstellung des Hohenwetter-Familienpasses 2026
(bitte in Druckbuchstaben ausfüllen)

1. Antragsteller/in
Name, Vorname: [[P|Mbeki-Schulte, Naledi]]
Geburtsdatum: [[DOB|23 06 1988]]
Straße, Hausnummer: [[A|Auf dem Kirschberg 17 c]]
PLZ, Ort: [[A|61217 Hohenwetter]]
Telefon: [[T|0 60 36 - 55 81 02]]
E-Mail: [[E|naledi.mbeki-schulte@posteo.de]]
Identitätsnachweis: Reisepass Nr. [[PASS|{I["pass_030"]}]] (vorgelegt)

2. Ehe-/Lebenspartner/in im Haushalt
Name, Vorname: [[P|Schulte, Hendrik]]
Geburtsdatum: [[DOB|02 11 1985]]

3. Kinder unter 18 Jahren im Haushalt
a) [[P|Thabo]], geb. [[DOB|12.04.2014]]
b) [[P|Amara]], geb. [[DOB|30.08.2017]]

4. Ermäßigungsstufe B (Einkommensnachweis): Wohngeldbescheid vom 02.06.2025 liegt bei.

5. Gebühr 5,00 EUR – Zahlungsart: ☐ bar  ☒ Kreditkarte, Visa [[CC|{I["cc_030"]}]]

Hohenwetter, 03.11.2025      Unterschrift: [[P|N. Mbeki-Schulte]]

– vom Bürgerbüro auszufüllen –
Familienpass Nr. [[N|FP-2026-0418]], ausgegeben am 05.11.2025, Bearbeitung: [[P|Koslowski]]""", []))


def main():
    assert len(D) == 30, len(D)
    docs = [build(f"b15-{i:03d}", ch, tpl, text, flags) for i, (ch, tpl, text, flags) in enumerate(D, 1)]
    with open(OUT, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    # Re-read and verify.
    back = [json.loads(line) for line in open(OUT, encoding="utf-8")]
    assert len({d["id"] for d in back}) == len(back) == 30
    for d in back:
        for e in d["entities"] + d["neutral"]:
            assert d["text"][e["start"]:e["end"]] == e["text"]
    cats = Counter(e["category"] for d in back for e in d["entities"])
    flags = Counter(f for d in back for f in d["specialCategories"])
    chans = Counter(d["channel"] for d in back)
    print(f"{len(back)} documents, {sum(cats.values())} entities, "
          f"{sum(len(d['neutral']) for d in back)} neutral spans; channels {dict(chans)}")
    for c, n in cats.most_common():
        print(f"  {c:18s} {n}")
    print("special categories:", dict(flags))
    return back


if __name__ == "__main__":
    main()
