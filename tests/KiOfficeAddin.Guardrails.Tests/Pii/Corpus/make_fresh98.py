#!/usr/bin/env python3
"""Blind test batch 98: an invented Rhineland-Palatinate Verbandsgemeinde (wine villages).

Writes fresh98.jsonl (30 documents, F98-001 … F98-030) next to this script. Offsets come from marks.build();
every identifier with a check digit is drawn from Identifiers(9898) (foreign ones with their own national
check-digit algorithms, fed by the same seeded generator), so two runs give the same bytes.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from identifiers import Identifiers, group, mod97_iban, icao_check  # noqa: E402
from marks import build  # noqa: E402

ids = Identifiers(9898)


# ---------------------------------------------------------------- foreign identifiers (seeded by the same rng)
def pl_id_card(sep=""):
    """Polish dowód osobisty: 3 letters + 6 digits, the first digit is the check digit (weights 7,3,1,9,7,3,1,7,3)."""
    letters = "".join(ids.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    tail = ids.digits(5)
    weights = (7, 3, 1, 7, 3, 1, 7, 3)
    values = [int(c, 36) for c in letters] + [int(c) for c in tail]
    check = sum(v * w for v, w in zip(values, weights)) % 10  # 9·c ≡ −c (mod 10): total ≡ 0
    return f"{letters}{sep}{check}{tail}"


def ro_cnp(sex_century, yymmdd, county):
    """Romanian CNP: S YYMMDD JJ NNN C, weights 279146358279, sum mod 11 (10 -> 1)."""
    body = f"{sex_century}{yymmdd}{county}{ids.digits(3)}"
    total = sum(int(d) * int(w) for d, w in zip(body, "279146358279")) % 11
    return body + str(1 if total == 10 else total)


def pt_nif():
    """Portuguese NIF of a natural person: 9 digits, first 1-3, mod 11."""
    body = ids.rng.choice("123") + ids.digits(7)
    s = sum(int(d) * (9 - i) for i, d in enumerate(body)) % 11
    return body + str(0 if s < 2 else 11 - s)


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                   12, 14, 16, 10, 22, 25, 24, 23]))


def it_codice_fiscale(surname, name, yy, month, day, female, belfiore):
    """Italian codice fiscale with its check letter (deterministic, no randomness needed)."""
    def split(s):
        s = "".join(c for c in s.upper() if c.isalpha())
        cons = [c for c in s if c not in "AEIOU"]
        vows = [c for c in s if c in "AEIOU"]
        return cons, vows

    cons, vows = split(surname)
    sur = ("".join(cons + vows) + "XXX")[:3]
    cons, vows = split(name)
    nam = cons[0] + cons[2] + cons[3] if len(cons) >= 4 else ("".join(cons + vows) + "XXX")[:3]
    mon = "ABCDEHLMPRST"[month - 1]
    dd = day + 40 if female else day
    code = f"{sur}{nam}{yy:02d}{mon}{dd:02d}{belfiore}"
    total = 0
    for i, c in enumerate(code):
        if i % 2 == 0:
            total += CF_ODD[c]
        else:
            total += int(c) if c.isdigit() else ord(c) - ord("A")
    return code + chr(ord("A") + total % 26)


def iban_with_letters(country, letters, n_digits):
    """IBANs whose BBAN starts with a bank code in letters (RO, NL, GB, IT CIN)."""
    return mod97_iban(country, letters + ids.digits(n_digits))


def tax_number_rlp():
    """Rhineland-Palatinate layout FF/BBB/UUUUP (layout only)."""
    return f"{ids.rng.choice(['08', '27', '40', '44'])}/{ids.digits(3)}/{ids.digits(5)}"


def tax_number_federal_rlp():
    """13-digit federal form for RLP: 27 + FF + 0 + BBB + UUUUP."""
    return "27" + ids.rng.choice(["08", "40", "44"]) + "0" + ids.digits(8)


def ig(v, n=4):
    return group(v, n)


# ---------------------------------------------------------------- the administration's own data (neutral)
VGV = "Verbandsgemeindeverwaltung Kellerberg-Selz"
RH = "[[N|Rathausplatz 2]]"
RHO = "[[N|55299 Oberkellern]]"
ZENTRALE = "[[N|06737 8806-0]]"
VG_IBAN = ids.iban_de()  # the administration's account: public, neutral

docs = []


def add(channel, template, marked, flags=()):
    docs.append((channel, template, marked.strip("\n"), list(flags)))


# ================================================================ F98-001 burial after Islamic rite (forwarded)
add("outlook", "friedhof_bestattung", f"""
Betreff: WG: Sterbefall – Bestattung meines Vaters nach islamischem Ritus, Friedhof Rebenheim

Von: [[P|Tarek Al-Masri]] <[[E|tarek.almasri@gmx.de]]>
Gesendet: Dienstag, 10. Juni 2025 08:12
An: Friedhofsverwaltung <[[N|friedhof@vg-kellerberg-selz.de]]>

Sehr geehrter Herr [[P|Scholl-Mertes]],

wie heute früh am Telefon besprochen, leite ich Ihnen die Nachricht des Bestattungshauses weiter. Mein Vater, [[P|Mahmoud Al-Masri]], geb. [[DOB|03.09.1946]], ist am Sonntag im Krankenhaus verstorben. Er war gläubiger Muslim; wir wünschen eine Erdbestattung im Leichentuch ohne Sarg, mit Ausrichtung nach Mekka, und möglichst schon am Donnerstag. Nach § 11 Abs. 3 der Friedhofssatzung geht das nur mit Ausnahmegenehmigung, das habe ich verstanden.

Die Grabstelle soll im muslimischen Gräberfeld neben meiner Mutter [[P|Samira Al-Masri]] (verstorben 2019) liegen. Die Kosten übernehme ich.

Tagsüber bin ich unter [[T|0176 4412 9087]] erreichbar. Meine Anschrift: [[A|Hintergasse 7a]], [[A|55298 Rebenheim]].

Mit freundlichen Grüßen
[[P|Tarek Al-Masri]]

-----Ursprüngliche Nachricht-----
Von: Bestattungen Selztal – [[P|Nadine Fuhr]] <[[E|n.fuhr@bestattungen-selztal.de]]>
Gesendet: Montag, 9. Juni 2025 17:40
An: [[E|tarek.almasri@gmx.de]]
Betreff: Sterbefall [[P|Mahmoud Al-Masri]]

Hallo Herr [[P|Al-Masri]],

anbei die Unterlagen für die Friedhofsverwaltung. Das Standesamt hat den Sterbefall unter der Registernummer [[AZ|S 0412/2025]] beurkundet. Die rituelle Waschung übernimmt die Moscheegemeinde in Alzey, Ansprechpartner dort ist Herr [[P|Yusuf Demirtaş]] ([[T|0157 3390 2714]]).

Der Kostenvoranschlag über 3.480,00 EUR inkl. MwSt. liegt bei; die Gebühren der Verbandsgemeinde sind darin noch nicht enthalten.

Freundliche Grüße
[[P|Nadine Fuhr]]
Bestattungen Selztal · [[N|Bahnhofstraße 31]] · [[N|55232 Alzey]]
Mobil [[T|0171 6620 418]]
""", ["RELIGION"])

# ================================================================ F98-002 Straußwirtschaft confirmation letter
tn_002 = tax_number_rlp()
vat_002 = ids.vat_id()
add("word", "strausswirtschaft", f"""
{VGV} · {RH} · {RHO}

Eheleute
[[P|Ingrid]] und [[P|Bernd Dexheimer-Hahn]]
Weingut [[P|Dexheimer-Hahn]]
[[A|Im Wingertsberg 14]]
[[A|55297 Wingertsheim]]

Ihr Zeichen: Ihr Schreiben vom 28.04.2025
Unser Zeichen: [[AZ|32.2-SW/019/25]]
Ansprechpartnerin: [[P|Yvonne Kiefer-Breitling]], Zimmer 1.14
Telefon: [[N|06737 8806-142]]
E-Mail: [[E|y.kiefer-breitling@vg-kellerberg-selz.de]]
Datum: 12.05.2025

Anzeige einer Straußwirtschaft nach § 14 GastG – Eingangsbestätigung und Auflagen

Sehr geehrte Frau [[P|Dexheimer-Hahn]], sehr geehrter Herr [[P|Dexheimer-Hahn]],

wir bestätigen den Eingang Ihrer Anzeige für den Betrieb einer Straußwirtschaft im Hof Ihres Anwesens [[A|Im Wingertsberg 14]]. Angezeigt sind die Zeiträume 16.05. bis 15.07.2025 und 12.09. bis 31.10.2025; damit bleiben Sie innerhalb der zulässigen vier Monate im Jahr. Ausgeschenkt werden darf nur selbst erzeugter Wein, dazu einfache kalte und warme Speisen; höchstens 40 Sitzplätze.

Als verantwortliche Betreiberin ist Frau [[P|Ingrid Dexheimer-Hahn]], geboren am [[DOB|17. Oktober 1968]] in Worms, eingetragen. Die Angaben zum Betrieb haben wir wie folgt übernommen:
Steuernummer: [[TNR|{tn_002}]]
USt-IdNr.: [[VAT|{vat_002}]]

Bitte beachten Sie die Sperrzeit ab 22:00 Uhr im Außenbereich. Im vergangenen Jahr gab es Beschwerden von Anwohnern der Kirchgasse über Musik nach 23 Uhr.

Die Verwaltungsgebühr von 60,00 EUR überweisen Sie bitte unter Angabe des Zeichens [[AZ|32.2-SW/019/25]] auf das Konto der Verbandsgemeindekasse, IBAN [[N|{ig(VG_IBAN)}]].

Nachrichtlich: Ortsbürgermeister der Ortsgemeinde Wingertsheim, Herr [[P|Hans-Jürgen Lahr]]

Mit freundlichen Grüßen
Im Auftrag

[[P|Yvonne Kiefer-Breitling]]
""")

# ================================================================ F98-003 winery sends seasonal workers list (CSV)
pl_a, pl_b, pl_c = pl_id_card(), pl_id_card(" "), pl_id_card()
ro_ci_a = "CJ " + ids.digits(6)
ro_ci_b = "VS" + ids.digits(6)
ro_pass = "05" + ids.digits(7)
vat_003 = ids.vat_id()
add("outlook", "saisonarbeit_meldeliste", f"""
Von: [[P|Katharina Schmitt-Valerius]] <[[E|katharina@weingut-schmitt-valerius.de]]>
Gesendet: Mittwoch, 3. September 2025 07:05
An: Bürgerbüro <[[N|buergerbuero@vg-kellerberg-selz.de]]>
Betreff: Erntehelfer Lese 2025 – Anmeldung Unterkunft Mühlweg

Guten Morgen Frau [[P|Hartfelder]],

wie jedes Jahr vorab die Liste unserer Erntehelfer, die ab 08.09. in der Unterkunft [[A|Mühlweg 3]], [[A|55298 Dornbach]] wohnen. Die Wohnungsgeberbestätigungen bringe ich am Donnerstag vorbei. Die Liste habe ich aus unserer Lohnbuchhaltung exportiert, deshalb das komische Format:

Nachname;Vorname;Geburtsdatum;Staatsang.;Dokument;Dokumentnr.;Handy
[[P|Wąsowicz]];[[P|Krzysztof]];[[DOB|1987-02-14]];POL;Dowód osobisty;[[IDC|{pl_a}]];[[T|+48 601 224 918]]
[[P|Zielińska]];[[P|Małgorzata]];[[DOB|1991-11-03]];POL;Dowód osobisty;[[IDC|{pl_b}]];[[T|+48 512 077 341]]
[[P|Przybylski]];[[P|Tomasz]];[[DOB|1979-06-27]];POL;Dowód osobisty;[[IDC|{pl_c}]];[[T|+48698410225]]
[[P|Bălănescu]];[[P|Ionuț]];[[DOB|1998-01-19]];ROU;Carte de identitate;[[IDC|{ro_ci_a}]];[[T|+40 744 318 902]]
[[P|Cojocaru]];[[P|Mihaela]];[[DOB|1985-08-30]];ROU;Carte de identitate;[[IDC|{ro_ci_b}]];[[T|0040 723 560 114]]
[[P|Munteanu]];[[P|Florin-Adrian]];[[DOB|2001-05-05]];ROU;Pașaport;[[PASS|{ro_pass}]];[[T|+40 765 220 871]]

Frau [[P|Zielińska]] („[[P|Gosia]]") spricht gut Deutsch und kann für die anderen übersetzen. Herr [[P|Przybylski]] kommt mit dem eigenen Auto (polnisches Kennzeichen [[KFZ|PZ 7K419]]), er braucht einen Parkplatz am Mühlweg, nicht in der Hauptstraße.

Bei Fragen bin ich auf dem Handy: [[T|0171 3345 220]]

Viele Grüße aus dem Wingert
[[P|Katharina Schmitt-Valerius]]
Weingut [[P|Schmitt-Valerius]] · [[A|Mühlweg 1]] · [[A|55298 Dornbach]]
USt-IdNr. [[VAT|{vat_003}]]
""")

# ================================================================ F98-004 council minutes with parties
add("word", "ratsprotokoll", """
Niederschrift
über die öffentliche Sitzung des Ortsgemeinderates Dornbach an der Selz
am Donnerstag, 22. Mai 2025, 19:30 Uhr bis 21:50 Uhr, Dorfgemeinschaftshaus, Raum „Kelterhaus"

Anwesend:
Ortsbürgermeister [[P|Markus Weyand-Ries]] (FWG), Vorsitz
Ratsmitglieder: [[P|Annegret Bungert]] (CDU), Dr. [[P|Oliver Stauch]] (SPD), [[P|Selin Aydın-Kraus]] (GRÜNE), [[P|Friedhelm Ohler]] (FWG), [[P|Pascal Nikolay]] (CDU), [[P|Renate Wolf-Gerhardt]] (SPD)
Entschuldigt: [[P|Ewald Kron]] (FWG)
Von der Verwaltung: [[P|Sabine Hartfelder]] (Schriftführerin)
Presse: [[P|Jens Morhard]] (Allgemeine Zeitung)
Zuhörer: 6

TOP 1 – Eröffnung, Feststellung der Beschlussfähigkeit
Der Vorsitzende eröffnet die Sitzung und stellt die ordnungsgemäße Einladung und die Beschlussfähigkeit fest (7 von 8 Mitgliedern).

TOP 2 – Einwohnerfragestunde
Herr [[P|Giuseppe Lo Presti]], [[A|Untergasse 9]], fragt, wann die Straßenbeleuchtung in der Untergasse erneuert wird. Der Vorsitzende verweist auf den Haushalt 2026 (Ansatz 18.500 EUR).
Frau [[P|Margaret Ashworth]], [[A|Am Rebhang 22]], fragt auf Englisch nach den Abholterminen für Grünschnitt; Ratsmitglied [[P|Aydın-Kraus]] übersetzt. Die Termine werden im Amtsblatt (KW 23) veröffentlicht.

TOP 3 – Weinfest 2025: Vergabe der Standplätze
Ratsmitglied [[P|Ohler]] erklärt, dass er wegen Sonderinteresses nach § 22 GemO nicht an Beratung und Abstimmung teilnimmt, da sich das Weingut [[P|Ohler]] um Standplatz 4 beworben hat. Er verlässt den Sitzungstisch.
Beschluss: Die Standplätze 1 bis 12 werden nach der Vorlage 2025/031 vergeben. Abstimmung: 5 Ja, 0 Nein, 1 Enthaltung.

TOP 4 – Bebauungsplan „Am Kapellenberg II", Plan-Nr. 7/2024 – Beschluss über die Offenlage
Dr. [[P|Stauch]] (SPD) kritisiert, dass die Ausgleichsflächen am Hahnenkamm liegen sollen. Frau [[P|Bungert]] (CDU) hält dagegen, die Flurstücke 231/4 und 232 gehörten bereits der Gemeinde.
Beschluss: einstimmig bei einer Enthaltung ([[P|Nikolay]]).

TOP 5 – Verschiedenes
Ratsmitglied [[P|Wolf-Gerhardt]] regt an, den Parkplatz an der Selzwiese während des Weinfestes für Wohnmobile zu öffnen. Der Vorsitzende sagt eine Prüfung durch die Verwaltung zu.

Dornbach an der Selz, 23.05.2025

gez. [[P|Markus Weyand-Ries]], Ortsbürgermeister          gez. [[P|Sabine Hartfelder]], Schriftführerin
""", ["POLITICS"])

# ================================================================ F98-005 Kita meals, Portuguese mother, coeliac
iban_005 = ids.iban_de()
add("outlook", "kita_verpflegung", f"""
Betreff: AW: kita essensgeld [[P|Leonor]]

Hallo frau [[P|El Amrani]],

danke für antwort. Ich schreibe noch mal wegen das essensgeld für unsere tochter [[P|Leonor Ferreira da Silva]] (geb. [[DOB|14.07.2021]]). Sie hat seit februar Zöliakie, der Kinderarzt Dr. [[P|Weißgerber]] hat attest geschrieben, sie darf gar kein gluten essen. Wenn die küche nicht glutenfrei kochen kann, bringen wir eigenes essen mit, dann bitte kein essensgeld mehr abbuchen von unsere konto [[IBAN|{iban_005}]].

Mein mann [[P|João Pedro]] arbeitet im weingut bis 18 uhr, darum hole ich [[P|Leonor]] immer um 16:30.

Vertragsnummer steht auf dem brief: [[AZ|K-RZ-2023-117]]

Obrigada und liebe grüße
[[P|Ana Luísa Gonçalves Ferreira]]
Handy [[T|0152 0931 7745]]

Am 02.06.2025 um 14:05 schrieb Kita Rebenzwerge <[[N|kita-rebenzwerge@vg-kellerberg-selz.de]]>:
> Liebe Frau [[P|Ferreira]],
> für eine Befreiung vom Verpflegungsentgelt brauchen wir ein ärztliches Attest. Bitte geben Sie es in der Gruppe „Traubenkinder" ab.
> Herzliche Grüße
> [[P|Fatima El Amrani]]
> Kita-Leitung, Tel. [[N|06737 8806-410]]
""", ["HEALTH"])

# ================================================================ F98-006 British couple, English headers, forwarded
pass_006a = ids.digits(9, first_nonzero=True)
pass_006b = ids.digits(9, first_nonzero=True)
cc_006 = ids.credit_card("5", 16)
add("outlook", "anmeldung_gb", f"""
Betreff: WG: Re: Registration / Anmeldung – your letter ref. [[AZ|BB-EMA-25/0614]]

Hallo [[P|Jannik]],

kannst du das bitte übernehmen? Die Eheleute haben sich noch nicht angemeldet, es gibt nur die Wohnungsgeberbestätigung vom Vermieter, Herrn [[P|Helmut Finkenauer]]. Termin bitte vormittags und im Erdgeschoss; Herr [[P|Pemberton-Hollis]] hat am Telefon gesagt, dass er schwerhörig ist und ein Hörgerät trägt. Die Kreditkartendaten unten habe ich nicht verwendet – bitte die Mail nach Erledigung löschen.

Gruß
[[P|Sabine]]

-----Ursprüngliche Nachricht-----
From: [[P|Nigel Pemberton-Hollis]] <[[E|npemberton@btinternet.com]]>
Sent: Wednesday, June 4, 2025 4:22 PM
To: Bürgerbüro Kellerberg-Selz <[[N|buergerbuero@vg-kellerberg-selz.de]]>
Cc: [[P|Sheila Pemberton-Hollis]] <[[E|sheila.ph@btinternet.com]]>
Subject: Re: Registration / Anmeldung – your letter ref. [[AZ|BB-EMA-25/0614]]

Dear Mrs [[P|Hartfelder]],

Thank you for your letter. My wife and I moved into [[A|Weinbergstraße 41]] in Rebenheim on 1 May. We hold residence documents under the Withdrawal Agreement, issued by the foreigners' office in Alzey.

For your form:
- [[P|Nigel]]: British passport no. [[PASS|{pass_006a}]], born [[DOB|2 February 1951]] in Leeds
- [[P|Sheila]]: British passport no. [[PASS|{pass_006b}]], born [[DOB|19/08/1953]] in Harrogate
Previous address: [[A|14 Larkspur Close]], [[A|Harrogate HG2 7QT]], United Kingdom

Our car still has its UK plate ([[KFZ|YK19 HFD]]); we understand we have to re-register it within a year.

If there is a fee, you may charge my Mastercard [[CC|{ig(cc_006)}]], exp. 11/27.

Mobile: [[T|+44 7700 914362]] (UK) or [[T|0157 8832 0415]] (German SIM)

Kind regards,
[[P|Nigel]]
""", ["HEALTH"])

# ================================================================ F98-007 phone note, Romanian worker, tax id
cnp_007 = ro_cnp(1, "890712", "12")
tid_007 = ids.tax_id()
ro_ci_007 = ids.digits(6)
ro_iban_007 = iban_with_letters("RO", "BTRL", 16)
add("word", "aktennotiz_steuerid", f"""
Aktennotiz

Telefonat am 16.06.2025, 10:40 Uhr – Auskunft Steuer-Identifikationsnummer
Gesprächspartner: Herr [[P|Vasile-Cătălin Dragomir]] (Erntehelfer beim Weinhof [[P|Sauerwein-Klee]]), übersetzt durch Frau [[P|Elena Rusu]] (Bekannte, Vorarbeiterin im selben Betrieb)

Herr [[P|Dragomir]] (geb. [[DOB|12.07.1989]]) ist seit 01.04.2025 mit Hauptwohnung in [[A|Talstraße 55a]], [[A|55299 Niederkellern]] gemeldet. Das Schreiben des Bundeszentralamts für Steuern mit seiner Steuer-ID ist nach seinen Angaben nicht angekommen; der Arbeitgeber rechnet deshalb nach Steuerklasse VI ab.

Identität am Telefon abgeglichen mit den Daten aus dem Melderegister:
- rumänischer Personalausweis (Serie und Nummer) [[IDC|XT {ro_ci_007}]]
- rumänische persönliche Kennziffer (CNP) [[TID|{cnp_007}]]

Die im Melderegister gespeicherte Steuer-ID ([[TID|{tid_007[:2]} {tid_007[2:5]} {tid_007[5:8]} {tid_007[8:]}]]) wurde NICHT telefonisch mitgeteilt (§ 139b AO, keine sichere Identifizierung am Telefon). Herr [[P|Dragomir]] kommt am Freitag mit Pass ins Bürgerbüro, Zimmer 0.04.

Außerdem: Er hat für die Meldebescheinigung 2× bezahlt (je 12,00 EUR). Erstattung auf sein rumänisches Konto [[IBAN|{ro_iban_007}]] an Kasse weitergeleitet.

Rückrufnummern: Herr [[P|Dragomir]] [[T|+40 745 112 093]], Frau [[P|Rusu]] [[T|0160 9123 4470]]

16.06.2025
[[P|Jannik Oberheim]], Bürgerbüro
""")

# ================================================================ F98-008 mayor from his phone, lower case
add("outlook", "beschwerde_ortsbuergermeister", """
Betreff: Re: Lärm Straußwirtschaft Kirchgasse

hallo frau [[P|kiefer-breitling]],

war gestern abend selber noch da, um 23:10 war der hof noch voll und musik aus der scheune. der [[P|schorsch]] ([[P|Georg Dexheimer]], der schwiegervater) meinte die genehmigung geht bis 24 uhr, stimmt das?? die nachbarin frau [[P|keßler-öztürk]], [[A|kirchgasse 5]], hat mich schon 3x angerufen, [[T|0171 52 39 118]] falls sie sie zurückrufen wollen. ihr mann hat nachtschicht bei der BASF und kann tagsüber nicht schlafen wenn abends so ein radau ist.

bitte mal klären vor dem wochenende, ich will keinen streit im dorf. wein ist gut, aber ruhe auch :-)

gruß
[[P|hajo lahr]]
ortsbürgermeister wingertsheim

Von meinem iPhone gesendet

> Am 17.06.2025 um 09:02 schrieb [[P|Kiefer-Breitling]], [[P|Yvonne]] <[[E|y.kiefer-breitling@vg-kellerberg-selz.de]]>:
>
> Lieber Herr [[P|Lahr]],
>
> uns liegt eine schriftliche Beschwerde über die Straußwirtschaft [[P|Dexheimer-Hahn]] vor (Vorgang [[AZ|GewA-B-2025-031]]). Können Sie uns sagen, ob Ihnen ebenfalls etwas bekannt ist?
>
> Mit freundlichen Grüßen
> [[P|Yvonne Kiefer-Breitling]]
> Gewerbeamt
""")

# ================================================================ F98-009 grave right, addressee in the Netherlands
add("word", "friedhof_nutzungsrecht", f"""
{VGV} – Friedhofsverwaltung – {RH} – {RHO}

Mevrouw
[[P|Wilhelmina de Bruijn-Kok]]
[[A|Prinsessegracht 118]]
[[A|2514 AP Den Haag]]
NIEDERLANDE

Geschäftszeichen: [[AZ|FV 4.2-NR/RE-0087]]
Kassenzeichen: [[AZ|0431.0087.2025]]
Datum: 20.06.2025

Ablauf des Nutzungsrechts an einer Wahlgrabstätte auf dem Friedhof Rebenheim (Feld B)

Sehr geehrte Frau [[P|de Bruijn-Kok]],

das Nutzungsrecht an der Wahlgrabstätte, in der Ihre Eltern

[[P|Cornelis de Bruijn]] (* [[DOB|11.03.1929]], † 02.12.2001) und
[[P|Geertruida de Bruijn]], geb. [[P|Kok]] (* [[DOB|24.07.1932]], † 15.01.2005)

beigesetzt sind, endet am 31.12.2025. Nach § 14 der Friedhofssatzung kann es auf Antrag um 5, 10 oder 20 Jahre verlängert werden; die Gebühr beträgt 38,00 EUR je Jahr. Ihr Bruder, Herr [[P|Pieter de Bruijn]], hat uns Ihre Anschrift mitgeteilt und erklärt, dass er auf das Nutzungsrecht verzichtet.

Wird das Nutzungsrecht nicht verlängert, räumen wir die Grabstätte frühestens im Frühjahr 2026 ab. Grabmal und Bepflanzung können Sie bis dahin selbst entfernen lassen.

Überweisungen bitte auf das Konto der Verbandsgemeindekasse, IBAN [[N|{VG_IBAN}]], BIC MALADE51AZY, mit dem oben genannten Kassenzeichen.

If you prefer, you may reply in English or Dutch; my colleague Mr [[P|Ruud Verhoeven]] from our tourist office kindly helps with translations.

Mit freundlichen Grüßen
Im Auftrag

[[P|Gerd Scholl-Mertes]]
Telefon [[N|06737 8806-231]] · [[E|g.scholl-mertes@vg-kellerberg-selz.de]]
""")

# ================================================================ F98-010 tourism: guide roster table
add("outlook", "tourismus_einsatzplan", """
Von: [[P|Leonie Wasem]] <[[E|l.wasem@rebenland-selz.de]]>
An: Gästeführer-Verteiler
Betreff: Einsatzplan Weinbergführungen Juli – bitte bis Freitag bestätigen

Hallo zusammen,

anbei der Einsatzplan für Juli. Treffpunkt ist wie immer der Parkplatz am Bürgerhaus (Kirchstraße), Dauer ca. 2,5 Std., max. 25 Personen, 14,00 EUR p. P. inkl. drei Proben (Silvaner, Riesling Spätlese trocken, Dornfelder Rosé).

| Datum | Tour                          | Gästeführer/in                 | Mobil          |
| 05.07. | Rebenheimer Kapellenberg     | [[P|Hiltrud Schäfer-Vollmer]]        | [[T|0170 2288 416]]  |
| 12.07. | Selztal-Panorama             | [[P|Bogdan Ilić]]                    | [[T|0151 23709852]]  |
| 19.07. | Kellerberger Hohl (English)  | [[P|Margaret Ashworth]]              | [[T|0157 3021 7749]] |
| 26.07. | Weinbergsnacht mit Fackeln   | [[P|Winfried „Winni" Rothermel]]     | [[T|0173/4910027]]   |

[[P|Winni]], bitte denk an die Fackeln, die liegen im Lager (Raum 0.08). [[P|Bogdan]] hat am 12.07. zwei Gruppen – der Bus des Seniorenkreises St. Martin aus Ludwigshafen kommt gegen 14 Uhr (Kennzeichen [[KFZ|LU-SK 2204]]), bitte am Bürgerhaus einweisen.

Abrechnung wie gehabt über das Honorarformular; bitte die Steuer-ID eintragen, falls noch nicht geschehen ([[P|Hiltrud]], deine fehlt noch!). Die Verträge liegen bei Frau [[P|Wendling]] in der Kasse.

Viele Grüße
[[P|Leonie Wasem]]
Tourist-Information Rebenland Selz
[[N|Rathausplatz 2]], [[N|55299 Oberkellern]]
Tel. [[N|06737 8806-300]]
""")

# ================================================================ F98-011 ID card / passport, fingerprints
idc_011 = ids.id_card(check_digit=True)
pass_011 = ids.passport(check_digit=False)
add("outlook", "ausweis_biometrie", f"""
Betreff: AW: Termin Personalausweis und Reisepass – Fingerabdrücke

Sehr geehrte Frau [[P|Nguyễn]],

vielen Dank für Ihre Nachricht. Ist ein Zeigefinger nicht erfassbar, nehmen wir Mittelfinger, Ringfinger oder Daumen; die Narbe ist also kein Problem. Das Passbild machen wir auf Wunsch direkt am Selbstbedienungsterminal im Bürgerbüro (6,00 EUR).

Terminvorschlag: Dienstag, 08.07.2025, 09:20 Uhr, Zimmer 0.04. Bitte bringen Sie Ihren bisherigen Pass ([[PASS|{pass_011}]]), den Personalausweis und die Geburtsurkunde Ihrer Tochter mit. Für den Kinderreisepass muss [[P|Mai Anh]] persönlich mitkommen.

Freundliche Grüße
[[P|Jannik Oberheim]]
Bürgerbüro · Tel. [[N|06737 8806-118]]

-----Ursprüngliche Nachricht-----
Von: [[E|thuha.nguyen@t-online.de]]
Gesendet: Freitag, 27. Juni 2025 21:14
An: [[N|buergerbuero@vg-kellerberg-selz.de]]
Betreff: Termin Personalausweis und Reisepass

Sehr geehrte Damen und Herren,

mein Name ist [[P|Nguyễn Thị Thu Hà]], ich wohne in der [[A|Lindenallee 3b]], [[A|55299 Niederkellern]]. Mein Personalausweis ([[IDC|{idc_011}]]) läuft am 30.07.2025 ab und ich brauche auch einen neuen Reisepass, der alte hat die Nummer [[PASS|{pass_011}]]. Im August fliegen wir zu meiner Mutter nach Hải Phòng.

Ich habe gelesen, dass beim Ausweis jetzt zwei Fingerabdrücke gespeichert werden müssen. Mein linker Zeigefinger ist nach einem Arbeitsunfall stark vernarbt, geht das trotzdem? Und darf ich ein Foto vom Fotografen mitbringen?

Meine Tochter [[P|Trần Mai Anh]] (geb. [[DOB|05.01.2016]]) braucht auch einen Kinderreisepass.

Mit freundlichen Grüßen
[[P|Nguyễn Thị Thu Hà]]
Tel. [[T|0 67 34 / 918 27 40]]
""", ["BIOMETRIC", "HEALTH"])

# ================================================================ F98-012 Kita fee notice, Italian family
it_iban_012 = mod97_iban("IT", "X" + ids.digits(10) + ids.digits(12))
add("word", "kita_bescheid", f"""
{VGV} · Fachbereich 2 – Kindertagesstätten · {RH} · {RHO}

Herrn und Frau
[[P|Salvatore]] und [[P|Giulia Di Benedetto]]
[[A|Am Bildstock 16]]
[[A|55297 Wingertsheim]]

Bescheid-Nr.: [[AZ|KT-2025/0761]]
Debitor: [[AZ|300 4172]]
Datum: 02.06.2025

Festsetzung des Elternbeitrags (Betreuung unter zwei Jahren) und der Verpflegungskosten – Kita „Rebenzwerge" Oberkellern

Sehr geehrte Eheleute [[P|Di Benedetto]],

für Ihre Kinder

[[P|Matteo Di Benedetto]], geboren am [[DOB|21.11.2023]], Krippengruppe „Traubenkinder", und
[[P|Sofia Di Benedetto]], geboren am [[DOB|09.03.2020]], Elementarbereich,

setzen wir ab 01.07.2025 fest:
– Elternbeitrag für [[P|Matteo]] bis zur Vollendung des zweiten Lebensjahres (letzter Monat: November 2025): 148,00 EUR monatlich
– Verpflegungskosten je Kind: 72,50 EUR monatlich

Für [[P|Sofia]] wird nach dem Kita-Gesetz kein Elternbeitrag erhoben.

Die Beträge werden zum 15. eines Monats aufgrund des SEPA-Lastschriftmandats mit der Mandatsreferenz [[AZ|KITA-RZ-000761-01]] vom Konto [[IBAN|{ig(it_iban_012)}]] (Kontoinhaber: [[P|Salvatore Di Benedetto]]) eingezogen.

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden, schriftlich oder zur Niederschrift bei der {VGV}, [[N|Rathausplatz 2]], [[N|55299 Oberkellern]].

Im Auftrag

[[P|Ramona Hauck]]
Sachbearbeitung Kita-Beiträge
""")

# ================================================================ F98-013 export of open registrations (tab separated)
add("outlook", "melde_export", """
Von: [[P|Sabine Hartfelder]]
An: [[P|Jannik Oberheim]]; [[P|Dilek Karaca]]
Betreff: offene Anmeldungen KW 25 – Export aus dem Fachverfahren

Hallo ihr beiden,

hier der Export der offenen Vorgänge (Wohnungsgeberbestätigung fehlt oder Termin nicht wahrgenommen). Bitte bis Mittwoch abtelefonieren und das Ergebnis in die Spalte „Status" schreiben. Bitte die Liste nicht ausdrucken und nicht weiterleiten.

Vorgang	Name	Vorname	Geb.	Anschrift	Telefon	Status
[[AZ|EMA-25-01187]]	[[P|Kowalczyk]]	[[P|Dariusz]]	[[DOB|07.03.1990]]	[[A|Mühlweg 3]], [[A|55298 Dornbach]]	[[T|0157 8120 4419]]	WGB fehlt
[[AZ|EMA-25-01192]]	[[P|Okafor]]	[[P|Chukwuemeka]]	[[DOB|1984-12-01]]	[[A|Am Wasserturm 8]], [[A|55299 Oberkellern]]	[[T|0176 2299 1043]]	Termin verpasst
[[AZ|EMA-25-01201]]	[[P|Haddad]]	[[P|Rania]]	[[DOB|23.9.1996]]	[[A|Bahnhofstr. 12a]], [[A|55299 Niederkellern]]	—	Dolmetscherin nötig
[[AZ|EMA-25-01213]]	[[P|Hrytsenko]]	[[P|Oksana]]	[[DOB|12.04.1977]]	[[A|Rheinhessenstraße 40]], [[A|55297 Wingertsheim]]	[[T|0152 5404 7781]]	§ 27 BMG prüfen
[[AZ|EMA-25-01220]]	[[P|van der Meulen]]	[[P|Hendrik]]	[[DOB|30.01.1948]]	[[A|Im Rosengarten 2]], [[A|55298 Rebenheim]]	[[T|+31 6 1844 2093]]	Nebenwohnung?

Zu [[P|Okafor]]: er hat angerufen, kommt Montag. Bei Frau [[P|Haddad]] bitte [[P|Dilek]] wegen Termin mit Dolmetscherin.

Danke und Gruß
[[P|Sabine]]
""")

# ================================================================ F98-014 trade re-registration, Italian trattoria
cf_014 = it_codice_fiscale("Spadaro", "Carmelo", 75, 2, 4, False, "C351")
tid_014 = ids.tax_id()
tn_014 = tax_number_rlp()
vat_014 = ids.vat_id()
add("outlook", "gewerbe_ummeldung", f"""
Betreff: Gewerbeummeldung Trattoria „La Vigna" – Inhaberwechsel zum 01.07.2025

Sehr geehrte Frau [[P|Kiefer-Breitling]],

zum 01.07.2025 übernehme ich die Trattoria „La Vigna" ([[A|Hauptstraße 27]], [[A|55298 Rebenheim]]) von meinem Schwager [[P|Vincenzo Lo Cascio]], der in Rente geht. Er meldet sein Gewerbe zum 30.06. ab, ich melde es auf mich an. Meine Frau [[P|Rosaria]] wird als Minijobberin im Service angestellt.

Meine Daten für das Formular:
Name: [[P|Carmelo Spadaro]]
geb.: [[DOB|04.02.1975]] in Catania (Italien)
Wohnanschrift: [[A|Feldbergstraße 6]], [[A|55299 Oberkellern]]
Codice fiscale: [[TID|{cf_014}]]
Steuer-IdNr.: [[TID|{tid_014}]]
Steuernummer (FA Alzey-Worms): [[TNR|{tn_014}]]
USt-IdNr.: [[VAT|{vat_014[:2]} {vat_014[2:5]} {vat_014[5:8]} {vat_014[8:]}]]
Mobil: [[T|+39 347 812 3390]] (noch italienische Nummer)

Die Gaststättenerlaubnis auf meinen Namen habe ich parallel beantragt, das Führungszeugnis (Belegart O) ist beim Bundesamt unterwegs. Die Speisekarte bleibt gleich, auch die Pizza „Dornfelder" gibt es weiter.

Cordiali saluti
[[P|Carmelo Spadaro]]
[[E|carmelo.spadaro75@libero.it]]
""")

# ================================================================ F98-015 hearing in fine proceedings
add("word", "anhoerung_owi", f"""
{VGV} · Ordnungsamt · {RH} · {RHO}

Herrn
[[P|Ralf Weyerhäuser]]
Winzerhof [[P|Weyerhäuser]]
[[A|Oberdorfstraße 19]]
[[A|55297 Wingertsheim]]

Aktenzeichen: [[AZ|OWi 32/2025-0417]]
Datum: 24.06.2025

Anhörung im Bußgeldverfahren – Betrieb einer Straußwirtschaft außerhalb der angezeigten Zeiträume

Sehr geehrter Herr [[P|Weyerhäuser]],

Ihnen wird vorgeworfen, am 13.06.2025 und am 14.06.2025 in Ihrem Anwesen eine Straußwirtschaft betrieben zu haben, obwohl der von Ihnen angezeigte Zeitraum am 31.05.2025 endete. Bei einer Kontrolle am 14.06.2025 um 21:45 Uhr stellten die Außendienstmitarbeiter Herr [[P|Kevin Stenzhorn]] und Frau [[P|Ayşe Bozkurt]] fest, dass 28 Gäste bewirtet wurden. Ihr Lieferwagen mit dem amtlichen Kennzeichen [[KFZ|AZ-WH 419]] versperrte zudem die Feuerwehrzufahrt.

Dies ist eine Ordnungswidrigkeit nach § 28 GastG, die mit einer Geldbuße geahndet werden kann. Sie haben Gelegenheit, sich bis zum 15.07.2025 schriftlich zu äußern; Sie müssen sich zur Sache nicht äußern. Zu Ihrer Person sind angegeben: geboren am [[DOB|30.06.1971]], Winzermeister.

Mit freundlichen Grüßen
Im Auftrag

Dr. [[P|Friederike Lamprecht-Nowak]]
Leiterin des Ordnungsamts
""")

# ================================================================ F98-016 union adviser on workers' housing
rv_016 = ids.social_security("140391", "C")
add("outlook", "saisonarbeit_unterkunft", f"""
Von: [[P|Adriana Popescu]] <[[E|adriana.popescu@faire-mobilitaet.de]]>
An: Gewerbeamt <[[N|gewerbe@vg-kellerberg-selz.de]]>
Cc: [[P|Petru Iordache]] (IG BAU) <[[E|petru.iordache@igbau.de]]>
Betreff: Unterkunft der Erntehelfer Weinhof [[P|Sauerwein-Klee]] – Bitte um Kontrolle

Sehr geehrte Damen und Herren,

ich bin Beraterin bei Faire Mobilität (Beratungsstelle Mainz) und betreue gemeinsam mit meinem Kollegen [[P|Petru Iordache]] von der IG BAU eine Gruppe von acht rumänischen Saisonarbeitern, die beim Weinhof [[P|Sauerwein-Klee]] in Niederkellern beschäftigt sind. Fünf von ihnen sind inzwischen Mitglied der IG BAU geworden und haben uns beauftragt, sich an Sie zu wenden.

Die Männer wohnen im ehemaligen Stallgebäude [[A|Talstraße 55a]] (Hinterhaus), [[A|55299 Niederkellern]]. Für acht Personen gibt es eine Dusche, in zwei Zimmern ist Schimmel an den Wänden. Herr [[P|Gheorghe Stanciu]] hat seit zwei Wochen Atemprobleme und war deswegen beim Hausarzt, Herr [[P|Marian Ciobanu]] hat sich beim Laubschneiden an der Hand verletzt und ist krankgeschrieben. Laut seiner Lohnabrechnung ist Herr [[P|Ciobanu]] unter der Rentenversicherungsnummer [[SSN|{rv_016}]] gemeldet, eine Krankenversicherungskarte hat er aber nie erhalten.

Die Männer werden morgens mit einem Transporter mit rumänischem Kennzeichen ([[KFZ|SV 09 GHZ]]) in die Weinberge gefahren, 11 Personen auf 9 Sitzen.

Sprecher der Gruppe ist Herr [[P|Stanciu]], Handy [[T|+40 726 318 554]] (er spricht etwas Italienisch). Den Betriebsinhaber, Herrn [[P|Reinhold Sauerwein-Klee]], haben wir am 20.06. schriftlich informiert, bisher ohne Antwort.

Mit freundlichen Grüßen
[[P|Adriana Popescu]]
Faire Mobilität – Beratungsstelle Mainz
Büro [[N|06131 2817 540]] · mobil [[T|0176 2014 7735]]
""", ["UNION", "HEALTH"])

# ================================================================ F98-017 handwritten-style site note, cemetery
add("word", "notiz_ortstermin", """
Notiz – Ortstermin Friedhof Dornbach, 26.6., 14 h

anwesend: [[P|GSM]] (ich), Hr. [[P|Weyand-Ries]] (OB), Steinmetz [[P|Brunnengräber]] (Natursteine [[P|Brunnengräber]], Wörrstadt), Fr. [[P|Imhof-Dahlem]] (Angehörige)

- Grab [[P|Imhof]], Feld A → Grabstein steht schief, Kippgefahr!! Standsicherheitsprüfung nicht bestanden (Rüttelprobe)
- Fr. [[P|Imhof-Dahlem]]: Nutzungsberechtigter ist ihr Bruder [[P|Klaus-Dieter Imhof]], wohnt jetzt in Spanien:
   [[A|Calle de la Vendimia 14, 2º B]]
   [[A|03001 Alicante]]
   Tel. [[T|+34 612 48 90 33]] (hat sie mir aufgeschrieben)
- im Grab auch "oma [[P|käthe]]" = [[P|Käthe Imhof]] geb. [[P|Schnabel]], Urne 2011 zugebettet
- Steinmetz macht Angebot bis KW 28, ca. 450–600 €
- Rückruf Hr. [[P|Brunnengräber]]: [[T|0173 882 4410]]
- ToDo: Anschreiben an [[P|K.-D. Imhof]], Az. [[AZ|FV 4.1-DO-0033]], Frist 4 Wochen
- Bauhof (Hr. [[P|Zeller]]) → Absperrband heute noch!!

[[P|GSM]] 26.6.
""")

# ================================================================ F98-018 Dutch couple, dog tax
nl_iban_018 = iban_with_letters("NL", "INGB", 10)
add("outlook", "hundesteuer_nl", f"""
Betreff: Hundesteuer – wir haben 2 honden

Guten Tag,

wir sind [[P|Jan-Willem]] en [[P|Marijke Hoogeveen-Jansen]] und wohnen seit März in Rebenheim, [[A|Auf der Hohl 11]]. Wir haben zwei Hunde, Boef (Labrador, 9 Jahre) und Saar (Border Collie, 3 Jahre). Muss man für beide Hunde Steuer bezahlen? In Nederland hatte unsere gemeente keine hondenbelasting.

Meine Frau hat Parkinson und Saar ist als Assistenzhund ausgebildet, mit Zertifikat. Gibt es dafür eine Ermäßigung?

Bitte abbuchen von unsere Rekening [[IBAN|{ig(nl_iban_018)}]], ten name van [[P|J.W. Hoogeveen]]. Unser Auto hat noch das niederländische Kennzeichen [[KFZ|S-482-HV]], ist das für die Anmeldung wichtig?

Unsere Nummer: [[T|+31 6 2290 7715]] oder Festnetz [[T|06733 / 929 41 88]]

Met vriendelijke groet / Mit freundlichen Grüßen
[[P|Jan-Willem Hoogeveen]]
[[E|jw.hoogeveen@ziggo.nl]]
""", ["HEALTH"])

# ================================================================ F98-019 staff meeting minutes
add("word", "dienstbesprechung", """
Protokoll der Dienstbesprechung Bürgerbüro
30.06.2025, 08:00–09:15 Uhr, Besprechungsraum 1.02

Teilnehmende: [[P|Sabine Hartfelder]] (Leitung), [[P|Jannik Oberheim]], [[P|Dilek Karaca]], [[P|Thorsten Emrich]], [[P|Ljudmila Wagner]] (Auszubildende)
Abwesend: [[P|Katrin Schwebel-Ockenfels]] (Urlaub)
Protokoll: [[P|Dilek Karaca]]

1. Urlaubsvertretung Juli/August
Frau [[P|Schwebel-Ockenfels]] ist ab 14.07. zurück und übernimmt dann die Gewerbeanzeigen mit. Bis dahin vertritt Herr [[P|Emrich]] am Dienstag und Donnerstag.

2. Technik
Fingerabdruckscanner an Platz 3 ist defekt, Ticket IT-2025-4471 bei der Kommunalen IT. Bis zur Reparatur Ausweisanträge nur an Platz 1 und 2.

3. Erntehelfer ab September
Vorschlag von Herrn [[P|Emrich]]: Sammeltermine mit den Weingütern, jeweils dienstags ab 14 Uhr. Frau [[P|Karaca]] übersetzt Türkisch, Frau [[P|Wagner]] Russisch; für Rumänisch fragen wir wieder Frau [[P|Rusu]] vom Weinhof.

4. Beschwerde
Herr [[P|Dieter Pfannebecker]], [[A|Oberdorfstraße 3]], hat sich schriftlich über 70 Minuten Wartezeit beschwert. Antwort schreibt Frau [[P|Hartfelder]] bis Freitag.

5. Schulung KI-Assistent
Termine 09.07. und 16.07., jeweils 10–12 Uhr, Raum 2.11. Die Teilnahme ist Voraussetzung für die Freischaltung (KI-Kompetenz, Art. 4 KI-Verordnung). Eingegebene Texte werden pseudonymisiert; besondere Kategorien gar nicht eingeben.

6. Sonstiges
[[P|Jannik]] hat am [[DOB|04.07.]] Geburtstag – Kuchen bringt [[P|Ljudmila]] mit.

Nächste Besprechung: 28.07.2025, 08:00 Uhr
""")

# ================================================================ F98-020 Ukrainian family, volunteer writes
ua_pass_a = "FE" + ids.digits(6)
ua_pass_b = "FA" + ids.digits(6)
eat_020 = ids.id_card(check_digit=False)
kv_020 = ids.health_insurance()
tid_020 = ids.tax_id()
rv_020 = ids.social_security("220984", "S")
add("outlook", "anmeldung_ukraine", f"""
Betreff: Familie [[P|Shevchuk]] – fehlende Unterlagen für Anmeldung und Jobcenter

Liebe Frau [[P|Karaca]],

wie am Telefon besprochen schicke ich Ihnen die Daten von Familie [[P|Shevchuk]], die seit 15.05. bei uns in der Einliegerwohnung wohnt ([[A|Untergasse 22]], [[A|55298 Dornbach]]). Die Wohnungsgeberbestätigung habe ich als Vermieterin unterschrieben, sie ist im Anhang.

1) [[P|Iryna Shevchuk]], geb. [[DOB|22.09.1984]], Reisepass [[PASS|{ua_pass_a}]], Aufenthaltstitel nach § 24 AufenthG, Kartennummer [[IDC|{eat_020}]]
   Krankenkasse AOK, Versichertennummer [[KV|{kv_020}]]
   Steuer-ID (für den Minijob im Weingut): [[TID|{tid_020}]]
   Rentenversicherungsnr. laut Jobcenter: [[SSN|{rv_020[:2]} {rv_020[2:8]} {rv_020[8]} {rv_020[9:]}]]
2) [[P|Maksym Shevchuk]], geb. [[DOB|17.02.2012]], Sohn, besucht die IGS in Wörrstadt
3) [[P|Halyna Shevchuk]], geb. [[DOB|3. Oktober 1951]], Schwiegermutter, Reisepass [[PASS|{ua_pass_b}]]

Die Kosten der Unterkunft laufen über das Jobcenter (SGB II), für [[P|Halyna]] über das Sozialamt nach § 35 SGB XII. Frau [[P|Halyna Shevchuk]] hat Diabetes und nach einem Sturz Probleme mit dem Knie – könnten Sie den Termin bitte im Erdgeschoss machen?

[[P|Iryna]] erreichen Sie unter [[T|+380 67 412 93 08]] (WhatsApp) oder [[T|0163 5512 904]], mich unter [[T|06734 5567]].

Herzliche Grüße
[[P|Brigitte Sander-Yılmaz]]
Ehrenamtliche Flüchtlingshilfe Selztal
""", ["HEALTH"])

# ================================================================ F98-021 pension application, Italian father
rv_021 = ids.social_security("080559", "E")
kv_021 = ids.health_insurance()
add("outlook", "rente_termin", f"""
Betreff: Termin Versicherungsamt – Altersrente für meinen Vater

Sehr geehrte Damen und Herren,

mein Vater [[P|Antonio Esposito]] (geb. [[DOB|8. Mai 1959]]) möchte seine Altersrente beantragen und braucht dafür einen Termin beim Versicherungsamt. Er lebt seit 1978 in Deutschland und hat vorher in Italien gearbeitet (1974–1978, Landwirtschaft in Kalabrien).

Versicherungsnummer: [[SSN|{rv_021[:2]} {rv_021[2:8]} {rv_021[8]} {rv_021[9:]}]]
Krankenversichertennummer (AOK): [[KV|{kv_021}]]
Anschrift: [[A|Kelterweg 4]], [[A|55297 Wingertsheim]]

Er hatte 2023 einen Herzinfarkt und arbeitet seitdem nur noch halbtags im Weingut. Wir überlegen, ob eine Erwerbsminderungsrente besser wäre – dazu hätten wir gern eine Beratung. Meine Mutter [[P|Concetta Esposito]], geb. [[P|Russo]] (geb. [[DOB|22.12.1961]]), möchte gleich mitberaten werden.

Mein Vater spricht nicht so gut Deutsch, ich komme mit. Am besten vormittags, ich arbeite ab 14 Uhr.

Mit freundlichen Grüßen
[[P|Francesca Esposito-Brandt]]
Tel. [[T|0176 6203 1184]]
[[E|francesca.esposito-brandt@web.de]]
""", ["HEALTH"])

# ================================================================ F98-022 letter to a lawyer, court file
add("word", "rechtsamt_klage", f"""
{VGV} · Rechtsamt · {RH} · {RHO}

Kanzlei [[P|Brückner]] & [[P|Celik]] Rechtsanwälte
Frau Rechtsanwältin [[P|Deniz Celik]]
[[N|Ludwigstraße 8]]
[[N|55116 Mainz]]

Ihr Zeichen: [[AZ|187/25 DC/ms]]
Unser Zeichen: [[AZ|30.1-WS-0044/25]]
Datum: 01.07.2025

Verwaltungsrechtsstreit [[P|Kessel-Nachtsheim]] ./. Verbandsgemeinde Kellerberg-Selz
Verwaltungsgericht Mainz, Az. [[AZ|3 K 412/25.MZ]]
Friedhofsgebühren – Kassenzeichen [[AZ|0432.1187.2025]]

Sehr geehrte Frau [[P|Celik]],

wir nehmen Bezug auf das Schreiben Ihres Kollegen, Herrn Rechtsanwalt [[P|Jonas Brückner]], vom 18.06.2025. Ihr Mandant, Herr [[P|Theodor Kessel-Nachtsheim]], [[A|Rheinhessenblick 9]], [[A|55298 Rebenheim]], wendet sich gegen den Gebührenbescheid vom 12.03.2025 über die Abräumung der Grabstätte seiner Tante. Den Widerspruch hat der Kreisrechtsausschuss mit Bescheid vom 05.05.2025 zurückgewiesen.

Dem Vorschlag einer Ratenzahlung (sechs Raten zu je 187,50 EUR) stimmen wir zu, wenn die Klage zurückgenommen wird. Die Vollstreckung ist bis zum 31.08.2025 ausgesetzt.

Zur Vereinfachung können Sie uns auch per E-Mail an [[E|t.reinheimer@vg-kellerberg-selz.de]] schreiben; Ihre Anschrift [[E|d.celik@brueckner-celik.de]] haben wir in den Verteiler aufgenommen.

Mit freundlichen Grüßen
Im Auftrag

[[P|Tobias Reinheimer]]
Justiziar
""")

# ================================================================ F98-023 English booking mail with a card number
cc_023 = ids.credit_card("4", 16)
add("outlook", "tourismus_buchung", f"""
Subject: RE: Booking wine tasting + guest room – 2 persons

Dear Ms [[P|MacLeod-Brennan]],

thank you for your booking. For security reasons we have not stored your card details – please never send card numbers by e-mail. You will receive a payment link from our booking system in a separate e-mail.

Your booking number is [[AZ|RS-25-0816-02]]: wine tasting "Selz & Silvaner" on Saturday, 16 August 2025, 17:00, Weingut am Kapellenberg, and a double room at Gästehaus Weinblick from 15 to 17 August 2025.

Kind regards
[[P|Leonie Wasem]]
Tourist-Information Rebenland Selz · [[N|+49 6737 8806-300]]

From: [[P|Fiona MacLeod-Brennan]] <[[E|fiona.macleod@outlook.com]]>
Sent: Saturday, June 21, 2025 10:47 PM
To: Tourist-Information Rebenland Selz <[[N|info@rebenland-selz.de]]>
Subject: Booking wine tasting + guest room – 2 persons

Hello,

we would like to book the wine tasting "Selz & Silvaner" on 16 August and a double room for 15–17 August for me and my husband [[P|Callum Brennan]] – it's his 55th birthday that weekend, so something special would be lovely!

Please charge my Visa card:
[[CC|{cc_023}]]
exp. 09/27, name on card [[P|F MACLEOD-BRENNAN]]

Our address: [[A|7 Braid Hills Crescent]], [[A|Edinburgh EH10 6JX]], Scotland
Mobile: [[T|+44 7911 402883]]

Many thanks,
[[P|Fiona]]
""")

# ================================================================ F98-024 two mothers register a child
add("outlook", "kita_anmeldung", """
Betreff: Anmeldung Krippenplatz für [[P|Jonna]] ab Januar 2026

Hallo Frau [[P|El Amrani]],

meine Frau [[P|Kerstin]] und ich möchten unsere Tochter [[P|Jonna Liebrecht-Awolowo]] (geb. am [[DOB|2. Oktober 2024]]) für die Krippe ab Januar 2026 anmelden. [[P|Kerstin]] ist die leibliche Mutter; das Verfahren zur Stiefkindadoption läuft noch beim Amtsgericht Alzey (Az. [[AZ|5 F 117/25]]). Bis dahin steht in der Geburtsurkunde nur sie – wir hoffen, dass das bei der Anmeldung kein Problem ist und wir beide als Ansprechpartnerinnen eingetragen werden können.

Wir wohnen seit April in der [[A|Zehntscheuergasse 2]], [[A|55299 Oberkellern]], und arbeiten beide in Vollzeit (Mainz und Alzey). Betreuung bräuchten wir von 7:30 bis 15:30 Uhr.

[[P|Kerstin Liebrecht]] – [[T|0151 4622 8013]] – [[E|k.liebrecht@posteo.de]]
[[P|Folasade Awolowo]] – [[T|+49 176 33081129]] – [[E|folasade.awolowo@gmail.com]]

Liebe Grüße
[[P|Folasade]] & [[P|Kerstin]]
""", ["SEXUAL_ORIENTATION"])

# ================================================================ F98-025 integration aid, genetic diagnosis
kv_025 = ids.health_insurance()
add("word", "kita_integrationshilfe", f"""
Kita „Rebenzwerge" Oberkellern · Leitung: [[P|Fatima El Amrani]] · [[N|Zehntscheuergasse 10]] · [[N|55299 Oberkellern]]

Kreisverwaltung Alzey-Worms
Jugendamt – Eingliederungshilfe
Frau [[P|Claudia Pfeffer-Sörensen]]
[[N|55232 Alzey]]

Ihr Zeichen: [[AZ|51.3-EH-2025/118]]
Datum: 03.07.2025

Antrag auf Integrationshilfe in der Kita – Kind [[P|Elias Morkos]], geb. [[DOB|14.05.2022]]

Sehr geehrte Frau [[P|Pfeffer-Sörensen]],

[[P|Elias]] besucht seit dem 01.03.2025 unsere Einrichtung. Bei ihm wurde im ersten Lebensmonat durch eine humangenetische Untersuchung (Chromosomenanalyse) eine Trisomie 21 festgestellt; ein Herzfehler wurde 2023 operiert. [[P|Elias]] braucht im Alltag Unterstützung beim Essen, beim Anziehen und in der Kommunikation (Gebärden-unterstützte Kommunikation).

Wir beantragen eine Integrationskraft im Umfang von 25 Wochenstunden. Die Einverständniserklärung der Eltern, Frau [[P|Nadia Morkos]] und Herr [[P|Rami Morkos]] ([[A|Am Kelterhaus 5]], [[A|55299 Oberkellern]], Tel. [[T|0176 9930 2217]]), liegt bei, ebenso der Bericht der Kinderärztin Dr. [[P|Henrike Saalfeld-Ruppert]] und der Förderplan der Heilpädagogin Frau [[P|Beate Klöckner]] (Frühförderstelle Worms).

Krankenkasse des Kindes: BARMER, Versichertennummer [[KV|{kv_025}]].

Mit freundlichen Grüßen

[[P|Fatima El Amrani]]
Kita-Leitung
""", ["GENETIC", "HEALTH"])

# ================================================================ F98-026 internal logistics mail (hard negatives)
add("outlook", "weinfest_logistik", """
Von: [[P|Thorsten Emrich]]
An: Bauhof; Ordnungsamt; Tourist-Information
Betreff: Weinfest Oberkellern 22.–25.08.2025 – Logistik, Stand 01.07.

Hallo zusammen,

kurz der Stand zur Abstimmung:

- Sperrung der Hauptstraße zwischen Rathausplatz und Kirchgasse von Freitag 14 Uhr bis Montag 6 Uhr; verkehrsrechtliche Anordnung nach § 45 StVO liegt vor (Beschilderungsplan VRS-2025-14, Anlage 3).
- Strom: 12 Stände, Verteiler am Marktbrunnen, Kosten lt. Angebot der Energieversorgung 1.850,00 EUR netto.
- Toilettenwagen: bestellt bei Sanitärservice Rheinhessen GmbH, Lieferung 21.08., Stellfläche Parkplatz Bürgerhaus.
- Bühne: Samstag ab 19 Uhr „Die Selztaler Musikanten", Sonntag 10 Uhr ökumenischer Gottesdienst im Weinberg, danach Frühschoppen.
- Krönung: Die Weinkönigin [[P|Lena]] I. wird am Freitag um 19 Uhr gekrönt, Weinprobe mit Silvaner, Portugieser und Dornfelder aus allen fünf Ortsgemeinden.
- Besprechung vor Ort: 05.08., 10:00 Uhr, Raum 1.07 (Rathaus, 1. OG).
- Rückfragen bitte über die Zentrale [[N|06737 8806-0]], ich bin ab 11.07. zwei Wochen im Urlaub.

Gruß
[[P|Thorsten Emrich]]
Sachgebiet Veranstaltungen
""")

# ================================================================ F98-027 Sinti family, complaint via association
add("outlook", "beschwerde_diskriminierung", """
Betreff: AW: Anmeldung Familie [[P|Steinbach]] – Ihr Schreiben vom 23.06.2025

Sehr geehrter Herr [[P|Lagrenne]],

vielen Dank für Ihre Nachricht. Ich bedauere sehr, dass sich Herr und Frau [[P|Steinbach]] bei der Vorsprache im Bürgerbüro nicht respektvoll behandelt gefühlt haben. Ich habe mit der Kollegin gesprochen; eine Bemerkung über die Herkunft der Familie hat im Bürgerbüro keinen Platz. Die Anmeldung von [[P|Anton]] und [[P|Rosita Steinbach]] sowie ihres Sohnes [[P|Django Steinbach]] mit Hauptwohnung [[A|Zum Wiesengrund 3]], [[A|55297 Wingertsheim]], ist inzwischen erfolgt; die Meldebescheinigungen gehen heute per Post raus.

Gerne biete ich Herrn und Frau [[P|Steinbach]] ein persönliches Gespräch an.

Mit freundlichen Grüßen
[[P|Rüdiger Thoma-Eckel]]
Bürgermeister der Verbandsgemeinde Kellerberg-Selz

Am 25.06.2025 um 11:12 schrieb [[P|Rinaldo Lagrenne]] <[[E|r.lagrenne@sinti-roma-rlp.de]]>:
> Sehr geehrter Herr Bürgermeister [[P|Thoma-Eckel]],
>
> ich wende mich als Berater des Landesverbandes Deutscher Sinti und Roma an Sie. Die Familie [[P|Steinbach]] – deutsche Sinti, seit drei Generationen in Rheinhessen ansässig – wollte am 20.06. ihren Wohnsitz auf dem eigenen Grundstück [[A|Zum Wiesengrund 3]] anmelden, auf dem neben dem Wohnhaus ihr Wohnwagen (Kennzeichen [[KFZ|KH-LS 707]]) steht. Nach Schilderung von Frau [[P|Rosita Steinbach]] wurde ihnen am Schalter gesagt, „bei Leuten wie Ihnen" müsse man erst prüfen, ob sie dort „wirklich wohnen".
>
> Herr [[P|Anton Steinbach]] ist unter [[T|0160 7781 2390]] erreichbar.
>
> Mit freundlichen Grüßen
> [[P|Rinaldo Lagrenne]]
> Landesverband Deutscher Sinti und Roma Rheinland-Pfalz
""", ["ETHNICITY"])

# ================================================================ F98-028 Auskunftssperre (stalking), note
add("word", "vermerk_auskunftssperre", """
Vermerk – Eintragung einer Auskunftssperre nach § 51 Abs. 1 BMG
Vorgang: [[AZ|AS-2025-007]]

Antragstellerin: Frau [[P|Svetlana Morozova-Kern]], geb. [[DOB|28.02.1986]]
wohnhaft seit 01.05.2025: [[A|Brunnenstraße 12]], [[A|55297 Wingertsheim]]
vorher: [[A|Mainzer Straße 87]], [[A|67547 Worms]]

Sachverhalt:
Die Antragstellerin legt einen Beschluss des Amtsgerichts Worms – Familiengericht – vom 11.04.2025 (Az. [[AZ|4 F 96/25 EAGS]]) nach dem Gewaltschutzgesetz vor. Darin wird ihrem früheren Lebensgefährten, Herrn [[P|Dmitrij Kusnezow]], geb. [[DOB|07.11.1982]], untersagt, sich ihr auf weniger als 100 Meter zu nähern. Nach einer Mitteilung der Polizeiinspektion Worms (Vorgangsnummer [[AZ|0043817/2025]]) hat er im März versucht, über eine einfache Melderegisterauskunft ihre neue Anschrift zu erfahren. Sein Fahrzeug ([[KFZ|WO-DK 782]]) wurde zweimal in der Brunnenstraße gesehen.

Die Antragstellerin ist in traumatherapeutischer Behandlung; eine Bescheinigung der Traumaambulanz liegt bei (nur in der Papierakte, nicht scannen).

Verfügung:
1. Auskunftssperre bis 30.06.2027 eintragen.
2. Mitteilung an die Antragstellerin (nur per Post, kein Anruf auf Festnetz).
3. Wiedervorlage 01.05.2027.

Handy der Antragstellerin (nicht weitergeben!): [[T|0160 4407 3319]]

01.07.2025
gez. [[P|Hartfelder]]
""", ["HEALTH"])

# ================================================================ F98-029 quoted chain, Portuguese couple, landlord
nif_029 = pt_nif()
add("outlook", "wohnungsgeber_kette", f"""
Betreff: AW: AW: Wohnungsgeberbestätigung [[P|Fernandes]]

Hallo Frau [[P|Karaca]],

das Formular kann ich nicht unterschreiben, die wohnen da nicht mehr!! Die sind Ende Mai ausgezogen, ohne die Schlüssel abzugeben. Die Kaution behalte ich erst mal. Wo die jetzt sind, weiß ich nicht, steht ja unten.

Gruß [[P|R. Gutheil]]

Am Mo., 30. Juni 2025 um 10:14 Uhr schrieb [[P|Karaca]], [[P|Dilek]] <[[E|d.karaca@vg-kellerberg-selz.de]]>:
> Sehr geehrter Herr [[P|Gutheil]],
>
> Herr [[P|Rui Manuel Fernandes]] und Frau [[P|Sandra Cristina Sousa Fernandes]] haben sich zum 01.04.2025 in Ihrer Wohnung [[A|Gartenstraße 14]], EG links, [[A|55298 Dornbach]] angemeldet. Uns liegt dazu keine Wohnungsgeberbestätigung vor. Bitte senden Sie uns das beigefügte Formular unterschrieben zurück.
>
> Mit freundlichen Grüßen
> [[P|Dilek Karaca]]
>
>> Am 27.06.2025 um 18:33 schrieb [[P|Rui Fernandes]] <[[E|ruimfernandes88@gmail.com]]>:
>> ola, here is [[P|Rui Fernandes]]. we live now with my cousin [[P|Nuno]] in [[A|Schloßgasse 9]], [[A|55232 Alzey]], the old flat was too wet for the baby. the Finanzamt ask my NIF from Portugal, it is [[TID|{nif_029[:3]} {nif_029[3:6]} {nif_029[6:]}]]. please call me [[T|+351 912 448 306]] or my wife [[P|Sandra]] [[T|0157 3348 1260]]
>> obrigado
""")

# ================================================================ F98-030 permit form filled in as text
idc_030 = ids.id_card(check_digit=True)
tid_030 = ids.tax_id()
tnf_030 = tax_number_federal_rlp()
iban_030 = ids.iban_de()
add("word", "gestattung_formular", f"""
ANTRAG AUF ERTEILUNG EINER GESTATTUNG NACH § 12 GASTSTÄTTENGESETZ
(vorübergehender Gaststättenbetrieb aus besonderem Anlass)

1. Antragsteller/in
Familienname: [[P|Yıldırım]]
Vorname(n): [[P|Serkan Ahmet]]
Geburtsname: –
Geburtsdatum: [[DOB|19.04.1983]]          Geburtsort: Ludwigshafen am Rhein
Staatsangehörigkeit: deutsch
Anschrift: [[A|Rheinuferstraße 71]], [[A|67061 Ludwigshafen]]
Telefon: [[T|0621 5291 447]]          Mobil: [[T|0172-6130882]]
E-Mail: [[E|serkan@yildirim-foodtruck.de]]
Personalausweis-Nr.: [[IDC|{idc_030}]]
Steuer-IdNr.: [[TID|{tid_030}]]          Steuernummer: [[TNR|{tnf_030}]]

2. Betrieb
Bezeichnung: „Anatolian Grill Truck" (Verkaufswagen)
Amtl. Kennzeichen des Verkaufswagens: [[KFZ|LU-SY 1983]]
Anlass: Weinfest Oberkellern, 22.–25.08.2025, Standplatz Nr. 9 lt. Lageplan
Ausschank alkoholischer Getränke: nein
Verantwortliche Person vor Ort: [[P|Aylin Yıldırım-Çelik]] (Schwester), geb. [[DOB|02.12.1987]], Mobil [[T|0176 8241 3305]]

3. Rückzahlung der Kaution (200,00 EUR)
Kontoinhaber: [[P|Serkan Yıldırım]]          IBAN: [[IBAN|{ig(iban_030)}]]

4. Erklärung
Ich versichere die Richtigkeit meiner Angaben.
Ludwigshafen, 27.06.2025          Unterschrift: [[P|S. Yıldırım]]

– Bearbeitungsvermerk der Verwaltung –
Eingang: 30.06.2025 · Gebühr 75,00 EUR · Az. [[AZ|32.2-GS-2025/044]] · Sachbearbeitung: [[P|Kiefer-Breitling]]
""")


# ---------------------------------------------------------------- write
def main():
    assert len(docs) == 30, len(docs)
    out_path = os.path.join(HERE, "fresh98.jsonl")
    lines = []
    for i, (channel, template, marked, flags) in enumerate(docs, start=1):
        rec = build(f"F98-{i:03d}", channel, template, marked, flags)
        for e in rec["entities"]:
            assert rec["text"][e["start"]:e["end"]] == e["text"], e
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    total = sum(len(json.loads(line)["entities"]) for line in lines)
    print(f"wrote {out_path}: {len(lines)} documents, {total} entities")


if __name__ == "__main__":
    main()
