namespace KiOfficeAddin.Guardrails.Pii.Names;

/// <summary>
/// A hash of a word that two spellings equal under <see cref="StringComparison.OrdinalIgnoreCase"/> always share, cheap
/// enough to compute for every token of a text.
/// </summary>
internal static class WordHash
{
    // The hash folds a character to one value per OrdinalIgnoreCase class: ASCII and Latin-1 letters to upper case,
    // every other character to one shared value. That is coarser than the comparer (more collisions among Greek or
    // Cyrillic names, resolved by the comparison after the hash) but needs no casing table, and it is sound only because
    // no character from U+0100 on equals one below it ignoring case (pinned by WordHashTests for the runtime in use).
    private const ushort Other = 0x100;

    private static readonly ushort[] Folded = BuildFolded();

    private static ushort[] BuildFolded()
    {
        var folded = new ushort[0x100];
        for (var c = 0; c < folded.Length; c++)
        {
            folded[c] = c switch
            {
                >= 'a' and <= 'z' => (ushort)(c - 0x20),
                >= 0xE0 and <= 0xFE and not 0xF7 => (ushort)(c - 0x20),
                < 0x80 or (>= 0xC0 and <= 0xDE and not 0xD7) => (ushort)c,
                _ => Other,
            };
        }
        return folded;
    }

    /// <summary>The folded value of one character (see the class comment).</summary>
    public static ushort Fold(char c) => c < 0x100 ? Folded[c] : Other;

    /// <summary>The hash of no characters, to <see cref="Append"/> to.</summary>
    public const uint Empty = 2166136261u;

    /// <summary>FNV-1a over the folded characters of <paramref name="word"/>.</summary>
    public static uint Of(ReadOnlySpan<char> word)
    {
        var hash = Empty;
        foreach (var c in word)
        {
            hash = Append(hash, c);
        }
        return hash;
    }

    /// <summary>The hash of a word with <paramref name="c"/> appended, from the hash of the word.</summary>
    public static uint Append(uint hash, char c) => (hash ^ Fold(c)) * 16777619u;

    /// <summary><see cref="Append"/> for an ASCII letter, which folds to upper case by clearing one bit.</summary>
    public static uint AppendAsciiLetter(uint hash, char c) => (hash ^ (uint)(c & ~0x20)) * 16777619u;
}

/// <summary>
/// The word classes of every word of the closed word lists and lexicons, looked up ignoring case. It answers exactly
/// what a dictionary with <see cref="StringComparer.OrdinalIgnoreCase"/> would; it is faster on the detector's hot
/// path because the hash is the cheap <see cref="WordHash"/> and a miss mostly ends at an empty slot.
/// </summary>
internal sealed class WordClassTable
{
    private readonly string[] words;
    private readonly WordClass[] classes;
    // Per slot the word's hash (high half) and its index + 1 (low half), 0 for an empty slot: a probe that misses reads
    // one slot and nothing else. Open addressing with linear probing, at most half full.
    private readonly ulong[] slots;
    private readonly int shift;
    // Two bits per word of the table in one 64-bit word chosen by the hash (a blocked Bloom filter): 32 KB that stay in
    // the cache while the slots (a megabyte with the lexicons) do not. Most tokens of a letter are in no list, and for
    // almost all of them a bit is clear, so their look-up ends here instead of at a slot fetched from memory. (One bit
    // per hash value in 64 KB let about 5 % of the other words through; two in half the space let about 4 % through.)
    private readonly ulong[] present = new ulong[1 << PresentWordBits];
    private const int PresentWordBits = 12;

    // The front table: the words with a class of frontClasses (the closed word lists: articles, prepositions, cue words,
    // about half the tokens of a letter), their characters in one array. Its slots and characters (tens of KB) stay in
    // the cache, so a look-up of such a word reads no slot and no string of the large table, which wait on memory.
    private readonly ulong[] frontSlots;
    private readonly int frontShift;
    private readonly char[] frontChars;
    private readonly int[] frontStarts;
    private readonly WordClass[] frontClasses;

    /// <param name="entries">Words that differ ignoring case, each with at least one class.</param>
    /// <param name="frontClasses">
    /// The classes of the common words: those with one of them are also kept in a small front table asked first (the
    /// answers are the same, only faster for those words).
    /// </param>
    public WordClassTable(IReadOnlyDictionary<string, WordClass> entries, WordClass frontClasses = WordClass.None)
    {
        ArgumentNullException.ThrowIfNull(entries);
        (frontSlots, frontShift, frontChars, frontStarts, this.frontClasses) = BuildFront(entries, frontClasses);
        words = new string[entries.Count];
        classes = new WordClass[entries.Count];
        var bits = 4;
        while (1 << bits < entries.Count * 2)
        {
            bits++;
        }
        slots = new ulong[1 << bits];
        shift = 32 - bits;
        var i = 0;
        foreach (var (word, wordClass) in entries)
        {
            words[i] = word;
            classes[i] = wordClass;
            var hash = WordHash.Of(word);
            var slot = Slot(hash);
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & (slots.Length - 1);
            }
            slots[slot] = ((ulong)hash << 32) | (uint)(i + 1);
            present[PresentIndex(hash)] |= PresentBits(hash);
            i++;
        }
    }

    /// <summary>The classes of <paramref name="word"/> (whose <see cref="WordHash.Of"/> is <paramref name="hash"/>), or none.</summary>
    public WordClass Find(ReadOnlySpan<char> word, uint hash)
    {
        var bits = PresentBits(hash);
        if ((present[PresentIndex(hash)] & bits) != bits)
        {
            return WordClass.None;
        }
        var frontMask = frontSlots.Length - 1;
        for (var slot = (int)((hash * 0x9E3779B1u) >> frontShift); ; slot = (slot + 1) & frontMask)
        {
            var entry = frontSlots[slot];
            if (entry == 0)
            {
                break;
            }
            var index = (int)(uint)entry - 1;
            if ((uint)(entry >> 32) == hash
                && EqualsIgnoringCase(word, frontChars.AsSpan(frontStarts[index], frontStarts[index + 1] - frontStarts[index])))
            {
                return this.frontClasses[index];
            }
        }
        var mask = slots.Length - 1;
        for (var slot = Slot(hash); ; slot = (slot + 1) & mask)
        {
            var entry = slots[slot];
            if (entry == 0)
            {
                return WordClass.None;
            }
            if ((uint)(entry >> 32) == hash && EqualsIgnoringCase(word, words[(int)(uint)entry - 1]))
            {
                return classes[(int)(uint)entry - 1];
            }
        }
    }

    /// <summary>
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> equality, with ASCII answered inline: about half the tokens of a
    /// letter are found here (articles, prepositions, cue words), and the runtime's comparison is a call with a setup of
    /// its own for words of a few characters. A word with another character is compared by the runtime as a whole (a
    /// surrogate pair must not be split).
    /// </summary>
    private static bool EqualsIgnoringCase(ReadOnlySpan<char> word, ReadOnlySpan<char> entry)
    {
        if (word.Length != entry.Length)
        {
            return false;
        }
        for (var i = 0; i < word.Length; i++)
        {
            var a = word[i];
            var b = entry[i];
            if (a == b)
            {
                continue;
            }
            if ((a | b) >= 0x80)
            {
                return word.Equals(entry, StringComparison.OrdinalIgnoreCase);
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

    private static (ulong[] Slots, int Shift, char[] Chars, int[] Starts, WordClass[] Classes) BuildFront(
        IReadOnlyDictionary<string, WordClass> entries, WordClass frontClasses)
    {
        var words = entries.Where(e => (e.Value & frontClasses) != 0).ToList();
        var bits = 4;
        while (1 << bits < words.Count * 2)
        {
            bits++;
        }
        var slots = new ulong[1 << bits];
        var chars = new char[words.Sum(e => e.Key.Length)];
        var starts = new int[words.Count + 1];
        var classes = new WordClass[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var (word, wordClass) = words[i];
            word.CopyTo(chars.AsSpan(starts[i]));
            starts[i + 1] = starts[i] + word.Length;
            classes[i] = wordClass;
            var hash = WordHash.Of(word);
            var slot = (int)((hash * 0x9E3779B1u) >> (32 - bits));
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & (slots.Length - 1);
            }
            slots[slot] = ((ulong)hash << 32) | (uint)(i + 1);
        }
        return (slots, 32 - bits, chars, starts, classes);
    }

    // The word from hash bits 6 to 17, its two bits from bits 0 to 5 and 18 to 23: three parts of the hash that do not overlap.
    private static int PresentIndex(uint hash) => (int)((hash >> 6) & ((1u << PresentWordBits) - 1));

    private static ulong PresentBits(uint hash) => (1UL << (int)(hash & 63)) | (1UL << (int)((hash >> 18) & 63));

    // Fibonacci hashing spreads the FNV value over the high bits the table uses.
    private int Slot(uint hash) => (int)((hash * 0x9E3779B1u) >> shift);
}
