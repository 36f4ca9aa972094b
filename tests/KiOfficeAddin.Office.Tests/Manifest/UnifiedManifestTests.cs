using System.IO.Compression;
using System.Text.Json.Nodes;
using NJsonSchema;

namespace KiOfficeAddin.Office.Tests.Manifest;

/// <summary>The unified manifest as build.sh packs it for the admin center, checked against the published draft-04 schema.</summary>
public sealed class UnifiedManifestTests
{
    private static async Task<string> BuiltManifestJsonAsync()
    {
        var run = await DeploymentFiles.BuildForTestHostAsync();
        run.Succeeded();
        using var zip = ZipFile.OpenRead(run.UnifiedZip);
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        return await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
    }

    // The schema is large (about 130 KB); read it once for all tests.
    private static readonly Lazy<Task<JsonSchema>> TeamsSchema =
        new(() => JsonSchema.FromFileAsync(DeploymentFiles.Schema("MicrosoftTeams.schema.json")));

    private static Task<JsonSchema> TeamsSchemaAsync() => TeamsSchema.Value;

    [Fact]
    public async Task ThePackagedManifestValidatesAgainstTheUnifiedManifestSchema()
    {
        var schema = await TeamsSchemaAsync();
        var errors = schema.Validate(await BuiltManifestJsonAsync());
        Assert.Empty(errors.Select(error => error.ToString()));
    }

    [Fact]
    public async Task TheSchemaCheckRejectsADeveloperNameLongerThan32Characters()
    {
        // Proves the validator really enforces the schema: the same manifest with one rule broken must fail.
        var manifest = JsonNode.Parse(await BuiltManifestJsonAsync())!;
        manifest["developer"]!["name"] = "Stadtverwaltung Musterstadt am Main, Amt 10";
        var errors = (await TeamsSchemaAsync()).Validate(manifest.ToJsonString());
        Assert.Contains(errors, error => error.Path == "#/developer.name" && error.Kind == NJsonSchema.Validation.ValidationErrorKind.StringTooLong);
    }

    [Fact]
    public async Task TheManifestCoversWordAndOutlookWithOneTaskPaneButton()
    {
        var manifest = JsonNode.Parse(await BuiltManifestJsonAsync())!;
        var extension = manifest["extensions"]![0]!;
        Assert.Equal(["document", "mail"], Strings(extension["requirements"]!["scopes"]));

        var ribbons = extension["ribbons"]!.AsArray();
        Assert.Equal(["default"], Strings(ribbons.Single(r => Strings(r!["requirements"]!["scopes"]).SequenceEqual(["document"]))!["contexts"]));
        var mailRibbon = ribbons.Single(r => Strings(r!["requirements"]!["scopes"]).SequenceEqual(["mail"]))!;
        Assert.Equal(["mailRead", "mailCompose"], Strings(mailRibbon["contexts"]));
        Assert.Equal("1.8", mailRibbon["requirements"]!["capabilities"]!.AsArray().Single(c => (string?)c!["name"] == "Mailbox")!["minVersion"]!.GetValue<string>());

        var runtimes = extension["runtimes"]!.AsArray();
        foreach (var ribbon in ribbons)
        {
            var button = ribbon!["tabs"]![0]!["groups"]![0]!["controls"]![0]!;
            Assert.Equal("KI-Assistent", (string?)button["label"]);
            var action = runtimes.SelectMany(r => r!["actions"]!.AsArray().Select(a => (Runtime: r, Action: a!)))
                .Single(pair => (string?)pair.Action["id"] == (string?)button["actionId"]);
            Assert.Equal("openPage", (string?)action.Action["type"]);
            Assert.Equal($"https://{DeploymentFiles.Host}/index.html", (string?)action.Runtime["code"]!["page"]);
        }
    }

    [Fact]
    public async Task TheManifestAsksForDocumentAndMailItemWriteAccessAndNamesTheEntraApp()
    {
        var manifest = JsonNode.Parse(await BuiltManifestJsonAsync())!;
        var permissions = manifest["authorization"]!["permissions"]!["resourceSpecific"]!.AsArray()
            .Select(p => ((string?)p!["name"], (string?)p["type"]));
        Assert.Equal([("Document.ReadWrite.User", "Delegated"), ("MailboxItem.ReadWrite.User", "Delegated")], permissions);

        Assert.Equal(DeploymentFiles.ClientId, (string?)manifest["webApplicationInfo"]!["id"]);
        Assert.Equal($"api://{DeploymentFiles.Host}/{DeploymentFiles.ClientId}", (string?)manifest["webApplicationInfo"]!["resource"]);
        Assert.Equal([DeploymentFiles.Host], Strings(manifest["validDomains"]));
        Assert.Equal("de-de", (string?)manifest["localizationInfo"]!["defaultLanguageTag"]);
        Assert.DoesNotContain("__", manifest.ToJsonString(), StringComparison.Ordinal);
    }

    private static string[] Strings(JsonNode? array) => array!.AsArray().Select(node => node!.GetValue<string>()).ToArray();
}
