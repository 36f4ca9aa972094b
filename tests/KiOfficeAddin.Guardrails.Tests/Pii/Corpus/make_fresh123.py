#!/usr/bin/env python3
"""Blind test batch 123: invented correspondence of a Saxon youth office (Jugendamt Zwickau), section
Unterhaltsvorschuss / Beistandschaften, with claims against parents living in Poland, Czechia, Romania, Turkey,
Austria and the USA. Writes fresh123.jsonl next to this file (30 documents, F123-001 ... F123-030).

All persons, addresses, numbers and case references are invented. Every identifier with a check digit is generated
with identifiers.py or with the published algorithm of its country (PESEL, CNP, rodné číslo, T.C. Kimlik No,
österreichische Sozialversicherungsnummer, polnischer NIP und Personalausweis), so that it is valid.
Randomness comes only from Identifiers(12323).rng, so a second run is byte-identical.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from identifiers import Identifiers, group, mod97_iban, luhn_check  # noqa: E402
from marks import build  # noqa: E402

ids = Identifiers(12323)
R = ids.rng


def mk(code):
    return lambda value: f"[[{code}|{value}]]"


P, A, E, T, N = mk("P"), mk("A"), mk("E"), mk("T"), mk("N")
IB, TID, TNR, VAT, IDC = mk("IBAN"), mk("TID"), mk("TNR"), mk("VAT"), mk("IDC")
PASS, SSN, KV, DOB, KFZ, AZ, CC = mk("PASS"), mk("SSN"), mk("KV"), mk("DOB"), mk("KFZ"), mk("AZ"), mk("CC")


# ---------------------------------------------------------------- foreign identifiers (published algorithms)

def pesel(y, m, d, male):
    """Polish PESEL: YYMMDD (month +20 after 2000), 3 serial digits, sex digit, check (weights 1,3,7,9)."""
    mm = m + (20 if y >= 2000 else 0)
    base = f"{y % 100:02d}{mm:02d}{d:02d}" + ids.digits(3) + R.choice("13579" if male else "02468")
    s = sum(int(c) * w for c, w in zip(base, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]))
    return base + str((10 - s % 10) % 10)


def cnp(y, m, d, male, county):
    """Romanian CNP: S YYMMDD JJ NNN C, weights 279146358279, sum mod 11, 10 -> 1."""
    sex = (1 if male else 2) if y < 2000 else (5 if male else 6)
    while True:
        serial = ids.digits(3)
        if serial != "000":
            break
    base = f"{sex}{y % 100:02d}{m:02d}{d:02d}{county:02d}{serial}"
    t = sum(int(a) * int(b) for a, b in zip(base, "279146358279")) % 11
    return base + str(1 if t == 10 else t)


def rodne_cislo(y, m, d, male):
    """Czech/Slovak birth number YYMMDD/XXXC (women: month +50); the 10-digit number is divisible by 11."""
    mm = m + (0 if male else 50)
    while True:
        first9 = f"{y % 100:02d}{mm:02d}{d:02d}" + ids.digits(3)
        c = int(first9) % 11
        if c != 10:
            assert int(first9 + str(c)) % 11 == 0
            return f"{first9[:6]}/{first9[6:]}{c}"


def tc_kimlik():
    """Turkish identity number: 11 digits, d10 and d11 check digits."""
    d = [int(R.choice("123456789"))] + [int(c) for c in ids.digits(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, d)) + str(d10) + str(d11)


def svnr_at(y, m, d):
    """Austrian social insurance number: 3 serial digits, check digit, DDMMYY (weights 3,7,9,-,5,8,4,2,1,6 mod 11)."""
    weights = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
    born = f"{d:02d}{m:02d}{y % 100:02d}"
    while True:
        serial = ids.digits(3, first_nonzero=True)
        digits = serial + "0" + born
        c = sum(int(ch) * w for ch, w in zip(digits, weights)) % 11
        if c != 10:
            return f"{serial}{c} {born}"


def nip_pl():
    """Polish tax number NIP: 9 digits + check (weights 6,5,7,2,3,4,5,6,7 mod 11, 10 not allowed)."""
    while True:
        body = ids.digits(9, first_nonzero=True)
        c = sum(int(ch) * w for ch, w in zip(body, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
        if c != 10:
            return body + str(c)


def dowod_pl():
    """Polish identity card: 3 letters + check digit + 5 digits (weights 7,3,1,9,7,3,1,7,3, sum mod 10 = 0)."""
    letters = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    rest = ids.digits(5)
    w = [7, 3, 1, 9, 7, 3, 1, 7, 3]
    s = sum((ord(c) - 55) * k for c, k in zip(letters, w[:3])) + sum(int(c) * k for c, k in zip(rest, w[4:]))
    check = next(c for c in range(10) if (s + 9 * c) % 10 == 0)
    return f"{letters}{check}{rest}"


def ssn_us():
    area = R.randint(100, 665)
    return f"{area:03d}-{R.randint(10, 99):02d}-{R.randint(1000, 9999):04d}"


def iban_tr():
    return mod97_iban("TR", ids.digits(5) + "0" + ids.digits(16))


def iban_ro(bank):
    return mod97_iban("RO", bank + "RONCRT" + ids.digits(10))


def de_amount(text):
    return round(float(text.replace(".", "").replace(",", ".")) * 100)


def eur(cents):
    whole = f"{cents // 100:,}".replace(",", ".")
    return f"{whole},{cents % 100:02d}"


def fmt(iban):
    return group(iban, 4)


def steuernummer_sn():
    # Saxon layout FFF/BBB/BBBBP (Finanzamt 2xx); domain.md: layout only.
    return f"2{R.choice(['01', '03', '18', '27', '31', '37'])}/{ids.digits(3)}/{ids.digits(5)}"


def ssn_de(ddmmyy, letter):
    v = ids.social_security(ddmmyy, letter)
    return f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}"


# ---------------------------------------------------------------- the office (neutral) and its staff

OFFICE_STREET, OFFICE_CITY = "Werdauer Straße 62", "08056 Zwickau"
OFFICE_PHONE, OFFICE_FAX = "0375 83-4400", "0375 83-4499"
MAIL_UV, MAIL_BS, MAIL_JA = "unterhaltsvorschuss@zwickau.de", "beistandschaft@zwickau.de", "jugendamt@zwickau.de"
STADTKASSE = fmt(ids.iban_de())

# case data shared between documents (generated once, in a fixed order)
PESEL_WIS = pesel(1984, 6, 12, True)
IBAN_LEISTNER = fmt(ids.iban_de())
IBAN_WIS = fmt(ids.iban("PL", 24))
RC_HORAK = rodne_cislo(1988, 2, 3, True)
IBAN_HORAK = fmt(ids.iban("CZ", 20))
CNP_MARIN = cnp(1990, 1, 29, True, 4)
IDC_MARIN = f"XC {ids.digits(6)}"
IBAN_LMARIN = fmt(ids.iban_de())
TCKN_CELIK = tc_kimlik()
PASS_CELIK = "U" + ids.digits(8)
IBAN_ASLAN = fmt(ids.iban_de())
TID_ASLAN = ids.tax_id()
TID_ELIF = ids.tax_id()
KV_ELIF = ids.health_insurance()
IDC_ASLAN = ids.id_card(check_digit=True)
PASS_GRUBER = "P" + ids.digits(7)
IDC_BOEHME = ids.id_card()
SVNR_PICHLER = svnr_at(1985, 8, 21)
IBAN_PICHLER = fmt(ids.iban("AT", 16))
SSN_WHITFIELD = ssn_us()
PASS_WHITFIELD = ids.digits(9, first_nonzero=True)
CC_WHITFIELD = ids.credit_card("4", 16)
IBAN_SWHITFIELD = fmt(ids.iban_de())
CNP_STOICA = cnp(1986, 6, 25, True, 16)
IDC_STOICA = f"DX {ids.digits(6)}"
SV_STOICA = ssn_de("250686", "S")
IBAN_FSTOICA = fmt(ids.iban_de())
RC_KUCERA = rodne_cislo(1989, 11, 11, True)
IDC_KUCERA = ids.digits(9, first_nonzero=True)
IBAN_FIEDLER = fmt(ids.iban_de())
IBAN_RICHTER = fmt(ids.iban_de())
IBAN_KRETZSCHMAR = fmt(ids.iban_de())
TID_ZIELINSKI = ids.tax_id()
SV_ZIELINSKI = ssn_de("170379", "Z")
KV_ZIELINSKI = ids.health_insurance()
IBAN_ZIELINSKI = fmt(ids.iban_de())
PESEL_ZIELINSKI = pesel(1979, 3, 17, True)
NIP_WIS = nip_pl()

KZ_LEISTNER = "5.4130.208817"
KZ_PICHLER = "5.4130.197402"
KZ_MARIN = "5.4130.211560"
KZ_ASLAN = "5.4130.213093"
KZ_STOICA = "5.4130.188251"
KZ_RICHTER = "5.4130.176634"
KZ_FIEDLER = "5.4130.202148"
KZ_WHITFIELD = "5.4130.154987"


def letterhead():
    return (f"Stadt Zwickau · Jugendamt · Sachgebiet Unterhaltsvorschuss und Beistandschaften\n"
            f"{N(OFFICE_STREET)} · {N(OFFICE_CITY)} · Servicetelefon {N(OFFICE_PHONE)}")


DOCS = []


def doc(channel, template, flags=()):
    def register(fn):
        DOCS.append((channel, template, fn, list(flags)))
        return fn
    return register


# ---------------------------------------------------------------- documents

@doc("outlook", "uv_antrag_mail")
def d01():
    return f"""Von: {P("Sandra Leistner")} <{E("sandy.leistner89@web.de")}>
An: {N(MAIL_UV)}
Gesendet: Montag, 3. März 2025 07:52
Betreff: antrag uvg - vater in polen

hallo,

ich wollte fragen wie das mit dem unterhaltsvorschuss läuft wenn der vater im ausland wohnt. der vater von meinen kindern {P("emilia")} (geb. {DOB("14.03.2019")}) und {P("ben")} (geb. {DOB("2.11.2021")}) heißt {P("paweł wiśniewski")}, der ist letztes jahr im februar zurück nach polen und zahlt seitdem gar nix. die letzte adresse die ich von ihm hab ist {A("ul. Słoneczna 7 m. 12")}, {A("58-506 Jelenia Góra")}. handy {T("+48 604 218 937")} aber er geht nicht ran.

wir wohnen jetzt in der {A("Reichenbacher Str. 141")}, {A("08056 Zwickau")}. das geld bitte auf mein konto {IB(IBAN_LEISTNER.replace(" ", ""))} (sparkasse).

brauch ich dafür einen termin oder geht das online? ich arbeite schicht in der pflege, am besten per mail oder ab 14 uhr unter {T("0176 41982230")}

danke & lg
{P("sandra leistner")}
"""


@doc("word", "rechtswahrungsanzeige_pl")
def d02():
    return f"""{letterhead()}

Pan
{P("Paweł Wiśniewski")}
{A("ul. Słoneczna 7 m. 12")}
{A("58-506 Jelenia Góra")}
POLEN / POLSKA

Unser Zeichen: {AZ("UV 51.21-0318/25")}
Kassenzeichen: {AZ(KZ_LEISTNER)}
Bearbeiterin: {P("Katrin Schuster")}
Telefon: {T("0375 83-4417")}
E-Mail: {E("k.schuster@zwickau.de")}
Datum: 17.03.2025

Unterhaltsvorschuss für {P("Emilia Leistner")}, geb. {DOB("14.03.2019")}, und {P("Ben Leistner")}, geb. {DOB("02.11.2021")}
Rechtswahrungsanzeige nach § 7 Abs. 2 UVG und Aufforderung zur Auskunft nach § 6 UVG

Sehr geehrter Herr {P("Wiśniewski")},

die Mutter Ihrer Kinder, Frau {P("Sandra Leistner")}, hat für {P("Emilia")} und {P("Ben")} ab dem 01.03.2025 Leistungen nach dem Unterhaltsvorschussgesetz beantragt. Soweit wir Unterhaltsvorschuss zahlen, geht der Unterhaltsanspruch der Kinder gegen Sie in dieser Höhe auf das Land Sachsen über. Wir werden diesen Anspruch gegen Sie geltend machen, auch in Polen.

Bitte teilen Sie uns bis zum 15.04.2025 mit:
– Ihren Arbeitgeber mit Anschrift,
– Ihr monatliches Nettoeinkommen der letzten zwölf Monate (zaświadczenie o zarobkach),
– Ihre PESEL-Nummer sowie weitere Unterhaltspflichten.

Zahlungen leisten Sie bitte auf das Konto der Stadtkasse Zwickau, IBAN {N(STADTKASSE)}, BIC WELADED1ZWI, unter Angabe des Kassenzeichens {AZ(KZ_LEISTNER)}.

Eine polnische Übersetzung dieses Schreibens liegt bei (tłumaczenie w załączeniu).

Mit freundlichen Grüßen
Im Auftrag

{P("Katrin Schuster")}
Sachbearbeiterin Unterhaltsvorschuss
"""


@doc("outlook", "antwort_vater_pl")
def d03():
    return f"""Von: {P("Paweł Wiśniewski")} <{E("pawel.wisniewski84@wp.pl")}>
An: {P("Schuster, Katrin")} <{E("k.schuster@zwickau.de")}>
Datum: 02.04.2025 21:14
Betreff: Re: {AZ("UV 51.21-0318/25")} {P("Emilia")} i {P("Ben")}

Guten Tag Frau {P("Schuster")},

ich habe bekomen ihre Brief. Ich bin nicht gegen meine Kinder aber ich verdiene nicht viel. Ich arbeite bei Firma Trans-Kar Sp. z o.o. in Bolesławiec als Fahrer, ca 4400 zł netto. Meine PESEL ist {SSN(PESEL_WIS)}. Ich wohne nicht mehr in Jelenia Góra, neue adresse ist {A("ul. Kościuszki 23/5")}, {A("59-700 Bolesławiec")}.

Ich habe auch neue Frau und Baby, {P("Zuzanna")}, geboren {DOB("5.1.2025")}, für sie muss ich auch zahlen. Meine Frau {P("Kinga")} arbeitet nicht.

Zaświadczenie z pracy schicke ich nächste Woche per Post. Wenn Fragen bitte anrufen {T("+48 512 330 914")} (nach 18 Uhr) oder Mail. Bitte sagen sie {P("Sandra")} das ich die Kinder sehen will im Sommer.

Mit freundliche Grüße
{P("Paweł Wiśniewski")}

Wysłane z aplikacji Poczta WP
"""


@doc("word", "verdienstbescheinigung_pl")
def d04():
    company_nip = nip_pl()
    return f"""Beglaubigte Übersetzung aus dem Polnischen

[Briefkopf:] TRANS-KAR Sp. z o.o. · {N("ul. Przemysłowa 14")} · {N("59-700 Bolesławiec")} · NIP {N(company_nip[:3] + "-" + company_nip[3:6] + "-" + company_nip[6:8] + "-" + company_nip[8:])} · KRS 0000418827 · Tel. {N("+48 75 732 40 10")}

Bolesławiec, den 08.04.2025

ARBEITS- UND VERDIENSTBESCHEINIGUNG
(Zaświadczenie o zatrudnieniu i wynagrodzeniu)

Hiermit wird bescheinigt, dass Herr {P("Paweł Wiśniewski")}, Sohn des {P("Józef")}, geboren am {DOB("12.06.1984")} in Lubań, PESEL {SSN(PESEL_WIS)}, persönliche Steuernummer (NIP) {TID(NIP_WIS)}, wohnhaft {A("ul. Kościuszki 23/5")}, {A("59-700 Bolesławiec")}, seit dem 01.08.2024 in unserem Unternehmen als Berufskraftfahrer (Klasse C+E) auf Grundlage eines unbefristeten Arbeitsvertrags in Vollzeit beschäftigt ist.

Durchschnittliche Vergütung der letzten drei Monate:

Monat         | brutto (PLN) | netto (PLN)
Januar 2025   | 6 180,00     | 4 471,52
Februar 2025  | 6 180,00     | 4 471,52
März 2025     | 6 540,00     | 4 718,09

Zusätzlich werden Tagegelder (diety) für Auslandsfahrten gezahlt; diese sind nicht Bestandteil des Arbeitsentgelts.
Die Vergütung wird auf das Konto des Arbeitnehmers Nr. {IB(IBAN_WIS)} überwiesen.
Gegen den Arbeitnehmer sind derzeit keine Pfändungen anhängig. Der Arbeitnehmer befindet sich weder in der Kündigungsfrist noch im unbezahlten Urlaub.

Die Bescheinigung wird auf Verlangen des Arbeitnehmers zur Vorlage beim Jugendamt Zwickau (Deutschland) ausgestellt.

{P("Agata Dudek")}
Leiterin der Personalabteilung (Kierownik Działu Kadr)
[Rundstempel der Gesellschaft]

Die Richtigkeit und Vollständigkeit der vorstehenden Übersetzung des mir vorgelegten polnischen Originals wird bestätigt.
Görlitz, den 22.04.2025
{P("Irena Bach-Kowalczyk")}
öffentlich bestellte und allgemein beeidigte Übersetzerin für die polnische Sprache
"""


@doc("outlook", "weiterleitung_cz_zentralbehoerde")
def d05():
    return f"""Von: {P("Weißflog, Ronny")}
Gesendet: Dienstag, 6. Mai 2025 10:03
An: {P("Nguyen, Tobias")}
Betreff: WG: Maintenance claim – child {P("Lukas Richter")} / debtor {P("Tomáš Horák")} – your ref. {AZ("BS-2023-0412")}

Hallo {P("Tobias")},

kannst du dir das bitte ansehen? Die Tschechen wollen eine aktuelle Rückstandsaufstellung und die Geburtsurkunde von {P("Lukas")}. {P("Horák")} hat laut denen einen neuen Arbeitgeber in Liberec. Frau {P("Richter")} weiß davon noch nichts. Ich bin ab Donnerstag im Urlaub, Vertretung hat {P("Annett")}.

Gruß {P("Ronny")}

-----Ursprüngliche Nachricht-----
Von: {P("Petra Svobodová")} <{E("petra.svobodova@umpod.cz")}>
Gesendet: Montag, 5. Mai 2025 16:47
An: {N(MAIL_BS)}
Betreff: Maintenance claim – child {P("Lukas Richter")} / debtor {P("Tomáš Horák")} – your ref. {AZ("BS-2023-0412")}

Dear Mr {P("Weißflog")},

with reference to your application under Article 56 of Council Regulation (EC) No 4/2009 concerning the child {P("Lukas Richter")}, born {DOB("22 September 2016")}, we would like to inform you that the debtor, Mr {P("Tomáš Horák")}, born {DOB("3 February 1988")}, birth number {SSN(RC_HORAK)}, has been located at the following address:

{A("Husova 1124/18")}
{A("460 01 Liberec")}
Czech Republic

Since March 2025 he has been employed by a logistics company in Liberec; his net income is approx. CZK 38,500 per month. The District Court in Liberec (Okresní soud v Liberci) has registered the recognition of the German maintenance decision under file no. {AZ("28 Nc 1045/2025")}.

In order to proceed, please send us
1. an updated statement of arrears (in EUR, broken down by month),
2. a certified copy of the birth certificate of {P("Lukas")},
3. confirmation of the bank account to which the payments are to be transferred.

Please quote our reference {AZ("UMPOD 2025/3817/SV")} in all correspondence.

Kind regards

Mgr. {P("Petra Svobodová")}
International Maintenance Department
Úřad pro mezinárodněprávní ochranu dětí
{N("Šilingrovo náměstí 3/4")}, {N("602 00 Brno")}
Tel.: {T("+420 542 215 538")}
"""


@doc("word", "aktenvermerk_telefonat_cz", flags=["HEALTH"])
def d06():
    return f"""Aktenvermerk

Az.: {AZ("BS-2023-0412")}
Beistandschaft für {P("Lukas Richter")}, geb. {DOB("22.09.2016")}
Unterhaltspflichtiger: {P("Tomáš Horák")}, Liberec (CZ)

Telefonat am 14.05.2025, 11:20 Uhr, mit JUDr. {P("Martin Dvořák")}, Rechtsanwalt in Liberec, Bevollmächtigter des Kindesvaters (Vollmacht per E-Mail angekündigt, {E("dvorak@advokat-dvorak.cz")}, Tel. {T("+420 485 104 377")}).

Inhalt:
1. RA {P("Dvořák")} teilt mit, Herr {P("Horák")} sei von Oktober 2024 bis Januar 2025 nach einem Arbeitsunfall (Fraktur des rechten Unterschenkels, zwei Operationen) arbeitsunfähig gewesen und habe nur Krankengeld (nemocenská) bezogen. Für diese Monate werde eine Herabsetzung begehrt. Ärztliche Bescheinigungen sollen nachgereicht werden.
2. Herr {P("Horák")} habe im Dezember 2024 der Kindesmutter 5.000 CZK in bar übergeben und weitere 200 EUR auf ihr Konto überwiesen. Frau {P("Richter")} ist dazu noch zu befragen.
3. Künftige Zahlungen will Herr {P("Horák")} von seinem Konto {IB(IBAN_HORAK)} per Dauerauftrag leisten, sobald ihm die deutsche Kontoverbindung bestätigt wird.

Vereinbart: Übersendung der Rückstandsaufstellung an RA {P("Dvořák")} und an UMPOD (Ref. {AZ("UMPOD 2025/3817/SV")}) bis 23.05.2025. Rückruf Kindesmutter unter {T("0157 32094418")}.

Zwickau, 14.05.2025
i. V. {P("A. Lippold")} für den Beistand
"""


@doc("word", "beschluss_vereinfachtes_verfahren_ro")
def d07():
    return f"""Amtsgericht Zwickau
– Familiengericht –

Aktenzeichen: {AZ("3 FH 58/25")}

BESCHLUSS

In der Familiensache

betreffend den Kindesunterhalt für {P("Sofia Marin")}, geboren am {DOB("11.07.2018")},

Antragstellerin: das minderjährige Kind {P("Sofia Marin")}, {A("Marienthaler Straße 88")}, {A("08060 Zwickau")},
gesetzlich vertreten durch die Mutter {P("Larisa Marin")}, ebenda,
diese vertreten durch das Jugendamt der Stadt Zwickau als Beistand, {N(OFFICE_STREET)}, {N(OFFICE_CITY)}, Az. {AZ("BS-2024-0207")},

gegen

{P("Adrian Marin")}, geboren am {DOB("29.01.1990")}, {A("Str. Mihai Viteazu nr. 44, ap. 9")}, {A("600252 Bacău")}, Rumänien,
– Antragsgegner –

hat das Amtsgericht Zwickau durch die Rechtspflegerin {N("Schreiber")} am 12.05.2025 im vereinfachten Verfahren über den Unterhalt Minderjähriger (§§ 249 ff. FamFG) beschlossen:

1. Der Antragsgegner hat an das Kind {P("Sofia Marin")} zu Händen des gesetzlichen Vertreters ab dem 01.06.2025 monatlich im Voraus Unterhalt in Höhe von 100 Prozent des jeweiligen Mindestunterhalts der jeweiligen Altersstufe abzüglich des hälftigen Kindergeldes für ein erstes Kind zu zahlen, derzeit 427,00 EUR.
2. Für die Zeit vom 01.09.2024 bis 31.05.2025 hat der Antragsgegner rückständigen Unterhalt in Höhe von 3.792,00 EUR zu zahlen. Dieser Betrag ist sofort fällig.
3. Soweit für das Kind Leistungen nach dem Unterhaltsvorschussgesetz erbracht wurden, ist der Anspruch auf das Land übergegangen (Kassenzeichen der Stadtkasse: {AZ(KZ_MARIN)}).
4. Die Kosten des Verfahrens trägt der Antragsgegner.

Gründe: Der Antrag wurde dem Antragsgegner am 03.03.2025 in rumänischer Übersetzung über die Zentrale Behörde in Bukarest zugestellt. Einwendungen nach § 252 FamFG hat er innerhalb der Frist nicht erhoben.

Rechtsbehelfsbelehrung: Gegen diesen Beschluss ist die Beschwerde statthaft. Sie ist binnen eines Monats beim Amtsgericht Zwickau, {N("Platz der Deutschen Einheit 1")}, {N("08056 Zwickau")}, einzulegen ...

{N("Schreiber")}
Rechtspflegerin
"""


@doc("outlook", "antwort_vater_ro", flags=["HEALTH"])
def d08():
    return f"""From: {P("Adrian Marin")} <{E("adi.marin90@yahoo.com")}>
To: {N(MAIL_BS)}
Date: Tue, 27 May 2025 23:41:06 +0300
Subject: court paper {P("Sofia")} / {AZ("3 FH 58/25")}

Hello,

I am {P("Adrian Marin")}, father of {P("Sofia")}. I received the paper from court in Zwickau only now, my mother gave it to me because I am not living anymore at {A("Str. Mihai Viteazu 44")} in Bacău. Ich habe gearbeitet in Deutschland bis 2023 aber jetzt bin ich krank, I had operation on the spine in Iași (hernie de disc L4-L5) in February and I can not work heavy. I get only indemnizație de boală, about 1900 lei. How can I pay 427 euro every month?? This is not possible.

My data for your file:
CNP {SSN(CNP_MARIN)}
Carte de identitate seria {IDC(IDC_MARIN)}
New address: {A("Bd. Republicii nr. 132, bl. 7, sc. B, ap. 14")}, {A("700309 Iași")}
Phone/WhatsApp {T("+40 745 318 662")}

Please tell {P("Larisa")} I send 100 euro in June by Western Union. I want that the court make the sum smaller, what I must do? Can somebody write me in Romanian?

Thank you
{P("Adrian")}
"""


@doc("word", "antrag_uv_erfassung_tr")
def d09():
    return f"""Antrag auf Leistungen nach dem Unterhaltsvorschussgesetz – Datenerfassung (Auszug Fachverfahren)
Az.: {AZ("UV 51.21-0107/25")}      Eingang: 20.01.2025      Sachbearbeitung: {P("K. Schuster")}

A. Kind
Name, Vorname:                 {P("Aslan, Elif")}
Geburtsdatum / -ort:           {DOB("27.08.2020")} / Zwickau
Staatsangehörigkeit:           deutsch, türkisch
Steuer-IdNr. des Kindes:       {TID(TID_ELIF)}
Krankenversichertennummer:     {KV(KV_ELIF)} (familienversichert, AOK PLUS)

B. Antragstellender Elternteil
Name, Vorname:                 {P("Aslan, Derya")}
Geburtsdatum:                  {DOB("09.04.1994")}
Anschrift:                     {A("Max-Pechstein-Straße 17")}, {A("08056 Zwickau")}
Telefon / E-Mail:              {T("0152 28746130")} / {E("derya.aslan94@gmx.de")}
Personalausweis-Nr.:           {IDC(IDC_ASLAN)}
Steuer-IdNr.:                  {TID(TID_ASLAN)}
Familienstand:                 ledig
Kontoverbindung:               {IB(IBAN_ASLAN)}, Kontoinhaberin: {P("Derya Aslan")}

C. Anderer Elternteil
Name, Vorname:                 {P("Çelik, Emre")}
Geburtsdatum / -ort:           {DOB("14.05.1991")} / Karşıyaka (TR)
Staatsangehörigkeit:           türkisch
Letzte bekannte Anschrift:     {A("Cemal Gürsel Caddesi No: 318 D: 6")}, {A("35550 Karşıyaka/İzmir")}, Türkei
Telefon (letzter Stand):       {T("+90 532 417 28 09")}
Vaterschaft:                   anerkannt am 02.10.2020, Urkunde Jugendamt Zwickau, UR-Nr. {AZ("311/2020")}
Unterhaltstitel:               keiner
Arbeitgeber:                   unbekannt (nach Angabe der Mutter Tätigkeit im Textilhandel des Bruders)

D. Erklärungen
Die Antragstellerin versichert, dass der andere Elternteil seit 08/2023 keinen Unterhalt zahlt. Ein Umgang findet nicht statt. Die Belehrung über Anzeigepflichten nach § 6 Abs. 4 UVG wurde ausgehändigt.

Bewilligung ab 01.01.2025, Kassenzeichen {AZ(KZ_ASLAN)}.
"""


@doc("outlook", "anwalt_tr_englisch")
def d10():
    return f"""From: Av. {P("Zeynep Arslan")} <{E("zeynep.arslan@arslanhukuk.com.tr")}>
To: {N(MAIL_UV)}
Cc: {E("emrecelik_91@hotmail.com")}
Date: 11 March 2025 14:05
Subject: Your ref. {AZ("UV 51.21-0107/25")} – {P("Emre Çelik")} – child {P("Elif Aslan")}

Dear Sir or Madam,

I am writing to you as the attorney of Mr. {P("Emre Çelik")} (T.C. Kimlik No. {SSN(TCKN_CELIK)}), who has received your letter dated 10 February 2025 concerning maintenance for the child {P("Elif Aslan")}, born {DOB("27.08.2020")}.

My client wishes to state the following:

1. My client signed the acknowledgement of paternity in Zwickau in October 2020 under pressure and without legal advice. He has serious doubts that he is the biological father of {P("Elif")}. A paternity action (soybağının reddi) has been filed before the İzmir 4th Family Court under Esas No. {AZ("2025/287")}.
2. My client is currently unemployed and lives with his parents at {A("Cemal Gürsel Caddesi No: 318 D: 6")}, {A("35550 Karşıyaka/İzmir")}. He has no income which could be seized.
3. My client is prepared to take part in a DNA test if the German side bears the costs. Ms. {P("Derya Aslan")} and the child would have to give samples in Germany.

Please direct all further correspondence to my office and not to my client directly.

Kind regards,

Av. {P("Zeynep Arslan")}
Arslan Hukuk Bürosu
{A("Şehit Nevres Bulvarı No: 9 Kat: 4")}, {A("35210 Alsancak/İzmir")}
T: {T("+90 232 463 71 05")}
"""


@doc("word", "urkunde_vaterschaftsanerkennung_at", flags=["SEXUAL_ORIENTATION"])
def d11():
    return f"""Urkundenrolle Nr. {AZ("112/2025")}

Verhandelt im Jugendamt der Stadt Zwickau, {N(OFFICE_STREET)}, {N(OFFICE_CITY)}, am 04. April 2025

Vor mir, der nach § 59 SGB VIII ermächtigten Urkundsperson {P("Mandy Seidel")}, erschienen heute:

1. Herr {P("Florian Gruber")}, geboren am {DOB("30.10.1987")} in Wien, österreichischer Staatsangehöriger, wohnhaft {A("Quellenstraße 112/2/14")}, {A("1100 Wien")}, Österreich,
   ausgewiesen durch österreichischen Reisepass Nr. {PASS(PASS_GRUBER)},

2. Frau {P("Kristin Böhme")}, geboren am {DOB("08.12.1990")} in Zwickau, wohnhaft {A("Scheffelstraße 31")}, {A("08066 Zwickau")},
   ausgewiesen durch Personalausweis Nr. {IDC(IDC_BOEHME)}.

Die Erschienenen sind der Urkundsperson nicht persönlich bekannt. Ein Dolmetscher wurde nicht benötigt.

I. Anerkennung der Vaterschaft
Herr {P("Gruber")} erklärt: Ich erkenne die Vaterschaft für das Kind {P("Mila Böhme")}, geboren am {DOB("19.02.2025")} in Zwickau, an.

II. Zustimmung der Mutter
Frau {P("Böhme")} erklärt: Ich stimme der Anerkennung zu. Ich bin seit dem 14.06.2022 mit Frau {P("Johanna Böhme")}, geb. {P("Lorenz")}, verheiratet. Meine Ehefrau ist nicht Elternteil des Kindes im Sinne des § 1592 BGB; eine Stiefkindadoption ist nicht beabsichtigt. Herr {P("Gruber")} ist der leibliche Vater; die Zeugung erfolgte im Rahmen einer privaten Samenspende.

III. Hinweise
Die Urkundsperson hat darauf hingewiesen, dass für die Wirksamkeit auch das österreichische Recht zu beachten sein kann (Art. 19 EGBGB) und dass mit der Anerkennung Unterhaltspflichten des Vaters entstehen. Herr {P("Gruber")} wünscht eine Ausfertigung an das Standesamt Wien-Favoriten.

Vorgelesen, genehmigt und eigenhändig unterschrieben:

gez. {P("Florian Gruber")}          gez. {P("Kristin Böhme")}

{P("Mandy Seidel")}
Urkundsperson
"""


@doc("outlook", "arbeitgeber_at_antwort")
def d12():
    return f"""Von: {P("Elisabeth Hofer")} <{E("e.hofer@murtal-logistik.at")}>
An: {P("Katrin Schuster")} <{E("k.schuster@zwickau.de")}>
Gesendet: Donnerstag, 23. Jänner 2025 09:12
Betreff: AW: Auskunftsersuchen § 6 UVG – Hr. {P("Stefan Pichler")}, Ihr Zeichen {AZ("UV 51.21-0255/24")}

Sehr geehrte Frau {P("Schuster")},

bezugnehmend auf Ihr Schreiben vom 7. Jänner dürfen wir Ihnen mitteilen, dass Herr {P("Stefan Pichler")}, geb. {DOB("21.08.1985")}, SV-Nr. {SSN(SVNR_PICHLER)}, seit 01.09.2022 als Lagerlogistiker in unserem Betrieb in Graz-Puntigam beschäftigt ist (Vollzeit, 38,5 Wochenstunden, Kollektivvertrag Speditionen).

Die Bezüge der letzten sechs Monate (Juli bis Dezember 2024) betrugen netto durchschnittlich EUR 2.186,40 monatlich (ohne Sonderzahlungen). Urlaubszuschuss und Weihnachtsremuneration wurden im Juni bzw. November ausbezahlt. Die Lohnzettel (L16) liegen bei.

Gegen Herrn {P("Pichler")} ist beim Bezirksgericht Graz-West bereits eine Gehaltsexekution zu {AZ("215 E 3318/24m")} vorgemerkt (Gläubigerin: eine Bank); wir bitten um Verständnis, dass wir weitere Auskünfte zu Drittschuldnererklärungen nur dem Gericht erteilen.

Als Wohnadresse ist bei uns gemeldet: {A("Triester Straße 141/2/9")}, {A("8020 Graz")}.

Mit freundlichen Grüßen

Mag. {P("Elisabeth Hofer")}
Personalverrechnung
Murtal Logistik GmbH | {N("Puchstraße 210")} | {N("8055 Graz")}
T {T("+43 316 291 804-23")} | F {N("+43 316 291 804-99")}
FN 384117 t | UID {N("ATU65281937")}
"""


@doc("word", "zahlungsliste_uv")
def d13():
    rows = [
        (KZ_LEISTNER, "Leistner, Emilia", "14.03.2019", "Leistner, Sandra", IBAN_LEISTNER, "299,00"),
        (KZ_LEISTNER, "Leistner, Ben", "02.11.2021", "Leistner, Sandra", IBAN_LEISTNER, "227,00"),
        (KZ_MARIN, "Marin, Sofia", "11.07.2018", "Marin, Larisa", IBAN_LMARIN, "299,00"),
        (KZ_ASLAN, "Aslan, Elif", "27.08.2020", "Aslan, Derya", IBAN_ASLAN, "227,00"),
        (KZ_PICHLER, "Kretzschmar, Noah", "09.12.2013", "Kretzschmar, Jessica", IBAN_KRETZSCHMAR, "394,00"),
        (KZ_STOICA, "Stoica, Denisa", "03.04.2015", "Stoica, Florentina", IBAN_FSTOICA, "299,00"),
        (KZ_STOICA, "Stoica, Marius", "18.10.2012", "Stoica, Florentina", IBAN_FSTOICA, "394,00"),
        (KZ_RICHTER, "Richter, Lukas", "22.09.2016", "Richter, Nadine", IBAN_RICHTER, "299,00"),
        (KZ_FIEDLER, "Fiedler, Leonie", "30.05.2017", "Fiedler, Peggy", IBAN_FIEDLER, "299,00"),
        (KZ_WHITFIELD, "Whitfield, Charlotte", "16.06.2011", "Whitfield, Stefanie", IBAN_SWHITFIELD, "394,00"),
    ]
    lines = []
    for i, (kz, child, born, payee, iban, amount) in enumerate(rows, 1):
        lines.append(f"{i:>2} | {AZ(kz)} | {P(child)} | {DOB(born)} | {P(payee)} | {IB(iban.replace(' ', ''))} | {amount}")
    table = "\n".join(lines)
    total = eur(sum(de_amount(r[5]) for r in rows))
    return f"""Stadt Zwickau – Jugendamt – Unterhaltsvorschuss
Zahlungsliste laufende Leistungen Juni 2025 (Auszug, Anordnung an Stadtkasse)
Erstellt: 26.05.2025 · Anordnende: {P("K. Schuster")} · sachlich richtig: {P("A. Lippold")}

Nr | Kassenzeichen | Kind | geb. | Zahlungsempfänger/in | IBAN | Betrag EUR
{table}

Summe: {total} EUR ({len(rows)} Zahlfälle)
Buchung zulasten HHSt. 3630.3310, Fälligkeit 01.06.2025.
Hinweis Stadtkasse: Rücklastschrift Mai bei Nr. 6/7 geklärt, neue Bankverbindung ab Juni bereits berücksichtigt.
"""


@doc("outlook", "arbeitgeber_usa_iwo")
def d14():
    return f"""From: {P("Tamara Jenkins")} <{E("tjenkins@midwestfreight-solutions.com")}>
To: {P("Nguyen, Tobias")} <{E("t.nguyen@zwickau.de")}>
Sent: Wednesday, April 16, 2025 3:48 PM
Subject: RE: Income Withholding for Support – Employee {P("Derek Whitfield")} – Case {AZ("7043219865")}

Hello Mr. {P("Nguyen")},

Thank you for your e-mail. Please note that we can only implement an Income Withholding for Support (IWO) that comes to us through the Ohio Child Support Enforcement Agency or a U.S. court. A letter from a German agency alone is not sufficient for payroll.

For your records, we confirm the following:

Employee name: {P("Derek J. Whitfield")}
SSN: {SSN(SSN_WHITFIELD)}
Date of birth: {DOB("11/07/1982")}
Home address on file: {A("2287 Sunbury Road, Apt 4")}
                      {A("Columbus, OH 43219")}
Position: Dispatcher, full-time since 06/2021
Pay frequency: bi-weekly

We have received one IWO from Franklin County CSEA (case no. {AZ("7043219865")}) on 03/28/2025 and the first deduction will be made from the paycheck of 04/25/2025. Any payments are remitted to Ohio CSPC, not to the obligee directly.

If you need anything further, please have the agency contact us.

Best regards,

{P("Tamara Jenkins")}
HR & Payroll Specialist
Midwest Freight Solutions LLC
{N("4110 Groves Road")}, {N("Columbus, OH 43232")}
Direct: {T("(614) 555-0187")} | Main: {N("(614) 555-0100")}
"""


@doc("word", "ersuchen_bfj_usa")
def d15():
    return f"""{letterhead()}

Bundesamt für Justiz
– Zentrale Behörde für Auslandsunterhalt –
{N("Adenauerallee 99-103")}
{N("53113 Bonn")}

Unser Zeichen: {AZ("BS-2019-0088")} / Rückgriff {AZ("UV 51.21-0049/19")}
Bearbeiter: {P("Tobias Nguyen")}, Tel. {T("0375 83-4426")}
Zwickau, 22.04.2025

Geltendmachung von Kindesunterhalt in den Vereinigten Staaten (Ohio) nach dem AUG
Ihr Aktenzeichen: {AZ("II 3 – 8024/25 US")}

Sehr geehrte Damen und Herren,

in der oben genannten Sache übersenden wir die ergänzenden Angaben zum Ersuchen vom 12.02.2025.

Berechtigtes Kind: {P("Charlotte Whitfield")}, geb. {DOB("16.06.2011")} in Zwickau, wohnhaft bei der Mutter {P("Stefanie Whitfield")}, {A("Planitzer Straße 55")}, {A("08064 Zwickau")}

Verpflichteter: {P("Derek James Whitfield")}
  geboren am {DOB("07.11.1982")} in Dayton, Ohio, US-amerikanischer Staatsangehöriger
  Reisepass der USA Nr. {PASS(PASS_WHITFIELD)} (laut Kopie in der Scheidungsakte, gültig bis 2029)
  Social Security Number: {SSN(SSN_WHITFIELD)}
  Anschrift: {A("2287 Sunbury Road, Apt 4")}, {A("Columbus, OH 43219")}
  Arbeitgeber: Midwest Freight Solutions LLC, Columbus (Disponent)

Titel: Beschluss des Amtsgerichts Zwickau vom 19.09.2022, Az. {AZ("3 F 411/22")}, rechtskräftig; dynamischer Unterhalt 100 % des Mindestunterhalts.
Rückstand zum 31.03.2025: 11.486,00 EUR, davon auf das Land übergegangen (UVG): 9.112,00 EUR.

Nach Mitteilung der Arbeitgeberin (Ms. {P("Jenkins")}, HR) ist bereits ein Verfahren der Franklin County CSEA unter der Nummer {AZ("7043219865")} anhängig. Wir bitten, über die US-Behörde zu klären, ob dieses Verfahren auf unserem Ersuchen beruht, und um Mitteilung, an wen Zahlungen weitergeleitet werden. Die Mutter, Frau {P("Whitfield")}, hat uns gebeten, Zahlungen für sie über das Jugendamt abzuwickeln.

Anlagen: Rückstandsberechnung, beglaubigte Übersetzung des Beschlusses, Formular „General Testimony"

Mit freundlichen Grüßen
Im Auftrag
{P("Tobias Nguyen")}
"""


@doc("outlook", "interne_mail_kurz")
def d16():
    return f"""Von: {P("Schuster, Katrin")}
An: {P("Lippold, Annett")}
Gesendet: Freitag, 30. Mai 2025 12:37
Betreff: {P("marin")} / {AZ("3 FH 58/25")} - kurze frage

{P("annett")},

kurz zu {P("marin")}: der beschluss ist da, jetzt hat sich der vater per mail gemeldet (englisch, will herabsetzung, angeblich bandscheiben-op). soll ich das an {P("ronny")} geben weil beistandschaft oder machen wir das im rückgriff? frau {P("marin")} hat heute auch angerufen ({T("0162 5519073")}), sie sagt {P("adrian")} arbeitet schwarz bei seinem cousin in iaşi auf dem bau. beweise hat sie keine.

uv läuft weiter unter {AZ(KZ_MARIN)}, rückgriff hab ich noch nicht angelegt.

schönes we
{P("katrin")}
"""


@doc("word", "protokoll_fallbesprechung")
def d17():
    return f"""Protokoll Fallbesprechung „Rückgriff Ausland" vom 21.05.2025

Teilnehmende: {P("Annett Lippold")} (SGL, Leitung), {P("Katrin Schuster")}, {P("Tobias Nguyen")}, {P("Ronny Weißflog")}, {P("Mandy Seidel")} (Protokoll)
Ort: Beratungsraum 2.14, Beginn 09:00 Uhr, Ende 10:40 Uhr

TOP 1 – Polen
a) {P("Wiśniewski")} ./. {P("Leistner")} ({AZ("UV 51.21-0318/25")}): Verdienstbescheinigung liegt vor (netto ca. 4.470 PLN). Leistungsfähigkeit für zwei Kinder teilweise gegeben. Antrag nach EuUntVO über BfJ vorbereiten. Zuständig: {P("T. Nguyen")}.
b) {P("Zieliński")} ({AZ("UV 51.21-0502/24")}): Grenzgänger, arbeitet in Görlitz. Lohnpfändung beim deutschen Arbeitgeber möglich, Titel vorhanden. Zuständig: {P("K. Schuster")}.
c) {P("Kowalczyk")} ({AZ("UV 51.21-0611/22")}): laut CEIDG seit 01/2025 selbständig (Transportunternehmen in Lubin), VAT-UE {VAT("PL" + nip_pl())}. Einkommensnachweise über Zentrale Behörde anfordern.

TOP 2 – Tschechien
{P("Horák")} ({AZ("BS-2023-0412")}): Anwalt behauptet Barzahlungen an die Mutter; Frau {P("Richter")} bestreitet laut Telefonat vom 16.05. Rückstandsaufstellung geht an UMPOD. Zuständig: {P("R. Weißflog")}, Vertretung ab 08.05. {P("A. Lippold")}.

TOP 3 – Rumänien
a) {P("Marin")} ({AZ("3 FH 58/25")}): Beschluss vom 12.05. liegt vor, Vollstreckung über Zentrale Behörde Bukarest. Vorher Zustellnachweis prüfen.
b) {P("Stoica")} ({AZ("UV 51.21-0866/23")}): Aufenthalt des Vaters weiter ungeklärt, neue Hinweise auf Craiova (siehe Vermerk Aufenthaltsermittlung). Frau {P("Stoica")} hat Beschwerde über die Behandlung im Jobcenter angekündigt; Gesprächsangebot durch SGL.

TOP 4 – Türkei
{P("Çelik")} ({AZ("UV 51.21-0107/25")}): Anfechtungsklage in İzmir anhängig. Rückgriff ruht bis zur Entscheidung; Abstammungsgutachten liegt inzwischen vor (Vaterschaft bestätigt), Übermittlung an Anwältin {P("Arslan")} nach Rücksprache mit Frau {P("Aslan")}.

TOP 5 – Österreich / USA
{P("Pichler")} ({AZ("UV 51.21-0255/24")}): Mahnung raus, Anwalt hat Herabsetzung beantragt. {P("Whitfield")} ({AZ("BS-2019-0088")}): BfJ eingeschaltet, US-Lohnabzug läuft über Ohio.

Nächste Fallbesprechung: 18.06.2025.
gez. {P("Seidel")}
"""


@doc("outlook", "mutter_mail_beistandschaft", flags=["HEALTH"])
def d18():
    return f"""Von: {P("Nadine Richter")} <{E("nadine.richter.zw@t-online.de")}>
An: {P("Ronny Weißflog")} <{E("r.weissflog@zwickau.de")}>
Gesendet: Freitag, 16. Mai 2025 20:02
Betreff: {P("Lukas")} / Herr {P("Horák")} - Barzahlung stimmt nicht!!

Sehr geehrter Herr {P("Weißflog")},

Ihre Kollegin hat mich heute angerufen wegen angeblicher Barzahlungen. Ich stelle das hiermit klar: {P("Tomáš")} hat mir im Dezember KEINE 5000 Kronen gegeben. Er hat {P("Lukas")} zu Weihnachten einen Roller geschenkt und einmal 200 Euro überwiesen, das war alles, den Kontoauszug hänge ich an (Konto {IB(IBAN_RICHTER)}).

Außerdem bitte ich Sie zu berücksichtigen, dass {P("Lukas")} seit Januar Diabetes Typ 1 hat und eine Insulinpumpe bekommt. Ich musste meine Stunden reduzieren weil ich ihn in der Schule oft abholen muss wenn die Werte entgleisen. Das Geld fehlt an allen Ecken.

Wir sind übrigens umgezogen, neue Anschrift ab 01.05.:
{A("Kopernikusstraße 9")}
{A("08056 Zwickau")}

Bitte auch an die Unterhaltsvorschusskasse weitergeben ({AZ(KZ_RICHTER)}). Ich bin am besten abends unter {T("0157 32094418")} zu erreichen.

Mit freundlichen Grüßen
{P("Nadine Richter")}
"""


@doc("word", "entgeltabrechnung_grenzgaenger", flags=["RELIGION", "UNION"])
def d19():
    return f"""[Eingangsstempel: Jugendamt Zwickau, 12.06.2025, {AZ("UV 51.21-0502/24")} – {P("Nguyen")}]

Lausitzer Metallbau GmbH · {N("Am Flugplatz 12")} · {N("02828 Görlitz")}

Herrn
{P("Marek Zieliński")}
{A("ul. Daszyńskiego 16/3")}
{A("59-900 Zgorzelec")}
POLEN

Abrechnung der Brutto/Netto-Bezüge für Mai 2025

Personal-Nr.      {AZ("004172")}
Geburtsdatum      {DOB("17.03.1979")}
Eintritt          01.04.2019
Steuer-ID         {TID(TID_ZIELINSKI)}
StKl/Fak/KiFb     1 / – / 0,5
Konfession        rk
SV-Nummer         {SSN(SV_ZIELINSKI)}
Krankenkasse      AOK PLUS, KV-Nr. {KV(KV_ZIELINSKI)}
Tätigkeit         Schweißer, Vollzeit

Bezeichnung                         Betrag EUR
Grundlohn 168,00 Std. à 19,40        3.259,20
Schichtzulage                         186,40
Überstunden 25 %                      145,50
Gesamtbrutto                         3.591,10

Lohnsteuer                            392,16
Solidaritätszuschlag                    0,00
Kirchensteuer rk                       31,37
Krankenversicherung                   290,88
Pflegeversicherung                     75,41
Rentenversicherung                    333,97
Arbeitslosenversicherung               46,68
Nettoverdienst                       2.420,63

Abzüge:
Gewerkschaftsbeitrag IG Metall         35,91
Pfändung lt. PfÜB AG Görlitz {AZ("12 M 884/24")}   290,00
Vermögenswirksame Leistung             40,00

Auszahlungsbetrag                    2.054,72
Überweisung auf {IB(IBAN_ZIELINSKI)}

Hinweis: PESEL {SSN(PESEL_ZIELINSKI)} lt. Grenzgängerbescheinigung in der Personalakte.
"""


@doc("outlook", "bfj_weiterleitung_tr")
def d20():
    return f"""Von: {P("Kerstin Ohlendorf")} <{E("kerstin.ohlendorf@bfj.bund.de")}>
An: {P("Tobias Nguyen")} <{E("t.nguyen@zwickau.de")}>
Gesendet: Mittwoch, 11. Juni 2025 08:55
Betreff: WG: Talep / Ersuchen {P("Emre Çelik")} – Ihr Zeichen {AZ("UV 51.21-0107/25")} – unser Az. {AZ("II 3 – 5517/25 TR")}

Sehr geehrter Herr {P("Nguyen")},

anbei erhalten Sie die Antwort des türkischen Justizministeriums in Übersetzung zur Kenntnis. Das Original (türkisch) ist beigefügt. Bitte teilen Sie uns mit, ob die Anerkennung weiter betrieben werden soll, solange das Anfechtungsverfahren in İzmir anhängig ist.

Mit freundlichen Grüßen
Im Auftrag
{P("Ohlendorf")}
Bundesamt für Justiz, Referat II 3
Tel. {T("0228 99410-5217")}

-----Original Message-----
From: Dış İlişkiler ve Avrupa Birliği Genel Müdürlüğü <{N("diabgm@adalet.gov.tr")}>
Sent: 06.06.2025 10:31
To: Zentrale Behörde Auslandsunterhalt
Subject: Nafaka talebi – {P("Emre Çelik")}

(Übersetzung) Auf Ihr Ersuchen wird mitgeteilt, dass der Unterhaltsschuldner {P("Emre Çelik")}, Sohn des {P("Hüseyin")} und der {P("Ayşe")}, geboren am {DOB("14.05.1991")} in Karşıyaka, T.C. Kimlik No. {SSN(TCKN_CELIK)}, nach dem Adressregister (MERNİS) seit dem 02.04.2025 unter der Anschrift {A("Mavişehir Mah. 2042 Sok. No: 7 D: 11")}, {A("35590 Karşıyaka/İzmir")} gemeldet ist. Der Genannte ist im Besitz des Reisepasses Nr. {PASS(PASS_CELIK)}.

Beim İzmir 4. Aile Mahkemesi ist unter Esas No. {AZ("2025/287")} eine Klage auf Anfechtung der Vaterschaft anhängig; die nächste Verhandlung ist auf den 17.09.2025 bestimmt. Über das Verfahren zur Anerkennung der deutschen Urkunde kann erst nach Abschluss dieses Verfahrens entschieden werden.

Nach Auskunft der Sozialversicherungsanstalt (SGK) ist der Schuldner seit dem 01.05.2025 bei einem Textilunternehmen in Menemen versicherungspflichtig beschäftigt.

Genel Müdür a.
Av. {N("Mehmet Ali Karaca")}
Daire Başkanı
"""


@doc("word", "mahnung_at")
def d21():
    return f"""{letterhead()}

Herrn
{P("Stefan Pichler")}
{A("Triester Straße 141/2/9")}
{A("8020 Graz")}
ÖSTERREICH

Ihr Zeichen: –                      Datum: 02.05.2025
Unser Zeichen: {AZ("UV 51.21-0255/24")}
Kassenzeichen: {AZ(KZ_PICHLER)}
Auskunft: {P("Katrin Schuster")}, Zimmer 2.07, Tel. {T("+49 375 83-4417")}

Zahlungserinnerung – übergegangener Unterhaltsanspruch für {P("Noah Kretzschmar")}, geb. {DOB("09.12.2013")}

Sehr geehrter Herr {P("Pichler")},

mit Schreiben vom 14.02.2025 haben wir Sie aufgefordert, den auf den Freistaat Sachsen übergegangenen Unterhalt für Ihren Sohn {P("Noah")} zu zahlen. Ein Zahlungseingang ist bis heute nicht festzustellen.

Zeitraum                 Leistung UVG       gezahlt        offen
01.09.–31.12.2024        4 × 395,00 EUR     0,00 EUR       1.580,00 EUR
01.01.–30.04.2025        4 × 394,00 EUR     0,00 EUR       1.576,00 EUR
Summe                                                      3.156,00 EUR

Bitte überweisen Sie den Betrag von 3.156,00 EUR bis zum 30.05.2025 auf das Konto der Stadtkasse Zwickau
IBAN {N(STADTKASSE)} · BIC WELADED1ZWI
Verwendungszweck: {AZ(KZ_PICHLER)} {P("Pichler")}

Nach unseren Unterlagen erzielen Sie bei der Murtal Logistik GmbH ein Nettoeinkommen von rund 2.186 EUR. Sie sind daher leistungsfähig. Zahlen Sie nicht fristgerecht, werden wir die gerichtliche Festsetzung beantragen und die Vollstreckung in Österreich über die Zentrale Behörde betreiben (Art. 17 ff. EuUntVO).

Sollten Sie nicht in der Lage sein, den Betrag auf einmal zu zahlen, können Sie uns eine Ratenzahlung vorschlagen.

Mit freundlichen Grüßen
Im Auftrag
{P("Schuster")}
"""


@doc("outlook", "anwalt_at_einwand", flags=["HEALTH"])
def d22():
    return f"""Von: Kanzlei Mag. Dr. {P("Lechner")} <{E("office@ra-lechner-graz.at")}>
An: {N(MAIL_UV)}
Cc: {P("Stefan Pichler")} <{E("steff.pichler85@gmx.at")}>
Gesendet: Dienstag, 20. Mai 2025 16:22
Betreff: {P("Pichler Stefan")} / Ihr Zeichen {AZ("UV 51.21-0255/24")} – Vollmachtsbekanntgabe und Stellungnahme

Sehr geehrte Damen und Herren,

ich gebe bekannt, dass mich Herr {P("Stefan Pichler")}, {A("Triester Straße 141/2/9")}, {A("8020 Graz")}, mit seiner rechtsfreundlichen Vertretung beauftragt hat; ich berufe mich auf die erteilte Vollmacht (§ 8 RAO).

Zu Ihrer Zahlungserinnerung vom 02.05.2025 halte ich fest:

1. Mein Mandant ist seit 10.03.2025 wegen einer mittelgradigen depressiven Episode im Krankenstand und bezieht seit 21.04.2025 nur mehr Krankengeld der ÖGK (täglich EUR 49,13). Die von Ihnen angenommenen EUR 2.186 netto werden derzeit nicht erzielt.
2. Mein Mandant ist mit Frau {P("Sabine Pichler")} verheiratet und für die gemeinsame Tochter {P("Valentina")}, geb. {DOB("03.11.2023")}, unterhaltspflichtig. Diese Sorgepflicht ist bei der Bemessung zu berücksichtigen.
3. Der Anspruch für 09–12/2024 wird dem Grunde nach anerkannt. Mein Mandant bietet eine Ratenzahlung von EUR 150,00 monatlich ab Juni 2025 an, Überweisung von seinem Konto {IB(IBAN_PICHLER)}.

Ich ersuche um Zusendung der Berechnungsgrundlagen und einer Kopie des Bewilligungsbescheids betreffend den mj. {P("Noah Kretzschmar")} zu Handen der Kanzlei.

Mit freundlichen Grüßen

Mag. Dr. {P("Bernhard Lechner")}
Rechtsanwalt
{A("Grieskai 48")}, {A("8020 Graz")}
Tel. {T("+43 316 713 390")}, Fax {T("+43 316 713 390-20")}
"""


@doc("word", "abstammungsgutachten_auszug", flags=["GENETIC", "BIOMETRIC"])
def d23():
    return f"""Institut für Rechtsmedizin – Abteilung Forensische Genetik
{N("Johannisallee 28")} · {N("04103 Leipzig")}

Abstammungsgutachten – Zusammenfassung
Gutachten-Nr.: {AZ("FG-2025-0418")}
Auftraggeber: Jugendamt der Stadt Zwickau, Az. {AZ("UV 51.21-0107/25")}, mit Einwilligung aller Beteiligten nach § 17 GenDG

Untersuchte Personen:
Kind:               {P("Elif Aslan")}, geb. {DOB("27.08.2020")}, Probenahme 14.04.2025 in Leipzig
Mutter:             {P("Derya Aslan")}, geb. {DOB("09.04.1994")}, Personalausweis {IDC(IDC_ASLAN)}, Probenahme 14.04.2025 in Leipzig
Putativer Vater:    {P("Emre Çelik")}, geb. {DOB("14.05.1991")}, Reisepass {PASS(PASS_CELIK)}, Probenahme 29.04.2025 im Deutschen Generalkonsulat İzmir durch Vertrauensarzt Dr. {P("Kemal Tunç")}

Identitätssicherung: Bei allen Probanden wurden ein Lichtbild angefertigt und der Abdruck des rechten Zeigefingers genommen; die Lichtbilder wurden mit den Ausweisdokumenten verglichen. Probenart: Mundschleimhautabstriche (je zwei).

Methode: Typisierung von 23 autosomalen STR-Systemen (u. a. D3S1358, vWA, D16S539, CSF1PO, TPOX, D8S1179, D21S11, D18S51, FGA, SE33) sowie Amelogenin.

Ergebnis: In allen untersuchten Systemen besitzt das Kind ein mit Herrn {P("Çelik")} übereinstimmendes väterliches Merkmal. Ausschlusskonstellationen liegen nicht vor. Der Paternitätsindex beträgt 4,8 × 10^9, die Wahrscheinlichkeit der Vaterschaft (Essen-Möller, a-priori 0,5) W = 99,99999998 %.

Bewertung: Die Vaterschaft des Herrn {P("Emre Çelik")} zu dem Kind {P("Elif")} ist praktisch erwiesen.

Leipzig, 19.05.2025
Dr. rer. nat. {P("Sabine Wendt")}, Sachverständige für forensische Genetik
PD Dr. med. {P("Holger Brandauer")}, Facharzt für Rechtsmedizin
"""


@doc("outlook", "mutter_ro_beschwerde", flags=["ETHNICITY"])
def d24():
    return f"""Von: {P("Florentina Stoica")} <{E("florentina.stoica1991@gmail.com")}>
An: {N(MAIL_UV)}
Gesendet: Sonntag, 18. Mai 2025 22:47
Betreff: Geld fur {P("Denisa")} und {P("Marius")}

Guten Tag,

ich bin {P("Florentina Stoica")}, die Mama von {P("Denisa")} ({DOB("03.04.2015")}) und {P("Marius")} ({DOB("18.10.2012")}). Ich schreibe weil im Mai kein Geld gekommen ist auf Konto. Die Bank sagt Rucklastschrift, ich habe neue Konto jetzt: {IB(IBAN_FSTOICA)}. Bitte zahlen.

Der Vater {P("Ionuț")} zahlt nichts seit 2 Jahre. Er ist in Craiova, seine Mutter wohnt {A("Str. Brestei nr. 117")}, {A("200177 Craiova")}, da ist er immer. Telefon von ihm {T("+40 766 204 381")}. Er hat auch noch das Auto mit Zwickau Nummer {KFZ("Z-IS 884")}, das fährt er jetzt in Rumänien.

Und noch etwas: im Jobcenter die Frau hat gesagt zu mir "ihr Zigeuner wollt immer nur Geld". Wir sind Roma aber wir sind nicht so. Ich arbeite in Reinigung 20 Stunden und {P("Marius")} geht jeden Tag zur Schule. Ich mochte das sie wissen. Kann jemand von Jugendamt mir helfen mit Beschwerde?

Meine Adresse ist immer noch {A("Crimmitschauer Str. 70")}, {A("08058 Zwickau")}, Handy {T("01521 7730458")}.

Danke
{P("Florentina Stoica")}
"""


@doc("word", "vermerk_aufenthaltsermittlung_ro")
def d25():
    return f"""Vermerk – Aufenthaltsermittlung Unterhaltspflichtiger

Az.: {AZ("UV 51.21-0866/23")}      Kassenzeichen: {AZ(KZ_STOICA)}
Kinder: {P("Denisa Stoica")}, geb. {DOB("03.04.2015")}; {P("Marius Stoica")}, geb. {DOB("18.10.2012")}
Pflichtiger: {P("Ionuț Stoica")}, geb. {DOB("25.06.1986")} in Craiova (RO)

1. Melderegister (EWO-Abfrage 20.05.2025): bis 31.07.2023 gemeldet {A("Crimmitschauer Str. 70")}, {A("08058 Zwickau")}; Abmeldung nach Rumänien ohne Zielanschrift. Ausweisdokument lt. Melderegister: rumänischer Personalausweis {IDC(IDC_STOICA)}, CNP {SSN(CNP_STOICA)}.

2. Halterabfrage KBA (21.05.2025): Pkw VW Passat, amtl. Kennzeichen {KFZ("Z-IS 884")}, Halter {P("Ionuț Stoica")}, Fahrzeug zum 14.11.2024 außer Betrieb gesetzt (Ausfuhr). Nach Angabe der Mutter in Rumänien neu zugelassen, mutmaßlich Kennzeichen {KFZ("DJ 07 SIO")}.

3. Finanzamt Zwickau (Auskunft nach § 21 Abs. 4 SGB X): von 2020 bis 2023 Einzelunternehmen Trockenbau, Steuernummer {TNR(steuernummer_sn())}, USt-IdNr. {VAT(ids.vat_id())}; Gewerbe zum 30.06.2023 abgemeldet.

4. Deutsche Rentenversicherung: Versicherungsnummer {SSN(SV_STOICA)}; letzte Pflichtbeiträge 06/2023 (Arbeitgeber: Zeitarbeitsfirma in Zwickau). Keine Leistungsbezüge.

5. Hinweise Kindesmutter (Mail vom 18.05.2025): Aufenthalt vermutlich bei der Mutter des Pflichtigen, {A("Str. Brestei nr. 117")}, {A("200177 Craiova")}; Mobilnummer {T("+40 766 204 381")}.

6. Ergebnis: Antrag auf Aufenthaltsermittlung nach Art. 61 EuUntVO über das BfJ an die rumänische Zentrale Behörde stellen; Anschrift Craiova als Zustellanschrift angeben. Bis dahin Niederschlagung nicht veranlasst.

Zwickau, 22.05.2025
{P("Nguyen")}
"""


@doc("outlook", "mutter_mail_handy")
def d26():
    return f"""Von: {P("Jessi Kretzschmar")} <{E("jessi.k2013@icloud.com")}>
An: {E("k.schuster@zwickau.de")}
Gesendet: 04.06.2025 06:58
Betreff: {P("Noah")} unterhalt

hallo frau {P("schuster")}

nur kurz, der {P("stefan")} (vater von {P("noah")}) ist nich mehr krankgeschrieben u arbeitet jetzt in wien bei einer spedition, hat mir seine schwester erzählt. neue adresse weiß ich noch nicht, irgendwo im 21. bezirk. seine frau {P("sabine")} hat auf insta gepostet das sie nach wien gezogen sind. seine handynr ist noch die alte {T("+43 664 2817 305")}

die lastschrift für die schulfahrt kam zurück, geht das uv geld noch auf {IB(IBAN_KRETZSCHMAR.replace(" ", ""))} ?

lg {P("jessica kretzschmar")}

Von meinem iPhone gesendet
"""


@doc("word", "eu_formular_anhang_cz")
def d27():
    return f"""Verordnung (EG) Nr. 4/2009 – Anhang VII
ANTRAG AUF ANERKENNUNG, VOLLSTRECKBARERKLÄRUNG ODER VOLLSTRECKUNG EINER ENTSCHEIDUNG
(Auszug – ausgefüllt durch das Jugendamt Zwickau für die Zentrale Behörde)

Aktenzeichen der ersuchenden Stelle: {AZ("UV 51.21-0391/24")}
Aktenzeichen der Zentralen Behörde (BfJ): {AZ("II 3 – 6730/25 CZ")}

1. Antragsteller (berechtigte Person)
1.1 Name: {P("Fiedler")}                         1.2 Vorname(n): {P("Leonie")}
1.3 Geburtsdatum: {DOB("30.05.2017")}            1.4 Geburtsort: Zwickau
1.5 Anschrift: {A("Lengenfelder Straße 213")}, {A("08064 Zwickau")}, Deutschland
1.6 Gesetzlicher Vertreter: {P("Peggy Fiedler")} (Mutter), Anschrift wie 1.5, Tel. {T("+49 (0)375 2710934")}

2. Antragsgegner (verpflichtete Person)
2.1 Name: {P("Kučera")}                          2.2 Vorname(n): {P("Radek")}
2.3 Geburtsdatum: {DOB("11.11.1989")}            2.4 Geburtsort: Karlovy Vary
2.5 Staatsangehörigkeit: tschechisch
2.6 Identifikationsnummer: rodné číslo {SSN(RC_KUCERA)}; Personalausweis (občanský průkaz) Nr. {IDC(IDC_KUCERA)}
2.7 Anschrift: {A("Palackého 412/7")}, {A("360 01 Karlovy Vary")}, Tschechische Republik
2.8 Arbeitgeber (soweit bekannt): Porzellanmanufaktur in Karlovy Vary, Tätigkeit Lagerarbeiter
2.9 Vermögen (soweit bekannt): Pkw Škoda Octavia, Kennzeichen {KFZ("1KA 3857")}

3. Entscheidung
Jugendamtsurkunde vom 03.07.2018, UR-Nr. {AZ("208/2018")}, Jugendamt Zwickau (§ 59 Abs. 1 Nr. 3 SGB VIII); dynamisch 100 % des Mindestunterhalts.

4. Rückstand zum 31.05.2025: 6.212,00 EUR (Aufstellung in Anlage 2), davon nach § 7 UVG übergegangen: 5.380,00 EUR.

5. Zahlungen sind zu leisten an: Stadtkasse Zwickau, IBAN {N(STADTKASSE)}, Verwendungszweck {AZ(KZ_FIEDLER)}; für den nicht übergegangenen Teil an die Mutter, IBAN {IB(IBAN_FIEDLER)}.

Ort, Datum: Zwickau, 10.06.2025
Unterschrift / Dienstsiegel: {P("T. Nguyen")}, Jugendamt Zwickau
"""


@doc("outlook", "komornik_pl")
def d28():
    return f"""Od / From: Kancelaria Komornicza w Bolesławcu <{N("boleslawiec.komornik@komornik.pl")}>
Do / To: {P("Tobias Nguyen")} <{E("t.nguyen@zwickau.de")}>
Data / Date: 17.06.2025 13:26
Temat / Subject: Km {AZ("412/25")} – dłużnik / debtor {P("Paweł Wiśniewski")} – Ihr Zeichen {AZ("UV 51.21-0318/25")}

Dear Sir,

on behalf of Komornik Sądowy przy Sądzie Rejonowym w Bolesławcu {N("Tomasz Brzeziński")} I inform you about the status of the enforcement proceedings Km {AZ("412/25")} against the debtor:

{P("Paweł Wiśniewski")}
PESEL {SSN(PESEL_WIS)}
{A("ul. Kościuszki 23/5")}, {A("59-700 Bolesławiec")}

1. Zajęcie wynagrodzenia (seizure of salary) at the employer TRANS-KAR Sp. z o.o. was served on 28.05.2025. First transfer expected in July 2025.
2. Zajęcie rachunku bankowego (bank account) {IB(IBAN_WIS)} – the account balance was below the free amount; no funds were transferred.
3. The debtor declared in person on 10.06.2025 that he has another child ({P("Zuzanna W.")}) and asked for reduction. Such application must be filed to the court, not to the bailiff.

Payments will be transferred to the account given in the application (Stadtkasse Zwickau) with reference {AZ(KZ_LEISTNER)}.

Z poważaniem / Kind regards
{P("Monika Zając")}
asystent komornika
tel. {T("+48 75 612 08 44")} wew. 3
"""


@doc("word", "export_rueckgriff_ausland")
def d29():
    rows = [
        ("UV 51.21-0318/25", "Leistner, Emilia", "Wiśniewski, Paweł", "12.06.1984", "PL", "2.392,00", "Pfändung Km läuft"),
        ("UV 51.21-0318/25", "Leistner, Ben", "Wiśniewski, Paweł", "12.06.1984", "PL", "1.816,00", "Pfändung Km läuft"),
        ("UV 51.21-0502/24", "Hähnel, Oskar", "Zieliński, Marek", "17.03.1979", "PL", "4.120,00", "PfÜB zugestellt"),
        ("UV 51.21-0611/22", "Baumgärtel, Mia", "Kowalczyk, Dariusz", "02.02.1992", "PL", "8.655,00", "EA über BfJ"),
        ("BS-2023-0412", "Richter, Lukas", "Horák, Tomáš", "03.02.1988", "CZ", "5.968,00", "UMPOD"),
        ("UV 51.21-0391/24", "Fiedler, Leonie", "Kučera, Radek", "11.11.1989", "CZ", "6.212,00", "Anhang VII an BfJ"),
        ("BS-2024-0207", "Marin, Sofia", "Marin, Adrian", "29.01.1990", "RO", "3.792,00", "Herabsetzung?"),
        ("UV 51.21-0866/23", "Stoica, Denisa", "Stoica, Ionuț", "25.06.1986", "RO", "6.578,00", "AE Art. 61"),
        ("UV 51.21-0729/21", "Ullrich, Finn", "Dumitrescu, Cătălin", "19.09.1983", "RO", "12.004,00", "Niederschlagung prüfen"),
        ("UV 51.21-0107/25", "Aslan, Elif", "Çelik, Emre", "14.05.1991", "TR", "1.135,00", "ruht (Anfechtung)"),
        ("UV 51.21-0255/24", "Kretzschmar, Noah", "Pichler, Stefan", "21.08.1985", "AT", "3.156,00", f"RA {P('Lechner')}, Raten?"),
        ("BS-2019-0088", "Whitfield, Charlotte", "Whitfield, Derek", "07.11.1982", "US", "9.112,00", "IWO Ohio"),
    ]
    lines = [f"{AZ(az)};{P(child)};{P(debtor)};{DOB(born)};{country};{arrears};{status}"
             for az, child, debtor, born, country, arrears, status in rows]
    body = "\n".join(lines)
    total = eur(sum(de_amount(r[5]) for r in rows))
    return f"""Export Fachverfahren UVG – Liste „Rückgriff Ausland – offene Forderungen"
Stand: 30.06.2025 · Filter: Land <> DE, Rückstand > 0 · erstellt von {P("lippold_a")}

Aktenzeichen;Kind;Pflichtige/r;geb. Pflichtige/r;Land;Rückstand EUR;Status
{body}

{len(rows)} Datensätze · Summe Rückstand {total} EUR
Nur für den Dienstgebrauch – enthält Sozialdaten (§ 35 SGB I)
"""


@doc("outlook", "antwort_kreditkarte_usa")
def d30():
    return f"""Von: {P("Nguyen, Tobias")}
An: {P("Derek Whitfield")} <{E("d.whitfield82@gmail.com")}>
Gesendet: Montag, 23. Juni 2025 09:14
Betreff: AW: payment for {P("Charlotte")} - can I pay by card?

Dear Mr {P("Whitfield")},

thank you for your e-mail and your offer to pay part of the arrears directly. Unfortunately the city treasury cannot accept credit card payments. Please do not send card details by e-mail; for your own safety we recommend that you ask your bank to replace the card.

You can pay by international bank transfer to Stadtkasse Zwickau, IBAN {N(STADTKASSE)}, BIC WELADED1ZWI, reference {AZ(KZ_WHITFIELD)}. Any payment made through the Ohio CSPC will also be credited to your account; please keep the receipts.

Kind regards
{P("Tobias Nguyen")}
Jugendamt Zwickau – Rückgriff Ausland
Tel. {T("+49 375 83-4426")}

-----Ursprüngliche Nachricht-----
Von: {P("Derek Whitfield")} <{E("d.whitfield82@gmail.com")}>
Gesendet: Samstag, 21. Juni 2025 03:37
An: {E("t.nguyen@zwickau.de")}
Betreff: payment for {P("Charlotte")} - can I pay by card?

Hi Mr {P("Nguyen")},

I got the letter from the Bonn office forwarded by Franklin County. I know I am behind with the support for {P("Charlotte")} and I want to fix this now, she just turned 14. The payroll deduction started in April but it goes through Ohio and takes forever.

Can you just charge my Visa? Number is {CC(group(CC_WHITFIELD, 4))}, exp 09/27, name on card {P("DEREK J WHITFIELD")}. Take $1,500 for now please.

Also please tell {P("Steffi")} that I moved, new address is {A("915 Oak Street, Unit 2")}, {A("Columbus, OH 43205")}. Cell {T("+1 614-555-0143")}.

Thanks,
{P("Derek")}
"""


# ---------------------------------------------------------------- write

def main():
    out = []
    for i, (channel, template, fn, flags) in enumerate(DOCS, 1):
        out.append(build(f"F123-{i:03d}", channel, template, fn(), flags))
    assert len(out) == 30
    assert sum(d["channel"] == "outlook" for d in out) == 15
    total = sum(len(d["entities"]) for d in out)
    assert 450 <= total <= 650, total
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh123.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for d in out:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
