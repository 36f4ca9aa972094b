"""Blind test batch 131: customer service of a Bavarian municipal utility (Stadtwerke Straubing, invented staff and
customers). Mails and Word documents about electricity/gas/water contracts, SEPA mandates, meter readings, moves,
hardship fund, payment plans and supply-block warnings. Deterministic: all randomness comes from Identifiers(13131).
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from identifiers import Identifiers, group, icao_check, luhn_check, mod11_10_check  # noqa: E402
from marks import build  # noqa: E402

ids = Identifiers(13131)
rng = ids.rng
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh131.jsonl")


# ---------------------------------------------------------------- marks
def m(code, value):
    return f"[[{code}|{value}]]"


def P(v): return m("P", v)
def A(v): return m("A", v)
def E(v): return m("E", v)
def T(v): return m("T", v)
def N(v): return m("N", v)
def AZ(v): return m("AZ", v)
def DOB(v): return m("DOB", v)
def IB(v): return m("IBAN", v)
def KFZ(v): return m("KFZ", v)


# ---------------------------------------------------------------- identifiers and numbers
def mod97(country, bban):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def iban_de():
    return ids.iban_de()


def iban_hr():
    bank = rng.choice(["234000", "236000", "240200", "248400"])
    bank += str(mod11_10_check(bank))
    acct = "1" + ids.digits(8)
    acct += str(mod11_10_check(acct))
    return mod97("HR", bank + acct)


def iban_gr():
    return mod97("GR", rng.choice(["011", "017", "026", "014"]) + ids.digits(4) + ids.digits(16))


IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]


def iban_it():
    # CIN: Italian national check letter over ABI + CAB + 12-digit account (odd positions mapped, even as value)
    abi = rng.choice(["03069", "02008", "05034", "01030"])
    cab = ids.digits(5)
    conto = ids.digits(12)
    body = abi + cab + conto
    total = sum(IT_ODD[int(c)] if i % 2 == 0 else int(c) for i, c in enumerate(body))
    cin = chr(ord("A") + total % 26)
    return mod97("IT", cin + body)


def fmt_iban(iban, style=None):
    style = style if style is not None else rng.choice(["group", "group", "plain"])
    return group(iban, 4) if style == "group" else iban


def creditor_id():
    nat = "0" + ids.digits(10)
    digits = "".join(str(int(c, 36)) for c in nat + "DE00")
    return f"DE{98 - int(digits) % 97:02d}ZZZ{nat}"


CREDITOR = None  # set once below, the utility's own (public) creditor identifier


def malo():
    body = ids.digits(10, first_nonzero=True)
    odd = sum(int(c) for c in body[0::2])
    even = sum(int(c) for c in body[1::2])
    return body + str((10 - (odd + 2 * even) % 10) % 10)


def zaehlpunkt():
    return "DE0001472" + "94315" + "0" * 10 + ids.digits(9) + "0"


def meter(kind="strom"):
    if kind == "strom":
        return rng.choice(["1ESY11", "1EMH00", "1ITF00", "1LOG01"]) + ids.digits(8)
    if kind == "gas":
        return "7GMT" + ids.digits(9)
    return "WZ-" + ids.digits(2) + "-" + ids.digits(6)


def kdnr(spaced=None):
    v = "10" + ids.digits(8)
    spaced = rng.random() < 0.5 if spaced is None else spaced
    return f"{v[:4]} {v[4:7]} {v[7:]}" if spaced else v


def vk(spaced=None):
    v = "21" + ids.digits(8)
    spaced = rng.random() < 0.5 if spaced is None else spaced
    return f"{v[:4]} {v[4:8]} {v[8:]}" if spaced else v


def mandref():
    return "SWS-" + ids.digits(10) + "-" + rng.choice(["01", "02", "03"])


def hf_az():
    return f"HF-2025-{ids.digits(4)}"


MOBILE = ["0151", "0152", "0157", "0159", "0160", "0162", "0170", "0171", "0172", "0173", "0175", "0176", "0177",
          "0178", "0179"]


def mobile(style=None):
    pre = rng.choice(MOBILE)
    rest = ids.digits(8 if pre[:3] == "015" or pre in ("0176", "0177", "0178", "0179") else 7, first_nonzero=True)
    style = style or rng.choice(["space", "slash", "dash", "intl", "plain", "intl_sp"])
    if style == "space":
        return f"{pre} {rest}"
    if style == "slash":
        return f"{pre}/{rest}"
    if style == "dash":
        return f"{pre}-{rest[:3]} {rest[3:]}"
    if style == "intl":
        return f"+49{pre[1:]}{rest}"
    if style == "intl_sp":
        return f"+49 {pre[1:]} {rest}"
    return pre + rest


def landline(area="09421", style=None):
    n = ids.digits(rng.choice([5, 6]), first_nonzero=True)
    style = style or rng.choice(["space", "slash", "paren", "intl", "dash"])
    if style == "space":
        return f"{area} {n}"
    if style == "slash":
        return f"{area}/{n}"
    if style == "paren":
        return f"({area}) {n}"
    if style == "dash":
        return f"{area}-{n}"
    return f"+49 {area[1:]} {n}"


def dob(y0, y1, style=None):
    y = rng.randint(y0, y1)
    mo = rng.randint(1, 12)
    d = rng.randint(1, 28)
    style = style or rng.choice(["dot", "dot", "short", "long", "nopad"])
    months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
              "November", "Dezember"]
    if style == "dot":
        s = f"{d:02d}.{mo:02d}.{y}"
    elif style == "short":
        s = f"{d:02d}.{mo:02d}.{y % 100:02d}"
    elif style == "long":
        s = f"{d}. {months[mo - 1]} {y}"
    elif style == "iso":
        s = f"{y}-{mo:02d}-{d:02d}"
    else:
        s = f"{d}.{mo}.{y}"
    return s, f"{d:02d}{mo:02d}{y % 100:02d}"


def hn():
    n = rng.randint(1, 140)
    return str(n) + (rng.choice(["a", "b", ""]) if rng.random() < 0.2 else "")


def idcard():
    return ids.id_card(check_digit=rng.random() < 0.4)


CREDITOR = creditor_id()
OFFICE_TEL = "09421 8603-0"
OFFICE_MAIL = "kundenservice@stadtwerke-straubing.de"

STREETS = ["Schlesische Straße", "Ittlinger Straße", "Landshuter Straße", "Regensburger Straße", "Hebbelstraße",
           "Stetthaimerstraße", "Geiselhöringer Straße", "Fraunhoferstraße", "Kagerser Ring", "Pürkelgutstraße",
           "Am Hagen", "Heerstraße", "Alburger Hauptstraße", "Sankt-Nikola-Straße", "Schildhauerweg",
           "Wittelsbacherhöhe", "Ulrich-Schmidl-Straße", "Am Peterswöhrd", "Bgm.-Schmid-Str.", "Hornstorfer Feld",
           "Donaugasse", "Auf der Platte", "Äußere Passauer Str.", "Hofmarkstraße", "Stadtgraben",
           "Lerchenhaid", "Chamer Str.", "Sossauer Weg", "Am Mühlbach", "Rennweg"]
TOWNS = [("94315", "Straubing")] * 6 + [("94327", "Bogen"), ("94330", "Aiterhofen"), ("94348", "Atting"),
                                         ("94365", "Parkstetten"), ("94333", "Geiselhöring"),
                                         ("94356", "Kirchroth")]
NAMES = [
    ("Korbinian", "Schötz"), ("Johanna", "Feldmeier"), ("Alois", "Hofstetter"), ("Theresia", "Ettenhuber"),
    ("Maximilian", "Stadler"), ("Veronika", "Kiendl"), ("Ludwig", "Hirtreiter"), ("Rosina", "Schwarzmeier"),
    ("Marko", "Vuković"), ("Ivana", "Matić"), ("Josip", "Radić"), ("Snježana", "Marić"), ("Tomislav", "Perić"),
    ("Georgios", "Papadopoulos"), ("Eleni", "Konstantinidou"), ("Dimitrios", "Karagiannis"),
    ("Sofia", "Georgiou"), ("Vasilis", "Tsakiridis"), ("Viktor", "Reimer"), ("Waldemar", "Penner"),
    ("Jelena", "Schmidt"), ("Aigerim", "Nurlanova"), ("Yerlan", "Sadykov"), ("Dana", "Omarova"),
    ("Giuseppe", "Marino"), ("Chiara", "Lo Bianco"), ("Antonio", "Ferraro"), ("Francesca", "Greco"),
    ("Salvatore", "Caruso"), ("Emre", "Kaya"), ("Sabine", "Moll-Aumeier"), ("Hans-Jürgen", "Pichlmeier"),
    ("Anna-Lena", "Ederer"), ("Dr. Matthias", "Zitzelsberger"), ("Magdalena", "von Preysing"),
    ("Kristina", "Weinzierl"), ("Andrij", "Melnyk"), ("Oksana", "Bondarenko"), ("Luca", "Romano"),
    ("Helga", "Sturm"), ("Nikolaos", "Vlachos"), ("Ante", "Šimić"), ("Irina", "Wiebe"), ("Benedikt", "Gschwendner"),
]


def pick_names(k):
    return rng.sample(NAMES, k)


def pick_addr():
    plz, town = rng.choice(TOWNS)
    return f"{rng.choice(STREETS)} {hn()}", f"{plz} {town}"


def mail_of(given, surname, domain=None):
    tr = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ć": "c", "č": "c", "š": "s", "ž": "z",
                        "đ": "d", "Š": "S", " ": "", "-": ""})
    g = given.replace("Dr. ", "").lower().translate(tr)
    s = surname.lower().translate(tr)
    domain = domain or rng.choice(["gmx.de", "web.de", "t-online.de", "gmail.com", "icloud.com", "outlook.de",
                                   "posteo.de", "freenet.de"])
    shape = rng.choice(["{g}.{s}", "{g}{s}", "{g0}.{s}", "{s}.{g}", "{g}_{s}{n}", "{s}{n}"])
    return shape.format(g=g, s=s, g0=g[0], n=rng.randint(1, 99)) + "@" + domain


# ---------------------------------------------------------------- documents
def d01():
    kd = kdnr()
    gr = iban_gr()
    de = iban_de()
    mr = mandref()
    st, town = f"Stetthaimerstraße {hn()}", "94315 Straubing"
    return "outlook", "sepa-kontowechsel", f"""Von: {P("Eleni Papadopoulou")} <{E("eleni.papadopoulou@yahoo.gr")}>
An: {N(OFFICE_MAIL)}
Betreff: Neue Bankverbindung für Lastschrift – Kundennr. {AZ(kd)}

Guten Tag,

mein Mann {P("Georgios Papadopoulos")} und ich haben die Bank gewechselt. Bisher wurden die Abschläge für Strom und Gas von unserem Konto bei der Piraeus Bank abgebucht ({IB(fmt_iban(gr, "group"))}), dieses Konto wird zum 30.06. aufgelöst. Bitte buchen Sie ab Juli vom neuen Konto bei der Sparkasse ab:

Kontoinhaber: {P("Georgios Papadopoulos")}
IBAN: {IB(fmt_iban(de, "group"))}

Das neue SEPA-Mandat habe ich ausgedruckt, unterschrieben und als PDF angehängt. Im alten Schreiben stand die Mandatsreferenz {AZ(mr)} – bleibt die gleich oder bekommen wir eine neue?

Unsere Anschrift ist unverändert: {A(st)}, {A(town)}.
Tagsüber erreichen Sie mich unter {T(mobile("space"))}, meinen Mann abends unter {T(landline(style="slash"))}.

Ευχαριστώ πολύ – vielen Dank!
{P("Eleni Papadopoulou")}
""", []


def d02():
    st = f"Schlesische Straße {hn()}"
    return "word", "sperrandrohung", f"""Stadtwerke Straubing GmbH · Forderungsmanagement · {N("Theresienplatz 12")} · {N("94315 Straubing")}

Einschreiben Einwurf
Herrn
{P("Antonio Esposito")}
{A(st)}
{A("94315 Straubing")}

Vertragskonto: {AZ(vk(True))}
Zähler-Nr. Strom: {N(meter())}
Straubing, 14.10.2025

Androhung der Unterbrechung der Stromversorgung nach § 19 Abs. 2 StromGVV

Sehr geehrter Herr {P("Esposito")},

trotz unserer Zahlungserinnerung vom 02.09.2025 und der Mahnung vom 23.09.2025 ist Ihr Vertragskonto weiterhin mit 487,36 EUR im Rückstand. Der Rückstand übersteigt das Doppelte der monatlichen Abschlagszahlung und beträgt mehr als 100 EUR.

Geht der Betrag nicht bis zum 31.10.2025 bei uns ein, werden wir die Belieferung frühestens vier Wochen nach Zugang dieses Schreibens unterbrechen lassen. Den Termin kündigen wir Ihnen acht Werktage vorher gesondert an. Für Sperrung und Wiederherstellung fallen Kosten von zusammen 124,00 EUR an.

Bitte teilen Sie uns umgehend mit, wenn in Ihrem Haushalt jemand auf ein strombetriebenes medizinisches Gerät angewiesen ist oder die Unterbrechung aus anderen Gründen unverhältnismäßig wäre. Wir bieten Ihnen außerdem eine Ratenzahlung an und nennen Ihnen Beratungsstellen, die Sie unterstützen können.

Sie erreichen uns unter {N(OFFICE_TEL)} (Mo–Fr 8–16 Uhr) oder unter {N("forderungsmanagement@stadtwerke-straubing.de")}. Überweisungen bitte unter Angabe des Vertragskontos; Lastschriften ziehen wir unter unserer Gläubiger-ID {N(CREDITOR)} ein.

Mit freundlichen Grüßen
i. A. {P("Katrin Dietl")}
Forderungsmanagement
Durchwahl {T("09421 8603-247")}
""", []


def d03():
    st = f"ittlinger str {rng.randint(20, 90)}"
    d, _ = dob(1994, 1999, "nopad")
    return "outlook", "einzug-formlos", f"""Betreff: einzug

hallo

bin am 1.9. in die wohnung {A(st)} eingezogen (2 stock rechts) vormieter war ein herr {P("brandl")} glaub ich. zählerstand strom war 48213 am einzugstag, wasser hab ich nich gefunden weil der keller zugesperrt ist und die hausverwaltung (frau {P("wimmer")}) nie ans telefon geht

vertrag bitte auf mich und meine freundin {P("ana juric")}, sie zieht erst im oktober ein. ich bin {P("marko horvat")} geb {DOB(d)} , konto schick ich noch wenn ich die neue karte hab

erreichbar bin ich unter {T(mobile("space"))} oder {E("marko.horvat96@gmail.com")}, festnetz haben wir noch keins

lg {P("marko")}
""", []


def d04():
    rows = []
    people = pick_names(13)
    for i, (g, s) in enumerate(people):
        st, town = pick_addr()
        tel = rng.choice([mobile("plain"), landline(style="slash"), mobile("intl"), ""])
        mail = mail_of(g, s) if rng.random() < 0.6 else ""
        iban = iban_de() if rng.random() < 0.7 else ""
        tarif = rng.choice(["Strom Basis", "Strom Öko 24", "Gas Komfort", "Wasser", "Strom+Gas Duo",
                            "Wärmepumpe HT/NT"])
        cells = [AZ(kdnr(False)), P(s), P(g), A(st), A(town), T(tel) if tel else "", E(mail) if mail else "",
                 IB(iban) if iban else "", tarif, N(meter())]
        rows.append(";".join(cells))
    body = "\n".join(rows)
    return "word", "export-kundenstamm-csv", f"""export_kundenstamm_aktiv_2025-10-06.csv (Auszug Zeilen 2201–2213, Kopfzeile entfernt)

{body}
""", []


def d05():
    d, ddmmyy = dob(1983, 1987, "dot")
    ssn = ids.social_security(ddmmyy, "F")
    kv = ids.health_insurance()
    st = f"Lerchenhaid {hn()}"
    return "outlook", "haertefallfonds-antrag", f"""Betreff: Antrag Härtefallfonds Energie – {P("Olga Dyck")}, Kundennummer {AZ(kdnr(True))}

Sehr geehrte Damen und Herren,

hiermit beantrage ich eine Unterstützung aus dem Härtefallfonds der Stadtwerke. Ich bin 2019 als Spätaussiedlerin aus Kasachstan (Gebiet Karaganda) nach Deutschland gekommen und lebe mit meinen Kindern {P("Alina")} (9) und {P("David")} (14) in einer Mietwohnung in der {A(st)}, {A("94315 Straubing")}.

Meine Angaben:
Name: {P("Olga Dyck")}, geb. {P("Friesen")}
Geburtsdatum: {DOB(d)}
Telefon: {T(mobile("dash"))}
IBAN für eine Auszahlung: {IB(fmt_iban(iban_de()))}
Rentenversicherungsnummer: {m("SSN", ssn)}

Seit Februar bin ich wegen einer Brustkrebserkrankung in Chemotherapie und krankgeschrieben, ich bekomme nur noch Krankengeld. Die Nachzahlung aus der Jahresabrechnung (612,40 EUR) und den neuen Abschlag von 96 EUR kann ich dadurch nicht mehr bezahlen. Die Bescheinigung meiner Krankenkasse (Versichertennummer {m("KV", kv)}) und den Krankengeldbescheid lege ich bei.

Ich bitte um eine wohlwollende Prüfung.

Mit freundlichen Grüßen
{P("Olga Dyck")}
""", ["HEALTH", "ETHNICITY"]


def d06():
    d, _ = dob(1970, 1980, "dot")
    iban = iban_de()
    st = f"Hebbelstraße {rng.randint(2, 40)}a"
    rows = []
    day = [("15.11.2025", "200,00"), ("15.12.2025", "200,00"), ("15.01.2026", "200,00"), ("15.02.2026", "200,00"),
           ("15.03.2026", "200,00"), ("15.04.2026", "146,80")]
    for i, (due, amt) in enumerate(day, 1):
        rows.append(f"  {i}\t{due}\t{amt} EUR")
    table = "\n".join(rows)
    return "word", "ratenzahlungsvereinbarung", f"""RATENZAHLUNGSVEREINBARUNG

zwischen der Stadtwerke Straubing GmbH, {N("Theresienplatz 12")}, {N("94315 Straubing")} („Stadtwerke“)

und

Name, Vorname:   {P("Knežević, Tomislav")}
Anschrift:       {A(st)}, {A("94315 Straubing")}
Geburtsdatum:    {DOB(d)}
Vertragskonto:   {AZ(vk(False))}
(„Kunde“)

§ 1 Forderung
Der Kunde schuldet den Stadtwerken aus der Jahresverbrauchsabrechnung 2024 vom 12.03.2025 sowie aus nicht gezahlten Abschlägen insgesamt 1.146,80 EUR. Die Forderung wird anerkannt.

§ 2 Raten
  Nr.\tfällig am\tBetrag
{table}
Die laufenden Abschläge von 118,00 EUR sind daneben weiter zu zahlen.

§ 3 Zahlungsweise
Die Raten werden per SEPA-Lastschrift vom Konto {IB(fmt_iban(iban, "group"))} eingezogen. Kontoinhaberin ist die Ehefrau des Kunden, {P("Snježana Knežević")}, die das Mandat mit der Referenz {AZ(mandref())} erteilt hat.

§ 4 Verzug
Gerät der Kunde mit zwei Raten in Verzug, wird der Restbetrag sofort fällig; die Stadtwerke können dann das Verfahren nach § 19 StromGVV fortsetzen.

Straubing, den 05.11.2025

______________________________        ______________________________
Stadtwerke Straubing GmbH             {P("Tomislav Knežević")}
i. A. {P("Lukas Schwarzfischer")}
""", []


def d07():
    st = f"Alburger Hauptstraße {hn()}"
    return "outlook", "weitergeleitet-zaehlerstand", f"""Von: {P("Stefan Zollner")} <{E("s.zollner@stadtwerke-straubing.de")}>
Gesendet: Dienstag, 7. Oktober 2025 09:14
An: {P("Martina Ebner")} <{E("m.ebner@stadtwerke-straubing.de")}>
Betreff: WG: Zählerstand falsch geschätzt!!!

Hi {P("Martina")},

kannst du dir das bitte anschauen? Der Herr {P("Stadler")} sagt, er hat am 31.12. selbst abgelesen und im Portal eingegeben, bei uns steht aber eine Schätzung. Wasserzähler {N(meter("wasser"))}. Ich hab ihm zugesagt, dass wir uns bis Freitag melden.

Danke dir
{P("Stefan")}

-----Ursprüngliche Nachricht-----
Von: {P("Xaver Stadler")} <{E("x.stadler@t-online.de")}>
Gesendet: Montag, 6. Oktober 2025 21:47
An: {N(OFFICE_MAIL)}
Betreff: Zählerstand falsch geschätzt!!!

Servus,

in der Jahresabrechnung steht beim Wasser „geschätzt 612 m³“. Ich hab am 31.12. um 17 Uhr abgelesen (587 m³) und das im Kundenportal eingegeben, mit Foto. Jetzt soll ich 240 Euro nachzahlen für Wasser das nie durch die Leitung ist.

Kundennummer {AZ(kdnr(False))}, Haus {A(st)}, {A("94315 Straubing")}.

Eingegeben hat das damals meine Tochter {P("Theresa")}, die kann das bestätigen, Handy {T(mobile("slash"))}.

Pfiat Eana
{P("Xaver Stadler")}
""", []


def d08():
    st = f"Regensburger Straße {hn()}"
    d, _ = dob(1936, 1944, "dot")
    kv = ids.health_insurance()
    return "word", "aktennotiz-sperrung", f"""Aktennotiz – Sperrauftrag {AZ("SP-2025-" + ids.digits(4))}

Datum/Zeit: 16.10.2025, 10:20 Uhr
Ort: {A(st)}, 1. OG, {A("94315 Straubing")}
Kunde: {P("Alois Brandl")}, Vertragskonto {AZ(vk(True))}
Vor Ort: {P("J. Wenninger")}, {P("F. Aumer")} (Netzservice)

Die Sperrung wurde nicht durchgeführt.

Geöffnet hat die Tochter des Kunden, Frau {P("Rosemarie Kerscher")} (Tel. {T(mobile("space"))}). Sie teilte mit, dass Herr {P("Brandl")} seit einer COPD-Diagnose im Frühjahr rund um die Uhr auf einen Sauerstoffkonzentrator angewiesen ist. Sie legte ein Attest des Hausarztes {P("Dr. med. Hubert Lindinger")} vom 09.10.2025 vor (darin: geb. {DOB(d)}, Versichertennr. {m("KV", kv)}). Das Gerät lief während unseres Besuchs.

Weiteres Vorgehen:
– Sperrvermerk „lebenserhaltendes Gerät“ im System gesetzt, Sperrauftrag storniert.
– Vorgang an Forderungsmanagement ({P("K. Dietl")}) zur Prüfung einer Ratenvereinbarung, Rückstand 611,20 EUR.
– Frau {P("Kerscher")} wurde auf die Sozialberatung der Caritas hingewiesen.

gez. {P("Josef Wenninger")}, Netzservice
""", ["HEALTH"]


def d09():
    return "outlook", "gewerbevertrag-gastro", f"""Betreff: Übernahme Ristorante Il Gabbiano – neue Verträge Strom/Gas ab 01.12.

Buongiorno,

wir übernehmen zum 1. Dezember das Restaurant am {A("Ludwigsplatz " + str(rng.randint(3, 40)))}, {A("94315 Straubing")} vom bisherigen Pächter, Herrn {P("Hofbauer")}. Bitte stellen Sie Strom und Gas ab dem Übergabetag auf unsere GbR um:

Ristorante Il Gabbiano GbR
Gesellschafter: {P("Salvatore Di Stefano")} und {P("Francesca De Luca-Di Stefano")}
Steuernummer: {m("TNR", ids.tax_number_bavaria())}
USt-IdNr.: {m("VAT", ids.vat_id())}
Firmenkonto (Lastschrift): {IB(fmt_iban(iban_de(), "group"))}

Die Sicherheitsleistung für den Gewerbevertrag überweisen wir diese Woche noch von unserem italienischen Konto {IB(fmt_iban(iban_it(), "group"))}, das deutsche Konto ist gerade erst eröffnet.

Der Zählerstand bei Übergabe wird mit Herrn {P("Hofbauer")} gemeinsam abgelesen, das Protokoll schicken wir nach.

Privat wohnen wir in der {A("Fraunhoferstraße " + hn())}, {A("94315 Straubing")}.
Telefono: {T("+39 347 " + ids.digits(7, True))} ({P("Salvatore")}, bis Ende November noch in Bari) oder {T(mobile("space"))} (ich).

Cordiali saluti
{P("Francesca De Luca-Di Stefano")}
{E("f.delucadistefano@libero.it")}
""", []


def d10():
    k = kdnr(False)
    tel = mobile("slash")
    return "word", "ocr-ablesekarte", f"""STADTWERKE STRAUB1NG  -  ABLESEKARTE WASSER 2O25
==============================================
Kunden-Nr.: {AZ(k[:4] + " " + k[4:])}          Zahler-Nr.: {N(meter("wasser"))}
Narne: {P("JURIĆ, Ana")}
Anschr1ft: {A("Landshuter Str. 1O2")}
           {A("94315 Straub1ng")}
Ablesedatum: 3O.O9.2O25          Zählerstand: OO418 m3
Ablesung durch: [x] Kunde  [ ] Ableser
Bem.: Zahler im Schacht, Deckel schwer - Nachbar Hr. {P("0bermaier")} hat geholfen
Tel. f. Ruckfragen: {T(tel)}
Unterschr1ft: {P("A. Jurić")}
----------------------------------------------
Bitte bis 15.1O. zurucksenden oder online eingeben.
""", []


def d11():
    cc = ids.credit_card("5" + rng.choice("12345"), 16)
    return "outlook", "ladekarte-emobilitaet", f"""Von: {P("Dr. Ulrike Maier-Eichinger")} <{E("u.maier-eichinger@posteo.de")}>
An: {N("emobil@stadtwerke-straubing.de")}
Betreff: AW: Ihre Bestellung Ladekarte SR-Strom unterwegs

Sehr geehrte Frau {P("Pöschl")},

danke für die schnelle Antwort. Ja, wir möchten zwei Ladekarten auf einen Vertrag:

Karte 1: {KFZ("SR-UM 220E")} (Fahrerin: ich)
Karte 2: {KFZ("SR-ME 131E")} (Fahrer: mein Mann, {P("Prof. Dr. Rainer Eichinger")})

Die Ladevorgänge an den städtischen Säulen bitte monatlich über die Kreditkarte {m("CC", group(cc, 4))} abrechnen, gültig bis 08/28. Rechnungsanschrift ist {A("Am Peterswöhrd " + hn())}, {A("94315 Straubing")}.

Ist die Wallbox in der Garage (Zählpunkt {N(zaehlpunkt())}) schon für den Wärmepumpentarif freigeschaltet? Der Elektriker meinte, das müssten Sie noch bestätigen.

Mit freundlichen Grüßen
{P("Ulrike Maier-Eichinger")}
{T(landline(style="paren"))}

> Am 03.10.2025 schrieb {P("Sabine Pöschl")}:
> Sehr geehrte Frau Dr. {P("Maier-Eichinger")}, für die Ladekarte benötigen wir noch das Kennzeichen und die Zahlungsart …
""", []


def d12():
    d1, _ = dob(1956, 1962, "dot")
    d2, _ = dob(1958, 1964, "dot")
    st = f"Kagerser Ring {hn()}"
    return "word", "formular-einspeisung-pv", f"""Stadtwerke Straubing Netz GmbH
Anmeldung einer Erzeugungsanlage – Angaben für die Einspeisevergütung (EEG)

[x] Neuanlage     [ ] Erweiterung     [ ] Betreiberwechsel

1  Anlagenbetreiber
   Name, Vorname ........ {P("Obermeier, Josef")}
   Geburtsdatum ......... {DOB(d1)}
   weitere Betreiberin .. {P("Obermeier, Theresia")}, geb. {DOB(d2)}
   Straße, Hausnr. ...... {A(st)}
   PLZ, Ort ............. {A("94315 Straubing")}
   Telefon .............. {T(landline(style="space"))}
   E-Mail ............... {E(mail_of("Josef", "Obermeier"))}

2  Anlage
   Standort ............. wie 1
   Marktlokation ........ {N(malo())}
   MaStR-Nr. Einheit .... {N("SEE9" + ids.digits(11))}
   Leistung ............. 9,8 kWp, Speicher 10 kWh
   Inbetriebnahme ....... 22.08.2025
   Installateur ......... Solartechnik Gäuboden GmbH

3  Steuerliche Angaben
   Steuer-IdNr. (Betreiber) ... {m("TID", ids.tax_id())}
   Steuernummer ............... {m("TNR", ids.tax_number_bavaria())}
   [x] Anlage fällt unter den Nullsteuersatz (§ 12 Abs. 3 UStG)

4  Auszahlung
   Kontoinhaber ......... {P("Josef Obermeier")}
   IBAN ................. {IB(fmt_iban(iban_de(), "plain"))}

Straubing, 02.09.2025          Unterschrift: {P("J. Obermeier")}
""", []


def d13():
    return "outlook", "beschwerde-abschlag", f"""Betreff: ABSCHLAGSERHÖHUNG UM 38 % – SO NICHT!!!

Sehr geehrte Damen und Herren,

heute kam Ihr Schreiben, dass mein Abschlag für Gas von 84 auf 116 EURO steigt. Mein Verbrauch ist GESUNKEN, ich habe letztes Jahr die Fenster tauschen lassen. ICH ZAHLE DAS NICHT, bevor mir jemand erklärt wie Sie auf diese Zahl kommen.

Ich bin seit über zwanzig Jahren Mitglied der ÖDP und kämpfe dort für bezahlbare Energie aus der Region – und dann erhöhen ausgerechnet die eigenen Stadtwerke so. Das Thema bringe ich in unserer nächsten Kreisversammlung zur Sprache.

Kundennummer: {AZ(kdnr(True))}
{P("Gerhard Pfeilschifter")}
{A("Chamer Str. " + hn())}
{A("94315 Straubing")}
Tel. {T(landline(style="dash"))}

Kopie an Stadträtin {P("Brigitte Hirschmann")} ({E("b.hirschmann@stadtrat-straubing.de")})

{P("G. Pfeilschifter")}
""", ["POLITICS"]


def d14():
    people = pick_names(9)
    staff = [("Dietl", "K."), ("Schwarzfischer", "L.")]
    lines = []
    remarks = ["Ratenplan angeboten", "Sperrandrohung 14.10.", "Rückruf vereinbart, Tel. {tel}",
               "Betreuer: {b}", "Insolvenz? prüfen", "Brief zurück – unbekannt verzogen", "Zahlung angekündigt",
               "Härtefallantrag läuft", "Erbenermittlung"]
    rng.shuffle(remarks)
    for (g, s), rem in zip(people, remarks):
        st, town = pick_addr()
        amt = f"{rng.randint(120, 2400)},{rng.randint(0, 99):02d}"
        if "{tel}" in rem:
            rem = rem.format(tel=T(mobile("space")))
        elif "{b}" in rem:
            bg, bs = rng.choice([("Maria", "Hierl"), ("Thomas", "Landstorfer"), ("Elke", "Zankl")])
            rem = rem.format(b=P(f"{bg} {bs}"))
        lines.append(f"{AZ(vk(False))} | {P(s + ', ' + g)} | {A(st)}, {A(town)} | {amt} | "
                     f"{rng.choice(['2', '3', '3', 'S'])} | {rem}")
    table = "\n".join(lines)
    return "word", "tabelle-offene-posten", f"""Offene Posten > 90 Tage – Privatkunden – Stand 30.09.2025 (nur intern)
Bearbeitung: {P(staff[0][1] + " " + staff[0][0])} / {P(staff[1][1] + " " + staff[1][0])}

VK-Nr. | Kunde | Anschrift | Rückstand EUR | Mahnstufe | Bemerkung
{table}

Mahnstufe S = Sperrverfahren eingeleitet. Summe der Rückstände siehe Anlage.
""", []


def d15():
    d, _ = dob(1934, 1940, "dot")
    return "outlook", "abmeldung-todesfall", f"""Betreff: Abmeldung Strom und Wasser – Tod meiner Mutter

Sehr geehrte Damen und Herren,

meine Mutter {P("Theresia Gruber")}, geb. {DOB(d)}, ist am 29. August verstorben. Sie wohnte allein in der {A("Sankt-Nikola-Straße " + hn())} in {A("94315 Straubing")} (Kundennummer {AZ(kdnr(False))}). Die Wohnung wird bis Ende Oktober geräumt; danach gehen die Schlüssel an den Vermieter, Herrn {P("Leopold Baumgartner")} ({T(landline(style="space"))}), der die Zähler dann übernimmt.

Bitte senden Sie die Schlussrechnung an mich als Erben:

{P("Franz Gruber")}
{A("Am Hagen " + hn())}
{A("93309 Kelheim")}

Ein eventuelles Guthaben bitte auf mein Konto {IB(fmt_iban(iban_de()))} überweisen. Sterbeurkunde und Erbschein hänge ich als Scan an. Mein Bruder {P("Peter Gruber")} lebt in Kanada und ist mit dieser Abwicklung einverstanden.

Mit freundlichen Grüßen
{P("Franz Gruber")}
{T(mobile("intl_sp"))}
""", []


def d16():
    d, _ = dob(1947, 1951, "long")
    return "word", "telefonvermerk", f"""Telefonvermerk – Kundenservice
Aufgenommen: {P("A. Kiermaier")}, 09.10.2025, 14:35 Uhr

Anrufer: {P("Dimitrios Nikolaidis")}, Neffe der Kundin, übersetzt
Rückruf: {T(mobile("intl"))}
Kundin: {P("Oikonomou, Sofia")}, geb. {DOB(d)}
Anschrift: {A("Stetthaimerstraße " + hn())}, {A("94315 Straubing")}
VK: {AZ(vk(True))}

Anliegen: Die Kundin hat die Sperrandrohung erhalten und versteht sie kaum. Sie zahlt seit Jahren per Dauerauftrag von ihrem griechischen Konto {IB(fmt_iban(iban_gr(), "plain"))}, ohne Verwendungszweck – die Zahlungen lagen deshalb auf dem Klärungskonto.

Erledigt: drei Zahlungen zu je 95,00 EUR manuell zugeordnet, Mahnsperre bis 15.11.2025. Herr {P("Nikolaidis")} richtet den Dauerauftrag mit VK-Nummer neu ein. Schreiben künftig zusätzlich in Kopie an ihn: {E("d.nikolaidis@gmail.com")}.

Wiedervorlage: 20.11.2025 ({P("Kiermaier")})
""", []


def d17():
    return "outlook", "zaehlerstand-kurz", f"""Von: {P("Sepp Aichinger")} <{E("sepp.aichinger@icloud.com")}>
Betreff: Zählerstand

Wasser 00231,5
Strom HT 23814 / NT 10220
{A("Bachstr. " + str(rng.randint(2, 30)))}, Alburg

Gruß {P("Aichinger")}

Von meinem iPhone gesendet
""", []


def d18():
    people = pick_names(14)
    rows = []
    flats = ["EG li", "EG re", "1. OG li", "1. OG re", "2. OG li", "2. OG re", "DG"]
    for i, flat in enumerate(flats):
        (g1, s1), (g2, s2) = people[2 * i], people[2 * i + 1]
        tel = mobile(rng.choice(["space", "slash", "plain"]))
        mail = mail_of(g2, s2)
        rows.append(f"{flat}\t{P(s1 + ', ' + g1)}\t{P(s2 + ', ' + g2)}\t01.11.2025\t{T(tel)}\t{E(mail)}")
    table = "\n".join(rows)
    return "word", "mieterwechsel-hausverwaltung", f"""Hausverwaltung Donaublick GmbH · {N("Bahnhofplatz 3")} · {N("94315 Straubing")} · Tel. {N("09421 18770")}

An die Stadtwerke Straubing GmbH, Kundenservice – per E-Mail

Objekt: {A("Heerstraße 55")}, {A("94315 Straubing")}
Betreff: Mieterwechsel nach Sanierung – Ummeldung aller Zähler zum 01.11.2025

Wohnung\tbisher\tneu\tEinzug\tTelefon neu\tE-Mail neu
{table}

Die Zählerstände nehmen wir am 31.10.2025 gemeinsam mit Ihrem Ableser auf. Die bisherigen Mieter haben ihre neuen Anschriften selbst mitgeteilt.

Mit freundlichen Grüßen
{P("Gabriele Wöhrl")}
Objektbetreuung
""", []


def d19():
    return "outlook", "haertefall-caritas", f"""Von: {P("Birgit Schießl")} <{E("b.schiessl@caritas-straubing.de")}>
An: {P("Martina Ebner")} <{E("m.ebner@stadtwerke-straubing.de")}>
Betreff: Härtefallfonds – Ihr Az. {AZ(hf_az())} – Unterlagen Frau Kovačević

Sehr geehrte Frau {P("Ebner")},

wie am Telefon besprochen schicke ich Ihnen die noch fehlenden Unterlagen für Frau {P("Ivana Kovačević")}, {A("Landshuter Straße " + hn())}, {A("94315 Straubing")}:

1. Rentenbescheid der kroatischen Rentenversicherung (HZMO); die OIB von Frau {P("Kovačević")} lautet {m("TID", ids.tax_id())}. Die Rente wird auf ihr Konto in Kroatien gezahlt ({IB(fmt_iban(iban_hr(), "group"))}).
2. Kontoauszüge Juli bis September.
3. Entlassungsbericht des Bezirksklinikums Mainkofen über den stationären Aufenthalt wegen einer schweren depressiven Episode (Juni bis August).

In dieser Zeit konnte Frau {P("Kovačević")} ihre Post nicht öffnen, daher die aufgelaufenen Rückstände. Inzwischen kümmert sich ihr Sohn {P("Luka")} um den Schriftverkehr, er ist unter {T("+385 98 " + ids.digits(7, True))} erreichbar (spricht Deutsch).

Mit freundlichen Grüßen
{P("Birgit Schießl")}
Dipl.-Sozialpädagogin (FH)
Caritasverband Straubing-Bogen e. V. – Allgemeine Sozialberatung
{N("Obere Bachstraße 12")}, {N("94315 Straubing")}
Tel. {T("09421 9912-31")}
""", ["HEALTH"]


def d20():
    return "word", "bescheid-haertefall", f"""Stadtwerke Straubing GmbH · Härtefallfonds Energie
{N("Theresienplatz 12")}, {N("94315 Straubing")}

Frau
{P("Aigerim Sarsenbayeva")}
c/o {P("Nurlan Abenov")}
{A("Wittelsbacherhöhe " + str(rng.randint(2, 40)))}, Whg. 14
{A("94315 Straubing")}

Ihr Antrag vom 18.09.2025 – Az. {AZ(hf_az())}
Kundennummer {AZ(kdnr(True))}

Straubing, 27.10.2025

Sehr geehrte Frau {P("Sarsenbayeva")},

die Vergabekommission des Härtefallfonds hat in ihrer Sitzung am 21.10.2025 über Ihren Antrag beraten. Wir freuen uns, Ihnen einen einmaligen Zuschuss von 300,00 EUR gewähren zu können.

Der Betrag wird nicht ausgezahlt, sondern Ihrem Kundenkonto gutgeschrieben und mit dem offenen Rückstand aus der Stromabrechnung verrechnet. Den verbleibenden Betrag von 188,45 EUR können Sie in drei Raten zahlen; ein Vorschlag liegt bei.

Ein Rechtsanspruch auf Leistungen aus dem Fonds besteht nicht. Bei Fragen erreichen Sie uns unter {N(OFFICE_TEL)}.

Mit freundlichen Grüßen
{P("Martina Ebner")}
Härtefallfonds / Sozialberatung
""", []


def d21():
    old, new = iban_de(), iban_de()
    v = vk(True)
    return "outlook", "ruecklastschrift-antwort", f"""Betreff: AW: Rücklastschrift Juli – Gebühren

ok hab jetzt überwiesen 68 euro + die 7,50 gebühr. aber laut meiner bank wurde die lastschrift aufs ALTE konto gezogen ({IB(fmt_iban(old, "plain"))}), das gibts seit mai nicht mehr!! die neue iban hab ich ihnen im april schon geschickt: {IB(fmt_iban(new, "group"))}
bitte das korrigieren sonst passiert das im august wieder. und die gebühr will ich zurück

gruß {P("Nadine Reisinger")}

> Von: {P("Michael Haselbeck")} <{E("m.haselbeck@stadtwerke-straubing.de")}>
> Gesendet: Freitag, 18. Juli 2025 11:02
> An: {E("nadine.reisinger@web.de")}
> Betreff: Rücklastschrift Juli – Gebühren
>
> Sehr geehrte Frau {P("Reisinger")},
>
> die Lastschrift vom 15.07.2025 über 68,00 EUR für das Vertragskonto {AZ(v)} wurde von Ihrer Bank zurückgegeben. Die Bank hat uns dafür 7,50 EUR berechnet, die wir Ihnen weitergeben müssen.
> Bitte überweisen Sie 75,50 EUR auf unser Konto bei der Sparkasse Niederbayern-Mitte ({N(group(mod97("DE", "74250000" + "00" + ids.digits(8)), 4))}).
>
> Mit freundlichen Grüßen
> {P("Michael Haselbeck")}
> Kundenservice – Abrechnung
""", []


def d22():
    people = pick_names(9)
    rows = []
    for g, s in people:
        d, _ = dob(1950, 2003, "iso")
        st, town = pick_addr()
        if rng.random() < 0.7:
            doc = "PA:" + m("IDC", idcard())
        else:
            doc = "RP:" + m("PASS", ids.passport(check_digit=rng.random() < 0.5))
        res = rng.choice(["OK", "OK", "OK", "NOK-Anschrift", "OK", "manuell"])
        rows.append(f"{AZ('VU' + ids.digits(6))}|{P(s + ', ' + g)}|{DOB(d)}|{doc}|{A(st)}|{A(town)}|{res}")
    body = "\n".join(rows)
    return "word", "export-identpruefung-pipe", f"""{body}
""", []


def d23():
    return "outlook", "stundung-streik", f"""Betreff: Stundung Abschlag Oktober/November

Grüß Gott,

ich arbeite als Zerspanungsmechaniker bei einem Zulieferer in Straubing-Sand. Wir sind seit drei Wochen im Arbeitskampf, ich bin in der IG Metall und bekomme deshalb nur Streikgeld, das ist deutlich weniger als mein Lohn. Können die Abschläge für Oktober und November (je 142 EUR) auf Dezember verschoben werden? Dann kommt auch das Weihnachtsgeld.

Vertragskonto {AZ(vk(False))}
{P("Ralf Hüttinger")}, {A("Geiselhöringer Straße " + hn())}, {A("94315 Straubing")}

Tagsüber bin ich meistens am Werkstor, besser erreichbar ist meine Frau {P("Claudia")} unter {T(mobile("space"))}.

Viele Grüße
{P("Ralf Hüttinger")}
""", ["UNION"]


def d24():
    d, _ = dob(1931, 1938, "long")
    bd = idcard()
    return "word", "formular-vollmacht-betreuung", f"""NACHWEIS EINER VOLLMACHT / RECHTLICHEN BETREUUNG

A. Kundin / Kunde
   Name, Vorname:     {P("Wallner, Kreszenz")}
   geboren am:        {DOB(d)}
   Vertragsanschrift: {A("Hofmarkstraße " + hn())}, {A("94348 Atting")}
   derzeit wohnhaft:  Seniorenzentrum am Stadtpark, {A("Stadtgraben " + str(rng.randint(10, 60)))}, {A("94315 Straubing")}
   Kundennummer:      {AZ(kdnr(True))}

B. Bevollmächtigte Person / rechtliche Betreuerin
   Name, Vorname:     {P("Wallner-Hierl, Maria-Luise")}
   Anschrift:         {A("Sossauer Weg " + hn())}
                      {A("94315 Straubing")}
   Telefon / E-Mail:  {T(landline(style="slash"))} / {E("ml.wallner-hierl@gmx.de")}
   Personalausweis:   {m("IDC", bd)}

C. Nachweis
   [ ] Vorsorgevollmacht   [x] Betreuerausweis, Amtsgericht Straubing, Az. {AZ("XVII " + ids.digits(4) + "/25")}
   Aufgabenkreise: Vermögenssorge, Wohnungsangelegenheiten, Vertretung gegenüber Versorgern
   Anlass: Frau {P("Wallner")} ist an einer fortgeschrittenen Alzheimer-Demenz erkrankt und lebt seit 01.07.2025 vollstationär im Pflegeheim. Die Wohnung in Atting wird zum Jahresende aufgegeben.

D. Bearbeitungsvermerk Stadtwerke
   Identität geprüft am 22.10.2025 durch {P("A. Kiermaier")}; Schriftverkehr künftig an Betreuerin.
""", ["HEALTH"]


def d25():
    d, _ = dob(1990, 1993, "dot")
    return "outlook", "umzug-kasachstan", f"""Betreff: umzug nach Regensburg

Guten tag!

Ich bin {P("Yerlan Abenov")}, kunde nummer {AZ(kdnr(False))}. Ich ziehe um am 15 November nach Regensburg, neue adresse ist {A("Prüfeninger Str. " + hn())}, {A("93049 Regensburg")}. Bitte strom vertrag in Straubing, {A("Schildhauerweg " + str(rng.randint(1, 20)))} beenden. Letzte Rechnung bitte an neue adresse schicken.

Zahler stand mache ich foto am letzte tag und schicke.

Meine Frau {P("Dana")} bleibt noch bis 30 November in alte wohnung wegen arbeit. Kann man vertrag auf sie machen bis ende? Ihre geburtstag ist {DOB(d)}, familienname {P("Zhaksylykova")}.

Telefon {T("+7 701 " + ids.digits(3, True) + " " + ids.digits(2) + " " + ids.digits(2))} (WhatsApp) oder {T(mobile("plain"))}

Danke schön
{P("Ерлан Абенов")}
{P("Yerlan Abenov")}
""", []


def d26():
    return "word", "protokoll-fallbesprechung", f"""Protokoll – Fallbesprechung Forderungsmanagement / Sozialberatung
21.10.2025, 13:30–15:00 Uhr, Besprechungsraum 2.14

Teilnehmende: {P("K. Dietl")}, {P("M. Ebner")}, {P("L. Schwarzfischer")}, {P("B. Schießl")} (Caritas, als Gast)

TOP 1  Sperrfälle mit Härtebezug
a) {P("A. Esposito")}, VK {AZ(vk(False))}: Sperrandrohung zugestellt, Ratenplan angeboten, keine Rückmeldung. Nochmals telefonisch versuchen ({P("Dietl")}).
b) {P("S. Oikonomou")}: Zahlungen zugeordnet, Dauerauftrag über Neffen neu eingerichtet – erledigt.
c) {P("A. Brandl")}: Sauerstoffgerät, Sperre dauerhaft ausgeschlossen; Ratenplan mit Tochter Frau {P("Kerscher")} vereinbart.
d) {P("I. Kovačević")}: nach Klinikaufenthalt Unterlagen vollständig, Antrag geht in die Kommission.

TOP 2  Härtefallfonds
Bewilligt: {P("Dyck")}, {P("Sarsenbayeva")} (je 300 EUR). Restbudget 2025: 6.400 EUR. {P("Schießl")} regt an, die Antragsfrist bekannter zu machen.

TOP 3  Verschiedenes
Beschwerde Herr {P("Pfeilschifter")} (Abschlagserhöhung) ging in Kopie an Stadträtin {P("Hirschmann")}; Antwort erfolgt durch die Geschäftsführung.

Nächster Termin: 18.11.2025
Protokoll: {P("L. Schwarzfischer")}
""", ["HEALTH"]


def d27():
    st = f"Pürkelgutstraße {hn()}"
    return "outlook", "zaehlerwechsel-termin", f"""Betreff: Zählerwechsel {st} – bitte anderen Termin

Sehr geehrter Herr {P("Zollner")},

vielen Dank für die Ankündigung des Zählerwechsels in unserem Haus, {A(st)}, {A("94315 Straubing")}. Der vorgeschlagene Termin am Samstag, 8. November, passt leider nicht: Wir sind Siebenten-Tags-Adventisten und halten den Sabbat von Freitag bei Sonnenuntergang bis Samstagabend, an dem Tag lassen wir keine Arbeiten im Haus durchführen.

Jeder Werktag von Montag bis Donnerstag ab 7:30 Uhr wäre möglich, freitags bis 13 Uhr. Den Schlüssel für den Zählerraum hat notfalls auch unsere Nachbarin, Frau {P("Hedwig Stöckl")}.

Betroffen ist laut Ihrem Schreiben der Gaszähler {N(meter("gas"))}.

Mit freundlichen Grüßen
{P("Esther Kraus-Hoffmann")} und {P("Daniel Hoffmann")}
{T(landline(style="space"))}
""", ["RELIGION"]


def d28():
    return "word", "kulanz-rohrbruch", f"""Stadtwerke Straubing GmbH · Wasserversorgung · {N("Theresienplatz 12")} · {N("94315 Straubing")}

Herrn und Frau
{P("Giuseppe")} und {P("Maria Russo")}
{A("Am Mühlbach " + str(rng.randint(1, 12)) + "a")}
{A("94327 Bogen")}

Kundennummer: {AZ(kdnr(True))}
Objekt: {A("Straubinger Straße " + str(rng.randint(2, 30)))}, {A("94315 Straubing")}

Straubing, 04.04.2025

Wasserverlust durch Rohrbruch – Kulanzregelung bei der Schmutzwassergebühr

Sehr geehrte Eheleute {P("Russo")},

Ihr Mieter, Herr {P("Korbinian Huber")}, hat uns am 11.02.2025 einen Rohrbruch in der Zuleitung hinter dem Wasserzähler gemeldet. Laut Rechnung des Installateurs wurde der Schaden am 13.02.2025 behoben.

Im Abrechnungszeitraum wurden 214 m³ statt der üblichen rund 95 m³ gemessen. Das ausgelaufene Wasser ist nachweislich nicht in die Kanalisation gelangt. Wir berechnen deshalb die Schmutzwassergebühr nur für 95 m³ und schreiben Ihnen 119 m³ × 3,37 EUR = 401,03 EUR gut. Die Wassergebühr selbst bleibt bestehen, weil das Wasser den Zähler passiert hat.

Die Gutschrift erscheint auf Ihrer nächsten Abrechnung.

Mit freundlichen Grüßen
{P("Johanna Rainer")}
Abteilungsleitung Wasser
""", []


def d29():
    iban = iban_de()
    return "outlook", "parkhaus-dauerstellplatz", f"""Betreff: Dauerstellplatz Parkhaus am Hagen ab Januar

Hallo zusammen,

ich hätte gern ab 1. Januar einen Dauerstellplatz im Parkhaus am Hagen (gern Ebene 2, wegen der Ladesäule). Auf dieselbe Karte sollten zwei Kennzeichen: mein Auto {KFZ("SR-NH 714")} und das meines Ehemanns {P("Tobias Hölzl-Brunner")}, {KFZ("DEG-TB 93")}. Wir fahren nie gleichzeitig in die Stadt.

Noch eine Sache: Am 14.10. hat die Schranke an der Ausfahrt gehangen und ich habe am Kassenautomaten zweimal mit meiner Visa {m("CC", group(ids.credit_card("4", 16), 4, "-"))} bezahlt. Können Sie die doppelte Zahlung (4,50 EUR) erstatten?

Die Monatsgebühr bitte per Lastschrift von {IB(fmt_iban(iban, "plain"))}, Kontoinhaber {P("Niklas Hölzl")}. Rechnungen an {A("Donaugasse " + hn())}, {A("94315 Straubing")}.

Gibt es für Kunden mit Stromvertrag bei Ihnen einen Rabatt? Unsere Kundennummer ist {AZ(kdnr(False))}.

Mobil: {T(mobile("dash"))}

Grüße
{P("Niklas Hölzl")}
""", ["SEXUAL_ORIENTATION"]


def d30():
    d, _ = dob(1979, 1986, "dot")
    return "word", "dsgvo-auskunft", f"""Stadtwerke Straubing GmbH · Datenschutzkoordination · {N("Theresienplatz 12")} · {N("94315 Straubing")}

Frau
{P("Katarina Babić-Schreiner")}
{A("Pürkelgutstraße " + hn())}
{A("94315 Straubing")}

Straubing, 24.10.2025

Auskunft nach Art. 15 DSGVO – Ihre Anfrage vom 29.09.2025

Sehr geehrte Frau {P("Babić-Schreiner")},

zu Ihrer Person verarbeiten wir die folgenden Daten:

1. Stammdaten: {P("Katarina Babić-Schreiner")}, Geburtsname {P("Babić")}, geboren am {DOB(d)}; aktuelle Anschrift wie oben, frühere Anschrift {A("Ulrich-Schmidl-Straße " + hn())}, {A("94315 Straubing")} (bis 06/2021).
2. Kontaktdaten: {T(mobile("intl_sp"))}, {E("katarina.babic@gmx.de")}
3. Verträge: Kundennummer {AZ(kdnr(False))}; Vertragskonten {AZ(vk(False))} (Strom) und {AZ(vk(False))} (Gas); Marktlokationen {N(malo())} und {N(malo())}.
4. Zahlungsdaten: SEPA-Mandat {AZ(mandref())} vom 03.05.2021 für das Konto {IB(fmt_iban(iban_de(), "group"))}.
5. Identitätsnachweis bei Vertragsschluss: Personalausweis Nr. {m("IDC", idcard())}; die Ausweiskopie wurde am 10.05.2021 gelöscht.
6. Zweiter Vertragspartner: {P("Marc Schreiner")}, seit 01.07.2021.

Empfänger: die Stadtwerke Straubing Netz GmbH (Netzbetrieb, Messwesen) und unser Druckdienstleister. Die Daten speichern wir bis zum Ablauf der steuerlichen Aufbewahrungsfristen nach Vertragsende.

Fragen beantwortet unsere Datenschutzbeauftragte unter {N("datenschutz@stadtwerke-straubing.de")}.

Mit freundlichen Grüßen
{P("Dr. Stephanie Ettl")}
Datenschutzkoordination
""", []


DOCS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16, d17, d18, d19, d20, d21,
        d22, d23, d24, d25, d26, d27, d28, d29, d30]


def main():
    lines = []
    for i, fn in enumerate(DOCS, 1):
        channel, template, marked, flags = fn()
        obj = build(f"F131-{i:03d}", channel, template, marked, flags)
        lines.append(json.dumps(obj, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
