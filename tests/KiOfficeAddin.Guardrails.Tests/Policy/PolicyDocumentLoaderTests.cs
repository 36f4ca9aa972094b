using System.Security.Cryptography;
using System.Text;
using KiOfficeAddin.Guardrails.Policy;
using static KiOfficeAddin.Guardrails.Tests.Policy.PolicyFixture;

namespace KiOfficeAddin.Guardrails.Tests.Policy;

public sealed class PolicyDocumentLoaderTests
{
    private static PolicyDocument Load(string yaml) => PolicyDocumentLoader.Load(Encoding.UTF8.GetBytes(yaml));

    private static string LoadError(string yaml) => Assert.Throws<PolicyLoadException>(() => Load(yaml)).Message;

    [Fact]
    public void ShippedPolicyHoldsAllDataClassesWithGermanNames()
    {
        var names = DataClassNames.All.Select(c => Shipped.DataClasses[c].Name).ToArray();
        Assert.Equal(["öffentlich", "intern", "personenbezogen", "besondere Kategorien", "Sozialgeheimnis", "Steuergeheimnis", "Verschlusssache"], names);
        Assert.All(Shipped.DataClasses.Values, c => Assert.False(string.IsNullOrWhiteSpace(c.Description)));
    }

    [Fact]
    public void ShippedPolicyDescribesEveryRuleAndLink()
    {
        Assert.All(PolicyRuleIds.All, id => Assert.False(string.IsNullOrWhiteSpace(Shipped.Rule(id).Detail)));
        Assert.NotNull(Shipped.Link("leitfaden"));
        Assert.NotNull(Shipped.Link("dienstvereinbarung"));
        Assert.Equal("https", Shipped.AiLiteracyCourse.Url.Scheme);
    }

    [Fact]
    public void ShippedPolicyExposesTheLabellingTexts()
    {
        Assert.Equal("KI-unterstützt erstellt – bitte prüfen", Shipped.Labelling.VisibleText);
        Assert.True(Shipped.Labelling.HasOutlookClosingLine);
    }

    [Fact]
    public void VersionHashIsTheSha256OfTheFileBytes()
    {
        var bytes = File.ReadAllBytes(ShippedPolicyPath);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), Shipped.Version.Sha256);
        Assert.False(string.IsNullOrWhiteSpace(Shipped.Version.Id));
    }

    [Fact]
    public void AnyEditChangesTheHash()
    {
        var edited = Load(ShippedText + "\n# Kommentar\n");
        Assert.Equal(Shipped.Version.Id, edited.Version.Id);
        Assert.NotEqual(Shipped.Version.Sha256, edited.Version.Sha256);
    }

    [Fact]
    public void BrokenYamlNamesTheLine()
    {
        var error = LoadError("version: \"1\"\ntitle: [unclosed\n");
        Assert.Contains("line", error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownKeyIsAnError()
    {
        var error = LoadError(ShippedText.Replace("defaultDataClass: internal", "defaultDataClas: internal", StringComparison.Ordinal));
        Assert.Contains("defaultDataClas", error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingVersionIsAnError()
    {
        var error = LoadError(ShippedText.Replace("version: \"2026-11-29.1\"", "", StringComparison.Ordinal));
        Assert.Contains("version is missing", error, StringComparison.Ordinal);
    }

    [Fact]
    public void SocialDataCannotBeReleasedToCloudModels()
    {
        var yaml = ShippedText.Replace("    name: \"Sozialgeheimnis\"", "    name: \"Sozialgeheimnis\"\n    onPremisesOnly: false", StringComparison.Ordinal)
            .Replace("    onPremisesOnly: true\n  tax:", "\n  tax:", StringComparison.Ordinal);
        var error = LoadError(yaml);
        Assert.Contains("dataClasses.social.onPremisesOnly must be true", error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingRuleTextIsAnError()
    {
        var start = ShippedText.IndexOf("  input_too_long:", StringComparison.Ordinal);
        var end = ShippedText.IndexOf("  automated_decision_refused:", StringComparison.Ordinal);
        var error = LoadError(ShippedText.Remove(start, end - start));
        Assert.Contains("rules.input_too_long is missing", error, StringComparison.Ordinal);
    }

    [Fact]
    public void DepartmentUseCaseMustBeKnown()
    {
        var error = LoadError(ShippedText.Replace("Personalamt: [rewrite, shorten, proofread]", "Personalamt: [rewrite, entscheiden]", StringComparison.Ordinal));
        Assert.Contains("'entscheiden'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void LinksMustBeHttps()
    {
        var error = LoadError(ShippedText.Replace("https://intranet.arnsberg.example/ki/leitfaden", "http://intranet/leitfaden", StringComparison.Ordinal));
        Assert.Contains("links.leitfaden.url", error, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyFileIsAnError()
    {
        Assert.Contains("empty", LoadError(""), StringComparison.Ordinal);
    }
}
