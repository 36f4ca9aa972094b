#!/usr/bin/env python3
"""Blind test batch F117: invented correspondence of the tax office (Steueramt) and city treasury (Stadtkasse) of a
Swabian city ("Stadt Filsingen", invented). Writes fresh117.jsonl next to this file: 30 documents, half Outlook, half
Word, with inline-marked personal data (see marks.py). Every random value comes from Identifiers(11717).rng, so two
runs give byte-identical output.

Conventions used beyond the README: the office's own switchboard, fax, functional mailboxes, street and bank accounts,
the addresses of companies and other authorities, land-register folios / parcel numbers and a dog's transponder
number are marked neutral ([[N|..]]); staff names, their direct dials and personal mailboxes are personal data;
titles (Dr., Mag., Sr.) and salutations stay outside person spans.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from marks import build  # noqa: E402
from identifiers import Identifiers, mod97_iban, mod11_10_check, luhn_check, icao_check, group  # noqa: E402

ids = Identifiers(11717)
R = ids.rng


def d(n, nz=False):
    return ids.digits(n, nz)


def pick(seq):
    return R.choice(seq)


def M(code, value):
    return f"[[{code}|{value}]]"


# ---------------------------------------------------------------- identifiers beyond identifiers.py (domain.md / published algorithms)
# Italian odd/even tables, shared by the codice fiscale check character and the CIN of an Italian BBAN.
_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                 12, 14, 16, 10, 22, 25, 24, 23]))
_EVEN = {**{str(i): i for i in range(10)}, **{chr(65 + i): i for i in range(26)}}


def _it_check_char(s):
    return chr(65 + sum(_ODD[c] if i % 2 == 0 else _EVEN[c] for i, c in enumerate(s)) % 26)


def _cf_part(s, is_name):
    s = "".join(c for c in s.upper() if "A" <= c <= "Z")
    cons = [c for c in s if c not in "AEIOU"]
    vow = [c for c in s if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]


def codice_fiscale(surname, name, year, month, day, female, comune):
    code = (_cf_part(surname, False) + _cf_part(name, True) + f"{year % 100:02d}" + "ABCDEHLMPRST"[month - 1]
            + f"{day + (40 if female else 0):02d}" + comune)
    return code + _it_check_char(code)


def partita_iva():
    body = d(10, True)
    return body + str(luhn_check(body))


def iban_it():
    abi, cab, conto = d(5, True), d(5, True), d(12)
    return mod97_iban("IT", _it_check_char(abi + cab + conto) + abi + cab + conto)


def iban_fr():
    bank, branch, account = d(5, True), d(5), d(11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return mod97_iban("FR", f"{bank}{branch}{account}{key:02d}")


def iban_ch():
    return mod97_iban("CH", d(5, True) + d(12))


def iban_li():
    return mod97_iban("LI", "0" + d(4, True) + d(12))


def iban_at():
    return mod97_iban("AT", d(5, True) + d(11))


def ahv_ch():
    body = "756" + d(9)
    check = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
    n = body + str(check)
    return f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}"


def uid_ch():
    while True:
        body = d(8, True)
        check = 11 - sum(int(c) * w for c, w in zip(body, [5, 4, 3, 2, 7, 6, 5, 4])) % 11
        if check == 10:
            continue
        n = body + str(0 if check == 11 else check)
        return f"CHE-{n[:3]}.{n[3:6]}.{n[6:]}"


def atu():
    body = d(7)
    total = sum(int(c) if i % 2 == 0 else (2 * int(c)) // 10 + (2 * int(c)) % 10 for i, c in enumerate(body))
    return "ATU" + body + str((10 - (total + 4) % 10) % 10)


def svnr_at(ddmmyy):
    while True:
        serial = d(3, True)
        check = sum(int(c) * w for c, w in zip(serial + ddmmyy, [3, 7, 9, 5, 8, 4, 2, 1, 6])) % 11
        if check != 10:
            return f"{serial}{check} {ddmmyy}"


def spi_fr():
    body = pick("123") + d(9)
    n = body + f"{int(body) % 511:03d}"
    return f"{n[:2]} {n[2:4]} {n[4:7]} {n[7:10]} {n[10:]}"


def tva_fr():
    head = d(8, True)
    siren = head + str(luhn_check(head))
    return f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"


def creditor_id_de():
    national = "0000" + d(7, True)
    check = 98 - int("".join(str(int(c, 36)) for c in national + "DE00")) % 97
    return f"DE{check:02d}ZZZ{national}"


# ---------------------------------------------------------------- office-specific numbers
def kz(kind):
    """Kassenzeichen of the Stadtkasse: 6.KKKK.NNNNNN.P (KKKK = kind of levy)."""
    return f"6.{kind}.{d(6, True)}.{d(1)}"


def mandate(prefix):
    return f"FIL-{prefix}-{d(7)}"


def stnr_bw():
    return f"{pick(['74', '59', '65'])}{d(3)}/{d(5, True)}"


def fa_az():
    return f"{pick(['74', '59'])}{d(3)}/{d(3)}-{d(1)}-{d(5)}.{d(1)}"


def vs_az():
    return f"VS 2025/{d(4, True)}"


def plate(district):
    letters = "".join(pick("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(pick([1, 2])))
    return f"{district}-{letters} {d(pick([2, 3, 4]), True)}"


def eur(x):
    """German money format: 12.345,67"""
    return f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def g4(iban):
    return group(iban, 4)


def mobile_de(style):
    pre = pick(["151", "152", "157", "160", "162", "170", "171", "172", "175", "176", "177", "179"])
    num = d(pick([7, 8]), True)
    return [f"0{pre} {num}", f"0{pre}/{num}", f"+49 {pre} {num}", f"0{pre}-{num[:3]} {num[3:]}",
            f"0{pre}{num}"][style]


def land_de(area, style):
    num = d(pick([5, 6]), True)
    return [f"{area} {num}", f"{area}/{num}", f"+49 {area[1:]} {num}", f"({area}) {num}"][style]


# The office's own public data: neutral.
OFFICE_STREET = M("N", "Marktplatz 1")
OFFICE_CITY = M("N", "72639 Filsingen")
SWITCHBOARD = M("N", "07025 9110-0")
FAX = M("N", "07025 9110-199")
MAIL_STA = M("N", "steueramt@filsingen.de")
MAIL_SK = M("N", "stadtkasse@filsingen.de")
CITY_IBAN_KSK = M("N", g4(ids.iban_de()))
CITY_IBAN_VB = M("N", g4(ids.iban_de()))
CREDITOR_ID = M("N", creditor_id_de())

DOCS = []
SHARED = {}


def sh(key, make=None):
    """A value that recurs across documents (same person, same account): made once, on first use."""
    if key not in SHARED:
        SHARED[key] = make()
    return SHARED[key]


def doc(channel, template, flags=()):
    def register(fn):
        DOCS.append((channel, template, list(flags), fn))
        return fn
    return register


# ---------------------------------------------------------------- 001 forwarded chain, Swiss owner, property tax
@doc("outlook", "grundsteuer_weiterleitung")
def d001():
    k = M("AZ", sh("zl_kz", lambda: kz("0100")))
    faz = M("AZ", fa_az())
    iban = M("IBAN", g4(sh("zl_iban", iban_ch)))
    ahv = M("SSN", ahv_ch())
    direct = M("T", f"+41 44 211 {d(2)} {d(2)}")
    natel = M("T", f"079 {d(3, True)} {d(2)} {d(2)}")
    return f"""Von: [[P|Reto Ammann]] <[[E|r.ammann@limmat-treuhand.ch]]>
Gesendet: Dienstag, 11. März 2025 09:14
An: {MAIL_STA}
Cc: [[P|Beatrice Zürcher-Lanz]] <[[E|bea.zuercher@bluewin.ch]]>
Betreff: WG: Grundsteuerbescheid 2025 – Eigentumswohnung [[A|Schlossgartenstraße 9]]

Grüezi mitenand

Im Auftrag meiner Mandantin, Frau [[P|Beatrice Zürcher-Lanz]], [[A|Seefeldstrasse 41]], [[A|8008 Zürich]], leite ich Ihnen die untenstehende Nachricht weiter. Frau [[P|Zürcher-Lanz]] ist Eigentümerin der Wohnung Nr. 4 im Haus [[A|Schlossgartenstraße 9]] ([[N|Grundbuch von Filsingen Blatt 4471]], [[N|Flurstück 1183/2]]).

Der Grundsteuerbescheid vom 14.02.2025 (Kassenzeichen {k}) weist für 2025 einen Jahresbetrag von 612,40 EUR aus; 2024 waren es 188,70 EUR. Wir bitten um Prüfung, ob der Messbetrag aus dem Grundsteuermessbescheid des Finanzamts Nürtingen (Aktenzeichen {faz}) richtig übernommen wurde. Die Vollmacht liegt bei.

Allfällige Rückzahlungen bitte auf das Konto der Mandantin bei der Zürcher Kantonalbank, IBAN {iban}, lautend auf [[P|Beatrice Zürcher-Lanz]].

Freundliche Grüsse

[[P|Reto Ammann]]
dipl. Treuhandexperte
Limmat Treuhand AG
[[N|Bahnhofstrasse 3]], [[N|8001 Zürich]]
Zentrale [[N|+41 44 211 40 00]] | direkt {direct}

-----Ursprüngliche Nachricht-----
Von: [[P|Beatrice Zürcher-Lanz]] <[[E|bea.zuercher@bluewin.ch]]>
Gesendet: Montag, 10. März 2025 21:47
An: [[P|Reto Ammann]] <[[E|r.ammann@limmat-treuhand.ch]]>
Betreff: Grundsteuerbescheid

Lieber [[P|Reto]]

Anbei der Bescheid aus Filsingen für die Wohnung. Ist das wirklich dreimal so viel wie letztes Jahr?? Die AHV-Nummer brauchst du für die Steuererklärung ja sowieso: {ahv}. Ich bin bis Ende Monat im Tessin, am besten per Natel {natel}.

Liebe Grüsse
[[P|Bea]]"""


# ---------------------------------------------------------------- 002 property tax notice to Austrian co-owners
@doc("word", "grundsteuer_bescheid")
def d002():
    k = M("AZ", sh("hofer_kz", lambda: kz("0100")))
    faz = M("AZ", fa_az())
    mref = M("AZ", sh("hofer_mref", lambda: mandate("GS")))
    iban = M("IBAN", g4(sh("hofer_iban", iban_at)))
    return f"""Stadt Filsingen · Steueramt · {OFFICE_STREET} · {OFFICE_CITY}

Herrn und Frau
[[P|Florian]] und [[P|Magdalena Hofer]]
[[A|Anichstraße 24/5]]
[[A|6020 Innsbruck]]
ÖSTERREICH

                                        Auskunft: Frau [[P|Kächele]]
                                        Zimmer 1.08
                                        Telefon: [[T|07025 9110-214]]
                                        E-Mail: [[E|sabine.kaechele@filsingen.de]]
                                        Datum: 14.02.2025

Kassenzeichen: {k}   (bitte bei Zahlungen stets angeben)
Steuerobjekt: [[A|Lerchenweg 17]], Gemarkung Filsingen, [[N|Flurstück 2290]]
Wirtschaftliche Einheit: Einfamilienhaus (Ferienhaus)

Grundsteuerbescheid für das Kalenderjahr 2025

Sehr geehrter Herr [[P|Hofer]], sehr geehrte Frau [[P|Hofer]],

nach der Reform der Grundsteuer ist ab dem 1. Januar 2025 der neue Grundsteuermessbetrag maßgebend. Das Finanzamt Nürtingen hat ihn mit Grundsteuermessbescheid vom 02.10.2024 (Aktenzeichen {faz}) auf 98,17 EUR festgesetzt. An diesen Messbetrag ist die Stadt gebunden.

Berechnung
  Grundsteuermessbetrag                 98,17 EUR
  × Hebesatz Grundsteuer B              310 v. H.
  = Jahresbetrag                       304,33 EUR

Fälligkeit          Betrag
15.02.2025          76,09 EUR
15.05.2025          76,08 EUR
15.08.2025          76,08 EUR
15.11.2025          76,08 EUR

Als Miteigentümer zu je einhalb schulden Sie die Steuer als Gesamtschuldner (§ 44 AO). Dieser Bescheid gilt auch für die folgenden Kalenderjahre, bis ein neuer Bescheid ergeht.

Zahlungsweise: Aufgrund des uns erteilten SEPA-Lastschriftmandats (Mandatsreferenz {mref}) ziehen wir die Beträge zu den Fälligkeiten von Ihrem Konto {iban} bei der Tiroler Sparkasse ein. Kontoinhaber: [[P|Florian Hofer]].

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadt Filsingen, {OFFICE_STREET}, {OFFICE_CITY}, erhoben werden. Einwendungen gegen die Höhe des Messbetrags sind nicht hier, sondern mit Einspruch gegen den Messbescheid beim Finanzamt geltend zu machen.

Mit freundlichen Grüßen
Im Auftrag

[[P|Sabine Kächele]]"""


# ---------------------------------------------------------------- 003 hurried lower-case mail about dog tax + reply
@doc("outlook", "hundesteuer_ummeldung")
def d003():
    kzm = kz("0400")
    kzj = kz("0400")
    iban = ids.iban_de()
    mob = mobile_de(4)
    return f"""Betreff: AW: hund ab- und anmelden

Hallo Herr [[P|Bauknecht]],

danke für Ihre Nachricht. Den Hund Ihrer Mutter habe ich zum 31.01.2025 abgemeldet (Kassenzeichen [[AZ|{kzm}]]); die zu viel gezahlte Steuer für Februar bis Dezember (99,00 EUR) erstatten wir auf das Konto, von dem bisher abgebucht wurde.

Für Sie ist ab 01.02.2025 unter Kassenzeichen [[AZ|{kzj}]] jetzt ein Zweithund veranlagt, das sind 216,00 EUR im Jahr (für 2025 anteilig 198,00 EUR). Den Bescheid und die neue Hundemarke bekommen Sie per Post in die [[A|Uhlandstraße 5/1]]. Für die Abbuchung brauche ich noch ein unterschriebenes SEPA-Mandat – eine IBAN in der Mail reicht dafür leider nicht. Das Formular hängt an.

Viele Grüße
[[P|Timo Rapp]]

Stadt Filsingen | Steueramt – Hundesteuer
{OFFICE_STREET} | {OFFICE_CITY}
Tel. [[T|07025 9110-217]] | Fax {FAX}
{MAIL_STA}

-----Ursprüngliche Nachricht-----
Von: [[P|Jürgen Bauknecht]] <[[E|juergen.bauknecht@web.de]]>
Gesendet: Sonntag, 2. Februar 2025 22:13
An: {MAIL_STA}
Betreff: hund ab- und anmelden

hallo zusammen,

meine mutter [[P|hildegard bauknecht]] ([[A|schillerstr. 22]]) ist im januar zu meiner schwester nach ulm gezogen, ihr hund (bello, marke nr. 0317) ist jetzt bei mir. bitte bei ihr abmelden und bei mir anmelden. ihr kassenzeichen war glaub ich [[AZ|{kzm.replace('.', '')}]], meins weiß ich grad nicht.
ich wohn [[A|uhlandstr. 5/1]], [[A|72639 filsingen]] und hab schon einen hund, gilt dann der zweithund-satz oder?
abbuchen könnt ihr von [[IBAN|{iban}]] (kontoinhaber bin ich)
bei fragen handy [[T|{mob}]]

grüße
[[P|jürgen bauknecht]]"""


# ---------------------------------------------------------------- 004 form: dog registration, guide dog exemption
@doc("word", "hundesteuer_formular", ["HEALTH"])
def d004():
    kv = M("KV", ids.health_insurance())
    iban = M("IBAN", g4(sh("ngo_iban", ids.iban_de)))
    tel = M("T", land_de("07025", 1))
    vaz = M("AZ", f"52-SB {d(4, True)}/{d(2)}")
    chip = M("N", f"276 0981 {d(4)} {d(4)}")
    k = M("AZ", kz("0400"))
    return f"""Stadt Filsingen – Steueramt                                   Eingang: 05.03.2025

ANMELDUNG EINES HUNDES / ANTRAG AUF STEUERBEFREIUNG
(bitte in Druckbuchstaben ausfüllen)

1  Angaben zur Halterin / zum Halter
   Familienname:          [[P|NGO]]
   Vorname(n):            [[P|Thi Lan]]
   Geburtsdatum:          [[DOB|23.11.1981]]
   Straße, Hausnummer:    [[A|Mörikeweg 8]]
   PLZ, Wohnort:          [[A|72639 Filsingen]]
   Telefon:               {tel}
   E-Mail:                [[E|thilan.ngo@t-online.de]]

2  Angaben zum Hund
   Rasse: Labrador Retriever        Geschlecht: Hündin        Farbe: gelb
   Name des Hundes: Suki            Wurfdatum: 12.05.2021
   Transponder-Nr.: {chip}
   Gehalten seit: 01.03.2025        Abgabe durch: Führhundschule Neckartal

3  Antrag auf Steuerbefreiung (§ 6 Hundesteuersatzung)
   [X] Blindenführhund / Hund für Menschen mit Behinderung
   [ ] Rettungshund / Herdengebrauchshund
   Begründung: Ich bin seit einer Netzhauterkrankung (Retinitis pigmentosa) vollständig erblindet.
   Schwerbehindertenausweis: GdB 100, Merkzeichen Bl, H, RF, unbefristet
   Aktenzeichen Versorgungsamt (Landratsamt Esslingen): {vaz}
   Der Hund wurde als Hilfsmittel von meiner Krankenkasse (AOK Baden-Württemberg) finanziert.
   Versichertennummer: {kv}
   Nachweise: [X] Kopie Schwerbehindertenausweis   [X] Prüfbescheinigung Führhundgespann

4  SEPA-Lastschriftmandat (für künftige Festsetzungen)
   Kontoinhaber:          [[P|Van Minh Ngo]] (Ehemann)
   IBAN:                  {iban}

5  Unterschrift
   Filsingen, 04.03.2025              gez. [[P|Thi Lan Ngo]]
   (Formular auf Wunsch der Antragstellerin ausgefüllt von [[P|Irina Schell]], Blinden- und Sehbehindertenverein Württemberg)

––––––– nur für den Dienstgebrauch –––––––
Befreiung bewilligt ab 01.03.2025 (§ 6 Abs. 1 Nr. 1). Steuermarke Nr. 0582 ausgegeben.
Kassenzeichen: {k}  ·  Bescheid versandt am 07.03.2025  ·  [[P|Rapp]]"""


# ---------------------------------------------------------------- 005 Italian owner, second-home tax refund, broken German
@doc("outlook", "zweitwohnungsteuer_erstattung")
def d005():
    k = M("AZ", sh("rin_kz", lambda: kz("0600")))
    cf = M("TID", codice_fiscale("Rinaldi", "Giulia", 1974, 9, 17, True, "F205"))
    tel = M("T", f"+39 3{d(2)} {d(3)} {d(4)}")
    iban = M("IBAN", g4(sh("rin_iban", iban_it)))
    return f"""Betreff: AW: Zweitwohnungsteuer - Wohnung Gartenstraße 31 - rimborso

Gentile Signora [[P|Rinaldi]],

vielen Dank für Ihre Nachricht. Nach der Veräußerung der Wohnung [[A|Gartenstraße 31]] endet Ihre Steuerpflicht mit Ablauf des Monats, in dem Sie die Wohnung nicht mehr innehaben. Bitte senden Sie uns noch eine Kopie des Kaufvertrags (die Seite mit dem Übergabedatum). Danach erhalten Sie einen Änderungsbescheid, und wir erstatten 575,00 EUR auf das angegebene Konto.

Cordiali saluti / Mit freundlichen Grüßen
[[P|Sabine Kächele]]
Stadt Filsingen – Steueramt
Tel. [[T|+49 7025 9110-214]]

-----Messaggio originale-----
Da: [[P|Giulia Rinaldi]] <[[E|giulia.rinaldi74@libero.it]]>
Inviato: giovedì 6 marzo 2025 18:31
A: {MAIL_STA}
Oggetto: Zweitwohnungsteuer - Wohnung Gartenstraße 31 - rimborso

Gentili Signori, sehr geehrte Damen und Herren,

ich schreibe wegen die Steuer für Zweitwohnung. Die Wohnung in [[A|Gartenstraße 31]] (2. Stock links) ich habe verkauft, Übergabe war 31. Dezember 2024, an Herrn [[P|Dimitrios Papadakis]]. Notar war Dr. [[P|Weller]] in Nürtingen. Aber die Stadt hat mir geschickt Bescheid für ganze 2025, Kassenzeichen {k}. Ich habe schon bezahlt zwei Mal 287,50 Euro mit Überweisung. Bitte können Sie korrigieren und Geld zurück geben?

Meine Daten:
[[P|Giulia Rinaldi]]
[[A|Via Vincenzo Monti 18]]
[[A|20123 Milano]], Italia
Codice fiscale: {cf}
Tel. {tel}
IBAN für Rückzahlung: {iban}

Scusate per il mio tedesco – normalmente mein Sohn [[P|Luca]] hilft mir mit die Briefe, aber er ist jetzt in Ausland.

Cordiali saluti
[[P|Giulia Rinaldi]]"""


# ---------------------------------------------------------------- 006 second-home tax exemption, married (same-sex)
@doc("outlook", "zweitwohnungsteuer_befreiung", ["SEXUAL_ORIENTATION"])
def d006():
    az = M("AZ", f"ZWS-2025-{d(4, True)}")
    tid = M("TID", ids.tax_id())
    mob = M("T", mobile_de(0))
    return f"""Betreff: Ihr Schreiben vom 20.01.2025 – Zweitwohnungsteuer, Az. {az}

Sehr geehrte Frau [[P|Kächele]],

vielen Dank für Ihr Schreiben und das freundliche Telefonat. Wie besprochen reiche ich die Nachweise nach: Ich bin seit 2019 mit meinem Ehemann [[P|Jonas Albrecht-Demir]] verheiratet. Unsere gemeinsame eheliche Wohnung und Hauptwohnung ist in der [[A|Seestraße 14]], [[A|78464 Konstanz]]. Die Wohnung in der [[A|Karlstraße 4/2]] hier in Filsingen nutze ich nur unter der Woche, weil ich seit Oktober bei einem Maschinenbauer in Wendlingen angestellt bin.

Nach der Rechtsprechung des Bundesverfassungsgerichts (Beschluss vom 11.10.2005, 1 BvR 1232/00) darf auf eine aus beruflichen Gründen gehaltene Zweitwohnung eines nicht dauernd getrennt lebenden Verheirateten keine Zweitwohnungsteuer erhoben werden. Ich bitte daher, den Bescheid aufzuheben.

Anbei:
- Heiratsurkunde (Standesamt Konstanz, Registernummer [[AZ|E 412/2019]])
- Meldebestätigung beider Wohnungen
- Arbeitgeberbescheinigung

Für Ihre Unterlagen noch meine Steuer-ID: {tid}

Mit freundlichen Grüßen
[[P|Daniel Albrecht-Demir]]
[[A|Karlstraße 4/2]]
[[A|72639 Filsingen]]
Mobil {mob}"""


# ---------------------------------------------------------------- 007 entertainment tax return of a gambling hall (form)
@doc("word", "vergnuegungsteuer_anmeldung")
def d007():
    stnr = M("TNR", stnr_bw())
    vat = M("VAT", ids.vat_id())
    k = M("AZ", sh("pet_kz", lambda: kz("0700")))
    tel = M("T", land_de("07022", 0))
    rows, total_kasse, total_tax = [], 0, 0
    for i in range(1, 9):
        kasse = int(d(4, True)) + 2000 + R.randrange(100) / 100
        tax = round(kasse * 0.2, 2)
        total_kasse += kasse
        total_tax += tax
        zul = f"PTB {d(4, True)}/{pick(['19', '20', '21', '22'])}"
        rows.append(f"{i:>2}  | Halle 1     | Geldspielgerät | {zul:<12} | {eur(kasse):>15} | 20 % | {eur(tax):>10}")
    table = "\n".join(rows)
    return f"""Stadt Filsingen – Steueramt – Vergnügungsteuer

STEUERANMELDUNG für Spielgeräte mit Gewinnmöglichkeit
Anmeldezeitraum: 4. Quartal 2024 (Oktober – Dezember)

Steuerpflichtiger (Halter der Geräte)
Name / Firma:                  Spielothek Sonnenhof, Inhaber [[P|Dragan Petrović]] e. K.
Betriebsstätte:                [[A|Industriestraße 52]], [[A|72639 Filsingen]]
Wohnanschrift des Inhabers:    [[A|Lindenallee 9]], [[A|72622 Nürtingen]]
Steuernummer:                  {stnr}
USt-IdNr.:                     {vat}
Kassenzeichen Vergnügungsteuer: {k}
Ansprechpartnerin Buchhaltung: [[P|Ivana Petrović]], Tel. {tel}, [[E|buchhaltung.petrovic@gmx.de]]

Nr. | Aufstellort | Geräteart     | Zulassung    | Bruttokasse EUR | Satz | Steuer EUR
{table}
Summe                                                    {eur(total_kasse):>15}        {eur(total_tax):>10}

Die Zählwerksausdrucke (Auslesestreifen) für alle Geräte sind beigefügt.
Ich versichere, die Angaben wahrheitsgemäß nach bestem Wissen und Gewissen gemacht zu haben.

Filsingen, 10.01.2025            [[P|Dragan Petrović]]

Eingangsstempel: 13.01.2025      geprüft: [[P|Rapp]]      Sollstellung veranlasst: [[P|Yıldız]]"""


# ---------------------------------------------------------------- 008 lawyer's objection against entertainment tax
@doc("outlook", "vergnuegungsteuer_widerspruch")
def d008():
    k = M("AZ", kz("0700"))
    ours = M("AZ", f"VGS {d(2, True)}/2025")
    theirs = M("AZ", f"0{d(3, True)}/25")
    return f"""Von: [[P|Mohr, Bettina]] <[[E|b.mohr@kanzlei-schlossplatz.de]]> im Auftrag von [[P|Reinhardt-Oğuz, Franziska]]
Gesendet: Freitag, 7. März 2025 16:52
An: {MAIL_STA}
Betreff: Widerspruch gegen Vergnügungsteuerbescheid vom 12.02.2025 – Kassenzeichen {k} – Ihr Az. {ours}

Sehr geehrte Damen und Herren,

in der Vergnügungsteuersache der Casino Royal Spielhallen GmbH, [[N|Bahnhofstraße 88]], [[N|72639 Filsingen]], vertreten durch ihren Geschäftsführer Herrn [[P|Kemal Aydın]], zeigen wir an, dass wir die Gesellschaft anwaltlich vertreten. Eine auf uns lautende Vollmacht fügen wir bei.

Namens und im Auftrag unserer Mandantin legen wir gegen den Vergnügungsteuerbescheid vom 12.02.2025 Widerspruch ein und beantragen zugleich, die Vollziehung nach § 80 Abs. 4 VwGO auszusetzen.

Begründung: Der Steuersatz von 20 % des elektronisch gezählten Spieleraufwands hat in Verbindung mit den Abstandsgeboten des Landesglücksspielgesetzes erdrosselnde Wirkung. Zudem ist der Bescheid auf eine Nachschau vom 06.02.2025 gestützt, bei der die Kontrollbeamtin, Frau [[P|Schäufele]], nach Angaben unseres Mandanten nur die Geräte 1 bis 6 ausgelesen hat. Die Schätzung für die Geräte 7 und 8 ist daher nicht nachvollziehbar.

Wir bitten um Akteneinsicht durch Übersendung der Verwaltungsvorgänge in Kopie an unsere Kanzlei. Eine ausführliche Begründung bleibt vorbehalten.

Unser Zeichen: {theirs}

Mit freundlichen Grüßen

Dr. [[P|Franziska Reinhardt-Oğuz]]
Rechtsanwältin | Fachanwältin für Steuerrecht

Kanzlei am Schlossplatz Rechtsanwälte PartG mbB
[[N|Schlossplatz 3]] · [[N|70173 Stuttgart]]
T [[N|+49 711 2284 90-0]] · [[E|f.reinhardt-oguz@kanzlei-schlossplatz.de]]

cc: Herrn [[P|Aydın]] (per E-Mail)

Diese E-Mail enthält vertrauliche Informationen. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail."""


# ---------------------------------------------------------------- 009 trade tax notice to a sole trader
@doc("word", "gewerbesteuer_bescheid")
def d009():
    k = M("AZ", sh("woe_kz", lambda: kz("0300")))
    stnr = M("TNR", stnr_bw())
    mref = M("AZ", sh("woe_mref", lambda: mandate("GEW")))
    iban = M("IBAN", g4(sh("woe_iban", ids.iban_de)))
    return f"""Stadt Filsingen · Steueramt · {OFFICE_STREET} · {OFFICE_CITY}

Herrn
[[P|Manfred Wöhrle]]
Schreinerei [[P|Wöhrle]]
[[A|Brühlstraße 27]]
[[A|72639 Filsingen]]

Kassenzeichen:          {k}
Steuernummer:           {stnr}
Ihr Ansprechpartner:    Herr [[P|Lorenz Seitz]], Zimmer 2.14
Telefon / E-Mail:       [[T|07025 9110-221]] / [[E|lorenz.seitz@filsingen.de]]
Datum:                  21.02.2025

Bescheid über Gewerbesteuer für 2023 und über Vorauszahlungen ab dem Kalenderjahr 2025

Sehr geehrter Herr [[P|Wöhrle]],

aufgrund des Gewerbesteuermessbescheids des Finanzamts Nürtingen vom 28.01.2025 wird die Gewerbesteuer wie folgt festgesetzt:

                                                    EUR
Gewerbesteuermessbetrag 2023                   1.046,50
Hebesatz                                          370 %
Gewerbesteuer 2023                             3.872,05
abzüglich festgesetzte Vorauszahlungen 2023    3.200,00
Nachzahlung, fällig am 24.03.2025                672,05

Die Vorauszahlungen für 2025 und die folgenden Jahre werden auf 3.872,00 EUR jährlich festgesetzt und sind zu je 968,00 EUR am 15.02., 15.05., 15.08. und 15.11. fällig. Die bereits fällige Rate vom 15.02.2025 ist mit diesem Bescheid bis zum 24.03.2025 gestundet.

Aufgrund des uns erteilten SEPA-Lastschriftmandats (Mandatsreferenz {mref}) ziehen wir die Beträge von Ihrem Konto {iban} bei der Volksbank Mittlerer Neckar ein.

Die Festsetzung der Vorauszahlungen steht unter dem Vorbehalt der Nachprüfung (§ 164 AO). Ändert das Finanzamt den Messbetrag, wird dieser Bescheid von Amts wegen angepasst.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe schriftlich oder zur Niederschrift Widerspruch bei der Stadt Filsingen erhoben werden. Der Widerspruch hat keine aufschiebende Wirkung.

Mit freundlichen Grüßen
Im Auftrag
[[P|Lorenz Seitz]]

Bankverbindungen der Stadtkasse: Kreissparkasse Esslingen-Nürtingen {CITY_IBAN_KSK} · Volksbank Mittlerer Neckar {CITY_IBAN_VB}"""


# ---------------------------------------------------------------- 010 Austrian tax adviser, reduce prepayments, chain
@doc("outlook", "gewerbesteuer_herabsetzung")
def d010():
    k = M("AZ", sh("gru_kz", lambda: kz("0300")))
    uid = M("VAT", atu())
    atstnr = M("TNR", f"98 {d(3)}/{d(4)}")
    stnr = M("TNR", sh("gru_stnr", stnr_bw))
    direct = M("T", f"+43 5572 {d(5, True)}-14")
    mob = M("T", f"+43 664 {d(7, True)}")
    return f"""Von: [[P|Verena Nachbaur-Fink]] <[[E|v.nachbaur@rheintal-stb.at]]>
Gesendet: Donnerstag, 20. März 2025 08:37
An: [[P|Seitz, Lorenz]] <[[E|lorenz.seitz@filsingen.de]]>
Betreff: AW: AW: Herabsetzung GewSt-Vorauszahlungen 2025 – Mandant [[P|Elias Gruber]], Kassenzeichen {k}

Sehr geehrter Herr [[P|Seitz]],

besten Dank für Ihre rasche Rückmeldung. Anbei wie gewünscht die vorläufige BWA Jänner–Februar 2025 unseres Mandanten, Herrn [[P|Elias Gruber]] (Einzelunternehmen, Montage von Photovoltaikanlagen, Betriebsstätte in Filsingen, [[A|Robert-Bosch-Straße 15]]).

Herr [[P|Gruber]] hat seinen Wohnsitz unverändert in Österreich ([[A|Hatlerstraße 61]], [[A|6850 Dornbirn]]) und ist dort unter der UID {uid} sowie der Steuernummer {atstnr} beim Finanzamt Österreich erfasst. In Deutschland führt das Finanzamt Nürtingen die Betriebsstätte unter der Steuernummer {stnr}.

Wegen des Auftragseinbruchs seit Herbst rechnen wir für 2025 mit einem Verlust. Wir beantragen daher, die Vorauszahlungen ab dem II. Quartal auf 0 EUR herabzusetzen; einen entsprechenden Antrag beim Finanzamt haben wir parallel gestellt.

Für Rückfragen erreichen Sie mich direkt unter {direct} oder mobil unter {mob}.

Mit freundlichen Grüßen

Mag. [[P|Verena Nachbaur-Fink]]
Steuerberaterin
Rheintal Steuerberatung GmbH
[[N|Marktstraße 33]], [[N|6850 Dornbirn]], Österreich

-----Ursprüngliche Nachricht-----
Von: [[P|Seitz, Lorenz]] <[[E|lorenz.seitz@filsingen.de]]>
Gesendet: Mittwoch, 19. März 2025 10:02
An: '[[P|Verena Nachbaur-Fink]]' <[[E|v.nachbaur@rheintal-stb.at]]>
Betreff: AW: Herabsetzung GewSt-Vorauszahlungen 2025 – Mandant [[P|Elias Gruber]]

Sehr geehrte Frau [[P|Nachbaur-Fink]],

eine Herabsetzung ist möglich, wenn das Finanzamt den Messbetrag für Zwecke der Vorauszahlungen anpasst oder Sie uns den Gewinnrückgang glaubhaft machen. Bitte senden Sie uns dazu eine aktuelle BWA.

Mit freundlichen Grüßen
Im Auftrag
[[P|Lorenz Seitz]]
Stadt Filsingen – Steueramt, Gewerbesteuer
Telefon [[T|07025 9110-221]]

-----Ursprüngliche Nachricht-----
Von: [[P|Verena Nachbaur-Fink]] <[[E|v.nachbaur@rheintal-stb.at]]>
Gesendet: Dienstag, 18. März 2025 17:15
An: {MAIL_STA}
Betreff: Herabsetzung GewSt-Vorauszahlungen 2025 – Mandant [[P|Elias Gruber]]

Sehr geehrte Damen und Herren,

wir vertreten Herrn [[P|Elias Gruber]], Inhaber eines Montagebetriebs mit Betriebsstätte in Ihrer Stadt, und ersuchen um Herabsetzung der Gewerbesteuer-Vorauszahlungen 2025. Eine Vollmacht liegt bei. Welche Unterlagen benötigen Sie?

Mit freundlichen Grüßen
[[P|Verena Nachbaur-Fink]]"""


# ---------------------------------------------------------------- 011 citizen's letter: deferral request (illness)
@doc("word", "stundungsantrag", ["HEALTH"])
def d011():
    kg = M("AZ", kz("0100"))
    kh = M("AZ", kz("0400"))
    kv = M("KV", ids.health_insurance())
    rv = ids.social_security("190361", "B")
    rvm = M("SSN", f"{rv[:2]} {rv[2:8]} {rv[8]} {rv[9:]}")
    iban = M("IBAN", g4(ids.iban_de()))
    tel = M("T", land_de("07025", 0))
    return f"""[[P|Aleksandra Wiśniewska-Brandt]]
[[A|Hölderlinstraße 12]]
[[A|72639 Filsingen]]
Tel. {tel}

Stadt Filsingen
– Stadtkasse –
{OFFICE_STREET}
{OFFICE_CITY}

                                                        Filsingen, 24.04.2025

Antrag auf Stundung, hilfsweise Ratenzahlung
Kassenzeichen {kg} (Grundsteuer) und {kh} (Hundesteuer)

Sehr geehrte Damen und Herren,

hiermit beantrage ich die Stundung der am 15.05.2025 fälligen Grundsteuer (318,20 EUR) und der Hundesteuer (108,00 EUR) bis zum 30.09.2025, hilfsweise die Zahlung in monatlichen Raten von 60,00 EUR.

Zur Begründung: Ich bin im Januar an Brustkrebs operiert worden und erhalte seitdem eine Chemotherapie am Klinikum Esslingen. Ich bin voraussichtlich bis August arbeitsunfähig. Mein Krankengeld (Bescheinigung der Techniker Krankenkasse, Versichertennummer {kv}) liegt deutlich unter meinem bisherigen Gehalt. Mein Mann, [[P|Thomas Brandt]], bezieht seit 2023 eine Rente wegen voller Erwerbsminderung (Versicherungsnummer {rvm}); der Rentenbescheid liegt bei.

Sobald ich wieder arbeite, können wir die Beträge sicher zahlen. Für die Raten erteile ich gern ein Lastschriftmandat für unser Konto {iban}.

Für Ihr Verständnis bedanke ich mich.

Mit freundlichen Grüßen

[[P|Aleksandra Wiśniewska-Brandt]]

Anlagen
Krankengeldbescheinigung der TK
Rentenbescheid [[P|Thomas Brandt]]
Kontoauszüge Februar bis April 2025"""


# ---------------------------------------------------------------- 012 telephone note: instalment agreement (strike pay)
@doc("word", "telefonvermerk_raten", ["UNION"])
def d012():
    k = M("AZ", sh("maric_kz", lambda: kz("0100")))
    vs = M("AZ", vs_az())
    mob = M("T", mobile_de(3))
    iban = M("IBAN", g4(sh("maric_iban", ids.iban_de)))
    rates = "\n".join(f"  {i}. Rate   {day}        200,00 EUR" for i, day in
                      enumerate(["30.05.2025", "30.06.2025", "31.07.2025", "29.08.2025", "30.09.2025",
                                 "31.10.2025"], 1))
    return f"""Stadtkasse Filsingen – Vollstreckungsstelle

TELEFONVERMERK

Datum / Uhrzeit:     06.05.2025, 10:40 Uhr
Gesprächspartner:    Herr [[P|Goran Marić]], geb. [[DOB|17.08.1979]]
Rückruf unter:       {mob}
E-Mail:              [[E|goran.maric79@gmx.de]]
Kassenzeichen:       {k} (Grundsteuer 2024/2025)
Vollstreckungs-Az.:  {vs}
Rückstand:           1.284,60 EUR (davon Säumniszuschläge 36,50 EUR, Mahngebühren 10,00 EUR)

Inhalt des Gesprächs
Herr [[P|Marić]] ruft wegen der Vollstreckungsankündigung vom 28.04.2025 an. Er arbeite im Schichtbetrieb bei einem Automobilzulieferer in Wendlingen. Während des Streiks im März und April habe er nur Streikgeld der IG Metall bekommen und könne den Rückstand nicht auf einmal zahlen. Seine Ehefrau, [[P|Snežana Marić]], arbeite in Teilzeit. Weitere Schulden bei der Stadt bestünden nicht.

Vereinbarung
Ratenzahlung (§ 222 AO analog) wie folgt:
{rates}
  7. Rate   28.11.2025         84,60 EUR

Einzug per Lastschrift vom Konto {iban}, Kontoinhaberin [[P|Snežana Marić]] (Mandat liegt unterschrieben vor).
Die Vollstreckung ruht, solange die Raten pünktlich eingehen. Bei Ausbleiben einer Rate wird der gesamte Restbetrag sofort fällig.

Schriftliche Bestätigung an Herrn [[P|Marić]], [[A|Wilhelmstraße 41]], [[A|72639 Filsingen]], am 06.05.2025 versandt.

gez. [[P|Özlem Arslan]]"""


# ---------------------------------------------------------------- 013 reminder to an owner in Strasbourg
@doc("word", "mahnung")
def d013():
    pk = M("AZ", f"{d(2, True)} {d(2)} {d(4)}")
    k1 = M("AZ", kz("0100"))
    k2 = M("AZ", sh("ob_kz", lambda: kz("0600")))
    return f"""Stadt Filsingen · Stadtkasse · {OFFICE_STREET} · {OFFICE_CITY}

Madame
[[P|Camille Oberlé-Schmitt]]
[[A|14, rue du Faubourg de Saverne]]
[[A|67000 Strasbourg]]
FRANKREICH

                                                   Personenkonto: {pk}
                                                   Datum: 02.06.2025

Zahlungserinnerung / Mahnung

Sehr geehrte Frau [[P|Oberlé-Schmitt]],

bei der Durchsicht unserer Konten haben wir festgestellt, dass folgende Beträge nicht fristgerecht bei uns eingegangen sind:

Kassenzeichen      | Abgabeart                               | Objekt                 | fällig am   | Betrag EUR
{k1}    | Grundsteuer B 2025, 2. Rate             | [[A|Im Winkel 6]]            | 15.05.2025  |      94,15
{k2}    | Zweitwohnungsteuer 2025, 1. Halbjahr    | [[A|Im Winkel 6]], DG        | 15.04.2025  |     342,00
                   | Säumniszuschläge                        |                        |             |       4,00
                   | Mahngebühr                              |                        |             |       5,00
                                                                                      Summe          445,15

Bitte überweisen Sie den Gesamtbetrag bis zum 16.06.2025 auf eines der unten genannten Konten und geben Sie dabei das Kassenzeichen an. Überweisungen aus Frankreich sind als SEPA-Überweisung gebührenfrei möglich. Sollten Sie inzwischen gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Zahlen Sie nicht fristgerecht, müssen wir die Beträge im Wege der Vollstreckung beitreiben; dabei entstehen weitere Kosten.

Mit freundlichen Grüßen
Im Auftrag
[[P|Burak Yıldız]]

Rückfragen: Herr [[P|Yıldız]], Telefon [[T|+49 7025 9110-305]], E-Mail {MAIL_SK}
Kreissparkasse Esslingen-Nürtingen, IBAN {CITY_IBAN_KSK}, BIC ESSLDE66XXX
Volksbank Mittlerer Neckar eG, IBAN {CITY_IBAN_VB}, BIC GENODES1NUE"""


# ---------------------------------------------------------------- 014 request for enforcement assistance
@doc("word", "vollstreckungsersuchen")
def d014():
    vs = M("AZ", vs_az())
    mob = M("T", mobile_de(0))
    kfz = M("KFZ", plate("HN"))
    iban = M("IBAN", g4(ids.iban_de()))
    tid = ids.tax_id()
    tidm = M("TID", f"{tid[:2]} {tid[2:5]} {tid[5:8]} {tid[8:]}")
    k1, k2, k3 = (M("AZ", kz(kind)) for kind in ("0100", "0400", "0100"))
    return f"""Stadt Filsingen – Stadtkasse – Vollstreckungsstelle
{OFFICE_STREET}, {OFFICE_CITY}

Az.: {vs}                                              Filsingen, 19.05.2025

Stadt Heilbronn
Kämmereiamt – Vollstreckungsstelle
[[N|Marktplatz 7]]
[[N|74072 Heilbronn]]

Vollstreckungsersuchen (§ 4 LVwVG i. V. m. § 250 AO)

Sehr geehrte Damen und Herren,

wir bitten um Amtshilfe bei der Beitreibung folgender öffentlich-rechtlicher Forderungen:

Vollstreckungsschuldner
  Familienname:                      [[P|Kowalczyk]]
  Vorname:                           [[P|Dariusz]]
  Geburtsdatum / -ort:               [[DOB|03.11.1984]] in Gliwice
  letzte Anschrift in Filsingen:     [[A|Talstraße 18]], [[A|72639 Filsingen]]
  neue Anschrift (Melderegister):    [[A|Sontheimer Straße 104]], [[A|74074 Heilbronn]] (Zuzug 01.02.2025)
  Telefon:                           {mob}
  Kfz (lt. Halterauskunft):          {kfz}
  Bankverbindung (aus Lastschrift):  {iban} – Konto lt. Rücklastschrift vom 15.02.2025 erloschen
  Steuer-IdNr.:                      {tidm}

Forderungen
  Kassenzeichen       Abgabe                    Zeitraum     Hauptford.   Säumniszuschl.   Kosten
  {k1}   Grundsteuer B             2024          412,80          24,50         18,00
  {k2}   Hundesteuer               2024          108,00           6,00          0,00
  {k3}   Grundsteuer B             1–2/2025      206,40           4,00          0,00
  Summe                                                   727,20          34,50         18,00
  Gesamtbetrag: 779,70 EUR zuzüglich weiterer Säumniszuschläge ab 01.06.2025

Die Forderungen sind fällig und vollstreckbar. Die Leistungsgebote wurden zugestellt, der Schuldner wurde am 14.03.2025 erfolglos gemahnt. Eine Kontopfändung blieb ohne Erfolg.

Wir bitten um Sachpfändung in der Wohnung des Schuldners, gegebenenfalls um Pfändung des Fahrzeugs, sowie um Abnahme der Vermögensauskunft. Über das Ergebnis bitten wir um kurze Nachricht.

Ansprechpartnerin: Frau [[P|Özlem Arslan]], Telefon [[T|07025 9110-312]], [[E|oezlem.arslan@filsingen.de]]

Mit freundlichen Grüßen
Im Auftrag
[[P|Özlem Arslan]]"""


# ---------------------------------------------------------------- 015 garnishment order to a bank
@doc("word", "pfaendungsverfuegung")
def d015():
    vs = M("AZ", sh("sb_vs", vs_az))
    k1 = M("AZ", kz("0100"))
    k2 = M("AZ", kz("0400"))
    iban = M("IBAN", sh("sb_iban", ids.iban_de))
    return f"""Stadt Filsingen – Stadtkasse – Vollstreckungsbehörde
{OFFICE_STREET}, {OFFICE_CITY}

Gegen Zustellungsurkunde

Volksbank Mittlerer Neckar eG
– Pfändungsservice –
[[N|Postfach 1355]]
[[N|72603 Nürtingen]]

Az.: {vs}                                              Datum: 12.05.2025

Pfändungs- und Einziehungsverfügung

In der Vollstreckungssache gegen

Frau [[P|Renate Schwarzwälder-Binder]], geb. [[DOB|22.07.1966]],
wohnhaft [[A|Hegelstraße 3]], [[A|72639 Filsingen]]
– Vollstreckungsschuldnerin –

wegen rückständiger Abgaben, und zwar
  Grundsteuer B 2024 und 2025 (Kassenzeichen {k1})             1.031,60 EUR
  Hundesteuer 2025 (Kassenzeichen {k2})                           108,00 EUR
  Säumniszuschläge                                                  52,00 EUR
  Mahngebühren                                                      10,00 EUR
  Kosten dieser Verfügung                                           30,00 EUR
  Gesamtbetrag                                                   1.231,60 EUR

werden die gegenwärtigen und künftigen Ansprüche der Schuldnerin gegen die Volksbank Mittlerer Neckar eG (Drittschuldnerin) auf Auszahlung der Guthaben aus dem Konto {iban} sowie aus allen weiteren für die Schuldnerin geführten Konten einschließlich der Ansprüche aus Kreditzusagen gepfändet (§ 309 AO).

Der Drittschuldnerin wird verboten, an die Schuldnerin zu zahlen. Der Schuldnerin wird geboten, sich jeder Verfügung über die Forderung zu enthalten. Zugleich wird die Einziehung der gepfändeten Forderung angeordnet (§ 314 AO).

Die Drittschuldnerin wird aufgefordert, binnen zwei Wochen nach Zustellung zu erklären, ob und inwieweit sie die Forderung anerkennt, ob und welche Ansprüche andere Personen erheben und ob die Forderung bereits für andere Gläubiger gepfändet ist (§ 316 AO).

Hinweis: Ist das Konto ein Pfändungsschutzkonto, gelten die Freibeträge nach § 850k ZPO.

Im Auftrag
[[P|Özlem Arslan]]
(Dienstsiegel)"""


# ---------------------------------------------------------------- 016 bank's third-party debtor declaration by mail
@doc("outlook", "drittschuldnererklaerung")
def d016():
    vs = M("AZ", sh("sb_vs", vs_az))
    iban1 = M("IBAN", g4(sh("sb_iban", ids.iban_de)))
    iban2 = M("IBAN", g4(ids.iban_de()))
    iban3 = M("IBAN", g4(ids.iban_de()))
    stnr = M("TNR", stnr_bw())
    gv = M("AZ", f"DR II {d(4, True)}/24")
    kdnr = M("AZ", f"{d(4, True)} {d(3)}")
    tel = M("T", f"07022 {d(3, True)}-{d(3)}")
    return f"""Von: Pfändungsservice Volksbank Mittlerer Neckar <[[N|pfaendung@vbmn.de]]>
Gesendet: Freitag, 23. Mai 2025 11:26
An: [[P|Arslan, Özlem]] <[[E|oezlem.arslan@filsingen.de]]>
Betreff: Drittschuldnererklärung gem. § 316 AO – Ihr Az. {vs} – [[P|Schwarzwälder-Binder, Renate]]

Sehr geehrte Frau [[P|Arslan]],

zu Ihrer Pfändungs- und Einziehungsverfügung vom 12.05.2025, bei uns zugestellt am 14.05.2025, geben wir folgende Drittschuldnererklärung ab:

1. Für die Schuldnerin, Frau [[P|Renate Schwarzwälder-Binder]] (Kundennummer {kdnr}), führen wir folgende Konten:
   a) Girokonto {iban1} – seit 02/2024 als Pfändungsschutzkonto (P-Konto) geführt, Guthaben 412,77 EUR (unterhalb des Freibetrags)
   b) Sparkonto {iban2} – Guthaben 1.020,00 EUR
   c) Gemeinschaftskonto (Oder-Konto) mit Herrn [[P|Klaus Binder]], {iban3} – Guthaben 238,15 EUR
2. Die Forderung wird hinsichtlich des Sparguthabens anerkannt. Beim Gemeinschaftskonto gehen wir von einem hälftigen Anteil der Schuldnerin aus.
3. Vorrangig gepfändet haben:
   – das Finanzamt Nürtingen (Pfändungsverfügung vom 03.03.2025, StNr. {stnr}), Restforderung 640,00 EUR
   – Obergerichtsvollzieherin [[P|Hanna Lindqvist]], Amtsgericht Nürtingen ({gv}), 1.850,30 EUR
4. Eine Auszahlung an Sie ist erst nach Befriedigung der vorrangigen Gläubiger möglich.

Mit freundlichen Grüßen

Volksbank Mittlerer Neckar eG
Pfändungsservice

i. A. [[P|Melanie Straub]]          i. A. [[P|Kevin Lutz]]
Tel. {tel}

Volksbank Mittlerer Neckar eG · Sitz Nürtingen · Registergericht Stuttgart GnR 220064"""


# ---------------------------------------------------------------- 017 export: open items list (CSV)
@doc("word", "offene_posten_export")
def d017():
    people = [
        ("Häberle", "Gotthilf", "Kelterstraße 11", "72639 Filsingen", "0100", "GrSt B"),
        ("Demir", "Ayşe", "Neuffener Straße 58", "72639 Filsingen", "0400", "HundeSt"),
        ("Fankhauser", "Urs", "Dorfstrasse 7", "CH-8730 Uznach", "0600", "ZwSt"),
        ("Frommelt", "Anita", "Im Malarsch 4", "FL-9494 Schaan", "0100", "GrSt B"),
        ("Bianchi", "Lorenzo", "Via Brennero 112", "I-38122 Trento", "0100", "GrSt B"),
        ("Lefèvre", "Hélène", "8, rue des Tanneurs", "F-68000 Colmar", "0600", "ZwSt"),
        ("Nguyen", "Duc Anh", "Sonnenhalde 3", "72639 Filsingen", "0400", "HundeSt"),
        ("Szabó", "Márton", "Kirchheimer Straße 140", "73230 Kirchheim unter Teck", "0300", "GewSt"),
        ("Mayer-Vogl", "Theresia", "Salzburger Straße 19", "A-5020 Salzburg", "0100", "GrSt B"),
        ("Okonkwo", "Chidi", "Eichendorffstraße 2", "72639 Filsingen", "0400", "HundeSt"),
        ("Wagenblast", "Erwin", "Am Bühl 7", "72639 Filsingen", "0100", "GrSt A"),
    ]
    lines = []
    for last, first, street, city, kind, levy in people:
        amount = f"{R.randrange(40, 2400)},{d(2)}"
        stage = pick(["2", "2", "3"])
        note = pick(["", "", "Rücklastschrift", "Anschrift prüfen", "Ratenplan angefragt", ""])
        lines.append(f"[[AZ|{sh('op_' + last, lambda: kz(kind))}]];[[P|{last}]];[[P|{first}]];[[A|{street}]];[[A|{city}]];{levy};{amount};{stage};{note}")
    body = "\n".join(lines)
    return f"""HKR-Export · Mandant 084 Stadt Filsingen · Offene Posten mit Mahnstufe >= 2
Stichtag: 30.06.2025 · erstellt 01.07.2025 08:12 · Benutzer: [[P|Yıldız, Burak]]
Datei: OP_Mahnstufe2_20250630.csv · Zeichensatz UTF-8 · Trennzeichen ;

Kassenzeichen;Name;Vorname;Straße;PLZ Ort;Abgabe;Betrag;Mahnstufe;Bemerkung
{body}

Anzahl Datensätze: {len(people)}
Hinweis: Personenbezogene Daten – Steuergeheimnis (§ 30 AO). Weitergabe nur an Vollstreckungsstelle."""


# ---------------------------------------------------------------- 018 SEPA direct-debit mandate (filled form)
@doc("word", "sepa_mandat")
def d018():
    mref = M("AZ", sh("eb_mref", lambda: mandate("GS")))
    k1 = M("AZ", sh("eb_kz", lambda: kz("0100")))
    k2 = M("AZ", kz("0400"))
    iban = M("IBAN", g4(sh("eb_iban", ids.iban_de)))
    return f"""SEPA-Lastschriftmandat
für wiederkehrende Zahlungen

Zahlungsempfänger:                 Stadt Filsingen, Stadtkasse, {OFFICE_STREET}, {OFFICE_CITY}
Gläubiger-Identifikationsnummer:   {CREDITOR_ID}
Mandatsreferenz:                   {mref}   (wird von der Stadtkasse ausgefüllt)

Ich ermächtige die Stadt Filsingen, Zahlungen von meinem Konto mittels Lastschrift einzuziehen. Zugleich weise ich mein Kreditinstitut an, die von der Stadt Filsingen auf mein Konto gezogenen Lastschriften einzulösen.
Hinweis: Ich kann innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung des belasteten Betrags verlangen. Es gelten dabei die mit meinem Kreditinstitut vereinbarten Bedingungen.

Das Mandat gilt für:
[X] Grundsteuer                    Kassenzeichen: {k1}
[X] Hundesteuer                    Kassenzeichen: {k2}
[ ] Gewerbesteuer                  Kassenzeichen: ______________
[ ] Zweitwohnungsteuer             Kassenzeichen: ______________

Steuerpflichtige(r):               [[P|Lukas Eberhardt]] und [[P|Hannah Eberhardt]]
Anschrift:                         [[A|Weinbergstraße 19]], [[A|72639 Filsingen]]

Kontoinhaber(in), falls abweichend: [[P|Irmgard Eberhardt]]
Anschrift Kontoinhaber(in):         [[A|Panoramaweg 2]]
                                    [[A|73230 Kirchheim unter Teck]]
Kreditinstitut:                     Kreissparkasse Esslingen-Nürtingen
IBAN:                               {iban}
BIC:                                ESSLDE66XXX

Kirchheim, 08.01.2025               [[P|Irmgard Eberhardt]]
Ort, Datum                          Unterschrift Kontoinhaber(in)

——— Bearbeitungsvermerk Stadtkasse ———
Mandat erfasst am 10.01.2025; Vorabankündigung (Pre-Notification) mit Fälligkeitsplan an Eheleute [[P|Eberhardt]] versandt. Erster Einzug 15.02.2025.   [[P|Yıldız]]"""


# ---------------------------------------------------------------- 019 informal mail: new account, double card charge
@doc("outlook", "kontowechsel_kreditkarte")
def d019():
    old = M("IBAN", ids.iban_de())
    new = M("IBAN", g4(ids.iban_de()))
    k1 = M("AZ", kz("0400"))
    k2 = M("AZ", kz("0100"))
    card = ids.credit_card("4", 16)
    cardm = M("CC", group(card, 4))
    mob = M("T", mobile_de(0))
    return f"""Betreff: AW: Konto geändert!! + doppelt bezahlt

Hallo Frau [[P|Wagenblast]],

danke für die Info. Damit wir vom neuen Konto abbuchen dürfen, brauchen wir ein neues SEPA-Mandat mit Ihrer Unterschrift (Formular anbei, gerne eingescannt zurück). Bis dahin buchen wir nichts ab, die Mai-Raten können Sie auch selbst überweisen.

Die doppelte Kartenzahlung vom 12.02. haben wir gefunden; die zweite Buchung über 108,00 EUR wird über unseren Zahlungsdienstleister auf Ihre Karte zurückgebucht. Das kann ein bis zwei Wochen dauern. Bitte schicken Sie Kartennummern künftig nicht per Mail, das ist nicht sicher.

Freundliche Grüße
[[P|Burak Yıldız]]
Stadtkasse Filsingen
Telefon [[T|07025 9110-305]]

-----Ursprüngliche Nachricht-----
Von: [[P|Sina Wagenblast]] <[[E|sina.wagenblast@icloud.com]]>
Gesendet: Montag, 14. April 2025 07:58
An: {MAIL_SK}
Betreff: Konto geändert!! + doppelt bezahlt

Hallo liebe Stadtkasse,

ab sofort bitte NICHT mehr vom alten Konto {old} abbuchen (N26, ist gekündigt!!), sondern von {new} bei der Sparda. Betrifft die Hundesteuer {k1} und die Grundsteuer für die Garage [[A|Am Kelterplatz 3]] ({k2}).

Und noch was: die Hundesteuer hab ich im Februar übers Bürgerportal mit Kreditkarte bezahlt und es wurde ZWEIMAL abgebucht. Karte ist die {cardm}. Bitte einmal zurück :-) danke!!

lg
[[P|Sina]]
{mob}

Von meinem iPhone gesendet"""


# ---------------------------------------------------------------- 020 Liechtenstein heirs, property tax
@doc("outlook", "grundsteuer_erbfall")
def d020():
    k = M("AZ", sh("bue_kz", lambda: kz("0100")))
    enz = M("AZ", f"07 NA.2025.{d(2, True)}")
    iban = M("IBAN", g4(sh("bue_iban", iban_li)))
    pas = M("PASS", ids.passport())
    tel = M("T", f"+423 3{d(2)} {d(2)} {d(2)}")
    mob = M("T", f"+423 7{d(2)} {d(2)} {d(2)}")
    return f"""Von: [[P|Patrick Büchel]] <[[E|patrick.buechel@treuhand-gamprin.li]]>
Gesendet: Mittwoch, 2. April 2025 14:05
An: {MAIL_STA}
Betreff: Grundsteuer Mehrfamilienhaus [[A|Neckarstraße 40]] – Erbfall [[P|Büchel]] / Eigentümerwechsel

Sehr geehrte Damen und Herren

Ich wende mich im Namen der Erbengemeinschaft nach dem am 9. Dezember 2024 verstorbenen Herrn [[P|Alois Büchel]], zuletzt wohnhaft [[A|Landstrasse 87]], [[A|9490 Vaduz]], an Sie. Herr [[P|Büchel]] war Eigentümer des Mehrfamilienhauses [[A|Neckarstraße 40]] in Filsingen ([[N|Grundbuch von Filsingen Blatt 2209]], [[N|Flurstück 611]]). Die Grundsteuer wurde bisher unter dem Kassenzeichen {k} von seinem Konto eingezogen; dieses Konto ist inzwischen aufgelöst.

Erben zu gleichen Teilen sind laut Europäischem Nachlasszeugnis des Fürstlichen Landgerichts (Az. {enz}):
– Frau [[P|Martina Büchel-Ospelt]], [[A|Im Rietle 12]], [[A|9494 Schaan]], Liechtenstein
– der Unterzeichnende, [[P|Patrick Büchel]], [[A|Feldkircher Strasse 5]], [[A|9487 Gamprin-Bendern]], Liechtenstein
– Frau [[P|Nadine Koller]], geb. [[P|Büchel]], [[A|Schönbühlstrasse 3]], [[A|9000 St. Gallen]], Schweiz

Der Antrag auf Grundbuchberichtigung ist beim Grundbuchamt gestellt. Bitte senden Sie künftige Grundsteuerbescheide an mich als Verwalter der Erbengemeinschaft und ziehen Sie die Grundsteuer vom Konto der Erbengemeinschaft bei der LGT Bank ab, IBAN {iban}. Ein unterschriebenes Mandat sende ich per Post.

Zu meiner Legitimation lege ich eine Kopie meines deutschen Reisepasses bei (ich bin Doppelbürger), Passnummer {pas}, sowie die Vollmachten meiner Schwestern.

Freundliche Grüsse

[[P|Patrick Büchel]]
Treuhänder mit Bewilligung der FMA
Büro {tel} · Mobile {mob}"""


# ---------------------------------------------------------------- 021 minutes of a staff meeting
@doc("word", "dienstbesprechung_protokoll")
def d021():
    k = M("AZ", sh("zl_kz"))
    return f"""Niederschrift über die Dienstbesprechung Steueramt / Stadtkasse

Datum:          15.05.2025, 09:00 – 10:35 Uhr, Besprechungsraum 2.03
Teilnehmende:   Herr [[P|Seitz]] (Leitung Steueramt), Frau [[P|Kächele]], Herr [[P|Rapp]], Frau [[P|Schäufele]] (Steueramt); Frau [[P|Arslan]], Herr [[P|Yıldız]] (Stadtkasse)
Protokoll:      Herr [[P|Rapp]]

TOP 1  Grundsteuer 2025 – Stand der Widersprüche
- Bisher 214 Widersprüche, davon 187 gegen den Messbetrag (Verweis an das Finanzamt mit Standardschreiben).
- Einzelfall [[P|Zürcher-Lanz]] ({k}): Vertreter [[P|Ammann]] (Zürich) hat den Messbescheid nicht angefochten; Schreiben mit Hinweis auf die Bindungswirkung ist raus. Bearbeitung: Frau [[P|Kächele]].
- Erbfall [[P|Büchel]] ([[A|Neckarstraße 40]]): bis zur Grundbuchberichtigung Bescheid an Herrn [[P|Patrick Büchel]] als Empfangsbevollmächtigten; LI-Konto für Lastschrift geht nur mit Mandat im Original.

TOP 2  Vergnügungsteuer
- Widerspruch Casino Royal (RAin Dr. [[P|Reinhardt-Oğuz]]): Aussetzung der Vollziehung wird abgelehnt; Stellungnahme zur Schätzung Geräte 7/8 erstellt Frau [[P|Schäufele]] bis 30.05.
- Spielothek Sonnenhof ([[P|Petrović]]): Auslesestreifen Gerät 5 fehlt weiterhin; Erinnerung mit Zwangsgeldandrohung.

TOP 3  Vollstreckung
- [[P|Kowalczyk]]: Ersuchen an Heilbronn am 19.05. versandt.
- [[P|Marić]]: Ratenplan läuft, erste Rate am 30.05. erwartet.
- [[P|Schwarzwälder-Binder]]: Drittschuldnererklärung steht aus, Frau [[P|Arslan]] fragt bei der Bank nach.

TOP 4  Verschiedenes
- Urlaub: Frau [[P|Kächele]] 02.06. – 20.06., Vertretung Herr [[P|Rapp]].
- Schulung „KI-Assistent im Steueramt“ am 26.06.; Teilnahme für alle Pflicht, die Eingaben werden pseudonymisiert.

Filsingen, 15.05.2025

gez. [[P|Rapp]]                         gez. [[P|Seitz]]
Protokollführer                   Sitzungsleitung"""


# ---------------------------------------------------------------- 022 internal mail between colleagues
@doc("outlook", "intern_erstattung")
def d022():
    k = M("AZ", sh("rin_kz"))
    iban = M("IBAN", sh("rin_iban"))
    return f"""Von: [[P|Kächele, Sabine]] <[[E|sabine.kaechele@filsingen.de]]>
Gesendet: Dienstag, 25. März 2025 13:12
An: [[P|Yıldız, Burak]] <[[E|burak.yildiz@filsingen.de]]>
Cc: [[P|Arslan, Özlem]] <[[E|oezlem.arslan@filsingen.de]]>
Betreff: AW: Erstattung [[P|Rinaldi]] – IBAN passt nicht zum Namen?

Hallo [[P|Burak]],

nein, bitte nicht überweisen. Ohne schriftliche Zahlungsanweisung von Frau [[P|Rinaldi]] zahlen wir nicht an Dritte aus, auch nicht an den Sohn. Ich schreib ihr heute noch.
Den Fragebogen an Herrn [[P|Papadakis]] schick ich raus, danke für die Adresse.

LG [[P|Sabine]]

-----Ursprüngliche Nachricht-----
Von: [[P|Yıldız, Burak]] <[[E|burak.yildiz@filsingen.de]]>
Gesendet: Dienstag, 25. März 2025 11:47
An: [[P|Kächele, Sabine]] <[[E|sabine.kaechele@filsingen.de]]>
Cc: [[P|Arslan, Özlem]] <[[E|oezlem.arslan@filsingen.de]]>
Betreff: Erstattung [[P|Rinaldi]] – IBAN passt nicht zum Namen?

Hi [[P|Sabine]],

kurze Frage zur Erstattung Zweitwohnungsteuer [[P|Rinaldi]] (KZ {k}, 575,00 EUR): Die italienische IBAN aus ihrer Mail ({iban}) lautet laut Namensabgleich der Bank auf „[[P|Luca Colombo]]“ – das dürfte der Sohn sein. Darf ich trotzdem überweisen oder brauchen wir eine Abtretung bzw. Zahlungsanweisung?

Und: der neue Eigentümer [[P|Papadakis]] (Gartenstr. 31) hat sich noch nicht angemeldet. Laut Veräußerungsanzeige wohnt er in der [[A|Friedrichstraße 8]], [[A|72622 Nürtingen]].

Gruß
[[P|Burak]]
--
[[P|Burak Yıldız]]
Stadtkasse Filsingen – Buchhaltung
Tel. [[T|07025 9110-305]]"""


# ---------------------------------------------------------------- 023 French student, partly English, forwarded
@doc("outlook", "zweitwohnungsteuer_englisch")
def d023():
    k = M("AZ", kz("0600"))
    spi = M("TID", spi_fr())
    cni = M("IDC", "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9)))
    fr = M("T", f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}")
    de = M("T", mobile_de(2))
    father = M("T", f"+33 4 78 {d(2)} {d(2)} {d(2)}")
    return f"""Von: [[P|Rapp, Timo]] <[[E|timo.rapp@filsingen.de]]>
Gesendet: Mittwoch, 9. April 2025 08:21
An: [[P|Kächele, Sabine]] <[[E|sabine.kaechele@filsingen.de]]>
Betreff: WG: Second home tax / Zweitwohnungsteuer – exemption student?

[[P|Sabine]], kam ins Sammelpostfach, ist deins. Englisch antworten geht aber, oder? Gruß [[P|Timo]]

________________________________________
From: [[P|Théo Marchand]] <[[E|theo.marchand@etu.univ-lyon2.fr]]>
Sent: Tuesday, April 8, 2025 11:03 PM
To: {MAIL_STA}
Subject: Second home tax / Zweitwohnungsteuer – exemption student?

Dear Sir or Madam, sehr geehrte Damen und Herren,

sorry for writing in English, my German is not good enough yet for official letters. I received a "Zweitwohnungsteuerbescheid" (Kassenzeichen {k}) for my room in [[A|Schubartstraße 7]], App. 12. I am doing an internship of six months at a company in Filsingen (until 31 August) and registered this room as Nebenwohnung because my main residence is still with my parents in Lyon.

The tax is 26 % of my rent, which is a lot for an intern. Is there an exemption for students or interns? If not, can I pay monthly?

My details:
Name: [[P|Théo Marchand]], born [[DOB|14/02/2003]]
Main address: [[A|27, rue Victor Hugo]], [[A|69002 Lyon]], France
Address in Germany: [[A|Schubartstraße 7]], App. 12, [[A|72639 Filsingen]]
Numéro fiscal (French tax number): {spi}
Carte d'identité n°: {cni}
Phone: {fr} / German number {de}

If you need a guarantor, my father [[P|Olivier Marchand]] can be contacted at {father}.

Merci beaucoup / vielen Dank!
[[P|Théo Marchand]]"""


# ---------------------------------------------------------------- 024 request for a tax clearance certificate + reply
@doc("outlook", "unbedenklichkeitsbescheinigung")
def d024():
    stnr = M("TNR", stnr_bw())
    vat = M("VAT", ids.vat_id())
    kg = M("AZ", kz("0300"))
    kgr = M("AZ", kz("0100"))
    mob = M("T", mobile_de(1))
    return f"""Betreff: AW: Bescheinigung Steuer für Ausschreibung Landratsamt – dringend

Sehr geehrter Herr [[P|Karamanlis]],

die Bescheinigung in Steuersachen ist heute unterschrieben worden und geht Ihnen per Post zu; vorab erhalten Sie sie als PDF im Anhang. Bestätigt wird, dass zum 10.06.2025 für Ihr Unternehmen keine Rückstände an Gewerbesteuer (Kassenzeichen {kg}) und Grundsteuer (Kassenzeichen {kgr}, Objekt [[A|Max-Eyth-Straße 21]]) bestehen. Die Bescheinigung gilt drei Monate.

Für die Bescheinigung fällt eine Verwaltungsgebühr von 15,00 EUR an; der Gebührenbescheid liegt bei.

Mit freundlichen Grüßen
Im Auftrag
[[P|Lorenz Seitz]]
Stadt Filsingen – Steueramt
Telefon [[T|07025 9110-221]] · Zentrale {SWITCHBOARD}

-----Ursprüngliche Nachricht-----
Von: Gebäudereinigung [[P|Karamanlis]] <[[E|v.karamanlis@reinigung-karamanlis.de]]>
Gesendet: Mittwoch, 4. Juni 2025 06:48
An: {MAIL_STA}
Betreff: Bescheinigung Steuer für Ausschreibung Landratsamt – dringend

Guten Morgen,

ich brauche für eine Ausschreibung vom Landratsamt (Reinigung Schulen) eine Unbedenklichkeitsbescheinigung von Stadt, dass ich keine Schulden habe bei Gewerbesteuer. Abgabe ist 16. Juni, bitte schnell wenn geht.

Daten:
Firma: Gebäudereinigung [[P|Karamanlis]], Einzelunternehmen
Inhaber: [[P|Vasilios Karamanlis]], geboren [[DOB|30.09.1975]]
Adresse: [[A|Max-Eyth-Straße 21]], [[A|72639 Filsingen]]
Steuernummer: {stnr}
USt-IdNr: {vat}

Vom Finanzamt habe ich schon die Bescheinigung. Danke sehr!

Mit freundlichen Grüßen
[[P|Vasilios Karamanlis]]
Mobil {mob}"""


# ---------------------------------------------------------------- 025 mail from the tax office (other authority)
@doc("outlook", "finanzamt_zerlegung")
def d025():
    stnr = sh("gru_stnr")
    k = M("AZ", sh("gru_kz"))
    return f"""Von: [[P|Hummel, Andrea]] (FA Nürtingen) <[[E|Andrea.Hummel@fa-nuertingen.bwl.de]]>
Gesendet: Montag, 7. April 2025 09:55
An: [[P|Seitz, Lorenz]] <[[E|lorenz.seitz@filsingen.de]]>
Betreff: Zerlegung GewSt-Messbetrag 2023 – StNr. [[TNR|{stnr}]] – [[P|Gruber, Elias]]

Sehr geehrter Herr [[P|Seitz]],

zu Ihrer Anfrage vom 31.03.: Der Steuerpflichtige [[P|Elias Gruber]] unterhält im Erhebungszeitraum 2023 Betriebsstätten in Filsingen ([[A|Robert-Bosch-Straße 15]]) und seit 01.07.2023 in Wendlingen am Neckar ([[A|Im Speck 4]]). Der Gewerbesteuermessbetrag 2023 von 2.318,00 EUR wird daher nach den Arbeitslöhnen zerlegt: auf Filsingen entfallen 1.808,00 EUR (78 %), auf Wendlingen 510,00 EUR (22 %). Der Zerlegungsbescheid ergeht in den nächsten Tagen; Ihr Anteil ist unter Ihrem Kassenzeichen {k} festzusetzen.

Den Antrag der Bevollmächtigten (Frau [[P|Nachbaur-Fink]], Rheintal Steuerberatung GmbH) auf Anpassung der Vorauszahlungen 2025 haben wir erhalten. Eine Herabsetzung des Messbetrags für Vorauszahlungszwecke prüfen wir, sobald die BWA bis März vorliegt. Ich gebe Ihnen dann Bescheid.

Bitte beachten Sie, dass die Daten dem Steuergeheimnis unterliegen (§ 30 AO).

Mit freundlichen Grüßen
Im Auftrag
[[P|Andrea Hummel]]

Finanzamt Nürtingen – Veranlagungsstelle, Sachgebiet 21
[[N|Sigmaringer Straße 15]], [[N|72622 Nürtingen]]
Telefon [[T|07022 709-2134]]"""


# ---------------------------------------------------------------- 026 bank-account master data list
@doc("word", "bankverbindungen_liste")
def d026():
    # (holder, country, Kassenzeichen, IBAN, use, mandate reference or None)
    rows = [
        ("[[P|Beatrice Zürcher-Lanz]]", "CH", sh("zl_kz"), sh("zl_iban"), "Erstattung", None),
        ("[[P|Florian Hofer]]", "AT", sh("hofer_kz"), sh("hofer_iban"), "Lastschrift", sh("hofer_mref")),
        ("Erbengemeinschaft [[P|Alois Büchel]]", "LI", sh("bue_kz"), sh("bue_iban"), "Lastschrift",
         mandate("GS")),
        ("[[P|Giulia Rinaldi]]", "IT", sh("rin_kz"), sh("rin_iban"), "Erstattung", None),
        ("[[P|Camille Oberlé-Schmitt]]", "FR", sh("ob_kz"), iban_fr(), "Erstattung", None),
        ("[[P|Manfred Wöhrle]]", "DE", sh("woe_kz"), sh("woe_iban"), "Lastschrift", sh("woe_mref")),
        ("[[P|Irmgard Eberhardt]]", "DE", sh("eb_kz"), sh("eb_iban"), "Lastschrift", sh("eb_mref")),
        ("[[P|Snežana Marić]]", "DE", sh("maric_kz"), sh("maric_iban"), "Lastschrift", mandate("GS")),
        ("[[P|Gotthilf Häberle]]", "DE", sh("op_Häberle"), ids.iban_de(), "Lastschrift", mandate("GS")),
        ("[[P|Anita Frommelt]]", "LI", sh("op_Frommelt"), iban_li(), "Erstattung", None),
        ("[[P|Lorenzo Bianchi]]", "IT", sh("op_Bianchi"), iban_it(), "Erstattung", None),
        ("[[P|Van Minh Ngo]]", "DE", kz("0100"), sh("ngo_iban"), "Lastschrift", mandate("GS")),
    ]
    lines = []
    for i, (holder, country, k, iban, use, mref) in enumerate(rows, 1):
        shown = g4(iban) if i % 3 else iban
        ref = f"[[AZ|{mref}]]" if mref else "–"
        lines.append(f"{i:>2} | [[AZ|{k}]] | {holder} | [[IBAN|{shown}]] | {country} | {use} | {ref}")
    body = "\n".join(lines)
    return f"""Stadt Filsingen – Steueramt / Stadtkasse
Stammdaten Bankverbindungen (Auszug) – Abgleich nach Umstellung auf das neue Finanzverfahren
Stand: 30.04.2025   ·   VERTRAULICH – Steuergeheimnis

Nr | Kassenzeichen | Kontoinhaber | IBAN | Land | Verwendung | Mandatsreferenz
{body}

Prüfhinweise
- Auslandskonten (CH, LI) sind nicht SEPA-Lastschrift-fähig, wenn die Bank nicht am SEPA-Lastschriftverfahren teilnimmt – bei Nr. 3 vor dem ersten Einzug klären (Herr [[P|Yıldız]]).
- Nr. 4: Kontoinhaber laut Namensabgleich abweichend ([[P|Luca Colombo]]); keine Auszahlung ohne Zahlungsanweisung (Frau [[P|Kächele]]).
- Eigene Konten der Stadtkasse zum Abgleich: {CITY_IBAN_KSK}, {CITY_IBAN_VB}

Erstellt: [[P|Burak Yıldız]], 30.04.2025 · geprüft: [[P|Özlem Arslan]], 02.05.2025"""


# ---------------------------------------------------------------- 027 angry mail about dangerous-dog tax (politics)
@doc("outlook", "hundesteuer_beschwerde", ["POLITICS"])
def d027():
    k = M("AZ", kz("0400"))
    wes = M("AZ", f"33.2-WT {d(3, True)}/24")
    tel = M("T", land_de("07025", 3))
    return f"""Von: [[P|Rapp, Timo]] <[[E|timo.rapp@filsingen.de]]>
Gesendet: Dienstag, 18. Februar 2025 15:40
An: [[P|Seitz, Lorenz]] <[[E|lorenz.seitz@filsingen.de]]>
Betreff: WG: Kampfhundesteuer – Ihr Bescheid vom 03.02. – so nicht!

[[P|Lorenz]], kannst du da bitte mal drüberschauen, bevor ich antworte? Herr [[P|Pfisterer]] hat heute früh schon zweimal angerufen und will die Sache in den Gemeinderat bringen. Der Wesenstest ist echt, das hab ich beim LRA nachgefragt. Nach der Satzung (§ 5 Abs. 3) gibt's trotzdem keine Ermäßigung, nur bei Widerlegung der Gefährlichkeit im Einzelfall.
[[P|Timo]]

-----Ursprüngliche Nachricht-----
Von: [[P|Holger Pfisterer]] <[[E|h.pfisterer@posteo.de]]>
Gesendet: Montag, 17. Februar 2025 22:31
An: [[P|Rapp, Timo]] <[[E|timo.rapp@filsingen.de]]>
Betreff: Kampfhundesteuer – Ihr Bescheid vom 03.02. – so nicht!

Sehr geehrter Herr [[P|Rapp]],

ich zahle seit 30 Jahren in Filsingen Steuern, aber was Sie mir da zumuten, ist eine Frechheit. Mein Hund Rocky ist ein American-Staffordshire-Mischling aus dem Tierheim Esslingen und hat den Wesenstest ohne jede Auffälligkeit bestanden (Bescheinigung des Landratsamts, Az. {wes}, liegt Ihnen vor). Trotzdem verlangen Sie 612 Euro im Jahr statt 108 Euro (Kassenzeichen {k}).

Ich bin seit 2016 Mitglied der Linken und sitze im Vorstand unseres Ortsverbands. Wir werden das Thema „Rasselisten“ über unsere Fraktion in der nächsten Gemeinderatssitzung auf die Tagesordnung setzen lassen. Bis dahin lege ich hiermit Widerspruch ein und zahle nur den normalen Satz.

Ich erwarte eine schriftliche Antwort.

[[P|Holger Pfisterer]]
[[A|Albstraße 60]]
[[A|72639 Filsingen]]
Tel. {tel}"""


# ---------------------------------------------------------------- 028 inspection note, gambling hall, ID card
@doc("word", "nachschau_vermerk")
def d028():
    idc = M("IDC", ids.id_card(check_digit=True))
    kfz = M("KFZ", plate("ES"))
    mob = M("T", mobile_de(0))
    k = M("AZ", sh("pet_kz"))
    return f"""Stadt Filsingen – Steueramt
Aktenvermerk – Nachschau Vergnügungsteuer (§ 12 Vergnügungsteuersatzung)

Betrieb:           Spielothek Sonnenhof, [[A|Industriestraße 52]], [[A|72639 Filsingen]]
Inhaber:           [[P|Dragan Petrović]]
Kassenzeichen:     {k}
Datum / Uhrzeit:   04.02.2025, 15:20 – 16:05 Uhr (unangemeldet)
Anwesend:          Frau [[P|Schäufele]], Herr [[P|Rapp]] (Steueramt);
                   für den Betrieb: Aufsichtskraft Frau [[P|Jelena Stojanović]], ab 15:45 Uhr Herr [[P|Petrović]]

Feststellungen
1. Frau [[P|Stojanović]] wies sich mit Personalausweis Nr. {idc} aus und gestattete den Zutritt zu den Geräten.
2. In Halle 1 sind 8 Geldspielgeräte aufgestellt, wie angemeldet. Die Zählwerke der Geräte 1 bis 8 wurden ausgelesen; für Gerät 5 ließ sich kein Auslesestreifen drucken (Papierstau laut Aufsichtskraft).
3. Herr [[P|Petrović]] kam um 15:45 Uhr mit dem Pkw {kfz} hinzu. Er erklärte, der Auslesestreifen für Gerät 5 werde vom Aufstellunternehmen nachgereicht; die Anmeldung für das 4. Quartal sei vollständig.
4. Ein Aushang mit Jugendschutzhinweisen war vorhanden. Feststellungen zum Glücksspielrecht werden an das Ordnungsamt abgegeben.
5. Herr [[P|Petrović]] bittet um Rückruf zum Ergebnis unter {mob}.

Ergebnis
Die Angaben der Anmeldung 4/2024 sind für die Geräte 1 bis 4 und 6 bis 8 plausibel. Für Gerät 5 wird eine Frist zur Vorlage des Auslesestreifens bis 21.02.2025 gesetzt; andernfalls wird geschätzt.

Filsingen, 05.02.2025

[[P|Schäufele]]                      [[P|Rapp]]"""


# ---------------------------------------------------------------- 029 religious sister, second-home tax
@doc("outlook", "zweitwohnungsteuer_ordensschwester", ["RELIGION"])
def d029():
    k = M("AZ", kz("0600"))
    mob = M("T", mobile_de(3))
    return f"""Betreff: Zweitwohnungsteuer – Bitte um Prüfung einer Befreiung (Kassenzeichen {k})

Grüß Gott,

ich bin Ordensschwester (Franziskanerinnen, röm.-kath.) und habe meinen Hauptwohnsitz in unserem Mutterhaus, Kloster St. Agnes, [[A|Klosterberg 2]], [[A|88499 Riedlingen]]. Seit September unterrichte ich an zwei Schulen in Filsingen katholische Religion und wohne deshalb unter der Woche in einem Zimmer, das mir die Kirchengemeinde in der [[A|Kirchstraße 9]] zur Verfügung stellt.

Nun habe ich einen Bescheid über Zweitwohnungsteuer in Höhe von 298,00 EUR erhalten. Da ich mit dem Gelübde der Armut kein eigenes Vermögen habe und mein Gehalt vom Bistum direkt an die Gemeinschaft geht, möchte ich fragen, ob hier eine Befreiung möglich ist oder ob die Steuer von der Ordensgemeinschaft getragen werden muss. Unsere Generaloberin, Sr. [[P|M. Rafaela Kohler]], würde sich dann mit Ihnen in Verbindung setzen.

Im Melderegister bin ich unter meinem bürgerlichen Namen [[P|Theresia Obermüller]], geboren am [[DOB|2. Mai 1968]], eingetragen.

Über eine kurze Nachricht würde ich mich freuen; tagsüber erreichen Sie mich am besten unter {mob}.

Mit herzlichen Grüßen und Gottes Segen
Sr. [[P|M. Benedikta Obermüller]] OSF"""


# ---------------------------------------------------------------- 030 land-register notification + joint debtors
@doc("word", "grundsteuer_gesamtschuldner")
def d030():
    k = M("AZ", kz("0100"))
    k_new = M("AZ", kz("0100"))
    faz = M("AZ", fa_az())
    cf = M("TID", codice_fiscale("Ricci", "Paolo", 1969, 4, 12, False, "L378"))
    tva_tel = M("T", f"+33 3 89 {d(2)} {d(2)} {d(2)}")
    at_tel = M("T", f"+43 1 {d(7, True)}")
    return f"""Stadt Filsingen – Steueramt                                  Az. 22.11 – Grundsteuer
Vermerk und Entwurf                                         Bearbeitung: [[P|Kächele]]

1. Eingang Veränderungsnachweis Grundbuchamt (Zentrales Grundbuchamt Böblingen) vom 12.05.2025
   Grundstück: [[A|Hohenstaufenstraße 22]], [[N|Grundbuch von Filsingen Blatt 3318]], [[N|Flurstück 905/1]]
   bisherige Eigentümerin: [[P|Anna Ricci-Mayer]], geb. [[DOB|08.06.1941]], verstorben am 17.01.2025
   neue Eigentümer in Erbengemeinschaft:
     a) [[P|Paolo Ricci]], geb. [[DOB|12.04.1969]], [[A|Via Santa Croce 41]], [[A|38122 Trento]], Italien
     b) [[P|Chiara Ricci-Lehner]], geb. [[DOB|25.10.1972]], [[A|Josefstädter Straße 23/11]], [[A|1080 Wien]], Österreich
     c) [[P|Sophie Mayer]], geb. [[DOB|03.03.1980]], [[A|5, rue des Clefs]], [[A|68000 Colmar]], Frankreich
   bisheriges Kassenzeichen: {k} – Sollstellung ab 01.01.2026 umschreiben auf neues Kassenzeichen {k_new}
   Messbescheid Finanzamt Nürtingen, Az. {faz}: Zurechnungsfortschreibung auf die Erben zum 01.01.2026 ist beim Finanzamt angeregt.

2. Schreiben an alle drei Erben (einzeln, Auslandsversand):

   Grundsteuer für das Grundstück [[A|Hohenstaufenstraße 22]] – Mitteilung über die Gesamtschuldnerschaft

   Sehr geehrte Damen und Herren,

   nach dem Tod von Frau [[P|Ricci-Mayer]] sind Sie als Erben gemeinsam Eigentümer des oben genannten Grundstücks. Für die Grundsteuer 2025 haften Sie nach § 45 AO als Gesamtrechtsnachfolger; ab 2026 schulden Sie die Grundsteuer als Gesamtschuldner (§ 10 Abs. 2 GrStG, § 44 AO). Die Stadt kann den vollen Betrag von jedem von Ihnen verlangen.

   Wir bitten Sie, uns bis zum 30.06.2025 eine Person mit Wohnsitz oder Vertretung in Deutschland als Empfangsbevollmächtigte zu benennen (§ 123 AO). Andernfalls gilt ein an Sie ins Ausland versandter Bescheid am dreißigsten Tag nach der Aufgabe zur Post als zugegangen.

   Die Rate zum 15.05.2025 (127,35 EUR) ist noch offen.

3. Telefonnotizen
   – 20.05.: Herr [[P|Ricci]] ruft an (italienische Steuernummer für unsere Unterlagen: {cf}); er möchte, dass alles über seine Schwester läuft.
   – 21.05.: Frau [[P|Ricci-Lehner]] erreichbar unter {at_tel}, erklärt sich als Empfangsbevollmächtigte bereit, Vollmachten folgen.
   – 21.05.: Frau [[P|Mayer]] (Rückruf unter {tva_tel}) will ihren Anteil an die Geschwister verkaufen; Hinweis, dass das an der Gesamtschuld bis zur Umschreibung nichts ändert.

4. Wv. 01.07.2025

[[P|Kächele]]"""


# ---------------------------------------------------------------- build, write, check
def _digits(s):
    return re.sub(r"[^0-9A-Z]", "", s.upper())


def _check(entity):
    cat, v = entity["category"], _digits(entity["text"])
    if cat == "IBAN":
        assert int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1, entity
    elif cat == "TAX_ID" and v.isdigit() and len(v) == 11:
        assert mod11_10_check(v[:10]) == int(v[10]), entity
        counts = [v[:10].count(c) for c in "0123456789"]
        assert max(counts) <= 3 and sum(1 for c in counts if c >= 2) == 1, entity
    elif cat == "TAX_ID" and len(v) == 16:  # codice fiscale
        assert _it_check_char(v[:15]) == v[15], entity
    elif cat == "TAX_ID" and v.isdigit() and len(v) == 13:  # French SPI
        assert int(v[:10]) % 511 == int(v[10:]), entity
    elif cat == "VAT_ID" and v.startswith("DE"):
        assert mod11_10_check(v[2:10]) == int(v[10]), entity
    elif cat == "VAT_ID" and v.startswith("ATU"):
        b = v[3:10]
        total = sum(int(c) if i % 2 == 0 else (2 * int(c)) // 10 + (2 * int(c)) % 10 for i, c in enumerate(b))
        assert (10 - (total + 4) % 10) % 10 == int(v[10]), entity
    elif cat == "CREDIT_CARD":
        assert luhn_check(v[:-1]) == int(v[-1]), entity
    elif cat == "HEALTH_INSURANCE":
        code = ord(v[0]) - 64
        vals = [code // 10, code % 10] + [int(c) for c in v[1:9]]
        total = sum((x * (1 if i % 2 == 0 else 2)) // 10 + (x * (1 if i % 2 == 0 else 2)) % 10
                    for i, x in enumerate(vals))
        assert total % 10 == int(v[9]), entity
    elif cat == "SOCIAL_SECURITY" and len(v) == 12 and v[8].isalpha():
        code = ord(v[8]) - 64
        vals = [int(c) for c in v[:8]] + [code // 10, code % 10] + [int(c) for c in v[9:11]]
        w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
        assert sum((x * y) // 10 + (x * y) % 10 for x, y in zip(vals, w)) % 10 == int(v[11]), entity
    elif cat == "SOCIAL_SECURITY" and v.startswith("756"):
        assert (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(v[:12])) % 10) % 10 == int(v[12])
    elif cat == "ID_CARD" and len(v) == 10 and v[0] in "LMNPRTVWXY":
        assert icao_check(v[:9]) == int(v[9]), entity


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = []
    for n, (channel, template, flags, fn) in enumerate(DOCS, 1):
        out.append(build(f"F117-{n:03d}", channel, template, fn(), flags))
    assert len(out) == 30
    channels = [o["channel"] for o in out]
    assert 13 <= channels.count("outlook") <= 17, channels
    total = sum(len(o["entities"]) for o in out)
    assert 450 <= total <= 650, total
    for o in out:
        for e in o["entities"]:
            _check(e)
    with open(os.path.join(here, "fresh117.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
