using System.Text;
using KiOfficeAddin.Guardrails.Pii.Identifiers;

namespace KiOfficeAddin.Guardrails.Tests.Pii;

/// <summary>
/// The foreign-document words are looked for in one pass over the whole text, by a filter on the first three characters
/// (a speed-up): these tests hold that it answers what a search for each word alone answers, in any case and with
/// overlapping words, and that the filter's keys rest on a fact of the runtime's ordinal case-insensitive comparison.
/// </summary>
public sealed class ForeignWordSearchTests
{
    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>
        {
            "Reisepass der SR Vietnam Nr. C0967101, Botschaft in Berlin",
            "einreiseinreise Pass einreise kimlikimlik Ausweis dowódowód",
            "Einreiseinreiseinreise" + new string(' ', 300) + "Reisepass Nr. X" + new string(' ', 130) + "Syrien",
        };
        var random = new Random(1130);
        string[] pieces = ["einreise", "einrei", "kimlik", "imlik", "dowód", "ówód", "Botschaft", "VISUM", "Syrien", "Reisepass", "Pass",
            "Ausweis", " ", " ", "x", "Türkei", "ausländer", "AUSLÄNDER", "průkaz", "lična karta", "e", "ei", "cabo verde", "KAP VERDE",
            "Ä", "ñ", "españa", "ESPAÑA", "Dowód", "ägypten", "ÄGYPTEN", "ein", "Kind", "unser", "\u212A", "ſ", "ı", "kanada", "rum", "nisch"];
        for (var n = 0; n < 300; n++)
        {
            var builder = new StringBuilder();
            var count = random.Next(1, 200);
            for (var i = 0; i < count; i++)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
                if (random.Next(3) == 0)
                {
                    builder.Append(' ', random.Next(1, 60));
                }
            }
            data.Add(builder.ToString());
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void OneSearchAnswersWhatEachWordsOwnSearchAnswers(string text)
    {
        foreach (var variant in (string[])[text, text.ToUpperInvariant(), text.ToLowerInvariant()])
        {
            var expected = KeywordValueRecognizer.ForeignDocumentWords.Any(word => variant.Contains(word, StringComparison.OrdinalIgnoreCase));
            Assert.Equal(expected, KeywordValueRecognizer.NamesForeignDocumentWord(variant));
        }
    }

    [Fact]
    public void NoNonAsciiCharacterEqualsAnAsciiOneIgnoringCase()
    {
        for (var c = 128; c <= char.MaxValue; c++)
        {
            var other = (char)c;
            for (var a = 0; a < 128; a++)
            {
                var ascii = (char)a;
                Assert.False(MemoryExtensions.Equals([other], [ascii], StringComparison.OrdinalIgnoreCase), $"U+{c:X4}");
            }
        }
    }
}
