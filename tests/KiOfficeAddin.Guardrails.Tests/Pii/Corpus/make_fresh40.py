#!/usr/bin/env python3
"""Held-out batch 40: Kreis Nordfriesland-Geest / Stadt Hallumsiel (invented), Schleswig-Holstein coast.

Kurabgabe, holiday flats, seasonal workers (RO, BG, PL), Dutch and Danish tourists, Danish minority and Frisian
names, Fischereischein, Wohngeld, Bußgeldstelle. Writes fresh40.jsonl and checks every identifier before writing.
"""
import json
import os
import random
import sys

sys.dont_write_bytecode = True
CORPUS = "/work/main/tests/KiOfficeAddin.Guardrails.Tests/Pii/Corpus"
sys.path.insert(0, CORPUS)
from marks import build  # noqa: E402
from identifiers import Identifiers, mod97_iban, mod11_10_check, luhn_check, icao_check, group  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 4040
ids = Identifiers(SEED)
rng = random.Random(SEED)


# ---------------------------------------------------------------- identifier helpers (all checked again below)
def iban_fmt(iban):
    return group(iban, 4)


def iban_nl(bank):
    """NL IBAN with a bank code in letters and a 10-digit account passing the Dutch 11-test."""
    while True:
        acct = ids.digits(10)
        if acct[0] == "0" and acct[1] == "0":
            continue
        if sum(int(c) * (10 - i) for i, c in enumerate(acct)) % 11 == 0:
            return mod97_iban("NL", bank + acct)


PL_SORT_WEIGHTS = (3, 9, 7, 1, 3, 9, 7)


def iban_pl():
    """PL IBAN: 8-digit sort code with its national check digit (weights 3,9,7,1,3,9,7), 16-digit account."""
    head = "1020" + ids.digits(3)
    check = (10 - sum(int(c) * w for c, w in zip(head, PL_SORT_WEIGHTS)) % 10) % 10
    return mod97_iban("PL", head + str(check) + ids.digits(16))


PL_ID_WEIGHTS = (7, 3, 1, 9, 7, 3, 1, 7, 3)


def pl_id_card():
    """Polish dowód osobisty: AAA + check digit + 5 digits, weights 7,3,1,9,7,3,1,7,3, sum mod 10 == 0."""
    letters = "".join(ids.rng.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(3))
    tail = ids.digits(5)
    values = [ord(c) - 55 for c in letters] + [int(c) for c in tail]
    weights = (7, 3, 1, 7, 3, 1, 7, 3)
    check = sum(v * w for v, w in zip(values, weights)) % 10
    return letters + str(check) + tail


def taxid_fmt(t):
    return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"


def ssn_fmt(s):
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"


def kv():
    return ids.health_insurance()


# ---------------------------------------------------------------- the Stadt's / Kreis's own (neutral) data
CITY_IBAN = iban_fmt(ids.iban_de())          # Stadtkasse Hallumsiel, neutral
CITY_HEAD = ("Stadt Hallumsiel · Der Bürgermeister · {unit}\n"
             "[[N|Deichstraße 1]] · [[N|25879 Hallumsiel]] · Telefon [[N|04863 9840-0]] · [[N|{mail}]]")

DOCS = []


def doc(channel, template, flags, marked):
    DOCS.append((channel, template, flags, marked.strip("\n")))


# ================================================================ F40-001 word: Jahreskurabgabe Zweitwohnung
az = f"7210.{ids.digits(4)}.2026"
doc("word", "kurabgabe", [], f"""
{CITY_HEAD.format(unit="Kurverwaltung", mail="kurverwaltung@hallumsiel.de")}

Herrn
[[P|Dr. Hans-Georg Vosskuhl-Hinrichs]]
[[A|Am Kaiserberg 27a]]
[[A|47058 Duisburg]]

Kassenzeichen: [[AZ|{az}]]
Datum: 14.01.2026

Festsetzung der Jahreskurabgabe 2026 für Zweitwohnungsinhaber
Objekt: Ferienwohnung [[A|Süderstraße 14]], [[N|Whg. 3]], [[A|25879 Hallumsiel]]

Sehr geehrter Herr Dr. [[P|Vosskuhl-Hinrichs]],

nach § 5 Abs. 3 der Satzung über die Erhebung einer Kurabgabe in der Stadt Hallumsiel (Kurabgabesatzung) haben Inhaber einer Zweitwohnung im Erhebungsgebiet für sich und ihre Familienangehörigen anstelle der Tageskurabgabe eine pauschale Jahreskurabgabe zu entrichten. Für das Jahr 2026 wird die Jahreskurabgabe wie folgt festgesetzt:

Inhaber                 1 × 96,00 EUR     96,00 EUR
Ehegattin               1 × 96,00 EUR     96,00 EUR
Kinder unter 18 Jahren  abgabefrei         0,00 EUR
Gesamt                                   192,00 EUR

Der Betrag ist bis zum 15.03.2026 unter Angabe des Kassenzeichens auf das Konto der Stadtkasse Hallumsiel bei der Nord-Ostsee Sparkasse, IBAN [[N|{CITY_IBAN}]], zu überweisen. Die Buchungsnummer 2026-KA-00417 aus Ihrem Gastgeberkonto ist kein Kassenzeichen und kann für die Zahlung nicht verwendet werden.

Ihren Hinweis, dass Ihre Ehefrau [[P|Mechthild Vosskuhl]] die Wohnung im Winter nicht nutzt, haben wir zur Kenntnis genommen. Eine anteilige Ermäßigung sieht die Satzung für die Jahreskurabgabe jedoch nicht vor (§ 7 Abs. 2 Kurabgabesatzung).

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift beim Bürgermeister der Stadt Hallumsiel, [[N|Deichstraße 1]], [[N|25879 Hallumsiel]], einzulegen.

Mit freundlichen Grüßen
Im Auftrag

[[P|Inken Ingwersen]]
Sachbearbeiterin Kurabgabe
Durchwahl [[T|04863 9840-214]] · [[E|i.ingwersen@hallumsiel.de]]
""")

# ================================================================ F40-002 outlook: Dutch tourist, Kurkarte lost
nl1 = iban_nl("RABO")
doc("outlook", "kurkarte", [], f"""
Von: [[P|Femke de Vries]] <[[E|femke.devries@ziggo.nl]]>
Gesendet: Dienstag, 22. Juli 2025 21:47
An: [[N|kurverwaltung@hallumsiel.de]]
Betreff: Kurkarte lost / Kurkarte verloren

Hallo,

sorry for my German, ich versuche es. We are staying in the Ferienwohnung "Möwennest" at [[A|Fischerstieg 7]] since saturday, my husband [[P|Joost]], our kids [[P|Lotte]] and [[P|Sem]] and me. Gestern am Strand bei der Buhne haben wir zwei Kurkarten verloren (for me and my husband), the kids dont need one I think?

Can you make new ones? The landlady Mrs [[P|Boysen]] said we should mail you. Our car is the grey Skoda with dutch plate [[KFZ|52-HKT-8]], parked at Parkplatz Süd if you need that.

If we have to pay again and get it back later, please to our account [[IBAN|{iban_fmt(nl1)}]].

Our home address is [[A|Kerkstraat 112]], [[A|1621 BD Hoorn]], Netherlands. Mobile [[T|+31 6 4187 2209]] (whatsapp also ok).

Dank je wel / vielen Dank!
[[P|Femke]]
""")

# ================================================================ F40-003 word: Meldeschein, Danish family
dk_pass = "2" + ids.digits(8)
cust = f"0417-{ids.digits(2)}"
doc("word", "meldeschein", [], f"""
Meldeschein für Beherbergungsstätten (§ 30 BMG) – zugleich Anmeldung zur Kurabgabe, Stadt Hallumsiel
Meldeschein-Nr. 2025/008813                     Kundennummer Kurverwaltung: [[AZ|{cust}]]

Gastgeber: Ferienhof Süderwarft, Inh. [[P|Keike Nahmens]], [[A|Ockholmer Weg 3]], [[A|25879 Hallumsiel-Süderwarft]]

Anreise: 02.08.2025          Abreise: 16.08.2025          Übernachtungen: 14

Hauptgast
Familienname: [[P|Kjærgaard]]                   Vorname: [[P|Mette]]
geboren am: [[DOB|11.04.1984]]                  Staatsangehörigkeit: dänisch
Anschrift: [[A|Søndergade 41]], [[A|6270 Tønder]], Danmark
Reisepass-Nr.: [[PASS|{dk_pass}]]
Kfz-Kennzeichen: [[KFZ|CX 48 127]] (DK)

Mitreisende
Nr. | Name, Vorname            | geboren      | Kurabgabe
1   | [[P|Kjærgaard, Rasmus]]        | [[DOB|30.09.1982]]   | 2,80 EUR/Tag
2   | [[P|Kjærgaard, Freja]]         | [[DOB|17.06.2013]]   | frei (unter 18 J.)

Kurabgabe gesamt: 2 Erw. × 14 Nächte × 2,80 EUR = 78,40 EUR, bar bezahlt am 02.08.2025, Quittung Nr. 5512.

Unterschrift Gast: [[P|M. Kjærgaard]]               Unterschrift Gastgeber: (Stempel Ferienhof)
""")

# ================================================================ F40-004 outlook: farm registers Romanian workers
ro_ci = [f"{s} {ids.digits(3, True)} {ids.digits(3)}" for s in ("SV", "SV", "IS")]
tid_ro1 = ids.tax_id()
doc("outlook", "saisonarbeit", ["RELIGION"], f"""
Von: [[P|Momme Ketelsen]] <[[E|m.ketelsen@hof-ketelsen.de]]>
Gesendet: Montag, 7. April 2025 07:12
An: [[N|buergerbuero@hallumsiel.de]]
Betreff: Anmeldung Saisonkräfte – Sammeltermin für 3 Personen?

Moin zusammen,

ab Mittwoch kommen unsere ersten Erntehelfer aus Rumänien. Alle drei wohnen in unserer Unterkunft [[A|Osterdeich 22]] (Containeranlage hinter der Halle), die Wohnungsgeberbestätigungen hänge ich an. Könnten wir am Donnerstag früh einen Sammeltermin bekommen? Die Leute sind ab 6 Uhr auf dem Feld, also gern vor 8.

- [[P|Ionuț Popescu]], geb. [[DOB|14.03.1991]], Buletin (CI) Seria/Nr. [[IDC|{ro_ci[0]}]]
- [[P|Mihaela Popescu]], geb. [[DOB|02.11.1993]], CI [[IDC|{ro_ci[1]}]]
- [[P|Gheorghe Munteanu]], geb. [[DOB|28.07.1968]], CI [[IDC|{ro_ci[2]}]]

Der Vorarbeiter spricht gut Deutsch und kann für die anderen übersetzen.

Noch eine Frage: [[P|Gheorghe]] ist sehr gläubig (rumänisch-orthodox) und fragt, ob es hier in der Nähe eine orthodoxe Gemeinde gibt, wo er sonntags zum Gottesdienst kann. Wisst ihr da was?

Die Steuer-IDs haben die drei noch vom letzten Jahr, die trage ich selbst in der Lohnabrechnung ein ([[P|Ionuț]]: [[TID|{taxid_fmt(tid_ro1)}]]), die anderen reiche ich nach.

Beste Grüße
[[P|Momme Ketelsen]]
Hof [[P|Ketelsen]] GbR – Erdbeeren & Spargel
Tel. [[T|04863 70 455]]
""")

# ================================================================ F40-005 word: Telefonnotiz, injured Bulgarian worker
kv_bg = kv()
doc("word", "telefonnotiz", ["HEALTH", "UNION"], f"""
Telefonnotiz

Datum/Uhrzeit: 19.06.2025, 10:40 Uhr
Aufgenommen von: [[P|Sönke Jessen]], Ausländerbehörde – Team Arbeitsmigration
Anruferin: [[P|Velichka Georgieva]] (Saisonkraft, Nordsee Krabben Handelsgesellschaft mbH, Werk Hallumsiel)
Dolmetscherin am Telefon: ihre Cousine [[P|Tsvetelina Koleva]]
Rückruf: [[T|+359 88 741 2290]] oder [[T|0157 3318 2764]] (Frau [[P|Koleva]], spricht Deutsch)

Inhalt:
Frau [[P|Georgieva]] hat sich am 12.06. an der Schälmaschine die rechte Hand schwer verletzt (Sehnendurchtrennung zweier Finger, OP im Klinikum, krankgeschrieben bis mindestens 31.07.). Der Arbeitgeber habe ihr daraufhin den Platz in der Sammelunterkunft [[A|Hafenstraße 9]] zum Monatsende gekündigt. Sie fragt, ob ihre Anmeldung und ihr Aufenthalt davon berührt sind und an wen sie sich wegen Krankengeld wenden kann. Versichert ist sie über den Arbeitgeber bei der AOK NordWest, Versichertennummer laut Karte [[KV|{kv_bg}]].
Sie ist Mitglied der Gewerkschaft NGG; die Gewerkschaft habe ihr bereits einen Anwalt für den Streit um die Unterkunft vermittelt.

Erledigung:
- Auskunft erteilt: EU-Freizügigkeit bleibt bei vorübergehender Arbeitsunfähigkeit infolge Krankheit/Unfall erhalten (§ 2 Abs. 3 Nr. 1 FreizügG/EU).
- Hinweis auf die Beratungsstelle Faire Mobilität gegeben.
- Wegen der Unterkunft an die Kollegin [[P|Dragana Petrović]] (Wohnungsaufsicht) weitergeleitet.
""")

# ================================================================ F40-006 outlook: short lowercase Fischereischein
doc("outlook", "fischereischein", [], """
Betreff: fischereischein

moin,
mein sohn [[P|hauke]] (geb. [[DOB|03.05.2011]]) möchte den jugendfischereischein machen, wo kann er den antrag abgeben und was kostet das? er ist im angelverein hallumsiel.
gruß [[P|broder paulsen]]
[[T|0170 2288 315]]
""")

# ================================================================ F40-007 word: Fischereischein Bescheid, Ukrainian
ua_pass = "F" + rng.choice("TVXY") + " " + ids.digits(6, True)
az7 = f"32.21-FS-{ids.digits(4, True)}/25"
doc("word", "fischereischein", [], f"""
Kreis Nordfriesland-Geest · Der Landrat · Fachdienst Ordnung – Untere Fischereibehörde
[[N|Am Sielhafen 2]] · [[N|25879 Hallumsiel]] · [[N|fischerei@kreis-nfg.de]]

Herrn
[[P|Taras Bondarenko]]
c/o [[P|Oksana Melnyk]]
[[A|Gotteskoogweg 11]]
[[A|25879 Hallumsiel]]

Aktenzeichen: [[AZ|{az7}]]
Hallumsiel, 03.09.2025

Erteilung eines Fischereischeins

Sehr geehrter Herr [[P|Bondarenko]],

auf Ihren Antrag vom 18.08.2025 erteile ich Ihnen den Fischereischein nach dem Landesfischereigesetz Schleswig-Holstein. Die Fischerprüfung haben Sie am 05.07.2025 bestanden, die Prüfungsbescheinigung liegt vor. Ihre Identität wurde anhand Ihres ukrainischen Reisepasses Nr. [[PASS|{ua_pass}]] geprüft (Geburtsdatum laut Pass: [[DOB|21.02.1979]]).

Die Gebühr beträgt 30,00 EUR zuzüglich 10,00 EUR Fischereiabgabe für das Jahr 2025. Der Fischereischein liegt zur Abholung bereit; bitte bringen Sie den Pass und ein biometrisches Lichtbild (35 × 45 mm) mit. Frau [[P|Melnyk]] kann den Schein mit schriftlicher Vollmacht auch für Sie abholen.

Hinweis: Der Fischereischein allein berechtigt nicht zum Fischfang. Sie benötigen zusätzlich einen Erlaubnisschein des Fischereiberechtigten, etwa des Angelvereins Hallumsiel, für die Küstengewässer gelten die Schonzeiten und Mindestmaße der Küstenfischereiverordnung.

Mit freundlichen Grüßen
Im Auftrag

[[P|Arfst Brodersen]]
""")

# ================================================================ F40-008 outlook: Wohngeld, forwarded, same-sex couple
iban8 = ids.iban_de()
ssn8 = ids.social_security("120886", "Y")
az8 = f"WG-2025-{ids.digits(4)}"
doc("outlook", "wohngeld", ["SEXUAL_ORIENTATION"], f"""
Von: [[P|Hinrichsen, Maren]]
Gesendet: Mittwoch, 5. November 2025 11:02
An: [[P|Dąbrowski, Krzysztof]]
Betreff: WG: Wohngeld Neuantrag – Frage zu Haushaltsmitgliedern

Hallo [[P|Krzysztof]],

kannst du das bitte übernehmen? Die Antragstellerin hat schon zweimal angerufen, und ich bin ab morgen im Urlaub. Az. bei uns: [[AZ|{az8}]].

Danke & Gruß
[[P|Maren]]

-----Ursprüngliche Nachricht-----
Von: [[P|Emine Yıldırım]] <[[E|emine.yildirim@web.de]]>
Gesendet: Montag, 3. November 2025 19:36
An: [[N|wohngeld@hallumsiel.de]]
Betreff: Wohngeld Neuantrag – Frage zu Haushaltsmitgliedern

Guten Abend,

ich stelle den Wohngeldantrag für unsere Wohnung [[A|Lührsweg 4a]] ([[N|EG rechts]]), [[A|25879 Hallumsiel]]. Im Formular steht nur "Ehegatte", ich bin aber mit einer Frau verheiratet, [[P|Sarah Lange]], seit 2022. Muss sie trotzdem als Haushaltsmitglied eingetragen werden, obwohl wir verschiedene Nachnamen haben? Sie arbeitet als Köchin im Strandhotel, ich Teilzeit beim Bäcker am Markt.

Unser Konto: [[IBAN|{iban_fmt(iban8)}]], Kontoinhaberin bin ich.
Meine Rentenversicherungsnummer hatten Sie gefragt: [[SSN|{ssn8}]]

Tagsüber bin ich schlecht erreichbar, am besten abends unter [[T|0176 5512 8830]].

Viele Grüße
[[P|Emine Yıldırım]]
""")

# ================================================================ F40-009 word: Wohngeldbescheid, Vietnamese family
iban9 = ids.iban_de()
az9 = f"WG-2025-{ids.digits(4)}"
doc("word", "wohngeld", [], f"""
{CITY_HEAD.format(unit="Wohngeldstelle", mail="wohngeld@hallumsiel.de")}

Eheleute
[[P|Nguyễn Văn Hùng]] und [[P|Trần Thị Mai]]
[[A|Kirchenstieg 17]]
[[A|25879 Hallumsiel]]

Aktenzeichen: [[AZ|{az9}]]
Datum: 24.10.2025

Bescheid über die Bewilligung von Wohngeld (Mietzuschuss)

Sehr geehrte Frau [[P|Trần]], sehr geehrter Herr [[P|Nguyễn]],

auf Ihren Antrag vom 11.08.2025 wird Ihnen für die Zeit vom 01.08.2025 bis 31.07.2026 Wohngeld in Höhe von monatlich 412,00 EUR bewilligt.

1. Berücksichtigte Haushaltsmitglieder (§ 5 WoGG)
   Antragsteller, geb. [[DOB|06.01.1981]]
   Ehefrau, geb. [[DOB|19.09.1985]]
   [[P|Nguyễn Minh Anh]], geb. [[DOB|27.03.2014]]

2. Berechnungsgrundlagen
   Zu berücksichtigende Miete (§ 9 WoGG): 780,00 EUR; Höchstbetrag nach § 12 WoGG (Mietenstufe II, 3 Personen): 652,00 EUR
   Entlastungsbetrag Heizkosten (§ 12 Abs. 6 WoGG) und Klimakomponente (§ 12 Abs. 7 WoGG) sind berücksichtigt.
   Gesamteinkommen (§ 14 WoGG): 2.140,50 EUR monatlich nach Abzug der Pauschalen nach § 16 WoGG.

3. Auszahlung
   Das Wohngeld wird monatlich im Voraus auf das von Ihnen angegebene Konto [[IBAN|{iban9}]] überwiesen. Die Nachzahlung für August bis Oktober 2025 in Höhe von 1.236,00 EUR erfolgt mit der ersten Zahlung.

4. Mitteilungspflichten
   Sie sind verpflichtet, der Wohngeldstelle unverzüglich mitzuteilen, wenn sich die Zahl der Haushaltsmitglieder verringert, die Miete um mehr als 15 Prozent sinkt oder das Gesamteinkommen um mehr als 15 Prozent steigt (§ 27 WoGG). Ein Auszug von [[P|Minh Anh]] in das Internat würde eine Neuberechnung auslösen.

Begründung
Die Voraussetzungen für die Bewilligung liegen vor. Die Berechnung ergibt sich aus der Anlage, die Bestandteil dieses Bescheides ist.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Schleswig-Holsteinischen Verwaltungsgericht, [[N|Brockdorff-Rantzau-Straße 13]], [[N|24837 Schleswig]], erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Krzysztof Dąbrowski]]
Telefon [[T|04863 9840-231]]
""")

# ================================================================ F40-010 outlook: Danish tourist, parking fine, card
cc10 = ids.credit_card("4571", 16)
az10 = f"54.3-VW-2025-{ids.digits(5)}"
doc("outlook", "bussgeld", [], f"""
From: [[P|Søren Østergaard]] <[[E|soren.ostergaard@mail.dk]]>
Sent: 14 August 2025 08:55
To: [[N|bussgeldstelle@kreis-nfg.de]]
Subject: Parking ticket Az. [[AZ|{az10}]] – already paid?

Dear Sir or Madam,

we received a "Verwarnung" for our car (Danish plate [[KFZ|AV 31 552]]) parked at the Strandweg on 29 July. My wife [[P|Birte]] was driving and she paid the 30 EUR the same day at the counter in the Kurverwaltung with my credit card – the lady there said this is ok and gave a receipt (Beleg-Nr. 771203).

Now we got a reminder with 28,50 EUR extra fees. Please check this. The card was Visa/Dankort [[CC|{group(cc10, 4)}]] if you need it to find the payment.

Our address: [[A|Skovvej 8]], [[A|6400 Sønderborg]], Denmark. Phone [[T|+45 28 91 44 07]].

Best regards / Venlig hilsen
[[P|Søren Østergaard]]
""")

# ================================================================ F40-011 word: Anhörung speeding, Polish driver
pl_id11 = pl_id_card()
az11 = f"54.2-OWi-25-{ids.digits(6, True)}"
doc("word", "bussgeld", [], f"""
Kreis Nordfriesland-Geest · Der Landrat · Bußgeldstelle
[[N|Am Sielhafen 2]], [[N|25879 Hallumsiel]] · [[N|bussgeldstelle@kreis-nfg.de]] · Telefon [[N|04863 801-0]]

Pan / Herrn
[[P|Grzegorz Wiśniewski]]
[[A|ul. Długa 17/4]]
[[A|80-827 Gdańsk]]
POLEN

Aktenzeichen: [[AZ|{az11}]]
Datum: 09.09.2025

Anhörung im Bußgeldverfahren (Rücklauf, erfasst am 30.09.2025)

Sehr geehrter Herr [[P|Wiśniewski]],

dem Fahrer des Kraftfahrzeugs mit dem amtlichen Kennzeichen [[KFZ|GD 4817K]] (PL) wird vorgeworfen, am 21.08.2025 um 06:12 Uhr in Hallumsiel, L 30, Höhe Deichschart Süd, die zulässige Höchstgeschwindigkeit außerhalb geschlossener Ortschaften um 27 km/h überschritten zu haben (§§ 3 Abs. 3, 49 StVO, § 24 StVG, Nr. 11.3.5 BKat). Regelsatz: 150,00 EUR, 1 Punkt im Fahreignungsregister. Messung: Polizeistation Hallumsiel, Messprotokoll liegt vor.

Als Halter sind Sie laut Auskunft der polnischen Zulassungsbehörde eingetragen. Wenn Sie das Fahrzeug nicht selbst geführt haben, benennen Sie bitte die Person, die es geführt hat.

Angaben zur Person (vom Betroffenen ausgefüllt):
Name, Vorname: [[P|Wiśniewski, Grzegorz]]
geboren am: [[DOB|03.10.1975]] in Gdynia
Dowód osobisty Nr.: [[IDC|{pl_id11}]]
Telefon: [[T|0048 601 238 774]]

Angaben zur Sache (vom Betroffenen ausgefüllt):
"Ich bin nicht gefahren. Fahrer war mein Kollege [[P|Bartosz Lewandowski]], [[A|ul. Morska 40]], [[A|81-323 Gdynia]], er arbeitet im Sommer auf dem Hof [[P|Ketelsen]] in Hallumsiel und hatte das Auto von mir geliehen."

Verfügung: Verfahren gegen den Halter einstellen, Anhörung an den benannten Fahrer (über Arbeitgeber) versenden. Verjährung beachten: drei Monate ab Tattag.

Im Auftrag
[[P|Elke Matthiesen]]
""")

# ================================================================ F40-012 outlook: car rental names driver, quoted chain
idc12 = ids.id_card(check_digit=True)
az12 = f"54.2-OWi-25-{ids.digits(6, True)}"
doc("outlook", "bussgeld", [], f"""
Von: [[P|Jörg Sönnichsen]] <[[E|j.soennichsen@autovermietung-nf.de]]>
Gesendet: Freitag, 10. Oktober 2025 09:31
An: [[N|bussgeldstelle@kreis-nfg.de]]
Betreff: AW: Anhörung Halter, Az. [[AZ|{az12}]] – Fahrerbenennung

Moin,

das Fahrzeug [[KFZ|NF-JS 602]] war im fraglichen Zeitraum vermietet an:

Herrn [[P|Dr. Konstantinos Georgiou]], geb. [[DOB|22.05.1977]]
wohnhaft [[A|Gottfried-Keller-Straße 8]], [[A|22609 Hamburg]]
Personalausweis-Nr. [[IDC|{idc12}]]

Den Mietvertrag (Nr. MV-25-3318) schicke ich nur auf Anforderung, da stehen die Kreditkartendaten drin.

Mit freundlichem Gruß
[[P|Jörg Sönnichsen]]
Autovermietung [[P|Sönnichsen]] e.K. · [[A|Bahnhofstraße 31]] · [[A|25879 Hallumsiel]] · [[T|04863 72 660]]

> Am 02.10.2025 um 14:20 schrieb Bußgeldstelle Kreis Nordfriesland-Geest <[[N|bussgeldstelle@kreis-nfg.de]]>:
>
> Sehr geehrte Damen und Herren,
>
> mit dem auf Sie zugelassenen Fahrzeug wurde am 27.09.2025 um 17:41 Uhr in der Deichstraße die zulässige Höchstgeschwindigkeit um 14 km/h überschritten. Bitte teilen Sie uns bis zum 16.10.2025 mit, wer das Fahrzeug geführt hat.
>
> Mit freundlichen Grüßen
> Ihre Bußgeldstelle
""")

# ================================================================ F40-013 word: Ausschuss-Niederschrift
doc("word", "protokoll", [], """
Stadt Hallumsiel
Niederschrift über die 14. Sitzung des Ausschusses für Tourismus, Hafen und Kurbetrieb
am Dienstag, 11.03.2025, 18:00 Uhr bis 20:25 Uhr, Sitzungssaal des Rathauses, [[N|Deichstraße 1]]

Anwesend:
Vorsitzender: [[P|Hinrich Feddersen]]
Mitglieder: [[P|Anke Thomsen-Lüders]], [[P|Dr. Giuseppe Lo Russo]], [[P|Amadou Diallo]] und zwei weitere Mitglieder (Anwesenheitsliste anbei)
Verwaltung: Kurdirektor [[P|Tade Lorenzen]]; Protokoll: [[P|Swantje Albrecht]]
Entschuldigt: ein Mitglied

TOP 1 Einwohnerfragestunde
Herr [[P|Ahmad Al-Khatib]], [[A|Süderstraße 31]], fragt nach dem Stand seiner Beschwerden über Lärm durch die Ferienwohnungen im Nachbarhaus [[A|Süderstraße 29]]. Kurdirektor [[P|Lorenzen]] sagt eine Prüfung durch die Bauaufsicht zu. Frau [[P|Thea Bäcker]] aus Süderwarft regt an, die Kurabgabe im Winter zu senken, weil dann kaum Angebote bestehen; der Vorsitzende verweist auf TOP 4.

TOP 2 Bebauungsplan Nr. 34 "Am Vogelkoog", 2. Änderung – Drucksache 2025/041
Der Ausschuss empfiehlt einstimmig die öffentliche Auslegung. Auf die Brutzeiten im angrenzenden Vogelschutzgebiet ist bei den Bauarbeiten Rücksicht zu nehmen; jeder Vogel, der dort brütet, zählt, so der Hinweis der Naturschutzbehörde.

TOP 3 Saisonbilanz Kurabgabe 2024 – Drucksache 2025/038
Der Kurdirektor berichtet: Einnahmen 2,31 Mio. EUR (Vorjahr 2,18 Mio. EUR), 412.800 Übernachtungen, davon 18 % Gäste aus Dänemark und den Niederlanden. [[P|Dr. Lo Russo]] fragt, warum die Strandkorbvermietung nicht über die Kurkarte abgerechnet wird. Die Verwaltung prüft das bis zur nächsten Sitzung.

TOP 4 Änderung der Kurabgabesatzung – Drucksache 2025/044
Frau [[P|Thomsen-Lüders]] beantragt eine ermäßigte Winterkurabgabe vom 1. November bis 15. März. Abstimmung: 5 Ja, 0 Nein, 1 Enthaltung. Die Empfehlung geht an die Stadtvertretung (Sitzung am 27.03.2025).

TOP 5 Verschiedenes
Der Koch der Strandhalle hat gekündigt; die Neuverpachtung ab 2026 wird ausgeschrieben. Treffpunkt für die Strandbegehung am 05.04.2025 ist um 10 Uhr vor der St.-Laurentius-Kirche.

gez. Vorsitzender          gez. Protokollführerin
""")

# ================================================================ F40-014 outlook: holiday-flat registration, Hamburg owner
vat14 = ids.vat_id()
iban14 = ids.iban_de()
tnr14 = f"{ids.digits(2, True)}/{ids.digits(3)}/{ids.digits(5)}"
doc("outlook", "ferienwohnung", ["SEXUAL_ORIENTATION"], f"""
Betreff: Anmeldung Ferienwohnung zur Kurabgabe / Zweitwohnungsteuer

Sehr geehrte Damen und Herren,

hiermit melde ich meine Ferienwohnung im Haus [[A|Strandläuferweg 5]] (DG, 2 Zimmer, 48 m²) in [[A|25879 Hallumsiel]] zur Vermietung an Feriengäste ab dem 1. Mai 2025 an. Die Wohnung gehört mir allein, die Vermietung läuft über mein Einzelunternehmen "Nordlicht Ferienwohnungen". Außerhalb der Vermietung nutzen nur meine Frau [[P|Jana]] und ich die Wohnung, etwa sechs Wochen im Jahr.

Meine Angaben:
[[P|Carolin Hartkopf]]
[[A|Isestraße 88]]
[[A|20149 Hamburg]]
Steuernummer (Finanzamt Hamburg-Nord): [[TNR|{tnr14}]]
USt-IdNr.: [[VAT|{vat14}]]
Mobil: [[T|0151 2377 9104]]
E-Mail: [[E|carolin.hartkopf@posteo.de]]

Für den Einzug der Kurabgabe der Gäste und der Zweitwohnungsteuer erteile ich Ihnen gern ein SEPA-Lastschriftmandat für mein Geschäftskonto bei der Hamburger Sparkasse: IBAN [[IBAN|{iban_fmt(iban14)}]].

Die Schlüsselübergabe vor Ort übernimmt meine Nachbarin [[P|Ute Winter]] aus dem Nebenhaus, falls Sie die Wohnung besichtigen möchten; sie ist unter [[T|04863 71 884]] erreichbar.

Mit freundlichen Grüßen
[[P|Carolin Hartkopf]]
""")

# ================================================================ F40-015 word: Rückstandsliste Kurabgabe
k = [f"7210.{ids.digits(4)}.2025" for _ in range(4)]
doc("word", "liste", [], f"""
Kurverwaltung Hallumsiel – Rückstandsliste Kurabgabe (Beherbergungsbetriebe), Stand 30.09.2025
Nur für den Dienstgebrauch – zur Weitergabe an die Stadtkasse (Mahnlauf Oktober)

Nr. | Gastgeber (Name, Vorname)     | Objekt                   | Kassenzeichen      | offen (EUR) | Bemerkung
1   | [[P|Boysen, Ocke]]                  | [[A|Achtern Diek 12]]          | [[AZ|{k[0]}]]     |    1.184,40 | 2. Mahnung, Quartale II und III
2   | [[P|van der Meulen, Jeroen]]        | [[A|Süderstraße 29]]           | [[AZ|{k[1]}]]     |      936,00 | Eigentümer wohnt in NL, Zustellung über Verwalter [[P|Lorenz Claußen]]
3   | [[P|Fischer, Hauke]]                | [[A|Kirchenstieg 4]]           | [[AZ|{k[2]}]]     |       58,80 | Meldescheine Juli fehlen
4   | [[P|Hodžić, Amra]]                  | [[A|Lührsweg 12-14]]           | [[AZ|{k[3]}]]     |    2.406,00 | Insolvenz? Rückfrage beim Insolvenzgericht
                                                                                  Summe:   4.585,20

Hinweis: Vorgang Nr. 2 betrifft dasselbe Objekt wie die Lärmbeschwerde aus der Einwohnerfragestunde vom 11.03.2025; die Bauaufsicht ist eingebunden (Vorlage 2025/052), bitte nicht vermischen.

Aufgestellt: [[P|Inken Ingwersen]], Kurverwaltung, 30.09.2025
""")

# ================================================================ F40-016 outlook: Kurabgabe exemption, Huntington, AT
at16 = ids.iban("AT", 16)
doc("outlook", "kurabgabe", ["HEALTH", "GENETIC"], f"""
Betreff: Kurabgabe – Befreiung für Begleitperson?

Grüß Gott,

mein Mann [[P|Wolfgang Behrendt-Okafor]] hat Chorea Huntington (durch einen Gentest 2021 bestätigt) und ist inzwischen schwerbehindert, GdB 100 mit Merkzeichen B und aG, er sitzt im Rollstuhl. Wir kommen vom 14. bis 28.09. in die Ferienwohnung von Familie [[P|Christiansen]], [[A|Alter Deich 6]]. Ich habe gelesen, dass die Begleitperson keine Kurabgabe zahlen muss – gilt das auch, wenn ich als Ehefrau ihn begleite? Die Kopie des Ausweises kann ich vorab schicken.

Falls wir vor Ort schon bezahlt haben und Sie erst später entscheiden, bitte die Erstattung auf unser Konto [[IBAN|{iban_fmt(at16)}]].

Mit freundlichen Grüßen
[[P|Adaeze Behrendt-Okafor]]
[[A|Linzer Gasse 18]]
[[A|5020 Salzburg]]
Tel. [[T|+43 662 87 44 19]]
""")

# ================================================================ F40-017 word: Schülerbeförderung Danish school
az17 = f"40.3-SB-2025/{ids.digits(3, True)}"
doc("word", "schuelerbefoerderung", ["ETHNICITY"], f"""
Kreis Nordfriesland-Geest · Der Landrat · Fachdienst Schule und Kultur – Schülerbeförderung

Vermerk zur Akte [[AZ|{az17}]]

Antrag auf Übernahme der Schülerbeförderungskosten für [[P|Asmus Thomsen]], geb. [[DOB|15.08.2016]], Schüler der Hallumsiel Danske Skole (3. Klasse)
Antragsteller: [[P|Jens Peter Thomsen]] und [[P|Karen Thomsen]], [[A|Westerweg 21]], [[A|25879 Hallumsiel]]

1. Die Eltern erklären im Antrag, dass die Familie der dänischen Minderheit angehört und das Kind deshalb eine Schule des Dansk Skoleforening for Sydslesvig besucht und nicht die nächstgelegene öffentliche Grundschule (Grundschule am Markt, 1,8 km).
2. Nach der Satzung des Kreises über die Schülerbeförderung werden die Kosten zur nächstgelegenen Schule der gewählten Schulart übernommen. Die Schulen der dänischen Minderheit sind insoweit gleichgestellt (Art. 12 Landesverfassung). Nächstgelegene Schule der dänischen Minderheit: Hallumsiel Danske Skole, Schulweg 6,4 km, also über der Mindestentfernung von 2 km.
3. Ergebnis: Übernahme der Kosten für die Schülerjahreskarte (Tarifzone 3), Eigenanteil 0,00 EUR. Der Bescheid an die Eltern ergeht gesondert.
4. Telefonische Rückfrage bei Frau [[P|Thomsen]] am 02.09.2025: [[P|Asmus]]' jüngerer Bruder [[P|Niklas]] wird ab August 2026 ebenfalls die Danske Skole besuchen; Antrag folgt.

Bearbeitung: [[P|Göntje Ketels]], 03.09.2025
""")

# ================================================================ F40-018 outlook: Frisian, bilingual certificate
doc("outlook", "standesamt", ["ETHNICITY"], """
Betreff: Eheurkunde auch auf Friesisch?

Moin,

ich bin Nordfriesin, meine ganze Familie gehört zur friesischen Volksgruppe und zu Hause sprechen wir Frasch. Für die Hochzeit meines Bruders [[P|Boy Jacobsen]] mit [[P|Leonie Schmidt]] am 12.07. bei Ihnen im Standesamt hätten wir gern die Eheurkunde zusätzlich zweisprachig, deutsch und friesisch. Geht das nach dem Friesisch-Gesetz, und kostet das extra?

Foole tunk!
[[P|Tatje Jacobsen]]
[[E|tatje.jacobsen@gmx.de]]
""")

# ================================================================ F40-019 outlook: Polish worker, union member, fingerprint clock
pl19 = iban_pl()
doc("outlook", "saisonarbeit", ["UNION", "BIOMETRIC"], f"""
Von: [[P|Małgorzata Zielińska]] <[[E|gosia.zielinska@wp.pl]]>
Gesendet: Sonntag, 15. Juni 2025 20:18
An: [[N|wohnungsaufsicht@hallumsiel.de]]
Cc: [[E|piotr.nowicki@igbau.de]]
Betreff: complaint accommodation / Beschwerde Unterkunft [[A|Osterdeich 22]]

Hello, guten Tag,

my name is [[P|Małgorzata Zielińska]] ([[P|Gosia]]), I work as seasonal worker at the strawberry farm since May. We are 3 women in one container at [[A|Osterdeich 22]], 14 m², only one shower for 20 persons and there is Schimmel in the bathroom. For this they take 360 EUR per month from the salary. Mr [[P|Ketelsen]] says this is normal.

Also we must clock in and out with a fingerprint scanner, my fingerprint is saved in the computer of the farm. Nobody asked me. Is this allowed in Germany?

I am member of IG BAU since 2019, our union secretary Mr [[P|Nowicki]] is in copy and can explain everything in German. Please come and check the Unterkunft, best before 30 June.

I paid 200 EUR Kaution and want it back to my Polish account: [[IBAN|{iban_fmt(pl19)}]]. Can the city help with this or only the Arbeitsgericht?

Telefon: [[T|0048 512 334 871]] (polish number, also Signal)

Thank you
[[P|Gosia Zielińska]]
""")

# ================================================================ F40-020 word: Ausländerbehörde, fingerprints
gh_pass = "G" + ids.digits(7, True)
az20 = f"33.1-AT-2025-{ids.digits(4, True)}"
doc("word", "auslaenderbehoerde", ["BIOMETRIC"], f"""
Ausländerbehörde Kreis Nordfriesland-Geest – Vermerk
Az.: [[AZ|{az20}]]

Betr.: [[P|Kwame Mensah-Asante]], geb. [[DOB|04.06.1994]] in Kumasi (Ghana), ghanaischer Reisepass Nr. [[PASS|{gh_pass}]]
Wohnhaft: Gemeinschaftsunterkunft [[A|Sielstraße 5]], [[N|Zi. 12]], [[A|25879 Hallumsiel]]
Antrag auf Erteilung einer Aufenthaltserlaubnis nach § 18a AufenthG (Fachkraft, Koch im Hotel "Friesenhof")

1. Herr [[P|Mensah-Asante]] sprach am 16.10.2025 persönlich vor. Für den elektronischen Aufenthaltstitel wurden Lichtbild und Fingerabdrücke erfasst. Der Abdruck des linken Zeigefingers erreichte den Qualitätswert nicht; ersatzweise wurde der linke Mittelfinger erfasst. Der biometrische Abgleich des Lichtbildes mit dem Chip des Reisepasses ergab eine Übereinstimmung.
2. Die Zustimmung der Bundesagentur für Arbeit liegt vor. Arbeitgeber: Hotel Friesenhof, Inhaber [[P|Claas Momsen]].
3. Kontakt des Antragstellers: [[E|kwame.mensah@gmail.com]], [[T|0152 0448 1976]].
4. Gebühr 100,00 EUR bar bezahlt (Quittung 2025/3381).
5. Wiedervorlage: 13.11.2025 (Ausgabe eAT, PIN-Brief an Wohnanschrift).

Sachbearbeitung: [[P|Sönke Jessen]]
""")

# ================================================================ F40-021 outlook: Kita, sickle cell, Muslim diet
doc("outlook", "kita", ["HEALTH", "GENETIC", "RELIGION"], """
Betreff: Krippe Seesterne – wichtige Infos zu unserer Tochter

Sehr geehrte Frau [[P|Nissen]],

wir haben die Zusage für unsere Tochter [[P|Layla Haddad]] (geb. [[DOB|21.01.2024]]) für die Krippe Seesterne ab 01.02. bekommen, vielen Dank! Vorab ein paar wichtige Dinge:

[[P|Layla]] hat eine Sichelzellkrankheit (HbSS). Das wurde beim Neugeborenen-Screening gefunden und durch eine genetische Untersuchung bei Prof. [[P|Dr. Henrike Asmussen]] in der Uniklinik Kiel bestätigt; wir sind beide Anlageträger. Bei Fieber über 38,5 °C müssen Sie uns bitte sofort anrufen, sie muss viel trinken und darf nicht frieren.

Außerdem sind wir Muslime und bitten darum, dass [[P|Layla]] kein Schweinefleisch und keine Gelatine bekommt.

Erreichbar sind wir unter [[T|0157 8834 2210]] (Mama) und [[T|0176 2290 4417]] (Papa). Unsere Adresse: [[A|Markt 9]], [[A|25879 Hallumsiel]].

Viele Grüße
[[P|Rania]] und [[P|Karim Haddad]]
""")

# ================================================================ F40-022 word: Gewerbeanmeldung, Greek taverna
vat22 = ids.vat_id()
iban22 = ids.iban_de()
tnr22 = f"{ids.digits(2, True)}/{ids.digits(3)}/{ids.digits(5)}"
az22 = f"32.1-GA-2025-{ids.digits(4)}"
doc("word", "gewerbe", [], f"""
Gewerbeanmeldung nach § 14 GewO (GewA 1) – Abschrift für die Akte
Stadt Hallumsiel – Gewerbeamt – Eingang 03.03.2025 – Az. [[AZ|{az22}]]

Angaben zum Betriebsinhaber
1   Name: [[P|Papadakis]]
2   Vornamen: [[P|Dimitrios Nikolaos]]
3   Geschlecht: männlich
4   Staatsangehörigkeit: griechisch
5   Geburtsdatum: [[DOB|17.11.1979]]      Geburtsort: Thessaloniki (GR)
6   Anschrift der Wohnung: [[A|Wattweg 14]], [[A|25879 Hallumsiel]]
7   Telefon: [[T|+49 160 9488 3017]]
8   E-Mail: [[E|d.papadakis@taverna-poseidon.de]]

Angaben zum Betrieb
9   Name des Geschäfts: Taverna Poseidon
10  Betriebsstätte: [[A|Hafenstraße 3]], [[A|25879 Hallumsiel]]
11  Angemeldete Tätigkeit: Gaststätte mit Außengastronomie, Verkauf von Fischbrötchen über die Straße
12  Beginn der Tätigkeit: 01.04.2025
13  Steuernummer: [[TNR|{tnr22}]] (Finanzamt Nordfriesland)
    USt-IdNr.: [[VAT|{vat22}]]
14  Zahl der Beschäftigten: 3 Vollzeit, 4 Teilzeit (Saison); der Koch wird aus Griechenland angeworben
15  Bankverbindung für die Sondernutzungsgebühr (Außengastronomie): IBAN [[IBAN|{iban_fmt(iban22)}]]

Unterschrift: [[P|D. Papadakis]]

Bearbeitungsvermerk: Gebühr 26,00 EUR bezahlt (Rechnung 2025-GA-0188). Weiterleitung an Finanzamt, IHK, Berufsgenossenschaft und Gesundheitsamt (Belehrung nach § 43 IfSG) am 04.03.2025 erfolgt. – [[P|Mirjana Kovačević]]
""")

# ================================================================ F40-023 outlook: very short lowercase
az23 = f"54.2-OWi-25-{ids.digits(6, True)}"
doc("outlook", "bussgeld", [], f"""
Betreff: AZ [[AZ|{az23}]]

hallo, das auto mit [[KFZ|NF-EL 42E]] war am 15.10. nicht bei mir, hab es meinem sohn geliehen (der wohnt in kiel). soll ich seinen namen angeben? er heisst [[P|timo wagner]].
lg [[P|sabine wagner-demir]]
""")

# ================================================================ F40-024 word: Telefonnotiz Zweitwohnungsteuer, politics
az24 = f"7220.{ids.digits(4)}.2025"
doc("word", "telefonnotiz", ["POLITICS"], f"""
Telefonnotiz – Steueramt                                   27.11.2025, 09:15 Uhr

Anrufer: Herr [[P|Salvatore Esposito]] (Eiscafé Dolce Vita, Hafenstraße)
Betreff: Zweitwohnungsteuer 2025, Kassenzeichen [[AZ|{az24}]]

Herr [[P|Esposito]] fragt, ob für die Wohnung seiner Mutter [[P|Concetta]] im Ferienhausgebiet weiter Zweitwohnungsteuer anfällt, nachdem sie im Oktober ganz zu ihm gezogen ist und die Wohnung nur noch von der Familie genutzt wird. Er sei Mitglied der CDU-Fraktion in der Stadtvertretung und werde die Satzung notfalls dort zur Sprache bringen.
Ich habe auf § 2 der Zweitwohnungsteuersatzung und die Möglichkeit der Abmeldung hingewiesen. Bescheid über 684,00 EUR vom 15.02.2025 ist bestandskräftig.

Rückruf erbeten unter [[T|0171 6620 4418]], am besten nach 14 Uhr.

Notiert: [[P|Hark Nissen]]
""")

# ================================================================ F40-025 outlook: Witwenrente, dementia, née trap
ssn25 = ids.social_security("300151", "K")
tid25 = ids.tax_id()
kv25 = kv()
doc("outlook", "rente", ["HEALTH"], f"""
Betreff: Antrag Witwenrente und Schwerbehindertenausweis für meine Mutter

Sehr geehrte Frau [[P|Mahmoudi]],

wie am Telefon besprochen schicke ich Ihnen die Daten meiner Mutter für den Antrag auf Witwenrente. Mein Vater [[P|Viktor Schäfer]] ist am 02.09.2025 verstorben.

Antragstellerin: [[P|Lyudmila Schäfer]], geb. [[P|Kuznetsova]], geboren am [[DOB|30.01.1951]] in Karaganda (Kasachstan)
Anschrift: [[A|Pastor-Petersen-Weg 7]], [[A|25879 Hallumsiel]]
Versicherungsnummer: [[SSN|{ssn_fmt(ssn25)}]]
Steuer-ID: [[TID|{tid25}]]
Krankenkasse: AOK NordWest, Versichertennummer [[KV|{kv25}]]

Meine Mutter hat eine fortgeschrittene Alzheimer-Demenz und kann nicht mehr selbst unterschreiben, die Hausärztin [[P|Dr. med. Sabine Kruse]] hat das bescheinigt. Ich habe eine Vorsorgevollmacht (liegt bei). Den Schwerbehindertenausweis beantragen wir parallel beim Landesamt für soziale Dienste.

Ich bin am besten per Mail oder unter [[T|0431 5589 6120]] zu erreichen.

Viele Grüße
[[P|Natalia Schäfer-Brandt]]
""")

# ================================================================ F40-026 outlook: Windpark, party chair
doc("outlook", "buergermeister", ["POLITICS"], """
Betreff: Windpark Hallumsieler Koog – Bitte um ein Gespräch

Sehr geehrter Herr Bürgermeister [[P|Rohde]],

als Vorsitzender des SSW-Ortsverbands Hallumsiel und seit über dreißig Jahren Parteimitglied bitte ich Sie um ein Gespräch über den geplanten Windpark im Hallumsieler Koog. Viele Landwirte und auch die Fischer am Hafen fühlen sich bei der Planung übergangen, die Bürgerversammlung am 18.02. war dafür viel zu kurz.

Die Unterschriftenliste (214 Unterschriften) würde ich Ihnen gern persönlich übergeben, meine Stellvertreterin [[P|Ingke Lassen-Nielsen]] käme mit.

Mit freundlichen Grüßen
[[P|Andreas Sievertsen]]
[[A|Hooger Weg 9]], [[A|25879 Hallumsiel]]
Tel. [[T|04863 71 336]]
""")

# ================================================================ F40-027 word: Sondernutzungserlaubnis, sole trader
az27 = f"7310.{ids.digits(4)}.2025"
doc("word", "sondernutzung", [], f"""
{CITY_HEAD.format(unit="Ordnungsamt", mail="ordnungsamt@hallumsiel.de")}

Fischhandel [[P|Rasmussen]]
Inh. [[P|Nis Rasmussen]]
[[A|Am Sielhafen 11]]
[[A|25879 Hallumsiel]]

Kassenzeichen: [[AZ|{az27}]]
Datum: 28.02.2025

Sondernutzungserlaubnis für einen Verkaufsstand (Fischbrötchen) auf der Hafenpromenade

Sehr geehrter Herr [[P|Rasmussen]],

auf Ihren Antrag vom 10.02.2025 erteile ich Ihnen nach § 21 Straßen- und Wegegesetz Schleswig-Holstein in Verbindung mit der Sondernutzungssatzung der Stadt Hallumsiel die widerrufliche Erlaubnis, in der Zeit vom 01.04.2025 bis 31.10.2025 auf der Hafenpromenade, Höhe Anleger 2, einen Verkaufsstand mit einer Grundfläche von 3,00 m × 2,50 m aufzustellen.

Nebenbestimmungen:
1. Die Zufahrt der Fischer zum Kai und die Feuerwehrzufahrt sind jederzeit freizuhalten.
2. Abfälle sind täglich zu entsorgen; das Füttern von Möwen durch Kunden ist durch Aushang zu untersagen.
3. Als Standverantwortlichen haben Sie Ihren Mitarbeiter Herrn [[P|Yusuf Aydın]] benannt. Herr [[P|Aydın]] ist während der Öffnungszeiten unter [[T|0162 4471 0385]] erreichbar zu halten.

Gebühr: 7 Monate × 85,00 EUR = 595,00 EUR (Tarifstelle 3.2 der Sondernutzungsgebührensatzung). Bitte überweisen Sie den Betrag bis zum 31.03.2025 unter Angabe des Kassenzeichens auf das Konto der Stadtkasse, IBAN [[N|{CITY_IBAN}]].

Das Vorhaben liegt im Geltungsbereich des Bebauungsplans Nr. 12 "Hafen"; planungsrechtliche Bedenken bestehen nicht.

Mit freundlichen Grüßen
Im Auftrag
[[P|Hark Nissen]]
""")

# ================================================================ F40-028 outlook: forwarded guest complaint, Mastercard
cc28 = ids.credit_card("5" + rng.choice("12345"), 16)
doc("outlook", "ferienwohnung", [], f"""
Von: Tourist-Info Hallumsiel <[[N|info@hallumsiel-tourismus.de]]>
Gesendet: Freitag, 29. August 2025 16:03
An: [[P|Lorenzen, Tade]]
Betreff: WG: Beschwerde Ferienwohnung "Deichblick" – Kaution nicht erstattet

Hallo [[P|Tade]],

zur Info, das landet inzwischen bei uns. Es geht um Frau [[P|Boysen-Kahl]]s Wohnung, die hatten wir letztes Jahr schon wegen der Meldescheine. Buchungsnummer bei uns im Portal: HS-25-08841. Ich habe dem Gast geschrieben, dass wir nicht zuständig sind, aber du wolltest solche Fälle ja sehen.

Gruß
Tourist-Info, Team Buchung

---------- Weitergeleitete Nachricht ---------
Von: [[P|Claudia Richter-Okonkwo]] <[[E|c.richter-okonkwo@gmx.net]]>
Datum: Do., 28. Aug. 2025 um 22:41
Betreff: Beschwerde Ferienwohnung "Deichblick" – Kaution nicht erstattet
An: <[[N|info@hallumsiel-tourismus.de]]>

Sehr geehrte Damen und Herren,

wir waren vom 09.08. bis 23.08.2025 mit unseren zwei Kindern in der Ferienwohnung "Deichblick", [[A|Am Wattenmeer 27]], bei Frau [[P|Ilse Boysen-Kahl]]. Bei der Buchung musste ich die Kaution von 300 EUR über meine Mastercard hinterlegen ([[CC|{cc28}]], gültig bis 11/27). Nach der Abreise hat Frau [[P|Boysen-Kahl]] die 300 EUR komplett einbehalten, wegen angeblicher Flecken auf dem Sofa. Die Rechnung Nr. 2025-0412 liegt bei, dort ist die Kaution nicht einmal aufgeführt.

Ich erwarte, dass Sie als Tourist-Info auf Ihre Gastgeber einwirken. Sonst gebe ich die Sache an die Verbraucherzentrale.

[[P|Claudia Richter-Okonkwo]]
[[A|Schönhauser Allee 141]], [[A|10437 Berlin]]
[[T|0170 3349 8821]]
""")

# ================================================================ F40-029 word: Ortsbegehung Saisonunterkunft, table
rows29 = [
    ("C1", "Zielińska, Małgorzata", "08.03.1988", "PL"),
    ("C1", "Wójcik, Agata", "19.12.1996", "PL"),
    ("C1", "Kaczmarek, Ewa", "01.07.1979", "PL"),
    ("C2", "Ivanov, Stoyan", "25.04.1985", "BG"),
    ("C3", "Munteanu, Gheorghe", "28.07.1968", "RO"),
]
lines29 = [f"{cont}        | [[P|{name}]]{' ' * (24 - len(name))}| {land}" for cont, name, dob, land in rows29]
table29 = "\n".join(lines29)
doc("word", "wohnungsaufsicht", [], f"""
Stadt Hallumsiel – Ordnungsamt / Wohnungsaufsicht
Protokoll der Ortsbegehung Saisonarbeitskräfte-Unterkunft [[A|Osterdeich 22]], [[A|25879 Hallumsiel]]
Datum: 24.06.2025, 07:30 bis 09:10 Uhr

Teilnehmende: Ordnungsamt (Wohnungsaufsicht), Polizeistation Hallumsiel, Betreiber und Arbeitgeber Herr [[P|Ketelsen]]

1. Belegung (Angaben des Betreibers, abgeglichen mit dem Melderegister)
Container | Name, Vorname            | Herkunft
{table29}

2. Feststellungen
- Container C1: drei Personen auf 14 m²; die Mindestfläche nach dem Wohnraumschutzgesetz von 8 m² je Person ist unterschritten.
- Sanitärcontainer: zwei Duschen (eine davon defekt) für 21 Bewohnerinnen und Bewohner, Schimmelbefall an der Decke, ein Rauchmelder fehlt.
- Die Mietabzüge betragen nach den vorgelegten Lohnabrechnungen 360,00 EUR je Person und Monat.

3. Vereinbarte Maßnahmen
- Herr [[P|Ketelsen]] sagt die Umbelegung von Frau [[P|Wójcik]] in den neuen Container C4 bis zum 01.07.2025 zu.
- Schimmelbeseitigung und Rauchmelder bis 04.07.2025, Nachkontrolle am 08.07.2025, 7:30 Uhr.
- Die Beschwerde von Frau [[P|Zielińska]] vom 15.06.2025 wegen der Kaution wird an die zuständige Stelle abgegeben; für zivilrechtliche Ansprüche ist die Stadt nicht zuständig.

[[P|Dragana Petrović]]
""")

# ================================================================ F40-030 outlook: Fundbüro, wallet with ID and passport
idc30 = ids.id_card(check_digit=False)
pass30 = ids.passport(check_digit=True)
doc("outlook", "fundbuero", [], f"""
Betreff: Fundsache – Portemonnaie am Strandübergang 4 gefunden

Hallo liebes Fundbüro,

meine Kinder haben heute morgen am Strandübergang 4 ein schwarzes Portemonnaie gefunden. Drin sind ein Personalausweis von [[P|Marie-Luise Engel]] (Nr. [[IDC|{idc30}]]), eine Kurkarte (Gast bei Familie [[P|Bahr]]), eine EC-Karte und 45 Euro, außerdem ein Reisepass von [[P|Frank Engel]], Passnummer [[PASS|{pass30}]]. Ich habe alles bei der Kurverwaltung abgegeben, die meinten aber, ich soll euch trotzdem schreiben.

Grüße aus dem Urlaub
[[P|Yasemin Aksoy]]
[[T|0163 772 5590]]
""")


# ================================================================ checks
def iban_ok(value):
    v = value.replace(" ", "")
    digits = "".join(str(int(c, 36)) for c in v[4:] + v[:4])
    if int(digits) % 97 != 1:
        return False
    if v.startswith("NL"):
        acct = v[8:]
        return sum(int(c) * (10 - i) for i, c in enumerate(acct)) % 11 == 0
    if v.startswith("PL"):
        sort = v[4:12]
        return sum(int(c) * w for c, w in zip(sort, PL_SORT_WEIGHTS + (1,))) % 10 == 0
    return v[:2] in ("DE", "AT")


def luhn_ok(value):
    v = value.replace(" ", "").replace("-", "")
    return luhn_check(v[:-1]) == int(v[-1])


def tax_id_ok(value):
    v = value.replace(" ", "")
    counts = [v[:10].count(d) for d in "0123456789"]
    return (len(v) == 11 and v[0] != "0" and max(counts) <= 3 and sum(1 for c in counts if c >= 2) == 1
            and mod11_10_check(v[:10]) == int(v[10]))


def vat_ok(value):
    return value.startswith("DE") and len(value) == 11 and mod11_10_check(value[2:10]) == int(value[10])


def ssn_ok(value):
    v = value.replace(" ", "")
    head, letter, serial, check = v[:8], v[8], v[9:11], v[11]
    code = ord(letter) - ord("A") + 1
    values = [int(c) for c in head] + [code // 10, code % 10] + [int(c) for c in serial]
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    total = sum((v * w) // 10 + (v * w) % 10 for v, w in zip(values, weights))
    return total % 10 == int(check)


def kv_ok(value):
    code = ord(value[0]) - ord("A") + 1
    vals = [code // 10, code % 10] + [int(c) for c in value[1:9]]
    total = sum((v * (1 if i % 2 == 0 else 2)) // 10 + (v * (1 if i % 2 == 0 else 2)) % 10 for i, v in enumerate(vals))
    return len(value) == 10 and total % 10 == int(value[9])


def pl_id_ok(value):
    vals = [ord(c) - 55 if c.isalpha() else int(c) for c in value]
    return len(value) == 9 and sum(v * w for v, w in zip(vals, PL_ID_WEIGHTS)) % 10 == 0


def check_entity(e):
    cat, t = e["category"], e["text"]
    if cat == "IBAN":
        assert iban_ok(t), t
    elif cat == "CREDIT_CARD":
        assert luhn_ok(t), t
    elif cat == "TAX_ID":
        assert tax_id_ok(t), t
    elif cat == "VAT_ID":
        assert vat_ok(t), t
    elif cat == "SOCIAL_SECURITY":
        assert ssn_ok(t), t
    elif cat == "HEALTH_INSURANCE":
        assert kv_ok(t), t
    elif cat == "ID_CARD" and len(t) == 10 and t.isalnum() and t[0] in "LMNPRTVWXY":
        assert icao_check(t[:9]) == int(t[9]), t
    elif cat == "ID_CARD" and len(t) == 9 and t[:3].isalpha() and t[3:].isdigit():
        assert pl_id_ok(t), t
    elif cat == "PASSPORT" and len(t) == 10 and t[0] in "CFGHJK":
        assert icao_check(t[:9]) == int(t[9]), t


def main():
    out = []
    for n, (channel, template, flags, marked) in enumerate(DOCS, 1):
        rec = build(f"F40-{n:03d}", channel, template, marked, flags)
        for e in rec["entities"]:
            check_entity(e)
        # the city's own IBAN is neutral but must be valid too
        for s in rec["neutral"]:
            if s["text"].startswith("DE") and s["text"][2:4].isdigit():
                assert iban_ok(s["text"]), s
        out.append(rec)
    assert len(out) == 30, len(out)
    path = os.path.join(HERE, "fresh40.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    total = sum(len(r["entities"]) for r in out)
    print(f"{path}: {len(out)} documents, {total} entities")


if __name__ == "__main__":
    main()
