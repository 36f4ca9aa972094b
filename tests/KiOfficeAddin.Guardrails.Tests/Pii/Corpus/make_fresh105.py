#!/usr/bin/env python3
"""Blind test batch 105: Ordnungsamt of a Rhineland city (markets and fairs, dog tax and dangerous dogs,
fishing and hunting licences, noise, parking fines and towing). Writes fresh105.jsonl next to this script.

Deterministic: one seeded generator (seed 10505), no clock, no unordered iteration.
"""
import json
import os
import sys
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from marks import build  # noqa: E402
from identifiers import Identifiers, mod97_iban, luhn_check, group  # noqa: E402

IDS = Identifiers(10505)
RNG = IDS.rng  # the one seeded generator


def digits(n, first_nonzero=False):
    return IDS.digits(n, first_nonzero)


# ---------------------------------------------------------------- foreign identifiers (public algorithms)
ODD = dict(zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]))
ODD.update(dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                    [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23])))
EVEN = {c: int(c) for c in "0123456789"}
EVEN.update({c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")})


def it_check_letter(code):
    """Italian check character (codice fiscale, IBAN CIN): odd/even tables, sum mod 26."""
    return chr(65 + sum(ODD[c] if i % 2 == 0 else EVEN[c] for i, c in enumerate(code)) % 26)


def _cf_part(s, is_name):
    s = "".join(c for c in unicodedata.normalize("NFD", s.upper()) if "A" <= c <= "Z")
    cons = [c for c in s if c not in "AEIOU"]
    vow = [c for c in s if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]


def codice_fiscale(surname, name, y, m, d, female, town):
    code = (_cf_part(surname, False) + _cf_part(name, True) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1]
            + f"{d + (40 if female else 0):02d}" + town)
    return code + it_check_letter(code)


def partita_iva(office):
    payload = digits(7, True) + office
    return payload + str(luhn_check(payload))


def iban_it():
    bban = digits(5) + digits(5) + digits(12)
    return mod97_iban("IT", it_check_letter(bban) + bban)


def iban_pt():
    first19 = digits(19)
    return mod97_iban("PT", first19 + f"{98 - int(first19 + '00') % 97:02d}")


def pt_nif(first="2"):
    body = first + digits(7)
    check = 11 - sum(int(c) * (9 - i) for i, c in enumerate(body)) % 11
    return body + str(0 if check >= 10 else check)


def _pt_cc_valid(s):
    total, second = 0, False
    for ch in reversed(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        if second:
            v *= 2
            if v > 9:
                v -= 9
        total += v
        second = not second
    return total % 10 == 0


def pt_cartao_cidadao():
    civil = digits(8, True)
    check = (11 - sum(int(c) * (9 - i) for i, c in enumerate(civil)) % 11) % 11
    check = 0 if check == 10 else check
    version = RNG.choice(["ZZ", "ZY", "ZX"])
    base = civil + str(check) + version
    last = next(d for d in "0123456789" if _pt_cc_valid(base + d))
    return f"{civil} {check} {version}{last}"


def tc_kimlik():
    d = [int(c) for c in digits(9, True)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, d)) + str(d10) + str(d11)


def nl_bsn():
    while True:
        body = digits(8, True)
        last = sum(int(c) * (9 - i) for i, c in enumerate(body)) % 11
        if last < 10:
            return body + str(last)


def nl_btw():
    body = digits(9)
    for suffix in range(1, 100):
        value = f"NL{body}B{suffix:02d}"
        if int("".join(str(int(c, 36)) for c in value)) % 97 == 1:
            return value
    raise AssertionError


def nl_document():
    letters = "ABCDEFGHIJKLMNPQRSTUVWXYZ"  # no O
    alnum = letters + "0123456789"
    return (RNG.choice(letters) + RNG.choice(letters) + "".join(RNG.choice(alnum) for _ in range(6))
            + RNG.choice("0123456789"))


def iban_nl(bank):
    return mod97_iban("NL", bank + digits(10))


def iban_tr():
    return mod97_iban("TR", digits(5) + "0" + digits(16))


def iban_cv():
    return mod97_iban("CV", digits(21))


def creditor_id_de():
    national = "0" + digits(10)
    full = mod97_iban("DE", national)
    return full[:4] + "ZZZ" + full[4:]


def it_cie():
    return "CA" + digits(5) + RNG.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + RNG.choice("ABCDEFGHJKLMNPRSTUVWXYZ")


def ssn_fmt(s):
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"


def taxid_fmt(s):
    return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def doc(text):
    return textwrap.dedent(text).strip("\n") + "\n"


# Office data (public, marked N)
CITY_IBAN = IDS.iban_de()
CITY_CI = creditor_id_de()


# ---------------------------------------------------------------- documents
def d01():
    tnr = IDS.tax_number_nrw()
    vat = IDS.vat_id()
    tid = IDS.tax_id()
    iban = group(IDS.iban_de(), 4)
    return "outlook", "markt_standplatz", [], doc(f"""
    Von: [[P|João Ferreira da Silva]] <[[E|joao.fsilva@sapo.pt]]>
    Gesendet: Dienstag, 17. Juni 2025 06:48
    An: [[N|markt@koenigsau.de]]
    Betreff: Standplatz Wochenmarkt – Mittwoch und Samstag / Erstattung Standgeld Juni

    Sehr geehrter Herr [[P|Offermanns]],

    wie am Samstag am Markt besprochen bewerbe ich mich für einen festen Standplatz auf dem Wochenmarkt (Obst, Gemüse und portugiesische Spezialitäten: Queijo da Serra, Chouriço, Pastéis de Nata). Bisher stehe ich als Tagesbeschicker, zuletzt am 14.06. auf Platz 23 neben dem Blumenstand.

    Meine Angaben für die Zulassung:
    Name: [[P|João Manuel Ferreira da Silva]]
    geboren: [[DOB|02.03.1971]] in Braga (Portugal)
    Anschrift: [[A|Lülsdorfer Straße 88a]], [[A|53867 Königsau]]
    Mobil: [[T|0157 3841 2290]]
    Steuernummer: [[TNR|{tnr}]]
    USt-IdNr.: [[VAT|{vat}]]
    Steuer-ID (falls Sie die auch brauchen): [[TID|{taxid_fmt(tid)}]]
    Reisegewerbekarte: [[AZ|RGK 32.1-0347/2019]] (ausgestellt von der Stadt Bonn)

    Der Kühlanhänger für den Stand hängt an meinem Transporter mit dem Kennzeichen [[KFZ|SU-JF 771]], er braucht 3 m extra hinter dem Stand. Strom brauche ich 230 V / 16 A.

    Das Standgeld für Juni (148,50 EUR) habe ich leider zweimal überwiesen, einmal am 02.06. und nochmal am 05.06. Bitte erstatten Sie den doppelten Betrag auf mein Konto bei der Kreissparkasse Köln:
    IBAN [[IBAN|{iban}]]

    Am Samstag hilft meine Frau [[P|Ana Rita Gonçalves Pereira]] am Stand, sie ist über die gleiche Handynummer erreichbar.

    Com os melhores cumprimentos / Mit freundlichen Grüßen
    [[P|João Ferreira da Silva]]
    Frutas & Sabores do Minho – Obst, Gemüse, Feinkost
    """)


def d02():
    iban = group(IDS.iban_de(), 4)
    return "word", "hundesteuer_bescheid", [], doc(f"""
    Stadt Königsau am Rhein · Der Bürgermeister
    Fachbereich 2 – Finanzen · Steuerabteilung
    [[N|Rathausplatz 1]] · [[N|53867 Königsau]]

    Herrn
    [[P|Mehmet Ali Yıldırım]]
    Frau
    [[P|Ayşe Yıldırım]]
    [[A|Auf der Hostert 17]]
    [[A|53867 Königsau-Rheidt]]

    Kassenzeichen: [[AZ|2.271.004918.6]]
    Bearbeiterin: Frau [[P|Schwarzbach-Lenz]], Zimmer 1.08
    Telefon: [[N|02246 71-2214]]
    E-Mail: [[N|steueramt@koenigsau.de]]
    Datum: 08.07.2025

    Änderungsbescheid über die Festsetzung der Hundesteuer ab 01.05.2025

    Sehr geehrter Herr [[P|Yıldırım]], sehr geehrte Frau [[P|Yıldırım]],

    mit Ihrer Anmeldung vom 22.05.2025 haben Sie einen zweiten Hund (Kangal-Mischling, Rüde, Rufname „Paşa“) angezeigt. Nach § 3 Abs. 1 der Hundesteuersatzung der Stadt Königsau beträgt die Steuer jährlich 120,00 EUR für den ersten und 168,00 EUR für jeden weiteren Hund. Für Ihren ersten Hund („Zeus“) bleibt es bei der bisherigen Festsetzung.

    Festsetzung ab 01.05.2025:
    1. Hund, „Zeus“: 120,00 EUR jährlich
    2. Hund, „Paşa“: 168,00 EUR jährlich (für 2025 anteilig 112,00 EUR)
    Gesamtbetrag 2025: 232,00 EUR, davon bereits gezahlt: 120,00 EUR, Nachforderung: 112,00 EUR

    Die Nachforderung wird zum 15.08.2025 von Ihrem Konto IBAN [[IBAN|{iban}]] abgebucht (SEPA-Lastschrift, Mandatsreferenz [[AZ|HST-2271-004918-02]]). Die Steuermarke Nr. [[N|0871]] für den zweiten Hund liegt diesem Schreiben bei; sie ist außerhalb der Wohnung sichtbar am Halsband zu tragen.

    Bitte beachten Sie: Wiegt „Paşa“ ausgewachsen mehr als 20 kg oder erreicht er eine Widerristhöhe von mindestens 40 cm, ist er ein großer Hund im Sinne des § 11 LHundG NRW. Die Haltung ist dann beim Ordnungsamt anzuzeigen (Sachkunde, Haftpflichtversicherung, Chip).

    Rechtsbehelfsbelehrung
    Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim [[N|Verwaltungsgericht Köln, Appellhofplatz, 50667 Köln]] erhoben werden.

    Mit freundlichen Grüßen
    Im Auftrag

    [[P|Heike Schwarzbach-Lenz]]

    Öffnungszeiten Steuerabteilung: Mo–Fr 8:00–12:00 Uhr, Do zusätzlich 14:00–17:30 Uhr
    """)


def d03():
    return "outlook", "laerm_informell", ["SEXUAL_ORIENTATION"], doc("""
    Von: [[P|sanne dj]] <[[E|sannedejong87@gmail.com]]>
    Gesendet: Samstag, 12. Juli 2025 00:53
    An: [[N|ordnungsamt@koenigsau.de]]
    Betreff: lärm!!! schon wieder

    hallo,
    sorry dass ich so spät schreibe aber die party im haus gegenüber ([[A|broicher weg 31]], 2. stock) geht schon wieder seit 23 uhr. bass bis in unser schlafzimmer. das ist jetzt das dritte mal im juli.
    die mieter heißen glaub ich kevin und dennis, am klingelschild steht [[P|k. brauckmann]]. und nein es geht nicht darum dass die zwei schwul sind, ist mir total egal, aber ich muss um 5 zur arbeit!!
    der vermieter ist so ein herr [[P|lövenich]], der wohnt selbst in bonn, nummer hab ich nicht.
    mein mann [[P|bram]] hat schon zweimal geklingelt, keiner macht auf. polizei sagt wir sollen uns ans ordnungsamt wenden??
    ihre kollegin frau [[P|kürten]] hatte mir im juni gesagt ich soll jedes mal mailen, also hiermit.
    können sie bitte den ordnungsdienst schicken? ich bin unter [[T|0176 22145590]] erreichbar, whatsapp geht auch

    lg [[P|sanne de jong]]
    [[A|broicher weg 28]]

    Von meinem iPhone gesendet
    """).replace("kevin und dennis", "[[P|kevin]] und [[P|dennis]]")


def d04():
    eat = IDS.travel_document("Y", False)
    return "word", "gefahrhund_vermerk", [], doc(f"""
    Aktenvermerk

    Antrag auf Erlaubnis zum Halten eines gefährlichen Hundes (§ 4 LHundG NRW)
    Az.: [[AZ|32.3-LHG-0219/25]]

    Antragsteller: Herr [[P|Tesfalem Ghebremariam]], geb. [[DOB|11.09.1991]] in Asmara (Eritrea)
    wohnhaft: [[A|Mühlenweg 6]], [[A|53867 Königsau]]
    Aufenthaltstitel (eAT): Nr. [[IDC|{eat}]], gültig bis 03.2028; Ausländerbehörde Rhein-Sieg-Kreis, Az. [[AZ|31.4-E-118732]]

    Hund: American Staffordshire Terrier, Hündin „Nala“, geworfen 03/2023, Transponder [[N|276 0981 0612 4587]]

    Vorgelegte Unterlagen:
    1. Sachkundebescheinigung vom 02.06.2025, ausgestellt von Tierärztin Dr. [[P|Kirsten Hambloch]], Tierarztpraxis am Deich
    2. Führungszeugnis (Belegart O) vom 28.05.2025 – ohne Eintrag
    3. Haftpflichtversicherung (Mindestdeckung 500.000 EUR Personen- / 250.000 EUR Sachschäden), Versicherungsschein-Nr. [[AZ|47-118.804.2]]
    4. Verhaltensprüfung am 17.06.2025 bestanden, Prüfer: [[P|Ralf Dünnwald]] (anerkannter Sachverständiger)
    5. Zustimmung der Vermieterin, Frau [[P|Gisela Oberdörfer]], [[A|Hauptstraße 144]], [[A|53867 Königsau]], Schreiben vom 20.05.2025

    Telefonat mit dem Antragsteller am 24.06.2025 unter [[T|0162 / 739 18 04]]; übersetzt hat Herr [[P|Yonas Berhane]] (Tigrinya – Deutsch), der Herrn [[P|Ghebremariam]] auch zur Verhaltensprüfung begleitet hat.
    Herr [[P|Ghebremariam]] hält den Hund seit 09/2024; er hat ihn von einem Bekannten übernommen, der nach Hamburg gezogen ist. Eine Erlaubnis lag bisher nicht vor; ein Bußgeldverfahren wird wegen der freiwilligen Anzeige nicht eingeleitet.

    Bewertung: Die Voraussetzungen des § 4 Abs. 1 LHundG NRW liegen vor. Die Erlaubnis kann mit folgenden Nebenbestimmungen erteilt werden: Anlein- und Maulkorbpflicht außerhalb des befriedeten Besitztums (§ 5 Abs. 2 LHundG NRW), Mitteilung jedes Wohnungswechsels.
    Verwaltungsgebühr: 150,00 EUR, Kassenzeichen [[AZ|1.320.004782.6]]

    Königsau, 25.06.2025
    gez. [[P|T. Nießen]]
    """)


def d05():
    return "outlook", "kirmes_laerm_weiterleitung", ["ETHNICITY"], doc("""
    Von: [[P|Maren Kürten]]
    Gesendet: Dienstag, 19. August 2025 08:47
    An: [[P|Kai-Uwe Pützfeld]]
    Cc: [[P|Dirk Offermanns]]; [[N|ordnungsamt@koenigsau.de]]
    Betreff: WG: Beschwerde Lärm Kirmes Rheinwiese – Autoscooter [[P|Weiß]]

    Hallo [[P|Kai-Uwe]],

    kannst du dir das bitte vor Samstag ansehen? Die Beschwerde von Frau [[P|Hürth]] ist die dritte in dieser Woche. Herr [[P|Weiß]] hat sich inzwischen auch gemeldet (siehe unten). Bitte beim Rundgang am Freitag ab 21:30 Uhr am Autoscooter messen, Richtwert laut Zulassungsbescheid 70 dB(A) am nächsten Wohnhaus, ab 22 Uhr Musik nur noch in Zimmerlautstärke.

    Gruß
    [[P|Maren]]

    [[P|Maren Kürten]]
    Stadt Königsau am Rhein – Ordnungsamt
    Immissionsschutz / Veranstaltungen
    Tel. [[N|02246 71-3318]]

    -----Ursprüngliche Nachricht-----
    Von: [[P|Roman Weiß]] <[[E|autoscooter.weiss@t-online.de]]>
    Gesendet: Montag, 18. August 2025 21:12
    An: [[P|Kürten, Maren]] <[[E|maren.kuerten@koenigsau.de]]>
    Betreff: AW: Beschwerde Lärm Kirmes Rheinwiese

    Sehr geehrte Frau [[P|Kürten]],

    wir sind eine Sinti-Familie und stehen seit 1962 mit unserem Autoscooter auf der Königsauer Kirmes, schon mein Großvater [[P|Alfons Weiß]] war hier. Dass jetzt ausgerechnet wir wegen der Musik angezeigt werden, finden wir nicht in Ordnung. Um 22 Uhr drehen wir runter, das kann Ihnen der Marktmeister bestätigen. Die Dame ruft jedes Jahr an, auch als noch das Kettenkarussell neben uns stand.

    Ab Freitag ist mein Sohn [[P|Marlon Weiß]] der verantwortliche Betreiber, Handy [[T|0171 / 90 44 218]]. Er kommt gerne zu Ihrer Messung dazu.

    Mit freundlichen Grüßen
    [[P|Roman Weiß]]
    Schaustellerbetrieb [[P|Weiß]]
    Winterquartier: [[A|Am Kuhlenbusch 3]], [[A|51147 Köln-Porz]]

    -----Ursprüngliche Nachricht-----
    Von: [[P|Gerlinde Hürth]] <[[E|g.huerth@web.de]]>
    Gesendet: Sonntag, 17. August 2025 23:40
    An: [[N|ordnungsamt@koenigsau.de]]
    Betreff: Beschwerde Lärm Kirmes Rheinwiese

    Guten Abend,

    es ist jetzt 23:40 Uhr und die Musik vom Autoscooter dröhnt immer noch bis zu uns in die [[A|Fährgasse 12]]. Bei geschlossenen Fenstern! Mein Mann muss um halb fünf zur Frühschicht. Ich erwarte, dass Sie da endlich durchgreifen, letztes Jahr ist auch nichts passiert.

    [[P|Gerlinde Hürth]]
    [[A|Fährgasse 12]]
    [[A|53867 Königsau]]
    Tel. [[T|02246 / 4 81 07]]
    """)


def d06():
    rows = [
        "[[AZ|OWI-32-2025-041187]];[[KFZ|SU-KM 2207]];[[P|Semedo, Evandro]];[[A|Spicher Straße 54]];[[A|53867 Königsau]];Rheinallee/Ecke Fährgasse;03.07.2025 10:14;112402;25,00;bezahlt",
        "[[AZ|OWI-32-2025-041203]];[[KFZ|BN-AY 418]];[[P|Nettekoven, Helga]];[[A|Im Rosengarten 9]];[[A|53229 Bonn]];Marktplatz (Marktzeit);03.07.2025 10:31;141312;35,00;Anhörung",
        "[[AZ|OWI-32-2025-041266]];[[KFZ|K-TZ 5531]];[[P|Öztürk, Kadir]];[[A|Deutz-Mülheimer Str. 201]];[[A|51063 Köln]];Kirchgasse (Fußgängerzone);05.07.2025 16:02;141170;55,00;Mahnung",
        "[[AZ|OWI-32-2025-041301]];[[KFZ|GX-512-R]];;;;Deichweg, Parkplatz Fähranleger;05.07.2025 17:45;112454;20,00;Halteranfrage NL (RDW)",
        "[[AZ|OWI-32-2025-041344]];[[KFZ|SU-EL 88]];[[P|Lopes Varela, Nilda]];[[A|Zur Alten Ziegelei 2c]];[[A|53867 Königsau]];Hauptstraße, Feuerwehrzufahrt;06.07.2025 08:20;141332;55,00;Abschleppung ([[AZ|32.2-AS-2025/0192]])",
        "[[AZ|OWI-32-2025-041402]];[[KFZ|SU-RA 9012]];Rhein-Mobil Autovermietung GmbH;[[N|Industriestraße 14]];[[N|53842 Troisdorf]];Rheinallee/Ecke Kirchgasse;06.07.2025 14:20;112262;30,00;Fahrerbenennung angefordert",
        "[[AZ|OWI-32-2025-041398]];[[KFZ|GL-WB 1704]];[[P|Weldemichael, Filmon]];[[A|Kölner Straße 301]];[[A|51429 Bergisch Gladbach]];Marktplatz (Marktzeit);09.07.2025 09:05;141312;35,00;bezahlt",
        "[[AZ|OWI-32-2025-041455]];[[KFZ|SU-D 4471]];[[P|Ferrari, Luca]];[[A|Mühlengasse 3]];[[A|53859 Niederkassel]];Kirchgasse (Fußgängerzone);12.07.2025 19:48;141170;55,00;Anhörung",
        "[[AZ|OWI-32-2025-041490]];[[KFZ|EU-AH 612]];[[P|Thelen, Sebastian]];[[A|Auf dem Acker 11]];[[A|53881 Euskirchen]];Rheinallee, Bewohnerparken Zone B;15.07.2025 21:10;112402;25,00;Einspruch",
    ]
    body = "\n".join(rows)
    return "word", "owi_csv_export", [], (
        "Export Fachverfahren OWi – Verwarnungsgelder ruhender Verkehr\n"
        "Zeitraum: 01.07.2025 – 15.07.2025 · Bezirk 3 (Altstadt/Rheinufer) · erstellt von: [[P|Aydın, Sevgi]] · 04.08.2025 07:12\n"
        "Datei: owi_export_bez3_2025-07a.csv · Trennzeichen ; · Kodierung UTF-8\n\n"
        "Aktenzeichen;Kennzeichen;Halter;Straße;PLZ Ort;Tatort;Tatzeit;TBNR;Betrag;Status\n"
        + body + "\n\n"
        "9 Datensätze · Summe 335,00 EUR · davon offen 275,00 EUR\n"
        "Rückfragen: Bußgeldstelle, [[N|bussgeldstelle@koenigsau.de]], Zimmer 0.11\n")


def d07():
    cf = codice_fiscale("Esposito", "Salvatore", 1968, 1, 14, False, "F839")
    piva = partita_iva("063")
    iban = group(iban_it(), 4)
    return "outlook", "kirmes_bewerbung_it", [], doc(f"""
    Da: [[P|Salvatore Esposito]] <[[E|esposito.lunapark@libero.it]]>
    Inviato: giovedì 6 marzo 2025 11:05
    A: [[N|markt@koenigsau.de]]
    Oggetto: Bewerbung Herbstkirmes 2025 – Kinderkarussell "Il Treno Magico"

    Buongiorno / Guten Tag Herr [[P|Offermanns]],

    mi scusi per il mio tedesco, mein Neffe hilft beim Schreiben. Wir bewerben uns wieder für die Herbstkirmes 2025 auf der Rheinwiese mit unserem Kinderkarussell „Il Treno Magico“ (Durchmesser 9 m, Anschlusswert 32 A, Ausführungsgenehmigung und TÜV-Abnahme vom 12.02.2025 anbei). Letztes Jahr hatten wir Platz 14, neben dem Crêpes-Stand von Frau [[P|Bosman]] – wenn möglich gerne wieder dort.

    Unsere Daten für die Rechnung:
    Ditta individuale [[P|Esposito Salvatore]]
    nato il [[DOB|14/01/1968]] a Napoli
    [[A|Via Domenico Capitelli 27]]
    [[A|80134 Napoli]] (NA), Italia
    Codice fiscale: [[TID|{cf}]]
    Partita IVA: [[VAT|IT{piva}]]
    IBAN: [[IBAN|{iban}]] (Intesa Sanpaolo)
    Cellulare: [[T|+39 338 471 9052]]

    Post in Deutschland bitte an unser Winterquartier:
    c/o [[P|Hans-Dieter Kolvenbach]]
    [[A|Am Leinpfad 7]]
    [[A|53859 Niederkassel]]

    Zur Kirmes kommen wieder meine Frau [[P|Carmela Esposito]] (geb. [[P|Russo]]) und unser Sohn [[P|Gennaro Esposito]] – alle sagen [[P|Rino]] –, er fährt das Zugfahrzeug (italienisches Kennzeichen [[KFZ|GH 418 TZ]]) mit dem Wohnwagen.

    Distinti saluti / Mit freundlichen Grüßen
    [[P|Salvatore Esposito]]
    Luna Park [[P|Esposito]] – giostre per bambini dal 1979
    """)


def d08():
    return "word", "abschleppkosten_bescheid", [], doc(f"""
    Stadt Königsau am Rhein
    Der Bürgermeister – Ordnungsamt · Abt. 32.2 Verkehrsüberwachung
    [[N|Rathausplatz 1]] · [[N|53867 Königsau]] · Telefon [[N|02246 71-0]]

    Frau
    [[P|Edna Gomes Furtado]]
    [[A|Am Stadtgarten 4]]
    [[A|53867 Königsau]]

    Aktenzeichen: [[AZ|32.2-AS-2025/0214]]
    Kassenzeichen: [[AZ|3.410.118274.0]]
    Betroffene: geb. am [[DOB|21.04.1989]]
    Fahrzeug: VW Polo, amtl. Kennzeichen [[KFZ|SU-EG 314]]
    Datum: 12.08.2025

    Kostenbescheid für die Abschleppmaßnahme vom 29.07.2025

    Sehr geehrte Frau [[P|Gomes Furtado]],

    am Dienstag, 29.07.2025, gegen 07:40 Uhr stand Ihr oben genanntes Fahrzeug in der Hauptstraße innerhalb einer ordnungsgemäß eingerichteten Haltverbotszone (Zeichen 283 StVO mit Zusatzzeichen „Umzug“). Die Haltverbotszone war auf Antrag von Herrn [[P|Dieter Esser]] für einen Umzug aus dem Haus [[A|Hauptstraße 61]] seit dem 25.07.2025 ausgeschildert. Nachdem Sie als Halterin nicht erreicht werden konnten, ordnete der Vollzugsdienst (Dienstnummer [[N|32-117]]) um 07:52 Uhr die Umsetzung durch die Firma Abschleppdienst Rheinblick GmbH an.

    In Ihrer Stellungnahme vom 05.08.2025 tragen Sie vor, Ihr Lebensgefährte, Herr [[P|Nelson Brito Delgado]], habe das Fahrzeug am Vorabend abgestellt und die Schilder nicht gesehen. Herr [[P|Brito Delgado]] hat dies telefonisch ([[T|0152 0917 3342]]) bestätigt. Das entlastet Sie als Halterin nicht: Für die Kosten einer rechtmäßigen Ersatzvornahme haftet nach §§ 55, 59 VwVG NRW i. V. m. § 77 VwVG NRW auch die Halterin als Zustandsverantwortliche.

    Kostenaufstellung:
    Abschleppunternehmen (Rechnung vom 30.07.2025)  198,50 EUR
    Verwaltungsgebühr  65,00 EUR
    Auslagen (Halterabfrage, Zustellung)  3,45 EUR
    Gesamtbetrag  266,95 EUR

    Bitte überweisen Sie den Gesamtbetrag bis zum 12.09.2025 unter Angabe des Kassenzeichens auf das Konto der Stadtkasse Königsau, IBAN [[N|{group(CITY_IBAN, 4)}]].

    Rechtsbehelfsbelehrung
    Gegen diesen Bescheid können Sie innerhalb eines Monats nach Zustellung Klage beim Verwaltungsgericht Köln erheben. Die Klage hat keine aufschiebende Wirkung (§ 80 Abs. 2 Satz 1 Nr. 1 VwGO).

    Mit freundlichen Grüßen
    Im Auftrag
    [[P|Sevgi Aydın]]
    Bußgeld- und Verwarnungsgeldstelle · Zimmer 0.11 · [[N|bussgeldstelle@koenigsau.de]]
    """)


def d09():
    cc = IDS.credit_card("54", 16)
    pp = nl_document()
    return "outlook", "fischereischein_en", ["BIOMETRIC"], doc(f"""
    From: [[P|Pieter-Jan van den Berg]] <[[E|pj.vandenberg@ziggo.nl]]>
    Sent: Monday, 3 March 2025 19:22
    To: [[N|ordnungsamt@koenigsau.de]]
    Subject: Fishing licence (Fischereischein) – moved from the Netherlands

    Dear Sir or Madam, / Guten Tag,

    sorry for writing in English, my German is still basic. I moved from Nijmegen to Königsau in January (new address: [[A|Deichweg 19]], [[A|53867 Königsau]]) and would like to fish on the Rhine and at the mouth of the Sieg with my son [[P|Daan]]. In the Netherlands I had a VISpas (no. [[AZ|1482 3317 05]]) and passed the sportvisserij course back in 2004.

    My questions:
    1. Is my Dutch VISpas accepted, or do I need to pass the German Fischerprüfung first?
    2. The application form asks for a biometric passport photo (35 x 45 mm). May I send a digital photo by e-mail, or must it be a printed one?
    3. Can I pay the fee by credit card? My Mastercard is [[CC|{group(cc, 4)}]], valid until 09/27 – or should I wait for an invoice?

    My details:
    Name: [[P|Pieter-Jan van den Berg]]
    Date of birth: [[DOB|27 April 1979]]
    Passport (NL): [[PASS|{pp}]]
    Phone: [[T|+31 6 4120 7788]] (Dutch mobile, still active) or [[T|0151 6672 0419]]

    My son [[P|Daan van den Berg]] (born [[DOB|12 May 2011]]) would need the Jugendfischereischein, I think. He is 13 and has no passport of his own yet, only a Dutch ID card.

    Kind regards / Mit freundlichen Grüßen
    [[P|Pieter-Jan]] ([[P|PJ]]) [[P|van den Berg]]
    """)


def d10():
    return "word", "niederschrift_marktbeirat", ["POLITICS"], doc("""
    Niederschrift über die 2. Sitzung des Marktbeirats 2025

    Datum: 13.05.2025, 17:00 – 18:45 Uhr
    Ort: Rathaus Königsau, Sitzungsraum 3 (2. OG)

    Anwesend:
    Dr. [[P|Annette vom Bruch]] – Amtsleiterin Ordnungsamt, Vorsitz
    [[P|Dirk Offermanns]] – Marktmeister
    [[P|Walburga Esser]] – Ratsmitglied, CDU-Fraktion
    [[P|Timo Krahforst]] – Ratsmitglied, Fraktion Bündnis 90/Die Grünen
    [[P|Hüseyin Çelik]] – Sprecher der Wochenmarkthändler
    [[P|Femke Bosman]] – Sprecherin der Kirmes- und Weihnachtsmarktbeschicker
    [[P|Luís Carvalho]] – Fischhandel
    Protokoll: [[P|Jana Wirtz]], Ordnungsamt

    Entschuldigt: [[P|Manfred Löhr]] (Direktvermarkter, Hof [[P|Löhr]])

    TOP 1 – Standgebühren ab 2026
    Herr [[P|Offermanns]] stellt die Gebührenbedarfsberechnung vor (Anlage 1). Die Erhöhung beträgt im Mittel 8 %. Herr [[P|Çelik]] kritisiert dies: Seit Beginn der Kanalbaustelle in der Kirchgasse seien die Umsätze samstags um ein Drittel gesunken. Frau [[P|Esser]] regt eine Staffelung nach Standlänge an. Herr [[P|Krahforst]] erklärt, seine Fraktion werde einer Erhöhung nur mit einem Nachlass für Bio-Stände zustimmen. Die Verwaltung prüft Frau [[P|Esser]]s und Herrn [[P|Krahforst]]s Vorschläge bis zur Sitzung des Haupt- und Finanzausschusses am 26.06.2025.

    TOP 2 – Stromanschluss Fischwagen
    Herr [[P|Carvalho]] bittet erneut um einen 400-V-Anschluss am Platz 4, weil das Aggregat von Anwohnern als laut empfunden wird. Kontakt für die Stadtwerke: [[E|carvalho.peixe@gmx.de]], [[T|0171 5530 812]]; Herr [[P|Carvalho]] hat dort bereits einen Baustromvertrag unter der Kundennummer [[AZ|40 0218 3377]]. Die Verwaltung klärt die Kosten mit den Stadtwerken (Angebot Nr. 2025-118).

    TOP 3 – Beschwerden von Anwohnern
    Eine Anwohnerin, Frau [[P|Ursula Engels]] ([[A|Kirchgasse 5]]), beschwert sich schriftlich über den Aufbau ab 5:30 Uhr und laufende Motoren. Die Marktordnung (§ 6) erlaubt den Aufbau ab 6:00 Uhr. Herr [[P|Offermanns]] weist die Händler erneut darauf hin.

    TOP 4 – Verschiedenes
    Frau [[P|Bosman]] berichtet, dass für den Weihnachtsmarkt bisher 31 Bewerbungen vorliegen. Die Bewerbungsfrist endet am 31.07.2025.

    Nächste Sitzung: 16.09.2025, 17:00 Uhr.

    gez. Dr. [[P|vom Bruch]]      gez. [[P|J. Wirtz]]
    (Vorsitz)                   (Protokoll)
    """)


def d11():
    iban = IDS.iban_de().lower()
    iban = group(iban, 4)
    return "outlook", "hundesteuer_abmeldung_informell", [], doc(f"""
    Von: [[P|gülsen arslan]] <[[E|guelsen.arslan@hotmail.de]]>
    Gesendet: Mittwoch, 4. Juni 2025 21:17
    An: [[P|Schwarzbach-Lenz, Heike]]
    Betreff: hund abmelden

    hallo frau [[P|schwarzbach-lenz]],

    unser hund bobby ist am 2.6. gestorben, er war 14. meine tochter [[P|elif]] war mit ihm noch beim tierarzt dr. [[P|brenig]] aber er hatte krebs, man konnte nix mehr machen :(
    ich möchte ihn bitte abmelden. die marke schick ich mit der post. kassenzeichen ist [[AZ|2.271.006652.1]] glaube ich.

    bitte das zu viel bezahlte geld auf das konto von meinem mann ([[P|kemal arslan]]) zurück, iban [[IBAN|{iban}]]

    wenn was fehlt bitte anrufen [[T|0157-72 30 19 48]], ab 16 uhr, vorher bin ich auf der arbeit.

    danke und lg
    [[P|gülsen arslan]]
    [[A|siegburger str 212]]
    """)


def d12():
    header = "Nr.\tBeschicker\tAnschrift\tTelefon\tWarenangebot\tFläche\tStandgeld"
    rows = [
        "W-01\t[[P|Joost ter Horst]]\t[[A|Markt 9]], [[A|5911 HB Venlo]] (NL)\t[[T|+31 77 351 2290]]\tPoffertjes, Stroopwafels\t6 x 3 m\t1.140,00 €",
        "W-02\t[[P|Rui Miguel Sousa Marques]]\t[[A|Siegstraße 18a]], [[A|53757 Sankt Augustin]]\t[[T|02241 / 33 18 07]]\tPastéis de Nata, Ginjinha\t3 x 3 m\t690,00 €",
        "W-03\t[[P|Matteo D'Alessandro]]\t[[A|Via dei Mille 41]], [[A|70126 Bari]] (Italien)\t[[T|+39 080 554 1287]]\tPanettone, Torrone, Taralli\t4 x 3 m\t880,00 €",
        "W-04\t[[P|Ursula Kemmerling]]\t[[A|Lindenstr. 2]], [[A|53867 Königsau]]\t[[T|0160 9122 7431]]\tGlühwein, Kinderpunsch\t5 x 3 m\t1.375,00 €",
        "W-05\t[[P|Hanna Woldu]]\t[[A|Rheinallee 57]], [[A|53867 Königsau]]\t[[T|0176-4418 2093]]\tBunna (Kaffeezeremonie), Injera-Wraps\t3 x 3 m\t690,00 €",
        "W-06\t[[P|Yavuz Demirel]]\t[[A|Kölner Str. 88]], [[A|53840 Troisdorf]]\t[[T|0151/28 44 91 06]]\tGözleme, Ayran\t4 x 3 m\t880,00 €",
        "W-07\t[[P|Wilfried Scheben]]\t[[A|Am Kuhlenbusch 11]], [[A|51147 Köln]]\t[[T|0172 2 94 81 30]]\tKinderkarussell\t8 x 8 m\t1.520,00 €",
    ]
    return "word", "weihnachtsmarkt_tabelle", [], (
        "Weihnachtsmarkt Königsau 2025 – Standvergabe (Stand: 30.09.2025)\n"
        "Zulassung nach § 70 GewO; Auswahl nach „bekannt und bewährt“ und Attraktivität (Beschluss Marktbeirat vom 13.05.2025)\n"
        "Markttage: 27.11. – 23.12.2025, täglich 11:00 – 21:00 Uhr, Marktplatz und Kirchgasse\n\n"
        + header + "\n" + "\n".join(rows) + "\n\n"
        "Warteliste: 1. [[P|Lucia Ferreira Lima]] (Bifanas), 2. Imkerei Sonnenhang (Honig, Kerzen)\n"
        "Absagen wurden am 26.09.2025 verschickt (Vorlage Marktverwaltung Nr. 14).\n"
        "Rückfragen: Marktmeister [[P|D. Offermanns]], Tel. [[N|02246 71-3260]], [[N|markt@koenigsau.de]]\n")


def d13():
    idc = IDS.id_card(True)
    return "outlook", "jagdschein_verlaengerung", [], doc(f"""
    Von: [[P|Hans-Jürgen Ohligschläger]] <[[E|hj.ohligschlaeger@rheinjagd.de]]>
    Gesendet: Freitag, 14. Februar 2025 17:03
    An: [[P|Wessels, Jannik]]
    Cc: [[N|jagdbehoerde@koenigsau.de]]
    Betreff: Verlängerung Jagdschein Nr. [[AZ|32/118/2022]] – Jagdjahr 2025/26 ff.

    Moin Herr [[P|Wessels]],

    anbei wie telefonisch besprochen die Unterlagen für die Verlängerung meines Dreijahresjagdscheins, der am 31.03.2025 ausläuft:

    - Versicherungsbestätigung Jagdhaftpflicht, Vers.-Nr. [[AZ|JH 0042.771.903]]
    - Kopie Personalausweis, Ausweisnummer [[IDC|{idc}]], gültig bis 2031
    - Waffenbesitzkarte Nr. [[AZ|118/09]] (Kreispolizeibehörde Rhein-Sieg-Kreis)
    - Schießnachweis vom Schießstand Hennef, 11.01.2025

    Meine Daten zur Sicherheit nochmal: [[P|Hans-Jürgen Ohligschläger]], geb. [[DOB|30.11.1962]] in Siegburg, wohnhaft [[A|Zur Alten Ziegelei 7]], [[A|53867 Königsau-Mondorf]]. Revier unverändert: Gemeinschaftsjagd Rheidt, Mitpächter ist weiterhin [[P|Heinz-Werner Lindlar]].

    Die Gebühr (laut Ihrer Mail 60 EUR für drei Jahre) überweise ich, sobald ich das Kassenzeichen habe.

    Ich bin die nächsten drei Wochen im Revier schwer zu erreichen ;-) – am besten mobil [[T|01 71/3 38 20 55]] oder abends [[T|02246 93 77 4]].

    Waidmannsheil
    [[P|H.-J. Ohligschläger]]
    """)


def d14():
    idc = IDS.id_card(False)
    return "word", "ocr_zeugenfragebogen", ["BIOMETRIC", "HEALTH"], doc(f"""
    [Scan Posteingang 22.05.2025 – Seite 1 von 2 – OCR, automatisch erkannt]
    STADT KÖNIGSAU AM RHEIN · ORDNUNGSAMT · Bußgeldstelle
    Anhörung im Bußgeldverfahren / Zeugenfragebogen
    Aktenzeichen: [[AZ|0WI-32-2025-03981 2]]
    Tatzeit: 1 4.05.2025, 09:52 Uhr     Tatort: L 269, Höhe Deichweg, FR Mondorf
    Kennzeichen: [[KFZ|SU-TM 6O4]]      zul. Höchstgeschw.: 50 km/h  festgest.: 79 km/h (nach Toleranzabzug)
    Halterin: [[P|Fonseca Tavares, Maria da Luz]]

    Angaben zur Person des Fahrers / der Fahrerin
    Narne: [[P|Tavares Monteiro]]             Vorname: [[P|Adi1son]]
    Geburtsdaturn: [[DOB|1 7.O2.1994]]    Geburtsort: Praia / Kap Verde
    Anschrift: [[A|Rheinallee 103]] , [[A|53867 Kőnigsau]]
    Telefon (freiwillig): [[T|0l52 - 2 8 9 4 3 1 1 7]]

    [x] Ich war zur Tatzeit Fahrer/in.
    [ ] Ich war nicht Fahrer/in. Fahrer/in war: ___________________

    Bernerkungen: ich bin zu schnell gefahren weil meine Frau [[P|Djenifer]] Wehen hatte , wir waren auf dern Weg in das St. Josef-Hospital Troisdorf (Kreißsaal). Unsere Tochter ist am gleichen Tag geboren. Die Bestätigung von der Klinik lege ich bei .

    Unterschrift: [[P|A. Tavares M.]]        Datum: 2 0.05.2025

    [Seite 2 – Vermerk der Bußgeldstelle]
    Lichtbildabgleich: Das Messfoto (Frontaufnahme) wurde mit dem Lichtbild aus dem Personalausweisregister abgeglichen (Personalausweis-Nr. [[IDC|{idc}]]); Fahrer ist nach Gesichtsmerkmalen eindeutig der Betroffene.
    Entbindungsbescheinigung liegt vor. Notstand (§ 16 OWiG) nicht gegeben, aber Einstellung nach § 47 Abs. 1 OWiG vertretbar.
    Vfg.: Einstellung, WV entfällt. 26.05.2025 [[P|Aydın]]
    """)


def d15():
    eat = IDS.travel_document("Y", True)
    return "outlook", "anfrage_auslaenderbehoerde", [], doc(f"""
    Von: [[P|Offermanns, Dirk]] <[[E|dirk.offermanns@koenigsau.de]]>
    Gesendet: Mittwoch, 9. April 2025 10:26
    An: [[N|auslaenderbehoerde@rhein-sieg-kreis.de]]
    Cc: [[P|Nießen, Tobias]]
    Betreff: Anfrage Erwerbstätigkeit – Frau [[P|Senait Tekle Haile]], geb. [[DOB|04.02.1988]]

    Sehr geehrte Damen und Herren,

    Frau [[P|Senait Tekle Haile]], wohnhaft [[A|Kölner Straße 17]], [[A|53867 Königsau]], möchte ab Mai auf unserem Wochenmarkt (samstags) einen Stand mit Backwaren und Kaffee betreiben. Für die Zulassung nach § 70 GewO benötigen wir Ihre Bestätigung, dass ihr Aufenthaltstitel eine selbständige Erwerbstätigkeit erlaubt.

    Vorgelegt wurde uns der elektronische Aufenthaltstitel Nr. [[IDC|{eat}]] (gültig bis 17.10.2027) mit der Nebenbestimmung „Erwerbstätigkeit erlaubt“. Nach Angabe von Frau [[P|Tekle Haile]] wird sie bei Ihnen unter dem Aktenzeichen [[AZ|31.41-ER-20931]] geführt; AZR-Nummer [[AZ|172094613385]].

    Frau [[P|Tekle Haile]] wird von Herrn [[P|Markus Stöcker]] vom Integrationsdienst der Diakonie begleitet ([[T|0228 / 9 11 84-27]]), der die Unterlagen zusammengestellt hat. Wenn Sie Fragen haben, erreichen Sie ihn dort direkt.

    Für eine kurze Rückmeldung bis zum 25.04.2025 wäre ich Ihnen dankbar, damit wir den Platz für den 03.05. vergeben können.

    Mit freundlichen Grüßen
    Im Auftrag

    [[P|Dirk Offermanns]]
    Marktmeister
    Stadt Königsau am Rhein – Ordnungsamt
    [[N|Rathausplatz 1]], [[N|53867 Königsau]]
    Tel. [[N|02246 71-3260]] · Fax [[N|02246 71-3399]]
    """)


def d16():
    kv = IDS.health_insurance()
    iban = IDS.iban_de()
    return "word", "hundesteuer_befreiung", ["HEALTH"], doc(f"""
    Stadt Königsau am Rhein – Der Bürgermeister – Steuerabteilung
    [[N|Rathausplatz 1]], [[N|53867 Königsau]]

    Frau
    [[P|Giuseppina Lo Russo-Schmitz]]
    [[A|Im Rosengarten 21]]
    [[A|53867 Königsau]]

    Kassenzeichen [[AZ|2.271.007003.9]]
    Bearb.: Frau [[P|Schwarzbach-Lenz]], Zi. 1.08, Tel. [[N|02246 71-2214]]
    Königsau, 14.02.2025

    Steuerbefreiung für Ihren Blindenführhund „Bella“ (§ 5 Abs. 1 Nr. 2 Hundesteuersatzung)

    Sehr geehrte Frau [[P|Lo Russo-Schmitz]],

    auf Ihren Antrag vom 30.01.2025, den Ihr Sohn, Herr [[P|Marco Lo Russo]], für Sie gestellt hat, befreie ich Ihren Hund ab dem 01.02.2025 von der Hundesteuer.

    Ihre Angaben (Antragstellerin geb. [[DOB|09.08.1941]]) haben wir anhand folgender Unterlagen geprüft:
    – Schwerbehindertenausweis, GdB 100, Merkzeichen Bl und H (Rhein-Sieg-Kreis, Az. [[AZ|50.3-SB-441907/19]]);
    – Bescheinigung der Führhundschule Rheinland über die Gespannprüfung, Ausbilderin Frau [[P|Petra Dahmen]];
    – Kostenzusage Ihrer Krankenkasse für den Führhund als Hilfsmittel (Versichertennummer [[KV|{kv}]]).

    Die bereits gezahlte Steuer für Februar und März in Höhe von 20,00 EUR erstatten wir auf Ihr Konto IBAN [[IBAN|{iban}]]. Die Steuermarke Nr. [[N|0533]] behalten Sie bitte; sie bleibt gültig.

    Wenn Sie Fragen haben, rufe ich gern Ihren Sohn an; er hat uns die Nummer [[T|0173 / 5 21 88 06]] genannt. Herr [[P|Lo Russo]] hat auch angeboten, Ihnen dieses Schreiben vorzulesen. Auf Wunsch senden wir Ihnen Bescheide künftig in Großdruck oder als Audiodatei.

    Mit freundlichen Grüßen
    Im Auftrag
    [[P|Schwarzbach-Lenz]]
    """)


def d17():
    return "outlook", "verwarnung_antwort_pt", ["HEALTH"], doc("""
    Von: [[P|Aydın, Sevgi]]
    Gesendet: Freitag, 11. Juli 2025 09:15
    An: '[[P|Fernanda Antunes]]' <[[E|fernanda.c.antunes@gmail.com]]>
    Betreff: AW: Strafzettel Kirchgasse – Kassenzeichen [[AZ|3.410.119530.2]]

    Sehr geehrte Frau [[P|Antunes]],

    vielen Dank für Ihre Nachricht. Ich habe mir die Fotos des Kollegen vom Ordnungsdienst angesehen: Das Zusatzzeichen „Lieferverkehr frei 6–11 Uhr“ war gut sichtbar, Ihr Fahrzeug ([[KFZ|SU-FA 1903]]) stand um 11:42 Uhr dort. Für Pflegedienste gibt es in der Kirchgasse leider keine Ausnahme; Ihr Arbeitgeber kann aber eine Ausnahmegenehmigung nach § 46 StVO für seine Fahrzeuge beantragen (Formular VA 12 auf unserer Internetseite).

    Das Verwarnungsgeld von 30,00 EUR bleibt daher bestehen. Ratenzahlung ist bei Verwarnungsgeldern nicht vorgesehen; ich habe die Zahlungsfrist aber bis zum 31.07.2025 verlängert. Bitte geben Sie bei der Überweisung das Kassenzeichen an.

    Mit freundlichen Grüßen
    Im Auftrag
    [[P|Sevgi Aydın]]

    Stadt Königsau am Rhein | Ordnungsamt | Bußgeldstelle
    [[N|Rathausplatz 1]] | [[N|53867 Königsau]]
    T [[N|02246 71-0]] | [[N|bussgeldstelle@koenigsau.de]]
    Öffnungszeiten: Mo–Fr 8:00–12:30 Uhr, Do 14:00–17:30 Uhr

    -----Ursprüngliche Nachricht-----
    Von: [[P|Fernanda Antunes]] <[[E|fernanda.c.antunes@gmail.com]]>
    Gesendet: Donnerstag, 10. Juli 2025 22:31
    An: [[N|bussgeldstelle@koenigsau.de]]
    Betreff: Strafzettel Kirchgasse – Kassenzeichen [[AZ|3.410.119530.2]]

    > Olá / Hallo,
    > ich habe heute einen Strafzettel an meinem Auto ([[KFZ|SU-FA 1903]]) gefunden. Ich arbeite bei der ambulanten Pflege und war nur 10 Minuten bei einer Patientin, Frau [[P|Helga Pohl]], [[A|Kirchgasse 9]], sie ist bettlägerig und braucht morgens Insulin und Verbandswechsel. Es gibt dort keinen Parkplatz. Meine Chefin, Frau [[P|Dagmar Rösgen]] vom Pflegedienst Rheinperle, kann das bestätigen.
    > Ich verdiene nicht viel, kann ich in Raten zahlen?
    > Obrigada e cumprimentos
    > [[P|Fernanda Conceição Antunes]]
    > [[A|Am Leinpfad 30]], [[A|53859 Niederkassel]]
    > Tel. [[T|0049 (0)176 811 23 470]]
    """)


def d18():
    cc_pt = pt_cartao_cidadao()
    ssn = IDS.social_security("160393", "M")
    nif = pt_nif("2")
    kimlik = tc_kimlik()
    return "word", "kontrollbericht_markt", [], doc(f"""
    Kontrollbericht Kommunaler Ordnungsdienst (KOD)

    Einsatz: Gewerbekontrolle Wochenmarkt Marktplatz, Samstag, 21.06.2025, 07:30 – 10:15 Uhr
    Einsatzkräfte: KOD [[P|Kai-Uwe Pützfeld]], KOD [[P|Svenja Broich]]; gemeinsam mit dem Hauptzollamt Köln, Finanzkontrolle Schwarzarbeit (Zollbeamter [[P|Achim Rademacher]])
    Vorgangsnummer: [[AZ|KOD-2025-06-0412]]

    1. Stand 7 (Obst/Gemüse)
    Inhaber: [[P|Nuno Alexandre Pinto Moreira]], wohnhaft [[A|Siegburger Straße 9]], [[A|53859 Niederkassel]]
    Ausweis: portugiesischer Cartão de Cidadão Nr. [[IDC|{cc_pt}]]
    Reisegewerbekarte liegt vor (Stadt Troisdorf, Nr. [[AZ|32/RG-0815/2021]]).
    Aushilfe: [[P|Vítor Hugo Moreira]] (Bruder), Minijob; Sozialversicherungsausweis vorgelegt, Versicherungsnummer [[SSN|{ssn_fmt(ssn)}]]; im Arbeitsvertrag zusätzlich portugiesische Steuernummer (NIF) [[TID|{nif}]].
    Ergebnis: keine Beanstandung.

    2. Stand 11 (Textilien, Haushaltswaren)
    Inhaber: [[P|Erkan Doğan]], geb. [[DOB|05.03.1979]], Hauptwohnsitz [[A|Hauptstraße 201]], [[A|51143 Köln]]
    Ausweis: türkischer Personalausweis (Kimlik Kartı), T.C. Kimlik No. [[IDC|{kimlik}]]
    Aushilfe: [[P|Büşra Doğan]] (Tochter, 17 Jahre) – Arbeitszeit nach JArbSchG geprüft, Pausen eingehalten.
    Reisegewerbekarte nicht mitgeführt; am 23.06.2025 als Scan nachgereicht von [[E|erkan.dogan79@outlook.de]].
    Ergebnis: Verwarnung mit Verwarnungsgeld 35,00 EUR wegen Nichtmitführens (§ 60c Abs. 1 GewO), Az. [[AZ|OWI-32-2025-042210]].

    3. Stand 15 (Imbisswagen, Bifanas/Pastéis)
    Betreiberin: [[P|Inês Margarida Rocha Simões]], erreichbar unter [[T|+351 936 218 447]] (portugiesische Mobilnummer).
    Imbisswagen [[KFZ|SU-IR 55]]; Gasprüfbescheinigung vom 04.2025 liegt vor. Hinweis an Lebensmittelüberwachung des Kreises wegen fehlender Handwaschgelegenheit weitergegeben.

    4. Fahrzeuge am Marktrand ohne Ausnahmegenehmigung
    [[KFZ|BN-NM 2204]] (Halter [[P|Moreira]]) und [[KFZ|K-ED 7919]] (Halter [[P|Doğan]]) – mündlich verwarnt, Fahrzeuge wurden umgesetzt.

    Bericht gefertigt: 21.06.2025, [[P|Pützfeld]] (Dienstnummer [[N|32-104]])
    """)


def d19():
    kv = IDS.health_insurance()
    return "outlook", "hundebiss_en", ["HEALTH"], doc(f"""
    From: [[P|Christiane Bröhl]] <[[E|c.broehl@fluechtlingshilfe-koenigsau.de]]>
    Sent: Tuesday, 24 June 2025 10:41
    To: [[N|ordnungsamt@koenigsau.de]]
    Cc: [[P|Mehret Kidane]] <[[E|mehret.kidane92@gmail.com]]>
    Subject: Dog bite at Rheinufer playground – Mrs [[P|Mehret Kidane]] / Hundebiss Spielplatz Rheinufer

    Dear Sir or Madam, / Sehr geehrte Damen und Herren,

    I am writing on behalf of Mrs [[P|Mehret Kidane]] (born [[DOB|01.01.1992]]), whom I support as a volunteer mentor. Her English is better than her German, so she reads this in copy. Ab hier auf Deutsch:

    Am Sonntag, 22.06.2025, gegen 16:30 Uhr wurde ihr Sohn [[P|Natnael]] (6 Jahre) auf dem Spielplatz am Rheinufer, Höhe Fähranleger, von einem großen, nicht angeleinten Hund in den Unterarm gebissen. Er wurde in der Kinderklinik Sankt Augustin genäht (vier Stiche) und gegen Tetanus geimpft. Seitdem hat er große Angst vor Hunden und schläft sehr schlecht; die Kinderärztin hat eine Vorstellung bei einer Kinderpsychologin empfohlen.

    Die Halterin, eine ältere Dame, hat sich als Frau [[P|Birgit Hamacher]] vorgestellt und gesagt, sie wohne in der Fährgasse. Ein Zeuge, Herr [[P|Okan Yurt]] ([[T|0163 4471 925]]), hat alles gesehen und sich das Kennzeichen ihres Autos notiert: [[KFZ|SU-BH 610]].

    Die Behandlung wurde über [[P|Natnael]]s Krankenversicherung abgerechnet (Versichertennummer [[KV|{kv}]]). Die Familie wohnt [[A|Deichweg 4a]], [[A|53867 Königsau]]; Frau [[P|Kidane]] ist unter [[T|0152 / 3390 1748]] erreichbar (Tigrinya, English).

    Could you please tell us whether the dog has to be checked (Verhaltensprüfung) and whether Mrs [[P|Kidane]] has to file a criminal complaint with the police herself?

    Best regards / Mit freundlichen Grüßen
    [[P|Christiane Bröhl]]
    Ehrenamtliche Patin · Flüchtlingshilfe Königsau e.V.
    mobil [[T|0177 64 80 315]]
    """)


def d20():
    nl_id = nl_document()
    bsn = nl_bsn()
    btw = nl_btw()
    iban = group(iban_nl("RABO"), 4)
    return "word", "formular_reisegewerbekarte", [], doc(f"""
    Antrag auf Erteilung einer Reisegewerbekarte (§ 55 GewO) – Formular RG 1 (Stand 01/2024)
    Eingang: 17.02.2025          Vorgangs-Nr.: [[AZ|32.1-RG-2025-0031]]

    1. Angaben zur Person
    Familienname: [[P|van Dijk]]
    Vorname(n): [[P|Willemijn Johanna]]
    Geburtsname: [[P|Verhoeven]]
    Geburtsdatum: [[DOB|21-06-1982]]
    Geburtsort / -land: Venlo / Niederlande
    Staatsangehörigkeit: niederländisch
    Anschrift (Hauptwohnsitz): [[A|Burgemeester Bloemartsstraat 14]], [[A|5911 KW Venlo]], Nederland
    Anschrift im Inland: –
    Telefon: [[T|+31 (0)77 354 1903]]          Mobil: [[T|06-41 88 20 17]]
    E-Mail: [[E|w.vandijk@kermis-vandijk.nl]]
    Ausweisdokument: niederländische Identiteitskaart Nr. [[IDC|{nl_id}]], gültig bis 08-2031
    Burgerservicenummer (BSN): [[TID|{bsn}]]

    2. Angaben zur Tätigkeit
    Art der Tätigkeit: Ausschank alkoholfreier Getränke; Ausspielung „Entenangeln“ (Geschicklichkeitsspiel ohne Geldgewinn) auf Volksfesten und Kirmessen
    Beginn: 01.04.2025
    Handelsregister / KvK-nummer: [[N|7412 8803]]
    btw-id: [[VAT|{btw}]]
    Bankverbindung für Erstattungen: IBAN [[IBAN|{iban}]]

    3. Mitarbeitende Personen (§ 60c GewO)
    a) [[P|Thijs van Dijk]], geb. [[DOB|02.09.2004]] (Sohn)
    b) [[P|Ilse Verhoeven]], geb. [[DOB|13.11.1956]] (Mutter)

    4. Erklärung
    Ich versichere die Richtigkeit meiner Angaben. Das Führungszeugnis zur Vorlage bei einer Behörde (Belegart O) und die Auskunft aus dem Gewerbezentralregister habe ich am 10.02.2025 beim Bundesamt für Justiz beantragt.

    Ort, Datum: Venlo, 14-02-2025          Unterschrift: [[P|W. J. van Dijk]]

    ------------------------------------------------------------
    Vermerk Sachbearbeitung: Gebühr 250,00 EUR, Kassenzeichen [[AZ|1.320.004411.7]]; Unterlagen vollständig bis auf Führungszeugnis. Bearb.: [[P|Krämer]], 18.02.2025
    """)


def d21():
    pp = IDS.passport(False)
    return "outlook", "abschleppung_weiterleitung", [], doc(f"""
    Von: [[P|Pützfeld, Kai-Uwe]]
    Gesendet: Montag, 4. August 2025 14:02
    An: [[P|Heuser, Lukas]]
    Betreff: WG: Rechnung Umsetzung 02.08. – [[KFZ|SU-MV 88]] / Hr. [[P|Marques Vieira]]

    Hallo [[P|Lukas]],

    anbei die Rechnung von Rheinblick für die Umsetzung am Samstagabend (Feuerwehrzufahrt Kirmesgelände). Der Halter, Herr [[P|Marques Vieira]], hat das Fahrzeug am Sonntag auf dem Verwahrplatz abgeholt und dort nur die Verwahrgebühr bezahlt, die Abschleppkosten noch nicht. Bitte ein Kassenzeichen anlegen und mir mitteilen, dann geht der Kostenbescheid raus.

    Halterdaten laut ZEVIS-Abfrage vom 02.08.2025, 23:48 Uhr:
    [[P|Rúben Marques Vieira]], geb. [[DOB|18.12.1997]]
    [[A|Deutzer Freiheit 74]], [[A|50679 Köln]]

    VG [[P|Kai-Uwe]]

    -----Ursprüngliche Nachricht-----
    Von: Abschleppdienst Rheinblick GmbH <[[N|disposition@rheinblick-abschlepp.de]]>
    Gesendet: Montag, 4. August 2025 11:37
    An: [[P|Pützfeld, Kai-Uwe]] <[[E|kai-uwe.puetzfeld@koenigsau.de]]>
    Betreff: Rechnung Umsetzung 02.08. – [[KFZ|SU-MV 88]]

    Sehr geehrter Herr [[P|Pützfeld]],

    anbei unsere Rechnung Nr. [[N|RB-25-1187]] über 214,20 EUR brutto für die Umsetzung des Pkw BMW 118i, Kennzeichen [[KFZ|SU-MV 88]], Einsatzzeit 23:10 – 23:55 Uhr, Fahrer unseres Hauses: Herr [[P|Sascha Bungarten]].

    Abgeholt wurde das Fahrzeug am 03.08. um 11:20 Uhr durch Herrn [[P|Marques Vieira]] zusammen mit Frau [[P|Jéssica Lobo]], die sich mit ihrem Reisepass (Nr. [[PASS|{pp}]]) ausgewiesen hat, weil der Halter seinen Ausweis nicht dabei hatte. Die Verwahrgebühr (2 Tage, 30,00 EUR) wurde bar bezahlt.

    Mit freundlichen Grüßen
    i. A. [[P|Monika Strauch]]
    Disposition

    Abschleppdienst Rheinblick GmbH · [[N|Industriestraße 40]] · [[N|53842 Troisdorf]]
    Tel. [[N|02241 40 99 0]] · 24-h-Notruf [[N|0800 744 25 25]]
    Geschäftsführer: [[P|Ralf Pesch]] · HRB 10477 Amtsgericht Siegburg
    """)


def d22():
    iban = group(IDS.iban_de(), 4)
    tnr = IDS.tax_number_nrw()
    vat = IDS.vat_id()
    return "word", "standgeld_ratenzahlung", [], doc(f"""
    Stadt Königsau am Rhein · Ordnungsamt · Marktverwaltung
    [[N|Rathausplatz 1]] · [[N|53867 Königsau]]

    Herrn
    [[P|Ömer Faruk Kılıç]]
    Inh. „[[P|Kılıç]] Feinkost & Oliven“
    [[A|Spicher Str. 112 a]]
    [[A|53859 Niederkassel]]

    Az.: [[AZ|32.4-MV-ST-2025-117]]
    Kassenzeichen: [[AZ|1.320.003390.5]]
    Ihr Ansprechpartner: Herr [[P|Offermanns]], Tel. [[N|02246 71-3260]]
    Datum: 03.09.2025

    Rückständiges Standgeld Wochenmarkt 1. Halbjahr 2025 – Ratenzahlungsvereinbarung

    Sehr geehrter Herr [[P|Kılıç]],

    vielen Dank für das Gespräch am 28.08.2025, an dem auch Ihr Steuerberater, Herr Dipl.-Kfm. [[P|Georg Hülsmann]], teilgenommen hat. Wie besprochen bestätige ich die Ratenzahlung des offenen Betrags von 1.386,00 EUR:

    – 6 Monatsraten zu je 231,00 EUR, jeweils zum 15. eines Monats, erstmals am 15.09.2025;
    – Einzug per SEPA-Lastschrift von Ihrem Konto IBAN [[IBAN|{iban}]], Mandatsreferenz [[AZ|M-ST-003390-01]];
    – Gläubiger-Identifikationsnummer der Stadt Königsau: [[N|{CITY_CI}]].

    Gerät eine Rate mehr als zwei Wochen in Rückstand, wird der gesamte Restbetrag sofort fällig (§ 8 Abs. 3 Marktgebührensatzung). Stundungszinsen erheben wir nicht.

    Für die Rechnungsstellung haben wir Ihre Steuernummer [[TNR|{tnr}]] und Ihre USt-IdNr. [[VAT|{vat}]] aktualisiert. Ihre Ehefrau, Frau [[P|Zeynep Kılıç]], soll nach Ihrer Auskunft ab Oktober Mitinhaberin werden; bitte reichen Sie uns dann eine Kopie der Gewerbeummeldung ein.

    Mit freundlichen Grüßen
    Im Auftrag
    [[P|Offermanns]]

    Anlage: Ratenplan (1 Seite)
    """)


def d23():
    iban = group(IDS.iban_de(), 4)
    return "outlook", "hund_anmeldung_informell", [], doc(f"""
    Von: [[P|nilda varela]] <[[E|nildavarela.cv@hotmail.com]]>
    Gesendet: Sonntag, 7. September 2025 13:02
    An: [[N|steueramt@koenigsau.de]]
    Betreff: hund anmelden für meine sohn

    boa tarde / guten tag

    ich möchte den hund von meine sohn anmelden, er heißt [[P|josé carlos lopes varela]] aber alle sagen [[P|zé]]. der hund ist ein mischling, klein (8 kg), seit 1. september bei uns. [[P|zé]] ist 19 und wohnt noch bei mir, [[A|zur alten ziegelei 2c]], [[A|53867 königsau]].
    brauche ich ein formular? [[P|zé]] hat keine email, bitte an mich schreiben oder whatsapp [[T|+49 1512 7730 488]].

    meine mutter in cabo verde ([[T|+238 991 47 02]]) sagt ich soll fragen ob der hund versichert sein muss?? falls post nicht ankommt, ihre adresse ist [[A|Rua Cidade de Funchal 15]], Achada Santo António, Praia.

    ich bekomme aufstockend bürgergeld (jobcenter rhein-sieg, bg-nr. [[AZ|33501//0047711]]), gibt es dann weniger steuer für den hund?

    und die steuer bitte von meinem konto abbuchen: [[IBAN|{iban}]], sparkasse köln-bonn

    brigadu / danke
    [[P|nilda lopes varela]]
    """)


def d24():
    return "word", "protokoll_runder_tisch_laerm", ["UNION", "HEALTH"], doc("""
    Protokoll – Runder Tisch „Rheinufer: Lärm und Ruhestörung“
    Datum: 02.07.2025, 18:00 – 20:10 Uhr · Ort: Bürgerhaus Rheidt, kleiner Saal

    Teilnehmende
    Name | Funktion | Kontakt
    [[P|Maren Kürten]] | Ordnungsamt, Immissionsschutz (Moderation) | dienstlich
    [[P|Kai-Uwe Pützfeld]] | Kommunaler Ordnungsdienst | dienstlich
    PHK [[P|Stefan Overath]] | Polizeiwache Königsau, Bezirksdienst | über Wache
    [[P|Friedhelm Nolden]] | Anwohner, [[A|Rheinallee 12]] | [[T|02246 3 19 22]]
    [[P|Bernadette Kuckelkorn]] | Anwohnerin, [[A|Fährgasse 7]] | [[E|bernadette.kuckelkorn@gmx.net]]
    [[P|Gianluca De Santis]] | Eiscafé Venezia, Sprecher der Gastronomie Rheinufer | –
    [[P|Malte Jaspers]] | Streetwork, Jugendhilfe Königsau gGmbH | [[T|0171 2210 884]]

    1. Lage
    Frau [[P|Kürten]] stellt die Zahlen vor: 2024 gingen 64 Lärmbeschwerden zum Rheinufer ein, 2025 bis Ende Juni bereits 51, überwiegend Freitag/Samstag zwischen 23 und 3 Uhr (Musikboxen, Autotreffen am Parkplatz Fähranleger).
    Herr [[P|Nolden]] berichtet, er arbeite im Wechselschichtdienst und sei als Betriebsrat und ver.di-Vertrauensmann in seinem Betrieb für Schichtpläne zuständig; er wisse, was Schlafmangel anrichtet. Frau [[P|Kuckelkorn]] ergänzt, ihr Mann nehme wegen der nächtlichen Störungen seit Mai Schlaftabletten, der Hausarzt habe eine Schlafstörung festgestellt.
    Herr [[P|De Santis]] betont, die Gäste der Gastronomie seien nicht das Problem; die Außengastronomie ende um 22:30 Uhr.

    2. Maßnahmen
    PHK [[P|Overath]] sagt gemeinsame Streifen mit dem KOD an den Wochenenden im Juli und August zu. Herr [[P|Jaspers]] bietet aufsuchende Arbeit mit den Jugendlichen an („Lautstärke-Vereinbarung“ statt Platzverweis).

    Aufgaben
    Wer | Was | Bis
    [[P|Kürten]] | Lärmmessung an drei Wochenenden, Bericht an den Ausschuss | 31.08.2025
    [[P|Pützfeld]] / [[P|Overath]] | gemeinsame Streifen Fr/Sa 22–2 Uhr | laufend
    [[P|Jaspers]] | Treffen mit Jugendlichen am Fähranleger | 18.07.2025
    Verwaltung | Prüfung Parkplatzsperrung nachts (Poller) | 15.09.2025

    Nächster Termin: 24.09.2025, 18:00 Uhr. Protokoll: [[P|M. Kürten]]
    """)


def d25():
    return "outlook", "intern_vertretung", ["HEALTH", "UNION"], doc("""
    Von: Dr. [[P|vom Bruch, Annette]] <[[E|annette.vombruch@koenigsau.de]]>
    Gesendet: Freitag, 29. August 2025 15:55
    An: [[P|Kürten, Maren]]; [[P|Nießen, Tobias]]; [[P|Aydın, Sevgi]]
    Cc: [[P|Schüller, Bernd]] (Personalrat)
    Betreff: Vertretung KOD und Hunde ab Montag – bitte vertraulich

    Liebe Kolleginnen und Kollegen,

    Herr [[P|Pützfeld]] fällt nach seinem Bandscheibenvorfall voraussichtlich bis Ende September aus; im Anschluss an das Krankenhaus geht er in die Reha nach Bad Godesberg. Bitte behandelt das vertraulich, er ist einverstanden, dass ich es im Team sage. Gute Besserung von uns allen habe ich ihm schon ausgerichtet.

    Frau [[P|Aydın]] ist außerdem am 16. und 17.09. als ver.di-Vertrauensfrau auf einer Gewerkschaftsschulung; bitte an diesen Tagen die Bußgeldstelle mit doppelter Besetzung im Bürgerbüro abdecken.

    Offene Vorgänge von [[P|Kai-Uwe]], bitte übernehmen:
    – Gefährlicher Hund, Halterin [[P|Isabel Sequeira Alves]], Az. [[AZ|32.3-LHG-0231/25]], Verhaltensprüfung am 10.09. → [[P|Nießen]]
    – Lärm Rheinufer, Beschwerdeführer Herr [[P|Wolfgang Breuer]], [[A|Am Leinpfad 2]] (ruft fast täglich an) → [[P|Kürten]]
    – Abschleppung Az. [[AZ|32.2-AS-2025/0247]], Halter [[P|Cem Aksoy]], [[KFZ|K-CA 1907]], Widerspruch liegt vor → [[P|Aydın]]
    – Fischereischein Familie [[P|Teixeira]]: Rücksprache mit Herrn [[P|Wessels]], der Vorgang liegt noch im KOD-Fach

    Die Vertretung im Außendienst stimme ich Anfang der Woche mit Herrn [[P|Schüller]] ab, weil dafür Dienstplanänderungen nötig sind.

    Viele Grüße und ein schönes Wochenende
    [[P|Annette vom Bruch]]

    Dr. [[P|Annette vom Bruch]]
    Leiterin des Ordnungsamts
    Stadt Königsau am Rhein
    """)


def d26():
    return "word", "jagdschein_versagung", ["HEALTH"], doc("""
    Stadt Königsau am Rhein – Der Bürgermeister
    Untere Jagdbehörde
    [[N|Rathausplatz 1]], [[N|53867 Königsau]]

    Mit Postzustellungsurkunde
    Herrn
    [[P|Ralf-Peter Schmickler]]
    [[A|Am Kapellchen 5]]
    [[A|53867 Königsau-Lülsdorf]]

    Az.: [[AZ|32.5-JS-2025/019]]
    Datum: 28.05.2025

    Versagung der Verlängerung Ihres Jagdscheins Nr. [[AZ|32/077/2019]]; Anordnung der Rückgabe

    Sehr geehrter Herr [[P|Schmickler]],

    Ihren Antrag vom 12.03.2025 auf Verlängerung des oben genannten Jagdscheins lehne ich ab (§ 17 Abs. 1 Satz 2 i. V. m. Abs. 3 Nr. 1 und Abs. 4 BJagdG).

    Begründung
    Mit Strafbefehl des Amtsgerichts Siegburg vom 14.01.2025 (Az. [[AZ|24 Cs 312/24]]), rechtskräftig seit 05.02.2025, wurden Sie ([[P|Ralf-Peter Schmickler]], geboren am [[DOB|7. Juli 1966]] in Troisdorf) wegen fahrlässiger Trunkenheit im Verkehr (§ 316 StGB) zu 60 Tagessätzen verurteilt. Das Ermittlungsverfahren führte die Staatsanwaltschaft Bonn unter dem Aktenzeichen [[AZ|450 Js 1187/24]].

    Nach dem von Ihnen selbst vorgelegten fachärztlichen Gutachten von Frau Dr. med. [[P|Sabine Reuter-Klaes]] vom 22.04.2025 besteht bei Ihnen eine Alkoholabhängigkeit (ICD-10 F10.2), die derzeit ambulant behandelt wird. Damit fehlt die persönliche Eignung nach § 17 Abs. 1 Satz 1 Nr. 2 BJagdG i. V. m. § 6 Abs. 1 Nr. 2 WaffG.

    Sie haben den Jagdschein binnen zwei Wochen nach Zustellung bei mir abzugeben. Die Kreispolizeibehörde als Waffenbehörde (Az. [[AZ|32.11-WBK-88412]]) ist unterrichtet und wird über Ihre Waffenbesitzkarte Nr. [[AZ|2014/0388]] gesondert entscheiden.

    Ihr Mitpächter, Herr [[P|Joachim Dahl]], wurde über den Wegfall Ihrer Jagdausübungsberechtigung im Revier Lülsdorf-Süd informiert.

    Gebühr: 60,00 EUR, Kassenzeichen [[AZ|1.320.005127.4]].

    Rechtsbehelfsbelehrung
    Gegen diesen Bescheid können Sie innerhalb eines Monats nach Zustellung Klage beim Verwaltungsgericht Köln erheben.

    Im Auftrag
    [[P|Jannik Wessels]]
    """)


def d27():
    cie = it_cie()
    return "outlook", "anhoerung_eiscafe_it", [], doc(f"""
    Von: [[P|Franco Di Stefano]] <[[E|franco.distefano@eiscafe-dolomiti.de]]>
    Gesendet: Mittwoch, 13. August 2025 23:14
    An: [[P|Kürten, Maren]]
    Betreff: Anhörung Az. [[AZ|OWI-32-2025-044817]] – Lärm Außengastronomie

    Gentile signora [[P|Kürten]], sehr geehrte Frau [[P|Kürten]],

    ich habe Ihren Anhörungsbogen bekommen wegen der Musik am 26.07.2025 nach 22 Uhr. An dem Abend war ich nicht im Eiscafé, ich war in Italien bei meiner Mutter (Catania, Flug am 20.07. hin). Die Schicht hat mein Neffe [[P|Alessio Di Stefano]] gemacht, er ist 22 und hat die Box von seinen Freunden nicht ausgemacht. Das war falsch, mi dispiace molto, es kommt nicht wieder vor.

    Der Bogen ist an „[[P|Di Stefano]] & [[P|Rinaldi]] GbR“ adressiert. Mitinhaberin ist meine Frau [[P|Loredana Rinaldi]], aber sie macht nur die Buchhaltung. Unsere Steuerberaterin, Frau [[P|Stefanie Hüskes]], schickt Ihnen noch eine Stellungnahme.

    Die Angaben, die Sie im Bogen wollten:
    [[P|Francesco Di Stefano]], nato il [[DOB|23.03.1975]] a Catania
    privat: [[A|Lindenstraße 3]], [[A|53867 Königsau]]
    Carta d'identità [[IDC|{cie}]] (Comune di Catania)
    Telefon [[T|0160 / 97 44 12 03]], in Italia [[T|+39 347 220 1938]]

    Grazie e cordiali saluti
    [[P|Franco Di Stefano]]
    Eiscafé Dolomiti · seit 1988 am Rhein
    """)


def d28():
    return "word", "ocr_beschwerde_brief", ["RELIGION"], doc("""
    [Eingangsstempel: Stadt Königsau – Ordnungsamt – 0 4. Aug. 2025]
    [OCR-Text, handschriftliche Vorlage, Erkennungsqualität gering]

    [[P|Wilhelmine Kesse1er]]
    [[A|Broicher Weg 9]]
    [[A|53867 K0nigsau]]
    Tel. [[T|02246/60 41 3]]

    An das Ordnungsamt

    Betr.: Ruhest6rung Samstag Nacht , Gemeindehaus am Broicher Weg

    Sehr geehrte Damen und Herren ,
    seit Ostern feiert die eritreisch-orthodoxe Gemeinde im alten Gemeindehaus jeden Samstag bis in die Nacht, mit Trommeln und Gesang über Lautsprecher. Ich habe nichts gegen die Leute , die sind sehr freundlich und der Priester, Herr [[P|Abraham Tesfamariam]], hat sich schon bei mir entschuldigt . Aber um 2 Uhr nachts muß Ruhe sein, auch wenn es ein Gottesdienst ist.
    Seine Frau, Frau [[P|Letebrhan Tesfamariam]], hat mir ihre Nummer gegeben: [[T|0 1 5 7 / 3 4 0 2 8 1 1 6]]. Da geht aber nachts keiner dran.
    Mein Sohn [[P|Norbert Kesseler]] (Köln, Tel [[T|0221 - 5 8 3 1 9 0 2]]) sagt , ich soll mich an Sie wenden. Ich bin 84 Jahre alt und habe schon 2 mal die Polizei gerufen.

    Hochachtungsvoll
    [[P|W. Kesseler]]

    [handschriftlicher Vermerk SB:] Rückruf 05.08. erl. – Gespräch mit Hr. [[P|Tesfamariam]] am 07.08., 10 Uhr, Zi. 2.14 vereinbart ([[P|Kürten]])
    """)


def d29():
    pp = nl_document()
    cf = codice_fiscale("Bellandi", "Lorenzo", 1986, 5, 9, False, "L219")
    return "outlook", "fahrerbenennung_vermieter", [], doc(f"""
    Von: Rhein-Mobil Autovermietung – Fleet Services <[[N|fleet@rhein-mobil.de]]>
    Gesendet: Donnerstag, 24. Juli 2025 09:30
    An: [[N|bussgeldstelle@koenigsau.de]]
    Betreff: Fahrerbenennung / driver nomination – Az. [[AZ|OWI-32-2025-041402]], [[KFZ|SU-RA 9012]]

    Sehr geehrte Damen und Herren,

    zu Ihrem Anhörungsbogen teilen wir mit, dass das Fahrzeug [[KFZ|SU-RA 9012]] zur Tatzeit (06.07.2025, 14:20 Uhr) an folgenden Kunden vermietet war:

    Mieter und Fahrer: Mr [[P|Stijn Hoekstra]]
    Geburtsdatum: [[DOB|1990-11-04]]
    Anschrift: [[A|Oudegracht 212 bis]], [[A|3511 NX Utrecht]], Nederland
    Führerschein (NL) Nr.: [[IDC|5123998004]]
    Reisepass (NL): [[PASS|{pp}]]
    E-Mail: [[E|s.hoekstra@kpnmail.nl]]
    Mobil: [[T|+31 6 2904 5518]]
    Mietvertrag: [[AZ|RM-2025-07-3381]]
    Zusätzlich eingetragene Fahrerin: Mrs [[P|Anouk Hoekstra-Smit]], geb. [[DOB|1992-02-17]]

    Ihr zweites Schreiben (Az. [[AZ|OWI-32-2025-041977]], Fahrzeug [[KFZ|SU-RA 9340]], 11.07.2025) betrifft den Mieter Sig. [[P|Lorenzo Bellandi]], [[A|Via Sant'Orsola 8]], [[A|10122 Torino]], Italia, Codice fiscale [[TID|{cf}]].

    Bitte richten Sie weitere Schreiben direkt an die Mieter; eine Kopie der Mietverträge liegt bei. Please note that both customers were informed by e-mail.

    Für Rückfragen erreichen Sie mich unter [[T|02241 8 77 31-14]].

    Mit freundlichen Grüßen
    [[P|Jasmin Küpper]]
    Fleet Services
    Rhein-Mobil Autovermietung GmbH · [[N|Industriestraße 14]] · [[N|53842 Troisdorf]]
    HRB 8841 Amtsgericht Siegburg
    """)


def d30():
    return "word", "gefahrhund_erlaubnis", [], doc("""
    Stadt Königsau am Rhein · Der Bürgermeister · Ordnungsamt
    [[N|Rathausplatz 1]] · [[N|53867 Königsau]] · [[N|ordnungsamt@koenigsau.de]]

    Herrn
    [[P|Tiago André Correia Lopes]]
    [[A|Lülsdorfer Str. 7]]
    [[A|53867 Königsau]]

    Az. [[AZ|32.3-LHG-0198/25]] · Kassenzeichen [[AZ|1.320.004870.2]] · 02.06.2025

    Erlaubnis zum Halten eines gefährlichen Hundes nach § 4 Landeshundegesetz NRW

    Sehr geehrter Herr [[P|Correia Lopes]],

    auf Ihren Antrag vom 07.04.2025 erteile ich Ihnen (geb. [[DOB|12.10.1987]] in Lisboa) die Erlaubnis zum Halten des nachstehend bezeichneten Hundes:
    Rasse: Staffordshire-Bullterrier-Mischling · Rüde „Thor“ · Transponder-Nr. [[N|276098108811402]]

    Nebenbestimmungen:
    1. Außerhalb des befriedeten Besitztums ist der Hund an einer höchstens 2 m langen Leine zu führen und hat einen Maulkorb zu tragen (§ 5 Abs. 2 LHundG NRW).
    2. Die Haftpflichtversicherung (Versicherungsschein-Nr. [[AZ|3-44.118.207]]) ist aufrechtzuerhalten; jede Kündigung ist unverzüglich anzuzeigen.
    3. Den Hund dürfen außer Ihnen nur Personen führen, die ihre Sachkunde nachgewiesen haben. Nachgewiesen haben dies bisher Ihre Ehefrau, Frau [[P|Daniela Correia Lopes]] (geb. [[DOB|30.01.1990]]), und Herr [[P|Marcel Wilms]], [[A|Am Stadtgarten 8]], [[A|53867 Königsau]] (Hundesitter).

    Begründung: Die Sachkunde haben Sie bei der Tierärztin Dr. [[P|Ines Wolter-Brandt]] am 14.05.2025 nachgewiesen; das Führungszeugnis enthält keine Eintragung, die Verhaltensprüfung vom 21.05.2025 war unauffällig.

    Die Verwaltungsgebühr beträgt 150,00 EUR (Tarifstelle 18.2.1 der Allgemeinen Verwaltungsgebührenordnung). Bitte überweisen Sie den Betrag unter Angabe des Kassenzeichens.

    Bei Rückfragen erreichen Sie mich unter [[N|02246 71-3321]]; Ihre Mobilnummer [[T|+49 1525 6671 092]] haben wir für dringende Fälle (z. B. entlaufener Hund) gespeichert.

    Mit freundlichen Grüßen
    Im Auftrag
    [[P|Tobias Nießen]]
    """)


DOCS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15,
        d16, d17, d18, d19, d20, d21, d22, d23, d24, d25, d26, d27, d28, d29, d30]


def main():
    lines = []
    for i, make in enumerate(DOCS, 1):
        channel, template, flags, marked = make()
        record = build(f"F105-{i:03d}", channel, template, marked, flags)
        lines.append(json.dumps(record, ensure_ascii=False))
    with open(os.path.join(HERE, "fresh105.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
