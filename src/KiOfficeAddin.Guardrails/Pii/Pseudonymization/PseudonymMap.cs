using System.Collections.Frozen;

namespace KiOfficeAddin.Guardrails.Pii;

/// <summary>
/// Placeholder ↔ original spellings for one request. Lives in memory only: never log it, cache it or store it.
/// Immutable and thread-safe; each restoration keeps its own state.
/// </summary>
/// <remarks>
/// Restoration reads text left to right and resolves each placeholder-shaped token:
/// <list type="bullet">
/// <item><b>Echo</b>: while the text so far is exactly the pseudonymised text, a placeholder becomes the spelling that
/// stood at that very place. Restoring the pseudonymised text therefore gives the original back character for
/// character, and so does the unchanged beginning of a model's answer.</item>
/// <item><b>Rewritten text</b>: after the first difference, a known person becomes the spelling the input used after
/// the same words ("Sehr geehrte Frau " → "Kaya") or else the fullest spelling of its identity ("Dr. Laura Kaya"), without
/// repeating a title the answer has just written; variants such as <c>[Person_1]</c> or <c>[PERSON 1]</c> are read too. After a person,
/// <c>s</c>, <c>'s</c> or <c>’s</c> at the end of a word is read as a German genitive: "Laura Kayas", "Hans Fuchs'".</item>
/// <item><b>Invented</b> placeholders (<c>[PERSON_7]</c> when there are two persons) stay as written and are counted in
/// <see cref="RestorationReport.Unknown"/>: they are never guessed to be someone else's data.</item>
/// <item>Placeholder-shaped text the user wrote stays as written (its numbers were not used for placeholders).</item>
/// </list>
/// </remarks>
public sealed class PseudonymMap
{
    private readonly PseudonymIdentity[] identities;
    private readonly FrozenDictionary<(PiiCategory, int), int> identityByToken;
    private readonly FrozenSet<(PiiCategory, int)> reserved;
    private readonly FrozenDictionary<string, string?> spellingByContext;

    internal PseudonymMap(
        string pseudonymizedText,
        PseudonymIdentity[] identities,
        PseudonymOccurrence[] occurrences,
        IEnumerable<(PiiCategory, int)> reserved)
    {
        PseudonymizedText = pseudonymizedText;
        this.identities = identities;
        Occurrences = occurrences;
        identityByToken = identities.Select((identity, index) => (identity, index))
            .ToFrozenDictionary(p => (p.identity.Category, p.identity.Number), p => p.index);
        this.reserved = reserved.ToFrozenSet();
        CountByCategory = identities.GroupBy(i => i.Category).ToFrozenDictionary(g => g.Key, g => g.Count());
        spellingByContext = BuildContexts(pseudonymizedText, identities, occurrences);
    }

    /// <summary>Characters before a placeholder that select the spelling used after the same words in the input.</summary>
    internal const int ContextLength = 12;

    /// <summary>Stands for "before the start of the text" in a context shorter than <see cref="ContextLength"/>.</summary>
    internal const char ContextPadding = '\u0002';

    internal bool HasContexts => spellingByContext.Count > 0;

    /// <summary>
    /// The hold-back bound of a <see cref="StreamingRestorer"/>: the longest placeholder-shaped token it reads
    /// (<c>[ HEALTH_INSURANCE_999999 ]</c>, 27 characters). It holds back less: a token is released when its closing
    /// bracket arrives, a person's one when its genitive ending is decided.
    /// </summary>
    public int MaxPlaceholderLength => HoldBackBound;

    // A person token with its ending ("[ PERSON_999999 ]'s") is shorter than the longest token; Max keeps that honest.
    internal static int HoldBackBound { get; } = Math.Max(
        PlaceholderSyntax.MaxTokenLength,
        PlaceholderSyntax.Format(PiiCategory.Person, 1).Length + 2 + PlaceholderSyntax.MaxDigits - 1 + PlaceholderSyntax.MaxSuffixLength);

    /// <summary>Distinct identities (placeholders) per category, e.g. two persons and one IBAN.</summary>
    public IReadOnlyDictionary<PiiCategory, int> CountByCategory { get; }

    /// <summary>Each placeholder and the fullest spelling it restores to in rewritten text.</summary>
    public IReadOnlyDictionary<string, string> ValueByPlaceholder =>
        identities.ToDictionary(i => i.Placeholder, i => i.Fullest, StringComparer.Ordinal);

    /// <summary>Number of placeholders this map knows.</summary>
    public int PlaceholderCount => identities.Length;

    internal string PseudonymizedText { get; }

    internal PseudonymOccurrence[] Occurrences { get; }

    internal IReadOnlyList<PseudonymIdentity> Identities => identities;

    /// <summary>Puts the original values back into <paramref name="text"/>; unknown placeholders stay as they are.</summary>
    public string Restore(string text) => RestoreWithReport(text).Text;

    /// <summary>Like <see cref="Restore"/>, and says what was restored, dropped and left unresolved.</summary>
    public RestorationResult RestoreWithReport(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var restorer = new StreamingRestorer(this, text.Length);
        restorer.Append(text);
        var restored = restorer.Complete();
        return new RestorationResult(restored, restorer.Report);
    }

    /// <summary>
    /// A restorer for an answer that arrives in chunks: it releases everything except a possibly unfinished
    /// placeholder (at most <see cref="MaxPlaceholderLength"/> characters), and its output, concatenated, equals
    /// <see cref="Restore"/> of the concatenated chunks for any chunking.
    /// </summary>
    public StreamingRestorer CreateStreamingRestorer() => new(this, 256);

    internal bool TryFindIdentity(PiiCategory category, int number, out int identity) =>
        identityByToken.TryGetValue((category, number), out identity);

    internal bool IsReserved(PiiCategory category, int number) => reserved.Contains((category, number));

    /// <summary>
    /// The spelling of a person that followed exactly these <see cref="ContextLength"/> characters in the input
    /// ("Sehr geehrte Frau " → "Kaya"), when that is unambiguous. Any spelling of the same person is safe; this one
    /// reads naturally in the same phrase.
    /// </summary>
    internal bool TryGetSpellingAfter(int identity, ReadOnlySpan<char> context, out string spelling)
    {
        spelling = "";
        if (spellingByContext.Count == 0)
        {
            return false;
        }
        var found = spellingByContext.TryGetValue(ContextKey(identity, context), out var value) && value is not null;
        spelling = value ?? "";
        return found;
    }

    private static FrozenDictionary<string, string?> BuildContexts(
        string pseudonymized, PseudonymIdentity[] identities, PseudonymOccurrence[] occurrences)
    {
        // Only persons written in more than one way need a choice.
        var spellingsByIdentity = new Dictionary<int, HashSet<string>>();
        foreach (var occurrence in occurrences)
        {
            if (identities[occurrence.Identity].Category == PiiCategory.Person)
            {
                if (!spellingsByIdentity.TryGetValue(occurrence.Identity, out var spellings))
                {
                    spellingsByIdentity[occurrence.Identity] = spellings = new HashSet<string>(StringComparer.Ordinal);
                }
                spellings.Add(occurrence.Spelling);
            }
        }
        var contexts = new Dictionary<string, string?>(StringComparer.Ordinal);
        Span<char> context = stackalloc char[ContextLength];
        foreach (var occurrence in occurrences)
        {
            if (!spellingsByIdentity.TryGetValue(occurrence.Identity, out var spellings) || spellings.Count < 2)
            {
                continue;
            }
            var available = Math.Min(ContextLength, occurrence.Start);
            context[..(ContextLength - available)].Fill(ContextPadding);
            pseudonymized.AsSpan(occurrence.Start - available, available).CopyTo(context[(ContextLength - available)..]);
            var key = ContextKey(occurrence.Identity, context);
            // The same words before two different spellings: no choice, the fullest spelling is used.
            contexts[key] = contexts.TryGetValue(key, out var existing) && existing != occurrence.Spelling ? null : occurrence.Spelling;
        }
        return contexts.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string ContextKey(int identity, ReadOnlySpan<char> context) =>
        string.Concat(identity.ToString(System.Globalization.CultureInfo.InvariantCulture), "\u0001", context);

    /// <summary>Values are personal data: the map never shows them.</summary>
    public override string ToString() => $"PseudonymMap({identities.Length} placeholders)";
}

/// <summary>Restored text and what happened to the placeholders.</summary>
public sealed record RestorationResult(string Text, RestorationReport Report);

/// <summary>
/// What restoration found, without any value: <paramref name="Restored"/> placeholder mentions put back,
/// <paramref name="Unknown"/> mentions of placeholders this request never issued (left visible as written),
/// <paramref name="UnknownPlaceholders"/> those tokens in canonical form (e.g. <c>[PERSON_7]</c>),
/// <paramref name="Dropped"/> issued placeholders the text never mentions (per category in <paramref name="DroppedByCategory"/>).
/// </summary>
public sealed record RestorationReport(
    int Restored,
    int Unknown,
    IReadOnlyList<string> UnknownPlaceholders,
    int Dropped,
    IReadOnlyDictionary<PiiCategory, int> DroppedByCategory)
{
    /// <summary>True when the text mentions a placeholder that could not be resolved; worth a notice to the user.</summary>
    public bool HasUnknown => Unknown > 0;
}
