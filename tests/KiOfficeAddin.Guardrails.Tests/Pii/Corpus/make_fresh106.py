#!/usr/bin/env python3
"""Fresh blind test batch 106: Stadtwerke and waste-fee billing office of a (fictional) Hessian town, Ellerbach.

Writes fresh106.jsonl next to this script: 30 documents F106-001 .. F106-030. Deterministic: one seeded generator
(Identifiers(10606) and its rng), no clock, no unordered iteration.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from marks import build  # noqa: E402
from identifiers import Identifiers, group, luhn_check, mod97_iban  # noqa: E402

ids = Identifiers(10606)
R = ids.rng


# ---------------------------------------------------------------- foreign identifiers with their public checks
def rrn_kr(yymmdd, sex_digit):
    """Korean resident registration number YYMMDD-SNNNNNC; check: weights 2..9,2..5, (11 - sum mod 11) mod 10."""
    body = yymmdd + sex_digit + ids.digits(5)
    weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    total = sum(int(c) * w for c, w in zip(body, weights))
    return f"{body[:6]}-{body[6:]}{(11 - total % 11) % 10}"


def my_number_jp():
    """Japanese Individual Number (My Number), 12 digits; check digit per the Cabinet Office ordinance."""
    body = ids.digits(11, first_nonzero=True)
    total = 0
    for n in range(1, 12):
        p = int(body[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return body + str(0 if r <= 1 else 11 - r)


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_check(payload):
    c = 0
    for i, ch in enumerate(reversed(payload)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return _VINV[c]


def verhoeff_valid(number):
    c = 0
    for i, ch in enumerate(reversed(number)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def aadhaar_in():
    """Indian Aadhaar: 12 digits, first 2-9, last digit Verhoeff."""
    body = R.choice("23456789") + ids.digits(10)
    return body + str(verhoeff_check(body))


def pan_in(surname_initial):
    """Indian PAN AAAPS9999A (4th letter P = individual, 5th = surname initial); no published check algorithm."""
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    head = "".join(R.choice(letters) for _ in range(3))
    return f"{head}P{surname_initial}{ids.digits(4)}{R.choice(letters)}"


def cpf_br():
    """Brazilian CPF 999.999.999-99, two mod-11 check digits."""
    b = [int(c) for c in ids.digits(9, first_nonzero=True)]
    d1 = sum(x * w for x, w in zip(b, range(10, 1, -1))) * 10 % 11 % 10
    d2 = sum(x * w for x, w in zip(b + [d1], range(11, 1, -1))) * 10 % 11 % 10
    s = "".join(map(str, b + [d1, d2]))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def afm_gr():
    """Greek tax number (AFM), 9 digits: sum d_i * 2^(8-i) over the first 8, mod 11 mod 10."""
    b = ids.digits(8, first_nonzero=True)
    total = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(b))
    return b + str(total % 11 % 10)


def amka_gr(ddmmyy):
    """Greek social security number AMKA: DDMMYY + 4 digits + Luhn check digit."""
    body = ddmmyy + ids.digits(4)
    return body + str(luhn_check(body))


def creditor_id(national11):
    """SEPA creditor identifier DEkkZZZ0nnnnnnnnnn (check over the national part, business code excluded)."""
    iban_like = mod97_iban("DE", national11)
    return iban_like[:4] + "ZZZ" + iban_like[4:]


def steuernummer_he():
    """Hessian Steuernummer layout 0FF BBB UUUUP (layout only)."""
    return f"0{R.choice(['20', '21', '39', '43'])} {ids.digits(3)} {ids.digits(5)}"


def kdnr():
    return "10" + ids.digits(6)


def vkonto():
    return "2100" + ids.digits(8)


def kassenzeichen():
    return f"5.3100.{ids.digits(6)}.{ids.digits(1)}"


def iban_sp(i):
    return group(i, 4)


# ---------------------------------------------------------------- the office's own public data (neutral)
SW_ADDR_STREET = "Marktplatz 7"
SW_ADDR_CITY = "35463 Ellerbach"
SW_TEL = "06404 917-0"
SW_MAIL = "kundenservice@sw-ellerbach.de"
SW_CRED = creditor_id("0000" + ids.digits(7))
SW_IBAN = ids.iban_de()

# ---------------------------------------------------------------- customer numbers (fixed order)
kn_kim, vk_kim = kdnr(), vkonto()
kn_rag, vk_rag = kdnr(), vkonto()
kn_pap, vk_pap = kdnr(), vkonto()
kn_rod = kdnr()
kn_ruehl = kdnr()
kn_nar = kdnr()
kn_tak, vk_tak = kdnr(), vkonto()
vk_vla = vkonto()
vk_bha = vkonto()
vk_oik = vkonto()
kn_cha = kdnr()
kn_bru = kdnr()
kn_park, vk_park = kdnr(), vkonto()
kn_con = kdnr()
vk_yam = vkonto()
kn_pfe, kn_pfe2 = kdnr(), kdnr()
kz_schwalm, kz_yam, kz_gon, kz_zoerb = kassenzeichen(), kassenzeichen(), kassenzeichen(), kassenzeichen()
mref_rag = f"SWE-{vk_rag}-01"
mref_bha = f"SWE-{vk_bha}-02"
mref_oik = f"SWE-{vk_oik}-01"
mref_gon = f"GB-{kz_gon.replace('.', '')[:10]}-A"

docs = []


def add(channel, template, flags, marked):
    n = len(docs) + 1
    docs.append(build(f"F106-{n:03d}", channel, template, marked.strip("\n") + "\n", flags))


# ================================================================ 001 outlook: Korean student registers electricity
iban1 = ids.iban_de()
pass1 = "M" + ids.digits(8)
eat1 = ids.id_card(check_digit=True)
add("outlook", "einzug_strom_en", [], f"""
Von: Minjun Kim <[[E|minjun.kim.de@gmail.com]]>
An: [[N|{SW_MAIL}]]
Betreff: Anmeldung Strom / electricity registration – new apartment

Dear Sir or Madam, sehr geehrte Damen und Herren,

sorry that I write in English, my German is only A2 so far. I moved on 1 September into an apartment at [[A|Heckenrosenweg 14]], 2. OG links, [[A|35463 Ellerbach]]. My landlord, Mr. [[P|Wißner]], told me that I have to register the electricity myself with the Stadtwerke. The water is included in the rent.

My details:
Name: [[P|KIM Min-jun]] (in passport: [[P|Kim, Minjun]])
Date of birth: [[DOB|14 March 1999]]
Passport no.: [[PASS|{pass1}]] (Republic of Korea)
Residence permit card no.: [[IDC|{eat1}]]
Meter reading on move-in day (meter [[N|1 EBZ 01 0004 8815]]): 4.127,3 kWh – photo attached
Phone (DE): [[T|0157 3481 2290]]
Phone (KR, parents): [[T|+82 10-4417-2958]]

Previous address in Korea:
[[A|302-1104, 27 Olympic-ro 35-gil]]
[[A|Songpa-gu, Seoul 05510]]
Republic of Korea

Please take the monthly instalment from my account at Sparkasse Gießen, IBAN [[IBAN|{iban_sp(iban1)}]], account holder [[P|Minjun Kim]]. I start my master's programme at the Technische Hochschule Mittelhessen in October, so a green tariff with a low monthly amount would be perfect.

Best regards / Mit freundlichen Grüßen
[[P|Min-jun Kim]] ([[P|김민준]])
""")

# ================================================================ 002 word: SEPA direct-debit mandate pasted as text
iban2 = ids.iban_de()
add("word", "sepa_mandat", [], f"""
Stadtwerke Ellerbach GmbH · [[N|{SW_ADDR_STREET}]] · [[N|{SW_ADDR_CITY}]]
Gläubiger-Identifikationsnummer: [[N|{SW_CRED}]]
Mandatsreferenz: [[AZ|{mref_rag}]]

SEPA-Lastschriftmandat (Formular K-07, Stand 01/2025)

Ich ermächtige die Stadtwerke Ellerbach GmbH, Zahlungen von meinem Konto mittels Lastschrift einzuziehen. Zugleich weise ich mein Kreditinstitut an, die von der Stadtwerke Ellerbach GmbH auf mein Konto gezogenen Lastschriften einzulösen.
Hinweis: Ich kann innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung des belasteten Betrages verlangen. Es gelten dabei die mit meinem Kreditinstitut vereinbarten Bedingungen.

Vertragspartnerin:          [[P|Priya Raghunathan]]
Kundennummer:               [[AZ|{kn_rag}]]
Vertragskonto:              [[AZ|{group(vk_rag, 4)}]]
Verbrauchsstelle:           [[A|Kirchbergstraße 3a]], [[A|35463 Ellerbach]]
Sparten:                    Strom (Tarif „EllerStrom Natur 12"), Wasser

Kontoinhaber (falls abweichend vom Vertragspartner):
Name, Vorname:              [[P|Venkataraman, Arjun]]
Straße, Hausnummer:         [[A|Am Schwalbenberg 22]]
PLZ, Ort:                   [[A|35390 Gießen]]
Kreditinstitut:             Volksbank Mittelhessen eG
IBAN:                       [[IBAN|{iban2}]]
BIC:                        VBMHDE5FXXX

Zahlungsart: [x] wiederkehrend   [ ] einmalig

Ellerbach, 02.10.2025          gez. [[P|A. Venkataraman]]
                               (Unterschrift Kontoinhaber)

Vermerk Kundenservice: Mandat erfasst am 06.10.2025 durch [[P|J. Dietz]]; Vorabinformation mit Abschlagsplan geht an die Vertragspartnerin. Erster Einzug 15.10.2025, 84,00 €.
""")

# ================================================================ 003 outlook: forwarded complaint, Greek customer
add("outlook", "nachzahlung_weiterleitung", [], f"""
Von: [[P|Dietz, Jannik]] <[[E|jannik.dietz@sw-ellerbach.de]]>
Gesendet: Dienstag, 14. Oktober 2025 09:12
An: [[P|Schäfer-Lotz, Heike]] <[[E|heike.schaefer-lotz@sw-ellerbach.de]]>
Cc: Forderungsmanagement <[[N|forderung@sw-ellerbach.de]]>
Betreff: WG: Jahresabrechnung 2024 – Nachzahlung 612,40 € ??

Hallo [[P|Heike]],

kannst du dir das bitte anschauen? Herr [[P|Papadopoulos]] war deswegen schon zweimal am Schalter. Laut SAP ist das Vertragskonto [[AZ|{vk_pap}]] korrekt abgerechnet, aber die Zwischenablesung vom 30.06. fehlt, der Wert 18.904 ist geschätzt. Herrn [[P|Papadopoulos]]' Foto vom 28.12. zeigt 17.211, das passt zum Vorjahr. Ich würde ihm bis zur Klärung eine Stundung anbieten, wenn du einverstanden bist.

Gruß
[[P|Jannik]]

-----Ursprüngliche Nachricht-----
Von: [[P|Georgios Papadopoulos]] <[[E|g.papadopoulos@outlook.com]]>
Gesendet: Montag, 13. Oktober 2025 21:47
An: [[N|{SW_MAIL}]]
Betreff: Jahresabrechnung 2024 – Nachzahlung 612,40 € ??

Sehr geehrte Damen und Herren,

ich habe heute Ihre Jahresabrechnung bekommen (Kundennummer [[AZ|{kn_pap}]]) und bin ehrlich gesagt schockiert. 612,40 € Nachzahlung für eine 2-Zimmer-Wohnung?? Wir sind nur zu zweit, meine Frau [[P|Eleni]] arbeitet in Frankfurt und ist unter der Woche kaum zu Hause.

Der Zählerstand auf der Rechnung (18.904 kWh) kann nicht stimmen, ich habe am 28.12. selbst 17.211 abgelesen und ein Foto gemacht. Ihr Ableser, Herr [[P|Pfannmüller]], war gar nicht bei uns in der Wohnung, die Karte lag nur im Briefkasten.

Ich zahle gern den korrekten Betrag, aber nicht so. Bitte rufen Sie mich an: [[T|0176 / 22 81 93 47]] (ab 17 Uhr) oder tagsüber im Büro [[T|0641 9702-318]].

Mit freundlichen Grüßen
[[P|Georgios Papadopoulos]]
[[A|Ulmenring 9]]
[[A|35463 Ellerbach]]
""")

# ================================================================ 004 word: instalment agreement, Colombian customer
add("word", "ratenzahlung", [], f"""
Stadtwerke Ellerbach GmbH – Forderungsmanagement
[[N|{SW_ADDR_STREET}]], [[N|{SW_ADDR_CITY}]]

Frau
[[P|María Fernanda Rodríguez Ospina]]
c/o [[P|Múnera]]
[[A|Hinter der Schmiede 5]]
[[A|35463 Ellerbach-Oberhain]]

Unser Zeichen: FM – [[AZ|RZ-2025-0417]]
Kundennummer: [[AZ|{kn_rod}]]
Datum: 22.09.2025

Ratenzahlungsvereinbarung

Sehr geehrte Frau [[P|Rodríguez Ospina]],

wie mit Ihnen und Ihrer Beraterin von der Schuldnerberatung des Diakonischen Werks, Frau [[P|Annegret Jöckel]], am 17.09.2025 besprochen, bieten wir Ihnen für die offene Forderung aus der Jahresabrechnung 2024 und den Abschlägen Juni bis August 2025 in Höhe von insgesamt 1.284,66 € folgende Ratenzahlung an:

Rate	Fälligkeit	Betrag
1	15.10.2025	214,16 €
2	15.11.2025	214,10 €
3	15.12.2025	214,10 €
4	15.01.2026	214,10 €
5	15.02.2026	214,10 €
6	15.03.2026	214,10 €

Zusätzlich ist der laufende Abschlag von 96,00 € monatlich weiter zu zahlen. Geraten Sie mit zwei Raten in Verzug, wird die gesamte Restforderung sofort fällig (Nr. 4 dieser Vereinbarung); eine Unterbrechung der Versorgung nach § 19 StromGVV bleibt dann vorbehalten. Für die Dauer der Vereinbarung berechnen wir keine Verzugszinsen.

Bitte überweisen Sie die Raten unter Angabe der Vereinbarungsnummer [[AZ|RZ-2025-0417]] auf unser Konto bei der Sparkasse Gießen, IBAN [[N|{iban_sp(SW_IBAN)}]].

Mit freundlichen Grüßen
i. A. [[P|Sabine Quirmbach]]
Sachbearbeiterin Forderungsmanagement
Telefon [[N|{SW_TEL}]]

Einverstanden:

________________________________
Ellerbach, den ____________     ([[P|María F. Rodríguez O.]])
""")

# ================================================================ 005 outlook: informal lower-case mail, Brazilian couple
add("outlook", "biotonne_informell", ["SEXUAL_ORIENTATION"], """
Von: [[E|thiago.nsc@gmail.com]]
An: [[N|abfallberatung@ellerbach.de]]
Betreff: mülltonne kaputt + biotonne fehlt

hallo liebes abfall-team,

mein mann [[P|rafael]] und ich sind am 1.8. in die [[A|schulgasse 11]] gezogen (oberhain), und wir haben immer noch keine biotonne. die alte restmülltonne vom vormieter (herr [[P|seipp]]? weiß nicht genau) steht noch da aber ist kaputt, deckel ab, rad fehlt.

können sie uns bitte eine 120l biotonne bringen und die kaputte tauschen? kassenzeichen steht auf dem gebührenbescheid: [[AZ|""" + kz_schwalm + """]] glaub ich, der läuft aber noch auf den namen vom vermieter ([[P|dieter schwalm]]).

ah und noch was: wir sind oft nicht da weil wir beide schicht arbeiten, am besten whatsapp an [[T|+55 21 98817-4620]] (mein brasilianisches handy, geht hier auch) oder an rafael [[T|0152 28861037]]

valeu & liebe grüße
[[P|thiago]]

--
[[P|thiago nascimento]] & [[P|rafael albuquerque de souza]]
""")

# ================================================================ 006 word: disconnection notice
add("word", "sperrandrohung", [], f"""
Stadtwerke Ellerbach GmbH · Postfach 11 20 · [[N|35461 Ellerbach]]

Einschreiben mit Rückschein

Herrn
[[P|Karl-Heinz Rühl]]
[[A|Wetzlarer Straße 118]]
[[A|35463 Ellerbach]]

Kundennummer: [[AZ|{kn_ruehl}]]
Verbrauchsstelle: [[A|Wetzlarer Straße 118]], EG
Zähler-Nr.: [[N|1 ESY 11 6041 2735]]
Datum: 06.11.2025

Androhung der Unterbrechung der Stromversorgung nach § 19 Abs. 2 StromGVV

Sehr geehrter Herr [[P|Rühl]],

trotz unserer Zahlungserinnerung vom 12.08.2025 und der Mahnung vom 09.09.2025 ist auf Ihrem Kundenkonto ein Betrag von 438,17 € (einschließlich Mahnkosten von 5,00 €) offen.

Sollte der Betrag nicht bis zum 24.11.2025 bei uns eingehen, werden wir den Netzbetreiber beauftragen, die Versorgung frühestens acht Werktage nach dieser Ankündigung, jedoch nicht vor dem 04.12.2025, zu unterbrechen. Die Kosten der Unterbrechung (54,74 €) und der Wiederherstellung (63,19 €) gehen zu Ihren Lasten.

Ist die Unterbrechung für Sie unverhältnismäßig – etwa weil in Ihrem Haushalt Menschen leben, die auf strombetriebene medizinische Geräte angewiesen sind –, teilen Sie uns das bitte umgehend mit. Wir bieten Ihnen außerdem eine Abwendungsvereinbarung nach § 19 Abs. 5 StromGVV mit Ratenzahlung an.

Mit freundlichen Grüßen
Stadtwerke Ellerbach GmbH
i. A.
[[P|S. Quirmbach]]
Forderungsmanagement

Kopie: Landkreis Gießen, Fachdienst Soziale Leistungen, Herr [[P|Brenneisen]] (Az. [[AZ|50.2-SH-118/25]])

Kundenzentrum: [[N|{SW_ADDR_STREET}]], Zimmer 0.14 · Mo–Do 8–16 Uhr, Fr 8–12 Uhr · Tel. [[N|{SW_TEL}]]
""")

# ================================================================ 007 outlook: hardship application, Indian family
kv7 = ids.health_insurance()
ssn7 = ids.social_security("021151", "N")
add("outlook", "haertefall_sperre", ["HEALTH", "GENETIC"], f"""
Von: [[P|Lakshmi Narayanan]] <[[E|lakshmi.narayanan@web.de]]>
An: [[N|forderung@sw-ellerbach.de]]
Cc: [[P|Andreas Hölzinger]] <[[E|a.hoelzinger@caritas-giessen.de]]>
Betreff: Härtefallantrag – Sperrandrohung Kd.-Nr. [[AZ|{kn_nar}]] – Bitte um Aufschub

Sehr geehrte Frau [[P|Quirmbach]],

ich schreibe Ihnen im Namen meines Vaters, Herrn [[P|Venkatesh Narayanan]] (geb. [[DOB|02.11.1951]]), Kunde bei Ihnen unter der oben genannten Kundennummer. Er wohnt mit meiner Mutter in der [[A|Ringstraße 40a]], [[A|35463 Ellerbach]].

Ihr Schreiben über die Unterbrechung der Stromversorgung hat uns sehr erschreckt. Mein Vater hat eine erblich bedingte Muskelerkrankung (spinale Muskelatrophie Typ 4, 2019 durch einen Gentest in der Humangenetik des Uniklinikums bestätigt) und ist nachts auf ein Heimbeatmungsgerät angewiesen. Meine Mutter ist pflegebedürftig (Pflegegrad 3). Eine Stromsperre wäre für ihn lebensgefährlich.

Anbei schicke ich:
- ärztliche Bescheinigung von Dr. med. [[P|Katrin Ohlenschläger]] (Hausärztin in Lich) vom 10.11.2025,
- Pflegegradbescheid der AOK für meine Mutter [[P|Saraswathi Narayanan]], Versichertennummer [[KV|{kv7}]],
- Rentenbescheid der Deutschen Rentenversicherung, Versicherungsnummer meines Vaters [[SSN|{ssn7[:2]} {ssn7[2:8]} {ssn7[8]} {ssn7[9:]}]].

Die Rückstände sind entstanden, weil seine Betriebsrente aus Indien seit Mai nicht überwiesen wurde. Mit der Caritas-Schuldnerberatung (Herr [[P|Hölzinger]], in Kopie) haben wir einen Plan aufgestellt, ab Dezember können wir 80 € im Monat zusätzlich zahlen.

Bitte rufen Sie mich an unter [[T|0170 4492 815]] oder meinen Mann [[P|Suresh Iyer]] unter [[T|06404 66 29 73]].

Vielen Dank und freundliche Grüße
[[P|Lakshmi Narayanan]]
(Tochter, mit Vollmacht)
[[A|Am Sauerborn 7]], [[A|35423 Lich]]
""")

# ================================================================ 008 word: Excel table of overdue accounts (tab-separated)
rows8 = [
    (kn_ruehl, "Rühl, Karl-Heinz", "Wetzlarer Str. 118", "438,17", "3", "Quirmbach", "Sperrandrohung 06.11."),
    (kn_nar, "Narayanan, Venkatesh", "Ringstraße 40a", "512,80", "3", "Quirmbach", "Härtefall! Beatmung – keine Sperre"),
    (kn_rod, "Rodríguez Ospina, María F.", "Hinter der Schmiede 5", "1.284,66", "RZ", "Quirmbach", "RZ-2025-0417 läuft"),
    (kdnr(), "Choi, Hyun-woo", "Hinter der Schmiede 9", "201,40", "2", "Dietz", "Rücklastschrift MD06"),
    (kn_pap, "Papadopoulos, Georgios", "Ulmenring 9", "612,40", "1", "Schäfer-Lotz", "Reklamation Zählerstand"),
    (kdnr(), "Kapoor, Neha", "Hinter der Schmiede 12a", "97,15", "2", "Dietz", "zahlt bar am Schalter"),
    (kdnr(), "Triantafyllidis, Nikolaos", "Schulgasse 4", "344,02", "2", "Amrhein", "Konto GR, Einzug scheitert"),
    (kdnr(), "Gonçalves Pereira, Lúcia", "Amselweg 19", "158,90", "1", "Amrhein", ""),
]
lines8 = []
for kn, name, addr, amount, stage, clerk, note in rows8:
    note_m = note
    if note.startswith("RZ-"):
        note_m = f"[[AZ|RZ-2025-0417]] läuft"
    lines8.append(f"[[AZ|{kn}]]\t[[P|{name}]]\t[[A|{addr}]]\t{amount}\t{stage}\t[[P|{clerk}]]\t{note_m}")
add("word", "offene_posten_tabelle", ["HEALTH"], """
Offene Posten > 60 Tage – Strom/Wasser – Stand 31.10.2025 – nur für den internen Gebrauch (Team Forderungsmanagement)

Kd-Nr.\tName\tVerbrauchsstelle\tRückstand €\tMahnstufe\tBearbeitung\tBemerkung
""" + "\n".join(lines8) + """

Summe\t\t\t3.649,30\t\t\t
Legende Mahnstufe: 1 = Erinnerung, 2 = Mahnung, 3 = Sperrandrohung, RZ = Ratenzahlung vereinbart. Bei Sperren immer erst Rücksprache mit Frau [[P|Schäfer-Lotz]] (Leitung Abrechnung).
""")

# ================================================================ 009 outlook: English, Japanese family moves out, video-ident
iban9 = ids.iban_de()
pass9 = "TK" + ids.digits(7)
cc9 = ids.credit_card("3562", 16)
add("outlook", "auszug_en_videoident", ["BIOMETRIC"], f"""
From: [[P|Haruto Takahashi]] <[[E|h.takahashi@takahashi-family.jp]]>
To: [[N|{SW_MAIL}]]
Subject: Move-out / final meter reading / refund – customer no. [[AZ|{kn_tak}]]

Dear Stadtwerke team,

my family and I are returning to Japan at the end of November. Our contract for the apartment at [[A|Kastanienallee 31]] (contract account [[AZ|{group(vk_tak, 4)}]]) should end on 30 November 2025.

Final meter readings, taken on 28 November (photos attached):
Electricity, meter [[N|1 ESY 11 6041 9902]]: 23.418 kWh
Water, meter no. [[N|17 480 255]]: 412,6 m³

Please send the final invoice to our new address in Tokyo:
[[P|Takahashi Haruto]]
[[A|〒158-0094 東京都世田谷区玉川2丁目14-6-503]]
([[A|2-14-6-503 Tamagawa]], [[A|Setagaya-ku, Tokyo 158-0094]], Japan)

A refund can go to my German account, which I will keep open for some months: [[IBAN|{iban9}]] (Sparkasse Gießen). If there is an amount to pay, you may also charge my JCB card [[CC|{group(cc9, 4)}]], valid until 08/28.

One more thing: I tried to register in your customer portal, but the video identification with the automatic face matching (biometric comparison of my face with the passport photo) failed three times – the photo is nine years old. Your hotline told me to send the passport number instead: [[PASS|{pass9}]]. I hope this is fine, please delete it afterwards.

My phone in Germany until 29 November: [[T|0160 91 37 42 08]], after that: [[T|+81 90-6218-3374]].

Kind regards,
[[P|Haruto Takahashi]] ([[P|高橋 陽翔]])
""")

# ================================================================ 010 word: file note on a phone call, Greek refund
iban10_old = ids.iban_de()
iban10_gr = ids.iban("GR", 23)
afm10 = afm_gr()
add("word", "aktenvermerk_erstattung_gr", [], f"""
Aktenvermerk – Telefonat

Datum: 03.11.2025, 10:40 Uhr
Gesprächspartnerin: Frau [[P|Konstantina Vlachou]] (Anruf aus Griechenland, [[T|+30 2310 287 441]])
Betreff: Guthaben aus Schlussrechnung, Vertragskonto [[AZ|{vk_vla}]]
Verbrauchsstelle bis 31.07.2025: [[A|Brunnenstraße 2]], EG, [[A|35463 Ellerbach]]

Frau [[P|Vlachou]] ist zum 31.07. nach Thessaloniki zurückgezogen. Die Schlussrechnung vom 19.08. weist ein Guthaben von 187,35 € aus. Die Überweisung auf ihr bisheriges Konto bei der Commerzbank ([[IBAN|{iban10_old}]]) kam am 28.08. zurück, Konto aufgelöst.

Neue Bankverbindung laut Kundin:
Kontoinhaberin: [[P|Konstantina Vlachou]]
Kreditinstitut: Eurobank Ergasias, Thessaloniki
IBAN: [[IBAN|{iban_sp(iban10_gr)}]]

Neue Anschrift:
[[A|Εγνατίας 112]]
[[A|546 30 Θεσσαλονίκη]]
Griechenland

Zur Identifikation nannte die Kundin ihr Geburtsdatum ([[DOB|23.05.1987]]) und die Nummer ihres griechischen Personalausweises (ΑΔΤ) [[IDC|ΑΚ 583104]]. Ihre griechische Steuernummer (ΑΦΜ [[TID|{afm10}]]) hat sie ungefragt genannt – für uns nicht erforderlich, bitte nicht im Kundensystem speichern.

Erledigung: Bankverbindung geändert, Rücküberweisung angewiesen. Kundin wünscht eine Bestätigung per Mail an [[E|k.vlachou@yahoo.gr]].

Vermerk: [[P|D. Amrhein]], Kundenservice
""")

# ================================================================ 011 outlook: city waste office to Stadtwerke, multi-tenant house
add("outlook", "abfall_aufteilung_intern", [], f"""
Von: [[P|Weißgerber, Carina]] (Stadt Ellerbach, FB 3 – Abfallwirtschaft)
An: Stadtwerke Abrechnung <[[N|abrechnung@sw-ellerbach.de]]>
Cc: [[P|Yamamoto, Aiko]] <[[E|aiko.yamamoto@kyoto-bio.de]]>; [[P|Lenz, Herbert]]
Betreff: Kassenzeichen [[AZ|{kz_yam}]] – Aufteilung Abfallgebühren [[A|Feldbergblick 6]]

Liebe Kolleginnen und Kollegen,

für das Mehrparteienhaus [[A|Feldbergblick 6]] (Eigentümerin: Frau [[P|Aiko Yamamoto]], wohnhaft [[A|Am Galgenberg 15]], [[A|35463 Ellerbach]]) werden die Abfallgebühren bisher über ein Kassenzeichen abgerechnet. Die Eigentümerin möchte ab 2026 eine Aufteilung auf die Mietparteien. Nach § 7 Abs. 3 der Abfallgebührensatzung geht das nur, wenn jede Wohnung eigene Behälter hat.

Die Mietparteien laut Melderegister:
EG: [[P|Sato, Kenji]] und [[P|Yui Sato-Nakamura]] mit drei Kindern
1. OG: [[P|Helga Brückmann]]
2. OG: [[P|Rohit Deshpande]], [[P|Ananya Iyer]] (WG, seit 01.11.)
DG: leer seit 09/2025

Könnt ihr mir sagen, ob die Wasserzähler je Wohnung getrennt sind? Dann könnten wir die Behälter nach Personenzahl zuordnen. Herr [[P|Lenz]] vom Bauhof schaut sich am 18.11. den Stellplatz an, der ist an der Sonnenstraße ziemlich eng.

Viele Grüße
[[P|Carina Weißgerber]]
Abfallberatung
Stadt Ellerbach – Der Magistrat
[[N|Rathausplatz 1]], [[N|35463 Ellerbach]]
Tel. [[N|06404 806-0]] · [[N|abfallberatung@ellerbach.de]]
""")

# ================================================================ 012 word: waste-fee decision to Brazilian owners
iban12 = ids.iban_de()
add("word", "abfallgebuehrenbescheid", [], f"""
Stadt Ellerbach · Der Magistrat · Fachbereich 2 – Finanzen · [[N|Rathausplatz 1]] · [[N|35463 Ellerbach]]

Frau [[P|Ana Beatriz Gonçalves]]
Herrn [[P|João Pedro dos Santos Almeida]]
[[A|Amselweg 4]]
[[A|35463 Ellerbach]]

Kassenzeichen: [[AZ|{kz_gon}]]
Objekt: [[A|Amselweg 4]], Gemarkung Ellerbach, Flur 12, Flurstück 87/3
Datum: 15.01.2026

Bescheid über Abfallgebühren 2026

Sehr geehrte Frau [[P|Gonçalves]], sehr geehrter Herr [[P|dos Santos Almeida]],

für das oben genannte Grundstück setzen wir aufgrund der Abfallgebührensatzung der Stadt Ellerbach in Verbindung mit §§ 9 und 10 des Gesetzes über kommunale Abgaben (KAG) folgende Gebühren fest:

Restabfall 120 l, 14-täglich	1 Behälter	218,40 €
Bioabfall 120 l, 14-täglich	1 Behälter	96,00 €
Altpapier 240 l, 4-wöchentlich	1 Behälter	0,00 €
Summe 2026		314,40 €

Fälligkeiten: 15.02., 15.05., 15.08. und 15.11.2026 mit je 78,60 €.

Die Gebühren ziehen wir aufgrund des erteilten SEPA-Mandats (Mandatsreferenz [[AZ|{mref_gon}]]) von Ihrem Konto [[IBAN|{iban_sp(iban12)}]] ein. Als Gesamtschuldner haften Sie beide für den vollen Betrag.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist beim Magistrat der Stadt Ellerbach, [[N|Rathausplatz 1]], [[N|35463 Ellerbach]], schriftlich oder zur Niederschrift einzulegen. Der Widerspruch hat keine aufschiebende Wirkung (§ 80 Abs. 2 Nr. 1 VwGO).

Im Auftrag
[[P|Tobias Weitzel]]
""")

# ================================================================ 013 outlook: Spanish/German mail, Colombian family
ced13 = "1.0" + ids.digits(2) + "." + ids.digits(3) + "." + ids.digits(3)
add("outlook", "anmeldung_es_de", ["ETHNICITY"], f"""
Von: [[P|Juan Camilo Restrepo Gaviria]] <[[E|jcrestrepo.g@hotmail.com]]>
An: [[N|{SW_MAIL}]]
Betreff: Anmeldung Strom / consulta contrato

Buenos días / Guten Tag,

perdón, escribo un poco en español y un poco en alemán. Ich heiße [[P|Juan Camilo Restrepo Gaviria]], geboren [[DOB|07/02/1994]] in Medellín, und wohne seit Oktober mit meiner Frau [[P|Luz Dary Múnera]] und unserer Tochter im [[A|Lindenweg 27]], Whg. 4, [[A|35463 Ellerbach]].

Der Vermieter, Herr [[P|Friedhelm Seipp]], sagt, das Wasser läuft über ihn (Nebenkosten), aber den Strom müssen wir selbst anmelden. ¿Es correcto?

Mi cédula colombiana es la [[IDC|{ced13}]]. Die deutsche Aufenthaltserlaubnis ist noch in Bearbeitung bei der Ausländerbehörde Gießen (Vorgangsnummer [[AZ|ABH-GI-2025-18842]]), deshalb habe ich noch keinen deutschen Ausweis. Reicht die cédula für den Vertrag?

Ehrlich gesagt haben wir ein bisschen Angst vor einer Ablehnung: als afrokolumbianische Familie haben wir bei der Wohnungssuche schon schlechte Erfahrungen gemacht, und bei einem anderen Anbieter hat man uns am Telefon einfach abgewimmelt.

Mi teléfono: [[T|+49 1521 7390446]], WhatsApp también [[T|+57 304 5528817]].
Dirección en Colombia (casa de mi mamá, [[P|Gloria Gaviria]]):
[[A|Carrera 70 # 44B-21, apto. 302]]
[[A|050034 Medellín]], Antioquia

Muchas gracias, vielen Dank!
[[P|Juan Camilo]]
""")

# ================================================================ 014 word: bank statement pasted as text
iban14 = ids.iban_de()
iban14_landlord = ids.iban_de()
iban14_gr = ids.iban("GR", 23)
cred14 = creditor_id("0000" + ids.digits(7))
add("word", "kontoauszug", ["UNION"], f"""
Umsatzanzeige – Sparkasse Gießen – Girokonto
Kontoinhaber: [[P|Dimitrios Oikonomou]], [[A|Hohe Straße 23]], [[A|35463 Ellerbach]]
IBAN: [[IBAN|{iban_sp(iban14)}]]
Zeitraum: 01.09.2025 – 30.09.2025        Kontostand alt: 23,18 EUR

Buchung    Valuta     Vorgang              Auftraggeber/Empfänger / Verwendungszweck                                   Betrag EUR
01.09.     01.09.     Lastschrift          Stadtwerke Ellerbach GmbH Abschlag 09/2025 VK [[AZ|{vk_oik}]]                           -118,00
                                           MREF: [[AZ|{mref_oik}]] CRED: [[N|{SW_CRED}]]
01.09.     01.09.     Gutschrift           Bäckerei Weller GmbH & Co. KG LOHN/GEHALT 08/2025                                +1.942,36
02.09.     02.09.     Dauerauftrag         [[P|Gerd Wißner]] Miete [[A|Hohe Str. 23]] 1.OG                                        -690,00
                                           IBAN [[IBAN|{iban14_landlord}]]
03.09.     03.09.     Lastschrift          ver.di Bundesverwaltung Mitgliedsbeitrag 09/2025                                -19,42
                                           CRED: [[N|{cred14}]]
04.09.     04.09.     Kartenzahlung        REWE Markt Ellerbach                                                       -63,71
05.09.     05.09.     Rücklastschrift-Entg. Entgelt Rücklastschrift Abschlag 08/2025 AM04                                 -3,00
15.09.     15.09.     Gutschrift           [[P|Sofia Mavridou]] Danke fuers Leihen, Sofaki                                    +150,00
                                           IBAN [[IBAN|{iban14_gr}]]
22.09.     22.09.     Kartenzahlung        VISA Debit [[N|4*** **** **** 7710]] Aral Tankstelle Gießen                               -40,00
30.09.     30.09.     Abschluss            Kontoführungsentgelt 09/2025                                                -6,95

Kontostand neu: -778,28 EUR (Dispositionskredit 1.000,00 EUR)

(Auszug vom Kunden als Anlage zum Härtefallantrag vom 27.10.2025 eingereicht; eingescannt von [[P|Quirmbach]])
""")

# ================================================================ 015 outlook: English reply with quoted mail, returned debit
iban15 = ids.iban_de()
add("outlook", "ruecklastschrift_reply_en", [], f"""
Betreff: AW: Returned direct debit / Rücklastschrift – contract [[AZ|{vk_bha}]]

Dear Mr [[P|Bhatia]],

thank you for your quick reply. The direct debit for October (96,00 €) was returned by your bank with reason code AC04 ("account closed"), so we had to charge the bank fee of 3,50 €.

Because the new account belongs to your wife, Mrs [[P|Kaur Bhatia]] has to sign the SEPA mandate herself – an e-mail from you is unfortunately not enough. I have attached form K-07; please send it back signed by her. We will then collect the open amount of 99,50 € together with the November instalment. Your new mandate reference will be [[AZ|{mref_bha}]].

Kind regards / Freundliche Grüße
[[P|Jannik Dietz]]
Kundenservice
Stadtwerke Ellerbach GmbH | [[N|{SW_ADDR_STREET}]] | [[N|{SW_ADDR_CITY}]]
T [[N|{SW_TEL}]] | [[N|{SW_MAIL}]]

-----Original Message-----
From: [[P|Harpreet Singh Bhatia]] <[[E|harpreet.bhatia@gmx.net]]>
Sent: Thursday, October 16, 2025 7:02 PM
To: [[N|{SW_MAIL}]]
Subject: Re: Returned direct debit / Rücklastschrift – contract [[AZ|{vk_bha}]]

> hi, yes sorry, i changed bank because the old one closed my account after my job change.
> new iban is [[IBAN|{iban15}]], holder is my wife [[P|Gurpreet Kaur Bhatia]]. she agrees to the debit.
> address is unchanged: [[A|Gießener Straße 61]], [[A|35463 Ellerbach]]
> phone [[T|+49 176 3302 7719]]
>
> harpreet
>
> > Am 15.10.2025 um 10:14 schrieb Kundenservice Stadtwerke Ellerbach <[[N|{SW_MAIL}]]>:
> > Sehr geehrter Herr [[P|Bhatia]],
> > leider wurde die Lastschrift vom 01.10.2025 zurückgegeben. Bitte teilen Sie uns eine neue Bankverbindung mit.
""")

# ================================================================ 016 word: minutes of the hardship round
add("word", "protokoll_haertefallrunde", ["HEALTH"], f"""
Protokoll der Härtefallrunde „Energiesperren vermeiden" vom 12.11.2025

Ort: Stadtwerke Ellerbach, Besprechungsraum 2.03
Beginn: 14:00 Uhr, Ende: 15:35 Uhr
Teilnehmende: [[P|Heike Schäfer-Lotz]] (Leitung Abrechnung, Vorsitz), [[P|Sabine Quirmbach]] (Forderungsmanagement), [[P|Jannik Dietz]] (Kundenservice), [[P|Andreas Hölzinger]] (Caritas-Schuldnerberatung), [[P|Annegret Jöckel]] (Diakonisches Werk), Frau [[P|Reinhild Kapp]] (Landkreis Gießen, Soziale Leistungen, TOP 1–2)
Protokoll: [[P|J. Dietz]]

TOP 1 – Fall [[P|Narayanan]] (Kd.-Nr. [[AZ|{kn_nar}]], [[A|Ringstraße 40a]])
Die ärztliche Bescheinigung liegt vor (nächtliche Heimbeatmung, neuromuskuläre Erkrankung), die Ehefrau hat Pflegegrad 3. Einstimmig: keine Sperre, solange die Bescheinigung gilt; Wiedervorlage 05/2026. Ratenzahlung 80 €/Monat ab 12/2025 angenommen. Frau [[P|Kapp]] prüft die Übernahme der Rückstände nach § 36 SGB XII (dortiges Az. [[AZ|50.2-SH-0967/25]]).

TOP 2 – Fall [[P|Rühl]] (Kd.-Nr. [[AZ|{kn_ruehl}]])
Herr [[P|Rühl]] hat sich auf die Sperrandrohung nicht gemeldet. Frau [[P|Quirmbach]] hat es zweimal unter [[T|0641 / 38 77 21]] versucht. Laut einer Nachbarin ist er seit Oktober im Krankenhaus (Chemotherapie). Beschluss: Sperre bis auf Weiteres ausgesetzt; Kontakt über den gerichtlich bestellten Betreuer, Rechtsanwalt [[P|Volker Imhof]], Gießen (Betreuungsverfahren AG Gießen [[AZ|233 XVII 412/25]]).

TOP 3 – Fall [[P|Oikonomou]] (Vertragskonto [[AZ|{vk_oik}]])
Härtefallantrag vom 27.10.2025 mit Kontoauszügen. Einkommen knapp über dem Bürgergeld-Niveau, Rückstand 562,90 €. Herr [[P|Hölzinger]] begleitet den Kunden. Beschluss: Erlass der Mahngebühren (15,00 €), Rest in sechs Raten; Bescheid durch Frau [[P|Schäfer-Lotz]].

TOP 4 – Verschiedenes
Frau [[P|Jöckel]] regt an, den Flyer „Strom- und Wassersperren vermeiden" auch auf Griechisch, Koreanisch, Spanisch und Portugiesisch anzubieten. Herr [[P|Dietz]] klärt das mit der Stabsstelle Kommunikation. Die Verbraucherzentrale Hessen bietet dafür kostenlose Vorlagen an.

Nächste Sitzung: Mittwoch, 10.12.2025, 14:00 Uhr, Raum 2.03.

gez. [[P|Schäfer-Lotz]]          gez. [[P|Dietz]]
""")

# ================================================================ 017 outlook: death of a customer, Greek daughter
amka17 = amka_gr("090144")
add("outlook", "todesfall_gr", ["RELIGION"], f"""
Von: [[P|Ελένη Χατζηδάκη]] <[[E|eleni.chatzidaki@gmail.com]]>
An: [[N|{SW_MAIL}]]
Betreff: Todesfall – Stromvertrag meines Vaters / Θάνατος πατέρα

Sehr geehrte Damen und Herren,

mein Vater, [[P|Nikolaos Chatzidakis]], geboren am [[DOB|9. Januar 1944]], ist am 21. Oktober 2025 verstorben. Er war Ihr Kunde unter der Kundennummer [[AZ|{kn_cha}]], Verbrauchsstelle [[A|Zum Lahnufer 3]], [[A|35463 Ellerbach]].

Die Trauerfeier war in der griechisch-orthodoxen Gemeinde in Gießen, Vater [[P|Athanasios Lamprou]] hat die Liturgie gehalten. Viele Nachbarn waren da, auch Ihr Ableser, Herr [[P|Pfannmüller]], das hat uns sehr gefreut.

Ich bin Alleinerbin und möchte den Vertrag zum 30.11. kündigen; die Wohnung wird bis dahin geräumt. Die Schlussrechnung schicken Sie bitte an mich:
[[P|Eleni Chatzidaki]]
[[A|Μητροπόλεως 41]]
[[A|546 22 Θεσσαλονίκη]]
Griechenland

Mein griechischer Personalausweis hat die Nummer [[IDC|ΑΗ 204771]]. Eine Kopie der Sterbeurkunde (Standesamt Gießen, Registernummer [[AZ|S 1184/2025]]) hänge ich an; in der griechischen Übersetzung steht auch die ΑΜΚΑ meines Vaters ([[SSN|{amka17}]]), falls Sie die brauchen.

Ευχαριστώ πολύ για την κατανόηση.

Με εκτίμηση / Mit freundlichen Grüßen
[[P|Ελένη Χατζηδάκη]] ([[P|Eleni Chatzidaki]])
Tel. [[T|+30 697 412 8803]]
""")

# ================================================================ 018 word: OCR of a scanned job-centre letter
add("word", "ocr_jobcenter_kostenuebernahme", [], f"""
Jobcenter Gießen · [[N|Postfach 10 09 43]] · [[N|35339 Gießen]]
                                                        Bearbeitet von: Frau [[P|Tebbe]]
Stadtwerke Ellerbach GmbH                                Zeichen: 437 – BG-Nr. [[AZ|43702BG0019835]]
Forderungs-                                              Kunden-Nr. JC: [[AZ|437D218844]]
management                                               Telefon: [[N|0641 9393-0]]
[[N|{SW_ADDR_STREET}]]                                             Datum: 19.11.2025
[[N|{SW_ADDR_CITY}]]

Kostenübernahme Energieschulden - Darlehen nach § 22 Abs. 8 SGB II
Leistungsberechtigte : Frau [[P|Maria Fernanda Rodriguez Ospina]] , geb. [[DOB|11.06.1990]]
Verbrauchs-stelle : [[A|Hinter der Schmiede 5]] , [[A|35463 Ellerbach]]
Ihre Kundennummer : [[AZ|{kn_rod}]]

Sehr geehrte Damen und Herren ,

hiermit sichern wir Ihnen die Übernahme der Stromschulden der o. g. Leistungs-
berechtigten in Höhe von 1.284,66 EUR als Darlehen zu. Die Zahlung erfolgt direkt an Sie
unter Angabe der oben genannten Kundennummer innerhalb von 14 Tagen . Wir bitten, die mit
Frau [[P|Rodriguez]] geschlossene Ratenvereinbarung (lhr Zeichen [[AZ|RZ-2025-0417]]) aufzuheben und
von einer Unterbrechung der Versorgung abzusehen .
Der laufende Abschlag wird ab 01.12.2025 ebenfalls direkt an Sie überwiesen ( 96,00 EUR mtl . ).

Mit freundlichen GrüBen
lm Auftrag

[[P|S . Tebbe]]
- Leistungsabteilung , Team 437 -
Seite 1 von 1                    Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig .
""")

# ================================================================ 019 outlook: pensioner complains about meter reading
add("outlook", "ablesung_beschwerde", [], f"""
Von: [[E|helga.brueckmann@t-online.de]]
An: [[N|{SW_MAIL}]]
Betreff: Ablesung falsch!!!

Sehr geehrte Damen u. Herren,

am Samstag war Ihr Ableser bei mir (ein jüngerer Mann, auf der Karte steht [[P|Pfannmüller]]) und hat für meinen Wasserzähler 1.312 m³ aufgeschrieben. Das ist völlig unmöglich! Ich lebe seit dem Tod meines Mannes allein und verbrauche höchstens 40 m³ im Jahr. Voriges Jahr stand da 1.187.

Ich vermute, er hat die Zähler verwechselt, im Keller hängen ja auch die von der Familie [[P|Sato]] aus dem Erdgeschoss (Herr [[P|Sato]] und seine Frau [[P|Yui]], die haben drei kleine Kinder). Außerdem hat er mit seinem Dienstwagen ([[KFZ|GI-SW 1204]]) eine halbe Stunde meine Einfahrt zugeparkt.

Ich bitte um Korrektur VOR der Abrechnung. Mein Sohn [[P|Bernd]] kann das auch mit Ihnen klären, er hat Vollmacht: Tel. [[T|069/ 74 30 91 62]] oder [[E|bernd.brueckmann@gmx.de]]

Hochachtungsvoll
[[P|Helga Brückmann]]
[[A|Feldbergblick 6]]
[[A|35463 Ellerbach]]
Kunden-Nr. [[AZ|{kn_bru}]]
Tel. [[T|0 64 04 / 52 18]]
""")

# ================================================================ 020 word: CSV export of returned direct debits
rows20 = []
names20 = [("Bhatia, Harpreet Singh", ids.iban_de(), "AC04 Konto erloschen"),
           ("Nascimento, Thiago", ids.iban_de(), "AM04 Deckung unzureichend"),
           ("Rühl, Karl-Heinz", ids.iban_de(), "AM04 Deckung unzureichend"),
           ("Oikonomou, Dimitrios", iban14, "AM04 Deckung unzureichend"),
           ("Choi, Yuna", ids.iban_de(), "MD06 Rückgabe auf Verlangen des Zahlers"),
           ("Kapoor, Neha", ids.iban_de(), "MS03 Grund nicht spezifiziert"),
           ("Triantafyllidis, Nikolaos", ids.iban("GR", 23), "AC01 IBAN fehlerhaft")]
amounts20 = ["96,00", "74,00", "112,00", "118,00", "88,00", "61,00", "164,50"]
known20 = {"Bhatia, Harpreet Singh": vk_bha, "Oikonomou, Dimitrios": vk_oik}
for (name, ib, reason), amount in zip(names20, amounts20):
    vk = known20[name] if name in known20 else vkonto()
    rows20.append(f"[[AZ|SWE-{vk}-01]];[[P|{name}]];[[IBAN|{ib}]];{amount};{reason};06.10.2025;[[AZ|{vk}]]")
add("word", "csv_ruecklastschriften", [], f"""
Export R-Transaktionen SEPA-Basislastschrift – Sammler vom 01.10.2025 – Gläubiger-ID [[N|{SW_CRED}]]
Mandatsreferenz;Kontoinhaber;IBAN;Betrag;Rückgabegrund;Buchungsdatum;Vertragskonto
""" + "\n".join(rows20) + """
Summe;7 Rückgaben;;713,50;;;
Rücklastschriftentgelt je Vorgang 3,50 EUR, wird den Vertragskonten belastet (Konto 48910). Export erstellt: hsl, 07.10.2025 08:02
""")

# ================================================================ 021 outlook: internal staff mail, meter reader
add("outlook", "ablesung_vertretung_intern", ["UNION"], """
Von: [[P|Uwe Pfannmüller]]
An: Team Ablesung; [[P|Dietz, Jannik]]
Betreff: Ablesetouren KW 47 – Vertretung Mittwoch

Moin zusammen,

wie angekündigt bin ich am Mittwoch (19.11.) nicht auf Tour, ich bin als ver.di-Vertrauensmann bei der Tarifkommission in Frankfurt. Meine Tour Oberhain (Schulgasse, Hinter der Schmiede, Lindenweg) übernimmt bitte [[P|Dennis Roth]]. Die Schlüssel für die Zählerräume liegen in meinem Fach.

Wichtig für [[P|Dennis]]:
- [[A|Lindenweg 27]]: Familie [[P|Restrepo]], Zähler im Keller, Herr [[P|Restrepo]] spricht Spanisch/Englisch, vorher anrufen [[T|01521 7390446]]
- [[A|Schulgasse 11]]: Hund! Nur klingeln, Herr [[P|Nascimento]] macht auf, sonst Karte einwerfen
- [[A|Hinter der Schmiede 5]]: Zählerschrank defekt, Netz ist informiert

@[[P|Jannik]]: Frau [[P|Brückmann]] hat sich über mich beschwert, hab ich gehört. Ich war da! Die Zähler im [[A|Feldbergblick 6]] hängen alle im selben Schacht und sind schlecht beschriftet. Bitte einmal die Zählerzuordnung prüfen lassen, bevor die Abrechnung rausgeht.

Gruß [[P|Uwe]]
--
[[P|Uwe Pfannmüller]]
Zählerablesung / Messstellenbetrieb
Stadtwerke Ellerbach GmbH
Mobil (dienstlich): [[T|0151 1702 4418]]
""")

# ================================================================ 022 word: final invoice letter to a Korean customer
rrn22 = rrn_kr("960817", "2")
acct22 = "110-" + ids.digits(3) + "-" + ids.digits(6)
add("word", "schlussrechnung_kr", [], f"""
Stadtwerke Ellerbach GmbH · [[N|{SW_ADDR_STREET}]] · [[N|{SW_ADDR_CITY}]] · Germany

Ms. [[P|Park Seo-yeon]]
[[A|108-1502 Raemian Apt.]]
[[A|15 Seocho-daero 74-gil]]
[[A|Seocho-gu, Seoul 06620]]
Republic of Korea

Kundennummer / Customer no.: [[AZ|{kn_park}]]
Vertragskonto / Contract account: [[AZ|{vk_park}]]
Datum / Date: 28.10.2025

Schlussrechnung – Erstattung Ihres Guthabens / Final invoice – refund of your credit

Sehr geehrte Frau [[P|Park]],
dear Ms. [[P|Park]],

Ihre Schlussrechnung für die Verbrauchsstelle [[A|Am Schwalbenberg 22a]], [[A|35463 Ellerbach]] (Auszug zum 15.09.2025) ergibt ein Guthaben von 143,82 €.

Da Sie uns kein deutsches Konto mehr nennen konnten, überweisen wir den Betrag auf das Konto, das Ihre Bevollmächtigte, Frau [[P|Jung Hae-won]], uns genannt hat. Die Vollmacht vom 02.10.2025 (mit Ihrer Registrierungsnummer [[IDC|{rrn22}]]) liegt uns vor.

Empfänger: [[P|PARK SEOYEON]]
Bank: Shinhan Bank, Seoul (SWIFT/BIC SHBKKRSE)
Kontonummer: [[IBAN|{acct22}]]

Gebühren der koreanischen Empfängerbank (ca. 10.000 KRW) können wir leider nicht übernehmen. / Fees charged by the receiving bank in Korea cannot be refunded.

Für Fragen erreichen Sie uns unter [[N|{SW_MAIL}]] oder [[N|+49 6404 917-0]].

Mit freundlichen Grüßen / Kind regards
i. A. [[P|Daniela Amrhein]]
Kundenservice
""")

# ================================================================ 023 outlook: forwarded Portuguese message with CPF
cpf23 = cpf_br()
add("outlook", "umschreibung_pt_weitergeleitet", [], f"""
Von: [[P|Mariana Conceição]] <[[E|mari.conceicao@icloud.com]]>
An: [[N|{SW_MAIL}]]
Betreff: WG: Wohnung / conta de luz

Hallo,

anbei die Nachricht meiner Schwester. Sie zieht am 1.12. bei mir ein und wir möchten den Stromvertrag auf uns beide umschreiben lassen (Kundennummer [[AZ|{kn_con}]]). Geht das? Meine Schwester hat noch kein deutsches Konto, nur eins in Brasilien. Die Abschläge zahle weiter ich.

LG [[P|Mariana]]
[[A|Auf der Heide 12]], [[A|35463 Ellerbach]]
[[T|0176 55 02 81 39]]

---------- Forwarded message ---------
De: [[P|Juliana Conceição Ferreira]] <[[E|ju.ferreira88@gmail.com]]>
Date: sáb., 8 de nov. de 2025 às 22:31
Subject: Re: Wohnung
To: [[P|Mariana Conceição]] <[[E|mari.conceicao@icloud.com]]>

[[P|Mari]], segue meus dados pro contrato da luz:

Nome completo: [[P|Juliana Conceição Ferreira]]
Data de nascimento: [[DOB|03/04/1988]]
CPF: [[TID|{cpf23}]]
Endereço atual: [[A|Rua Harmonia, 842, apto 51]] – Vila Madalena – [[A|São Paulo/SP, CEP 05435-001]]
Celular: [[T|+55 11 97461-2280]]

Beijos, te amo!! Chego dia 30 em Frankfurt, voo LH 507.
[[P|Ju]]
""")

# ================================================================ 024 outlook: relocation agency, Indian assignee
pass24 = "Z" + ids.digits(7)
pan24 = pan_in("D")
aad24 = aadhaar_in()
iban24 = ids.iban_de()
add("outlook", "relocation_en", [], f"""
From: Relocation Desk – MoveWell Relocation Services GmbH <[[N|desk@movewell-relo.de]]>
To: [[N|{SW_MAIL}]]
Subject: New electricity contract – assignee [[P|Rohit Deshpande]] – move-in 01.11.2025

Dear Sir or Madam,

on behalf of our corporate client we kindly ask you to set up an electricity contract for the apartment below. Please find the assignee profile as provided by the employer:

Assignee: Mr. [[P|Rohit Anil Deshpande]]
Date of birth: [[DOB|22-Aug-1991]]
Nationality: Indian
Passport no.: [[PASS|{pass24}]] (issued at Pune, valid until 2033)
PAN: [[TID|{pan24}]]
Aadhaar: [[IDC|{group(aad24, 4)}]]
Home address (India): [[A|Flat 7B, Sai Leela Residency, Baner Road]], [[A|Pune 411045]], Maharashtra
Mobile (IN): [[T|+91 98220 41736]]
Mobile (DE): [[T|0151 2488 0357]]
E-mail: [[E|rohit.deshpande91@gmail.com]]

Apartment: [[A|Feldbergblick 6]], 2nd floor, [[A|35463 Ellerbach]] (shared flat with Ms. [[P|Ananya Iyer]])
Move-in: 01.11.2025, meter reading will follow after the handover
Payment: SEPA direct debit from [[IBAN|{iban_sp(iban24)}]] (Deutsche Bank, account holder [[P|Rohit A. Deshpande]])

Please send the confirmation to the assignee directly and copy us. Our consultant Ms. [[P|Franziska Beltz]] ([[T|+49 69 2475 880-14]]) is happy to answer any questions.

Best regards
[[P|Franziska Beltz]]
Senior Relocation Consultant
MoveWell Relocation Services GmbH · [[N|Mainzer Landstraße 211]] · [[N|60326 Frankfurt am Main]]
""")

# ================================================================ 025 outlook: Japanese/German, social tariff for the mother
myn25 = my_number_jp()
kv25 = ids.health_insurance()
add("outlook", "sozialtarif_jp", ["HEALTH"], f"""
Von: [[P|山本 愛子]] <[[E|aiko.yamamoto@kyoto-bio.de]]>
An: [[N|forderung@sw-ellerbach.de]]
Betreff: Antrag Sozialtarif – meine Mutter [[P|Yamamoto Fumiko]]

Sehr geehrte Frau [[P|Quirmbach]],

danke für das Telefonat gestern. Wie besprochen schicke ich Ihnen die Unterlagen für den Antrag auf den Sozialtarif „EllerStrom Sozial" für meine Mutter, Frau [[P|Fumiko Yamamoto]] (geb. [[DOB|1942年5月3日]] / [[DOB|03.05.1942]]). Sie lebt seit März bei mir ([[A|Am Galgenberg 15]], Einliegerwohnung), hat aber einen eigenen Zähler und einen eigenen Vertrag (Vertragskonto [[AZ|{group(vk_yam, 4)}]]).

Ihr einziges Einkommen ist die japanische Altersrente (国民年金). Anbei:
1. Rentenbescheid (年金額改定通知書) mit der Basisrentennummer (基礎年金番号) [[SSN|4127-038815]]
2. Bescheinigung der Stadt Kyoto – darauf steht auch ihre Individualnummer (マイナンバー) [[TID|{group(myn25, 4)}]], die brauchen Sie sicher nicht, bitte schwärzen
3. Attest ihrer Hausärztin Dr. [[P|Ute Kraushaar]]: fortgeschrittene Demenz, Inkontinenz, Pflegegrad 4 – deshalb läuft Waschmaschine und Trockner fast täglich
4. Kopie der Versichertenkarte (AOK Hessen, Nr. [[KV|{kv25}]])

Ihre frühere Anschrift in Japan (abgemeldet): [[A|〒606-0811 京都府京都市左京区下鴨松ノ木町58-2]]

Sie erreichen mich am besten mobil: [[T|0172 8840 136]].

Vielen Dank und freundliche Grüße
[[P|Aiko Yamamoto]]
[[P|山本 愛子]]
""")

# ================================================================ 026 word: appointment list for meter readings (pipe table)
add("word", "ablesetermine_liste", [], f"""
Ablesetermine Bezirk 4 (Oberhain) – Nachholtermine KW 48
Stand: 21.11.2025, erstellt: [[P|D. Roth]]

Nr. | Kunde | Anschrift | Telefon | Termin | Hinweis
1 | [[P|Restrepo Gaviria, Juan Camilo]] | [[A|Lindenweg 27]] | [[T|01521 7390446]] | Mo 24.11., 17:30 | spricht Spanisch/Englisch
2 | [[P|Nascimento, Thiago]] | [[A|Schulgasse 11]] | [[T|+55 21 98817-4620]] (WhatsApp) | Di 25.11., 07:15 | Hund
3 | [[P|Seipp, Friedhelm]] | [[A|Lindenweg 25]] | [[T|06404 77 11]] | Mo 24.11., 17:00 | Vermieter, hat Schlüssel für Nr. 27
4 | [[P|Choi, Hyun-woo]] / [[P|Yuna Choi]] | [[A|Hinter der Schmiede 9]] | [[T|0176-33019284]] | Mi 26.11., 16:00 | –
5 | [[P|Triantafyllidis, Nikolaos]] | [[A|Schulgasse 4]] | [[T|06404/918273]] | Do 27.11., 08:00 | Zähler in der Garage, Einfahrt frei halten ([[KFZ|MR-TS 88]])
6 | [[P|Kapoor, Neha]] | [[A|Hinter der Schmiede 12a]] | – | – | nicht erreichbar, Karte einwerfen
7 | [[P|von der Heydt, Lea Marie]] | [[A|Brunnenstraße 7]] | [[T|0160 9935 1027]] | Fr 28.11., 12:30 | Schlüssel bei Nachbarin Frau [[P|Annelie Kuhl]] (Nr. 9)
8 | [[P|Schwalm, Dieter]] (Eigentümer) | [[A|Schulgasse 11]] (Keller) | [[T|0641 4 97 03]] | Di 25.11., 07:15 | mit Nr. 2 zusammen

Rückmeldung bitte bis Freitag an [[P|U. Pfannmüller]]. Zählerstände im Handheld erfassen, Fotos nur vom Zählwerk (keine Personen, keine Wohnräume).
""")

# ================================================================ 027 word: decision on the hardship application
add("word", "entscheidung_haertefall", [], f"""
Stadtwerke Ellerbach GmbH · [[N|{SW_ADDR_STREET}]] · [[N|{SW_ADDR_CITY}]]

Herrn
[[P|Dimitrios Oikonomou]]
[[A|Hohe Straße 23]]
[[A|35463 Ellerbach]]

Vertragskonto: [[AZ|{vk_oik}]]
Ihr Antrag vom: 27.10.2025
Datum: 14.11.2025

Ihr Antrag auf Zahlungserleichterung – Entscheidung

Sehr geehrter Herr [[P|Oikonomou]],

die Härtefallrunde hat Ihren Antrag am 12.11.2025 beraten. Wir kommen Ihnen wie folgt entgegen:

1. Die Mahngebühren von 15,00 € werden erlassen.
2. Der verbleibende Rückstand von 547,90 € wird in sechs Monatsraten zu 91,32 € (letzte Rate 91,30 €) gezahlt, fällig jeweils zum 1. eines Monats, beginnend am 01.12.2025.
3. Einen Erlass der Forderung im Übrigen lehnen wir ab; die Voraussetzungen unserer Härtefallrichtlinie (Nr. 3.2) liegen nicht vor.

Das gerichtliche Mahnverfahren beim Amtsgericht Hünfeld (Geschäftsnummer [[AZ|25-4417302-0-6]]) lassen wir ruhen. Den Vollstreckungsauftrag an Obergerichtsvollzieher [[P|Mario Lindenthal]] (DR II [[AZ|1187/25]]) nehmen wir zurück, solange die Raten pünktlich eingehen.

Die Raten ziehen wir zusammen mit dem Abschlag aufgrund Ihres Mandats (Mandatsreferenz [[AZ|{mref_oik}]]) von Ihrem Konto bei der Sparkasse Gießen (IBAN endet auf [[N|…{iban14[-4:]}]]) ein. Bitte achten Sie auf ausreichende Deckung; eine weitere Rücklastschrift beendet die Vereinbarung.

Die Ratenhöhe geht auf Herrn [[P|Hölzingers]] Vorschlag zurück; er erhält eine Kopie dieses Schreibens, da Sie ihn dazu bevollmächtigt haben. Ihre Ansprechpartnerin bei uns bleibt Frau [[P|Quirmbach]].

Mit freundlichen Grüßen

[[P|Heike Schäfer-Lotz]]                 [[P|Sabine Quirmbach]]
Leitung Abrechnung                  Forderungsmanagement
""")

# ================================================================ 028 outlook: property manager reports tenant changes
add("outlook", "mieterwechsel_hausverwaltung", [], f"""
Von: Kramer Hausverwaltung – [[P|Nina Kramer-Esch]] <[[E|n.kramer-esch@kramer-hv.de]]>
An: [[N|{SW_MAIL}]]
Betreff: Mieterwechsel [[A|Am Schwalbenberg 22a]] und [[A|Brunnenstraße 2]] – Zählerstände

Sehr geehrte Damen und Herren,

wir teilen Ihnen folgende Mieterwechsel mit (Übergabeprotokolle im Anhang):

1) [[A|Am Schwalbenberg 22a]], 1. OG rechts
Auszug: Frau [[P|Seo-yeon Park]] zum 15.09.2025 (neue Anschrift in Korea liegt Ihnen vor)
Einzug: Herr [[P|Andrés Felipe Cárdenas Mejía]] zum 01.10.2025
Zählerstand Strom bei Übergabe: 31.884 kWh (Zähler [[N|1 ESY 11 6041 7720]])
Kontakt neuer Mieter: [[T|0157 / 8821 4400]], [[E|andres.cardenas.m@gmail.com]]
Tiefgaragenstellplatz 4 ist an ihn vermietet, Kfz [[KFZ|F-AC 7712]].

2) [[A|Brunnenstraße 2]], EG
Auszug: Frau [[P|Konstantina Vlachou]] zum 31.07.2025 (nach Griechenland verzogen)
Leerstand 01.08.–31.10.2025: bitte auf die Eigentümerin, Frau Dr. [[P|Theresa Hamann-Wirth]], [[A|Am Sauerborn 19]], [[A|35423 Lich]], abrechnen.
Einzug: Herr [[P|Sōta Watanabe]] und Frau [[P|Mei Watanabe]] (geb. [[P|Kobayashi]]) zum 01.11.2025
Zählerstand bei Übergabe: 8.212 kWh
Kontakt: [[T|+49 1523 6617 084]]

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen
[[P|Nina Kramer-Esch]]
Kramer Hausverwaltung GmbH & Co. KG
[[N|Bahnhofstraße 40]] · [[N|35440 Linden]]
Tel. [[N|06403 92 71-0]] · [[N|info@kramer-hv.de]]
""")

# ================================================================ 029 word: proof of claim in a consumer insolvency
vat29 = ids.vat_id()
tnr29 = steuernummer_he()
add("word", "forderungsanmeldung_insolvenz", [], f"""
Stadtwerke Ellerbach GmbH – Forderungsmanagement – [[N|{SW_ADDR_STREET}]] – [[N|{SW_ADDR_CITY}]]

Rechtsanwältin
Dr. [[P|Saskia Leimbach-Ortiz]]
als Insolvenzverwalterin
[[N|Frankfurter Straße 52]]
[[N|35392 Gießen]]

Insolvenzverfahren über das Vermögen des Herrn [[P|Marco Ludwig Pfeiffer]], geb. [[DOB|17.12.1979]], [[A|Ulmenring 14]], [[A|35463 Ellerbach]]
Amtsgericht Gießen – Insolvenzgericht – Az. [[AZ|6 IK 214/25]]
Ihr Zeichen: [[AZ|LO/IN-0451-25]]

Forderungsanmeldung nach § 174 InsO

Sehr geehrte Frau Dr. [[P|Leimbach-Ortiz]],

namens der Stadtwerke Ellerbach GmbH melden wir folgende Forderungen zur Insolvenztabelle an:

Pos.	Grund	Zeitraum	Betrag
1	Stromlieferung, Kd.-Nr. [[AZ|{kn_pfe}]]	01.01.–31.08.2025	742,18 €
2	Wasser/Abwasser, Kd.-Nr. [[AZ|{kn_pfe}]]	01.01.–31.08.2025	311,40 €
3	Mahn- und Rücklastschriftkosten	2025	22,50 €
	Summe		1.076,08 €

Die Forderungen beruhen auf den Jahres- und Zwischenabrechnungen, die wir in Kopie beifügen. Zinsen melden wir nicht an.

Herr [[P|Pfeiffer]] hatte bei uns zusätzlich ein gewerbliches Vertragskonto (Kd.-Nr. [[AZ|{kn_pfe2}]]) für seinen früheren Imbiss in der Gießener Straße (USt-IdNr. [[VAT|{vat29}]], Steuernummer [[TNR|{tnr29}]]). Forderungen hieraus melden wir nach Abschluss der Schlussrechnung gesondert an.

Mit freundlichen Grüßen
i. A. [[P|Sabine Quirmbach]]
""")

# ================================================================ 030 outlook: citizen and local councillor, fees and PV feed-in
tid30 = ids.tax_id()
tnr30 = steuernummer_he()
add("outlook", "gebuehren_ortsbeirat_pv", ["POLITICS"], f"""
Von: [[P|Reinhard Zörb]] <[[E|r.zoerb@posteo.de]]>
An: [[N|abfallberatung@ellerbach.de]]; [[N|{SW_MAIL}]]
Betreff: Abfallgebühren 2026 / Einspeisevergütung – zwei Anliegen

Guten Abend,

ich schreibe Ihnen in zwei Rollen: einmal privat, einmal als Mitglied der Grünen-Fraktion im Ortsbeirat Oberhain.

Privat: Der Gebührenbescheid für mein Haus [[A|Kirchbergstraße 12]] (Kassenzeichen [[AZ|{kz_zoerb}]]) berechnet zwei Restmülltonnen à 120 l, wir haben seit März nur noch eine 60-l-Tonne. Bitte korrigieren. Und an die Stadtwerke: für die Einspeisevergütung unserer PV-Anlage (9,8 kWp) fehlen Ihnen laut Schreiben noch meine Steuerdaten: Steuernummer [[TNR|{tnr30}]], Steuer-ID [[TID|{tid30[:2]} {tid30[2:5]} {tid30[5:8]} {tid30[8:]}]]. Wir sind Kleinunternehmer, also bitte ohne Umsatzsteuer abrechnen.

Als Ortsbeirat: Viele ältere Menschen in Oberhain haben den neuen Bescheid nicht verstanden, vor allem die Umstellung auf das Identsystem mit Chip. Unsere Fraktion wird in der Sitzung am 03.02. beantragen, dass die Stadt eine Sprechstunde vor Ort anbietet. Können Sie mir sagen, wie viele Widersprüche es bisher gab? Eine Zahl genügt, keine Namen.

Freundliche Grüße
[[P|Reinhard Zörb]]
[[A|Kirchbergstraße 12]], [[A|35463 Ellerbach-Oberhain]]
[[T|06404 / 66 90 12]]
""")

assert len(docs) == 30, len(docs)
out = os.path.join(HERE, "fresh106.jsonl")
with open(out, "w", encoding="utf-8", newline="\n") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(f"{len(docs)} documents, {sum(len(d['entities']) for d in docs)} entities -> {out}")
