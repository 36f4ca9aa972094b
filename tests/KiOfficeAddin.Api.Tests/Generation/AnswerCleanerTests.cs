using KiOfficeAddin.Api.Generation;
using KiOfficeAddin.Api.Tests.Infrastructure;

namespace KiOfficeAddin.Api.Tests.Generation;

public sealed class AnswerCleanerTests
{
    private const string Letter = "Sehr geehrte Frau [PERSON_1],\n\nvielen Dank für Ihre Nachricht. Ihr Antrag ist vollständig.\n\nMit freundlichen Grüßen\n[PERSON_2]";

    public static TheoryData<string> Answers => new()
    {
        Letter,
        "Gerne! Hier ist der umformulierte Text:\n\n" + Letter,
        "```\n" + Letter + "\n```",
        "Hier ist die kürzere Fassung:\n" + Letter + "\n\nIch hoffe, das hilft Ihnen weiter!",
        "Im Auftrag der Stadt teilen wir Ihnen mit, dass Ihr Antrag vollständig ist.",
        "Sicher ist, dass die Frist am Montag endet. Bitte reichen Sie die Unterlagen bis dahin ein.",
        "[PERSON_1] hat den Antrag am Montag gestellt.",
        "Bitte nutzen Sie\n`Formular A` für den Antrag.\n\nDanke.",
        "\n\n  Sehr geehrte Damen und Herren,\n\nanbei die Unterlagen.\n\nDiese Version ist kürzer.",
    };

    [Fact]
    public void AnAnswerThatStartsWithItsTextFlowsAsSoonAsTheFirstWordIsComplete()
    {
        var cleaner = new AnswerCleaner();

        Assert.Equal("", cleaner.Push("Seh"));
        Assert.Equal("Sehr geehrte", cleaner.Push("r geehrte"));
        Assert.Equal(" Frau", cleaner.Push(" Frau"));
    }

    [Fact]
    public void AWordThatCanOpenChatterHoldsTheLineUntilItIsDecided()
    {
        var cleaner = new AnswerCleaner();

        Assert.Equal("", cleaner.Push("Gerne! Hier ist "));
        Assert.Equal("", cleaner.Push("der Text:"));
        Assert.Equal("Sehr geehrte", cleaner.Push("\n\nSehr geehrte"));
    }

    [Theory]
    [MemberData(nameof(Answers))]
    public void StreamingInAnyChunkingGivesTheSameTextAsCleaningAtOnce(string answer)
    {
        var whole = AnswerCleaner.Clean(answer);
        var random = new Random(answer.Length);
        for (var round = 0; round < 50; round++)
        {
            var cleaner = new AnswerCleaner();
            var streamed = new System.Text.StringBuilder();
            for (var i = 0; i < answer.Length;)
            {
                var length = Math.Min(random.Next(1, 11), answer.Length - i);
                streamed.Append(cleaner.Push(answer.Substring(i, length)));
                i += length;
            }
            streamed.Append(cleaner.Complete());
            Assert.Equal(whole, streamed.ToString());
        }
    }

    /// <summary>
    /// <see cref="AnswerCleaner.Clean"/> reads the answer in place instead of pushing it through the streaming cleaner;
    /// it must give what pushing the whole answer and completing gives, on every corpus letter wrapped in the chatter,
    /// fences and blank lines models write (and cut short, so short answers and one-liners are covered too).
    /// </summary>
    [Fact]
    public void CleaningAtOnceGivesWhatTheStreamingCleanerGivesForTheWholeAnswerOnTheCorpus()
    {
        string[] leads = ["", "Gerne! Hier ist der überarbeitete Text:\n\n", "```\n", "Hier ist die kürzere Fassung:\n", "\n\n  ",
            "Sicher! ", "```text\nGerne:\n\n", "Natürlich.\r\n\r\n", "Im Folgenden der Text:"];
        string[] tails = ["", "\n", "\n\nIch hoffe, das hilft Ihnen weiter!", "\n```", "\n\n```", "\n\nDiese Version ist kürzer.\n\n",
            "\n\nMit freundlichen Grüßen\nIhre Stadt", "\n\n`Formular A`", "\r\n\r\nSoll ich noch etwas ändern?"];
        var compared = 0;
        foreach (var document in DevCorpus.All.Concat(DevCorpus.HeldOut))
        {
            foreach (var text in new[] { document.Text, document.Text[..Math.Min(60, document.Text.Length)], document.Text.ReplaceLineEndings("\r\n") })
            {
                foreach (var lead in leads)
                {
                    foreach (var tail in tails)
                    {
                        var answer = lead + text + tail;
                        var cleaner = new AnswerCleaner();
                        var streamed = cleaner.Push(answer) + cleaner.Complete();
                        Assert.Equal(streamed, AnswerCleaner.Clean(answer));
                        compared++;
                    }
                }
            }
        }
        Assert.True(compared > 10_000, $"only {compared} answers compared");
    }

    [Fact]
    public void AnAnswerWithoutChatterComesBackAsTheSameString()
    {
        Assert.Same(Letter, AnswerCleaner.Clean(Letter));
    }

    [Fact]
    public void ChatterBeforeAndAfterTheTextIsStripped()
    {
        Assert.Equal(Letter, AnswerCleaner.Clean("Gerne! Hier ist der umformulierte Text:\n\n" + Letter + "\n\nIch hoffe, das hilft Ihnen weiter!"));
        Assert.Equal(Letter, AnswerCleaner.Clean("```\n" + Letter + "\n```"));
    }
}
