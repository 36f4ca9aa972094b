"""Batch 78: 30 documents from the (invented) North-German port town Hansestadt Wesermünde-Nord: its Ordnungsamt
(parking, waste and noise fines, German and foreign number plates), Gewerbeamt (trade registrations with tax numbers
and VAT IDs, foreign sole traders), Hafenamt (berths, harbour dues) and the registration of seasonal workers in fish
processing; residents of Portuguese, Lithuanian, Filipino, Ghanaian, Danish and Turkish origin, mails in German,
English and mixed Portuguese/German, forms written as text, invoices and reminders.
Every person, address and number is invented."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)  # marks.py and identifiers.py sit beside this file
from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban  # noqa: E402

ids = Identifiers(7878)
rng = ids.rng


# --- foreign identifiers with their national check digits -------------------------------------------------------
def pt_nif(first="2"):
    """Portuguese NIF (número de identificação fiscal): 9 digits, check = 11 - (sum d_i * (9 - i) over the first 8)
    mod 11, written 0 when that gives 10 or 11."""
    body = first + ids.digits(7)
    s = sum(int(d) * (9 - i) for i, d in enumerate(body))
    check = 11 - s % 11
    return body + str(0 if check >= 10 else check)


def pt_iban():
    """Portuguese IBAN: bank(4) branch(4) account(11) + NIB check (2) = 98 - (first 19 digits * 100) mod 97,
    then ISO 7064 MOD 97-10 (which always gives PT50)."""
    head = rng.choice(["0035", "0007", "0033", "0010", "0036"]) + ids.digits(4) + ids.digits(11)
    nib = 98 - int(head + "00") % 97
    return mod97_iban("PT", head + f"{nib:02d}")


def _alnum(ch):
    return int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10


def pt_cc():
    """Portuguese Cartão de Cidadão number: civil id (8 digits) + check digit (weights 9..2, total mod 11 == 0,
    10 written as 0) + 2 letters + version digit + final check (official alphanumeric Luhn: letters A=10..Z=35,
    every second value from the right doubled, minus 9 if > 9, sum mod 10 == 0)."""
    civil = ids.digits(8, True)
    s = sum(int(d) * (9 - i) for i, d in enumerate(civil))
    c1 = (11 - s % 11) % 11
    c1 = 0 if c1 == 10 else c1
    letters = rng.choice("ZYXW") + rng.choice("ZYX")
    body = civil + str(c1) + letters + "1"
    for last in "0123456789":
        cand = body + last
        total = 0
        for i, ch in enumerate(reversed(cand)):
            v = _alnum(ch)
            if i % 2 == 1:
                v *= 2
                if v > 9:
                    v -= 9
            total += v
        if total % 10 == 0:
            return f"{civil} {c1} {letters}1{last}"
    raise AssertionError


def lt_personal_code(g, yymmdd):
    """Lithuanian asmens kodas: G YYMMDD NNN C; C = sum(d_i * (1,2,...,9,1)) mod 11, if 10 then with weights
    (3,...,9,1,2,3) mod 11, if again 10 then 0."""
    head = str(g) + yymmdd + ids.digits(3)
    c = sum(int(d) * w for d, w in zip(head, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1])) % 11
    if c == 10:
        c = sum(int(d) * w for d, w in zip(head, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3])) % 11
        c = 0 if c == 10 else c
    return head + str(c)


def lt_vat():
    """Lithuanian PVM code (LT + 9 digits, 8th digit 1): check = sum(d_i * (1..8)) mod 11, if 10 with weights
    (3..9,1) mod 11, if again 10 then 0."""
    head = ids.digits(7, True) + "1"
    c = sum(int(d) * w for d, w in zip(head, range(1, 9))) % 11
    if c == 10:
        c = sum(int(d) * w for d, w in zip(head, [3, 4, 5, 6, 7, 8, 9, 1])) % 11
        c = 0 if c == 10 else c
    return "LT" + head + str(c)


def lt_iban():
    """Lithuanian IBAN: LT + 2 check + 5 bank + 11 account, ISO 7064 MOD 97-10."""
    return mod97_iban("LT", rng.choice(["73000", "70440", "40100"]) + ids.digits(11))


def dk_cvr():
    """Danish CVR number (VAT DK + CVR): 8 digits, weights 2,7,6,5,4,3,2,1, sum mod 11 == 0."""
    while True:
        body = ids.digits(7, True)
        s = sum(int(d) * w for d, w in zip(body, [2, 7, 6, 5, 4, 3, 2]))
        c = (11 - s % 11) % 11
        if c < 10:
            return body + str(c)


def dk_cpr(ddmmyy):
    """Danish CPR number DDMMYY-SSSS, classic modulus-11 check: weights 4,3,2,7,6,5,4,3,2,1, sum mod 11 == 0."""
    while True:
        serial = ids.digits(3)
        head = ddmmyy + serial
        s = sum(int(d) * w for d, w in zip(head, [4, 3, 2, 7, 6, 5, 4, 3, 2]))
        c = (11 - s % 11) % 11
        if c < 10:
            return f"{ddmmyy}-{serial}{c}"


def dk_iban():
    """Danish IBAN: DK + 2 check + 4 bank + 10 account, ISO 7064 MOD 97-10."""
    return mod97_iban("DK", rng.choice(["3000", "5301", "9570"]) + ids.digits(10))


def tr_tckn():
    """Turkish T.C. Kimlik No: 11 digits, d10 = (7 * (d1+d3+d5+d7+d9) - (d2+d4+d6+d8)) mod 10,
    d11 = (d1 + ... + d10) mod 10."""
    d = [int(c) for c in ids.digits(9, True)]
    d10 = (7 * (d[0] + d[2] + d[4] + d[6] + d[8]) - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tr_iban():
    """Turkish IBAN: TR + 2 check + 5 bank + 1 reserve (0) + 16 account, ISO 7064 MOD 97-10."""
    return mod97_iban("TR", rng.choice(["00010", "00064", "00062"]) + "0" + ids.digits(16))


def ph_passport():
    """Philippine passport (since 2016): letter + 7 digits + letter; no published check digit (format only)."""
    return rng.choice("PS") + ids.digits(7) + rng.choice("ABC")


def gh_card():
    """Ghana Card PIN GHA-NNNNNNNNN-C; the check algorithm is not published (format only)."""
    return f"GHA-{ids.digits(9, True)}-{ids.digits(1)}"


def tax_nds():
    """Lower Saxony Steuernummer FF/BBB/UUUUP (layout only)."""
    return f"{rng.choice(['75', '46', '52', '30'])}/{ids.digits(3)}/{ids.digits(5)}"


def tax_nds_federal():
    """13-digit federal form for Lower Saxony: 23 + FF + 0 + BBB + UUUUP."""
    return "23" + rng.choice(["75", "46", "52"]) + "0" + ids.digits(8)


def tax_hb():
    """Bremen Steuernummer FF BBB UUUUP (layout only)."""
    return f"{rng.choice(['60', '71', '75'])} {ids.digits(3)} {ids.digits(5)}"


def spaced_iban(v):
    return group(v, 4)


def mobile(prefix):
    return prefix + " " + ids.digits(7, True)


# --- fixed public (neutral) data of the town --------------------------------------------------------------------
STADT = "Hansestadt Wesermünde-Nord"
RATHAUS = "[[N|Am Alten Hafen 1]], [[N|27591 Wesermünde-Nord]]"
ZENTRALE = "[[N|0471 98204-0]]"
OA_MAIL = "[[N|ordnungsamt@wesermuende-nord.de]]"
GA_MAIL = "[[N|gewerbe@wesermuende-nord.de]]"
HA_MAIL = "[[N|hafenamt@wesermuende-nord.de]]"
SA_MAIL = "[[N|saisonarbeit@wesermuende-nord.de]]"
KASSE_IBAN = "[[N|DE23 2925 0000 0001 0077 54]]"

DOCS = []

# ---------------------------------------------------------------------------------------------------------------
# 1 Danish tourist contests a parking fine, English; reply on top
DOCS.append(("outlook", "verwarnung_parken_daenemark_en", f"""Von: Ordnungsamt Wesermünde-Nord <{OA_MAIL}>
Gesendet: Mittwoch, 8. Juli 2026 10:41
An: [[P|Søren Kjærgaard]] <[[E|soeren.kjaergaard@mail.dk]]>
Betreff: AW: Parking ticket Wesermünde-Nord – ref. [[AZ|32.1-VW-2026/018734]]

Dear Mr [[P|Kjærgaard]],

thank you for your e-mail. We have checked the photos taken by our traffic warden. Your car with the Danish registration [[KFZ|CX 41 907]] was parked on 3 July 2026 from 14:12 to 15:05 in the loading zone in front of the fish market (Fischkai, sign 286 with additional sign "Ladezone 7–19 h"). Unfortunately the ticket was issued correctly.

The warning fine (Verwarnungsgeld) of EUR 40.00 can be paid by bank transfer to:
Stadtkasse Wesermünde-Nord, IBAN {KASSE_IBAN}, BIC BRLADE22XXX
Reference: [[AZ|32.1-VW-2026/018734]]

Please pay within two weeks. If you do not pay, the case will continue as a regular fine procedure, which may be enforced in Denmark under the EU framework decision on financial penalties.

Kind regards
i. A.
[[P|Wiebke Claußen]]
Ordnungsamt – Verkehrsüberwachung
{STADT}
{RATHAUS}
Phone [[T|+49 471 98204-316]]

-----Original Message-----
From: [[P|Søren Kjærgaard]] <[[E|soeren.kjaergaard@mail.dk]]>
Sent: Sunday, 5 July 2026 21:17
To: {OA_MAIL}
Subject: Parking ticket Wesermünde-Nord – ref. [[AZ|32.1-VW-2026/018734]]

Hello,

I found a ticket on my car (VW Touran, [[KFZ|CX 41 907]]) when we came back from the harbour boat trip on Friday. I honestly did not see any sign, there was a delivery van from "Fisch-Ehlers" in front of it. We are on holiday with my wife [[P|Mette]] and the two kids and stay at the camping site until 12 July.

Could you please cancel it? If not, can I pay with credit card? I don't have a German bank account.

My address in Denmark:
[[P|Søren Kjærgaard]]
[[A|Vestergade 118, 2. th.]]
[[A|8600 Silkeborg]]
Denmark
mobile [[T|+45 28 71 40 63]]

Best regards / Venlig hilsen
[[P|Søren]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 2 Anhörungsbogen (parking in a disabled space), German plate, filled in as text
dob2 = "14.02.1968"
DOCS.append(("word", "anhoerungsbogen_parken_schwerbehindert", f"""{STADT} · Der Oberbürgermeister · Ordnungsamt, Verkehrsüberwachung
{RATHAUS}

Anhörung im Bußgeldverfahren – Rücksendung des Anhörungsbogens

Aktenzeichen: [[AZ|32.1-OWi-2026/004812]]
Tatzeit: 22.06.2026, 09:47 Uhr
Tatort: Parkplatz Bürgermeister-Smidt-Platz, Stellplatz für schwerbehinderte Menschen mit Parkausweis
Kennzeichen: [[KFZ|CUX-JK 1184]]
Fahrzeug: Opel Astra, grau
Vorwurf: Sie parkten unberechtigt auf einem Schwerbehinderten-Parkplatz (§ 12 StVO, Nr. 63.1 BKat), 55 EUR.

Angaben zur Person (vom Betroffenen ausgefüllt):
Name: [[P|Kröger]]
Vorname: [[P|Hauke]]
Geburtsdatum: [[DOB|{dob2}]]
Geburtsort: Bremerhaven
Anschrift: [[A|Lange Reihe 27]], [[A|27607 Geestland-Sievern]]
Telefon (freiwillig): [[T|04743 918 205]]
E-Mail (freiwillig): [[E|hauke.kroeger@ewetel.net]]

Äußerung zur Sache:
Ich räume den Verstoß nicht ein. Das Auto ist auf mich zugelassen, gefahren ist an dem Tag aber meine Mutter [[P|Anneliese Kröger]], geb. [[DOB|03.09.1941]], die seit ihrem Schlaganfall einen Schwerbehindertenausweis mit Merkzeichen aG hat. Der blaue Parkausweis lag im Auto, ist aber wohl vom Armaturenbrett in den Fußraum gerutscht. Eine Kopie des Ausweises lege ich bei.
Ich bitte das Verfahren einzustellen.

Ort, Datum: Sievern, 29.06.2026
Unterschrift: [[P|H. Kröger]]

--- Bearbeitungsvermerk ---
Eingang 01.07.2026, Sachbearbeiter: [[P|Tjark Oltmanns]]
Parkausweis geprüft, gültig bis 2028. Verfahren nach § 47 OWiG eingestellt. Mitteilung an Herrn [[P|Kröger]] raus am 02.07. – [[P|Oltmanns]]
""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
# 3 Portuguese/German mixed mail: trade registration for a cleaning business
nif3 = pt_nif("2")
iban3 = pt_iban()
tax3 = tax_nds()
DOCS.append(("outlook", "gewerbeanmeldung_reinigung_pt_de", f"""Von: [[P|Ana Luísa Carvalho]] <[[E|analuisa.carvalho@sapo.pt]]>
Gesendet: Montag, 2. Februar 2026 18:05
An: {GA_MAIL}
Cc: [[P|Rui Figueiredo]] <[[E|rui.figueiredo.contab@gmail.com]]>
Betreff: Gewerbeanmeldung Reinigung / registo de atividade

Boa tarde, guten Tag,

desculpem, mein Deutsch ist nicht perfekt, eu escrevo metade em português. Ich möchte ein Gewerbe anmelden: Gebäudereinigung (limpeza de escritórios e apartamentos de férias), als Einzelunternehmen, Beginn 01.03.2026.

Os meus dados / Meine Daten:
Nome: [[P|Ana Luísa Carvalho]]
Data de nascimento / Geburtsdatum: [[DOB|17/05/1989]]
Morada na Alemanha: [[A|Deichstraße 41a]], [[A|27591 Wesermünde-Nord]]
Morada em Portugal: [[A|Rua do Souto 212, 3.º Esq.]], [[A|4700-329 Braga]]
Telemóvel: [[T|+351 913 448 270]] / deutsche Nummer [[T|0157 3829 4410]]
NIF (Portugal): [[TID|{nif3}]]
Steuernummer Finanzamt Cuxhaven: [[TNR|{tax3}]]
Conta / Konto: [[IBAN|{spaced_iban(iban3)}]] (Caixa, ainda não tenho conta alemã)

O meu contabilista, Sr. [[P|Rui Figueiredo]], hilft mir mit der Buchhaltung, er ist in Kopie. Ele diz que eu preciso também de uma USt-IdNr porque trabalho para uma empresa em Bremerhaven, ist das richtig? Und brauche ich für Reinigung einen Meisterbrief? Ich habe gelesen, Gebäudereiniger ist zulassungsfrei.

Posso mandar a cópia do Cartão de Cidadão por e-mail ou tenho que ir ao Rathaus pessoalmente?

Muito obrigada / vielen Dank
[[P|Ana Luísa Carvalho]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 4 Gewerbeanmeldung form as text: Lithuanian sole trader, transport
lt4 = lt_personal_code(3, "840917")
vat4 = lt_vat()
tax4 = tax_nds()
DOCS.append(("word", "gewerbeanmeldung_formular_litauen_transport", f"""GEWERBEANMELDUNG nach § 14 GewO – Erfassung aus Papierformular (Eingang 12.01.2026)
Vorgangsnummer: [[AZ|GA-2026-0041]]
Bearbeitung: [[P|Maren Lüders]], Gewerbeamt {STADT}

Feld 1 – Name: [[P|Kazlauskas]]
Feld 2 – Vornamen: [[P|Tomas]]
Feld 3 – Geschlecht: männlich
Feld 4 – Geburtsdatum: [[DOB|17.09.1984]]
Feld 5 – Geburtsort, -land: Šiauliai, Litauen
Feld 6 – Staatsangehörigkeit: litauisch
Feld 7 – Anschrift der Wohnung: [[A|Am Fischereihafen 12, Whg. 4]], [[A|27591 Wesermünde-Nord]]
Feld 8 – Telefon: [[T|+370 612 48 337]]; [[T|0176 22958104]]
Feld 9 – E-Mail: [[E|tomas.kazlauskas@zebra.lt]]
Feld 10 – Ausländischer Identitätsnachweis: Asmens tapatybės kortelė, asmens kodas [[IDC|{lt4}]]
Feld 11 – Betriebsstätte: wie Feld 7 (Stellplatz LKW: Containerterminal Nord, Tor 3)
Feld 12 – Angemeldete Tätigkeit: Güterkraftverkehr mit Fahrzeugen bis 3,5 t, Kurierdienste
Feld 13 – Beginn der Tätigkeit: 01.02.2026
Feld 14 – Art des Betriebes: Hauptniederlassung, Einzelunternehmen
Feld 15 – Zahl der Beschäftigten: 0
Feld 16 – Steuernummer: [[TNR|{tax4}]] (Finanzamt Cuxhaven, beantragt 05.01.2026)
Feld 17 – USt-IdNr.: [[VAT|{vat4}]] (bisherige litauische Registrierung, wird abgemeldet)
Feld 18 – Fahrzeuge: Mercedes Sprinter, amtl. Kennzeichen [[KFZ|CUX-TK 844]] (bisher LT [[KFZ|KHL 512]])

Prüfvermerk:
- Lichtbildausweis vorgelegt, Daten stimmen überein.
- Erlaubnis nach § 3 GüKG nicht erforderlich (bis 3,5 t).
- Freizügigkeitsberechtigt (EU), keine Aufenthaltserlaubnis erforderlich.
- Hinweis auf Anmeldepflicht der Wohnung erteilt; Anmeldebestätigung liegt vor.
Empfangsbestätigung an Herrn [[P|Kazlauskas]] am 12.01.2026 ausgehändigt.

gez. [[P|M. Lüders]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 5 Noise complaint about a wedding party in a rented hall (venue only, nothing special about anyone)
DOCS.append(("outlook", "laermbeschwerde_festsaal", f"""Von: [[P|Gesine Tammen-Wübbena]] <[[E|g.tammen-wuebbena@t-online.de]]>
Gesendet: Sonntag, 14. Juni 2026 02:34
An: {OA_MAIL}
Betreff: Ruhestörung schon wieder!!! Festsaal Hafenstraße

hallo,

ich weiß dass da am wochenende keiner liest aber ich schreibs jetzt trotzdem damit es dokumentiert ist. Es ist halb drei und im Festsaal „Liman“ in der Hafenstraße (gegenüber von uns) läuft seit 20 uhr eine Hochzeit mit Live-Band und Trommeln, die Fenster sind offen und draußen auf dem Parkplatz wird gehupt. Wir wohnen [[A|Hafenstraße 58]], 2. OG, das Schlafzimmer geht genau zur Straße.

Das ist jetzt das dritte Mal seit Mai. Ich habe nichts gegen Feiern, aber um 22 uhr muss Schluss mit offenen Fenstern sein. Der Betreiber, Herr [[P|Özdemir]], sagt immer nur "letzte Lied". Die Polizei war um 0:40 da (gerufen von Herrn [[P|Reents]] aus dem Nachbarhaus), danach war es 20 Minuten leiser.

Falls Sie Zeugen brauchen: mein Mann [[P|Frerk Wübbena]] und unsere Nachbarin [[P|Emine Yıldırım]] (die hat selbst ein Baby und ist genauso fertig).

Die Autos auf dem Gehweg hab ich fotografiert, u.a. [[KFZ|HB-AY 703]], [[KFZ|CUX-ÖZ 61]] und ein weißer Transporter [[KFZ|OHZ-LM 2290]], alle halb auf dem Fußweg, kein Kinderwagen kommt da vorbei.

Bitte melden Sie sich Montag bei mir: [[T|0471/3094417]] oder mobil [[T|0172 5519023]].

[[P|Gesine Tammen-Wübbena]]
[[A|Hafenstraße 58]]
[[A|27591 Wesermünde-Nord]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 6 Aktenvermerk: on-site check after noise complaints, hearing of the operator
tr6 = tr_tckn()
DOCS.append(("word", "aktenvermerk_ortstermin_laerm", f"""Aktenvermerk
Ordnungsamt – Sachgebiet Gewerbe- und Immissionsangelegenheiten
Az.: [[AZ|32.3-LÄ-2026/0117]]
Betreff: Ruhestörungen Festsaal „Liman“, Hafenstraße

Ortstermin am 17.06.2026, 11:00–11:50 Uhr
Anwesend: Herr [[P|Hakan Özdemir]] (Betreiber, geb. [[DOB|1979-11-02]]), Frau [[P|Derya Özdemir]] (Mitinhaberin), für die Stadt: [[P|Jan-Hendrik Tiedemann]], [[P|Frauke Janssen]] (Protokoll)

1. Anlass: Seit Mai 2026 vier Beschwerden wegen nächtlicher Lärmbelästigung (Frau [[P|Tammen-Wübbena]], [[A|Hafenstraße 58]]; Herr [[P|Reents]]; zwei anonyme Anrufe). Polizeiliche Einsatzberichte vom 10.05., 31.05. und 14.06. liegen vor.

2. Feststellungen: Der Saal hat sechs Kippfenster zur Straßenseite, keine Schallschutzverglasung. Lüftungsanlage defekt, deshalb werden bei Feiern die Fenster geöffnet. Die Konzession (Gaststättenerlaubnis vom 04.04.2019) enthält keine Auflage zu Fenstern.

3. Einlassung Herr [[P|Özdemir]]: Die Lüftung sei seit März bestellt, der Monteur (Fa. Kältetechnik Brandt, Bremerhaven) komme erst im Juli. Man achte auf 22 Uhr, die Gäste gingen aber zum Rauchen raus. Er sei bereit, einen Ordner für den Parkplatz einzusetzen. Personalien: T.C. Kimlik No. [[IDC|{tr6}]] laut vorgelegtem Ausweis; in Deutschland Aufenthaltstitel (Niederlassungserlaubnis), Wohnanschrift [[A|Bürgermeister-Martin-Donandt-Str. 9]], [[A|27593 Wesermünde-Nord]].

4. Vereinbart:
- ab sofort Fenster ab 22:00 Uhr geschlossen, Musik über Limiter max. 85 dB(A) im Saal
- Ordner auf dem Parkplatz bei jeder Veranstaltung über 80 Gäste
- Nachweis über Reparatur der Lüftung bis 31.07.2026

5. Weiteres Vorgehen: Anordnung nach § 5 GastG wird vorbereitet, falls weitere Beschwerden eingehen. Wiedervorlage 03.08.2026.

Wesermünde-Nord, 17.06.2026
[[P|F. Janssen]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 7 Filipino seasonal worker, English; registration for fish processing season
pp7 = ph_passport()
DOCS.append(("outlook", "saisonarbeit_registrierung_philippinen_en", f"""From: [[P|Maricel Dela Cruz]] <[[E|maricel.delacruz88@yahoo.com]]>
Sent: Tuesday, 3 March 2026 06:58
To: {SA_MAIL}
Subject: registration seasonal work - Nordsee Feinfisch GmbH

Good day Ma'am/Sir,

I am [[P|Maricel Dela Cruz]], I will work as seasonal worker (fish processing / filleting line) at Nordsee Feinfisch GmbH from 1 April until 30 September 2026. My agency in Manila told me I have to register at the city within 14 days and also bring some documents for the work permit. I want to make sure I have everything complete before I travel.

My details:
Full name: [[P|Maricel Reyes Dela Cruz]]
Date of birth: [[DOB|June 21, 1988]]
Place of birth: Iloilo City
Passport no.: [[PASS|{pp7}]], valid until 2031
Address in the Philippines: [[A|Blk 7 Lot 22 Sampaguita St., Brgy. Tabuc Suba]], [[A|Jaro, Iloilo City 5000]]
Address in Germany (employer accommodation): [[A|Kühlhausstraße 4, Zimmer 12]], [[A|27591 Wesermünde-Nord]]
Phone (PH): [[T|+63 917 553 2048]]
WhatsApp: same number

My cousin [[P|Rowena Santos-Villanueva]] is already working there since 2024 and she will go with me to the appointment because my German is only A1. Can she come inside with me?

Also, do I need a health certificate (Gesundheitszeugnis) before I start? The agency said yes, the company said they will do it after arrival.

Thank you very much and God bless,
[[P|Maricel]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 8 Employer's list of seasonal workers pasted as a table
pp8a, pp8b = ph_passport(), ph_passport()
lt8 = lt_personal_code(4, "970305")
ssn8a = ids.social_security("210388", "D")
ssn8b = ids.social_security("050397", "V")
kv8a, kv8b, kv8c = ids.health_insurance(), ids.health_insurance(), ids.health_insurance()
DOCS.append(("word", "saisonkraefte_liste_arbeitgeber", f"""Nordsee Feinfisch GmbH · Personalabteilung · Kühlhausstraße 2–6 · 27591 Wesermünde-Nord

An die {STADT}
Fachdienst Ausländerangelegenheiten / Saisonarbeit
per Mail an {SA_MAIL}

Meldung Saisonarbeitskräfte Saison 2026 – Nachtrag 2
Unser Zeichen: [[AZ|PA-SAI-26/0233]]

Sehr geehrte Frau [[P|Hinrichs]],

wie telefonisch besprochen übersenden wir die Liste der Saisonkräfte, die ab 01.04.2026 in der Filetierung und Verpackung eingesetzt werden. Unterkunft jeweils in unserem Wohnheim [[A|Kühlhausstraße 4]].

Nr. | Name, Vorname | geb. | Staatsang. | Pass/Ausweis | RV-Nr. | KV-Nr. | Zimmer
1 | [[P|Dela Cruz, Maricel Reyes]] | [[DOB|21.06.1988]] | PHL | [[PASS|{pp7}]] | [[SSN|{ssn8a}]] | [[KV|{kv8a}]] | 12
2 | [[P|Bautista, Jerome]] | [[DOB|09.11.1992]] | PHL | [[PASS|{pp8b}]] | beantragt | [[KV|{kv8b}]] | 14
3 | [[P|Vaitkutė, Aistė]] | [[DOB|05.03.1997]] | LTU | [[IDC|{lt8}]] | [[SSN|{ssn8b}]] | [[KV|{kv8c}]] | 9
4 | [[P|Macaraeg, Joel]] | [[DOB|30.01.1985]] | PHL | folgt | – | – | 14

Zu Nr. 4: Herr [[P|Macaraeg]] reist erst am 15.04. an, das Visum ist noch in Bearbeitung bei der Botschaft in Manila.
Zu Nr. 3: Frau [[P|Vaitkutė]] ist EU-Bürgerin und braucht keinen Aufenthaltstitel, meldet sich aber ebenfalls an.

Die Arbeitsverträge (befristet 01.04.–30.09.2026, 38,5 Std./Woche, Tariflohn Fischindustrie) liegen in Kopie bei. Ansprechpartnerin bei uns ist Frau [[P|Swantje Gerdes]], Tel. [[T|0471 983 22-140]], [[E|s.gerdes@nordsee-feinfisch.de]].

Mit freundlichen Grüßen
[[P|Swantje Gerdes]]
Personalreferentin
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 9 Ghanaian trader: trade registration import/export, English and German
gh9 = gh_card()
pass9 = "G" + ids.digits(7)
tid9 = ids.tax_id()
DOCS.append(("outlook", "gewerbeanmeldung_import_ghana", f"""Von: Gewerbeamt Wesermünde-Nord <{GA_MAIL}>
Gesendet: Donnerstag, 19. März 2026 11:20
An: [[P|Kwame Asante-Boateng]] <[[E|kwame.asanteboateng@gmail.com]]>
Betreff: AW: Business registration – used car parts export / Gewerbeanmeldung [[AZ|GA-2026-0388]]

Dear Mr [[P|Asante-Boateng]],

thank you for your application. To complete the registration (Gewerbeanmeldung) for "Trade and export of used car parts and household appliances" we still need:

1. a copy of your residence permit (Aufenthaltstitel) showing that self-employment is allowed ("Erwerbstätigkeit gestattet" or "selbständige Tätigkeit gestattet"),
2. your German tax identification number (Steuer-IdNr.) – you wrote the number of your Ghana Card instead,
3. the signed form page 2.

Please note: for trading in used electrical appliances you may also need a registration under the ElektroG; please contact the stiftung ear directly.

Mit freundlichen Grüßen / kind regards
[[P|Maren Lüders]]
Gewerbeamt
Tel. [[T|0471 98204-252]]

-----Ursprüngliche Nachricht-----
Von: [[P|Kwame Asante-Boateng]] <[[E|kwame.asanteboateng@gmail.com]]>
Gesendet: Dienstag, 17. März 2026 22:03
An: {GA_MAIL}
Betreff: Business registration – used car parts export

Hello Gewerbeamt,

I want to register my small business. I collect used car parts and household appliances here and ship them in containers from the port to Tema. My brother [[P|Kofi Asante]] receives the goods in Ghana.

Name: [[P|Kwame Asante-Boateng]]
Born: [[DOB|4th August 1983]], Kumasi
Ghana Card: [[IDC|{gh9}]]
Passport: [[PASS|{pass9}]]
Address: [[A|c/o Mensah, Lessingstraße 14]], [[A|27593 Wesermünde-Nord]]
Phone: [[T|0152 0418 7736]]
Storage: rented garage at Industriestraße (Halle 3) from Mr [[P|Lindemann]]

Steuer ID is coming by post, I applied. Wait – I found the letter now: [[TID|{tid9}]].

Thanks and regards,
[[P|Kwame]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 10 Harbour office invoice: berth fees for a Danish fishing cutter (sole trader with CVR / DK VAT)
cvr10 = dk_cvr()
iban10 = dk_iban()
DOCS.append(("word", "rechnung_liegegebuehr_daenemark", f"""{STADT} · Hafenamt · {RATHAUS}
Telefon {ZENTRALE} · {HA_MAIL}

[[P|Anders Østergaard]]
Fiskeriselskab [[P|Østergaard]] (enkeltmandsvirksomhed)
[[A|Havnevej 7]]
[[A|DK-9850 Hirtshals]]
DÄNEMARK

RECHNUNG / FAKTURA
Rechnungsnummer: [[AZ|HA-R-2026-00612]]
Kundennummer: [[AZ|HA-K-20417]]
Rechnungsdatum: 31.05.2026
Leistungszeitraum: 01.05.–31.05.2026
USt-IdNr. Leistungsempfänger: [[VAT|DK{cvr10}]]

Fahrzeug: Fischkutter „HIRTSHALS 118 – Marie Louise“, BRZ 96, Liegeplatz Fischereihafen II, Pier C

Pos. | Leistung | Menge | Einzelpreis | Betrag
1 | Liegegeld Fischereifahrzeug bis 24 m, je Tag | 31 | 18,40 EUR | 570,40 EUR
2 | Landstromanschluss, kWh | 1.284 | 0,34 EUR | 436,56 EUR
3 | Frischwasser, m³ | 22 | 4,10 EUR | 90,20 EUR
4 | Entsorgung Altöl (Abgabe 12.05.) | 1 | 65,00 EUR | 65,00 EUR
Summe netto: 1.162,16 EUR

Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge, § 13b UStG / Art. 196 MwStSystRL).

Zahlbar bis 30.06.2026 ohne Abzug an die Stadtkasse {STADT}, IBAN {KASSE_IBAN}, unter Angabe der Rechnungsnummer.

Ihre bei uns hinterlegte Bankverbindung für Erstattungen (Kaution Schlüsselkarte): [[IBAN|{iban10}]], Kontoinhaber [[P|Anders Østergaard]].

Ansprechpartner: [[P|Okke Bruns]], Hafenmeister, Tel. [[T|0471 98204-470]], mobil [[T|0160 94412208]]
Ansprechpartner an Bord laut Meldung: Skipper [[P|Jens Holm Nielsen]], [[T|+45 40 19 22 87]]

Med venlig hilsen / Mit freundlichen Grüßen
Im Auftrag
[[P|Okke Bruns]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 11 Reminder: unpaid berth fees, private sailing boat owner
iban11 = ids.iban_de()
DOCS.append(("word", "mahnung_liegegebuehr_sportboot", f"""{STADT} · Der Oberbürgermeister
Hafenamt – Sportboothafen Geestemündung
{RATHAUS}

Herrn
Dr. [[P|Bernd-Ulrich von der Heyde]]
[[A|Postfach 11 07]]
[[A|27601 Loxstedt]]

Kassenzeichen: [[AZ|6.1100.208815.3]]
Datum: 14.10.2026

2. Mahnung – Liegeplatzgebühren Saison 2026

Sehr geehrter Herr Dr. [[P|von der Heyde]],

trotz unserer Zahlungserinnerung vom 08.09.2026 ist die Jahresgebühr für den Liegeplatz B-23 (Segelyacht „Seeschwalbe“, amtl. Kennzeichen des Trailers [[KFZ|CUX-VH 77]]) noch nicht bei uns eingegangen.

Offener Betrag:
Liegeplatzgebühr 2026 (Bescheid vom 15.03.2026) 1.240,00 EUR
Mahngebühr 1. Mahnung 5,00 EUR
Mahngebühr 2. Mahnung 7,50 EUR
Säumniszuschläge 37,00 EUR
Gesamt 1.289,50 EUR

Bitte überweisen Sie den Betrag bis zum 28.10.2026 unter Angabe des Kassenzeichens auf das Konto der Stadtkasse, IBAN {KASSE_IBAN}. Ihre SEPA-Lastschrift vom Konto [[IBAN|{spaced_iban(iban11)}]] wurde mangels Deckung zurückgegeben.

Geht die Zahlung nicht fristgerecht ein, leiten wir die Vollstreckung nach dem NVwVG ein und kündigen den Liegeplatz zum Saisonende. Wenn Sie in einer finanziellen Notlage sind, sprechen Sie uns bitte an; eine Ratenzahlung ist möglich.

Unter Ihrer bei uns hinterlegten Rufnummer [[T|04744 90 21 87]] und per E-Mail an [[E|bu.vonderheyde@icloud.com]] haben wir Sie nicht erreicht. Eine Kopie dieses Schreibens geht an die Miteigentümerin laut Liegeplatzvertrag, Frau [[P|Renate von der Heyde]], [[A|Wurster Straße 9]], [[A|27607 Geestland]].

Falls sich Ihre Zahlung mit diesem Schreiben überschnitten hat, betrachten Sie es bitte als gegenstandslos.

Mit freundlichen Grüßen
Im Auftrag
[[P|Kerstin Pundt]]
Stadtkasse / Forderungsmanagement
Tel. [[T|0471 98204-185]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 12 Forwarded thread: illegal dumping, witness with plate; internal forwarding to the waste enforcement team
DOCS.append(("outlook", "wilde_muellablagerung_weiterleitung", f"""Von: [[P|Jan-Hendrik Tiedemann]] <[[E|jan-hendrik.tiedemann@wesermuende-nord.de]]>
Gesendet: Freitag, 24. April 2026 08:15
An: [[P|Claußen, Wiebke]] <[[E|wiebke.claussen@wesermuende-nord.de]]>; [[P|Brüning, Tamme]] <[[E|tamme.bruening@wesermuende-nord.de]]>
Betreff: WG: Müll am Deich hinter der Schleuse – Kennzeichen notiert

Moin zusammen,

bitte einmal Halterabfrage zu dem Kennzeichen unten machen und Anhörung wegen unerlaubter Abfallablagerung (§ 69 KrWG) vorbereiten. [[P|Tamme]], kannst du heute mit dem Bauhof rausfahren und Fotos machen, bevor die Sachen abgeholt werden? Vorgang habe ich angelegt unter [[AZ|32.4-AB-2026/0291]].

Gruß
[[P|Jan-Hendrik]]

---------- Weitergeleitete Nachricht ----------
Von: [[P|Aleksandra Petrauskienė]] <[[E|a.petrauskiene@gmx.de]]>
Datum: Do., 23. Apr. 2026 um 19:48
Betreff: Müll am Deich hinter der Schleuse – Kennzeichen notiert
An: <{OA_MAIL}>

Guten Abend,

heute gegen 18:30 habe ich beim Spazierengehen mit dem Hund gesehen, wie zwei Männer aus einem blauen Ford Transit mit Kennzeichen [[KFZ|BRV-EK 415]] alte Matratzen, eine Waschmaschine und ca. 10 Säcke Bauschutt hinter der Schleuse am Deichweg abgeladen haben. Als ich gerufen habe, sind sie schnell weggefahren. Ein Foto habe ich gemacht, leider etwas unscharf, man sieht aber das Kennzeichen.

Der eine Mann hat den anderen "[[P|Dieter]]" gerufen, mehr weiß ich nicht.

Ich wohne [[A|Am Deich 3]], Sie können mich gerne anrufen wenn Sie eine Zeugenaussage brauchen: [[T|0471 4129 883]].

Mit freundlichen Grüßen
[[P|Aleksandra Petrauskienė]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 13 Bußgeldbescheid: waste separation / bulky waste on the street, Turkish resident
DOCS.append(("word", "bussgeldbescheid_sperrmuell", f"""{STADT} · Der Oberbürgermeister · Ordnungsamt – Bußgeldstelle
{RATHAUS} · Telefon {ZENTRALE}

Förmliche Zustellung
Herrn
[[P|Serkan Çelik]]
[[A|Geestemünder Straße 112]]
[[A|27593 Wesermünde-Nord]]

Aktenzeichen: [[AZ|32.4-AB-2026/0188]]
Kassenzeichen: [[AZ|5.3300.118042.6]]
Datum: 11.05.2026

BUSSGELDBESCHEID

Herr [[P|Serkan Çelik]], geboren am [[DOB|7. Dezember 1990]] in Bremerhaven, wohnhaft wie oben,

Ihnen wird vorgeworfen, am 28.03.2026 gegen 07:15 Uhr vor dem Haus [[A|Geestemünder Straße 112]] Sperrmüll (ein Sofa, zwei Matratzen, ein Kühlschrank) auf dem Gehweg abgestellt zu haben, ohne einen Abholtermin bei den Entsorgungsbetrieben vereinbart zu haben. Das Abstellen wurde von Mitarbeitern der Stadtreinigung beobachtet; Sie luden die Gegenstände aus dem Pkw mit dem Kennzeichen [[KFZ|CUX-SC 1990]] aus.

Sie haben damit ordnungswidrig gehandelt nach § 23 Abs. 1 Nr. 3 der Abfallsatzung der {STADT} in Verbindung mit § 69 Abs. 1 Nr. 2 KrWG.

Beweismittel: Zeugen [[P|Lars Dirks]] und [[P|Tamme Brüning]] (Bedienstete der Stadt), Fotodokumentation.

In Ihrer Stellungnahme vom 14.04.2026 haben Sie angegeben, die Sachen hätten Ihrem Schwager [[P|Mehmet Arslan]] gehört und seien „nur kurz“ abgestellt worden. Dies entlastet Sie nicht.

Festgesetzt werden:
Geldbuße 250,00 EUR
Gebühr (§ 107 OWiG) 28,50 EUR
Auslagen 3,50 EUR
Gesamt 282,00 EUR

Der Betrag ist innerhalb von zwei Wochen nach Rechtskraft unter Angabe des Kassenzeichens an die Stadtkasse zu zahlen, IBAN {KASSE_IBAN}.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid können Sie innerhalb von zwei Wochen nach Zustellung schriftlich oder zur Niederschrift bei der {STADT}, {RATHAUS}, Einspruch einlegen.

Im Auftrag
[[P|Wiebke Claußen]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 14 Portuguese/German mail: seasonal worker after a work accident asks about registration and health insurance
kv14 = ids.health_insurance()
cc14 = pt_cc()
DOCS.append(("outlook", "saisonarbeit_unfall_pt_de", f"""Von: [[P|João Pedro Ferreira da Silva]] <[[E|jpferreirasilva@hotmail.com]]>
Gesendet: Mittwoch, 12. August 2026 20:31
An: {SA_MAIL}
Betreff: Abmeldung / baixa médica – [[P|Ferreira da Silva]]

Olá, guten Abend,

eu sou o [[P|João Pedro Ferreira da Silva]], trabalho na Nordsee Feinfisch desde abril (Saisonarbeit). Hatte am 4. August einen Unfall an der Maschine, cortei dois dedos da mão esquerda, war 3 Tage im Klinikum Wesermünde-Nord und bin jetzt krankgeschrieben bis Ende September. O médico diz que preciso de fisioterapia aqui na Alemanha.

Meine Frage: mein Vertrag endet 30.09. und eu queria voltar para Portugal em outubro. Muss ich mich bei Ihnen abmelden, auch wenn die Behandlung noch nicht fertig ist? E a minha Krankenkasse (AOK, Versichertennummer [[KV|{kv14}]]) paga em Portugal depois?

Meus dados:
Geburtsdatum: [[DOB|1979-02-26]]
Cartão de Cidadão: [[IDC|{cc14}]]
Adresse hier: [[A|Kühlhausstraße 4, Zimmer 7]], [[A|27591 Wesermünde-Nord]]
Morada em Portugal: [[A|Travessa da Boavista 9]], [[A|4490-518 Póvoa de Varzim]]
Telefone: [[T|00351 962 118 504]]

A minha mulher, [[P|Maria da Conceição Sousa]], pode ir ao Rathaus por mim se for preciso, sie spricht besser Deutsch ([[T|0157 8830 2291]]).

Obrigado
[[P|João Ferreira]]
""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
# 15 Internal note: reliability check before revoking a trade licence (tax arrears, criminal record)
tax15 = tax_nds()
vat15 = ids.vat_id()
DOCS.append(("word", "vermerk_gewerbeuntersagung_pruefung", f"""Interner Vermerk – VERTRAULICH (Steuergeheimnis, § 30 AO)
Gewerbeamt {STADT}
Az.: [[AZ|32.2-GU-2026/007]]
Verfasserin: [[P|Maren Lüders]]
Datum: 02.09.2026

Betreff: Prüfung Gewerbeuntersagung nach § 35 GewO – [[P|Dirk-Peter Hollmann]], Imbiss und Partyservice „Kutterkombüse“

1. Sachstand
Herr [[P|Hollmann]] (geb. [[DOB|22.08.1971]]), Anschrift [[A|Bgm.-Smidt-Straße 201]], [[A|27591 Wesermünde-Nord]], betreibt seit 2014 einen Imbiss am Fischereihafen. Steuernummer [[TNR|{tax15}]], USt-IdNr. [[VAT|{vat15}]].

2. Mitteilung des Finanzamts Cuxhaven vom 18.08.2026 (§ 30 Abs. 4 Nr. 5 AO)
Steuerrückstände 38.412,70 EUR (USt 2023–2025, Lohnsteuer), fruchtlose Vollstreckungsversuche, keine Vermögensauskunft trotz Ladung. Zuständige Sachbearbeiterin beim Finanzamt: Frau [[P|Rieken]], Tel. [[T|04721 4477-318]].

3. Weitere Erkenntnisse
- Gewerbezentralregister: Bußgeld 2022 wegen Verstoß gegen Hygienevorschriften (LMHV).
- Sozialversicherungsrückstände bei der AOK Niedersachsen laut Schreiben vom 05.08.2026 ca. 6.900 EUR.
- Beschäftigt sind laut Angaben des Zolls (FKS) mindestens zwei Aushilfen ohne Anmeldung, u. a. Frau [[P|Sabine Ahlers]] (Tochter der Lebensgefährtin).
- Ehefrau [[P|Claudia Hollmann]] hat am 20.08.2026 ein eigenes Gewerbe „Partyservice“ unter derselben Anschrift angemeldet ([[AZ|GA-2026-1107]]) – Prüfung als Strohfrau erforderlich (§ 35 Abs. 7a GewO, Erstreckung).

4. Vorschlag
Anhörung nach § 28 VwVfG mit Frist von drei Wochen; Angebot eines Sanierungsplans. Beteiligung IHK Stade und Finanzamt. Vorlage an Fachbereichsleitung Herrn Dr. [[P|Meyerdierks]] zur Mitzeichnung.

[[P|Lüders]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 16 Lithuanian truck driver, English; parking fine at the truck stop; offers credit card data; reply warns
cc16 = ids.credit_card("4", 16)
DOCS.append(("outlook", "verwarnung_lkw_litauen_kreditkarte", f"""Von: Ordnungsamt Wesermünde-Nord <{OA_MAIL}>
Gesendet: Montag, 9. November 2026 09:02
An: [[P|Mindaugas Žukauskas]] <[[E|m.zukauskas@transbaltica.lt]]>
Betreff: AW: fine for truck parking [[AZ|32.1-VW-2026/031177]]

Dear Mr [[P|Žukauskas]],

please do not send credit card numbers by e-mail. We have deleted the card number from our copy of your message, and we recommend that you ask your bank to block the card.

The fine can only be paid by bank transfer (IBAN {KASSE_IBAN}, reference [[AZ|32.1-VW-2026/031177]]). Many Lithuanian transport companies pay such fines for their drivers – the truck [[KFZ|LJK 408]] / trailer [[KFZ|AA 712]] is registered to UAB Transbaltica, so you may ask your dispatcher.

Regards
[[P|Tjark Oltmanns]]
Ordnungsamt

-----Original Message-----
From: [[P|Mindaugas Žukauskas]] <[[E|m.zukauskas@transbaltica.lt]]>
Sent: Saturday, 7 November 2026 05:40
To: {OA_MAIL}
Subject: fine for truck parking

Hello,

I get paper on my truck [[KFZ|LJK 408]] that I parked in the residential street Am Holzhafen for the night, 40 euro. I did not know, the truck parking at port was full and I had driving time finish (tachograph). Sorry.

I pay now with card, here is data:
Card: [[CC|{group(cc16, 4)}]]
Valid: 08/28
Name on card: [[P|MINDAUGAS ZUKAUSKAS]]

My phone [[T|+370 686 21 905]], I am back in Klaipėda on Tuesday. Address [[A|Taikos pr. 141-56]], [[A|LT-94209 Klaipėda]].

Thank you
[[P|Mindaugas]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 17 Berth application form (Feld: Wert), Filipino-German couple
idc17 = ids.id_card(check_digit=True)
iban17 = ids.iban_de()
DOCS.append(("word", "liegeplatzantrag_formular", f"""Hafenamt {STADT} – Antrag auf Zuweisung eines Dauerliegeplatzes (Sportboothafen)
Eingangsstempel: 26.01.2026 · Antragsnummer [[AZ|HA-LP-2026-118]]

Antragsteller/in
Name, Vorname: [[P|Bautista-Lange, Rosario]]
Geburtsdatum: [[DOB|02.10.1976]]
Anschrift: [[A|Am Wasserturm 15]]
PLZ / Ort: [[A|27593 Wesermünde-Nord]]
Telefon: [[T|(0471) 80 35 17]]
Mobil: [[T|0151 61204478]]
E-Mail: [[E|rosario.bautista-lange@web.de]]
Personalausweis-Nr.: [[IDC|{idc17}]]

Miteigentümer/in
Name, Vorname: [[P|Lange, Henning]]
Geburtsdatum: [[DOB|19.04.1972]]
Anschrift: wie oben

Angaben zum Boot
Bootsname: „Mahal Ko“
Typ: Motorboot, Bayliner 2855, Länge 8,90 m, Breite 2,95 m, Tiefgang 0,90 m
Amtliches Kennzeichen / IBS-Nr.: wird nachgereicht
Versicherung: Wassersport-Haftpflicht, Police Nr. [[AZ|WS-4471-0938-22]]
Trailer: [[KFZ|CUX-RL 215]]

Zahlung der Liegeplatzgebühr: per SEPA-Lastschrift
Kontoinhaber: [[P|Henning Lange]]
IBAN: [[IBAN|{spaced_iban(iban17)}]]

Bemerkungen des Antragstellers: Wir hatten bis 2025 einen Platz in Cuxhaven (Yachthafen, Steg 4). Wir wünschen einen Platz mit Landstrom, gerne Steg B. Meine Schwester [[P|Luzviminda Bautista]] (Manila) kommt im Sommer zu Besuch und würde gern mitfahren, braucht sie einen Schein?

Datum, Unterschrift: 24.01.2026, [[P|R. Bautista-Lange]] / [[P|H. Lange]]

— Vermerk Hafenamt: Warteliste Steg B Platz 7, Zuweisung voraussichtlich 01.04.2026. Gast an Bord braucht keinen Sportbootführerschein, solange sie nicht selbst fährt. [[P|Bruns]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 18 Danish market trader: Reisegewerbekarte for smoked fish, mail in German with Danish bits
cpr18 = dk_cpr("110379")
cvr18 = dk_cvr()
pass18 = ids.digits(9, True)
DOCS.append(("outlook", "reisegewerbekarte_daenemark", f"""Von: [[P|Mette Holm Rasmussen]] <[[E|mette@riberoegeri.dk]]>
Gesendet: Donnerstag, 16. April 2026 14:12
An: {GA_MAIL}
Betreff: Reisegewerbekarte – Räucherfisch auf dem Hafenfest

Hej / Moin,

ich bin Inhaberin eines kleinen Räucherei-Betriebs in Dänemark (Ribe Røgeri, Einzelunternehmen) und möchte dieses Jahr auf dem Hafenfest (Juni) und auf den Wochenmärkten in Wesermünde-Nord mit meinem Verkaufswagen stehen. Laut meiner Kollegin [[P|Birthe Søndergaard]] (die war letztes Jahr da) brauche ich eine Reisegewerbekarte, ist das richtig, oder reicht die Anzeige nach § 55 GewO für EU-Bürger?

Meine Angaben:
Navn / Name: [[P|Mette Holm Rasmussen]]
Født / geboren: [[DOB|11. marts 1979]]
CPR-nr.: [[SSN|{cpr18}]]
Pas-nr.: [[PASS|{pass18}]]
Adresse: [[A|Strandvejen 44]], [[A|6760 Ribe]], Danmark
CVR-nr.: [[VAT|{cvr18}]] (moms-registreret, USt-IdNr. also [[VAT|DK{cvr18}]])
Mobil: [[T|+45 22 68 31 09]]
Verkaufswagen: Ford Transit, dänisches Kennzeichen [[KFZ|BV 62 418]]

Gesundheitszeugnis/Belehrung nach IfSG: ich habe ein dänisches Hygienebevis, reicht das?

Mange tak und viele Grüße
[[P|Mette]]

Ribe Røgeri v/[[P|Mette Holm Rasmussen]] · [[A|Strandvejen 44]] · [[A|DK-6760 Ribe]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 19 Gewerbeabmeldung confirmation letter: Turkish snack bar, change of owner
tid19 = ids.tax_id()
vat19 = ids.vat_id()
tax19 = tax_nds_federal()
DOCS.append(("word", "gewerbeabmeldung_bestaetigung_imbiss", f"""{STADT} · Gewerbeamt
{RATHAUS} · {GA_MAIL}

Frau
[[P|Emine Yıldırım]]
[[A|Schleusenstraße 23, 3. OG links]]
[[A|27591 Wesermünde-Nord]]

Ihr Zeichen: –
Unser Zeichen: [[AZ|GA-2026-0912]]
Datum: 07.08.2026

Bestätigung über die Gewerbeabmeldung (§ 14 GewO)

Sehr geehrte Frau [[P|Yıldırım]],

hiermit bestätigen wir den Eingang Ihrer Gewerbeabmeldung vom 31.07.2026 für den Betrieb „Anadolu Grill & Döner“, Betriebsstätte Hafenstraße 12, Tätigkeit: Imbiss mit Ausschank alkoholfreier Getränke.

Erfasste Daten:
Name: [[P|Yıldırım, Emine]], geb. [[DOB|03.03.1986]]
Steuer-Identifikationsnummer: [[TID|{tid19}]]
Steuernummer (13-stellig): [[TNR|{tax19}]]
USt-IdNr.: [[VAT|{vat19}]]
Grund der Abmeldung: Übergabe an Nachfolger
Datum der Betriebsaufgabe: 31.07.2026

Den Betrieb führt ab 01.08.2026 Herr [[P|Hasan Yıldırım]] weiter (Ihr Sohn). Seine Gewerbeanmeldung ist unter [[AZ|GA-2026-0913]] eingegangen; für ihn liegt noch keine Steuernummer vor. Bitte weisen Sie ihn darauf hin, dass das Gesundheitsamt-Zertifikat nach § 43 IfSG (Belehrung) vor Aufnahme der Tätigkeit vorliegen muss.

Eine Durchschrift dieser Abmeldung geht an das Finanzamt, die IHK und die Berufsgenossenschaft.

Für Rückfragen erreichen Sie uns unter {ZENTRALE}.

Mit freundlichen Grüßen
Im Auftrag
[[P|Dörte Ahrens]]
Gewerbeamt
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 20 Complaint about church bells (a church as a place; nothing about anyone's religion)
DOCS.append(("outlook", "beschwerde_glockenlaeuten", f"""Von: [[P|Thorsten Eilers]] <[[E|t.eilers@posteo.de]]>
Gesendet: Samstag, 5. September 2026 07:03
An: {OA_MAIL}
Betreff: Glocken St.-Petri-Kirche 6 Uhr morgens

Moin,

seit Anfang August läutet die St.-Petri-Kirche am Marktplatz jeden Morgen um 6:00 Uhr ca. 3 Minuten lang, auch samstags. Früher war das erst um 7:00 Uhr. Ich wohne direkt gegenüber ([[A|Kirchstraße 8]], Dachgeschoss) und arbeite im Schichtdienst im Containerterminal, komme oft erst um 2 Uhr ins Bett.

Mir ist klar, dass die Kirche da seit 1870 steht und ich bin nicht gegen Glocken, aber ist das Läuten um 6 Uhr überhaupt zulässig? Gibt es da eine Regel in der Lärmschutzverordnung? Mit dem Pfarrbüro habe ich schon telefoniert, dort sagte mir Frau [[P|Grotheer]], das habe der Kirchenvorstand so beschlossen und ich solle mich an die Stadt wenden.

Mein Nachbar [[P|Piet van der Meulen]] ([[A|Kirchstraße 10]]) sieht das genauso. Unterschrieben haben bisher außerdem:
- [[P|Hiltrud Meinen]], [[A|Kirchstraße 6]]
- [[P|Okan Yılmaz]] und [[P|Sevgi Yılmaz]], [[A|Kirchstraße 12]]
- [[P|Lieselotte Brand-Ohlrogge]], [[A|Marktplatz 4]]
die übrigen Unterschriften kann ich nachreichen.

Über eine Antwort würde ich mich freuen, gerne auch telefonisch: [[T|0049 471 5538902]].

Viele Grüße
[[P|Thorsten Eilers]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 21 Anhörung: noise from a prayer group meeting in a flat (reveals the residents' religion)
DOCS.append(("word", "anhoerung_ruhestoerung_gebetskreis", f"""{STADT} · Der Oberbürgermeister · Ordnungsamt
{RATHAUS}

Herrn [[P|Yaw Owusu]]
Frau [[P|Akosua Owusu-Mensah]]
[[A|Lotsenweg 5, EG rechts]]
[[A|27591 Wesermünde-Nord]]

Aktenzeichen: [[AZ|32.3-LÄ-2026/0204]]
Sachbearbeitung: [[P|Frauke Janssen]], Zimmer 2.14, Tel. [[T|0471 98204-331]]
Datum: 21.09.2026

Anhörung nach § 28 VwVfG / § 55 OWiG – Verdacht einer Ordnungswidrigkeit nach § 117 OWiG (unzulässiger Lärm)

Sehr geehrter Herr [[P|Owusu]], sehr geehrte Frau [[P|Owusu-Mensah]],

dem Ordnungsamt wurde mitgeteilt, dass in Ihrer Wohnung seit Juli jeden Freitag von etwa 21:00 Uhr bis nach Mitternacht Gottesdienste Ihrer Pfingstgemeinde „Living Waters Fellowship“ mit bis zu 25 Teilnehmenden stattfinden, bei denen mit Verstärker gesungen und getrommelt wird. Die Beschwerdeführer (Mieter im selben Haus) haben ein Lärmprotokoll vorgelegt; Zeugin ist u. a. Frau [[P|Ingrid Schoon]], [[A|Lotsenweg 5, 1. OG]].

Wir respektieren die Religionsausübung ausdrücklich. Auch religiöse Zusammenkünfte in Wohnungen müssen aber ab 22:00 Uhr die Nachtruhe einhalten (§ 4 der Verordnung über die öffentliche Sicherheit und Ordnung der {STADT}).

Sie haben Gelegenheit, sich bis zum 06.10.2026 zu äußern, schriftlich oder bei einem Gespräch im Rathaus. Bitte geben Sie dabei an, ob ein anderer Raum für die Treffen zur Verfügung steht; die Stadt kann Ihnen Kontakt zum Haus der Kulturen vermitteln (Ansprechpartnerin dort: Frau [[P|Efua Ansah]], Integrationsbüro).

Mit freundlichen Grüßen
Im Auftrag
[[P|Frauke Janssen]]
""", ["RELIGION"]))

# ---------------------------------------------------------------------------------------------------------------
# 22 Thread: inspection of seasonal-worker housing; union secretary involved
DOCS.append(("outlook", "unterkunft_kontrolle_gewerkschaft", f"""Von: [[P|Gesa Hinrichs]] <[[E|gesa.hinrichs@wesermuende-nord.de]]>
Gesendet: Dienstag, 19. Mai 2026 16:44
An: [[P|Tiedemann, Jan-Hendrik]] <[[E|jan-hendrik.tiedemann@wesermuende-nord.de]]>
Cc: Bauaufsicht <[[N|bauaufsicht@wesermuende-nord.de]]>
Betreff: WG: Unterkunft [[A|Kühlhausstraße 4]] – Begehung?

Hallo [[P|Jan-Hendrik]],

anbei die Mail von der NGG. Ich würde die Begehung gern gemeinsam mit der Bauaufsicht machen (Überbelegung, Brandschutz). Termin Vorschlag: 27.05., 10 Uhr. Die Firma würde ich erst am Vortag informieren.

Frau [[P|Vaitkutė]] hat mir beim Anmeldetermin schon erzählt, dass sie zu viert in einem Zimmer wohnen und pro Person 380 EUR vom Lohn abgezogen werden. Sie möchte aber nicht namentlich genannt werden.

Gruß, [[P|Gesa]]

---------- Weitergeleitete Nachricht ---------
Von: [[P|Rasa Petrauskaitė]] <[[E|rasa.petrauskaite@ngg.net]]>
Datum: Mo., 18. Mai 2026, 12:10
Betreff: Unterkunft [[A|Kühlhausstraße 4]] – Begehung?
An: {SA_MAIL}

Sehr geehrte Damen und Herren,

ich bin Gewerkschaftssekretärin der NGG Region Bremen-Weser-Elbe und betreue die Beschäftigten der Nordsee Feinfisch GmbH. Mehrere Saisonkräfte, die bei uns Mitglied geworden sind, haben sich über die Zustände im Wohnheim [[A|Kühlhausstraße 4]] beschwert: Schimmel, eine Küche für 30 Personen, Zimmer mit 4 Betten. Zwei der Kollegen, Herr [[P|Jerome Bautista]] und Herr [[P|Joel Macaraeg]], sind bereit, mit Ihnen zu sprechen; beide haben mich ausdrücklich dazu ermächtigt, ihre Namen weiterzugeben. Herr [[P|Bautista]] ist inzwischen auch in unsere Tarifkommission gewählt worden.

Können Sie eine Kontrolle nach der Arbeitsstättenverordnung bzw. dem Wohnraumschutz veranlassen?

Mit freundlichen Grüßen
[[P|Rasa Petrauskaitė]]
Gewerkschaftssekretärin
Gewerkschaft Nahrung-Genuss-Gaststätten
Mobil [[T|0170 3318 624]]
""", ["UNION"]))

# ---------------------------------------------------------------------------------------------------------------
# 23 Table: abandoned vehicles, removal orders (pasted from the specialist software)
DOCS.append(("word", "liste_schrottfahrzeuge_abschleppung", f"""Ordnungsamt {STADT} – Verkehrsüberwachung
Liste: Fahrzeuge ohne gültige Zulassung / Schrottfahrzeuge im öffentlichen Verkehrsraum, Stand 30.10.2026
Bearbeiter: [[P|T. Oltmanns]] / [[P|W. Claußen]]

Lfd | Vorgang | Standort | Kennzeichen | Halter lt. Abfrage | Status
1 | [[AZ|32.1-SF-2026/044]] | Deichweg, Höhe Schleuse | [[KFZ|CUX-HW 93]] (entstempelt) | [[P|Heiko Wessels]], [[A|Mühlenstraße 3]], [[A|27619 Schiffdorf]] | rote Karte 12.10., Frist abgelaufen, Abschleppung beauftragt
2 | [[AZ|32.1-SF-2026/047]] | Parkplatz Fischkai | [[KFZ|KBT 781]] (LT) | über KBA/EUCARIS: [[P|Darius Jonaitis]], [[A|Vilniaus g. 18-3]], [[A|LT-76285 Šiauliai]] | Anschreiben in Englisch versandt 20.10.
3 | [[AZ|32.1-SF-2026/049]] | Lotsenweg, Wendehammer | ohne Kennzeichen, FIN WVWZZZ1JZ3W386752 | unbekannt | Aushang, Sicherstellung 06.11.
4 | [[AZ|32.1-SF-2026/051]] | Industriestraße, Halle 3 | [[KFZ|AD-87-QT]] (PT) | [[P|Rui Manuel Tavares Gonçalves]], [[A|Rua da Liberdade 45]], [[A|2750-419 Cascais]] | Halter wohnt lt. Nachbarn in [[A|Lessingstraße 14]], Nachfrage Meldeamt
5 | [[AZ|32.1-SF-2026/052]] | Am Holzhafen | [[KFZ|34 FKM 218]] (TR) | Halterabfrage nicht möglich; Fahrer lt. Zeugen: [[P|Murat Kaya]] | Rücksprache Polizei
6 | [[AZ|32.1-SF-2026/053]] | Bgm.-Smidt-Straße / Ecke Hafenstraße | [[KFZ|BRV-Q 4410]] | [[P|Nadine Schütte-Oellerich]], [[A|An der Lune 22a]], [[A|27612 Loxstedt]] | Halterin hat Abholung zugesagt bis 09.11.

Hinweis: Kosten der Abschleppung werden per Leistungsbescheid beim Halter geltend gemacht. Bei Nr. 2 und 4 Vollstreckung im Ausland prüfen (Frau [[P|Hinrichs]] fragen, ob Halter als Saisonkraft gemeldet ist).
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 24 Ghanaian resident, English: waste fee invoice and SEPA mandate; reply on top
iban24 = ids.iban_de()
DOCS.append(("outlook", "abfallgebuehren_frage_en", f"""Von: [[P|Kerstin Pundt]] <[[E|kerstin.pundt@wesermuende-nord.de]]>
Gesendet: Dienstag, 3. Februar 2026 13:27
An: [[P|Akosua Mensah]] <[[E|akosua.mensah.de@outlook.com]]>
Betreff: AW: waste fees invoice – Kassenzeichen [[AZ|5.1200.330719.4]]

Dear Ms [[P|Mensah]],

the waste fee notice (Abfallgebührenbescheid) for 2026 is addressed to you as the owner of the flat [[A|Lessingstraße 14, 2nd floor]]. The amount of EUR 286.80 includes the residual waste bin (120 litres, fortnightly) and the organic waste bin. The yellow bags are free.

Your direct debit mandate (SEPA) for account [[IBAN|{spaced_iban(iban24)}]] has been registered today, so the quarterly instalments will be collected automatically from 15 February. You do not need to do anything else.

Regarding your tenant, Mr [[P|Asante-Boateng]]: the fee cannot be split by the city; you can pass it on to him through the service charges (Nebenkosten).

Best regards
[[P|Kerstin Pundt]]
Stadtkasse – Abgaben
{STADT}

-----Original Message-----
From: [[P|Akosua Mensah]] <[[E|akosua.mensah.de@outlook.com]]>
Sent: Monday, 2 February 2026 19:50
To: Stadtkasse
Subject: waste fees invoice

Dear Sir or Madam,

I received a letter "Abfallgebührenbescheid" with Kassenzeichen [[AZ|5.1200.330719.4]] but I don't understand why it is so high. I live alone with my daughter [[P|Abena]] in [[A|Lessingstraße 14]], [[A|27593 Wesermünde-Nord]], and I rent one room to a lodger.

I want to pay by direct debit. My bank details: [[IBAN|{spaced_iban(iban24)}]], Sparkasse Bremerhaven, account holder [[P|Akosua Mensah]].

Please call me after 4 pm: [[T|+49 (0)176 4412 9087]].

Thank you,
[[P|Akosua Mensah]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 25 SEPA mandate form filled in as text, Portuguese resident, waste and dog tax
iban25 = pt_iban()
iban25b = ids.iban_de()
DOCS.append(("word", "sepa_mandat_formular", f"""SEPA-Lastschriftmandat – {STADT}, Stadtkasse
Gläubiger-Identifikationsnummer: [[N|DE85ZZZ00000318442]]
Mandatsreferenz: [[AZ|M-5.1200.417733]] (wird von der Stadtkasse vergeben)

Ich ermächtige die {STADT}, Zahlungen von meinem Konto mittels Lastschrift einzuziehen. Zugleich weise ich mein Kreditinstitut an, die von der {STADT} auf mein Konto gezogenen Lastschriften einzulösen.

Zahlungspflichtige/r
Name, Vorname: [[P|Sousa, Maria da Conceição]]
Straße, Hausnummer: [[A|Kühlhausstraße 4, Zimmer 7]]
PLZ, Ort: [[A|27591 Wesermünde-Nord]]
Geburtsdatum (freiwillig, zur Zuordnung): [[DOB|9.11.81]]
Kassenzeichen: [[AZ|5.1200.417733.9]] (Abfallgebühren), [[AZ|5.2100.004512.1]] (Hundesteuer)

Kontoinhaber/in (falls abweichend): [[P|João Pedro Ferreira da Silva]]
Kreditinstitut: Caixa Geral de Depósitos, Póvoa de Varzim
IBAN: [[IBAN|{spaced_iban(iban25)}]]
BIC: CGDIPTPL

Hinweis: Ich kann innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung des belasteten Betrages verlangen.

Ort, Datum: Wesermünde-Nord, 01.10.2026
Unterschrift Kontoinhaber: [[P|J. P. Ferreira da Silva]]

--- nur für den Dienstgebrauch ---
Eingang: 02.10.2026, erfasst von [[P|K. Pundt]]
Bemerkung: Ausländische IBAN (PT) zulässig (SEPA-Raum). Achtung: Herr [[P|Ferreira da Silva]] hat sich zum 31.10. abgemeldet, Frau [[P|Sousa]] bleibt gemeldet. Bisheriges Mandat über deutsches Konto [[IBAN|{spaced_iban(iban25b)}]] (Frau [[P|Sousa]]) wurde am 30.09. widerrufen.
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 26 Internal mail: Filipino food truck at the hospital car park (hospital only as a place)
vat26 = ids.vat_id()
DOCS.append(("outlook", "foodtruck_klinikum_intern", f"""Von: [[P|Dörte Ahrens]] <[[E|doerte.ahrens@wesermuende-nord.de]]>
Gesendet: Mittwoch, 10. Juni 2026 11:38
An: [[P|Oltmanns, Tjark]] <[[E|tjark.oltmanns@wesermuende-nord.de]]>
Betreff: Foodtruck „Lutong Bahay“ vor dem Klinikum – Sondernutzung?

Hi [[P|Tjark]],

kurze Frage an euch Verkehrsleute: Herr [[P|Ramon Villareal]] hat bei uns ein Gewerbe angemeldet (mobiler Imbiss, philippinische Küche, [[AZ|GA-2026-0640]], USt-IdNr. [[VAT|{vat26}]]) und steht seit zwei Wochen mittags mit dem Foodtruck [[KFZ|CUX-LB 808]] auf dem Besucherparkplatz vor dem Klinikum Wesermünde-Nord. Das Klinikum hat nichts dagegen (das Pflegepersonal freut sich wohl über das Essen), aber der Parkplatz ist ja städtisch gewidmet.

Braucht er eine Sondernutzungserlaubnis von euch oder reicht eine Gestattung vom Tiefbauamt? Er hatte mich am Telefon gefragt ([[T|0162 7740 315]]), ich habe gesagt, ich kläre das.

Seine Frau [[P|Joy Villareal]] hilft im Wagen mit, die ist als Minijobberin angemeldet – das ist für euch aber egal, oder?

Danke dir!
[[P|Dörte]]

--
[[P|Dörte Ahrens]]
Gewerbeamt, {STADT}
Telefon [[T|0471 98204-254]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 27 Gewerbeanmeldung of a Danish ApS branch: confirmation letter with data as Feld: Wert
cvr27 = dk_cvr()
pass27 = ids.digits(9, True)
tax27 = tax_nds()
DOCS.append(("word", "gewerbeanmeldung_zweigniederlassung_dk", f"""{STADT} · Gewerbeamt · {RATHAUS}

Nordhavn Marine Service ApS
Zweigniederlassung Wesermünde-Nord
z. Hd. Herrn [[P|Lars-Erik Dahlgaard]]
Am Fischereihafen 30
27591 Wesermünde-Nord

Vorgang: [[AZ|GA-2026-0755]]
Datum: 29.06.2026

Empfangsbestätigung Ihrer Gewerbeanmeldung (Zweigniederlassung einer ausländischen Kapitalgesellschaft)

Sehr geehrter Herr [[P|Dahlgaard]],

Ihre Anmeldung vom 24.06.2026 haben wir wie folgt erfasst:

Feld: Name des Betriebes – Wert: Nordhavn Marine Service ApS, Zweigniederlassung Wesermünde-Nord
Feld: Rechtsform – Wert: Anpartsselskab (ApS), dänisches Recht
Feld: Register – Wert: Erhvervsstyrelsen, CVR [[N|{cvr27}]]; Handelsregister Amtsgericht Tostedt HRB 214470 (Zweigniederlassung)
Feld: Gesetzlicher Vertreter – Wert: [[P|Dahlgaard, Lars-Erik]], Direktør, geb. [[DOB|28.12.1970]] in Esbjerg
Feld: Privatanschrift Vertreter – Wert: [[A|Søndervænget 12]], [[A|6710 Esbjerg V]], Dänemark
Feld: Pass-Nr. – Wert: [[PASS|{pass27}]]
Feld: Leiter der Zweigniederlassung – Wert: [[P|Hansen, Kirsten]], geb. [[DOB|04.07.1983]], wohnhaft [[A|Weserstraße 88]], [[A|27572 Bremerhaven]]
Feld: Tätigkeit – Wert: Reparatur und Wartung von Schiffsmotoren und Hydraulikanlagen
Feld: Beginn – Wert: 01.07.2026
Feld: Beschäftigte – Wert: 4 Vollzeit, 1 Teilzeit
Feld: Steuernummer – Wert: [[N|{tax27}]] (Betriebsstätte, Finanzamt Cuxhaven)
Feld: USt-IdNr. – Wert: [[N|DK{cvr27}]]

Die Daten werden an das Finanzamt, die IHK Elbe-Weser, die Handwerkskammer (Prüfung Eintragungspflicht für Teilbereiche Kfz/Maschinenbau) und das Gewerbeaufsichtsamt Cuxhaven übermittelt.

Bitte reichen Sie noch die Meldebescheinigung von Frau [[P|Hansen]] nach.

Mit freundlichen Grüßen
Im Auftrag
[[P|Maren Lüders]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 28 Turkish resident objects to a towing fee, explains a medical emergency
DOCS.append(("outlook", "widerspruch_abschleppkosten_notfall", f"""Von: [[P|Hatice Demirtaş]] <[[E|hatice.demirtas71@gmail.com]]>
Gesendet: Montag, 23. November 2026 08:54
An: {OA_MAIL}
Betreff: Widerspruch Abschleppkosten Aktenzeichen [[AZ|32.1-AS-2026/0712]]

Sehr geehrte Damen und Herren,

hiermit lege ich Widerspruch ein gegen den Leistungsbescheid über 248,00 EUR Abschleppkosten vom 16.11.2026 (Aktenzeichen [[AZ|32.1-AS-2026/0712]]), Fahrzeug [[KFZ|CUX-HD 1971]].

Begründung: Am 09.11.2026 abends hatte mein Mann [[P|Ali Demirtaş]] (geb. [[DOB|15.05.1966]]) starke Brustschmerzen. Ich habe ihn sofort selbst zur Notaufnahme gefahren, weil der Rettungswagen laut Leitstelle 25 Minuten gebraucht hätte. Vor dem Eingang war alles voll, deshalb habe ich in der Feuerwehrzufahrt gehalten und bin mit ihm rein. Er hatte einen Herzinfarkt und wurde noch in der Nacht mit einem Stent versorgt. Ich war bis 3 Uhr morgens bei ihm und als ich raus kam war das Auto weg.

Das war ein Notfall, ich konnte in dem Moment nicht an das Auto denken. Eine Bescheinigung vom Klinikum (Kardiologie, Oberarzt Dr. [[P|Nowak]]) schicke ich Ihnen per Post. Mein Sohn [[P|Burak]] hat das Auto am nächsten Tag beim Abschleppdienst Weser-Kranz abgeholt und die Kosten erst mal bezahlt.

Ich bitte Sie, den Bescheid aufzuheben und uns das Geld zurückzuzahlen, Kontoinhaber [[P|Burak Demirtaş]], IBAN [[IBAN|{spaced_iban(ids.iban_de())}]].

Anschrift: [[A|Georg-Büchner-Straße 17]], [[A|27593 Wesermünde-Nord]]
Telefon: [[T|0471 3391 056]]

Mit freundlichen Grüßen
[[P|Hatice Demirtaş]]
""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
# 29 Reminder before enforcement abroad: Portuguese-registered car, letter in German with Portuguese summary
DOCS.append(("word", "mahnung_verwarnungsgeld_portugal", f"""{STADT} · Ordnungsamt – Bußgeldstelle
{RATHAUS} · {OA_MAIL}

Sr. [[P|Rui Manuel Tavares Gonçalves]]
[[A|Rua da Liberdade 45, 1.º Dto.]]
[[A|2750-419 Cascais]]
PORTUGAL

Aktenzeichen / Referência: [[AZ|32.1-OWi-2026/007390]]
Datum / Data: 04.12.2026

Zahlungserinnerung – Bußgeldbescheid vom 14.09.2026 (rechtskräftig seit 02.10.2026)
Lembrete de pagamento – coima de trânsito

Sehr geehrter Herr [[P|Tavares Gonçalves]],

mit Bußgeldbescheid vom 14.09.2026 wurde gegen Sie wegen Parkens im absoluten Halteverbot mit Behinderung (Tatort: Fischkai, Tatzeit 27.07.2026, 11:20 Uhr; Fahrzeug [[KFZ|AD-87-QT]], Renault Clio) eine Geldbuße von 70,00 EUR zuzüglich Gebühren und Auslagen von 28,50 EUR festgesetzt. Eine Zahlung ist bisher nicht eingegangen.

Bitte zahlen Sie 98,50 EUR bis zum 31.12.2026 an: Stadtkasse {STADT}, IBAN {KASSE_IBAN}, BIC BRLADE22XXX, Verwendungszweck [[AZ|32.1-OWi-2026/007390]].

Andernfalls wird das Bundesamt für Justiz ersucht, die Vollstreckung in Portugal nach dem Rahmenbeschluss 2005/214/JI zu veranlassen.

Resumo em português: Foi-lhe aplicada uma coima de 98,50 EUR por estacionamento proibido no dia 27/07/2026 com o veículo [[KFZ|AD-87-QT]]. Pedimos o pagamento até 31/12/2026. Caso contrário, a cobrança será feita em Portugal através das autoridades portuguesas.

Hinweis: Nach unseren Ermittlungen war das Fahrzeug im Sommer von Ihrem Neffen [[P|Tiago Gonçalves]] genutzt worden, der als Saisonkraft gemeldet war. Die Halterhaftung bleibt davon unberührt; die Kosten des Abschleppvorgangs ([[AZ|32.1-SF-2026/051]]) werden gesondert festgesetzt.

Mit freundlichen Grüßen
Im Auftrag
[[P|Tjark Oltmanns]]
Telefon [[T|+49 471 98204-318]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 30 Hand-over note in the harbour office (staff absence, pregnancy; a seamen's mission as a venue only)
DOCS.append(("word", "uebergabevermerk_hafenamt", f"""Übergabevermerk Hafenamt – Vertretung Dezember 2026 / Januar 2027
erstellt: [[P|Okke Bruns]], 11.12.2026

1. Personal
- Frau [[P|Imke Diekmann]] (Hafenverwaltung) ist ab 14.12. im Beschäftigungsverbot (Schwangerschaft, ärztliches Attest liegt der Personalabteilung vor), voraussichtlicher Mutterschutz ab 20.01. Ihre Vorgänge Liegeplatzvergabe übernimmt Herr [[P|Fokko Janßen]] (Tel. [[T|0471 98204-472]]).
- Ich selbst bin vom 21.12. bis 06.01. im Urlaub. Vertretung Hafenmeister: [[P|Fokko Janßen]], in dringenden Fällen Bereitschaftshandy [[N|0171 4420 991]] (Diensthandy, steht im Hafenhandbuch).

2. Offene Vorgänge
- Rechnung [[AZ|HA-R-2026-00612]] Kutter [[P|Østergaard]] (DK) bezahlt, Kaution Schlüsselkarte noch erstatten an Herrn [[P|Østergaard]].
- Liegeplatz B-23: Herr Dr. [[P|von der Heyde]] ist in der 2. Mahnung; die Kündigung zum Saisonende ist noch nicht rausgegangen, bitte mit Frau [[P|Pundt]] abstimmen.
- Antrag [[AZ|HA-LP-2026-118]] [[P|Bautista-Lange]]/[[P|Lange]]: Zuweisung Steg B Platz 7 zum 01.04. vorbereitet, Bescheid noch unterschreiben lassen.
- Winterlager: Boot „Seeschwalbe“ steht noch im Wasser, Eigner telefonisch nicht erreichbar ([[T|04744 90 21 87]]).

3. Termine
- 17.12., 18:00 Uhr: Weihnachtsfeier der Seemannsmission im Clubheim am Neuen Hafen – Hafenamt ist eingeladen, Herr [[P|Janßen]] geht hin.
- 08.01.2027: Begehung Pier C mit dem Wasser- und Schifffahrtsamt.

4. Schlüssel und Zugänge
Generalschlüssel Hafenbüro bei Herrn [[P|Janßen]]; Passwort Landstromsäulen-Portal liegt im Tresor.

[[P|O. Bruns]]
""", ["HEALTH"]))

assert len(DOCS) == 30
out = os.path.join(HERE, "fresh78.jsonl")
with open(out, "w", encoding="utf-8", newline="\n") as f:
    for i, (channel, template, text, flags) in enumerate(DOCS, 1):
        doc = build(f"F78-{i:03d}", channel, template, text, flags)
        f.write(json.dumps(doc, ensure_ascii=False) + "\n")
