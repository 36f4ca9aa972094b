using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KiOfficeAddin.Api.Tests.Infrastructure;

namespace KiOfficeAddin.Api.Tests.Policy;

/// <summary>The policy gate in front of <c>/api/v1/assist</c>: a refusal never reaches the model, routing picks the approved one.</summary>
public sealed class AssistPolicyTests : IDisposable
{
    private const string Letter =
        "Sehr geehrte Frau Kunigunde Wellershoff,\n\nIhre Unterlagen sind eingegangen. Wir melden uns in zwei Wochen.\n\nMit freundlichen Grüßen";

    private readonly FakeModel cloud = new();
    private readonly FakeModel onPremises = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The default model runs in a cloud and takes public to personal data; the on-premises one also special.</summary>
    private Dictionary<string, string?> Registry(Dictionary<string, string?>? more = null)
    {
        var settings = cloud.Settings("cloud");
        settings["Llm:Models:cloud:OnPremises"] = "false";
        foreach (var index in new[] { 3, 4, 5 })
        {
            settings.Remove($"Llm:Models:cloud:DataClasses:{index}");
        }
        foreach (var (key, value) in onPremises.Settings("rechenzentrum").Where(pair => pair.Key != "Llm:DefaultModel"))
        {
            settings[key] = value;
        }
        settings.Remove("Llm:Models:rechenzentrum:DataClasses:4");
        settings.Remove("Llm:Models:rechenzentrum:DataClasses:5");
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }
        return settings;
    }

    public static TheoryData<string, string, int> Refusals => new()
    {
        { "decision", "automated_decision_refused", 422 },
        { "staff", "staff_monitoring_refused", 422 },
        { "literacy", "ai_literacy_required", 403 },
        { "social", "on_premises_required", 403 },
        { "classified", "no_approved_model", 403 },
        { "department", "use_case_not_allowed", 403 },
        { "long", "input_too_long", 422 },
        { "unknown-class", "data_class_unknown", 422 },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task RefusalReachesNoModelOnEitherPath(string situation, string code, int status)
    {
        var more = new Dictionary<string, string?>();
        var body = AssistClient.Body(Letter);
        switch (situation)
        {
            case "decision":
                body = AssistClient.Body(Letter, useCase: "summarize", instructions: "Soll der Antrag bewilligt werden?");
                break;
            case "staff":
                body = AssistClient.Body(Letter, useCase: "summarize", instructions: "Beurteile die Leistung von Kollegin Meier.");
                break;
            case "literacy":
                more["Policy:AiLiteracy:RoleName"] = "KI.Schulung.Abgeschlossen";
                break;
            case "social":
                // The on-premises model is not approved for social data; the cloud one never may be.
                more["Llm:Models:cloud:DataClasses:3"] = "social";
                body = AssistClient.Body(Letter, dataClass: "social");
                break;
            case "classified":
                body = AssistClient.Body(Letter, dataClass: "classified");
                break;
            case "department":
                more["Policy:DepartmentClaimType"] = "no-such-claim";
                more["Policy:DefaultDepartment"] = "Personalamt";
                body = AssistClient.Body(Letter, useCase: "summarize");
                break;
            case "long":
                body = AssistClient.Body(new string('a', 20_001));
                break;
            case "unknown-class":
                body = AssistClient.Body(Letter, dataClass: "streng-geheim");
                break;
        }
        await using var factory = new ApiFactory(Registry(more));
        using var client = factory.CreateClient();

        using var json = await AssistClient.PostJsonAsync(client, body, Cancel);
        using var stream = await AssistClient.PostStreamAsync(client, body, Cancel);

        foreach (var response in new[] { json, stream })
        {
            Assert.Equal(status, (int)response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
            Assert.Equal(code, problem.GetProperty("code").GetString());
            Assert.DoesNotContain("Wellershoff", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        Assert.Empty(cloud.Server.LogEntries);
        Assert.Empty(onPremises.Server.LogEntries);
    }

    [Fact]
    public async Task SpecialClassGoesOnlyToTheOnPremisesModelApprovedForIt()
    {
        await using var factory = new ApiFactory(Registry());
        using var client = factory.CreateClient();

        using var response = await AssistClient.PostJsonAsync(client, AssistClient.Body(Letter, dataClass: "special"), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("rechenzentrum", body.GetProperty("model").GetString());
        Assert.Contains(body.GetProperty("notices").EnumerateArray(), n => n.GetProperty("code").GetString() == "model_rerouted");
        Assert.Empty(cloud.Server.LogEntries);
        Assert.Single(onPremises.ReceivedBodies);
    }

    [Fact]
    public async Task PersonalLetterStaysWithTheDefaultModel()
    {
        await using var factory = new ApiFactory(Registry());
        using var client = factory.CreateClient();

        using var response = await AssistClient.PostJsonAsync(client, AssistClient.Body(Letter), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(cloud.ReceivedBodies);
        Assert.Empty(onPremises.Server.LogEntries);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("2026-11-29.1", body.GetProperty("label").GetProperty("policyVersion").GetString());
    }

    [Fact]
    public async Task SpecialCategoryCorpusDocumentsNeverReachTheCloudModel()
    {
        var special = DevCorpus.All.Where(d => d.SpecialCategories.Count > 0).ToArray();
        Assert.NotEmpty(special);
        await using var factory = new ApiFactory(Registry());
        using var client = factory.CreateClient();

        foreach (var document in special)
        {
            // The user claims the lowest class; the detector's Art. 9 evidence must raise it.
            using var response = await AssistClient.PostJsonAsync(client,
                AssistClient.Body(document.Text, channel: document.Channel, dataClass: "public"), Cancel);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{document.Id}: {(int)response.StatusCode}");
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
            Assert.True(body.GetProperty("model").GetString() == "rechenzentrum", $"{document.Id} went to {body.GetProperty("model").GetString()}");
        }
        Assert.Empty(cloud.Server.LogEntries);
        Assert.Equal(special.Length, onPremises.ReceivedBodies.Count);
    }

    public void Dispose()
    {
        cloud.Dispose();
        onPremises.Dispose();
    }
}
