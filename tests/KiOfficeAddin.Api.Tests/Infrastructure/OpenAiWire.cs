using System.Text;
using System.Text.Json;

namespace KiOfficeAddin.Api.Tests.Infrastructure;

/// <summary>The OpenAI chat completions wire format, as a fake model speaks it.</summary>
public static class OpenAiWire
{
    /// <summary>The content of the last user message of a request body (string or content parts).</summary>
    public static string LastUserMessage(string requestBody)
    {
        using var document = JsonDocument.Parse(requestBody);
        var last = document.RootElement.GetProperty("messages").EnumerateArray()
            .Last(m => m.GetProperty("role").GetString() == "user");
        var content = last.GetProperty("content");
        return content.ValueKind == JsonValueKind.String
            ? content.GetString()!
            : string.Concat(content.EnumerateArray().Select(p => p.GetProperty("text").GetString()));
    }

    /// <summary>A message's content as text, whether a string or content parts.</summary>
    public static string TextOf(JsonElement content) =>
        content.ValueKind == JsonValueKind.String
            ? content.GetString()!
            : string.Concat(content.EnumerateArray().Select(p => p.GetProperty("text").GetString()));

    public static bool IsStreaming(string requestBody)
    {
        using var document = JsonDocument.Parse(requestBody);
        return document.RootElement.TryGetProperty("stream", out var stream) && stream.ValueKind == JsonValueKind.True;
    }

    public static string Completion(string content) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-fake",
        @object = "chat.completion",
        created = 1_700_000_000,
        model = "fake-model",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
    });

    public static string Chunk(string content) => "data: " + JsonSerializer.Serialize(new
    {
        id = "chatcmpl-fake",
        @object = "chat.completion.chunk",
        created = 1_700_000_000,
        model = "fake-model",
        choices = new[] { new { index = 0, delta = new { role = "assistant", content }, finish_reason = (string?)null } },
    }) + "\n\n";

    public const string Done = "data: [DONE]\n\n";

    /// <summary>A whole SSE body in one piece (what WireMock can send).</summary>
    public static string StreamBody(string content, int chunkSize)
    {
        var body = new StringBuilder();
        for (var i = 0; i < content.Length; i += chunkSize)
        {
            body.Append(Chunk(content.Substring(i, Math.Min(chunkSize, content.Length - i))));
        }
        return body.Append(Done).ToString();
    }
}
