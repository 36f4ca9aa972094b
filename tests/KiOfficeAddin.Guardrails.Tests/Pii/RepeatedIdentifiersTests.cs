using KiOfficeAddin.Guardrails.Pii;

namespace KiOfficeAddin.Guardrails.Tests.Pii;

/// <summary>An identifier found once is protected wherever the text repeats it, under one placeholder.</summary>
public sealed class RepeatedIdentifiersTests
{
    private static readonly PiiDetector Detector = new();
    private static readonly Pseudonymizer Pseudonymizer = new();

    [Fact]
    public void AFileNumberRepeatedAfterAWordNoRuleReadsGetsTheSamePlaceholder()
    {
        const string text = "Kassenzeichen: 5.2026.108016\n\nBitte überweisen Sie den Betrag bis zum 30.09.\n"
            + "Verwendungszweck: 5.2026.108016";

        var pseudonymized = Pseudonymizer.Pseudonymize(text, Detector.Analyze(text));

        Assert.Equal(
            "Kassenzeichen: [CASE_REFERENCE_1]\n\nBitte überweisen Sie den Betrag bis zum 30.09.\nVerwendungszweck: [CASE_REFERENCE_1]",
            pseudonymized.Text);
        Assert.Equal(text, pseudonymized.Map.Restore(pseudonymized.Text));
    }

    [Fact]
    public void APlateFromTheSubjectLineIsFoundAgainInTheText()
    {
        const string text = "Betreff: Kennzeichen HSK-QT 418\n\nDas Fahrzeug HSK-QT 418 stand drei Tage auf dem Gehweg.";

        var plates = Detector.Analyze(text).Entities.Where(e => e.Category == PiiCategory.LicensePlate).Select(e => e.Start).ToArray();

        Assert.Equal([text.IndexOf("HSK", StringComparison.Ordinal), text.LastIndexOf("HSK", StringComparison.Ordinal)], plates);
    }

    [Theory]
    // Inside a longer number or word the value is something else.
    [InlineData("Kassenzeichen: 5.2026.108016\nTabelle 15.2026.1080167, Zeile 5.2026.1080168 und 5.2026.108016x")]
    // A value shorter than six characters is too common to follow.
    [InlineData("Kundennummer: AB12\nSiehe Anlage AB12.")]
    public void APartOfALongerNumberOrAShortValueIsNotFollowed(string text)
    {
        var entities = Detector.Analyze(text).Entities.Where(e => e.Category is PiiCategory.CaseReference or PiiCategory.LicensePlate).ToArray();

        Assert.Single(entities);
    }

    [Fact]
    public void RepeatsKeepTheEntitiesSortedAndApart()
    {
        var text = string.Concat(Enumerable.Repeat("Kassenzeichen: 5.2026.108016; nochmals 5.2026.108016, Kennzeichen HSK-QT 418 und HSK-QT 418. ", 40));

        var entities = Detector.Analyze(text).Entities;

        Assert.Equal(160, entities.Count(e => e.Category is PiiCategory.CaseReference or PiiCategory.LicensePlate));
        for (var i = 1; i < entities.Count; i++)
        {
            Assert.True(entities[i - 1].End <= entities[i].Start);
        }
    }
}
