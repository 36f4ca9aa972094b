#!/usr/bin/env python3
"""Fresh blind batch 109: a Ruhr city's youth welfare office (Jugendamt Herne): custody and contact disputes,
Unterhaltsvorschuss, guardianship, child protection, family-court and lawyers' correspondence.

Deterministic: one seeded generator (seed 10909), no clock, no unordered iteration. Writes fresh109.jsonl next to
this script. Every person, street, company and number is invented.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from marks import build  # noqa: E402
from identifiers import Identifiers, group, icao_check  # noqa: E402

ids = Identifiers(10909)
rng = ids.rng


# ---------------------------------------------------------------- foreign identifiers (public check algorithms)
def pesel(yyyy, mm, dd, male):
    """Polish PESEL: YYMMDD (month +20 for 2000-2099), 4 serial digits (10th digit odd = male), check digit with
    weights 1,3,7,9,1,3,7,9,1,3: check = (10 - sum mod 10) mod 10."""
    month = mm + (20 if yyyy >= 2000 else 0)
    head = f"{yyyy % 100:02d}{month:02d}{dd:02d}" + ids.digits(3)
    head += rng.choice("13579" if male else "02468")
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    total = sum(int(c) * w for c, w in zip(head, weights))
    return head + str((10 - total % 10) % 10)


def nip():
    """Polish NIP: 9 digits + check = weighted sum (6,5,7,2,3,4,5,6,7) mod 11; 10 is not allowed."""
    while True:
        body = ids.digits(3, first_nonzero=True) + ids.digits(6)
        total = sum(int(c) * w for c, w in zip(body, (6, 5, 7, 2, 3, 4, 5, 6, 7))) % 11
        if total != 10:
            return body + str(total)


def polish_id_card():
    """Polish identity card (dowód osobisty): 3 letters + 6 digits; the first digit is the check digit, weights
    7,3,1,9,7,3,1,7,3 over all nine characters (A=10 ... Z=35), the weighted sum must be 0 mod 10."""
    letters = "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(3))
    rest = ids.digits(5)
    vals = [ord(c) - 55 for c in letters] + [int(c) for c in rest]
    weights = (7, 3, 1, 7, 3, 1, 7, 3)
    check = sum(v * w for v, w in zip(vals, weights)) % 10
    return f"{letters}{check}{rest}"


def jmbg(dd, mm, yyyy, region, male):
    """Serbian JMBG: DDMMYYY RR BBB K; K = 11 - (7(a+g)+6(b+h)+5(c+i)+4(d+j)+3(e+k)+2(f+l)) mod 11, 11 -> 0;
    a result of 10 is invalid, so such serials are skipped."""
    while True:
        serial = rng.randrange(0, 500) if male else rng.randrange(500, 1000)
        head = f"{dd:02d}{mm:02d}{yyyy % 1000:03d}{region:02d}{serial:03d}"
        d = [int(c) for c in head]
        s = 7 * (d[0] + d[6]) + 6 * (d[1] + d[7]) + 5 * (d[2] + d[8]) + 4 * (d[3] + d[9]) \
            + 3 * (d[4] + d[10]) + 2 * (d[5] + d[11])
        m = 11 - s % 11
        if m == 10:
            continue
        return head + str(0 if m == 11 else m)


def ghana_tin():
    """Ghana Revenue Authority TIN for individuals: P00 + 7 digits + check; check = sum((i+1)*digit) over
    characters 2-10 mod 11 (10 would be 'X'; such numbers are skipped)."""
    while True:
        body = "P00" + ids.digits(7)
        check = sum((i + 1) * int(n) for i, n in enumerate(body[1:10])) % 11
        if check != 10:
            return body + str(check)


def ghana_card():
    """Ghana Card PIN GHA-#########-#; the last digit's algorithm is not published: random digit."""
    return f"GHA-{ids.digits(9, first_nonzero=True)}-{ids.digits(1)}"


def rv(s):
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"


# ---------------------------------------------------------------- the identifiers of this batch (fixed order)
TID_SZYMON = ids.tax_id()
IBAN_KASIA = ids.iban_de()
PESEL_PAWEL = pesel(1985, 10, 4, True)
IDC_KASIA = polish_id_card()
NIP_PAWEL = nip()
VAT_TRANSKARP = "PL" + nip()
IBAN_PL_PAWEL = ids.iban("PL", 24)
KG_NR = ids.digits(3, True) + "FK" + ids.digits(6)
IBAN_CITY = ids.iban_de()
KASSE_KASIA = f"5.1200.{ids.digits(6)}"
PASS_JANA = "LR" + ids.digits(7)
PASS_KARIM = "LR" + ids.digits(7)
PASS_NOUR = "N" + ids.digits(9)
PASS_AHMAD = "N" + ids.digits(9)
KV_LUKA = ids.health_insurance()
GHA_CARD = ghana_card()
GHA_TIN = ghana_tin()
PASS_KWAME = "G" + ids.digits(7)
PASS_ABENA = "G" + ids.digits(7)
IBAN_KROLL = ids.iban_de()
KV_MIA = ids.health_insurance()
AZR_YOUSEF = ids.digits(12, True)
SYR_NATNR = "07" + ids.digits(9)
KV_YOUSEF = ids.health_insurance()
IBAN_YOUSEF = ids.iban_de()
IBAN_BA = ids.iban_de()
TID_MILOS = ids.tax_id()
SSN_MILOS = ids.social_security("220987", "N")
JMBG_MILOS = jmbg(22, 9, 1987, 80, True)
JMBG_DRAGANA = jmbg(11, 7, 1990, 80, False)
IBAN_RS_MILOS = ids.iban("RS", 18)
CC_MILOS = ids.credit_card("53", 16)
KASSE_NIKOLIC = f"5.1200.{ids.digits(6)}"
TID_YARA = ids.tax_id()
IBAN_NOUR = ids.iban_de()
EAT_NOUR = ids.id_card(check_digit=True)
IBAN_LB = ids.iban("LB", 24)
VAT_MEHRING = ids.vat_id()
TNR_MEHRING = ids.tax_number_nrw()
TNR_SELBST = ids.tax_number_nrw()
TNR_FED = ids.tax_number_federal_nrw()
IDC_RALF = ids.id_card(check_digit=True)
PASS_JUSTIN = ids.passport(check_digit=False)
VAT_HADDAD = ids.vat_id()
STW_KDNR = ids.digits(10, True)
POL_VG = f"250419-1132-{ids.digits(6)}"
POL_VG2 = f"250704-0917-{ids.digits(6)}"
BG_NR = "35104BG" + ids.digits(7)
JC_KDNR = "351D" + ids.digits(6)

# the UVG recourse table (doc 6): per row one file number, one ASD/UVG serial
UVG_SERIALS = [f"{int(ids.digits(3)) % 900 + 100:04d}" for _ in range(7)]


def sp4(iban):
    return group(iban, 4)


DOCS = []


def doc(channel, template, flags=()):
    def deco(fn):
        DOCS.append((channel, template, list(flags), fn))
        return fn
    return deco


# =============================================================== F109-001
@doc("outlook", "umgang_mutter_mail")
def d01():
    return f"""Von: [[P|Rania Khalil]] <[[E|rania.khalil91@gmail.com]]>
Gesendet: Montag, 19. Mai 2025 07:12
An: [[P|Oberbeck, Kerstin]] <[[E|kerstin.oberbeck@herne.de]]>
Betreff: AW: Umgang am Wochenende / Az [[AZ|42 F 187/25]]

Hallo Frau [[P|Oberbeck]],

sorry dass ich erst jetzt schreibe, ich hatte Frühschicht. [[P|Mahmoud]] hat die Kinder am Sonntag wieder nicht um 18 Uhr zurückgebracht wie abgesprochen, sondern erst um halb elf in der Nacht. [[P|Karim]] hat heute morgen in der Kita nur geweint und [[P|Jana]] war so müde dass sie nicht in die Schule wollte.
[[P|Jana]] sagt sie waren den ganzen Tag bei seiner Cousine in Castrop, irgendwo an der Wittener Straße. Ich hab ihn 6 mal angerufen unter [[T|0176 41 82 337]], er geht nicht ran.

Meine Anwältin Frau [[P|Haddad]] weiß Bescheid, sie sagt ich soll alles aufschreiben und Ihnen schicken. Das mache ich hiermit.

Können wir den Termin am Donnerstag 14 Uhr machen (Zimmer 2.114)? Ich komme dann direkt von der Arbeit.

Meine neue Handynummer ist [[T|0157-3829 1146]], die alte geht nicht mehr. Und ich wohne jetzt bei meiner Cousine [[P|Hiba Moussawi]], [[A|Overhofstraße 31a]], [[A|44649 Herne]], bis ich was eigenes finde. Post bitte dahin.

Danke & Salam
[[P|Rania]]

Von meinem iPhone gesendet
"""


# =============================================================== F109-002
@doc("word", "stellungnahme_familiengericht", ["RELIGION"])
def d02():
    return f"""Stadt Herne · Der Oberbürgermeister
Fachbereich Kinder, Jugend und Familie – Allgemeiner Sozialer Dienst, Bezirk Herne-Mitte
[[N|Rathausstraße 6]] · [[N|44649 Herne]] · Telefon [[N|02323 16-0]] · [[N|jugendamt@herne.de]]

Amtsgericht Herne
– Familiengericht –
[[N|Friedrich-Ebert-Platz 1]]
[[N|44623 Herne]]

Ihr Aktenzeichen: [[AZ|42 F 187/25]]
Unser Zeichen: [[AZ|51.3-ASD 0611/24]]
Sachbearbeitung: Frau [[P|Oberbeck]], Durchwahl [[T|02323 16-2284]]
Herne, 18.06.2025

Familiensache
wegen elterlicher Sorge und Umgangsrecht betreffend die Kinder
[[P|Jana El-Zein]], geb. [[DOB|09.06.2016]], und
[[P|Karim El-Zein]], geb. [[DOB|21.01.2019]]

Stellungnahme des Jugendamtes gemäß § 162 FamFG, § 50 SGB VIII

1. Beteiligte
Kindesmutter: Frau [[P|Rania Khalil]], * [[DOB|14.03.1991]], [[A|Overhofstraße 31a]], [[A|44649 Herne]]
Verfahrensbevollmächtigte: Rechtsanwältin [[P|Leyla Haddad]], Bochum
Kindesvater: Herr [[P|Mahmoud El-Zein]], * [[DOB|02.11.1986]], [[A|Ickerner Straße 118]], [[A|44581 Castrop-Rauxel]]
Verfahrensbevollmächtigter: Rechtsanwalt Dr. [[P|Christoph Albers-Wenning]], Recklinghausen
Verfahrensbeistand: Frau [[P|Anne-Kathrin Lütke-Wöstmann]]

2. Bisheriger Verlauf
Die Eltern haben 2015 in Beirut geheiratet und leben seit Oktober 2023 getrennt. Die Kinder leben seitdem im Haushalt der Mutter; der Vater übt den Umgang 14-tägig von Samstag 10 Uhr bis Sonntag 18 Uhr aus. Die Übergaben verlaufen konfliktreich, zuletzt kam es am 18.05.2025 zu einer verspäteten Rückgabe um 22:30 Uhr.

Ein wesentlicher Streitpunkt ist die religiöse Erziehung. Frau [[P|Khalil]] ist maronitische Christin und möchte, dass [[P|Jana]] im kommenden Schuljahr am katholischen Religionsunterricht teilnimmt. Herr [[P|El-Zein]] ist sunnitischer Muslim, besucht mit den Kindern an den Umgangswochenenden die Moschee und hat die Tochter ohne Absprache zum Koranunterricht angemeldet. Beide Eltern haben sich in den Gesprächen gegenseitig vorgeworfen, die Kinder zu beeinflussen.

Frau [[P|Khalil]] befürchtet, dass der Vater die Kinder während der Sommerferien in den Libanon bringt und nicht zurückkehrt. Die libanesischen Reisepässe der Kinder (Nr. [[PASS|{PASS_JANA}]] und [[PASS|{PASS_KARIM}]]) befinden sich nach Angaben der Mutter beim Vater, der dies bestätigt hat. Er hat erklärt, er wolle lediglich seine Familie in Beirut besuchen.

3. Gespräche und Erkenntnisse
– 22.05.2025: Gespräch mit der Mutter im Dienstgebäude
– 27.05.2025: Hausbesuch beim Vater; die Wohnung ist kindgerecht eingerichtet, beide Kinder haben ein eigenes Bett
– 03.06.2025: Rücksprache mit der Bezugserzieherin des Sohnes, Frau [[P|Petra Nowicki]] (Kita St. Marien)
– 05.06.2025: Rücksprache mit dem Klassenlehrer von [[P|Jana]], Herrn [[P|Uwe Beckmann-Şahin]]
Beide Kinder sind an beide Eltern gebunden. Die Neunjährige äußerte, sie wolle „bei Mama wohnen und Papa sehen, aber ohne Streit“.

4. Empfehlung
Das Jugendamt empfiehlt, den Lebensmittelpunkt der Kinder bei der Mutter zu belassen, den Umgang mit dem Vater fortzusetzen und die Hinterlegung der Reisepässe bei Gericht anzuordnen. Für die Frage des Religionsunterrichts wird eine Beratung in der Erziehungsberatungsstelle angeregt.

Im Auftrag
[[P|Kerstin Oberbeck]]
Dipl.-Sozialarbeiterin
"""


# =============================================================== F109-003
@doc("outlook", "uvg_mutter_polnisch")
def d03():
    tid = f"{TID_SZYMON[:2]} {TID_SZYMON[2:5]} {TID_SZYMON[5:8]} {TID_SZYMON[8:]}"
    return f"""Od: [[P|Katarzyna Wróblewska]] <[[E|k.wroblewska88@wp.pl]]>
Wysłano: wtorek, 8 kwietnia 2025 21:47
Do: [[N|uvg@herne.de]]
Temat: Unterhaltsvorschuss für [[P|Szymon]] – fehlende Unterlagen – Az [[AZ|51.21-UVG 0347/25]]

Sehr geehrte Frau [[P|Schulte-Bräucker]],

wie am Telefon besprochen schicke ich Ihnen die fehlenden Angaben. Entschuldigung für mein Deutsch, ich schreibe mit Übersetzer.

Kind: [[P|Szymon Zając]], geboren am [[DOB|15.02.2015]] in Herne
Steuer-ID von [[P|Szymon]]: [[TID|{tid}]]
Mein Konto (Sparkasse): [[IBAN|{sp4(IBAN_KASIA)}]]
Mein Ausweis (polnischer Personalausweis / dowód osobisty): [[IDC|{IDC_KASIA}]]

Vater: [[P|Paweł Zając]], ur. [[DOB|4 października 1985]] w Kielcach
PESEL: [[IDC|{PESEL_PAWEL}]]
Adres: [[A|ul. Świętokrzyska 27 m. 12]], [[A|25-366 Kielce]], Polska
Tel.: [[T|+48 601 234 567]]

Er arbeitet bei einer Spedition in Kielce als LKW-Fahrer, fährt viel nach Deutschland und Holland. Seit Oktober 2024 zahlt er nichts mehr, nur einmal im Januar 150 zł. Es gibt ein Urteil vom Sąd Rejonowy w Kielcach, sygn. akt [[AZ|III RC 214/23]], 600 zł im Monat für [[P|Szymon]].

Meine Handynummer ist neu: [[T|0152 / 287 339 04]]. Ab 15 Uhr kann ich immer telefonieren.

Pozdrawiam serdecznie / Mit freundlichen Grüßen
[[P|Katarzyna Wróblewska]]
[[A|Von-der-Heydt-Straße 9]]
[[A|44629 Herne]]
"""


# =============================================================== F109-004
@doc("word", "uvg_bescheid")
def d04():
    return f"""Stadt Herne · Der Oberbürgermeister
Fachbereich Kinder, Jugend und Familie · Unterhaltsvorschusskasse
Postanschrift: [[N|Postfach 10 18 20]], [[N|44621 Herne]]
Besucheranschrift: [[N|Rathausstraße 6]], 3. Etage

Frau
[[P|Katarzyna Wróblewska]]
[[A|Von-der-Heydt-Straße 9]]
[[A|44629 Herne]]

Aktenzeichen: [[AZ|51.21-UVG 0347/25]]
Kassenzeichen: [[AZ|{KASSE_KASIA}]]
Auskunft erteilt: Frau [[P|Schulte-Bräucker]], Zimmer 3.07
Telefon: [[T|02323 16-3471]]
E-Mail: [[E|dagmar.schulte-braeucker@herne.de]]
Datum: 14.04.2025

Bescheid über Leistungen nach dem Unterhaltsvorschussgesetz (UVG)

Sehr geehrte Frau [[P|Wróblewska]],

auf Ihren Antrag vom 24.03.2025 bewillige ich für Ihr Kind

[[P|Szymon Zając]], geboren am [[DOB|15.02.2015]],

Unterhaltsleistungen nach § 1 UVG ab dem 01.03.2025 in Höhe von monatlich 299,00 EUR. Der Betrag ergibt sich aus dem Mindestunterhalt der zweiten Altersstufe abzüglich des vollen Kindergeldes für ein erstes Kind (§ 2 Abs. 2 UVG). Das Kindergeld wird von der Familienkasse unter der Kindergeldnummer [[AZ|{KG_NR}]] gezahlt.

Die Nachzahlung für März und April 2025 (598,00 EUR) und die laufenden Beträge werden auf Ihr Konto [[IBAN|{IBAN_KASIA}]] überwiesen.

Mit der Zahlung geht der Unterhaltsanspruch von [[P|Szymon]] gegen seinen Vater, Herrn [[P|Paweł Zając]], in Höhe der Leistung auf das Land Nordrhein-Westfalen über (§ 7 UVG). Wir werden den Anspruch gegen Herrn [[P|Zając]] selbst geltend machen, auch in Polen.

Ihre Pflichten: Teilen Sie uns bitte sofort mit, wenn sich etwas ändert, z. B. wenn Sie umziehen, heiraten, mit dem Vater zusammenziehen oder wenn er Unterhalt zahlt (§ 6 UVG). Zu Unrecht erhaltene Leistungen müssen erstattet werden (§ 5 UVG).

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Gelsenkirchen, [[N|Bahnhofsvorplatz 3]], [[N|45879 Gelsenkirchen]], erhoben werden.

Mit freundlichen Grüßen
Im Auftrag

[[P|D. Schulte-Bräucker]]

Sprechzeiten: Mo, Di, Do 8:30–12:00 Uhr, Do zusätzlich 14:00–17:30 Uhr
Bankverbindung Stadtkasse Herne: Herner Sparkasse, IBAN [[N|{sp4(IBAN_CITY)}]]
"""


# =============================================================== F109-005
@doc("outlook", "rueckgriff_weiterleitung_englisch")
def d05():
    return f"""Von: [[P|Pieper-Olbrich, Martina]]
Gesendet: Mittwoch, 21. Mai 2025 09:12
An: [[P|Schulte-Bräucker, Dagmar]]
Betreff: WG: [[P|Zając]] / maintenance claim – your ref. [[AZ|51.21-UVG 0347/25]]

Hallo [[P|Dagmar]],

zur Info: die polnische Anwältin der Mutter hat geantwortet (auf Englisch). Die Arbeitgeberangaben können wir für den Rückgriff gegen [[P|Zając]] nutzen. Die NIP ist seine persönliche Steuernummer, die Spedition hat eine eigene EU-USt-ID. Ich lege die Mail auch zur Beistandschaftsakte [[AZ|51.22-Bst 1187/23]].

LG [[P|Martina]]

--
[[P|Martina Pieper-Olbrich]]
Beistandschaften / Beurkundungen
Stadt Herne, Fachbereich Kinder, Jugend und Familie
Tel. [[T|02323 16-3390]] | Zentrale [[N|02323 16-0]]
[[N|beistandschaft@herne.de]]

-----Ursprüngliche Nachricht-----
Von: [[P|Małgorzata Dąbrowska-Lis]] <[[E|m.dabrowska-lis@kancelaria-dl.pl]]>
Gesendet: Dienstag, 20. Mai 2025 17:40
An: [[N|beistandschaft@herne.de]]
Betreff: [[P|Zając]] / maintenance claim – your ref. [[AZ|51.21-UVG 0347/25]]

Dear Ms [[P|Pieper-Olbrich]],

further to your letter of 29 April 2025 concerning the child [[P|Szymon Zając]] (born [[DOB|15 February 2015]]), I can confirm on behalf of my client, the child's mother, the following information about the father:

Name: [[P|Paweł Zając]]
PESEL: [[IDC|{PESEL_PAWEL}]]
NIP (personal tax number): [[TID|{NIP_PAWEL[:3]}-{NIP_PAWEL[3:6]}-{NIP_PAWEL[6:8]}-{NIP_PAWEL[8:]}]]
Address: [[A|ul. Świętokrzyska 27 m. 12]], [[A|25-366 Kielce]]
Employer: TRANS-KARP Sp. z o.o., Kielce, VAT EU [[VAT|{VAT_TRANSKARP}]]

Mr [[P|Zając]] works as an international truck driver; his gross salary is approx. PLN 6,800 per month plus daily allowances. Maintenance payments of PLN 600 were made until September 2024 from his account [[IBAN|{sp4(IBAN_PL_PAWEL)}]] (mBank). Enforcement proceedings are pending before the competent bailiff (Komornik Sądowy przy Sądzie Rejonowym w Kielcach) under ref. [[AZ|Km 1432/24]].

Please do not hesitate to contact me if you need certified translations of the judgment.

Kind regards / Z poważaniem
adw. [[P|Małgorzata Dąbrowska-Lis]]
Kancelaria Adwokacka
[[A|ul. Sienkiewicza 40/3]], [[A|25-507 Kielce]]
tel. [[T|+48 41 344 27 90]]
"""


# =============================================================== F109-006
@doc("word", "rueckgriff_tabelle_excel")
def d06():
    s = UVG_SERIALS
    rows = [
        (f"51.21-UVG {s[0]}/24", "Lena-Marie Kotthoff", "03.03.2014", "Sascha Kotthoff", "17.12.1983",
         "Emscherstraße 44", "44651 Herne", "Autohaus Wanne GmbH", "3.588,00", "Kaminski"),
        (f"51.21-UVG {s[3]}/25", "Efua Owusu-Ansah", "07.04.2024", "Kwame Asante Mensah", "23.05.1990",
         "Hse No. 14, Abavana Down", "Accra (GH)", "Spedition, Tema", "1.362,00", "Pieper-Olbrich"),
        (f"51.21-UVG {s[4]}/23", "Noah Vitale", "05.05.2012", "Gianluca Vitale", "21.02.1980",
         "Hordeler Straße 9", "44651 Herne", "selbständig (Eiscafé)", "8.970,00", "Schulte-Bräucker"),
        (f"51.21-UVG {s[5]}/25", "Milica Nikolić", "16.04.2013", "Miloš Nikolić", "22.09.1987",
         "Grillostraße 19", "45881 Gelsenkirchen", "Stahlbau Rheinelbe GmbH", "598,00", "Kaminski"),
    ]
    lines = ["Rückgriff UVG – offene Forderungen, Stand 30.06.2025 (Export aus dem Fachverfahren, Blatt „Rückgriff“)",
             "",
             "Az.\tKind\tgeb.\tUnterhaltspflichtige/r\tgeb.\tStraße\tPLZ Ort\tArbeitgeber\tRückstand €\tBearb."]
    for az, kid, kdob, par, pdob, street, city, emp, amount, staff in rows:
        lines.append(f"[[AZ|{az}]]\t[[P|{kid}]]\t[[DOB|{kdob}]]\t[[P|{par}]]\t[[DOB|{pdob}]]\t[[A|{street}]]\t"
                     f"[[A|{city}]]\t{emp}\t{amount}\t[[P|{staff}]]")
    lines += ["", "Summe Rückstände: 14.518,00 €",
              f"Hinweis zu Zeile 3: Herr [[P|Vitale]] ist selbständig, Steuernummer [[TNR|{TNR_SELBST}]] (Finanzamt "
              "Herne) – Einkommensteuerbescheide 2022–2024 anfordern, ggf. Auskunft nach § 6 Abs. 2 UVG beim Finanzamt.",
              "Zeile 4: gilt auch für [[P|Luka]] (2. Kind), Auskunftsersuchen am 02.06.2025 versandt, Antwort liegt vor (s. Mail vom 27.06.).",
              "Zeile 2: Vaterschaft am 12.08.2025 beurkundet, Rückgriff ins Ausland über das Bundesamt für Justiz prüfen."]
    return "\n".join(lines) + "\n"


# =============================================================== F109-007
@doc("outlook", "ehrenamt_mail_syrische_familie", ["HEALTH"])
def d07():
    return f"""Von: [[P|Ute Wessolowski]] <[[E|ute.wessolowski@posteo.de]]>
An: [[N|asd-wanne@herne.de]]
Betreff: Frau [[P|Al-Hamwi]] – bitte um Rückruf wegen [[P|Omar]] und [[P|Yara]]

Guten Tag Herr [[P|Wischnewski]],

ich begleite ehrenamtlich für die Flüchtlingshilfe Wanne-Eickel Frau [[P|Nour Al-Hamwi]] und ihre beiden Kinder [[P|Yara]] (7) und [[P|Omar]] (4). Frau [[P|Al-Hamwi]] spricht noch wenig Deutsch, deshalb schreibe ich in ihrem Auftrag, die Vollmacht hatte ich Ihnen im März gegeben.

[[P|Omar]] (geb. [[DOB|02.09.2020]]) hatte am Samstag wieder einen Krampfanfall, diesmal fast vier Minuten lang, der Rettungswagen hat ihn ins Marienhospital gebracht. Er ist seit März wegen Epilepsie bei Frau Dr. [[P|Aylin Karagöz]] in der Neuropädiatrie in Behandlung und bekommt Levetiracetam. Frau [[P|Al-Hamwi]] ist mit der Situation allein völlig überfordert, sie schläft kaum noch. Der Vater der Kinder, [[P|Ahmad Al-Hamwi]], ist seit 2022 verschwunden, zuletzt hat er sich aus Gaziantep gemeldet.

Dazu kommen die Behörden:
– Jobcenter: BG-Nummer [[AZ|{BG_NR}]], zuständig ist Herr [[P|Dziedzic]]. Dort wurde der Unterhaltsvorschuss als Einkommen angerechnet, obwohl er noch gar nicht bewilligt ist.
– Ausländerbehörde: Aktenzeichen [[AZ|32.4-SYR-2291/23]]. Der syrische Pass von Frau [[P|Al-Hamwi]] (Nr. [[PASS|{PASS_NOUR}]]) läuft im Oktober ab, und die Botschaft verlangt dafür sehr viel Geld.

Könnten Sie sich bitte bei uns melden? Am besten erreichen Sie mich unter [[T|0171 9 35 27 48]]. Frau [[P|Al-Hamwi]]s eigene Nummer ist [[T|+49 1520 4471932]], dort geht meistens ihre Nachbarin ran, die für sie übersetzt.

Die Adresse ist unverändert: [[A|Rottbruchstraße 47]], [[A|44651 Herne]] (2. OG links, Klingel „[[P|Hamwi]]/[[P|Sabbagh]]“ funktioniert nicht, bitte klopfen).

Herzliche Grüße
[[P|Ute Wessolowski]]
Flüchtlingshilfe Wanne-Eickel e. V. – Patenschaftsprojekt
"""


# =============================================================== F109-008
@doc("word", "kinderschutz_8a_vermerk", ["HEALTH", "ETHNICITY"])
def d08():
    kv = KV_LUKA
    return f"""VERMERK gemäß § 8a SGB VIII – Gefährdungseinschätzung im Zusammenwirken mehrerer Fachkräfte
Sozialdaten – nur für die Akte (§§ 61 ff. SGB VIII, § 35 SGB I)
Aktenzeichen: [[AZ|51.3-ASD 0298/25]]

Eingang der Meldung: 12.05.2025, 10:40 Uhr, telefonisch
Meldende Stelle: Kita Regenbogen, Leiterin Frau [[P|Anja Thiemann-Kruse]], Tel. [[N|02325 78 41 09]]

Betroffene Kinder
– [[P|Luka Nikolić]], geb. [[DOB|30.11.2018]], besucht die Kita Regenbogen
  Krankenversicherung: AOK NordWest, KVNR [[KV|{kv}]]
– [[P|Milica Nikolić]], geb. [[DOB|16.04.2013]], Gesamtschule Wanne-Eickel, Klasse 6b

Sorgeberechtigte
– Mutter: [[P|Dragana Jovanović]], geb. [[DOB|11.07.1990]], [[A|Dorstener Straße 210]], [[A|44653 Herne]], Tel. [[T|0152 2714 9083]]
– Vater (gemeinsame Sorge): [[P|Miloš Nikolić]], [[A|Grillostraße 19]], [[A|45881 Gelsenkirchen]]

Hintergrund: Die Familie gehört zur Minderheit der Roma aus der Vojvodina (Serbien) und lebt seit 2014 in Herne. Frau [[P|Jovanović]] ist seit der Trennung 2023 alleinerziehend. Sie befindet sich nach eigenen Angaben wegen einer depressiven Erkrankung in hausärztlicher Behandlung, Medikamente nehme sie „nur manchmal“.

Sachverhalt: Die Erzieherin Frau [[P|Melanie Okonkwo]] bemerkte am Morgen des 12.05. beim Umziehen an beiden Oberarmen von [[P|Luka]] griffförmige Hämatome unterschiedlichen Alters. Auf Nachfrage sagte [[P|Luka]], „der Onkel“ habe ihn festgehalten. Gemeint ist vermutlich der Bruder der Mutter, [[P|Dejan Jovanović]], der sich häufig in der Wohnung aufhält.

Am selben Tag Vorstellung in der Kinderschutzambulanz des St. Anna-Hospitals, Oberarzt Dr. [[P|Jörg Tiefenbach]], Fall-Nr. [[AZ|2025-018843]]. Befund: Hämatome vereinbar mit festem Zugreifen, keine Frakturen, Röntgen unauffällig. Gewicht und Größe im Normbereich.

Einschätzung (ASD-Team Wanne, Teamleitung [[P|Frank Böckenhoff]]):
latente Kindeswohlgefährdung. Die Mutter ist kooperationsbereit und hat zugesagt, dass Herr [[P|Jovanović]] die Wohnung nicht mehr betritt, wenn die Kinder anwesend sind.

Schutzplan
1. Sozialpädagogische Familienhilfe (§ 31 SGB VIII) ab 01.06.2025, 6 Fachleistungsstunden pro Woche
2. Tägliche Rückmeldung der Kita bei Fehlzeiten oder Auffälligkeiten
3. Anbindung der Mutter an die psychiatrische Institutsambulanz
4. Überprüfung am 16.06.2025

Herne, 13.05.2025
gez. [[P|Oberbeck]]
"""


# =============================================================== F109-009
@doc("outlook", "kita_rueckmeldung_antwort")
def d09():
    return f"""Von: Kita Regenbogen – Leitung <[[N|kita-regenbogen@ev-kitas-herne.de]]>
Gesendet: Freitag, 23. Mai 2025 13:05
An: [[P|Oberbeck, Kerstin]]
Cc: [[P|Melanie Okonkwo]] <[[E|m.okonkwo@ev-kitas-herne.de]]>
Betreff: AW: Rückmeldung [[P|Luka N.]] – Woche 21

Liebe Frau [[P|Oberbeck]],

wie vereinbart unsere Rückmeldung für diese Woche:

Mo 19.05.  anwesend, gebracht von der Mutter, 8:10 Uhr
Di 20.05.  anwesend, gebracht von [[P|Milica]] (große Schwester), abgeholt von der Mutter
Mi 21.05.  fehlt, keine Entschuldigung
Do 22.05.  anwesend, abgeholt um 15:45 von einem Herrn, der sich als „Onkel [[P|Dejo]]“ vorstellte – laut unserer Liste nicht abholberechtigt! Wir haben ihn nicht mitgegeben und die Mutter angerufen ([[T|0152 2714 9083]]). Sie kam 20 Minuten später selbst.
Fr 23.05.  anwesend, unauffällig, hat gut gegessen

Am Körper haben wir keine neuen Auffälligkeiten gesehen. [[P|Luka]] spielt viel in der Bauecke und erzählt von „Baba“ in Serbien.

Bitte nehmen Sie zur Kenntnis, dass ich vom 02. bis 13.06. im Urlaub bin; Vertretung hat Frau [[P|Okonkwo]] (in Kopie), erreichbar über die Gruppentelefonnummer [[N|02325 78 41 12]].

Herzliche Grüße
[[P|Anja Thiemann-Kruse]]
Leitung Ev. Kita Regenbogen
[[N|Kolpingplatz 2]] · [[N|44653 Herne]]

-----Ursprüngliche Nachricht-----
Von: [[P|Oberbeck, Kerstin]] <[[E|kerstin.oberbeck@herne.de]]>
Gesendet: Dienstag, 13. Mai 2025 16:21
An: [[N|kita-regenbogen@ev-kitas-herne.de]]
Betreff: Rückmeldung [[P|Luka N.]]

Liebe Frau [[P|Thiemann-Kruse]],

vielen Dank für Ihre Meldung von gestern. Wie besprochen bitte ich Sie bis auf Weiteres um eine wöchentliche kurze Rückmeldung (jeweils freitags) zu [[P|Luka]]. Bei Fehlzeiten ohne Entschuldigung bitte sofort anrufen: [[T|02323 16-2284]].

Abholberechtigt sind ausschließlich die Mutter, Frau [[P|Dragana Jovanović]], und die Großtante Frau [[P|Ružica Stanković]].

Freundliche Grüße
[[P|K. Oberbeck]]
ASD Bezirk Wanne
"""


# =============================================================== F109-010
@doc("word", "hilfeplan_protokoll", ["HEALTH"])
def d10():
    return f"""Protokoll Hilfeplangespräch gemäß § 36 SGB VIII
Hilfeart: Vollzeitpflege nach § 33 SGB VIII (Erziehungsstelle)
Aktenzeichen: [[AZ|PKD 51.32-0419]]
Datum: 03.07.2025, 14:00 – 15:45 Uhr, Besprechungsraum 2.114

Kind: [[P|Justin-Noah Pawlak]], geb. [[DOB|2. Oktober 2016]], in der Pflegefamilie seit 11/2021

Teilnehmende
• [[P|Birgit ter Horst]] und [[P|Ralf ter Horst]], Pflegeeltern, [[A|Am Kortenbusch 14]], [[A|44627 Herne]]
• [[P|Jacqueline Pawlak]], Kindesmutter (ab 14:30 Uhr)
• [[P|Mareike Sonnenschein]], Kinder- und Jugendlichenpsychotherapeutin
• [[P|Kerstin Oberbeck]], ASD
• [[P|Heike Bultmann]], Pflegekinderdienst (Moderation und Protokoll)
Nicht erschienen: Kindesvater [[P|Sven-Olaf Pawlak]] (Anschrift unbekannt, Einladung über das Einwohnermeldeamt nicht zustellbar)

1. Entwicklung seit dem letzten Hilfeplan
[[P|Justin]] besucht die 3. Klasse der Astrid-Lindgren-Grundschule. Im Februar wurde in der Kinder- und Jugendpsychiatrie eine ADHS (F90.0) diagnostiziert; seit April erhält er morgens Medikinet retard 10 mg. Frau [[P|ter Horst]] berichtet, dass er sich seitdem im Unterricht deutlich besser konzentrieren kann, nachmittags aber sehr erschöpft ist. Die Therapie bei Frau [[P|Sonnenschein]] (wöchentlich) wird fortgesetzt; Schwerpunkt ist die Bindung zur Mutter und die Angst vor einem erneuten Wechsel.

2. Kontakte zur Herkunftsfamilie
Die begleiteten Umgänge mit Frau [[P|Pawlak]] finden einmal im Monat im Familienbüro statt. Von sechs geplanten Terminen hat sie vier wahrgenommen. [[P|Justin]] freut sich auf die Treffen, ist danach aber oft zwei bis drei Tage unruhig. Frau [[P|Pawlak]] wünscht sich Umgänge ohne Begleitung und Übernachtungen; dies wird derzeit nicht befürwortet.

3. Vereinbarungen
Wer\tWas\tbis wann
Frau [[P|ter Horst]]\tAntrag auf Schulbegleitung nach § 35a SGB VIII stellen\t31.08.2025
Herr [[P|ter Horst]]\tKinderreisepass für die Herbstferien beantragen (Zustimmung der Mutter liegt vor)\t15.09.2025
Kindesmutter\tTermine verbindlich bis 48 Stunden vorher absagen\tlaufend
PKD\tRücksprache mit der Klassenlehrerin Frau [[P|Wiebke Anschütz]]\t30.09.2025

4. Nächstes Hilfeplangespräch: 15.01.2026, 14:00 Uhr

Verteiler: Pflegeeltern, Kindesmutter, Akte

Herne, 07.07.2025
[[P|Bultmann]]
"""


# =============================================================== F109-011
@doc("outlook", "vater_mail_kleinschreibung")
def d11():
    return f"""von: [[P|dennis brinkhoff]] <[[E|dennis.brinkhoff89@web.de]]>
an: [[N|jugendamt@herne.de]]
betreff: [[P|finn-luca]] umgang !!!

hallo,

ich schreib jetzt zum dritten mal. seit ostern darf ich meinen sohn [[P|finn-luca]] nicht mehr sehen, weil die [[P|sandra]] das nicht will. das ist doch nicht normal, ich bin sein vater!!
ich hab ihn immer pünktlich abgeholt, bin mit meinem auto ([[KFZ|HER-DB 1989]]) jeden 2. freitag vor der tür in der [[A|kastanienallee 8]] gewesen und die hat einfach nicht aufgemacht.

ihr neuer freund [[P|marco]] (der „[[P|pille]]“) hat mir am 19.4. auf der straße gedroht, das hab ich auch der polizei gesagt, vorgangsnummer [[AZ|{POL_VG}]].

herr [[P|wischnewski]] hat am telefon gesagt ich soll mich schriftlich melden. hier bin ich. ich will einfach nur mein kind sehen, mehr nicht.

meine nummer ist [[T|01 76 / 23 45 81 90]], ab 16 uhr bin ich von der schicht zuhause.
mein anwalt ist herr [[P|mehring]] aus herne, der schreibt euch auch noch.

[[P|dennis]]
"""


# =============================================================== F109-012
@doc("word", "anwaltsschreiben_umgang")
def d12():
    return f"""[[P|MEHRING]] · [[P|SCHOLTYSSEK]]
Rechtsanwälte · Fachanwälte für Familienrecht
[[A|Bahnhofstraße 61]] · [[A|44623 Herne]] · Telefon [[T|02323 / 95 88 0]] · [[E|kanzlei@mehring-scholtyssek.de]]
USt-IdNr. [[VAT|{VAT_MEHRING}]] · St.-Nr. [[TNR|{TNR_MEHRING}]]

Stadt Herne – Jugendamt –
Allgemeiner Sozialer Dienst
z. Hd. Herrn [[P|Wischnewski]]
[[N|Rathausstraße 6]]
[[N|44649 Herne]]

Unser Zeichen: [[AZ|247/25 TM02]]
Ihr Zeichen: [[AZ|51.3-ASD 0733/25]]
Herne, 05.05.2025

Umgang mit dem Kind [[P|Finn-Luca Brinkhoff]], geb. [[DOB|08.08.2017]]
hier: Bitte um Vermittlung nach § 18 Abs. 3 SGB VIII

Sehr geehrter Herr [[P|Wischnewski]],

wir zeigen an, dass uns Herr [[P|Dennis Brinkhoff]], [[A|Flottmannstraße 23]], [[A|44625 Herne]], mit der Wahrnehmung seiner rechtlichen Interessen beauftragt hat. Eine auf uns lautende Vollmacht ist beigefügt.

Unser Mandant ist der Vater des Kindes [[P|Finn-Luca]]. Die Eltern sind nicht miteinander verheiratet gewesen; es besteht gemeinsame elterliche Sorge aufgrund einer Sorgeerklärung vom 14.09.2017. Die Kindesmutter, Frau [[P|Sandra Brinkhoff]], wohnhaft [[A|Kastanienallee 8]], [[A|44627 Herne]], verweigert seit dem 20.04.2025 jeden Kontakt zwischen Vater und Sohn. Bis dahin fand der Umgang einvernehmlich an jedem zweiten Wochenende statt.

Nach unserer Kenntnis ist der neue Lebensgefährte der Mutter, Herr [[P|Marco Ruhnau]], maßgeblich für die Verweigerung verantwortlich. Es ist zu einer Auseinandersetzung gekommen, die polizeilich aufgenommen wurde (Vorgangsnummer [[AZ|{POL_VG}]]).

Wir bitten Sie, beide Eltern kurzfristig zu einem gemeinsamen Beratungsgespräch einzuladen. Sollte bis zum 20.05.2025 kein Termin zustande kommen, werden wir beim Amtsgericht Herne eine Umgangsregelung nach § 1684 BGB beantragen.

Mit freundlichen Grüßen

[[P|Torsten Mehring]]
Rechtsanwalt
Fachanwalt für Familienrecht

Anlage: Vollmacht
"""


# =============================================================== F109-013
@doc("outlook", "vater_ghana_englisch", ["GENETIC"])
def d13():
    return f"""From: [[P|Kwame A. Mensah]] <[[E|kwame.asante.mensah@yahoo.com]]>
Sent: Thursday, 12 June 2025 23:41
To: [[N|beistandschaft@herne.de]]
Cc: [[P|Abena Owusu-Ansah]] <[[E|abena.owusuansah@gmail.com]]>
Subject: Re: Paternity / child [[P|Efua]] – your reference [[AZ|51.22-Bst 0904/25]]

Dear Madam [[P|Pieper-Olbrich]],

Thank you for your letter dated 2nd June which [[P|Abena]] forwarded to me. I do not deny that I may be the father of [[P|Efua]] (we call her [[P|Effie]]), born [[DOB|7 April 2024]] in Herne. But before I sign any declaration I want a DNA test to be done. My family is insisting on it. I am ready to give a saliva sample (cheek swab) at the German Embassy in Accra or at an accredited laboratory here, and I will pay my part of the cost.

My particulars as requested:
Full name: [[P|Kwame Asante Mensah]]
Date of birth: [[DOB|23/05/1990]]
Ghana Card PIN: [[IDC|{GHA_CARD}]]
Passport No.: [[PASS|{PASS_KWAME}]]
TIN (GRA): [[TID|{GHA_TIN}]]
Residential address: [[A|Hse No. 14, Abavana Down]], [[A|Kotobabi, Accra]]
GhanaPost GPS: [[A|GA-492-7466]]
Mobile/WhatsApp: [[T|+233 24 412 7788]]

I work as a clearing agent with a freight company in Tema. My monthly income is about GH₵ 4,500, which is not much in euros, so I ask that the maintenance is calculated fairly.

If the result shows that I am the father, I will come to Germany in August and sign at your office. My cousin in Dortmund can help with the travel.

Best regards,
[[P|Kwame]]

Sent from Yahoo Mail on Android
"""


# =============================================================== F109-014
@doc("word", "urkunde_vaterschaftsanerkennung", ["GENETIC"])
def d14():
    return f"""Stadt Herne – Der Oberbürgermeister – Jugendamt – Urkundsstelle

Urkundenrolle Nr. [[AZ|0317/2025]]

Verhandelt zu Herne am 12. August 2025

Vor mir, der unterzeichnenden, nach § 59 SGB VIII ermächtigten Urkundsperson beim Jugendamt der Stadt Herne,
[[P|Ilona Sczepanski]],
erschienen heute:

1. Herr [[P|Kwame Asante Mensah]],
   geboren am [[DOB|23. Mai 1990]] in Kumasi (Ghana),
   ghanaischer Staatsangehöriger,
   wohnhaft [[A|Hse No. 14, Abavana Down]], [[A|Kotobabi, Accra]], Ghana,
   ausgewiesen durch ghanaischen Reisepass Nr. [[PASS|{PASS_KWAME}]],

2. Frau [[P|Abena Owusu-Ansah]],
   geboren am [[DOB|19.12.1996]] in Accra (Ghana),
   ghanaische Staatsangehörige,
   wohnhaft [[A|Holsterhauser Straße 96]], [[A|44625 Herne]],
   ausgewiesen durch ghanaischen Reisepass Nr. [[PASS|{PASS_ABENA}]].

Die Erschienenen sind der deutschen Sprache nicht hinreichend mächtig; sie verstehen und sprechen Englisch. Die Urkundsperson ist der englischen Sprache mächtig; auf die Zuziehung eines Dolmetschers wurde verzichtet.

Der Erschienene zu 1. erklärte:
Ich erkenne an, der Vater des Kindes
[[P|Efua Ama Owusu-Ansah]],
geboren am [[DOB|07.04.2024]] in Herne,
Geburtenregister des Standesamtes Herne Nr. [[AZ|G 812/2024]],
zu sein.
Das privat beauftragte Abstammungsgutachten vom 28.07.2025 (Wahrscheinlichkeit der Vaterschaft 99,99 %) hat mir vorgelegen.

Die Erschienene zu 2. erklärte:
Ich bin die Mutter des Kindes und stimme der vorstehenden Anerkennung der Vaterschaft zu.

Der Erschienene zu 1. verpflichtete sich ferner, an das Kind ab dem 01.09.2025 Unterhalt in Höhe von 100 % des Mindestunterhalts der jeweiligen Altersstufe abzüglich des hälftigen Kindergeldes zu zahlen, und unterwarf sich insoweit der sofortigen Zwangsvollstreckung.

Die Niederschrift wurde den Erschienenen vorgelesen, von ihnen genehmigt und eigenhändig unterschrieben.

gez. [[P|K. A. Mensah]]        gez. [[P|A. Owusu-Ansah]]
gez. [[P|Sczepanski]], Urkundsperson          (Siegel)

Ausfertigungen: Standesamt Herne; Mutter; Vater; Beistandschaft ([[AZ|51.22-Bst 0904/25]])
"""


# =============================================================== F109-015
@doc("outlook", "pflegemuetter_mail", ["HEALTH", "SEXUAL_ORIENTATION"])
def d15():
    return f"""Von: [[P|Jasmin Kroll]] <[[E|jasmin.kroll@gmx.net]]>
Gesendet: Mittwoch, 9. Juli 2025 22:03
An: [[P|Bultmann, Heike]] <[[E|heike.bultmann@herne.de]]>
Betreff: [[P|Mia-Sophie]] – Zahnklinik, neues Konto & eine Frage

Liebe Frau [[P|Bultmann]],

ein kurzes Update von uns beiden: [[P|Mia]] hat sich nach den Osterferien richtig gut eingelebt, sie schläft durch und nennt uns inzwischen „Mama [[P|Jassi]]“ und „Mama [[P|Mel]]“.

1) Zahnklinik: Am 17.07. hat sie einen Termin in der Kinderzahnklinik der Uni Witten. Vier Milchzähne müssen unter Vollnarkose behandelt werden (Karies, wohl von den vielen Säften früher). Die Narkoseeinwilligung muss doch die Mutter bzw. der Vormund unterschreiben? Frau [[P|Gerlach]] erreichen wir nicht, ihre Nummer [[T|0163 8827014]] ist seit Wochen aus.

2) In der Kita gab es die Frage, wer denn nun „die Mama“ sei. Wir haben offen erzählt, dass [[P|Melanie]] und ich ein Paar und seit 2022 verheiratet sind und [[P|Mia]] bei uns zwei Pflegemamas hat. Die Leitung war total offen, nur ein Vater hat sich wohl beschwert. Müssen wir da irgendetwas beachten bzw. dürfen wir das der Kita überhaupt so sagen, wegen Datenschutz der leiblichen Familie?

3) Wir haben das Konto gewechselt. Bitte ab August das Pflegegeld auf
[[IBAN|{sp4(IBAN_KROLL)}]]
(Gemeinschaftskonto von uns beiden, GLS Bank)
überweisen.

Liebe Grüße
[[P|Jasmin Kroll]] & [[P|Melanie Sendler-Kroll]]
[[A|Sodinger Straße 143]]
[[A|44628 Herne]]
Festnetz [[T|02323 4 59 17]] · mobil [[T|+49 171 5539 208]]
"""


# =============================================================== F109-016
@doc("word", "pflegegeld_mitteilung")
def d16():
    return f"""Stadt Herne · Der Oberbürgermeister
Fachbereich Kinder, Jugend und Familie – Pflegekinderdienst
[[N|Rathausstraße 6]] · [[N|44649 Herne]]

Frau [[P|Jasmin Kroll]]
Frau [[P|Melanie Sendler-Kroll]]
[[A|Sodinger Straße 143]]
[[A|44628 Herne]]

Ihr Zeichen / Ihre Nachricht vom: E-Mail vom 09.07.2025
Mein Zeichen: [[AZ|PKD 51.32-0457]]
Ansprechpartnerin: Frau [[P|Bultmann]], Zimmer 2.09
Datum: 15.07.2025

Vollzeitpflege für [[P|Mia-Sophie Gerlach]], geb. [[DOB|26.02.2019]]
Änderung der Bankverbindung und Leistungen ab 01.08.2025

Sehr geehrte Frau [[P|Kroll]], sehr geehrte Frau [[P|Sendler-Kroll]],

vielen Dank für Ihre Nachricht. Wir haben die neue Bankverbindung erfasst. Ab dem 01.08.2025 werden die Leistungen für [[P|Mia-Sophie]] auf folgendes Konto gezahlt:

IBAN: [[IBAN|{IBAN_KROLL}]]

Die monatlichen Leistungen nach § 39 SGB VIII setzen sich wie folgt zusammen:
Materielle Aufwendungen (Altersgruppe 0–6)\t727,00 EUR
Kosten der Erziehung\t305,00 EUR
Erstattung Unfallversicherung (anteilig)\t 14,29 EUR
Alterssicherung (hälftige Erstattung)\t 52,50 EUR
abzüglich anteiliges Kindergeld (§ 39 Abs. 6)\t–63,75 EUR
Zahlbetrag\t1.035,04 EUR

Die Krankenhilfe nach § 40 SGB VIII wird weiterhin über die BARMER sichergestellt; die Versichertennummer von [[P|Mia-Sophie]] lautet [[KV|{KV_MIA}]]. Die Gesundheitskarte befindet sich bei Ihnen.

Zu Ihren weiteren Fragen melde ich mich telefonisch. Die Kindesmutter, Frau [[P|Nadine Gerlach]], haben wir gestern erneut angeschrieben.

Mit freundlichen Grüßen
Im Auftrag
[[P|Heike Bultmann]]
Pflegekinderdienst
Tel. [[T|02323 16-2751]] · Fax [[N|02323 16-2799]]
[[E|heike.bultmann@herne.de]]
"""


# =============================================================== F109-017
@doc("outlook", "amtsvormund_auslaenderbehoerde", ["BIOMETRIC", "POLITICS"])
def d17():
    azr = f"{AZR_YOUSEF[:4]} {AZR_YOUSEF[4:8]} {AZR_YOUSEF[8:]}"
    return f"""Von: [[P|Kuhlmann, Jens]] <[[E|jens.kuhlmann@herne.de]]>
Gesendet: Freitag, 13. Juni 2025 11:28
An: [[P|Redeker, Yvonne]] <[[E|yvonne.redeker@herne.de]]>
Betreff: Mündel [[P|Yousef Haj Omar]] – ED-Behandlung am 24.06. / Asylantrag

Hallo Frau [[P|Redeker]],

seit dem Beschluss des Amtsgerichts Herne vom 11.02.2025 bin ich Amtsvormund für
[[P|Yousef Haj Omar]], geb. [[DOB|01.01.2009]] (Datum laut Ankunftsnachweis, tatsächlich nach seinen Angaben im Frühjahr 2009),
AZR-Nummer [[AZ|{azr}]], BAMF-Aktenzeichen [[AZ|8843217-475]].

Zu Ihren Fragen:
1. Die erkennungsdienstliche Behandlung (Fingerabdrücke aller zehn Finger, biometrisches Lichtbild) für den Ankunftsnachweis wurde am 18.01. in Bochum nicht vollständig durchgeführt, weil das Gerät ausgefallen war. Termin bei Ihnen ist also der 24.06., 9:30 Uhr. Begleitung: Herr [[P|Ostermann-Pietsch]], Bezugsbetreuer der Wohngruppe Haus Emschertal.
2. Identitätsnachweis: Es liegt nur eine Kopie des syrischen Personalausweises vor, Nationalnummer [[IDC|{SYR_NATNR}]]. Das Original hat [[P|Yousef]] nach eigener Aussage auf der Flucht in Libyen verloren.
3. Für den Asylantrag relevant: [[P|Yousef]] hat mir gegenüber angegeben, dass sein Vater [[P|Mustafa Haj Omar]] im Jahr 2021 in Idlib als Unterstützer einer oppositionellen Partei verhaftet worden sei; seitdem gebe es kein Lebenszeichen. Seine Mutter lebt weiterhin in Idlib.
4. Verwandte in Deutschland: Onkel [[P|Khaled Haj Omar]], [[A|Altendorfer Straße 301]], [[A|45143 Essen]], Tel. [[T|0201 / 17 62 958]]. Eine Aufnahme beim Onkel wird derzeit vom ASD Essen geprüft.

Bitte geben Sie mir kurz Bescheid, ob ich zum Termin die Bestellungsurkunde im Original mitbringen muss.

Viele Grüße
[[P|Jens Kuhlmann]]
Amtsvormundschaften / Amtspflegschaften
Stadt Herne – Fachbereich Kinder, Jugend und Familie
Tel. [[T|02323 16-3512]]
"""


# =============================================================== F109-018
@doc("word", "schulbericht_ocr")
def d18():
    return f"""GESAMTSCHULE WANNE-E1CKEL · Sekundarstufen I und II
[[N|Hauptstraße 330]] · [[N|44651 Herne]] · Tel. [[N|02325 9 11 40]] · Fax [[N|02325 9 11 44]]
_____________________________________________________________________

Schul bericht zur Vorlage beim Jugendamt (Anfrage vom 02.06.2025, Az. [[AZ|51.3-ASD 0298/25]])

Schülerin :        [[P|Milica Nikolić]]                 Klasse :     6b
geb. am :          [[DOB|16.04.2013]]                  Schüler-Nr. : [[AZ|2019-0614]]
Anschrift :        [[A|Dorstener Straße 21O]], [[A|44653 Herne]]
Erziehungsber. :   [[P|Dragana Jovanovi ć]] (Mutter)

1. Fehlzeiten im 2. Halbjahr 2024/25
   gesamt 38 Tage , davon unentschuldigt 29 Tage
   Fehlzeiten häufen sich montags und freitags . Nach Angaben der Mitschülerin
   [[P|Lara Beganović]] müsse [[P|Milica]] „auf den kleinen Bruder aufpassen“.

2. Leistungsstand
   Deutsch 4- , Mathematik 4 , Englisch 3 . Die Versetzung ist gefährdet .
   Im Unterricht ist [[P|Milica]] freundlich , zurückhaltend , arbeitet mit ,
   wenn sie anwesend ist .

3. Bisherige Maßnahmen
   – Gespräch mit der Mutter am 12.03.2025 (mit Schulsozialarbeiter Herrn [[P|Aydoğan]])
   – schriftliche Mahnung am 07.04.2025
   – Ordnungswidrigkeitenanzeige an die Stadt Herne, Fachbereich Schule , Az. [[AZ|40.2-OWi 118/25]]

Herne , den 2O.06.2025

gez . [[P|S. Lohkamp]]                       gez . [[P|D. Aydoğan]]
Klassenlehrerin                           Schulsozialarbeit

                                                  [Stempel der Schule]
Seite 1 von 1
"""


# =============================================================== F109-019
@doc("outlook", "jobcenter_erstattungsanspruch")
def d19():
    return f"""Von: [[P|Dziedzic Marcel]] (Jobcenter Herne) <[[E|Marcel.Dziedzic@jobcenter-herne.de]]>
Gesendet: Dienstag, 6. Mai 2025 10:02
An: [[N|uvg@herne.de]]
Cc: [[N|Jobcenter-Herne.Leistung2@jobcenter-herne.de]]
Betreff: Anmeldung Erstattungsanspruch § 104 SGB X – BG [[AZ|{BG_NR}]] / [[P|Al-Hamwi]]

Sehr geehrte Damen und Herren,

für die Bedarfsgemeinschaft [[AZ|{BG_NR}]] (Antragstellerin Frau [[P|Nour Al-Hamwi]], geb. [[DOB|05.01.1994]], Kunden-Nr. [[AZ|{JC_KDNR}]]) erbringt das Jobcenter Herne seit dem 01.02.2024 Bürgergeld nach dem SGB II.

Nach Mitteilung der Leistungsberechtigten wurde am 28.04.2025 bei Ihnen Unterhaltsvorschuss für die Kinder
– [[P|Yara Al-Hamwi]], geb. [[DOB|18.10.2017]], und
– [[P|Omar Al-Hamwi]], geb. [[DOB|02.09.2020]],
beantragt (Ihre Az. [[AZ|51.21-UVG 0461/25]] und [[AZ|51.21-UVG 0462/25]]).

Hiermit melden wir einen Erstattungsanspruch nach § 104 SGB X für den Zeitraum ab 01.04.2025 in Höhe der jeweils bewilligten Leistung an. Wir bitten, Nachzahlungen nicht an die Leistungsberechtigte auszuzahlen, sondern unter Angabe der BG-Nummer auf das Konto der Bundesagentur für Arbeit, IBAN [[N|{sp4(IBAN_BA)}]], zu überweisen, und uns den Bewilligungsbescheid in Kopie zu übersenden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Marcel Dziedzic]]
Jobcenter Herne · Team Leistung 2
Tel. [[T|02323 9350-217]]
Servicecenter: [[N|0800 4 5555 00]] (gebührenfrei)
"""


# =============================================================== F109-020
@doc("word", "umgangstermine_csv")
def d20():
    rows = [
        ("07.07.2025", "15:00-16:30", "Karim El-Zein", "Mahmoud El-Zein", "0176 41 82 337", "Grabowski",
         "51.3-ASD 0611/24", "Übergabe über Kita; Vater bringt Pässe NICHT mit"),
        ("10.07.2025", "14:00-15:30", "Finn-Luca Brinkhoff", "Dennis Brinkhoff", "0176-23458190", "Wischnewski",
         "51.3-ASD 0733/25", "Erstkontakt nach Pause; Mutter wartet im Foyer"),
        ("14.07.2025", "15:00-16:30", "Jana El-Zein", "Mahmoud El-Zein", "0176 4182337", "Grabowski",
         "51.3-ASD 0611/24", "zusammen mit Karim"),
        ("16.07.2025", "16:00-17:00", "Luka Nikolić", "Miloš Nikolić", "0157 33904417", "Grabowski",
         "51.3-ASD 0298/25", "Dolmetscher nicht nötig"),
        ("21.07.2025", "09:30-10:30", "Mia-Sophie Gerlach", "Nadine Gerlach", "0163 / 88 27 014", "Bultmann",
         "PKD 51.32-0457", "Mutter muss bis 8:30 bestätigen, sonst Absage"),
    ]
    lines = ["Export Terminplanung Begleiteter Umgang – Familienbüro Herne-Süd – KW 28-30/2025",
             "Datum;Uhrzeit;Kind;Umgangsberechtigte/r;Telefon;Az.;Bemerkung"]
    for date, time, kid, parent, tel, staff, az, note in rows:
        note_marked = note.replace("Qassab", "[[P|Qassab]]").replace("Karim", "[[P|Karim]]") \
            .replace("Justin", "[[P|Justin]]")
        lines.append(f"{date};{time};[[P|{kid}]];[[P|{parent}]];[[T|{tel}]];[[AZ|{az}]];{note_marked}")
    lines += ["", "Fachkräfte Familienbüro: [[P|Leonie Grabowski]] (Koordination), [[P|Timo Wischnewski]] (ASD), "
                  "[[P|Heike Bultmann]] (PKD)",
              "Hinweis: Absagen bitte bis 12 Uhr am Vortag an [[N|familienbuero@herne.de]] oder [[N|02323 16-2900]]."]
    return "\n".join(lines) + "\n"


# =============================================================== F109-021
@doc("outlook", "schule_mutter_serbisch_antwort")
def d21():
    return f"""Od: [[P|Dragana Jovanović]] <[[E|draganaj90@gmail.com]]>
Poslato: ponedeljak, 23. jun 2025. 07:58
Za: [[P|Svenja Lohkamp]] <[[E|s.lohkamp@gesamtschule-wanne.de]]>
Tema: Re: AW: [[P|Milica]] fehlt wieder

Dobar dan Frau [[P|Lohkamp]],

[[P|Milica]] kommt heute wieder in die Schule. Letzte Woche sie war bei mir in Serbien, meine Mama ist alt und allein, ich musste schnell fahren und ich hatte niemand für [[P|Luka]] und [[P|Milica]]. Izvinite, ich weiß das ist falsch. Ich habe nicht gewusst dass ich muss vorher Schule fragen.

Falls Sie Post schicken wollen, wir waren bei meiner Mama:
[[P|Ružica Jovanović]]
[[A|Bulevar oslobođenja 112/4]]
[[A|21000 Novi Sad]], Srbija
tel. [[T|+381 64 318 2207]]

Hvala i pozdrav
[[P|Dragana]]

> Am 20.06.2025 um 12:14 schrieb [[P|Svenja Lohkamp]] <[[E|s.lohkamp@gesamtschule-wanne.de]]>:
>
> Sehr geehrte Frau [[P|Jovanović]],
>
> [[P|Milica]] hat in dieser Woche an allen fünf Tagen gefehlt, ohne dass eine Entschuldigung vorliegt. Ich hatte Sie bereits am 12.03. darauf hingewiesen, dass bei weiteren unentschuldigten Fehlzeiten das Jugendamt informiert wird. Frau [[P|Oberbeck]] ist deshalb in Kopie.
>
> Bitte melden Sie sich bis Montag bei mir oder bei unserem Schulsozialarbeiter Herrn [[P|Aydoğan]] (Tel. [[T|02325 9 11 40-23]]).
>
> Mit freundlichen Grüßen
> Klassenlehrerin 6b
"""


# =============================================================== F109-022
@doc("word", "uvg_auskunftsersuchen_rueckgriff")
def d22():
    return f"""Stadt Herne · Der Oberbürgermeister
Fachbereich Kinder, Jugend und Familie – Unterhaltsvorschusskasse
[[N|Rathausstraße 6]], [[N|44649 Herne]]

Herrn
[[P|Miloš Nikolić]]
[[A|Grillostraße 19]]
[[A|45881 Gelsenkirchen]]

Aktenzeichen: [[AZ|51.21-UVG 0512/25]] (bitte stets angeben)
Sachbearbeitung: Frau [[P|Kaminski]]
Telefon: [[T|02323 16-3478]]
Datum: 02.06.2025

Unterhaltsvorschuss für Ihre Kinder [[P|Milica Nikolić]], geb. [[DOB|16.04.2013]], und [[P|Luka Nikolić]], geb. [[DOB|30.11.2018]]
hier: Rechtswahrungsanzeige (§ 7 Abs. 2 UVG) und Aufforderung zur Auskunft (§ 6 UVG)

Sehr geehrter Herr [[P|Nikolić]],

Ihre Kinder erhalten seit dem 01.06.2025 Leistungen nach dem Unterhaltsvorschussgesetz. Die Kinder leben bei ihrer Mutter, Frau [[P|Jovanović]]. Nach unseren Unterlagen zahlen Sie derzeit keinen Unterhalt.

In Höhe der gezahlten Leistungen geht der Unterhaltsanspruch der Kinder gegen Sie auf das Land Nordrhein-Westfalen über. Sie sind verpflichtet, uns Auskunft über Ihr Einkommen und Vermögen zu erteilen. Bitte senden Sie uns bis zum 30.06.2025 den beigefügten Vordruck „UV 7 – Auskunft des anderen Elternteils“ ausgefüllt zurück, zusammen mit

1. Ihren Lohnabrechnungen Juni 2024 bis Mai 2025,
2. Ihrem letzten Einkommensteuerbescheid (falls vorhanden),
3. Nachweisen über weitere Unterhaltspflichten (z. B. weitere Kinder),
4. Nachweisen über berufsbedingte Aufwendungen (z. B. Fahrtkosten).

Wer die Auskunft nicht, nicht richtig oder nicht rechtzeitig erteilt, handelt ordnungswidrig (§ 10 UVG); dies kann mit einer Geldbuße geahndet werden.

Zahlungen leisten Sie bitte unter Angabe des Kassenzeichens [[AZ|{KASSE_NIKOLIC}]] an die Stadtkasse Herne, IBAN [[N|{IBAN_CITY}]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Tanja Kaminski]]

Anlagen: Vordruck UV 7, Merkblatt (deutsch/serbisch)
"""


# =============================================================== F109-023
@doc("outlook", "vater_antwort_gebrochenes_deutsch", ["UNION"])
def d23():
    tid = f"{TID_MILOS[:2]} {TID_MILOS[2:5]} {TID_MILOS[5:8]} {TID_MILOS[8:]}"
    cc = group(CC_MILOS, 4)
    return f"""Von: [[P|milos nikolic]] <[[E|milos.nikolic87@hotmail.com]]>
Gesendet: Freitag, 27. Juni 2025 19:34
An: [[P|Kaminski, Tanja]] <[[E|tanja.kaminski@herne.de]]>
Betreff: Az [[AZ|51.21-UVG 0512/25]] unterlagen

Sehr geehrte frau [[P|Kaminski]]

ich schicke lohnabrechnung von januar bis mai, die anderen hat mein alte chef. ich arbeite seit januar bei Stahlbau Rheinelbe GmbH in Gelsenkirchen als schweisser, netto ca 1.940 euro. bei abzug steht auch gewerkschaft IG Metall 21,35 euro, das ist weil ich bin mitglied seit 2019, kann man das abziehen?

Steuer-ID: [[TID|{tid}]]
Rentenversicherung: [[SSN|{rv(SSN_MILOS)}]]

ich habe auch noch ein kind mit meine neue frau [[P|Jelena]], [[P|Stefan]] geb. [[DOB|03.03.2024]], für ihn muss ich auch zahlen. Und meine auto ([[KFZ|GE-MN 714]]) ist kaputt, ich fahre jetzt mit bus zur arbeit, 2 stunden jeden tag.

für die rückstand ich will in raten zahlen, 50 euro jeden monat. kann ich mit karte bezahlen? ich habe mastercard [[CC|{cc}]] gültig 09/27.

falls sie brauchen für serbien, meine JMBG ist [[IDC|{JMBG_MILOS}]]. ich habe auch konto in serbien bei banca intesa, [[IBAN|{sp4(IBAN_RS_MILOS)}]], da ist kein geld, nur für meine mutter manchmal.

wenn fragen: [[T|0157 / 3390 4417]], nach 17 uhr

pozdrav
[[P|Miloš Nikolić]]
[[A|Grillostr. 19]], [[A|45881 GE]]
"""


# =============================================================== F109-024
@doc("word", "telefonnotizen_bereitschaft")
def d24():
    fed = TNR_FED
    return f"""Telefonnotizen ASD Bezirk Wanne – Bereitschaftswoche 30.06.–04.07.2025 (Frau [[P|Oberbeck]])

Mo 30.06., 11:40 – Frau [[P|Hanan Sabbagh]] (Nachbarin Fam. [[P|Al-Hamwi]]): Frau [[P|Al-Hamwi]] habe Post vom Jobcenter bekommen, die sie nicht versteht. Rückruf zugesagt, Termin 02.07., 10 Uhr.

Di 01.07., 09:05 – Herr [[P|Ralf ter Horst]] (Pflegevater [[P|Justin-Noah]]): Passamt verlangt für den Kinderreisepass die Zustimmung beider Sorgeberechtigten. Hat seinen eigenen Personalausweis ([[IDC|{IDC_RALF}]]) und die Vollmacht der Mutter dabei; Kinderreisepass Nr. [[PASS|{PASS_JUSTIN}]] soll am 10.07. abholbereit sein. Info an PKD.

Mi 02.07., 15:00 – Finanzamt Herne, Frau [[P|Lemke]]: Auskunft nach § 6 Abs. 2 UVG zu Herrn [[P|Gianluca Vitale]], Steuernummer [[TNR|{fed}]] – Bescheid 2023 wird kopiert und zugesandt.

Do 03.07., 08:50 – Stadtwerke Herne, Forderungsmanagement: Bei Frau [[P|Jovanović]] (Vertragskonto [[AZ|{STW_KDNR[:4]} {STW_KDNR[4:8]} {STW_KDNR[8:]}]]) ist die Stromsperre zum 10.07. angekündigt, Rückstand 612,40 EUR. Mit Frau [[P|Jovanović]] Termin bei der Schuldnerberatung vereinbart.

Fr 04.07., 07:55 – Polizeiwache Wanne, PHK'in [[P|Lena Hölscher]], Vorgangs-Nr. [[AZ|{POL_VG2}]]: Inobhutnahme [[P|Kevin-Marvin Stratmann]], geb. [[DOB|17.02.2011]], nach Streit mit dem Stiefvater; Jugendlicher in der Kinder- und Jugendnotaufnahme untergebracht. Mutter Frau [[P|Daniela Stratmann]] erreichbar unter [[T|0 15 11 / 4 36 72 90]].
"""


# =============================================================== F109-025
@doc("outlook", "verfahrensbeistand_bericht_cc", ["HEALTH"])
def d25():
    return f"""Von: [[P|Anne-Kathrin Lütke-Wöstmann]] <[[E|luetke-woestmann@vb-ruhr.de]]>
Gesendet: Freitag, 27. Juni 2025 16:48
An: Amtsgericht Herne – Familiengericht <[[N|poststelle@ag-herne.nrw.de]]>
Cc: [[P|Oberbeck, Kerstin]]; RAin [[P|Leyla Haddad]] <[[E|haddad@haddad-partner.de]]>; Kanzlei Dr. [[P|Albers-Wenning]] (per Fax)
Betreff: [[AZ|42 F 187/25]] – Stellungnahme der Verfahrensbeiständin

Sehr geehrte Frau Richterin am Amtsgericht Dr. [[P|Vossenkuhl]],

in der Familiensache [[P|Khalil]] ./. [[P|El-Zein]] übersende ich meine Stellungnahme vorab per E-Mail; das unterschriebene Original folgt per beA.

Ich habe beide Kinder am 17.06. bei der Mutter und am 21.06. während des Umgangs beim Vater in Castrop-Rauxel erlebt, die Tochter zusätzlich am 10.06. allein in der Schule gesprochen.

[[P|Jana]] (9) wünscht sich, dass „alles so bleibt, aber ohne Schreien“. Sie möchte bei der Mutter wohnen und den Vater weiter sehen. Seit März ist sie wegen einer Anpassungsstörung mit Schlafproblemen und Einnässen bei dem Kinder- und Jugendpsychiater Dr. [[P|Ramin Farahani]] in Behandlung. Er hält eine Reise in den Libanon derzeit für belastend. [[P|Karim]] (6) ist altersgerecht entwickelt und an beide Eltern gut gebunden.

Besorgt bin ich über Folgendes: Nach einem Kontoauszug, den die Mutter vorgelegt hat, hat Herr [[P|El-Zein]] am 02.06.2025 3.000 USD an seine Schwester, Frau [[P|Samira El-Zein]], auf ein Konto bei der BLOM Bank überwiesen (IBAN [[IBAN|{sp4(IBAN_LB)}]]), nach Angaben der Tante für die Anmeldung der Kinder an einer Schule in Beirut. Die Schwester wohnt in [[A|Rue Abdel Aziz 27]], [[A|Hamra, Beyrouth]].

Ich rege an,
1. die Herausgabe und Hinterlegung der Reisepässe beider Kinder anzuordnen,
2. ein Ausreiseverbot für [[P|Jana]] und [[P|Karim]] auszusprechen und die Eintragung in die Grenzfahndung zu veranlassen,
3. den Umgang mit dem Vater im bisherigen Umfang fortzusetzen.

Mit freundlichen Grüßen
[[P|Anne-Kathrin Lütke-Wöstmann]]
Verfahrensbeiständin, Dipl.-Pädagogin
[[A|Gahlenscher Straße 12]] · [[A|44789 Bochum]]
mobil [[T|0170 / 9 84 22 61]]
"""


# =============================================================== F109-026
@doc("word", "vormund_bericht_gericht", ["HEALTH", "RELIGION"])
def d26():
    return f"""Stadt Herne – Jugendamt – Amtsvormundschaften
Amtsvormund: [[P|Jens Kuhlmann]]
[[N|Rathausstraße 6]], [[N|44649 Herne]]

An das
Amtsgericht Herne – Familiengericht –
Aktenzeichen: [[AZ|42 F 59/25]]

Bericht über die persönlichen Verhältnisse des Mündels (§ 1863 BGB)
Berichtszeitraum: 11.02.2025 – 30.09.2025

Mündel: [[P|Yousef Haj Omar]], geb. [[DOB|01.01.2009]], syrischer Staatsangehöriger
Gewöhnlicher Aufenthalt: Wohngruppe Haus Emschertal, [[A|Emscherstraße 212]], [[A|44649 Herne]]

1. Persönlicher Kontakt
Ich habe [[P|Yousef]] im Berichtszeitraum monatlich, überwiegend in der Wohngruppe, zweimal im Dienstgebäude gesehen (zuletzt am 18.09.2025). Zusätzlich bestehen Kontakte per Telefon und WhatsApp. Bezugsbetreuer in der Einrichtung ist Herr [[P|Nils Ostermann-Pietsch]].

2. Gesundheit
[[P|Yousef]] leidet an einer posttraumatischen Belastungsstörung (Albträume, Schreckhaftigkeit). Seit Mai befindet er sich in Traumatherapie bei Frau Dipl.-Psych. [[P|Sevgi Arslan-Brück]] (Psychosoziales Zentrum für Geflüchtete Bochum). Im Juli wurden zwei Zähne saniert. Er ist über die AOK NordWest versichert, Krankenversichertennummer [[KV|{KV_YOUSEF[0]} {KV_YOUSEF[1:5]} {KV_YOUSEF[5:]}]].

3. Religion und Alltag
[[P|Yousef]] ist sunnitischer Muslim. Er betet regelmäßig, besucht freitags die Moschee in Wanne-Eickel und hat im März im Ramadan gefastet; die Wohngruppe hat die Essenszeiten daran angepasst. Er spielt Fußball im Verein und hat Kontakt zu Gleichaltrigen.

4. Schule und Ausbildung
Besuch der Internationalen Förderklasse am Berufskolleg; Deutschkenntnisse inzwischen auf Niveau A2/B1. Ein Praktikum in einer Kfz-Werkstatt ist für Oktober vereinbart.

5. Aufenthaltsrechtliche Situation
Asylantrag gestellt am 07.03.2025 (BAMF-Az. [[AZ|8843217-475]]), Anhörung am 28.08.2025 unter meiner Begleitung; eine Entscheidung steht aus.

6. Vermögen
Girokonto bei der Herner Sparkasse (Jugendkonto), IBAN [[IBAN|{IBAN_YOUSEF}]]; Guthaben am 30.09.2025: 412,18 EUR (angespartes Taschengeld). Sonstiges Vermögen ist nicht vorhanden.

7. Familie
Die Mutter, Frau [[P|Amal Haj Omar]], lebt in Idlib; [[P|Yousef]] telefoniert etwa wöchentlich mit ihr ([[T|+963 944 218 507]]). Die Prüfung einer Unterbringung beim Onkel, Herrn [[P|Khaled Haj Omar]] in Essen, wurde im August abgeschlossen; der Onkel sieht sich dazu derzeit nicht in der Lage.

Herne, 30.09.2025

[[P|Kuhlmann]]
Amtsvormund
"""


# =============================================================== F109-027
@doc("outlook", "grossmutter_mail", ["HEALTH"])
def d27():
    return f"""Von: [[P|Brigitte Brinkhoff]] <[[E|oma.gitti56@t-online.de]]>
Gesendet: Sonntag, 25. Mai 2025 15:17
An: [[N|jugendamt@herne.de]]
Betreff: mein enkel [[P|finn]]

Guten tag,

ich bin die oma von [[P|Finn-Luca Brinkhoff]], mein sohn ist der [[P|Dennis]]. Seit ostern lässt meine schwiegertochter [[P|Sandra]] (sie sind nicht verheiratet aber für mich ist sie das) mich den jungen nicht mehr sehen, weil ich ja die mutter von [[P|Dennis]] bin. Das ist nicht gerecht, ich hab doch nichts gemacht.

[[P|Finn]] war seit er in die schule geht jeden mittwoch nach der schule bei mir, die grundschule ist ja bei mir um die ecke an der Bergstraße. Wir haben zusammen gegessen und hausaufgaben gemacht. Jetzt wartet er bestimmt auf mich und ich darf nicht kommen.

Ich bin 68 und habe seit meiner hüft-op pflegegrad 2, ich kann nicht mehr so weit laufen und auch nicht zum gericht. Meine nachbarin frau [[P|Gisela Hüppe]] hat mir gesagt, großeltern haben auch ein recht auf umgang (§ 1685 BGB). Stimmt das? Können sie mal mit der [[P|Sandra]] reden?

Meine adresse: [[A|Hölkeskampring 58]], [[A|44625 Herne]]
telefon [[T|0 23 23 - 5 18 27]] (festnetz, ein handy hab ich nicht)
geboren bin ich am [[DOB|12.9.56]], falls sie das brauchen.

Mit freundlichem Gruß
[[P|Brigitte Brinkhoff]]
(alle sagen [[P|Gitti]])
"""


# =============================================================== F109-028
@doc("word", "uvg_antrag_formular")
def d28():
    tid = f"{TID_YARA[:3]}.{TID_YARA[3:6]}.{TID_YARA[6:9]}.{TID_YARA[9:]}"
    return f"""Antrag auf Leistungen nach dem Unterhaltsvorschussgesetz – Vordruck UV 1 (Stand 01/2025)
Eingangsstempel: Stadt Herne, 28. APR. 2025 – Az. [[AZ|51.21-UVG 0461/25]]

Abschnitt 1 – Angaben zum Kind
Familienname: [[P|Al-Hamwi]]
Vorname(n): [[P|Yara]]
Geburtsdatum: [[DOB|18.10.2017]]          Geburtsort: Damaskus
Staatsangehörigkeit: syrisch
Steuerliche Identifikationsnummer des Kindes: [[TID|{tid}]]
Das Kind lebt bei: ☒ Mutter  ☐ Vater

Abschnitt 2 – Angaben zum antragstellenden Elternteil
Name, Vorname: [[P|Al-Hamwi, Nour]]
Geburtsname: [[P|Darwish]]
Geburtsdatum: [[DOB|05.01.1994]]
Anschrift: [[A|Rottbruchstraße 47]], [[A|44651 Herne]]
Telefon: [[T|+49 1520 4471932]]
Familienstand: verheiratet, dauernd getrennt lebend seit 03/2022
Aufenthaltstitel: Aufenthaltserlaubnis nach § 25 Abs. 2 AufenthG, gültig bis 14.10.2026
Dokumentennummer eAT: [[IDC|{EAT_NOUR}]]
Bankverbindung: Kontoinhaber/in [[P|Nour Al-Hamwi]]
IBAN: [[IBAN|{sp4(IBAN_NOUR)}]]          BIC: WELADED1HRN

Abschnitt 3 – Angaben zum anderen Elternteil
Familienname: [[P|Al-Hamwi]]          Vorname: [[P|Ahmad]]
Geburtsdatum: nicht bekannt (ca. 36 Jahre)
Letzte bekannte Anschrift: Gaziantep, Türkei – genaue Anschrift unbekannt
Reisepass-Nr. (soweit bekannt): [[PASS|{PASS_AHMAD}]]
Zahlt Unterhalt: ☐ ja  ☒ nein
Bemühungen um Feststellung des Aufenthalts: Suchantrag beim DRK-Suchdienst am 14.11.2024

Abschnitt 4 – Weitere Kinder im Haushalt
[[P|Omar Al-Hamwi]], geb. [[DOB|02.09.2020]] (gesonderter Antrag, Az. [[AZ|51.21-UVG 0462/25]])

Abschnitt 8 – Erklärung
Ich versichere, dass meine Angaben vollständig und richtig sind. Die Hinweise im Merkblatt habe ich erhalten.
Ort, Datum: Herne, 28.04.2025          Unterschrift: [[P|N. Al-Hamwi]]
Der Antrag wurde mit Hilfe des Dolmetschers Herrn [[P|Bassam Qassab]] ausgefüllt und der Antragstellerin übersetzt.

– Nur vom Amt auszufüllen –
Bearbeitung: [[P|Kaminski]]    Prüfung § 1 Abs. 2a UVG: erfüllt    Rückgriff: nicht durchführbar (Aufenthalt unbekannt)
"""


# =============================================================== F109-029
@doc("outlook", "anwaeltin_weiterleitung_franzoesisch")
def d29():
    return f"""Von: [[P|Leyla Haddad]] <[[E|haddad@haddad-partner.de]]>
Gesendet: Montag, 7. Juli 2025 09:31
An: [[P|Oberbeck, Kerstin]] <[[E|kerstin.oberbeck@herne.de]]>
Betreff: WG: Les enfants – Flug nach Beirut am 28.07. / [[AZ|42 F 187/25]]

Sehr geehrte Frau [[P|Oberbeck]],

zur Kenntnis leite ich Ihnen die untenstehende Nachricht der Tante väterlicherseits weiter, die meine Mandantin, Frau [[P|Khalil]], gestern Abend erhalten hat (sinngemäß: der Vater komme am 28. Juli mit beiden Kindern nach Beirut, sie sollen dort im September eingeschult werden).

Ich habe heute beim Amtsgericht Herne den Erlass einer einstweiligen Anordnung beantragt (Ausreiseverbot, Herausgabe der Pässe), Az. [[AZ|42 F 203/25 EASO]]. Eine Stellungnahme des Jugendamts wäre sehr hilfreich, gern auch kurzfristig per Fax.

Mit freundlichen Grüßen
[[P|Leyla Haddad]]
Rechtsanwältin · Fachanwältin für Familienrecht
[[P|Haddad]] & Partner Rechtsanwälte mbB
[[A|Kortumstraße 88]], [[A|44787 Bochum]]
Tel. [[T|0234 / 60 23 91-0]] · USt-IdNr. [[VAT|{VAT_HADDAD}]]

---------- Forwarded message ---------
De : [[P|Samira El-Zein]] <[[E|samira.elzein@hotmail.com]]>
Date : dim. 6 juil. 2025 à 22:14
À : [[P|Rania Khalil]] <[[E|rania.khalil91@gmail.com]]>
Objet : Les enfants

Bonsoir [[P|Rania]],

[[P|Mahmoud]] m'a dit qu'il arrive le 28 juillet avec [[P|Jana]] et [[P|Karim]]. Ils resteront chez nous, [[A|Rue Abdel Aziz 27]], Hamra, 3e étage. J'ai déjà réservé une place pour les deux au collège en septembre, ne t'inquiète pas, ils seront bien ici avec la famille.

Si tu veux parler, appelle-moi : [[T|+961 3 482 915]].

Bises,
[[P|Samira]]
"""


# =============================================================== F109-030
@doc("word", "teamprotokoll_fallberatung")
def d30():
    return f"""Ergebnisprotokoll Teamsitzung ASD Bezirke Herne-Mitte und Wanne
Datum: 07.07.2025, 09:00–11:15 Uhr, Raum 2.114

Anwesend: [[P|F. Böckenhoff]] (Leitung), [[P|K. Oberbeck]], [[P|T. Wischnewski]], [[P|H. Bultmann]] (PKD, zu TOP 3), [[P|Leonie Grabowski]] (Familienbüro)
Entschuldigt: Vertretung UVG (Urlaub)
Protokoll: [[P|Wischnewski]]

TOP 1 Mitteilungen
– Fachtag des LWL-Landesjugendamts „Kinderschutz und Migration“ am 18.09.2025 in Münster; Anmeldung über das Fortbildungsportal bis 31.07.
– Neue Arbeitshilfe des DIJuF zu Auslandsunterhalt liegt im Teamordner.
– Die Jugendhilfeplanung bittet bis 15.08. um Zahlen zu begleiteten Umgängen (nur Fallzahlen, keine Namen).

TOP 2 Fallberatung [[P|El-Zein]]/[[P|Khalil]] (Az. [[AZ|51.3-ASD 0611/24]])
Konkrete Hinweise auf eine geplante Ausreise am 28.07. (Mail der Tante, weitergeleitet von RAin [[P|Haddad]]). Eilantrag der Mutter liegt dem Gericht vor ([[AZ|42 F 203/25 EASO]]). Ergebnis: Frau [[P|Oberbeck]] schickt heute eine kurze Stellungnahme an das Gericht und befürwortet die Passhinterlegung. Begleitete Umgänge laufen bis zur Entscheidung weiter. Der Vater fährt einen schwarzen Kombi, Kennzeichen [[KFZ|RE-ME 286]] – Info an die Bundespolizei am Flughafen Düsseldorf erst nach Beschluss.

TOP 3 Fall [[P|Nikolić]]/[[P|Jovanović]] (Az. [[AZ|51.3-ASD 0298/25]])
Schutzplan überprüft: Kita meldet keine neuen Auffälligkeiten; Schulabsentismus von [[P|Milica]] weiter hoch (38 Fehltage). SPFH durch Frau [[P|Okafor-Lindner]] (Träger Diakonie) läuft seit 01.06. Vereinbart: gemeinsames Gespräch mit Schule und Mutter am 10.07.

TOP 4 Fall [[P|Brinkhoff]] (Az. [[AZ|51.3-ASD 0733/25]])
Erstkontakt Vater–Sohn am 10.07. im Familienbüro. RA [[P|Mehring]] drängt auf schnelle Regelung; Großmutter väterlicherseits bittet ebenfalls um Umgang. Beratungstermin mit beiden Eltern am 15.07.

TOP 5 Inobhutnahme vom 04.07.
[[P|Kevin-Marvin]] (14) nach Streit mit dem Stiefvater in der Kinder- und Jugendnotaufnahme. Der Stiefvater hat am 05.07. vor der Einrichtung gewartet (Pkw [[KFZ|BO-AP 612]]); Einrichtung ist informiert. Hilfeplangespräch am 11.07.

Nächste Sitzung: 14.07.2025, 09:00 Uhr
"""


def main():
    out = []
    for n, (channel, template, flags, fn) in enumerate(DOCS, start=1):
        out.append(build(f"F109-{n:03d}", channel, template, fn(), flags))
    assert len(out) == 30, len(out)
    path = os.path.join(HERE, "fresh109.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in out:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    total = sum(len(d["entities"]) for d in out)
    print(f"{len(out)} documents, {total} entities -> {path}")


if __name__ == "__main__":
    main()
