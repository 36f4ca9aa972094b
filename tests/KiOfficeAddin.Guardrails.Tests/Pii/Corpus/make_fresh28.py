#!/usr/bin/env python3
"""Batch 28: held-out test set, Stadt Hennekamp (Kreis Sauerland-Ost), written blind to the detector.

Writes fresh28.jsonl (30 documents, dev.jsonl format) next to this script.
Texts carry inline marks [[CAT|text]] / [[N|text]]; marks.build() strips them and computes UTF-16 offsets.
"""
import json
import os
import sys
from collections import Counter

sys.dont_write_bytecode = True
CORPUS = "/work/main/tests/KiOfficeAddin.Guardrails.Tests/Pii/Corpus"
sys.path.insert(0, CORPUS)
from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban, mod11_10_check, luhn_check  # noqa: E402

SEED = 2828028
HERE = os.path.dirname(os.path.abspath(__file__))
ids = Identifiers(SEED)


# ---------------------------------------------------------------- independent re-checks of every identifier
def iban_ok(value):
    v = value.replace(" ", "")
    r = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def luhn_ok(value):
    d = [int(c) for c in value if c.isdigit()]
    return luhn_check("".join(map(str, d[:-1]))) == d[-1]


def tax_id_ok(value):
    v = value.replace(" ", "")
    if len(v) != 11 or v[0] == "0":
        return False
    counts = [v[:10].count(c) for c in "0123456789"]
    return max(counts) <= 3 and sum(1 for c in counts if c >= 2) == 1 and mod11_10_check(v[:10]) == int(v[10])


def vat_ok(value):
    v = value.replace(" ", "")
    return v.startswith("DE") and len(v) == 11 and mod11_10_check(v[2:10]) == int(v[10])


def ssn_ok(value):
    v = value.replace(" ", "")
    code = ord(v[8]) - ord("A") + 1
    vals = [int(c) for c in v[:8]] + [code // 10, code % 10] + [int(c) for c in v[9:11]]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum((x * y) // 10 + (x * y) % 10 for x, y in zip(vals, w)) % 10 == int(v[11])


def kvnr_ok(value):
    code = ord(value[0]) - ord("A") + 1
    assert len(value) == 10, value
    vals = [code // 10, code % 10] + [int(c) for c in value[1:9]]
    s = sum((x * (1 if i % 2 == 0 else 2)) // 10 + (x * (1 if i % 2 == 0 else 2)) % 10 for i, x in enumerate(vals))
    return s % 10 == int(value[9])


def nl_account():
    """10-digit Dutch account number passing the old elfproef (weights 10..1, sum divisible by 11)."""
    while True:
        acc = ids.digits(10)
        if acc[0] != "0" and sum(int(c) * (10 - i) for i, c in enumerate(acc)) % 11 == 0:
            return acc


def iban_nl(bank):
    return mod97_iban("NL", bank + nl_account())


def iban_pl(bank_branch7):
    """PL: 8-digit sort code with its national check (weights 3,9,7,1,3,9,7), then a 16-digit account."""
    w = [3, 9, 7, 1, 3, 9, 7]
    check = (10 - sum(int(c) * x for c, x in zip(bank_branch7, w)) % 10) % 10
    return mod97_iban("PL", bank_branch7 + str(check) + ids.digits(16))


# ---------------------------------------------------------------- identifiers used below
CITY_IBAN = group(ids.iban_de(), 4)          # Stadtkasse Hennekamp: neutral
iban06 = ids.iban_de()
iban14 = [group(ids.iban_de(), 4), ids.iban_de(), group(iban_pl("1020262"), 4), group(iban_nl("RABO"), 4),
          group(ids.iban_de(), 4), ids.iban("AT", 16), group(ids.iban_de(), 4)]
iban15 = group(ids.iban_de(), 4)
iban24_old = group(ids.iban_de(), 4)
iban24_new = group(iban_nl("INGB"), 4)
iban29 = group(ids.iban_de(), 4)
for _v in [CITY_IBAN, iban06, *iban14, iban15, iban24_old, iban24_new, iban29]:
    assert iban_ok(_v), _v

tid07 = ids.tax_id()
tid15 = ids.tax_id()
tid07_s = f"{tid07[:2]} {tid07[2:5]} {tid07[5:8]} {tid07[8:]}"
for _v in (tid07, tid15):
    assert tax_id_ok(_v), _v

vat06 = ids.vat_id()
vat16 = ids.vat_id()
vat16_s = f"{vat16[:2]} {vat16[2:5]} {vat16[5:8]} {vat16[8:]}"
vat29 = ids.vat_id()
for _v in (vat06, vat16, vat29):
    assert vat_ok(_v), _v

tnr06 = ids.tax_number_nrw()
tnr29 = ids.tax_number_federal_nrw()

ssn15 = ids.social_security("170885", "Z")
ssn15_s = f"{ssn15[:2]} {ssn15[2:8]} {ssn15[8]} {ssn15[9:]}"
ssn27 = ids.social_security("040358", "K")
for _v in (ssn15, ssn27):
    assert ssn_ok(_v), _v

kv11 = ids.health_insurance()
kv15 = ids.health_insurance()
kv30 = ids.health_insurance()
for _v in (kv11, kv15, kv30):
    assert kvnr_ok(_v), _v

cc20_visa = ids.credit_card("4", 16)
cc20_amex = ids.credit_card("37", 15)
cc28_mc = ids.credit_card("52", 16)
cc20_visa_s = group(cc20_visa, 4)
cc20_amex_s = f"{cc20_amex[:4]} {cc20_amex[4:10]} {cc20_amex[10:]}"
cc28_mc_s = group(cc28_mc, 4, "-")
for _v in (cc20_visa_s, cc20_amex_s, cc28_mc_s):
    assert luhn_ok(_v), _v

idc03 = ids.id_card(check_digit=False)
idc23 = ids.id_card(check_digit=True)
idc30 = ids.id_card(check_digit=False)
pass22 = ids.passport(check_digit=False)

ADDR_CITY = "[[N|Rathausplatz 1]]"
PLZ_CITY = "[[N|59917 Hennekamp]]"

DOCS = []


def doc(channel, template, flags, text):
    DOCS.append((channel, template, flags, text.strip("\n")))


# ---------------------------------------------------------------- 001 outlook: noise complaint, reply on top of the quoted mail
doc("outlook", "ruhestoerung", [], f"""
Betreff: AW: lärm jeden abend !!!

Sehr geehrter Herr [[P|Wiśniewski]],

vielen Dank für Ihre Nachricht. Wir haben den Vorgang unter dem Aktenzeichen [[AZ|32.1-0457/25]] aufgenommen. Unser Außendienst wird in den kommenden zwei Wochen mehrfach am späten Abend im Lindenweg kontrollieren. Sollte es nach 22 Uhr erneut zu Ruhestörungen kommen, können Sie sich jederzeit auch an die Polizei wenden.

Bitte haben Sie Verständnis dafür, dass wir Ihnen über das Ergebnis von Kontrollen bei Ihren Nachbarn aus Datenschutzgründen keine Einzelheiten mitteilen dürfen.

Mit freundlichen Grüßen
Im Auftrag

[[P|Katrin Hölscher]]
Stadt Hennekamp – Der Bürgermeister
Ordnungsamt, Abt. 32.1 Allgemeine Ordnungsangelegenheiten
{ADDR_CITY}, {PLZ_CITY}
Tel. [[T|02975 48-312]] | Zentrale [[N|02975 48-0]]
[[E|katrin.hoelscher@hennekamp.de]] | [[N|ordnungsamt@hennekamp.de]]

Am 11.03.2025 um 23:47 schrieb [[P|Dariusz Wiśniewski]] <[[E|d.wisniewski84@web.de]]>:
> hallo,
> ich wohne im [[A|Lindenweg 14]] und seit wochen ist jeden abend bis 1 uhr nachts party bei den nachbarn im haus gegenüber. die heissen [[P|Osei]] glaub ich, steht jedenfalls so am klingelschild. laute musik, geschrei auf dem balkon, letzte woche ist sogar ne flasche auf mein auto geflogen ([[KFZ|HSK-DW 784]]), delle in der motorhaube.
> ich hab die schon zweimal angesprochen, der sohn hat nur gelacht.
> ich muss um 5 uhr raus zur arbeit. bitte unternehmen sie was, sonst ruf ich jedes mal die polizei.
> meine nummer: [[T|0152 2876 4410]]
> gruß
> [[P|D. Wiśniewski]]
""")

# ---------------------------------------------------------------- 002 word: Bußgeldbescheid
doc("word", "bussgeldbescheid", [], f"""
Stadt Hennekamp · Der Bürgermeister · Ordnungsamt – Bußgeldstelle
{ADDR_CITY} · {PLZ_CITY}

Herrn
[[P|Giuseppe Lo Bianco]]
[[A|Kolpingstraße 22 b]]
[[A|59917 Hennekamp]]

Aktenzeichen: [[AZ|32.4-OWi 2025/118734]]
Datum: 02.04.2025
Sachbearbeitung: Herr [[P|Stratmann]], Zimmer 2.14
Telefon: [[T|02975 48-347]]

Bußgeldbescheid

Sehr geehrter Herr [[P|Lo Bianco]],

gegen Sie, geboren am [[DOB|17.08.1979]] in Palermo, wird wegen der nachfolgend bezeichneten Ordnungswidrigkeit eine Geldbuße festgesetzt.

Sie haben am 14.02.2025 um 07:52 Uhr in Hennekamp, Marktstraße, Höhe Einmündung Kirchgasse, als Führer des Pkw mit dem amtlichen Kennzeichen [[KFZ|HSK-GL 1979]] auf dem Gehweg geparkt und dadurch Fußgänger behindert (§ 12 Abs. 4a, § 49 StVO; § 24 StVG; Nr. 52a BKat).

Beweismittel: Feststellung durch Mitarbeiter des Verkehrsüberwachungsdienstes, 2 Fotos.

Festgesetzt werden:
Geldbuße                                  55,00 EUR
Gebühr (§ 107 Abs. 1 OWiG)               28,50 EUR
Auslagen (§ 107 Abs. 3 OWiG)              3,50 EUR
Gesamtbetrag                              87,00 EUR

Bitte überweisen Sie den Gesamtbetrag bis zum 23.04.2025 auf das Konto der Stadtkasse Hennekamp, Sparkasse Sauerland-Ost, IBAN [[N|{CITY_IBAN}]], unter Angabe des Aktenzeichens.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid können Sie innerhalb von zwei Wochen nach Zustellung schriftlich oder zur Niederschrift bei der Stadt Hennekamp, Bußgeldstelle, {ADDR_CITY}, {PLZ_CITY}, Einspruch einlegen.

Im Auftrag
[[P|Jens Stratmann]]
""")

# ---------------------------------------------------------------- 003 outlook: lower-case appointment request for a mother with dementia
doc("outlook", "ausweis_termin", ["HEALTH"], f"""
Betreff: termin perso für meine mutter??

hallo zusammen,

ich bräuchte dringend nen termin beim bürgeramt für meine mutter [[P|Irmgard Kaminski]] (geb. [[DOB|03.11.1941]]), ihr perso ist im januar abgelaufen (nr. [[IDC|{idc03}]]). sie lebt seit letztem jahr im seniorenzentrum haus abendrot, [[A|Wiesengrund 3-5]], und hat eine fortgeschrittene demenz, sie kann nicht mehr alleine kommen und auch nicht lange warten. geht das auch das jemand von ihnen ins heim kommt?? ich hab eine vorsorgevollmacht, die kann ich mitbringen. achja sie sitzt im rollstuhl.

mein bruder [[P|Thomas]] könnte sie notfalls auch fahren aber nur samstags.

vormittags bin ich schlecht zu erreichen, am besten nach 16 uhr unter [[T|0157 34 88 201]] oder halt per mail.

lg
[[P|steffi]]

--
[[P|Stefanie Kaminski-Berger]]
[[E|steffi.kb@gmx.de]]

Von meinem iPhone gesendet
""")

# ---------------------------------------------------------------- 004 word: Niederschrift Ortstermin Bauamt
doc("word", "ortstermin", [], """
Stadt Hennekamp – Der Bürgermeister
Fachbereich 63 – Bauordnung

Niederschrift über den Ortstermin am 20.05.2025, 10:00 bis 11:15 Uhr

Bauvorhaben: Errichtung eines Zweifamilienhauses mit Doppelgarage
Grundstück: [[A|Am Mühlenbach 7]], [[A|59918 Hennekamp-Velmerde]]; Gemarkung Velmerde, Flur 3, Flurstück 211
Aktenzeichen: [[AZ|63-BG-0412/2024]]
Planungsrecht: Bebauungsplan Nr. 47 „Am Mühlenbach", rechtskräftig seit 12.09.2019

Anwesend:
– [[P|Ingrid Wulff]], Bauordnung (Leitung)
– ein Mitarbeiter der Bauordnung (Niederschrift)
– [[P|Serkan Öztürk]], Bauherr
– Dipl.-Ing. [[P|Hannelore Brügge-Stiller]], Entwurfsverfasserin, Büro [[P|Brügge]] Architekten
– [[P|Wilhelm Koch]] und [[P|Marianne Koch]], Eigentümer des Nachbargrundstücks [[A|Am Mühlenbach 9]]

1. Herr [[P|Koch]] trägt vor, die geplante Grenzgarage sei mit 9,80 m länger als die nach § 6 Abs. 8 BauO NRW an der Grenze zulässigen 9 m. Außerdem verschatte sie seinen Wintergarten. Die Entwurfsverfasserin legt dar, dass die Länge einschließlich des Abstellraums gemessen wurde; die Garage selbst sei 8,40 m lang.
2. Die Bauaufsicht stellt fest, dass für die Überschreitung der Baugrenze an der Nordseite um 0,60 m eine Befreiung nach § 31 Abs. 2 BauGB erforderlich ist. Eine Befreiung wird nur mit Zustimmung der Angrenzer in Aussicht gestellt.
3. Herr [[P|Öztürk]] erklärt sich bereit, den Abstellraum zu streichen und die Garage um 1,20 m zu kürzen. Geänderte Bauvorlagen reicht das Büro bis zum 15.06.2025 ein.
4. Frau [[P|Koch]] weist auf die Walnuss an der Grundstücksgrenze hin, die nach der Baumschutzsatzung geschützt ist. Die Baugrube ist mindestens 2,50 m vom Stamm entfernt zu halten. Unter diesen Voraussetzungen werden keine Einwendungen erhoben. Der Baustellenverkehr soll nicht über den Fußweg zur St.-Antonius-Kirche geführt werden.

Die Rohbauarbeiten sollen vor dem Winter abgeschlossen sein. Auch der Koch der benachbarten Gaststätte „Zur Mühle" hat nach dem Baubeginn gefragt; dies ist nicht Gegenstand des Verfahrens.

Hennekamp, 21.05.2025
gez. [[P|Rehkämper]]
""")

# ---------------------------------------------------------------- 005 outlook: forwarded chain from the mayor's office, hedge dispute
doc("outlook", "nachbarstreit_hecke", [], """
Betreff: WG: Hecke / Grundstücksgrenze Birkenstraße – bitte zuständigkeitshalber

Hallo Frau [[P|Hölscher]],

der Bürgermeister bittet um Prüfung und direkte Antwort an die Bürgerin, Kopie bitte an uns.

Danke und Gruß
[[P|M. Tiggemann]]
Büro des Bürgermeisters

Von: [[P|Papadopoulou, Eleni]] <[[E|eleni.papadopoulou@t-online.de]]>
Gesendet: Montag, 7. April 2025 09:12
An: Buergermeister <[[N|buergermeister@hennekamp.de]]>
Betreff: Hecke / Grundstücksgrenze Birkenstraße

Sehr geehrter Herr Bürgermeister,

seit drei Jahren wächst die Thujahecke unseres Nachbarn, Herrn [[P|Ralf Schulte-Bockholt]] ([[A|Birkenstraße 40]]), mehr als einen Meter über den Gehweg und auf unser Grundstück [[A|Birkenstraße 42]]. Im Sommer ist der Gehweg kaum noch zu benutzen, unsere Tochter [[P|Sofia]] muss mit dem Kinderwagen auf die Fahrbahn ausweichen, und an der Kurve sieht man die Autos erst im letzten Moment.

Mein Mann [[P|Nikos]] hat Herrn [[P|Schulte-Bockholt]] mehrfach freundlich gebeten, die Hecke zurückzuschneiden. Er reagiert nicht, beim letzten Mal hat er uns einfach die Tür vor der Nase zugemacht.

Können Sie bitte das Ordnungsamt vorbeischicken? Ich möchte keinen Streit vor Gericht.

Mit freundlichen Grüßen
[[P|Eleni Papadopoulou]]
Tel. [[T|02975 9 61 37]]
""")

# ---------------------------------------------------------------- 006 word: Gewerbeanmeldung form
doc("word", "gewerbeanmeldung", [], f"""
Stadt Hennekamp – Ordnungsamt – Gewerbeangelegenheiten
Gewerbe-Anmeldung nach § 14 GewO bzw. § 55c GewO
Eingang: 03.03.2025

Angaben zur Person des Betriebsinhabers
1  Name: [[P|Nguyễn]]
2  Vornamen: [[P|Thị Lan]]
3  Geschlecht: weiblich
4  Geburtsdatum: [[DOB|12.06.1990]]
5  Geburtsort und -land: Hải Phòng, Vietnam
6  Staatsangehörigkeit: vietnamesisch; Reisepass Nr. [[PASS|C4821937]], Aufenthaltserlaubnis nach § 21 AufenthG liegt vor
7  Anschrift der Wohnung: [[A|Hagener Straße 118]], [[A|58762 Altena]]
8  Telefon (mobil): [[T|0176 / 633 812 47]]
9  E-Mail: [[E|lan.nguyen.nails@gmail.com]]

Angaben zum Betrieb
10 Name des Geschäfts: [[P|Nguyen]] Nails & Beauty
11 Betriebsstätte: [[A|Marktstraße 3]], [[A|59917 Hennekamp]]
12 Angemeldete Tätigkeit: Nageldesign, kosmetische Fußpflege, Verkauf von Pflegeprodukten
13 Beginn der Tätigkeit: 01.04.2025
14 Zahl der Beschäftigten: 1 Vollzeit, 2 Teilzeit
15 Steuernummer: [[TNR|{tnr06}]]   USt-IdNr.: [[VAT|{vat06}]]
16 SEPA-Lastschrift für die Gebühr (26,00 EUR), IBAN: [[IBAN|{iban06}]]

Hennekamp, 03.03.2025          Unterschrift: [[P|Nguyen Thi Lan]]

Bearbeitungsvermerk: Gewerbeschein ausgehändigt am 05.03.2025, Durchschrift an Finanzamt, IHK, Handwerkskammer, Berufsgenossenschaft. Gebühr nach Tarifstelle 5.1.1 AVwGebO NRW.
""")

# ---------------------------------------------------------------- 007 outlook: English-German expat asking for an Anmeldung appointment
doc("outlook", "anmeldung_expat", [], f"""
Betreff: Appointment Anmeldung / Wohnsitz – urgent

Hi,

sorry for writing in English, mein Deutsch ist noch nicht so gut. I moved to Hennekamp on 1 March with my wife and we need an appointment for the Anmeldung. The online booking system always says "keine Termine verfügbar" :(

Our details:
- [[P|Chukwuemeka Obi]], born [[DOB|22/09/1987]] in Enugu, Nigerian passport no. [[PASS|A08813327]]
- [[P|Adaeze Obi]] (née [[P|Nwosu]]), born [[DOB|04/01/1991]], passport [[PASS|A09127765]]

New address: [[A|Schillerstraße 5]], [[N|2. OG links]], [[A|59917 Hennekamp]]
Our landlord already signed the Wohnungsgeberbestätigung.

My employer (Sauerland Kunststofftechnik GmbH) says they need my Steuer-ID. I already got one when I worked in Dortmund: [[TID|{tid07_s}]] – is that still valid after moving, or do I get a new one?

And do we need new biometric passport photos or are the ones in our passports ok?

Thanks a lot!

[[P|Chukwuemeka "Emeka" Obi]]
[[T|+49 1522 7043 918]]
[[E|emeka.obi@outlook.com]]
""")

# ---------------------------------------------------------------- 008 word: letter Bürgeramt, Melderegister data incl. religion
doc("word", "meldebestaetigung", ["RELIGION"], f"""
Stadt Hennekamp · Bürgeramt · {ADDR_CITY} · {PLZ_CITY}

Frau
[[P|Olena Kovalenko]]
c/o [[P|Brandt]]
[[A|Zum Hülsberg 11]]
[[A|59917 Hennekamp]]

Unser Zeichen: [[AZ|33-MB 2025/00871]]
Ansprechpartnerin: [[P|Svetlana Reimer]]
Durchwahl: [[T|02975 48-221]]
E-Mail: [[N|buergeramt@hennekamp.de]]
Datum: 16.04.2025

Ihre Anmeldung vom 08.04.2025 – fehlende Unterlagen

Sehr geehrte Frau [[P|Kovalenko]],

bei Ihrer Anmeldung im Bürgeramt wurde die Bestätigung des Wohnungsgebers nach § 19 Bundesmeldegesetz nicht vorgelegt. Bitte reichen Sie diese bis zum 30.04.2025 nach; Ihre Gastgeberin kann das Formular auch direkt bei uns abgeben.

Bitte prüfen Sie außerdem die folgenden im Melderegister gespeicherten Angaben und teilen Sie uns Änderungen mit:

Familienname: [[P|Kovalenko]]
Vorname: [[P|Olena]]
Geburtsdatum: [[DOB|27.10.1985]]
Geburtsort: Charkiw (Ukraine)
Religionszugehörigkeit: ukrainisch-orthodox
Familienstand: verheiratet

Die Angaben zur Religionszugehörigkeit werden ausschließlich für steuerliche Zwecke gespeichert. Die Meldebescheinigung senden wir Ihnen nach Eingang der Unterlagen kostenfrei zu.

Mit freundlichen Grüßen
Im Auftrag
[[P|Svetlana Reimer]]
""")

# ---------------------------------------------------------------- 009 outlook: parking complaint, typos
doc("outlook", "falschparker", [], """
Betreff: schon wieder zugeparkt!!!!!

guten tag, der wohnwagen von herrn [[P|Vogel]] (nachbar, nr. 8) mit dem kenzeichen [[KFZ|MES-HV 412]] steht schon wieder quer vor unserer einfahrt am [[A|Hohlweg 6]], ich komm nicht raus zur arbeit. im Winter konnte deswegen schon der schneepflug nicht durch, az vom letzten mal war [[AZ|32.3-1127/24]]. die vögel im garten freuts vllt, mich nich.
mfg [[P|Gülay Şahin]], tel [[T|0171-4420 913]]
""")

# ---------------------------------------------------------------- 010 word: Anhörung Landeshundegesetz
doc("word", "anhoerung_hund", [], f"""
Stadt Hennekamp – Der Bürgermeister
Ordnungsamt – Landeshundegesetz NRW

Herrn
[[P|Emre Aydın]]
[[A|Bachstraße 31]]
[[A|59917 Hennekamp]]

Az.: [[AZ|32.2-LHundG 0093/25]]
Hennekamp, 28.04.2025

Anhörung gemäß § 28 VwVfG NRW – beabsichtigte Anordnung eines Leinen- und Maulkorbzwangs

Sehr geehrter Herr [[P|Aydın]],

am 09.04.2025 gegen 18:30 Uhr hat Ihr Hund „Rocky" (American-Staffordshire-Terrier-Mischling, Transpondernummer 276098106543219) auf dem Spielplatz an der Bachstraße die angeleinte Hündin einer Anwohnerin gebissen. Die Hündin musste tierärztlich versorgt werden (Rechnung über 212,40 EUR). Ein Zeuge hat den Hergang am 10.04.2025 schriftlich geschildert.

Ich beabsichtige daher, gemäß § 12 Abs. 2 LHundG NRW anzuordnen, dass Ihr Hund außerhalb Ihres befriedeten Besitztums an einer höchstens 1,50 m langen Leine zu führen ist und einen Maulkorb zu tragen hat. Sie erhalten Gelegenheit, sich bis zum 16.05.2025 zu äußern.

Für die Hundesteuer ist der Hund unter dem Kassenzeichen [[AZ|5.2025.104477]] veranlagt; eine Höherveranlagung als gefährlicher Hund wird gesondert geprüft.

Halterdaten laut Hunderegister: geb. [[DOB|30.01.1996]], Sachkundenachweis vom 14.03.2024.

Mit freundlichen Grüßen
Im Auftrag
[[P|Petra Lüke-Hanses]]
Tel. [[T|02975 48-318]]
""")

# ---------------------------------------------------------------- 011 outlook: parking permit, genetic diagnosis
doc("outlook", "parkerleichterung", ["HEALTH", "GENETIC"], f"""
Betreff: Antrag Parkausweis für meinen Sohn [[P|Jonas]]

Sehr geehrte Damen und Herren,

mein Sohn [[P|Jonas Wierzbicki]], geb. [[DOB|14.02.2009]], hat eine Muskeldystrophie Typ Duchenne. Die Diagnose wurde 2013 durch eine humangenetische Untersuchung bestätigt (Deletion im Dystrophin-Gen, die er von mir geerbt hat – ich bin Überträgerin). Seit zwei Jahren ist er auf einen Elektrorollstuhl angewiesen, GdB 100, Merkzeichen aG, B und H.

Ich beantrage deshalb den blauen EU-Parkausweis für unser Fahrzeug mit dem Kennzeichen [[KFZ|HSK-JW 2009]]. [[P|Jonas]] ist bei der AOK NordWest versichert, Versichertennummer [[KV|{kv11}]].

Kopien des Schwerbehindertenausweises und des Bescheids des Kreises Sauerland-Ost hänge ich an. Falls Sie das Original sehen müssen, komme ich gern vorbei, bitte aber nicht dienstags.

Mit freundlichen Grüßen
[[P|Agata Wierzbicka]]
[[A|Auf der Heide 23]]
[[A|59918 Hennekamp-Velmerde]]
Mobil [[T|0160 9183 3340]]
""")

# ---------------------------------------------------------------- 012 word: Protokoll Anwohnerversammlung (party and union membership)
doc("word", "protokoll_anwohner", ["POLITICS", "UNION"], """
Stadt Hennekamp – Fachbereich 61 Stadtplanung

Protokoll der Anwohnerversammlung „Umgestaltung Marktplatz"
Datum: 13.05.2025, 18:00 bis 20:10 Uhr
Ort: Bürgerhaus Hennekamp, Saal 1
Bezug: Drucksache [[N|0147/2025]] (Vorlage für den Bau- und Planungsausschuss am 03.06.2025)

Leitung: [[P|Dr. Martin Overhoff]], Technischer Beigeordneter
Protokoll: [[P|Lea Schmiemann]], Stadtplanung
Teilnehmende: etwa 60 Anwohnerinnen und Anwohner, Gewerbetreibende des Marktplatzes

TOP 1 – Vorstellung der Planung
Herr Dr. [[P|Overhoff]] stellt den Entwurf des Büros Landschaft+Raum vor: Wegfall von 23 Stellplätzen, Verlegung des Wochenmarkts an die Nordseite, neue Baumreihe, Brunnen. Baukosten rund 2,4 Mio. EUR, Förderquote 70 % aus dem Programm Lebendige Zentren.

TOP 2 – Aussprache
– Frau [[P|Hatice Baran]] ([[A|Marktstraße 14]]) kritisiert den Wegfall der Stellplätze vor ihrer Apotheke. Sie spreche hier zugleich als Mitglied des Ortsverbands von Bündnis 90/Die Grünen, der die Planung im Grundsatz unterstütze, aber eine Lieferzone fordere.
– Herr [[P|Klaus-Peter Wessel]] ([[A|Kirchgasse 2]]) erklärt, er sei Betriebsratsvorsitzender und Vertrauensmann der IG Metall bei den Hennekamper Drahtwerken und spreche für viele Pendler, die morgens am Markt ihre Kinder absetzen.
– Herr [[P|Stavros Anagnostou]] (Café [[P|Anagnostou]], [[A|Marktstraße 9]]) begrüßt die Verlegung des Wochenmarkts und fragt nach Außengastronomieflächen. Eine Prüfung wird zugesagt.
– Ein Anwohner fragt, ob die Bäume im Herbst nicht die Dachrinnen verstopfen. Verwiesen wird auf die vorgesehene Baumart (Feldahorn) und die wöchentliche Reinigung durch den Bauhof.
– Mehrere Teilnehmende bitten, die Ergebnisse auch den Anliegern zuzusenden, die heute nicht teilnehmen konnten.

TOP 3 – Weiteres Vorgehen
Die Anregungen fließen in die Drucksache [[N|0147/2025]] ein. Rückfragen bis 23.05.2025 an [[N|stadtplanung@hennekamp.de]] oder [[N|02975 48-0]].

gez. [[P|Schmiemann]]
""")

# ---------------------------------------------------------------- 013 outlook: Muslim burial, reply above quoted mail
doc("outlook", "friedhof_bestattung", ["RELIGION"], """
Betreff: AW: Beerdigung meines Vaters – muslimisches Grabfeld?

Sehr geehrte Frau [[P|El-Amrani]],

zunächst mein herzliches Beileid. Auf dem Waldfriedhof gibt es seit 2021 ein Grabfeld (Feld 14) mit Ausrichtung nach Mekka; eine Tuchbestattung ist nach § 12 unserer Friedhofssatzung zulässig. Ich rufe Sie heute um 11 Uhr an, dann klären wir alles Weitere. Eine Beisetzung am Freitag ist möglich.

Mit freundlichen Grüßen
[[P|Bernd Kuhlmann]]
Friedhofsverwaltung, Stadt Hennekamp
Tel. [[T|02975 48-372]] · Fax [[N|02975 48-399]]

Am 22.05.2025 um 07:03 schrieb [[P|Samira El-Amrani]] <[[E|samira.elamrani@web.de]]>:

> Sehr geehrte Damen und Herren,
>
> mein Vater [[P|Mustafa El-Amrani]] (geb. [[DOB|02.02.1944]]) ist heute Nacht im Klinikum Hennekamp verstorben. Er war gläubiger Muslim, und wir möchten ihn nach islamischem Ritus beerdigen, mit Ausrichtung nach Mekka und möglichst im Leichentuch ohne Sarg. Gibt es auf dem Friedhof ein Grabfeld für Muslime? Der Imam unserer Gemeinde würde das Totengebet sprechen.
>
> Das Bestattungshaus [[P|Rüsing]] ist informiert und kümmert sich um die Überführung.
>
> Bitte melden Sie sich schnell, nach unserem Glauben soll die Beisetzung so bald wie möglich sein.
>
> [[P|Samira El-Amrani]]
> [[A|Goethestraße 19a]]
> [[A|59917 Hennekamp]]
> [[T|+49 (0) 175 2231 908]]
""")

# ---------------------------------------------------------------- 014 word: table of poll workers with IBANs
doc("word", "wahlhelfer_liste", [], f"""
Stadt Hennekamp – Wahlamt
Auszahlung Erfrischungsgeld Kommunalwahl 14.09.2025 – Wahlvorstände Bezirke 010 bis 040 (Auszug)
Stand: 22.09.2025 – nur für den Dienstgebrauch

Bezirk | Funktion | Name, Vorname | Anschrift | IBAN | Betrag
010 | Vorsitz | [[P|Brinkhoff, Annegret]] | [[A|Ringstraße 4]] | [[IBAN|{iban14[0]}]] | 60,00 EUR
020 | Vorsitz | [[P|Dąbrowski, Piotr]] | [[A|Talweg 2a]] | [[IBAN|{iban14[2]}]] | 60,00 EUR
020 | Beisitzerin | [[P|van Dijk, Marloes]] | [[A|Schützenstraße 41]] | [[IBAN|{iban14[3]}]] | 50,00 EUR
030 | Beisitzerin | [[P|Moser, Gerlinde]] | [[A|Am Sonnenhang 3]] | [[IBAN|{iban14[5]}]] | 50,00 EUR

Summe: 220,00 EUR; Buchung auf Produktkonto 1.02.01 / Sachkonto 529100.
Frau [[P|Moser]] ist österreichische Staatsangehörige und als Unionsbürgerin wahlberechtigt; die Überweisung erfolgt auf ihr Konto in Graz.

Angewiesen: [[P|R. Schwienhorst]], 22.09.2025
""")

# ---------------------------------------------------------------- 015 outlook: staff member to HR, union dues and fingerprint terminal
doc("outlook", "personal_stammdaten", ["UNION", "BIOMETRIC"], f"""
Betreff: AW: Personalbogen unvollständig

Hallo Frau [[P|Nölke]],

hier wie besprochen die fehlenden Daten (Personalnr. [[N|4471]]):

- neue Bankverbindung ab Juni: [[IBAN|{iban15}]] (Volksbank)
- Steuer-ID: [[TID|{tid15}]]
- Rentenversicherungsnummer: [[SSN|{ssn15_s}]]
- Krankenkasse: BARMER, Versichertennr. [[KV|{kv15}]]

Außerdem bin ich seit 1. Mai Mitglied bei ver.di, bitte den Gewerkschaftsbeitrag ab Juni direkt vom Lohn einbehalten, das Formular liegt in der Hauspost.

Und noch was: ich will nicht mehr, dass meine Arbeitszeit am Bauhof über den Fingerabdruckscanner erfasst wird. Bitte löschen Sie das gespeicherte Template von meinem Fingerabdruck und geben Sie mir einen Transponder wie den Kollegen im Rathaus. Der Personalrat weiß Bescheid.

Gruß
[[P|Marek Zieliński]]
Bauhof, Kolonne 2
Handy [[T|0151 / 20 44 87 13]]

-----Ursprüngliche Nachricht-----
Von: [[P|Nölke, Birgit]] <[[E|b.noelke@hennekamp.de]]>
Gesendet: Dienstag, 20. Mai 2025 10:41
An: [[P|Zieliński, Marek]] <[[E|m.zielinski@hennekamp.de]]>
Betreff: Personalbogen unvollständig

Hallo Herr [[P|Zieliński]],

in Ihrem Personalbogen fehlen noch die Rentenversicherungsnummer und die Angaben zur Krankenkasse. Ohne die Angaben können wir die Juni-Abrechnung nicht korrekt erstellen. Bitte senden Sie mir die Daten bis Freitag.

Viele Grüße
[[P|Birgit Nölke]]
Personal und Organisation
""")

# ---------------------------------------------------------------- 016 word: Sondernutzungserlaubnis for a sole trader
doc("word", "sondernutzung", [], f"""
Stadt Hennekamp · Der Bürgermeister · Ordnungsamt – Sondernutzungen
{ADDR_CITY} · {PLZ_CITY} · Telefon [[N|02975 48-0]]

Eiscafé [[P|Esposito]]
Inh. [[P|Salvatore Esposito]]
[[A|Marktstraße 21]]
[[A|59917 Hennekamp]]

Kassenzeichen: [[AZ|6.2025.330218]]
Ihr Antrag vom 10.03.2025
Datum: 24.03.2025

Erlaubnis zur Sondernutzung öffentlicher Verkehrsfläche (Außengastronomie) für die Saison 2025

Sehr geehrter Herr [[P|Esposito]],

hiermit erteile ich Ihnen gemäß § 18 StrWG NRW in Verbindung mit der Sondernutzungssatzung der Stadt Hennekamp die widerrufliche Erlaubnis, vor dem Haus [[A|Marktstraße 21]] eine Fläche von 24 m² für Tische und Stühle zu nutzen, befristet vom 01.04.2025 bis 31.10.2025.

Nebenbestimmungen:
1. Eine Gehwegbreite von mindestens 1,50 m ist freizuhalten.
2. Das Mobiliar ist täglich ab 23:00 Uhr zu entfernen oder zu sichern.
3. Während der Öffnungszeiten ist eine verantwortliche Person vor Ort zu benennen.

Gebühr: 24 m² × 7 Monate × 2,50 EUR = 420,00 EUR, fällig am 15.04.2025. Bitte überweisen Sie den Betrag auf das Konto der Stadtkasse, IBAN [[N|{CITY_IBAN}]], unter Angabe des Kassenzeichens. Ihre USt-IdNr. [[VAT|{vat16_s}]] haben wir für die Rechnungsstellung vermerkt.

Gegen diesen Bescheid können Sie innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Arnsberg erheben.

Mit freundlichen Grüßen
Im Auftrag
[[P|Jörg Hesse]]
""")

# ---------------------------------------------------------------- 017 outlook: three lines
doc("outlook", "sperrmuell", [], """
Betreff: sperrmüll

hallo, hab letzte woche sperrmüll angemeldet aber keiner ist gekommen. bitte ruft mich zurück [[T|0176 51 77 029]], wohne [[A|Am Steinbruch 4]].
gruß [[P|jana wróbel]]
""")

# ---------------------------------------------------------------- 018 outlook: wedding registration, same-sex couple, nested quotes
doc("outlook", "standesamt_ehe", ["SEXUAL_ORIENTATION"], """
Betreff: Re: AW: Anmeldung Eheschließung – welche Unterlagen?

Hallo Frau [[P|Weißenfels]],

danke für die schnelle Antwort! Dann kommen wir am 12.06. um 10:30 Uhr. Mein Verlobter bringt seine Geburtsurkunde mit Apostille und die beglaubigte Übersetzung mit, das Ehefähigkeitszeugnis hat er schon beim Konsulat beantragt.

Viele Grüße
[[P|Lukas]]

Am 02.06.2025 um 14:20 schrieb [[P|Weißenfels, Anja]] <[[E|a.weissenfels@hennekamp.de]]>:
> Sehr geehrter Herr [[P|Brinkmann]],
>
> für die Anmeldung der Eheschließung benötigen wir von Ihnen beiden einen gültigen Ausweis, einen aktuellen beglaubigten Auszug aus dem Geburtenregister und eine erweiterte Meldebescheinigung. Für den Verlobten mit ausländischer Staatsangehörigkeit ist zusätzlich ein Ehefähigkeitszeugnis oder eine Befreiung durch das Oberlandesgericht Hamm erforderlich.
>
> Mit freundlichen Grüßen
> [[P|Anja Weißenfels]]
> Standesamt Hennekamp
>
>> Am 01.06.2025 um 21:05 schrieb [[P|Lukas Brinkmann]] <[[E|lukas.brinkmann@posteo.de]]>:
>> Hallo liebes Standesamt,
>> mein Partner [[P|Dimitri Sokolov]] (geb. [[DOB|23.07.1992]] in Jekaterinburg) und ich ([[P|Lukas Brinkmann]], geb. [[DOB|08.12.1990]]) wollen nach sieben Jahren endlich heiraten. Wir sind zwei Männer, in Russland wäre das undenkbar, deshalb ist uns eine Trauung hier in Hennekamp sehr wichtig. Wir wohnen zusammen im [[A|Fliederweg 3]], [[A|59917 Hennekamp]].
>> Was müssen wir mitbringen?
>> LG [[P|Lukas]] & [[P|Dima]]
""")

# ---------------------------------------------------------------- 019 word: homelessness accommodation note, ethnicity and pregnancy
doc("word", "obdachlosen_vermerk", ["ETHNICITY", "HEALTH"], """
Vermerk – Ordnungsbehördliche Unterbringung wegen Obdachlosigkeit

Az.: [[AZ|32.5-OBD 0031/25]]
Datum: 05.02.2025
Verfasserin: [[P|Kerstin Hüsken]], Ordnungsamt

Sachverhalt:
Am 04.02.2025 sprach Herr [[P|Dragan Nikolić]] (geb. [[DOB|11.09.1981]]) mit seiner Ehefrau [[P|Ljiljana Nikolić]] (geb. [[DOB|23.03.1984]]) und den Kindern [[P|Mirela]] (8 Jahre) und [[P|Stefan]] (5 Jahre) im Ordnungsamt vor. Die Familie wurde am 31.01.2025 aus ihrer bisherigen Wohnung [[A|Hagedornweg 12]], [[N|Whg. 4]], geräumt und übernachtet seitdem bei Bekannten.

Die Familie gehört nach eigenen Angaben der Volksgruppe der Roma an und ist 2016 aus Serbien zugezogen. Herr [[P|Nikolić]] gab an, der Vermieter habe die Kündigung mündlich „wegen der Herkunft" begründet; schriftlich wurde Eigenbedarf geltend gemacht. Frau [[P|Nikolić]] ist im siebten Monat schwanger und hat am 18.02.2025 einen Kontrolltermin in der Frauenklinik.

Maßnahme:
Einweisung in die städtische Notunterkunft [[N|Am Bahndamm 2]], Zimmer 3 und 4, ab 04.02.2025 befristet bis 30.04.2025. Nutzungsentgelt nach Gebührensatzung 11,20 EUR je Person und Tag. Kostenübernahme beim Jobcenter beantragt, BG-Nummer [[AZ|36204BG0012877]].

Kontakt (mobil): [[T|0157 8822 4196]]
Wiedervorlage: 05.03.2025 (Stand Wohnungssuche, Bescheinigung Frauenklinik)

gez. [[P|Hüsken]]
""")

# ---------------------------------------------------------------- 020 outlook: double credit-card charge
doc("outlook", "doppelzahlung", [], f"""
Betreff: Doppelte Abbuchung Führungszeugnis / double payment

Sehr geehrte Damen und Herren,

am 14.05. habe ich über Ihr Online-Portal ein Führungszeugnis beantragt (Buchungsnummer 2025-FZ-448812, Betrag 13,00 EUR). Die Zahlung wurde von meiner Kreditkarte [[CC|{cc20_visa_s}]] zweimal abgebucht. Weil die erste Zahlung scheinbar hängen blieb, habe ich es danach noch mit der Karte meines Mannes [[P|Igor Morozov]] versucht (American Express [[CC|{cc20_amex_s}]]) – und auch die wurde belastet. Insgesamt also 39,00 EUR statt 13,00 EUR.

Bitte erstatten Sie die zu viel gezahlten 26,00 EUR. Transaktions-ID laut Bestätigungsmail: TXN-7F3K2-99018.

Zu meiner Person: [[P|Tatjana Morozova]], geboren am [[DOB|5. Mai 1979]], [[A|Ringstraße 27]], [[A|59917 Hennekamp]].

С уважением / Mit freundlichen Grüßen
[[P|Tatjana Morozova]]
[[T|0 29 75 / 6 12 88]]
""")

# ---------------------------------------------------------------- 021 word: Bauamt Anhörung to a married couple
doc("word", "bauantrag_anhoerung", [], """
Stadt Hennekamp · Der Bürgermeister · Fachbereich 63 – Bauordnung

Eheleute
[[P|Hakan]] und [[P|Ayşe Demir]]
[[A|Sonnenhang 9]]
[[A|59918 Hennekamp-Velmerde]]

Az.: [[AZ|63-BA-0318/2025]]
Bearbeiter: [[P|Frank Vollmer]], Zimmer 3.07, Tel. [[T|02975 48-633]]
Datum: 10.06.2025

Bauantrag: Errichtung einer Terrassenüberdachung mit Wintergarten
Grundstück: Gemarkung Velmerde, Flur 5, Flurstück 88
hier: Anhörung vor Ablehnung des Bauantrags

Sehr geehrte Frau [[P|Demir]], sehr geehrter Herr [[P|Demir]],

mit Ihrem am 14.04.2025 eingegangenen Bauantrag beantragen Sie die Genehmigung einer Terrassenüberdachung in Glas-Aluminium-Bauweise mit seitlicher Verglasung (Wintergarten, unbeheizt) an der Südseite Ihres Wohnhauses. Die überbaute Fläche beträgt laut Bauvorlagen 31,5 m², die Höhe an der Traufe 2,60 m, am Wandanschluss 3,10 m. Nach Prüfung der Bauvorlagen beabsichtige ich, den Antrag abzulehnen. Bevor ich entscheide, gebe ich Ihnen nach § 28 Abs. 1 VwVfG NRW Gelegenheit zur Stellungnahme.

1. Planungsrechtliche Beurteilung
Ihr Grundstück liegt im Geltungsbereich des Bebauungsplans Nr. 12 „Sonnenhang" (rechtsverbindlich seit 03.11.1998, 2. Änderung vom 17.05.2011). Der Bebauungsplan setzt ein allgemeines Wohngebiet (WA), eine offene Bauweise, höchstens zwei Vollgeschosse und eine Grundflächenzahl (GRZ) von 0,4 fest.

Das Grundstück ist 612 m² groß. Zulässig ist danach eine Grundfläche von 244,80 m². Nach § 19 Abs. 4 Satz 2 BauNVO darf diese durch Garagen, Stellplätze mit ihren Zufahrten und Nebenanlagen um bis zu 50 % überschritten werden, höchstens jedoch bis zu einer GRZ von 0,8. Der Bebauungsplan enthält hierzu keine abweichende Festsetzung.

Bereits heute sind auf Ihrem Grundstück überbaut: Wohnhaus 148,20 m², Garage 36,00 m², Zufahrt und Stellplatz 61,40 m², Gartenhaus 9,00 m², Terrasse 22,60 m². Mit der geplanten Überdachung, die als Teil der Hauptanlage zu werten ist, weil sie dem Wohnen dient und unmittelbar an das Wohnhaus anschließt, erhöht sich die Grundfläche der Hauptanlagen auf 179,70 m² zuzüglich der Terrassenfläche, die künftig überdacht ist und deshalb nicht mehr als Nebenanlage angerechnet werden kann.

Die von Ihrer Entwurfsverfasserin, Frau Architektin [[P|Friederike zur Lippe]], eingereichte Berechnung lässt die Zufahrt außer Ansatz und rechnet die überdachte Terrasse zur Hälfte an. Beides ist nicht zulässig: Zufahrten sind nach § 19 Abs. 4 Satz 1 Nr. 1 BauNVO ausdrücklich mitzurechnen, und eine überdachte Terrasse ist nach der ständigen Rechtsprechung des OVG NRW vollständig Teil der baulichen Anlage. Im Ergebnis ergibt sich eine GRZ von 0,47 für die Hauptanlagen; die Überschreitung der festgesetzten GRZ von 0,4 ist damit nicht durch § 19 Abs. 4 BauNVO gedeckt.

2. Befreiung
Eine Befreiung nach § 31 Abs. 2 BauGB kommt nicht in Betracht. Die Grundflächenzahl gehört zu den Grundzügen der Planung des Baugebiets „Sonnenhang", das bewusst mit großen, durchgrünten Gärten angelegt wurde. Im Plangebiet sind bislang keine vergleichbaren Befreiungen erteilt worden; eine Befreiung würde einen Bezugsfall für die übrigen 46 Grundstücke schaffen. Gründe des Wohls der Allgemeinheit oder eine offenbar nicht beabsichtigte Härte sind nicht ersichtlich.

3. Abstandsflächen und Nachbarbelange
Die Überdachung hält zur östlichen Grundstücksgrenze einen Abstand von 1,90 m ein. Nach § 6 Abs. 5 BauO NRW ist eine Abstandsfläche von 0,4 H, mindestens jedoch 3 m, erforderlich. Eine Privilegierung nach § 6 Abs. 8 BauO NRW scheidet aus, weil ein Wintergarten mit Aufenthaltsqualität keine Garage und kein Gebäude ohne Aufenthaltsraum ist. Die Eigentümer des Nachbargrundstücks haben im Rahmen der Angrenzerbeteiligung Einwendungen erhoben; sie befürchten eine Verschattung ihrer Terrasse in den Nachmittagsstunden. Eine Baulast zur Übernahme der Abstandsfläche liegt nicht vor.

4. Möglichkeiten
Nach überschlägiger Prüfung wäre eine auf 18 m² verkleinerte, an drei Seiten offene Überdachung mit einem Abstand von mindestens 3 m zur Ostgrenze genehmigungsfähig; eine offene Terrassenüberdachung bis 30 m² Grundfläche und 3 m Tiefe wäre unter den Voraussetzungen des § 62 Abs. 1 Nr. 1 Buchst. g BauO NRW sogar verfahrensfrei. Frau [[P|zur Lippe]] hat bereits telefonisch eine überarbeitete Planung angekündigt. Bei einer Änderung des Antrags fallen keine zusätzlichen Gebühren an, soweit die Bauvorlagen bis zum 01.07.2025 eingehen.

Sie erhalten Gelegenheit, sich bis zum 01.07.2025 schriftlich oder zur Niederschrift zu äußern. Gehen bis dahin weder eine Stellungnahme noch geänderte Bauvorlagen ein, werde ich nach Aktenlage entscheiden. Für die Ablehnung wird eine Gebühr nach Tarifstelle 2.4.1.4 AVwGebO NRW in Höhe von 50 % der Genehmigungsgebühr, hier 287,50 EUR, erhoben. Nimmt die Bauherrschaft den Antrag vorher zurück, ermäßigt sich die Gebühr auf 25 %.

Hinweise zum Datenschutz erhalten Sie unter www.hennekamp.de/datenschutz oder bei der behördlichen Datenschutzbeauftragten, [[N|datenschutz@hennekamp.de]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Vollmer]]
""")

# ---------------------------------------------------------------- 022 outlook internal: fingerprint mismatch at passport hand-over
doc("outlook", "pass_fingerabdruck", ["BIOMETRIC"], f"""
Betreff: Pass [[P|Popescu]] – Fingerabdrücke stimmen nicht überein

Hallo [[P|Svetlana]],

kurze Info zu dem Pass, der heute bei mir abgeholt werden sollte: Herr [[P|Bogdan Popescu]], geb. [[DOB|19.10.1973]], Passnummer [[PASS|{pass22}]].

Beim Abgleich am Terminal gab es dreimal keine Übereinstimmung zwischen seinen Fingerabdrücken und den im Chip gespeicherten Abdrücken (linker und rechter Zeigefinger, Score jeweils unter Schwellwert). Laut Hotline der Bundesdruckerei wurden bei der Antragstellung im März vermutlich Finger vertauscht erfasst. Der Pass ist NICHT ausgehändigt und liegt im Tresor.

Er weiß Bescheid, dass wir uns melden. Kannst du bitte nachsehen, wer damals die Antragsaufnahme gemacht hat? Dann müssten wir neu beantragen, Gebühr trägt die Stadt.

Danke dir!
[[P|Jessica]]

--
Bürgeramt Hennekamp – Pass- und Ausweiswesen
Servicecenter [[N|02975 48-0]]
""")

# ---------------------------------------------------------------- 023 word: paternity acknowledgement with DNA report
doc("word", "vaterschaft_vermerk", ["GENETIC"], f"""
Standesamt Hennekamp
Vermerk zur Beurkundung einer Vaterschaftsanerkennung (§ 1592 Nr. 2, §§ 1594 ff. BGB)
Az.: [[AZ|34-VA 2025/0412]]
Termin: 02.04.2025, 09:30 Uhr

Kind: [[P|Zofia Maria Kwiatkowska]], geboren am [[DOB|7. Januar 2025]] in Hennekamp
Mutter: [[P|Natalia Kwiatkowska]], geb. [[DOB|14.08.1996]], wohnhaft in Hennekamp; ausgewiesen durch Personalausweis Nr. [[IDC|{idc23}]]
Anerkennender: [[P|Oleksandr Hrytsenko]], geb. [[DOB|30.06.1994]], wohnhaft [[A|vul. Sadova 14]], [[N|kv. 7]], [[A|79000 Lwiw]], Ukraine; ausgewiesen durch ukrainischen Reisepass Nr. [[PASS|FE618204]]
Dolmetscherin: allgemein beeidigt beim LG Arnsberg, Personalien in der Sammelakte

Sachverhalt:
Herr [[P|Hrytsenko]] hatte die Vaterschaft zunächst bestritten. Vorgelegt wurde nunmehr ein privates Abstammungsgutachten (DNA-Analyse) des Instituts für Rechtsmedizin Münster vom 18.03.2025, wonach seine Vaterschaft mit einer Wahrscheinlichkeit von 99,998 % festgestellt ist. Das Gutachten wurde zur Kenntnis genommen und nicht zur Akte genommen.

Herr [[P|Hrytsenko]] hat die Vaterschaft in Anwesenheit der Dolmetscherin anerkannt; die Mutter hat zugestimmt (§ 1595 Abs. 1 BGB). Eine gemeinsame Sorgeerklärung wurde nicht abgegeben.

Gebühr: keine (§ 1 Abs. 2 GebG NRW i. V. m. Tarifstelle 30.3). Ausfertigungen an Mutter, Vater und Jugendamt des Kreises Sauerland-Ost.

gez. [[P|Anja Weißenfels]], Standesbeamtin
""")

# ---------------------------------------------------------------- 024 outlook: forwarded dog-tax cancellation, NL address and IBAN
doc("outlook", "hundesteuer_abmeldung", [], f"""
Betreff: WG: Abmeldung Hund + SEPA-Mandat

Hallo,

zur Bearbeitung, Kassenzeichen ist [[AZ|5.2024.118035]]. Abmeldung zum 30.04. ist erfasst, die Erstattung bitte auf das neue Konto (NL) anweisen, das alte Mandat habe ich gelöscht.

Gruß
[[P|Mehmet Karagöz]]
Steueramt

-----Ursprüngliche Nachricht-----
Von: [[P|Maarten van der Linden]] <[[E|m.vdlinden@ziggo.nl]]>
Gesendet: Freitag, 16. Mai 2025 18:32
An: [[N|steueramt@hennekamp.de]]
Betreff: Abmeldung Hund + SEPA-Mandat

Guten Tag,

leider ist unser Hund Bruno am 28.04. gestorben. Bitte melden Sie ihn zur Hundesteuer ab (Kassenzeichen [[AZ|5.2024.118035]]).

Wir ziehen außerdem zum 1. Juli zurück in die Niederlande. Neue Adresse: [[A|Hoofdstraat 112]], [[A|7411 AB Deventer]]. Bis dahin wohnen wir noch am [[A|Hennekamper Weg 8]].

Das SEPA-Lastschriftmandat für mein Konto bei der Sparkasse ([[IBAN|{iban24_old}]]) widerrufe ich hiermit. Eine eventuelle Erstattung bitte auf mein neues Konto bei der ING: [[IBAN|{iban24_new}]].

Met vriendelijke groet / Mit freundlichen Grüßen
[[P|Maarten van der Linden]]
[[T|+31 6 4127 8830]]
""")

# ---------------------------------------------------------------- 025 word: Anhörungsbogen filled in
doc("word", "anhoerungsbogen", [], """
Stadt Hennekamp – Bußgeldstelle
Anhörungsbogen – Äußerung der/des Betroffenen

Aktenzeichen: [[AZ|32.4-OWi 2025/120551]]
Tattag/-zeit: 21.03.2025, 16:12 Uhr     Tatort: Hennekamp, Bahnhofstraße, Busbucht
Kennzeichen: [[KFZ|SO-MP 318]]     Vorwurf: Parken in einer Haltestellenbucht (§ 12 Abs. 1 Nr. 4 StVO), Verwarnungsgeld 40,00 EUR

Angaben zur Person (bitte vollständig ausfüllen)
Familienname: [[P|Petrović]]
Geburtsname: [[P|Janković]]
Vorname(n): [[P|Milica]]
Geburtsdatum: [[DOB|09.12.1977]]     Geburtsort: Kragujevac
Anschrift (Straße, Hausnr., PLZ, Ort): [[A|Lippstädter Str. 51a]], [[A|59494 Soest]]
Telefon (freiwillig): [[T|02921 / 34 55 01]]     E-Mail (freiwillig): [[E|m.petrovic77@gmx.de]]

☐ Ich gebe den Verstoß zu.
☒ Ich gebe den Verstoß nicht zu.
Begründung: Das Auto ist auf mich zugelassen, gefahren ist aber an dem Tag mein Sohn [[P|Luka Petrović]], er hat es mir selbst gesagt. Er wohnt bei mir.

Ort, Datum: Soest, 02.04.2025     Unterschrift: [[P|M. Petrović]]
""")

# ---------------------------------------------------------------- 026 outlook: neighbours' dispute with ethnicity and an alleged party role
doc("outlook", "nachbarstreit_muell", ["ETHNICITY", "POLITICS", "HEALTH"], """
Betreff: beschwerde nachbarn müll + grillen

hallo ordnungsamt,

ich weiß echt nich mehr weiter. die familie über uns ([[P|Al-Khatib]], [[A|Kastanienallee 5]], 2. stock) stellt seit wochen ihren müll in den hausflur, es stinkt und im keller sind schon ratten. jeden samstag grillen sie auf dem balkon mit holzkohle, der ganze rauch zieht bei uns ins schlafzimmer, und meine frau hat asthma, sie musste letztes mal ihr notfallspray nehmen.

herr [[P|Al-Khatib]] hat nur gesagt, das sei sein balkon. frau [[P|Rania Haddad]] aus dem 1. stock hat das auch alles mitbekommen, die kann das bestätigen, ich hab sie heute morgen beim bäcker getroffen und sie sagt das selbe.

und bevor jemand sagt ich bin ausländerfeindlich: ich bin selber kurde und mir ist egal woher die leute kommen. der vermieter, herr [[P|Brüggemann]], macht gar nichts, der ist im AfD-Kreisvorstand und denkt wahrscheinlich wenn sich die ausländer streiten ist ihm das recht.

bitte kommen sie mal vorbei, am besten samstags gegen 18 uhr.

mit freundlichen grüßen
[[P|Rêber Doğan]]
[[A|Kastanienallee 5]], EG rechts
[[T|+49 176 2210 5538]]
""")

# ---------------------------------------------------------------- 027 word: internal telephone notes list
doc("word", "gespraechsnotizen", ["SEXUAL_ORIENTATION"], f"""
Bürgeramt Hennekamp – Telefon- und Gesprächsnotizen KW 24/2025 (intern)

Mo 10.06. – Anruferin ohne Namensangabe: fragt nach dem Stand der Umschreibung ihres Führerscheins. Nicht unsere Zuständigkeit, an das Straßenverkehrsamt des Kreises Sauerland-Ost verwiesen (Zentrale [[N|02961 94-0]]).

Di 11.06. – Herr [[P|Witold Kamiński]], [[A|Gartenstraße 3c]]: bringt Rentenunterlagen für das Versicherungsamt. Versicherungsnummer [[SSN|{ssn27}]], geb. [[DOB|04.03.1958]]. Termin am 18.06. um 9:00 Uhr im Versicherungsamt.

Di 11.06. – Frau [[P|Daniela Rossi-Hartmann]] (persönlich): beantragt eine Auskunftssperre nach § 51 BMG. Sie lebt seit Januar mit ihrer Partnerin [[P|Merle Janssen]] zusammen; ihr früherer Ehemann, [[P|Marco Rossi]], bedrohe sie seitdem und habe angekündigt, die neue Adresse „schon rauszufinden". Kopie der Strafanzeige liegt vor. Neue Anschrift [[A|Eichendorffweg 21]], Sperre eingetragen bis 11.06.2027.

Do 13.06. – Anruf eines Herrn [[P|Klaus Winter]] (keine Rückrufnummer): beschwert sich über die Wartezeit, im Winter sei es im Wartebereich außerdem zu kalt. An Gebäudemanagement weitergegeben.

notiert: [[P|S. Reimer]]
""")

# ---------------------------------------------------------------- 028 outlook: residents' parking, credit card sent by mail, staff reply
doc("outlook", "bewohnerparken", [], f"""
Betreff: AW: Bewohnerparkausweis Zone B – Verlängerung + neues Kennzeichen

Sehr geehrter Herr [[P|Mazur]],

vielen Dank. Den Ausweis für das neue Fahrzeug [[KFZ|HSK-TM 88E]] haben wir verlängert, er gilt bis 30.06.2026 und geht Ihnen per Post zu.

Bitte senden Sie uns Kreditkartendaten künftig nicht per E-Mail. Die Gebühr von 30,00 EUR haben wir stattdessen per Rechnung angefordert (Rechnungsnummer 2025-BP-11873). Ihre Nachricht mit den Kartendaten haben wir aus unserem Postfach gelöscht; wir empfehlen, die Karte sperren zu lassen.

Mit freundlichen Grüßen
[[P|Benedikt Schäper]]
Ordnungsamt – Parkraumbewirtschaftung
[[N|parken@hennekamp.de]] · [[N|02975 48-0]]

-----Ursprüngliche Nachricht-----
Von: [[P|Theo Mazur]] <[[E|theo.mazur@gmx.net]]>
Gesendet: Sonntag, 15. Juni 2025 22:17
An: [[N|parken@hennekamp.de]]
Betreff: Bewohnerparkausweis Zone B – Verlängerung + neues Kennzeichen

Hallo,

mein Bewohnerparkausweis (Kundennr. [[AZ|BP-2023-0784]]) läuft Ende Juni ab. Ich habe inzwischen ein E-Auto, neues Kennzeichen [[KFZ|HSK-TM 88E]], das alte ist abgemeldet. Wohnhaft weiterhin [[A|Am Kirchplatz 2]].

Die Gebühr könnt ihr gerne von meiner Mastercard abbuchen: [[CC|{cc28_mc_s}]], gültig bis 09/27.

Gruß [[P|Theo]]
""")

# ---------------------------------------------------------------- 029 word: invoice of a sole trader to the city
doc("word", "rechnung_handwerker", [], f"""
Dachdeckermeister [[P|Piotr Kowalczyk]]
Bedachungen · Fassaden · Bauklempnerei
[[A|Industriestraße 14]] · [[A|59929 Brilon]]
Tel. [[T|02961 / 97 31 40]] · Mobil [[T|0172 / 5 19 84 06]] · [[E|info@dachdeckerei-kowalczyk.de]]

Stadt Hennekamp
Zentrale Gebäudewirtschaft
z. Hd. Frau [[P|Carola Heitmann]]
{ADDR_CITY}
{PLZ_CITY}

Rechnung Nr. 2025-0417
Rechnungsdatum: 30.06.2025
Ihre Bestellung: 65-BE-2025/118 vom 12.06.2025
Objekt: Grundschule Oberhenne, Turnhalle – Reparatur Flachdach nach Sturmschaden

Pos. 1  Baustelleneinrichtung, Gerüst 40 m² ........................ 620,00 EUR
Pos. 2  Bitumenbahn entfernen und entsorgen, 86 m² ................. 1.118,00 EUR
Pos. 3  Neueindeckung zweilagig, Polymerbitumen, 86 m² ............. 2.236,00 EUR
Pos. 4  Attikaverblechung erneuern, 12 lfm ........................... 244,00 EUR
Nettobetrag                                                          4.218,00 EUR
zzgl. 19 % USt.                                                        801,42 EUR
Rechnungsbetrag                                                      5.019,42 EUR

Zahlbar innerhalb von 14 Tagen ohne Abzug auf unser Konto bei der Volksbank Sauerland:
IBAN [[IBAN|{iban29}]]

Steuernummer: [[TNR|{tnr29}]] · USt-IdNr.: [[VAT|{vat29}]]
Meisterbetrieb · eingetragen in die Handwerksrolle der Handwerkskammer Südwestfalen
""")

# ---------------------------------------------------------------- 030 word: lost-property report, wallet with ID card and health card
doc("word", "fundbuero", [], f"""
Stadt Hennekamp – Bürgeramt – Fundbüro
Verlustanzeige Nr. F-2025-0633

Verlierer: [[P|Trần Văn Minh]]
Anschrift: [[A|Weststraße 40]], [[A|59917 Hennekamp]]
Telefon: [[T|0163 / 477 20 81]]

Verlorener Gegenstand: schwarze Geldbörse (Leder). Inhalt laut Angabe: ca. 60 EUR Bargeld, Personalausweis Nr. [[IDC|{idc30}]], elektronische Gesundheitskarte der Techniker Krankenkasse (Versichertennummer [[KV|{kv30}]]), Girocard der Sparkasse, Ausweis der Stadtbücherei.
Verlustort/-zeit: vermutlich Buslinie 412 Richtung Busbahnhof, 17.06.2025 zwischen 7:30 und 8:15 Uhr.

Der Verlust des Personalausweises wurde am selben Tag im Ausweisregister als abhandengekommen eingetragen (§ 27 Abs. 1 PAuswG). Herr [[P|Trần]] wurde auf die Sperrung der Girocard hingewiesen.

Aufgenommen: [[P|Jessica Amankwah]], 17.06.2025

Nachtrag 19.06.2025: Geldbörse von Frau [[P|Hildegard Bäcker]] abgegeben, gefunden im Eingang beim Bäcker am Busbahnhof; Inhalt vollständig, Bargeld 58,50 EUR. Die Finderin verzichtet auf Finderlohn. Herr [[P|Minh]] telefonisch informiert, Abholung am 20.06.2025 gegen Unterschrift. Sperrvermerk im Ausweisregister aufgehoben.
""")


# ---------------------------------------------------------------- build and write
def main():
    out = []
    for i, (channel, template, flags, marked) in enumerate(DOCS, 1):
        out.append(build(f"b28-{i:03d}", channel, template, marked, flags))
    assert len(out) == 30, len(out)
    path = os.path.join(HERE, "fresh28.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")

    cats = Counter(e["category"] for d in out for e in d["entities"])
    flags = Counter(fl for d in out for fl in d["specialCategories"])
    chans = Counter(d["channel"] for d in out)
    n_ent = sum(cats.values())
    n_neu = sum(len(d["neutral"]) for d in out)
    no_flag = sum(1 for d in out if not d["specialCategories"])
    cat_txt = ", ".join(f"{k} {v}" for k, v in cats.most_common())
    flag_txt = ", ".join(f"{k} {v}" for k, v in flags.most_common())
    readme = (
        "# fresh28.jsonl — held-out set, Stadt Hennekamp (Kreis Sauerland-Ost)\n\n"
        f"Written blind to the detector by make_batch28.py (seed {SEED}): {len(out)} documents "
        f"({chans['outlook']} Outlook mails, {chans['word']} Word documents), {n_ent} labelled entities and {n_neu} "
        "neutral spans from an invented NRW city's Ordnungsamt, Bürgeramt (with Standesamt, Fundbüro, Wahlamt, "
        "Friedhof) and Bauamt: citizen mails answered in Outlook above quoted chains ('Am … schrieb …:', "
        "'Von:/Gesendet:/An:/Betreff:', nested '>>'), lower-case and typo-rich complaints (noise, parking, "
        "hedge, rubbish), appointment requests, an English-German expat mail, a three-line mail, internal staff "
        "mails; a Bußgeldbescheid, Anhörung letters, a filled-in Anhörungsbogen and Gewerbeanmeldung form, a "
        "Sondernutzungserlaubnis, a site-visit Niederschrift, a residents' meeting Protokoll, Vermerke, a "
        "telephone-notes list, a poll-worker IBAN table ('Name, Vorname'), a tradesman's invoice and a "
        "lost-property report. Names are German, Polish, Turkish, Kurdish, Arabic, Greek, Italian, "
        "Ukrainian/Russian, Serbian, Romanian, Vietnamese (with diacritics), Nigerian, Ghanaian, Dutch "
        "and Austrian, with double names, particles (van der, zur, Lo, El-, Al-), 'Nachname, Vorname' headers, "
        "initials, nicknames, lower-case sign-offs, first-name-only mentions, firm names with a sole trader's "
        f"surname and surnames that are also nouns (Koch, Vogel, Winter, Bäcker). Entities: {cat_txt}. "
        f"Identifiers are re-checked in the script (IBAN mod 97 incl. DE/AT/NL/PL with NL elfproef and PL sort-code "
        "check, Luhn, Steuer-ID, USt-IdNr., Rentenversicherungsnummer, KVNR). Flags: "
        f"{flag_txt}; {no_flag} documents carry none, among them ones that mention a Krankenkasse with its "
        "Versichertennummer, a church or biometric passport photos harmlessly. Hard negatives: the city's address, switchboards, functional "
        "mailboxes and Stadtkasse IBAN (neutral), a personnel number, apartment details and a city shelter "
        "address (neutral), Drucksache, Bebauungsplan, Flurstück, invoice/booking/order/transaction and "
        "lost-property numbers, an animal transponder number, amounts, § references, non-birth dates, street names without "
        "house number, and Koch/Vogel/Winter/Bäcker as nouns.\n"
    )
    # The writer's summary went to its own README.md; in this folder it is a section of the shared README.
    print(f"{path}: {len(out)} documents, {n_ent} entities, {n_neu} neutral")
    print(cat_txt)
    print(flag_txt, "| no flags:", no_flag, "|", dict(chans))


if __name__ == "__main__":
    main()
