#!/usr/bin/env python3
"""Fresh blind test batch 111: a Berlin district's citizens' office (Bürgeramt) and residents' parking permit office
dealing with international newcomers (USA, UK, Australia, Canada, Israel, Brazil, South Africa).

Deterministic: one seeded generator (Identifiers(11111) and its rng), no clock, no unordered iteration.
Writes fresh111.jsonl next to this script. Every person, street, company and number is invented; the district
"Lindenau" of Berlin is fictional.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from marks import build  # noqa: E402
from identifiers import Identifiers, group, luhn_check, mod97_iban  # noqa: E402

ids = Identifiers(11111)
rng = ids.rng


# ---------------------------------------------------------------- mark helpers
def M(code, value):
    return f"[[{code}|{value}]]"


def P(v): return M("P", v)
def A(v): return M("A", v)
def E(v): return M("E", v)
def T(v): return M("T", v)
def N(v): return M("N", v)
def AZ(v): return M("AZ", v)
def DOB(v): return M("DOB", v)
def KFZ(v): return M("KFZ", v)
def PASS(v): return M("PASS", v)
def IDC(v): return M("IDC", v)
def SSN(v): return M("SSN", v)
def KV(v): return M("KV", v)
def TID(v): return M("TID", v)
def TNR(v): return M("TNR", v)
def VAT(v): return M("VAT", v)
def IBAN(v): return M("IBAN", v)
def CC(v): return M("CC", v)


# ---------------------------------------------------------------- foreign identifiers with their public checks
def us_ssn():
    """US Social Security number AAA-GG-SSSS: no check digit; area not 000/666/9xx, group not 00, serial not 0000."""
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def uk_nino():
    """UK National Insurance number: two prefix letters (HMRC exclusions), six digits, suffix A-D; no check digit."""
    first_ok, second_ok = "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
    excluded = ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")
    while True:
        prefix = rng.choice(first_ok) + rng.choice(second_ok)
        if prefix not in excluded:
            break
    d = ids.digits(6)
    return f"{prefix} {d[0:2]} {d[2:4]} {d[4:6]} {rng.choice('ABCD')}"


def ca_sin(first):
    """Canadian Social Insurance Number: 9 digits, Luhn check digit."""
    payload = first + ids.digits(7)
    return payload + str(luhn_check(payload))


def au_tfn():
    """Australian Tax File Number: 9 digits, weights 1,4,3,7,5,8,6,9,10, weighted sum divisible by 11."""
    weights = (1, 4, 3, 7, 5, 8, 6, 9, 10)
    while True:
        head = ids.digits(8, first_nonzero=True)
        s = sum(int(c) * w for c, w in zip(head, weights))
        last = s % 11  # s + 10*last = s - last (mod 11) must be 0
        if last <= 9:
            value = head + str(last)
            assert sum(int(c) * w for c, w in zip(value, weights)) % 11 == 0
            return value


def il_teudat_zehut():
    """Israeli identity number (Teudat Zehut): 9 digits, weights 1,2,1,2,... with digit sums, mod 10 = Luhn."""
    payload = ids.digits(8)
    return payload + str(luhn_check(payload))


def za_id(yymmdd, female):
    """South African ID number YYMMDD SSSS C A Z: gender sequence, citizenship 0, '8', Luhn check digit."""
    seq = rng.randint(0, 4999) if female else rng.randint(5000, 9999)
    payload = f"{yymmdd}{seq:04d}08"
    return payload + str(luhn_check(payload))


def br_cpf():
    """Brazilian CPF: 9 digits and two MOD 11 check digits (weights 10..2, then 11..2)."""
    while True:
        base = [int(c) for c in ids.digits(9)]
        if len(set(base)) > 1:
            break
    d1 = sum(d * (10 - i) for i, d in enumerate(base)) * 10 % 11 % 10
    base.append(d1)
    d2 = sum(d * (11 - i) for i, d in enumerate(base)) * 10 % 11 % 10
    base.append(d2)
    s = "".join(str(d) for d in base)
    return f"{s[0:3]}.{s[3:6]}.{s[6:9]}-{s[9:11]}"


def uk_nhs():
    """NHS number: 9 digits, weights 10..2, check = 11 - sum mod 11 (11 -> 0, 10 -> invalid)."""
    while True:
        head = ids.digits(9, first_nonzero=True)
        check = 11 - sum(int(c) * (10 - i) for i, c in enumerate(head)) % 11
        if check == 11:
            check = 0
        if check == 10:
            continue
        v = head + str(check)
        return f"{v[0:3]} {v[3:6]} {v[6:10]}"


def mrz_check(value):
    """ICAO 9303 check digit with '<' = 0."""
    total = 0
    for i, ch in enumerate(value):
        if ch == "<":
            v = 0
        elif ch.isdigit():
            v = int(ch)
        else:
            v = ord(ch) - ord("A") + 10
        total += v * (7, 3, 1)[i % 3]
    return str(total % 10)


def letters(n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def us_passport_digits():
    return ids.digits(9, first_nonzero=True)


def us_passport_next_gen():
    return "A" + ids.digits(8)


def uk_passport():
    return ids.digits(9, first_nonzero=True)


def ca_passport():
    return letters(2) + ids.digits(6)


def il_passport():
    return rng.choice("23") + ids.digits(7)


def za_passport():
    return "A" + ids.digits(8)


def au_passport():
    return "P" + rng.choice("ABCDE") + ids.digits(7)


def br_passport():
    return rng.choice(["FZ", "GA", "GB", "FX"]) + ids.digits(6)


def uk_driving_licence(surname, yy, mm, dd, initials, female=False):
    """DVLA driver number: surname(5, 9-padded), decade, month(+50 f), day, year digit, initials, 9, two check chars.
    The last two characters are DVLA-internal (no public algorithm); they are invented here."""
    sn = (surname.upper().replace("-", "") + "99999")[:5]
    month = mm + (50 if female else 0)
    ini = (initials.upper() + "9")[:2]
    return f"{sn}{yy[0]}{month:02d}{dd:02d}{yy[1]}{ini}9{letters(2)}"


def ontario_licence(initial, yymmdd):
    """Ontario driver's licence: surname initial + 8 name-derived digits + YYMMDD; no public check digit."""
    d = ids.digits(8) + yymmdd
    return f"{initial}{d[0:4]}-{d[4:9]}-{d[9:14]}"


def california_licence():
    return rng.choice("ABDEFNY") + ids.digits(7)


def berlin_tax_number():
    """Berlin Steuernummer layout FF/BBB/UUUUP (layout only)."""
    return f"{rng.choice(['13', '16', '21', '27', '29', '31', '34', '37'])}/{ids.digits(3)}/{ids.digits(5)}"


def iban_gb():
    return mod97_iban("GB", "NWBK" + ids.digits(14))


def iban_br():
    return mod97_iban("BR", ids.digits(8) + ids.digits(5) + ids.digits(10) + "C1")


# ---------------------------------------------------------------- the office's own public data (neutral)
OFFICE = "Bezirksamt Lindenau von Berlin"
BA_STREET, BA_CITY = "Am Lindenauer Rathaus 4", "10439 Berlin"
OA_STREET, OA_CITY = "Wolliner Ring 11", "10437 Berlin"
SWITCH = "030 90347-0"
PARK_HOTLINE = "030 90347-4400"
MAIL_BA = "buergeramt@ba-lindenau.berlin.de"
MAIL_PARK = "bewohnerparken@ba-lindenau.berlin.de"
MAIL_COMPLAINTS = "beschwerdemanagement@ba-lindenau.berlin.de"
WEB = "www.berlin.de/ba-lindenau"
LHK_IBAN = group(mod97_iban("DE", "10050000" + "0190413377"), 4)

# ---------------------------------------------------------------- identifiers shared between documents (fixed order)
G = {}
G["kaitlyn_pass"] = us_passport_digits()
G["diego_pass"] = us_passport_next_gen()
G["maya_pass"] = us_passport_next_gen()
G["oliver_pass"] = uk_passport()
G["philippa_pass"] = uk_passport()
G["isla_pass"] = uk_passport()
G["rory_pass"] = uk_passport()
G["fernanda_iban"] = ids.iban_de()
G["yonatan_pass"] = il_passport()
G["noa_pass"] = il_passport()
G["yonatan_tz"] = il_teudat_zehut()
G["noa_tz"] = il_teudat_zehut()
G["liam_amex"] = ids.credit_card("37", 15)
G["liam_tfn"] = au_tfn()
G["thandi_id"] = za_id("930502", True)
G["sipho_id"] = za_id("900111", False)
G["thandi_kv"] = ids.health_insurance()
G["mathieu_dl"] = ontario_licence("B", "871103")
G["priya_rv"] = ids.social_security("120391", "R")
G["priya_kv"] = ids.health_insurance()
G["priya_sin"] = ca_sin("5")
G["kwame_tid"] = ids.tax_id()
G["tamar_tid"] = ids.tax_id()
G["luiza_pass"] = br_passport()
G["joao_pass"] = br_passport()
G["beatriz_pass"] = br_passport()
G["bill_pass"] = uk_passport()
G["bill_dl"] = uk_driving_licence("Whitfield", "64", 3, 19, "JR")
G["bill_iban"] = iban_gb()
G["ethan_pass"] = us_passport_digits()
G["ethan_ssn"] = us_ssn()
G["nathaniel_de_pass"] = ids.passport(check_digit=False)
G["nathaniel_us_pass"] = us_passport_digits()
G["nathaniel_idc"] = ids.id_card(check_digit=True)
G["pieter_visa"] = ids.credit_card("4", 16)
G["annelie_iban"] = ids.iban_de()
G["thais_tnr"] = berlin_tax_number()
G["thais_vat"] = ids.vat_id()
G["thais_cpf"] = br_cpf()
G["thais_iban"] = iban_br()
G["gareth_nino"] = uk_nino()
G["gareth_nhs"] = uk_nhs()
G["kevin_pass"] = ca_passport()
G["andrew_pass"] = ca_passport()
G["andrew_iban"] = ids.iban_de()
G["andrew_tnr"] = berlin_tax_number()
G["fund_us"] = us_passport_digits()
G["fund_au"] = au_passport()
G["fund_ca"] = ca_passport()
G["fund_il"] = il_passport()
G["fund_za"] = za_passport()
G["fund_ca_dl"] = california_licence()
G["fund_de_idc"] = ids.id_card(check_digit=False)
G["fund_br"] = br_passport()
G["seun_pass"] = uk_passport()
G["thabo_pass"] = za_passport()
G["thabo_id"] = za_id("880218", False)
G["anusha_pass"] = za_passport()
G["anusha_id"] = za_id("891030", True)


def mrz_td3(doc_type, country, surname, given, number, nationality, dob, sex, expiry):
    line1 = f"{doc_type}<{country}{surname}<<{given.replace(' ', '<')}"
    line1 = (line1 + "<" * 44)[:44]
    personal = "<" * 14
    c_num, c_dob, c_exp, c_pers = mrz_check(number), mrz_check(dob), mrz_check(expiry), "<"
    composite = mrz_check(number + c_num + dob + c_dob + expiry + c_exp + personal + c_pers)
    line2 = f"{number}{c_num}{nationality}{dob}{c_dob}{sex}{expiry}{c_exp}{personal}{c_pers}{composite}"
    assert len(line2) == 44, line2
    return line1, line2


# ---------------------------------------------------------------- documents
def d001():
    g = G
    text = f"""Von: {P("Kaitlyn Rourke-Alvarez")} <{E("k.rourkealvarez@gmail.com")}>
Gesendet: Montag, 22. September 2025 07:48
An: {N(MAIL_BA)}
Betreff: Anmeldung appointment – no free slots for weeks, employer deadline

Dear Sir or Madam,

apologies for writing in English – my German is still at A1 level and I didn't want to get anything wrong.

My family and I moved to Berlin from Austin, Texas on September 1st. We are renting an apartment at {A("Zellerfelder Straße 52")}, {A("10439 Berlin")} (the name on the mailbox still says "{P("Brenner")}" – our landlord, Mr. {P("Henning Brasch")}, promised to change it). He has already signed the Wohnungsgeberbestätigung for all three of us.

I have been checking the online booking page every morning at 8:00 for three weeks, and there is never a free slot in any Bürgeramt in Berlin. My employer, Kestrel Cloud GmbH, needs the Meldebescheinigung by October 15 for payroll, and without the registration I can't open a bank account or receive my Steuer-ID.

Would it be possible to get one appointment for the three of us?

- {P("Kaitlyn Rourke-Alvarez")}, DOB {DOB("04/17/1989")}, US passport {PASS(g["kaitlyn_pass"])}
- {P("Diego Alvarez Ruiz")} (my husband), DOB {DOB("11/02/1986")}, US passport {PASS(g["diego_pass"])}
- {P("Maya Alvarez")}, our daughter, born {DOB("March 3, 2019")}, US passport {PASS(g["maya_pass"])}

The quickest way to reach me is my German number {T("+49 1512 3380917")}; until the end of the month my US cell {T("+1 (512) 738-4410")} also still works (Central Time, so please only in the afternoon).

Thank you so much for any help!

Best,
{P("Kaitlyn")}

--
{P("Kaitlyn Rourke-Alvarez")}
Senior Data Engineer · Kestrel Cloud GmbH
{E("kaitlyn.rourke-alvarez@kestrelcloud.io")}
"""
    return "outlook", "anmeldung_termin_en", text, []


def d002():
    g = G
    text = f"""{OFFICE}
Abteilung Bürgerdienste · Bürgeramt Lindenau-Mitte

{N(OFFICE + ", " + BA_STREET + ", " + BA_CITY)}

Herrn und Frau
{P("Oliver")} und {P("Philippa Ashworth-Grant")}
{A("Kolmarer Bogen 14")}, Gartenhaus
{A("10437 Berlin")}

Ihr Zeichen: Ihre E-Mail vom 18.09.2025
Unser Zeichen: {AZ("BüA-LM 2025/118734")}
Bearbeiterin: Frau {P("Lüdecke")}
Zimmer: 1.014
Telefon: {T("030 90347-2218")}
E-Mail: {E("doerte.luedecke@ba-lindenau.berlin.de")}
Datum: 24.09.2025

Terminbestätigung – Anmeldung einer Wohnung
Appointment confirmation – registration of your address

Sehr geehrter Herr {P("Ashworth-Grant")}, sehr geehrte Frau {P("Ashworth-Grant")},

für die Anmeldung Ihrer Familie haben wir einen Sondertermin für Sie reserviert:

Dienstag, 7. Oktober 2025, 10:20 Uhr
Bürgeramt Lindenau-Mitte, Erdgeschoss, Schalter 6

Bitte bringen Sie zu dem Termin folgende Unterlagen im Original mit:

1. die Reisepässe aller Familienmitglieder:
   – {P("Oliver James Ashworth-Grant")}, Pass-Nr. {PASS(g["oliver_pass"])}
   – {P("Philippa Ashworth-Grant")}, Pass-Nr. {PASS(g["philippa_pass"])}
   – {P("Isla Ashworth-Grant")}, geb. {DOB("12.06.2016")}, Pass-Nr. {PASS(g["isla_pass"])}
   – {P("Rory Ashworth-Grant")}, geb. {DOB("30.01.2020")}, Pass-Nr. {PASS(g["rory_pass"])}
2. die vom Wohnungsgeber, Herrn Dr. {P("Konstantin Erdmann-Pfeil")}, unterschriebene Wohnungsgeberbestätigung,
3. Ihre Heiratsurkunde (englischsprachige Urkunden aus dem Vereinigten Königreich erkennen wir in der Regel ohne Übersetzung an),
4. die Geburtsurkunden der Kinder.

Die Anmeldung ist gebührenfrei. Eine erweiterte Meldebescheinigung kostet 10,00 EUR und kann vor Ort mit girocard bezahlt werden.

In English, in short: please come on 7 October 2025 at 10:20 to counter 6 and bring the original passports, the landlord's confirmation, your marriage certificate and the children's birth certificates. If you cannot come, please cancel by e-mail to {N(MAIL_BA)} and quote the reference {AZ("BüA-LM 2025/118734")}.

Öffnungszeiten: Mo 8–15 Uhr, Di und Do 11–18 Uhr, Fr 8–13 Uhr
Zentrale: {N(SWITCH)} · Behördennummer {N("115")} · {WEB}

Mit freundlichen Grüßen
Im Auftrag

{P("Dörte Lüdecke")}
"""
    return "word", "terminbestaetigung", text, []


def d003():
    g = G
    text = f"""Von: {P("Fernanda Araújo")} <{E("fe.araujo.santos@outlook.com")}>
An: {N(MAIL_PARK)}
Betreff: Antrag Bewohnerparkausweis Zone 47 – {P("Fernanda Araújo dos Santos")}

Bom dia / Guten Tag,

ich möchte einen Bewohnerparkausweis für die Zone 47 beantragen. Ich wohne seit dem 1. August in der {A("Grellwalder Straße 9")} (Vorderhaus, 2. OG), {A("10437 Berlin")}, und bin dort seit dem 12.08. mit Hauptwohnung gemeldet. Die Meldebescheinigung ist im Anhang.

Das Auto ist ein Dienstwagen von meinem Arbeitgeber Quantilo Labs GmbH, Kennzeichen {KFZ("B-QL 2207")}, Halterin ist die Firma. Die Überlassungserklärung hat unsere HR-Managerin Frau {P("Vanessa Ohlendorf")} unterschrieben, sie ist bei Fragen unter {T("030 2218 4470-13")} oder {E("vanessa.ohlendorf@quantilo.de")} erreichbar.

Ich habe außerdem noch meinen brasilianischen Führerschein (Carteira Nacional de Habilitação) – braucht ihr davon eine Kopie? Desculpe, mein Deutsch ist noch nicht perfekt.

Die Gebühr von 10,20 EUR habe ich schon überwiesen, von meinem Konto {IBAN(group(g["fernanda_iban"], 4))}, Verwendungszweck "BewP Zone 47 {P("Araújo")}".

Telefon: {T("+49 176 8830 1452")}
WhatsApp (Brasil): {T("+55 (11) 98241-6630")}

Obrigada und viele Grüße
{P("Fernanda Araújo dos Santos")}
"""
    return "outlook", "parkausweis_antrag_pt", text, []


def d004():
    text = f"""{OFFICE}
Ordnungsamt – Parkraumbewirtschaftung
{N(OA_STREET)}, {N(OA_CITY)}

Herrn
{P("Samuel J. Okonkwo-Briggs")}
{A("Tiegelweg 3a")}
{A("10439 Berlin")}

Geschäftszeichen: {AZ("OA 31-BwP/2025/06613")}
Berlin, 29.09.2025

Bescheid über Ihren Antrag vom 02.09.2025 auf Erteilung eines Bewohnerparkausweises

Sehr geehrter Herr {P("Okonkwo-Briggs")},

Ihren Antrag auf Erteilung eines Bewohnerparkausweises für die Parkzone 31 für das Fahrzeug mit dem britischen Kennzeichen {KFZ("LK71 HXR")} lehne ich ab.

Gründe:
Ein Bewohnerparkausweis kann nach § 45 Abs. 1b Satz 1 Nr. 2a StVO in Verbindung mit den Berliner Ausführungsvorschriften nur für ein Fahrzeug erteilt werden, das auf die antragstellende Person zugelassen oder ihr nachweislich zur dauerhaften Nutzung überlassen ist. Sie sind seit dem 15.07.2025 mit alleiniger Wohnung im Bezirk gemeldet und haben angegeben, dass das Fahrzeug dauerhaft in Berlin genutzt wird. Ein Fahrzeug mit regelmäßigem Standort im Inland ist jedoch bei der Zulassungsbehörde umzumelden; mit ausländischer Zulassung kann es für das Bewohnerparken nicht berücksichtigt werden.

Sobald das Fahrzeug in Deutschland zugelassen ist, können Sie einen neuen Antrag stellen. Die bereits eingereichten Unterlagen (Meldebescheinigung, Kopie des Fahrzeugscheins V5C) müssen Sie nicht erneut vorlegen.

Gebühr:
Für diesen Bescheid wird nach Tarifstelle 12.3 der Verwaltungsgebührenordnung eine Gebühr von 10,20 EUR erhoben. Bitte überweisen Sie den Betrag innerhalb von zwei Wochen an die Landeshauptkasse Berlin, IBAN {N(LHK_IBAN)}, unter Angabe des Kassenzeichens {AZ("4106 2025 0661 3")}.

Rechtsbehelfsbelehrung:
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift beim {OFFICE}, Ordnungsamt, {N(OA_STREET)}, {N(OA_CITY)}, einzulegen.

Im Auftrag

{P("Grzegorz Wiśniewski")}
Sachbearbeiter Bewohnerparken
Tel. {T("030 90347-4417")}
Servicetelefon Bewohnerparken: {N(PARK_HOTLINE)} (Mo–Fr 9–12 Uhr)
"""
    return "word", "parkausweis_ablehnung", text, []


def d005():
    text = f"""Von: {P("Lena Brückmann")} <{E("lena.brueckmann@brightmoor.com")}>
Gesendet: Dienstag, 30. September 2025 09:12
An: {N(MAIL_BA)}
Cc: {P("Marcus Tiedemann")} <{E("m.tiedemann@brightmoor.com")}>
Betreff: WG: October joiners – group appointment for Anmeldung?

Sehr geehrte Damen und Herren,

unten finden Sie die Nachricht unseres Global-Mobility-Teams. Im Oktober beginnen bei uns vier neue Kolleginnen und Kollegen aus dem Ausland, die alle in Ihrem Bezirk wohnen werden. Gibt es die Möglichkeit eines Sammeltermins, wie er für Arbeitgeber im beschleunigten Fachkräfteverfahren angeboten wird?

Übersicht (aus unserer Liste kopiert):

Name\tHerkunft\tEinzug\tAdresse Berlin\tMobil
{P("Avraham „Avi“ Goldfarb")}\tIsrael\t01.10.\t{A("Ostseebogen 61")}, {A("10439 Berlin")}\t{T("+972 52 447 1930")}
{P("Chloé Marchand-Dubois")}\tKanada\t06.10.\t{A("Rastenburger Ring 19")}, {A("10439 Berlin")}\t{T("+1 438 291 6674")}
{P("Thabo Nkosi")}\tSüdafrika\t29.09.\t{A("Halmstädter Straße 58")}, {A("10439 Berlin")}\t{T("0152 0947 3318")}
{P("Siobhan O'Leary-Kamau")}\tVereinigtes Königreich\t20.10.\t{A("Liebenwalder Straße 4")}, {A("10437 Berlin")}\t{T("+44 7700 900862")}

Vielen Dank vorab und viele Grüße

{P("Lena Brückmann")}
People Partner DACH
Brightmoor Payments SE · {N("Kesselhausplatz 2")} · {N("10117 Berlin")}
Direkt: {T("+49 30 2089 6615")}

-----Ursprüngliche Nachricht-----
Von: Global Mobility <{N("mobility@brightmoor.com")}>
Gesendet: Montag, 29. September 2025 17:40
An: {P("Lena Brückmann")} <{E("lena.brueckmann@brightmoor.com")}>
Betreff: October joiners – group appointment for Anmeldung?

Hi Lena,

could you reach out to the Bürgeramt Lindenau? Four of our October joiners live in their district and none of them has found an Anmeldung slot so far. {P("Avi")} starts on 1 Oct, {P("Chloé")} on 6 Oct, {P("Thabo")} and {P("Siobhan")} later in the month. Their relocation consultant at Settle-in ({P("Svenja Martens-Oduya")}) already has all the landlord confirmations.

Thanks!
{P("Jonas")}
"""
    return "outlook", "hr_weiterleitung", text, []


def d006():
    g = G
    text = f"""Vermerk

Vorgang: Anmeldung, Vorgangsnr. {AZ("2025-LM-40917")}
Datum: 01.10.2025, Schalter 3

Herr {P("Yonatan Shapira-Levi")} (geb. {DOB("14.02.1990")} in Haifa) und Frau {P("Noa Shapira-Levi")} geb. {P("Ben-Ami")} (geb. {DOB("27.08.1992")} in Tel Aviv-Yafo) sprachen zur Anmeldung der gemeinsamen Wohnung {A("Pasewalker Zeile 12")}, {A("10439 Berlin")} vor (Einzug 22.09.2025). Bisherige Anschrift: {A("HaShikma St 17, Apt 4")}, {A("Haifa 3498512")}, Israel.

Vorgelegt wurden die israelischen Reisepässe Nr. {PASS(g["yonatan_pass"])} (Herr) und Nr. {PASS(g["noa_pass"])} (Frau) sowie zusätzlich die israelischen Identitätskarten (Teudat Zehut) mit den Nummern {IDC(g["yonatan_tz"])} bzw. {IDC(g["noa_tz"])}.

Problem Namensschreibweise: Im Reisepass der Ehefrau steht „{P("SHAPIRA LEVI")}“ ohne Bindestrich, in der Heiratsurkunde des Rabbinats Haifa (englische Übersetzung) „{P("Shapiro-Levi")}“. Nach Rücksprache mit Frau {P("Kühnel")} (Team Melderecht) wurde die Schreibweise laut Reisepass mit Bindestrich übernommen; die Abweichung ist im Fachverfahren vermerkt.

Religionszugehörigkeit: Beide gaben an, Mitglieder der Jüdischen Gemeinde zu Berlin werden zu wollen; eingetragen wurde zunächst „jd“. Die Eheleute wurden darauf hingewiesen, dass die Eintragung an das Bundeszentralamt für Steuern übermittelt wird und Kultussteuer auslösen kann. Herr {P("Shapira-Levi")} bat darum, die Eintragung nach Rücksprache mit der Gemeinde noch einmal zu prüfen; er ruft zurück bzw. ist unter {T("0157 3918 2264")} erreichbar.

Meldebescheinigungen wurden ausgehändigt, Wohnungsgeberbestätigung (Vermieterin: {P("Renate Sawatzki")}) liegt bei.

gez. {P("Merve Aydın")}
"""
    return "word", "vermerk_anmeldung", text, ["RELIGION"]


def d007():
    g = G
    amex = g["liam_amex"]
    amex_fmt = f"{amex[0:4]} {amex[4:10]} {amex[10:15]}"
    tfn = g["liam_tfn"]
    text = f"""From: {P("Liam O'Sullivan-Tran")} <{E("liamost@posteo.net")}>
To: {N(MAIL_BA)}; {N(MAIL_PARK)}
Subject: re: ummeldung + parking thing

hey,

quick one – i moved last week from the wg in {A("halmstädter str. 41")} to my own place at {A("norderneyer straße 7")}, {A("10437 berlin")}. booked the ummeldung online, booking no. {AZ("58216-44")} for 14 oct. is that ok even tho it's more than 2 weeks after the move?? dont want a fine lol

also my bewohnerparkausweis (nr {AZ("BwP-31-0448127")}) is for zone 31 and the new flat is in zone 47 i think. do i need a new one or can u just change it? car is {KFZ("B-LD 4086")}. paid the old one online w my amex {CC(amex_fmt)} if u need that for the refund

oh and my accountant back in brisbane asked if the meldebescheinigung shows my date of birth – for the ato non-resident thing she needs it together with my tfn {TID(f"{tfn[0:3]} {tfn[3:6]} {tfn[6:9]}")}. not ur problem i know :)

my gf {P("jess")} ({P("jessica nakamura")}) still lives in the wg btw, she'll forward any post.

cheers
{P("liam")}
{T("0176 2290 4417")} / {T("+61 412 803 556")}
"""
    return "outlook", "ummeldung_informal", text, []


def d008():
    rows = [
        ("08:00", "Goldfarb", "Avraham", "09.05.1991", "ISR", "Anmeldung", "2025-LM-41022", "+972 52 447 1930", "1.014"),
        ("08:20", "Marchand-Dubois", "Chloé", "23.12.1994", "CAN", "Anmeldung", "2025-LM-41023", "+1 438 291 6674",
         "1.014"),
        ("08:40", "Nkosi", "Thabo Lwazi", "18.02.1988", "ZAF", "Anmeldung (2 Pers.)", "2025-LM-41026", "0152 0947 3318",
         "1.016"),
        ("09:00", "O'Leary-Kamau", "Siobhan", "11.07.1990", "GBR", "Anmeldung", "2025-LM-41027", "+44 7700 900862",
         "1.014"),
        ("09:20", "van Wyk", "Marli", "02.02.1986", "ZAF", "Ummeldung", "2025-LM-41029", "", "1.016"),
        ("09:40", "Hashemi-Brooks", "Daniel", "29.10.1984", "USA", "Anmeldung + erw. Meldebescheinigung",
         "2025-LM-41030", "0160 9921 4470", "1.014"),
        None,
        ("10:20", "Levinson", "Tamar", "30.01.1995", "ISR", "Anmeldung", "2025-LM-41031", "0159 0122 7745", "1.016"),
        ("10:40", "Ferreira da Costa", "Luíza Helena", "07.07.1989", "BRA", "Anmeldung Familie (3 Pers.)",
         "2025-LM-41033", "+55 11 99310-2786", "1.014"),
        ("11:00", "Kowalczyk", "Ethan J.", "22.06.1983", "USA", "Anmeldung mit Vollmacht (Settle-in)",
         "2025-LM-41035", "030 6098 4415", "1.016"),
    ]
    lines = ["Uhrzeit\tName\tVorname\tGeb.-Datum\tStaatsang.\tAnliegen\tVorgangsnr.\tTelefon\tRaum"]
    for r in rows:
        if r is None:
            lines.append("10:00\t– Pause –\t\t\t\t\t\t\t")
            continue
        tel = T(r[7]) if r[7] else "–"
        lines.append("\t".join([r[0], P(r[1]), P(r[2]), DOB(r[3]), r[4], r[5], AZ(r[6]), tel, r[8]]))
    table = "\n".join(lines)
    text = f"""Bürgeramt Lindenau-Mitte – Sondertermine beschleunigtes Fachkräfteverfahren
Donnerstag, 09.10.2025 (KW 41) – Export aus der Terminverwaltung, nur für den Dienstgebrauch

{table}

Hinweise: Räume 1.014 und 1.016 sind ab 7:45 Uhr besetzt. Für die Sammeltermine Brightmoor (Anfrage vom 30.09.) bitte Dolmetschleistung Englisch nicht buchen – alle Personen sprechen Englisch, Frau {P("Lüdecke")} und Herr {P("Petersen")} übernehmen.
Verantwortlich: {P("T. Ebeling")}
"""
    return "word", "terminliste_tabelle", text, []


def d009():
    g = G
    text = f"""From: {P("Thandiwe Mokoena-Dube")} <{E("thandi.mokoena@icloud.com")}>
Sent: Wednesday, 1 October 2025 08:03
To: {N(MAIL_BA)}
Subject: Anmeldung – request for a priority appointment (pregnancy)

Good morning,

my name is {P("Thandiwe Mokoena-Dube")} and I moved to Berlin from Johannesburg in August together with my husband, {P("Sipho Dube")}. We live at {A("Rastenburger Ring 23")}, flat 3.07, {A("10439 Berlin")}.

I am 33 weeks pregnant. Because of gestational diabetes I have check-ups at the Klinikum Lindenau twice a week, and the baby is due on 19 November. The hospital told us that we should have the Anmeldung done before the birth, so that the birth certificate and the Kindergeld can be processed without delays. {P("Sipho")}'s employer also needs the Meldebescheinigung before his probation period ends. Is there any possibility of a priority appointment? Standing in a queue for hours is honestly not an option for me at the moment.

For identification:
{P("Thandiwe Mokoena-Dube")} – South African ID {IDC(g["thandi_id"])}, born {DOB("2 May 1993")}
{P("Sipho Dube")} – South African ID {IDC(g["sipho_id"])}, born {DOB("11 January 1990")}
My TK health insurance number is {KV(g["thandi_kv"])}, if that helps.

Our previous address was {A("14 Jacaranda Crescent")}, {A("Parkhurst, Johannesburg 2193")}, in case you need it for the form.

Phone: {T("+27 82 614 2290")} (WhatsApp) or {T("0151 4420 8813")} (German SIM).

Kind regards / Liebe Grüße
{P("Thandi")}
"""
    return "outlook", "anmeldung_prioritaet_en", text, ["HEALTH"]


def d010():
    g = G
    text = f"""{OFFICE}
Abteilung Ordnung und Bürgerdienste – Rechtsstelle

Geschäftszeichen: {AZ("OA-R 31/2025/0187")}
Berlin, 03.10.2025

Widerspruchsbescheid

In dem Widerspruchsverfahren

des Herrn {P("Mathieu Bélanger-Roy")}, geb. {DOB("03.11.1987")}, wohnhaft {A("Tiegelweg 12")}, {A("10439 Berlin")},
– Widerspruchsführer –

gegen den Bescheid des Bezirksamts Lindenau von Berlin, Ordnungsamt, vom 04.08.2025 – Geschäftszeichen {AZ("OA 31-BwP/2025/04871")} – (Ablehnung eines Bewohnerparkausweises)

ergeht folgende Entscheidung:

1. Der Bescheid vom 04.08.2025 wird aufgehoben.
2. Dem Widerspruchsführer ist für das Fahrzeug mit dem amtlichen Kennzeichen {KFZ("B-MB 3110")} ein Bewohnerparkausweis für die Parkzone 31 zu erteilen.
3. Die Kosten des Verfahrens trägt das Land Berlin. Die Hinzuziehung eines Bevollmächtigten war nicht notwendig.

Gründe

I.
Der Widerspruchsführer ist kanadischer Staatsangehöriger und seit dem 20.06.2025 unter der oben genannten Anschrift gemeldet. Mit Antrag vom 15.07.2025 begehrte er einen Bewohnerparkausweis. Der Antrag wurde abgelehnt, weil die Wohnung im Melderegister als Nebenwohnung erfasst war. Mit Schreiben vom 11.08.2025, eingegangen am 13.08.2025, erhob Herr {P("Bélanger-Roy")} Widerspruch. Er legte das von ihm unterschriebene Anmeldeformular in Kopie vor, in dem „alleinige Wohnung“ angekreuzt ist, ferner eine Bestätigung seiner Vermieterin, Frau {P("Ingrid Pachulke")}, sowie zum Nachweis der Fahrberechtigung seinen Führerschein der Provinz Ontario (Nr. {IDC(g["mathieu_dl"])}).

II.
Der Widerspruch ist zulässig und begründet. Nach der Melderegisterauskunft vom 02.09.2025 (Vorgang {AZ("BüA-LM 2025/097215")}) ist die Wohnung seit dem 20.06.2025 die alleinige Wohnung des Widerspruchsführers; die ursprüngliche Erfassung als Nebenwohnung beruhte auf einem Übertragungsfehler bei der Anmeldung. Die Voraussetzungen für die Erteilung eines Bewohnerparkausweises (§ 45 Abs. 1b Satz 1 Nr. 2a StVO) liegen damit vor. Die Kostenentscheidung beruht auf § 80 Abs. 1 VwVfG.

Rechtsbehelfsbelehrung
Gegen den Bescheid vom 04.08.2025 in der Gestalt dieses Widerspruchsbescheides kann innerhalb eines Monats nach Zustellung Klage beim Verwaltungsgericht Berlin erhoben werden.

Im Auftrag

Dr. {P("Friederike Quast")}
"""
    return "word", "widerspruchsbescheid", text, []


def d011():
    g = G
    tid = g["kwame_tid"]
    text = f"""Von: {P("Priya Raman-Whitlock")} <{E("priya.rw@mailbox.org")}>
Gesendet: Freitag, 3. Oktober 2025 11:26
An: {N(MAIL_BA)}
Betreff: WG: Your payroll onboarding – missing items / Steuer-ID nicht angekommen

Hallo zusammen,

meine Personalabteilung schreibt (siehe unten), dass die Steuer-ID noch fehlt. Ich bin seit dem 29.08. angemeldet (Vorgang {AZ("BüA-LM 2025/103388")}), habe aber bis heute keinen Brief vom Bundeszentralamt für Steuern bekommen. Können Sie prüfen, ob meine Anschrift richtig übermittelt wurde? Auf dem Briefkasten steht „{P("Raman-Whitlock")} / {P("Osei")}“, {A("Rastenburger Ring 21")}, {A("10439 Berlin")}.

Komisch ist: mein Mann {P("Kwame Osei")} hat seine Steuer-ID ({TID(f"{tid[0:2]} {tid[2:5]} {tid[5:8]} {tid[8:11]}")}) schon nach zehn Tagen bekommen, wir wurden am selben Tag angemeldet.

Danke!
{P("Priya Raman-Whitlock")}
Mobil {T("0170 5528 193")}

---------- Forwarded message ---------
From: Nordlicht Mobility People Ops <{N("people@nordlicht-mobility.de")}>
Date: Thu, 2 Oct 2025 at 14:03
Subject: Your payroll onboarding – missing items
To: {P("Priya Raman-Whitlock")} <{E("priya.raman-whitlock@nordlicht-mobility.de")}>

Hi {P("Priya")},

welcome again! For your October payroll we still need a few things:

[x] Social insurance number (Rentenversicherungsnummer): {SSN(g["priya_rv"])} – received from DRV, thanks
[x] Health insurance: Techniker Krankenkasse, member no. {KV(g["priya_kv"])} – confirmed
[ ] Steuer-ID (tax identification number) – missing. Until we have it we have to apply tax class VI.
[ ] Canadian SIN – only needed for the certificate of coverage under the German-Canadian social security agreement. You sent {SSN(f"{g['priya_sin'][0:3]}-{g['priya_sin'][3:6]}-{g['priya_sin'][6:9]}")} – please just confirm that this is correct.

As soon as you have your Steuer-ID, simply reply to this mail. If the BZSt letter doesn't arrive within four weeks, you can ask the Bürgeramt or request it via the BZSt online form.

Best,
{P("Ole Jacobsen-Freitag")}
People Operations | Nordlicht Mobility GmbH
"""
    return "outlook", "steuer_id_weiterleitung", text, []


def d012():
    text = f"""Protokoll der Dienstbesprechung Bürgeramt Lindenau-Mitte

Datum: 06.10.2025, 14:00–15:10 Uhr, Raum 2.108
Teilnehmende: {P("Torsten Ebeling")} (Leitung, bis TOP 3), {P("Dörte Lüdecke")}, {P("Merve Aydın")}, {P("Sabine Kühnel")}, {P("Jan-Ole Petersen")}, {P("Aleksandra Nowicka-Brandt")} (Protokoll)
Entschuldigt: {P("Grzegorz Wiśniewski")} (Parkraum), {P("Kemal Yıldırım")}

TOP 1 Terminlage
Online-Termine für Anmeldungen sind im Schnitt nach vier Minuten vergeben; per Mail liegen rund 1.140 unbeantwortete Terminanfragen vor. Frau {P("Lüdecke")} schlägt vor, für Arbeitgeber im beschleunigten Fachkräfteverfahren feste Sammeltermine donnerstags anzubieten (erste Anfrage Brightmoor Payments SE, vier Personen). Beschluss: Pilot ab KW 41, Auswertung nach sechs Wochen.

TOP 2 Englischsprachige Kommunikation
Die englischen Textbausteine für Terminbestätigung und Wohnungsgeberbestätigung sind nach Frau {P("Aydın")}s Entwurf fertig. Frau {P("Kühnel")} weist darauf hin, dass Bescheide weiterhin auf Deutsch ergehen; eine englische Zusammenfassung ist zulässig, aber nicht rechtsverbindlich.

TOP 3 Einzelfälle
a) {P("Shapira-Levi")}: Religionsmerkmal – Klärung mit der Jüdischen Gemeinde steht aus, Rückruf von Herrn {P("Shapira-Levi")} abwarten.
b) {P("Bélanger-Roy")}: Widerspruch abgeholfen, Ursache war ein Erfassungsfehler (Nebenwohnung statt alleinige Wohnung). Hinweis an alle: Wohnungsstatus beim Erfassen immer gegenlesen.
c) Beschwerde Herr {P("Adeyemi-Clarke")} (Mail vom 02.10.): Stellungnahme Herr {P("Petersen")} bis 10.10., Antwortentwurf Frau {P("Aydın")}.

TOP 4 Personelles
Herr {P("Ebeling")} ist ab 08.10. für voraussichtlich drei Wochen krankgeschrieben (Reha nach Bandscheibenoperation); die Vertretung übernimmt Frau {P("Kühnel")}. Frau {P("Kühnel")} informiert als ver.di-Vertrauensfrau über die Personalversammlung am 22.10.; die Teilnahme gilt als Dienstzeit.

TOP 5 Verschiedenes
Der Ausweisdrucker in Raum 1.016 ist seit 02.10. defekt, Ticket bei der IT ist gestellt. Die Öffnungszeiten bleiben unverändert.

Nächste Besprechung: 20.10.2025, 14:00 Uhr

gez. {P("A. Nowicka-Brandt")}
"""
    return "word", "protokoll_dienstbesprechung", text, ["HEALTH", "UNION"]


def d013():
    g = G
    tid = g["tamar_tid"]
    text = f"""Von: {P("Tamar Levinson")} <{E("tamar.levinson@gmail.com")}>
Gesendet: Montag, 3. November 2025 21:14
An: {N(MAIL_BA)}
Betreff: Falsches Religionsmerkmal / wrong religion entry – Vorgang {AZ("2025-LM-41031")}

שלום / Guten Tag,

I received the letter from the Bundeszentralamt für Steuern with my Steuer-Identifikationsnummer {TID(tid)} – thank you, that was fast. But my employer (Fernweh Software GmbH) now tells me that in the ELStAM data I am listed as „jd“ and that they will deduct Kultussteuer for the Jewish community.

Ich bin kein Mitglied der Jüdischen Gemeinde zu Berlin. I am Israeli and Jewish by family, but secular, and I never said I want to become a member. At my appointment on 9 October I answered the question about religion with "none" – maybe it was misunderstood because I said "I'm Jewish but not religious".

Could you please correct the entry in the Melderegister to „keine Angabe / keiner öffentlich-rechtlichen Religionsgesellschaft zugehörig“? Do I need to come in person again?

My details:
{P("Tamar Levinson")}
geb. {DOB("30.01.1995")} in Be'er Sheva
{A("Hellmundweg 6")}, {A("10437 Berlin")}
Mobil: {T("0159 0122 7745")} / {T("+972-54-621-3378")}

Todah rabah & vielen Dank,
{P("Tamar")}
"""
    return "outlook", "religionsmerkmal_en", text, ["RELIGION"]


def d014():
    g = G
    text = f"""Anmeldung bei der Meldebehörde – Formulardaten (aus PDF-Formular kopiert)

Neue Wohnung
Straße, Hausnummer, Zusatz: {A("Pasewalker Zeile 30")}, 4. OG links
PLZ, Gemeinde: {A("10439 Berlin")}
Tag des Einzugs: 15.09.2025
Die neue Wohnung ist: [X] alleinige Wohnung [ ] Hauptwohnung [ ] Nebenwohnung

Bisherige Wohnung
Straße, Hausnummer: {A("Rua das Acácias Brancas, 245, apto 82")}
PLZ, Gemeinde, Staat: {A("05422-010 São Paulo – SP")}, Brasilien
Wohnungsgeber: {P("Hildegard Wannemacher")}, lt. Wohnungsgeberbestätigung vom 10.09.2025

Person 1
Familienname: {P("FERREIRA DA COSTA")}
Vornamen: {P("Luíza Helena")}
Geburtsname: {P("Ferreira")}
Geschlecht: w
Tag der Geburt: {DOB("07.07.1989")}
Geburtsort: Campinas (SP), Brasilien
Staatsangehörigkeit(en): brasilianisch
Religionsgesellschaft: rk
Familienstand: verheiratet seit 12.12.2015 in São Paulo
Pass: Reisepass, Nr. {PASS(g["luiza_pass"])}, Polícia Federal, ausgestellt 03.02.2023, gültig bis 02.02.2033

Person 2
Familienname: {P("da Costa Nogueira")}
Vornamen: {P("João Pedro")}
Geschlecht: m
Tag der Geburt: {DOB("19.11.1987")}
Geburtsort: Santos (SP), Brasilien
Staatsangehörigkeit(en): brasilianisch, portugiesisch
Religionsgesellschaft: –
Familienstand: verheiratet
Pass: Reisepass, Nr. {PASS(g["joao_pass"])}, Polícia Federal, gültig bis 17.06.2031

Person 3
Familienname: {P("Ferreira da Costa Nogueira")}
Vornamen: {P("Beatriz")}
Geschlecht: w
Tag der Geburt: {DOB("21.04.2019")}
Geburtsort: São Paulo (SP), Brasilien
Religionsgesellschaft: rk
Pass: Kinderreisepass, Nr. {PASS(g["beatriz_pass"])}

Ort, Datum: Berlin, 09.10.2025
Unterschriften: {P("Luíza H. Ferreira da Costa")} / {P("João Pedro da Costa Nogueira")}
"""
    return "word", "anmeldeformular", text, ["RELIGION"]


def d015():
    g = G
    iban = g["bill_iban"]
    text = f"""Von: {P("Lüdecke, Dörte")} <{E("doerte.luedecke@ba-lindenau.berlin.de")}>
Gesendet: Montag, 6. Oktober 2025 10:02
An: '{P("J.R. Whitfield")}' <{E("jr.whitfield@btinternet.com")}>
Cc: Bürgeramt Lindenau <{N(MAIL_BA)}>
Betreff: AW: Anmeldung – landlord won't sign / Az. {AZ("BüA-LM 2025/121560")}

Dear Mr {P("Whitfield")},

thank you for your e-mail. Unfortunately we cannot register you without a Wohnungsgeberbestätigung (§ 19 Bundesmeldegesetz). But if the main tenant, Ms {P("Greta Sandvoß")}, sublets the room to you, she counts as the "Wohnungsgeber" and may sign the form herself – the owner's signature is not required in that case. The form (with an English translation aid) is attached.

Please note that your UK driving licence cannot be accepted as proof of identity; please bring your passport. Fees can be paid at the counter by card, a bank transfer from your UK account is not necessary.

Your appointment on 16 October at 09:40 remains reserved.

Kind regards / Mit freundlichen Grüßen
Im Auftrag
{P("Dörte Lüdecke")}
Bürgeramt Lindenau-Mitte
{N(BA_STREET)}, {N(BA_CITY)}
Tel. {T("030 90347-2218")} | Zentrale {N(SWITCH)}

-----Ursprüngliche Nachricht-----
Von: {P("J.R. Whitfield")} <{E("jr.whitfield@btinternet.com")}>
Gesendet: Freitag, 3. Oktober 2025 22:51
An: Bürgeramt Lindenau <{N(MAIL_BA)}>
Betreff: Anmeldung – landlord won't sign

Hello,

I'm {P("James Robert Whitfield")} (everyone calls me {P("Bill")}, long story), British, 61, and I've moved to Berlin to be near my daughter {P("Harriet")} and the grandchildren. I rent a room from {P("Greta Sandvoß")} in her flat at {A("Schönfließer Weg 9")}, {A("13187 Berlin")}. The owner of the flat, a company called Spreeblick Wohnen GmbH, refuses to sign the Wohnungsgeberbestätigung because "subletting isn't in the contract".

I have my passport (no. {PASS(g["bill_pass"])}) and my UK driving licence ({IDC(g["bill_dl"])}) with me – will that do? If there is a fee I can pay from my UK account, {IBAN(group(iban, 4))}.

My UK address until the house sale goes through is {A("14 Coldhams Rise")}, {A("Great Shelford, Cambridge CB22 5XQ")}. Phone: {T("+44 7700 900417")}, or {P("Harriet")}'s German mobile {T("0176 6612 0398")} (her married name is {P("Whitfield-Brandt")}).

Many thanks,
{P("Bill Whitfield")}
"""
    return "outlook", "antwort_mit_zitat_en", text, []


def d016():
    g = G
    l1, l2 = mrz_td3("P", "GBR", "WHITFIELD", "JAMES ROBERT", g["bill_pass"], "GBR", "640319", "M", "310211")
    name_part = "WHITFIELD<<JAMES<ROBERT"
    assert l1.startswith("P<GBR" + name_part)
    l1_marked = "P<GBR" + P(name_part) + l1[5 + len(name_part):]
    l2_marked = PASS(l2[0:9]) + l2[9:13] + DOB(l2[13:19]) + l2[19:]
    text = f"""[Scan 06.10.2025 11:42 – Seite 1/2 – Texterkennung]

Wohnungsgeberbestätigung
nach § 19 des Bundesmeldegesetzes (BMG)

Angaben zum Wohnungsgeber
Name / Bezeichnung: {P("SandvoB, Greta")}
[X] Der Wohnungsgeber ist gleichzeitig Mieter (Untervermietung)
Telefon (freiwillig): {T("0l76 5530 8821")}

Art der Meldung: [X] Einzug  [ ] Auszug
Datum des Einzugs: 0l.10.2025

Anschrift der Wohnung
Straße, Hausnummer: {A("Schönf1ießer Weg 9")} , Seitenf1ügel 1 . OG
PLZ, Ort: {A("13187 Ber1in")}

Name der meldepf1ichtigen Person(en)
1. {P("Whitfie1d, James Robert")}
2. ---

Ich bestätige mit meiner Unterschrift, dass die oben genannte(n) Person(en) in die
Wohnung tatsäch1ich eingezogen ist/sind.
Ort, Datum: Ber1in, 04.10.2025      Unterschrift: [unleserlich] {P("G. Sandvoß")}

Hinweis: Es ist verboten, eine Wohnungsanschrift anzubieten oder zur Verfügung zu ste11en, ...

[Seite 2/2]
PASSPORT / PASSEPORT    UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND
Type/Type P   Code/Code GBR   Passport No./Passeport No. {PASS(g["bill_pass"])}
Surname/Nom (1)
{P("WHITFIELD")}
Given names/Prénoms (2)
{P("JAMES ROBERT")}
Nationality/Nationalité (3) BRITISH CITIZEN
Date of birth/Date de naissance (4) {DOB("19 MAR /MARS 64")}
Sex/Sexe (5) M    Place of birth/Lieu de naissance (6) ELY
Date of issue/Date de délivrance (7) 11 FEB /FEV 21
Authority/Autorité (8) HMPO
Date of expiry/Date d'expiration (9) 11 FEB /FEV 31

{l1_marked}
{l2_marked}
"""
    return "word", "scan_ocr", text, []


def d017():
    text = f"""De / Von: {P("Geneviève Lachance-Roy")} <{E("genevieve.lachanceroy@videotron.ca")}>
À / An: {N(MAIL_PARK)}
Objet / Betreff: Antrag persönlicher Behindertenparkplatz – {P("Geneviève Lachance-Roy")}

Bonjour, guten Tag,

je vous écris en allemand et en français, désolée pour les fautes.

Mein Mann, {P("Étienne Lachance")}, hat seit 2016 Multiple Sklerose. Im September hat das Landesamt seinen Schwerbehindertenausweis ausgestellt: GdB 80, Merkzeichen aG und G (Aktenzeichen {AZ("61 SB 2025/113402")}). Er fährt noch selbst kurze Strecken mit unserem umgebauten Auto (Kennzeichen {KFZ("B-EL 5190")}), aber die nächste freie Parklücke in der Norderneyer Straße ist oft 300 m vom Haus entfernt, das schafft er nicht mehr.

Nous aimerions donc demander une place de stationnement réservée (persönlicher Behindertenparkplatz mit Kennzeichen) devant notre immeuble, {A("Norderneyer Straße 22")}, {A("10437 Berlin")}. Den blauen EU-Parkausweis hat er schon (Nr. {AZ("LD-04418/2025")}).

Pièces jointes / Anlagen: Schwerbehindertenausweis (Kopie), Fahrzeugschein, ärztliches Attest von Dr. {P("Heike Braunsfeld")} (Neurologie).

Merci beaucoup et freundliche Grüße
{P("Geneviève Lachance-Roy")}
{A("Norderneyer Straße 22")}
{A("10437 Berlin")}
Tél. {T("+49 30 4402 7718")} | cell (Canada) {T("+1 514 907 3381")}
"""
    return "outlook", "behindertenparkplatz_fr", text, ["HEALTH"]


def d018():
    rows = [
        ("BwP-47-0451903", "Araújo dos Santos", "Fernanda", "Grellwalder Straße 9", "10437 Berlin", "B-QL 2207",
         None, "Quantilo Labs GmbH", "Überlassungserklärung liegt vor", "Wiśniewski"),
        ("BwP-47-0451911", "Lachance", "Étienne", "Norderneyer Straße 22", "10437 Berlin", "B-EL 5190",
         "Lachance, Étienne", None, "vollständig – Bescheid fertigen", "Wiśniewski"),
        ("BwP-47-0451920", "O'Sullivan-Tran", "Liam", "Norderneyer Straße 7", "10437 Berlin", "B-LD 4086",
         "O'Sullivan-Tran, Liam", None, "Umschreibung aus Zone 31", "Adamczyk"),
        ("BwP-47-0451934", "Okafor", "Chidinma", "Liebenwalder Straße 12", "10437 Berlin", "B-CO 2611",
         None, "Fernweh Software GmbH", "Ummeldung prüfen", "Adamczyk"),
        ("BwP-47-0447762", "Tremblay-Osei", "Andrew", "Hellmundweg 22", "10437 Berlin", "B-AT 2983",
         "Tremblay-Osei, Kevin", None, "Rückgabe angekündigt zum 20.10.", "Wiśniewski"),
        ("BwP-47-0451958", "Fitzgerald-Nguyen", "Callum", "Halmstädter Straße 41", "10439 Berlin", "CU19 TVA",
         "Fitzgerald-Nguyen, Callum", None, "abgelehnt – ausl. Kennzeichen", "Adamczyk"),
        ("BwP-47-0451962", "Ben-David", "Oren", "Kolmarer Bogen 5", "10437 Berlin", "B-OB 66E",
         "Ben-David, Oren", None, "Gebühr offen (1. Mahnung)", "Wiśniewski"),
    ]
    lines = ["Antragsnr;Nachname;Vorname;Anschrift;PLZ/Ort;Kennzeichen;Halter;Status;Sachb."]
    for r in rows:
        holder = P(r[6]) if r[6] else r[7]
        lines.append(";".join([AZ(r[0]), P(r[1]), P(r[2]), A(r[3]), A(r[4]), KFZ(r[5]), holder, r[8], P(r[9])]))
    text = f"""Export Fachverfahren Bewohnerparken – Parkzone 47 – offene Vorgänge
Stand: 07.10.2025 08:15, erstellt von: {P("E. Adamczyk")}

""" + "\n".join(lines) + f"""

7 Datensätze. Hinweis: Für BwP-47-0451934 liegt ein Vermerk von Frau {P("Aydın")} (Bürgeramt) vom 07.10. vor.
Rückfragen zum Export: Servicetelefon {N(PARK_HOTLINE)}
"""
    return "word", "export_csv", text, []


def d019():
    g = G
    text = f"""From: {P("Svenja Martens-Oduya")} <{E("s.martens-oduya@settle-in-berlin.de")}>
To: {N(MAIL_BA)}
Date: Mon, 6 Oct 2025 16:48
Subject: Anmeldung mit Vollmacht – {P("Ethan J. Kowalczyk")} (Termin 09.10., 11:00 Uhr)

Sehr geehrte Damen und Herren,

für unseren Klienten Herrn {P("Ethan James Kowalczyk")} (US-Staatsbürger, geb. {DOB("22.06.1983")} in Milwaukee, Wisconsin) nehme ich den Anmeldetermin am 9. Oktober um 11:00 Uhr wahr (Vorgangsnummer {AZ("2025-LM-41035")}). Die schriftliche Vollmacht und eine Kopie seines Reisepasses (Nr. {PASS(g["ethan_pass"])}) hänge ich an.

Herr {P("Kowalczyk")} wohnt seit dem 28.09. in der {A("Liebenwalder Straße 60")}, 3. OG rechts, {A("10437 Berlin")}; Wohnungsgeberin ist Frau {P("Ursula Ahlgrimm-Tesch")}.

Vorsorglich: Auf der Passkopie, die uns der Arbeitgeber geschickt hat, ist handschriftlich auch seine US-Sozialversicherungsnummer (SSN {SSN(g["ethan_ssn"])}) vermerkt. Bitte nehmen Sie diese Seite nicht zur Akte bzw. schwärzen Sie sie – ich hätte sie vor dem Versand abdecken müssen.

Bisherige Anschrift (USA):
{A("2418 North Larkspur Avenue, Apt 5C")}
{A("Milwaukee, WI 53212")}

Für Rückfragen erreichen Sie mich unter {T("030 6098 4415")} oder mobil unter {T("0172 / 318 55 20")}.

Mit freundlichen Grüßen

{P("Svenja Martens-Oduya")}
Senior Relocation Consultant
Settle-in Berlin GmbH · {N("Kesselhausplatz 7")}, {N("10117 Berlin")}
"""
    return "outlook", "relocation_vollmacht", text, []


def d020():
    g = G
    text = f"""{OFFICE} – Bürgeramt Lindenau-Mitte
Vermerk zur Antragstellung Personalausweis

Antragsteller: {P("Brandt, Nathaniel Friedrich")}
geb. am {DOB("08.12.1979")} in Cincinnati, Ohio (USA)
Staatsangehörigkeiten: deutsch, US-amerikanisch
Anschrift: {A("Ostseebogen 14")}, {A("10439 Berlin")} (alleinige Wohnung seit 01.07.2025)

Der Antragsteller ist Deutscher durch Abstammung (Mutter: {P("Hannelore Brandt")} geb. {P("Kessler")}). Nachweis: Staatsangehörigkeitsausweis des Bundesverwaltungsamts vom 14.03.2024, Az. {AZ("III 2 - S 11456/23")}.
Vorgelegt: abgelaufener deutscher Reisepass Nr. {PASS(g["nathaniel_de_pass"])} (gültig bis 2019) und gültiger US-Reisepass Nr. {PASS(g["nathaniel_us_pass"])}.

Erfasst wurden:
– Lichtbild (biometrisch, Live-Aufnahme am Terminal 2)
– Fingerabdrücke: linker und rechter Zeigefinger, Qualitätswerte 84 / 79 (ausreichend)
– Unterschrift auf dem Unterschriftenpad

Neuer Personalausweis, Seriennummer {IDC(g["nathaniel_idc"])}; Ausgabe voraussichtlich in vier Wochen, PIN-Brief per Post.
Gebühr 37,00 EUR, bezahlt mit girocard (Beleg 00418).

Herr {P("Brandt")} fragte, ob die Fingerabdrücke in einer Datenbank gespeichert werden. Auskunft erteilt: Speicherung nur auf dem Chip des Ausweises, bei der Behörde Löschung spätestens nach Aushändigung (§ 26 Abs. 2 PAuswG).

Sachbearbeitung: {P("J.-O. Petersen")}, 08.10.2025
"""
    return "word", "vermerk_personalausweis", text, ["BIOMETRIC"]


def d021():
    g = G
    visa = g["pieter_visa"]
    text = f"""Van / Von: {P("Pieter van der Merwe")} <{E("pieter.vdmerwe@gmail.com")}>
Aan / An: {N(MAIL_PARK)}
Betreff: Verwarnungsgeld trotz beantragtem Bewohnerparkausweis – Kassenzeichen {AZ("5512 0931 7720 4")}

Goeie môre / Guten Morgen,

ek skryf in Duits, hoop dit is reg. Am 26.09. habe ich einen Bewohnerparkausweis für Zone 31 beantragt (Antragsnr. {AZ("BwP-31-0449275")}) und am 29.09. online bezahlt, mit meiner Visa-Karte {CC(group(visa, 4))}. Der Betrag wurde zweimal abgebucht (2 × 10,20 EUR).

Gestern habe ich ein Verwarnungsgeld über 25 EUR bekommen, weil mein Auto ({KFZ("B-PV 7719")}) ohne Parkausweis in der Kolmarer Straße stand. Der Ausweis ist aber noch gar nicht bei mir angekommen! Können Sie bitte das Verwarnungsgeld aufheben und die doppelte Zahlung erstatten, gern auf das Konto meiner Frau:

Kontoinhaberin: {P("Annelie du Plessis-van der Merwe")}
IBAN: {IBAN(g["annelie_iban"])}

Dankie / Vielen Dank!

{P("Pieter van der Merwe")}
{A("Rastenburger Ring 40")}
{A("10439 Berlin")}
{T("+49 1520 3318 740")} · {T("+27 72 550 1184")}
"""
    return "outlook", "verwarnungsgeld_af", text, []


def d022():
    text = f"""{OFFICE}
Abteilung Bürgerdienste – Ordnungswidrigkeiten Meldewesen
{N(BA_STREET)} · {N(BA_CITY)}

Herrn
{P("Callum Fitzgerald-Nguyen")}
{A("Halmstädter Straße 41")}
{A("10439 Berlin")}

Aktenzeichen: {AZ("BüA-OWi 117/25")}
Datum: 10.10.2025

Anhörung im Ordnungswidrigkeitenverfahren
hier: verspätete Anmeldung (§ 17 Abs. 1, § 54 Abs. 2 Nr. 1 BMG)

Sehr geehrter Herr {P("Fitzgerald-Nguyen")},

nach unseren Unterlagen sind Sie am 12.05.2025 in die oben genannte Wohnung eingezogen, haben sich jedoch erst am 01.10.2025 angemeldet. Die Anmeldung hätte innerhalb von zwei Wochen nach dem Einzug erfolgen müssen.

Bevor wir über die Einleitung eines Bußgeldverfahrens entscheiden, erhalten Sie Gelegenheit, sich zu äußern. Sie können dazu den beigefügten Anhörungsbogen verwenden; Sie dürfen auch auf Englisch antworten (You may reply in English). Es steht Ihnen frei, sich zur Sache zu äußern. Wenn wir bis zum 31.10.2025 nichts von Ihnen hören, entscheiden wir nach Aktenlage. Wir berücksichtigen dabei, dass die Terminlage in den Berliner Bürgerämtern im Sommer angespannt war.

Ihre Angaben zur Person (bitte prüfen):
Name, Vorname: {P("Fitzgerald-Nguyen, Callum Patrick")}
Geburtsdatum: {DOB("25.09.1996")}
Geburtsort: Brisbane (Australien)
Letzte Anschrift im Ausland: {A("12/48 Wattle Street")}, {A("Paddington QLD 4064")}, Australien
Anschrift laut Wohnungsgeberbestätigung: {A("Halmstädter Straße 41")}, {A("10439 Berlin")}
Wohnungsgeber: Herr {P("Moritz Kallweit")} (Hauptmieter)

Mit freundlichen Grüßen
Im Auftrag

{P("Kemal Yıldırım")}
Tel. {T("030 90347-2290")}
{E("kemal.yildirim@ba-lindenau.berlin.de")}
"""
    return "word", "anhoerung_owi", text, []


def d023():
    text = f"""Von: {P("Aydın, Merve")}
An: {P("Wiśniewski, Grzegorz")}
Cc: {P("Kühnel, Sabine")}; Bewohnerparken <{N(MAIL_PARK)}>
Gesendet: Dienstag, 7. Oktober 2025 12:31
Betreff: kurze Frage – Parkausweis {P("Okafor")}

Hallo Grzegorz,

bei mir war heute Frau {P("Chidinma Okafor")} (Vorgang {AZ("BüA-LM 2025/124019")}) zur Ummeldung innerhalb des Bezirks, neue Anschrift {A("Liebenwalder Straße 12")}, {A("10437 Berlin")}. Sie hat im September einen Bewohnerparkausweis für die alte Adresse ({A("Rastenburger Ring 8")}) bekommen und fragt, ob der automatisch umgeschrieben wird. Kennzeichen {KFZ("B-CO 2611")}, Halter ist laut ihr der Arbeitgeber (Fernweh Software GmbH), die Überlassungserklärung hast du ja schon.

Kannst du kurz schauen und ihr direkt antworten? Sie ist unter {T("0162 774 0815")} erreichbar, spricht Englisch und Deutsch (B1).

Danke dir & LG
{P("Merve")}

--
{P("Merve Aydın")}
Bürgeramt Lindenau-Mitte, Schalter 3
Tel. {T("030 90347-2231")} (intern 2231)
"""
    return "outlook", "intern_rueckfrage", text, []


def d024():
    text = f"""Fernweh Software GmbH · {N("Kopenhagener Hof 12")} · {N("10437 Berlin")}

{OFFICE}
Ordnungsamt – Bewohnerparken
{N(OA_STREET)}
{N(OA_CITY)}

Berlin, 23. September 2025

Bestätigung über die Überlassung eines Dienstfahrzeugs zur dauerhaften privaten Nutzung

Sehr geehrte Damen und Herren,

hiermit bestätigen wir, dass unsere Mitarbeiterin

Frau {P("Chidinma Adaeze Okafor")}
geboren am {DOB("14.11.1991")}
wohnhaft {A("Rastenburger Ring 8")}, {A("10439 Berlin")}

seit dem 01.08.2025 als Staff Engineer bei uns beschäftigt ist (Personalnummer {AZ("100734")}) und ihr das Firmenfahrzeug Tesla Model Y, amtliches Kennzeichen {KFZ("B-CO 2611")}, zur dauerhaften, auch privaten Nutzung überlassen ist. Halterin des Fahrzeugs ist die Fernweh Software GmbH.

Für Rückfragen steht Ihnen in unserer Personalabteilung Herr {P("Benedikt Sauerwein")} unter {T("+49 30 8897 3310-24")} bzw. {E("benedikt.sauerwein@fernweh-software.de")} zur Verfügung.

Mit freundlichen Grüßen

i. V. {P("Anja Rautenberg-Çelik")}\t\tppa. {P("Tobias Lindqvist")}
Head of People\t\t\tCFO

Fernweh Software GmbH · Sitz Berlin · Amtsgericht Charlottenburg HRB 231774 B · Geschäftsführer: {P("Maximilian Hortig")}
"""
    return "word", "arbeitgeberbescheinigung", text, []


def d025():
    g = G
    iban = g["thais_iban"]
    text = f"""Von: {P("Thaís Gonçalves")} <{E("thais.goncalves.design@gmail.com")}>
An: {N(MAIL_BA)}
Betreff: meldebescheinigung für finanzamt + receita federal

oi, hallo!

desculpa, ich schreib kurz: ich brauche eine Meldebescheinigung (gern auf Englisch, wenn es das gibt) für zwei Sachen:

1) das Finanzamt möchte für meine Steuernummer {TNR(g["thais_tnr"])} einen Nachweis der Wohnanschrift – ich bin freiberufliche UX-Designerin, USt-IdNr. {VAT(g["thais_vat"])}
2) die Receita Federal in Brasilien braucht für die „Declaração de Saída Definitiva do País“ einen Nachweis, dass ich seit 2025 in Deutschland wohne. meu CPF: {TID(g["thais_cpf"])}

Angemeldet bin ich seit 03.03.2025 in der {A("Pasewalker Zeile 18")}, Hinterhaus, {A("10439 Berlin")}, Vorgang damals {AZ("BüA-LM 2025/031177")}.

Kann ich die Bescheinigung per Post bekommen? Die Gebühr überweise ich gern – geht das auch von meinem brasilianischen Konto ({IBAN(iban)})? Sonst zahle ich mit PayPal.

beijos e danke!!
{P("thaís")}
{T("+55 21 99684-2017")} (whatsapp) | {T("01523 774 9012")}
"""
    return "outlook", "meldebescheinigung_informal_pt", text, []


def d026():
    g = G
    text = f"""Telefonnotiz

Datum/Uhrzeit: 08.10.2025, 10:35 Uhr
Gesprächspartner: Mr {P("Gareth Pryce-Llewellyn")} (Brite, Gespräch auf Englisch)
Rückrufnummer: {T("+49 30 2274 6190")}, alternativ Tochter {P("Megan Pryce")}, {T("0157 8841 2230")}
Anliegen: Anmeldung / Hausbesuch

Herr {P("Pryce-Llewellyn")} (geb. {DOB("02.08.1950")}) ist am 15.09.2025 zu seiner Tochter in die Wohnung {A("Kolmarer Bogen 31")}, {A("10437 Berlin")} gezogen. Er ist wegen eines Lymphoms in Chemotherapie im Klinikum Lindenau und kann nach eigenen Angaben derzeit nicht persönlich ins Bürgeramt kommen. Er bittet um einen Hausbesuch des mobilen Bürgerservice oder um die Anmeldung durch eine bevollmächtigte Person.

Hinweise gegeben:
– Anmeldung durch die Tochter mit schriftlicher Vollmacht und Passkopie ist möglich; Formular und Vollmachtsvorlage per Post an o. g. Anschrift.
– Mobiler Bürgerservice: Terminvereinbarung über die Zentrale {N(SWITCH)}.
– Die Frist zur Anmeldung ist überschritten; wegen der Erkrankung wird von einem Verfahren abgesehen (Rücksprache Frau {P("Lüdecke")}).

Er nannte außerdem ungefragt seine britische National Insurance Number ({SSN(g["gareth_nino"])}) und seine NHS-Nummer ({KV(g["gareth_nhs"])}), weil er wissen wollte, ob er diese „für die Krankenversicherung in Deutschland“ brauche. Hinweis: dafür ist das Bürgeramt nicht zuständig, Verweis auf die DVKA wegen des Formulars S1.

Aufenthaltsrecht: Aufenthaltsdokument-GB ist beim LEA beantragt, Az. nach Angabe der Tochter {AZ("LEA IV 3 – 25/087154")}.

Bearbeitet: {P("S. Kühnel")}
"""
    return "word", "telefonnotiz", text, ["HEALTH"]


def d027():
    g = G
    tnr = g["andrew_tnr"]
    text = f"""From: {P("Andrew Tremblay-Osei")} <{E("andrew.t.osei@protonmail.com")}>
To: {N(MAIL_BA)}; {N(MAIL_PARK)}
Date: Tue, 7 Oct 2025 20:55
Subject: Abmeldung (moving back to Toronto) + cancelling our parking permit – refund?

Hello,

my husband {P("Kevin Tremblay-Osei")} and I are moving back to Canada at the end of October. Our last day at {A("Hellmundweg 22")}, {A("10437 Berlin")} will be 31 October 2025.

1) Abmeldung: can we do this by e-mail or post? Our new address will be:
   {A("1207 Dunmore Crescent, Unit 4")}
   {A("Toronto, ON M4J 2K9")}
   Canada

   {P("Kevin")}: born {DOB("17 April 1985")}, Canadian passport {PASS(g["kevin_pass"])}
   me: born {DOB("1983-09-09")}, Canadian passport {PASS(g["andrew_pass"])}

2) Bewohnerparkausweis Zone 47, permit no. {AZ("BwP-47-0447762")}, car {KFZ("B-AT 2983")}. We are selling the car on 20 October. Is there a refund for the remaining months? If yes, please transfer it to {IBAN(group(g["andrew_iban"], 4))} ({P("Andrew Tremblay-Osei")}).

3) Do we have to inform the Finanzamt ourselves? I have a Steuernummer for my freelance translation work ({TNR(tnr)}).

Phone: {T("+49 1575 2208 614")}, from 1 November {T("+1 (416) 738-2051")}.

Thanks a lot,
{P("Andrew")} (and {P("Kevin")})
"""
    return "outlook", "abmeldung_en", text, ["SEXUAL_ORIENTATION"]


def d028():
    g = G
    rows = [
        ("22.09.2025", "Reisepass USA", "DANIELS, Tyrone Marcus", PASS(g["fund_us"]), "Tram M2, Haltestelle Am Steinberg",
         "FB-25-1841"),
        ("24.09.2025", "Reisepass Australien", "PARK, Ji-woo", PASS(g["fund_au"]), "Bürgeramt, Wartebereich EG",
         "FB-25-1857"),
        ("26.09.2025", "Reisepass Kanada", "GAGNON, Élodie", PASS(g["fund_ca"]), "Grellwalder Straße, Gehweg",
         "FB-25-1866"),
        ("29.09.2025", "Reisepass Israel", "MIZRAHI, Eliyahu", PASS(g["fund_il"]), "Bus 156, Fahrer abgegeben",
         "FB-25-1870"),
        ("30.09.2025", "Reisepass Südafrika", "NAIDOO, Kavitha", PASS(g["fund_za"]), "Café im Rathaus",
         "FB-25-1879"),
        ("02.10.2025", "Führerschein Kalifornien", "RAMÍREZ-COLE, Sofia", IDC(g["fund_ca_dl"]), "S-Bahnhof, Bank",
         "FB-25-1883"),
        ("06.10.2025", "Personalausweis (D)", "Hübner, Lara", IDC(g["fund_de_idc"]), "Bürgeramt, Schalter 4",
         "FB-25-1890"),
        ("08.10.2025", "Reisepass Brasilien", "SOUZA PINTO, Rafaela de", PASS(g["fund_br"]), "Spielplatz Ostseebogen",
         "FB-25-1902"),
    ]
    lines = []
    for i, (day, kind, name, num, where, fb) in enumerate(rows, 1):
        lines.append(f"{i}. {day} – {kind} – {P(name)} – Nr. {num} – Fundort: {where} – {AZ(fb)}")
    text = f"""Fundbüro Lindenau
Liste der abgegebenen Ausweisdokumente ausländischer Staaten und Führerscheine – Stand 09.10.2025

Nicht abgeholte ausländische Pässe werden nach zwei Wochen an die jeweilige Botschaft bzw. das Konsulat übersandt; deutsche Ausweise gehen an die ausstellende Behörde.

Lfd. Nr. – Fundtag – Dokument – Inhaber/in – Nummer – Fundort – Fundnummer
""" + "\n".join(lines) + f"""

Bemerkungen:
Nr. 4 wurde am 07.10.2025 vom Inhaber abgeholt (Herr {P("Mizrahi")}, Identität geprüft durch Frau {P("Aydın")}).
Nr. 6: kalifornischer Führerschein, Inhaberin telefonisch nicht erreichbar; Versand an das US-Generalkonsulat vorgesehen.
Telefonische Auskunft zu Fundsachen: {N(SWITCH)}, Fundbüro-Sprechzeiten Di 9–12 Uhr, Do 14–17 Uhr, Raum 0.08.
"""
    return "word", "fundbuero_liste", text, []


def d029():
    g = G
    text = f"""From: {P("Oluwaseun Adeyemi-Clarke")} <{E("seun.adeyemiclarke@gmail.com")}>
To: {N(MAIL_BA)}
Cc: {N(MAIL_COMPLAINTS)}
Date: Thu, 2 Oct 2025 19:07
Subject: Complaint about my appointment on 1 October

Dear Sir or Madam,

I am writing to complain about the way I was treated at my Anmeldung appointment on 1 October (booking number {AZ("2025-LM-40988")}).

I am a British citizen of Nigerian heritage. The officer at counter 5 (his name badge said "{P("J.-O. Petersen")}") told me that my passport "looked strange" and asked me three times whether it was really mine, while the couple before me, two white Americans, were done in ten minutes. Maybe I am wrong, but as a Black man who has only been in this country for a few weeks it felt like I was treated differently because of where my family comes from.

In the end he refused to register me because the Wohnungsgeberbestätigung was signed by my flatmate, {P("Jakob Riedesel")}, and not by the owner. I have since learned that a main tenant is allowed to sign. I now have to wait for a new appointment, and my employer, Kestrel Cloud GmbH, cannot run my payroll.

Please look into this. I would like a new appointment as soon as possible and an explanation.

My details: {P("Oluwaseun Adeyemi-Clarke")}, born {DOB("5 June 1992")}, UK passport no. {PASS(g["seun_pass"])}, address {A("Tiegelweg 19")}, {A("10439 Berlin")}, phone {T("0151 2093 6647")}.

Yours faithfully,
{P("Seun Adeyemi-Clarke")}
"""
    return "outlook", "beschwerde_en", text, ["ETHNICITY"]


def d030():
    g = G
    text = f"""{OFFICE}
Meldebehörde – Bürgeramt Lindenau-Mitte
{N(BA_STREET)}, {N(BA_CITY)}

Erweiterte Meldebescheinigung
nach § 18 Abs. 2 Bundesmeldegesetz

Es wird bescheinigt, dass folgende Personen im Melderegister mit den nachstehenden Daten erfasst sind:

Familienname: {P("Nkosi")}
Vornamen: {P("Thabo Lwazi")}
Doktorgrad: –
Tag der Geburt: {DOB("18.02.1988")}
Ort der Geburt: Durban, Südafrika
Geschlecht: männlich
Staatsangehörigkeit: südafrikanisch
Rechtliche Zugehörigkeit zu einer öffentlich-rechtlichen Religionsgesellschaft: evangelisch
Familienstand: verheiratet
Anschrift: {A("Halmstädter Straße 58")}, {A("10439 Berlin")} – alleinige Wohnung seit 29.09.2025
Frühere Anschrift: {A("7 Protea Road")}, {A("Glenwood, Durban 4001")}, Südafrika
Ausweisdokument: Reisepass Republik Südafrika Nr. {PASS(g["thabo_pass"])}, Identitätsnummer {IDC(g["thabo_id"])}

Ehegattin: {P("Nkosi-Pillay, Anusha")}
Tag der Geburt: {DOB("30.10.1989")}, Ort der Geburt: Pietermaritzburg, Südafrika
Rechtliche Zugehörigkeit zu einer öffentlich-rechtlichen Religionsgesellschaft: –
Ausweisdokument: Reisepass Republik Südafrika Nr. {PASS(g["anusha_pass"])}, Identitätsnummer {IDC(g["anusha_id"])}
Anschrift: wie oben

Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig.
Berlin, 09.10.2025 · Vorgangsnummer {AZ("2025-LM-41026")} · Gebühr 10,00 EUR (bezahlt)
"""
    return "word", "meldebescheinigung", text, ["RELIGION"]


DOCS = [d001, d002, d003, d004, d005, d006, d007, d008, d009, d010, d011, d012, d013, d014, d015,
        d016, d017, d018, d019, d020, d021, d022, d023, d024, d025, d026, d027, d028, d029, d030]


def main():
    out = []
    for i, fn in enumerate(DOCS, 1):
        channel, template, marked, flags = fn()
        out.append(build(f"F111-{i:03d}", channel, template, marked, flags))
    path = os.path.join(HERE, "fresh111.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    n = sum(len(d["entities"]) for d in out)
    print(f"{len(out)} documents, {n} entities -> {path}")


if __name__ == "__main__":
    main()
