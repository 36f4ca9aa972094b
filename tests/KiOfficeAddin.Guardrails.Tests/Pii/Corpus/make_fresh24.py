"""batch24: 30 held-out German documents from the mailbox of an invented Universitätsstadt in Baden-Württemberg
(Universitätsstadt Ebersfeld am Neckar, Stadtkreis; Rathaus Marktplatz 1, 72081 Ebersfeld; switchboard 07073 204-0).

Written blind (without looking at the detector, its benchmarks or earlier batches). Marks as in marks.py:
[[P|..]] PERSON, [[A|..]] ADDRESS, [[N|..]] neutral, etc. Every identifier with a check digit comes from
identifiers.py (seed 2424242).
"""
import json
import os
import sys
from collections import Counter

sys.dont_write_bytecode = True
CORPUS = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, CORPUS)
from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban, luhn_check, icao_check  # noqa: E402,F401

HERE = os.path.dirname(os.path.abspath(__file__))
ids = Identifiers(2424242)

# The city's own account (neutral everywhere it appears).
CITY_IBAN = group(ids.iban_de(), 4)

docs = []


def add(channel, template, marked, flags=()):
    docs.append((channel, template, marked, list(flags)))


# ---------------------------------------------------------------------------------------------------------------
# b24-001 outlook: Chinese master student, Anmeldung, English/German mix, dorm address with room number
pass_cn = "E" + ids.digits(8)
add("outlook", "buergeramt_anmeldung_student", f"""Betreff: Anmeldung / registration of residence - no Termin available??

Hello / Guten Tag,

my name is [[P|Wang Zihan]], I am a new Master student (Data Science) at Universität Ebersfeld. I moved into the student dorm on 1 October and my buddy told me I have to do the Anmeldung within two weeks, but the online booking shows no free Termin until 18 November. Is this a problem? Will I have to pay a fine? Ich spreche ein bisschen Deutsch, aber nicht so gut, sorry.

My new adress is:
Studierendenwohnheim Sonnenhalde, [[A|Auf der Weide 12]], [[N|Zimmer 214]]
[[A|72084 Ebersfeld]]

Date of birth: [[DOB|14/03/2003]]
Passport no. [[PASS|{pass_cn}]] (People's Republic of China)
Matrikelnummer: [[N|4418807]]

The Wohnungsgeberbestätigung from the Studierendenwerk is attached (PDF, 2 pages). Do I need to bring my admission letter as well? My Chinese SIM does not work well here, please call me on my German number [[T|0157 3481 2296]] or WeChat/WhatsApp [[T|+86 138 2760 4415]].

Thank you very much!
Best regards / Viele Grüße
[[P|Zihan Wang]]
[[E|zihan.wang@student.uni-ebersfeld.de]]
""")

# ---------------------------------------------------------------------------------------------------------------
# b24-002 word: Zweitwohnungsteuer-Bescheid to a student whose main residence is with his parents
add("word", "zweitwohnungsteuer_bescheid", f"""Universitätsstadt Ebersfeld · Bürgermeisteramt · Steueramt
[[N|Marktplatz 1]] · [[N|72081 Ebersfeld]]

Herrn
[[P|Jonas Ostertag-Becker]]
[[A|Zur Alten Ziegelei 7b]]
[[A|72083 Ebersfeld]]

Kassenzeichen: [[AZ|6.2025.301448]]
Bearbeitung: Frau [[P|Brandauer]], Zimmer 2.14
Telefon: [[T|07073 204-2241]]
E-Mail: [[N|steueramt@ebersfeld.de]]
Datum: 12.09.2025

Bescheid über die Festsetzung der Zweitwohnungsteuer für das Jahr 2025

Sehr geehrter Herr [[P|Ostertag-Becker]],

seit Ihrer Anmeldung vom 01.04.2025 ist die Wohnung unter der oben genannten Anschrift ([[N|3. OG rechts]]) im Melderegister als Ihre Nebenwohnung eingetragen. Ihre Hauptwohnung besteht weiterhin bei Ihren Eltern in der [[A|Kartäuserstraße 41]], [[A|79102 Freiburg im Breisgau]].

Nach § 2 der Satzung über die Erhebung einer Zweitwohnungsteuer in der Universitätsstadt Ebersfeld (ZwStS) vom 14.12.2018 wird für das Innehaben einer Zweitwohnung im Stadtgebiet eine Steuer erhoben. Bemessungsgrundlage ist die jährliche Nettokaltmiete von 4.320,00 EUR (12 × 360,00 EUR). Bei einem Steuersatz von 10 % (§ 5 ZwStS) ergibt sich für den Zeitraum 01.04.2025 bis 31.12.2025 eine Steuer von

324,00 EUR.

Der Betrag ist am 15.10.2025 fällig. Bitte überweisen Sie ihn unter Angabe des Kassenzeichens auf das Konto der Stadtkasse Ebersfeld, IBAN [[N|{CITY_IBAN}]], Kreissparkasse Neckar-Alb.

Hinweis: Wer die Wohnung in Ebersfeld zur Hauptwohnung macht, zahlt keine Zweitwohnungsteuer. Die Ummeldung ist im Bürgeramt möglich (Mo–Fr 8–12 Uhr, Tel. [[N|07073 204-0]]); sie wirkt nicht zurück (§ 17 BMG).

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch beim Bürgermeisteramt der Universitätsstadt Ebersfeld, [[N|Marktplatz 1]], [[N|72081 Ebersfeld]], erhoben werden.

Mit freundlichen Grüßen
Im Auftrag

[[P|Brandauer]]
""")

# ---------------------------------------------------------------------------------------------------------------
# b24-003 outlook: Indian researcher, Blue Card, forwarded HR mail ("Forwarded message", From/Date/Subject/To)
pass_in2 = "V" + ids.digits(7)
add("outlook", "auslaenderbehoerde_bluecard", f"""Betreff: Fwd: Blue Card application - missing documents / Az. [[AZ|33.2-BC-2025-0877]]

Dear Ms. [[P|Haferkamp]],

thank you for your letter of 2 September. Please find below the confirmation from our HR department regarding my salary, I hope this is sufficient. My wife will apply for the family reunification visa at the German Consulate General in Chennai, she has already booked an appointment for November.

For your file again: [[P|Dr. Venkatesh Subramanian]], date of birth [[DOB|22 August 1988]], passport [[PASS|{pass_in2}]], current address Internationales Gästehaus, [[A|Ginsterweg 5a]], [[N|App. 3]], [[A|72084 Ebersfeld]].

Kind regards
[[P|Venkatesh Subramanian]]
Mobile: [[T|+49 176 4412 0937]] | India (WhatsApp): [[T|+91 98450 31276]]

---------- Forwarded message ---------
From: [[P|Weidemeyer, Katrin]] <[[E|katrin.weidemeyer@uni-ebersfeld.de]]>
Date: Mon, 8 Sept 2025 at 14:02
Subject: AW: Gehaltsbestätigung für die Ausländerbehörde
To: [[E|v.subramanian@chemie.uni-ebersfeld.de]]

Sehr geehrte Damen und Herren,

hiermit bestätigen wir, dass Herr Dr. [[P|Subramanian]] seit dem 01.06.2025 als wissenschaftlicher Mitarbeiter (E 13 TV-L, 100 %) am Institut für Organische Chemie der Universität Ebersfeld beschäftigt ist. Das Bruttojahresgehalt beträgt derzeit 58.412,64 EUR und liegt damit über der Gehaltsgrenze nach § 18g Abs. 1 AufenthG für 2025 (48.300 EUR). Der Arbeitsvertrag ist bis zum 31.05.2028 befristet.

Mit freundlichen Grüßen
[[P|Katrin Weidemeyer]]
Personalabteilung – Team Wissenschaft
Universität Ebersfeld
""")

# ---------------------------------------------------------------------------------------------------------------
# b24-004 word: Aktenvermerk Ordnungsamt, Partylärm in a student flat-share
add("word", "ordnungsamt_partylaerm", """Ordnungsamt – Abteilung Allgemeine Ordnung
Aktenvermerk

Az.: [[AZ|32.1-OWi-2025/0612]]
Betreff: Ruhestörung durch Partylärm, [[A|Steinweg 38]] (Wohngemeinschaft, [[N|2. OG]])

Am Sonntag, 18.05.2025, rief um 08:10 Uhr Frau [[P|Gisela Hartmann-Lenz]] ([[A|Steinweg 36]], Tel. [[T|0 70 73 / 8 17 43]]) beim Bürgertelefon an und beschwerte sich erneut über nächtliche Ruhestörungen aus dem Nachbarhaus. In der Nacht von Samstag auf Sonntag sei bis ca. 03:30 Uhr laute Musik gelaufen, Gäste hätten auf dem Balkon gegrölt und Flaschen in den Hof geworfen. Es sei bereits die vierte Party seit Semesterbeginn.

Laut Einsatzbericht des Polizeireviers Ebersfeld (Vorgangsnummer [[AZ|0918342/2025]]) wurde die Feier um 01:45 Uhr aufgelöst. Als Bewohner der Wohnung sind gemeldet:
– [[P|Mateo Restrepo]], geb. [[DOB|11.02.2000]]
– [[P|Lukas Pfannschmidt]], geb. [[DOB|29.09.2001]]
– eine Erasmus-Studentin aus Frankreich (Nebenwohnung, Name folgt)

Herr [[P|Pfannschmidt]] hat sich am Montag telefonisch ([[T|0152 2190 7743]]) als Ansprechpartner der WG gemeldet, die Lärmbelästigung eingeräumt und zugesagt, Feiern künftig vorher bei den Nachbarn anzukündigen und die Musik ab 22 Uhr leiser zu stellen. Die Vermieterin, Frau [[P|Dr. Ursula Kempf]], wurde per E-Mail informiert.

Weiteres Vorgehen: Anhörung der drei Bewohner wegen einer Ordnungswidrigkeit nach § 117 OWiG; Verwarnungsgeld bis 55 EUR, im Wiederholungsfall Bußgeldverfahren. Polizeiverordnung der Stadt vom 21.03.2019, § 4 (Schutz der Nachtruhe), ist beigefügt.
Wiedervorlage: 02.06.2025

gez. [[P|Şahin]], VA
""")

# ---------------------------------------------------------------------------------------------------------------
# b24-005 outlook: lower-case complaint about e-scooters, HEALTH (visual impairment, injury)
add("outlook", "ordnungsamt_escooter", """Betreff: schon wieder e-scooter auf dem gehweg!!!

hallo zusammen,

weiß nicht ob ich hier richtig bin aber irgendwer muss sich das mal anschauen. in der [[A|untergasse 17]] vor der apotheke liegen seit tagen 3 e-scooter quer auf dem gehweg (fotos im anhang). ich bin seit einem unfall 2019 fast blind und geh mit langstock, heute morgen bin ich voll drübergefallen und hab mir das knie aufgeschlagen, war dann beim hausarzt. meine nachbarin frau [[P|yilmaz]] hat deswegen auch schon beim bürgertelefon angerufen, passiert ist nix.

der anbieter (die grünen roller) reagiert auf mails nicht. können sie das nicht einfach verbieten wie in paris?? in heidelberg gibts doch auch feste abstellflächen.

mfg
[[P|r. kühnle]]
[[A|untergasse 21]]
tel [[T|07073 7 19 88]]

--
Von meinem iPhone gesendet
""", ["HEALTH"])

# ---------------------------------------------------------------------------------------------------------------
# b24-006 word: Sondernutzungserlaubnis for a café terrace, sole trader, BW Steuernummer, USt-IdNr.
tnr_bw = f"{ids.rng.choice(['86', '99', '91', '82'])}{ids.digits(3)}/{ids.digits(5)}"
vat_cafe = ids.vat_id()
add("word", "sondernutzung_erlaubnis", f"""Universitätsstadt Ebersfeld
Bürgermeisteramt – Ordnungsamt, Sachgebiet Sondernutzungen
[[N|Marktplatz 1]], [[N|72081 Ebersfeld]] · Telefon [[N|07073 204-0]]

Café & Bistro [[P|Yıldız]]
Inh. [[P|Emre Yıldız]]
[[A|Wettergasse 9]]
[[A|72081 Ebersfeld]]

Az.: [[AZ|32.3-SN-2025-0143]]
Datum: 03.03.2025

Sondernutzungserlaubnis für die Außenbewirtschaftung (Freisitz)

Sehr geehrter Herr [[P|Yıldız]],

auf Ihren Antrag vom 10.02.2025 erteilen wir Ihnen nach § 16 des Straßengesetzes für Baden-Württemberg (StrG) in Verbindung mit der Sondernutzungssatzung der Universitätsstadt Ebersfeld die widerrufliche Erlaubnis, in der Zeit vom 01.04. bis 31.10.2025 eine Fläche von 18 m² (6,00 m × 3,00 m) des Gehwegs vor Ihrem Betrieb mit sechs Tischen und 24 Stühlen zu bewirtschaften.

Auflagen:
1. Eine Restgehwegbreite von mindestens 1,50 m ist freizuhalten (Rettungsweg, Barrierefreiheit).
2. Die Bewirtschaftung endet sonntags bis donnerstags um 23:00 Uhr, freitags und samstags um 24:00 Uhr.
3. Heizpilze sind nicht zugelassen; Sonnenschirme nur in gedeckten Farben (Gestaltungssatzung Altstadt, § 9).

Gebühr: 18 m² × 7 Monate × 2,50 EUR = 315,00 EUR nach Nr. 4.2 des Gebührenverzeichnisses. Die Gebühr wird mit gesondertem Bescheid unter dem Kassenzeichen [[AZ|6.2025.118906]] angefordert.

Aus Ihrem Antrag übernommen: Steuernummer [[TNR|{tnr_bw}]], USt-IdNr. [[VAT|{vat_cafe}]], Gewerbeanmeldung vom 15.08.2019.

Für Rückfragen erreichen Sie den Sachbearbeiter unter [[T|07073 204-3312]] oder [[E|d.faust@ebersfeld.de]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Faust]]
""")

# ---------------------------------------------------------------------------------------------------------------
# b24-007 outlook: Wohngeld, forwarded by a Caritas counsellor ("-----Ursprüngliche Nachricht-----", Von:/Gesendet:)
iban_alkhatib = group(ids.iban_de(), 4)
add("outlook", "wohngeld_weitergeleitet", f"""Betreff: WG: papiere wohngeld – Familie [[P|Al-Khatib]], Ihr Zeichen [[AZ|50.2-WoG-4117/25]]

Sehr geehrte Frau [[P|Lindqvist]],

anbei wie besprochen die fehlenden Unterlagen zum Wohngeldantrag: neuer Mietvertrag, Lohnabrechnungen Juni bis August und die Schulbescheinigung für [[P|Yara]] (geb. [[DOB|04.12.2014]]). Die Familie hat mich gebeten, die Unterlagen weiterzuleiten, da ihr Deutsch für den Schriftverkehr noch nicht ganz ausreicht. Eine Vollmacht liegt Ihnen vor.

Die Bankverbindung hat sich geändert, das Wohngeld soll bitte auf das neue Konto überwiesen werden:
Kontoinhaber: [[P|Mohammad Al-Khatib]]
IBAN: [[IBAN|{iban_alkhatib}]]

Mit freundlichen Grüßen

[[P|Tobias Reinhardt-Öz]]
Migrationsberatung für erwachsene Zugewanderte (MBE)
Caritasverband Ebersfeld e. V.
[[N|Bahnhofstraße 28]], [[N|72081 Ebersfeld]]
Tel. [[T|07073 9102-14]]
[[E|t.reinhardt-oez@caritas-ebersfeld.de]]

-----Ursprüngliche Nachricht-----
Von: [[P|Rama Alkhatib]] <[[E|rama.alkhatib93@gmail.com]]>
Gesendet: Dienstag, 9. September 2025 21:47
An: [[P|Reinhardt-Öz, Tobias]]
Betreff: papiere wohngeld

hallo herr [[P|tobias]],
ich schicke die papiere fur wohngeld. lohn juni juli august und mietvertrag neu. schule bescheinigung von kind auch. die neue konto ist bei sparkasse, bild von karte ist dabei. unsere adresse ist gleich [[A|Am Sonnenhang 64]] aber jetzt [[N|5. stock wohnung 52]].
vielen dank
[[P|rama]]
""")

# ---------------------------------------------------------------------------------------------------------------
# b24-008 word: Telefonnotiz Wohngeldstelle / BAföG interface with the Studierendenwerk
tid_okonkwo = ids.tax_id()
add("word", "bafoeg_telefonnotiz", f"""Telefonnotiz

Datum/Uhrzeit: 14.10.2025, 10:25 Uhr
Anruferin: Frau [[P|Nwosu]], Amt für Ausbildungsförderung beim Studierendenwerk Ebersfeld-Neckar, Tel. [[T|07073 296-418]]
Aufgenommen von: [[P|J. Hollerbach]] (Wohngeldstelle)

Anliegen:
Sie fragt nach dem Stand des Wohngeldantrags von Herrn [[P|Chinedu Okonkwo]] (geb. am [[DOB|2. November 2001]], [[A|Anneliese-Pohl-Weg 46]], [[N|Whg. 12]], [[A|72085 Ebersfeld]]). Herr [[P|Okonkwo]] studiert Maschinenbau an der Hochschule Reutlingen und hat dort zum Wintersemester BAföG beantragt (Förderungsnummer [[AZ|441 230 417 992]]). Das Studierendenwerk kann erst entscheiden, wenn feststeht, ob er dem Grunde nach förderungsberechtigt ist – dann wäre er nach § 20 Abs. 2 WoGG vom Wohngeld ausgeschlossen, und der Wohngeldantrag müsste abgelehnt werden.

Bei uns liegt ein Antrag vom 02.09.2025 vor (Az. [[AZ|50.2-WoG-5531/25]]), angegeben sind Steuer-ID [[TID|{tid_okonkwo}]] und Matrikelnummer [[N|7412093]]. Einkommen aus Minijob 538,00 EUR/Monat, Miete 395,00 EUR warm.

Vereinbart: Wir setzen den Wohngeldantrag bis zur BAföG-Entscheidung aus; das Studierendenwerk schickt den Bescheid per E-Mail an die Wohngeldstelle. Ihre Adresse für Rückfragen: [[E|c.nwosu@sw-ebersfeld-neckar.de]]

Erledigt: Zwischennachricht an den Antragsteller am 15.10.2025 verschickt. [[P|Hollerbach]]
""")

# ---------------------------------------------------------------------------------------------------------------
# b24-009 outlook: Grundsicherung for a mother with dementia, written by the daughter, RV number and KVNR, Polish mobile
ssn_halina = ids.social_security("030241", "W")
kv_halina = ids.health_insurance()
add("outlook", "sozialamt_grundsicherung", f"""Betreff: Grundsicherung im Alter für meine Mutter – Ihr Schreiben vom 22.07.2025

Sehr geehrter Herr [[P|Bauer-Quast]],

ich schreibe Ihnen im Namen meiner Mutter, Frau [[P|Halina Wiśniewska]], geboren [[DOB|03.02.1941]] in Gdańsk, wohnhaft [[A|Im Rosengarten 4]], [[N|Appartement 12]], [[A|72083 Ebersfeld]]. Ich habe eine Vorsorgevollmacht, die Kopie lege ich bei.

Sie hatten nach folgenden Angaben gefragt:
- Rentenversicherungsnummer: [[SSN|{ssn_halina[:2]} {ssn_halina[2:8]} {ssn_halina[8]} {ssn_halina[9:]}]]
- Krankenkasse: AOK Baden-Württemberg, Versichertennummer [[KV|{kv_halina}]]
- Rente: 742,18 EUR netto (Deutsche Rentenversicherung) und 96,40 EUR aus Polen (ZUS)

Meine Mutter ist seit gut einem Jahr an Alzheimer erkrankt und hat seit März Pflegegrad 3. Sie kann ihre Angelegenheiten nicht mehr selbst regeln. Die Kosten für den ambulanten Pflegedienst und das betreute Wohnen übersteigen ihre Rente deutlich.

Ihr Aktenzeichen ist [[AZ|50.1-GS-22871]].

Sie erreichen mich am besten abends unter [[T|+49 (0) 6172 48 31 09]] oder mobil unter [[T|0048 601 227 845]] (ich bin bis Ende des Monats bei meiner Familie in Polen).

Mit freundlichen Grüßen
[[P|Małgorzata Wiśniewska-Hahn]]
[[A|Lessingstraße 12]]
[[A|61350 Bad Homburg v. d. Höhe]]
""", ["HEALTH"])

# ---------------------------------------------------------------------------------------------------------------
# b24-010 word: Jugendamt home visit note, children by first name, HEALTH (mother's depression)
add("word", "jugendamt_hausbesuch", """Amt für Kinder, Jugend und Familie – Allgemeiner Sozialer Dienst, Bezirk Süd
Gesprächsvermerk Hausbesuch
Az.: [[AZ|51.2 – HzE 0394/24]]

Datum: 27.08.2025, 14:00–15:20 Uhr
Anwesend: Frau [[P|Blessing Adeyemi]] (Kindsmutter), [[P|Tobi]] (9 J.), [[P|Ayomide Adeyemi]] (* [[DOB|19.06.2019]]), Fachkraft ASD
Anschrift: [[A|Auf der Kupferschmiede 3]], [[A|72085 Ebersfeld]], Erdgeschoss
Kontakt Mutter: [[T|0176 – 2345 6780]]

Die Wohnung ist sauber und kindgerecht eingerichtet, beide Kinder haben ein eigenes Bett, Lebensmittel sind vorhanden. Frau [[P|Adeyemi]] berichtet, dass sie sich seit der Trennung vom Kindsvater, Herrn [[P|Schreiber]], im Februar dauerhaft erschöpft fühle; ihre Hausärztin habe eine mittelgradige depressive Episode festgestellt, seit Juli sei sie in ambulanter Behandlung in der Psychiatrischen Institutsambulanz und nehme ein Antidepressivum. Die Versorgung der Kinder sei gewährleistet, ihre Schwester [[P|Funmilayo Okafor]] wohne zwei Straßen weiter, komme fast täglich und hole die Jüngere von der Kita ab.

Der Ältere besucht die 4. Klasse der Uhlandschule; die Klassenlehrerin hat auf Nachfrage keine Auffälligkeiten gemeldet. Umgang mit dem Vater findet 14-tägig am Wochenende statt; der Vater zahlt Unterhalt für beide Kinder (je 482,00 EUR), Unterhaltsvorschuss ist nicht erforderlich.

Vereinbarungen:
1. Die Mutter nimmt das Angebot einer Sozialpädagogischen Familienhilfe (6 Std./Woche, § 31 SGB VIII) an; Antrag wurde unterschrieben.
2. Nächster Hausbesuch am 24.09.2025, 14:00 Uhr.
3. Kontaktaufnahme mit dem Kindsvater ([[T|+49 151 40882317]]) wegen der Ferienregelung.

[[P|Castellanos]], Sozialpädagogin
""", ["HEALTH"])

# ---------------------------------------------------------------------------------------------------------------
# b24-011 outlook: two men planning to marry (SEXUAL_ORIENTATION), French passport, French DOB wording, ID card without check
idc_vogelsang = ids.id_card(check_digit=False)
pass_fr = ids.digits(2) + ids.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + ids.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + ids.digits(5)
add("outlook", "standesamt_eheschliessung", f"""Betreff: Anmeldung Eheschließung – Verlobter mit französischer Staatsangehörigkeit, welche Unterlagen?

Sehr geehrte Damen und Herren,

mein Verlobter und ich möchten im Mai 2026 im Standesamt Ebersfeld heiraten, am liebsten im Trauzimmer im Alten Rathaus. Wir sind seit 2017 ein Paar (kennengelernt im queeren Chor „Neckarkehlchen“) und hatten 2019 in Lyon schon einen PACS geschlossen – jetzt soll es endlich eine richtige Ehe werden.

Unsere Daten:
1. [[P|Jan-Hendrik Vogelsang]], geb. [[DOB|30.11.1988]] in Kassel, deutscher Staatsangehöriger, Personalausweis-Nr. [[IDC|{idc_vogelsang}]]
2. [[P|Baptiste Leroy]], né le [[DOB|7 avril 1990]] à Lyon, französischer Staatsangehöriger, Reisepass [[PASS|{pass_fr}]]

Gemeinsame Wohnung: [[A|Rosenstiege 2a]], [[A|72081 Ebersfeld]] (seit 2021 beide mit Hauptwohnung gemeldet).

Unsere Fragen: Braucht [[P|Baptiste]] eine internationale Geburtsurkunde (mehrsprachiger Auszug nach dem CIEC-Übereinkommen) oder eine beglaubigte Übersetzung? Braucht er zusätzlich ein Ehefähigkeitszeugnis aus Frankreich, und muss der PACS vorher aufgelöst werden? Die Gebühr von 85 EUR für die Anmeldung zahlen wir gern vorab.

Er ist auch auf Französisch erreichbar unter [[T|+33 6 71 24 58 03]], mich unter [[T|0171 / 829 40 66]].

Viele Grüße
[[P|Jan-Hendrik Vogelsang]]
""", ["SEXUAL_ORIENTATION"])

# ---------------------------------------------------------------------------------------------------------------
# b24-012 word: Friedhof fee notice, particles, c/o; harmless church (chapel, parish)
iban_heydt = ids.iban_de()
add("word", "friedhof_gebuehrenbescheid", f"""Universitätsstadt Ebersfeld – Friedhofsverwaltung
[[N|Marktplatz 1]] · [[N|72081 Ebersfeld]]

Herrn
[[P|Rüdiger von der Heydt]]
c/o [[P|Annemarie von der Heydt]]
[[A|Am Lindenbühl 19]]
[[A|72086 Ebersfeld]]

Kassenzeichen [[AZ|5.2025.207733]]                         Ebersfeld, 06.05.2025

Gebührenbescheid – Verlängerung des Nutzungsrechts an der Wahlgrabstätte Bergfriedhof, Abteilung 12, Reihe 4, Nr. 31–32 (Doppelgrab)

Sehr geehrter Herr [[P|von der Heydt]],

das Nutzungsrecht an der genannten Wahlgrabstätte, in der Ihre Eltern beigesetzt sind, endet am 30.06.2025. Auf Ihren Antrag vom 14.04.2025 verlängern wir das Nutzungsrecht um 10 Jahre bis zum 30.06.2035 (§ 14 Abs. 3 Friedhofsordnung).

Gebühr nach Tarifstelle 2.3 der Friedhofsgebührensatzung: 10 Jahre × 2 Grabstellen × 68,50 EUR = 1.370,00 EUR.

Sie haben uns ein SEPA-Lastschriftmandat für Ihr Konto [[IBAN|{iban_heydt}]] erteilt; der Betrag wird am Fälligkeitstag, dem 06.06.2025, abgebucht.

Hinweis: Die Friedhofskapelle kann für Gedenkfeiern an Allerheiligen nach Absprache mit der Evangelischen Kirchengemeinde St. Elisabeth genutzt werden. Grabschmuck auf den Wegen wird ab 01.11. vom Friedhofspersonal entfernt.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch beim Bürgermeisteramt der Universitätsstadt Ebersfeld erhoben werden. Der Widerspruch hat keine aufschiebende Wirkung (§ 80 Abs. 2 Nr. 1 VwGO).

Mit freundlichen Grüßen
Im Auftrag
[[P|K.-H. Brendel]]
Friedhofsverwaltung, Tel. [[T|07073 204-4410]]
""")

# ---------------------------------------------------------------------------------------------------------------
# b24-013 outlook: architect about attic conversion in a listed building, VAT and 13-digit tax number in signature
vat_arch = ids.vat_id()
tnr_fed = "28" + ids.digits(2) + "0" + ids.digits(8)
add("outlook", "bauamt_dachgeschoss", f"""Betreff: Bauantrag Dachgeschossausbau – überarbeitete Unterlagen / Ihr Az. [[AZ|63-BV-2025-0419]]

Sehr geehrte Frau Dr. [[P|Kessler]],

vielen Dank für das Gespräch am Dienstag. Wie vereinbart übersende ich im Auftrag der Bauherren, [[P|Farid]] und [[P|Shirin Tehrani]], die überarbeiteten Unterlagen für den Ausbau des Dachgeschosses im Anwesen [[A|Hirschgasse 11]] (Flur 3, Flurstück 118/2, Gemarkung Ebersfeld).

Gegenüber der ersten Fassung verzichten wir auf die Schleppgauben zur Straßenseite; die Belichtung erfolgt nun über vier Dachflächenfenster (je 78 × 118 cm) auf der Hofseite, die vom öffentlichen Straßenraum aus nicht einsehbar sind. Die historische Dachkonstruktion (Kehlbalkendach, dendrodatiert 1741) bleibt vollständig erhalten; gedämmt wird als Aufsparrendämmung mit Holzfaserplatten. Das Gebäude ist Kulturdenkmal nach § 2 DSchG und liegt in der Gesamtanlage „Altstadt“ (§ 19 DSchG) sowie im Geltungsbereich des Bebauungsplans Nr. 12/3 „Oberstadt“.

Die statische Vorbemessung liegt bei, der Brandschutznachweis folgt bis Ende Oktober. Für Rückfragen ist Herr [[P|Tehrani]] auch direkt unter [[T|0172 9 41 63 05]] erreichbar.

Mit freundlichen Grüßen

Dipl.-Ing. Architektin [[P|Katarzyna Zielińska-Roth]]
Architektur und Denkmalpflege
[[A|Steinstiege 4]] | [[A|72081 Ebersfeld]]
T [[T|07073 48 77 210]] | [[E|kzr@zielinska-roth-architektur.de]]
St.-Nr. [[TNR|{tnr_fed}]] | USt-IdNr. [[VAT|{vat_arch}]]
""")

# ---------------------------------------------------------------------------------------------------------------
# b24-014 word: protocol of an on-site meeting, names without Herr/Frau, Prof. Dr., Korean name
add("word", "denkmalschutz_protokoll", """Niederschrift Ortstermin
Baurechtsamt – Untere Denkmalschutzbehörde

Objekt: [[A|Hirschgasse 11]], Ebersfeld – Dachgeschossausbau (Az. [[AZ|63-BV-2025-0419]])
Datum: 23.09.2025, 10:00–11:15 Uhr

Teilnehmende:
[[P|Dr. Roswitha Kessler]] (Untere Denkmalschutzbehörde, Protokoll)
[[P|T. Engelhardt]] (Baurechtsamt)
Prof. [[P|Dr. Gero Albus]] (Landesamt für Denkmalpflege im Regierungspräsidium Stuttgart)
[[P|Shirin Tehrani]] (Bauherrin)
[[P|Katarzyna Zielińska-Roth]] (Architektin)
[[P|Park Ji-hoon]] (Mieter im 1. OG, auf Wunsch der Bauherrin anwesend)

Ergebnisse:
1. Die vier Dachflächenfenster auf der Hofseite werden denkmalfachlich mitgetragen (Format max. 78 × 118 cm, Eindeckrahmen in Kupfer, innenliegender Sonnenschutz).
2. Die Aufsparrendämmung ist zulässig, sofern die Traufhöhe um nicht mehr als 12 cm steigt; Detailzeichnung Traufe bis 15.10.2025.
3. Die Bohlenstube im 1. OG ist vom Vorhaben nicht betroffen. Das Landesamt bittet um Fotodokumentation der freigelegten Sparren.
4. Herr [[P|Park]] äußert Bedenken wegen Lärm und Staub während der Bauzeit (geplant Februar bis Juni 2026). Hinweis auf das zivilrechtliche Verhältnis zur Vermieterin; die Bauherrin sagt eine Bauzeitenregelung zu.
5. Unterlagen bitte an [[N|denkmalschutz@ebersfeld.de]]; eine denkmalschutzrechtliche Genehmigung wird mit der Baugenehmigung erteilt (§ 7 Abs. 3 DSchG).

Verteiler: Teilnehmende, Akte
gez. [[P|Kessler]]
""")

# ---------------------------------------------------------------------------------------------------------------
# b24-015 outlook: Kita registration, Colombian parents, HEALTH (type 1 diabetes); church-run Kita harmless
add("outlook", "kita_anmeldung", """Betreff: Anmeldung Krippenplatz für unsere Tochter Emilia (Diabetes Typ 1)

Hola / Guten Tag,

wir möchten unsere Tochter [[P|Emilia Cárdenas Restrepo]], geboren am [[DOB|8. September 2023]], für einen Krippenplatz ab 01.03.2026 anmelden. Wunsch-Einrichtungen: 1. Kita Weinbergstraße, 2. Kita Regenbogen, 3. Ev. Kinderhaus St. Michael.

Wichtig: [[P|Emilia]] hat seit ihrem ersten Geburtstag Diabetes Typ 1 und trägt eine Insulinpumpe mit Sensor. Die Pumpe regelt fast alles automatisch, aber die Erzieherinnen müssten eingewiesen werden und bei Alarm die Werte ansehen; das Diabetes-Team der Kinderklinik bietet dafür eine Schulung an. Ist das in städtischen Kitas möglich?

Eltern:
Mutter: [[P|Valentina Restrepo Gómez]], Doktorandin (Biologie), Tel. [[T|+49 1590 1377 248]]
Vater: [[P|Andrés Felipe Cárdenas]], Softwareentwickler, Tel. [[T|0151-22 81 90 46]]
Adresse: [[A|Am Weinberg 52]], [[A|72081 Ebersfeld]]

Die Bestätigung aus dem Kita-Portal hat die Nummer KP-2025-08812, falls Sie die brauchen.

Muchas gracias y saludos
[[P|Valentina Restrepo]] & [[P|Andrés]]
""", ["HEALTH"])

# ---------------------------------------------------------------------------------------------------------------
# b24-016 word: Stadtkasse list of unassigned payments, "Nachname, Vorname", foreign IBANs, Visa and Amex, plate
iban_pl = group(ids.iban("PL", 24), 4)
iban_at = ids.iban("AT", 16)
iban_lemke = ids.iban_de()
cc_visa = group(ids.credit_card("4", 16), 4)
amex = ids.credit_card("37", 15)
cc_amex = f"{amex[:4]} {amex[4:10]} {amex[10:]}"
add("word", "stadtkasse_klaerungsliste", f"""Stadtkasse Ebersfeld – Zahlungsklärung
Nicht zuordenbare Zahlungseingänge und Rückbuchungen, Stand 30.09.2025
Bearbeitung: Zahlungsklärung, Zi. 1.08

Nr. | Einzahler/in | Kassenzeichen | Betrag | Bemerkung
1 | [[P|Kowalczyk, Paweł]] | [[AZ|6.2025.300127]] | 160,00 EUR | Überweisung aus Polen von IBAN [[IBAN|{iban_pl}]], Verwendungszweck „ZWS 2025“, Kassenzeichen ergänzt
2 | [[P|Oliveira Ferreira, Luana]] | – | 22,00 EUR | Zahlung über Bezahlportal mit Kreditkarte [[CC|{cc_visa}]], Verwendungszweck fehlt, vermutlich Gebühr Aufenthaltstitel
3 | [[P|Hoàng, Văn Đức]] | [[AZ|1.2025.044512]] | 1.240,00 EUR | Doppelzahlung Gewerbesteuer-Vorauszahlung III/2025; Erstattung auf [[IBAN|{iban_lemke}]] veranlasst
4 | Elektro [[P|Brunnhuber]] e. K. | Kundennummer [[AZ|300 417 882]] | 512,80 EUR | Zahlung mit Rechnung Nr. RE-2025-0934 und Bestellnummer 4500218877 – betrifft keine städtische Forderung, Rücküberweisung
5 | [[P|Ngono, Serge]] | – | 35,00 EUR | Amex [[CC|{cc_amex}]] über Bezahlportal, Verwendungszweck „Knöllchen [[KFZ|ES-NS 1904]]“; Verwarnungsgeld-Az. wird bei der Bußgeldstelle erfragt
6 | [[P|Gruber, Theresa]] | – | 85,00 EUR | Überweisung aus Österreich, IBAN [[IBAN|{iban_at}]], Verwendungszweck „Anmeldung Eheschließung“ → Standesamt

Offen bleiben Nr. 2 und 5. Die Einzahlerin zu Nr. 2 wurde per E-Mail ([[E|luana.oliveira.f@gmail.com]]) angeschrieben; Rückmeldung bis 10.10.2025.

Konto der Stadtkasse für Rückfragen der Banken: [[N|{CITY_IBAN}]]
""")

# ---------------------------------------------------------------------------------------------------------------
# b24-017 outlook: job application, UNION (ver.di member, staff council)
add("outlook", "personalamt_bewerbung", """Betreff: Bewerbung als Sachbearbeiterin (m/w/d) Ausländerbehörde – Kennziffer 2025/37

Sehr geehrte Frau [[P|Ochs]],

hiermit bewerbe ich mich auf die ausgeschriebene Stelle als Sachbearbeiterin in der Ausländerbehörde (EG 9a TVöD, Kennziffer 2025/37). Meine Unterlagen (Anschreiben, Lebenslauf, Zeugnisse, Nachweis Angestelltenlehrgang I) finden Sie im Anhang als eine PDF-Datei (4,2 MB).

Ich bin Verwaltungsfachangestellte und arbeite seit 2019 im Jobcenter Landkreis Reutlingen in der Leistungsabteilung. Sprachkenntnisse: Deutsch, Englisch (C1), Persisch (Farsi). Seit 2021 bin ich ver.di-Mitglied und als Vertrauensfrau im Jobcenter aktiv, seit 2024 auch im Personalrat. Wechseln möchte ich vor allem wegen der langen Pendelzeit.

Meine Kontaktdaten:
[[P|Ghazaleh Rostami]]
geboren am [[DOB|30.01.1994]] in Teheran
[[A|Frankfurter Straße 71 B]]
[[A|72764 Reutlingen]]
Mobil: [[T|0049 157 8823 1904]]
E-Mail: [[E|ghazaleh.rostami@posteo.de]]

Über eine Einladung zum Vorstellungsgespräch würde ich mich sehr freuen. Ab dem 15.12. bin ich kurzfristig verfügbar.

Mit freundlichen Grüßen
[[P|Ghazaleh Rostami]]
""", ["UNION"])

# ---------------------------------------------------------------------------------------------------------------
# b24-018 word: Personalbogen (form) of a new employee; Steuer-ID, RV number, KVNR, IBAN; RELIGION (Konfession)
tid_nguyen = ids.tax_id()
ssn_nguyen = ids.social_security("170492", "N")
kv_nguyen = ids.health_insurance()
iban_nguyen = group(ids.iban_de(), 4)
add("word", "personalamt_personalbogen", f"""Universitätsstadt Ebersfeld – Haupt- und Personalamt
Personalbogen (Einstellung) – bitte vollständig ausfüllen

Personalnummer: [[N|104 2271]]
Organisationseinheit: 50 – Amt für Soziales und Wohnen, Wohngeldstelle
Eintritt: 01.11.2025, EG 9a TVöD, Teilzeit 30 Std./Woche

1. Persönliche Angaben
Name, Vorname: [[P|Nguyễn, Thị Thu Hà]]
Geburtsname: [[P|Nguyễn]]
Geburtsdatum, Geburtsort: [[DOB|17.04.1992]], Hải Phòng (Vietnam)
Staatsangehörigkeit: deutsch
Anschrift: [[A|Hainbuchenweg 87]], [[A|72085 Ebersfeld]]
Telefon privat: [[T|07073 9 46 51 20]]
E-Mail privat: [[E|thuha.nguyen92@web.de]]
Familienstand: verheiratet seit 2020, 1 Kind

2. Steuer und Sozialversicherung
Steuerliche Identifikationsnummer: [[TID|{tid_nguyen[:2]} {tid_nguyen[2:5]} {tid_nguyen[5:8]} {tid_nguyen[8:]}]]
Steuerklasse: IV, Kinderfreibeträge: 0,5
Konfession (Kirchensteuermerkmal): rk
Rentenversicherungsnummer: [[SSN|{ssn_nguyen}]]
Krankenkasse: Techniker Krankenkasse, Krankenversichertennummer [[KV|{kv_nguyen}]]
Schwerbehinderung: nein

3. Bankverbindung
Kontoinhaberin: dieselbe
IBAN: [[IBAN|{iban_nguyen}]]

Ebersfeld, 08.10.2025          Unterschrift: [[P|Nguyễn Thị Thu Hà]]

Vom Personalamt auszufüllen: Angaben geprüft [[P|R. Ochs]], 09.10.2025; Personalakte angelegt.
""", ["RELIGION"])

# ---------------------------------------------------------------------------------------------------------------
# b24-019 outlook: tree felling, internally forwarded, "Am … schrieb Name <mail>:" quote with ">" prefixes
add("outlook", "umweltamt_baumfaellung", """Betreff: WG: Antrag Fällgenehmigung Walnussbaum [[A|Im Kirschgarten 23]]

Hallo Frau [[P|Schmittberger]],

anbei die Mail von Herrn [[P|Brückmann]], er hat sie uns im Bürgerbüro zusätzlich ausgedruckt vorbeigebracht. Wäre nett, wenn Sie das übernehmen, die Baumschutzsatzung ist ja Ihr Thema.

Gruß
[[P|Nadine]]

Am 12.03.2025 um 18:04 schrieb [[P|Hans-Jürgen Brückmann]] <[[E|hj.brueckmann@web.de]]>:
> Sehr geehrte Damen und Herren,
>
> auf meinem Grundstück [[A|Im Kirschgarten 23]] steht ein Walnussbaum (Stammumfang in 1 m Höhe ca. 1,40 m, Höhe etwa 17 m), der nach Ansicht meines Baumpflegers nicht mehr standsicher ist: Pilzbefall am Stammfuß (Brandkrustenpilz). Ein Starkast ist beim Sturm am 22. Februar bereits auf das Carport meiner Nachbarn, Familie [[P|Demir]], gefallen. Das Gutachten meines Baumpflegers liegt bei (Rechnung Nr. 2025-118 über 238,00 EUR).
>
> Nach § 4 der Baumschutzsatzung brauche ich wohl eine Genehmigung. Mir ist klar, dass seit 1. März die Schonzeit nach § 39 Abs. 5 BNatSchG läuft; der Baumpfleger hat aber keine Nester und keine Höhlen gefunden. Ist eine Ausnahme möglich? Eine Ersatzpflanzung (Feldahorn) würde ich selbstverständlich vornehmen.
>
> Erreichbar bin ich unter [[T|(07073) 4 12 90]].
>
> Mit freundlichen Grüßen
> [[P|H.-J. Brückmann]]
""")

# ---------------------------------------------------------------------------------------------------------------
# b24-020 word: list of participants of a citizens' workshop (table), Dr. rer. nat., particles; harmless union house
add("word", "buergerbeteiligung_teilnehmerliste", """Bürgerwerkstatt „Neues Quartier Alter Schlachthof“ – Teilnehmendenliste
Termin: Donnerstag, 06.11.2025, 18:00–20:30 Uhr, Saal im Gewerkschaftshaus, Schlachthofstraße
Moderation: [[P|Leonie Brandhorst]] (Stadtplanungsamt), Büro Stadtdialog (Stuttgart)

Nr. | Name | Anschrift | Kontakt | Newsletter | Fotoeinwilligung
1 | [[P|Brigitte Haas-Wendel]] | [[A|Schlachthofstraße 4]] | [[E|b.haas-wendel@t-online.de]] | ja | ja
2 | [[P|Dr. rer. nat. Lin Wei]] | [[A|Gutenbergstr. 19a]] | [[E|lin.wei@uni-ebersfeld.de]] | ja | nein
3 | [[P|Yusuf Çelik]] | Nordstadt (keine Angabe) | [[T|0157 81 22 94 03]] | nein | ja
4 | [[P|Oksana Melnyk]] | [[A|Am Güterbahnhof 2-4]] | – | nein | nein
5 | [[P|Henrike zur Nieden]] | [[A|Auf der Höhe 7]], [[A|72086 Ebersfeld-Oberhof]] | [[T|07073 2 18 44]] | ja | ja

Hinweise:
– Die Bürgerwerkstatt geht auf einen gemeinsamen Antrag der Fraktionen von Grünen, SPD und CDU zurück (Gemeinderatsbeschluss vom 12.06.2025, Vorlage 2025/118); der Bebauungsplan Nr. 87 „Alter Schlachthof“ befindet sich im Vorentwurf.
– Die Fotoeinwilligungen liegen schriftlich vor; Teilnehmende ohne Einwilligung (Nr. 2 und 4) werden auf Fotos nicht erkennbar abgebildet.
– Nächste Werkstatt: 27.11.2025, gleicher Ort. Rückfragen an [[N|stadtplanung@ebersfeld.de]] oder [[N|07073 204-0]].

Protokoll: [[P|Brandhorst]]
""")

# ---------------------------------------------------------------------------------------------------------------
# b24-021 outlook: question for the council's question time, POLITICS (party member), BW house number 14/1
add("outlook", "gemeinderat_einwohnerfrage", """Betreff: Frage für die Bürgerfragestunde im Gemeinderat am 20.11. – Radweg am Neckarufer

Sehr geehrter Herr Oberbürgermeister,
sehr geehrte Damen und Herren des Gemeinderats,

für die Fragestunde nach § 33 Abs. 4 GemO in der Sitzung am 20. November reiche ich folgende Frage ein:

Warum wurde die im Radverkehrskonzept 2022 beschlossene Verbreiterung des Neckaruferwegs zwischen Alter Brücke und Sportgelände erneut verschoben, obwohl im Haushalt 2025 dafür 1,2 Mio. EUR eingestellt sind (Produkt 54.10.01)?

Der Transparenz halber: Ich bin Mitglied der Partei Die Linke und stand 2024 auf deren Liste für den Gemeinderat. Diese Frage stelle ich aber als Anwohnerin und Mutter von zwei Kindern, die täglich über diesen Weg zur Schule fahren. Meine Nachbarin [[P|Aylin Kaya]] hat sich der Frage angeschlossen.

Mit freundlichen Grüßen
[[P|Dr. Friederike van Heerden]]
[[A|Uferstraße 14/1]]
[[A|72081 Ebersfeld]]
Tel. [[T|07073 93 18 27]]
""", ["POLITICS"])

# ---------------------------------------------------------------------------------------------------------------
# b24-022 word: draft Arbeitszeugnis (Personalamt), Ukrainian employee, spelled-out DOB
add("word", "personalamt_zeugnis", """Universitätsstadt Ebersfeld – Haupt- und Personalamt
ENTWURF – bitte Änderungswünsche bis 14.11.2025 an [[N|personal@ebersfeld.de]]

Arbeitszeugnis

Herr [[P|Oleksandr Kovalenko]], geboren am [[DOB|11. Mai 1987]] in Charkiw (Ukraine), war vom 1. März 2022 bis zum 30. November 2025 bei der Universitätsstadt Ebersfeld als Sachbearbeiter in der Ausländerbehörde, Sachgebiet humanitäre Aufenthalte, in Vollzeit beschäftigt (Entgeltgruppe 9b TVöD).

Zu seinen Aufgaben gehörten insbesondere die Erteilung von Aufenthaltserlaubnissen nach § 24 AufenthG für Geflüchtete aus der Ukraine, die Ausstellung von Fiktionsbescheinigungen, die Beratung von Antragstellenden in deutscher, ukrainischer und russischer Sprache sowie die Einarbeitung neuer Kolleginnen und Kollegen. In der Hochphase 2022 hat er die Sonderöffnungszeiten im Bürgerhaus Nordstadt mit organisiert.

Herr [[P|Kovalenko]] verfügt über ein fundiertes und stets aktuelles Fachwissen im Aufenthaltsrecht, das er sicher und zielgerichtet anwendete. Er arbeitete stets selbständig, sorgfältig und termingerecht, auch bei hoher Arbeitsbelastung. Seine Leistungen haben stets unsere volle Zufriedenheit gefunden.

Sein Verhalten gegenüber Vorgesetzten, Kolleginnen und Kollegen sowie gegenüber den Kundinnen und Kunden der Ausländerbehörde war stets einwandfrei.

Herr [[P|Kovalenko]] verlässt die Stadtverwaltung auf eigenen Wunsch, um eine Stelle beim Regierungspräsidium Tübingen anzutreten. Wir bedauern sein Ausscheiden, danken ihm für die sehr gute Zusammenarbeit und wünschen ihm für seine berufliche und private Zukunft alles Gute.

Ebersfeld, 30. November 2025

[[P|Dr. Henning Maurer]]
Erster Bürgermeister

---
Interner Vermerk (nicht Bestandteil des Zeugnisses): Beurteilungsbeitrag der Sachgebietsleitung (Frau [[P|Haferkamp]]) eingearbeitet; Personalnummer [[N|103 8815]]. Bearbeitet: [[P|R. Ochs]], 06.11.2025
""")

# ---------------------------------------------------------------------------------------------------------------
# b24-023 outlook: Pakistani PhD student, English, DOB "DOB", PD Dr., harmless TK and biometric photos
pass_pk = ids.rng.choice(["AB", "BK", "CT", "DN"]) + ids.digits(7)
add("outlook", "auslaenderbehoerde_verlaengerung", f"""Betreff: Extension of residence permit (PhD) – appointment request / Verlängerung Aufenthaltstitel

Dear Sir or Madam,
Sehr geehrte Damen und Herren,

my residence permit (§ 16b AufenthG, studies) expires on 31 January 2026 and I would like to apply for the extension in time. Since April I am a doctoral researcher at the Institute of Physics of Universität Ebersfeld (supervisor: PD [[P|Dr. Elke Marburger-Hess]]) with a TV-L contract, so maybe the permit has to be changed to § 18d (research)?

My details:
Name: [[P|Muhammad Usman Qureshi]]
DOB: [[DOB|05 Nov 1996]]
Passport No.: [[PASS|{pass_pk}]] (Pakistan, valid until 2031)
Address: [[A|Brunnenstr. 92]], [[N|3rd floor]], [[A|72082 Ebersfeld]]
Your file number: [[AZ|A 33.2 – 118437]]
Health insurance: Techniker Krankenkasse (public)
Mobile: [[T|+49 1523 4419 870]], Pakistan: [[T|+92 300 5127746]]

My wife [[P|Ayesha Siddiqui]] (date of birth [[DOB|19.08.1998]]) has a residence permit for family reunification linked to mine. Do we both have to come to the appointment? And do we need new biometric photos, or are the ones from last year still fine?

Thank you in advance.
Kind regards,
[[P|Usman Qureshi]]
PhD candidate, Quantum Optics group
""")

# ---------------------------------------------------------------------------------------------------------------
# b24-024 word: Ausländerbehörde note, Cameroonian woman, ETHNICITY (persecuted as member of an ethnic group),
# BIOMETRIC (fingerprints taken for the eAT)
pass_cm = ids.rng.choice("AB") + ids.digits(7)
add("word", "auslaenderbehoerde_vermerk", f"""Ausländerbehörde – Sachgebiet humanitäre Aufenthalte
Aktenvermerk
Az.: [[AZ|33.4-HA-2025-2207]]

Betr.: [[P|Armelle Ngo Nyemb]], geb. [[DOB|14.12.1996]] in Bamenda (Kamerun), kamerunische Staatsangehörige
Anschrift: Gemeinschaftsunterkunft [[A|Industriestraße 140]], [[N|Zimmer 3.07]], [[A|72086 Ebersfeld]]

Vorsprache am 04.09.2025 mit dem Dolmetscher [[P|Jean-Pierre Mbarga]] (Englisch/Französisch).

Frau [[P|Ngo Nyemb]] legt ihren Reisepass der Republik Kamerun vor (Nr. [[PASS|{pass_cm}]], gültig bis 11.03.2029). Sie gibt an, als Angehörige der Volksgruppe der Bamiléké und wegen ihrer Herkunft aus der englischsprachigen Nordwest-Region verfolgt worden zu sein. Das BAMF hat mit Bescheid vom 22.07.2025 (Az. [[AZ|9284716-262]]) ein Abschiebungsverbot nach § 60 Abs. 5 AufenthG festgestellt; der Bescheid ist seit 08.08.2025 bestandskräftig.

Veranlasst:
– Antrag auf Aufenthaltserlaubnis nach § 25 Abs. 3 AufenthG aufgenommen.
– Für den elektronischen Aufenthaltstitel wurden heute das Lichtbild aufgenommen und die Fingerabdrücke beider Zeigefinger erfasst; die Unterschrift wurde elektronisch erfasst.
– Fiktionsbescheinigung nach § 81 Abs. 4 AufenthG ausgestellt, gültig bis 04.12.2025.
– Gebühr nach § 45 AufenthV: 100,00 EUR, bezahlt mit Girocard.

Kontakt: [[T|+237 6 77 41 28 90]] (kamerunische Nummer, WhatsApp), eine deutsche Nummer reicht sie nach. Unterstützung durch den Arbeitskreis Asyl.

[[P|Haferkamp]]
""", ["ETHNICITY", "BIOMETRIC"])

# ---------------------------------------------------------------------------------------------------------------
# b24-025 outlook: lost ID card (serial with check digit), expired passport (with check digit), harmless biometric photo
idc_pawel = ids.id_card(check_digit=True)
pass_pawel = ids.passport(check_digit=True)
add("outlook", "buergeramt_ausweisverlust", f"""Betreff: perso verloren + reisepass abgelaufen – was muss ich machen?

Hallo liebes Bürgeramt,

mir ist am Samstag auf dem Weihnachtsmarkt mein Personalausweis abhanden gekommen (ganzer Geldbeutel weg). Bei der Polizei hab ich schon Anzeige erstattet, Vorgangsnummer [[AZ|1207843/2025]]. Die Nummer vom alten Ausweis war [[IDC|{idc_pawel}]] (steht auf der Kopie für meinen Mietvertrag, hoffe das stimmt so).

Mein Reisepass [[PASS|{pass_pawel}]] ist leider auch seit August abgelaufen. Ich fliege am 20.01. nach Krakau zu meiner Familie – reicht da ein vorläufiger Personalausweis? Was kostet der?

Und muss ich für den neuen Ausweis ein biometrisches Passbild mitbringen oder kann man das bei Ihnen vor Ort machen?

Meine Daten: [[P|Paweł Zieliński]], geb. [[DOB|23.6.1999]], [[A|Mühlstraße 5]], [[A|72081 Ebersfeld]]

Danke & Grüße
[[P|Paweł]]
[[T|0162 4417 093]]
""")

# ---------------------------------------------------------------------------------------------------------------
# b24-026 word: Standesamt note on a birth and the child's name, Korean mother, street without suffix
pass_kr = "M" + ids.digits(8)
idc_brandl = ids.id_card(check_digit=False)
add("word", "standesamt_geburt", f"""Standesamt Ebersfeld
Vermerk zur Beurkundung der Geburt und zur Namensbestimmung
Registernummer: [[AZ|G 1184/2025]]

Kind: [[P|Mina Brandl]], weiblich, geboren am [[DOB|3. Februar 2025]] um 04:12 Uhr im Universitätsklinikum Ebersfeld
Mutter: [[P|Kim Seo-yeon]], koreanische Staatsangehörige, geb. [[DOB|11.07.1993]] in Busan, Reisepass der Republik Korea Nr. [[PASS|{pass_kr}]]
Vater: [[P|Lukas Brandl]], deutscher Staatsangehöriger, geb. [[DOB|28.02.1991]] in Stuttgart, Personalausweis [[IDC|{idc_brandl}]]
Anschrift der Eltern: [[A|Schönblick 33]], [[A|72083 Ebersfeld]]

Die Eltern sind nicht miteinander verheiratet. Die Vaterschaft wurde vor der Geburt beim Jugendamt anerkannt (Urkunde vom 12.12.2024), eine gemeinsame Sorgeerklärung liegt vor.

Namensbestimmung nach § 1617 BGB: Die Eltern bestimmen den Familiennamen des Vaters, „[[P|Brandl]]“, zum Geburtsnamen des Kindes. Der Vorname wird ohne die koreanische Schreibweise 민아 eingetragen.

Religionszugehörigkeit: Angabe nicht gewünscht.
Mitteilungen an: Meldebehörde, Bundeszentralamt für Steuern (Vergabe Steuer-ID), Elterngeldstelle.
Kontakt: Vater [[T|0170 2219845]]

Beurkundet am 17.02.2025
[[P|Ströbele]], Standesbeamtin
""")

# ---------------------------------------------------------------------------------------------------------------
# b24-027 outlook: Islamic burial request, RELIGION; sole trader undertaker; deceased's DOB; spaced phone
add("outlook", "friedhof_bestattung", """Betreff: Dringend: Grabstelle für meinen Vater im muslimischen Grabfeld

Sehr geehrte Damen und Herren,

mein Vater [[P|Mehmet Ali Kılıç]] ist heute Nacht im Klinikum verstorben. Wir sind eine muslimische Familie und möchten ihn nach islamischem Ritus im muslimischen Grabfeld des Bergfriedhofs beerdigen, möglichst schon am Freitag nach dem Mittagsgebet, und wenn es geht im Leichentuch ohne Sarg, das ist in Baden-Württemberg ja inzwischen erlaubt. Die rituelle Waschung übernimmt die Moscheegemeinde in der Karlstraße.

Das Bestattungshaus [[P|Hüttenrauch]] kümmert sich um die Überführung, Herr [[P|Hüttenrauch]] meldet sich heute noch bei Ihnen.

Mein Vater war zuletzt wohnhaft [[A|Eichenweg 21]], [[A|72085 Ebersfeld]], geboren am [[DOB|1.7.1947]] in Kayseri. Die Sterbeurkunde beantragen wir morgen beim Standesamt.

Bitte rufen Sie mich an: [[T|01 57 / 32 14 56 78]]

[[P|Ayşe Kılıç-Brenner]]
(Tochter)
""", ["RELIGION"])

# ---------------------------------------------------------------------------------------------------------------
# b24-028 outlook: Sozialamt, travel costs for genetic counselling, GENETIC + HEALTH
add("outlook", "sozialamt_mehrbedarf", """Betreff: Übernahme Fahrtkosten humangenetische Beratung – Az. [[AZ|50.3-GSiE-0771/23]]

Sehr geehrte Frau [[P|Okafor-Lindner]],

in meiner Familie gibt es Chorea Huntington, meine Mutter ist 2019 daran gestorben. Ich habe mich im Sommer in der Humangenetik der Uniklinik Heidelberg testen lassen, der Gentest war leider positiv (44 CAG-Wiederholungen im HTT-Gen). Symptome habe ich bisher keine. Die Klinik bietet mir jetzt regelmäßige Beratungstermine und die Teilnahme an einer Verlaufsstudie an.

Kann das Sozialamt die Fahrtkosten (Bahn hin und zurück ca. 64,80 EUR pro Termin, etwa vier Termine im Jahr) als Mehrbedarf übernehmen? Die AOK hat abgelehnt, weil die Beratung keine Krankenbehandlung sei. Den Ablehnungsbescheid vom 02.10.2025 hänge ich an.

Mit freundlichen Grüßen
[[P|Sven-Ole Rehbein]]
[[A|Im Wiesengrund 8]]
[[A|72083 Ebersfeld]]
[[T|07073 61 02 55]]
""", ["GENETIC", "HEALTH"])

# ---------------------------------------------------------------------------------------------------------------
# b24-029 word: Bußgeldstelle collective note on parking offences, plates (E and H plates), foreign address, 2-digit DOB
add("word", "ordnungsamt_halterliste", """Bürgermeisteramt Ebersfeld – Ordnungsamt / Bußgeldstelle
Sammelvermerk Halterauskünfte (KBA), Parkverstöße Bewohnerparkzone C (Altstadt), KW 41/2025

1. [[KFZ|ES-JK 77]] – 08.10.2025, 16:05 Uhr, Parken auf Bewohnerparkplatz ohne Ausweis (Tatbestandsnummer 141312, 25 EUR). Halterin laut KBA: [[P|Joanna Kamińska]]; sie ist laut Melderegister verzogen nach [[A|ul. Długa 14/3]], [[A|80-827 Gdańsk]], Polen. Zustellung im Ausland, Verfolgung wird nach Nr. 178 RiStBV geprüft.
2. [[KFZ|RT-AM 2210E]] – 09.10.2025, 08:30 Uhr, Gehwegparken mit Behinderung vor einer Grundstückseinfahrt in der Lindenstraße (70 EUR). Halter: [[P|Abdelrahman Mostafa]], geb. [[DOB|03.05.87]], [[A|Friedrichstraße 16]], [[A|72764 Reutlingen]]. Er teilt telefonisch ([[T|07121 38 45 02]]) mit, sein Sohn habe das Fahrzeug genutzt; Zeugenfragebogen versandt, Az. [[AZ|32.24-OWi-2025-118433]].
3. [[KFZ|HD-LO 845H]] – 10.10.2025, 14:20 Uhr, Bewohnerparkplatz (25 EUR). Oldtimer; Halter laut KBA: [[P|Dr. Lothar Oberndorfer]], [[A|Mönchhofstraße 40]], [[A|69120 Heidelberg]]. Laut Außendienst lag ein Besucherparkschein des Hotels am Markt im Fahrzeug, Ablauf 14:00 Uhr. Anhörungsbogen versandt, Az. [[AZ|32.24-OWi-2025-118447]].
4. [[KFZ|TÜ-MK 482]] – 10.10.2025, 17:45 Uhr, Parken im absoluten Halteverbot (35 EUR). Halter: Ebersfelder Wohnbau GmbH, Fahrzeug aus dem Firmenpool – Zeugenfragebogen an die Firma.

Bearbeitung: [[P|Wörner]], Dienstausweis-Nr. [[N|0417]]
""")

# ---------------------------------------------------------------------------------------------------------------
# b24-030 outlook: Brazilian student, Meldebescheinigung, quoted reply "Am … schrieb Bürgeramt <functional mailbox>:"
add("outlook", "buergeramt_meldebescheinigung", """Betreff: Re: Meldebescheinigung for my bank account / Kontoeröffnung

Hi Mr. [[P|Oduya]],

thanks a lot for your quick answer! I did the Anmeldung on 2 October but didn't recieve the paper because the printer was broken (lol). The Sparkasse says they need it to open my Girokonto, and without the account I can't get my salary from the HiWi job.

So here again my data:
[[P|João Pedro da Silva Santos]]
born on [[DOB|April 9th, 2001]] in Campinas, Brazil
Studentendorf Neckarhalde, [[A|Im Steinenberg 7]], [[N|Haus C, App. 1107]]
[[A|72084 Ebersfeld]]
WhatsApp: [[T|+55 19 98712-4630]] (no German number yet)

Can you send it to [[E|jpedro.dsantos@outlook.com]]? Or can I pick it up on Thursday?

Obrigado / Vielen Dank!
[[P|João]]

Am Mo., 6. Okt. 2025 um 10:15 Uhr schrieb Bürgeramt Ebersfeld <[[N|buergeramt@ebersfeld.de]]>:
> Sehr geehrter Herr [[P|da Silva Santos]],
>
> eine einfache Meldebescheinigung stellen wir Ihnen gebührenfrei aus und senden sie Ihnen per Post oder E-Mail zu. Bitte teilen Sie uns dazu Ihr Geburtsdatum und Ihre vollständige Anschrift mit.
>
> Mit freundlichen Grüßen
> i. A. [[P|Samuel Oduya]]
> Bürgeramt – Meldewesen
> Universitätsstadt Ebersfeld, [[N|Marktplatz 1]], [[N|72081 Ebersfeld]]
> Zentrale [[N|07073 204-0]] | Durchwahl [[T|07073 204-1452]]
""")


def main():
    lines = []
    for n, (channel, template, marked, flags) in enumerate(docs, 1):
        lines.append(build(f"b24-{n:03d}", channel, template, marked, flags))
    assert len(lines) == 30, len(lines)
    assert len({d["id"] for d in lines}) == len(lines)
    out = os.path.join(HERE, "fresh24.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for d in lines:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    cats = Counter(e["category"] for d in lines for e in d["entities"])
    flags = Counter(flag for d in lines for flag in d["specialCategories"])
    print(f"{len(lines)} documents, {sum(cats.values())} entities, "
          f"{sum(len(d['neutral']) for d in lines)} neutral spans -> {out}")
    print("channels:", dict(Counter(d["channel"] for d in lines)))
    for cat, count in cats.most_common():
        print(f"  {cat:18} {count}")
    print("special categories:", dict(flags))


if __name__ == "__main__":
    main()
