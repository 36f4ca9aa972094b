namespace KiOfficeAddin.Guardrails.Pii.Names;

/// <summary>
/// Names the user asked to protect on top of what the detector found ("Weitere Namen schützen" in the task pane): the
/// person who reads the letter knows that "Petrović" on the door bell is a name, even where no cue says so. Every
/// occurrence is protected as <see cref="PiiCategory.Person"/> — the whole name, then each of its words alone
/// ("Herr Dvořák" after "Pavel Dvořák") and with a genitive s — all as one person with one placeholder.
/// </summary>
public static class UserMarkedNames
{
    /// <summary>At most this many names per request.</summary>
    public const int MaxNames = 20;

    /// <summary>At most this many characters per name.</summary>
    public const int MaxNameLength = 80;

    // Single words shorter than this ("Li", "Ng" are rare; "an", "im" are not) are protected only as the whole name.
    private const int MinimumPartLength = 3;

    /// <summary>Whether the list is acceptable: at most <see cref="MaxNames"/> names of at most <see cref="MaxNameLength"/> characters.</summary>
    public static bool IsValid(IReadOnlyCollection<string?>? names) =>
        names is null || (names.Count <= MaxNames && names.All(n => n is not null && n.Trim().Length is > 0 and <= MaxNameLength));

    /// <summary>
    /// <paramref name="analysis"/> with every occurrence of <paramref name="names"/> in <paramref name="text"/> added as
    /// a person; spans the detector already protects stay as they are. Sorted and disjoint, like the detector's output.
    /// </summary>
    public static PiiAnalysis AddTo(PiiAnalysis analysis, string text, IReadOnlyCollection<string>? names)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(text);
        if (names is null || names.Count == 0)
        {
            return analysis;
        }
        var covered = new bool[text.Length];
        foreach (var entity in analysis.Entities)
        {
            covered.AsSpan(entity.Start, entity.End - entity.Start).Fill(true);
        }
        var added = new List<PiiEntity>();
        foreach (var name in names.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var identity = "marked:" + name.ToLowerInvariant();
            Mark(text, name, identity, covered, added);
            foreach (var part in name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(p => p.Length >= MinimumPartLength && p != name))
            {
                Mark(text, part, identity, covered, added);
            }
        }
        if (added.Count == 0)
        {
            return analysis;
        }
        var entities = analysis.Entities.Concat(added).OrderBy(e => e.Start).ToArray();
        return analysis with { Entities = entities };
    }

    private static void Mark(string text, string name, string identity, bool[] covered, List<PiiEntity> added)
    {
        for (var start = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); start >= 0;
             start = text.IndexOf(name, start + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = start + name.Length;
            if (start > 0 && char.IsLetterOrDigit(text[start - 1]))
            {
                continue;
            }
            if (end < text.Length && text[end] == 's' && (end + 1 == text.Length || !char.IsLetterOrDigit(text[end + 1])))
            {
                end++; // genitive: "Petrovićs Wohnung"
            }
            else if (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                continue;
            }
            if (covered.AsSpan(start, end - start).Contains(true))
            {
                continue;
            }
            covered.AsSpan(start, end - start).Fill(true);
            added.Add(new PiiEntity(PiiCategory.Person, start, end, identity));
        }
    }
}
