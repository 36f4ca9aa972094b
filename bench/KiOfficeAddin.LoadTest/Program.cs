using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KiOfficeAddin.LoadTest;

// Usage: dotnet run -c Release --project bench/KiOfficeAddin.LoadTest [-- REQUESTS [--in-process | --pin] [--warm-up ROUNDS]
//     [--api-env NAME=VALUE ...] [--api-dll PATH] [--compare-dll PATH] [--compare-env NAME=VALUE ...]]
// Starts an instant OpenAI-compatible fake model in-process and the real API on loopback, then times the same 4 KB
// letter sent (a) directly to the model and (b) through /api/v1/assist, one after the other in pairs, so that whatever
// else the machine does at a moment hits both series alike.
// Default: the API runs as its own process (Release build) and is reached over a socket: the whole request as a
// client sees it. --in-process: the API host runs in this process behind an in-memory handler (no client socket, no
// Kestrel), so the difference is the guarded pipeline with ASP.NET's request handling; the model is still called
// over a real socket in both series.
var requests = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
var inProcess = args.Contains("--in-process");
// --pin (separate-process mode, two or more cores): the API gets the last core to itself and this process (load
// generator and instant model) the others, so that neither waits for the other's threads to be scheduled — closer to
// a deployment where the model runs elsewhere.
var pin = args.Contains("--pin") && !inProcess && Environment.ProcessorCount >= 2 && OperatingSystem.IsLinux();
if (pin && OperatingSystem.IsLinux())
{
    Process.GetCurrentProcess().ProcessorAffinity = (nint)((1L << (Environment.ProcessorCount - 1)) - 1);
}
// --warm-up N: rounds (one JSON and one streamed request each) before the measured series.
var warmUpAt = Array.IndexOf(args, "--warm-up");
var warmUpRounds = warmUpAt >= 0 ? int.Parse(args[warmUpAt + 1], CultureInfo.InvariantCulture) : 3500;
var repository = RepositoryRoot.Find();
var letter = Letter.FourKilobytes(Path.Combine(repository, "..", "shared", "corpus", "dev.jsonl"));

await using var model = await InstantModel.StartAsync();
using var modelHttp = new HttpClient();
ApiProcess? apiProcess = null;
// --compare-dll PATH and/or --compare-env NAME=VALUE (separate-process mode): a second API process (build B, or the same
// build with other settings) is measured in the same series: every direct request is followed by one guarded request
// to each API, in alternating order. On a machine shared with other work, two builds run minutes apart differ by more
// than most changes do; interleaved request by request, both meet the same load.
ApiProcess? compareProcess = null;
string? compareUrl = null;
InProcessApi? inProcessApi = null;
HttpClient apiHttp;
string assistUrl;
if (inProcess)
{
    inProcessApi = new InProcessApi(model.BaseUrl, Path.Combine(repository, "src", "KiOfficeAddin.Api"));
    // Without the factory's redirect and cookie handlers: the redirect handler copies every request body up front in
    // case it has to send it again, work of this load generator that the direct series' client does not do.
    apiHttp = inProcessApi.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = false,
    });
    assistUrl = "/api/v1/assist";
}
else
{
    // --api-env NAME=VALUE (repeatable): a runtime setting for the API process alone (e.g. DOTNET_gcConcurrent=0), to
    // compare GC and JIT configurations without changing the load generator's.
    var apiEnvironment = args.Select((arg, i) => (arg, i)).Where(a => a.arg == "--api-env" && a.i + 1 < args.Length)
        .Select(a => args[a.i + 1].Split('=', 2)).ToDictionary(pair => pair[0], pair => pair[1]);
    // --api-dll PATH: run that build of the API (e.g. a ReadyToRun publish) instead of building src/ in Release.
    var apiDllAt = Array.IndexOf(args, "--api-dll");
    apiProcess = await ApiProcess.StartAsync(repository, model.BaseUrl, pin ? Environment.ProcessorCount - 1 : null, apiEnvironment,
        apiDllAt >= 0 ? Path.GetFullPath(args[apiDllAt + 1]) : null);
    apiHttp = new HttpClient();
    assistUrl = apiProcess.BaseUrl + "/api/v1/assist";
    var compareDllAt = Array.IndexOf(args, "--compare-dll");
    var compareEnvironment = args.Select((arg, i) => (arg, i)).Where(a => a.arg == "--compare-env" && a.i + 1 < args.Length)
        .Select(a => args[a.i + 1].Split('=', 2)).ToDictionary(pair => pair[0], pair => pair[1]);
    if (compareDllAt >= 0 || compareEnvironment.Count > 0)
    {
        compareProcess = await ApiProcess.StartAsync(repository, model.BaseUrl, pin ? Environment.ProcessorCount - 1 : null,
            apiEnvironment.Concat(compareEnvironment).GroupBy(pair => pair.Key).ToDictionary(group => group.Key, group => group.Last().Value),
            compareDllAt >= 0 ? Path.GetFullPath(args[compareDllAt + 1]) : apiDllAt >= 0 ? Path.GetFullPath(args[apiDllAt + 1]) : null);
        compareUrl = compareProcess.BaseUrl + "/api/v1/assist";
    }
}
var directUrl = model.BaseUrl + "/chat/completions";

var directBody = JsonSerializer.Serialize(new { model = "fake", messages = new[] { new { role = "user", content = letter } } });
var directStreamBody = JsonSerializer.Serialize(new { model = "fake", stream = true, messages = new[] { new { role = "user", content = letter } } });
var assistBody = JsonSerializer.Serialize(new { useCase = "proofread", text = letter, channel = "word" });

// Server-Timing parts of the guarded series (prepare, model, first, label), per request.
var serverTimings = new Dictionary<string, List<double>>();
// The parts of the last recorded guarded request, kept per request of a series so that the slowest 1 % can be shown
// part by part (is the tail one stage, the collector, or time outside the handler?).
var lastTimings = new List<(string Part, double Ms)>();
// One read buffer for every response: the requests run one after the other.
var buffer = new byte[8192];

async Task<double> TimeAsync(HttpClient http, string url, string body, bool stream, bool record = false, string build = "")
{
    using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    if (stream)
    {
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
    }
    var started = Stopwatch.GetTimestamp();
    using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    response.EnsureSuccessStatusCode();
    lastTimings.Clear();
    if (record && response.Headers.TryGetValues("Server-Timing", out var timings))
    {
        foreach (var part in string.Join(",", timings).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var pieces = part.Split(";dur=");
            var key = build + (stream ? "stream " : "JSON ") + pieces[0];
            if (!serverTimings.TryGetValue(key, out var list))
            {
                serverTimings[key] = list = [];
            }
            var ms = double.Parse(pieces[1], CultureInfo.InvariantCulture);
            list.Add(ms);
            lastTimings.Add((pieces[0], ms));
        }
    }
    await using var content = await response.Content.ReadAsStreamAsync();
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

// Direct and guarded requests alternate: a pause of the machine (another process, a collection in the model's
// process) lands on both series instead of on whichever ran at that moment.
// In-process mode: allocations and collections of this process during the guarded requests only, and during the
// direct requests: those are the instant model's and a client's share, which a guarded request has as well (the model
// answers it the same way), so "guarded minus direct" is what the guarded pipeline allocates on its own.
long allocatedBytes = 0;
long directAllocatedBytes = 0;
var jitDuringSeries = new List<(long Methods, TimeSpan Time)>();
var collections = new int[3];
var processCpuDuringSeries = new List<TimeSpan>();
// Per series: collections and GC pause time over the whole series (direct and guarded requests), and how many of the
// guarded requests had a collection inside them, overall and among the slowest 1 % (is the p99 the collector?).
var slowestParts = new List<string>();
var gcDuringSeries = new List<(int Gen0, int Gen1, int Gen2, TimeSpan Pause, int WithCollection, int SlowWithCollection, int Slow)>();

async Task<(double[] Direct, double[] Guarded, TimeSpan GuardedCpu, double[] Compared, TimeSpan ComparedCpu)> PairedSeriesAsync(string direct, bool stream)
{
    for (var i = 0; i < Math.Max(200, requests / 10); i++)
    {
        await TimeAsync(modelHttp, directUrl, direct, stream);
        await TimeAsync(apiHttp, assistUrl, assistBody, stream);
        if (compareUrl is not null)
        {
            await TimeAsync(apiHttp, compareUrl, assistBody, stream);
        }
    }
    var comparedTimes = new double[compareUrl is null ? 0 : requests];
    var comparedParts = new (string Part, double Ms)[comparedTimes.Length][];
    var comparedCpuBefore = compareProcess?.CpuTime() ?? TimeSpan.Zero;
    var directTimes = new double[requests];
    var guardedTimes = new double[requests];
    // The API process's CPU over the whole series (it is idle during the direct calls but for its background work:
    // audit writer, log worker, collections), divided by the guarded requests.
    var cpuBefore = apiProcess?.CpuTime() ?? TimeSpan.Zero;
    // In process: this process's CPU over the series (API, client and instant model, both series' requests alike), so
    // that two builds can be compared by the work they do, which a busy machine disturbs less than it does latency.
    var processCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var jitBefore = (Methods: System.Runtime.JitInfo.GetCompiledMethodCount(), Time: System.Runtime.JitInfo.GetCompilationTime());
    var seriesGc = (Gen0: GC.CollectionCount(0), Gen1: GC.CollectionCount(1), Gen2: GC.CollectionCount(2), Pause: GC.GetTotalPauseDuration());
    var collected = new bool[requests];
    var parts = new (string Part, double Ms)[requests][];
    for (var i = 0; i < requests; i++)
    {
        var directAllocatedBefore = GC.GetTotalAllocatedBytes();
        directTimes[i] = await TimeAsync(modelHttp, directUrl, direct, stream);
        directAllocatedBytes += GC.GetTotalAllocatedBytes() - directAllocatedBefore;
        // With a second build, it goes first in every other round: neither build always follows the direct request.
        if (compareUrl is not null && i % 2 == 1)
        {
            comparedTimes[i] = await TimeAsync(apiHttp, compareUrl, assistBody, stream, record: true, build: "B ");
            comparedParts[i] = [.. lastTimings];
        }
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        guardedTimes[i] = await TimeAsync(apiHttp, assistUrl, assistBody, stream, record: true);
        parts[i] = [.. lastTimings];
        if (compareUrl is not null && i % 2 == 0)
        {
            comparedTimes[i] = await TimeAsync(apiHttp, compareUrl, assistBody, stream, record: true, build: "B ");
            comparedParts[i] = [.. lastTimings];
        }
        allocatedBytes += GC.GetTotalAllocatedBytes() - allocatedBefore;
        collected[i] = GC.CollectionCount(0) != gen0;
        collections[0] += GC.CollectionCount(0) - gen0;
        collections[1] += GC.CollectionCount(1) - gen1;
        collections[2] += GC.CollectionCount(2) - gen2;
    }
    var slowest = guardedTimes.Order().ElementAt(Math.Min(requests - 1, (int)Math.Ceiling(0.99 * requests) - 1));
    var slow = Enumerable.Range(0, requests).Where(i => guardedTimes[i] >= slowest).ToArray();
    gcDuringSeries.Add((GC.CollectionCount(0) - seriesGc.Gen0, GC.CollectionCount(1) - seriesGc.Gen1, GC.CollectionCount(2) - seriesGc.Gen2,
        GC.GetTotalPauseDuration() - seriesGc.Pause, collected.Count(c => c), slow.Count(i => collected[i]), slow.Length));
    var cpu = (apiProcess?.CpuTime() ?? TimeSpan.Zero) - cpuBefore;
    var comparedCpu = (compareProcess?.CpuTime() ?? TimeSpan.Zero) - comparedCpuBefore;
    processCpuDuringSeries.Add(Process.GetCurrentProcess().TotalProcessorTime - processCpuBefore);
    // In-process mode: methods the JIT (re)compiled while the series ran; a count in the hundreds means tiered
    // compilation was still at work and competed for the cores (warm up longer).
    jitDuringSeries.Add((System.Runtime.JitInfo.GetCompiledMethodCount() - jitBefore.Methods,
        System.Runtime.JitInfo.GetCompilationTime() - jitBefore.Time));
    slowestParts.Add(SlowestParts((compareUrl is null ? "" : "A ") + (stream ? "stream (first byte)" : "JSON"), guardedTimes, parts, collected, slow));
    if (compareUrl is not null)
    {
        var comparedSlowest = comparedTimes.Order().ElementAt(Math.Min(requests - 1, (int)Math.Ceiling(0.99 * requests) - 1));
        slowestParts.Add(SlowestParts("B " + (stream ? "stream (first byte)" : "JSON"), comparedTimes, comparedParts, collected,
            Enumerable.Range(0, requests).Where(i => comparedTimes[i] >= comparedSlowest).ToArray()));
    }
    Array.Sort(directTimes);
    Array.Sort(guardedTimes);
    Array.Sort(comparedTimes);
    return (directTimes, guardedTimes, cpu, comparedTimes, comparedCpu);
}

// The slowest 1 % of a series' guarded requests against all of them, part by part: medians of the Server-Timing parts and
// of the time outside them (binding, middleware, response writing, Kestrel, the socket and the client), and the five
// slowest requests one by one.
string SlowestParts(string series, double[] times, (string Part, double Ms)[][] parts, bool[] collected, int[] slow)
{
    static double Median(IEnumerable<double> values) => values.Order().ElementAt((values.Count() - 1) / 2);
    var names = parts.SelectMany(p => p).Select(p => p.Part).Distinct().ToArray();
    string Describe(int[] which) => string.Join(", ", names.Select(name => FormattableString.Invariant(
            $"{name} {Median(which.Select(i => parts[i].Where(p => p.Part == name).Sum(p => p.Ms))):0.000}")))
        + FormattableString.Invariant($", outside {Median(which.Select(i => times[i] - parts[i].Sum(p => p.Ms))):0.000}, total {Median(which.Select(i => times[i])):0.000} ms");
    var all = Enumerable.Range(0, times.Length).ToArray();
    var report = new StringBuilder();
    report.AppendLine(FormattableString.Invariant($"Guarded {series}, medians: all {times.Length}: {Describe(all)}"));
    report.AppendLine(FormattableString.Invariant($"  slowest 1 % ({slow.Length}): {Describe(slow)}") +
        (apiProcess is null ? $"; with a collection inside: {slow.Count(i => collected[i])}" : ""));
    foreach (var i in slow.OrderByDescending(i => times[i]).Take(5))
    {
        report.AppendLine(FormattableString.Invariant($"  {times[i]:0.000} ms: ") + string.Join(", ", parts[i].Select(p =>
            FormattableString.Invariant($"{p.Part} {p.Ms:0.000}"))) + FormattableString.Invariant($", outside {times[i] - parts[i].Sum(p => p.Ms):0.000}")
            + (apiProcess is null && collected[i] ? ", collection inside" : ""));
    }
    return report.ToString();
}

static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

// Steady state, as a server that runs for days: tiered compilation and dynamic PGO need a few thousand requests
// before the guarded path stops getting faster (with only 200 warm-up requests the first series measured 3x slower).
// The direct calls are warmed up too: their client code is as new to the JIT as the API's. In process, the warm-up
// goes on until the JIT is quiet (tiered compilation promotes thousands of methods, and on two cores its background
// compiles took ≈ 2 s of CPU inside a measured series of 1,000 pairs after 1,500 warm-up rounds).
var warmUp = Stopwatch.StartNew();
var warmedRounds = 0;
for (var quietWindows = 0; warmedRounds < warmUpRounds || (inProcess && quietWindows < 3 && warmedRounds < 20 * warmUpRounds);)
{
    var jitBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
    for (var i = 0; i < 100; i++, warmedRounds++)
    {
        await TimeAsync(modelHttp, directUrl, directBody, stream: false);
        await TimeAsync(apiHttp, assistUrl, assistBody, stream: false);
        await TimeAsync(modelHttp, directUrl, directStreamBody, stream: true);
        await TimeAsync(apiHttp, assistUrl, assistBody, stream: true);
        if (compareUrl is not null)
        {
            await TimeAsync(apiHttp, compareUrl, assistBody, stream: false);
            await TimeAsync(apiHttp, compareUrl, assistBody, stream: true);
        }
    }
    quietWindows = System.Runtime.JitInfo.GetCompiledMethodCount() - jitBefore <= 5 ? quietWindows + 1 : 0;
}
Console.WriteLine(FormattableString.Invariant($"warm-up: {warmedRounds} rounds in {warmUp.Elapsed.TotalSeconds:0} s"));
var (direct, guarded, cpuJson, comparedJson, comparedCpuJson) = await PairedSeriesAsync(directBody, stream: false);
var (directFirst, guardedFirst, cpuStream, comparedFirst, comparedCpuStream) = await PairedSeriesAsync(directStreamBody, stream: true);

Console.WriteLine($"letter: {letter.Length} characters, {requests} request pairs per series after warm-up, " +
    (inProcess ? "API in this process behind an in-memory handler (model over loopback)"
        : pin ? "API as its own process over loopback, on a core of its own" : "API as its own process over loopback"));
Console.WriteLine("| series | p50 ms | p99 ms |");
Console.WriteLine("|---|---|---|");
void Row(string name, double[] times) =>
    Console.WriteLine(FormattableString.Invariant($"| {name} | {Percentile(times, 0.50):0.000} | {Percentile(times, 0.99):0.000} |"));
Row("direct model call, JSON", direct);
Row("guarded /api/v1/assist, JSON", guarded);
Row("direct model call, time to first streamed byte", directFirst);
Row("guarded /api/v1/assist, time to first streamed byte", guardedFirst);
// What the guarded path adds at each percentile: the difference of the percentiles, not a percentile of differences.
void AddedRow(string name, double[] times, double[] baseline) =>
    Console.WriteLine(FormattableString.Invariant(
        $"| {name} | {Percentile(times, 0.50) - Percentile(baseline, 0.50):0.000} | {Percentile(times, 0.99) - Percentile(baseline, 0.99):0.000} |"));
AddedRow("added by the guarded pipeline, JSON", guarded, direct);
AddedRow("added to time to first byte, stream", guardedFirst, directFirst);
if (compareProcess is not null)
{
    Row("B: guarded /api/v1/assist, JSON", comparedJson);
    Row("B: guarded /api/v1/assist, time to first streamed byte", comparedFirst);
    AddedRow("B: added by the guarded pipeline, JSON", comparedJson, direct);
    AddedRow("B: added to time to first byte, stream", comparedFirst, directFirst);
}
Console.WriteLine();
if (apiProcess is null)
{
    Console.WriteLine(FormattableString.Invariant(
        $"Allocated during a guarded request (this process: API, in-memory client, the instant model's share): {allocatedBytes / (2.0 * requests) / 1024:0} KiB on average; collections during the {2 * requests} guarded requests: gen0 {collections[0]}, gen1 {collections[1]}, gen2 {collections[2]}"));
    Console.WriteLine(FormattableString.Invariant(
        $"Allocated during a direct request (the instant model and a client): {directAllocatedBytes / (2.0 * requests) / 1024:0} KiB; guarded minus direct, the guarded pipeline's own share: {(allocatedBytes - directAllocatedBytes) / (2.0 * requests) / 1024:0} KiB per request"));
    foreach (var (gc, i) in gcDuringSeries.Select((gc, i) => (gc, i)))
    {
        Console.WriteLine(FormattableString.Invariant(
            $"GC during the {(i == 0 ? "JSON" : "stream")} series, per 1,000 request pairs: gen0 {gc.Gen0 * 1000.0 / requests:0.0}, gen1 {gc.Gen1 * 1000.0 / requests:0.0}, gen2 {gc.Gen2 * 1000.0 / requests:0.0}, pause {gc.Pause.TotalMilliseconds * 1000 / requests:0.0} ms; guarded requests with a collection inside: {gc.WithCollection} of {requests}, among the slowest 1 %: {gc.SlowWithCollection} of {gc.Slow}"));
    }
    Console.WriteLine(string.Join("; ", processCpuDuringSeries.Select((cpu, i) => FormattableString.Invariant(
        $"process CPU per request pair (direct + guarded, all threads) during the {(i == 0 ? "JSON" : "stream")} series: {cpu.TotalMilliseconds / requests:0.000} ms"))));
    Console.WriteLine(string.Join("; ", jitDuringSeries.Select((jit, i) => FormattableString.Invariant(
        $"JIT during the {(i == 0 ? "JSON" : "stream")} series: {jit.Methods} methods compiled, {jit.Time.TotalMilliseconds:0} ms"))));
    Console.WriteLine();
}
else
{
    Console.WriteLine(FormattableString.Invariant(
        $"API process CPU time per guarded request (all threads, incl. GC, logging and the audit writer): JSON {cpuJson.TotalMilliseconds / requests:0.000} ms, stream {cpuStream.TotalMilliseconds / requests:0.000} ms"));
    if (compareProcess is not null)
    {
        Console.WriteLine(FormattableString.Invariant(
            $"B: API process CPU time per guarded request: JSON {comparedCpuJson.TotalMilliseconds / requests:0.000} ms, stream {comparedCpuStream.TotalMilliseconds / requests:0.000} ms"));
    }
    Console.WriteLine();
}
Console.WriteLine("Inside the API (its Server-Timing header):");
Console.WriteLine("| part | p50 ms | p99 ms |");
Console.WriteLine("|---|---|---|");
foreach (var (part, values) in serverTimings)
{
    var sorted = values.Order().ToArray();
    Console.WriteLine(FormattableString.Invariant($"| {part} | {Percentile(sorted, 0.50):0.000} | {Percentile(sorted, 0.99):0.000} |"));
}

Console.WriteLine();
slowestParts.ForEach(Console.Write);

apiHttp.Dispose();
apiProcess?.Dispose();
compareProcess?.Dispose();
if (inProcessApi is not null)
{
    await inProcessApi.DisposeAsync();
}
