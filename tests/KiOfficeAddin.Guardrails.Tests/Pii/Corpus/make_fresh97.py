#!/usr/bin/env python3
"""Blind test batch 97: Ausländerbehörde of the invented university city Eilenfurt and the university's
International Office / Welcome Centre. Writes fresh97.jsonl next to this script (30 documents).

Inline marks as in marks.py: [[P|..]] PERSON, [[A|..]] ADDRESS, [[IBAN|..]], [[N|..]] neutral, ...
Every identifier with a check digit comes from Identifiers(9797) (one random stream, fixed order), so two runs
write the same bytes.

Conventions of this batch (see the report):
- eAT card numbers (elektronischer Aufenthaltstitel) and foreign national identity numbers (Chinese resident id,
  Pakistani CNIC, Iranian national code, Mexican CURP) are ID_CARD; foreign passport numbers are PASSPORT.
- Matriculation numbers, visa sticker numbers, invoice numbers, grant numbers and staff numbers are no contract
  category: they are marked neutral (neither required nor a false alarm).
- Kundennummer of the blocked-account provider, AZR number, embassy and police file numbers are CASE_REFERENCE.
- Brazilian CPF is TAX_ID, US Social Security number is SOCIAL_SECURITY, a US health plan member id is
  HEALTH_INSURANCE.
- Office addresses, switchboards, direct office lines and functional mailboxes are neutral.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from marks import build  # noqa: E402
from identifiers import Identifiers, group, icao_check, mod97_iban  # noqa: E402

ids = Identifiers(9797)
rng = ids.rng


# ---------------------------------------------------------------- identifier helpers (all from ids / rng)
def letters(n, alphabet="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def pass_cn():
    return "E" + ids.digits(8)


def pass_in():
    return rng.choice("JKLMNPRSTUVWZ") + ids.digits(7)


def pass_us(letter=False):
    return (rng.choice("ACE") + ids.digits(8)) if letter else ids.digits(9, first_nonzero=True)


def pass_br():
    return rng.choice(["FZ", "GA", "FY", "GB"]) + ids.digits(6)


def pass_ng():
    return rng.choice("AB") + ids.digits(8)


def pass_ir():
    return rng.choice("KPY") + ids.digits(8)


def pass_pk():
    return rng.choice(["AB", "BN", "CQ", "DX", "FJ"]) + ids.digits(7)


def pass_eg():
    return "A" + ids.digits(8)


def pass_mx():
    return rng.choice("GN") + ids.digits(8)


def mrz_check(s):
    return str(icao_check(s.replace("<", "0")))


def cn_resident_id(region, yyyymmdd):
    body = region + yyyymmdd + ids.digits(3)
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    r = sum(int(c) * w for c, w in zip(body, weights)) % 11
    return body + "10X98765432"[r]


def cpf():
    d = [int(c) for c in ids.digits(9, first_nonzero=True)]
    s1 = sum(v * w for v, w in zip(d, range(10, 1, -1)))
    c1 = s1 * 10 % 11 % 10
    d.append(c1)
    s2 = sum(v * w for v, w in zip(d, range(11, 1, -1)))
    c2 = s2 * 10 % 11 % 10
    t = "".join(map(str, d)) + str(c2)
    return f"{t[0:3]}.{t[3:6]}.{t[6:9]}-{t[9:11]}"


def iran_national_code():
    body = "0" + ids.digits(8)
    s = sum(int(c) * (10 - i) for i, c in enumerate(body))
    r = s % 11
    check = r if r < 2 else 11 - r
    t = body + str(check)
    return f"{t[0:3]}-{t[3:9]}-{t[9]}"


def curp(stem17_without_diff, diff):
    alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    body = stem17_without_diff + diff
    s = sum(alphabet.index(c) * (18 - i) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def cnic():
    t = rng.choice(["35202", "42101", "37405", "61101"]) + ids.digits(7) + rng.choice("13579")
    return t


def iban_br():
    return mod97_iban("BR", ids.digits(23) + "C1")


def ib(x):
    return group(x, 4)


def tax_id_spaced(t):
    return f"{t[0:2]} {t[2:5]} {t[5:8]} {t[8:11]}"


def rv_spaced(s):
    return f"{s[0:2]} {s[2:8]} {s[8]} {s[9:12]}"


# ---------------------------------------------------------------- registry (fixed generation order)
R = {}
# 001
R["zhang_pass"] = pass_cn(); R["zhang_eat"] = ids.id_card(); R["zhang_kv"] = ids.health_insurance()
# 002
R["gaddam_pass"] = pass_in(); R["gaddam_eat"] = ids.id_card(check_digit=True)
# 003 appointment list
R["liu_pass"] = pass_cn(); R["okonkwo_pass"] = pass_ng(); R["ferreira_eat"] = ids.id_card()
R["karimi_pass"] = pass_ir(); R["ayesha_pass"] = pass_pk(); R["elsayed_pass"] = pass_eg()
R["hernandez_eat"] = ids.id_card(); R["whitfield_pass"] = pass_us(letter=True); R["patel_pass"] = pass_in()
R["tursun_pass"] = pass_cn()
# 004
R["adebayo_pass"] = pass_ng(); R["adebayo_eat"] = ids.id_card(); R["adebayo_iban"] = ids.iban_de()
# 005
R["carvalho_pass"] = pass_br(); R["carvalho_iban"] = iban_br(); R["carvalho_cpf"] = cpf()
# 006
R["hosseini_pass"] = pass_ir(); R["rezaei_pass"] = pass_ir(); R["hosseini_nc"] = iran_national_code()
# 007 (passport with MRZ, CNIC as personal number)
R["qureshi_pass"] = pass_pk(); R["qureshi_cnic"] = cnic(); R["qureshi_kv"] = ids.health_insurance()
# 008 CSV rows
CSV = [
    ("3101127", "Chen", "Jiaxin", "2004-02-11", "CHN", pass_cn(), ids.iban_de(), "chenjiaxin2004@163.com"),
    ("3101245", "Raghunathan", "Priya", "2001-08-30", "IND", pass_in(), ids.iban_de(),
     "priya.raghunathan@yahoo.co.in"),
    ("3101302", "Eze", "Chidinma Grace", "2003-05-02", "NGA", pass_ng(), ids.iban_de(), "chidieze03@gmail.com"),
    ("3101377", "Ahmadi", "Parisa", "2000-11-19", "IRN", pass_ir(), ids.iban_de(), "parisa.ahmadi.00@gmail.com"),
    ("3101418", "Khan", "Hamza Ali", "2002-07-07", "PAK", pass_pk(), ids.iban_de(), "hamzaalikhan.pk@gmail.com"),
    ("3101450", "Fathy", "Nourhan", "2001-12-24", "EGY", pass_eg(), ids.iban_de(), "nourhan.fathy@hotmail.com"),
    ("3101533", "de la Garza Treviño", "José Luis", "1999-09-15", "MEX", pass_mx(), ids.iban_de(),
     "jl.delagarza@outlook.com"),
    ("3101599", "Santos Oliveira", "Beatriz", "2004-04-01", "BRA", pass_br(), ids.iban_de(),
     "bia.oliveira.bh@gmail.com"),
]
# 009 McAllister family
R["tyler_pass"] = pass_us(); R["sarah_pass"] = pass_us(); R["owen_pass"] = pass_us(letter=True)
R["lily_pass"] = pass_us(letter=True)
# 012
R["fathy_kv"] = ids.health_insurance(); R["samir_pass"] = pass_eg()
# 013
R["hernandez_pass"] = pass_mx(); R["hernandez_curp"] = curp("HEOG980312MDFRRD", "0")
# 014
R["imran_idc"] = ids.id_card(check_digit=True); R["javed_pass"] = pass_pk(); R["farhat_pass"] = pass_pk()
# 015
R["adaeze_pass"] = pass_ng(); R["chibueze_pass"] = pass_ng(); R["somto_pass"] = pass_ng()
# 018
R["kulkarni_ssn"] = ids.social_security("170390", "K"); R["kulkarni_tid"] = ids.tax_id()
R["kulkarni_kv"] = ids.health_insurance(); R["kulkarni_iban"] = ids.iban_de(); R["kulkarni_eat"] = ids.id_card()
# 019
R["wang_cc"] = ids.credit_card("621700", 19); R["wang_cnid"] = cn_resident_id("440305", "19990816")
R["wang_pass"] = pass_cn()
# 022
R["khan_eat"] = ids.id_card(check_digit=True)
# 023
R["ferreira_pass"] = pass_br()
# 024
R["castellanos_pass"] = pass_mx()
# 025
R["demir_tnr"] = ids.tax_number_nrw(); R["demir_vat"] = ids.vat_id(); R["demir_iban"] = ids.iban_de()
# 026
R["mirza_tid"] = ids.tax_id(); R["mirza_ssn"] = ids.social_security("140698", "M")
# 027
R["whitfield_member"] = "XYP" + ids.digits(9)
R["whitfield_ssn"] = f"{rng.randint(501, 589)}-{ids.digits(2)}-{ids.digits(4)}"
# 028
R["hany_pass"] = pass_eg(); R["yasmin_pass"] = pass_eg()
# 030
R["patel_card"] = ids.credit_card("4", 16)

CSVD = {row[1]: row for row in CSV}


def iso_to_de(d):
    y, m, dd = d.split("-")
    return f"{dd}.{m}.{y}"


# ---------------------------------------------------------------- documents
DOCS = []


def doc(channel, template, flags=()):
    def deco(fn):
        DOCS.append((channel, template, fn, list(flags)))
        return fn
    return deco


@doc("word", "abh-aufforderung")
def d001():
    return f"""Stadt Eilenfurt · Der Oberbürgermeister
Fachbereich 32 Bürgerdienste · Ausländerbehörde
[[N|Am Zeughaus 4]] · [[N|36214 Eilenfurt]]

Stadt Eilenfurt · [[N|Postfach 10 04 61]] · [[N|36204 Eilenfurt]]

Herrn
[[P|Zhang Haoran]]
[[A|Lindenhofweg 12b]]
[[A|36216 Eilenfurt]]

Ihr Zeichen: –
Unser Zeichen: [[AZ|32.4-AE 1187/25]]
Auskunft erteilt: Frau [[P|Wiśniewska]], Zimmer 1.14
Telefon: [[N|06621 488-3241]]
E-Mail: [[N|auslaenderbehoerde@eilenfurt.de]]
Datum: 14.07.2025

Verlängerung Ihrer Aufenthaltserlaubnis nach § 16b Abs. 1 AufenthG
Reisepass-Nr. [[PASS|{R['zhang_pass']}]], geb. [[DOB|23.05.2001]]

Sehr geehrter Herr [[P|Zhang]],

Ihre Aufenthaltserlaubnis (Kartennummer des eAT: [[IDC|{R['zhang_eat']}]]) ist noch bis zum 31.08.2025 gültig. Für die Entscheidung über Ihren Verlängerungsantrag vom 02.07.2025 bitte ich Sie, bis spätestens 04.08.2025 folgende Unterlagen nachzureichen:

1. Immatrikulationsbescheinigung für das Wintersemester 2025/26 (Matrikelnummer [[N|3081724]]),
2. Nachweis der Sicherung des Lebensunterhalts, z. B. die Bestätigung Ihres Sperrkontos über mindestens 11.904,00 EUR für zwölf Monate (monatlich 992,00 EUR),
3. Mitgliedsbescheinigung Ihrer Krankenkasse; in Ihrem Antrag haben Sie die Krankenversichertennummer [[KV|{R['zhang_kv']}]] angegeben, die Bescheinigung selbst liegt jedoch nicht vor,
4. ein aktuelles biometrisches Lichtbild (35 x 45 mm, nicht älter als sechs Monate).

Die Gebühr für die Verlängerung beträgt 93,00 EUR (§ 45 Nr. 2 AufenthV). Nach Eingang der Unterlagen erhalten Sie über das Online-Terminportal einen Termin in Raum E.07 zur Erfassung der Fingerabdrücke.

Liegen die Unterlagen bis zum genannten Datum nicht vor, muss ich nach Aktenlage entscheiden (§ 82 Abs. 1 AufenthG).

Mit freundlichen Grüßen
Im Auftrag

[[P|Małgorzata Wiśniewska]]
"""


@doc("outlook", "fiktion-mail-en", ["HEALTH"])
def d002():
    return f"""Von: [[P|Sai Krishna Gaddam]] <[[E|saikrishna.gaddam@gmail.com]]>
Gesendet: Montag, 7. Juli 2025 08:51
An: [[P|Bondarenko, Oleksandr]] <[[E|o.bondarenko@eilenfurt.de]]>
Cc: [[N|welcome@uni-eilenfurt.de]]
Betreff: AW: Ihr Antrag auf Verlängerung – Az. [[AZ|32.4-FO 0932/25]] – Fiktionsbescheinigung

Dear Mr. [[P|Bondarenko]],

thank you for your reply and sorry for answering so late. I was admitted to the Klinikum Eilenfurt from 28 June to 4 July with dengue fever (probably from my field trip to Chennai) and could not check my mails. The discharge letter is attached.

My details once more:
Name: [[P|Venkata Sai Krishna Gaddam]]
Date of birth: [[DOB|09/11/1996]]
Passport: [[PASS|{R['gaddam_pass']}]] (Republic of India, valid until 2031)
Residence permit card: [[IDC|{R['gaddam_eat']}]], valid until 15.07.2025
Address: [[A|Kastanienallee 41]], [[A|36214 Eilenfurt]]
Mobile/WhatsApp: [[T|+49 1522 6048317]]

Could you please issue the Fiktionsbescheinigung before 15 July? My supervisor, Prof. [[P|Cornelia Haberkorn-Ilić]], can confirm that my contract runs until 2027.

Best regards
[[P|Sai]]

Sent from Outlook for Android

Am 03.07.2025 um 10:12 schrieb [[P|Bondarenko, Oleksandr]] <[[E|o.bondarenko@eilenfurt.de]]>:
> Sehr geehrter Herr [[P|Gaddam]],
>
> Ihr Antrag auf Verlängerung der Aufenthaltserlaubnis nach § 18d AufenthG ist am 26.06.2025 eingegangen. Zur Ausstellung einer Fiktionsbescheinigung nach § 81 Abs. 4 AufenthG kommen Sie bitte am 10.07.2025 um 11:20 Uhr persönlich in das Bürgerzentrum, Raum 0.23, und bringen Sie Ihren Reisepass mit.
>
> Mit freundlichen Grüßen
> Im Auftrag
> [[P|Oleksandr Bondarenko]]
> Stadt Eilenfurt – Ausländerbehörde
> Tel. [[N|06621 488-3256]]
"""


@doc("outlook", "terminliste")
def d003():
    rows = [
        ("08:00", "LIU, Yuxuan", "14.02.2002", "CHN", f"Pass [[PASS|{R['liu_pass']}]]", "32.4-AE 0977/25",
         "Verlängerung § 16b"),
        ("08:20", "OKONKWO, Chukwuemeka Daniel", "03.10.1994", "NGA", f"Pass [[PASS|{R['okonkwo_pass']}]]",
         "32.4-FO 1012/25", "Familiennachzug, Rückfrage Botschaft"),
        ("08:40", "FERREIRA DA SILVA, Ana Luíza", "27.06.1999", "BRA", f"eAT [[IDC|{R['ferreira_eat']}]]",
         "32.4-AE 1040/25", "Adressänderung, Promotion"),
        ("09:00", "KARIMI, Amirhossein", "21.03.1997", "IRN", f"Pass [[PASS|{R['karimi_pass']}]]",
         "32.4-AE 0861/25", "Fiktionsbescheinigung"),
        ("09:40", "SIDDIQUI, Ayesha", "05.01.2000", "PAK", f"Pass [[PASS|{R['ayesha_pass']}]]",
         "32.4-AE 1101/25", "Verlängerung, Sperrkonto fehlt"),
        ("10:00", "EL-SAYED, Mahmoud Abdelrahman", "30.08.1995", "EGY", f"Pass [[PASS|{R['elsayed_pass']}]]",
         "32.4-AE 0790/25", "Familiennachzug Ehefrau"),
        ("10:20", "HERNÁNDEZ ORTIZ, María Guadalupe", "12.03.1998", "MEX", f"eAT [[IDC|{R['hernandez_eat']}]]",
         "32.4-AE 1133/25", "Aufenthalt zur Arbeitsplatzsuche § 20"),
        ("10:40", "WHITFIELD, Emily Rose", "19.12.2001", "USA", f"Pass [[PASS|{R['whitfield_pass']}]]",
         "32.4-AE 1156/25", "Erteilung § 16b, visumfrei eingereist"),
        ("11:00", "PATEL, Rohan", "11.07.2003", "IND", f"Pass [[PASS|{R['patel_pass']}]]",
         "32.4-AE 1170/25", "Erteilung § 16b"),
        ("11:20", "TURSUN, Abdurehim", "12.12.2000", "CHN", f"Pass [[PASS|{R['tursun_pass']}]]",
         "32.4-AE 1192/25", "Verlängerung § 16b"),
    ]
    lines = []
    for i, (t, name, dob, sta, dok, az, what) in enumerate(rows, 1):
        lines.append(f"{i}\t{t}\t[[P|{name}]]\t[[DOB|{dob}]]\t{sta}\t{dok}\t[[AZ|{az}]]\t{what}")
        if t == "09:00":
            lines.append("–\t09:20\t(frei – Puffer für Abholungen)\t\t\t\t\t")
    table = "\n".join(lines)
    return f"""Von: [[P|Yıldırım, Gülşen]]
Gesendet: Dienstag, 15. Juli 2025 07:42
An: Team ABH Studium/Forschung
Betreff: Terminliste Do 17.07. – Schalter 3 (Studierende/Forschende)

Moin zusammen,

anbei die Liste für Donnerstag. [[P|Ioana]], du übernimmst bitte ab 11 Uhr, ich bin dann im Jour fixe mit dem International Office (Raum 2.08). Bei Nr. 6 fehlt noch die Sperrkontobestätigung – bitte nicht verlängern, nur Fiktionsbescheinigung (13 EUR). Bei Nr. 2 hat die Botschaft Lagos noch nicht geantwortet, Herr [[P|Okonkwo]] weiß das.

Nr.\tZeit\tName, Vorname\tGeb.-Datum\tStA\tDokument\tAz.\tAnliegen
{table}

Kartenzahlung am Terminal geht wieder, Kasse ist informiert.

Danke euch!
[[P|Gülşen]]

--
[[P|Gülşen Yıldırım]]
Teamleitung Studium & Forschung
Stadt Eilenfurt – Ausländerbehörde
Tel. [[N|06621 488-3230]]
"""


@doc("word", "vermerk-sperrkonto")
def d004():
    return f"""Aktenvermerk

Az.: [[AZ|32.4-AE 1204/25]]
Betreff: Sperrkonto – Antragstellerin [[P|Oluwaseun Adebayo-Bello]], geb. [[DOB|28.02.2002]], nigerianische Staatsangehörige
Datum: 16.07.2025, 10:35 Uhr
Verfasserin: [[P|Ioana Dumitrescu]], Abt. 32.4

Frau [[P|Adebayo-Bello]] hat am 02.07.2025 die Verlängerung ihrer Aufenthaltserlaubnis nach § 16b AufenthG beantragt. Die vorgelegte Sperrkontobestätigung der Kontovista GmbH (Kundennummer [[AZ|SK-5830-2290-18]]) weist einen Einzahlungsbetrag von 11.208,00 EUR aus, also 696,00 EUR weniger als erforderlich.

Auf telefonische Nachfrage bei der Kontovista (Servicenummer [[N|030 5770 2214]]) teilte der Sachbearbeiter Herr [[P|Tomasz Zieliński]] mit, dass am 11.07.2025 eine Nachzahlung aus Nigeria eingegangen sei. Auftraggeber laut Verwendungszweck ist der Vater der Antragstellerin, Herr [[P|Babatunde Adebayo]], Lagos. Die monatliche Auszahlung von 992,00 EUR erfolgt auf das Girokonto der Antragstellerin, IBAN [[IBAN|{ib(R['adebayo_iban'])}]].

Die Antragstellerin war persönlich anwesend. Sie legte ihren Reisepass Nr. [[PASS|{R['adebayo_pass']}]] und ihre bisherige Aufenthaltserlaubnis (Kartennr. [[IDC|{R['adebayo_eat']}]], gültig bis 31.07.2025) vor. Aktuelle Anschrift: [[A|Gerberstraße 7]], [[A|36214 Eilenfurt]]; die Ummeldung von [[A|Am Mühlgraben 22]] ist am 01.06.2025 erfolgt.
Rückruf: [[T|0176 41190825]], E-Mail [[E|seun.adebayo.bello@yahoo.com]]

Ergebnis: Bestätigung über den Restbetrag wird von der Kontovista direkt übersandt. Bis dahin Fiktionsbescheinigung nach § 81 Abs. 4 AufenthG. Wiedervorlage: 30.07.2025.

[[P|Dumitrescu]]
"""


@doc("outlook", "erstattung-mobil")
def d005():
    return f"""Von: [[P|Joao Pedro Carvalho]] <[[E|jpcarvalho.santos@hotmail.com]]>
Gesendet: Freitag, 11. Juli 2025 22:16
An: [[N|auslaenderbehoerde@eilenfurt.de]]
Betreff: doppelt bezahlt!! bitte Rückerstatung

Hallo liebe Ausländerbehörde,

ich habe die gebühr für meine aufenthalstitel zweimal bezahlt (2x 93 €), einmal am Automat im Bürgerzentrum und einmal per überweisung. kassenzeichen war [[AZ|5310.25.0031877]].

Mein deutsches Konto bei der Sparkasse habe ich leider schon gekündigt weil ich ende August zurück nach Brasilien gehe (Austausch ist fertig). Kann das Geld bitte auf mein Konto in Brasil überwiesen werden?

Titular / Inhaber: [[P|João Pedro Carvalho dos Santos]]
CPF: [[TID|{R['carvalho_cpf']}]] (die bank braucht das)
IBAN: [[IBAN|{ib(R['carvalho_iban'])}]]
BIC: BRASBRRJCTA
Endereço: [[A|Rua Padre Anchieta, 1870, apto 52]]
[[A|80730-000 Curitiba – PR]]

Obrigado!!! und sorry für mein deutsch
[[P|João]] (geb. [[DOB|04.04.2003]], pass [[PASS|{R['carvalho_pass']}]])

Enviado do meu iPhone
"""


@doc("outlook", "weiterleitung-politik", ["POLITICS"])
def d006():
    return f"""Von: [[P|Haddad, Rania]] Dr. <[[E|rania.haddad@uni-eilenfurt.de]]>
Gesendet: Mittwoch, 16. Juli 2025 14:03
An: [[P|Bondarenko, Oleksandr]] <[[E|o.bondarenko@eilenfurt.de]]>
Cc: [[P|Heinrich von Wedel]] <[[E|h.vonwedel@uni-eilenfurt.de]]>
Betreff: WG: Passport renewal / Reiseausweis – Dr. [[P|Hosseini]] [[[AZ|WC-2025-0381]]]

Lieber Herr [[P|Bondarenko]],

ich leite Ihnen die Anfrage von Herrn Dr. [[P|Hosseini]] mit seinem Einverständnis weiter. Er ist seit 2023 Postdoc bei Prof. [[P|von Wedel]] am Institut für Materialwissenschaft und wird bei Ihnen unter [[AZ|32.4-FO 0412/23]] geführt. Könnten wir kurzfristig telefonieren? Ich bin heute bis 17 Uhr unter [[N|06621 77-4410]] erreichbar.

Viele Grüße
[[P|Rania Haddad]]

Dr. [[P|Rania Haddad]]
Universität Eilenfurt | International Office – Welcome Centre for Researchers
Gebäude C3, Raum 2.104 | [[N|Universitätsring 1]] | [[N|36213 Eilenfurt]]

-----Ursprüngliche Nachricht-----
Von: [[P|Mohammad Hosseini]] <[[E|m.hosseini.1989@gmail.com]]>
Gesendet: Dienstag, 15. Juli 2025 22:47
An: [[P|Haddad, Rania]] Dr. <[[E|rania.haddad@uni-eilenfurt.de]]>
Betreff: Passport renewal / Reiseausweis

Dear Dr. [[P|Haddad]],

I am writing to you in confidence. As you know, I was one of the speakers at the "Woman, Life, Freedom" rally on the Marktplatz in October, and since then I am active in the Iranian opposition group at the university. My photo was published by a state news site in Iran. Since then the consulate in Frankfurt has not answered my request to renew my passport (no. [[PASS|{R['hosseini_pass']}]], expires 02.10.2025). Last month my brother [[P|Reza]] was questioned in Tehran about my political activities.

My wife [[P|Fatemeh Rezaei]] (born [[DOB|11 May 1992]], passport [[PASS|{R['rezaei_pass']}]]) and I would like to know whether the Ausländerbehörde can issue a Reiseausweis für Ausländer if the consulate refuses. In case they need it, my Iranian national code is [[IDC|{R['hosseini_nc']}]].

Our address is [[A|Hainbuchenweg 3]], [[A|36217 Eilenfurt]], mobile [[T|+49 157 3390 2176]].

Kind regards,
[[P|Mohammad]]

Dr. [[P|Seyed Mohammad Hosseini]]
Postdoctoral Researcher, Institute of Materials Science
"""


@doc("word", "scan-formular", ["BIOMETRIC"])
def d007():
    p = R["qureshi_pass"]
    c = R["qureshi_cnic"]
    dob, exp = "990710", "320221"
    num = p + mrz_check(p)
    dobc = dob + mrz_check(dob)
    expc = exp + mrz_check(exp)
    pers = (c + "<").ljust(14, "<")
    persc = pers + mrz_check(pers)
    comp = mrz_check(num + dobc + expc + persc)
    line1 = "P<PAK" + "QURESHI<<MUHAMMAD<USMAN"
    pad1 = "<" * (44 - len(line1))
    assert len(num + "PAK" + dobc + "M" + expc + persc + comp) == 44
    c_fmt = f"{c[0:5]}-{c[5:12]}-{c[12]}"
    return f"""Antrag auf Erteilung / Verlängerung eines Aufenthaltstitels     Seite 1 von 4     Formular AE-01 (Stand 03/2025)
[Scan Poststelle 08.07.2025 09:12 – OCR, ungeprüft]

1. Familienname / Surname ...............  [[P|QURESHI]]
2. Vorname(n) / Given names ..............  [[P|Muhammad Usman]]
3. Geburtsname / Name at birth ...........  [[P|QURESHI]]
4. Geburtsdatum / Date of birth ..........  [[DOB|1O.O7.1999]]
5. Geburtsort, -land / Place of birth ....  Lahore, Pakistan
6. Geschlecht / Sex:   [X] männl.  [ ] weibl.  [ ] divers
7. Staatsangehörigkeit(en) ...............  pakistanisch
8. Familienstand .........................  ledig
9. Anschrift in Deutschland ..............  [[A|Robert-Koch-Str. 16]], [[A|36214 Eilenfurt]]
   Anschrift im Heimatland ...............  [[A|House 45, Street 9, F-7/2]], [[A|Islamabad 44000]]
10. Telefon / E-Mail .....................  [[T|+49 1590 4417 208]] / [[E|usman.qureshi99@outlook.com]]
11. Pass-Nr. / Passport no. ..............  [[PASS|{p}]]   gültig bis / valid until 21.02.2032
    ausstellende Behörde .................  DGI&P Islamabad
12. Nationale ID (CNIC) ..................  [[IDC|{c_fmt}]]
13. Zweck des Aufenthalts ................  Studium M.Sc. Computer Science, Universität Eilenfurt, Matr.-Nr. [[N|3090551]]
14. Krankenversicherung ..................  Techniker Krankenkasse, Vers.-Nr. [[KV|{R['qureshi_kv']}]]
15. Finanzierung .........................  Sperrkonto, 11.904 EUR / 12 Monate
16. Eltern / Parents .....................  Vater: [[P|Tariq Mahmood Qureshi]]   Mutter: [[P|Nasreen Akhtar]]
17. Vorstrafen / Ausweisungen ............  keine

– nur vom Amt auszufüllen –
Fingerabdrücke erfasst am 08.07.2025:  li. Zeigefinger ✓  re. Zeigefinger ✓  (NFIQ 2: 87 / 72)
Lichtbild: geprüft, biometrietauglich ✓
Bearbeiterin: [[P|Ioana Dumitrescu]]     Vorgangs-Nr.: [[AZ|2025-0704-1893]]
Unterschrift Antragsteller: [unleserlich]

--- Anlage 1: Kopie Reisepass, Datenseite (OCR) ---
ISLAMIC REPUBLIC OF PAKISTAN    PASSPORT
Type P   Country Code PAK   Passport Number [[PASS|{p}]]
Surname [[P|QURESHI]]
Given Names [[P|MUHAMMAD USMAN]]
Nationality PAKISTANI   Sex M   Date of Birth [[DOB|10 JUL 1999]]
Citizenship Number [[IDC|{c_fmt}]]
Date of Expiry 21 FEB 2032   Issuing Authority PAKISTAN
P<PAK[[P|QURESHI<<MUHAMMAD<USMAN]]{pad1}
[[PASS|{num}]]PAK[[DOB|{dob}]]{dobc[-1]}M{expc}[[IDC|{c}]]{pers[13:]}{persc[-1]}{comp}
"""


@doc("outlook", "csv-sperrkonto")
def d008():
    rows = []
    for matr, last, first, dob, sta, pas, iban, mail in CSV:
        rows.append(f"[[N|{matr}]];[[P|{last}]];[[P|{first}]];[[DOB|{dob}]];{sta};[[PASS|{pas}]];"
                    f"[[IBAN|{iban}]];[[E|{mail}]];11904,00;ja")
    body = "\n".join(rows)
    return f"""Von: [[P|Papadopoulos, Stefanos]] <[[E|stefanos.papadopoulos@uni-eilenfurt.de]]>
Gesendet: Mittwoch, 16. Juli 2025 16:20
An: [[P|Yıldırım, Gülşen]] <[[E|g.yildirim@eilenfurt.de]]>
Cc: [[P|Haddad, Rania]] Dr. <[[E|rania.haddad@uni-eilenfurt.de]]>
Betreff: Sammeltermin Erstanträge WiSe 25/26 – Vorabliste Sperrkonten (vertraulich)

Liebe Frau [[P|Yıldırım]],

wie beim Jour fixe besprochen, hier die Vorabliste der acht Studierenden für den Sammeltermin am 07.10.2025 (Audimax-Foyer, 9–13 Uhr). Die Sperrkonto-Bestätigungen liegen uns vor; die Spalte "Sperrbetrag" ist der bestätigte Betrag in EUR. Es handelt sich um einen Export aus unserem Bewerbungsportal, die Matrikelnummern sind vorläufig.

Matrikelnr;Nachname;Vorname;Geburtsdatum;StA;Reisepass;Sperrkonto_IBAN;E-Mail;Sperrbetrag;KV_Nachweis
{body}

Frau [[P|Santos Oliveira]] reist erst am 05.10. an, sie bringt den Pass im Original mit. Bei Herrn [[P|de la Garza Treviño]] ist der Pass ab März 2026 nur noch 6 Monate gültig.

Bitte die Liste nach dem Termin löschen.

Viele Grüße
[[P|Stefanos Papadopoulos]]
International Office | Studierendenservice
Tel. [[N|+49 6621 77-4400]]
"""


@doc("word", "bescheid-blaue-karte")
def d009():
    return f"""Stadt Eilenfurt · Ausländerbehörde · [[N|Am Zeughaus 4]] · [[N|36214 Eilenfurt]]

Gegen Postzustellungsurkunde

Herrn Dr. [[P|Tyler J. McAllister]]
Frau [[P|Sarah Beth McAllister]]
[[A|Ulmenstraße 9]]
[[A|36214 Eilenfurt]]

Bescheid-Nr.: [[AZ|BS/32-4/2025/000418]]
Kassenzeichen: [[AZ|5310-25-0088142]]
Ihr Antrag vom: 12.05.2025
Datum: 18.07.2025

Erteilung von Aufenthaltstiteln

Sehr geehrte Frau [[P|McAllister]], sehr geehrter Herr Dr. [[P|McAllister]],

auf Ihre Anträge ergeht folgender

Bescheid:

1. Herrn [[P|Tyler James McAllister]], geboren am [[DOB|02.03.1987]], Reisepass Nr. [[PASS|{R['tyler_pass']}]], wird eine Blaue Karte EU nach § 18g Abs. 1 AufenthG erteilt, befristet bis zum 31.07.2029.
2. Frau [[P|Sarah Beth McAllister]] geb. [[P|Donnelly]], geboren am [[DOB|14.09.1988]], Reisepass Nr. [[PASS|{R['sarah_pass']}]], wird eine Aufenthaltserlaubnis nach § 30 Abs. 1 AufenthG erteilt.
3. Den Kindern [[P|Owen Patrick McAllister]], geboren am [[DOB|06.01.2021]], Reisepass Nr. [[PASS|{R['owen_pass']}]], und [[P|Lily Grace McAllister]], geboren am [[DOB|30.03.2024]], Reisepass Nr. [[PASS|{R['lily_pass']}]], werden Aufenthaltserlaubnisse nach § 32 Abs. 1 AufenthG erteilt.
4. Die Gebühren werden auf insgesamt 290,00 EUR festgesetzt (§§ 45, 50 AufenthV). Bitte überweisen Sie den Betrag unter Angabe des Kassenzeichens bis zum 15.08.2025.

Begründung:
Herr Dr. [[P|McAllister]] hat mit der Universität Eilenfurt einen Arbeitsvertrag als wissenschaftlicher Mitarbeiter (E 14 TV-L) geschlossen. Das Bruttojahresgehalt von 61.400 EUR liegt über der Mindestgehaltsgrenze für Engpassberufe nach § 18g Abs. 1 Satz 2 AufenthG (2025: 43.759,80 EUR). Die Zustimmung der Bundesagentur für Arbeit ist nach § 39 Abs. 2 AufenthG nicht erforderlich. Die Voraussetzungen des Familiennachzugs liegen vor; ausreichender Wohnraum (94 m²) ist nachgewiesen.

Die elektronischen Aufenthaltstitel werden bei der Bundesdruckerei bestellt. Sie erhalten in etwa vier Wochen je Person einen PIN-Brief und können die Karten anschließend nach Terminvereinbarung abholen.

Rechtsbehelfsbelehrung:
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Kassel, [[N|Tischbeinstraße 32]], [[N|34121 Kassel]], erhoben werden.

Mit freundlichen Grüßen
Im Auftrag

[[P|Katarina Ostermann-Sánchez]]
Leiterin der Ausländerbehörde
"""


@doc("outlook", "en-header-kfz")
def d010():
    return f"""From: [[P|Tyler McAllister]] <[[E|tyler.mcallister@uni-eilenfurt.de]]>
Sent: Friday, July 18, 2025 4:12 PM
To: Welcome Centre <[[N|welcome@uni-eilenfurt.de]]>
Subject: Car registration + driver's license – quick questions

Hi there,

we finally got the Blue Card decision (thanks for pushing!). Two follow-up things:

1) We bought a used VW Touran from a private seller, Mr. [[P|Dariusz Kowalczyk]] in Kassel. The car still has his plates [[KFZ|KS-DK 3058]]. Can I register it at the Zulassungsstelle with just the decision letter, or do I need the physical eAT card first? We reserved the plate [[KFZ|HEF-TM 212]] online.

2) My Michigan license – do I really have to take the theory and the practical test? I've been driving since 2004 and Michigan is not on the list, apparently.

In case the Zulassungsstelle calls: my wife [[P|Sarah]]'s cell is [[T|+1 (734) 555-0187]] (she keeps the US number for now), our landline here is [[T|06621 918 4470]].

Also, the Kita asked for the kids' birth certificates – [[P|Owen]] was born [[DOB|January 6, 2021]] and [[P|Lily]] on [[DOB|March 30, 2024]], both in Ann Arbor. Do these need an apostille and a certified translation?

Thanks a lot,
[[P|Tyler]]

--
Dr. [[P|Tyler J. McAllister]]
Postdoctoral Researcher | Data Science Lab
Universität Eilenfurt, building D1, room 3.017
Phone [[N|+49 6621 77-5312]]
"""


@doc("word", "protokoll-runder-tisch", ["UNION"])
def d011():
    return f"""Ergebnisprotokoll
Runder Tisch „Internationale Studierende und Forschende“
Sitzung am 10.07.2025, 14:00–15:45 Uhr, Rathaus, Sitzungszimmer 2 (Vorlage 0213/2025)

Teilnehmende:
– [[P|Katarina Ostermann-Sánchez]], Stadt Eilenfurt, Leitung Ausländerbehörde (Vorsitz)
– [[P|Gülşen Yıldırım]], Ausländerbehörde, Teamleitung Studium/Forschung
– Dr. [[P|Rania Haddad]], Universität, Welcome Centre for Researchers
– [[P|Stefanos Papadopoulos]], Universität, International Office
– Prof. Dr. [[P|Heinrich von Wedel]], Prorektor für Internationales
– [[P|Nguyen Thi Thu Hang]], Studierendenwerk, Sozialberatung
– [[P|Marek Dąbrowski]], Personalrat der Universität (zugleich ver.di-Vertrauensmann)
– [[P|Chidinma Eze]], AStA, Referat für internationale Studierende
Entschuldigt: Bürgermeister [[P|Frank Ruppel]]
Protokoll: [[P|Ioana Dumitrescu]]

TOP 1 Wartezeiten
Frau [[P|Ostermann-Sánchez]] berichtet: Die Wartezeit auf einen Termin beträgt derzeit 9 Wochen (Vorjahr 6). Im ersten Halbjahr wurden 412 Fiktionsbescheinigungen ausgestellt. Frau [[P|Yıldırım]] schlägt Sammeltermine zu Semesterbeginn vor; das International Office liefert dafür Vorabliste (Termin 07.10.2025, Audimax-Foyer).

TOP 2 Sperrkonto und Lebensunterhalt
Seit 01.09.2024 gilt ein Bedarf von 992 EUR monatlich. Herr [[P|Papadopoulos]]: 37 Studierende haben Probleme, Nachzahlungen aus dem Heimatland zu leisten (Kapitalverkehrsbeschränkungen in Ägypten, Sanktionen Iran). Frau [[P|Eze]] bittet um Kulanz bei Fristen. Vereinbart: Fiktionsbescheinigung statt Ablehnung, wenn eine Nachzahlung nachweislich angestoßen ist.

TOP 3 Einzelfall (nicht öffentlich)
Ein Doktorand aus Ägypten hat wegen eines annullierten Rückflugs die Frist verpasst; der Name wird im Protokoll nicht genannt. Das Welcome Centre klärt den Fall direkt mit der Ausländerbehörde.

TOP 4 Beschäftigte mit befristeten Verträgen
Herr [[P|Dąbrowski]] weist für den Personalrat darauf hin, dass Verlängerungen von Arbeitsverträgen oft erst wenige Tage vor Ablauf des Titels vorliegen. Prof. [[P|von Wedel]] sagt zu, die Dezernate zu sensibilisieren.

TOP 5 Verschiedenes
Online-Terminbuchung über das neue Portal ab 01.09.2025; Hotline der Ausländerbehörde [[N|06621 488-3200]].

Nächste Sitzung: 09.10.2025, 14 Uhr, Universität, Senatssaal (Gebäude A1).

gez. [[P|Dumitrescu]]
"""


@doc("outlook", "schwangerschaft", ["HEALTH"])
def d012():
    return f"""Von: [[P|Nourhan Fathy]] <[[E|nourhan.fathy@hotmail.com]]>
Gesendet: Donnerstag, 17. Juli 2025 19:55
An: [[P|Yıldırım, Gülşen]] <[[E|g.yildirim@eilenfurt.de]]>
Betreff: Frage wegen Verlängerung – Az [[AZ|32.4-AE 1219/25]]

Sehr geehrte Frau [[P|Yildirim]],

ich bin schwanger in 24. Woche und meine Frauenärztin Dr. [[P|Heike Brunnert]] hat mir ein Beschäftigungsverbot geschrieben, weil es ist Risikoschwangerschaft (Schwangerschaftsdiabetes). Deshalb kann ich im Wintersemester keine Prüfungen schreiben und nehme Urlaubssemester. Wird meine Aufenthaltserlaubnis trotzdem verlängert?

Mein Mann [[P|Ahmed Samir Abdelaziz]] wohnt noch in Ägypten ([[A|23 Fouad Street, Apt. 7]], [[A|Alexandria 21599]]) und möchte zur Geburt im November kommen. Seine Passnummer ist [[PASS|{R['samir_pass']}]], geboren [[DOB|17.06.1996]]. Brauchen Sie noch etwas von ihm für das Visum?

Meine Krankenversicherung ist die TK, Versichertennummer [[KV|{R['fathy_kv']}]]. Meine Handynummer hat sich geändert: [[T|0157 8822 4019]].

Mit freundlichen Grüßen
[[P|Nourhan Fathy]]
geb. [[DOB|24.12.2001]]
"""


@doc("outlook", "verlust-pass-kleinschreibung")
def d013():
    return f"""Von: [[P|lupita hernandez]] <[[E|lupita.hdz98@gmail.com]]>
Gesendet: Samstag, 19. Juli 2025 23:58
An: [[P|Papadopoulos, Stefanos]] <[[E|stefanos.papadopoulos@uni-eilenfurt.de]]>
Betreff: pasaporte robado :(

hola [[P|stefanos]],

sorry für die späte mail. mein rucksack wurde heute am frankfurter hauptbahnhof geklaut, mit reisepass ([[PASS|{R['hernandez_pass']}]]) und meinem aufenthaltstitel (karte [[IDC|{R['hernandez_eat']}]]). ich war schon bei der bundespolizei, die anzeige hat die nummer [[AZ|ST/0874213/2025]].

das konsulat in frankfurt braucht für den neuen pass meine CURP [[IDC|{R['hernandez_curp']}]] und eine kopie der anzeige. muss ich jetzt auch zur ausländerbehörde? mein termin dort wäre eigentlich am 24.07. wegen der jobsuche-erlaubnis (az [[AZ|32.4-AE 1133/25]]).

meine freundin [[P|valentina]] ([[P|valentina rossi]], sie studiert auch hier) kommt mit, falls ich eine zeugin brauche.

abrazos y gracias!!
[[P|lupi]]
--
[[P|María Guadalupe Hernández Ortiz]]
M.Sc. Environmental Engineering
[[T|+49 176 2219 5530]] (whatsapp)

Von meinem Samsung Galaxy Smartphone gesendet
"""


@doc("word", "verpflichtungserklaerung")
def d014():
    return f"""Verpflichtungserklärung nach §§ 66–68 AufenthG – Erfassungsbogen (Auszug aus dem Fachverfahren)
Vordruck-Nr.: [[N|VE 2093318]]
Geschäftszeichen: [[AZ|32.4-VE-0338/2025]]

A. Verpflichtungsgeber
Name, Vorname ............ [[P|Siddiqui, Imran]]
Geburtsdatum, -ort ....... [[DOB|22.11.1984]], Offenbach am Main
Staatsangehörigkeit ...... deutsch
Ausweisdokument .......... Personalausweis Nr. [[IDC|{R['imran_idc']}]]
Anschrift ................ [[A|Bieberer Straße 212]], [[A|63071 Offenbach am Main]]
Telefon .................. [[T|069 8570 3318]]
Beruf / Arbeitgeber ...... Elektroingenieur, Mainwerk Energie GmbH
Nettoeinkommen ........... 4.380,00 EUR monatlich; Warmmiete 1.240,00 EUR; 2 unterhaltsberechtigte Kinder

B. Ausländische Gäste
1. [[P|Siddiqui, Javed Iqbal]], geb. [[DOB|03.03.1961]] in Karachi, Pass-Nr. [[PASS|{R['javed_pass']}]]
2. [[P|Javed, Farhat]], geb. [[DOB|18.08.1966]] in Hyderabad (Sindh), Pass-Nr. [[PASS|{R['farhat_pass']}]]
Anschrift im Heimatland: [[A|House No. B-117, Block 13-D, Gulshan-e-Iqbal]], [[A|Karachi 75300]]

C. Aufenthalt
Zweck: Besuch der Masterfeier der Nichte [[P|Ayesha Siddiqui]] (Universität Eilenfurt) am 31.10.2025
Dauer: 21.10.2025 bis 20.11.2025; zuständige Auslandsvertretung: Generalkonsulat Karachi

D. Prüfung
Bonität: Gehaltsabrechnungen 04–06/2025 und Mietvertrag lagen vor; Bonität ausreichend (§ 68 Abs. 1 AufenthG).
Belehrung über Umfang und Dauer der Haftung erfolgt; Gebühr 29,00 EUR bar bezahlt (Quittung 2025-07-0413).

Aufgenommen am 21.07.2025: [[P|Ioana Dumitrescu]]
"""


@doc("outlook", "familiennachzug-dna", ["GENETIC"])
def d015():
    return f"""Von: [[P|Yıldırım, Gülşen]]
Gesendet: Montag, 21. Juli 2025 11:05
An: '[[P|Chukwuemeka Okonkwo]]'
Betreff: AW: Family reunion – DNA test for my son / Az. [[AZ|32.4-FO 1012/25]]

Sehr geehrter Herr [[P|Okonkwo]],

die Deutsche Botschaft Lagos hat uns im Visumverfahren (Az. der Botschaft: [[AZ|RK 512 LAGO-2025-004417]]) mitgeteilt, dass die Geburt Ihres Sohnes [[P|Chibueze]] erst 2023 nachträglich registriert wurde. Die Botschaft kann Ihnen deshalb eine freiwillige DNA-Abstammungsuntersuchung anbieten (§ 82 Abs. 1 AufenthG, § 17 GenDG). Das Gutachten geht direkt an die Botschaft; wir benötigen es nicht. Die Kosten von etwa 600 EUR tragen Sie.

Für Ihre Ehefrau [[P|Adaeze Okonkwo]] und Ihre Tochter [[P|Somtochukwu]] ist das Verfahren davon unabhängig; die Vorabzustimmung ist am 18.07.2025 an die Botschaft gegangen.

Mit freundlichen Grüßen
Im Auftrag
[[P|Gülşen Yıldırım]]
Stadt Eilenfurt | Ausländerbehörde | Team Studium & Forschung
Tel. [[N|06621 488-3230]] | Fax [[N|06621 488-3299]]

-----Original Message-----
From: [[P|Chukwuemeka Okonkwo]] <[[E|chuks.okonkwo@proton.me]]>
Sent: Thursday, July 17, 2025 9:14 PM
To: [[P|Yildirim, Guelsen]] <[[E|g.yildirim@eilenfurt.de]]>
Subject: Family reunion – DNA test for my son / Az. [[AZ|32.4-FO 1012/25]]

Dear Ms [[P|Yildirim]],

the embassy in Lagos now asks for a DNA test for my son because his birth was registered late. If the result shows that I am his biological father, will the visa then be issued without further delay? And does the test have to be done by a lab chosen by the embassy?

Details of my family:
Wife: [[P|Adaeze Ngozi Okonkwo]] (née [[P|Nwankwo]]), born [[DOB|14 Feb 1993]], passport [[PASS|{R['adaeze_pass']}]]
Son: [[P|Chibueze Okonkwo]], born [[DOB|2 September 2019]], passport [[PASS|{R['chibueze_pass']}]]
Daughter: [[P|Somtochukwu Okonkwo]], born [[DOB|27/01/2022]], passport [[PASS|{R['somto_pass']}]]
Address in Nigeria:
[[A|14 Adeniyi Jones Avenue]]
[[A|Ikeja, Lagos State]]
My wife's phone: [[T|+234 803 412 7790]]

Best regards,
[[P|Chuks]]

Dr. [[P|Chukwuemeka D. Okonkwo]]
Research Associate, Department of Chemistry, Universität Eilenfurt
"""


@doc("word", "anwaltsschreiben-religion", ["RELIGION"])
def d016():
    return f"""Kanzlei [[P|Aydın-Brandt]] & Kollegen · Rechtsanwälte · [[N|Bahnhofstraße 40]] · [[N|36214 Eilenfurt]]

Stadt Eilenfurt
– Ausländerbehörde –
z. Hd. Frau [[P|Ostermann-Sánchez]]
[[N|Am Zeughaus 4]]
[[N|36214 Eilenfurt]]

vorab per Fax: [[N|06621 488-3299]]

Ihr Zeichen: [[AZ|32.4-AE 1301/25]]
Unser Zeichen: [[AZ|214/25 LA/ks]]
Eilenfurt, 22.07.2025

In der Ausländerangelegenheit
[[P|Parisa Ahmadi]], geb. [[DOB|19.11.2000]], iranische Staatsangehörige,
wohnhaft [[A|Schlehenweg 5]], [[A|36218 Eilenfurt]]
– Parallelverfahren: VG Kassel, Az. [[AZ|4 L 1422/25.KS]] –

zeigen wir an, dass wir Frau [[P|Ahmadi]] anwaltlich vertreten. Eine auf uns lautende Vollmacht fügen wir bei.

Unsere Mandantin ist am 13.04.2025 in der Evangelisch-Freikirchlichen Gemeinde Eilenfurt getauft worden; die Taufbescheinigung von Pastor [[P|Jonathan Mbeki-Schulte]] liegt bei. Sie nimmt seitdem regelmäßig an Gottesdiensten und am Hauskreis teil. Bei einer Rückkehr in die Islamische Republik Iran drohen ihr wegen der Abwendung vom Islam (Apostasie) erhebliche Gefahren für Leib und Leben. Ihr Bruder [[P|Arash Ahmadi]] ist im Juni in Schiras von den Behörden zu ihrem Verbleib befragt worden.

Der iranische Reisepass unserer Mandantin (Nr. [[PASS|{CSVD['Ahmadi'][5]}]]) läuft am 30.09.2025 ab. Für die Verlängerung verlangt das Generalkonsulat eine persönliche Vorsprache und eine Erklärung zum Religionsbekenntnis, die ihr nicht zumutbar ist.

Wir beantragen daher,
1. die Aufenthaltserlaubnis unserer Mandantin nach § 16b AufenthG bis zum Abschluss des Studiums zu verlängern,
2. hilfsweise das Vorliegen eines Abschiebungsverbots nach § 60 Abs. 5 und 7 AufenthG durch das Bundesamt prüfen zu lassen und ihr einen Reiseausweis für Ausländer (§ 5 AufenthV) auszustellen.

Bis zur Entscheidung bitten wir, von aufenthaltsbeendenden Maßnahmen abzusehen.

Mit freundlichen Grüßen

Dr. [[P|Leyla Aydın-Brandt]]
Rechtsanwältin
Fachanwältin für Migrationsrecht
"""


@doc("outlook", "rundmail-negativ")
def d017():
    return f"""Von: [[P|Papadopoulos, Stefanos]] <[[E|stefanos.papadopoulos@uni-eilenfurt.de]]>
Gesendet: Montag, 21. Juli 2025 09:00
An: [[N|intl-students-ws2526@lists.uni-eilenfurt.de]]
Betreff: [Welcome] Ausländerbehörde – Termine, Gebühren, Sperrkonto / Foreigners' Office – appointments, fees, blocked account

Liebe internationale Studierende, dear international students,

hier die wichtigsten Informationen für das Wintersemester 2025/26 (English below):

• Die Ausländerbehörde der Stadt Eilenfurt sitzt im Bürgerzentrum am Zeughaus (Straßenbahn 4, Haltestelle Zeughaus). Infotheke: Raum E.07 im Erdgeschoss, Wartebereich im 1. OG.
• Öffnungszeiten: Mo, Di, Do 8–12 Uhr, Do zusätzlich 14–17 Uhr. Termine nur online.
• Sperrkonto: seit 01.09.2024 mindestens 11.904 EUR für zwölf Monate (992 EUR im Monat), § 16b Abs. 1 i. V. m. § 2 Abs. 3 AufenthG.
• Gebühren: Erteilung bis ein Jahr 100 EUR, Verlängerung 93 EUR, Fiktionsbescheinigung 13 EUR (§§ 45, 47 AufenthV).
• Arbeiten: 140 ganze oder 280 halbe Tage im Jahr (§ 16b Abs. 3 AufenthG), Tätigkeiten als studentische Hilfskraft zählen nicht.
• Mitbringen: Reisepass, biometrisches Foto, Immatrikulationsbescheinigung, Mietvertrag, Wohnungsgeberbestätigung (§ 19 BMG), Nachweis der Krankenversicherung.

Infoveranstaltung: Dienstag, 14.10.2025, 16:00 Uhr, Audimax (Gebäude A2), parallel per Zoom (Meeting-ID 812 6605 0093, Kenncode welcome25).

English: The Foreigners' Office is located in the Bürgerzentrum next to the Zeughaus tram stop. The blocked account must hold at least EUR 11,904 (EUR 992 per month). Bring your passport and a biometric photo. The tram line 7 to Lindenhofweg also stops at the Studierendenwerk.

⚠ Warnung / Warning: Derzeit rufen Betrüger bei Studierenden an und geben sich als „Bundesamt“ oder Ausländerbehörde aus. Die Ausländerbehörde verlangt niemals Zahlungen per Telefon, Gutschein oder Kryptowährung. Bei Zweifeln: Hotline des International Office [[N|+49 6621 77-4400]] (Mo–Fr 10–12 Uhr) oder [[N|international@uni-eilenfurt.de]].

Viele Grüße / Best regards
[[P|Stefanos Papadopoulos]]
International Office | Studierendenservice
Universität Eilenfurt · [[N|Universitätsring 1]] · [[N|36213 Eilenfurt]]
"""


@doc("outlook", "personalabteilung")
def d018():
    return f"""Von: [[P|Aditya Kulkarni]] <[[E|aditya.kulkarni@uni-eilenfurt.de]]>
Gesendet: Dienstag, 22. Juli 2025 09:30
An: [[P|Sokolova, Natalia]] <[[E|natalia.sokolova@uni-eilenfurt.de]]>
Betreff: AW: Einstellung zum 01.08.2025 – fehlende Angaben (Personalnr. [[N|204417]])

Dear Ms [[P|Sokolova]],

thank you, please find my answers below, marked with AK. The copy of the residence permit is attached.

Best,
[[P|Aditya]]

Von: [[P|Sokolova, Natalia]]
Gesendet: Montag, 21. Juli 2025 15:12
An: [[P|Aditya Kulkarni]]
Betreff: Einstellung zum 01.08.2025 – fehlende Angaben (Personalnr. [[N|204417]])

Sehr geehrter Herr Dr. [[P|Kulkarni]],

für Ihre Einstellung als wissenschaftlicher Mitarbeiter (AG Computational Biology) fehlen uns noch folgende Angaben:

> 1. Rentenversicherungsnummer (falls bereits vergeben):
AK: [[SSN|{rv_spaced(R['kulkarni_ssn'])}]] – the letter came from the Deutsche Rentenversicherung last week
> 2. Steuerliche Identifikationsnummer:
AK: [[TID|{R['kulkarni_tid']}]]
> 3. Krankenkasse und Krankenversichertennummer:
AK: Techniker Krankenkasse, [[KV|{R['kulkarni_kv']}]]
> 4. Bankverbindung (IBAN):
AK: [[IBAN|{ib(R['kulkarni_iban'])}]] (Deutsche Bank; the blocked account is closed)
> 5. Aufenthaltstitel mit Erlaubnis zur Beschäftigung:
AK: § 18d AufenthG, card no. [[IDC|{R['kulkarni_eat']}]], valid until 31.07.2028
> 6. Anschrift:
AK: [[A|Am Wasserturm 8]], [[A|36214 Eilenfurt]]
> 7. Kinder (für Kinderfreibeträge):
AK: one daughter, [[P|Ira Kulkarni]], born [[DOB|2023-11-05]]
> 8. Schwerbehinderung ja/nein:
AK: no

Bitte senden Sie uns die Angaben bis zum 25.07.2025, damit die Bezüge zum 31.08.2025 angewiesen werden können.

Mit freundlichen Grüßen
[[P|Natalia Sokolova]]
Dezernat 4 – Personal, Sachgebiet 4.2
Tel. [[N|+49 6621 77-2218]]
"""


@doc("outlook", "unionpay-en")
def d019():
    cc = R["wang_cc"]
    cc_fmt = f"{cc[0:4]} {cc[4:8]} {cc[8:12]} {cc[12:16]} {cc[16:]}"
    return f"""Von: [[P|Bondarenko, Oleksandr]]
Gesendet: Mittwoch, 23. Juli 2025 08:14
An: '[[P|Wang Zihan]]'
Betreff: AW: payment failed – Kassenzeichen [[AZ|5310-25-0091176]]

Dear Mr [[P|Wang]],

please do not send card numbers by e-mail. We have removed your card details from our mailbox. You can pay the fee of 100 EUR at the payment terminal in the Bürgerzentrum (girocard, Visa, Mastercard – UnionPay is unfortunately not accepted) or by bank transfer quoting the Kassenzeichen above. The account of the city cash office is on your fee notice. Your Chinese ID number is not needed for this.

Best regards
[[P|Oleksandr Bondarenko]]
Ausländerbehörde Eilenfurt

-----Ursprüngliche Nachricht-----
Von: [[P|Wang Zihan]] <[[E|2298114570@qq.com]]>
Gesendet: Dienstag, 22. Juli 2025 23:41
An: [[N|auslaenderbehoerde@eilenfurt.de]]
Betreff: payment failed – Kassenzeichen [[AZ|5310-25-0091176]]

hello,

i am [[P|Wang Zihan]] (english name [[P|Kevin]]), student of mechanical engineering. my appointment for the residence permit was 21.07. and i must pay 100 euro online. the payment page always shows "Transaktion abgelehnt".

my card: UnionPay [[CC|{cc_fmt}]], valid 09/29, name on card [[P|ZIHAN WANG]]
the bank form also asked my chinese ID card number, it is [[IDC|{R['wang_cnid']}]]
my birthday [[DOB|1999-08-16]], passport [[PASS|{R['wang_pass']}]]

please help, my father in Shenzhen already tried to pay 3 times!!

thanks
[[P|Kevin Wang]]
"""


@doc("word", "aktennotiz-biometrie", ["BIOMETRIC", "HEALTH"])
def d020():
    return f"""Aktennotiz

Az.: [[AZ|32.4-AE 0790/25]]   E-Akte: [[AZ|E-32-2025-004471]]
Betreff: Erfassung biometrischer Merkmale – eAT-Antrag [[P|El-Sayed, Mahmoud Abdelrahman]], *[[DOB|30.08.1995]]

Bei der Vorsprache am 17.07.2025 konnten die Fingerabdrücke beider Zeigefinger nicht in ausreichender Qualität erfasst werden (NFIQ-Werte 12 und 9). Herr [[P|El-Sayed]] legte ein Attest seines Hautarztes Dr. med. [[P|Volker Rasmussen]] vor: chronisches Handekzem an beiden Händen, derzeit Behandlung mit kortisonhaltiger Salbe. Es wurden ersatzweise die Mittelfinger erfasst (Werte 54 und 61), Hinweis im Antrag gesetzt.

Das mitgebrachte Lichtbild wurde von der Prüfsoftware abgelehnt (Kopfneigung > 8°). Ein neues Lichtbild wurde an der Selbstbedienungsstation im Wartebereich erstellt.

Familiennachzug: Die Ehefrau, Frau [[P|Mariam Hassan Mostafa]], geb. [[DOB|02.02.1998]], hat ihren Visumtermin bei der Botschaft Kairo am 04.09.2025. Vorabzustimmung wird erteilt, sobald der Mietvertrag über die größere Wohnung vorliegt.

Rückruf Herr [[P|El-Sayed]]: [[T|0152 3318 6604]]

[[P|Dumitrescu]], 17.07.2025
"""


@doc("outlook", "fristenliste-excel")
def d021():
    rows = [
        ("28.07.2025", "32.4-FO 0412/23", "Hosseini", "Seyed Mohammad", "02.10.2025", "Pass läuft ab, Reiseausweis prüfen", "Bondarenko"),
        ("28.07.2025", "32.4-AE 0977/25", "Liu", "Yuxuan", "31.08.2025", "Unterlagen angefordert", "Wiśniewska"),
        ("29.07.2025", "ABH 3-2207/19", "Nwachukwu-Meyer", "Ifeoma", "15.09.2025", "Niederlassungserlaubnis § 18c prüfen", "Yıldırım"),
        ("29.07.2025", "32.4-AE 1204/25", "Adebayo-Bello", "Oluwaseun", "31.07.2025", "Sperrkonto Restbetrag", "Dumitrescu"),
        ("30.07.2025", "32.4-FO 0019/24", "Castellanos Ruiz", "Diego Alejandro", "30.09.2025", "§ 18d, Arbeitgeberwechsel", "Bondarenko"),
        ("30.07.2025", "ABH 3-0931/21", "Mirza", "Bilal", "31.07.2025", "Fiktionsbescheinigung, Beschäftigung prüfen", "Wiśniewska"),
        ("31.07.2025", "32.4-AE 1133/25", "Hernández Ortiz", "María Guadalupe", "30.09.2025", "Pass gestohlen, Verlustanzeige", "Yıldırım"),
        ("31.07.2025", "32.4-VE-0338/2025", "Siddiqui", "Imran", "–", "VE an Generalkonsulat", "Dumitrescu"),
        ("01.08.2025", "BS/32-4/2025/000418", "McAllister", "Tyler James", "31.07.2029", "eAT-Ausgabe nach PIN-Brief", "Ostermann-Sánchez"),
    ]
    lines = [f"{w}\t[[AZ|{az}]]\t[[P|{n}]]\t[[P|{v}]]\t{g}\t{s}\t[[P|{b}]]" for w, az, n, v, g, s, b in rows]
    table = "\n".join(lines)
    return f"""Von: [[P|Ostermann-Sánchez, Katarina]] <[[E|k.ostermann-sanchez@eilenfurt.de]]>
Gesendet: Freitag, 25. Juli 2025 13:47
An: Team ABH Studium/Forschung
Betreff: Wiedervorlagen KW 31 – bitte bis Freitag abarbeiten

Hallo zusammen,

unten der Export aus dem Fachverfahren (Wiedervorlagen 28.07.–01.08.). Die Aktenzeichen aus dem Altbestand (ABH 3-…) bitte bei der Gelegenheit auf das neue Schema umstellen. [[P|Oleksandr]], Herr [[P|Hosseini]] hat über das Welcome Centre einen Gesprächstermin angefragt – bitte vorziehen.

Wiedervorlage\tAktenzeichen\tName\tVorname\tTitel gültig bis\tSachstand\tBearbeitung
{table}

Bei Frau [[P|Adebayo-Bello]] ist die Restzahlung laut Kontovista eingegangen, Bestätigung kommt per Post.

Schönes Wochenende
[[P|Katarina]]
"""


@doc("outlook", "beratung-vertraulich-en", ["SEXUAL_ORIENTATION", "HEALTH"])
def d022():
    return f"""From: [[P|Hamza Ali Khan]] <[[E|hamzaalikhan.pk@gmail.com]]>
Sent: Thursday, 24 July 2025 01:12
To: Diversity Office <[[N|diversity@uni-eilenfurt.de]]>; Dr. [[P|Johanna Lindqvist]] <[[E|j.lindqvist@uni-eilenfurt.de]]>
Subject: confidential – question about my visa

Dear Dr [[P|Lindqvist]],

i hope it is ok that i write to you directly, a friend from the queer student group gave me your address. i am gay and since last year i am in a relationship with my boyfriend [[P|Lukas]] ([[P|Lukas Brenner]], he is German). my family in Pakistan does not know and must not know.

since March i see a therapist at the Psychosoziale Beratungsstelle ([[P|Esther Okafor-Lange]]) because of panic attacks, she said i should ask you.

we are thinking about getting married next year. would i then get a residence permit as a spouse, and does the Ausländerbehörde inform the Pakistani embassy or my university about the reason? my residence permit card is [[IDC|{R['khan_eat']}]] and the file number at the Ausländerbehörde is [[AZ|32.4-AE 1288/25]].

you can reach me on [[T|0176 5530 1947]] (also Signal).

thank you,
[[P|Hamza]]
"""


@doc("word", "uni-bescheinigung")
def d023():
    return f"""Universität Eilenfurt · Graduiertenakademie · [[N|Universitätsring 1]] · [[N|36213 Eilenfurt]]

Stadt Eilenfurt
Ausländerbehörde
[[N|Am Zeughaus 4]]
[[N|36214 Eilenfurt]]

Ihr Zeichen: [[AZ|32.4-AE 1040/25]]
Eilenfurt, 18. Juli 2025

Bescheinigung zur Vorlage bei der Ausländerbehörde / Certificate for the Foreigners' Office

Hiermit bestätigen wir, dass Frau [[P|Ana Luíza Ferreira da Silva]], geboren am [[DOB|27. Juni 1999]] in Belo Horizonte (Brasilien), Reisepass Nr. [[PASS|{R['ferreira_pass']}]], seit dem 01.10.2023 als Doktorandin im Fach Biologie an der Universität Eilenfurt angenommen und eingeschrieben ist (Matrikelnummer [[N|3072218]]).

Das Promotionsvorhaben „Mikrobielle Gemeinschaften in Auenböden“ wird von Prof. Dr. [[P|Dimitri Kuznetsov]] betreut; die voraussichtliche Dauer reicht bis zum 30.09.2027.

Frau [[P|Ferreira da Silva]] erhält ein Vollstipendium der brasilianischen Förderorganisation CAPES (Programm Doutorado Pleno no Exterior) in Höhe von 1.300 EUR monatlich zuzüglich einer Jahrespauschale für Forschungskosten. Der Lebensunterhalt ist damit im Sinne des § 2 Abs. 3 AufenthG gesichert.

Frau [[P|Ferreira da Silva]] ist am 01.07.2025 innerhalb Eilenfurts umgezogen; ihre neue Anschrift lautet [[A|Kirschgartenstraße 17]], [[A|36216 Eilenfurt]].

Für Rückfragen stehe ich unter [[N|+49 6621 77-3190]] zur Verfügung.

Im Auftrag

Dr. [[P|Elif Korkmaz]]
Geschäftsführerin der Graduiertenakademie
"""


@doc("outlook", "wohnungsgeber-kette")
def d024():
    return f"""Von: [[P|Horst Wegener]] <[[E|horst.wegener@t-online.de]]>
Gesendet: Donnerstag, 24. Juli 2025 07:03
An: [[P|Diego Castellanos]] <[[E|d.castellanos.ruiz@gmail.com]]>
Betreff: Re: WG: Wohnungsgeberbestätigung – Vorgangs-Nr. [[AZ|2025-BB-071123]]

hallo herr [[P|castellanos]],

die bestätigung hab ich ausgefült und unterschrieben, liegt in ihrem briefkasten. eigentümerin bin nicht ich sondern meine schwester [[P|renate wegener-kühn]], ich verwalte das nur für sie. ihre adresse [[A|Lohmühlenweg 2a]], [[A|34626 Neukirchen]]. falls das amt fragen hat meine nummer [[T|0171 4402 917]]

gruß [[P|h. wegener]]

Gesendet von meinem iPhone

> Am 23.07.2025 um 18:02 schrieb [[P|Diego Castellanos]] <[[E|d.castellanos.ruiz@gmail.com]]>:
>
> Sehr geehrter Herr [[P|Wegener]],
>
> das Bürgerbüro braucht für unsere Anmeldung noch die Wohnungsgeberbestätigung (siehe unten). Wir sind am 01.07. in die Wohnung [[A|Brunnengasse 11]], 2. OG rechts, eingezogen. Eingezogen sind: ich, [[P|Diego Alejandro Castellanos Ruiz]] (geb. [[DOB|08.01.1990]]), und meine Partnerin [[P|Camila Reyes Montaño]] (geb. [[DOB|22.05.1992]]).
>
> Vielen Dank und viele Grüße
> [[P|Diego Castellanos]]
>
>> -----Ursprüngliche Nachricht-----
>> Von: Bürgerbüro Eilenfurt <[[N|buergerbuero@eilenfurt.de]]>
>> Gesendet: Mittwoch, 23. Juli 2025 11:20
>> An: [[E|d.castellanos.ruiz@gmail.com]]
>> Betreff: Wohnungsgeberbestätigung – Vorgangs-Nr. [[AZ|2025-BB-071123]]
>>
>> Sehr geehrter Herr [[P|Castellanos Ruiz]],
>>
>> für die Anmeldung Ihres Wohnsitzes in der Brunnengasse fehlt noch die Bestätigung des Wohnungsgebers nach § 19 BMG. Ihre Identität haben wir anhand Ihres mexikanischen Reisepasses Nr. [[PASS|{R['castellanos_pass']}]] geprüft. Bitte reichen Sie die Bestätigung innerhalb von zwei Wochen nach, sonst müssen wir ein Bußgeldverfahren prüfen (§ 54 BMG).
>>
>> Mit freundlichen Grüßen
>> Im Auftrag
>> [[P|Tamara Iwanowa]]
>> Bürgerbüro, Schalter 5, Tel. [[N|06621 488-1150]]
"""


@doc("outlook", "rechnung-relocation")
def d025():
    return f"""Von: [[P|Aylin Demir]] | [[P|Demir]] Relocation <[[E|aylin@demir-relocation.de]]>
Gesendet: Donnerstag, 24. Juli 2025 17:31
An: [[P|Aditya Kulkarni]] <[[E|aditya.kulkarni@uni-eilenfurt.de]]>
Cc: [[P|Haddad, Rania]] Dr. <[[E|rania.haddad@uni-eilenfurt.de]]>
Betreff: Rechnung [[N|R-2025-0712]] / invoice – relocation package

Dear Dr. [[P|Kulkarni]], dear Dr. [[P|Haddad]],

please find our invoice below; the signed PDF follows by post. As agreed, the university pays positions 1–3, position 4 (furniture transport) is invoiced to Dr. [[P|Kulkarni]] privately.

RECHNUNG / INVOICE [[N|R-2025-0712]]
[[P|Demir]] Relocation & Visa Service – Inhaberin [[P|Aylin Demir]]
[[A|Kasseler Straße 88]] · [[A|36214 Eilenfurt]]
Steuernummer [[TNR|{R['demir_tnr']}]] · USt-IdNr. [[VAT|{R['demir_vat']}]]

Kunde: Dr. [[P|Aditya Kulkarni]], [[A|Am Wasserturm 8]], [[A|36214 Eilenfurt]]
Kunden-Nr.: [[AZ|K-10448]]
Rechnungsdatum: 24.07.2025 · Leistungszeitraum: 01.06.–31.07.2025

Pos. 1  Wohnungssuche inkl. 3 Besichtigungen ............ 1.150,00 EUR
Pos. 2  Begleitung Ausländerbehörde, Termin 11.07.2025 ..   180,00 EUR
Pos. 3  Begleitung Bürgerbüro (Anmeldung) ...............    90,00 EUR
Pos. 4  Möbeltransport Frankfurt – Eilenfurt ............   640,00 EUR
Nettobetrag 2.060,00 EUR · USt 19 % 391,40 EUR · Gesamtbetrag 2.451,40 EUR

Bitte überweisen Sie innerhalb von 14 Tagen ohne Abzug auf
IBAN [[IBAN|{ib(R['demir_iban'])}]] · Sparkasse Eilenfurt

Kind regards / Viele Grüße
[[P|Aylin Demir]]
Mobil [[T|0170 9981 3027]]
"""


@doc("word", "vermerk-beschaeftigung")
def d026():
    t = R["mirza_tid"]
    return f"""Vermerk

Vorgang: [[P|Mirza, Bilal]] – Verlängerung Fiktionsbescheinigung / Prüfung Beschäftigungsumfang
Aktenzeichen: [[AZ|ABH 3-0931/21]]
AZR-Nummer: [[AZ|213458871093]]

Herr [[P|Mirza]] (geb. [[DOB|14.06.1998]]) legte am 24.07.2025 zur Verlängerung seiner Fiktionsbescheinigung (§ 81 Abs. 4 AufenthG, bisher gültig bis 31.07.2025) die Gehaltsabrechnungen der Rapido Food GmbH für Januar bis Juni 2025 vor. Danach arbeitete er an 96 ganzen und 41 halben Tagen, umgerechnet 116,5 Tage; die Grenze von 140 Tagen nach § 16b Abs. 3 AufenthG ist damit für 2025 noch nicht erreicht. Auf den Abrechnungen sind die Steuer-ID [[TID|{tax_id_spaced(t)}]] und die Versicherungsnummer [[SSN|{R['mirza_ssn']}]] ausgewiesen; Lohnsteuerklasse I.

Der Schichtleiter, Herr [[P|Sergiu Moraru]], bestätigte über die Zentrale der Firma ([[N|0561 9207 4400]]) die Angaben. Herr [[P|Mirza]] fährt für den Lieferdienst mit seinem eigenen Pkw, amtliches Kennzeichen [[KFZ|HEF-BM 98]].

Private Anschrift: [[A|Hinter der Mauer 5]], [[A|36214 Eilenfurt]]

Ergebnis: Fiktionsbescheinigung bis 31.10.2025 verlängert (Gebühr 13 EUR, bar). Herr [[P|Mirza]] wurde auf die 140-Tage-Grenze hingewiesen. Wiedervorlage 15.10.2025.

gez. [[P|Wiśniewska]]
"""


@doc("outlook", "us-krankenversicherung", ["HEALTH"])
def d027():
    return f"""From: [[P|Emily Whitfield]] <[[E|emily.r.whitfield@gmail.com]]>
Sent: Friday, July 25, 2025 3:27 AM
To: [[P|Papadopoulos, Stefanos]] <[[E|stefanos.papadopoulos@uni-eilenfurt.de]]>
Subject: health insurance exemption?? (enrollment no. [[N|3101610]])

Hi [[P|Stefanos]]!

sorry to bother you again. The TK told me I need a "Befreiung" from statutory insurance if I want to keep my US plan. But the US plan doesn't cover my insulin pump supplies abroad (I have type 1 diabetes), so maybe I should just join TK?? What do I lose if I sign the exemption?

The TK form asks for the following, I'm putting it here so you can check it:
- US insurer: BlueCross BlueShield of Michigan, member ID [[KV|{R['whitfield_member']}]], group 00712
- Policyholder: my dad, [[P|Robert Whitfield]], DOB [[DOB|04/17/1965]]
- my Social Security Number: [[SSN|{R['whitfield_ssn']}]]
- my date of birth: [[DOB|Dec 19, 2001]]
- address in Germany: [[A|Lindenhofweg 14, Apt. 312]], [[A|36216 Eilenfurt]]
- home address: [[A|2207 Packard Street]], [[A|Ann Arbor, MI 48104]], USA
- phone: [[T|+1 734 555 0163]] (no German number yet, sorry)

My Ausländerbehörde appointment is on Thursday and they want proof of insurance.

Thanks so much!!
[[P|Em]]

[[P|Emily Rose Whitfield]]
Exchange student (University of Michigan) – Universität Eilenfurt, WiSe 25/26
"""


@doc("word", "einladung-konferenz-en")
def d028():
    return f"""Universität Eilenfurt · Institut für Biologie · Lehrstuhl für Mikrobielle Ökologie
Prof. Dr. [[P|Dimitri Kuznetsov]] · [[N|Universitätsring 1]] · [[N|36213 Eilenfurt]] · Germany

Embassy of the Federal Republic of Germany
Visa Section
[[N|8B Hassan Sabri Street, Zamalek]]
[[N|11211 Cairo]], Egypt

Eilenfurt, 21 July 2025

Letter of invitation – Prof. Dr. [[P|Hany Abdel-Ghaffar]]
Your appointment reference: [[AZ|CAI-NV-2025-118734]]

Dear Sir or Madam,

I hereby invite Prof. Dr. [[P|Hany Mostafa Abdel-Ghaffar]], born [[DOB|9 October 1971]] in Alexandria, passport no. [[PASS|{R['hany_pass']}]], Professor of Microbiology at Cairo University, to the International Symposium on Soil Microbiomes at the University of Eilenfurt from 22 to 26 September 2025, where he will give a keynote lecture.

Prof. [[P|Abdel-Ghaffar]] will be accompanied by his doctoral student, Ms [[P|Yasmin Tarek Fawzy]], born [[DOB|3 February 1998]], passport no. [[PASS|{R['yasmin_pass']}]], who will present a poster. Ms [[P|Fawzy]] held a Schengen visa for a conference in Italy last year (visa no. [[N|ITA022187431]]).

The symposium is funded by the Deutsche Forschungsgemeinschaft (DFG, grant [[N|KU 2211/4-1]]). The university covers the flights (EgyptAir MS 785 Cairo–Frankfurt), accommodation at the Hotel Stadtpalais near the campus and a daily allowance of EUR 28 for both guests for the period 21 to 27 September 2025. Both guests are insured through the university's group travel insurance.

Please do not hesitate to contact me for further information.

Sincerely,

Prof. Dr. [[P|Dimitri Kuznetsov]]
Chair of Microbial Ecology
Phone [[N|+49 6621 77-3301]] · [[E|d.kuznetsov@uni-eilenfurt.de]]
"""


@doc("outlook", "gewerkschaft-ukraine", ["UNION"])
def d029():
    return f"""Von: [[P|Oksana Kovalenko]] <[[E|oksana.kovalenko@uni-eilenfurt.de]]>
Gesendet: Freitag, 25. Juli 2025 12:40
An: [[P|Dąbrowski, Marek]] <[[E|marek.dabrowski@uni-eilenfurt.de]]>
Betreff: Vertrag / Aufenthalt – bitte um Rat

Lieber [[P|Marek]],

danke für das Gespräch gestern in der Mensa. Wie besprochen: Ich bin seit März 2023 Mitglied der GEW und möchte den gewerkschaftlichen Rechtsschutz in Anspruch nehmen. Mein Vertrag (TV-L E 13, 50 %) endet am 31.08.2025, die Institutsleitung (Prof. [[P|Sandra Lehmkuhl]]) will nur um sechs Monate verlängern, obwohl das Projekt bis 2027 läuft.

Meine Aufenthaltserlaubnis nach § 24 AufenthG gilt bis 04.03.2026 (Ausländerbehörde, Az. [[AZ|32.4-UA 2204/22]]). Frau [[P|Wiśniewska]] meinte am Telefon, ein Wechsel zu § 18d sei möglich, wenn der neue Vertrag mindestens ein Jahr läuft. Stimmt das?

Noch eine Frage: Mein Auto hat immer noch ukrainische Kennzeichen ([[KFZ|AA 7315 KX]]). Muss ich es jetzt ummelden?

Privat erreichst du mich unter [[T|0151 2874 0613]] oder ukrainisch [[T|+380 67 412 3398]].
Privatanschrift: [[A|Eschenweg 21]], [[A|36217 Eilenfurt]]

Дякую! / Danke!
[[P|Oksana]]

Dr. [[P|Oksana Kovalenko]]
Institut für Physik, AG Quantenoptik
"""


@doc("word", "gespraechsnotizen", ["ETHNICITY", "RELIGION", "HEALTH"])
def d030():
    c = R["patel_card"]
    return f"""Telefon- und Gesprächsnotizen Sozialberatung International, KW 30/2025
Studierendenwerk Eilenfurt – erstellt von [[P|Nguyen Thi Thu Hang]]

1) Mo 21.07., 09:15 – Frau [[P|Parisa Ahmadi]], Rückruf [[T|0152 0917 3364]]: zwei Monatsmieten Rückstand in der Wohnanlage Lindenhof (Haus B). Überbrückungsdarlehen über 800 EUR beantragt; Anwältin ist eingeschaltet (Aufenthalt). Termin 29.07., 10 Uhr.

2) Mo 21.07., 11:40 – Herr [[P|Abdurehim Tursun]], Uigure aus Kaschgar (Xinjiang), Pass Nr. [[PASS|{R['tursun_pass']}]], geb. [[DOB|12.12.2000]]: Er befürchtet, dass Kommilitonen Informationen über ihn an chinesische Stellen weitergeben; seine Familie werde unter Druck gesetzt, ihn zur Rückkehr zu bewegen. Verwiesen an Dr. [[P|Haddad]] (Welcome Centre) und an die Psychosoziale Beratungsstelle.

3) Di 22.07., 13:20 – Frau [[P|Chen Jiaxin]] ([[E|chenjiaxin2004@163.com]]): fragt nach Minijobs; Hinweis auf 140-Tage-Regel und Jobbörse. Kein weiterer Bedarf.

4) Mi 23.07., 10:05 – Frau [[P|Nourhan Fathy]]: Schwangerschaft (Entbindung im November), fragt nach Elterngeld und Mutterschutz im Studium. Kontakt zur Hebamme Frau [[P|Anke Sauerland]] vermittelt, Tel. [[T|06621 5590 27]].

5) Do 24.07., 15:30 – Herr [[P|Omar Farouk Siddiq]], Sprecher der Muslimischen Hochschulgemeinde ([[E|omar.siddiq@stud.uni-eilenfurt.de]]): bittet für die Prüfungszeit um einen Raum für das Freitagsgebet, da der Raum der Stille im Gebäude B2 zu klein ist. An das Gebäudemanagement weitergegeben.

6) Fr 25.07., 09:50 – Herr [[P|Rohan Patel]] ([[T|+91 98450 27731]], WhatsApp): wurde von einem angeblichen Herrn „[[P|Müller]]“ vom „Bundesamt“ angerufen, es seien 450 EUR Gebühren offen. Er hat mit seiner Visa-Karte [[CC|{c[0:4]}-{c[4:8]}-{c[8:12]}-{c[12:16]}]] bereits 150 EUR gezahlt. Karte gesperrt, Anzeige bei der Polizei erstattet (Vorgangsnummer [[AZ|0140-25-118273]]). Warnhinweis an International Office gegeben.

Nächste Fallbesprechung: 01.08.2025 mit Frau [[P|Eze]] (AStA).
"""


# ---------------------------------------------------------------- build and write
def main():
    out = []
    for i, (channel, template, fn, flags) in enumerate(DOCS, 1):
        out.append(build(f"F97-{i:03d}", channel, template, fn(), flags))
    assert len(out) == 30, len(out)
    for d in out:
        for e in d["entities"] + d["neutral"]:
            assert d["text"][e["start"]:e["end"]] == e["text"], (d["id"], e)
    path = os.path.join(HERE, "fresh97.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    total = sum(len(d["entities"]) for d in out)
    print(f"wrote {path}: {len(out)} documents, {total} entities")


if __name__ == "__main__":
    main()
