using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KiOfficeAddin.Api.Tests.Infrastructure;

namespace KiOfficeAddin.Api.Tests.Generation;

/// <summary>Every way a model can fail becomes German problem details (before streaming) or an SSE error event (after).</summary>
public sealed class ModelFaultTests : IDisposable
{
    private const string Letter = "Sehr geehrter Herr Gottfried Quandtmeyer,\nIhre IBAN DE02 1203 0000 0000 2020 51 ist hinterlegt.";
    private readonly FakeModel model = new();
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ServerErrorIsRetriedThenAnswered502WithoutUserText()
    {
        model.Fail(500);
        await using var factory = new ApiFactory(model.Settings());
        using var client = factory.CreateClient();

        using var json = await AssistClient.PostJsonAsync(client, AssistClient.Body(Letter), Cancel);
        await AssertProblemAsync(json, HttpStatusCode.BadGateway, "model_error");
        Assert.Equal(3, model.ReceivedBodies.Count); // the first try and two retries

        using var stream = await AssistClient.PostStreamAsync(client, AssistClient.Body(Letter), Cancel);
        await AssertProblemAsync(stream, HttpStatusCode.BadGateway, "model_error");
    }

    [Fact]
    public async Task RepeatedFailuresOpenTheCircuitSoTheModelIsSparedFurtherCalls()
    {
        model.Fail(500);
        await using var factory = new ApiFactory(model.Settings());
        using var client = factory.CreateClient();
        // The breaker opens once 8 attempts in its window failed; then a request is refused without reaching the model.
        for (var request = 0; request < 8; request++)
        {
            var callsBefore = model.ReceivedBodies.Count;
            using var response = await AssistClient.PostJsonAsync(client, AssistClient.Body(Letter), Cancel);
            if (model.ReceivedBodies.Count == callsBefore)
            {
                await AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable, "model_unavailable");
                Assert.True(callsBefore >= 8, $"the circuit opened after {callsBefore} failed calls");
                return;
            }
        }
        Assert.Fail("the circuit never opened");
    }

    [Fact]
    public async Task TooManyRequestsIsRetriedAfterTheRetryAfterDelay()
    {
        model.TooManyRequestsOnce(retryAfterSeconds: 1);
        await using var factory = new ApiFactory(model.Settings());
        using var client = factory.CreateClient();
        using var response = await AssistClient.PostJsonAsync(client, AssistClient.Body(Letter), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = model.Server.LogEntries.Select(e => e.RequestMessage.DateTime).Order().ToArray();
        Assert.Equal(2, calls.Length);
        Assert.True(calls[1] - calls[0] >= TimeSpan.FromMilliseconds(900), $"retried after {(calls[1] - calls[0]).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task PersistentRateLimitBecomes503ModelBusy()
    {
        model.Fail(429, headers: new Dictionary<string, string> { ["Retry-After"] = "0" });
        await using var factory = new ApiFactory(model.Settings());
        using var client = factory.CreateClient();
        using var response = await AssistClient.PostJsonAsync(client, AssistClient.Body(Letter), Cancel);
        await AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable, "model_busy");
    }

    [Fact]
    public async Task SlowModelTimesOutWith504()
    {
        model.Fail(200, OpenAiWire.Completion("zu spät"), delay: TimeSpan.FromSeconds(4));
        await using var factory = new ApiFactory(model.Settings(timeoutSeconds: 1));
        using var client = factory.CreateClient();
        using var json = await AssistClient.PostJsonAsync(client, AssistClient.Body(Letter), Cancel);
        await AssertProblemAsync(json, HttpStatusCode.GatewayTimeout, "model_timeout");
        using var stream = await AssistClient.PostStreamAsync(client, AssistClient.Body(Letter), Cancel);
        await AssertProblemAsync(stream, HttpStatusCode.GatewayTimeout, "model_timeout");
    }

    [Fact]
    public async Task MalformedJsonBecomes502InvalidAnswer()
    {
        model.Fail(200, "{\"choices\": [ {\"message\": ", "application/json");
        await using var factory = new ApiFactory(model.Settings());
        using var client = factory.CreateClient();
        using var response = await AssistClient.PostJsonAsync(client, AssistClient.Body(Letter), Cancel);
        await AssertProblemAsync(response, HttpStatusCode.BadGateway, "model_invalid_answer");
    }

    [Fact]
    public async Task EmptyChoicesBecome502InvalidAnswer()
    {
        model.Fail(200, "{\"id\":\"x\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":[]}");
        await using var factory = new ApiFactory(model.Settings());
        using var client = factory.CreateClient();
        using var json = await AssistClient.PostJsonAsync(client, AssistClient.Body(Letter), Cancel);
        await AssertProblemAsync(json, HttpStatusCode.BadGateway, "model_invalid_answer");
        model.Fail(200, OpenAiWire.Done, "text/event-stream");
        using var stream = await AssistClient.PostStreamAsync(client, AssistClient.Body(Letter), Cancel);
        await AssertProblemAsync(stream, HttpStatusCode.BadGateway, "model_invalid_answer");
    }

    [Fact]
    public async Task BrokenStreamAfterTheFirstByteEndsWithAnErrorEvent()
    {
        await using var chunked = new ChunkedFakeModel { ChunkSize = 40, BreakAfterChunks = 2 };
        await using var factory = new ApiFactory(chunked.Settings());
        using var server = new KestrelHost(factory);
        using var response = await AssistClient.PostStreamAsync(server.Client, AssistClient.Body(Letter + "\n\n" + Letter), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var events = await AssistClient.ReadEventsAsync(response, Cancel);
        Assert.Contains(events, e => e.Name == "delta");
        var error = events[^1];
        Assert.Equal("error", error.Name);
        Assert.Equal("model_unavailable", error.Data.GetProperty("code").GetString());
        AssertGermanWithoutUserText(error.Data.GetProperty("message").GetString()!);
    }

    [Fact]
    public async Task PlaceholdersSplitAcrossChunksAreRestored()
    {
        foreach (var chunkSize in new[] { 1, 2, 3, 5, 8 })
        {
            await using var chunked = new ChunkedFakeModel { ChunkSize = chunkSize, DelayPerChunk = TimeSpan.Zero };
            await using var factory = new ApiFactory(chunked.Settings());
            using var server = new KestrelHost(factory);
            using var response = await AssistClient.PostStreamAsync(server.Client, AssistClient.Body(Letter), Cancel);
            var events = await AssistClient.ReadEventsAsync(response, Cancel);
            Assert.Equal(Letter, AssistClient.DeltaText(events));
            Assert.Contains("[IBAN_1]", Assert.Single(chunked.ReceivedBodies), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ClientDisconnectCancelsTheModelCall()
    {
        await using var chunked = new ChunkedFakeModel { ChunkSize = 2, DelayPerChunk = TimeSpan.FromMilliseconds(50) };
        await using var factory = new ApiFactory(chunked.Settings(timeoutSeconds: 120));
        using var server = new KestrelHost(factory);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        var response = await AssistClient.PostStreamAsync(server.Client, AssistClient.Body(Letter + Letter + Letter), cancel.Token);
        var stream = await response.Content.ReadAsStreamAsync(cancel.Token);
        var buffer = new byte[64];
        _ = await stream.ReadAsync(buffer, cancel.Token); // the first delta arrived: the model is streaming
        await cancel.CancelAsync();
        response.Dispose();

        var finished = await Task.WhenAny(chunked.Cancelled, Task.Delay(TimeSpan.FromSeconds(10), Cancel));
        Assert.Same(chunked.Cancelled, finished);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, problem.GetProperty("code").GetString());
        AssertGermanWithoutUserText(problem.GetProperty("detail").GetString()!);
        AssertGermanWithoutUserText(problem.ToString());
    }

    private static void AssertGermanWithoutUserText(string text)
    {
        Assert.DoesNotContain("Quandtmeyer", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2020 51", text, StringComparison.Ordinal);
        Assert.DoesNotContain("fake failure", text, StringComparison.Ordinal);
    }

    public void Dispose() => model.Dispose();
}
