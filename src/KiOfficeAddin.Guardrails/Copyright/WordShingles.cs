namespace KiOfficeAddin.Guardrails.Copyright;

/// <summary>One word of a text: its character span and a hash of its normalised form.</summary>
internal readonly record struct WordToken(int Start, int End, ulong Hash);

/// <summary>
/// Words and word n-gram ("shingle") hashes. Words are runs of letters and digits, compared case-insensitively with
/// umlauts folded (ä = ae, ß = ss), so a copy that only changed case, punctuation, line breaks or spelling of umlauts
/// still matches.
/// </summary>
internal static class WordShingles
{
    /// <summary>Words per shingle; with a winnowing window of 4 every shared run of 9 words is found.</summary>
    public const int ShingleWords = 6;

    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    public static List<WordToken> Tokenize(string text)
    {
        var tokens = new List<WordToken>(text.Length / 6);
        ForEachWord(text, (start, end, hash) => tokens.Add(new WordToken(start, end, hash)));
        return tokens;
    }

    public static ulong[] WordHashes(string text)
    {
        var hashes = new List<ulong>(text.Length / 6);
        ForEachWord(text, (_, _, hash) => hashes.Add(hash));
        return [.. hashes];
    }

    public static void ForEachWord(string text, Action<int, int, ulong> onWord)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            var hash = FnvOffset;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                hash = Fold(char.ToLowerInvariant(text[i]), hash);
                i++;
            }
            onWord(start, i, hash);
        }
    }

    private static ulong Fold(char c, ulong hash) => c switch
    {
        'ä' => Mix(Mix(hash, 'a'), 'e'),
        'ö' => Mix(Mix(hash, 'o'), 'e'),
        'ü' => Mix(Mix(hash, 'u'), 'e'),
        'ß' => Mix(Mix(hash, 's'), 's'),
        _ => Mix(hash, c),
    };

    private static ulong Mix(ulong hash, char c) => (hash ^ c) * FnvPrime;

    /// <summary>Hash of the words <c>[start, start + ShingleWords)</c>.</summary>
    public static ulong ShingleHash(ReadOnlySpan<ulong> words, int start)
    {
        var hash = FnvOffset;
        for (var j = 0; j < ShingleWords; j++)
        {
            hash = (hash ^ words[start + j]) * FnvPrime;
            hash ^= hash >> 29;
        }
        // Final avalanche (splitmix64) so that minima in winnowing are spread evenly.
        hash ^= hash >> 30;
        hash *= 0xbf58476d1ce4e5b9UL;
        hash ^= hash >> 27;
        hash *= 0x94d049bb133111ebUL;
        return hash ^ (hash >> 31);
    }
}
