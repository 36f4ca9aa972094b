using KiOfficeAddin.Guardrails.Pii;

namespace KiOfficeAddin.Guardrails.Tests.Pii;

/// <summary>
/// One case per kind of evidence (salutation, signature, header, address shape, context word …), written
/// independently of the dev corpus so that the rules are checked for the evidence, not for the corpus wording.
/// </summary>
public sealed class PiiEvidenceTests
{
    private readonly PiiDetector detector = new();

    public static TheoryData<string, string, string> Protected() => new()
    {
        // Salutations and honorifics
        { "Sehr geehrte Frau Dr. Wiegand-Okafor,\n\nvielen Dank für Ihr Schreiben.", "Wiegand-Okafor", "PERSON" },
        { "Hallo Herr Öztürk, anbei die Unterlagen.", "Öztürk", "PERSON" },
        { "Guten Tag Jannik Vossberg,\nwir bestätigen den Eingang.", "Jannik Vossberg", "PERSON" },
        { "Liebe Svetlana,\nwie besprochen sende ich dir die Liste.", "Svetlana", "PERSON" },
        { "hallo frau schmidt,\nkönnen sie mich zurückrufen?", "schmidt", "PERSON" },
        { "Sehr geehrter Herr von der Heide,\nIhr Antrag liegt vor.", "von der Heide", "PERSON" },
        { "Sehr geehrter Herr Prof. Dr. van Dyk,\nwir laden Sie ein.", "van Dyk", "PERSON" },
        { "Sehr geehrte Eheleute Nowakowski,\nIhr Bescheid folgt.", "Nowakowski", "PERSON" },
        // Signatures and closings
        { "Ich bitte um Rückmeldung.\n\nMit freundlichen Grüßen\n\nKonstantin Hergenröther", "Konstantin Hergenröther", "PERSON" },
        { "Danke!\n\nlg\nmarie", "marie", "PERSON" },
        { "Bis dann.\nViele Grüße, Mehmet", "Mehmet", "PERSON" },
        { "Hochachtungsvoll\ni. A. Brigitte Lüdtke-Hohmann\nSachbearbeiterin", "Brigitte Lüdtke-Hohmann", "PERSON" },
        { "Beste Grüße\nDr. Aleksandra Wiśniewska", "Aleksandra Wiśniewska", "PERSON" },
        { "Freundliche Grüße\nYusuf und Elif Karataş", "Elif Karataş", "PERSON" },
        // Quoted mail headers and address lines
        { "Am 12.03.2025 um 09:14 schrieb Tobias Brandhorst <t.brandhorst@web.de>:\n> Hallo", "Tobias Brandhorst", "PERSON" },
        { "Von: Ingeborg Schwertfeger <i.schwertfeger@gmx.de>\nGesendet: Montag", "Ingeborg Schwertfeger", "PERSON" },
        // Relations, labels, introductions
        { "Mein Nachbar Grzegorz Wójcik hat den Schaden gesehen.", "Grzegorz Wójcik", "PERSON" },
        { "Antragstellerin: Khadija El-Amrani\nGeburtsdatum: 03.11.1979", "Khadija El-Amrani", "PERSON" },
        { "Mein Name ist Dmitrij Wolkow und ich wohne seit 2019 hier.", "Dmitrij Wolkow", "PERSON" },
        { "Ansprechpartner: Herr Baumgärtner, Zimmer 204", "Baumgärtner", "PERSON" },
        { "Es erschien Phan Thị Hồng und legte ihren Ausweis vor.", "Phan Thị Hồng", "PERSON" },
        { "Betroffen sind die Kinder Jaro (geb. 03.05.2017) und Nele Brinkhoff.", "Jaro", "PERSON" },
        { "Betroffen sind die Kinder Jaro (geb. 03.05.2017) und Nele Brinkhoff.", "Nele Brinkhoff", "PERSON" },
        { "Fahrzeugeigentümerin: Dragana Ilić\nKennzeichen folgt", "Dragana Ilić", "PERSON" },
        { "Offene Posten:\n- Oppermann, Gisela: 40,00 EUR\n- Kasse klären", "Oppermann, Gisela", "PERSON" },
        { "Fälle:\n2. Ottavio Kowalczyk, Antrag auf Wohngeld", "Ottavio Kowalczyk", "PERSON" },
        { "Die Akte geht zurück an die Registratur.\n\nR. Hegemann", "R. Hegemann", "PERSON" },
        { "Mfg\nK.-H. Oberkötter", "K.-H. Oberkötter", "PERSON" },
        { "Frau Edith von Ketteler-Haus rief an; Frau „von Ketteler\" wünscht Rückruf.", "von Ketteler", "PERSON" },
        { "Sehr geehrte Frau Sonntag,\nwir melden uns am Montag.", "Sonntag", "PERSON" },
        { "Kofi Asante, geboren am 02.02.1990, wohnt hier.", "Kofi Asante", "PERSON" },
        { "Name, Vorname: KRAMPE, Hedwig", "KRAMPE, Hedwig", "PERSON" },
        { "hallo, hier schreibt jana wagner wegen der tonne.", "jana wagner", "PERSON" },
        { "Ich wohne mit meiner Tochter Leonora (11) zur Untermiete.", "Leonora", "PERSON" },
        { "Zuständig: Ann-Sophie Bergkemper, Zimmer 12", "Ann-Sophie Bergkemper", "PERSON" },
        { "Danke für alles.\n\nHerzlichst\nAdelheid Rüsenberg", "Adelheid Rüsenberg", "PERSON" },
        { "Ehefrau: Leila Karimi, geb. Moradi", "Moradi", "PERSON" },
        { "Die Pflegeeltern Jörg und Sabine Tennhoff kommen mit.", "Jörg", "PERSON" },
        { "An: Juan Carlos Moreno Díaz <jc.moreno@example.es>\n\nGruß\nJuan Carlos Moreno Díaz", "Carlos Moreno", "PERSON" },
        { "Anwesend: Kerstin Bauer (Leitung), Tomasz Nowak, Ilinca Vasilescu\nTOP 1", "Ilinca Vasilescu", "PERSON" },
        // Evidence without a cue word (issue #3): surname endings, possessives, name plates, c/o, firms, lower case
        { "Der Schaden wurde laut Hausmeister von Jovanović gemeldet.", "Jovanović", "PERSON" },
        { "Die Unterlagen hat Dragica Marinković gestern abgegeben.", "Dragica Marinković", "PERSON" },
        { "Den Antrag stellte Frau Rusu; die Mitteilung ging an Popescu.", "Popescu", "PERSON" },
        { "Unterstützt wurde sie dabei von Nikolaidis und seinem Team.", "Nikolaidis", "PERSON" },
        { "Die Wohnung nebenan bewohnt Hovhannisyan mit zwei Kindern.", "Hovhannisyan", "PERSON" },
        { "Ab Dienstag bringt meine Mutter unsere Sascha zum Training.", "Sascha", "PERSON" },
        { "Die Bescheinigung ist für Jonas ausgestellt worden.", "Jonas", "PERSON" },
        { "Auf dem Briefkasten steht nichts, aber laut Türschild Abernathy wohnt dort jemand.", "Abernathy", "PERSON" },
        { "Bitte schicken Sie den Bescheid an: tim gerber, bei Adeyemi, Lindenstraße 4, 59755 Arnsberg.", "Adeyemi", "PERSON" },
        { "bitte klingeln bei nguyen, 2. stock.", "nguyen", "PERSON" },
        { "Vertreten durch die Kanzlei Brzezinski & Partner, Bonn.", "Brzezinski", "PERSON" },
        { "Die Rechnung stellte Yılmaz & Söhne aus.", "Yılmaz", "PERSON" },
        { "Für die Firma (Demir Gebäudereinigung, Inhaber Ali Demir) frage ich an.", "Demir", "PERSON" },
        { "ich frage für meinen sohn lukas nach.", "lukas", "PERSON" },
        { "danke und schöne grüße\nzhou mingyu\n0176 5550 1234", "zhou mingyu", "PERSON" },
        { "Gestern hat Bogdan den Schlüssel abgegeben; Radu kommt morgen.", "Bogdan", "PERSON" },
        { "Gestern hat Bogdan den Schlüssel abgegeben; Radu kommt morgen.", "Radu", "PERSON" },
        { "Wir beantragen das Geld für Lucas und Amelie.", "Amelie", "PERSON" },
        { "Die Betreuung meines Bruders, Anatoli Dschugaschwili, endet im Mai.", "Anatoli Dschugaschwili", "PERSON" },
        { "Bitte melden Sie sich bei mir.\n\nIlkay Tsvetanov\n0151 2200 3344", "Ilkay Tsvetanov", "PERSON" },
        { "Die Unterlagen liegen bei.\n\nTsehay Woldemariam, Vater", "Tsehay Woldemariam", "PERSON" },
        { "das geht an unsere sophie, sie ist jetzt sechs.", "sophie", "PERSON" },
        { "Die Rechnung stellte die Schreinerei Hölscheidt & Söhne.", "Hölscheidt", "PERSON" },
        // Later mentions of a found person
        { "Herr Theodor Quast beantragt Wohngeld. Quasts Einkommen ist gering; Quast legt Belege vor.", "Quasts", "PERSON" },
        { "Frau Irmgard Pohlmann rief an. Irmgard bittet um Rückruf.", "Irmgard", "PERSON" },
        // Addresses
        { "Ich wohne in der Zur Feldmühle 12-14 in Arnsberg.", "Zur Feldmühle 12-14", "ADDRESS" },
        { "Anschrift: Clemens-August-Str. 120, 59821 Arnsberg", "Clemens-August-Str. 120", "ADDRESS" },
        { "Anschrift: Clemens-August-Str. 120, 59821 Arnsberg", "59821 Arnsberg", "ADDRESS" },
        { "Der Baum vor dem Haus Am Eichholz 3a ist umgestürzt.", "Am Eichholz 3a", "ADDRESS" },
        { "Lieferadresse: Unter den Linden 77, 10117 Berlin", "Unter den Linden 77", "ADDRESS" },
        { "wohnhaft Alter Hellweg 4 b in 59494 Soest", "Alter Hellweg 4 b", "ADDRESS" },
        { "Frau Petra Ilgen\nKirchplatz 3\n59872 Meschede", "59872 Meschede", "ADDRESS" },
        { "Herrn Luigi Ferrante\nPostfach 45 12\n59872 Meschede", "Postfach 45 12", "ADDRESS" },
        { "Er wohnt jetzt in der Via Garibaldi 7, 20121 Milano.", "Via Garibaldi 7", "ADDRESS" },
        { "Unsere Anschrift: Bruchhausener Höhe 4, 59759 Arnsberg", "Bruchhausener Höhe 4", "ADDRESS" },
        // Contact data
        { "Erreichbar unter 0 29 31 / 96 34 12 oder mobil 0151 2345 6789.", "0151 2345 6789", "PHONE" },
        { "Tel.: +49 (0) 2932 8765-12", "+49 (0) 2932 8765-12", "PHONE" },
        { "Rückruf bitte unter (02931) 52 77 90.", "(02931) 52 77 90", "PHONE" },
        { "Rückruf bitte unter 0 29 32 / 51 06 3.", "0 29 32 / 51 06 3", "PHONE" },
        { "Mobil: 0170 – 12 34 56 7", "0170 – 12 34 56 7", "PHONE" },
        { "Schreiben Sie an m.oezdemir+stadt@posteo.de.", "m.oezdemir+stadt@posteo.de", "EMAIL" },
        // Dates of birth
        { "Der Antragsteller (geb. am 4. Juli 1961) ist verstorben.", "4. Juli 1961", "DATE_OF_BIRTH" },
        { "Kind: Lina Brenner, * 14.05.2019", "14.05.2019", "DATE_OF_BIRTH" },
        { "Geburtsdatum: 1984-09-30", "1984-09-30", "DATE_OF_BIRTH" },
        { "Unser Sohn ist am 2. Juni 2026 in Soest zur Welt gekommen.", "2. Juni 2026", "DATE_OF_BIRTH" },
        // Identifiers with and without check digits
        { "Bitte auf DE89 3704 0044 0532 0130 00 überweisen.", "DE89 3704 0044 0532 0130 00", "IBAN" },
        { "IBAN: AT61 1904 3002 3457 3201", "AT61 1904 3002 3457 3201", "IBAN" },
        // Twentieth session: a second IBAN after "und" (the first one's shape runs on into it).
        { "Zwei Konten: DE89 3704 0044 0532 0130 00 und PT50 9563 5586 6172 0676 5133 9.", "PT50 9563 5586 6172 0676 5133 9", "IBAN" },
        { "Konten: DE89 3704 0044 0532 0130 00 und AT61 1904 3002 3457 3201 und DE89 3704 0044 0532 0130 00", "AT61 1904 3002 3457 3201", "IBAN" },
        { "Unser Zeichen: 32-12/2025-Mü", "32-12/2025-Mü", "CASE_REFERENCE" },
        { "Kundennummer 4711-0815-33", "4711-0815-33", "CASE_REFERENCE" },
        { "Bußgeldbescheid Az.: 2.3-4711/25", "2.3-4711/25", "CASE_REFERENCE" },
        { "Aktenzeichen: BV 2031/2025", "BV 2031/2025", "CASE_REFERENCE" },
        { "Kundennummer beim Sozialamt: SA-7781-02", "SA-7781-02", "CASE_REFERENCE" },
        { "Bitte zahlen Sie unter Angabe des Aktenzeichens 4.1-556/25.", "4.1-556/25", "CASE_REFERENCE" },
        { "Förderungsnummer: KF 0412/26-3", "KF 0412/26-3", "CASE_REFERENCE" },
        { "Az. Landgericht 12 O 345/25 – Stellungnahme folgt.", "12 O 345/25", "CASE_REFERENCE" },
        { "Elterngeldnummer: EG 2026/11408 – bitte immer angeben.", "EG 2026/11408", "CASE_REFERENCE" },
        { "Ich beziehe Bürgergeld (BG-Nummer 31702//0051190).", "31702//0051190", "CASE_REFERENCE" },
        { "Mein Zeichen aus dem Vorverfahren: 61/BV-0331/2024", "61/BV-0331/2024", "CASE_REFERENCE" },
        { "abholadresse: lindenstr. 9, 59755 arnsberg.", "lindenstr. 9", "ADDRESS" },
        { "ich wohne jetzt kettelerstraße 40 in 59757 arnsberg", "59757 arnsberg", "ADDRESS" },
        { "Kennzeichen HSK-AB 123 wurde geblitzt.", "HSK-AB 123", "LICENSE_PLATE" },
        { "amtliches Kennzeichen: M XY 4711E", "M XY 4711E", "LICENSE_PLATE" },
        { "Steuer-IdNr. 86 095 742 719 liegt vor.", "86 095 742 719", "TAX_ID" },
        { "Karte: 4111 1111 1111 1111", "4111 1111 1111 1111", "CREDIT_CARD" },
        // Issue #3, round 6: evidence the sixth held-out batch showed missing (own wordings, not the batch's)
        { "Ich bitte um Hilfe für meine Frau Ghazal al-Khouri, sie ist krank.", "Ghazal al-Khouri", "PERSON" },
        { "Das Fahrrad von unser Tochter Siham wurde gestohlen.", "Siham", "PERSON" },
        { "Wir haben noch eine Tochter, Awate, sie ist zwei.", "Awate", "PERSON" },
        { "My husband Chukwudi will come to the appointment.", "Chukwudi", "PERSON" },
        { "Anwesend war die Dolmetscherin Soraya Mirzaei.", "Soraya Mirzaei", "PERSON" },
        { "Den Unfall hat POK Wiesmann aufgenommen.", "Wiesmann", "PERSON" },
        { "Gerne würde ich wissen, wann ich meinem Sohn Bescheid geben kann.\n\nVielen Dank für Ihre Mühe!\nOdinaka Ugwu", "Odinaka Ugwu", "PERSON" },
        { "mit besten grüßen\ndorota szczęsna\nam hagen 4, 58642 iserlohn", "dorota szczęsna", "PERSON" },
        { "mit besten grüßen\ndorota szczęsna\nam hagen 4, 58642 iserlohn", "am hagen 4", "ADDRESS" },
        { "mit besten grüßen\ndorota szczęsna\nam hagen 4, 58642 iserlohn", "58642 iserlohn", "ADDRESS" },
        { "Liane Overbeck (vormals Tüshaus) beantragt die Namensänderung.", "Tüshaus", "PERSON" },
        { "Nach dem Gutachten ist Ikenna Obi der Vater. Herr Obi zahlt nicht.", "Ikenna Obi", "PERSON" },
        { "Unterhalt wird für Chinonso (geb. 02.03.2021) beantragt.", "Chinonso", "PERSON" },
        { "Post bitte an: c/o Adaeze Okafor-Lindemann, Hauptstraße 5", "Adaeze Okafor-Lindemann", "PERSON" },
        { "Wohnhaft: Mariahilfer Straße 41/3, 1060 Wien", "1060 Wien", "ADDRESS" },
        { "Meine Frau kam am 4.7.1992 in Izmir zur Welt.", "4.7.1992", "DATE_OF_BIRTH" },
        { "Für die Aufenthaltserlaubnis: ihr Reisepass Nr. K40921187 ist gültig.", "K40921187", "PASSPORT" },
        { "Unser Aktenzeichen ist 32.1-WB-2291/26, bitte angeben.", "32.1-WB-2291/26", "CASE_REFERENCE" },
        { "Legen Sie bitte die Akte SGB 5.3-0871/25 vor.", "SGB 5.3-0871/25", "CASE_REFERENCE" },
        // Round 7, from the seventh held-out batch (own wordings)
        { "wir ziehen um, vorher wohnten wir im lindenweg 12 in 21394 kirchgellersen.", "lindenweg 12", "ADDRESS" },
        { "der hausmeister herr kuckuck hat den schlüssel.", "kuckuck", "PERSON" },
        { "unsere tochter mirela (geb. 11.02.2015) kommt mit.", "mirela", "PERSON" },
        { "bitte schicken sie die post an c/o wendland.", "wendland", "PERSON" },
        { "Tel. +48 22 628 04 47 / 0162 447 1093", "0162 447 1093", "PHONE" },
        { "Tel. +48 22 628 04 47 / 0162 447 1093", "+48 22 628 04 47", "PHONE" },
        { "Herrn und Frau\nDawit Tesfay und Selam Gebremedhin\nAm Sande 4", "Dawit Tesfay", "PERSON" },
        { "Name, Vorname: Brzezinski, Walter\n\nLüneburg, 02.11.2026     W. Brzezinski", "W. Brzezinski", "PERSON" },
        { "danke!\nmin-jun park (minnie)\nm.park@example.org", "minnie", "PERSON" },
        { "Das Kassenzeichen vom letzten Jahr war 6.2200.100731.", "6.2200.100731", "CASE_REFERENCE" },
        { "An die Bürgermeisterin\nFrau Dr. Henrike von der Recke", "Dr. Henrike von der Recke", "PERSON" },
        // Round 8, from the eighth held-out batch (own wordings)
        { "Vielen Dank\nTrần Thị Lan\nStraße der Jugend 22\n07545 Gera", "Straße der Jugend 22", "ADDRESS" },
        { "Neue Anschrift: Siedlung am Forst 3, 04808 Wurzen", "Siedlung am Forst 3", "ADDRESS" },
        { "ich wohn jetzt tannengrund 7 a in 09599 freiberg", "tannengrund 7 a", "ADDRESS" },
        { "Zustellung an: Avenue de la Gare 12, 1003 Lausanne", "Avenue de la Gare 12", "ADDRESS" },
        { "Aktenzeichen: 51.2-SGB VIII-0417/26\nBescheid", "51.2-SGB VIII-0417/26", "CASE_REFERENCE" },
        { "Unser Zeichen: 233/26 MK/bw", "233/26 MK/bw", "CASE_REFERENCE" },
        { "Kontoinhaberin Hiltrud Schwenninger", "Hiltrud Schwenninger", "PERSON" },
        { "Anwesend war Oberbrandmeister Kowalke.", "Kowalke", "PERSON" },
        { "Unser Sohn Liam Mai Tran ist erkrankt.", "Liam Mai Tran", "PERSON" },
        { "Ich habe nur den syrischen Reisepass (N012345678) dabei.", "N012345678", "PASSPORT" },
        // Round 9, from the ninth held-out batch (own wordings)
        { "Seine Rentenversicherungsnummer lautet 12 150168 M 41 9.", "12 150168 M 41 9", "SOCIAL_SECURITY" },
        { "Wohnhaft Achter de Kark 3, 25821 Bredstedt", "Achter de Kark 3", "ADDRESS" },
        { "Adresse: Skovvej 9\nDK-6310 Broager", "DK-6310 Broager", "ADDRESS" },
        { "ich wohn hamburger chaussee 41 seit märz", "hamburger chaussee 41", "ADDRESS" },
        { "Nr. | Name, Vorname | Unterschrift\n1 | Ketelsen, Swaantje | (unterschrieben)", "Ketelsen, Swaantje", "PERSON" },
        { "Die Überführung macht das Bestattungshaus Thamsen.", "Thamsen", "PERSON" },
        { "Mein Zeichen: 0173/26 kL", "0173/26 kL", "CASE_REFERENCE" },
        { "Die Steuernummer vom Betrieb ist 12/345/67890, bitte angeben.", "12/345/67890", "TAX_NUMBER" },
        // Round 10, from the tenth held-out batch (own wordings)
        { "adresse ist an der wieke 5, 26871 papenburg", "an der wieke 5", "ADDRESS" },
        { "Neue Adresse:\nDorpsstraat 8\n9411 PK Beilen\nNederland", "9411 PK Beilen", "ADDRESS" },
        { "Az.: StA 2026/0417\nBescheid", "StA 2026/0417", "CASE_REFERENCE" },
        { "Im Haushalt leben: ich, meine Frau Almaz Tesfay, Yonas, Hanna und Ruth.", "Yonas", "PERSON" },
        { "Ich heiße Jonas Brinker. Wir möchten den Doppelnamen Brinker-Rossi führen.", "Brinker-Rossi", "PERSON" },
        // Round 11, from the eleventh held-out batch (own wordings)
        { "Sehr geehrter Herr Bürgermeister Kschischank,\nich bitte um Antwort.", "Kschischank", "PERSON" },
        { "Gudrun Noack\nDorfstraße 2, 03096 Burg OT Müschen", "03096 Burg OT Müschen", "ADDRESS" },
        { "Detlef Noack\nLindenweg 3\n03099 Kolkwitz-Klein Gaglow", "03099 Kolkwitz-Klein Gaglow", "ADDRESS" },
        { "Wir haben den neuen irakischen Pass von der Botschaft bekommen, Nummer A12345678.", "A12345678", "PASSPORT" },
        { "Viele Grüße\nNguyễn Thị Mai\n0176 / 488 205 63", "Nguyễn Thị Mai", "PERSON" },
        { "Die Kosten des ambulanten Pflegedienstes Adeyemi sind zu hoch.", "Adeyemi", "PERSON" },
        { "wohne jetzt zum birkenhain 14, 3. og", "zum birkenhain 14", "ADDRESS" },
        { "ich bin mit den zwei kleinen (ida und malte) allein.", "ida", "PERSON" },
        // Round 12, from the thirteenth held-out batch (own wordings)
        { "Betreff: AW: Anhörung Parkverstoß 32.4-OW-20117/26", "32.4-OW-20117/26", "CASE_REFERENCE" },
        { "Frau Haile fragt nach ihrem Elterngeldantrags-Stand (EG-2026-0412).".Replace("antrags-Stand", "antrags", StringComparison.Ordinal), "EG-2026-0412", "CASE_REFERENCE" },
        { "Kundennummer: 640 2217\nMahnung", "640 2217", "CASE_REFERENCE" },
        { "Az.: StA-GB 204/2026", "StA-GB 204/2026", "CASE_REFERENCE" },
        { "Mein Reisepass nummer ist K81523306, ich habe ihn von der Botschaft.", "K81523306", "PASSPORT" },
        { "bulgarischer Personalausweis Nr. AA 4417350", "AA 4417350", "ID_CARD" },
        { "der nachbar Brückmann hat schon unterschrieben.", "Brückmann", "PERSON" },
        { "Das Auto fuhr mein Mitarbeiter Huang Lei.", "Huang Lei", "PERSON" },
        { "Adresse Kelterweg 4 67098 Bad Dürkheim", "67098 Bad Dürkheim", "ADDRESS" },
        { "Er lebt in Polen (ul. Lipowa 3, 30-698 Kraków).", "30-698 Kraków", "ADDRESS" },
        // Round 13, from the fifteenth and sixteenth held-out batches (own wordings)
        { "Nr. | Verstorbene/r | Nutzungsberechtigte/r | Ablauf\n1 | Brzeziński, Teodor († 1999) | Brzeziński, Wiesława | 31.03.2026", "Brzeziński, Wiesława", "PERSON" },
        { "Nr. | Verstorbene/r | Nutzungsberechtigte/r | Ablauf\n1 | Brzeziński, Teodor († 1999) | Brzeziński, Wiesława | 31.03.2026", "Brzeziński, Teodor", "PERSON" },
        { "Name, Vorname | geb. | Kurs\nOkafor, Chidi | 14.02.2018 | Pinguin\nTran, Minh Anh | 02.09.2017 | Pinguin", "14.02.2018", "DATE_OF_BIRTH" },
        { "Name, Vorname | geb. | Kurs\nOkafor, Chidi | 14.02.2018 | Pinguin\nTran, Minh Anh | 02.09.2017 | Pinguin", "Tran, Minh Anh", "PERSON" },
        { "Den Bescheid senden wir Ihnen gesondert zu.\n\nMit freundlichen Grüßen\nIm Auftrag\n\nHollenbach-Üzüm", "Hollenbach-Üzüm", "PERSON" },
        { "Bitte nennen Sie uns den Fahrer.\n\nIm Auftrag\nGrüneklee", "Grüneklee", "PERSON" },
        { "Die Gebühr wurde erstattet.\n\nBearbeitet: T. Wohlfahrt-Ek", "T. Wohlfahrt-Ek", "PERSON" },
        { "Sachlich richtig: Kaczmarczyk, Kasse, 03.12.2026", "Kaczmarczyk", "PERSON" },
        { "Schriftführung: Thi Hoa Lam\n\nTOP 1", "Thi Hoa Lam", "PERSON" },
        { "Der Halter hat den Verzicht unterschrieben.\n\nPohlmann, 12.11.2026", "Pohlmann", "PERSON" },
        { "Nicht abgeholte Ausweise gehen zurück.\nStand: 02.12.2026, R. Osmani", "R. Osmani", "PERSON" },
        { "Kinder im Haushalt\na) Sefa, geb. 03.05.2015\nb) Kofi, geb. 22.01.2018", "Kofi", "PERSON" },
        { "Zugang erhalten:\n– Haddad, Rami, Personalnr. 20411\n– Lindqvist, Tove, Personalnr. 20415\n– Dimitrova, Zlatka, Personalnr. 20419", "Dimitrova, Zlatka", "PERSON" },
        { "Name, Vorname: Oyelaran-Kurz, Temitope\nGeburtsdatum: 07 03 1990", "Oyelaran-Kurz, Temitope", "PERSON" },
        { "Name, Vorname: Oyelaran-Kurz, Temitope\nGeburtsdatum: 07 03 1990", "07 03 1990", "DATE_OF_BIRTH" },
        { "meine daten: lea brandt, geb 11.04.1999, am hang 3", "11.04.1999", "DATE_OF_BIRTH" },
        { "Sie wurde am 02.05.1941 in Kavala (Griechenland) geboren.", "02.05.1941", "DATE_OF_BIRTH" },
        { "Betreff: Anhörung OWi 41.2-26-007312", "OWi 41.2-26-007312", "CASE_REFERENCE" },
        { "Betreff: Bußgeldsache 41.2-OWi-2026-117020", "41.2-OWi-2026-117020", "CASE_REFERENCE" },
        { "Ihr Antrag – Kd.-Nr. 55120937", "55120937", "CASE_REFERENCE" },
        { "Unsere BG-Nummer beim Jobcenter ist 43117BG0099120.", "43117BG0099120", "CASE_REFERENCE" },
        { "Vermerk zum Abmeldevorgang A-2026-12-0081", "A-2026-12-0081", "CASE_REFERENCE" },
        { "Wir sind bei der Familie (ul. Polna 7/2, 61-001 Poznań).", "ul. Polna 7/2", "ADDRESS" },
        { "frühere Adresse: vul. Lesi Ukrainky 12, 79000 Lviv", "vul. Lesi Ukrainky 12", "ADDRESS" },
        { "Bitte an:\nKarin Sulzer\nGetreidegasse 9\n5020 Salzburg\nÖsterreich", "5020 Salzburg", "ADDRESS" },
        { "Herrn\nSeyit Aras\nAuf der Heide 4 a\n74072 Heilbronn", "Auf der Heide 4 a", "ADDRESS" },
        { "Den Auftrag erhielt die Pietät Wendeborn aus Friedberg.", "Wendeborn", "PERSON" },
        // Round 14, from the seventeenth and eighteenth held-out batches (own wordings)
        { "Nr. | Kassenzeichen | Halter lt. Abfrage | Betrag\n1 | 5.26.1184203.9 | Jablonski, Bogdan | 35,00 €", "5.26.1184203.9", "CASE_REFERENCE" },
        { "Nr. | Kassenzeichen | Halter lt. Abfrage | Betrag\n1 | 5.26.1184203.9 | Jablonski, Bogdan | 35,00 €", "Jablonski, Bogdan", "PERSON" },
        { "Lfd. | Kennzeichen | Tatort | Halter\n1 | KRA 77HT (PL) | Markt | Abfrage läuft", "KRA 77HT", "LICENSE_PLATE" },
        { "Funktion | Name | Telefon\nBeisitzer | Lindner, Maik | (03 64 83) 4 11 27", "(03 64 83) 4 11 27", "PHONE" },
        { "Name | Geburtsdatum | Dokument | Stand\nKrasniqi, Arben | 03.03.1990 | PA L01X00T471 | abholbereit", "L01X00T471", "ID_CARD" },
        { "Halter | Anschrift | Betrag\nKühn, Ralf, Am Teich 4, 07318 Saalfeld | x | 20,00 €", "Kühn, Ralf", "PERSON" },
        { "Kassenzeichen: HS 26 1140 208\nDatum: 02.12.2026", "HS 26 1140 208", "CASE_REFERENCE" },
        { "Az.: JA 51.2 – B 2208/26\nKind: Mia", "JA 51.2 – B 2208/26", "CASE_REFERENCE" },
        { "Der Vorschuss läuft weiter unter UV-2026-10442.", "UV-2026-10442", "CASE_REFERENCE" },
        { "Ihre Gutschein-Nr. KG 2026 204 117 bleibt gültig.", "KG 2026 204 117", "CASE_REFERENCE" },
        { "Nachweis: Reisepass der Republik Ghana Nr. G1928374", "G1928374", "PASSPORT" },
        { "Er wies sich mit polnischem Personalausweis aus (Nr. CAB 402917).", "CAB 402917", "ID_CARD" },
        { "Steuernummer (Finanzamt Suhl): 165/102/40118 (bundeseinheitlich 4165010240118)", "4165010240118", "TAX_NUMBER" },
        { "Cc: Ullrich, Mandy <mandy.ullrich@web.de>\nBetreff: Anfrage", "Ullrich, Mandy", "PERSON" },
        { "Kinder:\n– Ilma, geb. 02.02.2016\n– Edis, * 14.6.2020", "Edis", "PERSON" },
        { "Kinder:\n– Ilma, geb. 02.02.2016\n– Denis, geb. 30.10.2018", "Denis", "PERSON" },
        { "Abgelehnt (kein Platz): Ferraro, Giulia (geb. 11.11.2023); die Eltern werden informiert.", "Ferraro, Giulia", "PERSON" },
        { "Le Văn Tâm, Reisepass der SR Vietnam\nPhạm Thị Mai, geb. 03.03.1988", "Phạm Thị Mai", "PERSON" },
        { "Die Eheschließung wurde beurkundet.\n\nWeißgerber\nStandesbeamtin", "Weißgerber", "PERSON" },
        { "Kontrolle ohne Befund.\n\nAusgewertet: P. Kloß, 14.05.2026", "P. Kloß", "PERSON" },
        { "Ich habe eine Wohnung im Moorwerder Deich 12 gekauft.", "Moorwerder Deich 12", "ADDRESS" },
        { "Frau\nAgnieszka Nowak\nul. Morska 12/4\n81-225 Gdynia\nPOLEN", "81-225 Gdynia", "ADDRESS" },
        { "Morada: Rua Nova 12, 4000-123 Porto, Portugal", "4000-123 Porto", "ADDRESS" },
        // Round 15, from the nineteenth and twentieth held-out batches (own wordings)
        { "Nr.\tName, Vorname\tgeb.\tInstrument\n1\tHintermaier, Quirin\t03.05.2012\tTrompete", "Hintermaier, Quirin", "PERSON" },
        { "Nr.\tName, Vorname\tgeb.\tInstrument\n1\tHintermaier, Quirin\t03.05.2012\tTrompete", "03.05.2012", "DATE_OF_BIRTH" },
        { "Die Stellungnahme geht an die Amtsleitung.\n\nGlanstetten, 02.12.2026\nPohlmann", "Pohlmann", "PERSON" },
        { "Der Vater war einverstanden.\n02.12.2026, Pohlmann, Beistand", "Pohlmann", "PERSON" },
        { "Anruf am 02.12.2026, 9:10 Uhr, angenommen von Yıldırım\nAnrufer: ein Nachbar", "Yıldırım", "PERSON" },
        { "Teilnehmende: Schulleiterin Anke Brauer, Klassenlehrerin S. Wehrle, Mutter Dilan Aksoy", "S. Wehrle", "PERSON" },
        { "Anwesend: die Ausschussmitglieder Yılmaz-Graf, Hoffmann, Zeitlhofer sowie drei weitere Mitglieder", "Zeitlhofer", "PERSON" },
        { "Von: Brandhuber, Theresa\nGesendet: Montag, 1. Dezember 2026 09:12", "Brandhuber, Theresa", "PERSON" },
        { "Der Eigentümer wurde ermittelt: Gschwendtner, Andreas, Birkenweg 4.", "Gschwendtner, Andreas", "PERSON" },
        { "das steht im notfallplan von dr. kirchgeßner (kinderklinik).", "kirchgeßner", "PERSON" },
        { "Verlobter: Paul Fischer, geb. 04.04.1990 in Trier", "Paul Fischer", "PERSON" },
        { "Telefon: (0 63 85) 4 17 29", "(0 63 85) 4 17 29", "PHONE" },
        { "Der Rechtsstreit (VG Neustadt, 3 K 118/26.NW) ist erledigt.", "3 K 118/26.NW", "CASE_REFERENCE" },
        { "Das beim Familiengericht anhängige Verfahren 2 F 77/26 wird zurückgenommen.", "2 F 77/26", "CASE_REFERENCE" },
        { "Finanzamt Kaufbeuren 9127051801031 (Steuer-Nr.)", "9127051801031", "TAX_NUMBER" },
        { "Herrn\nJosef Huber\nHauptstraße 12 1/2\n86568 Erlenried", "Hauptstraße 12 1/2", "ADDRESS" },
        { "Anschrift: Am Teich 4, 07318 Saalfeld/Saale", "07318 Saalfeld/Saale", "ADDRESS" },
        { "bitte um rückruf\nmarco reiter\nbahnhofstr 7 ober-kirn", "bahnhofstr 7", "ADDRESS" },
        { "> Rua do Sol 4\n> 8200-005 Albufeira\n> Portugal", "8200-005 Albufeira", "ADDRESS" },
        // Round 16, from the twenty-first and twenty-second held-out batches (own wordings)
        { "Funktion\tName, Vorname\tAnschrift\tBemerkung\nWahlvorstand 2 – Schule\nSchriftführer\tLe, Minh Chau\tGrüner Ring 9\t–", "Le, Minh Chau", "PERSON" },
        { "Funktion\tName, Vorname\tAnschrift\tBemerkung\nBeisitzer\tKrüger, Enrico\tOT Klein Zarnitz\t–", "OT Klein Zarnitz", "ADDRESS" },
        { "Gemeindevertreter/innen: Heike Brandt (CDU), Jens-Uwe Pagel (Einzelbewerber)\nEntschuldigt: –", "Jens-Uwe Pagel", "PERSON" },
        { "Er wohnt Dorfstraße 9, OT Groß Kiesow, und hält dort Hühner.", "OT Groß Kiesow", "ADDRESS" },
        { "Sandra Pahl\nDorfstraße 12\n17495 Karlsburg OT Neu Kiesow", "17495 Karlsburg OT Neu Kiesow", "ADDRESS" },
        { "Sehr geehrter Herr Professor zur Linden,\nvielen Dank.", "zur Linden", "PERSON" },
        { "2. Außendienst (Koll. Brinkhoff-Ude) am Freitag", "Brinkhoff-Ude", "PERSON" },
        { "Ansprechpartnerin Wahlbüro: Thießen, 038356 57-141", "Thießen", "PERSON" },
        { "– Wiedervorlage 15.01.2027\n\nHüsken, 50.2", "Hüsken", "PERSON" },
        { "Geburtenregister-Nr.: G 2211/2026\n\nVor der Standesbeamtin", "G 2211/2026", "CASE_REFERENCE" },
        { "Betreff: Parking ticket 2026-OW-01127 – please help", "2026-OW-01127", "CASE_REFERENCE" },
        { "die kundennummer steht auf dem alten brief: 7003441277", "7003441277", "CASE_REFERENCE" },
        { "Wir haben die Orgelbauwerkstatt Heeren beauftragt.", "Heeren", "PERSON" },
        // Round 17, from the twenty-third and twenty-fourth held-out batches (own wordings)
        { "Kassenzeichen | Zahler/in | Betrag\n5.1102.0045 | Wróbel, Agnieszka | 84,00 €\n5.1102.0077 | Haverkamp, Jens | 12,00 €", "Haverkamp, Jens", "PERSON" },
        { "Angaben geprüft: K. Vogel, 09.12.2026", "K. Vogel", "PERSON" },
        { "> Mit freundlichen Grüßen\n> H.-P. Scharnweber", "H.-P. Scharnweber", "PERSON" },
        { "Teilnehmende:\nT. Brockhoff (Bauaufsicht)\nDr. Ina Selle (Denkmalpflege)", "T. Brockhoff", "PERSON" },
        { "Name: Imran Siddiqui\nDOB: 12 Mar 1994\nPassport No.: AB1234567", "12 Mar 1994", "DATE_OF_BIRTH" },
        { "Jean Moreau, né le 3 mai 1988 à Lille", "3 mai 1988", "DATE_OF_BIRTH" },
        { "My name is Lucas Pereira, born on March 2nd, 2000 in Recife.", "March 2nd, 2000", "DATE_OF_BIRTH" },
        { "Ihr Aktenzeichen war damals 32.4-0219/26, aber nichts geschah.", "32.4-0219/26", "CASE_REFERENCE" },
        { "Er hat BAföG beantragt (Förderungsnummer 441 230 418 117).", "441 230 418 117", "CASE_REFERENCE" },
        { "Az.: 51.2 – HzE 0412/26\nDatum", "51.2 – HzE 0412/26", "CASE_REFERENCE" },
        { "Your file number: A 33.2 – 120455", "A 33.2 – 120455", "CASE_REFERENCE" },
        { "Neue Anschrift:\nMariahilfer Straße 12/Top 4\n1070 Wien\nÖsterreich", "1070 Wien", "ADDRESS" },
        { "Zeuge: Heiner Lüdeke, Kleine Twete 9, Tel. 05064 4412", "Kleine Twete 9", "ADDRESS" },
        // Rounds 18 and 19, from the twenty-fifth to twenty-ninth held-out batches (own wordings)
        { "Anwesend: Jana-Lisa von Hagenow, Lehrerin", "Jana-Lisa von Hagenow", "PERSON" },
        { "Die Kinder Emil (ca. 6) und Frieda (3 J.) spielten im Hof.", "Frieda", "PERSON" },
        { "Protokoll: P. Albrechtsen (Verwaltung)", "P. Albrechtsen", "PERSON" },
        { "Auf dem Briefkasten stand „T. Wendland“.", "T. Wendland", "PERSON" },
        { "Seit der Heirat heiße ich Jule Brandt (vorher Ohlsen).", "Ohlsen", "PERSON" },
        { "| Fundort | Finder |\n| Markt | Rieger, Anton |", "Rieger, Anton", "PERSON" },
        { "Zahlung an Kazemi, Sara: 120,00 €", "Kazemi, Sara", "PERSON" },
        { "Name auf der Karte: JOANNA KOWALCZYK, gültig bis 11/28", "JOANNA KOWALCZYK", "PERSON" },
        { "Danke dir!\nFietje", "Fietje", "PERSON" },
        { "Die Rechnung des Bestattungsinstituts Pfisterer liegt bei.", "Pfisterer", "PERSON" },
        { "Dear Mr Hollenbeck,\nthank you for the letter.", "Hollenbeck", "PERSON" },
        { "Ortstermin am Baugrundstück Wiesenkamp 14; der Nachbar (Wiesenkamp 16) war anwesend.", "Wiesenkamp 16", "ADDRESS" },
        { "Hallo,\nich bin umgezogen in die rosenallee 4.", "rosenallee 4", "ADDRESS" },
        { "Viele Grüße\ntomke jansen\nachter de kark 7\ntel 04661 2231", "achter de kark 7", "ADDRESS" },
        { "Neue Adresse: Lindenstr. 8, Hinterhaus, 2. OG, 04109 leipzig.", "04109 leipzig", "ADDRESS" },
        { "Mit freundlichen Grüßen\nRosa Huber\nMaximilianstraße 3/2\n6020 Innsbruck, Österreich", "6020 Innsbruck", "ADDRESS" },
        { "Die Familie wohnt noch in der Türkei: Cumhuriyet Caddesi No: 12/4, 35220 İzmir", "Cumhuriyet Caddesi No: 12/4", "ADDRESS" },
        { "Sie erreichen mich unter Durchwahl 90311-4471.", "90311-4471", "PHONE" },
        { "Telefon: 0 1 7 6 - 5 5 1 2 9 0 4 3", "0 1 7 6 - 5 5 1 2 9 0 4 3", "PHONE" },
        { "ich hab meinen personalausweis verloren. die nummer hab ich noch vom foto: L01X00T47", "L01X00T47", "ID_CARD" },
        { "Sie erhalten einen elektronischen Aufenthaltstitel mit der Kartennummer L01X00T47.", "L01X00T47", "ID_CARD" },
        { "Unser Zeichen: BA-Anh. 0312/2026\nDatum: 02.12.2026", "BA-Anh. 0312/2026", "CASE_REFERENCE" },
        { "Your reference number was SozHilfe 2-0441/26, I think.", "SozHilfe 2-0441/26", "CASE_REFERENCE" },
        { "Aktenzeichen (bitte angeben): GrSi 41-WG-2026-0112", "GrSi 41-WG-2026-0112", "CASE_REFERENCE" },
        { "Der Brief vom Jobcenter hat die Nummer 12345BG0067890.", "12345BG0067890", "CASE_REFERENCE" },
        { "Das Auto hat noch das bulgarische Kennzeichen CA-1234-KX.", "CA-1234", "LICENSE_PLATE" },
        { "Amira Haddad, born 1993-07-14, lives with us.", "1993-07-14", "DATE_OF_BIRTH" },
        // Round 20 (own wordings)
        { "der vermieter herr van den berg antwortet nicht", "van den berg", "PERSON" },
        { "Mein Name ist Taras Melnyk (Тарас Мельник), geboren in Lwiw.", "Тарас Мельник", "PERSON" },
        { "Bitte Rückruf, es geht um die Nebenkosten.\nHinrichsen", "Hinrichsen", "PERSON" },
        { "ALG II ist beantragt, kundennummer bei der agentur 774K301552.", "774K301552", "CASE_REFERENCE" },
        // Round 21, from the thirty-first and thirty-third held-out batches (own wordings)
        { "Schöne Grüße\nSepp (Josef) Hinterberger", "Sepp (Josef) Hinterberger", "PERSON" },
        { "Mitgefahren sind Markus „Mucki“ Reinhardt und ich.", "Markus „Mucki“ Reinhardt", "PERSON" },
        { "Meine Schwester (Wang Fang) kann die Miete überweisen.", "Wang Fang", "PERSON" },
        { "Best regards\nChen Jie (陈杰)", "陈杰", "PERSON" },
        { "dear mr abernathy,\nplease help", "abernathy", "PERSON" },
        { "thanks!!\njosie", "josie", "PERSON" },
        { "Unterlagen vollständig. Bearbeitet: Kirsch, 12.11.2026", "Kirsch", "PERSON" },
        { "| A-12 | Wahlgrab | Henkes, Peter; Henkes, Maria   | 2026 |", "Henkes, Maria", "PERSON" },
        { "Address at home: 52 Harbour View Road, Accra", "52 Harbour View Road", "ADDRESS" },
        { "Our passports are X1234567 and Y7654321, valid until 2031.", "Y7654321", "PASSPORT" },
        { "Ihr Wohnmobil mit dem niederländischen Kennzeichen N-217-HK stand im Halteverbot.", "N-217-HK", "LICENSE_PLATE" },
        { "Ihr Fahrzeug mit italienischem Kennzeichen GA 512 ZT muss umgemeldet werden.", "GA 512 ZT", "LICENSE_PLATE" },
        { "my social security number is 123-45-6789 if you need it", "123-45-6789", "SOCIAL_SECURITY" },
        { "Carlos Ruiz, born 04/17/1990 in Austin, Texas", "04/17/1990", "DATE_OF_BIRTH" },
        // Round 23, from the thirty-sixth held-out batch (own wordings)
        { "Am 03.02.2026 um 08:12 schrieb Brückner, Ulrike <u.brueckner@example.de>:\n> Guten Morgen", "Brückner, Ulrike", "PERSON" },
        { "Frau\nSlavica „Slava“ Marković\nLindenweg 4\n01234 Musterstadt", "Slavica „Slava“ Marković", "PERSON" },
        { "Zu Gast in der Sitzung: Ortsvorsteherin Radka Nováková", "Radka Nováková", "PERSON" },
        { "bis morgen!\n\nLG Jenny\n0176 3 12 45 67", "0176 3 12 45 67", "PHONE" },
        { "Vorgelegt: Personalausweis (Občanský průkaz) č. 207731946", "207731946", "ID_CARD" },
        { "Unser Transporter trägt noch tschechische Kennzeichen 2S8 4471.", "2S8 4471", "LICENSE_PLATE" },
        // Foreign identity cards without a check digit we could verify (own wordings, not from a batch)
        { "Meine Ghana Card hat die Nummer GHA-004417252-9.", "GHA-004417252-9", "ID_CARD" },
        { "Kimlik kartı seri no B27K40913, gültig bis 2031", "B27K40913", "ID_CARD" },
        { "libanesischer Personalausweis 000482117305", "000482117305", "ID_CARD" },
        { "Ukrainian ID card No. 006218734", "006218734", "ID_CARD" },
        { "Rumänischer Ausweis, CNP 2850417123459", "2850417123459", "ID_CARD" },
        // Round 24, from the thirty-eighth to fortieth held-out batches and foreign documents (own wordings)
        { "Sein syrischer Pass Nr N 011234567 ist abgelaufen.", "N 011234567", "PASSPORT" },
        { "Vorgelegt wurde der Nationalpass Eritrea: E0123456", "E0123456", "PASSPORT" },
        { "Kopie vom Kosovo-Pass P00123456 liegt bei.", "P00123456", "PASSPORT" },
        { "Reiseausweis für Flüchtlinge Nr. 0012345", "0012345", "PASSPORT" },
        { "chinesischer Reisepass E12345678 bzw. EA1234567", "EA1234567", "PASSPORT" },
        { "rumänischer Buletin RX 123456", "RX 123456", "ID_CARD" },
        { "italienische Carta d'identità CA12345AB", "CA12345AB", "ID_CARD" },
        { "The neighbour Mrs Lindqvist from upstairs can confirm this.", "Lindqvist", "PERSON" },
        { "Our address is Prinsengracht 41, 1015 DK Amsterdam.", "1015 DK Amsterdam", "ADDRESS" },
        { "Halter: Ivo Perić, Ulica grada Vukovara 212, 10000 Zagreb", "Ulica grada Vukovara 212", "ADDRESS" },
        { "Bitte bis Freitag zurück.\nBearbeitung: Obermaier; Rückfragen an die Zentrale", "Obermaier", "PERSON" },
        { "Aktenzeichen: StA E 0977/2026\nBitte stets angeben.", "StA E 0977/2026", "CASE_REFERENCE" },
        { "Der Vorgang liegt unter EG 518-2201/26.", "EG 518-2201/26", "CASE_REFERENCE" },
        { "Herr Demir rief an (Az. bei uns WoA 2-0417/26) und bittet um Rückruf.", "WoA 2-0417/26", "CASE_REFERENCE" },
        { "Bitte geben Sie die Nummer des Kassenzeichens 0512 7730 1146 an.", "0512 7730 1146", "CASE_REFERENCE" },
        { "Alles Weitere morgen.\n\nPozdrawiam\nGosia", "Gosia", "PERSON" },
        { "hab es ihr gesagt.\n\nDanke dir\nResi\n\n-----Ursprüngliche Nachricht-----", "Resi", "PERSON" },
        { "Wir kommen zu zweit: ich (Phạm Quốc Bảo, Reisepass B9913027) und meine Frau.", "B9913027", "PASSPORT" },
        { "- Andrei Ionescu, CI Seria/Nr. XT 402 117", "XT 402 117", "ID_CARD" },
        { "Dowód osobisty Nr.: AYZ514203", "AYZ514203", "ID_CARD" },
        { "Er kann eine Tazkira vorlegen (Nr. 1398-0211-40982).", "1398-0211-40982", "ID_CARD" },
        { "We came with our car, dutch plate 71-TXP-4, it is parked outside.", "71-TXP-4", "LICENSE_PLATE" },
        { "Fahrzeugkennzeichen: DK 71 450 (Dänemark)", "DK 71 450", "LICENSE_PLATE" },
        { "Parents: Olivia Harrington and Samuel Harrington", "Olivia Harrington", "PERSON" },
        { "Vorschlag: Pflegefamilie Karadağ in Neukölln", "Karadağ", "PERSON" },
        { "Please also send a copy to 1187 W Addison Ave, Springfield, IL 62704", "Springfield, IL 62704", "ADDRESS" },
        { "Please also send a copy to 1187 W Addison Ave, Springfield, IL 62704", "1187 W Addison Ave", "ADDRESS" },
        { "Antrag des Architekturbüros, Seestraße 4, 86899 Landsberg a. Lech.", "86899 Landsberg a. Lech", "ADDRESS" },
        { "Kosten übernommen.\n\nStand: 03.11.2026 – K. Drechsler", "K. Drechsler", "PERSON" },
        { "Betr.: Antrag auf Wohngeld – Nowak-Lindner, Agnieszka\nBearbeitung: Team 2", "Nowak-Lindner, Agnieszka", "PERSON" },
        { "a) Marcel Oberdorf („Marci“, 14): fehlt seit Wochen.", "Marci", "PERSON" },
        // Round 25, from the forty-third and forty-fourth held-out batches (own wordings)
        { "Vorgelegt wurden nur syrische Personalausweise (Nr. 03120448819 und 03120448827).", "03120448827", "ID_CARD" },
        { "| Name | Reisepass-Nr. |\n| Jovanović, Ana | 027731904 |", "027731904", "PASSPORT" },
        { "Weitere Schritte veranlasst.\n\ngez. Hollerbach, 02.09.2026", "Hollerbach", "PERSON" },
        { "Fallnummer: JA-SD 2026/0317\n\nAnwesend:", "JA-SD 2026/0317", "CASE_REFERENCE" },
        { "Account holder: Pham Thi Ngoc Anh\nIBAN: siehe Anlage", "Pham Thi Ngoc Anh", "PERSON" },
        { "Der Ausschuss stimmte zu.\n\ngez. Bürgermeisterin Albrecht-Kühn", "Albrecht-Kühn", "PERSON" },
        // French mails and addresses across the border (own wordings)
        { "Adresse : 17 rue des Jardins, 57200 Sarreguemines", "17 rue des Jardins", "ADDRESS" },
        { "wohnhaft 9, rue Principale, L-5730 Aspelt", "9, rue Principale", "ADDRESS" },
        { "Mme Sylvie Hoffmann\n21 avenue de la Liberté\nF-57600 Forbach", "21 avenue de la Liberté", "ADDRESS" },
        { "Madame Lefèvre hat heute angerufen.", "Lefèvre", "PERSON" },
        { "Bonjour Mme Kieffer, merci pour votre message.", "Kieffer", "PERSON" },
        // Round 26, from the forty-fifth to forty-seventh held-out batches (own wordings)
        { "my name is CHEN Jiahui and I study physics here.", "CHEN Jiahui", "PERSON" },
        { "Betreff: Nachzug des Kindes NDONG OBAME Kevin", "NDONG OBAME Kevin", "PERSON" },
        { "Gezahlt mit Kreditkarte, Karteninhaber MARIA L FERREIRA.", "MARIA L FERREIRA", "PERSON" },
        { "Das Attest brachte Nguyen Thi Lan gestern mit.", "Nguyen Thi Lan", "PERSON" },
        { "Sie zog mit ihren Kindern (Arta, 9 und Liridon, 4) nach Emden.", "Liridon", "PERSON" },
        { "Karl Behrens, Ortswehrführer          K. Willms, Schriftführerin", "K. Willms", "PERSON" },
        { "Die Akte ging zurück an das Archiv (Vermerk H. Dierks).", "H. Dierks", "PERSON" },
        { "We moved in May; my wife is Joy Mensah-Boateng and she works at the port.", "Joy Mensah-Boateng", "PERSON" },
        { "In July my father Emmanuel Asante will visit us.", "Emmanuel Asante", "PERSON" },
        { "Sprachmittlerin: Oksana Hrytsenko", "Oksana Hrytsenko", "PERSON" },
        { "gez. Schriftführer Kowalczyk", "Kowalczyk", "PERSON" },
        { "Crew change: 3/E Ramon Dela Cruz, Filipino, DOB 03.03.1990, PP EC1234567", "EC1234567", "PASSPORT" },
        { "Passaporte: FZ482913 (ausgestellt in Brasilien)", "FZ482913", "PASSPORT" },
        { "Zuzug aus der Russischen Föderation; Reisepass Nr. 71 4820913 liegt vor.", "71 4820913", "PASSPORT" },
        { "Herrn\nOle Petersen\nGut Norderhof 4\n25899 Niebüll", "Gut Norderhof 4", "ADDRESS" },
        { "Zuchtstätte: Hofgut Lindenau 7, 35444 Biebertal", "Hofgut Lindenau 7", "ADDRESS" },
        { "Frau Anke Lübbe\nDorfstraße 2\n17391 Klein Bünzow OT Jasedow", "17391 Klein Bünzow OT Jasedow", "ADDRESS" },
        { "ich wohne jetzt in der bremer str. 14 bei meiner tante", "bremer str. 14", "ADDRESS" },
        { "Wohnsitz: Herrengasse 7, Top 12, 8010 Graz, Österreich", "8010 Graz", "ADDRESS" },
        { "Lieferadresse: Im Winkel 9, 38100 braunschweig", "38100 braunschweig", "ADDRESS" },
        { "Nr. | Surname | First name\n1 | OKAFOR | Chidi\n2 | SANTOS | Maria Luisa", "OKAFOR", "PERSON" },
        { "Nr. | Surname | First name\n1 | OKAFOR | Chidi\n2 | SANTOS | Maria Luisa", "Chidi", "PERSON" },
        { "Das Fahrzeug (Pkw TK 1234AB) stand im Halteverbot.", "TK 1234AB", "LICENSE_PLATE" },
        { "I received a parking ticket 3.2201.004517 last week.", "3.2201.004517", "CASE_REFERENCE" },
        { "das kassenzeichen war glaub ich 4.2031.000871", "4.2031.000871", "CASE_REFERENCE" },
        { "Die Rechnung stellte Malerbetrieb Sommer e.K. aus.", "Sommer", "PERSON" },
        { "Emden, 02.12.2026\nBehrens / K. Wübbena", "K. Wübbena", "PERSON" },
        { "Der Koch (im Team nur „Bobo“ genannt) meldete sich ab.", "Bobo", "PERSON" },
        { "Wir wohnen jetzt im Nebenhaus, Gut Roggenhof 3 in 23999 Poel.", "Gut Roggenhof 3", "ADDRESS" },
        // Round 27, from the fiftieth held-out batch (own wordings)
        { "Betreff: Unterhaltsvorschuss Milena – Rückfrage", "Milena", "PERSON" },
        { "Betreff: anmeldung hort jonas / neue adresse", "jonas", "PERSON" },
        { "Kurze Rückmeldung: Emil hat die erste Woche gut überstanden.", "Emil", "PERSON" },
        { "Geschäftsnummer: 2 F 388/26\nIn der Familiensache", "2 F 388/26", "CASE_REFERENCE" },
        { "Wohnhaft: Str. Avram Iancu nr. 27, 400083 Cluj-Napoca", "Str. Avram Iancu nr. 27", "ADDRESS" },
        { "Wohnhaft: Str. Avram Iancu nr. 27, 400083 Cluj-Napoca", "400083 Cluj-Napoca", "ADDRESS" },
        { "Vorgelegt: rumänische Carte de identitate KX 118204.", "KX 118204", "ID_CARD" },
        // Round 28, from the 52nd to 54th held-out batches (own wordings)
        { "Beim Grillen stand wieder der Sepperl (Josef Huber) am Rost.", "Sepperl", "PERSON" },
        { "Many thanks for your help.\n\nThanks a lot!!\nThao\n0157 3381 2290", "Thao", "PERSON" },
        { "Wiedervorlage: 03.03.2026\n\ni. A. K. Brenninger", "K. Brenninger", "PERSON" },
        { "Die Gebühr wurde in bar bezahlt. R. Obermaier", "R. Obermaier", "PERSON" },
        { "Offene Fälle\na) Mensah, Abena (Ghana), Vorsprache am Montag", "Mensah, Abena", "PERSON" },
        { "2. de Groot, Willem – Konto geändert", "de Groot, Willem", "PERSON" },
        { "Meine Schwestern Leyla und Ayse wohnen in Bochum.", "Ayse", "PERSON" },
        { "die schule will die zeugnisse von beiden kindern (Marta und Taras) sehen", "Taras", "PERSON" },
        { "Kindergeld-Nr.: 204FK771029", "204FK771029", "CASE_REFERENCE" },
        { "die Gerichtsvollzieherin schreibt DR II 2817/26, was heißt das?", "DR II 2817/26", "CASE_REFERENCE" },
        { "Ihr Kundenkonto 310 228 947 weist einen Rückstand auf.", "310 228 947", "CASE_REFERENCE" },
        { "Forderungskonto: IK-2209-2026-0077", "IK-2209-2026-0077", "CASE_REFERENCE" },
        { "Unser Zeichen: BA-12/3304/2026", "BA-12/3304/2026", "CASE_REFERENCE" },
        { "Betreff: Verwarnungsgeld OA-VW 2026/204417", "OA-VW 2026/204417", "CASE_REFERENCE" },
        { "Er zeigte die serbischen Reisepässe der Kinder vor (S0918273, S0918274).", "S0918274", "PASSPORT" },
        { "Laut poln. Pass Nr. EA7720314 heißt sie Wiśniewska.", "EA7720314", "PASSPORT" },
        { "Mit freundlichen Grüßen\nIhre Familienkasse\nIm Auftrag Kowalczyk", "Kowalczyk", "PERSON" },
        // Round 29, from the same batches (own wordings)
        { "Sitz der Firma: 39030 St. Vigil in Enneberg (BZ)", "39030 St. Vigil in Enneberg", "ADDRESS" },
        { "Am Parkplatz Seeufer stand ein Wohnmobil: 71-KXP-3 (NL).", "71-KXP-3", "LICENSE_PLATE" },
        { "ein grauer Transporter aus Österreich, SZ-2281 AB, parkte dort", "SZ-2281 AB", "LICENSE_PLATE" },
        { "meine daten: geboren 1979.11.04 in Pécs", "1979.11.04", "DATE_OF_BIRTH" },
        { "ich bin geboren am 4. november 1979 in Pécs", "4. november 1979", "DATE_OF_BIRTH" },
        { "Bitte an den Kontoinhaber J. van Dijk überweisen.", "J. van Dijk", "PERSON" },
        { "We will come on Monday.\n\nGod bless you\nAbena", "Abena", "PERSON" },
        { "steuer-id samir: kommt noch", "samir", "PERSON" },
        // Round 30, from the fifty-seventh, fifty-ninth and sixtieth held-out batches (own wordings)
        { "Born in Leeds, my mother is Helen Walsh née Brockmeyer.", "Brockmeyer", "PERSON" },
        { "Is there anything else you need?\n\nThank you so much\nChidi\n+49 1522 7781904", "Chidi", "PERSON" },
        { "the papers i send by post.\nmultumesc\nionel", "ionel", "PERSON" },
        { "hello domnule florin, the contract is signed.", "florin", "PERSON" },
        { "Sayın Mehmet Öztürk, başvurunuz alındı.", "Mehmet Öztürk", "PERSON" },
        { "Von: Sven Haas\nAn: Ute Fenster <u.fenster@stadt-beispiel.de>\nBetreff: Carport", "Ute Fenster", "PERSON" },
        { "An: Jens Brücke <jens.bruecke@web.de>", "Jens Brücke", "PERSON" },
        { "Die Hecke vom Huber Franz (Mühlweg 4) wächst über den Zaun.", "Huber Franz", "PERSON" },
        { "Des Auto gherd dem Seuberlein Gerhard, der wohnt gegenüber.", "Seuberlein Gerhard", "PERSON" },
        { "hab meinen perso verloren, die nummer war L01X00T47, foto hab ich noch", "L01X00T47", "ID_CARD" },
        { "Anzeige erstattet, Tagebuchnummer PI-KL 2026/118204, Sachbearbeiter unbekannt.", "PI-KL 2026/118204", "CASE_REFERENCE" },
        { "Aktenzeichen: VÜ-OA 2026-40917\n\nAnhörung", "VÜ-OA 2026-40917", "CASE_REFERENCE" },
        { "Bis Ende Mai wohne ich noch 7 Impasse des Tilleuls, 57600 Forbach.", "7 Impasse des Tilleuls", "ADDRESS" },
        // A note's last line: a surname alone after its last sentence or the caller's number (from the read batches' rest)
        { "Die Pumpe am Friedhofsbrunnen läuft wieder.\nHaubrich", "Haubrich", "PERSON" },
        { "Bittet um Rückruf: 0 27 31 / 4 41 09\n– Kemper", "Kemper", "PERSON" },
        { "Unterlagen an die Kasse weitergegeben.\n\nLambertz, 10.09.2025", "Lambertz", "PERSON" },
        { "wir kommen am samstag, meine mama sevda bringt den kuchen", "sevda", "PERSON" },
        { "meine schwiegermutter gisela hollenberg zieht im mai zu uns", "gisela hollenberg", "PERSON" },
        { "abholen darf auch mein mitbewohner karim bin said", "karim bin said", "PERSON" },
        // Eleventh session: a surname before ", <job title>" that ends a note's line, even when the surname is a word.
        { "Die Niederschrift wurde vorgelesen und genehmigt durch Amsel, Standesbeamtin.", "Amsel", "PERSON" },
        { "Termin bestätigt.\nR. Kranich, Sachbearbeiter", "R. Kranich", "PERSON" },
        // Eleventh session: Romanian and Bulgarian plates, a Bucharest plate's single letter, the second plate of a list.
        { "Auf dem Hof standen Kleinbusse mit den Kennzeichen B 238 KLM und CJ 07 TRA.", "B 238 KLM", "LICENSE_PLATE" },
        { "Auf dem Hof standen Kleinbusse mit den Kennzeichen B 238 KLM und CJ 07 TRA.", "CJ 07 TRA", "LICENSE_PLATE" },
        { "Abgeschleppt wurden:\n– PB 1823 AX (BG), seit Wochen abgemeldet", "PB 1823 AX", "LICENSE_PLATE" },
        // Eleventh session: a court chamber with a letter and an asylum case's suffix; a personnel number; a taxpayer's account.
        { "Das Eilverfahren beim Verwaltungsgericht läuft noch (Az. 7b K 2210/24.A).", "7b K 2210/24.A", "CASE_REFERENCE" },
        { "Neueinstellung zum 01.02., Personalnummer: 20-51177, Entgeltgruppe E 8", "20-51177", "CASE_REFERENCE" },
        { "Gewerbesteuer (Personenkonto): 4.0211.774410", "4.0211.774410", "CASE_REFERENCE" },
        // Eleventh session: a short abbreviated lower-case street after a label, and one after its place's adjective.
        { "neue anschrift: lindstr. 4, 58791 werdohl", "lindstr. 4", "ADDRESS" },
        { "lg\njana\nbriloner waldstr. 9\n0171 2233445", "briloner waldstr. 9", "ADDRESS" },
        // Eleventh session: an IBAN with a lower-case country code in a quick mail.
        { "kannst du das geld auf mein konto überweisen? de89 3704 0044 0532 0130 00, danke!", "de89 3704 0044 0532 0130 00", "IBAN" },
        // Eleventh session: a floor or flat between the house number and the postcode.
        { "neue adresse ab märz: lindenhofer str. 21, dachgeschoss, 58791 werdohl", "58791 werdohl", "ADDRESS" },
        { "Wir wohnen jetzt Am Kirchberg 7, 2. OG rechts, 59872 Meschede.", "59872 Meschede", "ADDRESS" },
        // Eleventh session: a name in quotation marks where the sentence says it is one.
        { "Das Kind erhält den Familiennamen der Mutter „Đặng“ als Geburtsnamen.", "Đặng", "PERSON" },
        { "Im Hinterhaus wohnt ein Mann, den alle nur „Kalle“ nennen.", "Kalle", "PERSON" },
        { "Das Geld hat ein Herr „Vasyl“ eingesammelt.", "Vasyl", "PERSON" },
        { "Abgeholt hat das Kind der Onkel („Dodo“), der nichts sagte.", "Dodo", "PERSON" },
        // Eleventh session: the card of a residence title named by its card number.
        { "Aufenthaltstitel: Niederlassungserlaubnis seit 2017 (Kartennummer YKV0R4ML7)", "YKV0R4ML7", "ID_CARD" },
        // Twelfth session: a passport in the genitive, with its number in brackets; a card's number in two words.
        { "Beigefügt sind Kopien meines Reisepasses (Nr. CF7H2K9J45) und der Meldebescheinigung.", "CF7H2K9J45", "PASSPORT" },
        { "Den Aufenthaltstitel habe ich abgeholt. Meine Karte Nummer ist RT47KX9MC, gültig bis 2029.", "RT47KX9MC", "ID_CARD" },
        // Twelfth session: an application's or a person's file named by a compound, a benefit's or enrolment's number.
        { "Bauantrag Nr. BA-0417/2026 für das Flurstück 88/2", "BA-0417/2026", "CASE_REFERENCE" },
        { "Aktenvermerk zur Einbürgerungsakte EB-32.1-2025-0417", "EB-32.1-2025-0417", "CASE_REFERENCE" },
        { "Wohngeld-Nr. WG 51-774120\nSehr geehrte Damen und Herren,", "WG 51-774120", "CASE_REFERENCE" },
        { "Schüler-ID: SB-25-01188 (bitte bei Rückfragen angeben)", "SB-25-01188", "CASE_REFERENCE" },
        // Twelfth session: tax and citizen numbers of other EU states after their own names, by their check digits.
        { "Meine griechische Steuernummer (AFM) lautet 748526058.", "748526058", "TAX_ID" },
        { "In den Niederlanden hatte ich die BSN 523390452.", "523390452", "TAX_ID" },
        { "Número de contribuinte (NIF): 108039153", "108039153", "TAX_ID" },
        { "Mein spanischer Ausweis, DNI 83358349R, liegt bei.", "83358349R", "ID_CARD" },
        { "Ich habe eine NIE: Z2597224T", "Z2597224T", "TAX_ID" },
        // Twelfth session: a foreign passport whose nationality is named paragraphs before its number.
        { "Herr Mensah ist ghanaischer Staatsangehöriger und lebt seit 2015 in der Stadt.\n\nDie Wohnung hat er "
          + "2019 bezogen, die Miete zahlt er selbst, das Einkommen ist belegt, der Sprachkurs ist abgeschlossen, die "
          + "Kinder besuchen die Grundschule am Park, und der Arbeitgeber hat die Beschäftigung bis 2027 bestätigt.\n\n"
          + "Vorgelegt wurde der Reisepass Nr. G2847719 (gültig bis 2029).", "G2847719", "PASSPORT" },
        // Twelfth session: a family court's matter, a utility's contract account at a sentence's end, a household's number.
        { "Betreff: AW: Unterhaltssache 9 F 402/26 – Termin", "9 F 402/26", "CASE_REFERENCE" },
        { "hab strom seit märz, vertragskonto 733 108 2264.\nbitte um rückruf", "733 108 2264", "CASE_REFERENCE" },
        { "Haushaltsnummer: HH 017 553\nLeistungszeitraum: 01.01.–30.06.2026", "HH 017 553", "CASE_REFERENCE" },
        // Twelfth session: a postcode and town right after the house number, without a comma.
        { "neue Adresse Lindenweg 4 59821 Arnsberg, ab sofort", "59821 Arnsberg", "ADDRESS" },
        // Twelfth session: another country's postcode and town after a street found by its shape, past a flat.
        { "Meine Adresse in Rumänien: Strada Morilor 7, 310045 Arad", "310045 Arad", "ADDRESS" },
        { "Sie wohnt noch in Nørregade 21, 1. tv., 5000 Odense C und zieht im Mai um.", "5000 Odense C", "ADDRESS" },
        { "Rua Augusta 88, apto 12\n01305-000 São Paulo", "01305-000 São Paulo", "ADDRESS" },
        // Twelfth session: a letterhead's street before its middle dot; a flat's number after the house number.
        { "Praxis Dr. Vogel · Birkenleite 11 · 96328 Weißenrodach", "Birkenleite 11", "ADDRESS" },
        { "Herrn Jonas Peters\nLindenstraße 40, Whg. 12\n59821 Arnsberg", "Lindenstraße 40, Whg. 12", "ADDRESS" },
        // Twelfth session: an application's or a registration's number when the value looks like a file number.
        { "Bauantragsnummer bei Ihnen: BA-0712/26\nMit freundlichen Grüßen", "BA-0712/26", "CASE_REFERENCE" },
        { "Anmeldungs-Nr.: E 52/2026", "E 52/2026", "CASE_REFERENCE" },
        // Twelfth session: a Moroccan identity card by its abbreviation.
        { "Die Antragstellerin (marokkanische Staatsangehörige, CIN JB417203) legte die Urkunde vor.", "JB417203", "ID_CARD" },
        // Twelfth session: a given name shaped like a rank ("…rat") after "Frau" is a name.
        { "Übersetzt hat Frau Mebrat Tesfaye.", "Mebrat Tesfaye", "PERSON" },
        // Thirteenth session: a family's residence cards listed after one word, each with its holder in brackets.
        { "Die Familie kommt aus Syrien. Kartennummern: LK4TN72HX (Vater), MW9R3P2ZT (Tochter), GP7C1VX4R (Sohn)", "GP7C1VX4R", "ID_CARD" },
        { "Die Familie kommt aus Syrien. Kartennummern: LK4TN72HX (Vater), MW9R3P2ZT (Tochter), GP7C1VX4R (Sohn)", "MW9R3P2ZT", "ID_CARD" },
        // Thirteenth session: a residence card's column in a foreigners' office's tab list; the ID card's abbreviation.
        { "Name\tVorname\tKarten-Nr.\tbezahlt\nBerisha\tValon\tT7KN2WF9H\tja\nKrasniqi\tEra\tCM4VZ8P1L\tja", "CM4VZ8P1L", "ID_CARD" },
        { "Verlustanzeige liegt vor. Nummer des alten PA laut Kopie: YCFCW9521", "YCFCW9521", "ID_CARD" },
        // Thirteenth session: a Dutch identity card by its own name, its number mixing letters and digits.
        { "Ik heb een identiteitskaart (nr. NR4K7PX21), is dat genoeg voor de Anmeldung?", "NR4K7PX21", "ID_CARD" },
        // Thirteenth session: a Polish flat after the house number; foreign plates named by their own words.
        { "Meine Familie wohnt weiter in Polen: ul. Długa 17 m. 12, 66-400 Gorzów Wielkopolski.", "ul. Długa 17 m. 12", "ADDRESS" },
        { "Mijn auto staat nog op mijn naam, kenteken 52-JKT-4.", "52-JKT-4", "LICENSE_PLATE" },
        { "Mein Auto, ein Opel Astra mit bulgarischer Nummer CA 7214 PB, muss ich ummelden.", "CA 7214 PB", "LICENSE_PLATE" },
        { "2) Transporter der Firma: Ford Transit, PO 7K2M5 (polnisch)", "PO 7K2M5", "LICENSE_PLATE" },
        // Fourteenth session: a plate after a nation's registration in an English mail.
        { "The car with the Polish registration WGM 4471C was towed on 3 June.", "WGM 4471C", "LICENSE_PLATE" },
        // Fourteenth session: a plate before its country's adjective and the registration's word in brackets.
        { "Unser zweites Fahrzeug, ein Dacia Logan, 5B2 4471 (tschechische Zulassung), wird verkauft.", "5B2 4471", "LICENSE_PLATE" },
        // Fourteenth session: a couple sharing one surname joined by "u."; a list's maker after "bearbeitet" without "von".
        { "Sorgeberechtigt: Jonas u. Mirela Hagedorn, beide wohnhaft in der Stadt", "Jonas", "PERSON" },
        { "Warteliste (Stand 03.02.2026, bearbeitet K. Wendland)", "K. Wendland", "PERSON" },
        // Fourteenth session: an attendance list goes on past a doctor's title and a quoted school name; an initial
        // makes the word after it a surname, a noun's too.
        { "Anwesend: Dr. Peter Hollmann (Schulamt), T. Fink (Realschule „Am Wall“), U. Vogel (Elternrat)", "T. Fink", "PERSON" },
        { "Anwesend: Dr. Peter Hollmann (Schulamt), T. Fink (Realschule „Am Wall“), U. Vogel (Elternrat)", "U. Vogel", "PERSON" },
        // Fourteenth session: a French birth label before a date in digits; a direct debit's mandate reference.
        { "Notre fils: Adam, né le 03/11/2019 à Sfax", "03/11/2019", "DATE_OF_BIRTH" },
        { "Der Beitrag wird per Lastschrift eingezogen (Mandatsreferenz KB-200417-02).", "KB-200417-02", "CASE_REFERENCE" },
        // Fourteenth session: a floor and its side after the house number; a colleague's mail opened or closed by a
        // lower-case given name.
        { "Neue Anschrift: Lessingstraße 41, 3. OG rechts, 09111 Chemnitz", "Lessingstraße 41, 3. OG rechts", "ADDRESS" },
        { "Betreff: WG: Kita-Platz\n\nsilke, hast du den antrag schon gesehen?", "silke", "PERSON" },
        { "akte liegt wieder im schrank\n\nschönes wochenende\nmarco", "marco", "PERSON" },
        // Fourteenth session: Danish streets in their definite form and Danish and Portuguese floors; Portuguese lanes.
        { "Min adresse: Fjordvejen 17, 9990 Skagen", "Fjordvejen 17", "ADDRESS" },
        { "Anschrift in Dänemark: Søndergade 4, 2. th., 7100 Vejle", "Søndergade 4, 2. th.", "ADDRESS" },
        { "Morada: Avenida da República 88, 1.º Dto., 1050-196 Lisboa", "Avenida da República 88, 1.º Dto.", "ADDRESS" },
        { "Morada antiga: Travessa do Carmo 5, 1200-095 Lisboa", "Travessa do Carmo 5", "ADDRESS" },
        // Fourteenth session: Portuguese birth labels before an ISO date and a spelled one.
        { "Dados: data de nascimento 1991-02-14, natural de Braga", "1991-02-14", "DATE_OF_BIRTH" },
        { "O meu filho Tomás, nascido a 12 de outubro de 2015, vive comigo.", "12 de outubro de 2015", "DATE_OF_BIRTH" },
        // Fourteenth session: an Excel list saved with semicolons, its name and birth columns.
        { "Liste:\nName;Vorname;geb.;Kasse\nVilkaitė;Rūta;7.2.93;AOK\nSantos;Tiago;21.9.88;TK\n\nGruß", "Vilkaitė", "PERSON" },
        { "Liste:\nName;Vorname;geb.;Kasse\nVilkaitė;Rūta;7.2.93;AOK\nSantos;Tiago;21.9.88;TK\n\nGruß", "21.9.88", "DATE_OF_BIRTH" },
        // Fourteenth session: Portuguese and Filipino particles inside a name.
        { "Sprechstunde bei Frau Ana do Rosário Lopes im Bürgerbüro", "Ana do Rosário Lopes", "PERSON" },
        { "Dear Ms dela Paz,\nthank you for your letter.", "dela Paz", "PERSON" },
        // Fourteenth session: a lower-case given name opening a sentence before its verb.
        { "die lehrerin weiß das. dario will nicht mehr in den bus steigen", "dario", "PERSON" },
        // Fourteenth session: a birth date as the Dutch write it.
        { "Wij zijn met z'n drieën: ik (Sanne de Vries, geb. 14-02-1990) en mijn man.", "14-02-1990", "DATE_OF_BIRTH" },
        // Fifteenth session: a family court's file with its matter's letters; the guardianship register without a
        // department's number or a court nearby.
        { "Stellungnahme an das Familiengericht, Az. 4 F 118/26 SO, zur Sorgerechtsfrage", "4 F 118/26 SO", "CASE_REFERENCE" },
        { "Beschluss des Amtsgerichts (Az. 31 F 907/25 EAGS) nach dem Gewaltschutzgesetz", "31 F 907/25 EAGS", "CASE_REFERENCE" },
        { "Betreff: WG: XVII 288/26 – Betreuerwechsel\n\nHallo zusammen,", "XVII 288/26", "CASE_REFERENCE" },
        { "Betreff: Vermögensverzeichnis (AG XVII 62/25)", "XVII 62/25", "CASE_REFERENCE" },
        // Fifteenth session: a pension number grouped by hyphens; a health-insurance number grouped by spaces after its name.
        { "Rentenantrag läuft, Versicherungsnummer 65-120336-P-629, Bescheid folgt", "65-120336-P-629", "SOCIAL_SECURITY" },
        { "Sie nannte die Krankenversichertennummer ihres Sohnes (A 1234 56780) am Telefon.", "A 1234 56780", "HEALTH_INSURANCE" },
        { "Nr.\tName\tKVNR\tTelefon\n1\tBollig\tA123456780\t0157 1\n2\tCeban\tA 1234 5678 0\t0157 2\n", "A 1234 5678 0", "HEALTH_INSURANCE" },
        // Fifteenth session: passports and identity cards named in Italian, French and Croatian, "n." and "n°" for "number".
        { "Dati del conducente:\nPassaporto n. YF7734120\nResidenza: Bologna", "YF7734120", "PASSPORT" },
        { "Locataire : Mme Perrin\nPasseport n° 19CK83052\nTél. +33 6 12 44 80 17", "19CK83052", "PASSPORT" },
        { "Podaci o vlasnici: Broj osobne iskaznice: 118430277, Zagreb", "118430277", "ID_CARD" },
        // Fifteenth session: birth dates after their labels in French, Italian, Spanish, Croatian and Dutch.
        { "Conducteur : Luc Ferrand\nDate de naissance : 14.02.1979", "14.02.1979", "DATE_OF_BIRTH" },
        { "Il conducente era mio fratello, nato il 03/11/1990 a Bari.", "03/11/1990", "DATE_OF_BIRTH" },
        { "Titular: Marta Gil, fecha de nacimiento 21/06/1985", "21/06/1985", "DATE_OF_BIRTH" },
        { "Ime: Ivana Perić, rođena 7. 5. 1992.", "7. 5. 1992", "DATE_OF_BIRTH" },
        { "Naam: Joris Kuipers, geboortedatum 30-01-1974", "30-01-1974", "DATE_OF_BIRTH" },
        // Fifteenth session: a fine proceeding's number with a space after the unit; a found item's number.
        { "Anhörung im Verfahren 32.1 OWi 26/004117 – Ihre Stellungnahme", "32.1 OWi 26/004117", "CASE_REFERENCE" },
        { "Ihre Geldbörse liegt bei uns (Fundsache Nr. FU 2026/0088).", "FU 2026/0088", "CASE_REFERENCE" },
        // Fifteenth session: an export's columns as databases name them; a permit's number under "AusweisNr"; a caution's number.
        { "AusweisNr;Name;Vorname;Strasse;PLZ_Ort\nAP-Z2-40417;Lindqvist;Maja;Auf der Heide 7;61231 Bad Nauheim\n", "Auf der Heide 7", "ADDRESS" },
        { "AusweisNr;Name;Vorname;Strasse;PLZ_Ort\nAP-Z2-40417;Lindqvist;Maja;Auf der Heide 7;61231 Bad Nauheim\n", "61231 Bad Nauheim", "ADDRESS" },
        { "AusweisNr;Name;Vorname;Strasse;PLZ_Ort\nAP-Z2-40417;Lindqvist;Maja;Auf der Heide 7;61231 Bad Nauheim\n", "AP-Z2-40417", "CASE_REFERENCE" },
        { "| Verw.-Nr. | Land | EUR |\n|---|---|---|\n| VG 118204 | F | 25,00 |\n", "VG 118204", "CASE_REFERENCE" },
        // Fifteenth session: a name after a naming verb, a colleague cited with "laut", a journeyman, grandchildren.
        { "Am Schalter war ein junger Mann, ich glaube er heißt Wendrich, sehr unfreundlich.", "Wendrich", "PERSON" },
        { "Die Unterlagen liegen laut Kollege Brömmelkamp schon beim Amt.", "Brömmelkamp", "PERSON" },
        { "Die Maße hat mein Geselle Okke aufgenommen.", "Okke", "PERSON" },
        // Fifteenth session: a US social security number in brackets after its name; a column of PESEL numbers.
        { "It shows my Social Security number (078-05-1120) – do I have to black it out?", "078-05-1120", "SOCIAL_SECURITY" },
        { "Name;Vorname;PESEL;Ausweis\nBąk;Krzysztof;44051401359;BPH625763\n", "44051401359", "SOCIAL_SECURITY" },
        // Fifteenth session: a birth name named as such, without a colon.
        { "Die Rente der Mutter (Geburtsname Nassar) reicht für den Eigenanteil.", "Nassar", "PERSON" },
        { "Ma mère, Mme Khadija Ait Bensaid née El Ouafi, demeurant à Oujda", "El Ouafi", "PERSON" },
        // Fifteenth session: the next recipient of a header line; a directory's title after the name; English "Dr".
        { "Von: Asmussen, Birte\nAn: Carstens, Uwe; Feddersen, Kirsten\nBetreff: Termine", "Feddersen, Kirsten", "PERSON" },
        { "Von: Asmussen, Birte\nAn: Carstens, Uwe, Dr.\nBetreff: Termine", "Carstens, Uwe, Dr", "PERSON" },
        { "The GP, Dr Oltmanns, confirmed the diagnosis.", "Oltmanns", "PERSON" },
        // Fifteenth session: who wrote a remark, in brackets or after a clerk's label; Vietnamese names by their family
        // name's diacritics; Dutch honorifics; a foster family.
        { "Vermerk Ordnungsamt (K. Wellbrock): Halter ermittelt.", "K. Wellbrock", "PERSON" },
        { "Sachbearbeitung: T. Hollenberg – nur für den Dienstgebrauch", "T. Hollenberg", "PERSON" },
        // Fifteenth session: an initial and a surname after "an", "durch", "und" or a slash, ending with a full stop.
        { "Stand und Foto ins Zählerbuch, Rückmeldung an S. Kettenacker.", "S. Kettenacker", "PERSON" },
        { "Zuständig heute: S. Pietsch / R. Ünal. Bitte erledigte Rückrufe abhaken.", "R. Ünal", "PERSON" },
        { "Hiermit wird bestätigt, dass\nTrần Minh Khoa, geboren am 03.05.2012 in Huế,", "Trần Minh Khoa", "PERSON" },
        { "Mevr. A. de Boer\nKerkstraat 12\n8911 AB Leeuwarden", "A. de Boer", "PERSON" },
        { "Das Kind ist bei der Bereitschaftspflegefamilie Ahlbrecht untergebracht.", "Ahlbrecht", "PERSON" },
        // Fifteenth session: lower-case streets whose number ends the phrase; plates after vans, makes and a registration.
        { "zwei briefe kamen zurück, obwohl die adresse (mühlengasse 9) stimmt", "mühlengasse 9", "ADDRESS" },
        { "kundennr steht oben, kuypers sascha, schleusenweg 14 a.", "schleusenweg 14 a", "ADDRESS" },
        { "Gewerbe abgemeldet, Transporter HEI KR 86 noch zugelassen", "HEI KR 86", "LICENSE_PLATE" },
        // Fifteenth session: office file numbers by their shape alone (unit, serial, year; unit, mixed-case letters, serials).
        { "Bisher zwei Widersprüche, darunter Fall Reimer (SVA 40.2-0187/26).", "SVA 40.2-0187/26", "CASE_REFERENCE" },
        { "Betreff: Antrag Hilfe zur Pflege für meine Mutter – 50.3-HzP-2025-0612", "50.3-HzP-2025-0612", "CASE_REFERENCE" },
        { "Der Fall Reimer (WoA 21-0702/25) ist noch offen.", "WoA 21-0702/25", "CASE_REFERENCE" },
        // Fifteenth session: a unit, the office's letters and a space before the serial; a register office's entry; list
        // columns of examination IDs and register numbers.
        { "a) Ahmadzai, Farid (32.3-EB 0912/23): Die Regelanfrage ist ohne Erkenntnisse.", "32.3-EB 0912/23", "CASE_REFERENCE" },
        { "die Geburt ist bei Ihnen unter G 0047/2026 beurkundet.", "G 0047/2026", "CASE_REFERENCE" },
        // Fifteenth session: an office's letters, the year and a serial after a slash; a serial listed after a file number.
        { "TOP 2 – Bauvoranfrage BV 2026/0007: Umnutzung einer Scheune", "BV 2026/0007", "CASE_REFERENCE" },
        { "Unser Zeichen: 32.3-EB 1140/24 und 1141/24\nDatum: 10.02.2026", "1141/24", "CASE_REFERENCE" },
        { "| Nr. | Name | Prüfungs-ID |\n|---|---|---|\n| 1 | Kharaishvili, Levan | 3307-26-0114 |\n", "3307-26-0114", "CASE_REFERENCE" },
        { "Datum\tZeit\tEheschließende\tReg.-Nr.\n12.06.2026\t10:00\tPaweł Zieliński / Johanna Thiel\tE 0318/2026\n", "E 0318/2026", "CASE_REFERENCE" },
        // Fifteenth session: a colleague addressed by a known given name, mentioned with "@", signing after a dash.
        { "Hallo zusammen,\n\nJana, kannst du das bitte übernehmen? Danke. – Till", "Jana", "PERSON" },
        { "Hallo zusammen,\n\nJana, kannst du das bitte übernehmen? Danke. – Till", "Till", "PERSON" },
        { "noch was:\n@sven: die Liste ist ab morgen aktuell.", "sven", "PERSON" },
        // Fifteenth session: a street of any language before a postcode that was found, after a comma or on the line above;
        // the postcodes of more countries with their letters.
        { "Our home address is Prinsengracht 412, 1016 HK Amsterdam, the Netherlands.", "Prinsengracht 412", "ADDRESS" },
        { "Ponas\nTomas Jankauskas\nLaisvės al. 61-4\nLT-44304 Kaunas\nLITAUEN", "Laisvės al. 61-4", "ADDRESS" },
        { "Ponas\nTomas Jankauskas\nLaisvės al. 61-4\nLT-44304 Kaunas\nLITAUEN", "LT-44304 Kaunas", "ADDRESS" },
        { "Familie Caduff\nVia Principala 14\nCH-7013 Domat/Ems", "CH-7013 Domat/Ems", "ADDRESS" },
        // Fifteenth session: a foreign passport after a nationality named anywhere near, and a state's "-pass" in lower case.
        { "Der Vater ist Niederländer. Er legte den Reisepass Nr. NRK41P9T2 vor.", "NRK41P9T2", "PASSPORT" },
        { "er ist niederländer, hat nen nl-pass NPJE0EL08 und eine geburtsurkunde", "NPJE0EL08", "PASSPORT" },
        // Fifteenth session: a birth date after a name and its spelling in another script; in a table aligned by spaces.
        { "Meine Daten:\nOksana Melnyk (Оксана Мельник), 14.03.1986\nukrainische ID-Karte", "14.03.1986", "DATE_OF_BIRTH" },
        { "Name                      Geburtsdatum\nDoris Pöhlmann            28.04.1957", "28.04.1957", "DATE_OF_BIRTH" },
        // Fifteenth session: umlauts among a German plate's letters.
        { "Ich habe ein Knöllchen für mein Auto SPN-ÖY 88 bekommen.", "SPN-ÖY 88", "LICENSE_PLATE" },
        // Fifteenth session: a one-person business named after its owner, the trade first.
        { "Er hat eine Stelle bei der Gebäudereinigung Heckmanns in Kleve gefunden.", "Heckmanns", "PERSON" },
        { "Die Fotos hat Fa. Brüsehaber gemacht, der Erntehelfer war auf dem Hof Ketelsen.", "Brüsehaber", "PERSON" },
        { "Die Fotos hat Fa. Brüsehaber gemacht, der Erntehelfer war auf dem Hof Ketelsen.", "Ketelsen", "PERSON" },
        { "Betreff: abgeschleppt!!! Opel KY-4812 (griechisch)", "KY-4812", "LICENSE_PLATE" },
        { "Das Fahrzeug mit der Registrierung ZG 832-TB (Škoda, weiß) ist auf sie zugelassen.", "ZG 832-TB", "LICENSE_PLATE" },
        // Fifteenth session: Italian and Spanish house numbers and floors; a caution's, a rental contract's, a death entry's number.
        { "Residenza: Viale dei Tigli 14/C, 40137 Bologna", "Viale dei Tigli 14/C", "ADDRESS" },
        { "Mi dirección: Calle del Carmen 31, 2.º A, 28013 Madrid", "Calle del Carmen 31, 2.º A", "ADDRESS" },
        { "Die erste Verwarnung hatte die Nummer VW 318277, die zweite kam gestern.", "VW 318277", "CASE_REFERENCE" },
        { "Der Wagen war vermietet (Mietvertrag MV-1180442) an einen Kunden aus Lyon.", "MV-1180442", "CASE_REFERENCE" },
        { "Der Sterbefall ist unter S 7/2026 beurkundet worden.", "S 7/2026", "CASE_REFERENCE" },
        // Fifteenth session: a treasury's dotted account number without its keyword; the files listed after the first one;
        // a supplier's number; a CSV export with every field in quotes.
        { "ich habe die Mahnung für die Grundsteuer (21.0417.30955) bekommen", "21.0417.30955", "CASE_REFERENCE" },
        { "Az. JA 51.2-0317/2025, JA 51.2-0318/2025 und JA 51.2-0322/2025 (Geschwister)", "JA 51.2-0322/2025", "CASE_REFERENCE" },
        { "Mandatsreferenzen: KS-30417-02 (Grundsteuer) und KS-30999-01 (Hundesteuer).", "KS-30999-01", "CASE_REFERENCE" },
        { "Die Rechnung ist noch offen, Kreditor müsste 700519 sein.", "700519", "CASE_REFERENCE" },
        { "\"Kassenzeichen\",\"Schuldner\",\"Geburtsdatum\"\n\"7.0412.99031\",\"Aksoy, Deniz\",\"1979-06-23\"\n", "1979-06-23", "DATE_OF_BIRTH" },
        { "\"Kassenzeichen\",\"Schuldner\",\"Geburtsdatum\"\n\"7.0412.99031\",\"Aksoy, Deniz\",\"1979-06-23\"\n", "Aksoy, Deniz", "PERSON" },
        // Sixteenth session: a clerks' team after the label as a slash list, the deputy named by their task; an abbreviated label.
        { "Offene Posten\nBearbeitung: Eulberg / Vertretung Hackenbroich\n\nBitte bis Freitag prüfen.", "Hackenbroich", "PERSON" },
        { "Liste\nSachbearbeitung: Gläser / Eichhorn / Rößler\n\nAz.\tName", "Eichhorn", "PERSON" },
        { "Bitte keine zweite Zahlung anlegen!\n\nBearbeitet: M. Trautmann / geprüft: D. Schulze", "M. Trautmann", "PERSON" },
        { "Meldung an das Landesamt erfolgt.\nBearb.: Wübbena, 30.09.2026", "Wübbena", "PERSON" },
        // Sixteenth session: file numbers in their own shape without a keyword: the year before the serial after a unit's
        // number, an office's letters joined to a unit's, two to four letters before an entry number and its year.
        { "Das Bußgeldverfahren 61.3-OW 2025/097115 musste eingestellt werden.", "61.3-OW 2025/097115", "CASE_REFERENCE" },
        { "Offene Forderungen laut VS-K 2025/71184 bitte prüfen.", "VS-K 2025/71184", "CASE_REFERENCE" },
        { "Standesamt Rietzow                  Nr. NE 22/2025\n\nVor dem Standesbeamten erschienen", "NE 22/2025", "CASE_REFERENCE" },
        { "Der Parkausweis (ausgestellt von der Stadt Norderstedt, Nr. NOR-0217/2023) lag im Auto.", "NOR-0217/2023", "CASE_REFERENCE" },
        // Sixteenth session: a second salutation after the first one's comma; greetings in other languages; a form's
        // dotted leader for the colon; names in quotes where the sentence says they are names.
        { "Sehr geehrte Frau Oberbürgermeisterin, liebe Katharina,\n\nin meiner Sprechstunde war Herr Wolf.", "Katharina", "PERSON" },
        { "hola stefanos,\n\nsorry für die späte mail.", "stefanos", "PERSON" },
        { "A. Verpflichtungsgeber\nName, Vorname ............ Siddiqui, Imran\nGeburtsort ....... Offenbach", "Siddiqui, Imran", "PERSON" },
        { "1. Familienname / Surname ...............  QURESHI\n2. Geburtsort ........ Lahore", "QURESHI", "PERSON" },
        { "Die Ausländerbehörde hat im Aufenthaltstitel „DARWISH, Yara Mahmoud“ eingetragen.", "DARWISH, Yara Mahmoud", "PERSON" },
        { "Nach vietnamesischem Recht wäre der vollständige Name „Trần Bảo An“.", "Trần Bảo An", "PERSON" },
        { "b) Die Erschienene legt den Vatersnamen „Petrowna“ ab.", "Petrowna", "PERSON" },
        // Sixteenth session: a pension number with dots, an ID card's check digit apart, the Chinese resident number and
        // the Mexican CURP by their check digits, the Pakistani CNIC by its name and shape; addresses abroad.
        { "Herr Ilić ist unter der Versicherungsnummer 40.030271.I.773 seit 01.03.2025 beschäftigt.", "40.030271.I.773", "SOCIAL_SECURITY" },
        { "Zeidlerstraße 52, 21107 Hamburg\nPersonalausweis: MT10Y13H6 3\nKfz-Steuer per Lastschrift", "MT10Y13H6 3", "ID_CARD" },
        { "the bank form also asked my chinese ID card number, it is 440305199908168980", "440305199908168980", "ID_CARD" },
        { "das konsulat braucht für den neuen pass meine CURP HEOG980312MDFRRD07 und eine kopie", "HEOG980312MDFRRD07", "ID_CARD" },
        { "12. Nationale ID (CNIC) ..........  37405-9714957-1\n13. Zweck", "37405-9714957-1", "ID_CARD" },
        { "Mein Mann wohnt noch in Ägypten (23 Fouad Street, Apt. 7, Alexandria 21599) und möchte kommen.", "23 Fouad Street, Apt. 7", "ADDRESS" },
        { "Mein Mann wohnt noch in Ägypten (23 Fouad Street, Apt. 7, Alexandria 21599) und möchte kommen.", "Alexandria 21599", "ADDRESS" },
        { "Okafor;Chinedu;Am Bahndamm 2a;15859 Storkow (Mark);30.04.1990", "15859 Storkow (Mark)", "ADDRESS" },
        { "Bitte schicken an Adresse:\nул. Масленникова 74, кв. 33", "ул. Масленникова 74", "ADDRESS" },
        // Sixteenth session: a register's letters or a lawyer's initials after a file number; an office's letters before "OWi".
        { "Unser Az.: 61.3-OW 2025/088206\nIhr Az.: 3101 Js 2381/25 OWi\nHamburg, 18.06.2025", "3101 Js 2381/25 OWi", "CASE_REFERENCE" },
        { "Verteidigung: Kanzlei Ruiz & Partner mbB, Kanzlei-Az. 147/25 LC\n\nTatvorwurf", "147/25 LC", "CASE_REFERENCE" },
        { "Unser Zeichen: 112/25 vdH/ks\nDatum: 03.06.2025", "112/25 vdH/ks", "CASE_REFERENCE" },
        { "Ihr Zeichen     Unser Zeichen\n–               OA-OWi 1712/25", "OA-OWi 1712/25", "CASE_REFERENCE" },
        // A deed's number in the notary's or youth office's roll (Urkundenrolle) names the person's deed.
        { "Die Vaterschaft wurde anerkannt, die Mutter hat zugestimmt (UR-Nr. 212/2025, Urkundsperson Frau Schubert).", "212/2025", "CASE_REFERENCE" },
        // Sixteenth session: given names the sentence marks as someone's: addressed, possessed, born, in a household's
        // list, after an English closing or introduction, after plural relatives.
        { "anbei die Liste für Donnerstag. Ioana, du übernimmst bitte ab 11 Uhr.", "Ioana", "PERSON" },
        { "- Ngozi's passport: A82947828\n- my tax ID", "Ngozi's", "PERSON" },
        { "Also, the Kita asked for the certificates – Owen was born January 6, 2021.", "Owen", "PERSON" },
        { "Weitere HH-Mitglieder:\n  - DIALLO, Mariama, 02.03.1990, Ehefrau\n", "DIALLO, Mariama", "PERSON" },
        { "Weitere HH-Mitglieder:\n  - DIALLO, Mariama, 02.03.1990, Ehefrau\n", "02.03.1990", "DATE_OF_BIRTH" },
        { "The Meldebescheinigung shows the same.\n\nBest,\nEmeka\n", "Emeka", "PERSON" },
        { "hello,\n\ni am Wang Zihan (english name Kevin), student of engineering", "Wang Zihan", "PERSON" },
        { "Trauzeugen brauchen wir nicht, aber unsere Freunde Tomasz und Beate kommen mit.", "Beate", "PERSON" },
        // A haulier's tractor unit and trailer with foreign plates; a social court's file number after its keyword.
        { "Anhörungsbogen für unser Fahrzeug (Zugmaschine GD 2815K, Auflieger GD 9R014) teilen wir mit", "GD 9R014", "LICENSE_PLATE" },
        { "Sozialgericht Landshut\n\nIhr Aktenzeichen: S 11 SO 42/25\nUnser Aktenzeichen: 50.1-SO", "S 11 SO 42/25", "CASE_REFERENCE" },
        // Sixteenth session: "-Nr." compounds that name a person's file; a foreign mobile number with "+" whose range
        // libphonenumber does not list; British addresses.
        { "Dokumentation Schuleingangsuntersuchung\nUntersuchungs-Nr.: SEU-25-1187\n\nKIND", "SEU-25-1187", "CASE_REFERENCE" },
        { "Auszug für die Akte\n\nRegistrierungs-Nr.: BtB-REG 0031/23\nName: Olufemi", "BtB-REG 0031/23", "CASE_REFERENCE" },
        { "Beschluss des AG vom 12.02.2024\nAZR-Nr.: 161224331007\nBAMF-Az.: 8123456-423", "161224331007", "CASE_REFERENCE" },
        { "You can reach me on my UK mobile +44 7911 402386 after six.", "+44 7911 402386", "PHONE" },
        { "Previous address: 14 Larkspur Close, Harrogate HG2 7QT, United Kingdom", "14 Larkspur Close", "ADDRESS" },
        { "Previous address: 14 Larkspur Close, Harrogate HG2 7QT, United Kingdom", "Harrogate HG2 7QT", "ADDRESS" },
        // A doctor in a mail written in lower case; a court's signatures with the court or function after the title.
        { "AU bis mittwoch, die ärztin dr schönfeld hat gesagt wenns nicht besser wird nochmal hin.", "schönfeld", "PERSON" },
        { "Eine Dolmetscherin wird geladen.\n\nHansen, Richterin am Amtsgericht\n\nAusgefertigt", "Hansen", "PERSON" },
        { "Ausgefertigt\nKrüger, Justizbeschäftigte als Urkundsbeamtin der Geschäftsstelle", "Krüger", "PERSON" },
        // An English letter's reference ("your letter ref.", "Ref.") names the person's file.
        { "Subject: Re: Registration / Anmeldung – your letter ref. BB-EMA-25/0614\n\nDear Mrs Hartfelder,", "BB-EMA-25/0614", "CASE_REFERENCE" },
        // A prosecutor's file number (register Js) without a keyword; an office's letters before its unit's file number;
        // customer and register numbers printed in groups of digits.
        { "Mit Urteil des Amtsgerichts vom 03.02.2021 (3 Ds 56 Js 3307/20) wurde die Fahrerlaubnis entzogen.", "3 Ds 56 Js 3307/20", "CASE_REFERENCE" },
        { "Lo Presti, Giuseppe | 4 | 04.05.–31.05. | 27 | OA 32.4-KÜ-25/058\n", "OA 32.4-KÜ-25/058", "CASE_REFERENCE" },
        { "Versorger: Stadtwerke GmbH, Kundennummer 2108 1175 0, Rückstand Strom 980 EUR", "2108 1175 0", "CASE_REFERENCE" },
        { "Die Ausländerbehörde führt ihn unter der AZR-Nummer 1420 8377 1195. Seine Identität ist geklärt.", "1420 8377 1195", "CASE_REFERENCE" },
        // Children listed with an age or a birth star; postcode and town as fields of a semicolon export.
        { "Im Haushalt leben zwei minderjährige Kinder (Andrei, ca. 8 Jahre, und Ioana, ca. 4 Jahre).", "Andrei", "PERSON" },
        { "Haushalt:\n– Denisa, *19.12.2009\n– Alexandru, *07.06.2013\n", "Denisa", "PERSON" },
        { "1;Hinterberger, Josef;1958-04-11;Kirchplatz 2;84155;Bodenkirchen;VIB-JH 58\n", "84155;Bodenkirchen", "ADDRESS" },
        // A Spanish birth date; a Romanian identity card's series and number.
        { "2. María José García-Ordóñez, nacida el 3 de agosto de 1979, Calle Real 23", "3 de agosto de 1979", "DATE_OF_BIRTH" },
        { "Ehemann: Adrian Căldăraru\nPersonalausweis Rumänien: seria/nr. PH 785961\n", "PH 785961", "ID_CARD" },
        // A reply signed by a given name on the last line before the quoted message.
        { "die Akte liegt bei dir im Fach.\nFlo\n\n-----Ursprüngliche Nachricht-----\nVon: Florian Sedlmeier", "Flo", "PERSON" },
        // Street words of Romania, Moldova and Albania, a flat after a Ukrainian house number, Moldova's postcode prefix.
        { "Käufer: Ion Ceban, str. Ștefan cel Mare 64, MD-2001 Chișinău, Republik Moldau", "str. Ștefan cel Mare 64", "ADDRESS" },
        { "Käufer: Ion Ceban, str. Ștefan cel Mare 64, MD-2001 Chișinău, Republik Moldau", "MD-2001 Chișinău", "ADDRESS" },
        { "in kosovo hat er gewohnt Rr. Adem Jashari 45, 10000 Prishtinë, führerschein ist von dort", "Rr. Adem Jashari 45", "ADDRESS" },
        { "Käufer: Andrij Bondarenko, vul. Zelena 112, kv. 5, 79017 Lviv, Ukraine", "vul. Zelena 112, kv. 5", "ADDRESS" },
        // Two initials of a double given name before a surname, with or without its particle.
        { "- ToDo: Anschreiben an K.-D. Imhof, Frist 4 Wochen", "K.-D. Imhof", "PERSON" },
        { "für die Stadt: Knut Lührs\ndie Nutzer: H.-J. ter Veen\n", "H.-J. ter Veen", "PERSON" },
        // Seventeenth session: the first initial before a mention that starts at the second one.
        { "Unser Vermieter Jan-Willem Hoogeveen.\nBitte abbuchen, ten name van J.W. Hoogeveen.", "J.W. Hoogeveen", "PERSON" },
        // A compound with a landscape ending and a house number standing as a phrase of its own is a street.
        { "Antragsteller:\n– Lukas Winterhalder, Kohlgrund 9\n\nMit freundlichen Grüßen", "Kohlgrund 9", "ADDRESS" },
        { "Beschwerde über Lärm nach 23 Uhr, Herr Kleespies (Rosenhang 9) wegen zugeparkter Einfahrt", "Rosenhang 9", "ADDRESS" },
        { "lg petra\n\n--\nPetra Faißt · Vogtsgrund 12 · 0151 24 63 91", "Vogtsgrund 12", "ADDRESS" },
        // Surname and given name in columns of their own, without a header row; a remark column that only some rows fill.
        { "Anwesenheit Modul 4\n\nNoori\tShabnam\t15.03.1999\tx\tx\nDarwish\tRana\t23.11.1990\tx\tx\nKovalchuk\tOlena\t08.02.1972\tx\tk\tAU liegt vor\nTesfamariam\tSenait\t01.01.2001\tx\tx\n", "Noori", "PERSON" },
        { "Anwesenheit Modul 4\n\nNoori\tShabnam\t15.03.1999\tx\tx\nDarwish\tRana\t23.11.1990\tx\tx\nKovalchuk\tOlena\t08.02.1972\tx\tk\tAU liegt vor\nTesfamariam\tSenait\t01.01.2001\tx\tx\n", "Shabnam", "PERSON" },
        { "Anwesenheit Modul 4\n\nNoori\tShabnam\t15.03.1999\tx\tx\nDarwish\tRana\t23.11.1990\tx\tx\nKovalchuk\tOlena\t08.02.1972\tx\tk\tAU liegt vor\nTesfamariam\tSenait\t01.01.2001\tx\tx\n", "Kovalchuk", "PERSON" },
        { "DTZ am 15.02.2025\n\n0412-25-00861;Sultani;Mursal;12.05.1998;B1\n0412-25-00862;Karimi;Abdul Wahid;01.01.1979;A2\n0412-25-00864;Bondarenko;Iryna;19.08.1987;B1\n", "Sultani", "PERSON" },
        { "DTZ am 15.02.2025\n\n0412-25-00861;Sultani;Mursal;12.05.1998;B1\n0412-25-00862;Karimi;Abdul Wahid;01.01.1979;A2\n0412-25-00864;Bondarenko;Iryna;19.08.1987;B1\n", "Abdul Wahid", "PERSON" },
        // The column of numbers in a list of people: each person's customer or participant number, header or not.
        { "Rückstände Oktober:\n10190632\tRühl, Karl-Heinz\tWetzlarer Str. 118\t438,17\t3\n10372121\tNarayanan, Venkatesh\tRingstraße 40a\t512,80\t3\n10583450\tKapoor, Neha\tAmselweg 19\t97,15\t2\n", "10372121", "CASE_REFERENCE" },
        { "Fahrtkosten Februar\n24-09955;Rahimi;Farid;58,00;Kurs 24-IK-M-03\n24-10098;Noori;Shabnam;58,00;Kurs 24-IK-M-03\n24-10103;Tesfamariam;Senait;43,50;Kurs 24-IK-M-03\n", "24-10098", "CASE_REFERENCE" },
        // Columns of the staff a row is assigned to, and a wedding list's couples, one person each side of the slash.
        { "Datum\tUhrzeit\tOrt\tBrautpaar\tStandesbeamt.\tBemerkung\n06.06.\t10:00\tRathaus\tPětr Kral / Mila Delenkowa\tHänsel\tzweisprachig\n13.06.\t11:30\tOrtenburg\tArtur Friesen / Lisa Brückner\tSchölzel\t–\n", "Pětr Kral", "PERSON" },
        { "Datum\tUhrzeit\tOrt\tBrautpaar\tStandesbeamt.\tBemerkung\n06.06.\t10:00\tRathaus\tPětr Kral / Mila Delenkowa\tHänsel\tzweisprachig\n13.06.\t11:30\tOrtenburg\tArtur Friesen / Lisa Brückner\tSchölzel\t–\n", "Mila Delenkowa", "PERSON" },
        { "Datum\tUhrzeit\tOrt\tBrautpaar\tStandesbeamt.\tBemerkung\n06.06.\t10:00\tRathaus\tPětr Kral / Mila Delenkowa\tHänsel\tzweisprachig\n13.06.\t11:30\tOrtenburg\tArtur Friesen / Lisa Brückner\tSchölzel\t–\n", "Schölzel", "PERSON" },
        // Foreign documents: the Russian INN and the Japanese individual number by their check digits; identity cards and
        // passports in Greek letters, digit groups, thousands' points, a Czech card's name, a quoted line break.
        { "Anbei auch meine russische Steuerbescheinigung (INN 557492688700).", "557492688700", "TAX_ID" },
        { "Bescheinigung der Stadt Kyoto mit ihrer Individualnummer (マイナンバー) 6522 0108 8809, bitte schwärzen", "6522 0108 8809", "TAX_ID" },
        { "Die Nummer ihres griechischen Personalausweises (ΑΔΤ) ΑΚ 583104 liegt vor.", "ΑΚ 583104", "ID_CARD" },
        { "Sie hat ihren Kimlik und den Reisepass U 29 410 563 vorgelegt.", "U 29 410 563", "PASSPORT" },
        { "Meine Dokumente: Občanský průkaz č. 443556708, ich arbeite in Bautzen.", "443556708", "ID_CARD" },
        { "Mi cédula colombiana es la 1.053.868.750. Die Aufenthaltserlaubnis ist beantragt.", "1.053.868.750", "ID_CARD" },
        { "- russischer Inlandspass der Ehefrau, Serie/Nr. 4489 330564 (abgelaufen)", "4489 330564", "PASSPORT" },
        { "- passport of my wife no. C3794248\n- our marriage extract", "C3794248", "PASSPORT" },
        { "> Mein russischer Reisepass hat die\n> Nummer 98 4811668, dort steht Shefer.", "98 4811668", "PASSPORT" },
        // Czech, Slovak and Greek postcodes (three digits, a space, two) after a street and its number.
        { "Meine Dokumente: Občanský průkaz č. 443556708, Adresse Jablonecká 1187/14, 460 01 Liberec. Ich arbeite in Bautzen.", "Jablonecká 1187/14", "ADDRESS" },
        { "Meine Dokumente: Občanský průkaz č. 443556708, Adresse Jablonecká 1187/14, 460 01 Liberec. Ich arbeite in Bautzen.", "460 01 Liberec", "ADDRESS" },
        // A register entry's number after a number word; a utility's and a course's numbers named in English or abbreviated.
        { "ein Ehefähigkeitszeugnis der Tschechischen Republik (Matriční úřad Česká Lípa, Nr. MUCL/8871/2025), Geburtsurkunden", "MUCL/8871/2025", "CASE_REFERENCE" },
        { "ODPIS ZUPEŁNY AKTU URODZENIA\n\nNumer aktu: 0226/00/AU/2024\n", "0226/00/AU/2024", "CASE_REFERENCE" },
        { "Kundennummer / Customer no.: 10728456\nVertragskonto / Contract account: 210046608795\n", "10728456", "CASE_REFERENCE" },
        { "Kundennummer / Customer no.: 10728456\nVertragskonto / Contract account: 210046608795\n", "210046608795", "CASE_REFERENCE" },
        { "Subject: Move-out / final meter reading – customer no. 10562555\n\nDear Stadtwerke team,", "10562555", "CASE_REFERENCE" },
        { "Fehlzeit Herr Yonas Habte Gebremedhin, TN-Nr. 24-10119, Kurs 24-IK-M-03", "24-10119", "CASE_REFERENCE" },
        // A mail in lower case throughout: its known given names in lower case are people.
        { "hallo jörg,\n\nkurz aus dem M-03: wir sind in lektion 12, läuft gut. rana und shabnam sind fit für den DTZ im juni. ich frag dich bzw. hendrik wegen der kinderbetreuung.\n\nlg fritzi", "shabnam", "PERSON" },
        { "hallo jörg,\n\nkurz aus dem M-03: wir sind in lektion 12, läuft gut. rana und shabnam sind fit für den DTZ im juni. ich frag dich bzw. hendrik wegen der kinderbetreuung.\n\nlg fritzi", "hendrik", "PERSON" },
        { "hallo jörg,\n\nkurz aus dem M-03: wir sind in lektion 12, läuft gut. rana und shabnam sind fit für den DTZ im juni. ich frag dich bzw. hendrik wegen der kinderbetreuung.\n\nlg fritzi", "fritzi", "PERSON" },
        // The same name in its own script, in brackets after it or alone on the next line.
        { "Best regards / Mit freundlichen Grüßen\nMin-jun Kim (김민준)\n", "김민준", "PERSON" },
        { "Vielen Dank und freundliche Grüße\nAiko Yamamoto\n山本 愛子\n", "山本 愛子", "PERSON" },
        // A Turkish address: the quarter before the street, a numbered street, the flat after the house number.
        { "Im Pass steht noch die alte Adresse in der Türkei: Cumhuriyet Mah. Gül Sok. No: 12 D: 4, 38030 Melikgazi/Kayseri", "Cumhuriyet Mah. Gül Sok. No: 12 D: 4", "ADDRESS" },
        { "Letzte Adresse, die ich kenne: Cumhuriyet Mah. 1453. Sok. No: 7/3, Konak/İzmir", "Cumhuriyet Mah. 1453. Sok. No: 7/3", "ADDRESS" },
        // A bank account abroad without an IBAN; the Japanese basic pension number by its shape and name.
        { "Empfänger: PARK SEOYEON\nBank: Shinhan Bank, Seoul (SWIFT/BIC SHBKKRSE)\nKontonummer: 110-301-930364\n", "110-301-930364", "IBAN" },
        { "Rentenbescheid (年金額改定通知書) mit der Basisrentennummer (基礎年金番号) 4127-038815\n", "4127-038815", "SOCIAL_SECURITY" },
        // Check digits of other states by their names: Hungarian and Polish tax numbers, the Australian TFN, the Canadian SIN,
        // the British NHS number; the US SSN and the British NI number by their shapes; a German tax ID grouped by dots.
        { "adóazonosító jel 8412943104,\n   – Nr. 2 und 3 nachstehend Käufer genannt", "8412943104", "TAX_ID" },
        { "NIP (personal tax number): 659-955-55-53\nAddress:", "659-955-55-53", "TAX_ID" },
        { "Steuerliche Identifikationsnummer des Kindes: 165.038.455.29\n", "165.038.455.29", "TAX_ID" },
        { "for the ato non-resident thing she needs it together with my tfn 555 685 722. not ur problem", "555 685 722", "TAX_ID" },
        { "coverage under the German-Canadian social security agreement. You sent 503-047-003 – please just confirm", "503-047-003", "SOCIAL_SECURITY" },
        { "handschriftlich auch seine US-Sozialversicherungsnummer (SSN 814-63-3154) vermerkt", "814-63-3154", "SOCIAL_SECURITY" },
        { "seine britische National Insurance Number (ZP 21 93 88 A) und seine NHS-Nummer (135 359 0100), weil", "ZP 21 93 88 A", "SOCIAL_SECURITY" },
        { "seine britische National Insurance Number (ZP 21 93 88 A) und seine NHS-Nummer (135 359 0100), weil", "135 359 0100", "HEALTH_INSURANCE" },
        { "Indische PAN (für die Bescheinigung nach DBA Deutschland–Indien): UYGPR5564T\n", "UYGPR5564T", "TAX_ID" },
        // Personnel and parking-permit numbers, driving licences, a Kosovar personal number, a Bavarian court's file, another
        // office's file number after "dort", a British plate, a Croatian birth date in the accusative.
        { "Frau Ana Ortega, Verwaltungsfachangestellte Bürgerbüro, Pers.-Nr. 0043318\nTeilnehmende:", "0043318", "CASE_REFERENCE" },
        { "also my bewohnerparkausweis (nr BwP-31-0448127) is for zone 31", "BwP-31-0448127", "CASE_REFERENCE" },
        { "Er legte zur Legitimation seinen Führerschein der Provinz Ontario (Nr. B0313-29328-71103) vor.", "B0313-29328-71103", "ID_CARD" },
        { "Die Daten vom Vater:\nNumri personal: 2095705418\nAdresse:", "2095705418", "ID_CARD" },
        { "Betreff: VG München M 1 K 25.4127 und M 1 SN 25.4128 – Stangl ./. Freistaat Bayern", "M 1 SN 25.4128", "CASE_REFERENCE" },
        { "Die Unfallanzeige an die BG BAU ist raus (Az. dort 2025/0918-4471).", "2025/0918-4471", "CASE_REFERENCE" },
        { "die Anwohnerparkzone für das Fahrzeug mit dem britischen Kennzeichen LK71 HXR lehne ich ab.", "LK71 HXR", "LICENSE_PLATE" },
        { "ovlašćujem\nIvanu Kovačević, rođenu 19.03.1986., OIB: 78748244295", "19.03.1986", "DATE_OF_BIRTH" },
        // Hungarian streets (name, street word, number), a label inside a sentence or a form's "Straße, Hausnummer:", a long
        // address line cut after its last number, a Berlin "Zeile".
        { "Please use our company:\nPannon Lovas Kft., Fő utca 12, 2092 Budakeszi, Hungary\n", "Fő utca 12", "ADDRESS" },
        { "Please use our company:\nPannon Lovas Kft., Fő utca 12, 2092 Budakeszi, Hungary\n", "2092 Budakeszi", "ADDRESS" },
        { "Die Eheleute sprachen zur Anmeldung der gemeinsamen Wohnung Pasewalker Zeile 12, 10439 Berlin vor (Einzug 22.09.2025). Bisherige Anschrift: HaShikma St 17, Apt 4, Haifa 3498512, Israel.\n", "HaShikma St 17, Apt 4", "ADDRESS" },
        { "Die Eheleute sprachen zur Anmeldung der gemeinsamen Wohnung Pasewalker Zeile 12, 10439 Berlin vor.", "Pasewalker Zeile 12", "ADDRESS" },
        { "Aadhaar on file\nCurrent address: Flat 402, Prestige Sunrise Apartments, 7th Cross, HSR Layout Sector 2, Bengaluru 560102, Karnataka\nMobile:", "Bengaluru 560102", "ADDRESS" },
        { "Bisherige Wohnung\nStraße, Hausnummer: Rua das Acácias Brancas, 245, apto 82\n", "Rua das Acácias Brancas, 245, apto 82", "ADDRESS" },
        // A table's row one cell short of its header (an export leaves the last column empty).
        { "Pers.-Nr.\tName\tVorname\tOE\tEG/Stufe\tZulageart\tBetrag €\tBemerkung\n0041177\tBrinkmann\tHannelore\t10.3\tE 9b/5\tVertretungszulage\t312,48\tbis 31.07.\n0046881\tVlachos\tAthanasios\t66.1\tE 5/4\tSchmutzzulage\t45,00\n\t\t\t\t\t\tSumme\t1.800,43\t\n", "Vlachos", "PERSON" },
        // A found surname and a known given name after its comma that ends the field: one name, surname first.
        { "4. Kinder (für Kinderfreibetrag)\nZając, Julia\t\tgeb. 23.02.2013\nZając, Tomasz\t\tgeb. 05.09.2016\n", "Zając, Tomasz", "PERSON" },
        // A particle in capitals between two name words in capitals.
        { "Person 1\nFamilienname: FERREIRA DA COSTA\nVornamen: Luíza Helena\n", "FERREIRA DA COSTA", "PERSON" },
        // An office's file number whose abbreviation has a small letter, a South African ID by its check digit and date.
        { "Unser Zeichen: BüA-LM 2025/118734\nBearbeiterin: Frau Lüdecke", "BüA-LM 2025/118734", "CASE_REFERENCE" },
        { "Thandiwe Mokoena-Dube – South African ID 9305022290088, born 2 May 1993", "9305022290088", "ID_CARD" },
        // The Ukrainian taxpayer number named further back before a colon; the French numéro fiscal by its modulo 511.
        { "Die ukrainische Steuernummer (RNOKPP) Ihrer Mutter habe ich aus der Passkopie übernommen: 1906402387. Bitte prüfen", "1906402387", "TAX_ID" },
        { "Déclarant 1   Numéro fiscal  32 88 887 717 248\nRéférence de l'avis", "32 88 887 717 248", "TAX_ID" },
        // Birth dates: "born in <place> on", a day-month-year with hyphens, an East Asian date after "geb.".
        { "My great-grandfather, Samuel Löwenthal, was born in Bautzen on 4 March 1902, the son of a merchant.", "4 March 1902", "DATE_OF_BIRTH" },
        { "Assignee: Mr. Rohit Anil Deshpande\nDate of birth: 22-Aug-1991\nNationality: Indian", "22-Aug-1991", "DATE_OF_BIRTH" },
        { "für meine Mutter, Frau Fumiko Yamamoto (geb. 1942年5月3日 / 03.05.1942)", "1942年5月3日", "DATE_OF_BIRTH" },
        // Addresses abroad set out as letters do: the lines above a country line, after an address label, after the 〒 mark.
        { "Schlussrechnung bitte an mich:\nEleni Chatzidaki\nΜητροπόλεως 41\n546 22 Θεσσαλονίκη\nGriechenland\n", "Μητροπόλεως 41", "ADDRESS" },
        { "Schlussrechnung bitte an mich:\nEleni Chatzidaki\nΜητροπόλεως 41\n546 22 Θεσσαλονίκη\nGriechenland\n", "546 22 Θεσσαλονίκη", "ADDRESS" },
        { "Previous address in Korea:\n302-1104, 27 Olympic-ro 35-gil\nSongpa-gu, Seoul 05510\nRepublic of Korea\n", "302-1104, 27 Olympic-ro 35-gil", "ADDRESS" },
        { "Previous address in Korea:\n302-1104, 27 Olympic-ro 35-gil\nSongpa-gu, Seoul 05510\nRepublic of Korea\n", "Songpa-gu, Seoul 05510", "ADDRESS" },
        { "Aadhaar on file.\nHome address (India): Flat 7B, Sai Leela Residency, Baner Road, Pune 411045, Maharashtra\nMobile: see below", "Flat 7B, Sai Leela Residency, Baner Road", "ADDRESS" },
        { "Ihre frühere Anschrift in Japan (abgemeldet): 〒606-0811 京都府京都市左京区下鴨松ノ木町58-2\n", "〒606-0811 京都府京都市左京区下鴨松ノ木町58-2", "ADDRESS" },
        // The date after the name in a semicolon export, fourteen years or more before the text's latest year.
        { "DTZ am 15.02.2025\n\n0412-25-00861;Sultani;Mursal;12.05.1998;B1\n0412-25-00862;Karimi;Abdul Wahid;01.01.1979;A2\n0412-25-00864;Bondarenko;Iryna;19.08.1987;B1\n", "01.01.1979", "DATE_OF_BIRTH" },
        // Eighteenth session: processing marks in a row, each in its column or after a separator.
        { "Eingangsstempel: 13.01.2025      geprüft: Rapp      Sollstellung veranlasst: Yıldız\n", "Rapp", "PERSON" },
        { "Eingangsstempel: 13.01.2025      geprüft: Rapp      Sollstellung veranlasst: Yıldız\n", "Yıldız", "PERSON" },
        { "aufgestellt: Lüdtke, 06.10.2025 · sachlich richtig: Öztürk", "Öztürk", "PERSON" },
        { "Geprüft: Pascal Lüdtke, 29.09.2025 – Zweitprüfung: Öztürk\n", "Öztürk", "PERSON" },
        // Who made an export or a printout, by the login the system shows.
        { "Schulanmeldung 2025\nErstellt von: thieme_k          Zweck: Einladung zur Schulanmeldung\n", "thieme_k", "PERSON" },
        { "Impfstatus Kita Regenbogen\nErstellt: 27.10.2025 07:58 durch tkolb – nur für den Dienstgebrauch\n", "tkolb", "PERSON" },
        // A plate of any country's layout right after the vehicle it is on.
        { "we inform you that our truck PO 7KX41 with trailer PO 2JH58 was driven by our employee", "PO 2JH58", "LICENSE_PLATE" },
        { "Ich war nicht der Fahrer! The car 4127 LMP is from my company.", "4127 LMP", "LICENSE_PLATE" },
        { "Er fragt, ob er mit seinem ukrainischen Auto (BC 4471 KM) weiter fahren darf.", "BC 4471 KM", "LICENSE_PLATE" },
        // A driving licence's number in the languages of its holders, whatever state issued it; a state's code before a
        // card's number; the French card's nine characters; "No." after the issuing state.
        { "Name: Krzysztof Wiśniewski\nDriving licence no.: 00841/07/3064\nMobile: +48 601 447 219", "00841/07/3064", "ID_CARD" },
        { "Name: Daan Bakker\nFührerschein-Nr. / Rijbewijsnr.: 5104628391\nLeasingnehmer: Van Dalen B.V.", "5104628391", "ID_CARD" },
        { "asmens kodas 37709213648\nvairuotojo pažymėjimas 53836867\nŽirmūnų g. 63-12", "53836867", "ID_CARD" },
        { "Herr Paweł Zieliński (geb. 04.03.1979, Personalausweis PL DIW532753) hustet seit Wochen.", "DIW532753", "ID_CARD" },
        { "Numéro fiscal: 35 22 215 693 003\nCarte d'identité n°: 3C0AW8T2X\nPhone: +33 6 54 01 11 02", "3C0AW8T2X", "ID_CARD" },
        { "For identification: my passport Republic of Moldova No. B45699943, valid until 2031.", "B45699943", "PASSPORT" },
        // A town "unter" its mountain; a Romanian street after "Str.", its flat after the number, its six-digit postcode.
        { "Kontoinhaber: Max Eberhardt\nPanoramaweg 2\n73230 Kirchheim unter Teck\n", "73230 Kirchheim unter Teck", "ADDRESS" },
        { "3. Gheorghe Lungu, geb. 17.01.1970, Str. Republicii 45, 550330 Sibiu (RO)", "550330 Sibiu", "ADDRESS" },
        { "an die Heimatanschrift (Str. Observatorului 112 ap. 9, 400363 Cluj-Napoca), da er auszieht", "Str. Observatorului 112 ap. 9", "ADDRESS" },
        { "an die Heimatanschrift (Str. Observatorului 112 ap. 9, 400363 Cluj-Napoca), da er auszieht", "400363 Cluj-Napoca", "ADDRESS" },
        // A Swiss saint's town after its four-digit postcode; a form's postcode-and-town field.
        { "Frau Nadine Koller, Schönbühlstrasse 3, 9000 St. Gallen, Schweiz", "9000 St. Gallen", "ADDRESS" },
        { "Straße, Hausnummer: Rue Vanderkindere 214\nPLZ, Ort: 1180 Uccle\nStaat: Belgien\n", "1180 Uccle", "ADDRESS" },
        // A tenant's account; a keyword listed with its number abbreviation; an Austrian door; a Polish town of two words.
        { "Betreff: WG: Mietrückstand Mieterkonto 20417-03-112 – bitte prüfen", "20417-03-112", "CASE_REFERENCE" },
        { "Begleitperson Schülerbeförderung\n\nPersonal-Nr.: 9013602          Beschäftigungsbeginn: 26.08.2024", "9013602", "CASE_REFERENCE" },
        { "Er ist österreichischer Staatsangehöriger, wohnhaft Quellenstraße 112/2/14, 1100 Wien, Österreich.", "Quellenstraße 112/2/14", "ADDRESS" },
        { "Er ist österreichischer Staatsangehöriger, wohnhaft Quellenstraße 112/2/14, 1100 Wien, Österreich.", "1100 Wien", "ADDRESS" },
        { "Adresse: ul. Słoneczna 7 m. 12, 58-506 Jelenia Góra. handy kaputt", "58-506 Jelenia Góra", "ADDRESS" },
        // A file number's closing capitals: an office's initials, the country of a central authority's file.
        { "Kostenschätzung gem. § 26 GO NRW / unser Az. 214/25 KÖ\n\nSehr geehrte Damen und Herren,", "214/25 KÖ", "CASE_REFERENCE" },
        { "Aktenzeichen der Zentralen Behörde (BfJ): II 3 – 6730/25 CZ\n\n1. Antragsteller", "II 3 – 6730/25 CZ", "CASE_REFERENCE" },
        // A headerless export whose surname column holds a particle ("van den Berg"); a resort's title in its town's name;
        // a postcode and town in the field after a street; a guest card; a registration certificate's reference.
        { "Export Meldescheine\n\nMS-2025-020824;Schuster;Katrin;14.03.1979;Schillerstraße 15;04109 Leipzig;01.08.2025\n"
            + "MS-2025-020826;van den Berg;Sanne;28.06.1990;Kerkstraat 112;3581 RE Utrecht;02.08.2025\n"
            + "MS-2025-020828;Gmür;Reto;07.08.1967;Bahnhofstrasse 8;8001 Zürich;03.08.2025\n", "van den Berg", "PERSON" },
        { "Export Meldescheine\n\nMS-2025-020824;Schuster;Katrin;14.03.1979;Schillerstraße 15;04109 Leipzig;01.08.2025\n"
            + "MS-2025-020826;van den Berg;Sanne;28.06.1990;Kerkstraat 112;3581 RE Utrecht;02.08.2025\n"
            + "MS-2025-020828;Gmür;Reto;07.08.1967;Bahnhofstrasse 8;8001 Zürich;03.08.2025\n", "8001 Zürich", "ADDRESS" },
        { "Zweitwohnung Kiefernweg 7, 18247 Ostseebad Wiekhagen\n\nSehr geehrte Frau Hagemeister,", "18247 Ostseebad Wiekhagen", "ADDRESS" },
        { "Betreff: Kurabgabe doppelt abgebucht – Kurkarte 2025-K-451955\n\nSehr geehrte Damen und Herren,", "2025-K-451955", "CASE_REFERENCE" },
        { "Meldebescheinigung\n\nOrdnungsmerkmal ............ 4516690-25\nFamilienname ............... Nguyen", "4516690-25", "CASE_REFERENCE" },
        // A street abroad whose street word is lower case, its floor, and the town after them.
        { "unsere Kinder sind in Bulgarien, Adresse: ul. Han Asparuh 14, et. 3, 9000 Varna. Die Familienkasse", "ul. Han Asparuh 14, et. 3", "ADDRESS" },
        { "unsere Kinder sind in Bulgarien, Adresse: ul. Han Asparuh 14, et. 3, 9000 Varna. Die Familienkasse", "9000 Varna", "ADDRESS" },
        // A case named after its person in minutes and notes.
        { "Protokoll\n\nTOP 1 – Fall Narayanan (Kd.-Nr. 10372121): Härtefallantrag liegt vor.", "Narayanan", "PERSON" },
        // A tab table without a header row: its first line names a person like the others.
        { "Sammelanordnung 7/2025\n\nVielhaber, Renate\tCDU\t9\t624,30\nTiemann, Ludger\tCDU\t7\t574,90\nErdem, Sinan\tSPD\t11\t673,70\n", "Vielhaber, Renate", "PERSON" },
        // Eighteenth session: so in a table ruled by bars, with two-digit years too.
        { "Unterstützungsunterschriften, Stand 29.09.2025\n1 | Wittkamp, Jörg | 21.07.1950 | Reiterweg 4, 58638 Iserlohn | 25.08.25 | gültig\n", "21.07.1950", "DATE_OF_BIRTH" },
        { "Unterstützungsunterschriften, Stand 29.09.2025\n3 | Carvalho, João | 09.01.67 | Tulpenweg 11b, 58708 Menden | 17.08.25 | ungültig\n", "09.01.67", "DATE_OF_BIRTH" },
        // Nineteenth session: a court's file number with no court named near it, in a list of a chamber's files, at an
        // insolvency court, at the social courts.
        { "Übersicht Klageverfahren\n\n  8 K 1580/24.GI Javier Martínez\n  8 K 335/24.GI Mai Vu\n  8 K 988/24.GI Mehari Kidane\n", "8 K 335/24.GI", "CASE_REFERENCE" },
        { "außerdem hat ein anderer Gläubiger Insolvenzantrag gestellt (3 IN 87/25), über den noch nicht entschieden ist.", "3 IN 87/25", "CASE_REFERENCE" },
        { "| 5 | 30.3-S 13/25 | Hess. LSG | L 4 SO 111/25 B ER | Çelik, Yusuf | Beschwerde Eilverfahren |", "L 4 SO 111/25 B ER", "CASE_REFERENCE" },
        // An export's ISO birth dates after a name; its first column's dates are this year's.
        { "2025-06-16;03:42;w;Lea Marie;Schünemann;Schünemann, Vanessa;1998-03-11;Schünemann, Timo;Hohe Wende 17, 29223 Celle\n"
            + "2025-06-16;11:05;m;Yusuf;Al-Hamdan;Al-Sayed, Hiba;1996-10-02;Al-Hamdan, Mohammad;Fuhrberger Straße 88, 29225 Celle\n"
            + "2025-06-17;00:58;m;Matteo;Lo Bianco;Ferreira da Silva, Ana Paula;1994-01-29;Lo Bianco, Giuseppe;Lüneburger Straße 3, 29221 Celle\n", "1996-10-02", "DATE_OF_BIRTH" },
        // Columns of a former surname and of the last address.
        { "Reg.-Nr.;Familienname;Vorname(n);Geburtsname;geb.;letzte Anschrift;PLZ Ort\nS 0812/2025;Kowalczyk;Helena Zofia;Mazur;02.09.1937;Blumlage 87;29223 Celle\n", "Mazur", "PERSON" },
        { "Reg.-Nr.;Familienname;Vorname(n);Geburtsname;geb.;letzte Anschrift;PLZ Ort\nS 0812/2025;Kowalczyk;Helena Zofia;Mazur;02.09.1937;Blumlage 87;29223 Celle\n", "Blumlage 87", "ADDRESS" },
        // A name field holds a name the lexicons need not know; whose child someone is, named in full.
        { "Vorname(n): Theresa Elisabeth\nGeburtsname: Appel               Geburtsdatum: 14.09.1994", "Appel", "PERSON" },
        { "Angaben zum Kind\nNazwisko: Nowicka\nImię: Katarzyna", "Nowicka", "PERSON" },
        { "Mein Name ist Dilan Xelef, ich bin die Tochter von Xidir Xelef Şemo und Nazê Hesen Ebdo.", "Xidir Xelef Şemo", "PERSON" },
        // A law firm named after its partners; who signs for an office ("S." is a page elsewhere).
        { "Prozessbevollmächtigte: Rechtsanwälte Ullrich & Okafor, Marktplatz 7a, 35037 Marburg", "Okafor", "PERSON" },
        { "Lea Kunkel\nRechtsanwältin\n\nKunkel Sauer Sikora Rechtsanwälte PartG mbB\nMarktplatz 94", "Sikora", "PERSON" },
        { "Angaben zur anzeigenden Stelle: Pietät Havelland GmbH, i. A. S. Kaatz, Große Milower Straße 25", "S. Kaatz", "PERSON" },
        // A household in one cell of a name column; a Vietnamese family name before its given names and a birth date.
        { "Konto\tName\tAnschrift\tRückstand €\n0142.07.0033\tÖztürk, Serkan u. Melek\tOverwegstraße 27\t738,00", "Melek", "PERSON" },
        { "Datum\tName\tAnschrift\n08.01.2026\tKaya, Deniz und Kaya, Selin\tLange Straße 9, 27794 Groß Ippener", "Kaya, Selin", "PERSON" },
        { "Person 2: Trần, Thị Lan, geb. 02.11.1985 in Hải Phòng, vietnamesisch", "Trần, Thị Lan", "PERSON" },
        // Scandinavian VAT numbers (the Norwegian with its "MVA"), a tax-number column, an ID card ending a person's row.
        { "Kassenzeichen: 5.2025.761794\nIhre USt-IdNr.:       NO832409553MVA\nUnsere USt-IdNr.:     DE134218761", "NO832409553MVA", "VAT_ID" },
        { "Company: Västkust Charter AB\nVAT no.: SE556757058401\nBank: SEB", "SE556757058401", "VAT_ID" },
        { "Kreditor;Name;Steuernummer;IBAN\n70031;Kranverleih Sievers;5332041216124;DE21302581793783867111\n", "5332041216124", "TAX_NUMBER" },
        { "BPC8487  NOWAK             JOLANTA       2000-03-07  WALLSTR. 33           KM WD 64    XT60LK4YF2\n", "XT60LK4YF2", "ID_CARD" },
        // Plates of a heavy-load transport in a list and in a table aligned by spaces; a Czech plate after "SPZ".
        { "Die Genehmigung gilt für die Sattelzugmaschinen DZG 44M1 und DZG 37VS sowie den Lkw DZG 62AK.", "DZG 37VS", "LICENSE_PLATE" },
        { "Fahrzeugkombination:\n\nZugmaschine             KE-354GK\nFahrzeugführer          Miroslav Čonka", "KE-354GK", "LICENSE_PLATE" },
        { "- LKW Iveco Eurocargo 12 t, SPZ 8LX 9192\n- Transporter Ford Transit", "8LX 9192", "LICENSE_PLATE" },
        // A headerless export's split name columns with a title in a given-name cell; an attendance line with a remark.
        { "BP-A-25-0507;A;Kretzschmar;Ines;Kesselstraße 36;02625 Bautzen;KM-G 8204;31.12.2026\nBP-A-25-0616;A;Pham;Minh Duc;Schülerstraße 33a;02625 Bautzen;BZ-HR 157;30.09.2025\n"
            + "BP-A-25-0752;A;Lehmann-Wünsche;Dr. Brigitte;Heringstraße 29;02625 Bautzen;BZ-BH 138;31.03.2025\nBP-A-25-0263;A;von Polenz;Konstantin;Innere Lauenstraße 9a;02625 Bautzen;KM-NV 7119;31.03.2025\n", "Lehmann-Wünsche", "PERSON" },
        { "Anwesend: Hengesbach (Ltg.), Dr. Kückelhaus, Dr. Jafari, Beckmann, Rademacher; Protokoll: Kettler", "Beckmann", "PERSON" },
        // An office's file number with the year after a slash; a Danish salutation; a signature field in English.
        { "Die Zone war von uns genehmigt (32.2-HV/2025/0607), Antragstellerin war Frau Sadowska.", "32.2-HV/2025/0607", "CASE_REFERENCE" },
        { "Kære Kerrin, liebe Frau Olufs,\n\nwie jedes Jahr möchte unser Verein", "Kerrin", "PERSON" },
        { "Unterschrift / signature:  I. Solbakken\n--------------------", "I. Solbakken", "PERSON" },
        // Documents in a table (a Romanian card's series and number, an eAT card's column) and a German card whose serial
        // has eight letters before its check digit.
        { "Nr | Name, Vorname | geb. am | Staatsang. | Ausweis/Pass | SV-Nummer\n1 | Ciobanu, Ionuț | 18.06.1997 | RO | DX 694018 | beantragt\n", "DX 694018", "ID_CARD" },
        { "| Nr | Name, Vorname | geb. | Az. | eAT-Kartennr. | benachrichtigt |\n|  2 | Chen, Yu-Ting | 22.08.2000 | III/32.3.57466 | R2F6XT0PH | Mail 03.06. |\n", "R2F6XT0PH", "ID_CARD" },
        { "b) Personalausweis der Bundesrepublik Deutschland des Ehemanns Piotr Lewandowski, geb. 04.12.1984, Nr. WVYNW8VCW1\n", "WVYNW8VCW1", "ID_CARD" },
        // Processing marks in a row that starts the line, in a stamp's bracket; an export in capitals.
        { "– Nur für die Verwaltung –\nsachlich richtig: Okafor     angewiesen: Rüsche-Kortmann     HH-Stelle 3.6.3.01", "Rüsche-Kortmann", "PERSON" },
        { "[Eingangsstempel Bürgerbüro 29. SEP. 2025 – Bearb.: Tölle]", "Tölle", "PERSON" },
        { "2025-03-05;5.1250.815922;NWOSU;CHIAMAKA;10.05.2001;93,00\n2025-03-07;5.1250.819429;ARAÚJO;LUCAS;13.05.1999;13,00\n"
            + "2025-03-07;5.1250.983277;SHARMA;NEHA;05.07.1991;67,00\n", "SHARMA", "PERSON" },
        { "2025-03-05;5.1250.815922;NWOSU;CHIAMAKA;10.05.2001\n2025-03-07;5.1250.819429;ARAÚJO;LUCAS;13.05.1999\n2025-03-07;5.1250.983277;SHARMA;NEHA;05.07.1991\n"
            + "2025-03-08;5.1250.486614;JAFARI;REZA;11.07.1992\n2025-03-09;5.1250.710576;HUANG;SHIQI;17.10.1994\n2025-03-11;5.1250.790828;DAS;ANIRBAN;18.06.1994\n", "HUANG", "PERSON" },
        // Birth dates after "ur." (Polish lists), "birthday", written year first with slashes, and a second child's joined by "und".
        { "1. Paweł Zieliński – ur. 18.08.1992 – dowód LEJ366485", "18.08.1992", "DATE_OF_BIRTH" },
        { "my birthday is 23/02/2004 if you need to find me in the system", "23/02/2004", "DATE_OF_BIRTH" },
        { "My data: Wang Zihan, DOB 2001/05/02, file III/32.3.27765", "2001/05/02", "DATE_OF_BIRTH" },
        { "Elvis und Sevdie Yankova, geb. 28.07.2013 und 05.09.2016", "05.09.2016", "DATE_OF_BIRTH" },
        // A given name with the initial of a surname, as reports about young people shorten it.
        { "Er war am 02.05.2025 gemeinsam mit einem Bekannten, Yusuf K., in einem Discounter.", "Yusuf K", "PERSON" },
        { "insbesondere durch den Wortführer der Gruppe, Steffen K. Die Jugendgerichtshilfe empfiehlt", "Steffen K", "PERSON" },
        // A police station's case number; a prosecutor's file number written in lower case.
        { "Nach dem Bericht der Polizeiwache Brilon (VG-Nr. 250516-2156-387328) hat der Beschuldigte", "250516-2156-387328", "CASE_REFERENCE" },
        { "ich muss am 21.10. beim amtsgericht sein (akten zeichen 6 ls 412 js 771/25) aber", "6 ls 412 js 771/25", "CASE_REFERENCE" },
        { "Ihre Matrikelnummer (alt): 7099212\nPaderborn, 16.06.2025", "7099212", "CASE_REFERENCE" },
        { "Das BAMF-Verfahren läuft unter 8805641-475, zuständig bei der Ausländerbehörde", "8805641-475", "CASE_REFERENCE" },
        { "msc mechanical engineering, matric no 7105801. my residence permit expires", "7105801", "CASE_REFERENCE" },
        { "ich wohne mit mein cousin marian in haunersdorfer str 14 zimmer C3 (container)", "haunersdorfer str 14", "ADDRESS" },
        // Foreign plates listed beside a German one, before it and after it (after a remark in brackets too).
        { "Vor dem Haus standen drei Kleinbusse: DJ 58 CYY, DGF-MD 1472, CA 0993 TX. Fahrer", "DJ 58 CYY", "LICENSE_PLATE" },
        { "Vor dem Haus standen drei Kleinbusse: DJ 58 CYY, DGF-MD 1472, CA 0993 TX. Fahrer", "CA 0993 TX", "LICENSE_PLATE" },
        { "Kennzeichen sind zugeteilt: VIB 217 A (Passat), VIB 218 A (Transit), VIB 219 A (Octavia).", "VIB 219 A", "LICENSE_PLATE" },
        // Twentieth session: children listed by given name and birth date, one a line without list marks; a known given
        // name before "geb" in a lower-case mail; a clerk's column headed "SB"; an insured person's and a boat owner's
        // columns; a birth date after a CSV field quoted for its comma.
        { "Die Geburtsurkunden unserer Kinder:\n\nJana, geb. 1.8.1985\nTim, geb. 12.1.1988\n\nWir leben seit 2019 hier.", "Tim", "PERSON" },
        { "ich habe 2 kinder, lukas geb 03.05.1998 und baran geb 22.10.2001. ich bin 2004 gekommen", "baran", "PERSON" },
        { "Az;Name;Vorname;Land;Status;SB\nVA-0141;Ferreira;Joaquim;PT;offen;Wiethoff\nVA-0142;Kaczmarek;Halina;PL;erledigt;Aydın", "Aydın", "PERSON" },
        { "Az. | Versicherte/r | Thema\nVA 20/0231 | Wiśniewska, Krystyna | Kontenklärung\nVA 21/0385 | Tigges-Mönnig, Hildegard | Witwenrente", "Tigges-Mönnig, Hildegard", "PERSON" },
        { "| Box | Boot | Eigner/in | Telefon |\n|---|---|---|---|\n| C 01 | Uthlande | Boy Ketels | 0151 9476777 |", "Boy Ketels", "PERSON" },
        // An initial and a surname wherever a colleague is named: after "erstellt:", "von", a bar, a rank's abbreviation.
        { "Stand 11.06.2025, erstellt: T. Wiethoff – Änderungen bitte nur in der Liste", "T. Wiethoff", "PERSON" },
        { "Übergabeliste Urlaubsvertretung\nvon A. Brüggemann-Kordes an Y. Aydın (Vertretung)", "A. Brüggemann-Kordes", "PERSON" },
        { "2025-10-15 08:44:58|Datensatz gelöscht (Frist abgelaufen)|H. Mansour\n2025-10-16 09:01:12|", "H. Mansour", "PERSON" },
        { "Bericht erstellt: 18.05.2025, UBM J. Grüne", "J. Grüne", "PERSON" },
        { "Löschlauf\n2025-10-16 09:58:16|Fundbüro|—|Datensatz gelöscht|M. La Rocca\n", "M. La Rocca", "PERSON" },
        // A document word joined to its number by a hyphen is part of it; a log without a header row has a person's
        // number in its first line too; a children's birth-date column headed "geb_Kind".
        { "Der rumänische Ausweis der Mutter, PA-8444459, liegt als Kopie vor.", "PA-8444459", "ID_CARD" },
        { "2025-10-16 09:58|Fundbüro|SN-2021/1539|Pereira, Tiago|gelöscht\n2025-10-15 08:44|Parken|32-2022-7399|Öztürk, Derya|gelöscht\n2025-10-31 10:14|Parken|18-2021-3078|Koç, Mustafa|gelöscht", "SN-2021/1539", "CASE_REFERENCE" },
        { "lfd;Elternteil;Kind;geb_Kind;Strasse\n1;Mertens, Finn;Lisa-Marie Mertens;2019-05-06;Seltersberg 30\n2;Wrede, Jürgen;Andreas Wrede;2023-03-22;Grafenstraße 24", "2023-03-22", "DATE_OF_BIRTH" },
        // An identity card's text: each name on the line below its bilingual label, the birth name after "née", the
        // holder in the zone's names line (a surname starting with "A", as a document's type may); a postcode and town in
        // a tab table's cell.
        { "--- Vorderseite ---\nPERSONALAUSWEIS / IDENTITY CARD\nName / Surname / Nom\nARSLAN\ngeb. / née  KOÇ\nVornamen / Given names / Prénoms\nROJDA\nGeburtstag / Date of birth", "ARSLAN", "PERSON" },
        { "--- Vorderseite ---\nPERSONALAUSWEIS / IDENTITY CARD\nName / Surname / Nom\nARSLAN\ngeb. / née  KOÇ\nVornamen / Given names / Prénoms\nROJDA\nGeburtstag / Date of birth", "KOÇ", "PERSON" },
        { "--- Vorderseite ---\nPERSONALAUSWEIS / IDENTITY CARD\nName / Surname / Nom\nARSLAN\ngeb. / née  KOÇ\nVornamen / Given names / Prénoms\nROJDA\nGeburtstag / Date of birth", "ROJDA", "PERSON" },
        { "Rückseite\nIDD<<W26P0PP5J5<<<<<<<<<<<<<<<\n9405169<3110267D<<<<<<<<<<<<<8\nARSLAN<<ROJDA<<<<<<<<<<<<<<<<<\n", "ARSLAN<<ROJDA", "PERSON" },
        { "WB 132\tAydın\tRojhat\tKapellenstraße 28\t59759 Arnsberg-Hüsten\t0172-757 88645", "59759 Arnsberg-Hüsten", "ADDRESS" },
        // A towing export without a header row: a column of plates (two found by their district codes, the others by
        // the column) and a column of people written surname first; two cars of one person in a "Kennzeichen" cell.
        { "2025-06-13;MES F 81;Georgiou Despina;Hellefelder Straße 17\n2025-07-21;MES-G 72;Özdemir Mehmet;Am Hüttengraben 32c\n2025-06-18;MK-VZ 9460;Reuther Jens;Obere Bergstraße 91b\n2025-05-24;XR-431-P;Visser Femke;Kerkstraat 13\n2025-08-17;MK-C 889;Stemmer Torsten;Am Kreuzberg 112", "XR-431-P", "LICENSE_PLATE" },
        { "2025-06-13;MES F 81;Georgiou Despina;Hellefelder Straße 17\n2025-07-21;MES-G 72;Özdemir Mehmet;Am Hüttengraben 32c\n2025-06-18;MK-VZ 9460;Reuther Jens;Obere Bergstraße 91b\n2025-05-24;XR-431-P;Visser Femke;Kerkstraat 13\n2025-08-17;MK-C 889;Stemmer Torsten;Am Kreuzberg 112", "MES F 81", "LICENSE_PLATE" },
        { "2025-06-13;MES F 81;Georgiou Despina;Hellefelder Straße 17\n2025-07-21;MES-G 72;Özdemir Mehmet;Am Hüttengraben 32c\n2025-06-18;MK-VZ 9460;Reuther Jens;Obere Bergstraße 91b\n2025-05-24;XR-431-P;Visser Femke;Kerkstraat 13\n2025-08-17;MK-C 889;Stemmer Torsten;Am Kreuzberg 112", "Georgiou Despina", "PERSON" },
        { "Name\tHandy\tKennzeichen\nDrüeke Torsten\t0171/6001278\tBRI D 6195 / HSK-K 7\nKlauke Maren\t0159/24076287\tBRI-X 93", "BRI D 6195", "LICENSE_PLATE" },
        { "Sprechtag 26.06.2025\n\n08:00;\"Baranowski, Edyta\";19.03.1962;40 190362 B 873;0152/18262020\n08:20;\"Hennecke, Karl-Otto\";07.07.1959;24070759H089;02935 63715\n08:40;\"Mendes Pinto, Carla\";13.10.1960;12131060M917;+4917952819453", "07.07.1959", "DATE_OF_BIRTH" },
    };

    [Theory]
    [MemberData(nameof(Protected))]
    public void TheValueIsProtected(string text, string value, string category)
    {
        var start = text.IndexOf(value, StringComparison.Ordinal);
        Assert.True(start >= 0);
        var entities = detector.Analyze(text).Entities;
        var uncovered = Enumerable.Range(start, value.Length)
            .Where(i => char.IsLetterOrDigit(text[i]) && !entities.Any(e => e.Start <= i && i < e.End))
            .Select(i => text[i]).ToArray();
        Assert.True(uncovered.Length == 0, $"'{value}' leaks '{new string(uncovered)}'; found: {Describe(text, entities)}");
        var main = entities.Where(e => e.Start < start + value.Length && e.End > start)
            .MaxBy(e => Math.Min(e.End, start + value.Length) - Math.Max(e.Start, start));
        Assert.Equal(category, main.Category.ToContractName());
    }

    public static TheoryData<string> Clean() => new()
    {
        // Twentieth session: a form's lettered sections and "z. B." are no initials of a name.
        "Zum Beschäftigungsverhältnis\n\nA. Arbeitgeber\nSitz in Hamburg\n\nB. Arbeitnehmer\nVollzeit seit 2019\n\nC. Erklärungen\nDie Angaben sind richtig.",
        "Beim Hörverstehen brauche ich Hilfsmittel (z. B. Kopfhörer) und einen Platz vorne.",
        // Seventeenth session: numbered grave fields, heights and years after a landscape word are no streets.
        "Eine Bestattung ohne Sarg ist auf Grabfeld 21 möglich, Friedhof Oberwetter, Gräberfeld 7, Reihe 2.",
        "Die Firma stellt 7 Anlagen vor (Nabenhöhe 169 m), TOP 1 – Rückblick 2025.",
        // A Russian INN and a Japanese individual number whose check digits fail.
        "Steuerbescheinigung (INN 557492688701) und Individualnummer (マイナンバー) 6522 0108 8808.",
        // An invoice's number with slashes is no one's file.
        "Ärger mit der Gebührenrechnung Nr. 2025/SNE/0142, bitte prüfen.",
        // Dialect in lower case ("mei" is "meine", "ned" is "nicht") and a dog's name are nobody.
        "griaß eich,\nmei auto steht ned vor da tür, des kenna mir ned ändern.\nunser hund bruno bellt nie.\nbitte um rückruf.\n",
        // The same numbers with a wrong check digit, and a dotted amount of eleven digits.
        "adóazonosító jel 8412943105, NIP 659-955-55-54, my tfn 555 685 723.",
        "Die Summe beträgt 165.038.455.29 Punkte im Bericht.",
        // A thirteen-digit fiscal number whose modulo-511 check fails.
        "Numéro fiscal  32 88 887 717 249 (faux)",
        // A form's remarks after an address label are no address.
        "Wohnung: wie Ehegatte 1\nFrühere Anschrift:\nbis 28.02.2025\n",
        // A column after a processing mark that names an office, a state or a date.
        "Eingang: 13.01.2025      geprüft: Bauamt      veranlasst: 14.01.2025\n",
        // Who made a list, when it is an office or "us".
        "Übersicht\nErstellt von: sachbearbeitung, 12.03.\nErstellt: 27.10.2025 durch uns – bitte prüfen\n",
        // A vehicle's price or mileage, and a count of vehicles, are no plates.
        "Das Auto 1500 EUR günstiger, der Wagen 2 500 KM gelaufen, Lkw 7,5 T zulässig, Fahrzeug 12 Stück.",
        // A licence that is no driving licence's number, a class, a date.
        "Die Fahrerlaubnis (Führerschein Klasse B) gilt seit 12.03.2010; die license fee is 25 EUR.",
        // A case named after a thing, not a person.
        "Im Fall Kündigung gilt die Frist; der Fall Nr. 3 ist erledigt.",
        // An application's date after a name in a semicolon export is no birthday.
        "Eingänge 2025:\nA-1;Antrag;12.03.2025;offen\nA-2;Widerspruch;14.03.2025;offen\n",
        // Twelfth session: an application's date, a benefit's amount, numbers after the names whose check digit fails.
        "Ihr Bauantrag vom 12.03.2026 ist vollständig.",
        "Wohngeld in Höhe von 312,50 € wird ab 01.04.2026 gezahlt.",
        "Die AFM 748526059 ist ungültig.",
        // A country that closes a foreign address block is nobody's name.
        "Versand nach 80410-030 Curitiba (PR), Brasilien",
        // A fee or a permit's year after "Ausweis" in a letter about someone from abroad is no card number.
        "Die Antragstellerin ist polnische Staatsangehörige.\nGebühr vorläufiger Ausweis: 10,00 EUR, bezahlt.",
        "Der Antragsteller ist türkischer Staatsangehöriger. Ausweis Nr. 2025-B-0418 für den Anwohnerparkplatz erteilt.",
        "Bitte Bibliothekskarte Nummer 20461 mitbringen.",
        // A capital "PA" that is no identity card: the sound system of a town festival, and a model's name.
        "Die Beschallung (PA) für das Stadtfest kostet 800 EUR, Lautsprecher PA 2000 bitte bis Freitag bestellen.",
        // A nationality's number that is no car's, a bracketed adjective after an ordinary number.
        "Bitte rufen Sie die polnische Nummer der Botschaft an, die Zentrale hat die Durchwahl 2210.",
        "Die Sitzung findet in Raum 204 (barrierefrei, städtisch) statt.",
        // A field or an office before the job title, and a title that belongs to the name after it.
        "Zuständig ist die Abteilung Gewerbe, Sachbearbeiterin im Erdgeschoss.",
        // A single letter and digits with no letters after them is no plate, nor a bus line without a plate word.
        "Das Kennzeichen B 1234 gibt es so nicht.",
        "Wir fahren mit der Linie B 417 zum Rathaus.",
        // Sixteenth session: offices in a clerks' slash list; the date an abbreviated label signs is no birthday.
        "Aktenvermerk\nBearbeitung: Bauamt / Ordnungsamt\n",
        // A calendar week, a month's business report and a council's paper have the shape of an entry number and its year.
        "Wiedervorlageliste KW 20/2026 (Auszug)",
        "Die Zahlen stehen in der Anlage (BWA 12/2024).",
        "Der Rat hat beschlossen (Drucksache GR 31/2026).",
        // A shop's owner named by the shop's name in quotes.
        "Der Imbiss (Inhaber „Saigon Bistro“) hat wieder geöffnet.",
        // A nationality after "I am"; a pastime after plural friends; "Best" that closes nothing; organisations listed
        // in capitals without a date.
        "I am German and I am happy to help.",
        "Am Wochenende will ich mit meinen Freunden Fußball spielen.",
        "Best practice ist das nicht.",
        "Zuständig: AOK, Barmer und DAK.",
        // Course, receipt and plan numbers are "-Nr." compounds that name nobody.
        "Bitte Kurs-Nr. 25-214 angeben, Beleg-Nr. 4471 liegt bei, Plan-Nr. 2025-117-03 ist beigefügt.",
        // A dialect's article after a preposition ("in dr Gass": in der Gasse).
        "mir wohnat direkt gegenüber in dr nummer acht.",
        // A booking's reference names a purchase.
        "Payment will be made by bank transfer as usual, our booking ref. PD-88137.",
        // Initials joined by a bare full stop that are a degree or an abbreviation.
        "She holds an M.A. American Studies degree and served in the U.S. Army.",
        // A postcode field of an export without a street before it.
        "Nr;PLZ;Betrag\n12;84155;1200,00\n",
        // A lower-case IBAN whose check digits fail, and a time with a long number after it.
        "bitte an de89 3704 0044 0532 0130 01 überweisen",
        // Quoted names of a business, a ship, a dog, a project: no word for a person's name before them.
        "Name des Geschäfts: Imbiss „Goldener Stern“ in der Marktgasse.",
        "Für den Hund (Rufname „Bello“) ist die Steuer bezahlt.",
        "Das Projekt „Sauberer Stadtpark“ beginnt im April.",
        // A card number without a foreign document or residence named nearby is no identity card's.
        "Die Kartennummer der Tankkarte für das Dienstfahrzeug lautet YKV0R4ML7.",
        "Nach § 62 BauO NRW ist der Carport genehmigungsfrei; siehe Bebauungsplan Nr. 118.",
        "Die Gebühr beträgt 1.250,00 EUR und ist bis zum 15.05.2025 fällig.",
        "Die Auszahlung erfolgt am 15.11.2026; das Elterngeld hängt davon ab, wann das Kind geboren wird.",
        "Die Förderung beträgt in Höhe 19 Prozent der Kosten.",
        "Nr. | Name der Einrichtung | Plätze\n1 | Kita Sonnenblume | 45",
        "Die Sitzung endete um 20:10 Uhr.\n\nAnlagen",
        "Ich versichere, dass die Angaben richtig sind.\n\nHohenstetten, 01.12.2026",
        "Auf der Seite 12 finden Sie die Übersicht.",
        "Die Kosten trägt die AOK Nordost, den Transport der DRK Kreisverband.",
        "my husband is German and works in the port.",
        "Wir haben ein Auto BMW 320 gekauft.",
        "Mark hat angerufen. Rose ist da. Mai ist schön.",
        "Subject: appointment on 14 May\n\nunser Hund Bruno ist krank, St. Nikolai wird saniert.",
        "Protokoll\n\ngez. Schriftführerin\ngez. Vorsitzender",
        // Round 24: an organisation's display name in a quoted header is nobody's name.
        "-----Ursprüngliche Nachricht-----\nVon: Stadtwerke Talheim\nGesendet: Montag",
        "Von: PI Talheim – Sachbearbeitung\nGesendet: Mittwoch",
        "Ich habe jemand gefragt.\n\nDanke dir\njemand",
        "Wir treffen uns am 12 rue statt um 13 Uhr.",
        "Ende der Sitzung: 20:15 Uhr.\n\ngez. Protokollführer",
        "Die Rechnung RE-2026-0931 ist bezahlt; Ihre Buchung TR-2026-0913-02 bleibt bestehen.",
        "Nr. | Name der Einrichtung | Telefon\n1 | Kita Regenbogen | Durchwahl folgt",
        "Anwesend: Bauamt, Ordnungsamt, Unterzeichnerin",
        "Die Entscheidung 2 BvR 1234/20 des Bundesverfassungsgerichts ist veröffentlicht.",
        // Nineteenth session: decisions cited as law, with or without a court named before them.
        "Angemessen nach der Rechtsprechung (BSG, B 8 SO 4/13 R), soweit religiös begründet.",
        "Wir verweisen auf das Urteil des BSG vom 30.01.2019 – B 14 AS 24/18 R – sowie auf die Anlage.",
        "Dem folgt die Kammer (vgl. ArbG Bonn, 3 Ca 1187/19).",
        "Transponder sind nach der Rechtsprechung (LAG Berlin-Brandenburg, 10 Sa 2130/19) nicht geboten.",
        "Der Hund (Rasse: Labrador, Name: Balu) ist angemeldet.",
        "Liebe Mitarbeiterinnen und Mitarbeiter des Standesamts,",
        "Der Sohn des Verstorbenen bittet um Rückruf.",
        "Isarauen Rechtsanwälte PartG mbB\nHausanschrift: siehe Briefkopf",
        "Im August B. wurde die Anlage geprüft.",
        // A valid serial's shape in a sentence, not at the end of a person's row.
        "Die Lieferung XT60LK4YF2 kam am 07.03.2000 an und wurde geprüft.",
        "SE556757058402 ist keine gültige Nummer, NO832409554MVA auch nicht.",
        "Termin: Tuesday, May 5",
        "Grab: Feld A, Reihe 5, Nr. 3",
        "Der Verein ist im Vereinsregister VR 1047 eingetragen.",
        "der verein ist im vereinsregister vr 1047 eingetragen.",
        "Nummer auf der Warteliste: WL-2026-77413.",
        "das attest von dr. med. liegt bei.",
        "Flurstück 412, Flur 7, Gemarkung Hüsten.",
        "Die Sitzung beginnt am Montag, 10 Uhr, im Raum 204.",
        "Die Stadt Arnsberg hat 73000 Einwohner.",
        "Der Antrag wurde in der Hauptstraße abgegeben.",
        "Im Jahr 2025 wurden 12345 Anträge bearbeitet.",
        "Sehr geehrte Damen und Herren,\n\nanbei der Bericht.\n\nMit freundlichen Grüßen\nIhr Bürgerbüro",
        "Die Rechnung Nr. 2025 wurde am 3. März 2025 versandt.",
        "Ihre Rechnungsnummer 4471123309 steht oben rechts auf dem Beleg.",
        "Bitte beachten Sie die DIN EN 1090 und die ISO 27001.",
        "Der Gottesdienst in St. Johannes Baptist beginnt um 10 Uhr.",
        "Die Kreisstraße K 12 wird ab KW 23 gesperrt.",
        "Version 2.4.1 des Fachverfahrens läuft seit 01.04.2025.",
        "I. Sachverhalt\nDer Antrag ging am 3. März ein.\nII. Begründung\nDie Frist ist abgelaufen.",
        "Sehr geehrte Frau Bürgermeisterin,\nsehr geehrte Frau Schulrätin,\n\nwir laden ein.",
        "Unterschrift\nDipl.-Verwaltungswirtin",
        "Mein Onkel ist am 17.11.2026 verstorben (geboren wurde er in Soest).",
        "Ich bin Mitglied der Feuerwehr und im Sportverein.",
        "Viele Grüße\nGesamtschule Hüsten, Sekretariat",
        "Wir fordern Tempo 30 auf der Lindenallee. 280 Unterschriften liegen bei.",
        "Unser Hund heißt Bella und ist seit März angemeldet.",
        "Die Reise nach Alaska und Nebraska wurde nicht erstattet.",
        "Das Klingelschild ist seit Wochen defekt.",
        "Für Reis und Soja gilt der ermäßigte Steuersatz.",
        "Bitte bei Fragen melden; wir helfen bei Anträgen.",
        "Sie ist gläubige Christin und lebt in der Heide.",
        "Ihre Buchungsnummer: 88123 (bitte aufbewahren).",
        "ich war 3 tage weg und bin ab 12 uhr zurück.",
        "Wir ziehen nach Hagen und arbeiten künftig in Hamm.",
        "Der Bürgermeister der Stadt Lindau und der Stadtrat Hameln laden ein.",
        "Bitte bringen Sie Ihren Ausweis mit, Termin 20261203 (Buchungsnummer).",
        "Die Kosten trägt die Stiftung & Partner GmbH.",
        "Viele Grüße\nund ein schönes Wochenende",
        "Der Vater muss dem Sohn Unterhalt zahlen; meinem Mann Bescheid geben wir morgen.",
        "Teilnehmen wird die Sozialarbeiterin von der Beratungsstelle.",
        "Ich bin rumänische Staatsangehörige und wurde in Brașov geboren.",
        "Reisepassnummer: C0123456, gültig bis 2030.",
        "Der Bescheid vom 03.11.2026 über 1.250,00 EUR ist bestandskräftig; die Akte liegt im Zimmer 12.",
        "Verhältnis zur antragstellenden Person: Sohn",
        "die frau ist gestern umgezogen und der herr hat angerufen.",
        "Ihre Anwältin hat Einkommensnachweise angekündigt.",
        "Die Überführung übernimmt die Bestattungen Ilmenau GmbH.",
        "sorry, my German is not good, so I write in English.",
        "wir kommen am montag 12 uhr und am dienstag 9.",
        "Das Guthaben erstatten wir auf das bekannte Konto.",
        "Der Wagen stand auf dem Gehweg vor Hausnummer 11.",
        "Kennzeichen B 1234 ist kein gültiges Kennzeichen.",
        "Feld 1 Name\nFeld 2 Vorname\nFeld 3 Geburtsort",
        "Im August (2) und im Mai (3) fanden Sitzungen statt.",
        "Telefonat am 12.03.2026 mit dem Bauamt; Mobilität ist Thema.",
        "Zum Bescheid: bitte die Rechnungsnummer 2026-BV-118 nicht mit dem Aktenzeichen verwechseln.",
        "wir feiern als familie das ende des ramadan",
        "Der Betreuer (Aufgabenkreise Gesundheitssorge und Vermögen) wurde bestellt.",
        "Der Vermieter (Wohnungsbaugenossenschaft Lindenhof eG) hat die Bestätigung geschickt.",
        "Mit freundlichen Grüßen\nIhr Bürgerbüro",
        "Maybe you can come to our office? You can call me in English.",
        "Siehe Anlage 3 (A) und Plan B-12 (B).",
        "You can call me. See you\nsoon, we come.",
        "Die Zeche Ewald wurde 2000 stillgelegt; heute ist dort ein Gewerbepark.",
        "Anreise über die Lüneburger Heide, Ausfahrt Soltau.",
        "Wir danken für die Mitarbeit.\nKostenvoranschlag",
        "Das Formular ist unterschrieben.\nStadtkasse",
        "Die Unterlagen sind vollständig.\n\nHohenstetten, 01.12.2026",
        "Ich habe es dir ausgedruckt und in den Briefkasten gelegt.\nMama",
        // Fourteenth session: a nation's adjective in English is nobody's name.
        "Your Danish qualification can be recognised; the Portuguese certificate too.",
        // Fourteenth session: English verbs the lexicons list as names ("Will", "Can", "May", "Fine") are none in lower case.
        "Your employer can sign it. The fine may be paid by anyone. We will check it.",
        // Fourteenth session: a degree after an initial is no signature.
        "M.Sc. Agricultural Sciences, University of Dschang",
        // Fifteenth session: a budget line has a treasury number's shape; a version and an amount do not.
        "Die Mittel stehen unter der Haushaltsstelle 4.3110.735000 bereit, Version 10.2.3, Summe 1.250.000 EUR.",
        // Fifteenth session: a council's paper has the shape of a file number.
        "Siehe Vorlage KA 2025/041 und Drucksache DS 2025/0112 des Rates.",
        // Fifteenth session: a page and an abbreviation after "an" and "durch" are nobody.
        "Siehe die Hinweise an S. 12 und durch z. B. die Anlage.",
        // Fifteenth session: a paragraph and a span of dates are no file numbers.
        "Nach § 3.1-12/24 der Satzung gilt die Frist vom 12.3-14.3/2026, siehe Seiten 3-12/24 und 1-123/25.",
        // Fifteenth session: a name's word opening a line before a comma and no informal address is nobody.
        "Mark, Pfund und Gulden waren Währungen.",
        // Fifteenth session: an extension or a room above a postcode is no street.
        "Stadt Jena, Bürgerservice\nApp. 117\n07743 Jena",
        // Fifteenth session: firms named after places or trades, and a firm whose own name goes on, name no owner here.
        "Die Firma Lahntal Mobil und die Firma Elektro liefern; der Hof Ilmenau auch.",
        // Fifteenth session: a path's number goes on with a word; a van without a plate.
        "Auf dem Gehweg standen gestern auf dem gehweg 2 autos. Der Transporter war rot.",
        // Fifteenth session: initials run together are an abbreviation; a page or an annex in brackets is nobody; Vietnamese cities.
        "Er diente bei der (U.S. Navy) und sah (S. 12) sowie (s. Anlage 3).",
        "Die Familie kam aus Hồ Chí Minh-Stadt.",
        // Fifteenth session: a day and a month after a file's keyword are a date, not its number.
        "Der Bescheid vom 12.03. ist bezahlt, die Verwarnung vom 3.4. auch.",
        // Fifteenth session: what a naming verb names is no person when it is a street, a town or a noun.
        "Das heißt, Sie müssen zahlen. Die Straße heißt Lindenweg. Das Programm heißt Bildung und Teilhabe.",
        // Fifteenth session: a chapter in Roman numerals is no guardianship file; a court's number needs the court.
        "Siehe Kapitel XVII, Randnummer 134 und Tabelle 3 F 12 im Anhang.",
    };

    [Fact]
    public void AnAttendanceListsServicesAndCompoundHalvesAreNobody()
    {
        const string text = "Teilnehmende: Frau Dr. Lea Brandt (Hausärztin); Kinder- und Jugendpsychiatrie; SpDi (Moderation)";
        var people = detector.Analyze(text).Entities.Where(e => e.Category == PiiCategory.Person).Select(e => text[e.Start..e.End]);
        Assert.Equal(["Dr. Lea Brandt"], people);
    }

    [Fact]
    public void AnOfficeDisplayNameBeforeAMailAddressIsNoPerson()
    {
        var entities = detector.Analyze("Von: Team Bürgerbüro <buergerbuero@example.de>").Entities;
        Assert.DoesNotContain(entities, e => e.Category == PiiCategory.Person);
    }

    [Theory]
    [InlineData("Laut Notarztprotokoll (Dr. med. Henrike Albers) wurde er versorgt.", "Notarztprotokoll")]
    [InlineData("für mein Unternehmen (Mehmet Kaya, Inhaber) beantrage ich", "Unternehmen")]
    [InlineData("mit meinen zwei Kindern (Elira Berisha und Dren Berisha)", "Kindern")]
    public void AWordBeforeABracketedNameIsNoNicknameWithoutAnArticle(string text, string word)
    {
        var start = text.IndexOf(word, StringComparison.Ordinal);
        var entities = detector.Analyze(text).Entities;
        Assert.Contains(entities, e => e.Category == PiiCategory.Person && e.Start > start);
        Assert.DoesNotContain(entities, e => e.Start <= start && start < e.End);
    }

    [Fact]
    public void ASurnameFirstListItemIsTheSamePersonAsTheLaterSurname()
    {
        const string text = "Offene Fälle\na) Mensah, Abena (Ghana), Vorsprache\n\nFrau Mensah kommt am Montag.";
        var persons = detector.Analyze(text).Entities.Where(e => e.Category == PiiCategory.Person).ToList();
        Assert.Equal(["Mensah, Abena", "Mensah"], persons.Select(e => text[e.Start..e.End]));
        Assert.Equal(persons[0].IdentityKey, persons[1].IdentityKey);
    }

    [Fact]
    public void ACreditorsColumnFlagsItsPeopleButNotItsFirmsOfficesAndRelatives()
    {
        const string text = "Nr. | Gläubiger | Forderung\n1 | Kowalski, Jan | 300,00\n2 | Stadtwerke Beispielstadt | 1.200,00\n"
            + "3 | Vermieter (privat) | 900,00\n4 | Stadtkasse Beispielstadt | 80,00\n5 | Bruder (Darlehen) | 500,00";
        var persons = detector.Analyze(text).Entities.Where(e => e.Category == PiiCategory.Person).Select(e => text[e.Start..e.End]).ToList();
        Assert.Equal(["Kowalski, Jan"], persons);
    }

    [Fact]
    public void ARelationWordAfterAGenitiveNameIsNotPartOfTheName()
    {
        const string text = "Herrn Reimers Hausärztin rief an.";
        var person = Assert.Single(detector.Analyze(text).Entities);
        Assert.Equal("Reimers", text[person.Start..person.End]);
    }

    [Fact]
    public void ACareHomeRepeatedInAColumnIsNoPersonWrittenSurnameFirst()
    {
        const string text = "Name;Vorname;geb.;Einrichtung\nKramer;Ingrid;21.06.1943;Haus Ruhrblick\nLa Rosa;Vincenzo;20.08.1932;Seniorenpark Zeche Helene\n"
            + "Akgül;Zehra;04.05.1941;Seniorenpark Zeche Helene\nDroste;Gerhard;03.02.1936;Seniorenpark Zeche Helene";
        Assert.DoesNotContain(detector.Analyze(text).Entities, e => text[e.Start..e.End].Contains("Helene", StringComparison.Ordinal));
    }

    [Fact]
    public void ADateUnderADeadlineHeaderAfterAClerksColumnIsNoBirthday()
    {
        // Twentieth session: a tab export's "Frist" column right after its "SB" (clerk) column; the harbour office in the
        // boat owners' column of a bar table is nobody.
        const string text = "Az.\tVorhaben\tSB\tFrist\n41-602-0388\tEFH 2. Reihe\tKratzer\t14.11.1995\n41-602-0389\tGarage\tLoibl\t02.12.1995";
        var entities = detector.Analyze(text).Entities;
        Assert.Contains(entities, e => e.Category == PiiCategory.Person && text[e.Start..e.End] == "Kratzer");
        Assert.DoesNotContain(entities, e => e.Category == PiiCategory.DateOfBirth);
        const string harbour = "| Box | Eigner/in | Ort |\n|---|---|---|\n| C 01 | Boy Ketels | Wyk |\n| C 09 | Hafenmeisterei | Wyk |";
        Assert.DoesNotContain(detector.Analyze(harbour).Entities, e => harbour[e.Start..e.End].Contains("Hafen", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Meldung erfolgt.\nBearb.: Wübbena, 30.09.2026")]
    [InlineData("Meldung erfolgt.\nBearbeitet: Wübbena, 30.09.2026")]
    public void TheDateAClerksLabelSignsIsNoBirthday(string text)
    {
        var entities = detector.Analyze(text).Entities;
        Assert.Contains(entities, e => e.Category == PiiCategory.Person);
        Assert.DoesNotContain(entities, e => e.Category == PiiCategory.DateOfBirth);
    }

    [Theory]
    // Fifteenth session: the authority's sender line above the address window, a firm's footer, an office's address block.
    [InlineData("Stadt Lahnau · Ordnungsamt · Marktplatz 1 · 35799 Lahnau\n\nFrau\nLena Ortmann\nBirkenweg 4\n35799 Lahnau", "Marktplatz 1", "Birkenweg 4")]
    [InlineData("Mit freundlichen Grüßen\nJana Pohl\nWohnbau Lahnau eG · Hafenstraße 2 · 35799 Lahnau", "Hafenstraße 2", null)]
    [InlineData("Kreisverwaltung Lahn-Dill\nVollstreckungsstelle\nKarl-Kellner-Ring 51\n35576 Wetzlar\n\nKassenzeichen: 7.3200.2", "Karl-Kellner-Ring 51", null)]
    // A one-person business's letterhead and an architect's office keep their addresses: they are the owner's.
    [InlineData("Praxis Dr. Vogel · Birkenleite 11 · 96328 Weißenrodach", null, "Birkenleite 11")]
    [InlineData("Mit freundlichen Grüßen\nCarsten Weiß\nArchitekturbüro Weiß\nHambacher Straße 17\n67434 Neustadt", null, "Hambacher Straße 17")]
    public void AnOfficesOwnAddressIsNobodysButAnOwnersIs(string text, string? office, string? person)
    {
        var addresses = detector.Analyze(text).Entities.Where(e => e.Category == PiiCategory.Address).Select(e => text[e.Start..e.End]).ToArray();

        if (office is not null)
        {
            Assert.DoesNotContain(addresses, a => a.Contains(office, StringComparison.Ordinal));
        }
        if (person is not null)
        {
            Assert.Contains(person, addresses);
        }
    }

    [Fact]
    public void AHealthInsuranceNumberGroupedBySpacesNeedsTheInsuranceNamed()
    {
        // The same valid number: grouped like a phone number it needs its name, written whole it does not.
        Assert.DoesNotContain(detector.Analyze("Rückruf bitte unter A 1234 56780, ich bin ab 9 Uhr erreichbar.").Entities,
            e => e.Category == PiiCategory.HealthInsurance);
        Assert.Contains(detector.Analyze("Nummer A123456780 auf der Karte").Entities, e => e.Category == PiiCategory.HealthInsurance);
    }

    [Theory]
    [MemberData(nameof(Clean))]
    public void TextWithoutPersonalDataHasNoFinding(string text)
    {
        var entities = detector.Analyze(text).Entities;
        Assert.True(entities.Count == 0, Describe(text, entities));
    }

    public static TheoryData<string, string> Special() => new()
    {
        { "Bei mir wurde eine Depression diagnostiziert.", "HEALTH" },
        // Fifteenth session: a disease named without "Diagnose"; a requiem held for a person; a rabbi in an English mail.
        { "Mein Vater ist herzkrank und kann nicht selbst kommen.", "HEALTH" },
        { "Wegen der Tuberkulose meiner Schwester bitte ich um einen späteren Termin.", "HEALTH" },
        { "Das Requiem für Frau Kaltenbach hält Pfarrer Gnädinger am Freitag.", "RELIGION" },
        { "Our rabbi will confirm that the religious wedding follows in Haifa.", "RELIGION" },
        { "i cant come tomorrow, i have high fever since sunday.", "HEALTH" },
        { "We married in 2020; it is a same-sex marriage.", "SEXUAL_ORIENTATION" },
        { "Als zwei Mütter möchten wir beide in der Geburtsurkunde stehen.", "SEXUAL_ORIENTATION" },
        { "Da wir zwei Männer sind, fragen wir nach den Unterlagen.", "SEXUAL_ORIENTATION" },
        { "Er ist seit 2019 aktives Mitglied einer Oppositionsgruppe im Exil.", "POLITICS" },
        { "Sie wurde als regimekritische Journalistin verhaftet.", "POLITICS" },
        { "Mein Vater hat Pflegegrad 3.", "HEALTH" },
        { "Er hat Pflegegrad 4 seit dem Sturz.", "HEALTH" },
        { "Ich habe einen GdB von 50.", "HEALTH" },
        { "Ich möchte meinen Kirchenaustritt erklären.", "RELIGION" },
        { "Als Muslimin trage ich ein Kopftuch.", "RELIGION" },
        { "Ich bin seit 2010 Mitglied der SPD.", "POLITICS" },
        { "Als Mitglied der Gewerkschaft ver.di bitte ich um Auskunft.", "UNION" },
        { "Meine eingetragene Lebenspartnerschaft mit Herrn K. besteht seit 2015.", "SEXUAL_ORIENTATION" },
        { "Für den Ausweis werden Fingerabdrücke gespeichert.", "BIOMETRIC" },
        { "Das Ergebnis des Gentests liegt vor.", "GENETIC" },
        { "Als Angehörige der Sinti erlebe ich Benachteiligung.", "ETHNICITY" },
        { "Ich bin Rom und wurde in Craiova geboren.", "ETHNICITY" },
        { "Beide Kollegen sind Mitglied der IG-Metall.", "UNION" },
        { "Eine Genomanalyse wurde im Labor durchgeführt.", "GENETIC" },
        { "Er ist gläubiger Sikh und trägt einen Turban.", "RELIGION" },
        { "Ich bin seit Jahren Mitglied bei den Grünen.", "POLITICS" },
        { "Als Vorsitzende des SPD-Ortsvereins bitte ich um einen Termin.", "POLITICS" },
        { "Unsere Familie gehört der sorbischen Minderheit an.", "ETHNICITY" },
        { "Mein Hörgerät ist kaputt, bitte schreiben Sie mir.", "HEALTH" },
        { "Wegen meiner Gehbehinderung kann ich nicht kommen.", "HEALTH" },
        { "Seit dem Oberschenkelhalsbruch lebt sie im Erdgeschoss.", "HEALTH" },
        { "Fraktion DIE LINKE im Rat\nRatsfrau Petra Holm", "POLITICS" },
        { "I am a Black man, and the landlord refused to show me the flat.", "ETHNICITY" },
        { "Der Nachbar beschimpft uns über den Zaun als Schwuchteln.", "SEXUAL_ORIENTATION" },
        { "Meine Mutter ist Russlanddeutsche und kam 1992 nach Deutschland.", "ETHNICITY" },
        { "Sein Bruder wurde als Anhänger einer oppositionellen Partei festgenommen.", "POLITICS" },
        // Round 28
        { "Das Baby lag drei Wochen auf der Intensivstation.", "HEALTH" },
        { "Sie ist Mitglied der NGG und im Betriebsrat.", "UNION" },
        { "Mein Vater war in der IG Bergbau und Energie.", "UNION" },
        { "Our church collected money for the funeral, we are members since 2010.", "RELIGION" },
        { "Er wird seit Montag im Klinikum Nord behandelt.", "HEALTH" },
        // Round 31: a person's own infection and origin are still told with their own words.
        { "Nach dem Infektionsschutzgesetz melden wir: Ihr Sohn ist an Masern erkrankt.", "HEALTH" },
        { "Wir sind Roma aus dem Kosovo und wohnen am Via-Roma-Platz.", "ETHNICITY" },
        // Thirteenth session: a stay in hospital or care is still health data, and so is a death after an illness.
        { "Meine Mutter liegt seit Montag im Krankenhaus in Soest.", "HEALTH" },
        { "Der Vater kam nach dem Schlaganfall ins Pflegeheim und ist dort im März verstorben.", "HEALTH" },
        { "Seit Oktober versorgt uns ein Pflegedienst morgens und abends.", "HEALTH" },
        // A person's faith next to an institution's name, a field that holds a faith, a funeral service.
        { "Ich bin Mitglied der evangelischen Kirche und möchte austreten lassen.", "RELIGION" },
        { "Religion: römisch-katholisch", "RELIGION" },
        { "Der Trauergottesdienst für Herrn Demir findet am Freitag statt.", "RELIGION" },
        { "Wir gehen jeden Freitag in die Moschee an der Lindenstraße.", "RELIGION" },
        { "Die Kirchengemeinde St. Laurentius gewährt Familie Morina seit Mai Kirchenasyl.", "RELIGION" },
        // Eighteenth session: a partner's word and whose partner it is (the writer's gender from the signature's given
        // name, "sein", "ihre", or the addressee of "Ihre").
        { "Guten Tag,\n\nmein Mann Daniel und ich haben im September geheiratet.\n\nViele Grüße\nTobias Reindl\n", "SEXUAL_ORIENTATION" },
        { "Hallo Frau Gerdes,\n\nmeine Frau Derya und ich kommen zum Elternabend.\n\nLG\nJasmin Kaya\n", "SEXUAL_ORIENTATION" },
        { "Herr Bungert öffnete. Sein Ehemann, Herr Daniel Bungert-Esch, war anwesend.", "SEXUAL_ORIENTATION" },
        { "Sehr geehrte Frau Sommer,\n\nwir gratulieren Ihnen und Ihrer Ehefrau zur Geburt.", "SEXUAL_ORIENTATION" },
        { "Hello,\n\nmy husband Kevin and I are moving back to Canada.\n\nBest regards\nMichael Tremblay\n", "SEXUAL_ORIENTATION" },
        { "Herr Farid Haidari hat gefragt, ob er freitags zum Freitagsgebet gehen kann.", "RELIGION" },
        { "Frau Morozova hat eine Orthese und fällt drei Wochen aus.", "HEALTH" },
        { "Name, Vorname: Erdem, Sinan\nFraktion: SPD\nAnschrift: Alter Postweg 58", "POLITICS" },
        // Nineteenth session: a couple of one gender at a wedding, a mother's wife, political reasons, a paternity test's
        // report, a dying father's care.
        { "Trauplan Samstag\n\nUhrzeit | Paar | Ort\n11:00 | Hendrik de Vries & Ole Brandes | Schloss\n", "SEXUAL_ORIENTATION" },
        { "Hinweis erteilt: Wird während der Ehe ein Kind geboren, wird die Ehefrau der Mutter nicht kraft Ehe Elternteil.", "SEXUAL_ORIENTATION" },
        { "Er lehnt die Unterschrift unter die Reueerklärung aus politischen Gründen ab.", "POLITICS" },
        { "Bei Mutter, Kind und Antragsgegner wurden 25 autosomale STR-Systeme untersucht.", "GENETIC" },
        { "Papa hatte am Ende eine Magensonde und war beatmet.", "HEALTH" },
        { "meine frau inge hat seit märz einen herzschrittmacher und braucht ihren schlaf", "HEALTH" },
        { "meine tabletten (quetiapin) sind fast leer", "HEALTH" },
        { "Danach singt der Chor der danske skole im Festzelt.", "ETHNICITY" },
        { "als Sprecher der SSW-Fraktion in der Gemeindevertretung möchte ich folgenden Antrag einbringen", "POLITICS" },
    };

    [Theory]
    [MemberData(nameof(Special))]
    public void SpecialCategoryIsFlaggedWithEvidence(string text, string category)
    {
        var analysis = detector.Analyze(text);
        Assert.Contains(category, analysis.SpecialCategories.Select(c => c.ToContractName()));
        Assert.All(analysis.SpecialCategoryEvidence, e => Assert.InRange(e.End, e.Start + 1, text.Length));
    }

    public static TheoryData<string> NotSpecial() => new()
    {
        "Ihre Krankenversichertennummer und die Krankenkasse bitte angeben.",
        // A partner of the other gender, a signature the lexicons cannot tell, a forwarded subject line.
        "Guten Tag,\n\nmein Mann Daniel und ich haben im September geheiratet.\n\nViele Grüße\nJasmin Reindl\n",
        "Guten Tag,\n\nmeine Frau und ich ziehen um.\n\nViele Grüße\nAndrea Conti\n",
        "Betreff: WG: Termin für Aufenthaltserlaubnis meine Frau\n\nHallo Jörn,\nanbei die Mail.\n\nGruß\nKarin Weber\n",
        "Sehr geehrter Herr Sommer,\n\nwir gratulieren Ihnen und Ihrer Ehefrau zur Geburt.",
        "Wegen einer Verkehrsbehinderung in der Kirchstraße kam der Bus später.",
        "Hundesteuer: Rasse Labrador, Name Balu.",
        "Die zwei Mütterzentren der Stadt bieten Beratung an.",
        "The office is closed on public holidays; please send the form by mail.",
        "Der Antrag der CDU-Fraktion wird im Rat beraten.",
        "Wir haben Ihren Antrag geprüft und versucht, Sie zu erreichen.",
        "Das Kind wurde in Obhut genommen; die Unterlagen wurden zur Akte genommen.",
        "Bitte bringen Sie ein biometrisches Passfoto und Ihren Reisepass mit.",
        "Seine letzte Anschrift war Via Roma 18 in Neapel.",
        "Der Radweg führt auf der linken Seite am Rathaus vorbei.",
        "Das Evangelische Familienzentrum lädt alle Eltern ein.",
        "Die Katholische Grundschule lädt zum Sommerfest ein.",
        "Die tierärztliche Behandlung des Hundes kostete 80 EUR.",
        "Familienstand: [x] ledig   [ ] verheiratet / eingetragene Lebenspartnerschaft",
        "Sie hat keinen biometrischen Reisepass, nur den alten Inlandspass.",
        "Herr Bautista brachte die Unterlagen persönlich vorbei.",
        "er hat keine arbeit mehr, aber das glaube ich nicht.",
        "Vollzeitpflege: Das Pflegegeld für das Pflegekind wird ab Januar erhöht.",
        // Round 28: a hospital as an employer.
        "Sie arbeitet seit Mai als Hebamme im Klinikum Süd.",
        "Von: Personalabteilung <bewerbung@klinikum-beispielstadt.de>",
        "Klinikum Beispielstadt gGmbH\nPersonalabteilung",
        "Wohnung: Schwesternwohnheim Am Klinikum 3, Zimmer 12",
        // Round 31: a statute's name and a street's name hold the cue word without saying anything about a person.
        "Alle Beschäftigten am Stand brauchen eine Belehrung nach § 43 Infektionsschutzgesetz.",
        "Unsere neue Adresse: Via-Roma-Platz 3, 66359 Grenzweiler",
        "Der Markt findet auf dem Sinti-und-Roma-Platz statt.",
        // Thirteenth session: the hospital where a life began or ended, a care home or hospital as an employer.
        "Unser Sohn Jonte ist am 4. Mai im Kreiskrankenhaus Lippstadt zur Welt gekommen.",
        "Geburtsanzeige: St.-Vinzenz-Klinikum, Kreißsaal 2",
        "geboren am 12.06.2025 um 03:40 Uhr im Marienkrankenhaus Hamm",
        "Herr Petrović ist am Sonntag im Klinikum Arnsberg verstorben; die Beisetzung ist am Freitag.",
        "Our daughter was born on 2 March at the Klinik am Eichholz.",
        "Sie arbeitet als Pflegefachkraft im Pflegeheim Haus Ruhrblick.",
        "Mein Arbeitgeber, ein ambulanter Pflegedienst, braucht die Bescheinigung bis Freitag.",
        // A church as a building owner, a state's name, an empty form field, a building's open day, institutions.
        "Der Bauantrag betrifft den Glockenturm der evangelischen Kirche am Marktplatz.",
        "Er hat in Stuttgart Kundgebungen gegen die Islamische Republik angemeldet.",
        "Religion: keine Angabe",
        "Am Samstag ist Tag der offenen Moschee; bitte die Parkplätze am Hallenbad freihalten.",
        "TOP 3: Runder Tisch der Religionsgemeinschaften, Termin im Frühjahr",
        // Nineteenth session: a family court's parentage, hygiene, a body of staff representatives, a legal certificate,
        // the verb "sucht"; two men at a wedding who are the groom and his witness are no couple.
        "Das Familiengericht hat über die Abstammung des Kindes entschieden.",
        "Mängel: Hautdesinfektionsmittel nicht VAH-gelistet.",
        "Eine Beteiligung der Schwerbehindertenvertretung war nicht erforderlich.",
        "Die Gebühr für das Negativattest wurde zweimal gezahlt.",
        "Der Gasthof sucht ab August einen Koch in Vollzeit.",
        "Trauung am Samstag: Brautpaar Jana Wolf und Tim Brenner, Trauzeuge Ole Brandes.",
        "Der Antrag auf Erstausstattung wurde im Sozialausschuss beraten; Sprecher der Verwaltung war der Kämmerer.",
    };

    [Theory]
    [MemberData(nameof(NotSpecial))]
    public void InstitutionsAndOrdinaryWordsAreNoSpecialCategory(string text)
    {
        Assert.Empty(detector.Analyze(text).SpecialCategories);
    }

    [Fact]
    public void ALowerCaseGivenNameDoesNotTakeTheVerbOrAdverbAfterItForASurname()
    {
        const string text = "meine tochter lena kommt morgen. mein sohn paul wieder krank. mein mann erkan den perso abholen.";
        var flagged = detector.Analyze(text).Entities.Where(e => e.Category == PiiCategory.Person).Select(e => text[e.Start..e.End]).ToList();
        Assert.Equal(["lena", "paul", "erkan"], flagged);
    }

    [Fact]
    public void ASurnameThatIsAlsoANounIsNotFlaggedAfterACapitalisedArticle()
    {
        const string text = "Sehr geehrter Herr Lukas Winter,\nIm Winter schließt das Amt früher. Der Fuchs im Wappen bleibt.\n\nGrüße\nAnna Fuchs";
        var flagged = detector.Analyze(text).Entities.Select(e => text[e.Start..e.End]).ToList();
        Assert.Contains("Lukas Winter", flagged);
        Assert.Equal(1, flagged.Count(f => f.Contains("Winter", StringComparison.Ordinal)));
        Assert.Equal(1, flagged.Count(f => f.Contains("Fuchs", StringComparison.Ordinal)));
    }

    [Fact]
    public void AnOfficeLineAboveASwitchboardIsNoSignatureName()
    {
        var text = "Bitte Briefkasten leeren.\n\nStadtwerke Hüsten\n02932 123-0";
        var entities = detector.Analyze(text).Entities;
        Assert.DoesNotContain(entities, e => e.Category.ToContractName() == "PERSON");
        Assert.Contains(entities, e => e.Category.ToContractName() == "PHONE");
    }

    [Fact]
    public void ALaterDateAfterADateOfBirthIsNoDateOfBirth()
    {
        const string text = "Herr Lutz Pieper, geb. 03.02.1970, wurde am 26.11.2026 aufgenommen.";
        var dates = detector.Analyze(text).Entities.Where(e => e.Category == PiiCategory.DateOfBirth).Select(e => text[e.Start..e.End]).ToList();
        Assert.Equal(["03.02.1970"], dates);
    }

    [Fact]
    public void ABirthWordCutByTheCueWindowIsNoCue()
    {
        // The 45 characters before the date start inside "Neu|geborenenstation": cut there, "geboren" would stand at a
        // word start of its own.
        const string text = "Die Neugeborenenstation ist wegen des Umbaus zu bis 12.03.2025.";
        Assert.Equal("geborenen", text.Substring(text.IndexOf("12.03", StringComparison.Ordinal) - 45, 9));
        Assert.DoesNotContain(detector.Analyze(text).Entities, e => e.Category == PiiCategory.DateOfBirth);
    }

    [Fact]
    public void ARankInFrontOfANameIsNotPartOfThePerson()
    {
        const string text = "Anwesend: Brandoberinspektor Kai Schnettler, Heimleitung Renate Voß";
        var persons = detector.Analyze(text).Entities.Where(e => e.Category == PiiCategory.Person).Select(e => text[e.Start..e.End]).ToList();
        Assert.Contains("Kai Schnettler", persons);
        Assert.DoesNotContain(persons, p => p.Contains("inspektor", StringComparison.Ordinal));
    }

    [Fact]
    public void ARankAbbreviationBeforeANameIsNotPartOfThePerson()
    {
        const string text = "Die Meldung nahm PHK Michael Sedlmayr auf.";
        var person = Assert.Single(detector.Analyze(text).Entities);
        Assert.Equal("Michael Sedlmayr", text[person.Start..person.End]);
    }

    [Fact]
    public void EveryMentionOfOnePersonSharesOneIdentityKeyAndDifferentPeopleDoNot()
    {
        const string text = "Sehr geehrte Frau Dr. Laura Kaya,\nwie mit Frau Kaya besprochen, erhält Kayas Sohn Jonas Kaya den Platz.\n\nMit freundlichen Grüßen\nHans-Peter Krause";
        var persons = detector.Analyze(text).Entities.Where(e => e.Category == PiiCategory.Person).ToList();
        var keyOf = (string s) => persons.Single(e => text[e.Start..e.End].Contains(s, StringComparison.Ordinal) && e.Start == text.IndexOf(s, StringComparison.Ordinal) || text[e.Start..e.End] == s).IdentityKey;
        Assert.All(persons, p => Assert.False(string.IsNullOrEmpty(p.IdentityKey)));
        var laura = persons.First(p => text[p.Start..p.End].Contains("Laura", StringComparison.Ordinal)).IdentityKey;
        var jonas = persons.First(p => text[p.Start..p.End].Contains("Jonas", StringComparison.Ordinal)).IdentityKey;
        var krause = persons.First(p => text[p.Start..p.End].Contains("Krause", StringComparison.Ordinal)).IdentityKey;
        Assert.NotEqual(laura, jonas);
        Assert.NotEqual(laura, krause);
        Assert.NotNull(keyOf);
    }

    [Fact]
    public void AColumnOfNumbersThatRowsShareIsNoPersonsNumber()
    {
        // The participant numbers differ from row to row; the course number is the same in each and names no one.
        const string text = "Fahrtkosten Februar\n24-09955;Rahimi;Farid;58,00;24-IK-M-03\n24-10098;Noori;Shabnam;58,00;24-IK-M-03\n"
            + "24-10103;Tesfamariam;Senait;43,50;24-IK-M-03\n";
        var entities = detector.Analyze(text).Entities;
        Assert.Contains(entities, e => text[e.Start..e.End] == "24-10098" && e.Category == PiiCategory.CaseReference);
        var course = text.IndexOf("24-IK-M-03", StringComparison.Ordinal);
        Assert.DoesNotContain(entities, e => e.Start <= course && course < e.End);
    }

    [Fact]
    public void AnApplicationsDateAfterANameInABarTableIsNoBirthday()
    {
        const string text = "Eingänge 2025:\n1 | Wittkamp, Jörg | 12.03.2025 | offen\n2 | Grote, Ursula | 14.03.21 | offen\n";
        var entities = detector.Analyze(text).Entities;
        Assert.Contains(entities, e => e.Category == PiiCategory.Person && text[e.Start..e.End] == "Grote, Ursula");
        Assert.DoesNotContain(entities, e => e.Category == PiiCategory.DateOfBirth);
    }

    [Fact]
    public void EntitiesAreSortedAndDoNotOverlap()
    {
        const string text = "Herr Max Mustermann, Musterweg 1, 59755 Arnsberg, Tel. 02931 12345, max@example.de, IBAN DE89 3704 0044 0532 0130 00.";
        var entities = detector.Analyze(text).Entities;
        Assert.True(entities.Count >= 5);
        for (var i = 1; i < entities.Count; i++)
        {
            Assert.True(entities[i - 1].End <= entities[i].Start);
        }
    }

    [Fact]
    public void AnAmountAfterAStreetsNumberIsNoForeignPostcode()
    {
        const string text = "Laut Vertrag für Bahnhofstraße 12, 2500 Euro Kaution.";
        var amount = text.IndexOf("2500", StringComparison.Ordinal);
        var entities = detector.Analyze(text).Entities;
        Assert.Contains(entities, e => e.Category == PiiCategory.Address && text[e.Start..e.End] == "Bahnhofstraße 12");
        Assert.DoesNotContain(entities, e => e.Start <= amount && e.End > amount);
    }

    [Fact]
    public void TheLeadOfSigningForAnOfficeAndAnHeirsRoleAreNoPartOfTheName()
    {
        const string text = "Pietät Havelland GmbH, i. A. S. Kaatz\n\ndass ich mit meinem Cousin Frank Vollrath Erbin bin. Frank und ich";
        var persons = detector.Analyze(text).Entities.Where(e => e.Category == PiiCategory.Person).Select(e => text[e.Start..e.End]).ToList();
        Assert.Contains("S. Kaatz", persons);
        Assert.Contains("Frank Vollrath", persons);
        Assert.DoesNotContain(persons, p => p.Contains("A.", StringComparison.Ordinal) || p.Contains("Erbin", StringComparison.Ordinal));
    }

    [Fact]
    public void TwoVietnameseRelativesWrittenFamilyNameFirstKeepTwoPlaceholders()
    {
        const string text = "Person 1: Trần, Văn Minh, geb. 19.05.1982 in Hanoi\nPerson 3: Trần, Văn Long, geb. 14.02.2016 in Leipzig";
        var keys = detector.Analyze(text).Entities.Where(e => e.Category == PiiCategory.Person).Select(e => e.IdentityKey).Distinct().ToList();
        Assert.Equal(2, keys.Count);
    }

    [Fact]
    public void ALawFirmsColleaguesAreNoPerson()
    {
        const string text = "Rechtsanwälte Dr. Müller & Kollegen, Kanzlei am Markt";
        var persons = detector.Analyze(text).Entities.Where(e => e.Category == PiiCategory.Person).Select(e => text[e.Start..e.End]).ToList();
        Assert.Equal(["Dr. Müller"], persons);
    }

    private static string Describe(string text, IReadOnlyList<PiiEntity> entities) =>
        string.Join("; ", entities.Select(e => $"{e.Category.ToContractName()} '{text[e.Start..e.End]}'"));
}
