namespace KiOfficeAddin.Guardrails.Pii;

/// <summary>
/// A span of personal data: <c>[Start, End)</c> as UTF-16 indices into the analysed text.
/// Entities of one category with the same <paramref name="IdentityKey"/> are the same real-world thing (the same person
/// written "Frau Dr. Laura Kaya", "Kaya" and "Kayas"); <c>null</c> means the value itself is the identity.
/// </summary>
public readonly record struct PiiEntity(PiiCategory Category, int Start, int End, string? IdentityKey = null)
{
    public int Length => End - Start;
}

/// <summary>Evidence for a special category: the span of the word or phrase that raised the flag.</summary>
public readonly record struct SpecialCategoryEvidence(SpecialCategory Category, int Start, int End);

/// <summary>What the detector found in one text. Entities are sorted by start and do not overlap.</summary>
public sealed record PiiAnalysis(IReadOnlyList<PiiEntity> Entities, IReadOnlyList<SpecialCategoryEvidence> SpecialCategoryEvidence)
{
    public static readonly PiiAnalysis Empty = new([], []);

    /// <summary>The distinct special categories flagged for the document.</summary>
    public IReadOnlyList<SpecialCategory> SpecialCategories =>
        SpecialCategoryEvidence.Select(e => e.Category).Distinct().Order().ToArray();
}
