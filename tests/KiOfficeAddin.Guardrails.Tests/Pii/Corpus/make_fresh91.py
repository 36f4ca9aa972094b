#!/usr/bin/env python3
"""Blind test batch 91 (seed 9191): invented correspondence of the invented Bezirksamt Spreeufer (Berlin).

Deterministic: only Identifiers(9191) and its random.Random are used. Writes fresh91.jsonl next to this file.
Texts carry inline marks [[CAT|text]]; marks.build() computes the offsets.
"""
import json
import os
import sys

sys.dont_write_bytecode = True  # write nothing next to the shared helpers
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # marks.py and identifiers.py sit beside this file
from marks import build  # noqa: E402
from identifiers import Identifiers, mod97_iban, group  # noqa: E402

I = Identifiers(9191)
R = I.rng


# ---------------------------------------------------------------- independent validators (asserted below)
def v_iban(s):
    s = s.replace(" ", "").replace("-", "")
    lengths = {"DE": 22, "PL": 28, "TR": 26, "IL": 23}
    if len(s) != lengths[s[:2]]:
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def v_mod11_10(digits):
    p = 10
    for ch in digits[:-1]:
        s = (int(ch) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    return (11 - p) % 10 == int(digits[-1])


def v_tax_id(s):
    s = s.replace(" ", "").replace("/", "")
    if len(s) != 11 or s[0] == "0":
        return False
    counts = [s[:10].count(d) for d in "0123456789"]
    if sorted(c for c in counts if c > 1) not in ([2], [3]):
        return False
    return v_mod11_10(s)


def v_vat_de(s):
    s = s.replace(" ", "")
    return s.startswith("DE") and len(s) == 11 and v_mod11_10(s[2:])


def v_vat_pl(s):
    s = s.replace(" ", "").replace("-", "")
    d = s[2:]
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(d[:9], w)) % 11
    return s.startswith("PL") and len(d) == 10 and c != 10 and c == int(d[9])


def _icao_val(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 55


def v_icao(serial_with_check):
    s = serial_with_check.replace(" ", "")
    w = (7, 3, 1)
    return sum(_icao_val(c) * w[i % 3] for i, c in enumerate(s[:-1])) % 10 == int(s[-1])


def v_de_doc(s, first):
    s = s.replace(" ", "")
    ok = len(s) in (9, 10) and s[0] in first and all(c in "CFGHJKLMNPRTVWXYZ0123456789" for c in s[:9])
    return ok and (len(s) == 9 or v_icao(s))


def v_rv(s):
    s = s.replace(" ", "")
    vals = [int(c) for c in s[:8]]
    code = ord(s[8]) - 64
    vals += [code // 10, code % 10, int(s[9]), int(s[10])]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    tot = 0
    for v, ww in zip(vals, w):
        p = v * ww
        tot += p // 10 + p % 10
    return len(s) == 12 and tot % 10 == int(s[11])


def v_kv(s):
    s = s.replace(" ", "")
    code = ord(s[0]) - 64
    vals = [code // 10, code % 10] + [int(c) for c in s[1:9]]
    tot = 0
    for i, v in enumerate(vals):
        p = v * (2 if i % 2 else 1)
        tot += p // 10 + p % 10
    return len(s) == 10 and tot % 10 == int(s[9])


def v_luhn(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def v_pesel(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(s) == 11 and (10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10 == int(s[10])


def v_pl_idcard(s):
    s = s.replace(" ", "")
    w = [7, 3, 1, 9, 7, 3, 1, 7, 3]
    return len(s) == 9 and s[:3].isalpha() and sum(_icao_val(c) * x for c, x in zip(s, w)) % 10 == 0


def v_tckn(s):
    d = [int(c) for c in s]
    return (len(d) == 11 and d[0] != 0 and (7 * sum(d[0:9:2]) - sum(d[1:8:2])) % 10 == d[9]
            and sum(d[:10]) % 10 == d[10])


def v_il_id(s):
    s = s.replace("-", "")
    tot = 0
    for i, c in enumerate(s.zfill(9)):
        p = int(c) * (1 + i % 2)
        tot += p // 10 + p % 10
    return len(s) == 9 and tot % 10 == 0


def v_us_ssn(s):
    a, g, n = s.split("-")
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and n != "0000"


CHECKED = []


def chk(value, fn, *args):
    assert fn(value, *args), (value, fn.__name__)
    CHECKED.append(value)
    return value


# ---------------------------------------------------------------- generators for the kinds identifiers.py lacks
def rv(ddmmyy, letter):
    return chk(I.social_security(ddmmyy, letter), v_rv)


def rv_fmt(s, style):
    if style == 0:
        return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"
    if style == 1:
        return s
    return f"{s[:2]} {s[2:8]} {s[8:]}"


def kv():
    return chk(I.health_insurance(), v_kv)


def tid():
    return chk(I.tax_id(), v_tax_id)


def iban_de():
    return chk(I.iban_de(), v_iban)


def iban_pl():
    return chk(mod97_iban("PL", I.digits(24)), v_iban)


def iban_tr():
    return chk(mod97_iban("TR", I.digits(5) + "0" + I.digits(16)), v_iban)


def iban_il():
    return chk(mod97_iban("IL", I.digits(19)), v_iban)


def id_card(check=False):
    return chk(I.id_card(check), v_de_doc, "LMNPRTVWXY")


def passport_de(check=False):
    return chk(I.passport(check), v_de_doc, "CFGHJK")


def vat_de():
    return chk(I.vat_id(), v_vat_de)


def vat_pl():
    while True:
        d = I.digits(9, first_nonzero=True)
        c = sum(int(a) * b for a, b in zip(d, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
        if c != 10:
            return chk("PL" + d + str(c), v_vat_pl)


def pesel(yy, mm, dd, female):
    # born 1900-1999: month as is; serial ZZZ, sex digit (even female, odd male), check digit weights 1,3,7,9.
    sex = R.choice("02468" if female else "13579")
    body = f"{yy:02d}{mm:02d}{dd:02d}" + I.digits(3) + sex
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    check = (10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10
    return chk(body + str(check), v_pesel)


def pl_idcard():
    # dowód osobisty: 3 letters, check digit, 5 digits; weights 7,3,1,(9),7,3,1,7,3 -> sum mod 10 == 0.
    letters = "".join(R.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(3))
    tail = I.digits(5)
    s = sum(_icao_val(c) * x for c, x in zip(letters + "0" + tail, [7, 3, 1, 9, 7, 3, 1, 7, 3])) % 10
    return chk(letters + str(s) + tail, v_pl_idcard)


def tckn():
    d = [int(R.choice("123456789"))] + [int(c) for c in I.digits(8)]
    d.append((7 * sum(d[0:9:2]) - sum(d[1:8:2])) % 10)
    d.append(sum(d) % 10)
    return chk("".join(map(str, d)), v_tckn)


def il_id():
    body = I.digits(8, first_nonzero=True)
    for c in "0123456789":
        if v_il_id(body + c):
            return chk(body + c, v_il_id)


def us_ssn():
    while True:
        a = I.digits(3)
        if a in ("000", "666") or a[0] == "9":
            continue
        s = f"{a}-{I.digits(2)}-{I.digits(4)}"
        if v_us_ssn(s):
            return chk(s, v_us_ssn)


def cc(prefix, length):
    return chk(I.credit_card(prefix, length), v_luhn)


def tnr_berlin():
    # Berlin layout FF/BBB/UUUUP (Finanzamt, district, serial+check); layout only per domain.md.
    return f"{R.choice(['13', '14', '15', '16', '17', '21', '24', '27', '29', '30', '34', '37'])}/{I.digits(3)}/{I.digits(5)}"


def tnr_federal(s):
    ff, bbb, uuuup = s.split("/")
    return "11" + ff + "0" + bbb + uuuup   # 13-digit federal form, Land code 11 = Berlin


def grp(s, n, sep=" "):
    return group(s, n, sep)


# ---------------------------------------------------------------- constants of the authority (never personal)
ZENTRALE = "[[N|(030) 90277-0]]"
ZENTRALE2 = "[[N|030 90277-0]]"
M_WOA = "[[N|wohnungsamt@ba-spreeufer.berlin.de]]"
M_ZWE = "[[N|zweckentfremdung@ba-spreeufer.berlin.de]]"
M_SOZ = "[[N|sozialamt@ba-spreeufer.berlin.de]]"
M_STA = "[[N|standesamt@ba-spreeufer.berlin.de]]"
M_BA = "[[N|buergeramt@ba-spreeufer.berlin.de]]"
KASSE_IBAN = chk(mod97_iban("DE", "10010010" + "0000917405"), v_iban)

DOCS = []


def doc(channel, template, text, flags=()):
    DOCS.append((channel, template, text.strip("\n"), sorted(flags)))


# ================================================================ 1 WBS application mail (Turkish family)
t1, t2 = tid(), tid()
doc("outlook", "wbs_antrag", f"""
Von: [[P|Serkan Aydoğan]] <[[E|serkan.aydogan84@gmx.de]]>
Gesendet: Montag, 9. Februar 2026 08:47
An: {M_WOA}
Betreff: WBS-Antrag – fehlende Unterlagen, Vorgang [[AZ|WBS-2026-011734]]

Sehr geehrte Damen und Herren,

laut Ihrem Schreiben vom 28.01.2026 fehlen für unseren Antrag auf einen Wohnberechtigungsschein noch Angaben zu den Haushaltsmitgliedern. Hier die Liste:

- [[P|Serkan Aydoğan]], geb. [[DOB|17.06.1984]] (Antragsteller)
- [[P|Gülşen Aydoğan]] geb. [[P|Kaplan]], geb. [[DOB|02.11.1987]]
- [[P|Emir Aydoğan]], geb. [[DOB|23.08.2013]]
- [[P|Zeynep Aydoğan]], geb. [[DOB|05.01.2019]]

Wir wohnen derzeit zu viert in zwei Zimmern in der [[A|Bootsbauerstraße 61]], Seitenflügel 3. OG, [[A|10997 Berlin]]. Meine Steuer-ID lautet {"[[TID|" + f"{t1[:2]} {t1[2:5]} {t1[5:8]} {t1[8:]}" + "]]"}, die meiner Frau [[TID|{t2}]]. Die Einkommensbescheinigung meines Arbeitgebers und den Rentenbescheid meiner Schwiegermutter, die ab April bei uns einzieht, reiche ich nächste Woche nach.

Wegen der Schichtarbeit bin ich am besten ab 16 Uhr erreichbar: [[T|0176 4418 2093]].

Mit freundlichen Grüßen
[[P|Serkan Aydoğan]]
""")

# ================================================================ 2 WBS decision (Polish family, disability)
doc("word", "wbs_bescheid", f"""
Bezirksamt Spreeufer von Berlin
Abteilung Stadtentwicklung und Soziales – Wohnungsamt
Schleusenplatz 1, 10997 Berlin

Bezirksamt Spreeufer, Schleusenplatz 1, 10997 Berlin
Frau
[[P|Małgorzata Wiśniewska]]
[[A|Kormoranzeile 6]]
[[A|10245 Berlin]]

Unser Zeichen: [[AZ|WoA 21 – WBS 140/0387-26]]
Bearbeiterin: [[P|Mirela Kovačević]]
Telefon: {ZENTRALE} (Zentrale)
E-Mail: {M_WOA}
Datum: 12.02.2026

Wohnberechtigungsschein nach § 5 WoBindG i. V. m. § 27 WoFG
Ihr Antrag vom 19.01.2026

Sehr geehrte Frau [[P|Wiśniewska]],

auf Ihren Antrag erteile ich Ihnen einen Wohnberechtigungsschein mit der Einkommensgrenze „WBS 140“ für eine Wohnung mit bis zu drei Räumen. Bei der Berechnung wurden folgende Haushaltsangehörige berücksichtigt:

[[P|Małgorzata Wiśniewska]], geboren am [[DOB|30.04.1979]]
[[P|Oskar Wiśniewski]], geboren am [[DOB|11.09.2008]]
[[P|Lena Wiśniewska]], geboren am [[DOB|27.02.2012]]

Wegen der Schwerbehinderung Ihres Sohnes [[P|Oskar]] (GdB 60, Merkzeichen G) wird ein zusätzlicher Raum anerkannt. Der Wohnberechtigungsschein gilt ein Jahr ab dem Tag der Ausstellung und im gesamten Land Berlin.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch beim Bezirksamt Spreeufer von Berlin, Schleusenplatz 1, 10997 Berlin, erhoben werden.

Mit freundlichen Grüßen
Im Auftrag

[[P|Mirela Kovačević]]
""", ["HEALTH"])

# ================================================================ 3 forwarded tip from tenant initiative (lower case)
doc("outlook", "zweckentfremdung_hinweis", f"""
Von: [[P|jana kühn]] <[[E|jana.kuehn@posteo.de]]>
Gesendet: Dienstag, 3. März 2026 22:14
An: {M_ZWE}
Betreff: WG: ferienwohnungen reiherstieg

hallo zusammen,

ich leite euch mal weiter, was uns als mieterinitiative reiherstieg erreicht hat. im vorderhaus [[A|reiherstieg 40]] sind inzwischen drei wohnungen (2. og links, 3. og rechts, 4. og mitte) dauerhaft bei airbnb drin. die eigentümerin ist wohl eine frau [[P|rosenthal]], verwaltet wird das über die hausverwaltung [[P|kaplan]] am mühlengraben. die nachbarin aus dem 3. og, frau [[P|nwosu]], hat die rollkoffer-leute jede woche im treppenhaus und ist bereit auszusagen.

gruß [[P|jana]]
(mieterinitiative reiherstieg, [[T|0157 3382 9104]])

-------- Weitergeleitete Nachricht --------
Am 1. März 2026 um 18:03 schrieb [[P|Adaeze Nwosu]] <[[E|adaeze.nwosu@web.de]]>:

> Hi [[P|Jana]],
> schon wieder neue Gäste in der Wohnung gegenüber von mir ([[A|Reiherstieg 40]], 3. OG links, [[A|10999 Berlin]]). Das Inserat läuft unter "Cozy Loft Kreuzberg", Gastgeberin heißt "[[P|Yael]]". Der Schlüsselkasten hängt am Fahrradständer im Hof. Das Kennzeichen vom Transporter der Putzfirma habe ich notiert: [[KFZ|B-RT 3381]].
> Ich bestätige das gern auch dem Amt, meine Nummer ist [[T|0152 0937 4418]].
> Liebe Grüße, [[P|Adaeze]]
""")

# ================================================================ 4 hearing letter to owner (Israeli owner, c/o manager)
doc("word", "zweckentfremdung_anhoerung", f"""
Bezirksamt Spreeufer von Berlin · Zweckentfremdungsverbot · Schleusenplatz 1 · 10997 Berlin

Frau
[[P|Yael Rosenthal]]
c/o Hausverwaltung [[P|Kaplan]] e.K.
[[A|Mühlengrabenstraße 88]]
[[A|10997 Berlin]]

Geschäftszeichen: [[AZ|ZwVb 3.2 – 0412/26]]
Auskunft: [[P|Frieder Lohmann]], Zimmer 2.118, Tel. {ZENTRALE2}
Berlin, 10.03.2026

Anhörung nach § 28 VwVfG – Verdacht der Zweckentfremdung von Wohnraum
Objekt: [[A|Reiherstieg 40]], Vorderhaus, 3. OG rechts, [[A|10999 Berlin]]

Sehr geehrte Frau [[P|Rosenthal]],

dem Bezirksamt liegen Hinweise vor, dass die oben genannte Wohnung, deren Eigentümerin Sie laut Grundbuch seit 2021 sind, wiederholt tage- und wochenweise an wechselnde Gäste vermietet wird. Eine Genehmigung nach § 3 ZwVbG oder eine Registriernummer liegt für diese Wohnung nicht vor. Die Verwaltung des Objekts hat nach unseren Unterlagen Herr [[P|Murat Kaplan]] übernommen; eine Kopie dieses Schreibens geht an ihn.

Sie erhalten Gelegenheit, sich bis zum 10.04.2026 schriftlich zu äußern. Bitte teilen Sie uns insbesondere mit, wer die Wohnung seit dem 01.01.2025 bewohnt hat. Sie können uns auch auf Englisch antworten (You may reply in English), gern per E-Mail an {M_ZWE}.

Wir weisen darauf hin, dass eine Zweckentfremdung ohne Genehmigung als Ordnungswidrigkeit mit einer Geldbuße bis zu 500.000 Euro geahndet werden kann.

Mit freundlichen Grüßen
Im Auftrag
[[P|Lohmann]]
""")

# ================================================================ 5 English reply of the owner
ypass, ytz = passport_de(), il_id()
tnr5 = tnr_berlin()
doc("outlook", "zweckentfremdung_antwort_en", f"""
From: [[P|Yael Rosenthal]] <[[E|yael.rosenthal.tlv@gmail.com]]>
Sent: Tuesday, March 17, 2026 7:41 AM
To: {M_ZWE}
Cc: [[P|Murat Kaplan]] <[[E|m.kaplan@hv-kaplan.de]]>
Subject: RE: Your letter [[AZ|ZwVb 3.2 – 0412/26]]

Dear Mr. [[P|Lohmann]],

thank you for your letter, which Mr. [[P|Kaplan]] forwarded to me. The apartment at [[A|Reiherstieg 40]] is not a holiday rental. My partner [[P|Itai Ben-Ami]] and I use it ourselves whenever we are in Berlin. I hold both Israeli and German citizenship (German passport no. [[PASS|{ypass}]]) and have been registered there as my secondary residence since 2022. Friends stay in the flat when we are away, but nobody pays rent. I do declare the apartment in my German tax return (tax number [[TNR|{tnr5.replace("/", " / ")}]], Finanzamt Friedrichshain-Kreuzberg).

The listing "Cozy Loft Kreuzberg" is not ours. As far as I know, the host is another woman called [[P|Yael]] – it is a very common name in Israel.

For your records: my date of birth is [[DOB|22 July 1986]] and my Israeli ID number (Teudat Zehut) is [[IDC|{ytz}]]. You can reach me on [[T|+972 52-418-3306]] or through Mr. [[P|Kaplan]].

Kind regards,
[[P|Yael Rosenthal]]
[[A|Rehov Bograshov 14, Apt. 9]]
[[A|6342907 Tel Aviv]], Israel
""")

# ================================================================ 6 Grundsicherung decision (health)
rv6 = rv("030261", "A")
kv6, ib6 = kv(), iban_de()
doc("word", "grundsicherung_bescheid", f"""
Bezirksamt Spreeufer von Berlin · Amt für Soziales · Schleusenplatz 3 · 10997 Berlin

Herrn
[[P|Mohammed Abu Khalil]]
[[A|Fährmannstraße 23]]
[[A|10245 Berlin]]

Aktenzeichen: [[AZ|Soz 4-GruSi 12/0873/25]] (bei Antwort bitte angeben)
Leistungsberechtigter: [[P|Mohammed Abu Khalil]], geb. [[DOB|03.02.1961]]
Datum: 05.03.2026

Bescheid über Leistungen der Grundsicherung bei Erwerbsminderung nach dem Vierten Kapitel SGB XII

Sehr geehrter Herr [[P|Abu Khalil]],

für die Zeit vom 01.04.2026 bis 31.03.2027 werden Ihnen Leistungen in Höhe von monatlich 612,43 EUR bewilligt. Grundlage ist die Feststellung der Deutschen Rentenversicherung Berlin-Brandenburg vom 14.01.2026, dass Sie dauerhaft voll erwerbsgemindert sind (Versicherungsnummer [[SSN|{rv_fmt(rv6, 0)}]]). Der Mehrbedarf für kostenaufwändige Ernährung wegen Ihres Diabetes mellitus Typ 1 wird anerkannt.

Die Beiträge zur Kranken- und Pflegeversicherung bei der AOK Nordost (Krankenversichertennummer [[KV|{kv6}]]) übernehmen wir direkt. Die Zahlung erfolgt auf Ihr Konto [[IBAN|{grp(ib6, 4)}]].

Ihr Sohn [[P|Karim Abu Khalil]] (geb. [[DOB|19.10.1998]]) wird nach § 94 Abs. 1a SGB XII nicht zum Unterhalt herangezogen, da sein Einkommen unter 100.000 Euro jährlich liegt.

Mit freundlichen Grüßen
Im Auftrag
[[P|Dilara Öztürk]]
""", ["HEALTH"])

# ================================================================ 7 daughter asks for Hilfe zur Pflege (health)
rv7 = rv("140548", "N")
kv7, ib7 = kv(), iban_de()
doc("outlook", "hilfe_zur_pflege", f"""
Betreff: Antrag Hilfe zur Pflege für meine Mutter – [[P|Samira Haddad]]

Sehr geehrte Damen und Herren,

ich schreibe für meine Mutter, Frau [[P|Samira Haddad]], geboren am [[DOB|14.05.1948]] in Beirut, wohnhaft [[A|Schleusenweg 14]], [[A|10997 Berlin]]. Ich habe eine Vorsorgevollmacht und lege sie bei.

Meine Mutter hat seit letztem Herbst eine fortschreitende Alzheimer-Demenz, die Pflegekasse hat Pflegegrad 4 festgestellt. Ab 1. April zieht sie in die Pflegeeinrichtung „Haus am Kahnweg“. Ihre Rente (Versicherungsnummer [[SSN|{rv_fmt(rv7, 2)}]], Geburtsname [[P|Nassar]]) und das Pflegegeld reichen für den Eigenanteil von rund 2.900 Euro nicht aus.

Versichertennummer bei der Techniker Krankenkasse: [[KV|{kv7[0]} {kv7[1:5]} {kv7[5:]}]]
Konto meiner Mutter: [[IBAN|{ib7}]]

Sie erreichen mich unter [[T|0163 – 552 81 07]] oder [[E|r.haddad-berlin@t-online.de]]. Meine Mutter spricht kaum Deutsch, bitte rufen Sie mich an und nicht sie.

Mit freundlichen Grüßen
[[P|Rania Haddad]]
[[A|Holzmarktgasse 11]], [[A|10179 Berlin]]
""", ["HEALTH"])

# ================================================================ 8 home visit note (Nigerian pensioner, health)
rv8 = rv("120257", "O")
doc("word", "aktenvermerk_hausbesuch", f"""
Vermerk über einen Hausbesuch

Az.: [[AZ|Soz 4-GruSi 12/1190/26]]
Leistungsberechtigter: [[P|Chukwuemeka Okafor]], geb. [[DOB|12.02.1957]], [[A|Kranichsteig 17]], 1. OG, [[A|12435 Berlin]]
RV-Nr.: [[SSN|{rv_fmt(rv8, 1)}]]
Hausbesuch am 24.02.2026, 10:15–11:00 Uhr, durch [[P|Henrik Albers]] und [[P|D. Öztürk]]

Herr [[P|Okafor]] öffnete nach längerem Klingeln. Er ist seit der Beinamputation im Oktober auf den Rollstuhl angewiesen; die Wohnung im 1. OG ist ohne Aufzug nur mit Hilfe des Nachbarn, Herrn [[P|Olusegun Adeyemi]] (Tel. [[T|0177 6620 3148]]), zu verlassen. Herrn [[P|Okafors]] Tochter [[P|Ngozi]] lebt in Manchester und ruft wöchentlich an ([[T|+44 7700 900417]]).

Die Angaben im Weiterbewilligungsantrag wurden bestätigt. Eine kleine Rente aus Nigeria (ca. 40 Euro) wird nicht regelmäßig ausgezahlt. Der Sozialdienst wird wegen eines Umzugs in eine barrierefreie Wohnung eingeschaltet; Wohnungsamt (Frau [[P|Kovačević]]) ist informiert.

[[P|Albers]]
""", ["HEALTH"])

# ================================================================ 9 marriage registration (Polish-German couple)
pes9 = pesel(90, 5, 8, female=False)
pid9 = pl_idcard()
doc("outlook", "anmeldung_eheschliessung", f"""
Von: [[P|Paweł Zieliński]] <[[E|pawel.zielinski90@wp.pl]]>
An: {M_STA}
Betreff: Anmeldung zur Eheschließung – Unterlagen aus Polen

Guten Tag Frau [[P|Nowicka-Lange]],

wie am Telefon besprochen, schicke ich Ihnen vorab unsere Daten. Ich bin polnischer Staatsangehöriger, geboren am [[DOB|8. Mai 1990]] in Poznań, PESEL [[SSN|{pes9}]], Personalausweis (dowód osobisty) [[IDC|{pid9[:3]} {pid9[3:]}]]. Meine letzte Adresse in Polen war [[A|ul. Ogrodowa 17 m. 4]], [[A|61-821 Poznań]]. Seit Mai 2024 wohne ich mit meiner Verlobten [[P|Johanna Brückner-Thiel]] (geb. [[DOB|14.12.1992]]) im [[A|Schleusenweg 2a]], [[A|10997 Berlin]].

Das Ehefähigkeitszeugnis hat das Standesamt Poznań ausgestellt, die beglaubigte Übersetzung bringe ich mit. Wir wünschen uns einen Termin im Juni, gern an einem Freitag im Trauzimmer. Trauzeugen sind mein Bruder [[P|Tomasz Zieliński]] und [[P|Johannas]] Freundin [[P|Lea Marquardt]].

Erreichbar bin ich unter [[T|+48 601 274 935]] und [[T|0151 2047 7731]].

Pozdrawiam / Viele Grüße
[[P|Paweł Zieliński]]
""")

# ================================================================ 10 tab table of wedding dates (same-sex couple)
doc("word", "trautermine_tabelle", f"""
Standesamt Spreeufer – Trautermine KW 24/2026 (nur für den Dienstgebrauch)

Datum\tZeit\tOrt\tEheschließende\tReg.-Nr.\tKontakt
12.06.2026\t10:00\tTrauzimmer\t[[P|Paweł Zieliński]] / [[P|Johanna Brückner-Thiel]]\t[[AZ|E 0318/2026]]\t[[T|0151 2047 7731]]
12.06.2026\t11:00\tTrauzimmer\t[[P|Daniel Weiß]] / [[P|Jonas Eberhardt]]\t[[AZ|E 0322/2026]]\t[[E|jonas.eberhardt@mailbox.org]]
12.06.2026\t12:30\tVilla Uferblick\t[[P|Trần Văn Hùng]] / [[P|Lê Thị Mai]]\t[[AZ|E 0329/2026]]\t[[T|0176 9930 1185]]
13.06.2026\t10:30\tTrauzimmer\t[[P|Oluwaseun Adeyemi]] / [[P|Friederike Sommer]]\t[[AZ|E 0334/2026]]\t[[T|030 2914 6603]]
13.06.2026\t11:30\tTrauzimmer\t[[P|Noam Shapira]] / [[P|Maya Goldberg]]\t[[AZ|E 0341/2026]]\t[[E|noam.shapira@icloud.com]]

Hinweise:
– E 0322/2026: Herr [[P|Weiß]] und Herr [[P|Eberhardt]] bringen eigene Musik mit (USB-Stick), Technik bitte vorher testen.
– E 0329/2026: Dolmetscherin für Vietnamesisch ist Frau [[P|Phạm Thu Trang]] (allgemein vereidigt), Rufname der Braut ist „[[P|Mai]]“.
– E 0341/2026: anschließend religiöse Trauung außerhalb des Amtes; Namensführung noch offen.
Trauung durch: [[P|K. Nowicka-Lange]] (Fr.), [[P|J. Haberland]] (Sa.)
""", ["SEXUAL_ORIENTATION"])

# ================================================================ 11 paternity question (Nigerian father)
ngp = chk("A" + I.digits(8), lambda s: len(s) == 9 and s[0] == "A" and s[1:].isdigit())
doc("outlook", "vaterschaft_anfrage", f"""
Betreff: Termin Vaterschaftsanerkennung und Sorgeerklärung

Hallo,

mein Partner [[P|Babatunde Bakare]] und ich sind nicht verheiratet. Unsere Tochter [[P|Amara Reimann]] ist am [[DOB|9. Januar 2026]] im Klinikum am Spreebogen zur Welt gekommen, die Geburt ist bei Ihnen unter [[AZ|G 0047/2026]] beurkundet. [[P|Tunde]] ist nigerianischer Staatsangehöriger, sein Reisepass hat die Nummer [[PASS|{ngp}]], die Aufenthaltserlaubnis gilt bis 2028.

Wir möchten die Vaterschaft anerkennen und gleichzeitig die gemeinsame Sorge erklären. Müssen wir dafür einen Vaterschaftstest machen? Seine Mutter, Frau [[P|Folake Bakare]] ([[A|27 Adeniran Ogunsanya Street]], [[A|Surulere, Lagos]]), möchte zur Taufe im Sommer kommen und fragt, ob sie dafür eine Einladung vom Amt braucht.

Unsere Daten:
[[P|Babatunde Bakare]], geb. [[DOB|30.09.1988]] in Ibadan, Tel. [[T|+49 1522 804 6613]]
[[P|Svenja Reimann]], geb. [[DOB|06.03.1994]], [[A|Am Treidelpfad 9]], [[A|10317 Berlin]], Tel. [[T|0171 3390 258]]

Viele Grüße
[[P|Svenja Reimann]]
""", ["RELIGION"])

# ================================================================ 12 paternity deed (Vietnamese father, DNA report)
vnp = chk(R.choice("CN") + I.digits(7), lambda s: len(s) == 8 and s[1:].isdigit())
idc12 = id_card(check=True)
doc("word", "vaterschaft_niederschrift", f"""
Standesamt Spreeufer von Berlin
Urkundenrolle Nr. [[AZ|V 112/2026]]

Niederschrift über die Anerkennung der Vaterschaft (§ 1592 Nr. 2, § 1594 BGB)

Vor der Standesbeamtin [[P|Katarzyna Nowicka-Lange]] erschienen heute, am 19.02.2026:

1. Herr [[P|Hoàng Đức Minh]], geboren am [[DOB|04.10.1985]] in Hải Phòng (Vietnam), wohnhaft [[A|Kiefholzweg 14]], [[A|12437 Berlin]], ausgewiesen durch vietnamesischen Reisepass Nr. [[PASS|{vnp}]],
2. Frau [[P|Nguyễn Thị Thu Hà]], geboren am [[DOB|17.01.1991]] in Berlin, wohnhaft ebenda, ausgewiesen durch Personalausweis Nr. [[IDC|{idc12}]].

Die Beteiligten wurden durch die allgemein vereidigte Dolmetscherin Frau [[P|Phạm Thu Trang]] unterstützt.

Herr [[P|Hoàng]] erklärte: „Ich erkenne die Vaterschaft für das Kind [[P|Hoàng Bảo Anh]], geboren am [[DOB|21.11.2025]] in Berlin (Geburtenregister [[AZ|G 2210/2025]]), an.“ Frau [[P|Nguyễn]] stimmte der Anerkennung zu.

Die Beteiligten legten zudem ein privates Abstammungsgutachten vom 02.02.2026 vor (Vaterschaftswahrscheinlichkeit 99,99 %, 24 untersuchte STR-Systeme). Es ist für die Anerkennung nicht erforderlich und wurde ihnen zurückgegeben.

Vorgelesen, genehmigt und unterschrieben.

[[P|Nowicka-Lange]], Standesbeamtin
""", ["GENETIC"])

# ================================================================ 13 lower-case mail from a student (Vietnamese)
vnp13 = chk(R.choice("CN") + I.digits(7), lambda s: len(s) == 8 and s[1:].isdigit())
doc("outlook", "ummeldung_informell", f"""
Betreff: termin ummeldung??

hallo liebes bürgeramt,

ich bin [[P|vu hoang long]] (geb [[DOB|12.12.2000]]), ich studiere an der htw und bin am 1.3. umgezogen von der [[A|holzmarktgasse 11]] in den [[A|lindwurmweg 5]], [[A|12459 berlin]] (zimmer bei familie [[P|winter]]). online finde ich keinen termin vor mai. ist das schlimm wegen der frist?? herr [[P|winter]] hat mir die wohnungsgeberbestätigung schon gegeben.

mein pass (vietnam) hat die nr [[PASS|{vnp13}]], aufenthaltstitel läuft bis 09/2027.

kann auch meine mitbewohnerin das für mich machen mit vollmacht? sie heißt [[P|nguyen thi thuy]], geb. [[DOB|3.7.2001]], und hat donnerstags zeit.

lg [[P|long]]
[[T|01573 884 2716]]
""")

# ================================================================ 14 lost ID card mail (Israeli-German)
idc14 = id_card(check=True)
ilp = chk(R.choice("23") + I.digits(7), lambda s: len(s) == 8 and s.isdigit())
cc14 = cc("4", 16)
doc("outlook", "verlust_ausweis", f"""
Von: [[P|Noa Ben-David]] <[[E|noa.bd@protonmail.com]]>
Gesendet: Freitag, 6. März 2026 07:58
An: {M_BA}
Betreff: Verlustanzeige Personalausweis + vorläufiger Ausweis

Guten Morgen,

mir wurde gestern in der U-Bahn das Portemonnaie gestohlen. Darin waren mein Personalausweis (Nr. [[IDC|{idc14[:5]} {idc14[5:]}]]) und meine Kreditkarte [[CC|{grp(cc14, 4, "-")}]], die ich schon gesperrt habe. Die Anzeige bei der Polizei Berlin läuft unter der Vorgangsnummer [[AZ|260305-1522-e84417]].

Meine Daten: [[P|Noa Ben-David]], geb. [[DOB|29.08.1993]] in Haifa, gemeldet in der [[A|Mühlengrabenstraße 31]], [[A|10997 Berlin]]. Ich fliege am 20. März nach Tel Aviv; mit meinem israelischen Pass Nr. [[PASS|{ilp}]] komme ich zwar rein, brauche aber für die Rückreise nach Deutschland ein Dokument. Reicht ein vorläufiger Personalausweis?

Danke und viele Grüße
[[P|Noa Ben-David]]
[[T|+49 160 9138 4402]]
""")

# ================================================================ 15 markdown callback list (Bürgeramt)
doc("word", "rueckrufliste_markdown", f"""
## Bürgeramt Spreeufer – Rückrufliste Servicetelefon, 16.03.2026

| Nr. | Name | Anliegen | Vorgang | Rückruf |
|---|---|---|---|---|
| 1 | [[P|Kowalczyk, Dorota]] | Meldebescheinigung für Kindergeld | [[AZ|BA-26-031144]] | [[T|0163 771 2094]] |
| 2 | [[P|Al-Masri, Rania]] | Personalausweis abholen für Sohn [[P|Yusuf]] (* [[DOB|14.08.2010]]) | [[AZ|BA-26-031152]] | [[T|030 6187 2290]] |
| 3 | [[P|O'Connell, Jennifer]] | Anmeldung, US-Pass, kein Mietvertrag | [[AZ|BA-26-031160]] | [[T|+1 (608) 555-0143]] |
| 4 | [[P|Demir, Hakan]] | Bewohnerparkausweis für [[KFZ|B-HD 2207]] | [[AZ|BA-26-031171]] | [[E|hakan.demir@posteo.de]] |
| 5 | [[P|Levi, Tamar]] | Kinderreisepass für [[P|Noam Levi]], geb. [[DOB|02.05.2022]] | [[AZ|BA-26-031183]] | [[T|0176 2240 9915]] |
| 6 | [[P|Schulze-Ndiaye, Mareike]] | Führungszeugnis, Zahlung offen | – | [[T|030 – 48 72 61 30]] |
| 7 | [[P|Adebayo, Kehinde]] | Reisepass: Fingerabdrücke nicht erfassbar (Verbrennung an beiden Zeigefingern), Mittelfinger genommen – Qualität prüfen | [[AZ|BA-26-031190]] | [[T|0159 0127 6631]] |

Zuständig heute: [[P|S. Pietsch]] / [[P|R. Ünal]]. Bitte erledigte Rückrufe abhaken und nicht per Mail an Dritte weiterleiten.
""", ["BIOMETRIC", "HEALTH"])

# ================================================================ 16 forwarded thread property manager (rent arrears)
doc("outlook", "mietrueckstand_weiterleitung", f"""
Von: [[P|Wendland, Tobias]] <[[E|t.wendland@ba-spreeufer.berlin.de]]>
Gesendet: Mittwoch, 4. März 2026 09:02
An: [[P|Öztürk, Dilara]] <[[E|d.oeztuerk@ba-spreeufer.berlin.de]]>
Betreff: WG: Mietrückstand Mieternr. [[AZ|0417-22-03]] – drohende Räumung

Hallo [[P|Dilara]],

kannst du prüfen, ob für Familie [[P|Saleh]] eine Übernahme nach § 36 SGB XII in Frage kommt? Der Vermieter hat schon Räumungsklage erhoben. Ich habe der Familie einen Termin bei uns am Montag angeboten.

Gruß
[[P|Tobias]]

Am 3. März 2026 um 10:12 schrieb [[P|Anja Roloff]] <[[E|a.roloff@spreeblick-wohnen.de]]>:
> Sehr geehrter Herr [[P|Wendland]],
>
> wie telefonisch besprochen: Der Mieter [[P|Ahmad Saleh]], geb. [[DOB|11.04.1979]], [[A|Kahnweg 12]], WE 14, [[A|10317 Berlin]], ist mit 4 Monatsmieten (3.412,00 EUR) im Rückstand. Die Räumungsklage ist beim Amtsgericht Lichtenberg unter [[AZ|14 C 233/26]] anhängig. Wenn das Amt den Rückstand bis zum 31.03. übernimmt, nehmen wir die Klage zurück.
>
> Für Rückfragen erreichen Sie mich direkt unter [[T|030 5577 318-24]].
>
> Mit freundlichen Grüßen
> [[P|Anja Roloff]]
> Spreeblick Wohnen GmbH – Forderungsmanagement
""")

# ================================================================ 17 minutes of a meeting (union, politics)
vat17 = vat_pl()
doc("word", "protokoll_mieterinitiativen", f"""
Protokoll – Gesprächsrunde Zweckentfremdung und Mieterinitiativen

Datum: 18.03.2026, 17:00–18:45 Uhr, Raum 2.114, Schleusenplatz 1
Teilnehmende: [[P|Frieder Lohmann]] (ZwVb), [[P|Mirela Kovačević]] (WoA), [[P|Jana Kühn]] und [[P|Ömer Taş]] (Mieterinitiative Reiherstieg), [[P|Dr. Hannelore Vogt]] (Mieterbeirat Kahnweg), [[P|Gideon Feldman]] (Protokoll)

TOP 1 – Bericht der Initiativen
Frau [[P|Kühn]] berichtet von 14 Verdachtsfällen im Reiherstieg und in der Bootsbauerstraße. Herr [[P|Taş]] ergänzt, er spreche auch als gewerkschaftlicher Vertrauensmann der IG BAU, weil mehrere Reinigungskräfte der Ferienwohnungen ohne Vertrag arbeiteten. Beauftragt sei überwiegend die Firma „Sprzątanie [[P|Kamiński]]“ (Inhaber [[P|Bartosz Kamiński]], USt-IdNr. [[VAT|{vat17}]]), deren Transporter ([[KFZ|B-RT 3381]]) regelmäßig im Hof stehe.

TOP 2 – Einzelfälle
a) [[A|Reiherstieg 40]]: Anhörung läuft ([[AZ|ZwVb 3.2 – 0412/26]]), Stellungnahme der Eigentümerin liegt vor.
b) [[A|Bootsbauerstraße 59]]: Eigentümer [[P|Tyler McKenzie]] (USA) hat zwei Wohnungen zusammengelegt; Herr [[P|Lohmann]] prüft den Rückbau.
c) Kahnweg: keine neuen Fälle.

TOP 3 – Öffentlichkeitsarbeit
Frau [[P|Dr. Vogt]], die für Bündnis 90/Die Grünen in der BVV sitzt, bittet um eine anonymisierte Fallstatistik für den Ausschuss. Frau [[P|Kovačević]] sagt eine Übersicht ohne Personenbezug bis Ende April zu.

Nächste Sitzung: 17.06.2026. Protokoll: [[P|G. Feldman]]
""", ["POLITICS", "UNION"])

# ================================================================ 18 English WBS enquiry (American couple)
ssn18 = us_ssn()
tid18 = tid()
doc("outlook", "wbs_anfrage_en", f"""
From: [[P|Brianna Whitfield]] <[[E|bwhitfield@uwalumni.com]]>
To: {M_WOA}
Subject: WBS eligibility – US citizens, question about documents

Hello,

my husband and I moved to Berlin last September. I'm a postdoc at the university hospital and we're looking for a larger apartment because our second child is due in July. Friends told us about the Wohnberechtigungsschein.

Some questions:
1. Do we qualify as non-EU citizens with residence permits (§ 18b AufenthG)?
2. As income proof I only have our US tax return for 2025. It shows my Social Security number ([[SSN|{ssn18}]]) – do I have to black it out? My German Steuer-ID is [[TID|{tid18[:3]} {tid18[3:6]} {tid18[6:9]} {tid18[9:]}]], if that helps.
3. Which date counts for the household size, today or the due date?

Our details: [[P|Brianna Whitfield]], born [[DOB|04/17/1990]], and [[P|Marcus Whitfield]], born [[DOB|Nov 2, 1988]], son [[P|Eli]] (born [[DOB|March 3, 2022]]). We currently sublet at [[A|Weidendammer Hof 3]], c/o [[P|Lindqvist]], [[A|10179 Berlin]].

Thanks a lot!
[[P|Brianna]]
US cell: [[T|+1 608 555 0199]] | DE: [[T|0157 5521 0837]]
""")

# ================================================================ 19 letter to legal guardian (dementia)
rv19 = rv("170841", "W")
kv19 = kv()
doc("word", "hilfe_zur_pflege_betreuer", f"""
Bezirksamt Spreeufer von Berlin – Amt für Soziales – Schleusenplatz 3, 10997 Berlin

Herrn Rechtsanwalt
[[P|Dr. Konstantin Hellwig]]
[[A|Uferhallenweg 4]]
[[A|12435 Berlin]]

Unser Zeichen: [[AZ|Soz 5-HzP 03/0221/26]]
Ihr Zeichen: [[AZ|H-88/25]]
Datum: 09.03.2026

Betreuung für Frau [[P|Ewa Kowalczyk]], geb. [[DOB|17.08.1941]]
Betreuungsgericht: Amtsgericht Lichtenberg, [[AZ|61 XVII 418/25]]

Sehr geehrter Herr Dr. [[P|Hellwig]],

nach Prüfung der Unterlagen übernehmen wir ab 01.03.2026 die ungedeckten Heimkosten Ihrer Betreuten in der Pflegeeinrichtung Haus am Kahnweg. Grundlage ist der Pflegegrad 4 wegen einer vaskulären Demenz; die Einstufung der Pflegekasse (Versichertennummer [[KV|{kv19}]]) liegt vor.

Die Altersrente von Frau [[P|Kowalczyk]] (Versicherungsnummer [[SSN|{rv_fmt(rv19, 0)}]], Geburtsname [[P|Wójcik]]) ist in voller Höhe einzusetzen, abzüglich des Barbetrags. Ihre Tochter, Frau [[P|Dorota Kowalczyk]], hat mitgeteilt, dass sie die Wäsche weiterhin selbst übernimmt.

Mit freundlichen Grüßen
Im Auftrag
[[P|Henrik Albers]]
Telefon {ZENTRALE} · {M_SOZ}
""", ["HEALTH"])

# ================================================================ 20 residents' parking permit (Polish plate)
idc20 = id_card()
doc("outlook", "bewohnerparkausweis", f"""
Von: [[P|Hakan Demir]] <[[E|hakan.demir@posteo.de]]>
An: {M_BA}
Betreff: Bewohnerparkausweis Zone 47 – Vorgang [[AZ|BA-26-031171]]

Guten Tag,

danke für den Rückruf. Hier die Angaben für den Bewohnerparkausweis:

Halter: [[P|Hakan Demir]], [[A|Kormoranzeile 12]], [[A|10245 Berlin]]
Ausweisnummer: [[IDC|{idc20}]]
Fahrzeug: VW Caddy, amtliches Kennzeichen [[KFZ|B-HD 2207]]

Außerdem möchte meine Lebensgefährtin [[P|Magdalena Sowa]] einen Ausweis für ihr Auto beantragen. Sie ist seit Januar bei mir gemeldet, das Auto hat aber noch polnische Kennzeichen ([[KFZ|PO 5KM21]]), weil es über ihren Vater [[P|Zbigniew Sowa]] in Poznań läuft. Geht das trotzdem, oder muss sie das Auto erst in Berlin zulassen? Ein Elektro-Zweitwagen ([[KFZ|B-MS 418E]]) läuft auf sie.

Viele Grüße
[[P|H. Demir]]
""")

# ================================================================ 21 reclaim letter (authority IBAN neutral)
rv21 = rv("250652", "D")
ib21 = iban_de()
doc("word", "rueckforderung_sozialamt", f"""
Bezirksamt Spreeufer von Berlin · Amt für Soziales · Schleusenplatz 3 · 10997 Berlin

Herrn
[[P|Krzysztof Dąbrowski]]
[[A|Mühlengrabenstraße 7]]
[[A|10997 Berlin]]

Aktenzeichen: [[AZ|Soz 4-GruSi 11/0412/24]]
Kassenzeichen: [[AZ|4711 2026 0933 18]]
Datum: 11.03.2026

Rückforderung überzahlter Leistungen der Grundsicherung im Alter

Sehr geehrter Herr [[P|Dąbrowski]],

die Deutsche Rentenversicherung hat Ihnen für Ihre Versicherungsnummer [[SSN|{rv_fmt(rv21, 2)}]] eine Nachzahlung für die Zeit von Juli 2025 bis Januar 2026 geleistet. Für diesen Zeitraum wurden Leistungen in Höhe von 1.146,60 EUR zu viel gezahlt (§ 50 SGB X).

Bitte überweisen Sie den Betrag bis 15.04.2026 auf das Konto der Landeshauptkasse Berlin, IBAN [[N|{grp(KASSE_IBAN, 4)}]], unter Angabe des Kassenzeichens. Sie haben eine Ratenzahlung angeboten; wir sind mit monatlich 50,00 EUR einverstanden und ziehen die Raten ab 01.05.2026 von Ihrem Konto [[IBAN|{grp(ib21, 4)}]] ein, sofern Sie das beiliegende Lastschriftmandat unterschreiben.

Mit freundlichen Grüßen
Im Auftrag
[[P|Dilara Öztürk]]
""")

# ================================================================ 22 sole trader holiday flats (VAT, tax no.)
vat22 = vat_de()
tnr22 = tnr_berlin()
doc("outlook", "ferienwohnung_genehmigung", f"""
Von: Apartments [[P|Yıldız]] e.K. <[[E|elif@apartments-yildiz.de]]>
An: {M_ZWE}
Betreff: Antrag auf Genehmigung – zwei Ferienwohnungen im eigenen Haus

Sehr geehrte Damen und Herren,

als Inhaberin der Apartments [[P|Yıldız]] e.K. beantrage ich die Genehmigung für zwei Ferienwohnungen im Dachgeschoss unseres Hauses [[A|Kahnweg 41]], [[A|10317 Berlin]]. Ich selbst wohne im Erdgeschoss. Das Dachgeschoss wurde 2024 neu ausgebaut und war vorher kein Wohnraum (Bauakte liegt dem Bauamt vor).

Angaben zum Betrieb:
Inhaberin: [[P|Elif Yıldız]], geb. [[DOB|15.10.1982]]
USt-IdNr.: [[VAT|{vat22[:2]} {vat22[2:5]} {vat22[5:8]} {vat22[8:]}]]
Steuernummer: [[TNR|{tnr22}]] (Finanzamt Friedrichshain-Kreuzberg)
bzw. bundeseinheitlich: [[TNR|{tnr_federal(tnr22)}]]
Telefon: [[T|030 / 54 71 82 09]], mobil [[T|+49 (0)172 418 55 60]]

Mein Mann, [[P|Cem Yıldız]], ist Miteigentümer und hat den Antrag mit unterschrieben (Anlage 1).

Mit freundlichen Grüßen
[[P|Elif Yıldız]]
""")

# ================================================================ 23 semicolon export (Sozialamt back payments)
# the same people keep their numbers from the other documents (kv/iban None = new)
rows = [("Okafor", "Chukwuemeka", "12.02.1957", None, None), ("Abu Khalil", "Mohammed", "03.02.1961", kv6, ib6),
        ("Haddad", "Samira", "14.05.1948", kv7, ib7), ("Dąbrowski", "Krzysztof", "25.06.1952", None, ib21),
        ("Nguyen", "Thi Lan", "09.11.1955", None, None), ("Kaya", "Hüseyin", "01.07.1950", None, None)]
lines = ["Name;Vorname;geb.;KV-Nr.;IBAN;Betrag EUR"]
for (sur, first, dob, k, b) in rows:
    k, b = k or kv(), b or iban_de()
    amount = f"{R.randint(40, 420)},{R.randint(0, 99):02d}"
    lines.append(f"[[P|{sur}]];[[P|{first}]];[[DOB|{dob}]];[[KV|{k}]];[[IBAN|{b}]];{amount}")
csv23 = "\n".join(lines)
doc("word", "nachzahlungen_csv", f"""
Export Fachverfahren OPEN/PROSOZ – Nachzahlungen Grundsicherung März 2026 (Sachgebiet 4)
Stand 12.03.2026, erstellt von [[P|Henrik Albers]]

{csv23}

Bitte bis 18.03. zur Zahlbarmachung an die Landeshauptkasse. Bei Frau [[P|Nguyen]] ist das Konto neu, Kontoinhaberin ist die Tochter [[P|Nguyen Minh Chau]].
""")

# ================================================================ 24 Palestinian family (ethnicity)
doc("outlook", "mietschulden_familie", f"""
Betreff: Hilfe wegen Räumung – Familie [[P|Saleh]], [[A|Kahnweg 12]]

Sehr geehrte Frau [[P|Öztürk]],

Herr [[P|Wendland]] vom Wohnungsamt hat gesagt, ich soll Ihnen schreiben. Mein Name ist [[P|Ahmad Saleh]], geboren [[DOB|11.04.1979]]. Wir sind Palästinenser aus dem Libanon und seit 2016 in Berlin. Wir wohnen im [[A|Kahnweg 12]], WE 14, [[A|10317 Berlin]], Mieternummer [[AZ|0417-22-03]].

Ich habe im Herbst meine Arbeit verloren, deshalb konnten wir vier Monate die Miete nicht zahlen. Jetzt arbeite ich wieder (seit 01.02.2026 bei einer Spedition). Wir haben vier Kinder:
[[P|Lina]] ([[DOB|02.09.2009]]), [[P|Omar]] ([[DOB|18.03.2012]]), [[P|Jana]] ([[DOB|27.06.2015]]) und [[P|Yousef]] ([[DOB|30.12.2020]]).

Meine Frau [[P|Fatima Saleh]] geb. [[P|Darwish]] ist zu Hause mit dem Kleinen. Das Jobcenter hat bis Januar Bürgergeld gezahlt, BG-Nummer [[AZ|96301//0045871]].

Bitte helfen Sie uns, damit wir die Wohnung behalten. Sie können mich anrufen: [[T|0176 3119 4520]], oder meine Tochter [[P|Lina]]: [[T|0157 7702 6318]], sie spricht besser Deutsch.

Mit freundlichen Grüßen
[[P|Ahmad Saleh]]
""", ["ETHNICITY"])

# ================================================================ 25 English forwarded mail: Israeli couple, religious wedding
ilp_a = chk(R.choice("23") + I.digits(7), lambda s: len(s) == 8 and s.isdigit())
ilp_b = chk(R.choice("23") + I.digits(7), lambda s: len(s) == 8 and s.isdigit())
tz_a, tz_b = il_id(), il_id()
ib25 = iban_il()
doc("outlook", "eheschliessung_weitergeleitet_en", f"""
Von: [[P|Haberland, Jörg]]
Gesendet: Donnerstag, 12. März 2026 14:36
An: [[P|Nowicka-Lange, Katarzyna]]
Betreff: WG: Marriage in Berlin – documents from Israel ([[AZ|E 0341/2026]])

Hallo [[P|Kasia]], kannst du das übernehmen? Die Erstattung der doppelt gezahlten Gebühr (66 EUR) bitte an die Kasse geben. Danke, [[P|Jörg]]

-----Ursprüngliche Nachricht-----
Von: [[P|Noam Shapira]] <[[E|noam.shapira@icloud.com]]>
Gesendet: Mittwoch, 11. März 2026 21:05
An: {M_STA}
Betreff: Marriage in Berlin – documents from Israel

Dear Sir or Madam,

my fiancée [[P|Maya Goldberg]] and I have our civil wedding at your office on June 13. We will have a Jewish ceremony (chuppah) with our rabbi in the synagogue afterwards, so we need the marriage certificate the same day, if possible.

Our documents:
– [[P|Noam Shapira]], born [[DOB|1 February 1991]] in Haifa, Israeli passport [[PASS|{ilp_a}]], ID no. [[IDC|{tz_a}]]
– [[P|Maya Goldberg]], born [[DOB|19 September 1993]] in Jerusalem, Israeli passport [[PASS|{ilp_b}]], ID no. [[IDC|{tz_b}]]
Address in Israel: [[A|Sderot Ha-Nassi 112]], [[A|3463315 Haifa]]. In Berlin we stay with [[P|Maya]]'s aunt, [[P|Ruth Goldberg-Adler]], [[A|Kranichsteig 3]], [[A|12435 Berlin]].

We paid the fee twice by mistake. Please refund 66 EUR to [[IBAN|{grp(ib25, 4)}]] (Bank Leumi, account holder [[P|Noam Shapira]]).

Best regards,
[[P|Noam]]
[[T|+972 54-731-2290]]
""", ["RELIGION"])

# ================================================================ 26 name declaration (Vietnamese, given name "Mai")
# Vietnamese CCCD: province (031 Hải Phòng, 001 Hà Nội), century/sex digit (0 male 19xx, 3 female 20xx),
# two digits birth year, six serial digits; no check digit.
cccd_a = chk("031" + "0" + "87" + I.digits(6), lambda s: len(s) == 12 and s.isdigit())
cccd_b = chk("001" + "3" + "00" + I.digits(6), lambda s: len(s) == 12 and s.isdigit())
doc("word", "namenserklaerung", f"""
Standesamt Spreeufer von Berlin – Eheregister [[AZ|E 0329/2026]]

Niederschrift über die Erklärung zur Namensführung in der Ehe (§ 1355 BGB, Art. 10 EGBGB)

Erschienen sind:
Herr [[P|Trần Văn Hùng]], geb. am [[DOB|15.03.1987]] in Hải Phòng, vietnamesischer Staatsangehöriger, Căn cước Nr. [[IDC|{cccd_a[:3]} {cccd_a[3:6]} {cccd_a[6:]}]],
Frau [[P|Lê Thị Mai]], geb. am [[DOB|08.08.2000]] in Hà Nội, vietnamesische Staatsangehörige, Căn cước Nr. [[IDC|{cccd_b}]],
beide wohnhaft [[A|Bootsbauerstraße 18]], [[A|10997 Berlin]].

Die Erklärenden bestimmen keinen Ehenamen. Nach vietnamesischem Recht führen beide ihre bisherigen Namen weiter. Zur Klarstellung: „[[P|Trần]]“ und „[[P|Lê]]“ sind die Familiennamen, „[[P|Hùng]]“ und „[[P|Mai]]“ die Rufnamen; in deutschen Urkunden wird die Schreibweise mit diakritischen Zeichen übernommen. Der Geburtsname der Mutter des Ehemannes, [[P|Đỗ Thị Hồng]], wurde im Mai 2026 aus dem Familienbuch übernommen.

Die Dolmetscherin Frau [[P|Phạm Thu Trang]] hat die Niederschrift übersetzt.

Berlin, 12.06.2026
[[P|Haberland]], Standesbeamter
""")

# ================================================================ 27 internal informal chat-like mail (lower case)
doc("outlook", "intern_informell", f"""
Von: [[P|henrik albers]] <[[E|h.albers@ba-spreeufer.berlin.de]]>
An: [[P|dilara öztürk]] <[[E|d.oeztuerk@ba-spreeufer.berlin.de]]>
Betreff: kurz: [[P|okafor]] / [[P|haddad]] / [[P|saleh]]

hi [[P|dilara]],

drei sachen vor meinem urlaub:
- [[P|okafor]]: weiterbewilligung ist raus, umzug läuft über frau [[P|kovačević]]. der nachbar ([[P|adeyemi]]) hat nochmal angerufen, [[P|okafors]] kühlschrank ist kaputt, bitte einmalbedarf prüfen (az [[AZ|soz 4-grusi 12/1190/26]]).
- [[P|haddad]]: die tochter ruft täglich an, nummer [[T|0163 5528107]]. heimkosten ab 1.4. sind zugesagt, bescheid fehlt noch.
- [[P|saleh]], [[A|kahnweg 12]]: [[P|tobias]] schickt dir den vorgang. die räumung ist am amtsgericht unter [[AZ|14 c 233/26]]. ich würde übernehmen, rückstand unter 3.500.

die zentrale hat {ZENTRALE2} übrigens wieder die alte ansage, falls leute sich beschweren.

lg [[P|henrik]]
""")

# ================================================================ 28 WBS objection decision (lawyer)
doc("word", "widerspruchsbescheid_wbs", f"""
Bezirksamt Spreeufer von Berlin – Wohnungsamt – Schleusenplatz 1, 10997 Berlin

Gegen Empfangsbekenntnis
Frau Rechtsanwältin
[[P|Sevgi Arıkan-Brehm]]
[[A|Weidendammer Hof 7]]
[[A|10179 Berlin]]

Ihr Zeichen: [[AZ|37/26 SA]]
Unser Zeichen: [[AZ|WoA 21 – W 0093/26]]
Datum: 16.03.2026

Widerspruchsbescheid
in der Wohnberechtigungsangelegenheit Ihres Mandanten, Herrn [[P|Marek Nowak]], geb. [[DOB|21.01.1976]], [[A|Kiefholzweg 90]], [[A|12437 Berlin]]

Sehr geehrte Frau [[P|Arıkan-Brehm]],

der Widerspruch vom 02.02.2026 gegen den Bescheid vom 15.01.2026 wird zurückgewiesen.

Gründe: Herr [[P|Nowak]] hat einen WBS mit besonderem Wohnbedarf beantragt. Das anrechenbare Einkommen des Haushalts ([[P|Marek Nowak]] und [[P|Agata Nowak]]) übersteigt die Einkommensgrenze nach § 9 Abs. 2 WoFG i. V. m. den Berliner Vorschriften um 21 %. Die geltend gemachten Werbungskosten wurden berücksichtigt. Die Eheleute haben auch keinen Anspruch nach dem WBS 180, da sie die dortige Grenze ebenfalls überschreiten.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Zustellung Klage beim Verwaltungsgericht Berlin erhoben werden.

Im Auftrag
[[P|Tobias Wendland]]
""")

# ================================================================ 29 Turkish pensioner (religion, Turkish IBAN/ID)
tc29 = tckn()
tid29 = tid()
ib29 = iban_tr()
rv29 = rv("010750", "K")
doc("outlook", "grundsicherung_tuerkei", f"""
Betreff: Grundsicherung im Alter – Abwesenheit Mai/Juni, Az. [[AZ|Soz 4-GruSi 12/0355/23]]

Sehr geehrte Damen und Herren,

ich schreibe im Namen meines Vaters, Herrn [[P|Hüseyin Kaya]] (geb. [[DOB|01.07.1950]], RV-Nr. [[SSN|{rv_fmt(rv29, 2)}]]), [[A|Fährmannstraße 40]], [[A|10245 Berlin]].

Mein Vater ist vom 10.05. bis 02.06.2026 auf Pilgerreise (Hadsch) in Mekka und danach bis 30.06. bei seiner Schwester in der Türkei. Adresse dort: [[A|Atatürk Caddesi No: 45 Daire 3]], [[A|35220 Konak/İzmir]].

Sie hatten nach seiner türkischen Rente gefragt: Sie wird auf sein Konto bei der Ziraat Bankası überwiesen, IBAN [[IBAN|{grp(ib29, 4)}]]. Seine türkische Identitätsnummer (T.C. Kimlik No.) ist [[IDC|{tc29}]]. Die Rentenbescheinigung der SGK lasse ich übersetzen; seine deutsche Steuer-IdNr. lautet [[TID|{tid29}]].

Während der Reise bin ich für Sie der Ansprechpartner: [[P|Mehmet Kaya]], [[T|0170 – 229 41 86]], [[E|mehmetkaya_1975@gmx.net]].

Mit freundlichen Grüßen
[[P|Mehmet Kaya]]
""", ["RELIGION"])

# ================================================================ 30 cash desk note: card number given by phone
amex = cc("37", 15)
mc = cc("52", 16)
usp = chk(R.choice("56") + I.digits(8), lambda s: len(s) == 9 and s.isdigit())
doc("word", "aktenvermerk_kasse", f"""
Aktenvermerk – Bürgeramt Spreeufer, Zahlstelle

Betr.: Gebühr Anmeldung / Aufenthaltsbescheinigung, Vorgang [[AZ|BA-26-031160]]

Am 17.03.2026 rief Frau [[P|Jennifer O'Connell]] (geb. [[DOB|24.06.1989]], US-Reisepass [[PASS|{usp}]]) an und wollte die Gebühr von 30,00 EUR telefonisch per Kreditkarte bezahlen. Sie nannte unaufgefordert ihre Amex-Nummer [[CC|{amex[:4]} {amex[4:10]} {amex[10:]}]] samt Prüfziffer. Ich habe erklärt, dass wir Kartenzahlungen nur vor Ort annehmen, und die Nummer nicht verwendet.

Ihr Mitbewohner, Herr [[P|Tyler Brooks]], hatte am Vortag schon versucht, mit seiner Mastercard [[CC|{mc}]] für sie zu zahlen; auch das wurde abgelehnt.

Frau [[P|O'Connell]] wohnt laut Wohnungsgeberbestätigung seit 01.03.2026 bei [[P|Brooks]], [[A|Reiherstieg 22]], [[A|10999 Berlin]], Rückruf unter [[T|+1 (608) 555-0143]] oder [[T|0152 3318 7045]].

Bitte diesen Vermerk nach Abschluss des Vorgangs schwärzen bzw. die Kartennummern löschen (PCI).

[[P|S. Pietsch]], 17.03.2026
""")


def main():
    assert len(DOCS) == 30, len(DOCS)
    out = []
    for i, (channel, template, text, flags) in enumerate(DOCS, 1):
        out.append(build(f"F91-{i:03d}", channel, template, text, flags))
    path = os.path.join(HERE, "fresh91.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {path}: {len(out)} documents, {sum(len(d['entities']) for d in out)} entities, "
          f"{len(CHECKED)} identifiers validated")


if __name__ == "__main__":
    main()
