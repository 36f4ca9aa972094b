using System.Text.Json;

namespace KiOfficeAddin.Api.Tests.Infrastructure;

public sealed record CorpusEntity(string Category, int Start, int End, string Text);

public sealed record CorpusDocument(string Id, string Channel, string Text, IReadOnlyList<CorpusEntity> Entities, IReadOnlyList<string> SpecialCategories);

/// <summary>
/// The labelled German correspondence of ../shared/corpus/dev.jsonl and our held-out set
/// (tests/KiOfficeAddin.Guardrails.Tests/Pii/Corpus/fresh.jsonl), copied beside the tests at build time.
/// </summary>
public static class DevCorpus
{
    private static readonly Lazy<CorpusDocument[]> Documents = new(() => Load("dev.jsonl"));
    private static readonly Lazy<CorpusDocument[]> HeldOutDocuments = new(() => Load("fresh.jsonl"));

    public static IReadOnlyList<CorpusDocument> All => Documents.Value;

    /// <summary>Letters written apart from the development corpus, in its format; the detector was not tuned on them.</summary>
    public static IReadOnlyList<CorpusDocument> HeldOut => HeldOutDocuments.Value;

    private static CorpusDocument[] Load(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "corpus", file);
        Assert.True(File.Exists(path), $"The corpus file is missing at {path} (dev.jsonl comes from ../shared/corpus beside the repository).");
        return File.ReadLines(path)
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonSerializer.Deserialize<CorpusDocument>(line, JsonSerializerOptions.Web)!)
            .ToArray();
    }
}
