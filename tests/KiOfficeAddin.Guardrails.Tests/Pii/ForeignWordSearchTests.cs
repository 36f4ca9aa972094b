using System.Text;
using KiOfficeAddin.Guardrails.Pii.Identifiers;

namespace KiOfficeAddin.Guardrails.Tests.Pii;

/// <summary>
/// The foreign-document words are looked for in each passport or ID-card keyword's range instead of the whole text (a
/// speed-up): these tests hold that every range gets the answer the whole text's positions give.
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
            "Ausweis", " ", " ", "x", "Türkei", "ausländer", "AUSLÄNDER", "průkaz", "lična karta", "e", "ei"];
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
    public void EachKeywordRangeGetsTheAnswerOfTheWholeTextsPositions(string text)
    {
        // The ranges the keyword pass asks: from 200 characters before a keyword to 120 after it, keywords in order;
        // few keywords (each range searched alone) and many (the whole text's positions take over).
        foreach (var step in (int[])[5, 97, 331])
        {
            var ranges = new List<(int From, int To)>();
            for (var keyword = step % 13; keyword < text.Length; keyword += step)
            {
                ranges.Add((Math.Max(0, keyword - 200), keyword + 120));
            }
            var (searched, whole) = KeywordValueRecognizer.ForeignWordsBetween(text, ranges);
            Assert.Equal(whole, searched);
        }
    }
}
