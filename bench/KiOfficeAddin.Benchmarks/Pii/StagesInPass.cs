using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using KiOfficeAddin.Guardrails.Pii;

namespace KiOfficeAddin.Benchmarks.Pii;

/// <summary>
/// <c>stages CORPUS [CALLS]</c>: what each stage of <see cref="PiiDetector.Analyze(string)"/> costs inside the whole
/// analysis. Every document is analysed CALLS times; per document and stage the fastest call's time in that stage is
/// kept, and the sums over the corpus are printed beside the fastest whole calls. The profile mode's stages each run
/// alone over the corpus, with their code and tables warm in the caches; inside the analysis a dozen scans per short
/// letter share them, and each stage costs more (twelfth session: 20–40 %).
/// </summary>
internal static class StagesInPass
{
    public static int Run(string corpusPath, int calls)
    {
        var documents = File.ReadLines(corpusPath).Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => (string)JsonNode.Parse(l)!["text"]!).ToList();
        var stages = Enum.GetValues<PiiStage>();
        var ticks = new long[stages.Length];
        var last = 0L;
        // Handed in before the detector's first use: it reads the clock once, when its type is initialised.
        AppContext.SetData(PiiDetector.StageClockName, (Action<PiiStage>)(stage =>
        {
            var now = Stopwatch.GetTimestamp();
            ticks[(int)stage] = now - last;
            last = now;
        }));
        if (PiiDetector.StageDone is null)
        {
            Console.Error.WriteLine("The detector was initialised before the stage clock was set.");
            return 1;
        }
        var detector = new PiiDetector();
        JitQuietWarmUp.Run(() => documents.ForEach(d => detector.Analyze(d)));
        var fastestStage = new long[documents.Count, stages.Length];
        var fastestCall = new long[documents.Count];
        for (var d = 0; d < documents.Count; d++)
        {
            fastestCall[d] = long.MaxValue;
            for (var s = 0; s < stages.Length; s++)
            {
                fastestStage[d, s] = long.MaxValue;
            }
        }
        for (var call = 0; call < calls; call++)
        {
            for (var d = 0; d < documents.Count; d++)
            {
                var start = Stopwatch.GetTimestamp();
                last = start;
                detector.Analyze(documents[d]);
                fastestCall[d] = Math.Min(fastestCall[d], Stopwatch.GetTimestamp() - start);
                for (var s = 0; s < stages.Length; s++)
                {
                    fastestStage[d, s] = Math.Min(fastestStage[d, s], ticks[s]);
                }
            }
        }
        static double Milliseconds(long sum) => sum * 1000.0 / Stopwatch.Frequency;
        var whole = Milliseconds(fastestCall.Sum());
        var stageSum = 0.0;
        for (var s = 0; s < stages.Length; s++)
        {
            var sum = 0L;
            for (var d = 0; d < documents.Count; d++)
            {
                sum += fastestStage[d, s];
            }
            stageSum += Milliseconds(sum);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{stages[s],-18} {Milliseconds(sum):F3} ms ({100 * Milliseconds(sum) / whole:F1} %)"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"stages summed",-18} {stageSum:F3} ms; whole calls {whole:F3} ms per corpus pass (each document's fastest of {calls}, summed)"));
        return 0;
    }
}
