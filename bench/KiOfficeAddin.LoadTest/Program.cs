using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KiOfficeAddin.LoadTest;

// Usage: dotnet run -c Release --project bench/KiOfficeAddin.LoadTest [-- REQUESTS]
// Starts an instant OpenAI-compatible fake model in-process and the real API (Release build) as a child process on
// loopback, then times the same 4 KB letter sent (a) directly to the model and (b) through /api/v1/assist.
var requests = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
const int WarmUpRounds = 1500;
var repository = RepositoryRoot.Find();
var letter = Letter.FourKilobytes(Path.Combine(repository, "..", "shared", "corpus", "dev.jsonl"));

await using var model = await InstantModel.StartAsync();
using var api = await ApiProcess.StartAsync(repository, model.BaseUrl);
using var http = new HttpClient();

var directBody = JsonSerializer.Serialize(new { model = "fake", messages = new[] { new { role = "user", content = letter } } });
var directStreamBody = JsonSerializer.Serialize(new { model = "fake", stream = true, messages = new[] { new { role = "user", content = letter } } });
var assistBody = JsonSerializer.Serialize(new { useCase = "proofread", text = letter, channel = "word" });

// Server-Timing parts of the guarded series (prepare, model, first, label), per request.
var serverTimings = new Dictionary<string, List<double>>();

async Task<double> TimeAsync(string url, string body, bool stream, bool record = false)
{
    using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    if (stream)
    {
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
    }
    var started = Stopwatch.GetTimestamp();
    using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    response.EnsureSuccessStatusCode();
    if (record && response.Headers.TryGetValues("Server-Timing", out var timings))
    {
        foreach (var part in string.Join(",", timings).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var pieces = part.Split(";dur=");
            var key = (stream ? "stream " : "JSON ") + pieces[0];
            if (!serverTimings.TryGetValue(key, out var list))
            {
                serverTimings[key] = list = [];
            }
            list.Add(double.Parse(pieces[1], CultureInfo.InvariantCulture));
        }
    }
    await using var content = await response.Content.ReadAsStreamAsync();
    var buffer = new byte[8192];
    if (stream)
    {
        // Time to the first streamed text byte, then drain.
        _ = await content.ReadAsync(buffer);
        var firstByte = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        while (await content.ReadAsync(buffer) > 0)
        {
        }
        return firstByte;
    }
    while (await content.ReadAsync(buffer) > 0)
    {
    }
    return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}

async Task<double[]> SeriesAsync(string url, string body, bool stream)
{
    for (var i = 0; i < Math.Max(200, requests / 10); i++)
    {
        await TimeAsync(url, body, stream); // warm-up: JIT, connection pool, tiered compilation
    }
    var times = new double[requests];
    for (var i = 0; i < requests; i++)
    {
        times[i] = await TimeAsync(url, body, stream, record: true);
    }
    Array.Sort(times);
    return times;
}

static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

// Steady state, as a server that runs for days: tiered compilation and dynamic PGO need a few thousand requests
// before the guarded path stops getting faster (with only 200 warm-up requests the first series measured 3x slower).
for (var i = 0; i < WarmUpRounds; i++)
{
    await TimeAsync(api.BaseUrl + "/api/v1/assist", assistBody, stream: false);
    await TimeAsync(api.BaseUrl + "/api/v1/assist", assistBody, stream: true);
}
var direct = await SeriesAsync(model.BaseUrl + "/chat/completions", directBody, stream: false);
var cpuBefore = api.CpuTime();
var guarded = await SeriesAsync(api.BaseUrl + "/api/v1/assist", assistBody, stream: false);
var cpuJson = api.CpuTime() - cpuBefore;
var directFirst = await SeriesAsync(model.BaseUrl + "/chat/completions", directStreamBody, stream: true);
cpuBefore = api.CpuTime();
var guardedFirst = await SeriesAsync(api.BaseUrl + "/api/v1/assist", assistBody, stream: true);
var cpuStream = api.CpuTime() - cpuBefore;
// Warm-up requests are included in the CPU figure, so it is divided by all requests of the series.
var seriesLength = requests + Math.Max(200, requests / 10);

Console.WriteLine($"letter: {letter.Length} characters, {requests} sequential requests per series after warm-up, loopback");
Console.WriteLine("| series | p50 ms | p99 ms |");
Console.WriteLine("|---|---|---|");
void Row(string name, double[] times) =>
    Console.WriteLine(FormattableString.Invariant($"| {name} | {Percentile(times, 0.50):0.000} | {Percentile(times, 0.99):0.000} |"));
Row("direct model call, JSON", direct);
Row("guarded /api/v1/assist, JSON", guarded);
Row("direct model call, time to first streamed byte", directFirst);
Row("guarded /api/v1/assist, time to first streamed byte", guardedFirst);
Console.WriteLine(FormattableString.Invariant(
    $"| added by the guarded pipeline, JSON | {Percentile(guarded, 0.50) - Percentile(direct, 0.50):0.000} | {Percentile(guarded, 0.99) - Percentile(direct, 0.99):0.000} |"));
Console.WriteLine(FormattableString.Invariant(
    $"| added to time to first byte, stream | {Percentile(guardedFirst, 0.50) - Percentile(directFirst, 0.50):0.000} | {Percentile(guardedFirst, 0.99) - Percentile(directFirst, 0.99):0.000} |"));
Console.WriteLine();
Console.WriteLine(FormattableString.Invariant(
    $"API process CPU time per guarded request (all threads, incl. GC and the audit writer; less sensitive to other load): JSON {cpuJson.TotalMilliseconds / seriesLength:0.000} ms, stream {cpuStream.TotalMilliseconds / seriesLength:0.000} ms"));
Console.WriteLine();
Console.WriteLine("Inside the API (its Server-Timing header):");
Console.WriteLine("| part | p50 ms | p99 ms |");
Console.WriteLine("|---|---|---|");
foreach (var (part, values) in serverTimings)
{
    var sorted = values.Order().ToArray();
    Console.WriteLine(FormattableString.Invariant($"| {part} | {Percentile(sorted, 0.50):0.000} | {Percentile(sorted, 0.99):0.000} |"));
}
