using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Text.Json;

namespace KiOfficeAddin.Api.Tests.Infrastructure;

public sealed record SseEvent(string Name, JsonElement Data);

/// <summary>Calls <c>/api/v1/assist</c> the way the task pane does: JSON or an event stream.</summary>
public static class AssistClient
{
    public static object Body(string text, string useCase = "rewrite", string channel = "word", string? tone = null,
        string? instructions = null, string? dataClass = null) =>
        new { useCase, text, channel, tone, instructions, dataClass };

    public static Task<HttpResponseMessage> PostJsonAsync(HttpClient client, object body, CancellationToken cancellationToken) =>
        client.PostAsJsonAsync("/api/v1/assist", body, cancellationToken);

    public static async Task<HttpResponseMessage> PostStreamAsync(HttpClient client, object body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/assist") { Content = JsonContent.Create(body) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }

    public static async Task<IReadOnlyList<SseEvent>> ReadEventsAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var events = new List<SseEvent>();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        await foreach (var item in SseParser.Create(stream).EnumerateAsync(cancellationToken))
        {
            using var data = JsonDocument.Parse(item.Data);
            events.Add(new SseEvent(item.EventType, data.RootElement.Clone()));
        }
        return events;
    }

    public static string DeltaText(IEnumerable<SseEvent> events) =>
        string.Concat(events.Where(e => e.Name == "delta").Select(e => e.Data.GetProperty("text").GetString()));
}
