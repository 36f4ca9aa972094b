#!/usr/bin/env python3
"""Batch 38: a held-out set of 30 documents from an invented Upper Bavarian district office (Landratsamt
Oberland-Isartal) and market town (Markt Kochelsried). Written blind to the detector's code.

Writes fresh38.jsonl (dev.jsonl format) next to this file. Marks: [[CAT|text]], [[N|text]] neutral."""
import sys

sys.dont_write_bytecode = True
import collections
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, "/work/main/tests/KiOfficeAddin.Guardrails.Tests/Pii/Corpus")
from marks import build  # noqa: E402
from identifiers import Identifiers, mod97_iban, mod11_10_check, luhn_check, icao_check, digit_sum  # noqa: E402

ids = Identifiers(3838)
rng = ids.rng


def g4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def nl_account():
    while True:
        acct = ids.digits(10, first_nonzero=True)
        if sum(int(d) * (10 - i) for i, d in enumerate(acct)) % 11 == 0:
            return acct


# ---------------------------------------------------------------- identifiers (fixed order, seed 3838)
IBAN_LRA = ids.iban_de()            # the district office's own account: neutral
IBAN_MARKT = ids.iban_de()          # the market town's own account: neutral
IBAN_OKAFOR = ids.iban_de()
IBAN_GEORGIOU = ids.iban_de()
IBAN_PICHLER = mod97_iban("AT", "36000" + ids.digits(11))
IBAN_DEVRIES = mod97_iban("NL", "INGB" + nl_account())
IBAN_THALHAMMER = ids.iban_de()

TID_GEORGIOU = ids.tax_id()
TID_ESPOSITO = ids.tax_id()
TID_DELIC = ids.tax_id()

TNR_RIESCH = ids.tax_number_bavaria()
TNR_BABIC = ids.tax_number_bavaria()
TNR_ESPOSITO = ids.tax_number_bavaria()

VAT_RIESCH = ids.vat_id()
VAT_BABIC = ids.vat_id()
VAT_ESPOSITO = ids.vat_id()

IDC_DEISENHOFER = ids.id_card()
IDC_BAJRAMOVIC = ids.id_card()
IDC_PAPADAKIS = ids.id_card(check_digit=True)
PASS_OZTURK = ids.passport(check_digit=True)

SSN_KOVACEVIC = ids.social_security("030738", "K")
SSN_GEORGIOU = ids.social_security("020241", "G")
SSN_DELIC = ids.social_security("270696", "D")

KV_KOVACEVIC = ids.health_insurance()
KV_GEORGIOU = ids.health_insurance()
KV_THALHAMMER = ids.health_insurance()

CC_HODZIC = ids.credit_card("37", 15)
CC_PICHLER = ids.credit_card("54", 16)
CC_PAPADAKIS = ids.credit_card("4", 16)


def ssn_spaced(s):
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"


def amex(s):
    return f"{s[:4]} {s[4:10]} {s[10:]}"


LRA_HEAD = "Landratsamt Oberland-Isartal · [[N|Schlossanger 1]] · [[N|82460 Wolfsried]]"
LRA_FOOT = ("Zentrale: [[N|08854 607-0]] · [[N|poststelle@lra-oberland-isartal.de]] · "
            "Kreissparkasse Oberland, IBAN [[N|" + g4(IBAN_LRA) + "]]")
MARKT_HEAD = "Markt Kochelsried · [[N|Rathausplatz 2]] · [[N|82437 Kochelsried]]"

DOCS = []


def doc(channel, template, flags, text):
    DOCS.append((channel, template, text.strip("\n"), flags))


# ---------------------------------------------------------------- 001 Jagdschein (Bescheid)
doc("word", "jagdschein", [], f"""
{LRA_HEAD}

Herrn
[[P|Josef Gschwendtner]]
[[A|Kesselbergstraße 14]]
[[A|82437 Kochelsried]]

Ihr Antrag vom: 28.04.2025
Unser Zeichen: [[AZ|31-1431.2/2025-0412]]
Sachbearbeitung: [[P|Katharina Brandhuber]], Zimmer 2.14
Telefon: [[T|08854 607-312]]
E-Mail: [[E|katharina.brandhuber@lra-oberland-isartal.de]]

Wolfsried, 12.05.2025

Erteilung eines Jahresjagdscheins für das Jagdjahr 2025/26

Sehr geehrter Herr [[P|Gschwendtner]],

auf Ihren Antrag vom 28.04.2025 erteilen wir Ihnen, geboren am [[DOB|14.03.1971]] in Bad Tölz, einen Jahresjagdschein nach § 15 BJagdG für den Zeitraum vom 01.04.2025 bis 31.03.2026. Die Prüfung der Zuverlässigkeit und persönlichen Eignung nach §§ 5 und 6 WaffG sowie die unbeschränkte Auskunft aus dem Bundeszentralregister ergaben keine Bedenken. Den Nachweis Ihrer Jagdhaftpflichtversicherung (Versicherungsschein-Nr. [[N|40-118-77213]]) haben wir zur Akte genommen.

Als Jäger sind Sie verpflichtet, den Jagdschein bei der Jagdausübung mit sich zu führen und auf Verlangen vorzuzeigen. Für die Erteilung wird eine Gebühr von 78,00 EUR erhoben (Art. 1, 2 KG i. V. m. Tarif-Nr. 2.II.1/3). Bitte überweisen Sie den Betrag bis zum 30.05.2025 unter Angabe des Kassenzeichens [[AZ|5.0311.008824]].

Rechtsbehelfsbelehrung: Gegen diesen Bescheid können Sie innerhalb eines Monats nach seiner Bekanntgabe Klage erheben beim Bayerischen Verwaltungsgericht München, [[N|Bayerstraße 30]], [[N|80335 München]].

Mit freundlichen Grüßen
Im Auftrag

[[P|Katharina Brandhuber]]
Sachgebiet 31 – Öffentliche Sicherheit, Waffen- und Jagdrecht

{LRA_FOOT}
""")

# ---------------------------------------------------------------- 002 Waffenbesitzkarte (informal mail)
doc("outlook", "waffen", [], """
Von: [[P|Tomislav Jurić]] <[[E|tomo.juric@gmx.de]]>
Gesendet: Montag, 19. Mai 2025 06:12
An: [[N|waffenrecht@lra-oberland-isartal.de]]
Betreff: WBK eintragung neue büchse

griaß Gott Frau [[P|Brandhuber]],

i hab am Samstag a gebrauchte Repetierbüchse kauft (Tikka T3x, Kal. .308 Win), vom Herrn [[P|Anton Kofler]] aus Sterzing. Der wohnt [[A|Neustadtgasse 22]], [[A|I-39049 Sterzing]], die Waffe war in Italien registriert und er hat mir die Ausfuhrbescheinigung von der Questura mitgeben. Wie lang hab ich jetzt Zeit zum eintragen lassen? 2 Wochen oder? Meine WBK läuft bei euch unter dem Zeichen [[AZ|31-1432/2019-0334]].

Kopie vom Kaufvertrag is im Anhang, Seriennummer steht drin.

bin untertags in der Arbeit, am besten mobil [[T|0171 4428 906]]

lg
[[P|Tomo]]
""")

# ---------------------------------------------------------------- 003 Bauantrag Eingangsbestätigung
doc("word", "bauantrag", [], f"""
{MARKT_HEAD}
Bauamt

Eheleute
[[P|Stefan]] und [[P|Verena Obermaier]]
[[A|Am Mühlbach 7 a]]
[[A|82437 Kochelsried]]

Unser Zeichen: [[AZ|BA-2025-0418]]
Kochelsried, 06.06.2025

Bauantrag: Neubau eines Einfamilienhauses mit Doppelgarage
Baugrundstück: Fl.Nr. 1187/3, Gemarkung Kochelsried
hier: Eingangsbestätigung und Nachforderung von Unterlagen

Sehr geehrte Frau [[P|Obermaier]], sehr geehrter Herr [[P|Obermaier]],

Ihr Bauantrag ist am 03.06.2025 beim Markt Kochelsried eingegangen. Das Vorhaben liegt im Geltungsbereich des Bebauungsplans Nr. 27 „Mühlbachwiese“. Über das gemeindliche Einvernehmen entscheidet der Bau- und Umweltausschuss in seiner Sitzung am 24.06.2025; anschließend leiten wir den Antrag an das Landratsamt Oberland-Isartal als Bauaufsichtsbehörde weiter (Art. 64 Abs. 1 BayBO).

Entwurfsverfasser ist laut Antrag Dipl.-Ing. (FH) [[P|Korbinian Wallner]], Architekturbüro [[P|Wallner]], [[A|Bahnhofstraße 9]], [[A|82418 Murnau a. Staffelsee]].

Für eine vollständige Prüfung fehlen noch:
1. der Abstandsflächenplan (die Doppelgarage rückt laut Lageplan bis auf 2,10 m an die westliche Grundstücksgrenze),
2. die Unterschrift des Eigentümers des Nachbargrundstücks Fl.Nr. 1187/2, Herrn [[P|Xaver Huber]], auf den Bauvorlagen,
3. der Nachweis der Stellplätze nach der Stellplatzsatzung.

Bitte reichen Sie die Unterlagen bis 20.06.2025 nach. Die Zufahrt über den Mühlbachweg ist nach Auskunft des Bauhofs nur bis 7,5 t befahrbar; bitte weisen Sie Ihre Baufirma darauf hin.

Mit freundlichen Grüßen

[[P|Florian Zehetmair]]
Bauamt
Tel. [[T|08851 9712-41]]
[[N|bauamt@kochelsried.de]]
""")

# ---------------------------------------------------------------- 004 Kfz-Ummeldung (English-German)
doc("outlook", "kfz", [], f"""
Betreff: Ummeldung car / new address

Hello,

sorry for writing in English, mein Deutsch ist noch nicht so gut. I moved from München to Kochelsried on 1st of July and now I need to ummelden my car. The current Kennzeichen is [[KFZ|M-CO 2384]], I would like to keep it if possible, otherwise a new one with TÖL is also fine.

My new address: [[A|Seestraße 31a]], [[A|82437 Kochelsried]] (Anmeldung at the Rathaus is already done).

I am a Nigerian citizen, so I have no Personalausweis – my passport number is [[PASS|A09311587]], the Aufenthaltstitel is valid until 2027. For the Kfz-Steuer SEPA-Lastschrift please use [[IBAN|{g4(IBAN_OKAFOR)}]] (account holder [[P|Chinedu Okafor]]).

Can I do everything online with i-Kfz or do I have to come to the Zulassungsstelle? If I have to come, which documents do I need – Zulassungsbescheinigung Teil I and II, eVB (I have it already, eVB-Nummer K7P3M2Q)?

Thanks a lot and best regards,
[[P|Chinedu Okafor]]
[[T|+49 1520 7731946]]
[[E|chinedu.okafor@outlook.com]]
""")

# ---------------------------------------------------------------- 005 Hilfe zur Pflege, Vermerk Hausbesuch
doc("word", "pflegegeld", ["HEALTH"], f"""
Landratsamt Oberland-Isartal – Sachgebiet 22, Soziale Leistungen
Az.: [[AZ|22-HzP-2025-0193]]

Vermerk über einen Hausbesuch

Datum: 17.09.2025, 10:30 – 11:45 Uhr
Ort: Wohnung der Antragstellerin, [[A|Loisachstraße 18]], [[N|2. OG rechts]], [[A|82437 Kochelsried]]
Anwesend: Frau [[P|Mara Kovačević]] (Antragstellerin, geb. [[DOB|03.07.1938]]), ihre Tochter Frau [[P|Jasmina Hadžić]], der Unterzeichner

Frau [[P|Kovačević]] lebt seit dem Tod ihres Ehemannes 2019 allein in der Mietwohnung. Sie spricht nur wenig Deutsch, die Tochter übersetzte. Laut Gutachten des Medizinischen Dienstes vom 02.09.2025 liegt Pflegegrad 3 vor; diagnostiziert sind eine mittelgradige Alzheimer-Demenz und ein insulinpflichtiger Diabetes mellitus Typ 2. Die Pflegekasse (AOK Bayern, Versichertennummer [[KV|{KV_KOVACEVIC}]]) zahlt Pflegegeld von 599,00 EUR monatlich. Beantragt ist ergänzende Hilfe zur Pflege nach §§ 61 ff. SGB XII, da die Witwenrente (Versicherungsnummer [[SSN|{ssn_spaced(SSN_KOVACEVIC)}]]) und die eigene Rente zusammen 1.143,27 EUR betragen.

Die Wohnung ist sauber, aber nicht barrierefrei; das Bad hat eine Wanne ohne Haltegriffe. Frau [[P|Hadžić]] kommt täglich morgens und abends, ist aber selbst in Vollzeit berufstätig. Im Winter wird nach Angabe der Tochter kaum geheizt, weil ihre Mutter die Nachzahlung fürchtet.

Vereinbart: Die Tochter reicht die Kontoauszüge der letzten drei Monate und den Mietvertrag bis 15.10.2025 nach. Sie ist erreichbar unter [[T|0160 9384 217]].

[[P|Lukas Heigl]], Sachbearbeiter
""")

# ---------------------------------------------------------------- 006 Hund abmelden (3 lines)
doc("outlook", "hundesteuer", [], """
Betreff: hund abmelden

hallo, unser bello ist am 2. mai gestorben (war 14 jahre alt). bitte die hundesteuer ab juni abmelden, die steuermarke nr. 117 werf ich in den briefkasten am rathaus. kassenzeichen is [[AZ|8.1200.20441]].
danke, [[P|resi pfaffinger]], [[A|am anger 7]]
""")

# ---------------------------------------------------------------- 007 Gästebeitrag, Prüfvermerk Meldescheine (table)
doc("word", "gaestebeitrag", [], f"""
Markt Kochelsried – Gäste-Information / Gästebeitrag

Prüfvermerk Meldescheine – Beherbergungsbetrieb Gasthof [[P|Riesch]]

Betrieb: Gasthof [[P|Riesch]], Inhaber [[P|Alois Riesch]], [[A|Dorfstraße 3]], [[A|82437 Kochelsried]]
Steuernummer: [[TNR|{TNR_RIESCH}]]    USt-IdNr.: [[VAT|{VAT_RIESCH}]]
Betriebsnummer Gästebeitrag: 0417
Prüfzeitraum: 01.07.2025 – 30.09.2025, Stichprobe vom 08.10.2025

Nr.\tGast\tgeb.\tAnschrift\tAnreise\tAbreise\tBefund
1\t[[P|Pieter van den Berg]]\t[[DOB|11.02.1979]]\t[[A|Keizersgracht 112]], [[A|1015 CW Amsterdam]], NL\t04.07.2025\t11.07.2025\tohne Befund
2\t[[P|Anna Wiśniewska]]\t[[DOB|07.12.1990]]\t[[A|ul. Długa 17/4]], [[A|31-147 Kraków]], PL\t15.08.2025\t18.08.2025\tohne Befund
3\t[[P|Lena Winter]]\t[[DOB|29.05.2001]]\t[[A|Lindwurmstraße 88]], [[A|80337 München]]\t05.09.2025\t07.09.2025\tUnterschrift fehlt

Ergebnis: Für Juli bis September wurden 1.284 Übernachtungen gemeldet; der abgeführte Gästebeitrag von 2.568,00 EUR (2,00 EUR je Person und Nacht) entspricht der Meldung. Die Rechnung Nr. 2025-0917 der Tourist-Info über Prospektmaterial ist nicht Gegenstand der Prüfung.

Herr [[P|Riesch]] wurde gebeten, bei Nr. 3 die Unterschrift des Gastes nachzuholen und künftig auf Vollständigkeit zu achten. Eine Beanstandung nach § 8 der Gästebeitragssatzung erfolgt nicht.

Kochelsried, 09.10.2025
[[P|Veronika Schöttl]], Gäste-Information
""")

# ---------------------------------------------------------------- 008 Gästebeitrag forwarded (South Tyrolean hotelier)
doc("outlook", "gaestebeitrag", ["HEALTH"], """
Betreff: WG: Gästebeitrag Befreiung Begleitperson

Hallo [[P|Moni]],

kannst du dir das bitte mal anschauen? Laut Satzung § 4 Abs. 2 Nr. 3 ist die Begleitperson befreit, wenn im Ausweis das B steht. Ich hab der Frau [[P|Oberhofer]] gesagt, wir melden uns bis Freitag.

Danke dir
[[P|Vroni]]

-----Ursprüngliche Nachricht-----
Von: Hotel Alpenrose – [[P|Waltraud Oberhofer]] <[[N|info@alpenrose-kochelsried.de]]>
Gesendet: Dienstag, 19. August 2025 16:42
An: [[N|gaestebeitrag@kochelsried.de]]
Betreff: Gästebeitrag Befreiung Begleitperson

Grüß Gott,

bei uns ist seit Sonntag der Herr [[P|Dragan Petrović]] mit seiner Frau [[P|Mirjana]] zu Gast (Zimmer 12, Buchungsnr. 25-08-1433). Herr [[P|Petrović]] ist seit einem Arbeitsunfall querschnittgelähmt und sitzt im Rollstuhl, im Schwerbehindertenausweis steht GdB 100 mit den Merkzeichen aG und B. Die Frau begleitet und pflegt ihn. Muss ich für sie trotzdem den Gästebeitrag einheben? Mir wär's recht, wenn ich's nicht verrechnen muss, die Leute kommen eh jedes Jahr. Den Parkplatz direkt vorm Eingang haben wir für ihr Auto ([[KFZ|RO-DP 614]]) reserviert.

Den Ausweis hab ich kopiert, kann ich Ihnen faxen.

Mit freundlichen Grüßen aus der Alpenrose
[[P|Waltraud Oberhofer]]
Hotel Alpenrose · [[N|Seepromenade 11]] · [[N|82437 Kochelsried]]
Tel. [[N|08851 7742-0]]
""")

# ---------------------------------------------------------------- 009 Zulassungsstelle, Anhörung
doc("word", "kfz", [], """
Landratsamt Oberland-Isartal
Zulassungsstelle
[[N|Schlossanger 1]], [[N|82460 Wolfsried]]

Herrn
[[P|Emir Begović]]
[[A|Am Sonnenhang 12 b]]
[[A|82441 Ohlstadt]]

Aktenzeichen: [[AZ|ZS-2025/1877]]
Datum: 21.10.2025

Anhörung vor der Außerbetriebsetzung Ihres Fahrzeugs
Kennzeichen: [[KFZ|TÖL-EB 312]]
Fahrzeug: VW Caddy, FIN [[N|WVWZZZ2KZ9W104417]]

Sehr geehrter Herr [[P|Begović]],

Ihr Versicherer hat uns am 14.10.2025 nach § 25 Abs. 1 FZV angezeigt, dass für das oben genannte Fahrzeug kein Versicherungsschutz mehr besteht. Sie erhalten Gelegenheit, bis zum 04.11.2025 eine neue Versicherungsbestätigung (eVB) vorzulegen oder das Fahrzeug außer Betrieb setzen zu lassen. Andernfalls werden wir den Betrieb des Fahrzeugs untersagen und die Polizei mit der Entstempelung der Kennzeichen beauftragen. Die Kosten hierfür (derzeit 85,20 EUR zzgl. Auslagen) haben Sie zu tragen.

Ihr zweites auf Sie zugelassenes Fahrzeug mit dem Kennzeichen [[KFZ|TÖL-EB 13H]] ist von dieser Anhörung nicht betroffen.

Mit freundlichen Grüßen
Im Auftrag
[[P|Sandra Kögl]]
Tel. [[T|08854 607-231]]
""")

# ---------------------------------------------------------------- 010 Einwendung Bauantrag (dialect)
doc("outlook", "bauantrag", [], """
Betreff: Einwendung Bauantrag [[P|Huber]] Fl.Nr. 1187/2 – [[AZ|BA-2025-0431]]

Sehr geehrte Damen und Herren vom Bauamt,

i moch hiermit Einwendung gegen den Bauantrag vom [[P|Huber Xaver]] (Erweiterung Milchviehstall auf Fl.Nr. 1187/2). Der Stall soll ja bloß 14 Meter von unserm Wohnhaus weg hinkemma, und scho jetzt stinkts im Sommer, dass ma ned lüften ko. Außerdem lafft des Wasser vom Hang bei jedem Gwitter in unsern Keller, wenn da no mehr versiegelt wird, dann gehts ganz dahi.

Mir ham nix gegen den [[P|Xaver]], aber des is a Schmarrn an der Stelle. Er kannt genauso guad hinten am Feldweg baun, da stört er koan. Der Schäfer vom Nachbarort treibt seine Schaf eh scho über unsern Grund, mehr Verkehr brauch ma ned.

Bittschön schickts ma a Bestätigung, dass des ankemma is.

Vergelt's Gott
[[P|Matthias Hinterstoißer]]
[[A|Lainbachweg 4]]
[[A|82437 Kochelsried]]
Tel. [[T|08851 1837]]
""")

# ---------------------------------------------------------------- 011 Niederschrift Bauausschuss
doc("word", "protokoll", [], """
Markt Kochelsried
Niederschrift über die öffentliche Sitzung des Bau- und Umweltausschusses am 24.06.2025

Beginn: 19:00 Uhr, Ende: 20:40 Uhr, Sitzungssaal im Rathaus
Vorsitz: Erster Bürgermeister [[P|Georg Wackerl]]
Anwesend: [[P|Johanna Bichler]], [[P|Dr. Peter Lechner]], [[P|Hubert Gröbl]], [[P|Fatih Aydın]]
Schriftführung: [[P|Veronika Schöttl]]

TOP 1 – Bauantrag [[AZ|BA-2025-0418]]: Neubau eines Einfamilienhauses mit Doppelgarage, Fl.Nr. 1187/3 (Antragsteller: [[P|Stefan]] und [[P|Verena Obermaier]])
Das Vorhaben liegt im Geltungsbereich des Bebauungsplans Nr. 27 „Mühlbachwiese“. Die Doppelgarage überschreitet die Baugrenze um 1,20 m. GR [[P|Lechner]] regt an, eine Befreiung nach § 31 Abs. 2 BauGB zu befürworten, da die Nachbarn zugestimmt haben.
Beschluss: Das gemeindliche Einvernehmen wird erteilt, die Befreiung wird befürwortet. Abstimmung: 5 : 0

TOP 2 – Bauantrag [[AZ|BA-2025-0431]]: Erweiterung eines Milchviehstalls, Fl.Nr. 1187/2 (Antragsteller: [[P|Xaver Huber]])
Es liegt eine Einwendung des Nachbarn [[P|Matthias Hinterstoißer]] vor (Geruch, Oberflächenwasser). Der Vorsitzende schlägt vor, ein Geruchsgutachten anzufordern. GRin [[P|Bichler]] fragt nach der Entwässerung; die Verwaltung klärt dies mit dem Wasserwirtschaftsamt Weilheim.
Beschluss: Die Entscheidung wird bis zur Vorlage des Gutachtens zurückgestellt. Abstimmung: 4 : 1

TOP 3 – 2. Änderung des Bebauungsplans Nr. 14 „Gewerbegebiet Loisachau“ (Drucksache 2025/117)
Die Verwaltung berichtet über den Stand des Verfahrens; die frühzeitige Beteiligung endet am 18.07.2025. Kenntnisnahme.

TOP 4 – Bauantrag: Umbau eines Nebengebäudes zu zwei Ferienwohnungen, [[A|Kesselbergstraße 40]] (Antragsteller: [[P|Adnan Mehmedović]])
Der Ausschuss begrüßt die Schaffung zusätzlicher Gästebetten. Drei Stellplätze sind nachgewiesen; die Zufahrt führt über die Kirchgasse an der Pfarrkirche St. Michael vorbei.
Beschluss: Das gemeindliche Einvernehmen wird erteilt. Abstimmung: 5 : 0

Kochelsried, 25.06.2025

[[P|Georg Wackerl]], Erster Bürgermeister\t\t[[P|Veronika Schöttl]], Schriftführerin
""")

# ---------------------------------------------------------------- 012 Pflege: Greek daughter answers
doc("outlook", "pflegegeld", ["HEALTH"], f"""
Betreff: AW: Ihr Schreiben vom 02.10. – Az. [[AZ|22-HzP-2025-0211]]

Sehr geehrter Herr [[P|Heigl]],

vielen Dank für Ihren Anruf gestern. Anbei wie besprochen die fehlenden Angaben zu meinem Vater:

Name: [[P|Konstantinos Georgiou]]
geboren: [[DOB|2. Februar 1941]] in Kavala (Griechenland)
Anschrift: [[A|Am Kirchbichl 5]], [[A|82437 Kochelsried]]
Rentenversicherungsnummer: [[SSN|{SSN_GEORGIOU}]]
Krankenversichertennummer: [[KV|{KV_GEORGIOU}]]
Steuer-ID: [[TID|{TID_GEORGIOU}]]
Konto für die Auszahlung: [[IBAN|{g4(IBAN_GEORGIOU)}]] (Kontoinhaber ist mein Vater, ich habe Vorsorgevollmacht)

Seit der Parkinson-Diagnose 2021 hat sich sein Zustand deutlich verschlechtert, seit dem Sturz im Juli ist er fast nur noch im Bett und die Pflegekasse hat Pflegegrad 4 festgestellt. Das Gutachten des MD schicke ich Ihnen per Post.

Tagsüber bin ich unter [[T|+49 (0)8856 80 47 19]] erreichbar, abends auf dem Handy [[T|0176 2219 8530]].

Mit freundlichen Grüßen
[[P|Eleni Georgiou-Hartl]]
[[E|eleni.georgiou-hartl@web.de]]
""")

# ---------------------------------------------------------------- 013 Waffenrecht Vermerk (POLITICS)
doc("word", "waffen", ["POLITICS"], f"""
Landratsamt Oberland-Isartal
Sachgebiet 31 – Waffenrecht
Az.: [[AZ|31-1432/2016-0087]]

Vermerk

Betreff: Regelüberprüfung der waffenrechtlichen Zuverlässigkeit (§ 4 Abs. 3 WaffG) – Herr [[P|Ralf Deisenhofer]]

1. Inhaber der Waffenbesitzkarte Nr. [[N|118/2016]] (drei Langwaffen, eine Kurzwaffe) ist Herr [[P|Ralf Deisenhofer]], geb. [[DOB|22.08.1969]], wohnhaft [[A|Jochstraße 9]], [[A|82437 Kochelsried]], Personalausweis-Nr. [[IDC|{IDC_DEISENHOFER}]].
2. Die Regelabfrage beim Bayerischen Landesamt für Verfassungsschutz vom 05.08.2025 ergab, dass Herr [[P|Deisenhofer]] seit mindestens 2022 Mitglied der Partei „Der III. Weg“ ist und im Stützpunkt Oberland als Beisitzer auftritt. Er nahm am 01.05.2025 an einer Kundgebung der Partei in Wunsiedel teil.
3. Nach § 5 Abs. 2 Nr. 3 Buchst. a WaffG besitzen Personen, die einer Vereinigung mit verfassungsfeindlichen Bestrebungen angehören, in der Regel nicht die erforderliche Zuverlässigkeit. Anhaltspunkte, die die Regelvermutung widerlegen, sind nicht ersichtlich.
4. Die PI Kochelsried (PHK [[P|Michael Sedlmayr]], Tel. [[T|08851 9285-114]]) teilte auf Nachfrage mit, dass strafrechtlich nichts vorliegt.

Verfügung:
- Anhörung zum beabsichtigten Widerruf der WBK nach § 45 Abs. 2 WaffG, Frist vier Wochen
- Wiedervorlage: 15.10.2025

Wolfsried, 09.09.2025
[[P|Katharina Brandhuber]]
""")

# ---------------------------------------------------------------- 014 Hundesteuer Blindenführhund
doc("outlook", "hundesteuer", ["HEALTH"], """
Betreff: Hundesteuer Befreiung Blindenführhund

Guten Tag,

ich bin am 1. September nach Kochelsried gezogen ([[A|Walchenseestraße 26]]) und möchte meinen Hund anmelden. Es handelt sich um meinen Blindenführhund Nala (Labrador, 4 Jahre). Ich bin seit meiner Kindheit blind (Retinopathia pigmentosa), im Schwerbehindertenausweis steht das Merkzeichen Bl. Nach Ihrer Satzung ist ein Blindenführhund doch steuerfrei, oder?

In Garmisch hatte ich das Kassenzeichen [[AZ|4.2310.00918]], falls das hilft.

Bitte schicken Sie mir alles als E-Mail an [[E|samira.haddad@posteo.de]], meine Sprachausgabe kann PDFs mit Text gut vorlesen. Telefonisch erreichen Sie mich unter [[T|0152 0398 4471]].

Viele Grüße
[[P|Samira Haddad]]
""")

# ---------------------------------------------------------------- 015 Jagdschein-Liste (table)
doc("word", "tabelle", [], """
Landratsamt Oberland-Isartal – Sachgebiet 31
Verlängerung der Jagdscheine zum Jagdjahr 2025/26 – Stand 28.03.2025 (intern, nicht zur Weitergabe)

Lfd.\tName, Vorname\tgeb.\tAnschrift\tJagdschein-Nr.\tgültig bis\tGebühr\tBemerkung
1\t[[P|Pichler, Johann]]\t[[DOB|17.05.1958]]\t[[A|Kalkofenweg 2]], [[A|82437 Kochelsried]]\t[[N|OI-1987-0214]]\t31.03.2028\t138,00 €\t–
2\t[[P|Wieland-Egger, Dr. Christine]]\t[[DOB|02.11.1975]]\t[[A|Am Kirchbichl 12]], [[A|82437 Kochelsried]]\t[[N|OI-2009-0077]]\t31.03.2026\t54,00 €\tSchießnachweis fehlt
3\t[[P|von Rechberg, Ferdinand]]\t[[DOB|30.06.1949]]\t[[A|Schlossweg 1]], [[A|82449 Jachenried]]\t[[N|OI-1971-0031]]\t31.03.2028\t138,00 €\t–
4\t[[P|Kovalenko, Oleksandr]]\t[[DOB|14.01.1993]]\t[[A|Bahnhofstraße 40]], [[A|82377 Penzberg]]\t[[N|OI-2024-0189]]\t31.03.2026\t54,00 €\tJägerprüfung 05/2024

Summe Gebühren: 384,00 €. Der Jagdschein Nr. 2 wird erst nach Vorlage der fehlenden Nachweise ausgehändigt.
Bearbeitung: [[P|Brandhuber]]; Rückfragen an [[N|jagd@lra-oberland-isartal.de]]
""")

# ---------------------------------------------------------------- 016 Wunschkennzeichen (short)
doc("outlook", "kfz", [], f"""
Betreff: Wunschkennzeichen reservierung

Servus,

ich hätt gern das Wunschkennzeichen [[KFZ|TÖL-MH 77]] reserviert für meinen neuen Transporter, Zulassung is nächste Woche. Online hat die Zahlung mit meiner Amex [[CC|{amex(CC_HODZIC)}]] ned funktioniert, Reservierungsnummer war 55123. Kann ich das auch vor Ort zahlen?

Danke, [[P|Mustafa Hodžić]]
[[T|0157 3120 6648]]
""")

# ---------------------------------------------------------------- 017 Gästebeitrag refund (Austrian guest)
doc("outlook", "gaestebeitrag", [], f"""
Betreff: Rückerstattung Gästebeitrag – doppelt verrechnet

Grüß Gott,

meine Frau und ich waren vom 3. bis 10. August 2025 in der Pension Edelweiß in Kochelsried auf Urlaub (die Semmeln vom Bäcker ums Eck waren übrigens ausgezeichnet). Der Gästebeitrag (2 Personen × 7 Nächte × 2,00 EUR = 28,00 EUR) wurde uns von der Pension mit der Zimmerrechnung verrechnet und zusätzlich noch einmal über die Gästekarten-App von meiner Kreditkarte [[CC|{g4(CC_PICHLER)}]] abgebucht. Gästekarten-Nr. 2025-08812 und 2025-08813.

Ich ersuche höflich um Rückerstattung der 28,00 EUR auf unser Konto:
Kontoinhaber: [[P|Herbert Pichler]]
IBAN: [[IBAN|{g4(IBAN_PICHLER)}]]
BIC: RZTIAT22

Mit freundlichen Grüßen aus Tirol
Ing. [[P|Herbert Pichler]] und [[P|Gerlinde Pichler]]
[[A|Anichstraße 24/5]]
[[A|6020 Innsbruck]]
Österreich
Tel. [[T|+43 664 213 88 41]]
[[E|h.pichler@aon.at]]
""")

# ---------------------------------------------------------------- 018 Gaststättenerlaubnis (Bescheid)
doc("word", "gaststaette", [], f"""
{MARKT_HEAD}
Ordnungsamt

Frau
[[P|Ivana Babić]]
[[A|Am Lainbach 3]]
[[A|82437 Kochelsried]]

Unser Zeichen: [[AZ|OA-824-GastG-2025/07]]
Datum: 14.07.2025

Erlaubnis nach § 2 Gaststättengesetz (GastG)

Sehr geehrte Frau [[P|Babić]],

auf Ihren Antrag vom 12.05.2025 erteilen wir Ihnen die Erlaubnis zum Betrieb einer Schankwirtschaft mit Speisenabgabe.

Erlaubnisinhaberin: [[P|Ivana Babić]], geb. [[P|Jurić]]
Geburtsdatum und -ort: [[DOB|09.11.1984]], Split (Kroatien)
Betrieb: „Konoba Dalmacija“, [[A|Seepromenade 4]], [[A|82437 Kochelsried]]
Steuernummer: [[TNR|{TNR_BABIC}]] (Finanzamt Weilheim-Schongau)
USt-IdNr.: [[VAT|{VAT_BABIC}]]
Betriebsart: Schankwirtschaft mit Speisenabgabe, 48 Sitzplätze innen, 24 Sitzplätze Freischankfläche

Auflagen:
1. Die Freischankfläche ist um 22:00 Uhr zu räumen.
2. Die Toilettenanlagen sind nach § 4 GastBauV vorzuhalten und täglich zu reinigen.
3. Ein Wechsel der Küchenleitung (derzeit ist der Koch zugleich Betriebsleiter) ist uns binnen zwei Wochen anzuzeigen.

Die Gebühr beträgt 350,00 EUR (Kostenrechnung Nr. 2025-1142). Bitte überweisen Sie sie bis 15.08.2025 auf das Konto des Marktes Kochelsried, IBAN [[N|{g4(IBAN_MARKT)}]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Thomas Rieger]]
Ordnungsamt, Tel. [[T|08851 9712-23]]
""")

# ---------------------------------------------------------------- 019 Ausländerbehörde forward (BIOMETRIC)
doc("outlook", "auslaender", ["BIOMETRIC"], """
Von: [[P|Lechner, Anja]] <[[E|anja.lechner@lra-oberland-isartal.de]]>
Gesendet: Donnerstag, 6. November 2025 08:57
An: [[N|auslaenderbehoerde@lra-oberland-isartal.de]]
Betreff: WG: AW: Termin eAT – Familie [[P|Trần]]

Zur Info für die Akte [[AZ|33-AufenthG-2024-1129]]: Die Fingerabdrücke von Herrn [[P|Trần]] konnten am 05.11. rechts nicht erfasst werden, weil die Fingerkuppen zu trocken waren und der Scanner sie nicht gelesen hat; es wurden zwei Finger der linken Hand gespeichert. Laut Bundesdruckerei reicht das, der eAT wird produziert. Bei Frau [[P|Nguyễn]] hat alles geklappt (Lichtbild, Unterschrift, zwei Fingerabdrücke).

Gruß [[P|Anja]]

-----Ursprüngliche Nachricht-----
Von: [[P|Trần Văn Nam]] <[[E|tranvannam88@gmail.com]]>
Gesendet: Montag, 3. November 2025 21:14
An: [[N|auslaenderbehoerde@lra-oberland-isartal.de]]
Betreff: AW: Termin eAT – Familie [[P|Trần]]

Sehr geehrte Frau [[P|Lechner]],

danke für den Termin am 5.11. um 9:30 Uhr. Wir kommen zu dritt: ich ([[P|Trần Văn Nam]], Reisepass [[PASS|C4827163]]), meine Frau [[P|Nguyễn Thị Hoa]] (Reisepass [[PASS|C7039251]]) und unsere Tochter [[P|Trần Minh Anh]], geboren am [[DOB|12.04.2022]] in Bad Tölz. Für [[P|Minh Anh]] brauchen wir noch keine Fingerabdrücke, oder? Sie hat noch keinen eigenen Pass, nur die Geburtsurkunde.

Mein Arbeitgeber (Hotel Seeblick) hat den neuen Arbeitsvertrag schon an Sie geschickt.

Vielen Dank und freundliche Grüße
[[P|Trần Văn Nam]]
[[T|0176 4471 2093]]
""")

# ---------------------------------------------------------------- 020 Auskunftssperre (ETHNICITY)
doc("word", "melde", ["ETHNICITY"], f"""
Markt Kochelsried · Einwohnermeldeamt
[[N|Rathausplatz 2]] · [[N|82437 Kochelsried]] · Telefon [[N|08851 9712-0]]

Frau
[[P|Senada Bajramović]]
[[A|Am Gries 11]]
[[A|82437 Kochelsried]]

Az.: [[AZ|EMA-51-2025-006]]
Kochelsried, 30.04.2025

Eintragung einer Auskunftssperre nach § 51 Abs. 1 BMG

Sehr geehrte Frau [[P|Bajramović]],

auf Ihren Antrag vom 22.04.2025 haben wir für Sie und Ihre Kinder [[P|Elvis]] (geb. [[DOB|03.12.2012]]) und [[P|Amina Bajramović]] (geb. [[DOB|19.08.2016]]) eine Auskunftssperre im Melderegister eingetragen. Sie haben glaubhaft gemacht, dass Ihre Familie seit dem Zuzug wiederholt wegen ihrer Zugehörigkeit zur Minderheit der Roma bedroht und beleidigt wurde; die Anzeigen bei der Polizeiinspektion haben Sie uns vorgelegt.

Die Sperre gilt zunächst bis zum 30.04.2027 und kann auf Antrag verlängert werden. Melderegisterauskünfte über Sie werden in dieser Zeit nur erteilt, wenn eine Gefahr für Sie ausgeschlossen werden kann; Sie werden vorher angehört. Bei der Identitätsprüfung lag uns Ihr Personalausweis ([[IDC|{IDC_BAJRAMOVIC}]]) vor.

Mit freundlichen Grüßen
Im Auftrag
[[P|Monika Rauscher]]
Durchwahl [[T|08851 9712-15]]
""")

# ---------------------------------------------------------------- 021 Wildschaden (dialect)
doc("outlook", "jagd", [], """
Betreff: wildschaden wiesn bei da Achmühle

Grüß Gott,

i woaß ned ob i do richtig bin, aber d'Wildsau ham ma scho wieder de ganze Wiesn umgrabn, Fl.Nr. 604 und 605 unterhalb vom Achweg, guad a Tagwerk. Da Jagdpächter, der [[P|Wimmer]] aus München, kimmt ja nia raus, und da Jäger, der wo für eam geht, sagt des is ned sei Sach. Der Förster vom Staatsforst hat gsagt, i muass des binnen oana Woch bei da Gemeinde melden, drum schreib i eich.

Der Jagdvorsteher, da [[P|Loisl Gröbmair]], woaß Bescheid, der war gestern mit draußen und hat Fotos gmacht.

Wer zahlt ma jetzt des? Nochsahn muass i eh, bevor des Gras wieder kimmt.

Griaß eich
[[P|Korbinian Fischhaber]]
[[A|Achmühle 1]]
[[A|82437 Kochelsried]]
[[T|0171 / 8 84 26 13]]
""")

# ---------------------------------------------------------------- 022 Gewerbesteuer Stundung (HEALTH)
doc("word", "vermerk", ["HEALTH"], f"""
Markt Kochelsried – Kämmerei / Steueramt

Aktenvermerk über ein Telefonat

Datum: 11.09.2025, 14:10 Uhr
Gesprächspartnerin: Frau [[P|Dr. Anna-Lena Schwaiger]], Steuerkanzlei Isartal, Tel. [[T|08041 79 33-12]]
Betreff: Pension [[P|Esposito]], Inhaber [[P|Mario Esposito]], Kassenzeichen [[AZ|6.0250.001387]] – Stundung der Gewerbesteuer-Vorauszahlung III/2025

Frau Dr. [[P|Schwaiger]] teilt mit, dass ihr Mandant Herr [[P|Esposito]] Anfang August einen schweren Herzinfarkt erlitten hat und nach einer Bypass-Operation voraussichtlich bis Ende Oktober in der Reha in Bad Wiessee ist. Die Pension wird derzeit von seiner Tochter [[P|Giulia]] notdürftig weitergeführt; der Koch hat gekündigt, das Restaurant ist geschlossen, die Einnahmen sind eingebrochen.

Beantragt wird die zinslose Stundung der Vorauszahlung von 2.840,00 EUR (fällig am 15.08.2025) bis 15.12.2025. Ein schriftlicher Antrag mit ärztlicher Bescheinigung folgt.

Hinweis: Im Antragsformular vom 02.09. war als Steuernummer versehentlich die Steuer-ID des Inhabers ([[TID|{TID_ESPOSITO}]]) eingetragen. Die richtige Steuernummer lautet [[TNR|{TNR_ESPOSITO}]], USt-IdNr. [[VAT|{VAT_ESPOSITO}]] – im Verfahren korrigiert.

Veranlasst: Mahnsperre bis 31.10.2025 gesetzt; Wiedervorlage 03.11.2025.

[[P|Birgit Sattler]], Steueramt
""")

# ---------------------------------------------------------------- 023 Meldebescheinigung, seasonal worker (UNION)
doc("outlook", "melde", ["UNION"], f"""
Betreff: Meldebescheinigung + frage steuer

Dobar dan / guten Tag,

ich arbeite seit Mai als Zimmermädchen im Hotel Post und meine Chefin Frau [[P|Strobl]] braucht eine Meldebescheinigung für den Lohn. ich bin gemeldet in [[A|Kirchgasse 4]], [[A|82437 Kochelsried]], aber im system steht noch die alte adresse von Bosnien sagt sie.

Meine daten:
[[P|Amela Delić]], geb. [[DOB|27.06.1996]] in Tuzla
Steuer ID [[TID|{TID_DELIC}]]
Sozialversicherung [[SSN|{ssn_spaced(SSN_DELIC)}]]

Und noch eine frage: die Gewerkschaft NGG (ich bin Mitglied seit Juli) sagt, ich muss die Lohnsteuerklasse selber beim Finanzamt ändern, nicht bei Ihnen. Stimmt das?

Hvala und liebe Grüße
[[P|Amela]]
[[T|+387 61 448 207]] (whatsapp)
[[E|amela.delic96@gmail.com]]
""")

# ---------------------------------------------------------------- 024 WBK-Antrag (form)
doc("word", "formular", [], f"""
Antrag auf Erteilung einer Waffenbesitzkarte (§ 10 Abs. 1 WaffG) – Sportschütze
An das Landratsamt Oberland-Isartal, Sachgebiet 31

1. Angaben zur antragstellenden Person
Familienname: [[P|Papadakis]]
Vorname(n): [[P|Nikolaos Georgios]]
Geburtsname: –
Geburtsdatum: [[DOB|30.01.1988]]\tGeburtsort: Thessaloniki
Staatsangehörigkeit(en): deutsch, griechisch
Anschrift: [[A|Herzogstandweg 17]], [[A|82437 Kochelsried]]
Telefon: [[T|08851 / 92 77 40]]\tE-Mail: [[E|nikos.papadakis@t-online.de]]
Personalausweis-Nr.: [[IDC|{IDC_PAPADAKIS}]]

2. Bedürfnis
Mitglied im Verein: Kgl. priv. Feuerschützengesellschaft Kochelsried e. V. seit 03/2022
Bedürfnisbescheinigung des Bayerischen Sportschützenbundes vom 18.08.2025 (Nr. BSSB-2025-44810) liegt bei
Beantragte Waffe: 1 Kurzwaffe (Pistole, Kal. 9 mm Luger) für die Disziplin 2.40 Sportpistole

3. Sachkunde: Prüfung am 14.05.2023 beim BSSB bestanden

4. Gebühr: 82,00 EUR – Zahlung per Kreditkarte
Karteninhaber: [[P|Nikolaos Papadakis]]
Kartennummer: [[CC|{g4(CC_PAPADAKIS, "-")}]]\tgültig bis 09/28

5. Anlagen: Lichtbild (biometrisch, nicht älter als 6 Monate); Kopie des Personalausweises; Vereinsbescheinigung

Kochelsried, 25.08.2025
Unterschrift: [[P|N. Papadakis]]
""")

# ---------------------------------------------------------------- 025 Pflege, new bank account in NL (HEALTH)
doc("outlook", "pflegegeld", ["HEALTH"], f"""
Betreff: Pflegegeld vader – nieuw rekeningnummer / neue Bankverbindung

Guten Tag Herr [[P|Heigl]],

mein Vater [[P|Franz Huber]] (Ihr Zeichen [[AZ|22-HzP-2024-0088]]) ist seit Oktober im Pflegeheim St. Anna in Penzberg, Pflegegrad 4. Ich kümmere mich als Betreuer um seine Finanzen und habe sein Girokonto bei der Sparkasse aufgelöst, weil es nur noch Gebühren gekostet hat. Bitte überweisen Sie die Leistungen ab Dezember auf mein Konto in den Niederlanden:

[[IBAN|{IBAN_DEVRIES}]] (ING, t.n.v. [[P|S. de Vries-Huber]])

Sorry für das Deutsch, ich wohne seit 20 Jahren in Utrecht und schreibe nicht mehr so oft.

Met vriendelijke groet / Mit freundlichen Grüßen
[[P|Sander de Vries-Huber]]
[[A|Oudegracht 231]]
[[A|3511 NP Utrecht]]
[[T|+31 6 4187 2290]]
[[E|sander.devrieshuber@ziggo.nl]]
""")

# ---------------------------------------------------------------- 026 Hundesteuer Neuanmeldungen (table, HEALTH)
doc("word", "liste", ["HEALTH"], """
Markt Kochelsried – Steueramt
Hundesteuer: Neuanmeldungen Oktober 2025 (Vorlage für die Kasse)

Kassenzeichen\tHalter/in\tAnschrift\tHund\tMarke\tSteuer p. a.\tBemerkung
[[AZ|8.1200.20517]]\t[[P|Yıldız, Deniz]]\t[[A|Seestraße 8]], [[A|82437 Kochelsried]]\tMischling, 2 J.\t131\t60,00 €\t–
[[AZ|8.1200.20518]]\t[[P|Al-Masri, Khaled]]\t[[A|Loisachstraße 30]], [[A|82437 Kochelsried]]\tDeutscher Schäferhund\t132\t60,00 €\t–
[[AZ|8.1200.20519]]\t[[P|Vogel, Bernhard]]\t[[A|Jochstraße 14]], [[A|82437 Kochelsried]]\tBorder Collie\t133\t30,00 €\tHütehund landwirtsch. Betrieb, 50 % Ermäßigung
[[AZ|8.1200.20520]]\t[[P|Lindqvist, Ingrid]]\t[[A|Walchenseestraße 3]], [[A|82437 Kochelsried]]\tGolden Retriever\t134\t0,00 €\tDiabetikerwarnhund (Typ-1-Diabetes der Halterin), befreit

Summe Jahressteuer Neuanmeldungen: 150,00 €. Die Steuermarken 131–134 wurden am 03.11.2025 ausgegeben.
erstellt: [[P|B. Sattler]]
""")

# ---------------------------------------------------------------- 027 Abandoned car, forwarded police mail
doc("outlook", "kfz", [], """
Betreff: WG: Abgestelltes Fahrzeug Wanderparkplatz Seestraße – Halterermittlung

Hallo [[P|Sandra]],

kannst du bitte prüfen, ob wir da als Zulassungsstelle was machen können, oder ob das an den Markt geht (Abschleppen auf öffentlichem Grund)? Ich hab dem Herrn [[P|Raab]] gesagt, dass du dich bei ihm meldest.

Danke,
[[P|Florian]]

-----Ursprüngliche Nachricht-----
Von: PI Kochelsried – Sachbearbeitung <[[N|pi.kochelsried.sb@polizei.bayern.de]]>
Gesendet: Mittwoch, 15. Oktober 2025 11:02
An: [[N|zulassungsstelle@lra-oberland-isartal.de]]
Betreff: Abgestelltes Fahrzeug Wanderparkplatz Seestraße – Halterermittlung

Sehr geehrte Damen und Herren,

auf dem Wanderparkplatz an der Seestraße steht seit mindestens 10.09.2025 ein silberner Opel Astra mit dem kroatischen Kennzeichen [[KFZ|ZG 4417-HR]]. Über das kroatische Innenministerium wurde als Halter ermittelt: [[P|Ante Marković]], geb. [[DOB|05.05.1979]], [[A|Ulica grada Vukovara 118]], [[A|10000 Zagreb]]. Eine Wohnsitzmeldung in Deutschland besteht nicht, ein Kontakt zu Herrn [[P|Marković]] kam bisher nicht zustande.

Unser Vorgang läuft unter [[AZ|BY8412-006637-25/4]]. Wir bitten um Mitteilung, ob von Ihrer Seite Maßnahmen beabsichtigt sind.

Mit freundlichen Grüßen
POK [[P|Stefan Raab]]
Polizeiinspektion Kochelsried
Tel. [[T|08851 9285-131]]
""")

# ---------------------------------------------------------------- 028 Bauantrag status, lower case (SEXUAL_ORIENTATION)
doc("outlook", "bauantrag", ["SEXUAL_ORIENTATION"], """
Betreff: bauantrag birkenweg - wie lang dauert des noch??

hallo zusammen,

mein mann [[P|emeka okonkwo]] und ich haben im märz den bauantrag für unser haus am [[A|birkenweg 3]] abgegeben (az [[AZ|ba-2025-0217]]) und seitdem nix mehr gehört. die bank will bis ende monat die baugenehmigung sehen sonst verfällt die zinsbindung. [[P|emeka]] hat letzte woche zweimal angerufen aber nie wen erreicht.

wir sind seit 2023 verheiratet und das grundstück haben wir von meiner oma [[P|rosa reindl]] geerbt, falls das für die unterlagen wichtig ist.

bitte kurze rückmeldung, danke!!
[[P|jonas reindl]]
[[T|0151 - 2290 4471]]
[[E|jonas.reindl@gmx.de]]

--
Sent from my iPhone
""")

# ---------------------------------------------------------------- 029 Eingliederungshilfe, forwarding (HEALTH, GENETIC)
doc("word", "jugendamt", ["HEALTH", "GENETIC"], f"""
Landratsamt Oberland-Isartal · Kreisjugendamt · [[N|Schlossanger 1]] · [[N|82460 Wolfsried]]

Eheleute
[[P|Selin]] und [[P|Erwin Thalhammer]]
[[A|Rotwandstraße 6]]
[[A|82437 Kochelsried]]

Unser Zeichen: [[AZ|J-35a-2025-0064]]
Wolfsried, 07.08.2025

Ihr Antrag auf Eingliederungshilfe für [[P|Lukas Emre Thalhammer]], geb. [[DOB|21.01.2021]]
hier: Weiterleitung an den zuständigen Träger

Sehr geehrte Frau [[P|Thalhammer]], sehr geehrter Herr [[P|Thalhammer]],

vielen Dank für Ihren Antrag vom 28.07.2025 auf Übernahme der Kosten für eine Integrationskraft in der Kindertagesstätte „Zwergerlhaus“. Aus den beigefügten Unterlagen ergibt sich, dass bei [[P|Lukas]] im Juni 2024 durch eine molekulargenetische Untersuchung am Klinikum Großhadern ein Fragiles-X-Syndrom festgestellt wurde; laut Bericht des Sozialpädiatrischen Zentrums liegt eine deutliche Entwicklungsverzögerung in Sprache und Motorik vor.

Da es sich um eine (drohende) geistige Behinderung handelt, ist nicht das Jugendamt, sondern der Bezirk Oberbayern als Träger der Eingliederungshilfe zuständig. Wir haben Ihren Antrag deshalb heute nach § 14 SGB IX an den Bezirk Oberbayern, [[N|Prinzregentenstraße 14]], [[N|80538 München]], weitergeleitet; die Frist für die Entscheidung beginnt dort neu.

Für die Erstattung von Fahrtkosten hatten Sie das Konto [[IBAN|{g4(IBAN_THALHAMMER)}]] angegeben; auch diese Angabe und die Krankenversichertennummer von [[P|Lukas]] ([[KV|{KV_THALHAMMER}]]) haben wir an den Bezirk übermittelt.

Mit freundlichen Grüßen
Im Auftrag
[[P|Nadine Eibl]]
Sozialpädagogin, Kreisjugendamt
Tel. [[T|08854 607-418]]
""")

# ---------------------------------------------------------------- 030 Muslim burial (RELIGION)
doc("outlook", "friedhof", ["RELIGION"], f"""
Betreff: Grabstelle muslimisches Grabfeld – Beerdigung Vater

Sehr geehrte Damen und Herren,

mein Vater [[P|Mehmet Ali Öztürk]] (geb. [[DOB|14.09.1947]]) ist heute Nacht im Klinikum Garmisch-Partenkirchen verstorben. Er hat 38 Jahre in Kochelsried gelebt, zuletzt [[A|Am Gries 23]]. Wir möchten ihn nach islamischem Ritus beerdigen, also im Leichentuch, mit Ausrichtung nach Mekka und möglichst innerhalb von 24 Stunden. Der Imam der Moscheegemeinde in Penzberg, Hoca [[P|Yusuf Kaya]], würde das Totengebet sprechen.

Gibt es auf dem Gemeindefriedhof Kochelsried ein Grabfeld für Muslime? Mein Vater wollte ausdrücklich hier begraben werden und nicht in die Türkei überführt werden, weil seine Enkel alle hier sind.

Die Sterbeurkunde beantragen wir beim Standesamt, sein Reisepass ([[PASS|{PASS_OZTURK}]]) und die Heiratsurkunde liegen vor.

Bitte rufen Sie mich zurück: [[T|0170 3349 812]]

Vielen Dank
[[P|Serkan Öztürk]]
[[A|Loisachstraße 41]], [[A|82377 Penzberg]]
""")


# ---------------------------------------------------------------- independent checks of every identifier
def iban_ok(v):
    s = v.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def luhn_ok(v):
    d = v.replace(" ", "").replace("-", "")
    return luhn_check(d[:-1]) == int(d[-1])


def tax_id_ok(v):
    d = v.replace(" ", "")
    if len(d) != 11 or d[0] == "0":
        return False
    counts = [d[:10].count(c) for c in "0123456789"]
    return max(counts) <= 3 and sum(1 for c in counts if c >= 2) == 1 and mod11_10_check(d[:10]) == int(d[10])


def vat_ok(v):
    return v.startswith("DE") and len(v) == 11 and mod11_10_check(v[2:10]) == int(v[10])


def ssn_ok(v):
    s = v.replace(" ", "")
    head, letter, serial, check = s[:8], s[8], s[9:11], int(s[11])
    code = ord(letter) - ord("A") + 1
    values = [int(c) for c in head] + [code // 10, code % 10] + [int(c) for c in serial]
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum(digit_sum(v * w) for v, w in zip(values, weights)) % 10 == check


def kv_ok(v):
    code = ord(v[0]) - ord("A") + 1
    values = [code // 10, code % 10] + [int(c) for c in v[1:9]]
    return sum(digit_sum(x * (1 if i % 2 == 0 else 2)) for i, x in enumerate(values)) % 10 == int(v[9])


def nl_ok(v):
    acct = v[8:]
    return sum(int(d) * (10 - i) for i, d in enumerate(acct)) % 11 == 0


CHECKS = {"IBAN": iban_ok, "CREDIT_CARD": luhn_ok, "TAX_ID": tax_id_ok, "VAT_ID": vat_ok,
          "SOCIAL_SECURITY": ssn_ok, "HEALTH_INSURANCE": kv_ok}


def main():
    assert len(DOCS) == 30
    out = []
    for i, (channel, template, marked, flags) in enumerate(DOCS, 1):
        out.append(build(f"F38-{i:03d}", channel, template, marked, flags))
    for d in out:
        for e in d["entities"]:
            check = CHECKS.get(e["category"])
            if check:
                assert check(e["text"]), (d["id"], e)
        for n in d["neutral"]:
            if n["text"].startswith("DE") and n["text"][2:4].isdigit():
                assert iban_ok(n["text"]), n
    assert iban_ok(IBAN_DEVRIES) and nl_ok(IBAN_DEVRIES)
    assert icao_check(IDC_PAPADAKIS[:9]) == int(IDC_PAPADAKIS[9])
    assert icao_check(PASS_OZTURK[:9]) == int(PASS_OZTURK[9])
    with open(os.path.join(HERE, "fresh38.jsonl"), "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")

    cats = collections.Counter(e["category"] for d in out for e in d["entities"])
    flags = collections.Counter(x for d in out for x in d["specialCategories"])
    channels = collections.Counter(d["channel"] for d in out)
    n_ent = sum(cats.values())
    n_neu = sum(len(d["neutral"]) for d in out)
    no_flag = sum(1 for d in out if not d["specialCategories"])
    cat_txt = ", ".join(f"{k} {v}" for k, v in cats.most_common())
    flag_txt = ", ".join(f"{k} {v}" for k, v in flags.most_common())
    readme = (
        "# fresh38.jsonl — Landratsamt Oberland-Isartal / Markt Kochelsried\n\n"
        f"A held-out set of {len(out)} documents (ids F38-001 … F38-030; {channels['word']} Word, "
        f"{channels['outlook']} Outlook), written blind to the detector's code, from an invented Upper Bavarian "
        "district office (Landratsamt Oberland-Isartal, seat Wolfsried) and market town (Markt Kochelsried): "
        "a Jagdschein decision, an internal list of Jagdschein renewals, a Waffenbesitzkarte application form, a "
        "hunter's informal mail, a Verfassungsschutz-based reliability note, a Bauantrag acknowledgement, a farmer's "
        "objection in Bavarian dialect, a building-committee protocol, a lower-case status mail, "
        "Kfz-Zulassung letters and mails (English-German re-registration, Wunschkennzeichen, a forwarded police mail "
        "about a Croatian car), Hilfe zur Pflege notes and mails (Bosnian, Greek and Dutch-Bavarian families), "
        "Hundesteuer mails and a Word table of new dogs, Gästebeitrag checks of hotel registration forms, a South "
        "Tyrolean hotelier's forwarded question and an Austrian guest's refund request, a Gaststättenerlaubnis, an "
        "Auskunftssperre, a foreign-resident biometrics chain, a Wildschaden complaint, a tax-deferral note and a "
        "Muslim burial request; lengths range from three lines to two pages, with address windows, quoted "
        "headers, `Nachname, Vorname` tables, nicknames (Tomo, Resi, Loisl, Vroni), reversed Bavarian names "
        "(Huber Xaver), a birth name after `geb.`, Vietnamese, Bosnian/Croatian, Italian and South Tyrolean, Austrian, Greek, Turkish, Arabic, Nigerian, "
        "Polish, Ukrainian, Swedish and Dutch names and particles (van den, von, de). "
        f"It holds {n_ent} labelled entities ({cat_txt}) and {n_neu} neutral spans; special-category flags: "
        f"{flag_txt}; {no_flag} documents carry none. Every IBAN (DE, AT, NL with a valid Dutch account check) "
        "passes mod 97, every card Luhn, every tax ID, VAT ID, pension and health-insurance number its check. "
        "Hard negatives: the offices' own addresses, switchboards, functional mailboxes and IBANs, a court's and "
        "the Bezirk's address, a hotel's info mailbox, address and switchboard (all neutral), a VIN, an insurance "
        "policy number, WBK and Jagdschein numbers (neutral); left unmarked are amounts, § references, Bebauungsplan "
        "and Flurstück numbers, Drucksache, invoice, booking, reservation, guest-card, eVB and BSSB numbers, "
        "dog-tag numbers, non-birth dates, city names in prose, streets without a house number (Mühlbachweg, "
        "Kirchgasse, Seestraße), a church and a care home named after saints, a Krankenkasse without a condition, "
        "a biometric passport-photo requirement, and surname-like nouns (Jäger, Förster, Schäfer, Koch, Bäcker, "
        "Winter, Sommer).\n")
    print(f"{len(out)} documents, {n_ent} entities, {n_neu} neutral")
    print(cats)
    print(flags)


if __name__ == "__main__":
    main()
