#!/usr/bin/env python3
"""Blind test batch 108: a Bavarian district office (Landratsamt Erding, Sachgebiet 41 Bauordnung).

Building permits, neighbours' objections, preliminary enquiries, land registry extracts, notaries' and architects'
letters, administrative-court proceedings; Bavarian, Austrian, South Tyrolean, Kosovar, Croatian and Hungarian owners.
Every person, street, company and number is invented. Deterministic: one seeded generator (seed 10808).
Writes fresh108.jsonl next to this script.
"""
import datetime
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from marks import build  # noqa: E402
from identifiers import Identifiers, mod97_iban, mod11_10_check, group  # noqa: E402

IDS = Identifiers(10808)
RNG = IDS.rng
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


# ---------------------------------------------------------------- foreign identifiers with their public check digits

def at_svnr(ddmmyy):
    """Austrian social insurance number: 3-digit serial, check digit, DDMMYY; weights 3,7,9,-,5,8,4,2,1,6; sum mod 11
    (a serial giving 10 is not issued)."""
    weights = (3, 7, 9, 0, 5, 8, 4, 2, 1, 6)
    while True:
        serial = str(RNG.randint(100, 999))
        digits = serial + "0" + ddmmyy
        check = sum(int(d) * w for d, w in zip(digits, weights)) % 11
        if check < 10:
            return serial + str(check) + ddmmyy


def at_uid():
    """Austrian VAT id ATU + 7 digits + check: S = C1 + qs(2*C2) + C3 + qs(2*C4) + C5 + qs(2*C6) + C7,
    check = (10 - (S + 4) mod 10) mod 10."""
    body = IDS.digits(7, first_nonzero=True)
    total = 0
    for i, ch in enumerate(body):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            d = d // 10 + d % 10
        total += d
    return "ATU" + body + str((10 - (total + 4) % 10) % 10)


# Italian codice fiscale / CIN tables (odd positions use the special table, even positions the plain value).
CF_ODD = dict(zip("0123456789", (1, 0, 5, 7, 9, 13, 15, 17, 19, 21)))
CF_ODD.update(zip(UPPER, (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24,
                          23)))
CF_EVEN = {**{d: int(d) for d in "0123456789"}, **{c: i for i, c in enumerate(UPPER)}}


def it_check_char(s):
    total = sum(CF_ODD[c] if i % 2 == 0 else CF_EVEN[c] for i, c in enumerate(s))
    return UPPER[total % 26]


def codice_fiscale(surname, name, year, month, day, female, belfiore):
    def letters(word, is_name):
        word = "".join(c for c in word.upper() if c in UPPER)
        cons = [c for c in word if c not in "AEIOU"]
        vows = [c for c in word if c in "AEIOU"]
        if is_name and len(cons) >= 4:
            return cons[0] + cons[2] + cons[3]
        return "".join((cons + vows + ["X", "X", "X"])[:3])
    body = (letters(surname, False) + letters(name, True) + f"{year % 100:02d}" + "ABCDEHLMPRST"[month - 1]
            + f"{day + (40 if female else 0):02d}" + belfiore)
    return body + it_check_char(body)


def it_iban(abi):
    """Italian IBAN: CIN (same odd/even tables as the codice fiscale over ABI+CAB+account) + MOD 97-10."""
    rest = abi + IDS.digits(5) + IDS.digits(12)
    return mod97_iban("IT", it_check_char(rest) + rest)


def hu_block_check(digits):
    """Hungarian GIRO account blocks: weights 9,7,3,1 repeating, the check digit makes the sum divisible by 10."""
    weights = (9, 7, 3, 1)
    total = sum(int(d) * weights[i % 4] for i, d in enumerate(digits))
    return str((10 - total % 10) % 10)


def hu_iban():
    first = "1" + IDS.digits(6)
    second = IDS.digits(15)
    return mod97_iban("HU", first + hu_block_check(first) + second + hu_block_check(second))


def hu_vat():
    """Hungarian VAT id HU + 7 digits + check (weights 9,7,3,1,9,7,3; check = (10 - sum mod 10) mod 10)."""
    body = IDS.digits(7, first_nonzero=True)
    return "HU" + body + hu_block_check(body)


def hu_tax_id(birth):
    """Hungarian adóazonosító jel: 8, days since 1867-01-01, 3 random digits, check = sum(d_i * i) mod 11 (< 10)."""
    days = (birth - datetime.date(1867, 1, 1)).days
    while True:
        nine = f"8{days:05d}{IDS.digits(3)}"
        check = sum(int(d) * (i + 1) for i, d in enumerate(nine)) % 11
        if check < 10:
            return nine + str(check)


def hr_oib():
    """Croatian OIB: 10 digits + ISO 7064 MOD 11,10 check digit."""
    ten = IDS.digits(10, first_nonzero=True)
    return ten + str(mod11_10_check(ten))


def hr_iban():
    """Croatian IBAN: bank code (6 + MOD 11,10) and account (9 + MOD 11,10), then MOD 97-10."""
    bank = "2" + IDS.digits(5)
    acct = "1" + IDS.digits(8)
    return mod97_iban("HR", bank + str(mod11_10_check(bank)) + acct + str(mod11_10_check(acct)))


def letters(n):
    return "".join(RNG.choice("ABCDEFGHJKLMNPRSTUVWXZ") for _ in range(n))


def iban_spaced(iban):
    return group(iban, 4)


def tax_id_spaced(t):
    return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"


# ---------------------------------------------------------------- the office's own public data (neutral)
OFFICE_STREET = "[[N|Lange Zeile 21]]"
OFFICE_CITY = "[[N|85435 Erding]]"
OFFICE_TEL = "[[N|08122 58-0]]"
OFFICE_FAX = "[[N|08122 58-1109]]"
OFFICE_MAIL = "[[N|bauamt@lra-erding.de]]"
SG41_MAIL = "[[N|sg41@lra-erding.de]]"
KREISKASSE_IBAN = "[[N|" + iban_spaced(IDS.iban_de()) + "]]"
VG_STREET = "[[N|Bayerstraße 30]]"
VG_CITY = "[[N|80335 München]]"


# ---------------------------------------------------------------- identifiers used in the documents (fixed order)
ID = {}
ID["krasniqi_np"] = IDS.digits(10, first_nonzero=True)            # Kosovo personal number -> ID_CARD
ID["juric_oib"] = hr_oib()
ID["kovacevic_oib"] = hr_oib()
ID["juric_osobna"] = IDS.digits(9, first_nonzero=True)            # Croatian identity card -> ID_CARD
ID["kelemen_tax"] = hu_tax_id(datetime.date(1977, 5, 9))
ID["dora_tax"] = hu_tax_id(datetime.date(1980, 1, 23))
ID["pannon_vat"] = hu_vat()
ID["kelemen_iban"] = hu_iban()
ID["kelemen_cc"] = IDS.credit_card("5", 16)
ID["oberhollenzer_cf"] = codice_fiscale("Oberhollenzer", "Matthias", 1968, 12, 2, False, "B220")
ID["oberhollenzer_iban"] = it_iban("08" + IDS.digits(3))
ID["oberhollenzer_cie"] = "CA" + IDS.digits(5) + letters(2)          # Italian electronic identity card -> ID_CARD
ID["gashi_iban"] = IDS.iban_de()
ID["alpenland_uid"] = at_uid()
ID["alpenland_tnr"] = "9143" + "0" + IDS.digits(8)                  # 13-digit federal form, Bavaria (FA München)
ID["alpenland_iban"] = mod97_iban("AT", IDS.digits(16))
ID["aydin_kvnr"] = IDS.health_insurance()
ID["kreitmair_ssn"] = IDS.social_security("140691", "K")
ID["kreitmair_kvnr"] = IDS.health_insurance()
ID["unterhofer_svnr"] = at_svnr("270384")
ID["bauunion_tnr"] = IDS.tax_number_bavaria()
ID["bauunion_vat"] = IDS.vat_id()
ID["kiermeier_pa"] = IDS.id_card(check_digit=True)
ID["kiermeier_tid"] = IDS.tax_id()
ID["kiermeier_iban"] = IDS.iban_de()
ID["kelemen_idcard"] = IDS.digits(6) + letters(2)                 # Hungarian identity card -> ID_CARD
ID["dora_pass"] = letters(2) + IDS.digits(7)                      # Hungarian passport -> PASSPORT
ID["quirin_pass"] = IDS.passport()
ID["brandstetter_iban"] = IDS.iban_de()
ID["zehetbauer_cc"] = IDS.credit_card("4", 16)
ID["krasniqi_iban_xk"] = mod97_iban("XK", IDS.digits(16))
ID["juric_iban"] = hr_iban()


# ---------------------------------------------------------------- documents
DOCS = []


def doc(channel, template, flags=()):
    def register(fn):
        DOCS.append((channel, template, list(flags), fn))
        return fn
    return register


@doc("outlook", "einwendung_nachbar", ["HEALTH"])
def d01():
    return f"""Von: [[P|Walburga Stangl]] <[[E|w.stangl@t-online.de]]>
Gesendet: Dienstag, 22. April 2025 19:46
An: {OFFICE_MAIL}
Cc: RA Dr. [[P|Benedikt Scharnagl]] <[[E|scharnagl@isarauen-recht.de]]>
Betreff: Einwendungen BV [[A|Kirchfeldstraße 9]] – Ihr Az. [[AZ|41-602-B-2025-0317]]

Sehr geehrte Frau [[P|Loibl]],

wie heute Vormittag am Telefon besprochen, erhebe ich gegen das Bauvorhaben meines Nachbarn [[P|Korbinian Wimmer]] (Neubau Mehrfamilienhaus mit sechs Wohnungen und Tiefgarage auf Fl.Nr. 218/4, [[A|Kirchfeldstraße 9]]) Einwendungen. Den Nachbarbogen habe ich am 14.04. vom Architekturbüro bekommen und nicht unterschrieben.

Meine Gründe:

1. Nach meiner eigenen Nachmessung wird die Abstandsfläche zu meinem Grundstück [[A|Kirchfeldstraße 11]] um rund 1,20 m unterschritten. Im Plan A-103 ist die Wandhöhe an der Nordseite mit 7,45 m angegeben, tatsächlich ist das Gelände dort aber abgegraben.
2. Die Rampe der Tiefgarage kommt genau unter das Fenster des Zimmers, in dem meine Mutter, Frau [[P|Rosina Stangl]], liegt. Sie ist 91, hat Pflegegrad 4 und ist seit ihrem Oberschenkelhalsbruch bettlägerig. Jedes Auto, das da rein- und rausfährt, hört sie.
3. Bei Starkregen läuft schon jetzt das Wasser vom [[P|Wimmer]]-Grundstück zu mir herüber. Mit der Tiefgarage und der ganzen Versiegelung wird das nicht besser.

Mein Sohn [[P|Quirin]] hat die Pläne mit einem Bekannten, der Bauingenieur ist, durchgesehen; die Berechnungen schicke ich nach. Außerdem habe ich Herrn Rechtsanwalt Dr. [[P|Scharnagl]] beauftragt, der sich bei Ihnen melden wird.

Bitte bestätigen Sie mir den Eingang dieser Einwendungen. Tagsüber bin ich unter [[T|08122 / 4 71 93]] zu erreichen, sonst mobil [[T|0171 2290468]].

Mit freundlichen Grüßen

[[P|Walburga Stangl]]
[[A|Kirchfeldstraße 11]]
[[A|85435 Erding-Langengeisling]]
"""


@doc("word", "vermerk_nachbarbeteiligung")
def d02():
    return f"""Landratsamt Erding – Sachgebiet 41 Bauordnung
Az.: [[AZ|41-602-B-2025-0317]]

Vermerk zur Nachbarbeteiligung (Art. 66 BayBO)

Vorhaben:\tNeubau eines Mehrfamilienhauses (6 WE) mit Tiefgarage
Grundstück:\tFl.Nr. 218/4, Gemarkung Langengeisling, [[A|Kirchfeldstraße 9]]
Bauherr:\t[[P|Korbinian Wimmer]], [[A|Hofmarkstraße 3a]], [[A|85435 Erding]]
Entwurfsverfasser:\tarc.plan Architekten PartGmbB, Dipl.-Ing. [[P|Anja Moll]]

Fl.Nr.\tEigentümer lt. Grundbuch\tAnschrift\tUnterschrift\tBemerkung
218\t[[P|Stangl Walburga]]\t[[A|Kirchfeldstraße 11]], [[A|85435 Erding]]\tnein\tEinwendungen vom 22.04.2025 (Bl. 31–33)
218/2\t[[P|Zehetmair Leonhard]] u. [[P|Theresia]]\t[[A|Kirchfeldstraße 13]], [[A|85435 Erding]]\tja, beide\t–
219\t[[P|Brandstetter Alois]]\t[[A|Am Mühlbach 5]], [[A|85435 Erding]]\tja\tUnterschrift auf Plansatz 2 fehlte, nachgeholt am 29.04.
219/1\t[[P|Kovačević Ivana]] / [[P|Jurić Tomislav]] (je 1/2)\t[[A|Fehlbachweg 2a]], [[A|85435 Erding]]\tnur [[P|Kovačević]]\t[[P|Jurić]] z. Zt. in Kroatien, s. u.
220\tStadt Erding (Straßengrund)\t–\tentbehrlich\töffentliche Verkehrsfläche

Ergebnis:
Nicht zugestimmt haben Frau [[P|Stangl]] und Herr [[P|Jurić]]. Ihnen ist die Baugenehmigung nach Art. 66 Abs. 1 Satz 6 BayBO mit Postzustellungsurkunde zuzustellen. Herr [[P|Jurić]] hält sich nach Auskunft von Frau [[P|Kovačević]] bis Oktober beruflich in Split auf; er hat sie mit Vollmacht vom 08.05.2025 (Bl. 47 d. A.) als Zustellungsbevollmächtigte benannt. Die Zustellung an ihn erfolgt daher an Frau [[P|Ivana Kovačević]], [[A|Fehlbachweg 2a]].

Frau [[P|Stangls]] Einwendungen betreffen die Abstandsflächen (Nordseite) und die Lage der TG-Rampe; eine Stellungnahme des Kreisbaumeisters ist angefordert (Herr [[P|Weinzierl]], WV 20.05.2025).

Erding, 12.05.2025
gez. [[P|K. Loibl]]
"""


@doc("word", "grundbuchauszug_ocr")
def d03():
    return """Amtsgericht Erding                               Grundbuch von 0berding
- Grundbuchamt -                                 Blatt 2741
Abruf vom 24.06.2025 12:08  Unbeglaubigter Ausdruck - maschinell erstellt, ohne Unterschrift gültig
Abruf durch: LRA Erding, SB [[P|T. Empl]], Az. [[AZ|41-602-BK-2025-0089]]                 Seite 1 von 4

Bestandsverzeichnis
Lfd.  Bish.   Gemarkung   Flurstück   Wirtschaftsart und Lage                        Größe m²
Nr.   lfd.Nr.
1     -       Oberding    1147/3      Gebäude- und Freifläche, [[A|Am Kellerberg 7]]           812

Erste Abteilung
Lfd.  Eigentümer                                              Lfd.Nr.   Grundlage der Eintragung
Nr.                                                           d. Grdst.
1     a) [[P|Obermaier, Josef]], geb. [[DOB|03.11.1949]]                   1         Auflassung vom 04.03.1977;
      b) [[P|Obermaier, Maria Theresia]], geb. [[P|Huber]],                          eingetragen am 29.04.1977.
         geb. [[DOB|21.07. 1953]]
      - je zur Hälfte -
2     [[P|Obermaier, Johann Baptist]], geb. [[DOB|14.O2.1981]]           1         Auflassung vom 12.09.2019
                                                                        (Übergabe); eingetragen am 30.10.2019.

Zweite Abteilung
Lfd.  Lfd.Nr.   Lasten und Beschränkungen
Nr.   d. Grdst.
1     1         Leibgeding (Wohnungsrecht, Wart und Pflege, Verköstigung) für [[P|Obermaier, Josef]],
                geb. [[DOB|03.11.1949]], und [[P|Obermaier, Maria Theresia]], geb. [[DOB|21.07.1953]], als
                Gesamtberechtigte gemäß § 428 BGB; löschbar bei Todesnachweis. Gemäß Bewilligung
                vom 12.09.2019 (URNr. [[AZ|2114/2019]] Notar Dr. [[P|Feichtmayr]], Erding) eingetragen am 30.10.2019.
2     1         Geh- und Fahrtrecht für den jeweiligen Eigentümer des Grundstücks Flst. 1147/4
                (Blatt 2893); eingetragen am 30.10.2019.

Dritte Abteilung
Lfd.  Lfd.Nr.   Betrag          Hypotheken, Grundschulden, Rentenschulden
Nr.   d. Grdst.
1     1         280.000,00 EUR  Grundschuld ohne Brief für Sparkasse Erding-Dorfen, Erding;
                                16 % Jahreszinsen; vollstreckbar nach § 800 ZPO. Gemäß Bewilligung vom
                                03.02.2020 (URNr. [[AZ|0219/2020]] Notar Dr. [[P|Feichtmayr]]) eingetragen am 18.02.2020.

- Ende des Ausdrucks -        Amtsger1cht Erding  Grundbuchamt
"""


@doc("outlook", "notar_grdstvg")
def d04():
    return f"""Von: [[P|Lisa-Marie Heckl]] | Notariat Dr. [[P|Feichtmayr]] <[[E|heckl@notariat-feichtmayr.de]]>
Gesendet: Dienstag, 3. Juni 2025 10:42
An: Bauamt LRA Erding <{OFFICE_MAIL}>
Cc: Dr. [[P|Johannes Feichtmayr]] <[[E|j.feichtmayr@notariat-feichtmayr.de]]>
Betreff: URNr. [[AZ|1187/2025 F]] – Antrag auf Genehmigung nach dem GrdstVG, Fl.Nr. 873 Gemarkung Eitting

Sehr geehrte Damen und Herren,

namens der Beteiligten übersende ich anliegend eine beglaubigte Abschrift des Kaufvertrags vom 28.05.2025 (URNr. [[AZ|1187/2025 F]]) mit der Bitte um Erteilung der Genehmigung nach § 2 GrdstVG bzw. eines Negativzeugnisses.

Veräußerer: Herr [[P|Alois Kiermeier]], geb. [[DOB|17.08.1944]], [[A|Moosstraße 41]], [[A|85462 Eitting]]
Erwerber: Herr [[P|Ödön Kelemen]], geb. [[DOB|09.05.1977]], [[A|Bartók Béla út 52]], [[A|H-1114 Budapest]], Ungarn, und Frau [[P|Dóra Kelemen-Varga]], geb. [[DOB|23.01.1980]], ebenda
Kaufgegenstand: Grünland, 1,2410 ha
Kaufpreis: 86.800,00 EUR

Die Erwerber beabsichtigen nach ihren Angaben, auf der Fläche Pferde zu halten; ein landwirtschaftlicher Betrieb besteht nicht. Der derzeitige Pächter, Herr [[P|Michael Oberprieler]] (Landwirt in Eitting), hat auf Nachfrage erklärt, dass er an einem Erwerb kein Interesse habe. Eine entsprechende Erklärung von Herrn [[P|Oberprieler]] liegt bei. Die Frist des § 6 GrdstVG bitten wir zu beachten.

Für Rückfragen erreichen Sie mich direkt unter [[T|08122 99 87-14]].

Mit freundlichen Grüßen
i. A. [[P|Lisa-Marie Heckl]]
Notarfachangestellte

Notariat Dr. [[P|Johannes Feichtmayr]]
[[A|Landshuter Straße 18]] · [[A|85435 Erding]]
Tel. [[T|08122 99 87-0]] · Fax [[T|08122 99 87-99]]
"""


@doc("outlook", "architekt_weiterleitung")
def d05():
    return f"""Von: [[P|Anja Moll]] <[[E|a.moll@arcplan-architekten.de]]>
Gesendet: Freitag, 16. Mai 2025 14:07
An: [[P|Loibl, Kathrin]] (LRA ED) <[[E|kathrin.loibl@lra-erding.de]]>
Cc: [[E|korbi.wimmer@gmx.de]]; [[P|Martin Hinterberger]] <[[E|m.hinterberger@arcplan-architekten.de]]>
Betreff: WG: Nachreichung Abstandsflächenplan – Az. [[AZ|41-602-B-2025-0317]]

Hallo Frau [[P|Loibl]],

anbei wie besprochen der überarbeitete Abstandsflächenplan (Plan-Nr. A-103, Index c) und die neue Stellplatzberechnung nach der Stellplatzsatzung. Unten die Mail von Herrn [[P|Wimmer]] zur Kenntnis – er ist mit der Reduzierung der Wandhöhe auf der Nordseite einverstanden. Die Tiefgaragenrampe rücken wir um 2,50 m nach Osten, damit sie nicht mehr direkt vor dem Nachbarhaus liegt.

Die geänderten Bauvorlagen schicke ich Ihnen am Montag in dreifacher Ausfertigung per Post.

Viele Grüße
[[P|Anja Moll]]

Dipl.-Ing. Architektin
arc.plan Architekten PartGmbB
[[A|Haager Straße 27]], [[A|85435 Erding]]
T [[T|+49 8122 227 41-12]] | M [[T|+49 172 8 93 41 07]]

-----Ursprüngliche Nachricht-----
Von: [[P|Korbinian Wimmer]] <[[E|korbi.wimmer@gmx.de]]>
Gesendet: Donnerstag, 15. Mai 2025 21:48
An: [[P|Anja Moll]] <[[E|a.moll@arcplan-architekten.de]]>
Betreff: Re: Abstandsflächen Nordseite

Servus [[P|Anja]],

passt scho, dann macht ma de Wand halt 40 cm niedriger. Hauptsach mir kriagn de Genehmigung no vor da Bausaison. Mit da [[P|Stangl]] red i nimmer, de hod eh scho an Anwalt. Wennst no wos brauchst, ruaf mi o: [[T|0160 98 12 774]].

Pfiat di
[[P|Korbi]]
"""


@doc("outlook", "kosovo_bauvoranfrage", ["HEALTH", "BIOMETRIC"])
def d06():
    return f"""Von: [[P|Arben Krasniqi]] <[[E|arben.krasniqi87@gmail.com]]>
Gesendet: Mittwoch, 4. Juni 2025 22:17
An: {OFFICE_MAIL}
Cc: [[P|Besnik Krasniqi]] <[[E|besnik.krasniqi@hotmail.com]]>
Betreff: Frage Bauvoranfrage Einliegerwohnung – Fl.Nr. 904/12 Dorfen

Sehr geehrte Damen und Herren,

ich bin Eigentümer vom Haus [[A|Am Lindenanger 3]] in [[A|84405 Dorfen]] (seit 2021, zusammen mit meine Frau [[P|Valdete Krasniqi]]). Wir wollen im Dachgeschoss eine kleine Wohnung für meine Eltern ausbauen, die aus Kosovo zu uns kommen. Mein Vater [[P|Rexhep Krasniqi]] (geb. [[DOB|11.02.1952]]) ist krank, er hat Diabetes und muss dreimal die Woche zur Dialyse, deshalb muss alles möglichst ohne Treppe sein (Treppenlift?).

Die Eltern waren schon bei der Deutschen Botschaft in Prishtina, Fingerabdrücke und Fotos für das Visum sind gemacht. Bei der Ausländerbehörde läuft der Familiennachzug unter Aktenzeichen [[AZ|32-FN-1183/25]]. Sie fliegen voraussichtlich am 20. Juli vom Flughafen „Adem Jashari“ nach München.

Brauche ich dafür einen Bauantrag oder reicht eine Bauvoranfrage? Mein Bruder [[P|Besnik]] hat schon einen Plan gezeichnet, er ist aber kein Architekt. Die Gaube soll 4 m breit werden.

Falls Sie es brauchen, die Daten vom Vater:
Numri personal: [[IDC|{ID["krasniqi_np"]}]]
Adresse: [[A|Rruga e Shkronjave nr. 27]], [[A|20000 Prizren]], Kosovë
Tel.: [[T|+383 44 512 873]]

Mich erreichen Sie am besten unter [[T|0176 43 21 98 05]] (nach 16 Uhr, ich arbeite Frühschicht).

Faleminderit / Danke
[[P|Arben Krasniqi]]

-------- Weitergeleitete Nachricht --------
Von: [[P|Besnik Krasniqi]] <[[E|besnik.krasniqi@hotmail.com]]>
Datum: 02.06.2025 19:33
An: [[P|Arben]] <[[E|arben.krasniqi87@gmail.com]]>
Betreff: plani

Vëlla, ja plani për katin e dytë. Babai tha që dhoma duhet me pas banjo. Nana thotë që ka frikë prej shkallëve. Të thirri kur të kesh kohë.
[[P|Besniku]]
"""


@doc("outlook", "vollmacht_kroatien")
def d07():
    return f"""Von: [[P|Tomislav Jurić]] <[[E|tjuric@net.hr]]>
Gesendet: Montag, 12. Mai 2025 08:15
An: [[E|kathrin.loibl@lra-erding.de]]
Betreff: Vollmacht / punomoć – Az. [[AZ|41-602-B-2025-0317]]

Poštovana gospođo [[P|Loibl]], sehr geehrte Frau [[P|Loibl]],

entschuldigen Sie mein Deutsch. Ich arbeite seit März für meine Firma auf einer Baustelle in Split und bin erst im Herbst wieder in Erding. Wie am Telefon gesagt schicke ich die Vollmacht für meine Partnerin [[P|Ivana Kovačević]]. Das Original hat der Notar in Split beglaubigt, ich schicke es mit der Post. Hier der Text (kroatisch):

„PUNOMOĆ
Ja, [[P|Tomislav Jurić]], rođen [[DOB|07.09.1983]]. u Sinju, OIB: [[TID|{ID["juric_oib"]}]], s prebivalištem u Erdingu, [[A|Fehlbachweg 2a]], Njemačka, trenutačno boravište [[A|Ulica Domovinskog rata 88]], [[A|21000 Split]], osobna iskaznica br. [[IDC|{ID["juric_osobna"]}]], ovlašćujem
[[P|Ivanu Kovačević]], rođenu [[DOB|19.03.1986]]., OIB: [[TID|{ID["kovacevic_oib"]}]], [[A|Fehlbachweg 2a]], [[A|85435 Erding]],
da me zastupa pred Landratsamt Erding u postupku izdavanja građevinske dozvole za susjednu parcelu i da u moje ime prima sva pismena.
U Splitu, 08.05.2025.“

Wenn es Gebühren gibt, bitte auf mein Konto [[IBAN|{iban_spaced(ID["juric_iban"])}]] (Privredna banka) oder [[P|Ivana]] zahlt in Erding.

Meine Telefonnummer hier: [[T|+385 98 1734 256]]. In Deutschland bin ich über [[P|Ivana]] erreichbar: [[T|0152 / 0 39 71 84]].

Lijep pozdrav / Viele Grüße
[[P|Tomislav Jurić]]
"""


@doc("outlook", "ungarn_offenstall_en")
def d08():
    cc = ID["kelemen_cc"]
    return f"""From: [[P|Ödön Kelemen]] <[[E|odon.kelemen@freemail.hu]]>
Sent: Wednesday, 25 June 2025 07:52
To: {OFFICE_MAIL}
Subject: Horse shelter on plot no. 873, Eitting – question / Frage

Dear Sir or Madam,
Sehr geehrte Damen und Herren,

my name is [[P|Ödön Kelemen]]. My wife [[P|Dóra]] and I bought the meadow plot no. 873 in Eitting from Mr [[P|Alois Kiermeier]] (contract of notary Dr. [[P|Feichtmayr]], URNr. [[AZ|1187/2025 F]]). The approval under the GrdstVG was given by your office on 12 June, file number [[AZ|41.3-8652-066/2025]] – thank you very much for the quick decision!

Now we would like to build an open horse shelter (Offenstall) of approx. 60 m² with a small hay store for our three horses. Is this "privilegiert" under § 35 BauGB if we are not full-time farmers? Our neighbour [[P|Michael Oberprieler]], who still leases the fields next to ours, told us that we need a "Bauantrag" and an architect. Ich spreche nur ein bisschen Deutsch, sorry.

For the fee notice (Gebührenbescheid) please use our company:
Pannon Lovas Kft., [[A|Fő utca 12]], [[A|2092 Budakeszi]], Hungary
VAT number (közösségi adószám): [[VAT|{ID["pannon_vat"]}]]
or, if it must be a private person, my Hungarian tax ID (adóazonosító jel): [[TID|{ID["kelemen_tax"]}]]

Bank account for refunds: [[IBAN|{iban_spaced(ID["kelemen_iban"])}]] (OTP Bank)
If it is easier, you can also charge my Mastercard [[CC|{group(cc, 4)}]], valid 09/27.

Phone: [[T|+36 30 418 2297]] (Hungary), in Germany from August: [[T|0157 3381 0462]]

Best regards / Mit freundlichen Grüßen
[[P|Kelemen Ödön]]
"""


@doc("outlook", "suedtirol_abbruch")
def d09():
    return f"""Von: [[P|Matthias Oberhollenzer]] <[[E|m.oberhollenzer@rolmail.net]]>
Gesendet: Dienstag, 10. Juni 2025 07:05
An: [[E|stefan.kratzer@lra-erding.de]]
Betreff: Abbruch Stadel – Nachlass [[P|Pircher]], Wartenberg

Grüß Gott Herr [[P|Kratzer]],

danke für das freundliche Telefonat von gestern. Wie besprochen schicke ich die Unterlagen für den Abbruch des alten Stadels auf dem Grundstück meiner verstorbenen Tante [[P|Anna Pircher]] ([[A|Am Gries 14]], [[A|85456 Wartenberg]]). Ich bin Alleinerbe laut Erbschein des Amtsgerichts Erding vom 04.09.2024 (Az. [[AZ|VI 0562/24]]), die Berichtigung im Grundbuch ist schon erfolgt.

Meine Daten:
[[P|Matthias Oberhollenzer]]
geb. am [[DOB|02.12.1968]] in Bruneck
Steuernummer (codice fiscale): [[TID|{ID["oberhollenzer_cf"]}]]
Identitätskarte Nr. [[IDC|{ID["oberhollenzer_cie"]}]] (Kopie anbei)
Wohnhaft: [[A|Ahrntaler Straße 23]], [[A|I-39031 Bruneck (BZ)]]
Handy [[T|+39 348 721 0563]], Büro [[T|0039 0474 55 21 90]]

Das Wohnhaus bleibt stehen, nur der Stadel (Holz, ca. 14 x 9 m, Dach eingefallen) kommt weg. Mein Geometer, Herr [[P|Hannes Pfeifhofer]] aus Brixen, hat einen Lageplan gezeichnet: der Stadel steht ca. 3,5 m von der Grenze zum Nachbarn [[P|Gschwendtner]] (Fl.Nr. 56). Mit Herrn [[P|Gschwendtner]] habe ich schon geredet, er hat nichts dagegen.

Die Gebühr für die Abbruchanzeige überweise ich von meinem Konto bei der Raiffeisenkasse Bruneck, IBAN [[IBAN|{iban_spaced(ID["oberhollenzer_iban"])}]]. Zur Besichtigung komme ich am 14. Juli mit meinem Auto (Kennzeichen [[KFZ|GA 312 KM]]), vielleicht können wir uns um 10 Uhr an der Hofstelle treffen?

Freundliche Grüße aus dem Pustertal
[[P|Matthias Oberhollenzer]]
"""


@doc("word", "niederschrift_ortseinsicht", ["HEALTH", "SEXUAL_ORIENTATION"])
def d10():
    return """Landratsamt Erding – Sachgebiet 41 – Baukontrolle

Niederschrift über die Ortseinsicht am 08.07.2025, 10:00 bis 11:15 Uhr

Ort: Fl.Nr. 1147/3, Gemarkung Oberding, [[A|Am Kellerberg 7]], [[A|85445 Oberding]]
Az.: [[AZ|41-602-BK-2025-0089]]
Anlass: Hinweis aus der Nachbarschaft auf ungenehmigte Errichtung eines Wintergartens und einer Doppelgarage

Anwesend:
– Landratsamt: [[P|Florian Strasser]] (Baukontrolleur), [[P|Tobias Empl]] (Sachbearbeiter, Protokoll)
– Eigentümer: [[P|Johann Baptist Obermaier]] („[[P|Hans]]“), dessen Vater [[P|Josef Obermaier]]
– Nachbar: [[P|Xaver Huber]], [[A|Am Kellerberg 9]] (auf eigenen Wunsch, nur zu Nr. 2)
– Gemeinde Oberding: Bauamtsleiterin [[P|Franziska Eichinger]]

Feststellungen:
1. An der Südseite des Wohnhauses wurde ein Wintergarten (ca. 4,20 x 3,50 m, Alu-Glas-Konstruktion) errichtet. Herr [[P|Obermaier]] jun. erklärt, dieser sei 2020 von einer Fachfirma gebaut worden; man sei davon ausgegangen, dass er genehmigungsfrei sei.
2. An der westlichen Grundstücksgrenze steht eine Doppelgarage (ca. 6,50 x 7,00 m, Wandhöhe an der Grenze ca. 3,40 m, Satteldach). Art. 6 Abs. 7 BayBO ist damit nicht eingehalten. Im Garagenvorplatz standen zum Zeitpunkt der Ortseinsicht die Fahrzeuge [[KFZ|ED-JO 349]] und [[KFZ|M-HB 7120]]; das zweite Fahrzeug gehört nach Angabe von Herrn [[P|Obermaier]] seinem Lebenspartner, Herrn Dr. [[P|Lukas Brandl]], der mit ihm im Obergeschoss wohnt.
3. Herr [[P|Huber]] gibt an, die Garage nehme seiner Terrasse ab dem Nachmittag die Sonne; das Dachwasser laufe auf sein Grundstück.
4. Herr [[P|Josef Obermaier]] sen. gibt an, er sei seit seinem Schlaganfall im Januar halbseitig gelähmt und auf den Rollator angewiesen; der Wintergarten sei für ihn der einzige ebenerdige Aufenthaltsraum mit Tageslicht.

Weiteres Vorgehen:
– Für den Wintergarten reicht der Eigentümer bis 15.08.2025 einen Bauantrag (Tektur) ein.
– Zur Garage wird der Eigentümer zur beabsichtigten Beseitigungsanordnung angehört.
– Fotos 1 bis 14 zur Akte genommen.

Aufgestellt: [[P|Empl]]                    Gesehen: [[P|Strasser]]
"""


@doc("word", "unterschriftenliste_csv", ["HEALTH", "GENETIC"])
def d11():
    return """Unterschriftenliste – Einwendung gegen den geplanten Mobilfunkmast (Fl.Nr. 412, Gemarkung Moosinning)
übergeben am 24.06.2025 im Bürgerbüro durch Frau [[P|Centa Riedl]] (Sprecherin der Anwohner), Eingang erfasst: [[P|Fischbacher]]

Nr.;Name;Vorname;Straße;PLZ Ort;Unterschrift;Bemerkung
1;[[P|Riedl]];[[P|Centa]];[[A|Isenweg 12]];[[A|85452 Moosinning]];[[P|C. Riedl]];Sprecherin
2;[[P|Riedl]];[[P|Georg]];[[A|Isenweg 12]];[[A|85452 Moosinning]];[[P|G. Riedl]];
3;[[P|Hinterholzer]];[[P|Veronika (Vroni)]];[[A|Isenweg 14a]];[[A|85452 Moosinning]];[[P|V. Hinterholzer]];hat Herzschrittmacher!
4;[[P|von Hörwarth]];[[P|Maximilian]] Frhr.;[[A|Schlossweg 1]];[[A|85452 Moosinning]];[[P|Hörwarth]];
5;[[P|Nagy-Kovács]];[[P|Zsófia]];[[A|Isenweg 18]];[[A|85452 Moosinning]];[[P|Zs. Nagy-Kovács]];
6;[[P|Bytyqi]];[[P|Shqipe]];[[A|Isenweg 20]];[[A|85452 Moosinning]];(unleserlich);
7;[[P|Šimunović]];[[P|Ante]];[[A|Moosweg 3]];[[A|85452 Moosinning]];[[P|A. Šimunović]];
8;[[P|Pichler]];[[P|Hansjörg]];[[A|Moosweg 7]];[[A|85452 Moosinning]];[[P|Pichler]];nur Nr. 1 der Einwendung
9;[[P|Lechner]];[[P|Magdalena]];;;;Anschrift wie Nr. 8

Anlage zur Liste (handschriftlich, Frau [[P|Riedl]]):
Unser Sohn [[P|Simon]] (8) hat Mukoviszidose, die Diagnose wurde 2017 durch einen Gentest in der Haunerschen Kinderklinik bestätigt. Er ist sehr infektanfällig und wir wollen nicht, dass er direkt neben einem Sendemast aufwächst. Bitte berücksichtigen Sie das.
"""


@doc("word", "fristenliste_tab")
def d12():
    return """Sachgebiet 41 – Fristenliste offene Verfahren (Stand 01.09.2025, Export aus dem Fachverfahren, nur intern)

Az.\tEingang\tBauherr/Antragsteller\tVorhaben\tLage\tSB\tFrist\tStatus
[[AZ|41-602-B-2025-0317]]\t10.03.2025\t[[P|Wimmer, Korbinian]]\tMFH 6 WE + TG\t[[A|Kirchfeldstraße 9]], Erding\t[[P|Loibl]]\t–\tgenehmigt 18.06.; Klage VG [[AZ|M 1 K 25.4127]]
[[AZ|41-602-V-2025-0388]]\t14.08.2025\t[[P|Gashi, Blerim]] u. [[P|Fatmire]]\tEFH 2. Reihe (Vorbescheid)\t[[A|Weiherstraße 21a]], Wörth\t[[P|Kratzer]]\t14.11.2025\tStellungnahme Gemeinde fehlt
[[AZ|41-602-V-2025-0412]]\t05.06.2025\t[[P|Krasniqi, Arben]]\tDG-Ausbau Einliegerwhg.\t[[A|Am Lindenanger 3]], Dorfen\t[[P|Kratzer]]\t–\tEinvernehmen 15.07. erteilt
[[AZ|41-602-N-2025-0266]]\t22.04.2025\tAlbanisch-Islamischer Kulturverein Dorfen e.V.\tNutzungsänd. Schreinerei → Versammlungsraum\t[[A|Gewerbering 7]], Dorfen\t[[P|Kratzer]]\t22.10.2025\tStellplatznachweis nachgef.
[[AZ|41-602-B-2025-0611]]\t19.08.2025\t[[P|Obermaier, Johann Baptist]]\tTektur Wintergarten\t[[A|Am Kellerberg 7]], Oberding\t[[P|Empl]]\t19.11.2025\t–
[[AZ|41-602-A-2025-0450]]\t20.06.2025\t[[P|Oberhollenzer, Matthias]]\tAbbruch Stadel\t[[A|Am Gries 14]], Wartenberg\t[[P|Kratzer]]\t–\tAnzeige vollständig
[[AZ|41-602-B-2025-0702]]\t02.09.2025\t[[P|Aydın, Kerem]] u. [[P|Gschwendtner-Aydın, Veronika]]\tAußenaufzug RMH\t[[A|Ahornweg 6]], Taufkirchen (Vils)\t[[P|Loibl]]\t02.12.2025\tAbweichung Art. 6 nötig
[[AZ|41-602-B-2025-0529]]\t11.07.2025\tPannon Lovas Kft. ([[P|Kelemen]])\tOffenstall 60 m²\tFl.Nr. 873, Gem. Eitting\t[[P|Weinzierl]]\t–\tzurückgenommen 08.09.
[[AZ|41-602-V-2025-0198]]\t17.02.2025\tAlpenland Wohnbau GmbH\t8 RH (Vorbescheid)\tFl.Nr. 1320, Gem. Forstern\t[[P|Haslbeck]]\t–\truht (Vorgespräch 12.02.)

Summe offen: 6 Verfahren, davon 1 mit Klage. Bitte Fristen bis Freitag abgleichen (Zi. 2.14).
"""


@doc("outlook", "gartenhuette_dialekt")
def d13():
    return """Von: [[P|flo zehetbauer]] <[[E|flo.zehetbauer@gmx.de]]>
Gesendet: Samstag, 19. Juli 2025 23:41
An: [[N|bauamt@lra-erding.de]]
Betreff: gartnhüttn

servus,

i hob a frog wega meina gartnhüttn. mei nachbar, da [[P|schwaiger sepp]], hod gmoant i brauch do a genehmigung wenns größer wia 75 kubikmeter is?? de hüttn is 3x4 meter und 2,40 hoch, steht hintn am zaun zum [[P|schwaiger]] hi. brauch i do wos oder ned? da söder hod doch gsagt des wird olles einfacher mit da neia bauordnung :-)

meine adress is [[A|moosstraße 17]] in [[A|85464 finsing]]. handy [[T|0151 – 17 48 29 63]]

pfiat eich
[[P|flo]] ([[P|florian zehetbauer]])

gsendt vom handy
"""


@doc("word", "klage_vg", ["HEALTH"])
def d14():
    return f"""Isarauen Rechtsanwälte PartG mbB
Rechtsanwalt Dr. [[P|Benedikt Scharnagl]] · Fachanwalt für Verwaltungsrecht
[[A|Freisinger Straße 44]] · [[A|85435 Erding]] · Tel. [[T|08122 48 93 70]] · [[E|scharnagl@isarauen-recht.de]]

Vorab per beA
Bayerisches Verwaltungsgericht München
{VG_STREET}
{VG_CITY}

Unser Zeichen: [[AZ|0412/25 BS/wi]]
Erding, 17.07.2025

K l a g e

der Frau [[P|Walburga Stangl]], [[A|Kirchfeldstraße 11]], [[A|85435 Erding]],
– Klägerin –
Prozessbevollmächtigter: Rechtsanwalt Dr. [[P|Benedikt Scharnagl]], Anschrift wie oben,

gegen

den Freistaat Bayern, vertreten durch das Landratsamt Erding, {OFFICE_STREET}, {OFFICE_CITY},
– Beklagter –

beizuladen:
Herr [[P|Korbinian Wimmer]], [[A|Hofmarkstraße 3a]], [[A|85435 Erding]],
– Beigeladener –

wegen Baugenehmigung (Nachbarklage).

Namens und in Vollmacht der Klägerin erhebe ich Klage und beantrage:
1. Der Bescheid des Landratsamts Erding vom 18.06.2025, Az. [[AZ|41-602-B-2025-0317]], wird aufgehoben.
2. Der Beklagte trägt die Kosten des Verfahrens.

Zugleich beantrage ich in gesondertem Schriftsatz die Anordnung der aufschiebenden Wirkung (§ 80a Abs. 3, § 80 Abs. 5 VwGO).

Begründung:
Die Klägerin ist Eigentümerin des mit einem Wohnhaus bebauten Grundstücks Fl.Nr. 218 der Gemarkung Langengeisling. Sie bewohnt das Anwesen gemeinsam mit ihrer Mutter, Frau [[P|Rosina Stangl]] (geb. [[DOB|04.10.1933]]), die pflegebedürftig ist (Pflegegrad 4) und das Zimmer an der Südseite praktisch nicht mehr verlassen kann. Genau vor diesem Fenster soll die Tiefgaragenrampe des Beigeladenen entstehen.

Die Abstandsflächen des Vorhabens werden auf der Nordseite nicht eingehalten (Art. 6 Abs. 5 Satz 1 BayBO). Die Wandhöhe ist vom natürlichen Gelände aus zu messen, nicht von der durch den Beigeladenen bereits abgegrabenen Oberfläche.
Beweis: Augenschein; Zeugnis des Herrn [[P|Quirin Stangl]], zu laden über die Klägerin; Sachverständigengutachten.

Eine Vollmacht liegt bei. Die weitere Begründung bleibt nach Akteneinsicht vorbehalten.

[[P|Scharnagl]]
Rechtsanwalt
"""


@doc("outlook", "intern_vg_verfahren")
def d15():
    return f"""Von: [[P|Haslbeck, Miriam]] Dr. <[[E|miriam.haslbeck@lra-erding.de]]>
Gesendet: Mittwoch, 23. Juli 2025 16:12
An: [[P|Weinzierl, Ulrich]] <[[E|ulrich.weinzierl@lra-erding.de]]>; [[P|Loibl, Kathrin]] <[[E|kathrin.loibl@lra-erding.de]]>
Cc: Sachgebiet 41 <{SG41_MAIL}>; [[P|Fischbacher, Renate]] <[[E|renate.fischbacher@lra-erding.de]]>
Betreff: VG München [[AZ|M 1 K 25.4127]] und [[AZ|M 1 SN 25.4128]] – [[P|Stangl]] ./. Freistaat Bayern (BV [[P|Wimmer]])

Liebe Kolleginnen und Kollegen,

das VG hat uns heute die Klage und den Eilantrag von Frau [[P|Stangl]] zugestellt (Bevollmächtigter: RA Dr. [[P|Scharnagl]]). Die Berichterstatterin, Frau Dr. [[P|Weigl]], bittet um Vorlage der Akten bis 06.08. und um Stellungnahme zum Eilantrag bis 13.08.2025.

@[[P|Ulrich]]: Kannst Du bitte die Abstandsflächenberechnung von arc.plan (Frau [[P|Moll]]) noch einmal nachrechnen, insbesondere die Geländeoberfläche an der Nordseite? Die Klägerseite behauptet eine Abgrabung vor Antragstellung.
@[[P|Kathrin]]: Bitte die Akte [[AZ|41-602-B-2025-0317]] vollständig paginieren und einscannen; Bl. 47 (Vollmacht [[P|Jurić]]) fehlt im eAkt.
Frau [[P|Fischbacher]], bitte die Fristen in den Kalender eintragen und Herrn [[P|Wimmer]] über die beantragte Beiladung informieren (Formbrief 41/17).

Ich bin ab 28.07. im Urlaub, Vertretung: Herr [[P|Empl]] (Durchwahl [[T|08122 58-1433]]).

Viele Grüße
[[P|Miriam]]

Dr. [[P|Miriam Haslbeck]]
Sachgebietsleiterin 41 – Bauordnung, Rechtsangelegenheiten
Landratsamt Erding
{OFFICE_STREET}, {OFFICE_CITY}
Tel. [[T|08122 58-1420]] | Zentrale {OFFICE_TEL}
"""


@doc("word", "telefonvermerk_baustelle", ["HEALTH"])
def d16():
    return """Telefonvermerk

Datum/Uhrzeit: 02.09.2025, 09:40 Uhr
Aufgenommen von: [[P|Tobias Empl]], SG 41
Az.: [[AZ|41-602-B-2025-0317]] (BV [[P|Wimmer]], [[A|Kirchfeldstraße 9]])

Anrufer: Herr [[P|Leonhard Zehetmair]], [[A|Kirchfeldstraße 13]], Tel. [[T|08122/9 41 57]] (Rückruf erbeten)

Herr [[P|Zehetmair]] teilt mit, dass auf der Baustelle seit Montag ab 6:15 Uhr gearbeitet werde. Die Lkw der Firma Bau-Union Isental GmbH (Kennzeichen lt. Anrufer [[KFZ|ED-BU 412]] und [[KFZ|MÜ IS 88]]) stünden regelmäßig in seiner Zufahrt. Seine Frau [[P|Theresia]] leide an COPD und vertrage den Staub von den Erdarbeiten nicht; ihr Lungenfacharzt, Dr. [[P|Anton Rauscher]], habe ihr geraten, bei trockenem Wetter die Fenster geschlossen zu halten und das Haus möglichst nicht zu verlassen.

Der Bauleiter der Firma, ein Herr [[P|Dražen Perković]] (Handy [[T|0172 5 88 31 94]]), sei für ihn nie erreichbar.

Veranlasst:
– Weiterleitung an die Baukontrolle (Herrn [[P|Strasser]]),
– Hinweis an SG 42 Immissionsschutz (Frau [[P|Şahin]]) wegen Baulärm vor 7 Uhr (AVV Baulärm),
– Rückruf bei Herrn [[P|Zehetmair]] am 02.09.2025, 14:05 Uhr: Baukontrolle erfolgt diese Woche; Nummer des Bauleiters weitergegeben.

[[P|Empl]]
"""


@doc("outlook", "aussenaufzug_barrierefrei", ["HEALTH"])
def d17():
    kv = ID["aydin_kvnr"]
    return f"""Von: [[P|Veronika Gschwendtner-Aydın]] <[[E|vroni.gschwendtner@web.de]]>
Gesendet: Montag, 11. August 2025 09:03
An: {OFFICE_MAIL}
Betreff: Außenaufzug an unserem Reihenhaus – brauche ich einen Bauantrag?

Sehr geehrte Damen und Herren,

bei mir wurde vor zwei Jahren Multiple Sklerose festgestellt, seit diesem Frühjahr bin ich auf den Rollstuhl angewiesen (GdB 90, Merkzeichen aG). Wir möchten deshalb an der Gartenseite unseres Reihenmittelhauses [[A|Ahornweg 6]], [[A|84416 Taufkirchen (Vils)]] einen verglasten Außenaufzug (Grundfläche ca. 1,60 x 1,80 m, Höhe ca. 7 m bis zum Obergeschoss) anbauen lassen.

Die Pflegekasse (AOK Bayern) bezuschusst das als wohnumfeldverbessernde Maßnahme mit bis zu 4.180 EUR. Meine Versichertennummer dort ist [[KV|{kv[0]} {kv[1:5]} {kv[5:]}]], falls Sie mit der Kasse Kontakt aufnehmen müssen.

Die Nachbarn links (Familie [[P|Lindlbauer]]) und rechts (Herr [[P|Emre Aydın]], mein Schwager) sind einverstanden und unterschreiben auch. Der Aufzug würde aber bis etwa 1 m an die Grenze zu [[P|Lindlbauers]] heranreichen.

Geht das als verfahrensfreies Vorhaben, oder brauchen wir einen Bauantrag mit Architekt? Und wenn ja, wie lange dauert das ungefähr?

Mein Mann [[P|Kerem Aydın]] ist tagsüber unter [[T|0160 91 83 27 44]] erreichbar, ich selbst unter [[T|08084 / 25 87 13]].

Vielen Dank und freundliche Grüße
[[P|Veronika Gschwendtner-Aydın]]
"""


@doc("word", "formular_vorbescheid")
def d18():
    iban = ID["gashi_iban"]
    return f"""Antrag auf Vorbescheid (Art. 71 BayBO)
Eingangsstempel: LANDRATSAMT ERDING  14. AUG. 2025  SG 41

1. Bauherr/in
Name, Vorname: [[P|Gashi, Blerim]]
Name, Vorname (weitere Bauherrin): [[P|Gashi, Fatmire]], geb. [[P|Berisha]]
Straße, Hausnummer: [[A|Weiherstraße 21]]
PLZ, Ort: [[A|85457 Wörth]]
Telefon: [[T|+49 8123 3 09 47 61]]    Mobil: [[T|0176-61 02 88 39]]
E-Mail: [[E|blerim.gashi@outlook.de]]

2. Entwurfsverfasser/in
Name: Dipl.-Ing. (FH) [[P|Peter Wastl]], bauvorlageberechtigt nach Art. 61 Abs. 2 BayBO
Anschrift: [[A|Am Wasserturm 8]], [[A|85457 Wörth-Hörlkofen]]
Telefon: [[T|08122 / 87 44 20]]

3. Baugrundstück
Gemeinde: Wörth    Gemarkung: Wifling    Fl.Nr.: 611/2
Straße, Hausnummer: [[A|Weiherstraße 21a]] (Hinterliegergrundstück, Zufahrt über Fl.Nr. 611)

4. Vorhaben
Errichtung eines Einfamilienhauses mit Doppelgarage in zweiter Reihe (E+D, Satteldach 38°, Grundfläche ca. 11 x 9 m)

5. Fragen an die Bauaufsichtsbehörde
5.1 Ist ein Wohnhaus in zweiter Reihe nach § 34 BauGB planungsrechtlich zulässig?
5.2 Genügt die Zufahrt über das Vorderliegergrundstück mit einer Grunddienstbarkeit (Geh- und Fahrtrecht, Breite 3,00 m)?
5.3 Ist eine Wandhöhe von 4,80 m traufseitig zulässig?

6. Anlagen
Lageplan M 1:1000, Skizze Ansichten, Auszug aus dem Liegenschaftskataster

7. Kosten / SEPA-Lastschriftmandat
Kontoinhaber: [[P|Blerim Gashi]]
IBAN: [[IBAN|{iban}]]
Kreditinstitut: Sparkasse Erding-Dorfen

Ort, Datum: Wörth, 12.08.2025
Unterschrift Bauherr/in: [[P|B. Gashi]]      [[P|F. Gashi]]
Unterschrift Entwurfsverfasser: [[P|Wastl]]
"""


@doc("outlook", "oesterreich_bautraeger")
def d19():
    uid = ID["alpenland_uid"]
    return f"""Von: DI [[P|Florian Hofbauer]] <[[E|f.hofbauer@alpenland-wohnbau.at]]>
Gesendet: Donnerstag, 9. Jänner 2025 11:20
An: {OFFICE_MAIL}
Cc: Mag. [[P|Katharina Pichler-Lechner]] <[[E|k.pichler-lechner@alpenland-wohnbau.at]]>
Betreff: Reihenhausanlage Forstern, Fl.Nr. 1320 – Ersuchen um Vorbesprechung

Sehr geehrte Damen und Herren,

die Alpenland Wohnbau GmbH (FN 412387 s, Landesgericht Salzburg) plant auf der Liegenschaft Fl.Nr. 1320, KG Forstern, eine Reihenhausanlage mit acht Einheiten samt Tiefgarage. Bevor wir den Einreichplan fertigstellen, würden wir gerne in einer Vorbesprechung klären, ob eine zweigeschoßige Bebauung mit Flachdach nach § 34 BauGB genehmigungsfähig ist. Ein Bebauungsplan besteht für das Areal unseres Wissens nicht.

Zu Ihrer Information: Der Grundstückseigentümer, Herr [[P|Bernhard Eder]], wohnhaft [[A|Gaisbergstraße 102/3/7]], [[A|5020 Salzburg]], hat uns eine Vollmacht für sämtliche Behördenwege erteilt; er ist telefonisch unter [[T|0043 (0)662 64 12 83]] erreichbar.

Termine wären für uns im Feber gut möglich, ausgenommen die Semesterferien (10.–14.2.). Frau Mag. [[P|Pichler-Lechner]] wird die Vorbesprechung von unserer Seite begleiten.

Für den Fall, dass Sie Gebühren vorschreiben: Rechnungsadresse wie unten, UID [[VAT|{uid}]], in Deutschland geführt beim Finanzamt München unter der Steuernummer [[TNR|{ID["alpenland_tnr"]}]].

Mit freundlichen Grüßen aus Salzburg

DI [[P|Florian Hofbauer]]
Projektleitung

Alpenland Wohnbau GmbH
[[A|Kendlerstraße 120]], [[A|5020 Salzburg]], Österreich
T [[T|+43 662 43 27 18-22]] | M [[T|+43 664 213 77 50]]
UID: [[VAT|{uid[:3]} {uid[3:7]} {uid[7:]}]] | FN 412387 s | Firmenbuchgericht Salzburg
"""


@doc("word", "beseitigungsanordnung_bescheid")
def d20():
    return f"""Landratsamt Erding · {OFFICE_STREET} · {OFFICE_CITY}

Gegen Postzustellungsurkunde
Herrn
[[P|Johann Baptist Obermaier]]
[[A|Am Kellerberg 7]]
[[A|85445 Oberding]]

Unser Zeichen: [[AZ|41-602-BK-2025-0089]]
Sachbearbeiter: Herr [[P|Empl]], Zimmer 2.09
Telefon: [[T|08122 58-1433]]
Telefax: {OFFICE_FAX}
E-Mail: [[E|tobias.empl@lra-erding.de]]
Erding, 29.09.2025

Vollzug der Bayerischen Bauordnung (BayBO);
Errichtung einer Doppelgarage an der westlichen Grundstücksgrenze ohne Baugenehmigung, Fl.Nr. 1147/3, Gemarkung Oberding
hier: Beseitigungsanordnung, Duldungsanordnung und Androhung eines Zwangsgeldes

Sehr geehrter Herr [[P|Obermaier]],

das Landratsamt Erding erlässt folgenden

B e s c h e i d :

1. Herr [[P|Johann Baptist Obermaier]] wird verpflichtet, die auf dem Grundstück Fl.Nr. 1147/3 der Gemarkung Oberding ohne Baugenehmigung errichtete Doppelgarage innerhalb von drei Monaten nach Unanfechtbarkeit dieses Bescheids vollständig zu beseitigen.
2. Herr [[P|Josef Obermaier]], [[A|Am Kellerberg 7]], [[A|85445 Oberding]], hat als Mitnutzer die Beseitigung zu dulden.
3. Für den Fall, dass die Verpflichtung aus Nr. 1 nicht fristgerecht erfüllt wird, wird ein Zwangsgeld in Höhe von 5.000,00 EUR angedroht.
4. Sie haben die Kosten des Verfahrens zu tragen. Für diesen Bescheid wird eine Gebühr von 350,00 EUR festgesetzt; die Auslagen betragen 4,11 EUR.

Gründe:
I.
Bei einer Ortseinsicht am 08.07.2025 stellte der Baukontrolleur des Landratsamts, Herr [[P|Strasser]], fest, dass an der westlichen Grundstücksgrenze eine Doppelgarage mit einer Wandhöhe von ca. 3,40 m und einer Grenzbebauung von 7,00 m errichtet wurde. Eine Baugenehmigung liegt nicht vor. Mit Schreiben vom 21.07.2025 wurden Sie zur beabsichtigten Beseitigung angehört; Ihre Stellungnahme vom 11.08.2025 wurde berücksichtigt. Der gleichzeitig festgestellte Wintergarten ist Gegenstand des Tekturverfahrens [[AZ|41-602-B-2025-0611]] und nicht Gegenstand dieses Bescheids.

II.
Rechtsgrundlage ist Art. 76 Satz 1 BayBO. Die Garage überschreitet die nach Art. 6 Abs. 7 Satz 1 Nr. 1 BayBO zulässige mittlere Wandhöhe von 3 m; eine Abweichung nach Art. 63 BayBO kommt wegen der Beeinträchtigung des Nachbargrundstücks nicht in Betracht. ...

Zahlungshinweis: Bitte überweisen Sie 354,11 EUR bis 31.10.2025 unter Angabe des Kassenzeichens [[AZ|2025.41.005377]] auf das Konto der Kreiskasse Erding, IBAN {KREISKASSE_IBAN}.

Rechtsbehelfsbelehrung:
Gegen diesen Bescheid kann innerhalb eines Monats nach seiner Bekanntgabe Klage erhoben werden bei dem Bayerischen Verwaltungsgericht München, Hausanschrift: {VG_STREET}, {VG_CITY}.

Mit freundlichen Grüßen

[[P|Empl]]
Verwaltungsinspektor

Abdruck: Gemeinde Oberding, Bauamt, z. Hd. Frau [[P|Eichinger]], zur Kenntnis
"""


@doc("outlook", "antwort_abgeschlossenheit")
def d21():
    return f"""Von: [[P|Empl, Tobias]] <[[E|tobias.empl@lra-erding.de]]>
Gesendet: Montag, 6. Oktober 2025 11:02
An: '[[P|Hildegard Brandstetter]]' <[[E|hilde.brandstetter@gmx.de]]>
Betreff: AW: Abgeschlossenheitsbescheinigung [[A|Am Mühlbach 5]]

Sehr geehrte Frau [[P|Brandstetter]],

vielen Dank für Ihre Nachricht. Für die Abgeschlossenheitsbescheinigung nach § 7 Abs. 4 WEG benötigen wir:
– den Aufteilungsplan in zweifacher Ausfertigung (Grundrisse aller Geschosse, Schnitt, Ansichten, M 1:100), in dem alle zu einer Wohnung gehörenden Räume mit derselben Nummer gekennzeichnet sind,
– einen aktuellen Lageplan,
– den formlosen Antrag, unterschrieben von beiden Eigentümern.

Die Pläne von 1978 können verwendet werden, wenn sie dem heutigen Bestand entsprechen. Ihr Sohn darf die Pläne selbst überarbeiten; eine Bauvorlageberechtigung ist für den Aufteilungsplan nicht erforderlich. Die Vermessung beim Amt für Digitalisierung, Breitband und Vermessung (Ihr Antrag Nr. [[AZ|2025-VM-01884]]) ist für die Bescheinigung nicht nötig.

Die Gebühr beträgt voraussichtlich 90,00 EUR (Tarif-Nr. 2.I.1/1.24.1 KVz).

Mit freundlichen Grüßen
Im Auftrag
[[P|Tobias Empl]]

Landratsamt Erding
Sachgebiet 41 – Bauordnung
{OFFICE_STREET}, {OFFICE_CITY}
Telefon [[T|08122 58-1433]] | Zentrale {OFFICE_TEL}
Öffnungszeiten: Mo–Fr 7:30–12:00 Uhr, Do 14:00–17:30 Uhr

-----Ursprüngliche Nachricht-----
Von: [[P|Hildegard Brandstetter]] <[[E|hilde.brandstetter@gmx.de]]>
Gesendet: Freitag, 3. Oktober 2025 18:22
An: {OFFICE_MAIL}
Betreff: Abgeschlossenheitsbescheinigung [[A|Am Mühlbach 5]]

Grüß Gott,

mein Mann [[P|Alois]] und ich wollen unser Haus [[A|Am Mühlbach 5]] in Erding in zwei Wohnungen aufteilen, damit unsere Tochter [[P|Magdalena Brandstetter]] und ihr Mann, Herr [[P|Stefan Pöllmann]], oben einziehen können und wir unten bleiben. Der Notar (Dr. [[P|Feichtmayr]]) sagt, wir brauchen dafür eine Abgeschlossenheitsbescheinigung vom Landratsamt. Was müssen wir einreichen? Der Plan ist vom Bauamt 1978, unser Sohn [[P|Lois]] hat ihn eingescannt und würde ihn auch neu zeichnen.

Ein Antrag beim Vermessungsamt läuft schon (Nr. [[AZ|2025-VM-01884]]).

Tel. [[T|08122 / 1 32 07]] (ab 17 Uhr)

Viele Grüße
[[P|Hildegard Brandstetter]]
"""


@doc("word", "akteneinsicht_scan_ocr")
def d22():
    return f"""LANDRATSAMT ERDING                                   Sachgebiet 41
Niederschrift über die Gewährung von Akteneinsicht (Art. 29 BayVwVfG)

Az. der Akte: [[AZ|41-602-B-2025-0317]]          Vorhaben: MFH m. TG, [[A|Kirchfeldstr. 9]]
Datum: 30.07.2025    Uhrzeit: 9:05 - 10:40     Raum: 2.14

Einsichtnehmende Person:
Name, Vorname: [[P|STANGL, Quirin]]
geb. am: [[DOB|17.1O.1979]]
Anschrift: [[A|Kirchfeldstr. 11]], [[A|85435 Erding]]
ausgewiesen durch:  [ ] Personalausweis   [x] Reisepass   Nr.: [[PASS|{ID["quirin_pass"]}]]
handelnd für: Frau [[P|Walburga Stangl]] (Mutter), Vo1lmacht v. 28.07.2025 liegt vor [x]

Anwesend seitens LRA: [[P|Loibl, K.]]

Kopien gefertigt: Bl. 12-19 (Pläne), Bl. 31-33 (eig. Einwendung); 9 Kopien à 0,50 EUR = 4,50 EUR,
bar bezahlt, Quittung Nr. 2025/1187

Hinweis: Die Vollmacht des Herrn [[P|Jurić]] (Bl. 47) und sonstige personenbez. Daten Dritter wurden
nicht zur Einsicht gegeben (abgedeckt).

Unterschrift Einsichtnehmender: [[P|Q. Stangl]]          Unterschrift Bedienstete: [[P|K. Loibl]]
- Seite 1 von 1 -                                           Formbl. 41/09 (Stand 03/2023)
"""


@doc("outlook", "gebetsraum_nutzungsaenderung", ["RELIGION", "ETHNICITY"])
def d23():
    return f"""Von: [[P|Driton Hoxha]] <[[E|d.hoxha@akv-dorfen.de]]>
Gesendet: Mittwoch, 14. Mai 2025 20:36
An: {OFFICE_MAIL}
Cc: [[P|Agron Rexhepi]] <[[E|agron.rexhepi@gmx.net]]>
Betreff: Nutzungsänderung [[A|Gewerbering 7]], Dorfen – Stellplätze / Gebetszeiten

Sehr geehrter Herr [[P|Kratzer]],

vielen Dank für das Gespräch am Montag. Wie gewünscht hier die Angaben zu unserer Nutzung:

Unser Verein (Albanisch-Islamischer Kulturverein Dorfen e.V., VR 203817 beim Amtsgericht München) hat 64 Mitglieder, fast alle Familien aus dem Kosovo und aus Nordmazedonien. Das Freitagsgebet besuchen ca. 35 bis 40 Männer, die meisten kommen zu Fuß oder in Fahrgemeinschaften. Unser Imam, Herr [[P|Xhevdet Shala]], kommt nur freitags aus München. Im Ramadan ist abends mehr los, das stimmt, aber dann sind die Nachbarbetriebe geschlossen und der Hof ist leer.

Ich selbst bin Ashkali, wie ungefähr ein Drittel unserer Mitglieder. Ich sage das nur, weil Herr [[P|Wallner]] vom Nachbargrundstück in der Bürgerversammlung von „Zigeunern“ gesprochen hat, die hier angeblich einziehen. Wir wollen gute Nachbarn sein und haben ihn zum Tag der offenen Tür eingeladen.

Für die Stellplätze hat uns die Holzhandel Isental GmbH ([[A|Gewerbering 11]]) zehn Plätze auf ihrem Hof vermietet, der Vertrag liegt bei (Ansprechpartner dort: Herr [[P|Sebastian Maierhofer]], [[T|08081 / 9 53 17-0]]).

Bei Fragen erreichen Sie mich unter [[T|0157 / 38 44 61 20]], unseren Schriftführer Herrn [[P|Rexhepi]] unter [[T|08081 4 92 33]].

Mit freundlichen Grüßen
[[P|Driton Hoxha]]
1. Vorsitzender
Albanisch-Islamischer Kulturverein Dorfen e.V.
[[A|Gewerbering 7]], [[A|84405 Dorfen]]
"""


@doc("word", "bauausschuss_niederschrift", ["POLITICS", "RELIGION"])
def d24():
    return """Stadt Dorfen
Auszug aus der Niederschrift über die öffentliche Sitzung des Bau-, Planungs- und Umweltausschusses am 15.07.2025

Anwesend: Erster Bürgermeister [[P|Siegfried Lanzinger]] (Vorsitz); StR [[P|Andreas Gschwendtner]] (FW), StRin [[P|Martina Reischl]] (CSU), StR Dr. [[P|Felix Ostermaier]] (Grüne), StR [[P|Hubert Zollner]] (SPD), StRin [[P|Elif Demirtaş]] (Grüne), StR [[P|Konrad Heilmeier]] (CSU), StR [[P|Rainer Gruber]] (ÖDP), StRin [[P|Sabine Wagenpfeil]] (CSU)
Verwaltung: [[P|Johanna Ertl]] (Bauamt), Schriftführerin

TOP 5  Antrag auf Nutzungsänderung einer ehemaligen Schreinerei in einen Gebets- und Versammlungsraum, [[A|Gewerbering 7]], Fl.Nr. 1502/8 Gemarkung Dorfen
Antragsteller: Albanisch-Islamischer Kulturverein Dorfen e.V., vertreten durch den Vorsitzenden Herrn [[P|Driton Hoxha]]

Sachvortrag: Frau [[P|Ertl]] erläutert das Vorhaben. Im Gewerbegebiet sind Anlagen für kirchliche und kulturelle Zwecke nach § 8 Abs. 3 Nr. 2 BauNVO ausnahmsweise zulässig. Nachgewiesen sind 14 Stellplätze auf dem Grundstück und 10 Stellplätze durch Mietvertrag auf dem Nachbargrundstück [[A|Gewerbering 11]]. Der Anwohner Herr [[P|Bernhard Wallner]] (Betriebsleiterwohnung [[A|Gewerbering 9]]) hat schriftlich Bedenken wegen der Parksituation geäußert.

StR [[P|Gschwendtner]] (FW) erklärt sich nach Art. 49 GO für persönlich beteiligt, da sein Betrieb die Umbauarbeiten ausführen soll; er verlässt den Sitzungstisch und nimmt an Beratung und Abstimmung nicht teil.
StR Dr. [[P|Ostermaier]] (Grüne) begrüßt, dass der Verein eigene Stellplätze angemietet hat. StRin [[P|Reischl]] (CSU) regt an, die Ausnahme auf die angegebenen Gebetszeiten zu beschränken.

Beschluss: Das gemeindliche Einvernehmen nach § 36 BauGB wird erteilt. Die Verwaltung wird beauftragt, dem Landratsamt eine Beschränkung der Besucherzahl auf 60 Personen vorzuschlagen.
Abstimmung: 6 : 2 (ohne StR [[P|Gschwendtner]])

TOP 6  Antrag auf Vorbescheid – Ausbau des Dachgeschosses zu einer Einliegerwohnung mit Gaube, [[A|Am Lindenanger 3]], Fl.Nr. 904/12 (Bauherr: [[P|Arben Krasniqi]])
Beschluss: Das gemeindliche Einvernehmen wird erteilt. Abstimmung: 9 : 0

Für die Richtigkeit des Auszugs:
Dorfen, 17.07.2025
[[P|J. Ertl]]
"""


@doc("outlook", "unfallmeldung_geruest", ["HEALTH"])
def d25():
    ssn = ID["kreitmair_ssn"]
    return f"""Von: [[P|Dražen Perković]] <[[E|d.perkovic@bau-union-isental.de]]>
Gesendet: Montag, 15. September 2025 17:31
An: [[E|florian.strasser@lra-erding.de]]
Cc: [[N|bauleitung@bau-union-isental.de]]; [[P|Josef Unterreiner]] <[[E|j.unterreiner@bau-union-isental.de]]>
Betreff: Unfall Baustelle [[A|Kirchfeldstraße 9]] (BV [[P|Wimmer]]) – Meldung

Sehr geehrter Herr [[P|Strasser]],

wie telefonisch gemeldet, ist heute gegen 10:20 Uhr auf der Baustelle in Erding an der Nordseite ein Teil des Fassadengerüsts abgesackt. Zwei Mitarbeiter sind gestürzt:

1. [[P|Sebastian Kreitmair]], geb. [[DOB|14.06.1991]], Maurer, wohnhaft [[A|Sempter Straße 14]], [[A|85435 Erding]] – Sturz aus ca. 2,5 m, Verdacht auf Bruch des linken Handgelenks, mit dem Rettungswagen ins Klinikum Erding gebracht.
   RV-Nr. [[SSN|{ssn[:2]} {ssn[2:8]} {ssn[8]} {ssn[9:]}]], Krankenkasse AOK Bayern, KV-Nr. [[KV|{ID["kreitmair_kvnr"]}]]
2. [[P|Lukas Unterhofer]], geb. [[DOB|27.03.1984]], Zimmerer, überlassen von der Tiroler Holzbau GmbH, Wohnsitz [[A|Ebbser Straße 44]], [[A|6330 Kufstein]], Österreich – Prellungen und Platzwunde am Kopf, ambulant versorgt, heute wieder im Quartier.
   österr. Sozialversicherungsnummer [[SSN|{ID["unterhofer_svnr"][:4]} {ID["unterhofer_svnr"][4:]}]] (A1-Bescheinigung liegt vor); sein Firmentransporter [[KFZ|KU-815 AF]] steht noch auf der Baustelle.

Die Unfallanzeige an die BG BAU ist raus (Az. dort [[AZ|2025/0918-4471]]). Das Gerüst ist gesperrt, der Gerüstbauer kommt morgen früh um 7 Uhr. Herr [[P|Wimmer]] als Bauherr ist informiert.

Mit freundlichen Grüßen

[[P|Dražen Perković]]
Bauleiter
Bau-Union Isental GmbH · [[A|Am Gewerbepark 12]] · [[A|84416 Taufkirchen (Vils)]]
Mobil [[T|0172 5 88 31 94]] · Zentrale [[T|08084 9 40 80-0]]
Geschäftsführer: [[P|Josef Unterreiner]], [[P|Marija Babić-Horvat]] · Amtsgericht Landshut HRB 8712
St.-Nr. [[TNR|{ID["bauunion_tnr"]}]] · USt-IdNr. [[VAT|{ID["bauunion_vat"]}]]
"""


@doc("word", "kaufvertrag_urkunde")
def d26():
    return f"""Beglaubigte Abschrift

URNr. [[AZ|1187/2025 F]]

K a u f v e r t r a g
über landwirtschaftlichen Grundbesitz

Heute, den achtundzwanzigsten Mai zweitausendfünfundzwanzig
– 28.05.2025 –
sind vor mir,
Dr. [[P|Johannes Feichtmayr]],
Notar in Erding,
in meinen Amtsräumen gleichzeitig anwesend:

1. Herr [[P|Alois Kiermeier]],
   geboren am [[DOB|17.08.1944]],
   wohnhaft in [[A|85462 Eitting]], [[A|Moosstraße 41]],
   nach Angabe verwitwet,
   ausgewiesen durch seinen Personalausweis Nr. [[IDC|{ID["kiermeier_pa"]}]],
   Steuer-Identifikationsnummer [[TID|{tax_id_spaced(ID["kiermeier_tid"])}]],
   – nachstehend „Verkäufer“ genannt –

2. Herr [[P|Ödön Kelemen]],
   geboren am [[DOB|9. Mai 1977]],
   wohnhaft in [[A|H-1114 Budapest]], [[A|Bartók Béla út 52]],
   ungarischer Staatsangehöriger,
   ausgewiesen durch seinen ungarischen Personalausweis (személyazonosító igazolvány) Nr. [[IDC|{ID["kelemen_idcard"]}]],
   ungarische Steuer-Identifikationsnummer (adóazonosító jel) [[TID|{ID["kelemen_tax"]}]],

3. Frau [[P|Dóra Kelemen-Varga]],
   geboren am [[DOB|23. Januar 1980]],
   wohnhaft ebenda,
   ungarische Staatsangehörige,
   ausgewiesen durch ihren ungarischen Reisepass Nr. [[PASS|{ID["dora_pass"]}]],
   adóazonosító jel [[TID|{ID["dora_tax"]}]],
   – Nr. 2 und 3 nachstehend „Käufer“ genannt –

Die Erschienenen zu 2. und 3. erklärten, der deutschen Sprache hinreichend kundig zu sein; auf die Zuziehung eines Dolmetschers verzichteten sie. Eine Übersetzung des Entwurfs in die englische Sprache lag ihnen zwei Wochen vor der Beurkundung vor.

§ 1 Grundbuchstand
Im Grundbuch des Amtsgerichts Erding von Eitting Blatt 1877 ist Herr [[P|Alois Kiermeier]] als Alleineigentümer des folgenden Grundbesitzes eingetragen:
Fl.Nr. 873 der Gemarkung Eitting, Am Moosgraben, Landwirtschaftsfläche, zu 1,2410 ha.
Der Grundbesitz ist in Abteilung II und III lastenfrei.

§ 3 Kaufpreis
Der Kaufpreis beträgt 86.800,00 EUR – i. W. sechsundachtzigtausendachthundert Euro –. Er ist binnen 14 Tagen nach Mitteilung des Notars über das Vorliegen der Genehmigung nach dem Grundstückverkehrsgesetz auf folgendes Konto des Verkäufers zu zahlen: [[IBAN|{iban_spaced(ID["kiermeier_iban"])}]] (Raiffeisenbank Erding eG).

§ 6 Pacht
Der Grundbesitz ist bis 31.10.2026 an Herrn [[P|Michael Oberprieler]], [[A|Dorfstraße 6]], [[A|85462 Eitting]], verpachtet. Die Käufer treten mit Besitzübergang in den Pachtvertrag ein.

§ 8 Genehmigungen
Der Vertrag bedarf der Genehmigung nach dem Grundstückverkehrsgesetz. Der Notar wird beauftragt, diese beim Landratsamt Erding zu beantragen und für alle Beteiligten entgegenzunehmen.

Vorgelesen vom Notar, von den Beteiligten genehmigt und eigenhändig unterschrieben:
gez. [[P|Alois Kiermeier]]     gez. [[P|Kelemen Ödön]]     gez. [[P|Dóra Kelemen-Varga]]     gez. [[P|Feichtmayr]], Notar
"""


@doc("outlook", "hinweis_schwarzarbeit", ["UNION"])
def d27():
    return """Von: [[P|Ludwig Aschauer]] <[[E|lucki.aschauer@web.de]]>
Gesendet: Donnerstag, 4. September 2025 06:58
An: [[N|bauamt@lra-erding.de]]
Betreff: Baustelle Ärztehaus Haager Straße – Wohncontainer / Schwarzarbeit? (bitte vertraulich)

Hallo,

ich wohne gegenüber der Baustelle an der Haager Straße (das neue Ärztehaus) und mir fällt seit Wochen einiges auf. Ich bin selber seit 30 Jahren Polier, Mitglied der IG BAU und bei uns in der Firma im Betriebsrat, ich weiß also, wie es auf einer ordentlichen Baustelle ausschaut.

Da wohnen mindestens acht Arbeiter in zwei Containern direkt auf der Baustelle, auch über das Wochenende. Die Transporter haben ungarische und kroatische Kennzeichen ([[KFZ|RKT-492]], [[KFZ|ZG 4471-GH]]), dazu ein Sprinter aus Dachau ([[KFZ|DAH-KV 377]]). Gestern Abend um 22 Uhr wurde noch betoniert.

Der Vorarbeiter, der sich als „[[P|Pista]]“ vorgestellt hat (Nachname weiß ich nicht, vielleicht [[P|Szabó]]), hat mir erzählt, sie bekommen 8 Euro die Stunde. Das ist weit unter dem Mindestlohn. Zuständig ist da wohl der Zoll, aber vielleicht können Sie als Bauaufsicht wenigstens schauen, ob die Container überhaupt genehmigt sind.

Bauherr ist laut Bauschild die Sempt Medical Immobilien GmbH, als Bauleiter steht drauf: Herr [[P|Ferenc Tóth]], Tel. [[T|0171 77 30 592]].

Bitte meinen Namen nicht an die Firma weitergeben. Ich bin unter [[T|08122 8 44 19]] erreichbar.

Gruß
[[P|Ludwig Aschauer]]
[[A|Haager Straße 40a]], [[A|85435 Erding]]
"""


@doc("word", "kreiskasse_erstattungen")
def d28():
    cc = ID["zehetbauer_cc"]
    return f"""Landratsamt Erding – Kreiskasse
Sammel-Auszahlungsanordnung SG 41 (Erstattung überzahlter Gebühren und Sicherheitsleistungen), Liste 2025-09

Lfd.\tEmpfänger\tKassenzeichen\tGrund\tBetrag EUR\tZahlungsweg
1\t[[P|Oberhollenzer, Matthias]]\t[[AZ|2025.41.003391]]\tDoppelzahlung Abbruchanzeige\t120,00\t[[IBAN|{ID["oberhollenzer_iban"]}]]
2\t[[P|Kelemen, Ödön]]\t[[AZ|2025.41.004102]]\tRücknahme Bauantrag Offenstall, 75 % Erstattung\t281,25\t[[IBAN|{ID["kelemen_iban"]}]]
3\t[[P|Gashi, Blerim]]\t[[AZ|2025.41.005233]]\tVorbescheid, Gebühr doppelt eingezogen\t63,00\t[[IBAN|{ID["gashi_iban"]}]]
4\t[[P|Brandstetter, Hildegard]]\t[[AZ|2025.41.004977]]\tAbgeschlossenheitsbescheinigung, Ermäßigung\t45,00\t[[IBAN|{ID["brandstetter_iban"]}]]
5\tAlpenland Wohnbau GmbH\t[[AZ|2025.41.002864]]\tSicherheitsleistung Rückbau Bauschild/Musterhaus\t5.000,00\t[[IBAN|{ID["alpenland_iban"]}]]
6\t[[P|Zehetbauer, Florian]]\t[[AZ|2025.41.005410]]\tschriftl. Auskunft verfahrensfreie Gartenhütte, zu Unrecht erhoben\t35,00\tGutschrift Kreditkarte VISA [[CC|{group(cc, 4)}]] (Zahlung über ePayBL)
7\t[[P|Krasniqi, Arben]]\t[[AZ|2025.41.004388]]\tVorbescheid DG-Ausbau, Überzahlung\t20,00\t[[IBAN|{iban_spaced(ID["krasniqi_iban_xk"])}]] (Konto in XK, Auslandsüberweisung)

Summe: 5.564,25 EUR

Sachlich richtig: [[P|Loibl]] 14.09.2025          Rechnerisch richtig: [[P|R. Fischbacher]] 15.09.2025
Angeordnet: Dr. [[P|Haslbeck]], SGL 41
"""


@doc("outlook", "reply_english_kelemen")
def d29():
    return f"""From: [[P|Kratzer, Stefan]] <[[E|stefan.kratzer@lra-erding.de]]>
Sent: Thursday, 3 July 2025 10:15
To: [[P|Ödön Kelemen]] <[[E|odon.kelemen@freemail.hu]]>
Cc: {SG41_MAIL}
Subject: RE: Horse shelter on plot no. 873, Eitting – question / Frage

Dear Mr [[P|Kelemen]],

thank you for your e-mail of 25 June 2025. Please find our answers below; I have kept the German technical terms in brackets so that you can use them with your architect.

1. Privileged project (§ 35 (1) BauGB): an open horse shelter is only privileged if it serves an agricultural business (landwirtschaftlicher Betrieb). Keeping your own horses as a hobby is not agriculture in this sense. The project would therefore be assessed as an "other project" (sonstiges Vorhaben, § 35 (2) BauGB), which is usually not permissible in the open countryside.
2. Mr [[P|Oberprieler]] is right that you need a building application (Bauantrag) signed by a qualified designer (Entwurfsverfasser).
3. Fee notice: we can address the notice to the company. Please note that we cannot charge credit cards; please transfer the amount to the account of the Kreiskasse Erding, IBAN {KREISKASSE_IBAN}, and quote the cash reference (Kassenzeichen) from the notice.

If you prefer to discuss this in person, I can offer an appointment on 15 or 17 July at 9 am.

Kind regards / Mit freundlichen Grüßen
[[P|Stefan Kratzer]]
Building technician, Sachgebiet 41 – Bauordnung
Landratsamt Erding | {OFFICE_STREET} | {OFFICE_CITY} | Germany
Phone [[T|+49 8122 58-1431]] | Switchboard [[N|+49 8122 58-0]]
Room 2.11 – opening hours Mon–Fri 7.30 am – 12 noon, Thu 2 pm – 5.30 pm

> From: [[P|Ödön Kelemen]] <[[E|odon.kelemen@freemail.hu]]>
> Sent: Wednesday, 25 June 2025 07:52
> To: {OFFICE_MAIL}
> Subject: Horse shelter on plot no. 873, Eitting – question / Frage
>
> my name is [[P|Ödön Kelemen]]. My wife [[P|Dóra]] and I bought the meadow plot no. 873 in Eitting from Mr [[P|Alois Kiermeier]] ...
> For the fee notice (Gebührenbescheid) please use our company:
> Pannon Lovas Kft., [[A|Fő utca 12]], [[A|2092 Budakeszi]], Hungary
"""


@doc("word", "stellungnahme_kreisbaumeister")
def d30():
    return f"""Landratsamt Erding – Kreisbaumeister
Interne Stellungnahme

An: SG 41, Frau [[P|Loibl]] / Frau Dr. [[P|Haslbeck]]
Von: [[P|Ulrich Weinzierl]], Kreisbaumeister (Durchwahl [[N|1440]])
Datum: 05.08.2025
Az.: [[AZ|41-602-B-2025-0317]]; VG München [[AZ|M 1 SN 25.4128]]

Betreff: Abstandsflächen Nordseite, BV [[P|Wimmer]], [[A|Kirchfeldstraße 9]] – Einwand der Klägerin zur Geländeoberfläche

1. Unterlagen
– Abstandsflächenplan A-103 Index c vom 16.05.2025 (arc.plan, Frau [[P|Moll]])
– Vermessung des Bestandsgeländes durch Ing.-Büro Sempt-Vermessung vom 07.11.2024 (vor Antragstellung)
– Luftbild 2023 (BayernAtlas), Fotos der Klägerin (über RA Dr. [[P|Scharnagl]], Bl. 212 ff.)

2. Ergebnis
Die Vermessung vom November 2024 zeigt an der Nordwestecke eine Geländehöhe von 463,42 m ü. NHN; der Abstandsflächenplan rechnet mit 463,40 m. Eine Abgrabung vor Antragstellung ist nach den Höhenpunkten nicht erkennbar. Die Wandhöhe H beträgt damit 7,05 m, die erforderliche Tiefe der Abstandsfläche (0,4 H) 2,82 m, mindestens 3 m. Vorhanden sind 3,15 m bis zur Grenze von Fl.Nr. 218 ([[P|Stangl]]).

3. Ortstermin
Bei meinem Ortstermin am 31.07.2025 war Herr [[P|Quirin Stangl]] anwesend; er hat mir die aus seiner Sicht abgegrabene Stelle gezeigt. Dabei handelt es sich um die Baugrube der Tiefgarage, nicht um das maßgebliche Gelände.

4. Empfehlung
Die Abstandsflächen sind eingehalten. Gegen eine Vorlage dieser Stellungnahme an das Gericht bestehen keine Bedenken.

[[P|Weinzierl]]
"""


def main():
    lines = []
    for n, (channel, template, flags, fn) in enumerate(DOCS, start=1):
        rec = build(f"F108-{n:03d}", channel, template, fn(), flags)
        lines.append(json.dumps(rec, ensure_ascii=False))
    assert len(lines) == 30, len(lines)
    total = sum(len(json.loads(line)["entities"]) for line in lines)
    assert 450 <= total <= 650, total
    with open(os.path.join(HERE, "fresh108.jsonl"), "w", encoding="utf-8", newline="\n") as out:
        out.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} documents, {total} entities")


if __name__ == "__main__":
    main()
