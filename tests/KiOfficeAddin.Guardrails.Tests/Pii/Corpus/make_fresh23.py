"""batch23: 30 held-out German documents from the mailbox of Ostervelde, an invented Mittelstadt in Lower Saxony
between Hanover and the Harz (Landkreis Hildesheim). Half citizen mails (Outlook), half staff documents (Word).

Marks: [[P|Name]] PERSON, [[A|...]] ADDRESS, [[N|...]] neutral, etc. (see marks.py). Every identifier kind with a
check digit comes from identifiers.py (seed 2323232); Steuernummern and foreign passport numbers are layout only.
"""
import json
import os
import sys
from collections import Counter

sys.dont_write_bytecode = True
CORPUS = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, CORPUS)
from marks import build  # noqa: E402
from identifiers import Identifiers, group, icao_check, luhn_check, mod11_10_check  # noqa: E402

SEED = 2323232
ids = Identifiers(SEED)
rng = ids.rng
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh23.jsonl")


def g4(value):
    return group(value, 4)


def rv_spaced(rv):
    return f"{rv[:2]} {rv[2:8]} {rv[8]} {rv[9:]}"


def taxid_spaced(t):
    return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"


def amex_grouped(cc):
    return f"{cc[:4]} {cc[4:10]} {cc[10:]}"


def stnr_nds():
    """Lower Saxony layout FF/BBB/UUUUP and its 13-digit federal form 23FF0BBBUUUUP (layout only)."""
    ff = rng.choice(["30", "31", "17", "53", "40"])
    bbb, u = ids.digits(3), ids.digits(5)
    return f"{ff}/{bbb}/{u}", f"23{ff}0{bbb}{u}"


def upper_digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


# ---- the city's own data (neutral wherever it appears) ----
CITY_IBAN = g4(ids.iban_de())
SWITCH = "05064 908-0"

# ---- identifiers ----
ID_KEVIN = ids.id_card(check_digit=False)
IBAN_BONDARENKO = g4(ids.iban_de())
RV_ALSAADI = rv_spaced(ids.social_security("010768", "A"))
KV_ALSAADI = ids.health_insurance()
PASS_GRABOWSKI = "E" + rng.choice("AKMNS") + " " + upper_digits(7)
ID_STROHMEYER = ids.id_card(check_digit=False)
VAT_LI = ids.vat_id()
IBAN_KUEHN = g4(ids.iban("AT", 16))
STNR_DESANTIS, STNR13_DESANTIS = stnr_nds()
VAT_DESANTIS = ids.vat_id()
TID_DESANTIS = ids.tax_id()
STNR_BAY = ids.tax_number_bavaria()
TID_PETROVIC = ids.tax_id()
RV_PETROVIC = ids.social_security("231185", "P")
KV_PETROVIC = ids.health_insurance()
IBAN_PETROVIC = g4(ids.iban_de())
PASS_JOVANOVIC = upper_digits(9)
VISA_KRAUSE = group(ids.credit_card("4", 16), 4)
KV_LEON = ids.health_insurance()
ID_BAUER = ids.id_card(check_digit=True)
PASS_BAUER = ids.passport(check_digit=True)
IBAN_WEDEMEYER = ids.iban_de()
IBAN_PHAM = g4(ids.iban_de())
PASS_BOATENG = "G" + upper_digits(7)
PASS_MUKENDI = "OP" + upper_digits(7)
ID_HEIDE = ids.id_card(check_digit=True)
IBAN_HEIDE = g4(ids.iban_de())
AMEX_HEIDE = amex_grouped(ids.credit_card("37", 15))
KV_HEIDE = ids.health_insurance()
# Not a valid Spanish IBAN (random BBAN: MOD 97 holds, the national CCC check digits do not), so neutral, not IBAN:
# the detector follows the published invalid vectors here. Changed after the batch was scored (see README).
IBAN_GARCIA = g4(ids.iban("ES", 20))
STNR_OEZTUERK, _ = stnr_nds()
IBAN_OEZTUERK = g4(ids.iban_de())
IBAN_L1 = g4(ids.iban_de())
IBAN_L3 = g4(ids.iban_de())
IBAN_L4 = g4(ids.iban("PL", 24))
IBAN_L6 = ids.iban_de()
TID_KADHIM = taxid_spaced(ids.tax_id())

DOCS = []


def doc(channel, template, flags, marked):
    DOCS.append((channel, template, flags, marked.strip("\n")))


# b23-001 — Bürgerbüro, lower-case mail, old ID card without check digit, biometric photo harmless
doc("outlook", "buergerbuero-ausweis", [], f"""
Betreff: perso abgelaufen - termin??

hallo,

mein perso ist seit april abgelaufen und ich brauch dringend nen neuen weil ich im juli nach mallorca fliege. online krieg ich keinen termin, da steht immer "derzeit keine termine verfügbar". kann ich einfach so vorbeikommen oder muss ich jeden morgen um 7 auf die seite gucken??

zu mir: [[P|kevin schaper]], bin am [[DOB|14.2.2004]] geboren, die nummer vom alten ausweis ist [[IDC|{ID_KEVIN}]] falls sie die brauchen.
ich wohn seit märz nicht mehr bei meinen eltern sondern bei meiner freundin [[P|jana brückner]] in der [[A|gartenstr 14a]], muss ich mich da auch ummelden? die vermieterin hat gesagt sie unterschreibt das formular.

passfoto hab ich schon, das biometrische vom fotostudio am markt, reicht das oder machen sie die fotos jetzt selber im rathaus?

meine nummer ist [[T|0176 44120983]], bin aber bis 16 uhr auf arbeit

lg [[P|kevin]]
""")

# b23-002 — Ordnungsamt, Anhörung im Verwarnungsgeldverfahren (letter)
doc("word", "ordnungsamt-anhoerung", [], f"""
Stadt Ostervelde · Der Bürgermeister · Fachbereich 32 – Ordnung und Sicherheit
[[N|Rathausplatz 1]] · [[N|31196 Ostervelde]] · Telefon [[N|{SWITCH}]]

Herrn
[[P|Giuseppe Esposito]]
[[A|Am Kampe 7]]
[[A|31196 Ostervelde]]

Aktenzeichen: [[AZ|32.3-VOWi-2025/04471]]
Sachbearbeitung: Herr [[P|Lüddecke]]
Telefon: [[T|05064 908-327]]
E-Mail: [[E|m.lueddecke@ostervelde.de]]
Datum: 12.05.2025

Anhörung im Verwarnungsgeldverfahren
Ordnungswidrigkeit nach § 12 Abs. 4, § 49 StVO

Sehr geehrter Herr [[P|Esposito]],

Ihnen wird vorgeworfen, am 29.04.2025 um 10:42 Uhr in Ostervelde, Marktstraße, Höhe Einmündung Kirchgasse, als Halter bzw. Führer des Pkw Fiat Doblò, amtliches Kennzeichen [[KFZ|HI-GE 382]], in zweiter Reihe gehalten und dadurch den Linienbus 71 behindert zu haben. Nach Nr. 51a.1 des bundeseinheitlichen Tatbestandskatalogs ist hierfür ein Verwarnungsgeld von 55,00 EUR vorgesehen.

Beweismittel: Feststellung durch die Verkehrsüberwachung (Dienstnummer [[N|0412]]), zwei Lichtbilder.

Sie haben Gelegenheit, sich bis zum 02.06.2025 zu äußern. Waren Sie nicht selbst Fahrer, teilen Sie uns bitte Namen und Anschrift der Person mit, die das Fahrzeug zur Tatzeit geführt hat. Zur Angabe Ihrer Personalien sind Sie verpflichtet (§ 111 OWiG), zur Sache müssen Sie sich nicht äußern.

Wenn Sie das Verwarnungsgeld akzeptieren, überweisen Sie bitte 55,00 EUR innerhalb einer Woche unter Angabe des Aktenzeichens auf das Konto der Stadtkasse Ostervelde, IBAN [[N|{CITY_IBAN}]], Sparkasse Hildesheim Goslar Peine. Mit fristgerechter Zahlung ist das Verfahren erledigt.

Mit freundlichen Grüßen
Im Auftrag

[[P|Marco Lüddecke]]
""")

# b23-003 — Wohngeld, Ukrainian citizen, foreign address of her mother, IBAN with "Kontoverbindung"
doc("outlook", "wohngeld-nachreichung", [], f"""
Betreff: Wohngeld – Ihr Schreiben vom 28.04.2025, Az. [[AZ|WG-2025-0318]]

Sehr geehrte Frau [[P|Rißmann]],

vielen Dank für Ihr Schreiben. Ich schicke Ihnen die fehlenden Unterlagen als Anhang: Mietbescheinigung vom Vermieter, meine Lohnabrechnungen Januar bis März und die Schulbescheinigung von meinem Sohn.

Zu Ihren Fragen:
1. Im Haushalt wohnen nur mein Sohn [[P|Maksym Bondarenko]] (geb. [[DOB|09.10.2011]]) und ich. Meine Mutter [[P|Halyna Bondarenko]] ist im Februar zurück in die Ukraine gegangen, sie wohnt wieder in ihrer Wohnung [[A|vul. Sichovykh Striltsiv 24]], [[N|kv. 17]], [[A|04053 Kyjiw]]. Die Abmeldebestätigung vom Bürgerbüro liegt bei.
2. Das Kindergeld für meinen Sohn bekomme ich seit März, der Bescheid der Familienkasse ist auch im Anhang.
3. Ich habe jetzt ein neues Konto bei der Volksbank, bitte zahlen Sie das Wohngeld dorthin: [[IBAN|{IBAN_BONDARENKO}]], Kontoinhaberin bin ich.

Wegen meiner Arbeit in der Pflege (Frühdienst ab 6 Uhr) kann ich vormittags nicht telefonieren, nachmittags bin ich unter [[T|0157 3318 2046]] erreichbar.

Mit freundlichen Grüßen
[[P|Kateryna Bondarenko]]
[[A|Zur Worth 9]]
[[A|31196 Ostervelde]]
""")

# b23-004 — Sozialamt, Aktenvermerk Hausbesuch, Iraqi citizen with default date of birth, HEALTH
doc("word", "sozialamt-hausbesuch", ["HEALTH"], f"""
Stadt Ostervelde – Fachbereich 50 Soziales
Aktenvermerk

Az.: [[AZ|50.2-SGB XII-0771/24]]
Betreff: Hausbesuch bei Herrn [[P|Haider Abdulkareem Al-Saadi]], geb. [[DOB|01.07.1968]], [[A|Hildesheimer Straße 112-114]], [[N|3. OG]]
Datum des Hausbesuchs: 06.05.2025, 14:00 bis 15:10 Uhr
Teilnehmende: Herr [[P|Hapke]] (FB 50), Frau [[P|Zainab Al-Saadi]] (Tochter, hat übersetzt)

1. Anlass
Antrag auf Hilfe zur Pflege nach §§ 61 ff. SGB XII vom 14.03.2025; Prüfung des Bedarfs vor Ort.

2. Feststellungen
Herr [[P|Al-Saadi]] ist nach einer Unterschenkelamputation links (Folge eines langjährigen Diabetes mellitus Typ 2) auf den Rollstuhl angewiesen und wird dreimal wöchentlich zur Dialyse ins Klinikum Hildesheim gefahren. Die Wohnung liegt im dritten Obergeschoss, der Aufzug ist seit Mitte April defekt. Die Tochter übernimmt Einkäufe und Teile der Körperpflege; sie wohnt in Salzgitter und ist unter [[T|05341 8821907]] erreichbar.

Versicherungsdaten laut vorgelegten Unterlagen: Rentenversicherungsnummer [[SSN|{RV_ALSAADI}]], Krankenversichertennummer [[KV|{KV_ALSAADI}]] (AOK Niedersachsen). Ein Pflegegrad ist noch nicht festgestellt, der Antrag bei der Pflegekasse wurde am 02.05.2025 gestellt.

3. Weiteres Vorgehen
- Begutachtung durch den Medizinischen Dienst abwarten, Wiedervorlage 16.06.2025
- Vermieterin (Wohnungsbau Ostervelde eG, [[N|05064 9120-0]]) wegen der Aufzugsreparatur anschreiben
- Umzug in eine barrierefreie Wohnung prüfen, ggf. Wohnberechtigungsschein

[[P|Hapke]]
""")

# b23-005 — Jugendamt, forwarded mail with Outlook headers, Kurdish family, DNA paternity test → GENETIC
doc("outlook", "jugendamt-weiterleitung", ["GENETIC"], f"""
Betreff: WG: Umgang / Vaterschaft

Hallo [[P|Timo]],

zur Info und mit der Bitte um einen Beurkundungstermin für den Kindsvater (Vaterschaftsanerkennung für [[P|Şiyar]], Az. [[AZ|51.2-UK-112/25]]). Die Mutter ist einverstanden, siehe unten. Sorgeerklärung bitte gleich mit anbieten.

Viele Grüße
[[P|Nadine Kruse-Welzel]]
Stadt Ostervelde | Jugendamt – Allgemeiner Sozialer Dienst
Tel. [[T|05064 908-412]] | [[E|n.kruse-welzel@ostervelde.de]]

-----Ursprüngliche Nachricht-----
Von: [[P|Rojda Baran]] <[[E|rojda.baran92@gmail.com]]>
Gesendet: Dienstag, 13. Mai 2025 22:17
An: [[N|jugendamt@ostervelde.de]]
Betreff: Umgang mit den Kindern

Sehr geehrte Frau [[P|Kruse-Welzel]],

wie besprochen schreibe ich Ihnen wegen dem Umgang. Das Ergebnis vom Vaterschaftstest ist jetzt da: laut dem DNA-Abstammungsgutachten vom Institut für Rechtsmedizin in Hannover ist [[P|Serhat Keskin]] mit 99,99 % der biologische Vater von [[P|Şiyar]] (geb. [[DOB|21.06.2022]]). Für [[P|Dilan]] (geb. [[DOB|03.02.2016]]) ist er nicht der Vater, ihr Vater ist mein geschiedener Mann, der wohnt inzwischen in Bielefeld und hat keinen Kontakt.

Herr [[P|Keskin]] möchte den Kleinen jedes zweite Wochenende sehen. Ich bin grundsätzlich einverstanden, aber nur wenn die Übergabe bei Ihnen oder im Familienzentrum ist und nicht bei ihm in der Wohnung am [[A|Steinweg 31]].

Seine Handynummer ist [[T|0152 / 289 330 17]], meine haben Sie ja.

Mit freundlichen Grüßen
[[P|Rojda Baran]]
""")

# b23-006 — Standesamt, Niederschrift Anmeldung der Eheschließung, Polish passport, German ID without check digit
doc("word", "standesamt-eheanmeldung", [], f"""
Standesamt Ostervelde
Niederschrift über die Anmeldung der Eheschließung

Az.: [[AZ|34.1-EA 87/2025]]

Vor dem Standesbeamten erschienen am 20.05.2025, von Person bekannt bzw. ausgewiesen:

1. Herr [[P|Tomasz Grabowski]]
   geboren am [[DOB|17. März 1989]] in Gliwice (Polen)
   Staatsangehörigkeit: polnisch
   wohnhaft: [[A|An der Innerste 4 a]], [[A|31196 Ostervelde]]
   ausgewiesen durch: Reisepass der Republik Polen Nr. [[PASS|{PASS_GRABOWSKI}]]
   Familienstand: ledig

2. Frau [[P|Lena Strohmeyer]]
   geboren am [[DOB|2. August 1991]] in Hildesheim
   Staatsangehörigkeit: deutsch
   wohnhaft: wie zu 1.
   ausgewiesen durch: Personalausweis [[IDC|{ID_STROHMEYER}]]
   Familienstand: geschieden; Vorehe geschlossen am 14.06.2014 vor dem Standesamt Sarstedt, geschieden durch Beschluss des Amtsgerichts Hildesheim vom 03.11.2021, Az. [[AZ|36 F 212/21]]

Vorgelegt wurden: Geburtsurkunden beider Verlobten, Ehefähigkeitszeugnis des Standesamts (Urząd Stanu Cywilnego) Gliwice vom 02.04.2025 mit beglaubigter Übersetzung, Scheidungsbeschluss mit Rechtskraftvermerk, erweiterte Meldebescheinigungen.

Die Verlobten wünschen die Trauung am Freitag, 22.08.2025, 11:00 Uhr im Trauzimmer des Alten Amtshauses. Zum Ehenamen bestimmen sie den Geburtsnamen des Mannes, [[P|Grabowski]]. Als Trauzeugin ist die Schwester des Verlobten, [[P|Agnieszka Grabowska]], vorgesehen.

Ein Dolmetscher ist nicht erforderlich, der Verlobte spricht fließend Deutsch.
Erreichbarkeit der Verlobten: [[T|0151 2204 7316]], [[E|lena.strohmeyer@web.de]]

Gebühren: Anmeldung 80,00 EUR, Prüfung ausländischen Rechts 130,00 EUR, bar bezahlt, Quittung Nr. 2025-1187.

Vorgelesen, genehmigt und unterschrieben.

[[P|Tegtmeyer]]
Standesbeamter
""")

# b23-007 — Friedhof, Syrian family, Muslim burial → RELIGION
doc("outlook", "friedhof-bestattung", ["RELIGION"], """
Betreff: Grabstelle für meinen Vater – Bestattung nach islamischem Ritus

Sehr geehrte Damen und Herren der Friedhofsverwaltung,

mein Vater [[P|Yousef Darwish]] ist am Sonntag, den 18.05.2025, verstorben. Er war gläubiger Muslim, und es war sein ausdrücklicher Wunsch, nach islamischem Ritus beigesetzt zu werden: möglichst schnell, mit dem Gesicht nach Mekka ausgerichtet und, wenn das erlaubt ist, nur im Leichentuch ohne Sarg. Ich habe gelesen, dass das Niedersächsische Bestattungsgesetz die sarglose Bestattung inzwischen zulässt. Gibt es auf dem Friedhof am Galgenberg ein Grabfeld für muslimische Bestattungen, und kann die Grabstelle auf Dauer (ohne Ruhefristende) vergeben werden?

Die rituelle Waschung übernimmt die Moscheegemeinde in Hildesheim, das Bestattungshaus [[P|Pape]] kümmert sich um die Überführung und die Formalitäten.

Angaben zu meinem Vater: geboren am [[DOB|1. Januar 1951]] in Homs, zuletzt wohnhaft [[A|Kleine Twete 2]], [[A|31196 Ostervelde]].

Bitte rufen Sie mich so bald wie möglich an, ich bin jederzeit unter [[T|0170 / 552 31 98]] zu erreichen.

Mit freundlichen Grüßen
[[P|Dr. Rasha Darwish]]
""")

# b23-008 — Bauamt, Baugenehmigung (Bescheid), architect with VAT footer, court address neutral
doc("word", "bauamt-baugenehmigung", [], f"""
Stadt Ostervelde
Fachbereich 63 – Bauordnung und Denkmalschutz
[[N|Rathausplatz 1]], [[N|31196 Ostervelde]]

Eheleute
[[P|Ole]] und [[P|Wiebke Fricke]]
[[A|Hinter den Höfen 11]]
[[A|31196 Ostervelde-Wöhle]]

Unser Zeichen: [[AZ|63-BG-2025/0093]]
Auskunft: Zimmer 214, Tel. [[T|05064 908-631]]
Ostervelde, 21.05.2025

Baugenehmigung
Neubau eines Einfamilienhauses mit Doppelgarage
Baugrundstück: [[A|Am Lindenkamp 6]], Gemarkung Wöhle, Flur 3, Flurstück 118/4

Sehr geehrte Eheleute [[P|Fricke]],

auf Ihren Antrag vom 11.02.2025, eingegangen am 14.02.2025, erteile ich Ihnen nach § 70 der Niedersächsischen Bauordnung (NBauO) die Baugenehmigung für das oben bezeichnete Vorhaben nach Maßgabe der mit Genehmigungsvermerk versehenen Bauvorlagen.

Das Vorhaben liegt im Geltungsbereich des Bebauungsplans Nr. 47 „Am Lindenkamp“. Von der festgesetzten Firstrichtung wird nach § 31 Abs. 2 BauGB befreit, da die Grundzüge der Planung nicht berührt werden.

Nebenbestimmungen:
1. Der Baubeginn ist mindestens eine Woche vorher anzuzeigen (§ 72 Abs. 7 NBauO).
2. Die Entwässerung ist im Trennsystem an die Kanäle in der Straße Am Lindenkamp anzuschließen.
3. Die Stellplätze sind wasserdurchlässig zu befestigen.

Entwurfsverfasserin ist Frau Dipl.-Ing. [[P|Xiaomei Li]], Architektin in Hannover, [[E|x.li@li-architektur.de]], USt-IdNr. [[VAT|{VAT_LI}]].

Die Gebühr nach der Baugebührenordnung beträgt 1.284,00 EUR; bitte überweisen Sie den Betrag unter dem Kassenzeichen [[AZ|6.3000.2025.0093]] bis zum 20.06.2025.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Hannover, [[N|Leonhardtstraße 15]], [[N|30175 Hannover]], erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Holger Rautmann]]
""")

# b23-009 — Kita, Vietnamese parents, typos, child's allergy → HEALTH
doc("outlook", "kita-krippenplatz", ["HEALTH"], """
Betreff: Anmeldung krippenplatz für unsere Tochter

Sehr geehrte Damen und herren,

wir möchten unsere Tochter [[P|Trần Bảo Anh]] für einen krippenplatz anmelden ab 1. Januar 2026. Sie ist am [[DOB|30.06.2024]] geboren. Am liebsten Kita Sonnenblume weil es ist nah bei uns, wir wohnen [[A|Ostlandring 27]].

Bitte beachten: [[P|Bảo Anh]] hat starke Neurodermitis und eine Kuhmilcheiweißallergie, sie braucht spezielle Essen und eine Creme nach dem Schlafen. Die Kinderärztin Frau Dr. [[P|Hübner]] kann das bestätigen, Attest schicken wir mit der Post.

Ich arbeite in Nagelstudio von meiner Schwester, mein Mann arbeitet bei Bosch in Hildesheim in Schicht. Wir brauchen Betreuung von 7 bis 16 Uhr, wenn möglich.

Mit freundlichen Grüßen
[[P|Nguyễn Thị Lan]] und [[P|Trần Văn Minh]]
[[T|0163 8845 120]]
[[E|lan.nguyen.thi@gmx.de]]
""")

# b23-010 — Schulamt, table of pupils for school transport, "Nachname, Vorname", HEALTH
doc("word", "schulamt-befoerderungsliste", ["HEALTH"], """
Stadt Ostervelde – Fachbereich 40 Schule, Sport und Kultur
Schülerbeförderung Schuljahr 2025/26 – Neuanträge Grundschule Am Lindenkamp (Stand 26.05.2025)

Nr. | Name, Vorname | Geb.-Datum | Anschrift | Klasse | Bemerkung
1 | [[P|Mensah, Kwabena]] | [[DOB|14.09.2018]] | [[A|Marienburger Platz 3 B]] | 1b | Schulweg über 2 km
2 | [[P|Fedorowa, Anastasia]] | [[DOB|27.11.2016]] | [[A|Wöhler Dorfstraße 5]] | 3a | Geschwister: [[P|Mark]] (Kl. 1), gleiche Haltestelle
3 | [[P|Wöltje, Finn-Ole]] | [[DOB|08.05.2018]] | [[A|Hinter den Höfen 2]] | 2b | gefährlicher Schulweg (B 6 ohne Querungshilfe)
4 | [[P|Al Khatib, Lana]] | [[DOB|19.12.2017]] | [[A|Im Winkel 14]] | 2a | Rollstuhl, Epilepsie – Beförderung im Spezialfahrzeug mit Begleitperson

Hinweise:
- Anträge 1 bis 3 erfüllen die Voraussetzungen nach § 114 NSchG und der Satzung des Landkreises (Mindestentfernung 2 km bzw. besondere Gefährdung).
- Antrag 4 wird über den Landkreis Hildesheim abgewickelt; Ansprechpartnerin dort Frau [[P|Gödecke]], [[T|05121 309-4417]].

Bearbeitung: [[P|A. Duensing]]
""")

# b23-011 — Stadtkasse, Mahnung after moving to Austria, AT IBAN, licence plate
doc("outlook", "stadtkasse-mahnung", [], f"""
Betreff: Mahnung Kassenzeichen [[AZ|5.4010.117283.2]] – ich wohne nicht mehr in Ostervelde!

Sehr geehrte Damen und Herren,

meine ehemalige Nachbarin hat mir heute eine Mahnung der Stadtkasse nachgeschickt (Kassenzeichen [[AZ|5.4010.117283.2]], Mahngebühr 5,00 EUR). Es geht offenbar um die Gebühr für den Bewohnerparkausweis für mein Auto [[KFZ|HI-MW 512]] für das Jahr 2025. Ich bin aber schon zum 31.12.2024 nach Österreich umgezogen und habe mich ordnungsgemäß abgemeldet, den Parkausweis habe ich im Dezember im Bürgerbüro abgegeben. Das Auto ist inzwischen in Graz zugelassen.

Bitte stornieren Sie die Forderung. Ich meine außerdem, dass die Jahresgebühr für 2024 zweimal abgebucht wurde (am 15.02. und am 15.03.2024, je 30,00 EUR). Falls ja, überweisen Sie den Betrag bitte auf mein österreichisches Konto:
[[IBAN|{IBAN_KUEHN}]] (Steiermärkische Sparkasse)

Meine neue Anschrift:
[[A|Annenstraße 41]]/[[N|Top 3]]
[[A|8020 Graz]]
Österreich

Telefonisch erreichen Sie mich unter [[T|+43 664 1827 395]].

Mit freundlichen Grüßen
[[P|Sabine Kühn-Rettberg]]
""")

# b23-012 — Steueramt, Gewerbesteuerbescheid to an Italian sole trader, Nds and 13-digit Steuernummer, Bavarian one
doc("word", "steueramt-gewerbesteuer", [], f"""
Stadt Ostervelde · Fachbereich 20 Finanzen – Steuern und Abgaben
[[N|Rathausplatz 1]] · [[N|31196 Ostervelde]] · Tel. [[N|{SWITCH}]]

Frau
[[P|Antonella De Santis]]
Pizzeria „Da [[P|Antonella]]“
[[A|Marktstraße 23]]
[[A|31196 Ostervelde]]

Kassenzeichen: [[AZ|4.2025.300817]]
Steuernummer: [[TNR|{STNR_DESANTIS}]]
Datum: 02.06.2025

Bescheid über Gewerbesteuer für 2023 und Vorauszahlungen ab 2025

Sehr geehrte Frau [[P|De Santis]],

auf der Grundlage des Gewerbesteuermessbescheids des Finanzamts Hildesheim vom 07.04.2025 (Steuernummer [[TNR|{STNR13_DESANTIS}]]) setze ich die Gewerbesteuer für das Erhebungsjahr 2023 wie folgt fest:

Steuermessbetrag 1.148,00 EUR × Hebesatz 420 % = 4.821,60 EUR
abzüglich geleisteter Vorauszahlungen: 3.600,00 EUR
Nachzahlung: 1.221,60 EUR, fällig am 15.07.2025

Die Vorauszahlungen ab 2025 betragen vierteljährlich 1.205,40 EUR (fällig 15.02., 15.05., 15.08., 15.11.).

Ihre Umsatzsteuer-Identifikationsnummer [[VAT|{VAT_DESANTIS}]] haben wir in die Stammdaten übernommen. Die in Ihrem Schreiben vom 12.05.2025 angegebene steuerliche Identifikationsnummer [[TID|{TID_DESANTIS}]] wird für die Gewerbesteuer nicht benötigt. Die frühere Steuernummer [[TNR|{STNR_BAY}]] (Finanzamt Passau) betrifft Ihren früheren Betrieb in Passau und ist für diesen Bescheid ohne Bedeutung.

Bitte zahlen Sie unter Angabe des Kassenzeichens auf das Konto der Stadtkasse, IBAN [[N|{CITY_IBAN}]].

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadt Ostervelde erhoben werden. Einwendungen gegen den Messbetrag sind beim Finanzamt Hildesheim geltend zu machen.

Mit freundlichen Grüßen
Im Auftrag
[[P|Jessica Heuer]]

Durchschrift: Steuerberaterin [[P|Renate Dörries]], [[A|Postfach 11 27]], [[A|31191 Ostervelde]]
""")

# b23-013 — Personalamt, new employee sends payroll data (Steuer-ID, RV-Nr, KVNR, IBAN), confession, GdB → RELIGION, HEALTH
doc("outlook", "personalamt-personalfragebogen", ["RELIGION", "HEALTH"], f"""
Betreff: Unterlagen Einstellung zum 01.07. – Personalfragebogen

Hallo Frau [[P|Söhnholz]],

wie am Telefon besprochen hier die Angaben, die im Personalfragebogen noch gefehlt haben. Den unterschriebenen Arbeitsvertrag bringe ich am Montag persönlich vorbei.

Name: [[P|Dragan Petrović]]
Geburtsdatum: [[DOB|23.11.1985]], Geburtsort Kragujevac (Serbien)
Anschrift: [[A|Breslauer Str. 5]], [[A|31196 Ostervelde]]
Steuer-ID: [[TID|{TID_PETROVIC}]]
Steuerklasse III, 2 Kinderfreibeträge
Konfession: serbisch-orthodox (Kirchensteuer fällt da glaube ich keine an?)
Sozialversicherungsnummer: [[SSN|{RV_PETROVIC}]]
Krankenkasse: Techniker Krankenkasse, Versichertennummer [[KV|{KV_PETROVIC}]]
Bankverbindung: [[IBAN|{IBAN_PETROVIC}]] (Volksbank eG Hildesheim-Lehrte-Pattensen)

Außerdem: Ich habe einen Schwerbehindertenausweis mit GdB 50 (nach zwei Bandscheibenvorfällen 2019), die Kopie hänge ich an. Ich habe gelesen, dass mir dann fünf Tage Zusatzurlaub zustehen.

Mit freundlichen Grüßen
[[P|Dragan Petrović]]
Mobil: [[T|0049 151 5566 2873]]
""")

# b23-014 — Personalamt, Vermerk on fingerprint access control, ver.di membership → BIOMETRIC, UNION
doc("word", "personalamt-vermerk-zutritt", ["BIOMETRIC", "UNION"], """
Stadt Ostervelde – Fachbereich 10 Personal und Organisation
Vermerk

Betr.: Zutrittskontrolle mit Fingerabdruckleser für den Serverraum (Dienstvereinbarung IT Nr. 7)
hier: Widerspruch von Frau [[P|Shirin Rahimi]], Personalnr. [[N|40718]], FB 11 – IT-Service

Am 27.05.2025 fand auf ihren Wunsch ein Gespräch statt. Teilnehmende: die Beschäftigte, Herr [[P|Uwe Vogel]] (Personalrat), Herr [[P|Kemal Aksoy]] (Rechtssekretär, ver.di-Bezirk Hannover/Leine-Weser), Frau [[P|Söhnholz]] (FB 10).

Frau [[P|Rahimi]] ist nach eigener Angabe seit 2019 Mitglied der Gewerkschaft ver.di und hat für die Angelegenheit den gewerkschaftlichen Rechtsschutz in Anspruch genommen.

Sie widerspricht der Speicherung ihres Fingerabdruck-Templates (Minutien-Datensatz) auf dem Zutrittsterminal. Ihre Fingerabdrücke seien bereits in der Testphase im Juni 2024 erfasst und nach ihrer Kenntnis bis heute nicht gelöscht worden. Sie verweist auf Art. 9 DSGVO und § 26 Abs. 3 BDSG.

Ergebnis:
1. Die im Testbetrieb gespeicherten Templates von ihr und vier weiteren Beschäftigten werden bis 06.06.2025 gelöscht; das Löschprotokoll erstellt FB 11 (Herr [[P|Tarek Haddad]]).
2. Sie erhält bis dahin Zutritt mit Dienstausweis und PIN (Ausweis-Nr. [[N|DA-0718]]).
3. Die Dienstvereinbarung wird um eine Alternative ohne biometrische Merkmale ergänzt; Entwurf an den Personalrat bis 30.06.2025.

[[P|Söhnholz]]
""")

# b23-015 — Gleichstellungsbüro, staff complaint about harassment → SEXUAL_ORIENTATION
doc("outlook", "gleichstellung-beschwerde", ["SEXUAL_ORIENTATION"], """
Betreff: Vertraulich – Bitte um ein Gespräch

Liebe Frau Dr. [[P|Lachmund]],

ich wende mich an Sie, weil ich nicht mehr weiter weiß. Seit ich im Februar beim Teamfrühstück erzählt habe, dass ich mit meinem Freund zusammenziehe, kommen von einem Kollegen aus dem Bauhof, Herrn [[P|Hübotter]], ständig Sprüche über „Schwuchteln“ und dass „so einer“ nicht mit in die Umkleide soll. Letzte Woche hat er vor der ganzen Kolonne gesagt, ich soll meine „Homo-Propaganda“ zu Hause lassen. Meine Kollegin [[P|Sandra Pieper]] war dabei und würde das auch bestätigen.

Ich bin seit Jahren offen schwul und hatte damit nie ein Problem, auch nicht hier im Bauhof, aber so geht es nicht weiter. Mit meinem Vorgesetzten, Herrn [[P|Lampe]], habe ich noch nicht gesprochen, weil die beiden zusammen Fußball spielen.

Können wir uns außerhalb des Rathauses treffen? Am besten erreichen Sie mich privat unter [[T|0171-9 44 03 12]] oder [[E|matteo.lorenzetti@posteo.de]], bitte nicht über meine Dienstadresse.

Viele Grüße
[[P|Matteo Lorenzetti]]
Bauhof, Kolonne 2
""")

# b23-016 — Seniorenbüro, Telefonnotiz, Polish address of the daughter, maiden name, HEALTH
doc("word", "seniorenbuero-telefonnotiz", ["HEALTH"], """
Telefonnotiz – Seniorenbüro

Datum/Uhrzeit: 03.06.2025, 10:25 Uhr
Anruferin: Frau [[P|Gerda Ohlendorf]], [[A|Im Winkel 3]] (Kirchdorf)
Rückruf unter: [[T|(05064) 2 71 84]]
Angenommen von: [[P|H. Stünkel]]

Anliegen:
Die Anruferin (geb. [[DOB|11.11.1938]]) fragt nach Hilfe im Haushalt und nach einem Hausnotruf. Sie ist nach einer Hüft-TEP im April noch auf den Rollator angewiesen; ihr Mann [[P|Walter]] (* [[DOB|03.09.1935]]) hat eine beginnende Demenz und kann sie nicht mehr unterstützen. Die einzige Tochter, Frau [[P|Martina Wiśniewska]] geb. [[P|Ohlendorf]], lebt in Polen ([[A|ul. Legnicka 48]]/[[N|12]], [[A|54-203 Wrocław]]) und kommt nur alle zwei Monate. Tel. der Tochter: [[T|+48 601 224 719]].

Vereinbart:
- Infomaterial Hausnotruf (DRK, Johanniter) geht heute per Post raus.
- Kontakt zum Pflegestützpunkt des Landkreises vermittelt ([[N|05121 309-1780]]).
- Hausbesuch durch die Unterzeichnerin am Dienstag, 10.06., 14 Uhr; Tochter möchte telefonisch zugeschaltet werden.
""")

# b23-017 — Integrationsbeauftragte, volunteer writes about a Roma family, Serbian passport → ETHNICITY
doc("outlook", "integration-unterstuetzung", ["ETHNICITY"], f"""
Betreff: Familie [[P|Jovanović]] – Unterstützung bei der Ausländerbehörde

Liebe Frau [[P|Kaplan]],

ich bin ehrenamtlich im Café International der Martin-Luther-Gemeinde und begleite seit letztem Herbst die Familie [[P|Jovanović]] aus Niš. Herr [[P|Milan Jovanović]] und seine Frau [[P|Milica]] sind Roma und haben in Serbien über Jahre Ausgrenzung erlebt, die beiden älteren Kinder durften dort nur in eine getrennte „Roma-Klasse“ gehen.

Die Duldung läuft am 30.06. aus, und die Ausländerbehörde des Landkreises verlangt jetzt, dass er seinen Pass vorlegt. Der serbische Reisepass (Nr. [[PASS|{PASS_JOVANOVIC}]]) ist aber abgelaufen und liegt seit März bei der Botschaft in Berlin zur Verlängerung, eine Bestätigung darüber hat er.

Die Familie wohnt noch in der Gemeinschaftsunterkunft [[A|Am Bahndamm 4]], [[N|Zimmer 12–14]]. Könnten Sie mit der Sachbearbeiterin, Frau [[P|Grote]] ([[N|auslaenderbehoerde@landkreishildesheim.de]]), Kontakt aufnehmen? Ich habe den Eindruck, dort liegt ein Missverständnis vor.

Meine Nummer: [[T|0160 – 97 44 21 06]], er selbst hat noch seine serbische Karte: [[T|+381 63 812 4470]].

Herzliche Grüße
[[P|Annegret Bode]]
""")

# b23-018 — Rat und Ausschüsse, Niederschrift with attendee list and Einwohnerfragestunde
doc("word", "ausschuss-niederschrift", [], """
Stadt Ostervelde
Niederschrift über die 14. Sitzung des Ausschusses für Soziales, Jugend und Senioren
am Dienstag, 20.05.2025, 18:00 bis 20:05 Uhr, Ratssaal des Rathauses, [[N|Rathausplatz 1]]

Anwesend:
Vorsitz: Ratsfrau [[P|Dr. Carola Sievers]]
Mitglieder: Ratsherr [[P|Jürgen Brandes]], Ratsfrau [[P|Elif Şahin-Becker]], Ratsfrau [[P|Ute Schaper]]
Verwaltung: Erster Stadtrat [[P|Thomas Rehbein]]

TOP 1 Eröffnung, Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit
Die Vorsitzende eröffnet die Sitzung um 18:00 Uhr. Einwendungen gegen die Niederschrift der 13. Sitzung vom 25.03.2025 werden nicht erhoben.

TOP 2 Einwohnerfragestunde
Herr [[P|Dariush Mohammadi-Farahani]], [[A|Lerchenweg 22]], fragt, wann der Spielplatz am Lerchenweg saniert wird; die Schaukel sei seit dem Herbst gesperrt. Der Erste Stadtrat antwortet, die Mittel (48.000 EUR) seien im Haushalt 2025 veranschlagt, die Ausschreibung erfolge im Juli.
Eine Einwohnerin fragt, ob die Kita Sonnenblume ihre Öffnungszeiten bis 17 Uhr verlängern kann. Die Verwaltung sagt eine schriftliche Antwort zu.

TOP 3 Bericht der Verwaltung
Interkulturelle Woche vom 21. bis 28.09.2025; Seniorenfahrt nach Goslar am 11.09.2025 (42 Anmeldungen); der Mittagstisch im Mehrgenerationenhaus wird ab Juni an drei Tagen angeboten.

TOP 4 Richtlinie zur Förderung der offenen Jugendarbeit (Drucksache 2025/117)
Beschluss: Der Ausschuss empfiehlt dem Rat, die Richtlinie in der Fassung der Vorlage zu beschließen. Abstimmung: 5 Ja, 0 Nein, 0 Enthaltungen.

TOP 5 Bebauungsplan Nr. 52 „Südlich der Bahn“ – Standort für eine neue Kita (Drucksache 2025/121)
Kenntnisnahme; Beratung im Bauausschuss am 03.06.2025.

TOP 6 Anfragen
Ratsfrau [[P|Schaper]] fragt nach der Bearbeitungsdauer der Wohngeldanträge. Antwort der Verwaltung: derzeit durchschnittlich elf Wochen, zwei Stellen sind seit 01.04. nachbesetzt.

[[P|Carola Sievers]], Vorsitzende
[[P|Laura Kirchhoff]], Protokollführerin
""")

# b23-019 — Stadtbücherei, lower-case mail by a parent, Visa number pasted, library card number neutral
doc("outlook", "stadtbuecherei-mahnung", [], f"""
Betreff: leseausweis verloren + mahngebühren

hallo liebes büchereiteam,

mein sohn [[P|luca]] hat seinen leseausweis verloren (nr. [[N|0031 7744 2]] steht noch auf der alten anmeldung) und jetzt kamen 2 mahnungen über je 4,50 € für „gregs tagebuch 3“ und „harry potter und die kammer des schreckens“. die bücher haben wir aber am samstag in den rückgabekasten geworfen, können sie bitte nochmal nachschauen?

ich wollte die gebühr gestern trotzdem online bezahlen mit meiner kreditkarte [[CC|{VISA_KRAUSE}]], da kam aber nur „fehler 502“. wurde da trotzdem was abgebucht??

den neuen ausweis holen wir nächste woche, [[P|luca]] ist ja erst 9 und braucht dann wieder die unterschrift von einem elternteil oder?

lg
[[P|melanie krause-yilmaz]]
[[A|wöhler dorfstr. 12]]
[[T|0176/23 45 87 10]]
""")

# b23-020 — Freibad, Unfallmeldung form, child's KVNR, HEALTH
doc("word", "freibad-unfallmeldung", ["HEALTH"], f"""
Freibad Ostervelde – Unfallmeldung / Dokumentation Erste Hilfe

Datum/Uhrzeit des Unfalls: Samstag, 31.05.2025, ca. 15:40 Uhr
Unfallort: Nichtschwimmerbecken, Auslauf der Breitrutsche

Verletzte Person: [[P|Leon Asante-Owusu]], geb. [[DOB|03.08.2015]]
Anschrift: [[A|Am Mühlenteich 15]], [[A|31196 Ostervelde]]
Erziehungsberechtigte/r: [[P|Kofi Asante-Owusu]] (Vater), vor Ort, Tel. [[T|+49 157 3022 8816]]
Krankenversicherung: BARMER, Versichertennummer des Kindes [[KV|{KV_LEON}]] (Angabe des Vaters)

Hergang: Das Kind ist nach Angabe von Zeugen am Rutschenauslauf ausgerutscht und mit dem Kinn auf den Beckenrand geschlagen.
Verletzung/Befund: Platzwunde am Kinn, ca. 2 cm; kurzzeitig benommen, keine Bewusstlosigkeit; Verdacht auf Gehirnerschütterung.
Maßnahmen: Wundversorgung durch Schwimmmeister [[P|K. Bührig]], Notruf 112 um 15:44 Uhr, Übergabe an den Rettungsdienst um 15:58 Uhr, Transport ins Helios Klinikum Hildesheim (Vater fährt mit).

Zeuge:
[[P|Tobias Brandes]], [[A|Kleine Twete 7]], Tel. [[T|05064 3318]]

Die Rutsche wurde bis zur Prüfung des Auslaufbereichs gesperrt (Meldung an FB 40).

Unterschrift Aufsicht: [[P|Bührig]]
""")

# b23-021 — Tierheim-Kooperation, mail from the animal shelter to Ordnungsamt, chip number and invoices as negatives
doc("outlook", "tierheim-fundhund", [], """
Betreff: Fundhund vom 28.05. – Halterin ermittelt, Kostenübernahme

Sehr geehrter Herr [[P|Lüddecke]],

der am 28.05.2025 von Herrn [[P|Arben Krasniqi]] an der Innerstebrücke gefundene und von Ihrem Außendienst zu uns gebrachte Rüde (Mischling, ca. 4 Jahre) ist gechippt. Über die Transpondernummer 276098106543210 konnten wir die Halterin bei Tasso ermitteln:

Frau [[P|Małgorzata Zając]]
[[A|Am Mühlenteich 2 b]]
[[A|31196 Ostervelde]]
Tel. laut Tasso: [[T|0175 880 41 93]]

Die Halterin hat den Hund gestern abgeholt; er sei ihr beim Spaziergang an der Innerste entlaufen. Die Unterbringung für 3 Tage (3 × 15,00 €) und die Erstuntersuchung beim Tierarzt (38,40 €, Rechnung Nr. TA-2025-0611) haben wir Ihnen gemäß § 4 des Fundtiervertrags mit Rechnung Nr. 2025/118 in Rechnung gestellt. Bitte teilen Sie uns mit, ob Sie die Kosten von der Halterin zurückfordern oder ob wir direkt mit ihr abrechnen sollen.

Der Finder fragt übrigens, ob ihm ein Finderlohn zusteht – er ist unter [[T|0176 / 311 209 88]] erreichbar.

Mit freundlichen Grüßen
[[P|Sandra Kempe]]
Tierschutzverein Ostervelde und Umgebung e. V. – Tierheim am Galgenberg
[[N|Zum Tierheim 1]], [[N|31196 Ostervelde]] · Tel. [[N|05064 1440]] · [[N|info@tierheim-ostervelde.de]]
Vereinsregister: Amtsgericht Hildesheim VR 100417
""")

# b23-022 — Bürgerbüro, Vollmacht form, ID card and passport with check digit, maiden name after "geb."
doc("word", "vollmacht-buergerbuero", [], f"""
Vollmacht

Ich, [[P|Natalja Bauer]], geb. [[P|Kusnezowa]], geboren am [[DOB|05.04.1949]] in Omsk,
wohnhaft [[A|Breite Straße 17 c]], [[A|31196 Ostervelde]],
Personalausweis-Nr. [[IDC|{ID_BAUER}]],

bevollmächtige hiermit meinen Sohn

[[P|Alexander Bauer]], geboren am [[DOB|22.12.1972]],
wohnhaft [[A|Friedrich-Ebert-Str. 88]], [[A|38640 Goslar]],
Reisepass-Nr. [[PASS|{PASS_BAUER}]],

mich gegenüber der Stadt Ostervelde in folgenden Angelegenheiten zu vertreten:
☒ Beantragung und Abholung von Meldebescheinigungen und Führungszeugnissen
☒ Anträge auf Grundsicherung im Alter und Wohngeld (laufendes Verfahren Az. [[AZ|50.1-GS-0392/23]])
☐ Pass- und Ausweisangelegenheiten (nur persönlich möglich)
☒ Akteneinsicht und Empfang von Bescheiden

Die Vollmacht gilt bis auf Widerruf.

Ostervelde, den 16.05.2025

gez. [[P|N. Bauer]]                    gez. [[P|A. Bauer]]
Unterschrift Vollmachtgeberin          Unterschrift Bevollmächtigter

Nur für den Dienstgebrauch: Identität der Vollmachtgeberin anhand des Personalausweises geprüft am 19.05.2025, [[P|Ahrens]], Bürgerbüro.
""")

# b23-023 — Ordnungsamt, angry complaint about parking, E-plate, sole trader firm name
doc("outlook", "ordnungsamt-beschwerde", [], """
Betreff: Zugeparkte Feuerwehrzufahrt Hildesheimer Straße – schon wieder!!!

Sehr geehrte Damen und Herren vom Ordnungsamt,

ich hab mich ja schon im März beschwert (Ihr Aktenzeichen war damals [[AZ|32.2-0155/25]]), aber es hat sich NICHTS geändert. Jeden Abend ab ca 19 Uhr steht der schwarze Transporter mit dem Kennzeichen [[KFZ|GS-AK 1907]] direkt in der Feuerwehrzufahrt vor dem Haus [[A|Hildesheimer Straße 96]]. Wenn da mal was passiert kommt die Feuerwehr nicht durch. Der Wagen gehört soweit ich weiß Herrn [[P|Çelik]] aus dem Nachbarhaus, der hat da seine Firma (Hausmeisterservice [[P|Çelik]]).

Dazu kommt noch der weiße Tesla [[KFZ|PE-ZA 88E]], der jede Nacht an der Laterne mit einem Kabel quer über den Gehweg geladen wird, da ist meine Mutter (84) neulich fast drüber gestolpert.

Ich hab Fotos mit Datum und Uhrzeit gemacht, wenn Sie die brauchen schicke ich sie gern. Ansonsten wende ich mich an die Zeitung.

Mit freundlichen Grüßen
[[P|Gabriele Thiele-Ahlborn]]
[[A|Hildesheimer Straße 94]]
[[T|05064/9 12 34]]
""")

# b23-024 — Wahlamt, table of poll workers with bank details but no word IBAN, party office → POLITICS
doc("word", "wahlamt-wahlvorstand", ["POLITICS"], f"""
Stadt Ostervelde – Wahlamt
Direktwahl der Bürgermeisterin/des Bürgermeisters am 14.09.2025 – Besetzung der Wahlvorstände
Wahlbezirk 07 – Grundschule Am Lindenkamp (Wahlraum: Mensa)

Funktion | Name | Anschrift | Telefon | Erfrischungsgeld
Wahlvorsteher | [[P|Wedemeyer, Dirk]] | [[A|Am Kampe 12]] | [[T|0170 3318442]] | [[IBAN|{IBAN_WEDEMEYER}]]
stellv. Wahlvorsteherin | [[P|Engelke, Wiebke]] | [[A|Lerchenweg 4]] | [[T|05064 2290]] | bar
Schriftführerin | [[P|Pham, Thi Hoa]] | [[A|Ostlandring 31a]] | [[T|0152 01948832]] | [[IBAN|{IBAN_PHAM}]]
Beisitzerin | [[P|Zaxoyî, Berivan]] | [[A|Marienburger Platz 5]] | – | bar

Erfrischungsgeld: 50,00 EUR je Mitglied, Wahlvorsteher 60,00 EUR (§ 11 Abs. 2 NKWO).
Hausmeister der Schule am Wahltag über die Schulsekretariatsnummer erreichbar.

Anmerkung Wahlamt (vertraulich): Herr [[P|Wedemeyer]] ist nach eigener Angabe Vorsitzender des SPD-Ortsvereins Ostervelde-Nord und unterstützt öffentlich einen der Bewerber. Er soll daher nicht Wahlvorsteher in seinem Wohnbezirk sein; Tausch mit Frau [[P|Engelke]] ist mit beiden telefonisch abgestimmt. Geänderte Berufung bis 15.08.2025.

[[P|Kirchhoff]]
""")

# b23-025 — Standesamt, birth registration, Ghanaian/Congolese parents, foreign passports, "zur Welt gekommen"
doc("outlook", "standesamt-geburt", [], f"""
Betreff: Geburt unserer Tochter – Geburtsurkunde und Vaterschaftsanerkennung

Sehr geehrte Damen und Herren,

unsere Tochter [[P|Grâce Abena]] ist am [[DOB|17.04.2025]] um 04:12 Uhr im Helios Klinikum Hildesheim zur Welt gekommen. Die Klinik hat die Geburt bei Ihnen angezeigt, aber wir haben bis heute keine Geburtsurkunde bekommen und brauchen sie für das Elterngeld und die Krankenkasse.

Wir sind nicht verheiratet. Der Vater möchte die Vaterschaft anerkennen, und unsere Tochter soll seinen Familiennamen bekommen, [[P|Mukendi]]. Bitte geben Sie uns einen Termin dafür.

Unsere Daten:
Mutter: [[P|Akosua Boateng]], geb. [[DOB|12.10.1994]] in Kumasi (Ghana), Reisepass Ghana Nr. [[PASS|{PASS_BOATENG}]]
Vater: [[P|Jean-Pierre Mukendi Kabongo]], geb. [[DOB|30.01.1990]] in Kinshasa, Reisepass DR Kongo Nr. [[PASS|{PASS_MUKENDI}]]
Anschrift: [[A|Ernst-Reuter-Ring 41]], [[A|31196 Ostervelde]]

Brauchen wir Übersetzungen? Unsere Geburtsurkunden sind auf Englisch und Französisch.

Mit freundlichen Grüßen / Kind regards
[[P|Akosua Boateng]] & [[P|Jean-Pierre Mukendi]]
[[T|+49 1521 7730 281]]
[[E|akosua.boateng@yahoo.com]]
""")

# b23-026 — Fundbüro, Vermerk on a found wallet (ID card with check digit, girocard IBAN, Amex, eGK)
doc("word", "fundbuero-vermerk", [], f"""
Stadt Ostervelde – Bürgerbüro / Fundbüro
Fundanzeige und Verwahrungsvermerk

Vorgangsnummer: [[AZ|FB-2025-0412]]
Fundtag/-ort: 02.06.2025, ca. 8:30 Uhr, Bushaltestelle Rathausplatz (Linie 71)
Finderin: Frau [[P|Chen Yu]], [[A|Bahnhofstraße 7]], [[A|31196 Ostervelde]], [[E|chen.yu.hildesheim@gmail.com]]; Finderlohn wird beansprucht.

Fundsache: schwarze Geldbörse (Leder) mit
- 35,20 EUR Bargeld
- Personalausweis Nr. [[IDC|{ID_HEIDE}]], ausgestellt auf [[P|Friedrich-Wilhelm von der Heide]], geb. [[DOB|28.02.1957]]
- girocard der Sparkasse Hildesheim Goslar Peine, [[IBAN|{IBAN_HEIDE}]]
- American Express Gold Card [[CC|{AMEX_HEIDE}]], gültig bis 09/27
- elektronische Gesundheitskarte der AOK Niedersachsen, [[KV|{KV_HEIDE}]]
- Leserausweis der Stadtbücherei Nr. [[N|0029 1180 6]]
- Kassenbon Edeka vom 01.06.2025

Ermittlung: Laut Melderegister wohnt Herr [[P|von der Heide]] [[A|Auf der Höhe 3]], [[A|31196 Ostervelde-Wöhle]]. Telefonisch um 9:15 Uhr nicht erreicht ([[T|05064 7733]]); Benachrichtigung per Post am 02.06.2025.

Nachtrag 04.06.2025: Geldbörse vollständig an den Eigentümer gegen Unterschrift ausgehändigt; Finderlohn (3 % bzw. 5 % nach § 971 BGB) hat er mit der Finderin direkt geregelt.

Bearbeitung: [[P|G. Ahrens]]
""")

# b23-027 — Steueramt, dog tax deregistration, reply with quoted mail, ES IBAN of the wife
doc("outlook", "steueramt-hundesteuer-abmeldung", [], f"""
Betreff: AW: Hundesteuer – Abmeldung von „Luna“

Hallo Frau [[P|Heuer]],

danke für die schnelle Antwort. Die Bescheinigung der Tierarztpraxis [[P|Dr. Meike Rohlfs]] über das Einschläfern hänge ich an. Die Steuermarke Nr. 217 werfe ich morgen in Ihren Briefkasten am Rathaus.

Für die Erstattung nehmen Sie bitte das Konto meiner Frau, meins ist seit April gekündigt:
[[N|{IBAN_GARCIA}]] (Kontoinhaberin [[P|María José García López]], Banco Santander)

Saludos y gracias / Viele Grüße
[[P|Javier Fernández Ruiz]]
[[A|Kirchgasse 4]], [[A|31196 Ostervelde]]

Am Di., 6. Mai 2025 um 09:14 Uhr schrieb Steueramt Ostervelde <[[N|steueramt@ostervelde.de]]>:
> Sehr geehrter Herr [[P|Fernández Ruiz]],
>
> für die Abmeldung Ihrer Hündin zum 30.04.2025 benötigen wir noch einen Nachweis (z. B. Bescheinigung der Tierarztpraxis oder Abgabevertrag) sowie die Steuermarke.
> Kassenzeichen: [[AZ|4.2024.110372]]
> Die anteilige Steuer für Mai bis Dezember (72,00 EUR) wird erstattet, sobald die Unterlagen vorliegen.
>
> Mit freundlichen Grüßen
> Im Auftrag
> [[P|Jessica Heuer]]
> Stadt Ostervelde | Steuern und Abgaben
> Tel. [[T|05064 908-214]]
""")

# b23-028 — Jugendamt/Kita, Bescheid Elternbeitrag Krippe, Turkish parents, Steuernummer from the income tax assessment
doc("word", "kita-elternbeitrag-bescheid", [], f"""
Stadt Ostervelde · Fachbereich 51 Jugend und Familie – Kindertagesbetreuung
[[N|Rathausplatz 1]] · [[N|31196 Ostervelde]]

Herrn [[P|Mehmet Öztürk]]
Frau [[P|Zeynep Aydın-Öztürk]]
[[A|Lerchenweg 9]]
[[A|31196 Ostervelde]]

Az.: [[AZ|51.3-KB-2025-0212]]
Kind: [[P|Elif Öztürk]], geb. [[DOB|04.03.2024]]
Einrichtung: Krippe „Kleine Strolche“, Ganztagsplatz (8 Stunden)
Datum: 28.05.2025

Festsetzung des Elternbeitrags für die Krippenbetreuung ab 01.08.2025

Sehr geehrte Frau [[P|Aydın-Öztürk]], sehr geehrter Herr [[P|Öztürk]],

nach der Satzung über die Erhebung von Gebühren für die Kindertagesstätten der Stadt Ostervelde vom 12.12.2019, zuletzt geändert am 10.12.2024, setze ich den monatlichen Beitrag wie folgt fest:

Maßgebliches Jahreseinkommen (Einkommensteuerbescheid 2023, StNr. [[TNR|{STNR_OEZTUERK}]]): 68.412,00 EUR
Einkommensstufe 6 (60.001 bis 70.000 EUR): 312,00 EUR
Geschwisterermäßigung: entfällt (Geschwisterkind besucht die beitragsfreie Kita Sonnenblume)
Verpflegungspauschale: 55,00 EUR
Monatlich zu zahlen: 367,00 EUR

Der Betrag wird aufgrund des vorliegenden SEPA-Mandats jeweils zum 5. eines Monats von Ihrem Konto [[IBAN|{IBAN_OEZTUERK}]] eingezogen.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Hannover erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Birte Hollstein]]
Tel. [[T|05064 908-515]]
""")

# b23-029 — Bauamt, citizen asks about PV on a listed house; church building harmless; sole trader firm
doc("outlook", "bauamt-denkmal-pv", [], """
Betreff: Anfrage PV-Anlage auf Baudenkmal [[A|Auf der Höhe 18]], Wöhle

Sehr geehrter Herr [[P|Rautmann]],

wir haben im vergangenen Herbst das Fachwerkhaus [[A|Auf der Höhe 18]] gekauft, das als Einzeldenkmal in der Denkmalliste steht. Wir würden gern auf der rückwärtigen, von der Straße nicht einsehbaren Dachfläche eine Photovoltaikanlage mit ca. 9,8 kWp installieren. Nach der Änderung des Niedersächsischen Denkmalschutzgesetzes 2022 soll das ja grundsätzlich genehmigungsfähig sein.

Gegenüber steht die Kirche St. Michaelis, die das Ortsbild prägt – ist die Sichtachse von der Kirche aus ein Problem? Unser Nachbar, Herr [[P|Hinrich Ahlers]], hat schon 2023 eine Anlage bekommen, allerdings ist sein Haus kein Denkmal. Der Bebauungsplan Nr. 31 „Ortskern Wöhle“ enthält nach unserem Verständnis keine Gestaltungsvorgaben für Dächer.

Das Angebot der Firma Solartechnik [[P|Krüger]] e. K. liegt uns vor; Ansprechpartner dort ist Herr [[P|Lennart Krüger]], [[T|05121 / 88 77 30]]. Über einen kurzen Ortstermin würden wir uns sehr freuen.

Mit freundlichen Grüßen
[[P|Dr. Parisa Tehrani]] und [[P|Kian Tehrani]]
[[A|Auf der Höhe 18]], [[A|31196 Ostervelde-Wöhle]]
Tel. [[T|+49 (0) 5064 / 88 02 14]]
""")

# b23-030 — Stadtkasse, list of returned direct debits (Kassenzeichen, names, IBANs incl. PL), Steuer-ID without context word
doc("word", "stadtkasse-ruecklastschriften", [], f"""
Stadt Ostervelde – Stadtkasse
Rücklastschriften Mai 2025 – Klärungsliste (Stand 04.06.2025)

Kassenzeichen | Schuldner/in | Konto | Betrag | Rückgabegrund | weiteres Vorgehen
[[AZ|5.1102.004518.7]] | [[P|Schewtschenko, Iryna]] | [[IBAN|{IBAN_L1}]] | 84,00 € Grundsteuer B | AC04 Konto erloschen | Anschrift prüfen
[[AZ|5.1102.007731.0]] | [[P|Meyer zu Hartum, Jens]] | [[IBAN|{IBAN_L3}]] | 412,18 € Grundbesitzabgaben | AM04 keine Deckung | erneut einziehen 15.06.
[[AZ|5.1102.011094.6]] | [[P|Wiśniewski, Krzysztof]] | [[IBAN|{IBAN_L4}]] | 55,00 € Hundesteuer | MS03 sonstige Gründe | Kontakt [[T|+48 512 330 918]]
[[AZ|5.1102.002271.4]] | Bäckerei [[P|Vogel]], Inh. [[P|Günter Vogel]] | [[IBAN|{IBAN_L6}]] | 1.034,50 € Gewerbesteuer | AM04 keine Deckung | Ratenzahlung angefragt

Hinweise:
- Die Rücklastschriftgebühren der Banken (je 3,00 €) werden den Schuldnern weiterberechnet.
- Frau [[P|Schewtschenko]] ist laut Melderegister seit 01.05.2025 nach unbekannt verzogen; Anfrage an das Einwohnermeldeamt läuft.
- Erstattung an [[P|Kadhim, Zainab]]: Überzahlung 64,00 € zu Kassenzeichen [[AZ|5.1102.009360.2]]; im Verwendungszweck stand statt des Kassenzeichens nur „[[TID|{TID_KADHIM}]]“, Zuordnung erst nach Rückruf möglich.
- Rückfragen zu Zeile 3 über den Dolmetscherdienst (Polnisch).

gez. [[P|R. Bock]], Stadtkasse, Tel. [[T|05064 908-221]]
""")


def main():
    lines, counts, flags = [], Counter(), Counter()
    for i, (channel, template, fl, marked) in enumerate(DOCS, 1):
        rec = build(f"b23-{i:03d}", channel, template, marked, fl)
        lines.append(json.dumps(rec, ensure_ascii=False))
        counts.update(e["category"] for e in rec["entities"])
        flags.update(fl)
    assert len(DOCS) == 30
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(DOCS)} documents, {sum(counts.values())} entities -> {OUT}")
    for cat, n in counts.most_common():
        print(f"  {cat:18} {n}")
    print("flags:", dict(flags))


if __name__ == "__main__":
    main()
