#!/usr/bin/env python3
"""Batch 35: a held-out set for the German PII detector, written blind.

Setting: the invented Landkreis Wesermarsch-Süd (Lower Saxony) and its towns Harlinghausen (Kreisstadt), Weserbrück,
Moordeich, Groß Elmsfleth and Tjadenhusen; Jobcenter, Wohngeldstelle, Gesundheitsamt, Veterinäramt,
Führerscheinstelle, Bauaufsicht, Kreiskasse. Writes fresh35.jsonl (dev.jsonl format) next to this file.
"""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, "/work/main/tests/KiOfficeAddin.Guardrails.Tests/Pii/Corpus")

from marks import build  # noqa: E402
from identifiers import (Identifiers, mod97_iban, mod11_10_check, luhn_check,  # noqa: E402
                         digit_sum, group)

SEED = 3535035
ids = Identifiers(SEED)
rng = ids.rng


# ---------------------------------------------------------------- identifiers and their checks
def iban_ok(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def nl_account():
    while True:
        acc = ids.digits(10, first_nonzero=True)
        if sum(int(d) * (10 - i) for i, d in enumerate(acc)) % 11 == 0:
            return acc


def iban_nl(bank):
    return mod97_iban("NL", bank + nl_account())


def pl_sort_code(bank3):
    head = bank3 + ids.digits(4)
    check = (10 - sum(int(d) * w for d, w in zip(head, (3, 9, 7, 1, 3, 9, 7))) % 10) % 10
    return head + str(check)


def iban_pl(bank3):
    return mod97_iban("PL", pl_sort_code(bank3) + ids.digits(16))


def iban_at():
    return mod97_iban("AT", ids.rng.choice(["20404", "32000", "14000", "12000"]) + ids.digits(11))


def tax_id_ok(t):
    t = t.replace(" ", "")
    counts = [t[:10].count(d) for d in "0123456789"]
    return (len(t) == 11 and t[0] != "0" and max(counts) <= 3 and sum(1 for c in counts if c >= 2) == 1
            and int(t[10]) == mod11_10_check(t[:10]))


def vat_ok(v):
    return v.startswith("DE") and len(v) == 11 and int(v[10]) == mod11_10_check(v[2:10])


def ssn_ok(s):
    s = s.replace(" ", "")
    code = ord(s[8]) - ord("A") + 1
    values = [int(c) for c in s[:8]] + [code // 10, code % 10] + [int(c) for c in s[9:11]]
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum(digit_sum(v * w) for v, w in zip(values, weights)) % 10 == int(s[11])


def kvnr_ok(k):
    code = ord(k[0]) - ord("A") + 1
    values = [code // 10, code % 10] + [int(c) for c in k[1:9]]
    return sum(digit_sum(v * (1 if i % 2 == 0 else 2)) for i, v in enumerate(values)) % 10 == int(k[9])


def luhn_ok(c):
    c = c.replace(" ", "").replace("-", "")
    return luhn_check(c[:-1]) == int(c[-1])


def creditor_id(national):
    # SEPA creditor identifier: check digits over the national part + DE00, business code ZZZ excluded.
    check = mod97_iban("DE", national)[2:4]
    return f"DE{check}ZZZ{national}"


def sp_ssn(s):
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"


def sp_tid(t):
    return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"


def nds_tax_number():
    # Lower Saxony layout FF/BBB/UUUUP (layout only, like the NRW generator).
    return f"{rng.choice(['64', '57', '71', '17'])}/{ids.digits(3)}/{ids.digits(5)}"


def nds_tax_number_federal():
    # 13-digit federal form: 23 (Lower Saxony) + FF + 0 + BBB + UUUUP.
    return "23" + rng.choice(["64", "57", "71"]) + "0" + ids.digits(8)


KREISKASSE_IBAN = group(ids.iban_de(), 4)          # the authority's own account: neutral
IBAN_POPESCU = group(ids.iban_de(), 4)
IBAN_JANSSEN = ids.iban_de()
IBAN_FRIESEN = group(ids.iban_de(), 4)
IBAN_NOWAK_PL = group(iban_pl("109"), 4)
IBAN_RUSU_NL = group(iban_nl("RABO"), 4)
IBAN_RUSU_AT = iban_at()
GLAEUBIGER_ID = creditor_id("0000" + ids.digits(7))  # the authority's creditor id: neutral

TNR_JANSSEN = nds_tax_number()
TNR_KOVALENKO = nds_tax_number()
TNR_RUSU = nds_tax_number_federal()
VAT_JANSSEN = ids.vat_id()
VAT_DEVRIES = ids.vat_id()
TID_FRIESEN = ids.tax_id()
TID_KOVALENKO = ids.tax_id()
TID_RUSU = ids.tax_id()

IDC_SCHMIDT = ids.id_card(check_digit=False)
IDC_GASPARYAN_EAT = ids.id_card(check_digit=True)
IDC_SCHROEDER = ids.id_card(check_digit=True)

SSN_KAMINSKI = ids.social_security("150385", "K")
SSN_YILDIRIM = ids.social_security("010770", "Y")
SSN_RUSU = ids.social_security("170286", "R")

KV_YUSUF = ids.health_insurance()
KV_KAMINSKI = ids.health_insurance()
KV_KOVALENKO = ids.health_insurance()

CC_NOWICKA = group(ids.credit_card("4", 16), 4)
CC_KUHLMANN = group(ids.credit_card("52", 16), 4, "-")
_amex = ids.credit_card("37", 15)
CC_OKAFOR = f"{_amex[:4]} {_amex[4:10]} {_amex[10:]}"

for value in [KREISKASSE_IBAN, IBAN_POPESCU, IBAN_JANSSEN, IBAN_FRIESEN, IBAN_NOWAK_PL, IBAN_RUSU_NL, IBAN_RUSU_AT]:
    assert iban_ok(value), value
assert iban_ok(GLAEUBIGER_ID[:4] + GLAEUBIGER_ID[7:])
for value in [TID_FRIESEN, TID_KOVALENKO, TID_RUSU]:
    assert tax_id_ok(value), value
for value in [VAT_JANSSEN, VAT_DEVRIES]:
    assert vat_ok(value), value
for value in [SSN_KAMINSKI, SSN_YILDIRIM, SSN_RUSU]:
    assert ssn_ok(value), value
for value in [KV_YUSUF, KV_KAMINSKI, KV_KOVALENKO]:
    assert kvnr_ok(value), value
for value in [CC_NOWICKA, CC_KUHLMANN, CC_OKAFOR]:
    assert luhn_ok(value), value

# ---------------------------------------------------------------- the authority (neutral)
LK_HEAD = "Landkreis Wesermarsch-Süd · Der Landrat"
LK_ADDR = "[[N|Am Kreishaus 1]] · [[N|26935 Harlinghausen]]"
LK_FON = "[[N|04731 9212-0]]"

DOCS = []


def doc(channel, template, flags, marked):
    DOCS.append((channel, template, marked.strip("\n"), flags))


# ---------------------------------------------------------------- 001 Jobcenter, informal mail, Polish family
doc("outlook", "jobcenter", [], """
Von: [[P|Katarzyna Wiśniewska]] <[[E|kasia.wisniewska88@wp.pl]]>
Gesendet: Dienstag, 4. März 2025 22:47
An: [[N|Jobcenter-Wesermarsch-Sued@jobcenter-ge.de]]
Betreff: WBA + lohnzettel , BG [[AZ|27804BG0041178]]

hallo frau [[P|Meinders]],

sorry das ich so spät schreibe, wir hatten viel schicht diesen monat. hier die lohnzettel von januar und februar für mich und meinen mann [[P|tomasz]]. er hat seit februar nachtschicht in der fleischfabrik, deswegen ist das geld im februar mehr, im märz wird es wieder weniger. die kita rechnung für [[P|Zuzia]] ist auch dabei (Rechnung Nr. KT-2025-0217, 164,50 €).

adresse ist immer noch die gleiche, [[A|Am Sieltief 9a]], [[A|27804 Moordeich]]. wenn noch was fehlt bitte anrufen [[T|0157 3418 2290]], aber erst ab 14 uhr, vorher schlafe ich.

pozdrawiam / viele grüße
[[P|kasia]]
""")

# ---------------------------------------------------------------- 002 Wohngeld Bescheid
doc("word", "wohngeld", [], f"""
{LK_HEAD} · Fachdienst Soziales – Wohngeldstelle
{LK_ADDR}

Herrn
[[P|Ionuț Popescu]]
[[A|Butjadinger Weg 23]]
[[N|Whg. 4]]
[[A|26919 Weserbrück]]

Unser Zeichen: [[AZ|WG 3.2-0817/2025]]
Auskunft erteilt: [[P|Janna Tjaden]]
Durchwahl: [[T|04731 9212-318]]
E-Mail: [[E|janna.tjaden@lk-wesermarsch-sued.de]]
Datum: 14.04.2025

Bescheid über die Bewilligung von Wohngeld (Mietzuschuss)

Sehr geehrter Herr [[P|Popescu]],

auf Ihren Antrag vom 03.02.2025 wird Ihnen für die Zeit vom 01.02.2025 bis 31.01.2026 Wohngeld in Höhe von monatlich 312,00 EUR bewilligt (§§ 19, 25 WoGG).

1. Berechnungsgrundlagen

Bei der Berechnung wurden vier Haushaltsmitglieder berücksichtigt: Sie, Ihre Ehefrau [[P|Mirela Popescu]] sowie die Kinder [[P|Andrei]] und [[P|Ioana]]. Die Stadt Weserbrück ist der Mietenstufe II zugeordnet.

Berücksichtigte Miete (Höchstbetrag nach § 12 WoGG)                 690,00 EUR
Entlastungsbetrag Heizkosten (§ 12 Abs. 6 WoGG)                     +   148,80 EUR
Klimakomponente (§ 12 Abs. 7 WoGG)                                  +    62,80 EUR
Zu berücksichtigende Miete                                              901,60 EUR

Jahreseinkommen aus nichtselbständiger Arbeit (Antragsteller)        28.412,00 EUR
Einkommen aus geringfügiger Beschäftigung (Ehefrau)                   6.456,00 EUR
Kindergeld (bleibt nach § 14 Abs. 2 WoGG unberücksichtigt)                0,00 EUR
Werbungskostenpauschale (§ 16 WoGG)                                  – 1.230,00 EUR
Pauschaler Abzug 30 % (§ 16 Abs. 1 WoGG)                              – 10.091,40 EUR
Monatliches Gesamteinkommen                                            1.962,22 EUR

Aus der Tabelle zu § 19 WoGG ergibt sich für einen Haushalt mit vier Mitgliedern bei diesen Werten ein monatlicher Wohngeldbetrag von 312,00 EUR.

2. Auszahlung

Das Wohngeld wird monatlich im Voraus auf Ihr Konto [[IBAN|{IBAN_POPESCU}]] überwiesen. Die Nachzahlung für Februar bis April in Höhe von 936,00 EUR erfolgt gesondert in den nächsten Tagen. Bitte beachten Sie, dass Wohngeld nicht auf ein Konto Dritter gezahlt wird, wenn Sie nicht ausdrücklich zugestimmt haben.

3. Mitteilungspflichten (§ 27 WoGG)

Sie sind verpflichtet, der Wohngeldstelle unverzüglich mitzuteilen, wenn
- sich die Zahl der zu berücksichtigenden Haushaltsmitglieder verringert oder erhöht,
- Sie oder ein Haushaltsmitglied umziehen oder die Wohnung nicht mehr nutzen,
- sich die monatliche Miete oder Belastung um mehr als 15 Prozent verringert,
- sich das Gesamteinkommen um mehr als 15 Prozent erhöht,
- ein Haushaltsmitglied Leistungen nach dem SGB II oder dem SGB XII beantragt.

Wer eine Änderung nicht oder nicht rechtzeitig mitteilt, handelt ordnungswidrig (§ 37 WoGG); die Ordnungswidrigkeit kann mit einer Geldbuße bis zu 2.000,00 EUR geahndet werden. Zu Unrecht erhaltenes Wohngeld ist nach § 50 SGB X zu erstatten; Zahlungen bitte an die Kreiskasse, IBAN [[N|{KREISKASSE_IBAN}]], BIC NOLADE21BRA.

4. Datenabgleich

Die Wohngeldstelle ist nach § 33 WoGG berechtigt, zur Vermeidung rechtswidriger Inanspruchnahme regelmäßig einen automatisierten Datenabgleich mit der Deutschen Rentenversicherung, der Bundesagentur für Arbeit und dem Bundeszentralamt für Steuern durchzuführen. Dabei werden Name, Vorname, Geburtsdatum und Anschrift übermittelt.

5. Weiterleistungsantrag

Wohngeld wird nur für den oben genannten Bewilligungszeitraum gezahlt. Soll es ohne Unterbrechung weitergezahlt werden, stellen Sie bitte den Weiterleistungsantrag spätestens zwei Monate vor Ablauf, also bis zum 30.11.2025. Das Formular erhalten Sie online unter www.lk-wesermarsch-sued.de/wohngeld oder im Bürgerbüro (Erdgeschoss, Zimmer 0.12).

6. Hinweis zum Datenschutz

Ihre Daten werden nach Art. 6 Abs. 1 Buchst. e DSGVO in Verbindung mit §§ 23 ff. WoGG verarbeitet. Fragen richten Sie bitte an die Datenschutzbeauftragte des Landkreises, [[N|datenschutz@lk-wesermarsch-sued.de]].

Rechtsbehelfsbelehrung

Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Oldenburg, [[N|Schloßplatz 10]], [[N|26122 Oldenburg]], schriftlich oder zur Niederschrift der Urkundsbeamtin oder des Urkundsbeamten der Geschäftsstelle erhoben werden. Die Klage kann auch in elektronischer Form nach Maßgabe des § 55a VwGO eingereicht werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Tjaden]]
""")

# ---------------------------------------------------------------- 003 Gesundheitsamt, English-German mix, diabetes
doc("outlook", "gesundheitsamt", ["HEALTH"], f"""
Betreff: Schuleingangsuntersuchung - Termin / diabetes

Dear Sir or Madam, sehr geehrte Damen und Herren,

we received the letter for the Schuleingangsuntersuchung for my son [[P|Yusuf Al-Khatib]], born [[DOB|17.09.2019]]. Unfortunately the date 22.05. is not possible, because [[P|Yusuf]] has type 1 diabetes since last year and on this day we have the control appointment in the Diabetes-Ambulanz of the Klinikum Oldenburg.

Können wir bitte einen anderen Termin bekommen? Mein Deutsch ist nicht so gut, my husband [[P|Mahmoud]] speaks better German, you can call him: [[T|+49 176 2281 9034]]. He has also the Insulinplan from the doctor for the Schule.

[[P|Yusuf]]'s Versichertennummer (AOK) is [[KV|{KV_YUSUF}]], if you need it.

Our address: [[A|Hafenstraße 31]], [[A|26919 Weserbrück]]

Thank you / Danke
[[P|Rania Al-Khatib]]

Sent from my iPhone
""")

# ---------------------------------------------------------------- 004 Veterinäramt Aktenvermerk
doc("word", "veterinaeramt", [], """
Landkreis Wesermarsch-Süd – Veterinäramt
Aktenvermerk

Az.: [[AZ|39.2-VA-0261/25]]
Betrieb: Milchviehhaltung [[P|Oltmanns]] GbR, Registriernummer [[N|276 09 461 0027]]
Betriebsinhaber: [[P|Hinrich Oltmanns]], [[A|Moorweg 17]], [[A|26939 Groß Elmsfleth]]
Kontrolle am: 18.03.2025, 07:30 – 10:15 Uhr
Anlass: Tierschutzkontrolle nach anonymem Hinweis vom 11.03.2025

Anwesend: Herr [[P|Oltmanns]], der Melker [[P|Marius Dumitru]]; seitens des Veterinäramts [[P|Dr. med. vet. Femke Ahlers]] und eine Tierarzthelferin.

Feststellungen:
1. Im Liegeboxenlaufstall wurden 142 Milchkühe und 38 Jungrinder vorgefunden. Drei Kühe (Ohrmarken [[N|DE 03 461 22817]], [[N|DE 03 461 22904]], [[N|DE 03 461 23115]]) zeigten deutliche Lahmheiten; eine Behandlung war nicht dokumentiert.
2. Im Kälberstall fehlte in zwei Einzeliglus die Wasserversorgung. Nach Angaben von Herrn [[P|Dumitru]] sei die Leitung im Winter eingefroren und seitdem nicht repariert worden.
3. Die Netze über dem Futterlager sind beschädigt; Tauben und andere Vögel haben Zugang zur Silage.
4. Während der Kontrolle stand der Viehtransporter eines Viehhändlers aus Oldenburg (amtl. Kennzeichen [[KFZ|OL-GL 880]]) auf der Hofstelle; zwei Schlachtkühe wurden verladen, die Transportfähigkeit wurde geprüft und bestätigt.

Maßnahmen: Herrn [[P|Oltmanns]] wurde aufgegeben, die Tränken binnen 24 Stunden instand zu setzen und die lahmen Tiere tierärztlich behandeln zu lassen. Eine Anordnung nach § 16a TierSchG wird vorbereitet; Nachkontrolle in vier Wochen. Erreichbarkeit des Betriebsinhabers: mobil [[T|0171 4420 963]].

gez. [[P|F. Ahlers]]
""")

# ---------------------------------------------------------------- 005 Führerscheinstelle, forwarded by the daughter
doc("outlook", "fuehrerschein", [], f"""
Betreff: WG: Führerschein Umschreibung Papa

Hallo zusammen,

ich leite Ihnen die Mail von meinem Vater weiter, er kommt mit dem Online-Formular nicht klar. Bei Rückfragen gern auch an mich: [[T|0176 / 55 81 20 47]].

Viele Grüße
[[P|Olga Reimer]] (geb. [[P|Schmidt]])

---------- Forwarded message ---------
Von: [[P|Waldemar Schmidt]] <[[E|w.schmidt1961@mail.ru]]>
Date: Mo., 10. März 2025 um 19:02 Uhr
Subject: Führerschein
To: [[E|olga.reimer@gmx.de]]

Sehr geehrte Damen und Herren,
Ich heise [[P|Waldemar Schmidt]], geboren [[DOB|02.11.1961]] in Karaganda. Wohne seit 2019 in Deutschland, jetzt [[A|Tjadener Landstraße 112]] in [[A|26937 Tjadenhusen]]. Ich habe Führerschein aus Kasachstan Klasse B und C und möchte deutsche Führerschein machen. Mein Ausweis Nummer ist [[IDC|{IDC_SCHMIDT}]].
Was muss ich machen, brauche ich Sehtest und Erste Hilfe Kurs? Passbild habe ich schon biometrisch gemacht beim Fotografen in Brake.
Mit Gruß
[[P|W. Schmidt]]
""")

# ---------------------------------------------------------------- 006 Bauaufsicht, Anhörung
doc("word", "bauaufsicht", [], f"""
{LK_HEAD}
Fachdienst Bauaufsicht und Denkmalschutz
{LK_ADDR} · Telefon {LK_FON} · [[N|bauaufsicht@lk-wesermarsch-sued.de]]

Frau
[[P|Dr. Ulrike von der Heide]]
[[A|Achterstraße 4 b]]
[[A|26935 Harlinghausen]]

Az.: [[AZ|63.1-BV-0388/25]]
Bearbeiter: [[P|Torben Gerdes]], Zimmer 2.14, Tel. [[T|04731 9212-463]]
Datum: 07.05.2025

Bauvorhaben: Errichtung eines Wintergartens und einer Doppelgarage
Grundstück: [[A|Achterstraße 4 b]], Gemarkung Harlinghausen, Flur 3, Flurstück 112/7

Anhörung nach § 28 Verwaltungsverfahrensgesetz

Sehr geehrte Frau Dr. [[P|von der Heide]],

Ihr Bauantrag vom 12.03.2025 liegt im Geltungsbereich des Bebauungsplans Nr. 27 „Am Sieltief" der Stadt Harlinghausen. Die geplante Doppelgarage überschreitet die festgesetzte Baugrenze zur Elsflether Straße um 1,80 m; eine Befreiung nach § 31 Abs. 2 BauGB kommt nach derzeitigem Stand nicht in Betracht. Der Wintergarten ist dagegen genehmigungsfähig.

Ihr Entwurfsverfasser, Dipl.-Ing. [[P|Konstantinos Papadopoulos]] (Architekturbüro [[P|Papadopoulos]], [[E|k.papadopoulos@arch-papadopoulos.de]]), wurde in Kopie informiert. Der Eigentümer des Nachbargrundstücks, Herr [[P|Bernd Vogel]], hat im Rahmen der Nachbarbeteiligung Einwendungen gegen die Grenzbebauung erhoben; auf die Belange des Vogelschutzes (Brutplätze in der Hecke) hat auch die Untere Naturschutzbehörde hingewiesen.

Sie erhalten Gelegenheit, sich bis zum 06.06.2025 zu äußern oder geänderte Bauvorlagen einzureichen. Die Gebühr für die Prüfung des Wintergartens beträgt nach der Baugebührenordnung voraussichtlich 1.248,00 EUR.

Mit freundlichen Grüßen
Im Auftrag
[[P|Gerdes]]
""")

# ---------------------------------------------------------------- 007 Jobcenter, forwarded chain, Kurdish client
doc("outlook", "jobcenter", ["ETHNICITY", "POLITICS"], """
Von: [[P|Meyerhoff, Sandra]]
Gesendet: Mittwoch, 12. März 2025 10:26
An: Team 2 Leistung
Betreff: WG: Termin 19.03. – BG [[AZ|26935BG0039902]]

Hallo zusammen,

zur Info und bitte zur Akte: Die Kundin kann den Termin am 19.03. nicht wahrnehmen (Anhörung beim BAMF). Ich habe sie auf den 02.04. umgebucht.

Gruß
[[P|Sandra]]

[[P|Sandra Meyerhoff]]
Jobcenter Wesermarsch-Süd | Team 2 Leistung
[[N|Deichstraße 14]] | [[N|26935 Harlinghausen]]
Tel. [[T|04731 9330-227]]
[[E|sandra.meyerhoff@jobcenter-ge.de]]

Am 11.03.2025 um 21:53 schrieb [[P|Berivan Aydın]] <[[E|berivan.aydin@web.de]]>:
> Sehr geehrte Frau [[P|Meyerhoff]],
> ich muss leider den Termin am 19.03. absagen, weil ich an dem Tag meine Anhörung beim BAMF in Oldenburg habe. Ich bin Kurdin aus Diyarbakır, und mein Mann [[P|Serhat]] sitzt in der Türkei im Gefängnis, weil er für die HDP im Stadtrat war. Das Asylverfahren ist sehr wichtig für uns.
> Meine Tochter [[P|Dilan]] (geb. [[DOB|04.06.2014]]) geht jetzt in die Grundschule in Harlinghausen.
> Sie können mich erreichen unter [[T|0152 0417 3385]].
> Mit freundlichen Grüßen
> [[P|Berivan Aydın]]
> [[A|Lange Reihe 7]], [[A|26935 Harlinghausen]]
""")

# ---------------------------------------------------------------- 008 Gesundheitsamt, Tb contact list (table)
doc("word", "gesundheitsamt", ["HEALTH"], """
Landkreis Wesermarsch-Süd – Gesundheitsamt, Infektionsschutz
Umgebungsuntersuchung nach § 25 IfSG – Az. [[AZ|53.3-TB-0007/25]]

Indexfall: [[P|Piotr Zieliński]], geb. [[DOB|23.08.1979]], offene Lungentuberkulose, stationär im Klinikum seit 02.06.2025

Kontaktpersonen (Einladung zum IGRA-Test, Stand 10.06.2025):

Nr. | Name, Vorname | geb. | Anschrift | Telefon | Kontakt
1 | [[P|Zielińska, Agata]] | [[DOB|11.02.1982]] | [[A|Hafenstraße 8]], [[A|26919 Weserbrück]] | [[T|0151 2299 4731]] | Haushalt
2 | [[P|Zieliński, Kacper]] | [[DOB|30.09.2010]] | wie 1 | – | Haushalt
3 | [[P|Nguyen, Van Minh]] | [[DOB|05.03.1990]] | [[A|Huntestraße 44]], [[A|27804 Moordeich]] | [[T|0176 8012 5563]] | Arbeitskollege, gleiche Schicht

Bemerkungen: Der Arbeitgeber (Fleischwarenwerk Moordeich) wurde ohne Namensnennung des Indexfalls informiert. Der Test für [[P|Kacper]] erfolgt über den Kinderarzt.

Bearbeitung: [[P|Dr. Lina Hoffmann-Sadeghi]]
""")

# ---------------------------------------------------------------- 009 Wohngeld, three-line mail
doc("outlook", "wohngeld", [], """
Betreff: Re: Unterlagen [[AZ|WG 3.2-0904/2025]]

hallo frau [[P|tjaden]]
anbei die lohnabrechnung märz von meinem mann, die von april kommt nächste woche.
lg [[P|oksana bondarenko]]
""")

# ---------------------------------------------------------------- 010 Veterinäramt Gebührenbescheid, farmer
doc("word", "veterinaeramt", [], f"""
{LK_HEAD} · Veterinäramt
{LK_ADDR}

[[P|Gerd Janßen]]
Geflügelhof [[P|Janßen]] e.K.
[[A|Zum Außendeich 2]]
[[A|26939 Groß Elmsfleth]]

Kassenzeichen: [[AZ|5.2025.104417]]
Rechnungs-Nr.: VA-R-2025-1183
Datum: 22.05.2025

Gebührenbescheid – Veterinärbescheinigungen für den Versand von Bruteiern nach Polen

Sehr geehrter Herr [[P|Janßen]],

für die am 06.05., 13.05. und 20.05.2025 ausgestellten Gesundheitsbescheinigungen (TRACES-Nr. [[N|INTRA.DE.2025.0041187]], [[N|INTRA.DE.2025.0043502]], [[N|INTRA.DE.2025.0045919]]) werden nach der Gebührenordnung für die Veterinärverwaltung Gebühren von insgesamt 387,60 EUR festgesetzt. Wegen der Aufstallungspflicht (Geflügelpest) war jeweils eine klinische Untersuchung des Bestandes erforderlich.

Ihre Angaben laut Stammdatenblatt:
Steuernummer: [[TNR|{TNR_JANSSEN}]]
USt-IdNr.: [[VAT|{VAT_JANSSEN}]]
SEPA-Lastschriftmandat vom 14.01.2023, IBAN [[IBAN|{IBAN_JANSSEN}]]

Der Betrag wird am 05.06.2025 eingezogen. Mandatsreferenz: [[N|LKWMS-VA-000412]], Gläubiger-ID: [[N|{GLAEUBIGER_ID}]]. Sollten Sie das Mandat widerrufen haben, überweisen Sie bitte an die Kreiskasse, IBAN [[N|{KREISKASSE_IBAN}]].

Im Auftrag
[[P|Wiebke Stührenberg]]
""")

# ---------------------------------------------------------------- 011 Führerscheinstelle, English mail, Romanian worker
doc("outlook", "fuehrerschein", [], """
Betreff: driving licence / Führerschein Umtausch

hello,

my name is [[P|Florin-Adrian Munteanu]], i work since 2023 at the Werft in Moordeich (shift work). I have romanian driving licence cat. B and CE. My boss say i need german licence for the company truck?? Is this correct? EU licence is valid in germany no?

Also my car still have romanian numbers, [[KFZ|TM 07 FAM]] - must I change this? I live here: [[A|Am Bollwerk 19]], [[A|27804 Moordeich]].

For the identification I have only romanian passport (nr. [[PASS|058127394]]), the identity card is expired.

My phone [[T|+40 742 118 093]] or german [[T|0157 8830 2116]] (whatsapp)

thank you and sorry for my english/deutsch
[[P|Florin]]
""")

# ---------------------------------------------------------------- 012 Gesundheitsamt, § 43 IfSG certificate (no flag)
doc("word", "gesundheitsamt", [], """
Landkreis Wesermarsch-Süd – Gesundheitsamt
Bescheinigung gemäß § 43 Abs. 1 Nr. 1 Infektionsschutzgesetz

Herr [[P|Dimitrios Koch]]
geboren am [[DOB|14.07.1996]] in Thessaloniki
wohnhaft [[A|Kirchenstraße 3]], [[A|26937 Tjadenhusen]]

wurde am 16.04.2025 über die Tätigkeitsverbote und Verpflichtungen nach §§ 42 und 43 IfSG mündlich und schriftlich belehrt. Herr [[P|Koch]] wird ab 01.05.2025 als Koch in der Küche des Restaurants „Zum Anker" in Weserbrück tätig sein.

Herr [[P|Koch]] hat schriftlich erklärt, dass ihm keine Tatsachen für ein Tätigkeitsverbot bekannt sind. Die Belehrung ist vom Arbeitgeber alle zwei Jahre zu wiederholen.

Belehrungs-Nr. IfSG-43-2025-0612 · Gebühr 25,00 EUR (bar, Quittung 77182)

Harlinghausen, 16.04.2025
Im Auftrag
[[P|Merle Eilers]]
Hygieneinspektorin
""")

# ---------------------------------------------------------------- 013 Jobcenter, sick note, union
doc("outlook", "jobcenter", ["HEALTH", "UNION"], f"""
Betreff: Krankmeldung + Reha Antrag, BG [[AZ|27804BG0051273]]

Sehr geehrter Herr [[P|Rosenboom]],

ich bin seit 3. März krankgeschrieben (mittelschwere Depression, Erschöpfung), die AU-Bescheinigung ist im Anhang. Mein Hausarzt, Herr Dr. [[P|Wübbenhorst]], sagt ich soll eine Reha machen. Für den Antrag bei der Rentenversicherung brauchen Sie meine Versicherungsnummer: [[SSN|{sp_ssn(SSN_KAMINSKI)}]], Krankenkasse ist die AOK, Versichertennummer [[KV|{KV_KAMINSKI}]].

Zu dem Termin am 24.03. kann ich deswegen nicht kommen.

Wegen der Kündigung: der Betriebsrat und die NGG (ich bin da seit 2019 Mitglied) helfen mir, es gibt eine Klage beim Arbeitsgericht Oldenburg.

Mit freundlichen Grüßen
[[P|Dariusz Kamiński]]
[[A|Moorweg 5a]]
[[A|27804 Moordeich]]
Tel. [[T|0160 97 44 812]]
""")

# ---------------------------------------------------------------- 014 Bauaufsicht, Protokoll Ortstermin
doc("word", "bauaufsicht", [], """
Protokoll Ortstermin
Az.: [[AZ|63.2-BK-0119/25]] (Baukontrolle – ungenehmigte Nutzung einer Scheune zu Wohnzwecken)
Ort: Hofstelle [[A|Alter Postweg 27]], [[A|26937 Tjadenhusen]]
Datum/Zeit: 28.05.2025, 14:00–15:20 Uhr

Teilnehmende:
- [[P|Harm Wessels]], Eigentümer
- [[P|Irina Wessels]], Ehefrau des Eigentümers
- [[P|Radu Ionescu]], Bewohner der Scheune (Erntehelfer)
- [[P|Torben Gerdes]], Bauaufsicht
- Brandschutzprüfer der Kreisfeuerwehr

Feststellungen:
1. Im Obergeschoss der Scheune sind drei Wohneinheiten mit Küchenzeile und Dusche eingerichtet. Sie werden seit dem Winter 2023/24 ganzjährig bewohnt. Herr [[P|Ionescu]] gibt an, monatlich 280 EUR pro Person an Herrn [[P|Wessels]] zu zahlen.
2. Ein zweiter Rettungsweg fehlt; Rauchwarnmelder sind nicht vorhanden. Der Brandschutzprüfer stuft die Nutzung als akute Gefahr ein.
3. Herr [[P|Wessels]] erklärt, er habe 2022 bei der Gemeinde nachgefragt; Herr [[P|Vogel]] vom Bauamt habe die Nutzung „für die Saison" mündlich erlaubt. Eine Genehmigung liegt nicht vor. Der Fall ist Gegenstand der Drucksache 2025/117 des Bauausschusses.

Vereinbarungen:
- Die Wohnnutzung wird bis 30.06.2025 beendet; die Familie [[P|Ionescu]] zieht in eine Werkswohnung am Hafen.
- Bis dahin werden sofort Rauchwarnmelder installiert (Frist 02.06.2025).
- Rückfragen an Frau [[P|Wessels]], mobil [[T|0172 650 1193]].

Protokoll: [[P|T. Gerdes]]
""")

# ---------------------------------------------------------------- 015 Veterinäramt, Opferfest (religion)
doc("outlook", "veterinaeramt", ["RELIGION"], """
Betreff: Schafe schlachten zum Opferfest

Salam, guten Tag,

wir sind Muslime und möchten zum Opferfest (Eid al-Adha) im Juni zwei Schafe schlachten, so wie es in unserer Religion Pflicht ist. Letztes Jahr hat uns der Nachbar gesagt, das ist verboten zu Hause im Garten. Ist das richtig? Gibt es in der Nähe einen Schlachthof, wo man das halal machen darf, auch mit Betäubung?

Mein Schwager [[P|Omar Haddad]] hat einen Transporter ([[KFZ|BRA-OH 77]]), er kann die Schafe vom Hof [[P|Oltmanns]] holen und hinbringen.

Bitte antworten Sie an diese Mail oder rufen Sie an: [[T|0176 2234 8150]].

Vielen Dank
[[P|Abdulrahman Haddad]]
[[A|Huntestraße 18]], [[A|27804 Moordeich]]
[[E|abu.yazan.haddad@gmail.com]]
""")

# ---------------------------------------------------------------- 016 Wohngeld, Prüfbogen (form / table), church tax
doc("word", "wohngeld", ["RELIGION"], f"""
Wohngeldstelle – Prüfbogen Einkommensermittlung
Az.: [[AZ|WG 3.2-0562/2025]]          Sachbearbeitung: [[P|J. Tjaden]]

Antragsteller:    [[P|Friesen, Viktor]], geb. [[DOB|19.06.1972]] in Omsk
Anschrift:        [[A|Siedlerweg 14]], [[A|26919 Weserbrück]]
Steuer-ID:        [[TID|{TID_FRIESEN}]]
Bankverbindung:   [[IBAN|{IBAN_FRIESEN}]]

Haushaltsmitglieder:
Name              | Geburtsdatum | Verhältnis | Einkommen
[[P|Friesen, Lydia]]    | [[DOB|03.01.1975]]   | Ehefrau    | Minijob Gebäudereinigung, 538,00 EUR
[[P|Friesen, Dennis]]   | [[DOB|27.08.2007]]   | Sohn       | Ausbildungsvergütung 1.020,00 EUR

Einkommen Antragsteller: Maschinenführer in Wechselschicht; Lohnabrechnungen 01–03/2025, brutto durchschnittlich 3.186,00 EUR, Steuerklasse III, Konfession lt. Abrechnung: ev, Kirchensteuer 21,44 EUR; Schichtzulagen steuerfrei (§ 3b EStG), 212,00 EUR.
Abzug pauschal 30 % (§ 16 WoGG).

Rückfrage bei Frau [[P|Friesen]] am 09.04.2025 unter [[T|(04401) 93 77 210]]: Minijob besteht seit 01.02.2025, Arbeitsvertrag wird nachgereicht.
""")

# ---------------------------------------------------------------- 017 Gesundheitsamt, cystic fibrosis (genetic)
doc("outlook", "gesundheitsamt", ["HEALTH", "GENETIC"], """
Betreff: Kita-Platz / Attest – Mukoviszidose

Sehr geehrte Frau Dr. [[P|Hoffmann-Sadeghi]],

vielen Dank für das Gespräch gestern. Wie besprochen schicke ich Ihnen die Unterlagen für Ihre Stellungnahme an die Kita „Deichwichtel".

Bei unserer Tochter [[P|Eleni Papadaki]] (geb. [[DOB|08.11.2022]]) wurde im Neugeborenen-Screening und danach durch einen Gentest an der MHH eine Mukoviszidose festgestellt (F508del homozygot im CFTR-Gen). Mein Mann [[P|Nikos]] und ich sind beide Anlageträger, das hat die humangenetische Beratung ergeben. Laut [[P|Eleni]]s Kinderärztin braucht sie vor jeder Mahlzeit Enzyme und zweimal täglich eine Inhalation.

Die Kita fragt, ob sie wegen der Infektionsgefahr in eine kleinere Gruppe kann.

Unsere Daten:
[[P|Maria Papadaki]] und [[P|Nikolaos Papadakis]]
[[A|Am Pütt 3]]
[[A|26935 Harlinghausen]]
Tel. [[T|04731 60 39 81]]
[[E|maria.papadaki@t-online.de]]

Viele Grüße
[[P|Maria Papadaki]]
""")

# ---------------------------------------------------------------- 018 Führerscheinstelle, impersonation at the exam (biometric)
doc("word", "fuehrerschein", ["BIOMETRIC"], f"""
Straßenverkehrsamt – Führerscheinstelle
Vermerk: Verdacht auf Täuschung bei der theoretischen Fahrerlaubnisprüfung
Az.: [[AZ|FE-32.1-2025-00871]]

Bewerber: [[P|Artur Gasparyan]], geb. [[DOB|05.05.2001]], [[A|Hafenstraße 52]], [[A|26919 Weserbrück]]
Klasse B, Antrag vom 13.01.2025

Sachverhalt:
Am 03.06.2025 meldete der Prüfer der Technischen Prüfstelle, dass die zur Theorieprüfung erschienene Person nicht mit dem Bewerber identisch sei. Vorgelegt wurde ein Reisepass der Republik Armenien, Nr. [[PASS|AT0741268]].

Der biometrische Abgleich des bei der Prüfung aufgenommenen Gesichtsbildes mit dem Lichtbild aus dem Antrag ergab keine Übereinstimmung. Der anschließende Abgleich der Fingerabdrücke durch die Polizei mit den im elektronischen Aufenthaltstitel des Bewerbers (Dokumentennummer [[IDC|{IDC_GASPARYAN_EAT}]]) gespeicherten Abdrücken bestätigte dies: Bei der erschienenen Person handelt es sich um [[P|Aram Hakobyan]], geb. [[DOB|21.10.1998]], wohnhaft in Bremen.

Weiteres Vorgehen:
- Herr [[P|Gasparyan]] wurde mit Schreiben vom 05.06.2025 angehört (Frist 20.06.2025).
- Sperrfrist für eine erneute Prüfung: neun Monate (Anlage 7 Nr. 1.3 FeV).
- Strafanzeige wurde erstattet, Vorgangsnummer der Polizei 2025-0612-0433.

Bearbeitung: [[P|Okke Tammen]], Tel. [[T|04731 9212-541]]
""")

# ---------------------------------------------------------------- 019 Wohngeld, change of household (same-sex marriage)
doc("outlook", "wohngeld", ["SEXUAL_ORIENTATION"], """
Betreff: Wohngeld – Änderung Haushalt, Az. [[AZ|WG 3.2-0331/2024]]

Moin Frau [[P|Tjaden]],

kurze Info: mein Mann [[P|Jonas Wübbena]] ist zum 01.05. bei mir eingezogen, wir haben im April geheiratet :-) Er arbeitet als Pflegefachkraft in Schichten, ca. 2.900 brutto, die Gehaltsnachweise schicke ich nach. Muss ich einen neuen Antrag stellen oder reicht diese Mail? Die Miete bleibt gleich.

[[P|Jonas]]' alte Adresse war [[A|Feldstraße 9]] in Oldenburg, falls Sie das brauchen.

Beste Grüße
[[P|Mattis Hinrichs]]
[[A|Lange Reihe 22]], [[A|26935 Harlinghausen]]
[[T|0151 42 17 90 33]]
""")

# ---------------------------------------------------------------- 020 Jobcenter, Einladung
doc("word", "jobcenter", [], """
Jobcenter Wesermarsch-Süd
[[N|Deichstraße 14]] · [[N|26935 Harlinghausen]]

Frau
[[P|Nguyen Thi Thu Ha]]
[[A|Am Sieltief 21]]
[[A|27804 Moordeich]]

Ihr Ansprechpartner: [[P|Heiko Rosenboom]]
Telefon: [[T|04731 9330-214]]
Telefax: [[N|04731 9330-199]]
E-Mail: [[N|Jobcenter-Wesermarsch-Sued@jobcenter-ge.de]]
Kundennummer: [[AZ|412D087634]]
BG-Nummer: [[AZ|27804BG0044519]]
Datum: 16.05.2025

Einladung

Sehr geehrte Frau [[P|Nguyen]],

bitte kommen Sie am Dienstag, 27.05.2025 um 09:30 Uhr in das Jobcenter, Zimmer 1.07. Ich möchte mit Ihnen über Ihre berufliche Situation sprechen, insbesondere über die Anerkennung Ihres Abschlusses als Krankenpflegerin und den Berufssprachkurs B2.

Bitte bringen Sie mit: Ihren Pass oder Aufenthaltstitel, Ihre Zeugnisse mit Übersetzung und die Mitgliedsbescheinigung Ihrer Krankenkasse.

Dies ist eine Einladung nach § 59 SGB II in Verbindung mit § 309 SGB III. Kommen Sie ohne wichtigen Grund nicht, wird Ihr Bürgergeld für einen Monat um 10 Prozent des Regelbedarfs gemindert (§ 32 SGB II).

Mit freundlichen Grüßen
[[P|Rosenboom]]
""")

# ---------------------------------------------------------------- 021 Führerscheinstelle, epilepsy
doc("outlook", "fuehrerschein", ["HEALTH"], """
Betreff: Fahrerlaubnis nach Anfall – Gutachten Neurologin

Buongiorno, guten Tag Herr [[P|Tammen]],

wie telefonisch besprochen: ich hatte im Januar 2024 einen epileptischen Anfall, seitdem nehme ich Levetiracetam und bin seit 15 Monaten anfallsfrei. Meine Neurologin, Frau [[P|Dr. Chiara Bellini-Schulte]], hat das Gutachten geschrieben, ich schicke es als PDF mit.

Ich brauche das Auto dringend für die Arbeit (Frühschicht um 5 Uhr in der Fischfabrik, da fährt kein Bus). Mein Auto: [[KFZ|BRA-GR 318]].

Aktenzeichen von Ihrem Brief: [[AZ|FE-32.1-2025-00412]]
Geburtsdatum: [[DOB|30.04.1988]]

Grazie e saluti
[[P|Giuseppe Russo]]
[[A|Elsflether Straße 77]], [[A|26935 Harlinghausen]]
Handy [[T|0049 171 5530 824]]
""")

# ---------------------------------------------------------------- 022 Jobcenter, course participant list (table)
doc("word", "jobcenter", [], """
Jobcenter Wesermarsch-Süd – Maßnahmebetreuung
Teilnehmerliste „Berufssprachkurs B2 Pflege", Kurs-Nr. 412/25-WMS, Träger: Volkshochschule Wesermarsch-Süd
Kursbeginn 02.06.2025, Raum 3, Mo–Fr 08:30–12:45 Uhr; Kosten je Teilnehmer 1.840,00 EUR

Nr. | Name, Vorname | BG-Nummer | Telefon | Bemerkung
1 | [[P|Nguyen, Thi Thu Ha]] | [[AZ|27804BG0044519]] | [[T|0176 3321 0977]] | Anerkennungsverfahren läuft
2 | [[P|Mensah, Kwame]] | [[AZ|26935BG0050066]] | [[T|0152 3318 0724]] | –
3 | [[P|Tesfay, Selam]] | [[AZ|26919BG0038841]] | [[T|0157 7201 4465]] | Fahrtkosten beantragt
4 | [[P|Kovačević, Marija]] | [[AZ|26937BG0029137]] | – | Telefon abgemeldet, Kontakt über Tochter [[P|Ivana]]

Ansprechpartnerin beim Träger: [[P|Gesine Meiners-Vahl]], [[E|g.meiners-vahl@vhs-wms.de]]
Verteiler: Team 3 Markt & Integration, [[P|H. Rosenboom]]
""")

# ---------------------------------------------------------------- 023 Bauaufsicht, forwarded neighbour complaint
doc("outlook", "bauaufsicht", [], """
Von: Bauamt Gemeinde Weserbrück <[[N|bauamt@weserbrueck.de]]>
Gesendet: Montag, 14. April 2025 08:12
An: [[N|bauaufsicht@lk-wesermarsch-sued.de]]
Betreff: WG: Schwarzbau Nachbargrundstück Kirchenstraße

Sehr geehrte Kolleginnen und Kollegen,

zuständigkeitshalber leiten wir die nachstehende Beschwerde weiter. Das Grundstück liegt im Außenbereich, ein Bebauungsplan existiert nicht.

Mit freundlichen Grüßen
i. A. [[P|Frank Vogel]]
Gemeinde Weserbrück – Bauamt
Tel. [[T|04404 9871-22]]

-----Ursprüngliche Nachricht-----
Von: [[P|Heinz-Dieter Bäcker]] <[[E|hd.baecker@ewetel.net]]>
Gesendet: Samstag, 12. April 2025 17:40
An: [[N|bauamt@weserbrueck.de]]
Betreff: Schwarzbau Nachbargrundstück Kirchenstraße

Guten Tag,

mein Nachbar, Herr [[P|Sergej Lange]], [[A|Kirchenstraße 40]], baut seit Wochen ohne Genehmigung eine Halle hinter seinem Haus, direkt an meine Grenze. Da wird abends noch mit der Flex gearbeitet, auch sonntags. Sogar der Bäcker gegenüber hat sich schon beschwert. Ich habe ihn angesprochen, er sagt, einer vom Landkreis hätte das "mündlich erlaubt". Das glaube ich nicht.

Außerdem stehen dort Fahrzeuge ohne Kennzeichen und ein Anhänger mit polnischem Kennzeichen [[KFZ|PZ 4C751]].

Ich bitte um Prüfung, Fotos kann ich schicken. Meine Frau [[P|Renate]] ist tagsüber zu Hause, falls jemand vorbeikommen will: [[T|04404 2271]].

Mit freundlichen Grüßen
[[P|Heinz-Dieter Bäcker]]
[[A|Kirchenstraße 38]]
[[A|26919 Weserbrück]]
""")

# ---------------------------------------------------------------- 024 Kreiskasse, card chargebacks
doc("word", "kreiskasse", [], f"""
Kreiskasse – Vermerk: Rückbelastungen Kartenzahlung (Online-Bürgerservice), Mai 2025

Folgende Kreditkartenzahlungen wurden vom Zahlungsdienstleister zurückbelastet. Die Fachdienste werden gebeten, die Gebühren neu anzufordern.

1. Buchungs-Nr. 2025-05-004417 – Führerscheinstelle, Internationaler Führerschein, 16,30 EUR
   Karteninhaberin: [[P|Aleksandra Nowicka]], Visa [[CC|{CC_NOWICKA}]]
   Grund laut Bank: Karte als gestohlen gemeldet. Die Karteninhaberin wurde per E-Mail ([[E|ola.nowicka@o2.pl]]) informiert.

2. Buchungs-Nr. 2025-05-004952 – Veterinäramt, EU-Heimtierausweis und Tollwut-Titerbestimmung, 48,00 EUR
   Karteninhaber: [[P|Jörg Kuhlmann]], Mastercard [[CC|{CC_KUHLMANN}]]
   Grund: „Leistung nicht erhalten" – nach Rücksprache mit Herrn [[P|Kuhlmann]] ([[T|0173 2980 415]]) ein Missverständnis, die Zahlung wird wiederholt.

3. Buchungs-Nr. 2025-05-005230 – Gesundheitsamt, Belehrung § 43 IfSG, 25,00 EUR
   Karteninhaber: [[P|Emeka Okafor]], American Express [[CC|{CC_OKAFOR}]]
   Grund: doppelte Belastung; Erstattung auf die Karte ist veranlasst.

Überweisungen bitte weiterhin auf das Konto der Kreiskasse, IBAN [[N|{KREISKASSE_IBAN}]].

Bearbeitet: [[P|Anke Frerichs]], Durchwahl [[T|04731 9212-125]]
""")

# ---------------------------------------------------------------- 025 Jobcenter, English mail, Ukrainian family
doc("outlook", "jobcenter", [], f"""
Subject: Documents for Jobcenter – job offer

Hello Mrs [[P|Meyerhoff]],

my name is [[P|Oleksandr Kovalenko]] ([[P|Sasha]]), I came with my wife [[P|Yuliia]] and our son [[P|Maksym]] from Kharkiv in 2022. Now I have a job offer from the fish factory in Weserbrück (night shift, start 01.07.).

The Arbeitgeber asks for my Steuer-ID. In the letter from Finanzamt I see "Steuernummer [[TNR|{TNR_KOVALENKO}]]" and "Identifikationsnummer [[TID|{sp_tid(TID_KOVALENKO)}]]" - which one is correct?

They want also a copy of my passport, it is Ukrainian passport [[PASS|FE518734]], and my Krankenversicherung number: [[KV|{KV_KOVALENKO}]]. Is it ok to give this to the company?

Our address is still [[A|Alter Postweg 11]], [[A|26937 Tjadenhusen]].

Best regards / Mit freundlichen Grüßen
[[P|Oleksandr Kovalenko]]
[[T|0157 3920 4418]]
""")

# ---------------------------------------------------------------- 026 Gesundheitsamt, sozialmedizinische Stellungnahme
doc("word", "gesundheitsamt", ["HEALTH"], f"""
{LK_HEAD} · Gesundheitsamt, Amtsärztlicher Dienst
{LK_ADDR}

An das Jobcenter Wesermarsch-Süd, Team 2 Leistung

Sozialmedizinische Stellungnahme nach § 44a SGB II
Ihr Zeichen: BG [[AZ|26939BG0033410]]
Unser Zeichen: [[AZ|53.1-SM-0214/25]]

Untersuchte Person: [[P|Halil Yıldırım]], geb. [[DOB|01.07.1970]], [[A|Groden 8]], [[A|26939 Groß Elmsfleth]]
Untersuchung am: 20.05.2025, mit Dolmetscherin Frau [[P|Gülay Aksoy]]

Vorgeschichte: Herr [[P|Yıldırım]] war bis 2023 als Schichtarbeiter in der Stahlverarbeitung der Werft tätig. Seit einem Bandscheibenvorfall L4/L5 (operiert 11/2023) bestehen chronische Rückenschmerzen mit Ausstrahlung in das linke Bein; zudem besteht ein Diabetes mellitus Typ 2, medikamentös eingestellt. Im Winter nehmen die Beschwerden nach seinen Angaben zu. Befundberichte des Hausarztes, Herrn [[P|Thomas Winter]], lagen vor.

Beurteilung: Leichte Tätigkeiten überwiegend im Sitzen sind vollschichtig (≥ 6 Stunden täglich) möglich. Kein Heben über 10 kg, keine Nachtschicht, keine Arbeiten auf Leitern. Eine medizinische Rehabilitation wird empfohlen; der Antrag bei der Deutschen Rentenversicherung (Versicherungsnummer [[SSN|{SSN_YILDIRIM}]]) sollte zeitnah gestellt werden.

[[P|Dr. med. Lina Hoffmann-Sadeghi]]
Fachärztin für Arbeitsmedizin
""")

# ---------------------------------------------------------------- 027 Jobcenter, reply chain, union
doc("outlook", "jobcenter", ["UNION"], f"""
Betreff: AW: Sperrzeit / Kündigung

Hallo Herr [[P|Rosenboom]],

danke für die schnelle Antwort. Wie gesagt, ich hab nicht selbst gekündigt, die Firma hat mich nach dem Warnstreik rausgeschmissen. Ich bin IG Metall Mitglied seit 2018 und war beim Warnstreik am 6. Februar auf der Werft dabei, mein Vertrauensmann [[P|Piotr Wójcik]] kann das bestätigen ([[T|0162 884 1230]]). Den Rechtsschutz macht die IG Metall Oldenburg.

Mein Lohn kam immer auf mein polnisches Konto, ein deutsches habe ich nicht mehr: IBAN [[IBAN|{IBAN_NOWAK_PL}]] (Santander).

Grüße
[[P|Grzegorz Nowak]]

Am Di., 18. März 2025 um 15:02 schrieb [[P|Rosenboom, Heiko]] <[[E|Heiko.Rosenboom@jobcenter-ge.de]]>:
> Sehr geehrter Herr [[P|Nowak]],
> über eine Sperrzeit entscheidet die Agentur für Arbeit, nicht das Jobcenter. Für Ihren Antrag auf Bürgergeld benötige ich aber noch die Kontoauszüge der letzten drei Monate und Ihre Bankverbindung.
> Mit freundlichen Grüßen
> [[P|Heiko Rosenboom]]
>
> Am 17.03.2025 um 20:41 schrieb [[P|Grzegorz Nowak]] <[[E|grzes.nowak@interia.pl]]>:
>> dzień dobry, ich habe Kündigung bekommen und die sagen ich bekomme Sperre 12 Wochen. ist das richtig??
""")

# ---------------------------------------------------------------- 028 Führerscheinstelle, Ermahnung
doc("word", "fuehrerschein", [], f"""
{LK_HEAD} · Straßenverkehrsamt – Führerscheinstelle
{LK_ADDR} · [[N|poststelle@lk-wesermarsch-sued.de]] · Sprechzeiten Mo–Fr 8–12 Uhr

Herrn
[[P|Kevin-Marcel Lüken]]
[[A|Am Bollwerk 4]]
[[A|27804 Moordeich]]

Az.: [[AZ|FE-32.4-2025-01194]]
Geburtsdatum: [[DOB|09.12.1999]]
Datum: 02.06.2025

Ermahnung nach § 4 Abs. 5 Satz 1 Nr. 1 StVG (Fahreignungs-Bewertungssystem)

Sehr geehrter Herr [[P|Lüken]],

nach Mitteilung des Kraftfahrt-Bundesamtes vom 21.05.2025 sind für Sie im Fahreignungsregister 5 Punkte eingetragen. Zuletzt wurden eine Geschwindigkeitsüberschreitung am 14.03.2025 um 38 km/h außerorts mit dem Pkw, amtliches Kennzeichen [[KFZ|BRA-KL 2207]], sowie ein qualifizierter Rotlichtverstoß am 29.01.2025 mit dem Fahrzeug [[KFZ|OL XM 4410]] rechtskräftig geahndet.

Wir weisen Sie darauf hin, dass Ihnen bei 8 Punkten die Fahrerlaubnis entzogen wird. Die freiwillige Teilnahme an einem Fahreignungsseminar wird empfohlen; bei einem Stand von 1 bis 5 Punkten wird dafür ein Punkt abgezogen (§ 4 Abs. 7 StVG).

Mit freundlichen Grüßen
Im Auftrag
[[P|Okke Tammen]]
""")

# ---------------------------------------------------------------- 029 three-line mail with ID card
doc("outlook", "fuehrerschein", [], f"""
Betreff: Ausweis

Sehr geehrter Herr [[P|Brüggemann]],
anbei wie gewünscht die Kopie meines Personalausweises (Nr. [[IDC|{IDC_SCHROEDER}]]), Vorder- und Rückseite.
Gruß [[P|H. Schröder-Lübben]]
""")

# ---------------------------------------------------------------- 030 Jobcenter, Vermerk Datenabgleich
doc("word", "jobcenter", [], f"""
Jobcenter Wesermarsch-Süd – Vermerk Datenabgleich nach § 52 SGB II
BG-Nummer: [[AZ|26937BG0028815]]

Leistungsberechtigte: [[P|Vasile Rusu]] (geb. [[DOB|17.02.1986]]), [[P|Daniela Rusu]] (geb. [[DOB|08.10.1989]]) und zwei Kinder
Anschrift: [[A|Tjadener Landstraße 5]], [[A|26937 Tjadenhusen]]

Ergebnis des automatisierten Datenabgleichs für das 4. Quartal 2024:
1. Für Herrn [[P|Rusu]] wurde unter der Versicherungsnummer [[SSN|{sp_ssn(SSN_RUSU)}]] eine geringfügige Beschäftigung bei einem Gartenbaubetrieb (Inhaber [[P|Jelle de Vries]], USt-IdNr. [[VAT|{VAT_DEVRIES}]]) gemeldet, die im Weiterbewilligungsantrag nicht angegeben war.
2. Kapitalerträge: Konto bei einer niederländischen Bank, IBAN [[IBAN|{IBAN_RUSU_NL}]]; Zinsen 4,12 EUR – unerheblich. Ein früheres Konto in Österreich ([[IBAN|{IBAN_RUSU_AT}]]) wurde laut Kontoauszug im Dezember 2024 aufgelöst, Saldo 0,00 EUR.
3. Steuer-ID Frau [[P|Rusu]]: [[TID|{TID_RUSU}]]; der Abgleich mit dem BZSt ist unauffällig. Sie arbeitet nach eigenen Angaben seit März als Aushilfe in einer Großküche (Spülhilfe, nicht als Koch).
4. Seit 01.03.2025 besteht zudem eine Gewerbeanmeldung als Trockenbauer, Steuernummer [[TNR|{TNR_RUSU}]].

Weiteres Vorgehen: Anhörung nach § 24 SGB X zu Nr. 1, mögliche Überzahlung Oktober bis Dezember 2024 rund 1.326,00 EUR.

Bearbeitung: [[P|Sandra Meyerhoff]], Team 2
""")

def main():
    assert len(DOCS) == 30, len(DOCS)
    lines = []
    for i, (channel, template, marked, flags) in enumerate(DOCS, 1):
        lines.append(build(f"b35-{i:03d}", channel, template, marked, flags))
    with open(os.path.join(HERE, "fresh35.jsonl"), "w", encoding="utf-8") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    n = sum(len(line["entities"]) for line in lines)
    print(f"{len(lines)} documents, {n} entities")


if __name__ == "__main__":
    main()
