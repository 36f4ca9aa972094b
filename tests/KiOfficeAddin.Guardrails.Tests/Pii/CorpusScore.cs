using System.Text.Json.Nodes;
using KiOfficeAddin.Guardrails.Pii;

namespace KiOfficeAddin.Guardrails.Tests.Pii;

/// <summary>The figures of shared/corpus/score.py, computed the same way (letters and digits; coverage by any span).</summary>
internal sealed record CorpusScore(int Entities, double Recall, double Precision, double SpecialRecall,
    IReadOnlyDictionary<string, double> RecallByCategory, IReadOnlyList<string> Leaks, IReadOnlyList<string> FalseAlarms)
{
    public static CorpusScore Compute(string corpusPath, PiiDetector detector)
    {
        var total = new Dictionary<string, int>();
        var protectedCount = new Dictionary<string, int>();
        var leaks = new List<string>();
        var falseAlarms = new List<string>();
        var predicted = 0;
        int flagHits = 0, flagMisses = 0;
        foreach (var line in File.ReadLines(corpusPath).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            var doc = JsonNode.Parse(line)!;
            var id = (string)doc["id"]!;
            var text = (string)doc["text"]!;
            var analysis = detector.Analyze(text);
            var covered = new bool[text.Length + 1];
            foreach (var e in analysis.Entities)
            {
                for (var i = Math.Max(0, e.Start); i < Math.Min(e.End, text.Length); i++)
                {
                    covered[i] = true;
                }
            }
            var labelled = new bool[text.Length + 1];
            foreach (var ent in doc["entities"]!.AsArray().Concat(doc["neutral"]?.AsArray() ?? []))
            {
                for (var i = (int)ent!["start"]!; i < (int)ent["end"]!; i++)
                {
                    labelled[i] = true;
                }
            }
            foreach (var ent in doc["entities"]!.AsArray())
            {
                var category = (string)ent!["category"]!;
                var chars = Enumerable.Range((int)ent["start"]!, (int)ent["end"]! - (int)ent["start"]!)
                    .Where(i => char.IsLetterOrDigit(text[i])).ToList();
                if (chars.Count == 0)
                {
                    continue;
                }
                total[category] = total.GetValueOrDefault(category) + 1;
                if (chars.All(i => covered[i]))
                {
                    protectedCount[category] = protectedCount.GetValueOrDefault(category) + 1;
                }
                else
                {
                    leaks.Add($"{id} {category} {(string)ent["text"]!}");
                }
            }
            foreach (var e in analysis.Entities)
            {
                var chars = Enumerable.Range(e.Start, e.End - e.Start).Where(i => char.IsLetterOrDigit(text[i])).ToList();
                if (chars.Count == 0)
                {
                    continue;
                }
                predicted++;
                if (2 * chars.Count(i => labelled[i]) < chars.Count)
                {
                    falseAlarms.Add($"{id} {e.Category.ToContractName()} {text[e.Start..e.End]}");
                }
            }
            var want = doc["specialCategories"]!.AsArray().Select(n => (string)n!).ToHashSet();
            var got = analysis.SpecialCategories.Select(c => c.ToContractName()).ToHashSet();
            flagHits += want.Intersect(got).Count();
            flagMisses += want.Except(got).Count();
        }
        var entities = total.Values.Sum();
        return new CorpusScore(
            entities,
            (double)protectedCount.Values.Sum() / entities,
            predicted == 0 ? 0 : 1 - (double)falseAlarms.Count / predicted,
            flagHits + flagMisses == 0 ? 1 : (double)flagHits / (flagHits + flagMisses),
            total.ToDictionary(kv => kv.Key, kv => (double)protectedCount.GetValueOrDefault(kv.Key) / kv.Value),
            leaks,
            falseAlarms);
    }
}
