using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using KiOfficeAddin.Guardrails.Pii;

namespace KiOfficeAddin.Benchmarks.Pii;

/// <summary>
/// <c>score CORPUS.jsonl OUT.jsonl</c>: runs the detector over a corpus and writes predictions in the format
/// <c>shared/corpus/score.py</c> reads; prints the throughput on stderr.
/// </summary>
internal static class PredictionWriter
{
    /// <summary><c>analyze TEXT</c>: prints what the detector finds, for looking at one case by hand.</summary>
    public static int Print(string text)
    {
        var analysis = new PiiDetector().Analyze(text);
        foreach (var e in analysis.Entities)
        {
            Console.WriteLine($"{e.Category.ToContractName(),-16} {e.Start,5}-{e.End,-5} {text[e.Start..e.End]}  key={e.IdentityKey}");
        }
        foreach (var s in analysis.SpecialCategoryEvidence)
        {
            Console.WriteLine($"special {s.Category.ToContractName(),-10} {text[s.Start..s.End]}");
        }
        return 0;
    }

    public static int Run(string corpusPath, string outputPath)
    {
        var detector = new PiiDetector();
        var documents = File.ReadLines(corpusPath)
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonNode.Parse(l)!)
            .Select(n => (Id: (string)n["id"]!, Text: (string)n["text"]!))
            .ToList();
        detector.Analyze(documents[0].Text);
        var stopwatch = Stopwatch.StartNew();
        var analyses = documents.Select(d => detector.Analyze(d.Text)).ToList();
        stopwatch.Stop();
        using (var writer = new StreamWriter(outputPath))
        {
            for (var i = 0; i < documents.Count; i++)
            {
                var prediction = new JsonObject
                {
                    ["id"] = documents[i].Id,
                    ["entities"] = new JsonArray(analyses[i].Entities
                        .Select(e => (JsonNode)new JsonObject
                        {
                            ["category"] = e.Category.ToContractName(),
                            ["start"] = e.Start,
                            ["end"] = e.End,
                        }).ToArray()),
                    ["specialCategories"] = new JsonArray(analyses[i].SpecialCategories
                        .Select(c => (JsonNode)JsonValue.Create(c.ToContractName())).ToArray()),
                };
                writer.WriteLine(prediction.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
            }
        }
        var bytes = documents.Sum(d => d.Text.Length * 2L);
        Console.Error.WriteLine($"{documents.Count} documents, {bytes / 1024.0:F0} KiB (UTF-16), {stopwatch.Elapsed.TotalMilliseconds:F1} ms, {bytes / 1e6 / stopwatch.Elapsed.TotalSeconds:F1} MB/s (single pass, JIT warm for one document)");
        return 0;
    }
}
