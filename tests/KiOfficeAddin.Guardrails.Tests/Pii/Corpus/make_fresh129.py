"""Blind test batch 129: a Lower Saxony city's civil registry office (Standesamt Celle).

Births, marriages, name declarations, death notifications from undertakers, foreign civil-status documents
(Polish, Turkish, Syrian, Eritrean, Brazilian, Ukrainian, Yazidi families), interpreters and court decisions.
All randomness comes from Identifiers(12929).rng, so two runs write identical bytes.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from identifiers import Identifiers, group, icao_check, luhn_check, mod11_10_check  # noqa: E402,F401
from marks import build  # noqa: E402

ids = Identifiers(12929)
rng = ids.rng

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh129.jsonl")


# ---------------------------------------------------------------- marks
def m(code, s):
    return f"[[{code}|{s}]]"


def P(s): return m("P", s)
def A(s): return m("A", s)
def E(s): return m("E", s)
def T(s): return m("T", s)
def N(s): return m("N", s)
def DOB(s): return m("DOB", s)
def AZ(s): return m("AZ", s)
def KFZ(s): return m("KFZ", s)
def IBAN(s): return m("IBAN", s)
def TID(s): return m("TID", s)
def TNR(s): return m("TNR", s)
def VAT(s): return m("VAT", s)
def IDC(s): return m("IDC", s)
def PASS(s): return m("PASS", s)
def SSN(s): return m("SSN", s)
def KV(s): return m("KV", s)
def CC(s): return m("CC", s)


# ---------------------------------------------------------------- public office data (neutral)
RATHAUS_STR = "Helmuth-Hörstmann-Weg 1"
RATHAUS_ORT = "29221 Celle"
ZENTRALE = "05141 12-0"
POSTFACH = "standesamt@celle.de"


# ---------------------------------------------------------------- identifiers
def mod97(country, bban):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def iban_de(spaced=True):
    v = ids.iban_de()
    return group(v, 4) if spaced else v


def iban_tr():
    return group(mod97("TR", ids.digits(5) + "0" + ids.digits(16)), 4)


def iban_pl():
    return group(mod97("PL", ids.digits(24)), 4)


def iban_ua():
    return group(mod97("UA", ids.digits(6) + ids.digits(19)), 4)


def tax_id(style):
    t = ids.tax_id()
    if style == 0:
        return t
    if style == 1:
        return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"
    return f"{t[:3]} {t[3:6]} {t[6:9]} {t[9:]}"


def ssn(ddmmyy, letter, spaced):
    s = ids.social_security(ddmmyy, letter)
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}" if spaced else s


def tax_number_nds():
    # Lower Saxony layout FF/BBB/UUUUP (domain.md: layout only)
    return f"{rng.choice(['17', '24', '25', '47', '53'])}/{ids.digits(3)}/{ids.digits(5)}"


def tax_number_nds_federal():
    return f"23{rng.choice(['17', '24', '25', '47'])}0{ids.digits(3)}{ids.digits(5)}"


def pl_id_card():
    # Polish identity card (dowód osobisty): 3 letters, check digit, 5 digits; weights 7,3,1,(9),7,3,1,7,3
    letters = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(3))
    digs = ids.digits(5)
    total = sum(int(c, 36) * w for c, w in zip(letters, (7, 3, 1)))
    total += sum(int(d) * w for d, w in zip(digs, (7, 3, 1, 7, 3)))
    return f"{letters}{total % 10}{digs}"


def pass_tr():
    return "U" + ids.digits(8)


def pass_ua():
    return rng.choice(["FE", "FT", "FX", "EK", "FB"]) + ids.digits(6)


def pass_sy():
    return "N0" + ids.digits(8)


def pass_br():
    return rng.choice(["FZ", "GB", "GA", "FV"]) + ids.digits(6)


def visa():
    return ids.credit_card("4", 16)


def mastercard():
    return ids.credit_card(rng.choice(["51", "52", "53", "54", "55"]), 16)


# ---------------------------------------------------------------- phones
MOBILE_PREFIXES = ["0151", "0152", "0157", "0160", "0162", "0170", "0171", "0172", "0173", "0175", "0176",
                   "0177", "0178", "0179"]


def mobile(style):
    pre = rng.choice(MOBILE_PREFIXES)
    n = ids.digits(rng.choice([7, 8]), first_nonzero=True)
    if style == 0:
        return f"{pre} {n}"
    if style == 1:
        return f"{pre}/{n}"
    if style == 2:
        return f"+49 {pre[1:]} {n}"
    if style == 3:
        return f"{pre}-{n[:3]} {n[3:]}"
    if style == 4:
        return f"+49{pre[1:]}{n}"
    return f"{pre} {n[:3]} {n[3:5]} {n[5:]}"


def landline(area, style):
    n = ids.digits(rng.choice([5, 6]), first_nonzero=True)
    if style == 0:
        return f"{area} {n}"
    if style == 1:
        return f"({area}) {' '.join(n[i:i + 2] for i in range(0, len(n), 2))}"
    if style == 2:
        return f"+49 {area[1:]} {n}"
    if style == 3:
        return f"{area}/{n}"
    return f"{area}-{n}"


def phone_pl():
    return f"+48 {rng.choice('5678')}{ids.digits(2)} {ids.digits(3)} {ids.digits(3)}"


def phone_tr():
    return f"+90 5{rng.choice(['32', '33', '35', '42', '44', '05'])} {ids.digits(3)} {ids.digits(2)} {ids.digits(2)}"


def phone_ua():
    return f"+380 {rng.choice(['50', '63', '67', '68', '93', '97'])} {ids.digits(3)} {ids.digits(2)} {ids.digits(2)}"


def phone_br():
    return f"+55 {rng.choice(['11', '21', '81'])} 9{ids.digits(4)}-{ids.digits(4)}"


# ---------------------------------------------------------------- staff of the registry office
OLTMANNS_TEL = "05141 12-4413"
RABE_TEL = "05141 12-4421"
DUECK_TEL = "05141 12-4417"
KARATAS_TEL = "05141 12-4419"

docs = []


def add(channel, template, text, flags=()):
    n = len(docs) + 1
    docs.append(build(f"F129-{n:03d}", channel, template, text.strip("\n"), list(flags)))


# ================================================================ 001 Polish parents, female surname form
def d001():
    idk, idt = pl_id_card(), pl_id_card()
    t1, t2 = mobile(0), phone_pl()
    text = f"""Von: {P("Tomasz Wiśniewski")} <{E("t.wisniewski.gda@wp.pl")}>
An: {N(POSTFACH)}
Betreff: Geburt unserer Tochter – Nachname in weiblicher Form?

Guten Tag Frau {P("Oltmanns")},

wie am Telefon besprochen schicke ich Ihnen vorab schon mal die Unterlagen. Unsere Tochter {P("Zofia Maria")} ist am {DOB("2. Juni 2025")} im AKH Celle zur Welt gekommen, die Klinik hat die Geburt nach meinem Wissen schon angezeigt.

Meine Frau {P("Katarzyna Wiśniewska")} und ich sind beide polnische Staatsangehörige und seit 2019 verheiratet (Standesamt Gdańsk). Nach polnischem Recht würde unsere Tochter „{P("Wiśniewska")}“ heißen und nicht „{P("Wiśniewski")}“. Geht das auch so im deutschen Geburtenregister, oder müssen wir dafür eine Erklärung abgeben? Die Großeltern in Polen fragen schon jeden Tag ;)

Beigefügt sind:
– Heiratsurkunde (odpis zupełny aktu małżeństwa, mit mehrsprachigem Formular)
– Geburtsurkunde meiner Frau mit Übersetzung
– Personalausweise: {P("Katarzyna")} {IDC(idk)}, ich selbst {IDC(idt)}
– Meldebescheinigung

Wir wohnen {A("Hannoversche Straße 58")}, 2. OG links, {A("29221 Celle")}.
Mobil: {T(t1)} (ich) oder {T(t2)} (meine Frau, polnische Nummer)

Pozdrawiam / Viele Grüße
{P("Tomasz Wiśniewski")}"""
    add("outlook", "geburt-namensform-pl", text)


# ================================================================ 002 Ukrainian patronymic, name declaration form
def d002():
    pas = pass_ua()
    text = f"""STADT CELLE – STANDESAMT
Niederschrift über eine Erklärung zur Namensführung (Art. 47 Abs. 1 EGBGB)

Aktenzeichen: {AZ("NE 412/2025")}
Ort, Datum: Celle, 11.06.2025

Vor der unterzeichnenden Standesbeamtin {P("Aylin Karataş")} erschien heute, der Person nach nicht bekannt, ausgewiesen durch Reisepass der Ukraine Nr. {PASS(pas)}:

  Familienname ............ {P("Kovalenko")}
  Vorname(n) .............. {P("Olena")}
  Vatersname .............. {P("Petrivna")}
  Geburtsdatum ............ {DOB("17.09.1988")}
  Geburtsort .............. Charkiw / Ukraine
  Wohnanschrift ........... {A("Wittinger Straße 141")}, {A("29223 Celle")}
  Staatsangehörigkeit ..... ukrainisch, seit Mai 2025 zusätzlich deutsch (Einbürgerung)

Die Erschienene erklärte:
Mit dem Erwerb der deutschen Staatsangehörigkeit richtet sich meine Namensführung nach deutschem Recht. Ich lege den Vatersnamen „{P("Petrivna")}" ab. Künftig lauten mein Vorname „{P("Olena")}" und mein Familienname „{P("Kovalenko")}".
Die bislang in meinem Aufenthaltstitel verwendete Schreibweise „{P("Olena Kowalenko")}" wird nicht fortgeführt; maßgeblich ist die lateinische Schreibweise meines Reisepasses.

Für meinen Sohn {P("Maksym Andriiovych Kovalenko")}, geb. {DOB("03.02.2016")}, gebe ich gemeinsam mit dem Vater, Herrn {P("Andrii Kovalenko")}, eine gesonderte Erklärung ab; ein Termin ist für den 25.06.2025 vereinbart.

Gebühr: 50,00 EUR, Kassenzeichen {AZ("5.0211.204518")}, bar bezahlt.

Vorgelesen, genehmigt und unterschrieben:

gez. {P("Olena Kovalenko")}                    gez. {P("Karataş")}, Standesbeamtin"""
    add("word", "niederschrift-namenserklaerung", text)


# ================================================================ 003 undertaker, lower case mail
def d003():
    rv = ssn("110441", "L", False)
    kv = ids.health_insurance()
    vat = ids.vat_id()
    t1, t2 = landline("05141", 0), mobile(0)
    text = f"""Von: Pietät Allertal – {P("Sven Hollmann")} <{E("s.hollmann@pietaet-allertal.de")}>
An: {N(POSTFACH)}
Betreff: sterbefall lühmann, gerhard – unterlagen folgen

moin zusammen,

anbei die sterbefallanzeige für herrn {P("gerhard lühmann")}, geb {DOB("11.04.41")}, verstorben am 23.06. gegen 3 uhr zuhause in der {A("blumlage 87")} in {A("29221 celle")}.
die ehefrau {P("ingrid lühmann")} geb. {P("tödter")} bringt das stammbuch bzw die heiratsurkunde morgen selbst vorbei, sie ist aber nicht mehr gut zu fuß und kommt mit ihrem sohn {P("frank")}.

todesbescheinigung (nichtvertraulicher teil) hat der hausarzt dr. {P("meinecke")} ausgestellt. herr {P("lühmann")} war seit märz wegen lungenkrebs in palliativer versorgung, daher keine ermittlungsakte / kein staatsanwalt.

für die rentenabmeldung hab ich schon mal: rv-nr {SSN(rv)}, aok niedersachsen, versichertennr {KV(kv)}

wir bräuchten 4 sterbeurkunden + 1 für die rentenversicherung. beerdigung ist am 2.7. aufm waldfriedhof, also wenns geht bis freitag, danke!!

gruß sven hollmann

--
Pietät Allertal Bestattungen
Inh. {P("Sven Hollmann")}
{A("Fuhrberger Straße 212")} · {A("29225 Celle")}
Tel {T(t1)} · 24h-Ruf {T(t2)}
USt-IdNr. {VAT(vat)}"""
    add("outlook", "sterbefall-bestatter", text, ["HEALTH"])


# ================================================================ 004 Arabic interpreter, spelling question, quoted staff mail
def d004():
    ib = iban_de()
    tnr = tax_number_nds()
    t1 = mobile(5)
    text = f"""Von: {P("Rim Haddad-Schütte")} <{E("r.haddad-schuette@gmx.de")}>
Gesendet: Mittwoch, 18. Juni 2025 22:41
An: {P("Dück, Marina")} <{E("marina.dueck@celle.de")}>
Betreff: AW: übersetzung geburtsurkunde {P("al-hamdan")}

hallo frau {P("dück")},

die übersetzung der syrischen geburtsurkunde (auszug aus dem zivilregister, ausgestellt in hama) für die kleine {P("lana")} ist fertig, original mit stempel geht morgen per post raus.
kurze frage zur schreibweise: im pass des vaters steht {P("MOHAMMAD ALHAMDAN")}, in der urkunde steht arabisch „{P("محمد الحمدان")}“. nach din 31635 wäre das {P("Muḥammad al-Ḥamdān")}. welche form soll ich in die übersetzung schreiben? ich würde die passschreibweise nehmen und die transliteration in klammern.
die mutter heißt laut urkunde {P("Hiba Khaled Al-Sayed")} – „{P("Khaled")}“ ist der vorname ihres vaters, kein zweiter vorname! das war beim letzten mal im melderegister falsch übernommen.

rechnung kommt getrennt (2 seiten, zeilenpauschale nach jveg). bitte überweisung auf {IBAN(ib)}, kontoinhaberin {P("Rim Haddad-Schütte")}, steuernummer {TNR(tnr)}.

mfg
{P("rim haddad-schütte")}
öffentlich bestellte und beeidigte übersetzerin für arabisch (LG Lüneburg)
mobil {T(t1)}

-----Ursprüngliche Nachricht-----
Von: {P("Dück, Marina")} <{E("marina.dueck@celle.de")}>
Gesendet: Montag, 16. Juni 2025 09:12
An: {E("r.haddad-schuette@gmx.de")}
Betreff: übersetzung geburtsurkunde {P("al-hamdan")}

Sehr geehrte Frau {P("Haddad-Schütte")},

anbei wie besprochen der Scan der syrischen Geburtsurkunde des Kindes {P("Lana Al-Hamdan")}. Die Eltern benötigen die Übersetzung für die Beurkundung der Geburt im Geburtenregister (unser Zeichen {AZ("G 1187/2025")}). Bitte geben Sie die Namen in der Schreibweise an, die Sie für richtig halten, und vermerken Sie Abweichungen.

Mit freundlichen Grüßen
Im Auftrag
{P("Marina Dück")}
Stadt Celle – Standesamt
Tel. {T(DUECK_TEL)}"""
    add("outlook", "dolmetscher-schreibweise", text)


# ================================================================ 005 Syrian groom, exemption from certificate of no impediment
def d005():
    pas = pass_sy()
    text = f"""Stadt Celle · Standesamt · {N(RATHAUS_STR)} · {N(RATHAUS_ORT)}

Herrn
{P("Yaman Abdulkarim")}
{A("Im Bruchkampe 9")}
{A("29227 Celle")}

Unser Zeichen: {AZ("StA-E 118/2025")}
Auskunft erteilt: {P("Jörn-Hendrik Rabe")}, Zimmer 0.14
Telefon: {T(RABE_TEL)}
Celle, 18.06.2025

Anmeldung Ihrer Eheschließung mit Frau {P("Leonie Brakhage")}
Befreiung von der Beibringung des Ehefähigkeitszeugnisses

Sehr geehrter Herr {P("Abdulkarim")},

vielen Dank für Ihren Besuch am 12. Juni. Wie besprochen stellt die Arabische Republik Syrien keine Ehefähigkeitszeugnisse aus. Deshalb muss der Präsident des Oberlandesgerichts Celle Sie von der Beibringung dieses Zeugnisses befreien (§ 1309 Abs. 2 BGB). Den Antrag bereiten wir vor und leiten ihn mit Ihren Unterlagen an das Gericht weiter.

Für die Prüfung fehlen noch:
1. Auszug aus dem syrischen Personenstandsregister (Geburt), nicht älter als sechs Monate, mit Übersetzung;
2. Bescheinigung über Ihren Familienstand (ledig);
3. eine Kopie Ihres syrischen Reisepasses Nr. {PASS(pas)} (abgelaufen im März 2023) und Ihres Aufenthaltstitels;
4. von Frau {P("Brakhage")} (geb. {DOB("4. Oktober 1997")}) eine beglaubigte Abschrift aus dem Geburtenregister.

Sie haben uns geschildert, dass Sie als Kurde aus Qamischli keine Urkunden mehr von den syrischen Behörden erhalten können. In diesem Fall können fehlende Angaben durch eine Versicherung an Eides statt ersetzt werden (§ 9 Abs. 2 PStG). Einen Termin dafür vereinbaren Sie bitte telefonisch oder über {N(POSTFACH)}.

Die Gebühr des Oberlandesgerichts wird von dort gesondert erhoben.

Mit freundlichen Grüßen
Im Auftrag

{P("Rabe")}
Standesbeamter"""
    add("word", "anschreiben-ehefaehigkeit", text, ["ETHNICITY"])


# ================================================================ 006 export of death registrations, with header
def d006():
    rows = [
        ("S 0811/2025", "Lühmann", "Gerhard", "", "11.04.1941", "23.06.2025", "Wohnung", "Blumlage 87", "29221 Celle",
         "Pietät Allertal"),
        ("S 0812/2025", "Kowalczyk", "Helena Zofia", "Mazur", "02.09.1937", "22.06.2025", "AKH Celle",
         "Wittinger Straße 12", "29223 Celle", "Bestattungshaus Heidehof"),
        ("S 0813/2025", "Pape", "Friedrich-Wilhelm", "", "30.01.1948", "22.06.2025", "Hospiz",
         "Dorfstraße 4", "29331 Lachendorf", "Trauerhilfe Celler Land"),
        ("S 0814/2025", "Demir", "Hüseyin", "", "01.07.1952", "24.06.2025", "AKH Celle", "Fritzenwiese 31",
         "29221 Celle", "Islamische Bestattungen Nord"),
        ("S 0815/2025", "von Campe", "Adelheid Luise", "Tiedemann", "19.05.1931", "24.06.2025", "Pflegeheim",
         "Hattendorffstraße 6", "29223 Celle", "Bestattungshaus Heidehof"),
        ("S 0816/2025", "Schrader", "Horst", "", "17.12.1939", "25.06.2025", "Wohnung", "Am Heiligen Kreuz 40",
         "29221 Celle", "Pietät Allertal"),
        ("S 0817/2025", "Nguyen", "Van Hai", "", "08.03.1961", "25.06.2025", "AKH Celle", "Wernerusstraße 3a",
         "29227 Celle", "Trauerhilfe Celler Land"),
        ("S 0818/2025", "Ohlendorf", "Marlies", "Böttcher", "27.08.1944", "26.06.2025", "Wohnung",
         "Lüneburger Heerstraße 118", "29223 Celle", "Bestattungen am Französischen Garten"),
    ]
    lines = ["Standesamt Celle – Sterbefälle KW 26/2025 (Export Fachverfahren, Stand 27.06.2025 07:58)",
             "",
             "Reg.-Nr.;Familienname;Vorname(n);Geburtsname;geb.;gest.;Sterbeort;letzte Anschrift;PLZ Ort;Bestatter"]
    for r in rows:
        birth = P(r[3]) if r[3] else ""
        lines.append(";".join([AZ(r[0]), P(r[1]), P(r[2]), birth, DOB(r[4]), r[5], r[6], A(r[7]), A(r[8]), r[9]]))
    lines += ["", "8 Datensätze · Sachbearbeitung: " + P("M. Dück")]
    add("word", "export-sterbefaelle", "\n".join(lines))


# ================================================================ 007 forwarded mail, Eritrean father, acknowledgement of paternity
def d007():
    ra = ids.passport(check_digit=False)
    t1 = landline("05141", 3)
    text = f"""Von: {P("Oltmanns, Birte")}
Gesendet: Mittwoch, 11. Juni 2025 07:52
An: {P("Rabe, Jörn-Hendrik")}
Betreff: WG: Vaterschaftsanerkennung vor der Geburt – {P("Tesfamariam")} / {P("Habte")}

Moin {P("Jörn")},

kannst du das bitte übernehmen? Ich bin ab morgen zwei Wochen weg. Frau {P("Mehari")} ist sehr zuverlässig, die Unterlagen sind fast vollständig.

{P("Birte")}

________________________________
Von: {P("Saba Mehari")} <{E("s.mehari@dw-celle.de")}>
Gesendet: Dienstag, 10. Juni 2025 16:48
An: {P("Oltmanns, Birte")} <{E("birte.oltmanns@celle.de")}>
Cc: {E("yonas.tesfa88@gmail.com")}
Betreff: Vaterschaftsanerkennung vor der Geburt

Sehr geehrte Frau {P("Oltmanns")},

ich begleite in der Migrationsberatung Herrn {P("Yonas Tesfamariam Gebremedhin")} und Frau {P("Selam Habte Woldu")}. Frau {P("Habte")} erwartet Ende Juli ihr erstes Kind; Herr {P("Tesfamariam")} möchte die Vaterschaft schon vor der Geburt anerkennen.

Zu den Personen:
- Herr {P("Tesfamariam")}: laut Aufenthaltstitel geb. {DOB("01.01.1994")} (das genaue Datum ist ihm nicht bekannt), eritreischer Staatsangehöriger. Einen Nationalpass hat er nicht. Die Botschaft verlangt dafür die Unterschrift unter die sogenannte Reueerklärung, die er aus politischen Gründen ablehnt. Er besitzt einen Reiseausweis für Ausländer, Nr. {PASS(ra)}.
- Frau {P("Habte")}: geb. {DOB("14.08.1999")} in Keren, ebenfalls eritreisch, anerkannter Flüchtling.

Die beiden wurden 2021 in einem Lager in Äthiopien nur kirchlich nach orthodoxem Ritus getraut. Diese Ehe ist nirgends registriert; Frau {P("Habte")} hat uns die Taufurkunde der Tewahedo-Kirche als einziges Dokument zu ihrer Geburt mitgebracht.
Bei der Namensgebung möchten die Eltern der eritreischen Tradition folgen: Das Kind soll den Vornamen des Vaters als zweiten Namen tragen, also zum Beispiel {P("Noah Yonas")}. Ist das nach deutschem Recht als Vorname möglich?

Beide wohnen zusammen in der {A("Harburger Straße 104")}, {A("29223 Celle")}. Herr {P("Tesfamariam")} spricht gut Deutsch, Frau {P("Habte")} braucht eine Dolmetscherin für Tigrinya.

Mit freundlichen Grüßen
{P("Saba Mehari")}
Migrationsberatung für erwachsene Zugewanderte
Diakonisches Werk – {N("Fritzenwiese 7")}
Tel. {T(t1)}"""
    add("outlook", "weiterleitung-vaterschaft", text, ["RELIGION", "POLITICS"])


# ================================================================ 008 Brazilian marriage, file note
def d008():
    pas = pass_br()
    t1 = mobile(1)
    text = f"""Aktenvermerk

Betreff: Nachbeurkundung einer Eheschließung im Ausland (§ 34 PStG) – {P("Kettler")} / {P("Souza Oliveira")}
Aktenzeichen: {AZ("E-N 27/2025")}

1. Antragsteller ist Herr {P("Florian Kettler")}, geb. {DOB("05.03.1991")} in Celle, wohnhaft {A("Am Wasserturm 3a")}, {A("29223 Celle")}, Tel. {T(t1)}.
Ehefrau: {P("Maria Eduarda Souza Oliveira")}, geb. {DOB("22/11/1996")} in Recife (Pernambuco), brasilianische Staatsangehörige, Reisepass Nr. {PASS(pas)}. Bisherige Anschrift in Brasilien: {A("Rua da Aurora 1250")}, apto. 402, Boa Vista, {A("50050-000 Recife/PE")}.

2. Die Ehe wurde am 14.02.2025 vor dem Cartório do 2º Ofício de Registro Civil in Recife geschlossen. Vorgelegt wurde die Certidão de Casamento (Livro {N("B-087")}, Folha {N("112")}, Termo {N("4213")}) mit Apostille Nr. {N("PE-2025-0031877")} sowie Übersetzung.

3. Namensführung: Nach der Certidão führt die Ehefrau seit der Eheschließung den Namen „{P("Maria Eduarda Souza Oliveira Kettler")}“. „{P("Souza")}“ ist der Familienname ihrer Mutter, „{P("Oliveira")}“ der ihres Vaters; in Brasilien steht der mütterliche Name vorn. Für die Ehefrau gilt brasilianisches Recht (Art. 10 Abs. 1 EGBGB), für den Ehemann deutsches Recht. Herr {P("Kettler")} möchte seinen Namen behalten. Eine Rechtswahl nach Art. 10 Abs. 2 EGBGB wurde erläutert; die Eheleute überlegen noch und melden sich bis Ende Juli.

4. Noch offen: Nachweis der Staatsangehörigkeit der Ehefrau (Kopie Pass liegt vor), Geburtsurkunde der Ehefrau (Certidão de Nascimento, Inteiro Teor) mit Apostille.

5. Wv. 31.07.2025

Celle, 20.06.2025
{P("Rabe")}"""
    add("word", "vermerk-auslandsehe-br", text)


# ================================================================ 009 Turkish couple, child's surname, informal German
def d009():
    pas = pass_tr()
    idb = ids.id_card(check_digit=True)
    t1, t2 = mobile(3), phone_tr()
    text = f"""Betreff: Frage Nachname Baby + Formül A Urkunde

Merhaba, guten Tag,

wir haben am {DOB("29.05.2025")} unser Sohn {P("Emir Kerem")} bekommen im AKH, alles gut gegangen. Ich habe eine Frage weil ich nicht verstehe welche Nachname er bekommt.

Ich heiße laut türkische Kimlik {P("Elif Özdemir")}, aber auf meine Aufenthaltstitel in Deutschland steht {P("Elif Yıldırım Özdemir")}, weil in Türkei die Frau nach Heirat beide Namen tragen darf. Mein Mann {P("Burak Özdemir")} ist Deutsch und Türkisch (doppelte Staatsangehörigkeit). Wir haben 2022 in Istanbul beim Evlendirme Dairesi Kadıköy geheiratet.

Soll das Kind {P("Özdemir")} heißen oder {P("Yıldırım Özdemir")}? Für die türkische Konsulat brauchen wir später die internationale Geburtsurkunde (Formül A), das ist wichtig.

Meine Daten: geb. {DOB("3.8.1996")} in Bursa, Reisepass Nr. {PASS(pas)}
Burak: geb. {DOB("21.01.1993")} in Celle, Personalausweis {IDC(idb)}
Wir wohnen {A("Neustadt 62")}, {A("29225 Celle")}.

Wenn Sie anrufen bitte auf {T(t1)}. Oder meine Schwester {P("Merve")}, sie spricht besser Deutsch, aber sie ist gerade in Türkei: {T(t2)}

Saygılarımla / Mit freundlichen Grüßen
{P("Elif")}"""
    add("outlook", "namensbestimmung-kind-tr", text)


# ================================================================ 010 court decision on parentage, DNA report
def d010():
    text = f"""Standesamt Celle – Vermerk zur Folgebeurkundung

Geburtenregister Nr. {AZ("G 1744/2019")}
Kind: {P("Finja Luisa Behrens")}, geb. {DOB("21.10.2019")} in Celle
Mutter: {P("Janine Behrens")}, geb. {P("Scholz")}, {A("Kirchstraße 19")}, {A("29308 Winsen (Aller)")}
bisher eingetragener Vater: {P("Marcel Behrens")} (Ehemann der Mutter bei Geburt, § 1592 Nr. 1 BGB)

1. Eingang 05.06.2025: Ausfertigung des Beschlusses des Amtsgerichts – Familiengericht – Celle vom 03.04.2025, Az. {AZ("32 F 118/24")}, mit Rechtskraftvermerk vom 14.05.2025.
Tenor: Es wird festgestellt, dass Herr {P("Marcel Behrens")}, geb. {DOB("09.12.1990")}, nicht der Vater des Kindes {P("Finja Luisa")} ist.
Laut Gründen hat das Gericht ein Abstammungsgutachten eingeholt (DNA-Analyse, Institut für Rechtsmedizin); die Vaterschaft von Herrn {P("Behrens")} ist danach ausgeschlossen.

2. Eingang 17.06.2025: Beglaubigte Abschrift der Urkunde des Jugendamts des Landkreises Celle, UR-Nr. {AZ("412/2025")}: Herr {P("Dennis Wöhler")}, geb. {DOB("30. Juli 1988")}, {A("Lauensteinplatz 2")}, {A("29225 Celle")}, hat die Vaterschaft anerkannt; die Mutter hat zugestimmt.

3. Folgebeurkundung:
a) Eintrag des Vaters {P("Marcel Behrens")} wird gestrichen (Folgebeurkundung wegen Anfechtung);
b) Herr {P("Wöhler")} wird als Vater eingetragen;
c) der Geburtsname des Kindes bleibt „{P("Behrens")}“. Eine Neubestimmung nach § 1617b Abs. 1 BGB ist binnen drei Monaten möglich; Hinweis an die Eltern ist erfolgt (Schreiben vom 18.06.2025).

4. Mitteilungen: Meldebehörde, Jugendamt, Familiengericht (zu {AZ("32 F 118/24")}).

Celle, 18.06.2025
{P("A. Karataş")}"""
    add("word", "vermerk-abstammung", text, ["GENETIC"])


# ================================================================ 011 sloppy mail, double card charge
def d011():
    cc = visa()
    ib = iban_de()
    text = f"""Betreff: doppelt abgebucht!!!

hallo

hab am wochenende über euer online portal 3 geburtsurkunden für meinen vater bestellt ({P("karl-heinz petersen")}, geb. {DOB("12.3.1959")}) weil der jetzt in rente geht und die rentenkasse das will. bezahlt mit kreditkarte und jetzt stehts 2x auf der abrechnung je 36 euro.
karte ist die visa {CC(group(cc, 4))} die läuft auf meinen namen {P("dana petersen-ohlsen")}. bestellnummer war {AZ("OB-2025-061187")} glaub ich

könnt ihr das eine zurückbuchen?? oder überweist es halt auf mein konto {IBAN(ib)}
und die urkunden bitte an papa schicken nicht an mich, adresse {A("Harburger Str. 27")} {A("29223 Celle")}

lg dana

Von meinem iPhone gesendet"""
    add("outlook", "urkundenbestellung-zahlung", text)


# ================================================================ 012 marriage registration, two women, form
def d012():
    id1 = ids.id_card(check_digit=True)
    id2 = ids.id_card(check_digit=False)
    t1, t2 = mobile(2), mobile(0)
    text = f"""Anmeldung der Eheschließung – Niederschrift nach § 12 PStG
Standesamt Celle · Verfahrensnummer {AZ("EA-2025-0233")}

                         Person 1                         Person 2
Familienname:            {P("Grotjahn")}                        {P("Nwosu-Brandt")}
Geburtsname:             {P("Grotjahn")}                        {P("Nwosu")}
Vornamen:                {P("Svenja Marie")}                    {P("Chiamaka Ruth")}
geboren am:              {DOB("06.12.1992")}                      {DOB("19.04.1989")}
geboren in:              Uelzen                          Hamburg
Personalausweis:         {IDC(id1)}                      {IDC(id2)}
Wohnung:                 {A("Blumlage 14")}, {A("29221 Celle")} (beide)
Familienstand:           ledig                           geschieden
Telefon:                 {T(t1)}                {T(t2)}

Vorehe Person 2: geschlossen 2014 in Hamburg mit Herrn {P("Jonathan Brandt")}, geschieden durch Beschluss des AG Hamburg-Barmbek vom 12.01.2022, Az. {AZ("880 F 212/21")}, rechtskräftig.

Namensführung in der Ehe: Ehename „{P("Grotjahn")}“; Frau {P("Nwosu-Brandt")} stellt den Namen „{P("Nwosu")}“ voran: künftig „{P("Nwosu-Grotjahn")}“.

Trauung: Samstag, 23.08.2025, 11:00 Uhr, Trauzimmer im Schloss Celle
Trauzeugin: {P("Dr. Hanna Rieckhof")}, {A("Nordwall 9")}, {A("29221 Celle")}
Zufahrt Schlossplatz für das Hochzeitsfahrzeug genehmigt: {KFZ("UE-SG 1402")}

Hinweis erteilt: Wird während der Ehe ein Kind geboren, wird die Ehefrau der Mutter nach geltendem Recht nicht kraft Ehe zweiter Elternteil (vgl. BGH, Beschluss vom 10.10.2018 – {N("XII ZB 231/18")}); möglich ist die Stiefkindadoption.

Celle, 16.06.2025
Unterschriften: {P("S. Grotjahn")} · {P("C. Nwosu-Brandt")} · {P("Oltmanns")} (Standesbeamtin)"""
    add("word", "eheanmeldung-niederschrift", text, ["SEXUAL_ORIENTATION"])


# ================================================================ 013 best man, photographer and vintage car
def d013():
    t1, t2 = f"+31 6 {ids.digits(8)}", mobile(3)
    text = f"""Betreff: Trauung Sa 12.07. 13:30 Uhr – Fotograf, Drohne und Oldtimer

Hallo Frau {P("Karataş")},

ich bin Trauzeuge bei {P("Lukas")} und {P("Anh")} ({P("Lukas Wendeborn")} und {P("Nguyễn Thị Lan Anh")}) und soll ein paar Sachen für die beiden klären, weil sie gerade in der Prüfungsphase stecken:

1) Der Fotograf ist {P("Piet van der Meulen")} aus Groningen ({T(t1)}). Darf er während der Zeremonie im Trauzimmer fotografieren, und darf er danach vor dem Schloss eine Drohne starten?
2) Anhs Eltern sprechen kaum Deutsch. Ihre Cousine {P("Trần Mai Phương")} würde übersetzen (Vietnamesisch). Muss sie vorher irgendwas unterschreiben oder ihren Ausweis zeigen?
3) Wir kommen mit einem Oldtimer, Mercedes W111 mit H-Kennzeichen {KFZ("CE-LW 1965H")}, und dem Auto der Brauteltern {KFZ("H-NT 4407")}. Können beide kurz vor dem Schloss halten?
4) Auf der Urkunde soll bei Anh der Name in der vietnamesischen Reihenfolge stehen, also Familienname {P("Nguyễn")} zuerst? Oder wird das umgedreht?

Danke und viele Grüße
{P("Konstantin Wendeborn")}
{T(t2)}"""
    add("outlook", "trauung-organisation", text)


# ================================================================ 014 OCR scan of a Polish birth certificate with translation
def d014():
    text = f"""[Scan_0043.pdf – Texterkennung, Seite 1 von 2]

RZECZPOSP0LITA POLSKA
ODPIS ZUPEŁNY AKTU URODZENIA
Urząd Stanu Cywi|nego w Gdańsku          Nr aktu: {N("2264/1990")}

DANE DZIECKA / Angaben zum Kind
1. Nazwisko ......... {P("NOWICKA")}
2. lmię (imiona) .... {P("KATARZYNA ANNA")}
3. Płeć ............. K
4. Data urodzenia ... {DOB("1990-11-12")}
5. Miejsce urodzenia  GDAŃSK
6. PESEL ............ (nicht lesbar / nieczytelny)

DANE RODZICÓW / Angaben zu den Eltern
0JCIEC: nazwisko {P("NOWICKI")}   imię {P("JERZY")}   nazwisko rodowe {P("NOWICKI")}
MATKA:  nazwisko {P("NOWICKA")}   imię {P("HALINA")}  nazwisko rodowe {P("KACZMAREK")}

WZMIANKI DODATKOWE
Dnia 17.08.2019 r. zawarła związek małżeński z {P("Tomaszem Wiśniewskim")} (akt małż. nr {N("841/2019")}).
Nazwisko po zawarciu małżeństwa: {P("WIŚNIEWSKA")}.

Kierownik Urzędu Stanu Cywilnego
{P("Agn1eszka Ryb ak")}
[Stempel, unleserlich: ... Nowe 0grody ...]

[Seite 2 von 2]

Übersetzung aus dem Polnischen – vollständige Abschrift der Geburtsurkunde
Name des Kindes: {P("NOWICKA")}, Vornamen: {P("Katarzyna Anna")}, weiblich, geboren am {DOB("12.11.1990")} in Gdańsk (Danzig).
Vater: {P("Jerzy Nowicki")}; Mutter: {P("Halina Nowicka")}, geb. {P("Kaczmarek")}.
Randvermerk: Eheschließung am 17.08.2019 mit {P("Tomasz Wiśniewski")}; Familienname nach der Eheschließung: {P("Wiśniewska")}.
Eine Apostille ist nach der Verordnung (EU) 2016/1191 nicht erforderlich.

Die Richtigkeit und Vollständigkeit der vorstehenden Übersetzung wird bescheinigt.
Lachendorf, den 02.06.2025
{P("Ewa Sobczak-Hertel")}, allgemein beeidigte Übersetzerin für die polnische Sprache
{A("Mühlenstraße 8")}, {A("29331 Lachendorf")}"""
    add("word", "ocr-urkunde-pl", text)


# ================================================================ 015 Ukrainian mother, patronymic for newborn
def d015():
    p1, p2 = pass_ua(), pass_ua()
    t1, t2 = mobile(0), phone_ua()
    text = f"""Betreff: Geburtsurkunde für meine Tochter – Vatersname bitte

Sehr geehrte Damen und Herren,

ich bin {P("Iryna Bondarenko")}, geboren {DOB("25.02.1995")} in Kyjiw, wohne jetzt in Celle, {A("Alte Dorfstraße 14")}, {A("29227 Celle")}. Am {DOB("08.06.2025")} ist meine Tochter {P("Sofiia")} im Krankenhaus Celle geboren.

Mein Mann {P("Oleksandr Bondarenko")} ist in der Ukraine, er darf nicht ausreisen. In der Ukraine bekommt jedes Kind den Vatersnamen, für unsere Tochter ist das „{P("Oleksandrivna")}“. Können Sie in der deutschen Geburtsurkunde schreiben: {P("Sofiia Oleksandrivna Bondarenko")}? Für das ukrainische Konsulat ist es sehr wichtig, sonst gibt es Probleme mit dem Pass für das Kind.

Unsere Heiratsurkunde aus Kyjiw hat Apostille, die Übersetzung macht Frau {P("Natalija Hoffmann")} aus Hannover, sie ist vereidigt.
Mein Reisepass: {PASS(p1)}. Reisepass von meinem Mann (Kopie): {PASS(p2)}.
Muss mein Mann etwas unterschreiben? Er kann zur deutschen Botschaft in Kyjiw gehen, aber das dauert lange.

Meine Telefonnummer: {T(t1)}
Mein Mann (Viber/WhatsApp): {T(t2)}

Vielen Dank und freundliche Grüße
{P("Iryna Bondarenko")}
{P("Ірина Бондаренко")}"""
    add("outlook", "geburt-vatersname-ua", text)


# ================================================================ 016 subsequent registration of a birth abroad, noble particle
def d016():
    ps = ids.passport(check_digit=True)
    pu = pass_ua()
    text = f"""Standesamt Celle                                                  Celle, 13.06.2025
Sachgebiet Auslandsbeurkundungen                                  Az. {AZ("G-N 09/2025")}

Vermerk: Nachbeurkundung einer Auslandsgeburt (§ 36 PStG)

Antragsteller:  {P("Dr. Clemens Freiherr von Ahlden-Rössing")}, geb. {DOB("02.05.1979")} in Hannover
                deutscher Reisepass {PASS(ps)}
                {A("Hehlentorstraße 5")}, {A("29223 Celle")}
Mutter:         {P("Khrystyna Melnyk")}, geb. {DOB("11.07.1990")} in Lwiw, ukrainische Staatsangehörige,
                Reisepass {PASS(pu)}; Anschrift in der Ukraine: {A("вул. Городоцька, 112")}, кв. 7, {A("79000 Львів")}
Kind:           {P("Emilia Klymentiivna")} (ukrainische Geburtsurkunde), geb. {DOB("24.03.2023")} in Lwiw

1. Vorgelegt: ukrainische Geburtsurkunde (Серія {N("I-СГ")} № {N("418305")}) mit Apostille Nr. {N("51204/2023")} und Übersetzung; Vaterschaftsanerkennung vor dem Generalkonsulat; Sorgeerklärungen.

2. Das Kind hat durch den Vater die deutsche Staatsangehörigkeit erworben (§ 4 Abs. 1 StAG). Für den Namen gilt deutsches Recht. Der Vatersname „{P("Klymentiivna")}“ ist kein Bestandteil des Namens nach deutschem Recht und wird nicht übernommen.

3. Die Eltern haben den Familiennamen des Vaters zum Geburtsnamen bestimmt. Der frühere Adelstitel ist Namensbestandteil und wird in der weiblichen Form geführt: {P("Emilia Freiin von Ahlden-Rössing")}.

4. Gebühr 60,00 EUR, Kassenzeichen {AZ("5.0211.207731")}, Zahlungseingang 12.06.2025.

5. Beurkundung im Geburtenregister; Registernummer wird nach Eintragung nachgetragen. Mitteilung an die Meldebehörde und das Generalkonsulat.

{P("Rabe")}, Standesbeamter"""
    add("word", "vermerk-nachbeurkundung-geburt", text)


# ================================================================ 017 lawyer, stepfather's name for child
def d017():
    t1, tf = landline("05141", 2), landline("05141", 2)
    text = f"""Von: Kanzlei {P("Güler-Brinkmann")} <{E("kanzlei@gueler-brinkmann.de")}>
An: {N(POSTFACH)}
Betreff: Einbenennung {P("Mia-Sophie Lange")} – Ihr Zeichen unbekannt / unser Zeichen {AZ("241/25 GB")}

Sehr geehrte Damen und Herren,

in der Familiensache meiner Mandantin, Frau {P("Nadine Kruse")}, geb. {P("Lange")}, zeige ich meine Vertretung an; Vollmacht anbei.

Meine Mandantin möchte gemeinsam mit ihrem Ehemann, Herrn {P("Thorsten Kruse")}, dem Kind {P("Mia-Sophie Lange")}, geb. {DOB("15.09.2015")}, den Ehenamen „{P("Kruse")}“ erteilen (§ 1618 BGB). Der Vater des Kindes, Herr {P("Kevin Lange")}, hat die Einwilligung verweigert. Das Amtsgericht Celle hat sie mit Beschluss vom 22.04.2025, Az. {AZ("31 F 77/25")}, ersetzt; der Beschluss ist seit dem 28.05.2025 rechtskräftig. Eine Ausfertigung mit Rechtskraftvermerk füge ich bei.

Das Kind hat das fünfte Lebensjahr vollendet und muss der Einbenennung zustimmen; {P("Mia-Sophie")} wird ihre Mutter zum Termin begleiten.

Ich bitte um einen Termin zur Beurkundung der Erklärungen, möglichst an einem Nachmittag nach 15 Uhr. Die Familie wohnt {A("Im Kreise 12")}, {A("29227 Celle")}.

Mit freundlichen Grüßen

{P("Hatice Güler-Brinkmann")}
Rechtsanwältin
Fachanwältin für Familienrecht

Kanzlei {P("Güler-Brinkmann")}
{A("Schuhstraße 31")} | {A("29221 Celle")}
Telefon {T(t1)} | Telefax {T(tf)}"""
    add("outlook", "anwalt-einbenennung", text)


# ================================================================ 018 wedding plan for Saturday, table
def d018():
    ta, tb, tc, td, te = mobile(0), mobile(1), mobile(5), phone_pl(), mobile(3)
    text = f"""Trauplan Samstag, 12. Juli 2025 – Schloss Celle (Trauzimmer) und Rathaus (Raum 1.01)

Uhrzeit | Paar | Ort | Standesbeamt. | Trauzeugen / Dolmetscher | Rückruf
10:00 | {P("Dariusz Zieliński")} & {P("Justyna Kołodziej")} | Schloss | {P("Oltmanns")} | Dolm. Polnisch: {P("Ewa Sobczak-Hertel")} | {T(td)}
11:00 | {P("Hendrik de Vries")} & {P("Ole Brandes")} | Schloss | {P("Oltmanns")} | {P("Maren Brandes")}, {P("Tjark Ihnen")} | {T(ta)}
12:00 | {P("Rahel Berhane")} & {P("Samuel Kidane")} | Rathaus | {P("Rabe")} | Dolm. Tigrinya: {P("Kibrom Asfaha")} | {T(tb)}
13:30 | {P("Lukas Wendeborn")} & {P("Nguyễn Thị Lan Anh")} | Schloss | {P("Karataş")} | {P("Konstantin Wendeborn")}; Sprachmittlerin {P("Trần Mai Phương")} | {T(te)}
14:30 | {P("Giuseppe Lo Bianco")} & {P("Ana Paula Ferreira da Silva")} | Schloss | {P("Karataş")} | — | {T(tc)}
15:30 | {P("Mustafa Aydın")} & {P("Şeyma Kaya")} | Rathaus | {P("Rabe")} | {P("Emre Aydın")} | über Standesamt

Hinweise:
- 11:00 {P("de Vries")}/{P("Brandes")}: Ehename „{P("Brandes-de Vries")}“ lt. Anmeldung, Urkunde vorher nochmal prüfen.
- 12:00 Urkunden vom OLG (Befreiung) liegen vor; Dolmetscher vereidigen.
- 13:30 Oldtimer und Drohne: Genehmigung Schlossverwaltung liegt nicht vor, Herrn {P("Wendeborn")} informieren.
- Bereitschaft: {P("Dück")} (Telefon {T(DUECK_TEL)})"""
    add("word", "trauplan-tabelle", text, ["SEXUAL_ORIENTATION"])


# ================================================================ 019 Islamic undertaker, repatriation to Turkey
def d019():
    pas = pass_tr()
    rv = ssn("010752", "D", True)
    kv = ids.health_insurance()
    ib = iban_tr()
    t1, t2, t3 = landline("0511", 0), mobile(4), phone_tr()
    tnr = tax_number_nds()
    text = f"""Von: Islamische Bestattungen Nord <{N("info@ib-nord.de")}>
An: {P("Karataş, Aylin")} <{E("aylin.karatas@celle.de")}>
Betreff: DRINGEND Überführung {P("Hüseyin Demir")} nach Kayseri – Sterbeurkunde Formel C

Sehr geehrte Frau {P("Karataş")},

wir haben die Überführung von Herrn {P("Hüseyin Demir")} (geb. {DOB("01.07.1952")}, verstorben am 24.06.2025 im AKH Celle, zuletzt wohnhaft {A("Fritzenwiese 31")}, {A("29221 Celle")}) übernommen. Die rituelle Waschung und das Totengebet finden morgen in der Moschee in Hannover statt, der Flug nach Kayseri geht am Samstag um 06:15 ab Hannover.

Das Generalkonsulat stellt den Leichenpass nur aus, wenn die internationale Sterbeurkunde (Formel C) vorliegt. Könnten wir diese bitte bis Freitag 12 Uhr abholen? Unser Fahrer {P("Ramazan Koç")} kommt mit dem Überführungswagen {KFZ("H-IB 2207")} direkt zum Rathaus.

Daten für die Unterlagen:
- türkischer Reisepass des Verstorbenen: {PASS(pas)}
- Rentenversicherungsnummer (für die Witwenrente): {SSN(rv)}
- Krankenversichertennummer: {KV(kv)}
- Ehefrau: {P("Fatma Demir")}, geb. {P("Aksoy")}, geb. {DOB("15.3.1956")}, gleiche Anschrift; Sohn {P("Mehmet Ali Demir")}, Tel. {T(t2)}
- Familie in Kayseri: Bruder {P("Mustafa Demir")}, {T(t3)}

Die Erstattung der Vorauszahlung geht laut Familie auf das türkische Konto der Witwe: {IBAN(ib)}.

Mit freundlichen Grüßen / Saygılarımızla
{P("Selim Arslan")}
Islamische Bestattungen Nord · {A("Vahrenwalder Straße 160")} · {A("30165 Hannover")}
Tel. {T(t1)} · St.-Nr. {TNR(tnr)}"""
    add("outlook", "ueberfuehrung-bestatter", text, ["RELIGION"])


# ================================================================ 020 fee notice for death certificates
def d020():
    city_iban = group(ids.iban_de(), 4)
    text = f"""Stadt Celle
Der Oberbürgermeister
Standesamt

Stadt Celle · {N(RATHAUS_STR)} · {N(RATHAUS_ORT)}

Frau
{P("Gesine Harms-Lüdecke")}
{A("Am Ohlhagen 22")}
{A("29227 Celle")}

Kassenzeichen: {AZ("5.0212.118204")}
Sterbefall: {P("Hedwig Harms")}, Registernummer {AZ("S 0771/2025")}
Datum: 19.06.2025

Gebührenbescheid

Sehr geehrte Frau {P("Harms-Lüdecke")},

für die Ausstellung von fünf Sterbeurkunden über den Sterbefall Ihrer Mutter, Frau {P("Hedwig Harms")}, geb. {P("Lüders")}, werden nach dem Niedersächsischen Verwaltungskostengesetz und der Gebührenordnung folgende Gebühren festgesetzt:

  1 Sterbeurkunde ............................... 12,00 EUR
  4 weitere Sterbeurkunden (je 6,00 EUR) ......... 24,00 EUR
  1 Urkunde für Rentenzwecke ...................... gebührenfrei
  Summe ........................................... 36,00 EUR

Bitte überweisen Sie den Betrag bis zum 10.07.2025 unter Angabe des Kassenzeichens auf das Konto der Stadtkasse Celle, IBAN {N(city_iban)}.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Lüneburg erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
{P("Marina Dück")}
Telefon {T(DUECK_TEL)} · Zentrale {N(ZENTRALE)}"""
    add("word", "gebuehrenbescheid-sterbeurkunden", text)


# ================================================================ 021 staff reply above, citizen's mail quoted with '>'
def d021():
    tm, tv, tk = tax_id(1), tax_id(0), tax_id(2)
    t1 = mobile(2)
    text = f"""Betreff: AW: Steuer-ID von unserem Sohn kommt nicht

Sehr geehrte Frau {P("Schulte-Ebbinghaus")},

die Steuer-Identifikationsnummer vergibt das Bundeszentralamt für Steuern, nicht das Standesamt. Wir haben die Geburt Ihres Sohnes am 20.05.2025 beurkundet; die Meldebehörde hat die Daten danach an das Bundeszentralamt weitergegeben. Wenn der Brief nicht ankommt, können Sie die Nummer dort über das Eingabeformular erneut anfordern.

Bitte schicken Sie uns Ihre eigene Steuer-ID oder die Ihres Mannes nicht per E-Mail; wir benötigen sie nicht.

Mit freundlichen Grüßen
{P("Birte Oltmanns")}
Standesamt Celle · {N(POSTFACH)} · {N(ZENTRALE)}

> Von: {P("Kerstin Schulte-Ebbinghaus")} <{E("kerstin.se@web.de")}>
> Gesendet: Freitag, 13. Juni 2025 21:03
> Betreff: Steuer-ID von unserem Sohn kommt nicht
>
> Hallo liebes Standesamt,
> unser Sohn {P("Jonte")} ist am {DOB("17.05.2025")} geboren (Registernummer {AZ("G 0987/2025")}
> steht auf der Geburtsurkunde). Die Familienkasse will für das Kindergeld seine
> Steuer-ID, aber es kam noch kein Brief. Können Sie nachschauen?
> Zur Sicherheit meine Steuer-ID: {TID(tm)}, die von meinem Mann
> {P("Lars Ebbinghaus")}: {TID(tv)}. Unsere Tochter {P("Merle")} (2021) hat
> {TID(tk)}, vielleicht hilft das beim Suchen?
> Wir wohnen {A("Zum Sandberg 7")}, {A("29229 Celle")}. Tel. {T(t1)}
> Danke!! {P("Kerstin")}"""
    add("outlook", "antwort-steuerid-kind", text)


# ================================================================ 022 hospital birth notifications, CSV without header
def d022():
    rows = [
        ("2025-06-16", "03:42", "w", "Lea Marie", "Schünemann", "Schünemann, Vanessa", "1998-03-11",
         "Schünemann, Timo", "Hohe Wende 17", "29223 Celle"),
        ("2025-06-16", "11:05", "m", "Yusuf", "Al-Hamdan", "Al-Sayed, Hiba", "1996-10-02", "Al-Hamdan, Mohammad",
         "Fuhrberger Straße 88", "29225 Celle"),
        ("2025-06-17", "00:58", "m", "Matteo", "Lo Bianco", "Ferreira da Silva, Ana Paula", "1994-01-29",
         "Lo Bianco, Giuseppe", "Lüneburger Straße 3", "29221 Celle"),
        ("2025-06-17", "14:20", "w", "Amira", "Rashid", "Rashid, Nour", "2003-07-14", "", "Speicherstraße 12",
         "29221 Celle"),
        ("2025-06-18", "07:31", "w", "Frieda", "Heuer", "Heuer, Anne-Kathrin", "1987-05-05", "Meinecke, Ole",
         "Ringstraße 41", "29303 Bergen"),
        ("2025-06-18", "19:47", "m", "Tymofii", "Shevchuk", "Shevchuk, Daryna", "2000-12-23", "Shevchuk, Bohdan",
         "Welfenallee 2", "29225 Celle"),
        ("2025-06-19", "23:59", "w", "Liya", "Gebreyesus", "Gebreyesus, Senait", "1997-02-18",
         "Okbay, Filmon", "Neue Straße 6", "29223 Celle"),
    ]
    lines = []
    for r in rows:
        father = P(r[7]) if r[7] else "unbekannt"
        lines.append(";".join([r[0], r[1], r[2], P(r[3]), P(r[4]), P(r[5]), DOB(r[6]), father,
                               A(r[8]) + ", " + A(r[9])]))
    text = "\n".join(lines) + "\n"
    add("word", "csv-geburtsanzeigen", text)


# ================================================================ 023 Yazidi family, transliteration of names
def d023():
    t1 = mobile(0)
    text = f"""Betreff: Falsche Schreibweise Namen meiner Eltern im Eheregister

Guten Tag Herr {P("Rabe")},

ich schreibe für meine Eltern, weil ihr Deutsch noch nicht so gut ist. Mein Name ist {P("Dilan Xelef")}, ich bin die Tochter von {P("Xidir Xelef Şemo")} und {P("Nazê Hesen Ebdo")}.

Wir sind Jesiden aus Şingal (Irak) und seit 2016 in Deutschland. Meine Eltern haben 1998 in unserem Dorf nur vor dem Scheich religiös geheiratet. Die Ehe wurde 2024 über das Familiengericht anerkannt und bei Ihnen nachbeurkundet.

Jetzt haben wir die Heiratsurkunde bekommen und die Namen sind anders als in allen anderen Papieren:
- Vater: in der Urkunde „{P("Khidir Khalaf Shammo")}“ (so hat es das BAMF 2016 geschrieben), im irakischen Ausweis auf Kurmanci „{P("Xidir Xelef Şemo")}“
- Mutter: in der Urkunde „{P("Naze Hassan Abdo")}“, richtig ist „{P("Nazê Hesen Ebdo")}“
- Geburtsdatum Vater: in der Urkunde {DOB("01.07.1969")}, aber im irakischen Ausweis steht {DOB("1.7.1967")}.

Beim Jobcenter und bei der Ausländerbehörde gibt es deswegen immer Probleme, weil niemand weiß, welche Schreibweise richtig ist. Können Sie die Urkunde berichtigen? Brauchen Sie dafür einen Übersetzer für Kurmanci?

Meine Eltern wohnen {A("Welfenallee 47")}, {A("29225 Celle")}. Am besten erreichen Sie mich unter {T(t1)} oder {E("dilan.xelef@gmail.com")}.

Vielen Dank
{P("Dilan Xelef")}"""
    add("outlook", "schreibweise-jesidisch", text, ["RELIGION", "ETHNICITY"])


# ================================================================ 024 leaving the church, Lower Saxony, form
def d024():
    i1, i2 = ids.id_card(check_digit=True), ids.id_card(check_digit=True)
    text = f"""Standesamt Celle
Niederschrift über die Erklärung des Austritts aus einer Religionsgemeinschaft
(Kirchenaustrittsgesetz Niedersachsen)

Lfd. Nr. {AZ("KA 0388/2025")}                                              Datum: 24.06.2025

Erklärende Person
Name, Vorname(n):     {P("Janssen-Ahrens, Dr. Wiebke Henrike")}
Geburtsname:          {P("Janssen")}
geboren am / in:      {DOB("7. Januar 1979")} / Emden
Anschrift:            {A("Bahnhofstraße 30a")}, {A("29221 Celle")}
ausgewiesen durch:    Personalausweis {IDC(i1)}

Religionsgemeinschaft:       evangelisch-lutherisch (Landeskirche Hannovers)
Taufe (soweit bekannt):      1979, Ev.-luth. Kirchengemeinde Emden

Die erklärende Person erklärt ihren Austritt aus der oben genannten Religionsgemeinschaft mit Wirkung für das bürgerliche Recht.

Zugleich erklärt ihr Ehemann {P("Jens Ahrens")}, geb. {DOB("28.02.1976")}, gleiche Anschrift, Personalausweis {IDC(i2)}, seinen Austritt aus der römisch-katholischen Kirche (Bistum Hildesheim), Lfd. Nr. {AZ("KA 0389/2025")}.

Gebühr je Erklärung: 30,00 EUR – bezahlt (EC-Karte).
Bescheinigungen ausgehändigt. Mitteilung an das Kirchenamt und an die Meldebehörde erfolgt.

_____________________________               _____________________________
{P("W. Janssen-Ahrens")}                              {P("J. Ahrens")}

_____________________________
{P("Karataş")}, Standesbeamtin"""
    add("word", "niederschrift-kirchenaustritt", text, ["RELIGION"])


# ================================================================ 025 Tigrinya interpreter, lower case, invoice data
def d025():
    vat = ids.vat_id()
    tnr = tax_number_nds_federal()
    ib = iban_de(spaced=False)
    t1 = mobile(0)
    text = f"""Von: {E("kibrom.asfaha@t-online.de")}
An: {P("Karataş, Aylin")}
Betreff: Re: dolmetschen trauung 12.7. berhane/kidane

hallo frau {P("karataş")}

ja 12.7. um 12 im rathaus geht klar, ich bin um halb 12 da für die vereidigung. die braut {P("rahel")} hat nochmal angerufen, ihre mutter kommt auch aus frankfurt, also bitte 3 stühle mehr.
zu den namen: bei {P("samuel kidane")} ist „{P("kidane")}“ der vorname vom vater, kein familienname. er möchte trotzdem dass es so in der urkunde steht wie im reiseausweis, also {P("Kidane")}.

honorar wie immer nach jveg 85 eur/std + fahrtkosten aus hannover, rechnung schicke ich danach.
bankverbindung: {IBAN(ib)}
ust-id {VAT(vat)}, steuernr {TNR(tnr)}

gruß
{P("kibrom asfaha")}
dolmetscher tigrinya/amharisch, allgemein beeidigt (OLG Celle)
{T(t1)}"""
    add("outlook", "dolmetscher-tigrinya", text)


# ================================================================ 026 certificate: acknowledgement of paternity before birth
def d026():
    pp = ids.passport(check_digit=True)
    pl = pl_id_card()
    text = f"""Urkundenrolle Nr. {AZ("UR 57/2025")}
Standesamt Celle

Anerkennung der Vaterschaft und Zustimmung der Mutter (§§ 1594 ff. BGB, § 44 PStG)

Heute, am 26. Juni 2025, erschienen vor mir, der Standesbeamtin {P("Birte Oltmanns")}:

1. Herr {P("Tobias Meinecke")}, geboren am {DOB("3. November 1986")} in Celle, deutscher Staatsangehöriger, wohnhaft {A("Sägemühlenstraße 11")}, {A("29221 Celle")}, ausgewiesen durch deutschen Reisepass Nr. {PASS(pp)},

2. Frau {P("Marta Grabowska")}, geboren am {DOB("19. Mai 1993")} in Poznań, polnische Staatsangehörige, wohnhaft {A("Sägemühlenstraße 11")}, {A("29221 Celle")}, ausgewiesen durch polnischen Personalausweis (dowód osobisty) Nr. {IDC(pl)}.

Der Erschienene zu 1. erklärte:
Ich erkenne an, der Vater des Kindes zu sein, das Frau {P("Marta Grabowska")} erwartet. Voraussichtlicher Geburtstermin: 30.09.2025.

Die Erschienene zu 2. erklärte:
Ich stimme der Anerkennung der Vaterschaft durch Herrn {P("Meinecke")} zu. Ich bin nicht verheiratet; eine Ledigkeitsbescheinigung des Standesamtes Poznań liegt vor.

Die Beteiligten wurden darauf hingewiesen, dass die Anerkennung erst mit der Geburt wirksam wird und dass gemeinsame Sorgeerklärungen beim Jugendamt oder bei einem Notar abgegeben werden können.

Vorgelesen, genehmigt und eigenhändig unterschrieben:

{P("Tobias Meinecke")}             {P("Marta Grabowska")}             {P("Oltmanns")}, Standesbeamtin

Beglaubigte Abschriften an: Vater, Mutter, Jugendamt Stadt Celle, Standesamt des künftigen Geburtsortes."""
    add("word", "urkunde-vaterschaftsanerkennung", text)


# ================================================================ 027 citizen in Brazil asks for certificate with apostille, pays by card
def d027():
    cc = mastercard()
    t1 = phone_br()
    text = f"""De: {P("Juliana Krüger Albuquerque")} <{E("ju.kruger.alb@uol.com.br")}>
Para: {N(POSTFACH)}
Assunto / Betreff: Heiratsurkunde meiner Eltern mit Apostille (für die brasilianische Staatsbürgerschaft)

Sehr geehrte Damen und Herren,

ich lebe seit 15 Jahren in São Paulo und spreche leider nicht mehr perfekt Deutsch, bitte entschuldigen Sie Fehler.

Ich brauche die Heiratsurkunde meiner Eltern für ein Verfahren bei der Polícia Federal. Meine Eltern haben 1988 in Celle geheiratet:
Vater: {P("Reinhard Krüger")}, geb. {DOB("14.06.1958")} in Celle
Mutter: {P("Márcia Albuquerque Krüger")} (geb. {P("Albuquerque")}), geb. {DOB("02/09/1962")} in Salvador (Bahia)
Das Registernummer ist vielleicht {AZ("E 312/1988")}, so steht es auf einer alten Kopie.

Mein Vater ist 2019 verstorben, meine Mutter lebt bei mir. Die Urkunde muss eine Apostille haben. Können Sie das für mich beantragen oder muss ich das selbst machen? Ich kann nicht nach Deutschland kommen.

Für die Gebühren können Sie meine Kreditkarte belasten: Mastercard {CC(cc)}, gültig bis 08/27, Karteninhaberin {P("Juliana K. Albuquerque")}.

Meine Adresse:
{P("Juliana Krüger Albuquerque")}
{A("Rua Haddock Lobo 595")}, apto. 81 – Cerqueira César
{A("01414-001 São Paulo – SP")}
Brasilien
Telefon/WhatsApp: {T(t1)}

Muito obrigada und viele Grüße
{P("Juliana")}"""
    add("outlook", "anfrage-ausland-apostille", text)


# ================================================================ 028 reply letter to a genealogist in the USA
def d028():
    text = f"""Stadt Celle · Standesamt · {N(RATHAUS_STR)} · {N(RATHAUS_ORT)}

Mr.
{P("Harold J. Brinkmann")}
{A("1418 Maple Ridge Drive")}
{A("Milwaukee WI 53202")}
USA

Ihre Anfrage vom 2. Juni 2025 – Familienforschung {P("Brinkmann")} / {P("Wöhlke")}
Unser Zeichen: {AZ("StA-Ausk 146/2025")}

Sehr geehrter Herr {P("Brinkmann")},

vielen Dank für Ihre Anfrage. In unseren Registern haben wir folgende Einträge gefunden:

• Geburtsregister {AZ("G 411/1902")}: {P("Heinrich August Brinkmann")}, geboren am {DOB("9. März 1902")} in Celle, Sohn des Schuhmachers {P("Wilhelm Brinkmann")} und der {P("Dorothea Brinkmann")} geb. {P("Wöhlke")}.
• Heiratsregister {AZ("H 87/1926")}: Eheschließung von {P("Heinrich August Brinkmann")} mit {P("Anna Sophie Meyer")}, geboren am {DOB("23.11.1904")} in Altencelle, am 15. Mai 1926.
• Ein Sterbeeintrag für {P("Wilhelm Brinkmann")} liegt in Celle nicht vor; nach einem Randvermerk ist er 1931 in Bremen verstorben.

Personenstandsregister werden nach Ablauf der Fortführungsfristen (Geburtenregister 110 Jahre, Heiratsregister 80 Jahre) an das Stadtarchiv abgegeben. Die Einträge zu 1902 und 1926 befinden sich deshalb im Stadtarchiv Celle; dort erhalten Sie Kopien. Ihre Anfrage haben wir mit Ihrem Einverständnis weitergeleitet.

Mit freundlichen Grüßen
Im Auftrag
{P("Jörn-Hendrik Rabe")}"""
    add("word", "antwort-familienforschung", text)


# ================================================================ 029 hospital: stillbirth, parents wish to register the child
def d029():
    t1 = mobile(1)
    text = f"""Von: {P("Wiebke Lampe")} – Kreißsaal <{E("w.lampe@akh-celle.de")}>
An: {N(POSTFACH)}
Betreff: Anzeige einer Totgeburt / Sternenkind – Familie {P("Oehlmann")}

Liebes Team vom Standesamt,

wir zeigen Ihnen eine Totgeburt an: Am {DOB("21.06.2025")} um 16:40 Uhr wurde bei uns ein Mädchen tot geboren, 34. Schwangerschaftswoche, Gewicht 1.980 g. Die Bescheinigung der Ärztin liegt der Anzeige bei (Post folgt).

Die Eltern sind {P("Katrin Oehlmann")}, geb. {DOB("12.10.1990")}, und {P("Sebastian Oehlmann")}, geb. {DOB("08.04.1988")}, {A("Hafenstraße 3")}, {A("29223 Celle")}. Die Eltern möchten, dass das Kind mit den Vornamen {P("Ida Marlene")} in das Geburtenregister eingetragen wird. Die Mutter liegt noch bei uns auf Station und kann nicht persönlich kommen; der Vater wird sich bei Ihnen melden ({T(t1)}).

Bitte gehen Sie behutsam vor, die Familie hat ausdrücklich um einen festen Ansprechpartner gebeten.

Herzliche Grüße
{P("Wiebke Lampe")}
Hebamme, Kreißsaal
Allgemeines Krankenhaus Celle, Zentrale {N("05141 72-0")}"""
    add("outlook", "totgeburt-anzeige", text, ["HEALTH"])


# ================================================================ 030 internal handover notes
def d030():
    t1, t2, t3 = mobile(0), landline("05141", 4), mobile(2)
    t4 = landline("05145", 0)
    text = f"""Übergabe Standesamt – Woche 26 ({P("Oltmanns")} → {P("Rabe")}/{P("Dück")})

- {P("Wiśniewski")}, {AZ("G 1203/2025")}: Geburt {P("Zofia")} – Eltern wollen weibliche Namensform „{P("Wiśniewska")}“. Polnisches Recht anwendbar, Erklärung möglich. Termin mit beiden Eltern steht noch aus (Herr {P("Wiśniewski")} ruft an).
- {P("Lühmann")} (Sterbefall {AZ("S 0811/2025")}): Witwe kommt Do mit Sohn. Frau {P("Lühmann")} ist gehbehindert (Rollator) → Termin im EG, Raum 0.08.
- Betreuung: Für Herrn {P("Erwin Stöver")}, geb. {DOB("05.05.1940")}, Pflegeheim Haus Allerblick, {A("Am Weiher 4")}, {A("29229 Celle")}, beantragt die Betreuerin {P("Sandra Pahl-Lindner")} eine Geburtsurkunde. Herr {P("Stöver")} ist dement und kann nicht selbst unterschreiben; Betreuerausweis AG Celle {AZ("25 XVII 318/23")} liegt in Kopie vor. Frau {P("Pahl-Lindner")}: {T(t2)}, {E("pahl-lindner@betreuungsbuero-celle.de")}.
- {P("Habte")}/{P("Tesfamariam")}: VA vor Geburt, Dolmetscherin Tigrinya noch suchen. Ansprechpartnerin {P("S. Mehari")} (Diakonie).
- {P("Xelef")}: Berichtigung Heiratseintrag, Schreibweise Kurmanci – vorher beim Landkreis wegen Namensangleichung nachfragen. Tochter {P("Dilan")}: {T(t1)}.
- Herr {P("Pjotr Ivanovič Sokolov")} (Spätaussiedler, Vatersname „{P("Ivanovič")}“): Erklärung nach § 94 BVFG am 30.06., 9 Uhr; will künftig „{P("Peter Sokolow")}“ heißen. Anschrift {A("Ludwigstraße 15")}, {A("29308 Winsen (Aller)")}, Tel. {T(t4)}.
- Rückruf erbeten: Frau Dr. {P("Hollerbach-Sánchez")} (Vorname laut Zettel {P("Inés")}), Heiratsurkunde aus Spanien, {T(t3)}.
- Urkundenbestellung {AZ("OB-2025-061187")} doppelt belastet → Kasse informiert, Erstattung läuft.

Sonst nichts Besonderes. Schlüssel Trauzimmer Schloss liegt wieder im Tresor."""
    add("word", "uebergabe-notizen", text, ["HEALTH"])


for fn in [d001, d002, d003, d004, d005, d006, d007, d008, d009, d010, d011, d012, d013, d014, d015,
           d016, d017, d018, d019, d020, d021, d022, d023, d024, d025, d026, d027, d028, d029, d030]:
    fn()

with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
    for d in docs:
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
