"""Batch 77: 30 documents from the (invented) Bavarian district office Landratsamt Altmühlgau: naturalisation,
parental allowance, severe-disability matters, the adult-guardianship authority with the Amtsgericht and professional
Betreuer, and the driving-licence office; Bosnian, Albanian, Nigerian, Indian, Brazilian and Austrian residents and
Bavarian families. Every person, address and number is invented."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)  # marks.py and identifiers.py sit beside this file
from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban  # noqa: E402

ids = Identifiers(7777)
rng = ids.rng


# --- foreign identifiers with their national check digits -------------------------------------------------------
def jmbg(dd, mm, yyyy, region, female):
    """Bosnian/ex-Yugoslav JMBG: DDMMYYY RR BBB K; K = 11 - (7(a1+a7)+6(a2+a8)+5(a3+a9)+4(a4+a10)+3(a5+a11)
    +2(a6+a12)) mod 11, 11 -> 0; remainder 1 (K would be 10) is never issued, so such serials are skipped."""
    while True:
        serial = rng.randint(500, 999) if female else rng.randint(0, 499)
        body = f"{dd:02d}{mm:02d}{yyyy % 1000:03d}{region:02d}{serial:03d}"
        a = [int(c) for c in body]
        s = sum(w * (a[i] + a[i + 6]) for i, w in enumerate((7, 6, 5, 4, 3, 2)))
        k = 11 - s % 11
        if k == 10:
            continue
        return body + str(0 if k == 11 else k)


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 7, 6, 8, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(number):
    c = 0
    for i, ch in enumerate(reversed(number)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def aadhaar():
    """Indian Aadhaar number: 12 digits, first 2-9, the last a Verhoeff check digit (dihedral group D5)."""
    payload = rng.choice("23456789") + ids.digits(10)
    c = 0
    for i, ch in enumerate(reversed(payload)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    number = payload + str(_VINV[c])
    assert verhoeff_ok(number)
    return number


def cpf():
    """Brazilian CPF: 9 digits + 2 check digits, each sum(d_i * w_i) * 10 mod 11 (10 -> 0), weights 10..2 then
    11..2 over the digits so far. Written 123.456.789-09."""
    base = ids.digits(9)
    while len(set(base)) == 1:
        base = ids.digits(9)
    digits = [int(c) for c in base]
    for n in (10, 11):
        r = sum(d * w for d, w in zip(digits, range(n, 1, -1))) * 10 % 11
        digits.append(0 if r == 10 else r)
    s = "".join(map(str, digits))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def at_svnr(ddmmyy):
    """Austrian Sozialversicherungsnummer: NNN C DDMMYY; C = (3,7,9,_,5,8,4,2,1,6)-weighted sum mod 11 over the
    other nine digits; serials that give 10 are not issued and are skipped; the serial does not start with 0."""
    while True:
        serial = ids.digits(3, first_nonzero=True)
        digits = [int(c) for c in serial + ddmmyy]
        c = sum(d * w for d, w in zip(digits, (3, 7, 9, 5, 8, 4, 2, 1, 6))) % 11
        if c != 10:
            return f"{serial}{c} {ddmmyy}"


def ba_iban():
    """Bosnian IBAN: BA + 2 + bank(3) branch(3) account(8) + 2 national check digits (ISO 7064 MOD 97-10 over the
    14 digits), which makes the IBAN check digits always 39."""
    bban14 = rng.choice(["161", "134", "154", "338", "199"]) + ids.digits(11)
    national = 98 - int(bban14) * 100 % 97
    iban = mod97_iban("BA", f"{bban14}{national:02d}")
    assert iban[2:4] == "39", iban
    return iban


def at_iban():
    """Austrian IBAN: AT + 2 + 5-digit bank code + 11-digit account (ISO 7064 MOD 97-10)."""
    return mod97_iban("AT", rng.choice(["20320", "34000", "15000", "12000"]) + ids.digits(11))


def at_uid():
    """Austrian UID (VAT id): ATU + 7 digits + check; S = C1+C3+C5+C7 + digit sums of 2*C2, 2*C4, 2*C6;
    check = (10 - (S + 4) mod 10) mod 10."""
    body = ids.digits(7, first_nonzero=True)
    s = sum(int(c) if i % 2 == 0 else sum(divmod(int(c) * 2, 10)) for i, c in enumerate(body))
    return "ATU" + body + str((10 - (s + 4) % 10) % 10)


def passport_layout(prefix, n_digits):
    """Passports of BA, AL, NG, IN, BR, AT: letter prefix + digits; no public check digit outside the MRZ."""
    return prefix + ids.digits(n_digits)


def nin():
    """Nigerian National Identification Number: 11 digits, no published check digit (layout only)."""
    return ids.digits(11, first_nonzero=True)


def mobile(prefix, n=7):
    return prefix + ids.digits(n, True)


def kv():
    return ids.health_insurance()


# --- fixed public (neutral) data of the district office ----------------------------------------------------------
LRA_ADR = "[[N|Schlossanger 4]], [[N|91790 Altmühlfeld]]"
ZENTRALE = "[[N|09147 630-0]]"
FAX = "[[N|09147 630-199]]"
POST = "[[N|poststelle@lra-altmuehlgau.de]]"
EB_MAIL = "[[N|einbuergerung@lra-altmuehlgau.de]]"
EG_MAIL = "[[N|elterngeld@lra-altmuehlgau.de]]"
SB_MAIL = "[[N|schwerbehinderung@lra-altmuehlgau.de]]"
BT_MAIL = "[[N|betreuungsstelle@lra-altmuehlgau.de]]"
FS_MAIL = "[[N|fuehrerscheinstelle@lra-altmuehlgau.de]]"
AG_ADR = "[[N|Gerichtsstraße 3]], [[N|91790 Altmühlfeld]]"
AG_TEL = "[[N|09147 8812-0]]"
VG = ("Bayerischen Verwaltungsgericht Ansbach, Postfachanschrift: [[N|Postfach 616]], [[N|91511 Ansbach]], "
      "Hausanschrift: [[N|Promenade 24 - 28]], [[N|91522 Ansbach]]")
RBB_VG = f"""Rechtsbehelfsbelehrung
Gegen diesen Bescheid können Sie innerhalb eines Monats nach seiner Bekanntgabe Klage erheben bei dem
{VG},
schriftlich oder elektronisch in einer für den Schriftformersatz zugelassenen Form.

Hinweise zur Rechtsbehelfsbelehrung:
Die Einlegung eines Rechtsbehelfs per einfacher E-Mail ist nicht zugelassen und entfaltet keine rechtlichen Wirkungen! Nähere Informationen zur elektronischen Einlegung von Rechtsbehelfen entnehmen Sie bitte der Internetpräsenz der Bayerischen Verwaltungsgerichtsbarkeit (www.vgh.bayern.de).
Kraft Bundesrechts wird in Prozessverfahren vor den Verwaltungsgerichten infolge der Klageerhebung eine Verfahrensgebühr fällig."""
RBB_WS = f"""Rechtsbehelfsbelehrung:
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich, in elektronischer Form nach § 36a Abs. 2 SGB I oder zur Niederschrift beim Landratsamt Altmühlgau, {LRA_ADR}, einzulegen."""

DOCS = []

# ---------------------------------------------------------------------------------------------------------------
# 1 Bosnian applicant asks for the state of his naturalisation; reply on top
jmbg1 = jmbg(14, 8, 1983, 18, False)
DOCS.append(("outlook", "einbuergerung_sachstand_bih", f"""Von: Einbürgerungsbehörde Landratsamt Altmühlgau <{EB_MAIL}>
Gesendet: Dienstag, 3. März 2026 10:41
An: [[P|Emir Hadžić]] <[[E|emir.hadzic83@web.de]]>
Cc: [[P|Gruber-Lindner, Tobias]] <[[E|tobias.gruber-lindner@lra-altmuehlgau.de]]>
Betreff: AW: Einbürgerung Sachstand - Az. [[AZ|31-EB-2025/0388]]

Sehr geehrter Herr [[P|Hadžić]],

Ihr Antrag ist vollständig. Wir warten derzeit nur noch auf die Antwort auf die Regelanfrage beim Bayerischen Landesamt für Verfassungsschutz; das dauert erfahrungsgemäß acht bis zwölf Wochen. Eine bosnische Entlassungsurkunde brauchen Sie seit der Reform 2024 nicht mehr, die Geburtsurkunde mit JMBG haben wir.

Der Antrag Ihrer Frau läuft unter dem eigenen Aktenzeichen [[AZ|31-EB-2025/0389]] und wird mit Ihrem zusammen entschieden. Die Kinder werden miteingebürgert.

Sobald die Urkunde fertig ist, lade ich Sie zur Aushändigung ein. Bitte bringen Sie dann beide bosnischen Reisepässe mit.

Mit freundlichen Grüßen
Im Auftrag

[[P|Monika Wiedemann]]
Sachgebiet 31 – Staatsangehörigkeit und Ausländerwesen
Landratsamt Altmühlgau
{LRA_ADR}
Tel. [[T|09147 630-314]]

-----Ursprüngliche Nachricht-----
Von: [[P|Emir Hadžić]] <[[E|emir.hadzic83@web.de]]>
Gesendet: Freitag, 27. Februar 2026 21:17
An: {EB_MAIL}
Betreff: Einbürgerung Sachstand

Poštovani, sehr geehrte Frau [[P|Wiedemann]],

im Oktober 2025 habe ich mit meine Frau die Einbürgerung beantragt, seitdem habe ich nichts gehört. Bitte sagen Sie mir ob noch etwas fehlt.

Meine Daten: [[P|Emir Hadžić]], geb. [[DOB|14.08.1983]] in Zenica, JMBG [[IDC|{jmbg1}]]
wohnhaft [[A|Kreuzgasse 7]], [[A|91790 Altmühlfeld]]
Ehefrau: [[P|Amela Hadžić]] geb. [[P|Mujić]], geb. [[DOB|02.01.1986]]
Kinder: [[P|Lejla]] (10) und [[P|Tarik]] (7)

Ich arbeite seit 2016 bei Altmühltaler Metallbau GmbH in Dollnstetten, unbefristet. Meine Arbeitgeber braucht Bescheid wegen Urlaub, weil wir im Sommer nach Bosnien fahren wollen.

Tel. [[T|0176 4418 2093]] (ab 16 Uhr)

Hvala i lijep pozdrav
[[P|Emir Hadžić]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 2 Bescheid: naturalisation refused (living costs not secured), Albanian applicant
pass2 = passport_layout("BB", 7)
DOCS.append(("word", "einbuergerung_ablehnung_lebensunterhalt", f"""Landratsamt Altmühlgau · {LRA_ADR}

Gegen Postzustellungsurkunde
Herrn
[[P|Ardit Berisha]]
[[A|Am Lohgraben 11a]]
[[A|91795 Dollnstetten]]

Ihr Zeichen: –
Unser Zeichen: [[AZ|31-EB-2024/1172]]
Sachbearbeiter: [[P|Tobias Gruber-Lindner]]
Zimmer 2.14, Tel. [[T|09147 630-318]]
Altmühlfeld, 05.03.2026

Vollzug des Staatsangehörigkeitsgesetzes (StAG);
Ihr Antrag auf Einbürgerung vom 19.06.2024

Sehr geehrter Herr [[P|Berisha]],

das Landratsamt Altmühlgau erlässt folgenden

Bescheid:

1. Der Antrag von Herrn [[P|Ardit Berisha]], geboren am [[DOB|21.11.1991]] in Shkodër/Albanien, albanischer Staatsangehöriger (Reisepass Nr. [[PASS|{pass2}]]), auf Einbürgerung in den deutschen Staatsverband wird abgelehnt.
2. Herr [[P|Berisha]] hat die Kosten des Verfahrens zu tragen. Für diesen Bescheid wird eine Gebühr von 191,25 EUR festgesetzt (Kassenzeichen [[AZ|5.3102.774415.9]]).

Gründe:
I.
Sie halten sich seit Juli 2016 rechtmäßig in Deutschland auf und besitzen eine Niederlassungserlaubnis. Am 19.06.2024 beantragten Sie die Einbürgerung. Ihre Ehefrau, Frau [[P|Drita Berisha]] (geb. [[DOB|05.03.1994]]), hat keinen eigenen Antrag gestellt. Mit Schreiben vom 14.11.2025 wurden Sie zur beabsichtigten Ablehnung angehört; Sie haben sich dazu nicht geäußert. Ein Rückrufversuch unter der von Ihnen angegebenen Nummer [[T|0151 7720 4139]] am 02.12.2025 blieb erfolglos.

II.
Nach § 10 Abs. 1 Satz 1 Nr. 3 StAG setzt die Anspruchseinbürgerung voraus, dass der Ausländer den Lebensunterhalt für sich und seine unterhaltsberechtigten Familienangehörigen ohne Inanspruchnahme von Leistungen nach dem SGB II oder SGB XII bestreiten kann. Sie beziehen seit 01.02.2025 ergänzend Bürgergeld. Eine Ausnahme nach § 10 Abs. 1 Satz 1 Nr. 3 Buchst. a bis c StAG liegt nicht vor. Auch eine Ermessenseinbürgerung nach § 8 StAG scheidet aus.

Die Kostenentscheidung beruht auf § 38 StAG i. V. m. der StAGebV.

{RBB_VG}

Mit freundlichen Grüßen

[[P|Gruber-Lindner]]
Regierungsinspektor
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 3 Brazilian mother asks about Elterngeld Plus, partly in English and Portuguese
tid3 = ids.tax_id()
iban3 = ids.iban_de()
DOCS.append(("outlook", "elterngeld_frage_partnerschaftsbonus", f"""Von: [[P|Larissa Cavalcanti Rocha]] <[[E|larissa.cavalcanti@yahoo.com.br]]>
Gesendet: Montag, 9. März 2026 13:02
An: {EG_MAIL}
Betreff: Elterngeld Plus / Partnerschaftsbonus – question

Hello / Olá / Guten Tag,

sorry my German is not so good yet, I write in English, I hope this is ok.

Our daughter [[P|Helena]] was born on [[DOB|18 January 2026]] in the Klinikum Altmühlfeld. My husband [[P|Florian Rieder]] and I want to apply for Elterngeld. I was working as a UX designer (employed, 32 h/week) until December. We would like to do Basiselterngeld for me for 6 months and then both of us Elterngeld Plus with the Partnerschaftsbonus, each 28 hours per week. Is this possible? Do we need to send one application together or two?

Also: my salary in 2025 was partly paid in Brazil (freelance, Jan–Mar). Do you need the Brazilian tax papers?

My data:
[[P|Larissa Cavalcanti Rocha]], born [[DOB|1990-07-04]]
[[A|Weinbergstraße 23]], [[A|91797 Tauting]]
Steuer-ID [[TID|{tid3}]]
IBAN for payment: [[IBAN|{group(iban3, 4)}]] (account of [[P|Florian Rieder]], is that ok?)

You can call me on [[T|+49 1512 3378 409]] or my husband at work [[T|0841 / 93 12 55]].

Muito obrigada!
[[P|Larissa]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 4 Elterngeld Bescheid for a Bavarian family
tnr4 = ids.tax_number_bavaria()
vat4 = ids.vat_id()
iban4 = ids.iban_de()
tid4 = ids.tax_id()
DOCS.append(("word", "elterngeld_bescheid_basis", f"""LANDRATSAMT ALTMÜHLGAU
Sachgebiet 23 – Familie und Elterngeld
{LRA_ADR}

Frau
[[P|Veronika Obermaier]]
[[A|Hofmarkstraße 2]]
[[A|91799 Obereichach]]

Aktenzeichen: [[AZ|EG-23-2026-00417]]
Ihre Ansprechpartnerin: [[P|Sabine Kastl]]
Telefon [[T|09147 630-233]]
E-Mail [[E|sabine.kastl@lra-altmuehlgau.de]]
Datum: 12.03.2026

Bescheid über Elterngeld nach dem Bundeselterngeld- und Elternzeitgesetz (BEEG)
für das Kind [[P|Quirin Obermaier]], geboren am [[DOB|27.12.2025]]

Sehr geehrte Frau [[P|Obermaier]],

auf Ihren Antrag vom 20.01.2026 wird Ihnen für die Lebensmonate 1 bis 12 Basiselterngeld bewilligt. Die Mutterschaftsleistungen für die Lebensmonate 1 und 2 werden angerechnet.

Berechnung:
Elterngeldberechtigte: [[P|Veronika Obermaier]], geb. [[DOB|03.05.1994]]
Steuer-Identifikationsnummer: [[TID|{group(tid4, 3)}]]
Bemessungszeitraum: 01.12.2024 bis 30.11.2025
Durchschnittliches Elterngeldnetto vor der Geburt: 2.184,37 EUR
Ersatzrate: 65 %
Monatlicher Elterngeldbetrag: 1.419,84 EUR
Lebensmonate 1–2: 0,00 EUR (Anrechnung Mutterschaftsgeld und Arbeitgeberzuschuss)
Lebensmonate 3–12: je 1.419,84 EUR

Der andere Elternteil, Herr [[P|Korbinian Obermaier]], hat für die Lebensmonate 13 und 14 einen eigenen Antrag gestellt; darüber ergeht ein gesonderter Bescheid. Da er selbständig tätig ist (Schreinerei, Steuernummer [[TNR|{tnr4}]], USt-IdNr. [[VAT|{vat4}]]), benötigen wir für seinen Antrag noch den Einkommensteuerbescheid 2024.

Die Auszahlung erfolgt jeweils zum Ende des Lebensmonats auf das Konto
IBAN [[IBAN|{group(iban4, 4)}]], Kontoinhaberin [[P|Veronika Obermaier]].

Bitte teilen Sie uns unverzüglich mit, wenn Sie während des Bezugs eine Teilzeittätigkeit aufnehmen (§ 8 BEEG).

{RBB_WS}

Mit freundlichen Grüßen
Im Auftrag
[[P|Kastl]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 5 Austrian pensioner asks for a higher GdB
svnr5 = at_svnr("120358")
kv5 = kv()
DOCS.append(("outlook", "schwerbehinderung_neufeststellung_at", f"""Von: [[P|Gerhard Pichlmayr]] <[[E|g.pichlmayr@aon.at]]>
Gesendet: Mittwoch, 4. März 2026 08:15
An: {SB_MAIL}
Betreff: Antrag auf Neufeststellung GdB - Az. [[AZ|SB 24-0771/23]]

Grüß Gott,

ich bin Österreicher und wohne seit 2019 bei meiner Tochter in [[A|Brunnenweg 5]], [[A|91796 Schernried]]. 2023 haben Sie bei mir einen GdB von 30 festgestellt (Diabetes). Inzwischen ist es leider deutlich schlechter geworden: im Dezember wurde mir nach einer Infektion der linke Vorfuß amputiert, dazu kommt eine Polyneuropathie in beiden Beinen, ich kann nur noch kurze Strecken mit Rollator gehen.

Ich beantrage daher die Neufeststellung und das Merkzeichen G, eventuell aG.

Zur Person:
[[P|Gerhard Pichlmayr]], geboren am [[DOB|12. März 1958]] in Braunau am Inn
österr. Sozialversicherungsnummer [[SSN|{svnr5}]] (Pension kommt von der PVA)
deutsche Krankenversicherung: AOK Bayern, Versichertennr. [[KV|{kv5}]]

Behandelnde Ärzte: Dr. [[P|Yusuf Demirel]], Diabetologe, Ingolstadt, und die Gefäßchirurgie im Klinikum Altmühlfeld (Entlassbericht liegt bei).

Meine Tochter [[P|Christiane Wenninger]] hilft mir beim Schriftverkehr, Sie können auch mit ihr sprechen: [[T|0171 229 0476]]. Ich selbst bin unter meiner alten österreichischen Nummer [[T|+43 664 318 2270]] zu erreichen.

Mit freundlichen Grüßen
[[P|Gerhard Pichlmayr]]
""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
# 6 Aktenvermerk of the Betreuungsbehörde after a home visit
idc6 = ids.id_card(check_digit=True)
DOCS.append(("word", "betreuung_aktenvermerk_hausbesuch", f"""Landratsamt Altmühlgau – Betreuungsstelle
Az.: [[AZ|BtB 2026/0183]]    Gericht: Amtsgericht Altmühlfeld, [[AZ|XVII 214/26]]

AKTENVERMERK
über den Hausbesuch am 02.03.2026, 14:00–15:10 Uhr

Betroffene: [[P|Kreszenz Huber]], geb. [[DOB|9.2.1938]]
Anschrift: [[A|Kirchsteig 3]], [[A|91798 Rieshofen]]
anwesend: die Betroffene, ihr Sohn [[P|Josef Huber]] (wohnt im selben Haus, OG), Unterzeichnerin

Frau [[P|Huber]] empfing uns freundlich, war jedoch zeitlich und örtlich nicht orientiert (nannte das Jahr 1987, hielt die Unterzeichnerin für eine Nachbarin). Laut Hausarzt Dr. [[P|Anton Schmidbauer]] (Attest vom 12.02.2026) besteht eine mittelgradige Alzheimer-Demenz. Die Wohnung ist sauber, Essen auf Rädern kommt täglich, der Pflegedienst zweimal täglich (Pflegegrad 3).

Problematisch sind die Finanzen: Es bestehen Rückstände beim Strom, außerdem wurden im Januar über einen Haustürverkäufer zwei Zeitschriftenabos abgeschlossen. Eine Vorsorgevollmacht existiert nicht. Der Personalausweis der Betroffenen (Nr. [[IDC|{idc6}]]) ist im Oktober 2025 abgelaufen. Herr [[P|Josef Huber]] ist bereit, die Betreuung ehrenamtlich zu übernehmen, möchte aber die Vermögenssorge nicht allein machen, weil es Streit mit seiner Schwester [[P|Maria Gschwendtner]] (wohnhaft [[A|Lindenweg 14]], [[A|85049 Ingolstadt]], Tel. [[T|0841 3318 27]]) um das Haus gibt.

Empfehlung an das Gericht:
– Betreuung erforderlich für Gesundheitssorge, Aufenthaltsbestimmung, Vermögenssorge, Behördenangelegenheiten
– Betreuer für Gesundheitssorge/Aufenthalt: Sohn [[P|Josef Huber]]
– für die Vermögenssorge ggf. Berufsbetreuer (Vorschlag: Herr [[P|Georg Lechner]], Betreuungsbüro Altmühlfeld), um den Familienkonflikt zu entschärfen

Sozialbericht folgt bis 16.03.2026.

Altmühlfeld, 03.03.2026
[[P|K. Zellner]], Dipl.-Sozialpäd. (FH)
""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
# 7 Betreuungsgericht asks the Betreuungsbehörde for a social report
DOCS.append(("word", "amtsgericht_ersuchen_sozialbericht", f"""Amtsgericht Altmühlfeld
– Betreuungsgericht –
{AG_ADR}
Telefon {AG_TEL}

Amtsgericht Altmühlfeld · {AG_ADR}
Landratsamt Altmühlgau
Betreuungsstelle
{LRA_ADR}

Aktenzeichen: [[AZ|XVII 391/26]]
Altmühlfeld, 25.02.2026

Betreuungssache
[[P|Ludwig Stangl]], geboren am [[DOB|17.10.1961]],
wohnhaft [[A|Schmiedgasse 8]], [[A|91793 Hagenbuch a. d. Altmühl]],
derzeit: Bezirksklinikum Ingolstadt, Station P4 (beschützt)

Sehr geehrte Damen und Herren,

das Bezirksklinikum hat mit Schreiben vom 20.02.2026 die Einrichtung einer Betreuung angeregt. Nach dem ärztlichen Bericht leidet der Betroffene an einem alkoholbedingten Korsakow-Syndrom; er ist nach einem Sturz mit Schädel-Hirn-Trauma stationär aufgenommen worden und nicht in der Lage, seine Angelegenheiten selbst zu regeln. Angehörige: ein Bruder, Herr [[P|Alois Stangl]], [[A|Rosenstraße 40]], [[A|91790 Altmühlfeld]], Tel. [[T|09147/2261]].

Die Betreuungsbehörde wird gemäß § 279 Abs. 2 FamFG i. V. m. § 11 BtOG gebeten, binnen drei Wochen einen Bericht zu erstatten, insbesondere zu
1. der persönlichen, gesundheitlichen und sozialen Situation des Betroffenen,
2. der Erforderlichkeit der Betreuung einschließlich geeigneter anderer Hilfen,
3. dem Umfang des Aufgabenkreises,
4. der Eignung des Bruders bzw. eines Berufsbetreuers.

Zum Verfahrenspfleger wurde Rechtsanwalt [[P|Matthias Reiser]], [[A|Marktplatz 9]], [[A|91790 Altmühlfeld]], bestellt.

Die Anhörung des Betroffenen ist für den 18.03.2026, 10:30 Uhr, im Bezirksklinikum vorgesehen. Eine Teilnahme der Behörde ist erwünscht.

[[P|Weinzierl]]
Richterin am Amtsgericht

Beglaubigt
[[P|Mooslechner]], JSekr'in
als Urkundsbeamtin der Geschäftsstelle
""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
# 8 Professional Betreuerin asks for a change of Betreuer for a Nigerian client
nin8 = nin()
pass8 = passport_layout("A", 8)
kv8 = kv()
DOCS.append(("outlook", "berufsbetreuerin_betreuerwechsel", f"""Von: Betreuungsbüro [[P|Schwarzfischer]] <[[E|kontakt@betreuung-schwarzfischer.de]]>
Gesendet: Donnerstag, 5. März 2026 17:48
An: {BT_MAIL}; [[P|Zellner Katharina]] <[[E|katharina.zellner@lra-altmuehlgau.de]]>
Betreff: Betreuerwechsel [[P|Okafor]] / AG Altmühlfeld [[AZ|XVII 88/24]]

Liebe Frau [[P|Zellner]],

wie telefonisch angekündigt: ich möchte die Betreuung für Herrn [[P|Chukwuemeka Okafor]] (geb. [[DOB|3.6.1979]]) abgeben und beim Gericht einen Betreuerwechsel anregen. Es geht nicht um den Klienten selbst, sondern um meine Kapazitäten – ich bin mit 52 Fällen am Limit, und Herr [[P|Okafor]] braucht wegen seiner paranoiden Schizophrenie und der ständigen Krisen (zuletzt drei Unterbringungen nach § 1831 BGB in 2025) mehr Zeit, als ich ihm geben kann.

Offene Punkte, die ein Nachfolger kennen muss:
- Pass: nigerianischer Reisepass [[PASS|{pass8}]] ist seit 11/2025 abgelaufen. Die Botschaft in Berlin verlangt für die Verlängerung die NIN, die haben wir inzwischen: [[IDC|{nin8}]].
- Aufenthaltserlaubnis läuft am 30.04.2026 ab, Termin bei der Ausländerbehörde am 24.03.
- Wohnheim: Sozialtherapeutisches Wohnheim, [[A|Am Mühlbach 15]], [[A|91798 Rieshofen]], Bezugsbetreuer Herr [[P|Rainer Fackler]]
- Krankenkasse: AOK Bayern, Versichertennummer [[KV|{kv8}]]; Zuzahlungsbefreiung 2026 beantragt
- Schwester in Lagos ([[P|Ngozi Okafor-Adeyemi]], WhatsApp [[T|+234 803 418 2271]]) ruft regelmäßig an und möchte informiert werden – Schweigepflichtentbindung liegt nur für die Botschaft vor!

Könnten Sie beim Gericht jemanden vorschlagen, der Englisch spricht? Herr [[P|Lechner]] hätte evtl. Kapazität, ich habe ihn aber noch nicht gefragt.

Viele Grüße
[[P|Aylin Schwarzfischer]]
Berufsbetreuerin, Dipl.-Sozialarbeiterin (FH)
Betreuungsbüro [[P|Schwarzfischer]]
[[A|Bahnhofstraße 22]] · [[A|91790 Altmühlfeld]]
Tel. [[T|09147 40 88 12]] · mobil [[T|0160 9981 234]]
""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
# 9 Driving-licence office orders a medical-psychological assessment (MPU) after drunk driving
DOCS.append(("word", "fahrerlaubnis_anordnung_mpu", f"""Landratsamt Altmühlgau
Fahrerlaubnisbehörde
{LRA_ADR}

Landratsamt Altmühlgau · {LRA_ADR}
Herrn
[[P|Maximilian Brunnhuber]]
[[A|Hauptstraße 31]]
[[A|91796 Schernried]]

Geschäftszeichen: [[AZ|FS-32-2026-0214]]
Bearbeiter: Herr [[P|Rappl]], Zi. 0.08
Tel.: [[T|09147 630-412]]
Datum: 10.03.2026

Fahrerlaubnis der Klassen B, BE, AM, L;
Anordnung der Beibringung eines medizinisch-psychologischen Gutachtens

Sehr geehrter Herr [[P|Brunnhuber]],

nach Mitteilung der Staatsanwaltschaft Ingolstadt (Az. [[AZ|31 Js 2241/25]]) wurden Sie mit Strafbefehl des Amtsgerichts Altmühlfeld vom 14.01.2026, rechtskräftig seit 04.02.2026, wegen fahrlässiger Trunkenheit im Verkehr (§ 316 StGB) verurteilt. Sie führten am 29.09.2025 gegen 23:40 Uhr das Kraftfahrzeug mit dem amtlichen Kennzeichen [[KFZ|WUG-MB 1987]] auf der Staatsstraße 2230 bei Obereichach; die Blutalkoholkonzentration betrug 1,74 Promille.

Ihre Fahrerlaubnis wurde Ihnen im Strafverfahren nicht entzogen. Nach § 13 Satz 1 Nr. 2 Buchst. c FeV ist bei einer Blutalkoholkonzentration von 1,6 Promille oder mehr jedoch ein medizinisch-psychologisches Gutachten anzuordnen. Es bestehen Zweifel, ob Sie Alkoholkonsum und das Führen eines Kraftfahrzeugs hinreichend sicher trennen können.

Wir fordern Sie daher auf, bis spätestens
12.06.2026
ein Gutachten einer amtlich anerkannten Begutachtungsstelle für Fahreignung vorzulegen. Die Fragestellung lautet:
„Ist zu erwarten, dass Herr [[P|Maximilian Brunnhuber]], geb. [[DOB|08.07.1987]], auch zukünftig ein Kraftfahrzeug unter Alkoholeinfluss führen wird und/oder liegen als Folge eines unkontrollierten Alkoholkonsums Beeinträchtigungen vor, die das sichere Führen eines Kraftfahrzeugs der Gruppe 1 in Frage stellen?“

Bitte teilen Sie uns innerhalb von zwei Wochen mit, welche Begutachtungsstelle Sie beauftragen, und unterschreiben Sie die beiliegende Einverständniserklärung zur Aktenübersendung. Die Kosten der Begutachtung tragen Sie. Eine Abschrift dieses Schreibens erhält Ihr Verteidiger, Rechtsanwalt [[P|Quirin Haslbeck]], [[A|Stadtgraben 12]], [[A|91781 Weißenburg i. Bay.]] (dortiges Az. [[AZ|H-0388/25]]).

Hinweis: Bringen Sie das Gutachten nicht fristgerecht bei, darf nach § 11 Abs. 8 FeV auf Ihre Nichteignung geschlossen und die Fahrerlaubnis entzogen werden. Diese Anordnung ist kein selbständig anfechtbarer Verwaltungsakt; Einwendungen können Sie im Rahmen eines etwaigen Entziehungsverfahrens geltend machen.

Mit freundlichen Grüßen
Im Auftrag

[[P|Michael Rappl]]
""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
# 10 Indian IT professional asks in English about converting his Indian driving licence; reply on top
pass10 = passport_layout("V", 7)
DOCS.append(("outlook", "fuehrerschein_umschreibung_indien", f"""Von: Führerscheinstelle LRA Altmühlgau <{FS_MAIL}>
Gesendet: Mittwoch, 11. März 2026 09:26
An: [[E|venkat.subramanian.89@gmail.com]]
Betreff: AW: Conversion of Indian driving licence – [[AZ|FS-32-2026-0388]]

Dear Mr [[P|Subramanian]],

thank you for your e-mail. Since your Indian licence was issued in a non-EU country, it is valid in Germany only for six months after you registered your residence (in your case until 14 April 2026). India is not on the list of countries whose licences can be converted without tests, so you will need a theory and a practical test at a driving school. You do NOT have to take driving lessons in full, the driving school decides how many you need.

Please send us / bring to an appointment:
– application form (attached), biometric passport photo
– your passport (original please)
– Indian licence in original with an official translation
– eye test (Sehtest) and first aid course certificate

Kind regards / Mit freundlichen Grüßen
[[P|Theresa Eichinger]]
Fahrerlaubnisbehörde, Landratsamt Altmühlgau
Tel. [[T|+49 9147 630-418]]

----- Original Message -----
From: [[P|Venkata Subramanian]] <[[E|venkat.subramanian.89@gmail.com]]>
Date: Tue, 10 Mar 2026 22:51
To: {FS_MAIL}
Subject: Conversion of Indian driving licence

Hello,

I moved from Bengaluru to Germany in October 2025 for a job as software architect at an automotive supplier in Ingolstadt. I have an Indian driving licence (car, since 2008). Can I exchange it for a German one?

Name: [[P|Venkata Ramanan Subramanian]]
Date of birth: [[DOB|23/11/1989]]
Passport: [[PASS|{pass10}]] (Republic of India)
Address: [[A|Am Römerwall 6, App. 12]], [[A|91799 Obereichach]]
Mobile: [[T|+49 157 3120 8846]], India: [[T|+91 98450 27713]]

My wife [[P|Lakshmi]] also wants to convert her licence, she will write separately.

Thanks and regards,
[[P|Venkat]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 11 Phone note: Austrian resident moving in with her Austrian car and EU licence
DOCS.append(("word", "telefonnotiz_fuehrerschein_zulassung_at", f"""Telefonnotiz – Fahrerlaubnisbehörde

Datum/Uhrzeit: 06.03.2026, 11:20
Anrufer/in: Frau [[P|Birgit Hollerwöger]], Rückruf erbeten unter [[T|0043 676 845 2219]] (österr. Handy) oder ab April [[T|(0 91 47) 28 33]]
Entgegengenommen: [[P|T. Eichinger]]

Anliegen:
Frau [[P|Hollerwöger]] (geb. [[DOB|30.04.1972]] in Salzburg) zieht zum 01.04.2026 von [[A|Moosstraße 118/2]], [[A|5020 Salzburg]] nach [[A|Am Sonnenhang 9]], [[A|91795 Dollnstetten]] (Haus ihres Lebensgefährten, Herr [[P|Wolfgang Reischl]]). Sie fragt,
1) ob sie ihren österreichischen Führerschein (Scheckkarte, Klasse B, ausgestellt 2014 von der BH Salzburg-Umgebung) umtauschen muss,
2) was mit ihrem Auto mit österreichischem Kennzeichen [[KFZ|SL 482 KT]] passiert.

Auskunft erteilt:
zu 1) EU-Führerschein gilt unbefristet weiter, kein Umtausch nötig; freiwilliger Umtausch möglich (Gebühr 35,00 EUR zzgl. Auslandsanfrage).
zu 2) nicht unsere Zuständigkeit – Fahrzeug muss nach Wohnsitzbegründung innerhalb eines Jahres in Deutschland zugelassen werden. Wunschkennzeichen [[KFZ|WUG-BH 72]] über die Online-Reservierung der Zulassungsstelle; Verzollung/Unbedenklichkeitsbescheinigung beim Zoll klären. Hat die Durchwahl der Zulassungsstelle (Frau [[P|Seitz]]) bekommen.

Frau [[P|Hollerwöger]] schickt die Unterlagen noch per Mail von [[E|birgit.hollerwoeger@outlook.at]], bitte dann an Frau [[P|Seitz]] weiterleiten.

Erledigt: ja / Wv.: –
[[P|Eichinger]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 12 Naturalisation: file note on a Nigerian family's documents
pass12a = passport_layout("B", 8)
pass12b = passport_layout("B", 8)
nin12 = nin()
DOCS.append(("word", "einbuergerung_vermerk_unterlagen_ng", f"""Landratsamt Altmühlgau – SG 31 Staatsangehörigkeit
Vermerk                                                   Az. [[AZ|31-EB-2025/0621]] ff.

Betreff: Einbürgerungsanträge Familie [[P|Adebayo]], [[A|Pfarrgasse 4]], [[A|91790 Altmühlfeld]]
hier: Prüfung der vorgelegten Unterlagen (Vorsprache am 04.03.2026)

Antragsteller:
| Name                     | geb.          | Pass-Nr.      | Status                     |
|--------------------------|---------------|---------------|----------------------------|
| [[P|Adebayo, Oluwaseun Michael]] | [[DOB|12.05.1980]]    | [[PASS|{pass12a}]]    | Niederlassungserlaubnis    |
| [[P|Adebayo, Folasade]]          | [[DOB|27.09.1984]]    | [[PASS|{pass12b}]]    | Niederlassungserlaubnis    |
| [[P|Adebayo, Tobiloba]]          | [[DOB|15.01.2012]]    | – (Kinderausweis) | miteinzubürgern        |
| [[P|Adebayo, Ayomide]]           | [[DOB|02.08.2016]]    | – (dt. Geburt) | miteinzubürgern       |

1. Identität: Pässe im Original vorgelegt, Kopien zur Akte. NIN des Antragstellers [[IDC|{nin12}]] laut nigerianischer Geburtsurkunde (Neuausstellung 2023) stimmt mit dem Pass überein.
2. Aufenthaltszeiten: seit 2015 ununterbrochen, erfüllt.
3. Lebensunterhalt: Herr [[P|Adebayo]] ist hauptberuflich Pastor der Redeemed Grace Pentecostal Church in Ingolstadt (Arbeitsvertrag mit dem eingetragenen Verein, 2.850 EUR brutto), Frau [[P|Adebayo]] Pflegehelferin in Teilzeit. Kein Leistungsbezug. Erfüllt.
4. Sprache: B1-Zertifikate (telc) für beide; Einbürgerungstest 33/33 bzw. 31/33.
5. Straffreiheit: BZR-Auskünfte ohne Eintrag.
6. Bekenntnis zur FDGO: unterschrieben am 04.03.2026 in meiner Anwesenheit.
7. Regelanfrage LfV: am 05.03.2026 gestellt.

Offen: Nachweis der Rentenversicherungszeiten für Frau [[P|Adebayo]]; telefonisch angefordert unter [[T|0152 0412 7789]].
Wv. 06.04.2026

[[P|M. Wiedemann]], VAe
""", ["RELIGION"]))

# ---------------------------------------------------------------------------------------------------------------
# 13 Lawyer's letter: threatened action for failure to act on a Bosnian client's naturalisation
DOCS.append(("word", "anwaltsschreiben_untaetigkeit_einbuergerung", f"""[[P|SOFTIĆ-BRANDL]] · RECHTSANWÄLTE
Migrations- und Verwaltungsrecht

RAin [[P|Mirela Softić-Brandl]] · [[A|Ludwigstraße 18]] · [[A|85049 Ingolstadt]]

Landratsamt Altmühlgau
Sachgebiet 31 – Staatsangehörigkeit
{LRA_ADR}

vorab per Fax: {FAX}

Unser Zeichen: [[AZ|0117/26 SB]]
Ihr Zeichen: [[AZ|31-EB-2024/0930]]
Ingolstadt, 02.03.2026

Einbürgerungsantrag unseres Mandanten [[P|Nermin Begović]], geb. [[DOB|19.04.1977]],
[[A|Föhrenweg 2]], [[A|91797 Tauting]]

Sehr geehrte Damen und Herren,

hiermit zeigen wir an, dass uns Herr [[P|Nermin Begović]] mit der Wahrnehmung seiner rechtlichen Interessen beauftragt hat. Eine auf uns lautende Vollmacht liegt bei.

Unser Mandant hat am 11.04.2024 die Einbürgerung beantragt. Sämtliche Unterlagen lagen spätestens mit Schreiben vom 30.08.2024 vollständig vor; auf mehrere Sachstandsanfragen (zuletzt 12.12.2025) erhielt er lediglich die Auskunft, die Sache sei „in Bearbeitung“. Der Antrag ist damit seit fast zwei Jahren unbeschieden.

Ein zureichender Grund für die Verzögerung ist nicht ersichtlich. Die Antwort des Landesamts für Verfassungsschutz dürfte längst vorliegen. Unser Mandant ist seit 2009 ununterbrochen bei derselben Spedition in Altmühlfeld als Disponent beschäftigt, nicht vorbestraft und erfüllt alle Voraussetzungen des § 10 StAG.

Wir haben Sie daher aufzufordern, über den Antrag bis zum
                    31.03.2026
zu entscheiden. Nach fruchtlosem Fristablauf werden wir ohne weitere Ankündigung Untätigkeitsklage gemäß § 75 VwGO zum Bayerischen Verwaltungsgericht Ansbach erheben.

Zugleich beantragen wir Akteneinsicht (Art. 29 BayVwVfG). Eine Übersendung der Akte in unsere Kanzlei oder als PDF über das beA wird erbeten.

Mit freundlichen Grüßen

[[P|Softić-Brandl]]
Rechtsanwältin

Kanzlei [[P|Softić-Brandl]] · Tel. [[T|0841 / 88 12 40-0]] · Fax [[T|0841 / 88 12 40-9]]
[[E|kanzlei@softic-brandl-recht.de]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 14 Bescheid on severe disability (GdB 50) for a Bavarian woman
DOCS.append(("word", "schwerbehinderung_bescheid_gdb50", f"""Landratsamt Altmühlgau · Sachgebiet 24 · Schwerbehindertenrecht
{LRA_ADR}

Frau
[[P|Rosina Feuchtgruber]]
[[A|Dorfstraße 17]]
[[A|91793 Hagenbuch a. d. Altmühl]]

Az.: [[AZ|SB 24-1502/25]]
Bearbeiter: [[P|A. Meilinger]]
Tel. [[T|09147 630-241]]
Altmühlfeld, 09.03.2026

Feststellungsbescheid nach § 152 SGB IX

Sehr geehrte Frau [[P|Feuchtgruber]],

auf Ihren Antrag vom 28.10.2025 stelle ich fest:

Bei Ihnen, Frau [[P|Rosina Feuchtgruber]], geboren am [[DOB|22. Juli 1966]], liegt ab dem 28.10.2025 ein Grad der Behinderung (GdB) von 50 vor. Sie sind damit schwerbehindert.

Folgende Funktionsbeeinträchtigungen wurden berücksichtigt:
1. Erkrankung der linken Brust in Heilungsbewährung (Einzel-GdB 50)
2. Lymphödem des linken Armes (Einzel-GdB 10)
3. Depressive Anpassungsstörung (Einzel-GdB 20)

Die gesundheitlichen Voraussetzungen für Merkzeichen liegen nicht vor.

Begründung:
Grundlage sind der Entlassungsbericht der Reha-Klinik vom 12.12.2025, der Befund Ihrer Gynäkologin Dr. [[P|Heike Albrecht]] und die versorgungsärztliche Stellungnahme von Dr. [[P|Ulrike Strobl-Haag]] vom 02.03.2026. Nach Entfernung eines Mammakarzinoms im Stadium T1 N0 M0 ist für fünf Jahre eine Heilungsbewährung abzuwarten; danach wird der GdB von Amts wegen überprüft (voraussichtlich im Oktober 2030).

Den Schwerbehindertenausweis erhalten Sie mit gesonderter Post. Bitte senden Sie uns dazu ein aktuelles Lichtbild.

Hinweis: Ihr Bevollmächtigter, Herr [[P|Johann Kreitmair]] (VdK-Kreisgeschäftsstelle Altmühlfeld, Tel. [[T|09147 5530-12]], [[E|j.kreitmair@vdk.de]]), erhält eine Abschrift dieses Bescheids.

{RBB_WS}

Mit freundlichen Grüßen
Im Auftrag
[[P|Andreas Meilinger]]
""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
# 15 Two mothers (Austrian and German) ask about Elterngeld for both
iban15 = at_iban()
tid15a = ids.tax_id()
tid15b = ids.tax_id()
DOCS.append(("outlook", "elterngeld_zwei_muetter", f"""Von: [[P|Julia Moosbrugger-Lehner]] <[[E|julia.moosbrugger@gmx.at]]>
Gesendet: Sonntag, 8. März 2026 22:04
An: {EG_MAIL}
Betreff: Elterngeldantrag für unsere Tochter – zwei Mütter, was müssen wir beachten?

Sehr geehrte Damen und Herren,

meine Frau und ich haben im Jänner eine Tochter bekommen, [[P|Ella Moosbrugger-Lehner]], geb. [[DOB|21.01.2026]]. Ausgetragen hat sie meine Ehefrau [[P|Stefanie Lehner]]; ich habe das Kind im Februar adoptieren lassen wollen, das Verfahren beim Familiengericht läuft noch (Stiefkindadoption), bis dahin bin ich rechtlich (noch) nicht Elternteil.

Unsere Fragen:
1. Kann ich trotzdem schon jetzt Elterngeld beantragen, weil das Kind in meinem Haushalt lebt und ich es betreue (§ 1 Abs. 3 BEEG?)
2. Ich bin österreichische Staatsbürgerin und arbeite als Grenzgängerin? Nein – ich arbeite in Ingolstadt, wohne nur seit 2022 hier. Reicht die Anmeldebescheinigung?
3. Das Geld soll auf mein österreichisches Konto: IBAN [[IBAN|{iban15}]] (Raiffeisen). Geht das?

Unsere Daten:
[[P|Stefanie Lehner]], geb. [[DOB|14.11.1991]], Steuer-ID [[TID|{tid15a}]]
[[P|Julia Moosbrugger-Lehner]], geb. [[DOB|03.02.1988]], Steuer-ID [[TID|{group(tid15b, 4)}]]
Wohnung: [[A|Am Kalvarienberg 12]], [[A|91790 Altmühlfeld]]
Telefon: [[T|0049 171 4462 038]] ([[P|Julia]]), [[T|0049 160 7713 590]] ([[P|Stefanie]])

Vielen Dank und freundliche Grüße
[[P|Julia Moosbrugger-Lehner]] und [[P|Stefanie Lehner]]
""", ["SEXUAL_ORIENTATION"]))

# ---------------------------------------------------------------------------------------------------------------
# 16 File note on the intelligence-service check of an Albanian applicant (religious association)
pass16 = passport_layout("BC", 7)
DOCS.append(("word", "einbuergerung_vermerk_regelanfrage_al", f"""Az.: [[AZ|31-EB-2025/0214]]                                   Altmühlfeld, 11.03.2026

V e r m e r k

Einbürgerungsverfahren [[P|Dritan Hoxha]], geb. am [[DOB|7. Juni 1988]] in Durrës (Albanien),
wohnhaft [[A|Siedlerstraße 26]], [[A|91799 Obereichach]], alb. RP [[PASS|{pass16}]]

1. Das Bayerische Landesamt für Verfassungsschutz hat mit Schreiben vom 03.03.2026 mitgeteilt, dass zum Antragsteller keine Erkenntnisse im Sinne des § 11 StAG vorliegen.

2. Im Fragebogen zur Einbürgerung hat Herr [[P|Hoxha]] angegeben, Mitglied und ehrenamtlicher Kassier des „Albanisch-Islamischen Kulturvereins Altmühltal e. V.“ zu sein und dort freitags das Gemeinschaftsgebet mitzuorganisieren. Der Verein ist beim LfV nicht als extremistisch bekannt. Die Angabe ist für die Entscheidung ohne Bedeutung und wird nicht weiter geprüft.

3. Sprachnachweis B1 (Goethe-Institut) und Einbürgerungstest (32 Punkte) liegen vor. Arbeitgeber: Elektrotechnik Altmühltal GmbH, unbefristet seit 2018.

4. Die Ehefrau, Frau [[P|Elira Hoxha]] geb. [[P|Shehu]], geb. [[DOB|1990-12-01]], stellt vorerst keinen Antrag (fehlender Sprachnachweis); Telefonat mit ihr am 10.03. unter [[T|+49 151 2048 6631]]; Herr [[P|Hoxha]] selbst ist per Mail an [[E|dritan.hoxha88@gmail.com]] erreichbar.

5. Die Einbürgerungsurkunde kann ausgefertigt werden. Aushändigung mit Loyalitätserklärung im Rahmen der Einbürgerungsfeier am 24.04.2026.

6. Gebühr 255,00 EUR am 19.02.2026 bezahlt (Kassenzeichen [[AZ|5.3102.771840.2]]).

z. d. A.

[[P|Wiedemann]]
""", ["RELIGION"]))

# ---------------------------------------------------------------------------------------------------------------
# 17 Forwarded thread: daughter asks about certifying a lasting power of attorney after her father's stroke
DOCS.append(("outlook", "betreuung_weiterleitung_vorsorgevollmacht", f"""Von: [[P|Loibl, Stefan]] <[[E|stefan.loibl@lra-altmuehlgau.de]]>
Gesendet: Montag, 9. März 2026 08:03
An: [[P|Zellner, Katharina]] <[[E|katharina.zellner@lra-altmuehlgau.de]]>
Betreff: WG: Vollmacht für meinen Vater – Beglaubigung?

Hallo [[P|Katharina]],

kannst du das übernehmen? Ich bin ab Mittwoch auf Fortbildung. Klingt für mich so, als ob wir nicht mehr beglaubigen können, wenn der Vater nicht mehr geschäftsfähig ist – dann läuft es eher auf eine Betreuungsanregung raus. Ruf die Tochter bitte vorher an.

Gruß [[P|Stefan]]

________________________________
Von: [[P|Brigitte Nießl]] <[[E|brigitte.niessl@t-online.de]]>
Gesendet: Samstag, 7. März 2026 19:36
An: {BT_MAIL}
Betreff: Vollmacht für meinen Vater – Beglaubigung?

Sehr geehrte Damen und Herren,

mein Vater [[P|Xaver Nießl]] (geb. [[DOB|01.12.1940]]), wohnhaft [[A|Am Anger 5]], [[A|91798 Rieshofen]], hatte vor drei Wochen einen schweren Schlaganfall und ist seit Montag in der Reha in Bad Gögging. Er ist rechtsseitig gelähmt und kann kaum sprechen (Aphasie), versteht aber nach Einschätzung der Logopädin vieles.

Leider hat er nie eine Vorsorgevollmacht gemacht. Wir (ich und mein Bruder [[P|Thomas Nießl]]) müssten jetzt dringend sein Konto bei der Raiffeisenbank, die Pflegekasse und den Heimplatz regeln. Die Bank sagt, ohne Vollmacht geht gar nichts.

Kann die Betreuungsstelle eine Vollmacht beglaubigen, wenn er mit der linken Hand ein Kreuz macht? Oder kommen Sie dafür in die Reha? Und wenn das nicht geht, was müssen wir dann tun?

Ich bin erreichbar unter [[T|08458 / 32 17 09]] oder mobil [[T|0175-5510287]]. Mein Bruder wohnt in München: [[A|Schleißheimer Str. 211]], [[A|80809 München]], Tel. [[T|089 3520 4417]].

Vielen Dank!
Mit freundlichen Grüßen
[[P|Brigitte Nießl]]
""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
# 18 Bescheid: licence withdrawn after driving under amphetamine (Albanian driver)
DOCS.append(("word", "fahrerlaubnis_entziehung_amphetamin", f"""Landratsamt Altmühlgau – Fahrerlaubnisbehörde – {LRA_ADR}

Gegen Postzustellungsurkunde
Herrn
[[P|Klodian Muça]]
[[A|Bahnhofstraße 7, 2. OG links]]
[[A|91790 Altmühlfeld]]

Az. [[AZ|FS-32-2026-0097]]
Ansprechpartner: [[P|Michael Rappl]], Tel. [[T|09147 630-412]]
Altmühlfeld, 13.03.2026

Entziehung der Fahrerlaubnis

Sehr geehrter Herr [[P|Muça]],

das Landratsamt Altmühlgau erlässt folgenden

B e s c h e i d :

1. Die Fahrerlaubnis von Herrn [[P|Klodian Muça]], geb. [[DOB|16.02.1995]], für die Klassen B, AM und L (Führerschein ausgestellt am 22.05.2017 durch das Landratsamt Altmühlgau) wird entzogen.
2. Herr [[P|Muça]] hat seinen Führerschein spätestens sieben Tage nach Zustellung dieses Bescheides beim Landratsamt Altmühlgau abzuliefern.
3. Für den Fall, dass Nr. 2 nicht fristgerecht erfüllt wird, wird ein Zwangsgeld in Höhe von 500,00 EUR angedroht.
4. Die sofortige Vollziehung der Nrn. 1 und 2 wird angeordnet.
5. Herr [[P|Muça]] hat die Kosten des Verfahrens zu tragen. Es wird eine Gebühr von 230,00 EUR festgesetzt; die Auslagen betragen 3,68 EUR.

Gründe:
I.
Am 17.01.2026 wurden Sie um 02:15 Uhr in Altmühlfeld als Führer des Pkw mit dem amtlichen Kennzeichen [[KFZ|IN-KM 404]] einer Verkehrskontrolle unterzogen. Die Auswertung der Blutprobe durch das Institut für Rechtsmedizin ergab 48 ng/ml Amphetamin. Die Polizeiinspektion Altmühlfeld (Vorgangsnr. [[AZ|BY8541-000471-26/3]]) teilte dies mit.
Mit Schreiben vom 16.02.2026 wurden Sie angehört. Ihr Bevollmächtigter, Rechtsanwalt [[P|Endrit Lleshi]], trug vor, Sie hätten die Substanz unwissentlich in einem Getränk zu sich genommen.

II.
Nach § 3 Abs. 1 StVG, § 46 Abs. 1 FeV ist die Fahrerlaubnis zu entziehen, wenn sich der Inhaber als ungeeignet erweist. Dies ist nach Nr. 9.1 der Anlage 4 zur FeV bei Einnahme von Betäubungsmitteln im Sinne des BtMG (außer Cannabis) regelmäßig der Fall; bereits die einmalige Einnahme von Amphetamin genügt. Die Behauptung einer unbewussten Aufnahme ist nicht glaubhaft, da sie nicht näher substantiiert wurde.

{RBB_VG}

Hinweis: Eine Klage hat wegen Nr. 4 keine aufschiebende Wirkung. Beim Verwaltungsgericht kann die Wiederherstellung der aufschiebenden Wirkung beantragt werden (§ 80 Abs. 5 VwGO).

Mit freundlichen Grüßen

[[P|Rappl]]
Verwaltungsamtmann

Abdruck an: RA [[P|Lleshi]], [[A|Theresienstraße 3]], [[A|85049 Ingolstadt]] (zu Az. [[AZ|44/26 LL]])
""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
# 19 Indian nurse at the district hospital asks which documents she needs for naturalisation
aad19 = aadhaar()
pass19 = passport_layout("Z", 7)
DOCS.append(("outlook", "einbuergerung_anfrage_pflegefachkraft_in", f"""Von: [[P|Anjali Thomas Kuriakose]] <[[E|anjali.kuriakose@hotmail.com]]>
Gesendet: Donnerstag, 12. März 2026 06:58
An: {EB_MAIL}
Betreff: Fragen zur Einbürgerung - Unterlagen

Sehr geehrte Damen und Herren,

ich heiße [[P|Anjali Thomas Kuriakose]], bin geb. [[DOB|4.9.91]] in Kottayam (Kerala) und arbeite seit Mai 2020 als Pflegefachkraft auf der Intensivstation im Klinikum Altmühlfeld. Ich möchte die deutsche Staatsangehörigkeit beantragen, weil ich jetzt 5 Jahre hier bin und mein B2 habe.

Ich weiß, Indien erlaubt keine doppelte Staatsangehörigkeit, also ich muss den indischen Pass abgeben. Ist es richtig, dass ich zuerst eine Einbürgerungszusicherung bekomme und dann erst auf die indische Staatsangehörigkeit verzichte? Wegen OCI-Karte frage ich das, meine Eltern leben noch in Kerala.

Was für Dokumente brauche ich aus Indien? Ich habe:
- Reisepass [[PASS|{pass19}]]
- Geburtsurkunde (englisch, Apostille)
- Aadhaar-Karte Nr. [[IDC|{group(aad19, 4)}]] (brauchen Sie die?)
- Anerkennungsurkunde Pflegefachfrau von der Regierung von Oberbayern

Meine Adresse: [[A|Schwesternwohnheim Klinikum, Zi. 214]], [[A|Krankenhausstraße 10]], [[A|91790 Altmühlfeld]]
Ab 1. Mai neue Wohnung: [[A|Ringstraße 44]], [[A|91790 Altmühlfeld]]

Ich arbeite im Schichtdienst, am besten erreichen Sie mich per Mail oder unter [[T|0151 - 2347 8890]] zwischen 12 und 14 Uhr. Meine Kollegin [[P|Mareike Fößel]] hat mir gesagt, dass Frau [[P|Wiedemanns]] Termine immer sehr schnell vergeben sind.

Mit freundlichen Grüßen
[[P|Anjali Thomas Kuriakose]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 20 Guest list for the naturalisation ceremony (table pasted as text)
DOCS.append(("word", "einbuergerungsfeier_teilnehmerliste", f"""Einbürgerungsfeier des Landkreises Altmühlgau
Freitag, 24.04.2026, 16:00 Uhr, großer Sitzungssaal des Landratsamts
anschließend Stehempfang im Pfarrsaal St. Willibald ([[N|Kirchplatz 1]]), Musik: Jugendblaskapelle Tauting

Teilnehmerliste (Stand 12.03.2026) – nur für den Dienstgebrauch

Nr. | Name, Vorname | Geburtsdatum | bisherige Staatsang. | Az. | Begleitpers.
1 | [[P|Hoxha, Dritan]] | [[DOB|1988-06-07]] | albanisch | [[AZ|31-EB-2025/0214]] | 2
2 | [[P|Adebayo, Oluwaseun Michael]] | [[DOB|1980-05-12]] | nigerianisch | [[AZ|31-EB-2025/0621]] | 3
3 | [[P|Adebayo, Folasade]] | [[DOB|1984-09-27]] | nigerianisch | [[AZ|31-EB-2025/0622]] | –
4 | [[P|Ferreira da Silva, Thiago]] | [[DOB|1986-02-19]] | brasilianisch | [[AZ|31-EB-2025/0407]] | 1
5 | [[P|Nair, Prakash Gopalan]] | [[DOB|1979-12-30]] | indisch | [[AZ|31-EB-2024/1288]] | 2
6 | [[P|Sejdić, Adnan]] | [[DOB|1994-03-15]] | bosnisch-herzegowinisch | [[AZ|31-EB-2025/0019]] | 0
7 | [[P|Gashi-Rexhepi, Blerta]] | [[DOB|2001-08-08]] | kosovarisch | [[AZ|31-EB-2025/0550]] | 1

Grußwort: Landrat; Festrede: Frau Dr. [[P|Ingrid Pföß-Hartl]] (Kreisheimatpflegerin) – noch nicht zugesagt, Rückfrage über Frau [[P|Wiedemann]].
Urkundenübergabe: Herr [[P|Ostermeier]] (SGL 31), Frau [[P|Wiedemann]].
Fotograf: [[P|Benedikt Schöll]], Altmühl-Kurier ([[T|0172 880 4461]]) – Einwilligungen zur Veröffentlichung einholen (Nr. 2, 3 und 6 haben abgelehnt!).
Catering: Metzgerei am Markt, Bestellung bis 10.04.

Ansprechpartnerin: [[P|Monika Wiedemann]], Tel. [[T|09147 630-314]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 21 Austrian parents ask about the disability card for their son with Down syndrome
uid21 = at_uid()
kv21 = kv()
DOCS.append(("outlook", "schwerbehinderung_kind_trisomie21", f"""Von: [[P|Andrea Gstöttner]] <[[E|andrea.gstoettner@icloud.com]]>
Gesendet: Freitag, 6. März 2026 15:27
An: {SB_MAIL}
Cc: [[P|Lukas Gstöttner]] <[[E|l.gstoettner@gstoettner-holzbau.at]]>
Betreff: Schwerbehindertenausweis für unseren Sohn [[P|Moritz]] – Merkzeichen H?

Grüß Gott,

wir sind im Herbst aus Oberösterreich nach [[A|Am Weiher 3]], [[A|91797 Tauting]] gezogen und haben für unseren Sohn [[P|Moritz Gstöttner]] (geb. [[DOB|29.06.2021]]) den Antrag auf Feststellung einer Behinderung gestellt. Bei [[P|Moritz]] wurde nach der Geburt durch Chromosomenanalyse eine freie Trisomie 21 festgestellt, dazu kam ein operierter Herzfehler (AVSD). In Österreich hatte er den Behindertenpass mit 70 % und den Zusatz „erhöhte Familienbeihilfe“.

Die Dame am Telefon (Frau [[P|Baumgartl]]?) hat gesagt, dass das in Deutschland anders berechnet wird und wir neue Befunde brauchen. Wir haben jetzt:
- Befund der genetischen Beratung Linz (Karyotyp 47,XY,+21)
- Arztbrief Kinderkardiologie
- Entwicklungsbericht der Frühförderung

Unsere Frage: Bekommt [[P|Moritz]] das Merkzeichen H (hilflos)? Er braucht bei allem Hilfe, schläft nachts nicht durch, und der Kindergarten gibt ihm eine Integrationskraft. Wir würden gern wissen, ob wir noch etwas einschicken sollen, bevor Ihr Arzt entscheidet.

Aktenzeichen haben wir noch keins bekommen. Für Rückfragen bin ich unter [[T|+43 650 771 3094]] erreichbar (deutsche Nummer haben wir noch nicht), mein Mann unter [[T|+43 7242 558 19]] in der Firma (Holzbau [[P|Gstöttner]], UID [[VAT|{uid21}]], läuft noch in Österreich weiter). [[P|Moritz]] ist bei der AOK Bayern familienversichert, Versichertennummer [[KV|{kv21}]].

Liebe Grüße
[[P|Andrea Gstöttner]]
""", ["HEALTH", "GENETIC"]))

# ---------------------------------------------------------------------------------------------------------------
# 22 Betreuungsbehörde proposes a Bosnian-speaking professional Betreuerin to the court
ssn22 = ids.social_security("110555", "M")
jmbg22 = jmbg(11, 5, 1955, 17, True)
iban22 = ba_iban()
DOCS.append(("word", "betreuung_sozialbericht_betreuervorschlag", f"""Landratsamt Altmühlgau · Betreuungsstelle · {LRA_ADR}

An das
Amtsgericht Altmühlfeld
– Betreuungsgericht –
{AG_ADR}

Ihr Az.: [[AZ|XVII 402/26]]
Unser Az.: [[AZ|BtB 2026/0201]]
Sachbearbeitung: [[P|Stefan Loibl]], Tel. [[T|09147 630-262]]
Altmühlfeld, 16.03.2026

Betreuungssache [[P|Fatima Mehmedović]], geb. [[DOB|11.05.1955]]
Sozialbericht gemäß § 12 BtOG und Betreuervorschlag

1. Persönliche Situation
Frau [[P|Mehmedović]] stammt aus Sarajevo, lebt seit 1993 in Deutschland und ist verwitwet. Sie wohnt allein in einer Mietwohnung, [[A|Jahnstraße 19, Whg. 7]], [[A|91790 Altmühlfeld]]. Ihre Deutschkenntnisse sind gering; sie spricht Bosnisch. Der Sohn, Herr [[P|Senad Mehmedović]], lebt in Wien ([[A|Quellenstraße 77/4/12]], [[A|1100 Wien]]) und kommt etwa viermal im Jahr.

2. Gesundheitliche Situation
Laut fachärztlichem Gutachten von Dr. [[P|Reinhard Egger]] (Bezirksklinikum Ingolstadt) besteht eine bipolare affektive Störung, gegenwärtig manische Episode, sowie ein insulinpflichtiger Diabetes. In manischen Phasen kommt es zu Kaufexzessen und zum Abbruch der Medikation.

3. Finanzen
Altersrente der DRV (ca. 780 EUR, Versicherungsnummer [[SSN|{ssn22}]]) und eine kleine bosnische Rente des Fonds PIO FBiH, die auf ein Konto bei einer Bank in Sarajevo fließt (IBAN [[IBAN|{group(iban22, 4)}]]); für die Kommunikation mit dem Rententräger wird die JMBG [[IDC|{jmbg22}]] benötigt. Es bestehen Mietschulden von rund 2.300 EUR und ein offener Mobilfunkvertrag.

4. Erforderlichkeit und Aufgabenkreise
Andere Hilfen reichen nicht aus; eine Vollmacht kann Frau [[P|Mehmedović]] derzeit nicht wirksam erteilen. Vorgeschlagen werden: Gesundheitssorge, Vermögenssorge, Wohnungsangelegenheiten, Vertretung gegenüber Behörden, Renten- und Sozialleistungsträgern im In- und Ausland.

5. Betreuervorschlag
Der Sohn lehnt die Übernahme wegen der Entfernung ab (Telefonat am 12.03.2026, [[T|+43 699 1042 8835]]). Vorgeschlagen wird die Berufsbetreuerin Frau [[P|Jasmina Kovačević-Huber]], [[A|Donaustraße 41]], [[A|85049 Ingolstadt]], Tel. [[T|0841 4920 318]], die Bosnisch spricht und Kapazität hat. Sie ist nach § 24 BtOG registriert.

[[P|Loibl]]
Sozialpädagoge (B. A.)
""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
# 23 Brazilian applicant wants to pay the fee by credit card; reply on top
cc23 = ids.credit_card("5", 16)
cpf23 = cpf()
pass23 = passport_layout("GB", 6)
DOCS.append(("outlook", "einbuergerung_gebuehr_kreditkarte_br", f"""Von: [[P|Gruber-Lindner Tobias]] <[[E|tobias.gruber-lindner@lra-altmuehlgau.de]]>
Gesendet: Freitag, 13. März 2026 11:12
An: [[P|Rafael Nogueira Albuquerque]] <[[E|rafa.nogueira@gmail.com]]>
Betreff: AW: Gebühr Einbürgerung – pagamento

Sehr geehrter Herr [[P|Nogueira Albuquerque]],

bitte senden Sie uns keine Kreditkartendaten per E-Mail! Wir haben die Kartennummer nicht verwendet, Ihre Nachricht wird nach Abschluss gelöscht. Bitte lassen Sie die Karte vorsichtshalber bei Ihrer Bank sperren.

Die Gebühr von 255 EUR können Sie überweisen (Kassenzeichen steht im Gebührenbescheid) oder bei Ihrem Termin an der Kasse im Erdgeschoss mit Girocard bzw. Kreditkarte zahlen.

Die brasilianischen Unterlagen (Geburtsurkunde mit Apostille, Strafregisterauszug) haben wir. Die CPF brauchen wir nicht.

Mit freundlichen Grüßen
[[P|T. Gruber-Lindner]]
Landratsamt Altmühlgau, SG 31
Tel. [[T|09147 630-318]]

-----Ursprüngliche Nachricht-----
Von: [[P|Rafael Nogueira Albuquerque]] <[[E|rafa.nogueira@gmail.com]]>
Gesendet: Donnerstag, 12. März 2026 20:40
An: [[E|tobias.gruber-lindner@lra-altmuehlgau.de]]
Betreff: Gebühr Einbürgerung – pagamento

Boa noite Herr [[P|Gruber-Lindner]],

danke für die Nachricht, dass ich die Gebühr jetzt bezahlen soll für meine Einbürgerung (Aktenzeichen [[AZ|31-EB-2025/0512]]). Ich habe kein deutsches Überweisungsformular hier, kann ich mit Kreditkarte zahlen? Aqui estão os dados:
Mastercard [[CC|{group(cc23, 4)}]], gültig bis 09/28, Inhaber [[P|Rafael N. Albuquerque]]

Falls notwendig auch meine CPF: [[TID|{cpf23}]], Pass [[PASS|{pass23}]].
Ich wohne [[A|Mühlweg 8]], [[A|91796 Schernried]], Handy [[T|+55 11 98734-2610]] (brasilianisch, WhatsApp) oder [[T|0157 8823 1145]].

Obrigado e abraços
[[P|Rafael]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 24 Elterngeld: hearing before reclaiming an overpayment (Nigerian father)
iban24 = ids.iban_de()
tid24 = ids.tax_id()
DOCS.append(("word", "elterngeld_anhoerung_rueckforderung", f"""Landratsamt Altmühlgau
Elterngeldstelle
{LRA_ADR}

Herrn
[[P|Ikechukwu Eze]]
c/o [[P|Blessing Eze]]
[[A|Am Gries 15]]
[[A|91798 Rieshofen]]

Aktenzeichen [[AZ|EG-23-2025-01188]]
Kassenzeichen [[AZ|5.2301.018852.7]]
Bearbeiterin: [[P|Johanna Pröbster]]
Tel. [[T|09147 630-236]]
17.03.2026

Anhörung nach § 24 SGB X vor Aufhebung und Erstattung von Elterngeld
Kind: [[P|Chidinma Eze]], geb. [[DOB|30.04.2025]]

Sehr geehrter Herr [[P|Eze]],

mit Bescheid vom 18.07.2025 wurde Ihnen für den 2. und 3. Lebensmonat Ihrer Tochter Basiselterngeld von monatlich 1.102,16 EUR bewilligt, ausgezahlt auf Ihr Konto IBAN [[IBAN|{iban24}]]. Bewilligt wurde unter dem Vorbehalt, dass Sie in diesen Monaten kein Einkommen erzielen.

Aus dem Nachweis Ihres Arbeitgebers (Spedition Altmühltal Logistik) und dem Abgleich mit Ihrer Lohnsteuerbescheinigung 2025 (Steuer-ID [[TID|{tid24}]]) ergibt sich, dass Sie im Zeitraum 30.05. bis 29.07.2025 in Teilzeit gearbeitet und 1.640,00 EUR brutto verdient haben. Die Tätigkeit haben Sie uns nicht mitgeteilt.

Wir beabsichtigen daher, den Bewilligungsbescheid nach § 48 SGB X teilweise aufzuheben und überzahltes Elterngeld in Höhe von 918,40 EUR zurückzufordern (Berechnung siehe Anlage).

Sie haben Gelegenheit, sich bis zum 10.04.2026 zu äußern. Sollte sich die Teilzeit auf einen anderen Zeitraum beziehen oder liegen Ihnen abweichende Nachweise vor, reichen Sie diese bitte ein. Eine Ratenzahlung ist auf Antrag möglich.

Da Sie derzeit laut Ihrer Mitteilung bei Ihrer Frau, Frau [[P|Blessing Eze]], gemeldet sind, richten wir dieses Schreiben dorthin. Bitte teilen Sie uns Ihre neue Anschrift mit, sobald Sie eine eigene Wohnung haben.

Mit freundlichen Grüßen
Im Auftrag
[[P|Pröbster]]

Anlage: Berechnungsbogen
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 25 File note: police report on an elderly driver with suspected dementia
idc25 = ids.id_card()
DOCS.append(("word", "fahreignung_aktenvermerk_polizeimitteilung", f"""Landratsamt Altmühlgau – SG 32 Fahrerlaubnisbehörde
Aktenvermerk

Az.: [[AZ|FS-32-2026-0301]]
Betr.: Fahreignungszweifel [[P|Wendelin Gschwind]], geb. [[DOB|14.01.1939]],
[[A|Am Kreuzberg 2]], [[A|91795 Dollnstetten]]

1. Mitteilung der PI Altmühlfeld vom 05.03.2026 (Sachbearbeiter POK [[P|Florian Dengler]], Tel. [[T|09147 9120-130]]): Herr [[P|Gschwind]] fuhr am 04.03.2026 mit seinem Pkw ([[KFZ|WUG-WG 39]]) auf der B 13 ca. 6 km als Falschfahrer, bis er von der Streife angehalten wurde. Er konnte nicht angeben, wohin er wollte, und fragte mehrmals nach seiner verstorbenen Ehefrau. Ausweis bei der Kontrolle: Personalausweis [[IDC|{idc25}]]. Keine Alkoholisierung. Der Führerschein wurde nicht sichergestellt, die Fahrzeugschlüssel hat die Tochter an sich genommen.

2. Telefonat mit der Tochter, Frau [[P|Renate Wallner-Gschwind]], am 09.03.2026 ([[T|+49 (0)9145 7731]]): Beim Vater sei im Herbst 2025 eine beginnende vaskuläre Demenz diagnostiziert worden (Neurologe Dr. [[P|Harald Frisch]], Eichstätt). Er selbst sehe nicht ein, dass er nicht mehr fahren solle. Sie unterstützt einen freiwilligen Verzicht.

3. Weiteres Vorgehen:
– Schreiben an Herrn [[P|Gschwind]] mit Angebot des freiwilligen Verzichts (Vordruck) und Hinweis auf die Alternative ärztliches Gutachten nach § 11 Abs. 2 FeV i. V. m. Nr. 7.2 Anlage 4 FeV (Facharzt mit verkehrsmedizinischer Qualifikation)
– Abschrift an die Tochter nur mit Einverständnis bzw. Vollmacht
– Wv. 10.04.2026

Altmühlfeld, 09.03.2026
[[P|M. Rappl]]
""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
# 26 Union secretary writes for a member about his disability assessment
ssn26 = ids.social_security("250570", "S")
kv26 = kv()
DOCS.append(("outlook", "schwerbehinderung_gewerkschaft_vertretung", f"""Von: [[P|Ettenhuber, Sandra]] <[[E|sandra.ettenhuber@igmetall.de]]>
Gesendet: Dienstag, 10. März 2026 16:34
An: {SB_MAIL}
Betreff: Unser Mitglied [[P|Martin Schwaiger]] – Widerspruch / Eilbedürftigkeit, Ihr Az. [[AZ|SB 24-0094/26]]

Sehr geehrter Herr [[P|Meilinger]],

ich vertrete als Rechtssekretärin der IG Metall Geschäftsstelle Ingolstadt unser Mitglied, Herrn [[P|Martin Schwaiger]], geb. [[DOB|25.05.1970]], [[A|Feldkirchner Weg 6]], [[A|91799 Obereichach]]. Die Vollmacht hänge ich als PDF an; das Original folgt per Post.

Gegen Ihren Bescheid vom 19.02.2026 (GdB 30) lege ich hiermit fristwahrend Widerspruch ein. Begründung folgt nach Akteneinsicht, um deren Übersendung ich bitte.

Zur Eilbedürftigkeit: Herr [[P|Schwaiger]] arbeitet seit 31 Jahren in der Gießerei, hat nach zwei Bandscheibenvorfällen (L4/L5, L5/S1) und einer Versteifungs-OP im Herbst 2025 erhebliche Einschränkungen und ist von einer krankheitsbedingten Kündigung bedroht. Der Betriebsrat und die Schwerbehindertenvertretung (Herr [[P|Hakan Yıldırım]]) sind eingebunden. Für den Kündigungsschutz ist ein GdB von 50 bzw. die Gleichstellung entscheidend.

Zur Zuordnung:
Rentenversicherungsnummer: [[SSN|{ssn26}]] (ein Antrag auf Erwerbsminderungsrente ist gestellt)
Krankenversicherung: BKK Audi, KVNR [[KV|{kv26}]]

Bitte richten Sie die weitere Korrespondenz an mich:
IG Metall Ingolstadt, Rechtsschutz, z. Hd. [[P|Sandra Ettenhuber]]
Tel. [[T|0841 93 48 - 22]], Mobil [[T|0170 / 552 10 93]]

Mit kollegialen Grüßen
[[P|Sandra Ettenhuber]]
""", ["HEALTH", "UNION"]))

# ---------------------------------------------------------------------------------------------------------------
# 27 Hearing before refusing naturalisation: activity for an extremist political association
pass27 = passport_layout("A", 7)
DOCS.append(("word", "einbuergerung_anhoerung_extremismus", f"""Landratsamt Altmühlgau
Sachgebiet 31 – Staatsangehörigkeit

Herrn
[[P|Dženan Kurtović]]
[[A|Postfach 11 03]]
[[A|91792 Altmühlfeld]]

Az. [[AZ|31-EB-2025/0740]]
Ansprechpartner: [[P|Franz Xaver Ostermeier]], Sachgebietsleiter
Tel. [[T|09147 630-310]], [[E|franz.ostermeier@lra-altmuehlgau.de]]
Datum: 18.03.2026

Ihr Antrag auf Einbürgerung vom 02.07.2025;
Anhörung gemäß Art. 28 BayVwVfG

Sehr geehrter Herr [[P|Kurtović]],

wir beabsichtigen, Ihren Antrag auf Einbürgerung abzulehnen. Vor einer Entscheidung geben wir Ihnen Gelegenheit zur Stellungnahme.

Nach § 11 Satz 1 Nr. 1 StAG ist die Einbürgerung ausgeschlossen, wenn tatsächliche Anhaltspunkte die Annahme rechtfertigen, dass der Ausländer Bestrebungen verfolgt oder unterstützt, die gegen die freiheitliche demokratische Grundordnung gerichtet sind.

Das Bayerische Landesamt für Verfassungsschutz hat uns am 20.02.2026 mitgeteilt, dass Sie seit 2022 im Vorstand der Vereinigung „Patriotska Omladina Europe e. V.“ tätig sind, die vom LfV als rechtsextremistisch beobachtet wird. Sie traten am 11.07.2024 und am 11.07.2025 in München als Redner bei deren Kundgebungen auf und verbreiteten in einem eigenen Telegram-Kanal Beiträge, in denen das Existenzrecht anderer Volksgruppen in Bosnien und Herzegowina bestritten wird. Eine glaubhafte Abwendung (§ 11 Satz 1 Nr. 1 letzter Halbsatz StAG) ist bisher nicht erkennbar.

Angaben zur Person laut Antrag:
Name: [[P|Kurtović, Dženan]]
geboren: [[DOB|3. Oktober 1992]] in Tuzla
Staatsangehörigkeit: Bosnien und Herzegowina, Reisepass [[PASS|{pass27}]]
Wohnanschrift: [[A|Gartenstraße 5a]], [[A|91790 Altmühlfeld]] (Zustellung auf Ihren Wunsch an das Postfach)

Sie können sich bis zum 17.04.2026 schriftlich oder nach Terminvereinbarung mündlich äußern und dabei auch Umstände vortragen, die eine Abwendung belegen. Sie können sich eines Bevollmächtigten bedienen. Äußern Sie sich nicht, entscheiden wir nach Aktenlage.

Wir weisen darauf hin, dass Sie den Antrag auch zurücknehmen können; die Gebühr ermäßigt sich dann.

Mit freundlichen Grüßen

[[P|Ostermeier]]
""", ["POLITICS"]))

# ---------------------------------------------------------------------------------------------------------------
# 28 Court mail: urgent provisional Betreuer and placement; phone-note style
DOCS.append(("outlook", "amtsgericht_eilt_einstweilige_anordnung", f"""Von: [[P|Mooslechner Petra]] (AG Altmühlfeld) <[[E|petra.mooslechner@ag-aml.bayern.de]]>
Gesendet: Freitag, 13. März 2026 12:51
An: {BT_MAIL}
Cc: [[E|katharina.zellner@lra-altmuehlgau.de]]
Betreff: EILT!! [[AZ|XVII 431/26]] [[P|Paulus]] – einstweilige Anordnung heute

Sehr geehrte Kolleginnen und Kollegen,

auf Anweisung von Frau RiAG [[P|Weinzierl]]: in der Sache [[P|Lena-Marie Paulus]], geb. [[DOB|04.08.2004]], zuletzt wohnhaft [[A|Kapellenweg 1]], [[A|91796 Schernried]] (bei den Eltern), soll heute noch im Wege der einstweiligen Anordnung eine vorläufige Betreuerin bestellt und die Unterbringung genehmigt werden.

Sachstand in Kürze: Die Betroffene wurde gestern nach einem Suizidversuch ins Bezirksklinikum eingeliefert, Diagnose laut Dr. [[P|Egger]]: schwere depressive Episode, Anorexia nervosa (BMI 14,8). Sie verweigert Nahrung und will die Klinik verlassen.

Die Mutter, Frau [[P|Claudia Paulus]], steht als Betreuerin zur Verfügung, mobil [[T|0160/4471209]]. Der Vater, Herr [[P|Bernd Paulus]], ist nach Angaben der Mutter einverstanden.

Verfahrenspflegerin: RAin [[P|Sophie Kranzberger]], [[T|0841 99 31 70]].

Anhörung im Klinikum heute 15:30 Uhr. Kann jemand von der Betreuungsstelle teilnehmen? Falls nicht, bitte kurze telefonische Stellungnahme an mich bis 14:30 unter [[T|09147 8812-215]].

Mit freundlichen Grüßen
[[P|Mooslechner]]
Justizsekretärin
Amtsgericht Altmühlfeld – Betreuungsgericht
""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
# 29 Elterngeld application form (excerpt) of an Indian couple
tid29a = ids.tax_id()
tid29b = ids.tax_id()
iban29 = ids.iban_de()
kv29 = kv()
DOCS.append(("word", "elterngeld_antrag_formularauszug", f"""Antrag auf Elterngeld – Auszug aus dem eingegangenen Formular
Eingang: 16.03.2026            Vorgang: [[AZ|EG-23-2026-00602]]            erfasst: [[P|J. Pröbster]]

Abschnitt 1 – Angaben zum Kind
Name, Vorname:          [[P|Iyer, Aarav]]
Geburtsdatum:           [[DOB|07.02.2026]]
Geburtsort:             Altmühlfeld
Mehrlingsgeburt:        nein      Frühgeburt:  nein

Abschnitt 2 – Antragstellende Person (Elternteil 1)
Name, Vorname:          [[P|Iyer, Divya Srinivasan]]
Geburtsdatum:           [[DOB|19.10.1993]]
Staatsangehörigkeit:    indisch (Blaue Karte EU)
Anschrift:              [[A|Eichstätter Straße 88]], [[A|91790 Altmühlfeld]]
Telefon / E-Mail:       [[T|+49 176 2290 3318]] / [[E|divya.iyer.93@outlook.com]]
Steuer-ID:              [[TID|{tid29a}]]
Krankenkasse:           Techniker Krankenkasse, Versichertennr. [[KV|{kv29}]]
Mutterschaftsgeld:      ja, 02.01.2026 – 04.04.2026
Beantragte Monate:      LM 1–10 Basiselterngeld

Abschnitt 3 – anderer Elternteil
Name, Vorname:          [[P|Iyer, Karthik Raghavan]]
Geburtsdatum:           [[DOB|02.03.1990]]
Steuer-ID:              [[TID|{tid29b[:4]} {tid29b[4:8]} {tid29b[8:]}]]
Beantragte Monate:      LM 11–14 Basiselterngeld (eigener Antrag)
Arbeitgeber:            Softwareentwicklung, Ingolstadt, 40 Std./Woche

Abschnitt 7 – Bankverbindung
Kontoinhaber/in:        [[P|Divya Srinivasan Iyer]]
IBAN:                   [[IBAN|{iban29}]]
BIC:                    BYLADEM1ING

Abschnitt 9 – Unterschrift
Altmühlfeld, 14.03.2026   gez. [[P|D. S. Iyer]]       gez. [[P|K. R. Iyer]]

Bearbeitungsvermerk: Gehaltsnachweise 02/2025–01/2026 fehlen, angefordert per Mail am 17.03. – [[P|Pröbster]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 30 Minutes of a department meeting (no special categories revealed)
DOCS.append(("word", "protokoll_abteilungsbesprechung_abt3", f"""Niederschrift über die Abteilungsbesprechung Abteilung 3 (Öffentliche Sicherheit, Soziales)
am 16.03.2026, 8:30–9:45 Uhr, Besprechungsraum 1.05

Leitung: Dr. [[P|Wolfgang Hainzlmaier]] (AL 3)
Anwesend: [[P|F. X. Ostermeier]] (SGL 31), [[P|M. Wiedemann]], [[P|M. Rappl]] (SGL 32 komm.), [[P|S. Kastl]] (SG 23), [[P|A. Meilinger]] (SG 24), [[P|K. Zellner]] (Betreuungsstelle)
Protokoll: [[P|Theresa Eichinger]]

TOP 1 Einbürgerung
Antragsrückstand 412 Verfahren. Herr [[P|Ostermeier]] berichtet über die Untätigkeitsdrohung in [[AZ|31-EB-2024/0930]] (Kanzlei [[P|Softić-Brandl]]); Entscheidung bis 31.03. wird zugesagt. Einbürgerungsfeier am 24.04.; der Empfang findet wieder im Pfarrsaal St. Willibald statt, die Pfarrei stellt den Saal kostenlos.

TOP 2 Führerscheinstelle
Frau [[P|Eichinger]] übernimmt ab 01.04. die Umschreibungen aus Drittstaaten. Häufung von Anfragen aus Indien und Brasilien; englisches Merkblatt wird erstellt. Herr [[P|Rappl]] bittet darum, Polizeimitteilungen zur Fahreignung künftig direkt an das Funktionspostfach {FS_MAIL} senden zu lassen.

TOP 3 Elterngeld / Schwerbehindertenrecht
Die Versorgungsärztin kommt ab April nur noch dienstags; Gutachten des Klinikums Altmühlfeld werden weiterhin über die Poststelle {POST} angefordert. Frau [[P|Kastl]] weist auf die gestiegene Zahl von Rückforderungen hin (u. a. [[AZ|EG-23-2025-01188]]).

TOP 4 Betreuungsstelle
Frau [[P|Zellner]] berichtet: 2025 insgesamt 214 Sozialberichte, 37 Eilverfahren. Die Kooperation mit dem Betreuungsverein der Caritas wird fortgesetzt; Informationsabend zur Vorsorgevollmacht am 22.04. im Evangelischen Gemeindehaus Tauting.

TOP 5 Verschiedenes
Betriebsausflug am 19.06. zur Wallfahrtskirche Maria Brünnlein und ins Altmühltal; Anmeldung bei Herrn [[P|Loibl]] (Tel. [[T|09147 630-262]]). Der Personalrat lädt zur Personalversammlung am 07.05. ein.

Nächste Besprechung: 13.04.2026

gez. Dr. [[P|Hainzlmaier]]                                      f. d. R. [[P|Eichinger]]
""", []))

assert len(DOCS) == 30
out = os.path.join(HERE, "fresh77.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for i, (channel, template, text, flags) in enumerate(DOCS, 1):
        doc = build(f"F77-{i:03d}", channel, template, text, flags)
        f.write(json.dumps(doc, ensure_ascii=False) + "\n")
