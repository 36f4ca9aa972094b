using System.Text;

namespace KiOfficeAddin.Guardrails.Pii;

/// <summary>An entity with the placeholder that replaced it: <c>[Start, End)</c> index the original text.</summary>
public readonly record struct PseudonymizedEntity(PiiCategory Category, int Start, int End, string Placeholder);

/// <summary>The pseudonymised text and the map to restore it. The map lives in memory for one request only.</summary>
public sealed record PseudonymizedText(string Text, IReadOnlyList<PseudonymizedEntity> Entities, PseudonymMap Map);

/// <summary>
/// Replaces personal data by placeholders such as <c>[PERSON_1]</c> so that a model never sees it, and builds the
/// <see cref="PseudonymMap"/> that puts it back. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// <para><b>Numbering.</b> One number per identity and category, in order of first appearance: entities of one category
/// with the same <see cref="PiiEntity.IdentityKey"/> (or, without a key, the same value) share a placeholder, so
/// "Dr. Laura Kaya", "Kaya" and "Kayas" are all <c>[PERSON_1]</c> and the model sees one person. Numbers that
/// placeholder-shaped text in the input already uses ("[PERSON_1]" typed by the user) are skipped, so the user's text
/// can never be confused with ours.</para>
/// <para><b>Exactness.</b> The map remembers which spelling stood at each occurrence. A genitive is kept visible to the
/// model where another spelling shows the stem ("Kayas" with "Kaya" known becomes <c>[PERSON_1]s</c>). Restoring text
/// that repeats the pseudonymised text gives every spelling back where it stood; see <see cref="PseudonymMap"/>.</para>
/// <para>Why not one placeholder per spelling (<c>[PERSON_1a]</c>)? A model treats distinct tokens as distinct people and
/// rewrites, merges or drops suffixes; one token per person is what survives rephrasing.</para>
/// </remarks>
public sealed class Pseudonymizer
{
    /// <summary>
    /// Pseudonymises <paramref name="text"/>. Entities should be sorted and disjoint (as <see cref="PiiAnalysis"/>
    /// promises); overlapping ones are merged into the earlier one so that no character of either stays readable.
    /// </summary>
    public PseudonymizedText Pseudonymize(string text, PiiAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(analysis);
        var spans = Normalize(text, analysis.Entities);
        var reserved = PlaceholderSyntax.FindAll(text).ToHashSet();

        // Group occurrences into identities in order of first appearance.
        var identityIndexByKey = new Dictionary<(PiiCategory, bool, string), int>();
        var builders = new List<IdentityBuilder>();
        var identityOfSpan = new int[spans.Count];
        var spellings = new string[spans.Count];
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            spellings[i] = text[span.Start..span.End];
            var key = span.IdentityKey is { } identityKey
                ? (span.Category, true, identityKey)
                : (span.Category, false, spellings[i]);
            if (!identityIndexByKey.TryGetValue(key, out var index))
            {
                index = builders.Count;
                identityIndexByKey[key] = index;
                builders.Add(new IdentityBuilder(span.Category));
            }
            identityOfSpan[i] = index;
            builders[index].Add(spellings[i]);
        }

        var nextNumber = new Dictionary<PiiCategory, int>();
        var identities = new PseudonymIdentity[builders.Count];
        var stems = new string[spans.Count];
        for (var i = 0; i < builders.Count; i++)
        {
            var builder = builders[i];
            var number = nextNumber.GetValueOrDefault(builder.Category) + 1;
            while (reserved.Contains((builder.Category, number)))
            {
                number++;
            }
            if (number > MaxNumber)
            {
                throw new ArgumentException("Too many distinct values of one category to pseudonymise one text.", nameof(analysis));
            }
            nextNumber[builder.Category] = number;
            builder.Placeholder = PlaceholderSyntax.Format(builder.Category, number);
            builder.Number = number;
        }
        for (var i = 0; i < spans.Count; i++)
        {
            var builder = builders[identityOfSpan[i]];
            stems[i] = builder.Category == PiiCategory.Person ? GenitiveStem(spellings[i], builder) : spellings[i];
            builder.Stems.Add(stems[i]);
        }
        for (var i = 0; i < builders.Count; i++)
        {
            var builder = builders[i];
            identities[i] = new PseudonymIdentity(builder.Category, builder.Number, builder.Placeholder, FullestSpelling(builder.Category, builder.Stems));
        }

        var output = new StringBuilder(text.Length);
        var entities = new PseudonymizedEntity[spans.Count];
        var occurrences = new PseudonymOccurrence[spans.Count];
        var position = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            var identity = identities[identityOfSpan[i]];
            output.Append(text, position, span.Start - position);
            occurrences[i] = new PseudonymOccurrence(output.Length, identity.Placeholder.Length, identityOfSpan[i], stems[i]);
            output.Append(identity.Placeholder);
            // The genitive ending stays readable after the placeholder; it is grammar, not data.
            output.Append(text, span.Start + stems[i].Length, span.End - span.Start - stems[i].Length);
            entities[i] = new PseudonymizedEntity(span.Category, span.Start, span.End, identity.Placeholder);
            position = span.End;
        }
        output.Append(text, position, text.Length - position);
        var pseudonymized = output.ToString();
        return new PseudonymizedText(pseudonymized, entities, new PseudonymMap(pseudonymized, identities, occurrences, reserved));
    }

    private static List<PiiEntity> Normalize(string text, IReadOnlyList<PiiEntity> entities)
    {
        var sorted = new List<PiiEntity>(entities.Count);
        foreach (var entity in entities)
        {
            if (entity.Start < 0 || entity.End > text.Length || entity.Start > entity.End)
            {
                throw new ArgumentOutOfRangeException(nameof(entities), "An entity lies outside the text.");
            }
            if (entity.Length > 0)
            {
                sorted.Add(entity);
            }
        }
        sorted.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var merged = new List<PiiEntity>(sorted.Count);
        foreach (var entity in sorted)
        {
            if (merged.Count > 0 && entity.Start < merged[^1].End)
            {
                var previous = merged[^1];
                merged[^1] = previous with { End = Math.Max(previous.End, entity.End) };
                continue;
            }
            merged.Add(entity);
        }
        return merged;
    }

    private static readonly string[] GenitiveEndings = ["’s", "'s", "s", "'", "’"];

    // Placeholder numbers the restorer reads back (PlaceholderSyntax.MaxDigits digits).
    private const int MaxNumber = 999_999;

    /// <summary>
    /// The part of a person's spelling the placeholder replaces: "Kayas" → "Kaya" when "Kaya" is another spelling of the
    /// same person or the trailing words of one ("Laura Kaya"); otherwise the whole spelling. Set lookups keep it linear.
    /// </summary>
    private static string GenitiveStem(string spelling, IdentityBuilder identity)
    {
        foreach (var ending in GenitiveEndings)
        {
            if (spelling.Length > ending.Length + 1 && spelling.EndsWith(ending, StringComparison.Ordinal)
                && identity.TrailingWords.Contains(spelling[..^ending.Length]))
            {
                return spelling[..^ending.Length];
            }
        }
        return spelling;
    }

    /// <summary>The spelling a model's placeholder becomes: most words, then shortest (not the genitive), then first.</summary>
    private static string FullestSpelling(PiiCategory category, List<string> stems)
    {
        var best = stems[0];
        if (category != PiiCategory.Person)
        {
            return best; // one value, or spellings a detector keyed as one (an IBAN with and without spaces)
        }
        var bestWords = WordCount(best);
        foreach (var stem in stems)
        {
            var words = WordCount(stem);
            if (words > bestWords || (words == bestWords && stem.Length < best.Length))
            {
                best = stem;
                bestWords = words;
            }
        }
        return best;
    }

    private static int WordCount(string text)
    {
        var words = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && (i == 0 || char.IsWhiteSpace(text[i - 1])))
            {
                words++;
            }
        }
        return words;
    }

    private sealed class IdentityBuilder(PiiCategory category)
    {
        // Only the first words of a spelling count as its trailing words: a name has few, a pathological span many.
        private const int MaxWords = 8;

        private readonly HashSet<string> spellings = new(StringComparer.Ordinal);

        public PiiCategory Category { get; } = category;

        /// <summary>Each distinct spelling and its trailing words: "Dr. Laura Kaya", "Laura Kaya", "Kaya".</summary>
        public HashSet<string> TrailingWords { get; } = new(StringComparer.Ordinal);

        public List<string> Stems { get; } = [];

        public string Placeholder { get; set; } = "";

        public int Number { get; set; }

        public void Add(string spelling)
        {
            if (Category != PiiCategory.Person || !spellings.Add(spelling))
            {
                return;
            }
            TrailingWords.Add(spelling);
            var words = 0;
            for (var i = spelling.Length - 1; i > 0 && words < MaxWords; i--)
            {
                if (!char.IsWhiteSpace(spelling[i]) && char.IsWhiteSpace(spelling[i - 1]))
                {
                    TrailingWords.Add(spelling[i..]);
                    words++;
                }
            }
        }
    }
}

/// <summary>One person or value of a request: its placeholder and the spelling a model's mention restores to.</summary>
internal sealed record PseudonymIdentity(PiiCategory Category, int Number, string Placeholder, string Fullest);

/// <summary>Where a placeholder stands in the pseudonymised text and which spelling it replaced there.</summary>
internal readonly record struct PseudonymOccurrence(int Start, int Length, int Identity, string Spelling);
