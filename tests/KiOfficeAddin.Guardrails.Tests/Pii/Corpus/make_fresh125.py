#!/usr/bin/env python3
"""Blind test batch F125: invented mail and files of a Bavarian city's social welfare office (Amt für Soziales,
Stadt Rosenheim): Grundsicherung, Hilfe zur Pflege, Bestattungskosten, Unterhaltsheranziehung, foreign pensions.

Writes fresh125.jsonl next to this file. Every random value comes from Identifiers(12525).rng, so a second run is
byte-identical. Foreign personal numbers are mapped to the nearest category:
  Croatian OIB, Italian codice fiscale, Turkish T.C. Kimlik No. -> TAX_ID (check digits by their published rules);
  Austrian Versicherungsnummer, Czech rodné číslo -> SOCIAL_SECURITY; foreign identity cards -> ID_CARD;
  foreign passports -> PASSPORT. Foreign IBANs carry valid national check digits where the country has them
  (HR bank/account MOD 11,10; CZ weighted mod 11; IT CIN) and a valid ISO 7064 MOD 97-10 IBAN check.
"""
import json
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod11_10_check, mod97_iban  # noqa: E402

ids = Identifiers(12525)
R = ids.rng

# ----------------------------------------------------------------------------------------------------------------
# Foreign identifiers (published algorithms)
# ----------------------------------------------------------------------------------------------------------------
_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                 12, 14, 16, 10, 22, 25, 24, 23]))


def _even(c):
    return int(c) if c.isdigit() else ord(c) - 65


def it_check(s):
    """Check character of the codice fiscale and the CIN of Italian account numbers (same odd/even tables)."""
    return chr(65 + sum(_ODD[c] if i % 2 == 0 else _even(c) for i, c in enumerate(s)) % 26)


def codice_fiscale(surname, name, y, m, d, female, belfiore):
    vowels = "AEIOU"

    def part(s, is_name):
        letters = [c for c in unicodedata.normalize("NFD", s).upper() if "A" <= c <= "Z"]
        cons = [c for c in letters if c not in vowels]
        vow = [c for c in letters if c in vowels]
        if is_name and len(cons) >= 4:
            cons = [cons[0], cons[2], cons[3]]
        return ("".join(cons + vow) + "XXX")[:3]

    body = (part(surname, False) + part(name, True) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1]
            + f"{d + (40 if female else 0):02d}" + belfiore)
    return body + it_check(body)


def iban_it():
    abi = R.choice(["03069", "02008", "05034", "01030", "03111"])
    cab = ids.digits(5, True)
    conto = ids.digits(12)
    bban = abi + cab + conto
    return mod97_iban("IT", it_check(bban) + bban)


def iban_hr():
    bank6 = R.choice(["236000", "234000", "248400", "240200"])
    acct9 = ids.digits(9, True)
    return mod97_iban("HR", bank6 + str(mod11_10_check(bank6)) + acct9 + str(mod11_10_check(acct9)))


def iban_cz():
    weights = (6, 3, 7, 9, 10, 5, 8, 4, 2, 1)
    while True:
        head = ids.digits(9, True)
        total = sum(int(c) * w for c, w in zip(head, weights))
        last = (-total) % 11
        if last < 10:
            break
    return mod97_iban("CZ", R.choice(["0800", "0100", "0300"]) + "000000" + head + str(last))


def iban_tr():
    return mod97_iban("TR", R.choice(["00010", "00012", "00064"]) + "0" + ids.digits(16))


def iban_at():
    return mod97_iban("AT", R.choice(["36358", "20502", "14000", "12000"]) + ids.digits(11))


def svnr_at(ddmmyy):
    """Austrian social insurance number NNNC DDMMYY; check C = weighted sum mod 11 (10 is never issued)."""
    weights = (3, 7, 9, 5, 8, 4, 2, 1, 6)
    while True:
        serial = ids.digits(3, True)
        total = sum(int(c) * w for c, w in zip(serial + ddmmyy, weights))
        if total % 11 < 10:
            return f"{serial}{total % 11} {ddmmyy}"


def rodne_cislo(yymmdd):
    """Czech birth number for births from 1954: ten digits divisible by 11."""
    while True:
        serial = ids.digits(3)
        first9 = int(yymmdd + serial)
        if first9 % 11 < 10:
            return f"{yymmdd}/{serial}{first9 % 11}"


def oib():
    body = ids.digits(10, True)
    return body + str(mod11_10_check(body))


def tc_kimlik():
    d = [int(c) for c in ids.digits(9, True)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, d)) + str(d10) + str(d11)


# ----------------------------------------------------------------------------------------------------------------
# Small random helpers (all on ids.rng)
# ----------------------------------------------------------------------------------------------------------------
MOBILE = ["0151", "0152", "0157", "0160", "0162", "0170", "0171", "0172", "0175", "0176", "0177", "0179"]


def mobile(style="space"):
    pre = R.choice(MOBILE)
    rest = ids.digits(R.choice([7, 8]), True)
    if style == "space":
        return f"{pre} {rest}"
    if style == "slash":
        return f"{pre}/{rest}"
    if style == "split":
        return f"{pre}-{rest[:3]} {rest[3:]}"
    if style == "intl":
        return f"+49 {pre[1:]} {rest}"
    if style == "compact":
        return f"+49{pre[1:]}{rest}"
    raise ValueError(style)


def landline(area="08031", style="space"):
    rest = ids.digits(6 if style == "pairs" else R.choice([5, 6]), True)
    if style == "space":
        return f"{area} {rest}"
    if style == "slash":
        return f"{area}/{rest}"
    if style == "paren":
        return f"({area}) {rest}"
    if style == "pairs":
        pairs = " ".join(rest[i:i + 2] for i in range(0, len(rest), 2))
        return f"{area} / {pairs}"
    if style == "intl":
        return f"+49 {area[1:]} {rest}"
    raise ValueError(style)


def az(kind, year):
    return f"50.{ {'GS': 2, 'BK': 2, 'HzP': 3, 'UH': 4}[kind]}-{kind}-{ids.digits(4, True)}/{year}"


def plate(district):
    letters = "ABCDEFGHJKLMNPRSTUVWXZ"
    return f"{district}-{''.join(R.choice(letters) for _ in range(R.choice([1, 2])))} {ids.digits(R.choice([2, 3, 4]), True)}"


def iban_de(grouped=True):
    v = ids.iban_de()
    return group(v, 4) if grouped else v


# ----------------------------------------------------------------------------------------------------------------
# The people and their values (drawn once, in a fixed order)
# ----------------------------------------------------------------------------------------------------------------
OFFICE_ST, OFFICE_PLZ = "Reichenbachstraße 8", "83022 Rosenheim"
SWITCH = "08031 365-0"
GS_MAIL, SOZ_MAIL = "grundsicherung@rosenheim.de", "sozialamt@rosenheim.de"

horvat = dict(az=az("GS", 25), oib=oib(), iban_hr=group(iban_hr(), 4), iban_de=iban_de(False),
              m_mobile=mobile("split"), m_land=landline("08061", "slash"))
hodzic = dict(az=az("GS", 25), ssn_m=ids.social_security("020547", "H"), ssn_f=ids.social_security("191152", "B"),
              iban=iban_de(), land=landline("08031", "space"), e_mobile=mobile("space"),
              pass_m="B" + ids.digits(7, True), pio=f"02-3-{ids.digits(4, True)}/19")
brandl = dict(az_hzp=az("HzP", 25), az_uh=az("UH", 25), bew=ids.digits(5, True), kv=ids.health_insurance(),
              f_mobile=mobile("space"), tnr=ids.tax_number_bavaria(), tid=ids.tax_id(), vat=ids.vat_id(),
              home_iban=iban_de(), home_vat=ids.vat_id(), law_az=f"{ids.digits(3, True)}/25 KS")
yildiz = dict(az_bk=az("BK", 25), az_gs=az("GS", 25), m_iban=iban_de(), m_mobile=mobile("space"),
              m_idc=ids.id_card(False), h_pass="U" + ids.digits(8, True), h_tck=tc_kimlik(), h_iban=iban_tr(),
              z_phone=f"+90 {R.choice(['532', '533', '535', '542', '505', '555'])} {ids.digits(3)} {ids.digits(2)} {ids.digits(2)}",
              invoice=f"B-2025-{ids.digits(4, True)}", funeral_iban=iban_de())
esposito = dict(az=az("GS", 22), cf=codice_fiscale("Esposito", "Giuseppe", 1941, 4, 3, False, "F839"),
                iban=group(iban_it(), 4), inps=ids.digits(8, True),
                c_phone=f"+39 3{ids.digits(2)} {ids.digits(3)} {ids.digits(4)}", a_phone=mobile("intl"))
ferraro = dict(az=az("GS", 25), cf=codice_fiscale("De Luca", "Rosa Maria", 1944, 10, 21, True, "A509"),
               tid=ids.tax_id(), ssn=ids.social_security("211044", "D"), kv=ids.health_insurance(),
               cie="CA" + ids.digits(5) + R.choice("ABCDEFGHKLMN") + R.choice("ABCDEFGHKLMN"), iban=iban_de(),
               land=landline("08031", "pairs"), p_mobile=mobile("slash"), inps=ids.digits(8, True))
novakova = dict(az=az("GS", 25), rc=rodne_cislo("566112"), iban=group(iban_cz(), 4),
                t_phone=f"+420 {R.choice(['602', '603', '605', '608', '720', '731', '774', '777'])} {ids.digits(3)} {ids.digits(3)}",
                cssz=f"{ids.digits(3, True)} {ids.digits(3)} {ids.digits(3)}/315-OD")
pichler = dict(az=az("GS", 25), svnr=svnr_at("070349"), iban=iban_at(), land=landline("08031", "space"),
               plate=plate("RO"))
zach = dict(az=az("GS", 25), ssn=ids.social_security("120344", "Z"), iban=iban_de(), s_iban=iban_de(False),
            w_iban=iban_de(False), drv_iban=iban_de(False), igm_iban=iban_de(False), swr_iban=iban_de(False),
            oedp_iban=iban_de(False), kdnr=ids.digits(7, True), igm=ids.digits(10, True))
mustafic = dict(az=az("GS", 25), ssn=ids.social_security("150759", "M"), kv=ids.health_insurance(),
                iban=iban_de(), mobile=mobile("space"), s_mobile=mobile("slash"),
                bg=f"83201//{ids.digits(7, True)}", kdnr=f"402D{ids.digits(6, True)}", idc=ids.id_card(True))
leitner = dict(az=az("HzP", 25), kv=ids.health_insurance(), s_land=landline("08031", "slash"),
               plate=plate("RO"))
kovacevic = dict(az=az("HzP", 24), kv=ids.health_insurance(), ssn=ids.social_security("300150", "P"),
                 oib=oib(), hr_idc=ids.digits(9, True), iban=iban_de(), court=f"XVII {ids.digits(4, True)}/21",
                 u_land=landline("08031", "paren"), u_mobile=mobile("space"))
fendt = dict(az=az("HzP", 25), kv=ids.health_insurance(), ssn=ids.social_security("040543", "F"),
             tid=ids.tax_id(), iban=iban_de(), plate=plate("RO"), w_land=landline("08031", "space"),
             w_mobile=mobile("split"), md=f"BY-2025-{ids.digits(6, True)}")
huber = dict(az=az("BK", 25), order=f"2025-{ids.digits(4, True)}", cc=group(ids.credit_card("4", 16), 4),
             s_mobile=mobile("space"), funeral_vat=ids.vat_id())
babic = dict(mobile=mobile("space"))
anzinger_mail = "lukas.anzinger@rosenheim.de"
# the project's own 'other' values: company accounts (neutral), drawn after the people
company = dict(st_martin_iban=brandl["home_iban"], anker_iban=yildiz["funeral_iban"])

DOCS = []


def doc(channel, template, flags, text):
    DOCS.append((channel, template, flags, text))


# ----------------------------------------------------------------------------------------------------------------
# 001 outlook – daughter about her father's Croatian pension
# ----------------------------------------------------------------------------------------------------------------
h = horvat
doc("outlook", "auslandsrente_hr", [], f"""Von: [[P|Marija Horvat-Lindner]] <[[E|m.horvat-lindner@gmx.de]]>
An: Grundsicherung Stadt Rosenheim <[[N|{GS_MAIL}]]>
Gesendet: Dienstag, 4. März 2025 08:17
Betreff: AW: Grundsicherung für meinen Vater [[P|Ivan Horvat]] – Az. [[AZ|{h['az']}]]

Sehr geehrte Frau [[P|Gschwendtner]],

vielen Dank für Ihr Schreiben vom 20.02. Mein Vater, Herr [[P|Ivan Horvat]] (geb. [[DOB|14.09.1949]]), bekommt seit 2014 eine kleine Rente aus Kroatien vom HZMO (Hrvatski zavod za mirovinsko osiguranje). Den neuen Bescheid („rješenje“) habe ich Ihnen angehängt, leider nur auf Kroatisch. Die kroatische OIB meines Vaters ist [[TID|{h['oib']}]], die brauchen Sie wohl für die Anfrage beim Rententräger.

Die Rente wird auf sein Konto bei der Zagrebačka banka überwiesen: [[IBAN|{h['iban_hr']}]]. Von dort überweise ich jeden Monat den Betrag auf sein deutsches Girokonto [[IBAN|{h['iban_de']}]], weil die kroatische Bank keinen Dauerauftrag ins Ausland einrichtet. Ich hoffe, das ist so in Ordnung.

Papa wohnt weiterhin in der [[A|Klepperstraße 22]], [[A|83026 Rosenheim]], ich selbst in Bad Aibling. Tagsüber bin ich am besten mobil erreichbar unter [[T|{h['m_mobile']}]], abends auch unter [[T|{h['m_land']}]].

Die Kopie seines Personalausweises schicke ich morgen per Post mit, weil er kein Handy mit Kamera hat.

Mit freundlichen Grüßen
[[P|Marija Horvat-Lindner]]
(Tochter und Bevollmächtigte)
[[A|Ellmosener Straße 12]]
[[A|83043 Bad Aibling]]
""")

# ----------------------------------------------------------------------------------------------------------------
# 002 word – Bewilligungsbescheid Grundsicherung, couple Hodžić
# ----------------------------------------------------------------------------------------------------------------
d = hodzic
doc("word", "bescheid_grundsicherung", [], f"""Stadt Rosenheim · Amt für Soziales · [[N|{OFFICE_ST}]] · [[N|{OFFICE_PLZ}]]

Herrn und Frau
[[P|Mirsad]] und [[P|Fatima Hodžić]]
[[A|Küpferlingstraße 37]]
[[A|83024 Rosenheim]]

Ihr Antrag vom: 27.01.2025
Unser Zeichen: [[AZ|{d['az']}]]
Sachbearbeitung: [[P|Theresa Gschwendtner]], Zimmer 2.14
Telefon: [[N|08031 365-2412]]
E-Mail: [[E|theresa.gschwendtner@rosenheim.de]]
Datum: 12.03.2025

Bescheid über Leistungen der Grundsicherung im Alter und bei Erwerbsminderung nach dem Vierten Kapitel SGB XII

Sehr geehrter Herr [[P|Hodžić]], sehr geehrte Frau [[P|Hodžić]],

auf Ihren Antrag vom 27.01.2025 bewillige ich Ihnen für die Zeit vom 01.02.2025 bis 31.01.2026 Leistungen der Grundsicherung im Alter in Höhe von monatlich 673,52 EUR.

Leistungsberechtigte Personen:
1. [[P|Mirsad Hodžić]], geb. [[DOB|02.05.1947]], Versicherungsnummer DRV [[SSN|{group(d['ssn_m'][:2], 2)} {d['ssn_m'][2:8]} {d['ssn_m'][8]} {d['ssn_m'][9:]}]]
2. [[P|Fatima Hodžić]], geborene [[P|Begić]], geb. [[DOB|19.11.1952]], Versicherungsnummer DRV [[SSN|{d['ssn_f']}]]

Berechnung des monatlichen Bedarfs:
Regelbedarfsstufe 2 (2 × 506,00 EUR)                          1.012,00 EUR
Grundmiete laut Mietvertrag                                    520,00 EUR
Heiz- und Nebenkosten (Vorauszahlung)                          185,00 EUR
Gesamtbedarf                                                 1.717,00 EUR
abzüglich Altersrente DRV (Herr [[P|Hodžić]])                       – 688,41 EUR
abzüglich Altersrente Fond PIO FBiH (Herr [[P|Hodžić]]), umgerechnet  – 211,30 EUR
abzüglich Altersrente DRV (Frau [[P|Hodžić]])                       – 143,77 EUR
monatlicher Anspruch                                           673,52 EUR

Der Betrag wird jeweils zum Monatsanfang auf das Konto [[IBAN|{d['iban']}]] (Kontoinhaber: [[P|Mirsad Hodžić]]) überwiesen.

Die Rente aus Bosnien und Herzegowina wurde mit dem Kurs vom 01.02.2025 umgerechnet (1 EUR = 1,95583 KM). Ändert sich die Höhe dieser Rente, teilen Sie dies bitte unverzüglich mit und legen Sie den neuen Bescheid des Fonds vor. Das gilt ebenso für einen Umzug, einen Krankenhaus- oder Heimaufenthalt und längere Aufenthalte im Ausland (über vier Wochen).

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift bei der Stadt Rosenheim, Amt für Soziales, [[N|{OFFICE_ST}]], [[N|{OFFICE_PLZ}]], einzulegen.

Mit freundlichen Grüßen
Im Auftrag

[[P|Theresa Gschwendtner]]
""")

# ----------------------------------------------------------------------------------------------------------------
# 003 outlook – forwarded care home mail about Brandl
# ----------------------------------------------------------------------------------------------------------------
b = brandl
doc("outlook", "heimkosten_weiterleitung", ["HEALTH"], f"""Von: [[P|Reiter, Korbinian]]
Gesendet: Mittwoch, 9. April 2025 10:02
An: Amt für Soziales – Hilfe zur Pflege
Betreff: WG: Heimkosten Frau [[P|Brandl]], Zimmer 214 – offene Forderung

Zur Info ans Team – kann das bitte jemand übernehmen? Ich bin ab morgen bis 25.04. im Urlaub. Der Sohn ([[P|Florian Brandl]]) ist inzwischen auch bei der Unterhaltsheranziehung angelegt, Az. [[AZ|{b['az_uh']}]].
Gruß [[P|Korbinian]]

-----Ursprüngliche Nachricht-----
Von: Verwaltung Haus St. Martin <[[N|verwaltung@haus-st-martin-ro.de]]>
Gesendet: Dienstag, 8. April 2025 15:41
An: [[P|Reiter, Korbinian]] <[[E|korbinian.reiter@rosenheim.de]]>
Cc: [[P|Brandl, Florian]] <[[E|florian.brandl@t-online.de]]>
Betreff: Heimkosten Frau [[P|Brandl]], Zimmer 214 – offene Forderung

Sehr geehrter Herr [[P|Reiter]],

für unsere Bewohnerin Frau [[P|Anneliese Brandl]] (geb. [[DOB|23.06.1938]], Bewohner-Nr. [[AZ|{b['bew']}]]) ist der ungedeckte Heimkostenanteil für Februar und März 2025 in Höhe von insgesamt 4.316,84 EUR noch offen. Nach unserem Kenntnisstand hat Frau [[P|Brandl]] am 14.01.2025 Hilfe zur Pflege beantragt (Ihr Az. [[AZ|{b['az_hzp']}]]). Seit der Höherstufung in Pflegegrad 4 zum Jahresbeginn (fortgeschrittene Alzheimer-Demenz, nach dem Sturz im Dezember zusätzlich Zustand nach Oberschenkelhalsfraktur) sind die Eigenanteile deutlich gestiegen.

Könnten Sie uns bitte mitteilen, ob und ab wann mit einer Kostenzusage zu rechnen ist? Bis dahin stellen wir die Forderung zurück. Zahlungen erbitten wir auf unser Konto bei der Sparkasse Rosenheim-Bad Aibling, IBAN [[N|{company['st_martin_iban']}]].

Herr [[P|Brandl]] hat uns gebeten, ihn in Kopie zu setzen; er ist tagsüber unter [[T|{b['f_mobile']}]] erreichbar.

Mit freundlichen Grüßen
i. A. [[P|Sandra Kettl]]
Heimverwaltung / Abrechnung
Haus St. Martin gGmbH · [[N|Am Innspitz 6]] · [[N|83022 Rosenheim]]
Tel. [[N|08031 9041-12]] · Fax [[N|08031 9041-99]]
""")

# ----------------------------------------------------------------------------------------------------------------
# 004 word – Aktenvermerk Hausbesuch Leitner
# ----------------------------------------------------------------------------------------------------------------
d = leitner
doc("word", "vermerk_hausbesuch", ["HEALTH"], f"""Aktenvermerk – Hausbesuch

Az.: [[AZ|{d['az']}]]
Datum des Besuchs: 17.02.2025, 10:30–11:45 Uhr
Teilnehmende: [[P|Dragana Petković]] (Sozialdienst), [[P|Korbinian Reiter]] (Sachbearbeitung Hilfe zur Pflege)

Besucht wurde Frau [[P|Gertraud Leitner]], geb. [[DOB|08.12.1936]], wohnhaft [[A|Innstraße 52a]], 2. OG links, [[A|83022 Rosenheim]]. Anwesend war außerdem die Schwiegertochter, Frau [[P|Sieglinde Leitner]] (Tel. [[T|{d['s_land']}]]), die die Pflege bisher überwiegend übernimmt.

1. Gesundheitliche Situation
Seit einem Schlaganfall im Oktober 2024 besteht eine Halbseitenlähmung rechts; Frau [[P|Leitner]] ist auf den Rollator angewiesen und kann die Wohnung (kein Aufzug) nur mit Hilfe verlassen. Zusätzlich Diabetes mellitus Typ 2, insulinpflichtig. Pflegegrad 3 seit 01.11.2024 (Bescheid der AOK Bayern, Versichertennummer [[KV|{d['kv']}]]). Der Pflegedienst kommt zweimal täglich (Grundpflege, Insulingabe). Frau [[P|Leitner]] äußerte mehrfach, dass sie „auf keinen Fall ins Heim“ wolle.

2. Wirtschaftliche Situation
Altersrente und Witwenrente zusammen ca. 1.340 EUR netto. Ein Sparbuch bei der Raiffeisenbank (ca. 3.100 EUR) wurde vorgezeigt. Das im Hof abgestellte Fahrzeug (VW Polo, [[KFZ|{d['plate']}]]) gehört nach Angaben der Schwiegertochter noch Frau [[P|Leitner]], wird aber vom Enkel [[P|Maximilian Leitner]] genutzt. Verwertbarkeit bzw. Schonvermögen ist abzuklären.

3. Weiteres Vorgehen
- Kostenvoranschlag des Pflegedienstes anfordern (Frist 10.03.2025)
- Zulassungsbescheinigung Teil I und Kontoauszüge der letzten drei Monate anfordern
- Wiedervorlage 14.03.2025

[[P|Petković]] / [[P|Reiter]]
""")

# ----------------------------------------------------------------------------------------------------------------
# 005 outlook – lower-case mail, funeral costs, Islamic burial
# ----------------------------------------------------------------------------------------------------------------
y = yildiz
doc("outlook", "bestattung_mail", ["RELIGION"], f"""Von: [[P|Murat Yıldız]] <[[E|murat.yildiz79@hotmail.de]]>
An: [[N|{SOZ_MAIL}]]
Gesendet: Dienstag, 8. April 2025 22:41
Betreff: bestattungskosten papa

hallo frau [[P|demirel-huber]],

wie heute am telefon besprochen schick ich ihnen die unterlagen für die beerdigung von meinem vater [[P|mehmet yıldız]] (geb [[DOB|11.08.1946]]), er ist am 02.04. im klinikum verstorben. wir haben ihn nach islamischem ritus beerdigt, die rituelle waschung und das totengebet waren in der moschee in der innstraße, beerdigt wurde er im muslimischen grabfeld am friedhof westerndorf. die rechnung vom bestatter ist 4.870 euro, die grabgebühr von der stadt kommt noch.

mama ([[P|hatice yıldız]]) kann das nicht zahlen, sie hat nur die witwenrente und eine kleine rente aus der türkei. ich selbst bin seit oktober arbeitslos und meine schwester wohnt in istanbul.
wenn was erstattet wird bitte auf mein konto [[IBAN|{y['m_iban']}]] ([[P|murat yıldız]]). mama wohnt weiter in der [[A|ebersberger str. 112]], [[A|83022 rosenheim]], post bitte dahin oder an mich.

meine handynr [[T|{y['m_mobile']}]], bin meistens ab 15 uhr erreichbar

gruß [[P|murat]]

Von meinem iPhone gesendet
""")

# ----------------------------------------------------------------------------------------------------------------
# 006 word – filled application form, Rosa Ferraro
# ----------------------------------------------------------------------------------------------------------------
f = ferraro
doc("word", "antrag_formular", [], f"""Stadt Rosenheim – Amt für Soziales
Antrag auf Leistungen der Grundsicherung im Alter und bei Erwerbsminderung (Viertes Kapitel SGB XII)
Eingang: 03.02.2025          Aktenzeichen (vom Amt auszufüllen): [[AZ|{f['az']}]]

1. Angaben zur antragstellenden Person
Familienname: [[P|Ferraro]]
Geburtsname: [[P|De Luca]]
Vorname(n): [[P|Rosa Maria]]
Geburtsdatum: [[DOB|21.10.1944]]
Geburtsort / Staat: Avellino / Italien
Staatsangehörigkeit: italienisch
Familienstand: verwitwet seit 2019
Anschrift: [[A|Prinzregentenstraße 17]], [[A|83022 Rosenheim]]
Telefon: [[T|{f['land']}]]
E-Mail: –
Steuerliche Identifikationsnummer: [[TID|{f['tid']}]]
Codice fiscale (Italien): [[TID|{f['cf']}]]
Rentenversicherungsnummer: [[SSN|{f['ssn']}]]
Krankenkasse / Versichertennummer: AOK Bayern / [[KV|{f['kv']}]]
Ausweisdokument: Carta d'identità elettronica Nr. [[IDC|{f['cie']}]], gültig bis 14.08.2031

2. Einkommen (monatlich)
[ x ] Altersrente Deutsche Rentenversicherung: 412,18 EUR
[ x ] Witwenrente Deutsche Rentenversicherung: 301,55 EUR
[ x ] Rente aus dem Ausland: pensione di reversibilità INPS, Nr. [[AZ|{f['inps']}]]: 96,40 EUR
[   ] Erwerbseinkommen
[   ] Sonstiges

3. Vermögen
Girokonto Sparkasse Rosenheim-Bad Aibling, IBAN [[IBAN|{f['iban']}]], Kontostand 1.208,34 EUR
Libretto di risparmio (Poste Italiane): ca. 900 EUR
Kraftfahrzeug: keines
Grundbesitz: Anteil an Elternhaus in Avellino (1/4), nicht bewohnbar

4. Angehörige (Kinder)
Sohn: [[P|Paolo Ferraro]], [[A|Landsberger Straße 301]], [[A|80687 München]], Tel. [[T|{f['p_mobile']}]]
Tochter: [[P|Giulia Ferraro-Bauer]], [[A|83043 Bad Aibling]]

5. Erklärung
Ich versichere, dass die Angaben vollständig und richtig sind. Änderungen teile ich unverzüglich mit.

Rosenheim, 31.01.2025          Unterschrift: [[P|Rosa Ferraro]]
(ausgefüllt mit Hilfe der Tochter, [[P|Giulia Ferraro-Bauer]])
""")

# ----------------------------------------------------------------------------------------------------------------
# 007 outlook – daughter in Naples, partly English
# ----------------------------------------------------------------------------------------------------------------
e = esposito
doc("outlook", "auslandsrente_it", ["HEALTH"], f"""From: [[P|Carla Esposito]] <[[E|carla.esposito71@libero.it]]>
Sent: Monday, 12 May 2025 21:48
To: [[N|{SOZ_MAIL}]]
Subject: Father [[P|Giuseppe Esposito]] – pensione INPS / Ihr Schreiben vom 28.04.

Dear Sir or Madam, sehr geehrte Damen und Herren,

sorry that I write in English, my German is not so good anymore. I am the daughter of [[P|Giuseppe Esposito]], born [[DOB|3 April 1941]], who lives in [[A|Färberstraße 9]], [[A|83022 Rosenheim]]. In your letter (Az. [[AZ|{e['az']}]]) you ask for proof of his Italian pension.

My father receives a "pensione di vecchiaia" from INPS, around 230 euro per month. It is paid on his old account at Intesa Sanpaolo in Italy: [[IBAN|{e['iban']}]]. His codice fiscale is [[TID|{e['cf']}]]. I have asked INPS for the "Modello ObisM" and will send it as soon as I have it.

He did not know that the Italian pension must be declared, he thought it is not important because it is so small. Please be patient with him – he is 84 and since the bypass operation last year he is often confused and forgets things.

You can reach me at [[T|{e['c_phone']}]] (also WhatsApp), or my brother [[P|Antonio]] in Munich: [[T|{e['a_phone']}]].

Grazie mille and best regards
[[P|Carla Esposito]]
[[A|Via Giacomo Leopardi 27]]
[[A|80125 Napoli]]
Italia
""")

# ----------------------------------------------------------------------------------------------------------------
# 008 word – Rechtswahrungsanzeige / Auskunftsersuchen to the son
# ----------------------------------------------------------------------------------------------------------------
doc("word", "rechtswahrungsanzeige", [], f"""Stadt Rosenheim | Amt für Soziales | Sachgebiet Unterhaltsheranziehung
[[N|{OFFICE_ST}]], [[N|{OFFICE_PLZ}]]

Einschreiben mit Rückschein
Herrn
Dipl.-Ing. (FH) [[P|Florian Brandl]]
[[A|Hofmillerstraße 4]]
[[A|83071 Stephanskirchen]]

Unser Zeichen: [[AZ|{b['az_uh']}]] (bitte stets angeben)
Bearbeiterin: [[P|Michaela Obermaier]]
Telefon: [[N|08031 365-2455]]
Rosenheim, 22.04.2025

Hilfe zur Pflege für Ihre Mutter, Frau [[P|Anneliese Brandl]], geb. [[DOB|23. Juni 1938]]
Rechtswahrungsanzeige und Aufforderung zur Auskunft (§ 94, § 117 SGB XII)

Sehr geehrter Herr [[P|Brandl]],

Ihre Mutter, Frau [[P|Anneliese Brandl]], lebt seit dem 01.10.2024 in einer vollstationären Pflegeeinrichtung in Rosenheim. Das Amt für Soziales erbringt für sie seit dem 14.01.2025 Hilfe zur Pflege nach dem Siebten Kapitel SGB XII, derzeit in Höhe von monatlich 2.158,42 EUR.

Nach § 94 Abs. 1a SGB XII geht ein Unterhaltsanspruch gegenüber Kindern nur dann auf den Träger der Sozialhilfe über, wenn deren jährliches Gesamteinkommen im Sinne des § 16 SGB IV mehr als 100.000 EUR beträgt. Es wird vermutet, dass diese Grenze nicht überschritten wird. Aufgrund der Angaben im Antrag sowie einer Mitteilung Ihrer Schwester, Frau [[P|Claudia Brandl-Weigl]], liegen uns jedoch hinreichende Anhaltspunkte für ein Überschreiten vor.

Hiermit zeigen wir Ihnen an, dass der Unterhaltsanspruch Ihrer Mutter ab dem 14.01.2025 in Höhe der erbrachten Leistungen auf die Stadt Rosenheim übergegangen sein kann (Rechtswahrungsanzeige). Wir bitten Sie, bis zum 30.05.2025 folgende Unterlagen vorzulegen:
- Einkommensteuerbescheide 2022 bis 2024 mit allen Anlagen,
- Gewinnermittlungen Ihres Architekturbüros für 2022 bis 2024,
- Nachweise über Einkünfte aus Vermietung und Kapitalvermögen.

Sollte Ihr Gesamteinkommen die Grenze von 100.000 EUR nicht überschreiten, genügt zunächst eine kurze Erklärung mit dem letzten Steuerbescheid.

Mit freundlichen Grüßen
Im Auftrag

[[P|Michaela Obermaier]]
""")

# ----------------------------------------------------------------------------------------------------------------
# 009 outlook – lawyer's mail for the son
# ----------------------------------------------------------------------------------------------------------------
doc("outlook", "anwalt_unterhalt", [], f"""Von: RAin Dr. [[P|Katharina Seidl-Ostermann]] <[[E|k.seidl-ostermann@seidl-partner.de]]>
An: [[P|Obermaier, Michaela]] <[[E|michaela.obermaier@rosenheim.de]]>
Gesendet: Donnerstag, 15. Mai 2025 16:05
Betreff: Ihr Az. [[AZ|{b['az_uh']}]] – [[P|Florian Brandl]] ./. Stadt Rosenheim; unser Az. [[AZ|{b['law_az']}]]
Anlagen: Vollmacht.pdf; ESt-Bescheid_2023.pdf; ESt-Bescheid_2024.pdf

Sehr geehrte Frau [[P|Obermaier]],

wir zeigen an, dass uns Herr [[P|Florian Brandl]], [[A|Hofmillerstraße 4]], [[A|83071 Stephanskirchen]], mit der Wahrnehmung seiner rechtlichen Interessen beauftragt hat. Eine auf uns lautende Vollmacht ist beigefügt.

Unser Mandant ist als Architekt selbständig tätig. Sein Gesamteinkommen im Sinne des § 16 SGB IV lag in den Jahren 2022 bis 2024 jeweils deutlich unter 100.000 EUR (2023: 71.384 EUR; 2024: 64.902 EUR). Zum Nachweis übersenden wir die Einkommensteuerbescheide des Finanzamts Rosenheim für 2023 und 2024 (Steuernummer [[TNR|{b['tnr']}]], Identifikationsnummer [[TID|{group(b['tid'][:2], 2)} {b['tid'][2:5]} {b['tid'][5:8]} {b['tid'][8:]}]]). Die Umsatzsteuer wird unter der USt-IdNr. [[VAT|{b['vat']}]] erklärt; die Umsätze sind nicht mit dem Einkommen gleichzusetzen.

Die Angaben der Schwester unseres Mandanten, Frau [[P|Brandl-Weigl]], beruhen offenbar auf einer Schätzung aus dem Jahr 2019 und sind überholt. Die gesetzliche Vermutung des § 94 Abs. 1a Satz 3 SGB XII ist damit nicht widerlegt.

Wir bitten um Bestätigung bis 06.06.2025, dass das Verfahren zur Heranziehung eingestellt wird. Weitere Auskünfte wird unser Mandant nicht erteilen.

Mit freundlichen Grüßen

Dr. [[P|Katharina Seidl-Ostermann]]
Rechtsanwältin | Fachanwältin für Familienrecht
[[N|Seidl & Partner]] Rechtsanwälte mbB
[[N|Salinstraße 11]] · [[N|83022 Rosenheim]]
Tel. [[N|08031 237640]] · [[N|kanzlei@seidl-partner.de]]
""")

# ----------------------------------------------------------------------------------------------------------------
# 010 word – care home invoice
# ----------------------------------------------------------------------------------------------------------------
doc("word", "heimrechnung", ["HEALTH"], f"""Haus St. Martin gGmbH · Alten- und Pflegeheim
[[N|Am Innspitz 6]] · [[N|83022 Rosenheim]] · Telefon [[N|08031 9041-0]] · USt-IdNr. [[N|{b['home_vat']}]]

Stadt Rosenheim
Amt für Soziales – Hilfe zur Pflege
[[N|{OFFICE_ST}]]
[[N|{OFFICE_PLZ}]]

Rechnung Nr. [[AZ|2025-03-{b['bew']}]]
Rechnungsdatum: 02.04.2025
Leistungszeitraum: 01.03.2025 – 31.03.2025
Ihr Aktenzeichen: [[AZ|{b['az_hzp']}]]

Bewohnerin: [[P|Brandl, Anneliese]]
Geburtsdatum: [[DOB|23.06.1938]]
Bewohner-Nr.: [[AZ|{b['bew']}]]   Zimmer 214, Wohnbereich 2 (beschützend)
Pflegekasse: AOK Bayern, Versichertennummer [[KV|{b['kv']}]]
Pflegegrad: 4 (seit 01.01.2025)
Bevollmächtigter: [[P|Florian Brandl]] (Sohn), Tel. [[T|{b['f_mobile']}]]

Pos. | Leistung                                   | Tage | Satz EUR | Betrag EUR
1    | Pflegesatz Pflegegrad 4                    | 31   | 118,52   | 3.674,12
2    | Unterkunft                                 | 31   |  24,30   |   753,30
3    | Verpflegung                                | 31   |   9,80   |   303,80
4    | Investitionskosten                         | 31   |  21,16   |   655,96
5    | Ausbildungsumlage                          | 31   |   4,12   |   127,72
     | Zwischensumme                              |      |          | 5.514,90
     | ./. Leistungsbetrag Pflegekasse § 43 SGB XI |      |          | – 1.855,00
     | ./. Leistungszuschlag § 43c SGB XI (15 %)  |      |          |   – 292,03
     | ./. Eigenanteil Bewohnerin aus Renten      |      |          | – 1.209,45
     | Restbetrag zu Lasten Sozialhilfeträger     |      |          | 2.158,42

Hinweise: Inkontinenzmaterial wird über die Krankenkasse abgerechnet. Der Hausarzt, Dr. [[P|Johannes Pröbstl]], hat am 12.03. eine Anpassung der Demenzmedikation verordnet; die Zuzahlungen sind im Barbetragskonto verbucht.

Bitte überweisen Sie den Restbetrag unter Angabe der Rechnungsnummer auf unser Konto IBAN [[N|{company['st_martin_iban']}]].
Ansprechpartnerin: [[P|Sandra Kettl]], Durchwahl [[N|08031 9041-12]]
""")

# ----------------------------------------------------------------------------------------------------------------
# 011 outlook – reply chain with Czech son (broken German)
# ----------------------------------------------------------------------------------------------------------------
n = novakova
doc("outlook", "auslandsrente_cz", [], f"""Von: [[P|Tomáš Novák]] <[[E|tomas.novak56@seznam.cz]]>
Gesendet: Freitag, 16. Mai 2025 07:55
An: [[P|Gschwendtner, Theresa]]
Betreff: RE: Rente aus Tschechien – Frau [[P|Jaroslava Nováková]], Az. [[AZ|{n['az']}]]

Guten Tag Frau [[P|Gschwendtner]],

dank für Antwort. Meine Mutter bekommt Rente von ČSSZ Praha seit 2019, 6.412 Kč monatlich, das ist ungefähr 255 Euro. Ich schicke Bescheid (Rozhodnutí) als Foto in Anhang. Rodné číslo meiner Mutter ist [[SSN|{n['rc']}]], so steht auch auf Bescheid. Konto in Tschechien ist bei Česká spořitelna: [[IBAN|{n['iban']}]]. Ich habe Vollmacht für das Konto und hebe manchmal Geld für sie ab.

Mutter wohnt seit 2021 bei meiner Schwester [[P|Lenka]] in Rosenheim, [[A|Kaiserstraße 33]], [[A|83022 Rosenheim]]. Sie hat kein Auto und keine Wohnung in Tschechien mehr, nur die Rente.

Wenn noch etwas fehlt bitte schreiben oder anrufen [[T|{n['t_phone']}]].

S pozdravem / mit freundlichen Grüßen
[[P|Tomáš Novák]]
[[A|Husova 118]]
[[A|533 41 Lázně Bohdaneč]]

-----Ursprüngliche Nachricht-----
Von: [[P|Gschwendtner, Theresa]] <[[E|theresa.gschwendtner@rosenheim.de]]>
Gesendet: Mittwoch, 14. Mai 2025 14:20
An: [[E|tomas.novak56@seznam.cz]]
Betreff: Rente aus Tschechien – Frau [[P|Jaroslava Nováková]], Az. [[AZ|{n['az']}]]

Sehr geehrter Herr [[P|Novák]],

für die Bearbeitung des Antrags Ihrer Mutter, Frau [[P|Jaroslava Nováková]] (geb. [[DOB|12.11.1956]]), benötige ich noch den aktuellen Rentenbescheid der tschechischen Rentenversicherung (ČSSZ) sowie Angaben zu dem Konto, auf das die Rente gezahlt wird. Eine Übersetzung lassen wir bei Bedarf selbst anfertigen.

Mit freundlichen Grüßen
Im Auftrag
[[P|Theresa Gschwendtner]]
Stadt Rosenheim | Amt für Soziales | Grundsicherung
[[N|{OFFICE_ST}]] | [[N|{OFFICE_PLZ}]]
Telefon [[N|08031 365-2412]]
""")

# ----------------------------------------------------------------------------------------------------------------
# 012 word – bank statement export under review (union and party membership visible)
# ----------------------------------------------------------------------------------------------------------------
z = zach
rows = []
for mon, rent in (("01", "1.104,22"), ("02", "1.104,22"), ("03", "1.104,22")):
    rows.append(f"02.{mon}.2025;Lastschrift;IG Metall Vorstand;[[N|{z['igm_iban']}]];Beitrag {mon}/2025 Mitgl.-Nr. [[AZ|{z['igm']}]];-18,40")
    rows.append(f"03.{mon}.2025;Gutschrift;Deutsche Rentenversicherung Bund;[[N|{z['drv_iban']}]];RV-Nr. [[SSN|{z['ssn']}]] Rente {mon}.25;{rent}")
    rows.append(f"05.{mon}.2025;Dauerauftrag;[[P|Stefanie Zach]];[[IBAN|{z['s_iban']}]];Rückzahlung Darlehen Papa;-150,00")
    rows.append(f"10.{mon}.2025;Lastschrift;Stadtwerke Rosenheim GmbH;[[N|{z['swr_iban']}]];Kd.-Nr. [[AZ|{z['kdnr']}]] Abschlag Strom;-64,00")
    rows.append(f"28.{mon}.2025;Gutschrift;[[P|Josef Wagner]];[[IBAN|{z['w_iban']}]];Miete Garage {mon}/25;45,00")
rows.insert(4, "15.01.2025;Überweisung;ÖDP Kreisverband Rosenheim;[[N|" + z['oedp_iban'] + "]];Mitgliedsbeitrag 2025;-60,00")
rows.insert(5, "20.01.2025;Bargeldauszahlung;Sparkasse Rosenheim-Bad Aibling;;GA Rosenheim Max-Josefs-Platz;-200,00")
rows.insert(11, "18.02.2025;Kartenzahlung;EDEKA Rosenheim;;Einkauf;-87,34")
rows_text = "\n".join(rows)
doc("word", "kontoauszug_export", ["UNION", "POLITICS"], f"""Anlage zum Antrag Az. [[AZ|{z['az']}]] – vorgelegte Kontoumsätze (Export aus dem Online-Banking)

Kontoinhaber: [[P|Helmut Zach]]
Anschrift: [[A|Aisinger Straße 5]], [[A|83026 Rosenheim]]
IBAN: [[IBAN|{z['iban']}]]
Zeitraum: 01.01.2025 – 31.03.2025
Kontostand am 31.03.2025: 2.941,07 EUR

Buchungstag;Buchungsart;Auftraggeber/Empfänger;IBAN Gegenkonto;Verwendungszweck;Betrag EUR
{rows_text}

Prüfvermerk Sachbearbeitung (07.04.2025):
1. Monatliche Zahlungen an die Tochter [[P|Stefanie Zach]] (150 EUR, „Rückzahlung Darlehen“): Darlehensvertrag anfordern, sonst keine Berücksichtigung.
2. Mieteinnahmen Garage von Herrn [[P|Wagner]] (45 EUR mtl.) wurden im Antrag nicht angegeben – als Einkommen anrechnen, Mietvertrag anfordern.
3. Beiträge an Gewerkschaft und Partei: für die Leistung ohne Bedeutung, nicht weiter erfassen.
gez. [[P|Anzinger]]
""")

# ----------------------------------------------------------------------------------------------------------------
# 013 outlook – internal mail, holiday handover
# ----------------------------------------------------------------------------------------------------------------
doc("outlook", "intern_vertretung", [], f"""Von: [[P|Wimmer, Stefan]]
An: [[P|Gschwendtner, Theresa]]; [[P|Anzinger, Lukas]]
Gesendet: Freitag, 30. Mai 2025 12:26
Betreff: Urlaubsvertretung KW 23/24 – offene Fälle

Hallo zusammen,

damit in meiner Abwesenheit nichts liegen bleibt, kurz die offenen Sachen:

- [[P|Horvat, Ivan]] ([[AZ|{horvat['az']}]]): kroatischer Rentenbescheid liegt vor, Übersetzung ist beauftragt. Die Tochter (Frau [[P|Horvat-Lindner]]) ruft vermutlich noch mal an, sie ist sehr hinterher.
- [[P|Esposito, Giuseppe]] ([[AZ|{esposito['az']}]]): Anhörung wegen der INPS-Rente ist raus, Frist bis 20.06. Die Tochter sitzt in Neapel und schreibt nur englisch – bitte trotzdem kurz und freundlich antworten.
- [[P|Yıldız, Mehmet]] †, Bestattungskosten ([[AZ|{yildiz['az_bk']}]]): Bescheid ist raus. Der Sohn [[P|Murat]] hat für die Mutter jetzt eine Vollmacht abgegeben, liegt in der Akte.
- [[P|Pichler, Franz]]: kommt Dienstag um 9 Uhr persönlich und bringt die Pensionsmitteilung der PVA mit. Anfrage an die PVA Salzburg ist vorbereitet, nur noch unterschreiben.
- [[P|Mustafić, Ramiza]]: Übergabe vom Jobcenter kommt zum 01.10., Termin mit Dolmetscher bitte bis Mitte Juli.

[[P|Lukas]], kannst du bitte die Wiedervorlagen im Fachverfahren auf [[P|Theresa]] umstellen? Danke!

Gruß
[[P|Stefan]]

--
[[P|Stefan Wimmer]]
Sachgebietsleitung Grundsicherung / Bestattungskosten
Stadt Rosenheim · Amt für Soziales
Tel. [[N|08031 365-2400]]
""")

# ----------------------------------------------------------------------------------------------------------------
# 014 word – minutes of a case conference
# ----------------------------------------------------------------------------------------------------------------
doc("word", "protokoll_fallkonferenz", ["HEALTH"], f"""Protokoll der Fallkonferenz Hilfe zur Pflege

Datum: 05.06.2025, 13:30–15:00 Uhr, Besprechungsraum 2.01
Teilnehmende: [[P|Stefan Wimmer]] (Leitung), [[P|Korbinian Reiter]], [[P|Dragana Petković]], [[P|Michaela Obermaier]], Dr. [[P|Ingrid Haslinger]] (Gesundheitsamt, beratend)
Protokoll: [[P|Lukas Anzinger]]

TOP 1 – [[P|Leitner, Gertraud]] ([[AZ|{leitner['az']}]])
Nach dem Hausbesuch vom 17.02. und einem erneuten Sturz im Mai wird eine vollstationäre Unterbringung geprüft. Dr. [[P|Haslinger]] hält die ambulante Versorgung wegen der zunehmenden vaskulären Demenz nicht mehr für ausreichend. Die Schwiegertochter ([[P|Sieglinde Leitner]]) ist nach eigener Aussage am Ende ihrer Kräfte. Der Pkw ([[KFZ|{leitner['plate']}]]) wurde im März auf den Enkel umgeschrieben; Rückforderung der Schenkung nach § 528 BGB prüft Frau [[P|Obermaier]].
Ergebnis: Heimplatzsuche unterstützen (Sozialdienst, Frau [[P|Petković]]); Kostenzusage vorbehaltlich der Vermögensprüfung.

TOP 2 – [[P|Kovačević, Dragica]] ([[AZ|{kovacevic['az']}]])
Die Betreuerin, Frau [[P|Stadler]], berichtet schriftlich von wiederholten psychotischen Episoden; Umzug in eine gerontopsychiatrische Einrichtung ist beantragt. Die kroatische Rente ist seit April eingestellt (Lebensbescheinigung fehlte) – Betreuerin kümmert sich.
Ergebnis: Weiterbewilligung bis 31.12.2025; Wiedervorlage nach Heimwechsel.

TOP 3 – [[P|Brandl, Anneliese]] ([[AZ|{brandl['az_hzp']}]]) / Unterhalt Sohn ([[AZ|{brandl['az_uh']}]])
Schreiben der Rechtsanwältin des Sohnes liegt vor; Einkommen 2023/2024 jeweils unter 100.000 EUR belegt. Die Vermutung des § 94 Abs. 1a SGB XII ist nicht widerlegt.
Ergebnis: Heranziehung wird eingestellt, Mitteilung an RAin Dr. [[P|Seidl-Ostermann]] (Frau [[P|Obermaier]]).

TOP 4 – Verschiedenes
Neue Pflegesätze Haus St. Martin ab 01.07.; Schulung „Auslandsrenten EESSI“ am 24.06. (Herr [[P|Reiter]], Herr [[P|Anzinger]]).

Rosenheim, 06.06.2025
gez. [[P|Lukas Anzinger]]          gez. [[P|Stefan Wimmer]]
""")

# ----------------------------------------------------------------------------------------------------------------
# 015 outlook – professional guardian's application
# ----------------------------------------------------------------------------------------------------------------
k = kovacevic
doc("outlook", "betreuerin_antrag", ["HEALTH"], f"""Von: [[P|Ulrike Stadler]] – Berufsbetreuung <[[E|u.stadler@betreuung-stadler.de]]>
An: [[N|{SOZ_MAIL}]]
Gesendet: Montag, 19. Mai 2025 09:12
Betreff: Betreuungssache [[P|Dragica Kovačević]] – AG Rosenheim [[AZ|{k['court']}]] – Antrag auf Hilfe zur Pflege

Sehr geehrte Damen und Herren,

als gerichtlich bestellte Betreuerin (Aufgabenkreise: Vermögenssorge, Gesundheitssorge, Vertretung gegenüber Behörden, Aufenthaltsbestimmung) von Frau [[P|Dragica Kovačević]], geb. [[DOB|30.01.1950]], wohnhaft im Pflegeheim Inntalblick, [[A|Kufsteiner Straße 150]], [[A|83026 Rosenheim]], beantrage ich hiermit Hilfe zur Pflege in Einrichtungen ab dem 01.06.2025. Bisher wurden die Heimkosten aus dem Ersparten bezahlt, das nun bis auf den Schonbetrag aufgebraucht ist.

Frau [[P|Kovačević]] leidet an einer chronischen paranoiden Schizophrenie und wurde nach einem stationären Aufenthalt im Inn-Salzach-Klinikum im Februar in das Heim entlassen; Pflegegrad 3. Angaben zur Versicherung:
- Versichertennummer AOK Bayern: [[KV|{k['kv']}]]
- Rentenversicherungsnummer: [[SSN|{k['ssn']}]]
- kroatische OIB (für die Rente vom HZMO): [[TID|{k['oib']}]]
- kroatischer Personalausweis (osobna iskaznica) Nr. [[IDC|{k['hr_idc']}]]

Betreuungskonto: [[IBAN|{k['iban']}]], Kontoinhaberin [[P|Dragica Kovačević]], vertreten durch die Betreuerin.

Der Sohn der Betreuten, Herr [[P|Zoran Kovačević]], lebt in Kroatien ([[A|Ulica Domovinskog rata 41]], [[A|21000 Split]]) und hat seit Jahren keinen Kontakt zu seiner Mutter. Ob er leistungsfähig ist, ist mir nicht bekannt.

Betreuerausweis, Beschluss, Kontoauszüge der letzten drei Monate und der Heimvertrag hängen an.

Mit freundlichen Grüßen
[[P|Ulrike Stadler]]
Berufsbetreuerin
Betreuungsbüro [[P|Stadler]] · [[A|Münchener Straße 24]] · [[A|83022 Rosenheim]]
Tel. [[T|{k['u_land']}]] · mobil [[T|{k['u_mobile']}]]
""")

# ----------------------------------------------------------------------------------------------------------------
# 016 word – request to the Austrian pension insurer
# ----------------------------------------------------------------------------------------------------------------
p = pichler
doc("word", "anfrage_pva", [], f"""Stadt Rosenheim · Amt für Soziales · [[N|{OFFICE_ST}]] · [[N|{OFFICE_PLZ}]]

Pensionsversicherungsanstalt
Landesstelle Salzburg
[[N|Schallmooser Hauptstraße 11]]
[[N|5021 Salzburg]]
ÖSTERREICH

Unser Zeichen: [[AZ|{p['az']}]]
Auskunft: [[P|Lukas Anzinger]]
Telefon: [[N|+49 8031 365-2418]]
E-Mail: [[E|{anzinger_mail}]]
Rosenheim, 02.06.2025

Ersuchen um Auskunft über Pensionsleistungen (Art. 76 VO (EG) Nr. 883/2004)
Versicherter: Herr [[P|Franz Pichler]], geboren am [[DOB|7. März 1949]]
Österreichische Versicherungsnummer: [[SSN|{p['svnr']}]]
Wohnanschrift: [[A|Am Roßacker 17]], [[A|83024 Rosenheim]], Deutschland

Sehr geehrte Damen und Herren,

Herr [[P|Pichler]] hat bei uns Leistungen der Grundsicherung im Alter beantragt. Er gibt an, von Ihnen seit 2014 eine Alterspension zu beziehen, die auf sein Konto bei der Raiffeisenbank Kufstein (IBAN [[IBAN|{group(p['iban'], 4)}]]) überwiesen wird. Ein aktueller Pensionsbescheid liegt uns nicht vor; Herr [[P|Pichler]] konnte lediglich die Mitteilung über die Pensionsanpassung 2025 vorlegen.

Wir bitten Sie um Mitteilung
1. der Höhe der monatlichen Bruttopension seit 01.01.2024,
2. der einbehaltenen Beiträge zur Krankenversicherung,
3. der Sonderzahlungen (13. und 14. Bezug) und ihrer Auszahlungsmonate,
4. etwaiger Ausgleichszulagen oder Pflegegeldleistungen.

Eine Einverständniserklärung von Herrn [[P|Pichler]] vom 27.05.2025 liegt bei. Für eine Antwort per E-Mail wären wir dankbar.

Mit freundlichen Grüßen
Im Auftrag

[[P|Lukas Anzinger]]
""")

# ----------------------------------------------------------------------------------------------------------------
# 017 outlook – the Austrian pensioner himself
# ----------------------------------------------------------------------------------------------------------------
doc("outlook", "buerger_pension_at", ["HEALTH"], f"""Von: [[P|Franz Pichler]] <[[E|f.pichler49@aon.at]]>
An: [[E|{anzinger_mail}]]
Gesendet: Mittwoch, 28. Mai 2025 19:03
Betreff: Pension

Grüß Gott Herr [[P|Anzinger]],

wie telefonisch besprochen schick ich Ihnen die Pensionsmitteilung von der PVA, ich hab sie mit dem Handy von meinem Nachbarn fotografiert, hoff man kann es lesen. Meine Versicherungsnummer in Österreich ist [[SSN|{p['svnr']}]], geboren bin ich am [[DOB|7.3.1949]] in Kufstein. Die Pension geht auf mein Konto in Kufstein, weil ich das noch von früher hab: [[IBAN|{p['iban']}]].

Zum Termin am Dienstag komm ich, mein Nachbar Herr [[P|Ostertag]] fahrt mich, weil ich seit der Operation am grauen Star nicht mehr selber fahren darf. Mein Auto ([[KFZ|{p['plate']}]]) hab ich schon abgemeldet, es steht noch in der Garage, ich will es verkaufen, vielleicht 1500 Euro.

Meine Telefonnummer ist [[T|{p['land']}]], ein Handy hab ich nicht.

Mit freundlichen Grüßen
[[P|Franz Pichler]]
[[A|Am Roßacker 17]]
[[A|83024 Rosenheim]]
""")

# ----------------------------------------------------------------------------------------------------------------
# 018 word – funeral cost decision
# ----------------------------------------------------------------------------------------------------------------
doc("word", "bescheid_bestattung", ["RELIGION"], f"""Stadt Rosenheim – Amt für Soziales – Bestattungskosten
[[N|{OFFICE_ST}]] · [[N|{OFFICE_PLZ}]] · Telefon [[N|{SWITCH}]]

Herrn
[[P|Murat Yıldız]]
[[A|Happinger Straße 64]]
[[A|83026 Rosenheim]]

Az.: [[AZ|{y['az_bk']}]]
Auskunft: [[P|Ayşe Demirel-Huber]], Tel. [[N|08031 365-2421]]
Datum: 26.05.2025

Übernahme der Bestattungskosten nach § 74 SGB XII
Verstorbener: Herr [[P|Mehmet Yıldız]], geb. [[DOB|11.08.1946]], gest. 02.04.2025

Sehr geehrter Herr [[P|Yıldız]],

auf Ihren Antrag vom 08.04.2025 übernehme ich die erforderlichen Kosten der Bestattung Ihres Vaters in Höhe von 4.817,50 EUR.

Berechnung:
Rechnung Bestattungen [[N|Anker & Sohn]] Nr. [[AZ|{y['invoice']}]]           4.870,00 EUR
davon nicht erforderlich: Traueranzeigen, Bewirtung      – 420,00 EUR
Grabgebühren Friedhof Westerndorf (Reihengrab)             780,00 EUR
abzüglich Nachlass (Guthaben Girokonto des Verstorbenen)  – 412,50 EUR
übernommener Betrag                                      4.817,50 EUR

Die Kosten der rituellen Totenwaschung und des Totengebets nach islamischem Ritus sowie der Beisetzung im muslimischen Grabfeld werden als Teil einer würdigen, der Religion des Verstorbenen entsprechenden Bestattung anerkannt.

Neben Ihnen ist Ihre Schwester, Frau [[P|Zeynep Aksoy]], als Erbin bzw. Unterhaltspflichtige zur Tragung der Kosten verpflichtet. Nach den vorgelegten Nachweisen ist Ihnen beiden die Kostentragung nicht zumutbar. Ihre Mutter, Frau [[P|Hatice Yıldız]], ist selbst auf Leistungen angewiesen.

Der Betrag wird direkt an das Bestattungsinstitut (IBAN [[N|{company['anker_iban']}]]) bzw. an die Friedhofsverwaltung gezahlt.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadt Rosenheim erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Ayşe Demirel-Huber]]
""")

# ----------------------------------------------------------------------------------------------------------------
# 019 outlook – Bosnian son, broken German
# ----------------------------------------------------------------------------------------------------------------
doc("outlook", "buerger_bosnien", ["HEALTH"], f"""Von: [[P|Edin Hodžić]] <[[E|edin.hodzic@hotmail.com]]>
An: [[N|{GS_MAIL}]]
Gesendet: Sonntag, 23. März 2025 20:14
Betreff: [[P|Hodzic Mirsad]] – Penzija Bosnien, Brief vom Amt

Sehr geherte Frau [[P|Gschwendtner]]

Ich bin Sohn von [[P|Mirsad Hodžić]] und [[P|Fatima]]. Vater hat Brief bekommen von ihnen, er versteht nicht gut deutsch. Sie schreiben das Rente aus Bosnien ist 211 euro, aber das ist falsch, es ist 340 KM das ist nur 173,84 Euro. Ich schicke Bescheid von Fond PIO Sarajevo, Broj: [[AZ|{hodzic['pio']}]], mit Foto.

Vater Personalausweis ist abgelaufen, er hat nur noch Pasos von Bosnien, Nummer [[PASS|{hodzic['pass_m']}]], bis 2029 gültig.

Mama [[P|Fatima]] war letzte Woche im Krankenhaus wegen Zucker, sie muss jetzt spritzen Insulin, darum mache ich das jetzt für die Eltern mit Papiere.

Bitte rufen Sie mich an [[T|{hodzic['e_mobile']}]] oder Vater Festnetz [[T|{hodzic['land']}]] (aber er hört schlecht).

Danke und Gruß
[[P|Edin Hodžić]]
[[A|Sonnenstraße 41]]
[[A|83059 Kolbermoor]]
""")

# ----------------------------------------------------------------------------------------------------------------
# 020 word – payment list export from the case system
# ----------------------------------------------------------------------------------------------------------------
pay = [
    (hodzic["az"], "Hodžić, Mirsad", "02.05.1947", "Küpferlingstraße 37", "83024 Rosenheim", hodzic["iban"].replace(" ", ""), "673,52"),
    (horvat["az"], "Horvat, Ivan", "14.09.1949", "Klepperstraße 22", "83026 Rosenheim", horvat["iban_de"], "498,17"),
    (novakova["az"], "Nováková, Jaroslava", "12.11.1956", "Kaiserstraße 33", "83022 Rosenheim", iban_de(False), "402,88"),
    (esposito["az"], "Esposito, Giuseppe", "03.04.1941", "Färberstraße 9", "83022 Rosenheim", iban_de(False), "0,00"),
    (ferraro["az"], "Ferraro, Rosa Maria", "21.10.1944", "Prinzregentenstraße 17", "83022 Rosenheim", ferraro["iban"].replace(" ", ""), "356,09"),
    (zach["az"], "Zach, Helmut", "12.03.1944", "Aisinger Straße 5", "83026 Rosenheim", zach["iban"].replace(" ", ""), "214,60"),
    (yildiz["az_gs"], "Yıldız, Hatice", "01.02.1951", "Ebersberger Straße 112", "83022 Rosenheim", iban_de(False), "587,31"),
]
lines = []
for a, name, dob, st, plz, ib, amt in pay:
    lines.append(f"[[AZ|{a}]];[[P|{name}]];[[DOB|{dob}]];[[A|{st}]], [[A|{plz}]];[[IBAN|{ib}]];{amt}")
pay_text = "\n".join(lines)
doc("word", "export_zahlliste", [], f"""Fachverfahren Sozialhilfe – Export Zahlliste
Mandant: Stadt Rosenheim, Amt für Soziales, Sachgebiet 50.2
Zahllauf: 07/2025 (Grundsicherung 4. Kapitel SGB XII) – Auszug, nur Fälle mit Änderung
Erstellt: 24.06.2025 14:02 von [[P|Anzinger, Lukas]]

Aktenzeichen;Name, Vorname;Geburtsdatum;Anschrift;IBAN;Zahlbetrag EUR
{pay_text}

Summe Auszug: 2.732,57 EUR (7 Fälle)
Hinweis: Fall [[P|Esposito]] Zahlung 0,00 EUR – Einstellung wegen Anrechnung der italienischen Rente, Aufhebungsbescheid folgt.
Freigabe (Vier-Augen-Prinzip): [[P|Wimmer]] / [[P|Gschwendtner]]
""")

# ----------------------------------------------------------------------------------------------------------------
# 021 outlook – Jobcenter hands over a case (Roma, interpreter for Romani)
# ----------------------------------------------------------------------------------------------------------------
u = mustafic
doc("outlook", "uebergabe_jobcenter", ["ETHNICITY"], f"""Von: Jobcenter Rosenheim Stadt – Team 402 <[[N|Jobcenter-Rosenheim-Stadt.Team402@jobcenter-ge.de]]>
An: [[N|{GS_MAIL}]]
Gesendet: Donnerstag, 26. Juni 2025 11:37
Betreff: Übergabe BG [[AZ|{u['bg']}]] – Wechsel in das SGB XII wegen Erreichens der Regelaltersgrenze

Sehr geehrte Kolleginnen und Kollegen,

Frau [[P|Ramiza Mustafić]], geb. [[DOB|15.07.1959]], erreicht mit Ablauf des Monats September 2025 die Regelaltersgrenze. Der Anspruch auf Bürgergeld endet daher zum 30.09.2025. Wir bitten, die Leistungen ab 01.10.2025 nach dem Vierten Kapitel SGB XII zu prüfen; ein Weiterleitungsantrag nach § 16 SGB I liegt bei.

Daten aus unserem Verfahren:
Anschrift: [[A|Westerndorfer Straße 88]], [[A|83024 Rosenheim]]
Telefon: [[T|{u['mobile']}]]
RV-Nr.: [[SSN|{u['ssn']}]]
Krankenversicherung: AOK Bayern, [[KV|{u['kv']}]]
Bankverbindung: [[IBAN|{u['iban']}]]
Kundennummer Jobcenter: [[AZ|{u['kdnr']}]]

Hinweise: Frau [[P|Mustafić]] ist Romni, spricht kaum Deutsch und kann nicht lesen. Die Verständigung lief bisher über ihre Tochter [[P|Senada Mustafić]] (Tel. [[T|{u['s_mobile']}]]) oder einen Dolmetscher für Romanes. Sie lebt mit ihrem Sohn [[P|Dževad Mustafić]] zusammen, für den das Jobcenter weiterhin zuständig bleibt (gemischte Bedarfsgemeinschaft, Kopfteilung der Unterkunftskosten).

Die Akte übersenden wir nach Abschluss per Behördenpost.

Mit freundlichen Grüßen
im Auftrag
[[P|Sabine Loibl]]
Jobcenter Rosenheim Stadt – Team 402 Leistungsgewährung
""")

# ----------------------------------------------------------------------------------------------------------------
# 022 word – certified translation of the Czech pension decision
# ----------------------------------------------------------------------------------------------------------------
doc("word", "uebersetzung_bescheid_cz", [], f"""Übersetzung aus dem Tschechischen

[Staatswappen]
Česká správa sociálního zabezpečení (Tschechische Verwaltung der sozialen Sicherheit)
[[N|Křížová 1292/25]], [[N|225 08 Praha 5]]

Geschäftszeichen (Č. j.): [[AZ|{n['cssz']}]]
Prag, den 14.03.2024

BESCHEID

Die Tschechische Verwaltung der sozialen Sicherheit hat gemäß § 29 des Gesetzes Nr. 155/1995 Slg. über die Rentenversicherung in der geltenden Fassung wie folgt entschieden:

Frau [[P|Jaroslava Nováková]], geboren am [[DOB|12. 11. 1956]], Geburtsnummer [[SSN|{n['rc']}]], wohnhaft [[A|Kaiserstraße 33]], [[A|83022 Rosenheim]], Bundesrepublik Deutschland, wird ab dem 01.01.2024 eine Altersrente in Höhe von 6.412 CZK monatlich gewährt.

Die Rente wird monatlich auf das Konto IBAN [[IBAN|{n['iban']}]] überwiesen.

Begründung: Die Berechtigte hat in der Tschechischen Republik Versicherungszeiten von 1975 bis 2016 zurückgelegt (41 Jahre, 112 Tage). [… folgen Berechnungsgrundlagen, hier nicht übersetzt …]

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb von 30 Tagen nach Zustellung Widerspruch bei der Tschechischen Verwaltung der sozialen Sicherheit eingelegt werden.

[Rundstempel] [Unterschrift] Ing. [[P|Petra Horáková]], Referentin

— Ende der Übersetzung —

Die Richtigkeit und Vollständigkeit vorstehender Übersetzung des mir im Original vorgelegten Dokuments wird hiermit bescheinigt.

Rosenheim, 02.05.2025
Mgr. [[P|Ivana Procházková-Huber]]
Öffentlich bestellte und allgemein beeidigte Übersetzerin für die tschechische Sprache (LG Traunstein)
[[A|Samerstraße 21]], [[A|83022 Rosenheim]]
""")

# ----------------------------------------------------------------------------------------------------------------
# 023 outlook – Turkish daughter, partly English
# ----------------------------------------------------------------------------------------------------------------
doc("outlook", "auslandsrente_tr", [], f"""Von: [[P|Zeynep Aksoy]] <[[E|zeynep.aksoy@outlook.com.tr]]>
An: [[N|{SOZ_MAIL}]]
Gesendet: Mittwoch, 4. Juni 2025 10:26
Betreff: Annem [[P|Hatice Yıldız]] – Turkish pension SGK / Grundsicherung

Hello,

my name is [[P|Zeynep Aksoy]], I am the daughter of [[P|Hatice Yıldız]] (born [[DOB|1 February 1951]]), I live in Istanbul. My brother [[P|Murat]] told me you need documents about the Turkish pension of my mother, Az. [[AZ|{y['az_gs']}]].

Meine Mutter bekommt seit 2011 eine Rente from SGK in Turkey, about 9.800 TL per month. Her T.C. Kimlik No. is [[TID|{y['h_tck']}]]. The pension is paid to her account at Ziraat Bankası: [[IBAN|{group(y['h_iban'], 4)}]].

She also has a Turkish passport, number [[PASS|{y['h_pass']}]], valid until 2027, she needs it for the bank in Turkey. I attach the "SGK hizmet dökümü" and the pension letter (in Turkish, sorry).

Ich spreche ein bisschen Deutsch, aber Schreiben ist schwer. Please answer in English or call me: [[T|{y['z_phone']}]] (WhatsApp also).

Thank you very much,
[[P|Zeynep Aksoy]]
[[A|Bağdat Caddesi No: 214/7]]
[[A|34728 Kadıköy/İstanbul]]
""")

# ----------------------------------------------------------------------------------------------------------------
# 024 word – hearing before recovery of overpayment (Italian pension)
# ----------------------------------------------------------------------------------------------------------------
doc("word", "anhoerung_rueckforderung", [], f"""Stadt Rosenheim · Amt für Soziales · Grundsicherung
[[N|{OFFICE_ST}]] · [[N|{OFFICE_PLZ}]]

Herrn
[[P|Giuseppe Esposito]]
[[A|Färberstraße 9]]
[[A|83022 Rosenheim]]

Az.: [[AZ|{e['az']}]]
Sachbearbeitung: [[P|Theresa Gschwendtner]], Telefon [[N|08031 365-2412]]
Rosenheim, 03.06.2025

Anhörung nach § 24 SGB X vor Erlass eines Aufhebungs- und Erstattungsbescheids
Leistungsberechtigter: [[P|Giuseppe Esposito]], geb. [[DOB|03.04.1941]]

Sehr geehrter Herr [[P|Esposito]],

Sie erhalten seit dem 01.09.2022 Leistungen der Grundsicherung im Alter. Nach einer Mitteilung der italienischen Rentenversicherung INPS über den elektronischen Datenaustausch (EESSI, codice fiscale [[TID|{e['cf']}]]) beziehen Sie seit dem 01.01.2022 eine Altersrente aus Italien (pensione n. [[AZ|{e['inps']}]]). Diese Rente haben Sie in Ihrem Antrag vom 18.08.2022 und in den Weiterbewilligungsanträgen nicht angegeben.

Die Rente ist als Einkommen anzurechnen. Für die Vergangenheit ergibt sich folgende Überzahlung:

Zeitraum               | Monate | Rente mtl. | Überzahlung
09/2022 – 12/2022      |    4   |  218,10    |    872,40 EUR
01/2023 – 12/2023      |   12   |  224,65    |  2.695,80 EUR
01/2024 – 04/2025      |   16   |  231,47    |  3.703,52 EUR
Gesamt                                        |  7.271,72 EUR

Ich beabsichtige, die Bewilligungsbescheide insoweit nach § 48 Abs. 1 Satz 2 Nr. 3 SGB X aufzuheben und den Betrag nach § 50 SGB X zurückzufordern. Bevor ich entscheide, haben Sie Gelegenheit, sich bis zum 20.06.2025 schriftlich oder mündlich zu äußern. Sie können sich dabei von einer Person Ihres Vertrauens, zum Beispiel Ihrer Tochter, Frau [[P|Carla Esposito]], vertreten lassen; bitte legen Sie dann eine Vollmacht vor.

Mit freundlichen Grüßen
Im Auftrag

[[P|Theresa Gschwendtner]]
""")

# ----------------------------------------------------------------------------------------------------------------
# 025 outlook – niece forwards the funeral home's mail, offers her credit card
# ----------------------------------------------------------------------------------------------------------------
hu = huber
doc("outlook", "bestattung_weiterleitung", [], f"""Von: [[P|Sabine Kraus]] <[[E|sabine.kraus@gmx.net]]>
An: [[P|Demirel-Huber, Ayşe]] <[[E|ayse.demirel-huber@rosenheim.de]]>
Gesendet: Dienstag, 29. April 2025 07:48
Betreff: WG: Rechnung Bestattung [[P|Josef Huber]] / Auftrag [[AZ|{hu['order']}]]

Hallo Frau [[P|Demirel-Huber]],

anbei wie gewünscht die Mail vom Bestatter. Ich bin die einzige Angehörige meines Onkels [[P|Josef Huber]] (geb. [[DOB|29.11.1944]]), er ist am 17.04. im RoMed Klinikum verstorben. Er hatte nichts gespart, nur die kleine Rente, und die Wohnung war gemietet. Ihr Aktenzeichen ist [[AZ|{hu['az']}]], oder?

Den Eigenanteil von 500 EUR, den Sie am Telefon erwähnt haben, würde ich gern gleich mit meiner Kreditkarte zahlen: Visa [[CC|{hu['cc']}]], gültig bis 09/27, Karteninhaberin [[P|Sabine Kraus]]. Geht das bei Ihnen, oder muss ich überweisen?

Liebe Grüße
[[P|Sabine Kraus]]
Tel. [[T|{hu['s_mobile']}]]
[[A|Hochriesstraße 7]], [[A|83209 Prien am Chiemsee]]

---------- Weitergeleitete Nachricht ---------
Von: Bestattungen [[N|Anker & Sohn]] <[[N|info@bestattungen-anker.de]]>
Datum: Mo., 28. Apr. 2025 um 11:03
Betreff: Rechnung Bestattung [[P|Josef Huber]] / Auftrag [[AZ|{hu['order']}]]
An: <[[E|sabine.kraus@gmx.net]]>

Sehr geehrte Frau [[P|Kraus]],

anbei erhalten Sie unsere Rechnung Nr. [[AZ|{hu['order']}]] für die Feuerbestattung Ihres Onkels, Herrn [[P|Josef Huber]], mit Urnenbeisetzung am Friedhof an der Westerndorfer Straße. Der Betrag von 3.486,00 EUR ist zahlbar innerhalb von 14 Tagen auf unser Konto bei der VR Bank (IBAN [[N|{company['anker_iban']}]]). Wenn Sie die Übernahme beim Sozialamt beantragt haben, senden Sie uns bitte eine Kopie des Antrags; wir warten dann mit der Mahnung.

Mit freundlichem Gruß
[[P|Markus Anker]]
Bestattungen [[N|Anker & Sohn]] · [[N|Brückenstraße 9]] · [[N|83022 Rosenheim]]
Tel. [[N|08031 31207]] (Tag und Nacht) · USt-IdNr. [[N|{hu['funeral_vat']}]]
""")

# ----------------------------------------------------------------------------------------------------------------
# 026 word – note of a personal visit with interpreter
# ----------------------------------------------------------------------------------------------------------------
doc("word", "gespraechsvermerk", ["ETHNICITY"], f"""Gesprächsvermerk – persönliche Vorsprache

Az.: [[AZ|{u['az']}]]
Datum: 08.07.2025, 9:15–10:05 Uhr, Zimmer 2.14
Anwesend: Frau [[P|Ramiza Mustafić]] (Antragstellerin), Frau [[P|Senada Mustafić]] (Tochter), Herr [[P|Bajram Berisha]] (Dolmetscher Romanes/Bosnisch, Dolmetscherpool der Stadt), [[P|Theresa Gschwendtner]] (Sachbearbeitung)

1. Identität
Frau [[P|Mustafić]] legt ihren Personalausweis vor (Nr. [[IDC|{u['idc']}]], gültig bis 2031). Identität geprüft, Kopie zur Akte.

2. Hintergrund
Frau [[P|Mustafić]] gehört nach eigenen Angaben der Volksgruppe der Roma an und kam 1992 als Bürgerkriegsflüchtling aus Bijeljina nach Deutschland; seit 2004 ist sie deutsche Staatsangehörige. Sie hat keine Schule besucht und kann nicht lesen und schreiben. Alle Erläuterungen erfolgten mündlich über den Dolmetscher; die Tochter wurde gebeten, künftig Schreiben vorzulesen.

3. Besprochen
- Antrag auf Grundsicherung ab 01.10.2025 wurde gemeinsam ausgefüllt (Weiterleitung Jobcenter liegt vor).
- Rentenbescheid der DRV (Versicherungsnummer [[SSN|{u['ssn']}]]) wird nachgereicht, ebenso Mietvertrag und Kontoauszüge.
- Die Wohnung [[A|Westerndorfer Straße 88]], [[A|83024 Rosenheim]], teilt sie mit dem Sohn [[P|Dževad Mustafić]]; Unterkunftskosten werden nach Köpfen geteilt.

4. Erreichbarkeit
Über die Tochter [[P|Senada]], Tel. [[T|{u['s_mobile']}]]. Frau [[P|Mustafić]] selbst hat kein Telefon mehr.

gez. [[P|Gschwendtner]]
""")

# ----------------------------------------------------------------------------------------------------------------
# 027 outlook – husband applies for care help for his husband
# ----------------------------------------------------------------------------------------------------------------
fe = fendt
doc("outlook", "antrag_pflege_ehemann", ["HEALTH", "SEXUAL_ORIENTATION"], f"""Von: [[P|Werner Schmid]] <[[E|werner.schmid.ro@gmail.com]]>
An: [[E|korbinian.reiter@rosenheim.de]]
Gesendet: Dienstag, 1. April 2025 15:52
Betreff: Antrag Hilfe zur Pflege für meinen Mann [[P|Klaus Fendt]]

Sehr geehrter Herr [[P|Reiter]],

danke für das freundliche Telefonat heute Vormittag. Wie besprochen hier vorab die wichtigsten Angaben, die Formulare bringe ich nächste Woche vorbei.

Mein Ehemann [[P|Klaus Fendt]] (geb. [[DOB|04.05.1943]]) und ich sind seit 2017 verheiratet, davor waren wir 22 Jahre eingetragene Lebenspartner. [[P|Klaus]] lebt seit März im Pflegeheim Inntalblick, weil ich ihn nach seinem zweiten Schlaganfall und mit der fortschreitenden Parkinson-Erkrankung zu Hause nicht mehr versorgen kann. Pflegegrad 5 ist beantragt. Ich selbst wohne weiter in unserer Wohnung, [[A|Hofmannstraße 21]], [[A|83024 Rosenheim]].

[[P|Klaus]]' Versichertennummer bei der DAK: [[KV|{fe['kv']}]]
Rentenversicherungsnummer: [[SSN|{fe['ssn']}]]
Steuer-ID: [[TID|{fe['tid']}]]
Unser gemeinsames Konto: [[IBAN|{fe['iban']}]]

Vermögen: Sparbuch ca. 8.000 EUR, Bausparvertrag ca. 11.200 EUR (auf mich), dazu das Auto (Golf, [[KFZ|{fe['plate']}]]), das ich für die täglichen Besuche brauche.

Erreichbar bin ich unter [[T|{fe['w_land']}]] oder mobil [[T|{fe['w_mobile']}]].

Herzliche Grüße
[[P|Werner Schmid]]
""")

# ----------------------------------------------------------------------------------------------------------------
# 028 word – power of attorney form
# ----------------------------------------------------------------------------------------------------------------
doc("word", "vollmacht", [], f"""VOLLMACHT
(Vordruck Amt für Soziales Rosenheim, Stand 01/2024)

Vollmachtgeberin
Name, Vorname: [[P|Yıldız, Hatice]]
Geburtsdatum: [[DOB|01.02.1951]]
Anschrift: [[A|Ebersberger Straße 112]], [[A|83022 Rosenheim]]
Ausweisdokument: Reisepass der Republik Türkei, Nr. [[PASS|{y['h_pass']}]]
Aktenzeichen: [[AZ|{y['az_gs']}]]

bevollmächtigt hiermit

Name, Vorname: [[P|Yıldız, Murat]]
Geburtsdatum: [[DOB|23.09.1979]]
Anschrift: [[A|Happinger Straße 64]], [[A|83026 Rosenheim]]
Telefon: [[T|{y['m_mobile']}]]
Personalausweis-Nr.: [[IDC|{y['m_idc']}]]

sie in allen Angelegenheiten der Grundsicherung im Alter und der Bestattungskosten für ihren verstorbenen Ehemann (Az. [[AZ|{y['az_bk']}]]) gegenüber der Stadt Rosenheim zu vertreten, Anträge zu stellen und zurückzunehmen, Auskünfte einzuholen, Akteneinsicht zu nehmen und Bescheide entgegenzunehmen.

[ x ] Schriftverkehr soll an den Bevollmächtigten gehen.
[   ] Zahlungen sollen auf ein Konto des Bevollmächtigten erfolgen.

Rosenheim, 14.04.2025

Unterschrift Vollmachtgeberin: [[P|Hatice Yıldız]]
Unterschrift Bevollmächtigter: [[P|M. Yıldız]]

Die Unterschrift der Vollmachtgeberin wurde in meiner Anwesenheit geleistet; der Inhalt wurde ihr vom Bevollmächtigten ins Türkische übersetzt.
[[P|Ayşe Demirel-Huber]], Amt für Soziales
""")

# ----------------------------------------------------------------------------------------------------------------
# 029 outlook – staff reply with quoted request
# ----------------------------------------------------------------------------------------------------------------
doc("outlook", "antwort_termin", [], f"""Von: [[P|Gschwendtner, Theresa]] <[[E|theresa.gschwendtner@rosenheim.de]]>
An: '[[P|Ljubica Babić]]' <[[E|ljubica.babic@web.de]]>
Gesendet: Dienstag, 24. Juni 2025 08:31
Betreff: AW: Termin wegen Grundsicherung – Antrag meiner Mutter

Sehr geehrte Frau [[P|Babić]],

gerne bestätige ich Ihnen einen Beratungstermin am Donnerstag, 26.06.2025, um 10:00 Uhr in Zimmer 2.14. Bitte bringen Sie für Ihre Mutter mit: Personalausweis oder Reisepass, die Rentenbescheide der DRV und des HZMO, Kontoauszüge der letzten drei Monate aller Konten (auch in Kroatien) und die Meldebescheinigung.

Mit freundlichen Grüßen
Im Auftrag
[[P|Theresa Gschwendtner]]
Stadt Rosenheim | Amt für Soziales | Grundsicherung
[[N|{OFFICE_ST}]] | [[N|{OFFICE_PLZ}]]
Tel. [[N|08031 365-2412]] | [[N|{GS_MAIL}]]

Von: [[P|Ljubica Babić]] <[[E|ljubica.babic@web.de]]>
Gesendet: Montag, 23. Juni 2025 18:12
An: [[N|{GS_MAIL}]]
Betreff: Termin wegen Grundsicherung – Antrag meiner Mutter

Guten Tag,

meine Mutter [[P|Kata Babić]] (geb. [[DOB|19.03.1945]]) wohnt seit Januar bei mir, [[A|Mitterweg 3]], [[A|83026 Rosenheim]]. Sie bekommt eine Rente aus Kroatien und eine kleine aus Deutschland, das reicht hinten und vorne nicht. Ich würde gern mit ihr zu einem Beratungstermin kommen. Wir können jeden Tag außer Mittwoch.
Meine Handynummer: [[T|{babic['mobile']}]]

Viele Grüße
[[P|Ljubica Babić]]
""")

# ----------------------------------------------------------------------------------------------------------------
# 030 word – excerpt of the care assessment
# ----------------------------------------------------------------------------------------------------------------
doc("word", "pflegegutachten_auszug", ["HEALTH", "SEXUAL_ORIENTATION"], f"""Medizinischer Dienst Bayern
Gutachten zur Feststellung der Pflegebedürftigkeit gemäß SGB XI – Auszug
(übermittelt an den Träger der Sozialhilfe mit Einwilligung des Versicherten bzw. seines Bevollmächtigten)

Versicherter: [[P|Fendt, Klaus]]
Geburtsdatum: [[DOB|04.05.1943]]
Versichertennummer: [[KV|{fe['kv']}]]
Pflegekasse: DAK-Gesundheit
Anschrift: Pflegeheim Inntalblick, [[A|Kufsteiner Straße 150]], [[A|83026 Rosenheim]]
Auftragsnummer MD: [[AZ|{fe['md']}]]
Aktenzeichen Sozialhilfeträger: [[AZ|{fe['az']}]]
Begutachtung am: 12.05.2025 in der Einrichtung
Gutachterin: [[P|Ute Rottmayr]], Pflegefachkraft
Anwesend: Herr [[P|Werner Schmid]] (Ehemann, Bevollmächtigter), Wohnbereichsleitung

Pflegebegründende Diagnosen
- G20.1 Primäres Parkinson-Syndrom mit mäßiger bis schwerer Beeinträchtigung
- I69.4 Folgen eines Hirninfarkts (zweimalig, zuletzt 01/2025)
- F01.3 Gemischte kortikale und subkortikale vaskuläre Demenz
- R13.1 Dysphagie

Modul                                        | Punkte | gewichtet
1 Mobilität                                  |   15   | 10,00
2/3 Kognitive Fähigkeiten / Verhalten        |   28   | 15,00
4 Selbstversorgung                           |   52   | 40,00
5 Umgang mit krankheitsbedingten Anforderungen |  12   | 20,00
6 Gestaltung des Alltagslebens               |   17   | 15,00
Gesamt                                                |  100,00

Ergebnis: Es liegen schwerste Beeinträchtigungen der Selbständigkeit mit besonderen Anforderungen an die pflegerische Versorgung vor. Empfehlung: Pflegegrad 5 ab 01.03.2025.

Der Ehemann, Herr [[P|Schmid]], berichtet, dass Herr [[P|Fendt]] ihn meist noch erkennt und auf seine Besuche ruhiger reagiert. Empfohlen werden logopädische Behandlung und eine Überprüfung der Parkinson-Medikation durch den Hausarzt, Dr. [[P|Bernhard Eichinger]].
""")

# ----------------------------------------------------------------------------------------------------------------
# Write the corpus
# ----------------------------------------------------------------------------------------------------------------
assert len(DOCS) == 30, len(DOCS)
channels = [c for c, _, _, _ in DOCS]
assert channels.count("outlook") == 15 and channels.count("word") == 15
out = []
for i, (channel, template, flags, text) in enumerate(DOCS, 1):
    out.append(build(f"F125-{i:03d}", channel, template, text, flags))
total = sum(len(o["entities"]) for o in out)
assert 450 <= total <= 650, total
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh125.jsonl")
with open(path, "w", encoding="utf-8", newline="\n") as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + "\n")
print(f"wrote {len(out)} documents, {total} entities to {path}")
