using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace KiOfficeAddin.Guardrails.Pii.Names;

/// <summary>A word of the text: letters, with inner hyphens and apostrophes ("Berg-Fischer", "O'Neill").</summary>
/// <param name="HasHyphen">Whether a hyphen stands inside the word: the tokenizer sees it anyway, and several rules ask.</param>
internal readonly record struct WordToken(int Start, int End, WordShape Shape, bool HasHyphen)
{
    public int Length => End - Start;
}

internal enum WordShape : byte
{
    /// <summary>Upper-case first letter and at least one lower-case letter: "Müller", "McDonald", "Berg-Fischer".</summary>
    Capitalised,
    Lower,
    Upper,
    Other,
}

/// <summary>
/// The word tokens of one text, each with its <see cref="WordHash"/>: the detector tokenizes every text it analyses, and
/// the hash is what the word-class look-up needs, so it is taken while the tokenizer reads the characters anyway instead
/// of in a second pass over every word. The arrays (tokens, hashes, and the word classes, cues and covered flags once
/// asked for) are kept on the thread for its next text; Dispose gives them back.
/// </summary>
internal sealed class WordTokens : IDisposable
{
    private TokenArrays? arrays;
    private readonly WordToken[] tokens;
    private readonly uint[] hashes;

    /// <param name="arrays">Arrays from <see cref="TokenArrays.Take"/>, the first <paramref name="count"/> tokens and hashes filled.</param>
    /// <param name="count">How many tokens the text has.</param>
    public WordTokens(TokenArrays arrays, int count)
    {
        this.arrays = arrays;
        tokens = arrays.Tokens;
        hashes = arrays.Hashes;
        Count = count;
    }

    public int Count { get; }

    // The rules read tokens by index millions of times per second: inlined, with the throw in a helper of its own (a
    // method that throws inline is not inlined into its callers).
    public WordToken this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)Count)
            {
                ThrowIndexOutOfRange(index);
            }
            return tokens[index];
        }
    }

    /// <summary>All tokens, for a loop over every one of them (one bounds check for the loop instead of one per token).</summary>
    public ReadOnlySpan<WordToken> AsSpan() => tokens.AsSpan(0, Count);

    /// <summary>The <see cref="Hash"/> of every token, in token order (for a loop over every one of them).</summary>
    public ReadOnlySpan<uint> Hashes() => hashes.AsSpan(0, Count);

    /// <summary><see cref="WordHash.Of"/> of the token's characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint Hash(int index)
    {
        if ((uint)index >= (uint)Count)
        {
            ThrowIndexOutOfRange(index);
        }
        return hashes[index];
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowIndexOutOfRange(int index) => throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>An array of at least <see cref="Count"/> word classes for <see cref="NameWords.Classify"/> to fill, kept with the tokens.</summary>
    public WordClass[] ClassBuffer()
    {
        classBufferTaken = true;
        return Arrays.EnsureClasses(Count);
    }

    /// <summary>The class of every token once <see cref="ClassesFilled"/> was called, else null (nobody classified them).</summary>
    public WordClass[]? Classes => classesFilled ? arrays?.Classes : null;

    /// <summary>Says that <see cref="ClassBuffer"/> holds the class of every token now, for later readers of <see cref="Classes"/>.</summary>
    public void ClassesFilled() => classesFilled = classBufferTaken;

    // The thread's arrays may hold an earlier text's classes: they are this text's only once ClassBuffer was asked and filled.
    private bool classBufferTaken;
    private bool classesFilled;

    /// <summary>An array of at least <paramref name="length"/> words for the tokens' <see cref="TokenCueBits"/>, kept with the tokens.</summary>
    public ulong[] CueBuffer(int length) => Arrays.EnsureCues(length);

    /// <summary>
    /// An array of at least <see cref="Count"/> flags, the first <see cref="Count"/> of them false, for the tokens the
    /// recognizer's mentions cover; kept with the tokens (a new array per text was most of what it allocated).
    /// </summary>
    public bool[] CoveredBuffer()
    {
        var covered = Arrays.EnsureCovered(Count);
        Array.Clear(covered, 0, Count);
        return covered;
    }

    /// <summary>
    /// An empty list for the mentions the name rules find in this text, kept with the tokens: valid while they are (a
    /// new list per text was most of what the recognizer allocated).
    /// </summary>
    public List<PersonMention> MentionList()
    {
        var list = Arrays.Mentions;
        list.Clear();
        return list;
    }

    private TokenArrays Arrays => arrays ?? throw new ObjectDisposedException(nameof(WordTokens));

    public void Dispose()
    {
        if (arrays is { } returned)
        {
            arrays = null;
            classesFilled = classBufferTaken = false;
            TokenArrays.GiveBack(returned);
        }
    }
}

/// <summary>
/// The arrays of one text's <see cref="WordTokens"/>, grown as a text needs and kept on the thread for its next text: one
/// set per thread instead of up to five arrays rented from the shared pool per text (each rent and return asked the
/// pool's thread-local store again).
/// </summary>
internal sealed class TokenArrays
{
    // A long document's arrays are left to the collector rather than kept alive on the thread.
    private const int MaxKeptTokens = 1 << 15;

    [ThreadStatic]
    private static TokenArrays? threadArrays;

    private ulong[]? cues;
    private bool[]? covered;

    public WordToken[] Tokens { get; private set; } = [];

    public uint[] Hashes { get; private set; } = [];

    public WordClass[]? Classes { get; private set; }

    // Room for the mentions of a usual letter from the start: grown from four, the list was copied three times per text.
    public List<PersonMention> Mentions { get; } = new(16);

    /// <summary>The thread's arrays, with room for at least <paramref name="capacity"/> tokens; taken off the thread until given back, so a nested call makes its own.</summary>
    public static TokenArrays Take(int capacity)
    {
        var arrays = threadArrays ?? new TokenArrays();
        threadArrays = null;
        if (arrays.Tokens.Length < capacity)
        {
            var length = Math.Max(capacity, 2 * arrays.Tokens.Length);
            arrays.Tokens = new WordToken[length];
            arrays.Hashes = new uint[length];
        }
        return arrays;
    }

    /// <summary>Keeps <paramref name="arrays"/> for the thread's next text, unless they grew too large to keep.</summary>
    public static void GiveBack(TokenArrays arrays)
    {
        if (arrays.Tokens.Length <= MaxKeptTokens)
        {
            threadArrays = arrays;
        }
    }

    public WordClass[] EnsureClasses(int count) =>
        Classes is { } c && c.Length >= count ? c : Classes = new WordClass[Math.Max(count, Tokens.Length)];

    public ulong[] EnsureCues(int length) => cues is { } c && c.Length >= length ? c : cues = new ulong[length];

    public bool[] EnsureCovered(int count) => covered is { } c && c.Length >= count ? c : covered = new bool[Math.Max(count, Tokens.Length)];
}

/// <summary>Splits a text into word tokens in one pass.</summary>
internal static class WordTokenizer
{
    public static WordTokens Tokenize(string text)
    {
        // A token needs a letter and a separator before the next, so a text holds at most one per two characters and
        // the rented arrays never grow.
        var arrays = TokenArrays.Take(text.Length / 2 + 1);
        return new WordTokens(arrays, Tokenize(text, arrays.Tokens, arrays.Hashes));
    }

    private static int Tokenize(string text, WordToken[] tokens, uint[] hashes)
    {
        var s = text.AsSpan();
        var count = 0;
        var i = 0;
        while (i < s.Length)
        {
            if (!IsLetter(s[i]))
            {
                i++;
                continue;
            }
            var start = i;
            var limit = Math.Min(s.Length, start + 64);
            // Most words of a German letter are ASCII letters up to a space or a punctuation mark: read here in a loop
            // without calls. Where a word goes on otherwise (a letter beyond ASCII, a hyphen or apostrophe, the cut of a
            // long word) ReadWord reads on. With the general loop here, the JIT kept the loop's state on the stack (a call
            // in it) and reloaded it for every letter.
            var seen = 0;
            var hash = WordHash.Empty;
            while (i < limit && char.IsAsciiLetter(s[i]))
            {
                // The 0x20 bit of an ASCII letter says lower case: the letter's case bit without a branch.
                seen |= UpperSeen << ((s[i] >> 5) & 1);
                hash = WordHash.AppendAsciiLetter(hash, s[i]);
                i++;
            }
            if (i < s.Length && (i == limit || s[i] is >= (char)128 or '-' or '\''))
            {
                (i, seen, hash) = ReadWord(s, start, i, seen, hash);
            }
            var shape = IsUpper(s[start])
                ? (seen & LowerSeen) != 0 ? WordShape.Capitalised : WordShape.Upper
                : (seen & UpperSeen) == 0 ? WordShape.Lower : WordShape.Other;
            hashes[count] = hash;
            tokens[count++] = new WordToken(start, i, shape, (seen & HyphenSeen) != 0);
        }
        return count;
    }

    /// <summary>
    /// The rest of the word that starts with the letter at <paramref name="start"/>, from <paramref name="i"/> on, whose
    /// letters before <paramref name="i"/> gave <paramref name="seen"/> and <paramref name="hash"/>: where the word ends,
    /// what its letters were (<see cref="UpperSeen"/>, <see cref="LowerSeen"/>, <see cref="HyphenSeen"/>) and its hash.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (int End, int Seen, uint Hash) ReadWord(ReadOnlySpan<char> s, int start, int i, int seen, uint hash)
    {
        var limit = Math.Min(s.Length, start + 64);
        while (i < limit)
        {
            var c = s[i];
            if (char.IsAsciiLetter(c))
            {
                seen |= UpperSeen << ((c >> 5) & 1);
                hash = WordHash.AppendAsciiLetter(hash, c);
            }
            else if (c >= 128 && char.IsLetter(c))
            {
                seen |= char.IsUpper(c) ? UpperSeen : LowerSeen;
                hash = WordHash.Append(hash, c);
            }
            // The first character is a letter, so a hyphen or apostrophe here always has one before it.
            else if (c is '-' or '\'' or '’' && i + 1 < s.Length && IsLetter(s[i + 1]))
            {
                seen |= c == '-' ? HyphenSeen : 0;
                hash = WordHash.Append(hash, c);
            }
            else
            {
                break;
            }
            i++;
        }
        // A word longer than any name is cut; skip the rest of it so hostile input stays linear. (Before the cut the
        // loop above stops only at a character that is no letter.)
        if (i == limit)
        {
            while (i < s.Length && IsLetter(s[i]))
            {
                hash = WordHash.Append(hash, s[i]);
                i++;
            }
        }
        return (i, seen, hash);
    }

    // What a word's letters were, and whether a hyphen joined them, as bits of one variable.
    private const int UpperSeen = 1;
    private const int LowerSeen = 2;
    private const int HyphenSeen = 4;

    // char.IsLetter and char.IsUpper, with the ASCII answer inline (most characters of a letter are ASCII).
    private static bool IsLetter(char c) => c < 128 ? char.IsAsciiLetter(c) : char.IsLetter(c);

    private static bool IsUpper(char c) => c < 128 ? char.IsAsciiLetterUpper(c) : char.IsUpper(c);
}
