using KiOfficeAddin.Guardrails.Pii;

namespace KiOfficeAddin.Guardrails.Tests.Pii;

/// <summary>French social-security numbers (NIR) of cross-border commuters: 13 digits and the key 97 − (number mod 97).</summary>
public sealed class ForeignSocialSecurityNumberTests
{
    private readonly PiiDetector detector = new();

    // python-stdnum's documented example for fr.nir ("2 95 10 99 126 111 93"), and two numbers of our own with their keys.
    [Theory]
    [InlineData("Ihre französische Sozialversicherungsnummer (NIR): 2 95 10 99 126 111 93", "2 95 10 99 126 111 93")]
    [InlineData("Numéro de sécurité sociale : 1 84 07 57 227 118 89\nArbeitgeber: Stahlwerk", "1 84 07 57 227 118 89")]
    [InlineData("Bitte tragen Sie die NIR ein: 175019935002172.", "175019935002172")]
    public void AValidNirIsFound(string text, string value)
    {
        var start = text.IndexOf(value, StringComparison.Ordinal);
        var entity = Assert.Single(detector.Analyze(text).Entities, e => e.Category == PiiCategory.SocialSecurity);
        Assert.Equal((start, start + value.Length), (entity.Start, entity.End));
    }

    [Fact]
    public void EveryOtherKeyIsRejected()
    {
        for (var key = 0; key < 100; key++)
        {
            if (key == 93)
            {
                continue;
            }
            var text = $"NIR: 2 95 10 99 126 111 {key:00}";
            Assert.DoesNotContain(detector.Analyze(text).Entities, e => e.Category == PiiCategory.SocialSecurity);
        }
    }

    [Theory]
    // Fifteen digits in one run without a word that names the number: a valid key alone is one chance in 97.
    [InlineData("Die Sendungsnummer lautet 295109912611193.")]
    // A month that no NIR has (13), with the key computed for it.
    [InlineData("NIR: 2 95 13 99 126 111 44")]
    public void ANumberThatIsNoNirIsNotOne(string text) =>
        Assert.DoesNotContain(detector.Analyze(text).Entities, e => e.Category == PiiCategory.SocialSecurity);
}
