using System.Text;
using KiOfficeAddin.Guardrails.Pii;
using KiOfficeAddin.Guardrails.Pii.SpecialCategories;

namespace KiOfficeAddin.Guardrails.Tests.Pii;

/// <summary>
/// The special-category scan's filter reads sixteen positions at a time with vectors and five characters per position
/// (a speed-up): these tests hold that it lets every position where a cue starts through, and that the evidence is
/// the same as with the per-character loop's filter alone.
/// </summary>
public sealed class SpecialCategoryFilterTests
{
    [Fact]
    public void VectorKeysAreTheTablesKeysForEveryLatin1Character() =>
        Assert.True(SpecialCategoryRecognizer.VectorKeysMatchTables());

    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>
        {
            "",
            "abc",
            "Diagnose",
            "Ich bin schwerbehindert (GdB 50) und katholisch; Mitglied der SPD und bei ver.di.",
            new string('x', 40) + "DIAGNOSE" + new string('y', 17) + "ſucht µ ÿ ß ÷ × Kelvin \u212A ı",
        };
        var random = new Random(1201);
        // Pieces of cues, in every case, among letters and characters the keys treat specially.
        string[] pieces = ["diag", "DIAG", "krank", "Krebs", "gdb", "GdB", "spd", "hiv", "sucht", "ſucht", "katho", "jüd", "JÜD",
            "öko", "ver.di", "ig metall", "roma", "Diagnose", "die Grünen", "DIE LINKE", "der Linken", "Mitglied", "ische Herkunft",
            "Kirchensteuer", "Pflegegrad", "HIV", "Sikh", "lgbt", "BRCA", "aids", "Reha", "gdb", "evangelisch", "Black woman",
            "same-sex", "iii. weg", "Bündnis 90", "„hiv“", "–", "GdB ", "sind zwei Männer", "µ", "ÿ", "ß", "÷", "×", "ª", "º", "ı", "\u212A", "€", "\u0130", " ", "-", ".", "\n"];
        const string alphabet = "aeinrstAEINRSTäöüÄÖÜéß0 .-,\n";
        for (var n = 0; n < 400; n++)
        {
            var builder = new StringBuilder();
            var length = random.Next(0, 400);
            while (builder.Length < length)
            {
                if (random.Next(4) == 0)
                {
                    builder.Append(pieces[random.Next(pieces.Length)]);
                }
                else
                {
                    builder.Append(alphabet[random.Next(alphabet.Length)]);
                }
            }
            data.Add(builder.ToString());
        }
        // Every Latin-1 character at each place of a four-character window, and a few beyond.
        var all = new StringBuilder();
        for (var c = 0; c < 300; c++)
        {
            foreach (var window in (string[])["x" + (char)c + "ag", "d" + (char)c + "ag", "di" + (char)c + "g", "dia" + (char)c, "gdb" + (char)c, "sp" + (char)c])
            {
                all.Append(window).Append(' ');
            }
        }
        data.Add(all.ToString());
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void EveryCueStartPassesTheFilter(string text)
    {
        for (var position = 0; position + 3 <= text.Length; position++)
        {
            if (SpecialCategoryRecognizer.CueStartsAt(text, position))
            {
                Assert.Equal(position, SpecialCategoryRecognizer.NextPossibleCueStartForTests(text, position));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void EvidenceIsTheSameAsWithTheFilterOfOnePositionAtATime(string text)
    {
        var expected = SpecialCategoryRecognizer.FindOneAtATime(text);
        var found = new List<SpecialCategoryEvidence>();
        SpecialCategoryRecognizer.Find(text, found);
        Assert.Equal(expected, found);
    }
}
