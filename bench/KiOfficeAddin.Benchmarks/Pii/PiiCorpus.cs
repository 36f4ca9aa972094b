using System.Text.Json.Nodes;

namespace KiOfficeAddin.Benchmarks.Pii;

/// <summary>The shared dev corpus (../shared beside the repository) and texts of a given size built from it.</summary>
internal static class PiiCorpus
{
    public static IReadOnlyList<string> Documents { get; } = Load();

    /// <summary>Letters joined by blank lines until <paramref name="chars"/> characters, cut at that length.</summary>
    public static string OfLength(int chars)
    {
        var builder = new System.Text.StringBuilder(chars + 4096);
        var i = 0;
        while (builder.Length < chars)
        {
            builder.Append(Documents[i++ % Documents.Count]).Append("\n\n");
        }
        return builder.ToString(0, chars);
    }

    private static List<string> Load()
    {
        var path = Environment.GetEnvironmentVariable("PII_CORPUS") ?? Find();
        return File.ReadLines(path)
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => (string)JsonNode.Parse(l)!["text"]!)
            .ToList();
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", "dev.jsonl");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException("shared/corpus/dev.jsonl not found above the benchmark; set PII_CORPUS.");
    }
}
