using KiOfficeAddin.Guardrails.Pii;
using KiOfficeAddin.Guardrails.Pii.Names;

namespace KiOfficeAddin.Guardrails.Tests.Pii;

public sealed class UserMarkedNamesTests
{
    private static readonly PiiDetector Detector = new();
    private static readonly Pseudonymizer Pseudonymizer = new();

    [Fact]
    public void EveryOccurrenceOfAMarkedNameBecomesOnePersonWithOnePlaceholder()
    {
        const string text = "Laut Klingelschild wohnt dort Zyxbrand. Zyxbrands Musik ist laut; zyxbrand öffnet nicht. Die Zyxbrandstraße ist ruhig.";

        var analysis = UserMarkedNames.AddTo(Detector.Analyze(text), text, ["Zyxbrand"]);
        var pseudonymized = Pseudonymizer.Pseudonymize(text, analysis);

        Assert.Equal(
            "Laut Klingelschild wohnt dort [PERSON_1]. [PERSON_1]s Musik ist laut; [PERSON_1] öffnet nicht. Die Zyxbrandstraße ist ruhig.",
            pseudonymized.Text);
        Assert.Equal(text, pseudonymized.Map.Restore(pseudonymized.Text));
    }

    [Fact]
    public void TheWordsOfAMarkedFullNameAreProtectedAloneToo()
    {
        const string text = "Unterschrieben von Pavel Qwyrnik. Herr Qwyrnik bittet um Rückruf.";

        var analysis = UserMarkedNames.AddTo(Detector.Analyze(text), text, ["Pavel Qwyrnik"]);
        var persons = analysis.Entities.Where(e => e.Category == PiiCategory.Person).Select(e => text[e.Start..e.End]).ToArray();

        Assert.Contains("Pavel Qwyrnik", persons);
        Assert.Contains("Qwyrnik", persons);
        var pseudonymized = Pseudonymizer.Pseudonymize(text, analysis);
        Assert.DoesNotContain("Qwyrnik", pseudonymized.Text, StringComparison.Ordinal);
        Assert.Equal(text, pseudonymized.Map.Restore(pseudonymized.Text));
    }

    [Fact]
    public void WhatTheDetectorFoundStaysAndTheResultIsSortedAndDisjoint()
    {
        const string text = "IBAN DE02 1203 0000 0000 2020 51, Kontoinhaber laut Bank: Mbeki. Mbeki zahlt pünktlich.";
        var detected = Detector.Analyze(text);

        var analysis = UserMarkedNames.AddTo(detected, text, ["Mbeki", "DE02"]);

        Assert.Contains(analysis.Entities, e => e.Category == PiiCategory.Iban);
        Assert.Equal(2, analysis.Entities.Count(e => e.Category == PiiCategory.Person && text[e.Start..e.End] == "Mbeki"));
        for (var i = 1; i < analysis.Entities.Count; i++)
        {
            Assert.True(analysis.Entities[i - 1].End <= analysis.Entities[i].Start);
        }
    }

    [Theory]
    [InlineData(21, 10, false)]
    [InlineData(20, 80, true)]
    [InlineData(1, 81, false)]
    [InlineData(0, 0, true)]
    public void TheListIsBounded(int count, int length, bool valid) =>
        Assert.Equal(valid, UserMarkedNames.IsValid(Enumerable.Repeat(new string('a', length), count).ToArray()));

    [Fact]
    public void BlankNamesAreRefused() => Assert.False(UserMarkedNames.IsValid([" "]));
}
