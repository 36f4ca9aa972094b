using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace KiOfficeAddin.TaskPane.Tests.Infrastructure;

/// <summary>
/// An OpenAI-compatible model on a local port (WireMock.Net). It answers <c>/v1/chat/completions</c> as JSON or, when the
/// request asks for <c>stream</c>, as server-sent chunks; the answer repeats the placeholders it received, as a real
/// model does, so the server's restoration is exercised.
/// </summary>
public sealed partial class FakeModel : IDisposable
{
    private readonly WireMockServer server = WireMockServer.Start();

    public FakeModel() => AnswersNormally();

    /// <summary>Base address as an OpenAI client expects it, ending in <c>/v1</c>.</summary>
    public string Endpoint => server.Urls[0] + "/v1";

    /// <summary>Every request body the model received.</summary>
    public IReadOnlyList<string> RequestBodies =>
        server.LogEntries.Select(entry => entry.RequestMessage.Body ?? string.Empty).ToArray();

    /// <summary>The answer a citizen-letter model would give, built around the placeholders of the user's text.</summary>
    public static string AnswerFor(IReadOnlyList<string> placeholders) =>
        "Guten Tag,\n\nvielen Dank für Ihre Nachricht. Ihre Angaben " +
        (placeholders.Count > 0 ? $"({string.Join(", ", placeholders)}) " : string.Empty) +
        "haben wir erhalten und bearbeiten sie zügig.\n\nFreundliche Grüße\nIhre Stadtverwaltung";

    public void AnswersNormally(TimeSpan? delay = null)
    {
        server.Reset();
        var response = Response.Create().WithCallback(Answer);
        if (delay is { } wait)
        {
            response = response.WithDelay(wait);
        }
        server.Given(Request.Create().WithPath("/v1/chat/completions").UsingPost()).RespondWith(response);
    }

    public void FailsWith(int status)
    {
        server.Reset();
        server.Given(Request.Create().WithPath("/v1/chat/completions").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json")
                .WithBody("""{"error":{"message":"fake model failure","type":"server_error"}}"""));
    }

    private static ResponseMessage Answer(IRequestMessage request)
    {
        using var body = JsonDocument.Parse(request.Body ?? "{}");
        var root = body.RootElement;
        var stream = root.TryGetProperty("stream", out var flag) && flag.ValueKind == JsonValueKind.True;
        var answer = AnswerFor(PlaceholdersInLastUserMessage(root));
        return stream ? StreamOf(answer) : JsonOf(answer);
    }

    private static List<string> PlaceholdersInLastUserMessage(JsonElement root)
    {
        if (!root.TryGetProperty("messages", out var messages))
        {
            return [];
        }
        var user = messages.EnumerateArray().LastOrDefault(m => m.GetProperty("role").GetString() == "user");
        if (user.ValueKind == JsonValueKind.Undefined)
        {
            return [];
        }
        var content = user.GetProperty("content");
        var text = content.ValueKind == JsonValueKind.String
            ? content.GetString() ?? string.Empty
            : string.Join("\n", content.EnumerateArray().Select(part => part.TryGetProperty("text", out var t) ? t.GetString() : null));
        return Placeholder().Matches(text).Select(m => m.Value).Distinct().ToList();
    }

    private static ResponseMessage JsonOf(string answer)
    {
        var json = new JsonObject
        {
            ["id"] = "chatcmpl-fake",
            ["object"] = "chat.completion",
            ["created"] = 1_780_000_000,
            ["model"] = "fake-model",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = answer },
                ["finish_reason"] = "stop",
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 50, ["completion_tokens"] = 40, ["total_tokens"] = 90 },
        };
        return Message("application/json", json.ToJsonString());
    }

    private static ResponseMessage StreamOf(string answer)
    {
        var events = new StringBuilder();
        void Chunk(JsonObject delta, string? finish)
        {
            var chunk = new JsonObject
            {
                ["id"] = "chatcmpl-fake",
                ["object"] = "chat.completion.chunk",
                ["created"] = 1_780_000_000,
                ["model"] = "fake-model",
                ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = finish }),
            };
            events.Append("data: ").Append(chunk.ToJsonString()).Append("\n\n");
        }
        Chunk(new JsonObject { ["role"] = "assistant", ["content"] = string.Empty }, null);
        // Pieces of a few words, cut mid-placeholder too, as real token streams are.
        for (var index = 0; index < answer.Length; index += 12)
        {
            Chunk(new JsonObject { ["content"] = answer.Substring(index, Math.Min(12, answer.Length - index)) }, null);
        }
        Chunk([], "stop");
        events.Append("data: [DONE]\n\n");
        return Message("text/event-stream", events.ToString());
    }

    private static ResponseMessage Message(string contentType, string body) => new()
    {
        StatusCode = (int)HttpStatusCode.OK,
        Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new(contentType) },
        BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
    };

    [GeneratedRegex(@"[\[\{«<]{1,2}[A-Z][A-Z_]{1,30}_\d{1,4}[\]\}»>]{1,2}")]
    private static partial Regex Placeholder();

    // A delayed answer of the cancel test may still be pending; stopping waits for it, so the wait is bounded.
    public void Dispose() => Task.Run(server.Stop).Wait(TimeSpan.FromSeconds(3));
}
