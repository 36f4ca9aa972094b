#!/usr/bin/env python3
"""Fresh blind test batch 104: civil registry office (Standesamt), registration office and cemetery office of a
Saxon city (Bautzen/Budyšin). Sorbian, Vietnamese, Syrian, Polish, Czech and Russian-German families.

Deterministic: one seeded generator (seed 10404), no clock, no unordered iteration. Writes fresh104.jsonl next to
this script. All persons, streets (house numbers), numbers and mail addresses are invented.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban  # noqa: E402

IDS = Identifiers(10404)
R = IDS.rng


# ---------------------------------------------------------------------------------------------------------------
# Foreign identifiers with their public check-digit algorithms
# ---------------------------------------------------------------------------------------------------------------
def pesel(year, month, day, female):
    """Polish PESEL: YYMMDD (month +20 for 2000-2099), 3 serial digits, sex digit (even = female), check digit;
    weights 1,3,7,9,1,3,7,9,1,3; check = (10 - sum mod 10) mod 10."""
    mm = month + (20 if 2000 <= year < 2100 else 0)
    head = f"{year % 100:02d}{mm:02d}{day:02d}" + "".join(R.choice("0123456789") for _ in range(3))
    head += R.choice("02468" if female else "13579")
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    total = sum(int(c) * w for c, w in zip(head, weights))
    return head + str((10 - total % 10) % 10)


def pl_id_card():
    """Polish identity card (dowód osobisty): 3 letters + 6 digits; the first digit is the check digit;
    letter values A=10..Z=35; weights 7,3,1,9,7,3,1,7,3; the weighted sum incl. the check digit is 0 mod 10."""
    letters = "".join(R.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(3))
    rest = "".join(R.choice("0123456789") for _ in range(5))
    weights = (7, 3, 1, 9, 7, 3, 1, 7, 3)
    vals = [ord(c) - 55 for c in letters] + [0] + [int(c) for c in rest]
    total = sum(v * w for i, (v, w) in enumerate(zip(vals, weights)) if i != 3)
    check = total % 10  # 9*c == -c (mod 10)
    return letters + str(check) + rest


def pl_passport():
    """Polish passport: 2 letters + 7 digits; the first digit is the check digit; letter values A=10..Z=35;
    weights 7,3,9,1,7,3,1,7,3; the weighted sum incl. the check digit is 0 mod 10."""
    letters = "E" + R.choice("ABCDEFGHJKLMNPRSTUWXYZ")
    rest = "".join(R.choice("0123456789") for _ in range(6))
    weights = (7, 3, 9, 1, 7, 3, 1, 7, 3)
    vals = [ord(c) - 55 for c in letters] + [0] + [int(c) for c in rest]
    total = sum(v * w for i, (v, w) in enumerate(zip(vals, weights)) if i != 2)
    return letters + str(total % 10) + rest


def cz_birth_number(year, month, day, female):
    """Czech rodné číslo (after 1954): YYMMDD (month +50 for women) + 4 digits, the 10-digit number divisible by 11."""
    mm = month + (50 if female else 0)
    while True:
        head = f"{year % 100:02d}{mm:02d}{day:02d}" + "".join(R.choice("0123456789") for _ in range(3))
        check = int(head) % 11
        if check != 10:
            return f"{head[:6]}/{head[6:]}{check}"


def ru_inn12(region):
    """Russian personal INN (12 digits): two check digits, weights 7,2,4,10,3,5,9,4,6,8 and 3,7,2,4,10,3,5,9,4,6,8,
    each (sum mod 11) mod 10."""
    body = region + "".join(R.choice("0123456789") for _ in range(10 - len(region)))
    w1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    c1 = sum(int(c) * w for c, w in zip(body, w1)) % 11 % 10
    body += str(c1)
    w2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    c2 = sum(int(c) * w for c, w in zip(body, w2)) % 11 % 10
    return body + str(c2)


def ru_snils():
    """Russian SNILS: 9 digits + 2 check digits; sum of digit * (9..1); < 100 as is, 100/101 -> 00, else mod 101."""
    body = R.choice("123456789") + "".join(R.choice("0123456789") for _ in range(8))
    total = sum(int(c) * (9 - i) for i, c in enumerate(body))
    if total < 100:
        check = total
    elif total in (100, 101):
        check = 0
    else:
        check = total % 101
        if check == 100:
            check = 0
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {check:02d}"


def vn_cccd(province, female, year):
    """Vietnamese citizen identity card (CCCD), 12 digits: province code, sex/century digit, birth year, 6 digits.
    No public check digit."""
    century = 0 if year < 2000 else 2
    return f"{province}{century + (1 if female else 0)}{year % 100:02d}" + IDS.digits(6)


def digits(n):
    return IDS.digits(n, first_nonzero=True)


def tax_id_spaced(t):
    return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"


def ssn_spaced(s):
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"


def tax_number_saxony():
    """Saxon Steuernummer layout FFF/BBB/UUUUP (Finanzamt numbers 2xx); layout only."""
    return f"2{R.choice(['03', '07', '13', '20', '25'])}/{IDS.digits(3)}/{IDS.digits(5)}"


# ---------------------------------------------------------------------------------------------------------------
# The office's own public data (neutral)
# ---------------------------------------------------------------------------------------------------------------
AMT_STR = "[[N|Fleischmarkt 1]]"
AMT_ORT = "[[N|02625 Bautzen]]"
AMT_TEL = "[[N|03591 534-410]]"
AMT_FAX = "[[N|03591 534-419]]"
AMT_MAIL = "[[N|standesamt@bautzen.de]]"
CITY_IBAN = "[[N|" + group(mod97_iban("DE", "855500001000041772"), 4) + "]]"

DOCS = []


def doc(channel, template, text, flags=()):
    DOCS.append((channel, template, text, list(flags)))


# ---------------------------------------------------------------------------------------------------------------
# F104-001 outlook: Sorbian parents, birth registration with Sorbian female name forms
# ---------------------------------------------------------------------------------------------------------------
doc("outlook", "geburt_sorbisch", """Von: [[P|Měrćin Nowak]] <[[E|mercin.nowak@posteo.de]]>
An: [[N|standesamt@bautzen.de]]
Betreff: Geburt unserer Tochter – sorbische Namensform / Vorgang [[AZ|G-0918/2025]]

Dobry dźeń, sehr geehrte Frau [[P|Hänsel]],

wie gestern am Telefon besprochen, schicke ich Ihnen die Angaben für die Beurkundung der Geburt unserer Tochter. Sie ist am [[DOB|14. Mai 2025]] um 6:42 Uhr im Krankenhaus Bautzen zur Welt gekommen, die Geburtsanzeige der Klinik müsste Ihnen schon vorliegen.

Kind: [[P|Lenka Hańža Nowakec]]
Vater: [[P|Měrćin Nowak]], geb. [[DOB|02.11.1988]] in Bautzen/Budyšin
Mutter: [[P|Hanka Nowakowa]], geb. [[P|Šołćic]], geb. [[DOB|19.07.1991]] in Kamenz/Kamjenc
Anschrift: [[A|Dorfstraße 7]], [[A|01920 Crostwitz]] (Chrósćicy)

Wir sind beide Sorben und sprechen mit den Kindern zu Hause nur Sorbisch. Deshalb möchten wir, dass [[P|Lenka]] im Geburtenregister die weibliche sorbische Form des Familiennamens bekommt, also „[[P|Nowakec]]“ und nicht „[[P|Nowak]]“, so wie es bei meiner Frau mit „[[P|Nowakowa]]“ bei der Eheschließung auch gemacht wurde. Bei unserem Sohn [[P|Jakub]] hat das damals in Kamenz problemlos geklappt. Falls Sie dafür eine Erklärung von uns beiden brauchen, kommen wir gern zusammen vorbei – am besten dienstags nach 15 Uhr.

Außerdem hätten wir gern zwei zweisprachige Geburtsurkunden (deutsch/sorbisch) und eine Bescheinigung für das Elterngeld. Die Hebamme, Frau [[P|Jadwiga Cyžowa]], hat uns gesagt, dass die Bescheinigung für die Krankenkasse auch bei Ihnen ausgestellt wird.

Sie erreichen mich unter [[T|0162 418 37 05]], meine Frau unter [[T|0171 / 52 90 336]].

Z přećelnym postrowom / Mit freundlichen Grüßen
[[P|Měrćin Nowak]] a [[P|Hanka Nowakowa]]
""", ["ETHNICITY"])

# ---------------------------------------------------------------------------------------------------------------
# F104-002 outlook: forwarded English mail of a Vietnamese father, name declaration
# ---------------------------------------------------------------------------------------------------------------
vn_pass_f = "C" + digits(7)
vn_pass_m = "C" + digits(7)
cccd_mai = vn_cccd("001", True, 1991)
doc("outlook", "namenserklaerung_vn", f"""Von: [[P|Gnauck, Sylvia]]
Gesendet: Mittwoch, 11. Juni 2025 08:05
An: [[P|Kaltofen, Ronny]]
Betreff: WG: Birth certificate for our son – name declaration

Hallo [[P|Ronny]],

kannst du dir das bitte mal anschauen? Herr [[P|Nguyen]] schreibt auf Englisch. Die Eltern sind beide Vietnamesen, wollen aber für den Namen des Kindes offenbar deutsches Recht wählen (Art. 10 Abs. 3 EGBGB). Die Mutter ist laut Melderegister noch unter der alten Anschrift gemeldet, das müsste das Bürgerbüro vorher klären. Ich bin ab Donnerstag im Urlaub, Vorgang liegt unter [[AZ|G 1026/2025]].

Danke & Gruß
[[P|Sylvia]]

-----Ursprüngliche Nachricht-----
Von: [[P|Nguyen Van Hung]] <[[E|hung.nguyen.vn@gmail.com]]>
Gesendet: Dienstag, 10. Juni 2025 21:17
An: Standesamt Bautzen <[[N|standesamt@bautzen.de]]>
Cc: [[P|Tran Thi Mai]] <[[E|maitran.bz@web.de]]>
Betreff: Birth certificate for our son – name declaration

Dear Sir or Madam,

my name is [[P|Nguyễn Văn Hùng]], I am the father of [[P|Minh Khoa]], who was born on [[DOB|28 May 2025]] at Bautzen hospital. My wife [[P|Trần Thị Mai]] and I are both Vietnamese citizens and live at [[A|Steinstraße 23]], [[A|02625 Bautzen]] since March (before: [[A|Wallstraße 4a]]). We would like our son to have the family name [[P|NGUYEN]] and the given names "[[P|Leon Minh Khoa]]", so that he has a German and a Vietnamese name. Is it possible to declare German law for his name?

Documents we can bring:
- my passport no. [[PASS|{vn_pass_f}]] (valid until 2031)
- passport of my wife no. [[PASS|{vn_pass_m}]]
- our marriage extract (trích lục kết hôn) no. [[AZ|142/2016/TLKH-BS]] from the People's Committee of Hàng Đào ward, Hanoi, with legalisation
- the citizen ID card (CCCD) of my wife: [[IDC|{cccd_mai}]]

My wife's parents still live in Hanoi, [[A|số 18 ngõ 52 Hàng Bạc]], [[A|phường Hàng Đào, quận Hoàn Kiếm, Hà Nội]], in case you need an address abroad for the certificate.

You can reach me at [[T|+49 176 8834 2107]] or my wife at [[T|0157 3329 0581]] (she prefers German, I prefer English).

Thank you very much and best regards,
[[P|Hung Nguyen]] ([[P|Nguyễn Văn Hùng]])
""")

# ---------------------------------------------------------------------------------------------------------------
# F104-003 outlook: informal lower-case mail about church exit, with the office's reply on top
# ---------------------------------------------------------------------------------------------------------------
tid_paula = IDS.tax_id()
doc("outlook", "kirchenaustritt_informell", f"""Betreff: AW: kirchenaustritt frage

Sehr geehrte Frau [[P|Reichelt]],

vielen Dank für Ihre Anfrage. Der Austritt aus einer Kirche muss in Sachsen persönlich beim Standesamt erklärt werden, ein Austritt per E-Mail oder online ist leider nicht möglich. Bitte vereinbaren Sie einen Termin über das Terminportal oder unter {AMT_TEL}. Bringen Sie Ihren gültigen Personalausweis oder Reisepass mit; die Gebühr beträgt 30,00 EUR und kann bar oder mit Karte bezahlt werden. Ihre Steuer-Identifikationsnummer benötigen wir nicht, das Bundeszentralamt für Steuern wird automatisch informiert.

Herr [[P|Wendler]] muss seinen Austritt ebenfalls selbst erklären. Sie können aber gern zwei Termine direkt hintereinander buchen.

Mit freundlichen Grüßen
Im Auftrag

[[P|Doreen Pietsch]]
Standesamt
Stadtverwaltung Bautzen
{AMT_STR}, {AMT_ORT}
Tel. {AMT_TEL}
{AMT_MAIL}

-----Ursprüngliche Nachricht-----
Von: [[E|paula.reichelt01@icloud.com]]
Gesendet: Sonntag, 15. Juni 2025 23:41
An: {AMT_MAIL}
Betreff: kirchenaustritt frage

hi,

ich ([[P|paula reichelt]], geb [[DOB|3.2.2001]]) will aus der ev. kirche austreten. bin letztes jahr von dresden nach bautzen gezogen und wohn jetzt in der [[A|kornstraße 9]]. mein chef meinte das läuft irgendwie automatisch übers finanzamt?? meine steuer id ist [[TID|{tid_paula}]] falls ihr die braucht.

kann ich auch online austreten oder muss ich vorbeikommen, samstags habt ihr ja eher nicht offen oder. mein freund [[P|tobi]] ([[P|tobias wendler]]) will auch raus, aus der katholischen, geht das zusammen in einem termin?

am besten erreichbar per whatsapp [[T|0152 2938 4471]]

lg [[P|paula]]

--
Von meinem iPhone gesendet
""", ["RELIGION"])

# ---------------------------------------------------------------------------------------------------------------
# F104-004 outlook: volunteer writes for a Syrian family, birth registration without passports
# ---------------------------------------------------------------------------------------------------------------
sy_nat_f = "0" + IDS.digits(10)
sy_nat_m = "0" + IDS.digits(10)
bamf = f"{digits(7)}-475"
doc("outlook", "geburt_syrien", f"""Betreff: Geburt [[P|Jana Al-Hassan]] – fehlende Heiratsurkunde / Bitte um Termin

Sehr geehrte Damen und Herren,

ich begleite ehrenamtlich (Willkommensbündnis Hoyerswerda) die Familie [[P|Al-Hassan]] und schreibe auf Wunsch der Eltern, weil ihr Deutsch für das Schriftliche noch nicht reicht.

Am [[DOB|22.04.2025]] ist in Bautzen die Tochter [[P|Jana]] zur Welt gekommen. Eltern sind Herr [[P|Mohammad Al-Hassan]], geb. [[DOB|01.01.1986]] in Aleppo, und Frau [[P|Rasha Al-Khatib]], geb. [[DOB|17.03.1993]] in Idlib. Beide haben keine Reisepässe, sondern nur die syrischen Personalausweise (Nationalnummer des Vaters [[IDC|{sy_nat_f}]], der Mutter [[IDC|{sy_nat_m}]]) und die Aufenthaltsgestattung. Das BAMF-Verfahren läuft unter [[AZ|{bamf}]], zuständig bei der Ausländerbehörde des Landkreises ist Herr [[P|Weigelt]] (Az. [[AZ|32.2-AB-2025/06631]]).

Das Problem: Das Familienbuch ist auf der Flucht in der Türkei verloren gegangen. Herr [[P|Al-Hassan]] hat mir das so geschrieben:

"We lost the family book (daftar aila) in Izmir 2022. My brother [[P|Khaled]] in Damascus can go to the civil registry and ask for a new extract. His number is [[T|+963 944 318 207]]."

Können die Eltern bis dahin eine Versicherung an Eides statt über ihre Namen und die Eheschließung abgeben, damit das Kind wenigstens einen beglaubigten Registerausdruck bekommt? Für das Kindergeld und die Krankenversicherung wird dringend ein Nachweis gebraucht.

Die Familie wohnt in der [[A|Albert-Schweitzer-Straße 14]], [[A|02977 Hoyerswerda]]. Ich komme gern zu einem Termin mit, Dolmetscher für Arabisch bringe ich mit.

Mit freundlichen Grüßen

[[P|Gudrun Matthes]]
[[A|Thomas-Müntzer-Straße 31]]
[[A|02977 Hoyerswerda]]
Tel. [[T|(03571) 40 71 96]] / mobil [[T|0173-8812460]]
""")

# ---------------------------------------------------------------------------------------------------------------
# F104-005 outlook: Polish woman asks for a multilingual birth certificate for her wedding in Poland
# ---------------------------------------------------------------------------------------------------------------
pesel_kasia = pesel(1994, 8, 9, True)
plid_kasia = pl_id_card()
pl_iban = IDS.iban("PL", 24)
doc("outlook", "urkunde_polen", f"""Von: [[P|Katarzyna Wiśniewska]] <[[E|kasia.wisniewska@wp.pl]]>
Betreff: Geburtsurkunde mehrsprachig für Hochzeit in Polen – Bitte

Guten Tag,

ich heiße [[P|Katarzyna Wiśniewska]], bin geboren am [[DOB|9.8.1994]] in Bautzen (meine Eltern haben damals bei Waggonbau gearbeitet), aber ich wohne schon lange in Polen. Im September heirate ich in Jelenia Góra meinen Verlobten [[P|Łukasz Wójcik]]. Das Standesamt dort (USC Jelenia Góra) möchte eine Geburtsurkunde mit mehrsprachigem Formular, damit man nicht übersetzen muss. Brauche ich dann noch eine Apostille oder nicht?

Meine Daten:
Geburtenregister-Nr. (steht auf meiner alten Urkunde): [[AZ|G 1207/1994]]
Vater: [[P|Andrzej Wiśniewski]]
Mutter: [[P|Małgorzata Wiśniewska]] geb. [[P|Dąbrowska]]
PESEL: [[IDC|{pesel_kasia}]]
Dowód osobisty: [[IDC|{plid_kasia}]]
Adres: [[A|ul. Wolności 48/3]], [[A|58-500 Jelenia Góra]], Polska

Die Gebühr kann ich von meinem Konto überweisen: [[IBAN|{group(pl_iban, 4)}]] ([[P|Katarzyna Wiśniewska]]). Oder kann ich mit Karte bezahlen, wenn ich selbst komme? Am 4. Juli bin ich bei meiner Tante in Bautzen ([[A|Töpferstraße 5]]), dann könnte ich die Urkunde auch abholen.

Telefon: [[T|+48 601 482 937]]

Dziękuję bardzo / Vielen Dank
Z poważaniem
[[P|Kasia Wiśniewska]]
""")

# ---------------------------------------------------------------------------------------------------------------
# F104-006 outlook: registrar to cemetery office, death registered, burial, new creditor
# ---------------------------------------------------------------------------------------------------------------
vat_kuehne = IDS.vat_id()
tnr_kuehne = tax_number_saxony()
iban_kuehne = IDS.iban_de()
doc("outlook", "sterbefall_friedhof", f"""Von: [[P|Schölzel, Uwe]]
An: [[N|friedhof@bautzen.de]]
Cc: [[P|Mättig, Jens]]; [[P|Zschieschang, Ines]]
Betreff: Sterbefall [[P|Penner, Olga]] – Beisetzung Taucherfriedhof

Hallo zusammen,

zur Info: Sterbefall ist heute beurkundet unter [[AZ|S 0633/2025]].

Verstorbene: [[P|Olga Penner]] geb. [[P|Dück]], geb. [[DOB|12.12.1938]] in Karaganda (Kasachstan), zuletzt wohnhaft [[A|Löbauer Straße 52]], [[A|02625 Bautzen]], verstorben am 07.06.2025 in ihrer Wohnung.
Anzeigender: Sohn [[P|Eduard Penner]], [[A|Wilthener Straße 61]], [[A|02625 Bautzen]], Tel. [[T|0171 2234 908]]

Herr [[P|Penner]] möchte ein Wahlgrab neben seinem Vater ([[P|Heinrich Penner]], gest. 2016, Abt. 14, Reihe C, Nr. 21). Ich habe ihm gesagt, dass die Friedhofsverwaltung sich wegen des Nutzungsrechts meldet. Die Beisetzung ist für den 18.06.2025, 11:00 Uhr in der Trauerhalle angefragt. Vorgangsnummer von euch laut Bestatter: [[AZ|FV-2025-0412]].

Bestatter ist Bestattungen [[P|Kühne]], Inhaber [[P|Frank Kühne]], [[A|Steinweg 9]], [[A|02625 Bautzen]], Tel. [[T|03591 27 14 90]]. Für die Kasse: er ist als Kreditor noch nicht angelegt, er hat folgende Daten geschickt:
USt-IdNr. [[VAT|{vat_kuehne}]]
Steuernummer [[TNR|{tnr_kuehne}]]
IBAN [[IBAN|{group(iban_kuehne, 4)}]]

Viele Grüße
[[P|Uwe Schölzel]]
Standesamt Bautzen
Tel. [[T|03591 534-417]]
""")

# ---------------------------------------------------------------------------------------------------------------
# F104-007 outlook: reply to a Russian-German woman on a name declaration (Art. 47 EGBGB), quoted original
# ---------------------------------------------------------------------------------------------------------------
ru_pass = f"{IDS.digits(2)} {digits(7)}"
inn_jelena = ru_inn12("55")
doc("outlook", "namenserklaerung_art47", f"""Betreff: AW: Namensänderung nach Einbürgerung – Vatersname

Sehr geehrte Frau [[P|Schäfer]],

vielen Dank für Ihre Nachricht. Eine Erklärung nach Art. 47 EGBGB können Sie bei uns abgeben, da Sie in Bautzen wohnen. Sie können den Vatersnamen „[[P|Viktorovna]]“ ablegen und statt „[[P|Jelena]]“ die deutschsprachige Form „[[P|Helene]]“ wählen. Für die Schreibweise des Familiennamens ist „[[P|Schäfer]]“ möglich, auch wenn im russischen Pass „[[P|Shefer]]“ steht.

Für Ihren Ehemann, Herrn [[P|Alexander Schäfer]], gilt das nur, wenn er ebenfalls eingebürgert ist; bei Ihrer Tochter [[P|Arina]] erstreckt sich die Erklärung auf sie, weil sie noch minderjährig ist – dazu muss aber Ihr Mann mit unterschreiben.

Bitte bringen Sie zum Termin am Mittwoch, 25.06.2025, 9:30 Uhr (Zimmer 1.17) mit:
– Einbürgerungsurkunde,
– Ihren russischen Reisepass,
– Geburtsurkunden (mit Übersetzung) von sich und Ihrer Tochter,
– die Eheurkunde.
Die Gebühr beträgt 25,00 EUR je Erklärung.

Mit freundlichen Grüßen
Im Auftrag

[[P|Katrin Hänsel]]
Standesbeamtin

Stadtverwaltung Bautzen – Standesamt
{AMT_STR}, {AMT_ORT}
Telefon {AMT_TEL} | Fax {AMT_FAX}
{AMT_MAIL}
Öffnungszeiten: Di 9–12 und 13–18 Uhr, Do 9–12 und 13–16 Uhr

Am 16.06.2025 um 19:48 schrieb [[P|Jelena Schäfer]] <[[E|jelena.schaefer1979@gmx.de]]>:
> Guten Tag,
>
> ich heiße [[P|Jelena Viktorovna Schäfer]] (im russischen Pass: [[P|Елена Викторовна Шефер]]), geboren am
> [[DOB|21.10.1979]] in Omsk. Seit Februar bin ich deutsche Staatsangehörige. Mein russischer Reisepass hat die
> Nummer [[PASS|{ru_pass}]], dort steht „[[P|Shefer]]“. Ich möchte in allen Dokumenten nur noch [[P|Helene Schäfer]] heißen,
> ohne Vatersnamen. Als Nachweis, dass ich immer so hieß, habe ich auch noch meine russische
> Steuerbescheinigung (INN [[TID|{inn_jelena}]]).
>
> Unsere Tochter [[P|Arina]] (geb. [[DOB|03.05.2008]]) soll auch ohne Vatersnamen im Register stehen.
>
> Wohnhaft: [[A|Dresdener Straße 88]], [[A|02625 Bautzen]]
> Tel. [[T|+49 1590 6617 238]]
>
> Vielen Dank
> [[P|J. Schäfer]]
""")

# ---------------------------------------------------------------------------------------------------------------
# F104-008 outlook: Czech father, paternity acknowledgement before birth; mother still married
# ---------------------------------------------------------------------------------------------------------------
rc_jiri = cz_birth_number(1990, 3, 14, False)
op_jiri = digits(9)
doc("outlook", "vaterschaft_cz", f"""Betreff: Vaterschaftsanerkennung vor der Geburt / uznání otcovství

Dobrý den,

entschuldigen Sie bitte mein Deutsch. Ich bin [[P|Jiří Dvořák]], geboren [[DOB|14.03.1990]] in Liberec, tschechischer Staatsbürger (rodné číslo [[IDC|{rc_jiri}]]). Meine Freundin [[P|Anne Kubitz]] wohnt in Bautzen, [[A|Schülerstraße 12]]. Sie ist schwanger, der Entbindungstermin ist am 2. September, und wir möchten, dass ich schon vor der Geburt als Vater eingetragen werde.

Das Problem ist: [[P|Anne]] ist noch mit Herrn [[P|Marcel Kubitz]] verheiratet, die Scheidung läuft am Amtsgericht Bautzen ([[AZ|12 F 388/24]]). Der Anwalt von Herrn [[P|Kubitz]] hat geschrieben, dass er einen Vaterschaftstest will, also ein DNA-Gutachten. Wir haben schon einen Test vom Labor in Dresden machen lassen, Ergebnis 99,99 % dass ich der Vater bin. Reicht das für Sie, oder muss man warten bis die Scheidung fertig ist?

Meine Dokumente: Občanský průkaz č. [[IDC|{op_jiri}]], Adresse [[A|Jablonecká 1187/14]], [[A|460 01 Liberec]]. Ich arbeite in Bautzen bei einer Firma in der Dresdener Straße, deshalb kann ich auch unter der Woche kommen.

Telefon: [[T|+420 737 215 864]], [[P|Anne]]: [[T|0176-44 02 19 83]]
E-Mail: [[E|jiri.dvorak@seznam.cz]]

S pozdravem / Mit freundlichen Grüßen
[[P|Jiří Dvořák]]
""", ["HEALTH", "GENETIC"])

# ---------------------------------------------------------------------------------------------------------------
# F104-009 outlook: same-sex couple registers their marriage, German and English
# ---------------------------------------------------------------------------------------------------------------
pass_jonas = IDS.passport(check_digit=True)
pl_pass = pl_passport()
pesel_bartek = pesel(1987, 6, 11, False)
doc("outlook", "eheschliessung_anmeldung", f"""Von: [[P|Jonas Lehnert]] <[[E|jonas.lehnert@mailbox.org]]>
An: [[P|Sylvia Gnauck]] <[[E|sylvia.gnauck@bautzen.de]]>
Betreff: Anmeldung Eheschließung [[P|Lehnert]] / [[P|Jabłoński]] – Unterlagen

Hallo Frau [[P|Gnauck]],

wie am Telefon besprochen hier unsere Daten vorab. Mein Verlobter [[P|Bartłomiej Jabłoński]] und ich sind seit sieben Jahren ein Paar und möchten am Samstag, 20.09.2025, im Trauzimmer der Alten Wasserkunst heiraten.

[[P|Jonas Lehnert]], geb. [[DOB|30.01.1989]] in Kamenz, deutsch, ledig, Reisepass [[PASS|{pass_jonas}]]
[[P|Bartłomiej Jabłoński]], geb. [[DOB|11.06.1987]] in Wrocław, polnisch, ledig, Reisepass [[PASS|{pl_pass}]]
gemeinsame Wohnung: [[A|Goschwitzstraße 14]], [[A|02625 Bautzen]]

Trauzeugen wären meine Schwester [[P|Franziska Lehnert-Ahrens]] und [[P|Barteks]] Freund [[P|Kuba]] ([[P|Jakub Szymański]]).

[[P|Bartek]] adds in English (his German is better spoken than written):
"Poland does not issue a certificate of no impediment (zaświadczenie o zdolności prawnej) for marriage between two men, so I understand we need the exemption from the Higher Regional Court in Dresden. I can bring my full birth certificate (odpis zupełny) with the multilingual standard form, my PESEL is [[IDC|{pesel_bartek}]]. Please tell us if you need anything else."

Erreichbar bin ich unter [[T|0171 / 66 38 20 4]], [[P|Bartek]] unter [[T|+48 512 907 336]].

Viele Grüße und danke für die nette Beratung
[[P|Jonas]] & [[P|Bartek]]
""", ["SEXUAL_ORIENTATION"])

# ---------------------------------------------------------------------------------------------------------------
# F104-010 outlook: lawyer applies for correction of a birth entry (transliteration)
# ---------------------------------------------------------------------------------------------------------------
sy_pass = "N" + IDS.digits(9)
doc("outlook", "berichtigung_anwalt", f"""Von: Dr. [[P|Friederike Leuschner]] <[[E|f.leuschner@ra-leuschner.de]]>
An: {AMT_MAIL}
Betreff: Berichtigung Geburtseintrag [[P|Adam Al-Masri]] – Ihr Zeichen [[AZ|G 2281/2022]] – unser Zeichen [[AZ|214/25 L/ms]]

Sehr geehrte Damen und Herren,

in der Personenstandssache unseres Mandanten, Herrn [[P|Yousef Al-Masri]], geb. [[DOB|05.02.1979]], wohnhaft [[A|Käthe-Kollwitz-Straße 3]], [[A|02625 Bautzen]], zeigen wir unter Vorlage der Vollmacht an, dass wir ihn vertreten.

Im Geburtseintrag seines Sohnes [[P|Adam]], geb. [[DOB|19.12.2022]] in Bautzen, ist der Vorname des Vaters als „[[P|Jusuf]]“ eingetragen. Maßgeblich ist jedoch die Schreibweise in seinem syrischen Reisepass (Nr. [[PASS|{sy_pass}]]) und in seinem Aufenthaltstitel, nämlich „[[P|Yousef]]“. Auch der Familienname der Mutter, Frau [[P|Lina Al-Masri]] geb. [[P|Haj Ibrahim]], ist ohne den Namensbestandteil „[[P|Haj]]“ eingetragen worden.

Wir beantragen, den Eintrag nach § 47 PStG zu berichtigen. Sollten Sie eine Berichtigung durch das Standesamt nicht für möglich halten, bitten wir um Vorlage an das Amtsgericht nach § 48 PStG und um kurze Mitteilung des dortigen Aktenzeichens.

Mit freundlichen Grüßen

Dr. [[P|Friederike Leuschner]]
Rechtsanwältin
Fachanwältin für Familienrecht

Kanzlei [[P|Leuschner]]
[[A|Kornmarkt 7]] · [[A|02625 Bautzen]]
Tel. [[T|03591 49 38 20]] · Fax [[T|03591 49 38 29]]
""")

# ---------------------------------------------------------------------------------------------------------------
# F104-011 outlook: internal mail, online certificate orders, pasted table, credit card number in a free text field
# ---------------------------------------------------------------------------------------------------------------
cc_fast = IDS.credit_card("4", 16)
doc("outlook", "onlinebestellung_intern", f"""Von: [[P|Trepte, Marcel]]
An: [[P|Pietsch, Doreen]]
Cc: [[N|urkundenstelle@bautzen.de]]
Betreff: Urkundenbestellungen Onlineportal – 3 Zahlungen hängen

Hi [[P|Doreen]],

folgende Bestellungen aus dem Portal sind laut ePayBL bezahlt, aber in AutiSta noch nicht verbucht (Export von heute früh):

Bestell-Nr.	Name	Urkunde	Betrag
[[AZ|OB-2025-118204]]	[[P|Kralowa, Anja]]	Geburtsurkunde (2x)	24,00 €
[[AZ|OB-2025-118377]]	[[P|Đặng, Quốc Bảo]]	Eheurkunde	12,00 €
[[AZ|OB-2025-118412]]	[[P|Fast, Eduard]]	Sterbeurkunde (3x)	30,00 €

Bei Herrn [[P|Fast]] hat der Besteller im Freitextfeld seine komplette Kartennummer reingeschrieben ([[CC|{group(cc_fast, 4)}]]), die Zahlung lief aber ganz normal über den Zahlungsdienstleister. Bitte die Nummer nicht weiterleiten, ich lösche das Feld nach der Buchung.

Frau [[P|Kralowa]] hat außerdem gestern angerufen ([[T|0176 2290 4418]]), sie braucht eine der beiden Urkunden zweisprachig. Herr [[P|Đặng]] fragt per Mail ([[E|quocbao.dang@gmail.com]]), ob die Eheurkunde auch an die Adresse seiner Frau in Hoyerswerda ([[A|Lausitzer Platz 2]]) geschickt werden kann.

Die Schnittstelle wird am 14.07. mit dem Update auf Version 2025.2 angepasst, dann sollte das nicht mehr passieren.

Gruß
[[P|Marcel]]

--
[[P|Marcel Trepte]]
IT-Koordination Bürgerdienste, Zi. 2.04
Tel. [[T|03591 534-136]]
""")

# ---------------------------------------------------------------------------------------------------------------
# F104-012 outlook: Vietnamese-German daughter, father died in Vietnam
# ---------------------------------------------------------------------------------------------------------------
cccd_loi = vn_cccd("036", False, 1956)
ssn_huong = IDS.social_security("020260", "V")
kv_huong = IDS.health_insurance()
doc("outlook", "sterbefall_ausland_vn", f"""Betreff: Sterbefall meines Vaters in Vietnam – deutsche Sterbeurkunde für Witwenrente

Sehr geehrte Damen und Herren,

mein Vater, Herr [[P|Phạm Văn Lợi]] (in deutschen Dokumenten ohne Akzente: [[P|Pham Van Loi]]), geboren am [[DOB|15.08.1956]] in Nam Định, ist am 3. April 2025 während eines Besuchs bei Verwandten in Hải Phòng nach einem Schlaganfall im Krankenhaus verstorben. Er war seit 2011 deutscher Staatsbürger und hat mit meiner Mutter, Frau [[P|Vũ Thị Hương]] (geb. [[DOB|2.2.1960]]), zuletzt in [[A|Lauengraben 9]], [[A|02625 Bautzen]] gewohnt. Meine Mutter wohnt dort weiter (Festnetz [[T|0049 3591 4728 60]], bitte nur vormittags).

Wir haben den vietnamesischen Auszug aus dem Sterberegister (Trích lục khai tử Nr. [[AZ|58/TLKT-BS]]) mit der Personalnummer meines Vaters ([[IDC|{cccd_loi}]]) und eine beglaubigte Übersetzung. Meine Mutter braucht für die Witwenrente bei der Deutschen Rentenversicherung eine deutsche Sterbeurkunde. Kann man den Sterbefall bei Ihnen nachbeurkunden lassen? Ihre Versicherungsnummer bei der Rentenversicherung ist [[SSN|{ssn_spaced(ssn_huong)}]], die Krankenkasse hat die Versichertennummer [[KV|{kv_huong}]].

Da meine Mutter nur wenig Deutsch spricht, wäre es gut, wenn Sie sich bei mir melden:
[[P|Phạm Thu Trang]]
[[A|Prager Straße 12]], [[A|01069 Dresden]]
Tel. [[T|0176 / 3390 2251]]
[[E|trang.pham@outlook.de]]

Mit freundlichen Grüßen
[[P|Thu Trang Pham]]
""", ["HEALTH"])

# ---------------------------------------------------------------------------------------------------------------
# F104-013 outlook: informal mail to a staff member known by first name
# ---------------------------------------------------------------------------------------------------------------
kv_irina = IDS.health_insurance()
doc("outlook", "bescheinigung_elterngeld", f"""Betreff: bescheinigungen fürs elterngeld

hey [[P|Mandy]],

sorry dass ich dich direkt anschreib, aber bei euch in der zentrale war gestern dauernd besetzt. wir brauchen für die kleine [[P|Emilia]] (geb. am [[DOB|02.06.2025]]) noch die bescheinigung fürs elterngeld und die für die krankenkasse (mutterschaftsgeld). die elterngeldstelle vom landkreis hat uns schon ein aktenzeichen gegeben: [[AZ|EG-2025-03317]].

der papa ist [[P|Waldemar]] ([[P|Waldi]]) [[P|Klassen]], die vaterschaft hat er ja schon vor der geburt bei euch anerkannt. meine versichertennummer von der AOK steht auf der karte: [[KV|{kv_irina}]], falls die auf die bescheinigung muss.

kannst du die sachen an [[A|Thomas-Mann-Str. 27]] schicken? sonst hol ich sie ab, wir wohnen ja nur 5 min vom rathaus weg. grüß [[P|Ronny]] von mir!

lg [[P|Irina]]
[[T|0157 8402 3316]]
""")

# ---------------------------------------------------------------------------------------------------------------
# F104-014 outlook: English genealogy request from the USA
# ---------------------------------------------------------------------------------------------------------------
cc_meyers = IDS.credit_card("4", 16)
doc("outlook", "genealogie_usa", f"""Subject: Request for birth record – [[P|Samuel Löwenthal]], born Bautzen 1902

Dear Sir or Madam,

I am researching my family history and would be very grateful for your help. My great-grandfather, [[P|Samuel Löwenthal]], was born in Bautzen on [[DOB|4 March 1902]], the son of [[P|Isidor Löwenthal]], a cloth merchant, and [[P|Rosa Löwenthal]] née [[P|Blumenfeld]]. The family was Jewish and belonged to the small congregation in Bautzen; [[P|Samuel]] emigrated to New York in 1938 with his wife [[P|Gertrud]].

I would like to obtain a copy of his birth entry (Geburtsregister) and, if it exists, the marriage entry of his parents (around 1899). The Stadtarchiv told me that the registers from before 1925 are kept by them, but the Standesamt has to issue certified copies. Please let me know which office is responsible and what the fees are.

I can pay by credit card: Visa [[CC|{cc_meyers}]], exp. 09/27, name on card [[P|Rachel A. Meyers]].

My address:
[[P|Rachel Meyers]]
[[A|48 Elm Street]]
[[A|Brookline, MA 02445]]
USA
Phone: [[T|+1 617 394 2871]]
E-mail: [[E|rmeyers.genealogy@gmail.com]]

Thank you very much in advance.

Kind regards,
[[P|Rachel Meyers]]
""", ["RELIGION"])

# ---------------------------------------------------------------------------------------------------------------
# F104-015 outlook: foreigners' office to registry office, suspected abusive paternity acknowledgement
# ---------------------------------------------------------------------------------------------------------------
eat_nour = IDS.id_card(check_digit=False)
doc("outlook", "vaterschaft_abh", f"""Von: [[P|Weigelt, Thomas]] (Landratsamt Bautzen – Ausländerbehörde) <[[E|thomas.weigelt@lra-bautzen.de]]>
An: {AMT_MAIL}
Cc: [[P|Hänsel, Katrin]]; [[P|Wehle, Cornelia]]
Betreff: Vaterschaftsanerkennung am 24.06. – § 1597a BGB – Ihr Az. [[AZ|VA 0112/2025]], unser Az. [[AZ|32.2-AB-2024/11873]]

Sehr geehrte Frau [[P|Hänsel]],

zu dem bei Ihnen für den 24.06.2025 angemeldeten Termin zur Anerkennung der Vaterschaft durch Herrn [[P|Daniel Kunze]] (deutsch, geb. [[DOB|08.08.1971]], wohnhaft [[A|Neusalzaer Straße 2 02692 Doberschau]]) für das erwartete Kind der Frau [[P|Nour Kassab]] (syrisch, geb. [[DOB|30.11.1999]], Aufenthaltstitel Nr. [[IDC|{eat_nour}]]) teilen wir Folgendes mit:

Frau [[P|Kassab]] ist seit dem 12.03.2025 vollziehbar ausreisepflichtig, ihre Abschiebung ist derzeit nur wegen fehlender Passpapiere ausgesetzt. Herr [[P|Kunze]] hat nach unseren Unterlagen bereits 2021 vor dem Standesamt Görlitz und 2023 vor dem Standesamt Zittau jeweils die Vaterschaft für Kinder ausländischer Mütter anerkannt, mit denen er nach eigenen Angaben nicht zusammenlebt. Aus unserer Sicht liegen damit konkrete Anhaltspunkte im Sinne des § 85a AufenthG vor.

Wir bitten, das Verfahren nach § 1597a Abs. 2 BGB auszusetzen und uns die Unterlagen zur Prüfung zu übersenden. Frau [[P|Kassab]] wird anwaltlich vertreten durch Herrn RA [[P|Sven Rauschenbach]], Görlitz.

Mit freundlichen Grüßen
Im Auftrag

[[P|Thomas Weigelt]]
Sachgebiet Aufenthaltsrecht
Landratsamt Bautzen
[[N|Macherstraße 55]], [[N|02625 Bautzen]]
Tel. [[T|03591 5251-32117]]
""")

# ---------------------------------------------------------------------------------------------------------------
# F104-016 word: record of a paternity acknowledgement (form)
# ---------------------------------------------------------------------------------------------------------------
plid_tomasz = pl_id_card()
pesel_tomasz = pesel(1992, 1, 27, False)
doc("word", "niederschrift_vaterschaft", f"""Stadtverwaltung Bautzen – Standesamt
Urkundenrolle Nr. [[AZ|VA 0137/2025]]

Niederschrift über die Anerkennung der Vaterschaft
(§§ 1592 Nr. 2, 1594 ff. BGB, § 44 PStG)

Verhandelt in Bautzen am 12.06.2025 vor der Urkundsperson [[P|Katrin Hänsel]], Standesbeamtin.

Es erschien, ausgewiesen durch Personalausweis der Republik Polen:

Familienname:            [[P|Zieliński]]
Vorname(n):              [[P|Tomasz Marek]]
Geburtsdatum:            [[DOB|27.01.1992]]
Geburtsort:              Zgorzelec (Polen)
Staatsangehörigkeit:     polnisch
Wohnung:                 [[A|ul. Daszyńskiego 15/7]], [[A|59-900 Zgorzelec]]
Ausweis-Nr.:             [[IDC|{plid_tomasz}]]
PESEL:                   [[IDC|{pesel_tomasz}]]
Dolmetscher:             nicht erforderlich, der Erschienene spricht und versteht Deutsch

Der Erschienene erklärte:
Ich erkenne an, der Vater des nachstehend bezeichneten Kindes zu sein.

Kind:                    [[P|Zoe Marie Engler]]
geboren am:              [[DOB|03.05.2025]] in Görlitz
Geburtseintrag:          Standesamt Görlitz, [[AZ|G 0512/2025]]
Mutter:                  [[P|Engler, Jessica]], geb. [[DOB|19.10.1996]]
wohnhaft:                [[A|Bahnhofstraße 21]], [[A|02625 Bautzen]]

Die Zustimmung der Mutter liegt in gesonderter Urkunde vor (Jugendamt Landkreis Bautzen, Urkunden-Reg.-Nr. [[AZ|51.2-UR 0284/25]]). Eine Sorgeerklärung wurde dort gleichzeitig abgegeben.

Der Erschienene wurde darauf hingewiesen, dass die Anerkennung erst mit der Zustimmung der Mutter wirksam wird und dass beglaubigte Abschriften an die Mutter, das Kind, das Standesamt Görlitz und das Jugendamt übersandt werden.

Vorgelesen, genehmigt und eigenhändig unterschrieben:

gez. [[P|Tomasz Zieliński]]                 gez. [[P|Hänsel]], Standesbeamtin
""")

# ---------------------------------------------------------------------------------------------------------------
# F104-017 word: certificate of church exit
# ---------------------------------------------------------------------------------------------------------------
tid_wjela = IDS.tax_id()
doc("word", "kirchenaustritt_bescheinigung", f"""Stadtverwaltung Bautzen · Standesamt · {AMT_STR} · {AMT_ORT}

Herrn
[[P|Konstantin Wjela]]
[[A|Ziegelstraße 40]]
[[A|02625 Bautzen]]

Az.: [[AZ|KA 0219/2025]]
Bautzen, 05.06.2025

Bescheinigung über den Austritt aus einer Religionsgemeinschaft

Herr [[P|Konstantin Wjela]], geboren am [[DOB|22.09.1970]] in Bautzen, wohnhaft [[A|Ziegelstraße 40]], [[A|02625 Bautzen]], hat heute vor dem Standesamt Bautzen seinen Austritt aus der römisch-katholischen Kirche erklärt. Der Austritt wird mit Ablauf des Tages der Erklärung wirksam. Die Kirchensteuerpflicht endet mit Ablauf des Kalendermonats, in dem der Austritt wirksam geworden ist.

Das Bistum Dresden-Meißen und das für Sie zuständige Finanzamt werden von uns unterrichtet. Ihre steuerliche Identifikationsnummer [[TID|{tid_wjela}]] haben wir zu diesem Zweck aus dem Melderegister übernommen.

Nach Ihren Angaben bleibt Ihre Ehefrau, Frau [[P|Lucija Wjelina]], Mitglied der Kirche; die Änderung wird im Melderegister nur für Sie eingetragen.

Gebühr: 30,00 EUR, bar bezahlt am 05.06.2025, Kassenzeichen [[AZ|5.2025.104733]].

Bitte bewahren Sie diese Bescheinigung sorgfältig auf; sie dient als Nachweis gegenüber Arbeitgebern und Finanzbehörden.

Im Auftrag

[[P|Uwe Schölzel]]
Standesbeamter

Bankverbindung der Stadt Bautzen: Kreissparkasse Bautzen, IBAN {CITY_IBAN}
""", ["RELIGION"])

# ---------------------------------------------------------------------------------------------------------------
# F104-018 word: OCR text of a certified translation of a Syrian birth extract
# ---------------------------------------------------------------------------------------------------------------
sy_nat_lana = "0" + IDS.digits(10)
doc("word", "ocr_geburtsurkunde_syrien", f"""-- Seite 1 --
Beglaubigte Übersetzung aus dem Arabischen

[Wappen]   Arabische Republik Syrien
Innenministerium
Allgemeines Direktorat für Personenstandswesen

AUSZUG AUS DEM GEBURTSREGISTER
Reg.-Nr.: [[AZ|4417 / 2019]]       Personenstandsamt: Homs - Al-Waer

Name des Kindes :        [[P|Lana]]
Familienname :           [[P|Haddad]]
Name des Vaters :        [[P|Omar]]
Name der Mutter :        [[P|Hiba Darwish]]
Geburtsort :             Homs
Geburtsdat um :          [[DOB|1l/07/2019]]
Geschlecht :             weiblich
Nationale Nummer :       [[IDC|{sy_nat_lana}]]
Eintragungsdatum :       02/08/2019
Eintragung aufgrund :    Geburtsbescheinigung Krankenhaus Al-Birr

Der Standesbeamte
[[P|Ghassan Al-Rifai]]   (Unterschrift, Rundstempel)

Gebühr: 50 SYP   Marke aufgeklebt

Legalisation: Ministerium für Auswärtige Angelegenheiten Damaskus, 14.01.2025
-- Seite 2 --
Vermerk der Übersetzerin:
Die vorstehende Übersetzung aus der arabischen Sprache stimmt mit dem mir vorgelegten Original überein. Das Dokument
weist eine Knickfalte und einen teilweise unleserlichen Stempel auf. Arabische Namen wurden nach den Empfehlungen
der ICAO transliteriert ([[P|Lana HADDAD]]; Vater: [[P|Omar HADDAD]]; Mutter: [[P|Hiba DARWISH]]).

Dresden, den 14.03.2025

[[P|Samira Nasser-Wendt]]
vom Präsidenten des Landgerichts Dresden ermächtigte Übersetzerin für die arabische Sprache
[[A|Bautzner Straße 118]], [[A|01099 Dresden]] · Tel. [[T|0351 810 47 92]]
""")

# ---------------------------------------------------------------------------------------------------------------
# F104-019 word: OCR text of a Polish full birth certificate
# ---------------------------------------------------------------------------------------------------------------
pesel_zofia = pesel(2024, 2, 14, True)
pesel_pawel = pesel(1990, 11, 5, False)
pesel_aga = pesel(1993, 6, 23, True)
doc("word", "ocr_odpis_polen", f"""Eingang Standesamt Bautzen 02.06.2025 – zu Vorgang [[AZ|NE 0082/2025]] (Namenserklärung) – [[P|Gnauck]]

RZECZPOSPOLITA POLSKA
URZĄD STANU CYWILNEGO W ZGORZELCU
ODPIS ZUPEŁNY AKTU URODZENIA

Numer aktu: [[AZ|0226/00/AU/2024]]

DANE DOTYCZĄCE DZIECKA
Nazw1sko                       [[P|SZCZEPAŃSKA]]
Imię (imiona)                  [[P|ZOFIA HELENA]]
Płeć                           kobieta
Data urodzenia                 [[DOB|14.02.2024]]
Miejsce urodzenia              ZGORZELEC
Numer PESEL                    [[IDC|{pesel_zofia}]]

DANE DOTYCZĄCE RODZICÓW
                               OJCIEC                         MATKA
Nazwisko                       [[P|SZCZEPAŃSKI]]                     [[P|SZCZEPAŃSKA]]
Imię (imiona)                  [[P|PAWEŁ]]                          [[P|AGNIESZKA]]
Nazwisko rodowe                [[P|SZCZEPAŃSKI]]                     [[P|GRABOWSKA]]
Data urodzenia                 [[DOB|05.11.1990]]                     [[DOB|23.06.1993]]
Miejsce urodzenia              LUBAŃ                          BAUTZEN (NIEMCY)
Numer PESEL                    [[IDC|{pesel_pawel}]]                    [[IDC|{pesel_aga}]]

ADNOTACJE I WZMIANKI DODATKOWE
brak

Zgorzelec, 21.05.2025
Kierownik Urzędu Stanu Cywilnego
[[P|Ewa Sobczak]]
/podpis elektroniczny/

Strona 1 z 1
""")

# ---------------------------------------------------------------------------------------------------------------
# F104-020 word: wedding schedule pasted from Excel (tab-separated)
# ---------------------------------------------------------------------------------------------------------------
doc("word", "trautermine_tabelle", """Trautermine Juni 2025 – Stand 02.06.2025 (nur für den Dienstgebrauch)

Datum	Uhrzeit	Ort	Brautpaar	Standesbeamt.	Kontakt	Bemerkung
06.06.	10:00	Trauzimmer Rathaus	[[P|Pětr Kral]] / [[P|Mila Delenkowa]]	[[P|Hänsel]]	[[T|0173 4410 285]]	zweisprachig dt./sorb., Trauzeugen gemeldet
06.06.	11:30	Ortenburg	[[P|Artur Friesen]] / [[P|Lisa Brückner]]	[[P|Schölzel]]	[[T|03591 60 22 18]]	Sektempfang im Hof genehmigt
13.06.	10:00	Trauzimmer Rathaus	[[P|Đặng Quốc Bảo]] / [[P|Lê Thị Thu Hà]]	[[P|Gnauck]]	[[T|+49 152 0391 8826]]	Dolmetscherin: [[P|Trương Thị Ngọc Anh]]
14.06.	14:00	Alte Wasserkunst	[[P|Tereza Nováková]] / [[P|Felix Pohl]]	[[P|Hänsel]]	[[T|+420 604 118 392]]	Ehefähigkeitszeugnis CZ liegt vor, Vorgang [[AZ|E 0301/2025]]
20.06.	10:00	Trauzimmer Rathaus	[[P|Ahmad Haj Ibrahim]] / [[P|Sarah Lindner]]	[[P|Schölzel]]	[[T|0157-3318 0042]]	Befreiung OLG Dresden liegt vor
27.06.	13:00	Trauzimmer Rathaus	[[P|Kevin Noack]] / [[P|Jacqueline Mrosk]]	[[P|Lehmann-Zschornack]]	[[T|0152 28374490]]	Vertretung klären!

Summe Juni: 6 Trauungen (Vorjahr: 9)
Ortenburg und Alte Wasserkunst: Schlüssel bei Hausmeister, Tel. intern 290
""")

# ---------------------------------------------------------------------------------------------------------------
# F104-021 word: semicolon export of the cemetery office
# ---------------------------------------------------------------------------------------------------------------
doc("word", "friedhof_export_csv", """Export Friedhofsverwaltung – Ablauf Nutzungsrechte 2. Halbjahr 2025 (Taucherfriedhof)
Grabnr;Grabart;Verstorbene/r;geb.;gest.;Nutzungsberechtigte/r;Anschrift;Telefon;Ablauf
T-07-B-11;Wahlgrab 2-stellig;[[P|Herbert Zschornack]];[[DOB|03.02.1931]];11.01.2000;[[P|Ingrid Zschornack]];[[A|Flinzstraße 12]], [[A|02625 Bautzen]];[[T|03591 4 17 22]];31.07.2025
T-07-B-14;Urnenwahlgrab;[[P|Marta Kaulfürst]];[[DOB|17.05.1929]];02.09.2000;[[P|Benno Kaulfürst]];[[A|Hauptstraße 5]], [[A|01920 Panschwitz-Kuckau]];[[T|035796 9 62 10]];30.09.2025
T-12-A-03;Wahlgrab 1-stellig;[[P|Gerhard Pohl]];[[DOB|29.11.1940]];18.10.2000;[[P|Regina Pohl-Matschie]];[[A|Am Stadtwall 6]], [[A|02625 Bautzen]];;31.10.2025
T-14-C-05;Wahlgrab 1-stellig;[[P|Władysław Nowicki]];[[DOB|14.04.1938]];30.08.2000;[[P|Jadwiga Nowicka]];[[A|Rosenstraße 3]], [[A|02625 Bautzen]];[[T|0160 93 11 572]];31.08.2025
U-03-017;Urnengemeinschaftsanlage;[[P|Nguyễn Thị Lan]];[[DOB|10.10.1948]];05.12.2000;[[P|Trần Văn Nam]];[[A|Lessingstraße 8]], [[A|02977 Hoyerswerda]];[[T|+49 3571 60 88 41]];31.12.2025
T-02-D-09;Wahlgrab 2-stellig;[[P|Irmgard Schuster]];[[DOB|08.03.1925]];14.12.2000;unbekannt;;;31.12.2025 – Aushang am Grab
Summe: 6 Grabstellen, davon 1 ohne Nutzungsberechtigten
""")

# ---------------------------------------------------------------------------------------------------------------
# F104-022 word: file note of a phone call, naturalised family from Kazakhstan/Russia, name declaration
# ---------------------------------------------------------------------------------------------------------------
ru_inland = f"{IDS.digits(2)}{IDS.digits(2)} {IDS.digits(6)}"
snils_unruh = ru_snils()
doc("word", "aktenvermerk_telefonat", f"""Aktenvermerk

Vorgang: [[AZ|NE 0094/2025]] – Namenserklärung nach Art. 47 EGBGB
Telefonat am 17.06.2025, 10:20 Uhr, mit Herrn [[P|Wiktor Unruh]] (Rückruf erbeten unter [[T|03571 40 88 12]])

Herr [[P|Unruh]] (geb. [[DOB|04.04.1968]] in Pawlodar) und seine Ehefrau [[P|Swetlana Unruh]] geb. [[P|Rempel]] (geb. [[DOB|27.09.1971]]) sind seit Dezember 2024 eingebürgert (Einbürgerungsbehörde Landratsamt Bautzen, Az. [[AZ|33.1-EB-2023/0457]]). Sie möchten beide ihre Vatersnamen ablegen. Für den Sohn [[P|Dmitrij Wiktorowitsch Unruh]] (geb. [[DOB|12.01.2007]]) soll der Vorname in „[[P|Dietrich]]“ geändert werden; Herr [[P|Unruh]] meint, das sei der Name des Großvaters.

Vorhandene Unterlagen laut Herrn [[P|U.]]:
- russischer Inlandspass der Ehefrau, Serie/Nr. [[IDC|{ru_inland}]] (abgelaufen),
- kasachische Geburtsurkunden (mit Übersetzung),
- russische Rentenunterlagen der Ehefrau mit SNILS [[SSN|{snils_unruh}]] – werden für die Namenserklärung nicht benötigt, Kopie bitte nicht zur Akte nehmen.

Hinweise gegeben:
1. Erklärung muss von beiden Ehegatten persönlich abgegeben und öffentlich beglaubigt werden.
2. Sohn ist bei Abgabe bereits volljährig (ab 12.01.2025), muss also selbst erklären.
3. Gebühr 25,00 EUR je Erklärung; Termin Di 01.07., 14:00 Uhr vereinbart.

Herr [[P|Unruh]] fragte noch, ob die neue Namensführung automatisch an die Führerscheinstelle geht (Kennzeichen des Familien-Pkw [[KFZ|HY-WU 412]]). Antwort: nein, Führerschein und Fahrzeugschein muss er selbst ändern lassen.

[[P|Gnauck]], 17.06.2025
""")

# ---------------------------------------------------------------------------------------------------------------
# F104-023 word: decision on registering a birth abroad (Vietnam), document verification
# ---------------------------------------------------------------------------------------------------------------
pass_dung = IDS.passport(check_digit=False)
iban_lan = IDS.iban_de()
doc("word", "bescheid_nachbeurkundung", f"""Stadtverwaltung Bautzen · Standesamt · {AMT_STR} · {AMT_ORT}

Frau
[[P|Bùi Ngọc Lan]]
[[A|Goschwitzstraße 27]]
[[A|02625 Bautzen]]

Ihr Zeichen: –
Unser Zeichen: [[AZ|G-A 0021/2025]]
Sachbearbeiter: Herr [[P|Kaltofen]], Zimmer 1.15
Datum: 19.06.2025

Nachbeurkundung der Auslandsgeburt Ihres Sohnes [[P|Hoàng Gia Huy]] (§ 36 PStG)
hier: Überprüfung der vietnamesischen Urkunden und Gebührenvorschuss

Sehr geehrte Frau [[P|Bùi]],

Sie haben am 04.03.2025 beantragt, die Geburt Ihres Sohnes [[P|Hoàng Gia Huy]], geboren am [[DOB|30.12.2019]] in Hanoi, im deutschen Geburtenregister nachzubeurkunden. Der Vater, Herr [[P|Hoàng Anh Dũng]] (deutscher Reisepass Nr. [[PASS|{pass_dung}]]), ist seit 2015 deutscher Staatsangehöriger; das Kind hat die deutsche Staatsangehörigkeit durch Geburt erworben.

Vietnam ist dem Haager Apostilleübereinkommen nicht beigetreten. Die Deutsche Botschaft Hanoi legalisiert vietnamesische Personenstandsurkunden derzeit nicht, sondern lässt sie im Wege der Amtshilfe durch einen Vertrauensanwalt überprüfen. Wir haben die Überprüfung des Auszugs aus dem Geburtsregister (Trích lục khai sinh Nr. [[AZ|412/TLKS-BS]]) bei der Botschaft beantragt.

Die Kosten der Überprüfung werden Ihnen von der Botschaft gesondert in Rechnung gestellt (derzeit bis zu 350,00 EUR). Für die Nachbeurkundung setzen wir nach dem Sächsischen Verwaltungskostengesetz eine Gebühr von 90,00 EUR fest, die wir entsprechend Ihrem SEPA-Lastschriftmandat von Ihrem Konto [[IBAN|{group(iban_lan, 4)}]] abbuchen werden (Mandatsreferenz [[AZ|STA-2025-0631]], Kassenzeichen [[AZ|5.2025.106218]]).

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift bei der Stadtverwaltung Bautzen, {AMT_STR}, {AMT_ORT}, einzulegen.

Mit freundlichen Grüßen
Im Auftrag

[[P|Ronny Kaltofen]]
Standesbeamter
""")

# ---------------------------------------------------------------------------------------------------------------
# F104-024 word: minutes of the team meeting (health and union data about staff)
# ---------------------------------------------------------------------------------------------------------------
doc("word", "protokoll_dienstberatung", """Protokoll der Dienstberatung Standesamt / Bürgerbüro

Datum: 10.06.2025, 13:00–14:30 Uhr, Raum 1.12
Teilnehmende: Dr. [[P|Cornelia Wehle]] (Amtsleitung), [[P|Katrin Hänsel]], [[P|Uwe Schölzel]], [[P|Sylvia Gnauck]], [[P|Ronny Kaltofen]], [[P|Doreen Pietsch]], [[P|Mandy Kretzschmar]] (Bürgerbüro), [[P|Marcel Trepte]] (IT, zu TOP 3)
Entschuldigt: [[P|Heike Lehmann-Zschornack]], [[P|Steffen Noack]] (Urlaub)
Protokoll: [[P|D. Pietsch]]

TOP 1 Personalsituation
Frau [[P|Lehmann-Zschornack]] fällt nach ihrer Knie-OP voraussichtlich bis Ende Juli aus. Ihre Trauungen am 27.06. und 04.07. übernimmt Herr [[P|Schölzel]]. Herr [[P|Noack]] hat mitgeteilt, dass er ab Juli für die ver.di-Betriebsgruppe als Vertrauensmann tätig ist und dafür an zwei Tagen im Monat freigestellt wird; Frau Dr. [[P|Wehle]] klärt die Vertretung im Bürgerbüro.

TOP 2 Rückstände
Im 2. Quartal wurden 143 Kirchenaustritte und 412 Geburten beurkundet. Offen sind 37 Nachbeurkundungen von Auslandsgeburten, davon 12 aus Vietnam (Urkundenüberprüfung durch die Botschaft dauert derzeit 5–7 Monate). Fall [[P|Al-Masri]] (Berichtigung, [[AZ|G 2281/2022]]): Antrag von RAin [[P|Leuschner]] liegt vor, Herr [[P|Kaltofen]] prüft bis 20.06., ob Vorlage an das Amtsgericht Görlitz nötig ist.

TOP 3 Fachverfahren
Update AutiSta 2025.2 am 14.07.; Schulung durch Herrn [[P|Trepte]] am 10.07., 9 Uhr. Die Schnittstelle zum Onlineportal wird angepasst (Problem mit hängenden Zahlungen).

TOP 4 KI-Assistent
Pilotphase ab September. Teilnahme nur nach Abschluss der E-Learning-Schulung. Personenbezogene Daten werden vor der Verarbeitung pseudonymisiert; Texte mit Gesundheits- oder Religionsdaten gehen nicht an externe Modelle.

TOP 5 Verschiedenes
Sommerfest am 29.08. im Hof der Ortenburg. Frau [[P|Kretzschmar]] sammelt 10 EUR pro Person ein.

Nächste Dienstberatung: 08.07.2025, 13:00 Uhr
""", ["HEALTH", "UNION"])

# ---------------------------------------------------------------------------------------------------------------
# F104-025 word: registration of a marriage, data sheet (German groom, Czech bride)
# ---------------------------------------------------------------------------------------------------------------
rc_tereza = cz_birth_number(1995, 9, 7, True)
op_tereza = digits(9)
pa_felix = IDS.id_card(check_digit=True)
doc("word", "anmeldung_eheschliessung_bogen", f"""Anmeldung der Eheschließung – Erfassungsbogen
Vorgang: [[AZ|E 0301/2025]]      Trautermin: 14.06.2025, 14:00 Uhr, Alte Wasserkunst

1. Eheschließende
Familienname:              [[P|Nováková]]
Geburtsname:               [[P|Nováková]]
Vornamen:                  [[P|Tereza]]
Geburtsdatum/-ort:         [[DOB|07.09.1995]] / Česká Lípa
Staatsangehörigkeit:       tschechisch
Familienstand:             ledig
Wohnung:                   [[A|Palackého 612/3]], [[A|470 01 Česká Lípa]] (CZ)
Rodné číslo:               [[IDC|{rc_tereza}]]
Ausweis:                   Občanský průkaz Nr. [[IDC|{op_tereza}]]
Telefon:                   [[T|+420 604 118 392]]

2. Eheschließender
Familienname:              [[P|Pohl]]
Vornamen:                  [[P|Felix Johannes]]
Geburtsdatum/-ort:         [[DOB|15.04.1993]] / Bischofswerda
Staatsangehörigkeit:       deutsch
Familienstand:             geschieden – Beschluss AG Bautzen vom 14.11.2022, Az. [[AZ|12 F 517/21]], rechtskräftig seit 20.12.2022
frühere Ehegattin:         [[P|Melanie Pohl]] geb. [[P|Seidel]]
Wohnung:                   [[A|Äußere Lauenstraße 6]], [[A|02625 Bautzen]]
Personalausweis:           [[IDC|{pa_felix}]]
E-Mail:                    [[E|felix.pohl93@gmx.net]]

3. Namensführung
Ehename: keiner. Frau [[P|Nováková]] wählt für ihren Namen tschechisches Recht (Art. 10 Abs. 2 EGBGB) und führt nach der Eheschließung den Namen „[[P|Pohlová]]“. Herr [[P|Pohl]] behält seinen Namen.

4. Dolmetscher
Herr [[P|Petr Kučera]], allgemein beeidigter Dolmetscher für die tschechische Sprache (LG Görlitz), Tel. [[T|03581 31 45 07]]

5. Vorgelegte Unterlagen
Ehefähigkeitszeugnis der Tschechischen Republik (Matriční úřad Česká Lípa, Nr. [[AZ|MUCL/8871/2025]]), Geburtsurkunden beider Verlobten, Scheidungsbeschluss mit Rechtskraftvermerk, Meldebescheinigung.

Bearbeitet: [[P|Hänsel]], 28.05.2025
""")

# ---------------------------------------------------------------------------------------------------------------
# F104-026 word: registry office to the local court, question on Sorbian spelling (Zweifelsvorlage)
# ---------------------------------------------------------------------------------------------------------------
pa_michal = IDS.id_card(check_digit=False)
doc("word", "zweifelsvorlage_sorbisch", f"""Stadtverwaltung Bautzen
Standesamt
{AMT_STR}
{AMT_ORT}

Amtsgericht Görlitz
– Personenstandssachen –
[[N|Postplatz 18]]
[[N|02826 Görlitz]]

Unser Zeichen: [[AZ|G 1455/1997]] / [[AZ|B 0012/2025]]
Bautzen, 20.06.2025

Zweifelsvorlage nach § 49 Abs. 2 PStG
Berichtigung der Schreibweise des Vor- und Familiennamens im Geburtseintrag

Sehr geehrte Damen und Herren,

wir legen Ihnen die Frage vor, ob der Geburtseintrag des Herrn [[P|Michal Walda]], geboren am [[DOB|18.01.1997]] in Bautzen, wohnhaft [[A|Hauptstraße 31]], [[A|01920 Ralbitz-Rosenthal]] (Ralbicy-Róžant), dahin zu berichtigen ist, dass Vor- und Familienname in sorbischer Schreibweise „[[P|Michał Wałda]]“ eingetragen werden.

Sachverhalt:
Herr [[P|Wałda]] erklärt, er gehöre dem sorbischen Volk an; seine Eltern, [[P|Jan Wałda]] und [[P|Ludmila Wałdźina]], hätten bei der Anzeige der Geburt 1997 die sorbische Schreibweise angegeben. Im Eintrag ist der Name jedoch ohne diakritische Zeichen erfasst worden, offenbar wegen der damaligen Schreibtechnik – ein Problem, das aus älteren Verzeichnissen auch beim Namen des Dichters Jakub Bart-Ćišinski bekannt ist. In seinen Zeugnissen des Sorbischen Gymnasiums und in seinem Personalausweis (Nr. [[IDC|{pa_michal}]]) wird bereits „[[P|Wałda]]“ geführt. Eine Stellungnahme der Domowina – Bund Lausitzer Sorben e. V. liegt bei.

Wir halten die Berichtigung nach § 47 PStG für möglich, da es sich um einen offenkundigen Übertragungsfehler handeln dürfte, sehen aber wegen der Abweichung zur Geburtsanzeige (dort „[[P|Michal]]“) Zweifel. Wir bitten um Entscheidung.

Herr [[P|Wałda]] ist telefonisch unter [[T|035796 9 71 36]] erreichbar.

Anlagen: Antrag vom 02.05.2025, Kopie Geburtsanzeige, Zeugniskopien, Stellungnahme

Mit freundlichen Grüßen

Dr. [[P|Cornelia Wehle]]
Amtsleiterin
""", ["ETHNICITY"])

# ---------------------------------------------------------------------------------------------------------------
# F104-027 word: OCR of a translated Soviet birth certificate (nationality entry)
# ---------------------------------------------------------------------------------------------------------------
doc("word", "ocr_geburtsurkunde_sowjet", """Eingang 23.05.2025   Vorgang [[AZ|NE 0101/2025]]

Übersetzung aus dem Russischen

UdSSR
СВИДЕТЕЛЬСТВО О РОЖДЕНИИ
GEBURTSURKUNDE

Bürger/in:        [[P|Реймер Александр Петрович]]
                  [[P|Reimer Alexander Petrowitsch]]
ist geboren am    [[DOB|12.07.1975]]
                  (in Worten: [[DOB|zwölften Juli neunzehnhundertfünfundsiebzig]])
Geburtsort:       Sowchos Rosowka, Rayon Karaganda, Gebiet Karaganda, Kasachische SSR
worüber im Geburtenbuch am 20. Juli 1975 unter Nr. 117 die Eintragung vorgenommen wurde.

Eltern:
Vater:            [[P|Reimer Pjotr Jakowlewitsch]]
Nationalitat:     Deutscher
Mutter:           [[P|Reimer Maria Iwanowna]]
Nationalitat:     Deutsche

Ort der Registrierung: Standesamt (ZAGS) des Rayons Karaganda
Ausstellungsdatum: 20.07.1975
Leiter des Standesamts: (Unterschrift) [[P|Kusnezowa]]
Serie [[AZ|III-КА № 482913]]
(Rundstempel)

Die Richtigkeit und Vollständigkeit der vorstehenden Übersetzung aus der russischen Sprache wird bestätigt.
Görlitz, 19.05.2025
[[P|Ludmila Ebel]], öffentlich bestellte und beeidigte Übersetzerin für die russische Sprache
[[A|Jochmannstraße 4]], [[A|02826 Görlitz]], Tel. [[T|03581/40 12 68]], [[E|ebel.uebersetzungen@t-online.de]]
""", ["ETHNICITY"])

# ---------------------------------------------------------------------------------------------------------------
# F104-028 word: fee decision of the cemetery office
# ---------------------------------------------------------------------------------------------------------------
iban_penner = IDS.iban_de()
doc("word", "friedhof_gebuehrenbescheid", f"""Stadtverwaltung Bautzen · Friedhofsverwaltung · [[N|Taucherstraße 27]] · {AMT_ORT}

Herrn
[[P|Eduard Penner]]
[[A|Wilthener Straße 61]]
[[A|02625 Bautzen]]

Kassenzeichen: [[AZ|6.2025.200518]]
Vorgang: [[AZ|FV-2025-0412]]
Ansprechpartnerin: Frau [[P|Zschieschang]], Tel. [[T|03591 534-562]]
Datum: 23.06.2025

Gebührenbescheid nach der Friedhofsgebührensatzung der Stadt Bautzen
Beisetzung [[P|Olga Penner]], verstorben am 07.06.2025

Sehr geehrter Herr [[P|Penner]],

für die Beisetzung Ihrer Mutter am 18.06.2025 und die Verleihung des Nutzungsrechts an der Wahlgrabstätte Abt. 14, Reihe C, Nr. 22 setzen wir folgende Gebühren fest:

Nutzungsrecht Wahlgrab (25 Jahre)          1.450,00 EUR
Beisetzung (Sarg)                            610,00 EUR
Nutzung Trauerhalle                          180,00 EUR
Verwaltungsgebühr                             35,00 EUR
Gesamt                                     2.275,00 EUR

Den Betrag buchen wir entsprechend dem erteilten SEPA-Lastschriftmandat am 15.07.2025 von Ihrem Konto [[IBAN|{iban_penner}]] ab. Kontoinhaberin ist laut Mandat Ihre Ehefrau, Frau [[P|Lydia Penner]]; bitte stellen Sie die Deckung sicher.

Nutzungsberechtigter ist nach § 14 der Friedhofssatzung Herr [[P|Eduard Penner]]. Das Nutzungsrecht an der benachbarten Grabstätte Nr. 21 ([[P|Heinrich Penner]]) wurde bis 2050 verlängert, so dass beide Grabstätten gleichzeitig ablaufen.

Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadtverwaltung Bautzen erhoben werden.

Mit freundlichen Grüßen
Im Auftrag

[[P|I. Zschieschang]]
Friedhofsverwaltung
Öffnungszeiten: Mo–Fr 8–12 Uhr · Tel. [[N|03591 534-560]] · [[N|friedhof@bautzen.de]]
""")

# ---------------------------------------------------------------------------------------------------------------
# F104-029 word: passport application data sheet with fingerprints and photo
# ---------------------------------------------------------------------------------------------------------------
pass_arina = IDS.passport(check_digit=True)
pa_arina = IDS.id_card(check_digit=True)
pa_helene = IDS.id_card(check_digit=True)
doc("word", "reisepass_erfassung", f"""Bürgerbüro Bautzen – Antrag auf Ausstellung eines Reisepasses (Ausdruck Erfassungsbogen)
Antragsnummer: [[AZ|RP-2025-06-01187]]        Datum: 24.06.2025        Sachbearbeiterin: [[P|M. Kretzschmar]]

Angaben zur Person
Familienname:           [[P|Schäfer]]
Geburtsname:            [[P|Shefer]]
Vornamen:               [[P|Arina]]
Geburtsdatum:           [[DOB|03.05.2008]]
Geburtsort:             Omsk (Russische Föderation)
Staatsangehörigkeit:    deutsch
Größe:                  168 cm
Augenfarbe:             grau-grün
Anschrift:              [[A|Dresdener Straße 88]], [[A|02625 Bautzen]]
Mobil (Abholbenachrichtigung): [[T|+49 1590 6617 239]]

Dokumente
bisheriges Dokument:    Personalausweis [[IDC|{pa_arina}]], gültig bis 02.05.2029
neuer Reisepass:        Seriennummer [[PASS|{pass_arina}]], 32 Seiten, Expressverfahren

Biometrie
Lichtbild:              vorgelegt (Fotostudio), biometrische Prüfung bestanden
Fingerabdrücke:         linker Zeigefinger (Qualität 87), rechter Zeigefinger (Qualität 91) erfasst
Unterschrift:           auf Pad erfasst

Minderjährige Antragstellerin – Zustimmung der Sorgeberechtigten
Mutter: [[P|Helene Schäfer]], anwesend, Personalausweis [[IDC|{pa_helene}]]
Vater: [[P|Alexander Schäfer]], schriftliche Zustimmung vom 20.06.2025 mit Kopie des Ausweises liegt vor

Gebühr: 37,50 EUR + 32,00 EUR Express = 69,50 EUR, EC-Zahlung
Namensänderung nach Art. 47 EGBGB vom 25.06.2025 beachten – Pass erst nach Erklärung bestellen!
""", ["BIOMETRIC"])

# ---------------------------------------------------------------------------------------------------------------
# F104-030 word: registration office note, information block (§ 51 BMG) after threats by ex-partner
# ---------------------------------------------------------------------------------------------------------------
op_lucie = digits(9)
doc("word", "vermerk_auskunftssperre", f"""Meldebehörde Bautzen – Vermerk
Antrag auf Eintragung einer Auskunftssperre nach § 51 Abs. 1 BMG
Vorgang: [[AZ|MB-AS 0017/2025]]

Antragstellerin:   [[P|Lucie Procházková]], geb. [[DOB|26.02.1998]] in Ústí nad Labem, tschechische Staatsangehörige
Ausweis:           Občanský průkaz [[IDC|{op_lucie}]]
bisherige Wohnung: [[A|Karl-Liebknecht-Straße 40]], [[A|02625 Bautzen]]
neue Wohnung:      [[A|Seminarstraße 15]], [[A|02625 Bautzen]] (Einzug 01.06.2025)
Wohnungsgeber:     Bautzener Wohnungsbau GmbH, Ansprechpartner Herr [[P|Torsten Kaiser]], Tel. [[T|+49 (0)3591 36112-27]]
Erreichbarkeit:    nur über die Beratungsstelle, Frau [[P|Annegret Ziesche]], [[T|0151 / 2773 6620]]

Begründung:
Frau [[P|Procházková]] trägt vor, dass ihr früherer Lebensgefährte, Herr [[P|René Hantschick]] (geb. [[DOB|11.09.1990]], zuletzt [[A|Neusalzaer Straße 19]], [[A|02625 Bautzen]]), sie nach der Trennung wiederholt bedroht und ihr vor der alten Wohnung aufgelauert habe. Die Polizeidirektion Görlitz führt das Verfahren unter der Vorgangsnummer [[AZ|PD GR 2025/114803]]. Das Amtsgericht Bautzen hat am 21.05.2025 eine Gewaltschutzanordnung erlassen (Az. [[AZ|12 F 402/25]]), Kopie liegt vor.

Herr [[P|Hantschick]] sei mehrfach mit seinem Pkw ([[KFZ|GR-RH 909]]) in der Nähe der Arbeitsstelle von Frau [[P|Procházková]] gesehen worden. Sie bittet, auch bei der Kfz-Zulassungsstelle eine Sperre für Halterauskünfte zu ihrem eigenen Fahrzeug ([[KFZ|BZ LP 218]]) zu veranlassen.

Entscheidung:
Auskunftssperre wird eingetragen (befristet auf zwei Jahre, bis 24.06.2027). Übermittlungssperre an Kfz-Zulassung veranlasst. Antragstellerin wurde auf die Verlängerungsmöglichkeit hingewiesen.

Bautzen, 24.06.2025
[[P|Kretzschmar]]
""")


def main():
    assert len(DOCS) == 30, len(DOCS)
    out = os.path.join(HERE, "fresh104.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, (channel, template, text, flags) in enumerate(DOCS, start=1):
            line = build(f"F104-{i:03d}", channel, template, text, flags)
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
