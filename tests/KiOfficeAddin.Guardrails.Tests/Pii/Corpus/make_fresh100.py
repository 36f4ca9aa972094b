#!/usr/bin/env python3
"""Blind test batch F100: Personalamt / Zentrale Dienste of the invented Stadt Brachtenbeck (Düsseldorf area).

Writes fresh100.jsonl next to this script: 30 documents with inline marks resolved by marks.build().
Every identifier with a check digit comes from identifiers.Identifiers(10000); the output is deterministic.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from marks import build  # noqa: E402
from identifiers import Identifiers, group  # noqa: E402

ids = Identifiers(10000)


# ---------------------------------------------------------------- formatting helpers
def fmt_taxid(t, style):
    if style == "2333":
        return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"
    if style == "333-2":
        return f"{t[:3]} {t[3:6]} {t[6:9]} {t[9:]}"
    return t


def fmt_rv(s, style):
    # s = AA DDMMYY L SS C
    if style == "spaced":
        return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}"
    if style == "spaced4":
        return f"{s[:2]} {s[2:8]} {s[8]} {s[9:11]} {s[11]}"
    if style == "dots":
        return f"{s[:2]}.{s[2:8]}.{s[8]}.{s[9:]}"
    return s


def fmt_kv(k, style):
    if style == "spaced":
        return f"{k[0]} {k[1:9]} {k[9]}"
    if style == "lower":
        return k[0].lower() + k[1:]
    return k


def letters_digits(prefix_letters, n_digits):
    return "".join(ids.rng.choice(prefix_letters) for _ in range(2)) + ids.digits(n_digits)


DOCS = []


def doc(channel, template, marked, flags=()):
    n = len(DOCS) + 1
    DOCS.append(build(f"F100-{n:03d}", channel, template, marked.strip("\n"), list(flags)))


# ---------------------------------------------------------------- 001 English application, Korean applicant
pass_kr = "M" + ids.digits(8)
doc("outlook", "bewerbung_en", f"""
From: [[P|Seo-yeon Park]] <[[E|seoyeon.park.de@gmail.com]]>
Sent: Tuesday, September 9, 2025 11:42 PM
To: Bewerbungen Stadt Brachtenbeck <[[N|bewerbung@brachtenbeck.de]]>
Subject: Application – IT Systems Administrator (ref. [[N|2025/10-07]])

Dear Sir or Madam,

please find below my application for the position of IT systems administrator (ref. [[N|2025/10-07]]). The upload portal kept timing out after the third attachment, so I am pasting my CV into this e-mail and will send the certificates separately.

CURRICULUM VITAE

Name:               [[P|PARK Seo-yeon]] ([[P|박서연]])
Date of birth:      [[DOB|14 March 1994]]
Nationality:        Republic of Korea
Residence permit:   EU Blue Card, valid until 2027
Passport no.:       [[PASS|{pass_kr}]]
Current address:    [[A|Kölner Landstraße 211a]], [[A|40591 Düsseldorf]]
Home address:       [[A|45 Yanghwa-ro]], [[A|Mapo-gu]], [[A|Seoul 04036]], South Korea
Mobile (DE):        [[T|+49 1522 4830917]]
Mobile (KR):        [[T|+82 10-4417-2093]]

Education
2012–2016  B.Sc. Computer Science, Yonsei University, Seoul
2017–2019  M.Sc. Informatik, Heinrich-Heine-Universität Düsseldorf
           (thesis supervisor: Prof. Dr. [[P|Martin Leuschner]])

Professional experience
since 04/2020  System engineer, Kraftwerk Logistics GmbH, Düsseldorf
               – Windows Server 2019/2022, Active Directory, Microsoft Intune
               – migration of 1,400 clients to Windows 11
2019–2020      Working student, IT service desk, same company

Languages: Korean (native), English (C1), German (C1, telc 2022)

References
1. Dr. [[P|Hyun-woo Lim]], Head of IT, Kraftwerk Logistics GmbH
   [[E|hyunwoo.lim@kraftwerk-logistics.de]] · [[T|+49 211 9382 1470]]
2. Prof. Dr. [[P|Martin Leuschner]], HHU Düsseldorf (contact on request)

I would be happy to introduce myself in person. My notice period is three months to the end of a quarter.

Kind regards,
[[P|Seo-yeon]] ([[P|Sophie]]) [[P|Park]]
""")

# ---------------------------------------------------------------- 002 Word letter: invitation to interview
doc("word", "einladung_vorstellung", """
Stadt Brachtenbeck · Der Bürgermeister · Fachbereich 1 Personal und Organisation · [[N|Marktplatz 1]] · [[N|40899 Brachtenbeck]]

Frau
[[P|Konstantina Papadaki-Wendt]]
[[A|Graf-Adolf-Str. 14]]
[[A|40212 Düsseldorf]]

Ihr Zeichen / Ihre Nachricht vom:   Online-Bewerbung vom 28.08.2025
Unser Zeichen:                      [[AZ|11.21-P/0347/25]]
Auskunft erteilt:                   Frau [[P|Ilona Szymańska]], Zimmer 2.17
Telefon:                            [[N|02102 770-1243]]
E-Mail:                             [[E|i.szymanska@brachtenbeck.de]]
Datum:                              16.09.2025

Einladung zum Vorstellungsgespräch – Sachbearbeitung Elterngeld, Kennziffer [[N|2025/51-03]]

Sehr geehrte Frau [[P|Papadaki-Wendt]],

vielen Dank für Ihre Bewerbung und Ihr Interesse an einer Tätigkeit bei der Stadt Brachtenbeck. Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:

Termin:  Dienstag, 30.09.2025, 10:30 Uhr
Ort:     Rathaus Brachtenbeck, Marktplatz, Sitzungszimmer 3 (Raum 1.04), bitte an der Information im Erdgeschoss melden

Der Auswahlkommission gehören an: Herr [[P|Wolfgang Engel]] (Fachbereichsleitung Jugend), Frau [[P|Aylin Doğan]] (Personalrat), Frau Dr. [[P|Beatrix Lang]] (Gleichstellungsbeauftragte) sowie die Unterzeichnerin. Das Gespräch dauert etwa 45 Minuten; zu Beginn erhalten Sie eine kurze schriftliche Fallaufgabe zum BEEG.

Bitte bringen Sie Ihre Zeugnisse im Original mit. Reisekosten werden nicht erstattet. Sollten Sie den Termin nicht wahrnehmen können, rufen Sie mich bitte an oder schreiben Sie eine kurze E-Mail.

Mit freundlichen Grüßen
Im Auftrag

[[P|Ilona Szymańska]]
""")

# ---------------------------------------------------------------- 003 Personalfragebogen filled as text
tid3 = ids.tax_id()
rv3 = ids.social_security("070290", "D")
kv3 = ids.health_insurance()
iban3 = ids.iban_de()
idc3 = ids.id_card(check_digit=True)
doc("word", "personalfragebogen", f"""
Personalfragebogen – Neueinstellung zum 01.10.2025
(bitte vollständig ausfüllen und mit den Nachweisen an FB 1, Bezügestelle, zurückgeben)

1. Persönliche Angaben
Name:                 [[P|Kaya]]
Vorname(n):           [[P|Emine Sultan]]
Geburtsname:          [[P|Demirtaş]]
Geburtsdatum:         [[DOB|07.02.1990]]          Geburtsort: Gaziantep (Türkei)
Staatsangehörigkeit:  deutsch, türkisch
Familienstand:        verheiratet seit 12.06.2015
Anschrift:            [[A|Hüttenstr. 7]], 3. OG links
                      [[A|40215 Düsseldorf]]
Telefon privat:       [[T|0211 38721904]]
Mobil:                [[T|0176 21 94 58 03]]
E-Mail privat:        [[E|emine.kaya90@web.de]]
Personalausweis-Nr.:  [[IDC|{idc3}]]

2. Steuerliche Angaben
Steuer-Identifikationsnummer:  [[TID|{fmt_taxid(tid3, "2333")}]]
Steuerklasse: IV    Faktor: –    Kinderfreibeträge: 1,0
Konfession (Kirchensteuermerkmal): rk

3. Kinder
[[P|Deniz Kaya]], geb. [[DOB|19.11.2019]]

4. Sozialversicherung
Rentenversicherungsnummer:     [[SSN|{fmt_rv(rv3, "spaced")}]]
Krankenkasse:                  AOK Rheinland/Hamburg
Krankenversichertennummer:     [[KV|{kv3}]]
Schwerbehinderung / Gleichstellung:  nein

5. Bankverbindung für die Bezüge
Kontoinhaberin:  [[P|Emine Sultan Kaya]]
IBAN:            [[IBAN|{group(iban3, 4)}]]
BIC:             DUSSDEDDXXX (Stadtsparkasse Düsseldorf)

6. Notfallkontakt
Name:     [[P|Kaya, Murat]] (Ehemann)
Telefon:  [[T|0157 34812290]]

7. Vorbeschäftigungen im öffentlichen Dienst
01.03.2016 – 30.09.2025  Landeshauptstadt Düsseldorf, Amt für Soziales und Integration, EG 8 TVöD

Ich versichere die Richtigkeit meiner Angaben.
Düsseldorf, 15.09.2025   [[P|E. Kaya]]
""", ["RELIGION"])

# ---------------------------------------------------------------- 004 sick note via smartphone, forwarded
doc("outlook", "krankmeldung", """
Von: [[P|Jankowski, Tomasz]] <[[E|t.jankowski@brachtenbeck.de]]>
Gesendet: Montag, 13. Oktober 2025 08:12
An: Personalamt Brachtenbeck <[[N|personalamt@brachtenbeck.de]]>
Cc: [[P|Nowak-Hegemann, Birgit]] <[[E|b.nowak-hegemann@brachtenbeck.de]]>
Betreff: WG: krank

Hallo zusammen,

zur Info und bitte in Loga eintragen – Herr [[P|Adeyemi]] aus meiner Kolonne ist krankgeschrieben, erstmal bis Mittwoch. Die AU reicht er nach, das Foto unten ist ja nur für mich.

Gruß
[[P|Tomasz Jankowski]]
Kolonnenführer Bauhof, Fachdienst 66.3
Tel. [[N|02102 770-6630]]

-----Ursprüngliche Nachricht-----
Von: [[P|Kwame Adeyemi]] <[[E|kwame.adeyemi85@gmx.de]]>
Gesendet: Montag, 13. Oktober 2025 06:47
An: [[P|Jankowski, Tomasz]] <[[E|t.jankowski@brachtenbeck.de]]>
Betreff: krank

moin [[P|tomasz]],
bin seit gestern nacht richtig krank, fieber und magen darm, war heut nacht beim notdienst. AU bis einschliesslich mittwoch, die ärtzin dr [[P|schönfeld]] hat gesagt wenns nicht besser wird nochmal hin. foto von der au hängt dran.
falls was ist bin unter [[T|0162 9475 301]] erreichbar aber lieg eh nur rum.
sorry wegen der schicht heute, kannst du [[P|andi]] bescheid sagen? der hat den schlüssel für den pritschenwagen [[N|ME-SB 1042]], der steht noch hinterm betriebshof.

gruß [[P|kwame]]

Von meinem iPhone gesendet
""", ["HEALTH"])

# ---------------------------------------------------------------- 005 BEM invitation letter
doc("word", "bem_einladung", """
Stadt Brachtenbeck – Der Bürgermeister
Fachbereich 1 – Personal und Organisation
Betriebliches Eingliederungsmanagement

Persönlich/vertraulich – nur vom Empfänger zu öffnen
Herrn
[[P|Mehdi Rahimzadeh-Tabrizi]]
[[A|Am Kaiserhafen 3-5]]
[[A|41468 Neuss]]

Aktenzeichen:         [[AZ|BEM-2025-0113]]
Ihr Ansprechpartner:  [[P|Jürgen Wolf]], Zimmer 2.21
Durchwahl:            [[N|02102 770-1120]]
Datum:                21.10.2025

Angebot eines Betrieblichen Eingliederungsmanagements (BEM) nach § 167 Abs. 2 SGB IX

Sehr geehrter Herr [[P|Rahimzadeh-Tabrizi]],

Sie waren innerhalb der letzten zwölf Monate länger als sechs Wochen arbeitsunfähig (03.02. bis 28.03.2025 und 11.08. bis 19.09.2025). Nach § 167 Abs. 2 SGB IX bieten wir Ihnen deshalb ein Betriebliches Eingliederungsmanagement an. Ziel ist, gemeinsam mit Ihnen zu klären, wie Ihre Arbeitsunfähigkeit überwunden und erneuter Arbeitsunfähigkeit vorgebeugt werden kann.

Im Vorgespräch am 14.10.2025 hatten Sie mitgeteilt, dass die Fehlzeiten auf einen Bandscheibenvorfall (L4/L5) zurückgehen und Sie das Heben der Aktenkisten im Archiv derzeit nicht schaffen. Das können wir im Erstgespräch aufgreifen, etwa mit einem höhenverstellbaren Schreibtisch oder einer Umsetzung innerhalb des Fachbereichs.

Die Teilnahme ist freiwillig. Auf Ihren Wunsch können Frau [[P|Stavroula Nikolaidou]] (Personalrat), Herr [[P|Ralf Schuster]] (Schwerbehindertenvertretung) und die Betriebsärztin Frau Dr. med. [[P|Ji-hye Song]] teilnehmen. Vorgeschlagener Termin: Mittwoch, 05.11.2025, 14:00 Uhr, Raum 0.12 im Verwaltungsgebäude Kaiserswerther Straße.

Bitte teilen Sie mir bis zum 31.10.2025 mit, ob Sie das Angebot annehmen – mit der beigefügten Rückantwort oder per E-Mail an [[E|j.wolf@brachtenbeck.de]]. Ihre Angaben werden in einer gesonderten BEM-Akte geführt, nicht in der Personalakte.

Mit freundlichen Grüßen
Im Auftrag

[[P|Jürgen Wolf]]
BEM-Beauftragter
""", ["HEALTH"])

# ---------------------------------------------------------------- 006 Personalrat decision, quoted request
doc("outlook", "personalrat_zustimmung", """
Von: Personalrat Stadt Brachtenbeck <[[N|personalrat@brachtenbeck.de]]>
Gesendet: Donnerstag, 2. Oktober 2025 16:05
An: [[P|Szymańska, Ilona]] <[[E|i.szymanska@brachtenbeck.de]]>
Betreff: AW: Beteiligung Personalrat – Einstellungen FB 51 zum 01.11.2025 (Vorlage [[N|PR-2025/188]])

Sehr geehrte Frau [[P|Szymańska]],

der Personalrat hat in seiner Sitzung am 01.10.2025 beschlossen:

1. Der Einstellung von Frau [[P|Fatima-Zahra Benali]] (S 8b TVöD SuE) wird zugestimmt.
2. Der Einstellung von Herrn [[P|Dmytro Bondarenko]] (EG 9a) wird zugestimmt.
3. Zur Einstellung von Frau [[P|Ioana-Maria Popescu]] bittet der Personalrat um Vorlage des Auswahlvermerks, da die interne Bewerberin Frau [[P|Sabine Oberhäuser-Kamp]] nicht eingeladen wurde. Frau [[P|Oberhäuser-Kamp]] ist Mitglied der ver.di und hat ihre Gewerkschaft um Unterstützung gebeten; Kollege [[P|Uwe Brinkhoff]] (ver.di Bezirk Düssel-Rhein-Wupper) wird an der Erörterung teilnehmen.

Die Äußerungsfrist nach § 66 Abs. 3 LPVG NRW ist insoweit nicht in Lauf gesetzt.

Mit freundlichen Grüßen
für den Personalrat
[[P|Gülşen Aydın-Schröder]]
Vorsitzende
Tel. [[N|02102 770-1900]]

Am 24.09.2025 um 09:14 schrieb [[P|Szymańska, Ilona]]:
> Sehr geehrte Frau [[P|Aydın-Schröder]], sehr geehrte Mitglieder des Personalrats,
>
> zu den folgenden Einstellungen bitte ich um Zustimmung nach § 72 Abs. 1 Satz 1 Nr. 1 LPVG NRW:
> - [[P|Benali, Fatima-Zahra]], geb. [[DOB|03.05.1996]], Erzieherin, Kita Sonnenhügel
> - [[P|Bondarenko, Dmytro]], geb. [[DOB|21.11.1988]], Wirtschaftliche Jugendhilfe
> - [[P|Popescu, Ioana-Maria]], geb. [[DOB|09.08.1993]], Unterhaltsvorschuss
>
> Die Bewerbungsunterlagen aller Bewerbenden liegen ab morgen im Personalratsbüro (Raum 1.22) aus.
>
> Mit freundlichen Grüßen
> [[P|Ilona Szymańska]]
""", ["UNION"])

# ---------------------------------------------------------------- 007 travel expenses, English Outlook header
cc7a = ids.credit_card("4", 16)
cc7b = ids.credit_card("54", 16)
doc("outlook", "reisekosten_mail", f"""
From: [[P|Sato, Haruto]] <[[E|h.sato@brachtenbeck.de]]>
Sent: Friday, November 7, 2025 3:18 PM
To: Reisekostenstelle <[[N|reisekosten@brachtenbeck.de]]>
Cc: [[P|Petrović, Milena]] <[[E|m.petrovic@brachtenbeck.de]]>
Subject: RE: Reisekosten Dienstreise Brüssel 03.–05.11.2025 / Genehmigung [[AZ|DR-2025-0871]]

Hallo Frau [[P|Grünewald]],

anbei wie gewünscht die Belege für Brüssel (Genehmigung [[AZ|DR-2025-0871]]). Sorry für das Deutsch-Englisch-Mix, ich schreibe vom Handy im Zug.

- Bahn: ICE 14 Düsseldorf Hbf – Bruxelles-Midi, 2. Klasse, 119,80 EUR (mit BahnCard 25)
- Hotel: 2 Nächte, 268,00 EUR, bezahlt mit meiner privaten Visa [[CC|{group(cc7a, 4)}]], gültig bis 08/27
- Teilnahmegebühr Eurocities-Workshop: 150,00 EUR über meine Mastercard [[CC|{cc7b}]]
- Taxi Gare du Midi – Hotel: 23,40 EUR

Die städtische Firmenkarte (Mastercard Corporate, endet auf 4410) hat an der Hotelrezeption nicht funktioniert, deshalb die private Karte. Kollegin [[P|Milena Petrović]] rechnet separat ab, sie war nur am 04.11. dabei.

Erstattung bitte wie immer auf mein Gehaltskonto. Für Rückfragen bin ich heute bis 18 Uhr unter [[T|0172 4981 336]] erreichbar.

Best regards / Viele Grüße
[[P|Haruto Sato]]
Digitalisierung & IT, FB 10.4

On Thu, Nov 6, 2025 at 5:02 PM [[P|Grünewald, Petra]] <[[E|p.gruenewald@brachtenbeck.de]]> wrote:
> Lieber Herr [[P|Sato]],
> für die Abrechnung benötige ich noch die Hotelrechnung (nicht nur den Kartenbeleg) und die Teilnahmebestätigung. Bitte reichen Sie alles bis 14.11.2025 ein, sonst kann die Zahlung nicht mehr mit den Novemberbezügen erfolgen.
> Viele Grüße
> [[P|Petra Grünewald]]
> Reisekostenstelle, FB 11.3
""")

# ---------------------------------------------------------------- 008 staff directory export (CSV)
staff8 = [
    ("Szymańska", "Ilona", "", "11.2", "Personalgewinnung", "2.17", "1243", "i.szymanska"),
    ("Wolf", "Jürgen", "", "11.4", "BEM / Gesundheitsmanagement", "2.21", "1120", "j.wolf"),
    ("Nguyen", "Van Long", "", "11.3", "Bezügeabrechnung", "2.09", "1131", "vanlong.nguyen"),
    ("Grünewald", "Petra", "", "11.3", "Reisekosten", "2.08", "1135", "p.gruenewald"),
    ("El Amrani", "Nadia", "", "11.1", "Ausbildungsleitung", "2.14", "1110", "n.elamrani"),
    ("Takahashi-Brandt", "Mei", "Dr.", "11", "Fachbereichsleitung", "3.01", "1000", "m.takahashi-brandt"),
    ("de Vries", "Hendrik", "", "11.2", "Stellenbewertung", "2.18", "1244", "h.devries"),
    ("Kowalczyk", "Agnieszka", "", "11.3", "Bezügeabrechnung", "2.10", "1132", "a.kowalczyk"),
    ("Sommer", "Friedrich", "", "11.5", "Arbeitszeit / Zeiterfassung", "2.25", "1150", "f.sommer"),
    ("Hosseini", "Shirin", "", "11.1", "Fortbildung", "2.13", "1112", "s.hosseini"),
    ("Ruiz Gómez", "Alejandro", "", "13", "Rechtsamt (Arbeitsrecht)", "3.11", "1301", "a.ruizgomez"),
    ("Mertens", "Holger", "", "10.2", "Gebäudemanagement", "U1.03", "1020", "h.mertens"),
    ("Ouédraogo", "Serge", "", "61.1", "Stadtplanung (abgeordnet)", "4.07", "6110", "serge.ouedraogo"),
]
rows8 = "\n".join(
    f"[[P|{ln}]];[[P|{fn}]];{ti};{oe};{fu};{ra};[[N|02102 770-{ext}]];[[E|{em}@brachtenbeck.de]]"
    for ln, fn, ti, oe, fu, ra, ext, em in staff8)
doc("word", "telefonverzeichnis_csv", f"""
Auszug Telefon- und E-Mail-Verzeichnis FB 1 und Schnittstellen (Export aus dem Verzeichnisdienst, Stand 01.10.2025) – nur für den Dienstgebrauch

Nachname;Vorname;Titel;OE;Funktion;Raum;Telefon;E-Mail
{rows8}
Servicetelefon Personalamt;;;11;Erstkontakt;EG.05;[[N|02102 770-1100]];[[N|personalamt@brachtenbeck.de]]
Bewerbungseingang;;;11.2;Funktionspostfach;;;[[N|bewerbung@brachtenbeck.de]]

Hinweis: Abwesenheitsvertretungen siehe Intranet > Organisation > Geschäftsverteilungsplan (GVP 2025, Stand Juli).
""")

# ---------------------------------------------------------------- 009 Moroccan applicant, quoted chain FR/DE
pass_ma = letters_digits("ABCDEFGHJKLMNPRSTUVWXYZ", 7)
doc("outlook", "anerkennung_ausland", f"""
Betreff: AW: AW: Anerkennung Diplom – candidature Erzieher (Kennziffer [[N|2025/51-11]])

Sehr geehrter Herr [[P|El Idrissi]],

vielen Dank für die Unterlagen, sie sind vollständig angekommen. Für eine Einstellung als Erzieher benötigen wir allerdings den Bescheid über die Anerkennung Ihres Abschlusses durch die Bezirksregierung Köln. Sobald Sie den Bescheid haben, schicken Sie ihn bitte direkt an mich; wir halten die Stelle bis zum 30.11.2025 für Sie offen, danach müssten wir neu entscheiden.

Mit freundlichen Grüßen
[[P|Nadia El Amrani]]
Ausbildungsleitung / Personalgewinnung
Stadt Brachtenbeck, FB 1

Am 02.10.2025 um 22:51 schrieb [[P|Youssef El Idrissi]] <[[E|y.elidrissi@menara.ma]]>:

> Bonjour Madame [[P|El Amrani]], sehr geehrte Frau [[P|El Amrani]],
>
> ich schicke die Unterlagen nochmal, beim ersten Mal war der Anhang zu groß. Mein Diplom (Licence professionnelle Éducation de la petite enfance, Université Hassan II, 2017) ist übersetzt und beglaubigt. Das Anerkennungsverfahren bei der Bezirksregierung läuft unter dem Aktenzeichen [[AZ|48.3-2025-11873]].
>
> Meine Daten:
> [[P|Youssef El Idrissi]], né le [[DOB|17/04/1992]] à Fès
> Adresse in Deutschland: c/o [[P|Rachid Haddaoui]], [[A|Flurstraße 62]], [[A|40235 Düsseldorf]]
> Adresse au Maroc: [[A|12, Rue Ibn Batouta]], Quartier Gauthier, [[A|20080 Casablanca]]
> Passeport marocain n° [[PASS|{pass_ma}]]
> Tél.: [[T|+212 6 61 48 27 93]] / hier in D: [[T|0157 8823 4410]]
>
> Cordialement / Mit freundlichen Grüßen
> [[P|Youssef El Idrissi]]
>
> Le 29/09/2025 à 10:05, [[P|El Amrani, Nadia]] a écrit :
>> Sehr geehrter Herr [[P|El Idrissi]],
>> bitte senden Sie uns noch eine Kopie Ihres Passes und den Stand des Anerkennungsverfahrens.
>> Mit freundlichen Grüßen, [[P|N. El Amrani]]
""")

# ---------------------------------------------------------------- 010 Aktennotiz: applicant with disability
idc10 = ids.id_card()
doc("word", "aktennotiz_bewerbung", f"""
Aktennotiz

Vorgang:            Stellenbesetzung Sachbearbeitung Bürgerbüro, Kennziffer [[N|2025/32-05]]
Az.:                [[AZ|11.21-P/0361/25]]
Gesprächspartnerin: Frau [[P|Parisa Ghorbani-Nejad]], Bewerberin, geb. [[DOB|2. November 1985]]
Datum/Uhrzeit:      23.09.2025, 11:20 Uhr, telefonisch (Rückruf auf [[T|0163 552 18 07]])
Bearbeiter:         [[P|Hendrik de Vries]], FB 11.2

Frau [[P|Ghorbani-Nejad]] teilte mit, dass sie schwerbehindert ist (GdB 60, Multiple Sklerose, schubförmig) und bat darum, dies bei der Organisation des Vorstellungsgesprächs zu berücksichtigen: ebenerdiger Raum, Termin nicht vor 10 Uhr, bei Bedarf eine kurze Pause. Als schwerbehinderte Bewerberin ist sie nach § 165 Satz 3 SGB IX zum Vorstellungsgespräch einzuladen, sofern die fachliche Eignung nicht offensichtlich fehlt; das ist hier nicht der Fall.

Die Schwerbehindertenvertretung (Herr [[P|Schuster]]) wurde am selben Tag per E-Mail informiert.

Den Schwerbehindertenausweis (gültig bis 06/2028) legt Frau [[P|Ghorbani-Nejad]] beim Termin vor; die Identität wird dabei anhand des Personalausweises ([[IDC|{idc10}]]) geprüft, eine Kopie wird nicht gefertigt.

Neue Anschrift (bitte im Bewerbermanagement ändern): [[A|Kopernikusstraße 8]], [[A|40225 Düsseldorf]]; bisher [[A|Ackerstraße 101]], [[A|40233 Düsseldorf]].

Wiedervorlage: 30.09.2025

gez. [[P|de Vries]]
""", ["HEALTH"])

# ---------------------------------------------------------------- 011 Polish new hire, informal, typos
tid11 = ids.tax_id()
rv11 = ids.social_security("120393", "W")
kv11 = ids.health_insurance()
iban11de = ids.iban_de()
iban11pl = ids.iban("PL", 24)
doc("outlook", "onboarding_mail", f"""
Betreff: Unterlagen für Einstellung / bankverbindung + steuer ID

Hallo Frau [[P|Kowalczyk]],

wie besprochen schicke ich ihnen die fehlende daten für die gehaltsabrechnung. Bitte entschuldigen sie meine fehler, mein deutsch ist noch nicht so gut wie mein polnisch :)

Geburtsdatum: [[DOB|12.03.1993]] (steht falsch im vertrag, dort 21.03.)
Steuer-ID: [[TID|{tid11}]]
Sozialversicherungsnr. hab ich jetzt bekommen: [[SSN|{fmt_rv(rv11, "spaced4")}]] (mit W weil mein mädchenname [[P|Wiśniewska]] ist)
Krankenkasse: Techniker, Versichertennummer [[KV|{fmt_kv(kv11, "spaced")}]]

Konto in Deutschland (ab November bitte dort): [[IBAN|{iban11de}]]
Für Oktober bitte noch auf mein polnisches konto: [[IBAN|{group(iban11pl, 4)}]] (PKO BP), kontoinhaberin steht noch [[P|Małgorzata Wiśniewska]]

meine neue adresse in deutschland: [[A|Bahnstr. 23a]], [[A|40721 Hilden]]. In polen bin ich noch gemeldet: [[A|ul. Długa 15/3]], [[A|80-831 Gdańsk]].

Danke und liebe Grüße
[[P|Małgorzata]] ([[P|Gosia]]) [[P|Król]]
tel. [[T|+48 601 372 884]] oder [[T|0152 0837 1946]]
""")

# ---------------------------------------------------------------- 012 Personalrat minutes with attendee list
doc("word", "protokoll_personalrat", """
Niederschrift über die 14. Sitzung des Personalrats der Stadt Brachtenbeck am 01.10.2025
Ort: Rathaus, Sitzungszimmer 2 (Raum 1.22) – Beginn 09:00 Uhr – Ende 11:45 Uhr

Anwesend:
[[P|Gülşen Aydın-Schröder]] (Vorsitzende)
[[P|Stavroula Nikolaidou]] (stellv. Vorsitzende)
[[P|Bernd Küppers]]
[[P|Oleksandr Tkachenko]]
[[P|Miriam Ben-David]]
[[P|Kai-Uwe Heßling]]
[[P|Ralf Schuster]] (Vertrauensperson der schwerbehinderten Menschen, beratend)
Entschuldigt: [[P|Aylin Doğan]]
Gäste zu TOP 3: Dr. [[P|Mei Takahashi-Brandt]] (Fachbereichsleitung 1), [[P|Hendrik de Vries]] (Stellenbewertung)
Schriftführung: [[P|Bernd Küppers]]

TOP 1  Genehmigung der Niederschrift vom 17.09.2025 – einstimmig genehmigt.

TOP 2  Einstellungen FB 51 (Vorlage [[N|PR-2025/188]]): Zustimmung zu [[P|Benali]] und [[P|Bondarenko]] (je 7:0:0); Einstellung [[P|Popescu]] zurückgestellt, siehe gesonderte Stellungnahme an FB 1.

TOP 3  Höhergruppierung Herr [[P|Nguyen]] (Bezügeabrechnung) nach EG 9b: Frau Dr. [[P|Takahashi-Brandt]] erläutert die Stellenbewertung (Stellen-Nr. 11.3.004, Bewertung nach KGSt-Gutachten). Zustimmung 6:0:1.

TOP 4  Beabsichtigte Kündigung in der Probezeit, Herr [[P|Lukas Pfeiffer-Amadi]] (Bauhof): Der Personalrat erhebt Einwendungen nach § 74 Abs. 2 LPVG NRW. Die Fehlzeiten gehen überwiegend auf eine inzwischen abgeschlossene Suchttherapie zurück; Herr [[P|Pfeiffer-Amadi]] ist seit Juli wieder voll einsatzfähig. Der Personalrat regt eine Verlängerung der Probezeit statt einer Kündigung an.

TOP 5  Verschiedenes: Personalversammlung am 27.11.2025 in der Stadthalle (Kirchplatz). Kollege [[P|Tkachenko]] bereitet den Bericht zur Dienstvereinbarung KI-Assistent vor.

gez. [[P|Aydın-Schröder]]            gez. [[P|Küppers]]
Vorsitzende                          Schriftführer
""", ["HEALTH"])

# ---------------------------------------------------------------- 013 English application, Nigerian/British applicant
doc("outlook", "bewerbung_en", """
From: [[P|Chiamaka Okonkwo]] <[[E|chiamaka.okonkwo@outlook.com]]>
Sent: 15 September 2025 19:03
To: [[N|bewerbung@brachtenbeck.de]]
Subject: Application: Social Worker (m/f/d), Reference [[N|2025/50-02]] – [[P|Chiamaka Okonkwo]]

Dear Ms [[P|Szymańska]],

I am writing to apply for the position of social worker in your youth welfare office (Allgemeiner Sozialer Dienst). I qualified in 2014 (BA Social Work, University of Manchester) and have since worked in child protection for a county council in Oxfordshire.

Personal details
Full name:      [[P|Chiamaka Adaeze Okonkwo]]
Date of birth:  [[DOB|02/11/1989]]
Address:        [[A|27 Cowley Road]]
                [[A|Oxford OX4 1HP]]
                United Kingdom
Phone:          [[T|+44 7911 482736]]
German:         B2 (Goethe-Zertifikat, 2024), currently attending a C1 course

I will be in Düsseldorf from 20 to 24 October visiting my partner, [[P|Tobias Achterberg]] ([[A|Ludenberger Str. 41]], [[A|40629 Düsseldorf]]), so an interview during that week would be ideal. If my UK number does not work, you can reach me through him on [[T|0173 915 2846]].

References
1. Mrs [[P|Helen Whitfield]], Team Manager Children's Services – [[E|helen.whitfield@occ-childrens.org.uk]]
2. Dr [[P|Emeka Nwosu]], former lecturer, Manchester (letter attached)

Thank you for considering my application.

Yours sincerely,
[[P|Chiamaka Okonkwo]]
""")

# ---------------------------------------------------------------- 014 family allowance after same-sex marriage
tnr14 = ids.tax_number_nrw()
vat14 = ids.vat_id()
kv14 = ids.health_insurance()
doc("outlook", "familienzuschlag", f"""
Von: [[P|Breitenbach, Jonas]] <[[E|j.breitenbach@brachtenbeck.de]]>
Gesendet: Montag, 15. September 2025 10:41
An: [[P|Nguyen, Van Long]] <[[E|vanlong.nguyen@brachtenbeck.de]]>
Betreff: Änderung Familienstand – Familienzuschlag Stufe 1 / Beihilfe

Sehr geehrter Herr [[P|Nguyen]],

ich habe am 05.09.2025 meinen langjährigen Partner geheiratet und bitte um Zahlung des Familienzuschlags der Stufe 1 ab September sowie um Berücksichtigung meines Mannes bei der Beihilfe. Die Eheurkunde des Standesamts Düsseldorf füge ich als Scan bei.

Daten meines Ehemannes:
Name:          [[P|Daniel Ferreira-Lindqvist]], geb. [[P|Ferreira]]
geboren:       [[DOB|28.01.1986]] in Porto
Anschrift:     [[A|Benrather Schlossallee 93]], [[A|40597 Düsseldorf]] (gemeinsame Wohnung)
Tätigkeit:     selbstständiger Fotograf
Steuernummer:  [[TNR|{tnr14}]]
USt-IdNr.:     [[VAT|{vat14}]]
Krankenversicherung: freiwillig gesetzlich, Versichertennummer [[KV|{kv14}]]

Sein Gesamtbetrag der Einkünfte lag 2024 über 20.000 EUR; den Steuerbescheid reiche ich nach, falls Sie ihn für die Beihilfe brauchen.

Meine Personalnummer: [[N|40917]]

Viele Grüße
[[P|Jonas Breitenbach]]
Stadtinspektor, Bürgerbüro, Sachgebiet 32.1
""", ["SEXUAL_ORIENTATION"])

# ---------------------------------------------------------------- 015 new hires table pasted from Excel
hires15 = [
    ("50231", "Benali, Fatima-Zahra", "030596", "B", "51.3", "S 8b / 2", "51.3.017", "unbefristet", "spaced"),
    ("50232", "Bondarenko, Dmytro", "211188", "B", "51.4", "E 9a / 3", "51.4.006", "bis 31.10.2027", "plain"),
    ("50233", "Mwangi, Grace Wanjiru", "140601", "M", "11.1", "Azubi VFA-K", "–", "bis 31.08.2028", "spaced"),
    ("50234", "Lê, Minh Tuấn", "301299", "L", "10.4", "E 10 / 1", "10.4.012", "unbefristet", "plain"),
    ("50235", "Ivanova, Yekaterina", "070784", "I", "66.3", "E 5 / 4", "66.3.041", "unbefristet", "spaced"),
    ("50236", "Kurt, Baran", "190208", "K", "11.1", "Azubi FiSi", "–", "bis 31.07.2028", "plain"),
]
dob_styles = {"030596": "03.05.1996", "211188": "21.11.1988", "140601": "14.06.2001", "301299": "30.12.1999",
              "070784": "07.07.1984", "190208": "19.02.2008"}
rows15 = []
for pnr, name, dob, letter, oe, eg, stelle, bef, style in hires15:
    rv = fmt_rv(ids.social_security(dob, letter), style)
    nick = " ([[P|Katja]])" if name.startswith("Ivanova") else ""
    rows15.append(f"[[N|{pnr}]]\t[[P|{name}]]{nick}\t[[DOB|{dob_styles[dob]}]]\t[[SSN|{rv}]]\t01.11.2025\t{oe}\t{eg}\t{stelle}\t{bef}")
rows15 = "\n".join(rows15)
doc("word", "neueinstellungen_tabelle", f"""
Neueinstellungen zum 01.11.2025 – Übersicht für Bezügestelle und IT (Kontenanlage)

Pers.-Nr.\tName, Vorname\tgeb.\tRV-Nr.\tEintritt\tOE\tEG/Stufe\tStelle\tBefristung
{rows15}

Hinweise:
– Für Frau [[P|Mwangi]] und Herrn [[P|Kurt]] bitte die Ausbildungsverträge über Frau [[P|El Amrani]] (11.1) anfordern; Herr [[P|Kurt]] ist bei Eintritt noch minderjährig, Unterschrift der Eltern erforderlich.
– Herr [[P|Lê]] benötigt Zugänge zu SAP, Fachverfahren OK.VORSORGE und zur Telefonanlage (Nebenstelle 770-1047 ist frei).
– Frau [[P|Ivanova]] möchte im Verzeichnis mit „[[P|Katja]]“ geführt werden.

Erstellt: [[P|V. L. Nguyen]], 11.3 – 20.10.2025
""")

# ---------------------------------------------------------------- 016 religious holidays, shift swap
doc("outlook", "arbeitszeit_religion", """
Von: [[P|Papadopoulos, Evangelos]] <[[E|e.papadopoulos@brachtenbeck.de]]>
Gesendet: Mittwoch, 18. Februar 2026 12:30
An: [[P|Sommer, Friedrich]] <[[E|f.sommer@brachtenbeck.de]]>
Cc: [[P|Ben-David, Miriam]] <[[E|m.ben-david@brachtenbeck.de]]>
Betreff: Urlaub orthodoxe Ostern 10.–13.04.2026 + Tausch Rufbereitschaft

Hallo [[P|Friedrich]],

wie jedes Jahr möchte ich zu Ostern nach dem orthodoxen Kalender frei nehmen. Als griechisch-orthodoxer Christ sind mir Karfreitag (10.04.) und Ostermontag (13.04.2026) wichtig, wir fahren zur Familie nach Thessaloniki. Dafür übernehme ich die Rufbereitschaft über das westliche Osterwochenende (03.–06.04.2026) für [[P|Miriam]], die dafür im September an Jom Kippur frei braucht. Das haben wir untereinander schon abgesprochen, sie ist in Cc.

Kannst du das in ATOSS so eintragen? Den Urlaubsantrag habe ich im Portal gestellt (Antrag-Nr. [[AZ|UA-2026-0219]]).

Danke & Gruß
[[P|Vangelis]]

[[P|Evangelos Papadopoulos]]
IT-Service / Rufbereitschaft, FB 10.4
Erreichbar im Urlaub: [[T|+30 694 518 2730]]
Urlaubsanschrift: [[A|Odos Egnatia 112]], [[A|54630 Thessaloniki]]
""", ["RELIGION"])

# ---------------------------------------------------------------- 017 rejection letter, Ukrainian applicant
pass_ua = letters_digits("ABCEFHKMNPTX", 6)
doc("word", "absage", f"""
Stadt Brachtenbeck · FB 1 · [[N|Marktplatz 1]] · [[N|40899 Brachtenbeck]]

Frau
[[P|Oleksandra Kovalenko]]
c/o [[P|Hartmann]]
[[A|Am Dammsteg 44]]
[[A|42105 Wuppertal]]

Geschäftszeichen: [[AZ|FB1-BW-2025-00731]] (bitte bei Antwort angeben)
Brachtenbeck, 10.10.2025

Ihre Bewerbung vom 04.08.2025 – Sachbearbeitung Grundsteuer, Kennziffer [[N|2025/20-01]]

Sehr geehrte Frau [[P|Kovalenko]],

vielen Dank für Ihre Bewerbung. Nach sorgfältiger Prüfung aller Unterlagen haben wir uns für eine Bewerberin entschieden, die bereits Erfahrung mit dem Grundsteuerrecht nach dem Bundesmodell hat. Wir bedauern, Ihnen keine positive Nachricht geben zu können.

Wie am Telefon mit Ihrem Betreuer, Herrn [[P|Viktor Hartmann]] (Diakonie Wuppertal), besprochen, senden wir die Kopie Ihres ukrainischen Reisepasses (Nr. [[PASS|{pass_ua}]]) und die beglaubigte Übersetzung Ihres Diploms mit diesem Schreiben zurück. Ihre übrigen Daten bewahren wir nach § 15 Abs. 4 AGG sechs Monate auf und löschen sie danach.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute. Gern können Sie sich auf weitere Ausschreibungen unter www.brachtenbeck.de/karriere bewerben.

Mit freundlichen Grüßen
Im Auftrag

[[P|Hendrik de Vries]]
""")

# ---------------------------------------------------------------- 018 Personalrat objects to fingerprint terminals
doc("outlook", "zeiterfassung_biometrie", """
Von: [[P|Nikolaidou, Stavroula]] <[[E|s.nikolaidou@brachtenbeck.de]]>
Gesendet: Donnerstag, 9. Oktober 2025 14:22
An: [[P|Sommer, Friedrich]] <[[E|f.sommer@brachtenbeck.de]]>; [[P|Takahashi-Brandt, Mei]] Dr. <[[E|m.takahashi-brandt@brachtenbeck.de]]>
Cc: Personalrat <[[N|personalrat@brachtenbeck.de]]>
Betreff: Pilot Fingerabdruck-Terminals Bauhof – Widersprüche der Beschäftigten

Sehr geehrte Frau Dr. [[P|Takahashi-Brandt]], lieber [[P|Friedrich]],

für den Pilotbetrieb der Zeiterfassungsterminals mit Fingerabdruckleser (TimeMoto TM-818) im Bauhof liegen dem Personalrat folgende schriftliche Widersprüche gegen die Speicherung der Fingerabdruck-Templates vor:

Name                  | Pers.-Nr. | Bereich             | Widerspruch vom
[[P|Adeyemi, Kwame]]        | [[N|30418]]     | Grünflächen         | 06.10.2025
[[P|Jovanović, Dragan]]     | [[N|30422]]     | Straßenunterhaltung | 06.10.2025
[[P|Şahin, Elif]]           | [[N|30517]]     | Werkstatt           | 07.10.2025
[[P|Morozov, Artjom]]       | [[N|30533]]     | Grünflächen         | 08.10.2025
[[P|Haas, Benedikt]]        | [[N|30541]]     | Fuhrpark            | 08.10.2025

Bei Herrn [[P|Haas]] wurde der Fingerabdruck bereits am 29.09. eingelesen, obwohl er seinen Widerspruch angekündigt hatte. Wir bitten um Löschung des Templates und eine schriftliche Bestätigung. Frau [[P|Şahin]] kann wegen einer chronischen Hauterkrankung an den Händen ohnehin nicht zuverlässig erfasst werden; für sie muss eine Alternative ohne Biometrie angeboten werden.

Bis zum Abschluss des Mitbestimmungsverfahrens nach § 72 Abs. 3 Nr. 2 LPVG NRW erwarten wir, dass für alle Beschäftigten die Erfassung per Transponder oder PIN möglich bleibt.

Mit freundlichen Grüßen
[[P|Stavroula Nikolaidou]]
stellv. Vorsitzende des Personalrats
""", ["BIOMETRIC", "HEALTH"])

# ---------------------------------------------------------------- 019 secondary employment, Vietnamese employee
tnr19 = ids.tax_number_federal_nrw()
vat19 = ids.vat_id()
iban19 = ids.iban_de()
doc("outlook", "nebentaetigkeit", f"""
Von: [[P|Nguyen, Thi Thu Ha]] <[[E|thithuha.nguyen@brachtenbeck.de]]>
An: Personalamt <[[N|personalamt@brachtenbeck.de]]>
Betreff: Anzeige Nebentätigkeit – Dolmetscherin Vietnamesisch

Sehr geehrte Damen und Herren,

hiermit zeige ich nach § 3 Abs. 3 TVöD meine Nebentätigkeit an. Ab 01.12.2025 arbeite ich freiberuflich als Dolmetscherin und Übersetzerin Vietnamesisch–Deutsch, höchstens 6 Stunden pro Woche und nur außerhalb der Dienstzeit, vor allem für Gerichte und die Polizei im Kreis Mettmann. Eine Tätigkeit für die Ausländerbehörde der Stadt übernehme ich nicht, um Interessenkonflikte auszuschließen.

Angaben:
Name:               [[P|Nguyễn Thị Thu Hà]] (im Personalsystem: [[P|Nguyen Thi Thu Ha]])
Dienststelle:       Bürgerbüro, Sachgebiet 32.1
Büroanschrift:      [[A|Kölner Straße 180]], [[A|40227 Düsseldorf]] (Bürogemeinschaft mit Herrn [[P|Trần Quốc Bảo]])
Steuernummer:       [[TNR|{tnr19}]]
USt-IdNr.:          [[VAT|{vat19}]]
Geschäftskonto:     [[IBAN|{group(iban19, 4)}]]
Telefon Büro:       [[T|0211 91384460]]

Die Vergütung richtet sich nach dem JVEG und wird voraussichtlich unter 400 EUR im Monat liegen.

Mit freundlichen Grüßen
[[P|Thu Hà Nguyễn]]
""")

# ---------------------------------------------------------------- 020 hiring order (Verfügung)
pass20 = ids.passport(check_digit=True)
tid20 = ids.tax_id()
doc("word", "einstellungsverfuegung", f"""
Stadt Brachtenbeck
Fachbereich 1 – Personal und Organisation
Az.: [[AZ|11.21-P/0329/25]]                                         Brachtenbeck, 22.09.2025

Verfügung

1. Herr Dr. rer. nat. [[P|Kenji Watanabe-Schulte]], geb. am [[DOB|4. Juni 1983]], wohnhaft [[A|Lindemannstraße 77]], [[A|40237 Düsseldorf]], wird mit Wirkung vom 01.01.2026 als Klimaschutzmanager (Stelle 61.2.003, EG 13 TVöD, Stufe 3) unbefristet eingestellt. Probezeit: sechs Monate. Identität geprüft anhand Reisepass Nr. [[PASS|{pass20}]] am 19.09.2025.

2. Die einschlägige Berufserfahrung bei der Klimaagentur Rhein-Ruhr gGmbH (2016–2025) wird nach § 16 Abs. 2 TVöD-VKA berücksichtigt.

3. Der Personalrat hat am 17.09.2025 zugestimmt (Vorlage [[N|PR-2025/171]]). Die Gleichstellungsbeauftragte, Frau Dr. [[P|Beatrix Lang]], wurde beteiligt und hat keine Einwände erhoben. Eine Beteiligung der Schwerbehindertenvertretung war nicht erforderlich.

4. Herrn [[P|Watanabe-Schulte]] den Arbeitsvertrag in zweifacher Ausfertigung übersenden; die Steuer-ID ([[TID|{fmt_taxid(tid20, "333-2")}]]) liegt vor, Personalfragebogen und Sozialversicherungsausweis anfordern.

5. FB 61 (Herr [[P|Holger Stratmann]]) über den Dienstbeginn informieren; Arbeitsplatz und Notebook bei FB 10.4 bestellen.

6. Z. d. A.

i. A.
[[P|Szymańska]]

gez. [[P|Takahashi-Brandt]], Fachbereichsleiterin
""")

# ---------------------------------------------------------------- 021 maternity: reply on top, original below
kv21 = ids.health_insurance()
doc("outlook", "mutterschutz", f"""
Betreff: AW: Mitteilung Schwangerschaft

Liebe Frau [[P|Rostami]],

herzlichen Glückwunsch! Ich habe die Mitteilung an die Arbeitsschutzstelle weitergegeben (Gefährdungsbeurteilung Ihres Arbeitsplatzes), ansonsten bleibt sie bei mir. Die Arbeitgeberbescheinigung für die BARMER schicke ich Ihnen bis Freitag an Ihre Privatanschrift [[A|Solinger Straße 58]], [[A|40764 Langenfeld]] – stimmt die noch?

Beste Grüße
[[P|Agnieszka Kowalczyk]]
Bezügeabrechnung, FB 11.3

-----Ursprüngliche Nachricht-----
Von: [[P|Rostami, Leila]] <[[E|l.rostami@brachtenbeck.de]]>
Gesendet: Dienstag, 21. Oktober 2025 07:55
An: [[P|Kowalczyk, Agnieszka]] <[[E|a.kowalczyk@brachtenbeck.de]]>
Betreff: Mitteilung Schwangerschaft

Liebe Frau [[P|Kowalczyk]],

ich möchte Ihnen mitteilen, dass ich schwanger bin. Der voraussichtliche Entbindungstermin ist laut Mutterpass der 14.02.2026, die Schutzfrist würde also am 03.01.2026 beginnen. Die ärztliche Bescheinigung meiner Frauenärztin, Dr. [[P|Farah Qureshi]], hängt an.

Für das Mutterschaftsgeld brauche ich eine Arbeitgeberbescheinigung für die BARMER, meine Versichertennummer ist [[KV|{fmt_kv(kv21, "spaced")}]]. Unsere Tochter [[P|Sahar]] (geb. [[DOB|11.09.2021]]) ist über meinen Mann familienversichert, falls das eine Rolle spielt.

Bitte behandeln Sie das vertraulich – im Team weiß es noch niemand, nur meine Sachgebietsleiterin Frau [[P|Haferkamp]].

Herzliche Grüße
[[P|Leila Rostami]]
Ausländerbehörde, Sachgebiet 32.2
""", ["HEALTH"])

# ---------------------------------------------------------------- 022 travel expense form with Amex, private car
cc22 = ids.credit_card("37", 15)
iban22_city = ids.iban_de()
doc("word", "reisekosten_formular", f"""
Antrag auf Reisekostenvergütung nach dem LRKG NRW – Abrechnungs-Nr. [[AZ|RK-25-01944]]

Name, Vorname:        [[P|Dąbrowski, Paweł]]
Personalnummer:       [[N|20311]]          Dienststelle: FB 66 – Tiefbau, Sachgebiet 66.2
Privatanschrift:      [[A|Gerresheimer Landstraße 118]], [[A|40627 Düsseldorf]]
Dienstreise:          Fachtagung Straßenerhaltung, Berlin, 15.–16.10.2025
Genehmigung:          vom 02.09.2025, Vorgang [[AZ|DR-2025-0812]]
Verkehrsmittel:       privater Pkw (triftiger Grund: Transport des Georadars), amtl. Kennzeichen [[KFZ|D-PD 2718]]
Mitfahrende:          Herr [[P|Emre Yıldız]] (FB 66), Frau [[P|Kateryna Shevchuk]] (FB 66)

Wegstrecke:           2 × 571 km = 1.142 km × 0,30 EUR        = 342,60 EUR
Mitnahmeentschädigung: 2 Personen × 1.142 km × 0,02 EUR        =  45,68 EUR
Übernachtung:         1 Nacht, Hotel am Ostbahnhof (ohne Frühstück) = 139,00 EUR
                      bezahlt mit Kreditkarte American Express [[CC|{cc22[:4]} {cc22[4:10]} {cc22[10:]}]]
Parkgebühren:         18,00 EUR
Tagegeld:             2 Tage nach § 7 LRKG

Auszahlung auf die bekannte Bankverbindung (IBAN endet auf …4471). Eine Überzahlung ist an die Stadtkasse Brachtenbeck, IBAN [[N|{group(iban22_city, 4)}]], zurückzuzahlen.

Ich versichere die Richtigkeit meiner Angaben.
Düsseldorf, 20.10.2025                         [[P|Paweł Dąbrowski]]

Sachlich richtig:    [[P|Derya Kuhlmann]], Sachgebietsleitung 66.2
Rechnerisch richtig: [[P|P. Grünewald]], 11.3
""")

# ---------------------------------------------------------------- 023 Japanese applicant, English, reply on top
pass_jp = letters_digits("MNRTK", 7)
doc("outlook", "anfrage_en", f"""
Subject: RE: Inquiry about vacancy "Internationale Städtepartnerschaften" (Ref. [[N|2025/13-01]]) – [[P|YAMAMOTO Haruka]]

Dear Ms [[P|Yamamoto]],

thank you for your interest. Applicants from outside the EU are very welcome. If you are selected, we would support your application for an EU Blue Card; the German embassy in Tokyo usually needs four to eight weeks. My colleague Mr [[P|Hendrik de Vries]] will contact you about a video interview in November.

Kind regards
[[P|Nadia El Amrani]]
Personnel Office, City of Brachtenbeck

-----Original Message-----
From: [[P|Haruka Yamamoto]] <[[E|h.yamamoto0630@yahoo.co.jp]]>
Sent: Monday, October 13, 2025 4:12 AM
To: [[N|bewerbung@brachtenbeck.de]]
Subject: Inquiry about vacancy "Internationale Städtepartnerschaften" (Ref. [[N|2025/13-01]]) – [[P|YAMAMOTO Haruka]]

Dear Personnel Office,

My name is [[P|YAMAMOTO Haruka]] (family name [[P|Yamamoto]]). I work in the international relations section of a city government in the Tokyo area and would like to apply for your coordinator position. Before I submit, I would like to ask whether applicants from outside the EU can be considered.

Some details:
- Date of birth: [[DOB|1991-06-30]]
- Address: [[A|2-14-7 Kichijoji-Honcho]], [[A|Musashino-shi]], [[A|Tokyo 180-0004]], Japan
- Passport: [[PASS|{pass_jp}]] (Japan), valid until 2031
- Phone / LINE: [[T|+81 90-4827-3316]]
- German: C1 (Goethe-Institut Tokyo, 2023)

In 2015/16 I was an exchange student in Bonn and lived with the family of Mr [[P|Gerhard Liebig]], [[A|Poppelsdorfer Allee 58]], [[A|53115 Bonn]], who is happy to act as a reference.

Best regards,
[[P|Haruka Yamamoto]]
""")

# ---------------------------------------------------------------- 024 AGG complaint (ethnic origin), forwarded
doc("outlook", "agg_beschwerde", """
Von: [[P|Lang, Beatrix]] Dr. <[[E|b.lang@brachtenbeck.de]]>
Gesendet: Freitag, 10. Oktober 2025 09:02
An: [[P|de Vries, Hendrik]] <[[E|h.devries@brachtenbeck.de]]>
Betreff: WG: Beschwerde nach § 13 AGG – Vorstellungsgespräch am 08.10.2025

Hallo Herr [[P|de Vries]],

bitte sichern Sie den Auswahlvermerk und die Gesprächsnotizen zum Verfahren [[AZ|11.21-P/0388/25]] und geben Sie nichts heraus, bevor wir gesprochen haben. Die Beschwerde ist bei der AGG-Beschwerdestelle unter [[AZ|AGG-B 03/2025]] erfasst. Herrn [[P|Kaltenbach]] informiere ich selbst.

Gruß
[[P|B. Lang]]

-----Ursprüngliche Nachricht-----
Von: [[P|Daniela Căldăraru]] <[[E|daniela.caldararu90@yahoo.com]]>
Gesendet: Donnerstag, 9. Oktober 2025 21:37
An: [[P|Lang, Beatrix]] Dr. <[[E|b.lang@brachtenbeck.de]]>
Betreff: Beschwerde nach § 13 AGG – Vorstellungsgespräch am 08.10.2025

Sehr geehrte Frau Dr. [[P|Lang]],

ich bin Romni, meine Familie kommt aus Rumänien, und ich habe mich als Schulsekretärin beworben. Im Vorstellungsgespräch am 08.10.2025 hat mich Herr [[P|Dieter Kaltenbach]] gefragt, ob „bei uns“ alle so viele Kinder haben und ob meine Familie „noch viel unterwegs“ sei. Frau [[P|Aylin Doğan]] vom Personalrat hat dann schnell das Thema gewechselt. Ich habe mich sehr gedemütigt gefühlt.

Meine Schwester [[P|Florentina Căldăraru]] hat im Flur gewartet und kann bestätigen, in welchem Zustand ich danach war.

Meine Daten: [[P|Daniela-Mihaela Căldăraru]], geb. [[DOB|22.12.1990]], [[A|Wiesenstraße 14]], [[A|40549 Düsseldorf]], Tel. [[T|0176 5529 0183]].

Ich möchte, dass das dokumentiert wird.

Mit freundlichen Grüßen
[[P|Daniela Căldăraru]]
""", ["ETHNICITY"])

# ---------------------------------------------------------------- 025 reference letter draft
doc("word", "arbeitszeugnis", """
Arbeitszeugnis (Entwurf, Stand 25.09.2025)

Frau [[P|Rama Al-Khatib]], geboren am [[DOB|12. Mai 1987]] in Homs (Syrien), war vom 01.04.2019 bis zum 30.09.2025 bei der Stadt Brachtenbeck im Fachbereich 50 – Soziales als Sachbearbeiterin in der Leistungsgewährung nach dem Zwölften Buch Sozialgesetzbuch beschäftigt.

Zu ihren Aufgaben gehörten die Bearbeitung von Anträgen auf Hilfe zum Lebensunterhalt und Grundsicherung nach §§ 27 ff. und §§ 41 ff. SGB XII, die Prüfung vorrangiger Ansprüche sowie die Beratung der Leistungsberechtigten. Zusätzlich übernahm Frau [[P|Al-Khatib]] bei Bedarf Dolmetschaufgaben für Arabisch.

Frau [[P|Al-Khatib]] arbeitete sich schnell in die komplexe Rechtsmaterie ein und erledigte ihre Aufgaben stets zu unserer vollsten Zufriedenheit. Ihr Verhalten gegenüber Vorgesetzten, Kolleginnen und Kollegen sowie Bürgerinnen und Bürgern war stets einwandfrei.

Frau [[P|Al-Khatib]] verlässt uns auf eigenen Wunsch, um eine Stelle beim Landschaftsverband Rheinland anzutreten. Wir danken ihr für die sehr gute Zusammenarbeit und wünschen ihr für ihre berufliche und private Zukunft alles Gute.

Brachtenbeck, 30.09.2025

Dr. [[P|Mei Takahashi-Brandt]]                 [[P|Marco Di Stefano]]
Fachbereichsleiterin Personal         Fachbereichsleiter Soziales

[Bearbeitungsvermerk: Entwurf am 25.09. mit Frau [[P|Al-Khatib]] telefonisch abgestimmt ([[T|0177 48391 20]]); Wunsch: Dankesformel ergänzen – erledigt. [[P|de Vries]]]
""")

# ---------------------------------------------------------------- 026 parking allocation with licence plates
doc("outlook", "parkplatzvergabe", """
Betreff: Vergabe Mitarbeiterstellplätze Tiefgarage Rathaus ab 01.11.2025 – Kennzeichenliste

Hallo Frau [[P|El Amrani]], hallo Herr [[P|Sommer]],

anbei die Liste für die Zufahrtsberechtigung (Kennzeichenerkennung an der Schranke). Bitte bis Mittwoch prüfen, danach spiele ich sie ein.

Stellplatz;Name;Kennzeichen;Bemerkung
P-01;[[P|Takahashi-Brandt, Mei]];[[KFZ|D-MT 1707]];
P-02;[[P|Papadopoulos, Evangelos]];[[KFZ|ME-EP 84]];Rufbereitschaft IT
P-03;[[P|Jovanović, Dragan]];[[KFZ|NE-DJ 516]];
P-04;[[P|Haas, Benedikt]];[[KFZ|D-BH 2201E]];E-Fahrzeug, Ladesäule
P-05;[[P|Ben-David, Miriam]];[[KFZ|K-MB 4418]];
P-06 (Behindertenstellplatz);[[P|Schuster, Ralf]];[[KFZ|ME-RS 72]];Merkzeichen G, GdB 70 – Nachweis liegt vor
P-07;[[P|Kurt, Baran]];[[KFZ|W-BK 905]];Azubi, Fahrgemeinschaft mit Herrn [[P|Lê]]
P-08;[[P|Król, Małgorzata]];[[KFZ|GD 4821K]];poln. Kennzeichen, Umschreibung beantragt
P-09;Dienstwagen Bürgermeisterin;[[N|ME-BR 100]];
P-10;Poolfahrzeug FB 1;[[N|ME-SB 2210E]];

Herr [[P|Papadopoulos]] hat zwei Fahrzeuge gemeldet; freigeschaltet wird nur das erste. Stellplätze P-11 bis P-14 bleiben für Gäste der Ratssitzungen frei.

Viele Grüße
[[P|Holger Mertens]]
Zentrale Dienste – Gebäudemanagement, FB 10.2
Tel. [[N|02102 770-1020]]
""", ["HEALTH"])

# ---------------------------------------------------------------- 027 time off for a political mandate
doc("outlook", "freistellung_mandat", """
Von: [[P|Ouédraogo, Serge]] <[[E|serge.ouedraogo@brachtenbeck.de]]>
Gesendet: Mittwoch, 22. Oktober 2025 17:48
An: [[P|Sommer, Friedrich]] <[[E|f.sommer@brachtenbeck.de]]>
Betreff: AW: Freistellung Kreistagsmandat – Sitzungskalender 1. Halbjahr 2026

Hallo Herr [[P|Sommer]],

wie gewünscht die Angaben: Seit der Kommunalwahl am 14.09.2025 bin ich für Bündnis 90/Die Grünen Mitglied im Kreistag Mettmann und stellvertretender Sprecher der Fraktion im Umwelt- und Planungsausschuss. Für Sitzungen und Fraktionssitzungen brauche ich Freistellung nach § 29 KrO NRW i. V. m. § 44 GO NRW; die Termine hänge ich als Liste an (Sitzungsort Kreishaus, [[N|Düsseldorfer Straße 26]] in Mettmann).

Die Verdienstausfallbescheinigungen laufen über die Kreisverwaltung, Ansprechpartnerin dort ist Frau [[P|Hildegard Reuschenbach]] ([[N|02104 99-1120]]).

Bitte den Kalender nicht im Team verteilen: mein Sachgebietsleiter Herr [[P|Cem Aksoy]] weiß Bescheid, aber die Kolleginnen und Kollegen müssen meine Parteizugehörigkeit nicht aus einer Personalmail erfahren. Die Sitzungsunterlagen des Kreises gehen an meine Privatanschrift, [[A|Laubacher Straße 3]], [[A|40822 Mettmann]].

Viele Grüße
[[P|Serge Ouédraogo]]
Stadtplanung, Sachgebiet 61.1

Am 20.10.2025 um 08:15 schrieb [[P|Sommer, Friedrich]] <[[E|f.sommer@brachtenbeck.de]]>:
> Hallo Herr [[P|Ouédraogo]],
> für die Freistellung brauchen wir den Sitzungskalender und die Stelle, die den Verdienstausfall erstattet.
> Gruß [[P|F. Sommer]]
""", ["POLITICS"])

# ---------------------------------------------------------------- 028 BEM note with genetic finding
doc("word", "bem_vermerk", """
Vermerk über das BEM-Erstgespräch (vertraulich – nur BEM-Akte, nicht Personalakte)

Aktenzeichen:   [[AZ|BEM-2025-0098]]
Teilnehmende:   Frau [[P|Hyejin Cho-Lammert]] (Beschäftigte, Kita Regenbogen), [[P|Jürgen Wolf]] (BEM-Beauftragter), [[P|Stavroula Nikolaidou]] (Personalrat, auf Wunsch der Beschäftigten)
Datum:          14.10.2025, 10:00–11:10 Uhr, Raum 2.21

1. Frau [[P|Cho-Lammert]] berichtet, dass bei ihr im Frühjahr im Rahmen einer familiären Abklärung – ihre Mutter und ihre Schwester [[P|Soo-ah Cho]] sind an Brustkrebs erkrankt – eine BRCA1-Mutation nachgewiesen wurde. Nach genetischer Beratung am Universitätsklinikum hat sie sich für eine vorsorgliche Operation entschieden; die Arbeitsunfähigkeit vom 12.05. bis 04.07.2025 geht darauf zurück.

2. Sie möchte ihre Arbeitszeit für sechs Monate auf 30 Wochenstunden reduzieren. Heben über 10 kg (Wickeln, Umsetzen der Krippenkinder) soll bis Jahresende vermieden werden.

3. Vereinbart: Der Antrag auf befristete Teilzeit wird über Frau [[P|Kowalczyk]] bearbeitet; Arbeitsplatzbegehung in der Kita mit der Betriebsärztin Dr. [[P|Ji-hye Song]] am 28.10.2025.

4. Frau [[P|Cho-Lammert]] wünscht ausdrücklich, dass ihre Kita-Leitung, Frau [[P|Renate Igbinedion]], nur über die Arbeitszeitänderung und nicht über die Gründe informiert wird.

Privat erreichbar: [[T|0151 2047 8835]]; Anschrift lt. Personalakte: [[A|Eulerstraße 31]], [[A|40477 Düsseldorf]].

[[P|Wolf]], 15.10.2025
""", ["HEALTH", "GENETIC"])

# ---------------------------------------------------------------- 029 garnishment order, court file numbers
tnr29 = ids.tax_number_nrw()
iban29 = ids.iban_de()
doc("outlook", "pfaendung", f"""
Von: [[P|Nguyen, Van Long]] <[[E|vanlong.nguyen@brachtenbeck.de]]>
An: [[P|Ruiz Gómez, Alejandro]] <[[E|a.ruizgomez@brachtenbeck.de]]>
Betreff: PfÜB gegen Mitarbeiter – bitte kurze Einschätzung zur Rangfolge

Hallo [[P|Alejandro]],

uns wurde heute ein Pfändungs- und Überweisungsbeschluss des Amtsgerichts Düsseldorf vom 02.10.2025 zugestellt, Az. [[AZ|662 M 4471/25]]. Drittschuldnerin ist die Stadt.

Schuldner:            Herr [[P|Artjom Morozov]], geb. [[DOB|03.03.1979]], Bauhof (Pers.-Nr. [[N|30533]])
Gläubigerin:          Frau [[P|Svetlana Morozova]] (geschiedene Ehefrau), Unterhaltsforderung
Gläubigervertreterin: Rechtsanwältin [[P|Defne Karataş]], [[A|Königsallee 60c]], [[A|40212 Düsseldorf]], Ihr Zeichen [[AZ|118/25 DK07]]
Forderung:            rückständiger Unterhalt 4.820,00 EUR zzgl. laufend 385,00 EUR monatlich

Seit März liegt außerdem eine Pfändung des Finanzamts Düsseldorf-Mettmann vor (Steuernummer des Schuldners [[TNR|{tnr29}]]). Laut Beschluss wird parallel das Konto [[IBAN|{iban29}]] gepfändet, das betrifft uns aber nicht.

Frage: Hat die Unterhaltspfändung nach § 850d ZPO Vorrang vor der älteren Finanzamtspfändung, soweit es um den erweiterten pfändbaren Betrag geht? Die Drittschuldnererklärung nach § 840 ZPO muss innerhalb von zwei Wochen raus.

Danke & Gruß
[[P|Van Long]]
Bezügeabrechnung, FB 11.3
""")

# ---------------------------------------------------------------- 030 circular: mostly hard negatives
doc("outlook", "rundmail_personalversammlung", """
Von: Personalrat Stadt Brachtenbeck <[[N|personalrat@brachtenbeck.de]]>
An: Alle Beschäftigten
Betreff: Einladung zur Personalversammlung am 27.11.2025

Liebe Kolleginnen und Kollegen,

die diesjährige Personalversammlung findet am Donnerstag, 27.11.2025, von 9:00 bis 12:30 Uhr in der Stadthalle Brachtenbeck (Kirchplatz) statt. Die Teilnahme gilt als Arbeitszeit (§ 49 LPVG NRW); Fahrtkosten werden erstattet.

Tagesordnung
1. Tätigkeitsbericht des Personalrats
2. Bericht der Bürgermeisterin, Frau Dr. [[P|Henrike Achenbach-Ogunleye]]
3. Dienstvereinbarung KI-Assistent (DV Nr. 2025/03): Vorstellung durch Herrn [[P|Haruto Sato]], FB 10.4
4. Tarifrunde TVöD: 3,0 % ab 01.04.2025 (mindestens 110 EUR), weitere 2,8 % ab 01.05.2026
5. Verschiedenes

Busshuttle ab Technischem Rathaus (Kaiserswerther Straße) um 8:30 Uhr und ab Betriebshof (Am Schlachthof) um 8:40 Uhr. Für Kolleginnen und Kollegen mit Mobilitätseinschränkung gibt es barrierefreie Plätze; Anmeldung bitte formlos bei der Schwerbehindertenvertretung, Tel. [[N|02102 770-1950]].

Fragen vorab gern an [[N|personalrat@brachtenbeck.de]] oder telefonisch unter [[N|02102 770-1900]].

Mit kollegialen Grüßen
[[P|Gülşen Aydın-Schröder]]
Vorsitzende des Personalrats
""")


def main():
    assert len(DOCS) == 30, len(DOCS)
    out = os.path.join(HERE, "fresh100.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for d in DOCS:
            for e in d["entities"] + d["neutral"]:
                assert d["text"][e["start"]:e["end"]] == e["text"]
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    total = sum(len(d["entities"]) for d in DOCS)
    print(out, len(DOCS), "documents,", total, "entities")


if __name__ == "__main__":
    main()
