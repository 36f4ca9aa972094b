using System.Buffers;
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
/// The word tokens of one text, each with its <see cref="WordHash"/>, in arrays rented from the pool: the detector
/// tokenizes every text it analyses, and the hash is what the word-class look-up needs, so it is taken while the
/// tokenizer reads the characters anyway instead of in a second pass over every word. Dispose returns the arrays (the
/// word classes' and cues too, once asked for).
/// </summary>
internal sealed class WordTokens : IDisposable
{
    private WordToken[] tokens;
    private uint[] hashes;
    private WordClass[]? classes;
    private ulong[]? cues;
    private bool[]? covered;

    public WordTokens(WordToken[] tokens, uint[] hashes, int count)
    {
        this.tokens = tokens;
        this.hashes = hashes;
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

    /// <summary>A rented array of at least <see cref="Count"/> word classes for <see cref="NameWords.Classify"/> to fill, returned with the tokens.</summary>
    public WordClass[] ClassBuffer() => classes ??= ArrayPool<WordClass>.Shared.Rent(Math.Max(1, Count));

    /// <summary>The class of every token once <see cref="ClassesFilled"/> was called, else null (nobody classified them).</summary>
    public WordClass[]? Classes => classesFilled ? classes : null;

    /// <summary>Says that <see cref="ClassBuffer"/> holds the class of every token now, for later readers of <see cref="Classes"/>.</summary>
    public void ClassesFilled() => classesFilled = classes is not null;

    private bool classesFilled;

    /// <summary>A rented array of at least <paramref name="length"/> words for the tokens' <see cref="TokenCueBits"/>, returned with the tokens.</summary>
    public ulong[] CueBuffer(int length) => cues ??= ArrayPool<ulong>.Shared.Rent(length);

    /// <summary>
    /// A rented array of at least <see cref="Count"/> flags, the first <see cref="Count"/> of them false, for the tokens
    /// the recognizer's mentions cover; returned with the tokens (a new array per text was most of what it allocated).
    /// </summary>
    public bool[] CoveredBuffer()
    {
        covered ??= ArrayPool<bool>.Shared.Rent(Math.Max(1, Count));
        Array.Clear(covered, 0, Count);
        return covered;
    }

    public void Dispose()
    {
        if (tokens.Length > 0)
        {
            ArrayPool<WordToken>.Shared.Return(tokens);
            ArrayPool<uint>.Shared.Return(hashes);
            tokens = [];
            hashes = [];
        }
        if (classes is not null)
        {
            ArrayPool<WordClass>.Shared.Return(classes);
            classes = null;
            classesFilled = false;
        }
        if (cues is not null)
        {
            ArrayPool<ulong>.Shared.Return(cues);
            cues = null;
        }
        if (covered is not null)
        {
            ArrayPool<bool>.Shared.Return(covered);
            covered = null;
        }
    }
}

/// <summary>Splits a text into word tokens in one pass.</summary>
internal static class WordTokenizer
{
    public static WordTokens Tokenize(string text)
    {
        // A token needs a letter and a separator before the next, so a text holds at most one per two characters and
        // the rented arrays never grow.
        var capacity = text.Length / 2 + 1;
        var tokens = ArrayPool<WordToken>.Shared.Rent(capacity);
        var hashes = ArrayPool<uint>.Shared.Rent(capacity);
        return new WordTokens(tokens, hashes, Tokenize(text, tokens, hashes));
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
            // The ASCII letters OR-ed and AND-ed together: the 0x20 bit of an ASCII letter says lower case, so the two
            // words hold whether any was lower and any upper case without a branch or a flag update per letter.
            var asciiOr = 0;
            var asciiAnd = 0x20;
            var anyUpper = false;
            var anyLower = false;
            var hash = WordHash.Empty;
            var hyphen = false;
            while (i < limit)
            {
                var c = s[i];
                if (char.IsAsciiLetter(c))
                {
                    // Most letters of a German letter are ASCII: their case and fold need no table.
                    asciiOr |= c;
                    asciiAnd &= c;
                    hash = WordHash.AppendAsciiLetter(hash, c);
                }
                else if (c >= 128 && char.IsLetter(c))
                {
                    var isUpper = char.IsUpper(c);
                    anyUpper |= isUpper;
                    anyLower |= !isUpper;
                    hash = WordHash.Append(hash, c);
                }
                // The first character is a letter, so a hyphen or apostrophe here always has one before it.
                else if (c is '-' or '\'' or '’' && i + 1 < s.Length && IsLetter(s[i + 1]))
                {
                    hyphen |= c == '-';
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
            anyLower |= (asciiOr & 0x20) != 0;
            anyUpper |= (asciiAnd & 0x20) == 0;
            var shape = IsUpper(s[start])
                ? anyLower ? WordShape.Capitalised : WordShape.Upper
                : !anyUpper ? WordShape.Lower : WordShape.Other;
            hashes[count] = hash;
            tokens[count++] = new WordToken(start, i, shape, hyphen);
        }
        return count;
    }

    // char.IsLetter and char.IsUpper, with the ASCII answer inline (most characters of a letter are ASCII).
    private static bool IsLetter(char c) => c < 128 ? char.IsAsciiLetter(c) : char.IsLetter(c);

    private static bool IsUpper(char c) => c < 128 ? char.IsAsciiLetterUpper(c) : char.IsUpper(c);
}
