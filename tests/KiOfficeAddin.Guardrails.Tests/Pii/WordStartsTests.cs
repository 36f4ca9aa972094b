using System.Text;
using KiOfficeAddin.Guardrails.Pii.Identifiers;

namespace KiOfficeAddin.Guardrails.Tests.Pii;

/// <summary>
/// <see cref="WordStarts"/> finds word starts 64 characters at a time with vector comparisons (a speed-up): these tests
/// hold that it gives exactly the positions a character-by-character test gives.
/// </summary>
public sealed class WordStartsTests
{
    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>
        {
            "",
            "a",
            " ",
            "Sehr geehrte Frau Öztürk, Ihr Zeichen: AB-12/2026 (Straße 5) – ١٢٣ ǅemal ＡＢＣ",
            new string('a', 64) + " " + new string('b', 63) + "-" + new string('c', 65),
            " " + new string('x', 63) + "ä" + new string('y', 127),
        };
        var random = new Random(1130);
        const string alphabet = "aZ09 -.\n_ßÄéǅ١\u0301\u00A0＠Ａ\uD83D\uDE00@`{[/:";
        for (var n = 0; n < 300; n++)
        {
            var builder = new StringBuilder();
            var length = random.Next(0, 300);
            for (var i = 0; i < length; i++)
            {
                builder.Append(alphabet[random.Next(alphabet.Length)]);
            }
            data.Add(builder.ToString());
        }
        // Every character of the first plane once, after a letter and after a space.
        var all = new StringBuilder();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            all.Append('a').Append((char)c).Append(' ').Append((char)c);
        }
        data.Add(all.ToString());
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void WordStartsOfLettersAreTheWordStartsThatAreLetters(string text)
    {
        var expected = new List<int>();
        foreach (var start in new WordStarts(text))
        {
            if (char.IsLetter(text[start]))
            {
                expected.Add(start);
            }
        }
        var found = new List<int>();
        foreach (var start in new WordStarts(text, lettersOnly: true))
        {
            found.Add(start);
        }
        Assert.Equal(expected, found);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void WordStartsAreTheLettersAndDigitsAfterNeither(string text)
    {
        var expected = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                expected.Add(i);
            }
        }
        var found = new List<int>();
        foreach (var start in new WordStarts(text))
        {
            found.Add(start);
        }
        Assert.Equal(expected, found);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void ALetterRunEndIsWhereTheLettersFromTheStartEndOrUnknownAtABlockEnd(string text)
    {
        var starts = new WordStarts(text);
        while (starts.MoveNext())
        {
            var end = starts.Current;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }
            var known = starts.LetterRunEnd;
            // Unknown only where the run reaches the end of the start's block of 64 characters.
            Assert.True(known == end || (known == -1 && end >= ((starts.Current / 64) + 1) * 64), $"start {starts.Current}: {known}, expected {end}");
        }
    }
}
