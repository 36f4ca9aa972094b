#!/usr/bin/env python3
"""Batch 83 (seed 8383): invented correspondence of the Stadt Lahnfels (Hessen) – Ordnungsamt, Bußgeldstelle,
Fundbüro, Straßenverkehrsbehörde – with inline-marked personal data. Deterministic: only Identifiers(8383) and its rng."""
import json
import os
import sys

sys.dont_write_bytecode = True  # never leave caches next to the shared helpers
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # marks.py and identifiers.py sit beside this file
sys.path.insert(0, HERE)
from marks import build  # noqa: E402
from identifiers import Identifiers, group, icao_check, mod11_10_check  # noqa: E402
import foreign_ids83 as F  # noqa: E402

ids = Identifiers(8383)
R = ids.rng


# ---------------------------------------------------------------- identifier helpers with assertions
def dig(n, first_nonzero=False):
    return ids.digits(n, first_nonzero)


def letters(n, alphabet="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(R.choice(alphabet) for _ in range(n))


def iban_de():
    v = ids.iban_de()
    assert F.iban_valid(v) and len(v) == 22
    return v


def de_steuer_id():
    v = ids.tax_id()
    counts = [v[:10].count(d) for d in "0123456789"]
    assert v[0] != "0" and sum(1 for c in counts if c >= 2) == 1 and max(counts) <= 3
    assert F.mod11_10_valid(v)
    return v


def de_vat():
    v = ids.vat_id()
    assert F.mod11_10_valid(v[2:])
    return v


def de_idcard(check=False):
    v = ids.id_card(check_digit=check)
    if check:
        assert int(v[9]) == icao_check(v[:9])
    assert v[0] in "LMNPRTVWXY"
    return v


def de_passport():
    v = ids.passport(check_digit=False)
    assert v[0] in "CFGHJK"
    return v


def rv_nr(ddmmyy, letter):
    v = ids.social_security(ddmmyy, letter)
    code = ord(v[8]) - 64
    vals = [int(c) for c in v[:8]] + [code // 10, code % 10] + [int(c) for c in v[9:11]]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    assert sum((a * b) // 10 + (a * b) % 10 for a, b in zip(vals, w)) % 10 == int(v[11])
    return v


def kvnr():
    v = ids.health_insurance()
    code = ord(v[0]) - 64
    vals = [code // 10, code % 10] + [int(c) for c in v[1:9]]
    s = sum((x * (1 if i % 2 == 0 else 2)) // 10 + (x * (1 if i % 2 == 0 else 2)) % 10 for i, x in enumerate(vals))
    assert s % 10 == int(v[9])
    return v


def card(prefix, length):
    v = ids.credit_card(prefix, length)
    assert F.luhn_valid(v) and len(v) == length
    return v


def st_nr_hessen():
    # Hessen layout 0FF BBB UUUUP (layout only, domain.md)
    return f"0{R.choice(['20', '22', '26', '39', '46'])} {dig(3)} {dig(5)}"


def st_nr_hessen_federal():
    # 13-digit federal form for Hessen: 26 FF 0 BBB UUUUP
    return f"26{R.choice(['20', '22', '39'])}0{dig(3)}{dig(5)}"


def oib():
    v = F.oib(dig(10, True))
    assert F.mod11_10_valid(v) and len(v) == 11
    return v


def afm():
    v = F.afm("0" + dig(7) if R.random() < 0.5 else "1" + dig(7))
    assert F.afm_valid(v)
    return v


def amka(ddmmyy):
    v = F.amka(ddmmyy, dig(4))
    assert F.luhn_valid(v) and len(v) == 11
    return v


def cf(surname, name, d, m, y, female, comune):
    v = F.codice_fiscale(surname, name, d, m, y, female, comune)
    assert F.cf_valid(v) and len(v) == 16
    return v


def piva():
    v = F.partita_iva(dig(7, True) + R.choice(["021", "037", "048", "001"]))
    assert F.luhn_valid(v) and len(v) == 11
    return v


def dni():
    n = dig(8, True)
    v = n + F.dni_letter(n)
    assert F.dni_valid(v)
    return v


def nuss(prov):
    v = F.nuss(prov, R.choice("123456789") + dig(7))
    assert F.nuss_valid(v)
    return v


def nir(sex, yy, mm, dept, commune):
    body, key = F.nir(sex, yy, mm, dept, commune, dig(3))
    assert F.nir_valid(body + key)
    return body, key


def fr_vat():
    s = F.siren(dig(8, True))
    v = F.fr_vat(s)
    assert F.luhn_valid(s) and (12 + 3 * (int(s) % 97)) % 97 == int(v[2:4])
    return v


def iban_fr():
    v = F.fr_iban(R.choice(["30003", "10278", "30004", "16706"]), dig(5), dig(11))
    assert F.iban_valid(v) and len(v) == 27
    b = v[4:]
    assert (89 * int(b[:5]) + 15 * int(b[5:10]) + 3 * int(b[10:21]) + int(b[21:])) % 97 == 0
    return v


def iban_it():
    v = F.it_iban(R.choice(["03069", "02008", "05034", "03062"]), dig(5), dig(12))
    assert F.iban_valid(v) and len(v) == 27 and F.it_check_char(v[5:]) == v[4]
    return v


def iban_es():
    v = F.es_iban(R.choice(["2100", "0049", "0182", "2085"]), dig(4), dig(10))
    assert F.iban_valid(v) and len(v) == 24
    assert int(v[12]) == F.es_dc("00" + v[4:12]) and int(v[13]) == F.es_dc(v[14:])
    return v


def iban_gr():
    v = F.gr_iban(R.choice(["011", "017", "026", "014"]), dig(4), dig(16))
    assert F.iban_valid(v) and len(v) == 27
    return v


def iban_hr(bank6=None):
    v = F.hr_iban(bank6 or R.choice(["236000", "248400", "234000", "240201"]), dig(9, True))
    assert F.iban_valid(v) and len(v) == 21 and F.mod11_10_valid(v[4:11]) and F.mod11_10_valid(v[11:])
    return v


def sp(v, n=4, sep=" "):
    return group(v, n, sep)


ICAO_LETTERS = "CFGHJKLMNPRTVWXYZ"
FR_PLATE = "ABCDEFGHJKLMNPQRSTVWXYZ"
IT_PLATE = "ABCDEFGHJKLMNPRSTVWXYZ"
ES_PLATE = "BCDFGHJKLMNPRSTVWXYZ"

# The city's own data (neutral): switchboard, functional mailboxes, Stadtkasse account.
ZENTRALE = "06433 918-0"
STADTKASSE_IBAN = F.mod97_iban("DE", "51150510" + "0000" + "418200")
assert F.iban_valid(STADTKASSE_IBAN)
STADTKASSE = sp(STADTKASSE_IBAN)

# Case numbers that recur in several documents (same person, same case).
AZ_HORVAT = f"32.3 OWi 26/00{dig(4)}"
AZ_SANTANGELO = f"32.3 OWi 26/00{dig(4)}"
AZ_TRAUTMANN = f"32.3 OWi 25/00{dig(4)}"

DOCS = []


def doc(channel, template, flags=()):
    def deco(fn):
        DOCS.append((channel, template, fn, list(flags)))
        return fn
    return deco


# ---------------------------------------------------------------- 1
@doc("word", "anhoerung_owi_frankreich")
def d01():
    az = f"32.3 OWi 26/00{dig(4)}"
    return f"""Stadt Lahnfels · Der Magistrat · Ordnungsamt – Bußgeldstelle · Marktplatz 1 · 35797 Lahnfels

Madame
[[P|Camille Vasseur]]
[[A|7, allée des Tilleuls]]
[[A|57070 Metz]]
FRANKREICH

Aktenzeichen: [[AZ|{az}]]
Bearbeiterin: Frau [[P|Hackenbroich]], Zimmer 2.14
Telefon: [[T|06433 918-327]]
E-Mail: [[E|s.hackenbroich@lahnfels.de]]
Datum: 12.03.2026

Anhörung im Bußgeldverfahren – Audition dans le cadre d'une procédure d'amende

Sehr geehrte Frau [[P|Vasseur]],

Ihnen wird vorgeworfen, am 24.02.2026 um 14:37 Uhr in Lahnfels, Weilburger Straße, Höhe Hausnummer 40, Fahrtrichtung Innenstadt, als Führerin des Pkw Peugeot 308, amtliches Kennzeichen [[KFZ|GK-518-RW]] (F), die zulässige Höchstgeschwindigkeit innerhalb geschlossener Ortschaften um 23 km/h überschritten zu haben. Zulässige Geschwindigkeit: 30 km/h, festgestellte Geschwindigkeit nach Toleranzabzug: 53 km/h.

§ 41 Abs. 1 i. V. m. Anlage 2, § 49 StVO; § 24 StVG; 11.3.4 BKat – Tatbestandsnummer 103724
Beweismittel: Messung mit Poliscan FM1, Messfoto, Zeuge POK [[P|Jens Hirschhäuser]]

Die Halterdaten wurden uns über die europäische Fahrzeugregisterauskunft (EUCARIS) übermittelt:
Halterin: [[P|Vasseur, Camille Hélène]], geb. [[P|Lemaire]]
Geburtsdatum: [[DOB|11/09/1987]]
Anschrift: [[A|7, allée des Tilleuls]], [[A|57070 Metz]]

Sie haben Gelegenheit, sich zu dem Vorwurf zu äußern. Es steht Ihnen frei, sich zur Sache zu äußern oder nicht. Zu Ihren Personalien müssen Sie Angaben machen. Waren Sie nicht selbst Fahrerin, teilen Sie uns bitte Namen und Anschrift der Person mit, die das Fahrzeug geführt hat. Ein deutsch-französisches Formular liegt bei.

Sollten Sie die Ordnungswidrigkeit einräumen, können Sie die Verfahrenskosten vermeiden, indem Sie das Verwarnungsgeld von 50,00 EUR innerhalb von zwei Wochen unter Angabe des Aktenzeichens überweisen:
Empfänger: Stadtkasse Lahnfels, IBAN [[N|{STADTKASSE}]], BIC HELADEF1WEI

Mit freundlichen Grüßen
Im Auftrag

[[P|Svenja Hackenbroich]]

Stadt Lahnfels · Zentrale [[N|{ZENTRALE}]] · [[N|bussgeldstelle@lahnfels.de]] · Sprechzeiten Mo–Do 8–12 Uhr"""


# ---------------------------------------------------------------- 2
@doc("outlook", "einspruch_anwalt_italien")
def d02():
    az = f"32.3 OWi 26/00{dig(4)}"
    cfv = cf("Lo Bianco", "Giuseppe", 5, 6, 1979, False, "G273")
    pas = "Y" + R.choice("ABC") + dig(7)
    iva = piva()
    ref = f"{R.randint(100, 199)}/26 VU"
    return f"""Von: [[P|Ivana Vukić]] <[[E|kanzlei@ra-vukic.de]]>
Gesendet: Montag, 16. März 2026 09:48
An: Bußgeldstelle Lahnfels <[[N|bussgeldstelle@lahnfels.de]]>
Betreff: Ihr Az. [[AZ|{az}]] – Einspruch gegen Bußgeldbescheid vom 02.03.2026 – Mdt. [[P|Lo Bianco]]

Sehr geehrte Damen und Herren,

in der Bußgeldsache gegen Herrn [[P|Giuseppe Lo Bianco]], geboren am [[DOB|5. Juni 1979]] in Palermo, wohnhaft [[A|Via Garibaldi 41]], [[A|40124 Bologna]] (Italien), zeige ich an, dass ich die rechtlichen Interessen des Betroffenen vertrete. Eine auf mich lautende Vollmacht füge ich bei.

Gegen den Bußgeldbescheid vom 02.03.2026, zugestellt am 06.03.2026, lege ich namens und in Vollmacht meines Mandanten

Einspruch

ein. Die Begründung bleibt einem gesonderten Schriftsatz vorbehalten.

Zugleich beantrage ich Akteneinsicht gem. § 49 OWiG i. V. m. § 147 StPO, insbesondere in die Messdatei im Rohformat, das Messprotokoll, den Eichschein und die Lebensakte des Messgeräts (Gerätenummer 718304), und bitte um Übersendung an meine Kanzleianschrift.

Hinweise zur Identität meines Mandanten, da im Bescheid der Name fehlerhaft als „[[P|Bianco, Giuseppe Lo]]“ erfasst wurde:
Codice fiscale: [[TID|{cfv}]]
Passaporto n. [[PASS|{pas}]]

Das Fahrzeug, ein Iveco Daily mit dem Kennzeichen [[KFZ|FK 528 ZR]], ist nicht auf meinen Mandanten privat zugelassen, sondern auf sein Einzelunternehmen „[[P|Lo Bianco Giuseppe]] – Trasporti e Traslochi“, P. IVA [[VAT|IT{iva}]]. Das Unternehmen beschäftigt vier Fahrer. Wer das Fahrzeug am Tattag geführt hat, lässt sich aus dem Messfoto nicht erkennen; mein Mandant wird sich hierzu nicht äußern.

Ich bitte, Rückfragen ausschließlich an mich zu richten.

Mit freundlichen Grüßen

[[P|Ivana Vukić]]
Rechtsanwältin
Fachanwältin für Verkehrsrecht

Kanzlei [[P|Vukić]]
[[A|Kaiserstraße 62]] · [[A|60329 Frankfurt am Main]]
Tel. [[T|069 2475 1190]] · Fax [[T|069 2475 1199]]
Unser Zeichen: [[AZ|{ref}]]"""


# ---------------------------------------------------------------- 3
@doc("word", "offene_posten_tabelle")
def d03():
    rows = [
        ("Ferrándiz, Lucía", "14.01.1993", f"{dig(4, True)} {letters(3, ES_PLATE)}", "112402", "35,00", "Mahnung 2 verschickt"),
        ("Mavridis, Georgios", "30.06.1966", f"IK{R.choice('HXYZ')}-{dig(4, True)}", "103724", "70,00", "Zustellung GR offen"),
        ("Jurić, Tomislav", "08.10.1988", f"ZG {dig(4, True)}-{letters(2, 'ABCDEFGHIJKLMNOPRSTUVZ')}", "141312", "25,00", "unbekannt verzogen"),
        ("Laubach, Bernd", "23.05.1959", f"LM-BL {dig(3, True)}", "112262", "55,00", "Ratenzahlung vereinbart"),
        ("Trautmann, Yvonne", "02.02.1984", f"WEL-YT {dig(2, True)}", "103736", "280,00", "Einspruch zurückgenommen", AZ_TRAUTMANN),
        ("Santangelo, Matteo", "22.07.1984", "GA 193 TX", "112262", "35,00", "Fahrer lt. Halterin, Anhörung raus", AZ_SANTANGELO),
        ("Le Goff, Yannick", "19.12.1979", f"F{R.choice('RSTV')}-{dig(3, True)}-{letters(2, FR_PLATE)}", "112454", "40,00", "keine Reaktion"),
        ("Horvat, Mirela", "14.02.1991", "ST 832-TB", "112402", "35,00", "Halterauskunft HR liegt vor", AZ_HORVAT),
    ]
    lines = []
    for row in rows:
        name, dob, plate, tbnr, amount, status = row[:6]
        az = row[6] if len(row) > 6 else f"32.3 OWi 2{R.choice('56')}/00{dig(4)}"
        lines.append(f"[[AZ|{az}]]\t[[P|{name}]]\t[[DOB|{dob}]]\t[[KFZ|{plate}]]\t{tbnr}\t{amount}\t{status}")
    table = "\n".join(lines)
    return f"""Bußgeldstelle – offene Posten (Stand 31.03.2026)
Bearbeitung: [[P|Eulberg]] / Vertretung [[P|Hackenbroich]]

Bitte bis Freitag prüfen, für welche Fälle ein Vollstreckungsersuchen (Inland) bzw. ein Ersuchen nach dem EU-Geldsanktionengesetz (Ausland, ab 70 EUR) vorbereitet werden soll. Fälle unter 70 EUR mit ausländischem Wohnsitz werden zunächst nur gemahnt.

Aktenzeichen\tBetroffene/r\tGeb.-Datum\tKennzeichen\tTBNR\tBetrag EUR\tBemerkung
{table}

Summe offen: 575,00 EUR (8 Fälle). Gesamtbestand laut Kassenliste 7.3200: 214 Fälle.

Hinweis: Bei [[P|Trautmann]] läuft zusätzlich das Fahrverbot (1 Monat) – Führerschein wurde am 12.03. in Verwahrung genommen, Rückgabe 12.04.2026."""


# ---------------------------------------------------------------- 4
@doc("outlook", "fundbuero_geldboerse_spanien")
def d04():
    d = dni()
    cc = card("4", 16)
    ns = nuss("46")
    pas = "PA" + letters(1, "ABCDEFGHJKLMNPRSTVWXYZ") + dig(6)
    fnr = f"FB 2026/0{dig(3)}"
    return f"""Hallo [[P|Irmgard]],

die Dame hat sich wegen der roten Geldbörse vom Frühlingsmarkt gemeldet, die Herr [[P|Brettschneider]] am Sonntag abgegeben hat (Fundnr. [[AZ|{fnr}]]). Kannst du mir eine freundliche Antwort auf Deutsch und Spanisch formulieren? Abholung Di/Do 8–12 Uhr, sie braucht den Reisepass, weil der DNI ja in der Börse ist. Finderlohn müssen wir ihr erklären.

Danke, [[P|Lars]]

________________________________
Von: [[P|María del Carmen Ortega]] <[[E|mcortega.villalba@telefonica.net]]>
Gesendet: Samstag, 7. März 2026 21:14
An: [[N|fundbuero@lahnfels.de]]
Betreff: Verlust Geldbörse / pérdida de cartera – Frühlingsmarkt

Guten Abend,

entschuldigen Sie mein Deutsch. Ich bin [[P|María del Carmen Ortega Villalba]], Touristin aus Valencia, und ich habe heute Nachmittag auf dem Frühlingsmarkt (bei dem Stand mit dem Flammkuchen) meine Geldbörse verloren. Sie ist rot, von Desigual, mit Reißverschluss.

Darin waren:
- mein DNI (spanischer Personalausweis) Nr. [[IDC|{d[:8]}-{d[8]}]]
- eine Visa-Karte von CaixaBank, Nummer [[CC|{sp(cc)}]] (schon gesperrt)
- meine Tarjeta Sanitaria Europea, Nº afiliación [[SSN|{ns[:2]}/{ns[2:10]}/{ns[10:]}]]
- ungefähr 60 Euro und Fotos von meinen Enkeln [[P|Pau]] und [[P|Martina]]

Mein Geburtsdatum, falls Sie es für den Ausweis brauchen: [[DOB|17-04-1956]].
Meine Adresse in Spanien: [[A|Calle de Ruzafa 22, 4.º B]], [[A|46004 Valencia]].

Ich bin bis Mittwoch in Lahnfels im Hotel. Mein Handy: [[T|+34 612 48 90 37]]. Meinen Reisepass habe ich noch, Nummer [[PASS|{pas}]].
Wenn ich schon weg bin, kann mein Sohn abholen, er wohnt in Frankfurt: [[P|Álvaro Menéndez Ortega]], Tel. [[T|0176 4418 2290]].

Muchas gracias y saludos,
[[P|María del Carmen Ortega Villalba]]"""


# ---------------------------------------------------------------- 5
@doc("word", "bewohnerparkausweis_bescheid")
def d05():
    ausw = f"BP-L2-{dig(5)}"
    kz = f"5.4120.26.{dig(6)}"
    ib = iban_de()
    return f"""Stadt Lahnfels · Straßenverkehrsbehörde · Marktplatz 1 · 35797 Lahnfels

Frau
[[P|Annika Freitag]]
[[A|Kettenbrückgasse 9]]
[[A|35797 Lahnfels]]

Ihr Antrag vom: 02.03.2026
Ausweisnummer: [[AZ|{ausw}]]
Kassenzeichen: [[AZ|{kz}]]
Datum: 09.03.2026

Bewohnerparkausweis für die Zone L2 „Altstadt/Schiffergasse“ – Bescheid

Sehr geehrte Frau [[P|Freitag]],

auf Ihren Antrag erteile ich Ihnen gemäß § 45 Abs. 1b Satz 1 Nr. 2a StVO in Verbindung mit der Bewohnerparkgebührensatzung der Stadt Lahnfels einen Bewohnerparkausweis für folgendes Fahrzeug:

Fahrzeug: Renault Zoe (Elektrofahrzeug)
Amtliches Kennzeichen: [[KFZ|LM-AF 207E]]
Gültig: 01.04.2026 bis 31.03.2027
Zone: L2 (Schiffergasse, Kettenbrückgasse, Hinter der Mauer, Bachgasse bis Einmündung Talweg)

Die Gebühr beträgt nach Anlage 1 der Satzung 120,00 EUR jährlich; für Elektrofahrzeuge wird kein Nachlass gewährt. Der Betrag wird, wie von Ihnen im SEPA-Lastschriftmandat erteilt, am 01.04.2026 von Ihrem Konto abgebucht:
Kontoinhaberin: [[P|Annika Freitag]]
IBAN: [[IBAN|{sp(ib)}]]

Ihren weiteren Antrag für das auf Herrn [[P|Jonas Brettschneider]] zugelassene Fahrzeug [[KFZ|LM-JB 1184]] muss ich ablehnen. Nach Nr. X.7 der VwV-StVO zu § 45 wird je Bewohnerin oder Bewohner nur ein Ausweis für ein Fahrzeug erteilt; Herr [[P|Brettschneider]] ist zudem nicht unter Ihrer Anschrift gemeldet, sondern weiterhin in [[A|Am Wingertsberg 31]], [[A|35798 Lahnfels]]. Er kann einen eigenen Antrag für die dortige Zone L4 stellen.

Bitte legen Sie den Ausweis gut sichtbar hinter die Windschutzscheibe. Bei einem Umzug oder Fahrzeugwechsel teilen Sie uns dies bitte mit.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist beim Magistrat der Stadt Lahnfels, Marktplatz 1, 35797 Lahnfels, schriftlich oder zur Niederschrift einzulegen.

Mit freundlichen Grüßen
Im Auftrag
[[P|M. Rehbein]]
Straßenverkehrsbehörde · Tel. [[T|06433 918-412]] · Zentrale [[N|{ZENTRALE}]]"""


# ---------------------------------------------------------------- 6
@doc("outlook", "abschleppen_beschwerde_griechenland")
def d06():
    a = afm()
    ib = iban_gr()
    asd = f"ASD-26-0{dig(3)}"
    return f"""Von: [[P|nikos papadakis]] <[[E|n.papadakis71@otenet.gr]]>
Gesendet: Donnerstag, 19. März 2026 07:02
An: [[N|ordnungsamt@lahnfels.de]]
Betreff: abgeschleppt!!! Toyota [[KFZ|IKY-4812]]

sehr geehrte damen und herren,

gestern abend wurde mein auto (toyota yaris, grau, griechisches kennzeichen [[KFZ|IKY 4812]]) vor meinem haus in der [[A|bachgasse 7]] abgeschleppt. es stand da seit 3 jahren jede nacht und nie problem. plötzlich schild „halteverbot wegen umzug“ das ich nicht gesehen habe, weil es hinter dem baum war!!!

ich habe heute morgen beim abschleppdienst [[P|Brandl]] in der industriestraße 238,00 euro bezahlt in bar, sonst kein auto. der mann dort sagt vorgangsnummer [[AZ|{asd}]]. ich will das geld zurück. das schild war nicht 72 stunden vorher, das war nur am dienstag nachmittag, meine nachbarin frau [[P|Sideri]] kann das bestätigen (tel [[T|0157 3390 1846]]).

bitte überweisen sie auf mein konto bei piraeus bank:
[[IBAN|{ib}]]
kontoinhaber [[P|Papadakis Nikolaos]]
falls sie steuernummer brauchen, meine griechische ΑΦΜ ist [[TID|{a}]]

ich wohne in lahnfels, meldeadresse [[A|bachgasse 7]], [[A|35797 lahnfels]], handy [[T|0152 0744 6190]]

mit freundlichen grüßen
[[P|nikolaos papadakis]]

Von meinem Samsung Galaxy gesendet"""


# ---------------------------------------------------------------- 7
@doc("word", "veranstaltungserlaubnis_kulturfest")
def d07():
    az = f"32.4-VA {dig(3)}/2026"
    return f"""Stadt Lahnfels · Ordnungsamt – Veranstaltungen und Sondernutzungen · Marktplatz 1 · 35797 Lahnfels

Hrvatska zajednica Lahnfels e. V.
z. Hd. Herrn [[P|Zvonimir Šimunović]]
[[A|Am Kalkofen 12]]
[[A|35798 Lahnfels]]

Az.: [[AZ|{az}]]
Datum: 20.03.2026

Erlaubnis nach § 29 Abs. 2 StVO und Sondernutzungserlaubnis – „Dani hrvatske kulture“ (Kroatische Kulturtage) am 13./14. Juni 2026 auf dem Schleusenplatz

Sehr geehrter Herr [[P|Šimunović]],

auf Ihren Antrag vom 28.02.2026 erteile ich dem Verein die Erlaubnis, die oben genannte Veranstaltung unter folgenden Auflagen durchzuführen:

1. Veranstaltungszeit: Samstag 11:00–23:00 Uhr, Sonntag 11:00–20:00 Uhr. Ab 22:00 Uhr ist die Musik auf Zimmerlautstärke zu reduzieren (Richtwert 55 dB(A) am nächstgelegenen Wohnhaus).
2. Verantwortliche Person vor Ort (Veranstaltungsleitung) ist Herr [[P|Tomislav Jurić]], während der gesamten Veranstaltung erreichbar unter [[T|+49 151 2270 4815]]. Stellvertreterin: Frau [[P|Đurđa Babić]], [[T|0160 9183 5527]].
3. Der Ordnungsdienst wird durch den Sicherheitsdienst [[P|Perković]] (Inhaber [[P|Ante Perković]], [[A|Hüttenweg 22]], [[A|35781 Weilburg]]) mit mindestens sechs Kräften gestellt; die Liste der eingesetzten Personen mit Sachkundenachweis nach § 34a GewO ist bis 05.06.2026 vorzulegen.
4. Die Zufahrt für Rettungsfahrzeuge über die Schleusenstraße (Breite mindestens 3,50 m) ist dauerhaft freizuhalten.
5. Für die Halteverbotszone (Zeichen 283 mit Zusatzzeichen) ist ein Verkehrszeichenplan einzureichen; die Aufstellung erfolgt durch eine Fachfirma mindestens 72 Stunden vor Beginn.
6. Ausschank alkoholischer Getränke nur mit Gestattung nach § 12 GastG (gesonderter Antrag beim Gewerbeamt).

Die Verwaltungsgebühr beträgt nach Nr. 264 GebOSt 180,00 EUR; ein Gebührenbescheid geht Ihnen gesondert zu.

Für die Abstimmung mit Polizei und Feuerwehr lade ich Sie und Herrn [[P|Jurić]] zu einem Termin am 19.05.2026, 10:00 Uhr, Raum 1.08 ein.

Mit freundlichen Grüßen
Im Auftrag

[[P|Dr. Friederike Nassauer]]
Leiterin des Ordnungsamts"""


# ---------------------------------------------------------------- 8
@doc("outlook", "weitergeleitet_halterauskunft_kroatien")
def d08():
    o = oib()
    idc = dig(9, True)
    az = AZ_HORVAT
    return f"""Von: [[P|Malte Rehbein]] <[[E|m.rehbein@lahnfels.de]]>
Gesendet: Dienstag, 10. März 2026 11:05
An: [[P|Svenja Hackenbroich]] <[[E|s.hackenbroich@lahnfels.de]]>
Betreff: WG: Upit o vlasniku vozila / Halterauskunft – Verfahren [[AZ|{az}]]

Hallo [[P|Svenja]],

anbei endlich die Antwort aus Split zu dem Dauerparker in der Schiffergasse. Kannst du das ins Verfahren übernehmen und die Anhörung auf Kroatisch rausschicken? Das Geburtsdatum bitte im deutschen Format übernehmen, die schreiben immer mit Punkt am Ende.

Gruß
[[P|Malte]]

-----Ursprüngliche Nachricht-----
Von: [[P|Kristina Matić]] <[[E|kristina.matic@mup.hr]]>
Gesendet: Montag, 9. März 2026 16:41
An: [[P|Rehbein, Malte]] <[[E|m.rehbein@lahnfels.de]]>
Betreff: RE: Upit o vlasniku vozila / Halterauskunft

Poštovani gospodine [[P|Rehbein]],
sehr geehrter Herr [[P|Rehbein]],

zu Ihrer Anfrage vom 24.02.2026 teilen wir mit, dass das Fahrzeug mit der Registrierung [[KFZ|ST 832-TB]] (Škoda Octavia, weiß) auf folgende Person zugelassen ist:

Ime i prezime / Name: [[P|Mirela Horvat]]
Datum rođenja / Geburtsdatum: [[DOB|14.02.1991]].
OIB: [[TID|{o}]]
Adresa / Anschrift: [[A|Ulica kralja Zvonimira 17]], [[A|21000 Split]]
Broj osobne iskaznice / Ausweisnr.: [[IDC|{idc}]]

Prema našim podacima, gospođa [[P|Horvat]] je od siječnja 2026. prijavljena i u Njemačkoj (Lahnfels). / Nach unseren Daten ist Frau [[P|Horvat]] seit Januar 2026 auch in Deutschland (Lahnfels) gemeldet.

S poštovanjem / Mit freundlichen Grüßen
[[P|Kristina Matić]]
Ministarstvo unutarnjih poslova – PU splitsko-dalmatinska
Tel. [[T|+385 21 307 4418]]"""


# ---------------------------------------------------------------- 9
@doc("word", "aktenvermerk_fundsache_ausgabe")
def d09():
    fnr = f"FB 2026/0{dig(3)}"
    cni = "1907" + "572" + dig(5)  # old French CNI: YYMM of issue + prefecture code (3) + serial (5), 12 digits
    body, key = nir("1", "82", "11", "57", "672")
    cc = card("4970", 16)
    pa = de_idcard(check=True)
    ib = iban_de()
    return f"""Aktenvermerk – Fundbüro

Fundsache Nr.: [[AZ|{fnr}]]
Gegenstand: braune Herrenbrieftasche (Leder), Inhalt lt. Fundanzeige: 45,20 EUR Bargeld, Carte nationale d'identité, Carte Vitale, Visa-Karte Crédit Mutuel, Tankquittung
Fundort/-zeit: Regionalbus 672, Haltestelle Lahnfels Bahnhof, 02.03.2026
Finderin: Frau [[P|Yvonne Lindlar]], [[A|Talweg 3]], [[A|35797 Lahnfels]] (verzichtet nicht auf Finderlohn)

1. Eigentümer ermittelt über die in der Brieftasche befindliche Carte nationale d'identité:
   Herr [[P|Théo Bouchard]], né le [[DOB|04/11/1982]] à Thionville
   CNI n° [[IDC|{cni}]] (altes Format, 12 Ziffern)
   Adresse: [[A|3 rue des Jardiniers]], [[A|57100 Thionville]]
   Carte Vitale (n° de sécurité sociale): [[SSN|{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key}]]
   Visa-Karte: [[CC|{sp(cc)}]]

   Herr [[P|Bouchard]] arbeitet als Grenzgänger in Limburg und wurde am 04.03.2026 telefonisch unter [[T|+33 6 71 28 45 90]] erreicht.

2. Abholung am 06.03.2026 durch eine bevollmächtigte Person, da Herr [[P|Bouchard]] dienstlich verhindert war:
   Frau [[P|Sophie Bouchard-Keller]] (Schwester), geb. [[DOB|21.01.1979]]
   Personalausweis-Nr. [[IDC|{pa}]], gültig bis 2031
   Vollmacht im Original liegt vor, Unterschrift mit Kopie der CNI abgeglichen.

3. Finderlohn gem. § 971 BGB (5 % bis 500 EUR): 2,26 EUR zzgl. Wert der Karten nach Ermessen; Frau [[P|Bouchard-Keller]] hat 10,00 EUR an Frau [[P|Lindlar]] überwiesen (IBAN der Finderin: [[IBAN|{ib}]]).

4. Inhalt vollständig übergeben, Quittung unterschrieben. Fundsache im Fundbuch ausgetragen.

Lahnfels, 06.03.2026
gez. [[P|I. Weitershausen]]"""


# ---------------------------------------------------------------- 10
@doc("word", "protokoll_vorbesprechung_weinmarkt")
def d10():
    return f"""Ergebnisprotokoll
Vorbesprechung Lahnfelser Weinmarkt 2026 (5.–7. Juni, Altstadt/Schleusenplatz)
Datum: 17.03.2026, 14:00–15:40 Uhr, Rathaus, Raum 1.08

Teilnehmende:
[[P|Dr. Friederike Nassauer]] (Leitung Ordnungsamt, Vorsitz)
[[P|Malte Rehbein]] (Straßenverkehrsbehörde)
[[P|Kevin Ostheimer]] (Stadtpolizei/Vollzugsdienst)
PHK [[P|Dennis Schönhals]] (Polizeistation Weilburg)
[[P|Bernd Laubach]] (Vorsitzender Winzergemeinschaft Lahnfels e. V., Veranstalter)
[[P|Stefanie Oberländer-Gök]] (Freiwillige Feuerwehr, Wehrführerin)
Protokoll: [[P|Jana Pfeiffer-Lotz]]

TOP 1 – Rückblick 2025
Herr [[P|Laubach]] berichtet von rund 14.000 Besuchern. Es gab drei Beschwerden von Anwohnenden: Frau [[P|Gisela Wendlandt]] ([[A|Hinter der Mauer 5]]) wegen Lärm nach 23 Uhr, Herr [[P|Kleespies]] ([[A|Rosenhang 9]]) wegen zugeparkter Grundstückszufahrt und eine anonyme Beschwerde über Glasbruch in der Schiffergasse.

TOP 2 – Verkehr und Parken
Herr [[P|Rehbein]] stellt den Verkehrszeichenplan VZP 2026/14 vor. Die Kettenbrückgasse wird von Freitag 12 Uhr bis Sonntag 24 Uhr voll gesperrt. Für Bewohnerparkausweise der Zone L2 wird der Parkplatz Am Schleusenhaus freigegeben. Herr [[P|Ostheimer]] weist darauf hin, dass 2025 auffällig viele Fahrzeuge mit französischen und luxemburgischen Kennzeichen im Halteverbot standen; Hinweisschilder werden zweisprachig (dt./frz.) aufgestellt.

TOP 3 – Sicherheit
PHK [[P|Schönhals]] regt an, die Ordner mit Funk auszustatten. Frau [[P|Oberländer-Gök]] bittet um eine freie Feuerwehrzufahrt über die Schleusenstraße; dies wird in die Auflagen aufgenommen.

TOP 4 – Verschiedenes
Die Beschwerde von Frau [[P|Wendlandt]] wird beantwortet (zuständig: [[P|Pfeiffer-Lotz]]). Herr [[P|Laubach]] fragt nach dem Anruf bei Herrn [[P|Kleespies]] – wird von Herrn [[P|Ostheimer]] erledigt.

Nächster Termin: 12.05.2026, 14:00 Uhr, gleicher Raum.

gez. [[P|Pfeiffer-Lotz]]"""


# ---------------------------------------------------------------- 11
@doc("outlook", "intern_informell_kleinschreibung")
def d11():
    hpa = f"hpa-2026-0{dig(3)}"
    return f"""Von: [[P|Pfeiffer-Lotz, Jana]]
An: [[P|Ostheimer, Kevin]]
Cc: [[P|Dietzel, Lars]]
Betreff: kurz wg. knöllchen bachgasse + dauerparker

hi [[P|kevin]],

kannst du mal gucken ob du für den weißen transporter mit [[KFZ|lm-dk 4402]] heute früh in der bachgasse ne verwarnung geschrieben hast? der halter, ein herr [[P|dornbusch]], hat grad angerufen ([[T|0171 4408 327]]) und meint er hätte nen handwerkerparkausweis. die nummer vom ausweis hat er mir durchgegeben: [[AZ|{hpa}]]. hab ihm gesagt wir melden uns bis morgen.

und noch was: die frau aus der [[A|gänsweide 14]] ([[P|kovačević]]? oder so ähnlich) hat schon wieder wegen dem dauerparker vor ihrer einfahrt angerufen. kennzeichen war irgendwas mit [[KFZ|ri 512 k]], kroatisch, silberner golf. magst du da morgen mal vorbeifahren und fotos machen? wenn der wirklich seit wochen da steht, geben wir das an [[P|malte]] wegen halteranfrage.

@[[P|lars]]: die gänsweide ist ab 1.4. übrigens auch zone L3, steht im neuen plan.

danke dir!
[[P|jana]]

--
[[P|Jana Pfeiffer-Lotz]]
Stadt Lahnfels | Ordnungsamt
Tel. [[T|06433 918-305]]"""


# ---------------------------------------------------------------- 12
@doc("word", "behindertenparkplatz_bescheid", flags=("HEALTH",))
def d12():
    az = f"32.2-BPP {dig(2)}/2026"
    return f"""Stadt Lahnfels · Der Magistrat · Straßenverkehrsbehörde · Marktplatz 1 · 35797 Lahnfels

Herrn
[[P|Rüdiger Kleespies]]
c/o [[P|Sabine Heckelmann]] (Betreuerin)
[[A|Felsenkellerweg 2b]]
[[A|35797 Lahnfels]]

Unser Zeichen: [[AZ|{az}]]
Lahnfels, 23.03.2026

Ausweisung eines personengebundenen Schwerbehindertenparkplatzes vor dem Anwesen [[A|Rosenhang 9]]

Sehr geehrter Herr [[P|Kleespies]],
sehr geehrte Frau [[P|Heckelmann]],

Ihrem Antrag vom 16.02.2026 wird entsprochen. Vor dem Anwesen [[A|Rosenhang 9]] wird ein Parkstand mit dem Zeichen 314 und dem Zusatzzeichen 1044-11 („nur mit Parkausweis Nr. …“) eingerichtet, der ausschließlich für das Fahrzeug [[KFZ|LM-RK 88]] genutzt werden darf.

Begründung:
Herr [[P|Kleespies]] (geb. [[DOB|09.08.1947]]) ist nach dem Bescheid des Versorgungsamts Gießen vom 11.12.2025 schwerbehindert mit einem GdB von 90 und den Merkzeichen aG und B. Nach dem vorgelegten Entlassungsbericht der Asklepios Klinik Weilmünster ist er seit einem Schlaganfall im Oktober 2025 halbseitig gelähmt und auf einen Rollstuhl angewiesen. In der näheren Umgebung seiner Wohnung stehen keine allgemeinen Behindertenparkplätze zur Verfügung; der nächste befindet sich am Marktplatz in etwa 450 m Entfernung mit Steigung.

Frau [[P|Sabine Heckelmann]], geb. [[P|Kleespies]], ist nach dem Betreuerausweis des Amtsgerichts Limburg für die Aufgabenkreise Behördenangelegenheiten und Gesundheitssorge bestellt und fährt das Fahrzeug regelmäßig.

Die Anordnung ist widerruflich. Sie erlischt, wenn die Voraussetzungen entfallen, insbesondere bei einem Umzug oder wenn das Fahrzeug nicht mehr für Herrn [[P|Kleespies]] genutzt wird. Bitte teilen Sie uns Änderungen umgehend mit.

Eine Gebühr wird nicht erhoben.

Mit freundlichen Grüßen
Im Auftrag
[[P|Malte Rehbein]]

Durchschrift: Bauhof (Hr. [[P|Gerlach]]) zur Beschilderung bis 10.04.2026"""


# ---------------------------------------------------------------- 13
@doc("outlook", "halteranhoerung_antwort_italien")
def d13():
    cfv = cf("Santangelo", "Matteo", 22, 7, 1984, False, "D612")
    cie = "CA" + dig(5) + letters(2, "ABCDEFGHJKLMNPRSTUVWXYZ")
    ib = iban_it()
    az = AZ_SANTANGELO
    return f"""Da: [[P|Francesca D'Alessandro]] <[[E|francesca.dalessandro@libero.it]]>
Inviato: venerdì 6 marzo 2026 18:22
A: [[N|bussgeldstelle@lahnfels.de]]
Oggetto: R: Anhörung [[AZ|{az}]] – [[KFZ|GA 193 TX]]

Sehr geehrte Damen und Herren,

ich habe Ihren Brief bekommen. Ich bin die Halterin von dem Auto [[KFZ|GA 193 TX]] (Fiat Tipo), aber ich war nicht die Fahrerin am 14 febbraio. Gefahren ist mein Mann:

[[P|Matteo Santangelo]]
nato il [[DOB|22/07/1984]] a Firenze
codice fiscale [[TID|{cfv}]]
carta d'identità [[IDC|{cie[:2]} {cie[2:7]} {cie[7:]}]]
gleiche Adresse wie ich: [[A|Viale dei Mille 9/B]], [[A|50131 Firenze]]

Wir waren für die Hochzeit von meiner Cousine [[P|Chiara]] in Lahnfels. Mein Mann hat gesagt er hat das Schild nicht verstanden (Anwohner frei?).

Außerdem: ich habe schon am 2. März 35 Euro bezahlt, weil ich dachte es ist für mich, dann kam noch ein Brief. Bitte das Geld zurück auf mein Konto [[IBAN|{sp(ib)}]] oder verrechnen.

Grazie mille,
[[P|Francesca D'Alessandro]]
[[T|+39 347 218 5096]]

Il giorno mer 4 mar 2026 alle ore 10:12 Bußgeldstelle Lahnfels <[[N|bussgeldstelle@lahnfels.de]]> ha scritto:
> Sehr geehrte Frau [[P|D'Alessandro]],
> als Halterin des Fahrzeugs [[KFZ|GA 193 TX]] werden Sie gebeten, den beiliegenden Anhörungsbogen zum Aktenzeichen [[AZ|{az}]] ausgefüllt zurückzusenden. Tatvorwurf: Parken im eingeschränkten Halteverbot, Lahnfels, Schiffergasse, 14.02.2026, 11:20 Uhr (TBNR 112262).
> Mit freundlichen Grüßen
> [[P|Svenja Hackenbroich]]"""


# ---------------------------------------------------------------- 14
@doc("word", "verwarnungen_markdown_weinmarkt")
def d14():
    rows = [
        (f"{R.choice('BCDE')}{letters(1, FR_PLATE)}-{dig(3, True)}-{letters(2, FR_PLATE)}", "F", "Schiffergasse (Höhe Nr. 12)", "141312", "25,00", "Amélie Garnier"),
        (f"{dig(4, True)} {letters(3, ES_PLATE)}", "E", "Kettenbrückgasse", "112262", "35,00", "Iker Etxeberria Goikoetxea"),
        (f"F{letters(1, IT_PLATE)} {dig(3, True)} {letters(2, IT_PLATE)}", "I", "Am Schleusenhaus, Feuerwehrzufahrt", "112454", "55,00", "Salvatore Amoroso"),
        (f"ZG {dig(4, True)}-{letters(2, 'ABCDEFGHIJKLMNOPRSTUVZ')}", "HR", "Schiffergasse (Höhe Nr. 3)", "141312", "25,00", "—"),
        (f"NIB-{dig(4, True)}", "GR", "Bachgasse", "112402", "35,00", "Vasiliki Kontogianni"),
        (f"{letters(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')} {dig(4, True)}", "L", "Talweg, Gehweg", "112474", "55,00", "—"),
        (f"{dig(4, True)} {letters(3, ES_PLATE)}", "E", "Marktplatz, Busspur", "141108", "55,00", "Lucía Ferrándiz"),
        (f"{R.choice('DEFG')}{letters(1, FR_PLATE)}-{dig(3, True)}-{letters(2, FR_PLATE)}", "F", "Hinter der Mauer", "112402", "35,00", "Yannick Le Goff"),
    ]
    out = []
    for plate, land, ort, tbnr, betrag, halter in rows:
        vnr = f"VW {dig(6)}"
        h = halter if halter == "—" else f"[[P|{halter}]]"
        out.append(f"| [[AZ|{vnr}]] | [[KFZ|{plate}]] | {land} | {ort} | {tbnr} | {betrag} | {h} |")
    table = "\n".join(out)
    return f"""Verwarnungen mit ausländischen Kennzeichen – Frühlingsmarkt 6.–8. März 2026 (Vorlage für zweisprachige Anschreiben)

Ersteller: [[P|K. Ostheimer]], Vollzugsdienst. Halterdaten laut EUCARIS-Abfrage vom 25.03.2026, soweit schon vorliegend. Luxemburg und Kroatien noch offen.

| Verw.-Nr. | Kennzeichen | Land | Tatort | TBNR | EUR | Halter/in lt. EUCARIS |
|---|---|---|---|---|---|---|
{table}

Bitte für jede Zeile ein Anschreiben in der Landessprache mit Hinweis auf die Zahlungsfrist (14 Tage) und die Bankverbindung der Stadtkasse vorbereiten. Bei der Halterin aus Griechenland ist laut Kollegin [[P|Hackenbroich]] noch ein zweites Verfahren offen (Abschleppen), bitte zusammen versenden."""


# ---------------------------------------------------------------- 15
@doc("outlook", "anwalt_akteneinsicht_abschleppen")
def d15():
    asd = f"ASD-26-0{dig(3)}"
    ref = f"RB-{dig(3)}/26"
    return f"""Von: Sekretariat [[P|Dr. Reichenbach]] <[[E|sekretariat@reichenbach-recht.de]]>
Gesendet: Mittwoch, 18. März 2026 15:27
An: [[P|Weitershausen, Irmgard]] <[[E|i.weitershausen@lahnfels.de]]>
Cc: [[N|ordnungsamt@lahnfels.de]]
Betreff: AW: Abschleppvorgang [[AZ|{asd}]] – Mandantin [[P|Karagianni]] – Akteneinsicht

Sehr geehrte Frau [[P|Weitershausen]],

vielen Dank für den Hinweis, dass die Sache nicht beim Fundbüro, sondern bei der Straßenverkehrsbehörde geführt wird. Wir bitten daher, unsere Anfrage unten dorthin weiterzuleiten.

Zur eindeutigen Zuordnung: Unsere Mandantin ist Frau [[P|Dr. med. Eleni Karagianni]], geb. [[DOB|3. April 1975]], wohnhaft [[A|Lindenallee 41]], [[A|35797 Lahnfels]]. Abgeschleppt wurde ihr Pkw [[KFZ|LM-EK 753]] am 09.03.2026 vor der Praxis in der Weilburger Straße.

Mit freundlichen Grüßen
i. A. [[P|Melanie Grünewald]]
Rechtsanwaltsfachangestellte

[[P|Reichenbach]] Rechtsanwälte · [[A|Diezer Straße 31]] · [[A|65549 Limburg an der Lahn]]
Telefon [[T|06431 58 49 0]] · Telefax [[T|06431 58 49 29]]
Unser Zeichen: [[AZ|{ref}]]

Am 18.03.2026 um 08:41 schrieb [[P|Irmgard Weitershausen]] <[[E|i.weitershausen@lahnfels.de]]>:
> Sehr geehrte Damen und Herren,
> Ihr Schreiben vom 16.03. ist irrtümlich beim Fundbüro eingegangen. Abschleppvorgänge bearbeitet die Straßenverkehrsbehörde, Herr [[P|Rehbein]]. Bitte nennen Sie mir Geburtsdatum und Anschrift Ihrer Mandantin, damit die Kollegen die Akte zuordnen können; ich leite dann weiter.
> Mit freundlichen Grüßen
> [[P|I. Weitershausen]], Fundbüro
>
>> Am 16.03.2026 um 17:03 schrieb [[P|Dr. Konstantin Reichenbach]] <[[E|k.reichenbach@reichenbach-recht.de]]>:
>> In der Angelegenheit unserer Mandantin [[P|Karagianni]] beantragen wir Einsicht in die Verwaltungsakte zum Abschleppvorgang, insbesondere in die Fotodokumentation und den Nachweis, wann das mobile Halteverbot aufgestellt wurde. Unsere Mandantin bestreitet, dass die Beschilderung 72 Stunden vorher erfolgte. Die Kosten von 261,80 EUR wurden unter Vorbehalt gezahlt.
>> [[P|Dr. Reichenbach]], Rechtsanwalt"""


# ---------------------------------------------------------------- 16
@doc("word", "zeugenfragebogen_firma")
def d16():
    az = f"32.3 OWi 26/00{dig(4)}"
    vat = de_vat()
    stn = st_nr_hessen()
    return f"""Stadt Lahnfels · Bußgeldstelle · Marktplatz 1 · 35797 Lahnfels

Malerbetrieb [[P|Krstić]]
Inh. [[P|Josip Krstić]]
[[A|Ringofenstraße 40]]
[[A|35796 Weinbach]]

Aktenzeichen: [[AZ|{az}]]
Datum: 05.03.2026

Zeugenfragebogen – Ermittlung des verantwortlichen Fahrzeugführers

Sehr geehrter Herr [[P|Krstić]],

mit dem auf Ihren Betrieb zugelassenen Fahrzeug, VW Crafter, amtliches Kennzeichen [[KFZ|LM-JK 318]], wurde am 19.02.2026 um 07:52 Uhr in Lahnfels, Obere Lahnstraße, ein Rotlichtverstoß begangen (Rotlichtzeit 1,3 Sekunden, TBNR 132700). Da es sich um ein Firmenfahrzeug handelt, werden Sie als Zeuge gebeten, die Person zu benennen, die das Fahrzeug zum Tatzeitpunkt geführt hat. Das Frontfoto liegt bei.

---- Rücklauf (ausgefüllt eingegangen am 11.03.2026) ----

Angaben zum Fahrzeugführer:
Name, Vorname: [[P|Petrović, Dario]]
Geburtsdatum: [[DOB|03.12.1996]]
Anschrift: [[A|Hüttenweg 4]], [[A|35781 Weilburg]]
Beschäftigt als: Malergeselle seit 2021

Angaben zum Unternehmen (Stempel):
Malerbetrieb [[P|Krstić]] · Meisterbetrieb
St.-Nr. [[TNR|{stn}]] · USt-IdNr. [[VAT|{vat}]]
Tel. [[T|06471 39 27 15]] · [[E|info@maler-krstic.de]]

Bemerkung des Zeugen: „Herr [[P|Petrović]] fährt den Wagen jeden Morgen zur Baustelle am Schulzentrum. Das Foto passt.“
Unterschrift: [[P|J. Krstić]]

---- Verfügung ----
1. Anhörung an Herrn [[P|Petrović]] fertigen.
2. Wiedervorlage 15.04.2026.
[[P|Eulberg]]"""


# ---------------------------------------------------------------- 17
@doc("outlook", "ratenzahlung_bussgeld", flags=("HEALTH",))
def d17():
    az = AZ_TRAUTMANN
    kv = kvnr()
    ib = iban_de()
    cc = card("5", 16)
    return f"""Von: [[P|Yvonne Trautmann]] <[[E|yvonne.trautmann@web.de]]>
Gesendet: Dienstag, 24. März 2026 22:47
An: [[N|bussgeldstelle@lahnfels.de]]
Betreff: Ratenzahlung Az [[AZ|{az}]]

Sehr geehrte Damen und Herren,

ich habe den Bußgeldbescheid über 280 Euro plus 28,50 Gebühren bekommen und den Einspruch auch zurückgenommen, das war mein Fehler mit dem Handy am Steuer. Ich kann das aber im Moment nicht auf einmal zahlen. Ich bin seit Januar krankgeschrieben wegen einem Bandscheibenvorfall (OP am 3. Februar in der Vitos Klinik) und bekomme nur Krankengeld von der AOK Hessen, das ist viel weniger als mein Lohn.

Ich lege Ihnen den Krankengeldbescheid bei, da steht meine Versichertennummer [[KV|{kv}]] drauf.

Könnte ich vielleicht 4 Raten à 77,13 Euro zahlen? Sie können das auch per Lastschrift von meinem Konto abbuchen:
[[IBAN|{ib}]] (Sparkasse Limburg, Inhaberin [[P|Yvonne Trautmann]])

Oder wenn es einfacher ist, die erste Rate gleich von meiner Kreditkarte: [[CC|{sp(cc, 4, "-")}]], gültig bis 09/28.

Meine Adresse: [[A|Obere Lahnstraße 117]], [[A|35781 Weilburg]]
Telefon: [[T|06471 / 62 09 84]], mobil [[T|0160-9427 1135]]

Mit freundlichen Grüßen
[[P|Y. Trautmann]]"""


# ---------------------------------------------------------------- 18
@doc("word", "sondernutzung_infostand_partei", flags=("POLITICS",))
def d18():
    az = f"32.4-SN 2026/{dig(3)}"
    return f"""Stadt Lahnfels · Ordnungsamt · Sondernutzungen · Marktplatz 1 · 35797 Lahnfels

Herrn
[[P|Dimitrios Theodoridis]]
[[A|Auf der Heide 27]]
[[A|35797 Lahnfels]]

Az.: [[AZ|{az}]]
Ansprechpartnerin: Frau [[P|Pfeiffer-Lotz]], Tel. [[T|06433 918-305]]
Datum: 26.03.2026

Sondernutzungserlaubnis für Informationsstände

Sehr geehrter Herr [[P|Theodoridis]],

auf Ihren Antrag vom 19.03.2026, den Sie als Sprecher des Ortsverbands Lahnfels von Bündnis 90/Die Grünen gestellt haben, erteile ich die Erlaubnis, an folgenden Tagen einen Informationsstand (Tisch 2 × 1 m, Sonnenschirm, Aufsteller) auf dem Marktplatz vor dem Brunnen aufzustellen:

Samstag, 18.04.2026, 9:00–13:00 Uhr
Samstag, 25.04.2026, 9:00–13:00 Uhr
Samstag, 09.05.2026, 9:00–13:00 Uhr

Verantwortlich vor Ort sind nach Ihren Angaben Sie selbst sowie Frau [[P|Vasiliki Tsoukala]] und Herr [[P|Benedikt Roos]], beide Mitglieder des Ortsvorstands.

Auflagen:
– Der Durchgang zur Marktgasse (mindestens 2,00 m) ist freizuhalten.
– Lautsprecher und Verstärker sind nicht gestattet.
– Während des Wochenmarkts am 25.04. ist der Stand an die Nordseite vor Haus Nr. 4 zu verlegen.

Für Informationsstände politischer Parteien wird nach § 6 Abs. 3 der Sondernutzungssatzung keine Gebühr erhoben.

Mit freundlichen Grüßen
Im Auftrag
[[P|Jana Pfeiffer-Lotz]]"""


# ---------------------------------------------------------------- 19
@doc("outlook", "anmeldung_csd_umzug", flags=("SEXUAL_ORIENTATION",))
def d19():
    vat = de_vat()
    stn = st_nr_hessen_federal()
    return f"""Von: [[P|Kai-Uwe Spohr]] <[[E|kaiuwe.spohr@posteo.de]]>
Gesendet: Sonntag, 22. März 2026 20:03
An: [[N|ordnungsamt@lahnfels.de]]
Betreff: Anmeldung CSD Lahnfels 2026 – Demo-Umzug am 11. Juli

Liebe Kolleginnen und Kollegen vom Ordnungsamt,

hiermit melde ich, wie im letzten Jahr, den Christopher Street Day Lahnfels als Versammlung unter freiem Himmel an. Ich bin Versammlungsleiter und – das sage ich ganz offen, weil es in unserer kleinen Stadt ohnehin alle wissen – selbst schwul und seit über 30 Jahren hier zu Hause. Umso wichtiger ist mir, dass der Umzug auch 2026 wieder gut und sicher über die Bühne geht.

Eckdaten:
- Datum: Samstag, 11.07.2026, Aufstellung 13:30 Uhr Bahnhofsvorplatz, Abschluss ca. 17:00 Uhr Schleusenplatz
- Route: Bahnhofstraße – Weilburger Straße – Marktplatz – Kettenbrückgasse – Schleusenplatz
- erwartete Teilnehmende: 600–800
- Lautsprecherwagen: Mercedes Sprinter, Kennzeichen [[KFZ|LM-KS 2306]], Fahrer [[P|Thorsten Bieler]]
- Ordner/innen: 20 mit Armbinde, Liste folgt; stellvertretende Versammlungsleitung: [[P|Noemi Castellano]] ([[T|0151 6620 3391]])

Bühne und Technik am Schleusenplatz stellt wieder Veranstaltungstechnik [[P|Laskaris]] e. K. (Inhaber [[P|Christos Laskaris]]). Für Ihre Unterlagen, weil Sie das letztes Jahr wegen der Stromabnahme wissen wollten:
USt-IdNr. [[VAT|{vat}]], Steuernummer [[TNR|{stn}]], Ansprechpartner vor Ort [[T|0170 5528 061]].

Zum Thema Sicherheit: Letztes Jahr wurden zwei Teilnehmer am Rand beleidigt. Ich würde mich freuen, wenn die Stadtpolizei am Marktplatz präsent ist.

Meine Anschrift für den Bescheid: [[A|Schiffergasse 21]], [[A|35797 Lahnfels]], Telefon [[T|06433 7706 18]].

Queere Grüße
[[P|Kai-Uwe]]"""


# ---------------------------------------------------------------- 20
@doc("word", "fundsache_reisepass_griechenland")
def d20():
    fnr = f"FB 2026/0{dig(3)}"
    pas = R.choice(["AN", "AP", "AK"]) + dig(7, True)
    adt = "ΑΚ " + dig(6, True)
    am = amka("120881")
    return f"""Stadt Lahnfels · Der Magistrat · Fundbüro · Marktplatz 1 · 35797 Lahnfels

Κυρία / Frau
[[P|Vasiliki Kontogianni]]
[[A|Odos Egnatias 112]]
[[A|546 30 Thessaloniki]]
GRIECHENLAND / ΕΛΛΑΔΑ

Fundsache: [[AZ|{fnr}]]
Datum: 27.03.2026

Ihr in Lahnfels gefundener Reisepass

Sehr geehrte Frau [[P|Kontogianni]],

am 21.03.2026 wurde im Parkhaus Am Schleusenhaus (Ebene 2) eine Dokumententasche gefunden und bei uns abgegeben. Sie enthielt:

• Reisepass der Hellenischen Republik Nr. [[PASS|{pas}]], ausgestellt auf [[P|KONTOGIANNI VASILIKI]], geboren am [[DOB|12.08.1981]]
• Personalausweis (Δελτίο Ταυτότητας) Nr. [[IDC|{adt}]]
• eine Bescheinigung Ihrer Krankenversicherung (EOPYY) mit der AMKA [[SSN|{am}]]
• einen Mietvertrag für einen Pkw der Firma Lahntal Mobil GmbH

Ausweisdokumente ausländischer Staaten geben wir nach unserer Dienstanweisung nicht per Post heraus. Wir haben den Reisepass und den Personalausweis daher am 25.03.2026 an das Generalkonsulat der Hellenischen Republik in Frankfurt am Main übergeben, wo Sie die Dokumente nach Terminvereinbarung abholen können. Die Krankenversicherungsbescheinigung und den Mietvertrag senden wir Ihnen mit diesem Schreiben zurück.

Bitte beachten Sie: Gegen Sie ist bei der Bußgeldstelle der Stadt Lahnfels noch ein Verwarnungsgeldverfahren wegen Parkens in der Bachgasse offen. Dieses Verfahren hat mit der Fundsache nichts zu tun; Sie erhalten dazu ein gesondertes Schreiben.

Mit freundlichen Grüßen
Im Auftrag
[[P|Irmgard Weitershausen]]
Fundbüro · [[N|fundbuero@lahnfels.de]] · [[N|{ZENTRALE}]]"""


# ---------------------------------------------------------------- 21
@doc("outlook", "versammlungsanzeige_warnstreik", flags=("UNION",))
def d21():
    people = [
        ("Nikola Brkić", "0171 388 2046"),
        ("Ute Hanselmann", "0160 9912 0873"),
        ("Fabrizio Carta", "0152 2046 7318"),
        ("Despina Alexiou", "0176 3318 4402"),
        ("Heiko Wolfskehl", "0157 7731 0295"),
        ("Inés Calderón", "0162 840 1177"),
    ]
    rows = "\n".join(f"{i + 1}\t[[P|{n}]]\t[[T|{t}]]" for i, (n, t) in enumerate(people))
    return f"""Von: [[P|Nikola Brkić]] <[[E|nikola.brkic@verdi.de]]>
Gesendet: Freitag, 27. März 2026 13:12
An: [[N|ordnungsamt@lahnfels.de]]
Betreff: Versammlungsanzeige nach § 14 HVersFG – Warnstreik Stadtwerke / ÖPNV, 2. April 2026

Sehr geehrte Damen und Herren,

im Rahmen der laufenden Tarifrunde ruft ver.di die Beschäftigten der Stadtwerke Lahnfels und der Lahntal-Bus GmbH für Donnerstag, 02.04.2026 zum ganztägigen Warnstreik auf. Dazu zeige ich folgende Versammlung an:

Kundgebung „Wir sind es wert“, 10:00–12:30 Uhr, Marktplatz vor dem Rathaus, anschließend Demonstrationszug über die Bahnhofstraße zum Betriebshof.
Erwartet: ca. 250 Teilnehmende, ein Lautsprecherwagen, Fahnen, keine Bühne.

Versammlungsleiter bin ich selbst als zuständiger Gewerkschaftssekretär im ver.di-Bezirk Mittelhessen. Ich bin am Streiktag mobil erreichbar unter [[T|0171 388 2046]].

Als Ordnerinnen und Ordner sind folgende Mitglieder unserer Betriebsgruppe vorgesehen (alle ver.di-Mitglieder, Kennzeichnung mit Warnweste):

Nr.\tName\tMobil
{rows}

Am Betriebshof spricht außerdem die Betriebsratsvorsitzende der Stadtwerke, Kollegin [[P|Ute Hanselmann]].

Ich bitte um eine kurze Eingangsbestätigung und ggf. um einen Kooperationstermin.

Mit solidarischen Grüßen
[[P|Nikola Brkić]]
Gewerkschaftssekretär
ver.di Bezirk Mittelhessen · Walltorstraße 17 · 35390 Gießen"""


# ---------------------------------------------------------------- 22
@doc("word", "bussgeldbescheid_spanien")
def d22():
    d = dni()
    az = f"32.3 OWi 26/00{dig(4)}"
    kz = f"7.3200.26.{dig(6)}"
    ib = iban_es()
    plate = f"{dig(4, True)} {letters(3, ES_PLATE)}"
    return f"""Stadt Lahnfels · Der Magistrat · Bußgeldstelle · Marktplatz 1 · 35797 Lahnfels

Señor
[[P|Iker Etxeberria Goikoetxea]]
[[A|Gran Vía de Don Diego López de Haro 38, 5º izda.]]
[[A|48011 Bilbao]] (Bizkaia)
ESPAÑA

Aktenzeichen: [[AZ|{az}]]
Kassenzeichen: [[AZ|{kz}]]
Datum: 30.03.2026

Bußgeldbescheid – Resolución sancionadora

Sehr geehrter Herr [[P|Etxeberria Goikoetxea]],

gegen Sie als Betroffenen
Name: [[P|Etxeberria Goikoetxea, Iker]]
Geburtsdatum: [[DOB|1990-10-27]]
DNI/NIF: [[IDC|{d}]]
wird wegen der nachstehend bezeichneten Ordnungswidrigkeit eine Geldbuße festgesetzt.

Ihnen wird zur Last gelegt, am 06.03.2026 um 16:05 Uhr in Lahnfels, Marktplatz, mit dem Pkw Seat León, amtliches Kennzeichen [[KFZ|{plate}]] (E), den Sonderfahrstreifen für Omnibusse des Linienverkehrs (Zeichen 245) unzulässig befahren zu haben (§ 41 Abs. 1 i. V. m. Anlage 2, § 49 StVO; § 24 StVG; TBNR 141150).

Geldbuße: 55,00 EUR
Gebühr (§ 107 Abs. 1 OWiG): 28,50 EUR
Auslagen (§ 107 Abs. 3 OWiG): 3,50 EUR
Gesamtbetrag: 87,00 EUR

Ihre Überweisung vom 20.03.2026 von dem Konto [[IBAN|{sp(ib)}]] über 55,00 EUR (Verwarnungsgeldangebot) ist erst nach Ablauf der Frist eingegangen und wird auf den Gesamtbetrag angerechnet. Zu zahlen sind noch 32,00 EUR an die Stadtkasse Lahnfels, IBAN [[N|{STADTKASSE_IBAN}]], Verwendungszweck: Kassenzeichen [[AZ|{kz}]].

Dieser Bescheid wird rechtskräftig und vollstreckbar, wenn nicht innerhalb von zwei Wochen nach Zustellung schriftlich oder zur Niederschrift bei der Stadt Lahnfels Einspruch eingelegt wird. Die Vollstreckung in Spanien erfolgt nach dem Rahmenbeschluss 2005/214/JI über die gegenseitige Anerkennung von Geldstrafen und Geldbußen.

Im Auftrag
[[P|Torsten Eulberg]]"""


# ---------------------------------------------------------------- 23
@doc("outlook", "anfrage_bewohnerparken_kroatien")
def d23():
    pas = dig(9, True)
    o = oib()
    tid = de_steuer_id()
    ib = iban_hr("236000")  # Zagrebačka banka
    return f"""Von: [[P|Marija Kovačević]] <[[E|marija.kovacevic88@gmail.com]]>
Gesendet: Mittwoch, 25. März 2026 19:36
An: [[N|strassenverkehr@lahnfels.de]]
Betreff: Anwohnerparkausweis mit kroatischem Kennzeichen?

Dobar dan / Guten Tag,

ich wohne seit November 2025 in Lahnfels, [[A|Gänsweide 14]], [[A|35797 Lahnfels]] (Erdgeschoss, meine Einfahrt ist die mit dem grünen Tor – dort parkt übrigens immer noch ein fremdes Auto, ich habe schon zweimal angerufen).

Ich möchte einen Anwohnerparkausweis für die neue Zone L3 beantragen. Mein Auto hat noch das kroatische Kennzeichen [[KFZ|ST 418-MK]], es ist auf mich zugelassen. Muss ich es erst in Deutschland ummelden? Im Internet steht, nach 6 Monaten muss man. Die Zulassungsstelle in Limburg hat gesagt, dafür brauche ich die eVB und die Übereinstimmungsbescheinigung.

Meine Daten, damit Sie alles haben:
Ime i prezime: [[P|Marija Kovačević]], rođena [[P|Brajković]]
Datum rođenja: [[DOB|2. 9. 1988]].
Putovnica (Reisepass) br.: [[PASS|{pas}]]
OIB: [[TID|{o}]]
deutsche Steuer-ID (vom Arbeitgeber): [[TID|{tid[:2]} {tid[2:5]} {tid[5:8]} {tid[8:]}]]

Die Gebühr kann ich überweisen, mein Konto ist noch in Kroatien bei der Zagrebačka banka: [[IBAN|{ib}]]. Geht das?

Hvala lijepa,
[[P|Marija Kovačević]]
[[T|+385 98 173 4420]] / [[T|0176 5530 1826]]"""


# ---------------------------------------------------------------- 24
@doc("word", "vollstreckungsersuchen")
def d24():
    kz = f"7.3200.25.{dig(6)}"
    az = f"32.3 OWi 25/00{dig(4)}"
    tid = de_steuer_id()
    ib = iban_de()
    rv = rv_nr("170858", "G")
    return f"""Stadt Lahnfels · Der Magistrat · Stadtkasse – Vollstreckungsstelle · Marktplatz 1 · 35797 Lahnfels

Magistrat der Stadt Wetzlar
Vollstreckungsstelle
Ernst-Leitz-Straße 30
35578 Wetzlar

Kassenzeichen: [[AZ|{kz}]]
Bezug: Bußgeldbescheid vom 14.10.2025, Az. [[AZ|{az}]], rechtskräftig seit 04.11.2025
Datum: 31.03.2026

Ersuchen um Vollstreckungshilfe nach § 5 HessVwVG

Sehr geehrte Damen und Herren,

wir bitten um Amtshilfe bei der Beitreibung folgender Forderung:

Vollstreckungsschuldner: [[P|Gansauge, Detlef Horst]]
geboren am: [[DOB|17.08.1958]] in Gießen
Geburtsname: [[P|Gansauge]]
Anschrift: [[A|Dillenburger Straße 88]], [[A|35578 Wetzlar]] (lt. Melderegister seit 01.09.2025)
Steuerliche Identifikationsnummer: [[TID|{tid}]]

Forderung:
Geldbuße 150,00 EUR, Gebühren 28,50 EUR, Auslagen 3,50 EUR, Mahngebühr 5,00 EUR – insgesamt 187,00 EUR.

Bekannte Vermögenswerte:
1. Bankverbindung aus einer früheren Zahlung: [[IBAN|{ib[:4]} {ib[4:8]} {ib[8:12]} {ib[12:16]} {ib[16:20]} {ib[20:]}]] (Volksbank Mittelhessen). Eine Kontopfändung wurde von hier aus noch nicht versucht.
2. Der Schuldner bezieht Altersrente; Drittschuldnerin Deutsche Rentenversicherung Hessen, Versicherungsnummer [[SSN|{rv[:2]} {rv[2:8]} {rv[8]} {rv[9:]}]].
3. Auf den Schuldner ist das Fahrzeug [[KFZ|LDK-DG 58]] (Mercedes E 220, Bj. 2014) zugelassen.

Der Schuldner wurde zweimal gemahnt (02.12.2025, 08.01.2026); Zahlungen oder Einwendungen sind nicht eingegangen. Eine Erzwingungshaft nach § 96 OWiG haben wir wegen des Alters des Schuldners bislang nicht beantragt.

Bitte überweisen Sie beigetriebene Beträge unter Angabe des Kassenzeichens auf das Konto der Stadtkasse Lahnfels, IBAN [[N|{STADTKASSE}]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Carsten Hebel]]
Vollstreckungsstelle · Tel. [[T|06433 918-166]]"""


# ---------------------------------------------------------------- 25
@doc("outlook", "beschwerde_kontrollen", flags=("ETHNICITY",))
def d25():
    vw = f"VW {dig(6)}"
    return f"""Von: [[P|Dragan Oršoš]] <[[E|dragan.orsos@gmx.de]]>
Gesendet: Montag, 30. März 2026 08:15
An: [[N|ordnungsamt@lahnfels.de]]; Bürgermeisterbüro <[[N|buergermeister@lahnfels.de]]>
Betreff: Beschwerde über Ihren Mitarbeiter – ständige Kontrollen

Sehr geehrte Damen und Herren,
sehr geehrter Herr Bürgermeister,

ich schreibe Ihnen, weil ich mich von Ihrem Ordnungsamt ungerecht behandelt fühle. Meine Familie und ich sind Roma aus Čakovec in Kroatien und leben seit 2019 in Lahnfels, [[A|Ringofenstraße 21a]]. Ich arbeite als Fliesenleger, meine Frau [[P|Ljubica]] in einer Wäscherei, unsere Kinder gehen hier zur Schule.

In den letzten vier Wochen wurde mein Transporter mit dem Kennzeichen [[KFZ|ČK 218-HO]] dreimal kontrolliert und zweimal aufgeschrieben, obwohl daneben deutsche Autos genauso standen und nichts bekommen haben. Am 26.03. hat ein Mitarbeiter, ich glaube er heißt [[P|Ostheimer]], zu meinem Sohn [[P|Denis]] gesagt: „Ihr Zigeuner parkt ja sowieso wie ihr wollt.“ Mein Sohn ist 16 und war sehr verletzt. Das kann ich bezeugen, außerdem hat es unser Nachbar Herr [[P|Wilfried Scharnagl]] gehört.

Die letzte Verwarnung hat die Nummer [[AZ|{vw}]]. Ich werde sie bezahlen, wenn sie richtig ist, aber ich möchte, dass die Sache mit der Beleidigung geprüft wird. Ich möchte auch wissen, warum nur wir kontrolliert werden.

Sie erreichen mich nach 17 Uhr unter [[T|0157 8821 4036]].

Mit freundlichen Grüßen
[[P|Dragan Oršoš]]"""


# ---------------------------------------------------------------- 26
@doc("word", "erlaubnis_prozession", flags=("RELIGION",))
def d26():
    az = f"32.4-VA {dig(3)}/2026"
    return f"""Stadt Lahnfels · Der Magistrat · Ordnungsamt · Marktplatz 1 · 35797 Lahnfels

Griechisch-Orthodoxe Kirchengemeinde Hl. Nikolaos Lahnfels
z. Hd. Herrn Erzpriester [[P|Athanasios Kyriakidis]]
[[A|Kapellenpfad 3]]
[[A|35797 Lahnfels]]

Az.: [[AZ|{az}]]
Datum: 24.03.2026

Karfreitagsprozession (Epitaphios) am 10. April 2026 – Erlaubnis nach § 29 Abs. 2 StVO

Sehr geehrter Vater [[P|Athanasios]],

Ihrer Anzeige vom 09.03.2026 entsprechend wird die Prozession mit dem Epitaphios am Karfreitag, 10.04.2026, von ca. 21:30 Uhr bis 22:45 Uhr auf folgendem Weg erlaubt:
Kapellenpfad – Talweg – Weilburger Straße (nur rechter Fahrstreifen) – Marktplatz – Kapellenpfad.

Wie in den Vorjahren rechnen Sie mit etwa 300 Gläubigen. Die Weilburger Straße wird in diesem Zeitraum durch die Polizei abschnittsweise gesperrt; eine Vollsperrung ist nicht erforderlich.

Auflagen:
1. Kerzen dürfen nur mit Windschutz getragen werden. An der Spitze und am Ende des Zuges geht je eine Ordnerin/ein Ordner mit Warnweste.
2. Verantwortliche Ansprechpartnerin während der Prozession ist nach Ihrer Mitteilung Frau [[P|Dr. Eleni Karagianni]] vom Kirchenvorstand, erreichbar unter [[T|0151 4073 9918]].
3. Das Läuten und die liturgischen Gesänge über die mobile Lautsprecheranlage sind bis 23:00 Uhr gestattet.

Die Erlaubnis ist gebührenfrei (§ 6 GebOSt, gemeinnütziger Zweck). Wir wünschen Ihrer Gemeinde ein gesegnetes Osterfest – Καλή Ανάσταση.

Mit freundlichen Grüßen
Im Auftrag
[[P|Jana Pfeiffer-Lotz]]
Ordnungsamt · Tel. [[T|06433 918-305]] · [[N|ordnungsamt@lahnfels.de]]"""


# ---------------------------------------------------------------- 27
@doc("outlook", "verlustanzeige_hoergeraet", flags=("HEALTH",))
def d27():
    kv = kvnr()
    rv = rv_nr("050339", "B")
    vnr = f"VA-2026-0{dig(3)}"
    return f"""Von: [[P|Leonie Brückmann]] <[[E|leonie.brueckmann@icloud.com]]>
Gesendet: Dienstag, 17. März 2026 12:31
An: [[N|fundbuero@lahnfels.de]]
Betreff: Verlustanzeige [[AZ|{vnr}]] – Ergänzung (Hörgeräte + Insulin-Tasche von meinem Opa)

Hallo Frau [[P|Weitershausen]],

danke für das nette Telefonat heute Morgen! Wie besprochen schicke ich Ihnen noch die Angaben zu den Sachen, die mein Opa am Samstag im Bus (Linie 672, ca. 10:40 Uhr, von Kirchbach Richtung Bahnhof) liegen gelassen hat:

Eigentümer: [[P|Heinrich Brückmann]], geb. [[DOB|05.03.1939]]
Anschrift: [[A|Mühlweg 11]], [[A|35798 Lahnfels-Kirchbach]]

Verloren:
1. schwarze Stofftasche mit zwei Hörgeräten (Phonak, hinter dem Ohr, beige) im Etui von Hörakustik [[P|Tsakalidis]]. Auf der Rechnung steht seine Versichertennummer [[KV|{kv}]], falls das Geschäft das Etui zuordnen muss.
2. in derselben Tasche: sein Insulin-Pen (NovoRapid), Blutzuckermessgerät und Teststreifen. Er ist Diabetiker Typ 2, den Pen hat ihm die Hausärztin zum Glück sofort neu verschrieben.
3. sein Rentenausweis (Versicherungsnummer [[SSN|{rv}]]) und ein Busticket.

Falls etwas abgegeben wird, rufen Sie bitte mich an, Opa hört am Telefon ohne die Geräte leider nichts :-) Meine Handynummer: [[T|0175 2290 4816]].

Viele Grüße
[[P|Leonie Brückmann]] (Enkelin)
[[A|Am Wingertsberg 5]], [[A|35798 Lahnfels]]"""


# ---------------------------------------------------------------- 28
@doc("word", "lichtbildanforderung_fahreridentifizierung", flags=("BIOMETRIC",))
def d28():
    az = f"32.3 OWi 26/00{dig(4)}"
    pa = de_idcard(check=False)
    return f"""Stadt Lahnfels · Bußgeldstelle                                   Lahnfels, 13.03.2026
Az.: [[AZ|{az}]]

An die
Pass- und Personalausweisbehörde
der Stadt Lahnfels (Bürgerbüro) – im Hause

Anforderung eines Lichtbilds gemäß § 24 Abs. 2 PAuswG i. V. m. § 2 Abs. 3 PAuswG zur Identifizierung des Fahrzeugführers

In dem oben genannten Bußgeldverfahren (Geschwindigkeitsüberschreitung außerorts um 31 km/h am 12.02.2026, Landesstraße 3063, Fahrtrichtung Weilburg) ist der Fahrzeugführer auf dem Messfoto nicht eindeutig zu erkennen. Der Halter des Fahrzeugs [[KFZ|LM-UD 4471]], Herr [[P|Uwe Dornbusch]], hat sich im Anhörungsverfahren nicht geäußert. Weitere Ermittlungen beim Halter (Befragung von Nachbarn) waren nicht zielführend bzw. wären unverhältnismäßig.

Ich bitte daher um Übermittlung des im Personalausweisregister gespeicherten Lichtbilds von:

Name, Vorname: [[P|Dornbusch, Uwe Karl]]
Geburtsdatum: [[DOB|02.11.1971]]
Anschrift: [[A|Talweg 19]], [[A|35797 Lahnfels]]
Personalausweisnummer (lt. Register): [[IDC|{pa}]]

Das Lichtbild wird ausschließlich für den Abgleich mit dem Messfoto verwendet und nach Abschluss des Verfahrens gelöscht.

[[P|Eulberg]]

---------------------------------------------------------------
Vermerk vom 20.03.2026 (nach Eingang des Lichtbilds)

Der Abgleich des Messfotos mit dem Passbild ergibt nach meiner Einschätzung eine hohe Übereinstimmung: gleiche Gesichtsform, markante Geheimratsecken, Narbe über der linken Augenbraue, abstehendes rechtes Ohr, Brillengestell mit dunklem Rand. Die Übereinstimmung der Gesichtsmerkmale wird für die Akte dokumentiert; ein anthropologisches Vergleichsgutachten wird zunächst nicht eingeholt. Herr [[P|Dornbusch]] wird als Betroffener angehört.

[[P|Eulberg]]"""


# ---------------------------------------------------------------- 29
@doc("outlook", "csv_export_bewohnerparken")
def d29():
    people = [
        ("Heckelmann", "Sabine", "Felsenkellerweg 2b", "35797 Lahnfels", "LM-SH 640", "L1"),
        ("Marchetti-Roux", "Hélène", "Schiffergasse 8", "35797 Lahnfels", "LM-HM 1212", "L2"),
        ("Amoroso", "Salvatore", "Bachgasse 15", "35797 Lahnfels", f"F{letters(1, IT_PLATE)} {dig(3, True)} {letters(2, IT_PLATE)}", "L2"),
        ("Wendlandt", "Gisela", "Hinter der Mauer 5", "35797 Lahnfels", "LM-GW 51", "L2"),
        ("Salgado Ruiz", "José Antonio", "Kettenbrückgasse 3", "35797 Lahnfels", "LM-JS 7003", "L2"),
        ("Karagianni", "Eleni", "Lindenallee 41", "35797 Lahnfels", "LM-EK 753", "L3"),
        ("Babić", "Đurđa", "Gänsweide 2", "35797 Lahnfels", "LM-DB 19E", "L3"),
        ("von der Heydt", "Cornelius", "Rosenhang 1", "35797 Lahnfels", "LM-CH 1H", "L3"),
    ]
    lines = []
    for nn, vn, street, city, plate, zone in people:
        nr = f"BP-{zone}-{dig(5)}"
        lines.append(f"[[AZ|{nr}]];[[P|{nn}]];[[P|{vn}]];[[A|{street}]];[[A|{city}]];[[KFZ|{plate}]];30.04.2026;{zone}")
    csv = "\n".join(lines)
    return f"""Von: [[P|Dietzel, Lars]] <[[E|l.dietzel@lahnfels.de]]>
Gesendet: Donnerstag, 26. März 2026 10:58
An: [[P|Rehbein, Malte]] <[[E|m.rehbein@lahnfels.de]]>
Betreff: Export Bewohnerparken – Ablauf 30.04.

Moin [[P|Malte]],

hier der Export aus dem Fachverfahren, alle Ausweise, die Ende April ablaufen. Kannst du mir daraus ein Serienschreiben (Erinnerung Verlängerung, neue Gebühr 120 EUR) bauen lassen? Bei [[P|Amoroso]] bitte extra Hinweis, dass mit ital. Kennzeichen nur bis zur Ummeldung verlängert wird. Das H-Kennzeichen bei [[P|von der Heydt]] ist ok.

AusweisNr;Name;Vorname;Strasse;PLZ_Ort;Kennzeichen;GueltigBis;Zone
{csv}

8 Datensätze exportiert, Filter: GueltigBis = 30.04.2026

Gruß
[[P|Lars]]"""


# ---------------------------------------------------------------- 30
@doc("outlook", "halterauskunft_autovermietung_frankreich")
def d30():
    az = f"32.3 OWi 26/00{dig(4)}"
    pas = dig(2) + letters(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + dig(5)
    vat = fr_vat()
    ib = iban_fr()
    mv = f"MV-{dig(7)}"
    return f"""Von: Lahntal Mobil GmbH – Schadenservice <[[N|schaden@lahntal-mobil.de]]>
Gesendet: Freitag, 20. März 2026 14:44
An: [[N|bussgeldstelle@lahnfels.de]]
Betreff: AW: Zeugenfragebogen [[AZ|{az}]] – [[KFZ|LM-LM 2231]]

Sehr geehrte Damen und Herren,

zu Ihrem Zeugenfragebogen teilen wir mit, dass das Fahrzeug [[KFZ|LM-LM 2231]] (Opel Astra Kombi) im Zeitraum 12.02.–16.02.2026 an folgende Person vermietet war (Mietvertrag [[AZ|{mv}]]):

Mieter: [[P|Ollivier, Jean-Baptiste]]
Date de naissance: [[DOB|08.05.1976]]
Adresse: [[A|14, rue du Faubourg Saint-Jean]] – [[A|54000 Nancy]] – France
Passeport n°: [[PASS|{pas}]]
Mobil: [[T|+33 6 58 21 07 94]]
E-Mail: [[E|jb.ollivier@orange.fr]]

Die Anmietung erfolgte geschäftlich über seine Einzelfirma „[[P|Ollivier]] Photographie“, n° TVA [[VAT|{vat[:4]} {vat[4:7]} {vat[7:10]} {vat[10:]}]]; die Miete wurde per SEPA-Lastschrift vom Firmenkonto [[IBAN|{sp(ib)}]] beglichen.

Die Anhörung richten Sie bitte direkt an Herrn [[P|Ollivier]]. Sollten Sie Kopien des Mietvertrags benötigen, wenden Sie sich an unsere Frau [[P|Roswitha Pagenkopf]], Durchwahl [[T|06431 9931-22]].

Mit freundlichen Grüßen
i. A. [[P|Nils Ackva]]
Lahntal Mobil GmbH · Schadenservice · Industriestraße 14 · 65549 Limburg an der Lahn
Zentrale [[N|06431 9931-0]] · HRB 4417 Amtsgericht Limburg"""


# ---------------------------------------------------------------- main
def main():
    out = []
    for i, (channel, template, fn, flags) in enumerate(DOCS, 1):
        marked = fn()
        out.append(build(f"F83-{i:03d}", channel, template, marked, flags))
    assert len(out) == 30, len(out)
    path = os.path.join(HERE, "fresh83.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for line in out:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(path, len(out), sum(len(d["entities"]) for d in out))


if __name__ == "__main__":
    main()
