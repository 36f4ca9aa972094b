"""Batch 79: 30 documents from the (invented) Bavarian district office Landratsamt Altmühlgau: naturalisation
(Einbürgerung), parental allowance (Elterngeld), severe-disability matters, the adult-guardianship authority
(Betreuungsbehörde, with the Betreuungsgericht and professional Betreuer) and the driving-licence office. Bosnian,
Albanian, Nigerian, Indian, Brazilian and Austrian residents and Bavarian families write, are written to, are noted.
Every person, address and number is invented."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)  # marks.py and identifiers.py sit beside this file
from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban  # noqa: E402

ids = Identifiers(7979)
rng = ids.rng


# --- foreign identifiers with their national check digits -------------------------------------------------------
def jmbg(dd, mm, yyyy, region, male):
    """Bosnian JMBG (Jedinstveni matični broj građana), 13 digits DDMMYYYRRBBBK; K = 11 - (7(a1+a7) + 6(a2+a8) +
    5(a3+a9) + 4(a4+a10) + 3(a5+a11) + 2(a6+a12)) mod 11, 11 -> 0, 10 is not issued (serial redrawn)."""
    while True:
        serial = rng.randrange(0, 500) if male else rng.randrange(500, 1000)
        body = f"{dd:02d}{mm:02d}{yyyy % 1000:03d}{region:02d}{serial:03d}"
        a = [int(c) for c in body]
        s = sum(w * (a[i] + a[i + 6]) for i, w in enumerate([7, 6, 5, 4, 3, 2]))
        k = 11 - s % 11
        if k == 10:
            continue
        return body + str(0 if k == 11 else k)


def ba_iban():
    """Bosnia-Herzegovina IBAN: BBAN = 3 bank + 3 branch + 8 account + 2 national check digits (ISO 7064 MOD 97-10
    over the first 14 digits), which makes the IBAN check digits always 39."""
    head = ids.digits(14, first_nonzero=True)
    nat = 98 - int(head + "00") % 97
    iban = mod97_iban("BA", f"{head}{nat:02d}")
    assert iban[2:4] == "39", iban
    return iban


def al_iban():
    """Albanian IBAN: BBAN = 3 bank + 4 branch + 1 national check (weights 9,7,3,1,9,7,3 over bank+branch, mod 10)
    + 16 account characters; then ISO 7064 MOD 97-10."""
    head = rng.choice(["202", "205", "208", "212"]) + ids.digits(4)
    check = sum(int(d) * w for d, w in zip(head, [9, 7, 3, 1, 9, 7, 3])) % 10
    return mod97_iban("AL", head + str(check) + ids.digits(16))


def at_iban():
    """Austrian IBAN: 5-digit bank code + 11-digit account, ISO 7064 MOD 97-10 (no national check)."""
    return mod97_iban("AT", rng.choice(["20404", "35000", "12000", "34000"]) + ids.digits(11))


def at_svnr(ddmmyy):
    """Austrian Sozialversicherungsnummer: 3-digit serial, check digit, birth date DDMMYY; check = sum of digits
    times weights 3,7,9,(check),5,8,4,2,1,6 mod 11; a serial giving 10 is not issued (redrawn)."""
    while True:
        serial = ids.digits(3, first_nonzero=True)
        vals = [int(c) for c in serial + ddmmyy]
        s = sum(v * w for v, w in zip(vals, [3, 7, 9, 5, 8, 4, 2, 1, 6]))
        if s % 11 != 10:
            return f"{serial}{s % 11} {ddmmyy}"


def cpf():
    """Brazilian CPF: 9 digits + 2 check digits, each 11 - (weighted sum mod 11) with weights 10..2 / 11..2,
    results 10 and 11 become 0; printed 000.000.000-00."""
    d = [int(c) for c in ids.digits(9, first_nonzero=True)]
    for n in (10, 11):
        r = sum(v * w for v, w in zip(d, range(n, 1, -1))) % 11
        d.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar():
    """Indian Aadhaar number: 12 digits, first 2-9, last digit the Verhoeff check digit; printed 4-4-4."""
    body = rng.choice("23456789") + ids.digits(10)
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    s = body + str(_VINV[c])
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    assert c == 0
    return group(s, 4)


def in_passport():
    """Indian passport number: 1 letter + 7 digits (layout only, no published check digit)."""
    return rng.choice("JKLMNPRSTUVZ") + ids.digits(7, first_nonzero=True)


def ng_passport():
    """Nigerian passport number: A + 8 digits (layout only)."""
    return "A" + ids.digits(8, first_nonzero=True)


def ng_nin():
    """Nigerian National Identification Number: 11 digits (layout only, no published check)."""
    return ids.digits(11, first_nonzero=True)


def ba_passport():
    """Bosnian passport number: 1 letter + 7 digits (layout only)."""
    return rng.choice("ABC") + ids.digits(7, first_nonzero=True)


def mobile(prefix, n=7):
    return prefix + ids.digits(n, True)


def kv():
    return ids.health_insurance()


def rvnr(ddmmyy, letter):
    s = ids.social_security(ddmmyy, letter)
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"


def iban_de():
    return group(ids.iban_de(), 4)


# --- fixed public (neutral) data of the office ------------------------------------------------------------------
LRA_ADR = "[[N|Landrat-Eberl-Platz 1]], [[N|85129 Altmühlstein]]"
LRA_ADR2 = "[[N|Landrat-Eberl-Platz 1]]\n[[N|85129 Altmühlstein]]"
ZENTRALE = "[[N|08463 907-0]]"
POST = "[[N|poststelle@lra-altmuehlgau.de]]"
EB_MAIL = "[[N|einbuergerung@lra-altmuehlgau.de]]"
EG_MAIL = "[[N|elterngeld@lra-altmuehlgau.de]]"
SB_MAIL = "[[N|schwerbehinderung@lra-altmuehlgau.de]]"
BT_MAIL = "[[N|betreuungsstelle@lra-altmuehlgau.de]]"
FS_MAIL = "[[N|fuehrerschein@lra-altmuehlgau.de]]"
AG = "Amtsgericht Altmühlstein – Betreuungsgericht –"
AG_ADR = "[[N|Gerichtsgasse 4]], [[N|85129 Altmühlstein]]"

RBB_VG = """Rechtsbehelfsbelehrung:
Gegen diesen Bescheid kann innerhalb eines Monats nach seiner Bekanntgabe Klage erhoben werden bei dem Bayerischen Verwaltungsgericht München, Postfachanschrift: Postfach 20 05 43, 80005 München, Hausanschrift: Bayerstraße 30, 80335 München, schriftlich oder elektronisch in einer für den Schriftformersatz zugelassenen Form. Ein Widerspruchsverfahren findet nicht statt (Art. 12 Abs. 2 AGVwGO)."""

RBB_SG = """Rechtsbehelfsbelehrung:
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich, in elektronischer Form oder zur Niederschrift beim Landratsamt Altmühlgau, """ + LRA_ADR + """, einzulegen."""

DOCS = []

# ---------------------------------------------------------------------------------------------------------------
# 1 Bosnian applicant asks about naturalisation, fee already paid from his brother's account
p1 = ba_passport()
j1 = jmbg(14, 8, 1986, 17, True)
ba1 = ba_iban()
DOCS.append(("outlook", "einbuergerung_anfrage_bosnien", f"""Von: [[P|Emir Hodžić]] <[[E|emir.hodzic86@gmail.com]]>
Gesendet: Montag, 9. März 2026 21:14
An: {EB_MAIL}
Betreff: Einbürgerung - Frage wegen Unterlagen und Gebühr

Sehr geehrte Damen und Herren,

ich heiße [[P|Emir Hodžić]], geboren [[DOB|14.08.1986]] in Zenica, und lebe seit 2015 mit meine Familie in Deutschland. Adresse: [[A|Am Schanzl 6]], [[A|85134 Stammham-Ost]]. Seit neue Gesetz brauche ich nicht mehr die bosnische Staatsangehörigkeit aufgeben, richtig?

Meine Frau [[P|Amra]] möchte auch zusammen mit mir den Antrag machen und unsere zwei Kinder auch. Ich habe gültige Reisepass von Bosnien, Nummer [[PASS|{p1}]], meine JMBG ist [[IDC|{j1}]] falls Sie das brauchen für Geburtsurkunde.

Die Gebühr 255 Euro hat mein Bruder [[P|Senad Hodžić]] schon überwiesen von seine Konto in Sarajevo, IBAN [[IBAN|{group(ba1, 4)}]], Verwendungszweck "Einbürgerung [[P|Hodžić]]". Ist das so okay oder muss ich nochmal zahlen?

Ich arbeite Schicht bei Audi, Sie können mich am besten anrufen nach 15 Uhr: [[T|0176 {ids.digits(8, True)}]].

Mit freundlichen Grüßen
[[P|Emir Hodžić]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 2 Acknowledgement of receipt with list of missing documents, family table
az2 = f"EB-{ids.digits(4, True)}/26-13"
DOCS.append(("word", "einbuergerung_eingangsbestaetigung_familie", f"""Landratsamt Altmühlgau · Sachgebiet 13 – Staatsangehörigkeit · {LRA_ADR}

Herrn
[[P|Emir Hodžić]]
Frau
[[P|Amra Hodžić]]
[[A|Am Schanzl 6]]
[[A|85134 Stammham-Ost]]

Ihr Zeichen: –
Unser Zeichen: [[AZ|{az2}]]
Sachbearbeiterin: [[P|Monika Hierl]], Zimmer 1.14
Telefon: [[T|08463 907-1312]]
E-Mail: [[E|monika.hierl@lra-altmuehlgau.de]]
Datum: 24.03.2026

Antrag auf Einbürgerung – Eingangsbestätigung und Nachforderung von Unterlagen

Sehr geehrter Herr [[P|Hodžić]], sehr geehrte Frau [[P|Hodžić]],

Ihr Antrag ist am 16.03.2026 bei uns eingegangen. Er wird unter dem oben genannten Zeichen geführt. In das Verfahren sind einbezogen:

Name | Vorname | Geburtsdatum | Geburtsort
[[P|Hodžić]] | [[P|Emir]] | [[DOB|14.08.1986]] | Zenica
[[P|Hodžić]], geb. [[P|Begović]] | [[P|Amra]] | [[DOB|02.11.1989]] | Tuzla
[[P|Hodžić]] | [[P|Lejla]] | [[DOB|07.05.2016]] | Ingolstadt
[[P|Hodžić]] | [[P|Tarik]] | [[DOB|30.01.2020]] | Ingolstadt

Die bei Ihnen eingegangene Zahlung über 255,00 EUR konnten wir zuordnen. Für Frau [[P|Hodžić]] und die Kinder fallen weitere Gebühren an (255,00 EUR bzw. je 51,00 EUR), die Zahlungsaufforderung folgt gesondert. Nach dem seit 27.06.2024 geltenden Recht müssen Sie die bosnisch-herzegowinische Staatsangehörigkeit nicht aufgeben.

Bitte reichen Sie noch ein:
1. Nachweis über Sprachkenntnisse B1 (Frau [[P|Hodžić]]),
2. Lohnabrechnungen der letzten sechs Monate,
3. Rentenversicherungsverlauf,
4. Mietvertrag bzw. Nachweis über ausreichenden Wohnraum.

Mit freundlichen Grüßen
Im Auftrag

[[P|Hierl]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 3 Phone note: Albanian applicant about release from citizenship, refund to Albanian account
al3 = al_iban()
az3 = f"EB-{ids.digits(4, True)}/25-13"
DOCS.append(("word", "einbuergerung_telefonvermerk_albanien", f"""Aktenvermerk – Telefonat

Az.: [[AZ|{az3}]]
Datum/Uhrzeit: 02.04.2026, 10:40 Uhr
Gesprächspartnerin: Frau [[P|Elira Hoxha]], geb. [[DOB|3. Juni 1991]], [[A|Ringstraße 41a]], [[A|85092 Kösching-Nord]]
Rückrufnummer: [[T|+49 1523 {ids.digits(7, True)}]]

Frau [[P|Hoxha]] fragt, ob sie das bereits beim albanischen Generalkonsulat in München beantragte Verfahren auf Entlassung aus der albanischen Staatsangehörigkeit noch weiterbetreiben muss. Ich habe erklärt, dass Mehrstaatigkeit seit dem 27.06.2024 hingenommen wird und die Entlassung für die Einbürgerung nicht mehr erforderlich ist; ob sie die albanische Staatsangehörigkeit behalten möchte, ist ihre Entscheidung.

Weiter fragt Frau [[P|Hoxha]], ob die 2023 gezahlte Gebühr für die damals erteilte Einbürgerungszusicherung angerechnet bzw. erstattet werden kann. Sie hat inzwischen kein deutsches Konto mehr auf ihren Namen (Konto läuft über den Ehemann, Herrn [[P|Dritan Hoxha]]) und bittet ggf. um Überweisung auf ihr Konto bei der Banka Kombëtare Tregtare, IBAN [[IBAN|{al3}]].
Auskunft: Anrechnung nicht möglich, Erstattung nur bei Rücknahme des Antrags anteilig. Sie überlegt es sich und meldet sich schriftlich.

Hinweis an [[P|MH]]: Vorgang bitte Wiedervorlage 30.04.

[[P|Kr]] / [[P|A. Kratzer]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 4 Lawyer's mail about inaction, forwarded internally
az4 = f"EB-{ids.digits(4, True)}/24-13"
ng4 = ng_passport()
DOCS.append(("outlook", "einbuergerung_anwalt_untaetigkeit_nigeria", f"""Von: [[P|Andreas Kratzer]] <[[E|andreas.kratzer@lra-altmuehlgau.de]]>
Gesendet: Donnerstag, 16. April 2026 08:05
An: [[P|Hierl, Monika]] <[[E|monika.hierl@lra-altmuehlgau.de]]>
Betreff: WG: Einbürgerungsverfahren [[P|Okafor]] – Ihr Az. [[AZ|{az4}]] – Androhung Untätigkeitsklage

[[P|Moni]], bitte bis Di. kurze Sachstandsnotiz, was fehlt noch? Sicherheitsabfrage war doch schon zurück? Gruß [[P|Andi]]

________________________________________
Von: Kanzlei [[P|Lechner]] & [[P|Oduya]] <[[E|kanzlei@lechner-oduya-recht.de]]>
Gesendet: Mittwoch, 15. April 2026 17:31
An: {EB_MAIL}
Betreff: Einbürgerungsverfahren [[P|Okafor]] – Ihr Az. [[AZ|{az4}]] – Androhung Untätigkeitsklage

Sehr geehrte Damen und Herren,

in der oben bezeichneten Angelegenheit zeigen wir die Vertretung von Herrn [[P|Chukwuemeka Okafor]], geboren am [[DOB|19.02.1984]] in Enugu, wohnhaft [[A|Donaustraße 118]], [[A|85049 Ingolstadt]], an. Vollmacht anbei.

Unser Mandant hat seinen Antrag am 11.07.2024 vollständig eingereicht. Der Sprachnachweis (B1), das Zertifikat „Leben in Deutschland“ sowie der nigerianische Reisepass Nr. [[PASS|{ng4}]] liegen Ihnen vor. Seit der Eingangsbestätigung hat unser Mandant trotz zweier Sachstandsanfragen keinerlei Nachricht erhalten.

Wir setzen Ihnen eine Frist bis zum 15.05.2026, über den Antrag zu entscheiden oder mitzuteilen, welche Unterlagen noch fehlen. Nach fruchtlosem Ablauf werden wir ohne weitere Ankündigung Untätigkeitsklage gemäß § 75 VwGO erheben.

Mit freundlichen Grüßen

[[P|Dr. Ifeoma Oduya]]
Rechtsanwältin
[[P|Lechner]] & [[P|Oduya]] Rechtsanwälte PartG mbB
[[A|Harderstraße 27]] · [[A|85049 Ingolstadt]]
Tel. [[T|0841 {ids.digits(6, True)}]] · Fax [[T|0841 {ids.digits(6, True)}]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 5 Rejection of naturalisation (livelihood), Brazilian applicant
az5 = f"EB-{ids.digits(4, True)}/25-13"
DOCS.append(("word", "einbuergerung_ablehnungsbescheid_brasilien", f"""Landratsamt Altmühlgau
Sachgebiet 13 – Staatsangehörigkeit
{LRA_ADR2}

Gegen Postzustellungsurkunde
Frau
[[P|Mariana Costa Albuquerque]]
[[A|Kastanienweg 3, Whg. 12]]
[[A|85120 Hepberg-Süd]]

Az.: [[AZ|{az5}]]                                   Altmühlstein, 08.05.2026
Sachbearbeiterin: [[P|Monika Hierl]], Tel. [[T|08463 907-1312]], [[E|monika.hierl@lra-altmuehlgau.de]]

Vollzug des Staatsangehörigkeitsgesetzes (StAG);
Ihr Antrag auf Einbürgerung vom 21.10.2025

Das Landratsamt Altmühlgau erlässt folgenden

B e s c h e i d :

1. Der Antrag von Frau [[P|Mariana Costa Albuquerque]], geb. am [[DOB|1990-09-27]] in Belo Horizonte (Brasilien), auf Einbürgerung in den deutschen Staatsverband wird abgelehnt.
2. Frau [[P|Costa Albuquerque]] hat die Kosten des Verfahrens zu tragen. Die Gebühr wird auf 191,25 EUR festgesetzt.

G r ü n d e :

I.
Die Antragstellerin, brasilianische Staatsangehörige, hält sich seit dem 01.09.2017 rechtmäßig im Bundesgebiet auf. Sie bezieht seit Februar 2025 ergänzend Leistungen nach dem Zweiten Buch Sozialgesetzbuch vom Jobcenter Altmühlgau (BG-Nr. [[AZ|{ids.digits(5, True)}BG{ids.digits(7)}]]). Mit Schreiben vom 12.03.2026 wurde sie zur beabsichtigten Ablehnung angehört; eine Stellungnahme ging nicht ein. Ihr Ehemann, Herr [[P|Rodrigo Albuquerque Pinto]], geb. [[DOB|14.02.1987]], ist nicht in das Verfahren einbezogen.

II.
Nach § 10 Abs. 1 Satz 1 Nr. 3 StAG setzt die Anspruchseinbürgerung voraus, dass der Lebensunterhalt ohne Inanspruchnahme von Leistungen nach dem SGB II oder SGB XII bestritten werden kann. Dies ist nicht der Fall. Eine Ausnahme nach § 10 Abs. 1 Satz 1 Nr. 3 Buchst. a bis c StAG liegt nicht vor; insbesondere ist die Antragstellerin nicht seit mindestens 20 der letzten 24 Monate in Vollzeit erwerbstätig. Eine Ermessenseinbürgerung nach § 8 StAG scheidet aus denselben Gründen aus.
Die Kostenentscheidung beruht auf § 38 StAG i. V. m. der StAGebV (Ermäßigung auf 75 % bei Ablehnung).

{RBB_VG}

Hinweis: Ein neuer Antrag kann jederzeit gestellt werden, sobald die Voraussetzungen vorliegen.

Mit freundlichen Grüßen

[[P|Hierl]]
Verwaltungsinspektorin
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 6 Invitation to the naturalisation ceremony in a church hall (venue only)
DOCS.append(("outlook", "einbuergerungsfeier_einladung", f"""Von: Einbürgerung Landratsamt Altmühlgau <{EB_MAIL}>
Gesendet: Freitag, 12. Juni 2026 11:20
An: [[E|arjun.venkataraman@outlook.com]]; [[E|ngozi.okafor@web.de]]; [[E|elira.hoxha91@gmail.com]]; [[E|l.pichler-hofbauer@gmx.at]]; [[E|dritan.shehu@yahoo.de]]
Cc: [[P|Kratzer, Andreas]]; [[P|Hierl, Monika]]
Betreff: Einladung zur Einbürgerungsfeier am 10. Juli 2026

Sehr geehrte Damen und Herren,

Sie haben in den vergangenen Monaten Ihre Einbürgerungsurkunde erhalten oder erhalten sie in den nächsten Wochen. Landrat und Kreistag laden Sie herzlich zur diesjährigen Einbürgerungsfeier ein:

Freitag, 10. Juli 2026, 17:00 Uhr
Pfarrsaal St. Walburga (neben der Kirche), [[N|Kirchplatz 2]], [[N|85129 Altmühlstein]]

Die Pfarrei stellt uns den Saal wie jedes Jahr kostenlos zur Verfügung; die Feier ist keine kirchliche Veranstaltung, alle sind willkommen. Es spricht der Landrat, die Musikschule spielt, danach gibt es einen kleinen Empfang. Familienangehörige sind herzlich eingeladen (bitte max. 3 Begleitpersonen).

Bitte melden Sie sich bis 26.06. an, gerne per Antwort auf diese Mail oder telefonisch bei Frau [[P|Hierl]] ([[T|08463 907-1312]]) bzw. Frau [[P|Yıldırım-Brandl]] ([[T|08463 907-1315]]).

Eine Bitte an Herrn [[P|Shehu]] und Frau [[P|Okafor]]: Sie hatten angeboten, ein paar Sätze zu Ihrem Weg nach Altmühlgau zu sagen – vielen Dank! Frau [[P|Yıldırım-Brandl]] ruft Sie dazu nächste Woche an.

Mit freundlichen Grüßen
Ihr Team Einbürgerung
Landratsamt Altmühlgau
{LRA_ADR}
Tel. {ZENTRALE}
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 7 Elterngeld decision, Bavarian family, mother works at a hospital (workplace only)
az7 = f"EG-{ids.digits(6, True)}"
tid7 = ids.tax_id()
ib7 = iban_de()
DOCS.append(("word", "elterngeld_bewilligungsbescheid", f"""Landratsamt Altmühlgau – Elterngeldstelle – {LRA_ADR}

Frau
[[P|Veronika Stangl]]
[[A|Hofmarkstraße 9]]
[[A|85135 Titting-Emsing]]

Aktenzeichen: [[AZ|{az7}]]
Steuer-ID der Antragstellerin: [[TID|{tid7}]]
Bearbeiterin: [[P|S. Wittmann]], Tel. [[T|08463 907-2207]]
Datum: 19.05.2026

Bescheid über Elterngeld nach dem Bundeselterngeld- und Elternzeitgesetz (BEEG)

Sehr geehrte Frau [[P|Stangl]],

auf Ihren Antrag vom 28.04.2026 wird Ihnen für Ihr Kind [[P|Quirin Stangl]], geboren am [[DOB|17.03.2026]], Elterngeld wie folgt bewilligt:

Lebensmonat | Art | Betrag
1.–2. | Basiselterngeld (unter Anrechnung Mutterschaftsleistungen) | 0,00 EUR
3.–12. | Basiselterngeld | 1.486,20 EUR monatlich
13.–14. | ElterngeldPlus | 743,10 EUR monatlich

Bemessungsgrundlage: Ihr Einkommen aus nichtselbständiger Tätigkeit als Gesundheits- und Krankenpflegerin bei den Kliniken im Naturpark Altmühltal gGmbH im Bemessungszeitraum 03/2025 bis 02/2026 (durchschnittlich 2.286,46 EUR netto). Der Vater, Herr [[P|Johann Stangl]], hat für den 13. und 14. Lebensmonat ebenfalls Elterngeld beantragt; darüber ergeht ein gesonderter Bescheid.

Die Zahlung erfolgt monatlich im Voraus auf das Konto [[IBAN|{ib7}]] (Kontoinhaberin: [[P|Veronika Stangl]]).

Bitte teilen Sie uns unverzüglich mit, wenn Sie während des Bezugs mehr als 32 Wochenstunden arbeiten oder Einkommen erzielen.

{RBB_SG}

Mit freundlichen Grüßen
Im Auftrag
[[P|Stefanie Wittmann]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 8 Brazilian mother, mixed Portuguese/German, reply from Elterngeldstelle on top
cpf8 = cpf()
tid8 = ids.tax_id()
DOCS.append(("outlook", "elterngeld_anfrage_brasilien", f"""Von: [[P|Wittmann, Stefanie]] <[[E|stefanie.wittmann@lra-altmuehlgau.de]]>
Gesendet: Dienstag, 26. Mai 2026 10:02
An: [[P|Luiza Ferreira da Silva]] <[[E|luizafsilva@hotmail.com]]>
Betreff: AW: Elterngeld pedido / Antrag

Sehr geehrte Frau [[P|Ferreira da Silva]],

die brasilianische CPF-Nummer brauchen wir nicht, bitte streichen Sie sie im Formular. Wir benötigen Ihre deutsche Steuer-Identifikationsnummer, Ihren Aufenthaltstitel (Vorder- und Rückseite) und die Geburtsurkunde von [[P|Helena]]. Ihr Partner, Herr [[P|Nascimento dos Santos]], kann Partnermonate beantragen, auch wenn Sie nicht verheiratet sind, er muss dazu die Vaterschaftsanerkennung vorlegen.

Mit freundlichen Grüßen
[[P|Stefanie Wittmann]]
Elterngeldstelle, Tel. [[T|08463 907-2207]]

-----Ursprüngliche Nachricht-----
Von: [[P|Luiza Ferreira da Silva]] <[[E|luizafsilva@hotmail.com]]>
Gesendet: Montag, 25. Mai 2026 23:47
An: {EG_MAIL}
Betreff: Elterngeld pedido / Antrag

Olá / Hallo,

desculpa meu alemão. Ich habe Baby bekommen am [[DOB|4 de maio de 2026]], sie heißt [[P|Helena Ferreira Nascimento]]. Ich will Elterngeld beantragen für 12 Monate. Im Formular steht "Identifikationsnummer", ich habe geschrieben meine CPF [[TID|{cpf8}]] aber meine Freundin sagt das ist falsch?? Ich habe auch so eine Nummer von Finanzamt: [[TID|{tid8[:2]} {tid8[2:5]} {tid8[5:8]} {tid8[8:]}]] – ist das die richtige?

Meu namorado [[P|Thiago]] arbeitet bei Schaeffler in Ingolstadt, er will auch 2 Monate nehmen. Wir sind nicht casados, geht das?

Minha endereço: [[A|Weidenstraße 14]], [[A|85139 Wettstetten-Lenting]]
Celular: [[T|+49 157 {ids.digits(8, True)}]]

Obrigada!!
[[P|Luiza]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 9 Internal calculation note, Indian couple, Partnerschaftsbonus; church tax "--" (no religion)
az9 = f"EG-{ids.digits(6, True)}"
t9a, t9b = ids.tax_id(), ids.tax_id()
DOCS.append(("word", "elterngeld_berechnungsvermerk_partnerschaftsbonus", f"""Aktenvermerk Elterngeld – Berechnung Partnerschaftsbonus
Az. [[AZ|{az9}]]                                   Bearb.: [[P|SW]]   Datum: 09.06.2026

Kind: [[P|Anaya Venkataraman]], geb. [[DOB|22.02.2026]]
Mutter: [[P|Priya Raghunathan]], geb. [[DOB|11.12.1992]], Steuer-ID [[TID|{t9a}]], Steuerklasse IV, Kirchensteuermerkmal: – –
Vater: [[P|Arjun Venkataraman]], geb. [[DOB|05.07.1990]], Steuer-ID [[TID|{t9b}]], Steuerklasse IV
Anschrift (gemeinsam): [[A|Pestalozzistraße 22 / 3. OG links]], [[A|85092 Kösching-Nord]]

Bezugsplanung lt. Antrag:
LM 1–10 Mutter Basiselterngeld
LM 11–14 beide ElterngeldPlus + Partnerschaftsbonus (jeweils 24–32 Wochenstunden)

Einkommen Bemessungszeitraum (netto, monatl. Durchschnitt):
Mutter: 3.412,08 EUR (Software-Entwicklerin, Teilzeit ab LM 11: 28 Std.)
Vater: 4.105,77 EUR (Ingenieur, Teilzeit ab LM 11: 30 Std.)

Prüfung: Arbeitszeitbescheinigungen beider Arbeitgeber liegen vor. Herr [[P|Venkataraman]] ist indischer Staatsangehöriger mit Blauer Karte EU, Frau [[P|Raghunathan]] mit Aufenthaltserlaubnis nach § 30 AufenthG; Erwerbstätigkeit erlaubt, Anspruch nach § 1 Abs. 7 BEEG gegeben.
Ergebnis: Partnerschaftsbonus 4 Monate je Elternteil, Mutter 743,10 EUR, Vater 900,00 EUR (Höchstbetrag ElterngeldPlus).

Hinweis: In der Akte befindet sich eine Kopie der Aadhaar-Karte der Mutter (Nr. [[IDC|{aadhaar()}]]), die nicht angefordert war. Kopie nach § 84 SGB X vernichtet, Vermerk hier.

[[P|Wittmann]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 10 Austrian cross-border father, Austrian social security number and IBAN
sv10 = at_svnr("150388")
at10 = at_iban()
DOCS.append(("outlook", "elterngeld_grenzgaenger_oesterreich", f"""Von: [[P|Lukas Pichler-Hofbauer]] <[[E|l.pichler-hofbauer@gmx.at]]>
Gesendet: Mittwoch, 3. Juni 2026 07:15
An: {EG_MAIL}
Betreff: Elterngeld / Kinderbetreuungsgeld – wer zahlt?

Grüß Gott,

ich bin österreichischer Staatsbürger und wohne seit 2024 mit meiner Lebensgefährtin [[P|Theresa Brunnhuber]] (deutsch) in [[A|Kipfenberger Weg 5]], [[A|85110 Altmühlstein-Grösdorf]]. Ich arbeite aber weiterhin in Salzburg (Pendler) und bin dort versichert.

Unser Sohn [[P|Jakob]] kommt voraussichtlich im August. Theresa beantragt Elterngeld bei Ihnen, ich wollte zwei Partnermonate nehmen. Die ÖGK sagt mir jetzt, dass für mich evtl. Österreich (Kinderbetreuungsgeld) zuständig ist und Deutschland nur Differenz zahlt. Stimmt das?

Für den Antrag meine Daten:
[[P|Lukas Pichler-Hofbauer]], geb. [[DOB|15. März 1988]]
SV-Nummer (AT): [[SSN|{sv10}]]
Konto: [[IBAN|{group(at10, 4)}]] (Raiffeisenverband Salzburg)
Handy: [[T|+43 664 {ids.digits(7, True)}]]

Danke und liebe Grüße
[[P|Lukas Pichler-Hofbauer]]

--
Gesendet von meinem iPhone
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 11 Recovery decision, Nigerian mother, premature birth (health of the child)
az11 = f"EG-{ids.digits(6, True)}"
ib11 = iban_de()
DOCS.append(("word", "elterngeld_aenderungsbescheid_fruehgeburt", f"""Landratsamt Altmühlgau · Elterngeldstelle
{LRA_ADR}

Frau
[[P|Ngozi Eze-Okonkwo]]
c/o [[P|Blessing Adaeze Nwosu]]
[[A|Münchener Straße 77]]
[[A|85051 Ingolstadt-Zuchering]]

Az.: [[AZ|{az11}]]                                               02.07.2026

Änderungs- und Rückforderungsbescheid

Sehr geehrte Frau [[P|Eze-Okonkwo]],

mit Bescheid vom 14.01.2026 wurde Ihnen für Ihre Tochter [[P|Chiamaka]], geboren am [[DOB|2. Dezember 2025]], Basiselterngeld für 12 Lebensmonate bewilligt.

Ihr Kind wurde nach den vorgelegten Unterlagen des Klinikums in der 29. Schwangerschaftswoche geboren und lag bis zum 20.01.2026 auf der Neugeborenen-Intensivstation. Wegen der Geburt mehr als sechs Wochen vor dem errechneten Termin steht Ihnen nach § 4 Abs. 5 BEEG ein zusätzlicher Monat Basiselterngeld zu. Zugleich haben Sie vom 01.03. bis 31.05.2026 Einkommen aus einer Tätigkeit bei der Reinigungsfirma CleanStar Facility Services GmbH erzielt, das bisher nicht berücksichtigt war.

1. Der Bescheid vom 14.01.2026 wird für den 4. bis 6. Lebensmonat aufgehoben; das Elterngeld beträgt dort 512,30 EUR statt 824,50 EUR monatlich.
2. Für den 13. Lebensmonat wird zusätzlich Basiselterngeld in Höhe von 824,50 EUR bewilligt.
3. Die Überzahlung (936,60 EUR) wird mit der Nachzahlung aus Nr. 2 verrechnet. Es verbleibt ein Betrag von 112,10 EUR zu Ihren Gunsten, der auf Ihr Konto [[IBAN|{ib11}]] überwiesen wird.

Ihre neue Postanschrift (c/o Frau [[P|Nwosu]]) haben wir übernommen.

{RBB_SG}

Im Auftrag
[[P|Wittmann]]
""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
# 12 Application form GdB pasted as text, Bavarian farmer
kv12 = kv()
rv12 = rvnr("240661", "H")
DOCS.append(("word", "schwerbehinderung_erstantrag_formular", f"""Antrag nach dem Sozialgesetzbuch Neuntes Buch (SGB IX) – Feststellung einer Behinderung
Eingangsstempel Landratsamt Altmühlgau: 11.02.2026 / Vorgang [[AZ|SB-26-{ids.digits(5, True)}]]

1. Angaben zur antragstellenden Person
Familienname: [[P|Huber]]
Vorname: [[P|Xaver]]
Geburtsname: [[P|Huber]]
Geburtsdatum: [[DOB|24.06.1961]]
Anschrift: [[A|Einöde 2]], [[A|85137 Walting-Rieshofen]]
Telefon: [[T|(0 84 26) {ids.digits(3, True)} {ids.digits(2)}]]
Krankenkasse: AOK Bayern, Versichertennummer [[KV|{kv12}]]
Rentenversicherungsnummer: [[SSN|{rv12}]]

2. Gesundheitsstörungen (bitte alle angeben)
a) Zustand nach Herzinfarkt 2024, Stent
b) Diabetes mellitus Typ 2, insulinpflichtig
c) Hüftarthrose beidseits, Gehstrecke unter 500 m
d) Schwerhörigkeit links

3. Behandelnde Ärzte / Kliniken
Hausarzt: [[P|Dr. med. Bernhard Leimer]], [[A|Marktplatz 4]], [[A|85137 Walting]]
Kardiologie: Klinikum Ingolstadt, Medizinische Klinik II
Orthopäde: [[P|Dr. Zsófia Kovács-Haller]], MVZ Eichstätt

4. Merkzeichen beantragt: G

5. Bevollmächtigte/r
[[P|Rosina Huber]] (Tochter), [[A|Bahnhofstraße 31]], [[A|85072 Eichstätt]], Tel. [[T|0170 {ids.digits(7, True)}]]

Ich entbinde die genannten Ärzte von der Schweigepflicht.
Altmühlstein-Rieshofen, 08.02.2026    gez. [[P|X. Huber]]
""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
# 13 Daughter objects by mail for her mother (Merkzeichen aG), informal
az13 = f"SB-25-{ids.digits(5, True)}"
DOCS.append(("outlook", "schwerbehinderung_widerspruch_tochter", f"""Von: [[P|Brigitte Wimmer-Schöttl]] <[[E|b.wimmer-schoettl@t-online.de]]>
Gesendet: Samstag, 7. Februar 2026 14:03
An: {SB_MAIL}
Betreff: widerspruch bescheid meine mutter [[P|Anneliese Wimmer]] az [[AZ|{az13}]]

hallo,

hiermit lege ich im namen meiner mutter [[P|Anneliese Wimmer]] (geb. [[DOB|9.10.1938]]), [[A|Seniorenwohnanlage St. Anna, App. 17]], [[A|Spitalstraße 8]], [[A|85129 Altmühlstein]] widerspruch gegen den bescheid vom 22.01. ein. Vollmacht (Vorsorgevollmacht) schicke ich per post nach.

sie haben den GdB auf 80 festgestellt aber das merkzeichen aG abgelehnt. das versteh ich nicht!! meine mutter kann seit dem schlaganfall im oktober nur noch mit rollator ein paar schritte, außerhalb der wohnung nur im rollstuhl. wie soll ich sie da zum arzt bringen wenn ich auf dem normalen parkplatz die tür nicht ganz aufmachen kann. der neurologe [[P|Dr. Ostermaier]] hat das auch so geschrieben, der befund vom 03.12. liegt ihnen doch vor?

bitte prüfen sie das nochmal, gerne auch hausbesuch. ich bin am besten mobil zu erreichen [[T|0151/{ids.digits(8, True)}]], festnetz [[T|08463 {ids.digits(4, True)}]] (AB).

mfg
[[P|Brigitte Wimmer-Schöttl]]
[[A|Am Kreuzberg 12]]
[[A|85129 Altmühlstein-Pfünz]]
""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
# 14 GdB decision, Bosnian war veteran with PTSD
az14 = f"SB-25-{ids.digits(5, True)}"
DOCS.append(("word", "schwerbehinderung_feststellungsbescheid", f"""Landratsamt Altmühlgau
Fachbereich Soziales – Schwerbehindertenrecht
{LRA_ADR}

Herrn
[[P|Adnan Mehmedović]]
[[A|Schulstraße 5a]]
[[A|85080 Gaimersheim-West]]

Aktenzeichen: [[AZ|{az14}]]
Ihr Ansprechpartner: [[P|Josef Bachhuber]], Tel. [[T|08463 907-2410]]
Datum: 13.03.2026

Bescheid nach § 152 SGB IX

Sehr geehrter Herr [[P|Mehmedović]],

auf Ihren Antrag vom 30.10.2025 stelle ich fest:

Grad der Behinderung (GdB): 50 ab 30.10.2025
Merkzeichen: keine

Folgende Beeinträchtigungen wurden berücksichtigt:
1. Posttraumatische Belastungsstörung, depressive Störung (Einzel-GdB 40)
2. Chronisches Wirbelsäulensyndrom mit Bandscheibenvorfall L4/L5 (Einzel-GdB 20)
3. Bluthochdruck (Einzel-GdB 10)

Die geltend gemachte Hörminderung bedingt keinen GdB von wenigstens 10. Die Voraussetzungen für das Merkzeichen G liegen nicht vor, weil Ihre Gehfähigkeit nicht erheblich eingeschränkt ist. Grundlage ist die versorgungsärztliche Stellungnahme von [[P|Dr. Hannelore Seidl]] vom 02.03.2026 nach Auswertung des Befundberichts der Psychiatrischen Institutsambulanz und des Hausarztes.

Der Schwerbehindertenausweis wird Ihnen gesondert übersandt. Bitte senden Sie dazu ein aktuelles Lichtbild. Sie sind am [[DOB|22. April 1972]] geboren; das Geburtsdatum wird auf dem Ausweis eingetragen.

{RBB_SG}

Mit freundlichen Grüßen
Im Auftrag
[[P|Bachhuber]]

Abdruck an: Sozialverband VdK, Kreisgeschäftsstelle Altmühlgau, z. Hd. Frau [[P|Martina Gietl]] ([[E|m.gietl@vdk-altmuehlgau.de]]) – Bevollmächtigte
""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
# 15 Lost disability card, Sikh applicant asks about photo with turban
az15 = f"SB-23-{ids.digits(5, True)}"
DOCS.append(("outlook", "schwerbehindertenausweis_verlust_sikh", f"""Von: [[P|Harpreet Singh Sandhu]] <[[E|hsandhu.ing@gmail.com]]>
Gesendet: Dienstag, 21. April 2026 12:36
An: {SB_MAIL}
Betreff: Lost Schwerbehindertenausweis – Ersatz / replacement

Dear Sir or Madam, sehr geehrte Damen und Herren,

sorry for writing in English, my German is still A2. I lost my Schwerbehindertenausweis (GdB 60, Merkzeichen G) at Ingolstadt main station last week, the Fundbüro has nothing. Reference on the old letter: [[AZ|{az15}]].

My details: [[P|Harpreet Singh Sandhu]], date of birth [[DOB|1979-01-30]], [[A|Goethestraße 88, Apt. 4]], [[A|85055 Ingolstadt]]. Indian passport no. [[PASS|{in_passport()}]]. Phone [[T|0049 1590 {ids.digits(7, True)}]].

One question about the new photo: As a Sikh I always wear my turban (dastar). For my passport and the Aufenthaltstitel this was accepted for religious reasons. Is this also fine for the Schwerbehindertenausweis? My neighbour Mr [[P|Gurpreet Dhillon]] said I need a special declaration.

Also my leg prosthesis was replaced in February, does this change anything for the Merkzeichen?

Thank you and kind regards,
[[P|Harpreet S. Sandhu]]
""", ["HEALTH", "RELIGION"]))

# ---------------------------------------------------------------------------------------------------------------
# 16 Social report of the Betreuungsbehörde to the court, dementia
az16 = f"XVII {ids.digits(3, True)}/26"
DOCS.append(("word", "betreuungsbehoerde_sozialbericht", f"""Landratsamt Altmühlgau – Betreuungsstelle –
{LRA_ADR}

An das
{AG}
{AG_ADR}

Ihr Az.: [[AZ|{az16}]]
Unser Az.: [[AZ|BT-{ids.digits(4, True)}/26]]
Sachbearbeitung: [[P|Claudia Schwarzmeier]], Dipl.-Sozialpäd. (FH), Tel. [[T|08463 907-3105]]
Datum: 27.02.2026

Betreuungsverfahren für Herrn [[P|Georg Obermaier]], geb. [[DOB|12.7.1941]], [[A|Hauptstraße 40]], [[A|85135 Titting]]
Bericht der Betreuungsbehörde nach § 12 BtOG

Sehr geehrte Frau Richterin [[P|Dr. Feichtmeier]],

auf Ihre Anforderung vom 05.02.2026 berichte ich wie folgt:

1. Sachverhalt/Anlass
Die Anregung stammt vom Sozialdienst der Kreisklinik, in der Herr [[P|Obermaier]] vom 18.01. bis 03.02.2026 nach einem Sturz behandelt wurde. Es besteht nach dem Arztbrief eine mittelgradige Demenz vom Alzheimer-Typ.

2. Persönliche Situation
Herr [[P|Obermaier]] ist verwitwet und lebt allein im eigenen Bauernhaus. Der Sohn, Herr [[P|Martin Obermaier]], wohnt in [[A|Landsberger Straße 211]], [[A|80687 München]] und kommt etwa alle zwei Wochen. Die Nachbarin Frau [[P|Kreszenz Loderer]] versorgt ihn täglich mit Essen. Ein Pflegedienst ist seit Februar zweimal täglich eingesetzt (Pflegegrad 3 beantragt).

3. Gespräch mit dem Betroffenen (Hausbesuch 20.02.2026)
Herr [[P|Obermaier]] war freundlich, zeitlich nicht orientiert. Er lehnt Hilfe bei „Bankgeschäften“ nicht ab, möchte aber „den Buben nicht belasten“. Post stapelt sich ungeöffnet; es bestehen Mahnungen der Stadtwerke.

4. Andere Hilfen/Vorsorgevollmacht
Eine Vorsorgevollmacht liegt nicht vor. Der Sohn sieht sich wegen Entfernung und Beruf nicht in der Lage, die Betreuung zu übernehmen.

5. Vorschlag
Betreuung für Vermögenssorge, Behörden- und Postangelegenheiten, Gesundheitssorge, Aufenthaltsbestimmung. Als Berufsbetreuerin wird Frau [[P|Sandra Kellermann-Roth]], [[A|Pfarrgasse 3]], [[A|85072 Eichstätt]], vorgeschlagen; sie ist zur Übernahme bereit.

[[P|Schwarzmeier]]
""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
# 17 Court mail to the Betreuungsbehörde, forwarded to the professional Betreuerin
az17 = f"XVII {ids.digits(3, True)}/25"
DOCS.append(("outlook", "betreuungsgericht_anfrage_betreuerwechsel", f"""Von: [[P|Gschwendtner, Thomas]] <[[E|thomas.gschwendtner@lra-altmuehlgau.de]]>
Gesendet: Montag, 11. Mai 2026 13:22
An: '[[E|info@betreuungsbuero-kellermann.de]]'
Betreff: WG: [[AZ|{az17}]] – Betreuungssache [[P|Adeyemi]] – Bitte um Vorschlag

Hallo Frau [[P|Kellermann-Roth]],

anbei die Anfrage des Gerichts. Hätten Sie Kapazität, die Betreuung für Herrn [[P|Adeyemi]] zu übernehmen? Herr [[P|Stadler]] (Vereinsbetreuer SkF) hat um Entlassung gebeten, weil er in Ruhestand geht. Herr [[P|Adeyemi]] spricht Englisch und Yoruba, Deutsch nur wenig – Ihre Englischkenntnisse wären ein Plus. Rückmeldung gern bis Freitag telefonisch unter [[T|08463 907-3108]].

Viele Grüße
[[P|Th. Gschwendtner]]
Betreuungsstelle

-----Ursprüngliche Nachricht-----
Von: Geschäftsstelle Betreuungsgericht Altmühlstein <[[N|betreuung@ag-altmuehlstein.bayern.de]]>
Gesendet: Freitag, 8. Mai 2026 09:10
An: {BT_MAIL}
Betreff: [[AZ|{az17}]] – Betreuungssache [[P|Adeyemi]] – Bitte um Vorschlag

{AG}
Geschäftsnummer: [[AZ|{az17}]]

In der Betreuungssache
[[P|Oluwaseun Adeyemi]], geboren am [[DOB|03.03.1979]], derzeit wohnhaft [[A|Wohnheim am Zwinger, Zi. 104]], [[A|Zwingerweg 2]], [[A|85049 Ingolstadt]]

– Betreuer: [[P|Wolfgang Stadler]], Sozialdienst katholischer Frauen e. V. –

wird die Betreuungsbehörde gebeten, binnen drei Wochen eine geeignete Person als neuen Betreuer vorzuschlagen (§ 1869 BGB, § 12 Abs. 1 BtOG). Der bisherige Aufgabenkreis bleibt unverändert.

Auf richterliche Anordnung
[[P|Reindl]], JSekr'in
Urkundsbeamtin der Geschäftsstelle
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 18 Home-visit note, psychiatric inpatient stay
DOCS.append(("word", "betreuungsbehoerde_vermerk_hausbesuch_psychiatrie", f"""Vermerk Betreuungsstelle
Betr.: [[P|Adeyemi, Oluwaseun]], geb. [[DOB|03.03.79]] – Az. AG [[AZ|{az17}]]
Datum: 20.05.2026          Verf.: [[P|TG]]

Besuch heute gemeinsam mit Frau [[P|Kellermann-Roth]] (vorgeschlagene Berufsbetreuerin) in der Klinik für Psychiatrie und Psychotherapie Ingolstadt, Station 4B, wo Herr [[P|Adeyemi]] seit 12.05. nach einer akuten psychotischen Episode (bekannte paranoide Schizophrenie) freiwillig behandelt wird. Die Stationsärztin [[P|Dr. Nkechi Umeh]] erläuterte, dass die Entlassung in das Wohnheim für Mitte Juni geplant ist; die Medikation wird auf Depot umgestellt.

Herr [[P|Adeyemi]] war wach, zugewandt, etwas verlangsamt. Er ist mit dem Betreuerwechsel einverstanden und möchte, dass sein Cousin Herr [[P|Babatunde Adeyemi-Cole]] ([[A|Flat 3, 14 Peckham Road]], [[A|London SE5 8UB]], Tel. [[T|+44 7700 {ids.digits(6, True)}]]) über wichtige Dinge informiert wird. Dazu hat er eine Schweigepflichtentbindung unterschrieben.

Offene Punkte:
– Aufenthaltstitel läuft am 31.07.2026 ab (Ausländerbehörde informieren, Verlängerung durch Betreuerin),
– nigerianischer Reisepass Nr. [[PASS|{ng_passport()}]] abgelaufen, NIN [[IDC|{ng_nin()}]] laut Herrn [[P|Adeyemi]] bekannt, Botschaftstermin Berlin nötig,
– Grundsicherung: Weiterbewilligungsantrag beim Sozialamt bis 30.06.

Vorschlag an das Gericht: Frau [[P|Kellermann-Roth]]. Schreiben an AG folgt heute.

[[P|Gschwendtner]]
""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
# 19 Professional Betreuerin sends asset inventory details
ib19a, ib19b = iban_de(), iban_de()
rv19 = rvnr("120741", "O")
kv19 = kv()
DOCS.append(("outlook", "berufsbetreuerin_vermoegensverzeichnis", f"""Von: Betreuungsbüro [[P|Kellermann-Roth]] <[[E|info@betreuungsbuero-kellermann.de]]>
Gesendet: Mittwoch, 1. April 2026 16:48
An: {BT_MAIL}; [[P|Claudia Schwarzmeier]] <[[E|claudia.schwarzmeier@lra-altmuehlgau.de]]>
Betreff: [[P|Obermaier]] Georg – Vermögensverzeichnis / Rückfragen

Liebe Frau [[P|Schwarzmeier]],

kurzer Zwischenstand zu Herrn [[P|Obermaier]] (AG [[AZ|{az16}]]), bevor das Verzeichnis ans Gericht geht:

Konten:
– Girokonto Sparkasse Ingolstadt Eichstätt [[IBAN|{ib19a}]], Stand 24.03.: 4.812,33 EUR
– Sparbuch Raiffeisenbank, [[IBAN|{ib19b}]]: 21.500,00 EUR
Rente DRV, RV-Nr. [[SSN|{rv19}]], 1.396,40 EUR netto
Krankenkasse: AOK Bayern, KVNR [[KV|{kv19}]]

Der MD war am 26.03. da, Pflegegrad 3 ist bewilligt. Der Hausarzt meint, bei weiterem Abbau wird der Umzug ins Heim unumgänglich; Herr [[P|Obermaier]] will davon nichts hören.

Problem: Der Sohn hat bis Januar eine Kontovollmacht genutzt und 6.000 EUR „für die Dachreparatur" abgehoben. Ich habe ihn um Belege gebeten. Falls nichts kommt, muss ich das dem Gericht mitteilen. Wie sehen Sie das?

Und: Die Nachbarin Frau [[P|Loderer]] möchte für das tägliche Essen 150 EUR im Monat. Das fände ich angemessen.

Herzliche Grüße
[[P|Sandra Kellermann-Roth]]
Berufsbetreuerin
[[A|Pfarrgasse 3]], [[A|85072 Eichstätt]]
Tel. [[T|08421 {ids.digits(5, True)}]] | mobil [[T|0160 {ids.digits(7, True)}]]
""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
# 20 Certification of signature on a Vorsorgevollmacht (no special category)
pa20a, pa20b = ids.id_card(check_digit=True), ids.id_card()
DOCS.append(("word", "betreuungsbehoerde_beglaubigung_vorsorgevollmacht", f"""Öffentliche Beglaubigung nach § 7 Abs. 1 Betreuungsorganisationsgesetz (BtOG)

Die vorstehende Unterschrift unter der Vorsorgevollmacht vom 14.04.2026 wurde heute vor mir von

Frau [[P|Walburga Reichenberger]], geb. [[DOB|11. Februar 1950]],
wohnhaft [[A|Mühlweg 17]], [[A|85132 Schernfeld-Rupertsbuch]],

die sich durch Vorlage ihres Personalausweises Nr. [[IDC|{pa20a}]] ausgewiesen hat, vollzogen bzw. als eigenhändig anerkannt.

Bevollmächtigte laut Urkunde:
1. [[P|Bernhard Reichenberger]] (Sohn), geb. [[DOB|05.08.1976]], [[A|Mühlweg 17]], [[A|85132 Schernfeld-Rupertsbuch]]
2. ersatzweise [[P|Maria-Theresia von Gumppenberg]] (Tochter), geb. [[DOB|1979-12-01]], [[A|Thierschstraße 6]], [[A|80538 München]], Personalausweis Nr. [[IDC|{pa20b}]]

Die Beglaubigung betrifft nur die Unterschrift, nicht den Inhalt der Erklärung.

Gebühr: 10,00 EUR (Kassenzeichen [[AZ|{ids.digits(2, True)}.{ids.digits(4)}.{ids.digits(6)}]]), bar bezahlt.

Altmühlstein, den 16.04.2026
Landratsamt Altmühlgau – Betreuungsbehörde –

(Siegel)

[[P|Schwarzmeier]]
Urkundsperson

Registrierung: Vollmacht wurde auf Wunsch nicht an das Zentrale Vorsorgeregister der Bundesnotarkammer gemeldet; Frau [[P|Reichenberger]] erledigt dies selbst.
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 21 Exchange of a Bosnian driving licence
az21 = f"FS-{ids.digits(4, True)}-26"
DOCS.append(("word", "fahrerlaubnis_umschreibung_bosnien", f"""Landratsamt Altmühlgau – Fahrerlaubnisbehörde –
{LRA_ADR}

Frau
[[P|Amra Hodžić]]
[[A|Am Schanzl 6]]
[[A|85134 Stammham-Ost]]

Unser Zeichen: [[AZ|{az21}]]
Ansprechpartner: [[P|Korbinian Mayerhofer]]
Telefon: [[T|08463 907-4120]]
Datum: 06.05.2026

Erteilung einer Fahrerlaubnis aufgrund einer ausländischen Fahrerlaubnis (§ 31 FeV)
Ihre bosnisch-herzegowinische Fahrerlaubnis Nr. [[IDC|{ids.digits(9, True)}]], Klasse B

Sehr geehrte Frau [[P|Hodžić]],

Bosnien und Herzegowina ist nicht in Anlage 11 zur FeV aufgeführt. Ihre Fahrerlaubnis kann daher nur nach Ablegen einer theoretischen und einer praktischen Prüfung umgeschrieben werden; eine Pflichtausbildung in der Fahrschule ist nicht vorgeschrieben, wird aber empfohlen.

Ihren Antrag vom 22.04.2026 haben wir erhalten. Es fehlen noch:
– Übersetzung des Führerscheins durch einen anerkannten Übersetzer (z. B. Frau [[P|Dijana Marković-Reiter]], vereidigte Übersetzerin, [[A|Schrannenplatz 2]], [[A|85072 Eichstätt]]),
– Sehtestbescheinigung,
– Nachweis über die Erste-Hilfe-Schulung.

Ihr Reisepass Nr. [[PASS|{ba_passport()}]] wurde bei der Antragstellung eingesehen. Sie sind nach Ihren Angaben seit dem 01.09.2025 mit Hauptwohnsitz in Deutschland gemeldet; Ihre bosnische Fahrerlaubnis berechtigt Sie daher nur noch bis 28.02.2026 – also nicht mehr – zum Fahren in Deutschland. Bitte fahren Sie bis zur Erteilung der deutschen Fahrerlaubnis nicht selbst.

Mit freundlichen Grüßen
Im Auftrag
[[P|K. Mayerhofer]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 22 Brazilian asks in English about converting his licence, reply on top
DOCS.append(("outlook", "fuehrerschein_umschreibung_brasilien_englisch", f"""Von: Führerscheinstelle Landratsamt Altmühlgau <{FS_MAIL}>
Gesendet: Donnerstag, 28. Mai 2026 09:41
An: [[P|Thiago Nascimento dos Santos]] <[[E|thiago.nsantos@gmail.com]]>
Betreff: AW: Brazilian driver licence – conversion?

Dear Mr [[P|Nascimento dos Santos]],

thank you for your e-mail. Brazil is not on the list of countries in Annex 11 FeV, so you need to pass both the theory and the practical test in Germany. Your Brazilian licence (CNH) may be used for six months after you registered your residence here, i.e. in your case until 14.09.2026.

Please book an appointment via our website and bring: passport, CNH with an official German translation, biometric photo, eye test, first-aid certificate. The fee is approx. 43 EUR plus TÜV test fees.

Kind regards / Mit freundlichen Grüßen
[[P|Sabine Eder-Lindl]]
Fahrerlaubnisbehörde
Tel. [[T|+49 8463 907-4122]]

Am 27.05.2026 um 22:18 schrieb [[P|Thiago Nascimento dos Santos]] <[[E|thiago.nsantos@gmail.com]]>:
> Hello,
> I moved from Curitiba to Germany in March (Blue Card, Schaeffler Ingolstadt) and live with my girlfriend [[P|Luiza]] in [[A|Weidenstraße 14]], [[A|85139 Wettstetten-Lenting]]. I have a Brazilian licence (CNH, category AB), registration no. [[IDC|{ids.digits(11, True)}]], and my CPF is [[TID|{cpf()}]].
> Can I just exchange it for a German one? A colleague, [[P|Rafael]], said Brazilians can do it without test.
> Also: can I drive the company car (plate [[KFZ|IN-SG 4187]]) in the meantime?
> Thanks a lot,
> [[P|Thiago]]
> [[T|+55 41 9{ids.digits(4, True)}-{ids.digits(4)}]] / [[T|0152 {ids.digits(8, True)}]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 23 Order to submit an MPU after drunk driving (alcohol → health)
az23 = f"FS-{ids.digits(4, True)}-26"
DOCS.append(("word", "fahrerlaubnis_anordnung_mpu", f"""Landratsamt Altmühlgau · Fahrerlaubnisbehörde · {LRA_ADR}

Mit Zustellungsurkunde
Herrn
[[P|Maximilian Gruber]]
[[A|Brunnenstraße 3]]
[[A|85137 Walting-Pfalzpaint]]

Az.: [[AZ|{az23}]]                                               Altmühlstein, 18.06.2026
Bearbeiterin: [[P|Sabine Eder-Lindl]], Zi. 0.08, Tel. [[T|08463 907-4122]], [[E|sabine.eder-lindl@lra-altmuehlgau.de]]

Anordnung zur Beibringung eines medizinisch-psychologischen Gutachtens (§ 13 Satz 1 Nr. 2 Buchst. c FeV)

Sehr geehrter Herr [[P|Gruber]],

nach Mitteilung der Staatsanwaltschaft Ingolstadt (Az. [[AZ|21 Cs 412 Js {ids.digits(5, True)}/25]]) wurden Sie mit rechtskräftigem Strafbefehl vom 04.03.2026 wegen fahrlässiger Trunkenheit im Verkehr (§ 316 StGB) verurteilt. Sie führten am 09.11.2025 gegen 01:30 Uhr das Kraftfahrzeug mit dem amtlichen Kennzeichen [[KFZ|EI-MG 1907]] auf der St 2230 mit einer Blutalkoholkonzentration von 1,74 Promille. Die Fahrerlaubnis wurde Ihnen entzogen, die Sperrfrist endet am 03.09.2026.

Sie haben am 02.06.2026 die Neuerteilung der Fahrerlaubnis der Klassen B, BE und T beantragt. Eine Blutalkoholkonzentration von 1,6 Promille oder mehr begründet nach der Rechtsprechung die Annahme einer besonderen Alkoholgewöhnung und damit Zweifel an Ihrer Fahreignung. Sie werden daher aufgefordert, bis zum 30.09.2026 das Gutachten einer amtlich anerkannten Begutachtungsstelle für Fahreignung vorzulegen.

Fragestellung: „Ist zu erwarten, dass Herr [[P|Maximilian Gruber]], geb. [[DOB|08.01.1997]], auch zukünftig ein Kraftfahrzeug unter Alkoholeinfluss führen wird und/oder liegen als Folge eines unkontrollierten Alkoholkonsums Beeinträchtigungen vor, die das sichere Führen eines Kraftfahrzeugs der Gruppe 1 in Frage stellen?“

Sie selbst haben bei der Vorsprache angegeben, seit Dezember 2025 abstinent zu leben und an einer Suchtberatung der Caritas teilzunehmen; Abstinenznachweise (EtG-Urinscreenings) sollten Sie zur Begutachtung mitbringen.

Hinweis: Die Anordnung ist nicht selbständig anfechtbar. Legen Sie das Gutachten nicht fristgerecht vor, darf auf Ihre Nichteignung geschlossen und der Antrag abgelehnt werden (§ 11 Abs. 8 FeV).

Im Auftrag
[[P|Eder-Lindl]]
""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
# 24 Lawyer requests file access for the MPU case
DOCS.append(("outlook", "fuehrerschein_anwalt_akteneinsicht", f"""Von: Rechtsanwalt [[P|Florian Deisenhofer]] <[[E|f.deisenhofer@kanzlei-deisenhofer.de]]>
Gesendet: Montag, 29. Juni 2026 11:54
An: {FS_MAIL}
Cc: [[E|max.gruber97@gmx.de]]
Betreff: Ihr Az. [[AZ|{az23}]] – [[P|Gruber, Maximilian]] – Akteneinsicht

Sehr geehrte Frau [[P|Eder-Lindl]],

unter Vorlage einer Vollmacht zeige ich an, dass mich Herr [[P|Maximilian Gruber]], [[A|Brunnenstraße 3]], [[A|85137 Walting-Pfalzpaint]], mit seiner Vertretung im Verfahren auf Neuerteilung der Fahrerlaubnis beauftragt hat.

Ich beantrage Akteneinsicht durch Übersendung der Verwaltungsakte in meine Kanzlei bzw. als PDF an die obige Adresse. Insbesondere benötige ich die Mitteilung der Staatsanwaltschaft, das Blutalkoholgutachten sowie den Vermerk über die Vorsprache meines Mandanten vom 02.06.2026.

Außerdem rege ich an, die Frist zur Beibringung des Gutachtens bis 31.12.2026 zu verlängern: Mein Mandant hat erst im Dezember mit der Abstinenz begonnen, ein belastbarer Nachweis über 6 Monate ist bis September knapp. Das Fahrzeug ([[KFZ|EI-MG 1907]]) ist inzwischen abgemeldet und auf seinen Vater, Herrn [[P|Alois Gruber]], übergegangen.

Für Rückfragen: [[T|08421 {ids.digits(4, True)}-0]] (Sekretariat Frau [[P|Bauernfeind]]).

Mit freundlichen Grüßen
[[P|Florian Deisenhofer]]
Rechtsanwalt
Kanzlei [[P|Deisenhofer]] · [[A|Westenstraße 45]] · [[A|85072 Eichstätt]]
""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
# 25 Phone notes of the driving-licence office over one day
pa25 = ids.id_card(check_digit=True)
DOCS.append(("word", "fuehrerscheinstelle_telefonnotizen", f"""Telefonnotizen Fahrerlaubnisbehörde – Mi, 08.07.2026 (Rückrufliste, [[P|KM]])

08:12 Frau [[P|Stefanie Obermeier-Huber]], [[T|0 84 61 / {ids.digits(2, True)} {ids.digits(2)} {ids.digits(2)}]] – Sohn [[P|Luis]] (geb. [[DOB|14.02.2009]]) will BF17 machen, fragt nach Begleitpersonen. Vater hat 4 Punkte in Flensburg – zulässig? (bis 2 Punkte ok → nein, Mutter als Begleitperson eintragen). Erledigt.

08:40 Herr [[P|Vikram Iyer]], mobil [[T|01578 {ids.digits(7, True)}]] – indischer Führerschein, wohnt seit 11/2025 hier ([[A|Am Steinbruch 7]], [[A|85135 Titting]]), 6 Monate abgelaufen, darf nicht mehr fahren! Fahrschule + Prüfung erklärt. Will schriftliche Info an [[E|vikram.iyer@protonmail.com]].

09:15 Polizei IN (PHK [[P|Lechner]]) – Sicherstellung FS bei Herrn [[P|Dražen Kovačević]], Kz. [[KFZ|WUG-DK 77]], Drogenvortest positiv, Bericht kommt per Fax. → Akte anlegen [[AZ|FS-{ids.digits(4, True)}-26]].

10:02 Frau [[P|Katharina Leitgeb]] (Ö) – Kartenzahlung Ersatzführerschein zweimal abgebucht, schickt Mail. Rückruf unter [[T|0043 676 {ids.digits(7, True)}]] nur nachmittags.

11:30 Fahrschule [[P|Rottler]], Fr. [[P|Rottler]] – 3 Prüfaufträge fehlen noch (Schüler [[P|Wimmer, Kilian]]; [[P|Adebayo, Tolulope]]; [[P|Berisha, Dion]]), bitte bis Fr. an TÜV.

13:45 Herr [[P|Franz-Xaver Schmalzl]], geb. [[DOB|2.5.1955]], Umtausch Papierführerschein (Jg. 1953–1958, Frist 19.01.2022 verstrichen!). Kommt Mo. 9 Uhr mit PA [[IDC|{pa25}]] und altem Lappen. Verwarnungsgeld? → mit [[P|SEL]] klären.

14:20 Herr [[P|Kovačević]] selbst, sehr aufgebracht, will Führerschein zurück ([[T|0179 {ids.digits(7, True)}]]). Auf schriftl. Anhörung verwiesen.

[[P|Mayerhofer]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 26 Austrian resident, card charged twice for replacement licence
cc26 = ids.credit_card("4", 16)
DOCS.append(("outlook", "fuehrerschein_kartenzahlung_doppelt", f"""Von: Mag. [[P|Katharina Leitgeb]] <[[E|katharina.leitgeb@aon.at]]>
Gesendet: Mittwoch, 8. Juli 2026 10:31
An: {FS_MAIL}
Betreff: Doppelte Abbuchung Ersatzführerschein – bitte um Rückerstattung

Sehr geehrte Damen und Herren,

wie eben telefonisch mit Ihrem Kollegen besprochen: Ich habe am 06.07. online einen Ersatzführerschein (Verlust) beantragt und mit meiner Visa-Karte bezahlt. Der Betrag von 39,70 EUR wurde zweimal abgebucht, vermutlich weil die Seite beim ersten Mal hängen blieb.

Kartennummer: [[CC|{group(cc26, 4)}]], Karteninhaberin [[P|Katharina Leitgeb]]
Vorgangsnummern laut Bestätigungsmails: [[AZ|OZG-FS-{ids.digits(8, True)}]] und [[AZ|OZG-FS-{ids.digits(8, True)}]]

Zu meiner Person: [[P|Katharina Leitgeb]], geboren am [[DOB|23.08.1983]] in Linz, wohnhaft seit 2019 in [[A|Lindenallee 19]], [[A|85080 Gaimersheim]]. Mein österreichischer Führerschein (Scheckkarte, Nr. [[IDC|{ids.digits(8, True)}]]) ist mir im Urlaub abhandengekommen; die Verlustanzeige der PI Kirchdorf liegt bei. Da ich meinen Wohnsitz in Deutschland habe, stellt ja das Landratsamt den Ersatz aus, richtig?

Bitte erstatten Sie eine Zahlung auf die Karte oder, wenn das nicht geht, auf mein Konto [[IBAN|{iban_de()}]].

Mit freundlichen Grüßen
[[P|Katharina Leitgeb]]
Tel. [[T|0043 676 {ids.digits(7, True)}]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 27 Test results table for naturalisation applicants (no special category)
DOCS.append(("word", "einbuergerungstest_ergebnisliste", f"""Ergebnisliste Test „Leben in Deutschland“ / Einbürgerungstest – Prüfungstermin 13.06.2026, VHS Altmühlgau
(Auszug für das Sachgebiet 13, nur dienstlich)

Nr. | Name, Vorname | Geb.-Datum | Az. Einbürgerung | Punkte (von 33) | Ergebnis
1 | [[P|Shehu, Dritan]] | [[DOB|17.10.1985]] | [[AZ|EB-{ids.digits(4, True)}/26-13]] | 31 | bestanden
2 | [[P|Okafor, Ngozi]] | [[DOB|28.04.1988]] | [[AZ|EB-{ids.digits(4, True)}/26-13]] | 29 | bestanden
3 | [[P|Raghunathan, Priya]] | [[DOB|11.12.1992]] | [[AZ|EB-{ids.digits(4, True)}/26-13]] | 33 | bestanden
4 | [[P|Begić, Mirza]] | [[DOB|01.01.2001]] | [[AZ|EB-{ids.digits(4, True)}/26-13]] | 14 | nicht bestanden
5 | [[P|Souza Lima, Gabriel de]] | [[DOB|09.09.1995]] | [[AZ|EB-{ids.digits(4, True)}/26-13]] | 24 | bestanden

Anmerkungen:
– Zu Nr. 4: Herr [[P|Begić]] wurde über die Möglichkeit der Wiederholung informiert; Termin im September. Er hat um Rückruf unter [[T|0160 {ids.digits(7, True)}]] gebeten.
– Zu Nr. 5: Name im Zertifikat der VHS fehlerhaft („[[P|Gabriel de Souza-Lima]]“), Berichtigung bei der VHS angefordert (Frau [[P|Kastl]]).
– Alle bestandenen Zertifikate liegen im Original vor und wurden zu den Akten genommen.

Verteiler: [[P|Hierl]], [[P|Yıldırım-Brandl]], [[P|Kratzer]] (SGL)
gez. [[P|Ö. Yıldırım-Brandl]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 28 Internal mail: security check, applicant is board member of a mosque association (religion)
DOCS.append(("outlook", "einbuergerung_intern_regelanfrage", f"""Von: [[P|Yıldırım-Brandl, Özlem]] <[[E|oezlem.yildirim-brandl@lra-altmuehlgau.de]]>
Gesendet: Dienstag, 23. Juni 2026 14:57
An: [[P|Kratzer, Andreas]] <[[E|andreas.kratzer@lra-altmuehlgau.de]]>
Cc: [[P|Hierl, Monika]] <[[E|monika.hierl@lra-altmuehlgau.de]]>
Betreff: AW: [[P|Shehu]] – Regelanfrage LfV zurück

Hallo [[P|Andi]],

die Regelanfrage beim LfV für Herrn [[P|Dritan Shehu]] (geb. [[DOB|17.10.85]], [[A|Egerlandstraße 12]], [[A|85101 Lenting-Ost]]) ist heute zurückgekommen: keine Erkenntnisse. BZR-Auskunft ebenfalls ohne Eintrag.

Er hatte im Gespräch selbst erwähnt, dass er seit 2022 Kassier im Vorstand des Albanisch-Islamischen Kulturvereins in Ingolstadt ist und dort freitags zum Gebet geht. Das ist für die Einbürgerung ohne Belang, ich hab's aber im Vermerk festgehalten, weil er die Frage nach Vereinsmitgliedschaften im Antrag offen gelassen hatte. Passt das so oder soll ich den Satz zum Gebet rausnehmen? Datensparsamkeit und so …

Die Ehefrau, Frau [[P|Mimoza Shehu]], will jetzt auch einen Antrag stellen, Termin ist am 07.07. um 10 Uhr bei mir.

Wenn nichts dagegen spricht, bereite ich die Urkunde für die Feier am 10.07. vor.

Viele Grüße
[[P|Özlem]]

Von: [[P|Kratzer, Andreas]]
Gesendet: Montag, 22. Juni 2026 08:10
Betreff: [[P|Shehu]] – Regelanfrage LfV zurück?

[[P|Özi]], ist bei [[P|Shehu]] die Antwort vom LfV schon da? Er ruft ständig an ([[T|0171 {ids.digits(7, True)}]]). [[P|AK]]
""", ["RELIGION"]))

# ---------------------------------------------------------------------------------------------------------------
# 29 Minutes of a team meeting; hospital, church and union only as venues/topics (no special category)
DOCS.append(("word", "protokoll_teambesprechung_abteilung3", f"""Ergebnisprotokoll Teambesprechung Abteilung 3 (Soziales, Staatsangehörigkeit, Verkehr)
Datum: 02.07.2026, 8:30–9:45 Uhr, Sitzungssaal EG
Leitung: [[P|Dr. Barbara Frickinger]] (Abteilungsleiterin)
Anwesend: [[P|A. Kratzer]], [[P|M. Hierl]], [[P|Ö. Yıldırım-Brandl]], [[P|S. Wittmann]], [[P|J. Bachhuber]], [[P|C. Schwarzmeier]], [[P|T. Gschwendtner]], [[P|K. Mayerhofer]], [[P|S. Eder-Lindl]]
Protokoll: [[P|Bachhuber]]

1. Urlaubsplanung Sommer
Vertretungsplan hängt aus. Elterngeld: Frau [[P|Wittmann]] 03.–21.08., Vertretung Herr [[P|Lang]] aus dem Jugendamt (nur Eilfälle). Führerscheinstelle: keine Schließung, aber verkürzte Öffnungszeiten in KW 33.

2. Blutspendeaktion und Betriebsausflug
Der BRK-Blutspendetermin findet am 23.09. wieder im Foyer statt; wer spenden will, trägt sich bei Frau [[P|Eder-Lindl]] ein. Der Betriebsausflug geht dieses Jahr zur Klosterkirche Plankstetten mit Führung und anschließend in den Biergarten. Die Kreisklinik hat angefragt, ob wir gemeinsam mit ihr eine Infoveranstaltung „Vorsorgevollmacht“ im Klinik-Hörsaal machen – Frau [[P|Schwarzmeier]] übernimmt.

3. Personalrat / Dienstvereinbarung KI
Der Personalrat informiert am 15.07. über die neue Dienstvereinbarung zum KI-Assistenten; die Gewerkschaften haben dazu eine Stellungnahme abgegeben, die im Intranet steht. Schulungsnachweis (E-Learning) bitte bis 30.09. erbringen. Frau [[P|Dr. Frickinger]] betont: Bescheide werden weiterhin von uns entschieden, der Assistent hilft nur beim Formulieren. Keine Namen, Geburtsdaten oder Diagnosen in externe Tools kopieren!

4. Einbürgerung
Antragseingänge 1. Halbjahr: 212 (Vorjahr 148). Rückstand bei der Sicherheitsabfrage; Herr [[P|Kratzer]] spricht mit der Regierung von Oberbayern. Einbürgerungsfeier 10.07.: Redebeiträge von zwei Eingebürgerten zugesagt.

5. Verschiedenes
Der Kaffeeautomat im 1. OG ist defekt, Meldung an Hausmeister Herrn [[P|Wagenknecht]] ist erfolgt (Tel. [[T|907-1099]]).

Nächste Sitzung: 06.08.2026
f. d. R. [[P|J. Bachhuber]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 30 Kosovo-Albanian mother, Albanian/German mixed mail, reply quoted below
az30 = f"EG-{ids.digits(6, True)}"
tid30 = ids.tax_id()
DOCS.append(("outlook", "elterngeld_nachfrage_albanisch", f"""Von: [[P|Arbnora Berisha]] <[[E|arbnora.berisha@icloud.com]]>
Gesendet: Freitag, 10. Juli 2026 19:26
An: [[P|Wittmann, Stefanie]] <[[E|stefanie.wittmann@lra-altmuehlgau.de]]>
Betreff: Re: Elterngeld Zwillinge – Ihr Zeichen [[AZ|{az30}]]

Përshëndetje Frau [[P|Wittmann]],

faleminderit für die schnelle Antwort. Ich habe jetzt alles:
– Geburtsurkunden [[P|Ardit]] und [[P|Arta]] (geb. [[DOB|19.05.2026]])
– Steuer-ID: [[TID|{group(tid30, 3)}]]
– Lohnabrechnungen 06/2025–05/2026
– Bescheinigung Krankenkasse über Mutterschaftsgeld

Mein Mann [[P|Valon Berisha]] (geb. [[DOB|21 korrik 1987]]) ist noch in Prishtina bis August, er macht die Partnermonate später, deswegen unterschreibt er den Antrag erst dann. Geht das? Adresse ist gleich: [[A|Jahnstraße 2b]], [[A|85095 Denkendorf-Zandt]].

Soll ich alles per Post schicken oder darf ich das einscannen? Wenn Sie anrufen: [[T|+49 (0) 176 {ids.digits(8, True)}]], oder meine Schwägerin [[P|Drita Krasniqi]] [[T|0841 {ids.digits(5, True)}]], sie spricht besser Deutsch.

Me respekt / Mit freundlichen Grüßen
[[P|Arbnora Berisha]]

Am 09.07.2026 um 15:12 schrieb [[P|Wittmann, Stefanie]] <[[E|stefanie.wittmann@lra-altmuehlgau.de]]>:
> Sehr geehrte Frau [[P|Berisha]],
> bei Mehrlingsgeburten erhalten Sie einen Mehrlingszuschlag von 300 Euro pro weiterem Kind. Bitte reichen Sie die oben genannten Unterlagen ein. Der Antrag muss von beiden Elternteilen unterschrieben werden.
> Mit freundlichen Grüßen
> [[P|S. Wittmann]]
> Elterngeldstelle, Tel. [[T|08463 907-2207]]
""", []))

assert len(DOCS) == 30
out = os.path.join(HERE, "fresh79.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for i, (channel, template, text, flags) in enumerate(DOCS, 1):
        doc = build(f"F79-{i:03d}", channel, template, text, flags)
        f.write(json.dumps(doc, ensure_ascii=False) + "\n")
