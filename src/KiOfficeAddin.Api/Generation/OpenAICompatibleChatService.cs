using System.Buffers;
using System.Net.Http.Headers;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace KiOfficeAddin.Api.Generation;

/// <summary>
/// The chat service behind the kernel for an OpenAI-compatible server (vLLM, Ollama, llama.cpp server, a sovereign
/// cloud): one POST to <c>{endpoint}/chat/completions</c> with the messages, the model and the sampling settings, the
/// answer read straight from the response (JSON, or server-sent events when streamed). It replaces Semantic Kernel's
/// OpenAI connector on this path because the connector goes through the OpenAI SDK's own pipeline, models and JSON
/// layer — on every request about a tenth of the API's CPU time and most of its allocations beside the detector
/// (bench/README.md, nineteenth session) — for a protocol of four fields.
/// </summary>
/// <remarks>
/// It sends through the model's named HttpClient, so the resilience handlers (timeouts, retries, circuit breaker) and the
/// <see cref="EgressGuardHandler"/> see every request as before. Failures surface as the exceptions
/// <see cref="ModelFailures"/> maps: a refused status as <see cref="HttpOperationException"/> with its status code, an
/// unreadable answer as <see cref="JsonException"/> or <see cref="InvalidModelAnswerException"/>, a broken connection as
/// the transport's <see cref="IOException"/>/<see cref="HttpRequestException"/>. No exception carries the body.
/// </remarks>
internal sealed class OpenAICompatibleChatService : IChatCompletionService
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient http;
    private readonly Uri completions;
    private readonly string model;
    private readonly AuthenticationHeaderValue? authorization;

    public OpenAICompatibleChatService(HttpClient http, Uri endpoint, string model, string? apiKey)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        this.http = http;
        this.model = model;
        completions = new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/chat/completions");
        authorization = string.IsNullOrEmpty(apiKey) ? null : new AuthenticationHeaderValue("Bearer", apiKey);
        Attributes = new Dictionary<string, object?> { ["ModelId"] = model, ["Endpoint"] = endpoint.AbsoluteUri };
    }

    public IReadOnlyDictionary<string, object?> Attributes { get; }

    public async Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(
        ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default)
    {
        using var request = CreateRequest(chatHistory, executionSettings, stream: false);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        EnsureAccepted(response);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var answer = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        var choices = answer.RootElement.GetProperty("choices");
        if (choices.ValueKind != JsonValueKind.Array || choices.GetArrayLength() == 0)
        {
            throw new InvalidModelAnswerException("The model's answer has no choices.");
        }
        var content = choices[0].GetProperty("message").TryGetProperty("content", out var text) && text.ValueKind == JsonValueKind.String
            ? text.GetString()
            : null;
        return [new ChatMessageContent(AuthorRole.Assistant, content, model)];
    }

    public async IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(
        ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var request = CreateRequest(chatHistory, executionSettings, stream: true);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        EnsureAccepted(response);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        await foreach (var item in SseParser.Create(body).EnumerateAsync(cancellationToken))
        {
            if (item.Data is "[DONE]")
            {
                yield break;
            }
            if (DeltaOf(item.Data) is { } delta)
            {
                yield return new StreamingChatMessageContent(AuthorRole.Assistant, delta, modelId: model);
            }
        }
    }

    /// <summary>The text a chunk adds (<c>choices[0].delta.content</c>); null for a chunk without text (a role, usage).</summary>
    private static string? DeltaOf(string data)
    {
        using var chunk = JsonDocument.Parse(data);
        if (!chunk.RootElement.TryGetProperty("choices", out var choices) || choices.ValueKind != JsonValueKind.Array || choices.GetArrayLength() == 0)
        {
            return null;
        }
        return choices[0].TryGetProperty("delta", out var delta) && delta.TryGetProperty("content", out var content)
            && content.ValueKind == JsonValueKind.String
            ? content.GetString()
            : null;
    }

    private HttpRequestMessage CreateRequest(ChatHistory chatHistory, PromptExecutionSettings? executionSettings, bool stream)
    {
        // Settings of another type (a direct call's, say) are read the way the connector read them.
        var settings = OpenAIPromptExecutionSettings.FromExecutionSettings(executionSettings);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("model"u8, model);
            json.WriteStartArray("messages"u8);
            // The system prompt the Leitfaden's template hands over in the settings goes first, as the connector sends it:
            // unless the history has a system message of its own.
            if (!string.IsNullOrWhiteSpace(settings.ChatSystemPrompt) && !chatHistory.Any(message => message.Role == AuthorRole.System))
            {
                WriteMessage(json, AuthorRole.System, settings.ChatSystemPrompt);
            }
            foreach (var message in chatHistory)
            {
                WriteMessage(json, message.Role, message.Content);
            }
            json.WriteEndArray();
            // Temperature, top-p and the answer's length limit, where the use case sets them.
            WriteIfSet(json, "temperature"u8, settings.Temperature);
            WriteIfSet(json, "top_p"u8, settings.TopP);
            WriteIfSet(json, "max_tokens"u8, settings.MaxTokens);
            if (stream)
            {
                json.WriteBoolean("stream"u8, true);
            }
            json.WriteEndObject();
        }
        var content = new ReadOnlyMemoryContent(buffer.WrittenMemory);
        content.Headers.ContentType = Json;
        var request = new HttpRequestMessage(HttpMethod.Post, completions) { Content = content };
        request.Headers.Authorization = authorization;
        if (stream)
        {
            request.Headers.Accept.Add(EventStream);
        }
        return request;
    }

    private static readonly MediaTypeWithQualityHeaderValue EventStream = new("text/event-stream");

    private static void WriteMessage(Utf8JsonWriter json, AuthorRole role, string? content)
    {
        json.WriteStartObject();
        json.WriteString("role"u8, role.Label);
        json.WriteString("content"u8, content ?? "");
        json.WriteEndObject();
    }

    private static void WriteIfSet(Utf8JsonWriter json, ReadOnlySpan<byte> name, double? value)
    {
        if (value is { } set)
        {
            json.WriteNumber(name, set);
        }
    }

    /// <summary>A refused request becomes the status the fault mapping reads; the body is not kept (it may echo a prompt).</summary>
    private static void EnsureAccepted(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpOperationException(response.StatusCode, responseContent: null,
                $"The model answered {(int)response.StatusCode} ({response.StatusCode}).", innerException: null);
        }
    }
}

/// <summary>The model answered in the right format but without anything to use (no choices).</summary>
public sealed class InvalidModelAnswerException(string message) : FormatException(message);
