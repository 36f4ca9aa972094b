"""Batch 50: a held-out set from an invented Franconian city (Stadt Pegnitzgrund): Jugendamt (Beistandschaft,
Unterhaltsvorschuss, Inobhutnahme, Hilfeplan, Pflegekinderdienst, Kindertagespflege), Schulamt (Schulbegleitung,
class lists), Kita fees; lawyers, a paediatrician, the family court, foster parents, school social work.

Writes fresh50.jsonl (30 documents, ids F50-001 … F50-030) next to this file.
"""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, "/work/main/tests/KiOfficeAddin.Guardrails.Tests/Pii/Corpus")
from marks import build  # noqa: E402
from identifiers import Identifiers, mod97_iban, group  # noqa: E402

SEED = 5050
ids = Identifiers(SEED)
rng = ids.rng


# ---------------------------------------------------------------- independent checks (re-verified before writing)
def iban_ok(value):
    s = value.replace(" ", "")
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def luhn_ok(value):
    digits = [int(c) for c in value if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def mod11_10(body):
    product = 10
    for ch in body:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c


def tax_id_ok(value):
    s = value.replace(" ", "")
    if len(s) != 11 or s[0] == "0":
        return False
    counts = [s[:10].count(d) for d in "0123456789"]
    if max(counts) > 3 or sum(1 for c in counts if c >= 2) != 1:
        return False
    return mod11_10(s[:10]) == int(s[10])


def vat_ok(value):
    s = value.replace(" ", "")
    return s.startswith("DE") and len(s) == 11 and mod11_10(s[2:10]) == int(s[10])


def ssn_ok(value):
    s = value.replace(" ", "")
    letter = s[8]
    code = ord(letter) - ord("A") + 1
    vals = [int(c) for c in s[:8]] + [code // 10, code % 10] + [int(c) for c in s[9:11]]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    tot = sum((v * k) // 10 + (v * k) % 10 for v, k in zip(vals, w))
    return tot % 10 == int(s[11])


def kvnr_ok(value):
    code = ord(value[0]) - ord("A") + 1
    vals = [code // 10, code % 10] + [int(c) for c in value[1:9]]
    tot = 0
    for i, v in enumerate(vals):
        p = v * (2 if i % 2 else 1)
        tot += p // 10 + p % 10
    return tot % 10 == int(value[9])


def nl_elfproef_ok(account):
    return sum(int(d) * (10 - i) for i, d in enumerate(account)) % 11 == 0


def pl_sort_ok(code8):
    w = [3, 9, 7, 1, 3, 9, 7]
    return (10 - sum(int(d) * k for d, k in zip(code8[:7], w)) % 10) % 10 == int(code8[7])


# ---------------------------------------------------------------- identifiers
def iban_de():
    # a German bank code (BLZ) never starts with 0 or 9
    return mod97_iban("DE", rng.choice("12345678") + ids.digits(17))


def ssn_female(birth_ddmmyy, letter):
    # serial 50-99 marks a woman
    while True:
        value = ids.social_security(birth_ddmmyy, letter)
        if int(value[9:11]) >= 50:
            return value


def tax_number_franconia(office):
    # Bavarian layout FFF/BBB/UUUUP; 207 = Finanzamt Bayreuth, 204 = Bamberg (layout only, no check digit)
    return f"{office}/{ids.digits(3)}/{ids.digits(5)}"


def iban_nl():
    while True:
        acct = ids.digits(10, first_nonzero=True)
        if nl_elfproef_ok(acct):
            return mod97_iban("NL", "RABO" + acct)


def iban_at():
    return mod97_iban("AT", "20111" + ids.digits(11))


def iban_pl():
    head = "1140" + ids.digits(3)  # mBank
    w = [3, 9, 7, 1, 3, 9, 7]
    check = (10 - sum(int(d) * k for d, k in zip(head, w)) % 10) % 10
    return mod97_iban("PL", head + str(check) + ids.digits(16))


CITY_IBAN = group(iban_de(), 4)                   # Stadtkasse Pegnitzgrund (neutral)
IBAN_MARTA = group(iban_de(), 4)
IBAN_RASHA = iban_de()
IBAN_KRAUSSER = group(iban_de(), 4)
IBAN_VANDIJK = group(iban_nl(), 4)
IBAN_OKAFOR_AT = group(iban_at(), 4)
IBAN_BRANDNER_PL = group(iban_pl(), 4)
IBAN_NOWICKA = group(iban_de(), 4)
IBAN_REIMER = iban_de()

TID_AMIRA = ids.tax_id()
TID_YAZAN = ids.tax_id()
TID_NOWICKA = ids.tax_id()
TID_AMIRA_F = f"{TID_AMIRA[:2]} {TID_AMIRA[2:5]} {TID_AMIRA[5:8]} {TID_AMIRA[8:]}"
TID_NOWICKA_F = f"{TID_NOWICKA[:2]} {TID_NOWICKA[2:5]} {TID_NOWICKA[5:8]} {TID_NOWICKA[8:]}"

TNR_KRAUSSER = tax_number_franconia("207")
TNR_DIETRICH = tax_number_franconia("204")
VAT_KRAUSSER = ids.vat_id()
VAT_ALI = ids.vat_id()

KV_NIKOLA = ids.health_insurance()
KV_LUCA = ids.health_insurance()
KV_DOMINIK = ids.health_insurance()
KV_MIA = ids.health_insurance()

SSN_NOWICKA = ssn_female("140388", "N")       # Aleksandra Nowicka, * 14.03.88
SSN_NOWICKA_F = f"{SSN_NOWICKA[:2]} {SSN_NOWICKA[2:8]} {SSN_NOWICKA[8]} {SSN_NOWICKA[9:]}"
SSN_REIMER = ssn_female("020779", "K")        # Svetlana Reimer, geb. Kraus, * 02.07.79

CC_ALHASSAN = ids.credit_card("4", 16)
CC_ALHASSAN_F = group(CC_ALHASSAN, 4)
CC_TRAN = ids.credit_card("5", 16)
CC_TRAN_F = group(CC_TRAN, 4, "-")

IDC_UNCLE = ids.id_card(check_digit=True)
IDC_RINALDI = "CA" + ids.digits(5) + rng.choice("ABCDEFGHLMNPRSTUVZ") + rng.choice("ABCDEFGHLMNPRSTUVZ")
IDC_DUMITRESCU = "SB " + ids.digits(6, first_nonzero=True)
PASS_EZE = "A" + ids.digits(8, first_nonzero=True)
PASS_DARIUS = "05" + ids.digits(7)
PASS_YOUSEF = "N0" + ids.digits(8)

for v in (CITY_IBAN, IBAN_MARTA, IBAN_RASHA, IBAN_KRAUSSER, IBAN_VANDIJK, IBAN_OKAFOR_AT, IBAN_BRANDNER_PL,
          IBAN_NOWICKA, IBAN_REIMER):
    assert iban_ok(v), v
assert nl_elfproef_ok(IBAN_VANDIJK.replace(" ", "")[8:])
assert pl_sort_ok(IBAN_BRANDNER_PL.replace(" ", "")[4:12])
for v in (TID_AMIRA, TID_YAZAN, TID_NOWICKA, TID_AMIRA_F, TID_NOWICKA_F):
    assert tax_id_ok(v), v
for v in (VAT_KRAUSSER, VAT_ALI):
    assert vat_ok(v), v
for v in (SSN_NOWICKA, SSN_NOWICKA_F, SSN_REIMER):
    assert ssn_ok(v), v
for v in (KV_NIKOLA, KV_LUCA, KV_DOMINIK, KV_MIA):
    assert kvnr_ok(v), v
for v in (CC_ALHASSAN_F, CC_TRAN_F):
    assert luhn_ok(v), v

HEAD = "Stadt Pegnitzgrund · Amt für Jugend und Familie"
RATHAUS = "[[N|Rathausplatz 2]], [[N|91289 Pegnitzgrund]]"

DOCS = []


def doc(channel, template, flags, text):
    DOCS.append((channel, template, text, flags))


# ---------------------------------------------------------------- F50-001 Beistandschaft: Auskunftsaufforderung
doc("word", "beistandschaft", [], f"""{HEAD} · Beistandschaften
{RATHAUS}

Herrn
[[P|Chukwuemeka Okafor]]
[[A|Hallerstraße 41a]]
[[A|90419 Nürnberg]]

Unser Zeichen: [[AZ|51.3-BS 0417/25]]
Telefon: [[T|09241 7305-412]]
E-Mail: [[E|irmgard.lodes@pegnitzgrund.de]]
Datum: 14.10.2025

Unterhalt für [[P|Zofia Wiśniewska]], geb. [[DOB|03.02.2019]]
Aufforderung zur Auskunft über Einkünfte und Vermögen (§ 1605 BGB)

Sehr geehrter Herr [[P|Okafor]],

die Kindesmutter, Frau [[P|Marta Wiśniewska]], hat mit Wirkung vom 01.09.2025 eine Beistandschaft nach § 1712 BGB für die Geltendmachung der Unterhaltsansprüche ihrer Tochter beantragt. Das Jugendamt der Stadt Pegnitzgrund vertritt damit das Kind bei der Feststellung und Durchsetzung des Unterhalts.

Als Vater sind Sie nach § 1605 BGB verpflichtet, Auskunft über Ihre Einkünfte und Ihr Vermögen zu erteilen. Bitte übersenden Sie mir bis zum 15.11.2025
– Ihre Lohnabrechnungen der letzten zwölf Monate,
– Ihren letzten Einkommensteuerbescheid,
– Nachweise über berufsbedingte Aufwendungen und weitere Unterhaltspflichten.

Bis zur Klärung bitte ich Sie, mindestens den Mindestunterhalt der zweiten Altersstufe abzüglich des hälftigen Kindergeldes, derzeit 426,50 EUR monatlich, auf das Konto der Stadtkasse Pegnitzgrund, IBAN [[N|{CITY_IBAN}]], unter Angabe unseres Zeichens zu überweisen.

Persönlich erreichen Sie mich dienstags und donnerstags von 8:30 bis 12:00 Uhr; außerhalb dieser Zeiten hilft Ihnen die Zentrale unter [[N|09241 7305-0]] weiter.

Mit freundlichen Grüßen
Im Auftrag

[[P|Irmgard Lodes]]
Beiständin""")

# ---------------------------------------------------------------- F50-002 mother's informal reply
doc("outlook", "beistandschaft", ["UNION"], f"""Betreff: AW: Beistandschaft [[P|Zofia]] – Az. [[AZ|51.3-BS 0417/25]]

Dzień dobry Frau [[P|Lodes]],

danke für ihre brief. Der vater ([[P|Chuks]]) hat seit juli nichts mehr bezahlt, er sagt er hat keine arbeit mehr aber das glaube ich nicht, er hat neues auto. Kann ich dann Unterhaltsvorschuss beantragen? Meine kollegin sagt das geht jetzt bis 18 jahre.
Ich habe auch weniger geld weil wir im lager streiken, ich bin seit sommer in der verdi und bekomme nur streikgeld.

Konto für das geld ist bei der Sparkasse: [[IBAN|{IBAN_MARTA}]]
Neue handynummer: [[T|0157 3482 1190]] (die alte geht nicht mehr)

Wir wohnen noch [[A|Am Wiesengrund 7]], aber ab dezember bei meinem freund [[P|Dariusz]] in der [[A|Kirchenlaibacher Str. 18]], [[A|91289 Pegnitzgrund]]. Muss ich das extra melden?

Pozdrawiam / viele grüße
[[P|Marta Wiśniewska]]""")

# ---------------------------------------------------------------- F50-003 UVG-Bescheid
doc("word", "uvg", [], f"""Stadt Pegnitzgrund
Amt für Jugend und Familie – Unterhaltsvorschusskasse
{RATHAUS}

Frau
[[P|Rasha Al-Khatib]]
[[A|Sudetenstraße 19]]
[[A|91289 Pegnitzgrund]]

Aktenzeichen: [[AZ|UV 2025/0388]]
Auskunft erteilt: Zimmer 2.14, Tel. [[T|09241 7305-436]]
Pegnitzgrund, 22.09.2025

Bescheid über Leistungen nach dem Unterhaltsvorschussgesetz (UVG)

Sehr geehrte Frau [[P|Al-Khatib]],

auf Ihren Antrag vom 28.07.2025 werden für Ihre Kinder

[[P|Amira Haddad]], geb. [[DOB|11.06.2015]], Steuer-IdNr. [[TID|{TID_AMIRA_F}]]
[[P|Yazan Haddad]], geb. [[DOB|30.01.2020]], Steuer-IdNr. [[TID|{TID_YAZAN}]]

ab dem 01.08.2025 Leistungen nach § 1 Abs. 1 UVG bewilligt. Der Kindesvater war zuletzt in Halle (Saale) gemeldet und ist derzeit unbekannten Aufenthalts; Unterhaltszahlungen gehen nicht ein.

Altersgruppe | Leistung monatlich je Kind | Anzahl Kinder
6 bis 11 Jahre | 299,00 EUR | 1
0 bis 5 Jahre | 227,00 EUR | 1
Summe | 526,00 EUR |

Die Leistung wird monatlich im Voraus auf Ihr Konto IBAN [[IBAN|{IBAN_RASHA}]] überwiesen. Die Nachzahlung für August und September in Höhe von 1.052,00 EUR erhalten Sie mit gesonderter Buchung.

Soweit der Unterhaltsanspruch Ihrer Kinder gegen den Vater besteht, geht er in Höhe der Leistung auf den Freistaat Bayern über (§ 7 UVG). Sie sind verpflichtet, jede Änderung – insbesondere einen Umzug, eine Heirat, Zahlungen des Vaters oder Hinweise auf seinen Aufenthalt – unverzüglich mitzuteilen (§ 6 Abs. 4 UVG).

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach seiner Bekanntgabe Klage beim Bayerischen Verwaltungsgericht Bayreuth, [[N|Friedrichstraße 16]], [[N|95444 Bayreuth]], erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Tobias Wunderlich]]""")

# ---------------------------------------------------------------- F50-004 Inobhutnahme-Vermerk
doc("word", "inobhutnahme", ["HEALTH"], f"""Amt für Jugend und Familie – Allgemeiner Sozialdienst
Vermerk über eine Inobhutnahme gem. § 42 SGB VIII

Az.: [[AZ|ASD-K 25/0912]]
Kind: [[P|Nikola Marić]], geb. [[DOB|17.04.2016]]
Wohnanschrift: [[A|Fichtelgebirgsstraße 52]], [[A|91289 Pegnitzgrund]] (bei den Eltern)
Krankenkasse: AOK Bayern, Vers.-Nr. [[KV|{KV_NIKOLA}]]
Sorgeberechtigte: [[P|Dragan Marić]] (Vater), [[P|Ivana Marić]], geb. [[P|Kovačević]] (Mutter)

Sachverhalt
Am 06.11.2025 um 10:40 Uhr meldete sich die Schulsozialarbeiterin der Grundschule am Schlossberg telefonisch beim ASD. [[P|Nikola]] war mit Hämatomen an beiden Oberarmen und einer Platzwunde über dem linken Auge zur Schule gekommen und hatte auf Nachfrage angegeben, sein Vater habe ihn am Vorabend „mit dem Gürtel" geschlagen. Er wolle nicht nach Hause.

Die Unterzeichnerin suchte gemeinsam mit einem Kollegen des ASD um 11:30 Uhr die Schule auf. Der Junge wiederholte seine Angaben gegenüber beiden Fachkräften. Er wurde zur Abklärung in die Kinderklinik Bayreuth gebracht; die diensthabende Ärztin, Frau Dr. [[P|Lindner]], dokumentierte mehrere Hämatome unterschiedlichen Alters, die Platzwunde wurde genäht, eine Fraktur röntgenologisch ausgeschlossen.

Die Mutter wurde um 13:15 Uhr unter [[T|0176 2291 4407]] erreicht und über die Inobhutnahme informiert. Sie widersprach nicht. Der Vater war nicht erreichbar; laut Mutter ist er mit dem Firmenwagen ([[KFZ|LAU-DM 482]]) auf Montage in Regensburg.

Er wurde um 16:00 Uhr in einer Bereitschaftspflegefamilie, [[A|Am Kellerberg 9]], [[A|91289 Pegnitzgrund-Trockau]], untergebracht. Die Anschrift der Pflegefamilie ist den Eltern nicht mitzuteilen.

Das Familiengericht wurde am 07.11.2025 nach § 42 Abs. 3 SGB VIII informiert. Kontakte zu den Eltern zunächst nur begleitet im Jugendamt.

gez. [[P|Sabine Dötsch]], Dipl.-Sozialpädagogin (FH)""")

# ---------------------------------------------------------------- F50-005 foster mother's update
doc("outlook", "bereitschaftspflege", ["HEALTH"], """Von: [[P|Renate Hümmer]] <[[E|renate.huemmer@t-online.de]]>
Gesendet: Montag, 10. November 2025 21:47
An: ASD Jugendamt
Betreff: [[P|Niko]] – kurzer Zwischenstand

Hallo Frau [[P|Dötsch]],

kurzer Stand von uns: [[P|Niko]] hat sich gut eingelebt, spielt viel mit unserem Hund und hilft beim Kochen (er will später Koch werden, sagt er ;-)).

Nachts ist es schwieriger, er wacht oft schreiend auf und hat zweimal eingenässt. Am Mittwoch waren wir bei Frau Dr. [[P|Gebhardt]] in der Kinderarztpraxis, die Wunde am Auge heilt gut, die Fäden kommen am Freitag raus. Sie hat eine Überweisung zur Kinder- und Jugendpsychiatrie geschrieben, Termin ist leider erst im Januar.

In die Schule fahre ich ihn morgens selbst, nicht mit dem Bus, weil Sie ja gesagt haben, der Vater könnte dort auftauchen. Bisher war nichts.

Seine Mama hat über Ihren Kollegen Herrn [[P|Karaca]] ausrichten lassen, dass sie ihm Kleidung und sein Kuscheltier bringen will. Können Sie das organisieren? Am besten nicht bei uns zu Hause.

Liebe Grüße
[[P|Renate Hümmer]]
Bereitschaftspflege
[[T|09241 88 17]]""")

# ---------------------------------------------------------------- F50-006 Hilfeplanprotokoll
doc("word", "hilfeplan", ["HEALTH", "POLITICS"], """Hilfeplanprotokoll gem. § 36 SGB VIII – Fortschreibung
Az.: [[AZ|HzE 24/0233]]
Hilfeart: Erziehungsbeistandschaft (§ 30 SGB VIII)
Gespräch am 04.11.2025, 14:00–15:30 Uhr, Jugendamt, Raum 1.08

Jugendlicher: [[P|Maxim Friesen]], geb. [[DOB|21.08.2009]]
Anschrift: [[A|Lohweg 23]], [[A|91289 Pegnitzgrund]]

Teilnehmende
Name | Funktion
[[P|Natalja Friesen]] | Mutter, allein sorgeberechtigt
[[P|Waldemar Penner]] | Lebensgefährte der Mutter
[[P|Maxim Friesen]] | Jugendlicher
[[P|Jonas Seuberth]] | Erziehungsbeistand, Jugendhilfe Frankenwald gGmbH
[[P|Sabine Dötsch]] | ASD, fallführend

1. Rückblick seit dem letzten Hilfeplan (06.05.2025)
[[P|Maxim]] besucht weiterhin die 9. Klasse der Mittelschule Pegnitzgrund. Die Fehlzeiten haben sich deutlich verringert (Schuljahr 2024/25: 61 Tage, seit September: 4 Tage). Seit der Diagnose einer ADHS im Frühjahr nimmt er Methylphenidat; er selbst sagt, er könne sich „im Unterricht endlich konzentrieren". Der Erziehungsbeistand trifft ihn wöchentlich; gemeinsam wurde eine Bewerbung für ein Praktikum in einem Kfz-Betrieb geschrieben.

Im Sommer hatte er sich einer Gruppe angeschlossen, die Flyer der Partei „Der III. Weg" verteilte, und entsprechende Inhalte in seinem Status geteilt. Nach mehreren Gesprächen hat er sich nach eigener Aussage von der Gruppe gelöst; er wolle „damit nichts mehr zu tun haben".

Die Mutter berichtet, dass es zu Hause weniger Streit gebe. Der Lebensgefährte hält sich aus Erziehungsfragen bewusst heraus, was der Jugendliche als Entlastung erlebt.

2. Ziele bis zur nächsten Fortschreibung
– Erfolgreicher Mittelschulabschluss im Sommer 2026.
– Praktikum im Februar 2026, danach Termin bei der Berufsberatung.
– Frau [[P|Friesen]] nimmt am Elternkurs „Starke Eltern – Starke Kinder" teil (Kurs-Nr. [[N|25H-3102]], Familienbildungsstätte).

3. Umfang: weiterhin 3 Fachleistungsstunden pro Woche à 68,40 EUR.

Nächster Hilfeplantermin: 12.03.2026, 14:00 Uhr.

Verteiler: Teilnehmende; Träger per E-Mail ([[E|j.seuberth@jh-frankenwald.de]])""")

# ---------------------------------------------------------------- F50-007 paediatrician's statement
doc("word", "kinderarzt", ["HEALTH", "GENETIC"], f"""Kinder- und Jugendarztpraxis
[[P|Dr. med. Hanna Zeitler]] · [[P|Dr. med. Emeka Nwosu]]
[[N|Bahnhofstraße 8]] · [[N|91289 Pegnitzgrund]] · Tel. [[N|09241 44 60]]

Ärztliche Stellungnahme zur Vorlage beim Amt für Jugend und Familie / Staatlichen Schulamt

Patient: [[P|Luca Esposito]], geb. [[DOB|09.12.2017]]
Anschrift: [[A|Wiesenweg 5b]], [[A|91289 Pegnitzgrund]]
Versichert bei: BKK ProVita, Versichertennr. [[KV|{KV_LUCA}]]

[[P|Luca]] ist seit 2018 in unserer Praxis in Behandlung. Im Sozialpädiatrischen Zentrum Bayreuth wurde im Juni 2025 eine Autismus-Spektrum-Störung (ICD-10 F84.0) diagnostiziert; eine humangenetische Untersuchung auf ein Fragiles-X-Syndrom war unauffällig. Zusätzlich besteht eine ausgeprägte Reizfilterschwäche.

Im Schulalltag kommt es nach Angaben der Eltern und der Klassenlehrerin zu Überforderungssituationen mit Weglaufen und selbstverletzendem Verhalten (Kopfschlagen), vor allem in Pausen und bei unvorhergesehenen Wechseln. Kognitiv ist [[P|Luca]] altersgerecht entwickelt.

Aus kinderärztlicher Sicht ist eine Schulbegleitung für den Besuch der 2. Klasse dringend zu empfehlen, um die Teilhabe am Unterricht zu sichern und Selbstgefährdung zu vermeiden. Eine Beschulung ohne Begleitung halte ich derzeit nicht für verantwortbar.

Pegnitzgrund, 18.09.2025

[[P|Dr. med. Hanna Zeitler]]
Fachärztin für Kinder- und Jugendmedizin""")

# ---------------------------------------------------------------- F50-008 mother's mail, forwarded chain
doc("outlook", "schulbegleitung", ["HEALTH"], """Von: [[P|Sarah Brandl]] <[[E|sarah.brandl82@web.de]]>
Gesendet: Dienstag, 23. September 2025 07:12
An: [[N|schulamt@pegnitzgrund.de]]
Betreff: WG: Schulbegleitung [[P|Luca Esposito]] 2b – Antrag

Guten Morgen,

anbei nochmal die Stellungnahme von Frau Dr. [[P|Zeitler]], die ich letzte Woche schon an die Schule geschickt hatte (siehe unten). Die Klassenlehrerin meinte, wir sollen den Antrag direkt bei Ihnen stellen bzw. beim Jugendamt?? Wir sind ehrlich gesagt etwas verwirrt, wer zuständig ist.

[[P|Luca]] hat wegen seinem Autismus seit den Sommerferien fast jeden Tag einen Zusammenbruch in der Pause, letzte Woche ist er zweimal vom Schulgelände weggelaufen. So kann es nicht weitergehen.

Viele Grüße
[[P|Sarah Brandl]] (Mutter)
Tel. [[T|0151 4419 2037]]

-----Ursprüngliche Nachricht-----
Von: [[P|Sarah Brandl]]
Gesendet: Donnerstag, 18. September 2025 19:30
An: '[[N|sekretariat@gs-schlossberg-pegnitzgrund.de]]'
Betreff: Schulbegleitung [[P|Luca Esposito]] 2b

Sehr geehrte Frau [[P|Pfeufer]],

wie besprochen die Bescheinigung der Kinderärztin im Anhang. Mein Mann und ich können jederzeit zu einem Gespräch kommen, am besten ab 16 Uhr.""")

# ---------------------------------------------------------------- F50-009 sole trader's invoice
doc("word", "rechnung", [], f"""[[P|Monika Kraußer]] · Schulbegleitung & Assistenz
[[A|Am Buchberg 14]] · [[A|91257 Pegnitz]]
Tel. [[T|09241 991 207]] · [[E|monika.krausser@posteo.de]]

An die
Stadt Pegnitzgrund
Amt für Jugend und Familie – Wirtschaftliche Jugendhilfe
[[N|Rathausplatz 2]]
[[N|91289 Pegnitzgrund]]

Rechnung Nr. 2025-0193
Rechnungsdatum: 03.11.2025
Ihr Aktenzeichen: [[AZ|EGH 35a-25/017]]
Leistungszeitraum: 01.10.2025 – 31.10.2025

Leistungsempfänger: [[P|Luca Esposito]], Grundschule am Schlossberg, Klasse 2b
Schulbegleiterin: [[P|Jelena Đorđević]]

Pos. | Leistung | Menge | Einzelpreis | Gesamt
1 | Schulbegleitung (Fachkraft) | 74,5 Std. | 38,90 EUR | 2.898,05 EUR
2 | Teilnahme Hilfeplangespräch am 21.10.2025 | 1,5 Std. | 38,90 EUR | 58,35 EUR
3 | Fahrtkosten | 112 km | 0,30 EUR | 33,60 EUR
Rechnungsbetrag | | | | 2.990,00 EUR

Die Leistung ist nach § 4 Nr. 16 UStG von der Umsatzsteuer befreit. Bitte überweisen Sie den Betrag innerhalb von 14 Tagen unter Angabe der Rechnungsnummer.

Bankverbindung: VR Bank Bayreuth-Hof · IBAN [[IBAN|{IBAN_KRAUSSER}]]
Steuernummer [[TNR|{TNR_KRAUSSER}]] · USt-IdNr. [[VAT|{VAT_KRAUSSER}]]""")

# ---------------------------------------------------------------- F50-010 class list (Word table)
doc("word", "klassenliste", ["RELIGION", "HEALTH"], """Grundschule am Schlossberg Pegnitzgrund
Klassenliste 3b, Schuljahr 2025/26 – Auszug: Kinder mit Hinweisen für die Mittagsbetreuung
Stand: 15.09.2025

Nr. | Name, Vorname | geb. | Religion/Ethik | Erziehungsberechtigte | Telefon | Bemerkung
1 | [[P|Ahmadi, Sahar]] | [[DOB|02.03.2017]] | Islam. Unterricht | [[P|Farid Ahmadi]] | [[T|0176 5529 8810]] | kein Schweinefleisch
6 | [[P|Đurić, Marko]] | [[DOB|14.05.2017]] | rk | [[P|Ana Đurić]] | [[T|0160 9018 3321]] | Erdnussallergie, Notfallset im Sekretariat
18 | [[P|Schreyer, Emil]] | [[DOB|05.04.2017]] | ev | [[P|Michael Schreyer]] | [[T|0171 645 1190]] | Diabetes Typ 1 (Insulinpumpe), Schulbegleitung

Nur für den internen Gebrauch. Nicht an Eltern weitergeben.""")

# ---------------------------------------------------------------- F50-011 school social worker
doc("outlook", "schulsozialarbeit", ["SEXUAL_ORIENTATION", "ETHNICITY"], """Von: [[P|Magdalena Rupprecht]] <[[E|m.rupprecht@kjr-pegnitzgrund.de]]>
Gesendet: Mittwoch, 12. November 2025 13:05
An: [[N|asd@pegnitzgrund.de]]
Betreff: Bitte um dringende Fallberatung (§ 8a) – Schülerin 9a

Liebe Kolleginnen und Kollegen vom ASD,

ich bitte um eine zeitnahe Beratung. Die Schülerin ist einverstanden, dass ich ihren Namen nenne:

Es geht um [[P|Rojin Aydın]] (15), Klasse 9a der Mittelschule. [[P|Rojin]] hat mir heute erzählt, dass sie seit einem halben Jahr mit einem Mädchen aus der Parallelklasse zusammen ist. Ihr älterer Bruder hat Chatnachrichten gefunden und es dem Vater erzählt. Der Vater ([[P|Cemal Aydın]]) hat ihr gestern das Handy weggenommen und gesagt, in den Weihnachtsferien fahre sie „zu den Verwandten nach Diyarbakır, bis sie wieder normal ist". Die Familie ist kurdisch und sehr eng mit der Verwandtschaft dort verbunden.

[[P|Rojin]] hat große Angst, nach Hause zu gehen, will aber auf keinen Fall, dass ihre Eltern erfahren, dass sie mit mir gesprochen hat. Sie bleibt bis 15 Uhr in der Ganztagsbetreuung.

Könnt ihr mich vorher zurückrufen? Ich bin mobil unter [[T|0170 3385 902]] erreichbar.

Viele Grüße
[[P|Magdalena Rupprecht]]
Schulsozialarbeit an der Mittelschule Pegnitzgrund
(Träger: Kreisjugendring)""")

# ---------------------------------------------------------------- F50-012 Kita fee reduction, self-employed father
doc("outlook", "kitagebuehren", [], f"""Betreff: kita beiträge [[P|sofia]] – ermäßigung / kundennr [[AZ|4011235]]

hallo,

meine frau hat gesagt ich soll ihnen die unterlagen schicken wegen ermäßigung für die kita gebühren von unsere tochter [[P|Sofia]] (geb [[DOB|07.05.2021]], kita regenbogen). ich bin seit märz selbständig mit trockenbau, darum habe ich keine lohnabrechnung sondern nur den steuerbescheid 2024, steuernummer [[TNR|{TNR_DIETRICH}]]. die einnahmen dieses jahr sind viel weniger, die EÜR macht der steuerberater erst im januar.

meine frau [[P|Lilia]] arbeitet 20 std im supermarkt, abrechnungen sind im anhang (3 stück).

die kundennummer ist die oben glaube ich, steht auf dem letzten bescheid. abbuchung bitte weiter von unserem konto, das ist gleich geblieben.

falls sie noch was brauchen bin ich am besten abends erreichbar [[T|0176-41182093]]

gruß
[[P|Eduard Dietrich]]
[[A|Pottensteiner Str. 4]]
[[A|91289 Pegnitzgrund]]

gesendet von meinem iphone""")

# ---------------------------------------------------------------- F50-013 Kita fee notice
doc("word", "kitagebuehren", [], """Stadt Pegnitzgrund · Amt für Bildung, Kita und Sport · Kita-Gebühren
[[N|Rathausplatz 2]] · [[N|91289 Pegnitzgrund]] · [[N|kita-gebuehren@pegnitzgrund.de]]

Frau [[P|Eleni Papadopoulou]]
Herrn [[P|Florian Bäuerlein]]
[[A|Bayreuther Straße 61]]
[[A|91289 Pegnitzgrund]]

Kassenzeichen: [[AZ|6.2025.310447]]
Pegnitzgrund, 30.10.2025

Festsetzung der Elternbeiträge – Kita Am Anger
Kind: [[P|Ilias Bäuerlein]], geb. [[DOB|14.02.2021]]

Sehr geehrte Frau [[P|Papadopoulou]], sehr geehrter Herr [[P|Bäuerlein]],

aufgrund der Änderung der Buchungszeit setzen wir für die Betreuung Ihres Sohnes nach der Gebührensatzung der Stadt Pegnitzgrund vom 12.07.2023 ab dem 01.11.2025 folgende Beiträge fest:

Buchungszeit über 7 bis 8 Stunden täglich | 186,00 EUR
Beitragszuschuss des Freistaats Bayern | – 100,00 EUR
Spielgeld | 5,00 EUR
Verpflegung (Mittagessen) | 62,00 EUR
monatlich zu zahlen | 153,00 EUR

Der Betrag wird aufgrund des erteilten SEPA-Lastschriftmandats zum 5. eines Monats von Ihrem Konto eingezogen. Bitte geben Sie bei Rückfragen immer das Kassenzeichen an.

Hinweis: Ab Januar 2026 wird das Mittagessen nicht mehr geliefert, sondern vom Koch der Kita frisch zubereitet; der Verpflegungsbeitrag bleibt unverändert. Der Erweiterungsbau der Kita (Bebauungsplan Nr. 47 „Am Anger") soll zum September 2026 bezogen werden.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid können Sie innerhalb eines Monats nach seiner Bekanntgabe Widerspruch bei der Stadt Pegnitzgrund einlegen oder unmittelbar Klage beim Bayerischen Verwaltungsgericht Bayreuth erheben.

Mit freundlichen Grüßen
Im Auftrag
[[P|Carina Hofmockel]]""")

# ---------------------------------------------------------------- F50-014 lawyer's mail forwarded internally
doc("outlook", "familienrecht", [], """Von: [[P|Wunderlich, Tobias]]
Gesendet: Freitag, 7. November 2025 08:02
An: [[P|Dötsch, Sabine]]
Betreff: WG: Umgangsverfahren AG Pegnitzgrund [[AZ|2 F 318/25]]

Hallo,

landet irrtümlich bei mir (UVG), ist aber dein Fall, oder? Die Anwältin will bis 20.11. eine Rückmeldung.

Gruß

-----Ursprüngliche Nachricht-----
Von: RAin [[P|Dr. Cornelia Wolfrum]] <[[E|wolfrum@kanzlei-wolfrum-beck.de]]>
Gesendet: Donnerstag, 6. November 2025 17:48
An: [[N|jugendamt@pegnitzgrund.de]]
Betreff: Umgangsverfahren AG Pegnitzgrund [[AZ|2 F 318/25]]

Sehr geehrte Damen und Herren,

in der oben genannten Familiensache vertreten wir den Antragsteller, Herrn [[P|Adrian Popescu]]. Vollmacht anbei.

Unser Mandant begehrt eine Umgangsregelung mit seiner Tochter [[P|Ana-Maria Popescu]], geb. [[DOB|25.02.2018]]. Seit dem Auszug der Kindesmutter zu ihrem neuen Partner, Herrn [[P|Stefan Lungu]], nach Bayreuth verweigert diese jeden Kontakt. Das Mädchen hat seinen Vater seit dem 14.08.2025 nicht mehr gesehen.

Das Gericht hat einen frühen Termin nach § 155 Abs. 2 FamFG auf den 27.11.2025 bestimmt. Wir bitten um Mitteilung, welche Fachkraft das Jugendamt im Verfahren vertreten wird, und regen an, vorab ein gemeinsames Elterngespräch anzubieten. Unser Mandant ist hierzu jederzeit bereit.

Mit freundlichen Grüßen

[[P|Dr. Cornelia Wolfrum]]
Rechtsanwältin | Fachanwältin für Familienrecht
[[N|Maximilianstraße 12]] · [[N|95444 Bayreuth]]
Tel. [[N|0921 150 88-0]] · Durchwahl [[T|0921 150 88-24]]
Unser Zeichen: [[AZ|214/25 WO]]""")

# ---------------------------------------------------------------- F50-015 family court summons
doc("word", "familiengericht", [], """Amtsgericht Pegnitzgrund
– Familiengericht –
[[N|Schloßplatz 4]], [[N|91289 Pegnitzgrund]]

Geschäftsnummer: [[AZ|3 F 1147/25]]
Pegnitzgrund, 03.11.2025

An das
Amt für Jugend und Familie der Stadt Pegnitzgrund
– Allgemeiner Sozialdienst –

In der Familiensache
betreffend die elterliche Sorge für
1. [[P|Rojda Doğan]], geboren am [[DOB|12.01.2014]],
2. [[P|Baran Doğan]], geboren am [[DOB|28.09.2017]],
beide wohnhaft bei der Mutter, [[A|Hans-Böckler-Straße 3]], [[A|91289 Pegnitzgrund]],

Beteiligte:
1. [[P|Berfin Xelil]], Kindesmutter, Anschrift wie oben,
2. [[P|Serhat Doğan]], Kindesvater, wohnhaft in Nürnberg,
3. Verfahrensbeistand: Frau [[P|Henrike von der Heydt]], Bayreuth,
4. Stadt Pegnitzgrund – Jugendamt –

wird Termin zur Erörterung gemäß § 155 FamFG bestimmt auf

Donnerstag, 04.12.2025, 09:30 Uhr, Sitzungssaal 1.12.

Das persönliche Erscheinen der Kindeseltern wird angeordnet. Die Kinder werden am selben Tag ab 08:30 Uhr im Richterzimmer angehört; beide Kinder sollen von der Verfahrensbeiständin begleitet werden. Für die Kindesmutter wird eine Dolmetscherin geladen.

Das Jugendamt wird gebeten, bis zum 25.11.2025 schriftlich zu berichten, insbesondere zum Ergebnis der Gespräche mit beiden Eltern und zu der Frage, ob und wie die Kinder derzeit Umgang mit dem Vater haben.

[[P|Dr. Helga Meisel]]
Richterin am Amtsgericht""")

# ---------------------------------------------------------------- F50-016 Syrian father, English-German
doc("outlook", "kita", ["RELIGION"], f"""Betreff: Kita Sonnenschein – food for my son / Gebühr

Hello Frau [[P|Hofmockel]],

sorry my german is not so good yet, I write in english and a little german.

My son [[P|Karim Al-Hassan]] (born [[DOB|19.03.2022]]) starts in Kita Sonnenschein on 1st December. We are Muslim and he does not eat pork. Please can the Kita make sure he gets food without Schweinefleisch and no Gelatine? The Leiterin said we should ask the Stadt about this.

Second question: the Gebührenbescheid says Lastschrift, but my bank account is not ready yet (Sparkasse needs more documents). Can I pay the first months with my credit card? Number is [[CC|{CC_ALHASSAN_F}]], valid 08/27. If this is not possible I will transfer when the account is open.

Thank you very much!
[[P|Omar Al-Hassan]]
[[A|Ludwig-Thoma-Straße 9]], [[A|91289 Pegnitzgrund]]
mobile [[T|+49 1523 7741 086]]""")

# ---------------------------------------------------------------- F50-017 Vaterschaft, DNA report
doc("word", "vaterschaft", ["GENETIC"], f"""Amt für Jugend und Familie – Beistandschaften / Beurkundungen
Vermerk

Az.: [[AZ|51.3-BS 0288/24]]
Betreff: Feststellung der Vaterschaft für [[P|Chiamaka Eze]], geb. [[DOB|02.12.2023]]

1. Die Kindesmutter, Frau [[P|Blessing Eze]], [[A|Am Galgenberg 11]], [[A|91289 Pegnitzgrund]], hat am 15.01.2024 eine Beistandschaft zur Feststellung der Vaterschaft beantragt. Als Vater benannt ist Herr [[P|Marco Rinaldi]], [[A|Via Giuseppe Garibaldi 41]], [[A|37121 Verona]] (Italien).

2. Herr [[P|Rinaldi]] hatte die Vaterschaft zunächst bestritten. Auf Anregung der Beiständin erklärten sich beide Beteiligten mit einem außergerichtlichen Abstammungsgutachten einverstanden. Die Mundschleimhautabstriche wurden am 22.09.2025 entnommen (Mutter und Kind im Gesundheitsamt, der benannte Vater bei einem Labor in Verona).

3. Das Gutachten vom 20.10.2025 liegt vor: Nach Untersuchung von 24 STR-Systemen ist seine Vaterschaft „praktisch erwiesen" (Vaterschaftswahrscheinlichkeit 99,9999 %); Ausschlusskonstellationen fanden sich nicht.

4. Am 06.11.2025 erschien er persönlich und erkannte die Vaterschaft an (Urkunde UR-Nr. 412/2025). Er wies sich durch seine italienische Identitätskarte Nr. [[IDC|{IDC_RINALDI}]] aus, Frau [[P|Eze]] durch ihren nigerianischen Reisepass Nr. [[PASS|{PASS_EZE}]]. Die Zustimmung der Mutter wurde in derselben Urkunde erklärt. Ein allgemein beeidigter Dolmetscher für die italienische Sprache wirkte mit.

5. Der Vater verpflichtete sich zugleich, Unterhalt in Höhe von 100 % des Mindestunterhalts abzüglich des hälftigen Kindergeldes zu zahlen (derzeit 354,50 EUR monatlich, ab 01.12.2025).

6. Wv. 01.02.2026 (Zahlungseingang prüfen).

gez. [[P|Lodes]]""")

# ---------------------------------------------------------------- F50-018 three-line mail
doc("outlook", "termin", [], """Betreff: Re: Termin Donnerstag

hallo frau [[P|dötsch]], donnerstag 10 uhr passt. ich bringe [[P|Amira]] mit, [[P|Yazan]] ist in der kita.
lg [[P|Rasha]]

Von meinem Samsung Galaxy Smartphone gesendet""")

# ---------------------------------------------------------------- F50-019 Pflegegeld notice (NL IBAN)
doc("word", "pflegegeld", [], f"""{HEAD}
Pflegekinderdienst / Wirtschaftliche Jugendhilfe

Herrn [[P|Kees van Dijk]]
Frau [[P|Birgit Vogel]]
[[A|Zur Ziegelhütte 4-6]]
[[A|91289 Pegnitzgrund-Buchau]]

Az.: [[AZ|PKD 23/0071]]
Ansprechpartnerin: Pflegekinderdienst, Tel. [[T|09241 7305-455]], [[E|lena.schmidtlein@pegnitzgrund.de]]
Pegnitzgrund, 17.10.2025

Vollzeitpflege für [[P|Dominik Lungu]], geb. [[DOB|04.07.2013]] – Neufestsetzung des Pflegegeldes ab 01.01.2026

Sehr geehrter Herr [[P|van Dijk]], sehr geehrte Frau [[P|Vogel]],

aufgrund der fortgeschriebenen Empfehlungen zur Höhe der Pauschalbeträge in der Vollzeitpflege wird das Pflegegeld ab dem 01.01.2026 wie folgt festgesetzt:

Materielle Aufwendungen (12 bis 17 Jahre) | 802,00 EUR
Kosten der Pflege und Erziehung | 290,00 EUR
Erstattung Alterssicherung (hälftig) | 52,50 EUR
Unfallversicherung (anteilig) | 13,00 EUR
Gesamt monatlich | 1.157,50 EUR

Die Zahlung erfolgt wie bisher auf das Konto bei der Rabobank, IBAN [[IBAN|{IBAN_VANDIJK}]].

Einmalige Beihilfen, etwa für das Skilager der Schule im Winter oder für Klassenfahrten, können gesondert beantragt werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Lena Schmidtlein]]""")

# ---------------------------------------------------------------- F50-020 Romanian mother via a neighbour
doc("outlook", "uvg", [], f"""Von: [[P|Ioana Stanciu]] <[[E|ioana.stanciu@yahoo.com]]>
Betreff: Antrag Kita und Unterhaltsvorschuss für meine Nachbarin

Sehr geehrte Damen und Herren,

ich schreibe für meine Nachbarin, Frau [[P|Mihaela Dumitrescu]], sie spricht noch wenig Deutsch. Sie ist seit August mit ihrem Sohn [[P|Darius]] (geb. [[DOB|16.02.2021]]) in Pegnitzgrund gemeldet, Adresse [[A|Gartenstr. 15]], [[N|2. OG]], [[A|91289 Pegnitzgrund]].

Sie braucht:
1. einen Kita-Platz für ihren Sohn, weil sie ab Januar im Schlachthof arbeiten kann (Schicht ab 6 Uhr),
2. Unterhaltsvorschuss, weil der Vater, [[P|Cristian Barbu]], in Rumänien lebt und nichts bezahlt. Seine Adresse: [[A|Str. Mihai Eminescu nr. 14]], [[A|550173 Sibiu]].

Sie hat nur den rumänischen Personalausweis (Carte de identitate [[IDC|{IDC_DUMITRESCU}]]), ihr Sohn hat einen rumänischen Reisepass, Nr. [[PASS|{PASS_DARIUS}]]. Das biometrische Passfoto für die Kita-Karte haben wir schon machen lassen. Die Geburtsurkunde ist auf Rumänisch – muss die übersetzt werden?

Sie können mich anrufen, ich übersetze: [[T|0160 774 5512]].

Mulțumesc / Vielen Dank
[[P|Ioana Stanciu]]""")

# ---------------------------------------------------------------- F50-021 sole trader's short mail (sick leave)
doc("outlook", "schulbegleitung", ["HEALTH"], """Betreff: Ausfall Schulbegleitung 2b ab morgen

Hallo Herr [[P|Wunderlich]],

kurze Info: Frau [[P|Đorđević]] ist bis einschließlich Freitag krankgeschrieben (Bandscheibenvorfall), ab Mittwoch übernimmt Frau [[P|Amon]] die Begleitung in der 2b. Die Eltern sind informiert.
Die Zahlen für die Ausschussvorlage (Drucksache JHA/2025/041) schicke ich Ihnen bis Montag, wie gewünscht anonymisiert.

VG [[P|M. Kraußer]]
Schulbegleitung & Assistenz
[[T|0171 2094 558]]""")

# ---------------------------------------------------------------- F50-022 Nigerian father in English (AT IBAN)
doc("outlook", "beistandschaft", ["UNION"], f"""From: [[P|Chukwuemeka Okafor]] <[[E|emeka.okafor@gmail.com]]>
Sent: Sunday, 16 November 2025 22:31
To: [[P|Lodes, Irmgard]] <[[E|irmgard.lodes@pegnitzgrund.de]]>
Subject: Re: Ihr Zeichen [[AZ|51.3-BS 0417/25]]

Dear Mrs [[P|Lodes]],

thank you for your letter. I want to pay for my daughter, this is not the problem. But the amount is too high for me at the moment.

Since September I work for a metal company in Nürnberg and I am member of the IG Metall. In October we had Warnstreik for two weeks and I got only Streikgeld from the union, so my salary for October is lower. I attach the payslips July to October.

I also pay 150 EUR every month for my son who lives with his mother in Lagos. I send it from my old Austrian account (I worked in Vienna until 2023): [[IBAN|{IBAN_OKAFOR_AT}]]. Please consider this.

You can call me after 17:00, [[T|0176 8814 2279]].

Best regards / Mit freundlichen Grüßen
[[P|Emeka Okafor]]

Am 14.10.2025 um 10:12 schrieb [[P|Lodes, Irmgard]]:
> Sehr geehrter Herr [[P|Okafor]],
> die Kindesmutter hat mit Wirkung vom 01.09.2025 eine Beistandschaft nach § 1712 BGB beantragt. […]""")

# ---------------------------------------------------------------- F50-023 UMA note (biometrics, politics)
doc("word", "uma", ["BIOMETRIC", "POLITICS"], f"""Amt für Jugend und Familie – Fachdienst unbegleitete minderjährige Ausländer
Aktenvermerk – Erstgespräch nach vorläufiger Inobhutnahme (§ 42a SGB VIII)
Az.: [[AZ|UMA 25/044]]

Am 29.10.2025 um 19:20 Uhr wurde [[P|Yousef Al-Sayed]] durch die Bundespolizei dem Bereitschaftsdienst übergeben. Er war im Regionalzug aus Richtung Cheb ohne Begleitung angetroffen worden. Bei der Bundespolizei wurden seine Fingerabdrücke abgenommen und ein Lichtbild gefertigt; der EURODAC-Abgleich ergab keinen Treffer.

Erstgespräch am 30.10.2025 mit Dolmetscher (Arabisch):
– Name: [[P|Yousef Al-Sayed]], geb. [[DOB|14.03.2009]] laut syrischem Reisepass Nr. [[PASS|{PASS_YOUSEF}]] (Foto auf dem Handy, Original nach seinen Angaben in der Türkei abgenommen).
– Herkunft: Deir ez-Zor, Syrien. Der Vater sei 2019 als Mitglied einer oppositionellen Partei verhaftet worden, seitdem gebe es kein Lebenszeichen. Mutter und zwei Geschwister leben in Gaziantep.
– Verwandte in Deutschland: Onkel [[P|Mahmoud Al-Sayed]], [[A|Altenessener Straße 301]], [[A|45326 Essen]]. Er wurde telefonisch erreicht, legte am 31.10.2025 per Videotelefonat seinen Personalausweis (Nr. [[IDC|{IDC_UNCLE}]]) vor und möchte [[P|Yousef]] aufnehmen; Prüfung über das Jugendamt Essen angefragt.

Die qualifizierte Inaugenscheinnahme durch zwei Fachkräfte des ASD ergab keine Zweifel an der Minderjährigkeit.

Unterbringung: Clearinggruppe Haus Lindenhof, [[N|Lindenhofweg 2]], [[N|91289 Pegnitzgrund]].

Dolmetscherkosten: Herr [[P|Karwan Ali]] rechnet freiberuflich ab (USt-IdNr. [[VAT|{VAT_ALI}]]); Rechnung an die Wirtschaftliche Jugendhilfe.

gez. [[P|Ömer Karaca]]""")

# ---------------------------------------------------------------- F50-024 foster mother, quoted chain (PL IBAN)
doc("outlook", "pflegefamilie", ["SEXUAL_ORIENTATION"], f"""Betreff: AW: Umgangskontakt 20.11. / Kindergeld

Hallo Frau [[P|Schmidtlein]],

das passt uns am 20.11., ich bringe sie um 15 Uhr ins Familienzentrum, meine Frau [[P|Katja]] holt sie ab.

Noch was: letzten Freitag stand nach Schulschluss ein blauer Opel mit dem Kennzeichen [[KFZ|BT-JW 715]] vor der Schule, ich bin mir ziemlich sicher, dass das Frau [[P|Wiesner]] war. [[P|Leonie]] hat sie auch gesehen und war den ganzen Abend durcheinander. Ist das außerhalb der vereinbarten Termine nicht eigentlich verboten?

Und zum Kindergeld: die Familienkasse will jetzt doch unsere Kontoverbindung und nicht mehr die vom Jugendamt. Mein Girokonto ist noch in Polen (mBank), geht das? [[IBAN|{IBAN_BRANDNER_PL}]]

Viele Grüße
[[P|Agnieszka Brandner]]
[[T|0151 2290 7713]]

Am Di., 4. Nov. 2025 um 09:14 schrieb [[P|Schmidtlein, Lena]] <[[E|lena.schmidtlein@pegnitzgrund.de]]>:
> Sehr geehrte Frau [[P|Brandner]],
> der nächste begleitete Umgangskontakt ist für den 20.11.2025, 15:00–16:30 Uhr im Familienzentrum
> in der Bahnhofstraße geplant. Bitte kommen Sie etwas früher.
> Mit freundlichen Grüßen
> [[P|Lena Schmidtlein]]
> Pflegekinderdienst""")

# ---------------------------------------------------------------- F50-025 Kita admission form
doc("word", "kitaanmeldung", ["HEALTH"], f"""Kita Am Anger – Aufnahmebogen (Anlage 1 zum Betreuungsvertrag)

Angaben zum Kind
Name, Vorname: [[P|Kovačić, Mia]]
Geburtsdatum: [[DOB|19.08.2022]]          Geburtsort: Zagreb
Anschrift: [[A|Nürnberger Straße 77 a]], [[A|91289 Pegnitzgrund]]
Krankenkasse: AOK Bayern          Versichertennummer: [[KV|{KV_MIA}]]
Allergien/Unverträglichkeiten: Laktoseintoleranz (laktosefreie Milch mitgeben)
Medikamente: keine

Sorgeberechtigte
1 | [[P|Petra Kovačić]] | Tel. [[T|0173 5520 964]] | E-Mail [[E|petra.kovacic@gmx.de]] | Arbeitgeber: Klinikum Bayreuth
2 | [[P|Ivan Kovačić]] | Tel. [[T|0160 3318 207]] | E-Mail – | Arbeitgeber: Spedition, Schichtdienst

Abholberechtigte Personen (außer den Sorgeberechtigten)
– [[P|Ljubica Kovačić]] (Großmutter, gleiche Anschrift)

Buchungszeit: 7–8 Std. täglich          Beginn: 01.12.2025          Gruppe: Vogelnest
Eingewöhnung: Das Kind wird in den ersten zwei Wochen von der Großmutter begleitet.

Pegnitzgrund, 02.10.2025
Aufgenommen: [[P|B. Schwemmer]], Kita-Leitung""")

# ---------------------------------------------------------------- F50-026 Vietnamese mother (Mastercard, biometrics)
doc("outlook", "schule", ["BIOMETRIC"], f"""Betreff: Schülerfahrkarte und Essensgeld – [[P|Khoa Nguyen]] 5c

Sehr geehrte Damen und Herren,

mein Sohn [[P|Khoa Nguyen]] (Klasse 5c, Gymnasium) hat seit September keine Schülerfahrkarte bekommen. Wir wohnen [[A|Am Hirtenacker 12]], [[A|91289 Pegnitzgrund-Bronn]], das sind mehr als 3 km bis zur Schule. Der Bus Linie 389 fährt um 6:52. Bis jetzt bezahle ich jeden Tag das Ticket, das ist teuer.

Und noch etwas: für das Mittagessen in der Mensa habe ich im Oktober online mit meiner Kreditkarte bezahlt ([[CC|{CC_TRAN_F}]]), aber es wurde zweimal abgebucht, 2 x 58,50 EUR. Buchungsnummer MN-2025-10-88412. Bitte zurück überweisen.

Außerdem hat die Mensa den Fingerabdruck von [[P|Khoa]] eingescannt, damit er an der Kasse bezahlen kann. Wir haben dafür nichts unterschrieben. Bitte löschen Sie den Fingerabdruck, er kann auch mit Karte bezahlen.

Mit freundlichen Grüßen
[[P|Tran Thi Hoa]]
(Mutter)
[[T|0152 5518 3306]]
[[E|hoa.tran.pg@gmail.com]]""")

# ---------------------------------------------------------------- F50-027 Helferkonferenz (ethnicity)
doc("word", "helferkonferenz", ["ETHNICITY"], """Protokoll Helferkonferenz – Familie [[P|Căldăraru]]
Datum: 21.10.2025, 10:00–11:15 Uhr, Familienzentrum
Az.: [[AZ|ASD-K 24/0655]]

Teilnehmende: [[P|Sabine Dötsch]] (ASD), [[P|Elke Bäcker]] (Sozialpädagogische Familienhilfe, Caritas), Leitung Kita Sonnenschein, [[P|Thomas Winter]] (Schulsozialarbeit Grundschule am Schlossberg)

Familie: [[P|Marin Căldăraru]] (Vater), [[P|Loredana Căldăraru]] (Mutter), drei Kinder (9, 6 und 3 Jahre), wohnhaft [[A|Bahnhofstraße 40]], [[A|91289 Pegnitzgrund]]

1. Situation
Die Familie ist im Februar aus Craiova zugezogen. Frau [[P|Bäcker]] berichtet, die Wohnung sei für fünf Personen zu klein und im Kinderzimmer schimmelig; der Vermieter, Herr [[P|Koch]], reagiere nicht auf Mängelanzeigen. Die Familie gehört der Minderheit der Roma an; nach ihren Angaben werden die Kinder in der Nachbarschaft deswegen beschimpft, der Älteste sei auf dem Schulweg geschubst und geschlagen worden.

2. Kita und Schule
Die Tochter kommt ab Januar in die Vorschulgruppe der Kita Sonnenschein, für den Jüngsten ist ein Krippenplatz ab März reserviert. Aus der Schule wird berichtet, der Älteste, [[P|Ionuț]], fehle häufig montags, weil er die Mutter als Übersetzer zu Behördenterminen begleite.

3. Vereinbarungen
– Frau [[P|Bäcker]] unterstützt bei der Wohnungssuche und schreibt den Vermieter gemeinsam mit der Familie an.
– Die Mutter meldet sich zum Integrationskurs an (Kurs-Nr. IK 25-14, Beginn 12.01.2026); Termine beim Jugendamt werden künftig mit Sprachmittlung vereinbart, nicht mehr über den Sohn.
– Herr [[P|Winter]] spricht mit der Klassenleitung über den Schulweg; der Junge geht künftig mit zwei Mitschülern gemeinsam.

Nächste Helferkonferenz: 16.12.2025, 10:00 Uhr.""")

# ---------------------------------------------------------------- F50-028 Kita leader, short mail
doc("outlook", "kitagebuehren", [], """Von: Kita Sonnenschein <[[N|kita.sonnenschein@pegnitzgrund.de]]>
An: [[N|kita-gebuehren@pegnitzgrund.de]]
Betreff: Abmeldung zum 31.12.2025

Hallo Frau [[P|Hofmockel]],

[[P|Yusuf Demir]] (geb. [[DOB|03.03.2020]]) wird zum 31.12. abgemeldet, die Familie zieht nach [[A|Jean-Paul-Straße 22]], [[A|95444 Bayreuth]]. Die unterschriebene Kündigung der Mutter schicke ich mit der Hauspost.

Noch eine Frage: die Rechnung Nr. RE-2025-1187 vom Bäcker für das Laternenfest (84,60 EUR) – geht die an Sie oder an die Kämmerei?

Viele Grüße
[[P|Gül Şahin]]
Leitung Kita Sonnenschein
[[N|09241 7305-720]]""")

# ---------------------------------------------------------------- F50-029 childminder (SSN, tax ID)
doc("outlook", "kindertagespflege", [], f"""Betreff: Erstattung Rentenversicherung 2. Halbjahr – Kindertagespflege [[P|Nowicka]]

Sehr geehrte Frau [[P|Amschler]],

anbei wie besprochen die Nachweise für die Erstattung der Beiträge zur Rentenversicherung für Juli bis Dezember 2025. Meine Rentenversicherungsnummer ist [[SSN|{SSN_NOWICKA_F}]], die Beitragsbescheinigung der DRV liegt bei.

Für die Meldung ans Finanzamt wollten Sie noch meine Steuer-ID: [[TID|{TID_NOWICKA_F}]].

Die Erstattung bitte wie immer auf mein Konto [[IBAN|{IBAN_NOWICKA}]].

Derzeit betreue ich vier Kinder, ab Januar kommt noch die kleine [[P|Hanna Šimić]] dazu, den Vertrag schicke ich nächste Woche.

Viele Grüße
[[P|Aleksandra Nowicka]]
Kindertagespflege „Kleine Strolche"
[[A|Schwalbenweg 3]]
[[A|91289 Pegnitzgrund]]
[[T|09241 800 613]] / [[T|0172 661 0943]]""")

# ---------------------------------------------------------------- F50-030 childminder refund notice
doc("word", "kindertagespflege", [], f"""{HEAD} · Kindertagespflege
{RATHAUS}

Frau
[[P|Svetlana Reimer]]
[[A|Lindenhardter Weg 9]]
[[A|91289 Pegnitzgrund]]

Az.: [[AZ|KTP 2025/0019]]
Pegnitzgrund, 12.11.2025

Erstattung von Aufwendungen zur Alterssicherung nach § 23 Abs. 2 Nr. 3 SGB VIII

Sehr geehrte Frau [[P|Reimer]],

auf Ihren Antrag vom 03.11.2025 erstatten wir Ihnen die Hälfte der nachgewiesenen Beiträge zur gesetzlichen Rentenversicherung (Versicherungsnummer [[SSN|{SSN_REIMER}]]) für den Zeitraum Juli bis September 2025:

nachgewiesene Beiträge | 3 x 196,28 EUR | 588,84 EUR
davon erstattungsfähig (50 %) | | 294,42 EUR

Der Betrag wird in den nächsten Tagen auf Ihr Konto IBAN [[IBAN|{IBAN_REIMER}]] (Kontoinhaberin: [[P|Svetlana Reimer]]) überwiesen. Für das vierte Quartal reichen Sie die Nachweise bitte bis zum 31.01.2026 ein.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach seiner Bekanntgabe Klage beim Bayerischen Verwaltungsgericht Bayreuth erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Ute Amschler]]
Fachberatung Kindertagespflege
Tel. [[T|09241 7305-462]]""")


def main():
    assert len(DOCS) == 30, len(DOCS)
    out = []
    for i, (channel, template, text, flags) in enumerate(DOCS, 1):
        out.append(build(f"F50-{i:03d}", channel, template, text, flags))
    path = os.path.join(HERE, "fresh50.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    n = sum(len(d["entities"]) for d in out)
    print(f"{path}: {len(out)} documents, {n} entities")


if __name__ == "__main__":
    main()
