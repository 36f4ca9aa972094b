using System.Text;
using KiOfficeAddin.Guardrails.Pii.Dates;

namespace KiOfficeAddin.Guardrails.Tests.Pii;

/// <summary>
/// The birth cue words are searched as ASCII words plus the two non-ASCII ones where their letter is (a speed-up): these
/// tests hold that the split answers what one search over all the words answers, in any case.
/// </summary>
public sealed class BirthCueWordTests
{
    [Fact]
    public void TheSplitSearchAnswersWhatOneSearchOverAllWordsAnswers()
    {
        var random = new Random(1202);
        string[] pieces = ["geb", "GEB", "né", "NÉ", "Né", "ne", "rođ", "ROĐ", "Rođ", "rod", "đ", "é", "É", "Đ", "ð", "è", "dob", "Birth",
            "nato il", "NATA IL", "nacim", "urodz", "geboorte", "jahrgang", "born", " ", "x", "e", "n", "ro", "r", "ö", "ﬀ", "\u212A"];
        for (var n = 0; n < 20000; n++)
        {
            var builder = new StringBuilder();
            var count = random.Next(1, 12);
            for (var i = 0; i < count; i++)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }
            var window = builder.ToString();
            Assert.Equal(window.AsSpan().IndexOfAny(DateOfBirthRecognizer.AllBirthCueWords) >= 0, DateOfBirthRecognizer.HasBirthCueWord(window));
        }
    }
}
