#!/usr/bin/env python3
"""Writes fresh11.jsonl: 30 held-out German administrative documents (invented city Spreewerda, Niederlausitz,
Brandenburg; postcodes 0313x, area code 03564). Same mark syntax and offset logic as make_fresh.py:
[[CATEGORY|text]] for entities, [[N|text]] for neutral spans; offsets are UTF-16 indices (BMP asserted).

    python3 make_batch11.py
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from identifiers import Identifiers, group, mod11_10_check, luhn_check, mod97_iban  # noqa: E402

from marks import build as build_marked  # noqa: E402

g = Identifiers(1111111)
DOCS = []


def doc(channel, template, text, flags=()):
    DOCS.append((channel, template, text, list(flags)))


def build(index, channel, template, marked, flags):
    return build_marked(f"b11-{index:03d}", channel, template, marked, flags)


def tax_number_bb():
    # Brandenburg layout 0FF/BBB/UUUUP (layout only, no check digit verified)
    return f"0{g.rng.choice(['46', '48', '50', '56', '57'])}/{g.digits(3)}/{g.digits(5)}"


ZENTRALE = "[[N|03564 690-0]]"
RATHAUS = "[[N|Markt 1]], [[N|03139 Spreewerda]]"
CITY_IBAN = g.iban_de()

# ------------------------------------------------------------------ citizen mails
doc("outlook", "kita-beitrag-ermaessigung", f"""Betreff: Antrag auf Ermäßigung Elternbeitrag – Kundennummer [[AZ|KT-20417]]

Sehr geehrte Damen und Herren,

für unseren Sohn [[P|Měto]] (Kita „Spreewaldspatzen") zahlen wir seit August den vollen Elternbeitrag von 214,00 EUR. Mein Mann ist seit Oktober in Kurzarbeit, deshalb beantrage ich die Ermäßigung nach § 5 der Elternbeitragssatzung. Die Einkommensnachweise reiche ich nach.

Noch ein Hinweis für die Einrichtung: bei [[P|Měto]] wurde im Sommer ein Diabetes Typ 1 festgestellt, er trägt jetzt eine Insulinpumpe. Die Erzieherinnen sind eingewiesen, aber die Leitung bat um eine schriftliche Mitteilung an den Träger.

Die Beiträge buchen Sie bitte weiterhin von unserem Konto ab: [[IBAN|{group(g.iban_de(), 4)}]].

Mit freundlichen Grüßen
[[P|Hanka Kschischang]]
[[A|Straße der Jugend 41]]
[[A|03139 Spreewerda]]
Tel. [[T|03564 / 77 31 08]]""", ["HEALTH"])

doc("outlook", "sperrmuell", """Betreff: sperrmüll nicht abgeholt!!

hallo,

der sperrmüll sollte gestern bei uns abgeholt werden, auftragsnummer 2026-SP-88142, steht immer noch alles auf dem gehweg. sofa, zwei matratzen und ein schrank. die nachbarin frau [[P|kühn]] hat auch schon bei euch angerufen und jetzt regnet es auch noch drauf.

adresse ist [[A|am wasserturm 7]] in [[A|03139 spreewerda]], hinterhaus.

bitte meldet euch heute noch, handy [[T|0157 38 20 11 94]] oder mail an [[E|kevin.lehmann.spw@gmail.com]]

[[P|kevin lehmann]]""")

KFZ3 = "SPN-ÖY 88"
doc("outlook", "verwarngeld-beschwerde", f"""Betreff: Knöllchen Kassenzeichen [[AZ|5.2026.300741]] – so nicht!!!

Hallo,

ich habe heute ein Knöllchen über 30 Euro bekommen für mein Auto [[KFZ|{KFZ3}]] weil ich angeblich vor der Apotheke am Markt im Halteverbot stand. Ich stand da 4 Minuten!!! Weil ich für meine Mutter Medikamente geholt habe, sie kann nicht laufen. Ihre Mitarbeiterin hat genau gesehen das ich gleich wieder komme und trotzdem geschrieben. Das ist Abzocke, sonst nix. § 12 StVO kenne ich selber.

Ich zahle das nicht. Wenn Sie was wollen, schreiben Sie an [[A|Cottbuser Str. 112 b]], [[A|03139 Spreewerda]] oder rufen [[T|0162-4417730]].

[[P|Ömer Yıldırım]]""")

doc("outlook", "friedhof-grabpflege", """Betreff: Grab meines verstorbenen Mannes

Sehr geehrte Damen und Herren von der Friedhofsverwaltung,

ich bin 86 Jahre alt und kann leider nicht mehr so oft auf den Waldfriedhof kommen. Mein Mann [[P|Horst Noack]] liegt dort seit 2019, Feld C, Reihe 4, Grab Nr. 12. Die Nutzungszeit läuft nächstes Jahr ab und ich möchte sie gern verlängern.

Wir sind ja katholisch, und der Herr Pfarrer hat gesagt, ich soll wegen der Verlängerung bei Ihnen anfragen. Mein Sohn [[P|Frank]] kommt Ende des Monats aus Leipzig und könnte die Unterlagen abholen.

Bitte rufen Sie mich an, ich habe kein Händi. Meine Nummer ist [[T|0 35 64 / 8 12 34]].

Hochachtungsvoll
[[P|Gerda Noack]]
[[A|Weinbergstraße 3]]
[[A|03139 Spreewerda]]""", ["RELIGION"])

KFZ5 = "CB-LB 714"
doc("outlook", "parkausweis-sohn", f"""Betreff: Parkerleichterung für meinen Sohn Luca

Guten Tag,

ich schreibe für meinen Sohn [[P|Luca Bianchi]], geboren am [[DOB|22.06.2001]]. Er ist volljährig, aber er kann solche Briefe nicht selbst schreiben. [[P|Luca]] hat eine Autismus-Spektrum-Störung und eine Epilepsie, im Schwerbehindertenausweis stehen GdB 80 und die Merkzeichen G und B.

Wir möchten für ihn den Parkausweis für Menschen mit Behinderung beantragen. Er ist bei der AOK Nordost versichert, Versichertennummer [[KV|{g.health_insurance()}]]. Er wird fast immer von mir oder meiner Frau gefahren, das Auto hat das Kennzeichen [[KFZ|{KFZ5}]].

Meine Vollmacht als Betreuer liegt bei. Unsere Adresse ist [[A|Kurt-Tucholsky-Straße 19]], [[A|03139 Spreewerda]].

Mit freundlichen Grüßen
[[P|Giuseppe Bianchi]]
[[T|+49 151 27748309]]""", ["HEALTH"])

doc("outlook", "nachbar-grundstueck", """Betreff: verwahrlostes Grundstück Lindenstraße / Ratten

Sehr geehrte Damen und Herren,

ich möchte auf einen Missstand hinweisen. Das Grundstück [[A|Lindenstraße 14]] neben uns ist seit dem Tod der alten Frau [[P|Pětrowa]] unbewohnt. Der Neffe, ein Herr [[P|Petrick]], kommt nur alle paar Monate. Inzwischen liegt im Garten Müll, und wir haben schon mehrfach Ratten gesehen, die aus [[P|Petrick]]s Schuppen in unseren Garten laufen. Unsere Kinder spielen dort.

Ich habe ihn mehrfach angesprochen, ohne Erfolg. Können Sie sich das bitte ansehen? Zugang ist über die Einfahrt von der Mühlgasse aus möglich.

Mit freundlichen Grüßen
[[P|Sabine Zschornack]]
[[A|Lindenstraße 16]], [[A|03139 Spreewerda]]
Telefon: [[T|(03564) 2 91 47]]
Antwort gern auch an meinen Mann: [[E|r.zschornack@t-online.de]]""")

AZ7 = "63-BA-0412/26"
doc("outlook", "bauantrag-rueckfrage", f"""Betreff: AW: Ihr Bauantrag Imbisswagen – Az. [[AZ|{AZ7}]]

Sehr geehrter Herr [[P|Krüger]],

danke für Ihre Mail. Die fehlenden Unterlagen (Lageplan und Betriebsbeschreibung) schicke ich bis Freitag. Mein Schwager [[P|Nguyễn Văn Đức]] hilft mir mit dem Lageplan, er ist Bauzeichner. Das Grundstück liegt nicht im Bebauungsplan Nr. 17, das hat mir der Eigentümer bestätigt.

Viele Grüße
[[P|Trần Thị Mai]]
[[T|0176 / 488 205 63]]

Am 14.10.2026 um 09:31 schrieb [[P|Krüger, Matthias]] <[[E|matthias.krueger@spreewerda.de]]>:
> Sehr geehrte Frau [[P|Trần]],
> zu Ihrem Bauantrag für den Imbisswagen auf dem Grundstück [[A|Drebkauer Straße 58]] fehlen noch ein Lageplan im Maßstab 1:500 und eine Betriebsbeschreibung.
> Mit freundlichen Grüßen
> [[P|Matthias Krüger]]
> Bauordnungsamt, Zimmer 2.14, Tel. [[T|03564 690-318]]""")

PASS8 = "N" + g.digits(9)
doc("outlook", "auslaenderbehoerde-verlaengerung", f"""Betreff: Verlängerung Aufenthaltserlaubnis

Sehr geehrte Damen und Herren,

mein Name ist [[P|Mohammad Al-Hamwi]], ich wohne in Spreewerda seit 2019. Meine Aufenthaltserlaubnis ist gültig bis 30.01.2027. Ich möchte Termin machen für Verlängerung, für mich und meine Frau [[P|Rasha]] und unsere Kinder.

Ich habe neuen syrischen Pass bekommen von Botschaft in Berlin, Nummer [[PASS|{PASS8}]]. Alte Pass ist abgelaufen.

Wir sind Kurden aus Afrin, meine Frau hat noch Angst vor Behörde von Syrien, deshalb sie will nicht zu Botschaft gehen. Was kann sie machen für Pass? Geht auch Reiseausweis?

Ich arbeite als Lagerist bei Firma in Cottbus, Arbeitsvertrag habe ich.

Vielen Dank
[[P|Mohammad Al-Hamwi]]
[[A|Ernst-Thälmann-Str. 27]]
[[A|03139 Spreewerda]]
[[E|m.alhamwi87@gmail.com]]""", ["ETHNICITY"])

IBAN9 = mod97_iban("RO", "BTRL" + g.digits(16))  # Romanian layout: 4-letter bank code + 16 characters
doc("outlook", "rueckruf-bitte", f"""Betreff: Rückruf Az. [[AZ|32-2026-1187]]

Guten Tag Frau [[P|Mutschink]],

bitte rufen Sie mich zurück wegen Gewerbeabmeldung. Ich bin bis 20. Dezember in Rumänien, Nummer [[T|+40 721 336 904]]. Ab Januar wieder deutsche Nummer [[T|0152 2904 7713]].

Post bitte an: [[A|Strada Florilor 12]], [[A|400123 Cluj-Napoca]], Rumänien.
Rückerstattung bitte auf [[IBAN|{IBAN9}]].

Danke
[[P|Bogdan Ionescu]]""")

STEUERMARKE = "Steuermarke Nr. 0417"
doc("outlook", "hundesteuer-abmeldung", f"""Betreff: Abmeldung Hund / Kassenzeichen [[AZ|6.2021.004512]]

Sehr geehrte Damen und Herren,

unser Hund Bruno ist am 2. November im Alter von 14 Jahren eingeschläfert worden. Ich melde ihn hiermit zum Monatsende von der Hundesteuer ab und sende die {STEUERMARKE} in der Anlage zurück.

Den zu viel gezahlten Betrag für Dezember überweisen Sie bitte auf das Konto meines Mannes, [[P|Dr. Konstantin Sommer]]: [[IBAN|{g.iban_de()}]].

Für Rückfragen erreichen Sie mich unter [[T|0049 3564 40 88 21]] oder [[E|heydt-sommer@posteo.de]].

Mit freundlichen Grüßen
[[P|Dr. Friederike von der Heydt-Sommer]]
[[A|Am Schwanenteich 2]]
[[A|03139 Spreewerda]]""")

doc("outlook", "wohngeld-frage", """Betreff: wohngeld

hallo ich wollte mal fragen wie weit mein antrag ist, hab den im september abgegeben. seit mein ex weg ist muss ich die miete alleine zahlen mit den zwei kleinen ([[P|finn]] und [[P|mila]]) und das klappt vorne und hinten nicht.

bin ausserdem in der 30. ssw und darf ab nächste woche nicht mehr arbeiten, frauenarzt hat beschäftigungsverbot gegeben. brauche das geld wirklich dringend!!!

wohne [[A|zum kiefernwald 11]], 2. og links

lg [[P|jessy krautz]]
[[T|0176 23 45 67 89]]
[[E|mausi.k1993@gmx.de]]""", ["HEALTH"])

doc("outlook", "baustelle-beschwerde", """Betreff: Baustelle Spremberger Chaussee – eine Frechheit

Sehr geehrter Herr Bürgermeister [[P|Jurk]],

seit sieben Wochen ist die Spremberger Chaussee vor meinem Haus aufgerissen, und es passiert NICHTS. Ihr Herr [[P|Schmidtke]] vom Tiefbauamt hat mir am Telefon gesagt, das dauert "noch ein bisschen". Meine Frau ist 79 und kommt mit dem Rollator nicht mehr zum Bus.

Ich bin seit über 30 Jahren Mitglied der SPD und habe Sie im Wahlkampf unterstützt. So behandelt man die eigenen Leute nicht! Ich erwarte bis Ende der Woche eine schriftliche Antwort, sonst gehe ich zur Lausitzer Rundschau.

[[P|Detlef Mucke]]
[[A|Spremberger Chaussee 88]]
[[A|03139 Spreewerda-Klein Loitz]]
Tel. [[T|03564/31772]]""", ["POLITICS"])

SSN13 = g.social_security("030948", "B")
doc("outlook", "grundsicherung-aelter", f"""Betreff: Grundsicherung im Alter – meine Oma

Sehr geehrte Damen und Herren,

ich schreibe im Auftrag meiner Großmutter, sie spricht nicht so gut Deutsch und hat keinen Computer.

Sie heißt [[P|Valentina Becker]], geboren am [[DOB|03.09.1948]] in Karaganda (Kasachstan), seit 1994 in Deutschland als Spätaussiedlerin. Ihre Rentenversicherungsnummer ist [[SSN|{SSN13[:2]} {SSN13[2:8]} {SSN13[8]} {SSN13[9:]}]]. Die Rente reicht nicht mehr, seit sie nach ihrem Schlaganfall im März die Pflegekraft selbst bezahlen muss.

Wir bitten um einen Hausbesuch, weil sie die Wohnung kaum verlässt: [[A|Neue Welzower Straße 4]], [[A|03139 Spreewerda]], 3. Etage ohne Aufzug.

Antworten Sie bitte an meine Adresse [[E|alina.becker99@gmx.de]] oder Oma direkt unter [[T|03564 6 54 09]].

Mit freundlichen Grüßen
[[P|Alina Becker]]""", ["HEALTH"])

PASS14 = "FX" + g.digits(6)
doc("outlook", "schulanmeldung-ukraine", f"""Betreff: Anmeldung Schule für meine Tochter

Guten Tag,

wir sind im Oktober aus Charkiw nach Spreewerda gekommen und wohnen jetzt bei Familie [[P|Hantusch]], [[A|An der Kleinen Spree 9]]. Meine Tochter [[P|Daryna]] ist 11 Jahre und soll in die 5. Klasse. Sie war in Ukraine in Schule Nr. 132.

Wir haben Aufenthaltserlaubnis nach § 24 AufenthG, die Fiktionsbescheinigung ist da. Mein Reisepass: [[PASS|{PASS14}]].

In Ukraine bin ich erreichbar über WhatsApp [[T|+380 67 514 22 08]], hier in Deutschland [[T|01521-7730541]].

Mit Dank
[[P|Oksana Kovalenko]]
[[E|oksana.kovalenko.kh@ukr.net]]""")

CC15 = g.credit_card("4", 16)
doc("outlook", "anwohnerparken-antwort", f"""Betreff: Re: Anwohnerparkausweis Zone B

Hallo,

danke für die schnelle Antwort. Die Gebühr von 30,70 EUR habe ich online mit Kreditkarte bezahlt, Karte [[CC|{group(CC15, 4)}]], Buchungsnummer 7731-0925. Trotzdem steht im Portal noch "offen". Der Fahrzeugschein für [[KFZ|CB-KM 2024]] ist hochgeladen. Zulassung ist auf meine Frau [[P|Akosua Mensah-Boateng]], aber wir wohnen zusammen [[A|Wendische Gasse 5]].

Kwame

-----Ursprüngliche Nachricht-----
Von: Team Parken <[[N|parken@spreewerda.de]]>
Gesendet: Montag, 9. November 2026 11:02
An: [[E|kwame.mensah@outlook.de]]
Betreff: Anwohnerparkausweis Zone B

Sehr geehrter Herr [[P|Mensah-Boateng]],
Ihr Antrag ist eingegangen. Bitte laden Sie den Fahrzeugschein hoch und zahlen Sie die Gebühr.
Ihr Team Parken, Telefon {ZENTRALE}""")
# the sign-off "Kwame" is labelled
DOCS[-1] = (DOCS[-1][0], DOCS[-1][1], DOCS[-1][2].replace("\n\nKwame\n", "\n\n[[P|Kwame]]\n"), DOCS[-1][3])

# ------------------------------------------------------------------ staff documents
TNR16 = tax_number_bb()
doc("word", "gewerbesteuer-bescheid", f"""Stadt Spreewerda · Der Bürgermeister · Steueramt
{RATHAUS} · Telefon {ZENTRALE}

Malerbetrieb [[P|Buder]] e.K.
Inhaber [[P|Ralf Buder]]
[[A|Gewerbering 7]]
[[A|03138 Spreewerda]]

Kassenzeichen: [[AZ|7.2026.018834]]
Steuernummer Finanzamt Cottbus: [[TNR|{TNR16}]]
Datum: 18.11.2026

Bescheid über Vorauszahlungen zur Gewerbesteuer ab 2027

Sehr geehrter Herr [[P|Buder]],

auf Grundlage des Messbescheides des Finanzamtes vom 02.10.2026 werden die Vorauszahlungen nach § 19 GewStG bei einem Hebesatz von 400 % auf vierteljährlich 1.150,00 EUR festgesetzt, fällig jeweils zum 15.02., 15.05., 15.08. und 15.11.

Bitte zahlen Sie unter Angabe des Kassenzeichens auf das Konto der Stadtkasse [[N|{group(CITY_IBAN, 4)}]].

Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.

Im Auftrag
[[P|Ines Kaulfersch]]""")

doc("word", "anhoerung-abfall", f"""Stadt Spreewerda – Ordnungsamt

Herrn
[[P|Arben Krasniqi]]
[[A|Thälmannstraße 60 A]]
[[A|03139 Spreewerda]]

Aktenzeichen: [[AZ|32.3-OWi 2291/26]]
Spreewerda, 06.11.2026

Anhörung im Bußgeldverfahren – unerlaubte Abfallablagerung

Sehr geehrter Herr [[P|Krasniqi]],

Ihnen wird vorgeworfen, am 21.10.2026 gegen 19:40 Uhr am Waldweg hinter dem Sportplatz Bauschutt und Fliesenreste abgeladen zu haben. Die Zeugin [[P|Lubina Wjelan]] notierte das Kennzeichen des benutzten Transporters, [[KFZ|SPN-AK 319]]. Halter ist nach Auskunft des Kraftfahrt-Bundesamtes Herr [[P|Arben Krasniqi]], geb. [[DOB|11.02.1991]].

Nach § 55 OWiG haben Sie Gelegenheit, sich binnen zwei Wochen zu äußern. Sie müssen keine Angaben zur Sache machen; Angaben zur Person sind Pflicht.

Im Auftrag
[[P|Ivana Marković]]""")

doc("word", "jugendamt-aktenvermerk", """Aktenvermerk – Jugendamt Spreewerda, ASD
Az.: [[AZ|51-ASD-0731/26]]

Hausbesuch am 04.11.2026, 10:00–11:15 Uhr, bei Frau [[P|Jasmin Hoffmann-Kowalski]], [[A|Platz des Friedens 2]], gemeinsam mit Kollegin [[P|Anne Lehnigk]].

Anwesend waren die Kindesmutter sowie die Kinder [[P|Leon]] (7) und [[P|Emma]] (4). Die Wohnung war aufgeräumt, Lebensmittel vorhanden. Frau [[P|Hoffmann-Kowalski]] berichtete, sie sei seit September wegen einer depressiven Episode in ambulanter psychiatrischer Behandlung und nehme Medikamente. Der Kindesvater, Herr [[P|Youssef Sadiki]], hole die Kinder jedes zweite Wochenende ab; der Kontakt sei inzwischen ruhig.

[[P|Leon]]s Klassenlehrerin hatte im Oktober wegen häufigen Fehlens angerufen. Vereinbart: Anmeldung in der Familienberatung bei Frau [[P|Nasrin Tehrani]], Wiedervorlage in sechs Wochen.

[[P|T. Wendland]], Sozialarbeiter""", ["HEALTH"])

doc("word", "friedhof-gespraechsvermerk", f"""Gesprächsvermerk
Friedhofsverwaltung / Sozialamt – Bestattungskosten
Datum: 12.11.2026, Raum 1.07

Gesprächspartner: Herr [[P|Hüseyin Aydın]], [[A|Karl-Liebknecht-Str. 31]], Tel. [[T|0160 9925 4418]]

Herr [[P|Aydın]] sprach zur Bestattung seines Bruders [[P|Mehmet Aydın]] vor, der am 08.11.2026 im Carl-Thiem-Klinikum verstorben ist. Die Familie ist muslimisch und wünscht eine sarglose Erdbestattung mit Ausrichtung nach Mekka; die Waschung übernimmt die Moscheegemeinde in Cottbus. Auf dem Waldfriedhof ist das im Grabfeld M nach § 14 Abs. 3 der Friedhofssatzung möglich.

Der Bruder hinterlässt kein Vermögen; Herr [[P|Aydın]] beantragt die Übernahme der Kosten nach § 74 SGB XII. Übersetzt hat der Neffe, Herr [[P|Karim Ben Salah]]. Antragsformular ausgehändigt, Rückgabe bis 19.11.

gez. [[P|Lehmann-Piech]]""", ["RELIGION"])

doc("word", "nutzungsuntersagung", f"""Stadt Spreewerda – Untere Bauaufsichtsbehörde
{RATHAUS}

Gegen Postzustellungsurkunde
Frau Dipl.-Ing. [[P|Kerstin Wobar]]
[[A|Alte Poststraße 22]]
[[A|03139 Spreewerda]]

Az.: [[AZ|63-NU-0098/26]]

Ordnungsverfügung – Untersagung der Nutzung als Ferienwohnung

Sehr geehrte Frau [[P|Wobar]],

das Gebäude auf dem Grundstück Gemarkung Spreewerda, Flur 3, Flurstück 217/4 ([[A|Am Mühlgraben 5]]) liegt im Geltungsbereich des Bebauungsplans Nr. 12 „Am Mühlgraben", der ein reines Wohngebiet festsetzt. Bei der Ortsbesichtigung am 27.10.2026 wurde festgestellt, dass die Wohnung im Dachgeschoss über ein Online-Portal als Ferienwohnung vermietet wird.

Die Nutzung als Ferienwohnung wird hiermit nach § 58 Abs. 2 BbgBO untersagt. Für den Fall der Zuwiderhandlung wird ein Zwangsgeld von 2.500,00 EUR angedroht.

Für Rückfragen: [[P|Jens Kowarsch]], Telefon [[T|03564 690-322]], [[E|jens.kowarsch@spreewerda.de]]""")

IDC21 = g.id_card(check_digit=True)
doc("word", "abschlussvermerk-ausweis", f"""Abschlussvermerk – Bürgerbüro
Vorgang: Verlustanzeige Personalausweis, Eingang 29.09.2026

Betroffen: [[P|Nguyen Van Hung]], geb. am [[DOB|14.07.1979]] in Hải Phòng, wohnhaft [[A|Heidesiedlung 17]], [[A|03138 Spreewerda]]
Dokumentnummer des verlorenen Ausweises: [[IDC|{IDC21}]]

Das Dokument wurde am 30.09.2026 im Sachgebiet Sachfahndung gesperrt. Am 05.11.2026 gab die Bundespolizei den Ausweis als Fundsache ab (gefunden im RE 2 zwischen Cottbus und Berlin). Da die Sperre nicht aufgehoben werden kann, wurde das Dokument entwertet und vernichtet; Herr [[P|Nguyen]] hat bereits am 02.10.2026 einen neuen Ausweis beantragt und am 28.10.2026 abgeholt.

Gebühr vorläufiger Ausweis: 10,00 EUR, bezahlt (Quittung 2026/4471).
Vorgang abgeschlossen.

[[P|E. Papadopoulou]], 06.11.2026""")

SSN22 = g.social_security("170385", "T")
doc("word", "bem-einladung", f"""Stadt Spreewerda – Personalamt
Vertraulich – Personalsache

Herrn
[[P|Marco Teixeira]]
[[A|Cottbuser Straße 9]]
[[A|03139 Spreewerda]]

Spreewerda, 10.11.2026

Einladung zum Gespräch über ein Betriebliches Eingliederungsmanagement (BEM)

Sehr geehrter Herr [[P|Teixeira]],

Sie waren in den letzten zwölf Monaten insgesamt 58 Arbeitstage arbeitsunfähig erkrankt, zuletzt nach Ihrer Bandscheibenoperation seit dem 14.08.2026. Nach § 167 Abs. 2 SGB IX laden wir Sie zu einem Erstgespräch am Mittwoch, 25.11.2026, 9:30 Uhr, Raum 3.02 ein. Die Teilnahme ist freiwillig.

Auf Wunsch kann Frau [[P|Schulze-Kaiser]] vom Personalrat teilnehmen. Bitte bringen Sie, falls vorhanden, den Bescheid der Rentenversicherung zur Reha mit (Versicherungsnummer [[SSN|{SSN22}]]).

Rückmeldung bitte an [[P|Claudia Bogusch]], [[T|03564 690-117]].

Mit freundlichen Grüßen
Im Auftrag
[[P|Claudia Bogusch]]""", ["HEALTH"])

doc("word", "zahlungsaufforderung", f"""Stadt Spreewerda – Stadtkasse
{RATHAUS} · [[N|stadtkasse@spreewerda.de]]

Herrn
[[P|Stefan Georgiev]]
[[A|Straße der Einheit 3]]
[[A|03139 Spreewerda]]

Kassenzeichen: [[AZ|2.2026.771209]]
Datum: 16.11.2026

Zahlungsaufforderung (1. Mahnung)

Sehr geehrter Herr [[P|Georgiev]],

nach unseren Unterlagen ist die Forderung aus der Rechnung Nr. RG-2026-04413 über die Schmutzwasser- und Niederschlagswassergebühren für das 3. Quartal 2026 in Höhe von 187,40 EUR nicht bezahlt. Zuzüglich Mahngebühr 5,00 EUR ergibt sich ein Betrag von 192,40 EUR.

Bitte überweisen Sie den Betrag bis zum 30.11.2026 auf [[N|{CITY_IBAN}]] unter Angabe des Kassenzeichens. Andernfalls müssen wir Vollstreckungsmaßnahmen einleiten.

Mit freundlichen Grüßen
Im Auftrag
[[P|Doreen Sawatzki]]""")

PASS24 = "Z" + g.digits(7)
doc("word", "standesamt-bestaetigung", f"""Stadt Spreewerda – Standesamt

Herren
[[P|Tobias Rehnus]] und [[P|Arjun Raghunathan]]
[[A|Bautzener Straße 44]]
[[A|03139 Spreewerda]]

Spreewerda, 03.11.2026

Bestätigung der Anmeldung der Eheschließung

Sehr geehrte Herren,

wir bestätigen die Anmeldung Ihrer Eheschließung. Die Trauung findet am Freitag, 12.02.2027, 11:00 Uhr im Trauzimmer des Schlosses statt.

Zur Prüfung lagen vor: die Geburtsurkunde von Herrn [[P|Rehnus]], geboren am [[DOB|08.05.1990]] in Forst (Lausitz), sowie der indische Reisepass Nr. [[PASS|{PASS24}]] von Herrn [[P|Raghunathan]], geb. [[DOB|27.11.1988]] in Chennai, mit beglaubigter Übersetzung der Ledigkeitsbescheinigung.

Als Trauzeugen sind angegeben: [[P|Senait Tesfamariam]] und [[P|Abdirahman Warsame]].

Die Gebühr von 85,00 EUR wurde entrichtet (Quittung Nr. 2026-0912).

Mit freundlichen Grüßen
Im Auftrag
[[P|Marlies Krawc]], Standesbeamtin""", ["SEXUAL_ORIENTATION"])

# ------------------------------------------------------------------ other documents
VAT25 = g.vat_id()
TID25 = g.tax_id()
doc("word", "gewerbeanmeldung", f"""GewA 1 – Gewerbeanmeldung (Kopie für den Antragsteller)
Stadt Spreewerda, Gewerbeamt

1 Name: [[P|Li]]
2 Vorname: [[P|Xiaoyan]]
4 Geburtsdatum: [[DOB|19.02.1985]]
5 Geburtsort: Wuhan, China
6 Staatsangehörigkeit: chinesisch
7 Anschrift der Wohnung: [[A|Straße des Friedens 18a]], [[A|03139 Spreewerda]]
8 Telefon: [[T|+49 (0) 1573 8812045]]  E-Mail: [[E|xiaoyan.li@web.de]]
10 Name des Geschäfts: Imbiss „Goldener Drache" – Inh. X. [[P|Li]]
11 Betriebsstätte: [[A|Markt 14]], [[A|03139 Spreewerda]]
15 Angemeldete Tätigkeit: Imbiss mit Verkauf zum Mitnehmen, ohne Alkoholausschank
17 Beginn: 01.12.2026
Steuer-ID: [[TID|{TID25[:2]} {TID25[2:5]} {TID25[5:8]} {TID25[8:]}]]   USt-IdNr.: [[VAT|{VAT25}]]

Eingangsnummer 2026/1377, Gebühr 26,00 EUR bar bezahlt.""")

KV26 = g.health_insurance()
doc("word", "widerspruch-sozialverband", f"""Sozialverband Deutschland – Kreisverband Spree-Neiße
[[N|Berliner Straße 61]] · [[N|03046 Cottbus]]

An die Stadt Spreewerda – Sozialamt

Ihr Zeichen: [[AZ|50-HzP-1142/26]]
Mitglied: Herr [[P|Bekim Hadžić]], geb. [[DOB|30.04.1952]], KV-Nr. [[KV|{KV26}]]

Widerspruch gegen den Bescheid vom 20.10.2026 über Hilfe zur Pflege

Sehr geehrte Damen und Herren,

in Vollmacht unseres Mitglieds legen wir gegen den o. g. Bescheid Widerspruch ein. Bei Herrn [[P|Hadžić]] liegt seit Juni Pflegegrad 3 vor; die Demenzerkrankung ist durch das Gutachten des Medizinischen Dienstes belegt. Die Kosten des ambulanten Pflegedienstes [[P|Okonkwo]] übersteigen die Leistungen der Pflegekasse um monatlich 612,80 EUR. Die Ablehnung wegen angeblich verwertbaren Vermögens trifft nicht zu: das Sparbuch gehört seiner Ehefrau [[P|Amra]].

Eine Begründung im Einzelnen folgt nach Akteneinsicht.

Mit freundlichen Grüßen
[[P|Claudia Poetsch]], Rechtsreferentin
[[T|0355 4 79 63-12]]""", ["HEALTH"])

doc("outlook", "beschwerde-rat", """Betreff: Schließung Kita „Sonnenblume" – an alle Ratsmitglieder

Sehr geehrte Damen und Herren Stadtverordnete,
sehr geehrter Herr Vorsitzender Dr. [[P|Kühne]],

mit Entsetzen habe ich gelesen, dass die Kita „Sonnenblume" im Ortsteil Wjelnow zum Sommer schließen soll. Die Beschlussvorlage 2026/118 wurde ohne Beteiligung der Eltern in den Ausschuss gebracht. Meine Tochter [[P|Charlotte]] geht dort seit drei Jahren hin, und die Leiterin, Frau [[P|Oliveira Santos]], hat das Haus hervorragend geführt.

Ich arbeite selbst als Erzieherin in Cottbus und bin bei ver.di aktiv; ich weiß, wie knapp das Personal überall ist. Gerade deshalb verstehe ich nicht, warum ein funktionierendes Haus aufgegeben wird.

Ich bitte darum, in der Einwohnerfragestunde am 10.12. sprechen zu dürfen.

[[P|Ramona Hentschel]]
[[A|Dorfaue 6]], [[A|03138 Spreewerda OT Wjelnow]]
[[T|0172 / 300 41 87]]""", ["UNION"])

doc("outlook", "presseanfrage", """Betreff: Presseanfrage Kita-Plätze – Bitte um Antwort bis Donnerstag

Sehr geehrter Herr [[P|Wendt]],

für einen Bericht in der Wochenendausgabe möchte ich Sie um Stellungnahme zu folgenden Fragen bitten:
1. Wie viele Kinder stehen aktuell auf der Warteliste für einen Krippenplatz?
2. Stimmt es, dass im Gewerbegebiet Ost (Bebauungsplan Nr. 31) eine Betriebskita geplant war?
3. Familie [[P|Haddad]] aus der Heidesiedlung hat mir geschildert, dass sie seit 14 Monaten auf einen Platz wartet. Können Sie sich zu dem Fall äußern? Die Familie ist mit der Nennung einverstanden.

Vielen Dank und freundliche Grüße

[[P|Katrin Seidel-Bogusz]]
Lokalredaktion Spree-Neiße
Lausitzer Tageblatt
[[N|Bahnhofstraße 20]], [[N|03046 Cottbus]]
Zentrale [[N|0355 48 11-0]], direkt [[T|0355 48 11-246]], mobil [[T|+49 170 5583 902]]
[[E|k.seidel-bogusz@lausitzer-tageblatt.de]]""")

doc("outlook", "bewerbung", """Betreff: Bewerbung als Sachbearbeiterin Bürgerbüro – Kennziffer 2026/43

Sehr geehrte Damen und Herren,

mit großem Interesse habe ich Ihre Stellenausschreibung gelesen und bewerbe mich hiermit. Ich bin schwerbehindert (GdB 50, Hörschädigung) und bitte, dies im Verfahren zu berücksichtigen; im Gespräch genügt ein ruhiger Raum.

Lebenslauf (Kurzfassung)
Name: [[P|Soraya Ahmadi]]
geboren: [[DOB|05.10.1996]] in Kabul
Anschrift: [[A|Neue Straße 3]], [[A|03130 Spremberg]]
Telefon: [[T|0151.23409871]]
E-Mail: [[E|soraya.ahmadi@gmx.net]]
2013–2016 Gymnasium Spremberg, Abitur
2016–2019 Ausbildung zur Verwaltungsfachangestellten, Amt Döbern-Land
seit 2019 Sachbearbeiterin Wohngeld, Landkreis Spree-Neiße

Referenz: Herr [[P|Jean-Paul Mbarga]], mein Teamleiter beim Landkreis, ist mit einem Anruf einverstanden.

Mit freundlichen Grüßen
[[P|Soraya Ahmadi]]""", ["HEALTH"])

IDC30 = g.id_card()
doc("word", "vorsorgevollmacht", f"""Vorsorgevollmacht und Patientenverfügung

Ich, [[P|Hildegard Zschiesche]], geboren am [[DOB|2. März 1939]], wohnhaft [[A|Weinbergstraße 27]], [[A|03139 Spreewerda]], Personalausweis-Nr. [[IDC|{IDC30}]],

bevollmächtige meine Tochter [[P|Martina Schulz]], geb. [[P|Zschiesche]], [[A|Karl-Marx-Ring 8]], [[A|03046 Cottbus]], Tel. [[T|0355 / 87 44 10]], mich in allen Gesundheits- und Vermögensangelegenheiten zu vertreten.

Ich leide an einer fortgeschrittenen Herzinsuffizienz. Wenn keine Aussicht auf Besserung besteht, lehne ich Wiederbelebung und künstliche Beatmung ab. Ich wünsche seelsorgerischen Beistand durch die evangelische Kirchengemeinde Spreewerda.

Mein Hausarzt [[P|Dr. med. Piotr Zieliński]] ([[N|03564 2 20 90]]) kennt meinen Willen.

Spreewerda, 28.10.2026
[[P|Hildegard Zschiesche]]""", ["HEALTH", "RELIGION"])


def main():
    out = [build(i, *d) for i, d in enumerate(DOCS, 1)]
    assert len(out) == 30
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh11.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} documents, {sum(len(d['entities']) for d in out)} entities to {path}")


if __name__ == "__main__":
    main()
