using System.Text.Json;
using KiOfficeAddin.Guardrails.Pii;
using KiOfficeAddin.Guardrails.Policy;
using static KiOfficeAddin.Guardrails.Tests.Policy.PolicyFixture;

namespace KiOfficeAddin.Guardrails.Tests.Policy;

/// <summary>
/// Special-category documents of the shared corpus (../shared/corpus/dev.jsonl) reach only models approved for
/// <c>special</c>. The analysis is built from the corpus labels, so the policy is tested independently of the detector.
/// </summary>
public sealed class CorpusRoutingTests
{
    private static readonly string CorpusPath = Path.Combine(AppContext.BaseDirectory, "corpus", "dev.jsonl");

    private static readonly ModelDescriptor[] Registry =
    [
        Model("cloud-default", true, false, true, DataClass.Public, DataClass.Internal, DataClass.Personal),
        Model("cloud-unapproved", false, false, true, [.. DataClassNames.All]),
        Model("onprem-incomplete", true, true, false, [.. DataClassNames.All]),
        Model("onprem-special", true, true, true, DataClass.Personal, DataClass.Special),
    ];

    private static IEnumerable<(string Id, string Text, PiiAnalysis Labels)> SpecialDocuments()
    {
        foreach (var line in File.ReadLines(CorpusPath))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var special = root.GetProperty("specialCategories").EnumerateArray()
                .Select(c => Enum.Parse<SpecialCategory>(c.GetString()!.Replace("_", "", StringComparison.Ordinal), ignoreCase: true))
                .ToArray();
            if (special.Length == 0)
            {
                continue;
            }
            var entities = root.GetProperty("entities").EnumerateArray()
                .Select(e => (ok: PiiCategoryNames.TryParse(e.GetProperty("category").GetString()!, out var category), category, e))
                .Where(x => x.ok)
                .Select(x => new PiiEntity(x.category, x.e.GetProperty("start").GetInt32(), x.e.GetProperty("end").GetInt32()))
                .ToArray();
            // Document-level flags: the evidence span is unknown, so it covers the whole text.
            var text = root.GetProperty("text").GetString()!;
            var evidence = special.Select(c => new SpecialCategoryEvidence(c, 0, text.Length)).ToArray();
            yield return (root.GetProperty("id").GetString()!, text, new PiiAnalysis(entities, evidence));
        }
    }

    [Fact]
    public void CorpusHasSpecialCategoryDocuments()
    {
        Assert.SkipUnless(File.Exists(CorpusPath), "shared corpus not present beside the repository");
        Assert.True(SpecialDocuments().Count() >= 10);
    }

    [Fact]
    public void SpecialCategoryDocumentsGoOnlyToTheModelApprovedForSpecial()
    {
        Assert.SkipUnless(File.Exists(CorpusPath), "shared corpus not present beside the repository");
        foreach (var (id, text, labels) in SpecialDocuments())
        {
            foreach (var requested in new string?[] { null, "public", "internal", "personal", "special" })
            {
                var decision = PolicyEvaluator.Evaluate(Shipped, Trained, Request(requested, labels, text), Registry, "cloud-default");
                Assert.True(decision.Allowed, $"{id} ({requested}): {decision.RuleId}");
                Assert.Equal("onprem-special", decision.ModelName);
                Assert.Equal(DataClass.Special, decision.EffectiveDataClass);
            }
        }
    }

    [Fact]
    public void SpecialCategoryDocumentsAreRefusedWhenNoModelIsApprovedForSpecial()
    {
        Assert.SkipUnless(File.Exists(CorpusPath), "shared corpus not present beside the repository");
        var withoutSpecial = Registry.Where(m => m.Name != "onprem-special").ToArray();
        foreach (var (id, text, labels) in SpecialDocuments())
        {
            var decision = PolicyEvaluator.Evaluate(Shipped, Trained, Request("personal", labels, text), withoutSpecial, "cloud-default");
            Assert.False(decision.Allowed, id);
            Assert.Equal(PolicyRuleIds.NoApprovedModel, decision.RuleId);
        }
    }

    [Fact]
    public void SpecialCategoryDocumentsAnalysedByTheDetectorGoOnlyToTheModelApprovedForSpecial()
    {
        Assert.SkipUnless(File.Exists(CorpusPath), "shared corpus not present beside the repository");
        var detector = new PiiDetector();
        foreach (var (id, text, _) in SpecialDocuments())
        {
            var analysis = detector.Analyze(text);
            var decision = PolicyEvaluator.Evaluate(Shipped, Trained, Request("personal", analysis, text), Registry, "cloud-default");
            Assert.True(decision.Allowed, $"{id}: {decision.RuleId}");
            Assert.True(decision.ModelName == "onprem-special", $"{id} went to {decision.ModelName}: the detector flagged no special category");
        }
    }
}
