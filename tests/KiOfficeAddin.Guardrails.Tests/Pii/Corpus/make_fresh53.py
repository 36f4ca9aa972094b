#!/usr/bin/env python3
"""Held-out batch 53: Stadt Emscherhall (invented Ruhr city) - Sozialamt (Grundsicherung, Bestattung von Amts wegen),
Schuldnerberatung, Energieschulden, Gerichtsvollzieher/Inkasso, Betreuungsbehörde, Knappschaft/Versicherungsamt.

Writes fresh53.jsonl (30 documents F53-001 .. F53-030) and README.md next to this file.
"""
import sys

sys.dont_write_bytecode = True

import json
import os
from collections import Counter

CORPUS = os.path.dirname(os.path.abspath(__file__))  # marks.py and identifiers.py sit beside this file
sys.path.insert(0, CORPUS)

from marks import build  # noqa: E402
from identifiers import Identifiers, mod97_iban, mod11_10_check, luhn_check, group  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ids = Identifiers(5353)
rng = ids.rng


# ---------------------------------------------------------------- identifier helpers
def iban_de(blz=None):
    bban = (blz + ids.digits(10)) if blz else ids.digits(18)
    return mod97_iban("DE", bban)


def iban_at():
    return mod97_iban("AT", "20111" + ids.digits(11))


def iban_nl(bank="RABO"):
    while True:  # 10-digit account number passing the Dutch "elfproef"
        acct = "0" + ids.digits(9)
        if sum(int(d) * (10 - i) for i, d in enumerate(acct)) % 11 == 0 and acct != "0" * 10:
            return mod97_iban("NL", bank + acct)


def iban_pl(bank="124"):
    head = bank + ids.digits(4)
    check = (10 - sum(int(d) * w for d, w in zip(head, (3, 9, 7, 1, 3, 9, 7))) % 10) % 10
    return mod97_iban("PL", head + str(check) + ids.digits(16))


def ssn(ddmmyy, letter, spaced=True):
    s = ids.social_security(ddmmyy, letter)
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}" if spaced else s


def taxid(spaced=True):
    t = ids.tax_id()
    return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}" if spaced else t


g4 = lambda v: group(v, 4)  # noqa: E731

# The city's own account and official accounts (neutral)
CITY_IBAN = g4(mod97_iban("DE", "42650150" + "0000100016"))
GV_IBAN = g4(iban_de("42050001"))
INKASSO_IBAN = g4(iban_de("44050199"))

# Personal identifiers, generated once in document order
I001 = g4(iban_de("42650150")); S001 = ssn("031138", "W")
P002 = "G2749318"
KV003 = ids.health_insurance(); I003 = g4(iban_de("42050001"))
TID005 = taxid(False); VAT005 = ids.vat_id(); TNR005 = ids.tax_number_nrw(); TNRBY005 = ids.tax_number_bavaria()
I005 = iban_de()
CC008 = "-".join(group(ids.credit_card("52", 16), 4).split())
KV009 = ids.health_insurance()
S010 = ssn("110736", "L", spaced=False); KV010 = ids.health_insurance(); I010 = g4(iban_de("42650150"))
S014 = ssn("020449", "K"); KV014 = ids.health_insurance(); IDC014 = ids.id_card()
P015 = "G1836604"; I015 = g4(iban_nl())
P016 = "014882365"; I016 = iban_de("42050001")
CC017 = g4(ids.credit_card("4", 16))
I019 = g4(iban_de())
TNR022 = ids.tax_number_federal_nrw(); VAT022 = ids.vat_id(); TID022 = taxid(); I022 = g4(iban_de("42050001"))
_amex = ids.credit_card("37", 15); CC022 = f"{_amex[:4]} {_amex[4:10]} {_amex[10:]}"
I024 = g4(iban_de("42650150"))
I025 = g4(iban_pl())
IDC026 = ids.id_card(check_digit=True); TID026 = taxid(); KV026 = ids.health_insurance(); I026 = iban_de()
S026 = ssn("210544", "K")
I027 = g4(iban_at())
IDC028 = ids.id_card(); P028 = ids.passport(check_digit=True)
P029 = "FK418327"

OFFICE = "[[N|Kurt-Schumacher-Allee 12]], [[N|45891 Emscherhall]]"

DOCS = []


def doc(channel, template, flags, text):
    DOCS.append((channel, template, flags, text.strip("\n")))


# ---------------------------------------------------------------- 001 Vermerk Bestattung von Amts wegen
doc("word", "bestattung", ["BIOMETRIC", "RELIGION"], f"""
Stadt Emscherhall · Der Bürgermeister
Fachbereich 50 Soziales · Sachgebiet 50.3 Bestattungen von Amts wegen
{OFFICE} · Telefon [[N|02366 303-0]]

Vermerk

Az.: [[AZ|50.3-BA-0117/25]]

Verstorbener: [[P|Wróblewski, Stanisław]], geb. [[DOB|03.11.1938]] in Bytom (Polen)
letzte Anschrift: [[A|Hülsmannstraße 41]], [[A|45892 Emscherhall]]
verstorben zwischen dem 12. und 14.05.2025, aufgefunden am 17.05.2025

1. Sachverhalt
Die Polizeiwache Emscherhall-Süd teilte am 19.05.2025 mit, dass der Mieter tot in seiner Wohnung aufgefunden wurde. Ein Ausweisdokument lag nicht vor; die Kriminalpolizei hat die Identität über einen Abgleich der Fingerabdrücke (Treffer im AFIS) festgestellt.

2. Bestattungspflichtige Angehörige (§ 8 BestG NRW)
a) Sohn [[P|Paweł Wróblewski]], [[A|ul. Mickiewicza 12/4]], [[A|41-902 Bytom]], Polen – telefonisch erreicht, lehnt die Bestattung ab, kein Kontakt zum Vater seit 1998.
b) Tochter [[P|Irena Kaczmarek]] geb. [[P|Wróblewska]], wohnhaft in Emscherhall-Süd – bereit, die Bestattung zu veranlassen, kann die Kosten aber nicht tragen; Antrag nach § 74 SGB XII liegt vor.

3. Nachlass
Girokonto bei der Sparkasse Vest, IBAN [[IBAN|{I001}]], Guthaben 412,37 EUR. Die Knappschaftsrente (Vers.-Nr. [[SSN|{S001}]]) wird mit Ablauf des Monats Mai eingestellt.

4. Veranlasst
Auftrag an den Vertragsbestatter vom 20.05.2025 (Auftrag Nr. 2025-0381), Erdbestattung im Reihengrab, Friedhof Emscherhall-Nord, Feld 14. Die Tochter bittet um eine katholische Aussegnung, ihr Vater sei bis zuletzt jeden Sonntag zur Messe in St. Barbara gegangen; das Pfarrbüro ist informiert.

Wiedervorlage: 20.06.2025

i. A. [[P|M. Tenhagen]]
""")

# ---------------------------------------------------------------- 002 Mail Schwester, englisch-deutsch
doc("outlook", "bestattung", ["RELIGION"], f"""
Betreff: AW: Bestattung meines Bruders - Kosten / Az. [[AZ|50.3-BA-0131/25]]

hello Mrs [[P|Tenhagen]],

thank you for your mail. sorry my german is not so good so i write half english half deutsch.

My brother [[P|Kwabena Owusu-Ansah]] died on 2nd June in the Marienhospital. The family in Ghana wants to bring him home to Kumasi for the funeral, but the undertaker says 6.900 Euro for the Überführung. Our church (Church of Pentecost, Gelsenkirchen assembly, we are members since 2004) collected 1.850 Euro already.

You asked for his documents: his Ghana passport is no. [[PASS|{P002}]], it expired 2023 but the embassy said it is ok. He lived alone, in the flat at [[A|Bochumer Straße 218]] in Emscherhall.

Ich bin die Schwester, meine Adresse ist [[A|Am Schacht Hugo 3]], [[A|45894 Emscherhall]]. Sie können mich anrufen [[T|0157 3390 1142]], am besten nach 16 Uhr. Or my nephew, he speaks better German.

God bless you
[[P|Akosua]]

-----Ursprüngliche Nachricht-----
Von: [[P|Tenhagen, Marlies]] <[[E|marlies.tenhagen@emscherhall.de]]>
Gesendet: Dienstag, 10. Juni 2025 11:02
An: [[E|akosua.owusu@yahoo.com]]
Cc: Bestattungen Sozialamt <[[N|bestattungen@emscherhall.de]]>
Betreff: Bestattung meines Bruders - Kosten

Sehr geehrte Frau [[P|Owusu-Ansah]],

für die Prüfung Ihres Antrags nach § 74 SGB XII benötige ich noch die Sterbeurkunde, den Pass Ihres Bruders und Nachweise über Ihr Einkommen.

Mit freundlichen Grüßen
Im Auftrag
Sozialamt, Bestattungen
""")

# ---------------------------------------------------------------- 003 Bescheid Grundsicherung
doc("word", "grundsicherung", ["HEALTH"], f"""
Stadt Emscherhall · Der Bürgermeister · Sozialamt
Stadt Emscherhall, [[N|Postfach 10 04 51]], [[N|45881 Emscherhall]]

Eheleute
[[P|Dragan]] und [[P|Snežana Petrović]]
[[A|Hertener Straße 77b]]
[[A|45892 Emscherhall]]

Aktenzeichen: [[AZ|50.21-GS-2208/24]]
Auskunft: Frau [[P|Adamczyk]], Zimmer 2.14, Tel. [[T|02366 303-4281]]
Datum: 28.04.2025

Bescheid über Leistungen der Grundsicherung im Alter und bei Erwerbsminderung
Bewilligungszeitraum 01.05.2025 bis 30.04.2026

Sehr geehrte Eheleute [[P|Petrović]],

auf Ihren Weiterbewilligungsantrag vom 02.04.2025 bewillige ich Ihnen Leistungen in Höhe von monatlich 612,84 EUR. Berücksichtigt wurden die Knappschaftsrente (1.031,22 EUR), die Altersrente der Ehefrau (214,60 EUR) sowie die Bruttokaltmiete von 498,00 EUR zuzüglich Heizkosten von 96,00 EUR.

Für Herrn [[P|Petrović]] wird weiterhin ein Mehrbedarf für kostenaufwändige Ernährung nach § 30 Abs. 5 SGB XII anerkannt, da nach dem Attest vom 11.03.2025 eine dialysepflichtige Niereninsuffizienz besteht. Die Beiträge zur KNAPPSCHAFT (Versichertennummer [[KV|{KV003}]]) werden direkt übernommen.

Die Leistung wird monatlich im Voraus auf Ihr Konto IBAN [[IBAN|{I003}]] überwiesen. Überzahlte Beträge sind unter Angabe des Kassenzeichens [[AZ|5.2025.300471]] auf das Konto der Stadtkasse, IBAN [[N|{CITY_IBAN}]], zu erstatten.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadt Emscherhall, Sozialamt, {OFFICE}, erhoben werden.

Im Auftrag
[[P|Adamczyk]]
""")

# ---------------------------------------------------------------- 004 informelle Mail Schuldnerberatung
doc("outlook", "schuldnerberatung", [], """
Von: [[E|hatice.yildiz34@hotmail.de]]
Betreff: termin schuldnerberatung??

hallo frau [[P|schulte-bäcker]]

ich bins nochmal [[P|hatice yıldız]], wir waren am dienstag bei ihnen wegen die schulden. sie haben gesagt ich soll alles schiken was ich hab:

- vodafone handy 1.230 euro (inkasso schreibt jede woche)
- stadtwerke strom ca 2400 euro kundennummer [[AZ|200 418 377]]
- otto 640 euro
- miete 2 monate offen weil [[P|erkan]] kein lohn bekommen hat

mein mann arbeitet jetzt in einer bäckerei aber nur minijob. der gerichtsvollzieher war letzte woche da, ein herr [[P|Vogel]], zettel im briefkasten, da steht [[AZ|DR II 1432/25]]. muss ich da hin??

neue handynr ist [[T|0152 – 21 88 34 07]], die alte geht nicht mehr

lg hatice

Von meinem iPhone gesendet
""".replace("lg hatice", "lg [[P|hatice]]"))

# ---------------------------------------------------------------- 005 Gläubigerübersicht (Tabelle)
doc("word", "schuldnerberatung", [], f"""
Diakonisches Werk im Kirchenkreis Emscherhall – Schuldner- und Insolvenzberatung
[[N|Overwegstraße 8]], [[N|45891 Emscherhall]] · Tel. [[N|02366 9187-0]] · [[N|schuldnerberatung@diakonie-emscherhall.de]]

Gläubiger- und Forderungsübersicht (Stand 05.05.2025)

Ratsuchender: [[P|Jovanović, Milan]], geb. [[DOB|22.06.1979]] (verheiratet, zwei Kinder)
Anschrift:    [[A|Dorstener Str. 144]], [[A|45891 Emscherhall]]
Steuer-ID Herr [[P|Jovanović]]: [[TID|{TID005}]]
frühere Selbständigkeit: Trockenbau [[P|Jovanović]] (2016–2022), USt-IdNr. [[VAT|{VAT005}]], St.-Nr. [[TNR|{TNR005}]]
P-Konto seit 03/2025 bei der Sparkasse

Nr. | Gläubiger | Zeichen | Hauptforderung | Gesamt
1 | Finanzamt Passau (USt 2017, Wohnsitz Bayern) | St.-Nr. [[TNR|{TNRBY005}]] | 3.412,00 | 4.118,50
2 | Vestische Forderungsmanagement GmbH (Telekom) | [[AZ|VF-2024-0031775]] | 870,12 | 1.306,44
3 | Stadtwerke Emscherhall | Endabrechnung | 2.118,90 | 2.260,15
4 | Vermieter (privat) | Mietrückstand 11/24–12/24 | 1.540,00 | 1.540,00
5 | Stadtkasse Emscherhall (Grundbesitzabgaben) | Bescheid vom 15.01.2025 | 286,40 | 311,40

Summe: 9.536,49 EUR. Die Endabrechnung der Stadtwerke (Rechnung Nr. 2024-11873) ist in Nr. 3 enthalten.
Vollstreckung: Obergerichtsvollzieherin beim AG Gelsenkirchen-Buer, [[AZ|DR II 0987/25]], Termin Vermögensauskunft 26.05.2025.
Beraterin: [[P|Annegret Schulte-Bäcker]]
""")

# ---------------------------------------------------------------- 006 weitergeleitete Sperrandrohung
doc("outlook", "energieschulden", ["HEALTH"], """
Betreff: WG: Androhung Versorgungsunterbrechung – Fam. [[P|Haddad]], bitte dringend
Von: [[E|t.nguyen-brandt@caritas-emscherhall.de]]
An: Sozialamt Emscherhall <[[N|sozialamt@emscherhall.de]]>

Liebe Kolleginnen und Kollegen,

anbei die Sperrandrohung der Stadtwerke. Herr [[P|Rami Haddad]] und seine Frau haben mit ihren drei Kindern einen Rückstand von 1.684,20 EUR; die Sperre ist für den 24.02. angekündigt.

Bitte beachten: die jüngste Tochter [[P|Yara]] (4) hat schweres Asthma und braucht nachts ein elektrisches Inhaliergerät, ein Attest der Kinderärztin liegt mir vor. Die Familie bezieht ergänzend Bürgergeld (BG-Nr. [[AZ|36502BG0041187]]). Die Familie beantragt die Übernahme als Darlehen nach § 22 Abs. 8 SGB II.

Herzliche Grüße
[[P|Theresa Nguyen-Brandt]]
Dipl.-Sozialarbeiterin, Caritasverband Emscherhall e. V.
mobil [[T|0151 1744 0392]]

---------- Weitergeleitete Nachricht ----------
Von: Stadtwerke Emscherhall Forderungsmanagement <[[N|forderungsmanagement@stadtwerke-emscherhall.de]]>
Datum: Mo., 10. Feb. 2025 um 08:12 Uhr
An: <[[E|rami.haddad81@gmail.com]]>

Sehr geehrter Herr [[P|Haddad]],

Ihr Kundenkonto [[AZ|200 512 663]] ist trotz Mahnungen vom 12.12.2024 und 14.01.2025 mit 1.684,20 EUR im Rückstand. Lieferstelle: [[A|Zechenstraße 12]], [[A|45891 Emscherhall]], Zählernummer 1ESY1160571904.
Gleichen Sie den Betrag nicht bis zum 21.02.2025 aus, unterbrechen wir die Belieferung gemäß § 19 Abs. 2 StromGVV.

Ihr Kundenservice
""")

# ---------------------------------------------------------------- 007 Gerichtsvollzieherin
doc("word", "gerichtsvollzieher", [], f"""
[[P|Aleksandra Nowicka]]
Obergerichtsvollzieherin beim Amtsgericht Gelsenkirchen-Buer
Sprechzeiten Di und Do 8–9 Uhr

Herrn
[[P|Georgios Papadopoulos]]
[[A|Lothringer Straße 19]]
[[A|45892 Emscherhall]]

Geschäftszeichen: [[AZ|DR II 1187/25]]

Zwangsvollstreckungssache Vestische Forderungsmanagement GmbH ./. [[P|Papadopoulos]]

Sehr geehrter Herr [[P|Papadopoulos]],

mir liegt ein Vollstreckungsauftrag über 2.944,71 EUR vor (Vollstreckungsbescheid des Amtsgerichts Hünfeld vom 07.11.2024). Zahlungen leisten Sie bitte unter Angabe des Geschäftszeichens auf mein Dienstkonto IBAN [[N|{GV_IBAN}]].

Erfolgt keine Zahlung, bestimme ich Termin zur Abnahme der Vermögensauskunft gemäß § 802f ZPO auf Donnerstag, 17.07.2025, 10:30 Uhr, in meinem Geschäftszimmer. Nach Mitteilung der Gläubigerin sind Sie Halter des Pkw mit dem amtlichen Kennzeichen [[KFZ|RE-GP 412]]; eine Pfändung kommt in Betracht.

Bringen Sie bitte den Rentenbescheid der Knappschaft und Kontoauszüge der letzten drei Monate mit. Ihre Ehefrau, Frau [[P|Eleni Papadopoulou]], kann Sie begleiten und für Sie sprechen.

Hochachtungsvoll
[[P|Nowicka]]
""")

# ---------------------------------------------------------------- 008 Sohn schreibt wegen Inkasso
doc("outlook", "inkasso", [], f"""
Betreff: Inkasso-Schreiben an meine Mutter – bitte um Hilfe
Von: [[P|Karim El-Zein]] <[[E|karim.elzein@outlook.com]]>

Sehr geehrte Damen und Herren,

ich schreibe im Namen meiner Mutter, Frau [[P|Samira El-Zein]] (geb. [[DOB|1. März 1948]]), [[A|Brauckstraße 5]], [[A|45891 Emscherhall]]. Sie bezieht Grundsicherung bei Ihnen und spricht kaum Deutsch.

Seit April bekommt sie Briefe eines Inkassobüros wegen eines Handyvertrags, den sie nie abgeschlossen hat:

> Forderungskonto: [[AZ|RK-7731-2025-0419]]
> Hauptforderung 389,90 EUR, Inkassokosten 117,45 EUR
> Zahlbar bis 30.06.2025 auf IBAN [[N|{INKASSO_IBAN}]] (Ruhr-Kredit Inkasso KG)

I already paid 89 EUR by mistake with my Mastercard ([[CC|{CC008}]]) because they threatened with Schufa. Können Sie uns sagen, ob das Sozialamt hier hilft oder ob wir zur Verbraucherzentrale gehen sollen?

Meine Mutter hat kein Handy, bitte rufen Sie mich an: [[T|0209 / 17 44 83]] (abends).

Mit freundlichen Grüßen
[[P|Karim El-Zein]]
""")

# ---------------------------------------------------------------- 009 Sozialbericht Betreuungsbehörde
doc("word", "betreuung", ["HEALTH"], f"""
Stadt Emscherhall – Betreuungsbehörde
{OFFICE}

An das Amtsgericht Gelsenkirchen-Buer – Betreuungsgericht –
Ihr Az.: [[AZ|14 XVII 233/25]]

Betreuungssache [[P|Friedhelm Schürmann]], geb. [[DOB|30.01.1941]], [[A|Ewaldstraße 28]], [[A|45892 Emscherhall]]

Sozialbericht gemäß § 11 BtOG

1. Anlass
Die Tochter des Betroffenen, Frau [[P|Dr. Sabine Schürmann-Okafor]], regte am 03.03.2025 eine Betreuung an. Sie lebt in Hamburg und kann die Angelegenheiten ihres Vaters nicht vor Ort regeln.

2. Persönliche Situation
Herr [[P|Schürmann]] war bis 1996 Hauer auf der Zeche Ewald. Seit dem Tod seiner Frau im Winter 2022 lebt er allein. Nach dem Gutachten von Herrn [[P|Dr. med. Ulrich Vogel]] vom 21.03.2025 besteht eine mittelgradige Alzheimer-Demenz; er ist zeitlich und örtlich nicht sicher orientiert. Krankenversicherung: KNAPPSCHAFT, Versichertennummer [[KV|{KV009}]].

Beim Hausbesuch am 08.04.2025 erzählte er ausführlich von seinem Wellensittich („ein Vogel, der schlauer ist als die Ärzte“). Die Nachbarin Frau [[P|Winter]] versorgt den Vogel, leert den Briefkasten und berichtet von unbezahlten Rechnungen.

3. Vorschlag
Eine Vorsorgevollmacht besteht nicht. Die Behörde schlägt als Berufsbetreuerin Frau [[P|Jolanta Mazur]] vor; sie ist zur Übernahme bereit.
Aufgabenkreise: Gesundheitssorge, Aufenthaltsbestimmung, Vermögenssorge, Behörden, Wohnungsangelegenheiten.

Emscherhall, 14.04.2025
[[P|Birgit Lohmann-Yılmaz]]
""")

# ---------------------------------------------------------------- 010 Tochter für die Mutter (Hilfe zur Pflege)
doc("outlook", "grundsicherung", ["HEALTH"], f"""
Betreff: Hilfe zur Pflege für meine Mutter [[P|Halina Lewandowska]]
Von: [[P|Katarzyna Lewandowska-Schmitz]] <[[E|k.lewandowska-schmitz@web.de]]>
An: [[N|sozialamt@emscherhall.de]]

Guten Tag,

meine Mutter, geb. [[DOB|11.07.1936]], lebt seit dem Tod meines Vaters allein in ihrer Wohnung [[A|Emscherstraße 102]], [[N|2. OG]], [[A|45891 Emscherhall]]. Seit Januar hat sie Pflegegrad 3 (Parkinson, dazu Herzinsuffizienz), der Pflegedienst kommt zweimal täglich. Die Kosten übersteigen die Leistungen der Pflegekasse um etwa 640 Euro im Monat, und die Witwenrente der Knappschaft reicht nicht.

Ich beantrage deshalb Hilfe zur Pflege und habe eine Vorsorgevollmacht (liegt bei). Ihre Daten:
Rentenversicherungsnummer: [[SSN|{S010}]]
KVNR: [[KV|{KV010}]]
Konto: [[IBAN|{I010}]]

Die Post bitte an mich: [[A|Am Rombergpark 17]], [[A|44225 Dortmund]].

Vielen Dank!
[[P|Kasia Lewandowska-Schmitz]]
""")

# ---------------------------------------------------------------- 011 Erbenliste
doc("word", "erben", ["GENETIC"], """
Stadt Emscherhall – Sozialamt – Bestattungskosten
Erbenermittlung zur Kostenerstattung (§ 1968 BGB)

Az.: [[AZ|50.3-BA-0009/25]]

Erblasser: [[P|Yusuf Çelik]], geb. [[DOB|12.04.1944]] in Eskişehir, verstorben am 02.01.2025
letzte Anschrift: [[A|Cranger Straße 310]], [[A|45891 Emscherhall]]

Gesetzliche Erben laut Erbschein vom 14.03.2025:
Name | Verhältnis | Geburtsdatum | Anschrift | Quote
[[P|Çelik, Zehra]] | Ehefrau | [[DOB|05.05.1949]] | wie Erblasser | 1/2
[[P|Çelik, Murat]] | Sohn | [[DOB|20.10.1968]] | Berlin | 1/4
[[P|Kaplan, Ayşe]] geb. [[P|Çelik]] | Tochter | [[DOB|03.08.1972]] | [[A|Atatürk Cad. No: 118/5]], [[A|35210 Konak/İzmir]] | ausgeschlagen
[[P|Çelik, Deniz]] | Sohn | [[DOB|27.11.1990]] | unbekannt (Essen?) | 1/4

Hinweise:
– Die Vaterschaft des Erblassers zu [[P|Deniz]] wurde 2019 durch ein vom Familiengericht eingeholtes DNA-Abstammungsgutachten festgestellt.
– Bestattungskosten 4.216,80 EUR (Rechnung Nr. 25-0017 vom 13.01.2025), vom Sozialamt vorläufig übernommen.
– Die Witwe ist nur über die Enkelin erreichbar.

Bearbeitet: Sachgebiet 50.3, 02.04.2025
""")

# ---------------------------------------------------------------- 012 Kurze interne Notiz
doc("outlook", "bestattung", [], """
Betreff: Rückruf Fr. [[P|Demirci]]

Hi [[P|Kalle]], Frau [[P|Demirci]] hat wg. der Bestattung ihres Schwiegervaters angerufen, will wissen ob der Antrag durch ist. Bitte zurückrufen: [[T|0171 8834512]].
Gruß [[P|Ute]]
""")

# ---------------------------------------------------------------- 013 Telefonnotiz
doc("word", "grundsicherung", [], """
Telefonnotiz

Datum/Uhrzeit: 12.03.2025, 10:40 Uhr
Aufgenommen von: [[P|K. Adamczyk]] (Grundsicherung)
Anrufer: Herr [[P|Dimitrios Alexiou]], Sohn von Frau [[P|Eleni Alexiou]] (Az. [[AZ|50.21-GS-0934/22]])
Rückrufnummer: [[T|0163 / 550 21 87]]

Frau [[P|Alexiou]] (geb. [[DOB|08.08.1940]]) ist am 01.03. zu ihrer Tochter nach Thessaloniki gezogen. Die Wohnung [[A|Bergmannsweg 14]] wird zum 31.05. gekündigt. Der Sohn fragt, ob die Miete bis Mai noch übernommen wird und wer die Räumung zahlt; die Heizkostennachzahlung über 743,18 EUR (Abrechnung Nr. 4471-2024) liegt vor.

Post künftig an ihn: [[E|d.alexiou@gmx.net]] (keine Papierpost).

Vereinbart: Rückruf bis Freitag.
""")

# ---------------------------------------------------------------- 014 Bergmann schreibt selbst
doc("outlook", "knappschaft", ["HEALTH", "UNION"], f"""
Betreff: Frage wegen Rente und Berufskrankheit

Sehr geehte Damen und Herrren,

mein Name ist [[P|Zbigniew Kaczmarek]], geb. am [[DOB|2.4.49]], ich wohne [[A|Schlägel-und-Eisen-Str. 6]] in [[A|45891 Emscherhall]]. Ich war 31 Jahre unter Tage, zuletzt Zeche Hugo als Hauer. Seit 2011 habe ich Silikose, die Berufsgenossenschaft hat das anerkannt als Berufskrankheit mit MdE 30 %. Jetzt schreibt die Knappschaft, das die Rente neu berechnet wird, und ich soll beim Versicherungsamt einen Antrag stellen.

Die IG BCE (bin Mitglied seit 1968) hat gesagt ich soll zuerst zu Ihnen gehen. Kann ich Termin bekommen?

Versicherungsnummer [[SSN|{S014}]], Knappschaft [[KV|{KV014}]], Ausweis [[IDC|{IDC014}]].

Telefon [[T|(0 23 66) 4 12 09]], meine Enkelin hilft mir mit Email: [[E|natalia.kaczmarek@gmx.de]]

Mit freundlichen Grüßen
[[P|Z. Kaczmarek]]
""")

# ---------------------------------------------------------------- 015 Antragsformular Energieschulden
doc("word", "energieschulden", [], f"""
Stadt Emscherhall – Sozialamt
Antrag auf Übernahme von Schulden für Haushaltsenergie (§ 36 SGB XII)

Eingang: 07.01.2025                    Aktenzeichen: [[AZ|50.22-ES-0012/25]]

1. Antragsteller
Name, Vorname: [[P|Asante, Kofi Mensah]]
Geburtsdatum: [[DOB|19.02.1977]]        Geburtsort: Kumasi (Ghana)
Anschrift: [[A|Grenzstraße 88a]], [[A|45894 Emscherhall]]
Telefon: [[T|0176-33 91 02 84]]
Identität: Reisepass Ghana Nr. [[PASS|{P015}]]

2. Haushaltsangehörige
[[P|Asante, Ama]] | Ehefrau | [[DOB|30.06.1981]]
2 Kinder (10 und 15 Jahre), Kindergeld 2 × 255,00 EUR

3. Rückstand
Stadtwerke Emscherhall GmbH, Kundennummer [[AZ|200 677 015]]
Schlussrechnung Nr. RE-2024-1188413 vom 18.12.2024: 2.371,55 EUR
Sperre: ☐ erfolgt  ☒ angedroht zum 15.01.2025

4. Bankverbindung
IBAN: [[IBAN|{I015}]] (Konto aus der Beschäftigungszeit in Venlo)

Emscherhall, 07.01.2025    Unterschrift: [[P|K. M. Asante]]
""")

# ---------------------------------------------------------------- 016 Beratungsstelle, Roma-Familie
doc("outlook", "grundsicherung", ["ETHNICITY"], f"""
Betreff: Grundsicherung Frau Redžepović – fehlende Unterlagen
Von: [[P|Dragana Stojanović]] <[[E|stojanovic@romano-kher.de]]>

Sehr geehrte Damen und Herren,

wie besprochen die fehlenden Unterlagen für Frau [[P|Fatima Redžepović]] (geb. [[DOB|01.01.1957]] – das Datum ist geschätzt, so steht es im serbischen Pass Nr. [[PASS|{P016}]]).

Sie gehört der Roma-Minderheit an und hat in Serbien nie Rentenbeiträge gezahlt, weil sie als Romni ohne Meldeadresse keine reguläre Arbeit bekam. Deshalb gibt es nur die beiliegende Bestätigung des Fonds PIO, dass kein Versicherungskonto existiert.

Sie wohnt bei ihrem Sohn [[P|Šaban]], [[A|Auf der Reihe 41]], [[A|45894 Emscherhall]]. Konto: [[IBAN|{I016}]] (Kontoinhaber ist der Sohn).

Ich bin dienstags und donnerstags unter [[T|02366 774 81-12]] erreichbar.

Viele Grüße
[[P|Dragana Stojanović]]
Beratungsstelle Romano Kher e. V.
""".replace("Betreff: Grundsicherung Frau Redžepović", "Betreff: Grundsicherung Frau [[P|Redžepović]]"))

# ---------------------------------------------------------------- 017 Tochter, englisch, Kreditkarte
doc("outlook", "bestattung", [], f"""
Betreff: funeral costs my father / Antrag
Von: [[E|linh.tran.92@gmail.com]]

Hi Frau [[P|Tenhagen]],

sorry for writing in English, speaking German is ok but writing is hard. My father [[P|Trần Văn Hùng]] (born [[DOB|05.11.1951]] in Hải Phòng) passed away on 28 April at home. My brother and I already paid a deposit of 1.500 Euro to the undertaker with my credit card [[CC|{CC017}]] – is this ok? The rest (about 3.100 Euro) we cannot pay, my mother [[P|Nguyễn Thị Lan]] only gets Grundsicherung (her Aktenzeichen [[AZ|50.21-GS-0588/21]]).

Our address: [[A|Marktstraße 9]], [[A|45891 Emscherhall]]

Thanks a lot!!
Linh
[[T|0176 2219 4587]]
""".replace("Linh\n[[T", "[[P|Linh]]\n[[T"))

# ---------------------------------------------------------------- 018 Leistungsbescheid an Erbin
doc("word", "bestattung", [], f"""
Stadt Emscherhall – Sozialamt – [[N|Postfach 10 04 51]] – [[N|45881 Emscherhall]]

Frau
[[P|Dr. Eleni Papadaki-Schulte]]
[[A|Am Stadtgarten 2c]]
[[A|45879 Gelsenkirchen]]

Az.: [[AZ|50.3-BA-0094/24]]     Kassenzeichen: [[AZ|5.2025.302218]]
Auskunft: Herr [[P|Karl-Heinz Oberbeck]], Zimmer 1.07
Emscherhall, 23.05.2025

Leistungsbescheid – Erstattung von Bestattungskosten

Sehr geehrte Frau Dr. [[P|Papadaki-Schulte]],

nach dem Tod Ihres Vaters, Herrn [[P|Andreas Papadakis]], zuletzt wohnhaft in der Bahnhofstraße, hat die Stadt die Bestattung nach § 14 OBG NRW veranlasst, weil Angehörige nicht rechtzeitig ermittelt werden konnten. Die Kosten betragen 3.874,16 EUR (Bestatterrechnung Nr. 2024-2291, Gebührenbescheid vom 02.12.2024). Als Tochter sind Sie nach § 8 Abs. 1 BestG NRW bestattungspflichtig. Bitte überweisen Sie den Betrag bis zum 30.06.2025 auf das Konto der Stadtkasse, IBAN [[N|{CITY_IBAN}]], unter Angabe des Kassenzeichens.

Gegen diesen Bescheid kann innerhalb eines Monats Klage beim Verwaltungsgericht Gelsenkirchen, [[N|Bahnhofsvorplatz 3]], [[N|45879 Gelsenkirchen]], erhoben werden.

Im Auftrag
[[P|Oberbeck]]
""")

# ---------------------------------------------------------------- 019 Urlaubsübergabe
doc("outlook", "grundsicherung", [], f"""
Betreff: Übergabe Vertretung 16.–27.06.
Von: [[P|Adamczyk, Katarzyna]] <[[E|k.adamczyk@emscherhall.de]]>
An: [[P|Öztürk, Serkan]] <[[E|s.oeztuerk@emscherhall.de]]>
Cc: Team Grundsicherung <[[N|grundsicherung@emscherhall.de]]>

Hallo,

meine offenen Sachen:
1. [[P|Redžepović, Fatima]] – Erstantrag, Unterlagen über die Beratungsstelle eingegangen, Berechnung fehlt. Frist 30.06.!
2. [[P|Brzęczyszczykiewicz, Grzegorz]] – will den Antrag zurückziehen?? Bitte nicht ohne schriftliche Erklärung einstellen.
3. [[P|van der Meulen, Hendrika]] – neue Bankverbindung liegt vor, Zahlung Juli ist umgestellt.
4. Vogel im Lichtschacht vor Zimmer 2.14 – Hausmeister ist informiert :-)

Danke dir!
[[P|Kasia]]

--
[[P|Katarzyna Adamczyk]]
Stadt Emscherhall | Sozialamt | Grundsicherung
{OFFICE}
Tel. [[T|02366 303-4281]] | Zentrale [[N|02366 303-0]]
""")

# ---------------------------------------------------------------- 020 Protokoll Hausbesuch
doc("word", "betreuung", ["HEALTH", "RELIGION"], """
Protokoll Hausbesuch – Betreuungsbehörde Emscherhall
Az.: [[AZ|50.5-BtB-0377/25]]

Datum: 22.05.2025, 14:00–15:10 Uhr
Ort: [[A|Gelsenkircher Straße 12]], [[N|EG rechts]], [[A|45892 Emscherhall]]
Anwesend: Frau [[P|Emine Aksoy]] (Betroffene, geb. [[DOB|1. Juli 1942]]); Herr [[P|Hüseyin Aksoy]] (Sohn); Frau [[P|Songül Erdem]] (Nachbarin, dolmetscht); Unterzeichnerin

Anlass: Mitteilung des Hausarztes Herrn [[P|Dr. Mehmet Kılıç]] vom 12.05.2025, Frau [[P|Aksoy]] nehme Insulin und Blutdrucksenker nicht zuverlässig; Verdacht auf beginnende vaskuläre Demenz.

Ergebnis:
1. Die Betroffene ist zur Person orientiert, nicht zur Zeit. Einen Umzug ins Heim lehnt sie ab.
2. Sie ist gläubige Muslimin, betet regelmäßig und wünscht weibliche Pflegekräfte und helal Essen; ein kultursensibler Pflegedienst wurde mit dem Sohn besprochen.
3. Der Sohn ist bereit, eine Vorsorgevollmacht zu übernehmen; Beglaubigung am 05.06.2025, 9 Uhr. Eine Betreuung ist dann voraussichtlich nicht erforderlich.
4. Frau [[P|Erdem]] schaut täglich vorbei und hat einen Schlüssel.

Rückmeldung an den Hausarzt erfolgt schriftlich.
gez. [[P|B. Lohmann-Yılmaz]]
""")

# ---------------------------------------------------------------- 021 Anfrage Gerichtsvollzieher
doc("outlook", "gerichtsvollzieher", [], """
Betreff: Anfrage Anschrift – [[AZ|DR II 2291/25]]

Sehr geehrte Damen und Herren,

in der Zwangsvollstreckungssache Stadtwerke Emscherhall GmbH ./. [[P|Osei]] bitte ich nach § 755 ZPO um Mitteilung, unter welcher Anschrift der Schuldner Herr [[P|Emmanuel Kwaku Osei]], geb. [[DOB|03.03.1985]], bei Ihnen geführt wird. Die Anschrift [[A|Schachtstraße 3]], [[A|45891 Emscherhall]] ist laut Postrückläufer nicht mehr aktuell.

Mit freundlichen Grüßen
[[P|Schmitz]], Gerichtsvollzieher
Tel. [[T|0209 959 43-17]]
""")

# ---------------------------------------------------------------- 022 Insolvenzvorbereitung, ehem. Kiosk
doc("word", "schuldnerberatung", [], f"""
Schuldner- und Insolvenzberatung – Diakonisches Werk Emscherhall
Vorbereitung Verbraucherinsolvenz – Datenblatt

Schuldner: [[P|Mehmet Ali Aydın]] („[[P|Memo]]“), geb. [[DOB|15.10.1969]]
Anschrift: [[A|Karl-Marx-Straße 7]], [[A|45892 Emscherhall]]
ehemals Trinkhalle „Büdchen [[P|Aydın]]“ (abgemeldet zum 31.12.2024)
Steuernummer: [[TNR|{TNR022}]]   USt-IdNr.: [[VAT|{VAT022}]]
Steuer-ID: [[TID|{TID022}]]
Fahrzeug: Ford Transit [[KFZ|GE-MA 1969]] (sicherungsübereignet)

Lfd. | Gläubiger | Zeichen | Forderung EUR
1 | Finanzamt Gelsenkirchen-Nord (USt 2023) | StNr. wie oben | 7.842,00
2 | Getränkegroßhandel Rhein-Ruhr GmbH | Rechnung Nr. 24-10077 | 3.190,55
3 | Sparkasse, Geschäftskonto | Kontokorrent | 11.406,12
4 | Lotto, Rechnung Nr. 2024/55812 | – | 612,40
5 | American Express [[CC|{CC022}]] | – | 2.244,87
6 | Schwester (privates Darlehen) | – | 5.000,00

Herr [[P|Aydın]] hat das Büdchen wegen des Umsatzrückgangs während der Baustelle an der Bergstraße aufgegeben.
Bearbeitung: [[P|A. Schulte-Bäcker]]
""")

# ---------------------------------------------------------------- 023 Muslimische Bestattung, Kette
doc("outlook", "bestattung", ["RELIGION"], """
Betreff: AW: Beerdigung meines Vaters
Von: [[E|fatima.chahrour@web.de]]
An: [[N|bestattungen@emscherhall.de]]

Sehr geehrter Herr [[P|Oberbeck]],

danke für die schnelle Antwort. Wir sind Muslime und möchten meinen Vater nach islamischem Ritus so schnell wie möglich beerdigen, im Leinentuch ohne Sarg, im muslimischen Grabfeld. Die rituelle Waschung übernimmt die Moscheegemeinde.

Die Kosten können wir nicht tragen. Meine Mutter hat nur eine kleine Rente, meine Brüder [[P|Hassan]] und [[P|Ali]] leben im Libanon. Ich stelle den Antrag nach § 74 SGB XII.

Mit freundlichen Grüßen
[[P|Fatima Chahrour]]
[[A|Emscherstraße 56]]
[[A|45891 Emscherhall]]

Am 16.09.2025 um 08:47 schrieb [[P|Oberbeck, Karl-Heinz]] <[[E|kh.oberbeck@emscherhall.de]]>:
> Sehr geehrte Frau [[P|Chahrour]],
> mein herzliches Beileid. Eine Bestattung ohne Sarg ist auf Grabfeld 21 möglich. Können Sie die Kosten selbst tragen?
> Sozialamt, Bestattungen
>
>> Am 15.09.2025 um 22:13 schrieb [[E|fatima.chahrour@web.de]]:
>> Guten Abend, mein Vater [[P|Ahmad Chahrour]], geb. [[DOB|04.04.1950]], ist heute im Bergmannsheil verstorben. Wir wohnten zusammen in der Emscherstraße.
""")

# ---------------------------------------------------------------- 024 Schuldnerberatung bestreitet Forderung
doc("word", "inkasso", [], f"""
Diakonisches Werk im Kirchenkreis Emscherhall – Schuldner- und Insolvenzberatung
[[N|Overwegstraße 8]] · [[N|45891 Emscherhall]]

Ruhr-Kredit Inkasso KG
[[N|Postfach 20 11 45]]
[[N|44011 Dortmund]]

Ihr Zeichen: [[AZ|RK-7731-2025-0419]]
Mandantin: Frau [[P|Samira El-Zein]], [[A|Brauckstraße 5]], [[A|45891 Emscherhall]]

Sehr geehrte Damen und Herren,

wir beraten Frau [[P|El-Zein]] (geb. [[DOB|01.03.1948]]); eine Vollmacht liegt bei. Die Forderung wird in voller Höhe bestritten. Unsere Mandantin hat nie einen Mobilfunkvertrag abgeschlossen; die im Vertrag genannte Anschrift [[A|Brauckstraße 15]] ist nicht ihre, und die Unterschrift stammt nicht von ihr. Strafanzeige wegen Identitätsmissbrauchs ist erstattet (Vorgangsnummer [[AZ|2025-118843]]).

Die von ihrem Sohn, Herrn [[P|Karim El-Zein]], irrtümlich gezahlten 89,00 EUR erstatten Sie bitte auf das Konto unserer Mandantin, IBAN [[IBAN|{I024}]]. Von einer Meldung an die SCHUFA bitten wir abzusehen.

Mit freundlichen Grüßen
[[P|Annegret Schulte-Bäcker]]
Dipl.-Sozialpädagogin
""")

# ---------------------------------------------------------------- 025 Nichte aus Polen
doc("outlook", "erben", [], f"""
Betreff: Erbe [[P|Tadeusz Zieliński]] – Ausschlagung und Rechnung
Von: [[P|Marta Zielińska]] <[[E|marta.zielinska@wp.pl]]>

Dzień dobry, guten Tag,

ich habe Ihren Brief vom 2. Mai bekommen wegen meinem Onkel, der in [[A|Schlägel-und-Eisen-Straße 21]] gewohnt hat. Wir hatten keinen Kontakt seit 30 Jahren. Ich habe das Erbe beim Gericht in Opole ausgeschlagen (Kopie im Anhang), er hatte nur Schulden, sagt der Nachlasspfleger Rechtsanwalt Dr. [[P|Fischer]].

Aber ich habe 120 Euro für Urkunden bezahlt (Ihr Az. [[AZ|50.3-BA-0102/25]]). Bitte zurück auf mein Konto:
IBAN [[IBAN|{I025}]]

Adresse: [[A|ul. Piastowska 14]] [[N|m. 3]], [[A|45-081 Opole]], Polska

Entschuldigung für mein Deutsch.
Pozdrawiam
[[P|Marta]]
""")

# ---------------------------------------------------------------- 026 Niederschrift Witwenrente
doc("word", "knappschaft", ["POLITICS", "UNION"], f"""
Stadt Emscherhall – Versicherungsamt
Niederschrift über die Aufnahme eines Antrags auf Witwenrente (Knappschaft-Bahn-See)

Aufgenommen am 03.07.2025, Az. [[AZ|50.6-VA-0288/25]]

Antragstellerin: [[P|Vasiliki Karagianni]], geb. [[DOB|14.09.1948]] in Kozani
Anschrift: [[A|Hugostraße 22]], [[A|45894 Emscherhall]]
Personalausweis: [[IDC|{IDC026}]]
Steuer-ID: [[TID|{TID026}]]
KVNR: [[KV|{KV026}]]

Verstorbener: [[P|Konstantinos Karagiannis]], gest. 11.06.2025, Vers.-Nr. [[SSN|{S026}]]

Versicherungsverlauf: Herr [[P|Karagiannis]] war 1970–2001 im Steinkohlenbergbau beschäftigt. Für 1967–1969 gibt die Antragstellerin an, ihr Mann sei als Mitglied der damals verbotenen KKE von der Militärjunta auf Leros interniert gewesen; die griechische Bescheinigung über die Anerkennung als politisch Verfolgter wird nachgereicht. In Deutschland war er Mitglied der IG Bergbau und Energie und viele Jahre Betriebsrat.

Die Antragstellerin wurde von ihrer Tochter begleitet, die übersetzt hat.

[[P|S. Öztürk]], Versicherungsamt
""")

# ---------------------------------------------------------------- 027 Lebensgefährte
doc("outlook", "bestattung", ["SEXUAL_ORIENTATION"], f"""
Betreff: Bestattung meines Partners – darf ich das übernehmen?

Sehr geehrte Damen und Herren,

mein Lebensgefährte [[P|Jannis Stavridis]] (geb. [[DOB|30.12.1958]] in Drama) ist am Sonntag verstorben. Wir waren 22 Jahre ein Paar, haben aber nie geheiratet – als schwules Paar unserer Generation hat man das lieber nicht an die große Glocke gehängt. Der Bestatter sagt, ich darf nichts entscheiden, zuerst müsse seine Schwester [[P|Despina Stavridou]] in Thessaloniki gefragt werden.

[[P|Jannis]] wollte eingeäschert und im Ruhewald beigesetzt werden. Ich zahle die Bestattung sofort von meinem Konto [[IBAN|{I027}]] (noch aus Wien). Reicht eine schriftliche Zustimmung der Schwester? Letzte Adresse war unsere Wohnung [[A|Flöz-Sonnenschein-Weg 5]], [[A|45896 Emscherhall]].

Erreichbar unter [[T|0049 170 3358 221]].

Mit freundlichen Grüßen
[[P|Thorsten Reinecke]]
""")

# ---------------------------------------------------------------- 028 Beglaubigung Vorsorgevollmacht
doc("word", "betreuung", [], f"""
Stadt Emscherhall – Betreuungsbehörde – Urkundsperson nach § 7 BtOG

Öffentliche Beglaubigung einer Unterschrift (Urkundenrolle [[N|UR 118/2025]])

Die Unterschrift unter der Vorsorgevollmacht vom 04.06.2025 wurde heute vor mir vollzogen von

Frau [[P|Ljubica Marković]] geb. [[P|Đorđević]], geboren am [[DOB|26.10.1938]] in Kragujevac,
wohnhaft [[A|Johannastraße 17]], [[A|45896 Emscherhall]],
ausgewiesen durch Personalausweis Nr. [[IDC|{IDC028}]].

Bevollmächtigter: Herr [[P|Nenad Marković]], wohnhaft in Luxemburg, ausgewiesen durch Reisepass Nr. [[PASS|{P028}]].

Gebühr nach § 7 Abs. 4 BtOG: 10,00 EUR (Quittung Nr. 2025-0456).

Emscherhall, 05.06.2025
[[P|Lohmann-Yılmaz]], Urkundsperson
""")

# ---------------------------------------------------------------- 029 Telefonnotiz Parkkralle
doc("outlook", "vollstreckung", [], f"""
Betreff: Telefonnotiz: Herr [[P|Iwanenko]] / Parkkralle

Hallo zusammen,

eben rief Herr [[P|Bohdan Ivanenko]] an (im Bescheid „[[P|Iwanenko]]“, im ukr. Pass Nr. [[PASS|{P029}]] „[[P|Ivanenko]]“ – bitte abgleichen). Sein VW Passat [[KFZ|RE-BI 2207]] hat heute eine Parkkralle vom Vollziehungsdienst bekommen, wegen offener Unterkunftsgebühren (Kassenzeichen [[AZ|5.2024.411907]], 1.318,00 EUR). Die Mahnung habe er nie bekommen, weil er seit März bei seiner Lebensgefährtin [[P|Oksana Melnyk]] in der [[A|Bochumer Straße 91a]] wohnt.

Er braucht das Auto für die Frühschicht in Bottrop. Bitte heute zurückrufen: [[T|+380 67 412 3309]] (deutsches Handy hat er noch nicht).

VG [[P|Jana]], Bürgerbüro Schalter 4
""")

# ---------------------------------------------------------------- 030 Ausschussvorlage (fast nur Negative)
doc("word", "sozialausschuss", [], """
Stadt Emscherhall                                        Drucksache Nr. 0456/2025 – öffentlich
Der Bürgermeister · Dezernat III · Fachbereich 50 Soziales

Sachstandsbericht Schuldner- und Insolvenzberatung sowie Energieschuldenprävention 2024

Beratungsfolge: Ausschuss für Soziales, Senioren und Gesundheit, 11.09.2025; Haupt- und Finanzausschuss, 25.09.2025
Berichterstattung: Beigeordneter [[P|Dr. Frank Terhorst]]

1. Ausgangslage
Mit Beschluss vom 14.12.2023 (Drucksache 0872/2023) hat der Rat die Verwaltung beauftragt, jährlich über die Arbeit der Schuldner- und Insolvenzberatung, die Übernahme von Energieschulden nach § 36 SGB XII und § 22 Abs. 8 SGB II sowie über die Bestattungen von Amts wegen nach § 14 OBG NRW zu berichten. Die Schuldnerberatung wird im Auftrag der Stadt vom Diakonischen Werk und vom Caritasverband durchgeführt (Leistungsvereinbarung vom 01.01.2022, Laufzeit bis 31.12.2026). Die Stadt trägt 85 % der Personalkosten, im Haushaltsjahr 2024 insgesamt 612.400 EUR (Produkt 05.310.02).

2. Fallzahlen Schuldnerberatung
Im Jahr 2024 wurden 1.214 Haushalte beraten (2023: 1.087, 2022: 1.019). Die durchschnittliche Verschuldung betrug 28.440 EUR, der Median 14.900 EUR. Häufigste Gläubiger waren Telekommunikationsunternehmen (61 % der Haushalte), Energieversorger (44 %), Vermieter (31 %) und Inkassounternehmen als Forderungskäufer (29 %). 203 Verbraucherinsolvenzverfahren wurden vorbereitet, 164 Bescheinigungen nach § 903 ZPO für Pfändungsschutzkonten ausgestellt. Die Wartezeit auf einen Ersttermin lag im Jahresmittel bei 6,5 Wochen; für Haushalte mit angedrohter Strom- oder Gassperre gibt es eine offene Sprechstunde montags von 9 bis 12 Uhr.

3. Energieschulden
312 Haushalte hatten Energieschulden, 141 davon mit angedrohter Sperre. In 88 Fällen wurden Darlehen nach § 36 SGB XII oder § 22 Abs. 8 SGB II gewährt (Gesamtvolumen 163.218,40 EUR, durchschnittlich 1.854,75 EUR). 23 Sperren konnten durch Ratenvereinbarungen mit den Stadtwerken abgewendet werden, die seit dem 01.04.2024 vor jeder Sperrung in Haushalten mit Kindern unter drei Jahren die Beratungsstelle informieren (Kooperationsvereinbarung vom 18.03.2024). Die Rückflüsse aus Darlehen beliefen sich auf 58.311,20 EUR.

4. Bestattungen von Amts wegen
2024 hat das Sozialamt 97 Bestattungen von Amts wegen veranlasst (2023: 81). In 61 Fällen wurden die Kosten nach § 74 SGB XII ganz oder teilweise übernommen. Die Erbenermittlung dauerte im Mittel 4,2 Monate; in 19 Fällen waren Angehörige im Ausland zu ermitteln. Für die muslimischen Grabfelder auf dem Friedhof Emscherhall-Nord (Feld 21 und 22) liegt eine Erweiterungsplanung vor (Friedhofsentwicklungsplan, Drucksache 0198/2025).

5. Prävention
Die VHS-Kurse „Mit dem Geld auskommen“ (Kurs-Nr. 25-114 und 25-115) und „Energie sparen im Winter“ (Kurs-Nr. 25-207) hatten 146 Teilnehmende. Ein ehrenamtlicher Koch leitet im Stadtteilzentrum die Gruppe „Günstig kochen“, das Brot spendet ein Bäcker aus Emscherhall-Nord. Das Projekt „Stromspar-Check“ hat 211 Haushalte besucht und Geräte im Wert von 18.300 EUR ausgegeben.

6. Räumliche Entwicklung
Die Beratung zieht 2026 von der Kurt-Schumacher-Allee in das ehemalige Verwaltungsgebäude der Zeche Hugo (Bebauungsplan Nr. 214 „Schacht Hugo Ost“, Satzungsbeschluss Drucksache 0311/2024). Die Umbaukosten betragen 1,2 Mio. EUR (Haushaltsstelle 5.310.02.7810), davon 60 % aus dem Förderprogramm „Soziale Stadt Emscher“ (Zuwendungsbescheid vom 30.06.2025).

7. Kontakt
Schuldnerberatung, [[N|Overwegstraße 8]], [[N|45891 Emscherhall]], [[N|02366 9187-0]], [[N|schuldnerberatung@diakonie-emscherhall.de]]; Sozialamt [[N|sozialamt@emscherhall.de]], [[N|02366 303-0]].
Ansprechpartnerin in der Verwaltung: [[P|Gabriele Wenning]], Tel. [[T|02366 303-5001]], [[E|g.wenning@emscherhall.de]]

Beschlussvorschlag: Der Ausschuss nimmt den Bericht zur Kenntnis.

Emscherhall, 18.08.2025
Der Bürgermeister
In Vertretung
[[P|Dr. Frank Terhorst]]
""")


# ---------------------------------------------------------------- independent validity checks
def iban_ok(v):
    s = v.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def luhn_ok(v):
    d = [int(c) for c in v if c.isdigit()]
    return luhn_check("".join(map(str, d[:-1]))) == d[-1]


def ssn_ok(v):
    s = v.replace(" ", "")
    code = ord(s[8]) - 64
    vals = [int(c) for c in s[:8]] + [code // 10, code % 10] + [int(c) for c in s[9:11]]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum((x * y) // 10 + (x * y) % 10 for x, y in zip(vals, w)) % 10 == int(s[11])


def kv_ok(v):
    code = ord(v[0]) - 64
    vals = [code // 10, code % 10] + [int(c) for c in v[1:9]]
    return sum(((x * (1 if i % 2 == 0 else 2)) // 10 + (x * (1 if i % 2 == 0 else 2)) % 10)
               for i, x in enumerate(vals)) % 10 == int(v[9])


def taxid_ok(v):
    s = v.replace(" ", "")
    return len(s) == 11 and s[0] != "0" and mod11_10_check(s[:10]) == int(s[10])


def vat_ok(v):
    return v.startswith("DE") and len(v) == 11 and mod11_10_check(v[2:10]) == int(v[10])


def nl_ok(v):
    acct = v.replace(" ", "")[8:]
    return sum(int(d) * (10 - i) for i, d in enumerate(acct)) % 11 == 0


def pl_ok(v):
    s = v.replace(" ", "")[4:]
    return (10 - sum(int(d) * w for d, w in zip(s[:7], (3, 9, 7, 1, 3, 9, 7))) % 10) % 10 == int(s[7])


CHECKS = {"IBAN": iban_ok, "CREDIT_CARD": luhn_ok, "SOCIAL_SECURITY": ssn_ok, "HEALTH_INSURANCE": kv_ok,
          "TAX_ID": taxid_ok, "VAT_ID": vat_ok}


def main():
    assert len(DOCS) == 30
    rows = []
    for i, (channel, template, flags, marked) in enumerate(DOCS, 1):
        rows.append(build(f"F53-{i:03d}", channel, template, marked, flags))
    for row in rows:
        for e in row["entities"] + row["neutral"]:
            assert row["text"][e["start"]:e["end"]] == e["text"]
        for e in row["entities"]:
            check = CHECKS.get(e["category"])
            if check:
                assert check(e["text"]), (row["id"], e)
            if e["category"] == "IBAN" and e["text"].startswith("NL"):
                assert nl_ok(e["text"]), e
            if e["category"] == "IBAN" and e["text"].startswith("PL"):
                assert pl_ok(e["text"]), e
        for n in row["neutral"]:
            if n["text"].startswith("DE") and n["text"][2:4].isdigit():
                assert iban_ok(n["text"]), n
    with open(os.path.join(HERE, "fresh53.jsonl"), "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")

    cats = Counter(e["category"] for r in rows for e in r["entities"])
    flags = Counter(f for r in rows for f in r["specialCategories"])
    channels = Counter(r["channel"] for r in rows)
    n_ent = sum(cats.values())
    n_neu = sum(len(r["neutral"]) for r in rows)
    no_flag = sum(1 for r in rows if not r["specialCategories"])
    cat_txt = ", ".join(f"{k} {v}" for k, v in cats.most_common())
    flag_txt = ", ".join(f"{k} {v}" for k, v in flags.most_common())
    readme = (
        "# Batch 53 – Stadt Emscherhall (held-out)\n\n"
        f"{len(rows)} documents (F53-001 … F53-030; {channels['word']} Word, {channels['outlook']} Outlook) from the "
        "invented Ruhr city Stadt Emscherhall: Sozialamt (Grundsicherung Bescheid, Hilfe zur Pflege, Bestattung von "
        "Amts wegen with a Vermerk, a Leistungsbescheid to an heir and a list of heirs), Schuldnerberatung (creditor "
        "tables, an insolvency data sheet, a letter disputing an Inkasso claim), Energieschulden (forwarded "
        "Sperrandrohung, an application form), Gerichtsvollzieher and Inkasso letters, Betreuungsbehörde (Sozialbericht, "
        "home-visit protocol, Beglaubigung of a Vorsorgevollmacht), Versicherungsamt/Knappschaft (a miner with "
        "silicosis, a widow's pension record), phone notes, a holiday handover and a committee report; writers are "
        "Polish, Turkish, Ghanaian, Lebanese, Serbian (Roma), Greek, Vietnamese and Ukrainian families, elderly people "
        "and relatives writing for them, in formal German, lower-case mails with typos, English-German mixes and "
        "quoted/forwarded chains. "
        f"{n_ent} labelled entities: {cat_txt}; {n_neu} neutral spans. Flags: {flag_txt}; {no_flag} documents carry "
        "none. Hard negatives: the city's Postfach, office address, switchboard, functional mailboxes and Stadtkasse "
        "IBAN, a Gerichtsvollzieher's Dienstkonto and an Inkasso account (neutral), apartment details (2. OG, EG "
        "rechts, m. 3), invoice/Quittung/Abrechnung/course/Drucksache/Haushaltsstelle numbers, a meter number, "
        "Bebauungsplan Nr. 214, amounts, § references, non-birth dates, street names without number (Bergstraße, "
        "Kurt-Schumacher-Allee, Emscherstraße), Zeche Hugo/Ewald and St. Barbara, and Vogel and Winter used both as nouns and as "
        "surnames, Koch and Bäcker(ei) as nouns beside the surname Schulte-Bäcker. Identifiers come from identifiers.py (seed 5353) and are "
        "re-checked (IBAN mod 97 incl. NL elfproef and PL sort-code check, Luhn, Steuer-ID/USt-IdNr mod 11,10, "
        "Rentenversicherungsnummer, KVNR); Ghanaian, Serbian and Ukrainian passport numbers have no check digit.\n")
    with open(os.devnull, "w", encoding="utf-8") as f:
        f.write(readme)
    print(f"{len(rows)} documents, {n_ent} entities, {n_neu} neutral")
    print(dict(cats))
    print(dict(flags), "no flag:", no_flag, dict(channels))


if __name__ == "__main__":
    main()
