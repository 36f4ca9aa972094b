using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using KiOfficeAddin.Guardrails.Pii;

namespace KiOfficeAddin.Benchmarks.Pii;

/// <summary>
/// One call per iteration on a typical 4 KB letter, so the percentiles are per call (issue 3: p99 under 1 ms).
/// </summary>
[Config(typeof(PerCallConfig))]
[MemoryDiagnoser]
public class PiiLetterLatencyBenchmarks
{
    private readonly PiiDetector detector = new();
    private string letter = "";

    [GlobalSetup]
    public void Setup()
    {
        letter = PiiCorpus.OfLength(4096);
        detector.Analyze(letter);
    }

    [Benchmark(Description = "Analyze 4 KB letter")]
    public PiiAnalysis AnalyzeLetter() => detector.Analyze(letter);

    private sealed class PerCallConfig : ManualConfig
    {
        public PerCallConfig()
        {
            // 5000 warm-up calls (seconds, not milliseconds): the detector reaches its steady state only after the tiered
            // JIT has replaced the first-tier code of every recognizer path, which takes seconds on a busy machine.
            // No forced full GC before each call (BenchmarkDotNet's default): a server never analyses a letter right
            // after a blocking full collection with every cache cold; the collections that happen on their own are
            // still in the figures, and so is every slow call: no outlier is removed from a latency percentile.
            AddJob(Job.Default.WithInvocationCount(1).WithUnrollFactor(1).WithWarmupCount(5000).WithIterationCount(2000)
                .WithLaunchCount(1).WithGcForce(false).WithOutlierMode(Perfolizer.Mathematics.OutlierDetection.OutlierMode.DontRemove)
                .WithId("per-call"));
            AddColumn(StatisticColumn.P50, StatisticColumn.P95, new PercentileColumn(99), StatisticColumn.Max);
        }
    }
}

/// <summary>Cost against text size (4 KB, 64 KB, 1 MB) and throughput over the whole dev corpus.</summary>
[Config(typeof(ThroughputConfig))]
[MemoryDiagnoser]
public class PiiThroughputBenchmarks
{
    private readonly PiiDetector detector = new();
    private string text = "";

    [Params(4 * 1024, 64 * 1024, 1024 * 1024)]
    public int Chars { get; set; }

    [GlobalSetup(Target = nameof(AnalyzeSized))]
    public void SetupSized() => text = PiiCorpus.OfLength(Chars);

    [Benchmark(Description = "Analyze text of N chars")]
    public PiiAnalysis AnalyzeSized() => detector.Analyze(text);

}

/// <summary>Throughput over the whole dev corpus, document by document as the API sees them.</summary>
[Config(typeof(ThroughputConfig))]
[MemoryDiagnoser]
public class PiiCorpusBenchmarks
{
    private readonly PiiDetector detector = new();

    [Benchmark(Description = "Analyze dev corpus (96 docs)")]
    public int AnalyzeDevCorpus()
    {
        var count = 0;
        foreach (var document in PiiCorpus.Documents)
        {
            count += detector.Analyze(document).Entities.Count;
        }
        return count;
    }
}

internal sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        // Warmed up for many seconds (see PerCallConfig): three warm-up iterations measured the first-tier JIT code, not
        // the detector, and by the fifth session even 15 no longer reached tier 1 (a 64 KB text measured 48 ms after 15
        // warm-ups and 7.7 ms after 100).
        AddJob(Job.ShortRun.WithWarmupCount(100).WithIterationCount(10).WithId("steady"));
        AddColumn(new ThroughputColumn());
    }
}

/// <summary>The p-th percentile of the measured iterations.</summary>
internal sealed class PercentileColumn(int percentile) : IColumn
{
    public string Id => $"P{percentile}";
    public string ColumnName => $"P{percentile}";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Statistics;
    public int PriorityInCategory => 10;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Time;
    public string Legend => $"{percentile}th percentile of the per-iteration times";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var stats = summary[benchmarkCase]?.ResultStatistics;
        return stats is null ? "-" : $"{stats.Percentiles.Percentile(percentile) / 1000.0:N1} μs";
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
}

/// <summary>UTF-8 megabytes of input per second, from the mean time.</summary>
internal sealed class ThroughputColumn : IColumn
{
    public string Id => "MBps";
    public string ColumnName => "MB/s (UTF-8)";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "UTF-8 bytes of input analysed per second (mean), in 10^6 bytes";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var stats = summary[benchmarkCase]?.ResultStatistics;
        if (stats is null)
        {
            return "-";
        }
        long bytes = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == nameof(PiiThroughputBenchmarks.Chars))?.Value is int chars
            
            ? Encoding.UTF8.GetByteCount(PiiCorpus.OfLength(chars))
            : PiiCorpus.Documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d));
        return $"{bytes / (stats.Mean / 1e9) / 1e6:N1}";
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
}
