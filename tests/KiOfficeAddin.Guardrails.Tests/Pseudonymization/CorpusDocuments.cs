using System.Text.Json;
using KiOfficeAddin.Guardrails.Pii;

namespace KiOfficeAddin.Guardrails.Tests.Pseudonymization;

/// <summary>
/// The development corpus with its labelled entities turned into a <see cref="PiiAnalysis"/>, so that round-trip tests
/// do not depend on the detector's state.
/// </summary>
internal static class CorpusDocuments
{
    private static readonly string Path = System.IO.Path.Combine(AppContext.BaseDirectory, "corpus", "dev.jsonl");

    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal) { "Dr.", "Prof.", "Dipl.-Ing.", "Herr", "Frau" };

    public static bool Available => File.Exists(Path);

    public static IReadOnlyList<(string Id, string Text, PiiAnalysis Analysis)> Load()
    {
        var documents = new List<(string, string, PiiAnalysis)>();
        foreach (var line in File.ReadLines(Path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var text = root.GetProperty("text").GetString()!;
            var labelled = root.GetProperty("entities").EnumerateArray()
                .Select(e => (Category: Parse(e.GetProperty("category").GetString()!), Start: e.GetProperty("start").GetInt32(), End: e.GetProperty("end").GetInt32()))
                .ToList();
            documents.Add((root.GetProperty("id").GetString()!, text, ToAnalysis(text, labelled)));
        }
        return documents;
    }

    /// <summary>
    /// Merges touching or overlapping spans (keeping the first category) and keys persons: a full name by its words
    /// without titles, a single word by the one full name in the document that ends with it.
    /// </summary>
    public static PiiAnalysis ToAnalysis(string text, IEnumerable<(PiiCategory Category, int Start, int End)> labelled)
    {
        var merged = new List<(PiiCategory Category, int Start, int End)>();
        foreach (var span in labelled.OrderBy(s => s.Start).ThenByDescending(s => s.End))
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, span.End) };
            }
            else
            {
                merged.Add(span);
            }
        }
        var fullNames = merged.Where(s => s.Category == PiiCategory.Person)
            .Select(s => NameWords(text[s.Start..s.End]))
            .Where(words => words.Length > 1)
            .Select(words => string.Join(' ', words))
            .Distinct()
            .ToList();
        var entities = merged.Select(span =>
        {
            if (span.Category != PiiCategory.Person)
            {
                return new PiiEntity(span.Category, span.Start, span.End);
            }
            var words = NameWords(text[span.Start..span.End]);
            var key = string.Join(' ', words);
            if (words.Length == 1)
            {
                var owners = fullNames.Where(n => n.EndsWith(" " + words[0], StringComparison.Ordinal)).ToList();
                if (owners.Count == 1)
                {
                    key = owners[0];
                }
            }
            return new PiiEntity(span.Category, span.Start, span.End, key);
        }).ToList();
        return new PiiAnalysis(entities, []);
    }

    private static string[] NameWords(string name) =>
        name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => !Titles.Contains(w)).ToArray();

    private static PiiCategory Parse(string name) =>
        PiiCategoryNames.TryParse(name, out var category) ? category : throw new InvalidDataException($"Unknown category {name}");
}
