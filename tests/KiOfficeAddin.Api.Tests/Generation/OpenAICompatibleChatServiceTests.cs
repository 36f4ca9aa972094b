using System.Net;
using System.Text;
using System.Text.Json;
using KiOfficeAddin.Api.Generation;
using KiOfficeAddin.Api.Tests.Infrastructure;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace KiOfficeAddin.Api.Tests.Generation;

/// <summary>
/// The lean chat service that replaced Semantic Kernel's OpenAI connector for OpenAI-compatible servers: what it sends
/// matches what the connector sent (messages, model, sampling, streaming), and what it reads back and how it fails.
/// </summary>
public sealed class OpenAICompatibleChatServiceTests
{
    private static readonly Uri Endpoint = new("http://model.invalid/v1/");

    [Fact]
    public async Task ItSendsWhatSemanticKernelsConnectorSentForEveryDevDocument()
    {
        var ours = new Capturing();
        var theirs = new Capturing();
        var lean = new OpenAICompatibleChatService(new HttpClient(ours), Endpoint, "fake", "secret");
#pragma warning disable SKEXP0010 // the custom-endpoint constructor, as the product used it
        var connector = new OpenAIChatCompletionService("fake", Endpoint, "secret", httpClient: new HttpClient(theirs));
#pragma warning restore SKEXP0010
        foreach (var (document, index) in DevCorpus.All.Select((document, index) => (document, index)))
        {
            // Every other request as the Leitfaden's template sends it: the system prompt in the settings, the user
            // message alone in the history.
            var viaSettings = index % 2 == 0;
            var settings = new OpenAIPromptExecutionSettings
            {
                Temperature = 0.3,
                ChatSystemPrompt = viaSettings ? "Du bist Schreibassistenz. Ä, ö, ü, ß und „Anführungszeichen“ bleiben." : null,
            };
            var history = viaSettings ? new ChatHistory() : new ChatHistory("Du bist Schreibassistenz. Ä, ö, ü, ß und „Anführungszeichen“ bleiben.");
            history.AddUserMessage(document.Text);
            foreach (var streamed in new[] { false, true })
            {
                if (streamed)
                {
                    await foreach (var _ in lean.GetStreamingChatMessageContentsAsync(history, settings, cancellationToken: TestContext.Current.CancellationToken))
                    {
                    }
                    await foreach (var _ in connector.GetStreamingChatMessageContentsAsync(history, settings, cancellationToken: TestContext.Current.CancellationToken))
                    {
                    }
                }
                else
                {
                    await lean.GetChatMessageContentsAsync(history, settings, cancellationToken: TestContext.Current.CancellationToken);
                    await connector.GetChatMessageContentsAsync(history, settings, cancellationToken: TestContext.Current.CancellationToken);
                }
                Assert.Equal(Essentials(theirs.LastBody!), Essentials(ours.LastBody!));
                Assert.Equal(theirs.LastUri, ours.LastUri);
                Assert.Equal("Bearer secret", ours.LastAuthorization);
            }
        }
    }

    [Fact]
    public async Task ItReadsTheAnswerAndTheStreamedPiecesInOrder()
    {
        var lean = new OpenAICompatibleChatService(new HttpClient(new Capturing("Guten Tag, [PERSON_1].")), Endpoint, "fake", null);
        var history = new ChatHistory();
        history.AddUserMessage("Hallo");

        var answer = await lean.GetChatMessageContentsAsync(history, cancellationToken: TestContext.Current.CancellationToken);
        var pieces = new List<string>();
        await foreach (var piece in lean.GetStreamingChatMessageContentsAsync(history, cancellationToken: TestContext.Current.CancellationToken))
        {
            pieces.Add(piece.Content!);
        }

        Assert.Equal("Guten Tag, [PERSON_1].", answer.Single().Content);
        Assert.True(pieces.Count > 1);
        Assert.Equal("Guten Tag, [PERSON_1].", string.Concat(pieces));
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task ARefusedRequestKeepsItsStatusAndNoBody(HttpStatusCode status)
    {
        var lean = new OpenAICompatibleChatService(new HttpClient(new Refusing(status)), Endpoint, "fake", null);
        var history = new ChatHistory();
        history.AddUserMessage("Hallo");

        var refused = await Assert.ThrowsAsync<HttpOperationException>(() => lean.GetChatMessageContentsAsync(history, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(status, refused.StatusCode);
        Assert.Null(refused.ResponseContent);
        Assert.DoesNotContain("Frau Müller", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnswerWithoutChoicesIsInvalid()
    {
        var lean = new OpenAICompatibleChatService(new HttpClient(new Answering("""{"id":"x","choices":[]}""")), Endpoint, "fake", null);
        var history = new ChatHistory();
        history.AddUserMessage("Hallo");

        await Assert.ThrowsAsync<InvalidModelAnswerException>(() => lean.GetChatMessageContentsAsync(history, cancellationToken: TestContext.Current.CancellationToken));
    }

    /// <summary>The fields a model reads: model, messages (role and text), sampling and streaming; not the key order.</summary>
    private static string Essentials(string body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var messages = string.Join("|", root.GetProperty("messages").EnumerateArray().Select(m =>
            m.GetProperty("role").GetString() + ":" + OpenAiWire.TextOf(m.GetProperty("content"))));
        var temperature = root.TryGetProperty("temperature", out var t) ? t.GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture) : "-";
        var stream = root.TryGetProperty("stream", out var s) && s.GetBoolean();
        return $"{root.GetProperty("model").GetString()} {temperature} {stream} {messages}";
    }

    private sealed class Capturing(string answer = "ok") : HttpMessageHandler
    {
        public string? LastBody { get; private set; }

        public Uri? LastUri { get; private set; }

        public string? LastAuthorization { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            LastBody = await request.Content!.ReadAsStringAsync(cancellationToken);
            LastUri = request.RequestUri;
            LastAuthorization = request.Headers.Authorization?.ToString();
            if (!OpenAiWire.IsStreaming(LastBody))
            {
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(OpenAiWire.Completion(answer), Encoding.UTF8, "application/json") };
            }
            // A stream the client cannot rewind, as from a socket (the OpenAI SDK buffers a seekable one at the end).
            var content = new StreamContent(new ForwardOnlyStream(Encoding.UTF8.GetBytes(OpenAiWire.StreamBody(answer, 4))));
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/event-stream");
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        }
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    private sealed class Refusing(HttpStatusCode status) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent("{\"error\":\"echo: Frau Müller\"}") });
    }

    private sealed class Answering(string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }
}
