#!/usr/bin/env python3
"""Fresh batch 113: naturalisation office (Staatsangehörigkeitsbehörde) and registry (Standesamt) of a
Baden-Württemberg city (Heilbronn). 30 documents, mails (outlook) and letters/notes/tables (word).

Every person, street, firm and number is invented. Identifiers are generated with valid check digits:
German ones by identifiers.py, foreign ones here (Italian codice fiscale and partita IVA, Turkish T.C. Kimlik No,
Turkish/Iraqi IBAN via ISO 7064 MOD 97-10). Deterministic: one seeded generator (seed 11313).
Writes fresh113.jsonl next to this script.
"""
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from marks import build  # noqa: E402
from identifiers import Identifiers, group, luhn_check, mod97_iban  # noqa: E402

IDS = Identifiers(11313)
RNG = IDS.rng

# ---------------------------------------------------------------- foreign identifiers -------------------------------

CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
                   1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))
CF_MONTHS = "ABCDEHLMPRST"


def cf_check_char(s):
    """Italian check character (codice fiscale, also the CIN of an Italian BBAN): odd/even tables, mod 26."""
    total = 0
    for i, ch in enumerate(s):
        if i % 2 == 0:
            total += CF_ODD[ch]
        else:
            total += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + total % 26)


def _letters(name):
    plain = unicodedata.normalize("NFD", name.upper())
    return "".join(c for c in plain if "A" <= c <= "Z")


def _cf_part(name, given):
    s = _letters(name)
    cons = [c for c in s if c not in "AEIOU"]
    vow = [c for c in s if c in "AEIOU"]
    if given and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return ("".join(cons + vow) + "XXX")[:3]


def codice_fiscale(surname, given, day, month, year, female, belfiore):
    head = (_cf_part(surname, False) + _cf_part(given, True) + f"{year % 100:02d}" + CF_MONTHS[month - 1]
            + f"{day + (40 if female else 0):02d}" + belfiore)
    return head + cf_check_char(head)


def partita_iva(province):
    """Italian VAT number: 7-digit serial, 3-digit office (province) code, Luhn check digit."""
    body = IDS.digits(7, first_nonzero=False) + province
    return body + str(luhn_check(body))


def tc_kimlik():
    """Turkish identity number: 11 digits; d10 = (7*(d1+d3+d5+d7+d9) - (d2+d4+d6+d8)) mod 10, d11 = sum(d1..d10) mod 10."""
    d = [int(c) for c in IDS.digits(9, first_nonzero=True)]
    d10 = (7 * (d[0] + d[2] + d[4] + d[6] + d[8]) - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(str(x) for x in d)


def tr_iban():
    return mod97_iban("TR", IDS.digits(5, True) + "0" + IDS.digits(16))


def vn_cccd(province, female, year):
    """Vietnamese citizen ID (CCCD): province code, sex/century digit, year, 6 serial digits (no check digit)."""
    century = 0 if year < 2000 else 2
    return f"{province}{century + (1 if female else 0)}{year % 100:02d}{IDS.digits(6)}"


def bw_tax_number():
    """Baden-Württemberg Steuernummer FFBBB/UUUUP and its 13-digit federal form 28FF0BBBUUUUP (layout only)."""
    bbb, uuuup = IDS.digits(3), IDS.digits(5)
    return f"65{bbb}/{uuuup}", f"28650{bbb}{uuuup}"


def it_iban():
    """Italian IBAN: CIN (check letter over ABI+CAB+account, codice-fiscale tables) and ISO 7064 MOD 97-10."""
    bban = IDS.digits(5) + IDS.digits(5) + IDS.digits(12)
    return mod97_iban("IT", cf_check_char(bban) + bban)


def ig(iban):
    return group(iban, 4)


def eat_number():
    """Card number of an electronic residence permit: same alphabet/layout as the ID card (first letter Y)."""
    return IDS.id_card(check_digit=False)


# ---------------------------------------------------------------- documents ------------------------------------------

DOCS = []


def doc(channel, template, flags=()):
    def register(fn):
        DOCS.append((channel, template, list(flags), fn))
        return fn
    return register


@doc("outlook", "anfrage_einbuergerung_5jahre")
def d01():
    pas = "U" + IDS.digits(8)
    return f"""Von: [[P|Kadir Arslan]] <[[E|kadir.arslan82@gmx.de]]>
An: [[N|einbuergerung@heilbronn.de]]
Betreff: Frage wegen Einbürgerung nach neuem Gesetz (5 Jahre)

Sehr geehrte Damen und Herren,

mein Name ist [[P|Kadir Arslan]], ich bin türkischer Staatsangehöriger und wohne seit Mai 2019 in Heilbronn, zuerst in einem Zimmer in der Sülmerstraße, seit 2021 mit meiner Familie in der [[A|Happelstraße 38/1]], [[A|74074 Heilbronn]]. Ich habe in der Zeitung gelesen, dass man seit Juni 2024 schon nach fünf Jahren eingebürgert werden kann und den türkischen Pass behalten darf. Stimmt das?

Ich arbeite seit 2020 unbefristet als Lagerist bei einer Spedition in Neckarsulm, Vollzeit, und habe nie Bürgergeld bekommen. Meine Frau [[P|Gülşen Arslan]] (geb. [[DOB|14.09.1986]]) ist zu Hause bei den Kindern, sie hat aber schon das B1-Zertifikat. Unsere Kinder [[P|Elif]] (geb. [[DOB|03.02.2014]] in Kayseri) und [[P|Yusuf Emre]] (geb. [[DOB|27.11.2017]] in Kayseri) gehen hier auf die Schule. Können die Kinder mit eingebürgert werden oder brauchen sie einen eigenen Antrag?

Dann habe ich noch eine Frage: in meinem türkischen Reisepass (Nr. [[PASS|{pas}]]) steht mein Name als [[P|ARSLAN KADİR MEHMET]], im Aufenthaltstitel aber nur „[[P|Arslan, Kadir]]“. Macht das später Probleme bei der Urkunde?

Was kostet das Ganze für vier Personen ungefähr? Auf Ihrer Internetseite steht 255 Euro, gilt das auch für Kinder?

Über einen Termin würde ich mich freuen. Am besten erreichen Sie mich nach 16 Uhr unter [[T|0176 / 392 418 07]], vormittags geht meine Frau ran: [[T|0157 8830 2116]].

Mit freundlichen Grüßen
[[P|Kadir Arslan]]
[[A|Happelstraße 38/1]]
[[A|74074 Heilbronn]]
"""


@doc("word", "unterlagenliste_kosovo")
def d02():
    pas = "P0" + IDS.digits(7)
    pn = "1" + IDS.digits(9)
    return f"""Stadt Heilbronn · Bürgeramt · Staatsangehörigkeitsbehörde
[[N|Rathausgasse 4]] · [[N|74072 Heilbronn]]

Herrn
[[P|Besnik Berisha]]
Frau [[P|Valdete Berisha]] geb. [[P|Gashi]]
[[A|Karlstraße 112]]
[[A|74076 Heilbronn]]

Ihr Zeichen: –
Unser Zeichen: [[AZ|32.1-EB-2025/0388]] (bitte stets angeben)
Bearbeiterin: Frau [[P|Wörner]]
Telefon: [[T|07131 993-4417]]
E-Mail: [[E|carolin.woerner@heilbronn.de]]
Datum: 11. Juli 2025

Antrag auf Einbürgerung – noch fehlende Unterlagen

Sehr geehrter Herr [[P|Berisha]],
sehr geehrte Frau [[P|Berisha]],

vielen Dank für Ihren Antrag vom 23. Juni 2025, der am 26. Juni 2025 bei uns eingegangen ist. Für die weitere Bearbeitung benötigen wir noch die folgenden Unterlagen. Bitte reichen Sie Kopien ein und bringen Sie die Originale zur Vorsprache mit.

Für beide Antragsteller:
1. gültiger Nationalpass der Republik Kosovo (der Pass von Herrn [[P|Berisha]], Nr. [[PASS|{pas}]], ist am 02.03.2025 abgelaufen)
2. Geburtsurkunde (Ekstrakt nga regjistri i lindjeve) mit Übersetzung durch eine in Deutschland ermächtigte Übersetzerin oder einen ermächtigten Übersetzer
3. Heiratsurkunde (Ekstrakt nga regjistri i kurorëzimeve), ebenfalls übersetzt
4. Nachweis über Deutschkenntnisse mindestens auf Niveau B1 (z. B. Zertifikat Deutsch, DTZ, telc)
5. Bescheinigung über den bestandenen Einbürgerungstest „Leben in Deutschland“
6. Lohnabrechnungen der letzten sechs Monate und Arbeitsvertrag
7. Versicherungsverlauf der Deutschen Rentenversicherung

Nur Frau [[P|Berisha]]:
8. Bescheinigung des Arbeitgebers über die Teilzeitbeschäftigung (Vordruck EB 4)

Für die Tochter [[P|Arta Berisha]], geb. [[DOB|19.08.2011]]:
9. aktuelle Schulbescheinigung
10. Zustimmung beider Sorgeberechtigter zur Miteinbürgerung (Vordruck EB 7)

Die kosovarische Personennummer (Numri personal) von Herrn [[P|Berisha]] – [[IDC|{pn}]] – haben wir aus der Ausländerakte übernommen; die von Frau [[P|Berisha]] fehlt noch.

Die Gebühr beträgt 255 EUR je Erwachsenen und 51 EUR für das miteinzubürgernde Kind. Hierzu erhalten Sie einen gesonderten Gebührenbescheid.

Bitte reichen Sie die Unterlagen bis zum 15. September 2025 ein. Sprechzeiten: Mo, Di und Do 8.00–12.00 Uhr, Do zusätzlich 14.00–17.30 Uhr, Zimmer 2.14.

Mit freundlichen Grüßen
Im Auftrag

[[P|Carolin Wörner]]
Sachbearbeiterin Einbürgerung

Zentrale: [[N|07131 993-0]] · [[N|einbuergerung@heilbronn.de]]
"""


@doc("outlook", "sprachzertifikat_vietnam")
def d03():
    return """Von: [[P|Thu Ha Nguyen]] <[[E|thuha.nguyen90@gmail.com]]>
Gesendet: Dienstag, 8. April 2025 21:47
An: Einbürgerung Heilbronn <[[N|einbuergerung@heilbronn.de]]>
Betreff: B1 Zertifikat / Aktenzeichen [[AZ|32.1-EB-2024/1172]]

Sehr geehrte Frau [[P|Kächele]],

anbei sende ich Ihnen mein Zertifikat telc Deutsch B1 (Prüfung am 15.03.2025 in der VHS). Die Teilnehmernummer ist [[AZ|2503-HN-04471]], Zertifikatsnummer [[AZ|8841207]].

Sorry, my German writing is not so good yet, so I write the rest in English: my husband [[P|Trần Văn Minh]] also wants to apply now. He passed the Einbürgerungstest last year (31 of 33 points), but his language certificate is only A2. Can he still apply together with me, or does he need B1 first? He works full-time in our restaurant, so he has not much time for a course.

My full name in the passport is [[P|NGUYỄN THỊ THU HÀ]], born [[DOB|14/02/1990]] in Nam Định. In the German papers they always write "[[P|Nguyen, Thi Thu Ha]]" without the accents – is this a problem for the Einbürgerungsurkunde? I would like the correct spelling.

Our new address since March: [[A|Bismarckstraße 57]], [[A|74072 Heilbronn]] (before: [[A|Wilhelmstraße 9]] in [[A|74348 Lauffen am Neckar]]). Phone: [[T|0157 34 82 19 06]], or my husband [[T|+49 1520 7741 385]].

Thank you very much and best regards / Vielen Dank und viele Grüße
[[P|Thu Hà Nguyễn]] ([[P|Nguyễn Thị Thu Hà]])
"""


@doc("word", "aktenvermerk_vorsprache_jesidin", ("RELIGION", "ETHNICITY"))
def d04():
    azr = "15" + IDS.digits(10)
    return f"""Aktenvermerk

Az.: [[AZ|32.1-EB-2025/0152]]
Betreff: Einbürgerungsantrag [[P|Murad, Shirin Khalil]] – persönliche Vorsprache am 04.06.2025
Anwesend: Frau [[P|Shirin Khalil Murad]] (Antragstellerin), Herr [[P|Rawand Qadir Mustafa]] (Dolmetscher Kurmandschi, allgemein beeidigt), Frau [[P|Kächele]] (Sachbearbeitung)

1. Identität
Die Antragstellerin legt keinen irakischen Nationalpass vor. Sie gibt an, am [[DOB|01.07.1994]] in Khanasor (Distrikt Sindschar) geboren zu sein. So ist es auch im Aufenthaltstitel eingetragen; im BAMF-Bescheid vom 12.09.2017 (Gesch.-Z. [[AZ|6983214-438]]) steht dagegen „00.00.1994“. Vorgelegt werden eine irakische Staatsangehörigkeitsbescheinigung (Nr. [[IDC|00893214]]) und die Kopie einer Unified National Card, Nr. [[IDC|1994 0318 7265]]. AZR-Nummer: [[AZ|{azr}]].

2. Religion / Volkszugehörigkeit
Frau [[P|Murad]] ist nach eigenen Angaben Jesidin kurdischer Volkszugehörigkeit. Sie wurde im August 2014 vom sog. IS verschleppt und 2016 freigekauft; ihr Bruder [[P|Haval Khalil Murad]] gilt weiterhin als vermisst. Sie ist als Flüchtling nach § 3 AsylG anerkannt. Die Beschaffung eines irakischen Passes ist ihr nach Auffassung der Sachbearbeitung nicht zumutbar; Mehrstaatigkeit ist seit 27.06.2024 ohnehin hinzunehmen.

3. Lebensunterhalt
Beschäftigt als Hauswirtschaftshelferin bei einem ambulanten Pflegedienst, 30 Std./Woche, netto ca. 1.480 EUR. Keine Leistungen nach dem SGB II seit 01/2023 (früher Jobcenter Heilbronn, BG-Nr. [[AZ|63201BG0047718]]). Ehemann [[P|Dilovan Hesso]] arbeitet in Vollzeit in der Gastronomie.

4. Sprache / Test
DTZ B1 vom 18.11.2022 liegt vor. Einbürgerungstest fehlt noch; Termin an der VHS am 09.07.2025.

5. Wohnung / Erreichbarkeit
Familie wohnt in der [[A|Frankfurter Straße 88]], [[A|74072 Heilbronn]]. Mobil Antragstellerin: [[T|0152/04418327]]. Der Dolmetscher ist über [[T|07131 / 6 42 17 90]] erreichbar.

Weiteres Vorgehen: Anfrage beim Regierungspräsidium Stuttgart zur Identitätsklärung (Stufenmodell, Nr. 10.1.1 VAH-StAG). Wiedervorlage: 30.07.2025.

gez. [[P|Kächele]]
"""


@doc("outlook", "anwalt_sachstand_nigeria")
def d05():
    return """Von: Kanzlei [[P|Schäufele]] & Partner <[[E|kanzlei@schaeufele-partner.de]]>
An: [[N|einbuergerung@heilbronn.de]]
Cc: [[E|m.schaeufele@schaeufele-partner.de]]
Betreff: [[P|Chukwuemeka Okafor]], geb. [[DOB|21.10.1985]] – Ihr Az. [[AZ|32.1-EB-2023/0941]] – Sachstandsanfrage

Sehr geehrte Damen und Herren,
sehr geehrter Herr [[P|Heinzelmann]],

in obiger Angelegenheit zeigen wir an, dass uns Herr [[P|Chukwuemeka Okafor]], [[A|Paulinenstraße 23/2]], [[A|74076 Heilbronn]], mit der Wahrnehmung seiner rechtlichen Interessen beauftragt hat. Eine auf uns lautende Vollmacht fügen wir bei.

Unser Mandant hat den Antrag auf Einbürgerung am 14.11.2023 gestellt. Alle angeforderten Unterlagen – zuletzt die Bestätigung der Deutschen Botschaft Lagos über die Überprüfung der nigerianischen Geburtsurkunde (dortiges Gz. [[AZ|RK 541 – 0387/24]]) – lagen Ihnen spätestens am 20.02.2025 vor. Seitdem hat unser Mandant trotz zweier Erinnerungen keine Nachricht erhalten.

Wir bitten um Mitteilung des Sachstands bis zum

    31. Juli 2025.

Nach fruchtlosem Ablauf dieser Frist werden wir unserem Mandanten empfehlen, Untätigkeitsklage gemäß § 75 VwGO zum Verwaltungsgericht Stuttgart zu erheben. Der Antrag liegt inzwischen mehr als 20 Monate ohne Entscheidung bei Ihnen.

Vorsorglich weisen wir darauf hin, dass auch die Ehefrau unseres Mandanten, Frau [[P|Ngozi Okafor]] geb. [[P|Nwosu]], am selben Tag einen Antrag gestellt hat (Ihr Az. [[AZ|32.1-EB-2023/0942]]); wir vertreten sie ebenfalls. Herr [[P|Okafor]] ist als Pflegefachkraft bei einer Klinik in Heilbronn beschäftigt und tagsüber unter [[T|0151 – 2870 4416]] erreichbar, für Rückfragen steht aber vorrangig die Unterzeichnerin zur Verfügung.

Mit freundlichen Grüßen

Dr. [[P|Miriam Schäufele]]
Rechtsanwältin
Fachanwältin für Migrationsrecht

[[P|Schäufele]] & Partner Rechtsanwälte mbB
[[A|Am Wollhaus 12]]
[[A|74072 Heilbronn]]
Tel. [[T|+49 7131 20 55 80-12]]
Fax [[T|+49 7131 20 55 80-99]]
Unser Zeichen: [[AZ|0214/24 MS/ke]]
"""


@doc("word", "namenserklaerung_ehe_italien")
def d06():
    cf = codice_fiscale("De Luca", "Alessandro", 7, 5, 1988, False, "F839")
    cie = "CA" + IDS.digits(5) + RNG.choice("ABCDEFGHJKLMNPRSTVXYZ") + RNG.choice("ABCDEFGHJKLMNPRSTVXYZ")
    pa = IDS.id_card(check_digit=True)
    it = it_iban()
    return f"""Standesamt Heilbronn
Erklärung zur Bestimmung des Ehenamens (§ 1355 BGB i. V. m. Art. 10 Abs. 2 EGBGB)
Eheregister-Nr.: [[AZ|E 0412/2025]]

Angaben zur Person – Ehegatte 1
Familienname: [[P|De Luca]]
Vorname(n): [[P|Alessandro Giuseppe]]
Geburtsdatum: [[DOB|07.05.1988]]	Geburtsort: Napoli (Italien)
Staatsangehörigkeit: italienisch
Codice fiscale: [[TID|{cf}]]
Ausweis: Carta d'identità elettronica Nr. [[IDC|{cie}]]
Anschrift: [[A|Urbanstraße 15]], [[A|74074 Heilbronn]]

Angaben zur Person – Ehegatte 2
Familienname: [[P|Schwarzkopf]]
Vorname(n): [[P|Lea Marie]]
Geburtsdatum: [[DOB|22.12.1991]]	Geburtsort: Heilbronn
Staatsangehörigkeit: deutsch
Personalausweis-Nr.: [[IDC|{pa}]]
Anschrift: wie Ehegatte 1

Rechtswahl
Die Ehegatten wählen für die Namensführung in der Ehe das deutsche Recht (Art. 10 Abs. 2 Satz 1 Nr. 2 EGBGB, gewöhnlicher Aufenthalt in Deutschland).

Erklärung
Wir bestimmen zum Ehenamen den aus unseren Geburtsnamen gebildeten Doppelnamen
„[[P|Schwarzkopf-De Luca]]“
(§ 1355 Abs. 2 BGB in der ab 01.05.2025 geltenden Fassung).

Wirkung auf gemeinsame Kinder
Der gemeinsame Sohn [[P|Matteo De Luca]], geb. [[DOB|03.03.2022]] (Geburtenregister [[AZ|G 0893/2022]]), erhält den Ehenamen als Geburtsnamen, da er das fünfte Lebensjahr noch nicht vollendet hat.

Hinweis: Für die Anerkennung in Italien ist die Erklärung über das Konsulat an den Comune di Napoli zu übermitteln (Trascrizione). Gebühr nach Nr. 4.2 GebVerz. PStG BW: 35,00 EUR, überwiesen am 12.05.2025 vom Konto des Ehegatten 1 bei der Banca di Napoli, IBAN [[IBAN|{it}]].

Heilbronn, 16.05.2025

gez. [[P|Alessandro Giuseppe De Luca]]		gez. [[P|Lea Marie Schwarzkopf-De Luca]]

Die vorstehenden Unterschriften wurden vor mir vollzogen.
[[P|Ulrike Brenner-Haag]]
Standesbeamtin
"""


@doc("outlook", "weiterleitung_auslaenderbehoerde")
def d07():
    eat = "Y" + eat_number()[1:]
    return f"""Von: [[P|Wörner, Carolin]]
Gesendet: Mittwoch, 2. Juli 2025 11:05
An: [[P|Heinzelmann, Tobias]]
Betreff: WG: Aufenthaltsstatus [[P|Krasniqi, Arbër]] – Einbürgerungsverfahren

Hallo [[P|Tobias]],

zur Info und für die Akte – die ABH bestätigt die Niederlassungserlaubnis. Die eAT-Nummer habe ich mit der Kopie in der Akte abgeglichen, passt. Kannst du den Fall übernehmen, solange ich im Urlaub bin? Die Ehefrau hat noch keinen eigenen Antrag gestellt.

Gruß
[[P|Carolin]]

-----Ursprüngliche Nachricht-----
Von: [[P|Gökhan Yavuz]] <[[E|goekhan.yavuz@heilbronn.de]]>
Gesendet: Mittwoch, 2. Juli 2025 10:12
An: [[P|Wörner, Carolin]] <[[E|carolin.woerner@heilbronn.de]]>
Cc: Ausländerbehörde Postfach <[[N|auslaenderbehoerde@heilbronn.de]]>
Betreff: AW: Aufenthaltsstatus [[P|Krasniqi, Arbër]] – Einbürgerungsverfahren

Hallo Frau [[P|Wörner]],

Herr [[P|Arbër Krasniqi]], geb. [[DOB|30.01.1992]] in Ferizaj, AZR-Nr. [[AZ|150998741206]], besitzt seit 17.03.2021 eine Niederlassungserlaubnis nach § 18c Abs. 1 AufenthG. eAT-Kartennummer: [[IDC|{eat}]], gültig bis 16.03.2031. Ausweisungsinteressen sind hier nicht bekannt. Das Verfahren wegen des Verkehrsunfalls vom Herbst 2022 (StA Heilbronn, [[AZ|22 Js 4471/22]]) wurde nach § 153a StPO gegen Zahlung einer Geldauflage eingestellt; damals war er mit dem Firmenwagen [[KFZ|HN-KR 4410]] unterwegs.

Die Ehefrau, Frau [[P|Fatmire Krasniqi]] geb. [[P|Morina]], besitzt eine Aufenthaltserlaubnis nach § 30 AufenthG (hier Az. [[AZ|ABH-33.2-KRA-0412]]), gültig bis 2027.

Mit freundlichen Grüßen
[[P|Gökhan Yavuz]]
Ausländerbehörde – Sachgebiet Aufenthalt
Tel. [[T|07131 993-3286]]

-----Ursprüngliche Nachricht-----
Von: [[P|Wörner, Carolin]]
Gesendet: Montag, 30. Juni 2025 15:03
An: [[P|Yavuz, Gökhan]]
Betreff: Aufenthaltsstatus [[P|Krasniqi, Arbër]] – Einbürgerungsverfahren

Hallo Herr [[P|Yavuz]],

können Sie mir bitte den aktuellen Aufenthaltsstatus von Herrn [[P|Krasniqi]] bestätigen (unser Az. [[AZ|32.1-EB-2025/0503]])? Er wohnt in der [[A|Rosenbergstraße 61/3]], [[A|74074 Heilbronn]]. Strafrechtlich bitte auch, was bei Ihnen vorliegt.

Danke und viele Grüße
[[P|Carolin Wörner]]
"""


@doc("word", "tabelle_einbuergerungstest")
def d08():
    rows = [
        ("Adebayo", "Folake", "02.08.1993", "NGA", "25/33", "bestanden"),
        ("Ferraro", "Giuseppe", "17.12.1979", "ITA", "25/33", "bestanden"),
        ("Shala", "Mimoza", "11.04.2001", "XKX", "14/33", "nicht bestanden"),
        ("Aydın", "Hasan Hüseyin", "30.06.1969", "TUR", "33/33", "bestanden"),
        ("Lê", "Hoàng Nam", "08.10.1987", "VNM", "29/33", "bestanden"),
        ("Al-Saadi", "Haider Abbas", "01.01.1990", "IRQ", "–", "nicht erschienen"),
        ("Di Stefano", "Antonella", "03.02.1978", "ITA", "30/33", "bestanden"),
    ]
    lines = []
    for i, (sur, giv, dob, sta, pts, res) in enumerate(rows, 1):
        tn = "88" + IDS.digits(6)
        lines.append(f"{i}\t[[P|{sur}]]\t[[P|{giv}]]\t[[DOB|{dob}]]\t{sta}\t[[AZ|{tn}]]\t{pts}\t{res}")
    table = "\n".join(lines)
    return f"""Volkshochschule – Test „Leben in Deutschland“ (Einbürgerungstest)
Testtermin: Samstag, 24.05.2025, 10:00 Uhr, Raum 3.07
Prüfungs-ID BAMF: [[N|LiD-2025-0524-HN]]
Ergebnisliste zur Weiterleitung an die Staatsangehörigkeitsbehörde

Lfd.	Name	Vorname	Geb.-Datum	StA	Teiln.-Nr.	Punkte	Ergebnis
{table}

Bestehensgrenze: 17 von 33 Fragen.
Aufsicht: [[P|Renate Fiedler-Kocher]], [[P|Mustafa Özdemir]]
Bemerkungen: Frau [[P|Shala]] hat um einen Wiederholungstermin gebeten (nächster Termin 28.06.2025). Herr [[P|Al-Saadi]] hat sich nicht abgemeldet; laut Auskunft seiner Frau war er verhindert, eine Entschuldigung liegt nicht vor.
Die Ergebnisse wurden am 26.05.2025 an das BAMF übermittelt. Die Bescheinigungen werden den Teilnehmenden direkt zugesandt.
"""


@doc("outlook", "befreiung_sprachtest_demenz", ("HEALTH",))
def d09():
    kv = IDS.health_insurance()
    rv = IDS.social_security("050357", "K")
    tr = tr_iban()
    return f"""Von: [[P|Zeynep Yıldırım-Koch]] <[[E|zeynep.yildirim-koch@web.de]]>
An: [[P|Tobias Heinzelmann]] <[[E|tobias.heinzelmann@heilbronn.de]]>
Betreff: Einbürgerung meiner Mutter [[P|Ayşe Yıldırım]] – Befreiung vom Sprachtest wegen Krankheit

Sehr geehrter Herr [[P|Heinzelmann]],

wie am Telefon besprochen, schicke ich Ihnen die Unterlagen für meine Mutter, Frau [[P|Ayşe Yıldırım]] geb. [[P|Kaya]] (geb. [[DOB|05.03.1957]]), Az. [[AZ|32.1-EB-2025/0211]].

Meine Mutter lebt seit 1979 in Deutschland und hat bis zur Rente in einer Großwäscherei gearbeitet. Seit 2022 hat sie eine mittelschwere Alzheimer-Demenz, dazu kommen Diabetes Typ 2 und eine starke Sehbehinderung nach zwei Schlaganfällen. Sie hat Pflegegrad 3 und einen Schwerbehindertenausweis mit GdB 80 (Merkzeichen G und B). Einen Sprachkurs oder den Einbürgerungstest kann sie deshalb nicht mehr machen (§ 10 Abs. 6 StAG).

Anbei:
- ärztliches Attest von Dr. med. [[P|Cem Öztürk]], Facharzt für Neurologie, [[A|Kaiserstraße 41]], [[A|74072 Heilbronn]], vom 12.05.2025
- Pflegegradbescheid der AOK-Pflegekasse vom 02.02.2024 (Zeichen [[AZ|PG-3-4471-0293]]), Versichertennummer meiner Mutter: [[KV|{kv}]]
- Renteninformation der DRV (Versicherungsnummer [[SSN|{rv[:2]} {rv[2:8]} {rv[8]} {rv[9:]}]]) und Bescheid über die kleine türkische Rente der SGK, die auf ihr Konto bei der Ziraat Bankası geht (IBAN [[IBAN|{ig(tr)}]])
- Kopie Schwerbehindertenausweis

Ich bin seit letztem Jahr ihre rechtliche Betreuerin (Amtsgericht Heilbronn – Betreuungsgericht, Az. [[AZ|2 XVII 318/24]]), den Betreuerausweis habe ich ebenfalls eingescannt. Mein Vater, [[P|Mehmet Ali Yıldırım]], ist 2019 verstorben. Meine Mutter wohnt bei uns im Haus.

Rückfragen gern an mich: [[T|0171 – 8 29 44 30]] (ab 15 Uhr) oder per Mail.

Viele Grüße
[[P|Zeynep Yıldırım-Koch]]
[[A|Schillerstraße 12]]
[[A|74348 Lauffen am Neckar]]
"""


@doc("word", "anfrage_polizei_erkenntnisse")
def d10():
    return """Stadt Heilbronn
Bürgeramt – Staatsangehörigkeitsbehörde
[[N|Rathausgasse 4]], [[N|74072 Heilbronn]]

Polizeipräsidium Heilbronn
Führungs- und Einsatzstab – Auskunftsstelle

Az.: [[AZ|32.1-EB-2025/0619]]
Sachbearbeitung: [[P|T. Heinzelmann]], Durchwahl [[T|07131 993-4421]]
Heilbronn, 23.06.2025

Einbürgerungsverfahren – Anfrage nach polizeilichen Erkenntnissen (§ 37 Abs. 2 StAG)

Sehr geehrte Damen und Herren,

im Rahmen des oben genannten Einbürgerungsverfahrens bitte ich um Mitteilung, ob zu folgender Person polizeiliche Erkenntnisse vorliegen:

Name: [[P|AL-SAADI]]
Vorname: [[P|Haider Abbas]]
Schreibweisen/Aliase: [[P|Haidar Al Saadi]]; [[P|Hayder Abbas Alsaadi]]
geboren: [[DOB|01.01.1990]] in Basra (Irak)
Staatsangehörigkeit: irakisch
derzeitige Anschrift: [[A|Dammstraße 74]], [[A|74076 Heilbronn]]
frühere Anschrift (2016–2019): [[A|Kirchhöfle 3]], [[A|74189 Weinsberg]]

Für eine Antwort innerhalb von vier Wochen wäre ich dankbar.

Mit freundlichen Grüßen
Im Auftrag
[[P|Heinzelmann]]

---------------------------------------------------------------
Antwort (eingegangen per Fax am 08.07.2025):

Zu der o. g. Person liegen folgende Erkenntnisse vor:
– 14.03.2021: Ordnungswidrigkeit, Geschwindigkeitsüberschreitung (29 km/h außerorts), Pkw [[KFZ|HN-AS 1990]], Halter: [[P|Al-Saadi, Haider]]; rechtskräftig, Bußgeld 120 EUR.
– 02.09.2023: Ermittlungsverfahren wegen Körperverletzung (Vorgangsnummer [[AZ|0004718262/2023]]), Anzeigeerstatter [[P|Florian Bräuninger]]; Verfahren eingestellt nach § 170 Abs. 2 StPO (StA Heilbronn, [[AZ|31 Js 9924/23]]).
Weitere Erkenntnisse liegen nicht vor.

i. A. [[P|Lämmle]], KHK
Tel. [[T|07131 104-2283]]
"""


@doc("outlook", "vaterschaft_dna_nigeria", ("GENETIC",))
def d11():
    nin = IDS.digits(11, first_nonzero=True)
    pas = "A" + IDS.digits(8)
    return f"""From: [[P|Seun Adeyemi]] <[[E|seun.adeyemi@yahoo.com]]>
To: [[E|carolin.woerner@heilbronn.de]]
Subject: Re: Einbürgerung / naturalisation – birth certificate of my son – Az. [[AZ|32.1-EB-2024/0866]]

Dear Ms [[P|Wörner]], sehr geehrte Frau [[P|Wörner]],

thank you for your letter of 3 June. I understand that the German Embassy in Lagos could not verify the birth certificate of my son [[P|David Oluwadamilare Adeyemi]] (born [[DOB|9 October 2015]] in Ibadan) because the registration at the National Population Commission was done only in 2019.

My lawyer in Nigeria, Barrister [[P|Babatunde Ogunleye]], suggested a DNA test (Abstammungsgutachten) to show that I am really the father. We did the test in May at a laboratory accredited by the embassy, the result is a probability of paternity of 99,99 %. The report is attached (Gutachten-Nr. [[AZ|DNA-2025-04418]]), and the samples of [[P|David]] were taken at the embassy with identity check, as you requested.

My NIN is [[IDC|{nin}]] and my Nigerian passport number is [[PASS|{pas}]] (valid until 2029). My wife [[P|Ifeoma Adeyemi]] (née [[P|Eze]]) will send her documents separately, she is still waiting for her Goethe certificate.

Mein Deutsch ist B2, aber E-Mails schreiben ist schwer für mich, sorry for the English.

Our address in Germany: [[A|Fügerstraße 9/2]], [[A|74074 Heilbronn]]. The family house in Nigeria (where the birth was registered): [[A|No. 8 Ajibode Close]], [[A|Bodija, Ibadan]], Oyo State.

Kind regards / Mit freundlichen Grüßen
[[P|Oluwaseun]] "[[P|Seun]]" [[P|Adeyemi]]
Mobile: [[T|0176-55 43 21 09]]
WhatsApp: [[T|+234 803 412 7765]]

Am 03.06.2025 um 09:14 schrieb [[P|Wörner, Carolin]] <[[E|carolin.woerner@heilbronn.de]]>:
> Sehr geehrter Herr [[P|Adeyemi]],
> die Deutsche Botschaft Lagos hat uns mitgeteilt, dass die Geburtsurkunde Ihres Sohnes nicht verifiziert werden konnte (nachträgliche Registrierung). Bitte teilen Sie uns mit, ob Sie andere Nachweise vorlegen können.
> Mit freundlichen Grüßen
> [[P|Carolin Wörner]]
"""


@doc("word", "stammbaum_erklaerungserwerb_italien")
def d12():
    cf = codice_fiscale("Esposito", "Antonio", 12, 2, 1966, False, "F839")
    return f"""Stammbaum zur Erklärung nach § 5 StAG
Antragsteller: [[P|Antonio Esposito]] (Codice fiscale [[TID|{cf}]])
erstellt nach Angaben des Antragstellers und den vorgelegten Urkunden – Az. [[AZ|32.1-EE-2025/0027]]

I. Generation – Großeltern mütterlicherseits
   [[P|Karl Friedrich Häberle]], * [[DOB|04.11.1912]] Heilbronn-Böckingen, † 23.01.1987 Heilbronn
   ⚭ 1938 Heilbronn
   [[P|Anna Häberle]] geb. [[P|Krauß]], * [[DOB|19.06.1915]] Neckarsulm, † 02.08.2001 Heilbronn
   │
   └── II. Generation
       [[P|Gertrud Maria Esposito]] geb. [[P|Häberle]], * [[DOB|07.03.1941]] Heilbronn-Böckingen, † 11.10.2019 Napoli
       deutsche Staatsangehörige durch Geburt (Abstammung vom Vater, § 4 RuStAG)
       ⚭ 26.09.1964 Napoli
       [[P|Salvatore Esposito]], * [[DOB|30.05.1938]] Pozzuoli, † 14.12.2008 Napoli – italienischer Staatsangehöriger
       │
       ├── III. Generation
       │   [[P|Antonio Esposito]] (Antragsteller), * [[DOB|12.02.1966]] Napoli
       │   wohnhaft [[A|Kirchbrunnenstraße 19]], [[A|74072 Heilbronn]]
       │   ⚭ 1993 [[P|Maria Grazia Russo]], * [[DOB|05.08.1969]] Caserta
       │   │
       │   └── IV. Generation
       │       [[P|Chiara Esposito]], * [[DOB|21.04.1995]] Napoli – wohnhaft in Stuttgart
       │       [[P|Nicolò Esposito]], * [[DOB|09.01.1998]] Napoli – wohnhaft in Napoli
       │
       └── [[P|Luisa Cannavacciuolo]] geb. [[P|Esposito]], * [[DOB|17.06.1968]] Napoli (Schwester, eigene Erklärung, Az. [[AZ|32.1-EE-2025/0028]])

Anmerkungen der Sachbearbeitung:
– Die Mutter hat die deutsche Staatsangehörigkeit durch die Eheschließung 1964 nicht verloren (Erwerb der italienischen Staatsangehörigkeit kraft Gesetzes durch Eheschließung, nicht auf Antrag).
– Der Antragsteller ist vor dem 01.01.1975 als eheliches Kind einer deutschen Mutter und eines ausländischen Vaters geboren; Erklärungsrecht nach § 5 StAG besteht.
– Ob sich der Erklärungserwerb auf die Kinder [[P|Chiara]] und [[P|Nicolò]] erstreckt, ist gesondert zu prüfen (beide volljährig, eigene Anhörung).
– Fehlend: beglaubigte Abschrift des Geburtseintrags der Mutter (Standesamt Heilbronn, [[AZ|G 311/1941]]).

Bearbeitet: [[P|Brenner-Haag]], 21.08.2025
"""


@doc("outlook", "informell_test_bestanden")
def d13():
    return """Von: [[E|drilon.hoxha01@gmail.com]]
An: [[E|carolin.woerner@heilbronn.de]]
Betreff: test bestanden!!

hallo frau [[P|wörner]],

wollte nur bescheid sagen das ich den einbürgerungstest bestanden hab :) 32 von 33 punkte. die bescheinigung vom bamf kommt per post hat die frau an der vhs gesagt, ich schick sie dann gleich.

meine freundin [[P|ardita]] ([[P|ardita rexhepi]]) will auch den antrag machen, sie is seit 2017 hier und arbeitet bei der sparkasse. kann sie einfach mit zu meinem termin kommen? ihre nummer is [[T|0159 0124 7781]].

achso und ich wohn jetzt bei meinem cousin [[P|besart]] in der [[A|karlstr. 48]] in [[A|böckingen]], die post bitte dahin. meine neue handynummer ist [[T|01590 - 6631 208]], die alte geht nicht mehr.

lg [[P|drilon]]
([[P|drilon hoxha]], az [[AZ|32.1-EB-2025/0577]])

Von meinem iPhone gesendet
"""


@doc("word", "gebuehrenbescheid_familie")
def d14():
    city = IDS.iban_de()
    own = IDS.iban_de()
    return f"""Stadt Heilbronn – Staatsangehörigkeitsbehörde – [[N|Rathausgasse 4]], [[N|74072 Heilbronn]]

Familie
[[P|Emre]] und [[P|Elif Doğan]]
[[A|Neckargartacher Straße 205]]
[[A|74078 Heilbronn]]

Kassenzeichen: [[AZ|5.3120.004718.2]]
Aktenzeichen: [[AZ|32.1-EB-2025/0702]]
Heilbronn, 18.08.2025

Gebührenbescheid

Sehr geehrter Herr [[P|Doğan]], sehr geehrte Frau [[P|Doğan]],

für die Bearbeitung Ihrer Anträge auf Einbürgerung setze ich nach § 38 Abs. 2 StAG folgende Gebühren fest:

[[P|Emre Doğan]], geb. [[DOB|14.06.1984]]	255,00 EUR
[[P|Elif Doğan]] geb. [[P|Aydın]], geb. [[DOB|29.01.1987]]	255,00 EUR
[[P|Mert Doğan]], geb. [[DOB|02.10.2012]] (miteingebürgert)	51,00 EUR
[[P|Defne Doğan]], geb. [[DOB|18.05.2019]] (miteingebürgert)	51,00 EUR
Summe	612,00 EUR

Die Gebühr ist am 17.09.2025 fällig. Sie haben uns am 02.07.2025 ein SEPA-Lastschriftmandat erteilt (Mandatsreferenz [[AZ|EB-0702-DOG]]); der Betrag wird daher zum Fälligkeitstag von Ihrem Konto
IBAN [[IBAN|{ig(own)}]] (Kontoinhaber: [[P|Emre Doğan]])
eingezogen. Sollten Sie das Mandat widerrufen haben, überweisen Sie bitte unter Angabe des Kassenzeichens auf das Konto der Stadtkasse, IBAN [[N|{ig(city)}]].

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift bei der Stadt Heilbronn, [[N|Rathausgasse 4]], [[N|74072 Heilbronn]], einzulegen.

Mit freundlichen Grüßen
Im Auftrag
gez. [[P|Sabine Kächele]]
"""


@doc("outlook", "urkundenpruefung_botschaft_hanoi")
def d15():
    cccd = vn_cccd("031", True, 1988)
    return f"""Von: RK-10 Deutsche Botschaft Hanoi <[[N|rk-10@hano.auswaertiges-amt.de]]>
Gesendet: Montag, 16. Juni 2025 04:38
An: [[N|einbuergerung@heilbronn.de]]
Betreff: Urkundenüberprüfung / Document verification – [[P|PHẠM THỊ LAN]] – Ihr Az. [[AZ|32.1-EB-2024/1290]] – unser Gz. [[AZ|RK 542 – Pham 11/25]]

Sehr geehrte Damen und Herren,

mit Schreiben vom 04.02.2025 hatten Sie um Überprüfung der Geburtsurkunde (Giấy khai sinh) von Frau [[P|Phạm Thị Lan]], geb. [[DOB|23.11.1988]] in Hải Phòng, gebeten.

Der Vertrauensanwalt der Botschaft, Herr Rechtsanwalt [[P|Vũ Đức Thắng]], hat die Eintragung im Geburtsregister des Volkskomitees des Bezirks Ngô Quyền eingesehen. Ergebnis:
– Die Urkunde ist echt und inhaltlich richtig.
– Eltern laut Register: [[P|Phạm Văn Hùng]] (Vater) und [[P|Đỗ Thị Hoa]] (Mutter).
– Letzte Meldeanschrift in Vietnam: [[A|số 17, ngõ 82, phố Lạch Tray]], [[A|phường Đằng Giang, quận Ngô Quyền, Hải Phòng]].
– Die im Register vermerkte Bürgeridentifikationsnummer (CCCD) lautet [[IDC|{cccd}]] und stimmt mit der Kopie überein.

The lawyer's fee (2.400.000 VND) has been paid by the applicant's sister, Ms [[P|Phạm Thị Hằng]], in Hanoi; no further costs for your office.

Die Legalisation kann auf dieser Grundlage erteilt werden; das Original mit Legalisationsvermerk geht der Antragstellerin in den nächsten Tagen per Kurier an die von ihr angegebene Anschrift in Deutschland zu.

Mit freundlichen Grüßen
Im Auftrag
[[P|Katharina Pflüger]]
Rechts- und Konsularreferat
Deutsche Botschaft Hanoi
Tel. [[T|+84 24 3845 3812]] (direkt) · Zentrale [[N|+84 24 3845 3836]]
"""


@doc("word", "niederschrift_bekenntnis_urkunde", ("POLITICS", "ETHNICITY"))
def d16():
    tck = tc_kimlik()
    pas = "U" + IDS.digits(8)
    return f"""Niederschrift
über die Abgabe des Bekenntnisses und der Loyalitätserklärung (§ 10 Abs. 1 Satz 1 Nr. 1 StAG) und die Aushändigung der Einbürgerungsurkunde

Az.: [[AZ|32.1-EB-2024/0755]]
Ort/Zeit: Heilbronn, Bürgeramt, Zimmer 2.14, 22.07.2025, 10:30 Uhr

Erschienen:
Herr [[P|Hüseyin Çelik]], geb. [[DOB|12.09.1978]] in Pazarcık (Türkei), wohnhaft [[A|Hauffstraße 6/1]], [[A|74081 Heilbronn]],
ausgewiesen durch türkischen Reisepass Nr. [[PASS|{pas[0]} {pas[1:3]} {pas[3:6]} {pas[6:]}]], T.C. Kimlik No. [[IDC|{tck}]].

Der Erschienene gab die folgenden Erklärungen ab:
„Ich bekenne mich zur freiheitlichen demokratischen Grundordnung des Grundgesetzes für die Bundesrepublik Deutschland, insbesondere zur Würde des Menschen und zur Gleichberechtigung von Mann und Frau. Ich erkläre, dass ich keine Bestrebungen verfolge oder unterstütze oder verfolgt oder unterstützt habe, die gegen die freiheitliche demokratische Grundordnung gerichtet sind.“

Auf Nachfrage erklärte Herr [[P|Çelik]], er sei Kurde und habe von 2011 bis 2015 in der Türkei der HDP angehört; in Deutschland habe er an Kundgebungen kurdischer Vereine in Stuttgart teilgenommen. Eine Mitgliedschaft in der PKK oder einer ihrer Teilorganisationen bestehe nicht und habe nie bestanden. Die Auskunft des Landesamts für Verfassungsschutz vom 03.06.2025 enthält keine Erkenntnisse.

Miteingebürgert werden die Kinder
– [[P|Berfin Çelik]], geb. [[DOB|04.04.2010]],
– [[P|Rojin Çelik]], geb. [[DOB|27.08.2013]].
Die Ehefrau, Frau [[P|Leyla Çelik]] geb. [[P|Tekin]], hat ihren Antrag zurückgestellt.

Die Einbürgerungsurkunde Nr. [[AZ|0047/2025]] wurde dem Erschienenen nach Abgabe der Erklärungen ausgehändigt. Er wurde darauf hingewiesen, dass er die türkische Staatsangehörigkeit beibehalten kann und dass die Meldebehörde von Amts wegen unterrichtet wird.

Vorgelesen, genehmigt und unterschrieben:

[[P|Hüseyin Çelik]]

[[P|Sabine Kächele]], Urkundsbeamtin
"""


@doc("outlook", "arbeitgeberbescheinigung_betriebsrat", ("UNION",))
def d17():
    rv = IDS.social_security("190791", "D")
    tid = IDS.tax_id()
    return f"""Von: [[P|Anja Bauknecht]] <[[E|a.bauknecht@kocher-praezision.de]]>
Gesendet: Donnerstag, 24. April 2025 14:52
An: [[P|Tobias Heinzelmann]] <[[E|tobias.heinzelmann@heilbronn.de]]>
Betreff: Arbeitgeberbescheinigung Hr. [[P|Đặng]] / Pers.-Nr. [[AZ|10477]]

Sehr geehrter Herr [[P|Heinzelmann]],

auf Wunsch unseres Mitarbeiters, Herrn [[P|Đặng Quốc Bảo]] (Personalnummer [[AZ|10477]]), bestätigen wir Folgendes:

Herr [[P|Đặng]], geb. [[DOB|19.07.1991]], ist seit dem 01.04.2017 bei der Kocher Präzisionsteile GmbH, Werk Neckarsulm, als Zerspanungsmechaniker in Vollzeit (40 Std./Woche) unbefristet beschäftigt. Das Arbeitsverhältnis ist ungekündigt. Das monatliche Bruttogehalt beträgt derzeit 3.864,00 EUR zuzüglich Schichtzulagen.

Sozialversicherungsnummer: [[SSN|{rv}]]
Steuer-ID: [[TID|{tid[:2]} {tid[2:5]} {tid[5:8]} {tid[8:]}]]

Herr [[P|Đặng]] ist seit 2022 Mitglied unseres Betriebsrats (gewählt über die Liste der IG Metall) und wird für diese Tätigkeit teilweise freigestellt. Das hat auf die Vergütung keinen Einfluss.

Die unterschriebene Bescheinigung (Vordruck EB 4) geht Ihnen zusätzlich per Post zu.

Mit freundlichen Grüßen
i. A. [[P|Anja Bauknecht]]
Personalabteilung
Kocher Präzisionsteile GmbH
[[N|Industriestraße 31]] · [[N|74172 Neckarsulm]]
Tel. [[T|07132 9384-217]]
"""


@doc("word", "ocr_geburtsurkunde_kosovo")
def d18():
    pn = "1" + IDS.digits(9)
    spaced = " ".join(pn)
    return f"""REPUBLIKA E KOSOVËS / REPUBLIKA KOSOVO / REPUBLIC OF KOSOVO
Komuna: Gjilan / Opština: Gnjilane
EKSTRAKT NGA REGJISTRI I LINDJEVE

[Übersetzung aus dem Albanischen]
AUSZUG AUS DEM GEBURTENREGISTER

Nr. i regjistrit / Registernummer: [[AZ|1 47/1993]]
Numri personal / Persönliche Nummer: [[IDC|{spaced}]]
Mbiemri / Familienname: [[P|M0RINA]]
Emri / Vorname: [[P|Fatmire]]
Gjinia / Geschlecht: F / weiblich
Data e lindjes / Geburtsdaturn: [[DOB|2l.03.1993]]
Vendi i lindjes / Geburtsort: Gjilan
Emri i babait / Vorname des Vaters: [[P|Xhevdet]]
Emri dhe mbiemri i nënës / Vor- und Familien-
name der Mutter: [[P|Shqipe Morina]] (e lindur / geb. [[P|Kelmendi]])
Vendbanimi / Wohnort: [[A|Rr. e Arbënit nr. 7]], [[A|60000 Gjilan]]

Lëshuar më / Ausgestellt am: 14.02.2025
Zyrtari i gjendjes civile / Der Standesbeamte: [[P|Agron Sylejmani]]
(Unterschrift unleserlich)            (Rundsiegel: Komuna e Gjilanit)

Seite 1 von l

Die Richtigkeit und Vollständigkeit der vorstehenden Über-
setzung aus der albanischen Sprache wird bescheinigt.
Heilbronn, den 03.03.2025
[[P|Drita Haxhiu-Schmid]]
Vom Präsidenten des Landgerichts Stuttgart ermächtigte Übersetzerin für die albanische Sprache
[[A|Obere Neckarstraße 14]] · [[A|74072 Heilbronn]] · Tel. [[T|07131/ 6 42 98 13]]
"""


@doc("outlook", "terminabsage_krankenhaus", ("HEALTH",))
def d19():
    pas = "A" + IDS.digits(8)
    kv = IDS.health_insurance()
    return f"""Von: [[P|Heinzelmann, Tobias]]
Gesendet: Montag, 14. Juli 2025 08:21
An: [[E|ahmed.h.ali@outlook.de]]
Betreff: AW: AW: Terminbestätigung Vorsprache 15.07. – Az. [[AZ|32.1-EB-2025/0390]]

Sehr geehrter Herr [[P|Hussein Ali]],

gute Besserung! Wir verschieben den Termin selbstverständlich. Neuer Termin: Dienstag, 12.08.2025, 9:30 Uhr, Zimmer 2.16. Eine kurze Bescheinigung des Krankenhauses über den stationären Aufenthalt genügt; den Entlassungsbericht brauchen wir nicht.

Freundliche Grüße
[[P|Tobias Heinzelmann]]
Staatsangehörigkeitsbehörde
Telefon [[T|07131 993-4421]]

Von: [[P|Ahmed Hussein Ali]] <[[E|ahmed.h.ali@outlook.de]]>
Gesendet: Sonntag, 13. Juli 2025 19:02
An: [[P|Heinzelmann, Tobias]]
Betreff: AW: Terminbestätigung Vorsprache 15.07.

Guten Tag Herr [[P|Heinzelmann]],

leider kann ich am Dienstag nicht kommen. Ich bin seit Freitag im Klinikum am Gesundbrunnen, ich wurde an der Bandscheibe operiert (Bandscheibenvorfall L4/L5), die Ärzte sagen ich bleibe mindestens 10 Tage und danach Reha. Meine Frau [[P|Zainab]] kann Ihnen die Bescheinigung bringen. Für die Bescheinigung fragt das Krankenhaus nach meiner Versichertennummer, ist das [[KV|{kv}]] richtig so oder brauchen Sie die nicht?

Meine Frau ist unter [[T|0162 9 41 77 08]] erreichbar, ich selbst habe im Krankenhaus kein gutes Netz.

Mit freundlichen Grüßen
[[P|Ahmed Hussein Ali]]

> Von: [[P|Heinzelmann, Tobias]]
> Gesendet: Donnerstag, 10. Juli 2025 08:44
> An: [[E|ahmed.h.ali@outlook.de]]
> Betreff: Terminbestätigung Vorsprache 15.07.
>
> Sehr geehrter Herr [[P|Hussein Ali]],
> hiermit bestätige ich Ihren Termin am Dienstag, 15.07.2025, 10:00 Uhr. Bitte bringen Sie mit: Ihren irakischen Reisepass (Nr. [[PASS|{pas}]]), die Heiratsurkunde im Original, die letzten drei Lohnabrechnungen und den Mietvertrag für die Wohnung [[A|Weststraße 102]].
> Ihre Frau, Frau [[P|Zainab Abdulkareem]], ist zu diesem Termin nicht geladen.
> Mit freundlichen Grüßen
> [[P|Tobias Heinzelmann]]
"""


@doc("word", "beschluss_berichtigung_geburtseintrag")
def d20():
    tck = tc_kimlik()
    return f"""Amtsgericht Heilbronn
– Personenstandssachen –
Az.: [[AZ|UR III 27/25]]

Beschluss

In der Personenstandssache
betreffend die Berichtigung des Geburtseintrags Nr. [[AZ|G 2217/2016]] des Standesamts Heilbronn

Beteiligte:
1. [[P|Yıldız Koç]], geb. [[DOB|08.08.2016]], gesetzlich vertreten durch die Eltern zu 2. und 3.
2. [[P|Sibel Koç]] geb. [[P|Şimşek]], [[A|Im Wolfsgarten 7]], [[A|74211 Leingarten]] – Mutter
3. [[P|Serkan Koç]], ebenda – Vater
4. Standesamt Heilbronn
5. Stadt Heilbronn als Aufsichtsbehörde in Personenstandssachen

hat das Amtsgericht Heilbronn durch die Richterin am Amtsgericht Dr. [[P|Henrike Saur]] am 19.05.2025 beschlossen:

1. Der Geburtseintrag Nr. [[AZ|G 2217/2016]] des Standesamts Heilbronn wird dahin berichtigt, dass der Vorname des Kindes „[[P|Yıldız]]“ (mit punktlosem ı) und der Familienname des Kindes und der Eltern „[[P|Koç]]“ (mit Cedille) lautet, statt bisher „[[P|Yildiz]]“ und „[[P|Koc]]“.
2. Gerichtskosten werden nicht erhoben; außergerichtliche Kosten werden nicht erstattet.

Gründe:
Die Eltern sind türkische Staatsangehörige. Bei der Beurkundung der Geburt im Jahr 2016 wurden die Namen ohne die türkischen Sonderzeichen eingetragen. Der vorgelegte Auszug aus dem türkischen Personenstandsregister (Nüfus Kayıt Örneği) weist das Kind unter der T.C. Kimlik No. [[IDC|{tck}]] mit der Schreibweise „[[P|YILDIZ KOÇ]]“ aus. Nach Art. 10 EGBGB unterliegt der Name dem türkischen Recht; die diakritischen Zeichen sind Bestandteil des Namens und nach Nr. 21.4 PStG-VwV zu übernehmen. Die Standesamtsaufsicht hat keine Einwände erhoben.

Rechtsbehelfsbelehrung: Gegen diesen Beschluss ist die Beschwerde statthaft. Sie ist binnen eines Monats beim Amtsgericht Heilbronn schriftlich oder zur Niederschrift der Geschäftsstelle einzulegen.

Dr. [[P|Saur]]
Richterin am Amtsgericht

Ausgefertigt: Heilbronn, 21.05.2025
[[P|Melanie Schweikert]], Justizangestellte als Urkundsbeamtin der Geschäftsstelle
"""


@doc("outlook", "namensangleichung_taufe", ("RELIGION",))
def d21():
    pas = "A" + IDS.digits(8)
    tid = IDS.tax_id()
    return f"""Von: [[P|Mohammed Al-Tamimi]] <[[E|m.altamimi.hn@gmail.com]]>
An: Standesamt Heilbronn <[[N|standesamt@heilbronn.de]]>
Cc: [[E|carolin.woerner@heilbronn.de]]
Betreff: Einbürgerung – Angleichung meines Namens nach Art. 47 EGBGB (Az. [[AZ|32.1-EB-2024/1033]])

Sehr geehrte Frau [[P|Brenner-Haag]],

Frau [[P|Wörner]] von der Einbürgerung hat mir gesagt, dass ich mich wegen meines Namens an Sie wenden soll. Meine Einbürgerungsurkunde soll im September ausgehändigt werden.

In meinem irakischen Pass (Nr. [[PASS|{pas}]]) steht mein Name als „[[P|Mohammed Jassim Abdulkareem Al-Tamimi]]“. Das ist bei uns Vorname, Vorname des Vaters, Vorname des Großvaters und Familienname. In Deutschland stand ich bisher als „[[P|Al-Tamimi, Mohammed Jassim Abdulkareem]]“ in allen Papieren, was viele Probleme macht.

Ich möchte bei der Einbürgerung:
– den Familiennamen [[P|Al-Tamimi]] behalten,
– als Vornamen „[[P|Johannes Mohammed]]“ führen und die Namen von Vater und Großvater weglassen.

Den Vornamen [[P|Johannes]] möchte ich annehmen, weil ich 2019 in der evangelischen Kirche getauft worden bin und seitdem Christ bin. Ich bin aktives Mitglied der Gemeinde in der Südstadt; Pfarrerin [[P|Dorothee Haußmann]] kann das bestätigen, die Taufbescheinigung vom 21.04.2019 hänge ich an. Auf meiner Lohnsteuerbescheinigung steht auch „ev“ als Konfession (Steuer-ID [[TID|{tid}]]), falls Sie das als Nachweis brauchen.

Meine Daten: geb. [[DOB|17. März 1989]] in Bagdad, wohnhaft [[A|Lerchenstraße 31]], [[A|74072 Heilbronn]], Telefon [[T|+49 (0)160 9475 2281]].

Meine Familie im Irak weiß von der Taufe nichts, bitte schicken Sie keine Post an meine alte Adresse dort ([[A|Mahalla 613, Zuqaq 12, Dar 7]], [[A|Al-Mansour, Bagdad]]).

Vielen Dank und freundliche Grüße
[[P|Mohammed Al-Tamimi]]
"""


@doc("word", "melderegister_export_csv", ("RELIGION",))
def d22():
    rows = [
        ("Russo", "Salvatore", "Russo", "11.06.1975", "Palermo", "ITA", "rk"),
        ("Russo", "Antonella", "Di Stefano", "03.02.1978", "Catania", "ITA", "rk"),
        ("Russo", "Giulia", "Russo", "14.10.2004", "Heilbronn", "ITA", "--"),
        ("Russo", "Lorenzo Maria", "Russo", "29.05.2008", "Heilbronn", "ITA", "rk"),
    ]
    lines = []
    for sur, giv, birth, dob, place, sta, rel in rows:
        lines.append(f"[[P|{sur}]];[[P|{giv}]];[[P|{birth}]];[[DOB|{dob}]];{place};{sta};{rel};"
                     f"[[A|Seelhofstraße 22]];[[A|74074 Heilbronn]];01.09.2016;nein")
    body = "\n".join(lines)
    return f"""Auszug Melderegister – Export für die Einbürgerungsakte [[AZ|32.1-EB-2025/0811]]
erzeugt 04.08.2025 08:13 durch [[P|S. Kächele]] – nur für den Dienstgebrauch

Familienname;Vorname;Geburtsname;Geburtsdatum;Geburtsort;StA;Rel;Anschrift;PLZ Ort;Einzug;Auskunftssperre
{body}

Frühere Anschrift (Haushalt, bis 31.08.2016): [[A|Bahnhofstraße 7]], [[A|74348 Lauffen am Neckar]]
Eheschließung [[P|Salvatore Russo]] / [[P|Antonella Di Stefano]]: 12.08.2003, Palermo
Hinweis: Die Kinder [[P|Giulia]] und [[P|Lorenzo]] sind in Deutschland geboren; Erwerb nach § 4 Abs. 3 StAG nicht eingetreten (Aufenthaltsdauer der Eltern bei Geburt zu kurz). Antrag auf Einbürgerung für alle vier Personen.
"""


@doc("outlook", "intern_vertretung_krankmeldung", ("HEALTH",))
def d23():
    return """Von: Dr. [[P|Matthias Eppinger]]
Gesendet: Freitag, 8. August 2025 16:40
An: Team Einbürgerung <[[N|team-einbuergerung@heilbronn.de]]>
Cc: [[P|Heinzelmann, Tobias]]; [[P|Wörner, Carolin]]; [[P|Fröhlich, Jana]]
Betreff: Vertretung ab Montag – Verteilung der Fälle von [[P|Sabine]]

Liebe Kolleginnen und Kollegen,

[[P|Sabine]] ist leider bis voraussichtlich 29.08. krankgeschrieben – die Knie-OP hat sich verschoben und wird jetzt doch stationär gemacht. Bitte schickt ihr keine dienstlichen Mails, sie schaut nicht rein. Ich verteile ihre eiligen Fälle wie folgt:

- [[P|Kelmendi, Blerim]] ([[AZ|32.1-EB-2024/0418]]) – Anhörung ist raus, Frist 06.10., RA [[P|von der Heydt]] hat schon angerufen → [[P|Jana]]
- [[P|Obi]], Familie ([[AZ|32.1-EB-2024/0979]]) – Urkunden sind gedruckt, Einladung zur Feier am 14.11. vorbereiten → [[P|Carolin]]
- [[P|Vũ Thị Mai Anh]] ([[AZ|32.1-EB-2025/0245]]) – Sprachnachweis fehlt noch, Erinnerung schreiben → [[P|Tobias]]
- [[P|Ricci, Nicolò]] ([[AZ|32.1-EB-2025/0318]]) – Rückfrage Konsulat wegen AIRE, WV 22.08. → [[P|Jana]]
- [[P|Çelik]] ([[AZ|32.1-EB-2024/0755]]) – Urkunde ausgehändigt, nur noch Mitteilung ans BVA → [[P|Tobias]]

Telefonisch ist [[P|Sabine]] ausnahmsweise für Rückfragen zu [[P|Kelmendi]] erreichbar ([[T|0172 6 19 83 40]], nur bis 12 Uhr), sonst bitte nicht.

Danke euch!
[[P|Matthias]]

Dr. [[P|Matthias Eppinger]]
Leiter Bürgeramt
Tel. [[T|07131 993-4400]] · Zentrale [[N|07131 993-0]]
"""


@doc("word", "anhoerung_vor_ablehnung")
def d24():
    return """Stadt Heilbronn · Bürgeramt · Staatsangehörigkeitsbehörde
[[N|Rathausgasse 4]] · [[N|74072 Heilbronn]]

Gegen Empfangsbekenntnis
Herrn Rechtsanwalt
[[P|Jörg von der Heydt]]
Kanzlei [[P|von der Heydt]] & [[P|Ilić]]
[[A|Am Bollwerksturm 5]]
[[A|74072 Heilbronn]]

Ihr Zeichen: [[AZ|vdH-117/25]]
Unser Zeichen: [[AZ|32.1-EB-2024/0418]]
Sachbearbeitung: Frau [[P|Fröhlich]], Telefon [[T|07131 993-4418]]
Datum: 05.09.2025

Einbürgerungsantrag Ihres Mandanten [[P|Blerim Kelmendi]], geb. [[DOB|15.11.1989]]
hier: Anhörung nach § 28 LVwVfG vor beabsichtigter Ablehnung

Sehr geehrter Herr [[P|von der Heydt]],

wir beabsichtigen, den Einbürgerungsantrag Ihres Mandanten abzulehnen. Vor einer Entscheidung geben wir Ihnen Gelegenheit zur Stellungnahme. Die Ablehnung stützen wir auf folgende Gründe:

1. Verurteilung
Ihr Mandant wurde mit Strafbefehl des Amtsgerichts Heilbronn vom 11.03.2024 (Az. [[AZ|24 Cs 31 Js 2240/24]]) wegen Betrugs in Tateinheit mit Fahren ohne Fahrerlaubnis (Fahrzeug [[KFZ|HN-BK 892]]) zu einer Geldstrafe von 120 Tagessätzen verurteilt. Damit ist die Grenze des § 12a Abs. 1 Satz 1 Nr. 2 StAG (90 Tagessätze) überschritten; die Verurteilung ist noch nicht getilgt.

2. Lebensunterhalt
Nach Auskunft des Jobcenters Heilbronn (BG-Nummer [[AZ|63201//0058813]], Kundennummer [[AZ|632D087145]]) bezieht die Bedarfsgemeinschaft Ihres Mandanten seit 01.02.2025 ergänzende Leistungen nach dem SGB II. Ein Ausnahmefall nach § 10 Abs. 1 Satz 1 Nr. 3 Buchst. a bis c StAG ist nicht ersichtlich; Ihr Mandant ist nicht in Vollzeit erwerbstätig.

Sie erhalten Gelegenheit, sich bis zum 06.10.2025 zu äußern. Sollte Ihr Mandant den Antrag zurücknehmen, ermäßigt sich die Gebühr nach § 38 Abs. 2 StAG. Wir weisen darauf hin, dass die Anschrift Ihres Mandanten laut Melderegister nicht mehr [[A|Karl-Wüst-Straße 18]] ist, sondern seit 01.07.2025 [[A|Weinsberger Straße 140]], [[A|74072 Heilbronn]]; bitte teilen Sie uns mit, ob Sie weiterhin zustellungsbevollmächtigt sind.

Mit freundlichen Grüßen
Im Auftrag

[[P|Jana Fröhlich]]

Abdruck: Herrn [[P|Blerim Kelmendi]] (zur Kenntnis)
"""


@doc("outlook", "ausweisantrag_fingerabdruecke", ("BIOMETRIC",))
def d25():
    pa = IDS.id_card(check_digit=True)
    rp = IDS.passport(check_digit=False)
    vn_pas = "C" + IDS.digits(7)
    return f"""Von: Bürgeramt Heilbronn – Pass- und Ausweisstelle <[[N|ausweise@heilbronn.de]]>
Gesendet: Freitag, 19. September 2025 10:03
An: [[E|lehoangnam.hn@gmail.com]]
Betreff: AW: Reisepass nach Einbürgerung – Vorgangsnummer [[AZ|PA-2025-118842]]

Sehr geehrter Herr [[P|Lê]],

Ihr Personalausweis (Nr. [[IDC|{pa}]]) und Ihr Reisepass (Nr. [[PASS|{rp}]]) sind abholbereit. Sie können beide Dokumente ohne Termin während der Öffnungszeiten (Mo–Fr 7.30–12.30 Uhr, Do 14–18 Uhr) an Schalter 6 abholen. Bitte bringen Sie dazu Ihren bisherigen vietnamesischen Reisepass ([[PASS|{vn_pas}]]) und den PIN-Brief mit.

Zu Ihrer Frage wegen der Fingerabdrücke: Bei der Antragstellung am 28.08. wurden von Ihnen die Abdrücke beider Zeigefinger sowie das Lichtbild elektronisch erfasst und ausschließlich im Chip gespeichert (§ 5 Abs. 9 PAuswG, § 4 Abs. 3 PassG). Bei der Behörde werden die Fingerabdrücke spätestens nach Aushändigung gelöscht. Ihre Frau kann als vietnamesische Staatsangehörige keinen deutschen Pass beantragen.

Mit freundlichen Grüßen
Im Auftrag
[[P|Nadine Wüst]]
Pass- und Ausweisstelle
Tel. [[N|07131 993-2200]] (Servicenummer)

-----Ursprüngliche Nachricht-----
Von: [[P|Lê Hoàng Nam]] <[[E|lehoangnam.hn@gmail.com]]>
Gesendet: Dienstag, 16. September 2025 22:17
An: [[N|ausweise@heilbronn.de]]
Betreff: Reisepass nach Einbürgerung

Hallo,

ich bin am 12.08.2025 eingebürgert worden und habe am 28.08. den Ausweis und den Reisepass beantragt (Express). Wann kann ich die Dokumente abholen? Wir fliegen am 10. Oktober nach Hà Nội zu der Familie von meiner Frau [[P|Vũ Thị Mai Anh]].

Und noch eine Frage: werden meine Fingerabdrücke bei der Stadt gespeichert? Meine Frau macht sich Sorgen, weil bei uns in Vietnam das anders ist.

Danke!
[[P|Lê Hoàng Nam]]
[[A|Sichererstraße 44]], [[A|74076 Heilbronn]]
Tel. [[T|0176 2231 9087]]
"""


@doc("word", "schreiben_konsulat_italien")
def d26():
    cf = codice_fiscale("Lo Bianco", "Francesca", 30, 9, 1983, True, "A662")
    pas = "YB" + IDS.digits(7)
    piva = partita_iva("072")
    return f"""Stadt Heilbronn
Staatsangehörigkeitsbehörde
[[N|Rathausgasse 4]], [[N|74072 Heilbronn]]

Consolato Generale d'Italia
Ufficio Anagrafe e Stato Civile
[[N|Lenzhalde 46]]
[[N|70192 Stuttgart]]

Az.: [[AZ|32.1-EB-2025/0866]]
Heilbronn, 09.06.2025

Richiesta di conferma dei dati anagrafici / Bitte um Bestätigung der Personalien

Sehr geehrte Damen und Herren, gentili Signore e Signori,

Frau [[P|Francesca Lo Bianco]], geb. [[DOB|30.09.1983]] in Bari, italienische Staatsangehörige, hat bei uns die Einbürgerung beantragt. Sie ist nach eigenen Angaben im AIRE (Anagrafe degli italiani residenti all'estero) über den Comune di Bari registriert. Letzte Anschrift in Italien: [[A|Via Domenico Nicolai 118]], [[A|70122 Bari BA]].

Wir bitten um Bestätigung folgender Angaben / Vi preghiamo di confermare i seguenti dati:

Cognome / Familienname:	[[P|LO BIANCO]]
Nome / Vorname:	[[P|Francesca]]
Data di nascita / Geburtsdatum:	[[DOB|30/09/1983]]
Luogo di nascita / Geburtsort:	Bari
Codice fiscale:	[[TID|{cf}]]
Passaporto n. / Reisepass-Nr.:	[[PASS|{pas}]]
Coniuge / Ehegatte:	[[P|Nicolò Ricci]], nato il [[DOB|08/02/1981]] a Lecce

Frau [[P|Lo Bianco]] betrieb bis 2019 in Bari ein Übersetzungsbüro (Partita IVA [[VAT|IT{piva}]]); wir bitten um Mitteilung, ob steuerliche oder sonstige Eintragungen bestehen, die ihrer Identität entgegenstehen. Die Antragstellerin hat in die Übermittlung ihrer Daten eingewilligt (Erklärung vom 02.06.2025, Kopie anbei). Ihre Anschrift in Deutschland: [[A|Oststraße 9]], [[A|74072 Heilbronn]].

Für Rückfragen steht Ihnen Frau [[P|Wörner]] unter [[T|+49 7131 993-4417]] zur Verfügung (lingua: tedesco, inglese).

Distinti saluti / Mit freundlichen Grüßen
Im Auftrag

[[P|Carolin Wörner]]
"""


@doc("outlook", "ehe_gleichgeschlechtlich_name", ("SEXUAL_ORIENTATION",))
def d27():
    pa = IDS.id_card(check_digit=False)
    return f"""Von: [[P|Layth Al-Obaidi]] <[[E|layth.alobaidi@posteo.de]]>
An: Standesamt Heilbronn <[[N|standesamt@heilbronn.de]]>
Cc: [[P|Florian Maier-Gschwend]] <[[E|flo.maier-gschwend@gmx.net]]>
Betreff: Eheschließung + Einbürgerung – welcher Name, welche Papiere?

Hallo Frau [[P|Brenner-Haag]],

ich ([[P|Layth Kareem Al-Obaidi]], geb. [[DOB|06.01.1996]] in Mossul) bin 2017 nach Deutschland gekommen und als Flüchtling anerkannt, weil ich im Irak als schwuler Mann verfolgt wurde. Mein Einbürgerungsantrag läuft seit März (Az. [[AZ|32.1-EB-2025/0166]], Herr [[P|Heinzelmann]]).

Mein Partner [[P|Florian Maier-Gschwend]] und ich wollen im Oktober heiraten. Dazu zwei Fragen:

1. Ein Ehefähigkeitszeugnis von der irakischen Botschaft bekomme ich natürlich nicht, gleichgeschlechtliche Beziehungen sind im Irak strafbar, und ich will auch keinen Kontakt mit der Botschaft. Reicht mein Reiseausweis für Flüchtlinge und die Bestätigung vom BAMF ([[AZ|7214583-438]])?

2. Ich würde gern [[P|Florian]]s Namen annehmen. Geht das schon bei der Heirat, oder erst nach der Einbürgerung? [[P|Florian]] heißt mit vollem Namen [[P|Florian Benedikt Maier-Gschwend]], geb. [[DOB|2. Mai 1990]], Personalausweis [[IDC|{pa}]]. Wir wohnen zusammen in der [[A|Cäcilienstraße 66]], [[A|74072 Heilbronn]].

Bitte schreiben Sie mir nur an diese Mailadresse, nicht an die alte Adresse in der Unterkunft, da wohnen noch Leute aus meiner Heimatstadt.

Viele Grüße
[[P|Layth]]
[[T|0151 / 28 40 61 93]]
"""


@doc("word", "uebersicht_offene_verfahren")
def d28():
    rows = [
        ("32.1-EB-2024/0418", "Kelmendi, Blerim", "XKX", "07.05.2024", "Fröhlich", "Anhörung versandt", "Frist 06.10."),
        ("32.1-EB-2024/0866", "Adeyemi, Oluwaseun", "NGA", "19.06.2024", "Wörner", "DNA-Gutachten liegt vor", "Bescheid"),
        ("32.1-EB-2024/1172", "Nguyen, Thi Thu Ha", "VNM", "02.10.2024", "Kächele", "B1 liegt vor", "Ehemann beraten"),
        ("32.1-EB-2025/0152", "Murad, Shirin Khalil", "IRQ", "21.01.2025", "Kächele", "Identitätsklärung RP", "WV 30.07."),
        ("32.1-EB-2025/0211", "Yıldırım, Ayşe", "TUR", "04.02.2025", "Heinzelmann", "Befreiung § 10 Abs. 6", "Attest prüfen"),
        ("32.1-EB-2025/0388", "Berisha, Besnik", "XKX", "26.06.2025", "Wörner", "Unterlagen angefordert", "WV 15.09."),
        ("32.1-EB-2025/0390", "Hussein Ali, Ahmed", "IRQ", "30.06.2025", "Heinzelmann", "Vorsprache verschoben", "12.08."),
        ("32.1-EB-2025/0619", "Al-Saadi, Haider Abbas", "IRQ", "12.05.2025", "Heinzelmann", "Polizei: OWi, Einstellung", "LfV abwarten"),
    ]
    lines = []
    for az, name, sta, eing, sb, status, nxt in rows:
        lines.append(f"[[AZ|{az}]]\t[[P|{name}]]\t{sta}\t{eing}\t[[P|{sb}]]\t{status}\t{nxt}")
    table = "\n".join(lines)
    return f"""Übersicht offene Einbürgerungsverfahren – Stand 31.07.2025 (intern, nicht weitergeben)

Az.	Antragsteller/in	StA	Eingang	Sachb.	Stand	nächster Schritt
{table}

Summe offene Verfahren: 214 (Vorjahr: 167); davon älter als 12 Monate: 37
Durchschnittliche Bearbeitungsdauer: 14,2 Monate
Untätigkeitsklagen anhängig: 3 (u. a. [[P|Okafor]], VG Stuttgart [[AZ|11 K 4521/25]])
Erstellt: [[P|J. Fröhlich]], 31.07.2025
"""


@doc("outlook", "selbststaendig_nagelstudio_steuer")
def d29():
    stnr, stnr13 = bw_tax_number()
    vat = IDS.vat_id()
    tid = IDS.tax_id()
    cc = IDS.credit_card("54", 16)
    iban = IDS.iban_de()
    return f"""Von: [[P|Đinh Thị Hồng Nhung]] <[[E|hongnails.hn@web.de]]>
Gesendet: Mittwoch, 21. Mai 2025 23:11
An: [[P|Tobias Heinzelmann]] <[[E|tobias.heinzelmann@heilbronn.de]]>
Betreff: Unterlagen Lebensunterhalt – Selbstständigkeit – Az. [[AZ|32.1-EB-2025/0290]]

Sehr geehrter Herr [[P|Heinzelmann]],

anbei die Nachweise zu meinem Nagelstudio, wie Sie im Brief vom 12.05. geschrieben haben:

- Gewerbeanmeldung vom 01.03.2018
- Einkommensteuerbescheide 2023 und 2024 (Finanzamt Heilbronn, Steuernummer [[TNR|{stnr}]], im ELSTER-Format [[TNR|{stnr13}]])
- meine USt-IdNr.: [[VAT|{vat}]]
- BWA Januar bis April 2025 von meinem Steuerberater Herrn [[P|Rüdiger Layher]] (Tel. [[T|07131 / 17 82 64]])
- Mietvertrag für das Geschäft: [[A|Sülmerstraße 31]], [[A|74072 Heilbronn]], Vermieter Herr [[P|Gerhard Strähle]]

Meine Steuer-ID ist [[TID|{tid}]].

Die Gebühr von 255 € wollte ich über das Online-Portal mit Kreditkarte bezahlen, aber es kam eine Fehlermeldung („Transaktion abgebrochen“). Die Karte ist [[CC|{group(cc, 4)}]], gültig bis 09/27. Ist die Zahlung trotzdem angekommen? Wenn doppelt abgebucht wurde, bitte auf mein Konto [[IBAN|{iban}]] zurück überweisen.

Mit freundlichen Grüßen
[[P|Đinh Thị Hồng Nhung]]

Hồng Nails & Beauty
[[A|Sülmerstraße 31]] · [[A|74072 Heilbronn]]
Privat: [[A|Dittmarstraße 5/1]], [[A|74074 Heilbronn]]
Tel. [[T|07131-7 98 21 56]] · mobil [[T|0172 481 9902]]
"""


@doc("word", "einladung_einbuergerungsfeier")
def d30():
    return """Stadt Heilbronn · Der Oberbürgermeister
Bürgeramt · Staatsangehörigkeitsbehörde · [[N|Rathausgasse 4]] · [[N|74072 Heilbronn]]

Herrn und Frau
[[P|Chinedu]] und [[P|Chidinma Obi]]
[[A|Klingenberger Straße 48]]
[[A|74080 Heilbronn]]

Heilbronn, 02.10.2025
Az. [[AZ|32.1-EB-2024/0979]]

Einladung zur Einbürgerungsfeier am 14. November 2025

Sehr geehrte Frau [[P|Obi]], sehr geehrter Herr [[P|Obi]],

wir freuen uns, Ihnen mitteilen zu können, dass Ihrem Antrag auf Einbürgerung entsprochen wird. Die Einbürgerungsurkunden für

– [[P|Chinedu Ikenna Obi]], geb. [[DOB|12.12.1982]],
– [[P|Chidinma Obi]] geb. [[P|Nwankwo]], geb. [[DOB|3. April 1986]],
– [[P|Amara Obi]], geb. [[DOB|28. Januar 2013]], und
– [[P|Kelechi Obi]], geb. [[DOB|05.06.2016]],

werden Ihnen im Rahmen der Einbürgerungsfeier am Freitag, 14. November 2025, um 17:00 Uhr im Ratssaal des Rathauses durch den Oberbürgermeister ausgehändigt. Vorher geben Sie das Bekenntnis zur freiheitlichen demokratischen Grundordnung ab; für Ihre Kinder unter 16 Jahren ist das nicht erforderlich.

Bitte bestätigen Sie Ihre Teilnahme bis zum 31.10.2025 an [[N|einbuergerung@heilbronn.de]] oder telefonisch unter [[N|07131 993-0]]. Sie dürfen bis zu vier Gäste mitbringen. Nach Ihrer Rückmeldung vom 24.09.2025 haben wir bereits vorgemerkt: Frau [[P|Hannelore Kübler]] (Nachbarin) und Herrn [[P|Ifeanyi Okeke]] mit Ehefrau.

Bitte bringen Sie Ihre nigerianischen Reisepässe und die Aufenthaltstitel mit; die elektronischen Aufenthaltstitel werden nach der Aushändigung der Urkunden eingezogen. Ihre nigerianische Staatsangehörigkeit behalten Sie.

Mit freundlichen Grüßen
Im Auftrag

[[P|Carolin Wörner]]
Sachbearbeiterin Einbürgerung

Anlage: Anfahrtsbeschreibung (Parkhaus Theaterforum, Straßenbahnhaltestelle Rathaus)
"""


def main():
    lines = []
    for i, (channel, template, flags, fn) in enumerate(DOCS, 1):
        marked = unicodedata.normalize("NFC", fn())
        lines.append(build(f"F113-{i:03d}", channel, template, marked, flags))
    assert len(lines) == 30, len(lines)
    out = os.path.join(HERE, "fresh113.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for rec in lines:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    total = sum(len(r["entities"]) for r in lines)
    print(f"{len(lines)} documents, {total} entities -> {out}")


if __name__ == "__main__":
    main()
