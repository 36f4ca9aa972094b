using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KiOfficeAddin.Api.Tests.Infrastructure;

namespace KiOfficeAddin.Api.Tests.Guard;

public sealed class GuardReadabilityTests
{
    [Fact]
    public async Task AnalyzeAnswersTheReadabilityOfTheText()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        // Sie1 be-kom-men3 Geld1 | Das1 Geld1 kommt1 je-den2 Mo-nat2 | Sie1 müs-sen2 nichts1 tun1:
        // 12 words, 3 sentences, 17 syllables → FRE = 180 − 4 − 58.5 × 17/12 = 93.1
        using var response = await client.PostAsJsonAsync("/api/v1/guard/analyze",
            new { text = "Sie bekommen Geld. Das Geld kommt jeden Monat. Sie müssen nichts tun.", channel = "word" },
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var readability = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken))
            .GetProperty("readability");
        Assert.Equal(12, readability.GetProperty("words").GetInt32());
        Assert.Equal(3, readability.GetProperty("sentences").GetInt32());
        Assert.Equal(17, readability.GetProperty("syllables").GetInt32());
        Assert.InRange(readability.GetProperty("fleschReadingEase").GetDouble(), 92.1, 94.1);
        Assert.True(readability.TryGetProperty("wienerSachtextformel", out _));
        Assert.Equal("sehr leicht", readability.GetProperty("assessment").GetString());
    }
}
