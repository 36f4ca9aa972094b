using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KiOfficeAddin.Api.Tests.Infrastructure;

namespace KiOfficeAddin.Api.Tests.Policy;

/// <summary>The policy file is the city's to change: edits apply without a restart, invalid edits never apply.</summary>
public sealed class PolicyReloadTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly string Shipped = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Policy", "dienstvereinbarung.policy.yaml"));

    private static (ApiFactory Factory, string PolicyPath) Start()
    {
        var folder = Directory.CreateTempSubdirectory("kiofficeaddin-policy-").FullName;
        var path = Path.Combine(folder, "policy.yaml");
        File.WriteAllText(path, Shipped);
        var factory = new ApiFactory(PolicyApiTests.TwoModels(new()
        {
            ["Policy:Path"] = path,
            ["Policy:ReloadIntervalSeconds"] = "1",
        }));
        return (factory, path);
    }

    /// <summary>Polls until the condition holds; the bound only keeps a broken reload from hanging the run.</summary>
    private static async Task<JsonElement> PollAsync(HttpClient client, string url, Func<JsonElement, bool> condition)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            using var response = await client.GetAsync(url, Cancel);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
            if (condition(body))
            {
                return body;
            }
            await Task.Delay(100, Cancel);
        }
        throw new Xunit.Sdk.XunitException($"{url} never reached the expected state");
    }

    [Fact]
    public async Task ChangedPolicyFileAppliesWithoutARestart()
    {
        var (factory, path) = Start();
        await using var _ = factory;
        using var client = factory.CreateClient();
        var before = await client.GetFromJsonAsync<JsonElement>("/api/v1/policy", Cancel);
        Assert.Equal("2026-11-29.1", before.GetProperty("version").GetString());
        using (var allowed = await client.PostAsJsonAsync("/api/v1/policy/check", new { useCase = "reply", text = "Bitte antworten." }, Cancel))
        {
            Assert.True(allowed.StatusCode == HttpStatusCode.OK, await allowed.Content.ReadAsStringAsync(Cancel));
        }

        await File.WriteAllTextAsync(path, Shipped
            .Replace("version: \"2026-11-29.1\"", "version: \"2026-12-01.1\"", StringComparison.Ordinal)
            .Replace("default: [rewrite, simplify, shorten, reply, summarize, proofread]", "default: [rewrite, simplify]", StringComparison.Ordinal), Cancel);

        var after = await PollAsync(client, "/api/v1/policy", body => body.GetProperty("version").GetString() == "2026-12-01.1");
        Assert.NotEqual(before.GetProperty("sha256").GetString(), after.GetProperty("sha256").GetString());
        using var refused = await client.PostAsJsonAsync("/api/v1/policy/check", new { useCase = "reply", text = "Bitte antworten." }, Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("use_case_not_allowed", problem.GetProperty("code").GetString());
        Assert.Equal("2026-12-01.1", problem.GetProperty("policyVersion").GetString());
    }

    [Fact]
    public async Task InvalidPolicyFileKeepsTheLastValidOneAndHealthReportsIt()
    {
        var (factory, path) = Start();
        await using var _ = factory;
        using var client = factory.CreateClient();
        var healthy = await client.GetFromJsonAsync<JsonElement>("/health", Cancel);
        Assert.Equal("Healthy", healthy.GetProperty("checks").GetProperty("policy").GetProperty("status").GetString());

        await File.WriteAllTextAsync(path, Shipped
            .Replace("version: \"2026-11-29.1\"", "version: \"2026-12-02.1\"", StringComparison.Ordinal)
            .Replace("maxInputCharacters: 20000", "maxInputCharacters: -5", StringComparison.Ordinal), Cancel);

        var health = await PollAsync(client, "/health",
            body => body.GetProperty("checks").GetProperty("policy").GetProperty("status").GetString() == "Degraded");
        Assert.Equal("Degraded", health.GetProperty("status").GetString());
        var check = health.GetProperty("checks").GetProperty("policy");
        Assert.Contains("es gilt weiter Version 2026-11-29.1", check.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("limits.maxInputCharacters", check.GetProperty("data").GetProperty("error").GetString(), StringComparison.Ordinal);
        var policy = await client.GetFromJsonAsync<JsonElement>("/api/v1/policy", Cancel);
        Assert.Equal("2026-11-29.1", policy.GetProperty("version").GetString());
        Assert.Equal(20000, policy.GetProperty("maxInputCharacters").GetInt32());

        // Repairing the file clears the report.
        await File.WriteAllTextAsync(path, Shipped, Cancel);
        await PollAsync(client, "/health",
            body => body.GetProperty("checks").GetProperty("policy").GetProperty("status").GetString() == "Healthy");
    }

    [Fact]
    public async Task InvalidPolicyFileAtStartRefusesToStartNamingTheProblem()
    {
        var folder = Directory.CreateTempSubdirectory("kiofficeaddin-policy-").FullName;
        var path = Path.Combine(folder, "policy.yaml");
        await File.WriteAllTextAsync(path, Shipped.Replace("  tax:\n", "  steuer:\n", StringComparison.Ordinal), Cancel);
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["Policy:Path"] = path });

        var error = factory.StartupFailure();

        Assert.Contains("Policy:Path", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("dataClasses.steuer is not a known data class", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingPolicyFileRefusesToStart()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["Policy:Path"] = "/nonexistent/policy.yaml" });

        var error = factory.StartupFailure();

        Assert.Contains("cannot be read", error.ToString(), StringComparison.Ordinal);
    }
}
