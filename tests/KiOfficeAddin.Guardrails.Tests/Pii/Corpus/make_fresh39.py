#!/usr/bin/env python3
"""Batch 39: a held-out set for the German PII detector, written blind (no detector code read).

Setting: the invented Bezirksamt Spreewiesen von Berlin (Bürgeramt, Elterngeldstelle, Jugendamt, Wohnungsamt,
Standesamt). Writes fresh39.jsonl (30 documents, ids F39-001 … F39-030) next to this script.
"""
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, "/work/main/tests/KiOfficeAddin.Guardrails.Tests/Pii/Corpus")
from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban, mod11_10_check, luhn_check  # noqa: E402

SEED = 3939
ids = Identifiers(SEED)
rng = random.Random(SEED)


# ---------------------------------------------------------------- independent re-checks of every identifier
def iban_ok(iban):
    s = iban.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def luhn_ok(number):
    s = number.replace(" ", "").replace("-", "")
    return luhn_check(s[:-1]) == int(s[-1])


def tax_id_ok(value):
    s = value.replace(" ", "")
    if len(s) != 11 or s[0] == "0":
        return False
    counts = [s[:10].count(d) for d in "0123456789"]
    if max(counts) > 3 or sum(1 for c in counts if c >= 2) != 1:
        return False
    return mod11_10_check(s[:10]) == int(s[10])


def vat_ok(value):
    return value.startswith("DE") and len(value) == 11 and mod11_10_check(value[2:10]) == int(value[10])


def ssn_ok(value):
    s = value.replace(" ", "")
    head, letter, serial, check = s[:8], s[8], s[9:11], int(s[11])
    code = ord(letter) - ord("A") + 1
    values = [int(c) for c in head] + [code // 10, code % 10] + [int(c) for c in serial]
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum((v * w) // 10 + (v * w) % 10 for v, w in zip(values, weights)) % 10 == check


def kvnr_ok(value):
    code = ord(value[0]) - ord("A") + 1
    values = [code // 10, code % 10] + [int(c) for c in value[1:9]]
    total = sum(((v * (1 if i % 2 == 0 else 2)) // 10 + (v * (1 if i % 2 == 0 else 2)) % 10)
                for i, v in enumerate(values))
    return total % 10 == int(value[9])


def nl_elfproef_ok(account10):
    return sum(int(d) * (10 - i) for i, d in enumerate(account10)) % 11 == 0


def pl_branch_ok(branch8):
    weights = (3, 9, 7, 1, 3, 9, 7)
    return (10 - sum(int(d) * w for d, w in zip(branch8[:7], weights)) % 10) % 10 == int(branch8[7])


def iban_nl(bank):
    while True:
        acc = ids.digits(10)
        if acc[0] != "0" and nl_elfproef_ok(acc):
            return mod97_iban("NL", bank + acc)


def iban_pl(bank7):
    weights = (3, 9, 7, 1, 3, 9, 7)
    check = (10 - sum(int(d) * w for d, w in zip(bank7, weights)) % 10) % 10
    return mod97_iban("PL", bank7 + str(check) + ids.digits(16))


def spaced(iban):
    return group(iban, 4)


# ---------------------------------------------------------------- identifiers used below
CITY_IBAN = spaced(mod97_iban("DE", "10050000" + ids.digits(10)))          # Landeshauptkasse Berlin (neutral)
IBAN_WISNIEWSKA = spaced(mod97_iban("DE", "10050000" + ids.digits(10)))
IBAN_KOWALSKI = ids.iban_de()
IBAN_NOWICKA = spaced(iban_pl("1020102"))
IBAN_PETROVIC = spaced(mod97_iban("AT", "20111" + ids.digits(11)))
IBAN_ESPOSITO = spaced(iban_nl("RABO"))

TAXID_PEMBERTON = ids.tax_id()
TAXID_KOWALSKI = ids.tax_id()
TAXID_KOWALSKI_FMT = f"{TAXID_KOWALSKI[:2]} {TAXID_KOWALSKI[2:5]} {TAXID_KOWALSKI[5:8]} {TAXID_KOWALSKI[8:]}"
VAT_PEMBERTON = ids.vat_id()
VAT_BRANDT = ids.vat_id()
TNR_PEMBERTON = f"29/{ids.digits(3)}/{ids.digits(5)}"                        # Berlin layout FF/BBB/UUUUP
TNR_MENON = "11" + "35" + "0" + ids.digits(3) + ids.digits(5)               # Berlin, 13-digit federal form
SSN_KOWALSKI = ids.social_security("210987", "K")
SSN_KOWALSKI_FMT = f"{SSN_KOWALSKI[:2]} {SSN_KOWALSKI[2:8]} {SSN_KOWALSKI[8]} {SSN_KOWALSKI[9:]}"
SSN_MENON = ids.social_security("140388", "M")
KV_KAYA = ids.health_insurance()
KV_KOWALSKI = ids.health_insurance()
KV_HERGERT = ids.health_insurance()
CC_WHITFIELD = ids.credit_card("37", 15)
CC_WHITFIELD_FMT = f"{CC_WHITFIELD[:4]} {CC_WHITFIELD[4:10]} {CC_WHITFIELD[10:]}"
CC_HERGERT = ids.credit_card("4", 16)
CC_HERGERT_FMT = group(CC_HERGERT, 4, "-")
IDC_KOWALCZYK = ids.id_card()
IDC_HOFFMANN = ids.id_card(check_digit=True)
IDC_PAPADAKIS = ids.id_card()
IDC_HERGERT = ids.id_card(check_digit=True)
PASS_PAPADAKIS = ids.passport(check_digit=True)
PASS_OZTURK = "U" + ids.digits(8)                                          # Turkish passport, no German check
PASS_OCONNELL = "PK" + ids.digits(7)                                       # Irish passport
PASS_OBRIEN = "PX" + ids.digits(7)
CIE_FERRARO = "CA" + ids.digits(5) + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVZ") for _ in range(2))  # Italian CIE
TAZKIRA_SULTANI = f"1401-0{ids.digits(3)}-{ids.digits(5)}"                  # Afghan e-Tazkira

for value in (CITY_IBAN, IBAN_WISNIEWSKA, IBAN_KOWALSKI, IBAN_NOWICKA, IBAN_PETROVIC, IBAN_ESPOSITO):
    assert iban_ok(value), value
assert nl_elfproef_ok(IBAN_ESPOSITO.replace(" ", "")[8:])
assert pl_branch_ok(IBAN_NOWICKA.replace(" ", "")[4:12])
for value in (TAXID_PEMBERTON, TAXID_KOWALSKI_FMT):
    assert tax_id_ok(value), value
for value in (VAT_PEMBERTON, VAT_BRANDT):
    assert vat_ok(value), value
for value in (SSN_KOWALSKI_FMT, SSN_MENON):
    assert ssn_ok(value), value
for value in (KV_KAYA, KV_KOWALSKI, KV_HERGERT):
    assert kvnr_ok(value), value
for value in (CC_WHITFIELD_FMT, CC_HERGERT_FMT):
    assert luhn_ok(value), value
assert len(CC_WHITFIELD) == 15 and len(CC_HERGERT) == 16

# Authority: functional mailboxes, addresses, switchboard (all neutral).
RATHAUS = "[[N|Spreewiesenplatz 1]] · [[N|10997 Berlin]]"
WIESENUFER = "[[N|Wiesenufer 30-32]] · [[N|12435 Berlin]]"
SWITCHBOARD = "[[N|(030) 90297-0]]"

DOCS = []


def doc(channel, template, flags, text):
    DOCS.append((channel, template, flags, text.strip("\n")))


# ---------------------------------------------------------------- F39-001 Vietnamese mother, phone mail
doc("outlook", "elterngeld", [], """
Betreff: elterngeld antrag frage

hallo

ich habe elterngeld antrag abgegeben am 2. juni aber noch keine antwort bekommen. mein name ist [[P|nguyen thi thu hang]], mein sohn [[P|Tran Minh Khoa]] ist geboren am [[DOB|14.03.2025]] im vivantes klinikum. ihre kollegin hat am telefon gesagt das aktenzeichen ist [[AZ|EG 412-3381/25]] ist das richtig??
mein mann arbeitet beim bäcker und nimmt keine elternzeit, nur ich.

wir wohnen jetzt [[A|Sonnenallee 214]], [[A|12059 Berlin]] (vorher in der Boddinstraße) bitte alle post an neue adresse schicken

bitte rufen sie mich an [[T|0176 2384 9921]] oder mein mann [[T|0157 3342 1809]], er spricht besser deutsch

danke
[[P|hang]]

Von meinem iPhone gesendet
""")

# ---------------------------------------------------------------- F39-002 Elterngeld Bescheid, Polish family
doc("word", "elterngeld", [], f"""
Bezirksamt Spreewiesen von Berlin
Abteilung Jugend, Familie und Bürgerdienste – Elterngeldstelle
Bezirksamt Spreewiesen · {WIESENUFER}

Frau
[[P|Małgorzata Wiśniewska]]
[[A|Harzer Straße 71]]
[[N|Seitenflügel, 3. OG]]
[[A|12059 Berlin]]

Aktenzeichen: [[AZ|EG 412-2968/25]]
Zimmer: 3.14
Telefon: [[T|(030) 90297-4418]]
Datum: 18.07.2025

Bescheid über Elterngeld
für Ihr Kind [[P|Zofia Kaczmarek]], geboren am [[DOB|29.04.2025]]

Sehr geehrte Frau [[P|Wiśniewska]],

auf Ihren Antrag vom 23.05.2025 wird Ihnen nach §§ 1, 2 und 4 des Bundeselterngeld- und Elterngeldzeitgesetzes (BEEG) Basiselterngeld für den 1. bis 12. Lebensmonat Ihres Kindes bewilligt.

Lebensmonat\tZeitraum\tmonatlicher Betrag
1.–2.\t29.04.2025 – 28.06.2025\t0,00 EUR (Anrechnung Mutterschaftsgeld, § 3 BEEG)
3.–12.\t29.06.2025 – 28.04.2026\t1.284,16 EUR

Berechnungsgrundlage ist Ihr durchschnittliches Nettoeinkommen im Bemessungszeitraum 04/2024 bis 03/2025 in Höhe von 1.975,63 EUR; die Ersatzrate beträgt 65 Prozent.

Der Vater, Herr [[P|Tomasz Kaczmarek]], hat die Partnermonate 13 und 14 beantragt. Darüber entscheiden wir mit gesondertem Bescheid.

Das Elterngeld wird monatlich im Voraus auf Ihr Konto [[IBAN|{IBAN_WISNIEWSKA}]] überwiesen. Überzahlte Beträge sind an die Landeshauptkasse Berlin, IBAN [[N|{CITY_IBAN}]], zu erstatten.

Begründung
Sie erfüllen die Anspruchsvoraussetzungen nach § 1 Abs. 1 BEEG: Sie haben Ihren Wohnsitz in Deutschland, leben mit Ihrem Kind in einem Haushalt, betreuen und erziehen es selbst und üben keine volle Erwerbstätigkeit aus. Als Staatsangehörige eines Mitgliedstaats der Europäischen Union sind Sie deutschen Staatsangehörigen gleichgestellt.

Für die Ermittlung des Einkommens wurden die Lohn- und Gehaltsbescheinigungen Ihres Arbeitgebers für die Monate April 2024 bis März 2025 zugrunde gelegt. Von Ihrem monatlichen Bruttoeinkommen von durchschnittlich 2.860,00 EUR wurden pauschale Abzüge für Steuern (Steuerklasse I) und Sozialabgaben in Höhe von insgesamt 884,37 EUR abgezogen. Das Mutterschaftsgeld der Krankenkasse (13,00 EUR kalendertäglich) und der Arbeitgeberzuschuss zum Mutterschaftsgeld werden nach § 3 Abs. 1 Satz 1 Nr. 1 BEEG auf das Elterngeld der ersten beiden Lebensmonate voll angerechnet; für diese Monate ergibt sich daher kein Zahlbetrag.

Hinweise
1. Sie sind verpflichtet, uns jede Änderung in Ihren Verhältnissen unverzüglich mitzuteilen, die für den Anspruch auf Elterngeld erheblich ist (§ 60 Abs. 1 Satz 1 Nr. 2 SGB I). Dies gilt insbesondere für die Aufnahme einer Erwerbstätigkeit, einen Umzug, den Bezug weiterer Entgeltersatzleistungen und den Wechsel der Betreuung des Kindes.
2. Üben Sie während des Bezugs eine Teilzeittätigkeit von bis zu 32 Wochenstunden aus, wird das Elterngeld neu berechnet. Legen Sie uns in diesem Fall den Arbeitsvertrag und die Entgeltabrechnungen vor.
3. Das Elterngeld ist steuerfrei, unterliegt aber dem Progressionsvorbehalt (§ 32b EStG). Die Elterngeldstelle übermittelt die Zahlungen elektronisch an das Finanzamt; eine gesonderte Bescheinigung erhalten Sie nicht.
4. Bis zum Ende des 14. Lebensmonats können Sie beantragen, Basiselterngeld in ElterngeldPlus umzuwandeln. Bereits ausgezahlte Monate können nicht rückwirkend geändert werden.
5. Der Bescheid ergeht nach § 8 Abs. 1 BEEG unter dem Vorbehalt, dass nach Ablauf des Bezugszeitraums Ihr tatsächliches Einkommen geprüft wird. Bitte reichen Sie hierzu nach dem 28.04.2026 die Entgeltabrechnungen des Bezugszeitraums ein.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch beim Bezirksamt Spreewiesen von Berlin, [[N|Wiesenufer 30-32]], [[N|12435 Berlin]], erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Kerstin Lübke]]
""")

# ---------------------------------------------------------------- F39-003 forwarded chain, English expat, self-employed
doc("outlook", "elterngeld", [], f"""
Betreff: WG: AW: Elterngeld – Selbstständige / self-employed – Unterlagen

Hallo [[P|Jana]],

kannst du da bitte mal drüberschauen? Herr [[P|Pemberton]] hat Einkünfte aus UK und DE, ich bin unsicher, ob wir den Steuerbescheid 2024 abwarten müssen oder vorläufig bewilligen (§ 8 Abs. 3 BEEG). Die USt-IdNr. hat er jetzt nachgereicht. Vorgang liegt unter [[AZ|EG 412-3107/25]].

Danke dir und Gruß
[[P|Kerstin]]

-----Ursprüngliche Nachricht-----
Von: [[P|Oliver Pemberton]] <[[E|oliver@pembertonstudio.co.uk]]>
Gesendet: Montag, 7. Juli 2025 22:41
An: Elterngeldstelle <[[N|elterngeldstelle@ba-spreewiesen.berlin.de]]>
Betreff: AW: Elterngeld – Selbstständige / self-employed – Unterlagen

Dear Ms [[P|Lübke]],

sorry for writing in English, my German is still at A2 level. Please find attached the profit and loss statement (EÜR) for 2024 and my UK payslips. For your records:

Steuernummer: [[TNR|{TNR_PEMBERTON}]] (Finanzamt Friedrichshain-Kreuzberg)
USt-IdNr. / VAT ID: [[VAT|{VAT_PEMBERTON}]]
Steuer-ID: [[TID|{TAXID_PEMBERTON}]]

My wife [[P|Hannah McAllister-Pemberton]] is applying separately, she was employed until the birth in May. Her application should already be with you.

Many thanks for your patience!

--
[[P|Oliver Pemberton]]
[[P|Pemberton]] Studio – Brand & Type Design
[[T|+49 1520 7713 482]]
""")

# ---------------------------------------------------------------- F39-004 Jugendamt, Hausbesuch § 8a
doc("word", "jugendamt", ["HEALTH"], """
Bezirksamt Spreewiesen von Berlin – Jugendamt – Regionaler Sozialpädagogischer Dienst, Region Süd

Vermerk über einen Hausbesuch (§ 8a SGB VIII)

Aktenzeichen: [[AZ|RSD-S 51.2-0877/25]]
Hausbesuch am 09.09.2025, 15:30 bis 16:45 Uhr, bei Familie [[P|Al-Khatib]]
Anschrift: [[A|Weserstraße 188]], [[N|Vorderhaus, 4. OG links]], [[A|12045 Berlin]]

Anwesend: beide Eltern, die Kinder [[P|Yara]] (geb. [[DOB|17.01.2016]]) und [[P|Adam]] (geb. [[DOB|02.06.2021]]), eine Dolmetscherin für Arabisch; für das Jugendamt die Unterzeichnerin und ein Kollege.

Anlass
Die Grundschule am Wiesengrund meldete am 04.09.2025, die Neunjährige habe beim Sportunterricht Hämatome an beiden Oberarmen gehabt und auf Nachfrage gesagt, sie sei „von der Treppe gefallen“.

Eindruck
Die Wohnung (2 Zimmer, ca. 54 m²) ist sauber, aber für vier Personen deutlich zu klein; die Kinder schlafen im Wohnzimmer, wo auch ein Vogel (Wellensittich) im Käfig gehalten wird. Der Vater, Herr [[P|Mohammad Al-Khatib]], wirkte anfangs abwehrend, wurde im Gespräch aber zugänglicher. Im Einzelgespräch erzählte das Mädchen, ihr Bruder habe sie beim Spielen vom Hochbett gestoßen; Hinweise auf Gewalt durch die Eltern ergaben sich nicht.

Gesundheit
Die Tochter hat Asthma bronchiale; ein Notfallspray ist in der Schule hinterlegt. Der Sohn ist laut Kinderarzt sprachlich deutlich verzögert, eine Logopädie ist verordnet, aber noch nicht begonnen (Warteliste). Die Mutter, Frau [[P|Rania Al-Khatib]], geb. [[P|Haddad]], berichtete von einer depressiven Erkrankung seit der Flucht; sie ist in der Psychiatrischen Institutsambulanz in Behandlung.

Vereinbarungen
1. Die Eltern melden den Jungen bis 30.09.2025 bei der Logopädiepraxis an.
2. Das Jugendamt vermittelt eine Familienhilfe (§ 31 SGB VIII).
3. Rückmeldung der Schule nach den Herbstferien.

Frau [[P|Al-Khatib]] ist erreichbar unter [[T|0152 0488 7316]].

Wiedervorlage: 23.09.2025
gez. [[P|Krüger-Nowak]]
""")

# ---------------------------------------------------------------- F39-005 short sick mail
doc("outlook", "wohnungsamt", ["HEALTH"], """
Betreff: termin morgen

hallo frau [[P|schulze]], ich kann morgen nicht zum termin wegen wohnberechtigungsschein kommen, hab seit sonntag magen darm und der arzt hat mich bis freitag krankgeschrieben. können wir einen neuen termin machen?
lg [[P|Emine Yıldırım]]
[[T|0157 8812 4490]]
""")

# ---------------------------------------------------------------- F39-006 appointment table Bürgeramt
doc("word", "buergeramt", [], f"""
Bürgeramt Spreewiesen 2 – Terminübersicht Schalter 4
Dienstag, 14.10.2025 – Sachbearbeitung: [[P|Renate Pohl]]

Uhrzeit\tBuchungsnr.\tName\tAnliegen\tRückruf\tBemerkung
08:00\t5521-0871\t[[P|Hoang, Van Thanh]]\tAnmeldung Wohnung\t[[T|0177 902 3315]]\tWohnungsgeberbestätigung fehlt noch
08:15\t5521-0874\t[[P|Schmidt-Akın, Derya]]\tPersonalausweis\t–\tbiometrisches Passbild mitbringen
08:30\t5521-0880\t[[P|O'Brien, Ciarán]]\tAnmeldung (EU-Bürger)\t–\tirischer Pass [[PASS|{PASS_OBRIEN}]]
08:45\t5521-0882\t[[P|Kowalczyk, Agata]]\tVerlust Personalausweis [[IDC|{IDC_KOWALCZYK}]]\t[[T|+48 512 330 871]]\tVerlustanzeige Polizei liegt vor
09:00\t–\t(frei)\t\t\t
09:15\t5521-0903\t[[P|Papadopoulos, Nikos]]\tBewohnerparkausweis Zone 43\t–\tKfz [[KFZ|B-NP 4471]]
09:30\t5521-0921\t[[P|Ivanova, Yekaterina]]\tFührungszeugnis\t–\tGebühr 13,00 EUR

Hinweis: Frau [[P|Ivanova]] hat angerufen, sie kommt ggf. früher. Terminbuchungen nur über {SWITCHBOARD} oder online.
""")

# ---------------------------------------------------------------- F39-007 WBS special need, Eritrean family
doc("outlook", "wohnungsamt", ["HEALTH"], """
Betreff: WBS mit besonderem Wohnbedarf – Familie [[P|Tesfamariam]] / Ihr Az. [[AZ|WoA 2-1187/25]]

Sehr geehrte Damen und Herren,

ich bin Sozialarbeiterin in der Gemeinschaftsunterkunft [[A|Haarlemer Straße 23-27]] ([[A|12359 Berlin]]) und begleite Familie [[P|Tesfamariam]] seit ihrer Ankunft im Jahr 2023. Herr [[P|Yonas Tesfamariam]] und Frau [[P|Semhar Ghebremedhin]] leben dort mit ihren vier Kindern in zwei Zimmern, Küche und Bäder werden mit dem ganzen Flur geteilt.

Der jüngste Sohn [[P|Abel]] (geb. [[DOB|21.11.2021]]) hat eine infantile Zerebralparese und ist auf einen Rollstuhl angewiesen. Die Unterkunft ist nicht barrierefrei, der Aufzug ist seit Juli defekt, die Mutter trägt den Jungen jeden Tag in den dritten Stock. Ein Attest von [[P|Dr. Friederike von Randow]] (Sozialpädiatrisches Zentrum) liegt bei.

Wir bitten daher um Prüfung, ob der WBS mit dem Merkmal „rollstuhlgerecht“ und mit Dringlichkeit ausgestellt werden kann. Der Vater arbeitet als Lagerhelfer (ca. 1.950 EUR netto), die Unterlagen zum Einkommen reiche ich nach.

Im Winter war die Familie schon einmal zwei Wochen ohne Heizung – bitte prüfen Sie den Antrag möglichst bald.

Mit freundlichen Grüßen
[[P|Mareike Schwan-Oduya]]
Sozialarbeiterin (B.A.)
mobil [[T|0151 2294 7751]]
""")

# ---------------------------------------------------------------- F39-008 Standesamt, Anmeldung der Eheschließung
doc("word", "standesamt", [], f"""
Standesamt Spreewiesen von Berlin
{RATHAUS}

Niederschrift über die Anmeldung der Eheschließung
Aktenzeichen: [[AZ|StA E 0412/2025]]

Vor dem unterzeichnenden Standesbeamten [[P|Jörg Hallmann]] erschienen heute, am 21.08.2025, zum Zwecke der Anmeldung ihrer Eheschließung:

1. [[P|Serkan Öztürk]]
   geboren am [[DOB|11.02.1991]] in Kayseri (Türkei)
   Staatsangehörigkeit: türkisch
   wohnhaft: [[A|Okerstraße 9]], [[A|12049 Berlin]]
   ausgewiesen durch: Reisepass der Republik Türkei Nr. [[PASS|{PASS_OZTURK}]], gültig bis 03.05.2031
   Familienstand: ledig

2. [[P|Lena-Marie Hoffmann]], geb. [[P|Reinhardt]]
   geboren am [[DOB|30.09.1994]] in Cottbus
   Staatsangehörigkeit: deutsch
   wohnhaft: ebenda
   ausgewiesen durch: Personalausweis Nr. [[IDC|{IDC_HOFFMANN}]]
   Familienstand: geschieden durch Beschluss des Amtsgerichts Cottbus vom 04.11.2020 ([[AZ|53 F 311/19]])

Die Verlobten erklären, dass Ehehindernisse nicht bestehen. Der Verlobte versteht die deutsche Sprache ausreichend; eine Dolmetscherin ist nicht erforderlich. Das Ehefähigkeitszeugnis des Generalkonsulats wurde vorgelegt.

Trautermin: Freitag, 17.10.2025, 11:00 Uhr, Trausaal im Rathaus
Gebühr: 85,00 EUR, bezahlt am 21.08.2025, Quittung Nr. 2025-44871

Vorgelesen, genehmigt und unterschrieben:
[[P|Serkan Öztürk]]\t[[P|Lena-Marie Hoffmann]]

[[P|Hallmann]], Standesbeamter
""")

# ---------------------------------------------------------------- F39-009 forwarded chain, Afghan family, DNA
doc("outlook", "standesamt", ["GENETIC", "ETHNICITY"], f"""
Betreff: WG: Geburt [[P|Maryam Sultani]] – fehlende Identitätsnachweise der Eltern

Liebe Frau [[P|Baumgart]],

zur Info, da die Beistandschaft für das Kind bei Ihnen liegt. Wir können die Geburt nur mit erläuterndem Zusatz beurkunden, solange die Identität der Eltern nicht nachgewiesen ist. Die Anwältin schlägt ein DNA-Gutachten vor – das belegt aber nur die Abstammung, nicht die Identität. Ich rufe Sie morgen Vormittag an.

Viele Grüße
[[P|Tobias Wendt]]
Standesamt Spreewiesen – Geburten

Von: [[P|Dr. Katharina Brenninkmeyer]] <[[E|brenninkmeyer@kanzlei-bm.de]]>
Gesendet: Donnerstag, 25. September 2025 17:52
An: Standesamt Spreewiesen <[[N|standesamt@ba-spreewiesen.berlin.de]]>
Betreff: Geburt [[P|Maryam Sultani]] – fehlende Identitätsnachweise der Eltern

Sehr geehrte Damen und Herren,

ich vertrete Herrn [[P|Abdul Wahid Sultani]] und Frau [[P|Zahra Hosseini]] in der Personenstandssache ihrer Tochter [[P|Maryam]], geboren am [[DOB|08.08.2025]] im St. Joseph Krankenhaus.

Meine Mandanten sind afghanische Staatsangehörige und gehören der Volksgruppe der Hazara an; sie sind 2022 über Iran und die Türkei geflohen. Afghanische Reisepässe besitzen sie nicht. Herr [[P|Sultani]] kann eine Tazkira vorlegen (Nr. [[IDC|{TAZKIRA_SULTANI}]]), seine Frau nur eine Kopie der Tazkira ihres Vaters.

Um die Abstammung nachzuweisen, sind meine Mandanten bereit, ein DNA-Abstammungsgutachten erstellen zu lassen. Für den älteren Sohn, der noch bei den Großeltern in Mazar-e Sharif lebt, hat die Deutsche Botschaft im Visumverfahren bereits einen DNA-Test verlangt; das Gutachten vom 14.07.2025 bestätigt die Vaterschaft meines Mandanten mit einer Wahrscheinlichkeit von 99,998 %. Ich füge es bei.

Meine Mandanten wohnen derzeit in der [[A|Colditzstraße 28]], [[A|12099 Berlin]]. Bitte wenden Sie sich für Termine an mich, da beide nur wenig Deutsch sprechen.

Mit freundlichen Grüßen
[[P|Dr. Katharina Brenninkmeyer]]
Rechtsanwältin
Tel. [[T|030 6951 7730]]
""")

# ---------------------------------------------------------------- F39-010 WBS Bescheid, Ukrainian mother
doc("word", "wohnungsamt", [], f"""
Bezirksamt Spreewiesen von Berlin
Abteilung Stadtentwicklung, Soziales und Wohnen – Wohnungsamt
Bezirksamt Spreewiesen · {RATHAUS}

Frau
[[P|Oksana Melnyk]]
c/o [[P|Schreiber]]
[[A|Wrangelstraße 53]]
[[A|10997 Berlin]]

Aktenzeichen: [[AZ|WoA 1-2203/25]]
Ihr Antrag vom: 02.06.2025
Datum: 30.06.2025

Wohnberechtigungsschein nach § 5 Wohnungsbindungsgesetz

Sehr geehrte Frau [[P|Melnyk]],

auf Ihren Antrag wird Ihnen ein Wohnberechtigungsschein (WBS 140) erteilt. Er berechtigt zum Bezug einer Wohnung mit bis zu drei Räumen oder bis zu 75 m² Wohnfläche. Berücksichtigt sind Sie selbst sowie Ihre Kinder [[P|Sofiia]], geb. [[DOB|09.10.2012]], und [[P|Artem]], geb. [[DOB|28.02.2017]].

Ihr anrechenbares Jahreseinkommen von 21.480,00 EUR überschreitet die Einkommensgrenze nach § 9 Abs. 2 WoFG um nicht mehr als 40 Prozent. Der Wohnberechtigungsschein ist gültig bis zum 29.06.2026. Zieht Ihr Ehemann nach Berlin nach, beantragen Sie bitte eine Änderung.

Hinweis: Im Geltungsbereich des Bebauungsplans 7-83 (Spreewiesen-Süd) entstehen bis 2027 rund 400 Wohnungen mit Belegungsbindung. Angebote der landeseigenen Wohnungsbaugesellschaften finden Sie im Internet; eine Vermittlung durch das Wohnungsamt erfolgt nicht.

Mit freundlichen Grüßen
Im Auftrag
[[P|Bernd Vogel]]
Sachgebiet Wohnberechtigung, Zimmer 2.07, Telefon [[T|(030) 90297-2217]]
Sprechzeiten: Di 9–12 Uhr, Do 13–18 Uhr · Zentrale {SWITCHBOARD}
""")

# ---------------------------------------------------------------- F39-011 English expat, Anmeldung
doc("outlook", "buergeramt", [], f"""
Betreff: Anmeldung appointment – urgent / dringend

Hi there,

sorry for writing in English. I moved to Berlin on 1 September for a job and I urgently need the Anmeldung (for my tax ID and a bank account), but the online booking never shows any free Termine. Could you please give me an appointment, any Bürgeramt is fine?

My details:
Name: [[P|Siobhan O'Connell]]
Date of birth: [[DOB|22/07/1995]]
Nationality: Irish, passport no. [[PASS|{PASS_OCONNELL}]]
New address: [[A|Skalitzer Straße 97]], 4th floor, [[A|10997 Berlin]]
Mobile: [[T|+353 87 412 9930]]

My landlord, [[P|Milan Dragović]], already signed the Wohnungsgeberbestätigung. My partner [[P|Priya]] is moving in in November – does she need a separate appointment or can we come together?

Thanks a million,
[[P|Siobhan]]

--
[[P|Siobhan O'Connell]] | Senior Product Designer
[[E|siobhan.oconnell@gmail.com]]
""")

# ---------------------------------------------------------------- F39-012 Hilfeplan, coming out
doc("word", "jugendamt", ["SEXUAL_ORIENTATION", "HEALTH"], f"""
Protokoll Hilfeplangespräch (§ 36 SGB VIII)
Jugendamt Spreewiesen – RSD Region Nord
Az.: [[AZ|RSD-N 51.3-0214/24]]
Datum: 02.10.2025, 10:00–11:30 Uhr, Raum 1.12

Junger Mensch: [[P|Emre Kaya]], geb. [[DOB|19.04.2009]]
derzeit: Jugendwohngemeinschaft „Kiezlotsen“, [[A|Lenaustraße 6]], [[A|12047 Berlin]]
Teilnehmende: der junge Mensch, die Mutter [[P|Hatice Kaya]], Frau [[P|Laura Benedetti]] (Bezugsbetreuerin), Herr [[P|Sven Ohlsen]] (RSD, Protokoll); der Vater ist nicht erschienen.

1. Rückblick
Anlass der Inobhutnahme im März 2025 war ein Konflikt mit dem Vater, nachdem [[P|Emre]] sich in der Familie als schwul geoutet hatte; der Vater hatte ihn daraufhin aus der Wohnung gewiesen. Seitdem lebt er in der Wohngemeinschaft.

2. Gesundheit
Seit Mai ist er wegen einer mittelgradigen depressiven Episode in ambulanter Psychotherapie bei Dipl.-Psych. [[P|Anke Thorwald]]. Die Schlafprobleme haben sich gebessert, Medikamente nimmt er nicht mehr. Krankenversichertennummer: [[KV|{KV_KAYA}]].

3. Schule und Familie
Er besucht die 10. Klasse einer Integrierten Sekundarschule, die MSA-Prüfungen stehen im Frühjahr an. Die Mutter trifft ihn alle zwei Wochen und wünscht sich langfristig eine Rückkehr; der Vater lehnt den Kontakt weiterhin ab.

4. Vereinbarungen
– Fortsetzung der Hilfe nach § 34 SGB VIII bis 31.03.2026
– Frau [[P|Benedetti]] meldet Krisen unter [[T|0176 3021 8847]] direkt an den RSD
– Nächstes Hilfeplangespräch im Januar 2026
""")

# ---------------------------------------------------------------- F39-013 Kita-Gutschein from phone
doc("outlook", "jugendamt", [], """
Betreff: Kitagutschein

Guten tag,

ich habe am 12.8 den antrag für kita gutschein gemacht für meine tochter [[P|Azra Demirci]] geb [[DOB|3.11.22]] aber bis jetzt keine post bekommen. die kita (gleich neben der Genezareth-Kirche) sagt ohne gutschein kann sie nich anfangen am 1. oktober!! bitte schnell bearbeiten
meine frau [[P|Sevgi]] hat schon 2 mal angerufen aber keiner geht ran

[[P|Murat Demirci]]
[[A|Hobrechtstr. 44]]
[[A|12047 Berlin]]
[[T|01521 4478103]]

Von meinem Samsung Galaxy Smartphone gesendet
""")

# ---------------------------------------------------------------- F39-014 internal Vermerk Elterngeld, union
doc("word", "elterngeld", ["UNION"], f"""
Vermerk

Elterngeldstelle – Sachgebiet 2
Az.: [[AZ|EG 412-2855/25]]
Betr.: Antrag auf ElterngeldPlus – [[P|Kowalski-Brandt, Jakob]]
Bearbeiterin: [[P|Jana Wojcik]], 12.08.2025

1. Sachverhalt
Der Antragsteller (Steuer-ID [[TID|{TAXID_KOWALSKI_FMT}]], RV-Nr. [[SSN|{SSN_KOWALSKI_FMT}]]) beantragt ElterngeldPlus für den 3. bis 14. Lebensmonat seines Sohnes [[P|Linus]], geb. [[DOB|06.03.2025]]. Er ist Erzieher bei einem freien Träger. Im Bemessungszeitraum (03/2024 bis 02/2025) hat er an elf Streiktagen teilgenommen und als ver.di-Mitglied Streikgeld erhalten; die Entgeltabrechnungen weisen für diese Tage kein Entgelt aus.

Die Mutter, [[P|Dr. Annika Brandt]], ist selbstständige Tierärztin (USt-IdNr. [[VAT|{VAT_BRANDT}]]) und beantragt Elterngeld erst ab dem 13. Lebensmonat; ihre Gewinnermittlung folgt.

2. Bewertung
Streikgeld ist kein Einkommen aus Erwerbstätigkeit. Nach Rücksprache mit der Fachaufsicht sind die Monate mit Streiktagen nicht nach § 2b Abs. 1 BEEG auszuklammern; das Einkommen ist wie abgerechnet zu berücksichtigen.

3. Bankverbindung
Herr [[P|Kowalski-Brandt]] bat am 11.08. telefonisch um Zahlung auf ein neues Konto: [[IBAN|{IBAN_KOWALSKI}]]. Die schriftliche Bestätigung liegt vor.

4. Meldung Krankenkasse
Die Meldung über den Elterngeldbezug an die Techniker Krankenkasse (KVNR [[KV|{KV_KOWALSKI}]]) ist erfolgt.

5. WV 26.08.2025
[[P|Wojcik]]
""")

# ---------------------------------------------------------------- F39-015 forwarded, Polish account
doc("outlook", "elterngeld", [], f"""
Betreff: WG: Elterngeld Überweisung

Hallo Herr [[P|Lindqvist]],

können wir an ein polnisches Konto auszahlen? Die Mutter lebt in Berlin, hat aber noch kein Konto hier. Aktenzeichen [[AZ|EG 412-3052/25]], Kontodaten unten.

Gruß
[[P|J. Wojcik]]

________________________________
Von: [[P|Katarzyna Nowicka]] <[[E|kasia.nowicka@wp.pl]]>
Gesendet: Mittwoch, 13. August 2025 08:03
An: [[N|elterngeldstelle@ba-spreewiesen.berlin.de]]
Betreff: Elterngeld Überweisung

Dzień dobry / Guten Tag,

ich bin Mutter von [[P|Antoni Nowicki]] (geb. [[DOB|17.06.2025]]) und habe Elterngeld beantragt. Ich habe noch kein deutsches Konto, bitte überweisen Sie an mein polnisches Konto:

[[IBAN|{IBAN_NOWICKA}]]
Kontoinhaberin: [[P|Katarzyna Nowicka]], [[A|ul. Świętojańska 48/3]], [[A|81-372 Gdynia]]

Telefon [[T|+48 601 884 213]]

Pozdrawiam
[[P|Kasia]]
""")

# ---------------------------------------------------------------- F39-016 Standesamt letter, Eritrean, baptism
doc("word", "standesamt", ["RELIGION"], f"""
Standesamt Spreewiesen von Berlin
Standesamt Spreewiesen · {RATHAUS}

Herrn
[[P|Dawit Tekle Haile]]
[[A|Köpenicker Landstraße 187]]
[[N|Haus B, Zimmer 214]]
[[A|12437 Berlin]]

Aktenzeichen: [[AZ|StA G 2025-1183]]
Berlin, 15.09.2025

Beurkundung der Geburt Ihrer Tochter

Sehr geehrter Herr [[P|Tekle Haile]],

die Geburt Ihrer Tochter [[P|Selam Dawit]] am [[DOB|30.07.2025]] im Vivantes Klinikum Neukölln ist uns von der Klinik angezeigt worden. Zur Beurkundung benötigen wir Nachweise über Ihre Identität und die der Mutter, Frau [[P|Helen Mehari Woldu]].

Sie haben angegeben, keine Geburtsurkunden aus Eritrea vorlegen zu können. Als Hilfsnachweise haben Sie die Taufbescheinigungen der eritreisch-orthodoxen Tewahedo-Gemeinde für sich und Frau [[P|Mehari Woldu]] sowie die kirchliche Trauungsbescheinigung vorgelegt. Diese Unterlagen berücksichtigen wir; zusätzlich benötigen wir von Ihnen beiden eine Versicherung an Eides statt zu Ihren Personalien.

Bitte kommen Sie dazu am Dienstag, 07.10.2025, um 9:30 Uhr gemeinsam in Zimmer 0.14. Eine Dolmetscherin für Tigrinya ist bestellt.

Mit freundlichen Grüßen
Im Auftrag
[[P|Tobias Wendt]]
Telefon [[T|(030) 90297-3361]]
""")

# ---------------------------------------------------------------- F39-017 three-line internal mail
doc("outlook", "wohnungsamt", [], """
Betreff: Rückruf

Hi [[P|Bernd]], Herr [[P|Hodžić]] hat wegen der Räumungsklage angerufen (Az. bei uns [[AZ|WoA 3-0915/25]]) und bittet dringend um Rückruf unter [[T|0152 3381 0076]], am besten nach 16 Uhr.
LG [[P|Sanja]] (Poststelle)
""")

# ---------------------------------------------------------------- F39-018 list, geschütztes Marktsegment
doc("word", "wohnungsamt", [], """
Geschütztes Marktsegment – Vormerkliste Oktober 2025 (intern)
Wohnungsamt Spreewiesen, Sachgebiet Wohnungsnotfälle

Nr.\tName, Vorname\tgeb.\tderzeitige Unterkunft\tPersonen\tTelefon
1\t[[P|Okafor, Blessing]]\t[[DOB|11.05.1990]]\t[[A|Ringbahnstraße 12]], [[A|12099 Berlin]]\t3\t–
2\t[[P|Szabó, Gábor]]\t[[DOB|02.12.1971]]\tohne festen Wohnsitz\t1\t[[T|0162 5530 774]]
3\t[[P|Đurić, Mirela]]\t[[DOB|27.08.1985]]\t[[A|Mariendorfer Weg 48]], [[A|12051 Berlin]]\t4\t–

Bemerkungen:
zu 2: Herr [[P|Szabó]] ist postalisch über die Beratungsstelle erreichbar, Termine bitte nur vormittags.
zu 3: Erdgeschoss oder Aufzug erforderlich (Zwillingskinderwagen); Räumungstermin 12.11.2025, Mietrückstand 3.214,50 EUR, Übernahme beim Sozialamt beantragt.

Stand: 01.10.2025 – [[P|B. Vogel]]
""")

# ---------------------------------------------------------------- F39-019 English-German, credit card, certificates
doc("outlook", "standesamt", [], f"""
Betreff: Re: Bestellung Geburtsurkunde / Rechnung RE-2025-118204

Hello,

thanks for the invoice (Rechnungsnr. RE-2025-118204) for three multilingual birth certificates, 36,00 EUR in total. We don't have a German bank account yet, so could you please charge my credit card instead?

American Express [[CC|{CC_WHITFIELD_FMT}]], exp. 09/27, in my name

Child: [[P|Theodore Whitfield]], born [[DOB|28 August 2025]] at Charité Campus Virchow-Klinikum
Parents: [[P|Daniel J. Whitfield]] and [[P|Maren Whitfield]]
Postal address: [[A|Paul-Lincke-Ufer 39]], [[A|10999 Berlin]]
Please send one copy to my parents in the US: [[A|2214 N Kedzie Ave]], [[A|Chicago, IL 60647]]

Best regards / Viele Grüße
[[P|Dan Whitfield]]
[[T|+1 312 555 0147]]

Am 10.09.2025 um 11:02 schrieb Standesamt Spreewiesen <[[N|standesamt@ba-spreewiesen.berlin.de]]>:
> Sehr geehrter Herr [[P|Whitfield]],
>
> anbei erhalten Sie die Rechnung RE-2025-118204 über 36,00 EUR. Bitte überweisen Sie den Betrag innerhalb von 14 Tagen unter Angabe des Kassenzeichens [[AZ|0422 1183 9907]] auf das Konto der Landeshauptkasse Berlin, IBAN [[N|{CITY_IBAN}]].
>
> Mit freundlichen Grüßen
> [[P|Ines Schaller]]
> Standesamt Spreewiesen – Urkundenstelle
""")

# ---------------------------------------------------------------- F39-020 form, Bewohnerparkausweis
doc("word", "buergeramt", [], f"""
Antrag auf Erteilung eines Bewohnerparkausweises
Bezirksamt Spreewiesen von Berlin – Bürgeramt
Parkzone: 43 (Reuterkiez)

1. Antragstellerin
Name, Vorname: [[P|Ferraro, Giulia]]
Geburtsdatum: [[DOB|07.12.1989]]
Hauptwohnung: [[A|Pannierstraße 20]], [[A|12047 Berlin]]
Telefon: [[T|0178 6615 042]]
Ausweisdokument: Carta d'identità elettronica Nr. [[IDC|{CIE_FERRARO}]]

2. Fahrzeug
Amtliches Kennzeichen: [[KFZ|B-GF 7120]]
Halter: [[P|Tommaso Ricci]] (Lebensgefährte, gleiche Anschrift); Nutzungserklärung liegt bei

3. Gebühr
Verwaltungsgebühr für 2 Jahre: 20,40 EUR
Kassenzeichen: [[AZ|6312 0045 8871]]
Bezahlt mit girocard am Kassenautomaten, Beleg-Nr. 004471

Bearbeitungsvermerk:
Hauptwohnung im Melderegister geprüft, Fahrzeugschein eingesehen. Ausgestellt am 14.10.2025, gültig bis 13.10.2027.
[[P|R. Pohl]]
""")

# ---------------------------------------------------------------- F39-021 Beistandschaft, paternity DNA
doc("outlook", "jugendamt", ["GENETIC"], f"""
Betreff: AW: Vaterschaftsfeststellung [[P|Diallo]] / Ihr Zeichen [[AZ|Bst 4-0388/25]]

Sehr geehrte Frau [[P|Baumgart]],

danke für Ihre Nachricht. Das Abstammungsgutachten vom 02.09.2025 ist jetzt bei mir angekommen: es wurden 24 DNA-Merkmale verglichen, und Herr [[P|Chukwuemeka Okafor]] ist mit einer Wahrscheinlichkeit von 99,99 % der Vater von [[P|Fatou]] (geb. [[DOB|14.01.2024]]). Ich schicke Ihnen eine Kopie.

Sie können jetzt den Unterhalt geltend machen. Herr [[P|Okafor]] wohnt inzwischen in Hamburg, [[A|Steilshooper Allee 61]], [[A|22309 Hamburg]].

Können wir den Termin am 15.10. auf nachmittags legen? Ich arbeite bis 14 Uhr in der Kantine und unser Koch ist gerade krank, da kann ich nicht früher weg.

Viele Grüße
[[P|Aminata Diallo]]

Am 22.09.2025 um 09:40 schrieb [[P|Baumgart, Ute]] <[[E|ute.baumgart@ba-spreewiesen.berlin.de]]>:
> Sehr geehrte Frau [[P|Diallo]],
>
> als Beiständin Ihrer Tochter bitte ich Sie um kurze Mitteilung, ob das Abstammungsgutachten inzwischen vorliegt. Danach kann ich den Vater zur Zahlung von Unterhalt auffordern.
>
> Mit freundlichen Grüßen
> [[P|Ute Baumgart]]
> Jugendamt Spreewiesen – Beistandschaften
> {WIESENUFER}
> Tel. [[T|(030) 90297-5120]]
""")

# ---------------------------------------------------------------- F39-022 Bürgeramt, biometric capture
doc("word", "buergeramt", ["BIOMETRIC", "HEALTH"], f"""
Vermerk – Passantrag mit Auffälligkeiten bei der Erfassung

Bürgeramt Spreewiesen 1, Schalter 7, 03.11.2025

Antragsteller: [[P|Konstantinos Papadakis]], geb. [[DOB|26.03.1957]] in Heraklion
Anschrift: [[A|Kottbusser Damm 73]], [[A|10967 Berlin]]
Vorgelegt: Personalausweis Nr. [[IDC|{IDC_PAPADAKIS}]]
Beantragt: Reisepass (bisheriger Pass [[PASS|{PASS_PAPADAKIS}]], abgelaufen)

Bei der Erfassung der Fingerabdrücke konnten an beiden Zeigefingern wegen starker Vernarbung nach einer Verbrennung keine verwertbaren Abdrücke genommen werden. Erfasst wurden ersatzweise die Mittelfinger (Qualitätswerte 61 und 58). Der Abgleich des mitgebrachten Lichtbilds mit dem Live-Bild am Erfassungsgerät lag unter dem Schwellwert; nach Sichtprüfung durch Frau [[P|Pohl]] und den Unterzeichner bestehen an der Identität keine Zweifel.

Herr [[P|Papadakis]] wurde auf die längere Bearbeitungszeit hingewiesen; der Pass wird voraussichtlich in der 49. KW abholbereit sein.

gez. [[P|Marek Zieliński]]
""")

# ---------------------------------------------------------------- F39-023 discrimination, Roma family
doc("outlook", "wohnungsamt", ["ETHNICITY"], """
Betreff: Diskriminierung bei Wohnungsvergabe – Familie [[P|Stojanović]] – Bitte um Unterstützung

Sehr geehrte Damen und Herren,

ich schreibe Ihnen als Beraterin einer Antidiskriminierungsberatung für Roma und Romnja. Familie [[P|Stojanović]] – Herr [[P|Dragan Stojanović]], Frau [[P|Ljiljana Stojanović]] und drei Kinder – hat seit Februar einen WBS mit Dringlichkeit (Az. [[AZ|WoA 2-0641/25]]).

Bei einer Besichtigung in der Hermannstraße am 18.09.2025 hat der Vertreter der Hausverwaltung, Herr [[P|Gerlach]], der Familie wörtlich gesagt, man vermiete „nicht an Roma, das gibt nur Ärger mit den Nachbarn“. Die Familie gehört der Minderheit der Roma an und lebt seit 2014 in Berlin; die Kinder sind hier geboren.

Die Familie wohnt derzeit beengt bei Verwandten in der [[A|Silbersteinstraße 102]], [[A|12051 Berlin]]. Herr [[P|Stojanović]] ist unter [[T|0176 5510 3348]] erreichbar, spricht aber besser Serbisch – gern auch über mich.

Wir bitten um Prüfung, ob eine Wohnung über das Belegungsrecht des Bezirks vermittelt werden kann.

Mit freundlichen Grüßen
[[P|Roxana Dumitrescu]]
Beratung und Begleitung
[[E|r.dumitrescu@beratung-romnja.de]]
""")

# ---------------------------------------------------------------- F39-024 UVG Bescheid, Austrian account
doc("word", "jugendamt", [], f"""
Bezirksamt Spreewiesen von Berlin
Jugendamt – Unterhaltsvorschussstelle
Bezirksamt Spreewiesen · {WIESENUFER}

Frau
[[P|Dragana Petrović]]
[[A|Elsenstraße 87]]
[[A|12435 Berlin]]

Aktenzeichen: [[AZ|UV 23-1477/25]]
Datum: 08.08.2025

Bescheid über Unterhaltsvorschuss

Sehr geehrte Frau [[P|Petrović]],

für Ihr Kind [[P|Luka]], geb. [[DOB|19.12.2018]], wird ab dem 01.07.2025 Unterhaltsvorschuss nach dem Unterhaltsvorschussgesetz in Höhe von monatlich 299,00 EUR bewilligt (§ 2 UVG: Mindestunterhalt der zweiten Altersstufe abzüglich des vollen Kindergeldes). Die Zahlung erfolgt auf Ihr Konto bei der Erste Bank, IBAN [[IBAN|{IBAN_PETROVIC}]].

Der Unterhaltsanspruch Ihres Kindes gegen den anderen Elternteil, Herrn [[P|Nenad Jovanović]], zuletzt wohnhaft [[A|Favoritenstraße 140]], [[A|1100 Wien]], geht in Höhe der Leistung auf das Land Berlin über (§ 7 UVG).

Bitte teilen Sie uns unverzüglich mit, wenn Sie umziehen, heiraten oder der andere Elternteil Unterhalt an Sie zahlt. Zu Unrecht erhaltene Leistungen sind an die Landeshauptkasse Berlin, IBAN [[N|{CITY_IBAN}]], zu erstatten.

Mit freundlichen Grüßen
Im Auftrag
[[P|Claudia Reimann-Şahin]]
Tel. [[T|(030) 90297-5187]]
""")

# ---------------------------------------------------------------- F39-025 Auskunftssperre, political persecution
doc("outlook", "buergeramt", ["POLITICS"], """
Betreff: Auskunftssperre Melderegister – dringend

Sehr geehrte Damen und Herren,

ich beantrage eine Auskunftssperre nach § 51 Bundesmeldegesetz für mich und meine Frau [[P|Rojda Aksoy]].

Ich bin Journalist und war in der Türkei Mitglied der HDP. Wegen meiner Artikel über die Kurdenpolitik war ich 2019 acht Monate in Diyarbakır in Haft, seit 2021 lebe ich mit Asyl in Berlin. Im September haben zwei Männer mehrmals vor unserem Haus gewartet und mich fotografiert. Die Polizei hat eine Anzeige aufgenommen, Vorgangsnummer [[AZ|250918-1422-041577]].

Name: [[P|Cemal Aksoy]], geboren [[DOB|04.04.1979]] in Mardin
Adresse: [[A|Thiemannstraße 8]], [[A|12059 Berlin]]
Tel.: [[T|0176 9914 2203]]

Die Bescheinigung meines Anwalts schicke ich per Post.

Mit freundlichen Grüßen
[[P|Cemal Aksoy]]
""")

# ---------------------------------------------------------------- F39-026 team meeting protocol
doc("word", "jugendamt", ["HEALTH", "POLITICS"], """
Protokoll Teamsitzung RSD Region Süd – 16.10.2025

Anwesend: [[P|Krüger-Nowak]] (Leitung), [[P|Aydın]] (Protokoll), [[P|Ohlsen]], [[P|Pietrzak]]

TOP 1 Fallberatung
a) Familie [[P|Russo]] ([[AZ|RSD-S 51.2-1022/25]]): Bei [[P|Matteo]] (7) wurde im August Diabetes Typ 1 festgestellt; die Mutter, Frau [[P|Francesca Russo]], ist mit den Insulingaben überfordert. Schulhilfe ist beantragt, die Begleitung in den Pausen wird mit der Schule geklärt.
b) Herr [[P|Yohannes Berhane]], Vater von [[P|Lidya]] (geb. [[DOB|02.02.2019]]), war in Eritrea als Mitglied einer oppositionellen Studentengruppe drei Jahre inhaftiert. Er leidet an einer PTBS und ist in einem Behandlungszentrum für Folteropfer angebunden. Das Team empfiehlt eine Erziehungsbeistandschaft mit Tigrinya-sprachiger Fachkraft.
c) [[P|Jessica Baranowski]] („[[P|Jessy]]“, 15): Schuldistanz seit den Sommerferien, Kontakt läuft über Streetwork. Die Mutter ist erreichbar unter [[T|0157 7412 6630]].

TOP 2 Organisatorisches
– Schulung Fachsoftware: Kurs-Nr. SW-2025-118 am 04.11., 9–12 Uhr.
– Drucksache 0387/VI der BVV zur Personalausstattung der RSD: Stellungnahme bis 31.10. an die Amtsleitung.
– Jahresabschluss: der Koch der Kantine bietet wieder ein Buffet an, Anmeldung bei [[P|Marta]] bis 28.11.

Nächste Teamsitzung: 30.10.2025
""")

# ---------------------------------------------------------------- F39-027 forwarded chain, Zweckentfremdung, NL IBAN
doc("outlook", "wohnungsamt", [], f"""
Betreff: WG: Zweckentfremdung [[A|Liberdastraße 14]] – Erstattung / refund

[[P|Bernd]], zur Kenntnis und bitte die Erstattung veranlassen – die Gebühr für das Negativattest wurde zweimal gezahlt (2 x 268,00 EUR, Rechnung 2025/ZE/00871). Vorgang [[AZ|ZwVbG 3-0277/25]].
LG [[P|Sanja]]

Von: [[P|Giuseppe Esposito]] <[[E|g.esposito@ziggo.nl]]>
Gesendet: Freitag, 10. Oktober 2025 14:26
An: [[N|wohnungsamt@ba-spreewiesen.berlin.de]]
Betreff: Zweckentfremdung [[A|Liberdastraße 14]] – Erstattung / refund

Dear Sir or Madam, sehr geehrte Damen und Herren,

I paid the fee for my apartment in the [[A|Liberdastraße 14]] twice by mistake (bank transfer and then again online). Please refund 268,00 EUR to my Dutch account:

IBAN [[IBAN|{IBAN_ESPOSITO}]]

Since 1 August the flat is rented long-term again, no more short-term rentals. My neighbour Mrs [[P|Vogel]] from the ground floor can confirm this.

My address: [[A|Kinkerstraat 112-2]], [[A|1053 ED Amsterdam]]
Mobile: [[T|+31 6 4829 1170]]

Kind regards / Mit freundlichen Grüßen
[[P|Giuseppe Esposito]]
""")

# ---------------------------------------------------------------- F39-028 bilingual request for documents
doc("word", "elterngeld", [], f"""
Bezirksamt Spreewiesen von Berlin – Elterngeldstelle
Bezirksamt Spreewiesen · {WIESENUFER}

Herrn / Mr
[[P|Rahul Menon]]
[[A|Boxhagener Straße 35]]
[[A|10245 Berlin]]

Aktenzeichen / File reference: [[AZ|EG 412-3390/25]]
Datum / Date: 21.10.2025

Anforderung fehlender Unterlagen / Request for missing documents
Kind / child: [[P|Anika Menon]], geb. / born [[DOB|02.08.2025]]

Sehr geehrter Herr [[P|Menon]],

zur Bearbeitung Ihres Antrags auf Elterngeld benötigen wir noch folgende Unterlagen:
1. Bescheinigung der Krankenkasse über das Mutterschaftsgeld Ihrer Ehefrau, Frau [[P|Dr. Lakshmi Iyer]],
2. Ihre Gehaltsabrechnungen 08/2024 bis 07/2025,
3. Ihren Einkommensteuerbescheid 2024 (Steuernummer laut Antrag: [[TNR|{TNR_MENON}]]),
4. Ihren Sozialversicherungsausweis: die angegebene Rentenversicherungsnummer [[SSN|{SSN_MENON}]] konnte beim digitalen Entgeltabruf nicht zugeordnet werden.

Bitte reichen Sie die Unterlagen bis zum 21.11.2025 ein. Ohne diese Unterlagen kann über den Antrag nicht entschieden werden (§§ 60, 66 SGB I).

Dear Mr [[P|Menon]],
to process your parental allowance application we still need the documents listed above: your wife's maternity benefit certificate, your payslips from 08/2024 to 07/2025, your 2024 income tax assessment and your social insurance card. Please send them by 21 November 2025.

Mit freundlichen Grüßen / Kind regards
Im Auftrag
[[P|Jana Wojcik]]
Tel. [[T|(030) 90297-4425]] · [[E|jana.wojcik@ba-spreewiesen.berlin.de]]
Hotline {SWITCHBOARD} · [[N|elterngeldstelle@ba-spreewiesen.berlin.de]]
""")

# ---------------------------------------------------------------- F39-029 stolen wallet
doc("outlook", "buergeramt", [], f"""
Betreff: Personalausweis gestohlen – was muss ich tun?

Guten Tag,

gestern wurde mir in der U8 am Hermannplatz die Geldbörse gestohlen. Darin waren mein Personalausweis (Nr. [[IDC|{IDC_HERGERT}]]), meine Gesundheitskarte der AOK (Versichertennummer [[KV|{KV_HERGERT}]]), meine Kreditkarte [[CC|{CC_HERGERT_FMT}]] (schon gesperrt) und der Fahrzeugschein für meinen Wagen [[KFZ|B-WH 2093]].

Anzeige bei der Polizei habe ich gemacht. Brauche ich einen Termin für einen neuen Ausweis, oder bekomme ich einen vorläufigen Ausweis sofort? Ich fliege am 12.11. nach Almaty zur Hochzeit meines Bruders [[P|Sergej]] und mein Reisepass ist auch abgelaufen.

Mit freundlichen Grüßen
[[P|Wladimir Hergert]]
geb. [[DOB|13.09.1983]]
[[A|Mainzer Straße 8]], [[A|12053 Berlin]]
[[T|0163 2271 8054]]
""")

# ---------------------------------------------------------------- F39-030 foster care request, religion
doc("word", "jugendamt", ["HEALTH", "RELIGION"], """
Jugendamt Spreewiesen – Pflegekinderdienst
Vermerk: Anfrage Vollzeitpflege für [[P|Samira Haidari]]

Az.: [[AZ|PKD 52.1-0119/25]]
Datum: 28.10.2025
Verfasserin: [[P|Marta Pietrzak]]

Kind: [[P|Samira]], * [[DOB|05.05.2020]], afghanische Staatsangehörigkeit
Mutter: [[P|Fereshta Haidari]], geb. [[DOB|01.01.1996]], zuletzt wohnhaft [[A|Lipschitzallee 70]], [[A|12353 Berlin]]
Vater: 2021 verstorben

Das Kind ist seit dem 14.10.2025 in der Bereitschaftspflege bei Familie [[P|Lorenz]]. Frau [[P|Haidari]] befindet sich seit diesem Tag in stationärer psychiatrischer Behandlung; eine Entlassung ist nach Auskunft der Klinik nicht vor Ende des Jahres zu erwarten.

Die Mutter hat der Unterbringung in Vollzeitpflege zugestimmt. Sie wünscht ausdrücklich eine muslimische Pflegefamilie, in der ihre Tochter ihren Glauben weiter leben kann (kein Schweinefleisch, Ramadan, Moscheebesuch an den Festtagen); die Familie ist schiitisch.

Vorschlag: Pflegefamilie [[P|Yılmaz]] in Britz, seit 2019 anerkannt, Platz für ein Kind im Vorschulalter.

Nächste Schritte
– Anbahnung ab 03.11.2025 in der Bereitschaftspflegestelle
– Kontakt zur Mutter über den Sozialdienst der Klinik
– Vorstellung im Fachteam am 06.11.2025
""")


# ---------------------------------------------------------------- write
def main():
    assert len(DOCS) == 30
    out = []
    for i, (channel, template, flags, text) in enumerate(DOCS, 1):
        out.append(build(f"F39-{i:03d}", channel, template, text, flags))
    path = os.path.join(HERE, "fresh39.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for line in out:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    total = sum(len(d["entities"]) for d in out)
    print(f"{path}: {len(out)} documents, {total} entities")


if __name__ == "__main__":
    main()
