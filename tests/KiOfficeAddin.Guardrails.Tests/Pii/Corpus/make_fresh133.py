"""Blind test batch 133: invented correspondence of a Brandenburg town's cemetery administration (Friedhofsverwaltung)
and of the public order office's burial duty / heir search (ordnungsbehördliche Bestattung, Erbenermittlung).

All names, addresses and numbers are invented. Every identifier with a check digit is generated valid from the one
seeded random source (ids.rng), so two runs write byte-identical files.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from identifiers import Identifiers, group, icao_check, luhn_check, mod11_10_check  # noqa: E402,F401
from marks import build  # noqa: E402

ids = Identifiers(13333)
rng = ids.rng

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh133.jsonl")

# ---------------------------------------------------------------- identifier helpers (all randomness from rng)

MOBILE = ["151", "152", "155", "157", "159", "160", "162", "163", "170", "171", "172", "173", "174", "175", "176",
          "177", "178", "179"]


def mob(style=None):
    pre = rng.choice(MOBILE)
    rest = ids.digits(rng.choice([7, 8]), first_nonzero=True)
    if style is None:
        style = rng.randrange(6)
    return [f"0{pre} {rest}", f"0{pre}/{rest}", f"0{pre}-{rest[:3]} {rest[3:]}", f"+49 {pre} {rest}",
            f"+49 (0){pre} {rest}", f"0{pre}{rest}"][style]


def tel(area, style=None):
    n = 10 - len(area) - rng.choice([0, 1])
    rest = ids.digits(n, first_nonzero=True)
    if style is None:
        style = rng.randrange(6)
    return [f"0{area} {rest}", f"(0{area}) {rest}", f"0{area}/{rest}", f"0{area}-{rest}", f"+49 {area} {rest}",
            f"0{area} {rest[:2]} {rest[2:]}"][style]


def iban_from(country, bban):
    """ISO 7064 MOD 97-10, as published for IBAN (letters A=10 .. Z=35)."""
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


BLZ = ["16050000", "16061938", "12030000", "10050000", "16062073", "43060967", "10070024", "50010517", "16091994"]


def iban_de(blz=None, grouped=True):
    value = iban_from("DE", (blz or rng.choice(BLZ)) + ids.digits(10))
    return group(value, 4) if grouped else value


def iban_pl(grouped=True):
    value = iban_from("PL", rng.choice(["10202892", "10501445", "11402004", "12401444"]) + ids.digits(16))
    return group(value, 4) if grouped else value


def pl_id_card():
    """Polish identity card (dowód osobisty): 3 letters, check digit, 5 digits; weights 7,3,1,(9),7,3,1,7,3."""
    letters = "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUWXYZ") for _ in range(3))
    nums = ids.digits(5)
    values = [ord(c) - 55 for c in letters] + [int(c) for c in nums]
    check = sum(v * w for v, w in zip(values, [7, 3, 1, 7, 3, 1, 7, 3])) % 10
    return f"{letters}{check}{nums}"


def ssn(ddmmyy, letter, style=0):
    s = ids.social_security(ddmmyy, letter)
    return [f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}", s, f"{s[:2]}{s[2:8]} {s[8]}{s[9:]}"][style]


def tax_id(style=0):
    s = ids.tax_id()
    return [f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}", s, f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}"][style]


def tax_number_bb():
    # Brandenburg layout FFF/BBB/UUUUP (domain.md: layout only)
    return f"0{rng.choice(['46', '47', '48', '49', '50', '51', '52', '53', '56', '57', '61', '62'])}/" \
           f"{ids.digits(3)}/{ids.digits(5)}"


LET = "ABCDEFGHIJKLMNOPRSTUVWXYZ"
PL_MOBILE = ["501", "502", "505", "510", "530", "535", "570", "600", "602", "604", "660", "664", "691", "695",
             "723", "728", "781", "790", "880", "885"]


def plate(district, sep="-"):
    letters = "".join(rng.choice(LET) for _ in range(rng.choice([1, 2])))
    return f"{district}{sep}{letters} {rng.randint(1, 9999)}"


def card(kind="visa"):
    value = ids.credit_card("4", 16) if kind == "visa" else ids.credit_card(rng.choice(["51", "52", "53", "55"]), 16)
    return value


# ---------------------------------------------------------------- fixed data of the town (public, not personal)

PASCHKE_TEL = "03386 2940-213"
GRUETZ_TEL = "03386 2940-318"
LEHMANN_TEL = "03386 2940-247"
SWITCH = "03386 2940-0"
CITY_IBAN = group(iban_from("DE", "16050000" + ids.digits(10)), 4)

AZ_PIONTEK = "32.4-OB 2025/009"
AZ_SEMMLER = "32.4-OB 2025/014"
AZ_WACHSMUTH = "32.4-OB 2025/022"
AZ_BECKER = "32.4-OB 2025/031"
AZ_RAMELOW = "32.4-OB 2024/047"
KZ_PIONTEK = "5.3300." + ids.digits(6, first_nonzero=True)
KZ_RAMELOW = "5.3300." + ids.digits(6, first_nonzero=True)
AG_PIONTEK = f"6 VI {rng.randint(150, 260)}/25"
AG_VOLL = f"6 VI {rng.randint(20, 99)}/25"
AG_SEMMLER = f"6 VI {rng.randint(280, 340)}/25"
FV_WOLL = f"FV 2025/{ids.digits(4, first_nonzero=True)}"

docs = []


def add(channel, template, text, flags=()):
    docs.append((channel, template, text.strip("\n"), list(flags)))


# ================================================================ F133-001 undertaker registers a burial
t1, m1, t2, m2, vat, st1 = tel("3381"), mob(), tel("3385", 0), mob(3), ids.vat_id(), tax_number_bb()
fax2 = t2[:-1] + str((int(t2[-1]) + 9) % 10)
add("outlook", "bestatter-anmeldung", f"""
Von: [[P|Sabine Kaatz]] <[[E|s.kaatz@pietaet-havelland.de]]>
Gesendet: Dienstag, 4. März 2025 08:52
An: Friedhofsverwaltung Liebenwerth <[[N|friedhof@liebenwerth.de]]>
Betreff: Sterbefall [[P|Wollenberg]] – Anmeldung Urnenbeisetzung Waldfriedhof

Guten Morgen Frau [[P|Paschke]],

im Auftrag der Familie melden wir Ihnen folgenden Sterbefall zur Beisetzung an:

Verstorbene: [[P|Gertrud Wollenberg]], geb. [[P|Rieck]]
Geburtsdatum: [[DOB|14.09.1936]] (Rathenow)
Sterbedatum: [[N|02.03.2025]] (Premnitz)
Letzte Anschrift: [[A|Friedrich-Engels-Straße 18]], [[A|14727 Premnitz]]
Bestattungsart: Feuerbestattung, Urnenbeisetzung im vorhandenen Wahlgrab

Auftraggeber und künftiger Nutzungsberechtigter ist der Sohn, Herr [[P|Hartmut Wollenberg]], [[A|Puschkinallee 7]], [[A|14776 Brandenburg an der Havel]]. Er ist tagsüber unter [[T|{t1}]] und abends unter [[T|{m1}]] zu erreichen.

Beigesetzt werden soll die Urne im Grab ihres 2011 verstorbenen Ehemannes [[P|Erich Wollenberg]] ([[N|Waldfriedhof, Abt. B, Nr. 114]]). Soweit wir wissen, endet das Nutzungsrecht 2031 und müsste für die Ruhezeit der Urne verlängert werden – die Verlängerung beantragt Herr [[P|Wollenberg]] direkt bei Ihnen.

Terminwunsch: Freitag, 21.03.2025, 11:00 Uhr, Trauerfeier in der Feierhalle mit anschließender Beisetzung. Die Trauerrede hält Herr [[P|Joachim Bandelow]] von der Ortsgruppe der IG BCE; Frau [[P|Wollenberg]] war bis zuletzt Gewerkschaftsmitglied und saß im Chemiefaserwerk über 30 Jahre im Betriebsrat.

Für Rückfragen bin ich heute bis 16 Uhr im Büro.

Mit freundlichen Grüßen

[[P|Sabine Kaatz]]
Bestattermeisterin

Pietät Havelland GmbH
[[A|Große Milower Straße 25]], [[A|14712 Rathenow]]
Tel. [[T|{t2}]] · Fax [[T|{fax2}]]
24-h-Bereitschaft: [[T|{m2}]]
Steuernummer [[TNR|{st1}]] · USt-IdNr. [[VAT|{vat}]]
""", ["UNION"])

# ================================================================ F133-002 fee notice for extending the grave right
KZ_WOLL = "5.3200." + ids.digits(6, first_nonzero=True)
add("word", "gebuehrenbescheid-verlaengerung", f"""
Stadt Liebenwerth
Der Bürgermeister
Fachbereich Ordnung und Bürgerdienste · Friedhofsverwaltung

Stadt Liebenwerth · Markt 1 · 14729 Liebenwerth

Herrn
[[P|Hartmut Wollenberg]]
[[A|Puschkinallee 7]]
[[A|14776 Brandenburg an der Havel]]

                                        Auskunft: Frau [[P|Paschke]]
                                        Zimmer 1.14
                                        Telefon: [[T|{PASCHKE_TEL}]]
                                        E-Mail: [[E|k.paschke@liebenwerth.de]]
                                        Datum: 12.03.2025

Aktenzeichen: [[AZ|{FV_WOLL}]]
Kassenzeichen: [[AZ|{KZ_WOLL}]]

Gebührenbescheid
Verlängerung des Nutzungsrechts und Beisetzung – Wahlgrabstätte Waldfriedhof, Abt. B, Nr. 114

Sehr geehrter Herr [[P|Wollenberg]],

auf Ihren Antrag vom 10.03.2025 verlängere ich das Nutzungsrecht an der oben genannten Wahlgrabstätte bis zum 21.03.2045. In der Grabstätte ist bereits Ihr Vater, Herr [[P|Erich Wollenberg]] (geb. [[DOB|03.01.1931]], gest. [[N|17.06.2011]]), beigesetzt; die Urne Ihrer Mutter, Frau [[P|Gertrud Wollenberg]], wird am 21.03.2025 beigesetzt. Die Verlängerung ist erforderlich, weil die Ruhezeit für Urnen nach § 12 der Friedhofssatzung 20 Jahre beträgt und das bisherige Nutzungsrecht bereits am 16.06.2031 endet.

Nach der Friedhofsgebührensatzung werden folgende Gebühren festgesetzt:

Verlängerung Nutzungsrecht Wahlgrab (14 Jahre à 38,50 EUR)     539,00 EUR
Urnenbeisetzung einschließlich Öffnen und Schließen               245,00 EUR
Benutzung der Feierhalle (bis 45 Minuten)                         120,00 EUR
Gesamtbetrag                                                      904,00 EUR

Bitte überweisen Sie den Gesamtbetrag bis zum 11.04.2025 unter Angabe des Kassenzeichens auf das Konto der Stadtkasse Liebenwerth bei der Mittelbrandenburgischen Sparkasse, IBAN [[N|{CITY_IBAN}]].

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift beim Bürgermeister der Stadt Liebenwerth, Markt 1, 14729 Liebenwerth, einzulegen. Er hat keine aufschiebende Wirkung (§ 80 Abs. 2 Satz 1 Nr. 1 VwGO).

Mit freundlichen Grüßen
Im Auftrag

[[P|Kerstin Paschke]]
""")

# ================================================================ F133-003 sloppy mail of a grandson
m3 = mob(5)
add("outlook", "enkel-grabverlaengerung", f"""
Von: [[P|kevin krüger]] <[[E|kevin.krueger97@gmx.de]]>
Betreff: grab oma u opa

hallo frau [[P|paschke]],
ich bins nochmal [[P|kevin]], der enkel von [[P|rosemarie]] und [[P|horst krüger]]. die beiden liegen aufm alten friedhof hinter der kirche (grab 47 glaub ich, reihe weiß ich nich). mein onkel [[P|detlef]] hat gesagt das grab läuft dieses jahr aus und dann räumt die stadt das einfach ab?? das geht doch nich oma is erst 2019 gestorben
kann man das verlängern und was kostet das. ich hab grad nich viel geld kann ich das in raten zahlen? [[P|detlef]] will nix dazu geben der wohnt in bayern und kümmert sich eh um nix
meine handynr is [[T|{m3}]] ab 16 uhr bin ich von arbeit zurück dann gehts
adresse falls sie was schicken müssen: [[P|kevin krüger]], [[A|thälmannstr 3]] bei [[P|schulze]], [[A|14727 premnitz]]

danke schonmal
[[P|kevin]]

Von meinem Samsung Galaxy gesendet
""")

# ================================================================ F133-004 forwarded undertaker mail, Sinti funeral
p4, m4, t4 = plate("BRB"), mob(2), tel("3381", 1)
add("outlook", "weiterleitung-grosse-trauerfeier", f"""
Von: [[P|Paschke, Kerstin]]
Gesendet: Montag, 7. April 2025 10:03
An: [[P|Lehmann, Ronny]]
Betreff: WG: Beisetzung [[P|Weiß]] am Samstag – viele Trauergäste

[[P|Ronny]], bitte lesen. Wir brauchen Samstag den Parkplatz am Waldfriedhof komplett und die Wiese an der Kapelle zusätzlich, kannst du das mit dem Bauhof klären? Ich habe Herrn [[P|Rosenberg]] zugesagt, dass wir uns bis Mittwoch melden. Die Familie ist für Feld F vorgemerkt ([[N|Doppelwahlgrab F-02-05/06]]).
Gruß [[P|Kerstin]]

________________________________
Von: [[P|Django Rosenberg]] <[[E|rosenberg@friedensruh-bestattungen.de]]>
Gesendet: Montag, 7. April 2025 09:14
An: [[P|Paschke, Kerstin]] <[[E|k.paschke@liebenwerth.de]]>
Cc: [[P|Marian Weiß]] <[[E|marian.weiss@web.de]]>
Betreff: Beisetzung [[P|Weiß]] am Samstag – viele Trauergäste

Sehr geehrte Frau [[P|Paschke]],

wie telefonisch angekündigt, findet am Samstag, 12.04.2025, um 13 Uhr die Beisetzung von Herrn [[P|Anton Weiß]] (geb. [[DOB|22.11.1948]], verstorben am [[N|03.04.2025]] in Brandenburg an der Havel) statt. Die Familie [[P|Weiß]] ist eine alteingesessene Sinti-Familie aus dem Havelland, und wie bei uns üblich werden sehr viele Trauergäste kommen – die Familie rechnet mit 300 bis 400 Personen aus ganz Deutschland und aus Frankreich, viele reisen mit Wohnwagen an und bleiben über Nacht.

Der Sohn des Verstorbenen, [[P|Marian Weiß]] (in Kopie), bittet deshalb um
1. Öffnung der Feierhalle ab 10 Uhr für die Aufbahrung am offenen Sarg,
2. Zufahrt für den Bestattungswagen bis an das Grab (Kennzeichen [[KFZ|{p4}]]),
3. eine Möglichkeit, nach der Beisetzung Speisen und Getränke am Grab abzustellen.

Die Grabanlage (Doppelstelle mit Einfassung) setzt der Steinmetz in den nächsten Wochen; Nutzungsberechtigter wird [[P|Marian Weiß]], [[A|Heinestraße 23]], [[A|14770 Brandenburg an der Havel]], Mobil [[T|{m4}]].

Mit freundlichen Grüßen

[[P|Django Rosenberg]]
Bestattermeister

Friedensruh Bestattungen e. K.
Inh. [[P|Django Rosenberg]]
[[A|Steinstraße 61]], [[A|14776 Brandenburg an der Havel]]
Telefon [[T|{t4}]] · friedensruh-bestattungen.de
""", ["ETHNICITY"])

# ================================================================ F133-005 file note: burial by the order office
pol5 = f"{ids.digits(6, first_nonzero=True)}/2025"
t5 = tel("3386", 0)
add("word", "aktenvermerk-ordnungsbehoerdliche-bestattung", f"""
Stadt Liebenwerth                                            Liebenwerth, 03.03.2025
Ordnungsamt – Sachgebiet Gefahrenabwehr

AKTENVERMERK
Az.: [[AZ|{AZ_PIONTEK}]]

Ordnungsbehördliche Bestattung nach § 20 Abs. 2 BbgBestG
Verstorbener: [[P|Waldemar Piontek]], geb. [[DOB|30.07.1957]] in Gleiwitz (Gliwice)

1. Auffindesituation
Herr [[P|Piontek]] wurde am 11.02.2025 nach einem Hinweis der Nachbarin, Frau [[P|Ilona Brandt]], von der Feuerwehr in seiner Wohnung [[A|Am Güterbahnhof 4]], [[A|14729 Liebenwerth]], tot aufgefunden. Nach Mitteilung der Polizeiinspektion Havelland (Vorgangsnummer [[AZ|{pol5}]]) lag der Tod bereits einige Tage zurück. Weil eine Identifizierung durch Inaugenscheinnahme nicht mehr möglich war, hat die Kriminalpolizei die Identität durch einen daktyloskopischen Abgleich (Fingerabdrücke, AFIS) festgestellt.
Der Hausarzt, Herr [[P|Dr. med. Uwe Sommerfeld]], teilte der Polizei mit, dass Herr [[P|Piontek]] seit Jahren alkoholabhängig war und an einer fortgeschrittenen Leberzirrhose litt. Ein Fremdverschulden wurde ausgeschlossen; die Staatsanwaltschaft gab den Leichnam am 17.02.2025 frei.

2. Bestattungspflichtige (§ 20 Abs. 1 BbgBestG)
a) Ehegatte: keiner – die Ehe mit [[P|Irena Piontek]] geb. [[P|Nowak]] wurde 1996 geschieden.
b) Kinder: Sohn [[P|Dawid Piontek]], geb. [[DOB|04.05.1983]]; laut Melderegister 2009 nach Kanada abgemeldet. Die Anschrift wird über die Deutsche Botschaft Ottawa ermittelt.
c) Eltern: verstorben.
d) Geschwister: Schwester [[P|Halina Sobczak]], verstorben 2021 in Kraków. Deren Kinder ([[P|Marta]] und [[P|Tomasz Sobczak]]) sind nicht bestattungspflichtig, werden aber als mögliche Erben angeschrieben.

3. Veranlassung
Innerhalb der gesetzten Frist hat sich niemand gemeldet. Die Pietät Havelland GmbH wurde am 18.02.2025 mit einer einfachen Feuerbestattung beauftragt (Angebot 1.985,00 EUR zzgl. Friedhofsgebühren). Beisetzung in der Urnengemeinschaftsanlage des Waldfriedhofs ohne Trauerfeier.
Die Kosten werden nach Abschluss gegenüber dem Sohn festgesetzt; das Kassenzeichen [[AZ|{KZ_PIONTEK}]] ist angelegt.

4. Wohnung
Die Vermieterin (WBG Havelland eG) ist informiert. Ein Schlüssel liegt bei Frau [[P|Brandt]] (Nachbarin, Tel. [[T|{t5}]]).

gez. [[P|Grützmacher]]
Sachbearbeiterin
""", ["HEALTH", "BIOMETRIC"])

# ================================================================ F133-006 family tree of the heir search
add("word", "stammbaum-erbenermittlung", f"""
Erbenermittlung Nachlass [[P|Waldemar Piontek]] – Stammbaum
Ordnungsamt Liebenwerth, Az. [[AZ|{AZ_PIONTEK}]] · Arbeitsstand 18.03.2025 · nur für den Dienstgebrauch

Legende:  * geboren   † gestorben   ⚭ verheiratet   ⚮ geschieden   ? ungeklärt

[[P|Józef Piontek]]  * [[DOB|12.02.1925]] Gleiwitz  † [[N|09.11.1990]] Gliwice
⚭ [[P|Maria Piontek]] geb. [[P|Kubiak]]  * [[DOB|08.12.1928]] Zabrze  † [[N|14.05.2003]] Gliwice
│
├── [[P|Halina Sobczak]] geb. [[P|Piontek]]  * [[DOB|19.06.1952]] Gliwice  † [[N|23.08.2021]] Kraków
│   ⚭ [[P|Zbigniew Sobczak]]  * [[DOB|03.08.1950]]  – lebt, nicht erbberechtigt
│   ├── [[P|Marta Sobczak]]  * [[DOB|27.01.1979]]
│   │     [[A|ul. Długa 14/3]], [[A|31-147 Kraków]] – Ausschlagung angekündigt
│   └── [[P|Tomasz Sobczak]]  * [[DOB|02.10.1981]]
│         Anschrift ? (lt. Schwester in Cork, Irland)
│
└── [[P|Waldemar Piontek]]  * [[DOB|30.07.1957]] Gleiwitz  † Febr. 2025 Liebenwerth   ◄ ERBLASSER
    ⚮ [[P|Irena Nowak]] (gesch. [[P|Piontek]])  * [[DOB|15.03.1960]]  – nicht erbberechtigt
    └── [[P|Dawid (David) Piontek]]  * [[DOB|04.05.1983]] Gliwice
          [[A|1187 Henderson Hwy]], [[A|Winnipeg MB R2G 1L4]], Kanada
          Erbe 1. Ordnung – Erklärung zur Annahme/Ausschlagung steht aus

Vorläufiges Ergebnis: gesetzlicher Alleinerbe ist der Sohn. Schlägt er aus, fällt der Nachlass an die Erben der 2. Ordnung (Nichte und Neffe zu je 1/2).
Bearbeitung: [[P|M. Grützmacher]]
""")

# ================================================================ F133-007 heir in Poland writes in learner German
pl_id, pl_mob, pl_ib = pl_id_card(), f"+48 {rng.choice(PL_MOBILE)} {ids.digits(3)} {ids.digits(3)}", iban_pl()
add("outlook", "erbin-polen-ausschlagung", f"""
Von: [[P|Marta Sobczak]] <[[E|marta.sobczak@wp.pl]]>
Gesendet: Donnerstag, 27. März 2025 21:40
An: [[N|ordnungsamt@liebenwerth.de]]
Betreff: [[P|Waldemar Piontek]] – Ihr Zeichen [[AZ|{AZ_PIONTEK}]]

Sehr geehrte Frau [[P|Grützmacher]],

danke für Ihre Brief vom 20.03.2025, ich habe bekommen gestern. Herr [[P|Waldemar Piontek]] war der Bruder von meine Mutter [[P|Halina]], sie ist gestorben 2021. Ich habe mein Onkel zuletzt gesehen 2014 auf Beerdigung von Oma, danach kein Kontakt.

Ich möchte nicht die Erbschaft annehmen, weil Sie schreiben es gibt nur Schulden (Miete, Strom). Ich war bei Notar in Kraków und habe Ausschlagung gemacht, das Notar hat geschickt an Amtsgericht Rathenow, dort ist Aktenzeichen [[AZ|{AG_PIONTEK}]]. Kopie ist im Anhang (PDF, 3 Seiten, polnisch und deutsch).

Meine Daten für Ihre Akte:
[[P|Marta Sobczak]]
geboren [[DOB|27.01.1979]] in Gliwice
[[A|ul. Długa 14/3]]
[[A|31-147 Kraków]], Polska
Dowód osobisty (Personalausweis): [[IDC|{pl_id}]]
Tel. komórkowy: [[T|{pl_mob}]]

Mein Bruder [[P|Tomasz]] lebt in Irland, er hat gesagt er macht auch Ausschlagung. Seine E-Mail ist [[E|tomek.sobczak81@gmail.com]], bitte schreiben Sie ihm auf Englisch.

Wenn es doch etwas Geld zurück gibt (Kaution von Wohnung?), hier ist meine Konto:
PKO Bank Polski, IBAN [[IBAN|{pl_ib}]]

Mit freundlichen Grüßen / Z poważaniem
[[P|Marta Sobczak]]
""")

# ================================================================ F133-008 son in Canada, English and German
cc8 = card("visa")
cc8s = group(cc8, 4)
ca_mob = f"+1 204 {ids.digits(3, first_nonzero=True)}-{ids.digits(4)}"
ca_pass = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + ids.digits(6)
add("outlook", "erbe-kanada-kreditkarte", f"""
Von: [[P|David Piontek]] <[[E|dpiontek.wpg@shaw.ca]]>
Gesendet: Mittwoch, 9. April 2025 03:12
An: [[N|ordnungsamt@liebenwerth.de]]
Betreff: RE: Kostenbescheid Bestattung [[P|Waldemar Piontek]] / Kassenzeichen [[AZ|{KZ_PIONTEK}]]

Hello Ms. [[P|Grützmacher]],

sorry, my German is not so good anymore, I left Germany when I was 26. Your letter went to my old address first, I got it only last week. I did not know that my father passed away, we had no contact since maybe 2005.

I understand that I have to pay for the cremation because I am the son (2.846,31 EUR), even if I refuse the inheritance. My lawyer here says that is how it works in Germany. OK.

Ich kann aus Kanada nicht gut überweisen, die Bank nimmt hohe Gebühren. Können Sie bitte den Betrag von meiner Kreditkarte abbuchen?
Visa [[CC|{cc8s}]], valid until 08/27, name on card [[P|DAVID W PIONTEK]]

For your files, my new address:
[[P|David Piontek]]
[[A|1187 Henderson Hwy]]
[[A|Winnipeg MB R2G 1L4]]
Canada
Cell [[T|{ca_mob}]]
Canadian passport no. [[PASS|{ca_pass}]] (copy attached, if you need ID)

Thank you and kind regards
[[P|David (Dawid) Piontek]]
""")

# ================================================================ F133-009 heir in Australia wants to keep the grave
ib9 = iban_de("12030000")
au_tel = f"+61 3 5331 {ids.digits(4)}"
au_mob = f"+61 4{ids.digits(2)} {ids.digits(3)} {ids.digits(3)}"
t9 = tel("341", 4)
add("outlook", "erbin-australien-grab", f"""
From: [[P|Jenny Hollis]] <[[E|jenny.hollis@bigpond.com]]>
Sent: Sunday, 11 May 2025 23:05
To: [[N|friedhof@liebenwerth.de]]
Subject: Grave of my grandparents [[P|Vollrath]] / Grab Alter Friedhof

Sehr geehrte Damen und Herren,

bitte entschuldigen Sie mein Deutsch, mein Mann hilft mir beim Schreiben. Mein Name ist [[P|Jennifer Hollis]], geborene [[P|Vollrath]], geboren am [[DOB|5. Juni 1968]] in Rathenow. Meine Eltern sind 1989 über Ungarn ausgereist, seit 1991 leben wir in Australien.

Meine Tante [[P|Herta Vollrath]] ist am [[N|14. Januar]] in Liebenwerth gestorben. Das Amtsgericht Rathenow hat mir geschrieben (Geschäftszeichen [[AZ|{AG_VOLL}]]), dass ich zusammen mit meinem Cousin [[P|Frank Vollrath]] Erbin bin. [[P|Frank]] und ich haben das Erbe angenommen.

Meine Tante hat immer das Grab von meinen Großeltern [[P|Otto]] und [[P|Frieda Vollrath]] auf dem Alten Friedhof gepflegt (neben der Kapelle, mit dem großen Findling). Jetzt kam ein Brief, dass das Nutzungsrecht im Oktober endet. Ich möchte das Grab gern behalten, auch wenn ich nur alle paar Jahre nach Deutschland komme. Kann man das Nutzungsrecht um 10 Jahre verlängern, und kann eine Gärtnerei die Pflege übernehmen? Tante [[P|Herta]] soll auch dort beigesetzt werden, ihre Urne ist noch beim Bestatter.

Die Gebühren kann ich von meinem deutschen Konto bei der DKB bezahlen: IBAN [[IBAN|{ib9}]], Kontoinhaberin [[P|Jennifer Hollis]].

My contact details:
[[P|Jennifer Hollis]]
[[A|27 Wattle Grove]]
[[A|Lake Wendouree VIC 3350]]
Australia
Phone [[T|{au_tel}]] / mobile [[T|{au_mob}]]
(Victoria is 8 hours ahead of Germany at the moment.)

Mein Cousin: [[P|Frank Vollrath]], [[A|Karl-Heine-Straße 90]], [[A|04229 Leipzig]], Tel. [[T|{t9}]]

Kind regards / Mit freundlichen Grüßen
[[P|Jenny]]
""")

# ================================================================ F133-010 letter to a daughter in Russia
ru_pass = f"75 {ids.digits(7)}"
add("word", "schreiben-erbin-russland", f"""
Stadt Liebenwerth · Ordnungsamt · Markt 1 · 14729 Liebenwerth

Luftpost / PAR AVION

Frau
[[P|Ljudmila Viktorowna Sawtschenko]]
[[A|ул. Чернышевского, д. 17, кв. 42]]
[[A|236006 Калининград]]
RUSSLAND / РОССИЯ

Aktenzeichen: [[AZ|{AZ_BECKER}]]                            Liebenwerth, 16.04.2025
Ihr Schreiben vom 02.04.2025

Grabstätte Ihres Vaters, Herrn [[P|Viktor Becker]]

Sehr geehrte Frau [[P|Sawtschenko]],

vielen Dank für Ihr Schreiben und die beglaubigte Übersetzung Ihrer Geburtsurkunde. Damit ist nachgewiesen, dass Sie die Tochter des am [[N|19.01.2025]] in Liebenwerth verstorbenen Herrn [[P|Viktor Becker]] sind, geboren am [[DOB|12.08.1949]] in Karaganda (Kasachische SSR). Ihr Vater kam 1996 als Spätaussiedler deutscher Volkszugehörigkeit in die Bundesrepublik und wohnte zuletzt in der [[A|Rathenower Straße 44]] in Liebenwerth.

Die Kopie Ihres Reisepasses (Nr. [[PASS|{ru_pass}]]) haben wir zur Akte genommen. Ihr Bruder, Herr [[P|Alexander Becker]] aus Hamburg, hat uns am 08.04.2025 telefonisch mitgeteilt, dass er die Kosten der Bestattung trägt. Die Urne Ihres Vaters wurde am 14.02.2025 im Urnenfeld des Waldfriedhofs beigesetzt.

Zu Ihrer Frage nach einer Überführung der Urne nach Kaliningrad: Eine Ausgrabung ist nach § 18 der Friedhofssatzung nur mit Genehmigung und mit Zustimmung aller Angehörigen gleichen Grades möglich. Wir benötigen daher die schriftliche Zustimmung Ihres Bruders und eine Bescheinigung des Friedhofs in Kaliningrad, dass die Urne dort beigesetzt werden kann. Die Gebühr für die Ausgrabung beträgt 180,00 EUR.

Eine russische Übersetzung dieses Schreibens liegt bei (Перевод письма на русский язык прилагается).

Mit freundlichen Grüßen
Im Auftrag

[[P|Mandy Grützmacher]]
Telefon [[T|+49 3386 2940-318]]
[[E|m.gruetzmacher@liebenwerth.de]]
""", ["ETHNICITY"])

# ================================================================ F133-011 the pastor's letter
m11, t11 = mob(0), tel("33237", 2)
add("word", "brief-pfarrerin", f"""
Evangelisches Pfarramt Liebenwerth-Premnitz
Pfarrerin [[P|Dr. Johanna Seidenstücker]]
[[N|Kirchplatz 2]] · [[N|14727 Premnitz]] · Telefon Pfarramt [[N|03386 21507]]

An die Stadt Liebenwerth
Friedhofsverwaltung
z. Hd. Herrn [[P|Lehmann]]
Markt 1
14729 Liebenwerth

Premnitz, am Gründonnerstag 2025

Beerdigung von Frau [[P|Elfriede Hohmuth]] auf dem Alten Friedhof

Sehr geehrter Herr [[P|Lehmann]],

am Dienstag nach Ostern werde ich Frau [[P|Elfriede Hohmuth]] geb. [[P|Gottschalk]] (geb. [[DOB|23.05.1931]]) beerdigen. Sie war unserer Gemeinde fast siebzig Jahre verbunden, viele Jahre als Lektorin und zuletzt noch im Besuchsdienst, solange ihre Kräfte es zuließen. Sie ist am [[N|9. April]] nach langer Parkinson-Erkrankung im Hospiz in Rathenow gestorben.

Ihr ausdrücklicher Wunsch war ein Erdgrab neben ihrem Mann [[P|Gotthard Hohmuth]], mit einer christlichen Aussegnung in der Friedhofskapelle und dem Geläut der Kapellenglocke auf dem letzten Weg. Ich bitte Sie, die Glocke für 14 Uhr freizugeben und den Weg vom Seitentor her für den Posaunenchor zugänglich zu halten. Das schlichte Holzkreuz, das bis zur Steinsetzung auf dem Grab stehen soll, bringt unser Küster, Herr [[P|Wieland Frenzel]], am Vormittag.

Die Tochter, Frau [[P|Annegret Schubert-Hohmuth]] ([[A|Fontaneweg 9]], [[A|14641 Nauen]], Telefon [[T|{t11}]]), ist nutzungsberechtigt und mit allem einverstanden. Die Gebühren begleicht sie über das Bestattungshaus.

Falls kurzfristig etwas zu klären ist, erreichen Sie mich in der Karwoche am besten mobil unter [[T|{m11}]].

Mit herzlichem Gruß und Segenswünschen für die Osterzeit
Ihre
[[P|Johanna Seidenstücker]]
Pfarrerin
""", ["RELIGION", "HEALTH"])

# ================================================================ F133-012 Muslim burial within 24 hours
m12a, m12b, p12 = mob(1), mob(4), plate("BRB")
add("outlook", "islamische-bestattung-eilig", f"""
Von: [[P|Yusuf Demirtaş]] <[[E|yusuf.demirtas@ikv-havelland.de]]>
Gesendet: Donnerstag, 15. Mai 2025 07:31
An: [[N|friedhof@liebenwerth.de]]; [[P|Lehmann, Ronny]]
Betreff: EILT – Bestattung nach islamischem Ritus, Herr [[P|Samir Haddad]]

Sehr geehrte Damen und Herren,
sehr geehrter Herr [[P|Lehmann]],

heute um 3:40 Uhr ist Herr [[P|Samir Haddad]], geboren am [[DOB|1.1.1962]] in Homs, im Klinikum Brandenburg verstorben. Die Familie wünscht eine Beisetzung nach islamischem Ritus auf dem muslimischen Grabfeld des Waldfriedhofs, nach Möglichkeit morgen nach dem Freitagsgebet, spätestens aber am Samstag. Die rituelle Waschung findet heute Abend in unserem Gemeindezentrum statt.

Nach § 14 Abs. 3 der Friedhofssatzung ist die Bestattung im Leichentuch ohne Sarg zulässig; die Familie möchte davon Gebrauch machen. Wir bitten außerdem darum, dass das Grab wie besprochen mit Ausrichtung nach Mekka ausgehoben wird und dass vier Männer der Familie beim Absenken helfen dürfen.

Ansprechpartner der Familie ist der älteste Sohn, Herr [[P|Karim Haddad]], mobil [[T|{m12a}]], [[A|Karl-Marx-Straße 112]], [[A|14712 Rathenow]]. Die Witwe, Frau [[P|Rania Haddad]], spricht nur Arabisch; die Überführung vom Klinikum übernimmt unser Fahrzeug mit dem Kennzeichen [[KFZ|{p12}]].

Bitte rufen Sie mich so schnell wie möglich zurück.

Mit freundlichen Grüßen / wa salam
[[P|Yusuf Demirtaş]]
Bestattungshilfe – Islamischer Kulturverein Havelland e. V.
[[T|{m12b}]]
""", ["RELIGION"])

# ================================================================ F133-013 note: burial in the Jewish field
il_mob = f"+972 54-{ids.digits(3)}-{ids.digits(4)}"
t13a, t13b = tel("30", 0), tel("331", 3)
add("word", "vermerk-juedisches-grabfeld", f"""
VERMERK                                                    Friedhofsverwaltung Liebenwerth
                                                           Az. [[AZ|FV 2025/0219]]
Betr.: Beisetzung Frau [[P|Dr. Miriam Rosenthal]] im jüdischen Grabfeld (Abt. J) des Waldfriedhofs

Telefonat am 22.05.2025, 8:15 Uhr, mit Herrn Rabbiner [[P|Dr. Aaron Lewinsky]] (Jüdische Gemeinde Potsdam) und dem Sohn, Herrn [[P|Benjamin Rosenthal]]:

– Frau [[P|Dr. Miriam Rosenthal]], geb. am [[DOB|16.11.1939]] in Tel Aviv, zuletzt wohnhaft [[A|Lindenallee 3]], [[A|14729 Liebenwerth]], ist am [[N|21.05.2025]] verstorben.
– Beisetzung nach jüdischem Ritus so bald wie möglich, nicht am Schabbat: Termin Freitag, 23.05.2025, 11 Uhr. Die Tahara übernimmt die Chewra Kadischa aus Berlin.
– Ewiges Ruherecht: Das Grab darf nach jüdischem Religionsgesetz nicht aufgelöst werden. Grundlage ist die Vereinbarung mit dem Landesverband von 2009 (keine Begrenzung der Ruhezeit, Pauschalgebühr nach Nr. 4.7 der Gebührensatzung).
– Kein Blumenschmuck; Steinsetzung frühestens nach elf Monaten.
– Der Sohn lebt in Israel ([[A|Dizengoff St 201]], [[A|Tel Aviv-Jafo 6311603]]), Handy [[T|{il_mob}]]. In Deutschland vertritt ihn seine Cousine, Frau [[P|Lea Grünbaum-Katz]], Berlin, Tel. [[T|{t13a}]].
– Kostenübernahme: [[P|Benjamin Rosenthal]]; Rechnung per Mail an die Cousine.

Rückruf Rabbiner (heute nur privat erreichbar): [[T|{t13b}]]

Erledigt: Grabstelle J-03-04 abgesteckt, Bagger abbestellt (Aushub von Hand).
gez. [[P|R. Lehmann]], Friedhofsmeister
""", ["RELIGION"])

# ================================================================ F133-014 grave register export with header row
rows14 = []
rows14.append(f"C-01-03;Wahlgrab 2-stellig;[[P|Brunhilde Zech]];[[DOB|04.04.1929]];[[N|11.12.1999]];[[P|Zech, Manfred]];[[A|Am Anger 5]], [[A|14728 Rhinow]];[[T|{tel('33875', 0)}]];31.12.2025")
rows14.append(f"C-01-09;Wahlgrab 1-stellig;[[P|Hans-Georg Handrick]];[[DOB|17.10.1937]];[[N|02.02.2000]];[[P|Handrick, Marlies]];[[A|Straße der Einheit 31]], [[A|03046 Cottbus]];[[T|{tel('355', 3)}]];30.06.2025")
rows14.append(f"C-02-01;Wahlgrab 2-stellig;[[P|Ewald Thiele]];[[DOB|29.05.1925]];[[N|18.08.1995]];[[P|Thiele-Bergmann, Doris]];[[A|Fontanestraße 2b]], [[A|14641 Nauen]];[[T|{mob(5)}]];31.12.2025")
rows14.append(f"C-02-14;Urnenwahlgrab;[[P|Irmgard Noack]];[[DOB|12.12.1930]];[[N|07.07.2005]];[[P|Noack, Sieglinde]] (verst.);;;31.07.2025")
rows14.append(f"C-03-02;Wahlgrab 2-stellig;[[P|Friedrich von der Marwitz]];[[DOB|01.03.1919]];[[N|23.03.1995]];[[P|von der Marwitz, Dr. Cornelius]];[[A|Schloßallee 1]], [[A|14662 Friesack]];[[T|{tel('33235', 0)}]];31.12.2025")
rows14.append(f"C-03-08;Wahlgrab 1-stellig;[[P|Lothar Pagel]];[[DOB|08.08.1944]];[[N|30.11.2005]];[[P|Pagel, Ramona]];[[A|Jahnstraße 19]], [[A|39104 Magdeburg]];;31.12.2025")
rows14.append(f"C-04-05;Urnenwahlgrab;[[P|Ursula Bienert]];[[DOB|15.06.1938]];[[N|14.04.2005]];[[P|Bienert, Kai]];[[A|Danziger Str. 140]], [[A|10407 Berlin]];[[T|{mob(1)}]];15.04.2025")
rows14.append(f"C-04-11;Wahlgrab 2-stellig;[[P|Alwine Ratzlaff]];[[DOB|19.09.1911]];[[N|04.01.1990]];– (Erben unbekannt);;;31.12.2025")
rows14.append(f"C-05-06;Wahlgrab 2-stellig;[[P|Gerhard Mielke]];[[DOB|21.01.1941]];[[N|12.10.2005]];[[P|Mielke, Gisela]];[[A|Am Weinberg 7]], [[A|14729 Liebenwerth]];[[T|{tel('3386', 3)}]];31.10.2025")
add("word", "export-grabregister-csv", "Export Grabregister Waldfriedhof, Abt. C – Nutzungsrechte mit Ablauf 2025 (Stand 02.01.2025, Friedhofsverwaltung)\n\n"
    "Grab-Nr;Grabart;Verstorbene(r);geb.;gest.;Nutzungsberechtigte(r);Anschrift;Telefon;Ablauf\n" + "\n".join(rows14)
    + "\n\n9 Datensätze exportiert. Benachrichtigung der Nutzungsberechtigten nach § 10 Abs. 5 Friedhofssatzung bis 31.03.2025.")

# ================================================================ F133-015 open items export without header row
def kz():
    return "5.3200." + ids.digits(6, first_nonzero=True)


rows15 = [
    f"[[AZ|{kz()}]];[[P|Lindemann, Günter]];[[A|Goethestraße 12]];[[A|14727 Premnitz]];[[IBAN|{iban_de(grouped=False)}]];46,00;15.07.2025;Grabpflege Jahresgebühr A-07-03",
    f"[[AZ|{kz()}]];[[P|Özdemir, Ayşe]];[[A|Am Havelufer 2]];[[A|14712 Rathenow]];[[IBAN|{iban_de(grouped=False)}]];245,00;15.07.2025;Urnenbeisetzung U-09-14",
    f"[[AZ|{kz()}]];[[P|Wendt-Hoppe, Christiane]];[[A|Bergstraße 41]];[[A|14776 Brandenburg an der Havel]];;538,50;01.07.2025;Verlängerung Nutzungsrecht B-11-02 (Überweiser)",
    f"[[AZ|{kz()}]];[[P|Baumgarten, Dr. Ulrich]];[[A|Gartenstraße 7 a]];[[A|14641 Nauen]];[[IBAN|{iban_de(grouped=False)}]];46,00;15.07.2025;Grabpflege Jahresgebühr C-05-01",
    f"[[AZ|{kz()}]];[[P|Krzyżanowski, Jan]];[[A|Straße des Friedens 88]];[[A|14729 Liebenwerth]];;120,00;30.06.2025;Feierhalle 14.06.2025 (Überweiser, 1. Mahnung)",
    f"[[AZ|{kz()}]];[[P|Hübner, Heike]];[[A|Lindenweg 3]];[[A|14715 Milower Land]];[[IBAN|{iban_de(grouped=False)}]];92,00;15.07.2025;Grabpflege 2 Stellen A-02-08/09",
    f"[[AZ|{kz()}]];[[P|Lê, Văn Hùng]];[[A|Clara-Zetkin-Straße 5]];[[A|14727 Premnitz]];[[IBAN|{iban_de(grouped=False)}]];25,00;15.07.2025;Umschreibung Nutzungsrecht D-04-88",
    f"[[AZ|{kz()}]];[[P|Schmidt-Ostrowski, Paula]];[[A|Hauptstraße 17]];[[A|14662 Friesack]];;1.078,00;01.08.2025;Nutzungsrecht Wahlgrab neu F-01-12 (Ratenzahlung 3/6)",
]
add("word", "export-offene-posten-ohne-kopf", "opos_friedhof_2025-07.csv (Export Finanzverfahren, Trennzeichen Semikolon, ohne Kopfzeile)\n\n"
    + "\n".join(rows15) + "\n\n8 Sätze, Summe 2.190,50 EUR. Lastschrifteinzug für Sätze mit IBAN am 15.07.2025.")

# ================================================================ F133-016 OCR scan of a death notification
ssn16, kv16, idc16 = ssn("031133", "J", 0), ids.health_insurance(), ids.id_card(check_digit=True)
add("word", "ocr-sterbefallanzeige", f"""
[OCR-Ergebnis Scan_0714_Sterbefall.pdf – Seite 1 von 2 – automatisch erkannt, nicht korrigiert]

STANDESAMT LlEBENWERTH                         Eingang: 30. JUNl 2025
Anzeige eines Sterbefalls (§ 28 PStG)

Angaben zur verstorbenen Person
Familienname ......... [[P|KOWALEWSKl]]
Geburtsname .......... [[P|JANKOWSKA]]
Vornamen ............. [[P|Zofia Helena]]
Geburtsdatum ......... [[DOB|O3.11.1933]]          Geburtsort: Posen / Poznań
Sterbedatum .......... [[N|28.06.2O25]]  Uhrzeit 04:1O   Sterbeort: Liebenwerth
Religion ............. röm.-kath.
Letzte Wohnung ....... [[A|Stra8e der Jugend 21]]
                       [[A|1 4729 Liebenwerth]]
Familienstand ........ verwitwet seit [[N|15.03.2OO8]]
Ehegatte ............. [[P|KOWALEWSKl, Stanisław]]
Rentenvers.-Nr. ...... [[SSN|{ssn16}]]
Krankenkasse ......... AOK Nordost     Vers.-Nr. [[KV|{kv16}]]
Persona|ausweis ...... [[IDC|{idc16}]]

Angaben zur anzeigenden Person / Stelle
Pietät Havelland GmbH, i. A. [[P|S. Kaatz]], [[A|Große Mi1ower Straße 25]], [[A|14712 Rathenow]]

Kinder der Verstorbenen (für Benachrichtigung):
1. [[P|Ewa Richter]] geb. [[P|Kowalewska]], [[A|Kastanienallee 8]], [[A|14471 Potsdam]]
2. [[P|Piotr Kowalewski]], [[A|ul. Wojska Polskiego 88/5]], [[A|70-482 Szczecin]] (PL)

---- Seite 2 ----
Bemerkungen: Unterlagen vollstandig. Sterbeurkunde 3-fach an Bestatter. Gebuhr 12,OO EUR bar bezahlt.
Sachbearb.: [[P|Bu1tmann]]
""", ["RELIGION"])

# ================================================================ F133-017 filled-in form: transfer of a grave right
m17, idc17, ib17 = mob(2), ids.id_card(check_digit=False), iban_de()
add("word", "formular-umschreibung-nutzungsrecht", f"""
Stadt Liebenwerth – Friedhofsverwaltung
ANTRAG AUF UMSCHREIBUNG EINES GRABNUTZUNGSRECHTS
(bitte in Druckbuchstaben ausfüllen)

1. Grabstätte
   Friedhof:            [x] Waldfriedhof   [ ] Alter Friedhof   [ ] Friedhof Bahnitz
   Abteilung / Nr.:     D / 88
   Nutzungsrecht-Nr.:   [[AZ|NR-1998-0342]]

2. Bisherige/r Nutzungsberechtigte/r (verstorben)
   Name, Vorname:       [[P|NGUYEN, Van Thanh]]
   geb. am:             [[DOB|17.02.1950]]          verst. am: [[N|09.05.2025]]

3. Neue/r Nutzungsberechtigte/r
   Name, Vorname:       [[P|NGUYEN, Thi Lan]]
   Geburtsdatum:        [[DOB|22.08.1976]]
   Straße, Hausnr.:     [[A|Ernst-Thälmann-Str. 7 b]]
   PLZ, Ort:            [[A|14712 Rathenow]]
   Telefon:             [[T|{m17}]]
   E-Mail:              [[E|lan.nguyen76@web.de]]
   Verhältnis zum Verstorbenen: Tochter
   Personalausweis-Nr.: [[IDC|{idc17}]]

4. Zustimmung weiterer Angehöriger (Reihenfolge nach § 11 Friedhofssatzung)
   Ehefrau [[P|Pham Thi Hoa]], geb. [[DOB|03.03.1953]] – verzichtet zugunsten der Tochter (Erklärung liegt bei)
   Sohn [[P|Nguyen Minh Duc]], Berlin – Zustimmung per E-Mail vom 14.05.2025 ([[E|duc.nguyen@posteo.de]])

5. Umschreibungsgebühr (25,00 EUR)
   [x] SEPA-Lastschrift   Kontoinhaber/in: [[P|Nguyen Thi Lan]]   IBAN: [[IBAN|{ib17}]]
   [ ] Überweisung nach Bescheid

Rathenow, 16.05.2025          Unterschrift: [[P|Nguyen Thi Lan]]

---------------------------------------------------------------
Vermerk der Verwaltung: Ausweis im Original vorgelegt und geprüft. Umschreibung am 19.05.2025 erfasst – [[P|Paschke]]
""")

# ================================================================ F133-018 stonemason asks for a headstone permit
t18, m18, st18, vat18 = tel("3386", 2), mob(0), tax_number_bb(), ids.vat_id()
add("outlook", "steinmetz-grabmalantrag", f"""
Von: Steinmetzbetrieb [[P|Matthes]] <[[E|info@steinmetz-matthes.de]]>
Gesendet: Montag, 2. Juni 2025 12:06
An: [[N|friedhof@liebenwerth.de]]
Betreff: Grabmalantrag Grabstätte [[P|Wollenberg]], Waldfriedhof B/114

Hallo Frau [[P|Paschke]],

anbei wie besprochen der Grabmalantrag für die Grabstätte [[P|Wollenberg]]. Auftraggeber ist Herr [[P|H. Wollenberg]] aus Brandenburg. Der vorhandene Stein (Lausitzer Granit, 90 x 60 x 14 cm) bleibt stehen, es kommt nur eine zweite Inschrift dazu:

    [[P|Gertrud Wollenberg]]
    1936 – 2025

Schrift vertieft, blattvergoldet, gleiche Schriftart wie beim Ehemann. Fundament und Dübel bleiben unverändert, die Standsicherheit prüfen wir nach dem Aufstellen nach TA Grabmal und schicken Ihnen das Protokoll.

Zeichnung und Maßskizze hängen als PDF an. Die Gebühr für die Grabmalgenehmigung bitte wie immer an uns und nicht an den Kunden.

Gruß aus Premnitz
[[P|Thomas Matthes]]
Steinmetz- und Steinbildhauermeister

Steinmetzbetrieb [[P|Thomas Matthes]]
[[A|Liebigstraße 30]] | [[A|14727 Premnitz]]
Tel. [[T|{t18}]] | Funk [[T|{m18}]]
St.-Nr. [[TNR|{st18}]] | USt-IdNr. [[VAT|{vat18}]]
""")

# ================================================================ F133-019 council paper: honorary grave
add("word", "beschlussvorlage-ehrengrab", f"""
Stadt Liebenwerth
Beschlussvorlage Nr. [[N|BV/047/2025]]                      öffentlich
Einreicher: Der Bürgermeister
Beratungsfolge: Hauptausschuss 03.09.2025 – Stadtverordnetenversammlung 17.09.2025

Betreff: Anerkennung der Grabstätte von [[P|Prof. Dr. Heinrich von Alvensleben]] als Ehrengrab

Beschlussvorschlag:
Die Stadtverordnetenversammlung beschließt, die Grabstätte von [[P|Prof. Dr. Heinrich von Alvensleben]] auf dem Alten Friedhof (Feld A, Nr. 2) nach der Ehrengrabrichtlinie der Stadt vom 12.05.2011 als Ehrengrab anzuerkennen. Die Stadt trägt die Kosten der Grabpflege zunächst für 20 Jahre.

Begründung:
[[P|Prof. Dr. Heinrich von Alvensleben]] (geb. [[DOB|02.02.1931]] in Potsdam, gest. [[N|14.11.2024]] in Liebenwerth) lehrte bis 1990 Agrarökonomie und war im Herbst 1989 Mitbegründer des Neuen Forums in Liebenwerth. Er saß am Runden Tisch der Stadt, gehörte von 1990 bis 2008 der Stadtverordnetenversammlung an und führte ab 1994 die Fraktion von Bündnis 90/Die Grünen. 2006 verlieh ihm die Stadt die Ehrenbürgerwürde.

Der Antrag wurde von der Stadtverordneten [[P|Birgit Kschischang]] (SPD) und dem Stadtverordneten [[P|Dr. Tilman Heße]] (CDU) gemeinsam eingebracht. Die Witwe, Frau [[P|Dr. Ilse von Alvensleben]] geb. [[P|Marquardt]], ist Nutzungsberechtigte und hat der Anerkennung schriftlich zugestimmt.

Finanzielle Auswirkungen: jährlich ca. 350,00 EUR (Produkt 55.3.01 Friedhofswesen), Haushaltsmittel stehen zur Verfügung.

Anlagen:
1. Einverständniserklärung [[P|Dr. Ilse von Alvensleben]], [[A|Am Weinberg 12]], [[A|14729 Liebenwerth]] (nichtöffentlich)
2. Lebenslauf (mit der Familie abgestimmt)

Liebenwerth, 11.08.2025
[[P|Andreas Kühnapfel]]
Bürgermeister
""", ["POLITICS"])

# ================================================================ F133-020 complaint about the neighbouring grave
m20 = mob(2)
add("outlook", "beschwerde-nachbargrab", f"""
Von: [[P|Ingrid Lehnigk-Emden]] <[[E|ingrid.lehnigk@gmx.net]]>
Gesendet: Mittwoch, 14. Mai 2025 18:22
An: [[N|friedhof@liebenwerth.de]]
Betreff: Verwildertes Nachbargrab – so geht das nicht weiter!!

Sehr geehrte Damen und Herren,

seit elf Jahren pflege ich das Grab meiner Eltern [[P|Kurt]] und [[P|Elli Lehnigk]] auf dem Alten Friedhof (Reihe 6, dritte Stelle vom Hauptweg) und muss mich jetzt doch einmal beschweren. Das Nachbargrab – laut Stein liegt dort ein [[P|Brösicke, Werner]], 1931–2009 – ist völlig verwildert. Die Brombeeren wachsen schon zu uns herüber, und am Sonntag lag die schwere Steinvase quer auf unserer Grabplatte, die hat jetzt einen Sprung!!

Angeblich kümmert sich ein Neffe, ein Herr [[P|Marcel Brösicke]] aus Falkensee, aber den hat hier noch niemand gesehen. Frau [[P|Jahnke]], die das Grab auf der anderen Seite hat, kann das bestätigen.

Ich erwarte, dass die Stadt den Verantwortlichen anschreibt und dass mir der Schaden an der Platte ersetzt wird. Fotos hänge ich an.

Mit freundlichen Grüßen
[[P|Ingrid Lehnigk-Emden]]
[[A|Dorfstraße 14 a]]
[[A|OT Bahnitz]]
[[A|14715 Milower Land]]
Tel. [[T|{m20}]]
""")

# ================================================================ F133-021 cost notice to an estranged daughter
add("word", "kostenbescheid-bestattungskosten", f"""
Stadt Liebenwerth · Ordnungsamt · Markt 1 · 14729 Liebenwerth
Mit Postzustellungsurkunde

Frau
[[P|Nadine Ramelow]]
c/o [[P|Sabrina Kühn]]
[[A|Hellersdorfer Straße 177]]
[[A|12627 Berlin]]

Aktenzeichen:  [[AZ|{AZ_RAMELOW}]]
Kassenzeichen: [[AZ|{KZ_RAMELOW}]]
Datum:         14.01.2025

KOSTENBESCHEID
Erstattung der Kosten für die ordnungsbehördliche Bestattung Ihres Vaters, Herrn [[P|Klaus-Dieter Ramelow]] (geb. [[DOB|27.10.1955]], gest. [[N|01.10.2024]])

Sehr geehrte Frau [[P|Ramelow]],

Ihr Vater ist am [[N|01.10.2024]] in Liebenwerth verstorben. Da innerhalb der Frist keine bestattungspflichtige Person für die Bestattung gesorgt hat, hat die Stadt Liebenwerth als örtliche Ordnungsbehörde die Feuerbestattung veranlasst. Sie sind als volljährige Tochter (geboren am [[DOB|6. Juni 1984]]) nach § 20 Abs. 1 BbgBestG bestattungspflichtig. Ich setze daher folgende Kosten gegen Sie fest:

  Überführung, Sarg, Einäscherung (Rechnung Pietät Havelland GmbH Nr. 2024-1187)   1.612,40 EUR
  Urnenbeisetzung Urnengemeinschaftsanlage (Gebührensatzung Nr. 2.3)                 385,00 EUR
  Verwaltungsgebühr (§ 3 Verwaltungsgebührensatzung)                                  60,00 EUR
  Gesamt                                                                             2.057,40 EUR

Dass Sie seit 2003 keinen Kontakt zu Ihrem Vater hatten, ändert an der Bestattungspflicht nichts; die Pflicht knüpft allein an das Verwandtschaftsverhältnis an (vgl. [[N|OVG Berlin-Brandenburg, Beschluss vom 23.06.2016 – OVG 3 N 92.15]]). Ob Ihnen die Kosten nicht zugemutet werden können, prüft auf Antrag das Sozialamt des Landkreises nach § 74 SGB XII; einen solchen Antrag sollten Sie dort möglichst bald stellen.

Bitte überweisen Sie den Betrag bis zum 28.02.2025 unter Angabe des Kassenzeichens auf das Konto der Stadtkasse, IBAN [[N|{CITY_IBAN}]].

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadt Liebenwerth, Der Bürgermeister, Markt 1, 14729 Liebenwerth, erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Mandy Grützmacher]]
Telefon [[T|{GRUETZ_TEL}]] · [[E|m.gruetzmacher@liebenwerth.de]]
""")

# ================================================================ F133-022 internal mail with a quoted earlier message
m22 = mob(0)
add("outlook", "intern-urnenbeisetzungen-ordnungsamt", f"""
Von: [[P|Grützmacher, Mandy]]
Gesendet: Dienstag, 17. Juni 2025 09:02
An: [[P|Paschke, Kerstin]]; [[P|Lehmann, Ronny]]
Betreff: AW: Urnen ordnungsbeh. Bestattungen Q2

Hi ihr beiden,

folgende Urnen stehen noch bei Pietät Havelland und sollen in die Urnengemeinschaftsanlage (UGA) am Waldfriedhof:

- [[P|Waldemar Piontek]], Az. [[AZ|{AZ_PIONTEK}]] – Sohn in Kanada zahlt, keine Einwände gg. UGA
- [[P|Edeltraud Semmler]], Az. [[AZ|{AZ_SEMMLER}]] – Nachlasspfleger RA [[P|Dr. Falk Oberländer]] ist informiert
- [[P|Jürgen "Jimmy" Wachsmuth]], Az. [[AZ|{AZ_WACHSMUTH}]] – Lebensgefährtin Frau [[P|Kornelia Stubbe]] möchte dabei sein, Tel. [[T|{m22}]]
- unbekannter Mann, Fund 03.05.2025 Havelufer – Urne darf noch NICHT beigesetzt werden, StA Potsdam Az. [[AZ|4101 UJs 2107/25]]

Terminvorschlag: Do 26.06., 10 Uhr, ohne Trauerfeier. [[P|Ronny]], kannst du die Stellen 41 bis 43 vorbereiten?

VG [[P|Mandy]]

-----Ursprüngliche Nachricht-----
Von: [[P|Lehmann, Ronny]]
Gesendet: Dienstag, 17. Juni 2025 07:48
An: [[P|Grützmacher, Mandy]]
Betreff: Urnen ordnungsbeh. Bestattungen Q2

[[P|Mandy]], wie viele kommen noch bis Ende Juni? Brauch ich für die Planung mit Herrn [[P|Ulbricht]] vom Bauhof.
[[P|Ronny]]
""")

# ================================================================ F133-023 telephone note
m23 = mob(1)
add("word", "telefonnotiz-grabreservierung", f"""
TELEFONNOTIZ                                   Friedhofsverwaltung Liebenwerth
Datum: 08.07.2025    Uhrzeit: 14:20    angenommen von: [[P|K. Paschke]]

Anrufer/in:        Frau [[P|Gabriele Szymański-Roth]]
Rückruf erbeten:   [x] ja   [ ] nein      unter: [[T|{m23}]]
Anschrift (lt. Anruferin): [[A|Bergstraße 2]], [[A|14806 Bad Belzig]]

Anliegen:
Mutter [[P|Hildegard Roth]] (geb. [[DOB|30.4.40]]) lebt im Pflegeheim in Premnitz, fortgeschrittene Alzheimer-Demenz, Vorsorgevollmacht liegt bei der Tochter. Die Tochter möchte „vorsorglich“ eine Stelle neben dem Vater ([[P|Alfred Roth]], † 2016, Alter Friedhof B-03-12) sichern bzw. das Nutzungsrecht verlängern. Fragt außerdem, ob eine Baumbestattung auf dem Waldfriedhof möglich wäre (das habe sich die Mutter früher einmal gewünscht).

Auskunft gegeben: Reservierung nur über Verlängerung des bestehenden Wahlgrabs; Infoblatt Baumgrabfeld geht per Post raus.

[ ] Infoblatt versandt        weitergeleitet an: [[P|R. Lehmann]] (Grabvergabe)
""", ["HEALTH"])

# ================================================================ F133-024 estate curator (lawyer) writes to the order office
ib24, p24, tid24 = iban_de("16050000"), plate("HVL"), tax_id(1)
t24 = tel("331", 0)
fax24 = t24[:-2] + "99"
add("outlook", "nachlasspfleger-rechtsanwalt", f"""
Von: Kanzlei [[P|Oberländer]] & Partner <[[E|f.oberlaender@oberlaender-partner.de]]>
Gesendet: Freitag, 6. Juni 2025 11:47
An: [[N|ordnungsamt@liebenwerth.de]]
Betreff: Nachlass [[P|Edeltraud Semmler]], AG Rathenow [[AZ|{AG_SEMMLER}]] – Ihr Az. [[AZ|{AZ_SEMMLER}]]

Sehr geehrte Frau [[P|Grützmacher]],

mit Beschluss vom 02.06.2025 hat mich das Amtsgericht Rathenow zum Nachlasspfleger für die unbekannten Erben der am [[N|28.04.2025]] verstorbenen Frau [[P|Edeltraud Semmler]] geb. [[P|Wendland]], geboren am [[DOB|12. Dezember 1938]], zuletzt wohnhaft [[A|Bahnhofstraße 9]], [[A|14729 Liebenwerth]], bestellt. Die Bestallungsurkunde füge ich bei.

Der Nachlass ist nach erster Sichtung werthaltig: Auf dem Girokonto der Erblasserin bei der Mittelbrandenburgischen Sparkasse (IBAN [[IBAN|{ib24}]]) befinden sich rund 31.000 EUR. Ihre Kostenforderung aus der ordnungsbehördlichen Bestattung machen Sie bitte mir gegenüber geltend; ich begleiche sie aus dem Nachlass.

Zu den Erben: Nach den Unterlagen in der Wohnung hatte die Erblasserin eine Halbschwester, Frau [[P|Renate Wendland-Okafor]], die in den 1960er Jahren nach Nigeria gegangen ist, und einen Halbbruder in der Prignitz. Mit der weiteren Ermittlung habe ich Herrn [[P|Konstantin Ebeling]] (Erbenermittlung [[P|Ebeling]], Leipzig) beauftragt.

Der Pkw der Erblasserin (VW Polo, amtliches Kennzeichen [[KFZ|{p24}]]) steht noch auf dem Hof des Hauses. Bitte veranlassen Sie nichts, die Zulassungsbescheinigung liegt mir vor. Dem Finanzamt Brandenburg habe ich die Nachlasspflegschaft unter Angabe der Steuer-Identifikationsnummer der Erblasserin ([[TID|{tid24}]]) angezeigt.

Mit freundlichen Grüßen

[[P|Dr. Falk Oberländer]]
Rechtsanwalt · Fachanwalt für Erbrecht
[[P|Oberländer]] & Partner Rechtsanwälte mbB
[[A|Friedrich-Ebert-Straße 76]] · [[A|14467 Potsdam]]
T [[T|{t24}]] · F [[T|{fax24}]]
""")

# ================================================================ F133-025 genealogist's interim report with a table (DNA test)
t25, m25, st25 = tel("341", 0), mob(3), f"231/{ids.digits(3)}/{ids.digits(5)}"
ng_mob = f"+234 803 {ids.digits(3)} {ids.digits(4)}"
add("word", "erbenermittler-zwischenbericht-tabelle", f"""
Erbenermittlung [[P|Ebeling]]
Inh. [[P|Konstantin Ebeling]] · Genealoge
[[A|Gohliser Straße 12]] · [[A|04105 Leipzig]] · Tel. [[T|{t25}]] · [[E|k.ebeling@erbenermittlung-ebeling.de]]

An Herrn Rechtsanwalt [[P|Dr. Falk Oberländer]] als Nachlasspfleger
nachrichtlich: Stadt Liebenwerth, Ordnungsamt (Az. [[AZ|{AZ_SEMMLER}]])

Zwischenbericht Nr. 2 – Nachlass [[P|Edeltraud Semmler]] geb. [[P|Wendland]] (AG Rathenow [[AZ|{AG_SEMMLER}]])
Stand: 21.07.2025

Der Vater der Erblasserin, [[P|Paul Wendland]] (* 1909, † 1968), hatte aus zweiter Ehe zwei weitere Kinder. Erben der zweiten Ordnung sind damit die Halbgeschwister bzw. deren Abkömmlinge:

| Nr. | Name                     | geboren    | Verhältnis          | Anschrift                              | Quote | Status                  |
|-----|--------------------------|------------|---------------------|----------------------------------------|-------|-------------------------|
| 1   | [[P|Renate Wendland-Okafor]]   | [[DOB|07.09.1944]] | Halbschwester       | † 2011 in Lagos                        | –     | Sterbeurkunde liegt vor |
| 1.1 | [[P|Chinedu Okafor]]           | [[DOB|14.02.1972]] | Neffe               | [[A|21 Awolowo Road]], [[A|Ikoyi, Lagos]]          | 1/4   | Annahme erklärt         |
| 1.2 | [[P|Adaeze Okafor-Brandt]]     | [[DOB|30.11.1975]] | Nichte              | [[A|Eichendorffstraße 8]], [[A|22089 Hamburg]]     | 1/4   | Vollmacht erteilt       |
| 2   | [[P|Horst Wendland]]           | [[DOB|19.03.1941]] | Halbbruder          | [[A|Bahnhofstraße 4]], [[A|19348 Perleberg]]       | 1/2   | gesetzl. Betreuung      |

Anmerkungen
– Die Abstammung von Herrn [[P|Chinedu Okafor]] ließ sich mangels Geburtsurkunde zunächst nicht belegen. Auf seinen Wunsch wurde ein DNA-Abstammungsgutachten im Vergleich mit seiner Schwester, Frau [[P|Adaeze Okafor-Brandt]], eingeholt (Mundschleimhautabstriche; Gutachten vom 12.05.2025: Vollgeschwisterschaft mit einer Wahrscheinlichkeit von 99,7 % bestätigt).
– Erreichbar: Herr [[P|Okafor]] unter [[T|{ng_mob}]] (WhatsApp), Frau [[P|Okafor-Brandt]] unter [[T|{m25}]].
– Herr [[P|Horst Wendland]] wird durch seine Berufsbetreuerin, Frau [[P|Ute Kaminski]] ([[A|Großer Markt 5]], [[A|19348 Perleberg]]), vertreten; die Genehmigung des Betreuungsgerichts zur Erbannahme ist beantragt.

Mein Honorar richtet sich nach der Vereinbarung vom 10.06.2025 und wird aus dem Nachlass beglichen.

[[P|Konstantin Ebeling]]

Steuernummer [[TNR|{st25}]] · Finanzamt Leipzig I
""", ["GENETIC"])

# ================================================================ F133-026 daughter gives back an urn grave, quoted reply below
ib26 = iban_de()
add("outlook", "rueckgabe-urnengrab-umbettung", f"""
Von: [[P|Leonie Scholz-Zierke]] <[[E|leonie.sz@posteo.de]]>
Gesendet: Donnerstag, 3. Juli 2025 22:18
An: Friedhofsverwaltung Liebenwerth <[[N|friedhof@liebenwerth.de]]>
Betreff: Re: Rückgabe Urnenwahlgrab / Umbettung meines Vaters

Hallo Frau [[P|Paschke]],

danke für Ihre schnelle Antwort! Ich hab das mit meinem Bruder [[P|Jonas]] besprochen, wir machen das so: Papa ([[P|Bernd Scholz-Zierke]]) wird nach München umgebettet, auf den Waldfriedhof dort, wo wir eine Urnennische für die ganze Familie gekauft haben. Das Grab in Liebenwerth geben wir dann zurück. Die Gebühren buchen Sie bitte von meinem Konto ab, das Mandat hatte ich ja schon mal erteilt (IBAN [[IBAN|{ib26}]]).

Noch eine Frage wegen der Ausgrabung: Papa ist 2021 an ALS gestorben, er hatte am Ende eine Magensonde und war beatmet. Gibt es da besondere hygienische Vorschriften oder ist das bei einer Urne egal? Ich würde gern dabei sein, wenn die Urne geholt wird, geht das?

Meine neue Adresse ab 01.08.:
[[P|Leonie Scholz-Zierke]]
[[A|Implerstraße 40]], Rückgebäude
[[A|81371 München]]

Beste Grüße
[[P|Leonie]]

Am 02.07.2025 um 10:41 schrieb Friedhofsverwaltung Liebenwerth <[[N|friedhof@liebenwerth.de]]>:
> Sehr geehrte Frau [[P|Scholz-Zierke]],
>
> eine vorzeitige Rückgabe des Nutzungsrechts ist nach § 9 Abs. 4 der Friedhofssatzung möglich, wenn die
> Ruhezeit abgelaufen ist oder die Urne mit Genehmigung umgebettet wird. Für die Ausgrabung brauchen wir
> Ihren schriftlichen Antrag und die Bestätigung des aufnehmenden Friedhofs in München.
>
> Mit freundlichen Grüßen
> [[P|Kerstin Paschke]]
> Friedhofsverwaltung, Telefon [[T|{PASCHKE_TEL}]]
""", ["HEALTH"])

# ================================================================ F133-027 list of documents secured from a dead man's flat
idc27, pass27, ssn27, kv27, tid27 = (ids.id_card(check_digit=True), ids.passport(), ssn("090961", "W", 1),
                                     ids.health_insurance(), tax_id(0))
ib27, cc27, p27, m27 = iban_de("16050000"), card("mc"), plate("HVL"), mob(0)
add("word", "anlage-sichergestellte-dokumente", f"""
Anlage 2 zum Vorgang [[AZ|{AZ_WACHSMUTH}]] – Öffnung und Sicherung der Wohnung
Verstorbener: [[P|Jürgen Wachsmuth]], geb. [[DOB|09.09.1961]] in Rathenow
Wohnung: [[A|Siedlung Freundschaft 4]], [[A|14729 Liebenwerth]], EG rechts
Wohnungsöffnung am 06.05.2025, 9:30 Uhr; anwesend: [[P|M. Grützmacher]] (Ordnungsamt), POK [[P|Schenk]] (Polizeirevier Rathenow), Frau [[P|Kornelia Stubbe]] (Lebensgefährtin)

Aufgefundene Ausweise, Karten und Unterlagen:
 1. Personalausweis Nr. [[IDC|{idc27}]], gültig bis 2029 – an das Bürgerbüro zur Entwertung
 2. Reisepass Nr. [[PASS|{pass27}]], abgelaufen 2019 – wie 1.
 3. Rentenbescheid DRV Berlin-Brandenburg (Erwerbsminderungsrente), Vers.-Nr. [[SSN|{ssn27}]]
 4. Gesundheitskarte AOK Nordost, Versichertennr. [[KV|{kv27}]]
 5. Schwerbehindertenausweis, GdB 70, Merkzeichen G (Diabetes mit Amputation rechter Unterschenkel)
 6. Schreiben des Finanzamts mit Steuer-IdNr. [[TID|{tid27}]]
 7. Girocard Sparkasse, Konto IBAN [[IBAN|{ib27}]] – Bank am 06.05. über den Tod informiert
 8. Kreditkarte Mastercard [[CC|{cc27}]], gültig bis 11/26 – Sperrung veranlasst
 9. Zulassungsbescheinigung Teil I, Pkw Opel Astra, amtl. Kennzeichen [[KFZ|{p27}]] (Fahrzeug in Garage Nr. 7)
10. Mobiltelefon; Rufnummer lt. Frau [[P|Stubbe]]: [[T|{m27}]]

Bargeld 215,40 EUR und die Gegenstände unter 1–9 wurden in einem versiegelten Umschlag zur Akte genommen. Frau [[P|Stubbe]] ([[A|Am Wall 3]], [[A|14729 Liebenwerth]]) erhielt mit Einverständnis der Polizei die persönlichen Fotos zurück.

gez. [[P|Grützmacher]]                     Zeuge: [[P|Schenk]], POK
""", ["HEALTH"])

# ================================================================ F133-028 a widow asks for a partner tree grave
m28 = mob(4)
add("outlook", "partnerbaumgrab-ehefrau", f"""
Von: [[P|Dr. Friederike Albers]] <[[E|friederike.albers@t-online.de]]>
Gesendet: Montag, 7. Juli 2025 09:55
An: [[N|friedhof@liebenwerth.de]]
Betreff: Partnerbaumgrab für meine Frau und mich

Sehr geehrte Damen und Herren,

meine Ehefrau [[P|Sigrun Tetzlaff-Albers]] (geb. [[DOB|18.01.1962]]) ist am [[N|30. Juni]] verstorben. Wir waren 31 Jahre ein Paar und haben 2017 geheiratet, sobald die Ehe für gleichgeschlechtliche Paare möglich war. Wir hatten uns schon vor Jahren das Baumgrabfeld auf dem Waldfriedhof angesehen und möchten dort ein Partnerbaumgrab, damit ich später neben ihr beigesetzt werden kann.

Eine schwierige Sache muss ich leider vorab ansprechen: Die Mutter meiner Frau, Frau [[P|Waltraud Tetzlaff]], hat unsere Ehe nie akzeptiert und hat mir gegenüber angekündigt, sie werde „ihre Tochter in das Familiengrab nach Rhinow holen“. Meine Frau hat in ihrer Bestattungsverfügung vom 12.03.2021 ausdrücklich mich als Totenfürsorgeberechtigte bestimmt; eine Kopie hänge ich an. Ich bitte Sie, ohne meine Zustimmung keine Verfügung über die Urne zuzulassen.

Das Bestattungshaus Friedensruh ist beauftragt. Ich wäre dankbar für einen Termin zur Auswahl des Baumes, gern bei Herrn [[P|Lehmann]].

Mit freundlichen Grüßen
[[P|Dr. Friederike Albers]]
[[A|Schleusenstraße 3]]
[[A|14712 Rathenow]]
[[T|{m28}]]
""", ["SEXUAL_ORIENTATION"])

# ================================================================ F133-029 permit: exhumation of an urn to Poland
pl_mob29, pl_id29 = f"+48 {rng.choice(PL_MOBILE)}-{ids.digits(3)}-{ids.digits(3)}", pl_id_card()
pl_plate = f"ZS {ids.digits(3, first_nonzero=True)}{rng.choice(LET)}{rng.choice(LET)}"
kz29 = kz()
add("word", "genehmigung-umbettung-polen", f"""
Stadt Liebenwerth – Der Bürgermeister – Friedhofsverwaltung

GENEHMIGUNG ZUR AUSGRABUNG UND UMBETTUNG EINER URNE
nach § 18 der Friedhofssatzung

Aktenzeichen:            [[AZ|FV 2025/0311]]
Antragsteller:           [[P|Piotr Kowalewski]]
                         [[A|ul. Wojska Polskiego 88/5]], [[A|70-482 Szczecin]], Polen
                         Tel. [[T|{pl_mob29}]], E-Mail [[E|p.kowalewski@onet.pl]]
                         Ausweis: Dowód osobisty [[IDC|{pl_id29}]] (Kopie zur Akte)
Verstorbener:            [[P|Stanisław Kowalewski]], geb. [[DOB|21.07.1929]], gest. [[N|15.03.2008]]
Grabstätte:              Waldfriedhof, Urnenwahlgrab [[N|U-12/33]]
Bisherige Nutzungsber.:  [[P|Zofia Kowalewski]] (gest. [[N|28.06.2025]])
Zustimmung Miterbin:     [[P|Ewa Richter]], Potsdam (Erklärung vom 21.07.2025)
Ziel:                    Cmentarz Centralny Szczecin, Familiengrab [[P|Kowalewski]]/[[P|Jankowski]]

Beauftragtes Unternehmen: Zakład Pogrzebowy „Anioł“ s.c., Inh. [[P|Grzegorz Wiśniewski]],
                         [[A|ul. Krzywoustego 15]], [[A|70-250 Szczecin]]
Überführungsfahrzeug:    Mercedes-Benz Vito, Kennzeichen [[KFZ|{pl_plate}]]

Termin der Ausgrabung:   Dienstag, 12.08.2025, 7:30 Uhr, in Anwesenheit des Friedhofsmeisters Herrn [[P|Lehmann]]

Auflagen:
1. Die Urne wird vom Friedhofspersonal ausgegraben und dem Unternehmen gegen Unterschrift übergeben.
2. Die Beförderung erfolgt in einer verschlossenen Überurne; die Einäscherungsbescheinigung ist mitzuführen.
3. Das Nutzungsrecht an der Grabstätte erlischt mit der Ausgrabung; eine Erstattung erfolgt nicht.

Gebühr: 180,00 EUR, Kassenzeichen [[AZ|{kz29}]], zahlbar bis 05.08.2025.

Liebenwerth, 24.07.2025
Im Auftrag
[[P|Paschke]]
""")

# ================================================================ F133-030 cemetery foreman's mail with a forwarded citizen mail
t30a, m30, t30b = tel("3321", 0), mob(1), tel("491", 0)
add("outlook", "friedhofsmeister-aushaenge-weitergeleitet", f"""
Von: [[P|Lehmann, Ronny]] <[[E|r.lehmann@liebenwerth.de]]>
Gesendet: Freitag, 25. Juli 2025 15:37
An: [[P|Paschke, Kerstin]] <[[E|k.paschke@liebenwerth.de]]>
Betreff: WG: Schild auf Grab [[P|Meinecke]] + Rückmeldungen Aushänge Alter Friedhof

[[P|Kerstin]],
Stand gelbe Schilder Alter Friedhof, Rückmeldungen bis heute:

A-04-02 [[P|Meinecke]] – Enkelin hat geschrieben (s. unten), will 5 J. verlängern
A-04-07 [[P|Kuschel]] – Sohn [[P|Siegfried K.]] war da, Tel [[T|{t30a}]], will abräumen lassen, Stein holt [[P|Matthes]]
A-05-11 [[P|Dombrowski]]/[[P|Szulc]] – nix
B-01-03 [[P|Jähnichen]] – Frau [[P|Hannelore Jähnichen]] hat angerufen, 94 u. im Heim, Neffe kümmert sich ([[P|Sven Jähnichen]], [[T|{m30}]])
B-02-09 ohne Namen auf dem Stein – nix

Rest keine Reaktion. Die ohne Rückmeldung würd ich im Sept. abräumen wenn du nix dagegen hast
[[P|Ronny]]

Von Outlook für iOS gesendet

-------- Weitergeleitete Nachricht --------
Von: [[P|Heike Meinecke-Oltmanns]] <[[E|h.meinecke-oltmanns@t-online.de]]>
Datum: 24.07.25 19:02 (GMT+02:00)
An: Friedhof Liebenwerth <[[N|friedhof@liebenwerth.de]]>
Betreff: Schild auf Grab [[P|Meinecke]]

Guten Tag,
auf dem Grab meiner Großeltern [[P|Wilhelm]] und [[P|Käthe Meinecke]] (Alter Friedhof, gleich links vom Haupteingang) steckt seit ein paar Tagen ein gelbes Schild, dass die Nutzungszeit abgelaufen ist. Ich bin die Enkelin und wusste nichts davon, die Post ging wohl noch an meine Mutter [[P|Ingeborg Meinecke]], die 2022 verstorben ist. Ich möchte das Grab gern noch 5 Jahre behalten. Bitte schicken Sie mir die Unterlagen an:
[[P|Heike Meinecke-Oltmanns]]
[[A|Wiesenweg 3]]
[[A|26789 Leer (Ostfriesland)]]
Tel. [[T|{t30b}]]
Vielen Dank
[[P|H. Meinecke-Oltmanns]]
""")

# ---------------------------------------------------------------- write
assert len(docs) == 30, len(docs)
with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
    for i, (channel, template, text, flags) in enumerate(docs, 1):
        obj = build(f"F133-{i:03d}", channel, template, text, flags)
        fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
