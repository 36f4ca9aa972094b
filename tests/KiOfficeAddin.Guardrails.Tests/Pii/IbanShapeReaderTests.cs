using KiOfficeAddin.Guardrails.Pii.Identifiers;

namespace KiOfficeAddin.Guardrails.Tests.Pii;

/// <summary>
/// The IBAN shapes in the windows around digit clusters are read by hand instead of by the pattern (a speed-up): these
/// tests compare both on random texts made of the pieces IBANs are written with.
/// </summary>
public sealed class IbanShapeReaderTests
{
    private static readonly string[] Pieces =
    [
        "DE", "AT", "NL", "PLZ", "GB", "D", "E", "x", "ab", "Z", "0", "1", "12", "89", "3704", "0044", "0532", "0130", "00",
        "ABNA", "NWBK", "6016", " ", "  ", "   ", "-", ".", "--", "_", "ü", "Ä", "é", "\u200D", "\n", ",", ":",
    ];

    [Fact]
    public void TheReaderFindsInRandomTextsWhatThePatternFinds()
    {
        var random = new Random(20261130);
        var pattern = IdentifierRecognizer.IbanWindows.Pattern;
        var declined = 0;
        for (var n = 0; n < 200_000; n++)
        {
            var builder = new System.Text.StringBuilder();
            for (var k = random.Next(1, 40); k > 0; k--)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
            }
            var text = builder.ToString();
            var expected = new List<(int Index, int Length)>();
            foreach (var m in pattern.EnumerateMatches(text))
            {
                expected.Add((m.Index + 3, m.Length));
            }
            var read = new List<(int Index, int Length)>();
            if (!IbanShapeReader.TryRead(text, 3, read))
            {
                declined++;
                Assert.Empty(read);
                continue;
            }
            Assert.True(expected.SequenceEqual(read), text);
        }
        Assert.InRange(declined, 1, 100_000);
    }

    [Theory]
    [InlineData("IBAN: DE89 3704 0044 0532 0130 00, BIC", 6, 27)]
    [InlineData("DE89370400440532013000", 0, 22)]
    [InlineData("GB29 NWBK 6016 1331 9268 19", 0, 27)]
    public void TheReaderFindsTheIbanShapes(string text, int index, int length)
    {
        var read = new List<(int Index, int Length)>();
        Assert.True(IbanShapeReader.TryRead(text, 0, read));
        Assert.Equal([(index, length)], read);
    }

    [Theory]
    [InlineData("PLZ 59755 Arnsberg")]
    [InlineData("xDE89 3704 0044 0532 0130 00")]
    [InlineData("DE89 3704 ... 0044 0532 0130 00")]
    public void TheReaderFindsNoIbanWhereThePatternFindsNone(string text)
    {
        var read = new List<(int Index, int Length)>();
        Assert.True(IbanShapeReader.TryRead(text, 0, read));
        Assert.Empty(read);
        Assert.DoesNotMatch(IdentifierRecognizer.IbanWindows.Pattern, text);
    }
}
