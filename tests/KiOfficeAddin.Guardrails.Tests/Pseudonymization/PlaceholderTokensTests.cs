using KiOfficeAddin.Guardrails.Pii;

namespace KiOfficeAddin.Guardrails.Tests.Pseudonymization;

public sealed class PlaceholderTokensTests
{
    [Fact]
    public void AnEntityMadeOnlyOfOurPlaceholderIsNotInClear()
    {
        const string text = "Sehr geehrte Frau [PERSON_1], Ihre IBAN [IBAN_12] ist hinterlegt.";
        var analysis = new PiiAnalysis([new(PiiCategory.Person, 18, 28), new(PiiCategory.Iban, 40, 49)], []);
        Assert.Empty(PlaceholderTokens.CategoriesInClear(text, analysis));
    }

    [Fact]
    public void ReadableLettersBesideAPlaceholderAreInClear()
    {
        const string text = "Frau [PERSON_1] Müller";
        var analysis = new PiiAnalysis([new(PiiCategory.Person, 5, 22)], []);
        Assert.Equal([PiiCategory.Person], PlaceholderTokens.CategoriesInClear(text, analysis));
    }

    [Theory]
    [InlineData("Herr [MUELLER_1]")]
    [InlineData("Herr [PERSON_]")]
    [InlineData("Herr [PERSON_1234567]")]
    [InlineData("Herr [PERSON_1a]")]
    public void BracketedTokensThatAreNotOursProtectNothing(string text)
    {
        var analysis = new PiiAnalysis([new(PiiCategory.Person, 5, text.Length)], []);
        Assert.Equal([PiiCategory.Person], PlaceholderTokens.CategoriesInClear(text, analysis));
    }
}
