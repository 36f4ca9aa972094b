using KiOfficeAddin.Guardrails.Pii;

namespace KiOfficeAddin.Guardrails.Tests.Pseudonymization;

public sealed class RestorationTests
{
    private static readonly (string Text, PiiAnalysis Analysis) Letter = PseudonymizerTests.Marked(
        "Sehr geehrte Frau «Dr. Laura Kaya|kaya», Ihr Nachbar Herr «Hans Fuchs|fuchs» hat sich gemeldet. "
        + "Frau «Kaya|kaya» zahlt auf «DE02120300000000202051||IBAN».");

    private readonly PseudonymMap map = new Pseudonymizer().Pseudonymize(Letter.Text, Letter.Analysis).Map;

    [Fact]
    public void ARewrittenAnswerGetsTheFullestSpellingOfEachPerson()
    {
        Assert.Equal("Guten Tag Frau Dr. Laura Kaya, Herr Hans Fuchs ist informiert.",
            map.Restore("Guten Tag Frau [PERSON_1], Herr [PERSON_2] ist informiert."));
    }

    [Theory]
    [InlineData("Sehr geehrte Frau Dr. [PERSON_1],", "Sehr geehrte Frau Dr. Laura Kaya,")]
    [InlineData("Sehr geehrte Frau [PERSON_1],", "Sehr geehrte Frau Dr. Laura Kaya,")]
    [InlineData("Sehr geehrte Frau Dr. [PERSON_1]s Antrag", "Sehr geehrte Frau Dr. Laura Kayas Antrag")]
    [InlineData("Siehe Dr. [PERSON_2].", "Siehe Dr. Hans Fuchs.")]
    [InlineData("MeinDr. [PERSON_1]", "MeinDr. Dr. Laura Kaya")]
    public void ATitleTheAnswerAlreadyWritesIsNotRepeated(string answer, string expected)
    {
        Assert.Equal(expected, map.Restore(answer));
    }

    [Theory]
    [InlineData("Antwort: [PERSON_1]s Antrag.", "Antwort: Dr. Laura Kayas Antrag.")]
    [InlineData("Antwort: [PERSON_1]'s Antrag.", "Antwort: Dr. Laura Kayas Antrag.")]
    [InlineData("Antwort: [PERSON_1]’s Antrag.", "Antwort: Dr. Laura Kayas Antrag.")]
    [InlineData("Antwort: [PERSON_2]s Hund.", "Antwort: Hans Fuchs' Hund.")]
    [InlineData("Antwort: [PERSON_2]'s Hund.", "Antwort: Hans Fuchs' Hund.")]
    [InlineData("Antwort: Fall [PERSON_2]s", "Antwort: Fall Hans Fuchs'")]
    [InlineData("Antwort: [PERSON_2]' Hund.", "Antwort: Hans Fuchs' Hund.")]
    [InlineData("Antwort: [PERSON_1]sche Regel.", "Antwort: Dr. Laura Kayasche Regel.")]
    [InlineData("Antwort: '[PERSON_1]' schrieb.", "Antwort: 'Dr. Laura Kaya' schrieb.")]
    public void InflectedPersonPlaceholdersBecomeGermanGenitives(string answer, string expected)
    {
        Assert.Equal(expected, map.Restore(answer));
    }

    [Theory]
    [InlineData("Hallo [Person_1]!")]
    [InlineData("Hallo [person_1]!")]
    [InlineData("Hallo [PERSON 1]!")]
    [InlineData("Hallo [ PERSON_1 ]!")]
    [InlineData("Hallo [PERSON-1]!")]
    public void SpellingVariantsAModelWritesAreRestored(string answer)
    {
        Assert.Equal("Hallo Dr. Laura Kaya!", map.Restore(answer));
    }

    [Theory]
    [InlineData("[PERSON_7]")]
    [InlineData("[IBAN_2]")]
    [InlineData("[EMAIL_1]")]
    [InlineData("[Person 3]")]
    public void AnInventedPlaceholderStaysVisibleAndIsReported(string invented)
    {
        var result = map.RestoreWithReport($"Bitte an {invented} und [PERSON_2] weiterleiten.");

        Assert.Equal($"Bitte an {invented} und Hans Fuchs weiterleiten.", result.Text);
        Assert.Equal(1, result.Report.Unknown);
        Assert.True(result.Report.HasUnknown);
        Assert.Single(result.Report.UnknownPlaceholders);
        Assert.Equal(1, result.Report.Restored);
    }

    [Fact]
    public void AnInventedPersonAfterALongCorrectBeginningIsStillNotGuessed()
    {
        var result = map.RestoreWithReport("Sehr geehrte Frau [PERSON_3], ");

        Assert.Equal("Sehr geehrte Frau [PERSON_3], ", result.Text);
        Assert.Equal(["[PERSON_3]"], result.Report.UnknownPlaceholders);
    }

    [Fact]
    public void DroppedPlaceholdersAreCountedPerCategory()
    {
        var result = map.RestoreWithReport("Wir melden uns bei [PERSON_2].");

        Assert.Equal("Wir melden uns bei Hans Fuchs.", result.Text);
        Assert.Equal(2, result.Report.Dropped);
        Assert.Equal(1, result.Report.DroppedByCategory[PiiCategory.Person]);
        Assert.Equal(1, result.Report.DroppedByCategory[PiiCategory.Iban]);
        Assert.Equal(0, result.Report.Unknown);
    }

    [Fact]
    public void AnUnchangedBeginningOfTheAnswerKeepsTheSpellingThatStoodThere()
    {
        var pseudonymized = new Pseudonymizer().Pseudonymize(Letter.Text, Letter.Analysis).Text;
        var echoed = pseudonymized[..pseudonymized.IndexOf("zahlt", StringComparison.Ordinal)];

        // "Frau [PERSON_1]" at the end stood for "Kaya" in the letter, not for the fullest spelling.
        Assert.Equal(Letter.Text[..Letter.Text.IndexOf("zahlt", StringComparison.Ordinal)], map.Restore(echoed));
        Assert.EndsWith("Frau Dr. Laura Kaya", map.Restore("Neu: Frau [PERSON_1]"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[PERSON_]")]
    [InlineData("[PERSON_01]")]
    [InlineData("[PERSONS_1]")]
    [InlineData("[PERSON__1]")]
    [InlineData("[PERSON_1")]
    [InlineData("[[PERSON_1")]
    [InlineData("[PERSON_1234567]")]
    [InlineData("[")]
    [InlineData("Liste [1], [a] und [PERSON]")]
    public void TextThatIsNoPlaceholderPassesUnchangedAndUnreported(string text)
    {
        var result = map.RestoreWithReport(text);

        Assert.Equal(text, result.Text);
        Assert.Equal(0, result.Report.Unknown);
        Assert.Equal(0, result.Report.Restored);
    }

    [Fact]
    public void AfterTheSameWordsAsInTheInputAPersonGetsTheSpellingUsedThere()
    {
        var (text, analysis) = PseudonymizerTests.Marked(
            "An Frau «Dr. Laura Kaya|kaya», Hauptstraße 1\n\nSehr geehrte Frau «Kaya|kaya»,\nwie besprochen …\n"
            + "Mit freundlichen Grüßen\n«Jan Berg|berg»");
        var letterMap = new Pseudonymizer().Pseudonymize(text, analysis).Map;

        var answer = "Entwurf\n\nSehr geehrte Frau [PERSON_1],\nvielen Dank. Liebe [PERSON_1], bis bald, [PERSON_2]. "
            + "Zu Frau [PERSON_1]s Antrag: Sehr geehrte Frau [PERSON_1]s";

        Assert.Equal("Entwurf\n\nSehr geehrte Frau Kaya,\nvielen Dank. Liebe Dr. Laura Kaya, bis bald, Jan Berg. "
            + "Zu Frau Dr. Laura Kayas Antrag: Sehr geehrte Frau Kayas", letterMap.Restore(answer));
        var random = new Random(11);
        for (var round = 0; round < 200; round++)
        {
            Assert.Equal(letterMap.Restore(answer), StreamingRestorerTests.RestoreInChunks(letterMap, answer, random, maxChunk: 10));
        }
    }

    [Fact]
    public void OtherCategoriesAreRestoredWithoutGenitiveHandling()
    {
        Assert.Equal("Konto DE02120300000000202051s", map.Restore("Konto [IBAN_1]s"));
    }
}
