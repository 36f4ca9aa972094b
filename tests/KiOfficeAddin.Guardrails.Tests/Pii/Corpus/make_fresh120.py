#!/usr/bin/env python3
"""Blind test batch F120: election office (Wahlamt) and council office (Ratsbüro) of a NRW city (Iserlohn).

Writes fresh120.jsonl next to this file: 30 documents (outlook mails and word documents) with inline-marked personal
data, built through marks.build(). Every check-digit identifier comes from identifiers.py (or, for the Spanish DNI,
from its published mod-23 letter rule). All randomness goes through the seeded generator ids.rng, so a second run
gives byte-identical output. All persons, addresses and numbers are invented.
"""
import json
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from identifiers import Identifiers, group, mod97_iban  # noqa: E402
from marks import build  # noqa: E402

ids = Identifiers(12020)
R = ids.rng


# ---------------------------------------------------------------- marks
def mk(code, value):
    assert value == value.strip() and value, value
    return f"[[{code}|{value}]]"


def P(v): return mk("P", v)
def A(v): return mk("A", v)
def E(v): return mk("E", v)
def T(v): return mk("T", v)
def N(v): return mk("N", v)
def IBAN(v): return mk("IBAN", v)
def TID(v): return mk("TID", v)
def TNR(v): return mk("TNR", v)
def VAT(v): return mk("VAT", v)
def IDC(v): return mk("IDC", v)
def PASS(v): return mk("PASS", v)
def SSN(v): return mk("SSN", v)
def KV(v): return mk("KV", v)
def DOB(v): return mk("DOB", v)
def KFZ(v): return mk("KFZ", v)
def AZ(v): return mk("AZ", v)
def CC(v): return mk("CC", v)


# ---------------------------------------------------------------- value helpers (all randomness via R)
TRANS = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ł": "l", "Ł": "L",
         "ı": "i", "đ": "d", "ø": "o"}


def ascii_name(s):
    s = "".join(TRANS.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def email_for(first, last, domain=None, style=None):
    f = ascii_name(first).lower().replace(" ", "").replace("'", "")
    l_ = ascii_name(last).lower().replace(" ", "").replace("'", "")
    domain = domain or R.choice(["gmx.de", "web.de", "t-online.de", "gmail.com", "outlook.de", "posteo.de",
                                 "freenet.de", "icloud.com", "yahoo.de", "mail.de"])
    style = R.randrange(6) if style is None else style
    local = [f"{f}.{l_}", f"{f[0]}.{l_}", f"{l_}.{f}", f"{f}{l_}{R.randrange(10, 99)}", f"{f}_{l_}",
             f"{f[0]}{l_}"][style]
    return f"{local}@{domain}"


MOBILE_PREFIXES = ["0151", "0152", "0157", "0159", "0160", "0162", "0163", "0170", "0171", "0172", "0173", "0174",
                   "0175", "0176", "0177", "0178", "0179", "01520", "01511", "01575"]


def mobile(style=None):
    pre = R.choice(MOBILE_PREFIXES)
    n = ids.digits(8 if len(pre) == 4 and R.random() < 0.5 else 7, first_nonzero=True)
    style = R.randrange(7) if style is None else style
    if style == 0:
        return f"{pre} {n}"
    if style == 1:
        return f"{pre}/{n}"
    if style == 2:
        return f"+49 {pre[1:]} {n}"
    if style == 3:
        return f"{pre}-{n[:3]} {n[3:5]} {n[5:]}"
    if style == 4:
        return f"+49 (0){pre[1:]} {n}"
    if style == 5:
        return f"{pre}{n}"
    return f"{pre} {n[:3]} {n[3:]}"


def landline(area=None, style=None):
    area = area or R.choice(["02371", "02371", "02371", "02374", "02372", "02373", "02331"])
    n = ids.digits(R.choice([5, 6, 6, 7]), first_nonzero=True)
    style = R.randrange(6) if style is None else style
    if style == 0:
        return f"{area} {n}"
    if style == 1:
        return f"{area}/{n}"
    if style == 2:
        return f"({area}) {' '.join(n[i:i + 2] for i in range(0, len(n), 2))}"
    if style == 3:
        return f"+49 {area[1:]} {n}"
    if style == 4:
        return f"{area}-{n}"
    return f"{area} / {n[:3]} {n[3:]}"


def iban_fmt(value, grouped=True):
    return group(value, 4) if grouped else value


def tax_id_fmt(value, style=0):
    if style == 0:
        return value
    return f"{value[:2]} {value[2:5]} {value[5:8]} {value[8:]}"


def ssn_fmt(value, spaced=True):
    return f"{value[:2]} {value[2:8]} {value[8]} {value[9:]}" if spaced else value


def ddmmyy(dob):  # "17.05.1994" -> "170594"
    d, m, y = dob.split(".")
    return d + m + y[2:]


def spanish_dni():
    number = ids.digits(8, first_nonzero=True)
    return number + "TRWAGMYFPDXBNJZSQVHLCKE"[int(number) % 23]


def plate(district="MK"):
    letters = "ABCDEFGHIJKLMNOPRSTUVWXZ"
    mid = "".join(R.choice(letters) for _ in range(R.choice([1, 2, 2])))
    num = str(R.randrange(1, 9999 if len(mid) == 1 else 999))
    return f"{district}-{mid} {num}" if R.random() < 0.6 else f"{district} {mid} {num}"


MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def rand_dob(y0, y1):
    y = R.randrange(y0, y1 + 1)
    m = R.randrange(1, 13)
    d = R.randrange(1, 29)
    return f"{d:02d}.{m:02d}.{y}"


def dob_style(dob, style):
    d, m, y = dob.split(".")
    if style == 0:
        return dob
    if style == 1:
        return f"{int(d)}.{int(m)}.{y}"
    if style == 2:
        return f"{d}.{m}.{y[2:]}"
    if style == 3:
        return f"{int(d)}. {MONTHS[int(m) - 1]} {y}"
    if style == 4:
        return f"{y}-{m}-{d}"
    return f"{d}/{m}/{y}"


# ---------------------------------------------------------------- name and address pools (invented combinations)
ORIGINS = [
    # weight, female first names, male first names, surnames
    (10, ["Gerda", "Ursula", "Heike", "Sabine", "Anja", "Katrin", "Marlies", "Jutta", "Lena", "Pia", "Hanna",
          "Friederike", "Ilse", "Doris", "Carina", "Johanna", "Britta", "Ines"],
     ["Klaus-Peter", "Dieter", "Frank", "Uwe", "Jörg", "Stefan", "Lars", "Niklas", "Florian", "Heinz", "Reinhard",
      "Dirk", "Bernd", "Tim", "Matthias", "Volker", "Ole", "Henning"],
     ["Wittkamp", "Spiekermann", "Brinkhoff", "Hülsmann", "Kettler", "Dahlhaus", "Wessel", "Bräutigam",
      "Schwerdtfeger", "Grote", "Lappe", "Niehues", "Dreps", "Kortenbusch", "Habbel", "Sauerland", "Tigges",
      "Möllmann", "Rademacher", "Schürmann", "Pöppelbaum", "Hengstenberg", "Kersting", "Vormweg", "Heimann",
      "Overkamp", "Stracke", "Dickel", "Rüsche", "Pieper", "Evertz", "Hammerschmidt", "Lüling", "Brüggemann",
      "Sondermann", "Aßmann", "Feldhaus", "Stratmann", "Wulf", "Jäckel", "Hilgenstock", "Tewes"]),
    (3, ["Elif", "Emine", "Sevgi", "Büşra", "Hatice", "Derya"], ["Murat", "Hakan", "Cem", "Yusuf", "Serkan", "Oğuz"],
     ["Yıldırım", "Şahin", "Doğan", "Arslan", "Kurt", "Yurtsever", "Aydoğan", "Güler", "Koç"]),
    (2, ["Agata", "Magdalena", "Ewelina", "Krystyna"], ["Tomasz", "Marek", "Krzysztof", "Łukasz"],
     ["Wiśniewski", "Mazur", "Lewandowski", "Kaczmarek", "Zając", "Pawlak"]),
    (2, ["Olga", "Jelena", "Swetlana", "Tatjana", "Oksana"], ["Viktor", "Sergej", "Andrej", "Dmitrij", "Artem"],
     ["Schäfer-Iwanow", "Kusnezow", "Hoffmann-Petrenko", "Melnyk", "Dietz", "Krämer", "Ebel", "Koval"]),
    (1, ["Giulia", "Francesca", "Rosa"], ["Salvatore", "Luca", "Giuseppe"],
     ["Esposito", "Lombardi", "Caruso", "Greco"]),
    (1, ["Eleni", "Sofia"], ["Dimitrios", "Georgios"], ["Karagiannis", "Oikonomou", "Vlachos"]),
    (1, ["Amira", "Rania", "Noor"], ["Khaled", "Tarek", "Omar"], ["Al-Hassan", "Haddad", "Mansour", "Khalil"]),
    (1, ["Ivana", "Mirela"], ["Dragan", "Nikola", "Zoran"], ["Kovačević", "Babić", "Hodžić", "Marić"]),
    (1, ["Abena", "Adaeze"], ["Kwame", "Chinedu"], ["Mensah", "Boateng", "Nwosu"]),
    (1, ["Thi Hoa", "Mai"], ["Van Duc", "Minh"], ["Tran", "Pham", "Le"]),
    (1, ["Beatriz", "Inês"], ["João", "Rui"], ["Carvalho", "Pereira", "Moreira"]),
    (1, ["Sanne", "Femke"], ["Joost", "Bram"], ["van der Linde", "de Groot", "Bosman"]),
]
USED_NAMES = set()


def rperson(sex=None):
    weights = [o[0] for o in ORIGINS]
    while True:
        origin = R.choices(ORIGINS, weights=weights)[0]
        s = sex or R.choice("fm")
        first = R.choice(origin[1] if s == "f" else origin[2])
        last = R.choice(origin[3])
        if (first, last) not in USED_NAMES and last not in {x[1] for x in USED_NAMES}:
            USED_NAMES.add((first, last))
            return first, last


STREETS = ["Kalthofer Straße", "Im Wiesengrund", "Hombrucher Weg", "Sümmerner Straße", "Alter Postweg",
           "An der Schlacht", "Mühlenbergweg", "Auf dem Rott", "Nussbergstraße", "Grüner Talstraße",
           "Am Dröscheder Feld", "Tulpenweg", "Ahornweg", "Brunnenstraße", "Hochstraße", "Rosenstraße",
           "Waldstraße", "Lendringser Weg", "Obere Mühle", "Kleiner Weg", "Westfalenstraße", "Berliner Platz",
           "Hardtstraße", "Stübbeken", "Untere Mühle", "Dördelweg", "Zur Hünenburg", "Am Löbbeckenkopf",
           "Friedrich-Ebert-Straße", "Gerlingser Weg", "Vinckestraße", "Iserlohner Heide", "Von-Scheibler-Straße",
           "Lägertal", "Holzweg", "Am Schlehdorn", "Reiterweg", "Talstraße", "Bergstraße"]
ISERLOHN_PLZ = ["58636", "58638", "58640", "58642", "58644"]


def raddr(plz=None, city="Iserlohn"):
    street = R.choice(STREETS)
    no = str(R.randrange(1, 140))
    r = R.random()
    if r < 0.18:
        no += R.choice("abc")
    elif r < 0.24:
        no = f"{no}-{int(no) + 2}"
    return f"{street} {no}", f"{plz or R.choice(ISERLOHN_PLZ)} {city}"


# ---------------------------------------------------------------- office (neutral) and recurring people
OFFICE_STREET = "Rathausplatz 1"
OFFICE_CITY = "58636 Iserlohn"
SWITCH = "02371 9650-0"
WAHLAMT_TEL = "02371 9650-3300"
WAHLAMT_MAIL = "wahlamt@iserlohn.de"
RATSBUERO_MAIL = "ratsbuero@iserlohn.de"
STADTKASSE_IBAN = iban_fmt(ids.iban_de())

for _n in [("Kerstin", "Brandt"), ("Timo", "Reinhardt"), ("Yasemin", "Öztürk"), ("Pascal", "Lüdtke"),
           ("Jana", "Wiegand"), ("Lukas", "Hallmann")]:
    USED_NAMES.add(_n)

BRANDT_TEL = "02371 9650-3302"
REINHARDT_TEL = "02371 9650-3304"
OEZTUERK_TEL = "02371 9650-3120"
LUEDTKE_TEL = "02371 9650-3121"

# citizens who appear in more than one document
AKSOY = dict(first="Dilara", last="Aksoy", dob="17.05.1994", street="Stennerstraße 18", city="58636 Iserlohn",
             iban=ids.iban_de(), tel=mobile(0), mail="dilara.aksoy@gmx.de")
EZE_TEL = mobile(3)
SOKOLOWA_DOB = "14.06.1987"
PAPADAKIS_DOB = "07.04.1979"
ALBERS_DOB = "11.12.1983"
PIETSCH_DOB = "30.10.1956"
KARATAS_IBAN = ids.iban_de()
HINRICHSEN_IBAN = ids.iban_de()
NOWICKA = dict(dob="08.01.1991", tel=mobile(0), mail="ola.nowicka@web.de")
for _n in [("Dilara", "Aksoy"), ("Ngozi", "Eze"), ("Irina", "Sokolowa"), ("Konstantinos", "Papadakis"),
           ("Henrike", "Albers"), ("Roland", "Pietsch"), ("Mehmet Ali", "Karataş"), ("Aleksandra", "Nowicka"),
           ("Annegret", "Scholtissek"), ("Emre", "Kılıç"), ("Jannik", "Oberdiek"), ("Renate", "Vielhaber"),
           ("Sinan", "Erdem"), ("Birgit", "Hesse-Olbrich"), ("Waldemar", "Reimer"), ("Thorsten", "Kuhlmann"),
           ("Malte", "Hinrichsen"), ("Goran", "Petrović"), ("Babatunde", "Ajayi"), ("Svetlana", "Morozova"),
           ("Farid", "Haidari")]:
    USED_NAMES.add(_n)

DOCS = []


def doc(channel, template, flags=()):
    def register(fn):
        DOCS.append((channel, template, list(flags), fn))
        return fn
    return register


# ================================================================ OUTLOOK
@doc("outlook", "wahlhelfer_meldung")
def d01():
    a = AKSOY
    USED_NAMES.add(("Jonas", "Lindqvist"))
    friend_tel = mobile(5)
    return f"""Betreff: Wahlhelferin für den 14.9. – ich wäre dabei

Sehr geehrte Damen und Herren,

in der Lokalzeitung stand, dass für die Kommunalwahlen noch Wahlhelferinnen und Wahlhelfer gesucht werden. Ich würde gern mitmachen, am liebsten in meinem eigenen Wahlbezirk oder irgendwo in der Innenstadt, weil ich kein Auto habe.

Kurz zu mir: {P(a['first'] + ' ' + a['last'])}, geboren am {DOB(a['dob'])}, wohnhaft {A(a['street'])}, {A(a['city'])}. Ich war 2021 bei der Bundestagswahl schon einmal Beisitzerin (damals noch in Hemer) und kenne den Ablauf der Auszählung.

Für das Erfrischungsgeld gebe ich gleich meine Bankverbindung mit an: IBAN {IBAN(iban_fmt(a['iban']))}, Kontoinhaberin bin ich selbst.

Mein Mitbewohner {P('Jonas Lindqvist')} hätte auch Interesse, er ist allerdings erst seit Juni hier gemeldet. Geht das trotzdem? {P('Jonas')} erreichen Sie am besten abends unter {T(friend_tel)}.

Viele Grüße
{P('Dilara Aksoy')}
{T(a['tel'])}
{E(a['mail'])}"""


@doc("outlook", "wahlhelfer_absage_fwd", ["HEALTH"])
def d02():
    kv = ids.health_insurance()
    tel = mobile(2)
    return f"""Von: {P('Brandt, Kerstin')} <{E('k.brandt@iserlohn.de')}>
Gesendet: Mittwoch, 10. September 2025 07:58
An: Wahlamt <{N(WAHLAMT_MAIL)}>
Betreff: WG: Absage Wahlvorstand WB 0412

Moin zusammen,

Herr {P('Petrović')} fällt für Sonntag aus (siehe unten). Wir brauchen für die 0412 also einen neuen stellv. Wahlvorsteher. Frau {P('Ngozi Eze')} hatte sich als Reserve gemeldet und wohnt quasi neben der Schule, erreichbar unter {T(EZE_TEL)}. {P('Timo')}, kannst du sie anrufen? Ich bin ab 10 Uhr in der Schulung für die Briefwahlvorstände.

Danke!
{P('Kerstin')}

-----Ursprüngliche Nachricht-----
Von: {P('Goran Petrović')} <{E('g.petrovic73@web.de')}>
Gesendet: Dienstag, 9. September 2025 21:41
An: {P('Brandt, Kerstin')} <{E('k.brandt@iserlohn.de')}>
Betreff: Absage Wahlvorstand WB 0412

Sehr geehrte Frau {P('Brandt')},

leider muss ich meine Berufung als stellvertretender Wahlvorsteher (Ihr Zeichen {AZ('12.30-WB0412/07')}) zurückgeben. Ich habe mir letzte Woche einen Bandscheibenvorfall (L4/L5) zugezogen und bin bis einschließlich 19.09.2025 arbeitsunfähig geschrieben, Sitzen geht im Moment gar nicht.

Die AU-Bescheinigung hänge ich als Foto an, falls Sie sie für Ihre Unterlagen brauchen (Versichertennummer darauf: {KV(kv)}).

Es tut mir wirklich leid, dass es so kurzfristig ist. Für die Stichwahl am 28.09. bin ich hoffentlich wieder fit und stehe dann gern zur Verfügung.

Mit freundlichen Grüßen
{P('Goran Petrović')}
Mobil: {T(tel)}"""


@doc("outlook", "briefwahl_vollmacht", ["HEALTH"])
def d03():
    USED_NAMES.update({("Heinrich", "Wolters"), ("Sabine", "Wolters-Kampmann")})
    idc = ids.id_card(check_digit=True)
    tel = landline("02372", 0)
    return f"""Betreff: Briefwahl für meinen Vater – Abholung mit Vollmacht

Guten Tag,

mein Vater, Herr {P('Heinrich Wolters')}, geb. {DOB('02.11.1938')}, wohnhaft {A('Am Seilerwald 41')}, {A('58636 Iserlohn')}, liegt seit dem 28. August mit einer dekompensierten Herzinsuffizienz im Krankenhaus und wird nach Auskunft der Station frühestens Ende September entlassen. Er möchte aber unbedingt wählen, das hat er noch nie ausgelassen.

Ich möchte deshalb die Briefwahlunterlagen (Wahlschein für Rat, Bürgermeister, Kreistag und Landrat) für ihn bei Ihnen abholen. Die von ihm unterschriebene Vollmacht habe ich eingescannt und angehängt. Seine Wahlbenachrichtigung ist leider nicht auffindbar.

Meine Daten für die Vollmacht:
{P('Sabine Wolters-Kampmann')}
{A('Hohler Weg 9')}
{A('58675 Hemer')}
Personalausweis-Nr. {IDC(idc)}

Können Sie mir kurz sagen, ab wann ich vorbeikommen kann und ob ich zusätzlich seinen Ausweis mitbringen muss? Tagsüber bin ich unter {T(tel)} erreichbar.

Vielen Dank und freundliche Grüße
{P('Sabine Wolters-Kampmann')}"""


@doc("outlook", "wv_einspruch_eu")
def d04():
    USED_NAMES.update({("Lucía", "Fernández Ortega"), ("Tomasz", "Wróbel")})
    dni = spanish_dni()
    tel = mobile(2)
    return f"""Betreff: Wählerverzeichnis – ich bin nicht drin / electoral register

Hallo,

Entschuldigung, mein Deutsch ist nicht so gut. Ich habe keine Wahlbenachrichtigung bekommen für die Kommunalwahl am 14. September. Ich glaube, ich bin nicht in Wählerverzeichnis. My neighbour, {P('Tomasz Wróbel')} (he is Polish, also EU), got his letter two weeks ago, so I think there is a mistake.

Let me continue in English, it is easier for me:
My name is {P('Lucía Fernández Ortega')}, I am a Spanish citizen and I live in Iserlohn since March 2024. My address is {A('Wermingser Straße 27')}, {A('58636 Iserlohn')} (2nd floor, name on the bell is „Fernández“). I was born on {DOB('23/08/1990')} in Valencia. I registered at the Bürgeramt on 4 March 2024, I have the Meldebescheinigung. My Spanish ID card (DNI) number is {IDC(dni)}.

As far as I understand, EU citizens are allowed to vote in the municipal election, but not for the Landtag. Is this correct? And is this mail enough as „Einspruch“, or do I need to come to the Rathaus in person? I work until 17:00, but I can come on Friday.

Thank you very much for your help!
{P('Lucía')}

--
{P('Lucía Fernández Ortega')}
{T(tel)}
{E('lucia.fdez.ortega@gmail.com')}"""


@doc("outlook", "rat_kontoaenderung", ["POLITICS"])
def d05():
    iban = HINRICHSEN_IBAN
    tel = mobile(0)
    return f"""Betreff: neue kontoverbindung

hallo frau {P('öztürk')},

kurz zwischendurch aus der bahn: ich hab die bank gewechselt, bitte das sitzungsgeld und die aufwandsentschädigung ab oktober auf das neue konto überweisen:

{IBAN(iban)}

kontoinhaber bin ich, {P('malte hinrichsen')}. das alte konto bei der sparkasse wird zum 30.9. aufgelöst, falls die september-zahlung schon raus ist, ist das aber noch ok.

die liste mit den ausschussumbesetzungen für die grüne fraktion schickt {P('ralf')} ihnen bis freitag, der ist da gerade dran.

danke und gruß
{P('malte')}

--
{P('Malte Hinrichsen')}
Ratsmitglied, Fraktion BÜNDNIS 90/DIE GRÜNEN im Rat der Stadt Iserlohn
Mobil {T(tel)}

Von meinem iPhone gesendet"""


@doc("outlook", "anwalt_buergerbegehren", ["POLITICS"])
def d06():
    USED_NAMES.add(("Friederike", "Köhnen-Baumann"))
    return f"""Betreff: Bürgerbegehren „Freibad Seilersee erhalten“ – Bitte um Kostenschätzung gem. § 26 Abs. 2 S. 5 GO NRW / unser Az. {AZ('214/25 KÖ')}

Sehr geehrte Damen und Herren,

hiermit zeigen wir an, dass wir die Vertretungsberechtigten des Bürgerbegehrens „Freibad Seilersee erhalten“ anwaltlich vertreten, nämlich

1. Frau {P('Annegret Scholtissek')}, {A('Kalthofer Straße 112')}, {A('58640 Iserlohn')},
2. Herrn {P('Emre Kılıç')}, {A('Zum Kurpark 3a')}, {A('58644 Iserlohn')},
3. Herrn Dr. {P('Jannik Oberdiek')}, {A('Obere Mühle 14')}, {A('58636 Iserlohn')}.

Auf uns lautende Vollmachten fügen wir als PDF bei.

Namens und in Vollmacht unserer Mandanten beantragen wir, den Vertretungsberechtigten die nach § 26 Abs. 2 Satz 5 GO NRW erforderliche Einschätzung der mit der Durchführung der verlangten Maßnahme verbundenen Kosten schriftlich mitzuteilen. Die Sammlung der Unterschriften soll unmittelbar nach Zugang der Kostenschätzung beginnen. Wir gehen davon aus, dass die Verwaltung die Schätzung, wie in vergleichbaren Verfahren üblich, binnen zwei Wochen vorlegt.

Frau {P('Scholtissek')} ist als Ansprechpartnerin für organisatorische Fragen (Übergabe der Listen) benannt; im Übrigen bitten wir, die Korrespondenz ausschließlich über unsere Kanzlei zu führen.

Mit freundlichen Grüßen

Dr. {P('Friederike Köhnen-Baumann')}
Rechtsanwältin | Fachanwältin für Verwaltungsrecht

Kanzlei am Poth PartG mbB
{N('Poth 12')} · {N('58636 Iserlohn')}
Zentrale {N('+49 2371 8040-0')} · Durchwahl {T('+49 2371 8040-17')}
{E('f.koehnen-baumann@kanzlei-am-poth.de')}

Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte den Absender und löschen Sie diese Nachricht."""


@doc("outlook", "buergerbegehren_pruefung", ["POLITICS"])
def d07():
    USED_NAMES.update({("Marcel", "Jovanović"), ("H.", "Schlüter"), ("Nguyen Thi", "Lan")})
    return f"""Betreff: AW: Einreichung Unterschriftenlisten Bürgerbegehren Freibad

Sehr geehrte Frau {P('Scholtissek')},

die Prüfung der am 15.09.2025 übergebenen Unterschriftenlisten ist abgeschlossen. Von 6.412 eingereichten Eintragungen sind 5.977 gültig; erforderlich waren nach § 26 Abs. 4 GO NRW 4.215 gültige Unterschriften. Das Quorum ist damit erreicht. Über die Zulässigkeit entscheidet der Rat bzw. der Haupt- und Finanzausschuss in seiner Sitzung am 21.10.2025 (Vorlage {N('245/2025')}).

Zur Erläuterung einige typische Gründe für ungültige Eintragungen (die vollständige Prüfliste liegt in der Akte, Az. {AZ('10.3-BB 01/2025')}, und kann von Ihnen als Vertretungsberechtigter eingesehen werden):

– Bl. 14, Z. 3: {P('Marcel Jovanović')}, Hauptwohnung in {A('58675 Hemer')} – in Iserlohn nicht abstimmungsberechtigt
– Bl. 22, Z. 7: „{P('H. Schlüter')}“, {A('Lennestraße 4')} – Vorname und Geburtsdatum fehlen, Person nicht zweifelsfrei feststellbar
– Bl. 31, Z. 1 und Bl. 58, Z. 9: {P('Irina Sokolowa')}, geb. {DOB(SOKOLOWA_DOB)} – doppelte Eintragung, einmal gezählt
– Bl. 40, Z. 5: {P('Nguyen Thi Lan')}, geb. {DOB('30.01.2010')} – am Tag der Unterzeichnung noch nicht 16 Jahre alt

Bitte haben Sie Verständnis, dass wir weitere personenbezogene Einzelheiten nicht per E-Mail versenden.

Mit freundlichen Grüßen
Im Auftrag

{P('Yasemin Öztürk')}
Stadt Iserlohn – Ratsbüro
{N(OFFICE_STREET)}, {N(OFFICE_CITY)}
Tel. {T(OEZTUERK_TEL)}
{E('y.oeztuerk@iserlohn.de')}

-----Ursprüngliche Nachricht-----
Von: {P('Annegret Scholtissek')} <{E('a.scholtissek@t-online.de')}>
Gesendet: Montag, 15. September 2025 16:20
An: Ratsbüro <{N(RATSBUERO_MAIL)}>
Betreff: Einreichung Unterschriftenlisten Bürgerbegehren Freibad

Liebe Frau {P('Öztürk')},

anbei wie besprochen der Scan der Übergabequittung von heute Vormittag (64 Ordner, 1.170 Bögen). Herr {P('Kılıç')} und ich stehen für Rückfragen jederzeit zur Verfügung.

Herzliche Grüße
{P('Annegret Scholtissek')}"""


@doc("outlook", "wahlvorschlag_fwd", ["POLITICS"])
def d08():
    USED_NAMES.update({("Uwe", "Brinkschulte"), ("Merve", "Tunç"), ("Lea", "Marschall")})
    return f"""Von: {P('Reinhardt, Timo')} <{E('t.reinhardt@iserlohn.de')}>
Gesendet: Donnerstag, 10. Juli 2025 11:06
An: {P('Hallmann, Lukas')} <{E('l.hallmann@iserlohn.de')}>
Betreff: WG: Wahlvorschlag Wahlbezirk 17 – Nachreichung Ersatzbewerberin

Herr Dr. {P('Hallmann')},

zur Info und Vorprüfung für den Wahlausschuss am 22.07.: Der Wahlvorschlag für WB 17 ist jetzt vollständig, nur die Zustimmungserklärung der Ersatzbewerberin liegt bisher als Scan vor, das Original kommt laut Geschäftsstelle per Post. Wählbarkeitsbescheinigungen für beide habe ich heute ausgestellt.

Gruß
{P('Timo Reinhardt')}
Wahlamt, Tel. {T(REINHARDT_TEL)}

________________________________
Von: FDP Kreisverband Märkischer Kreis <{N('geschaeftsstelle@fdp-mk.de')}>
Gesendet: Mittwoch, 9. Juli 2025 17:32
An: {N(WAHLAMT_MAIL)}
Betreff: Wahlvorschlag Wahlbezirk 17 – Nachreichung Ersatzbewerberin

Sehr geehrte Damen und Herren,

anbei erhalten Sie die noch fehlenden Unterlagen zum Wahlvorschlag der FDP für den Wahlbezirk 17 (Dröschede/Tiergarten):

Bewerber: {P('Konstantinos Papadakis')}
Geburtsdatum: {DOB(PAPADAKIS_DOB)}, Geburtsort: Thessaloniki
Beruf: Zahntechnikermeister
Anschrift: {A('Am Dröscheder Feld 22')}, {A('58638 Iserlohn')}

Ersatzbewerberin: {P('Henrike Albers')}
Geburtsdatum: {DOB(ALBERS_DOB)}, Geburtsort: Lüdenscheid
Beruf: Bankkauffrau
Anschrift: {A('Grüner Talstraße 61')}, {A('58644 Iserlohn')}

Die Aufstellungsversammlung hat am 12.06.2025 im Parkhotel stattgefunden; Versammlungsleiter war Herr {P('Uwe Brinkschulte')}, Schriftführerin Frau {P('Merve Tunç')}. Die Niederschrift und die Versicherung an Eides statt liegen Ihnen bereits vor. Herr {P('Papadakis')} ist seit 2011 Mitglied unserer Partei, Frau {P('Albers')} seit 2019.

Mit freundlichen Grüßen
i. A. {P('Lea Marschall')}
Kreisgeschäftsführerin
FDP Kreisverband Märkischer Kreis
{N('Theodor-Heuss-Ring 5')} · {N('58636 Iserlohn')} · Tel. {N('02371 25510')}"""


@doc("outlook", "ehrenordnung_aenderung", ["POLITICS", "UNION", "RELIGION"])
def d09():
    USED_NAMES.update({("Bettina", "Kamińska"), ("Dariusz", "Kamiński")})
    tnr = ids.tax_number_nrw()
    vat = ids.vat_id()
    tel = landline("02371", 1)
    return f"""Betreff: Änderung meiner Angaben nach § 16 KorruptionsbG NRW

Sehr geehrte Frau {P('Öztürk')},

wie in der letzten Fraktionssitzung angekündigt, bitte ich Sie, meine Angaben für die Veröffentlichung nach § 17 KorruptionsbG bzw. unserer Ehrenordnung wie folgt zu aktualisieren:

1. Beruf: seit 01.08.2025 selbstständige Steuerberaterin (bis Juli angestellt bei der Treuhand Westfalen GmbH, Hagen). Kanzlei: {A('Mühlentor 6')}, {A('58636 Iserlohn')}, Steuernummer {TNR(tnr)}, USt-IdNr. {VAT(vat)}.
2. Mein Mandat im Aufsichtsrat der Stadtwerke Iserlohn GmbH endet mit Ablauf der Wahlperiode; bitte ab November streichen.
3. Neu: Beisitzerin im Vorstand des ver.di-Ortsvereins Märkischer Kreis (ehrenamtlich, unentgeltlich).
4. Weiterhin: Mitglied des Presbyteriums der Evangelischen Kirchengemeinde Oestrich.

Vorsorglich weise ich darauf hin, dass mein Ehemann, {P('Dariusz Kamiński')}, seit September Prokurist der Lennetal Bau GmbH ist. Bei Vergaben, an denen dieses Unternehmen beteiligt ist, werde ich mich nach § 31 GO NRW für befangen erklären.

Für Rückfragen erreichen Sie mich am besten privat unter {T(tel)}.

Mit freundlichen Grüßen
{P('Bettina Kamińska')}
SPD-Fraktion im Rat der Stadt Iserlohn
{E('b.kaminska@gmx.de')}"""


@doc("outlook", "reisekosten_rat")
def d10():
    USED_NAMES.update({("Hartmut", "Lohmann"), ("Ewa", "Stępień")})
    cc = group(ids.credit_card("4", 16), 4)
    kfz = plate("MK")
    iban = ids.iban_de()
    return f"""Betreff: Reisekostenabrechnung Fachkongress Berlin 02.–03.10.

Hallo Herr {P('Lüdtke')},

anbei die Belege für den Kommunalkongress in Berlin (Anmeldung lief ja über Sie):

– Teilnahmegebühr: wurde direkt von der Stadt bezahlt
– Hotel (2 Nächte, 286,00 €): habe ich mit meiner privaten Kreditkarte bezahlt, Karte {CC(cc)}, steht so auch auf dem Beleg, falls die Kasse das abgleichen will
– Anreise: mit meinem Privat-Pkw {KFZ(kfz)} bis Hagen Hbf (2 × 18 km), dort Parkhaus 2 Tage 19,00 €, weiter mit dem ICE (Ticket liegt bei, 2. Klasse, BahnCard 25)
– Taxi in Berlin: 24,60 €

Die Erstattung bitte wie immer auf mein Konto {IBAN(iban_fmt(iban))}.

Meine Ratskollegin {P('Ewa Stępień')} war auch dort, ihre Abrechnung kommt separat, sie hat die Hotelrechnung aber auf beide Zimmer ausstellen lassen – bitte nicht doppelt erstatten, Zimmer 2 ist ihres.

Beste Grüße
{P('Hartmut Lohmann')}
{A('Schlesische Straße 5')}
{A('58644 Iserlohn')}"""


@doc("outlook", "beschwerde_barrierefreiheit", ["HEALTH"])
def d11():
    USED_NAMES.update({("Bernd-Uwe", "Kasprzak"), ("Carola", "Kasprzak"), ("Renate", "Düllmann"),
                       ("Chukwuemeka", "Okafor")})
    kfz = plate("MK")
    tel = mobile(1)
    return f"""Betreff: Beschwerde – Wahlraum 0307 nicht barrierefrei

Sehr geehrte Damen und Herren,

ich bin seit einem Motorradunfall 2019 querschnittgelähmt (ab Th12) und auf den Rollstuhl angewiesen. Am Sonntag wollte ich in meinem Wahlraum 0307 (Turnhalle der Gesamtschule, {N('Seilerseestraße 40')}) wählen. Auf der Wahlbenachrichtigung stand, der Wahlraum sei barrierefrei. Tatsächlich war der ebenerdige Seiteneingang abgeschlossen, der Schlüssel beim Hausmeister, der Hausmeister nicht da. Auch die Behindertenparkplätze waren mit Bauzäunen zugestellt, ich musste mein Auto ({KFZ(kfz)}) im Halteverbot abstellen.

Die Wahlvorsteherin, Frau {P('Renate Düllmann')}, war sehr freundlich und hat alles versucht. Am Ende hat mich der Beisitzer Herr {P('Okafor')} zusammen mit einem anderen Wähler die fünf Stufen zum Haupteingang hochgetragen. Ich bin beiden dankbar, aber ich empfinde es als entwürdigend, mit 54 Jahren vor allen Leuten die Treppe hinaufgetragen zu werden, um mein Wahlrecht auszuüben.

Ich erwarte, dass das für die Stichwahl am 28.09. geklärt ist, und bitte um eine schriftliche Antwort. Meine Frau, {P('Carola Kasprzak')}, war dabei und kann das bestätigen.

Mit freundlichen Grüßen
{P('Bernd-Uwe Kasprzak')}
{A('Theodor-Heuss-Ring 44')}
{A('58636 Iserlohn')}
{T(tel)}"""


@doc("outlook", "meldebehoerde_doppelt_fwd")
def d12():
    USED_NAMES.update({("Oleksandr", "Hnatiuk"), ("Ingrid", "Schulte-Bockholt")})
    pas = ids.passport(check_digit=False)
    tel = landline("02331", 0)
    return f"""Von: {P('Reinhardt, Timo')}
Gesendet: Freitag, 5. September 2025 09:12
An: {P('Brandt, Kerstin')}
Betreff: WG: Doppelte Eintragung Wählerverzeichnis – Herr {P('Hnatiuk')}

{P('kerstin')}, kannst du das bitte im WV prüfen und, wenn er bei uns noch drinsteht, streichen + Vermerk? Hagen will eine kurze Rückmeldung. Danke, {P('Timo')}

-----Ursprüngliche Nachricht-----
Von: {P('Schulte-Bockholt, Ingrid')} <{E('ingrid.schulte-bockholt@stadt-hagen.de')}>
Gesendet: Donnerstag, 4. September 2025 15:47
An: Wahlamt Iserlohn <{N(WAHLAMT_MAIL)}>
Betreff: Doppelte Eintragung Wählerverzeichnis – Herr {P('Hnatiuk')}

Sehr geehrte Kolleginnen und Kollegen,

bei uns ist Herr {P('Oleksandr Hnatiuk')}, geb. {DOB('19.03.1972')}, seit dem 29.07.2025 mit alleiniger Wohnung gemeldet:
neue Anschrift: {A('Eppenhauser Straße 131')}, {A('58093 Hagen')}
bisherige Anschrift: {A('Baarstraße 76')}, {A('58636 Iserlohn')}

Da der Zuzug vor dem Stichtag (10.08.2025) liegt, ist Herr {P('Hnatiuk')} im Wählerverzeichnis der Stadt Hagen eingetragen. Er hat heute bei uns persönlich einen Wahlschein beantragt (ausgewiesen mit Reisepass Nr. {PASS(pas)}) und dabei angegeben, auch aus Iserlohn eine Wahlbenachrichtigung erhalten zu haben. Offenbar ist die Abmeldung bei Ihnen nicht rechtzeitig verarbeitet worden.

Wir bitten um Prüfung und ggf. Streichung in Ihrem Wählerverzeichnis sowie kurze Rückmeldung unter Angabe unseres Zeichens {AZ('33.20-WV-2025-0457')}.

Mit freundlichen Grüßen
Im Auftrag
{P('Ingrid Schulte-Bockholt')}

Stadt Hagen – Bürgeramt / Wahlen
Tel. {T(tel)}"""


@doc("outlook", "druckerei_rechnung")
def d13():
    USED_NAMES.update({("Claudia", "Terhorst"), ("Sven", "Aydın"), ("Rainer", "Feldhaus-Lenz")})
    firm_iban = iban_fmt(ids.iban_de())
    firm_vat = ids.vat_id()
    firm_tnr = ids.tax_number_nrw()
    direct = "02371 7788-24"
    return f"""Betreff: AW: Rechnung {N('2025-0918')} – Stimmzettel Kommunalwahlen / Nachlieferung Briefwahlstelle

Hallo Frau {P('Terhorst')},

Ansprechpartnerin in der Briefwahlstelle (Erdgeschoss, Raum 012) ist am Donnerstag Frau {P('Aleksandra Nowicka')}, mobil {T(NOWICKA['tel'])}. Die Rechnung ist zur Zahlung angewiesen.

Viele Grüße
{P('Timo Reinhardt')}

-----Ursprüngliche Nachricht-----
Von: {P('Claudia Terhorst')} <{E('c.terhorst@druckhaus-lennetal.de')}>
Gesendet: Dienstag, 2. September 2025 13:05
An: {P('Reinhardt, Timo')} <{E('t.reinhardt@iserlohn.de')}>
Betreff: Rechnung {N('2025-0918')} – Stimmzettel Kommunalwahlen / Nachlieferung Briefwahlstelle

Sehr geehrter Herr {P('Reinhardt')},

anbei unsere Rechnung Nr. {N('2025-0918')} über den Druck der Stimmzettel (Rat, Bürgermeister, Integrationsrat) einschließlich der Nachauflage für die Briefwahl. Bitte überweisen Sie den Betrag von 18.432,70 EUR innerhalb von 14 Tagen auf unser Konto IBAN {N(firm_iban)} (Sparkasse Iserlohn).

Die Nachlieferung von 8.000 Stimmzetteln für die Briefwahlstelle erfolgt am Donnerstag zwischen 8 und 10 Uhr. Unser Fahrer, Herr {P('Sven Aydın')}, bräuchte dafür bitte die Handynummer einer Ansprechperson vor Ort, da die Rampe hinter dem Rathaus sonst verschlossen ist.

Mit freundlichen Grüßen

{P('Claudia Terhorst')}
Auftragsbearbeitung

Druckhaus Lennetal GmbH
{N('Im Ohl 18')} · {N('58640 Iserlohn')}
Tel. {N('02371 7788-0')} · Durchwahl {T(direct)}
Geschäftsführer: {P('Rainer Feldhaus-Lenz')} · Amtsgericht Iserlohn HRB 4711
USt-IdNr. {N(firm_vat)} · St.-Nr. {N(firm_tnr)}"""


@doc("outlook", "erfrischungsgeld_thread")
def d14():
    USED_NAMES.add(("Chiara", "Ajayi-Russo"))
    iban = ids.iban_de()
    return f"""Betreff: AW: AW: Erfrischungsgeld noch nicht erhalten

Hallo Herr {P('Ajayi')},

danke für die schnelle Rückmeldung. Die Zahlung ist heute erneut angewiesen worden, die alte IBAN war tatsächlich um eine Ziffer vertauscht. In zwei bis drei Werktagen sollte das Geld da sein.

Viele Grüße
{P('Kerstin Brandt')}

Am 06.10.2025 um 19:02 schrieb {P('Babatunde Ajayi')} <{E('b.ajayi@yahoo.de')}>:
> Hallo Frau {P('Brandt')},
>
> hier nochmal meine richtige IBAN: {IBAN(iban_fmt(iban))}
> Kontoinhaber: {P('Babatunde Ajayi')}
>
> Meine Frau ({P('Chiara Ajayi-Russo')}) war Beisitzerin im selben Wahlbezirk (0515) und hat ihr Geld schon Ende September bekommen, deshalb hatte ich mich gewundert.
>
> LG
> {P('Babatunde')}
>
> Am 02.10.2025 um 10:15 schrieb {P('Brandt, Kerstin')} <{E('k.brandt@iserlohn.de')}>:
>> Sehr geehrter Herr {P('Ajayi')},
>>
>> laut unserer Auszahlungsliste wurde das Erfrischungsgeld (50,00 EUR) am 22.09. an die von Ihnen angegebene Bankverbindung überwiesen, die Bank hat die Zahlung aber zurückgebucht („Konto unbekannt“). Bitte senden Sie uns Ihre IBAN noch einmal.
>>
>> Mit freundlichen Grüßen
>> {P('Kerstin Brandt')}
>> Stadt Iserlohn – Wahlamt"""


@doc("outlook", "aushilfe_intern", ["HEALTH", "RELIGION"])
def d15():
    dob = "05.02.1969"
    ssn = ids.social_security(ddmmyy(dob), "M")
    return f"""Von: {P('Reinhardt, Timo')} <{E('t.reinhardt@iserlohn.de')}>
An: {P('Wiegand, Jana')} <{E('j.wiegand@iserlohn.de')}>
Betreff: Aushilfen Briefwahlstelle – fehlende Angaben + 2 Sachen

Hi {P('Jana')},

für den Vertrag von Frau {P('Svetlana Morozova')} (geb. {DOB(dob)}) fehlte dir ja noch die Rentenversicherungsnummer. Sie hat sie mir eben am Telefon durchgegeben: {SSN(ssn_fmt(ssn))}. Die Steuer-ID reicht sie morgen nach, den Ausdruck vom Finanzamt hat sie zuhause.

Zwei Sachen noch:
1) Herr {P('Farid Haidari')} (die zweite Aushilfe) hat gefragt, ob er freitags von 13 bis 14 Uhr zum Freitagsgebet gehen kann. Hab ich ok gesagt, er hängt die Stunde hinten dran. Muss das irgendwo in die Zeiterfassung?
2) Frau {P('Morozova')} hat am 20.10. eine Knie-OP und fällt danach mindestens drei Wochen aus. Für die Stichwahl passt es noch, danach brauchen wir ggf. Ersatz für die Nacharbeiten.

Danke dir!
{P('Timo')}"""


# ================================================================ WORD
LETTERHEAD = f"Stadt Iserlohn · Der Bürgermeister · Wahlamt · {N(OFFICE_STREET)} · {N(OFFICE_CITY)}"


@doc("word", "berufung_wahlvorstand")
def d16():
    USED_NAMES.add(("Olena", "Bondarenko"))
    return f"""{LETTERHEAD}

Herrn
{P('Mehmet Ali Karataş')}
{A('Im Wiesengrund 9c')}
{A('58640 Iserlohn')}

Unser Zeichen: {AZ('12.30-WB0209/03')}
Auskunft: Frau {P('Brandt')}, Zimmer 214, Tel. {T(BRANDT_TEL)}
Iserlohn, 18.08.2025

Berufung in den Wahlvorstand – Kommunalwahlen am 14. September 2025

Sehr geehrter Herr {P('Karataş')},

vielen Dank für Ihre Bereitschaft, bei den Kommunalwahlen mitzuwirken. Gemäß § 2 Abs. 3 KWahlG in Verbindung mit § 4 KWahlO berufe ich Sie hiermit zum Beisitzer im Wahlvorstand des Wahlbezirks 0209.

Wahlraum: Kita Sonnenblume, {N('Tulpenweg 2')}
Beginn: Sonntag, 14.09.2025, 7:30 Uhr (Einrichtung des Wahlraums), anschließend Auszählung
Wahlvorsteherin: Frau Dr. {P('Olena Bondarenko')}

Die Tätigkeit ist ein Ehrenamt, zu dessen Übernahme jede wahlberechtigte Person verpflichtet ist. Für Ihren Einsatz erhalten Sie ein Erfrischungsgeld in Höhe von 50,00 EUR. Damit wir den Betrag überweisen können, tragen Sie bitte Ihre Bankverbindung in den beigefügten Rückmeldebogen ein.

Eine Schulung findet am Montag, 08.09.2025, um 18:00 Uhr im Ratssaal statt. Sollten Sie verhindert sein, melden Sie sich bitte unverzüglich unter {N(WAHLAMT_TEL)} oder {N(WAHLAMT_MAIL)}.

Mit freundlichen Grüßen
Im Auftrag

{P('Kerstin Brandt')}"""


@doc("word", "export_erfrischungsgeld")
def d17():
    rows = [("0209", "B", "Karataş", "Mehmet Ali", "Im Wiesengrund 9c", "58640 Iserlohn", KARATAS_IBAN, "50,00"),
            ("0211", "B", AKSOY["last"], AKSOY["first"], AKSOY["street"], AKSOY["city"], AKSOY["iban"], "50,00")]
    roles = ["V", "SV", "S", "B", "B", "B", "B", "V", "S", "B"]
    for i, role in enumerate(roles):
        first, last = rperson()
        street, city = raddr()
        if i == 4:
            city = "58675 Hemer"
        iban = mod97_iban("NL", "INGB" + ids.digits(10)) if i == 6 else ids.iban_de()
        wb = R.choice(["0209", "0211", "0214", "0301", "0303", "0412", "0415"])
        rows.append((wb, role, last, first, street, city, iban, "60,00" if role in ("V", "SV") else "50,00"))
    rows.sort(key=lambda r: (r[0], r[2]))
    lines = [f"{wb};{role};{P(last)};{P(first)};{A(street)};{A(city)};{IBAN(iban)};{amt}"
             for wb, role, last, first, street, city, iban, amt in rows]
    body = "\n".join(lines)
    return f"""Wahlhelferverwaltung – Export Auszahlung Erfrischungsgeld KW 14.09.2025
Datei: erfrischungsgeld_teil2.csv · erzeugt 19.09.2025 08:14 · Benutzer: wahl03 · Trennzeichen ;

{body}

Datensätze: {len(rows)} · Summe: {sum(60 if r[1] in ('V', 'SV') else 50 for r in rows)},00 EUR
Übergabe an Stadtkasse per Sammelanordnung; Rückläufer bitte an Wahlamt melden."""


@doc("word", "niederschrift_wahlausschuss", ["POLITICS"])
def d18():
    USED_NAMES.update({("Ludger", "Tiemann"), ("Jelena", "Marković"), ("Dennis", "Assmus")})
    return f"""Stadt Iserlohn – Der Wahlausschuss

Niederschrift über die 3. Sitzung des Wahlausschusses
am Dienstag, 22.07.2025, 17:00 Uhr, Rathaus, Sitzungssaal 301

Anwesend:
Vorsitz: Beigeordneter Dr. {P('Lukas Hallmann')} (Wahlleiter)
Beisitzerinnen und Beisitzer:
{P('Renate Vielhaber')} (CDU), als Vertreterin für {P('Ludger Tiemann')}
{P('Sinan Erdem')} (SPD)
{P('Birgit Hesse-Olbrich')} (GRÜNE)
{P('Waldemar Reimer')} (AfD)
{P('Thorsten Kuhlmann')} (FDP)
Schriftführung: {P('Timo Reinhardt')} (Wahlamt)

TOP 1 – Eröffnung, Beschlussfähigkeit
Der Vorsitzende eröffnet die öffentliche Sitzung um 17:03 Uhr und stellt die ordnungsgemäße Ladung sowie die Beschlussfähigkeit fest. Als Gäste anwesend: zwei Zuhörer, Frau {P('Lea Marschall')} (FDP-Kreisgeschäftsstelle) und Herr {P('Dennis Assmus')} als Vertrauensperson der Wählergemeinschaft „Bürger für Letmathe“ (BfL).

TOP 2 – Entscheidung über die Zulassung der Wahlvorschläge für die Wahlbezirke 15 bis 22

2.1 Wahlbezirk 17 – FDP
Bewerber: {P('Konstantinos Papadakis')}, Zahntechnikermeister, geb. {DOB(PAPADAKIS_DOB)}, {A('Am Dröscheder Feld 22')}, {A('58638 Iserlohn')}
Ersatzbewerberin: {P('Henrike Albers')}, Bankkauffrau, geb. {DOB(ALBERS_DOB)}
Die Zustimmungserklärung von Frau {P('Albers')} liegt inzwischen im Original vor. Beschluss: zugelassen (einstimmig).

2.2 Wahlbezirk 22 – Einzelbewerber
Bewerber: {P('Roland Pietsch')}, Rentner, geb. {DOB(PIETSCH_DOB)}, {A('Auf dem Rott 12')}, {A('58638 Iserlohn')}
Eingereicht wurden 23 Unterstützungsunterschriften; 21 davon mit Bescheinigung des Wahlrechts, erforderlich sind 20. Herr {P('Reimer')} fragt, ob Unterschriften von Familienangehörigen des Bewerbers zählen. Der Wahlleiter bejaht dies; ein Ausschlussgrund besteht nicht. Beschluss: zugelassen (5 Ja, 1 Enthaltung).

2.3 Wahlbezirk 19 – Wählergemeinschaft „Bürger für Letmathe“
Bewerberin: {P('Jelena Marković')}, Erzieherin, geb. {DOB('09.05.1990')}
Frau {P('Marković')} ist nach Auskunft des Melderegisters erst seit dem 01.07.2025 mit Hauptwohnung in Iserlohn gemeldet (zuvor {A('Kirchplatz 3')}, {A('58706 Menden')}). Sie wohnt damit am Wahltag nicht seit mindestens drei Monaten im Wahlgebiet und ist nach § 12 Abs. 1 KWahlG nicht wählbar. Herr {P('Assmus')} erklärt, die Bewerberin habe sich bereits seit Mai überwiegend in Iserlohn aufgehalten; ein Nachweis einer früheren Hauptwohnung wird nicht vorgelegt. Beschluss: zurückgewiesen (einstimmig). Herr {P('Assmus')} kündigt Beschwerde an den Landeswahlausschuss an.

TOP 3 – Verschiedenes
Keine Wortmeldungen. Ende der Sitzung: 18:12 Uhr.

gez. Dr. {P('Hallmann')}, Vorsitzender                gez. {P('Reinhardt')}, Schriftführer"""


@doc("word", "wahlscheinantrag_export")
def d19():
    USED_NAMES.update({("Arbër", "Hoxha"), ("Lirije", "Berisha")})
    vorgang = f"WS-2025-{ids.digits(7, True)}"
    ws_nr = f"0118-{ids.digits(5)}"
    tel = f"+32 470 {ids.digits(2)} {ids.digits(2)} {ids.digits(2)}"
    return f"""Online-Antrag auf Erteilung eines Wahlscheins / Briefwahlunterlagen – Datensatzansicht

Vorgangsnummer: {AZ(vorgang)}
Eingang: 27.08.2025 14:32 (Portal)
Wahl: Kommunalwahlen und Wahl des Integrationsrates am 14.09.2025

Familienname: {P('Hoxha')}
Vorname(n): {P('Arbër')}
Geburtsdatum: {DOB('1998-11-04')}
Anschrift Hauptwohnung: {A('Sümmerner Straße 212')}, {A('58640 Iserlohn')}
Wahlbezirk: 0118

Versand an abweichende Anschrift: ja
Empfänger: {P('Arbër Hoxha')} c/o {P('Lirije Berisha')}
Straße, Hausnummer: {A('Rue Vanderkindere 214')}
PLZ, Ort: {A('1180 Uccle')}
Staat: Belgien
Grund: Auslandssemester (Erasmus) bis Januar 2026

E-Mail für Rückfragen: {E('arber.hoxha@protonmail.com')}
Telefon: {T(tel)}

[x] Ich versichere, dass ich den Antrag für mich selbst stelle.
[ ] Antrag für eine andere Person (Vollmacht erforderlich)

Bearbeitungsvermerk:
Wahlberechtigung geprüft, Eintrag im Wählerverzeichnis vorhanden.
Wahlschein Nr. {AZ(ws_nr)} ausgestellt am 29.08.2025, Versand Luftpost am 29.08.2025.
Sperrvermerk „W“ im Wählerverzeichnis gesetzt. Bearbeiterin: {P('Brandt')}"""


@doc("word", "einspruch_entscheidung")
def d20():
    USED_NAMES.add(("Natalja", "Gerber"))
    return f"""{LETTERHEAD}

Gegen Postzustellungsurkunde
Frau
{P('Natalja Gerber')}
{A('Am Hohlen Stein 5')}
{A('58642 Iserlohn')}

Aktenzeichen: {AZ('12.20-EWV-2025/06')}
Iserlohn, 29.08.2025

Entscheidung über Ihren Einspruch gegen das Wählerverzeichnis vom 26.08.2025

Sehr geehrte Frau {P('Gerber')},

Ihrem Einspruch vom 26.08.2025 wird stattgegeben.

Begründung:
Sie waren am Stichtag (10.08.2025) mit Hauptwohnung unter der Anschrift {A('Am Hohlen Stein 5')} gemeldet und erfüllen alle Voraussetzungen des § 7 KWahlG. Bei der Übernahme der Daten aus dem Melderegister wurde Ihr Datensatz (geb. {DOB('16.09.1977')}) irrtümlich mit dem einer namensgleichen Person (Frau {P('Natalja Gerber')}, geb. {DOB('03.03.1951')}, verzogen nach {A('58675 Hemer')}) zusammengeführt und in der Folge gelöscht. Der Fehler ist inzwischen behoben; Sie sind wieder im Wählerverzeichnis des Wahlbezirks 1405 eingetragen.

Eine neue Wahlbenachrichtigung geht Ihnen in den nächsten Tagen gesondert zu. Sie können aber auch ohne Wahlbenachrichtigung mit Ihrem Personalausweis im Wahlraum wählen.

Hinweis: Gegen diese Entscheidung ist ein gesonderter Rechtsbehelf nicht gegeben. Die Entscheidung kann nur im Wahlprüfungsverfahren angefochten werden.

Mit freundlichen Grüßen
Im Auftrag

{P('Kerstin Brandt')}"""


@doc("word", "unterschriftenbogen_pruefliste", ["POLITICS"])
def d21():
    lines = []
    verdicts = ["gültig"] * 12
    verdicts[2] = "ungültig – Hauptwohnung außerhalb Iserlohn"
    verdicts[5] = "ungültig – im Melderegister nicht feststellbar"
    verdicts[8] = "ungültig – Doppeleintrag, gezählt auf Bl. 31 Z. 1"
    verdicts[10] = "ungültig – Geburtsdatum fehlt"
    for i in range(12):
        if i == 8:
            name, dob = "Sokolowa, Irina", SOKOLOWA_DOB
            street, city = "Hardtstraße 9", "58644 Iserlohn"
        else:
            first, last = rperson()
            name = f"{last}, {first}"
            dob = rand_dob(1938, 2007)
            street, city = raddr()
            if i == 2:
                city = "58708 Menden"
        signed = f"{R.randrange(4, 31):02d}.08.25"
        dob_cell = "–" if i == 10 else DOB(dob_style(dob, 0 if R.random() < 0.7 else 2))
        lines.append(f"{i + 1} | {P(name)} | {dob_cell} | {A(street)}, {A(city)} | {signed} | {verdicts[i]}")
    body = "\n".join(lines)
    return f"""Bürgerbegehren „Freibad Seilersee erhalten“
Prüfliste Unterschriftsbogen Nr. 58 (Erfassung Ratsbüro, Abgleich Melderegister)

{body}

Bogen 58: 12 Eintragungen, davon 8 gültig, 4 ungültig.
Geprüft: {P('Pascal Lüdtke')}, 29.09.2025 – Zweitprüfung: {P('Öztürk')}"""


@doc("word", "unterstuetzungsunterschriften", ["POLITICS"])
def d22():
    lines = []
    for i in range(7):
        first, last = rperson()
        dob = rand_dob(1940, 2005)
        street, city = raddr(plz=R.choice(["58638", "58638", "58640"]))
        ok = i != 4
        result = "Wahlrecht bescheinigt" if ok else "nicht bescheinigt – nicht im Wahlbezirk 22 wahlberechtigt"
        lines.append(f"{i + 1}\t{P(last + ', ' + first)}\tgeb. {DOB(dob)}\t{A(street)}\t{A(city)}\t{result}")
    body = "\n".join(lines)
    return f"""Stadt Iserlohn – Wahlamt
Bescheinigung des Wahlrechts für Unterstützungsunterschriften (§ 16 KWahlG, § 26 Abs. 5 KWahlO)

Wahlvorschlag: Einzelbewerber {P('Roland Pietsch')}, Wahlbezirk 22
Formblätter Nr. 15 bis 21 (Auszug)

{body}

Die Unterzeichnenden unter den lfd. Nummern 1 bis 4 sowie 6 und 7 sind in das Wählerverzeichnis des Wahlbezirks eingetragen und im Zeitpunkt der Unterzeichnung wahlberechtigt.

Iserlohn, 03.07.2025
Im Auftrag
{P('Timo Reinhardt')}"""


@doc("word", "sitzungsgeld_abrechnung", ["POLITICS"])
def d23():
    members = [("Vielhaber", "Renate", "CDU", 9), ("Tiemann", "Ludger", "CDU", 7), ("Erdem", "Sinan", "SPD", 11),
               ("Kamińska", "Bettina", "SPD", 8), ("Hinrichsen", "Malte", "GRÜNE", 10),
               ("Hesse-Olbrich", "Birgit", "GRÜNE", 6), ("Reimer", "Waldemar", "AfD", 5),
               ("Kuhlmann", "Thorsten", "FDP", 7), ("Lohmann", "Hartmut", "CDU", 8)]
    for frac in ["SPD", "DIE LINKE"]:
        first, last = rperson()
        members.append((last, first, frac + " (skB)", R.randrange(2, 5)))
    lines = []
    for i, (last, first, frac, n) in enumerate(members):
        iban = HINRICHSEN_IBAN if last == "Hinrichsen" else ids.iban_de()
        tid = ids.tax_id()
        amount = f"{n * 24.70 + (0 if 'skB' in frac else 402.00):.2f}".replace(".", ",")
        tid_cell = "IdNr fehlt – anfordern" if i == 6 else TID(tax_id_fmt(tid, i % 2))
        lines.append(f"{P(last + ', ' + first)}\t{frac}\t{n}\t{amount}\t{IBAN(iban)}\t{tid_cell}")
    body = "\n".join(lines)
    return f"""Ratsbüro – Abrechnung Aufwandsentschädigung und Sitzungsgeld III. Quartal 2025 (Auszug, Blatt 1)
Übergabe an Bezügestelle / Stadtkasse (Sammelanordnung 7/2025)

{body}

skB = sachkundige Bürgerin/sachkundiger Bürger (nur Sitzungsgeld). Pauschale Aufwandsentschädigung monatlich 134,00 EUR nach EntschVO NRW. Kontoänderung Hinrichsen ab 01.10. bereits berücksichtigt.
Mitteilung an das Finanzamt nach der Mitteilungsverordnung erfolgt zum Jahresende.

aufgestellt: {P('Lüdtke')}, 06.10.2025 · sachlich richtig: {P('Öztürk')}"""


@doc("word", "personalbogen_aushilfe", ["RELIGION"])
def d24():
    USED_NAMES.add(("Paweł", "Nowicki"))
    n = NOWICKA
    tid = ids.tax_id()
    ssn = ids.social_security(ddmmyy(n["dob"]), "Z")
    kv = ids.health_insurance()
    iban = ids.iban_de()
    idc = ids.id_card(check_digit=False)
    emerg = mobile(1)
    return f"""Stadt Iserlohn – Personalservice
Personalfragebogen für befristet Beschäftigte / Aushilfen

Einsatzstelle: Wahlamt – Briefwahlstelle     Zeitraum: 18.08.2025 – 10.10.2025     Entgelt: TVöD EG 3

Name: {P('Nowicka')}
Vorname: {P('Aleksandra')}
Geburtsname: {P('Zielonka')}
Geburtsdatum: {DOB(n['dob'])}     Geburtsort: Gliwice
Staatsangehörigkeit: deutsch, polnisch
Anschrift: {A('Vinckestraße 17')}, {A('58636 Iserlohn')}
Telefon: {T(n['tel'])}     E-Mail: {E(n['mail'])}
Personalausweis-Nr.: {IDC(idc)}

Steuerliche Angaben
Steuer-Identifikationsnummer: {TID(tid)}
Steuerklasse: IV     Kinderfreibeträge: 1,0
Religionszugehörigkeit (Kirchensteuermerkmal): rk

Sozialversicherung
Rentenversicherungsnummer: {SSN(ssn_fmt(ssn, spaced=False))}
Krankenkasse: AOK NordWest     Versichertennummer: {KV(kv)}
Weitere Beschäftigungen: nein     Schwerbehinderung: nein

Bankverbindung
IBAN: {IBAN(iban_fmt(iban))}     Kontoinhaberin: {P('Aleksandra Nowicka')}

Notfallkontakt: {P('Paweł Nowicki')} (Ehemann), {T(emerg)}

Ich versichere die Richtigkeit der Angaben.
Iserlohn, 14.08.2025     {P('A. Nowicka')}

Eingang Personalservice: 15.08.2025, {P('Wiegand')}"""


@doc("word", "anzeige_korruptionsbg", ["POLITICS", "UNION", "SEXUAL_ORIENTATION"])
def d25():
    USED_NAMES.add(("Tobias", "Erdem-Lange"))
    tnr = ids.tax_number_nrw()
    tel = mobile(6)
    return f"""Anzeige nach § 16 Abs. 1 Korruptionsbekämpfungsgesetz NRW
– Mitglieder des Rates und der Ausschüsse –

Name, Vorname: {P('Erdem, Sinan')}
Fraktion: SPD
Anschrift: {A('Alter Postweg 58')}, {A('58640 Iserlohn')}
Telefon / E-Mail: {T(tel)} / {E('sinan.erdem@posteo.de')}

1. Ausgeübter Beruf
Industriemechaniker, freigestellter Betriebsratsvorsitzender
Arbeitgeber: Lennetaler Drahtwerke GmbH, Iserlohn

2. Mitgliedschaften in Aufsichtsräten und anderen Kontrollgremien
– Aufsichtsrat der Stadtwerke Iserlohn GmbH (vom Rat entsandt)
– Verwaltungsrat der Sparkasse Iserlohn (stellv. Mitglied)

3. Mitgliedschaften in Organen von Vereinen, Verbänden und sonstigen Organisationen
– IG Metall, Mitglied des Ortsvorstandes Märkischer Kreis und Delegierter der Delegiertenversammlung
– TuS Iserlohn-Wermingsen 1911 e.V., Kassierer

4. Sonstige Tätigkeiten / Einkünfte
Vermietung einer Eigentumswohnung, {A('Von-Scheibler-Straße 7')}, {A('58636 Iserlohn')} (Steuernummer {TNR(tnr)})

5. Hinweise zu möglichen Interessenkonflikten
Mein Ehemann, {P('Tobias Erdem-Lange')}, ist als Sachbearbeiter im Jobcenter Märkischer Kreis tätig. Bei Beratungen, die das Jobcenter unmittelbar betreffen, werde ich die Befangenheit prüfen lassen.

Ich versichere, die Angaben vollständig und wahrheitsgemäß gemacht zu haben.

Iserlohn, 02.11.2025          gez. {P('Sinan Erdem')}

Eingangsvermerk Ratsbüro: 03.11.2025, {P('Öztürk')}"""


@doc("word", "rueckforderung_sitzungsgeld", ["POLITICS"])
def d26():
    USED_NAMES.add(("Piotr", "Zieliński"))
    kz = f"5.2025.{ids.digits(6, True)}"
    his_iban = iban_fmt(ids.iban_de())
    return f"""Stadt Iserlohn · Der Bürgermeister · Ratsbüro · {N(OFFICE_STREET)} · {N(OFFICE_CITY)}

Herrn
Dr. {P('Piotr Zieliński')}
{A('Nussbergstraße 31a')}
{A('58644 Iserlohn')}

Kassenzeichen: {AZ(kz)}
Ansprechpartner: Herr {P('Lüdtke')}, Tel. {T(LUEDTKE_TEL)}
Iserlohn, 13.10.2025

Rückforderung überzahlten Sitzungsgeldes – Ausschuss für Umwelt und Klimaschutz

Sehr geehrter Herr Dr. {P('Zieliński')},

als von der Fraktion DIE LINKE benannter sachkundiger Bürger erhalten Sie für die Teilnahme an den Sitzungen des Ausschusses für Umwelt und Klimaschutz ein Sitzungsgeld. Für die Sitzung vom 04.09.2025 wurde Ihnen das Sitzungsgeld versehentlich zweimal auf Ihr Konto {IBAN(his_iban)} überwiesen, da die Anwesenheitsliste doppelt erfasst worden war.

Ich bitte Sie, den überzahlten Betrag von 24,70 EUR bis zum 10.11.2025 auf das Konto der Stadtkasse Iserlohn, IBAN {N(STADTKASSE_IBAN)}, unter Angabe des oben genannten Kassenzeichens zu überweisen. Alternativ können wir den Betrag mit dem Sitzungsgeld des IV. Quartals verrechnen; teilen Sie uns in diesem Fall bitte kurz mit, dass Sie damit einverstanden sind.

Für das Versehen bitte ich um Entschuldigung.

Mit freundlichen Grüßen
Im Auftrag

{P('Pascal Lüdtke')}"""


@doc("word", "telefonnotiz_sterbefall")
def d27():
    USED_NAMES.update({("Klaus-Dieter", "Ostermann"), ("Hildegard", "Ostermann")})
    tel = landline("02374", 1)
    return f"""Telefonnotiz Wahlamt

Datum/Uhrzeit: 03.09.2025, 10:40 Uhr
Angenommen von: {P('K. Brandt')}

Anrufer: Herr {P('Klaus-Dieter Ostermann')}, Rückruf unter {T(tel)} oder per Mail {E('kd.ostermann@arcor.de')}

Anliegen:
Seine Mutter, Frau {P('Hildegard Ostermann')}, geb. {DOB('28.05.1931')}, zuletzt wohnhaft {A('Ahornweg 7')}, {A('58642 Iserlohn')}, ist am 11.08.2025 verstorben (Sterbeurkunde Standesamt Iserlohn, Registernummer {AZ('S 812/2025')}). Trotzdem sei gestern eine Wahlbenachrichtigung auf ihren Namen gekommen. Herr {P('Ostermann')} war sehr aufgebracht („ob die Stadt die Toten wählen lassen will“) und bittet um Bestätigung, dass seine Mutter aus dem Wählerverzeichnis gestrichen wird. Er möchte keinen weiteren Brief an sie erhalten.

Erledigung:
– Abgleich Melderegister: Sterbefall am 25.08.2025 erfasst, also nach Erstellung des Wählerverzeichnisses (Stichtag 10.08.).
– Wählerverzeichnis Wahlbezirk 1402 berichtigt: Streichung mit Vermerk „verstorben“, Berichtigung vom Wahlvorsteher am Wahltag nicht mehr erforderlich.
– Rückruf bei Herrn {P('Ostermann')} am 03.09., 14:15 Uhr, Erledigung mitgeteilt und Beileid ausgesprochen.

gez. {P('Brandt')}"""


@doc("word", "einsatzplan_wahlvorstaende")
def d28():
    districts = [("1401", "Grundschule Genna", "Gennaer Straße 30"),
                 ("1402", "Gemeindehaus St. Kilian", "Kilianstraße 2"),
                 ("1403", "Feuerwehrgerätehaus Oestrich", "Oestricher Straße 88"),
                 ("1405", "Sporthalle Letmathe", "Hagener Straße 140")]
    blocks = []
    for wb, place, street in districts:
        v, sv, s = rperson(), rperson(), rperson()
        b = [rperson() for _ in range(2)]
        blocks.append(f"{wb} | {place}, {N(street)}\n"
                      f"     V: {P(v[0] + ' ' + v[1])}, {T(mobile())} | stV: {P(sv[0] + ' ' + sv[1])}, {T(mobile())}\n"
                      f"     S: {P(s[0] + ' ' + s[1])} | B: {P(b[0][0] + ' ' + b[0][1])}, {P(b[1][0] + ' ' + b[1][1])}")
    courier = rperson("m")
    body = "\n\n".join(blocks)
    return f"""Einsatzplan Wahlvorstände Stichwahl 28.09.2025 – Bereich Letmathe (Stand 24.09., 16:00)

{body}

Kurier Letmathe (Abholung Schnellmeldungen + Niederschriften): {P(courier[0] + ' ' + courier[1])}, Privat-Pkw {KFZ(plate('MK'))}, {T(mobile())}
Reserve: {P('Ngozi Eze')}, {T(EZE_TEL)} (kommt nur, wenn bis Samstag 12 Uhr angefragt)

Änderungen bitte sofort an {P('Brandt')} ({T(BRANDT_TEL)}); am Wahltag ausschließlich über die Wahlhotline {N(WAHLAMT_TEL)}."""


@doc("word", "antrag_integrationsrat", ["ETHNICITY"])
def d29():
    USED_NAMES.update({("Rojda", "Aydemir"), ("Berfin", "Aydemir")})
    pas = ids.passport(check_digit=True)
    tel = mobile(4)
    return f"""{P('Rojda Aydemir')}
{A('Friedrichstraße 88')}
{A('58636 Iserlohn')}

Stadt Iserlohn
Wahlamt
{N(OFFICE_STREET)}
{N(OFFICE_CITY)}

Iserlohn, 11.08.2025

Antrag auf Eintragung in das Wählerverzeichnis für die Wahl des Integrationsrates am 14.09.2025

Sehr geehrte Damen und Herren,

hiermit beantrage ich nach § 27 Abs. 3 GO NRW meine Eintragung in das Wählerverzeichnis für die Integrationsratswahl.

Ich bin am {DOB('14. März 1992')} in Qamişlo (Syrien) geboren und gehöre der kurdischen Volksgruppe an. Seit dem 20.11.2019 besitze ich die deutsche Staatsangehörigkeit durch Einbürgerung. Als Nachweis lege ich eine Kopie meiner Einbürgerungsurkunde (Einbürgerungsbehörde Märkischer Kreis, Az. {AZ('32-EB-2019/1187')}) und meines Reisepasses (Nr. {PASS(pas)}) bei.

Meine Schwester {P('Berfin Aydemir')} (geb. {DOB('02.02.2000')}) stellt den Antrag gesondert, da sie erst 2023 eingebürgert wurde und ihre Urkunde noch beim Kreis angefordert hat.

Über eine kurze Bestätigung der Eintragung würde ich mich freuen. Sie erreichen mich unter {T(tel)} oder {E('rojda.aydemir@gmail.com')}.

Mit freundlichen Grüßen

{P('Rojda Aydemir')}

Anlagen: Kopie Einbürgerungsurkunde, Kopie Reisepass"""


@doc("word", "niederschrift_hfa_auszug", ["POLITICS"])
def d30():
    USED_NAMES.add(("Jörg", "Sundermann"))
    return f"""Auszug aus der Niederschrift über die 14. Sitzung des Haupt- und Finanzausschusses am 21.10.2025

TOP 6 (öffentlich): Bürgerbegehren „Freibad Seilersee erhalten“ – Entscheidung über die Zulässigkeit
Vorlage: {N('245/2025')}

Vorsitz: Bürgermeister {P('Jörg Sundermann')}
Für die Vertretungsberechtigten anwesend: Frau {P('Annegret Scholtissek')}, Herr {P('Emre Kılıç')}; als Rechtsbeistand Frau Rechtsanwältin Dr. {P('Köhnen-Baumann')}

Der Vorsitzende verweist auf die Vorlage. Die Verwaltung hat 5.977 gültige Unterschriften festgestellt; das Quorum ist erreicht, die Fragestellung ist mit Ja oder Nein zu beantworten, die Begründung und der Kostendeckungsvorschlag sind nach Auffassung der Verwaltung ausreichend.

Ratsmitglied {P('Renate Vielhaber')} (CDU) fragt, ob die Kostenschätzung der Verwaltung die Sanierung des Beckenkopfes einschließe. Die Verwaltung bejaht dies.

Ratsmitglied {P('Hinrichsen')} (GRÜNE) beantragt, Frau {P('Scholtissek')} Rederecht zu erteilen. Der Ausschuss stimmt einstimmig zu. Frau {P('Scholtissek')} dankt den rund 60 ehrenamtlichen Sammlerinnen und Sammlern und bittet darum, dem Bürgerbegehren nach § 26 Abs. 6 GO NRW zu entsprechen, um einen Bürgerentscheid zu vermeiden.

Ratsmitglied {P('Waldemar Reimer')} (AfD) kritisiert die Dauer der Prüfung. Herr {P('Kılıç')} entgegnet, die Zusammenarbeit mit dem Ratsbüro sei sehr gut gewesen.

Ratsmitglied {P('Erdem')} (SPD) regt an, die Entscheidung über das Entsprechen in die Ratssitzung am 11.11.2025 zu verschieben, damit die Fraktionen beraten können.

Beschluss:
Das Bürgerbegehren „Freibad Seilersee erhalten“ ist zulässig. Über ein Entsprechen entscheidet der Rat in seiner Sitzung am 11.11.2025.
Abstimmungsergebnis: 15 Ja, 0 Nein, 2 Enthaltungen (Ratsmitglieder {P('Reimer')} und {P('Kuhlmann')}).

Für die Richtigkeit des Auszugs:
{P('Yasemin Öztürk')}, Schriftführerin"""


# ================================================================ write
def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = []
    for i, (channel, template, flags, fn) in enumerate(DOCS, 1):
        out.append(build(f"F120-{i:03d}", channel, template, fn(), flags))
    assert len(out) == 30, len(out)
    total = sum(len(d["entities"]) for d in out)
    assert 450 <= total <= 650, total
    with open(os.path.join(here, "fresh120.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
