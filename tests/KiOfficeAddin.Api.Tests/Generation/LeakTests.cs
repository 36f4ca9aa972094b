using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KiOfficeAddin.Api.Tests.Infrastructure;
using KiOfficeAddin.Guardrails.Pii;

namespace KiOfficeAddin.Api.Tests.Generation;

/// <summary>
/// Every document of the development corpus and of our held-out set goes through <c>/api/v1/assist</c> on both paths
/// against a model that echoes what it received: the model must see none of the labelled values, and the user must get
/// all of them back.
/// </summary>
public sealed class LeakTests : IDisposable
{
    private readonly FakeModel model = new();
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NoLabelledValueOfTheDevelopmentCorpusReachesTheModelAndEveryValueComesBackOnBothPaths()
    {
        var (leaks, lost) = await SendAllAsync(DevCorpus.All, excused: null);

        // Only ids and categories in the failure message: the message itself must not leak.
        Assert.True(leaks.Count == 0, $"{leaks.Count} labelled values reached the model: {string.Join("; ", leaks)}");
        Assert.True(lost.Count == 0, $"{lost.Count} values were not restored: {string.Join("; ", lost)}");
    }

    /// <summary>
    /// On letters the detector was not tuned on, the pipeline must add no leak of its own: every value the detector
    /// finds stays away from the model on both paths, and everything comes back. What the detector misses there is
    /// judged by FreshCorpusTests (recall ≥ 0.97) and listed in bench/README.md, not excused silently: the count is
    /// bounded here too.
    /// </summary>
    [Fact]
    public async Task OnHeldOutLettersThePipelineLeaksNothingTheDetectorFound()
    {
        var detector = new PiiDetector();
        var missed = new HashSet<string>(StringComparer.Ordinal);
        var labelled = 0;
        foreach (var document in DevCorpus.HeldOut)
        {
            var found = detector.Analyze(document.Text).Entities;
            foreach (var entity in document.Entities)
            {
                labelled++;
                if (!found.Any(f => f.Start <= entity.Start && f.End >= entity.End))
                {
                    // By value: a name found once and missed once reaches the model through the missed mention.
                    missed.Add(document.Id + "/" + entity.Text);
                }
            }
        }

        var (leaks, lost) = await SendAllAsync(DevCorpus.HeldOut, missed);

        Assert.True(leaks.Count == 0, $"{leaks.Count} values the detector found reached the model: {string.Join("; ", leaks)}");
        Assert.True(lost.Count == 0, $"{lost.Count} values were not restored: {string.Join("; ", lost)}");
        Assert.True(missed.Count <= labelled * 3 / 100, $"the detector missed {missed.Count} of {labelled} held-out values (more than 3 %)");
    }

    private async Task<(List<string> Leaks, List<string> Lost)> SendAllAsync(IEnumerable<CorpusDocument> documents, HashSet<string>? excused)
    {
        await using var factory = new ApiFactory(model.Settings());
        using var client = factory.CreateClient();
        var leaks = new List<string>();
        var lost = new List<string>();
        foreach (var document in documents)
        {
            foreach (var streaming in new[] { false, true })
            {
                var received = model.ReceivedBodies.Count;
                var answer = await AskAsync(client, document, streaming);
                var sent = string.Concat(model.ReceivedBodies.Skip(received).Select(Unescape));
                foreach (var entity in document.Entities)
                {
                    // "am Freitag" beside "Frau Freitag": the weekday may reach the model, the person may not.
                    var unlabelled = WordOccurrences(document.Text, entity.Text) - document.Entities.Count(e => e.Text == entity.Text);
                    if (WordOccurrences(sent, entity.Text) > unlabelled && excused?.Contains(document.Id + "/" + entity.Text) != true)
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
        return (leaks, lost);
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

    /// <summary>
    /// How often <paramref name="value"/> occurs on its own, not inside a longer word: "Vogel" in "Vogelvoliere" is a
    /// bird cage, not the name.
    /// </summary>
    private static int WordOccurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            var end = at + value.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                count++;
            }
        }
        return count;
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
