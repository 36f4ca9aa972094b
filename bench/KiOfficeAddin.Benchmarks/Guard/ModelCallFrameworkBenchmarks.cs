using System.Net;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using KiOfficeAddin.Benchmarks.Pii;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using Microsoft.Extensions.DependencyInjection;

namespace KiOfficeAddin.Benchmarks.Guard;

/// <summary>
/// What the orchestration costs around a model call, without a socket: an HttpClient whose handler answers at once with
/// the user message echoed (as the load test's model does). A prompt function in the Leitfaden's shape (system message,
/// user message with the 4 KB text) through the kernel, against the same request sent to the chat service directly.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 15)]
public class ModelCallFrameworkBenchmarks
{
    private Kernel kernel = null!;
    private KernelFunction function = null!;
    private OpenAIChatCompletionService chat = null!;
    private KernelArguments arguments = null!;
    private ChatHistory history = null!;

    [GlobalSetup]
    public void Setup()
    {
        var letter = PiiCorpus.OfLength(4096);
        var http = new HttpClient(new EchoHandler());
#pragma warning disable SKEXP0010 // custom endpoint, as the product uses for on-premises models
        chat = new OpenAIChatCompletionService("fake", new Uri("http://model.invalid/v1"), "none", httpClient: http);
#pragma warning restore SKEXP0010
        var builder = Kernel.CreateBuilder();
        builder.Services.AddKeyedSingleton<IChatCompletionService>("fake", chat);
        kernel = builder.Build();
        function = kernel.CreateFunctionFromPrompt(new PromptTemplateConfig
        {
            Name = "proofread",
            Template = "<message role=\"system\">Du bist Schreibassistenz in einer deutschen Stadtverwaltung. Korrigiere den Text.\n{{$instructions}}</message>\n" +
                       "<message role=\"user\">{{$text}}</message>",
            InputVariables = [new() { Name = "text" }, new() { Name = "instructions" }],
        });
        arguments = new KernelArguments(new OpenAIPromptExecutionSettings { ServiceId = "fake", Temperature = 0.3 })
        {
            ["text"] = letter,
            ["instructions"] = "",
        };
        history = new ChatHistory("Du bist Schreibassistenz in einer deutschen Stadtverwaltung. Korrigiere den Text.");
        history.AddUserMessage(letter);
    }

    [Benchmark(Baseline = true, Description = "chat service called directly")]
    public async Task<int> Direct() => (await chat.GetChatMessageContentsAsync(history)).Single().Content!.Length;

    [Benchmark(Description = "prompt function through the kernel")]
    public async Task<int> ThroughKernel() => (await kernel.InvokeAsync(function, arguments)).GetValue<string>()!.Length;

    private sealed class EchoHandler : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            using var body = JsonDocument.Parse(await request.Content!.ReadAsStringAsync(cancellationToken));
            var content = body.RootElement.GetProperty("messages").EnumerateArray().Last().GetProperty("content").ToString();
            var answer = JsonSerializer.Serialize(new
            {
                id = "c", @object = "chat.completion", created = 1, model = "fake",
                choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
                usage = new { prompt_tokens = 1, completion_tokens = 1, total_tokens = 2 },
            });
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(answer, Encoding.UTF8, "application/json") };
        }
    }
}
