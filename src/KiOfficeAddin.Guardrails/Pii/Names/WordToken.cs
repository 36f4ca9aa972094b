using System.Buffers;

namespace KiOfficeAddin.Guardrails.Pii.Names;

/// <summary>A word of the text: letters, with inner hyphens and apostrophes ("Berg-Fischer", "O'Neill").</summary>
internal readonly record struct WordToken(int Start, int End, WordShape Shape)
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

/// <summary>Splits a text into word tokens in one pass.</summary>
internal static class WordTokenizer
{
    public static List<WordToken> Tokenize(string text)
    {
        // Tokens go into a pooled array first and then into a list of the exact size. A token needs a letter and a
        // separator before the next, so a text holds at most one per two characters and the array never grows.
        var scratch = ArrayPool<WordToken>.Shared.Rent(text.Length / 2 + 1);
        try
        {
            var count = Tokenize(text, scratch);
            var tokens = new List<WordToken>(count);
            tokens.AddRange(scratch.AsSpan(0, count));
            return tokens;
        }
        finally
        {
            ArrayPool<WordToken>.Shared.Return(scratch);
        }
    }

    private static int Tokenize(string text, WordToken[] tokens)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            var upper = 0;
            var lower = 0;
            while (i < text.Length && i - start < 64)
            {
                var c = text[i];
                if (IsLetter(c))
                {
                    if (IsUpper(c))
                    {
                        upper++;
                    }
                    else
                    {
                        lower++;
                    }
                    i++;
                }
                else if (c is '-' or '\'' or '’' && i + 1 < text.Length && IsLetter(text[i + 1]) && i > start)
                {
                    i++;
                }
                else
                {
                    break;
                }
            }
            // A word longer than any name is cut; skip the rest of it so hostile input stays linear.
            while (i < text.Length && IsLetter(text[i]))
            {
                i++;
            }
            var shape = IsUpper(text[start])
                ? lower > 0 ? WordShape.Capitalised : WordShape.Upper
                : upper == 0 ? WordShape.Lower : WordShape.Other;
            tokens[count++] = new WordToken(start, i, shape);
        }
        return count;
    }

    // char.IsLetter and char.IsUpper, with the ASCII answer inline (most characters of a letter are ASCII).
    private static bool IsLetter(char c) => c < 128 ? char.IsAsciiLetter(c) : char.IsLetter(c);

    private static bool IsUpper(char c) => c < 128 ? char.IsAsciiLetterUpper(c) : char.IsUpper(c);
}
