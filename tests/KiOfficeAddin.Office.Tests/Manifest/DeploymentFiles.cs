using System.Diagnostics;

namespace KiOfficeAddin.Office.Tests.Manifest;

/// <summary>
/// The manifests, icons and packaging script of <c>addin-manifest/</c> and the published schemas of
/// <c>../shared/schemas</c>, all copied beside the tests at build time (see the project file).
/// </summary>
internal static class DeploymentFiles
{
    public const string Host = "ki.stadt.example";
    public const string ClientId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

    public static string InOutput(params string[] parts) => Path.Combine([AppContext.BaseDirectory, .. parts]);

    public static string Schema(string fileName)
    {
        var path = InOutput("schemas", fileName);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException("The manifest schemas are read from ../shared/schemas beside the clone; it is missing.", path);
    }

    public static string SchemaFolder => Path.GetDirectoryName(Schema("OfficeAppManifestV1_1.xsd"))!;

    /// <summary>Runs <c>addin-manifest/build.sh</c> as IT would, with bash, into a fresh temporary folder.</summary>
    public static Task<ScriptRun> RunBuildScriptAsync(params string[] arguments) =>
        RunBuildScriptAsync(new Dictionary<string, string>(), TestContext.Current.CancellationToken, arguments);

    public static Task<ScriptRun> RunBuildScriptAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        RunBuildScriptAsync(environment, TestContext.Current.CancellationToken, arguments);

    private static async Task<ScriptRun> RunBuildScriptAsync(
        IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken, params string[] arguments)
    {
        var outDir = Directory.CreateTempSubdirectory("kiofficeaddin-manifest-").FullName;
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(InOutput("addin-manifest", "build.sh"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.ArgumentList.Add(outDir);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var standardOutput = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var standardError = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return new ScriptRun(outDir, process.ExitCode, await standardOutput, await standardError);
    }

    // One packaging run serves every test that only reads its output; its folder goes when the test process ends.
    private static readonly Lazy<Task<ScriptRun>> BuiltForTestHost = new(async () =>
    {
        var run = await RunBuildScriptAsync(new Dictionary<string, string>(), CancellationToken.None, Host, ClientId);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => run.Dispose();
        return run;
    });

    /// <summary>build.sh's output for <see cref="Host"/> and <see cref="ClientId"/>; shared, so never dispose it.</summary>
    public static Task<ScriptRun> BuildForTestHostAsync() => BuiltForTestHost.Value;
}

internal sealed record ScriptRun(string OutDir, int ExitCode, string StandardOutput, string StandardError) : IDisposable
{
    public string UnifiedZip => Path.Combine(OutDir, "kiofficeaddin-unified.zip");
    public string WordXml => Path.Combine(OutDir, "kiofficeaddin-word.xml");
    public string OutlookXml => Path.Combine(OutDir, "kiofficeaddin-outlook.xml");

    public void Succeeded() => Assert.True(ExitCode == 0, $"build.sh exited with {ExitCode}: {StandardError}");

    public void Dispose()
    {
        if (Directory.Exists(OutDir))
        {
            Directory.Delete(OutDir, recursive: true);
        }
    }
}
