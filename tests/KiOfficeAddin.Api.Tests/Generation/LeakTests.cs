using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KiOfficeAddin.Api.Tests.Infrastructure;

namespace KiOfficeAddin.Api.Tests.Generation;

/// <summary>
/// Every document of the development corpus goes through <c>/api/v1/assist</c> on both paths against a model that echoes
/// what it received: the model must see none of the labelled values, and the user must get all of them back.
/// </summary>
public sealed class LeakTests : IDisposable
{
    private readonly FakeModel model = new();
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NoLabelledValueReachesTheModelAndEveryValueComesBackOnBothPaths()
    {
        await using var factory = new ApiFactory(model.Settings());
        using var client = factory.CreateClient();
        var leaks = new List<string>();
        var lost = new List<string>();
        foreach (var document in DevCorpus.All)
        {
            foreach (var streaming in new[] { false, true })
            {
                var received = model.ReceivedBodies.Count;
                var answer = await AskAsync(client, document, streaming);
                var sent = string.Concat(model.ReceivedBodies.Skip(received).Select(Unescape));
                foreach (var entity in document.Entities)
                {
                    if (sent.Contains(entity.Text, StringComparison.Ordinal))
                    {
                        leaks.Add($"{document.Id} {entity.Category} ({(streaming ? "stream" : "json")})");
                    }
                    if (!answer.Contains(entity.Text, StringComparison.Ordinal))
                    {
                        lost.Add($"{document.Id} {entity.Category} ({(streaming ? "stream" : "json")})");
                    }
                }
            }
        }
        // Only ids and categories in the failure message: the message itself must not leak.
        Assert.True(leaks.Count == 0, $"{leaks.Count} labelled values reached the model: {string.Join("; ", leaks)}");
        Assert.True(lost.Count == 0, $"{lost.Count} values were not restored: {string.Join("; ", lost)}");
    }

    private async Task<string> AskAsync(HttpClient client, CorpusDocument document, bool streaming)
    {
        var body = AssistClient.Body(document.Text, "proofread", document.Channel);
        if (!streaming)
        {
            using var json = await AssistClient.PostJsonAsync(client, body, Cancel);
            Assert.True(json.StatusCode == HttpStatusCode.OK, $"{document.Id}: {json.StatusCode}");
            return (await json.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("text").GetString()!;
        }
        using var stream = await AssistClient.PostStreamAsync(client, body, Cancel);
        Assert.True(stream.StatusCode == HttpStatusCode.OK, $"{document.Id}: {stream.StatusCode}");
        var events = await AssistClient.ReadEventsAsync(stream, Cancel);
        Assert.Equal("done", events[^1].Name);
        return AssistClient.DeltaText(events);
    }

    /// <summary>The request body is JSON: compare against its decoded strings, not its escapes.</summary>
    private static string Unescape(string body)
    {
        using var document = JsonDocument.Parse(body);
        return string.Join("\n", document.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => m.GetProperty("content").ToString()));
    }

    public void Dispose() => model.Dispose();
}
