using System.Text.Json;
using KiOfficeAddin.Guardrails.Labelling;
using Microsoft.Extensions.Time.Testing;

namespace KiOfficeAddin.Guardrails.Tests.Labelling;

public sealed class AiLabelTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 41, 37, 512, TimeSpan.Zero);
    private readonly AiLabelFactory factory = new(new FakeTimeProvider(Now));

    [Theory]
    [InlineData("rewrite")]
    [InlineData("simplify")]
    [InlineData("shorten")]
    [InlineData("proofread")]
    [InlineData("summarize")]
    public void RephrasedUserTextIsACompositeWithTrainedAlgorithmicMedia(string useCase)
    {
        var label = factory.Create(useCase, "gpt-4o-eu", "2026-11");
        Assert.Equal("http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia",
            label.DigitalSourceType);
    }

    [Theory]
    [InlineData("reply")]
    [InlineData("a-template-added-later")]
    public void FreeGenerationIsTrainedAlgorithmicMedia(string useCase)
    {
        var label = factory.Create(useCase, "gpt-4o-eu", "2026-11");
        Assert.Equal("http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia", label.DigitalSourceType);
    }

    [Fact]
    public void ANewLabelIsCompleteAndPendingWithTimeToTheMinute()
    {
        var label = factory.Create("rewrite", "gpt-4o-eu", "2026-11", "Mit KI-Unterstützung erstellt.");
        Assert.Equal("Mit KI-Unterstützung erstellt.", label.Text);
        Assert.Equal("gpt-4o-eu", label.Model);
        Assert.Equal("2026-11", label.PolicyVersion);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 9, 41, 0, TimeSpan.Zero), label.CreatedAt);
        Assert.Equal(AiReviewStatus.Pending, label.ReviewStatus);
        Assert.Null(label.ReviewedByRole);
        Assert.Null(label.ReviewedAt);
    }

    [Fact]
    public void WithoutAPolicyTextTheDefaultNoticeIsUsed()
    {
        var label = factory.Create("reply", "m", "1");
        Assert.Equal("Dieser Text wurde mit KI-Unterstützung erstellt und von der Sachbearbeitung geprüft.", label.Text);
    }

    [Fact]
    public void PendingLabelSerialisesEveryFieldInCamelCaseWithoutReviewFields()
    {
        var json = JsonSerializer.SerializeToElement(factory.Create("simplify", "gpt-4o-eu", "2026-11"), JsonSerializerOptions.Web);
        Assert.Equal(
            ["text", "digitalSourceType", "model", "policyVersion", "createdAt", "reviewStatus"],
            json.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("pending", json.GetProperty("reviewStatus").GetString());
        Assert.Equal("2026-11-30T09:41:00+00:00", json.GetProperty("createdAt").GetString());
    }

    [Fact]
    public void ReviewedLabelCarriesRoleAndTimeToTheMinute()
    {
        var reviewed = factory.Create("reply", "gpt-4o-eu", "2026-11")
            .MarkReviewed("Sachbearbeitung", Now.AddMinutes(3).AddSeconds(11));
        var json = JsonSerializer.SerializeToElement(reviewed, JsonSerializerOptions.Web);
        Assert.Equal("reviewed", json.GetProperty("reviewStatus").GetString());
        Assert.Equal("Sachbearbeitung", json.GetProperty("reviewedByRole").GetString());
        Assert.Equal("2026-11-30T09:44:00+00:00", json.GetProperty("reviewedAt").GetString());
    }

    [Fact]
    public void ASecondReviewKeepsTheFirst()
    {
        var first = factory.Create("reply", "m", "1").MarkReviewed("Sachbearbeitung", Now);
        var second = first.MarkReviewed("Amtsleitung", Now.AddHours(1));
        Assert.Same(first, second);
    }
}
