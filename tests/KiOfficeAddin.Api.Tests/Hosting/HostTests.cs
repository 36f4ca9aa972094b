using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KiOfficeAddin.Api.Tests.Infrastructure;

namespace KiOfficeAddin.Api.Tests.Hosting;

public sealed class HostTests
{
    [Fact]
    public async Task HealthAnswersOkWithTheStoreReachable()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("store").GetProperty("status").GetString());
    }

    [Fact]
    public async Task AliveAnswersOk()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/alive", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OpenApiDocumentIsServed()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        var document = await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        Assert.Contains("/api/v1/guard/analyze", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownRouteAnswersGermanProblemDetails()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/gibt-es-nicht", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("not_found", problem.GetProperty("code").GetString());
        Assert.Equal("Nicht gefunden", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task OversizedBodyAnswers413ProblemDetails()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["Limits:MaxRequestBodyBytes"] = "4096" });
        using var server = new KestrelHost(factory);
        var text = new string('a', 10_000);
        using var response = await server.Client.PostAsJsonAsync("/api/v1/guard/analyze", new { text, channel = "word" },
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("payload_too_large", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task MalformedJsonAnswers400ProblemDetails()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        using var content = new StringContent("{\"text\": \"Frau Meier", System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/v1/guard/analyze", content, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("\"code\":\"bad_request\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Meier", body, StringComparison.Ordinal);
    }
}
