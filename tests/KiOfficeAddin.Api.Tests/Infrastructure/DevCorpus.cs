using System.Text.Json;

namespace KiOfficeAddin.Api.Tests.Infrastructure;

public sealed record CorpusEntity(string Category, int Start, int End, string Text);

public sealed record CorpusDocument(string Id, string Channel, string Text, IReadOnlyList<CorpusEntity> Entities, IReadOnlyList<string> SpecialCategories);

/// <summary>The labelled German correspondence of ../shared/corpus/dev.jsonl, copied beside the tests at build time.</summary>
public static class DevCorpus
{
    private static readonly Lazy<CorpusDocument[]> Documents = new(Load);

    public static IReadOnlyList<CorpusDocument> All => Documents.Value;

    private static CorpusDocument[] Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "corpus", "dev.jsonl");
        Assert.True(File.Exists(path), $"The development corpus is missing at {path} (expected ../shared/corpus/dev.jsonl beside the repository).");
        return File.ReadLines(path)
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonSerializer.Deserialize<CorpusDocument>(line, JsonSerializerOptions.Web)!)
            .ToArray();
    }
}
