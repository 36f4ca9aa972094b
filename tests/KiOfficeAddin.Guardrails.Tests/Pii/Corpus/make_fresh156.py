#!/usr/bin/env python3
"""Blind test batch 156: invented correspondence of a city's social housing office (Wohnberechtigungsschein,
allocation of subsidised flats, waiting lists, urgency cases). All names, addresses and numbers are invented;
identifiers carry valid check digits. Deterministic: every random choice comes from ids.rng (seed 15656)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from identifiers import Identifiers, group, icao_check, luhn_check, mod11_10_check  # noqa: E402,F401
from marks import build  # noqa: E402

ids = Identifiers(15656)
rng = ids.rng

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh156.jsonl")

MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


# ---------------------------------------------------------------- helpers (all randomness from rng)
def dg(n, first_nonzero=False):
    return ids.digits(n, first_nonzero)


def birth(y0, y1):
    return (rng.randint(1, 28), rng.randint(1, 12), rng.randint(y0, y1))


def fd(t, style="dmy"):
    day, mon, year = t
    if style == "dmy":
        return f"{day:02d}.{mon:02d}.{year}"
    if style == "short":
        return f"{day}.{mon}.{year}"
    if style == "yy":
        return f"{day:02d}.{mon:02d}.{year % 100:02d}"
    if style == "long":
        return f"{day}. {MONTHS[mon - 1]} {year}"
    if style == "iso":
        return f"{year}-{mon:02d}-{day:02d}"
    if style == "en":
        return f"{day} {EN_MONTHS[mon - 1]} {year}"
    if style == "slash":
        return f"{day:02d}/{mon:02d}/{year}"
    raise ValueError(style)


def ddmmyy(t):
    return f"{t[0]:02d}{t[1]:02d}{t[2] % 100:02d}"


MOB8 = ["0151", "0152", "0157", "0160", "0162", "0176", "0177", "0178", "0179"]
MOB7 = ["0170", "0171", "0172", "0175"]


def mobile(style):
    pre = rng.choice(MOB8 + MOB7)
    rest = dg(8 if pre in MOB8 else 7, True)
    if style == "plain":
        return f"{pre} {rest}"
    if style == "slash":
        return f"{pre}/{rest}"
    if style == "dash":
        return f"{pre}-{rest[:3]} {rest[3:]}"
    if style == "intl":
        return f"+49 {pre[1:]} {rest}"
    if style == "intl0":
        return f"+49 (0){pre[1:]} {rest[:4]} {rest[4:]}"
    if style == "compact":
        return f"+49{pre[1:]}{rest}"
    if style == "grouped":
        return f"{pre} {rest[:4]} {rest[4:]}"
    if style == "raw":
        return f"{pre}{rest}"
    raise ValueError(style)


def landline(area, style):
    n = dg(rng.choice([5, 6, 6, 7]), True)
    if style == "space":
        return f"{area} {n}"
    if style == "slash":
        return f"{area}/{n}"
    if style == "paren":
        return f"({area}) {n}"
    if style == "dash":
        return f"{area}-{n}"
    if style == "intl":
        return f"+49 {area[1:]} {n}"
    raise ValueError(style)


def iban_de(grouped=True):
    v = ids.iban_de()
    return group(v, 4) if grouped else v


def mod97(country, bban):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def iban_nl():
    bank = rng.choice(["INGB", "ABNA", "RABO", "TRIO"])
    return mod97("NL", bank + dg(10))


def tax_id(spaced):
    v = ids.tax_id()
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if spaced else v


def ssn(t, letter, spaced):
    v = ids.social_security(ddmmyy(t), letter)
    return f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}" if spaced else v


def card(prefix, sep):
    v = ids.credit_card(prefix, 16)
    return sep.join(v[i:i + 4] for i in range(0, 16, 4))


def creditor_id():
    # SEPA creditor identifier: DE + check (MOD 97-10 over national id + country, business code excluded) + ZZZ + id
    nat = "0000" + dg(7, True)
    digits = "".join(str(int(c, 36)) for c in nat + "DE" + "00")
    return f"DE{98 - int(digits) % 97:02d}ZZZ{nat}"


def az_wbs():
    return f"50.3-WBS-2025/{dg(4)}"


def vorgang():
    return f"V-2025-{dg(6)}"


def wl():
    return f"WL-{rng.randint(24, 25)}-{dg(4)}"


def plate(district, letters, digits_n):
    return f"{district}-{letters} {dg(digits_n, True)}"


def doc(channel, template, text, flags):
    return channel, template, text, flags


# Case numbers reused across documents (the same person's file appears in several places).
AZ_WIEBE = az_wbs()
AZ_SCHMIDTKE = az_wbs()
AZ_BOROWCZYK = az_wbs()
AZ_TESFAYE = az_wbs()
AZ_NOWAK = az_wbs()
AZ_RAMIC = az_wbs()
AZ_STOJKOVIC = az_wbs()
AZ_SCHREWE = az_wbs()
AZ_HADDAD = wl()
TEL_BRUEGGEMANN = landline("02932", "dash")
B_SCHMIDTKE = birth(1966, 1970)
MAIL_YILDIRIM = "tarek.yildirim@arnsberg.de"
MAIL_KEMPER = "ines.kemper@arnsberg.de"
OFFICE_MAIL = "wohnraumfoerderung@arnsberg.de"
OFFICE_TEL = "02932 201-0"


# ---------------------------------------------------------------- documents
def d01():
    b_m, b_r, b_o, b_l, b_j = birth(1986, 1990), birth(1991, 1995), birth(2013, 2015), birth(2016, 2018), \
        birth(2020, 2022)
    tel = mobile("slash")
    t = f"""Betreff: WBS Antrag für meine Familie 5 Person bald 6

Sehr geehrte Damen und Herren

ich bin [[P|Mahmoud Al-Khatib]] und ich schreibe für meine ganze Familie. Wir wohnen jetzt in [[A|Graf-Gottfried-Straße 41]], [[A|59755 Arnsberg]] im 2 Zimmer Wohnung, das ist viel zu klein, die Kinder schlafen alle in ein Zimmer mit Etagenbett.

Wir sind 5 Person:
- ich [[P|Mahmoud Al-Khatib]], geboren [[DOB|{fd(b_m)}]]
- meine Frau [[P|Rania Al-Khatib]] geb. [[DOB|{fd(b_r)}]]
- Sohn [[P|Omar]] geboren [[DOB|{fd(b_o, 'short')}]]
- Tochter [[P|Lina]] geboren [[DOB|{fd(b_l, 'short')}]]
- Tochter [[P|Jana]] [[DOB|{fd(b_j, 'short')}]]

Meine Frau ist schwanger jetzt 6. Monat, Baby kommt im Oktober, dann sind wir 6 Person. Die Frauenärztin Frau [[P|Dr. Hülsmann]] in Neheim hat Bescheinigung geschrieben, ich schicke das im Anhang mit Foto. Weil meine Frau hat Problem mit Blutdruck in Schwangerschaft sie soll nicht viel Treppe laufen, wir wohnen 4. Stock ohne Aufzug.

Ich arbeite Vollzeit in Lager bei Spedition, 1.940 Euro brutto. Meine Frau hat kein Einkommen, nur Kindergeld für 3 Kinder.
Die Formular von Internet ich habe schon ausgefüllt aber ich weiß nicht ob alles richtig ist. Bitte sagen Sie mir was muss ich noch schicken, Lohnabrechnung 3 Monate oder 12 Monate?

Mein Handy [[T|{tel}]] (auch WhatsApp)
Email [[E|mahmoud.alkhatib88@gmail.com]]

Vielen Dank und schöne Grüße
[[P|Mahmoud Al-Khatib]]
"""
    return doc("outlook", "wbs-antrag-familie", t, ["HEALTH"])


def d02():
    b_s, b_a, b_le, b_da = birth(1979, 1983), birth(1976, 1980), birth(2008, 2010), birth(2012, 2014)
    t = f"""Stadt Arnsberg · Der Bürgermeister
Fachdienst Wohnen und Soziales – Wohnraumförderung
[[N|Rathausplatz 1]] · [[N|59759 Arnsberg]]

Frau
[[P|Svetlana Wiebe]]
Herrn
[[P|Artur Wiebe]]
[[A|Zur Feldmühle 7]]
[[A|59821 Arnsberg]]

Unser Zeichen: [[AZ|{AZ_WIEBE}]]
Auskunft erteilt: Frau [[P|Kemper]], Zimmer 2.14
Telefon: [[N|02932 201-1463]]
E-Mail: [[N|{OFFICE_MAIL}]]
Datum: 14.07.2025

Wohnberechtigungsschein nach § 18 WFNG NRW

Sehr geehrte Frau [[P|Wiebe]], sehr geehrter Herr [[P|Wiebe]],

auf Ihren Antrag vom 02.06.2025 erteile ich Ihnen den beigefügten Wohnberechtigungsschein. Er berechtigt zum Bezug einer öffentlich geförderten Mietwohnung mit bis zu vier Wohnräumen bzw. einer Wohnfläche von höchstens 95 m² für folgende Haushaltsangehörige:

1. [[P|Svetlana Wiebe]], geb. [[DOB|{fd(b_s)}]]
2. [[P|Artur Wiebe]], geb. [[DOB|{fd(b_a)}]]
3. [[P|Leonie Wiebe]], geb. [[DOB|{fd(b_le)}]]
4. [[P|Daniel Wiebe]], geb. [[DOB|{fd(b_da)}]]

Das anrechenbare Gesamteinkommen Ihres Haushalts liegt mit 41.212,00 EUR um 11 % unter der Einkommensgrenze nach § 13 WFNG NRW. Der Schein gilt ein Jahr, also bis zum 13.07.2026, im gesamten Land Nordrhein-Westfalen. Legen Sie ihn bitte dem Vermieter vor, bevor Sie den Mietvertrag unterschreiben. Ändert sich die Zahl der Personen in Ihrem Haushalt, teilen Sie es uns bitte mit.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid können Sie innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Arnsberg, [[N|Jägerstraße 1]], [[N|59821 Arnsberg]], erheben.

Mit freundlichen Grüßen
Im Auftrag

[[P|Ines Kemper]]
"""
    return doc("word", "wbs-bescheid", t, [])


def d03():
    tel_direct = TEL_BRUEGGEMANN
    vat = ids.vat_id()
    t = f"""Betreff: Freie geförderte Wohnungen 3. Quartal – Bitte um Vorschläge aus der Warteliste

Liebe Frau [[P|Kemper]], lieber Herr [[P|Yıldırım]],

zum 1. September bzw. 1. Oktober werden bei uns drei Wohnungen mit Belegungsbindung frei:

a) [[A|Ringlebstraße 18]], EG rechts, 2 Zimmer, 54 m², rollstuhlgerecht nach DIN 18040-2, Kaltmiete 5,95 €/m²
b) [[A|Möhnestraße 112a]], 3. OG Mitte, 4 Zimmer, 86 m², Aufzug, Kaltmiete 6,20 €/m²
c) [[A|Lange Reihe 9]], 1. OG links, 1 Zimmer, 38 m²

Für a) hatten Sie uns im Mai bereits Herrn [[P|Haile Tesfamariam]] vorgeschlagen, er hat inzwischen eine andere Wohnung gefunden und abgesagt. Die Vormieterin von b), Frau [[P|Gisela Haarmann]], ist verstorben; die Angehörigen räumen bis Ende August. Für c) kommt nach unserer Erfahrung am ehesten ein Single in Ausbildung in Frage.

Wie gewohnt bitte je Wohnung zwei bis drei Haushalte mit Namen, Personenzahl und Ihrem Aktenzeichen. Die Besichtigungen übernimmt mein Kollege [[P|Jannik Wörmann]] ([[E|j.woermann@sauerland-wohnen.de]]).

Herzliche Grüße aus der Vermietung

[[P|Kerstin Brüggemann-Oduya]]
Kundenbetreuung / Vermietung
Sauerland Wohnen eG
[[N|Lange Reihe 4]] · [[N|59755 Arnsberg]]
Telefon [[T|{tel_direct}]]
[[E|k.brueggemann-oduya@sauerland-wohnen.de]]

Sitz der Genossenschaft: Arnsberg · Amtsgericht Arnsberg GnR 214 · Vorstand: [[P|Dipl.-Kfm. Rüdiger Sommer]], [[P|Aylin Kaya-Wendt]] · Aufsichtsratsvorsitzender: [[P|Hubertus Schulte-Frohlinde]] · USt-IdNr. [[N|{vat}]]
"""
    return doc("outlook", "wohnungsangebot-genossenschaft", t, [])


def d04():
    b_d, b_mi, b_lu = birth(1990, 1994), birth(2016, 2018), birth(2019, 2021)
    plate_g = plate("HSK", rng.choice(["GS", "ST", "DK"]), 4)
    tel = mobile("grouped")
    t = f"""Betreff: Dringender Wohnraumbedarf – Gewaltschutzfall, bitte vertraulich behandeln

Sehr geehrte Frau [[P|Kemper]],

wie heute Morgen telefonisch besprochen, bitte ich um vorrangige Berücksichtigung von Frau [[P|Daniela Stojković]] (geb. [[DOB|{fd(b_d)}]]) und ihren Kindern [[P|Mila]] ([[DOB|{fd(b_mi)}]]) und [[P|Luka]] ([[DOB|{fd(b_lu)}]]).

Frau [[P|Stojković]] ist am Wochenende nach einem erneuten Übergriff ihres Ehemannes, Herrn [[P|Goran Stojković]], mit den Kindern zu uns gekommen. Die Verletzungen (Rippenprellung, Hämatome am Hals) sind in der Notaufnahme dokumentiert; sie ist seitdem in traumatherapeutischer Begleitung. Beim Familiengericht läuft das Verfahren nach dem Gewaltschutzgesetz (Az. [[AZ|12 F 233/25]]).

In die bisherige Wohnung [[A|Mendener Straße 88]], [[A|59755 Arnsberg]] kann sie nicht zurück. Bitte schicken Sie KEINE Post mehr dorthin, Herr [[P|Stojković]] wohnt weiter dort. Er fährt einen schwarzen Audi A4, Kennzeichen [[KFZ|{plate_g}]]; falls er im Rathaus nach ihr fragt, informieren Sie bitte den Sicherheitsdienst.

Einen WBS hat Frau [[P|Stojković]] bereits seit Februar (Ihr Zeichen [[AZ|{AZ_STOJKOVIC}]]). Benötigt wird eine 3-Zimmer-Wohnung, möglichst nicht in Neheim, wo die Familie des Mannes lebt. Frau [[P|Stojković]] ist nur unter ihrer neuen Nummer [[T|{tel}]] erreichbar – bitte diese Nummer keinesfalls an Dritte herausgeben.

Mit freundlichen Grüßen

[[P|Johanna Overkamp]]
Dipl.-Sozialpädagogin
Frauenberatung Hochsauerland e. V.
Telefon Beratungsstelle: [[N|02931 52 00 41]]
[[E|j.overkamp@frauenberatung-hsk.de]]
"""
    return doc("outlook", "dringlichkeit-gewaltschutz", t, ["HEALTH"])


def d05():
    rows = [
        ("Borowczyk", "Henryk", 1, 2, "1", "Rollator, GdB 60, max. 1. OG", AZ_BOROWCZYK, (1944, 1951)),
        ("Acar", "Leyla", 3, 3, "2", "Räumungsklage, Termin 09/2025", None, (1988, 1995)),
        ("Fernandes Pereira", "João", 2, 2, "3", "", None, (1990, 1999)),
        ("Tesfaye", "Asmara", 4, 4, "2", "Überbelegung (4 P. / 1 Zi.)", AZ_TESFAYE, (1985, 1992)),
        ("Kraft", "Sieglinde", 1, 1, "3", "", None, (1950, 1957)),
        ("Mustafić", "Edina", 2, 2, "1", "schwanger, ET 11/2025, Diabetes", None, (1993, 2000)),
        ("Hoang", "Van Long", 5, 4, "2", "", None, (1975, 1983)),
        ("Schmidtke", "Ewald", 1, 2, "1", "Rollstuhl, Querschnitt", AZ_SCHMIDTKE, None),
        ("Lindqvist-Brandt", "Maren", 2, 2, "3", "Alleinerziehend", None, (1984, 1991)),
    ]
    lines = ["Vorgangsnr;Name;Vorname;Geb.-Datum;Pers.;Zimmer;Dringl.;Telefon;Bemerkung"]
    for i, (sur, giv, pers, rooms, urg, rem, az, years) in enumerate(rows):
        ref = az or vorgang()
        b = birth(*years) if years else B_SCHMIDTKE
        styles = ["raw", "plain", "slash", "compact"]
        tel = "" if i in (2, 6) else f"[[T|{mobile(styles[i % 4])}]]"
        lines.append(f"[[AZ|{ref}]];[[P|{sur}]];[[P|{giv}]];[[DOB|{fd(b, 'iso')}]];{pers};{rooms};{urg};{tel};{rem}")
    t = "Export Fachverfahren WoFö – Warteliste aktiv, Stand 18.07.2025, Filter: Dringlichkeit 1-3\n\n" + \
        "\n".join(lines) + "\n\n9 Datensätze exportiert. Nur für den Dienstgebrauch.\n"
    return doc("word", "warteliste-csv", t, ["HEALTH"])


def d06():
    b_o, b_g, b_s = birth(1984, 1988), birth(1954, 1958), birth(2011, 2013)
    pas = rng.choice(["FE", "FK", "FT", "FX", "GA"]) + dg(6)
    ua_tel = f"+380 {rng.choice(['67', '50', '93', '97'])} {dg(3, True)} {dg(2)} {dg(2)}"
    de_tel = mobile("plain")
    t = f"""Betreff: Питання щодо WBS / Frage zum Wohnberechtigungsschein

Добрий день!

Мене звати [[P|Олена Бондаренко]] ([[P|Olena Bondarenko]]), я з Харкова. З квітня 2022 року я живу в Арнсберзі разом з мамою та донькою у тимчасовому житлі за адресою [[A|Breslauer Straße 3]], [[A|59757 Arnsberg]], кімната 12. У нас є Aufenthaltserlaubnis за § 24 AufenthG.

Я хочу подати заяву на Wohnberechtigungsschein. Члени сім'ї:
1. [[P|Бондаренко Олена Миколаївна]], [[DOB|{fd(b_o)}]], закордонний паспорт [[PASS|{pas}]]
2. [[P|Бондаренко Галина Петрівна]] (мама), [[DOB|{fd(b_g)}]]
3. [[P|Бондаренко Софія Андріївна]] (донька), [[DOB|{fd(b_s)}]]

Мама після інсульту, погано ходить і не може підніматися сходами. Нам потрібна квартира на першому поверсі або з ліфтом. Чи можна отримати Dringlichkeit через це? Довідка від лікаря є, але німецькою мовою тільки частково.

Я працюю в пекарні на 30 годин на тиждень, мама отримує Grundsicherung. Соціальна працівниця пані [[P|Ганна Шевчук]] з Caritas допомагала мені з формуляром.

Мій телефон: [[T|{ua_tel}]] (Viber) і німецький [[T|{de_tel}]].
Email: [[E|olena.bondarenko.kh@ukr.net]]

Дякую за допомогу!
З повагою,
[[P|Олена Бондаренко]]
"""
    return doc("outlook", "anfrage-ukrainisch", t, ["HEALTH"])


def d07():
    b_t = birth(2019, 2021)
    tel_de = mobile("intl")
    tel_uk = f"+44 7700 900{dg(3)}"
    pas = "A" + dg(8, True)
    t = f"""Subject: Question about "Wohnberechtigungsschein" – new employee at the hospital

Dear Sir or Madam,

My name is [[P|Chinedu Okafor]] and I moved to Arnsberg in March with my wife [[P|Adaeze Okafor]] and our son [[P|Tobenna]] (born [[DOB|{fd(b_t, 'en')}]]). I work as a nursing assistant at the Klinikum (gross salary about 2,650 EUR per month, my wife is doing her language course B2).

At the moment we are subletting one furnished room from Mr [[P|Heribert Lammers]] at [[A|Klosterstraße 9]], [[A|59821 Arnsberg]], which is only possible until the end of September. A colleague on my ward, Mrs [[P|Funmilayo Adeyemi]], told me that with a WBS we could apply for cheaper flats. My questions:

1. Are we eligible with a residence permit for skilled workers (§ 18a AufenthG)?
2. Do I need a German translation of our marriage certificate?
3. My Nigerian passport ([[PASS|{pas}]]) expires next year – is that a problem for the application?

You can reply to this e-mail ([[E|chinedu.okafor.rn@outlook.com]]) or call me on [[T|{tel_de}]] after 3 pm. My old UK number [[T|{tel_uk}]] still works as well.

Thank you very much in advance!

Kind regards,
[[P|Chinedu Okafor]]
"""
    return doc("outlook", "anfrage-englisch", t, [])


def d08():
    b = B_SCHMIDTKE
    kv = ids.health_insurance()
    sv = ssn(b, "S", True)
    tel = landline("02931", "space")
    t = f"""Gesprächsvermerk – persönliche Vorsprache
Az. [[AZ|{AZ_SCHMIDTKE}]]
Datum: 02.06.2025, 10:15–11:05 Uhr, barrierefreies Besprechungszimmer EG

Anwesend: Herr [[P|Ewald Schmidtke]] (Antragsteller), seine rechtliche Betreuerin Frau [[P|Marion Lüdtke-Hennes]] (Betreuungsverein), für die Stadt Herr [[P|T. Yıldırım]]

1. Situation
Herr [[P|Schmidtke]] (geb. [[DOB|{fd(b, 'long')}]]) ist nach einem Arbeitsunfall 2019 querschnittgelähmt (Th 10) und auf einen Aktivrollstuhl angewiesen. Schwerbehindertenausweis GdB 100, Merkzeichen aG und H. Die jetzige Wohnung [[A|Am Hellefelder Bach 23]], 2. OG ohne Aufzug, kann er nur mit Hilfe des Pflegedienstes verlassen; er war seit Februar zweimal draußen, beide Male zu Arztterminen. Pflegegrad 3, Pflegekasse AOK NordWest, Versichertennummer [[KV|{kv}]].

2. Einkommen
Erwerbsminderungsrente 1.312,40 EUR netto (Rentenbescheid vom 15.01.2025, Versicherungsnummer [[SSN|{sv}]]), Verletztenrente der BG 410,00 EUR. Kein Vermögen über dem Freibetrag.

3. Ergebnis
Dringlichkeitsstufe 1 (Barrierefreiheit). Vorschlag an Sauerland Wohnen eG für die Wohnung [[A|Ringlebstraße 18]], EG rechts, sobald frei. Frau [[P|Lüdtke-Hennes]] bekommt eine Kopie des Vermerks; sie ist erreichbar unter [[T|{tel}]] bzw. [[E|m.luedtke-hennes@btv-arnsberg.de]].

gez. [[P|Yıldırım]]
"""
    return doc("word", "gespraechsvermerk-barrierefrei", t, ["HEALTH"])


def d09():
    bg = f"36204BG{dg(7)}"
    b = birth(1985, 1989)
    t = f"""Betreff: WG: KdU-Angemessenheit Möhnestraße – BG [[AZ|{bg}]]

Hallo [[P|Ines]],

zur Info und bitte zur Akte [[P|Nowak]] ([[AZ|{AZ_NOWAK}]]). Das Jobcenter übernimmt für die [[A|Möhnestraße 112a]] nur 612 € bruttokalt, die eG will aber 648 €. Kannst Du mit Frau [[P|Brüggemann-Oduya]] klären, ob die Betriebskostenvorauszahlung wirklich so hoch sein muss? Sonst schlagen wir die Wohnung jemand anderem vor.

Gruß
[[P|Tarek]]

-----Ursprüngliche Nachricht-----
Von: [[P|Wojciechowski, Beata]] <[[E|beata.wojciechowski@jobcenter-ge.de]]>
Gesendet: Dienstag, 8. Juli 2025 09:41
An: [[P|Yıldırım, Tarek]] <[[E|{MAIL_YILDIRIM}]]>
Cc: [[N|{OFFICE_MAIL}]]
Betreff: KdU-Angemessenheit Möhnestraße – BG [[AZ|{bg}]]

Sehr geehrter Herr [[P|Yıldırım]],

für die Bedarfsgemeinschaft [[P|Nowak]] (Frau [[P|Agata Nowak]], geb. [[DOB|{fd(b)}]], mit zwei minderjährigen Kindern) kann ich Ihnen mitteilen, dass nach unserer Richtlinie für einen 3-Personen-Haushalt in Arnsberg eine Bruttokaltmiete von 612,00 EUR angemessen ist. Die derzeitige Unterkunft [[A|Hüstener Markt 6]], [[A|59759 Arnsberg]] ist mit 47 m² deutlich zu klein; einem Umzug stimmen wir grundsätzlich zu. Eine Zusicherung nach § 22 Abs. 4 SGB II kann ich erst erteilen, wenn ein konkretes Mietangebot vorliegt.

Mit freundlichen Grüßen
Im Auftrag
[[P|Beata Wojciechowski]]
Jobcenter Hochsauerlandkreis – Standort Arnsberg, Team 512
Tel. [[N|02931 8990-0]]
"""
    return doc("outlook", "weiterleitung-jobcenter", t, [])


def d10():
    b1, b2, b3, b4 = birth(1982, 1985), birth(1980, 1983), birth(2006, 2007), birth(2014, 2016)
    tnr = ids.tax_number_nrw()
    t1, t2, t3 = tax_id(True), tax_id(False), tax_id(True)
    t = f"""Anlage 2 zum Antrag [[AZ|{az_wbs()}]] – Ermittlung des Gesamteinkommens (§ 15 WFNG NRW)
Haushalt [[P|Aydın-Schulte]], [[A|Goethestraße 61]], [[A|59755 Arnsberg]]

| Haushaltsmitglied | geb. | Einkommensart | Jahresbrutto | Steuer-IdNr. | Quelle |
|---|---|---|---|---|---|
| [[P|Kübra Aydın-Schulte]] | [[DOB|{fd(b1)}]] | nichtselbständig (Pflegefachkraft) | 31.480,00 € | [[TID|{t1}]] | Lohnsteuerbescheinigung 2024 |
| [[P|Marcel Schulte]] | [[DOB|{fd(b2)}]] | Gewerbebetrieb (Fliesenleger) | 18.900,00 € | [[TID|{t2}]] | ESt-Bescheid 2023, StNr. [[TNR|{tnr}]] |
| [[P|Elif Schulte]] | [[DOB|{fd(b3)}]] | Ausbildungsvergütung | 11.040,00 € | [[TID|{t3}]] | Ausbildungsvertrag |
| [[P|Noah Schulte]] | [[DOB|{fd(b4)}]] | – | – | – | – |

Abzüge: je 10 % pauschal für Steuern, Kranken- und Rentenversicherung (§ 16 WFNG NRW); Werbungskostenpauschale bei nichtselbständiger Arbeit; Freibetrag für Auszubildende 600,00 € (Elif).
Anrechenbares Gesamteinkommen: 45.126,00 €
Einkommensgrenze für 4 Personen (Einkommensgruppe A): 52.350,00 €
Ergebnis: Grenze um 13,8 % unterschritten.

Hinweis: Der Gewinn von Herrn [[P|Schulte]] schwankt stark; bitte den Bescheid 2024 nachfordern, sobald er vorliegt.
Geprüft: [[P|I. Kemper]], 11.07.2025
"""
    return doc("word", "einkommen-tabelle", t, [])


def d11():
    tel = mobile("raw")
    t = f"""Betreff: wohnung??

hallo frau [[P|kemper]]

ich hab vor 8 monaten den antrag abgegeben und immer noch nix gehört. meine nummer war glaub ich [[AZ|wl 25 {dg(4)}]] oder so steht auf dem zettel
bin grad bei meinem kumpel [[P|dennis]] aufm sofa [[A|kaiserstr 33]] weil meine alte bude weg is (vermieter hat eigenbedarf gemacht angeblich)
meine freundin [[P|jacky]] also [[P|jacqueline meschede]] ist auch mit drauf auf dem antrag wir sind zu zweit und sie hat nen job jetzt beim rewe

kann man da nix machen?? die andern bekommen alle wohnungen nur wir nich
ruft mich an [[T|{tel}]] oder schreibt whatsapp, nach 16 uhr weil ich arbeite

mfg [[P|kevin brzezinski]]

Von meinem iPhone gesendet
"""
    return doc("outlook", "nachfrage-informell", t, [])


def d12():
    tnr = ids.tax_number_nrw()
    iban = iban_de(True)
    tel_raw = dg(6, True)
    t = f"""--- Scan Seite 1/2 (OCR, nicht korrigiert) ---

MIETBESCHEINIGUNG
zur Vorlage bei der Stadt Arnsberg – Wohnraumförderung
(vom Verrnieter auszufüllen)

Verrnieter / Eigentürner: [[P|Heinz-Wilhelm Brockhoff]]
Anschrift d. Verm.: [[A|Sauerlandstr. 27]] , [[A|59846 Sundern]]
Telefon: [[T|O2933 {tel_raw}]]
Steuer-Nr. d. Verm. (f. Mieteinkünfte): [[TNR|{tnr}]]

Mieter: [[P|Nguyen Thi Thu Hà]] u. [[P|Tran Minh Duc]]
Lage d. Whg.: [[A|Stemeler Straße 5]] , 1. OG Iinks
                [[A|59846 Sundern]]
Wohnf|äche: 68,5 rn²     Zirnmer: 3     Baujahr: 1972
Grundrniete rnonatl.: 512,00 EUR
Nebenkosten (kalt): 148,00 EUR       Heizkosten: 96,00 EUR
Mietbeginn: 01.O4.2019
Die Miete wird gezahlt auf rnein Konto IBAN [[IBAN|{iban}]]
Mietrückstände bestehen: [ ] ja   [X] nein

Ort, Datum: Sundern, 28.O6.2025      Unterschrift: [[P|H.-W. Brockhoff]]

--- Scan Seite 2/2 ---
Bestätigung: Das Mietverhältnis rnit Frau [[P|Nguyen]] und Herrn [[P|Tran]] wurde frist-
gerecht zum 30.09.2025 gekündigt (Eigenbedarf fur rneinen Enkel [[P|Lukas Brockhoff]]).
Die Mieter haben ihre Miete stets pünktIich gezahIt.
"""
    return doc("word", "mietbescheinigung-ocr", t, [])


def d13():
    vat = ids.vat_id()
    iban = iban_de(False)
    tel_hv = landline("02937", "slash")
    tel_own = landline("02937", "space")
    t = f"""Betreff: Freiwerdende geförderte Wohnung in Oeventrop – Benennung von Mietern

Sehr geehrte Damen und Herren,

zum 01.10.2025 wird in meinem Hause [[A|Kirchstraße 14]], [[A|59823 Arnsberg]] die Dachgeschosswohnung (2 Zimmer, Küche, Bad, 52 m², öffentlich gefördert, Bindung bis 2031) frei. Die bisherige Mieterin, Frau [[P|Gertrud Siepe]], wechselt in ein Seniorenheim.

Gemäß der Belegungsbindung ersuche ich um Benennung von drei wohnberechtigten Haushalten. Ich wäre Ihnen verbunden, wenn ruhige, berufstätige Mieter benannt würden. Von Haustieren bitte ich abzusehen, da im Erdgeschoss meine Schwester, Frau [[P|Hedwig Rüther]], wohnt, die an einer schweren Tierhaarallergie mit Asthma leidet.

Die Verwaltung des Hauses besorgt für mich die Hausverwaltung [[P|Petra Sommerfeld]], [[A|Hauptstraße 71]], [[A|59823 Arnsberg]], USt-IdNr. [[VAT|{vat}]], Telefon [[T|{tel_hv}]]. Besichtigungen bitte ausschließlich über Frau [[P|Sommerfeld]]. Die Mietsicherheit (drei Nettokaltmieten) ist vor Schlüsselübergabe auf mein Konto [[IBAN|{iban}]] bei der Sparkasse Arnsberg-Sundern zu leisten.

Mit vorzüglicher Hochachtung

[[P|Dipl.-Ing. Friedhelm Rüther]]
[[T|{tel_own}]]
"""
    return doc("outlook", "privatvermieter-angebot", t, ["HEALTH"])


def d14():
    tel = TEL_BRUEGGEMANN
    t = f"""Stadt Arnsberg · Fachdienst Wohnen und Soziales
[[N|Rathausplatz 1]], [[N|59759 Arnsberg]]

Frau [[P|Asmara Tesfaye]] und Herrn [[P|Yonas Haile]]
c/o [[P|Senait Gebremedhin]]
[[A|Ruhrstraße 52]]
[[A|59759 Arnsberg]]

Aktenzeichen: [[AZ|{AZ_TESFAYE}]] – bitte stets angeben
Arnsberg, 16. Juli 2025

Wohnungsvorschlag

Sehr geehrte Frau [[P|Tesfaye]], sehr geehrter Herr [[P|Haile]],

wir freuen uns, Ihnen eine Wohnung vorschlagen zu können:

Objekt: [[A|Möhnestraße 112a]], 3. OG Mitte
Größe: 4 Zimmer, Küche, Bad, Balkon, 86 m², Aufzug vorhanden
Kaltmiete: 533,20 EUR zzgl. Betriebskosten ca. 180,00 EUR
Vermieterin: Sauerland Wohnen eG

Bitte vereinbaren Sie bis zum 25.07.2025 einen Besichtigungstermin bei Frau [[P|Brüggemann-Oduya]] (Telefon [[T|{tel}]]). Bringen Sie zur Besichtigung Ihren Wohnberechtigungsschein, Ihre Ausweise oder Aufenthaltstitel und die Geburtsurkunden von [[P|Selam]] und [[P|Dawit]] mit.

Wenn Sie die Wohnung nicht möchten, sagen Sie uns bitte kurz Bescheid. Sie bleiben dann auf der Warteliste.

Wir wünschen Ihnen viel Erfolg!

Freundliche Grüße
Im Auftrag

[[P|Tarek Yıldırım]]
"""
    return doc("word", "wohnungsvorschlag", t, [])


def d15():
    tid = tax_id(False)
    tel = mobile("dash")
    t = f"""Betreff: AW: Ihr Antrag [[AZ|{AZ_SCHREWE}]] – fehlende Unterlagen

Hallo Herr [[P|Yıldırım]],

anbei wie gewünscht die Kopie aus dem Mutterpass und die Bescheinigung von meiner Frauenärztin, [[P|Dr. med. Katrin Oberschelp]]. Der errechnete Termin ist der 3. November. Es werden Zwillinge und wegen einer Plazentainsuffizienz gilt es als Risikoschwangerschaft, ich habe seit letzter Woche ein Beschäftigungsverbot.

Der Vater, [[P|Jonas Pieper]], zieht mit ein. Er ist im 2. Lehrjahr als Mechatroniker, die Ausbildungsvergütung steht in der Anlage. Seine Steuer-ID, falls Sie die brauchen: [[TID|{tid}]]. Meine haben Sie ja schon aus der Lohnsteuerbescheinigung.

Momentan wohnen wir noch bei meinen Eltern im Kinderzimmer, [[A|Lindenweg 4]] in [[A|59846 Sundern]]. Meine Mutter, [[P|Birgit Schrewe]], hat gesagt, sie bestätigt Ihnen gern, dass wir dort nicht bleiben können.

Viele Grüße
[[P|Melina Schrewe]]
[[T|{tel}]]

> Am 09.07.2025 um 14:02 schrieb [[P|Yıldırım, Tarek]] <[[E|{MAIL_YILDIRIM}]]>:
>
> Sehr geehrte Frau [[P|Schrewe]],
>
> für die Bearbeitung Ihres Antrags benötige ich noch einen Nachweis über die Schwangerschaft
> sowie Angaben zum Einkommen des zweiten Elternteils, falls er mit einziehen soll.
>
> Mit freundlichen Grüßen
> [[P|Tarek Yıldırım]]
> Stadt Arnsberg – Wohnraumförderung
"""
    return doc("outlook", "nachreichung-schwangerschaft", t, ["HEALTH"])


def d16():
    b_amar = birth(2017, 2019)
    tel = mobile("slash")
    t = f"""Aktenvermerk Ortstermin

Vorgang: [[AZ|{az_wbs()}]] – Familie [[P|Demirović]]
Ort: [[A|Am Bahndamm 2]], Hinterhaus, [[A|59757 Arnsberg]]
Datum: 10.07.2025, 9:30 Uhr
Teilnehmende: [[P|Ines Kemper]] (Wohnraumförderung), [[P|Rüdiger Pape]] (Bauaufsicht), Herr [[P|Senad Demirović]], Frau [[P|Amela Demirović]]

Feststellungen:
– Zwei Zimmer mit zusammen 41 m² für sechs Personen; die vier Kinder schlafen im Wohnzimmer auf zwei Matratzen und einem Klappbett.
– Großflächiger Schimmel an der Außenwand des Schlafzimmers und im Bad, Fenster undicht. Herr [[P|Pape]] fertigt Fotos und prüft ein Verfahren nach dem Wohnraumstärkungsgesetz.
– Sohn [[P|Amar]] (geb. [[DOB|{fd(b_amar)}]]) hat nach Angaben der Eltern seit dem Winter Asthma bronchiale und braucht täglich ein Spray; ein Attest der Kinderärztin [[P|Dr. Feldmann-Ocak]] liegt vor und wurde zur Akte genommen.
– Der Vermieter, Herr [[P|Ralf Gockel]] (Tel. [[T|{tel}]]), war trotz Einladung nicht anwesend.

Bewertung: Überbelegung und gesundheitsgefährdende Wohnverhältnisse; Dringlichkeitsstufe 1 wird vorgeschlagen. Die Familie benötigt mindestens 4 Zimmer.

[[P|Kemper]]
"""
    return doc("word", "vermerk-ortstermin", t, ["HEALTH"])


def d17():
    tel = landline("02932", "paren")
    t = f"""Betreff: Beschwerde – Absage wegen unserer Herkunft?

Sehr geehrte Damen und Herren,

mein Name ist [[P|Ljubica Ramić]]. Ich bin Romni, komme aus Serbien und lebe seit 2014 mit meinem Mann [[P|Dragan Ramić]] und unseren drei Kindern in Arnsberg. Wir haben seit Januar einen WBS ([[AZ|{AZ_RAMIC}]]).

Am 4. Juli waren wir bei der Besichtigung der Wohnung [[A|Schobbostraße 30]], 2. OG. Der Hausmeister, Herr [[P|Kalthoff]], hat zu meinem Mann gesagt, Leute wie uns nehme man hier nicht, da gebe es nur Ärger mit den Nachbarn. Einen Tag später kam die Absage per Mail von Herrn [[P|Norbert Vielhaber]] von der Hausverwaltung ([[E|n.vielhaber@hv-vielhaber.de]]), ohne Grund.

Meine Schwägerin [[P|Vesna Ramić]] war dabei und kann das bestätigen. Ich habe den Fall auch bei der Antidiskriminierungsberatung gemeldet.

Ist das erlaubt bei einer Sozialwohnung? Die Stadt schlägt doch die Mieter vor. Bitte sagen Sie mir, was wir machen können.

Mit freundlichen Grüßen
[[P|Ljubica Ramić]]
[[A|Ostwall 9]]
[[A|59755 Arnsberg]]
Tel. [[T|{tel}]]
"""
    return doc("outlook", "beschwerde-diskriminierung", t, ["ETHNICITY"])


def d18():
    b_m, b_r, b_l, b_g = birth(1987, 1990), birth(1985, 1988), birth(2015, 2017), birth(1950, 1954)
    idc = ids.id_card(check_digit=True)
    tel = mobile("intl0")
    sv = ssn(b_g, "F", False)
    t = f"""ANTRAG AUF ERTEILUNG EINES WOHNBERECHTIGUNGSSCHEINS (§ 18 WFNG NRW)
Stadt Arnsberg – Wohnraumförderung            Eingang: 23. JUNI 2025

1. Antragstellende Person
Name: [[P|de Oliveira Santos]]                Vorname: [[P|Mariana]]
Geburtsdatum: [[DOB|{fd(b_m, 'yy')}]]         Staatsangehörigkeit: deutsch / portugiesisch
Anschrift: [[A|Apostelstraße 11]]
PLZ, Ort: [[A|59755 Arnsberg]]
Telefon: [[T|{tel}]]
E-Mail: [[E|mariana.deoliveira@web.de]]
Personalausweis-Nr.: [[IDC|{idc}]]

2. Weitere Haushaltsangehörige
Nr. | Name, Vorname | Geb.-Datum | Verhältnis | eigenes Einkommen
1 | [[P|Santos, Rafael]] | [[DOB|{fd(b_r, 'yy')}]] | Ehemann | ja (Lagerist)
2 | [[P|Santos, Luísa]] | [[DOB|{fd(b_l, 'yy')}]] | Tochter | nein
3 | [[P|Ferreira, Maria da Conceição]] | [[DOB|{fd(b_g, 'yy')}]] | Mutter | Altersrente, VSNR [[SSN|{sv}]]

3. Derzeitige Wohnung
Größe: 58 m², 2 Zimmer     Kaltmiete: 465,00 EUR
Vermieter: [[P|Klaus-Dieter Hennemann]], [[A|Kreuzstraße 3]], [[A|59755 Arnsberg]]
Grund des Umzugs: [X] Wohnung zu klein  [ ] Kündigung  [ ] gesundheitliche Gründe  [ ] Sonstiges

4. Erklärung
Ich versichere, dass die Angaben vollständig und richtig sind. Mir ist bekannt, dass falsche Angaben zur Rücknahme des WBS führen.

Arnsberg, 20.06.2025           Unterschrift: [[P|M. de Oliveira Santos]]
"""
    return doc("word", "wbs-formular", t, [])


def d19():
    idc1 = ids.id_card(check_digit=False)
    idc2 = ids.id_card(check_digit=True)
    b_k, b_e = birth(1999, 2001), birth(2000, 2002)
    t = f"""Betreff: Re: WBS für Studierende – Rückfrage [[AZ|{vorgang()}]]

Guten Tag Frau [[P|Kemper]],

danke für die schnelle Antwort! Hier die fehlenden Angaben:

Personalausweis [[P|Konstantinos Papadopoulos]] (geb. [[DOB|{fd(b_k)}]]): [[IDC|{idc1}]]
Personalausweis [[P|Eleni Vasileiou]] (geb. [[DOB|{fd(b_e)}]]): [[IDC|{idc2}]]

Die Immatrikulationsbescheinigungen der FH Südwestfalen (Standort Meschede) und den BAföG-Bescheid von Eleni schicke ich als PDF. Ich arbeite zusätzlich als Werkstudent, 520 € im Monat.

Zu Ihrer Frage: Nein, wir wohnen nicht mehr bei meinen Eltern in Soest ([[A|Thomästraße 22]]), sondern seit April in einem WG-Zimmer in der [[A|Ruhrstraße 8]] in Arnsberg.

Beste Grüße
[[P|Kostas Papadopoulos]]

-------- Ursprüngliche Nachricht --------
Von: [[P|Kemper, Ines]] <[[E|{MAIL_KEMPER}]]>
An: [[E|k.papadopoulos@stud.fh-swf.de]]
Datum: 15.07.2025 11:20

> Sehr geehrter Herr [[P|Papadopoulos]],
> Studierende können einen WBS nur ausnahmsweise erhalten, etwa wenn sie mit einer Partnerin
> oder einem Partner einen gemeinsamen Haushalt auf Dauer gründen. Bitte senden Sie mir die
> Ausweisnummern beider Personen, die Studienbescheinigungen und Ihre Einkommensnachweise.
> Mit freundlichen Grüßen
> [[P|Ines Kemper]]
"""
    return doc("outlook", "rueckfrage-studierende", t, [])


def d20():
    rows = [
        ("2025-06-02", "SWE-0412", "Lange Reihe 9", "1. OG li", "Okonkwo, Ifeoma", None, "vergeben"),
        ("2025-06-16", "NBV-2207", "Engelbertstraße 40", "EG", "Kraft, Sieglinde", None, "vergeben"),
        ("2025-07-01", "SWE-0388", "Ringlebstraße 18", "EG re", "Schmidtke, Ewald", AZ_SCHMIDTKE, "vorgeschlagen"),
        ("2025-07-01", "SWE-0391", "Möhnestraße 112a", "3. OG Mi", "Tesfaye, Asmara", AZ_TESFAYE, "vorgeschlagen"),
        ("2025-07-03", "PRV-0017", "Kirchstraße 14", "DG", "Acar, Leyla", None, "abgelehnt (Mieterin)"),
        ("2025-07-08", "NBV-2231", "Engelbertstraße 44", "2. OG re", "Hoang, Van Long", None, "in Prüfung"),
        ("2025-07-11", "SWE-0395", "Möhnestraße 110", "1. OG re", "Nowak, Agata", AZ_NOWAK, "vorgeschlagen"),
    ]
    lines = []
    for date_s, obj, street, floor, name, az, status in rows:
        ref = az or az_wbs()
        lines.append(f"{date_s};{obj};[[A|{street}]];{floor};[[P|{name}]];[[AZ|{ref}]];{status}")
    t = "\n".join(lines) + "\n"
    return doc("word", "vergabeliste-ohne-kopf", t, [])


def d21():
    iban = iban_nl()
    vat_nl = "NL" + dg(9, True) + "B01"
    tel = f"+31 20 {dg(3, True)} {dg(4)}"
    t = f"""Subject: Nomination of tenants – subsidised units Engelbertstraße (Belegungsrecht)

Dear Ms [[P|Kemper]],

Following our call last Thursday: Rhein-Ruhr Residential B.V. took over the building [[A|Engelbertstraße 44]], [[A|59755 Arnsberg]] from Neheimer Bauverein on 1 July. Four of the twelve units are still subject to the occupancy commitment until 2033, and unit 2.3 is vacant.

The previous tenant of unit 2.3, Mr [[P|Farid Ahmadi]], moved out on 30 June; his deposit will be repaid by our local property manager, Mrs [[P|Sandra Höffken-Lüke]] ([[E|s.hoeffken-lueke@rrr-bv.nl]]).

Could you please send us two or three eligible households for unit 2.3 (2 rooms, 49 sqm)? We understood from Mr [[P|Yıldırım]] that a Mr [[P|Hoang]] might be interested. Tenants pay the deposit to our Dutch account [[IBAN|{group(iban, 4)}]] (Rhein-Ruhr Residential B.V., Amsterdam).

Please note our company details for your files: VAT no. [[N|{vat_nl}]], KvK 8{dg(7)}.

Kind regards,
[[P|Maarten van der Linden]]
Asset Manager Germany
Rhein-Ruhr Residential B.V. | [[N|Keizersgracht 318]] | [[N|1016 EZ Amsterdam]]
T [[T|{tel}]] | [[E|m.vanderlinden@rrr-bv.nl]]
"""
    return doc("outlook", "angebot-investor-englisch", t, [])


def d22():
    kz = f"5.0210.{dg(6)}"
    mandate = f"KDL-{dg(6)}"
    iban_v = iban_de(True)
    iban_m = iban_de(True)
    cid = creditor_id()
    t = f"""Stadt Arnsberg · Fachdienst Wohnen und Soziales
[[N|Rathausplatz 1]] · [[N|59759 Arnsberg]]

Herrn
[[P|Wladimir Friesen]]
[[A|Zum Wiebusch 12a]]
[[A|59757 Arnsberg]]

Kassenzeichen: [[AZ|{kz}]]
Datum: 21.07.2025

Bescheid über ein Darlehen für die Mietsicherheit

Sehr geehrter Herr [[P|Friesen]],

für die Anmietung der öffentlich geförderten Wohnung [[A|Kirchstraße 14]], Dachgeschoss, in [[A|59823 Arnsberg]] bewillige ich Ihnen ein zinsloses Darlehen in Höhe von 1.026,00 EUR für die Mietsicherheit.

Auszahlung: Der Betrag wird direkt an den Vermieter, Herrn [[P|Friedhelm Rüther]], auf das Konto [[IBAN|{iban_v}]] überwiesen.

Rückzahlung: ab 01.11.2025 in monatlichen Raten von 30,00 EUR per SEPA-Lastschrift von Ihrem Konto [[IBAN|{iban_m}]] (Mandatsreferenz [[AZ|{mandate}]], Gläubiger-ID der Stadt Arnsberg [[N|{cid}]]).

Der Anspruch auf Rückzahlung der Kaution gegen den Vermieter wird in Höhe des Darlehens an die Stadt abgetreten. Bitte geben Sie bei allen Zahlungen das Kassenzeichen an.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Arnsberg erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Christiane Ostermann-Bilgin]]
"""
    return doc("word", "kautionsdarlehen-bescheid", t, [])


def d23():
    b_k, b_s, b_n, b_a = birth(1978, 1982), birth(1983, 1987), birth(2009, 2011), birth(2013, 2015)
    tel_h = mobile("plain")
    tel_u = landline("02931", "dash")
    t = f"""Betreff: Familie Haso – Bitte um schnelle Verlegung aus der Unterkunft

Sehr geehrte Frau [[P|Kemper]],

ich begleite ehrenamtlich die Familie [[P|Haso]], die seit eineinhalb Jahren in der städtischen Unterkunft [[A|Zum Schlahbruch 4]] lebt. Die Familie sind Jesiden aus dem Sindschar. In den letzten Wochen wurden sie dort von zwei Mitbewohnern wegen ihres Glaubens mehrfach beschimpft und bedroht, die Kinder trauen sich nicht mehr allein in die Gemeinschaftsküche. Der Hausmeister, Herr [[P|Wolters]], weiß Bescheid.

Haushalt:
[[P|Khidir Haso]], geb. [[DOB|{fd(b_k)}]]
[[P|Shireen Haso]], geb. [[DOB|{fd(b_s)}]]
[[P|Nareen Haso]], geb. [[DOB|{fd(b_n)}]]
[[P|Azad Haso]], geb. [[DOB|{fd(b_a)}]]

Einen WBS haben sie seit März. Herr [[P|Haso]] hat eine Vollzeitstelle bei einer Gebäudereinigung angetreten, die Familie kann eine Miete bis ca. 700 € warm selbst tragen.

Herr [[P|Haso]] hat noch ein paar Sätze selbst geschrieben:

„Guten Tag, wir wollen nur ruhig wohnen. Meine Kinder gehen Schule, ich arbeite. In Heim ist nicht gut für uns, bitte helfen Sie. Danke. [[P|Khidir]]"

Sie erreichen mich unter [[T|{tel_h}]], Herrn [[P|Haso]] über die Unterkunft ([[N|{tel_u}]]).

Mit freundlichen Grüßen
[[P|Ursula Freiin von Hövel]]
[[A|Auf dem Hüttenberg 15]]
[[A|59821 Arnsberg]]
"""
    return doc("outlook", "ehrenamt-verlegung-unterkunft", t, ["RELIGION"])


def d24():
    b_m, b_z, b_p = birth(1981, 1984), birth(1986, 1989), birth(2004, 2006)
    idc = ids.id_card(check_digit=True)
    tel = mobile("plain")
    t = f"""Interner Vermerk – Datenabgleich Melderegister zu Antrag [[AZ|{az_wbs()}]]

Antrag: [[P|Mohammad Reza Rahimi]], geb. [[DOB|{fd(b_m)}]]
Register: [[P|RAHIMI, Mohammad-Reza]], geb. [[DOB|{fd(b_m, 'short')}]], deutsch (eingebürgert 2023), Personalausweis [[IDC|{idc}]], gültig bis 08/2033

Meldehistorie:
  seit 01.02.2024   [[A|Lange Wende 14]], [[A|59755 Arnsberg]] (Hauptwohnung)
  2019 – 2024       [[A|Am Müggenberg 3]], [[A|59759 Arnsberg]]
  2016 – 2019       Landesunterkunft, ohne Einzelanschrift

Abweichungen:
1. Im Antrag ist nur die Ehefrau [[P|Zahra Rahimi]] (geb. [[DOB|{fd(b_z)}]]) angegeben. Im Register ist zusätzlich die Tochter [[P|Parisa Rahimi]] (geb. [[DOB|{fd(b_p)}]]) mit Hauptwohnung gemeldet; laut Herrn [[P|Rahimi]] studiert sie seit Oktober in Münster und ist dort mit Nebenwohnung gemeldet ([[A|Steinfurter Straße 107]]). Klären, welche Wohnung Hauptwohnung ist – davon hängt die Haushaltsgröße ab.
2. Schreibweise: Lohnabrechnung lautet auf „[[P|Mohamad Rahimi]]". Keine Auswirkung, Identität durch Ausweis belegt.

Rückruf Herr [[P|Rahimi]] am 22.07. unter [[T|{tel}]] vereinbart.

[[P|T. Yıldırım]], 18.07.2025
"""
    return doc("word", "vermerk-melderegister", t, [])


def d25():
    az1, az2 = az_wbs(), f"50.3-WBS-2024/{dg(4)}"
    tel = mobile("compact")
    t = f"""Betreff: Gemeinsamer WBS statt zwei einzelne

Moin Frau [[P|Kemper]],

mein Mann [[P|Rui Carvalho-Hegemann]] und ich ([[P|Niklas Hegemann]]) haben im Mai geheiratet und suchen jetzt eine gemeinsame Wohnung. Bisher hatte jeder von uns einen eigenen WBS für 1 Person (meiner: [[AZ|{az2}]], seiner: [[AZ|{az1}]]). Können Sie die zusammenlegen, oder müssen wir komplett neu beantragen?

Kurz noch was, weil Sie beim letzten Mal gefragt hatten, warum wir die Wohnung in der [[A|Lange Reihe 9]] nicht genommen haben: Der Verwalter hat bei der Besichtigung ziemlich deutlich gemacht, dass er "sowas" als schwules Paar im Haus nicht so gern hat. Wir wollten uns das nicht antun. Vielleicht können Sie das bei künftigen Vorschlägen im Hinterkopf behalten.

Ich bin jetzt bei Rui eingezogen: [[A|Brückenplatz 5]], [[A|59821 Arnsberg]]. Erreichbar bin ich unter [[T|{tel}]] oder hier per Mail.

Viele Grüße
[[P|Niklas]]

--
[[P|Niklas Hegemann]]
[[E|niklas.hegemann@posteo.de]]
"""
    return doc("outlook", "gemeinsamer-wbs-ehepaar", t, ["SEXUAL_ORIENTATION"])


def d26():
    t = f"""Niederschrift über die Vergaberunde Wohnraumvermittlung am 17.07.2025

Teilnehmende: [[P|Ines Kemper]] (Vorsitz), [[P|Tarek Yıldırım]], [[P|Kerstin Brüggemann-Oduya]] (Sauerland Wohnen eG), [[P|Wolfgang Schulte-Ebbert]] (Sozialdienst)
Protokoll: [[P|B. Oguntoye]]

TOP 1 – [[A|Ringlebstraße 18]], EG rechts (rollstuhlgerecht)
Bewerber: [[P|E. Schmidtke]] ([[AZ|{AZ_SCHMIDTKE}]]; Rollstuhlnutzer, GdB 100, aG) und [[P|H. Borowczyk]] ([[AZ|{AZ_BOROWCZYK}]]; Rollator nach Hüft-TEP, GdB 60). Da Herr [[P|Borowczyk]] nicht auf einen Rollstuhl angewiesen ist, wird einvernehmlich Herr [[P|Schmidtke]] vorgeschlagen. Herr [[P|Borowczyk]] erhält den nächsten barrierearmen Vorschlag im 1. OG mit Aufzug.

TOP 2 – [[A|Möhnestraße 112a]], 3. OG Mitte
Vorschlag Familie [[P|Tesfaye]]/[[P|Haile]] ([[AZ|{AZ_TESFAYE}]]). Die Variante Familie [[P|Nowak]] scheitert an der KdU-Obergrenze (siehe Mail Jobcenter vom 08.07.). Frau [[P|Brüggemann-Oduya]] prüft, ob die Betriebskosten gesenkt werden können.

TOP 3 – Gewaltschutzfälle
Für Frau [[P|D. S.]] ([[AZ|{AZ_STOJKOVIC}]]) wird eine 3-Zimmer-Wohnung außerhalb Neheims gesucht. Herr [[P|Schulte-Ebbert]] weist auf die posttraumatische Belastung und die laufende Therapie hin; ein Umzug in die Nähe der bisherigen Wohnung sei nicht zumutbar.

TOP 4 – Verschiedenes
Beschwerde Frau [[P|Ramić]] über eine Hausverwaltung wird an die Antidiskriminierungsstelle weitergeleitet; Antwort an Frau [[P|Ramić]] durch Herrn [[P|Yıldırım]].

Nächste Vergaberunde: 21.08.2025, 10:00 Uhr, Raum 1.07.
"""
    return doc("word", "niederschrift-vergaberunde", t, ["HEALTH"])


def d27():
    p1 = plate("HSK", "KR", 3)
    p2 = plate("SO", "F", 4)
    p3 = plate("DO", "NB", 4) + "E"
    p4 = plate("HSK", "HV", 2)
    p5 = plate("MES", "A", 3)
    tel1, tel2 = mobile("dash"), landline("02932", "space")
    t = f"""Betreff: Tiefgaragenstellplätze Engelbertstraße – Zuordnung neue Mieter

Hallo Herr [[P|Yıldırım]],

für die Tiefgarage [[A|Engelbertstraße 40]] haben wir noch fünf Stellplätze, die wir bevorzugt an Mieter mit WBS vergeben. Die Eigentümerin verlangt dafür die Kennzeichen, damit der Schrankenleser programmiert werden kann. Bisher haben sich gemeldet:

Stellplatz 07 – [[P|Sieglinde Kraft]] – [[KFZ|{p1}]]
Stellplatz 08 – [[P|Ifeoma Okonkwo]] – [[KFZ|{p2}]] (Fahrzeug des Lebensgefährten [[P|Marvin Stüken]])
Stellplatz 11 – [[P|Van Long Hoang]] – [[KFZ|{p3}]]
Stellplatz 12 – [[P|Hüseyin Çelik]] – [[KFZ|{p4}]]
Stellplatz 14 – noch offen, Interesse: [[P|Greta Vollmer]], [[KFZ|{p5}]]

Frau [[P|Kraft]] hat angefragt, ob sie den Stellplatz nur für den Pflegedienst ihrer Tochter reservieren kann – das geht aus unserer Sicht nicht, sie kann ihn aber untervermieten.

Falls einer der Haushalte aus Ihrer Sicht nicht mehr wohnberechtigt ist, geben Sie mir bitte Bescheid. Herr [[P|Çelik]] ist telefonisch schlecht erreichbar, seine Tochter [[P|Derya]] hat uns die Nummer [[T|{tel1}]] gegeben.

Viele Grüße
[[P|Uwe Brinkschulte]]
Neheimer Bauverein eG – Technik/Garagen
[[T|{tel2}]]
"""
    return doc("outlook", "stellplaetze-kennzeichen", t, ["HEALTH"])


def d28():
    cc1 = card("4", " ")
    cc2 = card("53", "")
    lt = ids.iban("LT", 16)
    police = f"{dg(6)}-{dg(4)}-{dg(6)}"
    tel_uk = f"+44 7700 900{dg(3)}"
    tel_m = mobile("plain")
    t = f"""VERMERK – Warnung: betrügerische Wohnungsangebote an WBS-Inhaber
Verteiler: Team Wohnraumförderung, Bürgerbüro, Pressestelle (ohne personenbezogene Anlagen)

Seit Anfang Juli melden sich Bürgerinnen und Bürger, die auf einem Internetportal eine „Sozialwohnung mit WBS, sofort frei" in der Arnsberger Altstadt gefunden haben. Der angebliche Vermieter „[[P|James Whitfield]]" ([[E|james.whitfield.rentals@gmail.com]], Tel. [[T|{tel_uk}]]) verlangt vor jeder Besichtigung eine „Reservierungsgebühr" von 350 € per Kreditkarte oder Überweisung auf ein litauisches Konto ([[IBAN|{group(lt, 4)}]]).

Bekannte Fälle:
a) Frau [[P|Oksana Melnyk]] hat am 07.07. telefonisch ihre Kartennummer [[CC|{cc1}]] durchgegeben; die Bank hat die Karte gesperrt, 350 € sind abgebucht.
b) Herr [[P|Rahul Mehta]] hat mit der Karte [[CC|{cc2}]] gezahlt und den Betrag bereits zurückgebucht.
c) Frau [[P|Leyla Acar]] hat nicht gezahlt, aber ihre WBS-Kopie per Mail geschickt. Sie ist unter [[T|{tel_m}]] erreichbar.

Die Polizei Hochsauerlandkreis ermittelt (Vorgangsnummer Frau [[P|Melnyk]]: [[AZ|{police}]]). Bitte Anrufer darauf hinweisen: Die Stadt und seriöse Vermieter verlangen nie Gebühren vor einer Besichtigung. Keine Kartennummern in E-Mails oder Vermerke übernehmen – dieser Vermerk ist nach Abschluss zu schwärzen.

Arnsberg, 14.07.2025
[[P|Christiane Ostermann-Bilgin]], Teamleitung
"""
    return doc("word", "vermerk-betrugswarnung", t, [])


def d29():
    tel = mobile("grouped")
    t = f"""Betreff: Frage Warteliste große Wohnung 7 Personen

Guten Tag Herr [[P|Yıldırım]],

Entschuldigung für mein Deutsch, mein Schwager [[P|Samir]] hilft mir aber er hat wenig Zeit. Ich heiße [[P|Yousef Haddad]], meine Wartenummer ist [[AZ|{AZ_HADDAD}]]. Wir sind seit 14 Monate auf die Liste für Wohnung mit 5 Zimmer, aber bis jetzt keine Angebot.

Wir sind 7 Person: ich, meine Frau [[P|Hala]], und 5 Kinder. Der große Sohn [[P|Karim]] macht jetzt Ausbildung als Elektriker, er hat eigene Geld, muss ich das auch sagen für Antrag? Die Wohnung jetzt ist 72 m² für 7 Person, und der Vermieter Herr [[P|Lohmann]] will verkaufen das Haus, er hat gesagt wir müssen vielleicht raus nächstes Jahr.

Ich habe gesehen in Internet eine Wohnung von Bauverein in Neheim 5 Zimmer, ist das für WBS? Kann ich selbst anrufen dort oder muss Stadt machen?

Ich bin erreichbar immer nach 17 Uhr [[T|{tel}]].

Vielen Dank für Ihre Hilfe
[[P|Yousef Haddad]] / [[P|يوسف حداد]]
[[A|Hellefelder Straße 40]]
[[A|59821 Arnsberg]]
"""
    return doc("outlook", "warteliste-grossfamilie", t, [])


def d30():
    tnr = ids.tax_number_nrw()
    t = f"""Stadt Arnsberg · Der Bürgermeister
Fachdienst Wohnen und Soziales
[[N|Rathausplatz 1]] · [[N|59759 Arnsberg]]

Herrn [[P|Cem Aksoy]]
Frau [[P|Dr. Sabine Aksoy-Lenz]]
[[A|Von-Stauffenberg-Straße 9]]
[[A|59757 Arnsberg]]

Ihr Antrag vom 12.05.2025 – Aktenzeichen [[AZ|{az_wbs()}]]
Arnsberg, 22.07.2025

Ablehnung Ihres Antrags auf einen Wohnberechtigungsschein

Sehr geehrter Herr [[P|Aksoy]], sehr geehrte Frau [[P|Dr. Aksoy-Lenz]],

Ihren Antrag auf Erteilung eines Wohnberechtigungsscheins muss ich leider ablehnen.

Begründung: Nach § 18 Abs. 1 WFNG NRW erhält einen Wohnberechtigungsschein nur, wessen Gesamteinkommen die Einkommensgrenze nach § 13 WFNG NRW nicht überschreitet. Für Ihren Haushalt mit drei Personen beträgt die Grenze in der Einkommensgruppe B 57.940,00 EUR. Aus dem vorgelegten Einkommensteuerbescheid 2024 (Steuernummer [[TNR|{tnr}]]) ergibt sich nach den Abzügen des § 16 WFNG NRW ein Gesamteinkommen von 64.318,00 EUR; die Grenze ist damit um 11 % überschritten. Die von Ihnen angeführte befristete Elternzeit von Frau [[P|Dr. Aksoy-Lenz]] ändert daran nichts, weil nach der Rechtsprechung das in den nächsten zwölf Monaten zu erwartende Einkommen zugrunde zu legen ist (vgl. BVerwG, Urteil vom 05.05.2011 – [[N|5 C 12.10]]) und die Rückkehr in die Vollzeitstelle bereits feststeht.

Ich weise Sie darauf hin, dass Sie für frei finanzierte Wohnungen keinen Wohnberechtigungsschein benötigen.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid können Sie innerhalb eines Monats nach Bekanntgabe Klage erheben. Die Klage ist beim Verwaltungsgericht Arnsberg, [[N|Jägerstraße 1]], [[N|59821 Arnsberg]], schriftlich oder zur Niederschrift der Urkundsbeamtin oder des Urkundsbeamten der Geschäftsstelle zu erheben.

Mit freundlichen Grüßen
Im Auftrag
[[P|Ines Kemper]]
"""
    return doc("word", "ablehnung-wbs", t, [])


DOCS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16, d17, d18, d19, d20,
        d21, d22, d23, d24, d25, d26, d27, d28, d29, d30]


def main():
    lines = []
    for i, fn in enumerate(DOCS, 1):
        channel, template, text, flags = fn()
        obj = build(f"F156-{i:03d}", channel, template, text, flags)
        lines.append(json.dumps(obj, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
