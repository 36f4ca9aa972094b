using System.Net.Http.Json;
using KiOfficeAddin.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KiOfficeAddin.Api.Tests.Hosting;

public sealed class LoggingTests
{
    private const string FakeName = "Kunigunde Wellershoff-Przybylski";
    private const string FakeIban = "DE02120300000000202051";
    private const string FakeIbanSpaced = "DE02 1203 0000 0000 2020 51";

    private static readonly Dictionary<string, string?> Verbose = new()
    {
        ["Serilog:MinimumLevel:Default"] = "Verbose",
        ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Verbose",
        ["Serilog:MinimumLevel:Override:Microsoft"] = "Verbose",
    };

    [Fact]
    public async Task RequestsWithANameAndAnIbanLeaveNeitherInTheLog()
    {
        var factory = new ApiFactory(Verbose);
        using (var client = factory.CreateClient())
        {
            var text = $"Sehr geehrte Frau {FakeName},\nIhre IBAN {FakeIbanSpaced} wurde gespeichert.";
            (await client.PostAsJsonAsync("/api/v1/guard/analyze?name=" + Uri.EscapeDataString(FakeName),
                new { text, channel = "word" }, TestContext.Current.CancellationToken)).Dispose();
            using var malformed = new StringContent($"{{\"text\": \"{FakeName} {FakeIban}", System.Text.Encoding.UTF8, "application/json");
            (await client.PostAsync("/api/v1/guard/analyze", malformed, TestContext.Current.CancellationToken)).Dispose();
        }
        var log = await factory.StopAndReadLogAsync();

        Assert.Contains("/api/v1/guard/analyze", log, StringComparison.Ordinal);
        AssertNoTrace(log);
    }

    [Fact]
    public async Task CarelessLogLinesAreRedactedBeforeAnySink()
    {
        var factory = new ApiFactory(Verbose);
        var logger = factory.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Careless");
        var letter = $"Sehr geehrte Frau {FakeName}, bitte überweisen Sie auf {FakeIbanSpaced}. " + new string('x', 200);
#pragma warning disable CA1848, CA2254, CA1873 // deliberately careless: this is what the safety net is for
        logger.LogInformation("Got {Text}", letter);
        logger.LogInformation("Account {Account}", FakeIban);
        logger.LogInformation($"Interpolated {FakeIbanSpaced}");
        logger.LogError(new InvalidOperationException($"Failed for {FakeName} / {FakeIban}"), "Processing failed");
#pragma warning restore CA1848, CA2254, CA1873
        var log = await factory.StopAndReadLogAsync();

        Assert.True(log.Contains("Processing failed", StringComparison.Ordinal), log);
        Assert.Contains("InvalidOperationException", log, StringComparison.Ordinal);
        AssertNoTrace(log);
    }

    [Fact]
    public async Task AnAllowedAssistRequestLeavesOneInformationLineTheAuditLineAtTheShippedLevels()
    {
        // Policy decision, model call, Polly attempt and Semantic Kernel's own function events used to add four more
        // lines per request: each costs a wake-up of the log worker, redaction and two formatted writes.
        using var model = new FakeModel();
        var factory = new ApiFactory(model.Settings());
        using (var client = factory.CreateClient())
        {
            var body = AssistClient.Body($"Sehr geehrte Frau {FakeName}, bitte prüfen Sie den Antrag.", useCase: "proofread");
            using (var json = await AssistClient.PostJsonAsync(client, body, TestContext.Current.CancellationToken))
            {
                Assert.Equal(System.Net.HttpStatusCode.OK, json.StatusCode);
            }
            using var stream = await AssistClient.PostStreamAsync(client, body, TestContext.Current.CancellationToken);
            Assert.Contains(await AssistClient.ReadEventsAsync(stream, TestContext.Current.CancellationToken), e => e.Name == "done");
        }
        var log = await factory.StopAndReadLogAsync();

        var requestLines = log.Split('\n').Where(line => line.Contains("\"RequestPath\":\"/api/v1/assist\"", StringComparison.Ordinal)).ToArray();
        Assert.True(requestLines.Length == 2, string.Join('\n', requestLines));
        Assert.All(requestLines, line => Assert.Contains("\"AuditEventType\":\"assist_generated\"", line, StringComparison.Ordinal));
        AssertNoTrace(log);
    }

    [Fact]
    public async Task AMalformedRequestLeavesARequestLineWithItsStatusButNeitherQueryNorBody()
    {
        var factory = new ApiFactory();
        using (var client = factory.CreateClient())
        {
            using var malformed = new StringContent($"{{\"text\": \"{FakeName} {FakeIban}", System.Text.Encoding.UTF8, "application/json");
            (await client.PostAsync("/api/v1/guard/analyze?name=" + Uri.EscapeDataString(FakeName), malformed,
                TestContext.Current.CancellationToken)).Dispose();
        }
        var log = await factory.StopAndReadLogAsync();

        var requestLine = Assert.Single(RequestLines(log));
        Assert.Contains("\"RequestPath\":\"/api/v1/guard/analyze\"", requestLine, StringComparison.Ordinal);
        Assert.Contains("\"StatusCode\":400", requestLine, StringComparison.Ordinal);
        Assert.Contains("\"RequestId\":\"", requestLine, StringComparison.Ordinal);
        AssertNoTrace(log);
    }

    [Fact]
    public async Task AServerErrorLeavesARequestLineAtErrorLevel()
    {
        var factory = new ApiFactory(); // no model configured: generation answers 503
        using (var client = factory.CreateClient())
        {
            using var response = await AssistClient.PostJsonAsync(client,
                AssistClient.Body($"Sehr geehrte Frau {FakeName}, bitte prüfen Sie den Antrag.", useCase: "proofread"),
                TestContext.Current.CancellationToken);
            Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, response.StatusCode);
        }
        var log = await factory.StopAndReadLogAsync();

        var requestLine = Assert.Single(RequestLines(log));
        Assert.Contains("\"@l\":\"Error\"", requestLine, StringComparison.Ordinal);
        Assert.Contains("\"StatusCode\":503", requestLine, StringComparison.Ordinal);
        AssertNoTrace(log);
    }

    [Fact]
    public async Task RequestIdsReachTheLogUnmaskedWhileANameInAnIdPropertyDoesNot()
    {
        var factory = new ApiFactory(Verbose);
        var logger = factory.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Ids");
#pragma warning disable CA1848, CA1873 // a direct log call with the framework's property names is what this test needs
        logger.LogInformation("Request {RequestId} on {ConnectionId}", "0HNQ7K2M4J3L1:0000001F", "0HNQ7K2M4J3L1");
        logger.LogInformation("Request {RequestId}", FakeName);
#pragma warning restore CA1848, CA1873
        var log = await factory.StopAndReadLogAsync();

        Assert.Contains("\"RequestId\":\"0HNQ7K2M4J3L1:0000001F\"", log, StringComparison.Ordinal);
        Assert.Contains("\"ConnectionId\":\"0HNQ7K2M4J3L1\"", log, StringComparison.Ordinal);
        AssertNoTrace(log);
    }

    /// <summary>The request lines as compact JSON (the capture writes each event's rendered message on a line of its own).</summary>
    private static IEnumerable<string> RequestLines(string log) => log.Split('\n')
        .Where(line => line.StartsWith('{') && line.Contains("\"@mt\":\"HTTP {RequestMethod}", StringComparison.Ordinal));

    private static void AssertNoTrace(string log)
    {
        Assert.DoesNotContain("Wellershoff", log, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Kunigunde", log, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(FakeIban, log, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeIbanSpaced, log, StringComparison.Ordinal);
        Assert.DoesNotContain("2020 51", log, StringComparison.Ordinal);
    }
}
