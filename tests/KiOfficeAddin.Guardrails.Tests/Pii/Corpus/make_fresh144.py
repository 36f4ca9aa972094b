"""Blind test batch 144: invented correspondence of the public order office (Ordnungsamt) of a Thuringian city
(Weimar): noise complaints, neighbours' disputes, street trading, abandoned vehicles, lost property, forwarded
police reports, field-service notes. Every person, address and identifier is invented; identifiers with a check
digit are generated valid. Run: python3 make_fresh144.py  -> fresh144.jsonl next to this script."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from identifiers import Identifiers, group, icao_check, luhn_check, mod11_10_check  # noqa: E402,F401
from marks import build  # noqa: E402

ids = Identifiers(14444)
rng = ids.rng

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh144.jsonl")


# ---------------------------------------------------------------- generated values (all from rng)
MOBILE_PREFIXES = ["0151", "0152", "0157", "0159", "0160", "0162", "0163", "0170", "0171", "0172", "0173",
                   "0174", "0175", "0176", "0177", "0178", "0179"]


def mobile(style=None):
    pre = rng.choice(MOBILE_PREFIXES)
    n = ids.digits(7 if pre in ("0160", "0170", "0171") else 8, first_nonzero=True)
    if style is None:
        style = rng.randrange(6)
    if style == 0:
        return f"{pre} {n}"
    if style == 1:
        return f"{pre}-{n[:4]} {n[4:]}"
    if style == 2:
        return f"{pre}/{n}"
    if style == 3:
        return f"+49 {pre[1:]} {n}"
    if style == 4:
        return f"+49 (0){pre[1:]} {n[:4]} {n[4:]}"
    return f"+49{pre[1:]}{n}"


def landline(area, length=6, style=None):
    n = ids.digits(length, first_nonzero=True)
    if style is None:
        style = rng.randrange(5)
    if style == 0:
        return f"{area} {n}"
    if style == 1:
        return f"{area}/{n}"
    if style == 2:
        pairs = " ".join(n[i:i + 2] for i in range(0, len(n), 2))
        return f"({area}) {pairs}"
    if style == 3:
        return f"+49 {area[1:]} {n}"
    return f"{area}-{n}"


def iban_de(spaced):
    value = ids.iban_de()
    return group(value, 4) if spaced else value


def mod97(country, bban):
    # ISO 13616 / ISO 7064 MOD 97-10, letters A=10 ... Z=35
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def iban_it():
    cin = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return mod97("IT", cin + ids.digits(5, True) + ids.digits(5, True) + ids.digits(12))


def tax_number_th():
    # Thuringian state layout FFF/BBB/BBBBB (layout only)
    return f"{rng.choice(['151', '156', '157', '161', '162', '165'])}/{ids.digits(3)}/{ids.digits(5)}"


def tax_number_th_federal():
    return "41" + rng.choice(["51", "56", "57", "62", "65"]) + "0" + ids.digits(8)


def tax_id(spaced):
    value = ids.tax_id()
    return f"{value[:2]} {value[2:5]} {value[5:8]} {value[8:]}" if spaced else value


def ssn(ddmmyy, letter, spaced):
    value = ids.social_security(ddmmyy, letter)
    return f"{value[:2]} {value[2:8]} {value[8]} {value[9:]}" if spaced else value


def card(prefix, length=16, sep=" "):
    value = ids.credit_card(prefix, length)
    if length == 15:
        return sep.join([value[:4], value[4:10], value[10:]])
    return group(value, 4, sep)


CITY_IBAN = iban_de(True)          # Stadtkasse: public account, neutral
OFFICE_MAIL = "ordnungsamt@stadt.weimar.de"
SWITCHBOARD = "03643 762-0"

DOCS = []


def doc(channel, template, flags=()):
    def register(fn):
        DOCS.append((channel, template, list(flags), fn))
        return fn
    return register


# ---------------------------------------------------------------- 001 noise complaint, tinnitus
@doc("outlook", "laermbeschwerde-wohnung", ["HEALTH"])
def d001():
    return f"""Von: [[P|Reinhild Tautenhahn]] <[[E|r.tautenhahn@web.de]]>
Gesendet: Montag, 8. September 2025 07:12
An: [[N|{OFFICE_MAIL}]]
Betreff: Lärm aus der Wohnung über mir – jetzt reicht es

Sehr geehrte Damen und Herren,

ich wohne seit 1998 in der [[A|Wielandstraße 9]], [[A|99423 Weimar]], im ersten Obergeschoss. Seit die Wohnung über mir im Mai an Herrn [[P|Björn Kettmann]] und seine Lebensgefährtin vermietet wurde, komme ich nachts nicht mehr zur Ruhe: wummernde Bässe bis drei Uhr, Stühlerücken, Gäste, die im Treppenhaus rauchen und grölen. Ich habe nach meiner Herzoperation im Frühjahr ärztlich verordnete Schonung und einen chronischen Tinnitus, der seitdem spürbar schlimmer geworden ist.

Ich habe Herrn [[P|Kettmann]] zweimal persönlich angesprochen, zuletzt am 30. August. Er hat mir die Tür vor der Nase zugeschlagen. Die Vermieterin, Frau [[P|Gundula Prell-Sievers]], erreiche ich seit Wochen nicht; ihre Nummer ist [[T|{mobile(0)}]], falls Sie es selbst versuchen möchten.

Die Nachbarin aus dem Erdgeschoss, Frau [[P|Ewa Szymańska]], kann die Störungen bestätigen. Sie ist unter [[T|{landline("03643", 6, 0)}]] erreichbar, am besten nachmittags.

Ein Lärmprotokoll der letzten drei Wochen (Datum, Uhrzeit, Art des Lärms) hänge ich als PDF an.

Mit freundlichen Grüßen
[[P|Reinhild Tautenhahn]]
Tel. [[T|{landline("03643", 6, 2)}]]
"""


# ---------------------------------------------------------------- 002 hearing letter
@doc("word", "anhoerung-owi-laerm")
def d002():
    return f"""Stadt Weimar · Ordnungsamt · Abteilung Allgemeine Ordnungsangelegenheiten
[[N|Schwanseestraße 17]] · [[N|99423 Weimar]]

Herrn
[[P|Björn Kettmann]]
[[A|Wielandstraße 9]]
[[A|99423 Weimar]]

Ihr Zeichen: –
Unser Zeichen: [[AZ|32.1-OWi-04417/25]]
Bearbeiterin: Frau [[P|Liebetrau]]
Durchwahl: [[N|03643 762-314]]
E-Mail: [[N|{OFFICE_MAIL}]]
Datum: 16.09.2025

Anhörung im Bußgeldverfahren wegen unzulässigen Lärms (§ 117 OWiG)

Sehr geehrter Herr [[P|Kettmann]],

nach Mitteilungen aus der Hausgemeinschaft sollen aus Ihrer Wohnung im zweiten Obergeschoss in den Nächten zum 23., 24. und 30. August 2025 jeweils zwischen 23:00 Uhr und 03:00 Uhr erhebliche Geräusche (laute Musik, Rufen, Türenschlagen) ausgegangen sein, die geeignet waren, die Nachbarschaft erheblich zu belästigen.

Beweismittel: Lärmprotokoll sowie Angaben der Zeuginnen [[P|R. Tautenhahn]] und [[P|E. Szymańska]].

Sie haben nach § 55 OWiG Gelegenheit, sich innerhalb von zwei Wochen nach Zugang dieses Schreibens zu dem Vorwurf zu äußern. Sie können dazu den beigefügten Anhörungsbogen verwenden oder nach telefonischer Vereinbarung persönlich vorsprechen. Es steht Ihnen frei, sich zur Sache nicht zu äußern; Angaben zur Person sind jedoch Pflicht.

Zu Ihrer Person ist bei uns gespeichert: geboren am [[DOB|11.07.1989]] in Apolda. Sollten diese Angaben nicht zutreffen, teilen Sie uns das bitte mit.

Mit freundlichen Grüßen
Im Auftrag

[[P|Constanze Liebetrau]]
Sachbearbeiterin

Zentrale: [[N|{SWITCHBOARD}]] · Sprechzeiten Di 9–12 und 13–18 Uhr, Do 9–12 Uhr
"""


# ---------------------------------------------------------------- 003 forwarded police report
@doc("outlook", "weiterleitung-polizei-kleingarten", ["BIOMETRIC"])
def d003():
    return f"""Betreff: WG: Mitteilung PI Weimar – Sachbeschädigung Kleingartenanlage „Am Ettersberg“

Hallo [[P|Steffen]],

bitte zur Kenntnis und zur Prüfung, ob wir da ordnungsrechtlich was machen müssen. Der Vorstand der Anlage (Herr [[P|Ullrich]]) hat heute früh schon zweimal angerufen.

Gruß
[[P|Ines]]

[[P|Ines Wiegand]]
Stadt Weimar | Ordnungsamt | Sachgebiet Gefahrenabwehr
[[E|ines.wiegand@stadt.weimar.de]]

-----Ursprüngliche Nachricht-----
Von: PHK [[P|Torsten Möckel]] <[[E|torsten.moeckel@polizei.thueringen.de]]>
Gesendet: Freitag, 12. September 2025 14:37
An: Ordnungsamt Weimar <[[N|{OFFICE_MAIL}]]>
Cc: [[P|Schäfer, Nadine]] (PI Weimar) <[[E|nadine.schaefer2@polizei.thueringen.de]]>
Betreff: Mitteilung Sachbeschädigung – Vorgang [[AZ|0245871/2025]]

Sehr geehrte Damen und Herren,

in o. g. Vorgang teilen wir Folgendes mit:

In der Nacht zum 11.09.2025 wurden in der Kleingartenanlage „Am Ettersberg“, Parzelle 47, die Laube aufgebrochen und der Zaun auf etwa acht Metern niedergetreten. Pächter der Parzelle ist Herr [[P|Gerd Hörold]], wohnhaft [[A|Ettersburger Str. 62]], [[A|99427 Weimar]], Tel. [[T|{mobile(0)}]].

Als Tatverdächtiger wurde der Nachbarpächter (Parzelle 48) ermittelt:
Name: [[P|Wendelin Zschiesche]]
geb.: [[DOB|23.04.1971]] in Sömmerda
Anschrift: [[A|Rießnerstraße 14]], [[A|99427 Weimar]]
Personalausweis: [[IDC|{ids.id_card()}]]
Der Mann verweigerte jede Angabe und führte das Dokument zunächst nicht mit; die Identität wurde daher auf der Dienststelle durch Abgleich der Fingerabdrücke (AFIS) festgestellt.

Zwischen beiden Pächtern besteht seit 2023 Streit über einen Walnussbaum an der Parzellengrenze. Herr [[P|Zschiesche]] ist bereits wegen Bedrohung z. N. [[P|Hörold]] in Erscheinung getreten. Aus unserer Sicht wäre eine Befassung durch die Stadt als Verpächterin bzw. über den Kleingartenverband sinnvoll.

Mit freundlichen Grüßen
Im Auftrag
[[P|Möckel]], PHK
Landespolizeiinspektion Jena · Polizeiinspektion Weimar
Tel. [[N|03643 882-0]]
"""


# ---------------------------------------------------------------- 004 field note abandoned vehicle
@doc("word", "aussendienst-altfahrzeug")
def d004():
    return f"""KOD Weimar – Außendienstnotiz
Datum/Zeit: 17.09.25, 10:40
Streife: [[P|Kästner]] / [[P|Ramadani]]
Ort: Parkplatz Asbachstraße, hinter Garagenkomplex

Sachverhalt:
Pkw VW Golf IV, silber, Kennz. [[KFZ|WE-KT 418]], HU seit 03/2024 abgel., beide Hinterreifen platt, Innenraum voller Müll und Altkleider. FIN lt. Scheibe [[N|WVWZZZ1JZ3W386752]].
Roter Aufkleber (Aufforderung zur Entfernung, Frist 7 Tage) angebracht, Fotos 1–6 auf Laufwerk.

Halterabfrage (ZEVIS):
Halterin: [[P|Jacqueline Brettschneider]], *[[DOB|02.12.1994]]
Anschr.: [[A|Prellerstr. 8]], [[A|99423 Weimar]]
Tel. aus Altvorgang: [[T|{mobile(0)}]] – nicht erreicht, Mailbox voll

Anwohner (Herr [[P|Fikret Demiroğlu]], [[A|Asbachstraße 21]]) gibt an, Fz. steht seit Juni dort, gehört angeblich dem Ex-Freund der Halterin, einem [[P|Marcel „Zecke“ Ploetz]], der nach Gera verzogen sei. Nicht überprüft.

Weiteres: Schreiben an Halterin raus, WV 25.09.
Vorgang: [[AZ|32.3-AF-0219/25]]

gez. [[P|Kästner]]
"""


# ---------------------------------------------------------------- 005 food truck application
@doc("outlook", "antrag-sondernutzung-foodtruck")
def d005():
    return f"""Betreff: Antrag Sondernutzung – Foodtruck „Sofra“ am Goetheplatz

Sehr geehrte Damen und Herren,

hiermit beantrage ich die Erlaubnis, mit meinem Foodtruck (Gözleme, Ayran, Tee) an den Markttagen Mittwoch und Samstag von 10 bis 18 Uhr auf dem Goetheplatz zu stehen. Eine Reisegewerbekarte habe ich seit 2022, ausgestellt von der Stadt Erfurt; eine Kopie ist angehängt.

Meine Angaben:
Name: [[P|Hatice Öztürk-Bayram]]
geboren: [[DOB|14.03.1983]] in Erzurum
Wohnanschrift: [[A|Magdeburger Allee 167]], [[A|99086 Erfurt]]
Betriebssitz / Stellplatz Fahrzeug: [[A|Am Urbicher Kreuz 12]], [[A|99099 Erfurt]]
Fahrzeug: Mercedes Sprinter, Kennzeichen [[KFZ|EF-HB 283]]
Steuernummer: [[TNR|{tax_number_th()}]]
USt-IdNr.: [[VAT|{ids.vat_id()}]]
Bankverbindung für Rückzahlungen: [[IBAN|{iban_de(True)}]] (Sparkasse Mittelthüringen)
Mobil: [[T|{mobile(1)}]]
E-Mail: [[E|sofra.foodtruck@gmx.de]]

Mein Bruder [[P|Kemal Öztürk]] hilft samstags mit, seine Belehrung nach § 43 IfSG ist ebenfalls angehängt.

Über eine schnelle Antwort würde ich mich freuen, die Saison ist ja nicht mehr lang.

Viele Grüße
[[P|Hatice Öztürk-Bayram]]
"""


# ---------------------------------------------------------------- 006 permit (formal decision)
@doc("word", "bescheid-sondernutzung-verkaufsfahrzeug")
def d006():
    return f"""Stadt Weimar
Der Oberbürgermeister
Ordnungsamt – Gewerbe- und Sondernutzungsangelegenheiten

Stadt Weimar · Postfach 2010 · [[N|99401 Weimar]]

Frau
[[P|Hatice Öztürk-Bayram]]
[[A|Magdeburger Allee 167]]
[[A|99086 Erfurt]]

Aktenzeichen: [[AZ|32.2-SN-1187/2025]]
Kassenzeichen: [[AZ|5.1200.204417.3]]
Datum: 24. September 2025

Sondernutzungserlaubnis für das Aufstellen eines Verkaufsfahrzeugs auf dem Goetheplatz

Sehr geehrte Frau [[P|Öztürk-Bayram]],

auf Ihren Antrag vom 18.09.2025 erteile ich Ihnen gemäß § 18 des Thüringer Straßengesetzes in Verbindung mit der Sondernutzungssatzung der Stadt Weimar die jederzeit widerrufliche Erlaubnis, Ihr Verkaufsfahrzeug auf der im beigefügten Lageplan gekennzeichneten Fläche (Goetheplatz, Nordseite, 12 m²) aufzustellen.

1. Die Erlaubnis gilt vom 01.10.2025 bis 31.12.2025, jeweils mittwochs und samstags von 10:00 bis 18:00 Uhr.
2. Zugelassen ist ausschließlich das Fahrzeug Mercedes Sprinter mit dem amtlichen Kennzeichen [[KFZ|EF-HB 283]].
3. Als weitere Person darf Herr [[P|Kemal Öztürk]] am Stand tätig sein.
4. Der Betrieb eines Stromaggregats ist nicht gestattet; der Anschluss an den Marktverteiler erfolgt über die Marktmeisterei.
5. Die Fläche ist täglich besenrein zu verlassen; Einweggeschirr ist nicht zulässig.

Für die Erlaubnis wird eine Sondernutzungsgebühr von 146,00 EUR festgesetzt. Bitte überweisen Sie den Betrag bis zum 15.10.2025 auf das Konto der Stadtkasse Weimar, IBAN [[N|{CITY_IBAN}]], unter Angabe des Kassenzeichens.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift bei der Stadtverwaltung Weimar, [[N|Schwanseestraße 17]], [[N|99423 Weimar]], einzulegen.

Mit freundlichen Grüßen
Im Auftrag

[[P|Dr. Matthias Rösler-Gabriel]]
Sachgebietsleiter
"""


# ---------------------------------------------------------------- 007 sloppy lost wallet mail
@doc("outlook", "verlustmeldung-geldboerse")
def d007():
    return f"""Von: [[P|dennis k]] <[[E|d.krawi97@gmx.de]]>
Betreff: geldbörse verloren!!

hallo

ich hab am sonntag abend mein portmonee verloren wahrscheinlich im bus linie 1 zwischen goetheplatz und schöndorf oder an der haltestelle
schwarz leder mit nem aufkleber vom fc carl zeiss dran
drin war mein perso (nummer müsste [[IDC|{ids.id_card()}]] sein steht auf der kopie die ich hab) führerschein ec karte und meine kreditkarte, die hab ich schon sperren lassen aber falls einer die findet die nummer war [[CC|{card("4", 16, " ")}]] damit sie wissen das es meine ist
die karte läuft eigentlich auf meinen vater [[P|roland hübner]] falls das wichtig ist
ausserdem ca 40 euro und ein foto von meiner oma das is mir am wichtigsten

bitte melden wenn was abgegeben wird
bin unter [[T|{mobile(5)}]] erreichbar oder hier

lg [[P|dennis]]

[[P|Dennis Krawczyk-Hübner]]
[[A|Carl-von-Ossietzky-Str. 53]]
[[A|99427 Weimar]]
"""


# ---------------------------------------------------------------- 008 lost property export (CSV with header)
@doc("word", "export-fundverwaltung", ["HEALTH"])
def d008():
    iban_card = iban_de(False)
    passport = ids.passport()
    return f"""Fundbüro Weimar – Export Fundverwaltung, Zeitraum 01.09.2025–15.09.2025, Stand 16.09.2025 08:02
Fundnr;Eingang;Gegenstand;Fundort;Finder;Anschrift Finder;Verlierer (ermittelt);Kontakt Verlierer;Status
[[AZ|F-2025-0871]];01.09.2025;Schlüsselbund (3 Schl., Anhänger "Kiki");Bus Linie 6, Hst. Wimaria;[[P|Anneliese Gottschalg]];[[A|Florian-Geyer-Straße 27]], [[A|99427 Weimar]];;;verwahrt
[[AZ|F-2025-0872]];02.09.2025;Smartphone Samsung, blau;Theaterplatz;[[P|Noah Brandtner]];[[A|Steubenstraße 4]], [[A|99423 Weimar]];[[P|Svitlana Hryhorenko]];[[T|{mobile(0)}]];ausgehändigt 04.09.
[[AZ|F-2025-0873]];02.09.2025;Personalausweis;Ilmpark, Bank nahe Gartenhaus;anonym;;[[P|Leopold Freiherr von Eichendorff-Kessel]];[[A|Bauhausstraße 7c]], [[A|99423 Weimar]];Verlierer angeschrieben
[[AZ|F-2025-0874]];04.09.2025;Damenrad grün, Rahmennr. [[N|WAW81234K]];Bahnhofsvorplatz;Bundespolizei;;;;verwahrt
[[AZ|F-2025-0875]];05.09.2025;Geldbörse mit 23,40 EUR, Girokarte ([[IBAN|{iban_card}]]);Frauenplan;[[P|Mia-Sophie Luckner]];[[A|Am Kirschberg 3]], [[A|99423 Weimar]];[[P|Pjotr Gerhardt]];[[E|p.gerhardt@t-online.de]];Finderlohn angefordert
[[AZ|F-2025-0876]];08.09.2025;Hörgerät links, beige, im Etui mit Namen;Stadtbücherei;Personal Stadtbücherei;;[[P|Elfriede Schönemann]];Tel. [[T|{landline("03643", 6, 0)}]];ausgehändigt
[[AZ|F-2025-0877]];09.09.2025;Reisepass D, Nr. [[PASS|{passport}]];Hauptbahnhof, Gleis 3;Zugbegleiter DB;;[[P|Amir Reza Tavakoli]];[[A|Gutenbergstraße 31]], [[A|99423 Weimar]];abgeholt 10.09.
[[AZ|F-2025-0878]];12.09.2025;Gleitsichtbrille in Etui;Markt;[[P|Hannelore Pfützner]];[[A|Ernst-Kohl-Straße 15]], [[A|99423 Weimar]];;;verwahrt
[[AZ|F-2025-0879]];15.09.2025;Insulinpen mit Namensaufkleber "[[P|R. Oberländer]]";Ecke Schillerstraße;[[P|Lukas Wendehals]];[[T|{mobile(2)}]];[[P|Ruth Oberländer]];;Verliererin angeschrieben, Eilt!
"""


# ---------------------------------------------------------------- 009 neighbours: barbecue + pavement parking
@doc("outlook", "nachbarstreit-grill-gehweg")
def d009():
    return f"""Betreff: Nachbar grillt JEDEN Abend + parkt Gehweg zu!!!

Guten Tag,

ich wende mich jetzt an Sie, weil mit den Leuten einfach nicht zu reden ist. Unsere Nachbarn, Familie [[P|van den Bosch]] ([[P|Hendrik]] und [[P|Marijke van den Bosch]], [[A|Erfurter Straße 88]]), grillen seit Juni praktisch jeden Abend mit Holzkohle direkt an unserer Grundstücksgrenze. Der Qualm zieht in unser Schlafzimmer, unsere Tochter [[P|Lotta]] (4) kann abends nicht bei offenem Fenster schlafen. Wenn man was sagt, kommt nur „ist doch Sommer“.

Dazu kommt: Der Sohn, [[P|Jasper van den Bosch]], stellt seinen schwarzen Audi ([[KFZ|AP-JB 707]]) regelmäßig halb auf den Gehweg vor unserer Einfahrt, so dass ich mit dem Kinderwagen auf die Fahrbahn ausweichen muss. Fotos mit Datum und Uhrzeit habe ich, ca. 30 Stück.

Ich habe das auch schon dem Vermieter, Herrn [[P|Ansgar Feuerstein]], geschrieben (Hausverwaltung Ilmtal Immobilien, Tel. [[N|03643 4979-0]]), ohne jede Reaktion.

Bitte schicken Sie mal jemanden vorbei, am besten abends nach 19 Uhr, dann sehen Sie es selbst!!

MfG
[[P|Katrin Sauerbrey-Nolte]]
[[A|Erfurter Straße 86]]
[[A|99423 Weimar]]
[[T|{mobile(2)}]]
"""


# ---------------------------------------------------------------- 010 file memo site visit, hoarding
@doc("word", "aktenvermerk-ortstermin-vermuellung", ["HEALTH"])
def d010():
    return f"""Aktenvermerk
Az.: [[AZ|32.1-GA-0093/25]]
Betreff: Ortstermin [[A|Jenaer Straße 31]], Wohnung 3. OG rechts – Geruchsbelästigung / Verdacht auf Vermüllung

Datum: 19.09.2025, 09:30–10:45 Uhr
Teilnehmende:
– Herr [[P|Siegfried Ackermann]] (Mieter, geb. [[DOB|06.05.1952]])
– Frau [[P|Carola Ackermann-Reuß]] (Schwester, gerichtlich bestellte Betreuerin, Tel. [[T|{landline("0361", 7, 1)}]])
– Herr [[P|Ole Tiedemann]] (WohnWerk Weimar eG, Bestandsbetreuung, [[E|o.tiedemann@wohnwerk-weimar.de]])
– Frau [[P|Dr. Annegret Vollrath]] (Gesundheitsamt, Sozialpsychiatrischer Dienst)
– Frau [[P|Liebetrau]], Herr [[P|Ramadani]] (Ordnungsamt)

Anlass: Beschwerden der Mieter Familie [[P|Nguyen]] (2. OG rechts; Ansprechpartnerin [[P|Thi Thu Hà Nguyen]], [[T|{mobile(0)}]]) und Herr [[P|Kurt Gölitz]] (3. OG links) über starken Geruch im Treppenhaus und Ungeziefer.

Feststellungen:
Herr [[P|Ackermann]] ließ uns nach anfänglichem Zögern in die Wohnung. Flur, Küche und Wohnzimmer sind bis ca. 1,20 m Höhe mit Zeitungen, Kartons, Pfandflaschen und Lebensmittelresten zugestellt; das Bad ist nur eingeschränkt nutzbar. Fluchtweg zum Fenster nicht frei. Schimmel an der Küchenwand. Keine Hinweise auf Tiere.
Laut Frau [[P|Dr. Vollrath]] besteht bei Herrn [[P|Ackermann]] seit Jahren eine diagnostizierte Depression mit zwanghaftem Horten; er ist in ambulanter psychiatrischer Behandlung und lehnt eine stationäre Aufnahme ab.

Vereinbarung:
1. Frau [[P|Ackermann-Reuß]] beauftragt bis 10.10.2025 eine Entrümpelungsfirma; Kostenübernahme klärt sie mit dem Betreuungsgericht.
2. WohnWerk stellt Schädlingsbekämpfung für das gesamte Haus.
3. Ordnungsamt sieht vorerst von einer Anordnung ab; Nachkontrolle am 13.10.2025.

[[P|C. Liebetrau]]
"""


# ---------------------------------------------------------------- 011 assembly notification by a union
@doc("outlook", "versammlungsanzeige-warnstreik", ["UNION"])
def d011():
    return f"""Betreff: Anzeige einer Versammlung unter freiem Himmel – Kundgebung und Aufzug am 02.10.2025

Sehr geehrte Damen und Herren,

hiermit zeige ich für die Vereinte Dienstleistungsgewerkschaft ver.di, Bezirk Thüringen, folgende Versammlung an:

Thema: Warnstreik im Sozial- und Erziehungsdienst – „Wir sind es wert!“
Datum/Zeit: Donnerstag, 02.10.2025, 10:00–12:30 Uhr
Ort/Route: Auftakt Theaterplatz, Aufzug über Schillerstraße und Frauentorstraße, Abschlusskundgebung auf dem Markt
Erwartete Teilnehmende: ca. 400 Beschäftigte städtischer und freier Kitas
Hilfsmittel: Lautsprecherwagen (Kennzeichen [[KFZ|EF-VD 1914]]), Fahnen, Transparente, Trillerpfeifen

Versammlungsleiter: [[P|Tobias Grünewald-Okafor]], Gewerkschaftssekretär, geb. [[DOB|19.01.1986]], privat: [[A|Puschkinstraße 5]], [[A|99084 Erfurt]], mobil [[T|{mobile(0)}]]
Stellvertreterin: [[P|Sandra Heußner]] (ver.di-Vertrauensfrau, Kita „Knirpsenland“), Tel. [[T|{mobile(1)}]]

Ordnerinnen und Ordner (alle ver.di-Mitglieder, mit gelber Armbinde):
1. [[P|Marco Teichmann]]
2. [[P|Yasemin Kılıç]]
3. [[P|Doreen Staufenbiel]]
4. [[P|Wojciech Nowicki]]
5. [[P|Beate Hesselbarth]]

Ein Kooperationsgespräch ist aus unserer Sicht nicht erforderlich, ich stehe aber gern zur Verfügung.

Solidarische Grüße
[[P|Tobias Grünewald-Okafor]]
ver.di Bezirk Thüringen
[[N|Schillerstraße 44]], [[N|99096 Erfurt]]
[[E|tobias.gruenewald-okafor@verdi.de]]
"""


# ---------------------------------------------------------------- 012 info stall permit for a party
@doc("word", "erlaubnis-infostand-partei", ["POLITICS"])
def d012():
    return f"""Stadt Weimar · Ordnungsamt · Sondernutzungen

Herrn
[[P|Prof. Dr. Konstantin Aurich]]
Vorsitzender Kreisverband Weimar BÜNDNIS 90/DIE GRÜNEN
– Privatanschrift –
[[A|Cranachstraße 41]]
[[A|99423 Weimar]]

Az.: [[AZ|32.2-SN-1302/2025]]
Weimar, 26.09.2025

Erlaubnis für Informationsstände im öffentlichen Verkehrsraum (Oktober bis Dezember 2025)

Sehr geehrter Herr [[P|Prof. Dr. Aurich]],

Ihrem Antrag vom 15.09.2025 entsprechend erlaube ich dem Kreisverband, an den Samstagen im Zeitraum 04.10. bis 20.12.2025 jeweils von 9 bis 14 Uhr einen Informationsstand (Tisch bis 2 m, Schirm, Aufsteller) auf dem Herderplatz oder auf der Schillerstraße in Höhe der Hausnummer 12 aufzustellen.

Als verantwortliche Standbetreuer haben Sie Frau [[P|Mandy Kühnhold]] (Tel. [[T|{mobile(0)}]]) und Herrn [[P|Emre Aslan]] ([[E|emre.aslan@posteo.de]]) benannt, nach Ihrer Mitteilung beide Mitglieder des Kreisvorstands. Eine der beiden Personen muss während der gesamten Standzeit anwesend sein.

Auflagen: Der Fußgängerverkehr darf nicht behindert werden (Restbreite mindestens 1,50 m). Lautsprecher sind nicht zugelassen. Während des Zwiebelmarkts (10. bis 12. Oktober) ist kein Stand möglich.

Für Informationsstände politischer Parteien wird nach § 7 Abs. 2 der Sondernutzungssatzung keine Gebühr erhoben.

Mit freundlichen Grüßen
Im Auftrag
[[P|Gabriele Hentschel-Matz]]
"""


# ---------------------------------------------------------------- 013 harassment of a gay couple
@doc("outlook", "beschwerde-belaestigung-nachbar", ["SEXUAL_ORIENTATION"])
def d013():
    return f"""Betreff: Beleidigungen und Schmierereien durch Nachbarn – bitte um Hilfe

Hallo liebes Ordnungsamt,

mein Mann [[P|Florian]] und ich ([[P|Jonas Wittig-Brandes]]) wohnen seit März in der [[A|Shakespearestraße 12]] (Haus B). Seit ungefähr Juni werden wir vom Nachbarn aus Haus A, Herrn [[P|Ronny Schellhorn]], immer wieder beschimpft, sobald wir zusammen über den Hof gehen. Die Ausdrücke möchte ich hier nicht wiederholen, es geht immer darum, dass wir schwul sind. Letzte Woche stand dann mit Edding „Homos raus“ an unserem Briefkasten.

Bei der Polizei haben wir Anzeige erstattet (Vorgangsnummer [[AZ|0251137/2025]]). Dort hat man uns gesagt, wir sollen uns wegen der Schmiererei an der Hauswand und wegen seines Hundes, der ständig ohne Leine im Hof herumläuft und schon zweimal nach uns geschnappt hat, auch an Sie wenden.

Ein weiterer Nachbar, Herr [[P|Dariusz Piątek]], hat mehrere Vorfälle mitbekommen und wäre bereit, das zu bestätigen ([[E|dariusz.piatek@gmail.com]]).

Können wir einen Termin bei Ihnen bekommen? Wir arbeiten beide im Schichtdienst, am besten ginge es dienstags.

Viele Grüße
[[P|Jonas Wittig-Brandes]] & [[P|Florian Brandes]]
[[A|Shakespearestraße 12]]
[[A|99423 Weimar]]
Tel. [[T|{mobile(3)}]]
"""


# ---------------------------------------------------------------- 014 OCR scan of a complaint form
@doc("word", "ocr-scan-hinweisformular")
def d014():
    phone = ids.digits(6, True)
    return f"""[Scan – automatische Texterkennung, Seite 1 von 1]
STADT WEIMAR - ORDNUNGSAMT                        Eingang: 22. SEP. 2025
Hinweis / Anzeige Bürgerin/Bürger

1. Angaben zur hinweisgebenden Person
Narne, Vorname: [[P|Pfeiffer-Lindemann , Gisela]]
Anschrift: [[A|Humboldtstr . 60]] , [[A|99425 Weimar]]
Telefon: [[T|0 36 43 / {phone[:2]} {phone[2:4]} {phone[4:]}]]     E-Mail: [[E|gisela.pl@t-online.de]]

2. Gegenstand der Anzeige
[x] Abfall / wilde Müllablagerung    [ ] Lärm    [ ] Tiere    [ ] Sonstiges
Ort: Gehweg vor [[N|Humbo1dtstr. 58]]
Beschreibung: Seit 3 Wochen steht dort Sperrmüll , Matratzen , ein Sofa , Kartons . Nach Aussage der Hausmeisterin Frau [[P|Ljudmila Sawatzki]] gehört alles dem Mieter aus dem EG , Herrn [[P|Mirko Heinze]] , der im August ausgezogen ist . Neue Anschrift unbekannt , evtl . bei seiner Mutter ([[A|Tannrodaer Str. 9]] ?).
Angaben zum Verursacher (falls bekannt): [[P|Heinze , Mirko]] , ca . 35 J ., fährt weißen Transporter [[KFZ|WE- MH 350]]

3. Unterschrift
Weimar , den 2O.09.2025        gez. [[P|G. Pfeiffer-Lindemann]]
--- Ende Seite 1 ---
"""


# ---------------------------------------------------------------- 015 towed car, refund demand
@doc("outlook", "widerspruch-abschleppkosten")
def d015():
    return f"""Betreff: Abschleppen meines Autos am 20.09. – Kassenzeichen [[AZ|5.1200.311906.1]] – Erstattung!

Sehr geehrte Damen und Herren,

am Samstag, 20.09.2025, wurde mein Pkw (Skoda Octavia Combi, Kennzeichen [[KFZ|J-RS 2210]]) aus der Marienstraße abgeschleppt, angeblich wegen einer Halteverbotszone für den Umzug eines Herrn [[P|Baumbach]] ([[A|Marienstraße 9]]). Die mobilen Schilder wurden aber erst am Freitagabend gegen 20 Uhr aufgestellt, das hat mir der Anwohner Herr [[P|Alwin Eckardt]] bestätigt, der es vom Fenster aus gesehen hat. Die Vorlaufzeit von 72 Stunden war also nicht eingehalten, als ich am Donnerstag geparkt habe.

Ich musste beim Abschleppunternehmen 238,50 EUR mit meiner Kreditkarte ([[CC|{card("5", 16, "-")}]]) bezahlen, um das Auto am Sonntag auszulösen; der Beleg liegt bei. Ich verlange die vollständige Erstattung auf mein Konto:

Kontoinhaber: [[P|Rainer Schmalfuß]]
IBAN: [[IBAN|{iban_de(True)}]]
BIC: [[N|HELADEF1JEN]]

Anschrift: [[P|Rainer Schmalfuß]], [[A|Lobdeburgweg 22]], [[A|07747 Jena]], Tel. [[T|{landline("03641", 6, 1)}]]

Sollten Sie die Erstattung ablehnen, bitte ich um einen rechtsmittelfähigen Bescheid.

Freundliche Grüße
[[P|R. Schmalfuß]]
"""


# ---------------------------------------------------------------- 016 table of abandoned vehicles
@doc("word", "tabelle-altfahrzeuge")
def d016():
    return f"""Übersicht Altfahrzeuge / Fahrzeuge ohne Zulassung – Stand 22.09.2025 (intern, nicht zur Weitergabe)

| Nr. | Kennzeichen | Fabrikat | Standort | Halter/in | Anschrift | festgestellt | Status |
|---|---|---|---|---|---|---|---|
| 1 | [[KFZ|WE-KT 418]] | VW Golf IV | Parkplatz Asbachstraße | [[P|Jacqueline Brettschneider]] | [[A|Prellerstraße 8]], [[A|99423 Weimar]] | 17.09. | Frist bis 24.09. |
| 2 | ohne (entstempelt) | Opel Corsa C, rot | Schöndorf, Carl-Gärtig-Str. | unbekannt, FIN-Abfrage läuft | – | 03.09. | Aufkleber |
| 3 | [[KFZ|AP-XY 77]] | Ford Transit | [[N|Lützendorfer Straße 3]] (Gewerbehof) | [[P|Oleksandr Melnyk]] | [[A|Bahnhofstraße 12]], [[A|99510 Apolda]] | 28.08. | Anhörung versandt |
| 4 | [[KFZ|GTH-LM 1204]] | BMW 320d | Tiefurter Allee | [[P|Lothar Mäder]] | [[A|Waltershäuser Straße 40]], [[A|99867 Gotha]] | 11.09. | Abholung angekündigt |
| 5 | [[KFZ|PO 4KR72]] (PL) | Audi A4 Avant | Ettersburger Straße | [[P|Tomasz Zieliński]] | [[A|ul. Głogowska 118/4]], [[A|60-243 Poznań]] | 09.09. | Anfrage über KBA/EUCARIS |
| 6 | [[KFZ|WE-H 9061]] | Renault Kangoo | Am Kirschberg | [[P|Thekla Ruppert-Kirchhof]] | [[A|Am Kirschberg 14]], [[A|99423 Weimar]] | 19.09. | erledigt, entfernt |
| 7 | [[KFZ|SÖM-AE 38]] | Mercedes A 160 | Parkhaus Goethe-Galerie, Ebene 2 | Halterin verstorben; Erbe [[P|Dietmar Kraushaar]] | [[A|Stotternheimer Straße 5]], [[A|99087 Erfurt]] | 15.09. | Erbe angeschrieben |

Bearbeitung: [[P|Kästner]] (KOD) · Rückfragen intern über Durchwahl [[N|-318]]
"""


# ---------------------------------------------------------------- 017 dog bite report
@doc("outlook", "meldung-hundebiss", ["HEALTH"])
def d017():
    return f"""Betreff: Hundebiss im Weimarhallenpark am 21.09. – Meldung und Bitte um Prüfung

Sehr geehrte Damen und Herren,

am Sonntag, dem 21.09.2025, gegen 16:15 Uhr wurde ich im Weimarhallenpark von einem nicht angeleinten Hund (großer hellbrauner Mischling, nach Aussage des Halters ein Kangal-Mix) in den linken Unterarm gebissen. Die Wunde musste in der Notaufnahme mit vier Stichen genäht werden, ich nehme jetzt ein Antibiotikum und war eine Woche krankgeschrieben.

Der Halter hat sich als Herr [[P|Eugen Reimer]] vorgestellt und mir seine Adresse gegeben: [[A|Friedrich-Ebert-Straße 69]], [[A|99423 Weimar]]. Er wirkte eher gleichgültig und meinte, der Hund „mag halt keine Jogger“. Der Hund heißt „Tyson“, die Chipnummer laut Herrn [[P|Reimer]]: [[N|276098106543218]].

Zeugin war eine Spaziergängerin, Frau [[P|Helene Vogtländer]], Tel. [[T|{mobile(1)}]], die auch Fotos gemacht hat.

Meine Krankenkasse prüft Regressansprüche gegen den Halter und bittet um Ihr Aktenzeichen. Falls Sie die Daten brauchen: Krankenversichertennummer [[KV|{ids.health_insurance()}]].

Ich bitte dringend um Prüfung, ob der Hund als gefährlich einzustufen ist. In dem Park spielen täglich Kinder.

Mit freundlichen Grüßen
[[P|Anja Kirchhoff]]
geb. [[DOB|30.06.1979]]
[[A|Hetzerstraße 3]]
[[A|99423 Weimar]]
[[T|{mobile(0)}]]
[[E|anja.kirchhoff@icloud.com]]
"""


# ---------------------------------------------------------------- 018 dangerous dog hearing
@doc("word", "anhoerung-gefahrhund")
def d018():
    return f"""Stadt Weimar – Ordnungsamt – Sachgebiet Gefahrenabwehr

Mit Postzustellungsurkunde
Herrn
[[P|Eugen Reimer]]
[[A|Friedrich-Ebert-Straße 69]]
[[A|99423 Weimar]]

Az. [[AZ|32.4-GH-0031/25]] · Weimar, 30.09.2025 · Auskunft: Herr [[P|Ramadani]], Zimmer 2.14

Beabsichtigte Anordnung nach dem Thüringer Gesetz zum Schutz der Bevölkerung vor Tiergefahren
– Anhörung vor Erlass einer Anlein- und Maulkorbpflicht –

Sehr geehrter Herr [[P|Reimer]],

am 21.09.2025 hat Ihr Hund „Tyson“ (Rüde, Kangal-Mischling, Chip-Nr. [[N|276098106543218]]) im Weimarhallenpark eine Passantin angesprungen und in den Unterarm gebissen. Nach unseren Unterlagen sind Sie, geboren am [[DOB|14.02.1965]], seit 2021 Halter des Hundes.

Wir beabsichtigen, Ihnen aufzugeben, den Hund außerhalb Ihres befriedeten Besitztums ab sofort an einer höchstens zwei Meter langen Leine zu führen und ihm einen beißsicheren Maulkorb anzulegen, sowie eine Wesensprüfung zu veranlassen. Bevor wir entscheiden, erhalten Sie Gelegenheit, sich bis zum 14.10.2025 zu äußern (§ 28 ThürVwVfG).

Bitte legen Sie uns außerdem den Nachweis Ihrer Hundehaftpflichtversicherung vor.

Mit freundlichen Grüßen
Im Auftrag

[[P|Arben Ramadani]]
Sachbearbeiter Gefahrenabwehr
Tel. [[N|03643 762-341]] · [[N|{OFFICE_MAIL}]]
"""


# ---------------------------------------------------------------- 019 restaurant owner, closing hours
@doc("outlook", "anfrage-sperrzeit-aussengastronomie")
def d019():
    return f"""Betreff: Frage wegen Sperrzeit Terrasse zum Zwiebelmarkt (Restaurant Hanoi Garden)

Sehr geehrte Damen und Herren,

mein Name ist [[P|Nguyen Van Thanh]], ich bin Inhaber vom Restaurant „Hanoi Garden“ in der [[A|Karl-Liebknecht-Straße 7]], [[A|99423 Weimar]]. Ich möchte fragen ob wir zum Zwiebelmarkt (10.–12. Oktober) die Terrasse bis 24 Uhr offen haben dürfen, normal ist bei uns um 22 Uhr draußen Schluss. Wir machen keine Musik draußen, nur Essen und Getränke.

Meine Daten für die Akte:
Steuernummer [[TNR|{tax_number_th()}]]
USt-IdNr. [[VAT|{ids.vat_id()}]]
Gaststättenerlaubnis von 2019, Aktenzeichen damals [[AZ|32.2-GE-0412/19]]

Wenn Sie was schriftlich brauchen, bitte an meine Tochter [[P|Linh Nguyen]] schreiben, sie macht das Büro: [[E|linh.nguyen.hg@gmail.com]] oder Handy [[T|{mobile(0)}]]. Meine Nummer ist [[T|{mobile(2)}]], aber mein Deutsch am Telefon ist nicht so gut.

Vielen Dank und freundliche Grüße
[[P|Nguyen Van Thanh]]
Restaurant Hanoi Garden
[[A|Karl-Liebknecht-Str. 7]]
[[A|99423 Weimar]]
"""


# ---------------------------------------------------------------- 020 holder query export without header
@doc("word", "export-halterabfrage-verwarnungen")
def d020():
    return f"""Rückmeldung Halterabfrage zu Verwarnungen ruhender Verkehr vom 23.09.2025 – Außendienstkraft 07 ([[P|Schmeißer]])

[[AZ|VG-118204]];[[KFZ|WE-AK 532]];[[P|Kühn, Annelie]];[[DOB|1958-04-11]];[[A|Lisztstraße 19]];[[A|99423 Weimar]]
[[AZ|VG-118205]];[[KFZ|J-PF 88]];[[P|Pfefferkorn, Dr. Holger]];[[DOB|1971-12-02]];[[A|Closewitzer Straße 4a]];[[A|07743 Jena]]
[[AZ|VG-118206]];[[KFZ|WE-S 4410]];Stadtwirtschaft Weimar GmbH;;[[N|Kromsdorfer Straße 3]];[[N|99427 Weimar]]
[[AZ|VG-118207]];[[KFZ|B-MZ 7301]];[[P|Mazur, Katarzyna]];[[DOB|1990-08-27]];[[A|Wisbyer Straße 61]];[[A|10439 Berlin]]
[[AZ|VG-118208]];[[KFZ|EF-OG 1215]];[[P|Oğuz, Baran]];[[DOB|2001-03-09]];[[A|Häßlerstraße 12]];[[A|99096 Erfurt]]
[[AZ|VG-118209]];[[KFZ|WE-LJ 3]];[[P|de Oliveira Santos, Luana]];[[DOB|1987-10-30]];[[A|Rudolf-Breitscheid-Straße 25]];[[A|99423 Weimar]]
[[AZ|VG-118210]];[[KFZ|HBN-EK 61H]];[[P|Kleinschmidt, Erwin]];[[DOB|1939-06-18]];[[A|Schleusinger Straße 2]];[[A|98646 Hildburghausen]]
[[AZ|VG-118211]];[[KFZ|WE-AK 532]];[[P|Kühn, Annelie]];[[DOB|1958-04-11]];[[A|Lisztstraße 19]];[[A|99423 Weimar]]

8 Datensätze, 1 Firmenfahrzeug (Weiterleitung an Fuhrparkleitung), 1 Doppelerfassung (VG-118211 stornieren).
"""


# ---------------------------------------------------------------- 021 emergency accommodation of a homeless man
@doc("outlook", "anfrage-obdachlosenunterbringung", ["HEALTH"])
def d021():
    return f"""Betreff: Dringend: Unterbringung nach Ordnungsbehördengesetz für Herrn Kaminski – Räumung am 01.10.

Sehr geehrte Frau [[P|Hentschel-Matz]],

wie heute Vormittag telefonisch besprochen, sende ich Ihnen die Angaben zu Herrn [[P|Kaminski]], der am 01.10.2025 durch Zwangsräumung seine Wohnung in der [[A|Ernst-Busse-Straße 17]], [[A|99427 Weimar]] verliert und nach derzeitigem Stand keine Unterkunft hat.

Name: [[P|Henryk Kaminski]]
geb.: [[DOB|09.11.1968]] in Gliwice
Rentenversicherungsnummer: [[SSN|{ssn("091168", "K", True)}]]
Personalausweis: [[IDC|{ids.id_card(True)}]]
Krankenversichertennummer: [[KV|{ids.health_insurance()}]]
Leistungsbezug: Bürgergeld, Jobcenter Weimar, BG-Nummer [[AZ|06501BG0041877]]

Herr [[P|Kaminski]] ist insulinpflichtiger Diabetiker und alkoholabhängig, derzeit nach eigener Aussage abstinent und an die Suchtberatung angebunden. Eine Unterbringung im Mehrbettzimmer der Notunterkunft halten wir deshalb für ungeeignet; er bräuchte einen Kühlschrank für das Insulin und möglichst ein Einzelzimmer.

Er ist telefonisch kaum erreichbar, bitte nehmen Sie Kontakt über mich auf.

Mit freundlichen Grüßen
[[P|Swantje Oelschlägel]]
Sozialarbeiterin – Fachberatung Wohnungsnotfallhilfe Weimar
Tel. [[N|03643 8533-17]]
[[E|s.oelschlaegel@wohnungsnotfallhilfe-weimar.de]]
"""


# ---------------------------------------------------------------- 022 public burial memo
@doc("word", "vermerk-bestattung-von-amts-wegen", ["RELIGION"])
def d022():
    return f"""Vermerk – Bestattung von Amts wegen (§ 18 ThürBestG)
Vorgang: [[AZ|32.5-BA-0027/25]]

Verstorbener: [[P|Mahmoud Al-Khatib]], geb. [[DOB|02.02.1949]] in Homs (Syrien), gest. 24.09.2025 im Klinikum
Letzte Anschrift: [[A|Moskauer Straße 21]], [[A|99427 Weimar]]
Rentenversicherungsnummer (für Sterbefallmitteilung): [[SSN|{ssn("020249", "A", False)}]]
Steuer-IdNr. (Mitteilung an das Finanzamt): [[TID|{tax_id(True)}]]

Angehörigenermittlung:
– Sohn: [[P|Tarek Al-Khatib]], [[A|Rheinuferstraße 8]], [[A|67061 Ludwigshafen am Rhein]], Tel. [[T|{landline("0621", 7, 3)}]]
– Tochter: [[P|Rania Haddad]] geb. [[P|Al-Khatib]], lebt in Malmö (Schweden), E-Mail [[E|rania.haddad@telia.se]]
– Nichte: [[P|Dr. Lina Al-Khatib-Schmitt]], Jena, hat sich von sich aus telefonisch gemeldet ([[T|{mobile(4)}]])

Telefonat mit Herrn [[P|Tarek Al-Khatib]] am 26.09.2025: Er sieht sich finanziell nicht in der Lage, die Bestattungskosten zu tragen, und beruft sich auf den seit Jahren abgebrochenen Kontakt. Er bittet aber ausdrücklich um eine Bestattung nach islamischem Ritus (rituelle Waschung, Beisetzung mit Ausrichtung nach Mekka, möglichst binnen weniger Tage). Sein Vater sei bis zuletzt gläubiger Muslim gewesen und habe freitags die Moschee in Erfurt besucht.

Prüfung: Auf dem Hauptfriedhof steht ein Grabfeld für muslimische Bestattungen zur Verfügung (Abt. 12). Eine Ausnahme von der Sargpflicht ist nach Rücksprache mit der Friedhofsverwaltung möglich.

Nachlass: Girokonto bei der Sparkasse Mittelthüringen, IBAN [[IBAN|{iban_de(False)}]], Guthaben ca. 1.240 EUR. Kostenerstattung aus dem Nachlass wird beim Nachlassgericht beantragt.

Bearbeitung: [[P|I. Wiegand]], 29.09.2025
"""


# ---------------------------------------------------------------- 023 street musician, English/German
@doc("outlook", "anfrage-strassenmusik")
def d023():
    return f"""Betreff: Street music permission / Straßenmusik Genehmigung

Hello dear Ordnungsamt,

sorry, my German is not so good. I am [[P|Giulia Ferraresi]], violinist from Bologna, and I travel with my partner [[P|Matteo Bianchini]] (guitar) through Germany this autumn. We would like to play in Weimar on the Theaterplatz and in the Schillerstraße between 6 and 10 October. Brauchen wir eine Genehmigung? How much does it cost, and can we pay by bank transfer?

We have only a small battery amplifier, no drums, and we change place every hour. During our stay we live at a friend's flat: [[A|Gropiusstraße 2]], [[A|99423 Weimar]] (bei [[P|Dornbusch]]).

My phone: [[T|+39 347 {ids.digits(3, True)} {ids.digits(4)}]], WhatsApp is also ok. Or this e-mail ([[E|giulia.ferraresi.violino@libero.it]]).
If you need a document, my passport number is [[PASS|Y{rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")}{ids.digits(7, True)}]].
Our bank account for refunds: [[IBAN|{iban_it()}]]

Grazie mille e tanti saluti!
[[P|Giulia]]
"""


# ---------------------------------------------------------------- 024 driver identification (witness form)
@doc("word", "zeugenfragebogen-fahrerermittlung")
def d024():
    return f"""Stadt Weimar – Ordnungsamt – Bußgeldstelle / Verkehrsüberwachung

Firma
Thüringer Glasbau Ruhla GmbH
z. Hd. Frau [[P|Ramona Bickel-Sturm]] (Fuhrparkleitung)
[[N|Am Gewerbepark 9]]
[[N|99842 Ruhla]]

Aktenzeichen: [[AZ|32.6-VK-2025-0930114]]
Tattag/-zeit: 12.09.2025, 08:14 Uhr
Tatort: Weimar, Ettersburger Straße, stadteinwärts
Kennzeichen: [[KFZ|WAK-GB 510]]
Vorwurf: Überschreitung der zulässigen Höchstgeschwindigkeit innerorts um 24 km/h (§§ 41, 49 StVO; § 24 StVG)

Zeugenfragebogen

Sehr geehrte Frau [[P|Bickel-Sturm]],

mit dem oben genannten Fahrzeug, dessen Halterin Ihre Firma ist, wurde die genannte Ordnungswidrigkeit begangen. Das Messfoto zeigt eine männliche Person mit Vollbart und Arbeitsjacke. Als Vertreterin der Halterin sind Sie verpflichtet, uns Namen, Vornamen, Geburtsdatum und Anschrift der Person mitzuteilen, die das Fahrzeug zur Tatzeit geführt hat; auf ein Zeugnisverweigerungsrecht können Sie sich insoweit nicht berufen.

Bitte senden Sie den Bogen innerhalb einer Woche zurück.

------------------------------------------------------------------
Rücklauf (handschriftlich ergänzt, eingegangen 25.09.2025)
Fahrer zur Tatzeit: [[P|Swen Oberthür]]
Geburtsdatum: [[DOB|27.07.1982]]
Anschrift: [[A|Lindenstraße 3]], [[A|99848 Wutha-Farnroda]]
Bemerkung: Herr [[P|Oberthür]] ist Monteur, war auf dem Weg zur Baustelle. Bei Rückfragen bitte an mich.
gez. [[P|R. Bickel-Sturm]]
"""


# ---------------------------------------------------------------- 025 property manager, reply chain
@doc("outlook", "hausverwaltung-ruhestoerung-verlauf")
def d025():
    return f"""Betreff: AW: AW: Ruhestörung [[A|Trierer Straße 48]] – Beschwerden der Mieter

Sehr geehrte Frau [[P|Liebetrau]],

anbei wie gewünscht die Zusammenstellung. Die betroffenen Mieter sind mit der Weitergabe ihrer Kontaktdaten an Sie einverstanden:

– Whg. 1 (EG li.): [[P|Irmgard Scheidig]], Tel. [[T|{landline("03643", 6, 0)}]]
– Whg. 4 (1. OG re.): Familie [[P|Tesfay]], Ansprechpartnerin [[P|Semhar Tesfay]], [[E|semhar.tesfay@gmx.de]]
– Whg. 6 (2. OG re.): [[P|Almut von Gersdorff-Wiegleb]] und [[P|Ludger Wiegleb]], [[T|{mobile(1)}]]

Verursacher laut allen Schreiben: Mieter Whg. 5 (2. OG li.), Herr [[P|Dominik Schwalbe]], Handy lt. Mieterakte [[T|{mobile(0)}]]. Eine Abmahnung unsererseits ist am 15.09. rausgegangen.

Mit freundlichen Grüßen
[[P|Pascal Hoyer]]
Immobilienverwaltung Saale-Ilm GmbH | Kundenbetreuung
Tel. [[N|03643 80 55-12]]
[[E|p.hoyer@saale-ilm-immo.de]]

Am 24.09.2025 um 10:02 schrieb [[P|Constanze Liebetrau]] <[[E|constanze.liebetrau@stadt.weimar.de]]>:
> Sehr geehrter Herr [[P|Hoyer]],
> vielen Dank für Ihre Mitteilung. Für ein Bußgeldverfahren benötigen wir Namen und Erreichbarkeit der betroffenen Mieterinnen und Mieter, soweit sie einverstanden sind, und die des Verursachers. Unser Zeichen: [[AZ|32.1-OWi-04528/25]].
> Mit freundlichen Grüßen
> [[P|C. Liebetrau]]
>
> Am 22.09.2025 um 16:40 schrieb [[P|Pascal Hoyer]] <[[E|p.hoyer@saale-ilm-immo.de]]>:
>> Sehr geehrte Damen und Herren,
>> in unserem Objekt [[A|Trierer Straße 48]], [[A|99423 Weimar]] kommt es seit Wochen zu nächtlichen Ruhestörungen aus einer Wohnung im 2. OG. Mehrere Mieter haben sich schriftlich beschwert. Können Sie tätig werden?
>> Mit freundlichen Grüßen, P. Hoyer
"""


# ---------------------------------------------------------------- 026 filled form, itinerant trade card
@doc("word", "formular-reisegewerbekarte")
def d026():
    return f"""Antrag auf Erteilung einer Reisegewerbekarte (§ 55 GewO)
Ausdruck der Eingabemaske Fachverfahren – Bürgerschalter – 29.09.2025

Feld 01  Familienname .................. [[P|Dimitrova-Kessler]]
Feld 02  Vorname(n) .................... [[P|Zornitsa]]
Feld 03  Geburtsname ................... [[P|Dimitrova]]
Feld 04  Geburtsdatum .................. [[DOB|05.08.1977]]
Feld 05  Geburtsort / -land ............ Plowdiw / Bulgarien
Feld 06  Staatsangehörigkeit(en) ....... deutsch, bulgarisch
Feld 07  Anschrift ..................... [[A|Damaschkestraße 11]], [[A|99425 Weimar]]
Feld 08  Telefon ....................... [[T|{mobile(3)}]]
Feld 09  E-Mail ........................ [[E|z.dimitrova-kessler@web.de]]
Feld 10  Personalausweis-Nr. ........... [[IDC|{ids.id_card(True)}]]
Feld 11  Steuer-Identifikationsnummer .. [[TID|{tax_id(False)}]]
Feld 12  Steuernummer .................. [[TNR|{tax_number_th()}]]
Feld 13  USt-IdNr. ..................... [[VAT|{ids.vat_id()}]]
Feld 14  Tätigkeit ..................... Verkauf von Textilien und Haushaltswaren auf Märkten und Volksfesten; Scherenschleifen
Feld 15  Betriebsfahrzeug .............. [[KFZ|WE-ZD 1977]]
Feld 16  Bankverbindung (SEPA) ......... [[IBAN|{iban_de(True)}]]
Feld 17  Mitarbeitende Personen ........ Ehemann [[P|Ralf Kessler]] (Fahrer); Neffe [[P|Boyan Dimitrov]] (Aushilfe, geb. [[DOB|12.03.2004]])
Feld 18  Führungszeugnis ............... beantragt am 29.09.2025 (Belegart O)

Gebühr: 220,00 EUR – Kassenzeichen [[AZ|5.1200.208855.6]] – bar bezahlt
Aufgenommen: [[P|Gräfe]], Bürgerschalter 3

Unterschrift Antragstellerin: [[P|Z. Dimitrova-Kessler]]
"""


# ---------------------------------------------------------------- 027 pigeon feeding, elderly writer
@doc("outlook", "beschwerde-taubenfuetterung")
def d027():
    return f"""Von: [[P|Jessica Kutscher]] <[[E|jessi.kutscher@gmx.net]]>
Betreff: Tauben

Sehr geehrte Herren,

ich, [[P|Waltraud Eberhardt]], 84 Jahre, wohnhaft [[A|Bodestraße 2]] (Parterre), muß Ihnen leider mitteilen, daß der Herr im Haus gegenüber, ein Herr [[P|Heribert Scholz-Dänicke]] ([[A|Bodestraße 5]]), täglich vom Balkon aus kiloweise Brot und Körner an die Tauben verfüttert. Unser ganzer Hof ist voller Unrat, meine Wäsche kann ich nicht mehr draußen aufhängen, und die Tiere sitzen auf meinem Fensterbrett. Ich habe ihn angesprochen, er sagt, die Stadt hätte ihm gar nichts zu sagen. Mein Schwiegersohn, Herr [[P|Dr. Bernd Kutscher]], hat es fotografiert.

Ich bitte um Abhilfe. Einen Festnetzanschluß habe ich nicht mehr, meine Enkelin [[P|Jessica]] schreibt diese Nachricht für mich und liest mir Ihre Antwort vor. Sie erreichen sie unter [[T|{mobile(2)}]].

Hochachtungsvoll
[[P|W. Eberhardt]]
"""


# ---------------------------------------------------------------- 028 shift protocol of the municipal enforcement service
@doc("word", "schichtprotokoll-kod", ["ETHNICITY"])
def d028():
    return f"""Kommunaler Ordnungsdienst Weimar – Schichtprotokoll Spätdienst 26.09.2025 (14:00–22:30)
Besetzung: Team 2 – [[P|Schmeißer]], [[P|Ramadani]], Praktikantin [[P|Jolina Hahnemann]]

14:20  Goetheplatz: aggressives Betteln, Person angesprochen. Personalien: [[P|Marius-Ionel Stanciu]], geb. [[DOB|03.12.1996]], ohne festen Wohnsitz, rum. Reisepass Nr. [[PASS|05{ids.digits(7)}]]. Platzverweis für den Bereich Goetheplatz erteilt, befolgt.
15:05  Bürgertelefon, Anrufer Herr [[P|Gunnar Seyfarth]] (Rückruf [[T|{landline("03643", 6, 4)}]]): Wohnwagen auf dem Parkplatz Hart, Anrufer spricht abwertend von „Zigeunern“. Vor Ort: zwei Wohnwagen mit Zugfahrzeugen [[KFZ|KA-RR 412]] und [[KFZ|KA-SR 1206]], Familie [[P|Reinhardt]], nach eigener Angabe Sinti aus Karlsruhe auf der Durchreise. Ansprechpartner Herr [[P|Ramon Reinhardt]], Tel. [[T|{mobile(0)}]]. Parken dort bis 24 h zulässig, keine Maßnahme. Hinweis: Die Zugehörigkeit zur Minderheit ist für den Sachverhalt ohne Bedeutung und nur wegen der Anruferangabe vermerkt.
16:40  Parkraumkontrolle Innenstadt, 12 Verwarnungen (siehe Tagesliste).
18:15  Hund ohne Leine im Park an der Ilm. Halterin: [[P|Franziska Lorenz-Habermann]], [[A|Belvederer Allee 20]], [[A|99425 Weimar]], geb. [[DOB|17.10.1990]]. Mündliche Verwarnung.
19:30  Lärmbeschwerde [[A|Jakobsplan 6]] (WG-Feier). Angetroffen: [[P|Leander Quast]] (Hauptmieter), Tel. [[T|{mobile(5)}]]. Musik leiser gestellt, Fenster geschlossen.
21:10  Ruhestörung [[A|Trierer Str. 48]]: Herr [[P|Schwalbe]] öffnete nicht, Musik hörbar. Nachbarin Frau [[P|Scheidig]] bestätigt Lärm seit 20 Uhr. Meldung an Sachbearbeitung zu [[AZ|32.1-OWi-04528/25]].
22:20  Schichtende, keine Verletzungen, keine Sachschäden.

gez. [[P|Schmeißer]]
"""


# ---------------------------------------------------------------- 029 complaint about a staff member, headscarf
@doc("outlook", "beschwerde-mitarbeiter-marktkontrolle", ["RELIGION"])
def d029():
    return f"""Von: [[P|Dilek Yavuz-Erdem]] <[[E|dilek.yavuz-erdem@outlook.de]]>
Betreff: Beschwerde über Ihren Mitarbeiter – Kontrolle am Wochenmarkt 24.09.

Sehr geehrte Damen und Herren,

ich möchte mich über das Verhalten eines Ihrer Mitarbeiter beschweren. Am Mittwoch, 24.09.2025, gegen 11 Uhr wurde ich an meinem Marktstand (Obst und Gemüse, Standplatz 14) von einem Mitarbeiter des Ordnungsamts kontrolliert, der sich als Herr [[P|Gräfe]] vorstellte. Er verlangte meine Reisegewerbekarte, das ist in Ordnung. Dann hat er aber vor den Kunden Bemerkungen über mein Kopftuch gemacht und gefragt, ob „mein Mann mir das erlaubt, hier zu arbeiten“. Ich bin gläubige Muslima und trage das Kopftuch aus eigener Überzeugung. So etwas habe ich in elf Jahren auf dem Weimarer Markt noch nie erlebt.

Die Standnachbarin, Frau [[P|Ute Schindhelm]] (Blumen), hat alles gehört und ist bereit, das zu bezeugen.

Ich erwarte eine Entschuldigung und dass so etwas nicht wieder vorkommt.

Mit freundlichen Grüßen
[[P|Dilek Yavuz-Erdem]]
[[A|Ulmenweg 8]]
[[A|99428 Grammetal]]
Tel. [[T|{mobile(1)}]]
Kundennummer Marktverwaltung: [[AZ|M-0314]]
"""


# ---------------------------------------------------------------- 030 onion market stall holders (TAB export)
@doc("word", "export-standbetreiber-zwiebelmarkt")
def d030():
    rows = [
        ("H-01", "[[P|Brunhilde Wöllner]]", "[[A|Am Anger 3]], [[A|99439 Am Ettersberg]]",
         f"[[T|{landline('036452', 5, 0)}]]", "[[E|zwiebel.woellner@t-online.de]]", "–", "[[KFZ|WE-BW 55]]"),
        ("H-02", "Zwiebelhof Ollendorf GbR ([[P|Thomas]] und [[P|Karin Ilgen]])",
         "[[A|Hauptstraße 27]], [[A|99198 Ollendorf]]", f"[[T|{mobile(0)}]]", "[[E|ilgen@zwiebelhof-ollendorf.de]]",
         f"[[VAT|{ids.vat_id()}]]", "[[KFZ|SÖM-ZO 27]]"),
        ("H-03", "[[P|Kai-Uwe Rothämel]]", "[[A|Alte Schmiede 2]], [[A|99894 Friedrichroda]]",
         f"[[T|{landline('03623', 6, 1)}]]", "[[E|k.rothaemel@gmx.de]]", f"[[VAT|{ids.vat_id()}]]",
         "[[KFZ|GTH-KR 710]]"),
        ("H-04", "[[P|Vu Anh Tuan]]", "[[A|Moritzstraße 9]], [[A|09111 Chemnitz]]", f"[[T|{mobile(3)}]]",
         "[[E|vu.anhtuan@web.de]]", f"[[VAT|{ids.vat_id()}]]", "[[KFZ|C-VA 4412]]"),
        ("H-05", "[[P|Grit Ehrhardt-Szabó]]", "[[A|Kirchgasse 5]], [[A|07407 Rudolstadt]]", f"[[T|{mobile(2)}]]",
         "[[E|grit@keramik-ehrhardt.de]]", "–", "[[KFZ|SLF-GE 3]]"),
        ("H-06", "[[P|Serkan Aydoğdu]]", "[[A|Leipziger Straße 114]], [[A|06108 Halle (Saale)]]",
         f"[[T|{landline('0345', 7, 0)}]]", "[[E|aydogdu.serkan@gmail.com]]", f"[[VAT|{ids.vat_id()}]]",
         "[[KFZ|HAL-SA 1811]]"),
        ("H-07", "[[P|Ingeborg Schimmel]] (Töpferei)", "[[A|Töpfergasse 1]], [[A|07616 Bürgel]]",
         f"[[T|{landline('036692', 5, 1)}]]", "[[E|i.schimmel@buergel-keramik.de]]", "–", "[[KFZ|SHK-IS 63]]"),
        ("H-08", "Weimarer Zopfbinder e. V. (Vors. [[P|Hartmut Ludwig]])",
         "c/o [[P|Hartmut Ludwig]], [[A|Am Poseckschen Garten 6]], [[A|99423 Weimar]]", f"[[T|{mobile(0)}]]",
         "[[E|hartmut.ludwig@zopfbinder-weimar.de]]", "–", "[[KFZ|WE-HL 1949]]"),
    ]
    header = "Stand\tBetreiber\tAnschrift\tTelefon\tE-Mail\tUSt-IdNr.\tKfz"
    lines = ["\t".join(r) for r in rows]
    return ("Zwiebelmarkt 2025 – Standbetreiber Bereich Herderplatz (Export Marktverwaltung, Trennzeichen TAB)\n"
            + header + "\n" + "\n".join(lines) + "\n\n"
            + f"Stand: 29.09.2025 · Rückfragen Marktmeisterei [[N|03643 762-380]] · Steuernummer-Abfrage "
              f"für H-03 offen (Finanzamt meldet [[TNR|{tax_number_th_federal()}]], Abgleich mit Gewerbeanmeldung "
              f"erforderlich) · verantwortlich: [[P|G. Hentschel-Matz]]\n")


def main():
    lines = []
    for number, (channel, template, flags, fn) in enumerate(DOCS, start=1):
        doc_id = f"F144-{number:03d}"
        obj = build(doc_id, channel, template, fn(), flags)
        lines.append(json.dumps(obj, ensure_ascii=False))
    assert len(lines) == 30, len(lines)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
