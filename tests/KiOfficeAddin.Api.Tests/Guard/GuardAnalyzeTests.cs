using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KiOfficeAddin.Api.Tests.Infrastructure;

namespace KiOfficeAddin.Api.Tests.Guard;

public sealed class GuardAnalyzeTests
{
    private const string Email = "kunigunde.przybylski@example.org";
    private const string Iban = "DE02 1203 0000 0000 2020 51";

    // A wave (outside the BMP: two UTF-16 units) and umlauts before the data, so code-point offsets would be wrong.
    private static readonly string Letter =
        $"👋 Grüße! Bitte schreiben Sie an {Email}, Erstattung auf {Iban}. Nochmals: {Email}.";

    private static readonly Dictionary<string, string?> Verbose = new()
    {
        ["Serilog:MinimumLevel:Default"] = "Verbose",
        ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Verbose",
        ["Serilog:MinimumLevel:Override:Microsoft"] = "Verbose",
    };

    [Fact]
    public async Task PruefenShowsTheNamesTheUserMarkedAsProtected()
    {
        const string text = "Laut Klingelschild wohnt dort Zyxbrand.";
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/v1/guard/analyze",
            new { text, channel = "outlook", protectNames = new[] { "Zyxbrand" } }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var entity = Assert.Single(body.GetProperty("entities").EnumerateArray());
        Assert.Equal("PERSON", entity.GetProperty("category").GetString());
        Assert.Equal("Zyxbrand", text[entity.GetProperty("start").GetInt32()..entity.GetProperty("end").GetInt32()]);
        Assert.Equal("Laut Klingelschild wohnt dort [PERSON_1].", body.GetProperty("pseudonymizedText").GetString());
    }

    [Fact]
    public async Task TheAnswerHasTheContractShape()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/v1/guard/analyze", new { text = Letter, channel = "outlook" },
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(["entities", "specialCategories", "pseudonymizedText", "readability"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Array, body.GetProperty("specialCategories").ValueKind);
        var entity = body.GetProperty("entities").EnumerateArray().First();
        Assert.Equal(["category", "start", "end", "placeholder"], entity.EnumerateObject().Select(p => p.Name));
        var pseudonymized = body.GetProperty("pseudonymizedText").GetString()!;
        Assert.DoesNotContain(Email, pseudonymized, StringComparison.Ordinal);
        Assert.DoesNotContain(Iban, pseudonymized, StringComparison.Ordinal);
        Assert.Contains("[EMAIL_1]", pseudonymized, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OffsetsAreStringIndicesIntoTheOriginalText()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();

        var body = await AnalyzeAsync(client, Letter, "word");

        var entities = body.GetProperty("entities").EnumerateArray()
            .Select(e => (Category: e.GetProperty("category").GetString()!, Start: e.GetProperty("start").GetInt32(),
                End: e.GetProperty("end").GetInt32(), Placeholder: e.GetProperty("placeholder").GetString()!))
            .ToList();
        var emails = entities.Where(e => e.Category == "EMAIL").ToList();
        Assert.Equal(2, emails.Count);
        Assert.All(emails, e => Assert.Equal(Email, Letter[e.Start..e.End]));
        Assert.All(emails, e => Assert.Equal("[EMAIL_1]", e.Placeholder));
        var iban = Assert.Single(entities, e => e.Category == "IBAN");
        Assert.Equal(Iban, Letter[iban.Start..iban.End]);
        Assert.Equal("[IBAN_1]", iban.Placeholder);
        // Sorted and disjoint, and the text between them is what the pseudonymised text keeps.
        for (var i = 1; i < entities.Count; i++)
        {
            Assert.True(entities[i - 1].End <= entities[i].Start);
        }
        var pseudonymized = body.GetProperty("pseudonymizedText").GetString()!;
        Assert.StartsWith(Letter[..entities[0].Start] + entities[0].Placeholder, pseudonymized, StringComparison.Ordinal);
        Assert.EndsWith(entities[^1].Placeholder + Letter[entities[^1].End..], pseudonymized, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATextWithoutPersonalDataComesBackUnchanged()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();

        var body = await AnalyzeAsync(client, "Die Sitzung beginnt um 10 Uhr.", "word");

        Assert.Empty(body.GetProperty("entities").EnumerateArray());
        Assert.Equal("Die Sitzung beginnt um 10 Uhr.", body.GetProperty("pseudonymizedText").GetString());
    }

    public static TheoryData<string, HttpStatusCode, string> InvalidRequests => new()
    {
        { """{"channel":"word"}""", HttpStatusCode.BadRequest, "text_missing" },
        { """{"text":"","channel":"word"}""", HttpStatusCode.BadRequest, "text_missing" },
        { """{"text":null,"channel":"outlook"}""", HttpStatusCode.BadRequest, "text_missing" },
        { """{"text":"Hallo"}""", HttpStatusCode.BadRequest, "channel_invalid" },
        { """{"text":"Hallo","channel":"excel"}""", HttpStatusCode.BadRequest, "channel_invalid" },
        { """{"text":"Hallo","channel":""}""", HttpStatusCode.BadRequest, "channel_invalid" },
        { $$"""{"text":"{{new string('x', 101)}}","channel":"word"}""", HttpStatusCode.RequestEntityTooLarge, "text_too_long" },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task InvalidRequestsAnswerGermanProblemDetailsWithAStableCode(string json, HttpStatusCode status, string code)
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["Guard:MaxTextLength"] = "100" });
        using var client = factory.CreateClient();
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/v1/guard/analyze", content, TestContext.Current.CancellationToken);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal($"https://kiofficeaddin.example/probleme/{code}", problem.GetProperty("type").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Contains(problem.GetProperty("title").GetString()!, new[] { "Text fehlt", "Kanal ungültig", "Text zu lang" });
        Assert.DoesNotContain("xxxxxxxx", problem.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLimitIsTheConfiguredNumberOfCharactersNotBytes()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["Guard:MaxTextLength"] = "100" });
        using var client = factory.CreateClient();

        // 100 umlauts are 200 bytes in UTF-8 but 100 characters: allowed.
        using var response = await client.PostAsJsonAsync("/api/v1/guard/analyze",
            new { text = new string('ü', 100), channel = "word" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AnInvalidLimitStopsTheServerAtStart()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["Guard:MaxTextLength"] = "0" });

        var error = factory.StartupFailure();

        Assert.Contains("MaxTextLength", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTextAppearsInNoLogEvent()
    {
        const string marker = "Zwetschgendatschirezeptur";
        var factory = new ApiFactory(Verbose);
        using (var client = factory.CreateClient())
        {
            var text = $"{marker}: Sehr geehrte Frau Wellershoff, {Letter}";
            await AnalyzeAsync(client, text, "word");
            using var tooLong = await client.PostAsJsonAsync("/api/v1/guard/analyze",
                new { text = marker + new string('y', 200_001), channel = "word" }, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLong.StatusCode);
            using var badChannel = await client.PostAsJsonAsync("/api/v1/guard/analyze",
                new { text = marker, channel = marker }, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.BadRequest, badChannel.StatusCode);
        }
        var log = await factory.StopAndReadLogAsync();

        Assert.Contains("Guard analysis protected", log, StringComparison.Ordinal);
        Assert.DoesNotContain(marker, log, StringComparison.Ordinal);
        Assert.DoesNotContain("Wellershoff", log, StringComparison.Ordinal);
        Assert.DoesNotContain("przybylski", log, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("2020 51", log, StringComparison.Ordinal);
        Assert.DoesNotContain("[EMAIL_1]", log, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> AnalyzeAsync(HttpClient client, string text, string channel)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/guard/analyze", new { text, channel },
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }
}
