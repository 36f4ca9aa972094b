using KiOfficeAddin.Guardrails.Pii.Contact;

namespace KiOfficeAddin.Guardrails.Tests.Pii;

/// <summary>
/// The phone shapes of a text are read by hand instead of by the pattern (a speed-up): these tests compare both on
/// random texts made of the pieces phone numbers, dates and amounts are written with.
/// </summary>
public sealed class PhoneShapeReaderTests
{
    private static readonly string[] Pieces =
    [
        "+", "+49", "+380", "00", "0049", "0", "0 ", "(0)", "(0) ", "(", ")", "(0", "1", "9", "12", "291", "0170", "12345",
        "123456789", " ", "  ", "   ", "-", "–", "/", " / ", ".", ",", "a", "Tel", "\n", "\u0663", "\uFF10", "ü", "€",
    ];

    [Fact]
    public void TheReaderFindsInRandomTextsWhatThePatternFinds()
    {
        var random = new Random(20261201);
        var pattern = ContactRecognizer.PhoneShape();
        var matched = 0;
        for (var n = 0; n < 300_000; n++)
        {
            var builder = new System.Text.StringBuilder();
            for (var k = random.Next(1, 30); k > 0; k--)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
            }
            var text = builder.ToString();
            var expected = new List<(int Start, int End)>();
            foreach (var m in pattern.EnumerateMatches(text))
            {
                expected.Add((m.Index, m.Index + m.Length));
            }
            Assert.True(expected.SequenceEqual(Read(text)), text);
            matched += expected.Count;
        }
        Assert.InRange(matched, 100_000, int.MaxValue);
    }

    [Theory]
    [InlineData("Tel. 0291 94-1234, Fax", 5, 17)]
    [InlineData("mobil +49 (0) 170 1234567", 6, 25)]
    [InlineData("+49 (170)", 0, 8)]
    [InlineData("Rückruf (0 29 31) 52 14 46", 8, 26)]
    [InlineData("am 01.12.2026 um 10 Uhr", 10, 13)]
    public void TheReaderFindsThePatternsFirstMatch(string text, int start, int end)
    {
        Assert.Equal(start, ContactRecognizer.PhoneShape().Match(text).Index);
        Assert.Equal([(start, end)], Read(text).Take(1));
    }

    private static List<(int Start, int End)> Read(string text)
    {
        var read = new List<(int Start, int End)>();
        for (var from = 0; PhoneShapeReader.Next(text, from, out var start, out var end); from = end)
        {
            read.Add((start, end));
        }
        return read;
    }
}
