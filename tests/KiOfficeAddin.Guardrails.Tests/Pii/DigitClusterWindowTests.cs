using System.Text;
using System.Text.Json.Nodes;
using KiOfficeAddin.Guardrails.Pii.Dates;
using KiOfficeAddin.Guardrails.Pii.Identifiers;
using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Tests.Pii;

/// <summary>
/// The digit-led identifier shapes run only on windows around digit clusters, and a few rules search for their letters
/// only where a cluster stands next to them (speed-ups): these tests hold that each finds exactly what its scan of the
/// whole text finds.
/// </summary>
public sealed class DigitClusterWindowTests
{
    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>
        {
            "Steuer-ID 12 345 678 903, StNr 21/815/08150 und 2181508150, SV-Nr. 12 150785 M 123 sowie 12150785M123",
            "KVNR A123456789, A 123456789, xA123456789, A-123456789, 1A123456789 und USt-IdNr. DE 136 695 976, DE-136.695.976",
            "Karte 4111 1111 1111 1111; 4111-1111-1111-1111x; 12/345/67890/1; 1 12/345/6789 ; 12150785 M 123 4",
            "12345678 A 123 12345678 A 1234 12345678A123\n123456789 345 123456789",
            // IBANs and plates: capitals before the check digits, letters and separators inside, glued on either side.
            "DE89 3704 0044 0532 0130 00, DE89370400440532013000, xDE89 3704 0044 0532 0130 00, GB82 WEST 1234 5698 7654 32, AT61 1904 3002 3457 3201 DE12",
            "HSK-AB 123, HSK AB 1234E, HSK: AB 12H, MK-X 7, xHSK-AB 123, HSK-AB123, Ärz-Ü 12, ab-cd 1, A-B-C 12, AB 0123, K 9999x",
            "BHV-HÖ 77, SPN-ÖY 88, xBHV-HÖ 7, BHV-ÖÖÖ 7, ÖÖ-Ü 1, BHVÖ-HÖ 77, BHV-HÖ77",
            // Glued to a word on the left or right: \b or the look-behind fails in the text, and must in a window too.
            "12345678 A 12 3x, 12345678 A 12 3_, 12345678 A 123_, xDE - 123456789, xDE 123456789, xA 123456789, x12/345/6789, 12/345/6789x, DE 123456789x",
            // Office file numbers, letters-year-serial numbers and court file numbers, whole, cut and glued.
            "Az 51.4-UV-2208/25, 32.2-VG-11842/26x, 1 32.2-VG ÖA-118/2026, x1.2-AB-12/34, 1.2.3-Ä-1234567/1234 5.6-AB-12/3",
            "32.3-EB 0912/23, 32.3-EB 1503/24x, 1.2.3-ÄBCDEF ÄBCDE 1234567/1234, 32.3-EB 12,",
            "50.3-HzP-2025-0612, 32.1-VG-25-06617, 1.2.3-Äbcdef ÄBCDE-1234567-123456x, 1.2-Ab-12-1 1.2-ABCDEF-1234567/1234, x1.2-Hz-12-3",
            "UV-2024-08812, WG-ÄB-2026-1734-1, 2024-UV-08812/3, xUV-2024-08812, 1 2024-UV-0881, AB-2024-1234 AB-2024-12345678",
            // Dates: numeric, ISO, with slashes, spelled; cut by the text's end, glued, and next to other numbers.
            "geb. 12.03.1980, 3. März 1975, 3.  Sept.  2001, 31. 12. 20, 2026-11-30x, 30/11/2026, 1 12.3.19, 12.03.19",
            "4  Mai 1990 und 07 Juni 2026, Nr. 5 August 2020, 12 Jänner 1999 12 Dez. 2000 1. Ma 2001, 29.02.2024 3",
            "geboren 1987.03.21, 21. märz 1987, 3. MAI 1990, 1999.13.01, x2001.02.03, 4 jänner 2000, 5. sept. 1999 2020.1.1",
            "VG Neustadt, 4 K 233/24.NW; 3 F 118/25x, 12345 Kl 1/12, 1234 Abcd 123456/12.ABC 1 K 1/1, 4 k 23/24",
            // A chamber with its letter and an asylum case's suffix, glued, cut, and a letter that is a word.
            // Pension numbers grouped by hyphens, health-insurance numbers grouped by spaces: whole, glued and cut.
            "13-230559-B-046, 13-230559-B046x, 12 345678-A-12-3, 1-234567-B-04 E 6388 73761, x E 6388 7376, A 1 2 3 4 5 6 7 8 9 1",
            // A family court's matter letters after the year: whole, glued, cut, the longest ending at the window's edge.
            "7 F 231/25 SO, 62 F 311/25 EAGS, 1234a Abcd 123456/12 EAGS 3 F 1/25 SOx, 3 F 1/25 EA, 3 F 1/25 EAS, 3 F 1/25 U",
            "VG 15a K 4117/25.A; 15ab K 1/25, x15a K 1/25, 1234a Abcd 123456/12.A 15a K 1/25.Ab 2a b 1/25 7z Z 9/99",
            // Travel documents: serials with and without check digits, machine-readable lines, glued, in runs of letters.
            "Personalausweis L01X00T47, Reisepass C01X00T478D, IDD<<T220001293<<<<<<<<<<<<<<<, Pass: MMG64X1P3 (Ausweis)",
            "Reisepass-Nr. C01X00T47<<6408125<2010315D, xL01X00T47, L01X00T47x, KLMNPRTVW1<L01X00T47, pass 123456789 0123456789",
            // Shapes asked for only where a cluster starts after their cue: US social security, household and fine
            // numbers, spaced dates of birth.
            "my us social security number 606-73-2282, Social Security No.: 123-45-6789x, security number is  078-05-1120 1",
            "07403BG0019384 x12345BG1234567 BG 1234567 12345BG123456, OWi 32.1-25-004417, 32.1-OWi-2025-558231, OWi-123 OWi 12",
            "Geburtsdatum: 23 06 1988, geb. 01 12 2001, GEBOREN AM 3 4 1990, geb.  12 11 1999 1, Geburtsdatum 31 12 2000",
            // Rules that look for their letters only where a cluster stands next to them: German VAT numbers after their
            // name, foreign VAT numbers after their country code, Austrian plates, child-benefit and bailiffs' numbers.
            "USt-IdNr.: 955 124 350, ustid 136695976, UST-ID: DE 136 695 976, USt-IdNr 12 955 124 350, Ust-Id.-Nr. 955124350x, ust-idust-id 955 124 350",
            "ATU 12345675, ATU12345675, BE 0403.170.701, NL123456789B01, xPL 5260250274, CZ 25123891, DK 13585628, FR 40303265045, IT 00743110157",
            "ein Bus aus Österreich, KU-481 BF, W-12345 X; Austria: G-1 ABC, xW-12 X, 94-TNX-6 (NL), WE 4K731 (PL), 1-KU-481 BF Österreich",
            "881FK589949, 973 FK 317787, x881FK589949, 12 881FK5899491, DR II 1432/25, DR I 12/2025, xDR I 1/25, DR III 123456/25x",
            "",
            "1",
        };
        var random = new Random(1130);
        const string alphabet = "0123456789012345678901234567890123456789 -/. AaDdEeMmXx_\u0301\n:,HÄGB";
        // Year-led and office-number shapes need "20", capitals around hyphens and dots between digits.
        const string officeAlphabet = "2002200220 -/.-.-- AUVWÄÖKk";
        // Dates: day and month digits, the separators, and month names split into their first letters.
        const string dateAlphabet = "0123119200  ..-/JaäuneMäzSeptDz";
        for (var n = 0; n < 200; n++)
        {
            var builder = new StringBuilder();
            var length = random.Next(1, 300);
            for (var i = 0; i < length; i++)
            {
                builder.Append(alphabet[random.Next(alphabet.Length)]);
            }
            data.Add(builder.ToString());
        }
        for (var n = 0; n < 200; n++)
        {
            var builder = new StringBuilder();
            var length = random.Next(1, 300);
            for (var i = 0; i < length; i++)
            {
                builder.Append(officeAlphabet[random.Next(officeAlphabet.Length)]);
            }
            data.Add(builder.ToString());
        }
        string[] datePieces = ["Januar", "Jänner", "März", "Mai", "Sept.", "Sep", "Dez.", "Juni", " ", " ", ". ", ".", "-", "/", "x"];
        for (var n = 0; n < 200; n++)
        {
            var builder = new StringBuilder();
            var length = random.Next(1, 120);
            for (var i = 0; i < length; i++)
            {
                if (random.Next(4) == 0)
                {
                    builder.Append(datePieces[random.Next(datePieces.Length)]);
                }
                else
                {
                    builder.Append(dateAlphabet[random.Next(dateAlphabet.Length)]);
                }
            }
            data.Add(builder.ToString());
        }
        // Travel documents: a context word, then runs of the document alphabet, digits, '<' and separators.
        const string serialAlphabet = "CFGHLMNTXYZcl0123456789<<  -.";
        for (var n = 0; n < 200; n++)
        {
            var builder = new StringBuilder(n % 2 == 0 ? "Ausweis " : "Reisepass: ");
            var length = random.Next(1, 120);
            for (var i = 0; i < length; i++)
            {
                builder.Append(serialAlphabet[random.Next(serialAlphabet.Length)]);
            }
            data.Add(builder.ToString());
        }
        string[] letterPieces = ["USt-IdNr.: ", "ustid ", "ust-id", "955 124 350", "136695976", "ATU", "BE", "NL", "PL", "B01", "Österreich",
            "Austria", "KU-", "481", " BF", "FK", "881", "589949", "DR ", "I", "II ", "1432/25", " ", "-", ".", ":", "x", "7", "\n"];
        for (var n = 0; n < 200; n++)
        {
            var builder = new StringBuilder();
            var pieces = random.Next(1, 40);
            for (var i = 0; i < pieces; i++)
            {
                builder.Append(letterPieces[random.Next(letterPieces.Length)]);
            }
            data.Add(builder.ToString());
        }
        var fresh = Path.Combine(AppContext.BaseDirectory, "Pii", "Corpus", "fresh.jsonl");
        foreach (var line in File.ReadLines(fresh).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            data.Add((string)JsonNode.Parse(line)!["text"]!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void EachShapeFindsInItsWindowsWhatTheWholeTextScanFinds(string text)
    {
        var clusters = DigitClusters.Find(text);
        Assert.NotNull(clusters);
        foreach (var find in Shapes)
        {
            var windowed = new List<Candidate>();
            var whole = new List<Candidate>();
            find(text, windowed, clusters);
            find(text, whole, null);
            Assert.Equal(whole, windowed);
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void EachPatternMatchesInItsWindowsWhatItMatchesInTheWholeText(string text)
    {
        var clusters = DigitClusters.Find(text);
        foreach (var shape in Windows)
        {
            var windowed = new List<(int Index, int Length)>();
            var whole = new List<(int Index, int Length)>();
            DigitClusters.Matches(text, shape, clusters, windowed);
            DigitClusters.Matches(text, shape, null, whole);
            Assert.Equal(whole, windowed);
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void ClustersJoinedFromTheDigitRunsAreTheClustersOfTheText(string text)
    {
        using var runs = DigitRuns.Find(text);
        Assert.Equal(DigitClusters.Find(text), DigitClusters.Find(text, runs));
    }

    [Fact]
    public void TheWindowsWereDerivedForThesePatterns()
    {
        // Before and After of each window follow from its pattern (see IdentifierRecognizer): a changed pattern needs
        // them derived again, and then this list updated.
        Assert.Equal(
            [
                @"\d(?:[ \-/.]{0,3}\d){8,18}",
                @"\b[Dd][Ee](?:[ \-.]{0,3}\d){9}\b",
                @"\b(?:\d{2,3}/\d{3,4}/\d{4,5}|\d{5}/\d{5})\b",
                @"\b\d{2}[ .-]?\d{6}[ .-]?[A-Z][ .-]?\d{2}[ .-]?\d\b",
                @"(?<=\b[A-Za-z][ ]?)\d(?:[ ]?\d){8}\b",
                @"\b[A-Z]{2}[ ]?[0-9]{2}(?:[ \-.]{0,2}[A-Za-z0-9]){11,32}",
                @"(?<=\b[A-ZÄÖÜa-zäöü]{1,3}(?:[ \-]|: ?)[A-Za-zÄÖÜäöü]{1,2}[ \-]?)[1-9][0-9]{0,3}[EH]?\b",
                @"\b\d{1,3}(?:\.\d{1,3}){1,2}-[A-ZÄÖÜ][A-Za-zÄÖÜ]{0,5}(?:[ -][A-ZÄÖÜ]{1,5})?[- /]\d{2,7}(?:/\d{2,7}|-\d{1,6})\b",
                @"\b(?:[A-ZÄÖÜ]{2,4}-(?:[A-ZÄÖÜ]{1,4}-)?20[0-9]{2}|20[0-9]{2}-[A-ZÄÖÜ]{2,4})-[0-9]{4,6}\b(?![-/.]?[0-9])",
                @"\b(?:[LS] )?[0-9]{1,4}[a-z]? [A-Z][A-Za-z]{0,3} [0-9]{1,6}/[0-9]{2}(?:\.[A-Z]{1,3}| (?:EA)?(?:SO|UG|UK|GS|WH|VA|AB)| (?:B )?ER)?\b",
                @"\b(?:(?:0?[1-9]|[12][0-9]|3[01])\.[ ]?(?:0?[1-9]|1[0-2])\.[ ]?(?:19|20)?[0-9]{2}|(?:0?[1-9]|[12][0-9]|3[01])\.?[ ]{1,2}(?:[Jj]anuar|[Jj]änner|[Ff]ebruar|[Mm]ärz|[Aa]pril|[Mm]ai|[Jj]uni|[Jj]uli|[Aa]ugust|[Ss]eptember|[Oo]ktober|[Nn]ovember|[Dd]ezember|[Jj]an\.|[Ff]eb\.|[Mm]är\.|[Aa]pr\.|[Jj]un\.|[Jj]ul\.|[Aa]ug\.|[Ss]ep\.|[Ss]ept\.|[Oo]kt\.|[Nn]ov\.|[Dd]ez\.)[ ]{1,2}(?:19|20)[0-9]{2}|(?:19|20)[0-9]{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])|(?:19|20)[0-9]{2}(?:\.(?:0[1-9]|1[0-2])\.|/(?:0[1-9]|1[0-2])/)(?:0[1-9]|[12][0-9]|3[01])|(?:0?[1-9]|[12][0-9]|3[01])/(?:0?[1-9]|1[0-2])/(?:19|20)[0-9]{2}|(?:0?[1-9]|[12][0-9]|3[01])-(?:0?[1-9]|1[0-2])-(?:19|20)[0-9]{2})",
                @"(?i:\bgeburtsdatum|\bgeb\.|\bgeboren am)[:]?[ ]{1,3}(?:0[1-9]|[12][0-9]|3[01]) (?:0[1-9]|1[0-2]) (?:19|20)[0-9]{2}\b",
            ],
            Windows.Select(w => w.Pattern.ToString()));
    }

    [Fact]
    public void NoDecimalDigitLiesBetweenAsciiAndTheFirstArabicIndicDigit()
    {
        for (var c = '\u0080'; c <= DigitClusters.BelowFirstNonAsciiDigit; c++)
        {
            Assert.False(char.IsDigit(c), $"U+{(int)c:X4} is a decimal digit");
        }
        Assert.True(char.IsDigit((char)(DigitClusters.BelowFirstNonAsciiDigit + 1)));
    }

    [Fact]
    public void ATextWithANonAsciiDigitIsScannedWhole() =>
        Assert.Null(DigitClusters.Find("Steuer-ID ١٢٣ 12 345 678 903"));

    [Fact]
    public void ClustersJoinDigitsAcrossUpToThreeSeparators()
    {
        var clusters = DigitClusters.Find("a 12 - 3.4    5 x67 - /8");
        Assert.Equal([new DigitCluster(2, 10, 4), new DigitCluster(14, 15, 1), new DigitCluster(17, 19, 2), new DigitCluster(23, 24, 1)], clusters);
    }

    private static readonly ClusterShape[] Windows =
    [
        IdentifierRecognizer.DigitRunWindows, IdentifierRecognizer.VatWindows, IdentifierRecognizer.TaxNumberWindows,
        IdentifierRecognizer.SocialSecurityWindows, IdentifierRecognizer.HealthInsuranceWindows, IdentifierRecognizer.IbanWindows,
        IdentifierRecognizer.LicensePlateWindows, KeywordValueRecognizer.OfficeFileNumberWindows,
        KeywordValueRecognizer.LettersYearSerialWindows, KeywordValueRecognizer.CourtFileNumberWindows,
        DateOfBirthRecognizer.DateWindows, DateOfBirthRecognizer.SpacedDateWindows,
    ];

    private static readonly Action<string, List<Candidate>, List<DigitCluster>?>[] Shapes =
    [
        (t, o, c) => IdentifierRecognizer.FindDigitRuns(t, o, c, []),
        (t, o, c) => IdentifierRecognizer.FindVatIds(t, o, c, []),
        (t, o, c) => IdentifierRecognizer.FindTaxNumbers(t, o, c, []),
        (t, o, c) => IdentifierRecognizer.FindSocialSecurityNumbers(t, o, c, []),
        (t, o, c) => IdentifierRecognizer.FindHealthInsuranceNumbers(t, o, c, []),
        (t, o, c) => IdentifierRecognizer.FindIbans(t, o, c, []),
        (t, o, c) => IdentifierRecognizer.FindLicensePlates(t, o, c, []),
        (t, o, c) => IdentifierRecognizer.FindTravelDocuments(t, o, c, []),
        (t, o, c) => KeywordValueRecognizer.Find(t, o, c),
        (t, o, c) => DateOfBirthRecognizer.Find(t, [], o, c),
        (t, o, c) => ForeignVatIds.Find(t, o, c),
        (t, o, c) => ForeignPlates.Find(t, o, c),
        (t, o, c) => OfficeFileNumbers.Find(t, o, c),
    ];
}
