using KiOfficeAddin.Guardrails.Pii;

namespace KiOfficeAddin.Guardrails.Tests.Pii;

/// <summary>Guards the dev-corpus figures of issue 3 in CI (the corpus is linked from ../shared when present).</summary>
public sealed class DevCorpusTests
{
    private static readonly string CorpusPath = Path.Combine(AppContext.BaseDirectory, "corpus", "dev.jsonl");

    private static readonly Lazy<CorpusScore> Score = new(() => CorpusScore.Compute(CorpusPath, new PiiDetector()));

    [Fact]
    public void RecallOnTheDevCorpusIsAtLeast99Percent()
    {
        Assert.SkipUnless(File.Exists(CorpusPath), "shared/corpus/dev.jsonl is not beside the repository");
        Assert.True(Score.Value.Recall >= 0.99, $"recall {Score.Value.Recall:F4}; leaks:\n{string.Join('\n', Score.Value.Leaks)}");
    }

    [Fact]
    public void PrecisionOnTheDevCorpusIsAtLeast95Percent()
    {
        Assert.SkipUnless(File.Exists(CorpusPath), "shared/corpus/dev.jsonl is not beside the repository");
        Assert.True(Score.Value.Precision >= 0.95, $"precision {Score.Value.Precision:F4}; false alarms:\n{string.Join('\n', Score.Value.FalseAlarms)}");
    }

    [Fact]
    public void SpecialCategoryRecallOnTheDevCorpusIsAtLeast95Percent()
    {
        Assert.SkipUnless(File.Exists(CorpusPath), "shared/corpus/dev.jsonl is not beside the repository");
        Assert.True(Score.Value.SpecialRecall >= 0.95, $"special-category recall {Score.Value.SpecialRecall:F4}");
    }

    [Fact]
    public void EveryCheckDigitCategoryIsFullyProtectedOnTheDevCorpus()
    {
        Assert.SkipUnless(File.Exists(CorpusPath), "shared/corpus/dev.jsonl is not beside the repository");
        string[] checkDigit = ["IBAN", "TAX_ID", "VAT_ID", "SOCIAL_SECURITY", "HEALTH_INSURANCE", "CREDIT_CARD"];
        foreach (var category in checkDigit)
        {
            Assert.Equal(1.0, Score.Value.RecallByCategory.GetValueOrDefault(category, 1.0));
        }
    }
}
