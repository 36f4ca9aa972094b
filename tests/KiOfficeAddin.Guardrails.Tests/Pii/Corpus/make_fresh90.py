#!/usr/bin/env python3
"""Blind test batch 90 (seed 9090): invented correspondence of the Gemeinde Haldenbach im Schwarzwald
(Bauamt, Wasserversorgung, Abfallwirtschaft, Friedhof). Writes fresh90.jsonl next to this file.

Deterministic: only Identifiers(9090) and its random.Random; no time, no network.
Foreign identifiers (Swiss AHV/AVS, French NIR, Swiss/French/Portuguese IBAN, Portuguese NIF, Turkish T.C. Kimlik No,
Swiss UID/MWST, French TVA) are generated here with their public check-digit algorithms and validated again by
independent checks before the file is written.
"""
import json
import os
import sys

sys.dont_write_bytecode = True  # never write __pycache__ next to the shared helpers

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # marks.py and identifiers.py sit beside this file
from marks import build  # noqa: E402
from identifiers import Identifiers, mod97_iban, group  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = Identifiers(9090)
RNG = IDS.rng


# ---------------------------------------------------------------- independent validators (asserted below)
def v_iban(s):
    s = s.replace(" ", "").upper()
    lengths = {"DE": 22, "CH": 21, "FR": 27, "PT": 25}
    if len(s) != lengths[s[:2]]:
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def v_mod11_10(digits):
    p = 10
    for ch in digits[:-1]:
        s = (int(ch) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    return (11 - p) % 10 == int(digits[-1])


def v_tax_id(s):
    s = s.replace(" ", "")
    if len(s) != 11 or s[0] == "0" or not s.isdigit():
        return False
    counts = [s[:10].count(d) for d in "0123456789"]
    if sorted(c for c in counts if c > 1) not in ([2], [3]):
        return False
    return v_mod11_10(s)


def v_vat_de(s):
    return s.startswith("DE") and len(s) == 11 and v_mod11_10(s[2:])


def v_icao(s):
    w = (7, 3, 1)
    tot = sum((int(c) if c.isdigit() else ord(c) - 55) * w[i % 3] for i, c in enumerate(s[:-1]))
    return tot % 10 == int(s[-1])


def v_rv(s):
    s = s.replace(" ", "")
    code = ord(s[8]) - 64
    vals = [int(c) for c in s[:8]] + [code // 10, code % 10] + [int(c) for c in s[9:11]]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum((v * k) // 10 + (v * k) % 10 for v, k in zip(vals, w)) % 10 == int(s[11])


def v_kvnr(s):
    code = ord(s[0]) - 64
    vals = [code // 10, code % 10] + [int(c) for c in s[1:9]]
    tot = sum((v * (1 if i % 2 == 0 else 2)) // 10 + (v * (1 if i % 2 == 0 else 2)) % 10 for i, v in enumerate(vals))
    return tot % 10 == int(s[9])


def v_luhn(s):
    s = s.replace(" ", "").replace("-", "")
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d = d * 2 - (9 if d > 4 else 0)
        tot += d
    return tot % 10 == 0


def v_ahv(s):  # Swiss AHV/AVS number 756.XXXX.XXXX.XC, EAN-13 check digit
    d = s.replace(".", "")
    if len(d) != 13 or not d.startswith("756"):
        return False
    tot = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d[:12]))
    return (10 - tot % 10) % 10 == int(d[12])


def v_nir(s):  # French NIR (numéro de sécurité sociale): key = 97 - (first 13 digits mod 97)
    d = s.replace(" ", "")
    return len(d) == 15 and 97 - int(d[:13]) % 97 == int(d[13:])


def v_nif_pt(s):  # Portuguese NIF: weights 9..2, check = 11 - sum mod 11, 10/11 -> 0
    d = s.replace(" ", "")
    r = 11 - sum(int(c) * (9 - i) for i, c in enumerate(d[:8])) % 11
    return len(d) == 9 and (0 if r >= 10 else r) == int(d[8])


def v_tckn(s):  # Turkish T.C. Kimlik No
    d = [int(c) for c in s]
    if len(d) != 11 or d[0] == 0:
        return False
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    return d[9] == d10 and d[10] == sum(d[:10]) % 10


def v_uid_ch(s):  # Swiss UID CHE-123.456.78C: weights 5,4,3,2,7,6,5,4 mod 11
    d = s[4:15].replace(".", "")
    tot = sum(int(c) * w for c, w in zip(d[:8], (5, 4, 3, 2, 7, 6, 5, 4)))
    r = 11 - tot % 11
    return r != 10 and (0 if r == 11 else r) == int(d[8])


def v_tva_fr(s):  # French TVA: FR + key + SIREN, key = (12 + 3 * (SIREN mod 97)) mod 97; SIREN Luhn-valid
    d = s.replace(" ", "")
    siren = d[4:]
    return v_luhn(siren) and int(d[2:4]) == (12 + 3 * (int(siren) % 97)) % 97


def v_rib_fr(iban):  # French RIB key inside the IBAN
    b = iban.replace(" ", "")[4:]
    bank, branch, acct, key = int(b[:5]), int(b[5:10]), int(b[10:21]), int(b[21:23])
    return key == 97 - (89 * bank + 15 * branch + 3 * acct) % 97


def v_nib_pt(iban):  # Portuguese NIB check digits inside the IBAN
    b = iban.replace(" ", "")[4:]
    return int(b[19:21]) == 98 - int(b[:19]) * 100 % 97


CHECKS = []


def chk(kind, value):
    CHECKS.append((kind, value))
    return value


VALIDATORS = {
    "iban": v_iban, "taxid": v_tax_id, "vat_de": v_vat_de, "icao": v_icao, "rv": v_rv, "kv": v_kvnr,
    "cc": v_luhn, "ahv": v_ahv, "nir": v_nir, "nif": v_nif_pt, "tckn": v_tckn, "uid": v_uid_ch, "tva": v_tva_fr,
    "rib": v_rib_fr, "nib": v_nib_pt,
}


# ---------------------------------------------------------------- generators for foreign identifiers
def ahv():
    body = "756" + IDS.digits(9)
    tot = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    d = body + str((10 - tot % 10) % 10)
    return chk("ahv", f"{d[:3]}.{d[3:7]}.{d[7:11]}.{d[11:]}")


def nir(sex, yy, mm, dept, commune):
    head = f"{sex}{yy}{mm}{dept}{commune}{IDS.digits(3)}"
    key = 97 - int(head) % 97
    d = f"{head}{key:02d}"
    return chk("nir", f"{d[0]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:10]} {d[10:13]} {d[13:]}")


def iban_ch():
    return chk("iban", mod97_iban("CH", "80" + IDS.digits(15)))


def iban_fr():
    bank, branch, acct = IDS.digits(5, True), IDS.digits(5), IDS.digits(11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
    v = mod97_iban("FR", f"{bank}{branch}{acct}{key:02d}")
    chk("rib", v)
    return chk("iban", v)


def iban_pt():
    b = "0035" + IDS.digits(4) + IDS.digits(11)
    v = mod97_iban("PT", b + f"{98 - int(b) * 100 % 97:02d}")
    assert v.startswith("PT50")
    chk("nib", v)
    return chk("iban", v)


def nif_pt():
    while True:
        d = "2" + IDS.digits(7)
        r = 11 - sum(int(c) * (9 - i) for i, c in enumerate(d)) % 11
        return chk("nif", d + str(0 if r >= 10 else r))


def tckn():
    d = [int(c) for c in IDS.digits(9, True)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return chk("tckn", "".join(map(str, d)))


def uid_ch():
    while True:
        d = IDS.digits(8, True)
        r = 11 - sum(int(c) * w for c, w in zip(d, (5, 4, 3, 2, 7, 6, 5, 4))) % 11
        if r == 10:
            continue
        d += str(0 if r == 11 else r)
        return chk("uid", f"CHE-{d[:3]}.{d[3:6]}.{d[6:]}")


def tva_fr():
    from identifiers import luhn_check
    siren = IDS.digits(8, True)
    siren += str(luhn_check(siren))
    key = (12 + 3 * (int(siren) % 97)) % 97
    return chk("tva", f"FR{key:02d}{siren}")


def de_iban():
    return chk("iban", IDS.iban_de())


def sp(iban):
    return group(iban, 4)


# ---------------------------------------------------------------- identifiers used in the documents
I = {}
I["iban_ferreira"] = de_iban()
I["iban_brandli"] = iban_ch()
I["idc_gremmels"] = chk("icao", IDS.id_card(check_digit=True))
I["tckn_huseyin"] = tckn()
I["iban_wurtz"] = iban_fr()
I["kv_gertrud"] = chk("kv", IDS.health_insurance())
I["iban_rombach"] = de_iban()
I["iban_winter"] = de_iban()
I["iban_moosmann"] = de_iban()
I["iban_wurtz2"] = I["iban_wurtz"]
I["iban_pt"] = iban_pt()
I["iban_hug_b"] = de_iban()
I["taxid_maier"] = chk("taxid", IDS.tax_id())
I["taxid_tiago"] = chk("taxid", IDS.tax_id())
I["nif_ines"] = nif_pt()
I["vat_zaehr"] = chk("vat_de", IDS.vat_id())
I["uid_holz"] = uid_ch()
I["rv_hug"] = chk("rv", IDS.social_security("041057", "H"))
I["iban_hug"] = de_iban()
I["ahv_mo"] = ahv()
I["nir_mo"] = nir(2, "79", "04", "68", "066")
I["passde_ruoff"] = chk("icao", IDS.passport(check_digit=True))
I["idc_ruoff"] = IDS.id_card(check_digit=False)
I["cc_caflisch"] = chk("cc", IDS.credit_card("5", 16))
I["idc_wehrle"] = chk("icao", IDS.id_card(check_digit=True))
I["tva_wurtz"] = tva_fr()
I["iban_schwaer"] = de_iban()
I["rv_kaltenbach"] = chk("rv", IDS.social_security("231134", "D"))

# values without check digits, drawn from the same seeded stream
ch_pass_caflisch = "X" + IDS.digits(7)
ch_pass_brandli = "S" + IDS.digits(7)
nl_pass = "N" + "".join(RNG.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(2)) + "".join(
    RNG.choice("BCDFGHJKLMNPRSTVWXYZ0123456789") for _ in range(5)) + IDS.digits(1)
tnr_zaehr = f"{IDS.digits(5, True)}/{IDS.digits(5)}"
tnr_moosmann = "2847" + "0" + IDS.digits(8)  # 13-digit federal form, Baden-Württemberg (28)

for kind, value in CHECKS:
    assert VALIDATORS[kind](value), (kind, value)
assert v_iban(I["iban_ferreira"]) and v_tax_id(I["taxid_maier"])

DOCS = []


def doc(channel, template, flags, text):
    DOCS.append((channel, template, flags, text.strip("\n")))


OFFICE = "Gemeinde Haldenbach · Rathausplatz 1 · 79299 Haldenbach"

# ------------------------------------------------------------------------------------------------ 01
doc("word", "nachbarbeteiligung", [], f"""
Gemeinde Haldenbach · Bauamt · Rathausplatz 1 · 79299 Haldenbach

Herrn
[[P|Erwin Tritschler]]
[[A|Untere Halde 14]]
[[A|79299 Haldenbach-Oberhalden]]

Unser Zeichen: [[AZ|BG 2026/0031]]
Sachbearbeitung: [[P|Martina Kienzler]], Telefon [[N|07684 9120-0]]
Datum: 09.03.2026

Benachrichtigung der Angrenzer nach § 55 Landesbauordnung (LBO)

Bauvorhaben: Neubau eines Milchviehstalls mit Güllebehälter und Mistlege
Baugrundstück: Flurstück 1187/2, Gemarkung Oberhalden, [[A|Hinterer Kohlhof 2]]
Bauherr: [[P|Josef Schwär]], [[A|Hinterer Kohlhof 2]], [[A|79299 Haldenbach-Kohlgrund]]
Entwurfsverfasser: Dipl.-Ing. (FH) [[P|Wolfgang Straub]], Planungsbüro [[P|Straub]], [[A|Sägerain 5]], [[A|79299 Haldenbach]]

Sehr geehrter Herr [[P|Tritschler]],

für das oben genannte Vorhaben liegt uns ein vollständiger Bauantrag vor. Ihr Grundstück (Flurstück 1186) grenzt unmittelbar an das Baugrundstück. Sie können die Bauvorlagen bis einschließlich 10.04.2026 im Rathaus, Zimmer 12, während der Öffnungszeiten einsehen. Einwendungen können Sie innerhalb dieser Frist schriftlich oder zur Niederschrift bei der Gemeinde erheben. Nach Ablauf der Frist sind Einwendungen, die sich nicht auf besondere privatrechtliche Titel stützen, ausgeschlossen.

Benachrichtigt werden außerdem:
– [[P|Walburga Kaltenbach]], [[A|Untere Halde 16]]
– Erbengemeinschaft [[P|Hug]], z. Hd. [[P|Gerold Hug]], [[A|Mühlenweg 3]], [[A|79299 Haldenbach]]
– [[P|Lukas Winterhalder]], [[A|Kohlgrund 9]]

Mit freundlichen Grüßen
Im Auftrag

[[P|Martina Kienzler]]
Bauamt
""")

# ------------------------------------------------------------------------------------------------ 02
doc("outlook", "dialekt_stall", [], f"""
Von: [[E|hof.schwaer@t-online.de]]
Betreff: wg. stall

hallo frau [[P|kienzler]],

hier isch de [[P|sepp schwär]] vom hinterer kohlhof. mir hän de plan vom [[P|straub]] nomol g'ändert, de güllebehälter kummt jetzt 3 m witer weg vo de grenz vom [[P|tritschler]]. de [[P|erwin]] isch eiverstande, hät er gsait, schriftlich bringt er's die woch no vorbei.
d'entschädigung für des leitungsrecht (wasserleitung übers obere feld) bitte uff [[IBAN|{I['iban_schwaer'].lower()}]], des isch s'konto vom hof.

ruf mi halt a, [[T|0171-4482913]] oder am obend uffm hof [[T|07684/1372]]. mei frau [[P|rosa]] isch au meistens do.

gruess
[[P|sepp]]
""")

# ------------------------------------------------------------------------------------------------ 03
doc("outlook", "wasserzaehler_ferienwohnung", [], f"""
Betreff: WG: Wasserzähler Ferienwohnung [[A|Am Kirchbühl 7]] – Zählerstand und Rückerstattung

Hallo [[P|Jochen]],

kannst du dir das bitte anschauen? Laut Herrn [[P|Brändli]] steht der Zähler seit Dezember. Ich halte die Rückzahlung so lange zurück.

Gruß [[P|Sabine]]

Von: [[P|Urs Brändli-Wenger]] <[[E|u.braendli@bluewin.ch]]>
Gesendet: Montag, 2. März 2026 08:47
An: Kasse Haldenbach <[[N|kasse@haldenbach.de]]>
Betreff: Wasserzähler Ferienwohnung [[A|Am Kirchbühl 7]] – Zählerstand und Rückerstattung

Grüezi miteinand

Ich bin Eigentümer der Ferienwohnung [[A|Am Kirchbühl 7]] (Dachgeschoss) und wohne selber in der Schweiz, [[A|Bündtenweg 22]], [[A|CH-4336 Kaistenberg]]. Gemäss Ihrer Abrechnung (Kundennummer [[AZ|40-118702]]) sollen wir 212 m³ verbraucht haben. Das ist unmöglich, wir sind nur im Sommer und über Weihnachten dort. Der Zähler Nr. [[N|ZN 19-447216]] zeigt seit Dezember immer 1'842 m³ an.

Bitte überweisen Sie die zu viel bezahlten Vorauszahlungen auf mein Konto bei der Raiffeisenbank: IBAN [[IBAN|{sp(I['iban_brandli'])}]], lautend auf [[P|Urs Brändli-Wenger]]. Erreichbar bin ich unter [[T|+41 79 418 22 65]], abends auch unter [[T|061 871 40 93]].

Freundliche Grüsse
[[P|Urs Brändli]]
""")

# ------------------------------------------------------------------------------------------------ 04
doc("word", "gebuehrenbescheid_wasser", [], f"""
Gemeinde Haldenbach – Kämmerei – Wasserversorgung und Abwasserbeseitigung
Rathausplatz 1 · 79299 Haldenbach · Telefon [[N|07684 9120-0]] · [[N|kasse@haldenbach.de]]

Frau [[P|Ana Paula Ferreira]]
Herrn [[P|Manuel Ferreira da Silva]]
[[A|Fuchsmatte 11]]
[[A|79299 Haldenbach]]

Kundennummer: [[AZ|40-207315]]
Kassenzeichen: [[AZ|7.4200.031655.2]]
Zähler-Nr.: [[N|ZN 16-090188]]
Datum: 16.02.2026

Bescheid über Wasser- und Abwassergebühren 2025

Sehr geehrte Frau [[P|Ferreira]], sehr geehrter Herr [[P|Ferreira da Silva]],

für das Grundstück [[A|Fuchsmatte 11]] setzen wir die Gebühren für den Abrechnungszeitraum 01.01. bis 31.12.2025 wie folgt fest:

Position	Menge	Satz	Betrag
Wasserverbrauch	148 m³	2,41 €	356,68 €
Grundgebühr Zähler Qn 2,5	12 Monate	3,10 €	37,20 €
Schmutzwassergebühr	148 m³	2,87 €	424,76 €
Niederschlagswassergebühr	182 m²	0,52 €	94,64 €
Summe			913,28 €
abzüglich Vorauszahlungen			720,00 €
Nachzahlung			193,28 €

Die Nachzahlung wird am 15.03.2026 aufgrund des erteilten SEPA-Lastschriftmandats (Mandatsreferenz [[AZ|HB-W-207315-01]]) von Ihrem Konto [[IBAN|{sp(I['iban_ferreira'])}]] eingezogen. Die Vorauszahlungen für 2026 betragen 4 × 200,00 €.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Gemeinde Haldenbach, Rathausplatz 1, 79299 Haldenbach, erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Sabine Ketterer]]
""")

# ------------------------------------------------------------------------------------------------ 05
doc("word", "grabnutzungsrecht_umschreibung", [], f"""
Gemeinde Haldenbach · Friedhofsverwaltung

Frau
[[P|Theresia Gremmelsbacher]]
[[A|Kapellenweg 4]]
[[A|79299 Haldenbach-Rötenbühl]]

Aktenzeichen: [[AZ|733.2/2026-019]]
Grabstätte: Friedhof Rötenbühl, Feld C, Reihe 3, Nr. 14 (Wahlgrab, zweistellig)
Haldenbach, 05.03.2026

Umschreibung des Nutzungsrechts

Sehr geehrte Frau [[P|Gremmelsbacher]],

zunächst möchten wir Ihnen unser herzliches Beileid zum Tod Ihres Mannes aussprechen.

Das Nutzungsrecht an der oben genannten Wahlgrabstätte wurde 1998 von Herrn [[P|Alois Gremmelsbacher]] (geb. [[DOB|17.08.1936]]) erworben und läuft bis 31.12.2028. Auf Ihren Antrag vom 20.02.2026 schreiben wir das Nutzungsrecht nach § 14 der Friedhofssatzung auf Sie um:

Nutzungsberechtigte: [[P|Theresia Gremmelsbacher]] geb. [[P|Dold]]
geboren am [[DOB|2. Mai 1939]]
Personalausweis: [[IDC|{I['idc_gremmels']}]]

Ihre Kinder, Herr [[P|Martin Gremmelsbacher]] ([[A|Eichbergweg 2]], [[A|79299 Haldenbach]]) und Frau [[P|Ursula Fehrenbach]], haben schriftlich auf ihr vorrangiges Recht verzichtet.

Da die Ruhezeit nach der Beisetzung am 16.02.2026 über das Ende des Nutzungsrechts hinausgeht, ist eine Verlängerung um 13 Jahre bis 31.12.2041 erforderlich. Die Gebühr hierfür beträgt 13 × 38,00 € = 494,00 €; der Gebührenbescheid geht Ihnen gesondert zu.

Mit freundlichen Grüßen
Im Auftrag
[[P|Andrea Hättich]]
Friedhofsverwaltung, Telefon [[N|07684 9120-0]]
""")

# ------------------------------------------------------------------------------------------------ 06
doc("outlook", "muslimisches_grabfeld", ["RELIGION"], f"""
Von: [[P|Selin Yıldız]] <[[E|selin.yildiz@gmx.de]]>
An: [[N|friedhof@haldenbach.de]]
Betreff: Bestattung unseres Vaters – muslimisches Grabfeld

Sehr geehrte Frau [[P|Hättich]],

mein Vater [[P|Hüseyin Yıldız]] (geb. [[DOB|01.07.1944]] in Sivas) ist gestern Abend verstorben. Wir möchten ihn nach islamischem Brauch möglichst schnell bestatten, ohne Sarg im Leichentuch und mit dem Gesicht nach Mekka. Im Gemeinderat war 2023 von einem Grabfeld für muslimische Bestattungen auf dem Friedhof Haldenbach die Rede – gibt es das inzwischen? Die rituelle Waschung übernimmt der Imam unserer Moscheegemeinde.

Für das Konsulat brauchen wir noch eine Bestätigung der Gemeinde. Die türkische Identitätsnummer (T.C. Kimlik No.) meines Vaters ist [[IDC|{I['tckn_huseyin']}]].

Das Nutzungsrecht soll auf meine Mutter [[P|Emine Yıldız]] eingetragen werden, [[A|Hirschgasse 6]], [[A|79299 Haldenbach]]. Bitte rufen Sie mich an und nicht meine Mutter, sie spricht nur wenig Deutsch: [[T|0157 3390 1278]]. Mein Bruder [[P|Mehmet]] ist unter [[T|0176 55 21 09 84]] erreichbar.

Vielen Dank
[[P|Selin Yıldız]]
""")

# ------------------------------------------------------------------------------------------------ 07
doc("word", "aktenvermerk_telefonat", [], f"""
AV – Tel. 12.03.26, 10:20

Anruferin: Fr. [[P|A. P. Ferreira]] ([[A|Fuchsmatte 11]]), Rückruf unter [[T|0176 / 240 88 31]]
- Gebührenbescheid 2025 (Kd.-Nr. [[AZ|40207315]]) zu hoch – Rohrbruch im Keller Nov. 25, Fa. Sanitär [[P|Kuner]] e.K. hat repariert, Rechnung kommt per Mail
- fragt nach Abzug Schmutzwasser (Wasser nicht in Kanal) → § 41 AbwS nur mit Nachweis, kein Zwischenzähler vorhanden
- Sohn [[P|Tiago]] übersetzt, Mail: [[E|tiago.ferreira.hb@gmail.com]]
- Hr. [[P|Kuner]] direkt: [[T|0160 – 91 44 702]]
→ Wv. 26.03., Rechnung abwarten, dann an Kämmerei (Fr. [[P|Ketterer]])

gez. [[P|Faller]]
""")

# ------------------------------------------------------------------------------------------------ 08
doc("outlook", "abfall_elsass", [], f"""
Von: [[E|jb.wurtz68@orange.fr]]
Gesendet: Sonntag, 1. März 2026 21:14
Betreff: Müllgebühr für unser Ferienhaus – Lastschrift auf französisches Konto?

Bonjour, sehr geehrte Damen und Herren,

wir haben seit letztem Jahr ein kleines Ferienhaus in Haldenbach-Lindenmatt, [[A|Im Brühl 21]]. Wir wohnen im Elsass, [[A|7 rue du Moulin]], [[A|F-68740 Rosheimwiller]]. Für die Abfallgebühr möchten wir bitte eine Lastschrift von unserem französischen Konto: [[IBAN|{sp(I['iban_wurtz'])}]], titulaires [[P|Jean-Baptiste Wurtz]] et [[P|Mireille Wurtz-Haeberlé]]. Geht das mit SEPA?

Ist die Biotonne für uns obligatoire? Wir sind vielleicht 10 Wochen im Jahr da. Unser Nachbar, Monsieur [[P|Dorer]], sagt, man kann eine kleinere Tonne nehmen oder selbst kompostieren.
Die Rechnung können Sie auch auf meine Schreinerei ausstellen: Menuiserie [[P|Wurtz]], n° TVA intracommunautaire [[VAT|{I['tva_wurtz']}]].

Vous pouvez m'appeler: [[T|+33 6 71 28 45 09]], oder meine Frau auf dem Festnetz [[T|03 89 47 12 60]].

Merci et cordialement
[[P|J.-B. Wurtz]]
""")

# ------------------------------------------------------------------------------------------------ 09
doc("word", "protokoll_technischer_ausschuss", [], f"""
Niederschrift über die öffentliche Sitzung des Technischen Ausschusses am 04.03.2026, 18:30 Uhr, Ratssaal

Anwesend: Bürgermeister [[P|Thomas Weisser]] (Vorsitz); Gemeinderäte [[P|Klaus Dorer]], [[P|Petra Faißt]], [[P|Gerhard Moser]], [[P|Ömer Aydın]] (ab TOP 2); Bauamt: [[P|Reinhold Dufner]], [[P|Martina Kienzler]] (Schriftführung)
Entschuldigt: GR [[P|Ludwig Kammerer]]

TOP 1 – Bauantrag [[AZ|BG 2026/0031]]: Neubau Milchviehstall mit Güllebehälter, [[A|Hinterer Kohlhof 2]], Bauherr [[P|Josef Schwär]]
Herr [[P|Dufner]] erläutert das Vorhaben. Privilegiertes Vorhaben im Außenbereich (§ 35 Abs. 1 Nr. 1 BauGB). Der Angrenzer Herr [[P|Tritschler]] hat keine Einwendungen erhoben. GR [[P|Moser]] fragt nach der Geruchsimmissionsprognose; diese liegt vor.
Beschluss: Das Einvernehmen wird erteilt. (einstimmig)

TOP 2 – Bauvoranfrage [[AZ|BV 2026/0007]]: Umnutzung einer Scheune in zwei Ferienwohnungen, [[A|Kohlgrund 9]], Antragsteller [[P|Lukas Winterhalder]]
GRin [[P|Faißt]] fragt nach den Stellplätzen und der Löschwasserversorgung. Ortstermin wird vereinbart.
Beschluss: Das Einvernehmen wird in Aussicht gestellt. (5 Ja, 1 Nein)

TOP 3 – Antrag auf Befreiung, Bebauungsplan „Obere Matten“: Doppelgarage außerhalb des Baufensters, [[A|Schwarzwaldstraße 48]], Antragsteller [[P|Ömer Aydın]] und [[P|Fatma Aydın]]
GR [[P|Aydın]] ist befangen (§ 18 GemO) und nimmt im Zuhörerbereich Platz. Die Garage ist bereits errichtet.
Beschluss: Die Befreiung wird nicht erteilt. (2 Ja, 3 Nein)

TOP 4 – Bekanntgaben: Die Sanierung des Hochbehälters Kohlgrund beginnt im Mai.

Für die Richtigkeit:
[[P|Thomas Weisser]], Bürgermeister		[[P|Martina Kienzler]], Schriftführerin
""")

# ------------------------------------------------------------------------------------------------ 10
doc("outlook", "windeltonne_pflege", ["HEALTH"], f"""
Betreff: Antrag Windeltonne für meine Mutter

Sehr geehrte Frau [[P|Ketterer]],

meine Mutter [[P|Gertrud Kaltenbach]], geb. [[DOB|23.11.34]], lebt bei uns im Haus ([[A|Untere Halde 16]], [[A|79299 Haldenbach-Oberhalden]]). Seit einem Schlaganfall im Herbst ist sie bettlägerig und inkontinent, sie hat Pflegegrad 4. Der Pflegedienst meint, die Gemeinde stellt für solche Fälle eine gebührenfreie Windeltonne.

Die Bescheinigung der Pflegekasse (AOK Baden-Württemberg, Versichertennummer [[KV|{I['kv_gertrud']}]]) und den Rentenbescheid (Vers.-Nr. [[SSN|{I['rv_kaltenbach'][:2]} {I['rv_kaltenbach'][2:8]} {I['rv_kaltenbach'][8]} {I['rv_kaltenbach'][9:]}]]) hänge ich an. Das Müllkonto läuft auf meinen Namen, Kundennummer [[AZ|50-031974]].

Mit freundlichen Grüßen
[[P|Walburga Kaltenbach]]
Tel. [[T|07684 2291]]
""")

# ------------------------------------------------------------------------------------------------ 11
doc("word", "tourenplan_zaehlerwechsel", ["HEALTH"], f"""
# Zählerwechsel KW 12/2026 – Tour Oberhalden / Rötenbühl / Kohlgrund

Monteur: [[P|Jochen Faller]], Bereitschaft über Rathaus [[N|07684 9120-0]]

| Nr. | Kunde | Anschrift | Telefon | alter Zähler | Termin / Hinweis |
|---|---|---|---|---|---|
| 1 | [[P|Erwin Tritschler]] | [[A|Untere Halde 14]] | [[T|07684 1189]] | [[N|ZN 11-203377]] | Di 17.03., 8:00 |
| 2 | [[P|Kaltenbach]], [[P|Walburga]] | [[A|Untere Halde 16]] | [[T|07684 2291]] | [[N|ZN 11-203380]] | Di 8:30 – Mutter bettlägerig, klingeln und warten |
| 3 | [[P|Gremmelsbacher]], [[P|Theresia]] | [[A|Kapellenweg 4]] | – | [[N|ZN 09-118402]] | Di 9:15, Schlüssel bei Sohn [[P|Martin]], [[T|0160 9927 415]] |
| 4 | FeWo [[P|Moosmann]] | [[A|Am Kirchbühl 9]] | [[T|0711 6658 2204]] | [[N|ZN 14-330019]] | Mi 18.03., nur nach Absprache |
| 5 | [[P|Yıldız]], [[P|Emine]] | [[A|Hirschgasse 6]] | [[T|0157 3390 1278]] (Tochter [[P|Selin]]) | [[N|ZN 12-071145]] | Mi 10:00 |
| 6 | [[P|Rombach]], [[P|Gisela]] | [[A|Rötenbühl 3]] | [[T|07684 775]] | [[N|ZN 08-004412]] | Do 19.03., 8:00 |
| 7 | [[P|Winterhalder]] (Landwirt) | [[A|Kohlgrund 9]] | [[T|0170 5518 062]] | [[N|ZN 17-552190]] | Do 9:00, Zähler im Stall (Viehtränke) |

Ausgebaute Zähler mit Stand und Foto ins Zählerbuch, Rückmeldung an [[P|S. Ketterer]].
""")

# ------------------------------------------------------------------------------------------------ 12
doc("outlook", "wohnmobil_wendehammer", [], f"""
Betreff: wohnmobil steht schon wieder im wendehammer!!

hallo zusammen,

sorry dass ich schon wieder schreib, aber das wohnmobil mit dem kennzeichen [[KFZ|OG-RK 418]] steht jetzt seit drei wochen im wendehammer vogtsgrund, der anhänger daneben ([[KFZ|EM TX 77]]) auch. gehört wohl dem neuen mieter vom hr. [[P|rombach]]?? das müllauto kam am dienstag nicht durch und unsere tonnen sind nicht geleert worden, die gelben säcke liegen jetzt im regen.

kann bitte mal jemand vom ordnungsamt vorbeischauen, bevor ich den abschleppdienst ruf.

lg [[P|petra]]

--
[[P|Petra Faißt]] · [[A|Vogtsgrund 12]] · [[T|0151 24 63 90 71]]
""")

# ------------------------------------------------------------------------------------------------ 13
doc("word", "anhoerung_schwarzbau", [], f"""
Gemeinde Haldenbach · Bauamt
Rathausplatz 1 · 79299 Haldenbach

Mit Postzustellungsurkunde
Herrn [[P|Ömer Aydın]]
Frau [[P|Fatma Aydın]]
[[A|Schwarzwaldstraße 48]]
[[A|79299 Haldenbach]]

Aktenzeichen: [[AZ|632.21 – BK 2026/004]]
Datum: 12.03.2026

Anhörung nach § 28 Landesverwaltungsverfahrensgesetz – beabsichtigte Beseitigungsanordnung

Sehr geehrte Frau [[P|Aydın]], sehr geehrter Herr [[P|Aydın]],

bei einer Ortsbesichtigung am 24.02.2026 durch Frau [[P|Kienzler]] wurde festgestellt, dass auf Ihrem Grundstück Flurstück 522/4 eine Doppelgarage (ca. 6,2 × 6,0 m) außerhalb der überbaubaren Grundstücksfläche des Bebauungsplans „Obere Matten“ errichtet wurde. Vor der Garage war der Pkw mit dem amtlichen Kennzeichen [[KFZ|EM-ÖA 1903]] abgestellt. Eine Baugenehmigung liegt nicht vor; die nachträglich beantragte Befreiung wurde vom Technischen Ausschuss am 04.03.2026 nicht erteilt.

Wir beabsichtigen daher, die Beseitigung der Garage nach § 65 LBO anzuordnen. Bevor wir entscheiden, geben wir Ihnen Gelegenheit, sich bis zum 15.04.2026 zu äußern. Sie können auch einen Termin mit dem Unterzeichner vereinbaren.

Mit freundlichen Grüßen

[[P|Reinhold Dufner]]
Bauamtsleiter
""")

# ------------------------------------------------------------------------------------------------ 14
rows14 = [
    ("50-032118", "Rombach", "Gisela", "Rötenbühl 3", "79299 Haldenbach", sp(I["iban_rombach"]), "02.02.2026"),
    ("50-032119", "Winterhalder", "Lukas", "Kohlgrund 9", "79299 Haldenbach", I["iban_winter"], "03.02.2026"),
    ("50-032125", "Moosmann", "Dieter", "Lerchenrain 40", "70771 Leonbrunn", sp(I["iban_moosmann"]), "05.02.2026"),
    ("50-032126", "Wurtz", "Jean-Baptiste", "7 rue du Moulin", "F-68740 Rosheimwiller", sp(I["iban_wurtz2"]), "09.02.2026"),
    ("50-032130", "Ferreira da Silva", "Manuel", "Fuchsmatte 11", "79299 Haldenbach", sp(I["iban_pt"]), "12.02.2026"),
    ("50-032131", "Hug", "Birgit", "Bürgermeister-Dold-Straße 5", "79299 Haldenbach", I["iban_hug_b"], "17.02.2026"),
]
lines14 = "\n".join(f"[[AZ|{a}]];[[P|{b}]];[[P|{c}]];[[A|{d}]];[[A|{e}]];[[IBAN|{f}]];{g}" for a, b, c, d, e, f, g in rows14)
doc("word", "export_lastschriftmandate", [], f"""
Export Lastschriftmandate Abfallgebühren – neue Mandate Februar 2026 (für Import in die Kasse, bitte prüfen)

Kundennr;Name;Vorname;Straße;PLZ Ort;IBAN;Mandat vom
{lines14}

Hinweis [[P|Ketterer]]: Zeile 4 und 5 sind Auslandskonten (FR/PT) – SEPA-Basislastschrift möglich, Vorlauf 5 Tage.
""")

# ------------------------------------------------------------------------------------------------ 15
tid_m = I["taxid_maier"]
tid_t = I["taxid_tiago"]
nif = I["nif_ines"]
doc("outlook", "vorkaufsrecht_notariat", [], f"""
Von: Notariat am Marktplatz <[[N|sekretariat@notariat-marktplatz-waldkirchen.de]]>
Gesendet: Freitag, 6. März 2026 11:02
An: [[N|bauamt@haldenbach.de]]
Betreff: Anfrage Vorkaufsrecht §§ 24 ff. BauGB – UR-Nr. [[AZ|412/2026]] – Flst. 1403, [[A|Fuchsmatte 13]]

Sehr geehrte Damen und Herren,

in meiner Urkunde vom 05.03.2026, UR-Nr. [[AZ|412/2026]], habe ich den Kaufvertrag über das Grundstück Flurstück 1403, Gemarkung Haldenbach, Gebäude- und Freifläche zu 612 m², [[A|Fuchsmatte 13]], beurkundet.

Verkäuferin:
[[P|Hannelore Maier]] geb. [[P|Tritschler]], geb. am [[DOB|14.06.1951]], wohnhaft [[A|Lindenstraße 8]], [[A|79112 Ettenmatt]], Steuer-IdNr. [[TID|{tid_m[:2]} {tid_m[2:5]} {tid_m[5:8]} {tid_m[8:]}]]
(handelnd zugleich für die Erbengemeinschaft nach [[P|Anna Tritschler]] aufgrund Vollmacht)

Käufer:
1. [[P|Tiago Ferreira]], geb. am [[DOB|30.09.1998]], wohnhaft [[A|Fuchsmatte 11]], [[A|79299 Haldenbach]], Steuer-IdNr. [[TID|{tid_t}]]
2. [[P|Inês Moreira Ferreira]], geb. am [[DOB|12.01.2000]], wohnhaft ebenda, portugiesische Steuernummer (NIF) [[TID|{nif[:3]} {nif[3:6]} {nif[6:]}]]; eine deutsche Steuer-IdNr. ist noch nicht erteilt.

Kaufpreis: 185.000,00 EUR. Ich bitte um Mitteilung, ob der Gemeinde ein Vorkaufsrecht zusteht und ob es ausgeübt wird, andernfalls um Erteilung eines Negativzeugnisses.

Mit freundlichen Grüßen
[[P|Dr. Friederike Oßwald]]
Notarin
""")

# ------------------------------------------------------------------------------------------------ 16
doc("word", "antrag_grabmal_steinmetz", [], f"""
Antrag auf Genehmigung zur Errichtung eines Grabmals (§ 22 Friedhofssatzung Haldenbach)

Antragsteller: Steinmetzbetrieb [[P|Zähringer]], Inh. [[P|Bernhard Zähringer]], Steinmetz- und Steinbildhauermeister
[[A|Gewerbestraße 17]], [[A|79297 Glasbach]]
Telefon [[T|07681 40 93 16]] · [[E|info@steinmetz-zaehringer.de]]
Steuernummer [[TNR|{tnr_zaehr}]] · USt-IdNr. [[VAT|{I['vat_zaehr']}]]

Grabstätte: Friedhof Rötenbühl, Feld C, Reihe 3, Nr. 14
Verstorbener: [[P|Alois Gremmelsbacher]], * [[DOB|17.08.1936]], † 11.02.2026
Nutzungsberechtigte: [[P|Theresia Gremmelsbacher]], [[A|Kapellenweg 4]], [[A|79299 Haldenbach-Rötenbühl]]

Grabmal: stehender Stein, Schwarzwälder Granit, geflammt, Höhe 1,10 m, Breite 0,70 m, Stärke 16 cm, Fundament nach TA Grabmal
Inschrift: „[[P|Alois Gremmelsbacher]] 1936 – 2026“, darunter Ährenmotiv und Pflug, vertieft, Schrift bronziert
Einfassung: keine (Rasenkante)

Glasbach, 03.03.2026
[[P|B. Zähringer]]

Einverständnis der Nutzungsberechtigten: [[P|Th. Gremmelsbacher]]
""")

# ------------------------------------------------------------------------------------------------ 17
doc("outlook", "bauantrag_architekt_schweiz", [], f"""
Von: [[P|Beat Ammann]] <[[E|b.ammann@holzwerk-planung.ch]]>
Gesendet: Dienstag, 3. März 2026 09:15
An: [[P|Martina Kienzler]] <[[E|m.kienzler@haldenbach.de]]>
Betreff: AW: Bauantrag Umbau Ferienwohnungen [[A|Am Kirchbühl 11]] – fehlende Unterlagen

Sehr geehrte Frau [[P|Kienzler]]

Anbei erhalten Sie den Stellplatznachweis und das Brandschutzkonzept. Die Rechnung für die Prüfgebühr senden Sie bitte an unser Büro: Holzwerk Planung AG, Rheinweg 3, CH-4337 Rheinweiler, MWST-Nr. [[VAT|{I['uid_holz']} MWST]].

Bauherrin ist weiterhin Frau [[P|Dr. Cornelia Baumeister-Rapp]]; die Zustellung des Bescheids bitte an sie direkt, [[A|Im Weinberg 4]], [[A|70771 Leonbrunn]].

Freundliche Grüsse
[[P|Beat Ammann]]
dipl. Architekt FH SIA
T [[T|+41 62 874 31 05]]

Am 27.02.2026 um 14:05 schrieb [[P|Martina Kienzler]] <[[E|m.kienzler@haldenbach.de]]>:
> Sehr geehrter Herr [[P|Ammann]],
>
> zum Bauantrag [[AZ|BG 2026/0024]] (Bauherrin: [[P|Dr. Cornelia Baumeister-Rapp]], Baugrundstück [[A|Am Kirchbühl 11]]) fehlen noch der Stellplatznachweis nach § 37 LBO und eine Aussage zum zweiten Rettungsweg im Dachgeschoss.
>
> Mit freundlichen Grüßen
> [[P|Martina Kienzler]]
> Gemeinde Haldenbach – Bauamt
> Telefon [[N|07684 9120-0]]
""")

# ------------------------------------------------------------------------------------------------ 18
rv = I["rv_hug"]
doc("word", "ratenzahlung_gebuehren", [], f"""
Gemeinde Haldenbach · Kämmerei

Herrn
[[P|Gerold Hug]]
[[A|Mühlenweg 3]]
[[A|79299 Haldenbach]]

Kassenzeichen [[AZ|7.4200.018223.6]]
Haldenbach, 10.03.2026

Stundung und Ratenzahlung – Wasser- und Abwassergebühren 2025, Abwasserbeitrag

Sehr geehrter Herr [[P|Hug]],

auf Ihren Antrag vom 18.02.2026 stunden wir den offenen Betrag von 1.640,00 € und gewähren Ihnen Ratenzahlung. Aus dem vorgelegten Rentenbescheid der Deutschen Rentenversicherung Baden-Württemberg (Versicherungsnummer [[SSN|{rv}]]) ergibt sich, dass eine Zahlung in einem Betrag derzeit eine erhebliche Härte wäre.

Ratenplan:
Rate 1	15.04.2026	250,00 €
Rate 2	15.05.2026	250,00 €
Rate 3	15.06.2026	250,00 €
Rate 4	15.07.2026	250,00 €
Rate 5	15.08.2026	250,00 €
Rate 6	15.09.2026	250,00 €
Rate 7	15.10.2026	140,00 €

Die Raten werden von Ihrem Konto bei der Volksbank Breisgau-Süd, IBAN [[IBAN|{sp(I['iban_hug'])}]], eingezogen. Stundungszinsen erheben wir nicht. Gerät eine Rate mehr als zwei Wochen in Rückstand, wird der gesamte Restbetrag sofort fällig.

Mit freundlichen Grüßen
Im Auftrag
[[P|Sabine Ketterer]]
""")

# ------------------------------------------------------------------------------------------------ 19
doc("outlook", "zweitwohnungsteuer_grenzgaengerin", [], f"""
Von: [[P|Marie-Odile Schwoerer]] <[[E|mo.schwoerer@orange.fr]]>
Gesendet: Mittwoch, 11. März 2026 19:32
An: [[N|steueramt@haldenbach.de]]
Betreff: Zweitwohnungsteuer – Antrag auf Befreiung (verheiratet, Hauptwohnung in Frankreich)

Sehr geehrte Damen und Herren,

seit Oktober 2025 wohne ich unter der Woche in Haldenbach, [[A|Sägerain 9]] (Einliegerwohnung bei Familie [[P|Moser]]), weil ich in Basel arbeite und die Strecke jeden Tag zu weit ist. Mein Hauptwohnsitz ist bei meinem Ehemann [[P|Pierre Schwoerer]], [[A|14 rue des Tilleuls]], [[A|F-68250 Bollwiller-le-Bas]]. Ich bin geboren am [[DOB|9. April 1979]] in Colmar.

Als Nachweise schicke ich:
– Livret de famille (Heiratsurkunde)
– Lohnausweis meiner Arbeitgeberin in Basel, AHV-Nr. [[SSN|{I['ahv_mo']}]]
– Attestation de droits der Sécurité sociale, N° [[SSN|{I['nir_mo']}]]
– Taxe d'habitation 2025 für die Wohnung in Bollwiller

Können Sie mir bitte sagen, ob das reicht?

Cordialement / Mit freundlichen Grüßen
[[P|Marie-Odile Schwoerer]]
[[T|+33 6 12 84 70 33]]
""")

# ------------------------------------------------------------------------------------------------ 20
doc("word", "baufreigabeschein", [], f"""
Gemeinde Haldenbach – Bauamt

BAUFREIGABESCHEIN (§ 59 Abs. 1 LBO)
– an der Baustelle von der Straße aus gut sichtbar anzubringen –

Aktenzeichen: [[AZ|BG 2025/0112]]
Bauherr: [[P|Mehmet Yıldız]] und [[P|Derya Yıldız]], [[A|Hirschgasse 6]], [[A|79299 Haldenbach]]
Vorhaben: Anbau eines Wintergartens und einer Rampe zum Hauseingang
Baugrundstück: Flurstück 311, Gemarkung Haldenbach, [[A|Hirschgasse 6]]
Entwurfsverfasser: [[P|Wolfgang Straub]], Planungsbüro [[P|Straub]], [[A|Sägerain 5]], [[A|79299 Haldenbach]]
Bauleiter: [[P|Anton Schwehr]], Zimmerermeister, Zimmerei [[P|Schwehr]], [[A|Talstraße 61]], [[A|79299 Haldenbach]], Mobil [[T|0175 66 02 481]]

Mit der Ausführung des Vorhabens darf begonnen werden. Der Baubeginn ist der Gemeinde spätestens eine Woche vorher mitzuteilen. Die Auflagen und Nebenbestimmungen der Baugenehmigung vom 19.02.2026 sind zu beachten.

Haldenbach, 02.03.2026
Im Auftrag
[[P|Martina Kienzler]]
""")

# ------------------------------------------------------------------------------------------------ 21
doc("outlook", "viehtraenke_thread", [], f"""
Betreff: Re: Re: Weidebrunnen / Zähler Viehtränke obere Weide

hi [[P|jochen]],

passt, dann am donnerstag um 7 am stall. der vadder isch bis mittag im wald, ich bin da.

gruß [[P|lukas]]

[[P|Jochen Faller]] <[[E|j.faller@haldenbach.de]]> schrieb am Mo., 9. März 2026, 16:22:
> Hallo [[P|Lukas]],
>
> den Standrohrzähler kannst du haben, Kaution 300 €. Den Zähler an der Viehtränke tausche ich gleich mit, die Eichfrist ist abgelaufen (Zähler-Nr. [[N|ZN 17-552190]], Baujahr 2017). Passt dir Donnerstag früh?
>
> Gruß [[P|Jochen]]
>
> Am 08.03.2026 um 20:51 schrieb [[P|Lukas Winterhalder]] <[[E|lukas.winterhalder@web.de]]>:
>> Hallo Herr [[P|Faller]],
>>
>> die Quelle am Weidebrunnen gibt seit dem trockenen Sommer kaum noch was her, wir müssen das Vieh auf der oberen Weide aus dem Netz tränken. Können wir einen Standrohrzähler bekommen? Abrechnung bitte wie immer über Kundennummer [[AZ|40-099341]] ([[A|Kohlgrund 9]]).
>>
>> Tel. [[T|0170 5518 062]]
>> [[P|Lukas Winterhalder]]
""")

# ------------------------------------------------------------------------------------------------ 22
graves = [
    ("A-02-07", "[[P|Karl Dold]]", "03.02.1921", "14.05.1996", "[[P|Hedwig Rapp]]", "[[A|Talstraße 12]], [[A|79299 Haldenbach]]"),
    ("A-02-08", "[[P|Maria Dold]] geb. [[P|Ruf]]", "28.09.1925", "02.11.1996", "[[P|Hedwig Rapp]]", "s. o."),
    ("A-04-11", "[[P|Johann Schill]]", "16.12.1930", "07.01.2001", "[[P|Elmar Schill]]", "[[A|Eschenweg 5]], [[A|77761 Hornbühl]]"),
    ("B-01-03", "[[P|Franziska Kury]]", "05.05.1938", "22.03.2006", "unbekannt", "Ermittlung über Meldeamt"),
    ("B-03-15", "[[P|Anselm Wehrle]]", "11.11.1929", "30.08.2006", "[[P|Rita Wehrle]]", "[[A|Hauptstraße 3]], [[A|79299 Haldenbach]]"),
    ("C-01-09", "[[P|José Carlos Teixeira]]", "19.03.1948", "09.09.2006", "[[P|Maria de Fátima Teixeira]]", "[[A|Rua da Escola 27]], [[A|4730-512 Quintela do Vale]] (Portugal)"),
    ("C-02-01", "[[P|Emil Benz]]", "30.06.1935", "12.12.2005", "[[P|Wolfgang Benz]]", "[[A|Am Sonnenhang 14]], [[A|79285 Glasbach]]"),
    ("U-05-02", "[[P|Erna Faller]] (Urne)", "21.08.1940", "04.04.2006", "[[P|Jochen Faller]]", "[[A|Eichbergweg 7]], [[A|79299 Haldenbach]]"),
]
grave_lines = "\n".join(f"{g}\t{v}\t[[DOB|{b}]]\t{d}\t{n}\t{a}" for g, v, b, d, n, a in graves)
doc("word", "liste_ablauf_nutzungsrechte", [], f"""
Friedhöfe Haldenbach und Rötenbühl – Ablauf von Nutzungsrechten zum 31.12.2026
(Liste für Benachrichtigungsschreiben, Stand 02.03.2026, bearbeitet: [[P|A. Hättich]])

Grab	Verstorbene/r	geb.	gest.	Nutzungsberechtigte/r	Anschrift
{grave_lines}

Hinweis: Bei B-01-03 öffentliche Bekanntmachung und Hinweisschild am Grab (sechs Monate). Bei U-05-02 ist der Nutzungsberechtigte Mitarbeiter der Gemeinde, Schreiben trotzdem regulär.
""")

# ------------------------------------------------------------------------------------------------ 23
doc("outlook", "wilder_muell_zeugin", [], f"""
Betreff: Wilder Müll am Wanderparkplatz Hohe Eck – Hinweis

Hallo Frau [[P|Ketterer]],

am Sonntag, 8. März, gegen 17:30 Uhr habe ich beobachtet, wie aus einem weißen Transporter mit dem Kennzeichen [[KFZ|FR-BW 2718]] Bauschutt und alte Fenster am Wanderparkplatz Hohe Eck abgeladen wurden. Ein zweites Auto fuhr voraus, ein grauer Kombi mit Schweizer Nummer, ich meine [[KFZ|AG 381502]]. Fotos hänge ich an.

Zwischen dem Schutt lag außerdem ein Briefumschlag, adressiert an [[P|Roland Schillinger]], [[A|Gartenstraße 4a]], [[A|79292 Kirchzell]]. Vielleicht hilft Ihnen das weiter.

Ich bin bereit, als Zeugin auszusagen:
[[P|Irmgard Löffler]], [[A|Johann-Peter-Hebel-Straße 3]], [[A|79299 Haldenbach]], Telefon [[T|+49 (0) 7684 33 08]]

Viele Grüße
[[P|Irmgard Löffler]]
""")

# ------------------------------------------------------------------------------------------------ 24
pde = I["passde_ruoff"]
cc = I["cc_caflisch"]
doc("outlook", "gaestemeldung_kreditkarte", [], f"""
Von: [[P|Helga Moosmann]] <[[E|helga.moosmann@t-online.de]]>
An: Gästebeitrag Haldenbach <[[N|gaestebeitrag@haldenbach.de]]>
Betreff: Gästemeldungen Februar 2026 – FeWo [[P|Moosmann]], [[A|Am Kirchbühl 9]]

Liebe Frau [[P|Ketterer]],

die Online-Meldung hat wieder nicht funktioniert, deshalb hier die Meldescheine vom Februar abgetippt:

Anreise | Abreise | Name | geb. | Staat | Ausweis-/Pass-Nr. | Anschrift
01.02. | 08.02. | [[P|Femke van Dijk]] | [[DOB|1988-07-14]] | NL | [[PASS|{nl_pass}]] | [[A|Lindelaan 17]], [[A|3512 KT Oosterwijde]]
01.02. | 08.02. | [[P|Joris Bakker]] | [[DOB|1987-03-02]] | NL | – (mit [[P|van Dijk]]) | dto.
14.02. | 21.02. | [[P|Claudia Ruoff]] | [[DOB|1979-11-30]] | D | [[PASS|{pde}]] | [[A|Kelterweg 8]], [[A|74199 Untersteinach]]
14.02. | 21.02. | [[P|Matthias Ruoff]] | [[DOB|1977-05-09]] | D | [[IDC|{I['idc_ruoff']}]] | dto.
22.02. | 28.02. | [[P|Reto Caflisch]] | [[DOB|1969-12-24]] | CH | [[PASS|{ch_pass_caflisch}]] | [[A|Via Sura 12]], [[A|7530 Zernetsch]]

Kinder der Familie [[P|Ruoff]]: [[P|Lina]] (9) und [[P|Mats]] (6), beitragsfrei.

Die Gästebeiträge buchen Sie bitte wie immer ab. Noch eine Frage: Herr [[P|Caflisch]] hat mir für die Endreinigung seine Kreditkarte aufgeschrieben, [[CC|{group(cc, 4)}]], gültig bis 09/28 – die Nummer steht jetzt noch auf dem Meldeschein. Muss ich die schwärzen, bevor ich den Schein aufbewahre?

Liebe Grüße
[[P|Helga Moosmann]]
Steuernummer FeWo (falls Sie sie brauchen): [[TNR|{tnr_moosmann}]]
""")

# ------------------------------------------------------------------------------------------------ 25
doc("outlook", "baulaerm_sonntag", [], f"""
Betreff: Baulärm [[A|Hirschgasse 6]] – Arbeiten am Sonntag

Sehr geehrte Damen und Herren,

seit drei Wochenenden wird auf der Baustelle [[A|Hirschgasse 6]] auch sonntags gesägt und gehämmert, heute ab 7:15 Uhr. Laut Baufreigabeschein ist Bauleiter Herr [[P|Schwehr]] von der Zimmerei [[P|Schwehr]], Aktenzeichen [[AZ|BG 2025/0112]]. Ich habe nichts gegen Familie [[P|Yıldız]] und verstehe, dass der Anbau schnell fertig werden soll, aber Sonn- und Feiertage sind nach der Polizeiverordnung einzuhalten. Herr [[P|Schwehr]] hat auf meinen Anruf hin nur gesagt, die Bauherren würden selbst arbeiten und das sei erlaubt.

Ich bitte Sie, das zu klären. Ein Gespräch unter Nachbarn hat leider nichts gebracht.

Mit freundlichen Grüßen
[[P|Dr. Heinrich Vollmer]]
[[A|Hirschgasse 8]]
[[A|79299 Haldenbach]]
[[T|07684 91 57 33]]
""")

# ------------------------------------------------------------------------------------------------ 26
doc("word", "vermerk_ortstermin", ["HEALTH"], f"""
Vermerk über den Ortstermin am 10.03.2026, 14:00 Uhr

Ort: [[A|Kohlgrund 9]], Scheune (Bauvoranfrage [[AZ|BV 2026/0007]])
Teilnehmer: Herr [[P|L. Winterhalder]] (Antragsteller), Herr [[P|K. Winterhalder]] (Vater, Altenteiler), Herr Dipl.-Ing. [[P|W. Straub]] (Planer), Herr [[P|Faller]] (Wasserversorgung), Frau [[P|Kienzler]] (Bauamt)

1. Zufahrt: Hofweg 3,5 m breit, befestigt; für Feuerwehr ausreichend, Wendemöglichkeit auf der Hoffläche.
2. Löschwasser: Hydrant am Hochbehälter Kohlgrund 180 m entfernt; zusätzlich Löschteich ([[P|Winterhalder]]) mit ca. 60 m³. Herr [[P|Faller]] prüft den Druck.
3. Abstand zum nächsten Wohnhaus ([[P|Rombach]], [[A|Rötenbühl 3]]) ca. 38 m.
4. Herr [[P|Winterhalder]] sen. erklärt, dass der Hof nach seinem Herzinfarkt 2019 früher als geplant an den Sohn übergeben wurde; die Ferienwohnungen sollen das Einkommen des Betriebs sichern.
5. Stellplätze: vier Stellplätze östlich der Scheune, geschottert.

Weiteres Vorgehen: Planer reicht Lageplan mit Stellplätzen und Löschwassernachweis bis 31.03. nach.

gez. [[P|M. Kienzler]], 11.03.2026
""")

# ------------------------------------------------------------------------------------------------ 27
doc("outlook", "beerdigung_bestatter", ["RELIGION"], f"""
Von: Bestattungen [[P|Löffler]] <[[E|info@bestattungen-loeffler.de]]>
An: [[N|friedhof@haldenbach.de]]
Cc: Pfarrbüro St. Blasius <[[N|pfarrbuero@st-blasius-haldenbach.de]]>
Betreff: Beerdigung [[P|Franz Xaver Kaltenbach]] – Freitag 20.03., 14 Uhr

Hallo Frau [[P|Hättich]],

für die Beerdigung von Herrn [[P|Franz Xaver Kaltenbach]] (verst. 12.03.2026, zuletzt wohnhaft [[A|Lindenmatt 4]]) hat Pfarrer [[P|Stefan Gnädinger]] das Requiem für Freitag, 20.03., 14:00 Uhr in der Pfarrkirche St. Blasius zugesagt, anschließend Beisetzung im Familiengrab auf dem Friedhof Haldenbach (Feld B, Reihe 1, Nr. 5). Herr [[P|Kaltenbach]] war über 40 Jahre Mesner, die Familie wünscht, dass der Kirchenchor am Grab singt und der Rosenkranz am Donnerstagabend in der Kapelle gebetet wird.

Nutzungsberechtigter und Auftraggeber ist der Sohn, [[P|Bernd Kaltenbach]], [[A|Am Sonnenhang 2]], [[A|79285 Glasbach]], [[T|0162 877 40 19]].

Kommt der Bagger für den Aushub am Donnerstag um 8 Uhr? Bitte kurze Rückmeldung.

Gruß
[[P|Markus Löffler]]
Bestattungen [[P|Löffler]] · Tel. [[T|07681 22 90]]
""")

# ------------------------------------------------------------------------------------------------ 28
doc("word", "abfallbescheid_erbengemeinschaft", [], f"""
Gemeinde Haldenbach · Abfallwirtschaft
Rathausplatz 1 · 79299 Haldenbach

An die Erbengemeinschaft [[P|Tritschler]]
z. Hd. Herrn [[P|Erwin Tritschler]]
[[A|Untere Halde 14]]
[[A|79299 Haldenbach-Oberhalden]]

Kundennummer [[AZ|50-011462]] · Kassenzeichen [[AZ|6.1100.011462.9]]
Datum: 14.01.2026

Abfallgebührenbescheid 2026 – Grundstück [[A|Fuchsmatte 13]]

Sehr geehrter Herr [[P|Tritschler]],

Eigentümerin des Grundstücks ist laut Grundbuch die Erbengemeinschaft nach [[P|Anna Tritschler]], bestehend aus Ihnen und Frau [[P|Hannelore Maier]] geb. [[P|Tritschler]]. Beide haften als Gesamtschuldner. Für 2026 setzen wir fest:

Behälter	Anzahl	Gebühr
Restmüll 120 l, 14-täglich	1	148,00 €
Bioabfall 60 l	1	52,00 €
Papiertonne 240 l	1	0,00 €
Grundgebühr Haushalt	1	36,00 €
Gesamt		236,00 €

Fällig je zur Hälfte am 15.02. und 15.08.2026. Sollte das Grundstück veräußert werden, teilen Sie uns bitte den Eigentumsübergang mit; bis dahin ergeht der Bescheid an die Erbengemeinschaft.

Mit freundlichen Grüßen
Im Auftrag
[[P|Sabine Ketterer]]
Telefon [[N|07684 9120-0]] · [[N|abfall@haldenbach.de]]
""")

# ------------------------------------------------------------------------------------------------ 29
doc("outlook", "einwendung_bebauungsplan", ["POLITICS", "UNION"], f"""
Von: [[P|Rainer Bührer]] <[[E|r.buehrer@posteo.de]]>
An: [[N|buergermeister@haldenbach.de]]
Betreff: Einwendung gegen den Bebauungsplan „Gewerbegebiet Sägmatt“ – 2. Offenlage

Sehr geehrter Herr Bürgermeister [[P|Weisser]],

als Anwohner des [[A|Mattenwegs 7]] erhebe ich fristgerecht Einwendungen gegen den Entwurf des Bebauungsplans „Gewerbegebiet Sägmatt“:

1. Die Versiegelung von 4,2 ha Talwiese verschärft das Hochwasser am Haldenbach, das 2021 bereits bis an die Keller reichte.
2. Der Lkw-Verkehr soll durch den Mattenweg geführt werden, eine Anliegerstraße ohne Gehweg.
3. Die Ausgleichsflächen liegen in einer anderen Gemarkung.

Ich bin seit 30 Jahren Mitglied bei Bündnis 90/Die Grünen und im Ortsverband aktiv, aber ich schreibe hier als Nachbar. Als Betriebsratsvorsitzender einer Spedition und ver.di-Mitglied weiß ich außerdem, wie wenige Arbeitsplätze ein Logistiklager wirklich bringt.

Frau [[P|Nesrin Aksoy]] aus der Nachbarschaft hat zudem 143 Unterschriften gesammelt; die Liste reicht sie persönlich im Rathaus ein.

Bitte bestätigen Sie mir den Eingang.

Mit freundlichen Grüßen
[[P|Rainer Bührer]]
[[A|Mattenweg 7]], [[A|79299 Haldenbach-Lindenmatt]]
""")

# ------------------------------------------------------------------------------------------------ 30
idw = I["idc_wehrle"]
doc("word", "vollmacht_ferienwohnung", [], f"""
VOLLMACHT

Ich, [[P|Urs Brändli-Wenger]], geboren am [[DOB|22. Januar 1961]], wohnhaft [[A|Bündtenweg 22]], [[A|CH-4336 Kaistenberg]] (Schweiz), Schweizer Pass Nr. [[PASS|{ch_pass_brandli}]],

bevollmächtige hiermit

Frau [[P|Daniela Wehrle]], geboren am [[DOB|07.10.1972]], wohnhaft [[A|Talstraße 40]], [[A|79299 Haldenbach]], Personalausweis-Nr. [[IDC|{idw[:9]} {idw[9]}]],

mich gegenüber der Gemeinde Haldenbach in allen Angelegenheiten meiner Ferienwohnung [[A|Am Kirchbühl 7]] zu vertreten (Wasser und Abwasser, Abfall, Gästebeitrag, Zweitwohnungsteuer), insbesondere Bescheide entgegenzunehmen, Zählerstände zu melden und Ablesetermine wahrzunehmen. Kundennummer Wasser: [[AZ|40-118702]].

Die Vollmacht gilt bis auf Widerruf. Erstattungen sind weiterhin auf mein Konto in der Schweiz zu leisten.

Kaistenberg, 28.02.2026

[[P|Urs Brändli-Wenger]]

Beglaubigung: Die vorstehende Unterschrift wurde vor der Gemeindekanzlei Kaistenberg geleistet. Gemeindeschreiberin [[P|R. Frei]]
""")


# ---------------------------------------------------------------- write
def main():
    assert len(DOCS) == 30, len(DOCS)
    out = os.path.join(HERE, "fresh90.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for i, (channel, template, flags, text) in enumerate(DOCS, 1):
            line = build(f"F90-{i:03d}", channel, template, text, flags)
            f.write(json.dumps(line, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
