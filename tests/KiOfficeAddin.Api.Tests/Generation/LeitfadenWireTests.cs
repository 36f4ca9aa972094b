using KiOfficeAddin.Api.Generation;
using KiOfficeAddin.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace KiOfficeAddin.Api.Tests.Generation;

/// <summary>
/// The bytes the model receives: every use case, rendered by our template (which hands the system message to the
/// connector and skips the kernel's XML parse where it can) and by Semantic Kernel's own template, sent through the
/// OpenAI connector to a capturing handler, JSON and streamed, for the dev and held-out corpora and edge cases.
/// </summary>
public sealed class LeitfadenWireTests
{
    private const string ServiceId = "instant";

    /// <param name="lean">Through the product's <see cref="OpenAICompatibleChatService"/> instead of Semantic Kernel's connector.</param>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TheModelReceivesTheSameBytesAsWithSemanticKernelsOwnTemplate(bool lean)
    {
        var leitfaden = new Leitfaden(Path.Combine(AppContext.BaseDirectory, "Generation", "Leitfaden"));
        var wire = new CapturingModel();
        var kernel = KernelWith(wire, lean);
        var rendered = new RenderedPrompts();
        kernel.PromptRenderFilters.Add(rendered);
        var texts = LeitfadenPromptTemplateTests.EdgeCases.Concat(DevCorpus.All.Concat(DevCorpus.HeldOut).Select(d => d.Text)).ToArray();
        var compared = 0;
        var unparsed = 0;
        foreach (var config in leitfaden.PromptConfigs.Values)
        {
            var ours = KernelFunctionFactory.CreateFromPrompt(config, LeitfadenPromptTemplateFactory.WithFallback);
            var theirs = KernelFunctionFactory.CreateFromPrompt(config, new KernelPromptTemplateFactory());
            foreach (var (text, index) in texts.Select((text, index) => (text, index)))
            {
                foreach (var streamed in new[] { false, true })
                {
                    var expected = await OutcomeAsync(kernel, theirs, wire, text, index, streamed);
                    var withMarkup = rendered.WithMarkup;
                    var actual = await OutcomeAsync(kernel, ours, wire, text, index, streamed);
                    Assert.Equal(expected, actual);
                    compared++;
                    unparsed += rendered.WithMarkup == withMarkup ? 1 : 0;
                }
            }
        }
        Assert.True(compared > 2_000, $"only {compared} requests compared");
        // The comparison is about the new way: nearly every request went without markup (the rest are edge cases).
        Assert.True(unparsed > compared * 9 / 10, $"{unparsed} of {compared} requests rendered without markup");
    }

    [Fact]
    public async Task TheUserMessageTravelsAloneWithoutMarkupAndTheSystemMessageComesFirst()
    {
        var leitfaden = new Leitfaden(Path.Combine(AppContext.BaseDirectory, "Generation", "Leitfaden"));
        var wire = new CapturingModel();
        var function = KernelFunctionFactory.CreateFromPrompt(leitfaden.PromptConfigs["proofread"], LeitfadenPromptTemplateFactory.WithFallback);

        var body = await SendAsync(KernelWith(wire), function, wire, "Sehr geehrte Frau [PERSON_1], a < b & c > d.", 0, streamed: false);

        using var document = System.Text.Json.JsonDocument.Parse(body);
        var messages = document.RootElement.GetProperty("messages").EnumerateArray().ToArray();
        Assert.Equal(["system", "user"], messages.Select(m => m.GetProperty("role").GetString()));
        Assert.Equal("Sehr geehrte Frau [PERSON_1], a < b & c > d.", messages[1].GetProperty("content").GetString());
    }

    [Fact]
    public async Task ArgumentsThatWereNotPseudonymisedAreStillRefusedBeforeAnythingIsSent()
    {
        var leitfaden = new Leitfaden(Path.Combine(AppContext.BaseDirectory, "Generation", "Leitfaden"));
        var wire = new CapturingModel();
        var kernel = KernelWith(wire);
        kernel.PromptRenderFilters.Add(new PseudonymizedArgumentsFilter());
        var function = KernelFunctionFactory.CreateFromPrompt(leitfaden.PromptConfigs["proofread"], LeitfadenPromptTemplateFactory.WithFallback);

        await Assert.ThrowsAnyAsync<Exception>(() => kernel.InvokeAsync(function,
            new KernelArguments(new OpenAIPromptExecutionSettings { ServiceId = ServiceId }) { ["text"] = "Max Mustermann" },
            TestContext.Current.CancellationToken));
        Assert.Null(wire.LastBody);
    }

    private static Kernel KernelWith(CapturingModel wire, bool lean = false)
    {
        var builder = Kernel.CreateBuilder();
#pragma warning disable SKEXP0010 // the custom-endpoint constructor, as GenerationSetup used it
        builder.Services.AddKeyedSingleton<IChatCompletionService>(ServiceId, lean
            ? new OpenAICompatibleChatService(new HttpClient(wire), new Uri("http://model.test/v1"), "fake", null)
            : new OpenAIChatCompletionService("fake", new Uri("http://model.test/v1"), "none", httpClient: new HttpClient(wire)));
#pragma warning restore SKEXP0010
        return builder.Build();
    }

    /// <summary>The request body, or the exception when nothing could be sent (an empty text: the API refuses it earlier).</summary>
    private static async Task<string> OutcomeAsync(Kernel kernel, KernelFunction function, CapturingModel wire, string text, int index, bool streamed)
    {
        try
        {
            return await SendAsync(kernel, function, wire, text, index, streamed);
        }
        catch (ArgumentException e)
        {
            return "refused: " + e.GetType().Name + " " + wire.LastBody;
        }
    }

    private static async Task<string> SendAsync(Kernel kernel, KernelFunction function, CapturingModel wire, string text, int index, bool streamed)
    {
        // As AssistService builds them: fresh settings per request.
        var arguments = new KernelArguments(new OpenAIPromptExecutionSettings { ServiceId = ServiceId, Temperature = 0.3 })
        {
            ["text"] = text,
            ["tone"] = index % 3 == 0 ? "förmlich" : "bürgernah & \"klar\"",
            ["instructions"] = index % 2 == 0 ? "" : LeitfadenPromptTemplateTests.EdgeCases[index % LeitfadenPromptTemplateTests.EdgeCases.Length],
        };
        wire.LastBody = null;
        if (streamed)
        {
            await foreach (var _ in kernel.InvokeStreamingAsync<StreamingChatMessageContent>(function, arguments, TestContext.Current.CancellationToken))
            {
            }
        }
        else
        {
            await kernel.InvokeAsync(function, arguments, TestContext.Current.CancellationToken);
        }
        return wire.LastBody ?? throw new InvalidOperationException("nothing was sent");
    }

    private sealed class CapturingModel : HttpMessageHandler
    {
        public string? LastBody { get; set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            LastBody = await request.Content!.ReadAsStringAsync(cancellationToken);
            if (!OpenAiWire.IsStreaming(LastBody))
            {
                return new HttpResponseMessage(System.Net.HttpStatusCode.OK)
                {
                    Content = new StringContent(OpenAiWire.Completion("ok"), System.Text.Encoding.UTF8, "application/json"),
                };
            }
            // A stream the client cannot rewind, as from a socket (the OpenAI client buffers a seekable one at the end).
            var content = new StreamContent(new ForwardOnlyStream(System.Text.Encoding.UTF8.GetBytes(OpenAiWire.Chunk("ok") + OpenAiWire.Done)));
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/event-stream");
            return new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = content };
        }
    }

    /// <summary>Counts the prompts rendered with chat markup (the kernel parses those as XML).</summary>
    private sealed class RenderedPrompts : IPromptRenderFilter
    {
        public int WithMarkup { get; private set; }

        public async Task OnPromptRenderAsync(PromptRenderContext context, Func<PromptRenderContext, Task> next)
        {
            await next(context);
            WithMarkup += context.RenderedPrompt!.Contains("<message", StringComparison.Ordinal) ? 1 : 0;
        }
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
