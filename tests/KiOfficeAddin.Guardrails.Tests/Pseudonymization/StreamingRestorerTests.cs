using System.Text;
using KiOfficeAddin.Guardrails.Pii;

namespace KiOfficeAddin.Guardrails.Tests.Pseudonymization;

public sealed class StreamingRestorerTests
{
    private static readonly (string Text, PiiAnalysis Analysis) Letter = PseudonymizerTests.Marked(
        "Sehr geehrte Frau «Dr. Laura Kaya|kaya», Herr «Hans Fuchs|fuchs» und «Kayas|kaya» Tochter. "
        + "Konto «DE02120300000000202051||IBAN», Mail «l.kaya@example.org||EMAIL».");

    private static readonly PseudonymizedText Pseudonymized = new Pseudonymizer().Pseudonymize(Letter.Text, Letter.Analysis);

    internal static string RestoreInChunks(PseudonymMap map, string input, Random random, int maxChunk)
    {
        var restorer = map.CreateStreamingRestorer();
        var output = new StringBuilder();
        var position = 0;
        while (position < input.Length)
        {
            var length = Math.Min(random.Next(1, maxChunk + 1), input.Length - position);
            output.Append(restorer.Push(input.Substring(position, length)));
            position += length;
            Assert.InRange(restorer.HeldBackLength, 0, map.MaxPlaceholderLength);
        }
        output.Append(restorer.Complete());
        return output.ToString();
    }

    [Fact]
    public void APlaceholderSplitAcrossChunksIsReleasedOnceComplete()
    {
        var restorer = Pseudonymized.Map.CreateStreamingRestorer();

        Assert.Equal("Guten Tag ", restorer.Push("Guten Tag [PER"));
        Assert.Equal("", restorer.Push("SON_2"));
        Assert.Equal("Hans Fuchs, ", restorer.Push("], "));
        Assert.Equal("bis bald.", restorer.Push("bis bald."));
        Assert.Equal("", restorer.Complete());
    }

    [Fact]
    public void APersonPlaceholderWaitsForAPossibleGenitiveOnly()
    {
        var restorer = Pseudonymized.Map.CreateStreamingRestorer();

        Assert.Equal("Zu ", restorer.Push("Zu [PERSON_2]"));
        Assert.Equal("", restorer.Push("s"));
        Assert.Equal("Hans Fuchs' Antrag", restorer.Push(" Antrag"));
        Assert.Equal("", restorer.Complete());
    }

    [Fact]
    public void CompleteReleasesWhatWasHeldBack()
    {
        var restorer = Pseudonymized.Map.CreateStreamingRestorer();

        Assert.Equal("Ende ", restorer.Push("Ende [PERSON_1]"));
        Assert.Equal("Dr. Laura Kaya", restorer.Complete());
        Assert.Equal(1, restorer.Report.Restored);
    }

    [Fact]
    public void AnUnfinishedPlaceholderAtTheEndIsReleasedAsText()
    {
        var restorer = Pseudonymized.Map.CreateStreamingRestorer();

        Assert.Equal("Ende ", restorer.Push("Ende [PERSON_"));
        Assert.Equal("[PERSON_", restorer.Complete());
    }

    [Fact]
    public void TheHoldBackNeverExceedsTheLongestPlaceholder()
    {
        const string longest = "[ HEALTH_INSURANCE_999999 ]";
        Assert.Equal(longest.Length, Pseudonymized.Map.MaxPlaceholderLength);
        var restorer = Pseudonymized.Map.CreateStreamingRestorer();
        var maximum = 0;
        foreach (var c in "x [ PERSON_1 ]'s [[[[ [PERSON_7]s [ HEALTH_INSURANCE_99999 " + longest + " [ PERSON_2 ]'")
        {
            restorer.Push(c.ToString());
            maximum = Math.Max(maximum, restorer.HeldBackLength);
        }
        // Everything but the closing bracket of the longest token was held at once; the bracket releases it.
        Assert.Equal(longest.Length - 1, maximum);
    }

    [Fact]
    public void PlainTextIsReleasedWithoutDelay()
    {
        var restorer = Pseudonymized.Map.CreateStreamingRestorer();

        Assert.Equal("Ein Satz ohne Platzhalter, ", restorer.Push("Ein Satz ohne Platzhalter, "));
        Assert.Equal(0, restorer.HeldBackLength);
    }

    [Fact]
    public void StreamingEqualsRestoreForEveryChunkingOfTrickyAnswers()
    {
        var answers = new[]
        {
            Pseudonymized.Text,
            Pseudonymized.Text + " [PERSON_2]s",
            "[PERSON_1]s [PERSON_2]'s [PERSON_2]’ [Person 1] [ PERSON_1 ] [PERSON_9] [IBAN_2] [[PERSON_1]] [PERSON_1]sche",
            "[[[[PERSON_1][PERSON_2][EMAIL_1]s[IBAN_1]'s]]] [PERSON_1]'",
            "Sehr geehrte Frau [PERSON_1], " + Pseudonymized.Text,
            "Frau Dr. [PERSON_1] und Frau Dr.[PERSON_1] und Dr. Dr. [PERSON_1]s, " + new string('x', 70) + "Dr. [PERSON_1]",
        };
        var random = new Random(7);
        foreach (var answer in answers)
        {
            var expected = Pseudonymized.Map.RestoreWithReport(answer);
            for (var round = 0; round < 300; round++)
            {
                var restorer = Pseudonymized.Map.CreateStreamingRestorer();
                var output = new StringBuilder();
                var position = 0;
                while (position < answer.Length)
                {
                    var length = Math.Min(random.Next(1, 11), answer.Length - position);
                    output.Append(restorer.Push(answer.Substring(position, length)));
                    position += length;
                }
                output.Append(restorer.Complete());
                Assert.Equal(expected.Text, output.ToString());
                Assert.Equal(expected.Report.Unknown, restorer.Report.Unknown);
                Assert.Equal(expected.Report.Restored, restorer.Report.Restored);
                Assert.Equal(expected.Report.Dropped, restorer.Report.Dropped);
            }
        }
    }

    [Fact]
    public void PushAfterCompleteIsRefused()
    {
        var restorer = Pseudonymized.Map.CreateStreamingRestorer();
        restorer.Complete();

        Assert.ThrowsAny<InvalidOperationException>(() => restorer.Push("x"));
    }
}
