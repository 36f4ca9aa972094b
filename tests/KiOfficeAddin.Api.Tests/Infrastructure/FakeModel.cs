using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace KiOfficeAddin.Api.Tests.Infrastructure;

/// <summary>
/// An OpenAI-compatible model over real HTTP (WireMock.Net). By default it echoes the user message it received, as
/// JSON or as an SSE stream, so a test can see exactly what left the server and what came back.
/// </summary>
public sealed class FakeModel : IDisposable
{
    public const string Path = "/v1/chat/completions";

    public FakeModel()
    {
        Server = WireMockServer.Start();
        Echo();
    }

    public WireMockServer Server { get; }

    public string BaseUrl => Server.Url! + "/v1";

    /// <summary>Bodies of every chat request the model received.</summary>
    public IReadOnlyList<string> ReceivedBodies =>
        Server.LogEntries.Where(e => e.RequestMessage.Path == Path).Select(e => e.RequestMessage.Body ?? "").ToArray();

    /// <summary>Settings that register this fake as the approved default model.</summary>
    public Dictionary<string, string?> Settings(string name = "fake", bool approved = true, int timeoutSeconds = 30) => new()
    {
        ["Llm:DefaultModel"] = name,
        [$"Llm:Models:{name}:Provider"] = "OpenAICompatible",
        [$"Llm:Models:{name}:Endpoint"] = BaseUrl,
        [$"Llm:Models:{name}:Model"] = "fake-model",
        [$"Llm:Models:{name}:ApiKey"] = "test-key",
        [$"Llm:Models:{name}:Approved"] = approved ? "true" : "false",
        [$"Llm:Models:{name}:OnPremises"] = "true",
        [$"Llm:Models:{name}:ApprovalReference"] = "Verfügung 2025-17",
        [$"Llm:Models:{name}:Region"] = "Rechenzentrum Arnsberg",
        [$"Llm:Models:{name}:DataClasses:0"] = "public",
        [$"Llm:Models:{name}:DataClasses:1"] = "internal",
        [$"Llm:Models:{name}:DataClasses:2"] = "personal",
        [$"Llm:Models:{name}:DataClasses:3"] = "special",
        [$"Llm:Models:{name}:DataClasses:4"] = "social",
        [$"Llm:Models:{name}:DataClasses:5"] = "tax",
        [$"Llm:Models:{name}:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Answers with the user message, optionally transformed (e.g. wrapped in chatter).</summary>
    public void Echo(Func<string, string>? transform = null, int chunkSize = 7)
    {
        Server.Reset();
        Server.Given(Request.Create().WithPath(Path).UsingPost())
            .RespondWith(Response.Create().WithCallback(request =>
            {
                var body = request.Body ?? "{}";
                var answer = (transform ?? (s => s))(OpenAiWire.LastUserMessage(body));
                return OpenAiWire.IsStreaming(body)
                    ? Message(200, OpenAiWire.StreamBody(answer, chunkSize), "text/event-stream")
                    : Message(200, OpenAiWire.Completion(answer), "application/json");
            }));
    }

    /// <summary>Always answers with this status and body.</summary>
    public void Fail(int status, string body = "{\"error\":{\"message\":\"fake failure\"}}", string contentType = "application/json",
        TimeSpan? delay = null, IDictionary<string, string>? headers = null)
    {
        Server.Reset();
        var response = Response.Create().WithStatusCode(status).WithBody(body).WithHeader("Content-Type", contentType);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            response = response.WithHeader(name, value);
        }
        if (delay is { } d)
        {
            response = response.WithDelay(d);
        }
        Server.Given(Request.Create().WithPath(Path).UsingPost()).RespondWith(response);
    }

    /// <summary>First request: 429 with Retry-After; every later one: the echo.</summary>
    public void TooManyRequestsOnce(int retryAfterSeconds)
    {
        Server.Reset();
        Server.Given(Request.Create().WithPath(Path).UsingPost())
            .InScenario("busy").WillSetStateTo("free")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .WithBody("{\"error\":{\"message\":\"rate limited\"}}"));
        Server.Given(Request.Create().WithPath(Path).UsingPost())
            .InScenario("busy").WhenStateIs("free")
            .RespondWith(Response.Create().WithCallback(request =>
                Message(200, OpenAiWire.Completion(OpenAiWire.LastUserMessage(request.Body ?? "{}")), "application/json")));
    }

    private static ResponseMessage Message(int status, string body, string contentType) => new()
    {
        StatusCode = status,
        Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new(contentType) },
        BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String, Encoding = System.Text.Encoding.UTF8 },
    };

    public void Dispose() => Server.Stop();
}
