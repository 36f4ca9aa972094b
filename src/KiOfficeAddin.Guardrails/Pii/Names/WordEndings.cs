namespace KiOfficeAddin.Guardrails.Pii.Names;

/// <summary>
/// A list of word endings ("-ung", "-straße", "-inhaberin"), asked whether a word ends in one of them. The rules ask it
/// about most capitalised words, and most end in none: the endings are filed by their last three letters (those of two
/// letters by their two), so a word is compared only with the few endings that close like it.
/// </summary>
internal sealed class WordEndings
{
    // Filed by the last three letters: by the last two, a German word in "-er" or "-in" was compared with every role
    // ending of that close ("inhaber", "halter", "mieter", "mutter" …), and most capitalised words end so.
    private const int Buckets = 512;
    private readonly string[][] byLastLetters = new string[Buckets][];
    // A bit per bucket that holds an ending: most words end like none, and one bit test answers them.
    private readonly ulong[] filled = new ulong[Buckets / 64];
    // The endings of two letters, filed by both.
    private readonly string[][] shortByLastLetters = new string[64][];
    private readonly ulong shortFilled;
    private readonly StringComparison comparison;
    private readonly int minimumStem;

    /// <param name="comparison">How a word's ending is compared: <see cref="StringComparison.Ordinal"/> or <see cref="StringComparison.OrdinalIgnoreCase"/>.</param>
    /// <param name="minimumStem">How many characters the word must have in front of the ending.</param>
    /// <param name="endings">Endings of at least two characters.</param>
    public WordEndings(StringComparison comparison, int minimumStem, params string[] endings)
    {
        ArgumentNullException.ThrowIfNull(endings);
        this.comparison = comparison;
        this.minimumStem = minimumStem;
        var lists = new List<string>[byLastLetters.Length];
        var shortLists = new List<string>[shortByLastLetters.Length];
        foreach (var ending in endings)
        {
            if (ending.Length < 2)
            {
                throw new ArgumentException("An ending needs two characters to be filed.", nameof(endings));
            }
            if (ending.Length == 2)
            {
                (shortLists[ShortBucket(ending)] ??= []).Add(ending);
            }
            else
            {
                (lists[Bucket(ending)] ??= []).Add(ending);
            }
        }
        for (var i = 0; i < lists.Length; i++)
        {
            byLastLetters[i] = lists[i]?.ToArray() ?? [];
            filled[i >> 6] |= lists[i] is null ? 0 : 1UL << i;
        }
        for (var i = 0; i < shortLists.Length; i++)
        {
            shortByLastLetters[i] = shortLists[i]?.ToArray() ?? [];
            shortFilled |= shortLists[i] is null ? 0 : 1UL << i;
        }
    }

    /// <summary>Whether <paramref name="word"/> ends in one of the endings, after at least the minimum stem.</summary>
    public bool IsEndOf(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }
        if (shortFilled != 0 && (shortFilled & (1UL << ShortBucket(word))) != 0 && EndsInOne(word, shortByLastLetters[ShortBucket(word)]))
        {
            return true;
        }
        if (word.Length < 3)
        {
            return false;
        }
        var bucket = Bucket(word);
        return (filled[bucket >> 6] & (1UL << bucket)) != 0 && EndsInOne(word, byLastLetters[bucket]);
    }

    private bool EndsInOne(ReadOnlySpan<char> word, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (word.Length >= ending.Length + minimumStem
                && (comparison == StringComparison.Ordinal ? word.EndsWith(ending) : EndsWithIgnoringCase(word, ending)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// <c>word.EndsWith(ending, StringComparison.OrdinalIgnoreCase)</c> for a word at least as long as the ending, with
    /// ASCII answered inline: the runtime's comparison is a call with a setup of its own for a few characters, and most
    /// endings and words are ASCII. A pair with another character is left to the runtime for the whole tail.
    /// </summary>
    private static bool EndsWithIgnoringCase(ReadOnlySpan<char> word, string ending)
    {
        var tail = word[^ending.Length..];
        for (var i = 0; i < tail.Length; i++)
        {
            var a = tail[i];
            var b = ending[i];
            if (a == b)
            {
                continue;
            }
            if ((a | b) >= 0x80)
            {
                return tail.Equals(ending, StringComparison.OrdinalIgnoreCase);
            }
            // Two different ASCII characters are equal ignoring case only as the two cases of one letter.
            var lower = (char)(a | 0x20);
            if (lower != (b | 0x20) || !char.IsAsciiLetterLower(lower))
            {
                return false;
            }
        }
        return true;
    }

    // Two characters equal ignoring case fold alike (WordHash.Fold), so a word and an ending it ends in share a bucket
    // under either comparison.
    private static int Bucket(ReadOnlySpan<char> word) =>
        ((WordHash.Fold(word[^3]) * 31 + WordHash.Fold(word[^2])) * 31 + WordHash.Fold(word[^1])) & (Buckets - 1);

    private static int ShortBucket(ReadOnlySpan<char> word) => (WordHash.Fold(word[^2]) * 31 + WordHash.Fold(word[^1])) & 63;
}
