#!/usr/bin/env python3
"""Held-out batch 44: Stadt Remsfeld / Landratsamt Ostalb-Rems (invented Swabian town and district)."""
import sys
sys.dont_write_bytecode = True
import json, os, random
sys.path.insert(0, "/work/main/tests/KiOfficeAddin.Guardrails.Tests/Pii/Corpus")
from marks import build
from identifiers import Identifiers, group, mod97_iban, luhn_check, mod11_10_check

random.seed(4444)
I = Identifiers(4444)
OUT = os.path.dirname(os.path.abspath(__file__))


def nl_iban(bank):
    while True:
        acct = I.digits(10)
        if acct[0] != "0" and sum(int(c) * (10 - i) for i, c in enumerate(acct)) % 11 == 0:
            return mod97_iban("NL", bank + acct)


def at_iban():
    return mod97_iban("AT", I.digits(5, True) + I.digits(11))


ib = [I.iban_de() for _ in range(6)]
ib_g = [group(x, 4) for x in ib]
at1 = group(at_iban(), 4)
nl1 = group(nl_iban("RABO"), 4)
city_iban = group(I.iban_de(), 4)          # the city's own account: neutral
tid = [I.tax_id() for _ in range(3)]
vat = [I.vat_id() for _ in range(4)]
kv = [I.health_insurance() for _ in range(4)]
idc = [I.id_card(), I.id_card(True), I.id_card()]
pas = [I.passport(True), I.passport()]
cc_visa = I.credit_card("4", 16)
cc_mc = I.credit_card("52", 16)
cc_amex = I.credit_card("37", 15)
ssn1 = I.social_security("140362", "E")
ssn2 = I.social_security("030771", "B")
ssn3 = I.social_security("221158", "Z")

D = []


def doc(channel, template, marked, flags=()):
    D.append((channel, template, marked, list(flags)))


# 1
doc("outlook", "kfz-zulassung", f"""Betreff: Ummeldung Wohnmobil – Frage wg. Termin

Grüß Gott,

mei Ma und i hen uns im Frühjahr a gebrauchts Wohnmobil kauft, des hat no des alte Kennzeichen [[KFZ|WN-KH 412]] vom Vorbesitzer. Jetzt wollt i wissa ob i des Kennzeichen b'halta ko wenn mr des uf uns ummelda, weil mir jetzt in [[A|73649 Remsfeld]] wohnet ([[A|Kelterweg 7]]). Den Fahrzeugbrief hot mir der Herr [[P|Hägele]] vom Autohaus scho gebba.

Geht des au ohne Termin am Samstag? Unter der Woch schaffet mir beide.

Grüßle
[[P|Gerhard Bäuerle]]
Tel [[T|07181 / 48 26 13]]""")

# 2
doc("word", "bauamt-bescheid", f"""Stadt Remsfeld · Bauamt · [[N|Marktplatz 1]] · [[N|73649 Remsfeld]]

Herrn und Frau
[[P|Konstantinos Papadopoulos]] und [[P|Eleni Papadopoulou]]
[[A|Im Wasen 23]]
[[A|73649 Remsfeld-Grunbach]]

Aktenzeichen: [[AZ|BA-632.3/2025-0187]]
Datum: 14.07.2025
Sachbearbeitung: [[P|Sabine Kächele]], Zimmer 204, Durchwahl [[T|07181 609-214]]

Baugenehmigung – Neubau einer Doppelgarage mit Abstellraum, Flurstück 1734/2, Gemarkung Grunbach

Sehr geehrte Frau [[P|Papadopoulou]], sehr geehrter Herr [[P|Papadopoulos]],

aufgrund Ihres Bauantrags vom 02.05.2025 erteile ich Ihnen nach § 58 LBO die Baugenehmigung für das oben genannte Vorhaben. Das Vorhaben liegt im Geltungsbereich des Bebauungsplans „Wasen-Ost" Nr. [[N|3/17]]; die festgesetzte Baugrenze zur Straße Im Wasen wird eingehalten. Die Entwurfsverfasserin, Dipl.-Ing. [[P|Miriam Oßwald]], hat die Standsicherheitsnachweise vorgelegt.

Die Gebühr beträgt 486,00 EUR. Bitte überweisen Sie den Betrag unter Angabe des Aktenzeichens bis 15.08.2025 auf das Konto der Stadtkasse Remsfeld, IBAN [[N|{city_iban}]].

Mit dem Bau darf erst nach Zugang des Baufreigabescheins („Roter Punkt") begonnen werden.

Mit freundlichen Grüßen
Im Auftrag

[[P|Kächele]]""")

# 3
doc("word", "gewerbe-bestaetigung", f"""Landratsamt Ostalb-Rems – Gewerbeamt der Stadt Remsfeld
Empfangsbescheinigung nach § 15 Abs. 1 GewO

Betrieb: Pizzeria „Da [[P|Rocco]]"
Betriebsinhaber: [[P|Rocco Esposito]]
Geburtsdatum: [[DOB|14.03.1962]]   Geburtsort: Avellino (Italien)
Staatsangehörigkeit: italienisch
Wohnanschrift: [[A|Schorndorfer Straße 88]], [[A|73650 Winterbach]]
Betriebsstätte: [[N|Bahnhofstraße]] (Ladenlokal neben der Apotheke), Remsfeld
Steuernummer: [[TNR|{'53082/' + I.digits(5)}]]
USt-IdNr.: [[VAT|{vat[0]}]]
Tätigkeit: Betrieb einer Gaststätte (Speisewirtschaft) mit Außer-Haus-Verkauf
Beginn: 01.09.2025
Mitarbeitende Familienangehörige: [[P|Giuseppina Esposito]] (Ehefrau), [[P|Marco Esposito]] (Sohn)

Die Anzeige wurde am 21.08.2025 unter Vorlage des Personalausweises entgegengenommen. Gebühr: 40,00 EUR, Kassenzeichen [[AZ|6.2025.310448]].

Remsfeld, 21.08.2025
gez. [[P|Dragan Kovačević]], Gewerbeamt""")

# 4
doc("outlook", "fuehrerschein", f"""Betreff: WG: Umschreibung türkischer Führerschein

Hallo Frau [[P|Wörner]],

anbei die Anfrage von Herrn [[P|Yılmaz]], können Sie das übernehmen? Ich bin ab morgen im Urlaub.

Gruß [[P|Timo]]

-----Ursprüngliche Nachricht-----
Von: [[P|Emre Yılmaz]] <[[E|emre.yilmaz1988@gmx.de]]>
Gesendet: Dienstag, 3. Juni 2025 08:12
An: [[N|fuehrerscheinstelle@ostalb-rems.de]]
Betreff: Umschreibung türkischer Führerschein

Sehr geehrte Damen und Herren,

ich bin seit Februar mit meiner Frau in Remsfeld gemeldet ([[A|Gmünder Str. 41/2]], [[A|73649 Remsfeld]]) und möchte meinen türkischen Führerschein Klasse B umschreiben lassen. Geboren bin ich am [[DOB|19. August 1988]] in Kayseri. Mein Reisepass hat die Nummer [[PASS|U 18304752]], mein Aufenthaltstitel ist bis 2027 gültig.

Muss ich nochmal eine praktische Prüfung machen? Ich fahre seit 15 Jahren unfallfrei.

Mit freundlichen Grüßen
[[P|Emre Yılmaz]]
[[T|0176 3184 2290]]""")

# 5
doc("word", "bussgeld-anhoerung", f"""Landratsamt Ostalb-Rems · Bußgeldstelle · [[N|Postfach 11 20]] · [[N|73601 Waiblingen]]

Frau
[[P|Dr. Ivana Horvat]]
[[A|Weinsteige 12 a]]
[[A|73649 Remsfeld]]

Ihr Zeichen / Ihre Nachricht vom –
Unser Aktenzeichen: [[AZ|OWi 412.77.25.031962]]
Auskunft: Frau [[P|Ruoff]], Telefon [[N|07151 501-0]]

Anhörung im Bußgeldverfahren – Geschwindigkeitsüberschreitung

Sehr geehrte Frau Dr. [[P|Horvat]],

Ihnen wird vorgeworfen, am 27.05.2025 um 17:46 Uhr in Remsfeld, B 29 Richtung Aalen, als Führerin des Pkw mit dem amtlichen Kennzeichen [[KFZ|WN-IH 2207]] die zulässige Höchstgeschwindigkeit außerhalb geschlossener Ortschaften um 23 km/h überschritten zu haben (§ 41 Abs. 1 i. V. m. Anlage 2, § 49 StVO; § 24 StVG; 11.3.4 BKat). Das Bußgeld beträgt 100,00 EUR zuzüglich Gebühren und Auslagen von 28,50 EUR; es ist ein Punkt im Fahreignungsregister vorgesehen.

Wenn Sie das Fahrzeug nicht selbst geführt haben, teilen Sie uns bitte Namen, Anschrift und Geburtsdatum des Fahrers mit. Sie sind als Angehörige nicht verpflichtet, Angaben zu machen.

Mit freundlichen Grüßen
Im Auftrag
[[P|Ruoff]]""")

# 6
doc("outlook", "bussgeld-fahrer", f"""Betreff: Re: Az [[AZ|OWi 412.77.25.031962]]

Sehr geehrte Frau [[P|Ruoff]],

das Auto war zu dem Zeitpunkt nicht von mir gefahren, sondern von meinem Schwager [[P|Tomislav Babić]], geb. [[DOB|02.11.1979]], wohnhaft [[A|Hauptstraße 140]], [[A|73614 Schorndorf]]. Er hat das Auto an dem Tag ausgeliehen, weil seins in der Werkstatt war. [[P|Tomo]] weiß Bescheid und ist einverstanden, dass ich das mitteile.

Mfg
[[P|Ivana Horvat]]

Gesendet von meinem iPhone""")

# 7
doc("word", "jugendamt-hilfeplan", f"""Landratsamt Ostalb-Rems – Jugendamt, Sozialer Dienst Remstal
Protokoll Hilfeplangespräch (§ 36 SGB VIII)

Datum: 08.07.2025, 14:00–15:30 Uhr, Außenstelle Remsfeld
Fallnummer: [[AZ|JA-SD 2025/0441]]

Anwesend:
– [[P|Anastasia Georgiou]] (Mutter)
– [[P|Nikos Georgiou]] (Vater, ab 14:30)
– [[P|Jannis]] (11 J.) und [[P|Sophia]] (7 J.)
– [[P|Beate Schwegler]], Erziehungsbeistand, Diakonie Remstal
– [[P|Lukas Fröhlich]], fallführende Fachkraft Jugendamt

1. Situation in der Familie
Frau [[P|Georgiou]] berichtet, dass sich die Lage seit dem Umzug in die [[A|Uferstraße 9]] entspannt habe. [[P|Jannis]] ist weiterhin in kinder- und jugendpsychiatrischer Behandlung; die ADHS-Medikation wurde im Mai umgestellt, die Schule (Klassenlehrerin Frau [[P|Vogel]]) meldet deutlich weniger Konflikte. [[P|Sophia]] besucht die Grundschule am Kirchberg und ist unauffällig.

2. Erziehungsbeistand
Frau [[P|Schwegler]] trifft [[P|Jannis]] wöchentlich. Herr [[P|Georgiou]] wünscht sich, bei den Terminen öfter dabei zu sein, er arbeitet jedoch im Schichtdienst bei einem Automobilzulieferer.

3. Vereinbarungen
– Fortsetzung des Erziehungsbeistands bis 31.01.2026.
– Frau [[P|Georgiou]] nimmt am Elternkurs „Starke Eltern" (Kurs-Nr. [[N|25-214]]) teil.
– Nächstes Gespräch im Januar; Einladung an die Eltern per Post.

Protokoll: [[P|L. Fröhlich]]""", ["HEALTH"])

# 8
doc("outlook", "kita-anmeldung", f"""Betreff: Anmeldung Kita Sonnenhügel für unseren Sohn

Liebe Frau [[P|Kuhnle]],

wie am Telefon besprochen schicke ich Ihnen unsere Daten für die Anmeldung:

Kind: [[P|Luka Marić]], geb. [[DOB|17.09.2023]]
Eltern: [[P|Ana Marić]] und [[P|Josip Marić]]
Adresse: [[A|Rosenstraße 5]], [[A|73649 Remsfeld]]
Handy Mama: [[T|0151 27 48 33 90]], Papa: [[T|+49 172 9034117]]

[[P|Luka]] hat eine Neurodermitis und verträgt keine Kuhmilch, der Kinderarzt schreibt Ihnen gern eine Bescheinigung. Wir brauchen einen Ganztagsplatz ab März, weil ich wieder bei Bosch in Waiblingen anfange.

Viele Grüße
[[P|Ana Marić]]""", ["HEALTH"])

# 9
doc("word", "seniorenbuero-brief", f"""[[P|Wilhelm Schurr]]
[[A|Am Sonnenrain 31]]
[[A|73649 Remsfeld]]
Telefon [[T|0 71 81 - 6 23 47]]

An das Seniorenbüro der Stadt Remsfeld
z. Hd. Frau [[P|Ilse Dambacher]]
[[N|Marktplatz 1]]
[[N|73649 Remsfeld]]

Remsfeld, den 12. Juni 2025

Betreff: Mein Antrag auf Zuschuss zum Hausnotruf und verschiedene Anliegen

Sehr geehrte Frau [[P|Dambacher]],

zuerst möchte ich Ihnen recht herzlich danken für Ihren Besuch im April, es hat meiner Frau und mir sehr gut getan, dass sich jemand von der Stadt Zeit für uns nimmt. Sie haben gesagt, ich soll alles schriftlich machen, und das tue ich hiermit, wenn es auch etwas länger wird, denn ich bin jetzt 84 Jahre alt und schreibe nicht mehr so oft.

Wie Sie wissen, ist meine Frau [[P|Hildegard]], geb. [[P|Knödler]], seit dem vergangenen Herbst an Demenz erkrankt. Die Ärztin, Frau Dr. [[P|Lang]], hat im Januar die Pflegestufe, wie man heute sagt den Pflegegrad 3, bescheinigt. Nachts steht sie manchmal auf und weiß nicht, wo sie ist. Einmal ist sie bis zum Kelterplatz gelaufen, im Nachthemd, und der Herr [[P|Ayvaz]] vom Gemüseladen hat sie heimgebracht. Deshalb haben uns unsere Kinder zum Hausnotruf geraten.

Der Hausnotruf kostet im Monat 25,50 EUR, das Gerät ist von den Maltesern. Ich bitte um den Zuschuss, den die Stadt für Senioren mit kleiner Rente gewährt. Meine Rente beträgt 1.318,00 EUR, die meiner Frau 486,00 EUR. Den Rentenbescheid lege ich bei. Das Geld bitte auf unser Konto bei der Kreissparkasse, IBAN [[IBAN|{ib_g[0]}]], Kontoinhaber [[P|Wilhelm Schurr]].

Meine Krankenversichertennummer wollten Sie auch wissen, die ist [[KV|{kv[0]}]], und die von meiner Frau [[KV|{kv[1]}]]. Ich bin am [[DOB|3. Februar 1941]] geboren, meine Frau am [[DOB|28.10.1943]].

Dann habe ich noch eine Frage wegen dem Seniorennachmittag im Gemeindehaus. Früher hat uns immer der Herr [[P|Walz]] mit dem Auto abgeholt, aber der ist jetzt selber im Heim. Gibt es da jemand anderen? Unser Sohn [[P|Jürgen]] wohnt in Ulm und kann nur am Wochenende kommen, die Tochter [[P|Karin Schurr-Maier]] ist in Stuttgart und hat selber drei Kinder. Ihre Telefonnummer ist [[T|0711 / 84 92 016]], falls einmal etwas ist und Sie mich nicht erreichen.

Im Winter ist der Weg zu uns hinauf oft nicht geräumt. Der Koch vom Gasthaus Lamm hat voriges Jahr mit seinem Schneeschieber geholfen, aber das kann man nicht immer verlangen. Vielleicht kann der Bauhof die Staffel am Sonnenrain öfter räumen.

Ich hoffe, ich habe nichts vergessen. Nochmals vielen Dank für alles.

Mit freundlichen Grüßen

[[P|Wilhelm Schurr]]

Anlagen: Rentenbescheid, Rechnung Hausnotruf Nr. [[N|HN-2025-08817]]""", ["HEALTH"])

# 10
doc("outlook", "kita-gebuehren", f"""Betreff: SEPA mandate / Kita fees – change of bank account

Hi Frau [[P|Kuhnle]],

sorry for writing in English, my German is still not so good. We moved our account to a Dutch bank, could you please use the new IBAN for the Kita fees of our daughter [[P|Mai]] from September on:

Account holder: [[P|Nguyen Thi Thu Trang]]
IBAN: [[IBAN|{nl1}]]
Kundennummer: [[AZ|KV-10-47731]]

The old account at the Volksbank will be closed end of August. Thank you very much und viele Grüße!

Trang ([[P|Nguyen]])
[[A|Lindenweg 14]] · [[A|73649 Remsfeld]]""")

# 11
doc("word", "senioren-liste", f"""Seniorenbüro Remsfeld – Anmeldeliste Ausflug Blautopf, Mittwoch 17.09.2025 (Bus ab Rathaus 9:00 Uhr)

Nr. | Name, Vorname | Anschrift | Telefon | Bemerkung
1 | [[P|Häberle, Gertrud]] | [[A|Talstraße 4]] | [[T|07181 42211]] | Rollator
2 | [[P|Häberle, Erwin]] | [[A|Talstraße 4]] | [[T|07181 42211]] |
3 | [[P|Rossi, Maria Grazia]] | [[A|Eichendorffweg 2]] | [[T|0160 9412873]] | vegetarisch
4 | [[P|Çelik, Hatice]] | [[A|Kelterplatz 6/1]] | [[T|07181 889 04 31]] | mit Tochter [[P|Derya]]
5 | [[P|Wolf, Dieter]] | [[A|Am Bergle 18]] | [[T|07181/40915]] |
6 | [[P|Sokolowa, Ljudmila]] | [[A|Brühlstraße 22]] | – | spricht wenig Deutsch
7 | [[P|Maier, Karl-Heinz]] | [[A|Uhlandstraße 3]] | [[T|0171-4403198]] | zahlt bar
8 | [[P|Fischer, Elfriede]] | [[A|Uhlandstraße 3]] | [[T|0171-4403198]] | Begleitung von Nr. 7

Teilnahmebeitrag je Person 18,00 EUR (Buchungsnummer [[N|SB-25-093]]). Ansprechpartnerin am Tag: [[P|Ilse Dambacher]], Diensthandy [[T|0160 96 21 447]].""")

# 12
doc("outlook", "kurz-laerm", f"""Betreff: lärm baustelle

hallo, seit 6 uhr morgens wird in der [[N|Bachgasse]] gebaggert, auch samstags. ist das erlaubt?? gruß [[P|tanja]]

--
[[P|Tanja Schiele]] | [[T|0157 31206654]]""")

# 13
doc("word", "protokoll-ortschaftsrat", f"""Niederschrift über die öffentliche Sitzung des Ortschaftsrats Grunbach am 24.06.2025

Beginn: 19:00 Uhr, Ende: 21:40 Uhr, Ort: Rathaus Grunbach, Sitzungssaal
Vorsitz: Ortsvorsteherin [[P|Renate Zeller]]
Schriftführung: [[P|Patrick Hezel]]
Anwesend: 9 von 10 Mitgliedern; entschuldigt: [[P|Mustafa Aydın]]

TOP 1 – Bürgerfragestunde
Herr [[P|Friedrich Mack]], [[A|Lerchenstraße 12]], fragt nach dem Sachstand zur Sanierung der Remsbrücke. Frau [[P|Zeller]] verweist auf Drucksache [[N|DS 2025/118]]. Frau [[P|Olena Kravchenko]] bittet um eine Sitzbank an der Bushaltestelle Lerchenstraße; sie sei nach ihrer Hüftoperation auf Pausen angewiesen. Die Verwaltung prüft.

TOP 2 – Bebauungsplan „Krummäcker II", Nr. [[N|2/24]], Aufstellungsbeschluss
Herr [[P|Hezel]] erläutert die Planung. Rat [[P|Uwe Strähle]] kritisiert die Zufahrt über die Lerchenstraße. Der Beschluss wird mit 7:2 Stimmen gefasst.

TOP 3 – Verschiedenes
Herr [[P|Mack]] erklärt im Anschluss, er sei seit Jahren Mitglied der Bürgerinitiative „Remstal ohne Windkraft" und werde bei der nächsten Kommunalwahl für die Freien Wähler kandidieren. Der Vorsitz weist darauf hin, dass dies nicht Gegenstand der Sitzung ist.

gez. [[P|R. Zeller]]                gez. [[P|P. Hezel]]""", ["HEALTH", "POLITICS"])

# 14
doc("outlook", "bussgeld-firmenwagen", f"""Betreff: Bußgeldbescheid Kassenzeichen [[AZ|5.2025.447120]] – Firmenfahrzeug

Sehr geehrte Damen und Herren,

gegen den Bußgeldbescheid vom 11.07. lege ich als Geschäftsführer der [[P|Schwarz]] Sanitär & Heizung GmbH Einspruch ein. Das Fahrzeug [[KFZ|AA-SH 318]] ist ein Kundendienstwagen, der am fraglichen Tag von drei verschiedenen Monteuren genutzt wurde. Laut Fahrtenbuch war es zum Tatzeitpunkt bei einem Notdienst in der [[A|Gartenstraße 19]] (Heizungsausfall) im Einsatz, gefahren von unserem Mitarbeiter [[P|Adrian Nowak]].

Firmenangaben für Ihre Akte:
[[P|Schwarz]] Sanitär & Heizung GmbH
[[N|Industriestraße 44]], [[N|73650 Winterbach]]
USt-IdNr. [[VAT|{vat[1]}]]
Steuernummer [[TNR|{'28530081' + I.digits(5)}]]

Ich bitte um Einstellung des Verfahrens oder Übersendung an Herrn [[P|Nowak]].

Mit freundlichen Grüßen
[[P|Markus Schwarz]]
Geschäftsführer
Tel. [[N|07181 9933-0]] · [[E|m.schwarz@schwarz-shk.de]]""")

# 15
doc("outlook", "fuehrerschein-gutachten", f"""Betreff: Verlängerung C1E – ärztliches Gutachten

Guten Tag Herr [[P|Layher]],

wie gewünscht das Augenärztliche Gutachten und die Bescheinigung vom Hausarzt für die Verlängerung meiner Klassen C1E. Ich bin insulinpflichtiger Diabetiker (Typ 1) seit 2009, der Diabetologe hat bestätigt, dass ich seit Jahren keine Unterzuckerung mit Kontrollverlust hatte. Die Unterlagen vom Diabetologen schicke ich noch nach, der ist im Urlaub.

Meine Daten:
[[P|Heiko Strobel]], * [[DOB|07.05.1971]]
[[A|Friedhofstraße 2]], [[A|73649 Remsfeld]]
Personalausweis-Nr. [[IDC|{idc[0]}]]
Krankenkasse AOK Baden-Württemberg, Versichertennr. [[KV|{kv[2]}]]

Ich brauche den Führerschein dringend für die Arbeit (Fahrer beim Getränkehandel [[P|Bäcker]] in Urbach), der alte läuft am 31.08. ab.

Gruß
[[P|Heiko Strobel]]
[[T|0171 - 85 33 204]]""", ["HEALTH"])

# 16
doc("word", "gewerbe-vermerk", f"""Vermerk Gewerbeamt – Zuverlässigkeitsprüfung Gaststättenerlaubnis

Vorgang: [[AZ|GA-32.1-2025-0093]]
Antragstellerin: [[P|Despina Karagianni]], geb. [[DOB|30.11.1984]] in Thessaloniki
Geschäftsführerin der Taverna Olympia UG (haftungsbeschränkt), [[N|Remsstraße 2]], 73649 Remsfeld
Privatanschrift: [[A|Haldenweg 15]], [[A|73655 Plüderhausen]]

1. Führungszeugnis (Belegart O) liegt vor, ohne Eintrag.
2. Auskunft Gewerbezentralregister: keine Eintragungen.
3. Unbedenklichkeitsbescheinigung Finanzamt Schorndorf liegt vor; persönliche Steuer-ID laut Antrag [[TID|{group(tid[0], 3) if False else tid[0][:2] + ' ' + tid[0][2:5] + ' ' + tid[0][5:8] + ' ' + tid[0][8:]}]].
4. Lebensmittelhygiene-Unterrichtung (IHK) vom 04.03.2025, Bescheinigungsnummer [[N|IHK-LH 25-00781]].
5. Der frühere Betreiber, Herr [[P|Stavros Alexiou]], hat den Betrieb zum 30.06.2025 abgemeldet.

Ergebnis: Keine Bedenken gegen die Zuverlässigkeit. Erlaubnis kann erteilt werden.
Remsfeld, 15.07.2025, [[P|Kovačević]]""")

# 17
doc("outlook", "seniorenbuero-ausland", f"""Betreff: Re: AW: my father – Essen auf Rädern

Dear Mrs [[P|Dambacher]],

thanks a lot for organising the meals for Papa so quickly. Regarding the invoice: please debit my Austrian account, I will pay for him from now on.

Kontoinhaberin: [[P|Dr. Sabine Holzwarth-Eder]]
IBAN [[IBAN|{at1}]]
Anschrift: [[A|Linzer Gasse 17/4]], [[A|5020 Salzburg]], Österreich
mobile [[T|+43 664 318 27 05]]

My brother [[P|Thomas]] will visit him on Sunday and check the fridge :-)

Best, [[P|Sabine]]

> Am 18.08.2025 um 10:02 schrieb [[P|Ilse Dambacher]] <[[N|seniorenbuero@remsfeld.de]]>:
>
> Liebe Frau Dr. [[P|Holzwarth-Eder]],
> der Menüdienst beliefert Ihren Vater, Herrn [[P|Otto Holzwarth]], ab Montag täglich außer sonntags. Die Rechnung (Nr. [[N|MD-2508-1142]]) geht monatlich an die Anschrift [[A|Schillerstraße 8]], Remsfeld.
> Herzliche Grüße, [[P|Ilse Dambacher]]""")

# 18
doc("word", "jugendamt-uvg", f"""Landratsamt Ostalb-Rems – Jugendamt – Unterhaltsvorschusskasse

Frau
[[P|Katarzyna Wiśniewska]]
[[A|Bergstraße 27]]
[[A|73649 Remsfeld]]

Az.: [[AZ|UV 51.3-1189/25]]
14.08.2025

Bewilligung von Unterhaltsvorschuss für [[P|Oliwia Wiśniewska]], geb. [[DOB|09.04.2016]]

Sehr geehrte Frau [[P|Wiśniewska]],

für Ihre Tochter [[P|Oliwia]] wird ab 01.08.2025 Unterhaltsvorschuss in Höhe von 302,00 EUR monatlich bewilligt. Die Zahlung erfolgt auf Ihr Konto IBAN [[IBAN|{ib_g[1]}]].

Der Unterhaltsanspruch des Kindes gegen den Vater, Herrn [[P|Paweł Zieliński]], geb. [[DOB|22.11.1958]], geht nach § 7 UVG auf das Land über. Für die Prüfung seiner Leistungsfähigkeit haben wir seine Rentenversicherungsnummer [[SSN|{ssn3[:2]} {ssn3[2:8]} {ssn3[8]} {ssn3[9:]}]] und seine Steuer-ID [[TID|{tid[1]}]] bei der Rentenversicherung bzw. dem Bundeszentralamt abgefragt. Er lebt nach Ihren Angaben in Polen (Gdańsk).

Bitte teilen Sie uns jede Änderung (Umzug, Heirat, Aufenthalt des Kindes) sofort mit.

Mit freundlichen Grüßen
Im Auftrag
[[P|Melanie Häfner]]""")

# 19
doc("outlook", "gewerbe-gaststaette", f"""Betreff: Außenbewirtung Taverna Olympia

Kalimera Herr [[P|Kovačević]],

danke für die schnelle Erlaubnis! Noch eine Frage: dürfen wir auf dem Gehweg vor dem Lokal 4 Tische stellen? Der Nachbar, Herr [[P|Winter]] vom Schuhgeschäft, ist einverstanden, er hat nur gesagt im Winter müssen die Tische weg.

Meine Schwester [[P|Eirini]] hilft mir mit der Buchhaltung, sie ist erreichbar unter [[E|eirini.karagianni@t-online.de]].

Viele Grüße
[[P|Despina Karagianni]]
Taverna Olympia · [[T|0176 22 81 09 45]]
USt-IdNr. [[VAT|{vat[2]}]]""")

# 20
doc("word", "personal-vermerk", f"""Vertraulich – Personalakte
Vermerk über ein Gespräch im Rahmen des Betrieblichen Eingliederungsmanagements (BEM)

Beschäftigter: [[P|Sergej Becker]], Bauhof Remsfeld, Personalnummer [[N|40117]]
geboren am [[DOB|3. Juli 1971]]
Rentenversicherungsnummer: [[SSN|{ssn2}]]
Krankenkasse: BKK Mobil, KVNR [[KV|{kv[3]}]]
Anwesend: Herr [[P|Becker]]; [[P|Gül Şahin]] (Personalamt); [[P|Ralf Dannenmann]] (Personalrat, zugleich ver.di-Vertrauensmann)

Herr [[P|Becker]] war seit Januar an insgesamt 64 Tagen arbeitsunfähig. Er berichtet von einem Bandscheibenvorfall (L4/L5) und einer anschließenden Reha in Bad Urach. Schwere Lasten über 15 kg soll er nach ärztlicher Empfehlung dauerhaft nicht mehr heben.

Herr [[P|Becker]] ist Mitglied der Gewerkschaft ver.di und wünscht ausdrücklich, dass Herr [[P|Dannenmann]] an allen weiteren Gesprächen teilnimmt.

Vereinbart: Einsatz in der Grünpflege mit Kleingeräten ab 01.09.2025, Überprüfung nach drei Monaten.

Remsfeld, 19.08.2025   [[P|G. Şahin]]""", ["HEALTH", "UNION"])

# 21
doc("outlook", "kfz-online-zahlung", f"""Betreff: Zahlung Kurzzeitkennzeichen fehlgeschlagen

Hallo,

ich hab online ein Kurzzeitkennzeichen beantragt (Vorgangsnummer [[AZ|IKFZ-2025-0815-33917]]), die Zahlung mit meiner Kreditkarte [[CC|{group(cc_amex[:4],4)} {cc_amex[4:10]} {cc_amex[10:]}]] ist aber zweimal abgebrochen. Jetzt hab ich es mit der Karte meiner Freundin probiert ([[CC|{group(cc_visa, 4)}]]), wieder Fehler. Wurde da trotzdem was abgebucht?? Ich brauch das Kennzeichen am Freitag für die Überführung von Heilbronn.

[[P|Dennis Kübler]]
[[A|Rotenbergstr. 3]]
[[A|73649 Remsfeld]]""")

# 22
doc("word", "kfz-sammelliste", f"""Autohaus Hägele GmbH – Sammelauftrag Zulassung, Übergabe an Zulassungsstelle Remsfeld am 28.08.2025

Pos | Halter | Anschrift | Vorgang | Kennzeichen | Bemerkung
1 | [[P|Oksana Melnyk]] | [[A|Mühlweg 9]], [[A|73649 Remsfeld]] | Neuzulassung | [[KFZ|WN-OM 77E]] | E-Kennzeichen, SEPA-Mandat Kfz-Steuer liegt bei
2 | [[P|Ahmad Al-Khatib]] | [[A|Wilhelmstraße 120]], [[A|73614 Schorndorf]] | Umschreibung | [[KFZ|S-AK 4410]] → [[KFZ|WN-AK 441]] | Vollmacht liegt vor
3 | [[P|Hans-Jörg von der Heydt]] | [[A|Schloßgartenweg 1]], [[A|73655 Plüderhausen]] | Wiederzulassung | [[KFZ|WN-H 1955H]] | Oldtimer, Gutachten § 23 StVZO
4 | [[P|Ngozi Okafor-Braun]] | [[A|Karlstraße 6]], [[A|73650 Winterbach]] | Halterwechsel | [[KFZ|AA-NB 212]] | Personalausweis [[IDC|{idc[1]}]]

Rechnungsnummer Sammelauftrag: [[N|AH-RE-2025-2291]], Gesamtgebühren 412,40 EUR.
Kontakt Autohaus: [[P|Jochen Hägele]], [[T|07181 4807-12]]""")

# 23
doc("outlook", "seniorenbuero-regenbogen", f"""Betreff: gibt es einen Seniorentreff für schwule Männer?

Grüß Gott Frau [[P|Dambacher]],

mein Mann [[P|Bernd]] und ich ([[P|Klaus-Dieter Renz]], 72) sind vor einem Jahr von Stuttgart nach Remsfeld gezogen, weil [[P|Bernds]] Mutter hier im Pflegeheim ist. Wir sind seit über 30 Jahren ein Paar und seit 2017 verheiratet. In Stuttgart waren wir in einer Gruppe für ältere schwule Männer, so etwas fehlt uns hier sehr. Gibt es im Remstal etwas Vergleichbares oder wären Sie bereit, so einen Treff zu unterstützen? Wir würden ihn gern selber organisieren.

Erreichbar sind wir unter [[T|07181 – 2 34 77]] oder per Mail.

Herzliche Grüße
[[P|Klaus-Dieter Renz]] und [[P|Bernd Ostertag-Renz]]
[[A|Vogelsang 3]], [[A|73649 Remsfeld]]""", ["SEXUAL_ORIENTATION"])

# 24
doc("word", "pass-vermerk", f"""Stadt Remsfeld – Bürgerbüro / Pass- und Ausweisbehörde
Vermerk zur Antragstellung Reisepass

Antragsteller: [[P|Goran Jovanović]], geb. [[DOB|01.06.1990]]
Anschrift: [[A|Kirchstraße 16]], [[A|73649 Remsfeld]]
Bisheriger Personalausweis: [[IDC|{idc[2]}]]
Neuer Reisepass: Seriennummer [[PASS|{pas[0]}]]

Die Fingerabdrücke konnten nicht wie vorgesehen vom linken und rechten Zeigefinger abgenommen werden, da der rechte Zeigefinger nach einem Arbeitsunfall amputiert ist. Abgenommen wurden daher der linke Zeigefinger und der rechte Mittelfinger; die Qualitätswerte (NFIQ 2) liegen bei 41 und 38. Das biometrische Lichtbild wurde vor Ort erstellt.

Gebühr 70,00 EUR, bar bezahlt, Quittung Nr. [[N|BB-Q-25-18836]].
Bearbeitet: [[P|Jasmin Eisele]], 20.08.2025""", ["BIOMETRIC", "HEALTH"])

# 25
doc("outlook", "jugendamt-vaterschaft", f"""Betreff: Vaterschaft / Abstammungsgutachten – Beistandschaft [[AZ|BS 52.1-077/24]]

Sehr geehrte Frau [[P|Häfner]],

das Abstammungsgutachten des Instituts für Rechtsmedizin liegt jetzt vor. Danach ist Herr [[P|Kwame Mensah]] mit einer Wahrscheinlichkeit von 99,999 % der biologische Vater von [[P|Amara]]. Der DNA-Vergleich hat außerdem ergeben, dass [[P|Amara]] wie ihr Vater Trägerin der Sichelzellanlage ist; die Kinderärztin soll das wissen.

Herr [[P|Mensah]] hat angekündigt, die Vaterschaft nun beim Standesamt anzuerkennen. Seine Anschrift: [[A|Hohenstaufenstraße 58]], [[A|73033 Göppingen]], Tel. [[T|0162 / 707 44 19]].

Mit freundlichen Grüßen
[[P|Lea-Marie Schuster]]
Mutter von [[P|Amara Schuster]], geb. [[DOB|12.12.2023]]""", ["GENETIC", "HEALTH"])

# 26
doc("outlook", "kita-beschwerde", f"""Betreff: Beschwerde über Erzieherin in der Kita Regenbogen

Sehr geehrte Damen und Herren von der Kita-Verwaltung,

mein Name ist [[P|Romeo Reinhardt]], wir sind eine Sinti-Familie und leben seit Generationen in Remsfeld. Unsere Tochter [[P|Jasmina]] (4) wurde letzte Woche von einer Erzieherin vor anderen Eltern als „Zigeunerkind" bezeichnet. Meine Frau [[P|Stella]] war dabei. Wir wollen, dass das aufgeklärt wird und wollen ein Gespräch mit der Leitung, Frau [[P|Fuchs]].

Wir wohnen [[A|Am Remsufer 11]]. Sie erreichen mich unter [[T|0152-53390871]] oder [[E|romeo.reinhardt@web.de]].

Mit freundlichem Gruß
[[P|R. Reinhardt]]""", ["ETHNICITY"])

# 27
doc("word", "bauamt-ortstermin", f"""Aktenvermerk Ortstermin – Baukontrolle
Az.: [[AZ|BK-621.4/2025-0052]]

Ort: [[A|Kelterweg 12]] (Grundstück [[P|Bäuerle]]), angrenzend [[A|Kelterweg 14]] (Grundstück [[P|Pfleiderer]])
Datum: 30.07.2025, 10:00 Uhr
Teilnehmer: [[P|Gerhard Bäuerle]], [[P|Annelie Pfleiderer]], [[P|S. Kächele]] (Bauamt), [[P|Marc Vogel]] (Baukontrolleur)

Anlass: Beschwerde von Frau [[P|Pfleiderer]] über ein Gartenhaus mit Vogelvoliere an der gemeinsamen Grenze.

Feststellungen: Das Gartenhaus misst 3,20 × 4,10 m, Höhe 2,60 m, Brutto-Rauminhalt ca. 34 m³. Es ist damit nach Nr. 1 a des Anhangs zu § 50 LBO verfahrensfrei, hält aber den Abstand zur Grenze nicht ein. In der Voliere werden Wellensittiche gehalten; Lärm wurde beim Termin nicht festgestellt. Herr [[P|Vogel]] weist darauf hin, dass die Dachrinne auf das Nachbargrundstück entwässert.

Herr [[P|Bäuerle]] sagt zu, die Dachrinne bis Ende August umzulegen. Frau [[P|Pfleiderer]] ist damit einverstanden. Weitere Maßnahmen sind nicht erforderlich; die Sache ist im Übrigen zivilrechtlich zu klären. Bebauungsplan „Kelter" Nr. [[N|1/98]] enthält keine Festsetzungen zu Nebenanlagen.

[[P|Kächele]]""")

# 28
doc("outlook", "bussgeld-zahlung", f"""Betreff: bezahlt

Poštovani, hab heute die 35 euro überwiesen, Kassenzeichen [[AZ|5.2025.451867]], von meinem konto [[IBAN|{ib[2]}]]. bitte kein mahnung mehr schicken.
[[P|Zoran Petrović]]""")

# 29
doc("word", "kita-gebuehrenbescheid", f"""Stadt Remsfeld · Kita-Verwaltung · [[N|Marktplatz 1]] · [[N|73649 Remsfeld]]
Telefon [[N|07181 609-0]] · [[N|kita@remsfeld.de]]

Eheleute
[[P|Fatma]] und [[P|Hüseyin Doğan]]
[[A|Gartenstraße 7]]
[[A|73649 Remsfeld]]

Kundennummer: [[AZ|KV-10-52208]]
Datum: 01.08.2025

Festsetzung der Elternbeiträge für [[P|Elif Doğan]], geb. [[DOB|5. Januar 2022]], Kita Sonnenhügel, Ganztagsbetreuung (VÖ 7:00–16:30 Uhr)

Sehr geehrte Frau [[P|Doğan]], sehr geehrter Herr [[P|Doğan]],

auf der Grundlage der Satzung über die Benutzung der Kindertageseinrichtungen (§ 6) und Ihrer Einkommenserklärung vom 12.07.2025 wird der monatliche Elternbeitrag ab 01.09.2025 wie folgt festgesetzt:

Beitragsstufe 3 (Familieneinkommen 48.001 – 60.000 EUR) | 3 Kinder unter 18 Jahren im Haushalt | 212,00 EUR
Verpflegungspauschale (Mittagessen) | | 76,00 EUR
Gesamt monatlich | | 288,00 EUR

Auf Ihren Wunsch wird das Mittagessen ohne Schweinefleisch angeboten, da Ihre Familie sich nach den muslimischen Speisevorschriften ernährt.

Der Betrag wird aufgrund des SEPA-Lastschriftmandats von Ihrem Konto IBAN [[IBAN|{ib_g[3]}]] (Kontoinhaber [[P|Hüseyin Doğan]]) jeweils zum 5. des Monats eingezogen. Unsere Gläubiger-ID lautet [[N|DE42ZZZ00000118437]].

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadt Remsfeld erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Petra Kuhnle]]""", ["RELIGION"])

# 30
doc("outlook", "gewerbe-abmeldung", f"""Betreff: FW: Gewerbeabmeldung – Okonkwo Handyreparatur

Hi Mr [[P|Kovačević]], hier die Mail vom Steuerberater, wie besprochen. Thanks! [[P|Chidi]]

---------- Forwarded message ---------
Von: Steuerbüro [[P|Lämmle]] <[[N|info@stb-laemmle.de]]>
Date: Mon, 25 Aug 2025 at 16:40
Subject: Gewerbeabmeldung
To: [[P|Chidi Okonkwo]] <[[E|chidi.okonkwo@outlook.com]]>

Lieber Herr [[P|Okonkwo]],

für die Abmeldung Ihres Gewerbes (Handyreparatur, [[N|Bahnhofstraße 3]]) zum 30.09.2025 benötigt das Gewerbeamt Ihre Steuernummer [[TNR|{'53082/' + I.digits(5)}]], die USt-IdNr. [[VAT|{vat[3]}]] und eine Kopie Ihres nigerianischen Reisepasses (Nr. [[PASS|A09348817]]). Die Privatadresse ist weiterhin [[A|Schulstraße 21/1]], [[A|73649 Remsfeld]], richtig?

Mit freundlichen Grüßen
[[P|Eberhard Lämmle]]
Steuerberater""")


lines = []
for n, (channel, template, marked, flags) in enumerate(D, 1):
    lines.append(build(f"F44-{n:03d}", channel, template, marked, flags))
assert len(lines) == 30, len(lines)
with open(os.path.join(OUT, "fresh44.jsonl"), "w", encoding="utf-8") as f:
    for d in lines:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(lines), "documents,", sum(len(d["entities"]) for d in lines), "entities")
