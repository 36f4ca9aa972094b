using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace KiOfficeAddin.Office.Tests.Manifest;

/// <summary>What IT uploads: the zip and the two XML files that build.sh writes, the icons, and the add-in IDs.</summary>
public sealed class DeploymentPackageTests
{
    private static readonly XNamespace OfficeApp = "http://schemas.microsoft.com/office/appforoffice/1.1";

    [Fact]
    public async Task TheBuildScriptWritesAZipWithTheManifestAndBothIconsAtItsRoot()
    {
        var run = await DeploymentFiles.BuildForTestHostAsync();
        run.Succeeded();

        using var zip = ZipFile.OpenRead(run.UnifiedZip);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        foreach (var icon in new[] { "color.png", "outline.png" })
        {
            using var copy = new MemoryStream();
            await using (var entry = zip.GetEntry(icon)!.Open())
            {
                await entry.CopyToAsync(copy, TestContext.Current.CancellationToken);
            }
            Assert.Equal(await File.ReadAllBytesAsync(DeploymentFiles.InOutput("addin-manifest", "unified", icon), TestContext.Current.CancellationToken), copy.ToArray());
        }
        Assert.True(File.Exists(run.WordXml));
        Assert.True(File.Exists(run.OutlookXml));
    }

    [Fact]
    public async Task TheDeveloperLinksDefaultToTheAddInHostAndTakeTheCitysOwnPages()
    {
        var defaults = JsonNode.Parse(await ManifestJsonAsync(await DeploymentFiles.BuildForTestHostAsync()))!["developer"]!;
        Assert.Equal($"https://{DeploymentFiles.Host}/datenschutz.html", (string?)defaults["privacyUrl"]);

        using var run = await DeploymentFiles.RunBuildScriptAsync(
            new Dictionary<string, string>
            {
                ["ADDIN_PRIVACY_URL"] = "https://www.stadt.example/datenschutz?bereich=ki#hinweise",
                ["ADDIN_TERMS_URL"] = "https://intranet.stadt.example/dienstvereinbarung-ki",
            },
            DeploymentFiles.Host, DeploymentFiles.ClientId);
        run.Succeeded();
        var developer = JsonNode.Parse(await ManifestJsonAsync(run))!["developer"]!;
        Assert.Equal("https://www.stadt.example/datenschutz?bereich=ki#hinweise", (string?)developer["privacyUrl"]);
        Assert.Equal("https://intranet.stadt.example/dienstvereinbarung-ki", (string?)developer["termsOfUseUrl"]);
        Assert.Equal($"https://{DeploymentFiles.Host}/", (string?)developer["websiteUrl"]);
    }

    [Fact]
    public async Task TheBuildScriptRefusesAPlainHttpPrivacyLink()
    {
        using var run = await DeploymentFiles.RunBuildScriptAsync(
            new Dictionary<string, string> { ["ADDIN_PRIVACY_URL"] = "http://www.stadt.example/datenschutz" },
            DeploymentFiles.Host, DeploymentFiles.ClientId);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("ADDIN_PRIVACY_URL", run.StandardError, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(run.OutDir));
    }

    private static async Task<string> ManifestJsonAsync(ScriptRun run)
    {
        using var zip = ZipFile.OpenRead(run.UnifiedZip);
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        return await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("ki.stadt.example", "not-a-guid", "CLIENT_ID")]
    [InlineData("https://ki.stadt.example/", DeploymentFiles.ClientId, "HOST")]
    [InlineData(DeploymentFiles.ClientId, "ki.stadt.example", "HOST")]
    public async Task TheBuildScriptRefusesMalformedArgumentsAndWritesNothing(string host, string clientId, string namedArgument)
    {
        using var run = await DeploymentFiles.RunBuildScriptAsync(host, clientId);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(namedArgument, run.StandardError, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(run.OutDir));
    }

    [Fact]
    public void TheIconsHaveTheSizesTheManifestStatesAndTheOutlineIsWhiteOnTransparent()
    {
        var color = PngImage.Read(DeploymentFiles.InOutput("addin-manifest", "unified", "color.png"));
        Assert.Equal((192, 192), (color.Width, color.Height));

        var outline = PngImage.Read(DeploymentFiles.InOutput("addin-manifest", "unified", "outline.png"));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.Equal(6, outline.ColorType);
        Assert.Equal(0, outline.Alpha(0, 0));
        var drawn = Enumerable.Range(0, 32 * 32).Select(i => (X: i % 32, Y: i / 32)).Where(p => outline.Alpha(p.X, p.Y) > 0).ToList();
        Assert.NotEmpty(drawn);
        Assert.All(drawn, p => Assert.Equal(((byte)255, (byte)255, (byte)255), outline.Colour(p.X, p.Y)));

        var manifest = JsonNode.Parse(File.ReadAllText(DeploymentFiles.InOutput("addin-manifest", "unified", "manifest.json")))!;
        Assert.Equal("color.png", (string?)manifest["icons"]!["color"]);
        Assert.Equal("outline.png", (string?)manifest["icons"]!["outline"]);
    }

    [Fact]
    public void EveryRibbonIconTheManifestsReferenceIsServedAtTheStatedSize()
    {
        var manifest = File.ReadAllText(DeploymentFiles.InOutput("addin-manifest", "unified", "manifest.json"));
        var ribbonIcons = JsonNode.Parse(manifest)!["extensions"]![0]!["ribbons"]!.AsArray()
            .SelectMany(r => r!["tabs"]![0]!["groups"]!.AsArray())
            .SelectMany(g => g!["icons"]!.AsArray().Concat(g["controls"]!.AsArray().SelectMany(c => c!["icons"]!.AsArray())))
            .Select(i => (Size: i!["size"]!.GetValue<int>(), Url: i["url"]!.GetValue<string>()))
            .Distinct()
            .ToList();

        var xmlIcons = new[] { "word.xml", "outlook.xml" }
            .Select(name => XDocument.Load(DeploymentFiles.InOutput("addin-manifest", "xml", name)))
            .SelectMany(doc => doc.Descendants().Where(e => e.Name.LocalName == "Image" && e.Attribute("id") is not null))
            .Select(image => (Id: (string)image.Attribute("id")!, Url: (string)image.Attribute("DefaultValue")!))
            .ToList();

        Assert.Equal([16, 32, 80], ribbonIcons.Select(i => i.Size).Order());
        foreach (var (size, url) in ribbonIcons)
        {
            Assert.Equal($"https://__ADDIN_HOST__/assets/icon-{size}.png", url);
            var served = PngImage.Read(DeploymentFiles.InOutput("wwwroot-assets", $"icon-{size}.png"));
            Assert.Equal((size, size), (served.Width, served.Height));
            Assert.Contains(xmlIcons, icon => icon.Id == $"Ki.Icon{size}" && icon.Url == url);
        }
    }

    [Fact]
    public void TheThreeAddInsHaveDifferentIdsAndTheUnifiedOneReplacesBothXmlOnes()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(DeploymentFiles.InOutput("addin-manifest", "unified", "manifest.json")))!;
        var unifiedId = Guid.Parse((string)manifest["id"]!);
        var xmlIds = new[] { "word.xml", "outlook.xml" }
            .Select(name => Guid.Parse(XDocument.Load(DeploymentFiles.InOutput("addin-manifest", "xml", name)).Root!.Element(OfficeApp + "Id")!.Value))
            .ToList();

        Assert.Equal(3, xmlIds.Append(unifiedId).Distinct().Count());
        var hidden = manifest["extensions"]![0]!["alternates"]!.AsArray()
            .Select(a => Guid.Parse((string)a!["hide"]!["customOfficeAddin"]!["officeAddinId"]!));
        Assert.Equal(xmlIds, hidden);
    }
}
