using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KiOfficeAddin.Api.Auth;
using KiOfficeAddin.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace KiOfficeAddin.Api.Tests.Policy;

public sealed class PolicyApiTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A cloud default approved up to personal data, and an on-premises model approved for special categories.</summary>
    internal static Dictionary<string, string?> TwoModels(Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Llm:DefaultModel"] = "cloud",
            ["Llm:Models:cloud:Endpoint"] = "https://cloud.example/v1",
            ["Llm:Models:cloud:Model"] = "gpt",
            ["Llm:Models:cloud:Approved"] = "true",
            ["Llm:Models:cloud:OnPremises"] = "false",
            ["Llm:Models:cloud:DataClasses:0"] = "public",
            ["Llm:Models:cloud:DataClasses:1"] = "internal",
            ["Llm:Models:cloud:DataClasses:2"] = "personal",
            ["Llm:Models:rechenzentrum:Endpoint"] = "http://llm.intern:8000/v1",
            ["Llm:Models:rechenzentrum:Model"] = "llama",
            ["Llm:Models:rechenzentrum:Approved"] = "true",
            ["Llm:Models:rechenzentrum:OnPremises"] = "true",
            ["Llm:Models:rechenzentrum:DataClasses"] = "personal,special",
        };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }
        return settings;
    }

    private static Task<HttpResponseMessage> Check(HttpClient client, object body) =>
        client.PostAsJsonAsync("/api/v1/policy/check", body, Cancel);

    [Fact]
    public async Task PolicyShowsRulesDataClassesLinksVersionAndTheUsersStatus()
    {
        await using var factory = new ApiFactory(TwoModels());
        using var client = factory.CreateClient();

        var policy = await client.GetFromJsonAsync<JsonElement>("/api/v1/policy", Cancel);

        Assert.False(string.IsNullOrWhiteSpace(policy.GetProperty("version").GetString()));
        Assert.Equal(64, policy.GetProperty("sha256").GetString()!.Length);
        var classes = policy.GetProperty("dataClasses").EnumerateArray().ToArray();
        Assert.Equal(7, classes.Length);
        Assert.Contains(classes, c => c.GetProperty("id").GetString() == "social"
            && c.GetProperty("name").GetString() == "Sozialgeheimnis" && c.GetProperty("onPremisesOnly").GetBoolean());
        Assert.Contains(policy.GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == "automated_decision_refused"
            && r.GetProperty("text").GetString()!.Contains("entscheidet nicht", StringComparison.Ordinal));
        Assert.Equal(["leitfaden", "elearning", "dienstvereinbarung"],
            policy.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("id").GetString()).ToArray());
        var user = policy.GetProperty("user");
        Assert.True(user.GetProperty("trained").GetBoolean());
        Assert.True(user.GetProperty("mayGenerate").GetBoolean());
        Assert.Equal(DevelopmentUser.Department, user.GetProperty("department").GetString());
        Assert.Contains("reply", user.GetProperty("allowedUseCases").EnumerateArray().Select(u => u.GetString()));
        var models = policy.GetProperty("approvedModels").EnumerateArray().ToArray();
        Assert.Equal(["personal", "special"], models.Single(m => m.GetProperty("name").GetString() == "rechenzentrum")
            .GetProperty("dataClasses").EnumerateArray().Select(c => c.GetString()).ToArray());
        Assert.Equal("KI-unterstützt erstellt – bitte prüfen", policy.GetProperty("labelling").GetProperty("visibleText").GetString());
    }

    [Fact]
    public async Task CheckRoutesSpecialDataToTheOnPremisesModel()
    {
        await using var factory = new ApiFactory(TwoModels());
        using var client = factory.CreateClient();

        using var response = await Check(client, new { useCase = "rewrite", text = "Bitte freundlicher formulieren.", dataClass = "special" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var decision = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("rechenzentrum", decision.GetProperty("model").GetString());
        Assert.Equal("model_rerouted", decision.GetProperty("ruleId").GetString());
        Assert.Equal("special", decision.GetProperty("dataClass").GetString());
    }

    [Fact]
    public async Task SocialDataWithoutAnOnPremisesModelApprovedForItIsRefused()
    {
        await using var factory = new ApiFactory(TwoModels());
        using var client = factory.CreateClient();

        using var response = await Check(client, new { useCase = "rewrite", text = "Bitte freundlicher formulieren.", dataClass = "social" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("no_approved_model", problem.GetProperty("code").GetString());
        Assert.Contains("Sozialgeheimnis", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(64, problem.GetProperty("policySha256").GetString()!.Length);
    }

    [Fact]
    public async Task DecisionRequestIsRefusedAs422WithTheRuleAndWithoutEchoingTheText()
    {
        await using var factory = new ApiFactory(TwoModels());
        using var client = factory.CreateClient();

        using var response = await Check(client, new
        {
            useCase = "summarize",
            text = "Antrag von Frau Wilhelmine Zabel auf Wohngeld.",
            instructions = "Soll der Antrag bewilligt werden?",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal("automated_decision_refused", problem.RootElement.GetProperty("code").GetString());
        Assert.Contains("Art. 22 DSGVO", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Zabel", body, StringComparison.Ordinal);
        Assert.DoesNotContain("bewilligt werden", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutModelsTheCheckAnswersNoModelConfigured()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();

        using var response = await Check(client, new { useCase = "rewrite", text = "Bitte kürzen." });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("no_model_configured", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task UserWithoutTrainingGets403WithTheCourseLink()
    {
        await using var factory = new ApiFactory(TwoModels(new()
        {
            ["Policy:AiLiteracy:RoleName"] = "KI.Schulung.Abgeschlossen",
            ["Policy:AiLiteracy:AcceptAcknowledgement"] = "false",
        }));
        using var client = factory.CreateClient();

        using var response = await Check(client, new { useCase = "rewrite", text = "Bitte kürzen." });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("ai_literacy_required", problem.GetProperty("code").GetString());
        Assert.Equal("https://lernen.arnsberg.example/kurse/ki-kompetenz", problem.GetProperty("link").GetProperty("url").GetString());
        Assert.Contains("E-Learning", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var user = (await client.GetFromJsonAsync<JsonElement>("/api/v1/policy", Cancel)).GetProperty("user");
        Assert.False(user.GetProperty("trained").GetBoolean());
        Assert.False(user.GetProperty("mayGenerate").GetBoolean());
        Assert.False(user.GetProperty("canAcknowledge").GetBoolean());
    }

    [Fact]
    public async Task ExpiredTrainingClaimGets403Expired()
    {
        await using var factory = new ApiFactory(TwoModels(new()
        {
            ["Policy:AiLiteracy:ExpiryClaimType"] = ApiClaims.Scope,
        }));
        using var client = factory.CreateClient();

        // The development user's scope claim ("access_as_user") is no date: an unreadable expiry counts as expired.
        using var response = await Check(client, new { useCase = "rewrite", text = "Bitte kürzen." });

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("ai_literacy_expired", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task InDevelopmentARecordedAcknowledgementUnlocksGenerationAndStoresNoIdentity()
    {
        await using var factory = new ApiFactory(TwoModels(new() { ["Policy:AiLiteracy:RoleName"] = "KI.Schulung.Abgeschlossen" }));
        using var client = factory.CreateClient();

        using (var before = await Check(client, new { useCase = "rewrite", text = "Bitte kürzen." }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        }
        Assert.True((await client.GetFromJsonAsync<JsonElement>("/api/v1/policy", Cancel)).GetProperty("user").GetProperty("canAcknowledge").GetBoolean());

        using var acknowledgement = await client.PostAsync("/api/v1/policy/acknowledgement", null, Cancel);
        Assert.Equal(HttpStatusCode.OK, acknowledgement.StatusCode);

        using var after = await Check(client, new { useCase = "rewrite", text = "Bitte kürzen." });
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        var user = (await client.GetFromJsonAsync<JsonElement>("/api/v1/policy", Cancel)).GetProperty("user");
        Assert.Equal("acknowledged", user.GetProperty("literacy").GetString());

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.Folder, "store.db")}");
        await connection.OpenAsync(Cancel);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT user_pseudonym, policy_version, policy_sha256, acknowledged_hour FROM policy_acknowledgement";
        await using var reader = await command.ExecuteReaderAsync(Cancel);
        Assert.True(await reader.ReadAsync(Cancel));
        Assert.Equal(64, reader.GetString(0).Length);
        Assert.DoesNotContain(DevelopmentUser.ObjectId, reader.GetString(0), StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith(":00Z", reader.GetString(3), StringComparison.Ordinal);
        Assert.False(await reader.ReadAsync(Cancel));
    }

    [Fact]
    public async Task AcknowledgementsOutsideDevelopmentRefuseToStart()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?>
        {
            ["Auth:Mode"] = "EntraId",
            ["AzureAd:TenantId"] = "11111111-1111-1111-1111-111111111111",
            ["AzureAd:ClientId"] = "22222222-2222-2222-2222-222222222222",
            ["Policy:AiLiteracy:AcceptAcknowledgement"] = "true",
            ["Policy:AiLiteracy:AcknowledgementKey"] = new string('k', 40),
        }, "Production");

        var error = factory.StartupFailure();

        Assert.Contains("Policy:AiLiteracy:AcceptAcknowledgement", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DepartmentClaimRestrictsUseCases()
    {
        await using var factory = new ApiFactory(TwoModels(new() { ["Policy:DepartmentClaimType"] = "no-such-claim", ["Policy:DefaultDepartment"] = "Personalamt" }));
        using var client = factory.CreateClient();

        using var response = await Check(client, new { useCase = "reply", text = "Bitte antworten." });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("use_case_not_allowed", problem.GetProperty("code").GetString());
    }
}
