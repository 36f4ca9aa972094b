using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KiOfficeAddin.Api.Generation;
using KiOfficeAddin.Api.Tests.Infrastructure;
using KiOfficeAddin.Guardrails.Pii;
using Microsoft.Extensions.DependencyInjection;

namespace KiOfficeAddin.Api.Tests.Generation;

public sealed class AssistTests : IDisposable
{
    private const string Letter =
        "Sehr geehrte Frau Kunigunde Wellershoff,\n\nIhre Überweisung auf das Konto DE02 1203 0000 0000 2020 51 ist " +
        "eingegangen. Rückfragen gern an kunigunde.wellershoff@example.org.\n\nMit freundlichen Grüßen\nIm Auftrag";

    private readonly FakeModel model = new();
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task JsonAnswerIsTheModelsAnswerWithOriginalValuesRestored()
    {
        await using var factory = new ApiFactory(model.Settings());
        using var client = factory.CreateClient();
        using var response = await AssistClient.PostJsonAsync(client, AssistClient.Body(Letter), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(Letter, body.GetProperty("text").GetString());
        Assert.Equal("fake", body.GetProperty("model").GetString());
        var sent = Assert.Single(model.ReceivedBodies);
        Assert.DoesNotContain("DE02", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("wellershoff@example.org", sent, StringComparison.Ordinal);
        Assert.Contains("[IBAN_1]", sent, StringComparison.Ordinal);
        Assert.True(body.GetProperty("protectedEntities").GetProperty("IBAN").GetInt32() >= 1);
        Assert.Matches(@"^prepare;dur=\d+\.\d{3}, model;dur=\d+\.\d{3}, label;dur=\d+\.\d{3}$", string.Join(",", response.Headers.GetValues("Server-Timing")));
    }

    [Fact]
    public async Task ThePseudonymizedTextLeavesVerbatimSoTheEgressGuardCutsItOutInsteadOfScanningItAgain()
    {
        await using var factory = new ApiFactory(model.Settings());
        using var client = factory.CreateClient();
        using var response = await AssistClient.PostJsonAsync(client, AssistClient.Body(Letter), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var detector = factory.Services.GetRequiredService<PiiDetector>();
        var pseudonymized = factory.Services.GetRequiredService<Pseudonymizer>().Pseudonymize(Letter, detector.Analyze(Letter)).Text;
        using var sent = JsonDocument.Parse(Assert.Single(model.ReceivedBodies));
        var userMessage = sent.RootElement.GetProperty("messages").EnumerateArray()
            .Last(m => m.GetProperty("role").GetString() == "user").GetProperty("content").GetString()!;
        Assert.True(pseudonymized.Length >= PseudonymizedTextRegistry.MinimumLength);
        Assert.Contains(pseudonymized, userMessage, StringComparison.Ordinal);
        // Once the request is over, its text is no longer trusted.
        Assert.Equal(userMessage, factory.Services.GetRequiredService<PseudonymizedTextRegistry>().CutOut(userMessage));
    }

    [Fact]
    public async Task NamesTheUserMarksAreProtectedOnBothPathsAndComeBack()
    {
        const string text = "Guten Tag,\n\nlaut Klingelschild wohnt über uns Zyxbrand. Bei Zyxbrand läuft jede Nacht laute Musik.\n\nDanke";
        await using var factory = new ApiFactory(model.Settings());
        using var client = factory.CreateClient();
        var body = new { useCase = "proofread", text, channel = "outlook", protectNames = new[] { "Zyxbrand" } };

        using var json = await AssistClient.PostJsonAsync(client, body, Cancel);
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        var answer = await json.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(text, answer.GetProperty("text").GetString());
        Assert.Equal(1, answer.GetProperty("protectedEntities").GetProperty("PERSON").GetInt32());

        using var stream = await AssistClient.PostStreamAsync(client, body, Cancel);
        Assert.Equal(text, AssistClient.DeltaText(await AssistClient.ReadEventsAsync(stream, Cancel)));

        Assert.Equal(2, model.ReceivedBodies.Count);
        Assert.All(model.ReceivedBodies, sent => Assert.DoesNotContain("Zyxbrand", sent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnOverlongListOfNamesToProtectIsRefusedInGermanBeforeAnyModelCall()
    {
        await using var factory = new ApiFactory(model.Settings());
        using var client = factory.CreateClient();
        var body = new { useCase = "proofread", text = Letter, channel = "word", protectNames = Enumerable.Range(0, 21).Select(i => "Name" + i).ToArray() };

        using var response = await AssistClient.PostJsonAsync(client, body, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("protect_names_invalid", problem.GetProperty("code").GetString());
        Assert.Contains("höchstens 20 Namen", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(model.ReceivedBodies);
    }

    [Fact]
    public async Task StreamSendsDeltasThenDoneAndRestoresTheText()
    {
        await using var factory = new ApiFactory(model.Settings());
        using var client = factory.CreateClient();
        using var response = await AssistClient.PostStreamAsync(client, AssistClient.Body(Letter), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches(@"^prepare;dur=\d+\.\d{3}, first;dur=\d+\.\d{3}$", string.Join(",", response.Headers.GetValues("Server-Timing")));
        var events = await AssistClient.ReadEventsAsync(response, Cancel);
        Assert.True(events.Count(e => e.Name == "delta") > 1, "the answer should arrive in several deltas");
        Assert.Equal("done", events[^1].Name);
        Assert.Equal(Letter, AssistClient.DeltaText(events));
    }

    [Fact]
    public async Task ChatterAroundTheAnswerIsStripped()
    {
        model.Echo(text => "Gerne! Hier ist der umformulierte Text:\n\n" + text + "\n\nIch hoffe, das hilft Ihnen weiter!");
        await using var factory = new ApiFactory(model.Settings());
        using var client = factory.CreateClient();

        using var json = await AssistClient.PostJsonAsync(client, AssistClient.Body(Letter), Cancel);
        Assert.Equal(Letter, (await json.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("text").GetString());

        using var stream = await AssistClient.PostStreamAsync(client, AssistClient.Body(Letter), Cancel);
        Assert.Equal(Letter, AssistClient.DeltaText(await AssistClient.ReadEventsAsync(stream, Cancel)));
    }

    [Fact]
    public async Task TemplatesListTheLeitfadenInGerman()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        var templates = await client.GetFromJsonAsync<JsonElement>("/api/v1/templates", Cancel);
        var ids = templates.EnumerateArray().Select(t => t.GetProperty("id").GetString()).ToArray();
        Assert.Equal(["rewrite", "simplify", "shorten", "reply", "summarize", "proofread"], ids);
        var rewrite = templates.EnumerateArray().First();
        Assert.Equal("Umformulieren", rewrite.GetProperty("title").GetString());
        Assert.Contains("bürgernah", rewrite.GetProperty("tones").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("personal", rewrite.GetProperty("defaultDataClass").GetString());
    }

    [Fact]
    public async Task WithoutAnyModelGenerationExplainsHowToConnectOneAndTheRestWorks()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        using var response = await AssistClient.PostJsonAsync(client, AssistClient.Body(Letter), Cancel);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("no_model_configured", problem.GetProperty("code").GetString());
        Assert.Contains("Llm:Models", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var analyze = await client.PostAsJsonAsync("/api/v1/guard/analyze", new { text = Letter, channel = "word" }, Cancel);
        Assert.Equal(HttpStatusCode.OK, analyze.StatusCode);
        using var health = await client.GetAsync("/health", Cancel);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task UnapprovedModelIsNeverCalled()
    {
        await using var factory = new ApiFactory(model.Settings(approved: false));
        using var client = factory.CreateClient();
        using var json = await AssistClient.PostJsonAsync(client, AssistClient.Body(Letter), Cancel);
        using var stream = await AssistClient.PostStreamAsync(client, AssistClient.Body(Letter), Cancel);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, json.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, stream.StatusCode);
        Assert.Empty(model.Server.LogEntries);
    }

    [Fact]
    public async Task IncompleteModelEntryIsNeverCalled()
    {
        var settings = model.Settings();
        settings["Llm:Models:fake:Model"] = null;
        await using var factory = new ApiFactory(settings);
        using var client = factory.CreateClient();
        using var response = await AssistClient.PostJsonAsync(client, AssistClient.Body(Letter), Cancel);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(model.Server.LogEntries);
    }

    [Theory]
    [InlineData("{\"useCase\":\"gibtsnicht\",\"text\":\"Hallo\",\"channel\":\"word\"}", "use_case_unknown")]
    [InlineData("{\"useCase\":\"rewrite\",\"text\":\"  \",\"channel\":\"word\"}", "text_missing")]
    [InlineData("{\"useCase\":\"rewrite\",\"text\":\"Hallo\",\"channel\":\"excel\"}", "channel_invalid")]
    [InlineData("{\"useCase\":\"rewrite\",\"text\":\"Hallo\",\"channel\":\"word\",\"tone\":\"frech\"}", "tone_invalid")]
    [InlineData("{\"useCase\":\"reply\",\"text\":\"Hallo\",\"channel\":\"outlook\"}", "key_points_missing")]
    public async Task InvalidRequestsGetGermanProblemsAndNoModelCall(string json, string code)
    {
        await using var factory = new ApiFactory(model.Settings());
        using var client = factory.CreateClient();
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/v1/assist", content, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Empty(model.Server.LogEntries);
    }

    [Fact]
    public async Task AnEventStreamClientStillGetsProblemDetailsForARefusal()
    {
        await using var factory = new ApiFactory(model.Settings());
        using var client = factory.CreateClient();
        using var response = await AssistClient.PostStreamAsync(client, AssistClient.Body("Hallo", "reply", "outlook"), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("key_points_missing", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task ReplyPseudonymisesTheKeyPointsWithTheSameMapAsTheMail()
    {
        const string mail = "Sehr geehrte Damen und Herren,\nmeine IBAN lautet DE02 1203 0000 0000 2020 51.\nViele Grüße";
        await using var factory = new ApiFactory(model.Settings());
        using var client = factory.CreateClient();
        using var response = await AssistClient.PostJsonAsync(client,
            AssistClient.Body(mail, "reply", "outlook", instructions: "Erstattung auf DE02 1203 0000 0000 2020 51 bestätigen"), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(model.ReceivedBodies);
        Assert.DoesNotContain("2020 51", sent, StringComparison.Ordinal);
        Assert.Equal(2, sent.Split("[IBAN_1]").Length - 1);
    }

    [Fact]
    public async Task InventedPlaceholdersStayVisibleWithANotice()
    {
        model.Echo(text => text + "\n\nKopie an [PERSON_9].");
        await using var factory = new ApiFactory(model.Settings());
        using var client = factory.CreateClient();
        using var response = await AssistClient.PostJsonAsync(client, AssistClient.Body(Letter), Cancel);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.EndsWith("Kopie an [PERSON_9].", body.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains(body.GetProperty("notices").EnumerateArray(), n => n.GetProperty("code").GetString() == "unknown_placeholder");
    }

    public void Dispose() => model.Dispose();
}
