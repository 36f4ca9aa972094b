"""Batch 21: a held-out set of 30 German documents from the mailbox of the (invented) kreisfreie Stadt Kaltenhövel
in the Ruhr area. Written blind (without looking at the detector or earlier batches). Seed 2121212.

Run: python3 make_batch21.py  ->  batch21.jsonl next to this script.
"""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True
CORPUS = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, CORPUS)
from marks import build  # noqa: E402
from identifiers import Identifiers, mod97_iban, group  # noqa: E402

SEED = 2121212
ids = Identifiers(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))


def sp4(value):
    return group(value, 4)


def ssn_sp(value):
    return f"{value[:2]} {value[2:8]} {value[8]} {value[9:]}"


def tid_sp(value):
    return f"{value[:2]} {value[2:5]} {value[5:8]} {value[8:]}"


def amex_sp(value):
    return f"{value[:4]} {value[4:10]} {value[10:]}"


# The city's own account (Stadtkasse) is neutral wherever it appears.
CITY_IBAN = sp4(ids.iban_de())

DOCS = []


def doc(channel, template, flags, text):
    DOCS.append((channel, template, text, flags))


# 1 ---------------------------------------------------------------- Einwohnermeldeamt, informal lower-case mail
doc("outlook", "melde", [], f"""Betreff: anmeldung neue wohnung + frage wegen pass

hallo,

ich bin [[P|olena kovalenko]], geb. [[DOB|17.09.1991]] in charkiw, und bin mit meiner tochter [[P|sofiia]] (geb [[DOB|03.02.2016]]) am 1. oktober von herne nach kaltenhövel gezogen. neue adresse: [[A|heidrather str. 58]], [[N|dachgeschoss]], [[A|44866 kaltenhövel]]. die wohnungsgeberbestätigung hat herr [[P|bohdan tkachuk]] unterschrieben, ich schicke sie als foto mit.

für den termin im bürgerbüro: ich habe nur meinen ukrainischen reisepass nr. [[PASS|FE{ids.digits(6)}]] und die fiktionsbescheinigung von der ausländerbehörde. reicht das? einen deutschen ausweis habe ich nicht, meine tochter hat noch keinen eigenen pass, nur die geburtsurkunde.

meine nummer ist [[T|0157 3924 1186]] (whatsapp geht auch), die ukrainische [[T|+380 67 514 22 09]] ist meistens aus.

vielen dank
[[P|olena kovalenko]]""")

# 2 ---------------------------------------------------------------- Straßenverkehrsamt, Aktenvermerk
doc("word", "kfz", [], f"""Stadt Kaltenhövel – Straßenverkehrsamt – Zulassungsstelle

Aktenvermerk
Vorgangsnummer: [[AZ|ZL-2025-118734]]
Datum: 14.10.2025

Am Schalter 4 erschien Herr [[P|Waldemar Reimer]] (geb. [[DOB|22.08.1968]] in Karaganda) mit schriftlicher Vollmacht seiner Schwiegermutter, Frau [[P|Lydia Dück]], geboren am [[DOB|5. März 1941]], wohnhaft [[A|Im Brauck 14a]], [[A|44863 Kaltenhövel]].

Beantragt wurde die Umschreibung des Pkw VW Golf (Erstzulassung 03/2016) mit dem Kennzeichen [[KFZ|RE-LD 412]] auf den Antragsteller, wohnhaft [[A|Auf der Heide 22 b]], [[A|44866 Kaltenhövel]]. Das Kennzeichen wird im Rahmen der Kennzeichenmitnahme beibehalten.

Vorgelegt wurden:
– Personalausweis des Antragstellers, Nr. [[IDC|{ids.id_card(True)}]]
– Kopie des Personalausweises der Vollmachtgeberin ([[IDC|{ids.id_card(False)}]])
– Zulassungsbescheinigung Teil I und II, eVB-Nummer 4KT8PQ2
– SEPA-Lastschriftmandat für die Kfz-Steuer zugunsten des Hauptzollamts Dortmund, IBAN [[IBAN|{sp4(ids.iban_de())}]]

Gebühr 30,70 EUR bar bezahlt, Quittung Nr. 2025-44871. Rückfragen: [[T|02367 / 91 44 02]].

[[P|Kaczmarek]]""")

# 3 ---------------------------------------------------------------- Ordnungsamt Bußgeld, forwarded mail
doc("outlook", "bussgeld", [], """Betreff: WG: Anhörungsbogen Az. [[AZ|3.2-OWi 2025/0087431]]

Sehr geehrte Damen und Herren,

anbei leite ich Ihnen die Nachricht meines Mannes weiter, er ist zurzeit auf Montage und kommt erst in zwei Wochen zurück. Die Frist im Anhörungsbogen (Geschwindigkeitsüberschreitung innerorts um 23 km/h, 115,00 Euro und 1 Punkt) läuft am Freitag ab. Auf dem Foto ist eindeutig nicht mein Mann zu sehen.

Mit freundlichen Grüßen
[[P|Hatice Öztürk-Demir]]

-----Ursprüngliche Nachricht-----
Von: [[P|Murat Demir]] <[[E|murat.demir1979@web.de]]>
Gesendet: Montag, 13. Oktober 2025 21:14
An: [[P|Hatice Öztürk-Demir]] <[[E|h.oeztuerk-demir@gmx.de]]>
Betreff: Anhörungsbogen

[[P|Hatice]], kannst du das bitte an die Stadt schicken? Ich war am 19.09. den ganzen Tag in Ulm auf der Baustelle, das kann der Polier bestätigen. Gefahren ist an dem Tag mein Cousin [[P|Serkan]], der hatte den Wagen ([[KFZ|GE-MD 1979]]) ausgeliehen. Adresse von ihm: [[A|Bochumer Str. 211]], [[A|45886 Gelsenkirchen]]. Er weiß Bescheid und unterschreibt das auch.

[[P|Murat]]""")

# 4 ---------------------------------------------------------------- Ordnungsamt Lärm, Telefonnotiz
doc("word", "laerm", [], """Telefonnotiz

Ordnungsamt – Sachgebiet Immissionsschutz / Lärm
Datum: 21.10.2025, 08:40 Uhr

Anrufer: Hr. [[P|Friedhelm Overbeck]], [[A|Zur Zeche Hannibal 3]]
Rückrufnummer: [[T|0176 / 44 81 29 03]]

Hr. [[P|Overbeck]] beschwert sich erneut über nächtliche Ruhestörungen aus dem Haus gegenüber (Partyraum im Keller, laute Musik bis ca. 3 Uhr, zuletzt in der Nacht von Fr. auf Sa., 17./18.10.). Nach seinen Angaben wohnt dort die Familie [[P|Iliev]], der Lärm gehe meist von dem erwachsenen Sohn und dessen Freunden aus. Ein Lärmprotokoll über vier Wochen will er per Mail schicken. Die Polizei war am 18.10. vor Ort (laut Anrufer ohne Anzeige). Der Anrufer bittet ausdrücklich darum, dass sein Name gegenüber den Nachbarn nicht genannt wird.

Veranlasst:
1. Anhörung nach § 9 LImSchG NRW an [[P|Georgi Iliev]], [[A|Zur Zeche Hannibal 6]], Az. [[AZ|32.3-L-0415/25]]
2. Außendienst (Koll. [[P|Schulte-Wieschen]]) am Fr., 24.10., ab 23 Uhr vor Ort
3. WV 07.11.2025

[[P|B. Nowicki]]""")

# 5 ---------------------------------------------------------------- Ordnungsamt Abfall, lower-case with typos
doc("outlook", "abfall", [], """Betreff: wilder müll schon wieder!!!

guten tag,

an der ecke lessingstrasse / am kuhlenkamp bei den glascontainern liegt seit samstag wieder ein haufen sperrmüll, matratzen, ein alter kühlschrank und farbeimer. das is jetzt das dritte mal diesen monat!! ich hab am freitag abend gesehn wie ein weißer transporter da angehalten hat, kennzeichen war [[KFZ|HER-AK 77]] oder so ähnlich, foto ist im anhang. der fahrer hat mit dem nachbarn von gegenüber geredet, ich glaub der heißt [[P|kowalski]] oder [[P|kowalczyk]], steht jedenfalls so auf der klingel.

ausserdem wurde unsere braune tonne am donnerstag nicht geleert obwohl im abfallkalender der 16.10. steht. die gebühren für 2025 (312,40 €, rechnungsnr. AG-25-0047712) hab ich pünktlich bezahlt, meine kundennr. beim EBK ist [[AZ|1004827]].

mfg
[[P|jürgen pieper]]
[[A|am kuhlenkamp 9]]
tel [[T|02367-81 2 93]]""")

# 6 ---------------------------------------------------------------- Wohngeldstelle, Anhörung with household table
doc("word", "wohngeld", [], f"""Stadt Kaltenhövel · Der Oberbürgermeister · Amt für Soziales und Wohnen – Wohngeldstelle
[[N|Rathausplatz 1]] · [[N|44861 Kaltenhövel]]

Frau
[[P|Rasha Haddad]]
[[A|Hülsstr. 41]]
[[A|44862 Kaltenhövel]]

Aktenzeichen: [[AZ|50.3-WoG-04417/25]]
Auskunft erteilt: Zimmer 2.114
Telefon: [[T|02367 804-2713]]
E-Mail: [[E|jan.terhorst@kaltenhoevel.de]]
Datum: 28.10.2025

Wohngeld – Anhörung vor Aufhebung und Rückforderung (§ 24 SGB X)

Sehr geehrte Frau [[P|Haddad]],

mit Bescheid vom 12.03.2025 wurde Ihnen für den Bewilligungszeitraum 01.03.2025 bis 28.02.2026 ein Mietzuschuss von monatlich 386,00 EUR bewilligt. Der Berechnung lagen folgende Haushaltsmitglieder zugrunde:

Name | Vorname | geb. am | berücksichtigtes Einkommen
[[P|Haddad]] | [[P|Rasha]] | [[DOB|04.06.1987]] | 1.240,00 EUR (Teilzeit)
[[P|Al-Hassan]] | [[P|Mohammad]] | [[DOB|17.05.1984]] | 0,00 EUR

Aus dem Datenabgleich nach § 33 WoGG ist uns bekannt geworden, dass Herr [[P|Al-Hassan]] seit dem 01.07.2025 sozialversicherungspflichtig beschäftigt ist (Bruttoeinkommen 2.150,00 EUR monatlich). Diese Änderung wurde nicht mitgeteilt (§ 27 Abs. 3 WoGG). Nach vorläufiger Berechnung besteht ab Juli 2025 kein Anspruch mehr; die Überzahlung für Juli bis Oktober beträgt 1.544,00 EUR.

Bevor ich entscheide, haben Sie Gelegenheit, sich bis zum 25.11.2025 zu äußern. Die Zahlungen wurden auf Ihr Konto [[IBAN|{sp4(ids.iban_de())}]] geleistet; bitte zahlen Sie noch nichts zurück, Sie erhalten gegebenenfalls einen gesonderten Bescheid.

Mit freundlichen Grüßen
Im Auftrag

[[P|Terhorst]]""")

# 7 ---------------------------------------------------------------- Wohngeld, pensioner's mail
doc("outlook", "wohngeld", [], f"""Betreff: Wohngeld Weiterleistungsantrag – Ihr Zeichen [[AZ|50.3-WoG-01982/24]]

Sehr geehrte Frau [[P|Wittkamp]],

wie am Telefon besprochen sende ich Ihnen die fehlende Unterlagen für unseren Weiterleistungsantrag. Meine Altersrente ist zum 1. Juli 2025 gestiegen, der neue Rentenbescheid liegt bei (Versicherungsnummer [[SSN|{ssn_sp(ids.social_security("120458", "P"))}]]). Meine Frau [[P|Eleni]] (geb. [[DOB|30.11.1961]]) bekommt eine kleine Rente aus Griechenland von der EFKA, ca. 210 Euro im Monat, die Bescheinigung ist leider nur auf griechisch. Muss ich das übersetzen lassen?

Meine Steuer-Identifikationsnummer ist [[TID|{tid_sp(ids.tax_id())}]], die von meiner Frau finde ich nicht, ich reiche sie nach.

Die Miete ist gleich geblieben, 548 Euro warm, Vermieter ist weiter die Wohnungsgenossenschaft Glückauf eG. Bitte das Wohngeld weiter auf unser Konto bei der Sparkasse überweisen:
[[IBAN|{sp4(ids.iban_de())}]]

Mit freundlichen Grüßen
[[P|Dimitrios Papadopoulos]]
[[A|Karl-Arnold-Platz 5-7]], [[N|Whg. 12]]
[[A|44864 Kaltenhövel]]
Tel. [[T|02367 / 3 41 88]]""")

# 8 ---------------------------------------------------------------- Sozialamt / Jobcenter-Schnittstelle
doc("word", "jobcenter", ["HEALTH"], f"""Stadt Kaltenhövel – Sozialamt – Abt. 50.2 Grundsicherung und Hilfe zum Lebensunterhalt

Vermerk
Zuständigkeitsklärung Jobcenter / Sozialamt – Erwerbsfähigkeit (§ 44a SGB II)

Betroffene Person: [[P|Mahmoud El-Zein]], geb. [[DOB|02.02.1971]]
Anschrift: [[A|Westring 8]], [[A|44861 Kaltenhövel]] (Untermiete bei Familie [[P|Chehade]])
Nummer der Bedarfsgemeinschaft: [[AZ|36307//0058214]]
Rentenversicherungsnummer: [[SSN|{ids.social_security("020271", "E")}]]
Krankenversichertennummer: [[KV|{ids.health_insurance()}]]

Sachverhalt:
Herr [[P|El-Zein]] bezieht seit 2019 Bürgergeld vom Jobcenter Kaltenhövel. Nach dem sozialmedizinischen Gutachten des Ärztlichen Dienstes der Agentur für Arbeit vom 04.09.2025 kann er wegen einer koronaren Herzerkrankung mit zwei Stents und eines schlecht eingestellten insulinpflichtigen Diabetes voraussichtlich länger als sechs Monate nur unter drei Stunden täglich arbeiten. Das Jobcenter (Frau [[P|Lo Presti]], Tel. [[T|02367 9180-317]]) hat mit Schreiben vom 22.09.2025 die Leistungen zum 31.10.2025 eingestellt und um Übernahme gebeten.

Bewertung:
Eine Reha-Maßnahme (Kardiologie) wurde bisher nicht durchgeführt; die Prognose des Gutachtens erscheint daher verfrüht. Bis zur Entscheidung der DRV Westfalen bleibt das Jobcenter nach § 44a Abs. 1 Satz 7 SGB II leistungspflichtig.

Weiteres Vorgehen:
– Widerspruch gegen die Feststellung an das Jobcenter, Frist 06.10.2025 gewahrt (Fax vom 01.10.2025)
– Ersuchen an die DRV Westfalen um gutachterliche Stellungnahme
– Den Betroffenen schriftlich über den Stand informieren
– Wiedervorlage 15.12.2025

[[P|Heßeling]], 50.2""")

# 9 ---------------------------------------------------------------- Sozialamt Hilfe zur Pflege, daughter's mail
doc("outlook", "pflege", ["HEALTH"], f"""Betreff: AW: Antrag Hilfe zur Pflege – Az. [[AZ|50.4-HzP-2025-0311]]

Guten Tag Herr [[P|Grabowski]],

vielen Dank für das Telefonat gestern. Wie besprochen schicke ich Ihnen die Unterlagen für meine Mutter, [[P|Krystyna Zielińska]], geboren am [[DOB|8. Dezember 1938]] in Katowice. Sie lebt seit August im Seniorenzentrum Haus Abendsonne, [[A|Auf dem Kamp 2–4]], [[N|Zimmer 114]], [[A|44867 Kaltenhövel]].

Die Pflegekasse hat im September Pflegegrad 4 festgestellt. Die Demenz ist leider schon so weit fortgeschritten, dass sie uns oft nicht mehr erkennt, dazu kommt seit dem Sturz im Frühjahr die Hüfte. Ihre Renten (Witwenrente und eigene Altersrente) reichen für den Eigenanteil von 2.870,15 € im Monat nicht aus, das Ersparte ist bis auf das Schonvermögen aufgebraucht.

Anbei:
– Kontoauszüge Mai bis Oktober, Konto [[IBAN|{sp4(ids.iban_de())}]]
– Rentenbescheid der DRV, [[SSN|{ssn_sp(ids.social_security("081238", "Z"))}]]
– Kopie der Versichertenkarte ([[KV|{ids.health_insurance()}]])
– Heimvertrag und Rechnung September (Rechnungs-Nr. 2025-09-0114)

Ich bin tagsüber am besten mobil unter [[T|0160 91 22 48 17]] erreichbar.

Viele Grüße
[[P|Agata Zielińska-Kurek]]
[[A|Wolbecker Str. 119 a]]
[[A|48155 Münster]]""")

# 10 --------------------------------------------------------------- Sozialamt, Hausbesuchsbericht
doc("word", "pflege", ["HEALTH", "RELIGION"], """Sozialamt – Hilfe zur Pflege (ambulant)
Bericht über einen Hausbesuch

Az.: [[AZ|50.4-HzP-2025-0287]]
Hausbesuch am 16.10.2025, 10:00–11:15 Uhr
Anwesend: Herr [[P|Kanagaratnam Tharmalingam]] (Leistungsberechtigter), seine Tochter Frau [[P|Tharshika Sivakumar]], die Unterzeichnerin

1. Wohnsituation
Zweizimmerwohnung im Erdgeschoss, [[A|Im Wiesengrund 30-32]], [[A|44869 Kaltenhövel]]. Der Zugang ist stufenlos, das Bad hat eine Badewanne ohne Lifter. Herr [[P|Tharmalingam]] (* [[DOB|21.03.1946]] in Jaffna) lebt allein, die Tochter wohnt mit ihrer Familie zwei Häuser weiter.

2. Gesundheitliche Situation und Pflegebedarf
Zustand nach Schlaganfall im Februar 2023 mit Halbseitenlähmung rechts und Sprachstörung, zusätzlich Diabetes Typ 2. Pflegegrad 3 laut Gutachten des Medizinischen Dienstes vom 02.05.2025. Die Tochter übernimmt die Grundpflege morgens und abends; mittags kommt bisher niemand.

3. Persönliche Wünsche
Der Leistungsberechtigte ist praktizierender Hindu. Die Familie bittet, dass der Pflegedienst die morgendliche Puja am Hausaltar nicht unterbricht und bei der Essenszubereitung ausschließlich vegetarisch kocht.

4. Beantragt / Empfehlung
Übernahme der ungedeckten Kosten eines Pflegedienstes für einen zusätzlichen Mittagseinsatz (ca. 420,00 EUR monatlich) sowie eines Badewannenlifters (vorrangig Pflegekasse, § 40 SGB XI). Einkommen: Altersrente 612,40 EUR, Wohngeld wurde abgelehnt. Empfehlung: Bewilligung.

Kontakt Tochter: [[T|0152 - 0193 4477]], [[E|tharshika.siva@outlook.de]]

[[P|Dilan Aksoy]]
Sozialer Dienst""")

# 11 --------------------------------------------------------------- Jugendamt Kita, harmless church and no flag
doc("outlook", "kita", [], """Betreff: Kita-Platz für [[P|Minh Anh]] – Wechsel in die Kita St. Marien möglich?

Sehr geehrte Damen und Herren,

unsere Tochter [[P|Minh Anh Trần]], geboren am [[DOB|14.02.2022]], besucht zurzeit die städtische Kita Regenbogen an der Bergstraße. Im Dezember ziehen wir in die Heidrather Straße, deshalb möchten wir fragen, ob ein Wechsel in die katholische Kita St. Marien im Gemeindehaus neben der Kirche möglich ist. Ihr großer Bruder [[P|Bảo]] geht dort schon in die Vorschulgruppe, das wäre für uns mit dem Bringen und Abholen viel einfacher.

Unsere neue Adresse ab 01.12.2025: [[A|Heidrather Straße 117]], [[N|3. OG rechts]], [[A|44866 Kaltenhövel]].

Die Anmeldung im Kita-Portal hat die Vorgangsnummer [[AZ|KP-2025-66190]]. Ändert sich durch den Wechsel der Elternbeitrag (zurzeit 96 € im Monat, Einkommensstufe 3)? Das Essensgeld zahlen wir weiter per Dauerauftrag.

Mit freundlichen Grüßen
[[P|Trần Văn Minh]] und [[P|Phạm Thu Hà]]
Tel.: [[T|+49 1512 3380917]]""")

# 12 --------------------------------------------------------------- Jugendamt Unterhaltsvorschuss, letter abroad
doc("word", "unterhaltsvorschuss", ["GENETIC"], f"""Stadt Kaltenhövel · Der Oberbürgermeister · Jugendamt – Unterhaltsvorschusskasse
[[N|Rathausplatz 1]] · [[N|44861 Kaltenhövel]]

Herrn
[[P|Chukwuemeka Okonkwo]]
[[A|Via Giuseppe Verdi 27]]
[[A|10124 Torino]]
[[N|ITALIEN]]

Geschäftszeichen: [[AZ|51.4-UV 3318/25]] (bitte stets angeben)
Ansprechpartnerin: Frau [[P|Sommer]], Tel. [[T|+49 2367 804-5142]]
Datum: 29.10.2025

Unterhaltsvorschuss für Ihr Kind [[P|Chiamaka Adeyemi]], geb. [[DOB|07.07.2018]]
Rechtswahrungsanzeige und Aufforderung zur Auskunft (§§ 6, 7 UVG)

Sehr geehrter Herr [[P|Okonkwo]],

für Ihre Tochter, die im Haushalt ihrer Mutter, Frau [[P|Ngozi Adeyemi]], in Kaltenhövel lebt, zahlt die Unterhaltsvorschusskasse seit dem 01.06.2025 Unterhaltsvorschuss in Höhe von monatlich 293,00 EUR. Ihre Vaterschaft wurde mit Beschluss des Amtsgerichts Recklinghausen vom 11.02.2019 (Az. [[AZ|41 F 212/18]]) aufgrund eines DNA-Abstammungsgutachtens festgestellt.

In Höhe der gezahlten Leistungen geht Ihr Unterhaltsanspruch auf das Land Nordrhein-Westfalen über (§ 7 Abs. 1 UVG). Sie sind verpflichtet, uns Auskunft über Ihr Einkommen und Vermögen zu erteilen. Bitte senden Sie den beigefügten Fragebogen mit Nachweisen (Gehaltsabrechnungen der letzten zwölf Monate, Arbeitsvertrag) bis zum 30.11.2025 zurück.

Nach Angaben der Mutter sind Sie bei einem Logistikunternehmen in Turin beschäftigt und besitzen einen nigerianischen Reisepass mit der Nummer [[PASS|A{ids.digits(8)}]]. Sollten Sie inzwischen eine andere Anschrift haben, teilen Sie uns diese bitte mit.

Zahlungen leisten Sie bitte unter Angabe des Geschäftszeichens auf das Konto der Stadtkasse Kaltenhövel, IBAN [[N|{CITY_IBAN}]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Sommer]]""")

# 13 --------------------------------------------------------------- Standesamt, same-sex couple's mail
doc("outlook", "standesamt", ["SEXUAL_ORIENTATION"], f"""Betreff: Anmeldung Eheschließung – welche Unterlagen aus Griechenland und Portugal?

Hallo liebes Team vom Standesamt,

mein Partner [[P|João Ferreira da Silva]] und ich, [[P|Nikos Karagiannidis]], wollen nächsten Sommer heiraten – am liebsten im Trauzimmer vom Wasserschloss Haus Heidrath. Wir sind seit sechs Jahren ein Paar und wohnen zusammen in der [[A|Lindenhofstraße 3]], [[A|44862 Kaltenhövel]].

Was brauchen wir genau für die Anmeldung? Ich bin deutscher und griechischer Staatsangehöriger, geb. am [[DOB|9. Januar 1990]] in Thessaloniki, Personalausweis [[IDC|{ids.id_card(False)}]]. [[P|João]] ist Portugiese (geboren am [[DOB|23/04/1988]] in Braga), sein Reisepass hat die Nummer [[PASS|CB{ids.digits(6)}]]. Braucht er ein Ehefähigkeitszeugnis aus Portugal, und muss die Geburtsurkunde übersetzt und beglaubigt sein?

Und noch eine Frage: Nach der Hochzeit möchte er meinen Namen annehmen. Muss er dann sofort einen neuen portugiesischen Pass mit neuem biometrischen Foto beantragen, oder reicht erst mal die Heiratsurkunde?

Liebe Grüße
[[P|Nikos]] & [[P|João]]

[[E|nikos.karagiannidis@posteo.de]]
[[T|+49 (0)172 5669301]]""")

# 14 --------------------------------------------------------------- Standesamt, Niederschrift (Namensbestimmung)
doc("word", "standesamt", ["RELIGION"], f"""Standesamt Kaltenhövel

Niederschrift über die Bestimmung des Geburtsnamens und der Vornamen eines Kindes
Geburtenregister-Nr.: [[AZ|G 1482/2025]]

Vor der unterzeichnenden Standesbeamtin erschienen heute, am 24.10.2025, ausgewiesen durch die bezeichneten Dokumente:

1. Herr [[P|Serhat Doğan]], geboren am [[DOB|12.12.1994]] in Cizre (Türkei), wohnhaft [[A|Schemannstraße 3]], [[A|44861 Kaltenhövel]], ausgewiesen durch Personalausweis Nr. [[IDC|{ids.id_card(True)}]],
2. Frau [[P|Rojda Doğan]] geb. [[P|Ekinci]], geboren am [[DOB|30. Juli 1997]] in Kaltenhövel, wohnhaft ebenda, ausgewiesen durch Reisepass Nr. [[PASS|{ids.passport(True)}]].

Die Erschienenen erklärten:
Wir sind die Eltern des am [[DOB|19.10.2025]] im St.-Elisabeth-Hospital Kaltenhövel zur Welt gekommenen Kindes. Wir führen den gemeinsamen Ehenamen [[P|Doğan]]. Das Kind soll die Vornamen „[[P|Zîlan Ronahî]]“ erhalten.

Auf Wunsch der Eltern wird vermerkt, dass die Familie der ezidischen Religionsgemeinschaft angehört; eine Eintragung in das Geburtenregister ist nicht möglich, da die Gemeinschaft keine Körperschaft des öffentlichen Rechts ist.

Vorgelesen, genehmigt und unterschrieben.

[[P|Anneliese von der Heydt]]
Standesbeamtin""")

# 15 --------------------------------------------------------------- Friedhof, Muslim burial
doc("outlook", "friedhof", ["RELIGION"], """Betreff: Dringend – Bestattung meines Vaters nach islamischem Ritus

Sehr geehrte Damen und Herren der Friedhofsverwaltung,

mein Vater [[P|Abdelkader El Amrani]] ist heute Nacht im Marienhospital verstorben. Er wurde am [[DOB|1. Mai 1949]] in Nador geboren und hat mehr als 50 Jahre in Kaltenhövel gelebt, zuletzt im [[A|Bergmannsweg 21]]. Als gläubiger Muslim wollte er nach islamischem Ritus beigesetzt werden, möglichst schnell, in einem Grab mit Ausrichtung nach Mekka auf dem muslimischen Grabfeld des Waldfriedhofs.

Ist eine Beisetzung am Freitag nach dem Freitagsgebet möglich? Die rituelle Waschung übernimmt die Moscheegemeinde an der Hafenstraße. Um die Formalitäten kümmert sich das Bestattungshaus Am Waldfriedhof, dort ist Herr [[P|Lütke-Entrup]] unser Ansprechpartner ([[T|02367 40 77 0]]).

Außerdem: Ist im Feld 14 neben dem Grab meiner Mutter [[P|Fatima El Amrani]] (Reihe 3, Grab Nr. 212) noch eine Stelle frei? Die Nutzungsgebühr laut Rechnung Nr. FV-2019-0387 lief damals über 25 Jahre.

Mit freundlichen Grüßen
[[P|Youssef El Amrani]]
Tel. [[T|0178 2291 405]]
[[E|youssef.elamrani@gmail.com]]""")

# 16 --------------------------------------------------------------- Bauordnung, Anhörung
doc("word", "bauordnung", [], """Stadt Kaltenhövel · Der Oberbürgermeister · Bauordnungsamt
Technisches Rathaus · [[N|Hochstraße 40]] · [[N|44861 Kaltenhövel]]

Eheleute
[[P|Salvatore]] und [[P|Giulia Di Stefano]]
[[A|Auf'm Hövel 18]]
[[A|44869 Kaltenhövel]]

Aktenzeichen: [[AZ|63.2-BK-0812/2025]]
Grundstück: Gemarkung Ostrich, Flur 12, Flurstück 447
Sachbearbeitung: Dipl.-Ing. [[P|Frank Terwellen]], Tel. [[T|02367 804-6320]]
Datum: 30.10.2025

Errichtung einer Terrassenüberdachung ohne Baugenehmigung
Anhörung gemäß § 28 VwVfG NRW vor Erlass einer Beseitigungsanordnung

Sehr geehrte Eheleute [[P|Di Stefano]],

bei einer Ortsbesichtigung am 07.10.2025 wurde festgestellt, dass auf Ihrem Grundstück eine Terrassenüberdachung aus Aluminium und Glas mit einer Grundfläche von ca. 6,20 m x 4,50 m errichtet worden ist. Sie überschreitet die im Bebauungsplan Nr. 63 „Am Hövelbach“ festgesetzte rückwärtige Baugrenze um etwa 2,50 m. Das Vorhaben ist daher nicht nach § 62 Abs. 1 BauO NRW 2018 genehmigungsfrei; ein Bauantrag liegt nicht vor. Ausgeführt wurde die Anlage nach unseren Feststellungen von der Firma Metallbau [[P|Ralf Kemper]] e. K.

Ich beabsichtige, die Beseitigung der Überdachung innerhalb von drei Monaten nach Bestandskraft anzuordnen (§ 82 BauO NRW) und für den Fall der Nichtbefolgung ein Zwangsgeld von 2.500,00 EUR anzudrohen. Vorher haben Sie Gelegenheit, sich bis zum 21.11.2025 zu äußern. Sie können auch über eine bauvorlageberechtigte Person einen nachträglichen Bauantrag mit Antrag auf Befreiung nach § 31 Abs. 2 BauGB stellen; dessen Erfolgsaussichten sind allerdings gering.

Mit freundlichen Grüßen
Im Auftrag
[[P|Terwellen]]""")

# 17 --------------------------------------------------------------- Bauordnung, architect's reply
doc("outlook", "bauordnung", [], f"""Betreff: AW: Bauantrag Mehrfamilienhaus [[A|Brünninghauser Weg 40]] – Ihr Az. [[AZ|63.1-BA-1177/2025]] – Nachforderung vom 09.10.2025

Sehr geehrter Herr [[P|Terwellen]],

in der Anlage erhalten Sie die nachgeforderten Unterlagen:
1. Standsicherheitsnachweis, aufgestellt von Herrn [[P|Ionuț Popescu]] (Tragwerksplanung), mit Prüfbericht
2. Stellplatznachweis nach § 48 BauO NRW (14 Stellplätze, davon 2 barrierefrei)
3. Entwässerungsgesuch mit Lageplan
4. erneut unterschriebene Vollmacht der Bauherrin, Frau [[P|Katarzyna Wiśniewska]]

Zur Abstandfläche zum Nachbargrundstück: Die Baulasterklärung des Eigentümers wurde am 14.10. beim Notar unterschrieben, die Eintragung ins Baulastenverzeichnis ist beantragt.

Für Rückfragen stehe ich gern zur Verfügung.

Mit freundlichen Grüßen

[[P|Maren Hölscher-Kamps]]
Dipl.-Ing. Architektin AKNW

[[P|hölscher-kamps]] architektur
[[A|Kirchhellener Str. 58]] · [[A|46236 Bottrop]]
T [[T|02041 / 70 65 3-0]]
[[E|mhk@hk-architektur.de]]
USt-IdNr. [[VAT|{ids.vat_id()}]]""")

# 18 --------------------------------------------------------------- Stadtkasse, Pfändungsverfügung
doc("word", "vollstreckung", [], f"""Stadt Kaltenhövel · Der Oberbürgermeister · Stadtkasse – Vollstreckungsstelle
[[N|Rathausplatz 1]] · [[N|44861 Kaltenhövel]]

Postzustellungsauftrag
Logistikzentrum Emscher GmbH
– Personalabteilung –
[[N|Industriestraße 12]]
[[N|44866 Kaltenhövel]]

Kassenzeichen: [[AZ|402.3171.0558.2]]
Datum: 22.10.2025

Pfändungs- und Einziehungsverfügung
(§§ 40, 48 VwVG NRW i. V. m. §§ 850 ff. ZPO)

Vollstreckungsschuldner: Herr [[P|Ionel Dumitrescu]], geb. [[DOB|14.11.1985]]
wohnhaft: [[A|Zur Alten Ziegelei 7 b]], [[A|44863 Kaltenhövel]]

Der Vollstreckungsschuldner schuldet der Stadt Kaltenhövel aus seinem früheren Gewerbebetrieb „Transporte [[P|Dumitrescu]]“ (Steuernummer [[TNR|{ids.tax_number_nrw()}]]) folgende Beträge:

Gewerbesteuer 2023 (Bescheid vom 14.03.2025)    2.318,00 EUR
Säumniszuschläge bis 30.09.2025                   184,00 EUR
Mahngebühren                                       12,50 EUR
Kosten dieser Verfügung                            27,60 EUR
Gesamt                                          2.542,10 EUR

Wegen dieser Forderungen sowie der weiteren Säumniszuschläge wird die angebliche Forderung des Schuldners gegen Sie (Drittschuldner) auf Zahlung des gesamten gegenwärtigen und künftigen Arbeitseinkommens im Rahmen der Pfändungsfreigrenzen gepfändet. Es wird angeordnet, dass Sie den pfändbaren Betrag an die Stadtkasse Kaltenhövel, IBAN [[N|{CITY_IBAN}]], unter Angabe des Kassenzeichens überweisen. Dem Schuldner wird verboten, über die Forderung zu verfügen. Bitte geben Sie innerhalb von zwei Wochen die Drittschuldnererklärung nach § 840 ZPO ab.

Sachbearbeitung: Zimmer 1.08, Tel. [[T|02367 804-2155]]

Im Auftrag
[[P|Bozkurt]]""")

# 19 --------------------------------------------------------------- Stadtkasse, Ratenzahlung, BG IBAN and card
BG_IBAN = mod97_iban("BG", "UNCR" + ids.digits(14))
doc("outlook", "vollstreckung", [], f"""Betreff: Ratenzahlung Kassenzeichen [[AZ|402.2988.1044.7]] – [[P|Stefka Ivanova]]

Sehr geehrte Damen und Herren,

ich habe Ihr Schreiben vom 6.10. (Vollstreckungsankündigung) bekommen. Es geht um die Grundbesitzabgaben 2024 und 2025, zusammen 1.146,80 €. Ich kann das nicht auf einmal bezahlen, weil ich seit Juli in Elternzeit bin und mein Mann [[P|Dimitar Petrov]] gerade keine Arbeit hat. Ich bitte um Ratenzahlung von 100 € im Monat.

Die erste Rate wollte ich heute über Ihr Online-Portal mit Kreditkarte zahlen, aber die Zahlung wurde abgelehnt (Karte [[CC|{sp4(ids.credit_card("4", 16))}]], gültig bis 09/27). Können Sie bitte prüfen, ob das Geld doch angekommen ist?

Die weiteren Raten können Sie per Lastschrift von meinem Konto einziehen, das ist noch in Bulgarien: [[IBAN|{sp4(BG_IBAN)}]]. Geht das?

Mit freundlichen Grüßen
[[P|Stefka Ivanova]]
[[A|Am Schwarzen Weg 2]]
[[A|44864 Kaltenhövel]]
mobil: [[T|0049 176 47 11 03 86]]""")

# 20 --------------------------------------------------------------- Schulverwaltung, Liste Schülerfahrkosten
doc("word", "schuelerfahrkosten", ["HEALTH"], """Stadt Kaltenhövel – Schulverwaltungsamt – Schülerfahrkosten

Anträge auf Übernahme von Schülerfahrkosten, Schuljahr 2025/26
Vorlage für die Teambesprechung am 03.11.2025

Nr. | Name, Vorname | geb. | Anschrift | Schule | Schulweg | Vorschlag
1 | [[P|Mensah]], [[P|Kwame]] | [[DOB|21.06.2014]] | [[A|Zechenstraße 88]], [[A|44867 Kaltenhövel]] | Gymnasium am Stadtpark, Kl. 5 | 3,1 km | Ablehnung (unter 3,5 km, § 5 SchfkVO)
2 | [[P|Boateng]], [[P|Akosua]] | [[DOB|02.03.2016]] | [[A|Hafenstraße 5]] | GGS Ostrich | 1,6 km | Bewilligung (besonders gefährlicher Schulweg über die B 235, § 6 SchfkVO)
3 | [[P|Schellenberg]], [[P|Nikita]] | [[DOB|30.01.2013]] | [[A|Kolpingstr. 3a]] | Regenbogenschule (Förderschwerpunkt körperliche und motorische Entwicklung) | 6,8 km | Schülerspezialverkehr: [[P|Nikita]] hat eine Epilepsie und nutzt einen Rollstuhl, Beförderung mit Begleitperson erforderlich (ärztliches Attest liegt vor)

Bearbeitung: [[P|A. Fink]]""")

# 21 --------------------------------------------------------------- Schulverwaltung, parent's informal mail
doc("outlook", "schuelerfahrkosten", [], f"""Betreff: schokoticket verloren

hallo frau [[P|fink]],

mein sohn [[P|dawid]] (klasse 7b an der gesamtschule heidrath) hat sein schokoticket verlorn, wahrscheinlich im bus. kann man das neu machen lassen und was kostet das? die kundennummer steht auf dem alten brief: [[AZ|7003441298]]

und noch was, wir wohnen seit dem sommer nicht mehr in der kolpingstr sondern bei meinem lebensgefärten [[P|tomasz]], [[A|Grüner Weg 7]], [[A|44862 Kaltenhövel]]. geht das ticket dann trotzdem weiter oder muss ich neu beantragen?

der eigenanteil von 12 € wird ja jeden monat von meinem konto abgebucht [[IBAN|{ids.iban_de()}]], das bleibt gleich.

danke und lg
[[P|Joanna Kamińska]]
handy [[T|0160/7723519]]""")

# 22 --------------------------------------------------------------- Integrationsbüro, Beratungsvermerk
doc("word", "integration", ["ETHNICITY"], f"""Kommunales Integrationszentrum / Integrationsbüro Kaltenhövel

Beratungsvermerk
Datum: 09.10.2025, 14:30–15:45 Uhr, Beratungsraum 0.07
Anwesend: Frau [[P|Berivan Hesso]], Herr [[P|Jamil Hesso]], eine Dolmetscherin (Kurmancî/Deutsch), der Unterzeichner als Berater

Ausgangslage
Die Eheleute [[P|Hesso]] stammen aus Qamischli (Nordost-Syrien). Sie sind kurdischer Volkszugehörigkeit und waren in Syrien als „Ajanib“ registriert, also staatenlos. Einreise 11/2022, seit März 2024 Aufenthaltserlaubnis nach § 25 Abs. 2 AufenthG, Wohnsitz: [[A|Emscherallee 144]], [[A|44866 Kaltenhövel]]. Herr [[P|Hesso]] ist am [[DOB|11.04.1986]] geboren, er hat 2010 an der Universität Aleppo Pharmazie abgeschlossen.

Anliegen
1. Kindergeld: Die Familienkasse fordert die steuerlichen Identifikationsnummern aller drei Kinder. Vorhanden sind die Nummern von [[P|Rania]] ([[TID|{ids.tax_id()}]]) und [[P|Azad]] ([[TID|{tid_sp(ids.tax_id())}]]); für die jüngste Tochter [[P|Hêvî]] ist die Nummer beim BZSt erneut angefordert, die erste Mitteilung ging an die alte Unterkunftsadresse.
2. Berufsanerkennung: Antrag auf Approbation bei der Bezirksregierung Düsseldorf wird vorbereitet; Kenntnisprüfung erforderlich.
3. Sprachkurs: Integrationskurs mit Kinderbetreuung für die Ehefrau, VHS-Kurs IK-2025-14 ab 12.01.2026 empfohlen.

Vereinbarungen
– Kopien der Zeugnisse zum nächsten Termin (06.11.2025) mitbringen.
– Kontakt: [[T|0176 31 02 77 64]] (auch WhatsApp, arabisch/kurdisch)

[[P|F. Miri]]""")

# 23 --------------------------------------------------------------- Integrationsbüro, Ghanaian citizen's mail
doc("outlook", "integration", [], f"""Betreff: Integration course – Berechtigungsschein / Abendkurs?

Sehr geehrte Damen und Herren,

mein Name ist [[P|Abena Owusu-Ansah]], ich komme aus Kumasi in Ghana und wohne seit April bei der Familie meiner Cousine: c/o [[P|Boateng]], [[A|Hafenstraße 5]], [[A|44861 Kaltenhövel]].

Vom BAMF habe ich einen Berechtigungsschein für den Integrationskurs bekommen (BAMF-Aktenzeichen [[AZ|8112745-288]]). Ich arbeite aber als Pflegehelferin im St.-Elisabeth-Hospital im Schichtdienst und kann nicht jeden Vormittag. Gibt es auch Abendkurse oder Online-Kurse? Der Kurs 25-ABK-03 bei der VHS ist leider schon voll.

Für die Anmeldung: Geburtsdatum [[DOB|17. Aug. 1993]], ghanaischer Reisepass [[PASS|G{ids.digits(7)}]]. My German is better in writing than on the phone, sorry for mistakes.

Thank you and best regards / Vielen Dank
[[P|Abena Owusu-Ansah]]
[[T|+49 157 39 84 21 06]]
[[E|abena.owusuansah@yahoo.com]]""")

# 24 --------------------------------------------------------------- Personalamt, Personalbogen (Formular)
doc("word", "personal", ["RELIGION"], f"""Stadt Kaltenhövel – Personal- und Organisationsamt

Personalbogen – Neueinstellung zum 01.11.2025
Personalnummer: [[N|104882]]

Name: [[P|Wieczorek]]
Vorname: [[P|Jana Marie]]
Geburtsdatum: [[DOB|03.03.1995]]
Geburtsort: Kaltenhövel
Staatsangehörigkeit: deutsch
Anschrift: [[A|Ruhrstraße 9]]
           [[A|44862 Kaltenhövel]]
Telefon (privat): [[T|02367 988712]]
E-Mail (privat): [[E|jana.wieczorek95@t-online.de]]

Steuerliche Angaben
Identifikationsnummer: [[TID|{ids.tax_id()}]]
Steuerklasse: I, Kinderfreibeträge: 0
Religionszugehörigkeit (Kirchensteuer): rk

Sozialversicherung
Rentenversicherungsnummer: [[SSN|{ssn_sp(ids.social_security("030395", "W"))}]]
Krankenkasse: AOK NordWest

Bankverbindung
IBAN: [[IBAN|{sp4(ids.iban_de())}]]
Kontoinhaberin: [[P|Jana Wieczorek]]

Tätigkeit: Sachbearbeiterin im Bürgerservice, EG 8 TVöD-VKA, Stufe 2, Vollzeit (39 Std./Woche)
Dienstausweis-Nr.: [[N|4471]]

Vermerk: Erweitertes Führungszeugnis liegt vor (ohne Eintrag). Unterlagen vollständig.
[[P|Kötter]], 10.2""")

# 25 --------------------------------------------------------------- Personalamt, employee's mail (union)
doc("outlook", "personal", ["UNION"], """Betreff: Personalgespräch am 30.10. – Begleitung durch ver.di

Hallo Frau [[P|Kötter]],

danke für die Einladung zum Gespräch über meine Umsetzung vom Bürgerservice ins Straßenverkehrsamt. Ich möchte Sie vorab informieren, dass ich seit vielen Jahren ver.di-Mitglied bin und mich von unserem Gewerkschaftssekretär, Herrn [[P|Thorsten Wienold]], begleiten lasse. Frau [[P|Sarıkaya]] vom Personalrat ist ebenfalls informiert und kommt dazu.

Er ist erreichbar unter [[T|0231 54 50 71-23]] oder [[E|thorsten.wienold@verdi.de]], falls Sie den Termin direkt mit ihm abstimmen möchten.

Viele Grüße
[[P|Kerstin Aydın]]
Bürgerservice, Zimmer E.12
Tel. [[T|02367 804-3104]]
privat lieber: [[T|0173 / 2 14 55 90]]""")

# 26 --------------------------------------------------------------- Beschwerdemanagement, forwarded complaint
doc("outlook", "beschwerde", ["ETHNICITY"], f"""Betreff: WG: Beschwerde über Behandlung im Bürgerservice am 15.10.2025

Sehr geehrte Damen und Herren,

mit Einverständnis von Herrn [[P|Bălan]] leite ich Ihnen seine Schilderung weiter und bitte um Prüfung und eine schriftliche Antwort an die Familie. Ich begleite die Familie seit 2023 in der Migrationsberatung.

Mit freundlichen Grüßen
[[P|Maria Lopes Pereira]]
Migrationsberatung für erwachsene Zuwanderer (MBE)
Caritasverband Kaltenhövel e. V. · [[N|Kirchplatz 2]] · [[N|44861 Kaltenhövel]]
Tel. [[T|02367 5 09 18-42]]

Am 17.10.2025 um 09:12 schrieb [[P|Florin Bălan]] <[[E|florin.balan88@yahoo.ro]]>:
> Guten Tag,
> ich war am 15.10. mit meiner Frau [[P|Ramona]] und unserem Sohn [[P|Luca]] im Bürgerservice für die Anmeldung. Der Mann am Schalter 3 hat laut zu seinem Kollegen gesagt „schon wieder Zigeuner, die machen nur Arbeit“. Ja, wir sind Roma, aber so darf er nicht reden. Dann hat er uns weggeschickt, obwohl wir alle Papiere hatten: Mietvertrag, Wohnungsgeberbestätigung vom Vermieter, unsere rumänischen Ausweise. Auf dem Namensschild stand „[[P|D. Brenk]]“.
> Wir wohnen seit 1. Oktober in der [[A|Bahnhofstraße 61]], [[N|1. Etage]], [[A|44861 Kaltenhövel]]. Mein Ausweis ist eine rumänische Carte de identitate, Serie und Nummer [[IDC|RX {ids.digits(6)}]].
> Bitte helfen Sie uns, wir brauchen die Anmeldung für die Schule und für die Arbeit.
> [[P|Florin Bălan]]
> [[T|0049 1521 4877306]]""")

# 27 --------------------------------------------------------------- Beschwerdemanagement, reply letter
doc("word", "beschwerde", [], """Stadt Kaltenhövel · Der Oberbürgermeister · Zentrales Beschwerdemanagement
[[N|Rathausplatz 1]] · [[N|44861 Kaltenhövel]] · Telefon [[N|02367 804-0]] · [[N|beschwerde@kaltenhoevel.de]]

Herrn
Prof. [[P|Dr. Klaus-Dieter zur Nieden]]
[[A|Am Rosenhügel 11]]
[[A|44869 Kaltenhövel]]

Ihr Schreiben vom 02.10.2025
Unser Zeichen: [[AZ|BM-2025-0419]]
Datum: 27.10.2025

Ihre Beschwerde zur Parkraumbewirtschaftung am Marktplatz und zur Straßenreinigungsgebühr

Sehr geehrter Herr Professor [[P|zur Nieden]],

vielen Dank für Ihr ausführliches Schreiben, das ich mit den zuständigen Fachbereichen abgestimmt habe.

Zu den Parkgebühren: Der Rat der Stadt hat die Gebühren an den Parkscheinautomaten mit Beschluss vom 26.06.2025 (Vorlage Nr. 0415/2025) zum 01.09.2025 auf 2,00 EUR je angefangene Stunde angehoben. Die Brötchentaste (15 Minuten gebührenfrei) bleibt erhalten. Die Mitarbeiterin der Verkehrsüberwachung, Frau [[P|Yavuz]], hat sich nach unseren Feststellungen korrekt verhalten; das Verwarnungsgeld über 20,00 EUR bleibt bestehen.

Zur Straßenreinigungsgebühr (Kassenzeichen [[AZ|211.0847.3316.0]]): Ihr Grundstück grenzt mit 18,50 m Frontlänge an die Straße Am Rosenhügel; nach § 4 Abs. 2 der Straßenreinigungs- und Gebührensatzung wird die volle Frontlänge angesetzt, auch wenn die Zufahrt über den Eichendorffweg erfolgt. Ein Berechnungsfehler ist nicht erkennbar.

Ihren Hinweis auf die defekte Beleuchtung in der Tiefgarage am Rathaus haben wir unter der Störungsnummer 2025-88712 an das Immobilienmanagement weitergegeben.

Mit freundlichen Grüßen
Im Auftrag

[[P|Sabine Rüschenschmidt]]
Tel. [[T|02367 804-1024]]
[[E|s.rueschenschmidt@kaltenhoevel.de]]""")

# 28 --------------------------------------------------------------- Ratsbüro, list of Einwohnerfragen
doc("word", "ratsbuero", ["POLITICS"], """Ratsbüro

Angemeldete Einwohnerfragen zur Sitzung des Rates am 06.11.2025 (TOP 2, § 18 GeschO)
Stand: 27.10.2025 – nur für den internen Gebrauch

1. [[P|Ursula Tenhagen]], [[A|Hohe Straße 112]], [[A|44861 Kaltenhövel]], [[E|u.tenhagen@web.de]]
   Thema: Sanierung des Hallenbads Ostrich, Zeitplan und Kosten (Haushalt 2026, Produkt 08.01)
2. [[P|Kemal Arslan]], [[A|Am Hagedorn 6a]], Tel. [[T|0172 9 48 11 07]]
   Thema: Verkehrsberuhigung Schulstraße / Tempo 30 vor der GGS Ostrich
3. [[P|Dr. Thomas Vogelsang]], [[A|Bergstraße 2]], [[A|44866 Kaltenhövel]], Tel. [[T|(02367) 6 22 90]]
   Thema: Bebauungsplan Nr. 71 „Heidrather Feld“ – Ausgleichsflächen

Hinweise:
– Die Frage 2 überschneidet sich mit der Anfrage von Ratsherr [[P|Bernd Lohmann]] (CDU) vom 28.08.2025; die Verwaltung beantwortet beide gemeinsam.
– Ratsfrau [[P|Gül Demirci]] (Bündnis 90/Die Grünen) hat angekündigt, zur Kita-Situation in Heidrath einen Antrag ihrer Fraktion einzubringen.

[[P|M. Holtkamp]], Ratsbüro, Tel. [[T|02367 804-1101]]""")

# 29 --------------------------------------------------------------- Bürgerservice, ID card and fingerprints
doc("outlook", "buergerservice", ["HEALTH", "BIOMETRIC"], f"""Betreff: Termin neuer Personalausweis – was ist mit den Fingerabdrücken?

Guten Tag,

mein Personalausweis [[IDC|{ids.id_card(True)}]] läuft am 30.11.2025 ab und ich brauche einen Termin, online ist bis Januar nichts frei (Nummer auf der Warteliste: WL-2025-77413).

Ich habe noch eine Frage. Ich arbeite seit 25 Jahren als Fliesenleger, durch den Zement und eine Neurodermitis an den Händen sind meine Fingerkuppen fast glatt. Schon beim Reisepass ([[PASS|{ids.passport(True)}]]) wurde 2022 vermerkt, dass meine Fingerabdrücke kaum lesbar sind, und seit einer Verbrennung an der rechten Hand im Mai ist es noch schlimmer. Geht der Ausweis dann ohne Fingerabdrücke, oder brauche ich eine Bescheinigung vom Arzt?

Meine Daten: [[P|Viktor Schellenberg]], geb. am [[DOB|19.6.79]] in Omsk, [[A|Kolpingstr. 3a]], [[A|44864 Kaltenhövel]].

Mit freundlichen Grüßen
[[P|V. Schellenberg]]
Tel. [[T|02367-7 12 40]] (ab 17 Uhr)""")

# 30 --------------------------------------------------------------- Ordnungsamt Gewerbe, Prüfvermerk
doc("word", "gewerbe", [], f"""Stadt Kaltenhövel – Ordnungsamt – Gewerbeangelegenheiten

Prüfvermerk
Gestattung nach § 12 GastG – Ausschank und Imbiss beim Herbstmarkt Ostrich (08./09.11.2025)
Az.: [[AZ|32.1-GE-2025-0933]]

Briefkopf des Antrags: Ceylon Spice Kiosk · Inh. [[P|S. Ponnuthurai]] · [[VAT|{ids.vat_id()}]]

Antragsteller: [[P|Suthakaran Ponnuthurai]], geb. [[DOB|04.12.1976]] in Point Pedro (Sri Lanka), deutscher Staatsangehöriger
Wohnanschrift: [[A|Ewaldstraße 31]], [[A|44867 Kaltenhövel]]
Identität geprüft anhand Reisepass Nr. [[PASS|{ids.passport(False)}]] (gültig bis 2031)
Gewerbe angemeldet seit 03.02.2021 (Einzelhandel mit Lebensmitteln, Imbiss); lt. Gewerbeanmeldung Finanzamt Kaltenhövel, [[TNR|{ids.tax_number_federal_nrw()}]]

Prüfung:
– Auskunft aus dem Gewerbezentralregister vom 20.10.2025: keine Eintragung
– Führungszeugnis Belegart O: ohne Eintrag
– Stellungnahme der Lebensmittelüberwachung: keine Bedenken, Handwaschbecken und Kühlung vorhanden
– Keine Rückstände bei der Stadtkasse
– Verwaltungsgebühr 75,00 EUR (Tarifstelle 17.4 AVwGebO NRW) am 21.10.2025 online bezahlt, Amex [[CC|{amex_sp(ids.credit_card("37", 15))}]], Transaktions-ID 7F3K-22Q9

Entscheidung: Die Gestattung wird unter Auflagen (Ausschankende 22:00 Uhr, Aushang Jugendschutz) erteilt. Der Antragsteller wurde vorab telefonisch unter [[T|0163 / 5 22 08 19]] informiert, der Bescheid geht per E-Mail an [[E|ceylonspice.kiosk@gmail.com]].

gez. [[P|Okafor]]""")


def main():
    assert len(DOCS) == 30, len(DOCS)
    out = []
    for n, (channel, template, text, flags) in enumerate(DOCS, 1):
        out.append(build(f"b21-{n:03d}", channel, template, text, flags))
    path = os.path.join(HERE, "fresh21.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    cats = collections.Counter(e["category"] for d in out for e in d["entities"])
    flags = collections.Counter(fl for d in out for fl in d["specialCategories"])
    chans = collections.Counter(d["channel"] for d in out)
    print(path, len(out), "documents,", sum(cats.values()), "entities,",
          sum(len(d["neutral"]) for d in out), "neutral spans;", dict(chans))
    for c, k in cats.most_common():
        print(f"  {c:18} {k}")
    print("  flags:", dict(flags))


if __name__ == "__main__":
    main()
