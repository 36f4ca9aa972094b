"""Blind test batch 134: harbour master and tourist office of a North Frisian island municipality (Wyk auf Föhr).

Berth rentals, guest registrations, Danish/Dutch/Swedish/Norwegian sailors, the Danish minority's association,
boat owners' companies, foreign IBANs and VAT ids, crew lists. All names, numbers and addresses are invented; every
identifier with a check digit is valid. Deterministic: all randomness comes from Identifiers(13434).rng.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from identifiers import Identifiers, group, icao_check, luhn_check, mod11_10_check  # noqa: E402
from marks import build  # noqa: E402

ids = Identifiers(13434)
rng = ids.rng

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh134.jsonl")


# ---------------------------------------------------------------- marks
def m(code, s):
    return f"[[{code}|{s}]]"


def P(s): return m("P", s)
def A(s): return m("A", s)
def E(s): return m("E", s)
def T(s): return m("T", s)
def N(s): return m("N", s)
def AZ(s): return m("AZ", s)
def DOB(s): return m("DOB", s)
def KFZ(s): return m("KFZ", s)
def IB(s): return m("IBAN", s)
def VAT(s): return m("VAT", s)
def TID(s): return m("TID", s)
def TNR(s): return m("TNR", s)
def IDC(s): return m("IDC", s)
def PASS(s): return m("PASS", s)
def SSN(s): return m("SSN", s)
def KV(s): return m("KV", s)
def CC(s): return m("CC", s)


# ---------------------------------------------------------------- public office data (neutral)
OFFICE_STREET = "Am Hafen 1"
OFFICE_CITY = "25938 Wyk auf Föhr"
OFFICE_TEL = "04681 5087-0"
OFFICE_MAIL = "hafen@wyk-foehr.de"
TOUR_MAIL = "info@foehr-gaeste.de"
TOUR_TEL = "04681 300-0"
TOWNHALL_STREET = "Hafenstraße 23"


def iban_any(country, bban):
    """ISO 13616 / ISO 7064 MOD 97-10 for any country (letters count as 10..35)."""
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


KASSE_IBAN = iban_any("DE", "21750000" + "0000123400")


def creditor_id(country, national):
    """SEPA creditor identifier: MOD 97-10 over the national id and country code (business code excluded)."""
    digits = "".join(str(int(c, 36)) for c in national + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}ZZZ{national}"


CREDITOR_ID = creditor_id("DE", "00000467210")
OFFICE_VAT = "DE" + "13421876" + str(mod11_10_check("13421876"))


# ---------------------------------------------------------------- identifiers and formats
def pick(seq):
    return rng.choice(seq)


def num(lo, hi):
    return rng.randint(lo, hi)


def house():
    n = str(num(1, 140))
    r = rng.random()
    if r < 0.12:
        n += pick("abc")
    elif r < 0.16:
        n = f"{n}-{int(n) + 2}"
    return n


def iban_de():
    return ids.iban_de()


def iban_dk():
    return iban_any("DK", ids.digits(14))


def iban_no():
    return iban_any("NO", ids.digits(11))


def iban_se():
    return iban_any("SE", ids.digits(20))


def iban_nl():
    return iban_any("NL", pick(["ABNA", "RABO", "INGB", "TRIO", "SNSB"]) + ids.digits(10))


def spaced(iban):
    return group(iban, 4)


def vat_de():
    return ids.vat_id()


def vat_dk():
    while True:
        d = ids.digits(8, first_nonzero=True)
        if sum(int(c) * w for c, w in zip(d, [2, 7, 6, 5, 4, 3, 2, 1])) % 11 == 0:
            return "DK" + d


def vat_nl():
    while True:
        d = ids.digits(8, first_nonzero=True)
        r = sum(int(c) * w for c, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2])) % 11
        if r < 10:
            return f"NL{d}{r}B{pick(['01', '01', '02'])}"


def orgnr_se():
    payload = "556" + ids.digits(6)
    return payload + str(luhn_check(payload))


def vat_se(orgnr):
    return f"SE{orgnr}01"


def orgnr_no():
    while True:
        d = pick("89") + ids.digits(7)
        r = 11 - sum(int(c) * w for c, w in zip(d, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if r == 11:
            r = 0
        if r < 10:
            return d + str(r)


def tax_number_sh():
    # Schleswig-Holstein layout FF/BBB/UUUUP (layout only)
    return f"{pick(['15', '18', '21', '29'])}/{ids.digits(3)}/{ids.digits(5)}"


def dob(y0, y1):
    y = num(y0, y1)
    mth = num(1, 12)
    d = num(1, 28)
    return d, mth, y


MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def fdate(t, style="de"):
    d, mth, y = t
    if style == "de":
        return f"{d:02d}.{mth:02d}.{y}"
    if style == "de_short":
        return f"{d}.{mth}.{y}"
    if style == "yy":
        return f"{d:02d}.{mth:02d}.{y % 100:02d}"
    if style == "iso":
        return f"{y}-{mth:02d}-{d:02d}"
    if style == "long":
        return f"{d}. {MONTHS[mth - 1]} {y}"
    if style == "en":
        return f"{d} {MONTHS_EN[mth - 1]} {y}"
    if style == "dk":
        return f"{d}/{mth} {y}"
    raise ValueError(style)


def ddmmyy(t):
    d, mth, y = t
    return f"{d:02d}{mth:02d}{y % 100:02d}"


def mobile_de(style=None):
    pre = pick(["0151", "0152", "0157", "0160", "0162", "0170", "0171", "0172", "0175", "0176", "0179"])
    body = ids.digits(pick([7, 8]))
    style = style or pick(["space", "slash", "dash", "intl", "plain", "intl_space"])
    if style == "space":
        return f"{pre} {body}"
    if style == "slash":
        return f"{pre}/{body}"
    if style == "dash":
        return f"{pre}-{body[:3]} {body[3:]}"
    if style == "intl":
        return f"+49 {pre[1:]} {body}"
    if style == "intl_space":
        return f"+49 {pre[1:]} {body[:4]} {body[4:]}"
    return pre + body


def land_de(area, style=None):
    if len(area) == 3:
        body = ids.digits(pick([7, 8]))
    elif len(area) == 4:
        body = ids.digits(pick([5, 6, 7]))
    else:
        body = ids.digits(pick([4, 5, 6]))
    if body[0] == "0":
        body = "4" + body[1:]
    style = style or pick(["space", "slash", "paren", "intl"])
    if style == "space":
        return f"{area} {body}"
    if style == "slash":
        return f"{area}/{body}"
    if style == "paren":
        return f"({area}) {body}"
    return f"+49 {area[1:]} {body}"


def phone_dk():
    first = pick(["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42", "50",
                  "51", "52", "53", "60", "61", "71", "81", "91", "93"])
    rest = ids.digits(6)
    return f"+45 {first} {rest[:2]} {rest[2:4]} {rest[4:]}"


def phone_nl_mobile(style=None):
    body = ids.digits(8)
    style = style or pick(["intl", "nat"])
    if style == "intl":
        return f"+31 6 {body[:4]} {body[4:]}"
    return f"06-{body}"


def phone_se_mobile():
    body = ids.digits(7)
    pre = pick(["70", "72", "73", "76"])
    return f"+46 {pre} {body[:3]} {body[3:5]} {body[5:]}"


def phone_no_mobile():
    body = pick("49") + ids.digits(7)
    return f"+47 {body[:3]} {body[3:5]} {body[5:]}"


def plate_de(district, letters):
    return f"{district}-{letters} {num(1, 9999)}"


def plate_dk():
    letters = pick("ABCDEHKLMNPRSTUVXYZ") + pick("ABCDEHKLMNPRSTUVXYZ")
    d = ids.digits(5)
    return f"{letters} {d[:2]} {d[2:]}"


def card(prefix, length):
    return ids.credit_card(prefix, length)


def card_spaced(c, sep=" "):
    if len(c) == 15:
        return f"{c[:4]}{sep}{c[4:10]}{sep}{c[10:]}"
    return group(c, 4, sep)


def ssn(birth, letter, style):
    v = ids.social_security(ddmmyy(birth), letter)
    if style == "spaced":
        return f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}"
    return v


def kassenzeichen():
    return f"5.2025.{ids.digits(6)}"


# ---------------------------------------------------------------- documents
STATE = {}


def d01():
    ph1, ph2 = phone_dk(), phone_dk()
    street = f"Strandvejen {house()}"
    return "outlook", "liegeplatz-anfrage-skipper", f"""Von: {P("Rasmus Østergaard")} <{E("rasmus.oestergaard@mail.dk")}>
An: {N(OFFICE_MAIL)}
Betreff: berth 3 nights?? fre-man

hej hafenmeister

we come from rømø on friday with {N("Havørn")} (bavaria 36, 11,3 m, beam 3,9) can we have a box for 3 nætter fri-mon?? last summer we lay at steg C next to the fishing boats it was fine for us
onboard: me, my wife {P("mette")} and our boy {P("villads")} (9 år) + dog

i call when we pass the fairway buoy but my phone is bad on sea so maybe call {T(ph1)} or mette on {T(ph2)}
we pay with card like last time

mange tak / vielen dank
{P("rasmus")}

--
{P("Rasmus Østergaard")}
{A(street)}, {A("2900 Hellerup")}
""", []


def d02():
    birth = dob(1956, 1972)
    iban = iban_de()
    STATE["carstensen_iban"] = iban
    ref = f"LP-25-0{num(100, 999)}"
    STATE["carstensen_ref"] = ref
    mandate = f"WYK-HAFEN-{ids.digits(6)}"
    STATE["carstensen_mandate"] = mandate
    return "word", "liegeplatzvertrag", f"""Gemeinde Wyk auf Föhr · Hafenmeisterei
{N(OFFICE_STREET)} · {N(OFFICE_CITY)} · Tel. {N(OFFICE_TEL)}

LIEGEPLATZ-MIETVERTRAG SAISON 2025 (01.04.–31.10.)
Vertrags-Nr.: {AZ(ref)}

1. Mieter/in
Name, Vorname:      {P("Carstensen, Hauke")}, Dipl.-Ing.
Geburtsdatum:       {DOB(fdate(birth))}
Straße, Nr.:        {A("Eppendorfer Landstraße " + house())}
PLZ, Ort:           {A("20249 Hamburg")}
Telefon privat:     {T(land_de("040", "slash"))}
Mobil:              {T(mobile_de("space"))}
E-Mail:             {E("hauke.carstensen@hamburg.de")}
PKW (Parkausweis Hafenparkplatz P1): {KFZ(plate_de("HH", "HC"))}

2. Boot
Name: {N("Frauke II")}   Typ: Hallberg-Rassy 342   LüA 10,30 m   Breite 3,42 m   Tiefgang 1,65 m
Segelnummer: GER 5731   Haftpflicht: vorhanden (Nachweis liegt vor)

3. Liegeplatz
Steg A, Box 22 (Heckpfahl), Wassertiefe ca. 2,2 m bei MSpNW
Entgelt lt. Hafenentgeltordnung: 1.842,00 EUR (2 Raten, 15.04. und 15.07.)

4. SEPA-Lastschriftmandat
Gläubiger-ID: {N(CREDITOR_ID)}   Mandatsreferenz: {AZ(mandate)}
Kontoinhaber/in: {P("Hauke Carstensen")} und {P("Dr. Sabine Carstensen-Wulff")}
IBAN: {IB(spaced(iban))}

Wyk auf Föhr / Hamburg, den 12.03.2025

gez. {P("H. Carstensen")}                         gez. {P("Ocke Brodersen")}
(Mieter)                                  Hafenmeister
""", []


def d03():
    kz = kassenzeichen()
    return "outlook", "rechnung-weiterleitung", f"""Von: {P("Olufs, Kerrin")} <{E("k.olufs@foehr-gaeste.de")}>
An: {P("Brodersen, Ocke")} <{E("o.brodersen@wyk-foehr.de")}>
Betreff: WG: Invoice {AZ(kz)} – wrong length?

Hallo {P("Ocke")},

kannst du dir das bitte mal ansehen? Herr {P("van der Meulen")} stand heute Vormittag auch persönlich bei uns in der Tourist-Info und war ziemlich sauer. Ich hab ihm gesagt, dass du dich bis Donnerstag bei ihm meldest. Die Rechnung ist aus deinem Programm, nicht aus unserem.

LG {P("Kerrin")}

{P("Kerrin Olufs")}
Föhr Tourismus · Gästeservice
Tel. {T("04681 300-14")}

-----Ursprüngliche Nachricht-----
Von: {P("Jan-Willem van der Meulen")} <{E("jw.vandermeulen@ziggo.nl")}>
Gesendet: Montag, 14. Juli 2025 08:12
An: {N(TOUR_MAIL)}
Cc: {P("Marieke van der Meulen-de Boer")} <{E("marieke.deboer@gmail.com")}>
Betreff: Invoice {AZ(kz)} – wrong length?

Dear Sir or Madam,

we received your invoice for the berth of our ketch {N("Zeezwaluw")} from 28 June to 9 July. You charged 14,90 m, but the length over all is 12,60 m – the 2,30 m is the bowsprit, which according to your own price list (Hafenentgeltordnung § 3) does not count. The young man at the harbour office, I believe his name was {P("Jannik")}, measured it with the bowsprit.

Please correct the invoice and send it to our home address:
{A("Oosterkade " + house())}
{A("8861 AB Harlingen")}
The Netherlands

We had already paid 150 EUR in cash to your colleague Mrs {P("Tadsen")} on arrival, that is also missing on the invoice.

Met vriendelijke groet / Kind regards
{P("Jan-Willem van der Meulen")}
{T(phone_nl_mobile("intl"))}
""", []


def d04():
    crew = [
        ("SJÖBERG, Björn Anders", "SE", dob(1958, 1965), ids.digits(8), "Skipper"),
        ("SJÖBERG, Åsa Maria", "SE", dob(1960, 1967), ids.digits(8), "Crew"),
        ("LINDQVIST, Elin", "SE", dob(1990, 1998), ids.digits(8), "Crew"),
        ("AF KLERCKER, Gustav", "SE", dob(1985, 1992), ids.digits(8), "Navigator"),
        ("NØRGAARD, Birgitte", "DK", dob(1970, 1980), ids.digits(9, True), "Crew"),
        ("WOLTERS, Thijs", "NL", dob(1994, 2001), ids.passport(), "Crew"),
    ]
    rows = []
    for i, (name, nat, b, doc, fn) in enumerate(crew, 1):
        rows.append(f"{i} | {P(name)} | {nat} | {DOB(fdate(b, 'iso'))} | {PASS(doc)} | {fn}")
    table = "\n".join(rows)
    return "word", "crewliste", f"""CREW LIST / BESATZUNGSLISTE – Sportboot (Schengen-Binnenfahrt aus DK) – zur Akte Hafenmeisterei

Vessel / Yacht: S/Y {N("Vindö Kajsa")}   Flag: SE   Home port: Marstrand   LOA 12,4 m
Skipper / Schiffsführer: {P("Björn Sjöberg")}
Last port: Havneby (Rømø)   Arrival Wyk: 02.08.2025 14:40   Next port: Helgoland   ETD 05.08.2025

No. | Surname, given names | Nat. | Date of birth | Passport no. | Function
{table}

Emergency contact ashore: {P("Karl Sjöberg")} (son), {T(phone_se_mobile())}

Signature master: {P("B. Sjöberg")}
Received / eingegangen: 02.08.2025, {P("W. Tadsen")}, Hafenmeisterei Wyk
""", []


def d05():
    rows = []
    guests = [
        ("Petersen", "Inken", "DE", "Große Straße " + house(), "24937 Flensburg", None),
        ("Wagenknecht", "Ralf-Dieter", "DE", "Am Lindenhof " + house(), "06618 Naumburg", None),
        ("Kjærgaard", "Sofie", "DK", "Nørregade " + house(), "DK-6270 Tønder", ("Pas", ids.digits(9, True))),
        ("de Vries", "Marieke", "NL", "Lange Nieuwstraat " + house(), "3512 PH Utrecht", ("ID-kaart", ids.id_card())),
        ("Bianchi", "Luca", "IT", "Via Garibaldi " + house(), "40124 Bologna", ("Passaporto", "YA" + ids.digits(7))),
        ("Haugen", "Kari", "NO", "Kong Oscars gate " + house(), "5017 Bergen", ("Pass", ids.digits(8))),
        ("Schulte-Bockholt", "Annette", "DE", "Hüstener Straße " + house(), "59821 Arnsberg", None),
        ("Lindahl", "Oskar", "SE", "Vasagatan " + house(), "411 24 Göteborg", ("Pass", ids.digits(8))),
    ]
    for i, (ln, fn, land, st, city, doc) in enumerate(guests, 1):
        b = dob(1948, 2004)
        if doc:
            dt, dn = doc
            kind = IDC(dn) if dt == "ID-kaart" else PASS(dn)
            docpart = f"{dt};{kind}"
        else:
            docpart = ";"
        rows.append(f"{i:03d};{P(ln)};{P(fn)};{DOB(fdate(b))};{A(st)};{A(city)};{land};{docpart};"
                    f"{num(1, 31):02d}.07.2025")
    body = "\n".join(rows)
    return "word", "meldeschein-export", f"""Export Gästeverwaltung – Meldescheine Juli 2025 – Vermieter: Pension Seeblick (Betriebs-Nr. 0412)
Datei: meldescheine_2025-07.csv – nur für Kurabgabe/Statistik, Speicherdauer 1 Jahr (§ 30 BMG)

Nr;Nachname;Vorname;Geburtsdatum;Strasse;PLZ_Ort;Staat;Ausweisart;Ausweisnummer;Anreise
{body}

Summe Gäste: 8 – davon ausländisch: 5 – Kurabgabe gesamt: 412,50 EUR
""", []


def d06():
    mob = mobile_de("slash")
    return "outlook", "ssf-aarsmoede-platz", f"""Von: {P("Anne-Mette Lorenzen")} <{E("annemette.lorenzen@gmail.com")}>
An: {N(TOUR_MAIL)}
Betreff: Årsmøde 2025 – Nutzung Festplatz am Hafen

Kære {P("Kerrin")}, liebe Frau {P("Olufs")},

wie jedes Jahr möchte unser SSF-distrikt Før (Sydslesvigsk Forening) sein årsmøde am Samstag, 7. Juni 2025, auf dem Platz vor der Hafenmeisterei feiern. Wir rechnen mit ca. 250 Gästen, viele kommen mit der Fähre aus Dagebüll, der Chor der danske skole singt um 14 Uhr, danach gibt es kaffe og lagkage im Zelt.

Wir bräuchten wie 2024:
– Festplatz ab Freitag 16 Uhr (Zeltaufbau) bis Sonntag 12 Uhr
– Stromanschluss 32 A am Verteiler bei Steg A
– 2 Parkplätze für den Bus aus Flensburg

Verantwortlich vor Ort bin ich als formand. Für Zelt und Strom kümmert sich unser kasserer {P("Niels-Ove Carstensen")} (mobil {T(mob)}), für das Kinderprogramm {P("Lærke Holm")} ({E("laerke.holm@skoleforeningen.org")}).

Eine Bitte noch: Letztes Jahr hat sich ein Gast der Pension nebenan, Herr {P("Momme Jacobs")}, beim Ordnungsamt über die Musik beschwert. Wir hören diesmal pünktlich um 22 Uhr auf – vielleicht können Sie das so an Herrn {P("Jacobs")} weitergeben, falls er wieder anruft.

Med venlig hilsen / Mit freundlichen Grüßen
{P("Anne-Mette Lorenzen")}
formand, SSF distrikt Før
{A("Boldixumer Straße " + house())}
{A("25938 Wyk auf Föhr")}
Tel. {T(land_de("04681", "space"))}
""", ["ETHNICITY"]


def d07():
    org = orgnr_no()
    kz = kassenzeichen()
    iban = iban_no()
    return "word", "rechnung-reverse-charge", f"""Gemeinde Wyk auf Föhr – Hafenmeisterei – {N(OFFICE_STREET)} – {N(OFFICE_CITY)}

{N("Haugland Yacht Charter AS")}
att. {P("Øystein Haugland")}
{A("Kong Oscars gate " + house())}
{A("5017 Bergen")}
NORWEGEN

Kassenzeichen:        {AZ(kz)}
Ihre USt-IdNr.:       {VAT("NO" + org + "MVA")}
Unsere USt-IdNr.:     {N(OFFICE_VAT)}
Rechnungsdatum:       19.08.2025

RECHNUNG – Liegeentgelte Juli 2025

Pos.  Leistung                                         Menge    Einzelpreis    Betrag
1     Gastliegeplatz Yacht "Bergensfjord" (13,2 m)     11 N.    2,40 EUR/m     348,48 EUR
2     Gastliegeplatz Yacht "Sølvmåke" (11,8 m)         9 N.     2,20 EUR/m     233,64 EUR
3     Landstrom pauschal                               20 N.    4,00 EUR        80,00 EUR
                                                                Summe netto   662,12 EUR

Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge), § 13b UStG / Art. 196 MwStSystRL.

Ihre Vorauszahlung vom 03.07.2025 (Konto {IB(iban)}) über 200,00 EUR ist verrechnet. Bitte überweisen Sie den Restbetrag von 462,12 EUR bis 18.09.2025 unter Angabe des Kassenzeichens auf das Konto der Gemeindekasse: IBAN {N(spaced(KASSE_IBAN))}, BIC NOLADE21NOS.

Ansprechpartnerin: {P("Heike Nommensen")}, Tel. {T("04681 5087-31")}, {E("h.nommensen@wyk-foehr.de")}
""", []


def d08():
    az = f"HM-2025-{num(100, 199)}"
    return "outlook", "intern-herrenloses-boot", f"""Von: {P("Brodersen, Ocke")} <{E("o.brodersen@wyk-foehr.de")}>
An: {P("Tadsen, Wiebke")} <{E("w.tadsen@wyk-foehr.de")}>
Betreff: olle kahn steg D

moin {P("wiebke")},

der kahn an steg D ({N("Möwe 3")}, das gfk-ding ohne mast) liegt jetzt seit april ohne vertrag da. der trailer auf P2 hat {KFZ("PI-KW 318")}, laut zulassungsstelle halter {P("Kai-Uwe Wendt")}, {A("Rellinger Straße " + house())}, {A("25421 Pinneberg")}. telefon haben die keine.
kannst du ihm bitte den standardbrief schicken, frist 4 wochen, sonst kostenpflichtige entfernung nach § 9 hafenordnung. aktenzeichen fürs schreiben: {AZ(az)}

frau {P("jacobsen")} aus der nachbarbox ({P("Dr. Gesa Jacobsen")}, D 12) hat sich schon zweimal beschwert dass der an ihren fendern scheuert. die würde ich in cc nehmen: {E("gesa.jacobsen@t-online.de")}

bin morgen auf amrum, handy wie immer {T(mobile_de("space"))}

gruß {P("ocke")}
""", []


def d09():
    b1, b2, b3, b4 = dob(1978, 1984), dob(1975, 1982), dob(2012, 2015), dob(2016, 2019)
    pas = ids.digits(8)
    kur = f"{ids.digits(7)}"
    return "word", "gaesteanmeldung-ocr", f"""[Scan – Texterkennung, bitte Original prüfen]

GÄSTEANMELDUNG / MELDESCHEIN FÜR BEHERBERGUNGSSTÄTTEN
Beherbergungsstätte: Ferienwohnungen {N("Strandgut")}, Wyk
Ankunft / arrival: 28.O6.2025      voraussichtl. Abreise: 12.07.2O25

Familienname / surname:        {P("SOLBAKKEN")}
Vorname(n) / first name(s):    {P("lngrid Marie")}
Geburtsdaturn / date of birth: {DOB(fdate(b1))}
Staatsangehörigkeit:           norwegisch / norsk
Anschrift / address:           {A("Storgata " + house())}
                               {A("4876 Grimstad")} , Norge
Reisedokument / travel doc.:   Pass Nr. {PASS(pas)}

Mitreisende / accompanying persons:
  Ehegatte / spouse:  {P("Torbjørn Eide")}       geb. {DOB(fdate(b2))}
  Kind(er) / children: {P("Sigrid Eide")}         geb. {DOB(fdate(b3))}
                       {P("Jo Eide")}             geb. {DOB(fdate(b4))}

Unterschrift / signature:  {P("I. Solbakken")}
---------------------------------------------------------------
nur für die Kurverwaltung: Kurkarte Nr. {N(kur)}   4 Pers. x 14 N.   ausgegeben: {P("J. Feddersen")}
""", []


def d10():
    b = dob(1950, 1958)
    kv = ids.health_insurance()
    return "outlook", "sturz-regress-krankenkasse", f"""Von: {P("Claus-Peter Schimmelpfennig")} <{E("cp.schimmelpfennig@kielnet.net")}>
An: {P("Wiebke Tadsen")} <{E("w.tadsen@wyk-foehr.de")}>
Betreff: Sturz an der Rampe Steg B am 21.07. – Daten für die Versicherung

Sehr geehrte Frau {P("Tadsen")},

wie am Telefon besprochen hier die Angaben, die Ihre Haftpflichtversicherung und meine Krankenkasse brauchen.

Ich bin am 21.07.2025 gegen 19:30 Uhr auf der nassen Rampe zu Steg B ausgerutscht – der Belag dort ist seit Wochen grün und glatt. Ergebnis: distale Radiusfraktur rechts, in der Inselklinik in Wyk geröntgt und am nächsten Tag in Husum operiert (Platte). Weil ich Typ-1-Diabetiker bin, musste ich zwei Tage länger bleiben. Segeln ist diese Saison vorbei.

Meine Krankenkasse (AOK NordWest) wird Regress nehmen und bittet um folgende Angaben:
Versicherter: {P("Claus-Peter Schimmelpfennig")}, geb. {DOB(fdate(b, "long"))}
Krankenversichertennummer: {KV(kv)}

Zeugen:
– mein Stegnachbar {P("Arne Thomsen")} (Box B 17), Tel. {T(mobile_de("dash"))}
– eine dänische Seglerin, {P("Kirsten Lund-Sørensen")}, die den Rettungswagen gerufen hat, {T(phone_dk())}

Bitte bestätigen Sie mir kurz den Eingang.

Mit freundlichen Grüßen
{P("Claus-Peter Schimmelpfennig")}
{A("Holtenauer Straße " + house())}
{A("24105 Kiel")}
{T(land_de("0431", "space"))}
""", ["HEALTH"]


def d11():
    az = f"HM-2025-0{num(80, 99)}"
    idn = ids.id_card()
    return "word", "aktenvermerk-kollision", f"""AKTENVERMERK
Az.: {AZ(az)}
Datum: 04.09.2025 – Verfasser: {P("O. Brodersen")}, Hafenmeister

Betreff: Kollisionsschaden Steg B, Box 14, am 02.09.2025

Anwesend: Herr {P("Sönke Matzen")} (Dauerlieger B 14), Herr {P("Pieter Bakker")} (Gastlieger, NL), Frau {P("Tadsen")} (Hafenmeisterei)

1. Sachverhalt
Beim Anlegen am 02.09. gegen 17 Uhr bei West 6 hat die Yacht {N("Bonte Koe")} von Herrn {P("Bakker")} den Bugkorb und die Scheuerleiste der {N("Tjalk")} von Herrn {P("Matzen")} beschädigt. Herr {P("Matzen")} beziffert den Schaden nach Kostenvoranschlag der Bootswerft auf ca. 1.200 EUR. Herr {P("Bakker")} räumt den Kontakt ein, hält aber den Schaden für überhöht; die Scheuerleiste sei schon vorher gerissen gewesen.

2. Personalien
Herr {P("Bakker")} legte seinen niederländischen Personalausweis (identiteitskaart) vor, Nr. {IDC(idn)}, wohnhaft {A("Lange Nieuwstraat " + house())}, {A("3512 PH Utrecht")}, mobil {T(phone_nl_mobile("nat"))}. Haftpflichtversicherung über einen niederländischen Versicherer, Police liegt in Kopie bei.
Herr {P("Matzen")}: {A("Mittelstraße " + house())}, {A("25938 Wyk auf Föhr")}, Tel. {T(land_de("04681", "slash"))}.

3. Ergebnis
Die Beteiligten regeln den Schaden unmittelbar über die Versicherung. Die Gemeinde ist nicht beteiligt; die Hafenmeisterei stellt auf Anfrage die Aufzeichnung des Windmessers zur Verfügung. Die Videoaufzeichnung vom Steg wird nicht herausgegeben (keine Aufzeichnung an diesem Tag).

z. K. Bürgermeister {P("Ketelsen")}
gez. {P("Brodersen")}
""", []


def d12():
    org = orgnr_se()
    iban = iban_se()
    return "outlook", "charter-saisonliegeplaetze-en", f"""From: {P("Karin Öberg")} <{E("karin.oberg@vastkustcharter.se")}>
To: {P("Ocke Brodersen")} <{E("o.brodersen@wyk-foehr.de")}>
Subject: Seasonal berths 2026 – 3 yachts – Västkust Charter AB

Hello Mr {P("Brodersen")},

thank you for the nice talk at our stand at boot Düsseldorf. As promised, here are the details for our request for three seasonal berths (1 May – 30 September 2026) for our charter fleet on the German North Sea coast:

– {N("Havsörn")}, Bavaria C42, 12,35 m
– {N("Kattegatt")}, Dufour 390, 11,98 m
– {N("Lilla My")}, Hanse 348, 10,40 m

Company: Västkust Charter AB, org.nr {N(org[:6] + "-" + org[6:])}
VAT no.: {VAT(vat_se(org))}
Invoice address: {A("Hamngatan " + house())}, {A("451 50 Uddevalla")}, Sweden
Bank: SEB, IBAN {IB(spaced(iban))}, BIC ESSESESS

Our base skipper on site will be {P("Gustav Lindahl")} ({T(phone_se_mobile())}); he will do the check-ins and is the person to call at night. Our accountant, {P("Per-Erik Nyström")}, will send you the signed SEPA form next week ({E("per-erik@nystromredovisning.se")}).

Is it possible to get the berths next to each other, ideally on pontoon C?

Best regards / Med vänliga hälsningar
{P("Karin Öberg")}
VD / Managing Director
Västkust Charter AB
{T(phone_se_mobile())}
""", []


def d13():
    entries = [
        ("03/2019", P("Hinrichsen, Tade"), f"Wyk, {A('Große Straße ' + house())}", "8,5 m", T(mobile_de("space")), "Fischkutter umgebaut"),
        ("11/2019", P("Dr. Friederike Ahlers-Möller"), "Hamburg", "9,9 m", E("friederike@ahlers-moeller.de"), "nur Steg A/B"),
        ("02/2020", P("Nguyen Van Hoa"), "Niebüll", "7,2 m", T(land_de("04661", "space")), "Angelboot, Nebenerwerb"),
        ("06/2020", P("Roeloffs, Jannes"), f"Amrum, {A('Inselstraße ' + house())}", "10,1 m", T(mobile_de("slash")), ""),
        ("09/2020", P("Hanne") + " + " + P("Rolf Lüttjohann"), "Wyk", "11,0 m", T(land_de("04681", "space")), "möchten Box neben Tochter"),
        ("01/2021", P("Thore Witt"), "Flensburg", "9,0 m", E("thore.witt@posteo.de"), ""),
        ("04/2021", P("Yusuf Öztürk"), "Husum", "6,8 m", T(mobile_de("dash")), "Motorboot, Trailer"),
        ("07/2022", P("Feddersen-Brix, Dirk"), "Dagebüll", "12,4 m", T(mobile_de("space")), "Tiefgang 2,1 m!"),
        ("03/2023", P("Sven Aagaard"), "Højer (DK)", "9,6 m", T(phone_dk()), "spricht deutsch"),
        ("10/2023", P("Ilse von Holdt"), "Kiel", "8,1 m", E("ilse.vonholdt@web.de"), "hat 2024 abgesagt, will bleiben"),
        ("05/2024", P("Ketels, Boy") + " jun.", "Wyk", "7,5 m", T(mobile_de("space")), "Sohn von " + P("Boy Ketels") + " (C 01)"),
    ]
    lines = [f"{i:>2} | {s} | {n} | {w} | {l} | {k} | {b}".rstrip(" |") for i, (s, n, w, l, k, b) in
             enumerate(entries, 1)]
    return "word", "warteliste-dauerliegeplaetze", f"""WARTELISTE DAUERLIEGEPLÄTZE WYK – Stand 01.10.2025
(intern – nicht an Dritte weitergeben; Auskunft nur über Rangplatz an die jeweilige Person)

Rg | seit | Name | Wohnort | Bootslänge | Kontakt | Bemerkung
""" + "\n".join(lines) + f"""

Gestrichen 2025: {P("Hauke Brodersen")} (verstorben), {P("Elke Nickelsen")} (Boot verkauft)
Nächste Vergabe: Platz C 02 (frei ab 2026) – Vorlage an den Ausschuss am 25.09.2025
Gepflegt von: {P("W. Tadsen")}
""", []


def d14():
    idc = ids.id_card(check_digit=True)
    c = card("4", 16)
    return "outlook", "fundsache-portemonnaie", f"""Von: {E("lea.kowalczyk94@web.de")}
An: {N(OFFICE_MAIL)}
Betreff: portmonee verlorn am hafen!!!

hallo

ich hab gestern abend (samstag so gegen 21 uhr) am hafen bei den fischbrötchen mein portmonee verloren, schwarz, leder, mit so nem anker drauf. da drin war:
- mein perso (nummer {IDC(idc)} steht auf der kopie im handy)
- visa karte {CC(card_spaced(c, " "))} hab ich schon sperren lassen aber falls jemand damit zahlen will
- führerschein und die kurkarte
- ca 60 euro

ich wohn noch bis mittwoch in der ferienwohnung bei frau {P("arfsten")} in nieblum, {A("Alkersumstieg " + house())}
wenn was abgegeben wurde bitte melden!! handy {T(mobile_de("plain"))}

danke!!
{P("lea")}

({P("lea marie kowalczyk")})
""", []


def d15():
    kz = kassenzeichen()
    kd = f"1008{num(10, 99)}"
    iban = iban_de()
    return "word", "mahnung-liegeentgelt", f"""Gemeinde Wyk auf Föhr · Der Bürgermeister · Hafenmeisterei – Kasse
Gemeinde Wyk auf Föhr, {N(OFFICE_STREET)}, {N(OFFICE_CITY)}

Herrn
{P("Dr. med. Volker Lüdecke-Sanden")}
{A("Parkallee " + house())}
{A("28209 Bremen")}

Kassenzeichen: {AZ(kz)}
Kunden-Nr.:    {AZ(kd)}
Datum:         15.10.2025

1. Mahnung – Liegeplatzentgelt 2025, 2. Rate

Sehr geehrter Herr Dr. {P("Lüdecke-Sanden")},

die am 15.07.2025 fällige zweite Rate des Liegeplatzentgelts für Box A 07 über 1.080,00 EUR ist bis heute nicht bei uns eingegangen. Die Lastschrift von Ihrem Konto {IB(iban)} wurde von Ihrer Bank mit dem Vermerk „Widerspruch durch Zahlungspflichtigen" zurückgegeben. Dadurch sind uns Bankgebühren von 8,50 EUR entstanden, die wir Ihnen weiterberechnen.

Bitte überweisen Sie 1.088,50 EUR bis zum 31.10.2025 auf das Konto der Gemeindekasse (IBAN {N(spaced(KASSE_IBAN))}) und geben Sie das Kassenzeichen an. Ihre Ehefrau, Frau {P("Christiane Sanden")}, hatte am Telefon angekündigt, dass Sie den Platz zum Saisonende kündigen möchten; die Kündigung muss nach § 6 des Vertrags schriftlich bis 30.11. erfolgen und lässt die offene Forderung unberührt.

Sollten Sie inzwischen gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Grüßen
Im Auftrag

{P("Heike Nommensen")}
Tel. {T("04681 5087-31")} · {E("h.nommensen@wyk-foehr.de")}
Zentrale {N(OFFICE_TEL)} · {N(OFFICE_MAIL)}
""", []


def d16():
    ph = phone_dk()
    plate = plate_dk()
    return "outlook", "havnefoged-auskunft-dk", f"""Fra: {P("Jesper Kjærgaard")} <{E("jk@romo-havn.dk")}>
Til: {P("Ocke Brodersen")} <{E("o.brodersen@wyk-foehr.de")}>
Emne: SV: Sejlbåd {N("Fru Jensen")} – kennt ihr den?

Hej {P("Ocke")},

tak for din mail. Ja, vi kender båden alt for godt. Ejeren er {P("Henrik Bech Mølgaard")}, {A("Havnegade " + house())}, {A("6792 Rømø")}, tlf. {T(ph)}, mail {E("henrikbm@outlook.dk")}. Han lå hos os i Havneby hele juni og skylder os stadig havnepenge for 24 døgn. Han sagde, han ville sejle til Föhr og videre til Helgoland.

Hans bil holder stadig på vores parkeringsplads ved færgen: dansk nummerplade {KFZ(plate)}, en grå Volvo. Hvis han dukker op hos jer, så sig gerne, at han skal ringe til mig.

Venlig hilsen / Viele Grüße
{P("Jesper Kjærgaard")}
Havnefoged, Rømø Havn
{N("+45 74 75 52 00")}

> Von: {P("Ocke Brodersen")}
> Gesendet: Dienstag, 8. Juli 2025 09:51
> An: {E("jk@romo-havn.dk")}
> Betreff: Sejlbåd {N("Fru Jensen")} – kennt ihr den?
>
> Moin {P("Jesper")},
> bei uns liegt seit Freitag eine dänische Motorsegler {N("Fru Jensen")} (Heimathafen Rømø) ohne Anmeldung an der Kaje, niemand an Bord, Liegegeld nicht bezahlt. Kennt ihr den Eigner? Weißt du, wie man ihn erreicht?
> Gruß {P("Ocke")}
""", []


def d17():
    b = dob(2000, 2003)
    tid = ids.tax_id()
    sv = ssn(b, "K", "spaced")
    kv = ids.health_insurance()
    iban = iban_de()
    return "word", "personalfragebogen-saisonkraft", f"""PERSONALFRAGEBOGEN – befristete Beschäftigung Saison 2025
Einsatz: Strandkorbvermietung Südstrand (Föhr Tourismus), 01.05.–30.09.2025, 30 Std./Woche

Name, Vorname:                 {P("Bohn, Merle")}
Geburtsname:                   {P("Krützfeldt")}
Geburtsdatum, -ort:            {DOB(fdate(b))}, Heide (Holstein)
Anschrift (Saison):            {A("Rebbelstieg " + house())}, {A("25938 Wyk auf Föhr")}
Hauptwohnsitz:                 {A("Westerstraße " + house())}, {A("25746 Heide")}
Telefon / E-Mail:              {T(mobile_de("slash"))} / {E("merle.bohn@gmx.de")}

Steuer-Identifikationsnummer:  {TID(tid[:2] + " " + tid[2:5] + " " + tid[5:8] + " " + tid[8:])}
Steuerklasse / Kinderfreibeträge: I / 0
Konfession (Kirchensteuermerkmal): rk
Rentenversicherungsnummer:     {SSN(sv)}
Krankenkasse:                  Techniker Krankenkasse, KVNR {KV(kv)}
Bankverbindung:                {IB(spaced(iban))} (Kontoinhaberin: {P("Merle Bohn")})

Weitere Beschäftigungen: Minijob Eisdiele {N("Lüttes Eiscafé")} (bis 30.04.)
Gewerkschaftszugehörigkeit (freiwillig, für Tarifanwendung): ver.di
Schwerbehinderung: nein

Notfallkontakt: {P("Jörn Bohn")} (Vater), {T(land_de("0481", "space"))}

Ich versichere die Richtigkeit der Angaben.
Wyk, 22.04.2025   {P("M. Bohn")}

Eingang Personalstelle Amt: 23.04.2025 – {P("A. Ketels")}
""", ["RELIGION", "UNION"]


def d18():
    c = card("5", 16)
    return "outlook", "barrierefreie-ferienwohnung", f"""Van: {P("Femke van 't Hof")} <{E("femke.vanthof@kpnmail.nl")}>
Aan: {N(TOUR_MAIL)}
Onderwerp: barrierefreie Ferienwohnung 13.–27. September

Guten Tag Frau {P("Olufs")},

Ihre Kollegin hat mir am Telefon Ihren Namen gegeben. Wir (mein Mann {P("Joost Verhoeven")} und ich) suchen für 13.–27. September eine wirklich barrierefreie Ferienwohnung auf Föhr, ebenerdig, mit Dusche ohne Schwelle und möglichst nah am Hafen. {P("Joost")} hat Multiple Sklerose und sitzt seit letztem Jahr im Rollstuhl (Breite 68 cm, also Türen mindestens 80 cm bitte). Ein Pflegebett brauchen wir nicht.

Die Anzahlung können Sie von meiner Kreditkarte abbuchen:
Mastercard {CC(card_spaced(c, " "))}, gültig bis 08/27, Karteninhaberin {P("F. van 't Hof")}

Unsere Adresse: {A("Prinsengracht " + house() + "-II")}, {A("1017 KH Amsterdam")}
Telefon {T("+31 20 " + ids.digits(3) + " " + ids.digits(4))} oder mobil {T(phone_nl_mobile("nat"))}

Entschuldigen Sie mein Deutsch!
Hartelijke groeten
{P("Femke van 't Hof")}
""", ["HEALTH"]


def d19():
    rows = [
        ("C 01", N("Uthlande"), P("Boy Ketels"), "Wyk", T(mobile_de("space")), KFZ(plate_de("NF", "BK"))),
        ("C 02", "– frei ab 2026 –", "", "", "", ""),
        ("C 03", N("Sea Lion"), P("Prof. Dr. Reinhard Ahlers"), "Hamburg", T(land_de("040", "space")), KFZ(plate_de("HH", "RA"))),
        ("C 04", N("Nordlys"), P("Torben Vestergaard"), "Sønderborg", T(phone_dk()), KFZ(plate_dk()) + " (DK)"),
        ("C 05", N("Inken"), P("Hark Petersen"), "Wyk", T(land_de("04681", "slash")), KFZ(plate_de("NF", "HP"))),
        ("C 06", N("Vliegende Hollander II"), P("Sanne") + " & " + P("Ruud Dijkstra"), "Lemmer", T(phone_nl_mobile("intl")), "–"),
        ("C 07", N("Gesa"), P("Arfst Arfsten"), "Oevenum", T(mobile_de("plain")), KFZ(plate_de("NF", "AA"))),
        ("C 08", N("Lütt Bär"), P("Anke-Marie Früdden"), "Niebüll", T(mobile_de("dash")), KFZ(plate_de("NF", "AF"))),
        ("C 09", "Arbeitsboot Gemeinde (" + N("Kolk") + ")", "Hafenmeisterei", "Wyk", N(OFFICE_TEL), "–"),
        ("C 10", N("Blauwal"), P("Dr. Katarzyna Nowak-Brandt"), "Berlin", T(mobile_de("intl")), KFZ(plate_de("B", "KN"))),
        ("C 11", N("Wattwurm"), P("Jens-Peter Harksen"), "Utersum", T(land_de("04683", "space")), KFZ(plate_de("NF", "JH"))),
    ]
    lines = ["| " + " | ".join(r) + " |" for r in rows]
    return "word", "belegungsplan-steg", """BELEGUNGSPLAN STEG C – Dauerlieger 2025 (Stand 15.05.2025)

| Box | Boot | Eigner/in | Heimathafen | Telefon | Kennz. PKW/Trailer |
|---|---|---|---|---|---|
""" + "\n".join(lines) + f"""

Hinweise: C 04 fährt im August 3 Wochen nach Norwegen, Box in dieser Zeit als Gastplatz vergeben (Absprache mit Herrn {P("Vestergaard")}). Strom C 06 über Zähler 14.
Stand gepflegt: {P("W. Tadsen")}
""", []


def d20():
    mob = mobile_de("space")
    return "outlook", "antrag-gemeindevertreter", f"""Von: {P("Nis Paulsen")} <{E("nis.paulsen@foehr-online.de")}>
An: {P("Uwe Ketelsen")} <{E("buergermeister@wyk-foehr.de")}>
Cc: {P("Hans-Jürgen Boysen")} <{E("hj.boysen@t-online.de")}>
Betreff: Antrag für den Hafenausschuss am 25.09. – Liegegebühren Nebenerwerbsfischer

Moin {P("Uwe")},

als Sprecher der SSW-Fraktion in der Gemeindevertretung möchte ich für die Ausschusssitzung am 25.09. folgenden Antrag einbringen:

„Die zum 01.01.2026 beschlossene Erhöhung der Liegeentgelte um 18 % gilt nicht für gewerbliche Nebenerwerbsfischer mit Heimathafen Wyk."

Begründung kurz: Die Erhöhung trifft unsere letzten beiden Krabbenfischer hart, {P("Erk Rörden")} und {P("Jakob Nickelsen")}. {P("Erk")} hat mir gesagt, dass er sonst nach Dagebüll geht. Für die Gemeinde geht es um rund 900 EUR im Jahr.

Ich bin auf den Sitzungsunterlagen bitte als Antragsteller für die SSW aufzuführen. Ich rufe dich morgen Vormittag an, sonst erreichst du mich auf dem Handy ({T(mob)}).

Mit freundlichen Grüßen / Venlig hilsen
{P("Nis Paulsen")}
Gemeindevertreter, SSW
""", ["POLITICS"]


def d21():
    return "word", "niederschrift-hafenausschuss", f"""NIEDERSCHRIFT
über die 14. Sitzung des Hafen- und Tourismusausschusses der Gemeinde Wyk auf Föhr
am Donnerstag, 25.09.2025, 18:00 Uhr bis 20:10 Uhr, Sitzungssaal Rathaus, {N(TOWNHALL_STREET)}

Anwesend:
Vorsitzender: {P("Hans-Jürgen Boysen")} (CDU)
Mitglieder: {P("Nis Paulsen")} (SSW), {P("Frauke Lorenzen-Witt")} (Grüne), {P("Detlef Christiansen")} (CDU), {P("Gesa Tadsen-Bohn")} (SPD), {P("Malte Roeloffs")} (WG Föhr)
Verwaltung: Bürgermeister {P("Uwe Ketelsen")}, Hafenmeister {P("Ocke Brodersen")}, {P("Dr. Anke-Marie Hinrichsen")} (Föhr Tourismus)
Entschuldigt: {P("Sven-Ole Jessen")} (FDP)
Protokoll: {P("Jannik Feddersen")}

TOP 1 Eröffnung, Beschlussfähigkeit – festgestellt.

TOP 2 Bericht des Hafenmeisters
Herr {P("Brodersen")} berichtet über 6.412 Gastliegernächte (Vorjahr 5.980), davon 41 % aus Dänemark, 22 % aus den Niederlanden. Das Zugangssystem am Sanitärgebäude läuft seit Mai.

TOP 3 Antrag der SSW-Fraktion: Liegeentgelte Nebenerwerbsfischer
Herr {P("Paulsen")} begründet den Antrag. Frau {P("Lorenzen-Witt")} unterstützt ihn. Herr {P("Christiansen")} hält eine Ausnahme für rechtlich problematisch (Gleichbehandlung). Der Bürgermeister sagt eine Prüfung durch das Amt zu.
Beschluss: 4 Ja, 2 Nein, 0 Enthaltungen – der Antrag wird der Gemeindevertretung zur Annahme empfohlen.

TOP 4 Einwohnerfragestunde
Herr {P("Arne Thomsen")} fragt, wann die Rampe an Steg B saniert wird. Antwort: im Winter 2025/26. Frau {P("Inken Harksen")} fragt nach längeren Öffnungszeiten der Tourist-Info im Oktober; wird geprüft.

TOP 5 (nichtöffentlich) Vergabe Dauerliegeplatz C 02
Der Ausschuss stimmt der Vergabe an Herrn {P("Tade Hinrichsen")} (Warteliste Rang 1) zu. Herr {P("Roeloffs")} nimmt wegen Verwandtschaft nicht an der Beratung teil.

{P("Boysen")}                 {P("Feddersen")}
Vorsitzender              Protokollführer
""", ["POLITICS"]


def d22():
    b = dob(1976, 1982)
    pas = ids.passport(check_digit=False)
    az = f"WSP-HUS {num(600, 999)}/25"
    return "outlook", "anfrage-wasserschutzpolizei-fwd", f"""Von: {P("Brodersen, Ocke")}
An: {P("Tadsen, Wiebke")}
Betreff: WG: Auskunftsersuchen Yacht "Marlin" – Az. {AZ(az)}

{P("Wiebke")}, bitte bis Freitag aus der Gastliegerliste August raussuchen, ob die da war und wer bezahlt hat. Auskunft geht nur schriftlich an die WSP, nicht telefonisch. Danke, {P("Ocke")}

________________________________
Von: {P("Sven Rehders")} <{E("sven.rehders@polizei.landsh.de")}>
Gesendet: Mittwoch, 10. September 2025 11:04
An: {N(OFFICE_MAIL)}
Betreff: Auskunftsersuchen Yacht "Marlin" – Az. {AZ(az)}

Sehr geehrte Damen und Herren,

im Rahmen eines Ermittlungsverfahrens bitten wir um Auskunft, ob die Segelyacht {N("Marlin")} (ca. 11 m, weißer Rumpf, blaues Persenning) im Zeitraum 01.–31.08.2025 in Ihrem Hafen lag, und wenn ja, wer als Schiffsführer angemeldet war.

Nach unseren Erkenntnissen wird die Yacht geführt von Herrn {P("Marco Dehn")}, geb. {DOB(fdate(b))}, wohnhaft {A("Am Kanal " + house())}, {A("26802 Moormerland")}, Reisepass-Nr. {PASS(pas)}. Möglicherweise war er in Begleitung von Frau {P("Svenja Holtkamp")}. Auf Herrn {P("Dehn")} ist außerdem ein PKW mit dem Kennzeichen {KFZ(plate_de("LER", "MD"))} zugelassen, der eventuell auf dem Hafenparkplatz stand.

Bitte senden Sie Ihre Antwort unter Angabe des Aktenzeichens an das Postfach des Reviers.

Mit freundlichen Grüßen
Im Auftrag
{P("Rehders")}, POK
Wasserschutzpolizeirevier Husum
Tel. {T("04841 8330-" + ids.digits(3))}
""", []


def d23():
    people = [
        (STATE["carstensen_mandate"], "Carstensen, Hauke", STATE["carstensen_iban"], "HASPDEHHXXX", "921,00"),
        (f"WYK-HAFEN-{ids.digits(6)}", "Ketels, Boy", iban_de(), "NOLADE21NOS", "684,00"),
        (f"WYK-HAFEN-{ids.digits(6)}", "Vestergaard, Torben", iban_dk(), "SYBKDK22", "1.044,00"),
        (f"WYK-HAFEN-{ids.digits(6)}", "Dijkstra, Ruud", iban_nl(), "RABONL2U", "1.098,00"),
        (f"WYK-HAFEN-{ids.digits(6)}", "Ahlers, Reinhard Prof. Dr.", iban_de(), "DEUTDEHHXXX", "1.206,00"),
        (f"WYK-HAFEN-{ids.digits(6)}", "Nowak-Brandt, Katarzyna", iban_de(), "BELADEBEXXX", "990,00"),
        (f"WYK-HAFEN-{ids.digits(6)}", "Früdden, Anke-Marie", iban_de(), "NOLADE21NIB", "702,00"),
        (f"WYK-HAFEN-{ids.digits(6)}", "Harksen, Jens-Peter", iban_de(), "GENODEF1BDS", "756,00"),
    ]
    lines = [f"{AZ(r)};{P(n)};{IB(i)};{bic};{amt};EUR;RCUR;15.07.2025" for r, n, i, bic, amt in people]
    return "word", "sepa-lastschrift-export", """SEPA-Lastschrift Liegeplatzentgelt 2025, 2. Rate – Fälligkeit 15.07.2025
Datei sepa_lp25_rate2.csv, erzeugt 01.07.2025 07:58, Gläubiger-ID """ + N(CREDITOR_ID) + """
(Spalten: Mandatsreferenz; Zahlungspflichtiger; IBAN; BIC; Betrag; Währung; Sequenz; Fälligkeit)

""" + "\n".join(lines) + f"""

Summe: 8 Lastschriften, 7.401,00 EUR – freigegeben: {P("Nommensen")} / {P("Brodersen")} (4-Augen)
""", []


def d24():
    return "outlook", "skipper-anfrage-no", f"""From: {P("Sindre Haugen")} <{E("sindre.haugen@online.no")}>
To: {N(OFFICE_MAIL)}
Subject: arriving tmrw from helgoland

hi there,

we arrive tomorrow approx 15.00 from helgoland with {N("Sjøsprøyt")}, 34 ft, 1,8 m draft. need a box for 2-3 nights + diesel (ca 120 l) – is the fuel pontoon open on sunday?
we have a dog onboard, is that ok on the pontoons?

also my friend {P("Tor Inge Nygård")} comes with the ferry on thursday and joins us for the trip to esbjerg. can he leave his car on the harbour parking for 2 weeks? it's a norwegian car, {KFZ("EL " + ids.digits(5, True))}, white tesla

takk / cheers
{P("Sindre")}

sent from my phone – {T(phone_no_mobile())}
""", []


def d25():
    ref = f"FT-25-{ids.digits(5)}"
    iban = iban_se()
    return "word", "buchungsbestaetigung-se", f"""Föhr Tourismus GmbH · Gästeservice · {N("Am Fähranleger 1")} · {N(OFFICE_CITY)}

Familjen
{P("Elin")} och {P("Mikael Åkesson")}
{A("Sjögatan " + house() + "B")}
{A("SE-421 70 Västra Frölunda")}
SCHWEDEN

Buchungsnummer: {AZ(ref)}
Wyk, 03.04.2025

Reservierungsbestätigung / Bokningsbekräftelse

Sehr geehrte Frau {P("Åkesson")}, sehr geehrter Herr {P("Åkesson")},

vielen Dank für Ihre Buchung. Wir bestätigen:

Unterkunft:   Ferienhaus {N("Lüttje Hüs")}, {A("Uasterstigh " + house())}, {A("25938 Wyk auf Föhr")}
Zeitraum:     19.07.2025 (ab 16 Uhr) – 02.08.2025 (bis 10 Uhr)
Personen:     2 Erwachsene, 2 Kinder ({P("Alva")}, 7 Jahre; {P("Nils")}, 4 Jahre)
Preis:        2.380,00 EUR zzgl. Kurabgabe (Kinder unter 6 frei)
Anzahlung:    714,00 EUR – am 28.03.2025 eingegangen von Konto {IB(spaced(iban))}

Schlüsselübergabe durch die Vermieterin, Frau {P("Göntje Rörden")}, Tel. {T(land_de("04681", "space"))}. Bitte rufen Sie sie vom Fähranleger aus an.

Med vänliga hälsningar / Mit freundlichen Grüßen
{P("Kerrin Olufs")}
Gästeservice · {N(TOUR_TEL)} · {N(TOUR_MAIL)}
""", []


def d26():
    return "outlook", "laermbeschwerde-steg", f"""Von: {P("Günther Lüttjohann")} <{E("g.luettjohann@freenet.de")}>
An: {N(OFFICE_MAIL)}
Betreff: schon wieder party auf der {N("Knallkopp")} !!!

moin herr {P("brodersen")},

ich muss mich leider schon wieder beschweren. die jungs von der motoryacht auf B 9 (der eigner ist wohl ein gewisser {P("tobias reimers")} aus hamburg, sein auto {KFZ(plate_de("HH", "TR"))} steht übrigens jeden abend quer auf dem behindertenparkplatz) haben bis 3 uhr nachts musik an und grölen auf dem steg rum.
meine frau {P("inge")} hat seit märz einen herzschrittmacher und braucht ihren schlaf, der arzt hat gesagt aufregung ist gift für sie. wir liegen da seit 22 jahren und sowas hatten wir noch nie.

ich hab videos gemacht auf dem handy, kann ich ihnen schicken wenn sie wollen. bitte tun sie was, sonst ruf ich die polizei

mfg
{P("Günther Lüttjohann")}
B 11, {N("Seeschwalbe")}
tel {T(mobile_de("space"))}
""", ["HEALTH"]


def d27():
    holders = [("Boy Ketels", "C 01"), ("Hark Petersen", "C 05"), ("Sönke Matzen", "B 14"),
               ("Arne Thomsen", "B 17"), ("Dr. Gesa Jacobsen", "D 12"), ("Anke-Marie Früdden", "C 08"),
               ("Günther Lüttjohann", "B 11")]
    lines = [f"– {P(n)} ({b}), Template-Nr. {N(f'{num(1, 60):04d}')}, registriert am {num(2, 28):02d}.05.2025"
             for n, b in holders]
    return "word", "vermerk-fingerabdruck-zugang", f"""VERMERK
Zugangssystem Sanitärgebäude Stege A–D (Fingerabdruckleser mit Chip-Alternative)
Verfasser: {P("Ocke Brodersen")} – 16.06.2025 – zur Vorlage bei der Datenschutzbeauftragten

Seit 01.05.2025 können Dauerlieger das Sanitärgebäude entweder mit Transponder-Chip oder per Fingerabdruck öffnen. Der Leser speichert kein Bild, sondern ein Fingerabdruck-Template (Minutien-Datensatz) lokal im Gerät; eine Einwilligung nach Art. 9 Abs. 2 lit. a DSGVO wurde jeweils schriftlich eingeholt.

Folgende Personen haben bisher ein Template hinterlegt:
""" + "\n".join(lines) + f"""

Herr {P("Matzen")} hat am 12.06.2025 seine Einwilligung widerrufen und die Löschung seines Templates verlangt (Art. 17 DSGVO). Das Template wurde am 13.06. am Gerät gelöscht, Herr {P("Matzen")} hat einen Chip erhalten (Pfand 20 EUR). Der Hersteller konnte nicht bestätigen, ob im Backup des Wartungslaptops noch eine Kopie liegt.

Bitte um Prüfung durch Frau {P("Tatje Knudsen")} ({E("t.knudsen@amt-foehr-amrum.de")}), ob
1. das Backup gelöscht werden muss und
2. für 2026 ganz auf Chips umgestellt werden soll.

gez. {P("Brodersen")}
""", ["BIOMETRIC"]


def d28():
    b1, b2 = dob(1982, 1986), dob(1985, 1989)
    return "outlook", "trauung-leuchtturm", f"""Von: {P("Emre Aydın")} <{E("emre.aydin@posteo.de")}>
An: {N(TOUR_MAIL)}
Betreff: Hochzeit auf Föhr im Juni 2026 – Trauort und Zimmerkontingent

Liebe Frau {P("Olufs")},

mein Verlobter und ich ({P("Dr. Malte Jessen")} und {P("Emre Aydın")}) möchten uns im Juni 2026 auf Föhr das Jawort geben – {P("Malte")} hat als Kind jeden Sommer bei seinen Großeltern in Nieblum verbracht. Wir haben gelesen, dass das Standesamt auch außerhalb des Rathauses traut, etwa am Leuchtturm oder an Bord eines Traditionsschiffs im Hafen. Ist das für zwei Männer genauso möglich und welche Termine gibt es?

Für die Anmeldung der Eheschließung vorab unsere Daten:
{P("Malte Jessen")}, geb. {DOB(fdate(b1))} in Flensburg
{P("Emre Aydın")}, geb. {DOB(fdate(b2))} in Bremen
beide wohnhaft {A("Bahrenfelder Straße " + house())}, {A("22765 Hamburg")}

Trauzeugen werden die Schwester von {P("Malte")}, {P("Inga Jessen")}, und unser Freund {P("Sebastian Kroll")}.

Außerdem suchen wir für ca. 40 Gäste Zimmer vom 12. bis 14. Juni – gibt es bei Ihnen Kontingente für Hochzeitsgesellschaften?

Viele Grüße
{P("Emre")}
{T(mobile_de("intl_space"))}
""", ["SEXUAL_ORIENTATION"]


def d29():
    vendors = [
        ("70012", P("Inken Harksen") + " Segelmacherei", A("Sandwall " + house()), A("25938 Wyk auf Föhr"),
         TNR(tax_number_sh()), VAT(vat_de()), IB(iban_de()), T(land_de("04681", "space"))),
        ("70019", "Tauchservice " + P("Knut Ingwersen"), A("Fehrstieg " + house()), A("25938 Wyk auf Föhr"),
         TNR(tax_number_sh()), "–", IB(iban_de()), T(mobile_de("slash"))),
        ("70023", "Elektro " + P("Rörd Matthiesen") + " e.K.", A("Industriestraße " + house()), A("25899 Niebüll"),
         TNR(tax_number_sh()), VAT(vat_de()), IB(spaced(iban_de())), T(land_de("04661", "slash"))),
        ("70031", "Kranverleih " + P("Hanna Sievers"), A("Dorfstraße " + house()), A("25938 Oevenum"),
         TNR(ids.tax_number_federal_nrw()), "–", IB(iban_de()), E("kran.sievers@web.de")),
        ("70044", P("Jens Aagaard") + " Bådservice (enkeltmandsvirksomhed)", A("Skibbroen " + house()), A("DK-6200 Aabenraa"),
         "–", VAT(vat_dk()), IB(iban_dk()), T(phone_dk())),
        ("70051", P("Joris ter Horst") + " Zeilreparatie (ZZP)", A("Noorderhaven " + house()), A("8861 AL Harlingen"),
         "–", VAT(vat_nl()), IB(iban_nl()), E("joris@terhorst-zeil.nl")),
        ("70058", N("Nordsee Festmacher GmbH") + ", z. Hd. Frau " + P("Bente Thomsen"), A("Hafenweg " + house()),
         A("25813 Husum"), TNR(tax_number_sh()), VAT(vat_de()), IB(iban_de()), T(land_de("04841", "space"))),
    ]
    header = "Kreditor;Name;Straße;PLZ Ort;Steuernummer;USt-IdNr;IBAN;Kontakt"
    lines = [";".join(v) for v in vendors]
    return "word", "kreditoren-stammdaten", f"""Kreditorenstammdaten Hafenmeisterei – Auszug aus dem Finanzverfahren (Änderungen 2025)
Stand: 30.06.2025 – angelegt/geändert von {P("H. Nommensen")}

{header}
""" + "\n".join(lines) + f"""

Hinweis zu 70031: Steuernummer noch aus NRW (Umzug 2024), neue Nummer beim FA Nordfriesland angefragt.
Hinweis zu 70044/70051: Reverse Charge, keine deutsche USt ausweisen. Kontrolliert: {P("O. Brodersen")}
""", []


def d30():
    b = dob(2013, 2015)
    return "outlook", "jugendsegelkurs-anmeldung", f"""Fra: {P("Mette Sørensen-Hansen")} <{E("mette.sh@mail.tele.dk")}>
Til: {N(OFFICE_MAIL)}
Emne: Anmeldung Jugendsegelkurs Optimist – sommerferie / {P("Ida")}

Hej / Moin,

hermed tilmelder jeg min datter til jeres sejlerskole i sommerferien (Kurs 2, 21.–25. juli), ich schreibe lieber auf Deutsch, mein Deutsch ist besser als mein Englisch :)

Teilnehmerin: {P("Ida Sørensen-Hansen")}, født {DOB(fdate(b, "dk"))}
Wir wohnen im Sommer im Haus meiner Schwiegermutter, {P("Karen Hansen")}, {A("Badestraße " + house())} in Wyk, sonst {A("Skovvej " + house())}, {A("6230 Rødekro")}.

Wichtig: {P("Ida")} hat Epilepsie (Absencen), gut eingestellt mit Medikamenten, seit einem Jahr anfallsfrei. Die Ärztin sagt, Segeln mit Schwimmweste und Begleitboot ist ok. Bitte sagen Sie den Trainern Bescheid; ein Notfallblatt bringe ich am ersten Tag mit.
{P("Ida")} kann schwimmen (Bronze / svømmeprøve 200 m).

Abholung: ich oder ihr Vater {P("Anders Hansen")}, mobil {T(phone_dk())} / {T(phone_dk())}

Mange tak og venlig hilsen
{P("Mette")}
""", ["HEALTH"]


DOCS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16, d17, d18, d19, d20,
        d21, d22, d23, d24, d25, d26, d27, d28, d29, d30]


def main():
    out = []
    for i, fn in enumerate(DOCS, 1):
        channel, template, marked, flags = fn()
        out.append(build(f"F134-{i:03d}", channel, template, marked, flags))
    with open(OUT, "w", encoding="utf-8") as f:
        for obj in out:
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
