using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace KiOfficeAddin.Api.Tests.Infrastructure;

/// <summary>
/// A streaming fake model on Kestrel that flushes every SSE chunk separately (WireMock sends an SSE body in one piece),
/// so chunk boundaries, slow streams, broken streams and client cancellation are real.
/// </summary>
public sealed class ChunkedFakeModel : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly TaskCompletionSource cancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ChunkedFakeModel()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.MapPost("/v1/chat/completions", HandleAsync);
        app.StartAsync().GetAwaiter().GetResult();
        BaseUrl = app.Urls.First() + "/v1";
    }

    public string BaseUrl { get; }

    public int ChunkSize { get; set; } = 3;

    public TimeSpan DelayPerChunk { get; set; } = TimeSpan.FromMilliseconds(1);

    /// <summary>Break the connection after this many chunks (a broken stream).</summary>
    public int? BreakAfterChunks { get; set; }

    public List<string> ReceivedBodies { get; } = [];

    /// <summary>Completes when the model saw its caller go away mid-stream.</summary>
    public Task Cancelled => cancelled.Task;

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        lock (ReceivedBodies)
        {
            ReceivedBodies.Add(body);
        }
        var answer = OpenAiWire.LastUserMessage(body);
        context.Response.ContentType = "text/event-stream";
        try
        {
            var sent = 0;
            for (var i = 0; i < answer.Length; i += ChunkSize)
            {
                if (BreakAfterChunks is { } limit && sent == limit)
                {
                    context.Abort();
                    return;
                }
                await context.Response.WriteAsync(OpenAiWire.Chunk(answer.Substring(i, Math.Min(ChunkSize, answer.Length - i))), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                sent++;
                await Task.Delay(DelayPerChunk, context.RequestAborted);
            }
            await context.Response.WriteAsync(OpenAiWire.Done, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            cancelled.TrySetResult();
        }
    }

    public Dictionary<string, string?> Settings(int timeoutSeconds = 30) => new()
    {
        ["Llm:DefaultModel"] = "chunked",
        ["Llm:Models:chunked:Provider"] = "OpenAICompatible",
        ["Llm:Models:chunked:Endpoint"] = BaseUrl,
        ["Llm:Models:chunked:Model"] = "fake-model",
        ["Llm:Models:chunked:Approved"] = "true",
        ["Llm:Models:chunked:OnPremises"] = "true",
        ["Llm:Models:chunked:DataClasses:0"] = "personal",
        ["Llm:Models:chunked:DataClasses:1"] = "special",
        ["Llm:Models:chunked:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
