using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace KiOfficeAddin.Office.Tests.Manifest;

/// <summary>The add-in only manifests for perpetual/LTSC Office and Outlook for Mac, as build.sh writes them.</summary>
public sealed class XmlManifestTests
{
    private static readonly XNamespace OfficeApp = "http://schemas.microsoft.com/office/appforoffice/1.1";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    // Compiled once; a compiled schema set is only read while validating.
    private static readonly Lazy<XmlSchemaSet> ManifestSchemas = new(CompileManifestSchemas);

    private static XmlSchemaSet CompileManifestSchemas()
    {
        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        foreach (var xsd in Directory.GetFiles(DeploymentFiles.SchemaFolder, "*.xsd").Order(StringComparer.Ordinal))
        {
            schemas.Add(null, xsd);
        }
        schemas.Compile();
        return schemas;
    }

    private static List<string> Validate(string xml)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = ManifestSchemas.Value,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings | XmlSchemaValidationFlags.ProcessIdentityConstraints,
        };
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} line {e.Exception.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }
        return problems;
    }

    private static async Task<(string Word, string Outlook)> BuiltAsync()
    {
        var run = await DeploymentFiles.BuildForTestHostAsync();
        run.Succeeded();
        var cancellationToken = TestContext.Current.CancellationToken;
        return (await File.ReadAllTextAsync(run.WordXml, cancellationToken), await File.ReadAllTextAsync(run.OutlookXml, cancellationToken));
    }

    [Fact]
    public async Task BothBuiltManifestsValidateAgainstTheOfficeAppSchemas()
    {
        var (word, outlook) = await BuiltAsync();
        Assert.Empty(Validate(word));
        Assert.Empty(Validate(outlook));
    }

    [Fact]
    public async Task TheSchemaCheckRejectsElementsOutOfOrder()
    {
        // Proves the element order is enforced: Permissions moved in front of DefaultSettings must fail.
        var word = XDocument.Parse((await BuiltAsync()).Word);
        var permissions = word.Root!.Element(OfficeApp + "Permissions")!;
        permissions.Remove();
        word.Root.Element(OfficeApp + "DefaultSettings")!.AddBeforeSelf(permissions);
        Assert.Contains(Validate(word.ToString()), problem => problem.Contains("Permissions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WordIsATaskPaneAppForDocumentsWithReadWriteAccess()
    {
        var word = XDocument.Parse((await BuiltAsync()).Word).Root!;
        Assert.Equal("TaskPaneApp", (string?)word.Attribute(Xsi + "type"));
        Assert.Equal("Document", (string?)word.Element(OfficeApp + "Hosts")!.Element(OfficeApp + "Host")!.Attribute("Name"));
        Assert.Equal("ReadWriteDocument", (string?)word.Element(OfficeApp + "Permissions"));
        Assert.Equal($"https://{DeploymentFiles.Host}/index.html",
            (string?)word.Element(OfficeApp + "DefaultSettings")!.Element(OfficeApp + "SourceLocation")!.Attribute("DefaultValue"));
    }

    [Fact]
    public async Task OutlookIsAMailAppForMessagesInReadAndComposeWithMailbox18()
    {
        var outlook = XDocument.Parse((await BuiltAsync()).Outlook).Root!;
        Assert.Equal("MailApp", (string?)outlook.Attribute(Xsi + "type"));
        Assert.Equal("Mailbox", (string?)outlook.Element(OfficeApp + "Hosts")!.Element(OfficeApp + "Host")!.Attribute("Name"));
        Assert.Equal("ReadWriteItem", (string?)outlook.Element(OfficeApp + "Permissions"));
        var set = outlook.Element(OfficeApp + "Requirements")!.Descendants(OfficeApp + "Set").Single();
        Assert.Equal(("Mailbox", "1.8"), ((string?)set.Attribute("Name"), (string?)set.Attribute("MinVersion")));

        var forms = outlook.Element(OfficeApp + "FormSettings")!.Elements(OfficeApp + "Form").Select(f => (string?)f.Attribute(Xsi + "type"));
        Assert.Equal(["ItemRead", "ItemEdit"], forms);
        var rules = outlook.Element(OfficeApp + "Rule")!.Elements(OfficeApp + "Rule")
            .Select(r => ((string?)r.Attribute("ItemType"), (string?)r.Attribute("FormType")));
        Assert.Equal([("Message", "Read"), ("Message", "Edit")], rules);

        var surfaces = outlook.Descendants().Where(e => e.Name.LocalName == "ExtensionPoint").Select(e => (string?)e.Attribute(Xsi + "type"));
        Assert.Equal(["MessageReadCommandSurface", "MessageComposeCommandSurface"], surfaces);
    }

    [Fact]
    public async Task EveryUrlIsHttpsOnTheAddInHostAndTheAppDomainHasNoPath()
    {
        var (word, outlook) = await BuiltAsync();
        foreach (var manifest in new[] { XDocument.Parse(word), XDocument.Parse(outlook) })
        {
            var urls = manifest.Descendants()
                .Where(e => e.Name.LocalName is "SourceLocation" or "IconUrl" or "HighResolutionIconUrl" or "SupportUrl" or "Url" or "Image")
                .Select(e => (string?)e.Attribute("DefaultValue"))
                .OfType<string>()
                .ToList();
            Assert.NotEmpty(urls);
            Assert.All(urls, url => Assert.StartsWith($"https://{DeploymentFiles.Host}/", url, StringComparison.Ordinal));
            Assert.Equal([$"https://{DeploymentFiles.Host}"], manifest.Descendants(OfficeApp + "AppDomain").Select(e => e.Value));
            Assert.DoesNotContain("__", manifest.ToString(), StringComparison.Ordinal);
        }
    }
}
