"""Blind test batch 137: invented correspondence of a district's social-psychiatric service (Sozialpsychiatrischer
Dienst, Gesundheitsamt Hochsauerlandkreis): crisis interventions, police reports, court-ordered accommodation,
guardianship court, relatives, neighbours, doctors, addiction counselling. All persons and numbers are invented;
all randomness comes from Identifiers(13737).rng, so two runs write identical bytes."""
import datetime
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from identifiers import Identifiers, group, icao_check, luhn_check, mod11_10_check  # noqa: E402
from marks import build  # noqa: E402

ids = Identifiers(13737)
rng = ids.rng
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh137.jsonl")


# ---------------------------------------------------------------- marks
def _mk(code):
    return lambda s: f"[[{code}|{s}]]"


P, A, E, T, N = _mk("P"), _mk("A"), _mk("E"), _mk("T"), _mk("N")
IBAN, TID, TNR, VAT, IDC, PASS = _mk("IBAN"), _mk("TID"), _mk("TNR"), _mk("VAT"), _mk("IDC"), _mk("PASS")
SSN, KV, DOB, KFZ, AZ, CC = _mk("SSN"), _mk("KV"), _mk("DOB"), _mk("KFZ"), _mk("AZ"), _mk("CC")


def cell(mark, value, width):
    """A padded table cell: the mark covers the value only, never the padding."""
    return (mark(value) if mark else value) + " " * max(1, width - len(value))


# ---------------------------------------------------------------- public office data (neutral)
KREIS = "Hochsauerlandkreis"
OFFICE_STREET, OFFICE_CITY = "Eichholzstraße 9", "59821 Arnsberg"
SWITCH = "0291 94-0"
MAILBOX = "sozialpsychiatrischer-dienst@hochsauerlandkreis.de"
COURT_ARN = ("Eichholzstraße 4", "59821 Arnsberg")
COURT_MES = ("Steinstraße 35", "59872 Meschede")

# ---------------------------------------------------------------- random helpers
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
TODAY = datetime.date(2025, 6, 16)


def rdate(y0, y1):
    return datetime.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def dfmt(d, style="dmy4"):
    if style == "dmy4":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dmy2":
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
    if style == "short":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "ddmmyy":
        return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}"
    raise ValueError(style)


def age(d):
    return TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))


def mobile(style=None):
    pre = rng.choice(["0151", "0152", "0157", "0159", "0160", "0162", "0170", "0171", "0172", "0173", "0174",
                      "0175", "0176", "0177", "0178", "0179"])
    n = 8 if pre[:3] == "015" or pre in ("0176", "0177", "0178", "0179") else 7
    rest = ids.digits(n, first_nonzero=True)
    style = style or rng.choice(["plain", "dash", "slash", "intl", "intl0", "blocks"])
    if style == "plain":
        return f"{pre} {rest}"
    if style == "dash":
        return f"{pre}-{rest[:4]} {rest[4:]}"
    if style == "slash":
        return f"{pre}/{rest}"
    if style == "intl":
        return f"+49 {pre[1:]} {rest}"
    if style == "intl0":
        return f"+49 (0){pre[1:]} {rest[:3]} {rest[3:]}"
    if style == "blocks":
        return f"{pre} {rest[:3]} {rest[3:6]} {rest[6:]}"
    if style == "compact":
        return f"{pre}{rest}"
    raise ValueError(style)


AREA = {"Arnsberg": "02931", "Neheim": "02932", "Sundern": "02933", "Meschede": "0291", "Brilon": "02961",
        "Schmallenberg": "02972", "Winterberg": "02981", "Olsberg": "02962", "Marsberg": "02992",
        "Bestwig": "02904", "Eslohe": "02973", "Medebach": "02982"}


def landline(place="Arnsberg", style=None):
    area = AREA[place]
    rest = ids.digits(rng.choice([5, 6]) if len(area) == 5 else rng.choice([6, 7]), first_nonzero=True)
    style = style or rng.choice(["plain", "slash", "paren", "dash", "spaced", "intl"])
    if style == "plain":
        return f"{area} {rest}"
    if style == "slash":
        return f"{area}/{rest}"
    if style == "paren":
        return f"({area}) {rest}"
    if style == "dash":
        return f"{area}-{rest}"
    if style == "spaced":
        return area + " " + " ".join(rest[i:i + 2] for i in range(0, len(rest), 2))
    if style == "intl":
        return f"+49 {area[1:]} {rest}"
    raise ValueError(style)


def ext():
    """A staff member's direct line in the district office (personal, unlike the switchboard)."""
    return f"0291 94-{rng.randint(1100, 4899)}"


STREETS = ["Mendener Straße", "Graf-Gottfried-Straße", "Zum Wiedenhof", "Hellefelder Höhe", "Auf der Haar",
           "Kapellenweg", "Am Hüttengraben", "Grafenstraße", "Möhnestraße", "Auf dem Kamp", "Schützenstraße",
           "Zur Wolfsschlucht", "Ringlebstraße", "Am Bergwerk", "Alter Soestweg", "Hohe Straße", "Niedereimerfeld",
           "Twiete", "Lindenberg", "Auf'm Brinke", "Hüstener Straße", "Breddestraße", "Sauerlandstraße",
           "Am Schlehdorn", "Klosterstraße", "Jahnstraße", "Am Fuhrpark", "Schobbostraße", "Von-Stephan-Straße",
           "Nordring", "Ruhrtalstraße", "Am Obereimer", "Bockumer Weg", "Herdringer Straße", "Kolpingstraße",
           "Dechant-Löcker-Weg", "Ziegeleistraße", "Unterm Römberg", "Pastor-Kaiser-Weg", "Wiebelsheidestraße",
           "Lehmkuhle", "Am Sonnenhang", "Hochsauerlandstraße", "Gartenweg", "Lanfertsweg", "In der Bredde",
           "Friedhofstraße", "Briloner Straße", "Zum Hasenwinkel", "Am Eichhagen", "Lütke Feld",
           "Stembergstraße", "Feldmühlenweg", "Bahnhofsweg", "Wilhelm-Busch-Weg", "Meschehofweg"]
TOWNS = [("59755", "Arnsberg"), ("59757", "Arnsberg"), ("59759", "Arnsberg"), ("59821", "Arnsberg"),
         ("59823", "Arnsberg"), ("59872", "Meschede"), ("59846", "Sundern"), ("59929", "Brilon"),
         ("57392", "Schmallenberg"), ("59955", "Winterberg"), ("59939", "Olsberg"), ("34431", "Marsberg"),
         ("59909", "Bestwig"), ("59889", "Eslohe"), ("59964", "Medebach")]
_street_pool = list(STREETS)


def street():
    s = _street_pool.pop(rng.randrange(len(_street_pool)))
    n = str(rng.randint(1, 140))
    if rng.random() < 0.18:
        n += rng.choice("abc")
    return f"{s} {n}"


def town(name=None):
    if name:
        cands = [t for t in TOWNS if t[1] == name]
        plz, city = rng.choice(cands)
    else:
        plz, city = rng.choice(TOWNS)
    return f"{plz} {city}"


def translit(s):
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"),
                 ("ł", "l"), ("ń", "n"), ("ś", "s"), ("ą", "a"), ("ę", "e"), ("ó", "o"), ("ż", "z"), ("ź", "z"),
                 ("ć", "c"), ("Ł", "L"), ("Ś", "S"), ("Ż", "Z"), (" ", "")):
        s = s.replace(a, b)
    return s.lower()


def staff_mail(first, last):
    return f"{translit(first)}.{translit(last)}@hochsauerlandkreis.de"


def spd_az():
    return f"53.2-SpD {rng.randint(100, 999):04d}/{rng.choice(['24', '25'])}"


def court_az(court_no, register):
    return f"{court_no} {register} {rng.randint(12, 480)}/{rng.choice(['24', '25'])}"


def police_vg():
    d = datetime.date(2025, 5, 1) + datetime.timedelta(days=rng.randint(0, 45))
    return f"{d.strftime('%y%m%d')}-{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}-{ids.digits(6)}"


def bamf_az(country):
    return f"{ids.digits(7, first_nonzero=True)}-{country}"


def iban_de(grouped=True):
    v = ids.iban_de()
    return group(v, 4) if grouped else v


def kvnr():
    return ids.health_insurance()


def plate(code=None):
    code = code or rng.choice(["HSK", "HSK", "HSK", "AR", "MES", "BRI", "SO", "MK"])
    letters = "".join(rng.choice("ABCDEFGHKLMNPRSTUVWZ") for _ in range(rng.choice([1, 2])))
    num = str(rng.randint(1, 9999 if len(letters) == 1 else 999))
    return f"{code}-{letters} {num}" if rng.random() < 0.7 else f"{code} {letters} {num}"


def tax_id(grouped=None):
    v = ids.tax_id()
    if grouped is None:
        grouped = rng.random() < 0.5
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if grouped else v


def polish_id_card():
    """Polish dowód osobisty: 3 letters, check digit, 5 digits; weights 7,3,1,9,7,3,1,7,3, sum mod 10 = 0."""
    letters = "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(3))
    digits = ids.digits(5)
    vals = [ord(c) - 55 for c in letters] + [int(c) for c in digits]
    weights = [7, 3, 1, 7, 3, 1, 7, 3]
    check = sum(v * w for v, w in zip(vals, weights)) % 10
    return f"{letters}{check}{digits}"


# ======================================================================== documents
# The team of the social-psychiatric service (recurring staff).
LEAD = ("Matthias", "Hengesbach")
DOC1 = ("Annegret", "Kückelhaus")  # Dr. med., psychiatrist
DOC2 = ("Parisa", "Jafari")  # Dr., psychiatrist
SW1 = ("Carola", "Beckmann")
SW2 = ("Till", "Rademacher")
SW3 = ("Lena-Marie", "Hümmeler")
SW4 = ("Helen", "Tekle")
SW5 = ("Dmitrij", "Isaak")
SUCHT = ("Kerstin", "Pape-Ahlers")
ADMIN = ("Sabine", "Kettler")


def d01():
    son = rdate(1989, 1996)
    hn = street().split()[-1]
    mail = f"swetlana.reimer{rng.randint(60, 75)}@gmx.de"
    t = f"""Von: {E(mail)}
An: {N(MAILBOX)}
Betreff: dringend!!! mein sohn

hallo frau {P('hümmeler')}

ich weis nicht mehr weiter mein sohn {P('waldemar')} (geb {DOB(dfmt(son, 'short'))}) hat seit 5 tagen nicht geschlafen und redet die ganze zeit das die nachbarn ihn mit kameras filmen, er hat alle fenster mit alufolie zugeklebt. seine tabletten nimmt er seit weihnachten nicht mehr sagt er braucht die nicht er ist ja nicht krank
gestern hat er mich angeschrien und die tür nicht aufgemacht. er wohnt jetzt allein {A('mendener str ' + hn)} in {A('arnsberg-neheim')} 2 stock links klingel geht nicht
sein handy {T(mobile('compact'))} geht er nicht ran
mein mann {P('viktor')} sagt ich soll gleich polizei rufen aber ich will nicht das er wieder so abgeholt wird wie 2021 mit handschellen vor allen leuten. {P('dr kückelhaus')} kennt ihn doch noch von damals
können sie bitte hinfahren?? oder rufen sie mich an {T(landline('Neheim', 'spaced'))} bin den ganzen tag zuhause
es geht um {P('waldemar reimer')} nicht das sie ihn verwechseln

lg {P('swetlana reimer')}

Von meinem iPhone gesendet"""
    return "outlook", "angehoerige-sorge", t, ["HEALTH"]


def d02():
    dob = rdate(1979, 1990)
    sis = (street(), town("Sundern"))
    home = (street(), town("Arnsberg"))
    az = spd_az()
    t = f"""{KREIS} · Der Landrat
Fachdienst 53 Gesundheit – Sozialpsychiatrischer Dienst
{N(OFFICE_STREET)} · {N(OFFICE_CITY)}

Amtsgericht Arnsberg
– Betreuungsgericht –
{N(COURT_ARN[0])}
{N(COURT_ARN[1])}

Vorab per Telefax: {N('02931 804-290')}

Unser Zeichen: {AZ(az)}
Auskunft: {P('Dr. med. Annegret Kückelhaus')}
Durchwahl: {T(ext())}
E-Mail: {E(staff_mail(*DOC1))}
Arnsberg, 12.06.2025

Antrag auf Anordnung der Unterbringung nach §§ 11, 14 PsychKG NRW – Eilt!

Betroffener: Herr {P('Jewgenij Sokolow')}, geb. am {DOB(dfmt(dob))} in Omsk
wohnhaft: {A(home[0])}, {A(home[1])}
derzeit: Klinik am Lürwald, geschützte Station P3 (sofortige Unterbringung seit heute 13:10 Uhr)

Sehr geehrte Damen und Herren,

ich beantrage, die Unterbringung von Herrn {P('Sokolow')} in einer geschlossenen Abteilung eines psychiatrischen Krankenhauses für die Dauer von bis zu sechs Wochen anzuordnen.

1. Sachverhalt
Herr {P('Sokolow')} ist unserem Dienst seit 2019 bekannt; diagnostiziert ist eine paranoide Schizophrenie (ICD-10 F20.0). Die letzte stationäre Behandlung endete im Februar. Heute Vormittag meldete seine Schwester, Frau {P('Tatjana Wiebe')} ({A(sis[0])}, {A(sis[1])}, Tel. {T(mobile())}), ihr Bruder habe angekündigt, sich „vor den Zug zu legen, bevor die Stimmen ihn holen“. Beim Hausbesuch gegen 11:30 Uhr, den ich gemeinsam mit Frau {P('Beckmann')} durchführte, öffnete Herr {P('Sokolow')} erst nach längerem Zureden. Er war ungepflegt, deutlich abgemagert, sprach von einem „Befehl aus dem Fernseher“ und verweigerte jede Behandlung. Ein Küchenmesser lag griffbereit auf dem Tisch.

2. Bewertung
Es besteht eine gegenwärtige erhebliche Selbstgefährdung. Mildere Mittel (ambulante Behandlung, Begleitung durch die Schwester, Aufnahme auf freiwilliger Basis) hat Herr {P('Sokolow')} ausdrücklich abgelehnt. Der Hausarzt, Herr {P('Dr. Friedhelm Vollmer')}, {A('Marktstraße 21')}, {A('59929 Brilon')}, bestätigte mir telefonisch, dass die Depotmedikation seit März nicht mehr verabreicht wurde.

Eine Betreuung besteht nicht; eine Vorsorgevollmacht ist nicht bekannt. Krankenversicherung: AOK NordWest, Versichertennummer {KV(kvnr())}.

Auf die Anforderungen an eine etwaige Fixierung (BVerfG, Urteil vom 24.07.2018 – {N('2 BvR 309/15')}, {N('2 BvR 502/16')}) habe ich die Station hingewiesen.

Das ärztliche Zeugnis nach § 11 Abs. 3 PsychKG NRW ist beigefügt. Für eine Anhörung noch heute stehe ich zur Verfügung.

Mit freundlichen Grüßen
Im Auftrag

{P('Dr. med. Annegret Kückelhaus')}
Fachärztin für Psychiatrie und Psychotherapie"""
    return "word", "psychkg-antrag", t, ["HEALTH"]


def d03():
    vg = police_vg()
    dob = rdate(1984, 1993)
    t = f"""Betreff: WG: Einsatzbericht Ruhrbrücke Oeventrop – Übernahme SpDi

Hi {P('Till')},

bitte schau dir den Herrn heute noch in der Klinik an, ich sitze ab 14 Uhr in der Hilfeplankonferenz. Die Ehefrau hat hier schon zweimal angerufen, Nummer steht unten.

Danke & Gruß
{P('Carola')}

________________________________
Von: {P('Wiegelmann, Reinhard')} (PHK) <{E('reinhard.wiegelmann@polizei.nrw.de')}>
Gesendet: Mittwoch, 11. Juni 2025 07:42
An: {N(MAILBOX)}
Cc: {P('Beckmann, Carola')} <{E(staff_mail(*SW1))}>
Betreff: Einsatzbericht Ruhrbrücke Oeventrop

Guten Morgen,

zur Kenntnis und mit der Bitte um Kontaktaufnahme (VG-Nr. {AZ(vg)}):

Am 11.06.2025 gegen 02:15 Uhr meldete der Zeuge {P('Dominik Hesse')} ({A(street())}, {A(town('Arnsberg'))}, mobil {T(mobile())}) einen Mann, der außen am Geländer der Ruhrbrücke stehe. Vor Ort trafen PHK {P('Wiegelmann')} und PKin {P('Josefine Sauerwald')} die Person an, die sich nach etwa 40 Minuten Gespräch zurück auf den Gehweg ziehen ließ.

Personalien (Personalausweis {IDC(ids.id_card(check_digit=rng.random() < 0.5))}):
{P('Mehdi Rostami')}, geb. {DOB(dfmt(dob))} in Shiraz
{A(street())}
{A(town('Meschede'))}

Das Fahrzeug des Herrn {P('Rostami')}, ein grauer Skoda Octavia, amtl. Kennzeichen {KFZ(plate('HSK'))}, stand mit laufendem Motor auf dem Parkstreifen und wurde verschlossen; der Schlüssel wurde der Ehefrau übergeben.

Herr {P('Rostami')} gab an, er habe seit Wochen nicht geschlafen, sein Visum für die Eltern sei abgelehnt worden und er „sehe keinen Sinn mehr“. Der Notarzt, {P('Dr. Luca Ferrante')}, stellte eine akute Suizidalität fest. Herr {P('Rostami')} willigte in eine freiwillige Aufnahme in der Klinik am Lürwald ein; eine Unterbringung nach PsychKG war daher nicht erforderlich.

Die Ehefrau, Frau {P('Leila Karimi')}, wurde um 03:30 Uhr verständigt und ist unter {T(mobile())} erreichbar.

Mit freundlichem Gruß
Im Auftrag
{P('Wiegelmann')}, PHK
Polizeiwache Meschede · Wachdienst
Tel. {N('0291 9020-0')}"""
    return "outlook", "polizeibericht-weiterleitung", t, ["HEALTH"]


def d04():
    dob = rdate(1975, 1986)
    az = court_az(14, "XVII")
    tig_street = "Ruhrstraße 47"
    t = f"""{KREIS} – Gesundheitsamt – Sozialpsychiatrischer Dienst

An das
Amtsgericht Arnsberg, Betreuungsgericht
z. Hd. Herrn Richter am Amtsgericht {P('Gereon Lödige')}

Geschäftszeichen des Gerichts: {AZ(az)}
Betreuungssache {P('Reza Farahani')}, geb. {DOB(dfmt(dob, 'dmy2'))}

Stellungnahme des Sozialpsychiatrischen Dienstes zur Frage der Einrichtung einer Betreuung

Sehr geehrter Herr {P('Lödige')},

mit Verfügung vom 02.06.2025 baten Sie um eine Stellungnahme. Herr {P('Farahani')} ({A(street())}, {A(town('Sundern'))}) wird von unserem Dienst seit Herbst 2023 begleitet; Bezugsperson ist Frau {P('Tekle')}.

Zur Vorgeschichte: Herr {P('Farahani')} kam 2016 aus Isfahan nach Deutschland. Er ist in einer freikirchlichen Gemeinde in Sundern zum Christentum konvertiert und wurde im Mai 2019 von Pastor {P('Jonathan Ebert')} getauft; nach seinen Angaben war dies der Grund, weshalb er nicht in den Iran zurückkehren kann. Seit dem Tod seiner Mutter Anfang 2024 ist eine rezidivierende depressive Störung mit psychotischen Symptomen bekannt (Behandlung in der Institutsambulanz bei {P('Dr. Shirin Tavakoli')}).

Aktuelle Situation: Post wird nicht mehr geöffnet, zwei Mahnbescheide und eine Räumungsklage des Vermieters sind anhängig. Herr {P('Farahani')} lehnt eine Betreuung nicht grundsätzlich ab, wünscht aber ausdrücklich, dass „kein Landsmann“ bestellt wird. Seine Schwester, Frau {P('Niloufar Ahmadi')}, lebt in Hamburg ({T('+49 40 ' + ids.digits(8, first_nonzero=True))}) und sieht sich zur Übernahme nicht in der Lage.

Vorschlag: Als Berufsbetreuerin kommt Frau {P('Mechthild Tigges')}, Büro {A(tig_street)}, {A('59755 Arnsberg')}, in Betracht; sie hat ihre Bereitschaft am 10.06.2025 erklärt. Aufgabenkreise: Vermögenssorge, Wohnungsangelegenheiten, Vertretung gegenüber Behörden, Gesundheitssorge.

Für Rückfragen erreichen Sie mich unter {T(ext())}.

Mit freundlichen Grüßen
{P('Helen Tekle')}
Sozialarbeiterin (B.A.)"""
    return "word", "betreuung-stellungnahme", t, ["HEALTH", "RELIGION"]


def d05():
    own_no = rng.randint(2, 60)
    own_town = town('Sundern')
    t = f"""Betreff: Zustände im Haus {A(f'Kolpingstraße {own_no}')} – so geht das nicht weiter

Sehr geehrte Damen und Herren vom Gesundheitsamt,

ich wende mich an Sie, weil die Hausverwaltung nichts unternimmt. Über mir im 2. OG wohnt seit ca. 2018 Frau {P('Jadwiga Szymańska')}. Seit dem Frühjahr stinkt es im ganzen Treppenhaus nach Müll und Katzenurin, im Sommer kommen Maden unter ihrer Tür durch. Nachts schreit sie, sie redet mit jemandem der nicht da ist und klopft mit irgendwas gegen die Heizungsrohre. Meine Frau kann seit Wochen nicht mehr schlafen.

Frau {P('Szymańska')} war, das weiß das ganze Haus, schon zweimal in Marsberg in der Psychiatrie. Sie ist bestimmt keine böse Frau, aber sie braucht Hilfe, allein schafft sie das nicht mehr. Ihre Tochter soll irgendwo bei Kattowitz wohnen, Kontakt hat keiner.

Herr {P('Brüggemann')} von der Hausverwaltung Sauerland Immobilien ({E('h.brueggemann@sauerland-immobilien.de')}) sagt, er kann erst was machen, wenn die Miete nicht mehr kommt. Frau {P('Annette Schrewe')} aus dem Erdgeschoss hat schon im April beim Ordnungsamt angerufen, da ist auch nichts passiert.

Ich möchte nicht, dass Frau {P('Szymańska')} weiß, dass die Meldung von mir kommt.

Die genaue Anschrift: {A(f'Kolpingstraße {own_no}')}, {A(own_town)}, 2. OG rechts (Klingel „{P('J. Szym.')}“).

Mit freundlichen Grüßen
{P('Heinz-Dieter Klauke')}
{A(f'Kolpingstraße {own_no}')} (EG links)
{A(own_town)}
Tel. {T(landline('Sundern'))}
{E('hd.klauke@t-online.de')}"""
    return "outlook", "nachbar-meldung", t, ["HEALTH"]


def d06():
    dob = rdate(1968, 1980)
    adm, dis = datetime.date(2025, 5, 19), datetime.date(2025, 6, 6)
    gp_addr = (street(), town("Arnsberg"))
    t = f"""Klinik am Lürwald
Abteilung für Abhängigkeitserkrankungen · Station S2
{N('Lürwaldweg 20')} · {N('59759 Arnsberg')} · Tel. {N('02932 952-0')}

Frau
{P('Dr. med. Verena Gerwin')}
Fachärztin für Allgemeinmedizin
{A(gp_addr[0])}
{A(gp_addr[1])}

nachrichtlich: Sozialpsychiatrischer Dienst, Suchtberatung, Frau {P('Pape-Ahlers')}

Arnsberg, {dfmt(dis)}

Entlassungsbericht

Sehr geehrte Frau Kollegin {P('Gerwin')},

wir berichten über Ihren Patienten

Herrn {P('Tomasz Kowalczyk')}, geb. {DOB(dfmt(dob))}
{A(street())}, {A(town('Arnsberg'))}
KVNR {KV(kvnr())} (BARMER)

der sich vom {dfmt(adm)} bis {dfmt(dis)} in unserer stationären Behandlung befand.

Diagnosen:
F10.2 Alkoholabhängigkeitssyndrom
F10.3 Alkoholentzugssyndrom, kompliziert durch einen Krampfanfall am 2. Behandlungstag
K70.0 Alkoholische Fettleber
F32.1 Mittelgradige depressive Episode

Anamnese: Herr {P('Kowalczyk')} stammt aus Opole und lebt seit 2007 in Deutschland, zuletzt als Lagerarbeiter tätig. Seit der Trennung von seiner Lebensgefährtin, Frau {P('Bożena Pawlak')}, im Herbst täglicher Konsum von ca. 1,5 l Wodka. Die Aufnahme erfolgte nach einem Sturz im alkoholisierten Zustand.

Verlauf: Qualifizierter Entzug unter Clomethiazol, danach Motivationsphase. Herr {P('Kowalczyk')} zeigte sich zunehmend offen für eine Entwöhnungsbehandlung; ein Antrag bei der Deutschen Rentenversicherung Westfalen wurde durch unseren Sozialdienst (Herr {P('Benedikt Schmallenbach')}, Tel. {T('02932 952-4417')}) gestellt. Bis zum Antritt wird die Anbindung an die Suchtberatung des Sozialpsychiatrischen Dienstes empfohlen; ein Ersttermin bei Frau {P('Pape-Ahlers')} ist für den 12.06.2025 vereinbart.

Medikation bei Entlassung: Sertralin 50 mg 1-0-0, Thiamin 100 mg 1-0-0.

Mit freundlichen kollegialen Grüßen

{P('Dr. Rüdiger Funke')}                       {P('Nadine El-Khoury')}
Oberarzt                                 Assistenzärztin"""
    return "word", "entlassbericht-sucht", t, ["HEALTH"]


def d07():
    rows = [
        ("Ralf Stappert", 1971, "Alkohol", "Hausärztin Dr. Gerwin", "Dr. Gerwin"),
        ("Jana Wrede-Hollmann", 1994, "Cannabis, Amphetamin", "selbst", None),
        ("Piotr Nowicki", 1982, "Alkohol", "Klinik am Lürwald", None),
        ("Alexej Bergen", 1999, "Opioide (Substitution)", "JVA Attendorn, Hr. Kemper", "Kemper"),
        ("Nasrin Rahimi", 1988, "Benzodiazepine", "selbst", None),
        ("Dennis Kaiser", 2001, "Glücksspiel", "Jobcenter, Fr. Lohmann", "Lohmann"),
        ("Marina Fast", 1976, "Alkohol", "Ehemann", None),
        ("Yonas Gebremedhin", 1996, "Khat, Alkohol", "Flüchtlingsberatung", None),
    ]
    lines = []
    head = f"{'Nr':<4}| {'Name':<22}| {'geb.':<11}| {'Telefon':<20}| {'Substanz':<24}| {'Zuweisung':<27}| Erstgespräch"
    lines.append(head)
    lines.append("-" * len(head))
    for i, (name, y, subst, via, via_name) in enumerate(rows, 1):
        dob = rdate(y, y)
        phone = mobile(rng.choice(["plain", "slash", "compact"]))
        if via_name:
            pre, _, post = via.partition(via_name)
            via_m, via_len = pre + P(via_name) + post, len(via)
        else:
            via_m, via_len = via, len(via)
        first = dfmt(datetime.date(2025, 6, rng.randint(17, 30)), "short") if i <= 5 else "offen"
        lines.append(f"{str(i):<4}| {cell(P, name, 22)}| {cell(DOB, dfmt(dob), 11)}| {cell(T, phone, 20)}| "
                     f"{subst:<24}| {via_m}{' ' * max(1, 27 - via_len)}| {first}")
    table = "\n".join(lines)
    t = f"""Suchtberatung im Sozialpsychiatrischen Dienst Arnsberg
Warteliste Einzelgespräche – Stand 13.06.2025 (nur für den Dienstgebrauch!)

{table}

Hinweise:
– Herr {P('Bergen')}: Substitution läuft über Praxis {P('Dr. Heiner Scholand')}, Entlassung JVA am 24.06., Termin vorher telefonisch abstimmen.
– Frau {P('Rahimi')} möchte nur von einer Frau beraten werden, bevorzugt nicht telefonisch kontaktieren (Ehemann liest mit).
– Herr {P('Gebremedhin')}: Dolmetscher Tigrinya anfragen.
Zuständig: {P('K. Pape-Ahlers')} / Vertretung {P('D. Isaak')}"""
    return "word", "warteliste-suchtberatung", t, ["HEALTH"]


def d08():
    az = bamf_az("224")
    dob = rdate(1990, 1998)
    iban = iban_de()
    tnr = ids.tax_number_nrw()
    vat = ids.vat_id()
    t = f"""Von: {P('Selam Ghebreyesus')} <{E('selam.ghebreyesus@dolmetsch-tigrinya.de')}>
An: {P('Tekle, Helen')} <{E(staff_mail(*SW4))}>
Betreff: Termin Frau {P('Haile')} 19.06. + Rechnung Mai

Liebe Frau {P('Tekle')},

den Termin am Donnerstag, 19.06., 10 Uhr, bei Frau {P('Johanna Rinsche')} (Traumaambulanz) für Frau {P('Mebrat Haile')} ({DOB(dfmt(dob))}) kann ich übernehmen. Ich hole Frau {P('Haile')} wie beim letzten Mal in der Unterkunft {A(street())} in {A(town('Meschede'))} ab, sie fährt nicht gern allein Bus seit dem Vorfall am Bahnhof.

Eine Sache möchte ich Ihnen vorher sagen: Frau {P('Haile')} gehört zur Volksgruppe der Kunama. Sie hat mir erzählt, dass sie bei der Anhörung beim BAMF (Az. {AZ(az)}) einen tigrinischen Dolmetscher hatte und sich deshalb nicht getraut hat, alles über die Haft in Barentu zu erzählen. Sie hat Angst, dass das in ihrer Community bekannt wird. Vielleicht kann Frau {P('Rinsche')} das berücksichtigen; ich übersetze natürlich neutral.

Anbei meine Rechnung für Mai (6 Einsätze, 14,5 Std.). Meine Daten für die Kasse:
Kontoinhaberin: {P('Selam Ghebreyesus')}
IBAN {IBAN(iban)}
Steuernummer {TNR(tnr)}
USt-IdNr. {VAT(vat)}

Herzliche Grüße
{P('Selam Ghebreyesus')}
Dolmetscherin und Übersetzerin Tigrinya/Amharisch–Deutsch (allg. beeidigt, LG Arnsberg)
{A(street())} · {A(town('Olsberg'))}
mobil {T(mobile())}"""
    return "outlook", "dolmetscherin-termin", t, ["HEALTH", "ETHNICITY"]


def d09():
    dob = rdate(1944, 1950)
    home = (street(), town("Arnsberg"))
    t = f"""Aktenvermerk Hausbesuch

Az.: {AZ(spd_az())}
Datum/Zeit: 05.06.2025, 09:40–10:55 Uhr
Anwesend: {P('T. Rademacher')} (SpDi), {P('H. Tekle')} (SpDi), Frau {P('Birte zu Dohna')} (Vermieterin, nur im Treppenhaus)

Betroffener: Herr {P('Ulrich von der Heyde')}, {DOB(dfmt(dob, 'long'))} ({age(dob)} J.), {A(home[0])}, {A(home[1])}, 1. OG

Anlass: Meldung der Vermieterin vom 28.05. (Tel. {T(landline('Arnsberg'))}): Herr {P('von der Heyde')} sei seit Wochen nicht mehr gesehen worden, Briefkasten quelle über, ein Nachbar (Herr {P('Wolfram Tillmann')}, EG) habe nachts Rufe gehört.

Befund: Herr {P('von der Heyde')} öffnete nach dem dritten Klingeln im Bademantel. Wohnung stark vermüllt, Küche nicht nutzbar, Kühlschrank ohne Strom. Er wirkte zeitlich nicht orientiert (nannte das Jahr 2019), war aber freundlich und ließ uns ein. Mehrere ungeöffnete Briefe der Stadtwerke und der Krankenkasse; die Versichertenkarte (KVNR {KV(kvnr())}) lag im Flur. Medikamente: Ramipril und Metformin, Packungen von 2023. Körperlich deutlich reduziert, Beine geschwollen. Kein Anhalt für akute Eigen- oder Fremdgefährdung im Sinne des PsychKG; Verdacht auf dementielle Entwicklung, DD Depression.

Der Pkw (Opel Astra, {KFZ(plate('HSK'))}) steht laut Vermieterin seit über einem Jahr unbewegt im Hof; Herr {P('von der Heyde')} möchte ihn „für den Sommer“ behalten.

Angehörige: Neffe {P('Florian von der Heyde')}, Köln, Tel. {T(mobile())} – Herr {P('von der Heyde')} ist mit einer Kontaktaufnahme einverstanden.

Vereinbart:
1. Hausarzt {P('Dr. Jan Ewers')} wird um Hausbesuch gebeten (erledigt, Zusage für 10.06.).
2. Anregung einer Betreuung beim Betreuungsgericht wird mit Herrn {P('von der Heyde')} am 12.06. besprochen.
3. Kontakt Pflegestützpunkt wegen Pflegegrad.
4. Wiedervorlage 12.06.2025, Frau {P('Tekle')}.

gez. {P('Rademacher')}"""
    return "word", "vermerk-hausbesuch", t, ["HEALTH"]


def d10():
    dob = rdate(1977, 1985)
    cc = ids.credit_card("4", 16)
    cc_fmt = group(cc, 4)
    iban = iban_de()
    kd = f"{ids.digits(8, first_nonzero=True)}"
    tid = tax_id(grouped=False)
    az = court_az(14, "XVII")
    t = f"""Von: Betreuungsbüro {P('Droste')} <{E('a.droste@betreuungen-droste.de')}>
An: {N(MAILBOX)}
Betreff: Ihr Klient {P('K. Klassen')} – Schulden aus der manischen Phase, bitte um ärztliche Bescheinigung

Sehr geehrte Damen und Herren,
sehr geehrte Frau {P('Dr. Jafari')},

ich bin seit dem 20.05.2025 vom Amtsgericht Arnsberg ({AZ(az)}) zum Betreuer von Herrn {P('Konstantin Klassen')}, geb. {DOB(dfmt(dob))}, bestellt (Aufgabenkreise u. a. Vermögenssorge mit Einwilligungsvorbehalt).

Herr {P('Klassen')} hat in der manischen Episode im April, also vor seiner Aufnahme, in großem Umfang online bestellt und Verträge abgeschlossen: zwei E-Bikes, ein Handyvertrag, Bestellungen bei einem Versandhaus (Kundennummer {AZ(kd)}) über rund 7.800 EUR. Ich möchte die Geschäfte nach § 105 Abs. 2 BGB anfechten. Dafür benötige ich eine kurze ärztliche Bescheinigung, dass er in dieser Zeit wegen einer Störung der Geistestätigkeit nicht geschäftsfähig war. Sie haben ihn am 22.04. im Rahmen der Krisenintervention gesehen.

Falls für die Bescheinigung eine Gebühr anfällt: Bitte nicht mehr über die Kreditkarte abrechnen, mit der Herr {P('Klassen')} im Frühjahr das Attest für die Fahrerlaubnisbehörde bei Ihrer Kasse bezahlt hat ({CC(cc_fmt)}, VISA) – die Karte ist gekündigt. Zahlungen und Erstattungen künftig nur über das Betreuungskonto:
{IBAN(iban)} (Kontoinhaber: {P('Konstantin Klassen')}, vertr. d. Betreuer)

Ihre Kasse hatte beim letzten Gebührenbescheid die Steuer-ID von Herrn {P('Klassen')} verlangt; zur Sicherheit: {TID(tid)}. Den Bescheid bitte an mich als Betreuer senden.

Mit freundlichen Grüßen

{P('Ansgar Droste')}
Berufsbetreuer · Dipl.-Sozialpädagoge
{A(street())}, {A(town('Arnsberg'))}
Tel. {T(landline('Arnsberg'))} · Fax {T(landline('Arnsberg', 'plain'))}
Steuernummer {TNR(ids.tax_number_nrw())} · USt-IdNr. {VAT(ids.vat_id())}"""
    return "outlook", "betreuer-anfechtung", t, ["HEALTH"]


def d11():
    people = [("Stracke", "Holger", 1969), ("Ens", "Wjatscheslaw", 1991), ("Nowak", "Katarzyna", 1985),
              ("Rahmani", "Omid", 1997), ("Tesfamariam", "Yohannes", 2000), ("Lüke", "Brigitte", 1952),
              ("Kaminski", "Rafał", 1978)]
    reasons = ["Suizidankündigung", "Fremdgefährdung Nachbar", "Verwahrlosung", "akute Psychose", "Suizidversuch",
               "Desorientierung, nachts auf B7", "Intox. + Suiziddrohung", "Bedrohung Jobcenter"]
    staff = ["Beckmann", "Rademacher", "Hümmeler", "Isaak", "Tekle", "Kückelhaus"]
    lines = ["EinsatzNr;Datum;Uhrzeit;Nachname;Vorname;Geburtsdatum;Strasse;PLZ Ort;Anlass;PolizeiVG;Massnahme;MA"]
    for i, (last, first, y) in enumerate(people):
        d = datetime.date(2025, 5, 2 + i * 3 + rng.randint(0, 2))
        dob = rdate(y, y)
        vg = AZ(police_vg()) if rng.random() < 0.75 else ""
        measure = rng.choice(["§ 14 PsychKG", "freiwillig Klinik", "ambulant, WV", "§ 14 PsychKG", "Beratung"])
        st = street()
        tw = town()
        lines.append(";".join([AZ(f"KI-2025-{rng.randint(100, 999):04d}"), dfmt(d), f"{rng.randint(0, 23):02d}:{rng.choice(['05', '20', '35', '50'])}",
                               P(last), P(first), DOB(dfmt(dob, 'iso')), A(st), A(tw), reasons[i], vg, measure,
                               P(rng.choice(staff))]))
    t = "\n".join(lines) + "\n"
    return "word", "export-kriseneinsaetze-csv", t, ["HEALTH"]


def d12():
    az = bamf_az("439")
    t = f"""Von: {P('Kourosh M.')} <{E('kourosh.moradi91@gmail.com')}>
An: {N(MAILBOX)}
Betreff: bitte Brief für Anwalt

Sehr geehrte Frau Doktor {P('Jafari')},

entschuldigung für mein Deutsch ich schreibe selbst ohne Übersetzer. Mein Name ist {P('Kourosh Moradi')}, ich war bei ihnen im März 3 mal zu Gespräch. Sie haben gesagt Depression und posttraumatische Belastung.

Mein Asylantrag ist abgelehnt, jetzt ich mache Folgeantrag mit Rechtsanwalt {P('Dr. Felix Ohm')} aus Dortmund. Er sagt ich brauche ein Attest von Ihnen, das ich krank bin und das es schlimmer wird wenn ich zurück nach Iran muss. Aktenzeichen bei BAMF ist {AZ(az)}.

Ich habe beim ersten Interview nicht gesagt das ich schwul bin, weil Dolmetscher war aus Iran und ich hatte Angst. In Teheran die Basij haben mich 2019 mit meinem Freund festgenommen, 3 Wochen Gefängnis, sie haben mich geschlagen. Jetzt ich lebe hier zusammen mit meinem Partner {P('Jonas Mertens')}, wir wollen heiraten. {P('Jonas')} kann auch kommen zu Termin wenn sie wollen, er spricht gut Deutsch natürlich :)

Ich schlafe nicht gut, jede Nacht Träume von Gefängnis. Die Tabletten von {P('Dr Tavakoli')} helfen ein bisschen.

Meine Adresse ist neu: {A(street())}, {A(town('Arnsberg'))} (bei {P('Mertens')})
Handy {T(mobile('intl'))}

Danke viel mal
{P('Kourosh')}"""
    return "outlook", "klient-attestbitte", t, ["HEALTH", "SEXUAL_ORIENTATION"]


def d13():
    dob = rdate(1962, 1972)
    st, tw = street(), town("Schmallenberg")
    kv = kvnr()
    husband_m = mobile("plain")
    t = f"""- 1 -         Eingang Gesundheitsamt HSK  1 3. JUNI 2025

ÄRZTLlCHES ZEUGNlS
zur Vorlage beim Amtsgericht gem. § 11 Abs. 3 PsychKG NRW

Name, Vorname: {P('Warkentin, Galina')}
Geburtsdaturn: {DOB(dfmt(dob))}      Geburtsort: Pawlodar (Kasachstan)
Anschrift: {A(st)}
           {A(tw)}
Krankenkasse: DAK-Gesundheit   Vers.-Nr.: {KV(kv)}
Identität festgest. durch: Reisepass Nr. {PASS(ids.passport())}

Untersuchung am 12.06.2025 um 16 :40 Uhr in  der Wohnung der Betroffenen
in Anwesenheit von: Ehemann {P('Andreas Warkentin')} (Tel. {T(husband_m)}) ,
Frau {P('L.-M. Hümmeler')} (SpDi)

Befund: Pat. wach, ängstlich-agitiert, formalgedanklich zerfahren. Äußert
wahnhafte Überzeugung, der Ehemann wolle sie vergiften; verweigert
seit 4 Tagen Nahrung und Flüssigkeit. Zustand nach Exsikkose 2022.
Keine Krankheitseinsicht . RR 90/55, Puls 118.

Diagnose: Akute polymorphe psychotische Störung (F23.1), DD schizo-
affektive Störung.

Es besteht gegenwärtig erhebliche Gefahr für die Gesundheit der Betroffenen
(Dehydratation). Eine freiwillige Behandlung lehnt Frau {P('Warkentin')} ab.

Schmallenberg, 12.06.2025

[Unterschrift unleserlich]  {P('Dr. med. Hubertus Schnettler')}
Facharzt für Nervenheilkunde
{A('Weststraße 14')} · {A('57392 Schmallenberg')} · Tel. {T(landline('Schmallenberg', 'slash'))}"""
    return "word", "scan-aerztliches-zeugnis", t, ["HEALTH"]


def d14():
    team = [("Beckmann", "Carola"), ("Rademacher", "Till"), ("Hümmeler", "Lena-Marie"), ("Isaak", "Dmitrij"),
            ("Tekle", "Helen"), ("Kückelhaus", "Annegret"), ("Jafari", "Parisa")]
    phones = {last: mobile(rng.choice(["plain", "dash", "blocks"])) for last, _ in team}
    weeks = ["30.06.–06.07.", "07.07.–13.07.", "14.07.–20.07.", "21.07.–27.07.", "28.07.–03.08."]
    order = [team[i] for i in (0, 3, 1, 4, 2)]
    drs = [team[5], team[6], team[5], team[6], team[5]]
    rows = "\n".join(f"{w}  {P(s[1] + ' ' + s[0])} ({T(phones[s[0]])}) – ärztl. Hintergrund: {P('Dr. ' + d[0])}"
                     for w, s, d in zip(weeks, order, drs))
    t = f"""Von: {P('Hengesbach, Matthias')} <{E(staff_mail(*LEAD))}>
An: SpDi-Team Arnsberg
Betreff: Rufbereitschaft Juli – Entwurf, bitte bis Freitag prüfen

Hallo zusammen,

hier der Entwurf für die Rufbereitschaft im Juli. Die Alarmierung läuft wie gehabt über die Leitstelle auf eure private Handynummer; bitte prüft, ob die Nummern noch stimmen:

{rows}

{P('Lena-Marie')}, du hattest für die Woche ab 14.07. Urlaub angemeldet – ich habe dich deshalb mit {P('Helen')} getauscht, bitte kurz bestätigen. {P('Dmitrij')}, dein Diensthandy ist noch in der Reparatur, bis dahin nimmst du das Ersatzgerät aus dem Schrank (läuft auf die Bereitschaftsnummer {N('0291 94-4999')}).

Der Dienstwagen {N('HSK-GA 530')} steht in den Bereitschaftswochen nachts bei der Kreisleitstelle, Schlüssel beim Pförtner.

Danke euch!
{P('Matthias')}

--
{P('Matthias Hengesbach')}
Leitung Sozialpsychiatrischer Dienst
{KREIS} · Fachdienst 53 Gesundheit
{N(OFFICE_STREET)} · {N(OFFICE_CITY)}
Tel. {T(ext())} · Zentrale {N(SWITCH)}"""
    return "outlook", "rufbereitschaft-plan", t, []


def d15():
    dob = rdate(1995, 2002)
    kv = kvnr()
    t = f"""SOZIALPSYCHIATRISCHER DIENST – ERSTKONTAKTBOGEN

Kontaktart:   [ ] telefonisch   [x] persönlich   [ ] Hausbesuch   [ ] Polizei/Ordnungsamt
Datum: 03.06.2025          Aufgenommen von: {P('Tekle')}

1. Angaben zur Person
Name: ........................ {P('Berhane')}
Vorname: ..................... {P('Filmon')}
Geburtsdatum: ................ {DOB(dfmt(dob))}   Geburtsort: Mendefera (Eritrea)
Anschrift: ................... {A(street())}, {A(town('Bestwig'))}
Telefon: ..................... {T(mobile())}
Staatsangehörigkeit: ......... eritreisch     Aufenthalt: Aufenthaltserlaubnis § 25 Abs. 2 AufenthG
Sprache(n): .................. Tigrinya, etwas Englisch, Deutsch A2   Dolmetscher: [x] ja  [ ] nein
Religion (auf Wunsch): ....... eritreisch-orthodox, fastet mittwochs/freitags (wichtig f. Medikation!)
Krankenkasse / Nr.: .......... AOK NordWest / {KV(kv)}

2. Bezugspersonen
Cousin {P('Awet Kidane')}, {A(street())}, {A(town('Meschede'))}, Tel. {T(mobile())}
Flüchtlingsberatung Caritas: Frau {P('Teresa Gödde')}, {E('teresa.goedde@caritas-hsk.de')}
Hausarzt: {P('Dr. Samir Haddad')}, Bestwig

3. Anlass / Anliegen
Kommt in Begleitung des Cousins. Schläft seit Monaten kaum, „Bilder vom Meer“ (Überfahrt Libyen 2016, zwei Mitreisende ertrunken), Rückzug, hat Ausbildung (Fachlagerist) abgebrochen. Keine Suizidgedanken auf direkte Nachfrage. Kein Substanzkonsum.

4. Einschätzung / Weiteres
V. a. PTBS (F43.1). Vermittlung Traumaambulanz (Wartezeit ca. 4 Monate), bis dahin 14-tägige Gespräche SpDi mit Dolmetscher.
Betreuung:  [ ] ja  [x] nein        Schweigepflichtentbindung Hausarzt: [x] liegt vor

Unterschrift Mitarbeiter/in: {P('H. Tekle')}"""
    return "word", "formular-erstkontakt", t, ["HEALTH", "RELIGION"]


def d16():
    az = f"{rng.randint(110, 460)} Js {rng.randint(100, 1999)}/25"
    dob = rdate(1986, 1994)
    t = f"""Von: {P('Hengesbach, Matthias')}
Gesendet: Freitag, 13. Juni 2025 11:02
An: {P('Hollenbeck, Sigrid')} <{E('sigrid.hollenbeck@sta-arnsberg.nrw.de')}>
Betreff: AW: Ermittlungsverfahren {AZ(az)} – Anfrage zu Herrn {P('Wójcik')}

Sehr geehrte Frau {P('Hollenbeck')},

vielen Dank für Ihre Anfrage. Ich bitte um Verständnis, dass ich Ihnen ohne eine Entbindung von der Schweigepflicht durch Herrn {P('Wójcik')} oder einen richterlichen Beschluss weder bestätigen noch verneinen kann, ob er unserem Dienst bekannt ist (§ 203 StGB, § 7 PsychKG NRW).

Gern kann die Polizei Herrn {P('Wójcik')} aber unsere allgemeine Sprechstunde nennen; die Zentrale erreicht er unter {N(SWITCH)}.

Mit freundlichen Grüßen
{P('Matthias Hengesbach')}
Leitung Sozialpsychiatrischer Dienst

-----Ursprüngliche Nachricht-----
Von: {P('Hollenbeck, Sigrid')}
Gesendet: Donnerstag, 12. Juni 2025 15:48
An: {N(MAILBOX)}
Betreff: Ermittlungsverfahren {AZ(az)} – Anfrage zu Herrn {P('Wójcik')}

Sehr geehrte Damen und Herren,

in dem Ermittlungsverfahren gegen Herrn {P('Paweł Wójcik')}, geb. {DOB(dfmt(dob))}, wohnhaft {A(street())}, {A(town('Brilon'))}, wegen Sachbeschädigung und Bedrohung ist zu prüfen, ob Anhaltspunkte für eine erheblich verminderte Schuldfähigkeit (§ 21 StGB) vorliegen.

Nach dem Bericht der Polizeiwache Brilon (VG-Nr. {AZ(police_vg())}) hat der Beschuldigte am 30.05.2025 die Scheiben im Friseursalon der Geschädigten, Frau {P('Renate Kordes')}, eingeschlagen und dabei gerufen, sie „sende Strahlen in seine Wohnung“. Die Beamten beschreiben ihn als verwirrt; er habe angegeben, Stimmen zu hören, und Medikamente der „Psychiatrie in Marsberg“ bei sich gehabt.

Ich bitte um Mitteilung, ob Herr {P('Wójcik')} bei Ihnen in Betreuung ist, und ggf. um Übersendung vorhandener Unterlagen.

Mit freundlichen Grüßen
Im Auftrag
{P('Hollenbeck')}
Oberamtsanwältin
Staatsanwaltschaft Arnsberg
Tel. {T('02931 8058-' + str(rng.randint(300, 699)))}"""
    return "outlook", "staatsanwaltschaft-anfrage", t, ["HEALTH"]


def d17():
    dob = rdate(1970, 1980)
    home = (street(), town("Meschede"))
    ssn = ids.social_security(dfmt(dob, "ddmmyy"), "K")
    ssn_fmt = f"{ssn[:2]} {ssn[2:8]} {ssn[8]} {ssn[9:]}"
    t = f"""{KREIS} · Gesundheitsamt
Sozialpsychiatrischer Dienst · Koordination Hilfeplanung
{N(OFFICE_STREET)}, {N(OFFICE_CITY)}

Frau
{P('Natalja Kusnezowa')}
{A(home[0])}
{A(home[1])}

Ihr Zeichen: –        Unser Zeichen: {AZ(spd_az())}        Datum: 10.06.2025

Einladung zur Hilfeplankonferenz am Mittwoch, 25. Juni 2025, 14:00 Uhr

Sehr geehrte Frau {P('Kusnezowa')},

Sie haben beim LWL Leistungen der Eingliederungshilfe (Ambulant Betreutes Wohnen) beantragt. Ihr Antrag wird in der Hilfeplankonferenz besprochen. Dazu lade ich Sie herzlich ein. Sie können eine Person Ihres Vertrauens mitbringen, zum Beispiel Ihre Tochter {P('Anastasia')}.

Ort: Kreishaus Meschede, {N('Steinstraße 27')}, Raum 2.114

Teilnehmen werden außerdem:
• Frau {P('Sandra Vielhaber')}, Ihre rechtliche Betreuerin (SkF Meschede)
• Herr {P('Thorsten Ebbinghaus')}, Fallmanager beim LWL
• Frau {P('Olesja Dück')}, Ambulant Betreutes Wohnen „Lebensraum“
• Herr {P('Dmitrij Isaak')}, Sozialpsychiatrischer Dienst (Moderation)

Bitte bringen Sie mit: den Bescheid der Deutschen Rentenversicherung über Ihre Erwerbsminderungsrente (Versicherungsnummer {SSN(ssn_fmt)}) und, wenn vorhanden, den letzten Arztbrief der Institutsambulanz.

Wenn Sie an dem Tag nicht können oder Fragen haben, rufen Sie mich bitte an: {T(ext())}. Sie können auch eine E-Mail schreiben: {E(staff_mail(*SW5))}.

Mit freundlichen Grüßen

{P('Dmitrij Isaak')}
Sozialarbeiter

Kopie: Frau {P('Vielhaber')}, SkF Meschede, {A('Le-Puy-Straße 19')}, {A('59872 Meschede')}"""
    return "word", "einladung-hilfeplankonferenz", t, ["HEALTH"]


def d18():
    dob = rdate(1939, 1943)
    kv = kvnr()
    t = f"""Von: Praxis {P('Dr. Kamińska-Nowak')} <{E('praxis@hausarzt-kaminska-nowak.de')}>
An: {N(MAILBOX)}
Betreff: Bitte um Hausbesuch – Herr {P('Lewandowski')}, Olsberg

Sehr geehrte Kolleginnen und Kollegen,

ich bitte um einen Hausbesuch bei meinem Patienten

{P('Zbigniew Lewandowski')}, * {DOB(dfmt(dob, 'dmy2'))}
{A(street())}, {A(town('Olsberg'))}
Tel. {T(landline('Olsberg'))} (nimmt selten ab)
AOK NordWest, {KV(kv)}

Herr {P('Lewandowski')} ({age(dob)}) lebt seit dem Tod seiner Frau allein. Seit etwa einem Jahr zunehmende Gedächtnisstörungen (MMST im Januar 19/30), V. a. Alzheimer-Demenz. In den letzten zwei Wochen wurde er zweimal nachts orientierungslos auf der B480 aufgegriffen, beim zweiten Mal nur im Schlafanzug. Er spricht inzwischen fast nur noch Polnisch.

Die Tochter, Frau {P('Agata Dąbrowska')}, lebt in Wrocław und kommt nur alle paar Wochen; sie ist unter {T('+48 601 ' + ids.digits(3) + ' ' + ids.digits(3))} oder {E('agata.dabrowska@wp.pl')} erreichbar und mit einer Einschaltung des SpDi einverstanden. Eine Nachbarin, Frau {P('Krystyna Bąk')}, schaut täglich nach ihm, ist aber selbst 79.

Eine Vorsorgevollmacht existiert nicht. Aus meiner Sicht ist eine Betreuung und ggf. eine Heimunterbringung zu prüfen; ich selbst komme an meine Grenzen.

Mit kollegialen Grüßen
{P('Dr. med. Ewa Kamińska-Nowak')}
Fachärztin für Allgemeinmedizin · Hausärztliche Versorgung
{A(street())} · {A(town('Olsberg'))}
Tel. {T(landline('Olsberg', 'slash'))}"""
    return "outlook", "hausaerztin-demenz", t, ["HEALTH"]


def d19():
    dob = rdate(1985, 1992)
    sdob = rdate(1987, 1994)
    t = f"""Vermerk (vertraulich – genetische Befunde, nicht an Dritte!)

Klient: {P('Jonas Kroll')}, geb. {DOB(dfmt(dob))}, {A(street())}, {A(town('Eslohe'))}
Az. {AZ(spd_az())}
Gespräch am 11.06.2025 mit {P('Dr. Jafari')} und Herrn {P('Rademacher')}

Herr {P('Kroll')} brachte den Befund der Humangenetik (Universitätsklinikum Münster, {P('Prof. Dr. Gisela Stratmann')}) vom 28.05.2025 mit: Nachweis einer CAG-Repeat-Expansion im HTT-Gen (44 Repeats), damit Anlageträger für Chorea Huntington. Die Mutter, Frau {P('Ingrid Kroll')}, ist 2021 an der Erkrankung verstorben.

Herr {P('Kroll')} ist seit der Befundmitteilung schwer niedergeschlagen, äußert passive Todeswünsche („ich will nicht so enden wie Mama“), distanziert sich aber glaubhaft von konkreten Suizidplänen. Bislang keine motorischen Symptome; leichte Reizbarkeit, die Ehefrau ({P('Miriam Kroll')}, Tel. {T(mobile())}) berichtet über Streit wegen Kleinigkeiten.

Problem: Die Schwester, Frau {P('Clara Kroll-Baumann')} (geb. {DOB(dfmt(sdob, 'dmy2'))}), möchte ausdrücklich nicht getestet werden und weiß nichts vom Befund ihres Bruders. Herr {P('Kroll')} fragt, ob er es ihr sagen „muss“. Wir haben das Recht auf Nichtwissen erläutert und vereinbart, dass er dies mit der humangenetischen Beratung bespricht.

Vereinbarung: wöchentliche Termine bei Herrn {P('Rademacher')}, Anbindung an die Selbsthilfe (DHH), Notfallplan ausgehändigt. Der Arbeitgeber weiß nichts; Herr {P('Kroll')} wünscht, dass keine Informationen weitergegeben werden.

{P('P. Jafari')}"""
    return "word", "vermerk-genetik", t, ["HEALTH", "GENETIC"]


def d20():
    dob = rdate(1966, 1974)
    bg = f"36203//{ids.digits(7)}"
    ssn = ids.social_security(dfmt(dob, "ddmmyy"), "P")
    pas = ids.passport()
    tid = tax_id(grouped=True)
    t = f"""Von: {P('Isaak, Dmitrij')}
An: {P('Kettler, Sabine')}
Betreff: WG: Frau {P('Penner')} – Unterlagen EM-Rente / Jobcenter

{P('Sabine')}, kannst du das bitte in die Akte {AZ(spd_az())} legen und der Frau {P('Penner')} den Termin am 24.6. um 9 Uhr schriftlich bestätigen? Die Kopie vom Pass hab ich gescannt, liegt im Laufwerk.
Danke, {P('Dmitrij')}

----- Weitergeleitete Nachricht -----
Von: {P('Marco Lohmann')} <{E('marco.lohmann@jobcenter-ge.de')}>
Datum: 11.06.2025 16:20
An: {P('Dmitrij Isaak')} <{E(staff_mail(*SW5))}>
Betreff: Frau {P('Penner')} – Unterlagen EM-Rente / Jobcenter

Hallo Herr {P('Isaak')},

wie telefonisch besprochen schicke ich Ihnen die Daten von Frau {P('Olga Penner')} (geb. {DOB(dfmt(dob))}, BG-Nr. {AZ(bg)}), damit Sie sie beim Antrag auf Erwerbsminderungsrente unterstützen können. Frau {P('Penner')} ist nach unserem ärztlichen Gutachten (BA-Gutachten vom 02.05.2025: schwere rezidivierende Depression, Angststörung) weniger als drei Stunden täglich erwerbsfähig. Damit ist sie bei uns eigentlich falsch und muss in die Rente bzw. Grundsicherung.

Rentenversicherungsnummer: {SSN(ssn)}
Steuer-ID: {TID(tid)}
Reisepass-Nr. (Identitätsnachweis für die DRV): {PASS(pas)}
Anschrift: {A(street())}, {A(town('Marsberg'))}
Telefon: {T(mobile())}

Die Versicherungslücke 1994–1998 betrifft die Zeit in Karaganda; Frau {P('Penner')} hat eine Bescheinigung nach § 15 BVFG (Spätaussiedlerin), die bei der DRV vorgelegt werden muss.

Viele Grüße
{P('Marco Lohmann')}
Integrationsfachkraft, Jobcenter Hochsauerlandkreis, Standort Brilon
Tel. {T('02961 9744-' + str(rng.randint(100, 399)))}"""
    return "outlook", "jobcenter-weiterleitung", t, ["HEALTH"]


def d21():
    dob = rdate(1980, 1990)
    az = court_az(6, "XIV")
    t = f"""Abschrift

Amtsgericht Meschede
Beschluss

{AZ(az + ' L')}

In der Unterbringungssache
betreffend Frau {P('Irina Neufeld')}, geboren am {DOB(dfmt(dob, 'long'))},
wohnhaft {A(street())}, {A(town('Bestwig'))},
zurzeit Klinik am Lürwald, Arnsberg,

Verfahrenspflegerin: Rechtsanwältin {P('Derya Aksoy')}, {A('Ruhrstraße 12')}, {A('59872 Meschede')},

beteiligt: Hochsauerlandkreis – Sozialpsychiatrischer Dienst –, Ehemann {P('Peter Neufeld')}, {A(street())}, {A(town('Bestwig'))},

wird im Wege der einstweiligen Anordnung beschlossen:

1. Die Unterbringung der Betroffenen in der geschlossenen Abteilung eines psychiatrischen Krankenhauses wird nach §§ 10, 11 PsychKG NRW vorläufig bis längstens 24. Juli 2025 angeordnet.
2. Die sofortige Wirksamkeit wird angeordnet.

Gründe:
Die Betroffene leidet an einer bipolaren affektiven Störung, gegenwärtig manische Episode mit psychotischen Symptomen (F31.2). Nach dem ärztlichen Zeugnis von {P('Dr. Annegret Kückelhaus')} vom 08.06.2025 und dem Eindruck des Gerichts bei der Anhörung am 09.06.2025 besteht die Gefahr, dass Frau {P('Neufeld')} sich erheblichen gesundheitlichen Schaden zufügt: Sie hat in den vergangenen Tagen kaum geschlafen, ist zweimal nachts auf der Bundesstraße umhergelaufen und hat die Einnahme von Lithium eingestellt. Eine Krankheitseinsicht besteht nicht.

Die Verfahrenspflegerin hat der Maßnahme nicht widersprochen. Der Ehemann wurde angehört. Eine Zwangsbehandlung ist mit diesem Beschluss nicht genehmigt; hierfür bedarf es eines gesonderten Antrags (§ 18 PsychKG NRW; vgl. BVerfG, Beschluss vom 23.03.2011 – {N('2 BvR 882/09')}).

Rechtsbehelfsbelehrung: Gegen diesen Beschluss ist die Beschwerde statthaft ... [folgt]

Meschede, 09.06.2025
Amtsgericht
{P('Dr. Wienand')}
Richterin am Amtsgericht

Ausgefertigt: {P('Schulte')}, Justizbeschäftigte als Urkundsbeamtin der Geschäftsstelle"""
    return "word", "beschluss-unterbringung", t, ["HEALTH"]


def d22():
    t = f"""Von: {E('saba.w.' + ids.digits(4) + '@yahoo.com')}
An: {E(staff_mail(*SW4))}
Betreff: termin

hallo frau {P('tekle')}

ich kann morgen nich komen zu termin. bis ostern ist fasten bei uns orthodox und samstag ist kirche in dortmund, mein mann {P('robel')} fährt uns. kann ich nächste woche?
meine tabletten (quetiapin) sind fast leer noch 3. kann {P('dr kückelhaus')} neu rezept machen und ich hole ab? oder schicken zu {A(street().lower())} {A(town('Meschede').lower())}

danke viel
{P('saba woldemichael')}
{T(mobile('compact'))}"""
    return "outlook", "klientin-absage", t, ["HEALTH", "RELIGION"]


def d23():
    present = f"{P('Hengesbach')} (Ltg.), {P('Dr. Kückelhaus')}, {P('Dr. Jafari')}, {P('Beckmann')}, {P('Rademacher')}, {P('Hümmeler')}, {P('Tekle')}, {P('Isaak')}, {P('Pape-Ahlers')}; Protokoll: {P('Kettler')}"
    t = f"""Protokoll Fallbesprechung SpDi Arnsberg – 10.06.2025, 13:00–14:30 Uhr
Anwesend: {present}

TOP 1 – Herr {P('K. Klassen')} ({AZ(spd_az())})
Nach manischer Episode stabil, Lithiumspiegel im Zielbereich. Betreuer Herr {P('Droste')} hat Anfechtung der Verträge eingeleitet, bittet um Bescheinigung → {P('Dr. Jafari')} erstellt bis 20.06.

TOP 2 – Frau {P('M. Ebrahimi')} ({AZ(spd_az())})
Trennung vom Ehemann, lebt mit zwei Kindern im Frauenhaus (Adresse gesperrt, nicht notieren!). Panikattacken, Schlafstörung. Jugendamt eingebunden (Fr. {P('Sommerhoff')}). Weiter 14-tägig {P('Hümmeler')}.

TOP 3 – Herr {P('Babak Sadeghi')}, geb. {DOB(dfmt(rdate(1963, 1968)))}
War in Teheran in der Oppositionsbewegung (Grüne Bewegung 2009) aktiv, danach 14 Monate Haft in Evin. Aktuell Flashbacks nach Nachrichten über Hinrichtungen; Sorge, dass Landsleute in Meschede ihn „melden“. Teilnahme an Exil-Demonstrationen der Volksmudschahedin lehnt er ab, ist aber Mitglied in einem monarchistischen Exilverein – Konflikt mit dem Sohn. Traumatherapie über Refugio angefragt ({P('Dr. Jafari')}).

TOP 4 – Herr {P('Robel Asmerom')}
Kommt nicht mehr zu Terminen, Handy ({T(mobile())}) aus. Unterkunft meldet, er sei nach Frankfurt gezogen. → {P('Tekle')} versucht Kontakt über Cousin; sonst Abschluss.

TOP 5 – Frau {P('Hildegard Vormann')}, {A(street())}, {A(town('Arnsberg'))}
{age(rdate(1936, 1938))}-jährig, Verdacht auf Verwahrlosung nach Meldung der Sparkasse. Hausbesuch {P('Beckmann')}/{P('Rademacher')} am 17.06.

Nächste Fallbesprechung: 24.06.2025"""
    return "word", "protokoll-fallbesprechung", t, ["HEALTH", "POLITICS"]


def d24():
    dob = rdate(1990, 1997)
    pl = plate("HSK")
    az = f"FE-{rng.randint(1000, 9999)}/25"
    t = f"""Betreff: AW: Fahreignung Herr {P('Alexander Dyck')}, {KFZ(pl)}

Sehr geehrter Herr {P('Kleinsorge')},

von der Schweigepflicht hat Herr {P('Dyck')} uns für dieses Verfahren nicht entbunden, deshalb kann ich zu seinem Gesundheitszustand nichts sagen. Ob Zweifel an der Fahreignung bestehen, müssen Sie auf anderem Weg klären (§ 11 Abs. 2 FeV, fachärztliches Gutachten). Die Polizei hat Ihnen ja den Sachverhalt bereits mitgeteilt.

Mit freundlichen Grüßen
{P('Dr. Annegret Kückelhaus')}
Sozialpsychiatrischer Dienst
Tel. {T(ext())}

> Von: {P('Kleinsorge, Bernd')} [mailto:{E('bernd.kleinsorge@hochsauerlandkreis.de')}]
> Gesendet: Montag, 16. Juni 2025 08:31
> An: {P('Kückelhaus, Annegret')}
> Betreff: Fahreignung Herr {P('Alexander Dyck')}, {KFZ(pl)}
>
> Sehr geehrte Frau {P('Dr. Kückelhaus')},
>
> die Polizeiwache Arnsberg hat uns mitgeteilt, dass Herr {P('Alexander Dyck')}, geb. {DOB(dfmt(dob))},
> {A(street())}, {A(town('Arnsberg'))}, am 06.06.2025 im Rahmen einer Unterbringung nach § 14 PsychKG
> aus seinem Fahrzeug (Kennzeichen s. o.) heraus in die Klinik gebracht wurde. Er soll während der
> Fahrt auf der A46 „von Außerirdischen verfolgt“ worden sein und mit über 200 km/h gefahren sein.
> Ein zweites Fahrzeug ist auf ihn zugelassen ({KFZ(plate('AR'))}). Personalausweis laut
> Melderegister: {IDC(ids.id_card(check_digit=True))}.
>
> Unser Aktenzeichen: {AZ(az)}. Bevor ich eine Begutachtung anordne: Ist Ihnen bekannt, ob eine
> Psychose vorliegt oder ob Herr {P('Dyck')} Medikamente nimmt, die die Fahrtüchtigkeit beeinträchtigen?
>
> Mit freundlichen Grüßen
> {P('Bernd Kleinsorge')}
> Fachdienst 36 – Fahrerlaubnisbehörde
> Tel. {T(ext())}"""
    return "outlook", "fahrerlaubnisbehoerde-anfrage", t, ["HEALTH"]


def d25():
    dob = rdate(1958, 1966)
    sdob = rdate(1955, 1965)
    t = f"""ERKLÄRUNG ÜBER DIE ENTBINDUNG VON DER SCHWEIGEPFLICHT

Ich,
Name, Vorname:   {P('Jabłoński, Grzegorz')}
geboren am:      {DOB(dfmt(dob, 'slash'))}
Anschrift:       {A(street())}
                 {A(town('Winterberg'))}

entbinde die Mitarbeiterinnen und Mitarbeiter des Sozialpsychiatrischen Dienstes des Hochsauerlandkreises gegenüber den folgenden Personen/Stellen von der Schweigepflicht:

[x] meinem Hausarzt: {P('Dr. Hans-Josef Ewers')}, {A(street())}, {A(town('Winterberg'))}
[x] der behandelnden Klinik: Klinik am Lürwald, Institutsambulanz ({N('Lürwaldweg 20')}, {N('59759 Arnsberg')})
[x] meiner Schwester: {P('Halina Jabłońska-Krause')}, geb. {DOB(dfmt(sdob, 'slash'))}, {A('ul. Kościuszki ' + str(rng.randint(2, 90)) + '/' + str(rng.randint(1, 30)))}, {A('45-062 Opole')}, Tel. {T('+48 77 ' + ids.digits(3) + ' ' + ids.digits(2) + ' ' + ids.digits(2))}
[ ] meinem Arbeitgeber
[ ] der Agentur für Arbeit / dem Jobcenter

Die Entbindung gilt für: Diagnosen, Behandlungsverlauf, Medikation, Termine (insbes. Alkoholabhängigkeit, depressive Episoden).
Sie gilt bis auf Widerruf, längstens bis 30.06.2026.

Mir ist bekannt, dass ich diese Erklärung jederzeit ganz oder teilweise widerrufen kann.

Winterberg, 04.06.2025                     _____{P('G. Jabłoński')}_____
                                           Unterschrift

Aufgenommen von: {P('Kerstin Pape-Ahlers')}, Suchtberatung"""
    return "word", "formular-schweigepflicht", t, ["HEALTH"]


def d26():
    dob = rdate(1972, 1980)
    t = f"""Von: {P('Jörg Steinhoff')} <{E('joerg.steinhoff@stadtwerke-sauerland-br.de')}>
An: {P('Beckmann, Carola')} <{E(staff_mail(*SW1))}>
Cc: {E('marlene.schulte-wrede@web.de')}
Betreff: BEM Frau {P('Schulte-Wrede')} – Gespräch am 27.6.

Hallo Frau {P('Beckmann')},

ich melde mich als Vertrauensmann von ver.di und Betriebsratsmitglied bei den Stadtwerken. Frau {P('Marlene Schulte-Wrede')} ist bei uns Gewerkschaftsmitglied und hat mich gebeten, sie im BEM-Verfahren zu begleiten. Sie hat mir erlaubt, Sie anzuschreiben (sie ist in CC).

Nach ihrer Zeit in der Tagesklinik (Depression mit Panikattacken, ca. 10 Wochen) soll sie am 1.7. mit einer stufenweisen Wiedereingliederung anfangen. Die Personalleiterin, Frau {P('Katrin Böhmer')}, will im BEM-Gespräch „genau wissen, was los war“. Das muss Frau {P('Schulte-Wrede')} natürlich nicht sagen. Uns wäre geholfen, wenn Sie kurz aufschreiben könnten, welche Anpassungen am Arbeitsplatz sinnvoll sind (kein Kundenschalter, feste Schichten), ohne Diagnose.

Frau {P('Schulte-Wrede')} ist tagsüber unter {T(mobile())} zu erreichen, ich unter {T(landline('Brilon'))} oder {T(mobile())}.

Gewerkschaftliche Grüße
{P('Jörg Steinhoff')}
ver.di Vertrauensleute · Betriebsrat Stadtwerke
privat: {A(street())}, {A(town('Brilon'))}"""
    return "outlook", "verdi-bem-anfrage", t, ["HEALTH", "UNION"]


def d27():
    dob = rdate(1997, 2003)
    az = bamf_az("224")
    t = f"""Stadt Arnsberg · Fachdienst Öffentliche Sicherheit und Ordnung
Bericht über eine sofortige Unterbringung nach § 14 PsychKG NRW

Vorgang: {AZ('32.1-PsychKG-' + str(rng.randint(10, 99)) + '/25')}
Datum: 14.06.2025, Einsatz 19:20 bis 22:45 Uhr
Einsatzkräfte Ordnungsamt: {P('Frank Dörnemann')}, {P('Stefanie Kuhlmann')}
Polizei: PK {P('Timo Berens')}, POKin {P('Sandra Mester')} (Wache Arnsberg)
Notärztin: {P('Dr. Anja Winterhoff')}
SpDi: telefonische Beratung durch {P('Dr. Parisa Jafari')} (Rufbereitschaft, {T(mobile())})

Sachverhalt:
Anrufer (Herr {P('Wilfried Struck')}, Tel. {T(landline('Arnsberg'))}) meldete eine junge Frau, die im Park am Neheimer Markt Passanten anschreie und sich Kleidung vom Leib reiße. Die Frau führte keine Papiere mit und reagierte auf Deutsch und Englisch nicht. Da keine Personalien feststellbar waren, wurden ihr durch die Polizei auf der Wache Fingerabdrücke abgenommen und im Fast-ID-Verfahren mit dem AFIS abgeglichen. Treffer: Frau {P('Semhar Tesfay')}, geb. {DOB(dfmt(dob))}, eritreische Staatsangehörige, BAMF-Az. {AZ(az)}, gemeldet {A(street())}, {A(town('Arnsberg'))}.

Über den telefonisch zugeschalteten Dolmetscher Herrn {P('Tesfalem Abraha')} ({T(mobile())}) äußerte Frau {P('Tesfay')}, ihr verstorbener Bruder rufe sie, sie müsse „zu ihm ins Wasser“. Die Notärztin stellte eine akute psychotische Symptomatik mit Eigengefährdung fest (Ärztliches Zeugnis liegt bei). Nach Rücksprache mit {P('Dr. Jafari')} ordnete Herr {P('Dörnemann')} um 21:55 Uhr die sofortige Unterbringung an. Transport durch RTW in die Klinik am Lürwald.

Das Amtsgericht (Bereitschaftsrichter) wurde um 22:30 Uhr informiert. Die Mitbewohnerin, Frau {P('Luwam Tesfamichael')}, wurde verständigt und bringt Kleidung und Medikamente.

{P('Dörnemann')}
Stadtinspektor"""
    return "word", "bericht-ordnungsamt-unterbringung", t, ["HEALTH", "BIOMETRIC"]


def d28():
    dob = rdate(1956, 1962)
    pl_iban = group(ids.iban("PL", 24), 4)
    t = f"""Od: {P('Małgorzata Kowal')} <{E('m.kowal' + str(rng.randint(70, 89)) + '@o2.pl')}>
Do: {N(MAILBOX)}
Temat: Mój ojciec {P('Henryk Zieliński')} / mein Vater

Sehr geehrte Damen und Herren,

ich schreibe wegen meinem Vater Herr {P('Henryk Zieliński')}, geboren {DOB(dfmt(dob))}, er wohnt in {A(street())}, {A(town('Brilon'))}. Ich wohne in Polen, {A('ul. Grunwaldzka ' + str(rng.randint(3, 250)))}, {A('80-236 Gdańsk')}, und kann nicht oft kommen.

Seit meine Mutter gestorben ist trinkt er sehr viel, am Telefon er ist oft betrunken schon am Mittag und er sagt, er will nicht mehr leben und er hat keinen Grund mehr. Letzte Woche er ist gefallen in Küche und hat nicht Krankenwagen gerufen. Der Nachbar, Herr {P('Wolters')}, hat mir geschrieben.

Bitte können Sie zu ihm gehen? Er spricht gut Deutsch, er war 30 Jahre bei Egger in Brilon. Sein Ausweis ist noch polnisch (Nr. {IDC(polish_id_card())}), falls Sie das brauchen.

Er hat Schulden bei Vermieter, 2 Monate Miete. Ich kann das bezahlen, auch mit Kreditkarte (Mastercard {CC(group(ids.credit_card('5' + str(rng.randint(1, 5)), 16), 4))}), bitte sagen Sie mir wie. Wenn Sie mir Geld zurück geben müssen für etwas, mein Konto ist {IBAN(pl_iban)}.

Meine Telefon: {T('+48 5' + ids.digits(2) + ' ' + ids.digits(3) + ' ' + ids.digits(3))} (WhatsApp auch)
Telefon vom Vater: {T(landline('Brilon', 'plain'))}

Dziękuję / Danke schön
{P('Małgorzata Kowal')} (geb. {P('Zielińska')})"""
    return "outlook", "tochter-polen", t, ["HEALTH"]


def d29():
    rows = [
        ("Berufsbetreuung", "Ansgar Droste", None, "a.droste@betreuungen-droste.de", "Arnsberg"),
        ("Berufsbetreuung", "Mechthild Tigges", ("Ruhrstraße 47", "59755 Arnsberg"), "tigges@betreuung-tigges.de",
         "Arnsberg"),
        ("Betreuungsverein SkF", "Sandra Vielhaber", ("Le-Puy-Straße 19", "59872 Meschede"), "s.vielhaber@skf-meschede.de",
         "Meschede"),
        ("Rechtsanwältin (Verfahrenspflege)", "Derya Aksoy", ("Ruhrstraße 12", "59872 Meschede"), "kanzlei@ra-aksoy.de",
         "Meschede"),
        ("Nervenarztpraxis", "Dr. Jan-Hendrik Voss", None, "praxis.voss@gmx.de", "Brilon"),
        ("Psychotherapie (Trauma)", "Johanna Rinsche", None, "rinsche@traumaambulanz-hsk.de", "Meschede"),
        ("Dolmetschen Tigrinya", "Selam Ghebreyesus", None, "selam.ghebreyesus@dolmetsch-tigrinya.de", "Olsberg"),
        ("Dolmetschen Farsi/Dari", "Mahnaz Shariati-Kolb", None, "m.shariati-kolb@posteo.de", "Sundern"),
        ("Dolmetschen Russisch", "Elena Grinewitsch", None, "grinewitsch.elena@gmail.com", "Schmallenberg"),
    ]
    out = []
    for kind, name, addr, mail, place in rows:
        if addr is None:
            addr = (street(), town(place))
        phone = landline(place if place in AREA else "Arnsberg")
        out.append(f"{kind}\n  {P(name)}, {A(addr[0])}, {A(addr[1])}\n  Tel. {T(phone)} · {E(mail)}")
    body = "\n\n".join(out)
    t = f"""Kooperationspartner SpDi Arnsberg – Telefonliste (Stand Juni 2025)
intern, bitte nicht an Klienten herausgeben

Institutionen (allgemeine Rufnummern):
Klinik am Lürwald, Pforte: {N('02932 952-0')}
Amtsgericht Arnsberg, Betreuungsgericht, Geschäftsstelle: {N('02931 804-0')}
Kreisleitstelle (Rettungsdienst/Feuerwehr): 112, Verwaltung {N('0291 9020-7700')}
Telefonseelsorge: {N('0800 111 0 111')}

Personen:

{body}

Änderungen bitte an {P('Sabine Kettler')} ({E(staff_mail(*ADMIN))}, {T(ext())})."""
    return "word", "telefonliste-kooperation", t, []


def d30():
    t = f"""Von: {P('Rademacher, Till')}
An: {P('Hümmeler, Lena-Marie')}
Betreff: morgen frau {P('bergen')}??

hey {P('lena')},

kannst du morgen früh für mich zu frau {P('bergen')} rausfahren? ich hab um 9 den termin beim gericht wegen {P('sokolow')}, das zieht sich bestimmt.
sie wohnt {A(street().lower())} in {A(town('Sundern').lower())}, hinterhaus, schlüssel hat die nachbarin fr. {P('özdemir')} (erdgeschoss) falls sie nicht aufmacht. handy {T(mobile())} – geht meistens nicht ran.
wichtig: depot (abilify maintena) war am 2.6. fällig und sie war nicht in der ambulanz. wenn sie wieder so misstrauisch ist wie letztes mal bitte nicht allein rein, dann {P('dmitrij')} mitnehmen, der spricht russisch mit ihr, das hilft.
der sohn {P('artur bergen')} hat angerufen, er fährt einen schwarzen golf ({KFZ(plate('MK'))}) und steht da manchmal abends vor dem haus, sie hat angst vor ihm. nicht mit ihm reden ohne rücksprache!!

danke dir, bring ich dir nen kaffee mit :)
{P('till')}"""
    return "outlook", "kurzmail-kollegin", t, ["HEALTH"]


DOCS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16, d17, d18, d19, d20, d21,
        d22, d23, d24, d25, d26, d27, d28, d29, d30]


def main():
    lines = []
    for i, fn in enumerate(DOCS, 1):
        channel, template, marked, flags = fn()
        obj = build(f"F137-{i:03d}", channel, template, marked, flags)
        lines.append(json.dumps(obj, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
