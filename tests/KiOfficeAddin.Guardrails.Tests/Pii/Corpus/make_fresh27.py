#!/usr/bin/env python3
"""Batch 27: a blind held-out set for the German PII detector.

Setting: Landratsamt Oberhaching-Isartal and Stadt Wolfratsfeld (both invented, Upper Bavaria): Sozialamt,
Wohngeld, Elterngeld (Familienbüro / ZBFS), Ausländerbehörde, Kfz-Zulassung. Texts carry inline marks
[[CAT|text]] and [[N|text]]; marks.build() strips them and computes UTF-16 offsets.
Writes fresh27.jsonl next to this file.
"""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, "/work/main/tests/KiOfficeAddin.Guardrails.Tests/Pii/Corpus")

from marks import build  # noqa: E402
from identifiers import (Identifiers, group, icao_check, luhn_check, mod11_10_check,  # noqa: E402
                         mod97_iban, digit_sum)

SEED = 2727027
ids = Identifiers(SEED)
rng = ids.rng


def f_iban(v):
    return group(v, 4)


def f_tid(v):
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"


def f_ssn(v):
    return f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}"


def iban_nl(bank):
    """NL IBAN with a letter bank code; the 10-digit account passes the Dutch elfproef (weights 10..1, mod 11)."""
    while True:
        acct = ids.digits(10, first_nonzero=True)
        if sum(int(d) * w for d, w in zip(acct, range(10, 0, -1))) % 11 == 0:
            return mod97_iban("NL", bank + acct)


# ---- identifiers (generated in a fixed order) -------------------------------------------------------------
I = {}
I["iban_001"] = ids.iban_de()
I["iban_002"] = ids.iban_de()
I["iban_kk"] = ids.iban_de()            # Kreiskasse of the Landratsamt: neutral
I["tid_003a"] = ids.tax_id()
I["pass_004"] = "P" + ids.digits(7)     # Eritrean passport, no check we could verify
I["idc_006a"] = ids.id_card(check_digit=True)
I["iban_006"] = ids.iban("AT", 16)
I["ssn_008a"] = ids.social_security("030238", "R")
I["kv_008"] = ids.health_insurance()
I["iban_008"] = ids.iban_de()
I["tnr_011"] = ids.tax_number_bavaria()
I["vat_011"] = ids.vat_id()
I["kv_013"] = ids.health_insurance()
I["cc_016a"] = ids.credit_card("4", 16)
I["cc_016b"] = ids.credit_card("52", 16)
I["tid_018"] = ids.tax_id()
I["tnr_018"] = ids.tax_number_bavaria()
I["iban_018"] = ids.iban_de()
I["ssn_018"] = ids.social_security("090458", "W")
I["tnr_022"] = ids.tax_number_bavaria()
I["vat_022"] = ids.vat_id()
I["pass_022"] = "C" + ids.digits(7)     # Vietnamese passport
I["cc_023"] = ids.credit_card("37", 15)
I["iban_024"] = ids.iban_de()
I["kv_026"] = ids.health_insurance()
I["ssn_028"] = ids.social_security("300690", "R")
I["tid_028"] = ids.tax_id()
I["tnr_028"] = ids.tax_number_bavaria()
I["iban_029"] = iban_nl("RABO")
I["idc_030"] = ids.id_card()
I["pass_012"] = "N" + ids.digits(9)     # Syrian passport
I["pass_020"] = "U" + ids.digits(8)     # Turkish passport
I["pass_025"] = "P" + ids.digits(8)     # Afghan passport

cc23 = I["cc_023"]
CC23 = f"{cc23[:4]} {cc23[4:10]} {cc23[10:]}"

DOCS = []


def doc(channel, template, flags, text):
    DOCS.append((channel, template, flags, text))


LRA_HEAD = "Landratsamt Oberhaching-Isartal · [[N|Isarauenstraße 1]] · [[N|82539 Wolfratsfeld]]"

# ---- b27-001 -------------------------------------------------------------------------------------------------
doc("outlook", "wohngeld", [], f"""Betreff: wohngeld antrag - fehlt noch was??

servus,

i hab im juli den wohngeldantrag abgegeben (az [[AZ|WG-2025-04187]]) und bis heut nix ghört. die frau am telefon hat gsagt es fehlt die mietbescheinigung, die hat mei vermieter, der herr [[P|Wimmer]], aber scho im august direkt an euch gschickt.
und s konto hat sich geändert, bitte ab jetzt auf [[IBAN|{f_iban(I["iban_001"])}]] überweisen, lautet auf mich und mein mann [[P|Ferdl]].

mei handy: [[T|0171 4483920]]

pfiat eana
[[P|Vroni Gschwendtner]]
[[A|Loisachweg 3]], [[A|82539 Wolfratsfeld]]""")

# ---- b27-002 -------------------------------------------------------------------------------------------------
doc("word", "wohngeld", ["UNION"], f"""{LRA_HEAD}

Eheleute
[[P|Mehmet]] und [[P|Hatice Yılmaz]]
[[A|Egerlandstraße 27]]
[[A|82538 Geretsried]]

Unser Zeichen: [[AZ|SG 31-6402/2025-0871]]
Sachbearbeitung: [[P|Korbinian Obermaier]], Zimmer 1.09
Datum: 14.10.2025

Bescheid über Wohngeld (Mietzuschuss) nach dem Wohngeldgesetz (WoGG)

Sehr geehrte Eheleute [[P|Yılmaz]],

auf Ihren Antrag vom 02.07.2025 wird Ihnen für den Bewilligungszeitraum 01.07.2025 bis 30.06.2026 Wohngeld in Höhe von monatlich 318,00 EUR bewilligt.

Berücksichtigte Haushaltsmitglieder:
1. [[P|Mehmet Yılmaz]], geb. [[DOB|11.03.1981]]
2. [[P|Hatice Yılmaz]], geb. [[DOB|27.09.1984]]
3. [[P|Elif]], geb. [[DOB|05.05.2012]]

Berechnungsgrundlagen:
Bruttokaltmiete 1.045,00 EUR; berücksichtigt wird der Höchstbetrag nach § 12 WoGG (Mietenstufe V) von 1.012,00 EUR.
Jahreseinkommen nach §§ 14 bis 16 WoGG: 31.884,00 EUR. Das Arbeitsentgelt von Herrn [[P|Yılmaz]] ist für Mai 2025 geringer ausgefallen; für die Streiktage hat er als Mitglied der IG Metall Streikunterstützung in Höhe von 412,00 EUR erhalten, die als Einnahme berücksichtigt wurde. Das Kindergeld bleibt nach § 14 Abs. 3 WoGG außer Betracht.

Auszahlung:
Das Wohngeld wird monatlich im Voraus auf das von Ihnen angegebene Konto [[IBAN|{f_iban(I["iban_002"])}]] überwiesen.

Mitteilungspflichten:
Bitte teilen Sie uns unverzüglich mit, wenn sich die Zahl der Haushaltsmitglieder ändert, die Miete um mehr als 15 Prozent sinkt oder das Einkommen um mehr als 15 Prozent steigt (§ 27 WoGG).

Rechtsbehelfsbelehrung:
Gegen diesen Bescheid kann innerhalb eines Monats nach seiner Bekanntgabe Klage erhoben werden bei dem Bayerischen Verwaltungsgericht München, [[N|Bayerstraße 30]], [[N|80335 München]].

Mit freundlichen Grüßen
Im Auftrag

[[P|Obermaier]]
Verwaltungsinspektor

Bankverbindung der Kreiskasse: [[N|{f_iban(I["iban_kk"])}]] · Telefon [[N|08171 9560-0]] · [[N|poststelle@lra-oi.bayern.de]]""")

# ---- b27-003 -------------------------------------------------------------------------------------------------
doc("outlook", "elterngeld", ["SEXUAL_ORIENTATION"], f"""Betreff: WG: Elterngeld question - Co-Mutter

Liebe Kolleginnen und Kollegen,

zuständigkeitshalber leite ich die untenstehende Anfrage an das ZBFS weiter, Elterngeld wird in Bayern ja bei Ihnen bearbeitet. Die Absenderin hat eine Eingangsbestätigung bekommen.

Viele Grüße
[[P|Theresa Huber]]
Familienbüro | Landratsamt Oberhaching-Isartal
Tel. [[T|08171 9560-418]]

-----Ursprüngliche Nachricht-----
Von: [[P|Sofia Lindqvist]] <[[E|sofia.lindqvist@protonmail.com]]>
Gesendet: Montag, 3. November 2025 21:47
An: [[N|poststelle@lra-oi.bayern.de]]
Betreff: Elterngeld question - Co-Mutter

Hello / Grüß Gott,

sorry for writing in English, my German is not so good yet. My wife [[P|Ngozi Okafor-Lindqvist]] gave birth to our daughter [[P|Amara]] on [[DOB|21 September 2025]] at Klinikum Wolfratshausen. We are married since 2022 and I am the "Co-Mutter", the Stiefkindadoption is still pending at the Familiengericht.

Can I already apply for Elterngeld as second parent, or only after the adoption is finished? I work full time for a software company in Munich. My Steuer-ID is [[TID|{I["tid_003a"]}]], [[P|Ngozi]] is on maternity leave.

Our address: [[A|Am Floßkanal 7a]], [[A|82515 Wolfratshausen]]
Mobile: [[T|+49 176 2290 4471]]

Thanks a lot and best regards,
[[P|Sofia]]""")

# ---- b27-004 -------------------------------------------------------------------------------------------------
doc("word", "auslaender", ["GENETIC"], f"""Landratsamt Oberhaching-Isartal – Ausländerbehörde
Aktenvermerk

Az.: [[AZ|AB-23.4-1187/2024]]
Betreff: Familiennachzug zu Herrn [[P|Tesfay Gebremichael]], * [[DOB|01.01.1989]], [[A|Hofmarkstraße 12-14]], [[A|82024 Taufkirchen]]

1. Die Botschaft Nairobi hat am 18.09.2025 mitgeteilt, dass die vorgelegten eritreischen Geburtsurkunden der Kinder nicht legalisiert werden können.
2. Auf Anregung der Botschaft wurde eine freiwillige DNA-Abstammungsuntersuchung durchgeführt. Das Gutachten des Instituts für Rechtsmedizin vom 22.10.2025 bestätigt die biologische Vaterschaft von Herrn [[P|Gebremichael]] zu [[P|Selam]] (geb. [[DOB|14.06.2015]]) und [[P|Yonas]] (geb. [[DOB|02.12.2018]]) mit einer Wahrscheinlichkeit von mehr als 99,99 %. Für das dritte Kind, [[P|Mehari]], wurde die Vaterschaft ausgeschlossen; insoweit ist ein Nachzug nach § 32 AufenthG nicht möglich.
3. Die Ehefrau, Frau [[P|Saba Tekle]], eritreischer Reisepass Nr. [[PASS|{I["pass_004"]}]], hat das Sprachzertifikat A1 des Goethe-Instituts vorgelegt.
4. Wohnraum: Die Wohnung in der Hofmarkstraße (68 qm, 3 Zimmer) ist für vier Personen ausreichend (§ 2 Abs. 4 AufenthG).
5. Zustimmung zur Visumerteilung für die Ehefrau und die Kinder [[P|Selam]] und [[P|Yonas]] wird erteilt; Mitteilung an die Auslandsvertretung per Auslandsportal am 05.11.2025.

Wolfratsfeld, 04.11.2025
gez. [[P|Stöckl]]""")

# ---- b27-005 -------------------------------------------------------------------------------------------------
doc("outlook", "kfz", [], """Betreff: ummelden

hallo, wollt fragen ob ich mei auto ([[KFZ|WOR-JK 412]]) online ummelden kann oder muss i vorbeikommen? bin ab montag wieder in der arbeit.
gruß [[P|jürgen]]
--
[[P|Jürgen Haslinger]] · [[T|0160 9182 334]]""")

# ---- b27-006 -------------------------------------------------------------------------------------------------
doc("word", "kfz", [], f"""Landratsamt Oberhaching-Isartal – Zulassungsbehörde
Vollmacht zur Zulassung / Umschreibung eines Fahrzeugs

Vollmachtgeber (Halter):
Name, Vorname: [[P|Petrović, Dragan]]
Geburtsdatum: [[DOB|23.06.1958]]
Anschrift: [[A|Sudetenstraße 103]], [[A|82538 Geretsried]]
Personalausweis-Nr.: [[IDC|{I["idc_006a"]}]]

bevollmächtigt hiermit
Name, Vorname: [[P|Petrović, Milena]] (Tochter)

folgende Handlungen bei der Zulassungsbehörde vorzunehmen: Umschreibung auf den neuen Wohnort und Zuteilung eines neuen Kennzeichens.

Fahrzeug-Identifizierungsnummer (FIN): [[N|WF0XXXGCDX8R12345]]
bisheriges Kennzeichen: [[KFZ|STA-DP 58]]
neues Kennzeichen (reserviert): [[KFZ|WOR-DP 58]]
eVB-Nummer: [[N|K7M3Q2X]]

SEPA-Lastschriftmandat für die Kraftfahrzeugsteuer (Hauptzollamt Rosenheim)
Kontoinhaber: [[P|Dragan Petrović]]
IBAN: [[IBAN|{I["iban_006"]}]]
Kreditinstitut: Raiffeisenbank Kufstein

Geretsried, den 06.11.2025
Unterschrift Vollmachtgeber: [[P|D. Petrović]]

Gebühren: Umschreibung 27,60 EUR, Reservierung Wunschkennzeichen 2,60 EUR, Zuteilung 10,20 EUR""")

# ---- b27-007 -------------------------------------------------------------------------------------------------
doc("outlook", "auslaender", [], """Betreff: Termin Verlängerung Aufenthaltserlaubnis §24

Sehr geehrte Damen und Herren,

mein Name ist [[P|Oleksandra Kovalenko]] ([[P|Олександра Коваленко]]), geb. [[DOB|17.08.1979]] in Charkiw. Meine Aufenthaltserlaubnis nach § 24 AufenthG gilt bis 04.03.2026. Ich brauche Termin für Verlängerung, für mich und meine Sohn [[P|Maksym]] (geb. [[DOB|30.11.2009]]). Mein Reisepass ist neu, Nummer [[PASS|FX482913]].

Wir wohnen nicht mehr in Unterkunft Geretsried, neue Adresse ist bei Familie [[P|Brandl]], [[A|Kräuterstraße 9]], [[A|82054 Sauerlach]].
Muss ich neue biometrische Foto mitbringen oder geht die alte?

Tel: [[T|0157 3390 1827]]

Дякую / Danke
[[P|Oleksandra Kovalenko]]""")

# ---- b27-008 -------------------------------------------------------------------------------------------------
doc("word", "sozialamt", ["HEALTH"], f"""Landratsamt Oberhaching-Isartal
Sachgebiet 22 – Soziale Leistungen
Landratsamt Oberhaching-Isartal · [[N|Postfach 11 40]] · [[N|82531 Wolfratsfeld]]

Herrn Rechtsanwalt
[[P|Florian Zehetmair]]
als rechtlicher Betreuer von Frau [[P|Anneliese Rauchenberger]]
[[A|Obermarkt 5]]
[[A|82515 Wolfratshausen]]

Ihr Zeichen: [[AZ|ZE-114/25]]
Unser Zeichen: [[AZ|22-4311-HzP-0391/2025]]
Bearbeiterin: [[P|Magdalena Schuster]], Zimmer 2.14
Telefon [[T|08171 9560-224]], Telefax [[N|08171 9560-299]]
[[E|magdalena.schuster@lra-oi.bayern.de]]

Wolfratsfeld, 29.10.2025

Hilfe zur Pflege nach dem Siebten Kapitel SGB XII
Leistungsberechtigte: [[P|Anneliese Rauchenberger]], geb. [[DOB|03.02.1938]]
derzeit: Seniorenzentrum St. Josef, [[A|Pfarrer-Schnell-Weg 6]], [[A|82539 Wolfratsfeld]]

Sehr geehrter Herr [[P|Zehetmair]],

auf Ihren Antrag vom 12.08.2025 ergeht folgender

Bescheid:

1. Die Leistungsberechtigte erhält ab 01.08.2025 Hilfe zur Pflege in einer stationären Einrichtung nach § 65 SGB XII. Übernommen werden die durch Pflegeversicherung und Eigenanteil ungedeckten Heimkosten.
2. Der monatlich einzusetzende Eigenanteil aus Einkommen wird auf 1.486,37 EUR festgesetzt.
3. Der Barbetrag nach § 27b Abs. 3 SGB XII in Höhe von 152,01 EUR verbleibt der Leistungsberechtigten.

Begründung:

Frau [[P|Rauchenberger]] ist nach dem Gutachten des Medizinischen Dienstes Bayern vom 24.07.2025 in den Pflegegrad 4 eingestuft. Ursächlich ist eine fortgeschrittene Alzheimer-Demenz mit ausgeprägter Orientierungsstörung; seit einem Oberschenkelhalsbruch im Frühjahr ist sie außerdem überwiegend auf den Rollstuhl angewiesen. Eine Versorgung in der bisherigen Wohnung in der Beuerberger Straße ist nicht mehr möglich.

Einkommen:
- Altersrente der Deutschen Rentenversicherung Bayern Süd, Versicherungsnummer [[SSN|{f_ssn(I["ssn_008a"])}]]: 1.211,40 EUR
- Witwenrente aus der Versicherung des verstorbenen Ehemannes: 642,18 EUR
Pflegekasse: AOK Bayern, Krankenversichertennummer [[KV|{I["kv_008"]}]]

Vermögen:
Frau [[P|Rauchenberger]]s Sparguthaben bei der Kreissparkasse (IBAN [[IBAN|{f_iban(I["iban_008"])}]]) liegt mit 4.870,00 EUR unter der Vermögensfreigrenze von 10.000,00 EUR (§ 90 Abs. 2 Nr. 9 SGB XII) und bleibt unberücksichtigt.

Zahlung:
Die Leistungen werden unmittelbar an die Seniorenzentrum St. Josef gGmbH gezahlt. Die Heimrechnung Nr. 2025-10-0391 über 4.912,55 EUR wurde anteilig angewiesen.

Unterhalt:
Die Tochter, Frau [[P|Gabriele Rauchenberger-Lenz]], [[A|Rathausstraße 8]], [[A|83714 Miesbach]], wird nicht herangezogen, da ein Unterhaltsrückgriff nach § 94 Abs. 1a SGB XII erst ab einem Jahresbruttoeinkommen von 100.000 EUR zulässig ist.

Rechtsbehelfsbelehrung:
Gegen diesen Bescheid kann innerhalb eines Monats nach seiner Bekanntgabe Klage beim Sozialgericht München, [[N|Richelstraße 11]], [[N|80634 München]], erhoben werden.

Mit freundlichen Grüßen

[[P|Schuster]]
Regierungsinspektorin

Bankverbindung Kreiskasse: [[N|{f_iban(I["iban_kk"])}]] · Kreissparkasse München Starnberg Ebersberg""")

# ---- b27-009 -------------------------------------------------------------------------------------------------
doc("outlook", "sozialamt", ["RELIGION"], """Betreff: Bestattungskosten für meinen Vater – Antrag

Sehr geehrte Damen und Herren,

mein Vater [[P|Hüseyin Demir]] (geb. [[DOB|15.04.1947]]) ist am 12.10.2025 im Kreisklinikum verstorben. Er hat zuletzt Grundsicherung bei Ihnen bezogen (Aktenzeichen [[AZ|22-4312-GS-1178]]). Wir sind eine muslimische Familie, mein Vater wurde nach islamischem Ritus im muslimischen Grabfeld des Waldfriedhofs beigesetzt, die rituelle Waschung hat die Moscheegemeinde in Geretsried übernommen.

Die Rechnung des Bestattungsinstituts [[P|Aigner]] (Rechnung Nr. B-2025-1183 über 4.312,50 EUR) kann ich nicht allein bezahlen. Ich beziehe selbst Bürgergeld, mein Bruder [[P|Kemal]] lebt in Izmir.

Bitte schicken Sie mir die Antragsformulare nach § 74 SGB XII an [[A|Tölzer Str. 124]], [[A|82515 Wolfratshausen]].

Mit freundlichen Grüßen
[[P|Aylin Demir-Kaya]]
Tel. [[T|0 81 71 / 2 84 93]]""")

# ---- b27-010 -------------------------------------------------------------------------------------------------
doc("word", "elterngeld", ["HEALTH"], """Familienbüro / Elterngeldberatung – Terminliste KW 46 (10.–14.11.2025)
Raum E.07, Landratsamt Oberhaching-Isartal

Tag | Uhrzeit | Name | Anliegen | Rückruf
Mo 10.11. | 09:00 | [[P|Nguyen Thi Thu Ha]] | ElterngeldPlus, Antrag beim ZBFS ausfüllen, Kind [[P|Minh An]] geb. [[DOB|02.09.2025]] | [[T|0176 5532 1180]]
Mo 10.11. | 10:30 | [[P|Kowalczyk, Marek]] | Partnerschaftsbonus, Fragen zur Teilzeit | [[T|0151-22 84 91 07]]
Di 11.11. | 14:00 | [[P|Lukas]] und [[P|Jana Winter]] | Frühgeburt in der 29. SSW, Zwillinge liegen noch auf der Neonatologie, Bezugsdauer verlängern | [[E|jana.winter@gmx.de]]
Mi 12.11. | 08:30 | (frei, Anfrage zum Geburtsvorbereitungskurs 25F-3107 an VHS verwiesen) | – | –
Do 13.11. | 11:00 | [[P|Abdullahi Warsame]] | Elterngeld mit Aufenthaltserlaubnis § 25 Abs. 2, Kind geb. [[DOB|30.10.2025]] | [[T|+49 157 80 44 21 93]]
Fr 14.11. | – | Sprechstunde entfällt (Schulung Winterdienst Hausmeisterei) | –

Hinweis: Bei Familie [[P|Winter]] ggf. Videotermin, da die Kinder noch stationär behandelt werden.

Erstellt: [[P|T. Huber]], 07.11.2025""")

# ---- b27-011 -------------------------------------------------------------------------------------------------
doc("outlook", "kfz", [], f"""Betreff: WG: Rote Kennzeichen 06 – Antrag Händler Sauerlach

Hallo [[P|Michi]],

kannst du das bitte übernehmen? Die Zuverlässigkeitsprüfung fehlt noch, die Gewerbeanmeldung liegt vor. Ich bin ab morgen im Urlaub.

Danke & Gruß
[[P|Steffi]]
Tel. [[T|08171 9560-237]]

-----Ursprüngliche Nachricht-----
Von: Autohandel [[P|Kuqi]] <[[E|info@autohandel-kuqi.de]]>
Gesendet: Montag, 3. November 2025 16:40
An: [[N|zulassungsstelle@lra-oi.bayern.de]]
Betreff: Rote Kennzeichen 06 – Antrag Händler Sauerlach

Sehr geehrte Damen und Herren,

anbei nochmal die Angaben für die Zuteilung von roten Kennzeichen (Händlerkennzeichen) für meinen Betrieb:

Inhaber: [[P|Arben Kuqi]]
Betrieb: Autohandel [[P|Kuqi]] e.K., [[A|Gewerbering 14]], [[A|82054 Sauerlach]]
Steuernummer: [[TNR|{I["tnr_011"]}]] (Finanzamt Miesbach)
USt-IdNr.: [[VAT|{I["vat_011"]}]]
Tel. [[T|08104 889 2710]], mobil [[T|+49 172 4410 338]]

Das Führungszeugnis habe ich am 28.10. beantragt, die Versicherungsbestätigung (Vertrag 44-1029381) liegt bei.

Mit freundlichen Grüßen
[[P|Arben Kuqi]]""")

# ---- b27-012 -------------------------------------------------------------------------------------------------
doc("word", "auslaender", ["BIOMETRIC"], f"""Ausländerbehörde – Vermerk über die Vorsprache am 21.10.2025
Az.: [[AZ|AB-21.1-0452/2025]]

Vorsprechende Person: [[P|Ahmad Al-Khatib]], nach eigenen Angaben geb. [[DOB|01.01.1996]] in Idlib, syrischer Staatsangehöriger
Vorgelegt: syrischer Reisepass Nr. [[PASS|{I["pass_012"]}]], gültig bis 2027
Wohnhaft: Gemeinschaftsunterkunft [[A|Am Bergwald 8]], [[A|82041 Oberhaching]], [[N|Zimmer 14]]

1. Erkennungsdienstliche Behandlung: Lichtbild und Abdrücke aller zehn Finger wurden abgenommen (Fast-ID). Der Fingerabdruckabgleich über das BKA ergab einen Treffer: Registrierung in Bulgarien am 14.03.2023 unter den Personalien „[[P|Ahmed Alkhatib]]“, geb. [[DOB|01.06.1995]].
2. Herr [[P|Al-Khatib]] erklärt die Abweichung damit, dass die bulgarischen Behörden seine Daten ohne Dolmetscher aufgenommen hätten.
3. Der Abgleich des Gesichtsbilds mit dem Lichtbild im Pass war positiv.
4. Dolmetscher Arabisch aus dem Dolmetscherpool, Auftrag Nr. DP-2025-0977.
5. Anfrage an das BAMF (Gz. [[AZ|9918273-475]]) wegen Dublin-Verfahren; Wiedervorlage 21.11.2025.

[[P|Kronseder]], VA""")

# ---- b27-013 -------------------------------------------------------------------------------------------------
doc("outlook", "sozialamt", ["HEALTH"], f"""Betreff: mehrbedarf ernährung

hallo frau [[P|schuster]],

wie am telefon besprochen schick ich ihnen das ärtzliche attest. ich hab seit 2019 zöliakie und seit letztem jahr auch noch diabetes typ 2, der arzt sagt ich brauch glutenfreie kost und die is viel teurer als normal. meine krankenkasse is die aok, versichertennr [[KV|{I["kv_013"]}]].

mein aktenzeichen weiß ich grad nicht, ich bin [[P|gerlinde mayrhofer]], geb [[DOB|7.5.1962]], wohn in der [[A|schießstättstr. 3 b]], [[N|1. stock]].

das attest vom dr. [[P|Ostermeier]] häng ich an (foto, hoff man kanns lesen)

vielen dank und a schöns wochenend
[[P|gerlinde mayrhofer]]
[[T|0172-8830416]]

Von meinem iPhone gesendet""")

# ---- b27-014 -------------------------------------------------------------------------------------------------
doc("word", "bauleitplanung", [], """Stadt Wolfratsfeld – Bauamt
Niederschrift über die frühzeitige Öffentlichkeitsbeteiligung zum Bebauungsplan Nr. 47 „Am Mühlbach“

Datum: Donnerstag, 16.10.2025, 19:00 bis 21:10 Uhr
Ort: Sitzungssaal des Rathauses, [[N|Marktplatz 1]]
Sitzungsleitung: Erster Bürgermeister [[P|Johann Kirchleitner]]
Planerin: Dipl.-Ing. [[P|Ursula Fenzl-Wagner]], Büro Planwerk Isar
Anwesend: ca. 45 Bürgerinnen und Bürger

1. Vorstellung der Planung
Frau [[P|Fenzl-Wagner]] erläutert den Vorentwurf (Stand 02.09.2025, Sitzungsvorlage BA/2025/118). Vorgesehen sind 38 Wohneinheiten auf den Flurnummern 1123/4 und 1123/7 der Gemarkung Wolfratsfeld. Die Erschließung erfolgt über die Mühlbachstraße.

2. Wortmeldungen
2.1 Herr [[P|Wolfgang Vogel]], [[A|Mühlbachstraße 22]], befürchtet mehr Durchgangsverkehr und fragt nach dem Vogelschutz am Bach (Brutplatz des Eisvogels). Die Planerin verweist auf die artenschutzrechtliche Prüfung.
2.2 Frau [[P|Dr. Eleni Karagiannis]], Anliegerin [[A|Am Mühlbach 3]], fragt, ob ihr Grundstück für den geplanten Gehweg in Anspruch genommen wird. Herr [[P|Kirchleitner]] sagt eine Prüfung zu.
2.3 Ein Anwohner der Hochfeldstraße regt eine Tempo-30-Zone an.
2.4 Herr [[P|Anton Koch]], Wirt des Gasthofs „Zur Post“, bittet um zusätzliche Stellplätze; sein Koch und die Bedienungen parkten derzeit auf dem Festplatz.
2.5 Mehrere Anwesende bitten um Zusendung der Präsentation; sie wird auf der Internetseite der Stadt veröffentlicht.

3. Weiteres Verfahren
Stellungnahmen können bis 14.11.2025 an [[N|bauamt@wolfratsfeld.de]] oder schriftlich an die Stadt Wolfratsfeld, [[N|Marktplatz 1]], [[N|82539 Wolfratsfeld]], gerichtet werden. Der Bauausschuss befasst sich voraussichtlich im Januar 2026 mit den Stellungnahmen.

gez. [[P|Kirchleitner]]                    gez. [[P|Loibl]]""")

# ---- b27-015 -------------------------------------------------------------------------------------------------
doc("outlook", "auslaender", [], """Betreff: Blue Card application – Mr. [[P|Venkatesh Raghunathan]] / Vorabzustimmung

Dear Sir or Madam, / Sehr geehrte Damen und Herren,

we are an engineering company in Oberhaching and would like to hire Mr. [[P|Venkatesh Raghunathan]] (DOB [[DOB|14/07/1992]], Indian passport no. [[PASS|Z4718263]]) as Senior Embedded Developer from 01.01.2026, annual gross salary 68.400 EUR. He is currently in Germany on a job seeker visa and lives at [[A|Kirchplatz 2]], [[A|82041 Oberhaching]].

His wife and their four-year-old son will join him later (family reunification).

Could you please tell us whether the fast-track procedure under § 81a AufenthG is possible and which forms we need? Biometric passport photos for all three are already available.

Best regards / Mit freundlichen Grüßen

[[P|Kathrin Lechner-Ilić]]
HR Business Partner
Isartal Embedded Systems GmbH
[[N|Lise-Meitner-Straße 5]] | [[N|82041 Oberhaching]]
Phone: [[T|+49 89 6136 4471-22]]
[[E|k.lechner-ilic@isartal-embedded.de]]""")

# ---- b27-016 -------------------------------------------------------------------------------------------------
cc_a, cc_b = I["cc_016a"], I["cc_016b"]
doc("word", "kfz", [], f"""Zulassungsbehörde – Zahlungsrückläufer i-Kfz (Online-Zulassung), Oktober 2025
Stand 03.11.2025 – nur für den Dienstgebrauch

Nr. | Halter/in | Kennzeichen | Vorgang | Zahlung | Betrag | Kassenzeichen
1 | [[P|Schmid, Korbinian]] | [[KFZ|TÖL-KS 1987]] | Neuzulassung | Kreditkarte [[CC|{group(cc_a, 4)}]], abgelehnt | 33,10 EUR | [[AZ|4100.2025.30417]]
2 | [[P|Dimitrova, Radka]] | [[KFZ|TÖL-RD 71E]] | Adressänderung | Kreditkarte **** 2291, Rückbuchung | 12,50 EUR | [[AZ|4100.2025.30522]]
3 | [[P|Tran, Van Duc]] | [[KFZ|WOR VD 812]] | Außerbetriebsetzung | Kreditkarte [[CC|{cc_b}]], Karte gesperrt | 7,70 EUR | [[AZ|4100.2025.30688]]

Weiteres Vorgehen: Die Halter werden schriftlich zur Zahlung aufgefordert. Bei Nr. 1 und 3 bitte vorher telefonisch klären: Herr [[P|Schmid]] [[T|08041 7793 12]], Herr [[P|Tran]] [[T|0176 4481 2290]].

[[P|Obermüller]]""")

# ---- b27-017 -------------------------------------------------------------------------------------------------
doc("outlook", "wohngeld", [], f"""Betreff: Telefonat Hr. [[P|Popescu]] – Rückforderung Wohngeld

Servus [[P|Magdalena]],

grad hat der Herr [[P|Ionuț Popescu]] angerufen (Rückruf bitte unter [[T|0152 0338 7719]], erst ab 16 Uhr). Es geht um die Rückforderung aus dem Bescheid vom 12.09.2025 über 1.284,00 EUR. Er sagt, er hat am 30.09. an die Kreiskasse überwiesen, als Verwendungszweck aber die Rechnungsnummer von der Müllgebühr (RE-2025-04412) statt dem Kassenzeichen [[AZ|4200.2025.01187]] angegeben. Kannst du bei der Kasse nachfragen, ob die Zahlung auf [[N|{f_iban(I["iban_kk"])}]] falsch verbucht wurde?

Übrigens arbeitet er seit 01.11. als Koch in der Kantine vom Kreisklinikum, das müssen wir beim Weiterleistungsantrag nach § 27 WoGG berücksichtigen.

Danke dir!
[[P|Korbi]]""")

# ---- b27-018 -------------------------------------------------------------------------------------------------
doc("word", "sozialamt", [], f"""{LRA_HEAD}

Herrn
[[P|Zbigniew Wróblewski]]
[[A|Sauerlacher Straße 14]]
[[A|82515 Wolfratshausen]]

Az.: [[AZ|22-4312-GS-0733/2021]]
Telefon: [[N|08171 9560-0]]

Wolfratsfeld, 06.11.2025

Anhörung nach § 24 SGB X – Überzahlung von Grundsicherung im Alter

Sehr geehrter Herr [[P|Wróblewski]],

Sie erhalten seit 01.05.2021 Grundsicherung im Alter nach dem Vierten Kapitel SGB XII. Im Rahmen des automatisierten Datenabgleichs nach § 118 SGB XII hat das Bundeszentralamt für Steuern zu Ihrer Steuer-Identifikationsnummer [[TID|{f_tid(I["tid_018"])}]] Kapitalerträge aus einem bisher nicht angegebenen Depot mitgeteilt.

Außerdem ergeben sich aus dem Einkommensteuerbescheid 2023 des Finanzamts Bad Tölz (Steuernummer [[TNR|{I["tnr_018"]}]]) Einkünfte aus Vermietung einer Eigentumswohnung in Polen, [[A|ul. Długa 41]], [[A|80-827 Gdańsk]], von monatlich rund 450 EUR.

Ihre Altersrente (Versicherungsnummer [[SSN|{I["ssn_018"]}]]) wird auf das Konto [[IBAN|{I["iban_018"]}]] gezahlt; Mieteingänge sind dort nicht ersichtlich.

Nach vorläufiger Berechnung wurden Ihnen vom 01.01.2024 bis 31.08.2025 Leistungen in Höhe von 5.412,80 EUR zu Unrecht gewährt (§ 45 SGB X). Bevor wir entscheiden, geben wir Ihnen Gelegenheit, sich bis zum 28.11.2025 zu äußern. Bitte legen Sie den Mietvertrag und die Kontoauszüge des polnischen Kontos vor.

Mit freundlichen Grüßen
Im Auftrag
[[P|Pfaffinger]]""")

# ---- b27-019 -------------------------------------------------------------------------------------------------
doc("outlook", "elterngeld", ["UNION"], """Betreff: Elterngeld Partnerschaftsbonus + Arbeitgeber macht Probleme

Guten Tag Frau [[P|Huber]],

danke für das Gespräch letzte Woche. Wie besprochen: meine Frau [[P|Katarzyna]] und ich wollen beide 4 Monate mit 28 Stunden arbeiten (Partnerschaftsbonus). [[P|Katarzyna]]s Chef ist einverstanden, aber mein Arbeitgeber (Metallbau in Geretsried) sagt jetzt, Teilzeit geht nicht. Ich bin Mitglied der IG Metall und die Rechtsberatung dort sagt, ich soll den Antrag nochmal schriftlich nach § 15 BEEG stellen.

Unser Sohn [[P|Jan]] ist am [[DOB|8. Oktober 2025]] geboren. Beim ZBFS läuft der Antrag schon unter [[AZ|EG-OB-2025-118734]].

Braucht das ZBFS auch eine Bescheinigung vom Arbeitgeber, wenn der Arbeitgeber nicht will?

Viele Grüße
[[P|Paweł Nowicki]]
[[A|Johann-Sebastian-Bach-Str. 15]]
[[A|82538 Geretsried]]
[[T|+48 601 223 907]] (polnische Nummer, auch WhatsApp)""")

# ---- b27-020 -------------------------------------------------------------------------------------------------
doc("word", "auslaender", ["POLITICS", "ETHNICITY"], f"""Landratsamt Oberhaching-Isartal – Ausländerbehörde
[[N|Isarauenstraße 1]] · [[N|82539 Wolfratsfeld]] · Telefon [[N|08171 9560-0]]

Kanzlei am Isartor
Frau Rechtsanwältin [[P|Dr. Yasemin Aktaş]]
[[N|Zweibrückenstraße 6]]
[[N|80331 München]]

Unser Zeichen: [[AZ|AB-22.3-0977/2025]]

Wolfratsfeld, 07.11.2025

Ihr Mandant: Herr [[P|Rojhat Aydın]], geb. [[DOB|22.02.1990]] in Diyarbakır
Erteilung einer Aufenthaltserlaubnis nach § 25 Abs. 2 Satz 1 Alt. 1 AufenthG

Sehr geehrte Frau Dr. [[P|Aktaş]],

das Bundesamt für Migration und Flüchtlinge hat Ihrem Mandanten mit Bescheid vom 15.09.2025 (Gz. [[AZ|8834512-163]]) die Flüchtlingseigenschaft zuerkannt. Nach den Feststellungen des Bundesamts wurde Herr [[P|Aydın]] als kurdischer Volkszugehöriger und Mitglied der Jugendorganisation der HDP wegen der Teilnahme an Demonstrationen mehrfach festgenommen; in der Türkei ist gegen ihn ein Strafverfahren wegen angeblicher Mitgliedschaft in einer terroristischen Organisation anhängig.

Die Aufenthaltserlaubnis wird für drei Jahre erteilt. Für die Herstellung des elektronischen Aufenthaltstitels bitten wir Ihren Mandanten, am 18.11.2025 um 10:30 Uhr mit einem aktuellen biometrischen Lichtbild persönlich vorzusprechen. Der bei uns hinterlegte türkische Reisepass Nr. [[PASS|{I["pass_020"]}]] bleibt bis zur Ausstellung des Reiseausweises für Flüchtlinge in Verwahrung.

Ihr Mandant ist unter der Anschrift [[A|Am Floßkanal 19]], [[A|82515 Wolfratshausen]] gemeldet.

Mit freundlichen Grüßen
Im Auftrag
[[P|Kronseder]]
Durchwahl [[T|08171 9560-315]]""")

# ---- b27-021 -------------------------------------------------------------------------------------------------
doc("outlook", "sozialamt", ["ETHNICITY"], """Betreff: Familie [[P|Memedi]] – Mietkaution / Wohnungssuche

Sehr geehrte Damen und Herren,

ich begleite als Migrationsberaterin die Familie [[P|Memedi]]: Frau [[P|Sabina Memedi]], Herrn [[P|Ilir Memedi]] und die drei Kinder (9, 6 und 2 Jahre). Die Familie gehört der Roma-Minderheit aus Nordmazedonien an und wird bei Wohnungsbesichtigungen immer wieder abgewiesen, sobald die Vermieter davon erfahren.

Derzeit lebt die Familie in der Obdachlosenunterkunft [[A|Am Bauhof 2]]. Jetzt hat sich endlich eine Wohnung in der Sudetenstraße ergeben, Vermieter ist Herr [[P|Gerhard Pointner]]. Wir bitten um Übernahme der Mietkaution von 1.650,00 EUR als Darlehen nach § 35 Abs. 2 SGB XII. Frau [[P|Memedi]] (geb. [[DOB|12.12.1991]]) ist mit der Abtretung an den Vermieter einverstanden.

Erreichbar bin ich Di bis Do unter [[T|08171 4188-37]].

Freundliche Grüße
[[P|Lena Mühlbauer]]
Caritas-Zentrum Wolfratsfeld – Migrationsberatung
[[E|l.muehlbauer@caritas-oi.de]] | Zentrale [[N|08171 4188-0]]""")

# ---- b27-022 -------------------------------------------------------------------------------------------------
doc("word", "gewerbe", [], f"""Stadt Wolfratsfeld – Ordnungsamt
Gewerbe-Anmeldung nach § 14 GewO (GewA 1)

Angaben zur Person
1  Name: [[P|Pham]]
2  Vornamen: [[P|Thi Lan Anh]]
3  Geschlecht: weiblich
4  Geburtsdatum: [[DOB|19.05.1988]]
5  Geburtsort, -land: Hải Phòng, Vietnam
6  Staatsangehörigkeit: vietnamesisch
7  Anschrift der Wohnung: [[A|Untermarkt 22]], [[A|82515 Wolfratshausen]]
8  Telefon: [[T|0163 7182 4450]]   E-Mail: [[E|lananh.pham88@gmail.com]]

Angaben zum Betrieb
11 Betriebsstätte: [[A|Obermarkt 17]], [[A|82539 Wolfratsfeld]]
12 Name des Geschäfts: [[P|Lan Anh]] Nails
15 Angemeldete Tätigkeit: Nageldesign, Handel mit Kosmetikartikeln
17 Beginn der Tätigkeit: 01.12.2025
Steuernummer: [[TNR|{I["tnr_022"]}]]
USt-IdNr.: [[VAT|DE {I["vat_022"][2:5]} {I["vat_022"][5:8]} {I["vat_022"][8:]}]]
Identitätsnachweis: vietnamesischer Reisepass Nr. [[PASS|{I["pass_022"]}]], Aufenthaltstitel gültig bis 2028

Wolfratsfeld, 10.11.2025
Unterschrift: [[P|Pham Thi Lan Anh]]

Bearbeitungsvermerk: Gebühr 30,00 EUR bar bezahlt, Quittung Nr. 2025-1187.""")

# ---- b27-023 -------------------------------------------------------------------------------------------------
doc("outlook", "kfz", [], f"""Betreff: AW: Wunschkennzeichen + Bezahlung

Sehr geehrte Frau [[P|Papadopoulou]],

bitte schicken Sie uns keine Kreditkartendaten per E-Mail. Ihr Wunschkennzeichen [[KFZ|WOR-EP 2024]] ist bis zum 20.11.2025 reserviert. Die Gebühr zahlen Sie bitte bei der Zulassung vor Ort mit Girocard oder vorab über das Bürgerservice-Portal.

Mit freundlichen Grüßen
[[P|Stefanie Obermüller]]
Landratsamt Oberhaching-Isartal – Zulassungsbehörde
Tel. [[N|08171 9560-0]] (Zentrale) | [[N|zulassungsstelle@lra-oi.bayern.de]]

Am 06.11.2025 um 22:41 schrieb [[P|Eleni Papadopoulou]] <[[E|eleni.papado@yahoo.gr]]>:
> hallo,
> ich möchte das kennzeichen [[KFZ|WOR-EP 2024]] reservieren (EP = meine initialen, 2024 = hochzeitsjahr).
> zahlen kann ich mit kreditkarte: [[CC|{CC23}]], gültig bis 09/27, [[P|ELENI PAPADOPOULOU]]
> adresse: [[A|Kirchbergstr. 4]], [[A|82057 Icking]]
> danke!! [[P|eleni]]""")

# ---- b27-024 -------------------------------------------------------------------------------------------------
doc("word", "wohngeld", [], f"""Mietbescheinigung (Anlage zum Wohngeldantrag) – vom Vermieter auszufüllen
Wohngeldstelle Landratsamt Oberhaching-Isartal, Az. [[AZ|WG-2025-05512]]

1. Antragsteller: [[P|Sokolov, Dmitrij]]
   Anschrift der Wohnung: [[A|Hans-Urmiller-Ring 41]], [[A|82515 Wolfratshausen]], [[N|3. OG rechts]]
2. Weitere Mieterin laut Vertrag: [[P|Sokolova, Svetlana]]
3. Vermieter: [[P|Giovanni De Luca]], [[A|Via Roma 12]], [[A|39100 Bozen]] (Italien)
   Telefon: [[T|+39 0471 982 114]]
   Bankverbindung: [[IBAN|{f_iban(I["iban_024"])}]]
4. Mietbeginn: 01.04.2019; Wohnfläche 74,5 m²; 3 Zimmer; Bezugsfertigkeit 1972
5. Miete monatlich: Grundmiete 890,00 EUR; kalte Nebenkosten 145,00 EUR; Heizung und Warmwasser 110,00 EUR; Garage 60,00 EUR
6. Ist der Mieter mit dem Vermieter verwandt? nein

Ich versichere, dass die Angaben richtig sind.
Bozen/Bolzano, 14.09.2025   [[P|G. De Luca]]""")

# ---- b27-025 -------------------------------------------------------------------------------------------------
doc("outlook", "auslaender", ["RELIGION", "HEALTH"], f"""Betreff: Fr. [[P|Ahmadzai]] – Duldung läuft ab, dringend!

Grüß Gott Herr [[P|Kronseder]],

ich schreib Ihnen vom Helferkreis Icking für Frau [[P|Farzana Ahmadzai]] (geb. [[DOB|1.1.1994]], Az. bei Ihnen [[AZ|AB-23.1-2291/2023]]). Ihre Duldung läuft am 19.11. ab und online haben wir keinen Termin bekommen.

Wichtig: [[P|Farzana]] ist letztes Jahr in der evangelischen Kirchengemeinde Icking getauft worden (Taufbescheinigung des Pfarramts liegt bei) und hat deshalb einen Folgeantrag beim BAMF gestellt, weil Konvertiten in Afghanistan mit dem Tod bedroht sind. Außerdem ist sie wegen einer posttraumatischen Belastungsstörung bei [[P|Dr. med. Sibylle Brandhuber]] in Behandlung, Attest anbei.

Ihr afghanischer Pass (Nr. [[PASS|{I["pass_025"]}]]) ist abgelaufen, die Tazkira ist vorhanden.

Wann können wir vorbeikommen? Ich fahr sie gern.

Vergelt's Gott und viele Grüße
[[P|Sepp Niedermaier]]
Helferkreis Asyl Icking
[[T|0 81 78 / 99 31 42]]
[[E|sepp.niedermaier@t-online.de]]""")

# ---- b27-026 -------------------------------------------------------------------------------------------------
doc("word", "datenschutz", ["HEALTH"], f"""Vermerk – Verletzung des Schutzes personenbezogener Daten (Art. 33 DSGVO)
an den behördlichen Datenschutzbeauftragten

Meldende Stelle: SG 22 Soziale Leistungen, [[P|Veronika Pfaffinger]], Tel. [[T|08171 9560-228]]
Kenntnis erlangt: 03.11.2025, 10:15 Uhr

Sachverhalt:
Am 31.10.2025 wurde ein Schreiben zur Eingliederungshilfe (Az. [[AZ|22-4313-EGH-0612/2025]]) für Herrn [[P|Maximilian Ebner]], geb. [[DOB|28.08.2001]], [[A|Sonnenstraße 11]], [[A|82054 Sauerlach]], versehentlich an [[E|max.ebner@web.de]] statt an [[E|maximilian.ebner01@web.de]] gesendet. Anlage war der Entlassbericht des Bezirkskrankenhauses mit der Diagnose einer paranoiden Schizophrenie und Angaben zum stationären Aufenthalt von Juni bis August 2025 sowie die Krankenversichertennummer [[KV|{I["kv_026"]}]].

Der Empfänger, ein Namensvetter ([[P|Max Ebner]] aus Taufkirchen), hat am 03.11.2025 angerufen und erklärt, die Mail gelöscht zu haben; eine schriftliche Bestätigung ist angefordert.

Information der betroffenen Person: am 03.11.2025 telefonisch über den gesetzlichen Betreuer, Herrn [[P|Josef Ebner]] (Vater), [[T|0171 5502 914]].
Risikobewertung: hohes Risiko (Gesundheitsdaten, Art. 9 DSGVO), Meldung an das BayLDA binnen 72 Stunden.
Maßnahmen: Autovervollständigung im Mailprogramm deaktiviert; Teilnahme des Teams an der Datenschutzschulung DS-2025-14 am 20.11.2025.

[[P|Pfaffinger]]""")

# ---- b27-027 -------------------------------------------------------------------------------------------------
doc("outlook", "elterngeld", [], """Betreff: elterngeld formular

grüß gott,
wo find i des formular fürs elterngeld? auf eurer seite steht nur was vom ZBFS, is des richtig? und brauch ich die geburtsurkunde vom standesamt im original?
unsre kloane [[P|Leni]] is am [[DOB|3. november]] auf d'welt kommen :-)

danke & pfiat di
[[P|Resi]]

Von meinem Samsung Galaxy Smartphone gesendet""")

# ---- b27-028 -------------------------------------------------------------------------------------------------
doc("word", "elterngeld", [], f"""Bäckerei & Konditorei [[P|Anton Kiermeier]] e.K. · [[A|Marktstraße 9]] · [[A|82064 Straßlach-Dingharting]]

Arbeitgeberbescheinigung zur Vorlage beim Zentrum Bayern Familie und Soziales (Elterngeld)

Arbeitnehmer: [[P|Giuseppe Russo]]
geboren am: [[DOB|30.06.1990]]
Anschrift: [[A|Alpenblick 4]], [[A|82065 Baierbrunn]]
Sozialversicherungsnummer: [[SSN|{f_ssn(I["ssn_028"])}]]
Steuer-Identifikationsnummer: [[TID|{I["tid_028"]}]]
Personalnummer: [[N|0047]]
Krankenkasse: Techniker Krankenkasse

Herr [[P|Russo]] ist seit 01.03.2016 bei uns als Bäcker in Vollzeit (40 Stunden/Woche) beschäftigt. Er nimmt Elternzeit vom 01.12.2025 bis 31.01.2026 für seinen Sohn [[P|Matteo]] (geb. [[DOB|17.10.2025]]). Während der Elternzeit wird kein Arbeitsentgelt gezahlt. Die Lohnabrechnungen 10/2024 bis 09/2025 liegen bei (monatlich brutto 3.120,00 EUR zuzüglich steuerfreier Nachtzuschläge).

Steuernummer des Arbeitgebers: [[TNR|{I["tnr_028"]}]]
Betriebsnummer: [[N|81234567]]
Lohnbuchhaltung: Tel. [[T|08170 / 99 12 40]]

Straßlach, 12.11.2025
[[P|Anton Kiermeier]], Inhaber""")

# ---- b27-029 -------------------------------------------------------------------------------------------------
doc("outlook", "sozialamt", [], f"""Betreff: AW: AW: Mietrückstand Egerlandstraße – Übernahme nach § 36 SGB XII

Sehr geehrter Herr [[P|van der Linden]],

wir übernehmen die Mietrückstände für August bis Oktober 2025 in Höhe von 2.235,00 EUR. Die Überweisung erfolgt in den nächsten Tagen auf das von Ihnen genannte Konto bei der Rabobank mit dem Verwendungszweck „Mietkonto MK-4471“. Bitte nehmen Sie wie telefonisch besprochen die Räumungsklage zurück.

Mit freundlichen Grüßen
Im Auftrag
[[P|Veronika Pfaffinger]]
Sachgebiet 22 – Soziale Leistungen
Tel. [[T|08171 9560-228]]

Von: [[P|Dirk van der Linden]] <[[E|d.vanderlinden@vanderlinden-vastgoed.nl]]>
Gesendet: Mittwoch, 12. November 2025 17:30
An: [[N|sozialamt@lra-oi.bayern.de]]
Betreff: AW: Mietrückstand Egerlandstraße – Übernahme nach § 36 SGB XII

Goedemiddag,

ich bin Eigentümer der Wohnung [[A|Egerlandstraße 51]] in Geretsried, Mieterin ist Frau [[P|Dragana Kovačević]]. Die Rückstände betragen 2.235,00 EUR (August bis Oktober). Mit einer Zahlung durch das Amt bin ich einverstanden, bitte auf mein Konto [[IBAN|{f_iban(I["iban_029"])}]]. Für Rückfragen: [[T|+31 6 4182 7730]].

Met vriendelijke groet
[[P|Dirk van der Linden]]
[[A|Oudegracht 144]]
[[A|3511 AZ Utrecht]]

Von: [[P|Dragana Kovačević]] <[[E|dragana.kovacevic@gmx.de]]>
Gesendet: Freitag, 7. November 2025 23:12
An: [[N|sozialamt@lra-oi.bayern.de]]
Betreff: Mietrückstand / bitte um hilfe

hallo,
ich bin alleinerziehend mit zwei kinder (7 und 4 jahre) und hab im august meine arbeit verloren (firma insolvent). der vermieter herr [[P|van der linden]] hat jetzt räumungsklage gemacht, termin beim amtsgericht wolfratshausen ist am 10.12. (az [[AZ|2 C 418/25]]).
ALG I ist beantragt, kundennummer bei der agentur für arbeit [[AZ|912D448173]].
bitte helfen sie mir, ich will mit den kindern nicht auf die straße.
[[P|dragana kovačević]]
[[A|egerlandstr. 51]], [[A|82538 geretsried]]
[[T|0157 8834 2271]]""")

# ---- b27-030 -------------------------------------------------------------------------------------------------
doc("word", "kfz", [], f"""Telefonnotiz 12.11.2025, 10:40 Uhr
Anrufer: Hr. [[P|Bojko]], [[T|0176 / 3382 9014]]
Anliegen: hat bei der Ummeldung den Personalausweis ([[IDC|{I["idc_030"]}]]) nicht dabeigehabt, will eine Kopie mailen – abgelehnt, muss persönlich vorsprechen. Rückruf erbeten.
[[P|Obermüller]]""")


# ---- checks ----------------------------------------------------------------------------------------------------
def digits_only(s):
    return "".join(c for c in s if c.isalnum())


def check_iban(v):
    v = digits_only(v).upper()
    n = int("".join(str(int(c, 36)) for c in v[4:] + v[:4]))
    assert n % 97 == 1, v
    assert mod97_iban(v[:2], v[4:]) == v, v


def check_cc(v):
    v = digits_only(v)
    assert luhn_check(v[:-1]) == int(v[-1]), v


def check_tid(v):
    v = digits_only(v)
    assert len(v) == 11 and v[0] != "0", v
    counts = [v[:10].count(d) for d in "0123456789"]
    assert max(counts) <= 3 and sum(1 for c in counts if c >= 2) == 1, v
    assert mod11_10_check(v[:10]) == int(v[10]), v


def check_vat(v):
    v = digits_only(v)
    assert v.startswith("DE") and len(v) == 11, v
    assert mod11_10_check(v[2:10]) == int(v[10]), v


def check_ssn(v):
    v = digits_only(v)
    assert len(v) == 12, v
    code = ord(v[8]) - ord("A") + 1
    values = [int(c) for c in v[:8]] + [code // 10, code % 10] + [int(c) for c in v[9:11]]
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    assert sum(digit_sum(a * w) for a, w in zip(values, weights)) % 10 == int(v[11]), v


def check_kv(v):
    v = digits_only(v)
    assert len(v) == 10 and v[0].isalpha(), v
    code = ord(v[0]) - ord("A") + 1
    values = [code // 10, code % 10] + [int(c) for c in v[1:9]]
    assert sum(digit_sum(a * (1 if i % 2 == 0 else 2)) for i, a in enumerate(values)) % 10 == int(v[9]), v


def check_idc(v):
    if len(v) == 10:
        assert icao_check(v[:9]) == int(v[9]), v
    else:
        assert len(v) == 9, v


CHECKS = {"IBAN": check_iban, "CREDIT_CARD": check_cc, "TAX_ID": check_tid, "VAT_ID": check_vat,
          "SOCIAL_SECURITY": check_ssn, "HEALTH_INSURANCE": check_kv, "ID_CARD": check_idc}


def main():
    out = []
    for n, (channel, template, flags, marked) in enumerate(DOCS, 1):
        rec = build(f"b27-{n:03d}", channel, template, marked, flags)
        for e in rec["entities"]:
            if e["category"] in CHECKS:
                CHECKS[e["category"]](e["text"])
        for s in rec["neutral"]:
            if s["text"].replace(" ", "").startswith("DE") and len(digits_only(s["text"])) == 22:
                check_iban(s["text"])
        out.append(rec)
    assert len(out) == 30
    path = os.path.join(HERE, "fresh27.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    from collections import Counter
    cats = Counter(e["category"] for r in out for e in r["entities"])
    flags = Counter(f for r in out for f in r["specialCategories"])
    print(path, len(out), "documents", sum(cats.values()), "entities",
          sum(len(r["neutral"]) for r in out), "neutral")
    print(dict(cats.most_common()))
    print(dict(flags.most_common()))
    print(Counter(r["channel"] for r in out))


if __name__ == "__main__":
    main()
