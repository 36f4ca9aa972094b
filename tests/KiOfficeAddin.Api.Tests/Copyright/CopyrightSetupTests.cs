using KiOfficeAddin.Api.Tests.Infrastructure;
using KiOfficeAddin.Guardrails.Copyright;
using Microsoft.Extensions.DependencyInjection;

namespace KiOfficeAddin.Api.Tests.Copyright;

public sealed class CopyrightSetupTests
{
    [Fact]
    public async Task AMissingProtectedTextsFolderStopsTheStartNamingTheKey()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?>
        {
            ["Copyright:ProtectedTextsPath"] = "/nonexistent/protected-texts",
        });
        var error = factory.StartupFailure();
        Assert.Contains("Copyright:ProtectedTextsPath", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRegisteredFolderIsLoadedAtStartAndUsedByTheChecker()
    {
        var folder = Directory.CreateTempSubdirectory("protected-").FullName;
        const string registered =
            "Die Bürgerinitiative fordert seit Monaten einen früheren Beginn der Arbeiten am Fernwärmenetz, weil viele " +
            "Haushalte in Neheim noch mit alten Ölheizungen leben und die Kosten dafür in den letzten zwei Wintern " +
            "deutlich gestiegen sind, wie die Sprecherin der Initiative am Dienstag im Rathaus erklärte.";
        await File.WriteAllTextAsync(Path.Combine(folder, "presse.txt"), registered, TestContext.Current.CancellationToken);
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["Copyright:ProtectedTextsPath"] = folder });
        using var client = factory.CreateClient();

        var checker = factory.Services.GetRequiredService<CopyrightChecker>();
        var notice = Assert.Single(checker.CheckOutput("Kurz gesagt: " + registered, "Bitte antworte kurz."));

        Assert.Equal("presse.txt", notice.Source);
        Assert.Equal(1, factory.Services.GetRequiredService<ProtectedTextLibrary>().Current.Count);
    }
}
