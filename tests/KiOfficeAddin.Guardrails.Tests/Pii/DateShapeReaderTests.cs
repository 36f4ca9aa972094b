using KiOfficeAddin.Guardrails.Pii.Dates;

namespace KiOfficeAddin.Guardrails.Tests.Pii;

/// <summary>
/// The dates in the windows around digit clusters are read by hand instead of by the date pattern (a speed-up): these
/// tests compare both on random texts made of the pieces dates are written with, so every way a date can start, stop
/// short or run on is met many times.
/// </summary>
public sealed class DateShapeReaderTests
{
    private static readonly string[] Pieces =
    [
        "0", "1", "2", "3", "9", "19", "20", "12", "31", "32", "00", "13", "2026", "1980", "1899", ".", ". ", " ", "  ", "   ",
        "/", "-", "_", "a", "x", "Z", "ü", "é", "\u200D", "\n", ",", "März", "Mär.", "Mai", "Januar", "Jan.", "Jänner", "Juni",
        "Jun.", "Juli", "Sep.", "Sept.", "September", "Dez.", "Dezember", "Okt.", "Apr.", "April", "Aug.", "Februar", "Nov.",
        "märz", "mai", "jänner", "sept.", "dezember", "MÄRZ", "oKt.",
    ];

    [Fact]
    public void TheReaderFindsInRandomTextsWhatThePatternFinds()
    {
        var random = new Random(20261130);
        var pattern = DateOfBirthRecognizer.DateWindows.Pattern;
        var declined = 0;
        for (var n = 0; n < 200_000; n++)
        {
            var builder = new System.Text.StringBuilder();
            for (var k = random.Next(1, 12); k > 0; k--)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
            }
            var text = builder.ToString();
            var expected = new List<(int Index, int Length)>();
            foreach (var m in pattern.EnumerateMatches(text))
            {
                expected.Add((m.Index + 7, m.Length));
            }
            var read = new List<(int Index, int Length)>();
            if (!DateShapeReader.TryRead(text, 7, read))
            {
                declined++;
                Assert.Empty(read);
                continue;
            }
            Assert.True(expected.SequenceEqual(read), text);
        }
        // Only a digit after a character other than ASCII is left to the pattern.
        Assert.InRange(declined, 1, 60_000);
    }

    [Theory]
    [InlineData("am 12.03.1980 geboren", 3, 10)]
    [InlineData("1. 3. 80", 0, 8)]
    [InlineData("3. März 1975", 0, 12)]
    [InlineData("3  Sept.  1975", 0, 14)]
    [InlineData("2026-11-30", 0, 10)]
    [InlineData("1987.03.21", 0, 10)]
    [InlineData("21. märz 1987", 0, 13)]
    [InlineData("30/11/2026", 0, 10)]
    [InlineData("12.03.198", 0, 8)]
    public void TheReaderFindsTheDateForms(string text, int index, int length)
    {
        var read = new List<(int Index, int Length)>();
        Assert.True(DateShapeReader.TryRead(text, 0, read));
        Assert.Equal([(index, length)], read);
    }

    [Theory]
    [InlineData("32.03.1980")]
    [InlineData("12.13.1980")]
    [InlineData("x12.03.1980")]
    [InlineData("3.   März 1975")]
    [InlineData("2026-13-30")]
    [InlineData("123.03.1980")]
    public void TheReaderFindsNoDateWhereThePatternFindsNone(string text)
    {
        var read = new List<(int Index, int Length)>();
        Assert.True(DateShapeReader.TryRead(text, 0, read));
        Assert.Empty(read);
        Assert.DoesNotMatch(DateOfBirthRecognizer.DateWindows.Pattern, text);
    }
}
