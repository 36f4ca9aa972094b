"""Batch 72: Stadt Vennhorst (fictional Westphalian Kreisstadt at the Dutch border), Ausländerbehörde,
Bürgerbüro, Kfz-Zulassung, Elterngeldstelle, Schulverwaltung. 30 documents (Word letters/notes, Outlook mails)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # marks.py and identifiers.py sit beside this file
from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
I = Identifiers(7272)
R = I.rng

# ---------------------------------------------------------------- foreign identifiers with their national rules
NL_LETTERS = "ABCDEFGHIJKLMNPQRSTUVWXYZ"  # Dutch travel documents never use the letter O


def nl_account():
    """10-digit Dutch account number passing the old elfproef."""
    while True:
        d = I.digits(10)
        if sum(int(c) * (10 - i) for i, c in enumerate(d)) % 11 == 0:
            return d


def iban_nl(bank):
    return mod97_iban("NL", bank + nl_account())


def iban_be():
    first = I.digits(10, True)
    chk = int(first) % 97 or 97
    return mod97_iban("BE", f"{first}{chk:02d}")


def bsn():
    """Dutch burgerservicenummer, 11-proef with weight -1 on the last digit."""
    while True:
        d = I.digits(9, True)
        if sum(int(c) * w for c, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2, -1])) % 11 == 0:
            return d


def nl_docnr():
    alnum = NL_LETTERS + "0123456789"
    return (R.choice(NL_LETTERS) + R.choice(NL_LETTERS) + "".join(R.choice(alnum) for _ in range(6))
            + R.choice("0123456789"))


def ua_pass():
    return R.choice(["FX", "FA", "GA", "FU", "GC", "FT"]) + I.digits(6)


def sy_pass():
    return "N0" + I.digits(8)


def xk_pass():
    return "P0" + I.digits(7)


def spaced_tid(t):
    return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"


def rv_spaced(s):
    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"


# ---------------------------------------------------------------- office (neutral) data
CITY_IBAN = I.iban_de()
RATHAUS = "[[N|Markt 1]], [[N|46419 Vennhorst]]"
ZENTRALE = "[[N|02868 970-0]]"

DOCS = []

# ============================================================ F72-001 Einladung Verlängerung AE (Syrien)
p001 = sy_pass()
DOCS.append(("word", "einladung_verlaengerung_aufenthaltserlaubnis", f"""Stadt Vennhorst
Der Bürgermeister
Fachbereich 32 – Ausländerbehörde
[[N|Nordwall 12]] · [[N|46419 Vennhorst]]

Stadt Vennhorst · [[N|Postfach 1140]] · [[N|46412 Vennhorst]]

Herrn
[[P|Mahmoud Al-Hassan]]
[[A|Gronauer Straße 47]]
[[A|46419 Vennhorst]]

Unser Zeichen: [[AZ|32.1-AE-2019/0884]]
Auskunft erteilt: Frau [[P|Terhaar]], Zimmer 2.14
Telefon: [[T|02868 970-214]]
E-Mail: [[E|m.terhaar@vennhorst.de]]
Datum: 03.11.2026

Verlängerung Ihrer Aufenthaltserlaubnis nach § 25 Abs. 2 AufenthG
Herr [[P|Mahmoud Al-Hassan]], geb. am [[DOB|14.02.1986]] in Homs

Sehr geehrter Herr [[P|Al-Hassan]],

Ihre Aufenthaltserlaubnis ist bis zum 31.01.2027 gültig. Damit wir über die Verlängerung rechtzeitig entscheiden können, laden wir Sie zu einer persönlichen Vorsprache ein:

Dienstag, 17.11.2026, 09:40 Uhr, [[N|Nordwall 12]], 2. OG, Zimmer 2.14

Bitte bringen Sie folgende Unterlagen mit:

1. Ihren gültigen Nationalpass. Nach unseren Unterlagen ist Ihr syrischer Reisepass Nr. [[PASS|{p001}]] am 05.03.2026 abgelaufen. Sofern Sie bereits einen neuen Pass beantragt haben, legen Sie bitte einen Nachweis der Botschaft vor.
2. Ihren bisherigen elektronischen Aufenthaltstitel (Karte)
3. ein aktuelles biometrisches Lichtbild (35 x 45 mm)
4. Nachweise über Ihren Lebensunterhalt (Arbeitsvertrag, die letzten drei Lohnabrechnungen oder Bescheid des Jobcenters)
5. Mietvertrag oder Wohnungsgeberbestätigung

Die Gebühr für die Verlängerung beträgt 93,00 EUR und ist bei Abholung der Karte zu zahlen (EC-Karte oder bar).

Sollten Sie den Termin nicht wahrnehmen können, teilen Sie uns dies bitte spätestens zwei Werktage vorher mit. Bitte geben Sie bei jeder Nachricht das oben genannte Aktenzeichen an.

Mit freundlichen Grüßen
Im Auftrag

[[P|Marion Terhaar]]

____________________________________________
Rathaus Vennhorst · {RATHAUS} · Telefon {ZENTRALE}
Öffnungszeiten Ausländerbehörde: Mo, Di, Do 8:00–12:00 Uhr, Do zusätzlich 14:00–17:30 Uhr, nur mit Termin
Stadtkasse: Sparkasse Westmünsterland · IBAN [[N|{group(CITY_IBAN, 4)}]] · BIC WELADE3WXXX
""", []))

# ============================================================ F72-002 Zuzug aus NL, Anfrage Bürgerbüro (NL/DE)
nl_idk = nl_docnr()
DOCS.append(("outlook", "zuzug_niederlande_anmeldung", f"""Von: Bürgerbüro Vennhorst <[[N|buergerbuero@vennhorst.de]]>
Gesendet: Dienstag, 3. November 2026 08:52
An: '[[P|Annelies van der Berg]]' <[[E|annelies.vdberg@ziggo.nl]]>
Betreff: AW: vraag over Anmeldung / Wohnsitz

Sehr geehrte Frau [[P|van der Berg]],

vielen Dank für Ihre Nachricht. Die Anmeldung muss innerhalb von zwei Wochen nach dem Einzug erfolgen, also bis spätestens 15.12.2026. Bitte buchen Sie einen Termin über unsere Homepage (Online-Terminvergabe -> Bürgerbüro -> An-/Ummeldung), pro Person ca. 10 Minuten.

Mitzubringen sind:
- für jede Person ein gültiges Ausweisdokument; Ihre niederländische ID-Karte reicht aus, ebenso der Pass Ihres Mannes
- für [[P|Fenna]] der Reisepass oder die ID-Karte, falls nicht vorhanden die internationale Geburtsurkunde
- die Wohnungsgeberbestätigung Ihres Vermieters (Vordruck im Anhang)
- die Heiratsurkunde, wenn Sie verheiratet sind

Eine Aufenthaltserlaubnis brauchen Sie als EU-Bürger nicht, die Ausländerbehörde wird von uns automatisch informiert.

Met vriendelijke groet / Mit freundlichen Grüßen
[[P|Kerstin Hüsing]]
Bürgerbüro
Stadt Vennhorst
Telefon [[T|02868 970-131]]
{RATHAUS}

-----Ursprüngliche Nachricht-----
Von: [[P|Annelies van der Berg]] <[[E|annelies.vdberg@ziggo.nl]]>
Gesendet: Montag, 2. November 2026 21:14
An: [[N|buergerbuero@vennhorst.de]]
Betreff: vraag over Anmeldung / Wohnsitz

Goedenavond / Guten Abend,

wij verhuizen per 1 december van Winterswijk naar Vennhorst. Mein Deutsch ist nicht so gut, sorry voor de fouten.
Wir sind drei Personen: ich ([[P|Annelies van der Berg]], geb. [[DOB|22-07-1984]]), mein Partner [[P|Joost Hendriks]] (geb. [[DOB|04-11-1981]]) und unsere Tochter [[P|Fenna]] (geboren [[DOB|9 mei 2017]]).

Neue Adresse: [[A|Kiefernweg 8]], [[A|46419 Vennhorst]]
Jetzt noch: [[A|Zonnebloemstraat 31]], [[A|7103 KL Winterswijk]]

Meine Fragen:
1. Ik heb een identiteitskaart (nr. [[IDC|{nl_idk}]], geldig tot 2030), ist das genug oder brauche ich een paspoort?
2. [[P|Joost]] ist Deutscher? Nee, ook Nederlander haha. Braucht er etwas von der Ausländerbehörde?
3. Wir sind nicht getrouwd, is dat een probleem voor de Anmeldung van [[P|Fenna]]?

Telefonisch bin ich am besten abends erreichbar: [[T|+31 6 24819376]]

Alvast bedankt!
Groetjes,
[[P|Annelies]]
""", []))

# ============================================================ F72-003 Kfz Ummeldung NL-Fahrzeug
nl_iban_joost = iban_nl("RABO")
DOCS.append(("outlook", "kfz_zulassung_fahrzeug_aus_nl", f"""Von: [[P|Joost Hendriks]] <[[E|joost.hendriks81@gmail.com]]>
Gesendet: Mittwoch, 2. Dezember 2026 12:37
An: [[P|Overkamp, Ludger]] <[[E|l.overkamp@vennhorst.de]]>
Betreff: Re: AW: Zulassung Auto aus Niederlande

Hallo Herr [[P|Overkamp]],

danke, alles klar. Dann komme ich am 10.12. um 10:20 mit dem kentekenbewijs (die Karte und Teil 2 Code), dem Kaufvertrag und der eVB.
Wunschkennzeichen habe ich online reserviert: [[KFZ|BOR-JH 481]]
Fur die Kfz-Steuer Lastschrift bitte mein niederlaendisches Konto:
IBAN [[IBAN|{group(nl_iban_joost, 4)}]]
Kontoinhaber: [[P|J.P. Hendriks]]
Geht das mit einem NL-Konto? Sonst nehme ich das Konto von [[P|Annelies]], aber das ist auch Rabobank.

Groeten
[[P|Joost Hendriks]]
[[T|06-41289307]]

Am 01.12.2026 um 15:02 schrieb [[P|Overkamp, Ludger]] <[[E|l.overkamp@vennhorst.de]]>:
> Sehr geehrter Herr [[P|Hendriks]],
>
> für die Zulassung Ihres VW Touran mit dem niederländischen Kennzeichen [[KFZ|KZ-718-V]] benötigen wir:
> - Ihren Pass oder Ihre ID-Karte und die Meldebestätigung (Anmeldung zum 01.12. im Bürgerbüro)
> - das Kentekenbewijs (Kentekencard) und den Tenaamstellingscode / Teil II
> - eine gültige HU (die APK wird anerkannt, wenn sie noch läuft, sonst TÜV/DEKRA)
> - die eVB-Nummer Ihrer deutschen Versicherung
> - ein SEPA-Lastschriftmandat für die Kfz-Steuer (Hauptzollamt); ein Konto im SEPA-Raum ist ausreichend
> Die Abmeldung in den Niederlanden (Exportkenteken) erledigen Sie bitte vorher bei der RDW.
>
> Mit freundlichen Grüßen
> [[P|Ludger Overkamp]]
> Straßenverkehrsamt – Zulassungsstelle
> Stadt Vennhorst, [[N|Industriestraße 5]], [[N|46419 Vennhorst]]
> Tel. [[T|02868 970-402]] / Zentrale {ZENTRALE}
>
> -----Ursprüngliche Nachricht-----
> Von: [[P|Joost Hendriks]] <[[E|joost.hendriks81@gmail.com]]>
> Gesendet: Montag, 30. November 2026 19:48
> An: [[N|zulassung@vennhorst.de]]
> Betreff: Zulassung Auto aus Niederlande
>
> Guten Tag, we moved to Vennhorst from NL and I have to register my car in Germany I think. What do I need? The car is on my name, kenteken [[KFZ|KZ-718-V]]. Thank you, [[P|Joost Hendriks]]
""", []))

# ============================================================ F72-004 Aktenvermerk Familie aus der Ukraine
p004a, p004b = ua_pass(), ua_pass()
ua_idk = I.digits(9, True)
eat004 = [I.id_card() for _ in range(3)]
DOCS.append(("word", "aktenvermerk_verlaengerung_24_aufenthg", f"""Aktenvermerk

Az.: [[AZ|32.4-UA-2022/1173]]
Datum: 09.11.2026
Verf.: [[P|Böckenholt]]

Betr.: Familie [[P|Kovalenko]] – Verlängerung der Aufenthaltserlaubnisse nach § 24 AufenthG bis 04.03.2027

Vorsprache heute mit Dolmetscherin (Frau [[P|Olena Kravets]], ehrenamtlich).

Anwesend / Personalien:
1. [[P|Oksana Kovalenko]], geb. [[DOB|17.09.1979]], ukr. StA
   Reisepass Nr. [[PASS|{p004a}]], gültig bis 21.06.2031
2. [[P|Artem Kovalenko]], geb. [[DOB|02.06.2008]], ukr. StA
   Reisepass Nr. [[PASS|{p004b}]], gültig bis 14.08.2028
   seit 02.06.2026 volljährig, eigene Akte angelegt: [[AZ|32.4-UA-2026/0412]]
3. [[P|Sofiia Kovalenko]], geb. [[DOB|11.01.2014]], ukr. StA
   kein Reisepass; ID-Karte Nr. [[IDC|{ua_idk}]] (Kopie in der Akte), Geburtsurkunde liegt vor

Wohnanschrift unverändert: [[A|Brückenstraße 3]] (Whg. 5), [[A|46419 Vennhorst]]
Tel. (Mutter): [[T|0157 38412096]]

Sachstand:
- Lebensunterhalt: Leistungen nach SGB II, BG-Nummer [[AZ|34202//0012873]]; für [[P|Artem]] ab 06/2026 eigene BG (Auskunft Jobcenter angefordert, s. gesondertes Mail)
- [[P|Artem]] beginnt zum 01.02.2027 eine Ausbildung zum Elektroniker (Betrieb: Elektro Schmeing GmbH, Vennhorst). Beschäftigung ist nach § 24 AufenthG erlaubt, kein Zustimmungserfordernis.
- [[P|Sofiia]] besucht die 7. Klasse der Gesamtschule.
- Ehemann/Vater [[P|Serhii Kovalenko]] weiterhin in der Ukraine, kein Antrag auf Familiennachzug.

Veranlasst:
- eAT für alle drei beantragt (Bundesdruckerei), Fiktionsbescheinigungen ausgestellt bis 28.02.2027
- Kartennummern neu: [[IDC|{eat004[0]}]] (Mutter), [[IDC|{eat004[1]}]] ([[P|Artem]]), [[IDC|{eat004[2]}]] ([[P|Sofiia]])
- Gebühren entfallen (Leistungsbezug)
- WV: 15.01.2027 (Abholung eAT)

gez. [[P|Böckenholt]]
""", []))

# ============================================================ F72-005 Elterngeld Nachforderung, Frühgeburt
tid005 = I.tax_id()
iban005 = I.iban_de()
kv005 = I.health_insurance()
DOCS.append(("outlook", "elterngeld_nachforderung_unterlagen", f"""Von: [[P|Lena Brüggemann]] <[[E|lena.brueggemann@web.de]]>
Gesendet: Donnerstag, 12. November 2026 23:05
An: [[P|Tenbrink, Sabine]] <[[E|s.tenbrink@vennhorst.de]]>
Betreff: AW: Ihr Antrag auf Elterngeld – fehlende Unterlagen – Az. [[AZ|EG-2026-04417]]

Hallo Frau [[P|Tenbrink]],

entschuldigung das es so lange gedauert hat, wir sind erst seit letzter woche mit dem kleinen zuhause. Hier die fehlenden Angaben:

- meine Steuer-ID: [[TID|{spaced_tid(tid005)}]]
- Konto für die Auszahlung: [[IBAN|{iban005}]] (Volksbank, läuft auf mich)
- Krankenkasse: AOK NordWest, Versichertennummer [[KV|{kv005}]]
- Bescheinigung über das Mutterschaftsgeld hab ich angehängt (Scan), das Original schickt die AOK glaub ich direkt

Die Geburtsurkunde für Elterngeldzwecke hatte ich im Oktober schon mit dem Antrag geschickt.
Wegen der Frühchen-Monate: [[P|Mats]] ist in der 32+4. SSW gekommen (errechneter Termin wäre der 20.10. gewesen), er lag dann fast 6 Wochen auf der Neo im St. Agnes-Hospital mit Atemunterstützung und Magensonde. Den Entlassungsbericht der Kinderklinik hab ich auch mit eingescannt. Reicht das als Nachweis oder brauchen Sie noch was vom Kinderarzt?

Viele Grüße
[[P|Lena Brüggemann]]
[[A|Ahornweg 14]]
[[A|46419 Vennhorst]]
Handy [[T|0172 6639184]]

Von meinem iPhone gesendet

> Am 02.11.2026 um 10:11 schrieb [[P|Tenbrink, Sabine]] <[[E|s.tenbrink@vennhorst.de]]>:
>
> Sehr geehrte Frau [[P|Brüggemann]],
>
> zu Ihrem Antrag auf Elterngeld für Ihren Sohn [[P|Mats Brüggemann]], geboren am [[DOB|28.08.2026]], Aktenzeichen [[AZ|EG-2026-04417]], fehlen noch folgende Angaben bzw. Nachweise:
>
> 1. Ihre steuerliche Identifikationsnummer (Abschnitt 10 des Antrags)
> 2. Ihre Bankverbindung (IBAN) – das Feld ist leer
> 3. Bescheinigung der Krankenkasse über das Mutterschaftsgeld
> 4. wenn Sie die zusätzlichen Monate wegen Frühgeburt (§ 4 Abs. 5 BEEG) beantragen: ein Nachweis über die Geburt mindestens sechs Wochen vor dem errechneten Termin
>
> Ohne diese Unterlagen kann ich den Antrag leider nicht abschließend bearbeiten. Bitte reichen Sie sie innerhalb von vier Wochen nach.
>
> Mit freundlichen Grüßen
> Im Auftrag
> [[P|Sabine Tenbrink]]
> Elterngeldstelle
> Stadt Vennhorst
> Tel. [[T|02868 970-318]]
""", ["HEALTH"]))

# ============================================================ F72-006 Schulanmeldung Grundschule (Kosovo)
kv006 = I.health_insurance()
DOCS.append(("word", "schulanmeldung_grundschule_formular", f"""Städtische Gemeinschaftsgrundschule Am Venn
[[N|Schulstraße 9]], [[N|46419 Vennhorst]], Tel. [[N|02868 4471]]

ANMELDUNG ZUM SCHULJAHR 2027/28 – Klasse 1

1. Angaben zum Kind
Familienname: [[P|Gashi]]
Vorname(n): [[P|Elira]]
Geschlecht: weiblich
Geburtsdatum: [[DOB|03.05.2021]]
Geburtsort: Bocholt
Staatsangehörigkeit: kosovarisch
Muttersprache / Familiensprache: Albanisch, Deutsch
Religionszugehörigkeit: islamisch
Teilnahme am Religionsunterricht gewünscht: nein – Teilnahme an Praktischer Philosophie bzw. Betreuung

2. Anschrift
Straße, Hausnummer: [[A|Lindenallee 31]]
PLZ, Ort: [[A|46419 Vennhorst]]

3. Erziehungsberechtigte
Mutter: [[P|Blerta Gashi]], geb. [[P|Krasniqi]]
Telefon: [[T|0176 52038841]]
E-Mail: [[E|blerta.gashi@gmx.de]]
Vater: [[P|Arben Gashi]]
Telefon (dienstlich, tagsüber): [[T|02861 90337-24]]
Sorgerecht: gemeinsam

4. Gesundheit
Krankenkasse: IKK classic, Vers.-Nr. [[KV|{kv006}]]
Allergien / chronische Erkrankungen: Erdnussallergie (Notfallset mit Adrenalin-Pen liegt in der Kita), leichtes Asthma
Regelmäßige Medikamente: Salbutamol-Spray bei Bedarf
Masernschutz nachgewiesen: ja (Impfpass vorgelegt)

5. Bisherige Einrichtung
Kita Regenbogen, Vennhorst, seit 08/2023
Sprachstandsfeststellung: Förderbedarf Deutsch nein

6. Geschwister an der Schule
[[P|Dren Gashi]], Klasse 3b

Ort, Datum: Vennhorst, 10.11.2026
Unterschrift Erziehungsberechtigte: [[P|B. Gashi]]    [[P|A. Gashi]]

— vom Schulbüro auszufüllen —
Eingang: 10.11.2026   Anmeldenr.: [[AZ|GS-AV-2027-038]]   Geburtsurkunde gesehen: ja   bearb.: [[P|Lammers]]
""", ["RELIGION", "HEALTH"]))

# ============================================================ F72-007 Weiterleitung Bürgerbüro -> ABH, Eritrea, Wohnsitzauflage
eat007 = I.id_card()
DOCS.append(("outlook", "weiterleitung_anmeldung_wohnsitzauflage", f"""Von: [[P|Wessendorf, Stefan]] <[[E|s.wessendorf@vennhorst.de]]>
Gesendet: Freitag, 6. November 2026 11:26
An: [[P|Demir-Schulte, Aylin]] <[[E|a.demir-schulte@vennhorst.de]]>
Cc: [[N|auslaenderbehoerde@vennhorst.de]]
Betreff: WG: Anmeldung Hr. [[P|Ghebremedhin]] - Wohnsitzauflage??

Hallo [[P|Aylin]],

kannst du da mal draufschauen bevor ich die Anmeldung mache? Herr [[P|Ghebremedhin]] stand heute früh bei mir am Schalter, will sich von Borken nach hier ummelden. Im eAT steht aber noch Wohnsitzauflage "Wohnsitznahme in Borken erforderlich" (§ 12a). Er sagt, er hat ab 1.12. einen Arbeitsvertrag bei der Tebrügge Logistik GmbH in Vennhorst, dann fällt die Auflage doch weg oder?

Daten:
[[P|Yonas Tesfamariam Ghebremedhin]], geb. [[DOB|01.01.1995]], eritreisch
eAT-Nr. [[IDC|{eat007}]]
neue Anschrift: [[A|Bahnhofstraße 58a]], [[A|46419 Vennhorst]] (WG, Wohnungsgeber [[P|Hermann Tebrügge]])
Handy [[T|0152 29384711]]

Mail von ihm unten, die Dolmetscherin hat ihm geholfen.

Danke & Gruß
[[P|Stefan]]

[[P|Stefan Wessendorf]]
Bürgerbüro / Meldewesen
Stadt Vennhorst
Tel. [[T|02868 970-133]]

-----Ursprüngliche Nachricht-----
Von: [[P|yonas tesfamariam]] <[[E|yonastesfa95@gmail.com]]>
Gesendet: Donnerstag, 5. November 2026 20:41
An: [[N|buergerbuero@vennhorst.de]]
Betreff: Anmeldung

Sehr geehrte Damen und Herren

Mein name ist [[P|Yonas Tesfamariam Ghebremedhin]] ich wohne in Borken [[A|Am Vennehof 3]] und ab 1.12.2026 ich arbeite in Vennhorst als Lagerhelfer. Ich habe Zimmer gefunden in der [[A|Bahnhofstraße 58a]]. Ich möchte anmelden bei Ihnen. Was brauche ich? Ich habe Aufenthaltserlaubnis und Reiseausweis. Arbeitsvertrag habe ich auch.

Danke
[[P|Yonas]]
""", []))

# ============================================================ F72-008 English inquiry Blue Card (Ukraine)
p008 = ua_pass()
eat008 = I.id_card()
DOCS.append(("outlook", "english_inquiry_blue_card", f"""From: [[P|Demir-Schulte, Aylin]] <[[E|a.demir-schulte@vennhorst.de]]>
Sent: Tuesday, November 10, 2026 2:18 PM
To: [[P|Dmytro Savchuk]] <[[E|d.savchuk.dev@proton.me]]>
Subject: AW: Change from temporary protection (§24) to EU Blue Card

Dear Mr [[P|Savchuk]],

thank you for your e-mail. A change from § 24 AufenthG to an EU Blue Card (§ 18g AufenthG) is possible without leaving Germany. For the application we need:

- the completed application form "Antrag auf Erteilung eines Aufenthaltstitels" (attached)
- your valid passport (the passport you mention, [[PASS|{p008}]], is fine)
- your employment contract with Tenhagen Software GmbH showing the gross annual salary
- your university degree; if it is not listed as "H+" in the anabin database, a Zeugnisbewertung from the ZAB
- proof of health insurance
- one biometric photo

Please note that with the Blue Card the benefits of temporary protection end. Your current card ([[IDC|{eat008}]]) stays valid until we have issued the new one.

Please send the documents as PDF to [[N|auslaenderbehoerde@vennhorst.de]] and always quote your file number [[AZ|32.4-UA-2022/2290]]. We will then send you an appointment.

Kind regards / Mit freundlichen Grüßen
[[P|Aylin Demir-Schulte]]
Ausländerbehörde Vennhorst
Phone [[T|+49 2868 970-217]]

-----Ursprüngliche Nachricht-----
Von: [[P|Dmytro Savchuk]] <[[E|d.savchuk.dev@proton.me]]>
Gesendet: Montag, 9. November 2026 09:03
An: [[N|auslaenderbehoerde@vennhorst.de]]
Betreff: Change from temporary protection (§24) to EU Blue Card

Hello,

my name is [[P|Dmytro Savchuk]], born [[DOB|23 March 1991]], Ukrainian citizen, living in Vennhorst ([[A|Weseler Str. 112]], apartment 4) since April 2022 with a residence permit under §24.
Since 1 September I work as a backend developer for Tenhagen Software GmbH in Bocholt (unlimited contract, 61.500 EUR gross/year). My employer says I should get a Blue Card because my §24 permit may not be extended after 2027.

Can I apply here in Vennhorst or do I have to go back to Ukraine / to the consulate? My passport is [[PASS|{p008}]], valid till 2032. Sorry I don't speak German well yet (A2 course in progress).

Best regards,
[[P|Dmytro Savchuk]]
tel [[T|+49 1590 6618243]]
""", []))

# ============================================================ F72-009 Anhörung § 25b (Kosovo)
DOCS.append(("word", "anhoerung_ablehnung_25b", f"""Stadt Vennhorst – Ausländerbehörde – [[N|Nordwall 12]] – [[N|46419 Vennhorst]]

Gegen Postzustellungsurkunde
Herrn
[[P|Valon Morina]]
[[A|Hohe Straße 6]]
[[A|46419 Vennhorst]]

Aktenzeichen: [[AZ|32.2-DU-2016/0073]]
Sachbearbeitung: Herr [[P|Böckenholt]], Tel. [[T|02868 970-219]]
Vennhorst, 27.10.2026

Anhörung gemäß § 28 Verwaltungsverfahrensgesetz (VwVfG NRW)
Ihr Antrag vom 14.04.2026 auf Erteilung einer Aufenthaltserlaubnis nach § 25b AufenthG

Sehr geehrter Herr [[P|Morina]],

Sie sind am [[DOB|19.08.1988]] in Mitrovica geboren und kosovarischer Staatsangehöriger. Sie halten sich seit 2015 im Bundesgebiet auf und sind derzeit im Besitz einer Duldung nach § 60a Abs. 2 AufenthG.

Ich beabsichtige, Ihren o. g. Antrag abzulehnen. Vor einer Entscheidung gebe ich Ihnen Gelegenheit, sich zu äußern.

Begründung:
Die Erteilung einer Aufenthaltserlaubnis nach § 25b AufenthG setzt u. a. voraus, dass Ihre Identität geklärt ist und die Passpflicht erfüllt wird (§ 5 Abs. 1 Nr. 1a und Nr. 4 AufenthG). Sie haben bisher lediglich eine Kopie einer kosovarischen ID-Karte vorgelegt. Einen gültigen Nationalpass haben Sie trotz Aufforderungen vom 02.02.2026 und 11.06.2026 nicht vorgelegt. Nachweise über eine Beantragung bei der Botschaft der Republik Kosovo in Berlin oder über Ihre Gemeinde in Mitrovica liegen nicht vor.

Die übrigen Voraussetzungen (Sicherung des Lebensunterhalts durch Ihre Beschäftigung bei der Gebäudereinigung [[P|Schepers]] in Vennhorst, Sprachkenntnisse A2, Schulbesuch der Kinder) sind nach derzeitigem Stand erfüllt. Ich weise ausdrücklich darauf hin, dass der Antrag bei Vorlage eines gültigen Passes positiv beschieden werden könnte.

Sie können sich bis zum 24.11.2026 schriftlich oder zur Niederschrift bei der Ausländerbehörde äußern. Nach Ablauf der Frist wird nach Aktenlage entschieden.

Ihre Ehefrau, Frau [[P|Fatime Morina]], erhält ein gesondertes Schreiben.

Mit freundlichen Grüßen
Im Auftrag

[[P|Jens Böckenholt]]
""", []))

# ============================================================ F72-010 Terminabsage Krankenhaus (informell)
DOCS.append(("outlook", "terminabsage_krankenhaus", f"""Von: [[P|Fatime Morina]] <[[E|fatimemorina88@hotmail.com]]>
Gesendet: Donnerstag, 19. November 2026 07:12
An: [[N|auslaenderbehoerde@vennhorst.de]]
Betreff: termin absagen [[P|morina]] [[AZ|32.2-DU-2016/0073]]

Guten morgen herr [[P|böckenholt]],

ich muss den termin heute um 11 uhr absagen, mein mann [[P|valon]] liegt seit vorgestern in krankenhaus in Bocholt, er hatte Herzinfarkt und bekommt Stents. Die ärzte sagen er bleibt mind. eine Woche. Ich schike Ihnen die Bescheinigung von krankenhaus wenn ich habe.

Wegen der Pass, wir waren am 10.11. in Düsseldorf beim Konsulat, der termin für Pass ist erst im Januar. Die Bestätigung hat [[P|valon]] im Handy ich schicke auch später.

Bitte können Sie die Frist verlängern? Wir wollen alles machen.

Mit freundlichen grüßen
[[P|Fatime Morina]]
[[T|0163 7742190]]

Aktenzeichen [[AZ|32.2-DU-2016/0073]]
""", ["HEALTH"]))

# ============================================================ F72-011 Telefonnotiz Verlust Personalausweis
idc011 = I.id_card()
DOCS.append(("word", "telefonnotiz_verlust_personalausweis", f"""TELEFONNOTIZ – Bürgerbüro

Datum/Uhrzeit: 16.11.26, 10:45
Angenommen von: [[P|Hüsing]]
Anrufer: Herr [[P|Gerrit Ebbing]]
Rückruf unter: [[T|0171 / 4 82 93 17]] (ab 14 Uhr, vorher Arbeit)

Anliegen:
PA verloren, vermutl. am Wochenende in Enschede (Markt). Hat schon Anzeige bei der Polizei Bocholt gemacht, Vorgangsnr. [[AZ|261115-1046-027311]].
Nummer des alten PA laut Kopie: [[IDC|{idc011}]]
Geb.-Datum: [[DOB|07.12.1969]]
Wohnt: [[A|Up de Hürn 12]], [[A|46419 Vennhorst]]

Will wissen, ob er einen vorläufigen PA bekommt, fährt am 28.11. nach Amsterdam (Flug ab Schiphol nach Lissabon!) – Reisepass hat er nicht.

-> habe ihm gesagt: vorl. PA geht, 26,00 EUR, sofort zum Mitnehmen; Verlustmeldung + Antrag neuer PA bei Termin gleich mit; Lichtbild mitbringen.
-> Termin für Do 19.11., 8:20 Uhr, gebucht. Sperrung im Register habe ich veranlasst.
-> Rückruf nicht nötig, wenn er sich bis Mi nicht meldet.

[[P|K. Hüsing]]
""", []))

# ============================================================ F72-012 Abholung Personalausweis Vollmacht (Demenz)
idc012a, idc012b = I.id_card(), I.id_card()
DOCS.append(("outlook", "abholung_personalausweis_vollmacht", f"""Von: [[P|Hüsing, Kerstin]] <[[E|k.huesing@vennhorst.de]]>
Gesendet: Montag, 23. November 2026 09:37
An: '[[P|Birgit Ostendorf]]' <[[E|birgit.ostendorf@t-online.de]]>
Betreff: AW: Ausweis meiner Mutter abholen

Sehr geehrte Frau [[P|Ostendorf]],

ja, Sie können den Ausweis Ihrer Mutter mit einer schriftlichen Vollmacht abholen. Bitte bringen Sie mit:
- die unterschriebene Vollmacht (Vordruck ist auf dem Abholschein, der Ihrer Mutter zugeschickt wurde)
- Ihren eigenen Personalausweis
- den alten Personalausweis Ihrer Mutter zur Entwertung

Wenn Ihre Mutter nicht mehr unterschreiben kann, reicht die Vorlage der Betreuungsurkunde bzw. der Vorsorgevollmacht. Den PIN-Brief schicken wir nicht mit, die Online-Funktion ist bei Ihrer Mutter ja ohnehin ausgeschaltet.

Eine Abholung ohne Termin ist Mo–Fr 8:00–9:00 Uhr möglich.

Mit freundlichen Grüßen
[[P|Kerstin Hüsing]]
Bürgerbüro Stadt Vennhorst
Tel. [[T|02868 970-131]]

-----Ursprüngliche Nachricht-----
Von: [[P|Birgit Ostendorf]] <[[E|birgit.ostendorf@t-online.de]]>
Gesendet: Samstag, 21. November 2026 17:50
An: [[N|buergerbuero@vennhorst.de]]
Betreff: Ausweis meiner Mutter abholen

Guten Tag,

meine Mutter, [[P|Hildegard Ostendorf]], geb. [[DOB|30.04.1938]], wohnhaft im Haus St. Josef, [[A|Kapellenstraße 20]], [[A|46419 Vennhorst]], hat im Oktober einen neuen Personalausweis beantragt (Hausbesuch durch Ihre Kollegin, vielen Dank nochmal!). Der Abholschein ist jetzt gekommen, neue Ausweisnummer [[IDC|{idc012a}]].

Meine Mutter hat inzwischen eine fortgeschrittene Demenz und ist seit dem Sturz im Sommer auch bettlägerig, sie kann nicht mehr selbst ins Bürgerbüro kommen. Ich habe eine notarielle Vorsorgevollmacht. Kann ich den Ausweis für sie abholen? Mein eigener Ausweis hat die Nummer [[IDC|{idc012b}]], falls Sie das vorher brauchen.

Mit freundlichen Grüßen
[[P|Birgit Ostendorf]]
[[A|Eschweg 5]]
[[A|46414 Rhede]]
Tel. [[T|02872 80 94 13]]
""", ["HEALTH"]))

# ============================================================ F72-013 Abholliste eAT (Tabelle)
rows013 = [
    ("Haddad", "Nour", "15.07.1994", "32.1-AE-2016/1021", "SYR"),
    ("Haddad", "Rami", "02.10.1990", "32.1-AE-2016/1020", "SYR"),
    ("Ghebreyesus", "Selam", "01.01.2001", "32.3-AE-2020/0561", "ERI"),
    ("Bondarenko", "Viktoriia", "28.02.1967", "32.4-UA-2022/0388", "UKR"),
    ("Hoxha", "Arben", "11.12.1983", "32.2-NE-2009/0140", "XKX"),
    ("Yousef", "Lamar", "06.04.2015", "32.1-AE-2019/0772", "SYR"),
]
lines013 = []
for name, first, dob, az, sta in rows013:
    lines013.append(f"[[P|{name}]]\t[[P|{first}]]\t[[DOB|{dob}]]\t{sta}\t[[AZ|{az}]]\t[[IDC|{I.id_card()}]]\tja")
table013 = "\n".join(lines013)
DOCS.append(("word", "abholliste_aufenthaltstitel", f"""Ausländerbehörde Vennhorst – Abholliste eAT
KW 47 (16.–20.11.2026) – Stand 13.11.2026, 15:30 Uhr

Eingang Bundesdruckerei am 12.11.2026. Karten liegen im Tresor, Fach 3. Abholung nur persönlich (Kinder unter 16 mit Elternteil), PIN-Brief ist separat bereits zugestellt.

Name\tVorname\tGeb.-Dat.\tStA\tAz.\tKarten-Nr.\tGebühr bez.
{table013}

Hinweise:
– Familie [[P|Haddad]]: kommen zusammen, Termin Di 17.11., 10:00 Uhr (Frau [[P|Terhaar]])
– Frau [[P|Bondarenko]] kommt mit Tochter wegen Rollstuhl, bitte Erdgeschoss / Raum 0.04 nehmen
– [[P|Lamar Yousef]]: Vater [[P|Khaled Yousef]] bringt Kinderreisepass mit, alter Aufkleber-Titel einziehen
– Herr [[P|Hoxha]] hat angerufen, kommt evtl. erst KW 48

Bitte nach Ausgabe in LaDiVA abhaken und Liste am Freitag an [[P|J. Böckenholt]] zurück.
""", []))

# ============================================================ F72-014 Dolmetscherrechnung (Tigrinya), Einzelunternehmerin
tnr014 = I.tax_number_nrw()
vat014 = I.vat_id()
iban014 = I.iban_de()
DOCS.append(("outlook", "dolmetscherin_rechnung", f"""Von: [[P|Semhar Tekle]] <[[E|info@tekle-uebersetzungen.de]]>
Gesendet: Montag, 9. November 2026 18:22
An: [[N|auslaenderbehoerde@vennhorst.de]]
Cc: [[P|Demir-Schulte, Aylin]] <[[E|a.demir-schulte@vennhorst.de]]>
Betreff: Rechnung 2026-118 Dolmetschereinsatz 05.11.2026
Anlage: RE_2026-118_Vennhorst.pdf

Sehr geehrte Damen und Herren,

anbei meine Rechnung für den Einsatz am 05.11. (Tigrinya – Deutsch). Der Text zur Sicherheit auch noch hier in der Mail, weil es beim letzten Mal Probleme mit dem PDF gab:

----------------------------------------------------------------
Dolmetsch- und Übersetzungsdienst [[P|Semhar Tekle]]
Allgemein beeidigte Dolmetscherin und ermächtigte Übersetzerin (Tigrinya, Amharisch) beim OLG Hamm
[[A|Lütke Feld 7]] · [[A|48683 Ahaus]]
Mobil [[T|0160 97731820]]

Stadt Vennhorst
Ausländerbehörde
[[N|Nordwall 12]]
[[N|46419 Vennhorst]]

Rechnung Nr. 2026-118                Datum: 09.11.2026
Ihr Zeichen: [[AZ|32.3-AE-2023/0119]] ([[P|Ghebremedhin]]) / Frau [[P|Demir-Schulte]]

Pos. Leistung                                        Menge   Einzel    Gesamt
1    Dolmetschen Vorsprache 05.11.2026, 09:00–10:45  2,0 h   85,00     170,00
     (Abrechnung nach JVEG, je angef. halbe Stunde)
2    Fahrtkosten Ahaus–Vennhorst und zurück, 64 km   64      0,42       26,88
                                                     Netto             196,88
                                                     19 % USt           37,41
                                                     Gesamt            234,29

Zahlbar innerhalb von 14 Tagen ohne Abzug auf:
[[P|Semhar Tekle]], Sparkasse Westmünsterland
IBAN [[IBAN|{group(iban014, 4)}]]

Steuernummer: [[TNR|{tnr014}]] · USt-IdNr.: [[VAT|{vat014}]]
----------------------------------------------------------------

Für die Folgetermine im Dezember stehe ich gern wieder zur Verfügung, bitte rechtzeitig buchen, Dienstag und Donnerstag bin ich meistens beim Amtsgericht.

Mit freundlichen Grüßen
[[P|Semhar Tekle]]
""", []))

# ============================================================ F72-015 Grenzgängerin Elterngeld, BSN (NL/DE)
bsn015 = bsn()
nl_iban015 = iban_nl("INGB")
tid015 = I.tax_id()
DOCS.append(("outlook", "elterngeld_grenzgaengerin_niederlande", f"""Von: [[P|Sanne Wolters]] <[[E|sanne.wolters@outlook.com]]>
Gesendet: Mittwoch, 4. November 2026 13:30
An: [[P|Tenbrink, Sabine]] <[[E|s.tenbrink@vennhorst.de]]>
Betreff: RE: Elterngeld - Beschäftigung in den Niederlanden - Az. [[AZ|EG-2026-04502]]

Beste mevrouw [[P|Tenbrink]], liebe Frau [[P|Tenbrink]],

danke für Ihren Anruf gestern. Hier die Infos wie besprochen:

Arbeitgeber: Medisch Spectrum Twente, Enschede (ich arbeite da als verpleegkundige auf der Intensivstation, 28 Std./Woche)
Mein BSN (burgerservicenummer): [[SSN|{bsn015}]]
Deutsche Steuer-ID: [[TID|{tid015}]] – die hab ich nur, weil ich in Vennhorst wohne, Lohnsteuer zahle ich in NL
Zwangerschapsverlof / Mutterschaftsurlaub vom UWV: 16 Wochen, bis einschließlich 23.11.2026
Danach nehme ich unbezahlten ouderschapsverlof bis Ende Mai 2027.

Unser Sohn [[P|Jesse Wolters-Bußmann]] ist am [[DOB|3 augustus 2026]] geboren (Geburtsurkunde hat das Standesamt Vennhorst ausgestellt, hab ich Ihnen mit dem Antrag geschickt).
Mein Partner [[P|Tobias Bußmann]] arbeitet in Deutschland und beantragt die Partnermonate, er schickt Ihnen seine Unterlagen separat.

Die Auszahlung bitte auf unser gemeinsames Konto:
[[IBAN|{nl_iban015}]] (ING, tnv [[P|S. Wolters]] en/of [[P|T. Bußmann]])

Die Bescheinigung van het UWV over de uitkering (WAZO) en mijn jaaropgaaf 2025 stuur ik als PDF mee. Brauchen Sie die übersetzt? Das ist alles auf Niederländisch.

Met vriendelijke groet / Mit freundlichen Grüßen
[[P|Sanne Wolters]]
[[A|Am Grenzgraben 2]]
[[A|46419 Vennhorst]]
[[T|+31 6 53307718]] (NL-Handy) / [[T|02868 938815]]

________________________________
Von: [[P|Tenbrink, Sabine]] <[[E|s.tenbrink@vennhorst.de]]>
Gesendet: Dienstag, 3. November 2026 16:04
An: [[P|Sanne Wolters]] <[[E|sanne.wolters@outlook.com]]>
Betreff: Elterngeld - Beschäftigung in den Niederlanden - Az. [[AZ|EG-2026-04502]]

Sehr geehrte Frau [[P|Wolters]],

wie telefonisch besprochen: Da Sie in den Niederlanden beschäftigt sind, ist nach EU-Recht vorrangig der Beschäftigungsstaat zuständig. Deutsches Elterngeld kann ggf. ergänzend (Unterschiedsbetrag) gezahlt werden. Ich benötige dazu den Namen Ihres Arbeitgebers, Ihre niederländische Sozialversicherungsnummer (BSN), Nachweise über die Leistungen des UWV und Angaben zur Elternzeit (ouderschapsverlof).

Mit freundlichen Grüßen
[[P|Sabine Tenbrink]]
Elterngeldstelle Stadt Vennhorst, Tel. [[T|02868 970-318]]
Aktenzeichen: [[AZ|EG-2026-04502]]
""", []))

# ============================================================ F72-016 Elterngeldbescheid (Auszug), Selbständiger
tid016 = I.tax_id()
tnr016 = I.tax_number_federal_nrw()
iban016 = I.iban_de()
DOCS.append(("word", "elterngeldbescheid_auszug", f"""Stadt Vennhorst – Elterngeldstelle
[[N|Markt 1]] · [[N|46419 Vennhorst]]

Herrn und Frau
[[P|Rami Haddad]] und [[P|Nour Haddad]]
[[A|Feldkamp 18]]
[[A|46419 Vennhorst]]

Aktenzeichen: [[AZ|EG-2026-03981]]
Vennhorst, 20.10.2026

Bescheid über Elterngeld nach dem Bundeselterngeld- und Elternzeitgesetz (BEEG)
für Ihr Kind [[P|Yasmin Haddad]], geboren am [[DOB|21.06.2026]]

Sehr geehrte Frau [[P|Haddad]], sehr geehrter Herr [[P|Haddad]],

auf Ihre Anträge vom 12.08.2026 wird Ihnen Elterngeld wie folgt bewilligt:

Berechtigte Person: Mutter, [[P|Nour Haddad]], Steuer-ID [[TID|{tid016}]]
Lebensmonat 1–2: Basiselterngeld, anzurechnendes Mutterschaftsgeld: keines (vor der Geburt keine Erwerbstätigkeit)
Lebensmonat 1–12: Mindestbetrag Basiselterngeld 300,00 EUR monatlich

Berechtigte Person: Vater, [[P|Rami Haddad]]
Einkommen aus selbständiger Tätigkeit (Änderungsschneiderei, [[A|Neustraße 4]], Vennhorst), Steuernummer [[TNR|{tnr016}]], Gewinn lt. Steuerbescheid 2025: 22.410,00 EUR
Lebensmonat 13–14: Basiselterngeld 1.006,42 EUR monatlich (Partnermonate)

Die Beträge werden jeweils am Ende des Lebensmonats überwiesen auf das Konto
IBAN [[IBAN|{group(iban016, 4)}]], Kontoinhaber: [[P|Rami Haddad]]

Begründung:
Das Elterngeld für die Mutter wird in Höhe des Mindestbetrages gezahlt, da im Bemessungszeitraum (12 Kalendermonate vor dem Monat der Geburt) kein Einkommen aus Erwerbstätigkeit erzielt wurde (§ 2 Abs. 4 BEEG). Leistungen des Jobcenters wurden im Bemessungszeitraum nicht bezogen.
Für den Vater ist gemäß § 2b Abs. 2 BEEG der steuerliche Veranlagungszeitraum 2025 maßgeblich. Das Elterngeld wird vorläufig gezahlt (§ 8 Abs. 3 BEEG), bis der Steuerbescheid 2026 vorliegt.

[…]

Rechtsbehelfsbelehrung
Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Münster, [[N|Piusallee 38]], [[N|48147 Münster]], erhoben werden.

Im Auftrag
[[P|Tenbrink]]
""", []))

# ============================================================ F72-017 Seiteneinsteiger Schulplätze (Liste)
DOCS.append(("outlook", "schulplaetze_seiteneinsteiger", f"""Von: [[P|Miriam Heselhaus]] <[[E|m.heselhaus@kreis-borken.de]]>
Gesendet: Donnerstag, 5. November 2026 14:55
An: [[P|Lammers, Petra]] <[[E|p.lammers@vennhorst.de]]>
Betreff: Neue Seiteneinsteiger Vennhorst – Bitte um Schulplatzzuweisung

Liebe Frau [[P|Lammers]],

anbei wie besprochen die neuen Kinder und Jugendlichen aus der Beratung im Oktober, alle wohnhaft in Vennhorst. Die Familien warten z. T. schon seit 6 Wochen, wäre super, wenn wir bis Weihnachten alle untergebracht bekommen.

Nr | Name, Vorname | geb. | Herkunft | Anschrift | Schulform-Empfehlung | Bemerkung
1 | [[P|Melnyk, Zlata]] | [[DOB|19.03.2015]] | UKR | [[A|Weseler Str. 40]] | GE, Kl. 6 | ukr. Fernunterricht bis 10/2026, gute Englischkenntnisse
2 | [[P|Melnyk, Taras]] | [[DOB|30.10.2011]] | UKR | [[A|Weseler Str. 40]] | GE oder RS, Kl. 9 | Bruder von Nr. 1
3 | [[P|Ibrahim, Hevin]] | [[DOB|08.08.2013]] | SYR | Übergangswohnheim [[A|Kapellenweg 2]] | HS/GE, Kl. 7 | Familiennachzug 09/2026, kaum Schulbesuch in der Türkei
4 | [[P|Ibrahim, Dilan]] | [[DOB|12.12.2017]] | SYR | Übergangswohnheim [[A|Kapellenweg 2]] | GS, Kl. 3 | hochgradige Schwerhörigkeit beidseitig, trägt Hörgeräte – bitte Schule mit Förderschwerpunkt Hören prüfen (Beratung durch Förderzentrum läuft)
5 | [[P|Tsegay, Mebrat]] | [[DOB|01.01.2012]] | ERI | [[A|Bahnhofstraße 21]] | GE, Kl. 8 | unbegleitet eingereist, Vormund: Jugendamt Kreis Borken, Hr. [[P|Gerwing]]
6 | [[P|Shala, Ardit]] | [[DOB|14.05.2010]] | XKX | [[A|Lindenallee 9]] | BK (Ausbildungsvorbereitung) | schulpflichtig bis 18, Vater arbeitet bei Fa. [[P|Schepers]]

Kontakt Eltern bei Rückfragen: über Sprachmittlung KI, Frau [[P|Kravets]] (ukr.) [[T|0157 71203984]], Herr [[P|Alloush]] (arab./kurd.) über unser Sekretariat.

Viele Grüße
[[P|Miriam Heselhaus]]
Kommunales Integrationszentrum Kreis Borken
[[N|Burloer Straße 93]] · [[N|46325 Borken]]
Tel. [[T|02861 681-3317]]
""", ["HEALTH"]))

# ============================================================ F72-018 Wunschkennzeichen mit Kreditkarte
cc018 = I.credit_card("4", 16)
DOCS.append(("outlook", "wunschkennzeichen_kreditkarte_per_mail", f"""Von: [[P|Overkamp, Ludger]] <[[E|l.overkamp@vennhorst.de]]>
Gesendet: Freitag, 13. November 2026 08:14
An: '[[P|Heinz-Dieter Klümper]]' <[[E|hd.kluemper@t-online.de]]>
Betreff: AW: Kennzeichen reservieren

Sehr geehrter Herr [[P|Klümper]],

das Kennzeichen [[KFZ|BOR-HK 1958]] ist frei und bis zum 13.02.2027 für Sie reserviert. Die Reservierungsgebühr von 2,60 EUR wird zusammen mit der Zulassung fällig (bar oder EC-Karte an der Kasse).

Bitte schicken Sie uns keine Kreditkartendaten per E-Mail. E-Mails sind unverschlüsselt, außerdem können wir Kreditkarten gar nicht belasten. Ihre Nachricht habe ich unten gekürzt und im Postfach gelöscht. Ich empfehle Ihnen, die Karte bei Ihrer Bank prüfen bzw. sperren zu lassen, wenn Sie die Daten auch anderweitig per Mail verschickt haben.

Zur Zulassung des neuen Fahrzeugs bringen Sie bitte Ihren Personalausweis, die Zulassungsbescheinigung Teil I und II, die eVB und das SEPA-Mandat mit. Ihr altes Kennzeichen [[KFZ|BOR-K 742]] können Sie gleichzeitig abmelden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Ludger Overkamp]]
Zulassungsstelle Vennhorst
[[N|Industriestraße 5]], [[N|46419 Vennhorst]]
Tel. [[T|02868 970-402]]

-----Ursprüngliche Nachricht-----
Von: [[P|Heinz-Dieter Klümper]] <[[E|hd.kluemper@t-online.de]]>
Gesendet: Donnerstag, 12. November 2026 19:31
An: [[N|zulassung@vennhorst.de]]
Betreff: Kennzeichen reservieren

Sehr geehrte Damen und Herren,
ich möchte für meinen neuen Wagen (Skoda Octavia, kommt Anfang Dezember) das Wunschkennzeichen [[KFZ|BOR-HK 1958]] reservieren, meine Initialen und mein Geburtsjahr. Falls nicht frei dann [[KFZ|BOR-HK 58]].
Die Gebühr können Sie gleich von meiner Kreditkarte abbuchen:
VISA [[CC|{group(cc018, 4)}]], gültig bis 09/28, Inhaber [[P|Heinz Dieter Klümper]]
Die Prüfnummer schicke ich aus Sicherheitsgründen nicht mit.

Mit freundlichem Gruß
[[P|H.-D. Klümper]]
[[A|Sandweg 3]], [[A|46419 Vennhorst]]
Tel. [[T|02868 5519]]
""", []))

# ============================================================ F72-019 Vermerk Passbeschaffung Eritrea
DOCS.append(("word", "vermerk_passbeschaffung_eritrea", f"""Vermerk – Zumutbarkeit der Passbeschaffung

Az.: [[AZ|32.3-AE-2023/0119]]
Betroffener: [[P|Yonas Tesfamariam Ghebremedhin]], geb. [[DOB|01.01.1995]] in Keren (Eritrea)
BAMF-Az.: [[AZ|8941572-224]]
Status: subsidiärer Schutz (Bescheid BAMF vom 17.05.2023), AE nach § 25 Abs. 2 S. 1 Alt. 2 AufenthG bis 16.05.2027
Sachbearbeitung: [[P|Demir-Schulte]]
Vorsprache am 05.11.2026 mit Dolmetscherin Frau [[P|Tekle]] (Tigrinya)

1. Antrag
Herr [[P|Ghebremedhin]] beantragt die Ausstellung eines Reiseausweises für Ausländer (§ 5 AufenthV), da er keinen eritreischen Pass besitzt und einen solchen nicht beantragen will.

2. Angaben des Betroffenen
Er habe sich 2014 dem unbefristeten Nationaldienst entzogen und sei über den Sudan ausgereist. Die eritreische Botschaft verlange für die Passausstellung die Unterzeichnung der sog. "Reueerklärung" (Formular B4/4.2), mit der er eine Straftat (Desertion) eingestehen und eine Strafe akzeptieren müsse, sowie die Zahlung der 2%-Aufbausteuer. Er lehne die Regierung in Asmara ab, habe in Deutschland an mehreren Demonstrationen gegen das Regime teilgenommen (Fotos wurden vorgelegt) und befürchte Nachteile für seine Mutter und seine Schwestern in Keren, wenn er bei der Botschaft vorspreche.

3. Bewertung
Nach BVerwG, Urteil vom 11.10.2022 – 1 C 9.21 – ist subsidiär Schutzberechtigten die Abgabe einer Reueerklärung, mit der sie sich selbst einer Straftat bezichtigen müssen, jedenfalls dann nicht zumutbar, wenn sie glaubhaft machen, die Erklärung nicht abgeben zu wollen. Dies ist hier der Fall. Die Angaben sind in sich schlüssig und decken sich mit dem BAMF-Protokoll.
Die Identität ist durch die eritreische Taufurkunde und den Personalausweis des Vaters (Kopie) nicht hinreichend, aber durch die Feststellungen im Asylverfahren ausreichend geklärt.

4. Ergebnis
Reiseausweis für Ausländer wird ausgestellt, Geltungsbereich: alle Staaten außer Eritrea, Gültigkeit bis 16.05.2027 (Laufzeit AE). Gebühr 100,00 EUR. Antrag an Bundesdruckerei am 06.11.2026 übermittelt.
Zur Wohnsitzauflage siehe gesonderte Mail Bürgerbüro (Herr [[P|Wessendorf]]) v. 06.11.2026 – Auflage wird ab 01.12.2026 gestrichen, Arbeitsvertrag liegt vor.

Vennhorst, 06.11.2026
[[P|A. Demir-Schulte]]
""", ["POLITICS"]))

# ============================================================ F72-020 Einbürgerung Anfrage (Kurde, Jeside)
eat020 = I.id_card()
DOCS.append(("outlook", "einbuergerung_anfrage_weiterleitung", f"""Von: [[P|Hüsing, Kerstin]] <[[E|k.huesing@vennhorst.de]]>
Gesendet: Mittwoch, 11. November 2026 10:02
An: [[N|einbuergerung@vennhorst.de]]
Betreff: WG: frage einbürgerung

Hallo zusammen,
die Anfrage kam bei uns im Bürgerbüro-Postfach an, zuständigkeitshalber an euch. Ich habe Herrn [[P|Khalaf]] schon kurz geantwortet, dass ihr euch meldet.
Gruß [[P|Kerstin]]

-----Ursprüngliche Nachricht-----
Von: [[P|Sherwan Khalaf]] <[[E|sherwan.khalaf@gmail.com]]>
Gesendet: Dienstag, 10. November 2026 22:47
An: [[N|buergerbuero@vennhorst.de]]
Betreff: frage einbürgerung

Sehr geehrte Damen und Herren,

Ich heiße [[P|Sherwan Khalaf]], geb. [[DOB|12.09.1992]] in Qamishli/Syrien. Ich bin seit 2015 in Deutschland und seit 2017 in Vennhorst, ich wohne [[A|Gartenstraße 27]]. Ich habe Aufenthaltserlaubnis als Flüchtling (Karte Nr. [[IDC|{eat020}]]) und arbeite seit 5 Jahren als Berufskraftfahrer in Vollzeit.

Ich möchte gerne deutsche Staatsbürgerschaft beantragen, für mich und meine Frau [[P|Nadia]] und unsere zwei Kinder. Ich habe B1 Zertifikat (telc) und Einbürgerungstest bestanden 2024.

Meine Frage: ich habe keine gültige syrische Pass, der alte ist abgelaufen 2016. Ich bin Kurde und Jeside, meine Familie wurde vom IS verfolgt, ich kann nicht zur syrischen Botschaft gehen. Ist das Problem für Einbürgerung? Müssen wir die syrische Staatsangehörigkeit abgeben?

Und wie lange dauert es? Ein Freund in Bocholt wartet schon 2 Jahre.

Vielen Dank
[[P|Sherwan Khalaf]]
[[T|0177 3049128]]
""", ["ETHNICITY", "RELIGION"]))

# ============================================================ F72-021 Wohnungsgeberbestätigung
DOCS.append(("word", "wohnungsgeberbestaetigung", f"""Wohnungsgeberbestätigung nach § 19 des Bundesmeldegesetzes (BMG)

Hiermit wird der

[X] Einzug      [ ] Auszug

am (Datum): 01.12.2026

in die folgende Wohnung bestätigt:
Straße, Hausnummer, Zusatzangaben: [[A|Kiefernweg 8]], Erdgeschoss rechts
PLZ, Ort: [[A|46419 Vennhorst]]

Name und Anschrift des Wohnungsgebers:
[[P|Bernhard Tekampe]]
[[A|Hovesaatweg 41]]
[[A|46419 Vennhorst]]

[X] Der Wohnungsgeber ist gleichzeitig Eigentümer der Wohnung
[ ] Der Wohnungsgeber ist nicht Eigentümer. Name und Anschrift des Eigentümers: ——

Folgende Person(en) ist/sind in die angegebene Wohnung eingezogen:
Familienname, Vorname(n)
1. [[P|van der Berg, Annelies]]
2. [[P|Hendriks, Joost Pieter]]
3. [[P|Hendriks, Fenna Maria]]

Ich bestätige mit meiner Unterschrift den Ein- bzw. Auszug der oben genannten Person(en) in die bezeichnete Wohnung und dass ich als Wohnungsgeber oder als beauftragte Person diese Bescheinigung ausstellen darf. Ich habe davon Kenntnis genommen, dass ich ordnungswidrig handele, wenn ich hierzu nicht berechtigt bin und dass es verboten ist, eine Wohnanschrift für eine Anmeldung eines Wohnsitzes einem Dritten anzubieten oder zur Verfügung zu stellen, obwohl ein tatsächlicher Bezug der Wohnung durch einen Dritten weder stattfindet noch beabsichtigt ist. Ein Verstoß gegen dieses Verbot stellt ebenfalls eine Ordnungswidrigkeit dar und kann mit einer Geldbuße bis zu 50.000 Euro geahndet werden.

Vennhorst, 24.11.2026          [[P|B. Tekampe]]
Ort, Datum                     Unterschrift des Wohnungsgebers

Telefon für Rückfragen: [[T|0171 2836040]]
""", []))

# ============================================================ F72-022 Abstimmung Jobcenter – Artem Kovalenko
ssn022 = I.social_security("020608", "K")
DOCS.append(("outlook", "abstimmung_jobcenter_ausbildung", f"""Von: [[P|Thomas Schmeing-Vos]] <[[E|Thomas.Schmeing-Vos@jobcenter-ge.de]]>
Gesendet: Freitag, 13. November 2026 12:48
An: [[P|Böckenholt, Jens]] <[[E|j.boeckenholt@vennhorst.de]]>
Betreff: AW: [[P|Kovalenko, Artem]] – eigene BG / Ausbildung ab 02/2027

Hallo Herr [[P|Böckenholt]],

kurze Rückmeldung zu Ihrer Anfrage:

Herr [[P|Artem Kovalenko]] ([[DOB|02.06.2008]]) ist seit 01.07.2026 in einer eigenen BG geführt, neue BG-Nr. [[AZ|34202//0019455]], Kundennummer [[AZ|342D287130]]. Er wohnt weiterhin im Haushalt der Mutter (Haushaltsgemeinschaft), Leistungen laufen bis 30.06.2027.

Den Ausbildungsvertrag mit Elektro Schmeing GmbH (nicht verwandt, bevor Sie fragen :-)) haben wir vorliegen. Ab Ausbildungsbeginn wird die Ausbildungsvergütung angerechnet, ergänzend BAB über die Agentur. Die Rentenversicherungsnummer wurde bereits vergeben: [[SSN|{rv_spaced(ssn022)}]], die hat er dem Betrieb schon gegeben.

Von unserer Seite keine Bedenken gegen die Verlängerung nach § 24. Eine Bescheinigung über den Leistungsbezug der Mutter schicke ich Ihnen per Post, die BG-Nr. der Mutter bleibt [[AZ|34202//0012873]].

Schönes Wochenende
[[P|Thomas Schmeing-Vos]]
Jobcenter Kreis Borken – Geschäftsstelle Vennhorst
Integrationsfachkraft U25
Tel. [[T|02868 9396-127]]

-----Ursprüngliche Nachricht-----
Von: [[P|Böckenholt, Jens]] <[[E|j.boeckenholt@vennhorst.de]]>
Gesendet: Dienstag, 10. November 2026 08:30
An: [[P|Thomas Schmeing-Vos]] <[[E|Thomas.Schmeing-Vos@jobcenter-ge.de]]>
Betreff: [[P|Kovalenko, Artem]] – eigene BG / Ausbildung ab 02/2027

Guten Morgen Herr [[P|Schmeing-Vos]],

zur Verlängerung § 24 AufenthG für Herrn [[P|Artem Kovalenko]], geb. [[DOB|02.06.2008]], wohnhaft [[A|Brückenstraße 3]], [[A|46419 Vennhorst]] (unser Az. [[AZ|32.4-UA-2026/0412]]): Wird er inzwischen in einer eigenen BG geführt? Und liegt Ihnen der Ausbildungsvertrag vor?

Danke und Gruß
[[P|J. Böckenholt]]
Ausländerbehörde Vennhorst, Tel. [[T|02868 970-219]]
""", []))

# ============================================================ F72-023 Kfz-Abmeldung nach Sterbefall
DOCS.append(("outlook", "kfz_abmeldung_sterbefall", f"""Von: [[P|Martina Wienholt-Lensing]] <[[E|m.wienholt@gmx.net]]>
Gesendet: Sonntag, 15. November 2026 20:19
An: [[N|zulassung@vennhorst.de]]
Betreff: Abmeldung Auto meines verstorbenen Vaters

Guten Abend,

mein Vater [[P|Bernhard Lensing]] ([[DOB|*03.01.1941]]) ist am 12.10.2026 verstorben. Sein Auto (Opel Astra, Kennzeichen [[KFZ|AH-BL 220]]) steht noch bei ihm in der Garage, [[A|Kreuzstraße 16]], [[A|46419 Vennhorst]]. Wir möchten es abmelden und dann verkaufen.

Was brauche ich dafür? Ich habe die Sterbeurkunde, den Erbschein haben wir noch nicht (beim Amtsgericht beantragt). Die Kennzeichen hat mein Mann schon abgeschraubt, die Zulassungsbescheinigung Teil 1 haben wir gefunden, Teil 2 suchen wir noch.

Geht die Abmeldung auch online, ich habe einen Ausweis mit Online-Funktion? Oder muss ich persönlich kommen? Ich arbeite in Münster und könnte nur Freitag nachmittag.

Die Kfz-Steuer wurde bisher von seinem Konto abgebucht, das Konto ist von der Bank inzwischen gesperrt. Wer bekommt die Steuer zurück?

Mit freundlichen Grüßen
[[P|Martina Wienholt-Lensing]]
[[A|Hammer Straße 220]]
[[A|48153 Münster]]
[[T|0151 64402917]]

> Am 16.11.2026 um 07:58 schrieb Zulassungsstelle Vennhorst <[[N|zulassung@vennhorst.de]]>:
> Vielen Dank für Ihre Nachricht. Ihre Anfrage wird schnellstmöglich bearbeitet. Bitte beachten Sie: Termine können ausschließlich online vereinbart werden. Dies ist eine automatisch erzeugte Antwort.
""", []))

# ============================================================ F72-024 Protokoll Teambesprechung ABH
DOCS.append(("word", "protokoll_teambesprechung_abh", f"""Protokoll Teambesprechung FB 32 – Ausländerbehörde
Datum: 24.11.2026, 13:30–14:45 Uhr, Besprechungsraum 2.01
Teilnehmende: [[P|Dr. Hendrik Voßkamp]] (FBL, Vorsitz), [[P|Marion Terhaar]], [[P|Jens Böckenholt]], [[P|Aylin Demir-Schulte]], [[P|Nicole Elsing]] (Azubi), [[P|Kerstin Hüsing]] (Bürgerbüro, zu TOP 2)
Protokoll: [[P|Nicole Elsing]]

TOP 1 Terminrückstand
Aktuell 412 offene Vorgänge, Wartezeit für Ersttermine ca. 7 Wochen. Frau [[P|Terhaar]] übernimmt ab Dezember zusätzlich die Buchstaben S–Z. Herr [[P|Dr. Voßkamp]] klärt mit Personalamt die befristete Stelle (E 9a).

TOP 2 Schnittstelle Bürgerbüro
Bei Ummeldung mit Wohnsitzauflage (§ 12a) bitte keine Anmeldung ohne Rückmeldung der ABH. Abstimmung per Mail an das Funktionspostfach, nicht an einzelne Kolleg*innen. Fall [[P|Ghebremedhin]] als Beispiel besprochen, hat gut funktioniert.

TOP 3 Ukraine
Die Verlängerung nach § 24 bis 04.03.2027 läuft. 61 Karten noch nicht abgeholt (Liste bei Herrn [[P|Böckenholt]]). Bei Volljährigkeit eigene Akte anlegen!

TOP 4 Einzelfälle
a) [[P|Morina]], [[P|Valon]] ([[AZ|32.2-DU-2016/0073]]): Anhörungsfrist § 25b verlängert bis 15.01.2027, da Betroffener nach Herzinfarkt stationär im Krankenhaus war. Passtermin Konsulat Düsseldorf im Januar wurde nachgewiesen. Ehefrau gesondert.
b) [[P|Savchuk]] ([[AZ|32.4-UA-2022/2290]]): Blue Card, Unterlagen vollständig, Zustimmung BA nicht nötig (Regelberuf IT, Gehalt über Schwelle). Termin 08.12.
c) [[P|Hoxha]], [[P|Arben]]: Verpflichtungserklärung für Mutter und Bruder, Bonität grenzwertig → Vorlage bei FBL.

TOP 5 Technik
Kartenlesegerät Schalter 3 defekt, Ticket beim KDVZ-Servicedesk ([[N|02861 82-4000]]) ist offen. Bis dahin Schalter 2 nutzen.

TOP 6 Verschiedenes
Weihnachtsfeier 18.12., Anmeldung bei Frau [[P|Demir-Schulte]].

Nächste Besprechung: 08.12.2026
""", ["HEALTH"]))

# ============================================================ F72-025 Geburt in Enschede, English
DOCS.append(("outlook", "english_birth_abroad_registration", f"""From: [[P|Ruben Mulder]] <[[E|rubenmulder@kpnmail.nl]]>
Sent: Thursday, November 19, 2026 9:41 PM
To: [[N|buergerbuero@vennhorst.de]]
Subject: Registration of our newborn daughter (born in Enschede)

Dear Sir or Madam,

my wife [[P|Agnieszka Mulder-Nowak]] and I live in Vennhorst ([[A|Zum Sportplatz 11]], [[A|46419 Vennhorst]]) since 2024. I am Dutch, my wife is Polish. Our daughter [[P|Zofia Mulder]] was born on [[DOB|14 November 2026]] at MST hospital in Enschede, because the hospital in Bocholt was full that night.

We got a Dutch birth certificate (geboorteakte / international extract) from the gemeente Enschede. Do we have to register her in Vennhorst separately or is that automatic? And does she get a German Steuer-ID? My colleague said we need it for the Kindergeld.

We would also like to apply for a Dutch passport for her later, that we do at the embassy I think.

I can come on Monday or Wednesday morning. Please call me if that is easier: [[T|+31 6 19 04 77 52]].

Thanks a lot,
[[P|Ruben Mulder]]

---

Von: [[P|Wessendorf, Stefan]] <[[E|s.wessendorf@vennhorst.de]]>
Gesendet: Freitag, 20. November 2026 10:15
An: [[P|Ruben Mulder]] <[[E|rubenmulder@kpnmail.nl]]>
Betreff: AW: Registration of our newborn daughter (born in Enschede)

Dear Mr [[P|Mulder]],

congratulations! As [[P|Zofia]] was born abroad, the registration is not automatic. Please come to the Bürgerbüro with the international birth certificate (multilingual extract), both parents' ID cards/passports and fill in the Anmeldung form. No Wohnungsgeberbestätigung is needed for a newborn. The Steuer-ID will then be sent by the Bundeszentralamt für Steuern by post within a few weeks.
You can book an appointment online or come on Wednesday 8:00–9:00 without appointment.

Best regards
[[P|Stefan Wessendorf]]
Bürgerbüro Vennhorst
""", []))

# ============================================================ F72-026 Verpflichtungserklärung – Bonitätsprüfung
xk026a, xk026b = xk_pass(), xk_pass()
ssn026 = I.social_security("111283", "H")
tid026 = I.tax_id()
DOCS.append(("word", "vermerk_verpflichtungserklaerung_bonitaet", f"""Vermerk – Bonitätsprüfung Verpflichtungserklärung (§§ 66–68 AufenthG)

Verpflichtungsgeber: [[P|Arben Hoxha]], geb. [[DOB|11.12.1983]], kosovarisch, Niederlassungserlaubnis
Anschrift: [[A|Blumenstraße 13]], [[A|46419 Vennhorst]]
Az.: [[AZ|32.2-NE-2009/0140]]
Vordruck VE Nr. [[AZ|02813577]]
Sachbearbeitung: [[P|Terhaar]], 20.11.2026

Eingeladene Personen (Besuchsvisum, Aufenthalt 15.12.2026–10.01.2027):
1. [[P|Shpresa Hoxha]], geb. [[DOB|05.03.1958]], Mutter, Reisepass RKS Nr. [[PASS|{xk026a}]]
   Wohnort: [[A|Rr. Adem Jashari 44]], [[A|42000 Podujevë]]
2. [[P|Driton Hoxha]], geb. [[DOB|27.07.1991]], Bruder, Reisepass RKS Nr. [[PASS|{xk026b}]]
   Wohnort: wie 1.

Vorgelegte Einkommensnachweise:
- Lohnabrechnungen 08–10/2026, Arbeitgeber Spedition Terwey GmbH & Co. KG, Vennhorst (Berufskraftfahrer, unbefristet seit 2014)
  lt. Abrechnung: SV-Nr. [[SSN|{ssn026}]], Steuer-ID [[TID|{tid026}]], StKl. III, 2 Kinderfreibeträge
  Netto Ø 2.318,40 EUR
- Mietvertrag: Warmmiete 1.040,00 EUR
- Ehefrau [[P|Vjollca Hoxha]] Minijob 538 EUR (nicht berücksichtigt)

Berechnung (Pfändungsfreigrenze nach § 850c ZPO, 4 Unterhaltsberechtigte – Ehefrau, 2 Kinder + Mutter teilweise): pfändbarer Betrag 0,00 EUR. Auch bei Berücksichtigung nur der Kernfamilie (3 UH-Berechtigte) verbleibt ein pfändbarer Betrag von lediglich ca. 38 EUR. Für zwei Personen für ca. 4 Wochen (Lebensunterhalt + Krankenversicherung lt. Reisekrankenversicherung) nicht ausreichend.

Vorschlag: Bonität nur für eine Person (Mutter) bejahen, wenn zusätzlich Sparbuch/Kontoauszug mit mind. 2.000 EUR vorgelegt wird; Herr [[P|Hoxha]] hat telefonisch ([[T|0160 5527318]]) angekündigt, Kontoauszug nachzureichen. Alternativ zweiter Verpflichtungsgeber (Cousin in Bocholt, [[P|Florim Hoxha]]).

→ Vorlage FBL [[P|Dr. Voßkamp]] (lt. Teambesprechung 24.11.)
""", []))

# ============================================================ F72-027 Rechtsanwältin – Duldung wegen Krankheit (Ashkali)
xk027 = xk_pass()
DOCS.append(("word", "schreiben_rechtsanwaeltin_duldung_krankheit", f"""Kanzlei am Kirchplatz – Rechtsanwälte
[[N|Kirchplatz 3]] · [[N|46399 Bocholt]] · Tel. [[N|02871 23 45 60]] · Fax [[N|02871 23 45 69]]

Rechtsanwältin [[P|Dr. Katrin Oenning]]
Fachanwältin für Migrationsrecht
Durchwahl [[T|02871 23 45 62]] · [[E|k.oenning@kanzlei-am-kirchplatz.de]]

Stadt Vennhorst
Ausländerbehörde
z. Hd. Frau [[P|Terhaar]]
[[N|Nordwall 12]]
[[N|46419 Vennhorst]]

vorab per Fax und E-Mail

Bocholt, 25.11.2026
Unser Zeichen: [[AZ|418/26]] KO/bs
Ihr Zeichen: [[AZ|32.2-DU-2019/0311]]

Familie [[P|Berisha]] – Antrag auf Aussetzung der Abschiebung gem. § 60a Abs. 2 S. 1 AufenthG wegen Reiseunfähigkeit / inlandsbezogenes Vollstreckungshindernis

Sehr geehrte Frau [[P|Terhaar]],

unter Vorlage einer auf mich lautenden Vollmacht zeige ich an, dass ich die Familie
- [[P|Bekim Berisha]], geb. [[DOB|02.02.1980]]
- [[P|Drita Berisha]], geb. [[DOB|17.06.1984]]
- [[P|Leonora Berisha]], geb. [[DOB|09.09.2012]]
alle wohnhaft [[A|Wiesenweg 5]], [[A|46419 Vennhorst]],
anwaltlich vertrete.

Meine Mandanten gehören der Minderheit der Ashkali an und haben Kosovo 2019 verlassen. Das Asylverfahren ist bestandskräftig abgeschlossen. Mit Schreiben vom 10.11.2026 haben Sie die Abschiebung für die 50. KW angekündigt.

Frau [[P|Drita Berisha]] befindet sich seit März 2025 in fachärztlicher psychiatrischer Behandlung. Nach dem beigefügten qualifizierten Attest von Herrn [[P|Dr. med. Reinhard Schulze Bisping]], Facharzt für Psychiatrie und Psychotherapie, vom 20.11.2026 leidet sie an einer schweren rezidivierenden depressiven Störung (ICD-10 F33.2) sowie einer posttraumatischen Belastungsstörung (F43.1). Im Oktober 2026 erfolgte nach einem Suizidversuch eine sechswöchige stationäre Behandlung in der LWL-Klinik. Der Facharzt bescheinigt, dass bei einer Abschiebung mit hoher Wahrscheinlichkeit eine erneute akute Suizidalität zu erwarten ist, die auch durch ärztliche Begleitung nicht beherrschbar wäre.

Die Tochter [[P|Leonora]] ist zudem in kinderpsychotherapeutischer Behandlung.

Ich beantrage daher,
1. die Abschiebung meiner Mandanten auszusetzen und Duldungen nach § 60a Abs. 2 S. 1 AufenthG zu erteilen,
2. mir Akteneinsicht zu gewähren (gern digital).

Der Reisepass von Herrn [[P|Berisha]] (RKS, Nr. [[PASS|{xk027}]]) befindet sich bereits in Ihrer Akte.

Ich bitte um kurzfristige Mitteilung, dass bis zur Entscheidung keine aufenthaltsbeendenden Maßnahmen erfolgen; andernfalls behalte ich mir einen Eilantrag beim Verwaltungsgericht Münster vor.

Mit freundlichen Grüßen

[[P|Dr. Oenning]]
Rechtsanwältin

Anlagen: Vollmacht, Attest [[P|Dr. Schulze Bisping]] v. 20.11.2026, Entlassungsbericht LWL-Klinik v. 02.11.2026
""", ["HEALTH", "ETHNICITY"]))

# ============================================================ F72-028 Beschwerde Wartezeit Bürgerbüro
idc028 = I.id_card()
DOCS.append(("outlook", "beschwerde_wartezeit_buergerbuero", f"""Von: [[P|Wessendorf, Stefan]] <[[E|s.wessendorf@vennhorst.de]]>
Gesendet: Montag, 16. November 2026 11:40
An: '[[P|Uwe Schlüter]]' <[[E|uwe.schlueter63@freenet.de]]>
Cc: [[P|Voßkamp, Hendrik Dr.]] <[[E|h.vosskamp@vennhorst.de]]>
Betreff: AW: UNMÖGLICH!!!

Sehr geehrter Herr [[P|Schlüter]],

Ihren Ärger kann ich verstehen, die Wartezeiten sind im Moment tatsächlich zu lang, u. a. wegen Krankheitsausfällen im Team. Wir haben für Sie einen Termin am Mittwoch, 18.11., um 7:45 Uhr (vor der regulären Öffnung) eingerichtet, bitte melden Sie sich am Seiteneingang.

Bringen Sie bitte Ihren bisherigen Personalausweis und ein aktuelles biometrisches Foto mit. Für die Reise nach Dänemark am 20.11. stellen wir Ihnen zusätzlich einen vorläufigen Personalausweis aus, der neue Ausweis braucht ca. 3–4 Wochen.

Mit freundlichen Grüßen
[[P|Stefan Wessendorf]]
Teamleitung Bürgerbüro
Tel. [[T|02868 970-133]]

-----Ursprüngliche Nachricht-----
Von: [[P|Uwe Schlüter]] <[[E|uwe.schlueter63@freenet.de]]>
Gesendet: Sonntag, 15. November 2026 21:03
An: [[N|buergerbuero@vennhorst.de]]
Betreff: UNMÖGLICH!!!

Guten Tag,

seit drei Wochen versuche ich einen Termin für einen neuen Personalausweis zu bekommen. Online ist NICHTS frei bis Januar, am Telefon ({ZENTRALE}) geht keiner ran oder man hängt 20 Minuten in der Warteschleife und dann ist besetzt. Mein Ausweis ([[IDC|{idc028}]]) läuft am 19.11. ab und wir fahren am 20.11. nach Dänemark zu unserer Tochter.

Früher ging man einfach ins Rathaus und gut war. Dafür zahle ich Steuern??? In Rhede bekommt meine Schwester in 3 Tagen einen Termin.

Ich erwarte eine Lösung bis Mittwoch, ansonsten wende ich mich an den Bürgermeister und an die BBV.

[[P|Uwe Schlüter]]
[[A|Pastor-Winkelmann-Str. 8]]
[[A|46419 Vennhorst]]
Tel [[T|02868/1736]] oder mobil [[T|0160-9922417]]
geb. [[DOB|24.06.1963]] falls Sie das brauchen
""", []))

# ============================================================ F72-029 Übersicht Neuanmeldungen aus dem Ausland (Tabelle)
nl_pass029 = nl_docnr()
sy029 = sy_pass()
ua029 = ua_pass()
xk029 = xk_pass()
be_iban029 = iban_be()
DOCS.append(("word", "uebersicht_zuzug_ausland_oktober", f"""Bürgerbüro Vennhorst – Übersicht Zuzüge aus dem Ausland, Oktober 2026
(Mitteilung an ABH gem. § 72 AufenthV / zur Kenntnis FB 32)
erstellt: [[P|S. Wessendorf]], 02.11.2026

Lfd. | Name, Vorname | geb. | StA | neue Anschrift | Zuzug aus | Dokument / Nr.
1 | [[P|de Graaf, Maarten]] | [[DOB|11.01.1977]] | NLD | [[A|Am Grenzgraben 9]] | Aalten (NL) | Paspoort [[PASS|{nl_pass029}]]
2 | [[P|Al-Khatib, Rasha]] | [[DOB|04.04.1998]] | SYR | [[A|Feldkamp 7]] | Damaskus (Familiennachzug, Visum D) | Reisepass [[PASS|{sy029}]]
3 | [[P|Al-Khatib, Omar]] | [[DOB|25.12.2020]] | SYR | [[A|Feldkamp 7]] | Damaskus | im Pass der Mutter eingetragen
4 | [[P|Hrytsenko, Yuliia]] | [[DOB|16.10.1989]] | UKR | [[A|Weseler Str. 40]] | Polen (Krakau) | Reisepass [[PASS|{ua029}]]
5 | [[P|Kelmendi, Besa]] | [[DOB|30.05.2001]] | XKX | [[A|Hohe Straße 22]] | Prishtina (Westbalkanregelung, Pflegehelferin) | Reisepass [[PASS|{xk029}]]
6 | [[P|Peeters, Lotte]] | [[DOB|02.08.1995]] | BEL | [[A|Nordring 15]] | Antwerpen | ID-Karte, Nr. nicht erfasst

Anmerkungen:
zu 1: Grenzgänger, Arbeitsort weiterhin Winterswijk, Anmeldung nur Nebenwohnung? -> hat Hauptwohnung Vennhorst angegeben, Familie zieht im Frühjahr nach.
zu 2/3: Ehemann [[P|Fadi Al-Khatib]] wohnt bereits seit 2021 dort, Az. ABH [[AZ|32.1-AE-2021/0218]].
zu 5: Arbeitgeber Pflegedienst Sonnenblick GmbH, Vennhorst.
zu 6: Frau [[P|Peeters]] hat bei der Anmeldung ein belgisches Konto für die Gebühr der Meldebescheinigung genannt ([[IBAN|{group(be_iban029, 4)}]]) – wurde nicht benötigt, bar bezahlt. Bitte Notiz im Vorgang löschen.
""", []))

# ============================================================ F72-030 Zulassung PKW mit ukrainischem Kennzeichen
iban030 = I.iban_de()
eat030 = I.id_card()
DOCS.append(("outlook", "zulassung_pkw_ukrainisches_kennzeichen", f"""Von: [[P|Iryna Melnyk]] <[[E|iryna.melnyk.ua@ukr.net]]>
Gesendet: Dienstag, 24. November 2026 16:22
An: [[P|Overkamp, Ludger]] <[[E|l.overkamp@vennhorst.de]]>
Betreff: AW: AW: Auto mit Ukraine Nummer

Sehr geehrter Herr [[P|Overkamp]],

vielen Dank für Ihre Antwort. Ich habe jetzt TÜV gemacht mit Einzelgenehmigung (§ 21), das Gutachten ist da. Die Versicherung (HUK) hat mir eVB-Nummer gegeben: [[AZ|K7M4QX2]].
Für SEPA Kfz-Steuer mein Konto bei Sparkasse:
[[IBAN|{iban030}]]
Mein Aufenthaltstitel Karte Nr. [[IDC|{eat030}]], gültig bis 04.03.2027.

Die Ukrainische Zulassungsbescheinigung (техпаспорт) habe ich original und mit Übersetzung. Das Auto ist auf meinen Mann registriert, [[P|Andrii Melnyk]], er ist in Ukraine und kann nicht kommen. Ich habe Vollmacht von Notar in Lviv mit Apostille. Ist das ok?

Kann ich Termin am 1. Dezember bekommen? Die alte Kennzeichen [[KFZ|BC 4417 KM]] gebe ich dann ab?

Mit freundlichen Grüßen
[[P|Iryna Melnyk]]
[[A|Weseler Str. 40]], [[A|46419 Vennhorst]]
Tel. [[T|0176 80215537]]

-----Ursprüngliche Nachricht-----
Von: [[P|Overkamp, Ludger]] <[[E|l.overkamp@vennhorst.de]]>
Gesendet: Mittwoch, 11. November 2026 09:05
An: [[P|Iryna Melnyk]] <[[E|iryna.melnyk.ua@ukr.net]]>
Betreff: AW: Auto mit Ukraine Nummer

Sehr geehrte Frau [[P|Melnyk]],

da Sie seit mehr als einem Jahr in Deutschland wohnen, muss Ihr Fahrzeug hier zugelassen werden; die Nutzung mit ukrainischem Kennzeichen ist nicht mehr erlaubt. Sie brauchen:
1. Vollgutachten nach § 21 StVZO (TÜV/DEKRA)
2. eVB-Nummer einer deutschen Kfz-Versicherung
3. die ukrainische Zulassungsbescheinigung im Original mit Übersetzung
4. Ihren Pass und Aufenthaltstitel
5. SEPA-Mandat für die Kfz-Steuer
6. Ist das Fahrzeug nicht auf Sie zugelassen: Vollmacht des Halters mit Apostille und Übersetzung

Mit freundlichen Grüßen
[[P|L. Overkamp]]

-----Ursprüngliche Nachricht-----
Von: [[P|Iryna Melnyk]] <[[E|iryna.melnyk.ua@ukr.net]]>
Gesendet: Montag, 9. November 2026 21:58
An: [[N|zulassung@vennhorst.de]]
Betreff: Auto mit Ukraine Nummer

Добрий день, guten Tag. Ich wohne seit Juli 2025 in Vennhorst mit meine Kinder. Ich habe Auto Skoda Fabia mit ukrainische Nummer [[KFZ|BC 4417 KM]]. Polizei hat gesagt ich muss in Deutschland anmelden. Was muss ich machen? Danke. [[P|Iryna]]
""", []))

assert len(DOCS) == 30
out = os.path.join(HERE, "fresh72.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for i, (channel, template, text, flags) in enumerate(DOCS, 1):
        doc = build(f"F72-{i:03d}", channel, template, text, flags)
        f.write(json.dumps(doc, ensure_ascii=False) + "\n")
