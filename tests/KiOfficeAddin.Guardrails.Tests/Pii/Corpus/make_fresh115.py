#!/usr/bin/env python3
"""Blind test batch 115: debt counselling (Schuldner- und Insolvenzberatung) of a Hamburg district office
(Bezirksamt Harburg) working with the job centre. 30 documents, half Outlook mails, half Word texts.

Every person, street, company and number is invented. Deterministic: one generator, seed 11515.
Writes fresh115.jsonl next to this script.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban, luhn_check  # noqa: E402

ids = Identifiers(11515)
R = ids.rng  # the one seeded generator, also used for the foreign identifiers below


# ---------------------------------------------------------------- foreign identifiers (public check algorithms)
def pesel(yy, mm, dd, after2000, female):
    """Polish PESEL: YYMMDD (month +20 after 2000), 3 serial, sex digit, check; weights 1,3,7,9,1,3,7,9,1,3."""
    month = mm + (20 if after2000 else 0)
    body = f"{yy:02d}{month:02d}{dd:02d}" + ids.digits(3) + R.choice("02468" if female else "13579")
    total = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)))
    return body + str((10 - total % 10) % 10)


def nip():
    """Polish NIP (tax number): 9 digits + check = weighted sum (6,5,7,2,3,4,5,6,7) mod 11, never 10."""
    while True:
        body = ids.digits(9, first_nonzero=True)
        check = sum(int(c) * w for c, w in zip(body, (6, 5, 7, 2, 3, 4, 5, 6, 7))) % 11
        if check != 10:
            return body + str(check)


def pl_id_card():
    """Polish ID card (dowód osobisty): 3 letters + 6 digits; the first digit is the check:
    weights 7,3,1,[9],7,3,1,7,3, letters A=10 .. Z=35; check = weighted sum of the other 8 characters mod 10."""
    letters = "".join(R.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(3))
    tail = ids.digits(5)
    values = [ord(c) - 55 for c in letters] + [int(c) for c in tail]
    check = sum(v * w for v, w in zip(values, (7, 3, 1, 7, 3, 1, 7, 3))) % 10
    return f"{letters}{check}{tail}"


def egn(yy, mm, dd, after2000, female):
    """Bulgarian EGN: YYMMDD (month +40 after 2000), 3 digits (9th digit even = male, odd = female), check =
    weighted sum (2,4,8,5,10,9,7,3,6) mod 11, 10 -> 0."""
    month = mm + (40 if after2000 else 0)
    body = f"{yy:02d}{month:02d}{dd:02d}" + ids.digits(2) + R.choice("13579" if female else "02468")
    check = sum(int(c) * w for c, w in zip(body, (2, 4, 8, 5, 10, 9, 7, 3, 6))) % 11
    return body + str(0 if check == 10 else check)


def tckn():
    """Turkish T.C. Kimlik No: d10 = (7*(d1+d3+d5+d7+d9) - (d2+d4+d6+d8)) mod 10, d11 = sum(d1..d10) mod 10."""
    d = [int(c) for c in ids.digits(9, first_nonzero=True)]
    d10 = (7 * (d[0] + d[2] + d[4] + d[6] + d[8]) - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, d)) + str(d10) + str(d11)


def iban_grouped(iban):
    return group(iban, 4)


# ---------------------------------------------------------------- identifiers, generated in a fixed order
IB_CELIK = ids.iban_de()
IB_FRIMPONG = ids.iban_de()
IB_ELBECOLLECT = ids.iban_de()          # company account (neutral)
ID_MENSAH_EAT = ids.id_card(check_digit=False)
PASS_MENSAH = "G" + ids.digits(7)      # Ghanaian passport: letter + 7 digits, no public check
GHA_PIN = "GHA-" + ids.digits(9, first_nonzero=True) + "-" + ids.digits(1)  # Ghana Card PIN, check not public
KV_MENSAH = ids.health_insurance()
ID_KROHN = ids.id_card(check_digit=False)
EGN_GEORGIEVA = egn(88, 5, 17, False, True)
BG_CARD_GEORGIEVA = ids.digits(9, first_nonzero=True)  # Bulgarian ID card number, no public check
IB_GEORGIEVA_BG = mod97_iban("BG", "STSA" + ids.digits(4) + "10" + ids.digits(8))
IB_HANSEFORD = ids.iban_de()            # company account (neutral)
VAT_HANSEFORD = ids.vat_id()            # company VAT id in an imprint (neutral)
EAT_RAHIMI = ids.id_card(check_digit=True)
PASS_RAHIMI = "P0" + ids.digits(7)      # Afghan passport, no public check
TAZ_RAHIMI = "1399-0401-" + ids.digits(5)
TNR_WOJCIK = f"47/{ids.digits(3)}/{ids.digits(5)}"   # Hamburg layout FF/BBB/UUUUP
VAT_WOJCIK = ids.vat_id()
TID_WOJCIK = ids.tax_id()
NIP_WOJCIK = nip()
PESEL_WOJCIK = pesel(82, 2, 11, False, True)
PLID_WOJCIK = pl_id_card()
IB_WOJCIK_PL = ids.iban("PL", 24)
IB_ELBMARSCH = ids.iban_de()            # company account (neutral)
TID_PLOEGER = ids.tax_id()
SSN_PLOEGER = ids.social_security("230669", "M")
ID_PLOEGER = ids.id_card(check_digit=True)
IB_PLOEGER = ids.iban_de()
TCKN_DOGAN = tckn()
IB_DOGAN_TR = mod97_iban("TR", ids.digits(5) + "0" + ids.digits(16))
CC_DOGAN = ids.credit_card("4", 16)
CC_BROCK = ids.credit_card("52", 16)
KV_BROCK = ids.health_insurance()
TID_ILIEV = ids.tax_id()
TNR_ILIEV = f"47/{ids.digits(3)}/{ids.digits(5)}"
IB_BLASZCZYK = ids.iban_de()
IB_BOAKYE = ids.iban_de()
IB_TIMM = ids.iban_de()
TID_HEYDE = ids.tax_id()
TNR_HEYDE = "2247" + "0" + ids.digits(8)   # 13-digit federal form, Hamburg (22), Finanzamt 47
VAT_HEYDE = ids.vat_id()
SSN_HEYDE = ids.social_security("041061", "V")
PASS_HEYDE = ids.passport(check_digit=False)
KV_OLIWER = ids.health_insurance()
SSN_SZYM = ids.social_security("160873", "S")
KV_SZYM = ids.health_insurance()
PLID_SZYM = pl_id_card()
PESEL_SZYM = pesel(73, 8, 16, False, False)
IB_LINDEMANN = ids.iban_de()
IB_LINDEMANN_EX = ids.iban_de()
IB_KASSE = ids.iban_de()                # Kasse.Hamburg (public, neutral)
EAT_SULTANI = ids.id_card(check_digit=True)
PASS_SULTANI = "P0" + ids.digits(7)
TAZ_SULTANI = "1398-0207-" + ids.digits(5)
TID_SULTANI = ids.tax_id()

# ---------------------------------------------------------------- the office's own public data (neutral)
OFFICE_STREET = "[[N|Am Rathausforum 4]]"
OFFICE_CITY = "[[N|21073 Hamburg]]"
OFFICE_TEL = "[[N|040 42871-0]]"
OFFICE_MAIL = "[[N|schuldnerberatung@harburg.hamburg.de]]"

docs = []


def add(channel, template, text, flags=()):
    n = len(docs) + 1
    docs.append(build(f"F115-{n:03d}", channel, template, text.strip("\n") + "\n", list(flags)))


# ================================================================= OUTLOOK (001–015)

# 001 — client mail, broken German, account blocked after garnishment
add("outlook", "pkonto_sperre", f"""
Von: [[P|Emre Çelik]] <[[E|emre.celik91@gmx.de]]>
An: {OFFICE_MAIL}
Gesendet: Dienstag, 10. Juni 2025 07:48
Betreff: Konto gesperrt!!! bitte hilfe

Sehr geehrte Frau [[P|Ohlendorf]],

meine Konto bei der Sparkasse ist seit Montag gesperrt, ich kann keine Miete bezahlen und auch kein Essen kaufen für die Kinder. Die Bank sagt es gibt eine Pfändung von Gerichtsvollzieher, Aktenzeichen [[AZ|DR II 2093/25]]. Ich habe nie Brief bekommen, ich glaube die Post ging noch an die alte Adresse [[A|Deichgrafenweg 58]]. Jetzt wohne ich [[A|Kanalbogen 41]], 2. Stock links, [[A|21107 Hamburg]].

Herr [[P|Wiebusch]] hat bei der Infoveranstaltung im Mai gesagt, ich soll Ihnen schreiben wenn sowas passiert.

Meine IBAN ist [[IBAN|{iban_grouped(IB_CELIK)}]] (Haspa). Ich bekomme Bürgergeld für mich, meine Frau und 2 Kinder, BG-Nummer [[AZ|95504BG0172634]]. Wie mache ich P-Konto? Kann ich mit Kindern mehr behalten als 1.560 €? Brauche ich dafür Papier vom Jobcenter?

Bitte rufen Sie mich an [[T|0176 48 21 93 57]], oder meine Frau [[P|Songül]] unter [[T|0157-81234567]], sie spricht besser Deutsch. Am besten nach 15 Uhr.

Danke und viele Grüße
[[P|Emre Çelik]]
geb. [[DOB|14.03.1991]]
""")

# 002 — staff mail to the job centre, CC line, signature with office data
add("outlook", "bescheinigung_903", f"""
Von: [[P|Ohlendorf, Swantje]] (BA-H/SG 4) <[[E|swantje.ohlendorf@harburg.hamburg.de]]>
An: [[P|Pietsch, Nadine]] <[[E|nadine.pietsch@jobcenter-ge.de]]>
Cc: {OFFICE_MAIL}; [[P|Wiebusch, Jörn]]
Betreff: Nachweis Kindergeld/Bedarfsgemeinschaft für P-Konto-Bescheinigung – Frau [[P|Frimpong]], Kd.-Nr. [[AZ|955D471022]]

Liebe Frau [[P|Pietsch]],

Frau [[P|Akosua Frimpong]] (geb. [[DOB|02.11.1986]]), [[A|Schlickstieg 7]], [[A|21109 Hamburg]], war heute bei uns. Ihr Konto bei der Postbank ([[IBAN|{IB_FRIMPONG}]]) ist seit dem 02.06.2025 gepfändet, der Sockelbetrag reicht nicht für die Miete.

Für die Bescheinigung nach § 903 ZPO brauche ich den aktuellen Bewilligungsbescheid mit allen Mitgliedern der Bedarfsgemeinschaft (BG-Nr. [[AZ|95504BG0188205]]). Im Haushalt leben die Kinder [[P|Kojo Frimpong]], geb. [[DOB|14.08.2015]], und [[P|Ama]], geb. [[DOB|03.02.2019]]. Das Kindergeld läuft über die Familienkasse unter der Kindergeldnummer [[AZ|155FK284913]].

Frau [[P|Frimpong]] hat den Bescheid vom 12.05.2025 leider nicht mehr; könnten Sie ihn mir per Fax an [[N|040 42871-3399]] oder an das Funktionspostfach schicken? Eine Einwilligung der Kundin liegt vor (Anlage).

Vielen Dank und freundliche Grüße

[[P|Swantje Ohlendorf]]
Schuldner- und Insolvenzberaterin
Freie und Hansestadt Hamburg · Bezirksamt Harburg
Fachamt Grundsicherung und Soziales – Schuldner- und Insolvenzberatung
{OFFICE_STREET}, {OFFICE_CITY}
Tel. [[T|040 42871-3364]] · Zentrale {OFFICE_TEL}
Sprechzeiten: Mo, Di, Do 9–12 Uhr, Do 14–17 Uhr
""")

# 003 — forwarded collection mail, Polish/German mix, quoted headers
add("outlook", "inkasso_weiterleitung", f"""
Von: [[P|Grzegorz Dąbrowski]] <[[E|g.dabrowski79@wp.pl]]>
Gesendet: Dienstag, 3. Juni 2025 21:14
An: [[P|Wiebusch, Jörn]] <[[E|joern.wiebusch@harburg.hamburg.de]]>
Betreff: WG: Letzte Mahnung vor gerichtlichem Mahnverfahren

Dzień dobry Panie [[P|Wiebusch]],
ich schicke weiter was ich bekommen habe. Nie rozumiem wszystkiego – ist das richtig 1.284,37 €?? Der Vertrag war für Handy, ich habe schon gekündigt im Oktober 2023, die Kündigung habe ich noch (Foto). Mój brat [[P|Tomasz]] hat damals für mich unterschrieben, ist das ein Problem?
Pozdrawiam
[[P|Grzegorz]]

-----Ursprüngliche Nachricht-----
Von: Elbe Collect Forderungsmanagement <[[N|service@elbe-collect.de]]>
Gesendet: Freitag, 30. Mai 2025 09:02
An: [[E|g.dabrowski79@wp.pl]]
Betreff: Letzte Mahnung vor gerichtlichem Mahnverfahren

Sehr geehrter Herr [[P|Dąbrowski]],

in der Angelegenheit
Blitzfunk Mobile GmbH ./. [[P|Dąbrowski, Grzegorz]]
Unser Aktenzeichen: [[AZ|EC-2025-0448172]]
Ihre Kundennummer beim Auftraggeber: [[AZ|3301 8842 71]]

haben Sie auf unsere Zahlungsaufforderungen vom 14.03. und 22.04.2025 nicht reagiert.

Schuldner: [[P|Grzegorz Dąbrowski]], geb. [[DOB|21.07.1979]], [[A|Heidrehmen 17a]], [[A|21075 Hamburg]]

Hauptforderung (Rechnungen 11/2023–01/2024)      612,40 €
Verzugszinsen                                      48,17 €
Mahnkosten Auftraggeber                            15,00 €
Inkassovergütung (1,3 Geb. gem. RVG)              108,80 €
Auslagenpauschale                                  20,00 €
Kontoführung/sonstige Kosten                      480,00 €
Gesamt                                          1.284,37 €

Zahlen Sie den Gesamtbetrag bis zum 13.06.2025 auf das Konto [[N|{iban_grouped(IB_ELBECOLLECT)}]], andernfalls beantragen wir ohne weitere Ankündigung einen Mahnbescheid. Eine Ratenzahlung ist nach Rücksprache möglich.

Ihr Ansprechpartner: Herr [[P|Marvin Tödter]], Durchwahl [[T|040 3346 9918-27]], Mo–Fr 8–18 Uhr

Elbe Collect Inkasso GmbH · [[N|Hafenkante 14]] · [[N|20459 Hamburg]] · Registriert nach § 10 RDG
""")

# 004 — English mail, Ghanaian client, health
add("outlook", "english_inso_anfrage", f"""
From: [[P|Kobby Mensah]] <[[E|kobbymensah83@yahoo.com]]>
To: {OFFICE_MAIL}
Subject: Appointment – insolvency / Privatinsolvenz

Dear Madam or Sir,

my name is [[P|Kwabena Mensah]] (everybody calls me [[P|Kobby]]), born [[DOB|30/09/1983]] in Kumasi, Ghana. I live at [[A|Hohe Geest 23]], [[A|21149 Hamburg]] with my wife [[P|Efua]] and our two children.

Since my stroke in January (I was in hospital for 3 weeks and now go to physiotherapy twice a week) I cannot work on the construction site any more. I am on sick leave and get Krankengeld from my health insurance, my insurance number is [[KV|{KV_MENSAH}]]. My left hand is still weak.

I have debts with about 9 creditors, around 23.000 €, also a car loan for the Opel Zafira, plate [[KFZ|HH-KM 4417]]. A friend told me about Privatinsolvenz. What do I need for the first appointment?

For the ID they asked me at the bank: my German residence card (eAT) number is [[IDC|{ID_MENSAH_EAT}]], my Ghana passport is [[PASS|{PASS_MENSAH}]] and my Ghana Card PIN is [[IDC|{GHA_PIN}]].

My brother [[P|Yaw Mensah]] in Accra ([[A|House No. 14, Nii Teiko Din Street]], [[A|Dzorwulu, Accra]], GhanaPost GPS [[A|GA-183-8164]], phone [[T|+233 24 412 7789]]) sometimes sends money for the children. Does that count as income?

Please call me on [[T|+49 176 2290 4718]] (also WhatsApp). Mornings are better because of the therapy.

Thank you and God bless,
[[P|Kobby]]
[[P|K. Mensah]]
""", ["HEALTH"])

# 005 — informal lower-case mail, bailiff visit
add("outlook", "gv_informell", f"""
Betreff: gv war da

hi frau [[P|ohlendorf]],

der gerichtsvollzieher (herr [[P|dittmer]]) war heute morgen bei mir und wollte mein auto mitnehmen, den golf mit [[KFZ|HH DK 2301]]. den brauch ich aber für die arbeit bei der spedition, ich fahr um 4 uhr los und in der winsener straße fährt da noch kein bus!! der hat so nen zettel dagelassen da steht [[AZ|DR II 1185/25]] und was von vermögensauskunft am 24.06. muss ich da hin??

außerdem kam noch post vom mahngericht mit der nummer [[AZ|25-4419023-0-6]], das is glaub ich wegen dem fitnessstudio. ich will nich so enden wie die leute bei peter zwegat im fernsehen :-/

meine neue handynummer ist [[T|01523 7781904]], die alte geht nich mehr. ich wohn jetzt bei meiner freundin jessi ([[P|jessica brandt]]) im [[A|ehestorfer stieg 9b]], [[A|21077 hamburg]], post bitte dahin. brauchen sie meine ausweisnummer? [[IDC|{ID_KROHN}]]

lg
[[P|dennis]]

--
[[P|dennis krohn]]
gesendet von meinem iphone
""")

# 006 — reply with quoted Bulgarian/German original
add("outlook", "antwort_lohnpfaendung", f"""
Von: [[P|Wiebusch, Jörn]]
An: [[P|Desislava Georgieva]] <[[E|desi.georgieva@abv.bg]]>
Betreff: AW: Въпрос / Frage wegen Pfändung Lohn

Sehr geehrte Frau [[P|Georgieva]],

vielen Dank für Ihre Nachricht. Ihr Arbeitgeber, die Hafenküche Catering GmbH, darf nur den pfändbaren Teil Ihres Lohns an die Gläubigerin abführen. Bei einem Nettolohn von 1.720 € und einer Unterhaltspflicht für Ihre Tochter sind das nach der Tabelle zu § 850c ZPO (gültig ab 01.07.2025) deutlich weniger als 430 €. Ich vermute, Ihr Chef hat die Unterhaltspflicht nicht berücksichtigt. Ich rufe Herrn [[P|Quast]] gern an, wenn Sie einverstanden sind.

Bitte bringen Sie zum Termin am Donnerstag, 26.06., 10:30 Uhr, Zimmer 2.014 mit:
- die Lohnabrechnungen März bis Mai,
- den Pfändungs- und Überweisungsbeschluss (Az. [[AZ|615 M 3318/25]]),
- die Geburtsurkunde Ihrer Tochter.

Die 2.000 Lewa von Ihrer Mutter nehmen wir in die Gläubigerliste auf, Sie müssen das Geld nicht vorrangig zurückzahlen.

Mit freundlichen Grüßen
[[P|Jörn Wiebusch]]
Schuldnerberater
Bezirksamt Harburg, {OFFICE_STREET}, {OFFICE_CITY}
Telefon [[T|040 42871-3371]]

________________________________
Von: [[P|Desislava Georgieva]] <[[E|desi.georgieva@abv.bg]]>
Gesendet: Montag, 16. Juni 2025 22:41
An: [[E|joern.wiebusch@harburg.hamburg.de]]
Betreff: Въпрос / Frage wegen Pfändung Lohn

Здравейте, guten Tag Herr [[P|Wiebusch]],

mein Name ist [[P|Десислава Георгиева]] ([[P|Desislava Georgieva]]), geb. [[DOB|17.05.1988]], ЕГН [[IDC|{EGN_GEORGIEVA}]], лична карта № [[IDC|{BG_CARD_GEORGIEVA}]]. Ich wohne [[A|Karnapp-Stieg 3]], [[A|21079 Hamburg]] mit meine Tochter [[P|Raya]] (7 Jahre).
Mein Chef Herr [[P|Steffen Quast]] sagt, er muss jeden Monat 430 € von meinem Lohn an Gläubiger zahlen, dann bleibt fast nix. Ist das richtig?
Meine Mutter [[P|Rositsa Georgieva]], [[A|ul. „Tsar Simeon“ 48]], et. 3, ap. 9, [[A|4000 Plovdiv]], hat mir 2.000 лева geliehen, sie will es zurück.
Mein Konto in Bulgarien: [[IBAN|{iban_grouped(IB_GEORGIEVA_BG)}]]
Tel. [[T|+359 88 765 4321]] oder hier [[T|0152 2418 7736]]

Благодаря! Danke
[[P|Desi]]
""")

# 007 — mail from a collection agency accepting a payment plan, imprint with company data (neutral)
add("outlook", "inkasso_ratenplan", f"""
Von: [[P|Lüdemann, Sina]] <[[E|s.luedemann@hanse-forderung.de]]>
An: [[P|Ohlendorf, Swantje]] <[[E|swantje.ohlendorf@harburg.hamburg.de]]>
Betreff: Ihr Ratenzahlungsvorschlag – Unser Az. [[AZ|HF 7741/25-ÖD]] – Ihre Mandantin [[P|Hatice Öztürk-Demirci]]

Sehr geehrte Frau [[P|Ohlendorf]],

wir nehmen Bezug auf Ihr Schreiben vom 04.06.2025 (Ihr Zeichen [[AZ|SIB-H 2025/0417]]).

Auftraggeberin: Moda Nord Versand GmbH, Kundennummer [[AZ|48 117 0293]]
Schuldnerin: [[P|Hatice Öztürk-Demirci]], geb. [[DOB|08.08.1975]], [[A|Am Veringkanal 88]], [[A|21107 Hamburg]]

Unsere Auftraggeberin ist bereit, die von Ihnen vorgeschlagenen monatlichen Raten von 35,00 € zu akzeptieren, beginnend am 15.07.2025. Voraussetzung ist, dass die Raten pünktlich eingehen; bei einem Rückstand von zwei Raten wird die Gesamtforderung (derzeit 1.916,52 €) sofort fällig. Auf weitere Zinsen verzichten wir für die Dauer der Ratenzahlung.

Der Ehemann Ihrer Mandantin, Herr [[P|Cengiz Demirci]], ist aus dem Vertrag nicht verpflichtet; die gegen ihn geführte Akte [[AZ|HF 7742/25-CD]] haben wir geschlossen. Frau [[P|Öztürk-Demirci]]s Tochter hatte uns telefonisch am 28.05. um Aufschub gebeten – wir bitten, künftig nur über Ihre Stelle zu korrespondieren.

Bankverbindung: Hanseatische Forderungsmanagement GmbH, Commerzbank Hamburg
IBAN [[N|{iban_grouped(IB_HANSEFORD)}]], Verwendungszweck: [[AZ|HF 7741/25-ÖD]]

Mit freundlichen Grüßen

i. A. [[P|Sina Lüdemann]]
Sachbearbeitung Forderungsmanagement
Tel. [[T|+49 (0)40 53 30 71 - 148]]

Hanseatische Forderungsmanagement GmbH | [[N|Brooktorkai 71]] | [[N|20457 Hamburg]]
Geschäftsführer: [[P|Arne Feddersen]] | AG Hamburg HRB 140233 | USt-IdNr. [[N|{VAT_HANSEFORD}]]
""")

# 008 — internal team mail, case distribution, sick leave and union (HEALTH, UNION)
add("outlook", "team_fallverteilung", f"""
Von: [[P|Carstensen-Yıldız, Meike]]
An: SG 4 Schuldnerberatung (Verteiler)
Cc: [[P|Albers, Henrike]]
Betreff: Fallverteilung KW 26 + Vertretung

Moin zusammen,

[[P|Henrike]] ist bis einschließlich Freitag krankgeschrieben (Bandscheibe, sie darf nicht sitzen), ihre Termine übernehmen wir wie folgt:

- Mo 10:00  [[P|Sultani, Mohammad Nasir]] (Az. [[AZ|SIB-H 2025/0352]]) – Stellungnahme für Einbürgerung → [[P|Jörn]]
- Mo 14:30  Fr. [[P|Błaszczyk]], Rückruf unter [[T|0162 / 55 80 417]] → [[P|Swantje]]
- Di 09:00  Ehepaar [[P|Şahin]], Mietschulden, Fachstelle-Az. [[AZ|FS-WN 522/2025]] → [[P|Lale]] mit [[P|Swantje]]
- Mi 11:00  Hr. [[P|von der Heyde]], InsO-Antrag fertig machen, Anlage 6 fehlt noch → [[P|Jörn]]
- Do 13:00  Fr. [[P|Boakye]], P-Konto-Bescheinigung → [[P|Jörn]]
- Do 15:00  Erstgespräch [[P|Nana Ama Darko]] (Zuweisung JC, Kd.-Nr. [[AZ|955D618304]]) → bleibt offen, bitte melden!

Die Akten liegen im Schrank Raum 2.011, die Schlüssel bei mir.

[[P|Jörn]], denk bitte an die ver.di-Betriebsgruppe am Donnerstag um 12 Uhr, du bist als Vertrauensmann ja eingeplant – ich hab dir den Termin 14:00 deshalb nicht gegeben.

Außerdem: [[P|Lale Aydın]] ist ab 01.07. für ihr Praxissemester (HAW, Soziale Arbeit) fest bei uns, bitte nehmt sie zu Erstgesprächen mit.

Gruß
[[P|Meike]]

--
[[P|Meike Carstensen-Yıldız]]
Teamleitung Schuldner- und Insolvenzberatung
Bezirksamt Harburg · {OFFICE_STREET} · {OFFICE_CITY}
Tel. [[T|040 42871-3360]] · Mobil [[T|0151 / 1274 8830]]
""", ["HEALTH", "UNION"])

# 009 — son writes for his father; German with Dari, health
add("outlook", "sohn_fuer_vater", f"""
Betreff: Schulden von meinem Vater [[P|Ghulam Sakhi Rahimi]] – Termin mit Dolmetscher?

Sehr geehrte Damen und Herren,

ich schreibe für meinen Vater, Herrn [[P|Ghulam Sakhi Rahimi]] ([[P|غلام سخی رحیمی]]), geboren am [[DOB|01.01.1957]]. Er spricht nur Dari und ein bisschen Englisch. Er ist seit 2022 dialysepflichtig (dreimal pro Woche, Mo/Mi/Fr vormittags) und kann nicht lange im Wartebereich sitzen.

Er hat Rechnungen vom Krankentransport und Mahnungen vom Stromanbieter (Vertragskonto [[AZ|400 215 883 1]]), zusammen ungefähr 2.300 €. Jetzt hat die Ausländerbehörde geschrieben, dass für die Verlängerung alles geklärt sein muss (Aktenzeichen [[AZ|A 5.12 – 330917/19]]).

Seine Dokumente:
Aufenthaltserlaubnis (eAT) Nr. [[IDC|{EAT_RAHIMI}]]
afghanischer Reisepass [[PASS|{PASS_RAHIMI}]] (abgelaufen)
Tazkira-Nr. [[IDC|{TAZ_RAHIMI}]]

Wohnadresse: [[A|Scheideholzweg 64]], [[A|21149 Hamburg]] (bei mir und meiner Frau [[P|Mursal]])

پدرم مریض است و نمی‌تواند تنها بیاید، من با او می‌آیم.
(Mein Vater ist krank und kann nicht allein kommen, ich komme mit.)

Bitte geben Sie uns einen Termin am Dienstag oder Donnerstag. Mein Telefon: [[T|0176 / 30 44 12 98]], E-Mail [[E|farid.rahimi.hh@gmail.com]].

Mit freundlichen Grüßen
[[P|Farid Rahimi]]
""", ["HEALTH"])

# 010 — Polish self-employed client sends tax data
add("outlook", "steuerdaten_selbststaendig", f"""
Von: [[P|Małgorzata Wójcik-Nowak]] <[[E|gosia.wojcik.nowak@interia.pl]]>
An: [[P|Ohlendorf, Swantje]]
Betreff: Unterlagen Finanzamt / dokumenty

Guten Tag Frau [[P|Ohlendorf]],

wie besprochen schicke ich Ihnen die Daten für die Gläubigerliste. Meine Reinigungsfirma „Błysk Reinigungsservice“ (Einzelunternehmen) habe ich zum 31.03. abgemeldet, die Kunden haben nicht mehr bezahlt.

Steuernummer: [[TNR|{TNR_WOJCIK}]] (Finanzamt Hamburg-Harburg)
USt-IdNr. [[VAT|{VAT_WOJCIK}]]
Steuer-ID [[TID|{group(TID_WOJCIK[:2], 2)} {TID_WOJCIK[2:5]} {TID_WOJCIK[5:8]} {TID_WOJCIK[8:]}]]

Beim Finanzamt habe ich Rückstand Umsatzsteuer 2023 (2.118,00 €) plus Säumniszuschläge.

In Polen war ich bis 2014 gemeldet, dort habe ich noch:
NIP [[TID|{NIP_WOJCIK[:3]}-{NIP_WOJCIK[3:6]}-{NIP_WOJCIK[6:8]}-{NIP_WOJCIK[8:]}]] (als EU-Nummer [[VAT|PL{NIP_WOJCIK}]])
PESEL [[IDC|{PESEL_WOJCIK}]]
dowód osobisty [[IDC|{PLID_WOJCIK}]]
Konto PKO BP: [[IBAN|{iban_grouped(IB_WOJCIK_PL)}]] – darauf sind nur 140 zł.

Meine Mutter [[P|Halina Wójcik]] ([[A|ul. Ogrodowa 12/4]], [[A|62-200 Gniezno]], tel. [[T|+48 601 234 567]]) hat mir 3.000 zł für den Staubsauger und das Auto geliehen. Muss ich das auch aufschreiben? Mama mówi, że nie chce nic od sądu.

Pozdrawiam serdecznie / Viele Grüße
[[P|Małgorzata Wójcik-Nowak]]
[[A|Sandbek-Ring 5]]
[[A|21077 Hamburg]]
mobil [[T|0049 160 9134 2287]]
""")

# 011 — property manager about rent arrears and eviction
add("outlook", "hausverwaltung_mietrueckstand", f"""
Von: [[P|Birte Lührs]] <[[E|b.luehrs@elbmarsch-verwaltung.de]]>
An: [[P|Wiebusch, Jörn]]
Betreff: Mieter [[P|Karagöz]], [[A|Hastedtstieg 19]] – Mietrückstand / Räumungsklage [[AZ|642 C 118/25]]

Sehr geehrter Herr [[P|Wiebusch]],

vielen Dank für Ihren Anruf von gestern. Der Mietrückstand Ihres Klienten Herrn [[P|Mustafa Karagöz]] (Mieternummer [[AZ|20-0417-03]]) beläuft sich per 30.06.2025 auf 3.412,50 € (fünf Monatsmieten à 682,50 €). Die Wohnung im 3. OG rechts, [[A|Hastedtstieg 19]], [[A|21073 Hamburg]], ist seit Februar ohne Zahlung.

Die Eigentümerin, Frau [[P|Gisela Harms-Petersen]], ist grundsätzlich bereit, das Mietverhältnis fortzusetzen, wenn der Rückstand innerhalb der Schonfrist des § 569 Abs. 3 BGB vollständig ausgeglichen wird – also etwa durch eine Übernahmeerklärung des Jobcenters oder der Fachstelle für Wohnungsnotfälle. Eine Ratenzahlung allein reicht ihr nicht.

Herr [[P|Karagöz]] hat mir am Telefon gesagt, sein Sohn [[P|Baran]] (Handy [[T|0163 4471 290]]) werde künftig die Miete überweisen. Bitte klären Sie das mit ihm, wir haben dazu keine Vollmacht.

Der Räumungstermin durch die Gerichtsvollzieherin Frau [[P|Anke Bode]] ist vorsorglich für den 28.07.2025 angesetzt ([[AZ|DR I 772/25]]).

Zahlungen bitte auf das Mietkonto: Elbmarsch Immobilienverwaltung GmbH, IBAN [[N|{IB_ELBMARSCH}]], Verwendungszweck Mieternummer.

Mit freundlichen Grüßen
[[P|Birte Lührs]]
Mietbuchhaltung / Forderungsmanagement
Elbmarsch Immobilienverwaltung GmbH
[[N|Schwarzenbergstraße 140]], [[N|21073 Hamburg]]
Tel. [[T|040 / 76 11 58 - 23]], Fax [[N|040 / 76 11 58 - 99]]
Zentrale [[N|040 / 76 11 58 - 0]]
""")

# 012 — staff mail to the insolvency trustee
add("outlook", "treuhaenderin_unterlagen", f"""
Von: [[P|Ohlendorf, Swantje]]
An: 'RAin Dr. [[P|Ulrike Brandhorst]]' <[[E|u.brandhorst@kanzlei-elbufer.de]]>
Cc: [[P|Sandra Plöger]] <[[E|sandra.ploeger@web.de]]>
Betreff: [[AZ|67c IN 311/25]] – [[P|Plöger]] – Unterlagen und Lohnabtretung

Sehr geehrte Frau Dr. [[P|Brandhorst]],

in dem Verbraucherinsolvenzverfahren über das Vermögen von Frau [[P|Sandra Plöger]], geb. [[P|Meinecke]], geboren am [[DOB|23.06.1969]], wohnhaft [[A|Heimfelder Rain 31]], [[A|21075 Hamburg]], übersende ich Ihnen mit Einverständnis der Schuldnerin die noch fehlenden Angaben:

– Steuer-Identifikationsnummer: [[TID|{TID_PLOEGER}]]
– Rentenversicherungsnummer: [[SSN|{SSN_PLOEGER[:2]} {SSN_PLOEGER[2:8]} {SSN_PLOEGER[8]} {SSN_PLOEGER[9:]}]]
– Personalausweis: [[IDC|{ID_PLOEGER}]]
– Girokonto (P-Konto) bei der Hamburger Volksbank: [[IBAN|{iban_grouped(IB_PLOEGER)}]]
– Arbeitgeber: Pflegedienst Süderelbe gGmbH; Ansprechpartnerin in der Personalabteilung ist Frau [[P|Renate Kühl]], Tel. [[T|040 790 14 22-31]]
– Lohnabtretung zugunsten der Nordkredit Bank AG, Vertragsnummer [[AZ|7300 5582 01]], offengelegt seit 03/2024
– Kfz: Renault Clio, Erstzulassung 2014, [[KFZ|HH-SP 6923]], Zeitwert ca. 1.800 € (für den Arbeitsweg im ambulanten Dienst erforderlich)

Frau [[P|Plöger]]s Tochter [[P|Lena]] (geb. [[DOB|11.09.2004]]) ist im März ausgezogen und wird nicht mehr als Unterhaltsberechtigte geführt.

Für Rückfragen erreichen Sie mich unter [[T|040 42871-3364]].

Mit freundlichen Grüßen
i. A. [[P|Swantje Ohlendorf]]
Bezirksamt Harburg – Schuldner- und Insolvenzberatung (geeignete Stelle nach § 305 InsO)
""")

# 013 — Turkish/German mail, credit card debt, mosque association (RELIGION)
add("outlook", "tuerkisch_kreditkarte", f"""
Konu / Betreff: kredi kartı borcu – Kreditkartenschulden und Unterlagen

Merhaba Frau [[P|Ohlendorf]],

ich bin [[P|İbrahim Doğan]], wir hatten letzte Woche Termin mit meiner Tochter [[P|Elif]]. Hier die Sachen die Sie wollten:

Kreditkarte Visa [[CC|{group(CC_DOGAN, 4)}]] – gekündigt von der Bank am 02.05., Schulden 4.870,15 €
Ratenkredit für Küche, Vertrag Nr. [[AZ|KR-2022-118734]], Rest 6.200 €
In der Türkei habe ich noch Konto bei Ziraat Bankası: [[IBAN|{IB_DOGAN_TR}]] (fast leer)
T.C. Kimlik No: [[IDC|{TCKN_DOGAN}]]
Adresse in Türkei: [[A|Cumhuriyet Mah. Gül Sok. No: 12 D: 5]], [[A|06420 Çankaya/Ankara]] – da wohnt mein Bruder [[P|Mehmet Doğan]], die Wohnung gehört uns zusammen (Erbe von Vater).

Frage: ich zahle jeden Monat 25 € Mitgliedsbeitrag an unseren Moscheeverein in Wilhelmsburg und spende im Ramadan. Darf ich das im Haushaltsplan lassen?

Kızım [[P|Elif]] size ayrıca yazacak, bordroları o gönderecek. (Meine Tochter schickt die Lohnzettel.)

Telefon: [[T|+49 (0)178 – 904 21 37]]

Saygılarımla / Mit freundlichen Grüßen
[[P|İbrahim Doğan]]
geb. [[DOB|19.04.1964]]
[[A|Veringhof-Stieg 2]], [[A|21107 Hamburg]]
""", ["RELIGION"])

# 014 — job centre referral (§ 16a SGB II)
add("outlook", "jobcenter_zuweisung", f"""
Von: [[P|Kruse, Torben]] (Jobcenter team.arbeit.hamburg – Standort Harburg)
An: {OFFICE_MAIL}
Betreff: Zuweisung Schuldnerberatung nach § 16a Nr. 2 SGB II – Frau [[P|Darko]], BG [[AZ|95504BG0293117]]

Sehr geehrte Damen und Herren,

hiermit weise ich Frau [[P|Nana Ama Darko]] (geb. [[DOB|12.12.1994]]), Kundennummer [[AZ|955D618304]], Bedarfsgemeinschaft [[AZ|95504BG0293117]], zur Schuldnerberatung zu.

Frau [[P|Darko]] hat nach eigenen Angaben Schulden aus zwei Handyverträgen, eine Rückforderung des Jobcenters aus 2023 (Forderungsnummer beim Inkasso-Service der BA: [[AZ|955-23-0044718-R]]) und offene Forderungen der HVV (erhöhtes Beförderungsentgelt). Sie soll im August eine Umschulung zur Pflegefachassistentin beginnen (Maßnahme 955/3021/25); die Schuldenregulierung ist dafür eine wichtige Voraussetzung.

Kontaktdaten der Kundin:
Anschrift: [[A|Reeseberg-Stieg 2a]], [[A|21079 Hamburg]]
Telefon: [[T|+49 1590 1447 382]]
E-Mail: [[E|nanaama.darko@outlook.com]]

Bitte teilen Sie mir mit, ob und wann das Erstgespräch stattgefunden hat (Rückmeldebogen anbei). Ihre Kollegin Frau [[P|Carstensen-Yıldız]] hatte mir die Bearbeitung in KW 26 zugesagt.

Mit freundlichen Grüßen
Im Auftrag
[[P|Torben Kruse]]
Integrationsfachkraft, Team 955 04
Jobcenter team.arbeit.hamburg
Telefon [[T|040 2485-2217]] | Service-Center [[N|040 2485-3300]]
[[E|torben.kruse@jobcenter-ge.de]]
""")

# 015 — reply with quote, household figures, union dues (UNION)
add("outlook", "haushaltsplan_antwort", f"""
Von: [[P|Heike B.]] <[[E|heike.brockmoeller@t-online.de]]>
An: [[P|Wiebusch, Jörn]]
Betreff: Re: Haushaltsplan – meine Zahlen

Hallo Herr [[P|Wiebusch]],

hier noch die fehlenden Zahlen:
Miete warm 612 € (Hansa Wohnen eG)
Strom 74 € (Nordstrom Hamburg, Kundennummer [[AZ|1100 3378 42]])
Handy 29,99 €
Kfz-Versicherung 41,20 € für den Polo ([[KFZ|HH-HB 512]]), brauche ich für die Frühschicht
Hausratversicherung 8,90 € (die will ich behalten, wegen dem Wasserschaden letztes Jahr)
Krankenkasse: Beitragsrückstand aus der Zeit als ich selbstständig war, ca. 1.900 €, meine Versichertennummer ist [[KV|{KV_BROCK}]]

Die Kreditkarte (Mastercard [[CC|{CC_BROCK}]]) hab ich zerschnitten wie Sie gesagt haben.

Mein Ex-Mann [[P|Uwe Brockmöller]] zahlt seit April keinen Unterhalt mehr für [[P|Finn]] (geb. [[DOB|07.10.2012]]). Der Unterhaltsvorschuss läuft jetzt über das Bezirksamt, Aktenzeichen [[AZ|UVG 4417/24]].

Liebe Grüße
[[P|Heike Brockmöller]]
[[A|Moorburger Kehre 14]]
[[A|21147 Hamburg]]
Tel. [[T|040 / 701 88 62]]

Am 20.06.2025 um 11:12 schrieb [[P|Wiebusch, Jörn]] <[[E|joern.wiebusch@harburg.hamburg.de]]>:
> Liebe Frau [[P|Brockmöller]],
> für den Haushaltsplan fehlen mir noch Ihre festen Ausgaben (Strom, Versicherungen, Beiträge)
> und die Höhe des Rückstands bei der Krankenkasse. Bitte schicken Sie mir die Zahlen bis Freitag.
> Viele Grüße
> [[P|Jörn Wiebusch]]
> Bezirksamt Harburg | Schuldner- und Insolvenzberatung | Tel. [[T|040 42871-3371]]
""")

# ================================================================= WORD (016–030)

# 016 — creditor list pasted from Excel (tabs); a DNA paternity test bill (GENETIC)
rows16 = [
    ("1", "Hanseatische Forderungsmanagement GmbH", "[[AZ|HF 5530/24-SI]]", "1.120,00", "318,44", "1.438,44",
     "Vollstreckungsbescheid [[AZ|25-2203117-0-4]]"),
    ("2", "Inkasso-Service der BA (Rückforderung Jobcenter)", "[[AZ|955-22-0019342-R]]", "2.406,73", "0,00",
     "2.406,73", "Aufrechnung 10 % läuft"),
    ("3", "Finanzamt Hamburg-Harburg", f"StNr. [[TNR|{TNR_ILIEV}]]", "864,00", "96,00", "960,00",
     "ESt 2021, Säumniszuschläge"),
    ("4", "Blitzfunk Mobile GmbH", "Kd.-Nr. [[AZ|118 447 902]]", "389,95", "112,40", "502,35", "über Inkasso"),
    ("5", "MVZ Gendiagnostik Nord", "Rg.-Nr. [[AZ|2024-08871]]", "420,00", "25,00", "445,00",
     "Abstammungsgutachten (DNA-Vaterschaftstest) für [[P|Viktor]]"),
    ("6", "Privatdarlehen [[P|Hristo Vasilev]] (Schwager)", "—", "2.500,00", "0,00", "2.500,00",
     "[[A|ul. Tsar Boris III 17]], [[A|4000 Plovdiv]]"),
    ("7", "Gerichtskasse Hamburg", "Kassenzeichen [[AZ|8.4410.129843.7]]", "187,50", "0,00", "187,50",
     "Kosten 642 C-Verfahren"),
    ("8", "ARD ZDF Deutschlandradio Beitragsservice", "Beitragsnr. [[AZ|482 117 305]]", "330,48", "8,00", "338,48",
     "Festsetzungsbescheide 2023/24"),
]
table16 = "\n".join("\t".join(r) for r in rows16)
add("word", "glaeubigerliste_excel", f"""
Gläubigerverzeichnis – Stand 18.06.2025
(Anlage 6 zum Antrag auf Eröffnung des Verbraucherinsolvenzverfahrens, Entwurf)

Schuldner:\t[[P|Iliev, Stoyan Dimitrov]] ([[P|Стоян Димитров Илиев]])
geb.:\t[[DOB|03.12.1977]] in Pazardzhik
Anschrift:\t[[A|Bostelbeker Hof 8]], [[A|21079 Hamburg]]
Steuer-ID:\t[[TID|{TID_ILIEV}]]
Unser Az.:\t[[AZ|SIB-H 2024/1193]]\tBerater: [[P|J. Wiebusch]]

Nr.\tGläubiger\tAz./Kundennr.\tHauptford. €\tZinsen/Kosten €\tGesamt €\tBemerkung
{table16}
\t\t\t8.233,66\t559,84\t8.793,50\tSumme

Hinweis: Forderung Nr. 6 wurde von Herrn [[P|Iliev]] mündlich angegeben, ein Darlehensvertrag existiert nicht. Forderung Nr. 5 bestreitet Herr [[P|Iliev]] teilweise (Kostenübernahme durch Kindesmutter [[P|Vesela Petrova]] vereinbart).
""", ["GENETIC"])

# 017 — letter to a collection agency: out-of-court settlement attempt (§ 305 InsO)
add("word", "einigungsversuch_305", f"""
Bezirksamt Harburg · Schuldner- und Insolvenzberatung · {OFFICE_STREET} · {OFFICE_CITY}

Elbe Collect Inkasso GmbH
z. Hd. Herrn [[P|Marvin Tödter]]
[[N|Hafenkante 14]]
[[N|20459 Hamburg]]

Ihr Zeichen: [[AZ|EC-2025-0391877]]
Unser Zeichen: [[AZ|SIB-H 2025/0288]]
Bearbeiterin: Frau [[P|Ohlendorf]], Zimmer 2.017
Telefon: [[T|040 42871-3364]]
Datum: 23.06.2025

Außergerichtlicher Einigungsversuch nach § 305 Abs. 1 Nr. 1 InsO
Unsere Mandantin: Frau [[P|Katarzyna Błaszczyk]], geb. [[DOB|06.04.1990]], [[A|Finkenstieg 3c]], [[A|21109 Hamburg]]

Sehr geehrter Herr [[P|Tödter]],

Frau [[P|Błaszczyk]] hat uns mit der Regulierung ihrer Verbindlichkeiten beauftragt; eine Vollmacht fügen wir bei. Die Gesamtverschuldung unserer Mandantin beläuft sich auf 18.430,12 € bei sieben Gläubigern. Ihre Forderung aus dem Mobilfunkvertrag der Blitzfunk Mobile GmbH (Kd.-Nr. [[AZ|3302 1957 64]]) haben wir mit 1.012,60 € berücksichtigt.

Frau [[P|Błaszczyk]] arbeitet in Teilzeit als Verkäuferin bei der Backhaus Süderelbe KG (Inhaber Herr [[P|Jens Pohlmann]]) und erzielt ein Nettoeinkommen von 1.186,00 €. Sie ist ihrer Tochter [[P|Zofia]] gegenüber unterhaltspflichtig. Ein pfändbarer Betrag ergibt sich nicht.

Wir bieten Ihnen im Rahmen eines flexiblen Nullplans an, dass Frau [[P|Błaszczyk]] für die Dauer von drei Jahren etwaige pfändbare Beträge quotal an alle Gläubiger verteilt. Ihre Quote beträgt 5,49 %. Sollte eine Einigung nicht zustande kommen, wird unsere Mandantin die Eröffnung des Insolvenzverfahrens beim Amtsgericht Hamburg beantragen.

Bitte teilen Sie uns Ihre Zustimmung bis zum 21.07.2025 mit. Ein Schweigen gilt nicht als Zustimmung.

Mit freundlichen Grüßen
Im Auftrag

[[P|Swantje Ohlendorf]]

Anlagen: Vollmacht, Gläubiger- und Forderungsverzeichnis, Plan (3 Seiten)
""")

# 018 — file note of a first counselling session (HEALTH, ETHNICITY)
add("word", "aktenvermerk_erstgespraech", f"""
Aktenvermerk – Erstgespräch Schuldnerberatung
Az.: [[AZ|SIB-H 2025/0461]]
Datum: 12.06.2025, 9:00–10:40 Uhr, Raum 2.017
Anwesend: Frau [[P|Zarghona Ahmadzai]] (Klientin), Herr [[P|Sayed Jawad Hashimi]] (Sprachmittler Paschtu/Dari, Dolmetscherpool), Frau [[P|Ohlendorf]] (SB)

1. Persönliche Situation
Frau [[P|Ahmadzai]] (geb. [[DOB|15.03.1986]] in Dschalalabad) ist Paschtunin und kam 2021 über das Bundesaufnahmeprogramm nach Hamburg. Sie ist alleinerziehend mit [[P|Mursal]] (geb. [[DOB|22.09.2012]]) und [[P|Ahmad Shah]] (geb. [[DOB|04.05.2016]]). Der Ehemann, [[P|Abdul Wali Ahmadzai]], lebt seit 2023 getrennt, Aufenthalt unbekannt; Unterhalt wird nicht gezahlt (UVG beantragt).
Frau [[P|Ahmadzai]] ist wegen einer posttraumatischen Belastungsstörung in Behandlung bei Frau Dr. [[P|Anja Reuter]] (Institutsambulanz) und nimmt Medikamente, die sie müde machen. Schriftliche Informationen bitte kurz und mit Piktogrammen.
Anschrift: Wohnunterkunft Neuwiedenthal, Haus C, [[A|Sandwiese 18]], [[A|21147 Hamburg]]
Tel.: [[T|0176-55 32 80 41]] (WhatsApp, Sprachnachrichten auf Paschtu)

2. Schulden (nach Angaben der Klientin, Unterlagen teilweise vorhanden)
- Ratenkauf Handy und Fernseher bei TechnoMarkt (Kundennummer [[AZ|70 1188 2395]]), Rest ca. 640 €
- Rückforderung Kindergeld der Familienkasse Nord, Kindergeldnummer [[AZ|155FK390227]], 1.860 €
- HVV: 3 x erhöhtes Beförderungsentgelt (Vorgänge [[AZ|EBE-2024-551873]], [[AZ|EBE-2024-563012]], [[AZ|EBE-2025-020441]]), je 60 € zzgl. Inkassokosten
- Handyvertrag auf ihren Namen, abgeschlossen durch den Ehemann (Forderung 1.230 €, Inkasso Elbe Collect)

3. Vereinbarungen
- Klientin bringt alle Briefe in einer Tüte zum nächsten Termin (26.06., 9 Uhr, wieder mit Herrn [[P|Hashimi]]).
- SB prüft Stundung/Niederschlagung bei der Familienkasse und Antrag auf Ratenzahlung beim HVV.
- Sozialarbeiterin der Unterkunft, Frau [[P|Kerstin Wendland]] ([[T|040 / 428 55 - 61 70]]), wird mit Einverständnis der Klientin informiert.

gez. [[P|S. Ohlendorf]]
""", ["HEALTH", "ETHNICITY"])

# 019 — P-account certificate pasted as a form
free = "2.418,95"
add("word", "pkonto_bescheinigung_formular", f"""
Bescheinigung nach § 903 Abs. 1 Satz 2 ZPO
über die Erhöhungsbeträge für das Pfändungsschutzkonto (einheitliches Muster)

I. Ausstellende Stelle
Bezeichnung:     Bezirksamt Harburg, Schuldner- und Insolvenzberatung (anerkannte Stelle nach § 305 Abs. 1 Nr. 1 InsO)
Anschrift:       {OFFICE_STREET}, {OFFICE_CITY}
Telefon:         {OFFICE_TEL}            E-Mail: {OFFICE_MAIL}
Ansprechperson:  [[P|Jörn Wiebusch]]

II. Kontoinhaberin / Kontoinhaber
Name, Vorname:   [[P|Boakye, Adjoa]]
Geburtsdatum:    [[DOB|27.01.1992]]
Anschrift:       [[A|Schwarzenbergstieg 11a]], [[A|21073 Hamburg]]
Kreditinstitut:  Hamburger Sparkasse AG
IBAN:            [[IBAN|{iban_grouped(IB_BOAKYE)}]]

III. Erhöhungsbeträge
[X] Die Kontoinhaberin gewährt auf Grund gesetzlicher Verpflichtung Unterhalt an 2 Person(en):
    1. [[P|Boakye, Yaw Junior]]     geb. [[DOB|09.06.2017]]
    2. [[P|Boakye, Esi]]            geb. [[DOB|30.10.2020]]
[X] Für die Kontoinhaberin wird Kindergeld für 2 Kind(er) gezahlt (Familienkasse Nord, Kindergeldnr. [[AZ|155FK512846]]).
[ ] Geldleistungen nach SGB II / SGB XII für mit der Kontoinhaberin in Bedarfsgemeinschaft lebende Personen, denen gegenüber keine gesetzliche Unterhaltspflicht besteht.
[ ] Einmalige Geldleistungen nach § 902 Satz 1 Nr. 1 ZPO.

Monatlicher pfändungsfreier Betrag insgesamt: {free} € (Grundfreibetrag 1.560,00 € zzgl. Erhöhungsbeträge)
Die Bescheinigung gilt bis: 30.06.2026

Hamburg, 24.06.2025

i. A. [[P|J. Wiebusch]]                      (Dienstsiegel)
""")

# 020 — OCR of a scanned garnishment order (PfÜB), with OCR noise
add("word", "ocr_pfueb", f"""
Amtsgericht Hamburg-Harburg                               Hamburg, O5.O5.2025
- Vollstreckungsgericht -
[[N|Buxtehuder Straße 9]], [[N|21073 Hamburg]]
Ge-schäfts-Nr.: [[AZ|615 M 2741/25]]
Bitte bei allen Schreiben angeben!

Pfändungs- und Uberweisungsbeschluss

ln der Zwangsvollstreckungssache
der Nordlicht Versandhandel GmbH, vertr. d. d. Geschäftsführer, [[N|Hafenkante 14]], [[N|20459 Hamburg]]
                                                           - Gläubigerin -
Verfahrensbevollm.: Hanseatische Forderungsmanagement GmbH, Gesch.-Z. [[AZ|HF 3318/25-JT]]

g e g e n

Herrn [[P|Jan-Hendrik Timm]], geb. [[DOB|1O.O4.1985]],
[[A|Heidbrook-Stieg 72]], [[A|21O77 Hamburg]]
                                                           - Schu|dner -

wird wegen der im anliegenden Forderungskonto bezeichneten Anspruche aus dem Vollstreckungs-
bescheid des Amtsgerichts Hamburg vom 11.O2.2025, Gesch.-Nr. [[AZ|24-8812044-0-1]], in Hohe von
insgesamt 2.947,31 EUR nebst Zinsen und Kosten
die angebliche Forderung des Schuldners gegen

Hamburger Sparkasse AG, [[N|Ecke Adolphsplatz / Großer Burstah]], [[N|20457 Hamburg]]   - Drittschuldnerin -

auf Auszahlung des gegenwärtigen und künftigen Guthabens aus dem Girokonto
IBAN [[IBAN|{" ".join(IB_TIMM[i:i + 4] for i in range(0, 22, 4))}]] sowie aus allen weiteren Konten
gepfändet und der Gläubigerin zur Einziehung überwiesen. Die Drittschuldnerin darf, soweit die
Forderung gepfändet ist, nicht mehr an den Schuldner zahlen. Der Schuldner hat sich insoweit jeder
Verfügung über die Forderung zu enthalten. Pfändungsschutz nach §§ 899 ff. ZPO b|eibt unberührt.

Rechtspf|egerin
[[P|Gräfenhain]]
                                       Ausgefertigt
                                       [[P|J. Mahnke]], Justizbeschäftigte
                                       als Urkundsbeamtin der Geschäftsste||e

-- Seite 1 von 3 -- eingescannt 17.06.2025 / SB Harburg
""")

# 021 — household budget pasted as semicolon-separated lines (RELIGION)
add("word", "haushaltsplan_csv", f"""
Haushaltsplan Familie [[P|Asante-Boateng]] – Stand Juni 2025;;;
Berater: [[P|J. Wiebusch]];Az. [[AZ|SIB-H 2025/0190]];;
;;;
Person;Geburtsdatum;Einkommensart;Betrag €
[[P|Kwame Asante-Boateng]];[[DOB|11.07.1980]];Lohn Lagerlogistik (Süderelbe Logistik KG);1.948,20
[[P|Abena Asante-Boateng]];[[DOB|02.02.1984]];Minijob Reinigung;538,00
[[P|Kofi Asante-Boateng]];[[DOB|14.05.2010]];Kindergeld;255,00
[[P|Akua Asante-Boateng]];[[DOB|21.08.2014]];Kindergeld;255,00
;;Kinderzuschlag (Familienkasse, KiZ-Nr. [[AZ|155KZ100473]]);292,00
;;Summe Einnahmen;3.288,20
;;;
Ausgabe;Empfänger;Vertrags-/Kundennr.;Betrag €
Miete inkl. NK;Vermieter Herr [[P|Hauke Timmermann]];Mietvertrag vom 01.03.2019;980,00
Strom;Nordstrom Hamburg;Vertragskonto [[AZ|4002 7719 05]];96,00
Kfz-Haftpflicht;Hanse Direkt Versicherung;[[KFZ|HH-AB 7781]];38,60
HVV-Karte;HVV;Abo-Nr. [[AZ|A-55 812 309]];49,00
Handy/Internet;Blitzfunk Mobile;Kd.-Nr. [[AZ|3305 9001 17]];54,98
Zehnter / Kollekte;Pentecost Revival Church Hamburg-Harburg (Mitgliedschaft beider Eltern);;120,00
Unterstützung Familie Ghana;Mutter [[P|Comfort Boateng]], Kumasi;MoMo [[T|+233 20 551 8842]];100,00
Schulessen/Klassenfahrt;Stadtteilschule;;46,00
Ratenzahlungen (3 Gläubiger);siehe Gläubigerliste;;165,00
;;Summe Ausgaben;1.649,58
;;;
Bemerkung: Herr [[P|Asante-Boateng]] möchte den Zehnten nicht kürzen (Glaubensfrage). Vorschlag SB: Raten erst nach Klärung der Nachzahlung Nebenkosten erhöhen.
""", ["RELIGION"])

# 022 — minutes of a cooperation meeting with the job centre
add("word", "protokoll_kooperation", f"""
Protokoll
Kooperationsgespräch Schuldner- und Insolvenzberatung Harburg / Jobcenter team.arbeit.hamburg, Standort Harburg

Datum: 19.06.2025, 14:00–15:30 Uhr
Ort: Jobcenter Harburg, Raum 3.12
Teilnehmende: [[P|M. Carstensen-Yıldız]] (Teamleitung SB), [[P|S. Ohlendorf]], [[P|J. Wiebusch]] (Bezirksamt); [[P|N. Pietsch]] (Leistung), [[P|T. Kruse]] (Integration), Dr. [[P|Oliver Framke]] (Bereichsleitung Jobcenter)
Protokoll: [[P|L. Aydın]]
Entschuldigt: Dr. [[P|H. Albers]]

TOP 1 – Zuweisungen nach § 16a SGB II
Seit Januar 41 Zuweisungen, davon 29 Erstgespräche. Rückmeldebogen kommt oft nicht zurück; Herr [[P|Kruse]] bittet um Rückmeldung spätestens zwei Wochen nach Zuweisung.
– Frau [[P|Darko]] (BG [[AZ|95504BG0293117]]): Erstgespräch am 02.07. bei Frau [[P|Ohlendorf]].
– Herr [[P|Krohn]]: Vermögensauskunft am 24.06. steht an, Herr [[P|Wiebusch]] begleitet nicht, bereitet aber vor.

TOP 2 – P-Konto und Bescheinigungen
Frau [[P|Pietsch]] schlägt vor, dass Bewilligungsbescheide künftig direkt mit einer BG-Übersicht verschickt werden. Beispiel Herr [[P|Çelik]]: drei Wochen ohne Zugriff auf das Konto, bis die Bescheinigung vorlag. Jobcenter prüft eine Musterbescheinigung im Fachverfahren.

TOP 3 – Mietschulden
Fachstelle für Wohnungsnotfälle meldet steigende Fallzahlen. Fall [[P|Karagöz]] ([[AZ|642 C 118/25]]): Jobcenter prüft Darlehen nach § 22 Abs. 8 SGB II, Entscheidung bis 04.07.

TOP 4 – Verschiedenes
Fortbildung „P-Konto nach der Reform“ am 11.09.2025, Anmeldung über Frau [[P|Carstensen-Yıldız]]. Nächstes Kooperationsgespräch: 18.09.2025, 14 Uhr, Bezirksamt, Raum 1.05.

Verteiler: Teilnehmende, Ablage Az. [[N|402.14-3/2025]]
""")

# 023 — personal data sheet of an insolvency application (SEXUAL_ORIENTATION)
add("word", "inso_personalbogen", f"""
Anlage 1 – Personalbogen: Angaben zur Person
(Antrag auf Eröffnung des Insolvenzverfahrens – Verbraucherinsolvenz – Amtsgericht Hamburg)

Name:                         [[P|von der Heyde]]
Vorname(n):                   [[P|Rüdiger Karl-Heinz]]
Geburtsname:                  —
Geburtsdatum:                 [[DOB|04.10.1961]]        Geburtsort: Cuxhaven
Staatsangehörigkeit:          deutsch
Familienstand:                verheiratet seit 08/2019 mit Herrn [[P|Tobias Scharnhorst]] (nicht Mitantragsteller)
Anschrift:                    [[A|Am Ziegeleiteich 5]]
                              [[A|21077 Hamburg]]
Telefon / Mobil:              [[T|(040) 32 14 56 78]] / [[T|+49 171 2345 678]]
E-Mail:                       [[E|r.vonderheyde@t-online.de]]
Beruf / Tätigkeit:            Malermeister, selbstständig bis 30.09.2023 (Gewerbe abgemeldet), seitdem angestellt
Steuer-Identifikationsnummer: [[TID|{TID_HEYDE}]]
Steuernummer (früherer Betrieb): [[TNR|{TNR_HEYDE}]]
USt-IdNr. (früherer Betrieb): [[VAT|{VAT_HEYDE}]]
Rentenversicherungsnummer:    [[SSN|{SSN_HEYDE}]]
Ausweisdokument:              Reisepass Nr. [[PASS|{PASS_HEYDE}]], gültig bis 2031
Unterhaltsberechtigte:        keine
Frühere Insolvenzverfahren:   nein
Verfahrensbevollmächtigt:     Bezirksamt Harburg, Schuldner- und Insolvenzberatung, Herr [[P|Wiebusch]], {OFFICE_STREET}, {OFFICE_CITY}, Tel. [[T|040 42871-3371]]

Ich versichere die Richtigkeit und Vollständigkeit meiner Angaben.
Hamburg, 25.06.2025            ______________________ ([[P|R. v. d. Heyde]])
""", ["SEXUAL_ORIENTATION"])

# 024 — application to the enforcement court, disabled child (HEALTH)
add("word", "antrag_vollstreckungsgericht", f"""
Bezirksamt Harburg · Schuldner- und Insolvenzberatung · {OFFICE_STREET} · {OFFICE_CITY}

Amtsgericht Hamburg-Harburg
– Vollstreckungsgericht –
[[N|Buxtehuder Straße 9]]
[[N|21073 Hamburg]]

Geschäfts-Nr.: [[AZ|615 M 3904/25]]
Unser Zeichen: [[AZ|SIB-H 2025/0237]]
Hamburg, 20.06.2025

Antrag auf Festsetzung eines abweichenden pfändungsfreien Betrages (§ 906 Abs. 2 i. V. m. § 850f Abs. 1 ZPO)

In der Zwangsvollstreckungssache
Kreditbank Nord AG ./. [[P|Łukasz Zieliński]], geb. [[DOB|29.02.1984]], [[A|Kroosweg 19]], [[A|21149 Hamburg]]

beantragen wir namens und mit Vollmacht des Schuldners, den pfändungsfreien Betrag auf seinem Pfändungsschutzkonto bei der Hamburger Volksbank monatlich um 412,00 € zu erhöhen.

Begründung:
Der Sohn des Schuldners, [[P|Oliwer Zieliński]] (geb. [[DOB|13.11.2013]]), ist schwerbehindert (GdB 80, Merkzeichen H und G) und seit 2022 in Pflegegrad 3 eingestuft (Bescheid der Pflegekasse, Versichertennummer des Kindes [[KV|{KV_OLIWER}]]). Wegen einer Epilepsie mit nächtlichen Anfällen entstehen laufend Kosten für Inkontinenzmaterial, Fahrten zur Neuropädiatrie am UKE und eine spezielle Diät, die von der Kasse nicht übernommen werden. Die Ehefrau, Frau [[P|Joanna Zielińska]], hat ihre Erwerbstätigkeit zur Pflege aufgegeben.

Die besonderen Bedürfnisse aus persönlichen Gründen (§ 850f Abs. 1 Buchst. b ZPO) sind durch die beigefügten Belege nachgewiesen. Überwiegende Belange der Gläubigerin stehen nicht entgegen.

Anlagen: Vollmacht, Pflegegradbescheid, Kopie Schwerbehindertenausweis, Kontoauszüge 03–05/2025, Aufstellung Mehrkosten

Im Auftrag
[[P|Jörn Wiebusch]]
Schuldnerberater, Tel. [[T|040 42871-3371]], [[E|joern.wiebusch@harburg.hamburg.de]]
""", ["HEALTH"])

# 025 — letter in plain language (Einfache Sprache) with a payment plan
add("word", "brief_einfache_sprache", f"""
Bezirksamt Harburg · {OFFICE_STREET} · {OFFICE_CITY}

Frau
[[P|Neli Atanasova]]
[[A|Lichtenauer Stieg 6b]]
[[A|21079 Hamburg]]

Unser Zeichen: [[AZ|SIB-H 2025/0503]]
Hamburg, 25.06.2025

Ihr Plan zum Bezahlen der Schulden

Guten Tag Frau [[P|Atanasova]],

Sie haben Schulden bei 3 Stellen.
Wir haben mit allen 3 Stellen gesprochen.
Alle 3 Stellen sind einverstanden.
Sie bezahlen jetzt jeden Monat kleine Beträge.

So sieht Ihr Plan aus:

1. Blitzfunk Mobile GmbH
   Ihre Kunden-Nummer: [[AZ|3304 7720 18]]
   Sie bezahlen: 15 Euro im Monat

2. Bezirksamt Harburg, Gebühren
   Ihr Kassen-Zeichen: [[AZ|8.4410.377102.1]]
   Sie bezahlen: 10 Euro im Monat

3. Beitrags-Service (Rundfunk-Beitrag)
   Ihre Beitrags-Nummer: [[AZ|517 223 804]]
   Sie bezahlen: 8 Euro im Monat

Zusammen sind das 33 Euro im Monat.
Sie bezahlen immer bis zum 5. Tag im Monat.
Das 1. Mal bezahlen Sie bis zum 5. August 2025.

Wichtig:
Wenn Sie einmal nicht bezahlen können,
dann rufen Sie mich bitte sofort an.
Dann suchen wir zusammen eine Lösung.

Ihr Sohn [[P|Dimitar]] hat am Telefon für Sie übersetzt. Das war sehr gut.
Er kann auch beim nächsten Termin dabei sein.

Mein Telefon: [[T|040 42871-3371]]
Sie erreichen mich montags bis donnerstags von 9 bis 12 Uhr.

Viele Grüße

[[P|Jörn Wiebusch]]
""")

# 026 — power of attorney and release from confidentiality (form)
add("word", "vollmacht_schweigepflicht", f"""
Vollmacht und Entbindung von der Schweigepflicht

Ich, [[P|Paweł Szymański]], geboren am [[DOB|16. August 1973]] in Szczecin,
wohnhaft [[A|Wilstorfer Bogen 40]], [[A|21079 Hamburg]],
Ausweisdokument: polnischer Personalausweis (dowód osobisty) Nr. [[IDC|{PLID_SZYM}]], PESEL [[IDC|{PESEL_SZYM}]],

bevollmächtige die Schuldner- und Insolvenzberatung des Bezirksamts Harburg, in meinem Namen mit meinen Gläubigern zu verhandeln, Auskünfte einzuholen und Vergleiche vorzubereiten. Abschlüsse bedürfen meiner Zustimmung.

Ich entbinde die folgenden Stellen gegenüber der Beratungsstelle von ihrer Schweigepflicht / vom Sozialgeheimnis:

[X] Jobcenter team.arbeit.hamburg – Kundennummer [[AZ|955D702315]]
[X] Krankenkasse (AOK) – Versichertennummer [[KV|{KV_SZYM}]]
[X] Deutsche Rentenversicherung Nord – Versicherungsnummer [[SSN|{SSN_SZYM[:2]} {SSN_SZYM[2:8]} {SSN_SZYM[8]} {SSN_SZYM[9:]}]]
[X] Vermieterin: Hansa Wohnen eG – Mitgliedsnummer [[AZ|22817]]
[X] Arbeitgeber: Elbwerk Stahlbau GmbH – Personalnummer [[AZ|0815-339]], Lohnbuchhaltung Frau [[P|Ines Karstädt]]
[X] Gerichtsvollzieher/in, soweit Vollstreckungsaufträge vorliegen (z. B. [[AZ|DR II 1406/25]], OGV [[P|Dittmer]])
[ ] Schuldnerberatung einer anderen Stelle

Diese Erklärung kann ich jederzeit mit Wirkung für die Zukunft widerrufen.

Hamburg, den 20.06.2025

Unterschrift: [[P|P. Szymański]]

Übersetzt durch: [[P|Agnieszka Lewandowska-Brandt]], allgemein beeidigte Dolmetscherin (Polnisch), Tel. [[T|0170 / 486 22 31]]
Entgegengenommen: [[P|S. Ohlendorf]]
""")

# 027 — OCR of a bank statement (UNION, POLITICS)
add("word", "ocr_kontoauszug", f"""
Hamburger Sparkasse                                    Kontoauszug  6/2025     Blatt 1 / 2
[[P|Marco Lindemann]]                                  Girokonto (Pfändungsschutzkonto)
[[A|Alter Postweg-Stieg 11]]
[[A|21075 Hamburg]]
IBAN [[IBAN|{iban_grouped(IB_LINDEMANN)}]]    BIC HASPDEHHXXX

Bu.-Tag  Wert    Vorgang / Verwendungszweck                                        Betrag EUR
02.06.  02.06.  GUTSCHRIFT LOHN/GEHALT 05/2025 SUEDERELBE LOGISTIK KG              + 2.104,33
                PERS.NR. [[AZ|4471]]
03.06.  03.06.  LASTSCHRIFT HANSA WOHNEN EG MIETE 06/25 MITGL [[AZ|22904]]           -   705,00
03.06.  03.06.  LASTSCHRIFT VER.DI MITGLIEDSBEITRAG MITGL-NR [[AZ|1008447129]]      -    21,04
05.06.  05.06.  UEBERWEISUNG AN OGV [[P|DITTMER]] [[AZ|DR II 1440/25]] PFAENDUNG            -   180,00
10.06.  10.06.  LASTSCHRIFT SPD LANDESORGANISATION HAMBURG BEITRAG 2.QU             -    30,00
12.06.  12.06.  DAUERAUFTRAG [[P|SANDRA LINDEMANN]] UNTERHALT [[P|LEA]]+[[P|TOM]]               -   520,00
                [[IBAN|{IB_LINDEMANN_EX}]]
16.06.  16.06.  KARTENZAHLUNG NETTO MARKEN-DISCOUNT HAMBURG-HARBURG                -    43,17
20.06.  20.06.  RUECKLASTSCHRIFT BLITZFUNK MOBILE KD [[AZ|3306 1182 40]] MANGELS DECKUNG   +    54,98
20.06.  20.06.  ENTGELT RUECKLASTSCHRIFT                                          -     3,00

Kontostand am 20.06.2025                                                        +   698,71
Davon pfändungsfrei (P-Konto) bis Monatsende:                                       861,29

(Markierungen SB: Beitrag ver.di und SPD lt. Klient weiterzahlen; OGV-Rate mit Herrn [[P|Wiebusch]] besprochen)
""", ["UNION", "POLITICS"])

# 028 — decision of the housing emergency office on rent arrears
add("word", "bescheid_mietschulden", f"""
Freie und Hansestadt Hamburg
Bezirksamt Harburg
Fachamt Grundsicherung und Soziales – Fachstelle für Wohnungsnotfälle
{OFFICE_STREET} · {OFFICE_CITY} · Zentrale {OFFICE_TEL}

Herrn [[P|Kemal Şahin]] und
Frau [[P|Özlem Şahin]]
[[A|Marmstorfer Hang 23a]]
[[A|21077 Hamburg]]

Az.: [[AZ|FS-WN 522/2025]]
Ansprechpartnerin: Frau [[P|Vollmers]], Zimmer 1.22, Tel. [[T|040 42871-3512]]
Hamburg, 26.06.2025

Bescheid über die Übernahme von Mietschulden als Darlehen

Sehr geehrte Frau [[P|Şahin]], sehr geehrter Herr [[P|Şahin]],

auf Ihren Antrag vom 10.06.2025 übernehme ich den Mietrückstand bei Ihrer Vermieterin, der Hansa Wohnen eG (Mietvertragsnummer [[AZ|22-0815-3]]), in Höhe von 2.730,00 € nach § 36 Abs. 1 SGB XII als Darlehen.

Begründung: Ohne die Übernahme droht Ihnen und Ihren drei Kindern der Verlust der Wohnung; die Räumungsklage ist beim Amtsgericht Hamburg-Harburg unter dem Aktenzeichen [[AZ|642 C 207/25]] anhängig. Mit der Zahlung innerhalb der Schonfrist wird die fristlose Kündigung unwirksam (§ 569 Abs. 3 Nr. 2 BGB). Herr [[P|Şahin]] ist seit dem 01.05.2025 wieder beschäftigt; die laufende Miete ist damit gesichert.

Der Betrag wird direkt an die Vermieterin ausgezahlt. Das Darlehen ist ab dem 01.08.2025 in monatlichen Raten von 50,00 € zurückzuzahlen, und zwar an die Kasse.Hamburg, IBAN [[N|{iban_grouped(IB_KASSE)}]], unter Angabe des Kassenzeichens [[AZ|8.4410.188204.3]].

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift beim Bezirksamt Harburg, {OFFICE_STREET}, {OFFICE_CITY}, einzulegen.

Mit freundlichen Grüßen
Im Auftrag
[[P|Katrin Vollmers]]

Kopie: Herrn [[P|Wiebusch]], Schuldner- und Insolvenzberatung (Ihr Az. [[AZ|SIB-H 2025/0374]])
       Jobcenter team.arbeit.hamburg, BG-Nr. [[AZ|95504BG0310488]]
""")

# 029 — internal waiting list (HEALTH, ETHNICITY)
add("word", "warteliste", f"""
Warteliste Erstberatung – Stand 27.06.2025 (intern, nicht weitergeben!)

Nr. | Name | Erreichbarkeit | Sprache | Zugang | Bemerkung
1 | [[P|Amoako, Kofi]] | [[T|0151 2387 6610]] | Twi/Englisch | JC-Zuweisung | Rollstuhlfahrer → Termin nur im EG (Raum 0.08)
2 | [[P|Nowak, Beata]] | [[T|+48 512 447 903]] | Polnisch | Selbstmelderin | P-Konto dringend, Kontopfändung durch die AOK
3 | [[P|Kostadinova, Milena]] | [[T|0176/91188402]] | Bulgarisch/Türkisch | über Projekt Romanes Harburg | Roma-Familie, 5 Kinder, Begleitung durch Frau [[P|Sevda Ahmedova]] (Projekt)
4 | [[P|Habibi, Wahid]] | über Betreuer Herrn [[P|M. Kühn-Assmann]], [[T|040 8890 1234]] | Dari | Betreuungsgericht | gesetzl. Betreuung, Az. [[AZ|605 XVII 1142/23]]
5 | [[P|Yılmaz, Ayşe Gül]] | [[E|ayseguel.yilmaz@gmx.de]] | Deutsch | Selbstmelderin | schwanger (ET Ende August), möchte vorher Termin
6 | [[P|Gerdes, Holger]] | [[T|04105 66 21 07]] | Deutsch | Selbstmelder | wohnt in Seevetal → nicht zuständig, Hinweis auf Diakonie Landkreis Harburg
7 | [[P|Owusu-Ansah, Gifty]] | [[T|0152 / 090 41 733]] | Englisch | JC-Zuweisung | Kd.-Nr. [[AZ|955D733001]], Inkasso HF
8 | [[P|Schröder-Ekinci, Tanja]] | [[E|tanja.se@posteo.de]] | Deutsch | Selbstmelderin | Mietschulden, Räumung angekündigt → vorziehen!

Vergabe: [[P|Meike]] / nächste freie Termine ab 07.07. ([[P|Ohlendorf]] Di+Do, [[P|Wiebusch]] Mo+Mi)
""", ["HEALTH", "ETHNICITY"])

# 030 — statement to the immigration office for naturalisation (BIOMETRIC)
add("word", "stellungnahme_einbuergerung", f"""
Bezirksamt Harburg · Schuldner- und Insolvenzberatung · {OFFICE_STREET} · {OFFICE_CITY}

Freie und Hansestadt Hamburg
Amt für Migration – Einbürgerung
z. Hd. Frau [[P|Petersen-Ahlers]]

Ihr Zeichen: [[AZ|E 3.2 – 184327/24]]
Unser Zeichen: [[AZ|SIB-H 2025/0352]]
Hamburg, 30.06.2025

Stellungnahme zur wirtschaftlichen Situation
Herr [[P|Mohammad Nasir Sultani]], geb. [[DOB|01.01.1990]], afghanischer Staatsangehöriger
wohnhaft [[A|Gutmannring 7]], [[A|21147 Hamburg]]

Sehr geehrte Frau [[P|Petersen-Ahlers]],

Herr [[P|Sultani]] hat uns mit Schweigepflichtentbindung vom 02.06.2025 gebeten, Ihnen zum Stand seiner Schuldenregulierung zu berichten.

Herr [[P|Sultani]] befindet sich seit März 2024 in unserer Beratung. Zu Beginn bestanden Verbindlichkeiten von 6.480 € bei fünf Gläubigern (überwiegend Mobilfunk und ein Ratenkredit). Mit allen Gläubigern wurden Ratenzahlungen vereinbart, die Herr [[P|Sultani]] seit 15 Monaten ohne Unterbrechung erfüllt; die Restschuld beträgt 2.115 €. Neue Schulden sind nicht entstanden, Vollstreckungsmaßnahmen laufen nicht.

Herr [[P|Sultani]] ist seit 2022 unbefristet als Sicherheitsmitarbeiter bei der Elbe-Sicherheitsdienst GmbH beschäftigt (Bestätigung von Herrn [[P|Dragan Ilić]], Personalleitung, liegt vor). Er lebt mit seiner Ehefrau [[P|Freshta Sultani]] (geb. [[DOB|05.03.1995]]) und zwei Kindern zusammen.

Zur Identität: Herr [[P|Sultani]] hat uns seinen Reisepass ([[PASS|{PASS_SULTANI}]]), die Tazkira ([[IDC|{TAZ_SULTANI}]]) und seinen Aufenthaltstitel (Kartennummer [[IDC|{EAT_SULTANI}]]) vorgelegt; die Steuer-ID lautet [[TID|{group(TID_SULTANI, 3)}]]. Nach seinen Angaben wurden bei der Vorsprache am 14.05.2025 Lichtbild und Fingerabdrücke für den neuen Aufenthaltstitel erfasst; die Karte sei bestellt.

Aus unserer Sicht ist Herr [[P|Sultani]] in der Lage, seinen Lebensunterhalt und den seiner Familie ohne Inanspruchnahme von Leistungen nach SGB II oder XII zu bestreiten.

Für Rückfragen stehe ich Ihnen unter [[T|040 42871-3371]] zur Verfügung.

Mit freundlichen Grüßen
Im Auftrag

[[P|Jörn Wiebusch]]
Schuldnerberater
""", ["BIOMETRIC"])


# ---------------------------------------------------------------- write
assert len(docs) == 30
out = os.path.join(HERE, "fresh115.jsonl")
with open(out, "w", encoding="utf-8", newline="\n") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
total = sum(len(d["entities"]) for d in docs)
print(f"{len(docs)} documents, {total} entities -> {out}")
