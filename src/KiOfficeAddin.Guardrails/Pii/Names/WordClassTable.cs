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
    // Two bits per word of the table in one 64-bit word chosen by the hash (a blocked Bloom filter): 32 KB that stay in
    // the cache while the large table (about a megabyte with the lexicons) does not. Most tokens of a letter are in no
    // list, and for almost all of them a bit is clear, so their look-up ends here instead of at a slot fetched from
    // memory. (One bit per hash value in 64 KB let about 5 % of the other words through; two in half the space let about
    // 4 % through.)
    private readonly ulong[] present = new ulong[1 << PresentWordBits];
    private const int PresentWordBits = 12;

    // The front table: the words with a class of frontClasses (the closed word lists: articles, prepositions, cue words,
    // about half the tokens of a letter). It is small (tens of KB) and stays in the cache, so a look-up of such a word
    // never reaches the large table, which waits on memory.
    private readonly Slots front;
    private readonly Slots all;

    /// <param name="entries">Words that differ ignoring case, each with at least one class.</param>
    /// <param name="frontClasses">
    /// The classes of the common words: those with one of them are also kept in a small front table asked first (the
    /// answers are the same, only faster for those words).
    /// </param>
    public WordClassTable(IReadOnlyDictionary<string, WordClass> entries, WordClass frontClasses = WordClass.None)
    {
        ArgumentNullException.ThrowIfNull(entries);
        front = new Slots(entries.Where(e => (e.Value & frontClasses) != 0).ToList());
        all = new Slots(entries.ToList());
        foreach (var word in entries.Keys)
        {
            var hash = WordHash.Of(word);
            present[PresentIndex(hash)] |= PresentBits(hash);
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
        return front.TryFind(word, hash, out var wordClass) ? wordClass : all.Find(word, hash);
    }

    /// <summary>
    /// An open-addressing table (linear probing, at most half full) whose slot holds everything a probe compares: the
    /// word's hash (high half), the start of its record (24 bits) and its length (8 bits); 0 for an empty slot. A record
    /// is the word's class (two characters) followed by its characters, all records in one array. A hit thus reads one
    /// slot and one record, which sit side by side in memory; words as strings with their classes in an array of their
    /// own cost two more reads from memory (the string reference, then the class) per hit.
    /// </summary>
    private sealed class Slots
    {
        private const int LengthBits = 8;
        private const int MaxLength = (1 << LengthBits) - 1;
        private const int MaxRecordStart = (1 << (32 - LengthBits)) - 1;

        private readonly ulong[] slots;
        private readonly int shift;
        private readonly char[] records;

        public Slots(List<KeyValuePair<string, WordClass>> entries)
        {
            var bits = 4;
            while (1 << bits < entries.Count * 2)
            {
                bits++;
            }
            slots = new ulong[1 << bits];
            shift = 32 - bits;
            records = new char[entries.Sum(e => 2 + e.Key.Length)];
            var next = 0;
            foreach (var (word, wordClass) in entries)
            {
                if (word.Length is 0 or > MaxLength || next > MaxRecordStart)
                {
                    throw new ArgumentException($"A word of the table must have 1 to {MaxLength} characters, and all of them fewer than {MaxRecordStart}.", nameof(entries));
                }
                records[next] = (char)(uint)wordClass;
                records[next + 1] = (char)((uint)wordClass >> 16);
                word.CopyTo(records.AsSpan(next + 2));
                var hash = WordHash.Of(word);
                var slot = Slot(hash);
                while (slots[slot] != 0)
                {
                    slot = (slot + 1) & (slots.Length - 1);
                }
                slots[slot] = ((ulong)hash << 32) | ((uint)next << LengthBits) | (uint)word.Length;
                next += 2 + word.Length;
            }
        }

        public WordClass Find(ReadOnlySpan<char> word, uint hash) => TryFind(word, hash, out var wordClass) ? wordClass : WordClass.None;

        public bool TryFind(ReadOnlySpan<char> word, uint hash, out WordClass wordClass)
        {
            var mask = slots.Length - 1;
            // The hash and the length in the slot, as they would be for the word: compared in one step.
            var wanted = ((ulong)hash << 32) | (uint)word.Length;
            const ulong compared = 0xFFFF_FFFF_0000_0000UL | MaxLength;
            for (var slot = Slot(hash); ; slot = (slot + 1) & mask)
            {
                var entry = slots[slot];
                if (entry == 0)
                {
                    wordClass = WordClass.None;
                    return false;
                }
                if ((entry & compared) == wanted)
                {
                    var start = (int)((uint)entry >> LengthBits);
                    if (EqualsIgnoringCase(word, records.AsSpan(start + 2, word.Length)))
                    {
                        wordClass = (WordClass)(records[start] | ((uint)records[start + 1] << 16));
                        return true;
                    }
                }
            }
        }

        // Fibonacci hashing spreads the FNV value over the high bits the table uses.
        private int Slot(uint hash) => (int)((hash * 0x9E3779B1u) >> shift);
    }

    /// <summary>
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> equality of two words of one length, with ASCII answered inline:
    /// about half the tokens of a letter are found here (articles, prepositions, cue words), and the runtime's comparison
    /// is a call with a setup of its own for words of a few characters. A word with another character is compared by the
    /// runtime as a whole (a surrogate pair must not be split).
    /// </summary>
    internal static bool EqualsIgnoringCase(ReadOnlySpan<char> word, ReadOnlySpan<char> entry)
    {
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

    // The word from hash bits 6 to 17, its two bits from bits 0 to 5 and 18 to 23: three parts of the hash that do not overlap.
    private static int PresentIndex(uint hash) => (int)((hash >> 6) & ((1u << PresentWordBits) - 1));

    private static ulong PresentBits(uint hash) => (1UL << (int)(hash & 63)) | (1UL << (int)((hash >> 18) & 63));
}
