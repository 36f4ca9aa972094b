using System.Text;
using KiOfficeAddin.Guardrails.Pii;

namespace KiOfficeAddin.Guardrails.Tests.Pii;

/// <summary>
/// Inputs an attacker or a broken client may send: the detector must finish without an exception and return
/// well-formed entities. (Time is measured in bench/, not asserted here.)
/// </summary>
public sealed class HostileInputTests
{
    private readonly PiiDetector detector = new();

    [Fact]
    public void OneMegabyteOfRandomUnicodeIsAnalysed()
    {
        var random = new Random(4711);
        var builder = new StringBuilder(1 << 20);
        while (builder.Length < 1 << 20)
        {
            var codePoint = random.Next(0, 6) switch
            {
                0 => random.Next(0x20, 0x7F),
                1 => random.Next(0xC0, 0x250),
                2 => random.Next(0x10000, 0x10FFFF),
                3 => " \n\t-./@<>:,;()"[random.Next(14)],
                4 => random.Next('0', '9' + 1),
                _ => random.Next(0x20, 0xD7FF),
            };
            builder.Append(char.ConvertFromUtf32(codePoint));
        }
        AssertWellFormed(builder.ToString());
    }

    /// <summary>
    /// A text cut right after a keyword or inside its value ("Kennzeichen: B" at the end of a pasted fragment) once
    /// read past the text's end: every prefix and suffix of a text full of keyword constructs is analysed.
    /// </summary>
    [Fact]
    public void EveryCutOfAKeywordRichTextIsAnalysed()
    {
        const string text = "Kennzeichen: B-KT 418, Kfz-Kennzeichen CX 48 127, dutch plate 52-HKT-8. Reisepass Nr. N 011234567, " +
            "Kosovo-Pass P00123456, Buletin (CI) Seria/Nr. SV 187 816, Dowód osobisty Nr.: TDP817481, Tazkira vorlegen (Nr. " +
            "1401-0914-31447), Personalausweise (Nr. 414669922295 und 714132597915). Aktenzeichen: StA E 0412/2025, Fallnummer: " +
            "JA-SD 2025/0441, Kassenzeichens 0422 1183 9907, Az. bei uns WoA 3-0915/25. 12 rue de la Gare, 57200 Sarreguemines; " +
            "2214 N Kedzie Ave, Chicago, IL 60647; Kerkstraat 112, 1621 BD Hoorn. gez. Wollersheim, 27.08.2025\n" +
            "Stand: 01.10.2025 – B. Vogel\nBetr.: Antrag – Kowalski-Brandt, Jakob\nc) Jessica Baranowski („Jessy“, 15)";
        for (var cut = 1; cut < text.Length; cut++)
        {
            AssertWellFormed(text[..cut]);
            AssertWellFormed(text[cut..]);
        }
    }

    /// <summary>
    /// Texts of a megabyte that the address and repeat rules read line by line or value by value: sender lines and
    /// addresses all on one line, office address blocks, one number repeated fifty thousand times, a list of files. Each
    /// of these once took seconds more than its size should (a look back to the line's start, a removal from the list, a
    /// comparison with every earlier repeat); bench/README.md has the times.
    /// </summary>
    [Fact]
    public void MegabyteTextsOfAddressesAndRepeatedNumbersAreAnalysed()
    {
        AssertWellFormed(Repeat("Stadt Lahnau · Amt · Lindenweg 12, 59821 Arnsberg · Musterstraße 3, 12345 Berlin ", 1_000_000));
        AssertWellFormed(Repeat("Vollstreckungsstelle\nLindenweg 12\n59821 Arnsberg\n", 1_000_000));
        AssertWellFormed("Kundennummer: QX-771203\n" + Repeat("siehe QX-771203 und ", 1_000_000));
        AssertWellFormed("Az. ABH 32.1-0420/2019" + Repeat(", ABH 32.1-0421/2019", 1_000_000));
    }

    private static string Repeat(string part, int length)
    {
        var builder = new StringBuilder(length + part.Length);
        while (builder.Length < length)
        {
            builder.Append(part);
        }
        return builder.ToString();
    }

    [Fact]
    public void OneHundredThousandDigitsAreAnalysed()
    {
        var random = new Random(42);
        var digits = string.Create(100_000, random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('0' + r.Next(10));
            }
        });
        AssertWellFormed(digits);
        AssertWellFormed(string.Join(' ', digits.Chunk(4).Select(c => new string(c))));
    }

    [Fact]
    public void OneWordOfFiftyThousandCharactersIsAnalysed()
    {
        AssertWellFormed(new string('a', 50_000));
        AssertWellFormed("Herr " + new string('M', 1) + new string('ü', 49_999) + " 12");
        AssertWellFormed(string.Concat(Enumerable.Repeat("Ab-", 16_700)) + " 5");
    }

    [Fact]
    public void LongRunsOfNameAndAddressCuesAreAnalysed()
    {
        AssertWellFormed(string.Concat(Enumerable.Repeat("Frau Dr. ", 20_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("Am Weg ", 20_000)) + "12");
        AssertWellFormed(string.Concat(Enumerable.Repeat("Mit freundlichen Grüßen\n", 10_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("a@", 30_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("<x@", 20_000)));
    }

    [Fact]
    public void LongOneLineRunsOfTheNewerCuesAreAnalysed()
    {
        // One line, many cues: every line-start or context look-back of these rules is bounded, or this would be
        // quadratic (bench/ measures the time; here it must simply finish).
        AssertWellFormed(string.Concat(Enumerable.Repeat("Vielen Dank für Ihre Hilfe ", 20_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("Reisepass P1234567 ", 30_000)));
        AssertWellFormed("Botschaft " + string.Concat(Enumerable.Repeat("Reisepass Nr. C1234567 ", 25_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("Herrn und Frau ", 30_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("gez. Weber, 01.02.2026 ", 25_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("unser Sohn Taim ", 30_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("Aktenzeichen ist 50.21-GS-4471/26 SB/kn ", 15_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("grüße\nanna bell\n", 20_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("Straße der Einheit 16 ", 25_000)));
    }

    [Fact]
    public void LongTablesOfPeopleAndAddressesAbroadAreAnalysed()
    {
        // A table of 20,000 people (names, birth dates, numbers per row) and 20,000 address blocks abroad: each row's
        // look-ups (the text's latest year, the people in a cell, the other rules' spans beside a line) are done once or
        // by a search, or this takes minutes instead of seconds (it did, before the seventeenth session's review).
        var rows = Enumerable.Range(0, 20_000).Select(i => $"{20000 + i:D6}-{i % 97:D2};Yilmaz;Anna;{i % 28 + 1:D2}.{i % 12 + 1:D2}.19{40 + i % 60};B1");
        AssertWellFormed("Export 2025\n\n" + string.Join('\n', rows) + "\n");
        AssertWellFormed(string.Concat(Enumerable.Repeat("Eleni Chatzidaki\nΜητροπόλεως 41\n546 22 Θεσσαλονίκη\nGriechenland\n", 20_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("Neue Anschrift: Fő utca 12, 2092 Budakeszi: ", 20_000)));
    }

    [Fact]
    public void LongRunsOfTheEighteenthSessionsCuesAreAnalysed()
    {
        // A partner's word looks for the writer's signature ahead and a header or salutation back; a processing mark, a
        // login, a vehicle, a file number's closing capitals and a headerless export repeated many times.
        AssertWellFormed(string.Concat(Enumerable.Repeat("Von: Anna Kaya <a@b.de>\nSehr geehrter Herr Lang, mein Mann und Ihre Frau Jonas ", 20_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("mein Mann kommt mit. ", 30_000)) + "\nViele Grüße\nTobias Reindl\n");
        AssertWellFormed("Betreff: " + string.Concat(Enumerable.Repeat("meine Frau ", 60_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("Eingang: 13.01.2025      geprüft: Rapp      veranlasst: Yıldız\n", 20_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("Erstellt: 27.10.2025 durch tkolb – ", 20_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("the truck PO 7KX41 with trailer 4127 LMP, Az. 214/25 KÖ, ", 20_000)));
        AssertWellFormed("Export\n\n" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"MS-{i:D6};van den Berg;Sanne;28.06.1990;Kerkstraat {i % 90 + 1};8001 Zürich;K-{i:D6}\n")));
    }

    [Fact]
    public void LongRunsOfTheNineteenthSessionsCuesAreAnalysed()
    {
        // One line of thousands of processing marks (each asks for a column's gap later on its line), ID-card serials
        // ending long lines (each looks back for its line's start), couples at a wedding, law firms, households in a
        // name column, plates joined by "und", court files, an export in capitals without a header row.
        AssertWellFormed(string.Concat(Enumerable.Repeat("sachlich richtig: Okafor angewiesen: Rüsche ", 20_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("x", 100_000)) + string.Concat(Enumerable.Repeat("  2000-03-07  XT60LK4YF2\n", 20_000)));
        AssertWellFormed("Trauplan\n" + string.Concat(Enumerable.Repeat("Hendrik de Vries & Ole Brandes und ", 20_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("Rechtsanwälte Ullrich & Okafor, Kunkel Sauer Sikora Rechtsanwälte PartG ", 15_000)));
        AssertWellFormed("Konto\tName\tAnschrift\n" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"{i}\tÖztürk, Serkan u. Melek u. Ali & Can\tWeg {i % 90 + 1}\n")));
        AssertWellFormed("Sattelzugmaschinen " + string.Concat(Enumerable.Repeat("DZG 44M1 und ", 30_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("Insolvenzantrag (3 IN 87/25), vgl. BSG B 14 AS 24/18 R; ", 20_000)));
        AssertWellFormed(string.Concat(Enumerable.Range(0, 20_000).Select(i => $"2025-03-05;5.1250.{i:D6};NWOSU;CHIAMAKA;10.05.2001;93,00\n")));
        AssertWellFormed(string.Concat(Enumerable.Repeat("die Tochter von Xidir Xelef Şemo und ", 30_000)));
        AssertWellFormed("Kleinbusse: " + string.Concat(Enumerable.Repeat("DJ 58 CYY, DGF-MD 1472 (Transit), ", 25_000)));
    }

    [Fact]
    public void LongRunsOfTheTwentiethSessionsCuesAreAnalysed()
    {
        // Card labels without line breaks (each looks for its line's end), initials before surnames and form sections
        // (the section letters are read once per text), IBANs joined by "und", a tab table's deadline column under one
        // header (each date looks up to its header row), children's birth-date lines.
        AssertWellFormed(string.Concat(Enumerable.Repeat("Name / Surname / Nom ", 40_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("Vornamen / Given names / Prénoms\nROJDA\n", 20_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("A. Arbeitgeber\nB. Wiethoff\nerstellt: T. Wiethoff, z. B. Kopfhörer ", 15_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("DE89 3704 0044 0532 0130 00 und PT50 9563 5586 6172 0676 5133 9 und ", 15_000)));
        AssertWellFormed("Az.\tSB\tFrist\n" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"41-602-{i}\tKratzer\t14.11.1995\n")));
        AssertWellFormed(string.Concat(Enumerable.Repeat("Jana, geb. 1.8.1985\ndeniz geb 03.05.1998\n", 20_000)));
    }

    [Fact]
    public void LongRunsOfTheFifthSessionsCuesAreAnalysed()
    {
        // Rules that look ahead or back over other findings: each must stay linear when its cue repeats.
        AssertWellFormed(string.Concat(Enumerable.Repeat("Baugrundstück Lüttenheid 21 ", 20_000)));
        AssertWellFormed(string.Concat(Enumerable.Range(0, 20_000).Select(i => $"Am Weg{i % 500}kamp {i % 90 + 1} ")));
        AssertWellFormed(string.Concat(Enumerable.Repeat("Tel 0 1 7 6 - 5 5 1 2 ", 25_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("Kennzeichen FX 418 KT ", 25_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("passports X1234567 and ", 25_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("Atatürk Cad. No: 45/3 ", 25_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("27 Fifth Main Road ", 25_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("ELENI PAPADOPOULOU ", 30_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("Luka (ca. 7) ", 30_000)));
        AssertWellFormed("personalausweis " + string.Concat(Enumerable.Repeat("nummer: L01X00T47 ", 25_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("kundennummer bei der agentur ", 25_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("gabi vogt\nachter de möhl 3\n", 25_000)) + "tel 04621 931577");
    }

    [Fact]
    public void LongOneLineRunsOfTheEighthSessionsCuesAreAnalysed()
    {
        // A special-category cue asks whether a form's box before it is empty: that look-back must stay bounded.
        AssertWellFormed("[ ] " + string.Concat(Enumerable.Repeat("Diagnose ", 60_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("M. Weber, Schriftführerin ", 20_000)));
        AssertWellFormed("Betreff: " + string.Concat(Enumerable.Repeat("Anna – ", 40_000)));
        AssertWellFormed("Kindern (" + string.Concat(Enumerable.Repeat("Elira, 6 und ", 30_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("Niko hat ", 50_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("Str. Ana nr. 14, ", 30_000)));
    }

    [Fact]
    public void LongOneLineRunsOfTheNinthSessionsCuesAreAnalysed()
    {
        // Each cue reads a bounded window around itself: the sentence around "Klinikum", the bracket after a passport
        // word, the names of a bracket after a child word.
        AssertWellFormed(string.Concat(Enumerable.Repeat("arbeitet im Klinikum ", 40_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("Reisepässe der Eheleute vor (A4471039, ", 20_000)));
        AssertWellFormed("beide kinder (" + string.Concat(Enumerable.Repeat("Anna und ", 60_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("DR II 1432/25 881FK589949 ", 30_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("der Sepp (Josef Huber) ", 30_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("\na) Mensah, Abena (Ghana)", 30_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("Bus aus Österreich KU-481 BF, ", 30_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("94-TNX-6 (NL) ", 60_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("God bless you\n", 60_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("USt-IdNr.: 113 866 ", 50_000)));
        AssertWellFormed(string.Concat(Enumerable.Repeat("PL 85673 ATU1358 ", 50_000)));
    }

    private void AssertWellFormed(string text)
    {
        var analysis = detector.Analyze(text);
        var previousEnd = 0;
        foreach (var entity in analysis.Entities)
        {
            Assert.InRange(entity.Start, previousEnd, text.Length);
            Assert.InRange(entity.End, entity.Start + 1, text.Length);
            previousEnd = entity.End;
        }
    }
}
