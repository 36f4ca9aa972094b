using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace KiOfficeAddin.Guardrails.Pii.Identifiers;

/// <summary>
/// The positions, in order, where a word begins: a letter or digit (<see cref="char.IsLetterOrDigit(char)"/>) at the
/// start of the text or after a character that is neither. Rules that look at word starts only (case-reference leads,
/// keywords) used to step through every character for them; this classifies 64 characters at a time with vector
/// comparisons (ASCII letters and digits; a non-ASCII character is asked alone) and returns the starts from a bit mask.
/// Use with <c>foreach (var start in new WordStarts(text))</c>; <paramref name="lettersOnly"/> leaves out the words that
/// begin with a digit (the keyword and case-reference passes look at words of letters only).
/// </summary>
internal ref struct WordStarts(ReadOnlySpan<char> text, bool lettersOnly = false)
{
    private const int BlockLength = 64;

    private readonly ReadOnlySpan<char> text = text;
    private readonly bool lettersOnly = lettersOnly;
    private int blockStart = -BlockLength;
    // The word starts of the current block not yet returned, one bit per character.
    private ulong pending;
    // The letters of the current block (word characters that are no digits), one bit per character.
    private ulong letters;
    private bool previousIsWordCharacter;

    public int Current { get; private set; }

    /// <summary>
    /// Where the run of letters (<see cref="char.IsLetter(char)"/>) from <see cref="Current"/> ends, when it ends inside
    /// the current block of 64 characters; else -1 (it may go on in the next block; the caller reads on by itself).
    /// Zero-length when <see cref="Current"/> is a digit.
    /// </summary>
    public readonly int LetterRunEnd
    {
        get
        {
            var offset = Current - blockStart;
            var end = Current + BitOperations.TrailingZeroCount(~(letters >> offset));
            return end < blockStart + BlockLength ? end : -1;
        }
    }

    public readonly WordStarts GetEnumerator() => this;

    public bool MoveNext()
    {
        while (pending == 0)
        {
            blockStart += BlockLength;
            if (blockStart >= text.Length)
            {
                return false;
            }
            var wordCharacters = WordCharacterBits(text.Slice(blockStart, Math.Min(BlockLength, text.Length - blockStart)), out var digits);
            letters = wordCharacters & ~digits;
            pending = wordCharacters & ~((wordCharacters << 1) | (previousIsWordCharacter ? 1UL : 0UL));
            if (lettersOnly)
            {
                pending &= letters;
            }
            // Only read for a full block: a shorter one is the last.
            previousIsWordCharacter = (wordCharacters >> (BlockLength - 1)) != 0;
        }
        Current = blockStart + BitOperations.TrailingZeroCount(pending);
        pending &= pending - 1;
        return true;
    }

    /// <summary>
    /// One bit per character of <paramref name="block"/> (at most 64): set where it is a letter or digit; in
    /// <paramref name="digits"/> where it is a digit (<see cref="char.IsLetterOrDigit(char)"/> but not <see cref="char.IsLetter(char)"/>).
    /// </summary>
    private static ulong WordCharacterBits(ReadOnlySpan<char> block, out ulong digits)
    {
        var bits = 0UL;
        digits = 0UL;
        var nonAscii = 0UL;
        var start = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            // Sixteen characters per comparison where the processor has them: a block takes four rounds instead of eight.
            var units = MemoryMarshal.Cast<char, ushort>(block);
            var caseBit = Vector256.Create((ushort)0x20);
            var a = Vector256.Create((ushort)'a');
            var zero = Vector256.Create((ushort)'0');
            var lettersSpan = Vector256.Create((ushort)('z' - 'a'));
            var digitsSpan = Vector256.Create((ushort)('9' - '0'));
            var lastAscii = Vector256.Create((ushort)0x7F);
            for (; start + Vector256<ushort>.Count <= units.Length; start += Vector256<ushort>.Count)
            {
                var v = Vector256.Create(units.Slice(start, Vector256<ushort>.Count));
                var letter = Vector256.LessThanOrEqual((v | caseBit) - a, lettersSpan);
                var digit = Vector256.LessThanOrEqual(v - zero, digitsSpan);
                bits |= (ulong)(letter | digit).ExtractMostSignificantBits() << start;
                digits |= (ulong)digit.ExtractMostSignificantBits() << start;
                nonAscii |= (ulong)Vector256.GreaterThan(v, lastAscii).ExtractMostSignificantBits() << start;
            }
        }
        if (Vector128.IsHardwareAccelerated)
        {
            var units = MemoryMarshal.Cast<char, ushort>(block);
            // ASCII letters fold onto a..z by setting 0x20; no non-ASCII character lands in a..z or 0..9 that way.
            var caseBit = Vector128.Create((ushort)0x20);
            var a = Vector128.Create((ushort)'a');
            var zero = Vector128.Create((ushort)'0');
            var lettersSpan = Vector128.Create((ushort)('z' - 'a'));
            var digitsSpan = Vector128.Create((ushort)('9' - '0'));
            var lastAscii = Vector128.Create((ushort)0x7F);
            for (; start + Vector128<ushort>.Count <= units.Length; start += Vector128<ushort>.Count)
            {
                var v = Vector128.Create(units.Slice(start, Vector128<ushort>.Count));
                var letter = Vector128.LessThanOrEqual((v | caseBit) - a, lettersSpan);
                var digit = Vector128.LessThanOrEqual(v - zero, digitsSpan);
                bits |= (ulong)(letter | digit).ExtractMostSignificantBits() << start;
                digits |= (ulong)digit.ExtractMostSignificantBits() << start;
                nonAscii |= (ulong)Vector128.GreaterThan(v, lastAscii).ExtractMostSignificantBits() << start;
            }
        }
        for (var i = start; i < block.Length; i++)
        {
            if (block[i] > 0x7F)
            {
                nonAscii |= 1UL << i;
            }
            else if (char.IsAsciiLetterOrDigit(block[i]))
            {
                bits |= 1UL << i;
                digits |= char.IsAsciiDigit(block[i]) ? 1UL << i : 0;
            }
        }
        // Umlauts and other non-ASCII characters: a few per line of German, each asked alone.
        while (nonAscii != 0)
        {
            var i = BitOperations.TrailingZeroCount(nonAscii);
            var c = block[i];
            // Latin-1 (umlauts, ß) is read from a small table and holds no digits; any other character (typographic
            // quotes and dashes, the euro sign) is looked up once for both answers.
            var category = c <= 0xFF ? (char.IsLetter(c) ? UnicodeCategory.OtherLetter : UnicodeCategory.OtherPunctuation) : char.GetUnicodeCategory(c);
            if (category <= UnicodeCategory.OtherLetter)
            {
                bits |= 1UL << i;
            }
            else if (category == UnicodeCategory.DecimalDigitNumber)
            {
                bits |= 1UL << i;
                digits |= 1UL << i;
            }
            nonAscii &= nonAscii - 1;
        }
        return bits;
    }
}
