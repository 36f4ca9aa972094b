using KiOfficeAddin.Guardrails.Labelling;

namespace KiOfficeAddin.Office.Tests.Labelling;

public sealed class OfficeLabelPropertiesTests
{
    private static readonly AiLabel Pending = new(
        AiLabel.DefaultText,
        DigitalSourceTypes.CompositeWithTrainedAlgorithmicMedia,
        "gpt-4o-eu",
        "2026-11",
        new DateTimeOffset(2026, 11, 30, 10, 15, 0, TimeSpan.FromHours(1)),
        AiReviewStatus.Pending);

    [Fact]
    public void APendingLabelBecomesFiveDocumentPropertiesWithoutReviewFields()
    {
        var properties = OfficeLabelProperties.DocumentProperties(Pending);
        Assert.Equal(5, properties.Count);
        Assert.Equal(DigitalSourceTypes.CompositeWithTrainedAlgorithmicMedia, properties["KI.Herkunft"]);
        Assert.Equal("gpt-4o-eu", properties["KI.Modell"]);
        Assert.Equal("2026-11", properties["KI.Richtlinienversion"]);
        Assert.Equal("2026-11-30T09:15Z", properties["KI.Erstellt"]);
        Assert.Equal("pending", properties["KI.Pruefstatus"]);
    }

    [Fact]
    public void AReviewedLabelAddsRoleAndTime()
    {
        var reviewed = Pending.MarkReviewed("Sachbearbeitung", new DateTimeOffset(2026, 11, 30, 9, 20, 30, TimeSpan.Zero));
        var properties = OfficeLabelProperties.DocumentProperties(reviewed);
        Assert.Equal("reviewed", properties["KI.Pruefstatus"]);
        Assert.Equal("Sachbearbeitung", properties["KI.GeprueftVonRolle"]);
        Assert.Equal("2026-11-30T09:20Z", properties["KI.GeprueftAm"]);
        Assert.Equal("KI-unterstützt erstellt – geprüft", OfficeLabelProperties.ContentControlTitle(reviewed));
    }

    [Fact]
    public void APendingContentControlAsksForReview()
    {
        Assert.Equal("ki-unterstuetzt", OfficeLabelProperties.ContentControlTag);
        Assert.Equal("KI-unterstützt erstellt – Entwurf, bitte prüfen", OfficeLabelProperties.ContentControlTitle(Pending));
    }

    [Fact]
    public void TheMailHeaderValueIsPrintableAsciiWithEncodedUmlauts()
    {
        var reviewed = Pending.MarkReviewed("Sachgebietsleitung Bürgerbüro", new DateTimeOffset(2026, 11, 30, 9, 20, 0, TimeSpan.Zero));
        var value = OfficeLabelProperties.MailHeaderValue(reviewed);
        Assert.Equal("X-KI-Unterstuetzt", OfficeLabelProperties.MailHeader);
        Assert.Equal(
            "source=http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia; model=gpt-4o-eu; " +
            "policy=2026-11; created=2026-11-30T09:15Z; review=reviewed; role=Sachgebietsleitung%20B%C3%BCrgerb%C3%BCro; " +
            "reviewed=2026-11-30T09:20Z",
            value);
        Assert.All(value, c => Assert.InRange(c, ' ', '~'));
    }
}
